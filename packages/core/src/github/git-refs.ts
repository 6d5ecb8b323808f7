/**
 * Git references (branches and tags) over the API: read, create, move, delete. Refs are named
 * `refs/heads/x`, `heads/x` or, for branches, with `branchRef('x')`.
 */
import type { Endpoints } from '@octokit/types'
import { caller, orAbsent } from './call.js'
import type { GitHubClient } from './octokit.js'
import type { RepoRef } from './repo-ref.js'

type RefData = Endpoints['GET /repos/{owner}/{repo}/git/ref/{ref}']['response']['data']

export interface GitRef {
  /** Full name, `refs/heads/x`. */
  ref: string
  /** The object it points at (a commit for a branch). */
  sha: string
}

export interface GitRefsWriter {
  /** The ref, or undefined when it does not exist. */
  get(ref: string): Promise<GitRef | undefined>
  /** Creates the ref; GitHub refuses (422, `github.unprocessable`) when it exists already. */
  create(ref: string, sha: string): Promise<GitRef>
  /** Moves the ref; without `force` only forward (a fast-forward), as `git push` would. */
  update(ref: string, sha: string, options?: { force?: boolean }): Promise<GitRef>
  delete(ref: string): Promise<void>
}

/** `refs/heads/<branch>` */
export function branchRef(branch: string): string {
  return `refs/heads/${branch}`
}

/** `refs/heads/x` for `refs/heads/x` or `heads/x`. */
export function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`
}

/** `heads/x`: the form the API's path parameters take. */
function shortRef(ref: string): string {
  return fullRef(ref).slice('refs/'.length)
}

function toGitRef(data: RefData): GitRef {
  return { ref: data.ref, sha: data.object.sha }
}

/** The git-ref side of the write API, bound to one repository. */
export function createGitRefsWriter(client: GitHubClient, { owner, repo }: RepoRef): GitRefsWriter {
  const { octokit } = client
  const call = caller(client)
  return {
    get(ref) {
      return orAbsent(
        call(`read ref ${fullRef(ref)}`, async () => {
          const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
            owner,
            repo,
            ref: shortRef(ref)
          })
          return toGitRef(data)
        })
      )
    },

    create(ref, sha) {
      return call(`create ref ${fullRef(ref)}`, async () => {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
          owner,
          repo,
          ref: fullRef(ref),
          sha
        })
        return toGitRef(data)
      })
    },

    update(ref, sha, options = {}) {
      return call(`move ref ${fullRef(ref)} to ${sha.slice(0, 12)}`, async () => {
        const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
          owner,
          repo,
          ref: shortRef(ref),
          sha,
          force: options.force === true
        })
        return toGitRef(data)
      })
    },

    delete(ref) {
      return call(`delete ref ${fullRef(ref)}`, async () => {
        await octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { owner, repo, ref: shortRef(ref) })
      })
    }
  }
}
