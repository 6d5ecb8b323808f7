import { readFile } from 'node:fs/promises'
import type { Counts } from './file-record.js'
import { percent } from './metrics.js'
import { CoverageReportError } from './report-error.js'

export interface SurvivingMutant {
  file: string
  line?: number
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
export async function readMutationReport(path: string, name = path): Promise<MutationScore> {
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
  if (doc && typeof doc === 'object' && doc.files && typeof doc.files === 'object' && 'schemaVersion' in doc)
    return stryker(doc, name)
  if (doc && Array.isArray(doc.outcomes)) return cargoMutants(doc, name)
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
            line: m.location?.start?.line,
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
          file: String(m.file ?? m.source_file?.path ?? '?'),
          line: m.span?.start?.line ?? m.line,
          mutator: String(m.genre ?? 'mutant'),
          replacement: m.replacement
        })
        break
      default: // Unviable and the baseline: not counted
    }
  }
  return { tool: 'cargo-mutants', value: counts.total ? percent(counts) : null, counts, survivors }
}

function lineOf(text: string, e: unknown): number | undefined {
  const m = /position (\d+)/.exec((e as Error).message)
  if (!m) return undefined
  return text.slice(0, Number(m[1])).split('\n').length
}
