import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** File contents by path; `null` in `after` deletes the file. */
export type Tree = Record<string, string | null>

function write(root: string, tree: Tree): void {
  for (const [path, text] of Object.entries(tree)) {
    if (text === null) continue
    const full = join(root, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
  }
}

/**
 * The diff git itself prints between two trees (`git diff --no-index`, whose `a/` and `b/` folders
 * become the usual path prefixes): one process per case instead of a repository per case.
 */
export function gitDiff(before: Tree, after: Tree, extraArgs: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'hee-guard-'))
  try {
    mkdirSync(join(root, 'a'))
    mkdirSync(join(root, 'b'))
    write(join(root, 'a'), before)
    const merged: Tree = { ...before, ...after }
    write(join(root, 'b'), merged)
    const r = spawnSync('git', ['diff', '--no-index', '--no-prefix', '--no-color', ...extraArgs, 'a', 'b'], {
      cwd: root,
      encoding: 'utf8'
    })
    if (r.status !== 0 && r.status !== 1) throw new Error(`git diff failed: ${r.stderr}`)
    return r.stdout
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/** The staged diff of a real repository (`git diff --cached`), for what only a repository shows: renames. */
export function repoDiff(before: Tree, after: Tree, extraArgs: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'hee-guard-repo-'))
  const git = (...args: string[]): string => {
    const r = spawnSync(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd: root,
        encoding: 'utf8'
      }
    )
    if (r.status !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr}`)
    return r.stdout
  }
  try {
    git('init', '-q', '-b', 'main')
    write(root, before)
    git('add', '-A')
    git('commit', '-q', '-m', 'before')
    for (const [path, text] of Object.entries(after)) if (text === null) rmSync(join(root, path))
    write(root, after)
    git('add', '-A')
    return git('diff', '--cached', '--no-color', ...extraArgs)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
