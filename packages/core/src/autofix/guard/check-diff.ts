import { isCheckConfig, isSnapshotFile } from './file-kinds.js'
import { LINE_RULES, type LineRule } from './line-rules.js'
import { ASSERTION, TEST_DECLARATION, countMatches } from './test-markers.js'
import { looseningPairs, strictnessRemoved } from './loosening.js'
import type { GuardContext, GuardResult, GuardViolation } from './types.js'
import { parseUnifiedDiff, type DiffLine, type FileDiff } from './unified-diff.js'

/** A line a license header fix may add or drop anywhere, config files included. */
const HEADER_ONLY = /SPDX-|^[ \t]*$|^[ \t]*(?:#|\/\/|\/\*|\*\/|\*|<!--|-->|;;?|--|%|\{-|-\}|'|REM)[ \t]*$/
const SPDX_HEADER = /SPDX-(?:License-Identifier|FileCopyrightText|FileContributor|SnippetCopyrightText)/
const SNAPSHOT_KEY = /exports\[`((?:[^`\\]|\\.)*)`\]/g

/** A line that is (the start or body of) a comment in one of the header styles. */
const COMMENT_LINE = /^[ \t]*(?:#|\/\/|\/\*|\*|<!--|;|--|%|\{-|'|REM\b|\.\.)/

/** Text of a comment line without its markers, for "did the header fix keep this text". */
function commentText(line: string): string {
  return line
    .replace(/^[\s#/*;!<>%'-]*/, '')
    .replace(/\s*(?:\*\/|-->)?\s*$/, '')
    .trim()
}

function violation(f: FileDiff, l: DiffLine, rule: string, reason: string): GuardViolation {
  return { file: f.path, line: l.line, side: l.side, text: l.text, rule, reason }
}

/**
 * Suppression patterns that are new in this file: a pattern's matches on added lines beyond the
 * same matches on removed lines (a formatter that re-indents an existing `// eslint-disable-line`
 * adds nothing new).
 */
function newSuppressions(f: FileDiff): GuardViolation[] {
  const out: GuardViolation[] = []
  const rules = LINE_RULES.filter((r) => !r.applies || r.applies(f.path))
  const removed = new Map<LineRule, string[]>()
  for (const l of f.lines) {
    if (l.side !== 'removed') continue
    for (const r of rules) {
      const m = r.pattern.exec(l.text)
      if (m) removed.set(r, [...(removed.get(r) ?? []), m[0].trim()])
    }
  }
  for (const l of f.lines) {
    if (l.side !== 'added') continue
    for (const r of rules) {
      const m = r.pattern.exec(l.text)
      if (!m) continue
      const pool = removed.get(r)
      const i = pool ? pool.indexOf(m[0].trim()) : -1
      if (pool && i >= 0) {
        pool.splice(i, 1)
        continue
      }
      out.push(violation(f, l, r.id, r.reason))
      break
    }
  }
  return out
}

/** Fewer tests or assertions in a file than before: the removed ones whose text did not come back. */
function fewerOf(f: FileDiff, patterns: readonly RegExp[], rule: string, reason: string): GuardViolation[] {
  let added = 0
  let removed = 0
  const addedText = new Set<string>()
  const removedLines: DiffLine[] = []
  for (const l of f.lines) {
    const n = countMatches(patterns, l.text)
    if (l.side === 'added') {
      added += n
      if (n > 0) addedText.add(l.text.replace(/\s+/g, ''))
    } else if (n > 0) {
      removed += n
      removedLines.push(l)
    }
  }
  if (removed <= added) return []
  const gone = removedLines.filter((l) => !addedText.has(l.text.replace(/\s+/g, '')))
  const blame = gone.length > 0 ? gone : removedLines.slice(0, 1)
  return blame.map((l) => violation(f, l, rule, reason))
}

function snapshotKeys(lines: DiffLine[], side: DiffLine['side']): Map<string, DiffLine> {
  const keys = new Map<string, DiffLine>()
  for (const l of lines) {
    if (l.side !== side) continue
    SNAPSHOT_KEY.lastIndex = 0
    for (let m = SNAPSHOT_KEY.exec(l.text); m !== null; m = SNAPSHOT_KEY.exec(l.text)) keys.set(m[1]!, l)
  }
  return keys
}

function snapshotViolations(f: FileDiff, allow: readonly string[]): GuardViolation[] {
  if (allow.includes(f.path)) return []
  const removed = snapshotKeys(f.lines, 'removed')
  const added = snapshotKeys(f.lines, 'added')
  const out: GuardViolation[] = []
  for (const [key, l] of removed) {
    if (added.has(key) || allow.includes(key) || allow.includes(`${f.path}::${key}`)) continue
    out.push(violation(f, l, 'snapshot-deleted', `deletes the snapshot "${key}" instead of updating it`))
  }
  // A whole snapshot file going away is only an update when every entry in it was obsolete;
  // a file without entries this guard can read (insta's) is never deleted by an update.
  if (f.status === 'deleted' && removed.size === 0)
    out.push({
      file: f.path,
      line: 0,
      side: 'file',
      text: '',
      rule: 'snapshot-deleted',
      reason: 'deletes a snapshot file'
    })
  return out
}

function headerTextLost(f: FileDiff): GuardViolation[] {
  const added = f.lines.filter((l) => l.side === 'added')
  if (!added.some((l) => SPDX_HEADER.test(l.text))) return []
  const kept = new Set(added.map((l) => commentText(l.text)))
  // Only comment lines can be header text: code a formatter rewrapped in the same diff is not.
  return f.lines
    .filter(
      (l) =>
        l.side === 'removed' &&
        COMMENT_LINE.test(l.text) &&
        /[\p{L}\p{N}]/u.test(l.text) &&
        !kept.has(commentText(l.text))
    )
    .map((l) => violation(f, l, 'header-text-lost', 'the license header fix drops text that was in the file'))
}

function configViolations(f: FileDiff, ctx: GuardContext): GuardViolation[] {
  if (!isCheckConfig(f.path) || ctx.allowConfigChange?.includes(f.path)) return []
  return f.lines
    .filter((l) => !HEADER_ONLY.test(l.text))
    .map((l) =>
      violation(
        f,
        l,
        'config-changed',
        'changes the configuration of a check (lint, format, type, test, coverage, audit, license or CI)'
      )
    )
}

function fileLevel(f: FileDiff, ctx: GuardContext): GuardViolation[] {
  const whole = (rule: string, reason: string): GuardViolation => ({
    file: f.path,
    line: 0,
    side: 'file',
    text: '',
    rule,
    reason
  })
  const allowed = ctx.allowDeletedFiles?.includes(f.oldPath ?? f.path) === true
  if (f.status === 'deleted' && !allowed && !isSnapshotFile(f.path)) return [whole('file-deleted', 'deletes the file')]
  if (f.status === 'renamed' && !allowed) {
    return [{ ...whole('file-deleted', `moves the file away to ${f.newPath}`), file: f.oldPath ?? f.path }]
  }
  if (f.emptied) return [whole('file-emptied', 'empties the file')]
  return []
}

/**
 * Checks a fix's unified diff for changes that silence a check instead of fixing what it found:
 * suppression comments and attributes, skipped or deleted tests and assertions, deleted snapshots
 * and files, loosened lint, test, coverage or CI configuration, and license header fixes that lose
 * text. Each violation names the file, the line (new-file numbering for added lines, old-file
 * numbering for removed ones) and the rule.
 */
export function checkDiff(diff: string, context: GuardContext = {}): GuardResult {
  const violations: GuardViolation[] = []
  for (const f of parseUnifiedDiff(diff)) {
    violations.push(...fileLevel(f, context))
    violations.push(...newSuppressions(f))
    if (isSnapshotFile(f.path)) violations.push(...snapshotViolations(f, context.allowSnapshotUpdate ?? []))
    violations.push(
      ...fewerOf(f, TEST_DECLARATION, 'test-removed', 'removes a test'),
      ...fewerOf(f, ASSERTION, 'assertion-removed', 'removes an assertion')
    )
    violations.push(...headerTextLost(f))
    const cfg = configViolations(f, context)
    // Name the precise loosening where one is seen; the rest of a config change stays "config-changed".
    const precise = looseningPairs(f)
    const preciseLines = new Set(precise.map((v) => `${v.side}:${v.line}`))
    violations.push(...precise, ...cfg.filter((v) => !preciseLines.has(`${v.side}:${v.line}`)))
    violations.push(...strictnessRemoved(f))
  }
  return violations.length === 0 ? { ok: true } : { ok: false, violations: dedupe(violations) }
}

function dedupe(vs: GuardViolation[]): GuardViolation[] {
  const seen = new Set<string>()
  return vs.filter((v) => {
    const k = `${v.file}\0${v.side}\0${v.line}\0${v.rule}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
