/**
 * Kept generated tests delivered like fixes: the commit the pipeline made goes out as a pull
 * request from a `hee/tests/…` branch, through the same push-with-lease and "update the open
 * one, never a duplicate" path as auto-fix, after the same patch check (limits, anti-
 * suppression guard, no workflow file).
 */
import { deliverBranchAsPull } from '../../autofix/delivery/branch-pull.js'
import { checkPatch, type PatchLimits } from '../../autofix/delivery/patch.js'
import { HeeError } from '../../errors.js'
import type { Git } from '../../git/git.js'
import type { GitHubWriter } from '../../github/writer.js'
import { markdownCode, markdownText } from '../../security/escape.js'
import { killsText } from './mutants.js'
import type { GenerateResult } from './pipeline.js'

export const TESTS_BRANCH_PREFIX = 'hee/tests/'

/** Generated tests are whole new files: more lines than a fix, still bounded. */
export const TEST_LIMITS: PatchLimits = { maxFiles: 25, maxLines: 3_000, protectedPaths: [] }

/** The hidden key of the tests pull request for one target on one base branch. */
export function testsKey(target: string, base: string): string {
  return `<!-- hee-generated-tests key=${encodeURIComponent(target)}@${encodeURIComponent(base)} -->`
}

export function testsPullTitle(r: GenerateResult): string {
  return `HEE CI: ${r.kept.length} generated test file(s) that raise the coverage of ${r.target}`
}

/** The funnel, each kept test with what it added, and how to undo it. */
export function testsPullBody(r: GenerateResult, base: string): string {
  const f = r.funnel
  const out = [
    `Tests generated for ${markdownCode(r.target)} and kept only because each builds, passes three runs in a row and raises the file's measured coverage.`,
    '',
    `generated ${f.generated} → asserts ${f.asserts} → builds ${f.builds} → passes 3× ${f.passes} → raises coverage ${f.raises} → kept ${f.kept}`,
    '',
    '| test | generator | what it adds |',
    '| --- | --- | --- |'
  ]
  for (const o of r.outcomes.filter((x) => x.kept))
    out.push(
      `| ${markdownCode(o.path, true)} | ${markdownText(o.generator)} | ${markdownText(o.reason + killsText(o.kills))} |`
    )
  if (r.mutants)
    out.push(
      '',
      `The kept tests kill ${r.mutants.killed} of the ${r.mutants.tried} surviving mutant(s) of the target tried; tests that kill one are listed first.`
    )
  out.push(
    '',
    'Read each test before merging: its assertions are the outputs the code gives today (a regression net), not a statement that those outputs are right.',
    '',
    `Close this pull request to drop them; the next run for ${markdownCode(r.target)} on ${markdownCode(base)} updates it instead of opening another.`,
    '',
    testsKey(r.target, base)
  )
  return out.join('\n') + '\n'
}

export interface DeliverTestsOptions {
  git: Git
  github: GitHubWriter
  result: GenerateResult
  /** The branch the tests were generated on: the pull request's base. */
  base: string
  remote: string
  token?: string
  onSecret?: (value: string) => void
}

/** Pushes the kept tests' commit and opens (or updates) their pull request. */
export async function deliverGeneratedTests(
  o: DeliverTestsOptions
): Promise<{ number: number; url: string; branch: string; updated: boolean }> {
  const b = o.result.branch
  if (!b) throw new HeeError('config', 'no kept test was committed: nothing to deliver')
  const check = checkPatch(await o.git.diffCommits(b.base, b.sha), TEST_LIMITS)
  if (!check.ok)
    throw new HeeError(
      'config',
      `the generated tests were not delivered: ${check.refusals.map((r) => r.message).join('; ')}`
    )
  return deliverBranchAsPull({
    git: o.git,
    github: o.github,
    remote: o.remote,
    ...(o.token ? { token: o.token } : {}),
    ...(o.onSecret ? { onSecret: o.onSecret } : {}),
    commit: b.sha,
    base: o.base,
    branch: b.name,
    prefix: TESTS_BRANCH_PREFIX,
    title: testsPullTitle(o.result),
    body: testsPullBody(o.result, o.base),
    key: testsKey(o.result.target, o.base)
  })
}
