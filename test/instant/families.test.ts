import nock from 'nock';
import { matchesFilters } from '../../relay/routing';
import { hookEvents } from '../../src/hook-trigger';
import { AUTH, bundle, intercept, type Captured } from '../support/harness';
import { call, HOOK, hookOp, relay, sub, useRelayStandIn } from '../support/relay-stand-in';

/**
 * The instant triggers added for the remaining event families (products and prices, custom object
 * records, associations and relations, campaign status, email events, conversation unread) and
 * the contact details on instant records that carry only a contactId (issue 13): the subscribe
 * body with the filters, perform on HighLevel's documented payloads (docs/webhook-events) -> the
 * exact flat output, the performList fallback order, unsubscribe, and the relay's new filters.
 */
// Each test runs the app several times (subscribe, perform, lookups through the app tester): 1-3 s
// on a loaded shared machine, so above jest's 5 s default at times; no assertion depends on time.
jest.setTimeout(20_000);
const op = hookOp;
const rows = (v: unknown) => v as Record<string, unknown>[];
const outputKeys = (key: string): string[] =>
  op(key).outputFields.flatMap((f) => (typeof f === 'object' && f !== null && 'key' in f ? [String((f as { key: string }).key)] : [])).sort();
const paths = (calls: Captured[]) => calls.map((c) => `${c.method} ${c.path}`);
useRelayStandIn();

const NEW_KEYS = [
  'productCreatedInstant', 'productUpdatedInstant', 'productDeletedInstant', 'priceCreatedInstant', 'priceUpdatedInstant', 'priceDeletedInstant',
  'customObjectRecordCreatedInstant', 'customObjectRecordUpdatedInstant', 'customObjectRecordDeletedInstant',
  'associationCreatedInstant', 'associationUpdatedInstant', 'associationDeletedInstant', 'relationCreatedInstant', 'relationDeletedInstant',
  'campaignStatusChangedInstant', 'emailEventInstant', 'conversationUnreadChangedInstant',
];

test('each new family is registered with its HighLevel event types', () => {
  expect(Object.fromEntries(NEW_KEYS.map((k) => [k, hookEvents.get(k)]))).toEqual({
    productCreatedInstant: ['ProductCreate'], productUpdatedInstant: ['ProductUpdate'], productDeletedInstant: ['ProductDelete'],
    priceCreatedInstant: ['PriceCreate'], priceUpdatedInstant: ['PriceUpdate'], priceDeletedInstant: ['PriceDelete'],
    customObjectRecordCreatedInstant: ['RecordCreate'], customObjectRecordUpdatedInstant: ['RecordUpdate'], customObjectRecordDeletedInstant: ['RecordDelete'],
    associationCreatedInstant: ['AssociationCreate'], associationUpdatedInstant: ['AssociationUpdate'], associationDeletedInstant: ['AssociationDelete'],
    relationCreatedInstant: ['RelationCreate'], relationDeletedInstant: ['RelationDelete'],
    campaignStatusChangedInstant: ['CampaignStatusUpdate'], emailEventInstant: ['LCEmailStats'], conversationUnreadChangedInstant: ['ConversationUnreadUpdate'],
  });
});

describe('subscribe: the filter inputs become the relay filters', () => {
  test.each([
    ['priceCreatedInstant', { productId: 'prod1' }, 'PriceCreate', { productId: 'prod1' }],
    ['customObjectRecordUpdatedInstant', { schemaKey: 'custom_objects.pet' }, 'RecordUpdate', { objectKey: 'custom_objects.pet' }],
    ['relationCreatedInstant', { associationId: 'as1' }, 'RelationCreate', { associationId: 'as1' }],
    ['emailEventInstant', { event: 'opened' }, 'LCEmailStats', { emailEvent: 'opened' }],
    // the campaign is checked on the delivered event (the relay has no filter on templateId)
    ['campaignStatusChangedInstant', { campaignId: 'camp1', status: 'paused' }, 'CampaignStatusUpdate', { status: 'paused' }],
  ])('%s', async (key, inputData, eventType, filters) => {
    const seen = relay('POST', '/v1/locations/LOC123/subscriptions', 201, sub('s1', eventType));
    const out = await call(op(key).performSubscribe, bundle(inputData, { targetUrl: HOOK }));
    expect(seen).toEqual([{ method: 'POST', path: '/v1/locations/LOC123/subscriptions', auth: `Bearer ${AUTH.access_token}`, body: { targetUrl: HOOK, eventType, filters } }]);
    expect(out).toEqual({ id: 's1', scope: 'locations', tenantId: 'LOC123', subscriptions: [sub('s1', eventType).subscription] });
  });

  test('no filter set: none is sent; the Custom Object is required (named, before any request)', async () => {
    const seen = relay('POST', '/v1/locations/LOC123/subscriptions', 201, sub('s2', 'ProductDelete'));
    await call(op('productDeletedInstant').performSubscribe, bundle({}, { targetUrl: HOOK }));
    expect(seen.map((s) => s.body)).toEqual([{ targetUrl: HOOK, eventType: 'ProductDelete' }]);
    await expect(call(op('customObjectRecordCreatedInstant').performSubscribe, bundle({}, { targetUrl: HOOK }))).rejects.toThrow(/Custom Object/);
    await expect(call(op('emailEventInstant').performSubscribe, bundle({ event: 'bounced' }, { targetUrl: HOOK }))).rejects.toThrow(/Event/);
    expect(nock.pendingMocks()).toEqual([]);
  });

  test('unsubscribe deletes the subscription it made', async () => {
    const seen = relay('DELETE', '/v1/locations/LOC123/subscriptions/s7', 204, undefined);
    const subscribeData = { id: 's7', scope: 'locations', tenantId: 'LOC123', subscriptions: [{ id: 's7' }] };
    await expect(call(op('relationDeletedInstant').performUnsubscribe, bundle({}, { subscribeData }))).resolves.toEqual({});
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual(['DELETE /v1/locations/LOC123/subscriptions/s7']);
  });

  test('the relay routes on the new filters (price product, relation association, email event)', () => {
    const price = { type: 'PriceCreate', product: 'prod1', locationId: 'L' };
    expect([matchesFilters(price, { productId: 'prod1' }), matchesFilters(price, { productId: 'prod2' })]).toEqual([true, false]);
    const relation = { type: 'RelationCreate', associationId: 'as1' };
    expect([matchesFilters(relation, { associationId: 'as1' }), matchesFilters(relation, { associationId: 'x' })]).toEqual([true, false]);
    const email = { type: 'LCEmailStats', webhookPayload: { event: 'opened' } };
    expect([matchesFilters(email, { emailEvent: 'Opened' }), matchesFilters(email, { emailEvent: 'delivered' })]).toEqual([true, false]);
  });
});

describe('perform: HighLevel\'s documented payloads -> the flat output', () => {
  const deliver = (key: string, event: Record<string, unknown>, inputData: Record<string, unknown> = {}) =>
    call(op(key).perform, bundle(inputData, { cleanedRequest: { webhookId: 'wh1', timestamp: '2025-02-10T08:26:05.961Z', ...event } })).then(rows);

  test('OrderCreate: the nested amount summary, source and buyer snapshot fill the same outputs as New Order', async () => {
    const out = await deliver('orderCreatedInstant', {
      type: 'OrderCreate', locationId: 'LOC123', _id: '660ed43bfdf9fc05a0de7a40', altId: 'LOC123', altType: 'location', status: 'pending', fulfillmentStatus: 'unfulfilled',
      contactId: 'c1', currency: 'USD', amount: 150.1, liveMode: false, amountSummary: { subtotal: 138, discount: 0, tax: 12.1, shipping: 0 },
      source: { type: 'website', subType: 'store', id: 'store1', name: 'Ecom Store' }, createdAt: '2024-04-04T16:24:27.036Z', updatedAt: '2024-04-04T16:24:31.297Z',
      contactSnapshot: { id: 'c1', firstName: 'Maxwell', lastName: 'Schmidt', email: 'max@example.com' },
    });
    expect(out).toEqual([expect.objectContaining({
      id: '660ed43bfdf9fc05a0de7a40', status: 'pending', amount: 150.1, subtotal: 138, discount: 0, sourceType: 'website', sourceSubType: 'store', sourceName: 'Ecom Store',
      sourceId: 'store1', contactId: 'c1', contactName: 'Maxwell Schmidt', contactEmail: 'max@example.com', locationId: 'LOC123', createdAt: '2024-04-04T16:24:27.036Z',
    })]);
    expect(Object.keys(out[0]!).sort()).toEqual(outputKeys('newOrder'));
  });

  test('ProductCreate: the product as New Product outputs it (`_id` as its id)', async () => {
    const out = await deliver('productCreatedInstant', {
      type: 'ProductCreate', _id: '655b33a82209e60b6adb87a5', description: 'This is a really awesome product', locationId: '3SwdhCsvxI8Au3KsPJt6', name: 'Awesome Product',
      productType: 'PHYSICAL', availableInStore: true, userId: '6YAtzfzpmHAdj0e8GkKp', createdAt: '2023-11-20T10:23:36.515Z', updatedAt: '2024-01-23T09:57:04.846Z',
      statementDescriptor: 'abcde', image: 'https://storage.example.com/p.png', variants: [{ id: 'v1', name: 'Size', options: [{ id: 'o1', name: 'XL' }] }],
    });
    expect(out).toEqual([{
      id: '655b33a82209e60b6adb87a5', name: 'Awesome Product', productType: 'PHYSICAL', description: 'This is a really awesome product', image: 'https://storage.example.com/p.png',
      slug: null, availableInStore: true, statementDescriptor: 'abcde', collectionIds: [], isTaxesEnabled: null, locationId: '3SwdhCsvxI8Au3KsPJt6',
      createdAt: '2023-11-20T10:23:36.515Z', updatedAt: '2024-01-23T09:57:04.846Z',
    }]);
    expect(Object.keys(out[0]!).sort()).toEqual(outputKeys('newProduct'));
  });

  test('PriceCreate: `priceType` is the price type, `product` the product; PriceDelete\'s type is the event\'s, so empty', async () => {
    const price = {
      _id: '655b33aa2209e60b6adb87a7', locationId: '3SwdhCsvxI8Au3KsPJt6', product: '655b33a82209e60b6adb87a5', name: 'Red / S', currency: 'INR', amount: 199999,
      recurring: { interval: 'day', intervalCount: 1 }, createdAt: '2023-11-20T10:23:38.645Z', updatedAt: '2024-01-23T09:57:04.852Z', compareAtPrice: 2000000,
      trackInventory: null, availableQuantity: 5, allowOutOfStockPurchases: true,
    };
    const expected = {
      id: '655b33aa2209e60b6adb87a7', name: 'Red / S', productId: '655b33a82209e60b6adb87a5', type: 'one_time', amount: 199999, currency: 'INR', compareAtPrice: 2000000,
      recurringInterval: 'day', recurringIntervalCount: 1, sku: null, trackInventory: null, availableQuantity: 5, locationId: '3SwdhCsvxI8Au3KsPJt6',
      createdAt: '2023-11-20T10:23:38.645Z', updatedAt: '2024-01-23T09:57:04.852Z',
    };
    await expect(deliver('priceCreatedInstant', { type: 'PriceCreate', priceType: 'one_time', ...price })).resolves.toEqual([expected]);
    await expect(deliver('priceDeletedInstant', { ...price, type: 'PriceDelete' })).resolves.toEqual([{ ...expected, type: null }]);
  });

  test('RecordCreate: owners, the properties list by key (as New Custom Object Record), the event time as Date Added', async () => {
    const event = {
      type: 'RecordCreate', id: '679b8f9bde6a0c356a0311b3', locationId: 'eHy2cOSZxMQzQ6Yyvl8P', owners: ['60d5ec49f72b2a001f5f9d91'],
      followers: ['60d5ec49f72b2a001f5f9d93', '60d5ec49f72b2a001f5f9d94'], properties: [{ key: 'pet_name', valueString: 'buddy' }, { key: 'custom_objects.pet.breed', valueString: 'beagle' }],
    };
    const out = await deliver('customObjectRecordCreatedInstant', event, { schemaKey: 'custom_objects.pet' });
    expect(out).toEqual([{
      id: '679b8f9bde6a0c356a0311b3', objectKey: 'custom_objects.pet', ownerId: ['60d5ec49f72b2a001f5f9d91'], followers: ['60d5ec49f72b2a001f5f9d93', '60d5ec49f72b2a001f5f9d94'],
      createdAt: '2025-02-10T08:26:05.961Z', updatedAt: '2025-02-10T08:26:05.961Z', properties__pet_name: 'buddy', properties__breed: 'beagle',
    }]);
    const deleted = await deliver('customObjectRecordDeletedInstant', { ...event, type: 'RecordDelete' }, { schemaKey: 'custom_objects.pet' });
    expect([deleted[0]!.createdAt, deleted[0]!.updatedAt, deleted[0]!.properties__pet_name]).toEqual([null, null, 'buddy']);
    // an event naming another object is dropped (any case matches)
    await expect(deliver('customObjectRecordUpdatedInstant', { ...event, type: 'RecordUpdate', objectKey: 'custom_objects.car' }, { schemaKey: 'custom_objects.pet' })).resolves.toEqual([]);
    const named = await deliver('customObjectRecordUpdatedInstant', { ...event, type: 'RecordUpdate', objectKey: 'Custom_Objects.Pet' }, { schemaKey: 'custom_objects.pet' });
    expect([named[0]!.objectKey, named[0]!.createdAt, named[0]!.updatedAt]).toEqual(['Custom_Objects.Pet', null, '2025-02-10T08:26:05.961Z']);
  });

  test('AssociationUpdate and RelationCreate: the association and relation records', async () => {
    await expect(deliver('associationUpdatedInstant', {
      type: 'AssociationUpdate', id: '67ade73d1119d2ac7ad0c475', associationType: 'USER_DEFINED', firstObjectKey: 'custom_objects.real_estate_buyer', firstObjectLabel: 'Interested Buyer',
      firstObjectToSecondObjectCardinality: 'MANY_TO_MANY', secondObjectKey: 'custom_objects.property', secondObjectLabel: 'Property', key: 'buyer_property_interest', locationId: 'eHy2cOSZxMQzQ6Yyvl8P',
    })).resolves.toEqual([{
      id: '67ade73d1119d2ac7ad0c475', key: 'buyer_property_interest', firstObjectKey: 'custom_objects.real_estate_buyer', firstObjectLabel: 'Interested Buyer',
      secondObjectKey: 'custom_objects.property', secondObjectLabel: 'Property', associationType: 'USER_DEFINED', locationId: 'eHy2cOSZxMQzQ6Yyvl8P',
    }]);
    await expect(deliver('relationCreatedInstant', {
      type: 'RelationCreate', id: '67ae0d741119d218c9d0c477', firstObjectKey: 'custom_objects.mad', firstRecordId: '67a349a79b28947ec1f65bb5', secondObjectKey: 'contact',
      secondRecordId: 'emqfhnG3g9D9chy9inTz', associationId: '669e5795add2094075906c65', locationId: 'eHy2cOSZxMQzQ6Yyvl8P',
    })).resolves.toEqual([{
      id: '67ae0d741119d218c9d0c477', associationId: '669e5795add2094075906c65', firstObjectKey: 'custom_objects.mad', firstRecordId: '67a349a79b28947ec1f65bb5',
      secondObjectKey: 'contact', secondRecordId: 'emqfhnG3g9D9chy9inTz', locationId: 'eHy2cOSZxMQzQ6Yyvl8P',
    }]);
  });

  const campaignEvent = {
    type: 'CampaignStatusUpdate', locationId: 'LOC123', id: '2hxvXh8Fjc69SvujEWMD', contactId: 'CWBf1PR9LvvBkcYqiXlc', status: 'paused',
    templateId: 'Y2I9XM7aO1hncuSOlc9L', replied: 'Loram ipsum', dateAdded: '2021-11-26T12:41:02.193Z',
  };
  const rosa = { body: { contact: { id: 'CWBf1PR9LvvBkcYqiXlc', firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@example.com', phone: '+15125550143' } } };

  test('CampaignStatusUpdate: the campaign (templateId) and the contact\'s name, email and phone (one lookup)', async () => {
    const calls = intercept('GET', '/contacts/CWBf1PR9LvvBkcYqiXlc', rosa);
    await expect(deliver('campaignStatusChangedInstant', campaignEvent, { campaignId: 'Y2I9XM7aO1hncuSOlc9L' })).resolves.toEqual([{
      id: '2hxvXh8Fjc69SvujEWMD', campaignId: 'Y2I9XM7aO1hncuSOlc9L', contactId: 'CWBf1PR9LvvBkcYqiXlc', status: 'paused', replied: 'Loram ipsum',
      locationId: 'LOC123', dateAdded: '2021-11-26T12:41:02.193Z', contactName: 'Rosa Delgado', contactEmail: 'rosa@example.com', contactPhone: '+15125550143',
    }]);
    expect(paths(calls)).toEqual(['GET /contacts/CWBf1PR9LvvBkcYqiXlc']);
    // another campaign: dropped, with no lookup
    await expect(deliver('campaignStatusChangedInstant', campaignEvent, { campaignId: 'other' })).resolves.toEqual([]);
    expect(calls).toHaveLength(1);
  });

  test('LCEmailStats: the mail event from webhookPayload, its epoch time as ISO', async () => {
    await expect(deliver('emailEventInstant', {
      type: 'LCEmailStats', locationId: 've9EPM428h8vShlRW1KT', companyId: 'cmp1',
      webhookPayload: {
        event: 'delivered', id: 'ev1', timestamp: 1714032441, message: { attachments: [], headers: { 'message-id': '<message-id>', from: 'Dev <dummy@example.com>', to: 'test@example.com' }, size: 1725 },
        recipient: 'test@example.com', 'recipient-domain': 'example.com', tags: ['loc_ve9EPM428h8vShlRW1KT', 'et_other'], 'recipient-provider': 'Other',
        'delivery-status': { 'attempt-no': 1, code: 250, message: 'OK', description: '' },
      },
    })).resolves.toEqual([{
      id: 'ev1', event: 'delivered', recipient: 'test@example.com', recipientDomain: 'example.com', recipientProvider: 'Other', from: 'Dev <dummy@example.com>', to: 'test@example.com',
      messageId: '<message-id>', deliveryCode: 250, deliveryMessage: 'OK', deliveryDescription: '', tags: ['loc_ve9EPM428h8vShlRW1KT', 'et_other'],
      locationId: 've9EPM428h8vShlRW1KT', companyId: 'cmp1', timestamp: '2024-04-25T08:07:21.000Z',
    }]);
  });

  test('ConversationUnreadUpdate: the conversation record, its contact filled from one lookup', async () => {
    const calls = intercept('GET', '/contacts/CWBf1PR9LvvBkcYqiXlc', rosa);
    const out = await deliver('conversationUnreadChangedInstant', {
      type: 'ConversationUnreadUpdate', locationId: 'LOC123', id: 'MzKIpg0rEIH2ZUGKf6BS', contactId: 'CWBf1PR9LvvBkcYqiXlc', deleted: false, inbox: false, starred: true, unreadCount: 0,
    });
    expect(paths(calls)).toEqual(['GET /contacts/CWBf1PR9LvvBkcYqiXlc']);
    expect(out).toEqual([{
      id: 'MzKIpg0rEIH2ZUGKf6BS', contactId: 'CWBf1PR9LvvBkcYqiXlc', contactName: 'Rosa Delgado', email: 'rosa@example.com', phone: '+15125550143', type: null,
      lastMessageBody: null, lastMessageType: null, lastMessageDirection: null, lastMessageDate: null, unreadCount: 0, assignedTo: null, assignedUserName: null, starred: true, inbox: false,
      deleted: false, locationId: 'LOC123', webUrl: 'https://app.gohighlevel.com/v2/location/LOC123/conversations/conversations/MzKIpg0rEIH2ZUGKf6BS', dateAdded: null, dateUpdated: null,
    }]);
    expect(Object.keys(out[0]!).sort()).toEqual(outputKeys('conversationUnreadChangedInstant'));
  });
});

describe('issue 13: instant records that carry only a contactId get the contact\'s name, email and phone', () => {
  const rosa = (id: string) => ({ body: { contact: { id, firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@example.com', phone: '+15125550143' } } });

  test('TaskCreate (documented payload): the task with its contact, as New Task plus the contact fields', async () => {
    const calls = intercept('GET', '/contacts/CWBf1PR9LvvBkcYqiXlc', rosa('CWBf1PR9LvvBkcYqiXlc'));
    const out = await call(op('taskCreatedInstant').perform, bundle({}, { cleanedRequest: {
      type: 'TaskCreate', locationId: 'LOC123', id: 'UlRWGLSXh0ji5qbiGu4i', assignedTo: '63e4qiWDsFJjOYAC8phG', body: 'Loram ipsum', contactId: 'CWBf1PR9LvvBkcYqiXlc',
      title: 'Loram ipsum', dateAdded: '2021-11-26T12:41:02.193Z', dueDate: '2021-11-26T12:41:02.193Z', webhookId: 'w1',
    } })).then(rows);
    expect(paths(calls)).toEqual(['GET /contacts/CWBf1PR9LvvBkcYqiXlc']);
    expect(out).toEqual([{
      id: 'UlRWGLSXh0ji5qbiGu4i', title: 'Loram ipsum', body: 'Loram ipsum', dueDate: '2021-11-26T12:41:02.193Z', completed: false, assignedTo: '63e4qiWDsFJjOYAC8phG',
      assignedToName: null, assignedToEmail: null, contactId: 'CWBf1PR9LvvBkcYqiXlc', contactName: 'Rosa Delgado', contactEmail: 'rosa@example.com',
      locationId: 'LOC123', dateAdded: '2021-11-26T12:41:02.193Z', dateUpdated: null, contactPhone: '+15125550143',
    }]);
    // New Task's outputs, and the phone its search does not give
    expect(outputKeys('taskCreatedInstant')).toEqual([...outputKeys('newTask'), 'contactPhone'].sort());
  });

  test('a task without a contactId (HighLevel issue #332) costs no lookup; a deleted contact (404) leaves the fields empty', async () => {
    const noContact = await call(op('taskCompletedInstant').perform, bundle({}, { cleanedRequest: { type: 'TaskComplete', id: 't2', title: 'Call back', webhookId: 'w2' } })).then(rows);
    expect([noContact[0]!.completed, noContact[0]!.contactName, noContact[0]!.contactEmail, noContact[0]!.contactPhone]).toEqual([true, null, null, null]);
    const calls = intercept('GET', '/contacts/gone1', { status: 404, body: { message: 'Contact not found' } });
    const gone = await call(op('noteCreatedInstant').perform, bundle({}, { cleanedRequest: { type: 'NoteCreate', id: 'n1', body: 'hi', contactId: 'gone1', webhookId: 'w3' } })).then(rows);
    expect(paths(calls)).toEqual(['GET /contacts/gone1']);
    expect([gone[0]!.id, gone[0]!.contactName, gone[0]!.contactEmail]).toEqual(['n1', null, null]);
  });

  test('OpportunityCreate (documented payload, no nested contact): the contact looked up into the polling trigger\'s contact fields', async () => {
    const calls = intercept('GET', '/opportunities/pipelines', { body: { pipelines: [] } });
    intercept('GET', '/contacts/cJAWDskpkJHbRbhAT7bs', rosa('cJAWDskpkJHbRbhAT7bs'), calls);
    intercept('GET', '/users/search', { body: { users: [{ id: 'bNl8QNGXhIQJLv8eeASQ', name: 'Sam Lee' }] } }, calls);
    const out = await call(op('opportunityCreatedInstant').perform, bundle({}, { cleanedRequest: {
      type: 'OpportunityCreate', locationId: 'LOC123', id: 'wWhVuzqpRuOA1ZVWi4FC', assignedTo: 'bNl8QNGXhIQJLv8eeASQ', contactId: 'cJAWDskpkJHbRbhAT7bs', monetaryValue: 40,
      name: 'Loram ipsu', pipelineId: 'VDm7RPYC2GLUvdpKmBfC', pipelineStageId: 'e93ba61a', source: 'Loram ipsu', status: 'open', dateAdded: '2021-11-26T12:41:02.193Z', webhookId: 'w4',
    } })).then(rows);
    // the assigned user's name too, as New Opportunity gives it (src/enrich/kinds.ts)
    expect(paths(calls).sort()).toEqual(['GET /contacts/cJAWDskpkJHbRbhAT7bs', 'GET /opportunities/pipelines', 'GET /users/search']);
    expect([out[0]!.id, out[0]!.contactId, out[0]!.contactName, out[0]!.contactEmail, out[0]!.contactPhone]).toEqual(['wWhVuzqpRuOA1ZVWi4FC', 'cJAWDskpkJHbRbhAT7bs', 'Rosa Delgado', 'rosa@example.com', '+15125550143']);
    expect(outputKeys('opportunityCreatedInstant')).toEqual(outputKeys('newOpportunity'));
  });

  test('an opportunity event that names its contact (and no pipeline or user) costs no lookup', async () => {
    const calls: Captured[] = [];
    const out = await call(op('opportunityUpdatedInstant').perform, bundle({}, { cleanedRequest: {
      type: 'OpportunityUpdate', id: 'o2', name: 'Deal', contactId: 'c5', contact: { id: 'c5', name: 'Sam Ortiz', email: 'sam@example.com', phone: '+15125550100' }, webhookId: 'w5',
    } })).then(rows);
    expect(paths(calls)).toEqual([]);
    expect(nock.pendingMocks()).toEqual([]);
    expect([out[0]!.contactName, out[0]!.contactEmail]).toEqual(['Sam Ortiz', 'sam@example.com']);
  });

  test('AppointmentCreate and InboundMessage: the same outputs as New Appointment and New Inbound Message (contact and calendar names)', async () => {
    const calls = intercept('GET', '/contacts/9NkT25Vor1v4aQatFsv2', rosa('9NkT25Vor1v4aQatFsv2'));
    intercept('GET', '/calendars/', { body: { calendars: [{ id: 'BqTwX8QFwXzpegMve9EQ', name: 'Dental Consultations' }] } }, calls);
    const appt = await call(op('appointmentCreatedInstant').perform, bundle({}, { cleanedRequest: {
      type: 'AppointmentCreate', locationId: 'LOC123', webhookId: 'w6',
      appointment: { id: 'ap1', title: 'Consult', calendarId: 'BqTwX8QFwXzpegMve9EQ', contactId: '9NkT25Vor1v4aQatFsv2', appointmentStatus: 'confirmed', users: ['u1'], source: 'booking_widget', startTime: '2023-09-25T16:00:00+05:30' },
    } })).then(rows);
    expect(paths(calls)).toEqual(['GET /contacts/9NkT25Vor1v4aQatFsv2', 'GET /calendars/']);
    expect([appt[0]!.id, appt[0]!.contactName, appt[0]!.contactEmail, appt[0]!.calendarName, appt[0]!.status, appt[0]!.userIds]).toEqual(['ap1', 'Rosa Delgado', 'rosa@example.com', 'Dental Consultations', 'confirmed', ['u1']]);
    expect(Object.keys(appt[0]!).sort()).toEqual(outputKeys('newAppointment'));
    expect(outputKeys('appointmentCancelledInstant')).toEqual(outputKeys('newAppointment'));

    const msgCalls = intercept('GET', '/contacts/c1', rosa('c1'));
    const msg = await call(op('outboundMessageInstant').perform, bundle({}, { cleanedRequest: { type: 'OutboundMessage', locationId: 'LOC123', messageId: 'm1', contactId: 'c1', body: 'See you Tuesday', messageType: 'SMS', direction: 'outbound', webhookId: 'w7' } })).then(rows);
    expect(paths(msgCalls)).toEqual(['GET /contacts/c1']);
    expect([msg[0]!.id, msg[0]!.body, msg[0]!.contactName, msg[0]!.contactPhone]).toEqual(['m1', 'See you Tuesday', 'Rosa Delgado', '+15125550143']);
    expect(outputKeys('inboundMessageInstant')).toEqual(outputKeys('newInboundMessage'));
  });
});

describe('performList: the polling request, else the relay\'s recent events, else the static sample', () => {
  test('Product Created and Updated: New Product\'s request', async () => {
    for (const key of ['productCreatedInstant', 'productUpdatedInstant']) {
      const calls = intercept('GET', '/products/', { body: { products: [{ _id: 'p1', name: 'Kit', locationId: 'LOC123' }], total: 1 } });
      const out = await call(op(key).performList, bundle()).then(rows);
      expect(calls.map((c) => [c.path, c.query])).toEqual([['/products/', { locationId: 'LOC123', limit: '100', offset: '0', sortOrder: 'desc' }]]);
      expect(out.map((p) => [p.id, p.name])).toEqual([['p1', 'Kit']]);
    }
  });

  test('Custom Object Record Created: New Custom Object Record\'s search', async () => {
    const calls = intercept('POST', '/objects/custom_objects.pet/records/search', { body: { records: [{ id: 'r1', properties: { name: 'Buddy' } }], total: 1 } });
    const out = await call(op('customObjectRecordCreatedInstant').performList, bundle({ schemaKey: 'custom_objects.pet' })).then(rows);
    expect(calls.map((c) => c.body)).toEqual([{ locationId: 'LOC123', page: 1, pageLimit: 100, query: '', searchAfter: [], sort: [{ field: 'createdAt', direction: 'desc' }] }]);
    expect(out.map((r) => [r.id, r.properties__name])).toEqual([['r1', 'Buddy']]);
  });

  test('Product Price Deleted: the relay\'s recent events, mapped; none -> the static sample; no relay -> the sample', async () => {
    const seen = relay('GET', '/v1/locations/LOC123/events?type=PriceDelete&limit=3', 200, { events: [{ type: 'PriceDelete', webhookId: 'w9', locationId: 'LOC123', _id: 'pr9', name: 'Single kit', product: 'p1' }] });
    const out = await call(op('priceDeletedInstant').performList, bundle()).then(rows);
    expect(seen.map((s) => s.path)).toEqual(['/v1/locations/LOC123/events?type=PriceDelete&limit=3']);
    expect(out.map((p) => [p.id, p.name, p.productId])).toEqual([['pr9', 'Single kit', 'p1']]);
    relay('GET', '/v1/locations/LOC123/events?type=LCEmailStats&limit=3', 200, { events: [] });
    await expect(call(op('emailEventInstant').performList, bundle())).resolves.toEqual([op('emailEventInstant').sample]);
    delete process.env.RELAY_URL;
    await expect(call(op('relationCreatedInstant').performList, bundle())).resolves.toEqual([op('relationCreatedInstant').sample]);
  });
});

test('Tag Added / Removed: the Tag input offers the location\'s tags by name (free text still accepted)', async () => {
  for (const key of ['contactTagAddedInstant', 'contactTagRemovedInstant']) {
    expect(op(key).inputFields.find((f) => f.key === 'tag')?.dynamic).toBe('tagDropdown.name.name');
  }
  const tagged = { type: 'ContactTagUpdate', locationId: 'LOC123', id: 'c1', tags: ['brand-new tag'], tagsAdded: ['brand-new tag'], tagsRemoved: [], webhookId: 'w' };
  const out = await call(op('contactTagAddedInstant').perform, bundle({ tag: 'Brand-New Tag' }, { cleanedRequest: tagged })).then(rows);
  expect(out.map((o) => o.tagsAdded)).toEqual([['brand-new tag']]);
});

