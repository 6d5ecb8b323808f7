/**
 * Cases of the fix corpus as the CI run saw them: a project copied into a fresh git repository,
 * its setup run, its check run for the log, and what the check left (a Cargo.lock) committed.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { git } from './git-repo.js'

export const CORPUS = resolve(import.meta.dirname, '../fixtures/fix-corpus')

export interface CorpusCase {
  dir: string
  /** The failing check's output (what a raw log holds). */
  log: string
  head: string
}

function sh(cwd: string, line: string): { code: number; out: string } {
  const r = spawnSync('bash', ['-c', line], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1' }
  })
  return { code: r.status ?? 1, out: `${r.stdout}${r.stderr}` }
}

/** Copies corpus project `name`, runs `setup` and `check` (which must fail) and commits the result. */
export function corpusCase(name: string, check: string, setup?: string, prepare?: (dir: string) => void): CorpusCase {
  const dir = join(mkdtempSync(join(tmpdir(), 'hee-fix-')), name)
  cpSync(join(CORPUS, name), dir, { recursive: true })
  prepare?.(dir)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'user.name', 'Dev')
  git(dir, 'config', 'user.email', 'dev@example.com')
  git(dir, 'config', 'commit.gpgsign', 'false')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', `Import ${name}`)
  if (setup) {
    const s = sh(dir, setup)
    if (s.code !== 0) throw new Error(`setup of ${name} failed: ${s.out.slice(-500)}`)
  }
  const c = sh(dir, check)
  if (c.code === 0) throw new Error(`the check of ${name} passes before any fix`)
  git(dir, 'add', '-A')
  spawnSync('git', ['commit', '-q', '-m', 'Add the lockfile CI generated'], { cwd: dir })
  return { dir, log: c.out, head: git(dir, 'rev-parse', 'HEAD').trim() }
}

/** Runs a shell line in `cwd` and returns its exit code and output. */
export function run(cwd: string, line: string): { code: number; out: string } {
  return sh(cwd, line)
}

/** Checks out `branch` in a fresh clone of `dir` and returns its path (the user's tree is not touched). */
export function cloneAt(dir: string, branch: string): string {
  const to = join(mkdtempSync(join(tmpdir(), 'hee-clone-')), 'c')
  execFileSync('git', ['clone', '-q', '--branch', branch, dir, to], { stdio: 'ignore' })
  return to
}
