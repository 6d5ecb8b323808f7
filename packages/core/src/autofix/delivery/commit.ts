/**
 * The fix commit as delivery makes it: the patch applied with `git apply` to the failing commit
 * in a throw-away index, written as a tree and committed with `git commit-tree`. Neither the
 * work tree nor HEAD nor the user's index moves, no hook or filter runs (no repository code),
 * and the commit carries the agent's author, its trailer and, when a key is given, a signature.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HeeError } from '../../errors.js'
import type { Git } from '../../git/git.js'
import type { GitIdentity } from '../../git/identity.js'
import type { Signing } from '../../git/signing.js'
import { checkCommitMessage, formatViolations } from '../guard/index.js'

export interface FixCommitOptions {
  /** The failing commit the patch applies to. */
  base: string
  patch: string
  /** Subject and body; trailers are added. */
  message: string
  author: GitIdentity
  committer?: GitIdentity
  trailers: ReadonlyArray<readonly [string, string]>
  signing?: Pick<Signing, 'config' | 'env'>
}

/** Applies `patch` onto `base` without touching the work tree; returns the new commit's SHA. */
export async function commitPatch(git: Git, opts: FixCommitOptions): Promise<string> {
  const message = await withTrailers(git, opts.message, opts.trailers)
  const check = checkCommitMessage(message)
  if (!check.ok)
    throw new HeeError('git.failed', `the fix commit message is refused: ${formatViolations(check.violations)}`)
  const dir = await mkdtemp(join(tmpdir(), 'hee-fix-index-'))
  const env = { GIT_INDEX_FILE: join(dir, 'index') }
  try {
    await git.run(['read-tree', opts.base], { env })
    const applied = await git.run(['apply', '--cached', '--whitespace=nowarn', '-'], {
      env,
      input: opts.patch,
      allowFailure: true
    })
    if (applied.code !== 0)
      throw new HeeError(
        'git.failed',
        `the fix does not apply to ${opts.base.slice(0, 12)}: ${applied.stderr.trim().split('\n')[0] ?? ''}`
      )
    const tree = (await git.run(['write-tree'], { env })).stdout.trim()
    const committer = opts.committer ?? opts.author
    const args = [...(opts.signing?.config ?? []), 'commit-tree', tree, '-p', opts.base, '-F', '-']
    if (opts.signing) args.push('-S')
    const r = await git.run(args, {
      input: message,
      env: {
        GIT_AUTHOR_NAME: opts.author.name,
        GIT_AUTHOR_EMAIL: opts.author.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        ...opts.signing?.env
      }
    })
    return r.stdout.trim()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function withTrailers(
  git: Git,
  message: string,
  trailers: ReadonlyArray<readonly [string, string]>
): Promise<string> {
  const args = ['interpret-trailers', '--if-exists', 'replace']
  for (const [k, v] of trailers) args.push('--trailer', `${k}: ${v}`)
  return (await git.run(args, { input: message.trimEnd() + '\n' })).stdout
}
