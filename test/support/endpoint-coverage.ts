import fs from 'node:fs';
import path from 'node:path';
import app from '../../index';
import { declaredEndpoints } from '../../src/endpoint';
import { endpointOf } from '../../src/operation';
import { specOps } from './spec';

/**
 * Issue 14's coverage table: every endpoint of the spec files a Zap would use is either used by
 * the app (found in its endpoint records, so new operations count as soon as they declare their
 * endpoint) or listed with the reason it is not an operation (docs/endpoint-reasons.json, keyed
 * by "METHOD path"); the rest show as "not yet".
 */

/** The spec files (../shared/ghl-api/apps/<name>.json) whose endpoints the table covers (issue 14, part 2). */
export const COVERED_FILES = [
  'contacts', 'conversations', 'calendars', 'opportunities', 'users', 'businesses', 'associations', 'objects', 'custom-fields',
  'locations', 'invoices', 'products', 'payments', 'store', 'medias', 'blogs', 'forms', 'surveys', 'workflows', 'campaigns',
  'links', 'funnels', 'emails', 'social-media-posting', 'proposals', 'courses', 'snapshots', 'companies', 'oauth',
] as const;

export const REASONS_FILE = path.resolve(__dirname, '../../docs/endpoint-reasons.json');

export const loadReasons = (): Record<string, string> => JSON.parse(fs.readFileSync(REASONS_FILE, 'utf8')) as Record<string, string>;

export type Coverage = 'used' | 'listed' | 'not yet';

export interface Row {
  file: string;
  endpoint: string;
  coverage: Coverage;
  /** Operation labels (used), the reason (listed), or empty. */
  detail: string;
}

interface Op {
  display: { label: string; hidden?: boolean };
}

/** "METHOD path" -> labels of the operations declaring that endpoint, visible ones first. */
function labelsByEndpoint(): Map<string, string[]> {
  const ops = (['triggers', 'creates', 'searches'] as const).flatMap((k) => Object.values(app[k] as Record<string, Op>));
  const out = new Map<string, string[]>();
  for (const op of [...ops].sort((a, b) => Number(Boolean(a.display.hidden)) - Number(Boolean(b.display.hidden)))) {
    const ep = endpointOf(op);
    if (!ep) continue;
    const key = `${ep.method} ${ep.path}`;
    const labels = out.get(key) ?? [];
    if (!labels.includes(op.display.label)) labels.push(op.display.label);
    out.set(key, labels);
  }
  return out;
}

const MAX_LABELS = 3;
const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function coverageRows(reasons = loadReasons()): Row[] {
  const used = new Set(declaredEndpoints().map((e) => `${e.method} ${e.path}`));
  const labels = labelsByEndpoint();
  const files: readonly string[] = COVERED_FILES;
  return specOps()
    .map((o) => ({ o, file: path.basename(o.file, '.json') }))
    .filter(({ file }) => files.includes(file))
    .sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file))
    .map(({ o, file }) => {
      const endpoint = `${o.method} ${o.template}`;
      if (used.has(endpoint)) {
        const names = labels.get(endpoint) ?? [];
        const shown = names.slice(0, MAX_LABELS).join(', ');
        const detail = names.length === 0 ? 'inside other steps (the connection, look-ups of a multi-request operation)' : names.length > MAX_LABELS ? `${shown} (+${names.length - MAX_LABELS} more)` : shown;
        return { file, endpoint, coverage: 'used' as const, detail };
      }
      const reason = reasons[endpoint];
      return reason ? { file, endpoint, coverage: 'listed' as const, detail: reason } : { file, endpoint, coverage: 'not yet' as const, detail: '' };
    });
}

/** Reasons that no longer hold: for an endpoint now used, or for one that is not in the covered spec files. */
export function staleReasons(reasons = loadReasons()): string[] {
  const rows = new Map(coverageRows({}).map((r) => [r.endpoint, r]));
  const problems: string[] = [];
  for (const [endpoint, reason] of Object.entries(reasons)) {
    const row = rows.get(endpoint);
    if (!row) problems.push(`${endpoint}: not an endpoint of the covered spec files (${COVERED_FILES.length} files)`);
    else if (row.coverage === 'used') problems.push(`${endpoint}: now used by ${row.detail}; remove its reason`);
    if (reason.trim().length < 20 || /\b(todo|tbd|fixme)\b/i.test(reason)) problems.push(`${endpoint}: the reason must say why it is not an operation`);
  }
  return problems;
}

/** The README section: counts per file, then every endpoint. */
export function coverageTable(reasons = loadReasons()): string {
  const rows = coverageRows(reasons);
  const count = (rs: Row[], c: Coverage) => rs.filter((r) => r.coverage === c).length;
  const summary = ['| Spec file | Used | Listed | Not yet | Total |', '|---|---|---|---|---|'];
  for (const file of COVERED_FILES) {
    const rs = rows.filter((r) => r.file === file);
    summary.push(`| ${file} | ${count(rs, 'used')} | ${count(rs, 'listed')} | ${count(rs, 'not yet')} | ${rs.length} |`);
  }
  summary.push(`| **all ${COVERED_FILES.length} files** | **${count(rows, 'used')}** | **${count(rows, 'listed')}** | **${count(rows, 'not yet')}** | **${rows.length}** |`);
  const detail = ['| Spec file | Endpoint | Coverage | Operations, or why it is not one |', '|---|---|---|---|'];
  for (const r of rows) detail.push(`| ${r.file} | \`${r.endpoint}\` | ${r.coverage} | ${cell(r.detail)} |`);
  return [
    `${count(rows, 'used')} of the ${rows.length} endpoints of these spec files are used by the app, ${count(rows, 'listed')} are listed with the reason they are not an operation (\`docs/endpoint-reasons.json\`), ${count(rows, 'not yet')} are not yet covered. Every endpoint of every spec file can also be called with **API Request**.`,
    '',
    ...summary,
    '',
    ...detail,
  ].join('\n');
}
