/**
 * The GitHub issue channel: one issue per failing workflow and pattern. `broke` opens it
 * (or reuses an open one), `still-failing` comments, `fixed` comments and closes it.
 */
import { HeeError } from '../errors.js'
import { redact, redactDeep, redactError } from '../security/redact.js'
import { alertMarkdown } from './console.js'
import { incidentKey } from './incidents.js'
import type { Alert, Channel } from './types.js'

/** Octokit's `request` fits: `(route, params) => Promise<{data}>`. */
export type GithubRequest = (route: string, params: Record<string, unknown>) => Promise<{ data: unknown }>

export const ISSUE_LABEL = 'hee-ci'

export interface GithubIssueChannelConfig {
  request: GithubRequest
  owner: string
  repo: string
  /** Label that marks our issues (default `hee-ci`). */
  label?: string
  /** Called whenever an incident's issue number becomes known or its issue is closed. */
  onIssue?: (key: string, issueNumber: number, state: 'open' | 'closed') => void
  knownSecrets?: string[]
}

export interface GithubIssueChannel extends Channel {
  /** Open issue number per incident key (`${workflow}::${pattern}`), for `Incident.issue_number`. */
  readonly issues: ReadonlyMap<string, number>
}

// GitHub rejects bodies over 65 536 characters.
const MAX_BODY = 60_000
const MAX_PAGES = 10

/** `[HEE CI] <workflow>: <pattern name>`. */
export function issueTitle(alert: Alert): string {
  const what = alert.kind === 'token-expiry' ? 'token expiry' : (alert.patternName ?? alert.pattern ?? 'failure')
  return `[HEE CI] ${alert.workflow}: ${what}`.replace(/[\r\n]+/g, ' ')
}

function keyOf(alert: Alert): string {
  return incidentKey(alert.workflow, alert.kind === 'token-expiry' ? 'token-expiry' : (alert.pattern ?? 'failure'))
}

interface IssueLike {
  number: number
  title: string
  pull_request?: unknown
}

function isIssueList(v: unknown): v is IssueLike[] {
  return Array.isArray(v) && v.every((i) => i && typeof i === 'object' && typeof (i as IssueLike).number === 'number')
}

/** A GitHub issue channel for `owner/repo`. */
export function githubIssueChannel(config: GithubIssueChannelConfig): GithubIssueChannel {
  const label = config.label ?? ISSUE_LABEL
  const secrets = config.knownSecrets ?? []
  const issues = new Map<string, number>()
  const repo = { owner: config.owner, repo: config.repo }

  const body = (alert: Alert, footer: string) => {
    const text = redact(`${alertMarkdown(alert)}\n${footer}\n`, secrets)
    return text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}\n\n…(truncated)\n` : text
  }

  async function findOpen(title: string): Promise<number | undefined> {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await config.request('GET /repos/{owner}/{repo}/issues', {
        ...repo,
        state: 'open',
        labels: label,
        per_page: 100,
        page
      })
      if (!isIssueList(data)) throw new Error('unexpected response listing issues')
      const hit = data.find((i) => !i.pull_request && i.title === title)
      if (hit) return hit.number
      if (data.length < 100) return undefined
    }
    return undefined
  }

  async function create(alert: Alert, title: string): Promise<number> {
    const { data } = await config.request('POST /repos/{owner}/{repo}/issues', {
      ...repo,
      title,
      labels: [label],
      body: body(
        alert,
        '_Opened by HEE CI. It comments here while the failure persists and closes this issue when the workflow passes._'
      )
    })
    const n = (data as { number?: unknown } | null)?.number
    if (typeof n !== 'number') throw new Error('unexpected response creating an issue')
    return n
  }

  async function comment(issue: number, alert: Alert, footer = ''): Promise<void> {
    await config.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: issue,
      body: body(alert, footer)
    })
  }

  function remember(key: string, n: number): void {
    issues.set(key, n)
    config.onIssue?.(key, n, 'open')
  }

  async function deliver(alert: Alert): Promise<void> {
    const key = keyOf(alert)
    const title = redact(issueTitle(alert), secrets)
    const known = alert.issueNumber ?? issues.get(key)
    switch (alert.kind) {
      case 'broke':
      case 'token-expiry': {
        // A new incident: a remembered number may belong to an issue closed since.
        const open = await findOpen(title)
        if (open !== undefined) await comment(open, alert)
        remember(key, open ?? (await create(alert, title)))
        return
      }
      case 'still-failing': {
        const issue = known ?? (await findOpen(title))
        if (issue === undefined) remember(key, await create(alert, title))
        else {
          await comment(issue, alert)
          remember(key, issue)
        }
        return
      }
      case 'fixed': {
        const issue = known ?? (await findOpen(title))
        if (issue === undefined) return
        await comment(issue, alert, '_Closed by HEE CI: the workflow passes again._')
        await config.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          ...repo,
          issue_number: issue,
          state: 'closed',
          state_reason: 'completed'
        })
        issues.delete(key)
        config.onIssue?.(key, issue, 'closed')
        return
      }
    }
  }

  return {
    name: 'github-issue',
    issues,
    async send(raw) {
      try {
        await deliver(redactDeep(raw, secrets))
      } catch (e) {
        throw new HeeError(
          'alerts.github-issue',
          `GitHub issue for ${config.owner}/${config.repo} failed: ${redactError(e, secrets)}`
        )
      }
    }
  }
}
