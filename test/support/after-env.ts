import nock from 'nock';

// Each test file loads its own copy of nock, but the http interception it installs is global to
// the worker process: release it when the file is done, so the next file's nock can install its own.
afterAll(() => {
  nock.cleanAll();
  nock.restore();
});
