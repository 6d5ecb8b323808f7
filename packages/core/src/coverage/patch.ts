import { ConfigurationError } from '../errors.js'
import type { Counts } from './file-record.js'
import type { FileCoverage } from './file-coverage.js'
import { percent } from './metrics.js'

/** Runs `git <args>` in the repository and returns stdout; throws with git's message on failure. */
export type GitRun = (args: string[]) => Promise<string>

/** Lines a change added or modified, per repository path. */
export type ChangedLines = Map<string, Set<number>>

export interface ChangeSet {
  base: string
  mergeBase: string
  head: string
  lines: ChangedLines
}

/**
 * The lines a pull request changed: the diff from the merge base of `base` and HEAD to HEAD,
 * never from `base` itself — when the base branch moved on since the branch was cut, a diff
 * against it would count the base's own new lines as the pull request's.
 */
export async function changedLines(git: GitRun, base: string, head = 'HEAD'): Promise<ChangeSet> {
  let mergeBase: string
  try {
    mergeBase = (await git(['merge-base', base, head])).trim()
  } catch (e) {
    throw new ConfigurationError(`no merge base of ${base} and ${head}: ${firstLine(e)}`, {
      hint: 'fetch the base branch and enough history (actions/checkout with fetch-depth: 0)'
    })
  }
  const headSha = (await git(['rev-parse', head])).trim()
  const diff = await git([
    '-c',
    'core.quotePath=false',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--unified=0',
    '-M',
    mergeBase,
    headSha,
    '--'
  ])
  return { base, mergeBase, head: headSha, lines: parseUnifiedDiff(diff) }
}

/** New-side line numbers of added lines in a `git diff --unified=0`, per new path. */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const out: ChangedLines = new Map()
  let file: string | undefined
  let next = 0
  let remaining = 0
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const p = line.slice(4)
      file = p === '/dev/null' ? undefined : unquote(p).replace(/^b\//, '')
      remaining = 0
      continue
    }
    if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
      if (m) {
        next = Number(m[1])
        remaining = m[2] === undefined ? 1 : Number(m[2])
      }
      continue
    }
    if (remaining > 0 && file && line.startsWith('+')) {
      let s = out.get(file)
      if (!s) out.set(file, (s = new Set()))
      s.add(next++)
      remaining--
    }
  }
  return out
}

/** Git quotes paths with unusual bytes: "b/caf\303\251.ts". */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p
  const bytes: number[] = []
  const s = p.slice(1, -1)
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'))
      continue
    }
    const n = s[++i]!
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(s.slice(i, i + 3), 8))
      i += 2
    } else bytes.push(({ n: 10, t: 9, '"': 34, '\\': 92 } as Record<string, number>)[n] ?? n.charCodeAt(0))
  }
  return Buffer.from(bytes).toString('utf8')
}

export interface PatchCoverage {
  base: string
  merge_base: string
  head: string
  /** Percentage of changed instrumented lines that ran; null when the change touches no instrumented line. */
  value: number | null
  counts: Counts
  /** Changed lines that are instrumented and did not run, per file, ascending. */
  uncovered: Array<{ file: string; lines: number[] }>
  /** Changed files the reports do not cover at all (no data): not counted. */
  unmeasured_files: string[]
}

export function patchCoverage(change: ChangeSet, files: ReadonlyMap<string, FileCoverage>): PatchCoverage {
  const counts = { covered: 0, total: 0 }
  const uncovered: PatchCoverage['uncovered'] = []
  const unmeasured: string[] = []
  for (const [file, lines] of [...change.lines].sort(([a], [b]) => a.localeCompare(b))) {
    const cov = files.get(file)
    if (!cov || !cov.hasDetail) {
      unmeasured.push(file)
      continue
    }
    const missed: number[] = []
    for (const l of [...lines].sort((a, b) => a - b)) {
      if (!cov.instrumented.has(l)) continue
      counts.total++
      if (cov.covered.has(l)) counts.covered++
      else missed.push(l)
    }
    if (missed.length) uncovered.push({ file, lines: missed })
  }
  return {
    base: change.base,
    merge_base: change.mergeBase,
    head: change.head,
    value: counts.total ? percent(counts) : null,
    counts,
    uncovered,
    unmeasured_files: unmeasured
  }
}

/** Consecutive numbers as ranges: [3,4,5,9] → [[3,5],[9,9]]. */
export function toRanges(lines: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const l of lines) {
    const last = out[out.length - 1]
    if (last && l === last[1] + 1) last[1] = l
    else out.push([l, l])
  }
  return out
}

function firstLine(e: unknown): string {
  return ((e as Error).message ?? String(e)).trim().split('\n')[0]!
}
