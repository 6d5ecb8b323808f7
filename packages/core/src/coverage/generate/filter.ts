import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Exec, ExecResult } from '../../exec/types.js'
import { readReports } from '../read-reports.js'
import { indexRepository } from '../repo-paths.js'
import { assertionProblem } from './assertions.js'
import type { CandidateOutcome, Funnel, TestCandidate } from './types.js'

/**
 * The commands the filter runs, as argv templates: `{file}` is the candidate test file,
 * `{report}` the lcov report the coverage command must write. The defaults are node's own
 * test runner.
 */
export interface FilterCommands {
  build?: string[]
  test: string[]
  coverage: string[]
}

export const NODE_COMMANDS = (node: string): FilterCommands => ({
  build: [node, '--check', '{file}'],
  test: [node, '--test', '{file}'],
  coverage: [
    node,
    '--test',
    '--experimental-test-coverage',
    '--test-reporter=lcov',
    '--test-reporter-destination={report}'
  ]
})

export const PASSES_REQUIRED = 3

/** Where and how generated tests run against their target: the filter's and the mutant runs'. */
export interface TargetRun {
  /** A worktree, never the user's checkout. */
  workspace: string
  /** The file under test, relative to `workspace`. */
  target: string
  exec: Exec
  commands: FilterCommands
  env?: Record<string, string | undefined>
  timeoutMs?: number
}

/**
 * The one filter every generated test goes through, the one TestGen-LLM uses: a candidate is
 * kept only if it asserts something, builds, passes three runs in a row, and raises the
 * measured coverage of the target (lines, branches or functions no kept test reached). Each
 * kept test raises the bar for the next. Runs in `workspace` (a worktree), never in the
 * user's checkout; rejected files are removed.
 */
export async function filterCandidates(
  candidates: TestCandidate[],
  o: TargetRun
): Promise<{ outcomes: CandidateOutcome[]; funnel: Funnel }> {
  const funnel: Funnel = { generated: candidates.length, asserts: 0, builds: 0, passes: 0, raises: 0, kept: 0 }
  const outcomes: CandidateOutcome[] = []
  const scratch = await mkdtemp(join(tmpdir(), 'hee-filter-'))
  const env = o.env ?? { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test' }
  const run = (tpl: string[], vars: Record<string, string>): Promise<ExecResult> => {
    const [cmd, ...args] = tpl.map((a) => a.replace(/\{(file|report)\}/g, (_, k: string) => vars[k] ?? ''))
    return o.exec(cmd!, args, { cwd: o.workspace, env, timeoutMs: o.timeoutMs ?? 180_000 })
  }
  let round = 0
  // What the target's coverage is made of: covered units (lines, branch outcomes, functions)
  // and missed branch outcomes. V8 merges a block into its parent once both ran equally often,
  // so node's lcov can list one covered outcome where it listed a covered and a missed one: a
  // missed outcome that is gone counts as a gain too.
  type Units = { covered: Set<string>; missed: Set<string> }
  const measure = async (): Promise<Units | string> => {
    const report = join(scratch, `lcov-${round++}.info`)
    const r = await run(o.commands.coverage, { report })
    if (r.code !== 0) return `the coverage run failed (exit ${r.code}): ${tail(r)}`
    try {
      const data = await readReports([{ path: report }], { index: await indexRepository(o.workspace), outside: 'skip' })
      const cov = data.all.get(o.target)
      data.release()
      const missed = new Set<string>()
      for (const [line, c] of cov?.branchesByLine() ?? [])
        for (let k = 1; k <= c.total - c.covered; k++) missed.add(`B${line}#missed${k}`)
      return { covered: cov?.coveredUnits() ?? new Set(), missed }
    } catch (e) {
      return `the coverage report could not be read: ${(e as Error).message}`
    }
  }
  try {
    const first = await measure()
    if (typeof first === 'string') throw new Error(`before any candidate, ${first}`)
    let baseline: Units = first
    for (const c of candidates) {
      const out: CandidateOutcome = { candidate: c, reached: 'generated', kept: false, reason: '' }
      outcomes.push(out)
      const problem = assertionProblem(c.content)
      if (problem) {
        out.reason = problem
        continue
      }
      out.reached = 'asserts'
      funnel.asserts++
      const file = join(o.workspace, c.path)
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, c.content)
      const reject = async (reason: string) => {
        out.reason = reason
        await rm(file, { force: true })
      }
      if (o.commands.build) {
        const b = await run(o.commands.build, { file })
        if (b.code !== 0) {
          await reject(`does not build: ${tail(b)}`)
          continue
        }
      }
      out.reached = 'builds'
      funnel.builds++
      let failedRun = 0
      for (let i = 1; i <= PASSES_REQUIRED && !failedRun; i++)
        if ((await run(o.commands.test, { file })).code !== 0) failedRun = i
      if (failedRun) {
        await reject(failedRun === 1 ? 'fails' : `flaky: passed, then failed on run ${failedRun} of ${PASSES_REQUIRED}`)
        continue
      }
      out.reached = 'passes'
      funnel.passes++
      const after = await measure()
      if (typeof after === 'string') {
        await reject(after)
        continue
      }
      const gained = [...after.covered].filter((u) => !baseline.covered.has(u))
      const lineOf = (u: string) => u.slice(0, u.indexOf('#'))
      const gainedLines = new Set(gained.filter((u) => u.startsWith('B')).map(lineOf))
      const added = [
        ...gained,
        ...[...baseline.missed].filter((u) => !after.missed.has(u) && !gainedLines.has(lineOf(u)))
      ]
      if (added.length === 0) {
        await reject('adds no coverage of the target')
        continue
      }
      out.reached = 'kept'
      out.kept = true
      funnel.raises++
      funnel.kept++
      out.reason = describeUnits(added)
      baseline = after
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
  return { outcomes, funnel }
}

function describeUnits(units: string[]): string {
  const n = (p: string) => units.filter((u) => u.startsWith(p)).length
  return `covers ${n('L')} more line(s), ${n('B')} branch outcome(s), ${n('F')} function(s) of the target`
}

function tail(r: ExecResult): string {
  const text = `${r.stderr}\n${r.stdout}`.trim().split('\n').filter(Boolean)
  return (text.find((l) => /Error|error/.test(l)) ?? text[text.length - 1] ?? '').trim().slice(0, 200)
}
