/**
 * PAT-003 from the reports a run uploaded as artifacts: SARIF 2.1.0, `npm audit --json`
 * (report version 2, npm 7+) and `cargo audit --json`. Pure functions over bytes and text:
 * the report files of the artifact zip (read with yauzl, within our limits), parsers that never
 * throw (a file that is not JSON or not of a known shape becomes a note), and the finding each
 * report yields.
 */
import { CVSS } from '@turingpointde/cvss.js'
import yauzl from 'yauzl'
import { crc32 } from 'node:zlib'
import { severityRank, type Severity } from '../severity.js'
import { formatExcerpt, type Finding } from '../diagnosis/finding.js'

/** A file read from an artifact. */
export interface ArtifactFile {
  /** Path inside the artifact, `/`-separated. */
  name: string
  text: string
}

/** A PAT-003 finding from one report file of one artifact. */
export interface ArtifactFinding extends Finding {
  /** `artifact <name>`. */
  job: string
}

export interface ReadResult<T> {
  value: T
  /** What was skipped or could not be read, in words. */
  notes: string[]
}

export interface ZipLimits {
  /** Entries the central directory may list (default 200). */
  maxEntries?: number
  /** Uncompressed bytes of the files taken, together (default 50 MB). */
  maxTotalBytes?: number
}

export const MAX_ZIP_ENTRIES = 200
export const MAX_ZIP_TOTAL_BYTES = 50 * 1024 * 1024
/** Artifact name patterns looked at by default. */
export const DEFAULT_SECURITY_ARTIFACTS: readonly string[] = ['*sarif*', '*audit*']

/** Ranking: above echo-level log evidence (≤ 45), below a compiler's own error line (~80). */
export const ARTIFACT_BASE_SCORE = 60
export const ARTIFACT_MAX_SCORE = 79

// ---------------------------------------------------------------------------------------------
// Names

/** True for the report files read from an artifact: `*.sarif`, `*.sarif.json`, `*audit*.json`. */
export function isReportFile(path: string): boolean {
  const base = (path.split('/').pop() ?? '').toLowerCase()
  return base.endsWith('.sarif') || base.endsWith('.sarif.json') || (base.endsWith('.json') && base.includes('audit'))
}

/** Glob-ish, case-insensitive, whole-name match: `*` any run of characters, `?` one. */
export function matchesName(name: string, pattern: string): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`, 'is').test(name)
}

/** True when `name` matches one of `patterns`. */
export function matchesAny(name: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchesName(name, p))
}

function unsafeName(name: string): boolean {
  return name.includes('\0') || name.startsWith('/') || /^[a-z]:/i.test(name) || name.split(/[\\/]/).includes('..')
}

// ---------------------------------------------------------------------------------------------
// ZIP (read with yauzl; the limits and the name check are ours)

function openZip(zip: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // Names are decoded and checked here (not by yauzl) so one bad name skips one entry
    // instead of failing the whole archive.
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, decodeStrings: false }, (err, zf) =>
      err || !zf ? reject(err ?? new Error('no zip')) : resolve(zf)
    )
  )
}

function readEntry(zf: yauzl.ZipFile, e: yauzl.Entry, remaining: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zf.openReadStream(e, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'))
      const chunks: Buffer[] = []
      let size = 0
      stream.on('data', (c: Buffer) => {
        size += c.length
        // A zip bomb stops here, whatever its entry declared.
        if (size > remaining) stream.destroy(new Error(`more than the ${remaining} bytes left to read`))
        else chunks.push(c)
      })
      stream.on('error', reject)
      stream.on('end', () => resolve(Buffer.concat(chunks)))
    })
  )
}

/**
 * The report files (`isReportFile`) of a ZIP archive, as UTF-8 text. Bounded: more than
 * `maxEntries` entries or more than `maxTotalBytes` of report files uncompressed, and nothing
 * is returned. Entries that are encrypted, use another method than stored/deflate, or have a
 * name that climbs out (`..`) are skipped with a note. Never rejects for a bad archive.
 */
export async function readZipReports(zip: Buffer, limits: ZipLimits = {}): Promise<ReadResult<ArtifactFile[]>> {
  const maxEntries = limits.maxEntries ?? MAX_ZIP_ENTRIES
  const maxTotal = limits.maxTotalBytes ?? MAX_ZIP_TOTAL_BYTES
  const notes: string[] = []
  const files: ArtifactFile[] = []
  let zf: yauzl.ZipFile | undefined
  try {
    zf = await openZip(zip)
    if (zf.entryCount > maxEntries)
      return { value: [], notes: [`the zip lists ${zf.entryCount} entries, more than the ${maxEntries} read`] }
    const entries: yauzl.Entry[] = []
    await new Promise<void>((resolve, reject) => {
      zf!.on('entry', (e: yauzl.Entry) => {
        entries.push(e)
        zf!.readEntry()
      })
      zf!.on('end', () => resolve())
      zf!.on('error', reject)
      zf!.readEntry()
    })
    const nameOf = (e: yauzl.Entry): string => (e.fileName as unknown as Buffer | string).toString()
    const wanted: yauzl.Entry[] = []
    for (const e of entries) {
      const name = nameOf(e)
      if (name.endsWith('/') || !isReportFile(name)) continue
      if (unsafeName(name)) notes.push(`skipped ${JSON.stringify(name)}: the name leaves the archive`)
      else if (e.isEncrypted()) notes.push(`skipped ${name}: encrypted`)
      else if (e.compressionMethod !== 0 && e.compressionMethod !== 8)
        notes.push(`skipped ${name}: compression method ${e.compressionMethod}`)
      else wanted.push(e)
    }
    const declared = wanted.reduce((sum, e) => sum + e.uncompressedSize, 0)
    if (declared > maxTotal) {
      return {
        value: [],
        notes: [...notes, `the report files hold ${declared} bytes uncompressed, more than the ${maxTotal} read`]
      }
    }
    let remaining = maxTotal
    for (const e of wanted) {
      try {
        const data = await readEntry(zf, e, remaining)
        // yauzl leaves the CRC to its caller; a flipped byte must not pass as a report.
        if (crc32(data) >>> 0 !== e.crc32 >>> 0) throw new Error(`${nameOf(e)} fails its CRC-32 check`)
        remaining -= data.length
        files.push({ name: nameOf(e), text: data.toString('utf8') })
      } catch (err) {
        notes.push(`skipped ${nameOf(e)}: ${(err as Error).message}`)
      }
    }
  } catch (err) {
    return { value: [], notes: [...notes, `not a readable zip: ${(err as Error).message}`] }
  } finally {
    zf?.close()
  }
  return { value: files, notes }
}

// ---------------------------------------------------------------------------------------------
// Reports

type Json = Record<string, unknown>
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined)

/** One vulnerability or alert of a report. */
interface Item {
  severity: Severity
  /** `minimist <=1.2.5 (GHSA-…: title)` */
  text: string
}

interface Report {
  tool: 'sarif' | 'npm-audit' | 'cargo-audit'
  label: string
  items: Item[]
  /** Counts by severity when the report states them (npm `metadata.vulnerabilities`). */
  counts?: Partial<Record<Severity, number>>
}

/** Severity from a CVSS-like score: ≥ 9 critical, ≥ 7 high, ≥ 4 medium, else low. */
export function severityOfScore(score: number): Severity {
  return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low'
}

/** Base score of a CVSS 3.x vector (via cvss.js), or undefined when it is not one. */
export function cvss3BaseScore(vector: string): number | undefined {
  if (!/^CVSS:3\.[01]\//.test(vector.trim())) return undefined
  try {
    return CVSS(vector.trim()).getScore()
  } catch {
    return undefined
  }
}

const clip = (s: string, n = 160): string => {
  const one = s
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return one.length <= n ? one : `${one.slice(0, n - 1)}…`
}

function sarifItems(doc: Json): Item[] | undefined {
  if (!Array.isArray(doc.runs)) return undefined
  const version = doc.version
  if (version !== undefined && version !== '2.1.0') return undefined
  if (version === undefined && !/sarif/i.test(String(doc.$schema ?? ''))) return undefined
  const items: Item[] = []
  for (const run of doc.runs) {
    if (!isObj(run)) continue
    const driver = isObj(run.tool) && isObj(run.tool.driver) ? run.tool.driver : {}
    const rules = Array.isArray(driver.rules) ? driver.rules.filter(isObj) : []
    const toolName = str(driver.name)
    for (const r of Array.isArray(run.results) ? run.results : []) {
      if (!isObj(r)) continue
      const ruleId = str(r.ruleId) ?? (isObj(r.rule) ? str(r.rule.id) : undefined)
      const rule =
        (typeof r.ruleIndex === 'number' ? rules[r.ruleIndex] : undefined) ??
        rules.find((x) => ruleId !== undefined && x.id === ruleId)
      const defaultLevel = rule && isObj(rule.defaultConfiguration) ? str(rule.defaultConfiguration.level) : undefined
      const level = str(r.level) ?? defaultLevel ?? 'warning'
      if (level === 'none') continue
      const secRaw =
        (isObj(r.properties) ? r.properties['security-severity'] : undefined) ??
        (rule && isObj(rule.properties) ? rule.properties['security-severity'] : undefined)
      const sec =
        typeof secRaw === 'number' ? secRaw : typeof secRaw === 'string' && secRaw.trim() ? Number(secRaw) : NaN
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
      items.push({ severity, text: `${clip(what, 120)}${where}` })
    }
  }
  return items
}

const NPM_SEVERITY: Record<string, Severity | undefined> = {
  critical: 'critical',
  high: 'high',
  moderate: 'medium',
  low: 'low'
}

function npmItems(doc: Json): { items: Item[]; counts?: Partial<Record<Severity, number>> } | undefined {
  if (!isObj(doc.vulnerabilities) || (doc.auditReportVersion !== undefined && doc.auditReportVersion !== 2))
    return undefined
  const entries = Object.entries(doc.vulnerabilities)
  const meta = isObj(doc.metadata) && isObj(doc.metadata.vulnerabilities) ? doc.metadata.vulnerabilities : undefined
  if (doc.auditReportVersion === undefined && !meta) return undefined
  if (!entries.every(([, v]) => isObj(v) && typeof v.severity === 'string')) return undefined
  const items: Item[] = []
  for (const [key, v] of entries as Array<[string, Json]>) {
    const severity = NPM_SEVERITY[String(v.severity)]
    if (!severity) continue
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
    items.push({ severity, text: clip(`${name} ${str(v.range) ?? ''}${because}${fix}`.replace(/\s+/g, ' ')) })
  }
  let counts: Partial<Record<Severity, number>> | undefined
  if (meta) {
    counts = {}
    for (const [k, s] of Object.entries(NPM_SEVERITY)) {
      const n = meta[k]
      if (s && typeof n === 'number' && n > 0) counts[s] = (counts[s] ?? 0) + n
    }
  }
  return { items, ...(counts ? { counts } : {}) }
}

function npmRank(s: unknown): number {
  const sev = NPM_SEVERITY[String(s)]
  return sev ? severityRank(sev) : 0
}

function cargoItems(doc: Json): Item[] | undefined {
  const vulns = doc.vulnerabilities
  if (!isObj(vulns) || !Array.isArray(vulns.list)) return undefined
  const items: Item[] = []
  for (const v of vulns.list) {
    if (!isObj(v) || !isObj(v.advisory)) continue
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
    items.push({
      severity,
      text: clip(
        `${name}${version ? ` ${version}` : ''} (${[str(adv.id), str(adv.title)].filter(Boolean).join(': ')})${fix}`
      )
    })
  }
  return items
}

function parseReport(file: ArtifactFile): Report | string {
  let doc: unknown
  try {
    doc = JSON.parse(file.text.replace(/^\uFEFF/, ''))
  } catch (e) {
    return `${file.name} is not valid JSON (${clip((e as Error).message, 80)})`
  }
  if (!isObj(doc)) return `${file.name} is JSON but not an object`
  const sarif = sarifItems(doc)
  if (sarif) return { tool: 'sarif', label: 'SARIF', items: sarif }
  const cargo = cargoItems(doc)
  if (cargo) return { tool: 'cargo-audit', label: 'cargo audit', items: cargo }
  const npm = npmItems(doc)
  if (npm) return { tool: 'npm-audit', label: 'npm audit', ...npm }
  if (isObj(doc.advisories))
    return `${file.name} is an npm 6 audit report; only npm 7+ (\`auditReportVersion: 2\`) is read`
  return `${file.name} is neither SARIF 2.1.0 nor npm or cargo audit JSON`
}

export interface ArtifactFindingOptions {
  /** The catalogue's PAT-003 severity (default critical): the floor once a critical or high exists. */
  catalogueSeverity?: Severity
  /** The catalogue's PAT-003 name (default `Security vulnerability`). */
  name?: string
}

/** Ranking score of an artifact finding: 60 + 10 per critical, at most 79. */
export function artifactScore(criticals: number): number {
  return Math.min(ARTIFACT_MAX_SCORE, ARTIFACT_BASE_SCORE + 10 * criticals)
}

/**
 * One PAT-003 finding per report file with at least one result, in file order. Files that
 * are not JSON or of no known shape are left out with a note; this never throws.
 */
export function securityFindings(
  artifact: string,
  files: readonly ArtifactFile[],
  opts: ArtifactFindingOptions = {}
): ReadResult<ArtifactFinding[]> {
  const findings: ArtifactFinding[] = []
  const notes: string[] = []
  const floor = opts.catalogueSeverity ?? 'critical'
  for (const file of files) {
    const report = parseReport(file)
    if (typeof report === 'string') {
      notes.push(report)
      continue
    }
    if (report.items.length === 0) continue
    const counted: Partial<Record<Severity, number>> = {}
    for (const it of report.items) counted[it.severity] = (counted[it.severity] ?? 0) + 1
    const counts = report.counts && Object.keys(report.counts).length ? report.counts : counted
    const worst = report.items.reduce<Severity>(
      (m, it) => (severityRank(it.severity) > severityRank(m) ? it.severity : m),
      'low'
    )
    const severity =
      severityRank(worst) >= severityRank('high') && severityRank(floor) > severityRank(worst) ? floor : worst
    const summary = (['critical', 'high', 'medium', 'low'] as const)
      .filter((s) => (counts[s] ?? 0) > 0)
      .map((s) => `${counts[s]} ${s}`)
      .join(', ')
    const top = [...report.items].sort((a, b) => severityRank(b.severity) - severityRank(a.severity)).slice(0, 3)
    findings.push({
      pattern: 'PAT-003',
      name: opts.name ?? 'Security vulnerability',
      severity,
      line: 1,
      lines: [1],
      excerpt: formatExcerpt([
        `${clip(file.name, 100)} — ${report.label}: ${summary}`,
        ...top.map((t) => `${t.severity}: ${t.text}`)
      ]),
      rule: `PAT-003/${report.tool}`,
      score: artifactScore(counts.critical ?? 0),
      job: `artifact ${artifact}`
    })
  }
  return { value: findings, notes }
}
