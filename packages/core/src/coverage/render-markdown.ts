import { markdownCode, markdownText } from '../security/escape.js'
import type { CoverageAnalysis } from './analyze.js'
import type { Priority } from './config.js'
import { METRICS, type Metric } from './metrics.js'

export const METRIC_LABELS: Record<Metric, string> = {
  line: 'Line Coverage',
  branch: 'Branch Coverage',
  function: 'Function Coverage',
  integration: 'Integration Tests',
  spec: 'Spec Coverage',
  prompt: 'Prompt Coverage'
}

/** Text from reports and the repository (paths, function names) shown as code, never as markup. */
function code(s: string): string {
  return markdownCode(s.slice(0, 200), true)
}

const pct = (v: number) => `${Number.isInteger(v) ? v : v.toFixed(2)}%`

/**
 * The spec's Coverage Targets table filled with measured figures, then the HEE total, the gate,
 * patch coverage and the riskiest gaps: what the job summary and `--format md` show.
 */
export function renderCoverageMarkdown(
  a: CoverageAnalysis,
  priorities: Record<Metric, Priority>,
  opts: { gaps?: number } = {}
): string {
  const out: string[] = [
    '## Coverage',
    '',
    '| Metric | HEE Target | Current | Gap | Priority |',
    '| --- | --- | --- | --- | --- |'
  ]
  for (const m of METRICS) {
    const v = a.metrics[m]
    const t = a.targets[m]
    const gap = v === null ? '—' : pct(Math.max(0, Math.round((t - v) * 100) / 100))
    const c = a.counts[m]
    const current = v === null ? 'not measured' : `${pct(v)}${c ? ` (${c.covered}/${c.total})` : ''}`
    out.push(
      `| ${METRIC_LABELS[m]} | ${pct(t)} | ${current} | ${gap} | ${v !== null && v >= t ? 'Met' : priorities[m]} |`
    )
  }
  out.push('')
  const measuredNames = METRICS.filter((m) => a.metrics[m] !== null)
  out.push(
    a.hee_total === null
      ? '**HEE total:** not measured (no metric was measured).'
      : `**HEE total: ${pct(a.hee_total)}** — weighted over ${measuredNames.join(', ')}${measuredNames.length < METRICS.length ? ` (weights renormalised; not measured: ${METRICS.filter((m) => a.metrics[m] === null).join(', ')})` : ''}.`
  )
  if (a.trend.length > 1)
    out.push(
      '',
      `Trend (HEE total, last ${a.trend.length} runs): ${a.trend.map((p) => (p.hee_total === null ? '—' : pct(p.hee_total))).join(' → ')}`
    )
  out.push('', a.gate.passed ? 'Gate: passed.' : `**Gate: failed** — ${a.gate.failures.join('; ')}.`)
  if (Object.keys(a.not_measured).length) {
    out.push('', '<details><summary>Not measured</summary>', '')
    for (const [m, why] of Object.entries(a.not_measured))
      out.push(`- ${METRIC_LABELS[m as Metric]}: ${markdownText(why)}`)
    out.push('', '</details>')
  }
  if (a.patch) {
    const p = a.patch
    out.push(
      '',
      `**Patch coverage:** ${p.value === null ? 'no changed line is instrumented' : `${pct(p.value)} (${p.counts.covered}/${p.counts.total} changed lines)`} against the merge base ${p.merge_base.slice(0, 12)} of ${code(p.base)}.`
    )
    if (p.unmeasured_files.length)
      out.push(
        `Changed files the reports do not cover: ${p.unmeasured_files.slice(0, 10).map(code).join(', ')}${p.unmeasured_files.length > 10 ? ` and ${p.unmeasured_files.length - 10} more` : ''}.`
      )
  }
  for (const mu of a.mutation)
    out.push(
      '',
      `**Mutation score (${mu.tool}):** ${mu.value === null ? 'no detectable mutant' : `${pct(mu.value)} (${mu.counts.covered}/${mu.counts.total})`}, ${mu.survivors.length} surviving.`
    )
  const codeGaps = a.gaps.filter((g) => g.kind !== 'spec' && g.kind !== 'prompt')
  const limit = opts.gaps ?? 10
  if (codeGaps.length) {
    out.push(
      '',
      `### Gaps by risk (top ${Math.min(limit, codeGaps.length)})`,
      '',
      '| Where | What | Why |',
      '| --- | --- | --- |'
    )
    for (const g of codeGaps.slice(0, limit))
      out.push(
        `| ${code(`${g.file}:${g.line}${g.end_line && g.end_line !== g.line ? `-${g.end_line}` : ''}`)} | ${g.kind}${g.name ? ` ${code(g.name)}` : ''} | ${markdownText(g.why ?? '')}${g.changed ? ' ⚠' : ''} |`
      )
  }
  const specGaps = a.gaps.filter((g) => g.kind === 'spec')
  if (specGaps.length)
    out.push(
      '',
      `**Spec ids no test references (${specGaps.length}):** ${specGaps
        .slice(0, 30)
        .map((g) => `${code(g.name!)} (${code(`${g.file}:${g.line}`)})`)
        .join(', ')}${specGaps.length > 30 ? ', …' : ''}`
    )
  const promptGaps = a.gaps.filter((g) => g.kind === 'prompt')
  if (promptGaps.length)
    out.push(
      '',
      `**Prompt files no test loads (${promptGaps.length}):** ${promptGaps
        .slice(0, 30)
        .map((g) => code(g.file))
        .join(', ')}${promptGaps.length > 30 ? ', …' : ''}`
    )
  out.push(
    '',
    `Reports: ${a.reports.map((r) => `${code(r.path)} (${r.format}${r.lane !== 'default' ? `, lane ${markdownText(r.lane)}` : ''}, ${r.files} files)`).join(', ')}.`
  )
  if (a.skipped.length)
    out.push(`Left out (outside the repository): ${a.skipped.length} file(s), e.g. ${code(a.skipped[0]!.reason)}.`)
  return out.join('\n') + '\n'
}
