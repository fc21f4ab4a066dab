import type { Trigger } from 'zapier-platform-core';
import socialAccountDropdown from '../dropdowns/social-accounts';
import socialCategoryDropdown from '../dropdowns/social-categories';
import socialPostDropdown from '../dropdowns/social-posts';
import socialProfileDropdown from '../dropdowns/social-profiles';
import socialTagDropdown from '../dropdowns/social-tags';
import newSocialPost from './new-social-post';

/** The Social Planner triggers, then their hidden dropdown sources. */
export const social: Trigger[] = [newSocialPost, socialPostDropdown, socialAccountDropdown, socialProfileDropdown, socialCategoryDropdown, socialTagDropdown];
