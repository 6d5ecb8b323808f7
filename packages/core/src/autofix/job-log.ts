import { existsSync, statSync } from 'node:fs'
import { isAbsolute, join, normalize } from 'node:path'
import { stripAnsi } from '../diagnosis/index.js'

/** What the engine reads from a failing job's log: the failing command and its output. */
export interface JobLog {
  /** True when the log is a GitHub Actions job log (steps, groups, timestamps). */
  gha: boolean
  /** The failing `run:` step's script, when the log shows it (a raw tool output does not). */
  command?: string
  /** The exit code the runner reported for the failing step. */
  exitCode?: number
  /** The failing step's output (the whole text for a raw log), without timestamps or colour. */
  lines: string[]
}

const TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z ?/
const EXIT = /^##\[error\]Process completed with exit code (\d+)\.?\s*$/
const RUN_GROUP = /^##\[group\]Run (.*)$/

function clean(raw: string): string {
  return stripAnsi(raw.replace(TIMESTAMP, '')).replace(/\r$/, '')
}

/**
 * Reads a log: a GitHub Actions job log is cut to the step that failed (the last `Run …` group
 * before `##[error]Process completed with exit code N.`), whose script is the failing command;
 * any other text is taken whole as the tool's own output, with no command.
 */
export function readJobLog(text: string): JobLog {
  const lines = text.split('\n').map(clean)
  let exitAt = -1
  for (let i = lines.length - 1; i >= 0; i--) {
    if (EXIT.test(lines[i]!)) {
      exitAt = i
      break
    }
  }
  const gha = lines.some((l) => l.startsWith('##[group]')) || exitAt >= 0
  if (!gha) return { gha, lines: lines.map(stripWorkflowCommand) }
  const end = exitAt >= 0 ? exitAt : lines.length
  let start = -1
  for (let i = end - 1; i >= 0; i--) {
    if (RUN_GROUP.test(lines[i]!)) {
      start = i
      break
    }
  }
  if (start < 0) return { gha, lines: lines.slice(0, end).map(stripWorkflowCommand) }
  // The group shows the script's lines, then `shell:` and `env:`; the step's output follows `##[endgroup]`.
  const script: string[] = []
  let i = start + 1
  let sawShell = false
  for (; i < end && lines[i] !== '##[endgroup]'; i++) {
    if (/^shell: /.test(lines[i]!)) sawShell = true
    if (!sawShell) script.push(lines[i]!)
  }
  const out = lines.slice(Math.min(i + 1, end), end).map(stripWorkflowCommand)
  const exitCode = exitAt >= 0 ? Number(EXIT.exec(lines[exitAt]!)![1]) : undefined
  // A `uses:` step shows `with:` inputs, not a script: no command to re-run.
  const command = sawShell ? script.join('\n').trim() : undefined
  return { gha, lines: out, ...(command ? { command } : {}), ...(exitCode !== undefined ? { exitCode } : {}) }
}

function stripWorkflowCommand(l: string): string {
  return l.replace(/^##\[(?:error|warning|notice|debug)\]/, '')
}

/**
 * The repository-relative path a log names: relative paths as they are, absolute ones (the
 * runner's `/home/runner/work/repo/repo/src/a.rs`) by the longest tail that exists in `root`.
 */
export function repoPath(root: string, p: string): string | undefined {
  const trimmed = p.trim().replace(/^\.\//, '')
  if (trimmed === '') return undefined
  if (!isAbsolute(trimmed)) {
    const n = normalize(trimmed)
    return !n.startsWith('..') && isFile(join(root, n)) ? n : undefined
  }
  if (trimmed.startsWith(root.endsWith('/') ? root : `${root}/`)) {
    const rel = trimmed.slice(root.length).replace(/^\/+/, '')
    return isFile(join(root, rel)) ? rel : undefined
  }
  const parts = trimmed.split('/').filter(Boolean)
  for (let i = 1; i < parts.length; i++) {
    const rel = parts.slice(i).join('/')
    if (isFile(join(root, rel))) return rel
  }
  return undefined
}

function isFile(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isFile()
  } catch {
    return false
  }
}
