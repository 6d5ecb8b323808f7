/**
 * What a parser hands over for one source file of one report: the file's data as the report
 * states it, before the path is placed in the repository and before it is merged with other
 * reports. Bounded by the size of one file's entry, never by the size of the report.
 */
export interface FileRecord {
  /** The path as the report writes it. */
  path: string
  /** The report line where this file's entry starts (for errors naming the spot). */
  at?: number
  /** Line number → hit count (the largest count seen for the line). */
  lines: Map<number, number>
  /** Branch outcomes: `id` is unique within its line for this format. */
  branches: BranchRecord[]
  functions: FunctionRecord[]
  /** Statement counts where the format measures statements (Go, Istanbul). */
  statements?: { total: number; covered: number }
  /** Counts only, for formats without per-line data (Istanbul coverage-summary.json). */
  summary?: SummaryCounts
  /** Hint for placing the path: Go import paths map through go.mod. */
  goImportPath?: boolean
  /** Source roots the report declares (Cobertura `<sources>`), tried in order. */
  sourceRoots?: string[]
  /** The groups the file's entry sits in, outermost first (JaCoCo `<group>`: a multi-module build's modules). */
  modules?: string[]
}

export interface BranchRecord {
  line: number
  id: number
  taken: boolean
}

export interface FunctionRecord {
  name: string
  line: number
  /** Last line of the function where the format says it (lcov 2 FN, Istanbul, llvm-cov). */
  endLine?: number
  hits: number
}

export interface Counts {
  covered: number
  total: number
}

export interface SummaryCounts {
  lines?: Counts
  branches?: Counts
  functions?: Counts
  statements?: Counts
}

export function newRecord(path: string, at?: number): FileRecord {
  return { path: ownCopy(path), at, lines: new Map(), branches: [], functions: [] }
}

/**
 * A string that holds its own characters. A parser's substring of a decoded input chunk may
 * share the whole chunk's memory; a path kept until the report ends would keep its chunk alive,
 * and so, one file after another, most of the report.
 */
export function ownCopy(s: string): string {
  // UTF-16 code units round-trip exactly, lone surrogates of a JSON report's `\ud800` included.
  return Buffer.from(s, 'utf16le').toString('utf16le')
}

/** Records a line's hits, keeping the largest count when a line is stated twice. */
export function addLine(r: FileRecord, line: number, hits: number): void {
  const prev = r.lines.get(line)
  if (prev === undefined || prev < hits) r.lines.set(line, hits)
}
