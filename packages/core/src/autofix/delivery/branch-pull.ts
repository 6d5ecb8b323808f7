/**
 * A commit delivered as a pull request from a branch of its own: pushed with a lease (never
 * over work that arrived meanwhile), and an open pull request carrying the same hidden key is
 * updated rather than duplicated. Fixes and kept generated tests go out this way.
 */
import { HeeError } from '../../errors.js'
import type { Git } from '../../git/git.js'
import { push } from '../../git/push.js'
import type { GitHubWriter } from '../../github/writer.js'

/**
 * Pushes `commit` to `branch` only if the branch still is at `expected` ('' for "does not
 * exist yet"). `remote` is a URL (`https://github.com/o/r.git`, which needs `token`) or a path.
 */
export async function pushWithLease(
  git: Git,
  o: { remote: string; token?: string; onSecret?: (value: string) => void },
  commit: string,
  branch: string,
  expected: string
): Promise<void> {
  const ref = `refs/heads/${branch}`
  const http = /^https?:\/\//i.test(o.remote)
  if (http && !o.token) throw new HeeError('config', 'no token to push with: set `github-token` or `push-token`')
  await push(git, {
    remote: o.remote,
    refspecs: [`${commit}:${ref}`],
    forceWithLease: [[ref, expected]],
    ...(http && o.token ? { token: o.token, serverUrl: new URL(o.remote).origin } : {}),
    ...(o.onSecret ? { onSecret: o.onSecret } : {})
  })
}

export interface BranchPullOptions {
  git: Git
  github: GitHubWriter
  remote: string
  token?: string
  onSecret?: (value: string) => void
  commit: string
  /** The pull request's base branch. */
  base: string
  /** The head branch for a new pull request. */
  branch: string
  /** Head branches this kind of pull request uses (`hee/tests/`): only those are updated. */
  prefix: string
  title: string
  /** The body; it must contain `key`, by which the next delivery finds this pull request again. */
  body: string
  key: string
}

/** Opens the pull request, or updates the open one with the same key; returns it. */
export async function deliverBranchAsPull(
  o: BranchPullOptions
): Promise<{ number: number; url: string; branch: string; updated: boolean }> {
  if (!o.body.includes(o.key)) throw new Error('the pull request body must carry its key')
  const own = `${o.github.repository.owner}/${o.github.repository.repo}`.toLowerCase()
  const open =
    (await o.github.pulls.findOpenByHead(o.branch, { base: o.base })) ??
    (await o.github.pulls.listOpen({ base: o.base })).find(
      (p) =>
        p.head.ref.startsWith(o.prefix) &&
        (p.head.repository ?? '').toLowerCase() === own &&
        (p.body ?? '').includes(o.key)
    )
  const branch = open?.head.ref ?? o.branch
  await pushWithLease(o.git, o, o.commit, branch, open ? open.head.sha : '')
  const pull = open
    ? await o.github.pulls.update(open.number, { title: o.title, body: o.body })
    : await o.github.pulls.create({ head: branch, base: o.base, title: o.title, body: o.body })
  return { number: pull.number, url: pull.htmlUrl, branch, updated: open !== undefined }
}
