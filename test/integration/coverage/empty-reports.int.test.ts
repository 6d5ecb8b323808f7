import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../../packages/cli/src/cli.js'
import type { CliIO } from '../../../packages/cli/src/io.js'

const ROOT = join(import.meta.dirname, '../../..')
const C8 = join(ROOT, 'node_modules/c8/bin/c8.js')
const CHECKED_IN = join(ROOT, 'test/fixtures/coverage/empty')
let dir: string

const write = (p: string, text: string) => {
  mkdirSync(dirname(join(dir, p)), { recursive: true })
  writeFileSync(join(dir, p), text)
}
const run = (cmd: string, args: string[], cwd = dir, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })

async function hee(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, env: {} }
  const code = await main(['coverage', 'analyze', ...argv], io)
  return { code, out, err }
}

/** The one message every format gives for a report without a source file. */
function noSourceFile(report: string, what: string): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(
    `^hee coverage: ${esc(report)}: ${esc(what)} holds no source file: nothing was measured, so it gives no figure \\(check that the tests ran under the coverage tool`
  )
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hee-cov-empty-'))
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
  write('src/grade.mjs', 'export const grade = (s) => (s >= 50 ? "pass" : "fail")\n')
  // A test under node_modules: node's runner and c8 leave such files out, so nothing is measured.
  write('node_modules/suite/grade.test.mjs', "import test from 'node:test'\ntest('nothing is imported', () => {})\n")
  // A Go package of declarations only: `go test` reports "[no statements]".
  write('gopkg/go.mod', 'module example.com/empty\n\ngo 1.19\n')
  write('gopkg/types.go', 'package empty\n\ntype Grade int\n\nconst Pass Grade = 50\n')
  write(
    'gopkg/types_test.go',
    'package empty\n\nimport "testing"\n\nfunc TestPass(t *testing.T) {\n\tif Pass != 50 {\n\t\tt.Fatal("pass mark")\n\t}\n}\n'
  )
  for (const f of ['coverage-py.json', 'llvm-cov.json', 'jacoco.xml']) cpSync(join(CHECKED_IN, f), join(dir, f))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a report that holds no source file', () => {
  it("is an error naming it, exit 2, in every format: node's runner, c8, go test, coverage.py, llvm-cov and JaCoCo", async () => {
    run(process.execPath, [
      '--test',
      '--experimental-test-coverage',
      '--test-reporter=lcov',
      '--test-reporter-destination=node.lcov',
      'node_modules/suite/grade.test.mjs'
    ])
    run(process.execPath, [
      C8,
      '--include=src/**',
      '--reporter=lcovonly',
      '--reporter=cobertura',
      '--reporter=json',
      '--reporter=json-summary',
      '--reports-dir=c8',
      process.execPath,
      '--test',
      'node_modules/suite/grade.test.mjs'
    ])
    const go = run('go', ['test', '-coverprofile=../go.out', './...'], join(dir, 'gopkg'), {
      GOFLAGS: '-mod=mod',
      GOTOOLCHAIN: 'local'
    })
    expect(go).toMatch(/\[no statements\]/)
    // What the tools wrote: reports of nothing, not broken files.
    expect(readFileSync(join(dir, 'node.lcov'), 'utf8').trim()).toBe('TN:')
    expect(statSync(join(dir, 'c8/lcov.info')).size).toBe(0)
    expect(readFileSync(join(dir, 'c8/cobertura-coverage.xml'), 'utf8')).toMatch(/lines-valid="0"/)
    expect(readFileSync(join(dir, 'c8/coverage-final.json'), 'utf8').trim()).toBe('{}')
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'c8/coverage-summary.json'), 'utf8')))).toEqual(['total'])
    expect(readFileSync(join(dir, 'go.out'), 'utf8').trim()).toBe('mode: set')

    const cases: Array<[string, string]> = [
      ['node.lcov', 'the lcov tracefile'],
      ['c8/lcov.info', 'the empty file'],
      ['c8/cobertura-coverage.xml', 'the Cobertura report'],
      ['c8/coverage-final.json', 'the empty JSON object'],
      ['c8/coverage-summary.json', 'the Istanbul coverage-summary.json'],
      ['go.out', 'the Go coverprofile'],
      ['coverage-py.json', 'the coverage.py JSON report'],
      ['llvm-cov.json', 'the llvm-cov export'],
      ['jacoco.xml', 'the JaCoCo report']
    ]
    for (const [report, what] of cases) {
      const r = await hee('--report', report, '--format', 'md')
      expect({ report, code: r.code, out: r.out }).toEqual({ report, code: 2, out: '' })
      expect(r.err, report).toMatch(noSourceFile(report, what))
    }
    // Forced to its format, Istanbul's empty object is named as that format's report.
    const forced = await hee('--report', 'c8/coverage-final.json', '--report-format', 'istanbul-final')
    expect(forced.err).toMatch(noSourceFile('c8/coverage-final.json', 'the Istanbul coverage-final.json'))
    // Next to a report with data, the empty one still fails the run: no figure from half the input.
    run(process.execPath, [
      '--test',
      '--experimental-test-coverage',
      '--test-reporter=lcov',
      '--test-reporter-destination=real.lcov',
      '--import',
      './src/grade.mjs',
      'node_modules/suite/grade.test.mjs'
    ])
    expect(readFileSync(join(dir, 'real.lcov'), 'utf8')).toMatch(/^SF:src\/grade\.mjs$/m)
    const mixed = await hee('--report', 'real.lcov', '--report', 'integration=go.out')
    expect(mixed.code).toBe(2)
    expect(mixed.err).toMatch(noSourceFile('go.out', 'the Go coverprofile'))
  })

  it('coverage.py itself writes no report of nothing (the checked-in one stands for it)', () => {
    // Nothing measured: "No data to report.", and no file.
    write('py/run.py', 'print("hi")\n')
    mkdirSync(join(dir, 'py/pkg'), { recursive: true })
    const env = { ...process.env, COVERAGE_FILE: join(dir, 'py/.coverage') }
    spawnSync('python3-coverage', ['run', '--source=pkg', 'run.py'], { cwd: join(dir, 'py'), env })
    const refused = spawnSync('python3-coverage', ['json', '-o', 'none.json'], {
      cwd: join(dir, 'py'),
      env,
      encoding: 'utf8'
    })
    expect(refused.status).not.toBe(0)
    expect(refused.stdout + refused.stderr).toMatch(/No data to report/)
    expect(existsSync(join(dir, 'py/none.json'))).toBe(false)
  })
})

describe('a report whose files have no instrumentable line', () => {
  it('gives "not measured", neither 0 nor 100: coverage.py of a file without statements', async () => {
    write('py0/empty.py', '')
    const env = { COVERAGE_FILE: join(dir, 'py0/.coverage') }
    run('python3-coverage', ['run', 'empty.py'], join(dir, 'py0'), env)
    run('python3-coverage', ['json', '-o', 'coverage.json'], join(dir, 'py0'), env)
    const doc = JSON.parse(readFileSync(join(dir, 'py0/coverage.json'), 'utf8'))
    // coverage.py says 100 % of 0 statements, and lists line 0 as executed.
    expect(doc.files['empty.py'].summary).toMatchObject({ num_statements: 0, percent_covered: 100 })
    expect(doc.files['empty.py'].executed_lines).toEqual([0])
    const r = await hee('--report', 'py0/coverage.json')
    const a = JSON.parse(r.out)
    expect(a.reports[0]).toMatchObject({ format: 'coverage-py', files: 1 })
    expect(a.metrics.line).toBeNull()
    expect(a.hee_total).toBeNull()
    expect(a.counts.line).toEqual({ covered: 0, total: 0 })
    expect(a.not_measured.line).toBe('the reports carry line data but list no line')
    expect(a.gaps).toEqual([])
  })
})
