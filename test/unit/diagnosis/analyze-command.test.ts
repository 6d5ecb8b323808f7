import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../../packages/cli/src/args.js'
import { analyzeCommand } from '../../../packages/cli/src/commands/analyze.js'
import type { CliIO } from '../../../packages/cli/src/io.js'

const FIXTURES = join(import.meta.dirname, '../../fixtures/logs')

async function run(argv: string[], cwd = FIXTURES) {
  let stdout = ''
  let stderr = ''
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {} }
  const code = await analyzeCommand(argv, io)
  return { code, stdout, stderr }
}

describe('hee analyze', () => {
  it('prints {"findings": [...]} as JSON with the most significant finding first', async () => {
    const r = await run(['--log', 'gha-cargo-test-failure.log', '--format', 'json'])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] }
    expect(out.findings[0]).toMatchObject({
      pattern: 'PAT-002',
      severity: 'high',
      line: expect.any(Number),
      excerpt: expect.stringContaining('FAILED')
    })
  })

  it('prints an empty list for a clean log and exits 0', async () => {
    const r = await run(['--log', 'cargo-test-pass.log', '--format', 'json'])
    expect(r).toEqual({ code: 0, stdout: '{"findings":[]}\n', stderr: '' })
  })

  it('always gives a finding with --failed, low in confidence when the log explains nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hee-analyze-'))
    writeFileSync(join(dir, 'quiet.log'), 'Compiling widgets v0.1.0\nwriting dist/widgets.js\n')
    const plain = await run(['--log', 'quiet.log', '--format', 'json'], dir)
    expect(plain.stdout).toBe('{"findings":[]}\n')
    const failed = await run(['--log', 'quiet.log', '--format', 'json', '--failed'], dir)
    expect(failed.code).toBe(0)
    const out = JSON.parse(failed.stdout) as { findings: Record<string, unknown>[] }
    expect(out.findings).toHaveLength(1)
    expect(out.findings[0]).toMatchObject({ confidence: 'low', line: expect.any(Number) })
  })

  it('prints text a person can read by default', async () => {
    const r = await run(['--log', 'gha-tsc-type-error.log'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /1\. \[CRITICAL\] PAT-001 Compilation failure — line \d+ \(src\/index\.ts:4\) in "Run npx tsc -p tsconfig.json"/
    )
    expect(r.stdout).toMatch(/\| src\/index\.ts\(4,7\): error TS2322/)
  })

  it('says so in text when nothing failed', async () => {
    expect((await run(['--log', 'cargo-test-pass.log', '--format', 'text'])).stdout).toMatch(/No failure found\./)
  })

  it('applies a --patterns file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hee-analyze-'))
    writeFileSync(join(dir, 'p.yml'), 'patterns:\n  PAT-002:\n    severity: low\n')
    const r = await run(
      ['--log', join(FIXTURES, 'cargo-test-failure.log'), '--format', 'json', '--patterns', 'p.yml'],
      dir
    )
    expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ pattern: 'PAT-002', severity: 'low' })
  })

  it('treats lines a passing log of the same job printed too as noise with --baseline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hee-analyze-'))
    // The job's everyday noise: a retried download that its passing runs print too.
    const noise = 'npm ERR! network request to https://registry.npmjs.org/left-pad failed, reason: read ECONNRESET'
    writeFileSync(join(dir, 'pass.log'), `fetching fixtures\n${noise}\nusing the cached copy\nall good\n`)
    writeFileSync(
      join(dir, 'fail.log'),
      `fetching fixtures\n${noise}\nusing the cached copy\nerror: snapshot report.txt does not match\n`
    )
    const plain = JSON.parse((await run(['--log', 'fail.log', '--format', 'json'], dir)).stdout)
    expect(plain.findings[0]).toMatchObject({ pattern: 'PAT-008', line: 2 })
    const r = await run(['--log', 'fail.log', '--format', 'json', '--baseline', 'pass.log'], dir)
    const findings = JSON.parse(r.stdout).findings as { pattern: string; line: number }[]
    expect(findings[0]?.line).toBe(4)
    expect(findings[0]?.pattern).not.toBe('PAT-008')
  })

  it('locates the cause a passing log of the same job did not print, with --baseline', async () => {
    const dir = join(import.meta.dirname, '../../fixtures/baseline')
    const plain = JSON.parse((await run(['--log', 'smoke-failed.log', '--format', 'json'], dir)).stdout)
    // Without it: the Redis error every run of the job prints.
    expect(plain.findings[0]).toMatchObject({ pattern: 'PAT-008', line: 9 })
    const r = await run(['--log', 'smoke-failed.log', '--baseline', 'smoke-passed.log', '--format', 'json'], dir)
    expect(r.code).toBe(0)
    const findings = JSON.parse(r.stdout).findings as { line: number; excerpt: string; confidence: string }[]
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ line: 14, confidence: 'low' })
    expect(findings[0]!.excerpt).toContain('smoke check failed: GET /ready answered 503, want 200')
    const text = await run(['--log', 'smoke-failed.log', '--baseline', 'smoke-passed.log'], dir)
    expect(text.stdout).toMatch(/\(confidence: low\) — line 14/)
  })

  it('exits 2 with one line for an unreadable --baseline', async () => {
    const r = await run(['--log', 'cargo-test-failure.log', '--baseline', 'nope.log'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('hee analyze: cannot read --baseline nope.log: no such file\n')
  })

  it('says how sure it is when no tool format explains the failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hee-analyze-'))
    writeFileSync(
      join(dir, 'x.log'),
      'running checks\nchecks: something went sideways\nError: Process completed with exit code 3.\n'
    )
    const r = await run(['--log', 'x.log'], dir)
    expect(r.stdout).toMatch(/\(confidence: low\) — line 2/)
    const json = JSON.parse((await run(['--log', 'x.log', '--format', 'json'], dir)).stdout)
    expect(json.findings[0]).toMatchObject({ confidence: 'low', line: 2 })
  })

  it('exits 2 with one line on stderr for a missing log file', async () => {
    const r = await run(['--log', 'no-such.log'])
    expect(r).toMatchObject({ code: 2, stdout: '' })
    expect(r.stderr).toBe('hee analyze: cannot read --log no-such.log: no such file\n')
  })

  it('exits 2 with one line for a bad --patterns file, naming the key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hee-analyze-'))
    writeFileSync(join(dir, 'p.yml'), 'patterns:\n  PAT-002:\n    severity: urgent\n')
    const r = await run(['--log', join(FIXTURES, 'tsc-type-error.log'), '--patterns', 'p.yml'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^hee analyze: \.github\/hee-patterns\.yml: patterns\.PAT-002\.severity: .*\n$/)
  })

  it('raises a usage error for a missing --log or a bad --format', async () => {
    await expect(run([])).rejects.toThrow(UsageError)
    await expect(run(['--log', 'x.log', '--format', 'xml'])).rejects.toThrow(/--format must be json or text/)
  })
})
