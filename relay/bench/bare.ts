/** The benchmark's baseline: a bare fastify POST endpoint on the relay's path (no check, no store). */
import Fastify from 'fastify';
import { INGRESS_PATH } from '../routes/ingress';

const app = Fastify({ logger: false });
app.removeAllContentTypeParsers();
app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
app.post(INGRESS_PATH, async () => ({ ok: true, duplicate: false }));
app.get('/readyz', async () => ({ ok: true }));
void app.listen({ host: '127.0.0.1', port: Number(process.env.RELAY_PORT) });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
