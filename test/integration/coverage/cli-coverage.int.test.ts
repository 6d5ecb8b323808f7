import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../../packages/cli/src/cli.js'
import type { CliIO } from '../../../packages/cli/src/io.js'

let repo: string
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' })
const write = (p: string, text: string) => {
  mkdirSync(dirname(join(repo, p)), { recursive: true })
  writeFileSync(join(repo, p), text)
}

async function hee(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: repo, env: {} }
  const code = await main(argv, io)
  return { code, out, err }
}

const A_MAIN = `export function f(x) {
  if (x > 0) return 'pos'
  return 'neg'
}
`

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'hee-cov-cli-'))
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 't@example.com')
  git('config', 'user.name', 'T')
  write('src/a.mjs', A_MAIN)
  write('src/other.mjs', 'export const k = 1\n')
  write('spec/requirements.md', '# Requirements\n\n- REQ-1 grading\n- REQ-2 refunds\n- REQ-3 audit (see REQ-1)\n')
  write('prompts/greeting.md', 'Say hello.\n')
  write('prompts/farewell.md', 'Say goodbye.\n')
  write(
    'test/a.test.mjs',
    `import { test } from 'node:test'
import assert from 'node:assert'
import { readFileSync } from 'node:fs'
import { f, g } from '../src/a.mjs'

// REQ-1: positive numbers grade as pos
test('f grades positive numbers', () => {
  assert.equal(f(1), 'pos')
  assert.ok(readFileSync(new URL('../prompts/greeting.md', import.meta.url), 'utf8').length > 0)
  assert.equal(g(2), 4)
})
`
  )
  git('add', '-A')
  git('commit', '-qm', 'base')
  // The pull request's branch: a new function, half of it tested.
  git('checkout', '-qb', 'feature')
  write(
    'src/a.mjs',
    A_MAIN +
      `
export function g(x) {
  if (x > 100) {
    return -1
  }
  return x * 2
}
`
  )
  git('commit', '-qam', 'add g')
  // Meanwhile main moved on and changed the same file: a diff against main itself would count main's line as the PR's.
  git('checkout', '-q', 'main')
  write('src/a.mjs', A_MAIN.replace("'neg'", "'negative'"))
  write('src/other.mjs', 'export const k = 2\nexport const j = 3\n')
  git('commit', '-qam', 'main moves on')
  git('checkout', '-q', 'feature')
  execFileSync(
    process.execPath,
    [
      '--test',
      '--experimental-test-coverage',
      '--test-reporter=lcov',
      '--test-reporter-destination=lcov.info',
      'test/a.test.mjs'
    ],
    {
      cwd: repo,
      stdio: 'ignore'
    }
  )
})

afterAll(() => rmSync(repo, { recursive: true, force: true }))

describe('hee coverage analyze', () => {
  it('gives patch coverage of the lines the branch changed since its merge base, not since the moved base', async () => {
    const r = await hee('coverage', 'analyze', '--report', 'lcov.info', '--base', 'main')
    expect(r.code).toBe(0)
    const a = JSON.parse(r.out)
    expect(a.patch.merge_base).toBe(git('merge-base', 'main', 'feature').trim())
    // The branch added lines 5-11 (node counts every line); 8-9 (return -1 and its brace) never ran.
    // main's own change on line 3 is not counted.
    expect(a.patch.counts).toEqual({ covered: 5, total: 7 })
    expect(a.patch.uncovered).toEqual([{ file: 'src/a.mjs', lines: [8, 9] }])
    expect(a.annotations).toEqual([
      { file: 'src/a.mjs', start_line: 8, end_line: 9, message: 'Lines 8–9 were changed and no test runs them.' }
    ])
    // The gaps in the changed function come first.
    expect(a.gaps[0]).toMatchObject({ file: 'src/a.mjs', changed: true })
  })

  it('measures spec ids and prompt files referenced by tests, and lists the ones no test references', async () => {
    const r = await hee(
      'coverage',
      'analyze',
      '--report',
      'lcov.info',
      '--spec',
      'spec',
      '--prompts',
      'prompts/**/*.md'
    )
    const a = JSON.parse(r.out)
    expect(a.metrics.spec).toBe(33.33)
    expect(a.metrics.prompt).toBe(50)
    expect(a.gaps.filter((g: any) => g.kind === 'spec').map((g: any) => [g.name, g.file, g.line])).toEqual([
      ['REQ-2', 'spec/requirements.md', 4],
      ['REQ-3', 'spec/requirements.md', 5]
    ])
    expect(a.gaps.filter((g: any) => g.kind === 'prompt').map((g: any) => g.file)).toEqual(['prompts/farewell.md'])
    expect(a.metrics.integration).toBeNull()
    expect(a.hee_total).not.toBeNull()
  })

  it("prints the spec's table as Markdown and fails the gate on a drop since the previous analysis", async () => {
    const first = await hee('coverage', 'analyze', '--report', 'lcov.info')
    const prev = JSON.parse(first.out)
    prev.metrics.line += 5
    prev.hee_total += 5
    writeFileSync(join(repo, 'prev.json'), JSON.stringify(prev))
    const r = await hee(
      'coverage',
      'analyze',
      '--report',
      'lcov.info',
      '--format',
      'md',
      '--previous',
      'prev.json',
      '--max-drop',
      '1'
    )
    expect(r.code).toBe(1)
    expect(r.out).toContain('| Metric | HEE Target | Current | Gap | Priority |')
    expect(r.out).toContain('**Gate: failed**')
    expect(r.err).toMatch(/gate failed: the HEE total fell from/)
    expect(r.out).toContain('Trend (HEE total, last 2 runs)')
  })

  it('exits 2 naming the report and line for a report it cannot read', async () => {
    writeFileSync(join(repo, 'broken.xml'), '<coverage>\n<packages>\n')
    const r = await hee('coverage', 'analyze', '--report', 'broken.xml')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^hee coverage: broken.xml:3: the XML document ends before its elements are closed/)
    const usage = await hee('coverage', 'analyze')
    expect(usage.code).toBe(2)
    expect(usage.err).toContain('--report is required')
  })

  it("reads producers' reports as they come off Windows and .NET runners, and refuses SonarQube's format by name", async () => {
    // coverlet: a BOM, a blank line before <?xml, branch="True", backslashes under a D:\a\ source root.
    const coverlet = `\uFEFF\r\n<?xml version="1.0" encoding="utf-8"?>\r\n<coverage line-rate="0.66" branch-rate="0.5" version="1.9" timestamp="1"><sources><source>D:\\a\\app\\app\\src\\</source></sources><packages><package name="app"><classes><class name="A" filename="a.mjs"><methods/><lines><line number="1" hits="3" branch="False"/><line number="2" hits="3" branch="True" condition-coverage="50% (1/2)"><conditions><condition number="0" type="jump" coverage="50%"/></conditions></line><line number="3" hits="0" branch="False"/></lines></class></classes></package></packages></coverage>`
    writeFileSync(join(repo, 'coverage.cobertura.xml'), coverlet)
    // PowerShell's `>` writes UTF-16LE with a byte order mark.
    const lcov = 'SF:src\\other.mjs\r\nDA:1,1\r\nend_of_record\r\n'
    writeFileSync(join(repo, 'other.info'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lcov, 'utf16le')]))
    const r = await hee('coverage', 'analyze', '--report', 'coverage.cobertura.xml', '--report', 'other.info')
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const a = JSON.parse(r.out)
    expect(a.reports.map((x: { format: string }) => x.format)).toEqual(['cobertura', 'lcov'])
    expect([a.counts.line, a.counts.branch]).toEqual([
      { covered: 3, total: 4 },
      { covered: 1, total: 2 }
    ])
    writeFileSync(
      join(repo, 'sonar.xml'),
      '<?xml version="1.0"?>\n<coverage version="1"><file path="src/a.mjs"><lineToCover lineNumber="1" covered="true"/></file></coverage>\n'
    )
    const sonar = await hee('coverage', 'analyze', '--report', 'sonar.xml')
    expect(sonar.code).toBe(2)
    expect(sonar.err).toMatch(/^hee coverage: sonar.xml: SonarQube generic coverage XML/)
  })

  it('caps the annotations on uncovered changed lines and counts the ones left out', async () => {
    // The branch changed lines 5-11 of src/a.mjs; this report leaves 6 and 8-9 unrun: two ranges.
    writeFileSync(
      join(repo, 'two-gaps.info'),
      'SF:src/a.mjs\nDA:1,1\nDA:2,1\nDA:5,1\nDA:6,0\nDA:7,1\nDA:8,0\nDA:9,0\nDA:10,1\nDA:11,1\nend_of_record\n'
    )
    const all = JSON.parse((await hee('coverage', 'analyze', '--report', 'two-gaps.info', '--base', 'main')).out)
    expect(all.annotations.map((x: any) => [x.start_line, x.end_line])).toEqual([
      [6, 6],
      [8, 9]
    ])
    expect(all.annotations_omitted).toBe(0)
    writeFileSync(join(repo, 'cap.yml'), 'annotations: { max: 1 }\n')
    const capped = await hee(
      'coverage',
      'analyze',
      '--report',
      'two-gaps.info',
      '--base',
      'main',
      '--config',
      'cap.yml'
    )
    const a = JSON.parse(capped.out)
    expect(a.annotations).toEqual([
      { file: 'src/a.mjs', start_line: 6, end_line: 6, message: 'Line 6 was changed and no test runs it.' }
    ])
    expect(a.annotations_omitted).toBe(1)
    // Patch coverage still counts every changed line.
    expect(a.patch.counts).toEqual({ covered: 4, total: 7 })
  })

  it("reports a Stryker run's mutation score beside coverage, as Stryker computes it", async () => {
    const mutation = join(import.meta.dirname, '../../fixtures/coverage/stryker/mutation.json')
    const r = await hee('coverage', 'analyze', '--report', 'lcov.info', '--mutation', mutation, '--format', 'md')
    expect(r.code).toBe(0)
    expect(r.out).toContain('**Mutation score (stryker):** 44.12% (15/34), 19 surviving.')
    const json = JSON.parse((await hee('coverage', 'analyze', '--report', 'lcov.info', '--mutation', mutation)).out)
    expect(json.mutation[0]).toMatchObject({ tool: 'stryker', value: 44.12 })
  })

  it('fails on a base with no merge base, saying how to fetch it', async () => {
    const r = await hee('coverage', 'analyze', '--report', 'lcov.info', '--base', 'no-such-branch')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/no merge base of no-such-branch and HEAD.*fetch-depth: 0/)
    expect(readFileSync(join(repo, 'lcov.info'), 'utf8')).toContain('SF:')
  })
})
