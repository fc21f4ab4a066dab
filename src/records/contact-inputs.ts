import { tagsField } from '../common-fields';
import { invalidInput } from '../errors';
import type { FieldSpec, InputOf } from '../fields';
import { contactTable } from './contact';

/**
 * The contact's standard fields as inputs, shared by Create, Update and Upsert Contact so the
 * three offer the same fields with the same validation. They come from the contact table
 * (src/records/contact.ts): every field with an `input` is an input of the same key, in the
 * table's order, and is sent under that key (HighLevel's name in GET /contacts/{id} and in the
 * write bodies alike: CreateContactDto, UpdateContactDto, UpsertContactDto). The sandbox keeps
 * the written fields from the same list (sandbox/contact-model.ts). Custom fields come on top as
 * dynamic inputs (src/custom-fields.ts).
 */
type Fields = typeof contactTable.fields;
/** A table field the contact actions write. */
type Writable = { input: FieldSpec<unknown> };
type WritableKey = { [K in keyof Fields]: Fields[K] extends Writable ? K : never }[keyof Fields];
type ContactInputs = { [K in WritableKey]: Fields[K] extends { input: infer S } ? S : never };

const writable = (Object.entries(contactTable.fields) as [string, Partial<Writable>][]).flatMap(([key, field]) =>
  field.input ? [{ key: key as WritableKey, input: field.input }] : [],
);

export const contactInputs = (tagsHelp: string): ContactInputs => ({
  // Built key by key from the table's writable fields, which the type names: the one place the
  // entries take it.
  ...(Object.fromEntries(writable.map((w) => [w.key, w.input])) as ContactInputs),
  tags: tagsField(false, tagsHelp),
});

export type ContactInput = InputOf<ContactInputs>;

/** The request body's standard fields: only what the user filled in, so an update changes nothing else. */
export function contactBody(input: Partial<Record<WritableKey, unknown>>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const w of writable) {
    const value = input[w.key];
    if (value !== undefined) body[w.key] = value;
  }
  return body;
}

/** A new contact needs something to know it by; HighLevel would accept an empty one. */
export function requireIdentity(input: ContactInput): void {
  if (!input.email && !input.phone && !input.firstName && !input.lastName && !input.name) {
    throw invalidInput({ key: 'email', label: 'Email' }, 'or Phone or a name is required to create a contact');
  }
}

/** What a written field holds, from its input: yes/no, a list, a number or text. */
const kindOf = (input: FieldSpec<unknown>): 'boolean' | 'list' | 'number' | 'text' =>
  input.field.type === 'boolean' ? 'boolean' : input.field.list ? 'list' : input.field.type === 'number' ? 'number' : 'text';

/** The written fields whose value is text (what the sandbox keeps as plain text, as HighLevel does). */
export type ContactTextField = { [K in WritableKey]: ContactInput[K] extends string | undefined ? K : never }[WritableKey];
export const contactTextFields = writable.filter((w) => kindOf(w.input) === 'text').map((w) => w.key as ContactTextField);
/** Every written field, by the key the actions send it under. */
export const contactWrittenFields: readonly WritableKey[] = writable.map((w) => w.key);
