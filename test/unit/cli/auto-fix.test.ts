import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../../packages/cli/src/cli.js'
import type { CliIO } from '../../../packages/cli/src/io.js'
import { git, makeRepo, writeFiles } from '../../support/git-repo.js'

async function run(argv: string[], cwd = '/') {
  let stdout = ''
  let stderr = ''
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: process.env }
  const code = await main(['auto-fix', ...argv], io)
  return { code, stdout, stderr }
}

describe('hee auto-fix', () => {
  it('--explain prints the decision matrix with the repository override marked', async () => {
    const repo = makeRepo({ '.github/hee-autofix.yml': 'matrix:\n  PAT-004: { integration: agent-review }\n' })
    const r = await run(['--explain', '--workdir', repo.dir])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^PAT-004\*\s+full\s+high\s+no\s+agent-review/m)
    expect(r.stdout).toMatch(/^PAT-007\s+full\s+high\s+no\s+auto-apply/m)
    expect(r.stdout).toMatch(/strategies: clippy \(PAT-007\), rustfmt/)
  })

  it('says what is wrong with the input in one line and exits 2', async () => {
    const repo = makeRepo({ 'a.txt': 'a\n' })
    const log = join(mkdtempSync(join(tmpdir(), 'hee-af-')), 'job.log')
    writeFileSync(log, 'ok\n')
    expect(await run(['--log', log])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^hee auto-fix: --workdir is required\n/)
    })
    expect(await run(['--workdir', repo.dir])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/exactly one of --log FILE and --findings FILE/)
    })
    expect(await run(['--workdir', repo.dir, '--log', log, '--mode', 'yolo'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--mode must be review or hee-safe/)
    })
    expect(await run(['--workdir', repo.dir, '--log', log, '--workflow-files', 'all'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--workflow-files must be comments-only or leave-out, not 'all'/)
    })
    expect(await run(['--workdir', repo.dir, '--log', '/nonexistent.log'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'hee auto-fix: cannot read --log /nonexistent.log: ENOENT\n'
    })
    const plain = mkdtempSync(join(tmpdir(), 'hee-af-'))
    expect(await run(['--workdir', plain, '--log', log])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/not a git repository/)
    })
    writeFiles(repo.dir, { '.github/hee-autofix.yml': 'limits: { max_files: 0 }\n' })
    expect(await run(['--explain', '--workdir', repo.dir])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/limits\.max_files/)
    })
  })

  it('exits 0 with nothing to do when the log shows no failure, and touches nothing', async () => {
    const repo = makeRepo({ 'a.txt': 'a\n' })
    const log = join(mkdtempSync(join(tmpdir(), 'hee-af-')), 'job.log')
    writeFileSync(log, 'all 12 tests passed\n')
    const r = await run(['--workdir', repo.dir, '--log', log, '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, attempts: [], baseSha: repo.head, workflowFilesLeftOut: [] })
    expect(git(repo.dir, 'for-each-ref', '--format=%(refname)').trim()).toBe('refs/heads/main')
  })

  it('leaves a compile error to a person and exits 0: nothing was allowed', async () => {
    const repo = makeRepo({ 'package.json': '{"name":"x"}\n' })
    const findings = join(mkdtempSync(join(tmpdir(), 'hee-af-')), 'findings.json')
    writeFileSync(
      findings,
      JSON.stringify({
        findings: [{ pattern: 'PAT-001', severity: 'critical', excerpt: 'error[E0308]: mismatched types' }]
      })
    )
    const r = await run(['--workdir', repo.dir, '--findings', findings])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/PAT-001 -: skipped — PAT-001 has no automatic fix/)
  })
})
