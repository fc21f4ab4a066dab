import { contactTextFields, type ContactTextField } from '../src/records/contact-inputs';
import { ApiError, badRequest, compact, opt, req, unprocessable, type Infer, type JsonBody, type Rule } from './http';
import { newId } from './ids';
import type { ContactRecord, CustomFieldRecord, CustomValue, DndChannel, LocationRecord, SandboxStore } from './store';

/**
 * Contacts as HighLevel keeps them: derived lower-case fields, E.164 phones, lower-case tags,
 * custom fields sent as `[{ id | key, field_value }]` and answered as `[{ id, value }]`, and the
 * location's "allow duplicate contact" setting (email, then phone).
 */

/**
 * Body fields of create / upsert / update (spec: CreateContactDto, UpsertContactDto,
 * UpdateContactDto): every text field the app's contact table writes (src/records/contact.ts,
 * one declaration for both), plus the fields with behaviour of their own below and those only
 * the sandbox keeps (gender, DND settings).
 */
const textRules = Object.fromEntries(contactTextFields.map((key) => [key, opt.string()])) as Record<ContactTextField, Rule<'string', false>>;

const contactFields = {
  ...textRules,
  gender: opt.string(),
  dnd: opt.boolean(),
  dndSettings: opt.object(),
  inboundDndSettings: opt.object(),
  tags: opt.stringArray(),
  customFields: opt.array(),
  // Accepted as text, epoch ms or M/D/YYYY (normalizeDate below).
  dateOfBirth: opt.unknown(),
};

export const createContactRules = { ...contactFields, locationId: req.string() };
export const upsertContactRules = { ...contactFields, locationId: req.string(), createNewIfDuplicateAllowed: opt.boolean() };
export const updateContactRules = contactFields;

export type ContactInput = Infer<typeof contactFields>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "+1 512-555-0143", "(512) 555-0143" -> "+15125550143" (US numbers without a country code get +1). */
export function normalizePhone(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  if (raw.trim().startsWith('+')) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`;
  return `+${digits}`;
}

/** Tags are trimmed, lower-cased and unique in HighLevel. */
export const normalizeTags = (tags: readonly string[]): string[] => [
  ...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean)),
];

function normalizeDate(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? new Date(value).toISOString() : '';
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  throw unprocessable(['dateOfBirth must be a valid date']);
}

// ---------------------------------------------------------------------------------------------
// Custom fields

export interface CustomFieldInput {
  id?: unknown;
  key?: unknown;
  field_value?: unknown;
  value?: unknown;
}

/** Resolves a definition by id, or by key ("preferred_mail_day" or "contact.preferred_mail_day"). */
function findDefinition(defs: readonly CustomFieldRecord[], item: CustomFieldInput): CustomFieldRecord | undefined {
  if (typeof item.id === 'string' && item.id) return defs.find((d) => d.id === item.id);
  if (typeof item.key === 'string' && item.key) {
    const key = item.key.includes('.') ? item.key : `${defs[0]?.model ?? 'contact'}.${item.key}`;
    return defs.find((d) => d.fieldKey === key);
  }
  return undefined;
}

/** A value in the type its field keeps; undefined clears the field. */
function coerce(def: CustomFieldRecord, raw: unknown): CustomValue | undefined {
  if (raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0)) return undefined;
  switch (def.dataType) {
    case 'NUMERICAL':
    case 'MONETORY':
    case 'FLOAT': {
      const n = typeof raw === 'number' ? raw : Number(String(raw).replace(/[$,\s]/g, ''));
      if (!Number.isFinite(n)) throw unprocessable([`${def.name} must be a number`]);
      return n;
    }
    case 'CHECKBOX':
    case 'MULTIPLE_OPTIONS':
    case 'TEXTBOX_LIST': {
      const list = (Array.isArray(raw) ? raw : [raw]).map((x) => String(x).trim()).filter(Boolean);
      return list.length ? list : undefined;
    }
    case 'FILE_UPLOAD':
      return typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : String(raw);
    default:
      return Array.isArray(raw) ? raw.map(String).join(', ') : String(raw);
  }
}

/**
 * Merges `[{ id | key, field_value }]` into stored values (fields not mentioned keep their value;
 * an empty value clears one). Values for unknown fields are ignored, as HighLevel does.
 */
export function mergeCustomValues<V extends string>(
  current: readonly ({ id: string } & Record<V, CustomValue>)[],
  input: unknown,
  defs: readonly CustomFieldRecord[],
  valueKey: V,
): ({ id: string } & Record<V, CustomValue>)[] {
  if (input === undefined) return [...current];
  if (!Array.isArray(input)) throw unprocessable(['customFields must be an array']);
  const byId = new Map<string, CustomValue>(current.map((c) => [c.id, c[valueKey] as CustomValue]));
  for (const raw of input) {
    if (typeof raw !== 'object' || raw === null) throw unprocessable(['each value in customFields must be an object']);
    const item = raw as CustomFieldInput;
    const def = findDefinition(defs, item);
    if (!def) continue;
    const value = coerce(def, 'field_value' in item ? item.field_value : item.value);
    if (value === undefined) byId.delete(def.id);
    else byId.set(def.id, value);
  }
  return [...byId].map(([id, value]) => ({ id, [valueKey]: value }) as { id: string } & Record<V, CustomValue>);
}

// ---------------------------------------------------------------------------------------------
// Create / update

/** Text kept as sent (the written text fields but those normalized or split below). */
const SPECIAL = ['name', 'email', 'phone', 'dateOfBirth'] as const;
type PlainText = Exclude<ContactTextField, (typeof SPECIAL)[number]> | 'gender';
const isPlain = (k: ContactTextField): k is Exclude<ContactTextField, (typeof SPECIAL)[number]> => !(SPECIAL as readonly string[]).includes(k);
const STRING_FIELDS: readonly PlainText[] = [...contactTextFields.filter(isPlain), 'gender'];

function dndSettingsFrom(value: JsonBody | undefined, current: Record<string, DndChannel>): Record<string, DndChannel> {
  if (!value) return current;
  const out: Record<string, DndChannel> = { ...current };
  for (const [channel, raw] of Object.entries(value)) {
    if (typeof raw !== 'object' || raw === null) continue;
    const s = raw as { status?: unknown; message?: unknown; code?: unknown };
    if (s.status !== 'active' && s.status !== 'inactive' && s.status !== 'permanent') {
      throw unprocessable([`dndSettings.${channel}.status must be one of the following values: active, inactive, permanent`]);
    }
    out[channel] = compact({ status: s.status, message: typeof s.message === 'string' ? s.message : undefined, code: typeof s.code === 'string' ? s.code : undefined });
  }
  return out;
}

/** Applies a create/update body to a contact (in place) and refreshes the derived fields. */
export function applyContactInput(contact: ContactRecord, input: ContactInput, rawCustomFields: unknown, defs: readonly CustomFieldRecord[], tagsMode: 'replace' | 'keep'): void {
  const set = (key: (typeof STRING_FIELDS)[number] | 'email' | 'phone' | 'dateOfBirth', value: string | undefined | null) => {
    if (value === undefined) return;
    if (value === null || value === '') delete contact[key];
    else contact[key] = value;
  };
  for (const key of STRING_FIELDS) set(key, input[key]);
  if (input.name !== undefined && input.firstName === undefined && input.lastName === undefined) {
    const [first, ...rest] = input.name.trim().split(/\s+/);
    set('firstName', first);
    set('lastName', rest.join(' '));
  }
  if (input.email !== undefined) {
    const email = input.email.trim();
    if (email && !EMAIL.test(email)) throw unprocessable(['email must be an email']);
    set('email', email);
  }
  if (input.phone !== undefined) {
    const phone = input.phone.trim();
    if (phone && phone.replace(/\D/g, '').length < 7) throw unprocessable(['phone must be a valid phone number']);
    set('phone', phone ? normalizePhone(phone) : '');
  }
  if (input.dateOfBirth !== undefined) set('dateOfBirth', normalizeDate(input.dateOfBirth) ?? '');
  if (input.dnd !== undefined) contact.dnd = input.dnd;
  contact.dndSettings = dndSettingsFrom(input.dndSettings, contact.dndSettings);
  if (input.tags !== undefined) contact.tags = tagsMode === 'replace' ? normalizeTags(input.tags) : normalizeTags([...contact.tags, ...input.tags]);
  contact.customFields = mergeCustomValues(contact.customFields, rawCustomFields, defs, 'value');
  refreshDerived(contact);
}

/** name, *LowerCase: kept in step with the fields they come from. */
export function refreshDerived(c: ContactRecord): void {
  const full = [c.firstName, c.lastName].filter(Boolean).join(' ');
  const put = (key: 'name' | 'firstNameLowerCase' | 'lastNameLowerCase' | 'fullNameLowerCase' | 'emailLowerCase', v: string | undefined) => {
    if (v) c[key] = v;
    else delete c[key];
  };
  put('name', full || undefined);
  put('firstNameLowerCase', c.firstName?.toLowerCase());
  put('lastNameLowerCase', c.lastName?.toLowerCase());
  put('fullNameLowerCase', full.toLowerCase() || undefined);
  put('emailLowerCase', c.email?.toLowerCase());
}

/** The order HighLevel's answers list a contact's fields in (readability only). */
const KEY_ORDER: readonly (keyof ContactRecord)[] = [
  'id', 'locationId', 'name', 'firstName', 'lastName', 'firstNameLowerCase', 'lastNameLowerCase', 'fullNameLowerCase',
  'email', 'emailLowerCase', 'phone', 'companyName', 'address1', 'city', 'state', 'postalCode', 'country', 'website',
  'timezone', 'gender', 'dateOfBirth', 'source', 'type', 'assignedTo', 'businessId', 'dnd', 'dndSettings', 'tags',
  'customFields', 'followers', 'additionalEmails', 'attributionSource', 'dateAdded', 'dateUpdated',
];

/** A contact as answered: a deep copy, fields in HighLevel's order. */
export function presentContact(c: ContactRecord): ContactRecord {
  const copy = structuredClone(c);
  const out: Partial<Record<keyof ContactRecord, unknown>> = {};
  for (const key of KEY_ORDER) if (copy[key] !== undefined) out[key] = copy[key];
  return Object.assign(out, copy) as ContactRecord;
}

export function newContact(store: SandboxStore, locationId: string): ContactRecord {
  const now = store.now();
  return {
    id: newId(),
    locationId,
    type: 'lead',
    dnd: false,
    dndSettings: {},
    tags: [],
    customFields: [],
    followers: [],
    additionalEmails: [],
    dateAdded: now,
    dateUpdated: now,
  };
}

/** An existing contact of the location with this email (case-insensitive) or phone, email first. */
export function findMatch(
  store: SandboxStore,
  locationId: string,
  email: string | undefined,
  phone: string | undefined,
  exceptId?: string,
): { contact: ContactRecord; field: 'email' | 'phone' } | undefined {
  const contacts = store.contactsOf(locationId).filter((c) => c.id !== exceptId);
  const e = email?.trim().toLowerCase();
  if (e) {
    const hit = contacts.find((c) => c.emailLowerCase === e);
    if (hit) return { contact: hit, field: 'email' };
  }
  const p = phone?.trim() ? normalizePhone(phone) : undefined;
  if (p) {
    const hit = contacts.find((c) => c.phone === p);
    if (hit) return { contact: hit, field: 'phone' };
  }
  return undefined;
}

/** HighLevel's answer when a write would duplicate a contact in a location that forbids it. */
export function duplicateError(match: { contact: ContactRecord; field: 'email' | 'phone' }): ApiError {
  return badRequest('This location does not allow duplicated contacts.', { meta: { contactId: match.contact.id, matchingField: match.field } });
}

export function assertNoDuplicate(store: SandboxStore, location: LocationRecord, input: ContactInput, exceptId?: string): void {
  if (location.settings.allowDuplicateContact) return;
  const match = findMatch(store, location.id, input.email, input.phone, exceptId);
  if (match) throw duplicateError(match);
}
