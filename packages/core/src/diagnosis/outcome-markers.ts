import { firstChars, requiredLiterals } from './literal-hint.js'
import type { CleanLine } from './log-line.js'

/**
 * What a runner or build tool says about how a step or the whole job ended (or, for
 * `step-failing`, that the step has failed and says why next). A step outcome
 * closes the current segment of the log: evidence in a step that passed is likely noise,
 * evidence in a step that failed is likely the cause. A job outcome decides whether any
 * finding is reported at all. `job-frame` is no outcome but a runner's line that only a whole
 * job log holds (its first lines, its last). `agent-frame` is the same for a CI whose every failed
 * job says so in a line of its own (Buildkite's `🚨 Error: The command exited with status N`,
 * Azure Pipelines' `##[error]` task results): a whole job log of it without one failed nothing.
 */
export type Outcome =
  'step-success' | 'step-failure' | 'step-failing' | 'job-success' | 'job-failure' | 'job-frame' | 'agent-frame'

// A GitHub runner's first and last lines of a job: the log is the whole job, not an excerpt
// (only then does a log with no error annotation say that nothing failed).
/** A GitHub job log's statement of the job's name (the classifier reads the name after it). */
export const JOB_NAME_PREFIX = 'Complete job name: '
const JOB_FRAME = new RegExp(`^(?:Current runner version: '|${JOB_NAME_PREFIX}|Cleaning up orphan processes$)`)
// A Buildkite agent's first lines of a job (its hooks, its checkout), and Azure Pipelines' first
// and last tasks (read on the `##[section]` line, see agentFrameOf).
const AGENT_FRAME =
  /^~~~ (?:Preparing working directory|Running (?:agent|global) (?:environment|checkout|pre-checkout) hook)$/
const AZURE_FRAME = /^(?:Starting: Initialize job|Finishing: Finalize Job)$/
const JOB_SUCCESS = /^(?:Finished: SUCCESS|Done\. Your build exited with 0\.|Job succeeded)$/
const JOB_FAILURE =
  /^(?:Finished: (?:FAILURE|ABORTED|UNSTABLE)|Done\. Your build exited with [1-9]\d*\.|ERROR: Job failed\b)/
// Besides runners' and build tools' results (npm's own `npm info ok` at its verbose end, the
// classic Docker builder's `Successfully built 1f0c822b2af9`, not pip's `Successfully built
// wrapt PyYAML` for the wheels it built), test
// runners' all-passed summaries (go test's `PASS` and `ok  \tpkg\t0.01s` for each package,
// PHPUnit's `OK, but incomplete, skipped, or risky tests!`, prove's `All tests successful.`): they
// close the output of one test binary or run, whose error words were then expected output.
const STEP_SUCCESS =
  /^(?:The command ".{0,2000}" exited with 0\.|CircleCI received exit code 0$|\[INFO\] BUILD SUCCESS$|BUILD SUCCESSFUL\b|test result: ok\.|=+ (?:\d+ (?:passed|skipped|deselected|xfailed|xpassed|warnings?)(?:, )?)+ in [\d.]+s(?: \([\d:]+\))? =+$|Tests:\s+(?:\d+ (?:skipped|todo|passed), )*\d+ total$|OK(?: \(\d+ tests?(?:, \d+ assertions?)?\))?$|OK, but (?:incomplete, skipped, or risky tests|some tests were skipped|there were issues|some tests have issues)!$|All tests successful\.$|Passed(?: with \w{1,20} profile)?: 0 failure\(s\), \d+ warning\(s\) on \d+ files?\.|Result: PASS$|Passed!\s+- Failed:\s+0,|npm (?:info ok|verbose exit 0)$|Successfully built [0-9a-f]{12}$|ok {1,4}\t?\S{1,300}\t(?:[\d.]{1,12}s|\(cached\))(?:\s.{0,200})?$|PASS$)/
// Maven and Gradle announce the failure first and explain it after: the step is failing, its
// evidence still to come (Maven's reactor summary row of a module that failed, then `BUILD
// FAILURE`). So do MSBuild (`Build FAILED.`, then its errors again), xcodebuild's banners
// (`** BUILD FAILED **`, `** TEST FAILED **`, `** ARCHIVE FAILED **`, then the commands that
// failed) and PHPUnit's verdicts (`FAILURES!`, `ERRORS!`, then the counts). The go command's
// own fatal error in a `go test ./...` run (`go: no such tool "covdata"` under a package's
// `# pkg` header, `go: inconsistent vendoring`) fails the run whatever the packages after it
// print: their `ok  \tpkg` lines do not make it a test binary's expected output. pytest-cov's
// coverage gate (`FAIL Required test coverage of 76% not reached.`) fails the run that pytest's
// closing `=== 353 passed … ===` line then reports as passed; so do jest's (`Jest: "global"
// coverage threshold for lines (75%) not met: 47.88%`, before its `Tests: 14 passed, 14 total`)
// and istanbul's in nyc, c8 and vitest (`ERROR: Coverage for lines (49%) does not meet global
// threshold (80%)`).
const STEP_FAILING =
  /^(?:FAIL Required test coverage of [\d.]{1,12}% not reached\b|Jest: "[^"]{1,400}" coverage threshold for (?:lines|statements|branches|functions) \([\d.]{1,12}%\) not met\b|(?:ERROR: )?Coverage for (?:lines|statements|branches|functions) \([\d.]{1,12}%\) does not meet (?:global )?threshold\b|go: (?:no such tool "[\w.-]{1,40}"|updates to go\.(?:mod|sum) needed|inconsistent vendoring)|\[(?:INFO|ERROR)\] BUILD FAILURE$|\[INFO\] \S.{0,200} \.{2,} ?FAILURE \[ {0,4}[\d:.]{1,12} ?(?:s|min|h)?\]$|FAILURE: Build failed with an exception|Build FAILED\.$|\*\* [A-Z]{1,20}(?: [A-Z]{1,20})? FAILED \*\*$|(?:FAILURES|ERRORS)!$)/
// Travis's verdict on a command of any phase (`The command "pod install" failed and exited with 1
// during before_install.`), Bitrise's step table (`| x | xcode-archive@3 (exit code: 1) |`),
// Jenkins' `script returned exit code 1` (also behind `ERROR: ` or `hudson.AbortException: `),
// AppVeyor's `Command exited with code 1`.
// A test binary's or package's own failed summary ends that unit's output: what follows
// belongs to the next unit (jest's `Test Suites: 3 failed` though its `Tests:` count all
// passed). A Docker build's failed `RUN` (BuildKit's `ERROR: failed to solve: process
// "/bin/sh -c …" did not complete successfully`, the classic builder's `returned a
// non-zero code`) ends the output of the command it ran.
const STEP_FAILURE =
  /^(?:The command ".{0,2000}" (?:failed and )?exited with [1-9]\d*(?: during \w{1,40})?\.|\| x \| .{1,200}\(exit code: [1-9]\d*\)|test result: FAILED\.|=+ .{0,200}\b[1-9]\d* (?:failed|errors?)\b.{0,200} in [\d.]+s(?: \([\d:]+\))? =+$|Tests:\s+[1-9]\d* failed\b|Test Suites:\s+[1-9]\d* failed\b|FAIL\t\S+\t[\d.]+s$|(?:ERROR: |hudson\.AbortException: )?script returned exit code [1-9]|Command exited with code [1-9]|Exited with code (?:exit status )?[1-9]|\ud83d\udea8 Error: The command exited with status [1-9]|BUILD FAILED\b|make(?:\[\d+\])?: \*\*\* \[|npm ERR! code ELIFECYCLE$|error Command failed with exit code [1-9]|Build step '.{0,200}' marked build as failure$|Error: Process completed with exit code [1-9]|Process exited with code [1-9]\d*\b|(?:ERROR|Error|error)\b[^"]{0,300}?\bprocess ".{1,2000}" did not complete successfully: exit code: [1-9]\d*$|The command '.{1,2000}' returned a non-zero code: [1-9]\d*$)/
// `##[error]` lines that end a step: GitHub's, and Azure Pipelines' task results.
const GHA_STEP_FAILURE =
  /^(?:Process completed with exit code [1-9]\d*\.?|(?:Bash|PowerShell|Cmd\.exe|\w{1,40}) exited with code '[1-9]\d*'\.|Script failed with (?:exit code|error)\b.{0,200})$/

/**
 * The markers in the order they are tried, each with the ASCII characters its lines can start
 * with and the literals (lowercase, of two characters at least) one of which each of its lines
 * holds, when it has such literals.
 */
export const OUTCOME_MARKERS: readonly {
  regex: RegExp
  outcome: Outcome
  first: Uint8Array | undefined
  literals: readonly string[] | undefined
}[] = (
  [
    [JOB_FRAME, 'job-frame'],
    [AGENT_FRAME, 'agent-frame'],
    [JOB_SUCCESS, 'job-success'],
    [JOB_FAILURE, 'job-failure'],
    [STEP_SUCCESS, 'step-success'],
    [STEP_FAILING, 'step-failing'],
    [STEP_FAILURE, 'step-failure']
  ] as const
).map(([regex, outcome]) => ({
  regex,
  outcome,
  first: firstChars(regex.source, regex.flags),
  literals: requiredLiterals(regex.source, 2, true)
}))

/** The ASCII characters some marker's line can start with, read off the markers' own regexes. */
const FIRST_ASCII = OUTCOME_MARKERS.reduce((table, m) => {
  for (let c = 0; c < 128; c++) if (!m.first || m.first[c] === 1) table[c] = 1
  return table
}, new Uint8Array(128))

/**
 * Cheap first-character gate: a line whose first character no marker's line starts with needs
 * no regex (nor a string of its own). Beyond ASCII, which the markers' tables do not cover, only
 * Buildkite's 🚨 (its high surrogate) starts a marker.
 */
export function mayAnnounceOutcome(firstChar: number): boolean {
  return firstChar < 128 ? FIRST_ASCII[firstChar] === 1 : firstChar === 0xd83d
}

/** outcomeOf's `maybe` when any marker may match: bit k stands for OUTCOME_MARKERS[k]. */
export const ANY_OUTCOME = (1 << OUTCOME_MARKERS.length) - 1

/**
 * The outcome a cleaned line announces, if any. A caller that knows which markers' literals
 * the line lacks leaves their bits out of `maybe`: those markers are not tried.
 */
export function outcomeOf(line: Pick<CleanLine, 'text' | 'command'>, maybe = ANY_OUTCOME): Outcome | undefined {
  const t = line.text
  if (line.command === 'section') return AZURE_FRAME.test(t) ? 'agent-frame' : undefined
  if (line.command === 'error') return GHA_STEP_FAILURE.test(t) ? 'step-failure' : undefined
  if (t.length === 0) return undefined
  const c = t.charCodeAt(0)
  if (!mayAnnounceOutcome(c)) return undefined
  for (let k = 0; k < OUTCOME_MARKERS.length; k++) {
    const m = OUTCOME_MARKERS[k]!
    // A marker whose lines cannot start with this character, or hold none of its literals, is not tried.
    if ((maybe & (1 << k)) === 0 || (m.first && c < 128 && m.first[c] === 0)) continue
    if (m.regex.test(t)) return m.outcome
  }
  return undefined
}
