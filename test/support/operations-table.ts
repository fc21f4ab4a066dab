import { creates, createGroups } from '../../creates';
import { searches, searchGroups } from '../../searches';
import { triggerGroups } from '../../triggers';
import { requiredScopes } from '../../src/endpoint';
import { hookEvents } from '../../src/hook-trigger';
import { endpointOf } from '../../src/operation';

void creates;
void searches;

interface Op {
  key: string;
  display: { label: string; description: string; hidden?: boolean };
}

const KIND = { trigger: 'Trigger', create: 'Action', search: 'Search' } as const;

/** The README's operations table, generated from the app definition so it cannot go stale silently. */
export function operationsTable(): string {
  const all = [...new Set([...Object.keys(triggerGroups), ...Object.keys(createGroups), ...Object.keys(searchGroups)])];
  // Hidden dropdown sources last, after every visible category.
  const categories = [...all.filter((c) => !c.startsWith('Dropdown')), ...all.filter((c) => c.startsWith('Dropdown'))];
  const lines = ['| Category | Type | Label | Key | HighLevel endpoint | Version | Scopes |', '|---|---|---|---|---|---|---|'];
  const count = { trigger: 0, create: 0, search: 0, hidden: 0 };
  for (const cat of categories) {
    const groups: [keyof typeof KIND, Op[]][] = [
      ['trigger', (triggerGroups[cat] ?? []) as Op[]],
      ['create', (createGroups[cat] ?? []) as Op[]],
      ['search', (searchGroups[cat] ?? []) as Op[]],
    ];
    for (const [kind, ops] of groups) {
      for (const op of ops) {
        const ep = endpointOf(op);
        if (op.display.hidden) count.hidden++;
        else count[kind]++;
        // An operation without an endpoint record (API Request) calls the endpoint entered in the step.
        // Instant triggers name the webhook event types the relay delivers to them.
        const events = hookEvents.get(op.key);
        const cells = ep
          ? [`\`${ep.method} ${ep.path}\``, ep.version, ep.scopes.join(', ')]
          : events
            ? [`webhook ${events.map((e) => `\`${e}\``).join(', ')} (through the relay)`, '-', "the app's webhook events"]
            : ['any (entered in the step)', 'per path', "the connection's"];
        lines.push(`| ${cat} | ${KIND[kind]} | ${op.display.label} | \`${op.key}\` | ${cells.join(' | ')} |`);
      }
    }
  }
  const visible = count.trigger + count.create + count.search;
  const scopes = (kind: 'location' | 'agency') => `\`${requiredScopes(kind).join(' ')}\``;
  const agencyOnly = requiredScopes('agency').filter((s) => !requiredScopes('location').includes(s));
  return [
    `${visible} visible operations (${count.trigger} triggers, ${count.create} actions, ${count.search} searches) and ${count.hidden} hidden dropdown sources (triggers Zapier only uses to fill dropdowns).`,
    '',
    `OAuth scopes, sub-account connections (${requiredScopes('location').length}): ${scopes('location')}.`,
    '',
    `OAuth scopes, agency connections (${requiredScopes('agency').length}: the above plus ${agencyOnly.map((s) => `\`${s}\``).join(', ')}): ${scopes('agency')}.`,
    '',
    ...lines,
  ].join('\n');
}
