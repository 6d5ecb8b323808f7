/** `npm audit --json` of npm 7+ (`auditReportVersion: 2`): one item per vulnerable package. */
import { severityRank, type Severity } from '../severity.js'
import { clip, isObj, str, type Json, type ReportItem } from './report-item.js'

const NPM_SEVERITY: Record<string, Severity | undefined> = {
  critical: 'critical',
  high: 'high',
  moderate: 'medium',
  low: 'low'
}

function npmRank(s: unknown): number {
  const sev = NPM_SEVERITY[String(s)]
  return sev ? severityRank(sev) : 0
}

/** Items and the report's own counts, or undefined when `doc` is not an npm 7+ audit report. */
export function npmAuditItems(
  doc: Json
): { items: ReportItem[]; counts?: Partial<Record<Severity, number>> } | undefined {
  if (!isObj(doc.vulnerabilities) || (doc.auditReportVersion !== undefined && doc.auditReportVersion !== 2))
    return undefined
  const entries = Object.entries(doc.vulnerabilities)
  const meta = isObj(doc.metadata) && isObj(doc.metadata.vulnerabilities) ? doc.metadata.vulnerabilities : undefined
  if (doc.auditReportVersion === undefined && !meta) return undefined
  if (!entries.every(([, v]) => isObj(v) && typeof v.severity === 'string')) return undefined
  const items: ReportItem[] = []
  for (const [key, v] of entries as Array<[string, Json]>) {
    const item = npmAuditEntry(key, v)
    if (item) items.push(item)
  }
  const counts = meta ? npmAuditCounts(meta) : undefined
  return { items, ...(counts ? { counts } : {}) }
}

/** One `vulnerabilities` entry as an item; undefined for a severity npm does not define. */
export function npmAuditEntry(key: string, v: Json): ReportItem | undefined {
  const severity = NPM_SEVERITY[String(v.severity)]
  if (!severity) return undefined
  const name = str(v.name) ?? key
  const via = Array.isArray(v.via) ? v.via : []
  const advisories = via.filter(isObj).sort((a, b) => npmRank(b.severity) - npmRank(a.severity))
  const top = advisories[0]
  const ghsa = top ? /GHSA(?:-[0-9a-z]{4}){3}/i.exec(String(top.url ?? ''))?.[0] : undefined
  const because = top
    ? ` (${[ghsa, str(top.title)].filter(Boolean).join(': ') || `advisory ${String(top.source ?? '?')}`})`
    : via.length
      ? ` (via ${via.filter((x): x is string => typeof x === 'string').join(', ')})`
      : ''
  const fix = v.fixAvailable === false ? ', no fix available' : ''
  return { severity, text: clip(`${name} ${str(v.range) ?? ''}${because}${fix}`.replace(/\s+/g, ' ')) }
}

/** `metadata.vulnerabilities` as counts by our severities. */
export function npmAuditCounts(meta: Json): Partial<Record<Severity, number>> {
  const counts: Partial<Record<Severity, number>> = {}
  for (const [k, s] of Object.entries(NPM_SEVERITY)) {
    const n = meta[k]
    if (s && typeof n === 'number' && n > 0) counts[s] = (counts[s] ?? 0) + n
  }
  return counts
}
