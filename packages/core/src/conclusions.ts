/**
 * GitHub's words for how a run or a job ended, and which of them mean "it failed". Defined once
 * so the engine's counters, the run analysis and the incidents agree on what a failure is.
 */

/** GitHub's run conclusions (null while a run is in progress). */
export type RunConclusion =
  | 'success'
  | 'failure'
  | 'cancelled'
  | 'timed_out'
  | 'skipped'
  | 'neutral'
  | 'action_required'
  | 'stale'
  | 'startup_failure'
  | null

/** Run conclusions that mean "something failed and should be explained". */
export const FAILED_CONCLUSIONS: ReadonlySet<string> = new Set(['failure', 'timed_out', 'startup_failure'])

/** Job conclusions that mean the job failed (a job cannot fail to start on its own). */
export const FAILED_JOB_CONCLUSIONS: ReadonlySet<string> = new Set(['failure', 'timed_out'])

/** True when a run with this conclusion failed. */
export function isFailedRun(conclusion: string | null | undefined): boolean {
  return FAILED_CONCLUSIONS.has(conclusion ?? '')
}
