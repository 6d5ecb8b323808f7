/**
 * Literal text a regex cannot match without: for each top-level alternative, the longest run
 * of plain characters that every match must contain, lowercased. A line that contains none of
 * them cannot match, so the classifier skips the regex with a cheap `includes`. Returns
 * undefined when some alternative has no run of at least `min` characters (no safe hint).
 */
export function requiredLiterals(source: string, min = 3): string[] | undefined {
  const out: string[] = []
  for (const branch of topLevelBranches(source)) {
    // A branch that is one plain group, `\b(?:a|b)\b`, is as many branches as the group has.
    const inner = soleGroup(branch)
    if (inner !== undefined) {
      const nested = requiredLiterals(inner, min)
      if (nested === undefined) return undefined
      out.push(...nested)
      continue
    }
    const best = longestRequiredRun(branch)
    if (best.length < min) return undefined
    out.push(best.toLowerCase())
  }
  return out.length > 0 ? out : undefined
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

function longestRequiredRun(s: string): string {
  let best = ''
  let run = ''
  const flush = () => {
    if (run.length > best.length) best = run
    run = ''
  }
  let i = 0
  while (i < s.length) {
    const c = s[i]
    let literal: string | undefined
    let next = i + 1
    if (c === '\\') {
      const e = s[i + 1] ?? ''
      const hex = HEX_ESCAPE.exec(s.slice(i + 1, i + 4))
      if (hex) {
        literal = String.fromCharCode(parseInt(hex[1], 16))
        next = i + 4
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
    } else if (c !== '.' && c !== '^' && c !== '$' && c !== '?' && c !== '*' && c !== '+' && c !== '{' && c !== '}' && c !== '|') {
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
