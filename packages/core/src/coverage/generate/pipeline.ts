import { mkdtemp, readFile, rm, symlink, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Exec } from '../../exec/types.js'
import type { Git } from '../../git/git.js'
import type { GitIdentity } from '../../git/identity.js'
import { ConfigurationError } from '../../errors.js'
import { markdownCode, markdownText } from '../../security/escape.js'
import { readMutationReport, type SurvivingMutant } from '../mutation.js'
import { readReports, type ReportInput } from '../read-reports.js'
import { indexRepository, toPosix } from '../repo-paths.js'
import { filterCandidates, NODE_COMMANDS, type FilterCommands } from './filter.js'
import { applicableSurvivors, killsText, MUTANTS_TRIED, mutantsKilled, type KilledMutant } from './mutants.js'
import type { CandidateOutcome, Funnel, GenerationContext, TestCandidate, TestGenerator } from './types.js'

export interface GenerateOptions {
  root: string
  /** Repository path (or path under root) of the source file to cover. */
  target: string
  generators: TestGenerator[]
  exec: Exec
  git: Git
  node?: string
  /** Coverage reports of the current tests: the generators aim at the target's uncovered functions. */
  reports?: ReportInput[]
  specDir?: string
  commands?: FilterCommands
  /**
   * Stryker `mutation.json` or cargo-mutants `outcomes.json` reports: the kept tests are run
   * against the target's surviving mutants, and those that kill one are ranked first.
   */
  mutationReports?: string[]
  /** Commit the kept tests on a new local branch (not pushed). */
  deliver?: { branch?: string; author: GitIdentity }
}

export interface GenerateResult {
  target: string
  funnel: Funnel
  /** Kept tests first (those that kill a surviving mutant before the others), then the rejected ones. */
  outcomes: Array<
    Omit<CandidateOutcome, 'candidate'> & {
      generator: string
      path: string
      description: string
      /** Surviving mutants of the target this kept test kills (with a mutation report). */
      kills?: KilledMutant[]
    }
  >
  kept: TestCandidate[]
  /** The target's surviving mutants tried against the kept tests, and how many of them the kept tests kill. */
  mutants?: { survivors: number; tried: number; killed: number; stale: number }
  /** Generators that failed, with why; the others still ran. */
  errors: Array<{ generator: string; message: string }>
  branch?: { name: string; sha: string; base: string }
}

/**
 * Test generation as a pipeline: every generator proposes candidates for the target, all of
 * them go through the one filter in a scratch worktree of HEAD, and the kept ones are, on
 * request, committed on a branch of their own, delivered like a fix.
 */
export async function generateTests(o: GenerateOptions): Promise<GenerateResult> {
  const node = o.node ?? process.execPath
  const target = toPosix(o.target).replace(/^\.\//, '')
  let source: string
  try {
    source = await readFile(join(o.root, target), 'utf8')
  } catch {
    throw new ConfigurationError(`--target ${o.target}: no such file in ${o.root}`)
  }
  let uncovered
  if (o.reports?.length) {
    const data = await readReports(o.reports, { index: await indexRepository(o.root), outside: 'skip' })
    uncovered = data.all
      .get(target)
      ?.functions()
      .filter((f) => !f.covered)
    data.release()
  }
  let survivors: SurvivingMutant[] | undefined
  if (o.mutationReports?.length) {
    const index = await indexRepository(o.root)
    survivors = []
    for (const p of o.mutationReports) survivors.push(...(await readMutationReport(p, p, index)).survivors)
  }
  const ctx: GenerationContext = { root: o.root, target, source, uncovered, specDir: o.specDir, exec: o.exec, node }
  const candidates: TestCandidate[] = []
  const errors: GenerateResult['errors'] = []
  for (const g of o.generators) {
    try {
      candidates.push(...(await g.generate(ctx)))
    } catch (e) {
      errors.push({ generator: g.name, message: (e as Error).message })
    }
  }
  const head = await o.git.headSha()
  const workspace = await mkdtemp(join(tmpdir(), 'hee-gen-'))
  await o.git.addWorktree(workspace, head)
  try {
    // The worktree shares the checkout's installed dependencies instead of installing its own.
    if (await exists(join(o.root, 'node_modules')))
      await symlink(join(o.root, 'node_modules'), join(workspace, 'node_modules'), 'dir')
    const commands = o.commands ?? NODE_COMMANDS(node)
    const { outcomes, funnel } = await filterCandidates(candidates, { workspace, target, exec: o.exec, commands })
    let killed: Map<string, KilledMutant[]> | undefined
    let mutants: GenerateResult['mutants']
    const keptPaths = outcomes.filter((x) => x.kept).map((x) => x.candidate.path)
    if (survivors) {
      const applicable = applicableSurvivors(survivors, target)
      const r = keptPaths.length
        ? await mutantsKilled(keptPaths, applicable, { workspace, target, exec: o.exec, commands })
        : { kills: new Map<string, KilledMutant[]>(), tried: Math.min(applicable.length, MUTANTS_TRIED), stale: 0 }
      killed = r.kills
      const unique = new Set([...r.kills.values()].flat().map((k) => `${k.line}:${k.mutator}:${k.replacement}`))
      mutants = {
        survivors: survivors.filter((m) => m.file === target).length,
        tried: r.tried,
        killed: unique.size,
        stale: r.stale
      }
    }
    // Kept tests that kill a surviving mutant first (most kills first), then the other kept
    // ones, then the rejected ones, each group in the order the filter saw them.
    const kills = (c: TestCandidate) => killed?.get(c.path)?.length ?? 0
    const ordered = outcomes
      .map((x, i) => ({ x, i }))
      .sort((a, b) => Number(b.x.kept) - Number(a.x.kept) || kills(b.x.candidate) - kills(a.x.candidate) || a.i - b.i)
      .map((e) => e.x)
    const kept = ordered.filter((x) => x.kept).map((x) => x.candidate)
    const result: GenerateResult = {
      target,
      funnel,
      outcomes: ordered.map(({ candidate, ...rest }) => ({
        ...rest,
        generator: candidate.generator,
        path: candidate.path,
        description: candidate.description,
        ...(killed && rest.kept ? { kills: killed.get(candidate.path) ?? [] } : {})
      })),
      kept,
      errors,
      ...(mutants ? { mutants } : {})
    }
    if (o.deliver && kept.length) {
      const wt = o.git.at(workspace)
      await wt.run(['add', '--', ...kept.map((k) => k.path)])
      const sha = await wt.commit({
        message: `Tests for ${target}: ${kept.length} generated test file(s) that raise its coverage\n\n${result.outcomes
          .filter((x) => x.kept)
          .map((x) => `- ${x.path} (${x.generator}): ${x.reason}${killsText(x.kills)}`)
          .join('\n')}`,
        author: o.deliver.author,
        trailers: [['HEE-Generated-Tests', target]]
      })
      const name = o.deliver.branch ?? `hee/tests/${target.replace(/[^A-Za-z0-9._-]+/g, '-')}-${head.slice(0, 8)}`
      await o.git.createBranch(name, sha)
      result.branch = { name, sha, base: head }
    }
    return result
  } finally {
    await o.git.removeWorktree(workspace)
    await rm(workspace, { recursive: true, force: true })
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false
  )
}

/** The funnel and each candidate's fate, for the job summary and `--format md`. */
export function renderGenerationMarkdown(r: GenerateResult): string {
  const f = r.funnel
  const out = [
    `## Generated tests for ${markdownCode(r.target)}`,
    '',
    `generated ${f.generated} → asserts ${f.asserts} → builds ${f.builds} → passes 3× ${f.passes} → raises coverage ${f.raises} → kept ${f.kept}`,
    ''
  ]
  if (r.mutants)
    out.push(
      `Surviving mutants of the target: ${r.mutants.survivors}, ${r.mutants.tried} tried against the kept tests, ${r.mutants.killed} killed${r.mutants.stale ? ` (${r.mutants.stale} no longer match the file)` : ''}. Tests that kill one come first.`,
      ''
    )
  out.push('| Test | Generator | Outcome |', '| --- | --- | --- |')
  for (const o of r.outcomes)
    out.push(
      `| ${markdownCode(o.path, true)} | ${markdownText(o.generator)} | ${o.kept ? 'kept' : 'rejected'}: ${markdownText(o.reason + killsText(o.kills))} |`
    )
  for (const e of r.errors) out.push('', `Generator ${markdownText(e.generator)} failed: ${markdownText(e.message)}`)
  if (r.branch)
    out.push(
      '',
      `Kept tests committed on branch ${markdownCode(r.branch.name)} (${r.branch.sha.slice(0, 12)}, on ${r.branch.base.slice(0, 12)}).`
    )
  return out.join('\n') + '\n'
}
