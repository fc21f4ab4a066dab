// zapier-platform-core prints a memory line on every invocation unless it runs under a test
// runner; this local runner is one. Imported first, before core loads.
process.env.NODE_ENV = process.env.NODE_ENV || 'test';
export {};
