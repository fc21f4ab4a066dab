import type { Trigger } from 'zapier-platform-core';
import mediaFolderDropdown from '../dropdowns/media-folders';
import newMediaFile from './new-media-file';

/** The Media Library triggers (in the order the README table shows them). */
export const medias: Trigger[] = [newMediaFile, mediaFolderDropdown];
