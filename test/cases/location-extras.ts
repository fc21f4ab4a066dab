import type { Case } from '../support/table';

/** Custom values and location tags (locations.json): dropdowns, searches, writes. */
const V = '2021-07-28' as const;
const CV = { id: 'cv1', name: 'Spring Promo Code', fieldKey: '{{ custom_values.spring_promo_code }}', value: 'SMILE25', locationId: 'LOC123' };
const CV2 = { id: 'cv2', name: 'Office Hours', fieldKey: '{{ custom_values.office_hours }}', value: 'Mon-Fri 8am-5pm', locationId: 'LOC123' };
const TAG = { id: 'tag1', name: 'postcard', locationId: 'LOC123' };
const LIST_CV = { method: 'GET', path: '/locations/LOC123/customValues', version: V, reply: { body: { customValues: [CV, CV2] } } } as const;
const LIST_TAGS = { method: 'GET', path: '/locations/LOC123/tags', version: V, reply: { body: { tags: [TAG, { id: 'tag2', name: 'VIP', locationId: 'LOC123' }] } } } as const;

export const locationExtraCases: Case[] = [
  { name: 'custom values for the dropdown', op: 'triggers.customValueDropdown', calls: [LIST_CV], output: [{ id: 'cv1', name: 'Spring Promo Code' }, { id: 'cv2', name: 'Office Hours' }] },
  { name: 'tags for the dropdowns', op: 'triggers.tagDropdown', calls: [LIST_TAGS], output: [{ id: 'tag1', name: 'postcard' }, { id: 'tag2', name: 'VIP' }] },
  { name: 'find a custom value by name, ignoring case', op: 'searches.findCustomValue', input: { name: ' spring promo CODE ' }, calls: [LIST_CV], output: [CV] },
  { name: 'find: no custom value of that name is no result', op: 'searches.findCustomValue', input: { name: 'Winter Promo' }, calls: [LIST_CV], output: [] },
  { name: 'find custom value needs a name', op: 'searches.findCustomValue', calls: [], error: /"Name" \(name\) is required/ },
  { name: 'get a custom value by id', op: 'searches.getCustomValue', input: { customValueId: 'cv1' }, calls: [{ method: 'GET', path: '/locations/LOC123/customValues/cv1', version: V, reply: { body: { customValue: CV } } }], output: [CV] },
  {
    name: 'create a custom value',
    op: 'creates.createCustomValue',
    input: { name: 'Spring Promo Code', value: 'SMILE25' },
    calls: [{ method: 'POST', path: '/locations/LOC123/customValues', version: V, body: { name: 'Spring Promo Code', value: 'SMILE25' }, reply: { status: 201, body: { customValue: CV } } }],
    output: CV,
  },
  { name: 'create needs the value', op: 'creates.createCustomValue', input: { name: 'Spring Promo Code' }, calls: [], error: /"Value" \(value\) is required/ },
  {
    name: 'update only the value: the name is read first, as the spec requires both',
    op: 'creates.updateCustomValue',
    input: { customValueId: 'cv1', value: 'SMILE30' },
    calls: [
      { method: 'GET', path: '/locations/LOC123/customValues/cv1', version: V, reply: { body: { customValue: CV } } },
      { method: 'PUT', path: '/locations/LOC123/customValues/cv1', version: V, body: { name: 'Spring Promo Code', value: 'SMILE30' }, reply: { body: { customValue: { ...CV, value: 'SMILE30' } } } },
    ],
    output: { ...CV, value: 'SMILE30' },
  },
  {
    name: 'update name and value: one request',
    op: 'creates.updateCustomValue',
    input: { customValueId: 'cv1', value: 'SMILE30', name: 'Summer Promo Code' },
    calls: [{ method: 'PUT', path: '/locations/LOC123/customValues/cv1', version: V, body: { name: 'Summer Promo Code', value: 'SMILE30' }, reply: { body: { customValue: { ...CV, name: 'Summer Promo Code', value: 'SMILE30' } } } }],
    output: { ...CV, name: 'Summer Promo Code', value: 'SMILE30' },
  },
  { name: 'update with nothing to change sends nothing', op: 'creates.updateCustomValue', input: { customValueId: 'cv1' }, calls: [], error: /"Value" \(value\) or Name is needed: there is nothing to update/ },
  { name: 'a custom value id with a slash is refused', op: 'creates.deleteCustomValue', input: { customValueId: 'cv1/../x' }, calls: [], error: /"Custom Value" \(customValueId\) must be a HighLevel ID without "\/", "\\", "\?" or "#"/ },
  {
    name: 'delete a custom value (succeded, sic, read as succeeded)',
    op: 'creates.deleteCustomValue',
    input: { customValueId: 'cv1' },
    calls: [{ method: 'DELETE', path: '/locations/LOC123/customValues/cv1', version: V, reply: { body: { succeded: true } } }],
    output: { customValueId: 'cv1', succeeded: true },
  },
  { name: 'find a tag by name, ignoring case', op: 'searches.findTag', input: { name: 'vip' }, calls: [LIST_TAGS], output: [{ id: 'tag2', name: 'VIP', locationId: 'LOC123' }] },
  { name: 'get a tag by id', op: 'searches.getTag', input: { tagId: 'tag1' }, calls: [{ method: 'GET', path: '/locations/LOC123/tags/tag1', version: V, reply: { body: { tag: TAG } } }], output: [TAG] },
  { name: 'get tag: a 404 is no result', op: 'searches.getTag', input: { tagId: 'gone' }, calls: [{ method: 'GET', path: '/locations/LOC123/tags/gone', version: V, reply: { status: 404, body: { statusCode: 404, message: 'Tag not found' } } }], output: [] },
  {
    name: 'create a tag',
    op: 'creates.createTag',
    input: { name: 'postcard' },
    calls: [{ method: 'POST', path: '/locations/LOC123/tags', version: V, body: { name: 'postcard' }, reply: { body: { tag: TAG } } }],
    output: TAG,
  },
  { name: 'create tag needs a name', op: 'creates.createTag', input: { name: '  ' }, calls: [], error: /"Name" \(name\) is required/ },
  {
    name: 'rename a tag',
    op: 'creates.updateTag',
    input: { tagId: 'tag1', name: 'spring postcard' },
    calls: [{ method: 'PUT', path: '/locations/LOC123/tags/tag1', version: V, body: { name: 'spring postcard' }, reply: { body: { tag: { ...TAG, name: 'spring postcard' } } } }],
    output: { ...TAG, name: 'spring postcard' },
  },
  { name: 'rename needs the new name', op: 'creates.updateTag', input: { tagId: 'tag1' }, calls: [], error: /"New Name" \(name\) is required/ },
  {
    name: 'delete a tag',
    op: 'creates.deleteTag',
    input: { tagId: 'tag1' },
    calls: [{ method: 'DELETE', path: '/locations/LOC123/tags/tag1', version: V, reply: { body: { succeded: true } } }],
    output: { tagId: 'tag1', succeeded: true },
  },
];
