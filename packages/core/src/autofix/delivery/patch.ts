/**
 * A fix as a patch: split per file, workflow files taken out, and checked against the guard
 * and the limits before anything is committed or pushed. The same check runs on the engine's
 * own commit and on a patch handed over by an unprivileged job, which is not trusted at all.
 */
import {
  checkDiff,
  formatViolations,
  parseUnifiedDiff,
  type GuardContext,
  type GuardViolation
} from '../guard/index.js'
import { isWorkflowFile, matchesAny } from './paths.js'

export interface PatchLimits {
  /** Most files a fix may change (default 25). */
  maxFiles: number
  /** Most lines (added + removed) a fix may change (default 500). */
  maxLines: number
  /** Globs of paths no fix may touch. */
  protectedPaths: readonly string[]
}

export const DEFAULT_LIMITS: PatchLimits = { maxFiles: 25, maxLines: 500, protectedPaths: [] }

/** One file's part of a patch, as git wrote it. */
export interface PatchSection {
  path: string
  /** Every path the section names (old and new), for the path rules. */
  paths: string[]
  text: string
  binary: boolean
  linesChanged: number
}

/** Splits a `git diff` into its per-file sections; text before the first section is dropped. */
export function splitPatch(patch: string): PatchSection[] {
  const sections = patch.split(/^(?=diff --git )/m).filter((s) => s.startsWith('diff --git '))
  return sections.map((text) => {
    const [f] = parseUnifiedDiff(text)
    const header = /^diff --git a\/(.+?) b\/(.+)$/m.exec(text)
    const path = f?.path ?? header?.[2] ?? ''
    const paths = [...new Set([f?.oldPath, f?.newPath, header?.[1], header?.[2]].filter((p): p is string => !!p))]
    const binary = f?.binary === true || /^GIT binary patch$|^Binary files /m.test(text)
    return { path, paths, text, binary, linesChanged: f?.lines.length ?? 0 }
  })
}

/** The patch without sections under `.github/workflows/`, and the paths left out. */
export function withoutWorkflowFiles(patch: string): { patch: string; leftOut: string[] } {
  const kept: string[] = []
  const leftOut: string[] = []
  for (const s of splitPatch(patch)) {
    if (s.paths.some(isWorkflowFile)) leftOut.push(s.path)
    else kept.push(s.text)
  }
  return { patch: kept.join(''), leftOut }
}

export interface PatchRefusal {
  rule: 'guard' | 'max-files' | 'max-lines' | 'protected-path' | 'workflow-file' | 'binary' | 'empty'
  /** One line for a person. */
  message: string
  violations?: GuardViolation[]
}

export type PatchCheck =
  | { ok: true; files: string[]; filesChanged: number; linesChanged: number }
  | { ok: false; refusals: PatchRefusal[]; filesChanged: number; linesChanged: number }

/**
 * Checks a patch before it is committed: not empty, no workflow file, no binary file, no
 * protected path, within the limits, and nothing the anti-suppression guard refuses. Every
 * refusal is reported, not only the first. `guardContext` is for the engine's own commit (an
 * obsolete snapshot it removed); a patch from another job gets none.
 */
export function checkPatch(
  patch: string,
  limits: PatchLimits = DEFAULT_LIMITS,
  guardContext: GuardContext = {}
): PatchCheck {
  const sections = splitPatch(patch)
  const filesChanged = sections.length
  const linesChanged = sections.reduce((n, s) => n + s.linesChanged, 0)
  const refusals: PatchRefusal[] = []
  if (sections.length === 0) refusals.push({ rule: 'empty', message: 'the patch changes nothing' })
  const workflow = sections.filter((s) => s.paths.some(isWorkflowFile)).map((s) => s.path)
  if (workflow.length)
    refusals.push({
      rule: 'workflow-file',
      message: `changes workflow files (${workflow.join(', ')}): a fix never changes .github/workflows/`
    })
  const binary = sections.filter((s) => s.binary).map((s) => s.path)
  if (binary.length)
    refusals.push({ rule: 'binary', message: `changes binary files (${binary.join(', ')}), which cannot be reviewed` })
  const guarded = sections.filter((s) => s.paths.some((p) => matchesAny(p, limits.protectedPaths))).map((s) => s.path)
  if (guarded.length)
    refusals.push({ rule: 'protected-path', message: `changes protected paths: ${guarded.join(', ')}` })
  if (filesChanged > limits.maxFiles)
    refusals.push({
      rule: 'max-files',
      message: `changes ${filesChanged} files, more than the limit of ${limits.maxFiles}`
    })
  if (linesChanged > limits.maxLines)
    refusals.push({
      rule: 'max-lines',
      message: `changes ${linesChanged} lines, more than the limit of ${limits.maxLines}`
    })
  const guard = checkDiff(patch, guardContext)
  if (!guard.ok)
    refusals.push({
      rule: 'guard',
      message: `silences a check instead of fixing it:\n${formatViolations(guard.violations)}`,
      violations: guard.violations
    })
  if (refusals.length) return { ok: false, refusals, filesChanged, linesChanged }
  return { ok: true, files: sections.map((s) => s.path), filesChanged, linesChanged }
}

/** Added and removed lines per file, for the pull request body. */
export function diffSummary(patch: string): Array<{ path: string; added: number; removed: number }> {
  return parseUnifiedDiff(patch).map((f) => ({
    path: f.path,
    added: f.lines.filter((l) => l.side === 'added').length,
    removed: f.lines.filter((l) => l.side === 'removed').length
  }))
}
