/**
 * Rejects regex sources that can backtrack catastrophically on one line: a quantified group
 * that itself contains a quantifier (`(a+)+`, `(\w*x)*`) or an alternation (`(a|ab)+`), and
 * backreferences. A conservative syntactic check: it may refuse a safe regex, never the
 * reverse for the shapes above. Returns the reason, or undefined when the source is acceptable.
 */
export function unsafeRegexReason(source: string): string | undefined {
  // For each open group: did it contain a quantifier (directly or in a nested group)?
  const stack: boolean[] = []
  // For each open group: did it contain an alternation (`(a|ab)+` backtracks as badly)?
  const alt: boolean[] = []
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      const next = source[i + 1] ?? ''
      if (!inClass && /[1-9]/.test(next)) return 'backreferences are not allowed'
      if (!inClass && next === 'k' && source[i + 2] === '<') return 'backreferences are not allowed'
      i++
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      continue
    }
    if (c === '[') {
      inClass = true
      continue
    }
    if (c === '(') {
      stack.push(false)
      alt.push(false)
      continue
    }
    if (c === '|' && alt.length > 0) {
      alt[alt.length - 1] = true
      continue
    }
    if (c === ')') {
      const hadQuantifier = stack.pop() ?? false
      const hadAlternation = alt.pop() ?? false
      const q = quantifierAt(source, i + 1)
      if (q && hadQuantifier) return 'a repeated group contains a quantifier (nested quantifiers backtrack)'
      if (q && hadAlternation) return 'a repeated group contains an alternation (use a character class)'
      if (stack.length > 0 && (hadQuantifier || q)) stack[stack.length - 1] = true
      continue
    }
    if (quantifierAt(source, i) && stack.length > 0) stack[stack.length - 1] = true
  }
  return undefined
}

/** True when a variable-count quantifier (`*`, `+`, `{n,}`, `{n,m}` with m > n) starts at i. */
function quantifierAt(s: string, i: number): boolean {
  const c = s[i]
  if (c === '*' || c === '+') return true
  if (c !== '{') return false
  const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i, i + 16))
  if (!m) return false
  // An exact count `{n}` cannot match the same text two ways; only ranges can.
  if (m[2] === undefined) return false
  return m[3] === '' || Number(m[3]) > Number(m[1])
}
