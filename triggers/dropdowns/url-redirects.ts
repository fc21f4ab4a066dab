import { locationId } from '../../src/client';
import { defineListTrigger, each } from '../../src/operation';
import { listRedirectsEndpoint, redirectList } from '../../src/records/url-redirect';

/** The location's URL redirects, 100 a page (the list is nested in `data.data`, so defineDropdown's parser does not fit). */
export default defineListTrigger({
  key: 'urlRedirectDropdown',
  noun: 'URL Redirect',
  label: 'URL Redirects (Dropdown)',
  description: 'Triggers when the URL Redirect dropdown loads: lists the location\'s URL redirects.',
  hidden: true,
  canPaginate: true,
  endpoint: listRedirectsEndpoint,
  inputs: {},
  request: (_input, { bundle }) => ({ query: { locationId: locationId(bundle), limit: 100, offset: (Number(bundle.meta?.page) || 0) * 100 } }),
  records: redirectList,
  output: each((r) => ({ id: r.id, name: r.domain || r.path ? `${r.domain ?? ''}${r.path ?? ''} -> ${r.target ?? ''}` : r.id })),
  sample: { id: '6p2RxpgtMKQwO3E6IUaT', name: 'www.delgadodental.example.com/old-offers -> https://www.delgadodental.example.com/offers' },
  outputFields: [
    { key: 'id', label: 'URL Redirect ID' },
    { key: 'name', label: 'URL Redirect' },
  ],
});
