import { checkTargetUrl } from '../targets';
import { collapseKey, deliveryId, matchesFilters, recordId } from '../routing';

describe('routing', () => {
  test('filters match the event field they name (AND; arrays contain; any case)', () => {
    const opp = { type: 'OpportunityStageUpdate', pipelineId: 'p1', pipelineStageId: 's2', status: 'open', assignedTo: 'u1' };
    expect(matchesFilters(opp, {})).toBe(true);
    expect(matchesFilters(opp, { pipelineId: 'p1', pipelineStageId: 's2' })).toBe(true);
    expect(matchesFilters(opp, { pipelineId: 'p1', pipelineStageId: 's3' })).toBe(false);
    expect(matchesFilters(opp, { status: 'OPEN' })).toBe(true);
    expect(matchesFilters({ tags: ['Lead', 'VIP'] }, { tag: 'vip' })).toBe(true);
    expect(matchesFilters({ tags: [] }, { tag: 'vip' })).toBe(false);
    expect(matchesFilters({}, { tag: 'vip' })).toBe(false);
    const appt = { type: 'AppointmentCreate', appointment: { id: 'a1', calendarId: 'cal1', appointmentStatus: 'confirmed', assignedUserId: 'u2' } };
    expect(matchesFilters(appt, { calendarId: 'cal1', status: 'confirmed', assignedTo: 'u2' })).toBe(true);
    expect(matchesFilters(appt, { calendarId: 'cal2' })).toBe(false);
    expect(matchesFilters({ messageType: 'SMS', direction: 'inbound' }, { messageType: 'sms', direction: 'inbound' })).toBe(true);
    // The Zap's channel is the API's name (TYPE_SMS); HighLevel's message events say SMS, Email, CALL.
    expect(matchesFilters({ messageType: 'SMS' }, { messageType: 'TYPE_SMS' })).toBe(true);
    expect(matchesFilters({ messageType: 'Email' }, { messageType: 'TYPE_EMAIL' })).toBe(true);
    expect(matchesFilters({ messageType: 'CALL' }, { messageType: 'TYPE_CALL' })).toBe(true);
    expect(matchesFilters({ messageType: 'SMS' }, { messageType: 'TYPE_EMAIL' })).toBe(false);
    expect(matchesFilters({ status: 'TYPE_SMS' }, { status: 'SMS' })).toBe(false);
    expect(recordId(appt)).toBe('a1');
  });

  test('delivery ids are stable per (event, subscription)', () => {
    expect(deliveryId('w1', 's1')).toBe(deliveryId('w1', 's1'));
    expect(deliveryId('w1', 's1')).not.toBe(deliveryId('w1', 's2'));
    expect(deliveryId('w1', 's1')).toMatch(/^[0-9a-f]{32}$/);
  });

  test('opportunity events of one edit share a collapse key; other events have none', () => {
    const a = { type: 'OpportunityStageUpdate', id: 'o1', pipelineStageId: 's2', webhookId: 'w1', timestamp: 't1' };
    const b = { ...a, webhookId: 'w2', timestamp: 't2' };
    expect(collapseKey('OpportunityStageUpdate', a)).toBe(collapseKey('OpportunityStageUpdate', b));
    expect(collapseKey('OpportunityStageUpdate', a)).not.toBe(collapseKey('OpportunityStageUpdate', { ...a, pipelineStageId: 's3' }));
    expect(collapseKey('OpportunityUpdate', a)).not.toBe(collapseKey('OpportunityStageUpdate', a));
    expect(collapseKey('ContactUpdate', { id: 'c1' })).toBeUndefined();
  });

  test("target URLs: Zapier's hook host over https only, by default", () => {
    const rules = { targetHosts: ['hooks.zapier.com'], allowHttpTargets: false };
    expect(checkTargetUrl('https://hooks.zapier.com/hooks/standard/1/abc/', rules)).toBeUndefined();
    expect(checkTargetUrl('http://hooks.zapier.com/hooks/standard/1/abc/', rules)).toBe('targetUrl must use https');
    expect(checkTargetUrl('https://hooks.zapier.com.evil.example/x', rules)).toBe('targetUrl must be on hooks.zapier.com');
    expect(checkTargetUrl('https://user:pw@hooks.zapier.com/x', rules)).toBe('targetUrl must not carry credentials');
    expect(checkTargetUrl('https://169.254.169.254/latest', rules)).toBe('targetUrl must be on hooks.zapier.com');
    expect(checkTargetUrl('hooks.zapier.com/x', rules)).toBe('targetUrl must be an absolute URL');
    expect(checkTargetUrl('http://127.0.0.1:9/x', { targetHosts: ['127.0.0.1'], allowHttpTargets: true })).toBeUndefined();
  });
});
