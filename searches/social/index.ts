import type { Search } from 'zapier-platform-core';
import findSocialPosts from './find-social-posts';
import getSocialMediaStatistics from './get-social-media-statistics';
import getSocialPost from './get-social-post';
import getSocialPostCategory from './get-social-post-category';

/** The Social Planner searches. */
export const social: Search[] = [getSocialPost, findSocialPosts, getSocialPostCategory, getSocialMediaStatistics];
