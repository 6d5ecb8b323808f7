/**
 * The auto-fix strategies of the JavaScript, license and lockfile families with real tools:
 * each project's own eslint, prettier and vitest (installed from its lockfile by `npm ci`),
 * `reuse lint`, a project's own header check, and npm regenerating a lockfile; black; and insta
 * snapshots of Rust crates built from Debian's crate registry (librust-insta-dev).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAutoFix, type AutoFixOptions } from '../../packages/core/src/autofix/index.js'
import { onlyCommentLines } from '../../packages/core/src/autofix/engine.js'
import { classifyText } from '../../packages/core/src/diagnosis/index.js'
import { createNodeExec } from '../../packages/core/src/exec/node-exec.js'
import { compareSnapshots, isIdentical, snapshotTree } from '../../packages/core/src/git/tree-snapshot.js'
import { CORPUS, cloneAt, corpusCase, run } from '../support/fix-corpus.js'
import { git, makeRepo } from '../support/git-repo.js'

const exec = createNodeExec()

function options(dir: string, log: string, extra: Partial<AutoFixOptions> = {}): AutoFixOptions {
  const findings = classifyText(log).findings.map((f) => ({
    pattern: f.pattern,
    severity: f.severity,
    evidence: f.excerpt.split('\n')[0]
  }))
  return { workdir: dir, findings, log, mode: 'review', dryRun: false, runId: 'test', exec, ...extra }
}

/** A GitHub Actions job log around the check's output, as the runner prints it. */
function ghaLog(check: string, output: string): string {
  const lines = [`##[group]Run ${check}`, check, 'shell: /usr/bin/bash -e {0}', '##[endgroup]', ...output.split('\n')]
  lines.push('##[error]Process completed with exit code 1.')
  return lines.map((l, i) => `2026-12-01T10:00:${String(i % 60).padStart(2, '0')}.0000000Z ${l}`).join('\n')
}

const branches = (dir: string): string[] =>
  git(dir, 'for-each-ref', '--format=%(refname:short)', 'refs/heads').trim().split('\n')

/** The fix checked out fresh, its dependencies installed, passes `check` (`times` runs in a row). */
function holds(dir: string, branch: string, check: string, setup = 'npm ci --no-audit --no-fund', times = 1): boolean {
  const clone = cloneAt(dir, branch)
  if (setup && run(clone, setup).code !== 0) return false
  for (let i = 0; i < times; i++) if (run(clone, check).code !== 0) return false
  return true
}

describe('eslint, prettier and snapshots with the project’s own tools', () => {
  it('eslint --fix on the files the output names, proved by the project’s eslint', async () => {
    const c = corpusCase('cart', 'npx eslint .', 'npm ci --no-audit --no-fund')
    const before = await snapshotTree(c.dir, { skipDirs: ['node_modules'] })
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.attempts[0]).toMatchObject({ pattern: 'PAT-007', strategy: 'eslint', outcome: 'fixed' })
    expect(r.attempts[0]!.command).toMatch(/^npx --no-install eslint src\/cart\.js src\/discounts\.js src\/tax\.js$/)
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir, { skipDirs: ['node_modules'] })))).toBe(true)
    expect(holds(c.dir, r.branch!, 'npx eslint .')).toBe(true)
  })

  it('leaves lint errors --fix cannot fix as they were', async () => {
    const c = corpusCase('checkout', 'npx eslint .', 'npm ci --no-audit --no-fund')
    const before = await snapshotTree(c.dir, { skipDirs: ['node_modules'] })
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.attempts[0]).toMatchObject({ strategy: 'eslint', outcome: 'rolled-back' })
    expect(branches(c.dir)).toEqual(['main'])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir, { skipDirs: ['node_modules'] })))).toBe(true)
  })

  it('prettier --write on the files the check named, .prettierignore respected', async () => {
    const c = corpusCase('handbook', 'npx prettier --check .', 'npm ci --no-audit --no-fund')
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.attempts[0]).toMatchObject({ strategy: 'prettier', outcome: 'fixed' })
    expect(r.attempts[0]!.files).not.toContain('vendor/highlight.min.js')
    expect(holds(c.dir, r.branch!, 'npx prettier --check .')).toBe(true)
  })

  it('updates a vitest snapshot mismatch in the failing file only, proved by three runs', async () => {
    const c = corpusCase('labels', 'npx vitest run', 'npm ci --no-audit --no-fund')
    const r = await runAutoFix(options(c.dir, c.log))
    const a = r.attempts.find((x) => x.pattern === 'PAT-002')!
    expect(a).toMatchObject({ strategy: 'snapshots', outcome: 'fixed' })
    expect(a.validations.filter((v) => v.passed)).toHaveLength(3)
    expect(a.files!.every((f) => f.endsWith('.snap'))).toBe(true)
    expect(holds(c.dir, r.branch!, 'npx vitest run')).toBe(true)
  })

  it('never touches a real test failure, even beside a snapshot mismatch', async () => {
    const c = corpusCase('dispatch', 'npx vitest run', 'npm ci --no-audit --no-fund')
    const before = await snapshotTree(c.dir, { skipDirs: ['node_modules'] })
    const r = await runAutoFix(options(c.dir, c.log))
    const a = r.attempts.find((x) => x.pattern === 'PAT-002')!
    expect(a.outcome).toBe('skipped')
    expect(a.reason).toMatch(/another reason than a snapshot/)
    expect(branches(c.dir)).toEqual(['main'])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir, { skipDirs: ['node_modules'] })))).toBe(true)
  })
})

describe('Python formatters where installed', () => {
  it('black on the files the check named, the project’s [tool.black] respected, proved by black --check', async () => {
    const c = corpusCase('geodata', 'black --check .')
    const before = await snapshotTree(c.dir)
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.attempts[0]).toMatchObject({ pattern: 'PAT-007', strategy: 'black', outcome: 'fixed' })
    // a raw log names no command: the check is rebuilt from the files black said it would reformat
    expect(r.attempts[0]!.validations.map((v) => [v.command, v.passed])).toEqual([
      ['black --check geodata/__init__.py geodata/distance.py geodata/geojson.py', true]
    ])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
    expect(holds(c.dir, r.branch!, 'black --check .', '', 3)).toBe(true)
  })

  it('leaves a file black cannot parse as it was', async () => {
    const c = corpusCase('survey', 'black --check .')
    const before = await snapshotTree(c.dir)
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.attempts[0]!.outcome).toBe('skipped')
    expect(r.attempts[0]!.reason).toMatch(/^black cannot format /)
    expect(branches(c.dir)).toEqual(['main'])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
  })

  it('skips a ruff failure cleanly where ruff is not installed: nothing applied, the reason says so', async () => {
    // ruff's own output for `ruff check .` (ruff is not on this machine's PATH, so it cannot be re-run)
    const c = corpusCase('geodata', 'black --check .')
    const log = [
      'geodata/bbox.py:3:8: F401 [*] `math` imported but unused',
      'Found 1 error.',
      '[*] 1 fixable with the `--fix` option.'
    ].join('\n')
    const before = await snapshotTree(c.dir)
    const r = await runAutoFix({
      ...options(c.dir, ghaLog('ruff check .', log)),
      findings: [{ pattern: 'PAT-007', severity: 'medium' }],
      env: { ...process.env, PATH: '/usr/local/bin:/usr/bin:/bin' }
    })
    expect(run(c.dir, 'command -v ruff').code).not.toBe(0)
    expect(r.attempts[0]).toMatchObject({ strategy: 'ruff', outcome: 'skipped' })
    expect(r.attempts[0]!.reason).toMatch(/^the check cannot run here \(exit 127\): .*ruff: command not found/)
    expect(r.branch).toBeUndefined()
    expect(branches(c.dir)).toEqual(['main'])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
  })
})

describe('license headers and lockfiles', () => {
  it('adds SPDX headers proved by reuse lint: shebangs and XML declarations stay first, binaries get a .license file', async () => {
    const c = corpusCase('toolbox', 'reuse lint', undefined, (dir) => {
      // the workflow file carries its header already: a fix never changes it
      const wf = join(dir, '.github/workflows/ci.yml')
      writeFileSync(
        wf,
        `# SPDX-FileCopyrightText: 2024 Toolbox contributors\n#\n# SPDX-License-Identifier: MIT\n\n${readFileSync(wf, 'utf8')}`
      )
    })
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.attempts.find((x) => x.pattern === 'PAT-004')).toMatchObject({
      strategy: 'license-headers',
      outcome: 'fixed'
    })
    const clone = cloneAt(c.dir, r.branch!)
    expect(run(clone, 'reuse lint').code).toBe(0)
    expect(readFileSync(join(clone, 'bin/deploy'), 'utf8').split('\n')[0]).toMatch(/^#!/)
    expect(readFileSync(join(clone, 'config/schema.xml'), 'utf8').split('\n')[0]).toMatch(/^<\?xml /)
    expect(readFileSync(join(clone, 'assets/logo.png.license'), 'utf8')).toMatch(/SPDX-License-Identifier: MIT/)
  })

  it('leaves a workflow file out of a header fix, and rolls back when the check needs it', async () => {
    const c = corpusCase('toolbox', 'reuse lint')
    const before = await snapshotTree(c.dir)
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.workflowFilesLeftOut).toEqual(['.github/workflows/ci.yml'])
    const a = r.attempts.find((x) => x.pattern === 'PAT-004')!
    expect(a.outcome).toBe('rolled-back')
    expect(a.reason).toMatch(/the fix had to leave out \.github\/workflows\/ci\.yml/)
    expect(branches(c.dir)).toEqual(['main'])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
  })

  it('with workflowFiles comments-only (the CLI, whose branch stays local), keeps a header in a workflow file and proves it with reuse lint', async () => {
    const c = corpusCase('toolbox', 'reuse lint')
    const before = await snapshotTree(c.dir)
    const r = await runAutoFix({ ...options(c.dir, c.log), workflowFiles: 'comments-only' })
    expect(r.workflowFilesLeftOut).toEqual([])
    expect(r.attempts.find((x) => x.pattern === 'PAT-004')).toMatchObject({ outcome: 'fixed' })
    const clone = cloneAt(c.dir, r.branch!)
    expect(run(clone, 'reuse lint').code).toBe(0)
    const wf = git(c.dir, 'diff', '-U0', `${c.head}..${r.branch!}`, '--', '.github/workflows/ci.yml')
    expect(wf).toMatch(/^\+# SPDX-License-Identifier: /m)
    expect(onlyCommentLines(wf)).toBe(true)
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
  })

  it('adds the license its own header check wants, proved by that check', async () => {
    const c = corpusCase('relay', 'sh scripts/check-headers.sh')
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.attempts.find((x) => x.pattern === 'PAT-004')).toMatchObject({
      strategy: 'license-headers',
      outcome: 'fixed'
    })
    expect(holds(c.dir, r.branch!, 'sh scripts/check-headers.sh', '')).toBe(true)
    const main = readFileSync(join(cloneAt(c.dir, r.branch!), 'src/main.rs'), 'utf8')
    expect(main).toMatch(/^\/\/ (?:SPDX-FileCopyrightText: )?Copyright 2022 The Relay Authors\n/)
    expect(main).toMatch(/SPDX-License-Identifier: Apache-2\.0/)
  })

  it('rolls back a header fix that breaks the project’s eslint, which passed before, naming the rule', async () => {
    // the project wants /* … */ blocks: a header of // lines is a lint error it did not have
    const c = corpusCase('memo', 'sh scripts/check-headers.sh', 'npm ci --no-audit --no-fund')
    expect(run(c.dir, 'npx eslint .').code).toBe(0)
    const before = await snapshotTree(c.dir, { skipDirs: ['node_modules'] })
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.ok).toBe(false)
    const a = r.attempts[0]!
    expect(a).toMatchObject({ pattern: 'PAT-004', strategy: 'license-headers', outcome: 'rolled-back' })
    expect(a.reason).toMatch(
      /^the fix breaks `npx --no-install eslint \.`, which passed before it \(exit 1\): src\/(memo|render)\.js:1:1 {2}error {2}Expected a block comment instead of consecutive line comments {2}multiline-comment-style$/
    )
    expect(a.validations.map((v) => [v.command, v.passed])).toEqual([['npx --no-install eslint .', false]])
    expect(r.branch).toBeUndefined()
    expect(branches(c.dir)).toEqual(['main'])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir, { skipDirs: ['node_modules'] })))).toBe(true)
  })

  it('regenerates an npm lockfile out of sync in review mode, and leaves it under hee-safe', async () => {
    const c = corpusCase('notify', 'npm ci')
    const safe = await runAutoFix(options(c.dir, c.log, { mode: 'hee-safe' }))
    expect(safe.attempts.find((x) => x.pattern === 'PAT-006')).toMatchObject({
      outcome: 'skipped',
      reason: expect.stringMatching(/agent review/)
    })
    expect(branches(c.dir)).toEqual(['main'])
    const r = await runAutoFix(options(c.dir, c.log))
    expect(r.attempts.find((x) => x.pattern === 'PAT-006')).toMatchObject({
      strategy: 'lockfile',
      outcome: 'fixed',
      files: ['package-lock.json']
    })
    expect(holds(c.dir, r.branch!, 'npm ci --no-audit --no-fund', '')).toBe(true)
  })
})

describe('Rust snapshots (insta, from the Debian crate registry)', () => {
  it('accepts the snapshots the failing tests recorded, the .snap files only, proved by three cargo test runs', async () => {
    const c = corpusCase('banner', 'cargo test')
    const before = await snapshotTree(c.dir)
    const r = await runAutoFix(options(c.dir, ghaLog('cargo test --lib', c.log)))
    const a = r.attempts.find((x) => x.pattern === 'PAT-002')!
    expect(a).toMatchObject({ strategy: 'insta', outcome: 'fixed' })
    expect(a.files).toEqual([
      'src/snapshots/banner__tests__renders_down_services_first.snap',
      'src/snapshots/banner__tests__summarises.snap'
    ])
    expect(a.validations.map((v) => [v.command, v.passed])).toEqual([
      ['cargo test --lib', true],
      ['cargo test --lib', true],
      ['cargo test --lib', true]
    ])
    expect(git(c.dir, 'show', `${r.branch!}:src/snapshots/banner__tests__summarises.snap`)).toMatch(
      /\n2 of 3 services up\n/
    )
    // no pending .snap.new is committed, and the user's tree is as it was
    expect(git(c.dir, 'ls-tree', '-r', '--name-only', r.branch!)).not.toMatch(/\.snap\.new|\.pending-snap/)
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
    expect(holds(c.dir, r.branch!, 'cargo test', '', 3)).toBe(true)
  })

  it('never touches a real assertion failure beside a snapshot mismatch', async () => {
    const c = corpusCase('tariff', 'cargo test')
    const before = await snapshotTree(c.dir)
    const r = await runAutoFix(options(c.dir, c.log))
    const a = r.attempts.find((x) => x.pattern === 'PAT-002')!
    expect(a.outcome).toBe('skipped')
    expect(a.reason).toMatch(/^tests::started_kilograms_are_charged fails for another reason than a snapshot/)
    expect(branches(c.dir)).toEqual(['main'])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
  })

  it('when the log shows only the snapshot failure, the re-run with snapshots recorded finds the other one and rolls back', async () => {
    const c = corpusCase('tariff', 'cargo test')
    // the log as a truncated excerpt: the section of the real assertion failure is cut away
    const lines = c.log.split('\n')
    const from = lines.findIndex((x) => x.startsWith('---- tests::started_kilograms_are_charged stdout'))
    const to = lines.findIndex((x, j) => j > from && (x.startsWith('---- ') || x === 'failures:'))
    expect(from).toBeGreaterThan(0)
    const cut = lines.filter((_, i) => i < from || i >= to)
    expect(cut.join('\n')).not.toMatch(/left == right/)
    const before = await snapshotTree(c.dir)
    const r = await runAutoFix(options(c.dir, cut.join('\n'), { findings: [{ pattern: 'PAT-002', severity: 'high' }] }))
    const a = r.attempts.find((x) => x.pattern === 'PAT-002')!
    expect(a).toMatchObject({ strategy: 'insta' })
    expect(a.outcome).not.toBe('fixed')
    expect(a.reason).toMatch(/with snapshots recorded, tests::started_kilograms_are_charged still fail/)
    expect(r.branch).toBeUndefined()
    expect(branches(c.dir)).toEqual(['main'])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(c.dir)))).toBe(true)
  })
})

describe('security advisories: reported with what the dry runs say, nothing applied', () => {
  const CARGO_CONFIG = readFileSync(join(CORPUS, 'banner', '.cargo', 'config.toml'), 'utf8')
  const LOCKED = '[[package]]\nname = "similar"\nversion = "2.1.0"\n'

  it('runs cargo update -p --dry-run and npm audit fix --dry-run on the failing commit; one that cannot reach its registry is named with its error', async () => {
    const repo = makeRepo({
      'Cargo.toml': '[package]\nname = "gauge"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nsimilar = "2"\n',
      '.cargo/config.toml': CARGO_CONFIG,
      '.gitignore': '/target\n',
      'src/lib.rs':
        'pub fn diff(a: &str, b: &str) -> usize {\n    similar::TextDiff::from_lines(a, b).ops().len()\n}\n',
      'Cargo.lock': `version = 4\n\n[[package]]\nname = "gauge"\nversion = "0.1.0"\ndependencies = [\n "similar",\n]\n\n${LOCKED}source = "registry+https://github.com/rust-lang/crates.io-index"\n`,
      'package.json': '{ "name": "gauge-web", "version": "1.0.0", "dependencies": { "minimist": "1.2.5" } }\n',
      'package-lock.json': JSON.stringify({
        name: 'gauge-web',
        version: '1.0.0',
        lockfileVersion: 3,
        requires: true,
        packages: {
          '': { name: 'gauge-web', version: '1.0.0', dependencies: { minimist: '1.2.5' } },
          'node_modules/minimist': { version: '1.2.5', license: 'MIT' }
        }
      })
    })
    const log = [
      '# npm audit report',
      '',
      'minimist  <1.2.6',
      'Severity: critical',
      'Prototype Pollution in minimist - https://github.com/advisories/GHSA-xvch-5gv4-984h',
      'fix available via `npm audit fix`',
      'node_modules/minimist',
      '',
      '1 critical severity vulnerability',
      '',
      'Crate:     similar',
      'Version:   2.1.0',
      'Title:     Quadratic time on crafted input',
      'Date:      2026-11-02',
      'ID:        RUSTSEC-2026-0001',
      'URL:       https://rustsec.org/advisories/RUSTSEC-2026-0001',
      'Solution:  Upgrade to >=2.2.0',
      'error: 1 vulnerability found!'
    ].join('\n')
    const before = await snapshotTree(repo.dir)
    const r = await runAutoFix({
      ...options(repo.dir, ghaLog('npm audit && cargo audit', log)),
      findings: [{ pattern: 'PAT-003', severity: 'critical' }],
      // the npm registry is out of reach: its dry run fails, as it does wherever the audit endpoint refuses
      env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0' }
    })
    const a = r.attempts[0]!
    expect(a).toMatchObject({ pattern: 'PAT-003', strategy: 'security-report', outcome: 'report-only' })
    expect(a.report).toContain('| cargo | `similar` | 2.1.0 |')
    expect(a.report).toMatch(/\$ cargo update -p similar --dry-run\n[^`]*Updating similar v2\.1\.0 -> v2\.2\.\d+/)
    expect(a.report).toMatch(/The other dry runs could not be computed here \(`npm audit fix --dry-run` exited \d+: /)
    expect(a.report).toMatch(/```\nnpm audit fix --dry-run\n```/)
    // a dry run: the lockfile, the tree and the branches are as they were
    expect(readFileSync(join(repo.dir, 'Cargo.lock'), 'utf8')).toContain(LOCKED)
    expect(r.branch).toBeUndefined()
    expect(branches(repo.dir)).toEqual(['main'])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(repo.dir)))).toBe(true)
  })
})
