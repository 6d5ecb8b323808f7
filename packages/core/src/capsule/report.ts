import { capsuleDigest } from './canonical.js'
import { historyTotals } from './history.js'
import { INITIAL_STATUS, STATUS_TRANSITIONS } from './state-machine.js'
import type { Capsule, CapsuleStatus } from './types.js'

/** How many history rows the report shows; totals still count everything. */
export const REPORT_HISTORY_ROWS = 20

// Values come from CI logs and user config; keep them from breaking the table or injecting HTML.
function cell(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—'
  return String(v)
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
}

function table(head: string[], rows: unknown[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)
  ]
}

function stateName(s: CapsuleStatus): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** The spec's state diagram as Mermaid, with `current` highlighted. */
export function renderStateDiagram(current: CapsuleStatus): string {
  return [
    '```mermaid',
    'stateDiagram-v2',
    '    classDef current fill:#ffd54f,stroke:#e65100,stroke-width:3px,font-weight:bold',
    `    [*] --> ${stateName(INITIAL_STATUS)}`,
    ...STATUS_TRANSITIONS.map((t) => `    ${stateName(t.from)} --> ${stateName(t.to)}: ${t.event}`),
    `    class ${stateName(current)} current`,
    '```'
  ].join('\n')
}

/**
 * Markdown a person reads in ten seconds: status first, then the envelope facts, open incidents,
 * coverage, auto-fix history with per-pattern totals, and the state diagram with the current
 * state marked. Pure: the same capsule renders the same text.
 */
export function renderReport(c: Capsule): string {
  const ms = c.body.monitoring_state
  const status = ms.current_status ?? INITIAL_STATUS
  const out: string[] = []
  out.push(`# HEE CI state: ${cell(c.repository)} · ${cell(c.workflow)}`, '')
  out.push(
    `**Status: ${status}**${ms.status_since ? ` since ${ms.status_since}` : ''}` +
      (ms.consecutive_failures ? ` · ${ms.consecutive_failures} consecutive failure(s)` : ''),
    ''
  )

  const sig = c.signature ? `${c.signature.alg}, key id \`${c.signature.key_id}\`` : 'unsigned'
  out.push('## Capsule', '')
  out.push(
    ...table(
      ['fact', 'value'],
      [
        ['version', c.version],
        ['run id', c.run_id],
        ['last run id', ms.last_run_id],
        ['updated at', c.updated_at],
        ['signature', sig],
        ['digest', `\`${capsuleDigest(c)}\``],
        ['previous digest', c.previous_digest === null ? 'none (first version)' : `\`${c.previous_digest}\``],
        ...(c.encrypted
          ? [['encrypted fields', `${c.encrypted.fields.join(', ')} (key id \`${c.encrypted.key_id}\`)`]]
          : [])
      ]
    ),
    ''
  )

  const incidents = Object.values(ms.incidents ?? {})
  out.push(`## Open incidents (${incidents.length})`, '')
  if (incidents.length === 0) out.push('None.', '')
  else {
    out.push(
      ...table(
        ['pattern', 'workflow', 'severity', 'since', 'runs', 'last run'],
        incidents.map((i) => [i.pattern, i.workflow, i.severity, i.since, i.runs, i.last_run_id])
      ),
      ''
    )
  }

  const cov = { ...ms.coverage_metrics, ...ms.hee_specific }
  const metrics = Object.entries(cov).filter(([, v]) => typeof v === 'number')
  out.push('## Coverage', '')
  if (metrics.length === 0) out.push('No coverage recorded.', '')
  else
    out.push(
      ...table(
        ['metric', 'value'],
        metrics.map(([k, v]) => [k, `${v}%`])
      ),
      ''
    )

  const history = c.body.auto_fix_history
  const summary = c.body.history_summary
  out.push(`## Auto-fix history (${history.length + (summary?.compacted_entries ?? 0)} attempts)`, '')
  if (history.length === 0 && summary === undefined) out.push('No auto-fix attempts yet.', '')
  else {
    const newest = history.slice(-REPORT_HISTORY_ROWS).reverse()
    if (newest.length > 0) {
      out.push(
        ...table(
          ['time', 'pattern', 'success', 'rollback'],
          newest.map((e) => [e.timestamp, e.pattern_id, e.success ? 'yes' : 'no', e.rollback ? 'yes' : 'no'])
        ),
        ''
      )
      if (history.length > newest.length)
        out.push(`Newest ${newest.length} of ${history.length} kept entries shown.`, '')
    }
    if (summary !== undefined) {
      out.push(
        `${summary.compacted_entries} older entries compacted${summary.oldest_timestamp ? ` (oldest ${summary.oldest_timestamp})` : ''}; they are counted in the totals.`,
        ''
      )
    }
    const totals = [...historyTotals(c.body)].map(([p, t]) => [
      p,
      t.attempts,
      t.successes,
      t.rollbacks,
      t.attempts === 0 ? '—' : `${Math.round((100 * t.successes) / t.attempts)}%`
    ])
    out.push(
      '### Totals per pattern',
      '',
      ...table(['pattern', 'attempts', 'successes', 'rollbacks', 'success rate'], totals),
      ''
    )
  }

  out.push('## State diagram', '', renderStateDiagram(status), '')
  return out.join('\n')
}
