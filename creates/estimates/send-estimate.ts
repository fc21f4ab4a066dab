import { userField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { f } from '../../src/fields';
import { defineAction } from '../../src/operation';
import { estimateAnswer, estimateShape } from '../../src/records/estimate';
import { estimateIdField } from '../../src/records/invoice-inputs';
import { altLocation } from '../../src/records/window';

/** Send Estimate: POST /invoices/estimate/{estimateId}/send (`SendEstimateDto`); answers the estimate. */
export default defineAction({
  key: 'sendEstimate',
  noun: 'Estimate',
  label: 'Send Estimate',
  description: 'Sends an estimate to its contact by email, text message or both, so they can accept or decline it online.',
  endpoint: endpoint('POST', '/invoices/estimate/{estimateId}/send', '2021-07-28', ['invoices/estimate.write']),
  inputs: {
    estimateId: estimateIdField(),
    userId: userField('Sent By', 'The user the estimate is sent as (HighLevel requires an authorized user of the location).', true),
    action: f.choice({
      label: 'Send By',
      required: true,
      default: 'email',
      choices: { email: 'Email', sms: 'Text message (SMS)', sms_and_email: 'Email and text message', send_manually: 'Mark as sent (I deliver it myself)' },
      helpText: 'How the contact receives the estimate.',
    }),
    liveMode: f.boolean({ label: 'Live Mode', default: 'true', helpText: 'Yes: a real estimate. No: test mode. Yes when blank.' }),
  },
  request: ({ userId, action, liveMode }, { bundle }) => ({ body: { ...altLocation(bundle), action, liveMode: liveMode ?? true, userId } }),
  output: estimateAnswer,
  ...estimateShape,
});
