import { isCheckConfig, isCiScript, isRust } from './file-kinds.js'
import type { GuardViolation } from './types.js'
import type { DiffLine, FileDiff } from './unified-diff.js'

const SEVERITY = /\b(forbid|deny|error|warn|warning|allow|off|ignore)\b/g
const STRENGTH: Record<string, number> = {
  forbid: 3,
  deny: 2,
  error: 2,
  warn: 1,
  warning: 1,
  allow: 0,
  off: 0,
  ignore: 0
}
const NUMBER = /\d+(?:\.\d+)?/g
/** Keys where a larger number lets more through. */
const UPPER_BOUND = /(?:max|limit|complexity|length|\blen\b|warnings|timeout|budget|allowed|tolerance)[^\d]*$/i
/** Keys where a smaller number lets more through. */
const LOWER_BOUND =
  /(?:min|threshold|fail.?under|coverage|\blines|branches|functions|statements|percent|\bcov\b)[^\d]*$/i

/** A line with its numbers and severity words blanked: two lines of one shape differ only in those. */
function shape(text: string): string {
  return text.replace(NUMBER, '#').replace(SEVERITY, '~').replace(/\s+/g, ' ').trim()
}

function looser(r: DiffLine, a: DiffLine, severity: boolean, thresholds: boolean): string | undefined {
  if (thresholds) {
    const rn = [...r.text.matchAll(NUMBER)]
    const an = [...a.text.matchAll(NUMBER)]
    if (rn.length === an.length) {
      for (let i = 0; i < rn.length; i++) {
        const before = Number(rn[i]![0])
        const after = Number(an[i]![0])
        if (before === after) continue
        const key = r.text.slice(0, rn[i]!.index)
        if (UPPER_BOUND.test(key) && after > before) return `raises a limit from ${before} to ${after}`
        if (LOWER_BOUND.test(key) && after < before) return `lowers a threshold from ${before} to ${after}`
      }
    }
  }
  if (severity) {
    const rs = [...r.text.matchAll(SEVERITY)].map((m) => m[1]!)
    const as = [...a.text.matchAll(SEVERITY)].map((m) => m[1]!)
    if (rs.length === as.length) {
      for (let i = 0; i < rs.length; i++) {
        if (STRENGTH[as[i]!]! < STRENGTH[rs[i]!]!) return `turns "${rs[i]}" into "${as[i]}"`
      }
    }
  }
  return undefined
}

/**
 * Lines changed in place to let more through: a coverage or warning threshold moved the lenient
 * way, a lint level lowered (`error` → `warn`, `#![deny(…)]` → `#![warn(…)]`). Looked for in the
 * files that configure checks and, for lint levels, in Rust attributes.
 */
export function looseningPairs(f: FileDiff): GuardViolation[] {
  const config = isCheckConfig(f.path) || isCiScript(f.path)
  const rust = isRust(f.path)
  if (!config && !rust) return []
  const removed = f.lines.filter((l) => l.side === 'removed')
  const added = f.lines.filter((l) => l.side === 'added')
  const used = new Set<DiffLine>()
  const out: GuardViolation[] = []
  for (const r of removed) {
    if (rust && !config && !/#!?\[/.test(r.text)) continue
    const s = shape(r.text)
    const a = added.find((x) => !used.has(x) && shape(x.text) === s)
    if (!a) continue
    used.add(a)
    const why = looser(r, a, true, config)
    if (why) out.push({ file: f.path, line: a.line, side: 'added', text: a.text, rule: 'check-loosened', reason: why })
  }
  return out
}

const STRICT =
  /-D\s*warnings\b|--deny[= ](?:warnings|clippy::\S+)|#!?\[\s*(?:deny|forbid)\s*\(|--max-warnings[= ]0\b|--check\b|--strict\b|--frozen\b|--locked\b|--error-on-warnings\b|--deny-warnings\b|-Werror\b|--warnings-as-errors\b|--cov-fail-under\b|--fail-under\b|\bfail_under\b|"strict"\s*:\s*true|\bset\s+-[a-z]*e[a-z]*\b|\bpipefail\b/g

/** Strictness a file had and no longer has: `-D warnings`, `--check`, `#![deny(…)]`, `set -e`, … */
export function strictnessRemoved(f: FileDiff): GuardViolation[] {
  if (/\.(?:md|markdown|rst|txt|adoc)$/i.test(f.path)) return []
  const addedTokens: string[] = []
  for (const l of f.lines)
    if (l.side === 'added') for (const m of l.text.matchAll(STRICT)) addedTokens.push(m[0].replace(/\s+/g, ' '))
  const out: GuardViolation[] = []
  for (const l of f.lines) {
    if (l.side !== 'removed') continue
    for (const m of l.text.matchAll(STRICT)) {
      const t = m[0].replace(/\s+/g, ' ')
      const i = addedTokens.indexOf(t)
      if (i >= 0) {
        addedTokens.splice(i, 1)
        continue
      }
      out.push({
        file: f.path,
        line: l.line,
        side: 'removed',
        text: l.text,
        rule: 'strictness-removed',
        reason: `removes "${t}" from how the check runs`
      })
      break
    }
  }
  return out
}
