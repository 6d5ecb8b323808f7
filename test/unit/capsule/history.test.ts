import { describe, expect, it } from 'vitest'
import { DEFAULT_HISTORY_LIMIT, compactHistory, historyTotals } from '../../../packages/core/src/capsule/history.js'
import type { AutoFixEntry, CapsuleBody } from '../../../packages/core/src/capsule/types.js'

const PATTERNS = ['PAT-001', 'PAT-002', 'PAT-007', '__proto__']

function entry(i: number): AutoFixEntry {
  return {
    timestamp: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
    pattern_id: PATTERNS[i % PATTERNS.length]!,
    success: i % 3 !== 0,
    rollback: i % 5 === 0
  }
}

function expected(entries: AutoFixEntry[]): Record<string, { attempts: number; successes: number; rollbacks: number }> {
  const out: Record<string, { attempts: number; successes: number; rollbacks: number }> = Object.create(null)
  for (const e of entries) {
    const t = (out[e.pattern_id] ??= { attempts: 0, successes: 0, rollbacks: 0 })
    t.attempts++
    if (e.success) t.successes++
    if (e.rollback) t.rollbacks++
  }
  return out
}

function body(entries: AutoFixEntry[]): CapsuleBody {
  return { monitoring_state: {}, auto_fix_history: entries }
}

describe('history compaction', () => {
  it.each([10, 1_000, 10_000])('keeps exact per-pattern counts for %i entries', (n) => {
    const all = Array.from({ length: n }, (_, i) => entry(i))
    const limit = 7
    const out = compactHistory(body(all), limit)
    expect(out.auto_fix_history).toEqual(all.slice(-limit))
    expect(out.history_summary?.compacted_entries).toBe(n - limit)
    expect(out.history_summary?.oldest_timestamp).toBe(all[0]!.timestamp)
    expect({ ...out.history_summary?.by_pattern }).toEqual({ ...expected(all.slice(0, n - limit)) })
    expect(Object.fromEntries(historyTotals(out))).toEqual({ ...expected(all) })
  })

  it('keeps counts exact when compacting again and again', () => {
    let b = body([])
    const all: AutoFixEntry[] = []
    for (let i = 0; i < 1_000; i++) {
      all.push(entry(i))
      b = compactHistory({ ...b, auto_fix_history: [...b.auto_fix_history, entry(i)] }, 50)
    }
    expect(b.auto_fix_history).toHaveLength(50)
    expect(b.history_summary?.compacted_entries).toBe(950)
    expect(Object.fromEntries(historyTotals(b))).toEqual({ ...expected(all) })
  })

  it('leaves a history within the limit untouched and defaults to 200', () => {
    const b = body(Array.from({ length: DEFAULT_HISTORY_LIMIT }, (_, i) => entry(i)))
    expect(compactHistory(b)).toBe(b)
    expect(compactHistory(body([...b.auto_fix_history, entry(999)])).auto_fix_history).toHaveLength(
      DEFAULT_HISTORY_LIMIT
    )
  })

  it('does not let a "__proto__" pattern id reach the prototype', () => {
    const out = compactHistory(body(Array.from({ length: 8 }, (_, i) => entry(i))), 0)
    expect(Object.getPrototypeOf(out.history_summary!.by_pattern)).toBe(Object.prototype)
    expect(Object.hasOwn(out.history_summary!.by_pattern, '__proto__')).toBe(true)
  })

  it('rejects a negative or fractional limit', () => {
    expect(() => compactHistory(body([]), -1)).toThrow(/whole number/)
    expect(() => compactHistory(body([]), 1.5)).toThrow(/whole number/)
  })
})
