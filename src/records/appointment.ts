import type { PlainOutputField } from 'zapier-platform-core';
import { each, type Flat } from '../operation';
import { Appointment, listOf, parseResponse } from '../schemas';

/**
 * HighLevel writes appointment times as "2021-07-16 11:00:00" in some answers (no offset);
 * those are passed through unchanged rather than guessed into a timezone.
 */
export const flattenAppointment = (a: Appointment): Flat => ({
  id: a.id,
  title: a.title ?? null,
  calendarId: a.calendarId ?? null,
  contactId: a.contactId ?? null,
  status: a.appointmentStatus ?? a.status ?? null,
  startTime: a.startTime ?? null,
  endTime: a.endTime ?? null,
  assignedUserId: a.assignedUserId ?? null,
  address: a.address ?? null,
  notes: a.notes ?? null,
  groupId: a.groupId ?? null,
  locationId: a.locationId ?? null,
  dateAdded: a.dateAdded ?? null,
  dateUpdated: a.dateUpdated ?? null,
});

export const appointmentsOutput = each(flattenAppointment);
export const appointmentList = (body: unknown): Appointment[] =>
  parseResponse(listOf('events', Appointment), body, 'the appointment list');

export const appointmentOutputFields: PlainOutputField[] = [
  { key: 'id', label: 'Appointment ID' },
  { key: 'title', label: 'Title' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'status', label: 'Appointment Status' },
  { key: 'startTime', label: 'Start Time' },
  { key: 'endTime', label: 'End Time' },
  { key: 'assignedUserId', label: 'Assigned User ID' },
  { key: 'address', label: 'Address / Meeting Link' },
  { key: 'notes', label: 'Notes' },
  { key: 'groupId', label: 'Calendar Group ID' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'dateAdded', label: 'Date Booked' },
  { key: 'dateUpdated', label: 'Date Updated' },
];

export const appointmentSample: Flat = {
  id: 'YS3jaqqeehkR2Is80miy',
  title: 'Consultation with Rosa Delgado',
  calendarId: 'YlWd2wuCAZQzh2cH1fVZ',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  status: 'confirmed',
  startTime: '2025-03-20T15:00:00-05:00',
  endTime: '2025-03-20T15:30:00-05:00',
  assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
  address: 'https://meet.example.com/rosa',
  notes: 'Bring the postcard proofs.',
  groupId: null,
  locationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2025-03-14T15:04:05.000Z',
  dateUpdated: '2025-03-14T15:04:05.000Z',
};
