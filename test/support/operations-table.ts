import { creates, createGroups } from '../../creates';
import { searches, searchGroups } from '../../searches';
import { triggerGroups } from '../../triggers';
import { requiredScopes } from '../../src/endpoint';
import { endpointOf } from '../../src/operation';

void creates;
void searches;

interface Op {
  key: string;
  display: { label: string; description: string };
}

const KIND = { trigger: 'Trigger', create: 'Action', search: 'Search' } as const;

/** The README's operations table, generated from the app definition so it cannot go stale silently. */
export function operationsTable(): string {
  const all = [...new Set([...Object.keys(triggerGroups), ...Object.keys(createGroups), ...Object.keys(searchGroups)])];
  // Hidden dropdown sources last, after every visible category.
  const categories = [...all.filter((c) => !c.startsWith('Dropdown')), ...all.filter((c) => c.startsWith('Dropdown'))];
  const lines = ['| Category | Type | Label | Key | HighLevel endpoint | Version | Scopes |', '|---|---|---|---|---|---|---|'];
  let count = 0;
  for (const cat of categories) {
    const groups: [keyof typeof KIND, Op[]][] = [
      ['trigger', (triggerGroups[cat] ?? []) as Op[]],
      ['create', (createGroups[cat] ?? []) as Op[]],
      ['search', (searchGroups[cat] ?? []) as Op[]],
    ];
    for (const [kind, ops] of groups) {
      for (const op of ops) {
        const ep = endpointOf(op);
        count += cat.startsWith('Dropdown') ? 0 : 1;
        // An operation without an endpoint record (API Request) calls the endpoint entered in the step.
        const cells = ep ? [`\`${ep.method} ${ep.path}\``, ep.version, ep.scopes.join(', ')] : ['any (entered in the step)', 'per path', 'the connection\'s'];
        lines.push(`| ${cat} | ${KIND[kind]} | ${op.display.label} | \`${op.key}\` | ${cells.join(' | ')} |`);
      }
    }
  }
  return [`${count} visible operations (plus hidden dropdown sources). OAuth scopes requested: \`${requiredScopes().join(' ')}\`.`, '', ...lines].join('\n');
}
