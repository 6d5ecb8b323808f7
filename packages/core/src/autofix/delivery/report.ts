/** The report of what may only be reported (security advisories): what was found and what a tool would change. */
import type { FixAttempt } from '../types.js'
import { markdownLink, markdownText } from '../../security/escape.js'
import { clip, code, fenced } from './markdown.js'

export function reportTitle(reports: readonly FixAttempt[], branch: string): string {
  return `HEE CI: ${[...new Set(reports.map((r) => r.pattern))].join(', ')} on ${branch} needs a person`
}

export function reportBody(reports: readonly FixAttempt[], branch: string, runId: string, runUrl?: string): string {
  const run = markdownLink(`run ${runId}`, runUrl)
  const out = [`CI ${run} on ${code(branch)} found what HEE CI reports but never changes by itself.`]
  for (const r of reports) {
    out.push('', `### ${r.pattern}`)
    if (r.reason) out.push('', markdownText(r.reason))
    if (r.evidence) out.push('', fenced(clip(r.evidence, 2_000)))
    if (r.report) out.push('', clip(r.report, 20_000))
  }
  return out.join('\n') + '\n'
}
