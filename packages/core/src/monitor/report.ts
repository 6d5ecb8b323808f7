/**
 * What one monitoring pass tells a person: a headline (status, what changed), then each
 * failed job with the located cause. Shared by the job summary and the CLI. Log excerpts are
 * redacted and made inert before they reach this module's callers' output.
 */
import { inertText } from '../security/inert.js'
import { redact } from '../security/redact.js'
import { markdownCode, markdownText } from '../security/escape.js'
import type { MonitorOutcome } from './engine.js'

/** The pass as JSON for `findings-path` and `hee monitor --format json`. */
export function outcomeJson(o: MonitorOutcome, secrets: string[] = []): unknown {
  return {
    status: o.decision.to,
    previous_status: o.decision.from,
    status_path: o.decision.path,
    reason: o.decision.reason,
    fix_required: o.fixRequired,
    severity: o.severity ?? null,
    patterns: o.patterns,
    runs: o.analyses.map((a) => ({
      id: a.run.id,
      attempt: a.run.runAttempt,
      workflow: a.workflow,
      conclusion: a.run.conclusion,
      url: a.run.htmlUrl,
      jobs: a.jobs.map((j) => ({
        id: j.id,
        name: j.name,
        conclusion: j.conclusion,
        failed_step: j.failedStep ?? null,
        log_error: j.logError ? redact(j.logError, secrets) : null,
        findings: j.findings.map((f) => ({
          pattern: f.pattern,
          name: f.name,
          severity: f.severity,
          confidence: f.confidence,
          line: f.line,
          step: f.step ?? null,
          excerpt: redact(f.excerpt, secrets)
        }))
      }))
    })),
    skipped: o.skipped,
    alerts: o.alerts.map((a) => ({
      kind: a.kind,
      severity: a.severity,
      title: redact(a.title, secrets),
      workflow: a.workflow,
      pattern: a.pattern ?? null
    })),
    deliveries: o.deliveries.map((d) => ({ channel: d.channel, kind: d.alert.kind, ok: d.ok, error: d.error ?? null })),
    unreadable: o.unreadable.map((u) => redact(u, secrets)),
    // The caps reached (also among `unreadable`): the pass went on with what it had.
    limits_reached: o.unreadable.filter(isLimitNote).map((u) => redact(u, secrets))
  }
}

/** Unreadable logs and artifacts named in the summary; the rest are counted. */
const UNREAD_SHOWN = 5

/** A table cell from a repository or run field: Markdown-escaped, mentions neutralised. */
const cell = markdownText

/** Notes of a cap on work (`limit reached: …`), reported apart from what could not be read. */
export function isLimitNote(note: string): boolean {
  return note.includes('limit reached: ')
}

/** Markdown headline and table of the pass (the alerts' own sections follow it). */
export function outcomeMarkdown(o: MonitorOutcome, secrets: string[] = []): string {
  const d = o.decision
  const moved = d.from === d.to ? `**${d.to}**` : `**${d.to}** (was ${d.path.slice(0, -1).join(' → ')})`
  const lines = [
    `## HEE CI monitor: ${moved}`,
    '',
    `${cell(d.reason)}. ${o.analyses.length} run(s) analysed, ${o.alerts.length} alert(s).`,
    ''
  ]
  const rows = o.analyses.flatMap((a) =>
    a.jobs.flatMap((j) =>
      (j.findings.length ? j.findings.slice(0, 3) : [undefined]).map((f) => {
        const first = f
          ? redact(f.excerpt, secrets).split('\n')[0]!.slice(0, 160)
          : j.logError
            ? `log not readable: ${j.logError}`
            : 'no known pattern'
        return `| [${a.run.id}](${encodeURI(a.run.htmlUrl)}) | ${cell(a.workflow)} | ${cell(j.name)} | ${cell(f?.step ?? j.failedStep ?? '')} | ${f ? `${cell(f.pattern)} ${cell(f.name)}${f.confidence === 'low' ? ' (confidence: low)' : ''}` : '—'} | ${f ? f.line : ''} | ${markdownCode(first, true)} |`
      })
    )
  )
  if (rows.length)
    lines.push(
      '| run | workflow | job | step | cause | log line | evidence |',
      '|---|---|---|---|---|---|---|',
      ...rows,
      ''
    )
  // A cap reached is not a failure to read: the pass went on with what it had, and says so.
  const limits = o.unreadable.filter(isLimitNote)
  const unread = o.unreadable.filter((u) => !isLimitNote(u))
  if (limits.length) lines.push('### Limits reached', '', ...limits.map((u) => `- ${cell(redact(u, secrets))}`), '')
  if (unread.length) {
    // A run can upload any number of broken artifacts: a few are named, the rest counted.
    const shown = unread.slice(0, UNREAD_SHOWN).map((u) => `- ${cell(redact(u, secrets))}`)
    if (unread.length > UNREAD_SHOWN) shown.push(`- and ${unread.length - UNREAD_SHOWN} more (see the log)`)
    lines.push('**Could not read:**', ...shown, '')
  }
  if (o.fixRequired) lines.push('Next: the auto-fix job will try the fixable patterns, then re-run the check.', '')
  return inertText(lines.join('\n'))
}
