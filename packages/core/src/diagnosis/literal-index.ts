/**
 * An Aho–Corasick automaton over the rules' required literals (see literal-hint.ts): one
 * left-to-right scan of a line tells which rules could match it, so the classifier runs only
 * those regexes. ASCII letters are folded to lower case as the literals are; other characters
 * are matched as they are. Build cost is linear in the literals' total length.
 *
 * The scan runs over nearly every character of a log, so the table is kept small and the inner
 * loop to one lookup per character: characters that occur in no literal share one class (the
 * alphabet is the literals' few dozen characters, not all of ASCII), and each entry holds the
 * next state's row offset, negated (as ~offset) when that state ends a literal.
 */
export class LiteralIndex {
  /** Transition table: row offset (state * alphabet) + class → next row offset, ~offset when it has outputs. */
  private readonly next: Int32Array
  /** For each state, the rule ids whose literal ends there (including via failure links). */
  private readonly outputs: (readonly number[] | undefined)[]
  private readonly alphabet: number
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
    // Trie first, with sparse children.
    const children: Map<number, number>[] = [new Map()]
    const ends: number[][] = [[]]
    for (let rule = 0; rule < literals.length; rule++) {
      const lits = literals[rule]
      if (!lits || lits.length === 0) {
        always.push(rule)
        continue
      }
      for (const lit of lits) {
        let state = 0
        for (let k = 0; k < lit.length; k++) {
          const cls = this.addClass(lit.charCodeAt(k))
          let to = children[state].get(cls)
          if (to === undefined) {
            to = children.length
            children.push(new Map())
            ends.push([])
            children[state].set(cls, to)
          }
          state = to
        }
        if (!ends[state].includes(rule)) ends[state].push(rule)
      }
    }
    this.always = always
    const alphabet = (this.alphabet = this.classes)
    const n = children.length
    // Built with plain state numbers, encoded as row offsets at the end.
    const goto = new Int32Array(n * alphabet)
    const fail = new Int32Array(n)
    const outputs: (number[] | undefined)[] = new Array(n)
    // Breadth-first: resolve every transition, inheriting outputs along failure links.
    const queue: number[] = []
    for (const [cls, to] of children[0]) {
      goto[cls] = to
      queue.push(to)
    }
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head]
      const inherited = outputs[fail[s]]
      const own = ends[s]
      outputs[s] = own.length === 0 ? inherited : inherited ? [...new Set([...own, ...inherited])] : own
      for (let cls = 0; cls < alphabet; cls++) {
        const to = children[s].get(cls)
        if (to === undefined) goto[s * alphabet + cls] = goto[fail[s] * alphabet + cls]
        else {
          fail[to] = goto[fail[s] * alphabet + cls]
          goto[s * alphabet + cls] = to
          queue.push(to)
        }
      }
    }
    const next = new Int32Array(n * alphabet)
    for (let k = 0; k < next.length; k++) {
      const to = goto[k]
      next[k] = outputs[to] ? ~(to * alphabet) : to * alphabet
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
    const { next, ascii, alphabet } = this
    let row = 0
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i)
      row = next[row + (c < 128 ? ascii[c] : (this.wide.get(c) ?? 0))]
      if (row < 0) {
        row = ~row
        const out = this.outputs[row / alphabet]
        for (let k = 0; k < out!.length; k++) hit(out![k])
      }
    }
  }

  /**
   * `scan` over bytes: for an index built with `forBytes` (literals as their UTF-8 bytes),
   * reports the literals that occur in `buf[from, to)` (ASCII letters folded). No string is made.
   */
  scanBytes(buf: Uint8Array, from: number, to: number, hit: (rule: number) => void): void {
    const { next, alphabet } = this
    const table = (this.bytes ??= this.byteTable())
    let row = 0
    for (let i = from; i < to; i++) {
      row = next[row + table[buf[i]!]!]!
      if (row < 0) {
        row = ~row
        const out = this.outputs[row / alphabet]
        for (let k = 0; k < out!.length; k++) hit(out![k]!)
      }
    }
  }

  private bytes: Uint8Array | undefined

  private byteTable(): Uint8Array {
    const t = new Uint8Array(256)
    for (let c = 0; c < 128; c++) t[c] = this.ascii[c]!
    for (let c = 128; c < 256; c++) t[c] = this.wide.get(c) ?? 0
    return t
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
