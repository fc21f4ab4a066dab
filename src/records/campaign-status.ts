import { defineRecord, t } from '../record-table';

/**
 * A contact's status in a campaign, as the CampaignStatusUpdate event gives it
 * (docs/webhook-events/CampaignStatusUpdate.md: id, contactId, status, templateId, replied,
 * dateAdded). No API endpoint answers it. Decision: the event names no campaign field but
 * `templateId`, which is read as the campaign's ID (the Campaign dropdown's value).
 */
export const campaignStatusTable = defineRecord(
  {
    id: { label: 'Campaign Status ID', type: t.text, sample: '2hxvXh8Fjc69SvujEWMD' },
    campaignId: { label: 'Campaign ID', type: t.text, from: ['templateId', 'campaignId'], sample: 'Y2I9XM7aO1hncuSOlc9L' },
    contactId: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
    status: { label: 'Campaign Status', type: t.text, sample: 'paused' },
    replied: { label: 'Replied', type: t.text, sample: 'Yes, please mail me the spring catalogue.' },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    dateAdded: { label: 'Date Added', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
  },
  { name: 'campaign status' },
);
