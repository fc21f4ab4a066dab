import { z } from 'zod';
import { errors, type Bundle, type PlainOutputField, type ZObject } from 'zapier-platform-core';
import { downloadApi, locationId, type Ctx } from '../client';
import { endpoint, type Endpoint } from '../endpoint';
import { fingerprint, type Flat, type Mapper, type OpCtx } from '../operation';
import { isRecord, kindOf, readAs, t } from '../record-table';
import { unexpectedResponse } from '../schemas';
import { V } from './conversation';

/** Call recordings and transcriptions of messages: the transcription as text, and both as Zapier files. */

export const recordingEndpoint = endpoint('GET', '/conversations/messages/{messageId}/locations/{locationId}/recording', V, ['conversations/message.readonly']);
export const transcriptionEndpoint = endpoint('GET', '/conversations/locations/{locationId}/messages/{messageId}/transcription', V, ['conversations/message.readonly']);
export const transcriptionDownloadEndpoint = endpoint(
  'GET',
  '/conversations/locations/{locationId}/messages/{messageId}/transcription/download',
  V,
  ['conversations/message.readonly'],
);

/** The path of the file and transcription endpoints: the message and the connected location. */
export const messagePath = (input: { messageId: string }, { bundle }: Ctx) => ({
  path: { messageId: input.messageId, locationId: locationId(bundle) },
});

/** One sentence of a transcription, read leniently (a number as text is still a number). */
export interface Sentence {
  sentenceIndex: number | null;
  transcript: string | null;
  confidence: number | null;
}
const sentence = (v: unknown): Sentence => {
  const s = isRecord(v) ? v : {};
  return { sentenceIndex: readAs(t.number, s.sentenceIndex), transcript: readAs(t.text, s.transcript), confidence: readAs(t.number, s.confidence) };
};

/** The message and location of the step (the helpers hand every mapper the step's OpCtx). */
const messageRef = (ctx: Ctx): { messageId: string; locationId: string } => ({
  messageId: (ctx as OpCtx<{ messageId: string }>).input.messageId,
  locationId: locationId(ctx.bundle),
});

/** Sentences of a transcription: an array (live), or the spec's single sentence object. */
export const transcriptionRecord = (body: unknown): Sentence[] => {
  if (Array.isArray(body)) return body.map(sentence);
  if (isRecord(body)) return [sentence(body)];
  throw unexpectedResponse('the transcription request', '', `expected a list of sentences, got ${kindOf(body)}`);
};

export const transcriptionOutputs = {
  output: ((records, ctx) =>
    records.map((sentences) => {
      const sorted = [...sentences].sort((a, b) => (a.sentenceIndex ?? 0) - (b.sentenceIndex ?? 0));
      const scores = sorted.map((s) => s.confidence).filter((c): c is number => typeof c === 'number');
      const { messageId, locationId: loc } = messageRef(ctx);
      return {
        id: messageId,
        messageId,
        transcript: sorted.map((s) => (s.transcript ?? '').trim()).filter(Boolean).join('\n'),
        sentenceCount: sorted.length,
        averageConfidence: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
        locationId: loc,
      };
    })) as Mapper<Sentence[]>,
  sample: {
    id: 've9EPM428h8vShlRW1KT',
    messageId: 've9EPM428h8vShlRW1KT',
    transcript: 'This call may be recorded for quality assurance purposes.\nHi, I would like the spring catalogue by mail.',
    sentenceCount: 2,
    averageConfidence: 0.92,
    locationId: 've9EPM428h8vShlRW1KT',
  } as Flat,
  outputFields: [
    { key: 'id', label: 'Message ID' },
    { key: 'messageId', label: 'Message ID' },
    { key: 'transcript', label: 'Transcript (one sentence a line)' },
    { key: 'sentenceCount', label: 'Sentences', type: 'integer' },
    { key: 'averageConfidence', label: 'Average Confidence (0 to 1)', type: 'number' },
    { key: 'locationId', label: 'Location ID' },
  ] as PlainOutputField[],
};

const FileRef = z.object({ messageId: z.string(), locationId: z.string() });

/** Fetch a message's file and stash it with Zapier; Zapier calls this only when a step uses the file. */
const stash = (ep: Endpoint, name: (messageId: string) => string, fallbackType: string) => async (z: ZObject, bundle: Bundle): Promise<string> => {
  const parsed = FileRef.safeParse(bundle.inputData);
  if (!parsed.success) throw new errors.Error('This file reference lacks its message or location ID; run the step that made it again.', 'InvalidFileReference', 400);
  const ref = parsed.data;
  const resp = await downloadApi({ z, bundle }, ep, { path: ref }, ref.locationId);
  const bytes = await resp.buffer();
  return z.stashFile(bytes, bytes.length, name(ref.messageId), resp.headers.get('content-type') || fallbackType);
};

/** Hydrator: the call recording of a message (HighLevel answers audio/x-wav). */
export const hydrateRecording = stash(recordingEndpoint, (id) => `recording-${id}.wav`, 'audio/x-wav');
/** Hydrator: the transcription of a message as a text file. */
export const hydrateTranscription = stash(transcriptionDownloadEndpoint, (id) => `transcription-${id}.txt`, 'text/plain');

/** The file answer's only use is "it exists": the step outputs a pointer Zapier hydrates later. */
export const fileBody = (body: unknown): { content: unknown } => ({ content: body });
/** The file's version: a fingerprint of its content, so a replaced file fires again. */
export const fileVersion = (r: { content: unknown }): string => fingerprint(r.content);

/** The outputs of a message's file (recording or transcription): the message's IDs and the file Zapier hydrates later. */
function messageFileOutputs(fileKey: string, label: string, hydrator: typeof hydrateRecording, sampleFile: string) {
  return {
    output: ((records, ctx) =>
      records.map(() => {
        const ref = messageRef(ctx);
        return { id: ref.messageId, messageId: ref.messageId, [fileKey]: ctx.z.dehydrateFile(hydrator, ref), locationId: ref.locationId };
      })) as Mapper<{ content: unknown }>,
    sample: {
      id: 've9EPM428h8vShlRW1KT',
      messageId: 've9EPM428h8vShlRW1KT',
      [fileKey]: `https://zapier.com/engine/hydrate/1/abc123/${sampleFile}`,
      locationId: 've9EPM428h8vShlRW1KT',
    } as Flat,
    outputFields: [
      { key: 'id', label: 'Message ID' },
      { key: 'messageId', label: 'Message ID' },
      { key: fileKey, label, type: 'file' },
      { key: 'locationId', label: 'Location ID' },
    ] as PlainOutputField[],
  };
}

export const recordingOutputs = messageFileOutputs('recording', 'Recording (audio file)', hydrateRecording, 'recording-ve9EPM428h8vShlRW1KT.wav');
export const transcriptionFileOutputs = messageFileOutputs('transcriptionFile', 'Transcription (text file)', hydrateTranscription, 'transcription-ve9EPM428h8vShlRW1KT.txt');
