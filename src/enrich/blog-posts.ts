import { defineRecord } from '../record-table';
import { postTable } from '../records/blog';
import { authorNameField, categoryNamesField, withAuthorNames, withCategoryNames } from './kinds';
import { chain, enriched, enrichedAnswer } from './names';

/**
 * Blog posts with their author's name and their categories' names next to the IDs (one author
 * list and one category list per step at most, cached; best effort after a write).
 */
const namedPostTable = defineRecord({ ...postTable.fields, ...authorNameField, ...categoryNamesField }, { name: 'blog post' });
const names = (bestEffort: boolean) => chain(withAuthorNames({ bestEffort }), withCategoryNames({ bestEffort }));

export const namedPostList = namedPostTable.list('blogs', 'the blog post list');
export const namedPostOutputs = enriched(namedPostTable.outputs, names(false));
export const namedPostShape = namedPostTable.shape;
export const createdNamedPostAnswer = enrichedAnswer(namedPostTable.answer('data', 'the new blog post'), names(true));
export const updatedNamedPostAnswer = enrichedAnswer(namedPostTable.answer('updatedBlogPost', 'the blog post update'), names(true));
