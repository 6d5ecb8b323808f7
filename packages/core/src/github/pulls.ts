/**
 * Pull requests: find the open one for a head branch, open, retitle or reword, comment. One
 * place per change: a caller updates the pull request it finds instead of opening another.
 */
import type { Endpoints } from '@octokit/types'
import { caller, orAbsent } from './call.js'
import { toCommentRef, type CommentRef } from './issues.js'
import type { GitHubClient } from './octokit.js'
import { eachPage, listCap } from './pages.js'
import type { RepoRef } from './repo-ref.js'

type PullData = Endpoints['GET /repos/{owner}/{repo}/pulls/{pull_number}']['response']['data']
type PullListItem = Endpoints['GET /repos/{owner}/{repo}/pulls']['response']['data'][number]

export interface PullRef {
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  draft: boolean
  htmlUrl: string
  head: { ref: string; sha: string; repository: string | null }
  base: { ref: string }
  labels: string[]
}

export interface NewPull {
  /** Branch with the change (`branch`, or `owner:branch` for a fork). */
  head: string
  /** Branch to merge into. */
  base: string
  title: string
  body?: string
  draft?: boolean
  /** Default true, as on github.com. */
  maintainerCanModify?: boolean
}

export interface PullsWriter {
  /** The pull request with this number, or undefined when there is none. */
  get(pullNumber: number): Promise<PullRef | undefined>
  /**
   * Open pull requests (into `base`, when given), newest first, at most `maxPages` pages of 100
   * (default: the client's `maxPages`, the `max-pages` input). A list cut there is told to
   * `onLimit`, or without it to the client's warning log.
   */
  listOpen(options?: { base?: string; maxPages?: number; onLimit?: (note: string) => void }): Promise<PullRef[]>
  /** The open pull request from `branch` (of `headOwner`, default this repository's owner), or undefined. */
  findOpenByHead(branch: string, options?: { base?: string; headOwner?: string }): Promise<PullRef | undefined>
  create(pull: NewPull): Promise<PullRef>
  update(pullNumber: number, changes: { title?: string; body?: string }): Promise<PullRef>
  /** A conversation comment (the issue comment of the pull request). */
  comment(pullNumber: number, body: string): Promise<CommentRef>
}

/** Plain record of a pull request (full or list form). */
type PullFields = Pick<
  PullData | PullListItem,
  'number' | 'title' | 'body' | 'state' | 'draft' | 'html_url' | 'base'
> & {
  head: { ref: string; sha: string; repo: { full_name: string } | null }
  labels: ReadonlyArray<{ name?: string | null }>
}

export function toPullRef(data: PullFields): PullRef {
  return {
    number: data.number,
    title: data.title,
    body: data.body,
    state: data.state === 'closed' ? 'closed' : 'open',
    draft: data.draft === true,
    htmlUrl: data.html_url,
    head: { ref: data.head.ref, sha: data.head.sha, repository: data.head.repo?.full_name ?? null },
    base: { ref: data.base.ref },
    labels: data.labels.map((l) => l.name ?? '').filter(Boolean)
  }
}

/** The pull-request side of the write API, bound to one repository. */
export function createPullsWriter(client: GitHubClient, { owner, repo }: RepoRef): PullsWriter {
  const { octokit } = client
  const call = caller(client)
  return {
    get(pullNumber) {
      return orAbsent(
        call(`read pull request #${pullNumber}`, async () => {
          const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
            owner,
            repo,
            pull_number: pullNumber
          })
          return toPullRef(data)
        })
      )
    },

    listOpen(options = {}) {
      const name = `list the open pull requests${options.base ? ` into ${options.base}` : ''}`
      return call(name, async () => {
        const out: PullRef[] = []
        const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls', {
          owner,
          repo,
          state: 'open',
          ...(options.base === undefined ? {} : { base: options.base }),
          sort: 'created',
          direction: 'desc',
          per_page: 100
        })
        await eachPage(pages, listCap(client, name, options), (data) => {
          for (const p of data) if (p.state === 'open') out.push(toPullRef(p))
        })
        return out
      })
    },

    findOpenByHead(branch, options = {}) {
      const head = `${options.headOwner ?? owner}:${branch}`
      return call(`find the open pull request from ${head}`, async () => {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
          owner,
          repo,
          state: 'open',
          head,
          ...(options.base === undefined ? {} : { base: options.base }),
          per_page: 100
        })
        // GitHub filters by head; the check keeps a stand-in or proxy that ignores it honest.
        const hit = data.find((p) => p.head.ref === branch && p.state === 'open')
        return hit ? toPullRef(hit) : undefined
      })
    },

    create(pull) {
      return call(`open a pull request from ${pull.head} into ${pull.base}`, async () => {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
          owner,
          repo,
          head: pull.head,
          base: pull.base,
          title: pull.title,
          ...(pull.body === undefined ? {} : { body: pull.body }),
          ...(pull.draft === undefined ? {} : { draft: pull.draft }),
          maintainer_can_modify: pull.maintainerCanModify ?? true
        })
        return toPullRef(data)
      })
    },

    update(pullNumber, changes) {
      return call(`update pull request #${pullNumber}`, async () => {
        const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
          owner,
          repo,
          pull_number: pullNumber,
          ...(changes.title === undefined ? {} : { title: changes.title }),
          ...(changes.body === undefined ? {} : { body: changes.body })
        })
        return toPullRef(data)
      })
    },

    comment(pullNumber, body) {
      return call(`comment on pull request #${pullNumber}`, async () => {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner,
          repo,
          issue_number: pullNumber,
          body
        })
        return toCommentRef(data)
      })
    }
  }
}
