/**
 * The hooks of .pre-commit-hooks.yaml, run by the real `pre-commit` tool the way a user's
 * repository gets them: pre-commit clones a hook repository at a pinned rev (here a temp git
 * repository holding this checkout's hook file and dist/), installs its git hook, and `git commit`
 * runs it on what is staged.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { git, makeRepo, writeFiles } from '../support/git-repo.js'
import { bundle, ROOT } from '../support/workflow.js'

let hookRepo: string
let hookRev: string
let cacheHome: string

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'hee-hooks-'))
  hookRepo = join(root, 'hee-ci')
  cacheHome = join(root, 'pre-commit-home')
  execFileSync('git', ['init', '-q', '-b', 'main', hookRepo])
  cpSync(join(ROOT, '.pre-commit-hooks.yaml'), join(hookRepo, '.pre-commit-hooks.yaml'))
  cpSync(join(ROOT, 'dist'), join(hookRepo, 'dist'), { recursive: true })
  git(hookRepo, 'add', '-A')
  git(hookRepo, '-c', 'user.name=Rel', '-c', 'user.email=rel@example.com', 'commit', '-q', '-m', 'v1')
  hookRev = git(hookRepo, 'rev-parse', 'HEAD').trim()
})

/** A user's repository with the hooks installed; `hooks` is the hooks: list of the config. */
function userRepo(hooks: string, files: Record<string, string> = {}): string {
  const { dir } = makeRepo({
    'src/lib.rs': 'pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n',
    ...files,
    '.pre-commit-config.yaml': `repos:\n  - repo: ${hookRepo}\n    rev: ${hookRev}\n    hooks:\n${hooks}`
  })
  const r = preCommit(dir, 'install')
  expect(r.status, r.output).toBe(0)
  return dir
}

function preCommit(dir: string, ...args: string[]): { status: number | null; output: string } {
  const r = spawnSync('pre-commit', args, { cwd: dir, encoding: 'utf8', env: env() })
  return { status: r.status, output: `${r.stdout}${r.stderr}` }
}

function env(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, PRE_COMMIT_HOME: cacheHome, GIT_CONFIG_NOSYSTEM: '1' }
}

/** `git commit` of what is staged, with the installed hook; its exit status and output. */
function commit(dir: string, message: string): { status: number | null; output: string } {
  const r = spawnSync('git', ['commit', '-m', message], { cwd: dir, encoding: 'utf8', env: env() })
  return { status: r.status, output: `${r.stdout}${r.stderr}` }
}

describe('.pre-commit-hooks.yaml', () => {
  test('declares the hooks this suite runs, each starting the committed CLI bundle', () => {
    const text = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')
    expect(text).toMatch(/^- id: hee-ci-monitoring$/m)
    expect(text).toMatch(/^- id: hee-state-validation$/m)
    expect(text).toMatch(/^- id: hee-auto-fix$/m)
    expect(text).toMatch(/entry: dist\/cli\/index\.js pre-commit check/)
    // pre-commit runs a script hook by its path: the stub must be executable and start node.
    expect(readFileSync(bundle('cli'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(git(ROOT, 'ls-files', '-s', 'dist/cli/index.js')).toMatch(/^100755 /)
  })

  test('hee-ci-monitoring refuses a commit that adds a suppression, naming the file and line', () => {
    const dir = userRepo('      - id: hee-ci-monitoring\n')
    writeFiles(dir, {
      'src/lib.rs': 'pub fn add(a: i32, b: i32) -> i32 {\n    #[allow(clippy::all)]\n    let s = a + b;\n    s\n}\n'
    })
    git(dir, 'add', '-A')
    const before = git(dir, 'rev-parse', 'HEAD')
    const r = commit(dir, 'silence clippy')
    expect(r.status, r.output).not.toBe(0)
    expect(r.output).toContain('src/lib.rs:2')
    expect(r.output).toContain('rust-allow')
    expect(git(dir, 'rev-parse', 'HEAD')).toBe(before)
  })

  test('hee-ci-monitoring lets an ordinary change through, deleted files and edited configs included', () => {
    const dir = userRepo('      - id: hee-ci-monitoring\n', { 'old.txt': 'gone soon\n' })
    writeFiles(dir, {
      'src/lib.rs': 'pub fn add(a: i32, b: i32) -> i32 {\n    a.wrapping_add(b)\n}\n',
      'clippy.toml': 'msrv = "1.70"\n'
    })
    git(dir, 'rm', '-q', 'old.txt')
    git(dir, 'add', '-A')
    const r = commit(dir, 'wrapping add')
    expect(r.status, r.output).toBe(0)
    expect(r.output).toMatch(/HEE CI monitoring check\.+Passed/)
  })

  test('hee-auto-fix formats a staged Rust file with rustfmt of the crate, then the re-staged commit passes', () => {
    const dir = userRepo('      - id: hee-auto-fix\n', {
      'Cargo.toml': '[package]\nname = "adder"\nversion = "0.1.0"\nedition = "2021"\n'
    })
    writeFiles(dir, { 'src/lib.rs': 'pub fn add(a:i32,b:i32)->i32{\n  a+b\n}\n', 'notes.txt': 'left   as   is\n' })
    git(dir, 'add', '-A')
    const first = commit(dir, 'add')
    expect(first.status, first.output).not.toBe(0)
    expect(first.output).toContain('fixed 1 staged file(s)')
    expect(readFileSync(join(dir, 'src/lib.rs'), 'utf8')).toBe('pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n')
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('left   as   is\n')
    git(dir, 'add', '-A')
    const second = commit(dir, 'add')
    expect(second.status, second.output).toBe(0)
    expect(second.output).toMatch(/HEE auto-fix \(safe mode\)\.+Passed/)
  })

  test('hee-state-validation refuses a tampered staged capsule and passes a good one', () => {
    const dir = userRepo('      - id: hee-state-validation\n        args: [--allow-unsigned]\n')
    const cli = bundle('cli')
    execFileSync(process.execPath, [cli, 'capsule', 'init', '--output', join(dir, 'state-capsule.json')], {
      env: env()
    })
    git(dir, 'add', 'state-capsule.json')
    const good = commit(dir, 'add the capsule')
    expect(good.status, good.output).toBe(0)
    expect(good.output).toMatch(/HEE state capsule validation\.+Passed/)

    const capsule = JSON.parse(readFileSync(join(dir, 'state-capsule.json'), 'utf8'))
    capsule.body.monitoring_state.current_status = 'exploded'
    writeFileSync(join(dir, 'state-capsule.json'), JSON.stringify(capsule))
    git(dir, 'add', 'state-capsule.json')
    const bad = commit(dir, 'break the capsule')
    expect(bad.status, bad.output).not.toBe(0)
    expect(bad.output).toMatch(/invalid: .*state-capsule\.json/)
  })
})
