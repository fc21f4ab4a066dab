/** The relay process: `npm run relay` (configuration from the environment, see README "Relay"). */
import { loadConfig } from './config';
import { createRelay } from './app';

async function main(): Promise<void> {
  let cfg;
  try {
    cfg = loadConfig();
  } catch (err) {
    process.stderr.write(`relay: ${(err as Error).message}\n`);
    process.exit(2);
  }
  const relay = createRelay(cfg);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    relay.app.log.info({ signal }, 'shutting down: finishing requests and deliveries in flight');
    const force = setTimeout(() => process.exit(1), cfg.shutdownTimeoutMs + 5000);
    force.unref();
    relay.stop().then(() => process.exit(0), (err: Error) => {
      relay.app.log.error({ err: err.message }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  await relay.start();
}

void main().catch((err: Error) => {
  process.stderr.write(`relay: ${err.message}\n`);
  process.exit(1);
});
