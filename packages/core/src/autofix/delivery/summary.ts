/** The job summary of an auto-fix run: where a person looks first. */
import type { FixAttempt } from '../types.js'
import type { Delivery } from './deliver.js'
import type { HistoryAppend } from './history.js'
import { markdownLink, markdownText } from '../../security/escape.js'
import { code } from './markdown.js'

export interface SummaryInput {
  stage: string
  attempts: readonly FixAttempt[]
  delivery?: Delivery
  entries: readonly HistoryAppend[]
  /** The loop guard's or fork guard's reason when nothing ran. */
  stopped?: string
  statusFrom?: string
  statusTo?: string
  patchPath?: string
}

const ICON: Record<string, string> = {
  fixed: '✅ fixed',
  'rolled-back': '↩️ rolled back',
  skipped: '⏭️ skipped',
  'report-only': '📝 reported',
  'would-fix': '🔍 would fix',
  refused: '⛔ refused',
  'not-delivered': '⚠️ not delivered'
}

export function summaryMarkdown(input: SummaryInput): string {
  const out: string[] = ['## HEE CI auto-fix', '']
  const d = input.delivery
  if (input.stopped) out.push(`**Nothing was done:** ${markdownText(input.stopped)}`, '')
  if (d?.pullRequest)
    out.push(
      `**Pull request:** ${markdownLink(`#${d.pullRequest.number}`, d.pullRequest.url)}${d.pullRequest.updated ? ' (updated, not duplicated)' : ''}`,
      ''
    )
  else if (d?.kind === 'push') out.push(`**Pushed** the fix to ${code(d.branch ?? '')}.`, '')
  if (input.patchPath) out.push(`**Patch** for the apply stage written to ${code(input.patchPath)}.`, '')
  if (input.entries.length) {
    out.push(
      '| pattern | strategy | outcome | files | lines | validations | time |',
      '| --- | --- | --- | ---: | ---: | --- | ---: |'
    )
    for (const e of input.entries) {
      const v = (e.validations ?? []).map((x) => `${code(x.command)} ${x.passed ? '✅' : '❌'}`).join('<br>') || '—'
      out.push(
        `| ${e.pattern_id} | ${e.strategy ? code(e.strategy) : '—'} | ${ICON[e.outcome ?? ''] ?? e.outcome ?? ''}${e.reason ? `: ${markdownText(e.reason)}` : ''} | ${e.files_changed ?? 0} | ${e.lines_changed ?? 0} | ${v} | ${((e.duration_ms ?? 0) / 1000).toFixed(1)} s |`
      )
    }
    out.push('')
  }
  for (const n of d?.notes ?? []) out.push(`- ${markdownText(n)}`)
  if (d && (d.kind === 'push' || d.kind === 'pull-request') && !d.ciTriggered)
    out.push(
      '',
      '> [!WARNING]',
      '> The fix was pushed with `GITHUB_TOKEN`: GitHub starts no workflow for such a push, so **CI will not re-run** on it. Pass a GitHub App token or a PAT as `push-token` to have CI prove the fix.'
    )
  if (input.statusFrom && input.statusTo) {
    const open = [...new Set(input.entries.filter((e) => !e.success).map((e) => e.pattern_id))]
    out.push(
      '',
      input.statusFrom !== input.statusTo
        ? `Capsule status: ${input.statusFrom} → ${input.statusTo} (Auto-Fix Successful).`
        : `Capsule status: stays ${input.statusTo}` +
            (input.statusTo === 'degraded' && open.length
              ? `: ${open.join(', ')} still failing, for a person to fix; the next monitor run sees it recover.`
              : '.')
    )
  }
  return out.join('\n') + '\n'
}
