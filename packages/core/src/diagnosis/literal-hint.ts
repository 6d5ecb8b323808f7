/**
 * Literal text a regex cannot match without: for each top-level alternative, the longest run
 * of plain characters that every match must contain, lowercased. A line that contains none of
 * them cannot match, so the classifier skips the regex with a cheap `includes`. Returns
 * undefined when some alternative has no run of at least `min` characters (no safe hint).
 * With `rarest`, an alternative's run is the one of at least `min` characters least likely to
 * occur in a log line by chance (see rarity), not the longest: `^e: \S+\.kts?:` gives `.kt`,
 * which few lines hold, rather than `e: `, which a fifth of a log's lines hold.
 */
export function requiredLiterals(source: string, min = 3, expand = false, rarest = false): string[] | undefined {
  const out: string[] = []
  for (const branch of topLevelBranches(source)) {
    // A branch that is one plain group, `\b(?:a|b)\b`, is as many branches as the group has.
    const inner = soleGroup(branch)
    if (inner !== undefined) {
      const nested = requiredLiterals(inner, min, expand, rarest)
      if (nested === undefined) return undefined
      out.push(...nested)
      continue
    }
    const best = requiredRun(branch, min, rarest)
    if (best.length >= min) {
      // A required group whose every alternative is rarer still does better: `^E: (?:Unable
      // to locate package|Package '…' has no installation candidate)`.
      const group = rarest ? requiredGroupLiterals(branch, min, expand) : undefined
      if (group !== undefined && rarityOfAny(group) > rarity(best)) out.push(...group)
      else out.push(best.toLowerCase())
      continue
    }
    // No long enough plain run, e.g. `^\s*(?:Compiling|Checking) \S+`: a required group whose
    // alternatives all have one still tells a line that cannot match.
    const fromGroup = requiredGroupLiterals(branch, min, expand)
    if (fromGroup !== undefined) {
      out.push(...fromGroup)
      continue
    }
    // Last, with `expand`: a stretch of small classes, optional characters and groups of a few
    // fixed alternatives, spelt out, `\.(?:[cm]?[jt]sx?|vue):` as `.js:`, `.cts:`, … `.vue:`.
    const spelt = expand ? speltOutRun(branch, min) : undefined
    if (spelt === undefined) return undefined
    out.push(...spelt)
  }
  return out.length > 0 ? out : undefined
}

/** At most this many spellings of one stretch. */
const MAX_SPELLINGS = 32

/**
 * The stretch of `branch` whose every spelling is longest at its shortest, spelt out in full
 * (ASCII only, lowercased): one of them occurs in any text the branch matches. Undefined when
 * no stretch's shortest spelling has `min` characters.
 */
function speltOutRun(branch: string, min: number): string[] | undefined {
  let best: string[] | undefined
  let bestLen = min - 1
  let cur = ['']
  const flush = (): void => {
    let len = Infinity
    for (const x of cur) len = Math.min(len, x.length)
    if (len > bestLen) {
      best = cur
      bestLen = len
    }
    cur = ['']
  }
  for (const atom of atoms(branch)) {
    // Not spellable, or optional and repeatable (`*`): the stretch ends before it.
    if (atom.set === undefined || (atom.min === 0 && atom.max !== 1)) {
      flush()
      continue
    }
    const set = atom.min === 0 ? ['', ...atom.set] : atom.set
    const next = [...new Set(cur.flatMap((a) => set.map((b) => a + b)))]
    if (next.length > MAX_SPELLINGS) {
      flush()
      cur = set.length <= MAX_SPELLINGS ? [...set] : ['']
    } else cur = next
    // More repeats of the atom may follow (`+`): the stretch ends with its first.
    if (atom.max !== 1) flush()
  }
  flush()
  return best?.map((x) => x.replace(/[A-Z]/g, (c) => c.toLowerCase()))
}

interface Atom {
  /** The texts one repeat of the atom can match, when few, fixed and ASCII; undefined otherwise. */
  set: string[] | undefined
  min: number
  /** Infinity when unbounded. */
  max: number
}

/** The atoms of a sequence, each with what it matches and its quantifier. */
function atoms(s: string): Atom[] {
  const out: Atom[] = []
  let i = 0
  while (i < s.length) {
    const c = s[i]!
    let set: string[] | undefined
    let next = i + 1
    if (c === '\\') {
      const lit = escapedChar(s, i)
      if (lit) {
        next = lit.next
        if (lit.code < 128 && ESCAPED_LITERAL.has(String.fromCharCode(lit.code))) set = [String.fromCharCode(lit.code)]
      } else next = i + 2
    } else if (c === '[') {
      next = skipClass(s, i)
      set = classSpellings(s.slice(i + 1, next - 1))
    } else if (c === '(') {
      next = skipGroup(s, i)
      const inner = groupBody(s, i, next)
      set = inner === undefined ? undefined : spellings(inner)
    } else if (!'.^$|?*+{}()[]'.includes(c) && c.charCodeAt(0) < 128) set = [c]
    let min = 1
    let max = 1
    const q = s[next]
    if (q === '?' || q === '*' || q === '+') {
      min = q === '+' ? 1 : 0
      max = q === '?' ? 1 : Infinity
      next++
    } else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(next, next + 24))
      if (!m) return [...out, { set: undefined, min: 1, max: 1 }]
      min = Number(m[1])
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
      next += m[0].length
      // Spelt only as one optional or required repeat; other counts end the stretch.
      if (!(min <= 1 && max === 1)) set = undefined
    }
    if (s[next] === '?' && q !== undefined && '?*+{'.includes(q)) next++ // lazy
    out.push({ set, min, max })
    i = next
  }
  return out
}

/** Every text a group body matches, when its alternatives are short sequences of spellable atoms. */
function spellings(body: string): string[] | undefined {
  const all: string[] = []
  for (const alt of topLevelBranches(body)) {
    let cur = ['']
    for (const atom of atoms(alt)) {
      if (atom.set === undefined || atom.max !== 1) return undefined
      const set = atom.min === 0 ? ['', ...atom.set] : atom.set
      cur = [...new Set(cur.flatMap((a) => set.map((b) => a + b)))]
      if (cur.length > MAX_SPELLINGS) return undefined
    }
    all.push(...cur)
    if (all.length > MAX_SPELLINGS) return undefined
  }
  return [...new Set(all)]
}

/**
 * The members of a small bracket class of plain characters (`[cm]`, `[jt]`, `[✗✘×]`); undefined
 * otherwise. A character from 128 up counts only when it has no other case, as the literal index
 * folds ASCII letters only.
 */
function classSpellings(body: string): string[] | undefined {
  const out: string[] = []
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!
    if (c === '\\') {
      const e = body[i + 1] ?? ''
      if (!/[.\-/\\[\]()*+?{}|^$]/.test(e)) return undefined
      c = e
      i++
    } else if (c === '^' || c === '-' || c === '[' || !isPlainClassMember(c)) return undefined
    out.push(c)
  }
  return out.length > 0 && out.length <= MAX_CLASS_SPELLINGS ? [...new Set(out)] : undefined
}

/** At most this many members of a class are spelt out. */
const MAX_CLASS_SPELLINGS = 6

/** ASCII, or a single UTF-16 unit from 128 up that no case folding maps to another. */
function isPlainClassMember(c: string): boolean {
  const code = c.charCodeAt(0)
  if (code < 128) return true
  if (code >= 0xd800 && code <= 0xdfff) return false
  return c.toLowerCase() === c && c.toUpperCase() === c
}

/** The literals of the first group in `branch` that every match goes through, if any. */
function requiredGroupLiterals(branch: string, min: number, expand = false): string[] | undefined {
  for (let i = 0; i < branch.length; i++) {
    const c = branch[i]
    if (c === '\\') i++
    else if (c === '[') i = skipClass(branch, i) - 1
    else if (c === '(') {
      const end = skipGroup(branch, i)
      const inner = groupBody(branch, i, end)
      const q = branch[end]
      const optional = q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(branch.slice(end, end + 3)))
      const found = inner === undefined || optional ? undefined : requiredLiterals(inner, min, expand)
      if (found) return found
      i = end - 1
    }
  }
  return undefined
}

/** The body of the group `s[start, end)`; undefined for a lookaround, which consumes nothing. */
function groupBody(s: string, start: number, end: number): string | undefined {
  if (s[start + 1] !== '?') return s.slice(start + 1, end - 1)
  if (s[start + 2] === ':') return s.slice(start + 3, end - 1)
  const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(s.slice(start, start + 200))
  return named ? s.slice(start + named[0].length, end - 1) : undefined
}

const EDGE = /^(?:\^|\\b)*|(?:\$|\\b)*$/g

function soleGroup(branch: string): string | undefined {
  const core = branch.replace(EDGE, '')
  if (!core.startsWith('(?:')) return undefined
  return skipGroup(core, 0) === core.length ? core.slice(3, -1) : undefined
}

function topLevelBranches(s: string): string[] {
  const branches: string[] = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      branches.push(s.slice(start, i))
      start = i + 1
    }
  }
  branches.push(s.slice(start))
  return branches
}

const ESCAPED_LITERAL = new Set([...'.()[]{}*+?^$|/\\-:\'"`<>!#%&,;=@~ '])
const HEX_ESCAPE = /^x([0-9a-fA-F]{2})/
const UNICODE_ESCAPE = /^u([0-9a-fA-F]{4})/

/**
 * About how many bits of surprise each lowercased ASCII character of a CI log carries (from
 * character counts over real job logs: blanks, digits and the commonest letters are cheap);
 * any other ASCII character 9.5, a character from 128 up RARE_BITS.
 */
const CHAR_BITS = new Float64Array(128).fill(9.5)
for (const [bits, chars] of [
  [4, ' 0123456789'],
  [5, 'etroinsa-:.'],
  [6, 'cdulp/mg'],
  [6.5, 'hzfb='],
  [8, 'kyvw#[]_x']
] as const) {
  for (const c of chars) CHAR_BITS[c.charCodeAt(0)] = bits
}
/** Characters from 128 up: rare in logs (a bullet, a cross, a box-drawing line). */
const RARE_BITS = 14

/** How unlikely `run` is to occur at a given place of a log line, in bits (see CHAR_BITS). */
function rarity(run: string): number {
  let bits = 0
  for (let i = 0; i < run.length; i++) {
    let c = run.charCodeAt(i)
    if (c >= 65 && c <= 90) c += 32
    bits += c < 128 ? CHAR_BITS[c]! : RARE_BITS
  }
  return bits
}

/** How unlikely any of `runs` is at a given place (their chances added up), in bits. */
function rarityOfAny(runs: readonly string[]): number {
  let p = 0
  for (const r of runs) p += 2 ** -rarity(r)
  return -Math.log2(p)
}

/**
 * The run of plain characters that every match of `s` contains: the longest (the first of
 * equals), or with `rarest` the rarest of those of at least `min` characters (the longest
 * when none is that long).
 */
function requiredRun(s: string, min: number, rarest: boolean): string {
  let best = ''
  let bestBits = -1
  let run = ''
  const flush = () => {
    if (rarest && run.length >= min) {
      const bits = rarity(run)
      if (best.length < min || bits > bestBits) {
        best = run
        bestBits = bits
      }
    } else if (run.length > best.length && (!rarest || best.length < min)) best = run
    run = ''
  }
  let i = 0
  while (i < s.length) {
    const c = s[i]
    let literal: string | undefined
    let next = i + 1
    if (c === '\\') {
      const e = s[i + 1] ?? ''
      const hex = e === 'x' ? HEX_ESCAPE.exec(s.slice(i + 1, i + 4)) : null
      const unicode = e === 'u' ? UNICODE_ESCAPE.exec(s.slice(i + 1, i + 6)) : null
      if (hex) {
        literal = String.fromCharCode(parseInt(hex[1], 16))
        next = i + 4
      } else if (unicode) {
        // Half of a surrogate pair is no text of its own (the index reads UTF-8): the run ends.
        const code = parseInt(unicode[1], 16)
        if (code < 0xd800 || code > 0xdfff) literal = String.fromCharCode(code)
        next = i + 6
      } else if (ESCAPED_LITERAL.has(e)) {
        literal = e
        next = i + 2
      } else {
        next = i + 2 // a class escape (\d, \s, \b, …): matches no fixed text
      }
    } else if (c === '(') {
      next = skipGroup(s, i)
    } else if (c === '[') {
      next = skipClass(s, i)
    } else if (
      c !== '.' &&
      c !== '^' &&
      c !== '$' &&
      c !== '?' &&
      c !== '*' &&
      c !== '+' &&
      c !== '{' &&
      c !== '}' &&
      c !== '|'
    ) {
      literal = c
    }
    const q = s[next]
    const optional = q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(s.slice(next, next + 3)))
    const repeated = q === '+' || q === '{'
    if (literal === undefined || optional) {
      flush()
    } else {
      run += literal
      if (repeated) flush()
    }
    i = next
    // Skip the quantifier itself (and a lazy `?` after it).
    if (q === '?' || q === '*' || q === '+') i++
    else if (q === '{') i = s.indexOf('}', i) + 1 || s.length
    if (s[i] === '?' && (q === '*' || q === '+' || q === '{')) i++
  }
  flush()
  return best
}

function skipGroup(s: string, i: number): number {
  let depth = 0
  let inClass = false
  for (let j = i; j < s.length; j++) {
    const c = s[j]
    if (c === '\\') {
      j++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return j + 1
  }
  return s.length
}

function skipClass(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++
    else if (s[j] === ']' && j > i + 1) return j + 1
  }
  return s.length
}

/**
 * For a regex anchored with `^` in every top-level alternative: the ASCII characters a line it
 * matches can start with, as a 128-entry table (1: possible). A line starting with any other
 * ASCII character cannot match, so the classifier skips the regex on one table lookup.
 * Characters from 128 up are always let through. Undefined when the regex is not anchored or
 * its start is beyond this simple reading (lookahead-only starts, back-references, flags
 * other than `i`): every line is then a candidate.
 */
export function firstChars(source: string, flags = ''): Uint8Array | undefined {
  // The first alternative starts the source: most regexes are not anchored, and need no more reading.
  if ((flags !== '' && flags !== 'i') || !source.startsWith('^')) return undefined
  const table = new Uint8Array(128)
  for (const branch of topLevelBranches(source)) {
    if (!branch.startsWith('^')) return undefined
    if (firstOfSequence(branch, 1, branch.length, table) !== 'consumes') return undefined
  }
  if (flags === 'i') {
    for (let c = 65; c <= 90; c++) table[c] = table[c + 32] = table[c] | table[c + 32]
  }
  return table
}

/**
 * Adds to `table` the characters the sequence `s[from, to)` can start with. 'consumes': every
 * match of it starts with one of them; 'nullable': it can match empty text, so what follows
 * it counts too; 'unknown': beyond this reading.
 */
function firstOfSequence(s: string, from: number, to: number, table: Uint8Array): 'consumes' | 'nullable' | 'unknown' {
  let i = from
  while (i < to) {
    const c = s[i]
    let atom: 'consumes' | 'nullable' | 'unknown' | 'zero' = 'consumes'
    let next = i + 1
    if (c === '\\') {
      const e = s[i + 1] ?? ''
      next = i + 2
      if (e === 'b' || e === 'B') atom = 'zero'
      else if (e === 'd' || e === 'w' || e === 's' || e === 'D' || e === 'W' || e === 'S') addClassEscape(e, table)
      else {
        const lit = escapedChar(s, i)
        if (lit === undefined) return 'unknown'
        addChar(lit.code, table)
        next = lit.next
      }
    } else if (c === '(') {
      next = skipGroup(s, i)
      const inner = groupBody(s, i, next)
      if (inner === undefined)
        atom = 'zero' // a lookaround consumes nothing; skipping it only lets more through
      else {
        atom = 'consumes'
        for (const alt of topLevelBranches(inner)) {
          const r = firstOfSequence(alt, 0, alt.length, table)
          if (r === 'unknown') return 'unknown'
          if (r === 'nullable') atom = 'nullable'
        }
      }
    } else if (c === '[') {
      next = skipClass(s, i)
      if (!addClass(s.slice(i + 1, next - 1), table)) return 'unknown'
    } else if (c === '.') {
      for (let k = 0; k < 128; k++) table[k] = 1
    } else if (c === '^') {
      atom = 'zero'
    } else if (
      c === '$' ||
      c === '|' ||
      c === ')' ||
      c === '*' ||
      c === '+' ||
      c === '?' ||
      c === '{' ||
      c === '}' ||
      c === ']'
    ) {
      return 'unknown'
    } else {
      addChar(c.charCodeAt(0), table)
    }
    // The quantifier, if any: a minimum of 0 makes the atom optional.
    let min = 1
    const q = s[next]
    if (q === '?' || q === '*') {
      min = 0
      next++
    } else if (q === '+') next++
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(next, next + 24))
      if (!m) return 'unknown'
      min = Number(m[1])
      next += m[0].length
    }
    if (s[next] === '?' && (q === '?' || q === '*' || q === '+' || q === '{')) next++ // lazy
    if (atom === 'consumes' && min > 0) return 'consumes'
    i = next
  }
  return 'nullable'
}

function addChar(code: number, table: Uint8Array): void {
  if (code < 128) table[code] = 1
}

const WORD = /\w/
const SPACE = /\s/
const DIGIT = /\d/

function addClassEscape(e: string, table: Uint8Array): void {
  const re = e === 'd' || e === 'D' ? DIGIT : e === 'w' || e === 'W' ? WORD : SPACE
  const negated = e === 'D' || e === 'W' || e === 'S'
  for (let k = 0; k < 128; k++) if (re.test(String.fromCharCode(k)) !== negated) table[k] = 1
}

/** A literal character escape at `s[i]` (`\.`, `\x60`, `\t`, …): its code and where it ends. */
function escapedChar(s: string, i: number): { code: number; next: number } | undefined {
  const e = s[i + 1] ?? ''
  const hex = /^x([0-9a-fA-F]{2})|^u([0-9a-fA-F]{4})/.exec(s.slice(i + 1, i + 6))
  if (hex) return { code: parseInt(hex[1] ?? hex[2], 16), next: i + 1 + hex[0].length }
  const control: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13 }
  if (e in control) return { code: control[e], next: i + 2 }
  // Letters and digits escape to something else (\c, \k, \p, back-references); the rest are themselves.
  if (e === '' || /[A-Za-z0-9]/.test(e)) return undefined
  return { code: e.charCodeAt(0), next: i + 2 }
}

/**
 * Adds the ASCII members of the bracket class with body `body` (between `[` and `]`); false when
 * the class is beyond this reading. A negated class adds every ASCII character it lets through.
 */
function addClass(body: string, table: Uint8Array): boolean {
  const negated = body.startsWith('^')
  if (negated) body = body.slice(1)
  if (body.length === 0) return false // `[]` and `[^]`
  const members = new Uint8Array(128)
  let i = 0
  let prev = -1
  while (i < body.length) {
    let code: number
    const escaped = body[i] === '\\'
    if (escaped) {
      const e = body[i + 1] ?? ''
      if (e === 'd' || e === 'w' || e === 's' || e === 'D' || e === 'W' || e === 'S') {
        addClassEscape(e, members)
        i += 2
        prev = -1
        continue
      }
      if (e === 'b') return false // backspace inside a class: rare enough to leave alone
      const lit = escapedChar(body, i)
      if (lit === undefined) return false
      code = lit.code
      i = lit.next
    } else {
      code = body.charCodeAt(i)
      i++
    }
    if (code === 0x2d && !escaped && prev >= 0 && i < body.length) {
      // A range `prev-x`: read x and add everything in between.
      let hi: number
      if (body[i] === '\\') {
        const lit = escapedChar(body, i)
        if (lit === undefined) return false
        hi = lit.code
        i = lit.next
      } else hi = body.charCodeAt(i++)
      if (hi < prev) return false
      for (let k = prev; k <= hi && k < 128; k++) members[k] = 1
      prev = -1
      continue
    }
    if (code < 128) members[code] = 1
    prev = code
  }
  for (let k = 0; k < 128; k++) if ((members[k] === 1) !== negated) table[k] = 1
  return true
}

const BLANK_PREFIX = /^\^(?:\\s|[ \t])(?:[*+]|\{\d+(?:,\d*)?\})\??/

/**
 * For a regex every top-level alternative of which is anchored with `^`: the ASCII characters
 * the first non-blank character of a line it matches can be (a line's blanks being ASCII white
 * space), as a 128-entry table. It reads past a leading `\s*`, `\s+` or ` *` (`^\s*● \S`), which
 * `firstChars` cannot gate. A line whose first non-blank character is ASCII and not in the
 * table cannot match. Undefined when an alternative could start its match with white space
 * after its blanks, or is beyond `firstChars`' reading.
 */
export function firstNonBlankChars(source: string, flags = ''): Uint8Array | undefined {
  if (!source.startsWith('^')) return undefined
  const rest = topLevelBranches(source).map((b) => b.replace(BLANK_PREFIX, '^'))
  const table = firstChars(rest.join('|'), flags)
  if (!table) return undefined
  for (let c = 0; c < 128; c++) if (table[c] === 1 && isAsciiBlank(c)) return undefined
  return table
}

/** The characters that `firstNonBlankChars` reads past (what `\s` matches below 128). */
export function isAsciiBlank(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d)
}

/**
 * For a regex every top-level alternative of which ends with `$` after a character, escape or
 * class that must match at least once (`\)$`, `_{3,}$`, `[\w-]+$`): the ASCII characters the
 * last character of a line it matches can be, as a 128-entry table (characters from 128 up are
 * always let through). Undefined when some alternative ends otherwise (a group, `.`, an
 * optional atom, a word boundary) or flags other than `i` are set.
 */
export function lastChars(source: string, flags = ''): Uint8Array | undefined {
  // The last alternative ends the source.
  if ((flags !== '' && flags !== 'i') || !source.endsWith('$')) return undefined
  const table = new Uint8Array(128)
  for (const branch of topLevelBranches(source)) {
    if (!branch.endsWith('$') || branch.endsWith('\\$')) return undefined
    const atom = lastAtom(branch.slice(0, -1))
    if (!atom || atom.min === 0) return undefined
    const s = atom.text
    if (s === '.' || s === '^' || s === '$' || s.startsWith('(')) return undefined
    if (s.startsWith('[')) {
      if (!addClass(s.slice(1, -1), table)) return undefined
    } else if (s.startsWith('\\')) {
      const e = s[1] ?? ''
      if (e === 'd' || e === 'w' || e === 's' || e === 'D' || e === 'W' || e === 'S') addClassEscape(e, table)
      else {
        const lit = escapedChar(s, 0)
        if (lit === undefined) return undefined
        addChar(lit.code, table)
      }
    } else if (/^[*+?{}|)\]]$/.test(s)) return undefined
    else addChar(s.charCodeAt(0), table)
  }
  if (flags === 'i') {
    for (let c = 65; c <= 90; c++) table[c] = table[c + 32] = table[c] | table[c + 32]
  }
  return table
}

/** The last atom of `s` (a character, escape, class or group, without its quantifier) and its minimum count. */
function lastAtom(s: string): { text: string; min: number } | undefined {
  let last: { text: string; min: number } | undefined
  let i = 0
  while (i < s.length) {
    const c = s[i]
    let next = i + 1
    if (c === '\\') {
      const lit = escapedChar(s, i)
      next = lit ? lit.next : i + 2
    } else if (c === '(') next = skipGroup(s, i)
    else if (c === '[') next = skipClass(s, i)
    const text = s.slice(i, next)
    let min = 1
    const q = s[next]
    if (q === '?' || q === '*') {
      min = 0
      next++
    } else if (q === '+') next++
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(next, next + 24))
      if (!m) return undefined
      min = Number(m[1])
      next += m[0].length
    }
    if (s[next] === '?' && (q === '?' || q === '*' || q === '+' || q === '{')) next++ // lazy
    last = { text, min }
    i = next
  }
  return last
}
