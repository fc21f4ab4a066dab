import type { AvailabilityScheduleRecord, ExtStore, InvoiceScheduleRecord } from './ext-store';
import { seededIds } from './ids';
import type { SandboxStore } from './store';

/**
 * Demo schedules of a location: a recurring invoice that runs (a monthly membership, one invoice
 * issued) and a draft one (an aligner payment plan), and each of the location's users' weekly
 * availability (Monday to Friday; the first one applied to the location's first calendar).
 */
const DAY = 24 * 3600 * 1000;

export function seedDemoSchedules(store: SandboxStore, ext: ExtStore, loc: string, nowMs: number): void {
  const ids = seededIds(`${loc}/schedules`);
  const iso = (ms: number) => new Date(ms).toISOString();
  const contacts = store.contactsOf(loc).sort((a, b) => a.dateAdded.localeCompare(b.dateAdded));
  const business = store.locations.get(loc)?.business.name ?? '';
  const plans = [
    { name: 'Smile membership (monthly)', item: 'Smile membership', amount: 29, status: 'active', rrule: { intervalType: 'monthly', interval: 1, startDate: iso(nowMs - 20 * DAY).slice(0, 10), dayOfMonth: 1, endType: 'never' } },
    { name: 'Aligner payment plan', item: 'Clear aligner treatment (instalment)', amount: 250, status: 'draft', rrule: { intervalType: 'monthly', interval: 1, startDate: iso(nowMs + 10 * DAY).slice(0, 10), dayOfMonth: 15, endType: 'after', count: 12 } },
  ] as const;
  for (const [i, p] of plans.entries()) {
    const c = contacts[i];
    if (!c) continue;
    const at = iso(nowMs - (20 - i * 5) * DAY);
    const schedule: InvoiceScheduleRecord = {
      _id: ids.objectId(), altId: loc, altType: 'location', status: p.status, liveMode: true, name: p.name, title: 'INVOICE', termsNotes: 'Thank you for choosing us.',
      currency: 'USD', contactDetails: { id: c.id, name: c.name ?? '', email: c.email ?? '', phoneNo: c.phone ?? '' }, businessDetails: { name: business },
      discount: { type: 'percentage', value: 0 }, items: [{ _id: ids.objectId(), name: p.item, currency: 'USD', qty: 1, amount: p.amount }], total: p.amount,
      schedule: { rrule: { ...p.rrule } }, invoices: p.status === 'active' ? [{ _id: ids.objectId(), status: 'sent', total: p.amount, issueDate: iso(nowMs - 15 * DAY).slice(0, 10) }] : [],
      createdAt: at, updatedAt: at,
    };
    ext.invoiceSchedules.set(schedule._id, schedule);
  }
  const calendar = [...store.calendars.values()].find((k) => k.locationId === loc);
  const users = [...store.users.values()].filter((u) => u.roles.locationIds.includes(loc) && !u.deleted);
  for (const [i, u] of users.entries()) {
    const at = iso(nowMs - (30 - i) * DAY);
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => ({ type: 'wday' as const, day, intervals: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }] }));
    const s: AvailabilityScheduleRecord = {
      id: ids.id(), locationId: loc, userId: u.id, name: `${u.firstName || u.name} working hours`, timezone: store.locations.get(loc)?.timezone ?? 'America/Chicago',
      rules: weekdays, calendarIds: i === 0 && calendar ? [calendar.id] : [], deleted: false, dateAdded: at, dateUpdated: at,
    };
    ext.availabilitySchedules.set(s.id, s);
  }
}
