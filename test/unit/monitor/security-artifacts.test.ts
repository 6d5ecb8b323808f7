/**
 * PAT-003 from uploaded reports: the SARIF / npm audit / cargo audit parsers and the bounded
 * ZIP reader, the latter against zips written by the real `archiver` (the package the
 * artifact client zips with).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import fc from 'fast-check'
import { countJsonNodes } from '../../support/json-nodes.js'
import { describe, expect, it, test } from 'vitest'
import { MAX_REPORT_NODES, MAX_REPORT_RESULTS } from '../../../packages/core/src/artifacts/security-report.js'
import {
  artifactScore,
  cvss3BaseScore,
  isReportFile,
  matchesAny,
  readZipReports,
  readZipSecurityReports,
  reportFindings,
  securityFindings,
  type ArtifactFile
} from '../../../packages/core/src/monitor/security-artifacts.js'

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'security')

// ---------- zips from the real archiver ----------

interface Archive {
  on(event: 'data', fn: (chunk: Buffer) => void): void
  on(event: 'error' | 'warning', fn: (e: Error) => void): void
  on(event: 'end', fn: () => void): void
  append(data: Buffer | string, opts: { name: string; store?: boolean }): void
  finalize(): Promise<void>
}
const archiver = createRequire(import.meta.url)('archiver') as (
  format: 'zip',
  opts?: { zlib?: { level: number }; forceZip64?: boolean; comment?: string }
) => Archive

interface ZipEntry {
  name: string
  data: Buffer | string
  store?: boolean
}

async function makeZip(entries: ZipEntry[], opts: { forceZip64?: boolean; comment?: string } = {}): Promise<Buffer> {
  const archive = archiver('zip', { zlib: { level: 6 }, ...opts })
  const chunks: Buffer[] = []
  const done = new Promise<void>((resolve, reject) => {
    archive.on('data', (c) => chunks.push(c))
    archive.on('error', reject)
    archive.on('end', resolve)
  })
  for (const e of entries) archive.append(e.data, { name: e.name, ...(e.store ? { store: true } : {}) })
  await archive.finalize()
  await done
  return Buffer.concat(chunks)
}

/** Renames an entry in place (local and central headers): same length, same CRC. */
function rename(zip: Buffer, from: string, to: string): Buffer {
  expect(to.length).toBe(from.length)
  const out = Buffer.from(zip)
  const a = Buffer.from(from)
  let i = out.indexOf(a)
  let n = 0
  while (i >= 0) {
    out.write(to, i)
    n++
    i = out.indexOf(a, i + 1)
  }
  expect(n).toBe(2)
  return out
}

// ---------- reports ----------

const sarif = (results: object[], rules: object[] = [], tool = 'CodeQL') =>
  JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: tool, rules } }, results }]
  })

const result = (
  ruleId: string,
  level: string | undefined,
  text: string,
  uri: string,
  startLine: number,
  extra: object = {}
) => ({
  ruleId,
  ...(level ? { level } : {}),
  message: { text },
  locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine, startColumn: 3 } } }],
  ...extra
})

/**
 * `cargo audit --json` is not installed here: this follows the documented report shape
 * (rustsec crate's `Report`: database, lockfile, settings, vulnerabilities{found,count,list},
 * warnings), with two real RustSec advisories.
 */
const CARGO_AUDIT = {
  database: {
    'advisory-count': 812,
    'last-commit': '7f2ac0a4c2b1f3d8f1b1a4a8c8b0b2f1e7a6c3d1',
    'last-updated': '2024-05-01T10:00:00+02:00'
  },
  lockfile: { 'dependency-count': 187 },
  settings: {
    target_arch: [],
    target_os: [],
    severity: null,
    ignore: [],
    informational_warnings: ['unmaintained', 'unsound', 'notice']
  },
  vulnerabilities: {
    found: true,
    count: 2,
    list: [
      {
        advisory: {
          id: 'RUSTSEC-2020-0071',
          package: 'time',
          title: 'Potential segfault in the time crate',
          description: 'Unix-like operating systems may segfault due to dereferencing a dangling pointer …',
          date: '2020-11-18',
          aliases: ['CVE-2020-26235', 'GHSA-wcg3-cvx6-7396'],
          related: [],
          collection: 'crates',
          categories: ['code-execution', 'memory-corruption'],
          keywords: ['segfault'],
          cvss: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H',
          informational: null,
          references: [],
          source: null,
          url: 'https://github.com/time-rs/time/issues/293',
          withdrawn: null,
          license: 'CC0-1.0'
        },
        versions: {
          patched: ['>=0.2.23'],
          unaffected: ['=0.2.0', '=0.2.1', '=0.2.2', '=0.2.3', '=0.2.4', '=0.2.5', '=0.2.6']
        },
        affected: { arch: [], os: [], functions: { 'time::at': ['<0.2.23'] } },
        package: {
          name: 'time',
          version: '0.1.45',
          source: 'registry+https://index.example.com/cargo',
          checksum: '1b797afad3f312d1c66a56d11d0316f916356d11bd158fbc6ca6389ff6bf805a',
          dependencies: [{ name: 'libc', version: '0.2.153', source: 'registry+https://index.example.com/cargo' }],
          replace: null
        }
      },
      {
        advisory: {
          id: 'RUSTSEC-2023-0071',
          package: 'rsa',
          title: 'Marvin Attack: potential key recovery through timing sidechannels',
          description: '…',
          date: '2023-11-22',
          aliases: ['CVE-2023-49092', 'GHSA-c38w-74pg-36hr', 'GHSA-4grx-2x9w-596c'],
          related: [],
          collection: 'crates',
          categories: ['crypto-failure'],
          keywords: ['cryptography'],
          cvss: null,
          informational: null,
          references: [],
          source: null,
          url: 'https://people.redhat.com/~hkario/marvin/',
          withdrawn: null,
          license: 'CC0-1.0'
        },
        versions: { patched: [], unaffected: [] },
        affected: null,
        package: {
          name: 'rsa',
          version: '0.9.6',
          source: 'registry+https://index.example.com/cargo',
          checksum: null,
          dependencies: [],
          replace: null
        }
      }
    ]
  },
  warnings: {}
}

describe('security reports → PAT-003', () => {
  it("ranks SARIF results by security-severity (rule properties or the result's own)", () => {
    const rules = [
      { id: 'js/sql-injection', properties: { 'security-severity': '8.8', tags: ['security'] } },
      { id: 'js/prototype-pollution', properties: { 'security-severity': '9.8' } }
    ]
    const text = sarif(
      [
        result('js/sql-injection', 'error', 'This query depends on a user-provided value.', 'src/db.ts', 42),
        result('js/prototype-pollution', 'warning', 'Prototype pollution via merge.', 'src/merge.ts', 7),
        result('js/log-injection', 'note', 'Log entry depends on user input.', 'src/log.ts', 3, {
          properties: { 'security-severity': '3.1' }
        })
      ],
      rules
    )
    const { value, notes } = securityFindings('codeql-sarif', [{ name: 'results/javascript.sarif', text }])

    expect(notes).toEqual([])
    expect(value).toHaveLength(1)
    const f = value[0]!
    expect(f).toMatchObject({
      pattern: 'PAT-003',
      severity: 'critical',
      rule: 'PAT-003/sarif',
      line: 1,
      lines: [1],
      job: 'artifact codeql-sarif'
    })
    expect(f.score).toBe(70)
    expect(f.excerpt.split('\n')).toEqual([
      'results/javascript.sarif — SARIF: 1 critical, 1 high, 1 low',
      'critical: CodeQL js/prototype-pollution: Prototype pollution via merge. at src/merge.ts:7',
      'high: CodeQL js/sql-injection: This query depends on a user-provided value. at src/db.ts:42',
      'low: CodeQL js/log-injection: Log entry depends on user input. at src/log.ts:3'
    ])
  })

  it('takes SARIF severity from the level when no security-severity is given', () => {
    const text = sarif(
      [
        result('B602', 'warning', 'subprocess call with shell=True', 'app/run.py', 12),
        result('B101', 'note', 'Use of assert detected.', 'app/t.py', 4),
        result('B999', 'none', 'informational only', 'app/x.py', 1)
      ],
      [],
      'Bandit'
    )
    const medium = securityFindings('bandit-sarif', [{ name: 'bandit.sarif.json', text }]).value
    expect(medium).toHaveLength(1)
    expect(medium[0]!.severity).toBe('medium')
    expect(medium[0]!.score).toBe(60)
    expect(medium[0]!.excerpt).toMatch(/^bandit\.sarif\.json — SARIF: 1 medium, 1 low\n/)

    // An error-level result is high: never below the catalogue's severity once high is reached.
    const errorText = sarif([result('B602', 'error', 'shell=True', 'app/run.py', 12)], [], 'Bandit')
    expect(securityFindings('a', [{ name: 'b.sarif', text: errorText }]).value[0]!.severity).toBe('critical')
    expect(
      securityFindings('a', [{ name: 'b.sarif', text: errorText }], { catalogueSeverity: 'high' }).value[0]!.severity
    ).toBe('high')
    // The default level of a rule counts when the result names none; a clean run yields nothing.
    const byRule = sarif(
      [result('R1', undefined, 'm', 'f', 1)],
      [{ id: 'R1', defaultConfiguration: { level: 'note' } }]
    )
    expect(securityFindings('a', [{ name: 'x.sarif', text: byRule }]).value[0]!.severity).toBe('low')
    expect(securityFindings('a', [{ name: 'x.sarif', text: sarif([]) }])).toEqual({ value: [], notes: [] })
  })

  it('reads the report `npm audit --json` prints (npm 7+, captured by capture-npm-audit.mjs)', () => {
    const text = readFileSync(join(FIXTURES, 'npm-audit.json'), 'utf8')
    const { value, notes } = securityFindings('npm-audit', [{ name: 'npm-audit.json', text }])

    expect(notes).toEqual([])
    expect(value).toHaveLength(1)
    const f = value[0]!
    expect(f).toMatchObject({
      pattern: 'PAT-003',
      name: 'Security vulnerability',
      severity: 'critical',
      rule: 'PAT-003/npm-audit'
    })
    // 60 + 10 per critical, kept below a compiler's own error line (80).
    expect(f.score).toBe(artifactScore(2))
    expect(f.score).toBe(79)
    const [head, ...top] = f.excerpt.split('\n')
    expect(head).toBe('npm-audit.json — npm audit: 2 critical, 1 high')
    expect(top).toHaveLength(3)
    expect(top[0]).toBe(
      'critical: minimist <=0.2.3 || 1.0.0 - 1.2.5 (GHSA-xvch-5gv4-984h: Prototype Pollution in minimist)'
    )
    expect(top[1]).toBe('critical: mkdirp 0.4.1 - 0.5.1 (via minimist)')
    expect(top[2]).toMatch(/^high: lodash <=4\.17\.20 \(GHSA-(35jh-r3h4-6jhm|p6mc-m468-83gw): /)
  })

  it('reads `cargo audit --json` (documented shape), severity from the CVSS vector', () => {
    const { value, notes } = securityFindings('cargo-audit', [
      { name: 'audit/cargo-audit.json', text: JSON.stringify(CARGO_AUDIT) }
    ])
    expect(notes).toEqual([])
    expect(value).toHaveLength(1)
    expect(value[0]).toMatchObject({ rule: 'PAT-003/cargo-audit', job: 'artifact cargo-audit', score: 60 })
    // An advisory without a vector counts as high, which lifts the finding to the catalogue's critical.
    expect(value[0]!.severity).toBe('critical')
    expect(value[0]!.excerpt.split('\n')).toEqual([
      'audit/cargo-audit.json — cargo audit: 1 high, 1 medium',
      'high: rsa 0.9.6 (RUSTSEC-2023-0071: Marvin Attack: potential key recovery through timing sidechannels), no fixed version',
      'medium: time 0.1.45 (RUSTSEC-2020-0071: Potential segfault in the time crate), fixed in >=0.2.23'
    ])
    const clean = { ...CARGO_AUDIT, vulnerabilities: { found: false, count: 0, list: [] } }
    expect(securityFindings('c', [{ name: 'cargo-audit.json', text: JSON.stringify(clean) }])).toEqual({
      value: [],
      notes: []
    })
  })

  it('computes CVSS 3.x base scores as the specification does', () => {
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8)
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L')).toBe(5.6)
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H')).toBe(7.2)
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N')).toBe(6.1)
    expect(cvss3BaseScore('CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H')).toBe(5.9)
    expect(cvss3BaseScore('CVSS:3.1/AV:L/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N')).toBe(0)
    expect(cvss3BaseScore('AV:N/AC:L/Au:N/C:P/I:P/A:P')).toBeUndefined()
    expect(cvss3BaseScore('CVSS:3.1/AV:X')).toBeUndefined()
  })

  it('ignores malformed or unknown files with a note, and never throws', () => {
    const files: ArtifactFile[] = [
      { name: 'broken.sarif', text: '{"version": "2.1.0", "runs": [' },
      { name: 'list-audit.json', text: '[1, 2, 3]' },
      { name: 'other-audit.json', text: '{"hello": "world"}' },
      { name: 'npm6-audit.json', text: '{"actions": [], "advisories": {}, "metadata": {}}' },
      { name: 'old.sarif', text: '{"version": "1.0.0", "runs": []}' }
    ]
    const { value, notes } = securityFindings('x', files)
    expect(value).toEqual([])
    expect(notes).toEqual([
      expect.stringMatching(/^broken\.sarif is not valid JSON \(/),
      'list-audit.json is JSON but not an object',
      'other-audit.json is neither SARIF 2.1.0 nor npm or cargo audit JSON',
      'npm6-audit.json is an npm 6 audit report; only npm 7+ (`auditReportVersion: 2`) is read',
      'old.sarif is neither SARIF 2.1.0 nor npm or cargo audit JSON'
    ])
  })

  test('property: any JSON value or text, as any report file, yields findings or notes, never a throw', () => {
    const shaped = fc.oneof(
      fc.record({ version: fc.constant('2.1.0'), runs: fc.array(fc.anything()) }),
      fc.record({
        auditReportVersion: fc.constant(2),
        vulnerabilities: fc.dictionary(fc.string(), fc.anything()),
        metadata: fc.anything()
      }),
      fc.record({ vulnerabilities: fc.record({ list: fc.array(fc.anything()) }) }),
      fc.anything()
    )
    fc.assert(
      fc.property(
        fc.oneof(
          shaped.map((v) => JSON.stringify(v) ?? 'null'),
          fc.string()
        ),
        (text) => {
          const r = securityFindings('a', [{ name: 'r.sarif', text }])
          expect(r.value.length + r.notes.length).toBeLessThanOrEqual(1)
          for (const f of r.value) {
            expect(f.excerpt.length).toBeLessThanOrEqual(500)
            expect(f.score).toBeLessThan(80)
          }
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('hostile reports: bounded work', () => {
  it('leaves out a 48 MB SARIF of empty results from a small zip before parsing it, and reads the other report', async () => {
    const results = `{"version":"2.1.0","runs":[{"results":[${'{},'.repeat(16 * 1024 * 1024)}{}]}]}`
    const zip = await makeZip([
      { name: 'bomb.sarif', data: results },
      { name: 'real.sarif', data: sarif([{ ruleId: 'js/sql-injection', level: 'error' }]) }
    ])
    expect(zip.length).toBeLessThan(200 * 1024)
    const files = await readZipReports(zip)
    expect(files.value.map((f) => f.name).sort()).toEqual(['bomb.sarif', 'real.sarif'])
    const found = securityFindings('codeql', files.value)
    expect(found.notes).toEqual([
      `limit reached: bomb.sarif holds more than ${MAX_REPORT_NODES} JSON objects and arrays; it was not read`
    ])
    expect(found.value).toHaveLength(1)
    expect(found.value[0]!.excerpt).toContain('js/sql-injection')
  })

  it('unpacks the 48 MB SARIF only as far as its node cap, reads the other report, and says the same', async () => {
    const zip = await makeZip([
      { name: 'bomb.sarif', data: `{"runs":[{"results":[${'{},'.repeat(16 * 1024 * 1024)}{}]}]}` },
      { name: 'shape2.sarif', data: `{"results":[${'{},'.repeat(400_000)}{}]}` },
      { name: 'real.sarif', data: sarif([{ ruleId: 'js/sql-injection', level: 'error' }]) }
    ])
    const files = await readZipSecurityReports(zip)
    expect(files.notes).toEqual([])
    const found = reportFindings('codeql', files.value)
    expect(found.notes).toEqual(
      ['bomb.sarif', 'shape2.sarif'].map(
        (n) => `limit reached: ${n} holds more than ${MAX_REPORT_NODES} JSON objects and arrays; it was not read`
      )
    )
    expect(found.value).toHaveLength(1)
    expect(found.value[0]!.excerpt).toContain('js/sql-injection')
  })

  it('makes the finding of a SARIF with 5 times the result cap from exactly the first MAX_REPORT_RESULTS, and says so', async () => {
    const n = 5 * MAX_REPORT_RESULTS
    const results = Array.from({ length: n }, (_, i) =>
      i < MAX_REPORT_RESULTS ? { ruleId: 'js/xss', level: 'error' } : { ruleId: 'js/late', level: 'note' }
    )
    const zip = await makeZip([{ name: 'big.sarif', data: sarif(results) }])
    const files = await readZipSecurityReports(zip)
    const report = files.value[0]!.report
    expect(typeof report === 'object' && report.items).toHaveLength(MAX_REPORT_RESULTS)
    const found = reportFindings('codeql', files.value)
    expect(found.notes).toEqual([
      `limit reached: big.sarif holds ${n} SARIF results; only the first ${MAX_REPORT_RESULTS} were read`
    ])
    expect(found.value).toHaveLength(1)
    expect(found.value[0]!.excerpt.split('\n')[0]).toBe(`big.sarif — SARIF: ${MAX_REPORT_RESULTS} high`)
    expect(found.value[0]!.excerpt).not.toContain('js/late')
    // The text path (a file already read) gives the same.
    expect(securityFindings('codeql', [{ name: 'big.sarif', text: sarif(results) }])).toEqual(found)
  })

  it('counts only brackets outside strings', () => {
    expect(countJsonNodes('{"a":"{[{[","b":[{},[]],"c":"\\"}')).toBe(4)
    expect(countJsonNodes('[' + '[],'.repeat(10) + '[]]', 5)).toBe(6)
  })
})

describe('artifact names', () => {
  it('matches glob-ish patterns case-insensitively, whole names only', () => {
    expect(matchesAny('npm-audit', ['*sarif*', '*audit*'])).toBe(true)
    expect(matchesAny('CodeQL-SARIF-results', ['*sarif*'])).toBe(true)
    expect(matchesAny('hee-state-capsule-v3', ['*sarif*', '*audit*'])).toBe(false)
    expect(matchesAny('scan.1', ['scan.?'])).toBe(true)
    expect(matchesAny('scanx1', ['scan.?'])).toBe(false)
    expect(matchesAny('anything', [])).toBe(false)
  })

  it('reads *.sarif, *.sarif.json and *audit*.json only', () => {
    expect(
      ['a.sarif', 'x/b.SARIF.json', 'npm-audit.json', 'reports/audit.json', 'cargo-audit-report.json'].every(
        isReportFile
      )
    ).toBe(true)
    expect(['a.sarif.txt', 'audit.txt', 'package.json', 'audit/readme.md', 'sarif/'].some(isReportFile)).toBe(false)
  })
})

describe('readZipReports', () => {
  const nameArb = fc
    .tuple(
      fc.array(fc.stringMatching(/^[a-z0-9_-]{1,8}$/), { maxLength: 2 }),
      fc.stringMatching(/^[a-z0-9_-]{1,10}$/),
      fc.constantFrom('.sarif', '.sarif.json', '-audit.json', '.json', '.txt', '.log')
    )
    .map(([dirs, base, ext]) => [...dirs, base + ext].join('/'))
  const entryArb = fc.record({
    name: nameArb,
    data: fc.oneof(
      fc.string({ maxLength: 2000 }),
      fc.uint8Array({ maxLength: 3000 }).map((a) => Buffer.from(a).toString('latin1'))
    ),
    store: fc.boolean()
  })

  test('property: returns exactly the report files archiver wrote, stored or deflated, ZIP64 or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(entryArb, { maxLength: 12, selector: (e) => e.name }),
        fc.boolean(),
        fc.string({ maxLength: 40 }),
        async (entries, forceZip64, comment) => {
          const zip = await makeZip(entries, { forceZip64, comment })
          const { value, notes } = await readZipReports(zip)
          expect(notes).toEqual([])
          const expected = entries
            .filter((e) => isReportFile(e.name))
            .map((e) => ({ name: e.name, text: Buffer.from(e.data, 'utf8').toString('utf8') }))
          expect(value).toEqual(expected)
        }
      ),
      { numRuns: 60 }
    )
  })

  test('property: a truncated or corrupted zip never throws and never returns altered content', async () => {
    const originals = [
      { name: 'npm-audit.json', text: readFileSync(join(FIXTURES, 'npm-audit.json'), 'utf8') },
      { name: 'r/x.sarif', text: sarif([]) }
    ]
    const zip = await makeZip([
      { name: originals[0]!.name, data: readFileSync(join(FIXTURES, 'npm-audit.json')) },
      { name: originals[1]!.name, data: originals[1]!.text, store: true }
    ])
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: zip.length }),
        fc.array(fc.tuple(fc.nat({ max: zip.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        async (cut, flips) => {
          const bad = Buffer.from(zip.subarray(0, cut))
          for (const [i, v] of flips) if (i < bad.length) bad[i] = v
          const r = await readZipReports(bad)
          // A flipped byte may rename an entry so it is no report at all; what is returned is
          // always an original file with its original text (the CRC check sees to that).
          for (const f of r.value) expect(originals.some((o) => o.text === f.text)).toBe(true)
          // A zip only cut short has lost its central directory: that is said, not hidden.
          if (flips.length === 0 && cut < zip.length) expect(r.notes.length).toBeGreaterThan(0)
        }
      ),
      { numRuns: 400 }
    )
  })

  it('refuses more entries than allowed, and more bytes than allowed', async () => {
    const many = await makeZip(Array.from({ length: 201 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' })))
    expect(await readZipReports(many)).toEqual({
      value: [],
      notes: ['the zip lists 201 entries, more than the 200 read']
    })
    const few = await makeZip(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' })))
    expect((await readZipReports(few, { maxEntries: 4 })).notes).toEqual([
      'the zip lists 5 entries, more than the 4 read'
    ])

    // 2 MB of zeros deflates to a few KB: the declared size is what counts.
    const bomb = await makeZip([{ name: 'big-audit.json', data: Buffer.alloc(2 * 1024 * 1024) }])
    expect(bomb.length).toBeLessThan(10_000)
    expect(await readZipReports(bomb, { maxTotalBytes: 1024 * 1024 })).toEqual({
      value: [],
      notes: ['the report files hold 2097152 bytes uncompressed, more than the 1048576 read']
    })
    expect((await readZipReports(bomb)).value).toHaveLength(1)
  })

  it('skips names that climb out of the archive', async () => {
    const zip = rename(
      await makeZip([
        { name: 'aa/evil-audit.json', data: '{}' },
        { name: 'ok-audit.json', data: '{}' }
      ]),
      'aa/evil',
      '../evil'
    )
    const r = await readZipReports(zip)
    expect(r.value.map((f) => f.name)).toEqual(['ok-audit.json'])
    expect(r.notes).toEqual(['skipped "../evil-audit.json": the name leaves the archive'])
  })

  it('notes an entry whose data does not match its CRC', async () => {
    const zip = await makeZip([{ name: 'a.sarif', data: 'hello world, stored', store: true }])
    const bad = Buffer.from(zip)
    bad.write('J', bad.indexOf('hello'))
    expect(await readZipReports(bad)).toEqual({ value: [], notes: ['skipped a.sarif: a.sarif fails its CRC-32 check'] })
  })
})
