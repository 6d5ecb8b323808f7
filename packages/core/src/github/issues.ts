/**
 * Issues: open, comment, close, and find an open one by title and label. The records returned
 * are plain; every failure names the call (`toGitHubError`).
 */
import type { Endpoints } from '@octokit/types'
import { caller } from './call.js'
import type { GitHubClient } from './octokit.js'
import { eachPage, listCap } from './pages.js'
import type { RepoRef } from './repo-ref.js'

type IssueData = Endpoints['GET /repos/{owner}/{repo}/issues/{issue_number}']['response']['data']
type CommentData = Endpoints['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']['response']['data']

export interface IssueRef {
  number: number
  title: string
  state: 'open' | 'closed'
  labels: string[]
  htmlUrl: string
}

export interface CommentRef {
  id: number
  htmlUrl: string
}

export interface NewIssue {
  title: string
  body?: string
  labels?: string[]
}

export interface FindIssueQuery {
  /** Exact title. */
  title: string
  /** Only issues carrying this label. */
  label?: string
  /**
   * Pages of 100 read at most (default: the client's `maxPages`, the `max-pages` input): an
   * endless list is not read to its end.
   */
  maxPages?: number
  /**
   * Told when the page cap stopped the search with pages left (a `limit reached: …` note);
   * without it the note goes to the client's warning log.
   */
  onLimit?: (note: string) => void
}

export interface IssuesWriter {
  create(issue: NewIssue): Promise<IssueRef>
  /** Comments on an issue or a pull request (they share numbers). */
  comment(issueNumber: number, body: string): Promise<CommentRef>
  close(issueNumber: number, options?: { reason?: 'completed' | 'not_planned' }): Promise<IssueRef>
  /** The newest open issue (never a pull request) with this exact title, or undefined. */
  findOpen(query: FindIssueQuery): Promise<IssueRef | undefined>
}

/** Plain record of an issue as the API returns it. */
export function toIssueRef(data: Pick<IssueData, 'number' | 'title' | 'state' | 'labels' | 'html_url'>): IssueRef {
  return {
    number: data.number,
    title: data.title,
    state: data.state === 'closed' ? 'closed' : 'open',
    labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    htmlUrl: data.html_url
  }
}

/** Plain record of a comment. */
export function toCommentRef(data: Pick<CommentData, 'id' | 'html_url'>): CommentRef {
  return { id: Number(data.id), htmlUrl: data.html_url }
}

/** The issue side of the write API, bound to one repository. */
export function createIssuesWriter(client: GitHubClient, { owner, repo }: RepoRef): IssuesWriter {
  const { octokit } = client
  const call = caller(client)
  return {
    create({ title, body, labels }) {
      return call(`open issue "${title}"`, async () => {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
          owner,
          repo,
          title,
          ...(body === undefined ? {} : { body }),
          ...(labels === undefined ? {} : { labels })
        })
        return toIssueRef(data)
      })
    },

    comment(issueNumber, body) {
      return call(`comment on #${issueNumber}`, async () => {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner,
          repo,
          issue_number: issueNumber,
          body
        })
        return toCommentRef(data)
      })
    },

    close(issueNumber, options = {}) {
      return call(`close issue #${issueNumber}`, async () => {
        const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          owner,
          repo,
          issue_number: issueNumber,
          state: 'closed',
          state_reason: options.reason ?? 'completed'
        })
        return toIssueRef(data)
      })
    },

    findOpen({ title, label, maxPages, onLimit }) {
      const name = `find the open issue "${title}"`
      return call(name, async () => {
        const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues', {
          owner,
          repo,
          state: 'open',
          ...(label === undefined ? {} : { labels: label }),
          per_page: 100
        })
        let found: IssueRef | undefined
        await eachPage(pages, listCap(client, name, { maxPages, onLimit }), (data) => {
          const hit = data.find((i) => !i.pull_request && i.title === title)
          if (hit) found = toIssueRef(hit)
          return hit === undefined
        })
        return found
      })
    }
  }
}
