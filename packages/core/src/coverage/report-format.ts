import type { FileRecord } from './file-record.js'
import type { ReportSource } from './report-source.js'

export const REPORT_FORMATS = [
  'lcov',
  'cobertura',
  'jacoco',
  'istanbul-final',
  'istanbul-summary',
  'go',
  'llvm-cov',
  'coverage-py'
] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** Each format's report, as messages name it. */
export const REPORT_NAMES: Record<ReportFormat, string> = {
  lcov: 'the lcov tracefile',
  cobertura: 'the Cobertura report',
  jacoco: 'the JaCoCo report',
  'istanbul-final': 'the Istanbul coverage-final.json',
  'istanbul-summary': 'the Istanbul coverage-summary.json',
  go: 'the Go coverprofile',
  'llvm-cov': 'the llvm-cov export',
  'coverage-py': 'the coverage.py JSON report'
}

/** What one parsed report said about itself. */
export interface ParseResult {
  format: ReportFormat
  /** The report's distinct files, set by the reader once the report is read (a parser leaves 0). */
  files: number
  /** Which kinds of data the report carries at all (a report without branch data measures no branches). */
  carries: { lines: boolean; branches: boolean; functions: boolean; statements: boolean }
  /** The tool's own totals where the report states them (e.g. Cobertura's lines-valid), for cross-checks. */
  declared?: { lines?: { covered: number; total: number }; branches?: { covered: number; total: number } }
  /** Anything worth telling: a mode, a tool version. */
  notes: string[]
}

/** Takes one file's record (a file may come in several records, which the sink merges). */
export type RecordSink = (r: FileRecord) => void

/** A parser streams one report and hands each file's record to the sink as soon as it is complete. */
export type ReportParser = (src: ReportSource, emit: RecordSink) => Promise<ParseResult>

/** Parses a non-negative count; `undefined` when the text is not one. */
export function count(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined
  const n = Number(text)
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

/** Parses a positive line number; `undefined` when the text is not one. */
export function lineNumber(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined
  const n = Number(text)
  return Number.isInteger(n) && n > 0 ? n : undefined
}
