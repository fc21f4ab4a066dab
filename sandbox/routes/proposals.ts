import type { DocumentRecord } from '../ext-store';
import { clone, intParam, notFound, opt, req, route, unprocessable, V_2021_07_28 as V, type Route, type World } from '../http';
import { newObjectId, newTraceId } from '../ids';

/**
 * Documents & contracts (proposals.json). The document list filters by status and payment status
 * (comma-separated), a name query and a dateFrom/dateTo pair (both or neither, on the update
 * time), newest update first, skip/limit (default 10). A send marks the document sent and answers
 * one link per signer; a template send makes a document for the contact (a draft when
 * sendDocument is false). Templates list newest first with skip/limit.
 */
const STATUSES = ['draft', 'sent', 'viewed', 'completed', 'accepted'] as const;

export function proposalRoutes({ store, ext }: World): Route[] {
  const linksOf = (d: DocumentRecord, createdBy: string): DocumentRecord['links'] =>
    d.recipients
      .filter((r) => r.role === 'signer')
      .map((r) => ({ referenceId: newObjectId(), documentId: d.documentId, recipientId: r.id, entityName: 'contacts' as const, recipientCategory: 'recipient' as const, documentRevision: d.documentRevision, createdBy, deleted: false }));
  const send = (d: DocumentRecord, by: string) => {
    Object.assign(d, { status: ['sent'], updatedAt: store.now() });
    d.links = linksOf(d, by);
    return { success: true, links: clone(d.links) };
  };
  return [
    route({
      method: 'GET',
      path: '/proposals/document',
      version: V,
      query: { locationId: req.string(), status: opt.string(), paymentStatus: opt.string(), limit: opt.string(), skip: opt.string(), query: opt.string(), dateFrom: opt.string(), dateTo: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        if (!query.dateFrom !== !query.dateTo) throw unprocessable(['dateFrom and dateTo must be provided together']);
        const statuses = query.status?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
        const bad = statuses.filter((s) => !(STATUSES as readonly string[]).includes(s));
        if (bad.length) throw unprocessable([`status must be one of the following values: ${STATUSES.join(', ')}`]);
        const payments = query.paymentStatus?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
        const q = query.query?.toLowerCase();
        const all = [...ext.documents.values()]
          .filter((d) => d.locationId === query.locationId && !d.deleted)
          .filter((d) => (!statuses.length || d.status.some((s) => statuses.includes(s))) && (!payments.length || d.paymentStatus.some((s) => payments.includes(s))))
          .filter((d) => (!q || d.name.toLowerCase().includes(q)) && (!query.dateFrom || (d.updatedAt >= query.dateFrom && d.updatedAt <= (query.dateTo ?? ''))))
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
        const skip = intParam(query.skip, 0, 'skip');
        return { documents: all.slice(skip, skip + intParam(query.limit, 10, 'limit')).map(clone), total: all.length };
      },
    }),
    route({
      method: 'POST',
      path: '/proposals/document/send',
      version: V,
      body: { locationId: req.string(), documentId: req.string(), documentName: opt.string(), medium: opt.string({ enum: ['link', 'email'] as const }), sentBy: req.string(), ccRecipients: opt.array(), notificationSettings: opt.object() },
      handler: ({ body, ownLocation }) => {
        ownLocation(body.locationId);
        const d = [...ext.documents.values()].find((x) => x.locationId === body.locationId && (x.documentId === body.documentId || x._id === body.documentId));
        if (!d) throw notFound('Document not found');
        if (body.documentName) d.name = body.documentName;
        return send(d, body.sentBy);
      },
    }),
    route({
      method: 'GET',
      path: '/proposals/templates',
      version: V,
      query: { locationId: req.string(), dateFrom: opt.string(), dateTo: opt.string(), type: opt.string(), name: opt.string(), isPublicDocument: opt.string(), userId: opt.string(), limit: opt.string(), skip: opt.string() },
      handler: ({ query, ownLocation }) => {
        ownLocation(query.locationId);
        const types = query.type?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
        const q = query.name?.toLowerCase();
        const all = [...ext.documentTemplates.values()]
          .filter((t) => t.locationId === query.locationId && !t.deleted && (!types.length || types.includes(t.type)) && (!q || t.name.toLowerCase().includes(q)))
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
        const skip = intParam(query.skip, 0, 'skip');
        return { data: all.slice(skip, skip + intParam(query.limit, 10, 'limit')).map(clone), total: all.length, traceId: newTraceId() };
      },
    }),
    route({
      method: 'POST',
      path: '/proposals/templates/send',
      version: V,
      body: { templateId: req.string(), userId: req.string(), sendDocument: opt.boolean(), locationId: req.string(), contactId: req.string(), opportunityId: opt.string() },
      handler: ({ body, ownLocation, own }) => {
        ownLocation(body.locationId);
        const template = own(ext.documentTemplates.get(body.templateId), 'Template not found');
        const contact = own(store.contacts.get(body.contactId), 'Contact not found');
        const now = store.now();
        const id = newObjectId();
        const d: DocumentRecord = {
          _id: id, documentId: id, locationId: body.locationId, name: template.name, type: template.type, deleted: false, isExpired: false, documentRevision: 1,
          status: ['draft'], paymentStatus: ['no_payment'], grandTotal: { amount: 0, currency: 'USD', discountPercentage: 0, discounts: [] },
          recipients: [{ id: contact.id, email: contact.email ?? '', firstName: contact.firstName, lastName: contact.lastName, contactName: contact.name ?? undefined, role: 'signer', hasCompleted: false, isPrimary: true, signingOrder: 1 }],
          links: [], fillableFields: [], locale: 'en-US', createdAt: now, updatedAt: now,
        };
        ext.documents.set(id, d);
        return body.sendDocument === false ? { success: true, links: [] } : send(d, body.userId);
      },
    }),
  ];
}
