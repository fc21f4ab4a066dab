// The jest environment of every test file: Node's, plus one step at the end of each file.
//
// nock (through @mswjs/interceptors) patches the worker's http module, which every test file of a
// worker shares, and keeps its interceptor on the file's global. test/support/after-env.ts
// releases it in an afterAll hook, but jest runs no hooks in a file whose tests are all skipped
// (the PostgreSQL suites without RELAY_TEST_DATABASE_URL, the spec checks without ../shared): the
// patch stayed, and every later nock file in that worker failed with ENETUNREACH (the stale nock
// answering first, with no interceptors and net connect disabled). Disposing what is still
// applied on the file's global when the file ends works whatever ran.
const { TestEnvironment } = require('jest-environment-node');

class ReleasingEnvironment extends TestEnvironment {
  async teardown() {
    for (const symbol of Object.getOwnPropertySymbols(this.global)) {
      const held = this.global[symbol];
      if (/interceptor|^fetch$/.test(symbol.description ?? '') && held && typeof held.dispose === 'function') held.dispose();
    }
    await super.teardown();
  }
}

module.exports = ReleasingEnvironment;
