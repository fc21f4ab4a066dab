import { assignedUserNameField, withUserNames } from '../enrich/kinds';
import { calendarNameField, chain, enriched, withCalendarNames } from '../enrich/names';
import { defineRecord, t } from '../record-table';

/**
 * Appointments as GET /contacts/{contactId}/appointments answers them. HighLevel writes their times
 * as "2021-07-16 11:00:00" in some answers (no offset); those are passed through unchanged rather
 * than guessed into a timezone. The calendar endpoints' richer event (event.ts) adds to these fields.
 */
export const appointmentFields = {
  id: { label: 'Appointment ID', type: t.text, sample: 'YS3jaqqeehkR2Is80miy' },
  title: { label: 'Title', type: t.text, sample: 'Consultation with Rosa Delgado' },
  calendarId: { label: 'Calendar ID', type: t.text, sample: 'YlWd2wuCAZQzh2cH1fVZ' },
  contactId: { label: 'Contact ID', type: t.text, sample: 'seD4PfOuKoVMLkEZqohJ' },
  status: { label: 'Appointment Status', type: t.text, from: ['appointmentStatus', 'status'], sample: 'confirmed' },
  startTime: { label: 'Start Time', type: t.datetime, sample: '2025-03-20T15:00:00-05:00' },
  endTime: { label: 'End Time', type: t.datetime, sample: '2025-03-20T15:30:00-05:00' },
  assignedUserId: { label: 'Assigned User ID', type: t.text, sample: 'y0BeYjuRIlDwsDcOHOJo' },
  address: { label: 'Address / Meeting Link', type: t.text, sample: 'https://meet.example.com/rosa' },
  notes: { label: 'Notes', type: t.text, sample: 'Bring the postcard proofs.' },
  groupId: { label: 'Calendar Group ID', type: t.text, sample: null },
  locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  dateAdded: { label: 'Date Booked', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
  dateUpdated: { label: 'Date Updated', type: t.datetime, sample: '2025-03-14T15:04:05.000Z' },
};

/** A contact's appointments with their calendar's and assigned user's names (one request per kind at most, cached). */
export const appointmentTable = defineRecord({ ...appointmentFields, ...calendarNameField, ...assignedUserNameField }, { name: 'appointment' });
export const appointmentList = appointmentTable.list('events', 'the appointment list');
export const appointmentOutputs = enriched(appointmentTable.outputs, chain(withCalendarNames, withUserNames('assignedUserId', 'assignedUserName')));
