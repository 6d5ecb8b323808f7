import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { Baseline, baselineKey, readBaseline } from '../../../packages/core/src/diagnosis/baseline.js'
import { classifyText, LogClassifier } from '../../../packages/core/src/diagnosis/log-classifier.js'

// A smoke-test job (`test/fixtures/baseline`). Every run, green or red, prints the same loud
// lines while it starts: a deprecation warning, the preload library the image lacks, and the
// Redis it falls back from; only the red one's check then fails.
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'baseline')
const FAILED = readFileSync(join(FIXTURES, 'smoke-failed.log'), 'utf8')
const PASSED = readFileSync(join(FIXTURES, 'smoke-passed.log'), 'utf8')
/** The line of FAILED a person would quote, and the Redis error every run prints. */
const CAUSE_LINE = 14
const REDIS_LINE = 9

describe('the last green run as a baseline', () => {
  it('takes the cause from the line the passing run did not print, not from its everyday noise', async () => {
    const plain = classifyText(FAILED, { knownFailed: true })
    // Without a baseline the loudest line wins: the Redis fallback every run prints.
    expect(plain.findings[0]).toMatchObject({ pattern: 'PAT-008', line: REDIS_LINE })

    const baseline = await readBaseline(Readable.from([PASSED.slice(0, 333), PASSED.slice(333)]))
    const read = classifyText(FAILED, { knownFailed: true, baseline })
    expect(read.findings[0]).toMatchObject({ line: CAUSE_LINE, confidence: 'low' })
    expect(read.findings[0]!.excerpt).toContain('smoke check failed: GET /ready answered 503')
    expect(read.findings[0]!.pattern).not.toBe('PAT-008')
    // The noise is no second finding either.
    expect(read.findings.map((f) => f.line)).not.toContain(REDIS_LINE)
  })

  it('concludes the same when the baseline comes after the log was read', async () => {
    const baseline = await readBaseline([PASSED])
    const c = new LogClassifier()
    c.push(FAILED)
    expect(c.end({ knownFailed: true }).findings[0]!.line).toBe(REDIS_LINE)
    const again = c.endWithBaseline(baseline, { knownFailed: true })
    expect(again).toEqual(classifyText(FAILED, { knownFailed: true, baseline }))
    expect(again.findings[0]!.line).toBe(CAUSE_LINE)
  })

  it('answers the same questions the same from the keys it matched alone', async () => {
    const full = await readBaseline([PASSED])
    const first = classifyText(FAILED, { knownFailed: true, baseline: full })
    const kept = full.matched()
    // Only the failed log's noise is kept, not the whole passing log.
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.length).toBeLessThan(full.size)
    const small = new Baseline(kept)
    expect(classifyText(FAILED, { knownFailed: true, baseline: small })).toEqual(first)
  })

  it('keeps a failed step whose lines the passing log never printed as it was', async () => {
    const baseline = await readBaseline(['compiling 12 files\nall checks passed\n'])
    expect(classifyText(FAILED, { knownFailed: true, baseline }).findings).toEqual(
      classifyText(FAILED, { knownFailed: true }).findings
    )
    expect(baseline.matched()).toEqual([])
  })

  it('changes nothing for a log that passed', async () => {
    const baseline = await readBaseline([PASSED])
    const c = new LogClassifier()
    c.push(PASSED)
    expect(c.endWithBaseline(baseline).findings).toEqual([])
  })
})

describe('baselineKey: what differs between two runs of the same line does not count', () => {
  const same: [string, string][] = [
    // Timestamps, counts and line numbers.
    ['[12:01:33] error: worker 3 restarted', '[09:58:02] error: worker 11 restarted'],
    // Commit and content hashes.
    ['warning: ref 3f2c1ab9d0 is not a branch', 'warning: ref 8e01d44c7b is not a branch'],
    // Temporary directories of Linux, the runner, macOS and Windows.
    ["Error: ENOENT: open '/tmp/tmp.Xq81Za/cache.json'", "Error: ENOENT: open '/tmp/tmp.bB0kLw/cache.json'"],
    [
      '/usr/bin/bash -e /home/runner/work/_temp/5f1c2a3e-9b7d-4c1e-a0f2-6d3b8e9c1a22.sh',
      '/usr/bin/bash -e /home/runner/work/_temp/0d4e7b1a-2c6f-48a9-b3e5-91c0d2f7a6b4.sh'
    ],
    [
      'E   FileNotFoundError: /private/var/folders/3k/_x8v2r0s2k7f3g9_6fh3w2cr0000gn/T/pytest-of-runner/pytest-4/x',
      'E   FileNotFoundError: /private/var/folders/q1/zz91ab7c2lmn0p_4rs8tuv3w0000gn/T/pytest-of-runner/pytest-9/x'
    ],
    [
      'warning: could not remove C:\\Users\\RUNNER~1\\AppData\\Local\\Temp\\tmpa1b2c3d4\\lock',
      'warning: could not remove C:\\Users\\RUNNER~1\\AppData\\Local\\Temp\\tmpzz9y8x7w\\lock'
    ],
    // Durations however written.
    ['Error: db not ready after 1m 3s', 'Error: db not ready after 59.2s'],
    ['WARN slow request (850 ms)', 'WARN slow request (1.2 s)'],
    // Progress bars.
    ['Downloading model [=====>     ] 48%', 'Downloading model [==========>] 97%'],
    ['pulling layer ████▌      12.1/40.0 MB', 'pulling layer ██████████ 40.0/40.0 MB'],
    // Case and blanks.
    ['ERROR:   Redis   unavailable', 'error: redis unavailable']
  ]
  it.each(same)('%s ≡ %s', (a, b) => {
    expect(baselineKey(a)).toBe(baselineKey(b))
  })

  const different: [string, string][] = [
    ['error: cannot find module "left-pad"', 'error: cannot find module "right-pad"'],
    ["Error: ENOENT: open '/tmp/x/cache.json'", "Error: ENOENT: open '/tmp/x/state.json'"],
    ['FAILED tests/test_api.py::test_login', 'FAILED tests/test_api.py::test_logout'],
    ['Error: db not ready after 3s', 'Error: db not ready after 3 tries']
  ]
  it.each(different)('%s ≢ %s', (a, b) => {
    expect(baselineKey(a)).not.toBe(baselineKey(b))
  })

  it('holds one entry per distinct line, however often the passing log repeats it', async () => {
    const lines = Array.from(
      { length: 5000 },
      (_, i) => `2025-03-01T10:00:00.${String(i).padStart(7, '0')}Z progress ${i}/5000`
    )
    const baseline = await readBaseline([lines.join('\n') + '\nall checks passed\n'])
    expect(baseline.size).toBe(2)
    expect(baseline.full).toBe(false)
  })
})
