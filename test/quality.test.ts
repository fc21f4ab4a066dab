import fs from 'node:fs';
import path from 'node:path';
import app from '../index';
import { markSkipped, SPEC_DIR } from './support/spec';

/**
 * Zapier's quality rules, in ONE place: every trigger, action and search of the built app is
 * walked and each rule names the operation (and field) that breaks it. New operations must
 * pass this file (`npx jest test/quality.test.ts`).
 *
 * Sources (ids as Zapier gives them):
 * - Integration checks reference (docs.zapier.com/platform/publish/integration-checks-reference):
 *   D004 ID fields have dynamic dropdowns, D008 links are markdown links or in backticks,
 *   D010 polling samples have an `id`, D011 no redundant help text, D014 a search connector
 *   comes with a dropdown, D018 title-cased labels, D021 trigger descriptions "Triggers when ...".
 * - Integration build guidelines (docs.zapier.com/platform/publish/integration-build-guidelines),
 *   "Action/Search design and copy", "Sample data", "Output fields", "Delete actions",
 *   "Ordering": action descriptions start with a third-person verb, search descriptions with
 *   "Finds", no app name, ending with a period; samples without custom fields; labelled
 *   outputs; deletes say they cannot be undone; required inputs first; searches fill IDs.
 *
 * Adopted where they do not contradict the catalog's labels (`../shared/catalog`): the catalog
 * says "Get Contact" where the guidelines prefer "Find"; those labels stay (only their casing
 * follows D018, which the catalog coverage tool matches case-insensitively).
 */

interface Field {
  key: string;
  label?: string;
  helpText?: string;
  required?: boolean;
  dynamic?: string;
  search?: string;
  list?: boolean;
  /** A line-item group's columns (Zapier allows no help text on the group itself). */
  children?: Field[];
}
interface Op {
  key: string;
  noun: string;
  display: { label: string; description: string; hidden?: boolean };
  operation: { type?: string; inputFields?: unknown[]; outputFields?: unknown[]; sample?: Record<string, unknown> };
}
type Kind = 'triggers' | 'creates' | 'searches';
const KINDS: Kind[] = ['triggers', 'creates', 'searches'];
const all = KINDS.flatMap((kind) => Object.values(app[kind] as Record<string, Op>).map((op) => ({ kind, op, name: `${kind}.${op.key}` })));
const visible = all.filter(({ op }) => !op.display.hidden);
const fieldsOf = (op: Op): Field[] => (op.operation.inputFields ?? []).filter((f): f is Field => typeof f === 'object' && f !== null);
const outputsOf = (op: Op): Field[] => (op.operation.outputFields ?? []).filter((f): f is Field => typeof f === 'object' && f !== null);

/** Runs `check` on every item and expects no problem: the failure lists `operation: problem`. */
function rule<T extends { name: string }>(items: T[], check: (item: T) => string[] | string | null): void {
  const problems = items.flatMap((item) => {
    const r = check(item);
    return (Array.isArray(r) ? r : r ? [r] : []).map((p) => `${item.name}: ${p}`);
  });
  expect(problems).toEqual([]);
}

/* ---------------------------------------------------------------------------------------- */
/* Descriptions                                                                               */
/* ---------------------------------------------------------------------------------------- */

const APP_NAME = /\b(HighLevel|GoHighLevel|GHL|LeadConnector)\b/i;
/** Sentences, not counting the dots of abbreviations and decimals. */
const sentences = (s: string): number => s.replace(/\b(e\.g|i\.e|etc|vs)\./gi, '$1').split(/[.!?](?=\s|$)/).filter((p) => p.trim()).length;
/** A third-person verb: "Creates", "Adds", "Sends", "Finds" (not "Create", "Add", "Send"). */
const THIRD_PERSON = /^[A-Z][a-z]+(s|es)\b/;

describe('descriptions', () => {
  test('D021: trigger descriptions start "Triggers when " and end with a period', () => {
    rule(all.filter((o) => o.kind === 'triggers'), ({ op }) => (/^Triggers when .*\.$/s.test(op.display.description) ? null : `"${op.display.description}"`));
  });
  test('action descriptions start with a third-person verb ("Creates ...", "Adds ...") and end with a period', () => {
    rule(all.filter((o) => o.kind === 'creates'), ({ op }) => {
      const d = op.display.description;
      return THIRD_PERSON.test(d) && !/^(Triggers|Finds)\b/.test(d) && d.endsWith('.') ? null : `"${d}"`;
    });
  });
  test('search descriptions start "Finds " and end with a period', () => {
    rule(all.filter((o) => o.kind === 'searches'), ({ op }) => (/^Finds .*\.$/s.test(op.display.description) ? null : `"${op.display.description}"`));
  });
  test('descriptions are one or two sentences', () => {
    rule(all, ({ op }) => (sentences(op.display.description) <= 2 ? null : `${sentences(op.display.description)} sentences: "${op.display.description}"`));
  });
  test('descriptions do not name the app', () => {
    rule(all, ({ op }) => (APP_NAME.test(op.display.description) ? `"${op.display.description}"` : null));
  });
  test('delete actions say that they cannot be undone', () => {
    rule(all.filter((o) => o.kind === 'creates' && /^delete/i.test(o.op.key)), ({ op }) => (/cannot be undone/i.test(op.display.description) ? null : `"${op.display.description}"`));
  });
});

/* ---------------------------------------------------------------------------------------- */
/* Labels                                                                                     */
/* ---------------------------------------------------------------------------------------- */

/** Zapier's title case (D018): every word starts with a capital ("Remove Tags From Contact"). */
const titleCase = (label: string): string => label.replace(/(^|[\s(/-])([a-z])/g, (_m, pre: string, c: string) => pre + c.toUpperCase());

const CATALOG = path.resolve(SPEC_DIR, '../catalog/operations.json');
const catalog = fs.existsSync(CATALOG) ? (JSON.parse(fs.readFileSync(CATALOG, 'utf8')) as { label: string }[]) : null;
if (!catalog) markSkipped(CATALOG, 'the check that labels outside the catalog start with a verb');
const sameLabel = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** Verbs a label that is not the catalog's starts with (the catalog's labels stay as they are). */
const LABEL_VERBS = /^(Add|Archive|Book|Cancel|Check|Complete|Create|Delete|Download|Find|Get|List|Mark|Move|Record|Remove|Rename|Reply|Send|Set|Update|Upload|Upsert|Validate|Void)\b/;
/** Non-catalog labels that follow Zapier's own naming for the kind instead (its "API Request" actions). */
const LABEL_EXCEPTIONS = new Set(['creates.apiRequest']);

/** Search-or-create pairs carry their own label and description (shown as "Find or create" steps). */
const pairs = Object.values(app.searchOrCreates as Record<string, { key: string; display: { label: string; description: string } }>).map((p) => ({ name: `searchOrCreates.${p.key}`, display: p.display }));

describe('labels', () => {
  test('search-or-create labels are title-cased and their descriptions start "Finds "', () => {
    rule(pairs, ({ display }) =>
      titleCase(display.label) === display.label && /^Finds .*\.$/s.test(display.description) && !APP_NAME.test(display.description) ? null : `"${display.label}": "${display.description}"`,
    );
  });
  test('D018: labels are in title case', () => {
    rule(all, ({ op }) => (titleCase(op.display.label) === op.display.label ? null : `"${op.display.label}" should be "${titleCase(op.display.label)}"`));
  });
  test('nouns are title-cased and singular, one noun per record kind ("Contact", "Custom Field")', () => {
    rule(all, ({ op }) => (titleCase(op.noun) === op.noun && !/(?<![sui])s$/.test(op.noun) ? null : `noun "${op.noun}"`));
  });
  (catalog ? test : test.skip)('actions and searches that are not in the catalog have a verb-first label', () => {
    rule(
      visible.filter((o) => o.kind !== 'triggers' && !LABEL_EXCEPTIONS.has(o.name) && !catalog!.some((c) => sameLabel(c.label, o.op.display.label))),
      ({ op }) => (LABEL_VERBS.test(op.display.label) ? null : `"${op.display.label}"`),
    );
  });
});

/* ---------------------------------------------------------------------------------------- */
/* Input fields                                                                               */
/* ---------------------------------------------------------------------------------------- */

const isIdInput = (f: Field) => /\bIDs?\b/.test(f.label ?? '') || /[a-z]Ids?$/.test(f.key);
/**
 * ID inputs with no dropdown, each with the reason no list endpoint can feed one (D004 asks for
 * a dropdown wherever one can exist).
 */
const NO_LIST: Record<string, string> = {
  emailMessageId: 'email message IDs come with a message (its "Email Message IDs"); no endpoint lists email messages',
  companyId: 'the agency of the connection; no endpoint lists companies',
  visitorId: 'live chat visitors are not listed by any endpoint; the ID comes with the chat message',
  templateId: "Send Message's message template (e.g. an approved WhatsApp template): GET /locations/{id}/templates lists them but requires an originId the spec leaves unexplained, so no dropdown is guessed (calendar notifications' email template has the Email Template dropdown)",
  additionalEmailIds: 'email addresses, not IDs (HighLevel names the field ...EmailIds)',
  conversationProviderId: 'conversation providers (custom channels) are set up in the marketplace app; no endpoint lists them',
  altId: "the message's ID in the other system it came from (External Message ID), not a HighLevel record",
  paymentMethodId: 'a saved card or bank account at the payment provider (e.g. Stripe pm_...); no HighLevel endpoint lists them',
  customerId: 'the contact\'s customer ID at the payment provider (e.g. Stripe cus_...); no HighLevel endpoint lists them',
};
/** Searches that find a record by something a Zap has (email, phone, name) and return its ID (D014, build guidelines "ID fields"). */
/**
 * Every "Find X" search and the dropdown of the same record (`xDropdown`; "Find Social Posts" ->
 * `socialPostDropdown`), except searches that need the ID itself (Find Location By ID).
 */
const NEEDS_THE_ID = new Set(['findLocation']);
const SEARCH_FOR: Record<string, string> = Object.fromEntries(
  Object.values(app.searches as Record<string, Op>).flatMap((s) => {
    const noun = /^find(.+)$/.exec(s.key)?.[1];
    if (!noun || NEEDS_THE_ID.has(s.key)) return [];
    const dropdown = [noun, noun.replace(/s$/, '')].map((n) => `${n[0]!.toLowerCase()}${n.slice(1)}Dropdown`).find((d) => d in (app.triggers as Record<string, Op>));
    return dropdown ? [[dropdown, `${s.key}.id`]] : [];
  }),
);
const dropdownOf = (f: Field) => f.dynamic?.split('.')[0];

/** Words a help text may share with its label and still say nothing new. */
const FILLER = new Set('a an the of for to in on at by with and or this that its it is be are as from your you which'.split(' '));
const words = (s: string) => s.toLowerCase().replace(/'s\b/g, '').replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter((w) => w && !FILLER.has(w));
/** Help text that adds something: at least two words the label does not have (D011, "Help texts"). */
const addsInformation = (f: Field): boolean => {
  // A line-item group carries its help text on its first column (Zapier's schema forbids it on the group).
  if (f.children?.length) return addsInformation(f.children[0]!);
  const label = new Set(words(f.label ?? '').flatMap((w) => [w, w.replace(/s$/, '')]));
  return words(f.helpText ?? '').filter((w) => !label.has(w) && !label.has(w.replace(/s$/, ''))).length >= 2;
};
/** A URL outside backticks and outside a markdown link (D008). */
const bareUrl = (s: string): string | null => {
  const stripped = s.replace(/`[^`]*`/g, '').replace(/\[[^\]]*\]\([^)]*\)/g, '');
  return /(https?:\/\/|www\.)\S+/i.exec(stripped)?.[0] ?? null;
};

describe('input fields', () => {
  test('D004: every ID input a list endpoint can supply has a dynamic dropdown', () => {
    rule(visible, ({ op }) => fieldsOf(op).filter((f) => isIdInput(f) && !f.dynamic && !NO_LIST[f.key]).map((f) => `${f.key} ("${f.label}") has no dropdown`));
  });
  test('inputs with a dropdown are labelled by the record, not "... ID" (build guidelines, "ID fields")', () => {
    rule(visible, ({ op }) => fieldsOf(op).filter((f) => f.dynamic && /\bIDs?\b/.test(f.label ?? '')).map((f) => `${f.key}: "${f.label}"`));
  });
  test('D014: a search connector comes with a dynamic dropdown', () => {
    rule(all, ({ op }) => fieldsOf(op).filter((f) => f.search && !f.dynamic).map((f) => `${f.key} has search but no dynamic`));
  });
  test('ID inputs of actions that a search can fill name that search (search: "findX.id")', () => {
    // Every Find search with a dropdown of its record counts, not only contacts, businesses and opportunities.
    expect(Object.keys(SEARCH_FOR).length).toBeGreaterThanOrEqual(17);
    rule(visible.filter((o) => o.kind === 'creates'), ({ op }) =>
      fieldsOf(op)
        // A search step returns one record, so lists of IDs (pick several) have the dropdown only.
        .filter((f) => !f.list && SEARCH_FOR[dropdownOf(f) ?? ''] && f.search !== SEARCH_FOR[dropdownOf(f)!])
        .map((f) => `${f.key} should have search: '${SEARCH_FOR[dropdownOf(f)!]}'`),
    );
  });
  test('D011: help texts add information beyond the label', () => {
    rule(visible, ({ op }) => fieldsOf(op).filter((f) => !addsInformation(f)).map((f) => `${f.key}: "${f.label}" / "${f.helpText ?? ''}"`));
  });
  test('required inputs come before optional ones (an optional field a later dropdown depends on stays above it)', () => {
    rule(visible, ({ op }) => {
      const fields = fieldsOf(op);
      // A dependent dropdown reads its parent field (Calendar for the Appointment dropdown), so the parent comes first.
      const triggers = app.triggers as Record<string, Op>;
      const parents = new Set(fields.flatMap((f) => { const source = triggers[dropdownOf(f) ?? '']; return source ? fieldsOf(source).map((p) => p.key) : []; }));
      const firstOptional = fields.findIndex((f) => !f.required && !parents.has(f.key));
      return fields.filter((f, i) => f.required && firstOptional >= 0 && i > firstOptional).map((f) => `${f.key} (required) comes after ${fields[firstOptional]!.key} (optional)`);
    });
  });
  test('D008: example URLs in descriptions and help texts are in backticks (or markdown links)', () => {
    rule(all, ({ op }) => {
      const texts: [string, string][] = [['description', op.display.description], ...fieldsOf(op).map((f): [string, string] => [f.key, f.helpText ?? ''])];
      return texts.flatMap(([where, s]) => {
        const url = bareUrl(s);
        return url ? [`${where}: ${url}`] : [];
      });
    });
  });
});

/* ---------------------------------------------------------------------------------------- */
/* Samples and outputs                                                                        */
/* ---------------------------------------------------------------------------------------- */

/** Keys only some accounts have: custom fields (`custom_...`, `customFields`) and a form's own answers (`field_...`). */
const ACCOUNT_SPECIFIC = /^(custom_|customFields?$|field_)/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;
const DATE_KEY = /(At|Date|Time|date|time|Added|Updated)$/;

describe('samples and outputs', () => {
  test('samples carry no custom fields and no form-specific keys', () => {
    rule(all, ({ op }) => Object.keys(op.operation.sample ?? {}).filter((k) => ACCOUNT_SPECIFIC.test(k)).map((k) => `sample key ${k}`));
  });
  test('every sample key has a labelled output field', () => {
    rule(visible, ({ op }) => {
      const labelled = new Set(outputsOf(op).filter((f) => f.label).map((f) => f.key));
      return Object.keys(op.operation.sample ?? {}).filter((k) => !labelled.has(k)).map((k) => `${k} has no labelled output field`);
    });
  });
  test('D010: polling trigger samples have an id', () => {
    rule(all.filter((o) => o.kind === 'triggers'), ({ op }) => (op.operation.sample && op.operation.sample.id !== undefined && op.operation.sample.id !== '' ? null : 'sample has no id'));
  });
  test('D023: date and time values in samples are ISO 8601 with a time zone', () => {
    rule(all, ({ op }) =>
      Object.entries(op.operation.sample ?? {})
        .filter(([k, v]) => DATE_KEY.test(k) && typeof v === 'string' && v !== '' && /^\d{4}-\d{2}-\d{2}/.test(v) && !ISO_DATE.test(v))
        .map(([k, v]) => `${k}: "${String(v)}"`),
    );
  });
});

test('the rule helpers catch what they claim to', () => {
  expect(bareUrl('The website, e.g. https://example.com.')).toBe('https://example.com.');
  expect(bareUrl('The website, e.g. `https://example.com`.')).toBeNull();
  expect(bareUrl('See [the guide](https://example.com/help).')).toBeNull();
  expect(addsInformation({ key: 'contactId', label: 'Contact', helpText: 'The contact to watch.' })).toBe(false);
  expect(addsInformation({ key: 'firstName', label: 'First Name', helpText: 'The contact\'s first name.' })).toBe(false);
  expect(addsInformation({ key: 'postalCode', label: 'Postal Code', helpText: 'ZIP or postal code of the address, e.g. 78701.' })).toBe(true);
  expect(sentences('Deletes a note, e.g. an old one. This cannot be undone.')).toBe(2);
  expect(THIRD_PERSON.test('Creates a contact.')).toBe(true);
  expect(THIRD_PERSON.test('Create a contact.')).toBe(false);
  expect(isIdInput({ key: 'locationIds', label: 'Locations' })).toBe(true);
  expect(isIdInput({ key: 'name', label: 'Business Name' })).toBe(false);
});

test('the title case helper: every word capitalized, acronyms kept', () => {
  expect(titleCase('Remove Tags from Contact')).toBe('Remove Tags From Contact');
  expect(titleCase('Get Contact Task by ID')).toBe('Get Contact Task By ID');
  expect(titleCase('Contacts (dropdown)')).toBe('Contacts (Dropdown)');
  expect(titleCase('Check Blog URL Slug')).toBe('Check Blog URL Slug');
});
