import type { Create } from 'zapier-platform-core';
import createMediaFolder from './create-media-folder';
import deleteMediaFile from './delete-media-file';
import renameMediaFile from './rename-media-file';
import uploadMediaFile from './upload-media-file';

/** The Media Library creates (in the order the README table shows them). */
export const medias: Create[] = [uploadMediaFile, createMediaFolder, renameMediaFile, deleteMediaFile];
