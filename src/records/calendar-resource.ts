import type { Ctx } from '../client';
import { endpoint } from '../endpoint';
import { invalidInput } from '../errors';
import { f } from '../fields';
import { fingerprint, type Mapper } from '../operation';
import { defineRecord, t, type Output } from '../record-table';
import { field, inputText, wholeNumber } from './step-input';

/** Calendar resources (rooms and equipment): the record table, the inputs, the counts rule. */

const V = '2021-04-15' as const;

export const RESOURCE_TYPES = { equipments: 'Equipment', rooms: 'Room' } as const;
export type ResourceType = keyof typeof RESOURCE_TYPES;

export const resourceTypeField = () =>
  f.choice({
    label: 'Resource Type',
    required: true,
    choices: RESOURCE_TYPES,
    helpText: 'Equipment (e.g. a massage table) or a room (e.g. a yoga studio).',
  });

export const resourceField = (helpText: string) =>
  f.id({ label: 'Resource', required: true, dynamic: 'calendarResourceDropdown.id.name', helpText });

export const resourcesEndpoint = endpoint('GET', '/calendars/resources/{resourceType}', V, ['calendars/resources.readonly']);

/**
 * The spec's resource DTOs carry no id; the live API's `id`/`_id` is read when present, else the
 * step's own Resource input, else (a list item without any) a content fingerprint.
 */
export const resourceTable = defineRecord(
  {
    id: { label: 'Resource ID', type: t.text, from: ['id', '_id'], sample: 'Gk8dYbQ4HvPw2TzL1mNc' },
    name: { label: 'Name', type: t.text, sample: 'Yoga studio' },
    resourceType: { label: 'Resource Type', type: t.text, sample: 'rooms' },
    description: { label: 'Description', type: t.text, sample: 'Second floor, 20 mats' },
    isActive: { label: 'Active', type: t.boolean, sample: true },
    quantity: { label: 'Quantity', type: t.number, sample: 1 },
    outOfService: { label: 'Out of Service', type: t.number, sample: 0 },
    capacity: { label: 'Capacity', type: t.number, sample: 20 },
    calendarIds: { label: 'Service Calendar IDs', type: t.strings, sample: ['YlWd2wuCAZQzh2cH1fVZ'] },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
  },
  { name: 'resource', missingId: fingerprint },
);
export type CalendarResource = Output<typeof resourceTable.fields>;

export const resourceList = resourceTable.list('', 'the resource list');
export const resourceRecord = resourceTable.one('', 'the resource request');

const output: Mapper<CalendarResource> = async (rows, ctx: Ctx) =>
  (await resourceTable.output(rows, ctx)).map((r, i) => ({
    ...r,
    id: rows[i] && resourceTable.hadId(rows[i]) ? r.id : (inputText(ctx, 'id') ?? r.id),
    resourceType: r.resourceType ?? inputText(ctx, 'resourceType'),
  }));
export const resourceOutputs = { ...resourceTable.outputs, output };
/** The answer of a resource write (the bare resource) -> its flat output. */
export const resourceAnswer = async (body: unknown, ctx: Ctx) => (await output([resourceRecord(body)], ctx))[0] ?? {};

/** Resource details shared by create and update (all optional here; Create makes name, description and calendars required). */
export const resourceDetailInputs = {
  quantity: f.number({ label: 'Quantity', helpText: 'How many of this equipment exist (equipment only; 1 when empty on create).' }),
  outOfService: f.number({ label: 'Out of Service', helpText: 'How many of them are out of service (0 when empty on create).' }),
  capacity: f.number({ label: 'Capacity', helpText: 'How many people the room holds (rooms only; 1 when empty on create).' }),
};

/** Counts checked, and HighLevel's rule that one equipment serves one service calendar. */
export function resourceCounts(
  type: ResourceType,
  input: { quantity?: number; outOfService?: number; capacity?: number; calendarIds?: string[] },
): { quantity?: number; outOfService?: number; capacity?: number } {
  const quantity = wholeNumber(input.quantity, field('quantity', 'Quantity'), 0);
  const outOfService = wholeNumber(input.outOfService, field('outOfService', 'Out of Service'), 0);
  const capacity = wholeNumber(input.capacity, field('capacity', 'Capacity'), 0);
  if (quantity !== undefined && outOfService !== undefined && outOfService > quantity) {
    throw invalidInput(field('outOfService', 'Out of Service'), `cannot be more than the Quantity (${quantity})`);
  }
  if (type === 'equipments' && input.calendarIds && input.calendarIds.length > 1) {
    throw invalidInput(field('calendarIds', 'Service Calendars'), 'must be one calendar for equipment: HighLevel maps one equipment to one service calendar');
  }
  return { quantity, outOfService, capacity };
}
