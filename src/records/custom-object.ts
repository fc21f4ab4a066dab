import { defineRecord, t } from '../record-table';

/**
 * Custom objects (objects.json): an object's schema (`GET /objects/`, `GET /objects/{key}`) and
 * its records. A record's own fields (`properties`) depend on the object, so they are output by
 * src/custom-objects.ts next to the fixed part declared here. The spec names the record's times
 * `createdAt`/`updatedAt` in search answers and `dateAdded`/`dateUpdated` in single-record
 * answers: both are read.
 */
export const customObjectTable = defineRecord(
  {
    id: { label: 'Custom Object Schema ID', type: t.text, sample: '661c06b4ffde146bdb469442' },
    key: { label: 'Object Key', type: t.text, important: true, sample: 'custom_objects.pet' },
    singular: { label: 'Singular Name', type: t.text, from: 'labels.singular', sample: 'Pet' },
    plural: { label: 'Plural Name', type: t.text, from: 'labels.plural', sample: 'Pets' },
    description: { label: 'Description', type: t.text, sample: 'Pets of our patients, for reminder postcards.' },
    primaryDisplayProperty: { label: 'Primary Display Property', type: t.text, sample: 'custom_objects.pet.name' },
    standard: { label: 'Standard Object', type: t.boolean, sample: false },
    dateAdded: { label: 'Date Added', type: t.datetime, sample: '2025-02-03T15:20:11.000Z' },
    dateUpdated: { label: 'Date Updated', type: t.datetime, sample: '2025-02-10T09:02:45.000Z' },
  },
  { name: 'custom object' },
);

export const customObjectList = customObjectTable.list('objects', 'the custom objects list');

export const objectRecordTable = defineRecord(
  {
    id: { label: 'Record ID', type: t.text, sample: '67a235b49b289431bcf657f8' },
    objectKey: { label: 'Object Key', type: t.text, sample: 'custom_objects.pet' },
    ownerId: { label: 'Owner (User ID)', type: t.strings, from: 'owner', sample: ['y0BeYjuRIlDwsDcOHOJo'] },
    followers: { label: 'Follower User IDs', type: t.strings, sample: ['y0BeYjuRIlDwsDcOHOJo'] },
    createdAt: { label: 'Date Added', type: t.datetime, from: ['createdAt', 'dateAdded'], sample: '2025-02-04T15:43:48.372Z' },
    updatedAt: { label: 'Date Updated', type: t.datetime, from: ['updatedAt', 'dateUpdated'], sample: '2025-02-05T10:12:03.118Z' },
  },
  { name: 'custom object record' },
);
