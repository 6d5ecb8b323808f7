/**
 * The auto-fix engine's safety protocol with real tools: cargo clippy and rustfmt on corpus
 * crates in real git repositories, a fix that does not hold, a dry run, the guard, and a run
 * killed with SIGKILL in the middle of its apply step.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAutoFix, type AutoFixOptions } from '../../packages/core/src/autofix/index.js'
import type { Strategy } from '../../packages/core/src/autofix/strategy.js'
import { classifyText } from '../../packages/core/src/diagnosis/index.js'
import { createNodeExec } from '../../packages/core/src/exec/node-exec.js'
import { isIdentical, compareSnapshots, snapshotTree } from '../../packages/core/src/git/tree-snapshot.js'
import { cloneAt, corpusCase, run } from '../support/fix-corpus.js'
import { git } from '../support/git-repo.js'

const exec = createNodeExec()
const CLI = resolve(import.meta.dirname, '../../dist/cli/index.js')

function options(dir: string, log: string, extra: Partial<AutoFixOptions> = {}): AutoFixOptions {
  const findings = classifyText(log).findings.map((f) => ({
    pattern: f.pattern,
    severity: f.severity,
    evidence: f.excerpt.split('\n')[0]
  }))
  return { workdir: dir, findings, log, mode: 'review', dryRun: false, runId: 'test', exec, ...extra }
}

/** A GitHub Actions job log around the check's real output, as the runner prints it. */
function ghaLog(check: string, output: string): string {
  const lines = [
    '##[group]Run actions/checkout@v4',
    'with:',
    '  fetch-depth: 1',
    '##[endgroup]',
    `##[group]Run ${check}`,
    check,
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    ...output.split('\n'),
    '##[error]Process completed with exit code 101.',
    'Post job cleanup.'
  ]
  return lines.map((l, i) => `2026-12-01T10:00:${String(i % 60).padStart(2, '0')}.0000000Z ${l}`).join('\n')
}

const branches = (dir: string): string[] =>
  git(dir, 'for-each-ref', '--format=%(refname:short)', 'refs/heads').trim().split('\n')
const heeRefs = (dir: string): string => git(dir, 'for-each-ref', 'refs/hee/').trim()

describe('clippy and rustfmt', () => {
  it('fixes clippy warnings of a crate on a new branch; the work tree, its branch and HEAD stay as they were', async () => {
    const c = corpusCase('geometry', 'cargo clippy -- -D warnings')
    writeFileSync(join(c.dir, 'notes.local'), 'untracked file of the user\n')
    const before = await snapshotTree(c.dir)
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.ok).toBe(true)
    expect(r.attempts).toHaveLength(1)
    const a = r.attempts[0]!
    expect(a).toMatchObject({
      pattern: 'PAT-007',
      strategy: 'clippy',
      outcome: 'fixed',
      command: 'cargo clippy -- -D warnings'
    })
    expect(a.steps.map((s) => s.step)).toEqual([
      'constraints',
      'pre-validation',
      'backup',
      'apply',
      'guard',
      'post-validation',
      'commit',
      'commit'
    ])
    expect(a.validations).toEqual([
      expect.objectContaining({ command: 'cargo clippy -- -D warnings', passed: true, code: 0 }),
      expect.objectContaining({ command: 'cargo test --no-run', passed: true, code: 0 })
    ])
    // the crate was not formatted before: its format check is not a condition of this fix
    expect(a.steps.find((s) => s.step === 'pre-validation')!.detail).toMatch(
      /; passing before, to hold after: `cargo test --no-run`; not required: `cargo fmt -- --check` fails already \(exit 1\)$/
    )
    expect(a.files).not.toContain('notes.local')
    expect(a.steps.find((s) => s.step === 'backup')!.detail).toMatch(
      /^refs\/hee\/backup\/test-\S+ → \w{12}; 1 untracked file\(s\) copied/
    )
    expect(r.branch).toBe('hee/auto-fix/test-pat-007')
    expect(git(c.dir, 'rev-parse', 'HEAD').trim()).toBe(c.head)
    expect(git(c.dir, 'symbolic-ref', 'HEAD').trim()).toBe('refs/heads/main')
    expect(git(c.dir, 'rev-parse', `${r.branch}^`).trim()).toBe(c.head)
    expect(git(c.dir, 'log', '-1', '--format=%B', r.branch!)).toMatch(/HEE-Auto-Fix: test/)
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
    expect(heeRefs(c.dir)).toBe('')
    expect(git(c.dir, 'worktree', 'list').trim().split('\n')).toHaveLength(1)
    const clone = cloneAt(c.dir, r.branch!)
    expect(run(clone, 'cargo clippy -- -D warnings').code).toBe(0)
    expect(r.diff).toMatch(/^\+\s+Point \{ x, y \}/m)
  })

  it('fixes a two-crate workspace from a GitHub Actions log with --all-targets, and its format', async () => {
    const check = 'cargo clippy --all-targets --workspace -- -D warnings'
    const c = corpusCase('warehouse', check)
    const r = await runAutoFix(options(c.dir, ghaLog(check, c.log)))
    expect(r.attempts[0]).toMatchObject({ strategy: 'clippy', outcome: 'fixed', command: check })
    const clone = cloneAt(c.dir, r.branch!)
    expect(run(clone, check).code).toBe(0)

    const fmt = corpusCase('tally', 'cargo fmt --check')
    const f = await runAutoFix(options(fmt.dir, fmt.log, { runId: 'fmt' }))
    expect(f.attempts[0]).toMatchObject({ strategy: 'rustfmt', outcome: 'fixed', command: 'cargo fmt -- --check' })
    expect(run(cloneAt(fmt.dir, f.branch!), 'cargo fmt --check').code).toBe(0)
  })

  it('rolls back a fix that does not hold: every file byte-identical, ignored ones too, no branch, no backup left', async () => {
    const c = corpusCase('inventory', 'cargo clippy --all-targets --workspace -- -D warnings')
    writeFileSync(join(c.dir, 'scratch.txt'), 'untracked\n')
    writeFileSync(join(c.dir, 'target', 'keep.me'), 'ignored\n')
    const before = await snapshotTree(c.dir)
    const refs = branches(c.dir)
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.ok).toBe(false)
    expect(r.attempts[0]).toMatchObject({ strategy: 'clippy', outcome: 'rolled-back' })
    expect(r.attempts[0]!.reason).toMatch(/still fails/)
    expect(r.attempts[0]!.steps.map((s) => s.step)).toContain('rollback')
    expect(r.branch).toBeUndefined()
    expect(branches(c.dir)).toEqual(refs)
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
    expect(heeRefs(c.dir)).toBe('')
  })

  it('rolls back a clippy fix that breaks the build of the tests, which passed before, naming the error', async () => {
    // clippy --fix also applies rustc's suggestions: an import only the tests use is "unused" in the library
    const c = corpusCase('ledger', 'cargo clippy -- -D warnings')
    expect(run(c.dir, 'cargo test --no-run').code).toBe(0)
    writeFileSync(join(c.dir, 'target', 'keep.me'), 'ignored\n')
    const before = await snapshotTree(c.dir)
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.ok).toBe(false)
    const a = r.attempts[0]!
    expect(a).toMatchObject({ strategy: 'clippy', outcome: 'rolled-back' })
    expect(a.reason).toMatch(
      /^the fix breaks `cargo test --no-run`, which passed before it \(exit 101\): error\[E\d{4}\]: cannot find type `BTreeMap`/
    )
    expect(a.validations.map((v) => [v.command, v.passed])).toEqual([
      ['cargo clippy -- -D warnings', true],
      ['cargo test --no-run', false],
      ['cargo fmt -- --check', true]
    ])
    expect(a.steps.map((s) => s.step).slice(-2)).toEqual(['post-validation', 'rollback'])
    expect(r.branch).toBeUndefined()
    expect(branches(c.dir)).toEqual(['main'])
    expect(heeRefs(c.dir)).toBe('')
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
    expect(run(c.dir, 'cargo test --no-run').code).toBe(0)
  })

  it('--dry-run proves the fix in a scratch tree and writes nothing', async () => {
    const c = corpusCase('geometry', 'cargo clippy -- -D warnings')
    const before = await snapshotTree(c.dir)
    const r = await runAutoFix(options(c.dir, c.log, { dryRun: true }))
    expect(r.attempts[0]!.outcome).toBe('would-fix')
    expect(r.diff).toMatch(/^diff --git a\/src\/shapes\.rs/m)
    expect(r.branch).toBeUndefined()
    expect(branches(c.dir)).toEqual(['main'])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
  })

  it('refuses a compile error under clippy and a work tree with uncommitted changes', async () => {
    const units = corpusCase('units', 'cargo clippy -- -D warnings')
    const r = await runAutoFix(options(units.dir, ghaLog('cargo clippy -- -D warnings', units.log)))
    expect(r.attempts.every((a) => a.outcome === 'skipped')).toBe(true)
    expect(branches(units.dir)).toEqual(['main'])

    const c = corpusCase('geometry', 'cargo clippy -- -D warnings')
    writeFileSync(join(c.dir, 'src/lib.rs'), '// edited\n', { flag: 'a' })
    const d = await runAutoFix(options(c.dir, c.log))
    expect(d.ok).toBe(false)
    expect(d.attempts[0]!.reason).toMatch(/uncommitted changes \(src\/lib\.rs\)/)
    const h = await runAutoFix(options(c.dir, c.log, { headSha: '0'.repeat(40) }))
    expect(h.attempts[0]!.reason).toMatch(/uncommitted|not the failing commit/)
  })
})

describe('signed fix commits', () => {
  it('signs the fix commit with the SSH key given to --signing-key: git verify-commit accepts it against an allowed-signers file', async () => {
    const c = corpusCase('tally', 'cargo fmt --check')
    const logFile = join(c.dir, '..', 'check.log')
    writeFileSync(logFile, c.log)
    const keys = mkdtempSync(join(tmpdir(), 'hee-key-'))
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'hee', '-f', join(keys, 'id')])
    const allowed = join(keys, 'allowed_signers')
    writeFileSync(
      allowed,
      `hee-auto-fix@users.noreply.github.com namespaces="git" ${readFileSync(join(keys, 'id.pub'), 'utf8')}`
    )
    const tmp = mkdtempSync(join(tmpdir(), 'hee-cli-tmp-'))
    const cli = (args: string[]): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, [CLI, 'auto-fix', '--workdir', c.dir, '--log', logFile, ...args], {
        encoding: 'utf8',
        env: { ...process.env, TMPDIR: tmp }
      })

    const r = cli(['--run-id', 'signed', '--signing-key', join(keys, 'id')])
    expect(r.status, String(r.stderr)).toBe(0)
    expect(String(r.stderr)).toMatch(/commit: \w{12} \(signed\) on hee\/auto-fix\/signed-pat-007/)
    const verify = (rev: string): ReturnType<typeof spawnSync> =>
      spawnSync('git', ['-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-commit', rev], {
        cwd: c.dir,
        encoding: 'utf8'
      })
    const good = verify('hee/auto-fix/signed-pat-007')
    expect(good.status, String(good.stderr)).toBe(0)
    expect(String(good.stderr)).toContain(
      'Good "git" signature for hee-auto-fix@users.noreply.github.com with ED25519 key'
    )
    expect(verify(c.head).status).not.toBe(0)
    // the key copy lived in a private folder of the run and is gone
    expect(readdirSync(tmp).filter((n) => n.startsWith('hee-sign-'))).toEqual([])

    // a file that is no key: one clear message, nothing done, the key's text never shown
    writeFileSync(join(keys, 'bad'), 'secret-looking-text-0123456789\n')
    const bad = cli(['--run-id', 'bad', '--signing-key', join(keys, 'bad')])
    expect(bad.status).toBe(2)
    expect(String(bad.stderr)).toContain(
      `--signing-key ${join(keys, 'bad')}: the signing key is neither an OpenSSH nor an armored OpenPGP private key`
    )
    expect(String(bad.stderr) + String(bad.stdout)).not.toContain('secret-looking-text')
    expect(branches(c.dir).sort()).toEqual(['hee/auto-fix/signed-pat-007', 'main'])
  })
})

describe('guard and recovery', () => {
  it('rejects a fix that silences the lint, naming the line, and rolls it back', async () => {
    const c = corpusCase('geometry', 'cargo clippy -- -D warnings')
    const before = await snapshotTree(c.dir)
    // A fixer that does what users of auto-fix tools complain about: silence instead of fix.
    const silencer: Strategy = {
      name: 'silencer',
      patterns: ['PAT-007'],
      detect: () => ({
        plan: {
          check: 'cargo clippy -- -D warnings',
          runs: 1,
          fromLog: false,
          companions: [],
          needsDependencies: false,
          data: {}
        }
      }),
      apply: async (ctx) => {
        const r = await ctx.sh("sed -i '1i #![allow(clippy::all)]' src/lib.rs")
        return { ok: r.code === 0, detail: 'allowed every lint' }
      }
    }
    const r = await runAutoFix(options(c.dir, c.log, { strategies: [silencer] }))
    const a = r.attempts[0]!
    expect(a.outcome).toBe('rolled-back')
    expect(a.reason).toMatch(/^the guard refused the change: src\/lib\.rs:1: rust-allow/)
    expect(a.steps.find((s) => s.step === 'guard')).toMatchObject({ ok: false })
    expect(r.branch).toBeUndefined()
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
  })

  it('rolls back an attempt whose process was killed with SIGKILL during apply, on the next run', async () => {
    const c = corpusCase('geometry', 'cargo clippy -- -D warnings')
    const logFile = join(c.dir, '..', 'check.log')
    writeFileSync(logFile, c.log)
    const before = await snapshotTree(c.dir)
    const child = spawn(
      process.execPath,
      [CLI, 'auto-fix', '--workdir', c.dir, '--log', logFile, '--run-id', 'killed'],
      { stdio: ['ignore', 'ignore', 'pipe'] }
    )
    await new Promise<void>((res, rej) => {
      let err = ''
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString()
        if (err.includes('$ cargo clippy --fix')) {
          child.kill('SIGKILL')
          res()
        }
      })
      child.on('exit', () => rej(new Error(`the run ended before its apply step:\n${err}`)))
    })
    await new Promise((res) => child.once('exit', res))
    expect(heeRefs(c.dir)).toMatch(/refs\/hee\/backup\/killed-/)
    expect(git(c.dir, 'worktree', 'list').trim().split('\n')).toHaveLength(2)
    expect(readdirSync(join(c.dir, '.git', 'hee-autofix'))).toEqual([expect.stringMatching(/^killed-.*\.json$/)])
    const r = await runAutoFix(options(c.dir, c.log, { runId: 'next' }))
    expect(r.recovered).toEqual([expect.stringMatching(/^killed-/)])
    expect(heeRefs(c.dir)).toBe('')
    expect(git(c.dir, 'worktree', 'list').trim().split('\n')).toHaveLength(1)
    expect(branches(c.dir).sort()).toEqual(['hee/auto-fix/next-pat-007', 'main'])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
    expect(readdirSync(join(c.dir, '.git', 'hee-autofix'))).toEqual([])
  })
})
