import { endpoint } from '../endpoint';
import { defineRecord, t } from '../record-table';

/** Lost reasons (GET /opportunities/lost-reason): the Lost Reason dropdown and the lost reason names. */
export const lostReasonsEndpoint = endpoint('GET', '/opportunities/lost-reason', '2021-07-28', ['opportunities.readonly']);
export const lostReasonTable = defineRecord(
  {
    id: { label: 'Lost Reason ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    name: { label: 'Lost Reason', type: t.text, sample: 'Chose a competitor' },
  },
  { name: 'lost reason' },
);
export const lostReasonList = lostReasonTable.list('lostReasons', 'the lost reason list');
