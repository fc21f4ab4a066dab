import type { Trigger } from 'zapier-platform-core';
import type { EventType, RelayEvent } from '../../../relay/contract';
import { objectRecordOne, objectRecordOutputs, propertyOf, schemaKeyField, type ObjectRecord } from '../../../src/custom-objects';
import { defineHookTrigger } from '../../../src/hook-trigger';
import { isRecord } from '../../../src/record-table';

/**
 * The custom object record triggers (RecordCreate / RecordUpdate / RecordDelete), with the same
 * flat output as New Custom Object Record: the fixed record fields, then the object's own fields
 * as `properties__<key>` labelled from the chosen object's schema.
 *
 * Decisions (docs/webhook-events/RecordCreate.md): the event lists its fields as `properties:
 * [{ key, valueString }]` (the API: an object by key) and its owners as `owners` (the API:
 * `owner`); both are read into the API's shape. A property key with its object prefix
 * (`custom_objects.pet.name`) is reduced to the key the API uses (`name`). The event's `timestamp`
 * is when the record was created (RecordCreate) or changed (RecordUpdate): it is the record's
 * Date Added / Date Updated when the event has no own dates. The Custom Object input is sent as
 * the relay's `objectKey` filter (the relay reads the event's `objectKey` or `schemaKey`; the
 * docs' example shows neither, so the object key output falls back to the chosen object).
 */
const valueOf = (p: Record<string, unknown>): unknown => {
  for (const k of ['valueString', 'value', 'valueNumber', 'valueBoolean', 'valueArray', 'valueDate']) if (p[k] !== undefined) return p[k];
  return null;
};

function propertiesOf(raw: unknown, schemaKey: string): Record<string, unknown> {
  if (isRecord(raw)) return raw;
  const list = Array.isArray(raw) ? raw.filter(isRecord) : [];
  return Object.fromEntries(list.flatMap((p) => (typeof p.key === 'string' && p.key ? [[propertyOf(p.key, schemaKey), valueOf(p)]] : [])));
}

const recordOf = (event: RelayEvent, schemaKey: string): ObjectRecord[] => {
  const { type, webhookId: _w, timestamp, appId: _a, owners, properties, ...rest } = event;
  const stamp = typeof timestamp === 'string' ? timestamp : undefined;
  const objectKey = typeof rest.objectKey === 'string' ? rest.objectKey : typeof rest.schemaKey === 'string' ? rest.schemaKey : schemaKey;
  const record = {
    ...rest,
    objectKey,
    ...(rest.owner === undefined && owners !== undefined ? { owner: owners } : {}),
    properties: propertiesOf(properties, objectKey),
    ...(type === 'RecordCreate' && rest.createdAt === undefined && rest.dateAdded === undefined && stamp ? { createdAt: stamp } : {}),
    ...(type !== 'RecordDelete' && rest.updatedAt === undefined && rest.dateUpdated === undefined && stamp ? { updatedAt: stamp } : {}),
  };
  return [objectRecordOne({ record })];
};

export const recordTrigger = (o: { key: string; label: string; description: string; eventType: EventType; poll?: Trigger }): Trigger =>
  defineHookTrigger({
    key: o.key,
    noun: 'Custom Object Record',
    label: o.label,
    description: o.description,
    eventTypes: [o.eventType],
    inputs: { schemaKey: schemaKeyField() },
    filters: (i) => ({ objectKey: i.schemaKey }),
    accept: (event, i) => {
      const named = event.objectKey ?? event.schemaKey;
      return typeof named !== 'string' || named.toLowerCase() === i.schemaKey.toLowerCase();
    },
    ...objectRecordOutputs,
    records: (event, i) => recordOf(event, i.schemaKey),
    ...(o.poll ? { poll: o.poll } : {}),
  });
