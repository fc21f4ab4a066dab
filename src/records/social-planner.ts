import { endpoint } from '../endpoint';
import { f } from '../fields';
import { defineRecord, t } from '../record-table';
import { resultsOf } from './social-post';

/**
 * The Social Planner's connected accounts, post categories and post tags
 * (social-media-posting.json), each answered in the `{ success, statusCode, message, results }`
 * envelope: `results.accounts` (`GetAccountSchema`, with `groups` beside it), `results.categories`
 * (`CategorySchema`, `_id`), `results.category` (one), `results.tags` (`SocialMediaTagSchema`, the
 * name in `tag`).
 */
const V = '2021-07-28';
export const listAccountsEndpoint = endpoint('GET', '/social-media-posting/{locationId}/accounts', V, ['socialplanner/account.readonly']);
export const listCategoriesEndpoint = endpoint('GET', '/social-media-posting/{locationId}/categories', V, ['socialplanner/category.readonly']);
// No scope in the spec; docs/oauth/Scopes.md lists the tags routes under socialplanner/tag.readonly.
export const listTagsEndpoint = endpoint('GET', '/social-media-posting/{locationId}/tags', V, ['socialplanner/tag.readonly']);

export const socialAccountTable = defineRecord(
  {
    id: { label: 'Account ID', type: t.text, sample: 've9EPM428h8vShlRW1KT_110552314125325_page', important: true },
    name: { label: 'Account Name', type: t.text, sample: 'Sunrise Dental Austin', important: true },
    platform: { label: 'Platform', type: t.text, sample: 'facebook', important: true },
    type: { label: 'Account Type', type: t.text, sample: 'page' },
    profileId: { label: 'Profile ID', type: t.text, sample: '110552314125325' },
    oauthId: { label: 'OAuth ID', type: t.text, sample: '65fac2f1d599990d1313c0aa' },
    isExpired: { label: 'Connection Expired', type: t.boolean, sample: false },
    expire: { label: 'Connection Expires At', type: t.datetime, sample: '2025-06-11T19:29:59.785Z' },
  },
  { name: 'social account' },
);
export const socialAccountList = (body: unknown) => socialAccountTable.list('accounts', 'the social account list')(resultsOf(body));

export const socialCategoryTable = defineRecord(
  {
    id: { label: 'Category ID', type: t.text, from: ['_id', 'id'], sample: '65f151c99bc2bf3aaf970d70', important: true },
    name: { label: 'Category Name', type: t.text, sample: 'Promotions', important: true },
    primaryColor: { label: 'Color', type: t.text, sample: '#32a852' },
    secondaryColor: { label: 'Secondary Color', type: t.text, sample: '#e8f5ea' },
    createdBy: { label: 'Created By (User ID)', type: t.text, sample: 'Lx1EI6YIgQYMQi0ytFXv' },
    deleted: { label: 'Deleted', type: t.boolean, sample: false },
    locationId: { label: 'Location ID', type: t.text, sample: 've9EPM428h8vShlRW1KT' },
    createdAt: { label: 'Created At', type: t.datetime, sample: '2025-03-01T10:00:00.000Z' },
    updatedAt: { label: 'Updated At', type: t.datetime, sample: '2025-03-01T10:00:00.000Z' },
  },
  { name: 'social post category' },
);
export const socialCategoryList = (body: unknown) => socialCategoryTable.list('categories', 'the social post category list')(resultsOf(body));
export const socialCategoryRecord = (body: unknown) => socialCategoryTable.one('category', 'the social post category')(resultsOf(body));

export const socialTagTable = defineRecord(
  {
    id: { label: 'Tag ID', type: t.text, from: ['_id', 'id'], sample: '65f151c99bc2bf3aaf970d72' },
    name: { label: 'Tag', type: t.text, from: ['tag', 'name'], sample: 'spring-offer' },
  },
  { name: 'social post tag' },
);
export const socialTagList = (body: unknown) => socialTagTable.list('tags', 'the social post tag list')(resultsOf(body));

export const socialAccountsField = (helpText: string, required: boolean) =>
  required
    ? f.list({ label: 'Accounts', required: true, dynamic: 'socialAccountDropdown.id.name', helpText })
    : f.list({ label: 'Accounts', dynamic: 'socialAccountDropdown.id.name', helpText });
export const socialCategoryField = (helpText: string) =>
  f.id({ label: 'Category', dynamic: 'socialCategoryDropdown.id.name', helpText });
export const socialTagsField = (helpText: string) =>
  f.list({ label: 'Tags', dynamic: 'socialTagDropdown.id.name', helpText });
