import { ConfigurationError } from '../errors.js'
import type { AutoFixEntry, CapsuleBody, HistorySummary } from './types.js'

/** Default number of `auto_fix_history` entries kept in full; older ones are summarised. */
export const DEFAULT_HISTORY_LIMIT = 200

/** Per-pattern totals over the whole history, compacted or not. */
export interface PatternTotals {
  attempts: number
  successes: number
  rollbacks: number
}

function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new ConfigurationError(`history limit must be a whole number ≥ 0 (got ${limit})`)
  }
}

function earlier(a: string | undefined, b: string): string {
  if (a === undefined) return b
  return Date.parse(b) < Date.parse(a) ? b : a
}

// A Map, not an object literal, so a pattern id such as "__proto__" is just a key.
function totalsMap(summary: HistorySummary | undefined): Map<string, PatternTotals> {
  const m = new Map<string, PatternTotals>()
  for (const [p, t] of Object.entries(summary?.by_pattern ?? {})) m.set(p, { ...t })
  return m
}

function add(m: Map<string, PatternTotals>, e: AutoFixEntry): void {
  const t = m.get(e.pattern_id) ?? { attempts: 0, successes: 0, rollbacks: 0 }
  t.attempts += 1
  if (e.success) t.successes += 1
  if (e.rollback === true) t.rollbacks += 1
  m.set(e.pattern_id, t)
}

/**
 * Keeps the newest `limit` history entries and folds the older ones into `history_summary`
 * (per-pattern attempts/successes/rollbacks, the oldest timestamp), so totals survive while the
 * capsule stays small. Entries are in append order, oldest first. Returns a new body.
 */
export function compactHistory(body: CapsuleBody, limit: number = DEFAULT_HISTORY_LIMIT): CapsuleBody {
  checkLimit(limit)
  const history = body.auto_fix_history
  if (history.length <= limit) return body
  const cut = history.length - limit
  const removed = history.slice(0, cut)
  const byPattern = totalsMap(body.history_summary)
  let oldest = body.history_summary?.oldest_timestamp
  for (const e of removed) {
    add(byPattern, e)
    oldest = earlier(oldest, e.timestamp)
  }
  const summary: HistorySummary = {
    compacted_entries: (body.history_summary?.compacted_entries ?? 0) + removed.length,
    ...(oldest === undefined ? {} : { oldest_timestamp: oldest }),
    by_pattern: Object.fromEntries(byPattern)
  }
  return { ...body, auto_fix_history: history.slice(cut), history_summary: summary }
}

/** Totals per pattern over the summary plus the live history, sorted by pattern id. */
export function historyTotals(body: CapsuleBody): Map<string, PatternTotals> {
  const m = totalsMap(body.history_summary)
  for (const e of body.auto_fix_history) add(m, e)
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
