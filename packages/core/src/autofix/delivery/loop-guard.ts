/**
 * The loop guard: before anything runs, the reasons to do nothing. A fixer that fixes its own
 * commit, or works on a head that has moved on, or keeps trying on one branch, never stops; a
 * maintainer switches it off with a label or a trailer, without editing a workflow.
 */
import type { AutoFixEntry } from '../../capsule/types.js'
import type { Git } from '../../git/git.js'
import type { GitIdentity } from '../../git/identity.js'
import { AUTO_FIX_TRAILER, SKIP_LABEL, SKIP_TRAILER } from './markers.js'

export type LoopGuardRule = 'own-commit' | 'skip-trailer' | 'skip-label' | 'stale-head' | 'budget'

export type LoopGuardVerdict = { proceed: true } | { proceed: false; rule: LoopGuardRule; reason: string }

export interface LoopGuardInput {
  git: Git
  /** The commit the failing run was for. */
  headSha: string
  /** The branch it was on. */
  branch: string
  /** The branch's head now (from the API), undefined when it cannot be read or is gone. */
  branchHead: string | undefined
  /** The agent's author identity: a head commit by it with our trailer is ours. */
  agent: GitIdentity
  /** Labels of the pull request the run belongs to, if any. */
  pullRequestLabels?: readonly string[]
  /** The capsule's history, oldest first. */
  history: readonly AutoFixEntry[]
  /** Attempts allowed per branch within `windowHours` (default 3 in 24 hours). */
  budget: number
  windowHours?: number
  now?: Date
}

/** Attempts on `branch` that count against the budget: those that ran, in the window. */
export function attemptsOnBranch(history: readonly AutoFixEntry[], branch: string, since: number): AutoFixEntry[] {
  return history.filter(
    (e) =>
      e.branch === branch && Date.parse(e.timestamp) >= since && e.outcome !== 'skipped' && e.outcome !== 'report-only'
  )
}

/** Patterns already tried on `headSha`: the engine does not try them again there. */
export function attemptedForHead(history: readonly AutoFixEntry[], headSha: string): string[] {
  return [...new Set(history.filter((e) => e.head_sha === headSha && e.outcome !== 'skipped').map((e) => e.pattern_id))]
}

/** The first reason to do nothing, in the order a person would look for it, or proceed. */
export async function checkLoopGuard(input: LoopGuardInput): Promise<LoopGuardVerdict> {
  const { git, headSha, branch } = input
  const head = await git.commitInfo(headSha)
  const trailers = await git.trailers(head.message)
  const ours = trailers.some(([k]) => k.toLowerCase() === AUTO_FIX_TRAILER.toLowerCase())
  if (ours && head.author.email.toLowerCase() === input.agent.email.toLowerCase())
    return {
      proceed: false,
      rule: 'own-commit',
      reason: `the head commit ${headSha.slice(0, 12)} is an auto-fix commit (author ${input.agent.email}, ${AUTO_FIX_TRAILER} trailer): its failure is left to a person`
    }
  const skip = trailers.find(([k]) => k.toLowerCase() === SKIP_TRAILER.toLowerCase())
  if (skip && !/^(?:false|no|0)$/i.test(skip[1]))
    return {
      proceed: false,
      rule: 'skip-trailer',
      reason: `the head commit ${headSha.slice(0, 12)} carries a ${SKIP_TRAILER} trailer`
    }
  if (input.pullRequestLabels?.some((l) => l.toLowerCase() === SKIP_LABEL))
    return { proceed: false, rule: 'skip-label', reason: `the pull request carries the ${SKIP_LABEL} label` }
  if (input.branchHead === undefined)
    return { proceed: false, rule: 'stale-head', reason: `branch ${branch} no longer exists` }
  if (input.branchHead !== headSha)
    return {
      proceed: false,
      rule: 'stale-head',
      reason: `branch ${branch} has moved on to ${input.branchHead.slice(0, 12)} since the failing commit ${headSha.slice(0, 12)}: a newer run decides`
    }
  const hours = input.windowHours ?? 24
  const since = (input.now ?? new Date()).getTime() - hours * 3_600_000
  const spent = attemptsOnBranch(input.history, branch, since).length
  if (spent >= input.budget)
    return {
      proceed: false,
      rule: 'budget',
      reason: `${spent} auto-fix attempt(s) on ${branch} in the last ${hours} hours: the budget of ${input.budget} is spent`
    }
  return { proceed: true }
}
