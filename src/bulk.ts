import { errors } from 'zapier-platform-core';

/**
 * Bulk operations answer 2xx even when items fail, with the reasons per item. A step whose every
 * item failed must fail (with HighLevel's reasons), and one where some failed must say which and
 * why in its output, never report a plain success.
 */
export interface BulkItem {
  id: string;
  ok: boolean;
  /** HighLevel's reason for a failed item. */
  reason?: string | null;
}

export interface BulkOutcome {
  /** The failed items as "id: reason", one per line (empty when none failed). */
  failures: string;
  failedCount: number;
}

const MAX_LISTED = 20;

const line = (i: BulkItem): string => `${i.id || '(no id)'}: ${i.reason?.trim() || 'failed (HighLevel gave no reason)'}`;

export function bulkOutcome(items: readonly BulkItem[], what: string): BulkOutcome {
  const failed = items.filter((i) => !i.ok);
  if (items.length > 0 && failed.length === items.length) {
    const listed = failed.slice(0, MAX_LISTED).map(line).join('; ');
    const more = failed.length > MAX_LISTED ? `; and ${failed.length - MAX_LISTED} more` : '';
    throw new errors.Error(`${what} failed for all ${items.length} item${items.length === 1 ? '' : 's'}: ${listed}${more}.`, 'BulkFailed', 422);
  }
  return { failures: failed.map(line).join('\n'), failedCount: failed.length };
}
