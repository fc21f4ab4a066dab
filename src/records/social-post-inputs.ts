import { f } from '../fields';
import { mediaOf, POST_TYPES } from './social-post';
import { socialCategoryField, socialTagsField } from './social-planner';

/**
 * The content inputs of Create / Update Social Post (CreatePostDTO and PostCreateRequest share
 * them), with help texts saying what a blank one means for each action.
 */
export const postContentInputs = (blank: { text: string; type: string; schedule: string }) => ({
  summary: f.longText({ label: 'Post Text', helpText: `The text of the post (each platform trims it to its own limit, e.g. 280 characters on X). ${blank.text}` }),
  mediaUrls: f.list({ label: 'Media URLs', helpText: `Public URLs of images or videos to attach, e.g. \`https://example.com/smile.jpg\` or a file URL from an earlier step (HighLevel downloads them). ${blank.text}` }),
  type: f.choice({ label: 'Post Type', choices: POST_TYPES, helpText: `A regular post, a story or a reel (stories and reels need media). ${blank.type}` }),
  scheduleDate: f.datetime({ label: 'Schedule For', helpText: `When to post, e.g. 2025-04-02T10:00:00-05:00. ${blank.schedule}` }),
  categoryId: socialCategoryField(`The Social Planner category of the post, e.g. Promotions. ${blank.text}`),
  tags: socialTagsField(`Social Planner tags of the post (pick them, or map Tag IDs). ${blank.text}`),
  followUpComment: f.text({ label: 'First Comment', helpText: `A comment posted right after the post (not on TikTok or Google Business; at most 280 characters on X). ${blank.text}` }),
});

type ContentInput = {
  accountIds?: string[];
  summary?: string;
  mediaUrls?: string[];
  categoryId?: string;
  tags?: string[];
  followUpComment?: string;
};

/** The given content fields as the posts endpoints take them (media as `[{ url, type }]`). */
export const postBody = (input: ContentInput) => ({
  ...(input.accountIds ? { accountIds: input.accountIds } : {}),
  ...(input.summary !== undefined ? { summary: input.summary } : {}),
  ...(input.mediaUrls ? { media: mediaOf(input.mediaUrls) } : {}),
  ...(input.categoryId ? { categoryId: input.categoryId } : {}),
  ...(input.tags ? { tags: input.tags } : {}),
  ...(input.followUpComment ? { followUpComment: input.followUpComment } : {}),
});
