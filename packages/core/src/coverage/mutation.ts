import { readFile } from 'node:fs/promises'
import { posix, relative } from 'node:path'
import type { Counts } from './file-record.js'
import { percent } from './metrics.js'
import { CoverageReportError } from './report-error.js'
import { placePath, toPosix, type RepoIndex } from './repo-paths.js'

export interface SurvivingMutant {
  /** Repository path when the file is in the repository (the report's own path otherwise). */
  file: string
  /** Where the mutated code starts and ends: lines and columns from 1, the end column exclusive. */
  line?: number
  column?: number
  end_line?: number
  end_column?: number
  mutator: string
  replacement?: string
}

export interface MutationScore {
  tool: 'stryker' | 'cargo-mutants'
  /** Detected mutants (killed or timed out) of the mutants that could be detected. */
  value: number | null
  counts: Counts
  survivors: SurvivingMutant[]
}

/**
 * The mutation score from a Stryker `mutation.json` (mutation-testing-report-schema) or a
 * cargo-mutants `outcomes.json`, computed as each tool computes it: killed + timeout over
 * killed + timeout + survived + no coverage (Stryker); caught + timeout over caught + missed
 * + timeout (cargo-mutants). Mutants that did not compile are left out by both.
 */
export async function readMutationReport(path: string, name = path, index?: RepoIndex): Promise<MutationScore> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    throw new CoverageReportError(
      name,
      undefined,
      `cannot read the mutation report: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`
    )
  }
  let doc: any
  try {
    doc = JSON.parse(text)
  } catch (e) {
    throw new CoverageReportError(name, lineOf(text, e), `malformed JSON: ${(e as Error).message}`)
  }
  let score: MutationScore | undefined
  if (doc && typeof doc === 'object' && doc.files && typeof doc.files === 'object' && 'schemaVersion' in doc)
    score = stryker(doc, name)
  else if (doc && Array.isArray(doc.outcomes)) score = cargoMutants(doc, name)
  if (score) {
    if (index) placeSurvivors(score, index, path, typeof doc.projectRoot === 'string' ? doc.projectRoot : undefined)
    return score
  }
  throw new CoverageReportError(
    name,
    1,
    'neither a Stryker mutation.json (schemaVersion, files) nor a cargo-mutants outcomes.json (outcomes)'
  )
}

function stryker(doc: any, name: string): MutationScore {
  const counts = { covered: 0, total: 0 }
  const survivors: SurvivingMutant[] = []
  for (const [file, f] of Object.entries<any>(doc.files)) {
    if (!Array.isArray(f?.mutants))
      throw new CoverageReportError(name, undefined, `files["${file}"] has no mutants array`)
    for (const m of f.mutants) {
      switch (m.status) {
        case 'Killed':
        case 'Timeout':
          counts.covered++
          counts.total++
          break
        case 'Survived':
        case 'NoCoverage':
          counts.total++
          survivors.push({
            file,
            ...span(m.location),
            mutator: String(m.mutatorName ?? '?'),
            replacement: m.replacement
          })
          break
        default: // CompileError, RuntimeError, Ignored, Pending: not detectable, not counted
      }
    }
  }
  return { tool: 'stryker', value: counts.total ? percent(counts) : null, counts, survivors }
}

function cargoMutants(doc: any, _name: string): MutationScore {
  const counts = { covered: 0, total: 0 }
  const survivors: SurvivingMutant[] = []
  for (const o of doc.outcomes) {
    const scenario = o?.scenario
    if (scenario === 'Baseline' || typeof scenario !== 'object' || !scenario?.Mutant) continue
    const m = scenario.Mutant
    switch (o.summary) {
      case 'CaughtMutant':
      case 'Timeout':
        counts.covered++
        counts.total++
        break
      case 'MissedMutant':
        counts.total++
        survivors.push({
          file: String(m.file ?? m.source_file?.tree_relative_path ?? m.source_file?.path ?? '?'),
          ...(m.span ? span(m.span) : { line: m.line }),
          mutator: String(m.genre ?? 'mutant'),
          replacement: m.replacement
        })
        break
      default: // Unviable and the baseline: not counted
    }
  }
  return { tool: 'cargo-mutants', value: counts.total ? percent(counts) : null, counts, survivors }
}

/** Stryker's `location` and cargo-mutants' `span`: start and end, lines and columns from 1. */
function span(loc: any): Pick<SurvivingMutant, 'line' | 'column' | 'end_line' | 'end_column'> {
  const n = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined)
  return {
    line: n(loc?.start?.line),
    column: n(loc?.start?.column),
    end_line: n(loc?.end?.line),
    end_column: n(loc?.end?.column)
  }
}

/**
 * Survivors' files as repository paths: Stryker names them relative to its project root (or,
 * in old reports, absolutely), cargo-mutants relative to the source tree it ran in.
 */
function placeSurvivors(score: MutationScore, index: RepoIndex, reportPath: string, projectRoot?: string): void {
  const reportDir = posix.dirname(toPosix(relative(index.root, reportPath)))
  const root = projectRoot ? toPosix(relative(index.root, projectRoot)) : undefined
  const cache = new Map<string, string>()
  for (const s of score.survivors) {
    let placed = cache.get(s.file)
    if (placed === undefined) {
      const raw = toPosix(s.file)
      const tries = root && !root.startsWith('..') && !posix.isAbsolute(raw) ? [posix.join(root, raw), raw] : [raw]
      const found = tries
        .map((t) => placePath(t, index, { reportDir: reportDir.startsWith('..') ? undefined : reportDir }))
        .flatMap((p) => ('path' in p ? [p.path] : []))
      placed = found.find((f) => index.files.has(f)) ?? found[0] ?? raw
      cache.set(s.file, placed)
    }
    s.file = placed
  }
}

function lineOf(text: string, e: unknown): number | undefined {
  const m = /position (\d+)/.exec((e as Error).message)
  if (!m) return undefined
  return text.slice(0, Number(m[1])).split('\n').length
}
