/**
 * Real git repositories in temp folders for tests: a work tree with a first commit and,
 * optionally, a bare remote it pushes to. Set-up runs the git binary directly.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Runs git in `cwd` for test set-up and returns its stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

/** Writes files (path → content) under `root`, creating folders. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
}

export interface TestRepo {
  dir: string
  /** The bare remote `origin` (a path), when asked for. */
  remote?: string
  head: string
}

/**
 * A repository on branch `main` holding `files` in one commit by "Dev <dev@example.com>",
 * with commit signing and hooks off, and a bare remote named origin when `remote` is set.
 */
export function makeRepo(files: Record<string, string>, opts: { remote?: boolean; name?: string } = {}): TestRepo {
  const root = mkdtempSync(join(tmpdir(), 'hee-git-'))
  const dir = join(root, opts.name ?? 'work')
  mkdirSync(dir)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'user.name', 'Dev')
  git(dir, 'config', 'user.email', 'dev@example.com')
  git(dir, 'config', 'commit.gpgsign', 'false')
  writeFiles(dir, files)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'Initial commit')
  let remote: string | undefined
  if (opts.remote) {
    remote = join(root, 'remote.git')
    git(root, 'init', '-q', '--bare', '-b', 'main', remote)
    git(dir, 'remote', 'add', 'origin', remote)
    git(dir, 'push', '-q', 'origin', 'main')
  }
  return { dir, remote, head: git(dir, 'rev-parse', 'HEAD').trim() }
}
