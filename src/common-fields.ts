import { f, type FieldSpec } from './fields';

/**
 * Field builders shared by many operations: the ID inputs with their dynamic dropdowns.
 * The dropdown triggers live in triggers/dropdowns/ and are referenced by key.
 */
export const contactField = (helpText = 'The contact. Pick one, or map a Contact ID from an earlier step.') =>
  f.id({ label: 'Contact', required: true, dynamic: 'contactDropdown.id.name', search: 'findContact.id', helpText });

export function userField(label: string, helpText: string): FieldSpec<string | undefined>;
export function userField(label: string, helpText: string, required: true): FieldSpec<string>;
export function userField(label: string, helpText: string, required?: true) {
  return required
    ? f.id({ label, required: true, dynamic: 'userDropdown.id.name', helpText })
    : f.id({ label, dynamic: 'userDropdown.id.name', helpText });
}

export const taskField = () =>
  f.id({
    label: 'Task',
    required: true,
    dynamic: 'taskDropdown.id.name',
    helpText: 'A task of the contact above. Pick one, or map a Task ID from an earlier step.',
  });

export const noteField = () =>
  f.id({
    label: 'Note',
    required: true,
    dynamic: 'noteDropdown.id.name',
    helpText: 'A note of the contact above. Pick one, or map a Note ID from an earlier step.',
  });

export const campaignField = () =>
  f.id({
    label: 'Campaign',
    required: true,
    dynamic: 'campaignDropdown.id.name',
    helpText: 'The campaign. Pick one, or map a Campaign ID.',
  });

export const workflowField = () =>
  f.id({
    label: 'Workflow',
    required: true,
    dynamic: 'workflowDropdown.id.name',
    helpText: 'The workflow. Pick one, or map a Workflow ID.',
  });

export const businessField = (required = true) =>
  required
    ? f.id({ label: 'Business', required: true, dynamic: 'businessDropdown.id.name', search: 'findBusiness.id', helpText: 'The business. Pick one, or map a Business ID.' })
    : f.id({ label: 'Business', dynamic: 'businessDropdown.id.name', search: 'findBusiness.id', helpText: 'The business. Pick one, or map a Business ID.' });

/**
 * Tags as contacts carry them (by name): a list, or comma-separated text, with the location's
 * tags as a dropdown (`tagDropdown.name.name`); a name not in the list is accepted (HighLevel
 * creates the tag).
 */
export function tagsField(required: true, helpText: string): FieldSpec<string[]>;
export function tagsField(required: false, helpText: string): FieldSpec<string[] | undefined>;
export function tagsField(required: boolean, helpText: string): FieldSpec<string[] | undefined> {
  const help = `${helpText} Pick from the location's tags, or type new ones.`;
  const spec = required ? f.list({ label: 'Tags', required: true, helpText: help }) : f.list({ label: 'Tags', helpText: help });
  return { field: { ...spec.field, dynamic: 'tagDropdown.name.name' }, get schema() { return spec.schema; } };
}

/**
 * One tag by name, as a filter (the instant tag triggers): the location's tags as a dropdown
 * (`tagDropdown.name.name`), any other text accepted (a tag not created yet, or mapped).
 */
export function tagFilterField(helpText: string): FieldSpec<string | undefined> {
  const spec = f.text({ label: 'Tag', helpText: `${helpText} Pick from the location's tags, or type one.` });
  return { field: { ...spec.field, dynamic: 'tagDropdown.name.name' }, get schema() { return spec.schema; } };
}
