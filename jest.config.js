const os = require('os');

/** @type {import('jest').Config} */
module.exports = {
  // Node's, releasing nock's http patch when each file ends (test/support/environment.js).
  testEnvironment: '<rootDir>/test/support/environment.js',
  roots: ['<rootDir>/test', '<rootDir>/relay/test'],
  testMatch: ['**/*.test.ts'],
  // A safety net, not a timing assertion: on 2 shared cores a case test can wait seconds for a CPU.
  testTimeout: 30_000,
  // Jest's default on 2 cores is ONE worker; the suites wait on sockets and child processes (the
  // sandbox, the relay, PostgreSQL) as much as on the CPU, so two workers halve the run on 2 cores
  // (measured: 103 suites in 561 s wall with 2 workers, 1,115 s of suite time).
  maxWorkers: Math.max(2, os.availableParallelism()),
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  setupFiles: ['<rootDir>/test/support/setup-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/after-env.ts'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
