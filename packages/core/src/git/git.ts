import type { Exec, ExecProgress, ExecResult } from '../exec/types.js'
import { GitError } from './git-error.js'
import type { GitIdentity } from './identity.js'
import { parseStatus, type StatusEntry } from './status.js'

/** What a commit needs beyond the staged tree. */
export interface CommitOptions {
  message: string
  author: GitIdentity
  /** Defaults to the author. */
  committer?: GitIdentity
  /** `Key: value` lines git appends as trailers (e.g. the agent's own marker). */
  trailers?: ReadonlyArray<readonly [string, string]>
  /** Config options and environment that make git sign the commit (see `prepareSigning`). */
  signing?: { config: readonly string[]; env: Readonly<Record<string, string>> }
  allowEmpty?: boolean
}

export interface DiffOptions {
  /** Compare the index instead of the work tree (after `addAll`). */
  cached?: boolean
  paths?: readonly string[]
  /** Include binary file contents so the patch applies anywhere (default true). */
  binary?: boolean
}

/** Lines added and removed per file, from `git diff --numstat`. */
export interface DiffStat {
  files: Array<{ path: string; added: number; removed: number; binary: boolean }>
  added: number
  removed: number
}

export interface WorktreeInfo {
  path: string
  head?: string
  branch?: string
  detached: boolean
  locked: boolean
  prunable: boolean
}

const ZERO_OID = '0000000000000000000000000000000000000000'

// Options every command gets: no pager, no colour, no user hooks or external diff drivers (a
// hook from the user's global config must not run inside our commit), no GPG signing unless asked.
const BASE_CONFIG = [
  '-c',
  'core.pager=cat',
  '-c',
  'color.ui=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'tag.gpgsign=false',
  '-c',
  'advice.detachedHead=false'
]

/**
 * Git over the Exec port, one instance per working directory, shaped like create-pull-request's
 * GitCommandManager: small methods over single git commands, no porcelain parsing beyond what
 * each method returns. Every command runs without a terminal prompt and with a fixed locale.
 */
export class Git {
  readonly dir: string
  private readonly exec: Exec
  private readonly env: Record<string, string | undefined>
  private readonly progress: ExecProgress

  constructor(
    exec: Exec,
    dir: string,
    opts: { env?: Record<string, string | undefined>; progress?: ExecProgress } = {}
  ) {
    this.exec = exec
    this.dir = dir
    this.env = {
      ...(opts.env ?? process.env),
      GIT_TERMINAL_PROMPT: '0',
      GIT_ASKPASS: 'echo',
      LC_ALL: 'C',
      LANG: 'C'
    }
    // git's chatter is bookkeeping, not progress: quiet unless the caller wants it.
    this.progress = opts.progress ?? {}
  }

  /** A variable of the environment git runs with. */
  envVar(name: string): string | undefined {
    return this.env[name]
  }

  /** The same repository seen from another directory (a worktree of it). */
  at(dir: string): Git {
    return new Git(this.exec, dir, { env: this.env, progress: this.progress })
  }

  /** Runs git; throws GitError on a non-zero exit unless `allowFailure`. */
  async run(
    args: readonly string[],
    opts: {
      allowFailure?: boolean
      input?: string | Uint8Array
      env?: Record<string, string | undefined>
      timeoutMs?: number
    } = {}
  ): Promise<ExecResult> {
    const full = [...BASE_CONFIG, ...args]
    const r = await this.exec('git', full, {
      cwd: this.dir,
      env: { ...this.env, ...opts.env },
      input: opts.input,
      timeoutMs: opts.timeoutMs,
      progress: this.progress
    })
    if (r.code !== 0 && !opts.allowFailure) throw new GitError(args, r.code, r.stderr)
    return r
  }

  private async out(args: readonly string[]): Promise<string> {
    return (await this.run(args)).stdout
  }

  // ---------- where we are ----------

  /** The full SHA `ref` names, or undefined when it names nothing. */
  async tryRevParse(ref: string): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '-q', '--verify', '--end-of-options', `${ref}^{commit}`], {
      allowFailure: true
    })
    return r.code === 0 ? r.stdout.trim() : undefined
  }

  async revParse(ref: string): Promise<string> {
    const sha = await this.tryRevParse(ref)
    if (!sha) throw new GitError(['rev-parse', ref], 128, `unknown revision ${ref}`)
    return sha
  }

  headSha(): Promise<string> {
    return this.revParse('HEAD')
  }

  /** The full ref HEAD points at (`refs/heads/main`), or undefined on a detached HEAD. */
  async symbolicHead(): Promise<string | undefined> {
    const r = await this.run(['symbolic-ref', '-q', 'HEAD'], { allowFailure: true })
    return r.code === 0 ? r.stdout.trim() : undefined
  }

  /** The repository's top level directory. */
  async topLevel(): Promise<string> {
    return (await this.out(['rev-parse', '--show-toplevel'])).trim()
  }

  /** The common git directory (shared by all worktrees), absolute. */
  async commonDir(): Promise<string> {
    return (await this.out(['rev-parse', '--path-format=absolute', '--git-common-dir'])).trim()
  }

  async isShallow(): Promise<boolean> {
    return (await this.out(['rev-parse', '--is-shallow-repository'])).trim() === 'true'
  }

  /** The commit's author, committer and message body, for loop guards and reports. */
  async commitInfo(
    ref: string
  ): Promise<{ sha: string; author: GitIdentity; committer: GitIdentity; message: string; parents: string[] }> {
    const text = await this.out(['show', '-s', '--format=%H%x00%an%x00%ae%x00%cn%x00%ce%x00%P%x00%B', ref, '--'])
    const [sha, an, ae, cn, ce, parents, ...body] = text.split('\0')
    return {
      sha: sha!,
      author: { name: an!, email: ae! },
      committer: { name: cn!, email: ce! },
      parents: parents!.trim() === '' ? [] : parents!.trim().split(' '),
      message: body.join('\0').replace(/\n$/, '')
    }
  }

  /** Trailers of a commit message as [key, value] pairs, parsed by git itself. */
  async trailers(message: string): Promise<Array<[string, string]>> {
    const r = await this.run(['interpret-trailers', '--parse', '--no-divider'], { input: message })
    return r.stdout
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => {
        const i = l.indexOf(':')
        return [l.slice(0, i).trim(), l.slice(i + 1).trim()] as [string, string]
      })
  }

  // ---------- the work tree ----------

  /**
   * Entries of `git status`: tracked changes and untracked files; ignored files too with
   * `ignored: true`. Untracked directories are listed file by file.
   */
  async status(opts: { ignored?: boolean } = {}): Promise<StatusEntry[]> {
    const args = ['status', '--porcelain=v1', '-z', '--untracked-files=all']
    // 'traditional' lists each file inside an ignored folder when untracked files are listed one by one.
    if (opts.ignored) args.push('--ignored=traditional')
    return parseStatus(await this.out(args))
  }

  /** True when nothing tracked is changed or staged, and (unless `untracked: false`) nothing is untracked. */
  async isClean(opts: { untracked?: boolean } = {}): Promise<boolean> {
    const entries = await this.status()
    const counted = opts.untracked === false ? entries.filter((e) => e.index !== '?') : entries
    return counted.length === 0
  }

  /** Stages every change, new and deleted files included (ignored files stay out). */
  async addAll(): Promise<void> {
    await this.run(['add', '-A', '--', '.'])
  }

  /** Unified diff of the work tree (or index) against `base`. */
  async diff(base: string, opts: DiffOptions = {}): Promise<string> {
    const args = ['diff', '--no-ext-diff', '--no-textconv', '--no-renames', '--full-index']
    if (opts.binary !== false) args.push('--binary')
    if (opts.cached) args.push('--cached')
    args.push(base, '--', ...(opts.paths ?? []))
    return this.out(args)
  }

  /** Unified diff between two commits. */
  async diffCommits(from: string, to: string): Promise<string> {
    return this.out([
      'diff',
      '--no-ext-diff',
      '--no-textconv',
      '--no-renames',
      '--full-index',
      '--binary',
      from,
      to,
      '--'
    ])
  }

  /** Lines added and removed per file between `base` and the index (`cached`) or `to`. */
  async diffStat(base: string, to?: string): Promise<DiffStat> {
    const args = ['diff', '--numstat', '-z', '--no-renames']
    args.push(...(to ? [base, to] : ['--cached', base]), '--')
    const parts = (await this.out(args)).split('\0').filter((p) => p !== '')
    const files = parts.map((p) => {
      const [a, d, ...rest] = p.split('\t')
      const binary = a === '-'
      return { path: rest.join('\t'), added: binary ? 0 : Number(a), removed: binary ? 0 : Number(d), binary }
    })
    return {
      files,
      added: files.reduce((n, f) => n + f.added, 0),
      removed: files.reduce((n, f) => n + f.removed, 0)
    }
  }

  /** Applies a patch to the work tree (and index with `index`); `check` only tests it. */
  async apply(patch: string, opts: { check?: boolean; index?: boolean } = {}): Promise<ExecResult> {
    const args = ['apply', '--whitespace=nowarn']
    if (opts.check) args.push('--check')
    if (opts.index) args.push('--index')
    args.push('-')
    return this.run(args, { input: patch, allowFailure: true })
  }

  /** Puts tracked files back to `ref` and removes every untracked and ignored file. */
  async resetHard(ref: string): Promise<void> {
    await this.run(['reset', '-q', '--hard', ref])
    await this.run(['clean', '-q', '-f', '-f', '-d', '-x'])
  }

  // ---------- commits and refs ----------

  /** Commits the index; returns the new commit's SHA. */
  async commit(opts: CommitOptions): Promise<string> {
    const committer = opts.committer ?? opts.author
    const args = [
      '-c',
      `user.name=${committer.name}`,
      '-c',
      `user.email=${committer.email}`,
      ...(opts.signing?.config ?? []),
      'commit',
      '-q',
      '--no-verify',
      '--cleanup=strip',
      `--author=${opts.author.name} <${opts.author.email}>`,
      '-F',
      '-'
    ]
    if (opts.signing) args.push('-S')
    if (opts.allowEmpty) args.push('--allow-empty')
    for (const [k, v] of opts.trailers ?? []) args.push('--trailer', `${k}: ${v}`)
    await this.run(args, {
      input: opts.message,
      env: {
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        ...opts.signing?.env
      }
    })
    return this.headSha()
  }

  /**
   * Points `ref` at `sha`. With `expectOld` the update happens only if the ref still holds that
   * value (`null`: only if the ref does not exist yet), so two writers never overwrite each other.
   */
  async updateRef(ref: string, sha: string, opts: { expectOld?: string | null; reason?: string } = {}): Promise<void> {
    const args = ['update-ref', '-m', opts.reason ?? 'hee', ref, sha]
    if (opts.expectOld !== undefined) args.push(opts.expectOld ?? ZERO_OID)
    await this.run(args)
  }

  /** Deletes `ref` if it exists (and, with `expectOld`, only if it still holds that value). */
  async deleteRef(ref: string, expectOld?: string): Promise<void> {
    const args = ['update-ref', '-d', ref]
    if (expectOld) args.push(expectOld)
    const r = await this.run(args, { allowFailure: true })
    if (r.code !== 0 && (await this.refExists(ref))) throw new GitError(args, r.code, r.stderr)
  }

  async refExists(ref: string): Promise<boolean> {
    const r = await this.run(['show-ref', '--verify', '-q', ref], { allowFailure: true })
    return r.code === 0
  }

  /** Refs under `prefix` (e.g. `refs/hee/backup/`) with the SHA each points at. */
  async listRefs(prefix: string): Promise<Array<{ ref: string; sha: string }>> {
    const text = await this.out(['for-each-ref', '--format=%(objectname) %(refname)', prefix])
    return text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const i = l.indexOf(' ')
        return { sha: l.slice(0, i), ref: l.slice(i + 1) }
      })
  }

  /** Creates branch `name` at `sha`; fails if it exists unless `force`. HEAD does not move. */
  async createBranch(name: string, sha: string, opts: { force?: boolean } = {}): Promise<void> {
    const ref = `refs/heads/${name}`
    await this.run(['check-ref-format', '--branch', name])
    await this.updateRef(ref, sha, { expectOld: opts.force ? undefined : null, reason: `hee: create ${name}` })
  }

  async branchExists(name: string): Promise<boolean> {
    return this.refExists(`refs/heads/${name}`)
  }

  /** True when `ancestor` is an ancestor of (or equal to) `descendant`. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFailure: true })
    return r.code === 0
  }

  // ---------- worktrees ----------

  /** Adds a detached worktree at `path` checked out at `commit`; the current one is not touched. */
  async addWorktree(path: string, commit: string): Promise<void> {
    await this.run(['worktree', 'add', '--detach', '-f', path, commit])
  }

  /** Removes a worktree (even with changes or a lock) and forgets it. */
  async removeWorktree(path: string): Promise<void> {
    await this.run(['worktree', 'remove', '-f', '-f', path], { allowFailure: true })
    await this.run(['worktree', 'prune'])
  }

  async listWorktrees(): Promise<WorktreeInfo[]> {
    const text = await this.out(['worktree', 'list', '--porcelain'])
    const list: WorktreeInfo[] = []
    for (const block of text.split('\n\n')) {
      const lines = block.split('\n').filter(Boolean)
      const path = lines.find((l) => l.startsWith('worktree '))?.slice(9)
      if (!path) continue
      list.push({
        path,
        head: lines.find((l) => l.startsWith('HEAD '))?.slice(5),
        branch: lines.find((l) => l.startsWith('branch '))?.slice(7),
        detached: lines.includes('detached'),
        locked: lines.some((l) => l === 'locked' || l.startsWith('locked ')),
        prunable: lines.some((l) => l === 'prunable' || l.startsWith('prunable '))
      })
    }
    return list
  }

  // ---------- config and remotes ----------

  async configGet(key: string): Promise<string | undefined> {
    const r = await this.run(['config', '--get', key], { allowFailure: true })
    return r.code === 0 ? r.stdout.replace(/\n$/, '') : undefined
  }

  async remoteUrl(remote = 'origin'): Promise<string | undefined> {
    return this.configGet(`remote.${remote}.url`)
  }

  /** Fetches refspecs from a remote (no tags, no submodules). */
  async fetch(remote: string, refspecs: readonly string[], env?: Record<string, string>): Promise<void> {
    await this.run(['fetch', '--no-tags', '--no-recurse-submodules', '-q', remote, ...refspecs], { env })
  }
}
