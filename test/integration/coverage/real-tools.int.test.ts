import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { analyzeCoverage, resolveSettings, type CoverageAnalysis } from '../../../packages/core/src/coverage/index.js'

const ROOT = join(import.meta.dirname, '../../..')
const FIXTURES = join(ROOT, 'test/fixtures/coverage')
const C8 = join(ROOT, 'node_modules/c8/bin/c8.js')
const temps: string[] = []

function sample(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `hee-cov-${name}-`))
  temps.push(dir)
  cpSync(join(FIXTURES, name), dir, { recursive: true })
  return dir
}

afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true })
})

async function analyze(root: string, ...reports: string[]): Promise<CoverageAnalysis> {
  return analyzeCoverage({ root, reports: reports.map((p) => ({ path: join(root, p) })), settings: resolveSettings() })
}

const run = (cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })

describe("node's test runner", () => {
  it("gives through its lcov reporter the figures of node's own coverage summary", async () => {
    const dir = sample('js-sample')
    run(
      process.execPath,
      [
        '--test',
        '--experimental-test-coverage',
        '--test-reporter=lcov',
        '--test-reporter-destination=lcov.info',
        'grade.test.mjs'
      ],
      dir
    )
    const text = run(
      process.execPath,
      ['--test', '--experimental-test-coverage', '--test-reporter=tap', 'grade.test.mjs'],
      dir
    )
    const all = /# all files\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)/.exec(text)
    expect(all).not.toBeNull()
    const a = await analyze(dir, 'lcov.info')
    expect(a.reports[0]!.format).toBe('lcov')
    expect([a.metrics.line, a.metrics.branch, a.metrics.function]).toEqual([
      Number(all![1]),
      Number(all![2]),
      Number(all![3])
    ])
    expect(a.gaps[0]).toMatchObject({ kind: 'function', file: 'grade.mjs', name: 'unused', line: 7 })
  })
})

describe('c8 (Istanbul)', () => {
  it('gives the same figures through lcov, Cobertura, coverage-final.json and coverage-summary.json, equal to its text summary', async () => {
    const dir = sample('js-sample')
    const summary = run(
      process.execPath,
      [
        C8,
        '--reporter=lcov',
        '--reporter=cobertura',
        '--reporter=json',
        '--reporter=json-summary',
        '--reporter=text-summary',
        '--reports-dir=out',
        process.execPath,
        '--test',
        'grade.test.mjs'
      ],
      dir
    )
    const figure = (label: string) => {
      const m = new RegExp(`${label}\\s*:\\s*[\\d.]+% \\( (\\d+)/(\\d+) \\)`).exec(summary)
      expect(m, `${label} in c8's summary`).not.toBeNull()
      return { covered: Number(m![1]), total: Number(m![2]) }
    }
    const expected = { line: figure('Lines'), branch: figure('Branches'), function: figure('Functions') }
    const formats: string[] = []
    for (const report of [
      'out/lcov.info',
      'out/cobertura-coverage.xml',
      'out/coverage-final.json',
      'out/coverage-summary.json'
    ]) {
      const a = await analyze(dir, report)
      formats.push(a.reports[0]!.format)
      expect({ line: a.counts.line, branch: a.counts.branch, function: a.counts.function }, report).toEqual(expected)
    }
    expect(formats).toEqual(['lcov', 'cobertura', 'istanbul-final', 'istanbul-summary'])
    // Statements, which only the Istanbul JSON formats carry, equal c8's statement figure.
    expect((await analyze(dir, 'out/coverage-final.json')).counts.statement).toEqual(figure('Statements'))
  })
})

describe('reports of real tools through the spill file', () => {
  it("give the same analysis as in memory: c8's four formats and node's lcov, merged over lanes", async () => {
    const dir = sample('js-sample')
    run(
      process.execPath,
      [
        C8,
        '--reporter=lcov',
        '--reporter=cobertura',
        '--reporter=json',
        '--reporter=json-summary',
        '--reports-dir=out',
        process.execPath,
        '--test',
        'grade.test.mjs'
      ],
      dir
    )
    run(
      process.execPath,
      [
        '--test',
        '--experimental-test-coverage',
        '--test-reporter=lcov',
        '--test-reporter-destination=node.info',
        'grade.test.mjs'
      ],
      dir
    )
    const reports = [
      { path: join(dir, 'out/lcov.info'), lane: 'unit' },
      { path: join(dir, 'node.info'), lane: 'integration' },
      { path: join(dir, 'out/cobertura-coverage.xml') },
      { path: join(dir, 'out/coverage-final.json'), lane: 'unit' },
      { path: join(dir, 'out/coverage-summary.json') }
    ]
    const json = async (memoryBudget: number) =>
      JSON.stringify(
        await analyzeCoverage({
          root: dir,
          reports,
          settings: resolveSettings(),
          run: { at: '2026-01-01T00:00:00.000Z' },
          memoryBudget
        })
      )
    const inMemory = await json(Number.MAX_SAFE_INTEGER)
    expect(JSON.parse(inMemory).metrics.integration).toBeGreaterThan(0)
    expect(await json(0)).toBe(inMemory)
  })
})

describe('methods of the same name in two classes', () => {
  it("are two functions in c8's lcov, Cobertura and JSON and in node's lcov, as in c8's own summary", async () => {
    const dir = project('same-name', {
      'two.mjs':
        'export class A {\n  get() { return 1 }\n}\nexport class B {\n  get() { return 2 }\n}\nexport function run(f) { return f() }\n',
      'two.test.mjs':
        "import { test } from 'node:test'\nimport assert from 'node:assert'\nimport { A } from './two.mjs'\ntest('a', () => { assert.equal(new A().get(), 1) })\n"
    })
    const summary = run(
      process.execPath,
      [
        C8,
        '--reporter=lcov',
        '--reporter=cobertura',
        '--reporter=json',
        '--reporter=text-summary',
        '--reports-dir=out',
        process.execPath,
        '--test',
        'two.test.mjs'
      ],
      dir
    )
    const m = /Functions\s*:\s*[\d.]+% \( (\d+)\/(\d+) \)/.exec(summary)
    expect(m).not.toBeNull()
    const expected = { covered: Number(m![1]), total: Number(m![2]) }
    expect(expected.total).toBe(3)
    for (const report of ['out/lcov.info', 'out/cobertura-coverage.xml', 'out/coverage-final.json'])
      expect((await analyze(dir, report)).counts.function, report).toEqual(expected)
    run(
      process.execPath,
      [
        '--test',
        '--experimental-test-coverage',
        '--test-reporter=lcov',
        '--test-reporter-destination=node.info',
        'two.test.mjs'
      ],
      dir
    )
    const node = await analyze(dir, 'node.info')
    expect(node.gaps.filter((g) => g.kind === 'function' && g.file === 'two.mjs').map((g) => [g.name, g.line])).toEqual(
      [
        ['get', 5],
        ['run', 7]
      ]
    )
  })
})

describe('coverage.py', () => {
  it('gives the same line and branch figures through its JSON and Cobertura XML, equal to its own totals', async () => {
    const dir = sample('py-sample')
    const env = { COVERAGE_FILE: join(dir, '.coverage') }
    run('python3-coverage', ['run', '--branch', '--source=.', '-m', 'unittest', 'test_grade'], dir, env)
    run('python3-coverage', ['json', '-o', 'coverage.json'], dir, env)
    run('python3-coverage', ['xml', '-o', 'coverage.xml'], dir, env)
    const totals = JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8')).totals
    const json = await analyze(dir, 'coverage.json')
    const xml = await analyze(dir, 'coverage.xml')
    expect(json.reports[0]!.format).toBe('coverage-py')
    expect(xml.reports[0]!.format).toBe('cobertura')
    const expected = {
      line: { covered: totals.covered_lines, total: totals.num_statements },
      branch: { covered: totals.covered_branches, total: totals.num_branches }
    }
    expect({ line: json.counts.line, branch: json.counts.branch }).toEqual(expected)
    expect({ line: xml.counts.line, branch: xml.counts.branch }).toEqual(expected)
    // coverage.py 6 reports no functions: not measured, never 0 or 100.
    expect(json.metrics.function).toBeNull()
    expect(json.not_measured.function).toMatch(/no report carries function data/)
    expect(
      json.gaps.find((g) => g.kind === 'lines' && g.file === 'grade.py' && g.line === 12 && g.end_line === 14)
    ).toBeDefined()
  })

  it('measuring without --source takes in files of the Python installation: an error naming them, or left out and listed', async () => {
    const dir = sample('py-sample')
    const env = { COVERAGE_FILE: join(dir, '.coverage') }
    run('python3-coverage', ['run', '-m', 'unittest', 'test_grade'], dir, env)
    run('python3-coverage', ['json', '-o', 'coverage.json'], dir, env)
    const outside = [...Object.keys(JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8')).files)].filter((f) =>
      f.startsWith('/')
    )
    if (outside.length === 0) return expect(outside).toEqual([]) // this Python imported nothing measurable from outside
    await expect(analyze(dir, 'coverage.json')).rejects.toThrow(/coverage\.json:\d+: \/.+ is outside the repository/)
    const a = await analyzeCoverage({
      root: dir,
      reports: [{ path: join(dir, 'coverage.json') }],
      settings: resolveSettings({ outside: 'skip' })
    })
    expect(a.skipped.map((s) => s.reason.split(' ')[0])).toEqual(outside)
    expect(a.counts.line!.total).toBeGreaterThan(0)
  })
})

describe('go test -coverprofile', () => {
  for (const mode of ['set', 'count', 'atomic']) {
    it(`in ${mode} mode gives Go's own "coverage: N% of statements" and places import paths through go.mod`, async () => {
      const dir = sample('go-sample')
      const out = run('go', ['test', `-covermode=${mode}`, '-coverprofile=cover.out', './...'], dir, {
        GOFLAGS: '-mod=mod',
        GOTOOLCHAIN: 'local'
      })
      const pct = Number(/coverage: ([\d.]+)% of statements/.exec(out)![1])
      const a = await analyze(dir, 'cover.out')
      expect(a.reports[0]!.format).toBe('go')
      const s = a.counts.statement!
      expect(Math.round((s.covered / s.total) * 1000) / 10).toBe(pct)
      expect(a.metrics.branch).toBeNull()
      expect(a.metrics.function).toBeNull()
      expect(a.gaps.some((g) => g.file === 'score/grade.go' && g.line === 23)).toBe(true)
    })
  }
})

/** A scratch project made of `files`, for tools whose sample is small enough to write here. */
function project(name: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), `hee-cov-${name}-`))
  temps.push(dir)
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true })
    writeFileSync(join(dir, p), text)
  }
  return dir
}

describe('go test -coverpkg over several packages', () => {
  it("gives the total of go tool cover -func for a module whose packages' tests cover each other", async () => {
    const dir = project('go-multi', {
      'go.mod': 'module example.com/multi\n\ngo 1.19\n',
      'a/a.go':
        'package a\n\nfunc Grade(s int) string {\n\tif s >= 90 {\n\t\treturn "A"\n\t}\n\tif s >= 80 {\n\t\treturn "B"\n\t}\n\treturn "F"\n}\n',
      'a/a_test.go':
        'package a\n\nimport "testing"\n\nfunc TestGrade(t *testing.T) {\n\tif Grade(95) != "A" {\n\t\tt.Fatal("A")\n\t}\n}\n',
      'b/b.go':
        'package b\n\nimport "example.com/multi/a"\n\nfunc Twice(s int) string { return a.Grade(s) + a.Grade(s) }\n\nfunc Never() int { return 1 }\n',
      'b/b_test.go':
        'package b\n\nimport "testing"\n\nfunc TestTwice(t *testing.T) {\n\tif Twice(85) != "BB" {\n\t\tt.Fatal("BB")\n\t}\n}\n',
      'cmd/main.go': 'package main\n\nfunc main() {}\n'
    })
    const env = { GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' }
    run('go', ['test', '-covermode=atomic', '-coverpkg=./...', '-coverprofile=cover.out', './...'], dir, env)
    const total = /total:\s+\(statements\)\s+([\d.]+)%/.exec(run('go', ['tool', 'cover', '-func=cover.out'], dir, env))
    expect(total).not.toBeNull()
    const a = await analyze(dir, 'cover.out')
    const s = a.counts.statement!
    // Each package's test binary lists every block of the module: a block counts once, covered when any ran it.
    expect(Math.round((s.covered / s.total) * 1000) / 10).toBe(Number(total![1]))
    expect(a.reports[0]!.files).toBe(3)
    expect(a.gaps.some((g) => g.file === 'b/b.go' && g.line === 7)).toBe(true)
  })
})

describe('gcc --coverage through gcovr and lcov', () => {
  it("gives gcovr's and lcov's own totals, the same through Cobertura and lcov, for files in several folders", async () => {
    const dir = project('gcc', {
      'src/a/grade.c':
        '#include "grade.h"\nint grade(int s) {\n  if (s >= 90) return 4;\n  if (s >= 80 && s < 90) return 3;\n  return 0;\n}\nint unused(int x) {\n  return x * 2;\n}\n',
      'src/a/grade.h':
        'int grade(int s);\nint unused(int x);\nstatic inline int twice(int v) { return v > 0 ? v * 2 : 0; }\n',
      'src/b/util.c':
        '#include "../a/grade.h"\nint clamp(int v, int lo, int hi) {\n  if (v < lo) return lo;\n  if (v > hi) return hi;\n  return v;\n}\n',
      'src/b/empty.c': '',
      'main.c':
        '#include "src/a/grade.h"\nint clamp(int v, int lo, int hi);\nint main(void) { return grade(95) + clamp(5, 0, 3) + twice(2) == 11 ? 0 : 1; }\n'
    })
    run('gcc', ['--coverage', '-O0', '-o', 'prog', 'main.c', 'src/a/grade.c', 'src/b/util.c', 'src/b/empty.c'], dir)
    run(join(dir, 'prog'), [], dir)
    run('gcovr', ['-r', '.', '--xml-pretty', '-o', 'gcovr.xml'], dir)
    run('gcovr', ['-r', '.', '--json-summary', '-o', 'summary.json'], dir)
    run('lcov', ['--capture', '--directory', '.', '--rc', 'lcov_branch_coverage=1', '-o', 'lcov.info'], dir)
    const gcovr = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))
    const lcovSummary = run('lcov', ['--summary', 'lcov.info', '--rc', 'lcov_branch_coverage=1'], dir)
    const lcovFigure = (label: string) => {
      const m = new RegExp(`${label}\\.*: [\\d.]+% \\((\\d+) of (\\d+)`).exec(lcovSummary)
      expect(m, `${label} in lcov --summary`).not.toBeNull()
      return { covered: Number(m![1]), total: Number(m![2]) }
    }
    const xml = await analyze(dir, 'gcovr.xml')
    const info = await analyze(dir, 'lcov.info')
    expect([xml.reports[0]!.format, info.reports[0]!.format]).toEqual(['cobertura', 'lcov'])
    const expected = {
      line: { covered: gcovr.line_covered, total: gcovr.line_total },
      branch: { covered: gcovr.branch_covered, total: gcovr.branch_total }
    }
    expect({ line: xml.counts.line, branch: xml.counts.branch }).toEqual(expected)
    expect({ line: info.counts.line, branch: info.counts.branch }).toEqual({
      line: lcovFigure('lines'),
      branch: lcovFigure('branches')
    })
    expect({ line: info.counts.line, branch: info.counts.branch }).toEqual(expected)
    expect(info.counts.function).toEqual(lcovFigure('functions'))
    // geninfo writes absolute paths, gcovr paths relative to -r: both land on the same repository files.
    const files = (a: CoverageAnalysis) => [...new Set(a.gaps.map((g) => g.file))].sort()
    expect(files(info)).toEqual(files(xml))
    expect(files(info)).toContain('src/a/grade.c')
    expect(info.gaps.find((g) => g.kind === 'function')).toMatchObject({ file: 'src/a/grade.c', name: 'unused' })
  })
})

describe('checked-in reports of real tools', () => {
  it("reads JaCoCo's XML with JaCoCo's own line, branch and method counters and places package paths under src/main/java", async () => {
    const dir = sample('jacoco')
    const a = await analyze(dir, 'jacoco.xml')
    expect(a.counts).toMatchObject({
      line: { covered: 14, total: 18 },
      branch: { covered: 9, total: 16 },
      function: { covered: 5, total: 6 }
    })
    expect(a.reports[0]!.declared).toEqual({ lines: { covered: 14, total: 18 }, branches: { covered: 9, total: 16 } })
    expect(a.gaps[0]).toMatchObject({
      kind: 'function',
      file: 'src/main/java/org/example/Grade.java',
      name: 'Grade.unused'
    })
  })

  it("reads llvm-cov's export JSON with the figures of llvm-cov report, and its lcov export by its DA lines", async () => {
    const dir = sample('llvm-cov')
    const total = readFileSync(join(dir, 'report.txt'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('TOTAL'))!
      .trim()
      .split(/\s+/)
    // TOTAL regions missed cover functions missed executed lines missed cover branches missed cover
    const json = await analyze(dir, 'llvm-cov.json')
    expect(json.counts.line).toEqual({ total: Number(total[7]), covered: Number(total[7]) - Number(total[8]) })
    expect(json.counts.function).toEqual({ total: Number(total[4]), covered: Number(total[4]) - Number(total[5]) })
    expect(json.counts.branch).toEqual({ total: Number(total[10]), covered: Number(total[10]) - Number(total[11]) })
    const lcov = await analyze(dir, 'llvm-cov.lcov')
    const text = readFileSync(join(dir, 'llvm-cov.lcov'), 'utf8')
    const sum = (k: string) =>
      [...text.matchAll(new RegExp(`^${k}:(\\d+)$`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0)
    // llvm-cov 14's lcov export lists DA for the #define line too, while its LF/LH copy the report's figures.
    const da = [...text.matchAll(/^DA:\d+,(\d+)$/gm)].map((m) => Number(m[1]))
    expect(lcov.counts.line).toEqual({ covered: da.filter((h) => h > 0).length, total: da.length })
    expect(lcov.counts.branch).toEqual({ covered: sum('BRH'), total: sum('BRF') })
    expect(json.gaps[0]).toMatchObject({ kind: 'function', file: 'grade.c', name: 'unused' })
  })
})
