import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SurvivingMutant } from '../mutation.js'
import type { TargetRun } from './filter.js'

/** A surviving mutant of the target that a kept test kills. */
export interface KilledMutant {
  line: number
  mutator: string
  replacement: string
}

/** At most this many survivors of the target are tried against each kept test. */
export const MUTANTS_TRIED = 100

/**
 * The survivors of `target` that can be applied: a span with columns and a replacement
 * (Stryker's `location`, cargo-mutants' `span`), the same one listed once.
 */
export function applicableSurvivors(survivors: SurvivingMutant[], target: string): SurvivingMutant[] {
  const seen = new Set<string>()
  const out: SurvivingMutant[] = []
  for (const s of survivors) {
    if (s.file !== target || typeof s.replacement !== 'string') continue
    if (!s.line || !s.column || !s.end_line || !s.end_column) continue
    const key = `${s.line}:${s.column}-${s.end_line}:${s.end_column}=${s.replacement}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(s)
  }
  return out
}

/**
 * `source` with the mutant's span replaced, or undefined when the span is not in the source
 * (the report was made from another version of the file).
 */
export function applyMutant(source: string, m: SurvivingMutant): string | undefined {
  const starts = [0]
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
  const offset = (line: number, column: number): number | undefined => {
    const at = starts[line - 1]
    if (at === undefined) return undefined
    const end = line < starts.length ? starts[line]! - 1 : source.length
    const o = at + column - 1
    return o <= end ? o : undefined
  }
  const from = offset(m.line!, m.column!)
  const to = offset(m.end_line!, m.end_column!)
  if (from === undefined || to === undefined || to < from) return undefined
  return source.slice(0, from) + m.replacement + source.slice(to)
}

/**
 * Which surviving mutants each kept test kills: the target is mutated in the workspace, one
 * mutant at a time, and the kept test run alone; a mutant is killed when the test fails. The
 * target is put back whatever happens.
 */
export async function mutantsKilled(
  tests: string[],
  survivors: SurvivingMutant[],
  o: TargetRun
): Promise<{ kills: Map<string, KilledMutant[]>; tried: number; stale: number }> {
  const file = join(o.workspace, o.target)
  const original = await readFile(file, 'utf8')
  const env = o.env ?? { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test' }
  const mutants: Array<{ m: SurvivingMutant; text: string }> = []
  let stale = 0
  for (const m of survivors.slice(0, MUTANTS_TRIED)) {
    const text = applyMutant(original, m)
    if (text === undefined || text === original) stale++
    else mutants.push({ m, text })
  }
  const kills = new Map<string, KilledMutant[]>()
  try {
    for (const test of tests) {
      const killed: KilledMutant[] = []
      for (const { m, text } of mutants) {
        await writeFile(file, text)
        const [cmd, ...args] = o.commands.test.map((a) =>
          a.replace(/\{(file|report)\}/g, (_, k: string) => (k === 'file' ? join(o.workspace, test) : ''))
        )
        const r = await o.exec(cmd!, args, { cwd: o.workspace, env, timeoutMs: o.timeoutMs ?? 60_000 })
        if (r.code !== 0) killed.push({ line: m.line!, mutator: m.mutator, replacement: m.replacement! })
      }
      kills.set(test, killed)
    }
  } finally {
    await writeFile(file, original)
  }
  return { kills, tried: mutants.length, stale }
}

/** `; kills 2 surviving mutant(s): line 4 EqualityOperator, …`, or nothing. */
export function killsText(kills: KilledMutant[] | undefined): string {
  if (!kills?.length) return ''
  const shown = kills.slice(0, 5).map((k) => `line ${k.line} ${k.mutator} → ${k.replacement}`)
  return `; kills ${kills.length} surviving mutant(s): ${shown.join(', ')}${kills.length > 5 ? ', …' : ''}`
}
