import { DEMO_LOCATION_ID } from './demo-data';
import type { ExtStore, SocialPostRecord } from './ext-store';
import { seededIds } from './ids';
import type { SandboxStore } from './store';

const DAY = 24 * 3600 * 1000;

/**
 * The Austin practice's Social Planner: a Facebook page and an Instagram account, two post
 * categories, two tags, and three posts (published last week, scheduled for next week, a draft).
 */
export function seedDemoSocial(store: SandboxStore, ext: ExtStore, nowMs = Date.now()): void {
  const loc = DEMO_LOCATION_ID;
  if (!store.locations.has(loc)) return;
  const ids = seededIds('sunrise-dental-austin/social');
  const iso = (ms: number) => new Date(ms).toISOString();
  const author = [...store.users.values()].find((u) => u.roles.locationIds.includes(loc))?.id ?? 'demo-user';
  const oauthId = ids.objectId();
  const facebook = { id: `${loc}_110552314125325_page`, locationId: loc, name: 'Sunrise Dental Austin', platform: 'facebook', type: 'page', profileId: '110552314125325', oauthId, expire: iso(nowMs + 60 * DAY), isExpired: false };
  const instagram = { id: `${loc}_17841465964543589_business`, locationId: loc, name: 'sunrisedentalatx', platform: 'instagram', type: 'business', profileId: '17841465964543589', oauthId, expire: iso(nowMs + 60 * DAY), isExpired: false };
  for (const a of [facebook, instagram]) ext.socialAccounts.set(a.id, a);

  const category = (name: string, primaryColor: string, secondaryColor: string) => {
    const c = { _id: ids.objectId(), locationId: loc, name, primaryColor, secondaryColor, createdBy: author, deleted: false, createdAt: iso(nowMs - 40 * DAY), updatedAt: iso(nowMs - 40 * DAY) };
    ext.socialCategories.set(c._id, c);
    return c;
  };
  const promotions = category('Promotions', '#32a852', '#e8f5ea');
  category('Patient Tips', '#1e88e5', '#e3f2fd');
  const tag = (name: string) => {
    const t = { _id: ids.objectId(), locationId: loc, tag: name, createdBy: author, deleted: false, createdAt: iso(nowMs - 40 * DAY), updatedAt: iso(nowMs - 40 * DAY) };
    ext.socialTags.set(t._id, t);
    return t;
  };
  const spring = tag('spring-offer');
  tag('oral-health');

  const post = (p: Partial<SocialPostRecord> & { summary: string; status: string; displayDate: string; createdAt: string }): void => {
    const r: SocialPostRecord = { _id: ids.objectId(), locationId: loc, source: 'composer', platform: 'facebook', accountIds: [facebook.id], accountId: facebook.id, type: 'post', error: '', tags: [], createdBy: author, updatedAt: p.createdAt, ...p };
    ext.socialPosts.set(r._id, r);
  };
  post({ summary: 'Flossing daily keeps your gums healthy. Ask us for a quick demo at your next visit!', status: 'published', displayDate: iso(nowMs - 3 * DAY), publishedAt: iso(nowMs - 3 * DAY), postId: '110552314125325_901234567890', createdAt: iso(nowMs - 4 * DAY) });
  post({
    summary: 'Spring whitening special: 20% off at-home kits until April 30. Book your visit today!',
    status: 'scheduled',
    accountIds: [facebook.id, instagram.id],
    media: [{ url: 'https://storage.googleapis.com/msgsndr/sunrise_location_01/media/whitening-special.png', type: 'image/png' }],
    categoryId: promotions._id,
    tags: [spring._id],
    displayDate: iso(nowMs + 5 * DAY),
    createdAt: iso(nowMs - 1 * DAY),
  });
  post({ summary: 'Meet our new hygienist (draft: add a photo).', status: 'draft', platform: 'instagram', accountIds: [instagram.id], accountId: instagram.id, displayDate: iso(nowMs + 10 * DAY), createdAt: iso(nowMs - 2 * 3600 * 1000) });
}
