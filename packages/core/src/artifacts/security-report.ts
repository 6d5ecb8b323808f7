/**
 * A security report file read from an artifact: which files are reports, and which of the
 * known formats (SARIF 2.1.0, npm 7+ audit, cargo audit) a file is. Never throws: a file that
 * is not JSON or of no known shape is described in words instead.
 */
import type { Severity } from '../severity.js'
import { cargoAuditItems } from './cargo-audit.js'
import { npmAuditItems } from './npm-audit.js'
import { JsonReportReader, readJsonReport, type JsonReportLimits, type JsonReportRead } from './json-report-reader.js'
import { clip, isObj, type ReportItem } from './report-item.js'
import { sarifItems } from './sarif.js'
import type { ZipTextFile } from './zip-reader.js'

export interface SecurityReport {
  tool: 'sarif' | 'npm-audit' | 'cargo-audit'
  label: string
  items: ReportItem[]
  /** Counts by severity when the report states them (npm `metadata.vulnerabilities`). */
  counts?: Partial<Record<Severity, number>>
  /** A cap reached while reading it (`limit reached: …`): the items are those within the cap. */
  limitNote?: string
}

/** True for the report files read from an artifact: `*.sarif`, `*.sarif.json`, `*audit*.json`. */
export function isReportFile(path: string): boolean {
  const base = (path.split('/').pop() ?? '').toLowerCase()
  return base.endsWith('.sarif') || base.endsWith('.sarif.json') || (base.endsWith('.json') && base.includes('audit'))
}

/**
 * Most objects and arrays a report may hold (200 000), counted on the byte stream as they open,
 * whether kept or not: a few megabytes of `{},{},…` would cost gigabytes as objects and seconds
 * to scan, so the read stops at the first node past the cap and the report is left out with a
 * note; the run is analysed on without it.
 */
export const MAX_REPORT_NODES = 200_000

/**
 * Most SARIF results (all runs of one file together) built into items (10 000): the results
 * after them are checked for syntax and counted but never become objects, and the finding
 * says it was made from the first ones.
 */
export const MAX_REPORT_RESULTS = 10_000

const LIMITS: JsonReportLimits = { maxNodes: MAX_REPORT_NODES, maxResults: MAX_REPORT_RESULTS }

/** The report in `file` (its text), or why it is not one. */
export function parseSecurityReport(file: ZipTextFile, limits: JsonReportLimits = LIMITS): SecurityReport | string {
  const reader = new JsonReportReader(limits)
  reader.write(file.text)
  return reportOf(file.name, reader.end(), limits)
}

/**
 * The report in the file `name` whose bytes `data` yields, or why it is not one. The text is
 * never held whole: the document is built as it streams, within `limits`, and the stream is
 * left unread past the point where the read is decided (too many nodes, malformed).
 */
export async function parseSecurityReportStream(
  name: string,
  data: AsyncIterable<Uint8Array>,
  limits: JsonReportLimits = LIMITS
): Promise<SecurityReport | string> {
  return reportOf(name, await readJsonReport(data, limits), limits)
}

function reportOf(name: string, read: JsonReportRead, limits: JsonReportLimits): SecurityReport | string {
  if (read.kind === 'too-many-nodes')
    return `limit reached: ${name} holds more than ${limits.maxNodes} JSON objects and arrays; it was not read`
  if (read.kind === 'malformed') return `${name} is not valid JSON (${clip(read.message, 80)})`
  const doc = read.doc
  if (!isObj(doc)) return `${name} is JSON but not an object`
  const sarif = sarifItems(doc)
  if (sarif) {
    return {
      tool: 'sarif',
      label: 'SARIF',
      items: sarif,
      ...(read.dropped > 0
        ? {
            limitNote: `limit reached: ${name} holds ${read.results} SARIF results; only the first ${limits.maxResults} were read`
          }
        : {})
    }
  }
  const cargo = cargoAuditItems(doc)
  if (cargo) return { tool: 'cargo-audit', label: 'cargo audit', items: cargo }
  const npm = npmAuditItems(doc)
  if (npm) return { tool: 'npm-audit', label: 'npm audit', ...npm }
  if (isObj(doc.advisories)) return `${name} is an npm 6 audit report; only npm 7+ (\`auditReportVersion: 2\`) is read`
  return `${name} is neither SARIF 2.1.0 nor npm or cargo audit JSON`
}
