import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  logShowsSnapshotMismatch,
  parseTestReport
} from '../../../../packages/core/src/autofix/strategies/snapshot-report.js'

// Reports written by real vitest 3 and jest 29 runs of the fix-corpus projects (paths as on a runner).
const report = (name: string): string => readFileSync(join(import.meta.dirname, 'reports', name), 'utf8')

describe('parseTestReport', () => {
  it('finds only snapshot mismatches in a vitest run, and the obsolete key -u would delete', () => {
    const r = parseTestReport(report('vitest-snapshots.json'), '/home/runner/work/labels/labels')
    expect(r.otherFailures).toBe(false)
    expect(r.snapshotFiles).toEqual(['src/label.test.js'])
    expect(r.failures).toHaveLength(3)
    expect(r.failures.every((f) => f.snapshot && f.message.startsWith('Error: Snapshot `labels > '))).toBe(true)
    expect(r.obsolete).toEqual([{ file: 'src/label.test.js', keys: ['labels > renders the customs form 1'] }])
  })

  it('tells an assertion failure from the snapshot mismatches beside it', () => {
    const r = parseTestReport(report('vitest-mixed.json'), '/home/runner/work/dispatch/dispatch/')
    expect(r.otherFailures).toBe(true)
    expect(r.failures.filter((f) => !f.snapshot)).toEqual([
      expect.objectContaining({ file: 'src/address.test.js', name: 'parses a typed address' })
    ])
    expect(r.snapshotFiles).toEqual(['src/label.test.js'])
  })

  it('reads jest reports the same way', () => {
    const pure = parseTestReport(report('jest-snapshots.json'), '/home/runner/work/receipt/receipt')
    expect(pure).toMatchObject({ otherFailures: false, snapshotFiles: ['__tests__/receipt.test.js'] })
    expect(pure.failures.map((f) => f.name)).toEqual(['prints a sale', 'prints an empty sale'])
    const mixed = parseTestReport(report('jest-mixed.json'), '/home/runner/work/scoring/scoring')
    expect(mixed.otherFailures).toBe(true)
    expect(mixed.failures.find((f) => f.name === 'formats cents')).toMatchObject({ snapshot: false })
  })

  it('counts a suite that failed to load as another failure', () => {
    const json = JSON.stringify({
      testResults: [{ name: '/r/a.test.js', status: 'failed', message: 'SyntaxError', assertionResults: [] }]
    })
    expect(parseTestReport(json, '/r').otherFailures).toBe(true)
  })
})

describe('logShowsSnapshotMismatch', () => {
  it('sees vitest and jest wording and nothing in an assertion failure', () => {
    expect(logShowsSnapshotMismatch(['Error: Snapshot `labels > renders 1` mismatched'])).toBe(true)
    expect(logShowsSnapshotMismatch(['Snapshots:   2 failed, 2 total'])).toBe(true)
    expect(logShowsSnapshotMismatch(['AssertionError: expected 1 to be 2'])).toBe(false)
  })
})
