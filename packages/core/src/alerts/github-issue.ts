/**
 * The GitHub issue channel: one issue per failing workflow and pattern. `broke` opens it
 * (or reuses an open one), `still-failing` comments, `fixed` comments and closes it.
 */
import { OperationalError } from '../errors.js'
import type { GitHubWriter } from '../github/writer.js'
import { mentionFree } from '../security/escape.js'
import { redact, redactDeep, redactError } from '../security/redact.js'
import { alertMarkdown } from './console.js'
import { incidentKey } from './incidents.js'
import type { Alert, Channel } from './types.js'

/** The part of the GitHub write side this channel uses. */
export type IssueWriter = Pick<GitHubWriter, 'issues' | 'repository'>

export const ISSUE_LABEL = 'hee-ci'

export interface GithubIssueChannelConfig {
  /** `createGitHubWriter(client, repository)`. */
  github: IssueWriter
  /** Label that marks our issues (default `hee-ci`). */
  label?: string
  /** Called whenever an incident's issue number becomes known or its issue is closed. */
  onIssue?: (key: string, issueNumber: number, state: 'open' | 'closed') => void
  knownSecrets?: string[]
}

export interface GithubIssueChannel extends Channel {
  /** Open issue number per incident key (`${workflow}::${pattern}::${branch}`), for `Incident.issue_number`. */
  readonly issues: ReadonlyMap<string, number>
}

// GitHub rejects bodies over 65 536 characters.
const MAX_BODY = 60_000

/** `[HEE CI] <workflow>: <pattern name>`, on one line and with no live mention in it. */
export function issueTitle(alert: Alert): string {
  const what = alert.kind === 'token-expiry' ? 'token expiry' : (alert.patternName ?? alert.pattern ?? 'failure')
  return mentionFree(`[HEE CI] ${alert.workflow}: ${what}`.replace(/[\r\n]+/g, ' '))
}

function keyOf(alert: Alert): string {
  return alert.kind === 'token-expiry'
    ? incidentKey(alert.workflow, 'token-expiry')
    : incidentKey(alert.workflow, alert.pattern ?? 'failure', alert.branch)
}

/** A GitHub issue channel for `owner/repo`. */
export function githubIssueChannel(config: GithubIssueChannelConfig): GithubIssueChannel {
  const label = config.label ?? ISSUE_LABEL
  const secrets = config.knownSecrets ?? []
  const issues = new Map<string, number>()
  const { issues: api, repository } = config.github
  // Caps reached while looking for an incident's issue (the open issues with our label are read
  // up to the client's max-pages): the search went on as if none was found, and says so.
  const notes: string[] = []

  const body = (alert: Alert, footer: string) => {
    const text = redact(`${alertMarkdown(alert)}\n${footer}\n`, secrets)
    return text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}\n\n…(truncated)\n` : text
  }

  async function findOpen(title: string): Promise<number | undefined> {
    return (
      await api.findOpen({
        title,
        label,
        onLimit: (note) => notes.push(redact(note, secrets))
      })
    )?.number
  }

  async function create(alert: Alert, title: string): Promise<number> {
    const issue = await api.create({
      title,
      labels: [label],
      body: body(
        alert,
        '_Opened by HEE CI. It comments here while the failure persists and closes this issue when the workflow passes._'
      )
    })
    return issue.number
  }

  async function comment(issue: number, alert: Alert, footer = ''): Promise<void> {
    await api.comment(issue, body(alert, footer))
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
        await api.close(issue, { reason: 'completed' })
        issues.delete(key)
        config.onIssue?.(key, issue, 'closed')
        return
      }
    }
  }

  return {
    name: 'github-issue',
    issues,
    takeNotes: () => notes.splice(0),
    async send(raw) {
      try {
        await deliver(redactDeep(raw, secrets))
      } catch (e) {
        throw new OperationalError(
          'alerts.github-issue',
          `GitHub issue for ${repository.owner}/${repository.repo} failed: ${redactError(e, secrets)}`,
          { retryable: true }
        )
      }
    }
  }
}
