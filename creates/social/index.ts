import type { Create } from 'zapier-platform-core';
import createSocialPost from './create-social-post';
import deleteSocialAccount from './delete-social-account';
import deleteSocialPost from './delete-social-post';
import deleteSocialPosts from './delete-social-posts';
import updateSocialPost from './update-social-post';

/** The Social Planner actions. */
export const social: Create[] = [createSocialPost, updateSocialPost, deleteSocialPost, deleteSocialPosts, deleteSocialAccount];
