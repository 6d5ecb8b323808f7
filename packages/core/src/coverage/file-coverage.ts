import { ByteReader, ByteWriter } from './byte-codec.js'
import { newRecord, type Counts, type FileRecord, type SummaryCounts } from './file-record.js'
import { FloatColumn, IntColumn, LineBits } from './growable.js'

/** One function as kept after merging: where it is and whether any report saw it run. */
export interface FunctionInfo {
  name: string
  line: number
  endLine?: number
  covered: boolean
}

/** A file's totals: what the metrics sum, with or without the per-line data at hand. */
export interface FileCounts {
  lineCounts(): Counts | undefined
  branchCounts(): Counts | undefined
  functionCounts(): Counts | undefined
  statementCounts(): Counts | undefined
}

/** Heap and typed-array bytes of an empty FileCoverage: its object, columns and their arrays. */
const FIXED_BYTES = 1200

/**
 * The merged coverage of one source file in one lane: which lines are instrumented and which
 * ran (bit sets), branch outcomes and functions in typed columns. Merging is a union: a line,
 * branch or function is covered when any merged report covered it.
 */
export class FileCoverage implements FileCounts {
  readonly instrumented = new LineBits()
  readonly covered = new LineBits()
  private readonly brLine = new IntColumn()
  private readonly brId = new FloatColumn()
  private readonly brTaken = new IntColumn()
  private readonly fnName: string[] = []
  private readonly fnLine = new IntColumn()
  private readonly fnEnd = new IntColumn()
  private readonly fnCovered = new IntColumn()
  statements?: Counts
  /** Set when every report of this file gave counts only. */
  summaryOnly?: SummaryCounts
  private detailed = false
  /** Rough heap bytes of the function names. */
  private nameBytes = 0

  constructor(public path: string) {}

  /** Adds one report's record of this file. */
  merge(r: FileRecord): void {
    if (r.summary && r.lines.size === 0 && r.branches.length === 0 && r.functions.length === 0) {
      if (this.detailed) return // per-line data wins over counts
      // Two count-only reports cannot be united line by line: the larger coverage is a lower bound of the union.
      this.summaryOnly = maxSummary(this.summaryOnly, r.summary)
      return
    }
    if (!this.detailed) {
      this.detailed = true
      this.summaryOnly = undefined
    }
    for (const [line, hits] of r.lines) {
      this.instrumented.set(line)
      if (hits > 0) this.covered.set(line)
    }
    if (r.branches.length) this.mergeBranches(r)
    if (r.functions.length) this.mergeFunctions(r)
    if (r.statements) {
      // Statement identity is not kept; the larger count of covered statements is a lower bound.
      const s = this.statements
      this.statements =
        !s || r.statements.covered > s.covered || r.statements.total > s.total
          ? {
              total: Math.max(r.statements.total, s?.total ?? 0),
              covered: Math.max(r.statements.covered, s?.covered ?? 0)
            }
          : s
    }
  }

  private mergeBranches(r: FileRecord): void {
    const index = new Map<string, number>()
    for (let i = 0; i < this.brLine.length; i++) index.set(`${this.brLine.get(i)}:${this.brId.get(i)}`, i)
    for (const b of r.branches) {
      const key = `${b.line}:${b.id}`
      const i = index.get(key)
      if (i === undefined) {
        index.set(key, this.brLine.length)
        this.brLine.push(b.line)
        this.brId.push(b.id)
        this.brTaken.push(b.taken ? 1 : 0)
      } else if (b.taken) this.brTaken.set(i, 1)
    }
  }

  private mergeFunctions(r: FileRecord): void {
    const index = new Map<string, number>()
    for (let i = 0; i < this.fnName.length; i++) index.set(`${this.fnName[i]}@${this.fnLine.get(i)}`, i)
    for (const f of r.functions) {
      const key = `${f.name}@${f.line}`
      const i = index.get(key)
      if (i === undefined) {
        index.set(key, this.fnName.length)
        // A fresh copy: a slice of a big input chunk would keep the whole chunk alive.
        this.addName(Buffer.from(f.name, 'utf8').toString('utf8'))
        this.fnLine.push(f.line)
        this.fnEnd.push(f.endLine ?? 0)
        this.fnCovered.push(f.hits > 0 ? 1 : 0)
      } else {
        if (f.hits > 0) this.fnCovered.set(i, 1)
        if (f.endLine && !this.fnEnd.get(i)) this.fnEnd.set(i, f.endLine)
      }
    }
  }

  private addName(name: string): void {
    this.fnName.push(name)
    this.nameBytes += 40 + 2 * name.length
  }

  /** Roughly the memory this file's data takes: to tell when to move finished files to disk. */
  approxBytes(): number {
    return (
      FIXED_BYTES +
      this.instrumented.byteLength +
      this.covered.byteLength +
      this.brLine.byteLength +
      this.brId.byteLength +
      this.brTaken.byteLength +
      this.fnLine.byteLength * 3 +
      this.nameBytes
    )
  }

  /**
   * Appends all of this file's data in a few bytes per line, branch and function; `decode`
   * gives back a FileCoverage whose every answer equals this one's, in the same order.
   */
  encode(w: ByteWriter): void {
    w.uint((this.detailed ? 1 : 0) | (this.statements ? 2 : 0) | (this.summaryOnly ? 4 : 0))
    if (this.statements) w.text(JSON.stringify(this.statements))
    if (this.summaryOnly) w.text(JSON.stringify(this.summaryOnly))
    for (const bits of [this.instrumented, this.covered]) {
      w.uint(bits.size)
      w.bytes(bits.bytes())
    }
    w.column(this.brLine.length, (i) => this.brLine.get(i))
    w.column(this.brId.length, (i) => this.brId.get(i))
    w.column(this.brTaken.length, (i) => this.brTaken.get(i))
    w.uint(this.fnName.length)
    for (const name of this.fnName) w.text(name)
    w.column(this.fnLine.length, (i) => this.fnLine.get(i))
    w.column(this.fnEnd.length, (i) => this.fnEnd.get(i))
    w.column(this.fnCovered.length, (i) => this.fnCovered.get(i))
  }

  static decode(path: string, bytes: Buffer): FileCoverage {
    const c = new FileCoverage(path)
    const r = new ByteReader(bytes)
    const flags = r.uint()
    c.detailed = (flags & 1) !== 0
    if (flags & 2) c.statements = JSON.parse(r.text()) as Counts
    if (flags & 4) c.summaryOnly = JSON.parse(r.text()) as SummaryCounts
    for (const bits of [c.instrumented, c.covered]) {
      const size = r.uint()
      bits.load(size, r.bytes())
    }
    r.column(c.brLine)
    r.column(c.brId)
    r.column(c.brTaken)
    const names = r.uint()
    for (let i = 0; i < names; i++) c.addName(r.text())
    r.column(c.fnLine)
    r.column(c.fnEnd)
    r.column(c.fnCovered)
    if (!r.done) throw new Error(`the coverage record of ${path} has bytes left over`)
    return c
  }

  get hasDetail(): boolean {
    return this.detailed
  }

  lineCounts(): Counts | undefined {
    if (!this.detailed) return this.summaryOnly?.lines
    return { covered: this.covered.count(), total: this.instrumented.count() }
  }

  branchCounts(): Counts | undefined {
    if (!this.detailed) return this.summaryOnly?.branches
    let covered = 0
    for (let i = 0; i < this.brTaken.length; i++) covered += this.brTaken.get(i)
    return { covered, total: this.brTaken.length }
  }

  functionCounts(): Counts | undefined {
    if (!this.detailed) return this.summaryOnly?.functions
    let covered = 0
    for (let i = 0; i < this.fnCovered.length; i++) covered += this.fnCovered.get(i)
    return { covered, total: this.fnName.length }
  }

  statementCounts(): Counts | undefined {
    return this.detailed ? this.statements : this.summaryOnly?.statements
  }

  functions(): FunctionInfo[] {
    const out: FunctionInfo[] = []
    for (let i = 0; i < this.fnName.length; i++) {
      const end = this.fnEnd.get(i)
      out.push({
        name: this.fnName[i]!,
        line: this.fnLine.get(i),
        endLine: end || undefined,
        covered: this.fnCovered.get(i) === 1
      })
    }
    return out
  }

  /** Per line: branch outcomes total and taken, for lines that have branches. */
  branchesByLine(): Map<number, Counts> {
    const m = new Map<number, Counts>()
    for (let i = 0; i < this.brLine.length; i++) {
      const line = this.brLine.get(i)
      const c = m.get(line) ?? { covered: 0, total: 0 }
      c.total++
      c.covered += this.brTaken.get(i)
      m.set(line, c)
    }
    return m
  }

  /** This file's data as one record, to merge it into another store. */
  toRecord(path = this.path): FileRecord {
    const r = newRecord(path)
    if (!this.detailed) {
      r.summary = this.summaryOnly
      return r
    }
    for (const l of this.instrumented.values()) r.lines.set(l, this.covered.has(l) ? 1 : 0)
    for (let i = 0; i < this.brLine.length; i++)
      r.branches.push({ line: this.brLine.get(i), id: this.brId.get(i), taken: this.brTaken.get(i) === 1 })
    for (let i = 0; i < this.fnName.length; i++)
      r.functions.push({
        name: this.fnName[i]!,
        line: this.fnLine.get(i),
        endLine: this.fnEnd.get(i) || undefined,
        hits: this.fnCovered.get(i)
      })
    r.statements = this.statements
    return r
  }

  /**
   * Every covered line (`L12`), taken branch outcome (`B12#2`: the second taken on line 12) and
   * covered function (`Fname@3`): to tell whether a run reached anything new. Branches are
   * counted per line, not by id: some tools (node's runner) number branch blocks differently
   * from run to run.
   */
  coveredUnits(): Set<string> {
    const out = new Set<string>()
    for (let l = 0; l < this.covered.size; l++) if (this.covered.has(l)) out.add(`L${l}`)
    for (const [line, c] of this.branchesByLine()) for (let k = 1; k <= c.covered; k++) out.add(`B${line}#${k}`)
    for (let i = 0; i < this.fnName.length; i++)
      if (this.fnCovered.get(i)) out.add(`F${this.fnName[i]}@${this.fnLine.get(i)}`)
    return out
  }

  /** Line is instrumented and no report ran it. */
  isUncovered(line: number): boolean {
    return this.instrumented.has(line) && !this.covered.has(line)
  }
}

function maxSummary(a: SummaryCounts | undefined, b: SummaryCounts): SummaryCounts {
  if (!a) return b
  const pick = (x?: Counts, y?: Counts) => (!x ? y : !y ? x : y.covered > x.covered ? y : x)
  return {
    lines: pick(a.lines, b.lines),
    branches: pick(a.branches, b.branches),
    functions: pick(a.functions, b.functions),
    statements: pick(a.statements, b.statements)
  }
}
