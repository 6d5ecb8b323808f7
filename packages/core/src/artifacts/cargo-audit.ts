/** `cargo audit --json` (the rustsec `Report`): one item per vulnerability, severity from its CVSS vector. */
import { CVSS } from '@turingpointde/cvss.js'
import type { Severity } from '../severity.js'
import { clip, isObj, severityOfScore, str, type Json, type ReportItem } from './report-item.js'

/** Base score of a CVSS 3.x vector (via cvss.js), or undefined when it is not one. */
export function cvss3BaseScore(vector: string): number | undefined {
  if (!/^CVSS:3\.[01]\//.test(vector.trim())) return undefined
  try {
    return CVSS(vector.trim()).getScore()
  } catch {
    return undefined
  }
}

/** The vulnerabilities of a cargo audit report, or undefined when `doc` is not one. */
export function cargoAuditItems(doc: Json): ReportItem[] | undefined {
  const vulns = doc.vulnerabilities
  if (!isObj(vulns) || !Array.isArray(vulns.list)) return undefined
  const items: ReportItem[] = []
  for (const v of vulns.list) {
    const item = isObj(v) ? cargoAuditEntry(v) : undefined
    if (item) items.push(item)
  }
  return items
}

/** One entry of `vulnerabilities.list` as an item; undefined without an advisory. */
export function cargoAuditEntry(v: Json): ReportItem | undefined {
  if (!isObj(v.advisory)) return undefined
  const adv = v.advisory
  const pkg = isObj(v.package) ? v.package : {}
  const score = typeof adv.cvss === 'string' ? cvss3BaseScore(adv.cvss) : undefined
  // RustSec advisories without a CVSS vector fail `cargo audit` all the same: count them as high.
  const severity: Severity = score !== undefined ? severityOfScore(score) : 'high'
  const name = str(pkg.name) ?? str(adv.package) ?? '?'
  const version = str(pkg.version)
  const patched =
    isObj(v.versions) && Array.isArray(v.versions.patched)
      ? v.versions.patched.filter((x) => typeof x === 'string')
      : []
  const fix = patched.length ? `, fixed in ${patched.join(' ')}` : ', no fixed version'
  return {
    severity,
    text: clip(
      `${name}${version ? ` ${version}` : ''} (${[str(adv.id), str(adv.title)].filter(Boolean).join(': ')})${fix}`
    )
  }
}
