import { endpoint } from '../../src/endpoint';
import { invalidInput } from '../../src/errors';
import { f } from '../../src/fields';
import { defineSearch } from '../../src/operation';
import { invoiceList, invoiceOutputs } from '../../src/records/invoice';
import { altLocation } from '../../src/records/window';

/** The statuses GET /invoices/ filters on (invoices.json; `payment_processing` is internal and left out). */
export const INVOICE_STATUSES = {
  draft: 'Draft',
  sent: 'Sent',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  void: 'Void',
} as const;

/**
 * Find Invoice: GET /invoices/ with `search` (HighLevel matches the invoice name, number and the
 * billed contact), `status` and `contactId`; the 10 most recently issued matches, best first in
 * that order. At least one criterion is needed (else any invoice would match).
 */
export default defineSearch({
  key: 'findInvoice',
  noun: 'Invoice',
  label: 'Find Invoice',
  description: 'Finds invoices by number, name or billed contact (and optionally status), most recently issued first; use it to get an Invoice ID for a later step.',
  endpoint: endpoint('GET', '/invoices/', '2021-07-28', ['invoices.readonly']),
  inputs: {
    search: f.text({ label: 'Search', helpText: 'Text to look for in the invoice number, invoice name or the billed contact\'s name or email, e.g. 1042.' }),
    contactId: f.id({ label: 'Contact', dynamic: 'contactDropdown.id.name', search: 'findContact.id', helpText: 'Only invoices billed to this contact. Pick one, or map a Contact ID.' }),
    status: f.choice({ label: 'Status', choices: INVOICE_STATUSES, helpText: 'Only invoices with this status. Any status when blank.' }),
  },
  request: ({ search, contactId, status }, { bundle }) => {
    if (!search && !contactId && !status) throw invalidInput({ key: 'search', label: 'Search' }, 'is required unless Contact or Status is given');
    return { query: { ...altLocation(bundle), search, contactId, status, limit: 10, offset: 0, sortField: 'issueDate', sortOrder: 'descend' } };
  },
  ...invoiceOutputs,
  records: invoiceList,
});
