import type { Case } from '../support/table';

/** Custom objects (objects.json): the dropdowns, record triggers, searches and writes. */
const V = '2021-07-28' as const;
const KEY = 'custom_objects.pet';

const SCHEMA = {
  object: {
    id: 'obj661c06b4ffde146b',
    key: KEY,
    labels: { singular: 'Pet', plural: 'Pets' },
    standard: false,
    locationId: 'LOC123',
    primaryDisplayProperty: 'custom_objects.pet.name',
    dateAdded: '2025-02-03T15:20:11.000Z',
    dateUpdated: '2025-02-10T09:02:45.000Z',
  },
  cache: false,
  fields: [
    { id: 'fName', name: 'Name', fieldKey: 'custom_objects.pet.name', dataType: 'TEXT' },
    { id: 'fSpecies', name: 'Species', fieldKey: 'custom_objects.pet.species', dataType: 'SINGLE_OPTIONS', options: [{ key: 'dog', label: 'Dog' }, { key: 'cat', label: 'Cat' }] },
    { id: 'fBorn', name: 'Born On', fieldKey: 'custom_objects.pet.born_on', dataType: 'DATE' },
    { id: 'fFee', name: 'Boarding Fee', fieldKey: 'custom_objects.pet.boarding_fee', dataType: 'MONETORY' },
    { id: 'fPhoto', name: 'Photo', fieldKey: 'custom_objects.pet.photo', dataType: 'FILE_UPLOAD' },
  ],
};
const SCHEMA_CALL = { method: 'GET', path: `/objects/${KEY}`, version: V, query: { locationId: 'LOC123', fetchProperties: 'true' }, reply: { body: SCHEMA } } as const;

const RAW_RECORD = {
  id: 'rec67a235b49b2894',
  owner: ['user1'],
  followers: ['user1', 'user2'],
  properties: { name: 'Buddy', species: 'dog', born_on: '2021-05-02', boarding_fee: { currency: 'default', value: 45 }, photo: [{ url: 'https://files.example.com/buddy.jpg' }] },
  createdAt: '2025-02-04T15:43:48.372Z',
  updatedAt: '2025-02-05T10:12:03.118Z',
  locationId: 'LOC123',
  objectId: 'obj661c06b4ffde146b',
  objectKey: KEY,
  searchAfter: [1738683828372, 'rec67a235b49b2894'],
};
const FLAT_RECORD = {
  id: 'rec67a235b49b2894',
  objectKey: KEY,
  ownerId: ['user1'],
  followers: ['user1', 'user2'],
  createdAt: '2025-02-04T15:43:48.372Z',
  updatedAt: '2025-02-05T10:12:03.118Z',
  properties__name: 'Buddy',
  properties__species: 'dog',
  properties__born_on: '2021-05-02',
  properties__boarding_fee: 45,
  properties__photo: 'https://files.example.com/buddy.jpg',
};
const search = (extra: Record<string, unknown>) => ({ locationId: 'LOC123', page: 1, pageLimit: 100, query: '', searchAfter: [], ...extra });

export const customObjectCases: Case[] = [
  {
    name: 'custom objects for the dropdown: keys as values, plural labels, standard objects left out',
    op: 'triggers.customObjectDropdown',
    calls: [
      {
        method: 'GET', path: '/objects/', version: V, query: { locationId: 'LOC123' },
        reply: { body: { objects: [SCHEMA.object, { ...SCHEMA.object, id: 'std1', key: 'contact', standard: true, labels: { singular: 'Contact', plural: 'Contacts' } }] } },
      },
    ],
    output: [{ id: KEY, name: 'Pets' }],
  },
  {
    name: 'records of the chosen object, named by its primary display property (page 2 on "load more")',
    op: 'triggers.customObjectRecordDropdown',
    input: { schemaKey: KEY },
    meta: { page: 1 },
    calls: [
      { method: 'POST', path: `/objects/${KEY}/records/search`, version: V, body: search({ page: 2, sort: [{ field: 'createdAt', direction: 'desc' }] }), reply: { body: { records: [RAW_RECORD, { ...RAW_RECORD, id: 'recNoName', properties: {} }], total: 2 } } },
      SCHEMA_CALL,
    ],
    output: [{ id: 'rec67a235b49b2894', name: 'Buddy' }, { id: 'recNoName', name: 'recNoName' }],
  },
  {
    name: 'new records: newest first by createdAt, properties by key (money as its value, files as URLs)',
    op: 'triggers.newCustomObjectRecord',
    input: { schemaKey: KEY },
    calls: [{ method: 'POST', path: `/objects/${KEY}/records/search`, version: V, body: search({ sort: [{ field: 'createdAt', direction: 'desc' }] }), reply: { body: { records: [RAW_RECORD], total: 1 } } }],
    output: [FLAT_RECORD],
  },
  {
    name: 'updated records: sorted by updatedAt, the id is record id + update time',
    op: 'triggers.updatedCustomObjectRecord',
    input: { schemaKey: KEY },
    meta: { isLoadingSample: true },
    calls: [{ method: 'POST', path: `/objects/${KEY}/records/search`, version: V, body: search({ pageLimit: 3, sort: [{ field: 'updatedAt', direction: 'desc' }] }), reply: { body: { records: [RAW_RECORD], total: 1 } } }],
    output: [{ ...FLAT_RECORD, recordId: 'rec67a235b49b2894', id: 'rec67a235b49b2894:2025-02-05T10:12:03.118Z' }],
  },
  { name: 'a trigger needs the object', op: 'triggers.newCustomObjectRecord', calls: [], error: /"Custom Object" \(schemaKey\) is required/ },
  {
    name: 'find: the query goes to HighLevel\'s record search, 10 results',
    op: 'searches.findCustomObjectRecords',
    input: { schemaKey: KEY, query: 'name:Buddy' },
    calls: [{ method: 'POST', path: `/objects/${KEY}/records/search`, version: V, body: search({ pageLimit: 10, query: 'name:Buddy' }), reply: { body: { records: [RAW_RECORD], total: 1 } } }],
    output: [FLAT_RECORD],
  },
  { name: 'find needs a query', op: 'searches.findCustomObjectRecords', input: { schemaKey: KEY }, calls: [], error: /"Search For" \(query\) is required/ },
  {
    name: 'get by id reads the single-record answer (dateAdded/dateUpdated)',
    op: 'searches.getCustomObjectRecord',
    input: { schemaKey: KEY, objectRecordId: 'rec67a235b49b2894' },
    calls: [
      {
        method: 'GET', path: `/objects/${KEY}/records/rec67a235b49b2894`, version: V,
        reply: { body: { record: { id: 'rec67a235b49b2894', owner: [], followers: [], properties: { name: 'Buddy' }, dateAdded: '2025-02-04T15:43:48.372Z', dateUpdated: '2025-02-05T10:12:03.118Z' } } },
      },
    ],
    output: [{ id: 'rec67a235b49b2894', objectKey: null, ownerId: [], followers: [], createdAt: '2025-02-04T15:43:48.372Z', updatedAt: '2025-02-05T10:12:03.118Z', properties__name: 'Buddy' }],
  },
  {
    name: 'get: a 404 is no result',
    op: 'searches.getCustomObjectRecord',
    input: { schemaKey: KEY, objectRecordId: 'gone1' },
    calls: [{ method: 'GET', path: `/objects/${KEY}/records/gone1`, version: V, reply: { status: 404, body: { statusCode: 404, message: 'Record not found' } } }],
    output: [],
  },
  {
    name: 'create: typed fields become properties by key (option key, ISO date, money object), owner and followers as lists',
    op: 'creates.createCustomObjectRecord',
    input: { schemaKey: KEY, property__name: 'Buddy', property__species: 'dog', property__born_on: '05/02/2021', property__boarding_fee: '45', ownerId: 'user1', followers: 'user1, user2' },
    calls: [
      SCHEMA_CALL,
      {
        method: 'POST', path: `/objects/${KEY}/records`, version: V,
        body: { locationId: 'LOC123', properties: { name: 'Buddy', species: 'dog', born_on: '2021-05-02', boarding_fee: { currency: 'default', value: 45 } }, owner: ['user1'], followers: ['user1', 'user2'] },
        reply: { status: 201, body: { record: RAW_RECORD } },
      },
    ],
    output: FLAT_RECORD,
  },
  {
    name: 'create: a field value of the wrong type is refused naming the field, before the write',
    op: 'creates.createCustomObjectRecord',
    input: { schemaKey: KEY, property__species: 'parrot' },
    calls: [SCHEMA_CALL],
    error: /"Species" \(property__species\) must be one of dog, cat, got "parrot"/,
  },
  { name: 'create: no field filled in sends nothing', op: 'creates.createCustomObjectRecord', input: { schemaKey: KEY }, calls: [], error: /"Custom Object" \(schemaKey\) needs at least one of its fields/ },
  { name: 'create: an object key with a slash is refused', op: 'creates.createCustomObjectRecord', input: { schemaKey: 'custom_objects/pet', property__name: 'x' }, calls: [], error: /"Custom Object" \(schemaKey\) must be a HighLevel ID without "\/", "\\", "\?" or "#"/ },
  {
    name: 'update: only the fields given, locationId in the query',
    op: 'creates.updateCustomObjectRecord',
    input: { schemaKey: KEY, objectRecordId: 'rec67a235b49b2894', property__name: 'Buddy II' },
    calls: [
      SCHEMA_CALL,
      {
        method: 'PUT', path: `/objects/${KEY}/records/rec67a235b49b2894`, version: V, query: { locationId: 'LOC123' },
        body: { properties: { name: 'Buddy II' } },
        reply: { body: { record: { ...RAW_RECORD, properties: { name: 'Buddy II' } } } },
      },
    ],
    output: { id: 'rec67a235b49b2894', objectKey: KEY, ownerId: ['user1'], followers: ['user1', 'user2'], createdAt: '2025-02-04T15:43:48.372Z', updatedAt: '2025-02-05T10:12:03.118Z', properties__name: 'Buddy II' },
  },
  {
    name: 'update: only followers, no schema look-up',
    op: 'creates.updateCustomObjectRecord',
    input: { schemaKey: KEY, objectRecordId: 'rec67a235b49b2894', followers: ['user2'] },
    calls: [
      { method: 'PUT', path: `/objects/${KEY}/records/rec67a235b49b2894`, version: V, query: { locationId: 'LOC123' }, body: { followers: ['user2'] }, reply: { body: { record: RAW_RECORD } } },
    ],
    output: FLAT_RECORD,
  },
  { name: 'update with nothing to change sends nothing', op: 'creates.updateCustomObjectRecord', input: { schemaKey: KEY, objectRecordId: 'r1' }, calls: [], error: /"Record" \(objectRecordId\) has nothing to update/ },
  {
    name: 'delete answers the id and success',
    op: 'creates.deleteCustomObjectRecord',
    input: { schemaKey: KEY, objectRecordId: 'rec67a235b49b2894' },
    calls: [{ method: 'DELETE', path: `/objects/${KEY}/records/rec67a235b49b2894`, version: V, reply: { body: { id: 'rec67a235b49b2894', success: true } } }],
    output: { recordId: 'rec67a235b49b2894', succeeded: true },
  },
  { name: 'delete needs the record', op: 'creates.deleteCustomObjectRecord', input: { schemaKey: KEY }, calls: [], error: /"Record" \(objectRecordId\) is required/ },
];
