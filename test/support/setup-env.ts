// Tests never reach HighLevel or Zapier: only nock interceptors (or a local 127.0.0.1 server) answer.
import nock from 'nock';

process.env.CLIENT_ID = 'test-client-id';
process.env.CLIENT_SECRET = 'test-client-secret-value';
delete process.env.HIGHLEVEL_API_BASE_URL;
delete process.env.HIGHLEVEL_AUTHORIZE_URL;
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
