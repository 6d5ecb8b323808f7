/**
 * The console channel: an annotation at the evidence line and a job-summary section a person
 * reads in ten seconds. The action adapter backs the sink with @actions/core, the CLI with
 * stdout; this file only knows the interface.
 */
import { redact, redactDeep } from '../security/redact.js'
import { markdownCode, markdownText, plainText } from '../security/escape.js'
import type { Severity } from '../severity.js'
import { describeWhere } from './compose.js'
import type { Alert, Channel } from './types.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface AnnotationProps {
  title?: string
  file?: string
  startLine?: number
}

/** Where console output goes (job annotations + summary, or a terminal). */
export interface ConsoleSink {
  annotate(level: AnnotationLevel, message: string, props: AnnotationProps): void
  summary(markdown: string): void | Promise<void>
}

export interface ConsoleChannelConfig {
  sink: ConsoleSink
  /** Secret values to keep out of the output. */
  knownSecrets?: string[]
}

const ICON: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵' }

/** Annotation level for an alert: errors for serious failures, notices for good news. */
export function annotationLevel(alert: Alert): AnnotationLevel {
  if (alert.kind === 'fixed') return 'notice'
  if (alert.kind === 'token-expiry') return 'warning'
  return alert.severity === 'critical' || alert.severity === 'high'
    ? 'error'
    : alert.severity === 'medium'
      ? 'warning'
      : 'notice'
}

/** One line of Markdown showing `s` as written (see `markdownText`). */
export const mdText = markdownText

/** Inline code span that survives backticks inside `s`. */
export const mdCode = (s: string): string => markdownCode(s)

/** Fenced code block whose fence is longer than any backtick run inside. */
function mdBlock(s: string): string {
  const longest = Math.max(2, ...(s.match(/`+/g) ?? []).map((r) => r.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}text\n${s.replace(/\s+$/, '')}\n${fence}`
}

function headline(alert: Alert): string {
  const icon = alert.kind === 'fixed' ? '✅' : alert.kind === 'token-expiry' ? '🔑' : ICON[alert.severity]
  return `### ${icon} ${mdText(alert.title)}`
}

/**
 * The job-summary Markdown for one alert: what failed, where, since when, what happens
 * next, then the log excerpt. Input is rendered as given; the channel redacts first.
 */
export function alertMarkdown(alert: Alert): string {
  const lines: string[] = [headline(alert), '', mdText(alert.summary), '']
  const what = alert.patternName
    ? `${mdText(alert.patternName)}${alert.pattern ? ` (${mdCode(alert.pattern)})` : ''}`
    : mdText(alert.kind)
  const run = alert.runUrl
    ? ` in [run ${alert.runId ?? ''}](${encodeURI(alert.runUrl)})`
    : alert.runId !== undefined
      ? ` in run ${alert.runId}`
      : ''
  lines.push(`- **What:** ${what}, severity **${alert.severity}**${run}`)
  const e = alert.evidence
  const where = describeWhere(e)
  if (e && where) {
    const parts: string[] = []
    if (e.job) parts.push(`job ${mdCode(e.job)}`)
    if (e.step) parts.push(`step ${mdCode(e.step)}`)
    if (e.file) parts.push(mdCode(e.line !== undefined ? `${e.file}:${e.line}` : e.file))
    if (e.logLine !== undefined) parts.push(`log line ${e.logLine}`)
    lines.push(`- **Where:** ${parts.join(' › ')}`)
  }
  if (alert.since)
    lines.push(
      `- **Since:** ${mdText(alert.since)}${alert.runs !== undefined ? ` · ${alert.runs} run${alert.runs === 1 ? '' : 's'} in a row` : ''}`
    )
  lines.push(`- **Next:** ${mdText(alert.nextStep)}`)
  if (e?.excerpt) lines.push('', mdBlock(e.excerpt))
  return `${lines.join('\n')}\n`
}

/** A console channel writing to `sink`. */
export function consoleChannel(config: ConsoleChannelConfig): Channel {
  const secrets = config.knownSecrets ?? []
  const clean = (s: string) => plainText(redact(s, secrets))
  return {
    name: 'console',
    async send(raw) {
      // Redact fields before rendering too: escaping could split a secret the final pass then misses.
      const alert = redactDeep(raw, secrets)
      const e = alert.evidence
      const props: AnnotationProps = { title: clean(`HEE CI: ${alert.title}`) }
      if (e?.file) {
        props.file = clean(e.file)
        if (e.line !== undefined) props.startLine = e.line
      }
      config.sink.annotate(annotationLevel(alert), clean(`${alert.summary}\nNext: ${alert.nextStep}`), props)
      await config.sink.summary(clean(alertMarkdown(alert)))
    }
  }
}
