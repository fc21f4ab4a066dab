import { forbidden, notFound, opt, req, route, unprocessable, V_2021_07_28 as V, type AuthContext, type Route, type World } from '../http';
import { newId } from '../ids';

/**
 * Snapshot share links and push status (snapshots.json), Company token only. A share link needs
 * the agencies' relationship numbers (agency_link) or sub-account IDs (location_link), as
 * HighLevel's 422 says; it answers 201 with `{ id, shareLink }`. The latest push of a snapshot to
 * a sub-account is its newest push record, `{ data }`; none is a 404.
 */
const SHARE_TYPES = ['link', 'permanent_link', 'agency_link', 'location_link'] as const;

export function snapshotShareRoutes({ ext, baseUrl }: World): Route[] {
  const snapshotOf = (auth: AuthContext, companyId: string, snapshotId: string) => {
    if (companyId !== auth.companyId) throw forbidden('The token does not have access to this company.');
    const s = ext.snapshots.get(snapshotId);
    if (!s || s.companyId !== companyId) throw notFound('Snapshot not found');
    return s;
  };
  return [
    route({
      method: 'POST',
      path: '/snapshots/share/link',
      version: V,
      token: 'company',
      status: 201,
      query: { companyId: req.string() },
      body: { snapshot_id: req.string(), share_type: req.string({ enum: SHARE_TYPES }), relationship_number: opt.string(), share_location_id: opt.string() },
      handler: ({ query, body, auth }) => {
        const s = snapshotOf(auth, query.companyId, body.snapshot_id);
        if (body.share_type === 'agency_link' && !body.relationship_number) throw unprocessable(['relationship_number is required for agency_link']);
        if (body.share_type === 'location_link' && !body.share_location_id) throw unprocessable(['share_location_id is required for location_link']);
        const id = newId();
        return { id, shareLink: `${baseUrl()}/snapshots/share?share=${id}&snapshot=${s.id}` };
      },
    }),
    route({
      method: 'GET',
      path: '/snapshots/snapshot-status/{snapshotId}/location/{locationId}',
      version: V,
      token: 'company',
      query: { companyId: req.string() },
      handler: ({ params, query, auth }) => {
        snapshotOf(auth, query.companyId, params.snapshotId);
        const latest = [...ext.snapshotPushes.values()]
          .filter((p) => p.snapshotId === params.snapshotId && p.locationId === params.locationId)
          .sort((a, b) => b.dateAdded.localeCompare(a.dateAdded))[0];
        if (!latest) throw notFound('No push of this snapshot to this sub-account');
        const { id, locationId, status, completed, pending } = latest;
        return { data: { id, locationId, status, completed: [...completed], pending: [...pending] } };
      },
    }),
  ];
}
