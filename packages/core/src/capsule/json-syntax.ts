/** Where and why a JSON text is malformed. */
export interface JsonSyntaxProblem {
  /** UTF-16 offset of the first character that cannot be accepted (text length when cut off). */
  offset: number
  reason: string
  /** True when the text is a valid beginning of a JSON value that simply stops: a cut-off file. */
  truncated: boolean
}

const MAX_DEPTH = 512

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string
  ) {
    super(reason)
  }
}

/**
 * Finds the first syntax error of `text` per RFC 8259, or undefined when it is valid JSON.
 * JSON.parse's messages differ between Node versions and do not say whether a file was cut
 * off, which is the one distinction a capsule loader needs (`capsule.truncated` vs `capsule.parse`).
 * With `duplicateKeys`, an object naming one key twice is a problem too: JSON.parse keeps the
 * last value, so a signed text could be read differently by another parser (RFC 8259 §4 leaves
 * it open); a capsule refuses it.
 */
export function findJsonSyntaxError(
  text: string,
  options: { duplicateKeys?: boolean } = {}
): JsonSyntaxProblem | undefined {
  const dupes = options.duplicateKeys === true
  let i = 0
  const n = text.length
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
  }
  const need = (what: string): never => {
    throw new Stop(i, i >= n ? 'unexpected end' : `expected ${what}, found ${JSON.stringify(text[i])}`)
  }
  const literal = (word: string): void => {
    for (const ch of word) {
      if (i >= n) need(word)
      if (text[i] !== ch) need(word)
      i++
    }
  }
  const digits = (): void => {
    if (i >= n || text[i]! < '0' || text[i]! > '9') need('a digit')
    while (i < n && text[i]! >= '0' && text[i]! <= '9') i++
  }
  const number = (): void => {
    if (text[i] === '-') i++
    if (text[i] === '0') i++
    else digits()
    if (text[i] === '.') {
      i++
      digits()
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      digits()
    }
  }
  const string = (): void => {
    i++ // opening quote
    for (;;) {
      if (i >= n) need('"')
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i++
        return
      }
      if (c < 0x20) need('a character (control characters must be escaped)')
      if (c === 0x5c) {
        i++
        if (i >= n) need('an escape')
        const e = text[i]!
        if ('"\\/bfnrt'.includes(e)) i++
        else if (e === 'u') {
          i++
          for (let k = 0; k < 4; k++) {
            if (i >= n) need('a hex digit')
            if (!/[0-9a-fA-F]/.test(text[i]!)) need('a hex digit')
            i++
          }
        } else need('an escape character')
      } else i++
    }
  }
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new Stop(i, `nesting deeper than ${MAX_DEPTH}`)
    ws()
    if (i >= n) need('a value')
    const c = text[i]
    if (c === '{') {
      i++
      ws()
      if (text[i] === '}') {
        i++
        return
      }
      const keys = dupes ? new Set<string>() : undefined
      for (;;) {
        ws()
        if (text[i] !== '"') need('a property name')
        const at = i
        string()
        if (keys) {
          const key = JSON.parse(text.slice(at, i)) as string
          if (keys.has(key)) throw new Stop(at, `duplicate key ${JSON.stringify(key)}`)
          keys.add(key)
        }
        ws()
        if (text[i] !== ':') need('":"')
        i++
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return
        }
        need('"," or "}"')
      }
    } else if (c === '[') {
      i++
      ws()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return
        }
        need('"," or "]"')
      }
    } else if (c === '"') string()
    else if (c === 't') literal('true')
    else if (c === 'f') literal('false')
    else if (c === 'n') literal('null')
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number()
    else need('a value')
  }
  try {
    value(0)
    ws()
    if (i < n) throw new Stop(i, `unexpected ${JSON.stringify(text[i])} after the end of the JSON value`)
    return undefined
  } catch (e) {
    if (!(e instanceof Stop)) throw e
    return { offset: e.offset, reason: e.reason, truncated: e.offset >= n }
  }
}
