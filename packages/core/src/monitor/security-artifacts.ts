/**
 * PAT-003 from the reports a run uploaded as artifacts: SARIF 2.1.0, `npm audit --json`
 * (report version 2, npm 7+) and `cargo audit --json`. Pure functions over bytes and text:
 * a small, bounded ZIP reader for the artifact zip, parsers that never throw (a file that is
 * not JSON or not of a known shape becomes a note), and the finding each report yields.
 */
import { crc32, inflateRawSync } from 'node:zlib'
import { severityRank, type Severity } from '../severity.js'
import { formatExcerpt, type Finding } from './finding.js'

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
// ZIP

const EOCD = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

class ZipFormatError extends Error {}

function need(buf: Buffer, offset: number, length: number): void {
  if (!Number.isSafeInteger(offset) || offset < 0 || offset + length > buf.length)
    throw new ZipFormatError(`a record at byte ${offset} runs past the end (${buf.length} bytes)`)
}

function u64(buf: Buffer, offset: number): number {
  need(buf, offset, 8)
  const v = buf.readBigUInt64LE(offset)
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('a ZIP64 size is out of range')
  return Number(v)
}

interface Directory {
  entries: number
  offset: number
  size: number
}

function directory(buf: Buffer): Directory {
  // The end record is the last 22 bytes plus a comment of at most 65535.
  const stop = Math.max(0, buf.length - 22 - 0xffff)
  let at = -1
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      at = i
      break
    }
  }
  if (at < 0) throw new ZipFormatError('no end-of-central-directory record')
  let entries = buf.readUInt16LE(at + 10)
  let size = buf.readUInt32LE(at + 12)
  let offset = buf.readUInt32LE(at + 16)
  if ((entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) && at >= 20 && buf.readUInt32LE(at - 20) === ZIP64_LOCATOR) {
    const z = u64(buf, at - 20 + 8)
    need(buf, z, 56)
    if (buf.readUInt32LE(z) !== ZIP64_EOCD) throw new ZipFormatError('the ZIP64 locator points to no ZIP64 end record')
    entries = u64(buf, z + 32)
    size = u64(buf, z + 40)
    offset = u64(buf, z + 48)
  }
  need(buf, offset, size)
  return { entries, offset, size }
}

interface Entry {
  name: string
  flags: number
  method: number
  crc: number
  compressed: number
  uncompressed: number
  local: number
}

function zip64Extra(extra: Buffer, e: Entry): void {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i)
    const len = extra.readUInt16LE(i + 2)
    if (id === 0x0001) {
      let p = i + 4
      const end = p + len
      const take = (): number => {
        if (p + 8 > end || p + 8 > extra.length) throw new ZipFormatError(`the ZIP64 field of ${e.name} is short`)
        const v = u64(extra, p)
        p += 8
        return v
      }
      if (e.uncompressed === 0xffffffff) e.uncompressed = take()
      if (e.compressed === 0xffffffff) e.compressed = take()
      if (e.local === 0xffffffff) e.local = take()
      return
    }
    i += 4 + len
  }
}

function centralEntries(buf: Buffer, dir: Directory): Entry[] {
  const out: Entry[] = []
  let p = dir.offset
  for (let n = 0; n < dir.entries; n++) {
    need(buf, p, 46)
    if (buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError(`central directory entry ${n + 1} has a bad signature`)
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    need(buf, p + 46, nameLen + extraLen + commentLen)
    const e: Entry = {
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressed: buf.readUInt32LE(p + 20),
      uncompressed: buf.readUInt32LE(p + 24),
      local: buf.readUInt32LE(p + 42)
    }
    zip64Extra(buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen), e)
    out.push(e)
    p += 46 + nameLen + extraLen + commentLen
  }
  return out
}

function entryData(buf: Buffer, e: Entry, remaining: number): Buffer {
  need(buf, e.local, 30)
  if (buf.readUInt32LE(e.local) !== LOCAL) throw new ZipFormatError(`the local header of ${e.name} has a bad signature`)
  const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28)
  need(buf, start, e.compressed)
  const raw = buf.subarray(start, start + e.compressed)
  let data: Buffer
  if (e.method === 0) data = raw
  else {
    try {
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, remaining) })
    } catch (err) {
      throw new ZipFormatError(`${e.name} does not inflate: ${(err as Error).message}`)
    }
  }
  if (data.length !== e.uncompressed) throw new ZipFormatError(`${e.name} holds ${data.length} bytes, not the ${e.uncompressed} its entry declares`)
  if (crc32(data) !== e.crc) throw new ZipFormatError(`${e.name} fails its CRC-32 check`)
  return data
}

/**
 * The report files (`isReportFile`) of a ZIP archive, as UTF-8 text. Reads the central
 * directory, so zips written with data descriptors (as the artifact client writes them) work.
 * Bounded: more than `maxEntries` entries or more than `maxTotalBytes` of report files
 * uncompressed, and nothing is returned. Entries that are encrypted, use another method than
 * stored/deflate, or have a name that climbs out (`..`) are skipped with a note. Never throws.
 */
export function readZipReports(zip: Buffer, limits: ZipLimits = {}): ReadResult<ArtifactFile[]> {
  const maxEntries = limits.maxEntries ?? MAX_ZIP_ENTRIES
  const maxTotal = limits.maxTotalBytes ?? MAX_ZIP_TOTAL_BYTES
  const notes: string[] = []
  const files: ArtifactFile[] = []
  try {
    if (zip.length < 22) throw new ZipFormatError(`${zip.length} bytes is too short for a zip`)
    const dir = directory(zip)
    if (dir.entries > maxEntries) return { value: [], notes: [`the zip lists ${dir.entries} entries, more than the ${maxEntries} read`] }
    const entries = centralEntries(zip, dir)
    const wanted: Entry[] = []
    for (const e of entries) {
      if (e.name.endsWith('/') || !isReportFile(e.name)) continue
      if (unsafeName(e.name)) notes.push(`skipped ${JSON.stringify(e.name)}: the name leaves the archive`)
      else if (e.flags & 1) notes.push(`skipped ${e.name}: encrypted`)
      else if (e.method !== 0 && e.method !== 8) notes.push(`skipped ${e.name}: compression method ${e.method}`)
      else wanted.push(e)
    }
    const declared = wanted.reduce((s, e) => s + e.uncompressed, 0)
    if (declared > maxTotal)
      return { value: [], notes: [...notes, `the report files hold ${declared} bytes uncompressed, more than the ${maxTotal} read`] }
    let remaining = maxTotal
    for (const e of wanted) {
      try {
        const data = entryData(zip, e, remaining)
        remaining -= data.length
        files.push({ name: e.name, text: data.toString('utf8') })
      } catch (err) {
        if (!(err instanceof ZipFormatError)) throw err
        notes.push(`skipped ${e.name}: ${err.message}`)
      }
    }
  } catch (err) {
    if (!(err instanceof ZipFormatError) && !(err instanceof RangeError)) throw err
    return { value: [], notes: [...notes, `not a readable zip: ${err.message}`] }
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

const CVSS3: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 }
}

/** The CVSS v3.x base score of a vector (`CVSS:3.1/AV:N/…`), or undefined for anything else. */
export function cvss3BaseScore(vector: string): number | undefined {
  const parts = vector.trim().split('/')
  if (!/^CVSS:3\.[01]$/.test(parts[0] ?? '')) return undefined
  const m: Record<string, string> = {}
  for (const p of parts.slice(1)) {
    const [k, v] = p.split(':')
    if (k && v) m[k] = v
  }
  const scope = m.S
  const pr = m.PR === 'N' ? 0.85 : m.PR === 'L' ? (scope === 'C' ? 0.68 : 0.62) : m.PR === 'H' ? (scope === 'C' ? 0.5 : 0.27) : undefined
  const w = (k: string): number | undefined => CVSS3[k]?.[m[k] ?? '']
  const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(w)
  if (pr === undefined || av === undefined || ac === undefined || ui === undefined || c === undefined || i === undefined || a === undefined) return undefined
  if (scope !== 'U' && scope !== 'C') return undefined
  const iss = 1 - (1 - c) * (1 - i) * (1 - a)
  const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15
  if (impact <= 0) return 0
  const exploitability = 8.22 * av * ac * pr * ui
  const raw = Math.min(scope === 'U' ? impact + exploitability : 1.08 * (impact + exploitability), 10)
  // CVSS 3.1 Roundup: the smallest one-decimal number not below the input.
  const int = Math.round(raw * 100_000)
  return int % 10_000 === 0 ? int / 100_000 : (Math.floor(int / 10_000) + 1) / 10
}

const clip = (s: string, n = 160): string => {
  const one = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()
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
        (typeof r.ruleIndex === 'number' ? rules[r.ruleIndex] : undefined) ?? rules.find((x) => ruleId !== undefined && x.id === ruleId)
      const defaultLevel = rule && isObj(rule.defaultConfiguration) ? str(rule.defaultConfiguration.level) : undefined
      const level = str(r.level) ?? defaultLevel ?? 'warning'
      if (level === 'none') continue
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
      const line = phys && isObj(phys.region) && typeof phys.region.startLine === 'number' ? phys.region.startLine : undefined
      const where = uri ? ` at ${clip(`${uri}${line !== undefined ? `:${line}` : ''}`, 80)}` : ''
      const what = [toolName && ruleId ? `${toolName} ${ruleId}` : (ruleId ?? toolName ?? 'result'), message].filter(Boolean).join(': ')
      items.push({ severity, text: `${clip(what, 120)}${where}` })
    }
  }
  return items
}

const NPM_SEVERITY: Record<string, Severity | undefined> = { critical: 'critical', high: 'high', moderate: 'medium', low: 'low' }

function npmItems(doc: Json): { items: Item[]; counts?: Partial<Record<Severity, number>> } | undefined {
  if (!isObj(doc.vulnerabilities) || (doc.auditReportVersion !== undefined && doc.auditReportVersion !== 2)) return undefined
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
    const patched = isObj(v.versions) && Array.isArray(v.versions.patched) ? v.versions.patched.filter((x) => typeof x === 'string') : []
    const fix = patched.length ? `, fixed in ${patched.join(' ')}` : ', no fixed version'
    items.push({
      severity,
      text: clip(`${name}${version ? ` ${version}` : ''} (${[str(adv.id), str(adv.title)].filter(Boolean).join(': ')})${fix}`)
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
  if (isObj(doc.advisories)) return `${file.name} is an npm 6 audit report; only npm 7+ (\`auditReportVersion: 2\`) is read`
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
    const worst = report.items.reduce<Severity>((m, it) => (severityRank(it.severity) > severityRank(m) ? it.severity : m), 'low')
    const severity = severityRank(worst) >= severityRank('high') && severityRank(floor) > severityRank(worst) ? floor : worst
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
      excerpt: formatExcerpt([`${clip(file.name, 100)} — ${report.label}: ${summary}`, ...top.map((t) => `${t.severity}: ${t.text}`)]),
      rule: `PAT-003/${report.tool}`,
      score: artifactScore(counts.critical ?? 0),
      job: `artifact ${artifact}`
    })
  }
  return { value: findings, notes }
}
