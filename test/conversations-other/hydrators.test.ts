import type { Bundle, ZObject } from 'zapier-platform-core';
import app from '../../index';
import { appTester, AUTH, intercept, resetNock, run } from '../support/harness';
import { conformanceProblems, specAvailable } from '../support/spec';
import { userMessage } from '../support/table';

/**
 * Recordings and transcription downloads reach Zapier as files: the trigger/search output holds a
 * dehydrated pointer (test/cases/conversations-other.ts), and the hydrator named in it downloads
 * the bytes with the endpoint's Version header and the connection's bearer token, then stashes
 * them. z.stashFile needs Zapier's RPC, so these tests hand the hydrator a recording stand-in.
 */
afterEach(resetNock);

type Hydrator = (z: ZObject, bundle: Bundle) => Promise<unknown>;
interface Stashed {
  data: unknown;
  length: number | undefined;
  filename: string | undefined;
  contentType: string | undefined;
}

/** Run a hydrator as Zapier would (with the app's middleware), with z.stashFile recorded. */
async function hydrate(name: string, inputData: Record<string, unknown>, authData: Record<string, unknown> = AUTH) {
  const stashed: Stashed[] = [];
  const hydrator = (app.hydrators as Record<string, Hydrator>)[name]!;
  const result = await appTester(
    (z: ZObject, bundle: Bundle) => {
      const stashFile = (data: unknown, length?: number, filename?: string, contentType?: string) => {
        stashed.push({ data, length, filename, contentType });
        return `https://zapier-stash.example.com/${filename}`;
      };
      return hydrator({ ...z, stashFile } as unknown as ZObject, bundle);
    },
    { authData, inputData } as unknown as Bundle,
  );
  return { result, stashed };
}

const WAV = Buffer.from([0x52, 0x49, 0x46, 0x46, 0x24, 0x00, 0xff, 0xfe, 0x57, 0x41, 0x56, 0x45]);

test('the pointer in a trigger\'s output names a hydrator of the app, with the message and location', async () => {
  intercept('GET', '/conversations/messages/m3/locations/LOC123/recording', { body: WAV, headers: { 'content-type': 'audio/x-wav' } });
  const [item] = (await run('triggers', 'getMessageRecording', { messageId: 'm3' })) as { recording: string }[];
  const payload = JSON.parse(item!.recording.replace(/^hydrate\|\|\|/, '').replace(/\|\|\|hydrate$/, '')) as { type: string; method: string; bundle: unknown };
  expect(payload).toEqual({ type: 'file', method: 'hydrators.hydrateRecording', bundle: { messageId: 'm3', locationId: 'LOC123' } });
  expect(typeof (app.hydrators as Record<string, unknown>).hydrateRecording).toBe('function');
});

test('hydrateRecording downloads the exact bytes (Version 2021-04-15, bearer token) and stashes a .wav', async () => {
  const calls = intercept('GET', '/conversations/messages/m3/locations/LOC123/recording', {
    body: WAV,
    headers: { 'content-type': 'audio/x-wav', 'content-disposition': 'attachment; filename=audio.wav' },
  });
  const { result, stashed } = await hydrate('hydrateRecording', { messageId: 'm3', locationId: 'LOC123' });
  expect(result).toBe('https://zapier-stash.example.com/recording-m3.wav');
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({ method: 'GET', path: '/conversations/messages/m3/locations/LOC123/recording', query: {} });
  expect(calls[0]!.headers).toMatchObject({ version: '2021-04-15', authorization: 'Bearer test-access-token-abc' });
  if (specAvailable) expect(conformanceProblems(calls[0]!)).toEqual([]);
  expect(stashed).toEqual([{ data: WAV, length: WAV.length, filename: 'recording-m3.wav', contentType: 'audio/x-wav' }]);
});

test('hydrateTranscription downloads the text file and stashes it as .txt', async () => {
  const calls = intercept('GET', '/conversations/locations/LOC123/messages/m3/transcription/download', {
    body: 'This call may be recorded.\nHi.\n',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
  const { result, stashed } = await hydrate('hydrateTranscription', { messageId: 'm3', locationId: 'LOC123' });
  expect(result).toBe('https://zapier-stash.example.com/transcription-m3.txt');
  expect(calls[0]!.headers).toMatchObject({ version: '2021-04-15', authorization: 'Bearer test-access-token-abc' });
  expect(stashed).toEqual([
    { data: Buffer.from('This call may be recorded.\nHi.\n'), length: 31, filename: 'transcription-m3.txt', contentType: 'text/plain; charset=utf-8' },
  ]);
});

test('on an agency connection the download uses a location token for the file\'s location', async () => {
  const AGENCY = { access_token: 'agency-token-123', refresh_token: 'r', companyId: 'COMP9', userType: 'Company' };
  const calls = intercept('POST', '/oauth/locationToken', { body: { access_token: 'location-token-L2' } });
  intercept('GET', '/conversations/messages/m3/locations/L2/recording', { body: WAV, headers: { 'content-type': 'audio/x-wav' } }, calls);
  const { stashed } = await hydrate('hydrateRecording', { messageId: 'm3', locationId: 'L2' }, AGENCY);
  expect(calls.map((c) => `${c.method} ${c.path} ${String(c.headers.authorization)}`)).toEqual([
    'POST /oauth/locationToken Bearer agency-token-123',
    'GET /conversations/messages/m3/locations/L2/recording Bearer location-token-L2',
  ]);
  expect(Object.fromEntries(new URLSearchParams(String(calls[0]!.body)))).toEqual({ companyId: 'COMP9', locationId: 'L2' });
  expect(stashed).toHaveLength(1);
});

test('a missing recording is a readable error with HighLevel\'s message, nothing stashed', async () => {
  intercept('GET', '/conversations/messages/m9/locations/LOC123/recording', { status: 404, body: { statusCode: 404, message: 'Recording not found' } });
  const err = await hydrate('hydrateRecording', { messageId: 'm9', locationId: 'LOC123' }).then(() => new Error('no error'), (e: unknown) => e);
  expect(userMessage(err)).toBe(
    'HighLevel answered 404 Not Found to GET /conversations/messages/{messageId}/locations/{locationId}/recording: Recording not found. The record does not exist or was deleted.',
  );
});

test('a rate-limited download asks Zapier to retry later', async () => {
  intercept('GET', '/conversations/messages/m3/locations/LOC123/recording', { status: 429, body: { message: 'Too many requests' }, headers: { 'retry-after': '7' } });
  const err = await hydrate('hydrateRecording', { messageId: 'm3', locationId: 'LOC123' }).then(() => new Error('no error'), (e: unknown) => e);
  expect((err as { name?: string }).name).toBe('ThrottledError');
  expect(JSON.parse((err as Error).message)).toMatchObject({ delay: 7 });
});

test('a pointer without its IDs is refused before any request', async () => {
  const calls = intercept('GET', '/conversations/messages/m3/locations/LOC123/recording', { body: WAV });
  const err = await hydrate('hydrateRecording', { messageId: 'm3' }).then(() => new Error('no error'), (e: unknown) => e);
  expect(userMessage(err)).toMatch(/This file reference lacks its message or location ID/);
  expect(calls).toEqual([]);
  resetNock();
});
