import { errors, type Bundle, type PlainInputField, type PlainOutputField, type Trigger, type ZObject } from 'zapier-platform-core';
import {
  relayPaths,
  type EventType,
  type RelayEvent,
  type SubscribeRequest,
  type SubscribeResponse,
  type SubscriptionFilters,
  type TenantScope,
} from '../relay/contract';
import { isAgency, knownLocationId, requireAgency, type Ctx } from './client';
import { contactDetailFields, withContactDetails } from './enrich/contact-details';
import { parseInputs, toInputFields, type InputOf, type Inputs } from './fields';
import { agencyLocationField, type Flat, type Mapper } from './operation';
import { isRecord } from './record-table';
import { scrub, secretsOf } from './secrets';

/**
 * Instant (REST hook) triggers through the relay (relay/contract.ts). A module declares the event
 * type(s), the filter inputs, how an event becomes records and the same flat output as the polling
 * trigger for that record (so a Zap can switch without remapping). Subscribing POSTs the Zap's hook
 * URL to the relay with the user's token (a sub-account: its location; an agency: its company, with
 * the chosen location as a filter); the relay delivers HighLevel's event unchanged to the hook.
 */

/** The relay's base URL (Zapier: `zapier env:set <version> RELAY_URL=https://relay.example.com`). */
export function relayUrl(): string {
  const url = process.env.RELAY_URL;
  if (!url) {
    throw new errors.Error(
      'RELAY_URL is not set: instant triggers need the webhook relay. Set it with `zapier env:set <version> RELAY_URL=https://your-relay` (see README, Instant triggers).',
      'InvalidConfiguration',
      500,
    );
  }
  if (!/^https?:\/\//.test(url)) throw new errors.Error(`RELAY_URL must be an http(s) URL, got "${url}".`, 'InvalidConfiguration', 500);
  return url.replace(/\/+$/, '');
}

/** Who the subscription belongs to: an agency connection subscribes for its company, a sub-account for its location. */
export function relayTenant(bundle: Bundle, agencyOnly: boolean): { scope: TenantScope; tenantId: string; locationFilter?: string } {
  if (isAgency(bundle)) {
    const companyId = String(bundle.authData?.companyId ?? '');
    if (!companyId) throw new errors.Error('This agency connection has no company ID. Reconnect HighLevel.', 'InvalidConnection', 400);
    const loc = agencyOnly ? null : knownLocationId(bundle);
    if (!agencyOnly && !loc) throw new errors.Error('"Location" (agencyLocationId) is required on an agency connection: pick the sub-account this trigger watches.', 'InvalidInput', 400);
    return { scope: 'companies', tenantId: companyId, ...(loc ? { locationFilter: loc } : {}) };
  }
  const loc = knownLocationId(bundle);
  if (!loc) throw new errors.Error('This HighLevel connection is not tied to a sub-account (location). Reconnect and choose a sub-account.', 'InvalidConnection', 400);
  return { scope: 'locations', tenantId: loc };
}

interface RelayAnswer {
  status: number;
  body: unknown;
}

/** One call to the relay with the connection's token; a relay error becomes a readable one (never with the token). */
async function relayCall(z: ZObject, bundle: Bundle, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<RelayAnswer> {
  const resp = await z.request({
    url: `${relayUrl()}${path}`,
    method,
    headers: { Authorization: `Bearer ${String(bundle.authData?.access_token ?? '')}`, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
    skipThrowForStatus: true,
    // Not a HighLevel answer: the HighLevel error mapping leaves it to this module.
    middlewareData: { highLevelClient: true },
  });
  let parsed: unknown = null;
  try {
    parsed = resp.content ? JSON.parse(resp.content) : null;
  } catch {
    parsed = null;
  }
  if (resp.status >= 400 && !(method === 'DELETE' && resp.status === 404)) {
    const err = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : {};
    const detail = typeof err.message === 'string' ? err.message : `HTTP ${resp.status}`;
    const text = scrub(`The webhook relay refused ${method} ${path.split('?')[0]}: ${detail}`, secretsOf(bundle));
    if (resp.status === 401) throw new errors.RefreshAuthError(text);
    throw new errors.Error(text, resp.status === 400 ? 'InvalidInput' : 'RelayError', resp.status);
  }
  return { status: resp.status, body: parsed };
}

export interface HookTriggerDeclaration<I extends Inputs, R> {
  key: string;
  noun: string;
  /** "... (Instant)". */
  label: string;
  description: string;
  /** The HighLevel event types behind it (one relay subscription each). */
  eventTypes: readonly [EventType, ...EventType[]];
  inputs: I;
  /** The relay filters the inputs set (pipeline, stage, tag, calendar...). */
  filters?: (input: InputOf<I>) => SubscriptionFilters;
  /** An event -> the records it is about (e.g. the flat contact, or the nested appointment); the step's inputs for what the event leaves out. */
  records: (event: RelayEvent, input: InputOf<I>) => R[];
  output: Mapper<R>;
  /** Drop events the relay cannot filter out (e.g. the tag that was removed). */
  accept?: (event: RelayEvent, input: InputOf<I>) => boolean;
  /** Outputs added from the event itself (tagsAdded, the event type...). */
  extra?: (event: RelayEvent, flat: Flat) => Flat;
  sample: Flat;
  outputFields: PlainOutputField[];
  dynamicOutputFields?: (z: ZObject, bundle: Bundle) => Promise<PlainOutputField[]>;
  /** Agency-only events (Location Created/Updated): no Location input, an agency connection required. */
  agencyOnly?: boolean;
  /** The polling trigger for the same records: its perform loads samples (performList). */
  poll?: Trigger;
}

/**
 * The records of an event: the event itself (HighLevel's flat payload) or one nested object
 * (`appointment`), read through the record's parser; `idFrom` names the id when it is not `id`;
 * `alias` reads a record field from another event field when the event has no field of that name
 * (PriceCreate's `priceType` is the price's `type`, which the event's own `type` hides).
 */
export const eventRecords =
  <T>(parse: (raw: unknown, where: string, what: string) => T, o: { nested?: string; idFrom?: string; alias?: Record<string, string> } = {}) =>
  (event: RelayEvent): T[] => {
    // A flat event's envelope (the event type, ids of the delivery) is not the record's: a contact's
    // own `type` (lead/customer) is not in HighLevel's event, whose `type` is the event type.
    const { type: _type, webhookId: _w, timestamp: _t, appId: _a, ...flat } = event;
    const raw = o.nested ? event[o.nested] : flat;
    const alias = { ...(o.idFrom ? { id: o.idFrom } : {}), ...o.alias };
    const withAlias = isRecord(raw)
      ? { ...raw, ...Object.fromEntries(Object.entries(alias).filter(([to, from]) => raw[to] === undefined && raw[from] !== undefined).map(([to, from]) => [to, raw[from]])) }
      : raw;
    return [parse(withAlias, o.nested ?? '', `the ${event.type} event`)];
  };

const DETAIL_KEYS = ['contactName', 'contactEmail', 'contactPhone'] as const;

/**
 * Outputs with the contact's name, email and phone (issue 13) for events that carry only a
 * contactId (tasks, notes, opportunities...): src/enrich/contact-details.ts, one cached lookup per
 * distinct contact, only for the records whose output has none of the three (an opportunity event
 * naming its contact costs nothing). The fields are added to the sample and labels when absent.
 */
export function withContactOutputs<R>(o: { output: Mapper<R>; sample: Flat; outputFields: PlainOutputField[] }): { output: Mapper<R>; sample: Flat; outputFields: PlainOutputField[] } {
  const known = new Set(o.outputFields.map((f) => f.key));
  return {
    output: async (rows, ctx) => {
      const flats = await o.output(rows, ctx);
      const bare = flats.flatMap((f, i) => (DETAIL_KEYS.every((k) => f[k] === null || f[k] === undefined) ? [i] : []));
      if (bare.length === 0) return flats;
      const filled = await withContactDetails(bare.map((i) => flats[i]!), ctx);
      const out = [...flats];
      bare.forEach((i, n) => (out[i] = filled[n]!));
      return out;
    },
    sample: { ...o.sample, ...Object.fromEntries(DETAIL_KEYS.map((k) => [k, o.sample[k] ?? contactDetailFields[k].sample])) },
    outputFields: [...o.outputFields, ...DETAIL_KEYS.filter((k) => !known.has(k)).map((k) => ({ key: k, label: contactDetailFields[k].label }))],
  };
}

/** The hook triggers declared, with their event types (README list, tests). */
export const hookEvents = new Map<string, readonly EventType[]>();

/** A HighLevel event as the relay delivers it: an object with its type. */
const isEvent = (v: unknown): v is RelayEvent => isRecord(v) && typeof v.type === 'string';

const subscriptionIds = (data: unknown): string[] => {
  const subs = isRecord(data) && Array.isArray(data.subscriptions) ? data.subscriptions : [];
  return subs.flatMap((s) => (isRecord(s) && typeof s.id === 'string' ? [s.id] : []));
};

export function defineHookTrigger<I extends Inputs, R>(d: HookTriggerDeclaration<I, R>): Trigger {
  hookEvents.set(d.key, d.eventTypes);
  const input = (bundle: Bundle): InputOf<I> => {
    if (d.agencyOnly) requireAgency(bundle, d.label);
    return parseInputs(d.inputs, (bundle.inputData ?? {}) as Record<string, unknown>);
  };
  const filtersOf = (bundle: Bundle): SubscriptionFilters => {
    const given = input(bundle);
    const { locationFilter } = relayTenant(bundle, Boolean(d.agencyOnly));
    const set = Object.entries(d.filters?.(given) ?? {}).filter(([, v]) => v !== undefined && v !== '');
    return { ...Object.fromEntries(set), ...(locationFilter ? { locationId: locationFilter } : {}) };
  };
  const toOutput = async (z: ZObject, bundle: Bundle, event: RelayEvent): Promise<Flat[]> => {
    if (!(d.eventTypes as readonly string[]).includes(event.type)) return [];
    if (d.accept && !d.accept(event, input(bundle))) return [];
    const ctx: Ctx = { z, bundle };
    const flats = await d.output(d.records(event, input(bundle)), ctx);
    return d.extra ? flats.map((f) => ({ ...f, ...d.extra!(event, f) })) : flats;
  };
  const inputFields: (PlainInputField | ((z: ZObject, bundle: Bundle) => Promise<PlainInputField[]>))[] = [
    ...(d.agencyOnly ? [] : [agencyLocationField]),
    ...toInputFields(d.inputs),
  ];
  const trigger: Trigger = {
    key: d.key,
    noun: d.noun,
    display: { label: d.label, description: d.description },
    operation: {
      type: 'hook',
      inputFields,
      performSubscribe: async (z: ZObject, bundle: Bundle) => {
        const filters = filtersOf(bundle);
        const targetUrl = String(bundle.targetUrl ?? '');
        if (!targetUrl) throw new errors.Error('Zapier gave no hook URL (bundle.targetUrl) to subscribe.', 'InvalidInput', 400);
        const { scope, tenantId } = relayTenant(bundle, Boolean(d.agencyOnly));
        const subscriptions = [];
        for (const eventType of d.eventTypes) {
          const req: SubscribeRequest = { targetUrl, eventType, ...(Object.keys(filters).length ? { filters } : {}) };
          const { body } = await relayCall(z, bundle, 'POST', relayPaths.subscriptions(scope, tenantId), req);
          const sub = isRecord(body) ? (body as Partial<SubscribeResponse>).subscription : undefined;
          if (!sub || typeof sub.id !== 'string') throw new errors.Error('The webhook relay answered without a subscription id.', 'RelayError', 502);
          subscriptions.push(sub);
        }
        // `id`: the first subscription's (Zapier keeps this object as bundle.subscribeData).
        return { id: subscriptions[0]?.id ?? '', scope, tenantId, subscriptions };
      },
      performUnsubscribe: async (z: ZObject, bundle: Bundle) => {
        const { scope, tenantId } = relayTenant(bundle, Boolean(d.agencyOnly));
        for (const id of subscriptionIds(bundle.subscribeData)) await relayCall(z, bundle, 'DELETE', relayPaths.subscription(scope, tenantId, id));
        return {};
      },
      perform: async (z: ZObject, bundle: Bundle) => {
        const event: unknown = bundle.cleanedRequest;
        const events = Array.isArray(event) ? event : [event];
        const out: Flat[] = [];
        for (const e of events) if (isEvent(e)) out.push(...(await toOutput(z, bundle, e)));
        return out;
      },
      performList: async (z: ZObject, bundle: Bundle) => {
        const poll = d.poll?.operation;
        if (poll && 'perform' in poll && typeof poll.perform === 'function') return poll.perform(z, bundle);
        if (!process.env.RELAY_URL) return [d.sample];
        const { scope, tenantId } = relayTenant(bundle, Boolean(d.agencyOnly));
        const out: Flat[] = [];
        for (const type of d.eventTypes) {
          const { body } = await relayCall(z, bundle, 'GET', relayPaths.events(scope, tenantId, type, 3));
          const events: unknown = isRecord(body) ? body.events : undefined;
          for (const e of Array.isArray(events) ? events : []) if (isEvent(e)) out.push(...(await toOutput(z, bundle, e)));
        }
        return out.length ? out : [d.sample];
      },
      sample: d.sample,
      outputFields: d.dynamicOutputFields ? [...d.outputFields, d.dynamicOutputFields] : d.outputFields,
    },
  };
  return trigger;
}
