import type { CleanLine } from './log-line.js'

/**
 * What a runner or build tool says about how a step or the whole job ended. A step outcome
 * closes the current segment of the log: evidence in a step that passed is likely noise,
 * evidence in a step that failed is likely the cause. A job outcome decides whether any
 * finding is reported at all.
 */
export type Outcome = 'step-success' | 'step-failure' | 'job-success' | 'job-failure'

const JOB_SUCCESS = /^(?:Finished: SUCCESS|Done\. Your build exited with 0\.|Job succeeded)$/
const JOB_FAILURE =
  /^(?:Finished: (?:FAILURE|ABORTED|UNSTABLE)|Done\. Your build exited with [1-9]\d*\.|ERROR: Job failed\b)/
const STEP_SUCCESS = /^(?:The command ".{0,2000}" exited with 0\.|\[INFO\] BUILD SUCCESS$|BUILD SUCCESSFUL\b)/
const STEP_FAILURE =
  /^(?:The command ".{0,2000}" exited with [1-9]\d*\.|\[(?:INFO|ERROR)\] BUILD FAILURE$|BUILD FAILED\b|FAILURE: Build failed with an exception|make(?:\[\d+\])?: \*\*\* \[|npm ERR! code ELIFECYCLE$|error Command failed with exit code [1-9]|Build step '.{0,200}' marked build as failure$|Error: Process completed with exit code [1-9])/
const GHA_STEP_FAILURE = /^Process completed with exit code [1-9]\d*\.?$/

/**
 * Cheap first-character gate: every marker outside a `##[error]` line starts with one of these
 * letters or "[", so a line starting otherwise needs no regex (nor a string of its own).
 */
export function mayAnnounceOutcome(firstChar: number): boolean {
  const c = firstChar
  return (
    c === 0x46 ||
    c === 0x44 ||
    c === 0x4a ||
    c === 0x45 ||
    c === 0x54 ||
    c === 0x5b ||
    c === 0x42 ||
    c === 0x6d ||
    c === 0x6e ||
    c === 0x65
  )
}

/** The outcome a cleaned line announces, if any. */
export function outcomeOf(line: Pick<CleanLine, 'text' | 'command'>): Outcome | undefined {
  const t = line.text
  if (line.command === 'error') return GHA_STEP_FAILURE.test(t) ? 'step-failure' : undefined
  if (t.length === 0 || !mayAnnounceOutcome(t.charCodeAt(0))) return undefined
  if (JOB_SUCCESS.test(t)) return 'job-success'
  if (JOB_FAILURE.test(t)) return 'job-failure'
  if (STEP_SUCCESS.test(t)) return 'step-success'
  if (STEP_FAILURE.test(t)) return 'step-failure'
  return undefined
}
