import type { Create } from 'zapier-platform-core';
import uploadCustomFieldFile from './upload-custom-field-file';

/** The Forms & Surveys creates. */
export const forms: Create[] = [uploadCustomFieldFile];
