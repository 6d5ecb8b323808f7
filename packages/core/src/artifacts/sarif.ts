/** SARIF 2.1.0 (CodeQL, Semgrep, Trivy, …): one item per result, severity from `security-severity` or the level. */
import type { Severity } from '../severity.js'
import { clip, isObj, severityOfScore, str, type Json, type ReportItem } from './report-item.js'

/** The results of a SARIF 2.1.0 log, or undefined when `doc` is not one. */
export function sarifItems(doc: Json): ReportItem[] | undefined {
  if (!Array.isArray(doc.runs)) return undefined
  const version = doc.version
  if (version !== undefined && version !== '2.1.0') return undefined
  if (version === undefined && !/sarif/i.test(String(doc.$schema ?? ''))) return undefined
  const items: ReportItem[] = []
  for (const run of doc.runs) {
    if (!isObj(run)) continue
    const driver = isObj(run.tool) && isObj(run.tool.driver) ? run.tool.driver : {}
    const rules = Array.isArray(driver.rules) ? driver.rules.filter(isObj) : []
    const toolName = str(driver.name)
    for (const r of Array.isArray(run.results) ? run.results : []) {
      if (!isObj(r)) continue
      const item = sarifResult(r, rules, toolName)
      if (item) items.push(item)
    }
  }
  return items
}

/** One result as an item, its rule looked up by index or id; undefined for level `none`. */
export function sarifResult(r: Json, rules: readonly Json[], toolName: string | undefined): ReportItem | undefined {
  const ruleId = str(r.ruleId) ?? (isObj(r.rule) ? str(r.rule.id) : undefined)
  const rule =
    (typeof r.ruleIndex === 'number' ? rules[r.ruleIndex] : undefined) ??
    rules.find((x) => ruleId !== undefined && x.id === ruleId)
  const defaultLevel = rule && isObj(rule.defaultConfiguration) ? str(rule.defaultConfiguration.level) : undefined
  const level = str(r.level) ?? defaultLevel ?? 'warning'
  if (level === 'none') return undefined
  const secRaw =
    (isObj(r.properties) ? r.properties['security-severity'] : undefined) ??
    (rule && isObj(rule.properties) ? rule.properties['security-severity'] : undefined)
  const sec = typeof secRaw === 'number' ? secRaw : typeof secRaw === 'string' && secRaw.trim() ? Number(secRaw) : NaN
  const severity: Severity = Number.isFinite(sec)
    ? severityOfScore(sec)
    : level === 'error'
      ? 'high'
      : level === 'note'
        ? 'low'
        : 'medium'
  const message = isObj(r.message) ? (str(r.message.text) ?? str(r.message.markdown)) : undefined
  const loc = Array.isArray(r.locations) && isObj(r.locations[0]) ? r.locations[0] : undefined
  const phys = loc && isObj(loc.physicalLocation) ? loc.physicalLocation : undefined
  const uri = phys && isObj(phys.artifactLocation) ? str(phys.artifactLocation.uri) : undefined
  const line =
    phys && isObj(phys.region) && typeof phys.region.startLine === 'number' ? phys.region.startLine : undefined
  const where = uri ? ` at ${clip(`${uri}${line !== undefined ? `:${line}` : ''}`, 80)}` : ''
  const what = [toolName && ruleId ? `${toolName} ${ruleId}` : (ruleId ?? toolName ?? 'result'), message]
    .filter(Boolean)
    .join(': ')
  return { severity, text: `${clip(what, 120)}${where}` }
}
