/**
 * PAT-003 from the reports a run uploaded as artifacts: SARIF 2.1.0, `npm audit --json`
 * (report version 2, npm 7+) and `cargo audit --json`. The archive is read by the bounded zip
 * reader and each format by its own parser (`artifacts/`); this module turns each report into
 * the one finding the monitor ranks and alerts on.
 */
import { matchesAny, matchesName } from '../artifacts/artifact-names.js'
import { cvss3BaseScore } from '../artifacts/cargo-audit.js'
import { clip, severityOfScore } from '../artifacts/report-item.js'
import {
  isReportFile,
  parseSecurityReport,
  parseSecurityReportStream,
  type SecurityReport
} from '../artifacts/security-report.js'
import {
  MAX_ZIP_ENTRIES,
  MAX_ZIP_TOTAL_BYTES,
  readZip,
  readZipText,
  type ReadResult,
  type ZipLimits,
  type ZipTextFile
} from '../artifacts/zip-reader.js'
import { severityRank, type Severity } from '../severity.js'
import { formatExcerpt, type Finding } from '../diagnosis/finding.js'

export { cvss3BaseScore, isReportFile, matchesAny, matchesName, severityOfScore, MAX_ZIP_ENTRIES, MAX_ZIP_TOTAL_BYTES }
export type { ReadResult, ZipLimits }

/** A file read from an artifact. */
export type ArtifactFile = ZipTextFile

/** A PAT-003 finding from one report file of one artifact. */
export interface ArtifactFinding extends Finding {
  /** `artifact <name>`. */
  job: string
}

/** Artifact name patterns looked at by default. */
export const DEFAULT_SECURITY_ARTIFACTS: readonly string[] = ['*sarif*', '*audit*']

/** Ranking: above echo-level log evidence (≤ 45), below a compiler's own error line (~80). */
export const ARTIFACT_BASE_SCORE = 60
export const ARTIFACT_MAX_SCORE = 79

/**
 * The report files (`isReportFile`) of a ZIP archive, as UTF-8 text, read within the zip
 * reader's limits. Never rejects for a bad archive.
 */
export function readZipReports(zip: Buffer, limits: ZipLimits = {}): Promise<ReadResult<ArtifactFile[]>> {
  return readZipText(zip, isReportFile, limits)
}

/** A report file of an artifact, parsed: the report, or why it is not one. */
export interface ParsedReportFile {
  name: string
  report: SecurityReport | string
}

/**
 * The report files (`isReportFile`) of a ZIP archive, each parsed as it is unpacked: no file's
 * text is ever held whole, and a file is read no further than its parse needs (a report past
 * MAX_REPORT_NODES stops at the first node past it). Never rejects for a bad archive.
 */
export function readZipSecurityReports(zip: Buffer, limits: ZipLimits = {}): Promise<ReadResult<ParsedReportFile[]>> {
  return readZip(zip, isReportFile, (entry, data) => parseSecurityReportStream(entry.name, data), limits).then((r) => ({
    value: r.value.map(({ name, value }) => ({ name, report: value })),
    notes: r.notes
  }))
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
  return reportFindings(
    artifact,
    files.map((f) => ({ name: f.name, report: parseSecurityReport(f) })),
    opts
  )
}

/** {@link securityFindings} of files already parsed ({@link readZipSecurityReports}). */
export function reportFindings(
  artifact: string,
  files: readonly ParsedReportFile[],
  opts: ArtifactFindingOptions = {}
): ReadResult<ArtifactFinding[]> {
  const findings: ArtifactFinding[] = []
  const notes: string[] = []
  const floor = opts.catalogueSeverity ?? 'critical'
  for (const { name, report } of files) {
    if (typeof report === 'string') {
      notes.push(report)
      continue
    }
    if (report.limitNote) notes.push(report.limitNote)
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
      confidence: 'high',
      line: 1,
      lines: [1],
      excerpt: formatExcerpt([
        `${clip(name, 100)} — ${report.label}: ${summary}`,
        ...top.map((t) => `${t.severity}: ${t.text}`)
      ]),
      rule: `PAT-003/${report.tool}`,
      score: artifactScore(counts.critical ?? 0),
      job: `artifact ${artifact}`
    })
  }
  return { value: findings, notes }
}
