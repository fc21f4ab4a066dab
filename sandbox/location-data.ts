import type { ExtStore } from './ext-store';
import { seededIds } from './ids';

/**
 * Record types of the custom object, custom value and location tag routes (objects.json,
 * locations.json), in HighLevel's shapes, and their demo data: a "Pets" custom object with three
 * fields and two records, two custom values and three location tags for the Austin practice.
 */

export interface ObjectFieldRecord {
  id: string;
  name: string;
  fieldKey: string;
  dataType: string;
  options?: { key: string; label: string }[];
}

export interface CustomObjectRecord {
  id: string;
  locationId: string;
  key: string;
  labels: { singular: string; plural: string };
  description: string;
  primaryDisplayProperty: string;
  standard: boolean;
  fields: ObjectFieldRecord[];
  dateAdded: string;
  dateUpdated: string;
}

export interface ObjectRecordRecord {
  id: string;
  locationId: string;
  objectKey: string;
  objectId: string;
  owner: string[];
  followers: string[];
  properties: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export interface CustomValueRecord {
  id: string;
  locationId: string;
  name: string;
  fieldKey: string;
  value: string;
}

export interface LocationTagRecord {
  id: string;
  locationId: string;
  name: string;
}

const DAY = 24 * 3600 * 1000;

/** "Next Checkup Date" -> "{{ custom_values.next_checkup_date }}", as HighLevel keys custom values. */
export const customValueKey = (name: string): string =>
  `{{ custom_values.${name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')} }}`;

export function seedLocationData(ext: ExtStore, loc: string, nowMs: number): void {
  const ids = seededIds('sunrise-dental-austin/location-data');
  const iso = (ms: number) => new Date(ms).toISOString();
  const pets: CustomObjectRecord = {
    id: ids.objectId(),
    locationId: loc,
    key: 'custom_objects.pet',
    labels: { singular: 'Pet', plural: 'Pets' },
    description: 'Pets of our patients, for reminder postcards.',
    primaryDisplayProperty: 'custom_objects.pet.name',
    standard: false,
    fields: [
      { id: ids.id(), name: 'Name', fieldKey: 'custom_objects.pet.name', dataType: 'TEXT' },
      { id: ids.id(), name: 'Species', fieldKey: 'custom_objects.pet.species', dataType: 'SINGLE_OPTIONS', options: [{ key: 'dog', label: 'Dog' }, { key: 'cat', label: 'Cat' }] },
      { id: ids.id(), name: 'Next Checkup', fieldKey: 'custom_objects.pet.next_checkup', dataType: 'DATE' },
    ],
    dateAdded: iso(nowMs - 60 * DAY),
    dateUpdated: iso(nowMs - 30 * DAY),
  };
  ext.customObjects.set(pets.id, pets);
  const record = (name: string, species: string, daysAgo: number): ObjectRecordRecord => ({
    id: ids.objectId(),
    locationId: loc,
    objectKey: pets.key,
    objectId: pets.id,
    owner: [],
    followers: [],
    properties: { name, species, next_checkup: iso(nowMs + 30 * DAY).slice(0, 10) },
    createdAt: iso(nowMs - daysAgo * DAY),
    updatedAt: iso(nowMs - daysAgo * DAY + 3600_000),
  });
  for (const r of [record('Buddy', 'dog', 12), record('Misty', 'cat', 4)]) ext.objectRecords.set(r.id, r);
  const value = (name: string, v: string): CustomValueRecord => ({ id: ids.id(), locationId: loc, name, fieldKey: customValueKey(name), value: v });
  for (const cv of [value('Office Hours', 'Mon-Fri 8am-5pm'), value('Spring Promo Code', 'SMILE25')]) ext.customValues.set(cv.id, cv);
  for (const name of ['new patient', 'postcard', 'vip']) {
    const tag: LocationTagRecord = { id: ids.id(), locationId: loc, name };
    ext.locationTags.set(tag.id, tag);
  }
}
