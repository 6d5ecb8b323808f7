/**
 * An Aho–Corasick automaton over the rules' required literals (see literal-hint.ts): one
 * left-to-right scan of a line tells which rules could match it, so the classifier runs only
 * those regexes. ASCII letters are folded to lower case as the literals are; other characters
 * are matched as they are. Building costs a step per character of the literals, and one copy
 * of a row (natively) per state.
 *
 * The scan runs over nearly every character of a log, so the table is kept small and the inner
 * loop to one lookup per character: characters that occur in no literal share one class (the
 * alphabet is the literals' few dozen characters, not all of ASCII), and each entry holds the
 * next state's row offset, negated (as ~offset) when that state ends a literal.
 */
/** See LiteralIndex.lineScanner: a line ended. */
export const SEPARATOR = -1

/** The automaton as a scanner of lines over bytes: see LiteralIndex.lineScanner. */
export interface LineScanner {
  /**
   * Row offset + byte class → next row offset; ~offset when that state ends literals; SEPARATOR
   * on `\n`, `\r`; with `escapes`, `escapes - offset` (at most `escapes`) on an escape.
   */
  next: Int32Array
  /** Byte → class. */
  table: Uint8Array
  /** Per state (row offset / width), 1 when it ends a literal of an id that counts. */
  counted: Uint8Array
  /** Entries per row: state s is at row offset s * width. */
  width: number
  /**
   * With LineScannerOptions.escapes, what `next` gives on an escape in the row at offset 0,
   * below every other entry (an entry at most this is an escape's); else NO_ESCAPES.
   */
  escapes: number
}

export interface LineScannerOptions {
  /** Which ids' literals make a line a candidate (LineScanner.counted); all by default. */
  counts?: (id: number) => boolean
  /**
   * An escape (which no literal may hold) leaves the row as it is, so that a scanner can step
   * over an ANSI sequence and go on as if it were not there: `next` gives `escapes - row`.
   */
  escapes?: boolean
}

/** LineScanner.escapes when escapes are not stepped over: below every entry of any table. */
export const NO_ESCAPES = -0x40000000

const NONE: readonly number[] = []

export class LiteralIndex {
  /**
   * Transition table: row offset (state * width) + class → next row offset, ~offset when that
   * state has outputs; the last two entries of each row are SEPARATOR and, for lineScanner's
   * escapes, the row's ESCAPE entry.
   */
  private readonly next: Int32Array
  /** For each state, the rule ids whose literal ends there (including via failure links). */
  private readonly outputs: (readonly number[] | undefined)[]
  private readonly alphabet: number
  /** Entries per row of `next`: the alphabet and the separator. */
  private readonly width: number
  /** ASCII character code → class (0: in no literal); upper-case letters share their lower case's. */
  private readonly ascii = new Uint8Array(128)
  /** Character code → class for non-ASCII characters that occur in some literal. */
  private readonly wide = new Map<number, number>()
  private classes = 1
  /** Rules with no literal: candidates for every line. */
  readonly always: readonly number[]

  /** An index whose literals are matched as UTF-8 bytes, for `scanBytes`. */
  static forBytes(literals: readonly (readonly string[] | undefined)[]): LiteralIndex {
    return new LiteralIndex(literals.map((l) => l?.map((x) => Buffer.from(x, 'utf8').toString('latin1'))))
  }

  /** `literals[i]` lists rule i's literals (lowercase), or undefined when it has none. */
  constructor(literals: readonly (readonly string[] | undefined)[]) {
    const always: number[] = []
    // Classes first, so that the trie can be one dense table from the start.
    let chars = 0
    for (let rule = 0; rule < literals.length; rule++) {
      const lits = literals[rule]
      if (!lits || lits.length === 0) {
        always.push(rule)
        continue
      }
      for (const lit of lits) {
        for (let k = 0; k < lit.length; k++) this.addClass(lit.charCodeAt(k))
        chars += lit.length
      }
    }
    this.always = always
    const alphabet = (this.alphabet = this.classes)
    // Each row has two more entries than the alphabet, for lineScanner: SEPARATOR and an escape.
    const width = (this.width = alphabet + 2)
    // The trie: each state's children are listed (first child, next sibling, class), and the
    // root's also by class, as it has the most. No table of all states by all classes is made:
    // a child is found along its siblings, which are few past the root.
    const rootChild = new Int32Array(alphabet)
    const firstChild = new Int32Array(chars + 1).fill(-1)
    const sibling = new Int32Array(chars + 1)
    const classIn = new Int32Array(chars + 1)
    const ends: (number[] | undefined)[] = []
    let n = 1
    for (let rule = 0; rule < literals.length; rule++) {
      for (const lit of literals[rule] ?? []) {
        let state = 0
        for (let k = 0; k < lit.length; k++) {
          const cls = this.classOf(lit.charCodeAt(k))
          let to = 0
          if (state === 0) to = rootChild[cls]!
          else {
            for (let c = firstChild[state]!; c >= 0; c = sibling[c]!) {
              if (classIn[c] === cls) {
                to = c
                break
              }
            }
          }
          if (to === 0) {
            to = n++
            classIn[to] = cls
            sibling[to] = firstChild[state]!
            firstChild[state] = to
            if (state === 0) rootChild[cls] = to
          }
          state = to
        }
        const own = (ends[state] ??= [])
        if (!own.includes(rule)) own.push(rule)
      }
    }
    // Breadth-first, inheriting outputs along failure links. A state's row is its failure
    // state's row (nearer the root, so resolved already), copied, with its own children written
    // over it; a child's failure state is where the failure state's row leads, and whether the
    // child has outputs is known when it is queued. Only the copies touch every entry.
    const fail = new Int32Array(n)
    const outputs: (number[] | undefined)[] = new Array<number[] | undefined>(n).fill(undefined)
    const hasOutputs = new Uint8Array(n)
    const next = new Int32Array(n * width)
    const queue = new Int32Array(n)
    const rowOf = (to: number): number => (hasOutputs[to] === 1 ? ~(to * width) : to * width)
    next[alphabet] = SEPARATOR
    let tail = 0
    for (let to = firstChild[0]!; to >= 0; to = sibling[to]!) {
      queue[tail++] = to
      if (ends[to] !== undefined) hasOutputs[to] = 1
      next[classIn[to]!] = rowOf(to)
    }
    for (let head = 0; head < tail; head++) {
      const s = queue[head]!
      const f = fail[s]!
      const inherited = outputs[f]
      const own = ends[s]
      outputs[s] = !own ? inherited : inherited ? [...new Set([...own, ...inherited])] : own
      const row = s * width
      const failRow = f * width
      next.copyWithin(row, failRow, failRow + width)
      for (let to = firstChild[s]!; to >= 0; to = sibling[to]!) {
        const cls = classIn[to]!
        const v = next[failRow + cls]!
        const g = (v < 0 ? ~v : v) / width
        fail[to] = g
        queue[tail++] = to
        if (ends[to] !== undefined || hasOutputs[g] === 1) hasOutputs[to] = 1
        next[row + cls] = rowOf(to)
      }
    }
    this.next = next
    this.outputs = outputs
  }

  /** Calls `hit(rule)` for each rule whose literal occurs in `text` (a rule may repeat). */
  scan(text: string, hit: (rule: number) => void): void {
    this.scanRange(text, 0, text.length, hit)
  }

  /** `scan(text.slice(from, to), hit)` without making the slice. */
  scanRange(text: string, from: number, to: number, hit: (rule: number) => void): void {
    const { next, ascii, width } = this
    let row = 0
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i)
      row = next[row + (c < 128 ? ascii[c] : (this.wide.get(c) ?? 0))]
      if (row < 0) {
        row = ~row
        const out = this.outputs[row / width]
        for (let k = 0; k < out!.length; k++) hit(out![k])
      }
    }
  }

  /**
   * `scan` over bytes: for an index built with `forBytes` (literals as their UTF-8 bytes),
   * reports the literals that occur in `buf[from, to)` (ASCII letters folded). No string is made.
   */
  scanBytes(buf: Uint8Array, from: number, to: number, hit: (rule: number) => void): void {
    const { next, width } = this
    const table = (this.bytes ??= this.byteTable())
    let row = 0
    for (let i = from; i < to; i++) {
      row = next[row + table[buf[i]!]!]!
      if (row < 0) {
        row = ~row
        const out = this.outputs[row / width]
        for (let k = 0; k < out!.length; k++) hit(out![k]!)
      }
    }
  }

  /**
   * The automaton as a scanner of lines over bytes (for an index built with `forBytes`): a
   * table walked one byte at a time over a whole chunk. `next[row + table[byte]]` is the next
   * row; ~row when that state ends some literals (`outputsAtRow(row)` lists their ids), or
   * SEPARATOR on `\n` and `\r`, which end a line (the row is 0 again). `counted[row / width]` says
   * whether one of the literals ending there has an id that `counts` accepts (all by default).
   * No literal may hold a separator, nor an escape when `escapes` is asked for.
   */
  lineScanner(options: LineScannerOptions = {}): LineScanner {
    const { alphabet, width, outputs, next } = this
    const counts = options.counts ?? (() => true)
    const counted = new Uint8Array(outputs.length)
    for (let s = 0; s < outputs.length; s++) if (outputs[s]?.some(counts)) counted[s] = 1
    const table = Uint8Array.from((this.bytes ??= this.byteTable()))
    if (table[0x0a] !== 0 || table[0x0d] !== 0) throw new Error('LiteralIndex: a literal holds a line separator')
    table[0x0a] = table[0x0d] = alphabet
    let escapes = NO_ESCAPES
    if (options.escapes) {
      if (table[0x1b] !== 0) throw new Error('LiteralIndex: a literal holds an escape')
      table[0x1b] = alphabet + 1
      // Below ~offset of every state and SEPARATOR. The column is read through this table only.
      escapes = -next.length - 2
      for (let row = 0; row < next.length; row += width) next[row + alphabet + 1] = escapes - row
    }
    return { next, table, counted, width, escapes }
  }

  /**
   * Per state (a row offset as lineScanner's `next` gives them, divided by its width), the
   * flags `flag` gives the ids whose literals end in that state, or-ed together (0 for a
   * state that ends none).
   */
  stateFlags(flag: (id: number) => number): Uint8Array {
    const { outputs } = this
    const flags = new Uint8Array(outputs.length)
    for (let s = 0; s < outputs.length; s++) {
      const out = outputs[s]
      if (out) for (const id of out) flags[s] |= flag(id)
    }
    return flags
  }

  /** The ids whose literal ends in the state at row offset `row` (empty for none). */
  outputsAtRow(row: number): readonly number[] {
    return this.outputs[row / this.width] ?? NONE
  }

  private bytes: Uint8Array | undefined

  private byteTable(): Uint8Array {
    const t = new Uint8Array(256)
    for (let c = 0; c < 128; c++) t[c] = this.ascii[c]!
    for (let c = 128; c < 256; c++) t[c] = this.wide.get(c) ?? 0
    return t
  }

  /** The class of a character that occurs in some literal (see addClass). */
  private classOf(code: number): number {
    if (code < 128) return this.ascii[code]!
    return this.wide.get(code)!
  }

  private addClass(code: number): number {
    if (code < 128) {
      const lower = code >= 65 && code <= 90 ? code + 32 : code
      if (this.ascii[lower] === 0) {
        this.ascii[lower] = this.classes++
        if (lower >= 97 && lower <= 122) this.ascii[lower - 32] = this.ascii[lower]
      }
      return this.ascii[lower]
    }
    let cls = this.wide.get(code)
    if (cls === undefined) {
      cls = this.classes++
      this.wide.set(code, cls)
    }
    return cls
  }
}
