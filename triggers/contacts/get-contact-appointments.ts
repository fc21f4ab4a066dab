import { contactField } from '../../src/common-fields';
import { endpoint } from '../../src/endpoint';
import { defineListTrigger } from '../../src/operation';
import { appointmentList, appointmentOutputs } from '../../src/records/appointment';

/** Get Contact Appointments: fires once for each appointment of the contact (no paging on this endpoint). */
export default defineListTrigger({
  key: 'getContactAppointments',
  noun: 'Appointment',
  label: 'Get Contact Appointments',
  description: 'Triggers when the contact you choose gets a new appointment.',
  endpoint: endpoint('GET', '/contacts/{contactId}/appointments', '2021-07-28', ['contacts.readonly']),
  inputs: { contactId: contactField() },
  records: appointmentList,
  ...appointmentOutputs,
});
