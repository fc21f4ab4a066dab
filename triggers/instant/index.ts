import type { Trigger } from 'zapier-platform-core';
import contactCreatedInstant from './contacts/contact-created';
import contactUpdatedInstant from './contacts/contact-updated';
import contactDeletedInstant from './contacts/contact-deleted';
import contactDndChangedInstant from './contacts/contact-dnd-changed';
import contactTagAddedInstant from './contacts/contact-tag-added';
import contactTagRemovedInstant from './contacts/contact-tag-removed';
import opportunityCreatedInstant from './opportunities/opportunity-created';
import opportunityUpdatedInstant from './opportunities/opportunity-updated';
import opportunityDeletedInstant from './opportunities/opportunity-deleted';
import opportunityStageChangedInstant from './opportunities/opportunity-stage-changed';
import opportunityStatusChangedInstant from './opportunities/opportunity-status-changed';
import opportunityAssignedInstant from './opportunities/opportunity-assigned';
import opportunityValueChangedInstant from './opportunities/opportunity-value-changed';
import appointmentCreatedInstant from './appointments/appointment-created';
import appointmentUpdatedInstant from './appointments/appointment-updated';
import appointmentCancelledInstant from './appointments/appointment-cancelled';
import appointmentDeletedInstant from './appointments/appointment-deleted';
import taskCreatedInstant from './tasks/task-created';
import taskCompletedInstant from './tasks/task-completed';
import taskDeletedInstant from './tasks/task-deleted';
import noteCreatedInstant from './notes/note-created';
import noteUpdatedInstant from './notes/note-updated';
import noteDeletedInstant from './notes/note-deleted';
import inboundMessageInstant from './messages/inbound-message';
import outboundMessageInstant from './messages/outbound-message';
import invoiceCreatedInstant from './invoices/invoice-created';
import invoiceSentInstant from './invoices/invoice-sent';
import invoicePaidInstant from './invoices/invoice-paid';
import invoicePartiallyPaidInstant from './invoices/invoice-partially-paid';
import invoiceVoidedInstant from './invoices/invoice-voided';
import invoiceUpdatedInstant from './invoices/invoice-updated';
import invoiceDeletedInstant from './invoices/invoice-deleted';
import orderCreatedInstant from './orders/order-created';
import orderStatusChangedInstant from './orders/order-status-changed';
import userCreatedInstant from './users/user-created';
import userUpdatedInstant from './users/user-updated';
import userDeletedInstant from './users/user-deleted';
import locationCreatedInstant from './locations/location-created';
import locationUpdatedInstant from './locations/location-updated';
// Wave 3 (instant3): products and prices, custom object records, associations and relations, campaigns, email events, conversations.
import productCreatedInstant from './products/product-created';
import productUpdatedInstant from './products/product-updated';
import productDeletedInstant from './products/product-deleted';
import priceCreatedInstant from './products/price-created';
import priceUpdatedInstant from './products/price-updated';
import priceDeletedInstant from './products/price-deleted';
import customObjectRecordCreatedInstant from './custom-objects/record-created';
import customObjectRecordUpdatedInstant from './custom-objects/record-updated';
import customObjectRecordDeletedInstant from './custom-objects/record-deleted';
import associationCreatedInstant from './associations/association-created';
import associationUpdatedInstant from './associations/association-updated';
import associationDeletedInstant from './associations/association-deleted';
import relationCreatedInstant from './associations/relation-created';
import relationDeletedInstant from './associations/relation-deleted';
import campaignStatusChangedInstant from './campaigns/campaign-status-changed';
import emailEventInstant from './emails/email-event';
import conversationUnreadChangedInstant from './conversations/conversation-unread-changed';

/** The instant (REST hook) triggers, by area; each names the HighLevel event types behind it (README: Instant triggers). */
export const instantByArea: Record<string, Trigger[]> = {
  contacts: [contactCreatedInstant, contactUpdatedInstant, contactDeletedInstant, contactDndChangedInstant, contactTagAddedInstant, contactTagRemovedInstant],
  opportunities: [opportunityCreatedInstant, opportunityUpdatedInstant, opportunityDeletedInstant, opportunityStageChangedInstant, opportunityStatusChangedInstant, opportunityAssignedInstant, opportunityValueChangedInstant],
  appointments: [appointmentCreatedInstant, appointmentUpdatedInstant, appointmentCancelledInstant, appointmentDeletedInstant],
  tasks: [taskCreatedInstant, taskCompletedInstant, taskDeletedInstant],
  notes: [noteCreatedInstant, noteUpdatedInstant, noteDeletedInstant],
  messages: [inboundMessageInstant, outboundMessageInstant],
  invoices: [invoiceCreatedInstant, invoiceSentInstant, invoicePaidInstant, invoicePartiallyPaidInstant, invoiceVoidedInstant, invoiceUpdatedInstant, invoiceDeletedInstant],
  orders: [orderCreatedInstant, orderStatusChangedInstant],
  users: [userCreatedInstant, userUpdatedInstant, userDeletedInstant],
  locations: [locationCreatedInstant, locationUpdatedInstant],
  products: [productCreatedInstant, productUpdatedInstant, productDeletedInstant, priceCreatedInstant, priceUpdatedInstant, priceDeletedInstant],
  customObjects: [customObjectRecordCreatedInstant, customObjectRecordUpdatedInstant, customObjectRecordDeletedInstant],
  associations: [associationCreatedInstant, associationUpdatedInstant, associationDeletedInstant, relationCreatedInstant, relationDeletedInstant],
  campaigns: [campaignStatusChangedInstant],
  emails: [emailEventInstant],
  conversations: [conversationUnreadChangedInstant],
};

export const instant: Trigger[] = Object.values(instantByArea).flat();
