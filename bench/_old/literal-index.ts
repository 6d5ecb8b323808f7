/**
 * An Aho–Corasick automaton over the rules' required literals (see literal-hint.ts): one
 * left-to-right scan of a line tells which rules could match it, so the classifier runs only
 * those regexes. ASCII letters are folded to lower case as the literals are; other characters
 * are matched as they are. Build cost is linear in the literals' total length.
 */
export class LiteralIndex {
  /** Dense transition table: state * alphabet + class → next state. */
  private readonly next: Int32Array
  /** For each state, the rule ids whose literal ends there (including via failure links). */
  private readonly outputs: (readonly number[] | undefined)[]
  private readonly alphabet: number
  /** Character code → class for non-ASCII characters that occur in some literal. */
  private readonly wide = new Map<number, number>()
  /** Rules with no literal: candidates for every line. */
  readonly always: readonly number[]

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
          const cls = this.classOf(lit.charCodeAt(k), true)
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
    this.alphabet = 128 + this.wide.size + 1
    const n = children.length
    const next = new Int32Array(n * this.alphabet)
    const fail = new Int32Array(n)
    const outputs: (number[] | undefined)[] = new Array(n)
    // Breadth-first: resolve every transition, inheriting outputs along failure links.
    const queue: number[] = []
    for (const [cls, to] of children[0]) {
      next[cls] = to
      queue.push(to)
    }
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head]
      const inherited = outputs[fail[s]]
      const own = ends[s]
      outputs[s] = own.length === 0 ? inherited : inherited ? [...new Set([...own, ...inherited])] : own
      for (let cls = 0; cls < this.alphabet; cls++) {
        const to = children[s].get(cls)
        if (to === undefined) next[s * this.alphabet + cls] = next[fail[s] * this.alphabet + cls]
        else {
          fail[to] = next[fail[s] * this.alphabet + cls]
          next[s * this.alphabet + cls] = to
          queue.push(to)
        }
      }
    }
    this.next = next
    this.outputs = outputs
  }

  /** Calls `hit(rule)` for each rule whose literal occurs in `text` (a rule may repeat). */
  scan(text: string, hit: (rule: number) => void): void {
    const { next, outputs, alphabet } = this
    let state = 0
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i)
      if (c < 128) {
        if (c >= 65 && c <= 90) c += 32
      } else c = this.wide.get(c) ?? alphabet - 1
      state = next[state * alphabet + c]
      const out = outputs[state]
      if (out) for (let k = 0; k < out.length; k++) hit(out[k])
    }
  }

  private classOf(code: number, add: boolean): number {
    if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code
    let cls = this.wide.get(code)
    if (cls === undefined && add) {
      cls = 128 + this.wide.size
      this.wide.set(code, cls)
    }
    return cls ?? -1
  }
}
