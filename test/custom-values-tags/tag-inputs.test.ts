import app from '../../index';

interface Field {
  key?: string;
  dynamic?: string;
  list?: boolean;
}

/** Wherever tags are entered on contacts, the location's tags are offered as a dropdown (by name, as contacts carry them). */
test.each(['addContactTags', 'removeContactTags', 'bulkUpdateContactTags', 'createContact', 'updateContact', 'upsertContact'])('%s offers the Tag dropdown', (key) => {
  const fields = (app.creates[key] as { operation: { inputFields: unknown[] } }).operation.inputFields.filter((f): f is Field => typeof f === 'object' && f !== null);
  expect(fields.find((f) => f.key === 'tags')).toMatchObject({ dynamic: 'tagDropdown.name.name', list: true });
});
