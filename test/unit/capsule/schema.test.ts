import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import addFormatsModule from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BODY_SCHEMA,
  CAPSULE_JSON_SCHEMA,
  capsuleValidator,
  isDateTime
} from '../../../packages/core/src/capsule/schema.js'
import { validateCapsule } from '../../../packages/core/src/capsule/validate.js'
import { fresh, heeError, rich } from './fixtures.js'

type Mutate = (c: any) => void

/** The JSON block under "HEE State Capsule Structure" in the spec, as the user wrote it. */
function specSchema(): any {
  const spec = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'spec', 'ci-monitoring-spec.md'), 'utf8')
  const section = spec.slice(spec.indexOf('### 1. HEE State Capsule Structure'))
  const block = /```json\n([\s\S]*?)\n```/.exec(section)
  expect(block).not.toBeNull()
  return JSON.parse(block![1]!)
}

/** Property definitions of a JSON Schema object, following `properties` and `items`. */
const props = (schema: any): Record<string, any> => schema.properties

function rejects(mutate: Mutate): string {
  const c: any = structuredClone(rich())
  mutate(c)
  const e = heeError(() => validateCapsule(c))
  expect(e.code).toBe('capsule.schema')
  return e.message
}

describe('capsule schema', () => {
  it('accepts a fresh capsule and a capsule with every optional field', () => {
    expect(capsuleValidator()(fresh())).toBe(true)
    expect(capsuleValidator()(rich())).toBe(true)
  })

  it("keeps the spec's body schema properties verbatim inside the body schema derived from the shapes", () => {
    const spec = specSchema()
    expect(spec.title).toBe('HEE CI Monitoring State Capsule')
    const specMs = props(props(spec).monitoring_state)
    const ours = props(props(BODY_SCHEMA).monitoring_state)
    expect(Object.keys(specMs)).toEqual(['last_run_id', 'current_status', 'hee_specific', 'coverage_metrics'])
    for (const k of Object.keys(specMs)) expect(ours[k]).toEqual(specMs[k])
    // The spec's history entry, property for property; ours adds only optional properties.
    const specEntry = props(props(spec).auto_fix_history.items)
    const ourEntry = props(BODY_SCHEMA).auto_fix_history.items
    for (const k of Object.keys(specEntry)) expect(props(ourEntry)[k]).toEqual(specEntry[k])
    const added = Object.keys(props(ourEntry)).filter((k) => !(k in specEntry))
    expect(added.length).toBeGreaterThan(0)
    for (const k of added) expect(ourEntry.required ?? []).not.toContain(k)
    expect(CAPSULE_JSON_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it('accepts last-green baselines, and capsules written before them', () => {
    const c: any = structuredClone(rich())
    expect(c.body.monitoring_state.baselines).toBeUndefined()
    expect(capsuleValidator()(c)).toBe(true)
    c.body.monitoring_state.baselines = [
      { job: 'smoke', sha: 'a'.repeat(40), run_id: 7, keys: [3, 1_073_741_823] },
      { job: 'e2e', sha: 'b'.repeat(40), keys: [] }
    ]
    expect(capsuleValidator()(c)).toBe(true)
  })

  it.each<[string, Mutate, string]>([
    [
      'more last-green baselines than are kept',
      (c) =>
        (c.body.monitoring_state.baselines = Array.from({ length: 9 }, (_, i) => ({
          job: `j${i}`,
          sha: 's',
          keys: []
        }))),
      '/body/monitoring_state/baselines must NOT have more than 8 items'
    ],
    [
      'a last-green line key that is not a whole number',
      (c) => (c.body.monitoring_state.baselines = [{ job: 'smoke', sha: 's', keys: [1.5] }]),
      '/body/monitoring_state/baselines/0/keys/0 must be of type integer'
    ],
    [
      'a last-green baseline without its commit',
      (c) => (c.body.monitoring_state.baselines = [{ job: 'smoke', keys: [] }]),
      '/body/monitoring_state/baselines/0/sha is required'
    ],
    [
      'an unknown status',
      (c) => (c.body.monitoring_state.current_status = 'broken'),
      '/body/monitoring_state/current_status must be one of operational, degraded, failed, maintenance'
    ],
    [
      'a spec coverage above 100',
      (c) => (c.body.monitoring_state.hee_specific.spec_coverage = 101),
      '/body/monitoring_state/hee_specific/spec_coverage must be <= 100'
    ],
    [
      'a negative prompt coverage',
      (c) => (c.body.monitoring_state.hee_specific = { prompt_coverage: -1 }),
      '/body/monitoring_state/hee_specific/prompt_coverage must be >= 0'
    ],
    [
      'a fractional last run id',
      (c) => (c.body.monitoring_state.last_run_id = 1.5),
      '/body/monitoring_state/last_run_id must be of type integer'
    ],
    [
      'a coverage metric given as text',
      (c) => (c.body.monitoring_state.coverage_metrics.line = '80%'),
      '/body/monitoring_state/coverage_metrics/line must be of type number'
    ],
    [
      'a history entry with a bad timestamp',
      (c) => (c.body.auto_fix_history[0].timestamp = 'yesterday'),
      '/body/auto_fix_history/0/timestamp must be a date-time'
    ],
    [
      'a history entry whose success is a string',
      (c) => (c.body.auto_fix_history[0].success = 'true'),
      '/body/auto_fix_history/0/success must be of type boolean'
    ],
    [
      'a history entry without pattern id',
      (c) => delete c.body.auto_fix_history[0].pattern_id,
      '/body/auto_fix_history/0/pattern_id is required'
    ],
    [
      'a hee_context flag as a string',
      (c) => (c.body.auto_fix_history[0].hee_context = { context_preservation: 'yes' }),
      '/body/auto_fix_history/0/hee_context/context_preservation must be of type boolean'
    ],
    [
      'history that is not an array',
      (c) => (c.body.auto_fix_history = {}),
      '/body/auto_fix_history must be of type array'
    ],
    ['a missing monitoring_state', (c) => delete c.body.monitoring_state, '/body/monitoring_state is required'],
    [
      'a negative consecutive failure count',
      (c) => (c.body.monitoring_state.consecutive_failures = -1),
      '/body/monitoring_state/consecutive_failures must be >= 0'
    ],
    [
      'a pattern count that is not a whole number',
      (c) => (c.body.monitoring_state.pattern_counts['PAT-002'] = 0.5),
      '/body/monitoring_state/pattern_counts/PAT-002 must be of type integer'
    ],
    [
      'an incident with an unknown severity',
      (c) => (c.body.monitoring_state.incidents['CI::PAT-002'].severity = 'urgent'),
      '/body/monitoring_state/incidents/CI::PAT-002/severity must be one of critical, high, medium, low'
    ],
    [
      'seen jobs holding numbers',
      (c) => (c.body.monitoring_state.seen_jobs = [1]),
      '/body/monitoring_state/seen_jobs/0 must be of type string'
    ],
    [
      'a history summary without counts',
      (c) => (c.body.history_summary = { compacted_entries: 1 }),
      '/body/history_summary/by_pattern is required'
    ]
  ])('rejects a body with %s, naming the exact path', (_name, mutate, expected) => {
    expect(rejects(mutate)).toContain(expected)
  })

  it.each<[string, Mutate, string]>([
    ['another schema id', (c) => (c.schema = 'hee.capsule/v2'), '/schema must be "hee.capsule/v1"'],
    ['version 0', (c) => (c.version = 0), '/version must be >= 1'],
    ['a malformed previous digest', (c) => (c.previous_digest = 'sha256:XYZ'), '/previous_digest must match'],
    ['a repository without owner', (c) => (c.repository = 'hello-world'), '/repository must match'],
    ['an updated_at that is no date', (c) => (c.updated_at = '2024-13-45'), '/updated_at must be a date-time'],
    ['an unknown envelope property', (c) => (c.extra = 1), '/extra is not an allowed property'],
    [
      'a signature with an unknown algorithm',
      (c) => (c.signature = { alg: 'RS256', key_id: '0123456789abcdef', value: 'AA==' }),
      '/signature/alg must be one of Ed25519, HS256'
    ],
    ['no body', (c) => delete c.body, '/body is required']
  ])('rejects an envelope with %s', (_name, mutate, expected) => {
    expect(rejects(mutate)).toContain(expected)
  })

  it('accepts extra body properties, as the spec schema does', () => {
    const c: any = fresh()
    c.body.monitoring_state.custom = { anything: true }
    c.body.notes = 'free'
    expect(validateCapsule(c)).toBe(c)
  })

  it('accepts a null previous digest and a well-formed one', () => {
    expect(validateCapsule(fresh({ previous_digest: null })).previous_digest).toBeNull()
    const d = `sha256:${'a'.repeat(64)}`
    expect(validateCapsule(fresh({ version: 2, previous_digest: d })).previous_digest).toBe(d)
  })
})

describe('date-time format', () => {
  // ajv-formats' own full-mode check, which the fast path must agree with on every string.
  const reference = (addFormatsModule.default.get('date-time', 'full') as { validate: (s: string) => boolean }).validate

  const pad = (n: number, width: number): string => String(n).padStart(width, '0')
  // Strings in the toISOString shape with every field free to be out of range: invalid months,
  // days past the month's end, 24:00, minute 60, leap seconds, long fractions.
  const shaped = fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 61 }),
      second: fc.integer({ min: 0, max: 99 }),
      fraction: fc.option(fc.stringMatching(/^[0-9]{1,25}$/), { nil: undefined }),
      zone: fc.constantFrom('Z', 'z', '+00:00', '-01:30', '+2359', '')
    })
    .map(
      (p) =>
        `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}` +
        `${p.fraction === undefined ? '' : `.${p.fraction}`}${p.zone}`
    )
  // Valid timestamps with one character replaced, so near misses reach both checks.
  const damaged = fc
    .tuple(fc.date({ noInvalidDate: true }), fc.nat(40), fc.constantFrom(...'0123456789-:.TtZz +xé'))
    .map(([d, at, ch]) => {
      const s = d.toISOString()
      const i = at % s.length
      return s.slice(0, i) + ch + s.slice(i + 1)
    })

  it('agrees with ajv-formats on any string (property)', () => {
    const anyString = fc.oneof(
      shaped,
      damaged,
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 30 })
    )
    fc.assert(
      fc.property(anyString, (s) => {
        expect(isDateTime(s)).toBe(reference(s))
      }),
      { numRuns: 20_000 }
    )
  })

  it.each([
    ['2024-05-01T12:00:00.000Z', true],
    ['2024-05-01T12:00:00Z', true],
    ['2024-02-29T00:00:00Z', true],
    ['2023-02-29T00:00:00Z', false],
    ['1900-02-29T00:00:00Z', false],
    ['2000-02-29T00:00:00Z', true],
    ['2024-04-31T00:00:00Z', false],
    ['2024-12-31T23:59:60Z', true],
    ['2024-12-31T23:59:60.999Z', true],
    ['2024-12-31T23:58:60Z', false],
    ['2024-12-31T22:59:60Z', false],
    ['2024-01-01T24:00:00Z', false],
    ['2024-01-01T00:60:00Z', false],
    ['2024-01-01T00:00:59.99999999999999999999Z', false], // rounds to 60 as a number, and is not at 23:59
    ['2024-01-01T23:59:59.99999999999999999999Z', true],
    ['2024-01-01T00:00:00.Z', false],
    ['2024-01-01T00:00:00', false],
    ['2024-01-01t00:00:00z', true],
    ['2024-01-01T00:00:00+01:00', true],
    ['+012024-01-01T00:00:00.000Z', false]
  ])('judges %s as %s, like ajv-formats', (s, ok) => {
    expect(isDateTime(s)).toBe(ok)
    expect(reference(s)).toBe(ok)
  })
})
