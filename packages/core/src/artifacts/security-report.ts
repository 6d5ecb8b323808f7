/**
 * A security report file read from an artifact: which files are reports, and which of the
 * known formats (SARIF 2.1.0, npm 7+ audit, cargo audit) a file is. Never throws: a file that
 * is not JSON or of no known shape is described in words instead.
 */
import type { Severity } from '../severity.js'
import { cargoAuditItems } from './cargo-audit.js'
import { npmAuditItems } from './npm-audit.js'
import { clip, isObj, type ReportItem } from './report-item.js'
import { sarifItems } from './sarif.js'
import type { ZipTextFile } from './zip-reader.js'

export interface SecurityReport {
  tool: 'sarif' | 'npm-audit' | 'cargo-audit'
  label: string
  items: ReportItem[]
  /** Counts by severity when the report states them (npm `metadata.vulnerabilities`). */
  counts?: Partial<Record<Severity, number>>
}

/** True for the report files read from an artifact: `*.sarif`, `*.sarif.json`, `*audit*.json`. */
export function isReportFile(path: string): boolean {
  const base = (path.split('/').pop() ?? '').toLowerCase()
  return base.endsWith('.sarif') || base.endsWith('.sarif.json') || (base.endsWith('.json') && base.includes('audit'))
}

/**
 * Most objects and arrays a report may hold (200 000): JSON.parse builds every one of them, so
 * a few megabytes of `{},{},…` would cost gigabytes. Counted before parsing; a larger report
 * is left out with a note and the run is analysed on without it.
 */
export const MAX_REPORT_NODES = 200_000

/** Objects and arrays in JSON `text` (brackets outside strings), counting stops past `limit`. */
export function countJsonNodes(text: string, limit = Infinity): number {
  let nodes = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if ((c === 0x7b || c === 0x5b) && ++nodes > limit) return nodes
  }
  return nodes
}

/** The report in `file`, or why it is not one. */
export function parseSecurityReport(file: ZipTextFile): SecurityReport | string {
  if (countJsonNodes(file.text, MAX_REPORT_NODES) > MAX_REPORT_NODES)
    return `limit reached: ${file.name} holds more than ${MAX_REPORT_NODES} JSON objects and arrays; it was not read`
  let doc: unknown
  try {
    doc = JSON.parse(file.text.replace(/^\uFEFF/, ''))
  } catch (e) {
    return `${file.name} is not valid JSON (${clip((e as Error).message, 80)})`
  }
  if (!isObj(doc)) return `${file.name} is JSON but not an object`
  const sarif = sarifItems(doc)
  if (sarif) return { tool: 'sarif', label: 'SARIF', items: sarif }
  const cargo = cargoAuditItems(doc)
  if (cargo) return { tool: 'cargo-audit', label: 'cargo audit', items: cargo }
  const npm = npmAuditItems(doc)
  if (npm) return { tool: 'npm-audit', label: 'npm audit', ...npm }
  if (isObj(doc.advisories))
    return `${file.name} is an npm 6 audit report; only npm 7+ (\`auditReportVersion: 2\`) is read`
  return `${file.name} is neither SARIF 2.1.0 nor npm or cargo audit JSON`
}
