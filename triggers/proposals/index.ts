import type { Trigger } from 'zapier-platform-core';
import documentTemplateDropdown from '../dropdowns/document-templates';
import documentDropdown from '../dropdowns/documents';
import newDocument from './new-document';

/** The Documents & Contracts triggers, then their hidden dropdown sources. */
export const proposals: Trigger[] = [newDocument, documentDropdown, documentTemplateDropdown];
