import type { Case } from '../support/table';

/**
 * API Request (creates/other/api-request.ts): exact requests, output, and every path that could
 * leave the API host or climb out of its path refused naming the field with nothing sent.
 * One sample per spec file: test/api-request/spec-files.test.ts; agency tokens: test/api-request/agency.test.ts.
 */
const op = 'creates.apiRequest' as const;

const CUSTOM_VALUE = { customValue: { id: 'cv1', name: 'Clinic Phone', value: '+1 555 010 0199', fieldKey: '{{ custom_values.clinic_phone }}' } };

/** Inputs that must be refused: [name, path, message]. */
const refusedPaths: [string, string, RegExp][] = [
  ['an absolute URL to another host', 'https://evil.example.com/contacts/c1', /"Path" \(path\) must be a path on the HighLevel API such as \/contacts\/abc123, not a full URL/],
  ['an absolute URL to the API host itself', 'https://services.leadconnectorhq.com/contacts/c1', /"Path" \(path\) must be a path on the HighLevel API/],
  ['a javascript: URL', 'javascript:alert(1)', /"Path" \(path\) must be a path on the HighLevel API/],
  ['a protocol-relative URL', '//evil.example.com/contacts', /"Path" \(path\) must not start with "\/\/" \(that names another host\)/],
  ['a backslash', '/contacts\\..\\oauth', /"Path" \(path\) must not contain backslashes/],
  ['a backslash turning into another host', '/\\evil.example.com', /"Path" \(path\) must not contain backslashes/],
  ['a ".." segment', '/contacts/../oauth/token', /"Path" \(path\) must not contain "\." or "\.\." parts, in any encoding \(found "\.\."\)/],
  ['a "." segment', '/contacts/./c1', /"Path" \(path\) must not contain "\." or "\.\." parts, in any encoding \(found "\."\)/],
  ['an encoded ".." (%2e%2e)', '/contacts/%2e%2e/oauth', /"Path" \(path\) must not contain "\." or "\.\." parts, in any encoding \(found "%2e%2e"\)/],
  ['a mixed-case encoded ".." (%2E%2e)', '/contacts/%2E%2e/oauth', /found "%2E%2e"/],
  ['a half-encoded ".." (.%2e)', '/contacts/.%2e/oauth', /found "\.%2e"/],
  ['a double-encoded ".." (%252e%252e)', '/contacts/%252e%252e/oauth', /found "%252e%252e"/],
  ['a triple-encoded "." (%25252e)', '/contacts/%25252e', /found "%25252e"/],
  ['a "..;" segment', '/contacts/..;/oauth', /found "\.\.;"/],
  ['full-width dots', '/contacts/%EF%BC%8E%EF%BC%8E/oauth', /found "%EF%BC%8E%EF%BC%8E"/],
  ['an overlong UTF-8 dot (%c0%ae%c0%ae)', '/contacts/%c0%ae%c0%ae/oauth', /"Path" \(path\) has percent-encoding that is not valid UTF-8 \(found "%c0%ae%c0%ae"\)/],
  ['an encoded slash (%2F)', '/contacts/c1%2F..%2Foauth', /"Path" \(path\) must not contain an encoded "\/" or "\\" \(found "c1%2F\.\.%2Foauth"\)/],
  ['a double-encoded backslash (%255c)', '/contacts/%255c', /must not contain an encoded "\/" or "\\"/],
  ['a line break (header injection)', '/contacts/c1\r\nX-Evil: 1', /"Path" \(path\) must not contain control characters/],
  ['a tab', '/contacts/\tc1', /"Path" \(path\) must not contain control characters/],
  ['an encoded NUL', '/contacts/c1%00', /"Path" \(path\) must not contain encoded control characters \(found "c1%00"\)/],
  ['an encoded line break', '/contacts/c1%0d%0a', /must not contain encoded control characters/],
  ['a fragment', '/contacts/c1#x', /"Path" \(path\) must not contain a fragment/],
  ['an empty part', '/contacts//c1', /"Path" \(path\) must not contain an empty part \("\/\/"\)/],
  ['a broken Unicode surrogate', '/contacts/c1\ud800', /"Path" \(path\) contains an invalid character \(a broken Unicode surrogate\)/],
  ['a stray %', '/contacts/100%', /"Path" \(path\) has a "%" that is not followed by two hexadecimal digits/],
  ['a placeholder left in', '/contacts/{contactId}', /"Path" \(path\) still holds the placeholder "\{contactId\}"/],
];

export const apiRequestCases: Case[] = [
  {
    name: 'GET with the default Version of the endpoint record (contacts: 2021-07-28), query from the field and the path',
    op,
    input: { method: 'GET', path: '/contacts/?query=ana', query: { locationId: '{locationId}', limit: '5' } },
    calls: [
      {
        method: 'GET',
        path: '/contacts/',
        version: '2021-07-28',
        query: { query: 'ana', locationId: 'LOC123', limit: '5' },
        reply: { body: { contacts: [{ id: 'c1', tags: ['vip', 'mail'] }, { id: 'c2', tags: [] }], meta: { total: 2, nextPageUrl: null } } },
      },
    ],
    output: {
      status: 200,
      contentType: 'application/json',
      rawBody: '{"contacts":[{"id":"c1","tags":["vip","mail"]},{"id":"c2","tags":[]}],"meta":{"total":2,"nextPageUrl":null}}',
      body__contacts__id: ['c1', 'c2'],
      body__contacts__tags: ['vip,mail', ''],
      body__meta__total: 2,
      body__meta__nextPageUrl: null,
    },
  },
  {
    name: 'GET on a calendars path gets 2021-04-15',
    op,
    input: { method: 'GET', path: '/calendars/events/appointments/ev1' },
    calls: [{ method: 'GET', path: '/calendars/events/appointments/ev1', version: '2021-04-15', reply: { body: { appointment: { id: 'ev1' } } } }],
    output: { status: 200, contentType: 'application/json', rawBody: '{"appointment":{"id":"ev1"}}', body__appointment__id: 'ev1' },
  },
  {
    name: 'POST with a JSON body ({locationId} filled in), the path without a leading slash and {locationId} in it',
    op,
    input: { method: 'POST', path: 'locations/{locationId}/customValues', body: '{"name": "Clinic Phone", "value": "+1 555 010 0199", "meta": {"from": "{locationId}"}}' },
    calls: [
      {
        method: 'POST',
        path: '/locations/LOC123/customValues',
        version: '2021-07-28',
        body: { name: 'Clinic Phone', value: '+1 555 010 0199', meta: { from: 'LOC123' } },
        reply: { status: 201, body: CUSTOM_VALUE },
      },
    ],
    output: {
      status: 201,
      contentType: 'application/json',
      rawBody: JSON.stringify(CUSTOM_VALUE),
      body__customValue__id: 'cv1',
      body__customValue__name: 'Clinic Phone',
      body__customValue__value: '+1 555 010 0199',
      body__customValue__fieldKey: '{{ custom_values.clinic_phone }}',
    },
  },
  {
    name: 'DELETE with the location\'s path',
    op,
    input: { method: 'DELETE', path: '/locations/LOC123/customValues/cv1' },
    calls: [{ method: 'DELETE', path: '/locations/LOC123/customValues/cv1', version: '2021-07-28', reply: { body: { succeded: true } } }],
    output: { status: 200, contentType: 'application/json', rawBody: '{"succeded":true}', body__succeded: true },
  },
  {
    name: 'a non-JSON answer comes back as raw text only',
    op,
    input: { method: 'GET', path: '/locations/LOC123' },
    calls: [{ method: 'GET', path: '/locations/LOC123', version: '2021-07-28', reply: { body: 'OK, not JSON', headers: { 'Content-Type': 'text/plain' } } }],
    output: { status: 200, contentType: 'text/plain', rawBody: 'OK, not JSON' },
  },
  {
    name: 'an empty answer (204) has status and no body fields',
    op,
    input: { method: 'DELETE', path: '/contacts/c1' },
    calls: [{ method: 'DELETE', path: '/contacts/c1', version: '2021-07-28', reply: { status: 204, body: '' } }],
    output: { status: 204, contentType: '', rawBody: '' },
  },
  {
    name: 'characters that are not URL-safe are percent-encoded, not sent raw',
    op,
    input: { method: 'GET', path: '/contacts/c 1é' },
    calls: [{ method: 'GET', path: '/contacts/c%201%C3%A9', version: '2021-07-28', reply: { body: { contact: { id: 'c 1é' } } } }],
    output: { status: 200, contentType: 'application/json', rawBody: '{"contact":{"id":"c 1é"}}', body__contact__id: 'c 1é' },
  },
  {
    name: 'a HighLevel error is a readable error with HighLevel\'s words',
    op,
    input: { method: 'GET', path: '/contacts/nope' },
    calls: [{ method: 'GET', path: '/contacts/nope', version: '2021-07-28', reply: { status: 404, body: { statusCode: 404, message: 'Contact not found' } } }],
    error: /^HighLevel answered 404 Not Found to GET \/contacts\/nope: Contact not found\. The record does not exist or was deleted\.$/,
  },
  ...refusedPaths.map(([name, path, error]): Case => ({ name: `refused, nothing sent: ${name}`, op, input: { method: 'GET', path }, calls: [], error })),
  ...['/oauth/token', '/oauth/locationToken', '/OAuth/LocationToken/'].map(
    (path): Case => ({ name: `refused, nothing sent: the token endpoint ${path}`, op, input: { method: 'POST', path }, calls: [], error: /^"Path" \(path\) must not be a token endpoint/ }),
  ),
  { name: 'refused, nothing sent: no path', op, input: { method: 'GET' }, calls: [], error: /^"Path" \(path\) is required$/ },
  { name: 'refused, nothing sent: an unknown method', op, input: { method: 'TRACE', path: '/contacts/c1' }, calls: [], error: /^"Method" \(method\) must be one of GET, POST, PUT, PATCH, DELETE, got "TRACE"$/ },
  {
    name: 'refused, nothing sent: a body that is not JSON',
    op,
    input: { method: 'POST', path: '/contacts/', body: '{"firstName": "Ana",}' },
    calls: [],
    error: /^"JSON Body" \(body\) must be valid JSON \(.+\)$/,
  },
  { name: 'refused, nothing sent: a Query that is not key/value pairs', op, input: { method: 'GET', path: '/contacts/', query: 'locationId=LOC123' }, calls: [], error: /^"Query" \(query\) must be key\/value pairs$/ },
  { name: 'refused, nothing sent: a body on GET', op, input: { method: 'GET', path: '/contacts/c1', body: '{}' }, calls: [], error: /^"JSON Body" \(body\) cannot be sent with GET/ },
  { name: 'refused, nothing sent: a Version HighLevel does not have', op, input: { method: 'GET', path: '/contacts/c1', version: 'v3\r\nX: 1' }, calls: [], error: /^"Version Header" \(version\) must be one of 2021-07-28, 2021-04-15/ },
];
