import type { FileCoverage, FunctionInfo } from './file-coverage.js'
import type { ChangedLines } from './patch.js'

export type GapKind = 'function' | 'branch' | 'lines' | 'spec' | 'prompt'

/** One place the tests do not reach, with what makes it risky. */
export interface Gap {
  kind: GapKind
  /** Source file, spec document or prompt file. */
  file: string
  line?: number
  end_line?: number
  /** Function name, spec id. */
  name?: string
  /** Instrumented lines in the gap that never ran. */
  uncovered_lines?: number
  /** Branch outcomes never taken in the gap. */
  missed_branches?: number
  /** 1 + decision points (branch outcomes / 2) in the gap: McCabe's count, from the report. */
  complexity?: number
  /** The current change touches the gap. */
  changed?: boolean
  /** Ordering score: larger is riskier (changed gaps always first). */
  risk: number
  /** Why it is listed, for a person (set on the gaps that are reported). */
  why?: string
}

/**
 * Uncovered functions, partly taken branches and (for formats without functions) uncovered
 * blocks of lines, ranked by risk: gaps the current change touches first, then by size ×
 * complexity. A function's extent is its end line when the report gives one, else up to the
 * next function.
 */
export function codeGaps(files: ReadonlyMap<string, FileCoverage>, changed?: ChangedLines, limit = 50): Gap[] {
  const gaps: Gap[] = []
  for (const [path, cov] of files) {
    if (!cov.hasDetail) continue
    const touched = changed?.get(path)
    const branchLines = cov.branchesByLine()
    const fns = cov.functions().sort((a, b) => a.line - b.line)
    const ends = fns.map((f, i) => extent(f, fns[i + 1], cov))
    const outcomesIn = branchRangeSum(branchLines)
    const ownerOf = (l: number): FunctionInfo | undefined => {
      // The last function starting at or before l whose extent reaches l (binary search on start lines).
      let lo = 0
      let hi = fns.length - 1
      let found = -1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        if (fns[mid]!.line <= l) {
          found = mid
          lo = mid + 1
        } else hi = mid - 1
      }
      for (let i = found; i >= 0 && i > found - 8; i--) if (ends[i]! >= l) return fns[i]
      return undefined
    }
    const inGap = new Set<number>()
    fns.forEach((fn, i) => {
      if (fn.covered || fn.line === 0) return
      const end = ends[i]!
      let uncovered = 0
      for (let l = fn.line; l <= end; l++) {
        if (!cov.instrumented.has(l)) continue
        uncovered++
        inGap.add(l)
      }
      const outcomes = outcomesIn(fn.line, end)
      const complexity = 1 + Math.floor(outcomes / 2)
      const isChanged = touches(touched, fn.line, end)
      gaps.push({
        kind: 'function',
        file: path,
        line: fn.line,
        end_line: end,
        name: fn.name,
        uncovered_lines: uncovered,
        missed_branches: outcomes,
        complexity,
        changed: isChanged,
        risk: score(Math.max(uncovered, 1), complexity, isChanged)
      })
    })
    for (const [l, c] of branchLines) {
      if (c.covered === c.total || inGap.has(l)) continue
      if (!cov.covered.has(l) && cov.instrumented.has(l)) continue // an unrun line is a line gap, not a branch gap
      const missed = c.total - c.covered
      const isChanged = touches(touched, l, l)
      const owner = ownerOf(l)
      gaps.push({
        kind: 'branch',
        file: path,
        line: l,
        end_line: l,
        name: owner?.name,
        missed_branches: missed,
        complexity: 1 + Math.floor(c.total / 2),
        changed: isChanged,
        risk: score(missed, 1 + Math.floor(c.total / 2), isChanged)
      })
    }
    // Blocks of unrun lines outside the function gaps (all of them for formats without functions).
    let start = 0
    let last = 0
    let n = 0
    const flush = () => {
      if (!n) return
      const complexity = 1 + Math.floor(outcomesIn(start, last) / 2)
      const isChanged = touches(touched, start, last)
      const owner = ownerOf(start)
      gaps.push({
        kind: 'lines',
        file: path,
        line: start,
        end_line: last,
        name: owner?.name,
        uncovered_lines: n,
        complexity,
        changed: isChanged,
        risk: score(n, complexity, isChanged)
      })
      n = 0
    }
    for (let l = 0; l < cov.instrumented.size; l++) {
      if (!cov.instrumented.has(l)) continue
      if (cov.covered.has(l) || inGap.has(l)) {
        if (cov.covered.has(l)) flush()
        continue
      }
      if (!n) start = l
      last = l
      n++
    }
    flush()
    // Only the riskiest few are reported: keep the list bounded however big the report.
    if (gaps.length > 4 * limit + 1000) gaps.splice(0, gaps.length, ...rank(gaps).slice(0, limit))
  }
  return rank(gaps)
    .slice(0, limit)
    .map((g) => ({ ...g, why: describe(g) }))
}

/** The sentence for a person, made only for the gaps that are reported. */
function describe(g: Gap): string {
  const changed = g.changed ? ', changed in this change' : ''
  const n = g.uncovered_lines ?? 0
  const lines = `${n} line${n === 1 ? '' : 's'}`
  if (g.kind === 'function') return `${g.name} never ran: ${lines}, complexity ${g.complexity}${changed}`
  if (g.kind === 'branch')
    return `${g.missed_branches} branch outcome${g.missed_branches === 1 ? '' : 's'} never taken${g.name ? ` in ${g.name}` : ''}${changed}`
  return `${lines} never ran${g.name ? ` in ${g.name}` : ''}${changed}`
}

/** Sum of branch outcomes on lines from..to, by binary search over the sorted branch lines. */
function branchRangeSum(byLine: Map<number, { total: number }>): (from: number, to: number) => number {
  const lines = [...byLine.keys()].sort((a, b) => a - b)
  const prefix = [0]
  for (const l of lines) prefix.push(prefix[prefix.length - 1]! + byLine.get(l)!.total)
  const lowerBound = (x: number) => {
    let lo = 0
    let hi = lines.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (lines[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return (from, to) => prefix[lowerBound(to + 1)]! - prefix[lowerBound(from)]!
}

export function rank(gaps: Gap[]): Gap[] {
  return gaps.sort((a, b) => b.risk - a.risk || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
}

function score(size: number, complexity: number, changed: boolean): number {
  // Changed code first whatever its size; then size weighted by the decisions in it.
  return (changed ? 1e9 : 0) + size * complexity
}

function extent(fn: FunctionInfo, next: FunctionInfo | undefined, cov: FileCoverage): number {
  if (fn.endLine && fn.endLine >= fn.line) return fn.endLine
  if (next && next.line > fn.line) return next.line - 1
  // The last function without an end line: to the last instrumented line of the file.
  return Math.max(fn.line, cov.instrumented.size - 1)
}

function touches(lines: Set<number> | undefined, from: number, to: number): boolean {
  if (!lines) return false
  for (const l of lines) if (l >= from && l <= to) return true
  return false
}
