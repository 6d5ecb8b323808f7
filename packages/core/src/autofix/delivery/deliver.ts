/**
 * Delivery: the engine's fix commit becomes a pull request (by default), a push to the failing
 * branch (when asked, and never to the default or a protected branch), or, for what may only be
 * reported, an issue or a comment on the open incident issue. One place per failure: an open fix
 * pull request for the same failure is updated, not duplicated. Delivery runs no repository code.
 */
import type { Git } from '../../git/git.js'
import { GitError } from '../../git/git-error.js'
import type { GitIdentity } from '../../git/identity.js'
import type { Signing } from '../../git/signing.js'
import type { GitHubWriter } from '../../github/writer.js'
import type { GuardContext } from '../guard/index.js'
import type { AutoFixResult, FixAttempt } from '../types.js'
import { deliverBranchAsPull, pushWithLease } from './branch-pull.js'
import { commitPatch } from './commit.js'
import { AUTO_FIX_TRAILER, fixBranchName, fixKey, FIX_BRANCH_PREFIX } from './markers.js'
import { checkPatch, withoutWorkflowFiles, type PatchLimits, type PatchRefusal } from './patch.js'
import { commitMessage, fixedPatterns, pullBody, pullTitle } from './pr-body.js'
import { reportBody, reportTitle } from './report.js'

export type DeliveryMode = 'pull-request' | 'push'

export interface DeliverOptions {
  /** The repository the fix was made in (its objects hold the engine's commit). */
  git: Git
  github: GitHubWriter
  result: AutoFixResult
  /** The failing run's id (branch names, trailers) and its page. */
  runId: string
  runUrl?: string
  /** The branch the failing run was on: the pull request's base, or where a push goes. */
  branch: string
  mode: DeliveryMode
  /** Patterns whose decision-matrix row is agent review: always a pull request. */
  reviewPatterns?: readonly string[]
  /** Where to push: a URL (`https://github.com/o/r.git`) or a path. */
  remote: string
  /** Token for the push; without `pushToken` the API token pushes and CI does not re-run. */
  githubToken?: string
  pushToken?: string
  author: GitIdentity
  committer?: GitIdentity
  signing?: Pick<Signing, 'config' | 'env'>
  limits: PatchLimits
  /** What the engine says makes an otherwise refused edit legitimate (its own commit only). */
  guardContext?: GuardContext
  /** `leave-out` (the engine's commit) or `refuse` (a patch from another job). */
  workflowFiles: 'leave-out' | 'refuse'
  /** The open incident issue for the security report, from the capsule. */
  incidentIssue?: number
  onSecret?: (value: string) => void
  log?: (line: string) => void
}

export interface Delivery {
  kind: 'pull-request' | 'push' | 'none' | 'refused'
  /** The branch pushed to (the fix branch, or the failing branch for a push). */
  branch?: string
  commit?: string
  pullRequest?: { number: number; url: string; updated: boolean }
  /** The issue or comment a report went to. */
  reportUrl?: string
  ciTriggered: boolean
  workflowFilesLeftOut: string[]
  refusals: PatchRefusal[]
  filesChanged: number
  linesChanged: number
  /** Sentences for the job summary: what was decided and why. */
  notes: string[]
}

/** The fix commit's patch as delivery will push it, checked; or why nothing is pushed. */
export async function preparePatch(
  opts: Pick<DeliverOptions, 'git' | 'result' | 'limits' | 'guardContext' | 'workflowFiles'>
): Promise<{ patch: string; leftOut: string[]; check: ReturnType<typeof checkPatch> }> {
  const { result } = opts
  const full = result.commit ? await opts.git.diffCommits(result.baseSha, result.commit) : result.diff
  const { patch, leftOut } =
    opts.workflowFiles === 'leave-out' ? withoutWorkflowFiles(full) : { patch: full, leftOut: [] }
  const left = [...new Set([...result.workflowFilesLeftOut, ...leftOut])]
  return { patch, leftOut: left, check: checkPatch(patch, opts.limits, opts.guardContext) }
}

/** Delivers a fix (see the module comment). Expected refusals are values; failures throw. */
export async function deliverFix(opts: DeliverOptions): Promise<Delivery> {
  const log = opts.log ?? (() => {})
  const { result } = opts
  const delivery: Delivery = {
    kind: 'none',
    ciTriggered: false,
    workflowFilesLeftOut: [],
    refusals: [],
    filesChanged: 0,
    linesChanged: 0,
    notes: []
  }

  const reports = result.attempts.filter((a) => a.outcome === 'report-only')
  if (reports.length) {
    delivery.reportUrl = await deliverReport(opts, reports)
    delivery.notes.push(`Reported ${reports.map((a) => a.pattern).join(', ')} for a person: ${delivery.reportUrl}`)
  }

  const patterns = fixedPatterns(result.attempts)
  if (patterns.length === 0 || (!result.commit && result.diff.trim() === '')) return delivery

  const { patch, leftOut, check } = await preparePatch(opts)
  delivery.workflowFilesLeftOut = leftOut
  delivery.filesChanged = check.filesChanged
  delivery.linesChanged = check.linesChanged
  if (leftOut.length)
    delivery.notes.push(
      `Left out ${leftOut.join(', ')}: a fix never changes .github/workflows/ (a token without the workflows permission cannot push it).`
    )
  if (!check.ok) {
    delivery.kind = 'refused'
    delivery.refusals = check.refusals
    delivery.notes.push(`Nothing was pushed: the fix ${check.refusals.map((r) => r.message).join('; ')}`)
    return delivery
  }

  const commit = await commitPatch(opts.git, {
    base: result.baseSha,
    patch,
    message: commitMessage(result.attempts, opts.branch, opts.runId),
    author: opts.author,
    ...(opts.committer ? { committer: opts.committer } : {}),
    trailers: [[AUTO_FIX_TRAILER, opts.runId]],
    ...(opts.signing ? { signing: opts.signing } : {})
  })
  delivery.commit = commit
  const fixBranch = fixBranchName(opts.runId, patterns)
  await opts.git.updateRef(`refs/heads/${fixBranch}`, commit, { reason: 'hee: auto-fix commit' })
  log(`fix commit ${commit.slice(0, 12)} on ${fixBranch}`)

  const token = opts.pushToken || opts.githubToken
  const ciTriggered = Boolean(opts.pushToken)

  if (opts.mode === 'push') {
    const why = await pushRefusal(opts, patterns)
    if (why === undefined) {
      try {
        await pushTo(opts, token, commit, opts.branch, result.baseSha)
      } catch (e) {
        if (!(e instanceof GitError)) throw e
        delivery.notes.push(
          `The push to ${opts.branch} was refused (${e.message}); the branch may have moved on. Nothing was changed.`
        )
        return delivery
      }
      delivery.kind = 'push'
      delivery.branch = opts.branch
      delivery.ciTriggered = ciTriggered
      delivery.notes.push(`Pushed the fix to ${opts.branch}.`)
      return delivery
    }
    delivery.notes.push(`Not pushed to ${opts.branch}: ${why}. Opened a pull request instead.`)
  }

  const bodyInput = {
    attempts: result.attempts,
    patch,
    base: opts.branch,
    headSha: result.baseSha,
    commit,
    runId: opts.runId,
    ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
    workflowFilesLeftOut: leftOut,
    ciTriggered
  }
  const pull = await deliverBranchAsPull({
    git: opts.git,
    github: opts.github,
    remote: opts.remote,
    ...(token ? { token } : {}),
    ...(opts.onSecret ? { onSecret: opts.onSecret } : {}),
    commit,
    base: opts.branch,
    branch: fixBranch,
    prefix: FIX_BRANCH_PREFIX,
    title: pullTitle(result.attempts, opts.branch),
    body: pullBody(bodyInput),
    key: fixKey(patterns, opts.branch)
  })
  const existing = pull.updated
  const target = pull.branch
  delivery.kind = 'pull-request'
  delivery.branch = target
  delivery.ciTriggered = ciTriggered
  delivery.pullRequest = { number: pull.number, url: pull.url, updated: existing }
  delivery.notes.push(
    existing
      ? `Updated the open fix pull request #${pull.number} (${target}) instead of opening another.`
      : `Opened pull request #${pull.number} from ${target} into ${opts.branch}.`
  )
  return delivery
}

/** Why a direct push to the failing branch must not happen, or undefined when it may. */
async function pushRefusal(opts: DeliverOptions, patterns: readonly string[]): Promise<string | undefined> {
  const review = patterns.filter((p) => opts.reviewPatterns?.includes(p))
  if (review.length) return `${review.join(', ')} is fixed under agent review, which is always a pull request`
  if (opts.branch.startsWith(FIX_BRANCH_PREFIX)) return `${opts.branch} is a fix branch`
  const defaultBranch = await opts.github.branches.defaultBranch()
  if (opts.branch === defaultBranch) return `${opts.branch} is the default branch`
  const protection = await opts.github.branches.protection(opts.branch)
  if (!protection.exists) return `${opts.branch} does not exist`
  if (protection.blocked)
    return `${opts.branch} is protected${protection.rules.length ? ` (rules: ${protection.rules.join(', ')})` : ''}`
  return undefined
}

/** Pushes with a lease (see {@link pushWithLease}) to the delivery's remote. */
async function pushTo(
  opts: DeliverOptions,
  token: string | undefined,
  commit: string,
  branch: string,
  expected: string
): Promise<void> {
  await pushWithLease(
    opts.git,
    { remote: opts.remote, ...(token ? { token } : {}), ...(opts.onSecret ? { onSecret: opts.onSecret } : {}) },
    commit,
    branch,
    expected
  )
}

/** Security findings are reported, never applied: a comment on the open incident issue, or one issue. */
async function deliverReport(opts: DeliverOptions, reports: readonly FixAttempt[]): Promise<string> {
  const body = reportBody(reports, opts.branch, opts.runId, opts.runUrl)
  if (opts.incidentIssue !== undefined) {
    const c = await opts.github.issues.comment(opts.incidentIssue, body)
    return c.htmlUrl
  }
  const title = reportTitle(reports, opts.branch)
  const open = await opts.github.issues.findOpen({ title })
  if (open) return (await opts.github.issues.comment(open.number, body)).htmlUrl
  return (await opts.github.issues.create({ title, body, labels: ['hee-ci'] })).htmlUrl
}
