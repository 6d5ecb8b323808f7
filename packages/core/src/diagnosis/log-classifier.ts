/**
 * From a log to located findings in one streaming pass, in two stages. While reading, the
 * runner-format reader cuts the log into steps (GitHub `##[group]Run …`, `gh run view` step
 * columns, Travis and GitLab `$ cmd`, Azure `##[section]`), the locator keeps each step's
 * evidence lines (error-level lines of any tool, failure words, the last lines before a
 * failure marker), and the catalogue's rules mark the lines whose tool format they know. At
 * the end the classifier scores every pattern on the failed step: the rules as strong
 * evidence, the family cues of the evidence lines, the step's command and exit code as priors.
 * A failed job always gets a finding; one no class explains well has `confidence: low`.
 */
import type { Baseline } from './baseline.js'
import { loadCatalogue } from './catalogue.js'
import {
  CUE_TRIGGERS,
  CUES,
  FALLBACK_NOTICE,
  HARMLESS_NOTICE,
  LINTER_NAMES,
  PASSED_ROW,
  RETRY_NOTICE
} from './evidence-cues.js'
import {
  compareFindings,
  formatExcerpt,
  MAX_EVIDENCE_LINES,
  MAX_EXCERPT_CHARS,
  MAX_EXCERPT_LINES,
  type ClassifyResult,
  type Confidence,
  type Finding,
  type PatternScore
} from './finding.js'
import { fingerprint } from './line-fingerprint.js'
import { causeProbability, classProbabilities, lineFeatures, lineModel, windowFeatures } from './line-model.js'
import { ByteSplitter, FILTERED_CUT, FILTERED_ESCAPES, FILTERED_HIT, MAX_RAW_BYTES } from './line-splitter.js'
import { firstChars, firstNonBlankChars, isAsciiBlank, lastChars, requiredLiterals } from './literal-hint.js'
import { LiteralIndex, type LineScanner } from './literal-index.js'
import {
  annotationLintCue,
  evidenceKey,
  isAllClear,
  lineSeverity,
  matchCues,
  MAX_EVIDENCE_TEXT,
  detailOf,
  namesToolOnly,
  novelty,
  RepeatCounter,
  SEVERITY_LITERALS,
  StepEvidence,
  TAIL_LINES,
  type CueHit,
  type Evidence
} from './locator.js'
import {
  CaretEscapes,
  Cp437Mojibake,
  isWordChar,
  levelOf,
  LineView,
  MAX_MATCH_CHARS,
  MAX_RAW_CHARS,
  mayHavePrefix,
  stripAnsiBytes,
  timestampEndOfBytes,
  YARN_PACKAGE_WARNING
} from './log-line.js'
import { ANY_OUTCOME, JOB_NAME_PREFIX, mayAnnounceOutcome, OUTCOME_MARKERS, outcomeOf } from './outcome-markers.js'
import type { LineRegex } from './line-regex.js'
import type { Catalogue, CompiledRule, LineLevel } from './pattern-types.js'
import { RingBuffer } from './ring-buffer.js'
import { sourceLocationOf } from './source-location.js'
import { baseRate, exitCodeOf, failedCommandOf, exitCodePriors, stepPriors, type Priors } from './step-hints.js'

export interface ClassifyOptions {
  /** The catalogue to run; the built-in one when omitted. */
  catalogue?: Catalogue
  /** Lines of the same job's last passing log: evidence that it printed too is noise. */
  baseline?: Baseline
}

export interface EndOptions {
  /**
   * The job is known to have failed (the API says so) although the log may not show it,
   * e.g. because it was cut off before the step's failure marker.
   */
  knownFailed?: boolean
  /** The failed step's name as the API gives it: a hint for the step priors. */
  failedStep?: string
  /** Keep the per-pattern scores of the failed step in the result (`explain`). */
  explain?: boolean
}

/** The job's name speaks for a step that says nothing itself, at this share of a step's priors. */
const JOB_NAME_FACTOR = 0.5
/**
 * Job names that say nothing of the failure: `build`, the job of GitHub's starter workflows,
 * runs the tests and every check as often as it compiles.
 */
const GENERIC_JOB_NAME = /^build\b/i
// Evidence in a step that then passed is mostly noise (retried downloads, warnings, tests
// that print "error"); evidence in a step that failed is what the failure is about.
const PASSED_STEP_FACTOR = 0.3
const FAILED_STEP_FACTOR = 1.1
const WARNING_FACTOR = 0.5
/** Findings scoring below this (e.g. a summary line in a step that passed) are not reported. */
const MIN_SCORE = 12
/** A log that shows no failure marker is reported only on evidence at least this strong. */
const UNMARKED_MIN_SCORE = 18
/** Rules this decisive explain the whole job wherever they match (disk full, runner lost). */
const ROOT_CAUSE_WEIGHT = 90
const ROOT_CAUSE_BONUS = 20
/** At most this much is added for a pattern's second line of evidence (rule and cue, or two cues). */
const SUPPORT_CAP = 6
/** Lines at least this share of the best line's strength compete for the finding's line; the earliest wins. */
const NEAR_BEST = 0.65
/**
 * A row of a linter's table of findings at warning level (ESLint's `  5:28  warning  'page' is
 * defined but never used  no-unused-vars`): no mere warning when the run fails on their number,
 * but its errors are the lines to quote first.
 */
const WARNING_ROW = /^\s*\d{1,6}:\d{1,6}\s{1,8}warning\s{2}/
/** A summary line ("1 failed") competes for the finding's line at this share of its strength. */
const SUMMARY_FACTOR = 0.8
/** Family cues of a step whose tool also reported that family clean ("0 vulnerabilities") count this much. */
const CLEARED_FACTOR = 0.25
const MAX_VERDICT_CHARS = 100
/** Rules at least this heavy match a tool's own report of the failure: their line is the one to quote. */
const DETAIL_WEIGHT = 70
/** Tool reports within this many weight points of the best count as equally telling. */
const DETAIL_SPREAD = 2
/** Tool reports this close to the first one belong to the same failure's block. */
const DETAIL_BLOCK_LINES = 30
const RECENT_LINES = 64
const MAX_SECTION_CHARS = 200
const MAX_COMMAND_CHARS = 600
/** Failed steps remembered; the first one with evidence is the one explained. */
const MAX_FAILED_STEPS = 4
/** Evidence outside the code fences of a pasted log (the reporter's words about it) counts this much. */
const PROSE_FACTOR = 0.4
/** One count of a list that happens to be zero ("Bad licenses: 0", "unknown: 0"): no verdict on the rest. */
const LABELLED_ZERO = /[:=]\s*0\s*$/
/** A count of what passed, which alone says nothing of what failed ("5 passed (9.8s)" after "1 failed"). */
const PASS_COUNT = /\b[1-9]\d* (?:tests? )?passed\b/i
const ZERO_FAILED = /\b0 (?:failed|failures?|errors?)\b/i
/** Every count on the line is zero (`Total: 0 (UNKNOWN: 0, LOW: 0, …)`). */
const ALL_ZERO = /^(?=.*:\s*0\b)(?!.*\b[1-9]\d*\b)/
/** Evidence that a passing run of the job printed too counts this much: next to nothing. */
const BASELINE_FACTOR = 0.02
/** How much the line model's class probability (0–1) weighs against the scores when no class is confident. */
const MODEL_CLASS_WEIGHT = 2
/** The same, for a line only the model reports: as much as a step name's hint (14–22 points). */
const MODEL_ALONE_WEIGHT = 20
/** The line model's cause probability a line of an unmarked log needs to be reported on its own. */
const MODEL_CAUSE_MIN = 0.95
/** The line model's cause probability a row after a linter's command needs (see lintRowsFinding). */
const LINT_ROW_MIN = 0.5
/** A tool's announcement that it runs (`Running SwiftFormat...`, `Downloading and running hlint...`). */
const RUNNING_TOOL = /^\s*(?:\w+ and )?[Rr]unning (\S.{0,80}?)(?:\.{3}|…)?\s*$/
/** Lines on each side of a cause line the line model reads for its class. */
const MODEL_SPREAD = 2

// A diagnostic's header at warning level or below, as compilers and linters of many languages
// open one: rustc and clippy (`warning: unused variable`), selene and deno
// (`warning[unused_variable]:`), gcc, clang and clang-tidy (`a.c:4:41: warning: … [check]`),
// mypy's notes (`a.py:89: note: … [annotation-unchecked]`), Nim's (`os.nim(14, 47) Warning: …`),
// eslint's compact rows (`src/a.js: line 3, col 7, Warning - 'x' is defined but never used. (no-unused-vars)`).
const WARNING_DIAGNOSTIC = new RegExp(
  String.raw`^(?:(?:\S{1,300}?:\d+(?::\d+)?(?:-\d+)?:|\S{1,300}?\(\d+, ?\d+\)) (?:warning|note|hint|Warning|Hint)|warning)(?:\[[\w:/.-]{1,80}\])?: \S|^\S{1,300}?: line \d{1,7}, col \d{1,7}, Warning - \S|^\s*` +
    YARN_PACKAGE_WARNING +
    String.raw`\S`
)
// What makes a tool's warnings fail its run: rustc's and clippy's `-D warnings` (and the note
// `implied by \`-D warnings\``), gcc's `-Werror` and `cc1: all warnings being treated as
// errors`, eslint's `--max-warnings 0`, clang-tidy's `WarningsAsErrors` and `N warnings treated
// as errors`, MSBuild's `-warnaserror` and `TreatWarningsAsErrors`, oxlint's and selene's
// `--deny-warnings`, `--fatal-warnings`.
const FATAL_WARNINGS =
  /(?:^|[\s\x60'"=(])(?:-D ?warnings\b|-Werror\b|--max-warnings[= ]0\b|--deny-warnings\b|--fatal-warnings\b|[-/]warnaserror\b)|\bwarnings? (?:being |are |is )?treated as errors?\b|\bWarningsAsErrors\b|\bTreatWarningsAsErrors\b/i

// Lines after an evidence line a retry notice may follow it on (noteRetry).
const RETRY_WITHIN = 2
// A line that says what failed will be tried again (`attempt 1 of 5 failed: retrying in 2s`,
// `Retrying in 5 seconds...`, curl's `Will retry in 3 seconds`, pip's `Retrying (Retry(total=4, …`),
// not one that gives up after retries (Cypress's `Timed out retrying after 4000ms`); npm's
// `Using stale package data from https://registry.npmjs.org/ due to a request error` (its cache
// stands in for the registry it could not reach). Ansible's `...ignoring` under a task's `fatal:
// [host]: FAILED! => …` says the same of a task whose errors are ignored: the play went on.
const RETRY_AHEAD =
  /\b(?:using stale (?:package )?data from\b|retrying in \d|retry in \d|will (?:be )?retr(?:y|ied)\b|trying again\b|attempt \d{1,3} (?:of|\/) \d{1,3} failed\b|retrying \(|retrying\.{0,3}$)|^(?:\W{0,4}|\S{1,40}: )retrying\b(?! after)|^\.\.\.ignoring$|^\W{0,4}(?:still )?waiting for .{1,120}?(?:\.{2,3}|…)\s*$/i
// An action's own verdict, at warning level, that the process it ran failed (`Warning: Codecov:
// Failed to properly create commit: The process '…/codecov' failed with exit code 1`): the action
// was told not to fail on it, so what that process printed just before is a warning too.
const TOLERATED_FAILURE = /\bThe process '[^']{1,400}' failed with exit code [1-9]\d*$/

// A command line as a shell, make or a dry run prints it before running it: `echo` with its
// quoted text (make's recipe line `echo "e2e failed: timed out"`), whose words are printed on the
// next line if it runs, and a command run under coreutils' `timeout` (`timeout --signal=KILL 900
// ./e2e.sh`), whose limit and signal are its arguments, not a stop.
const COMMAND_LINE =
  /^(?:echo (?:-[neE]{1,3} )?["']|timeout (?:-{1,2}[\w-]{1,30}(?:[= ]\S{1,30})? ){0,4}\d{1,6}(?:\.\d{1,3})?[smhd]? \S)/

// A lint command told to exit 0 whatever it finds: its own `--exit-zero` (flake8, pylint, ruff)
// or a shell's `|| true` after it, on the command's own line.
const LINT_EXIT_ZERO = /(?:^|\s)--exit-zero\b|\|\|\s{0,4}(?:true|:|exit 0)\s*(?:$|[;&)])/m
const LINT_COMMAND = new RegExp(String.raw`\b(?:${LINTER_NAMES})\b`, 'i')

/** Whether a line's bytes open with `echo ` or `timeout ` (COMMAND_LINE, read in full by segment). */
function opensCommandLine(text: Uint8Array, start: number, end: number): boolean {
  const word = text[start] === 0x65 ? ECHO_WORD : TIMEOUT_WORD
  if (end - start <= word.length) return false
  for (let k = 0; k < word.length; k++) if (text[start + k] !== word[k]) return false
  return true
}
const ECHO_WORD = Buffer.from('echo ')
const TIMEOUT_WORD = Buffer.from('timeout ')

/** Whether a command of the step runs a linter told to exit 0 whatever it finds. */
function lintNeverFails(step: Step): boolean {
  const lines = [step.title ?? '', ...step.commands.split('\n'), ...step.shell.map((c) => c.text)]
  return lines.some((l) => LINT_EXIT_ZERO.test(l) && LINT_COMMAND.test(l))
}

/** Evidence of lint alone: a lint rule's line, or a line whose every cue is lint's. */
function isLintEvidence(e: Evidence): boolean {
  if (e.rule) return e.rule.pattern === 'PAT-007'
  return e.cues.length > 0 && e.cues.every((c) => c.pattern === 'PAT-007')
}

// A reporter's verdict on one file of many (vfile-reporter's `README.md: no issues found`): the
// last file's, not the run's.
const PER_FILE_VERDICT = /^[\w./@-]{1,300}\.[A-Za-z]\w{0,7}: \S/

// A tool's word that its run failed (not an error noun: `Use -header-filter=.* to display errors`).
// A line that gives something's verdict as failed and why (`hello-world failed: Output mismatch`,
// `Step validate failed: Command failed: npm run test:run`).
const FAILED_VERDICT = /\b(?:failed|FAILED): \S|\bfailed with (?:exit )?(?:code|status)\b/
/** The same verdict with no reason after it (`Test(s) failed.`), which counts only with a family's words beside it. */
const FAILED_BARE = /\b(?:failed|FAILED)[.!]$/
const SAYS_FAILED = /\b(?:fail(?:ed|s|ure)?|did not pass|not ok|aborting|aborted)\b/i

// A GitHub step that runs an action (`Run actions/upload-artifact@v4`), not a script.
const ACTION_STEP = /^Run [\w.-]+\/[\w./-]+@\S+$/

// A shell asked for the exit status of the command before: `echo $?`, `echo $LASTEXITCODE`,
// `echo %ERRORLEVEL%`.
const EXIT_STATUS_ECHO = /^echo ["']?(?:\$\?|\$LASTEXITCODE|%ERRORLEVEL%)["']?$/i

function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a
}

// The header npm, pnpm and yarn print as they run a package script (`> pkg@1.0.0 build`,
// `> @scope/pkg@2.3.0-rc.1 test /home/runner/work/app`), quoted by `> `: the line after it is
// the script's command (`> tsc -p .`), not a quote of the tool's output.
const SCRIPT_ECHO_HEADER = /^(?:@[\w.-]{1,60}\/)?[\w.-]{1,100}@\d[\w.+-]{0,40} [\w:.-]{1,60}(?: \S{1,300})?$/

// A prompt, then the command it ran: PowerShell's (`PS> `, `PS C:\src> `, `PS /home/app> `),
// cmd.exe's (`C:\src>`), a Docker build's instruction (`Step 5/9 : RUN `, BuildKit's
// `#8 [4/6] RUN `, `#12 [builder 3/7] RUN `, the `[4/6] RUN ` left once LineView takes its
// `#8 ` off, its terminal view's `=> [4/6] RUN `), a POSIX shell's (bash's `runner@host:~/app$ `,
// `root@4f2a:/src# `, `[user@host app]$ `, openSUSE's `user@host:~> `, zsh's `user@host ~ % `,
// fish's `user@host ~/app> `, oh-my-zsh's `➜  app git:(main) ✗ `, a shell's own default
// `bash-5.1$ ` and `sh-4.4# `, a working directory's `/home/ui $ ` and `~/app $ `; not
// starship's `❯ `, which vitest writes before a test file's row),
// each of the shell ones perhaps behind the virtualenv or conda environment it runs in
// (`(venv) `, `(base) `), and Python's interactive prompts (`>>> `, IPython's `In [3]: `).
// The line names what ran (its flags, its time limit); what the command reported follows it.
// A path with a `(`, a `:` or a `<` after its drive is a tool's report on a file
// (`C:\src\Foo.cs(3,1): error …`), no prompt.
const COMMAND_PROMPT =
  /^ {0,4}(?:\([\w./~-]{1,80}\) )?(?:PS(?: (?:[A-Za-z]:\\|\/|~)[^<>:"|?*()']{0,200})?> ?|[A-Z]:\\[^<>:"|?*()']{0,200}> ?|Step \d{1,4}\/\d{1,4} : RUN |(?:#\d{1,5} |=> (?:CACHED )?)?\[[^\]]{1,80}\] RUN |[a-z_][\w.-]{0,31}@[\w.-]{1,64}(?::[^\s$#>%]{0,200}[$#>%]| \S{1,200} ?[$#>%]) |\[[a-z_][\w.-]{0,31}@[\w.-]{1,64} [^\]\s]{1,200}\][$#] |\u279c {2}\S{1,200}(?: git:\([^)\s]{1,100}\))?(?: \u2717)? |[a-z]{0,2}sh-\d{1,2}(?:\.\d{1,3}){0,2}[$#] |[~/][^\s$#]{0,200} [$#] |>>> |In \[\d{1,5}\]: )(?=\S)/

/** Where the command starts in a line that opens with a prompt (COMMAND_PROMPT), else 0. */
function promptedCommand(text: string): number {
  const m = COMMAND_PROMPT.exec(text)
  return m ? m[0].length : 0
}

/** A character of a user's name in a POSIX prompt (`[\w.-]`). */
function isUserNameChar(e: number): boolean {
  return isWordChar(e) || e === 0x2e || e === 0x2d
}

/**
 * Whether a line may open with a prompt (COMMAND_PROMPT), told by its characters (`at(k)`,
 * NaN or undefined past its end): a Docker build's `[4/6] RUN ` by the `] RUN ` after the
 * bracket.
 */
function mayOpenWithPrompt(at: (k: number) => number | undefined): boolean {
  let o = 0
  while (o < 4 && at(o) === 0x20) o++
  // A virtualenv's or conda's `(venv) ` before a shell's prompt: what follows it is read.
  if (at(o) === 0x28) {
    let k = o + 1
    while (k < o + 82 && at(k) !== 0x29) {
      const e = at(k)
      if (e === undefined || e !== e) return false
      k++
    }
    if (at(k) !== 0x29 || at(k + 1) !== 0x20) return false
    o = k + 2
  }
  const c = at(o)
  const d = at(o + 1)
  if (c === 0x23) return d !== undefined && d >= 0x30 && d <= 0x39
  // Python's `>>> `, oh-my-zsh's `➜  `.
  if (c === 0x3e) return d === 0x3e && at(o + 2) === 0x3e && at(o + 3) === 0x20
  if (c === 0x279c) return d === 0x20 && at(o + 2) === 0x20
  // bash's `[user@host dir]$ ` (the user's name, then `@`).
  if (c === 0x5b && d !== undefined && ((d >= 0x61 && d <= 0x7a) || d === 0x5f) && opensUserName(at, o + 1)) return true
  if (c === 0x5b || (c === 0x3d && d === 0x3e)) {
    for (let k = o + 1; k < 100; k++) {
      const e = at(k)
      if (e === undefined || e !== e) return false
      if (e === 0x5d) return at(k + 1) === 0x20 && at(k + 2) === 0x52 && at(k + 3) === 0x55 && at(k + 4) === 0x4e
    }
    return false
  }
  if (c === undefined) return false
  // A POSIX shell's `user@host:…$ `: the user's name, then `@`; or its default `bash-5.1$ `.
  if ((c >= 0x61 && c <= 0x7a) || c === 0x5f) return opensUserName(at, o) || opensShellVersion(at, o)
  // A working directory, a blank, then `$ ` or `# ` (`/home/ui $ `, `~/app $ `).
  if (c === 0x2f || c === 0x7e) {
    for (let k = o + 1; k < o + 202; k++) {
      const e = at(k)
      if (e === undefined || e !== e) return false
      if (e === 0x20) return (at(k + 1) === 0x24 || at(k + 1) === 0x23) && at(k + 2) === 0x20
    }
    return false
  }
  if (!isUpperAscii(c)) return false
  if (d === 0x3a) return at(o + 2) === 0x5c
  if (c === 0x50) return d === 0x53 && (at(o + 2) === 0x20 || at(o + 2) === 0x3e)
  // IPython's `In [3]: `.
  if (c === 0x49) return d === 0x6e && at(o + 2) === 0x20 && at(o + 3) === 0x5b
  return c === 0x53 && d === 0x74 && at(o + 2) === 0x65 && at(o + 3) === 0x70
}

/** Whether a shell's name and version (`bash-5.1`, `sh-4.4`) start at `o`. */
function opensShellVersion(at: (k: number) => number | undefined, o: number): boolean {
  for (let k = o; k < o + 3; k++) {
    if (at(k) === 0x73 && at(k + 1) === 0x68 && at(k + 2) === 0x2d) {
      const d = at(k + 3)
      return d !== undefined && d >= 0x30 && d <= 0x39
    }
  }
  return false
}

/** Whether a user's name (up to 32 characters) then `@` starts at `o`. */
function opensUserName(at: (k: number) => number | undefined, o: number): boolean {
  for (let k = o + 1; k < o + 33; k++) {
    const e = at(k)
    if (e === 0x40) return true
    if (e === undefined || !isUserNameChar(e)) return false
  }
  return false
}

/** Python's line between two exceptions of one chain: the later one is what was raised. */
const TRACEBACK_CHAIN =
  /^(?:During handling of the above exception, another exception occurred|The above exception was the direct cause of the following exception):$/
const MAX_CHAIN_LINES = 32

const WARNING_BYTES = Buffer.from('warning')

/** Whether the bytes from `start` open a line `warning: ` or `warning[…]: `. */
function opensWarning(b: Uint8Array, start: number, end: number): boolean {
  if (end - start < 10) return false
  for (let i = 0; i < 7; i++) if (b[start + i] !== WARNING_BYTES[i]) return false
  const c = b[start + 7]
  return c === 0x3a ? b[start + 8] === 0x20 : c === 0x5b
}

/**
 * Whether a line whose first character is `c` goes on the diagnostic above it rather than
 * starting a line of its own: indented, or a rustc-style gutter (` --> `, `|`, `│`, `= note:`,
 * carets, a code frame's line number).
 */
function continuesDiagnostic(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x7c ||
    c === 0x3d ||
    c === 0x5e ||
    c === 0x7e ||
    c === 0x2d ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x2500 && c <= 0x257f) ||
    c === 0xb7
  )
}

/**
 * A recent line, kept as offsets into the string it came from (its decoded segment), or, for
 * a line read without being decoded, into the chunk's bytes (`buf`) until the chunk has been
 * read; the text is made only if an excerpt needs it.
 */
interface Recent {
  line: number
  src: string
  from: number
  to: number
  buf: Buffer | undefined
  /** The line's runner timestamp, or where it sits in `tsBuf` until the chunk has been read. */
  timestamp?: string
  tsBuf: Buffer | undefined
  tsFrom: number
  tsTo: number
  /** Outside a Markdown code fence (see Evidence.prose). */
  prose: boolean
  /** A command the log echoed as it ran it (see LogClassifier.echoedCommand). */
  command: boolean
  /** The first character of the text (its code). */
  first: number
  /** Bit k: lazy `context.after` regex k was tried on the line (see LogClassifier.afterLine); `matched`: it matched. */
  tried: number
  matched: number
}

function newRecent(): Recent {
  return {
    line: 0,
    src: '',
    from: 0,
    to: 0,
    buf: undefined,
    tsBuf: undefined,
    tsFrom: 0,
    tsTo: 0,
    prose: false,
    command: false,
    first: 0,
    tried: 0,
    matched: 0
  }
}

/** The text of a recent line, at most `max` characters (decoded here if it was not yet). */
function recentText(r: Recent, max = Infinity): string {
  if (r.buf !== undefined) {
    r.src = r.buf.toString('utf8', r.from, r.to)
    r.from = 0
    r.to = r.src.length
    r.buf = undefined
  }
  return r.src.slice(r.from, Math.min(r.to, r.from + max))
}

/** The runner timestamp of a recent line (decoded here if it was not yet). */
function recentTimestamp(r: Recent): string | undefined {
  if (r.tsBuf !== undefined) {
    r.timestamp = r.tsBuf.toString('latin1', r.tsFrom, r.tsTo)
    r.tsBuf = undefined
  }
  return r.timestamp
}

interface Hit {
  pattern: string
  rule: string
  weight: number
  score: number
  line: number
  timestamp?: string
  section?: string
  excerpt: string[]
  excerptChars: number
}

interface Accumulator {
  best: Hit
  lines: number[]
  count: number
}

interface AfterState {
  regex: LineRegex
  last: number
  lastTimestamp?: string
}

/** One step of the job (or the whole log when it shows no steps). */
interface Step {
  start: number
  end: number
  title?: string
  /**
   * The step's name as `gh run view --log` writes it in its step column (`Lint with luacheck`),
   * when the step's title is its `Run …` header: the name says what the step is for, as the
   * failed step's name the monitor knows does (EndOptions.failedStep).
   */
  column?: string
  /** The commands the step ran, as the log shows them (a `Run` header's script, a Docker `RUN`). */
  commands: string
  /**
   * Commands a shell echoed as it ran them (`$ cmd` of GitLab and Travis, `+ cmd` of `set -x`),
   * the last MAX_SHELL_COMMANDS: only the one before the failure's evidence says what failed.
   */
  shell: { line: number; text: string }[]
  evidence: StepEvidence
  /** Best rule hit per pattern, scored as the step ended. */
  rules: Map<string, Hit>
  /** Every line a rule matched, per pattern (bounded). */
  ruleLines: Map<string, number[]>
  errorAnnotated: boolean
  /** Patterns an all-clear line of the step spoke for ("0 vulnerabilities", "compliant"). */
  clear: Set<string>
  /** The step announced its failure (Maven's `BUILD FAILURE`) and explains it after. */
  failing?: boolean
  /**
   * Lines where a Python traceback chains to the next (`During handling of the above
   * exception, another exception occurred:`), the first MAX_CHAIN_LINES.
   */
  chained?: number[]
  exitCode?: number
  /** The exit code of a command the step ran inside another (a Docker build's `RUN`). */
  innerExitCode?: number
  /** The last line that named a command the step ran inside another as failed. */
  failedCommandLine?: number
  outcome: 'passed' | 'failed' | 'open'
  /** Line of the failure marker that closed the step. */
  markerLine?: number
  /** That line's text, when it is inside a pasted log's code fence. */
  markerText?: string
}

/**
 * What tells, per line and cheaply, which regexes could match it; built once per catalogue.
 * Ids 0…rules-1 are the rules, then the distinct `context.after` regexes, then the cues, then
 * one id for the severity words.
 */
interface Prefilter {
  /**
   * Rule ids without literals: candidates for every line their first-character gate lets
   * through, listed per first character (128: a character from 128 up).
   */
  alwaysByFirst: readonly Int32Array[]
  hasLiterals: readonly boolean[]
  first: readonly (Uint8Array | undefined)[]
  /** Per rule, the first non-blank and the last characters a line it matches can have (see literal-hint.ts). */
  firstNonBlank: readonly (Uint8Array | undefined)[]
  last: readonly (Uint8Array | undefined)[]
  afters: readonly LineRegex[]
  ruleAfter: readonly (number | undefined)[]
  /** Id of cue 0's trigger words (cue k: cueBase + k), and the id of the severity words. */
  cueBase: number
  severityId: number
  /** Id of cue 0's own literals (cue k: cueLiteralBase + k), and of gated cue 0's (gatedCues[k]: gatedBase + k). */
  cueLiteralBase: number
  gatedBase: number
  /** The cues' own required literals alone (id k: cue k), for the last lines of a failed step. */
  cueIndex: LiteralIndex | undefined
  /** What cueIndex is built from, when first needed (a failed step's last lines). */
  cueLiterals: readonly (readonly string[] | undefined)[]
  /** Per cue, 1 when it has required literals (see cueIndex): where none occurs, its regex cannot match. */
  cueHasLiterals: Uint8Array
  /** Cues without literals: tried on every candidate line their character gates let through. */
  gatedCues: readonly number[]
  /** Per gated cue (same order), its first, first non-blank and last character tables, as for rules. */
  cueGates: readonly {
    first: Uint8Array | undefined
    firstNonBlank: Uint8Array | undefined
    last: Uint8Array | undefined
    /** It has literals of two characters (a list of tool names), found by `byteIndex` (id: gatedBase + its place in gatedCues). */
    literals: boolean
  }[]
  /**
   * `byteIndex` as the scanner of the splitter: a line in which no literal of `index` nor a
   * MARKER_LITERALS occurs may need no reading; where literals occur, the splitter keeps them.
   */
  scanner: LineScanner
  /**
   * The literals of every id over UTF-8 bytes, with MARKER_LITERALS as more ids: the
   * splitter's scan, and that of a line's text, encoded (its literals are found in its UTF-8
   * bytes as in its characters, in the same order).
   */
  byteIndex: LiteralIndex
  /** Per state of `scanner` (row offset / width), the MARKER_FLAGS of the markers that end there. */
  markerFlags: Uint8Array
  /**
   * Per state of `scanner`, the outcome markers (bit k: OUTCOME_MARKERS[k]) one of whose
   * literals ends there; they make no line a candidate.
   */
  outcomeFlags: Uint8Array
  /** The outcome markers without literals: any line may hold one. */
  alwaysOutcomes: number
  /** Per ASCII first character of a line's text, the outcome markers whose lines may start with it. */
  firstOutcomes: Uint8Array
  /** Per ASCII first character of a line's text, what it needs besides its literals (READ_* bits). */
  firstRead: Uint8Array
  /** Per ASCII first character, the eager `context.after` regexes without literals whose gate lets it through (indexes into `afters`). */
  plainAfters: readonly number[][]
  /**
   * Per `context.after` regex, 1 when it is lazy: it has no literals to tell the lines it may
   * match, and its rules look no further back than the recent lines reach, so it is tried
   * only on the lines before a line where one of its rules matches (see
   * LogClassifier.afterLine), not on every line as it is read.
   */
  lazyAfter: Uint8Array
  /** Per `context.after` regex, the widest `within` of its rules. */
  afterWithin: Int32Array
  /** The lazy ones (indexes into `afters`), and the widest `within` among them (-1: none). */
  lazyAfters: Int32Array
  lazyWithin: number
}

/** Which markers a line holds (see LogClassifier.markersIn); MARKER_CASED: one that needs a look with case. */
const MARKER_TAB = 1
const MARKER_TRAVIS = 4
const MARKER_LINK = 8
const MARKER_CASED = 16

/**
 * Text that makes LineView.reset take the full cleaning: a tab, Travis markers and a web
 * view's line link (matched here whatever their case), a byte-order mark. One id each after
 * the catalogue's, in this order, so that the splitter's scan tells which occur. Escapes are
 * not literals: the splitter steps over ANSI sequences and tells which segments hold some
 * (FILTERED_ESCAPES), so that a line is a candidate only for what its text holds without them.
 */
const MARKER_LITERALS = [['\t'], ['travis_', '[0k', '](https://github.com/'], ['\ufeff']]
/** What each id of MARKER_LITERALS says of a line. */
const MARKER_FLAGS = [MARKER_TAB, MARKER_CASED, 0]

/**
 * What a line whose text starts with a given ASCII character needs besides its literals (bits
 * of Prefilter.firstRead): an outcome marker, a `context.after` regex without literals or a
 * rule without literals may match it; it may be a `$ `/`+ ` command, pytest's `E` level, or a
 * `Run …` header pasted from the web view.
 */
const READ_OUTCOME = 1
const READ_AFTER = 2
const READ_GATES = 4
const READ_COMMAND = 8
const READ_E_LINE = 16
const READ_RUN_HEADER = 32

let builtIn: Catalogue | undefined
const prefilters = new WeakMap<Catalogue, Prefilter>()

function prefilterOf(catalogue: Catalogue): Prefilter {
  let p = prefilters.get(catalogue)
  if (p) return p
  const afters: LineRegex[] = []
  const bySource = new Map<string, number>()
  const ruleAfter = catalogue.rules.map((r) => {
    if (!r.after) return undefined
    const key = `${r.after.source}/${r.after.flags}`
    let k = bySource.get(key)
    if (k === undefined) {
      k = afters.length
      afters.push(r.after)
      bySource.set(key, k)
    }
    return k
  })
  const cueLiterals = CUES.map((c) => requiredLiterals(c.regex.source))
  const gatedCues = cueLiterals.flatMap((l, i) => (l && l.length > 0 ? [] : [i]))
  // A cue with no literal of three characters may still have one of two (a list of tool names).
  // It is still tried after the others, as before: the order of a line's cues counts.
  const gatedLiterals = gatedCues.map((i) => requiredLiterals(CUES[i]!.regex.source, 2, true))
  // After the severity words, each cue's own literals and each gated cue's literals of two
  // characters: one scan of a line finds them with the rest. They make no line a candidate.
  const literals = [
    ...catalogue.rules.map((r) => r.literals),
    ...afters.map((a) => requiredLiterals(a.source)),
    ...CUES.map((c) => CUE_TRIGGERS[c.id]),
    SEVERITY_LITERALS,
    ...cueLiterals,
    ...gatedLiterals
  ]
  const regexes = [...catalogue.rules.map((r) => r.regex), ...afters]
  const hasLiterals = literals.map((l) => l !== undefined && l.length > 0)
  const cueBase = catalogue.rules.length + afters.length
  const severityId = cueBase + CUES.length
  const cueLiteralBase = severityId + 1
  const gatedBase = cueLiteralBase + CUES.length
  const first = regexes.map((re) => firstChars(re.source, re.flags))
  // The same ids over bytes, one per kind of marker and one per outcome marker, which `mark` ignores.
  const markerBase = literals.length
  const outcomeBase = markerBase + MARKER_LITERALS.length
  // One bit per outcome marker in a byte (outcomeFlags).
  if (OUTCOME_MARKERS.length > 8) throw new Error('prefilterOf: more outcome markers than bits')
  const byteIndex = LiteralIndex.forBytes([...literals, ...MARKER_LITERALS, ...OUTCOME_MARKERS.map((m) => m.literals)])
  const afterWithin = new Int32Array(afters.length)
  catalogue.rules.forEach((r, i) => {
    const k = ruleAfter[i]
    if (k !== undefined) afterWithin[k] = Math.max(afterWithin[k]!, r.within)
  })
  // Those with literals are tried only on the lines that hold one, which costs little as it is.
  const lazyAfter = Uint8Array.from(afterWithin, (w, k) =>
    w < RECENT_LINES && k < 31 && !hasLiterals[catalogue.rules.length + k] ? 1 : 0
  )
  const plainAfters = Array.from({ length: 128 }, (_, c) =>
    afters.flatMap((_, k) => {
      const id = catalogue.rules.length + k
      return lazyAfter[k] === 0 && !hasLiterals[id] && (!first[id] || first[id]![c] === 1) ? [k] : []
    })
  )
  const alwaysByFirst = Array.from({ length: 129 }, (_, c) =>
    Int32Array.from(
      catalogue.rules.flatMap((_, i) => (!hasLiterals[i] && (c === 128 || !first[i] || first[i]![c] === 1) ? [i] : []))
    )
  )
  p = {
    alwaysByFirst,
    hasLiterals,
    first,
    firstNonBlank: catalogue.rules.map((r) => firstNonBlankChars(r.regex.source, r.regex.flags)),
    last: catalogue.rules.map((r) => lastChars(r.regex.source, r.regex.flags)),
    afters,
    ruleAfter,
    cueBase,
    severityId,
    cueLiteralBase,
    gatedBase,
    cueIndex: undefined,
    cueLiterals,
    cueHasLiterals: Uint8Array.from(cueLiterals, (l) => (l && l.length > 0 ? 1 : 0)),
    gatedCues,
    cueGates: gatedCues.map((i, k) => {
      const { source, flags } = CUES[i]!.regex
      return {
        first: firstChars(source, flags),
        firstNonBlank: firstNonBlankChars(source, flags),
        last: lastChars(source, flags),
        literals: (gatedLiterals[k]?.length ?? 0) > 0
      }
    }),
    byteIndex,
    markerFlags: byteIndex.stateFlags((id) =>
      id >= markerBase && id < outcomeBase ? MARKER_FLAGS[id - markerBase]! : 0
    ),
    outcomeFlags: byteIndex.stateFlags((id) => (id >= outcomeBase ? 1 << (id - outcomeBase) : 0)),
    alwaysOutcomes: OUTCOME_MARKERS.reduce((bits, m, k) => (m.literals ? bits : bits | (1 << k)), 0),
    firstOutcomes: Uint8Array.from({ length: 128 }, (_, c) =>
      OUTCOME_MARKERS.reduce((bits, m, k) => (!m.first || m.first[c] === 1 ? bits | (1 << k) : bits), 0)
    ),
    // A line holding only cue literals is not a candidate: the filter passes it by.
    scanner: byteIndex.lineScanner({
      counts: (id) => id < cueLiteralBase || (id >= gatedBase + gatedCues.length && id < outcomeBase),
      escapes: true
    }),
    firstRead: Uint8Array.from({ length: 128 }, (_, c) => {
      let read = 0
      if (mayAnnounceOutcome(c) && OUTCOME_MARKERS.some((m) => !m.first || m.first[c] === 1)) read |= READ_OUTCOME
      if (plainAfters[c]!.length > 0) read |= READ_AFTER
      if (alwaysByFirst[c]!.length > 0) read |= READ_GATES
      if (
        c === 0x24 ||
        c === 0x2b ||
        c === 0x23 ||
        c === 0x5b ||
        c === 0x3d ||
        c === 0x20 ||
        c === 0x5f ||
        c === 0x28 ||
        c === 0x3e ||
        c === 0x2f ||
        c === 0x7e ||
        isUpperAscii(c) ||
        (c >= 0x61 && c <= 0x7a)
      )
        read |= READ_COMMAND
      if (c === 0x45) read |= READ_E_LINE
      if (c === 0x52) read |= READ_RUN_HEADER
      return read
    }),
    plainAfters,
    lazyAfter,
    afterWithin,
    lazyAfters: Int32Array.from(afters.flatMap((_, k) => (lazyAfter[k] === 1 ? [k] : []))),
    lazyWithin: Math.max(-1, ...afterWithin.filter((_, k) => lazyAfter[k] === 1))
  }
  prefilters.set(catalogue, p)
  return p
}

// A runner's `Run …` header is the step's script, then a block that opens with `shell: …`
// (a `run:` step), `with:` or `env:` (inputs and environment, indented two spaces), then
// `##[endgroup]`; a `uses:` step without inputs closes the group at once. A group of any other
// shape is a script's own `::group::Run …`, and its lines are output like any other.
const HEADER_BLOCK_START = /^(?:with:$|env:$|shell: )/
const HEADER_BLOCK_LINE = /^(?:with:$|env:$|shell: | {2}\S)/
/** A possible header longer than this is output: what was held back is read as such. */
const MAX_HEADER_LINES = 200
/** Shell-echoed commands kept per step (the last ones). */
const MAX_SHELL_COMMANDS = 64
const MAX_HEADER_CHARS = 64 * 1024

/** Lines after `##[group]Run …`, held back until `##[endgroup]` shows whether they were a runner's header. */
interface HeldHeader {
  title: string
  /** Each held line as read (for a replay) and its text (for the step's commands). */
  lines: { raw: string; text: string; line: number }[]
  chars: number
  /** Past the script: inside the `shell:`/`with:`/`env:` block. */
  block: boolean
  /**
   * A `Run …` header as GitHub's web view shows it in a pasted log: the script and its
   * `shell:`/`env:` block follow, indented two spaces, and the first line that is not
   * indented ends it. Without such a block the indented lines were output.
   */
  ui?: boolean
  /** A web view's header: past `shell:` or `env:`, where only `env:` entries may follow. */
  env?: boolean
  /** The header's own line. */
  line: number
}

// Section starts: Travis/GitLab `$ cmd`, Jenkins `+ cmd`, Azure `##[section]Starting: X`.
const FENCE = /^\s*(?:\x60{3}|~{3})/

/** A line of no words (`^^^^`, `-----`), a Markdown fence line or a Jenkins pipeline step line. */
function isMarkup(s: string, from: number, to: number): boolean {
  // A Jenkins pipeline's own step lines (`[Pipeline] }`, `[Pipeline] // stage`), which stand
  // between a failed `sh` step's output and `ERROR: script returned exit code 1`.
  if (s.startsWith(PIPELINE_STEP, from)) return true
  let wordy = false
  for (let i = from; i < to && !wordy; i++) {
    const c = s.charCodeAt(i) | 0x20
    wordy = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c >= 0x80
  }
  return !wordy || FENCE.test(s.slice(from, Math.min(to, from + 16)))
}
const PIPELINE_STEP = '[Pipeline] '
const AZURE_SECTION = /^Starting: (.{1,200})$/
const SCRIPT_CONTENTS = 'Script contents:'
// The same block in the web view, indented two spaces under its `Run …` line.
const UI_HEADER_BLOCK_START = /^ {2}(?:with:$|env:$|shell: )/
const UI_HEADER_BLOCK_LINE = /^ {2}(?:with:$|env:$|shell: | {2}\S)/
const UI_HEADER_ENV_START = /^ {2}(?:env:$|shell: )/
// An environment variable's name: upper case, or any case with an underscore (`error:` is output).
const UI_HEADER_ENV_LINE = /^ {2}(?:env:$| {2}(?:[A-Z_][A-Z0-9_]*|[A-Za-z]\w*_[\w.-]*):(?: |$))/
const UI_STEP_HEADER =
  /^Run (?:[\w.-]+\/[\w.-]+@\S+$|(?!.*\.{3,}(?:\(no files to check\))?(?:Failed|Passed|Skipped)$)[\w./@-]+(?: \S+){0,30}$)/

/**
 * A push-style, single-pass log classifier. Feed it chunks as they arrive (`push`), then call
 * `end` for the findings. State is bounded whatever the log size: the current segment (at most
 * 16 KiB), a window of recent lines, the evidence of the current and a few failed steps, and
 * one best hit plus at most MAX_EVIDENCE_LINES line numbers per pattern.
 */
export class LogClassifier {
  private readonly catalogue: Catalogue
  private baseline: Baseline | undefined
  private readonly rules: readonly CompiledRule[]
  private readonly afters: AfterState[]
  private readonly splitter: ByteSplitter
  /** A log saved by `gh run view --log` shows its ANSI codes' escapes as `^[`: read as escapes. */
  private readonly carets = new CaretEscapes()
  private readonly mojibake = new Cp437Mojibake()
  /** The stamp of the candidates readPlain found for the line it handed over to `segment` (see match). */
  private scanned = 0
  private scannedLine = 0
  /** The text of the line readPlain reads, once decoded. */
  private plain: string | undefined
  /**
   * Where the splitter's scan of the current segment started (-1: it did not keep all the
   * literals it found there), and the literals it found: its `found`[foundFrom, foundTo).
   */
  private scanFrom = -1
  private foundFrom = 0
  private foundTo = 0
  /** The `context.after` regexes (indexes into `afters`) that matched the line readPlain reads. */
  private readonly afterHits: Int32Array
  /** Where a line's text is encoded to be scanned (scanText): three bytes to a UTF-16 unit at most. */
  private readonly textBytes = Buffer.allocUnsafe(MAX_RAW_BYTES)
  /** Where a stripped line's bytes are written (readPlain). */
  private readonly scratch = Buffer.allocUnsafe(MAX_MATCH_CHARS)
  /** The next marker of each kind in the current chunk (see markersIn; -1: none, -2: not looked for). */
  private readonly markers = {
    buf: undefined as Buffer | undefined,
    from: 0,
    tab: -2,
    travis: -2,
    clear: -2,
    link: -2
  }
  /** Some recent line still points into the current chunk. */
  private undecoded = false
  private readonly view = new LineView(true)
  private readonly recent = new RingBuffer<Recent>(RECENT_LINES)
  private readonly pending = new Map<string, Accumulator>()
  private readonly settled = new Map<string, Accumulator>()
  /** Hits and evidence whose excerpt is made once the lines after them have been read, oldest first. */
  private readonly awaiting: (Hit | Evidence)[] = []
  private awaitingHead = 0
  private readonly repeats = new RepeatCounter()
  private readonly failedSteps: Step[] = []
  private step: Step
  /** stepLints' answer for a step, while its title and commands stay as they were. */
  private lintStep: { step: Step; key: number; lints: boolean } | undefined
  private section: string | undefined
  /**
   * A `Run …` group is open and its lines are held back: a runner's header (the step's
   * source, not output) is skipped once `##[endgroup]` confirms its shape; anything else is
   * read as output, in order, as soon as a line shows it is not a header.
   */
  private held: HeldHeader | undefined
  private stepColumn: string | undefined
  private githubFormat = false
  /** A GitHub runner's line that only a whole job log holds (see outcome-markers JOB_FRAME). */
  private sawJobFrame = false
  /**
   * The job's name as a GitHub job log states it (`Complete job name: licenses`): what the job
   * checks, for the priors of a step whose own name and command say nothing.
   */
  private jobName: string | undefined
  /** A Buildkite or Azure Pipelines line that only a whole job log holds (outcome-markers AGENT_FRAME). */
  private sawAgentFrame = false
  private sawErrorAnnotation = false
  private sawStepFailure = false
  /**
   * In a GitHub job log: a step failed, and a later step then ended on its tool's passing
   * verdict with nothing failing since (`true`), or something failed since (`false`).
   */
  private continuedAfterFailure: boolean | undefined
  /** The line of the warning-level diagnostic header whose lines are being read, 0 outside one. */
  private warningBlock = 0
  /** The line of the error-level diagnostic header whose ` --> `, `= help:`, code-frame lines follow (0: none). */
  private errorBlock = 0
  /** Line of Azure Pipelines' `Script contents:` while the task's script is echoed after it, else -1. */
  private scriptBlock = -1
  /**
   * The line of a command the log echoed as it ran it (`$ cmd`, `+ cmd`, the `> tsc -p .` under
   * a package script's header), 0 when none: the line names what ran (its flags, its time
   * limit), it reports nothing, so a family cue's words in it are no evidence.
   */
  private echoedCommand = 0
  /** The last evidence lines offered (at most two), which a retry notice after them marks retried. */
  private recentEvidence: Evidence[] = []
  /** The last line a retry notice may follow the latest evidence on (RETRY_WITHIN after it). */
  private retryWatch = 0
  /** The line of the last warning that an action went on after its tool failed (noteRetry). */
  private toleratedLine = 0
  /** The line of the last retry notice that followed evidence (noteRetry). */
  private lastRetryLine = 0
  /** The line of a package script's `> pkg@1.0.0 build` header, 0 when none. */
  private scriptEcho = 0
  /** The log says its tools' warnings fail the run (`-D warnings`, `-Werror`, …). */
  private warningsFatal = false
  /** A step of the log closed with a success marker. */
  private sawPassedStep = false
  private jobOutcome: 'success' | 'failure' | undefined
  private rootCause: Hit | undefined
  private lastLine = 0
  private explained: PatternScore[] | undefined
  /** The primary's score from evidence alone (rules and cues, no priors). */
  private primaryEvidence = 0
  private result: ClassifyResult | undefined
  private readonly prefilter: Prefilter
  private readonly marks: Uint32Array
  private stamp = 0
  /** The candidate rules of the current line (ids, each once), and how many there are. */
  private readonly hits: Int32Array
  private nHits = 0
  /** The candidate cues of the current line, and how many there are. */
  private readonly cueHits = new Int32Array(CUES.length)
  private nCueHits = 0
  private readonly cueMarks = new Uint32Array(CUES.length)
  private sevHit = false
  private readonly mark = (id: number): void => {
    if (this.marks[id] === this.stamp) return
    this.marks[id] = this.stamp
    if (id < this.rules.length) this.hits[this.nHits++] = id
    else if (id >= this.prefilter.cueBase) {
      const p = this.prefilter
      if (id < p.severityId) this.markCue(id - p.cueBase)
      else if (id === p.severityId) this.sevHit = true
      else if (id < p.gatedBase) this.cueLiteralHits[this.nCueLiteralHits++] = id - p.cueLiteralBase
    }
  }
  /** The cues whose own literals the scan found in the current line, in the order it found them first. */
  private readonly cueLiteralHits = new Int32Array(CUES.length)
  private nCueLiteralHits = 0
  /** The stamp of the line readPlain scanned (not only gated): its scan found every literal. */
  private scannedFull = 0
  private readonly markCue = (k: number): void => {
    if (this.cueMarks[k] === this.stamp) return
    this.cueMarks[k] = this.stamp
    this.cueHits[this.nCueHits++] = k
  }
  /** Per cue, the stamp of the last line one of its own required literals occurred in. */
  private readonly cueLiteralMarks = new Uint32Array(CUES.length)
  private readonly markCueLiteral = (k: number): void => {
    this.cueLiteralMarks[k] = this.stamp
    this.markCue(k)
  }

  constructor(options: ClassifyOptions = {}) {
    this.catalogue = options.catalogue ?? (builtIn ??= loadCatalogue())
    this.baseline = options.baseline
    this.rules = this.catalogue.rules
    this.prefilter = prefilterOf(this.catalogue)
    this.marks = new Uint32Array(
      this.prefilter.gatedBase + this.prefilter.gatedCues.length + MARKER_LITERALS.length + OUTCOME_MARKERS.length
    )
    this.hits = new Int32Array(this.rules.length)
    this.afters = this.prefilter.afters.map((regex) => ({ regex, last: 0 }))
    this.afterHits = new Int32Array(this.afters.length)
    this.splitter = new ByteSplitter(this.prefilter.scanner, (b, from, to, line, filtered, scanFrom, f, t) => {
      this.scanFrom = scanFrom
      this.foundFrom = f
      this.foundTo = t
      this.byteSegment(b, from, to, line, filtered)
    })
    this.step = newStep(1)
  }

  /** Feeds the next chunk; chunks may split lines and UTF-8 sequences anywhere. */
  push(chunk: Buffer | Uint8Array | string): void {
    if (this.result) throw new Error('LogClassifier: push after end')
    this.feed(this.mojibake.next(this.carets.next(chunk)))
  }

  private feed(chunk: Buffer | Uint8Array | string): void {
    // A caller may fill the same buffer again: nothing found in the last chunk holds.
    this.markers.buf = undefined
    this.splitter.push(chunk)
    // Recent lines read without decoding point into the chunk, which the caller may reuse.
    if (this.undecoded) {
      for (const r of this.recent.toArray()) {
        if (r.buf !== undefined) recentText(r)
        if (r.tsBuf !== undefined) recentTimestamp(r)
      }
      this.undecoded = false
    }
  }

  /** Finishes the pass and returns the findings, most significant first. */
  end(options: EndOptions = {}): ClassifyResult {
    if (this.result) return this.result
    const held = this.carets.end()
    if (held !== undefined) this.feed(this.mojibake.next(held))
    const mended = this.mojibake.end()
    if (mended !== undefined) this.feed(mended)
    const { lines, bytes: read } = this.splitter.end()
    const bytes = read + this.carets.removed + this.mojibake.removed
    // A `Run …` group the log never closed was a script's own: its lines are output.
    if (this.held?.ui && this.held.block) this.acceptUiHeader()
    else if (this.held) this.replayHeld()
    this.closeStep(1, 'open')
    this.flushExcerpts(Infinity)
    const findings = this.passedJob(options) ? [] : this.conclude(options, lines)
    // A GitHub job that went on after its failed step and ended a later step on its tool's
    // passing verdict may have passed (the failed step allowed to fail): the failure stands,
    // unsure, unless the caller knows the job failed.
    if (findings[0] && this.continuedAfterFailure === true && this.githubFormat && !options.knownFailed)
      findings[0] = { ...findings[0], confidence: 'low' }
    this.result = { findings, lines, bytes }
    if (options.explain) this.result.scores = this.explained ?? []
    return this.result
  }

  /**
   * The findings again, with the lines of a passing log of the same job (`baseline`) read as
   * noise: the same as classifying with `ClassifyOptions.baseline`, for a caller that fetches
   * the passing log only when the first answer was unsure. The log is not read again.
   */
  endWithBaseline(baseline: Baseline, options: EndOptions = {}): ClassifyResult {
    const first = this.end(options)
    if (this.passedJob(options)) return first
    this.baseline = baseline
    this.result = { lines: first.lines, bytes: first.bytes, findings: this.conclude(options, first.lines) }
    if (options.explain) this.result.scores = this.explained ?? []
    return this.result
  }

  /** Whether the job passed: as the log says, else as the caller knows, else as `passed` reads it. */
  private passedJob(options: EndOptions): boolean {
    return this.jobOutcome ? this.jobOutcome === 'success' : !options.knownFailed && this.passed()
  }

  /**
   * A job that said it succeeded, or a whole GitHub, Buildkite or Azure Pipelines job log (the
   * runner's first or last lines in it) with no error annotation or failure line, failed
   * nothing. A part of a job log cut out of it is read as any excerpt is: its evidence decides.
   */
  private passed(): boolean {
    if (this.jobOutcome) return this.jobOutcome === 'success'
    // A later step that ends on its tool's passing verdict after a failed one does not say the
    // job passed: the failed step may have been allowed to fail (`continue-on-error`), or the
    // later one runs whatever failed before it (`if: always()`, `success() || failure()`: tests
    // run after a failed lint, as often). The log alone cannot tell; the failure is reported,
    // with low confidence (see `end`).
    return (
      ((this.githubFormat && this.sawJobFrame) || this.sawAgentFrame) &&
      !this.sawErrorAnnotation &&
      !this.sawStepFailure
    )
  }

  /** Whether the log itself says something failed (a marker, an error annotation). */
  private markedFailed(): boolean {
    return this.jobOutcome === 'failure' || this.sawStepFailure || this.sawErrorAnnotation
  }

  /**
   * One segment as bytes. Most lines of a log hold nothing any rule, cue or marker reads:
   * those are counted and kept as recent lines without being decoded (readPlain). Any other
   * line is decoded and read in full.
   */
  private byteSegment(buf: Buffer, from: number, to: number, lineNo: number, filtered: number): void {
    this.scanned = 0
    this.view.noteLineNo(lineNo)
    if (
      filtered !== FILTERED_CUT &&
      this.held === undefined &&
      to - from <= MAX_MATCH_CHARS &&
      this.readPlain(buf, from, to, lineNo, filtered)
    )
      return
    let s: string
    if (to - from > MAX_RAW_CHARS) {
      s = buf.toString('utf8', from, Math.min(to, from + MAX_RAW_BYTES))
      if (s.length > MAX_RAW_CHARS) s = s.slice(0, MAX_RAW_CHARS)
    } else s = buf.toString('utf8', from, to)
    this.segment(s, 0, s.length, lineNo)
  }

  /**
   * What `segment` does with a line that no rule, cue, outcome marker or command reads, done
   * on its bytes: false (and nothing done) when the line needs the full reading. The cleaned
   * text is found as LineView.reset finds it (timestamp, ANSI codes, trailing blanks off) as
   * long as only ASCII bytes decide; when the filter saw a literal (`filtered` has
   * FILTERED_HIT), the text is scanned again as `match` scans it, with the same gates. Every
   * condition mirrors a test of `segment` or `match` that such a line passes without effect.
   */
  private readPlain(buf: Buffer, from: number, to: number, lineNo: number, filtered: number): boolean {
    // The lines of a script Azure Pipelines echoes are the step's commands (segment).
    if (this.scriptBlock >= 0) return false
    const hit = (filtered & FILTERED_HIT) !== 0
    // LineView.reset first takes off a pasted log's quote marks and the indentation of a
    // fenced block, and keeps track of the fences: such lines, and fences, are read in full.
    const c = buf[from]
    if (c === 0x3e || c === 0x60 || c === 0x7e) return false
    // A line number or a service's name before each line of an excerpt (LineView.lineGutter).
    if (this.view.watchesGutter(buf, from, to)) return false
    // The tail of a build's log that Nix quotes, each line behind `> `, and its header.
    if (this.view.watchesNixLog || mayOpenNixLog(buf, from, to)) return false
    let indent = 0
    if (c === 0x20) {
      let k = from + 1
      while (k < to && buf[k] === 0x20) k++
      if (buf[k] === 0x60 || buf[k] === 0x7e) return false
      // A Markdown code block made by indentation: read in full, where it opens and within.
      indent = k - from
      if (k < to && !isAsciiBlank(buf[k]!) && this.view.mayIndentBlock(indent)) return false
      // Inside a fenced block its indentation comes off (LineView.unfence).
      if (this.view.fenceIndentation >= 0) from += Math.min(k - from, this.view.fenceIndentation)
    }
    const ts = timestampEndOfBytes(buf, from, to)
    let start = from
    if (ts > 0) start = ts < to && buf[ts] === 0x20 ? ts + 1 : ts
    let text = buf
    let end = to
    // Whether the literals the splitter kept are all those of the text read here (or more): not
    // when its scan did not keep them, read an OSC sequence as text, or Travis markers come off.
    let literalsKept =
      this.scanFrom >= 0 && (filtered & (FILTERED_HIT | FILTERED_ESCAPES)) !== (FILTERED_HIT | FILTERED_ESCAPES)
    // A line with no literal in the text without its escapes has no byte-order mark, tab,
    // Travis marker or link either, only escapes that stripAnsiBytes takes off.
    let travis = false
    if (hit) {
      // LineView.reset reads a line with a byte-order mark or a tab with cleanLine, one with
      // an escape or a Travis marker with cleanRest: the escapes are stripped here, the rest
      // is left to the full reading.
      if (buf[from] === 0xef && buf[from + 1] === 0xbb && buf[from + 2] === 0xbf) return false
      const m = this.markersOf(buf, from, to)
      if (m & MARKER_LINK) return false
      // A tab: cleanLine, which reads `gh run view`'s columns (two tabs, then the timestamp)
      // and otherwise does what cleanRest does. Any other line with tabs is read on.
      if (m & MARKER_TAB && mayBeStepColumns(buf, from, to)) return false
      travis = (m & MARKER_TRAVIS) !== 0
    }
    if (filtered & FILTERED_ESCAPES) {
      end = stripAnsiBytes(buf, start, to, this.scratch)
      if (end < 0) return false
      text = this.scratch
      start = 0
      if (hit) travis = hasTravisMarker(text, 0, end)
    }
    // cleanRest takes a tool's prefix off before the Travis markers, then reads a
    // `##[command]` and a web view's line link in what is left.
    if (mayHavePrefix(text, start, end, ts > 0)) return false
    if (travis) {
      literalsKept = false
      end = stripTravisBytes(text, start, end, this.scratch)
      text = this.scratch
      start = 0
      if (text[0] === 0x23 || this.scratch.subarray(0, end).indexOf(STEP_LINK) >= 0) return false
    }
    while (end > start && isAsciiBlank(text[end - 1]!)) end--
    if (end === start) {
      // LineView.reset judges a line blank on its raw text, before its timestamp, escapes or
      // Travis markers come off: a line of a timestamp alone is not blank to the block state.
      let k = from
      while (k < to && isAsciiBlank(buf[k]!)) k++
      this.view.notePlainLine(k >= to, indent)
      this.lastLine = lineNo
      return true
    }
    const first = text[start]!
    // A lone `0` may be a shell's answer to `echo $?` (segment).
    if (first === 0x30 && end - start === 1) return false
    // A retry notice may follow evidence here (segment); an `echo` command is one (segment).
    if (lineNo <= this.retryWatch) return false
    if ((first === 0x65 || first === 0x74) && opensCommandLine(text, start, end)) return false
    // Azure Pipelines' `Script contents:` opens the echo of a task's script (segment).
    if (first === 0x53 && end - start === SCRIPT_CONTENTS.length) return false
    // String.prototype.trimEnd also takes off white space from 128 up.
    if (first >= 128 || text[end - 1]! >= 128) return false
    const p = this.prefilter
    const read = p.firstRead[first]!
    // segment(): `$ cmd` and `+ cmd` are commands (the character after `$` is read even when
    // trailing blanks were cut); match(): `E`, `E:`, `E …` are pytest's error level.
    this.plain = undefined
    if (read & READ_COMMAND) {
      const limit = text === buf ? to : end
      if ((first === 0x24 || first === 0x2b) && start + 1 < limit && text[start + 1] === 0x20) return false
      // A prompt, then a command (segment).
      if (
        mayOpenWithPrompt((k) => (start + k < end ? text[start + k] : undefined)) &&
        promptedCommand(this.plainText(text, start, end)) > 0
      )
        return false
    }
    if (read & READ_E_LINE && (end - start === 1 || isSpaceOrColon(text[start + 1]!))) return false
    if (read & READ_RUN_HEADER && !this.githubFormat && UI_STEP_HEADER.test(this.plainText(text, start, end)))
      return false
    if (read & READ_OUTCOME) {
      // Only the markers that may start so and one of whose literals the line holds are tried.
      const maybe = p.firstOutcomes[first]! & (literalsKept ? this.outcomesFound() : ANY_OUTCOME)
      if (maybe !== 0 && outcomeOf({ text: this.plainText(text, start, end) }, maybe) !== undefined) return false
    }
    // A `context.after` regex that matches is noted as `segment` notes it, once the line is
    // known to need nothing more (a rule of this line reads the state as it was before it).
    let nAfters = 0
    if (read & READ_AFTER) {
      for (const k of p.plainAfters[first]!)
        if (this.afters[k]!.regex.test(this.plainText(text, start, end))) this.afterHits[nAfters++] = k
    }
    if ((hit || read & READ_GATES) && this.mayMatch(text, start, end, first, hit, lineNo, text === buf)) return false
    if (nAfters > 0) {
      const timestamp = ts > 0 ? buf.toString('latin1', from, ts) : undefined
      for (let k = 0; k < nAfters; k++) {
        const a = this.afters[this.afterHits[k]!]!
        a.last = lineNo
        a.lastTimestamp = timestamp
      }
    }
    // rustc's and clippy's `warning: …` header holds no literal: its block opens here.
    if (first === 0x77 && opensWarning(text, start, end)) this.warningBlock = lineNo
    else if (this.warningBlock !== 0 && !continuesDiagnostic(first)) this.warningBlock = 0
    if (this.errorBlock !== 0 && !continuesDiagnostic(first)) this.errorBlock = 0
    this.view.notePlainLine(false, indent)
    this.lastLine = lineNo
    const slot = this.nextSlot(lineNo)
    slot.prose = !this.view.inFence
    slot.command = false
    slot.line = lineNo
    slot.first = first
    slot.timestamp = undefined
    slot.tsBuf = undefined
    if (ts > 0) {
      slot.tsBuf = buf
      slot.tsFrom = from
      slot.tsTo = ts
      this.undecoded = true
    }
    if (this.plain === undefined && text === buf) {
      slot.src = ''
      slot.buf = buf
      slot.from = start
      slot.to = end
      this.undecoded = true
    } else {
      slot.src = this.plainText(text, start, end)
      slot.buf = undefined
      slot.from = 0
      slot.to = slot.src.length
    }
    this.recent.push(slot)
    if (this.awaitingHead < this.awaiting.length) this.flushExcerpts(lineNo - MAX_EXCERPT_LINES + 1)
    this.step.end = lineNo
    return true
  }

  /** The outcome markers (bits, see OUTCOME_MARKERS) that the literals the splitter kept of the current segment allow. */
  private outcomesFound(): number {
    const { outcomeFlags, alwaysOutcomes, scanner } = this.prefilter
    const row = this.splitter.found.row
    let bits = alwaysOutcomes
    for (let k = this.foundFrom; k < this.foundTo; k++) bits |= outcomeFlags[row[k]! / scanner.width]!
    return bits
  }

  /** The text readPlain is reading, decoded once. */
  private plainText(text: Buffer, start: number, end: number): string {
    return (this.plain ??= text.toString('utf8', start, end))
  }

  /**
   * Whether `match` would find a cue or severity word in the cleaned ASCII-led text
   * `text[start, end)`, or a rule or `context.after` regex that it would run matches there.
   * The literals are looked for as `match` looks for them, over the same text, the rules are
   * gated the same way, and the regexes left are tried (a regex's test has no side effect).
   */
  private mayMatch(
    text: Buffer,
    start: number,
    end: number,
    first: number,
    scan: boolean,
    lineNo: number,
    raw: boolean
  ): boolean {
    const p = this.prefilter
    this.stamp++
    this.nHits = 0
    this.nCueHits = 0
    this.nCueLiteralHits = 0
    this.sevHit = false
    if (scan) {
      // The splitter's scan of the segment's bytes found the literals of this very text when
      // it started where the text starts: those that end before the text's end (its trailing
      // blanks cut) are the ones a scan of the text finds, in the same order.
      if (raw && start === this.scanFrom) {
        const { at, row } = this.splitter.found
        for (let k = this.foundFrom; k < this.foundTo && at[k]! < end; k++) {
          const ids = p.byteIndex.outputsAtRow(row[k]!)
          for (let j = 0; j < ids.length; j++) this.mark(ids[j]!)
        }
      } else p.byteIndex.scanBytes(text, start, end, this.mark)
      this.scannedFull = this.stamp
    }
    const always = p.alwaysByFirst[first]!
    for (let k = 0; k < always.length; k++) this.hits[this.nHits++] = always[k]!
    const n = this.gateRules(text, start, end, first, text[end - 1]!)
    // What was found is what `match` finds on this text: it need not look again.
    this.scanned = this.stamp
    this.scannedLine = lineNo
    if (scan) {
      for (let id = this.rules.length, k = 0; id < p.cueBase; id++, k++) {
        if (
          p.hasLiterals[id] &&
          p.lazyAfter[k] === 0 &&
          this.marks[id] === this.stamp &&
          this.afters[k]!.regex.test(this.plainText(text, start, end))
        )
          return true
      }
    }
    for (let k = 0; k < n; k++) if (this.rules[this.hits[k]!]!.regex.test(this.plainText(text, start, end))) return true
    // No candidate rule matches this text: match need not run them again.
    this.ruleless = this.stamp
    return (this.sevHit || this.nCueHits > 0) && this.isEvidence(text, start, end, first)
  }

  /**
   * Whether `match` would note anything of a line that holds error words or a cue's trigger
   * words but that no rule matches (as mayMatch found): a line whose words turn out to say
   * nothing (`0 errors`, a word inside another) is left to readPlain. What match reads of it
   * is read the same way here: no command, task or runner prefix (readPlain leaves those to
   * the full reading), the level its wording gives, the same cues. The cues found are kept
   * for match, which need not try their regexes again.
   */
  private isEvidence(buf: Buffer, start: number, end: number, first: number): boolean {
    const text = this.plainText(buf, start, end)
    const cues = this.lineCues(buf, start, end, first, buf[end - 1]!, text)
    if (failedCommandOf(text)) return true
    if (HARMLESS_NOTICE.test(text)) return false
    const level = levelOf(text)
    const severity = lineSeverity(text, level, undefined, this.sevHit)
    this.judged = this.stamp
    this.judgedLevel = level
    this.judgedSeverity = severity
    if (severity > 0 ? severity <= 0.05 : cues.length > 0 && isAllClear(text))
      return cues.length > 0 && text.length <= MAX_VERDICT_CHARS
    // Any cue raises the severity above 0 (see match): then the line is noted.
    return severity > 0 || cues.length > 0
  }

  /**
   * The cues that match the current line, `text` (`src[from, to)` as a string), among those
   * its scan named: the trigger words' cues that have their own words in the line too, then
   * the cues without words whose characters gates let it through. Found once per line: the
   * result is kept for the line's stamp.
   */
  private lineCues(
    src: string | Uint8Array,
    from: number,
    to: number,
    first: number,
    lastChar: number,
    text: string
  ): CueHit[] {
    if (this.cuesStamp === this.stamp) return this.cues
    // The cues whose own words occur in the line, and those that have none to look for.
    for (let k = 0; k < this.nCueLiteralHits; k++) this.markCueLiteral(this.cueLiteralHits[k]!)
    // A cue its trigger words named cannot match where none of its own literals occurs.
    const { cueHasLiterals, cueGates, gatedBase, gatedCues } = this.prefilter
    let kept = 0
    for (let k = 0; k < this.nCueHits; k++) {
      const id = this.cueHits[k]!
      if (cueHasLiterals[id] === 1 && this.cueLiteralMarks[id] !== this.stamp) continue
      this.cueHits[kept++] = id
    }
    this.nCueHits = kept
    // The cues that have none, where the line's first, first non-blank and last characters allow.
    let nonBlank = -1
    for (let k = 0; k < gatedCues.length; k++) {
      const g = cueGates[k]!
      if (g.literals && this.marks[gatedBase + k] !== this.stamp) continue
      if (g.first && first < 128 && g.first[first] === 0) continue
      if (g.last && lastChar < 128 && g.last[lastChar] === 0) continue
      if (g.firstNonBlank) {
        if (nonBlank < 0)
          nonBlank = typeof src === 'string' ? firstNonBlankOf(src, from, to) : firstNonBlankByte(src, from, to)
        if (nonBlank < 128 && g.firstNonBlank[nonBlank] === 0) continue
      }
      this.markCue(gatedCues[k]!)
    }
    this.cues = this.nCueHits > 0 ? matchCues(text, this.cueHits, this.nCueHits) : []
    this.cuesStamp = this.stamp
    return this.cues
  }

  /** The stamp of the line on which mayMatch found that no candidate rule matches. */
  private ruleless = 0
  /** The stamp of the line isEvidence read up to its severity (no Docker `RUN`, no harmless notice), its level and severity. */
  private judged = 0
  private judgedLevel: LineLevel = 'none'
  private judgedSeverity = 0
  /** The cues lineCues found on the line of stamp `cuesStamp`. */
  private cues: CueHit[] = []
  private cuesStamp = 0

  /**
   * Keeps the candidate rules of `hits` that the character gates let through: a rule whose
   * match must start (after blanks) or end with other characters than the text's is not run.
   */
  private gateRules(src: string | Uint8Array, from: number, to: number, first: number, lastChar: number): number {
    const { first: gates, firstNonBlank, last: lastGates } = this.prefilter
    const hits = this.hits
    let nonBlank = -1
    let n = 0
    for (let k = 0; k < this.nHits; k++) {
      const id = hits[k]!
      const gate = gates[id]
      if (gate && first < 128 && gate[first] === 0) continue
      const end = lastGates[id]
      if (end && lastChar < 128 && end[lastChar] === 0) continue
      const nb = firstNonBlank[id]
      if (nb) {
        if (nonBlank < 0)
          nonBlank = typeof src === 'string' ? firstNonBlankOf(src, from, to) : firstNonBlankByte(src, from, to)
        if (nonBlank < 128 && nb[nonBlank] === 0) continue
      }
      hits[n++] = id
    }
    this.nHits = n
    return n
  }

  /**
   * markersIn for the segment the splitter handed over: read off the literals its scan kept,
   * when it kept them all (a tab or an escape is one byte; Travis markers and links, matched
   * there whatever their case, are looked for again).
   */
  private markersOf(buf: Buffer, from: number, to: number): number {
    if (this.scanFrom < 0) return this.markersIn(buf, from, to)
    const { markerFlags, scanner } = this.prefilter
    const row = this.splitter.found.row
    let m = 0
    for (let k = this.foundFrom; k < this.foundTo; k++) m |= markerFlags[row[k]! / scanner.width]!
    return m & MARKER_CASED ? this.markersIn(buf, from, to) : m
  }

  /** Which markers LineView.reset looks for occur in `buf[from, to)` (positions found once per chunk, as reset does per string). */
  private markersIn(buf: Buffer, from: number, to: number): number {
    const m = this.markers
    if (m.buf !== buf || from < m.from) {
      m.buf = buf
      m.tab = m.travis = m.clear = m.link = -2
    }
    m.from = from
    if (m.tab < from && m.tab !== -1) m.tab = buf.indexOf(0x09, from)
    if (m.travis < from && m.travis !== -1) m.travis = buf.indexOf(TRAVIS, from)
    if (m.clear < from && m.clear !== -1) m.clear = buf.indexOf(CLEAR, from)
    if (m.link < from && m.link !== -1) m.link = buf.indexOf(STEP_LINK, from)
    return (
      (m.tab >= 0 && m.tab < to ? MARKER_TAB : 0) |
      ((m.travis >= 0 && m.travis < to) || (m.clear >= 0 && m.clear < to) ? MARKER_TRAVIS : 0) |
      (m.link >= 0 && m.link < to ? MARKER_LINK : 0)
    )
  }

  private segment(s: string, from: number, to: number, lineNo: number): void {
    const v = this.view
    v.reset(s, from, to)
    this.lastLine = lineNo
    if (v.step !== undefined && v.step !== this.stepColumn) {
      // `gh run view --log` names each line's step: a new name is a new step.
      if (this.stepColumn !== undefined) this.closeStep(PASSED_STEP_FACTOR, 'passed')
      this.stepColumn = v.step
      this.section = v.step.slice(0, MAX_SECTION_CHARS)
      this.step.title = this.section
    }
    if (this.held) {
      if (this.holdHeaderLine(v, s, from, to, lineNo)) return
      // The segment was overwritten by the replay: read the current line again.
      v.reset(s, from, to)
      this.lastLine = lineNo
    }
    if (v.command === 'group') {
      this.githubFormat = true
      if (v.text.startsWith('Run '))
        this.held = { title: v.text.slice(0, MAX_SECTION_CHARS), lines: [], chars: 0, block: false, line: lineNo }
      return
    }
    if (v.command === 'endgroup') {
      this.githubFormat = true
      return
    }
    if (v.command === 'error') {
      this.sawErrorAnnotation = true
      this.step.errorAnnotated = true
      this.continuedAfterFailure = false
    }
    if (v.command === 'section') {
      const m = AZURE_SECTION.exec(v.text)
      if (m) this.startSection(m[1]!, lineNo)
    }
    if (v.from === v.to) return
    const first = v.src.charCodeAt(v.from)
    if (lineNo <= this.retryWatch) this.noteRetry(v.text, lineNo)
    // Azure Pipelines echoes a Bash or PowerShell task's script between `Script contents:` and
    // its `===== Starting Command Output =====` rule: the step's commands, no evidence.
    if (this.scriptBlock >= 0) {
      if (first !== 0x3d && v.command === undefined && lineNo - this.scriptBlock <= MAX_SHELL_COMMANDS) {
        this.addCommand(v.text)
        return
      }
      this.scriptBlock = -1
    }
    if (first === 0x53 && v.text === SCRIPT_CONTENTS) {
      this.scriptBlock = lineNo
      return
    }
    if (this.warningBlock !== 0 && !continuesDiagnostic(first)) this.warningBlock = 0
    if (this.errorBlock !== 0 && !continuesDiagnostic(first)) this.errorBlock = 0
    // A step header as GitHub's web view shows it (`Run npm ci`), in a log pasted from there.
    if (first === 0x52 && !this.githubFormat && UI_STEP_HEADER.test(v.text)) {
      this.held = {
        title: v.text.slice(0, MAX_SECTION_CHARS),
        lines: [],
        chars: 0,
        block: false,
        ui: true,
        line: lineNo
      }
      return
    }
    let prompt: number
    if (first === 0x24 && v.src.charCodeAt(v.from + 1) === 0x20) {
      this.section = v.text.slice(0, MAX_SECTION_CHARS)
      this.addShellCommand(v.text.slice(2), lineNo)
      this.echoedCommand = lineNo
    } else if (first === 0x2b && v.src.charCodeAt(v.from + 1) === 0x20) {
      this.addShellCommand(v.text.slice(2), lineNo)
      // `set -x` echoes a command (`+ npm ci`, `+ ./gradlew build`); a capital opens a Markdown
      // list's item instead (`+ The job running on agent … has exceeded …`), a report.
      if (!isUpperAscii(v.src.charCodeAt(v.from + 2))) this.echoedCommand = lineNo
    } else if (mayOpenWithPrompt((k) => v.text.charCodeAt(k)) && (prompt = promptedCommand(v.text)) > 0) {
      // A prompt (PowerShell's, cmd's, a Docker build's `RUN`), then the command it ran.
      this.addShellCommand(v.text.slice(prompt), lineNo)
      this.echoedCommand = lineNo
    } else if ((first === 0x65 || first === 0x74) && COMMAND_LINE.test(v.text)) {
      // A command as make or a dry run prints it: of its cues only a tool's name counts.
      this.echoedCommand = lineNo
    } else if (s.charCodeAt(from) === 0x3e && this.scriptEcho === lineNo - 1 && lineNo > 1) {
      // A package script's command under its header (`> pkg@1.0.0 build`, then `> tsc -p .`).
      this.echoedCommand = lineNo
    } else if (s.charCodeAt(from) === 0x3e && v.text.indexOf('@') > 0 && SCRIPT_ECHO_HEADER.test(v.text))
      this.scriptEcho = lineNo
    else if (first === 0x30 && v.to - v.from === 1 && this.echoedStatus(lineNo)) {
      // The shell's own answer that the command before `echo $?` succeeded: what it printed,
      // error words and all, failed nothing.
      this.closeStep(PASSED_STEP_FACTOR, 'passed')
      return
    }

    const slot = this.nextSlot(lineNo)
    slot.prose = !v.inFence
    slot.command = this.echoedCommand === lineNo
    slot.line = lineNo
    slot.first = first
    slot.buf = undefined
    slot.src = v.src
    slot.from = v.from
    slot.to = v.to
    slot.tsBuf = undefined
    slot.timestamp = v.timestamp
    this.recent.push(slot)
    if (this.awaitingHead < this.awaiting.length) this.flushExcerpts(lineNo - MAX_EXCERPT_LINES + 1)
    this.step.end = lineNo
    const outcome =
      v.command === 'error' || v.command === 'section' || mayAnnounceOutcome(first) ? outcomeOf(v) : undefined
    // A failure marker only echoes the failure: it is evidence only if a rule reads more in it.
    this.match(v, first, lineNo, outcome === 'step-failure' || outcome === 'job-failure')
    const { hasLiterals, first: gates, lazyAfter } = this.prefilter
    for (let k = 0, id = this.rules.length; k < this.afters.length; k++, id++) {
      if (lazyAfter[k] === 1 || (hasLiterals[id] && this.marks[id] !== this.stamp)) continue
      const gate = gates[id]
      if (gate && first < 128 && gate[first] === 0) continue
      const a = this.afters[k]
      if (a.regex.test(v.text)) {
        a.last = lineNo
        a.lastTimestamp = v.timestamp
      }
    }
    if (outcome === undefined) return
    if (outcome !== 'job-frame' && outcome !== 'agent-frame' && outcome !== 'step-success')
      this.continuedAfterFailure = false
    if (outcome === 'job-frame') {
      this.sawJobFrame = true
      if (v.text.startsWith(JOB_NAME_PREFIX)) {
        const name = v.text.slice(JOB_NAME_PREFIX.length, 200).trim()
        this.jobName = GENERIC_JOB_NAME.test(name) ? undefined : name
      }
    } else if (outcome === 'agent-frame') this.sawAgentFrame = true
    else if (outcome === 'step-success') {
      // A `run:` step's verdict, not an action's (the uploads and reports that run always).
      if (
        this.continuedAfterFailure === false &&
        this.githubFormat &&
        !this.step.errorAnnotated &&
        this.step.title !== undefined &&
        !ACTION_STEP.test(this.step.title)
      )
        this.continuedAfterFailure = true
      this.closeStep(PASSED_STEP_FACTOR, 'passed')
    } else if (outcome === 'step-failing') {
      this.sawStepFailure = true
      this.step.failing = true
      if (this.step.markerLine === undefined) this.noteMarker(v, lineNo)
    } else if (outcome === 'step-failure') {
      this.sawStepFailure = true
      this.step.exitCode = exitCodeOf(v.text)
      this.noteMarker(v, lineNo)
      if (/^The command "/.test(v.text)) this.addCommand(v.text.slice(13, 13 + MAX_SECTION_CHARS))
      this.closeStep(FAILED_STEP_FACTOR, 'failed')
    } else {
      this.jobOutcome = outcome === 'job-success' ? 'success' : 'failure'
      if (outcome === 'job-failure') {
        this.step.exitCode ??= exitCodeOf(v.text)
        if (this.step.markerLine === undefined) this.noteMarker(v, lineNo)
      }
      this.closeStep(
        outcome === 'job-success' ? PASSED_STEP_FACTOR : FAILED_STEP_FACTOR,
        outcome === 'job-success' ? 'passed' : 'failed'
      )
    }
  }

  /**
   * One line of an open `Run …` group (see `held`). Returns true when the line was taken:
   * held back, or the `##[endgroup]` that confirmed a header. Otherwise the held lines were
   * read as output and the caller reads this line.
   */
  private holdHeaderLine(v: LineView, s: string, from: number, to: number, lineNo: number): boolean {
    const held = this.held!
    if (held.ui) return this.holdUiHeaderLine(held, v, s, from, to, lineNo)
    if (v.command === 'endgroup') {
      if (held.lines.length === 0 || held.block) {
        this.held = undefined
        this.acceptHeader(held)
        return true
      }
      this.replayHeld()
      return false
    }
    const text = v.text
    let fits =
      v.command === undefined && held.lines.length < MAX_HEADER_LINES && held.chars + (to - from) <= MAX_HEADER_CHARS
    if (fits && held.block) fits = HEADER_BLOCK_LINE.test(text)
    else if (fits && HEADER_BLOCK_START.test(text)) held.block = true
    if (!fits) {
      this.replayHeld()
      return false
    }
    held.lines.push({ raw: s.slice(from, to), text, line: lineNo })
    held.chars += to - from
    return true
  }

  /** One line after a web view's `Run …` header (see HeldHeader.ui); false when it ended the header. */
  private holdUiHeaderLine(
    held: HeldHeader,
    v: LineView,
    s: string,
    from: number,
    to: number,
    lineNo: number
  ): boolean {
    const text = v.text
    const fits =
      v.command === undefined &&
      text.startsWith('  ') &&
      held.lines.length < MAX_HEADER_LINES &&
      held.chars + (to - from) <= MAX_HEADER_CHARS &&
      (!held.block || UI_HEADER_BLOCK_LINE.test(text)) &&
      (!held.env || UI_HEADER_ENV_LINE.test(text))
    if (fits) {
      if (!held.block && UI_HEADER_BLOCK_START.test(text)) held.block = true
      // After `shell:` only the step's `env:` entries follow; an indented line of any other
      // shape is the step's first output.
      if (held.block && UI_HEADER_ENV_START.test(text)) held.env = true
      held.lines.push({ raw: s.slice(from, to), text, line: lineNo })
      held.chars += to - from
      return true
    }
    if (held.block) this.acceptUiHeader()
    else this.replayHeld()
    return false
  }

  /**
   * A web view's header, confirmed by its `shell:` block: a new step starts (the previous one
   * passed, as on GitHub a job stops at its first failed step) and the block's lines are its
   * commands.
   */
  private acceptUiHeader(): void {
    const held = this.held!
    this.held = undefined
    this.closeStep(PASSED_STEP_FACTOR, 'passed')
    this.section = held.title
    this.step.title = held.title
    this.step.start = held.line
    this.addCommand(held.title.slice(4))
    for (const l of held.lines) this.addCommand(l.text)
  }

  /** A runner's header, confirmed: a new step starts (on GitHub the previous one passed). */
  private acceptHeader(held: HeldHeader): void {
    this.closeStep(PASSED_STEP_FACTOR, 'passed')
    this.section = this.stepColumn ?? held.title
    this.step.title = held.title
    this.step.column = this.stepColumn
    for (const l of held.lines) this.addCommand(l.text)
  }

  /** A script's own group after all: its held lines are output, read in order. */
  private replayHeld(): void {
    const held = this.held!
    this.held = undefined
    if (held.ui) {
      // A `Run …` line with no block under it: a section title in the paste, its text a command.
      this.section = held.title
      if (this.step.title === undefined) this.step.title = this.section
      this.addCommand(held.title.slice(4))
    }
    for (const l of held.lines) this.segment(l.raw, 0, l.raw.length, l.line)
  }

  private startSection(title: string, lineNo: number): void {
    this.closeStep(PASSED_STEP_FACTOR, 'passed')
    this.section = title.slice(0, MAX_SECTION_CHARS)
    this.step.title = this.section
    this.step.start = lineNo
  }

  /** The current line as the step's failure marker (its text kept when a paste's fence holds it). */
  private noteMarker(v: LineView, lineNo: number): void {
    this.step.markerLine = lineNo
    this.step.markerText = v.inFence ? v.text : undefined
  }

  /** Whether the line before `lineNo` is a shell prompt's `echo $?` (or PowerShell's, cmd's). */
  private echoedStatus(lineNo: number): boolean {
    const shell = this.step.shell
    const last = shell[shell.length - 1]
    return last !== undefined && last.line === lineNo - 1 && EXIT_STATUS_ECHO.test(last.text)
  }

  /** Whether the current step's title and commands name a linter and no other family's tool. */
  private stepLints(): boolean {
    const s = this.step
    const key = (s.title?.length ?? 0) * 65536 + s.commands.length
    if (this.lintStep?.step !== s || this.lintStep.key !== key) {
      const said = stepPriors([s.title, s.commands].filter(Boolean).join('\n'))
      this.lintStep = { step: s, key, lints: said.has('PAT-007') && said.size === 1 }
    }
    return this.lintStep.lints
  }

  private addShellCommand(text: string, line: number): void {
    const t = commandText(text)
    if (!t) return
    const shell = this.step.shell
    if (shell.length >= MAX_SHELL_COMMANDS) shell.shift()
    shell.push({ line, text: t.slice(0, MAX_SECTION_CHARS) })
  }

  private addCommand(text: string): void {
    const s = this.step
    if (s.commands.length >= MAX_COMMAND_CHARS) return
    const t = commandText(text)
    if (t) s.commands = (s.commands ? s.commands + '\n' : '') + t.slice(0, MAX_COMMAND_CHARS - s.commands.length)
  }

  /**
   * Runs the regexes that could match the current line: one automaton pass finds the rules,
   * cues and severity words whose required text occurs in it. On a typical log most lines end
   * here without any regex run or any string made.
   */
  private match(v: LineView, first: number, lineNo: number, marker: boolean): void {
    // Azure's `##[section]Starting: Licence check` names a step, as GitHub's `Run …` header
    // does: the title is read as the step's (its priors), the line is no evidence.
    if (v.command === 'section') return
    const { alwaysByFirst } = this.prefilter
    const src = v.src
    const lastChar = src.charCodeAt(v.to - 1)
    let n: number
    if (this.scanned === this.stamp && this.scannedLine === lineNo) {
      // readPlain found the candidates of this very text (nothing ran since). A line it did
      // not scan holds no literal that makes a candidate, but may hold cue literals.
      n = this.nHits
      if (this.scannedFull !== this.stamp) this.scanText(src, v.from, v.to)
    } else {
      const hits = this.hits
      this.stamp++
      this.nHits = 0
      this.nCueHits = 0
      this.nCueLiteralHits = 0
      this.sevHit = false
      this.scanText(src, v.from, v.to)
      // Rules without literals are never marked by the scan: each is a candidate once here.
      const always = alwaysByFirst[first < 128 ? first : 128]!
      for (let k = 0; k < always.length; k++) hits[this.nHits++] = always[k]!
      n = this.gateRules(src, v.from, v.to, first, lastChar)
    }
    this.scanned = 0
    // pytest's `E   assert …` and `E:`/`E |` levels have no severity word.
    const eLine = first === 0x45 && (v.to - v.from === 1 || isSpaceOrColon(v.src.charCodeAt(v.from + 1)))
    const candidate = this.sevHit || this.nCueHits > 0 || eLine || v.command === 'error'
    if (n === 0 && !candidate) return
    // A test the runner marks passed says nothing failed, whatever its name says, to rules too
    // (HARMLESS_NOTICE, which holds it, only stops cues).
    if (PASSED_ROW.test(v.text)) return

    let rule: { pattern: string; id: string; weight: number } | undefined
    if (n > 0 && this.ruleless !== this.stamp) rule = this.runRules(v, lineNo)
    if (!candidate && !rule) return
    const text = v.text
    if ((first === 0x44 || first === 0x54) && TRACEBACK_CHAIN.test(text)) {
      const chained = (this.step.chained ??= [])
      if (chained.length < MAX_CHAIN_LINES) chained.push(lineNo)
    }
    const warns =
      text.indexOf('arn') >= 0 || text.indexOf('ARN') >= 0 || text.indexOf('note: ') >= 0 || text.indexOf('int: ') >= 0
    if (warns && !continuesDiagnostic(first) && WARNING_DIAGNOSTIC.test(text)) this.warningBlock = lineNo
    if (!this.warningsFatal && (warns || text.indexOf('Werror') >= 0) && FATAL_WARNINGS.test(text))
      this.warningsFatal = true
    // A workspace runner's task (`web:build: …`) is the command the line came from.
    if (candidate && v.task !== undefined && !this.step.commands.includes(v.task)) this.addCommand(v.task)
    // What isEvidence read of this very line need not be read again.
    const judged = this.judged === this.stamp
    const run = candidate && !judged ? failedCommandOf(text) : undefined
    if (run) {
      this.addCommand(run.command)
      if (run.exitCode !== undefined) this.step.innerExitCode ??= run.exitCode
      this.step.failedCommandLine = lineNo
    }
    let cues = this.lineCues(src, v.from, v.to, first, lastChar, text)
    // A command the log echoed names what ran (`$ pnpm install --frozen-lockfile`, `+ timeout
    // 600 make`): of the cues only a tool's name says something (which tool ran), a rule more.
    if (!rule && this.echoedCommand === lineNo) {
      cues = cues.filter((c) => c.toolName)
      if (cues.length === 0) return
    }
    const annotated = candidate
      ? annotationLintCue(text, v.command, cues, v.command === 'error' && this.stepLints())
      : undefined
    if (annotated) cues = [...cues, annotated]
    // A failure marker that only echoes the failure (`exit code 1`) is no evidence; one that
    // says why (`Job failed (system failure): …`, `exit code 137`) is.
    if (marker && !rule && !cues.some((c) => c.alone || c.weight >= 40)) return
    // A tool's notice on success, in error words (pip's resolver report): no evidence.
    if (!rule && !judged && HARMLESS_NOTICE.test(text)) return
    let severity = judged
      ? this.judgedSeverity
      : candidate || rule
        ? lineSeverity(text, v.level, v.command, this.sevHit)
        : 0
    // A clean-result line ("0 failed", "no vulnerabilities found") stays out, and makes the
    // step's other lines of its family count less: the tool said that part passed.
    if (!rule && (severity > 0 ? severity <= 0.05 : cues.length > 0 && isAllClear(text))) {
      // Only a short verdict speaks for the family ("No vulnerabilities found."), not a
      // clause in a longer line ("versions with no known vulnerabilities: 2.1, 2.0, …").
      if (text.length <= MAX_VERDICT_CHARS) for (const c of cues) this.step.clear.add(c.pattern)
      return
    }
    // A cue that alone says something failed does not say so on a line its tool wrote as a
    // warning (`WARNING: Lockfile hash doesn't match pyproject.toml`): the tool went on.
    // So does a line that announces a retry, whatever rule reads it.
    const retried = RETRY_NOTICE.test(text)
    // A cue of a failure its tool writes at a warning level (a race detector's report, a
    // runner's time limit) makes the line no mere warning.
    const warned = ((judged ? this.judgedLevel : v.level) === 'warning' && !cues.some((c) => c.warningFails)) || retried
    for (const c of cues) {
      if (c.severity > severity) severity = c.severity
      else if (c.alone && !warned && severity < 0.6) severity = 0.6
    }
    // A family cue on a line without error words is weak evidence (`Expected: 3`).
    if (severity === 0 && cues.length > 0) severity = 0.3
    if (severity === 0 && !rule) return
    const continues = continuesDiagnostic(first)
    if (!continues && severity >= 0.9 && !warned) this.errorBlock = lineNo
    const fp = fingerprint(text)
    this.repeats.bump(fp)
    const key = { severity, cues, ...(rule ? { rule } : {}) }
    if (!this.step.evidence.wouldKeep(evidenceKey(key))) return
    const e: Evidence = {
      line: lineNo,
      text: text.length > MAX_EVIDENCE_TEXT ? text.slice(0, MAX_EVIDENCE_TEXT) : text,
      severity,
      cues,
      fingerprint: fp,
      excerpt: [],
      excerptChars: 0
    }
    if (rule) e.rule = rule
    // A rule that reads a warning as a failure (a race detector's report) decides: no mere warning.
    if (warned && (!rule || retried)) e.warning = true
    else if (this.warningBlock !== 0 && !cues.some((c) => c.warningFails)) e.warningBlock = true
    if (continues && this.errorBlock !== 0) e.header = this.errorBlock
    if (v.timestamp !== undefined) e.timestamp = v.timestamp
    if (!v.inFence) e.prose = true
    if (this.section !== undefined) e.section = this.section
    if (this.step.evidence.offer(e)) this.awaiting.push(e)
    if (this.recentEvidence.length === 2) this.recentEvidence.shift()
    this.recentEvidence.push(e)
    this.retryWatch = lineNo + RETRY_WITHIN
  }

  /**
   * A retry notice (RETRY_NOTICE) within RETRY_WITHIN lines after evidence: what that evidence
   * told failed was tried again (`curl: (7) Failed to connect …`, then `attempt 1 of 5 failed:
   * retrying in 2s`), so it is no failure of its own unless nothing after it went better.
   */
  private noteRetry(text: string, lineNo: number): void {
    if (!RETRY_AHEAD.test(text)) {
      if (this.view.level !== 'warning' || !TOLERATED_FAILURE.test(text)) return
      this.toleratedLine = lineNo
      for (const e of this.recentEvidence) if (e.line < lineNo && lineNo - e.line <= RETRY_WITHIN) e.warning = true
      return
    }
    this.lastRetryLine = lineNo
    for (const e of this.recentEvidence) if (e.line < lineNo && lineNo - e.line <= RETRY_WITHIN) e.retried = true
  }

  /**
   * The recent-lines slot for a line about to be kept, the oldest reused once the window is
   * full. A lazy `context.after` regex (Prefilter.lazyAfter) is tried on the line that leaves
   * the window when a rule could still look back to it from here (a line of many segments,
   * a progress bar's, can fill the window alone); its last match is kept as the eager ones are.
   */
  private nextSlot(lineNo: number): Recent {
    const slot = this.recent.evictee()
    if (!slot) return newRecent()
    const { lazyAfters, lazyWithin, afterWithin } = this.prefilter
    if (lineNo - slot.line <= lazyWithin) {
      for (let j = 0; j < lazyAfters.length; j++) {
        const k = lazyAfters[j]!
        if (lineNo - slot.line > afterWithin[k]! || !this.triedAfter(k, slot)) continue
        const a = this.afters[k]!
        a.last = slot.line
        a.lastTimestamp = recentTimestamp(slot)
      }
    }
    slot.tried = 0
    slot.matched = 0
    return slot
  }

  /** Whether lazy `context.after` regex k matches the text of recent line `r` (tried once per line). */
  private triedAfter(k: number, r: Recent): boolean {
    const bit = 1 << k
    if ((r.tried & bit) === 0) {
      r.tried |= bit
      const gate = this.prefilter.first[this.rules.length + k]
      if ((!gate || r.first >= 128 || gate[r.first] === 1) && this.afters[k]!.regex.test(recentText(r)))
        r.matched |= bit
    }
    return (r.matched & bit) !== 0
  }

  /** The timestamp of the line afterLine found last. */
  private afterTimestamp: string | undefined

  /**
   * For a rule with lazy `context.after` regex k and window `within`, matching line `lineNo`:
   * the line of the last earlier line the regex matches, 0 when there is none or it is not
   * within the window (or on this very line, an earlier segment of it), as an eager reading
   * line by line would have found it. The current line is the newest recent line.
   */
  private afterLine(k: number, lineNo: number, within: number): number {
    const recent = this.recent
    for (let i = 1; i < recent.size; i++) {
      const r = recent.newest(i)
      if (lineNo - r.line > within) return 0
      if (this.triedAfter(k, r)) {
        if (r.line >= lineNo) return 0
        this.afterTimestamp = recentTimestamp(r)
        return r.line
      }
    }
    // Nothing in the window: the last match among the lines that left it (see nextSlot).
    const a = this.afters[k]!
    if (a.last === 0 || a.last >= lineNo || lineNo - a.last > within) return 0
    this.afterTimestamp = a.lastTimestamp
    return a.last
  }

  /** Marks the ids whose literals occur in `s.slice(from, to)`, scanning its UTF-8 bytes. */
  private scanText(s: string, from: number, to: number): void {
    // Half of a surrogate pair that a cut left at an end is in no literal, as an encoded U+FFFD
    // might be: it is left out.
    if (to > from && (s.charCodeAt(to - 1) & 0xfc00) === 0xd800) to--
    if (to > from && (s.charCodeAt(from) & 0xfc00) === 0xdc00) from++
    const text = s.slice(from, to)
    // A longer text (none is, MAX_RAW_CHARS being the most a line keeps) gets a buffer of its own.
    const bytes = 3 * text.length <= this.textBytes.length ? this.textBytes : Buffer.allocUnsafe(3 * text.length)
    this.prefilter.byteIndex.scanBytes(bytes, 0, bytes.write(text, 0, 'utf8'), this.mark)
  }

  /** Runs the candidate rules in catalogue order; records the best hit per pattern. */
  private runRules(v: LineView, lineNo: number): { pattern: string; id: string; weight: number } | undefined {
    const hits = this.hits
    const count = this.nHits
    sortSmall(hits, count)
    let best: Map<string, { rule: CompiledRule; score: number; line: number; timestamp?: string }> | undefined
    let fallback: boolean | undefined
    for (let k = 0; k < count; k++) {
      const i = hits[k]!
      const r = this.rules[i]!
      if (r.levels && !r.levels.has(v.level)) continue
      if (r.section && (this.section === undefined || !r.section.test(this.section))) continue
      const ak = this.prefilter.ruleAfter[i]
      let afterLine = 0
      let afterTimestamp: string | undefined
      if (ak !== undefined) {
        if (this.prefilter.lazyAfter[ak] === 1) {
          // Tried on the lines before only once the rule itself matched (see afterLine).
          if (!r.regex.test(v.text)) continue
          afterLine = this.afterLine(ak, lineNo, r.within)
          if (afterLine === 0) continue
          afterTimestamp = this.afterTimestamp
        } else {
          const after = this.afters[ak]!
          if (after.last === 0 || after.last >= lineNo || lineNo - after.last > r.within) continue
          if (!r.regex.test(v.text)) continue
          afterLine = after.last
          afterTimestamp = after.lastTimestamp
        }
      } else if (!r.regex.test(v.text)) continue
      const score =
        (v.level === 'warning' || (fallback ??= FALLBACK_NOTICE.test(v.text))) && !r.warningsCount
          ? r.weight * WARNING_FACTOR
          : r.weight
      const byContext = r.evidence === 'context' && ak !== undefined
      const line = byContext ? afterLine : lineNo
      const prev = best?.get(r.pattern)
      if (prev && (prev.score > score || (prev.score === score && prev.line <= line))) continue
      best ??= new Map()
      best.set(r.pattern, { rule: r, score, line, timestamp: byContext ? afterTimestamp : v.timestamp })
    }
    if (!best) return undefined
    let top: { pattern: string; id: string; weight: number } | undefined
    for (const [pattern, b] of best) {
      this.record(pattern, b.rule.id, b.score, b.line, b.timestamp, lineNo, v.text)
      if (b.line === lineNo && (!top || b.score > top.weight)) top = { pattern, id: b.rule.id, weight: b.score }
    }
    return top
  }

  private record(
    pattern: string,
    rule: string,
    score: number,
    line: number,
    timestamp: string | undefined,
    lineNo: number,
    text: string
  ): void {
    const acc = this.pending.get(pattern)
    if (acc) {
      if (!acc.lines.includes(line)) {
        acc.count++
        if (acc.lines.length < MAX_EVIDENCE_LINES) insertSorted(acc.lines, line)
      }
      if (score < acc.best.score || (score === acc.best.score && line >= acc.best.line)) return
    }
    const hit: Hit = {
      pattern,
      rule: `${pattern}/${rule}`,
      weight: score,
      score,
      line,
      timestamp,
      section: this.section,
      excerpt: [],
      excerptChars: 0
    }
    void lineNo
    void text
    if (score >= ROOT_CAUSE_WEIGHT && (!this.rootCause || score > this.rootCause.weight)) this.rootCause = hit
    if (acc) acc.best = hit
    else this.pending.set(pattern, { best: hit, lines: [line], count: 1 })
    this.awaiting.push(hit)
  }

  /**
   * Makes the excerpts of the hits and evidence lines at or before `upTo` from the recent
   * lines: the line itself and the MAX_EXCERPT_LINES - 1 after it, read by now.
   */
  private flushExcerpts(upTo: number): void {
    const q = this.awaiting
    let recent: Recent[] | undefined
    while (this.awaitingHead < q.length && q[this.awaitingHead]!.line <= upTo) {
      const x = q[this.awaitingHead++]!
      if ('dropped' in x && x.dropped) continue
      recent ??= this.recent.toArray()
      for (const r of recent) {
        if (r.line < x.line) continue
        if (r.line >= x.line + MAX_EXCERPT_LINES || x.excerpt.length >= MAX_EXCERPT_LINES) break
        appendExcerpt(x, recentText(r))
      }
    }
    if (this.awaitingHead === q.length) {
      q.length = 0
      this.awaitingHead = 0
    }
  }

  /**
   * Closes the current step: weighs its rule hits by how it ended, keeps a failed step's
   * evidence for the classifier, and starts the next step. A step that showed an error
   * annotation failed, whatever came after it (an action's failure has no exit-code line).
   */
  private closeStep(factor: number, outcome: Step['outcome']): void {
    const step = this.step
    if (outcome !== 'failed' && (step.errorAnnotated || step.failing)) {
      outcome = 'failed'
      factor = FAILED_STEP_FACTOR
    }
    step.outcome = outcome
    if (outcome === 'passed') this.sawPassedStep = true
    if (outcome === 'failed' || outcome === 'open') this.captureTail(step)
    for (const [pattern, acc] of this.pending) {
      acc.best.score *= factor
      step.rules.set(pattern, acc.best)
      step.ruleLines.set(pattern, [...acc.lines])
      const prev = this.settled.get(pattern)
      if (!prev) {
        this.settled.set(pattern, acc)
        continue
      }
      prev.count += acc.count
      for (const l of acc.lines) {
        if (prev.lines.length >= MAX_EVIDENCE_LINES) break
        if (!prev.lines.includes(l)) insertSorted(prev.lines, l)
      }
      if (acc.best.score > prev.best.score) prev.best = acc.best
    }
    // Clearing a Map allocates its new table where the Map lives, in the old generation for
    // this long-lived one: done for every step of a log of many short steps, that fills the
    // old generation with dead tables and makes the heap grow with the log.
    if (this.pending.size > 0) this.pending.clear()
    if (outcome === 'failed' || outcome === 'open') {
      if (this.failedSteps.length < MAX_FAILED_STEPS && (outcome === 'failed' || step.evidence.size > 0)) {
        this.failedSteps.push(step)
      }
    } else {
      for (const e of step.evidence.all()) e.dropped = true
    }
    this.step = newStep(this.lastLine + 1)
    this.step.title = this.section
  }

  /** The last lines before a failure marker: what a person reads first when nothing else tells. */
  private captureTail(step: Step): void {
    const have = new Map(step.evidence.all().map((e) => [e.line, e]))
    const recent = this.recent.toArray()
    const before = step.markerLine ?? this.lastLine + 1
    // The error-level diagnostic a line goes on (its ` --> `, `= help:`, code-frame lines), when
    // its header is evidence: the nearest line above that starts a line of its own, no blank between.
    const headerOf = (r: Recent): number | undefined => {
      for (let i = recent.indexOf(r) - 1; i >= 0; i--) {
        const h = recent[i]!
        if (h.to <= h.from || h.line < step.start) return undefined
        const text = recentText(h, MAX_EVIDENCE_TEXT)
        if (continuesDiagnostic(text.charCodeAt(0))) continue
        const known = have.get(h.line)
        if (known) return known.severity >= 0.9 && !known.warning && !known.warningBlock ? h.line : undefined
        // A header the step's strongest lines had no room for.
        if (lineSeverity(text, 'none', undefined, false) < 0.9) return undefined
        const e: Evidence = {
          line: h.line,
          text,
          severity: 0.9,
          cues: [],
          fingerprint: fingerprint(text),
          excerpt: [],
          excerptChars: 0
        }
        if (step.title !== undefined) e.section = step.title
        for (let j = i; j < recent.length && e.excerpt.length < MAX_EXCERPT_LINES; j++)
          if (recent[j]!.line < before) appendExcerpt(e, recentText(recent[j]!))
        have.set(h.line, e)
        step.evidence.tail.push(e)
        return h.line
      }
      return undefined
    }
    const tail: Recent[] = []
    for (let i = recent.length - 1; i >= 0 && tail.length < TAIL_LINES; i--) {
      const r = recent[i]!
      if (r.line >= before) continue
      if (r.line < step.start) break
      // A line without a word (a rule, `^^^`), a Markdown fence of a pasted log or the prose
      // around its fences says nothing of the failure: it takes no place among the last lines.
      if (r.to > r.from && !(r.prose && this.view.sawFence)) {
        recentText(r) // decoded, for isMarkup
        if (!isMarkup(r.src, r.from, r.to)) tail.unshift(r)
      }
    }
    // Whether the tail line is part of a warning-level diagnostic, as `match` reads it.
    let inWarning = false
    for (let k = 0; k < tail.length; k++) {
      const r = tail[k]!
      const text = recentText(r, MAX_EVIDENCE_TEXT)
      const c = text.charCodeAt(0)
      if (!continuesDiagnostic(c)) inWarning = WARNING_DIAGNOSTIC.test(text)
      if (have.has(r.line)) continue
      if (HARMLESS_NOTICE.test(text)) continue
      // Read with every cue: a linter's report may carry no error word at all.
      this.stamp++
      this.nCueHits = 0
      const p = this.prefilter
      ;(p.cueIndex ??= new LiteralIndex(p.cueLiterals)).scanRange(text, 0, text.length, this.markCue)
      for (const i of this.prefilter.gatedCues) this.markCue(i)
      let cues = matchCues(text, this.cueHits, this.nCueHits)
      // A command the log echoed: only a tool's name says something (see match).
      if (r.command) {
        cues = cues.filter((c) => c.toolName)
        if (cues.length === 0) continue
      }
      // The nearer the failure marker, the likelier the line is the one that failed.
      let severity = 0.15 + 0.01 * k
      for (const c of cues) severity = Math.max(severity, c.severity, c.alone ? 0.6 : 0.3)
      if (step.outcome === 'open' && cues.length === 0) continue
      const e: Evidence = {
        line: r.line,
        text,
        severity,
        cues,
        fingerprint: fingerprint(text),
        tail: true,
        ...(inWarning ? { warningBlock: true } : {}),
        // A retry notice among the last lines: what it announces was tried again (noteRetry).
        ...(RETRY_AHEAD.test(text) ? { retried: true } : {}),
        ...(r.prose ? { prose: true } : {}),
        excerpt: [],
        excerptChars: 0
      }
      if (step.title !== undefined) e.section = step.title
      if (continuesDiagnostic(c) && !inWarning) {
        const header = headerOf(r)
        if (header !== undefined) e.header = header
      }
      for (let j = k; j < tail.length && e.excerpt.length < MAX_EXCERPT_LINES; j++) {
        const t = tail[j]!
        appendExcerpt(e, recentText(t))
      }
      step.evidence.tail.push(e)
    }
  }

  /** The findings of a failed (or unmarked) log, most significant first. */
  private conclude(options: EndOptions, lines: number): Finding[] {
    const marked = this.markedFailed() || options.knownFailed === true
    // In a pasted log, a step whose only evidence is the reporter's prose around the fences is not the one.
    const fenced = this.view.sawFence
    const target =
      this.failedSteps.find(
        (s) => s.rules.size > 0 || (fenced ? s.evidence.all().some((e) => !e.prose) : s.evidence.size > 0)
      ) ??
      this.failedSteps.find((s) => s.evidence.size > 0) ??
      this.failedSteps[0]
    const primary = target ? this.classifyStep(target, options) : undefined
    let secondary = this.rank()
    if (!marked) {
      // No failure marker (an excerpt, a log cut short): report evidence that says something
      // failed, not a line that only names an error word in passing.
      const evidence = target ? target.evidence.all() : []
      // A verdict that something failed and why, or a bare `… failed.` with a family's words
      // beside it (an `Expected:` line): alone, a bare one is as often a notice the job went on after.
      const told = evidence.some((e) => e.cues.length > 0 && e.warning !== true)
      const severe = evidence.some(
        (e) =>
          e.severity >= 0.9 ||
          (e.severity >= 0.5 &&
            (e.cues.some((c) => c.alone && !target!.clear.has(c.pattern)) ||
              (e.warning !== true && (FAILED_VERDICT.test(e.text) || (told && FAILED_BARE.test(e.text))))))
      )
      // Only warnings (every evidence line a tool wrote as a warning), and the tool went on
      // after them: nothing failed, whatever the warnings were about. A paste that ends on its
      // warning may have been cut where the failure was. So are the lines of a warning-level
      // diagnostic (its header, its notes), whatever rule reads them, unless the log says its
      // warnings are fatal.
      const fatal =
        this.warningsFatal ||
        (target !== undefined &&
          FATAL_WARNINGS.test([target.title, target.commands, ...target.shell.map((c) => c.text)].join('\n')))
      // A linter told not to fail on what it finds (`flake8 --exit-zero`, `pylint . || true`):
      // its findings are notes, as warnings are, unless the log says its warnings are fatal.
      const lenient = !fatal && target !== undefined && lintNeverFails(target)
      // What was retried went on: the step's last words come after the last retry notice and are
      // not one (a paste that ends on `1 retries left` was cut before the outcome).
      const recovered = this.lastRetryLine > 0 && target !== undefined && this.wentOnAfterRetry(target)
      const warned = (e: Evidence): boolean =>
        e.warning === true ||
        (e.retried === true && recovered) ||
        (e.warningBlock === true && !fatal) ||
        (lenient && isLintEvidence(e))
      // (An action's warning that it went on after its tool failed is no such cut.)
      let failing = evidence.some((e) => !warned(e) || (e.line === target!.end && e.line !== this.toleratedLine))
      // A finding read off a warning-level diagnostic stands only with a line of its family that
      // is no warning and says something failed (the tool's verdict, not its command line).
      const decisive = primary ? evidence.find((e) => e.line === primary.line) : undefined
      if (failing && decisive?.warningBlock && !fatal) {
        const p = primary!.pattern
        failing = evidence.some(
          (e) =>
            e !== decisive &&
            !warned(e) &&
            e.severity >= 0.5 &&
            (e.rule?.pattern === p || e.cues.some((c) => c.pattern === p) || SAYS_FAILED.test(e.text))
        )
      }
      if (evidence.length > 0 && !failing) return []
      // The tool's own clean verdict as its last word ("0 errors found", "is compliant with"):
      // the error lines before it were its notes on the way, not its result.
      if (target && this.endsClean(target)) return []
      const evidenceScore = this.primaryEvidence
      if (!primary || !failing || (primary.confidence === 'low' && evidenceScore < UNMARKED_MIN_SCORE && !severe)) {
        // No cue or rule is sure, and nothing says a step passed: the line model's reading of
        // the last lines (a linter's rows of `file:line:col message [rule]` carry no error word).
        if (this.sawPassedStep) return []
        const learned = this.modelFinding(MODEL_CAUSE_MIN, options) ?? this.lintRowsFinding(options)
        return learned ? [learned] : []
      }
      secondary = secondary.filter((f) => f.score >= UNMARKED_MIN_SCORE)
    }
    const findings: Finding[] = []
    if (primary) {
      // The failed step's explanation leads, whatever other steps scored.
      const top = secondary.reduce((m, f) => (f.pattern === primary.pattern ? m : Math.max(m, f.score)), 0)
      if (primary.score <= top) primary.score = Math.round((top + 1) * 100) / 100
      findings.push(primary, ...secondary.filter((f) => f.pattern !== primary.pattern))
    } else findings.push(...secondary)
    if (findings.length === 0) findings.push(this.modelFinding(0, options) ?? this.fallback(options, lines))
    // A finding whose decisive line is already a stronger finding's evidence is the same
    // line read twice (a clippy lint is also a rustc-style `error:` line): drop it.
    const kept: Finding[] = []
    for (const f of findings) {
      if (!kept.some((k) => k.lines.includes(f.line))) kept.push(f)
    }
    return kept
  }

  /**
   * An excerpt whose last command is a linter's (`$ mix credo --strict`, `Running
   * SwiftFormat...`) and then its rows, with no error word any cue knows and no clean verdict:
   * the linter's findings, which is why it failed. The line model picks the row after the
   * command, the command names the family (low confidence: no rule or cue vouches for it).
   */
  private lintRowsFinding(options: EndOptions): Finding | undefined {
    const rows = this.recent.toArray()
    for (let i = rows.length - 1; i >= 0; i--) {
      const r = rows[i]!
      const text = recentText(r, MAX_EVIDENCE_TEXT)
      const announced = RUNNING_TOOL.exec(text)
      if (!r.command && !announced) {
        // The linter's clean verdict (`no offenses detected`), wherever it stands after the command.
        if (isAllClear(text)) return undefined
        continue
      }
      const said = stepPriors(announced ? announced[1] : text)
      const lint = said.get('PAT-007') ?? 0
      if (lint === 0 || [...said.values()].some((v) => v > lint)) return undefined
      return this.modelFinding(LINT_ROW_MIN, { ...options, failedStep: text }, r.line)
    }
    return undefined
  }

  /** Whether the step's last line with words (see endsClean) comes after the last retry notice and is none. */
  private wentOnAfterRetry(step: Step): boolean {
    const last = this.lastWords(step)
    return last !== undefined && last.line > this.lastRetryLine && !RETRY_AHEAD.test(last.text)
  }

  /** The last line with words of a step among the recent lines (see endsClean), if any. */
  private lastWords(step: Step): { line: number; text: string } | undefined {
    for (let i = 0; i < this.recent.size; i++) {
      const r = this.recent.newest(i)
      if (r.line > step.end) continue
      if (r.line < step.start) break
      if (r.to <= r.from || (r.prose && this.view.sawFence)) continue
      const text = recentText(r, MAX_EVIDENCE_TEXT)
      if (isMarkup(r.src, r.from, r.to) || FENCE.test(text)) continue
      return { line: r.line, text }
    }
    return undefined
  }

  /**
   * Whether the last line with words of an unmarked step (leaving out Markdown fences and, in a
   * paste with fences, the prose around them) is a clean verdict.
   */
  private endsClean(step: Step): boolean {
    const last = this.lastWords(step)
    if (last === undefined) return false
    const { text } = last
    return (
      text.length <= MAX_VERDICT_CHARS &&
      isAllClear(text) &&
      !PER_FILE_VERDICT.test(text) &&
      !LABELLED_ZERO.test(text) &&
      (!PASS_COUNT.test(text) || ZERO_FAILED.test(text))
    )
  }

  /** Scores every pattern on one failed step and returns the best as a located finding. */
  private classifyStep(step: Step, options: EndOptions, override?: string): Finding | undefined {
    const evidence = step.evidence.all()
    const span = Math.max(1, step.end - step.start + 1)
    // Lines a passing run of the job printed too: everyday noise, whatever they say.
    const noise = new Set(this.baseline ? evidence.filter((e) => this.baseline!.has(e.text)) : [])
    const weigh = (e: Evidence): number => {
      let w = e.severity * novelty(this.repeats.count(e.fingerprint))
      if (noise.has(e)) w *= BASELINE_FACTOR
      if (e.prose && this.view.sawFence) w *= PROSE_FACTOR
      if (!e.tail) w *= 0.9 + (0.1 * Math.max(0, e.line - step.start)) / span
      return w
    }
    const weights = new Map(evidence.map((e) => [e, weigh(e)]))
    // Of the commands a shell echoed, the last one before the strongest evidence is the one
    // that failed: earlier ones passed (`$ npm ci` before `$ npm test`), later ones are clean-up.
    let anchor = step.markerLine ?? step.end
    let anchorWeight = -1
    for (const [e, w] of weights) {
      if (w > anchorWeight || (w === anchorWeight && e.line < anchor)) {
        anchorWeight = w
        anchor = e.line
      }
    }
    let shell: string | undefined
    for (const c of step.shell) if (c.line <= anchor) shell = c.text
    const stepSaid = stepPriors(
      [options.failedStep ?? step.column, step.title, step.commands, shell].filter(Boolean).join('\n')
    )
    // A step whose name and command name no family (`Run ./check.sh`) leans, half as much, to
    // what its job is named for (`licenses`, `lint`, `e2e`).
    const said =
      stepSaid.size > 0 || this.jobName === undefined
        ? stepSaid
        : scalePriors(stepPriors(this.jobName), JOB_NAME_FACTOR)
    const priors = mergePriors(
      said,
      exitCodePriors(
        step.innerExitCode ?? step.exitCode,
        evidence.some((e) => e.cues.some((c) => c.id === 'time-limit'))
      )
    )
    interface Score {
      pattern: string
      score: number
      rule: number
      cue: number
      hit?: Hit
      /** The hit is a line the passing run printed too. */
      noise?: boolean
      ev?: Evidence
      cueId?: string
    }
    // Priors decide between families when the output is vague; a tool's own error line in
    // the step leaves them little say.
    let strongest = 0
    for (const h of step.rules.values()) strongest = Math.max(strongest, h.score)
    const priorScale = Math.max(0.2, 1 - strongest / 100)
    const scores: Score[] = []
    // Disabled patterns are scored too: a failure that is best explained by a pattern the user
    // turned off is not reported as another one.
    for (const spec of this.catalogue.patterns.values()) {
      const p = spec.id
      let hit = step.rules.get(p)
      let rule = hit ? hit.score : 0
      // A root cause (disk full, runner lost) at or after the step explains it and what follows.
      const root = this.rootCause
      if (root?.pattern === p && root.line >= step.start) {
        hit = root
        rule = root.weight * FAILED_STEP_FACTOR + ROOT_CAUSE_BONUS
      }
      const hitNoise = hit !== undefined && this.baseline?.has(hit.excerpt[0] ?? '') === true
      if (hitNoise) rule *= BASELINE_FACTOR
      let cue = 0
      let support = 0
      let ev: Evidence | undefined
      let cueId: string | undefined
      const cleared = step.clear.has(p) && !step.rules.has(p) ? CLEARED_FACTOR : 1
      for (const e of evidence) {
        for (const c of e.cues) {
          if (c.pattern !== p) continue
          const s = weights.get(e)! * c.weight * cleared
          if (s > cue) {
            support = Math.max(support, cue)
            cue = s
            ev = e
            cueId = c.id
          } else if (s > support && e !== ev) support = s
        }
      }
      const prior = (priors.get(p) ?? 0) * priorScale + baseRate(p)
      const score = Math.max(rule, cue) + Math.min(SUPPORT_CAP, 0.25 * Math.min(rule, cue) + 0.15 * support) + prior
      scores.push({
        pattern: p,
        score,
        rule,
        cue,
        ...(hit ? { hit } : {}),
        ...(hitNoise ? { noise: true } : {}),
        ...(ev ? { ev } : {}),
        ...(cueId ? { cueId } : {})
      })
    }
    scores.sort((a, b) => b.score - a.score || a.pattern.localeCompare(b.pattern))
    const cause = explainingCause(scores)
    if (cause) promote(scores, cause)
    // The command that failed decides between the families whose tools write the same error
    // form: clippy's and clang-tidy's findings are a compiler's `error:` lines, and a step that
    // ran a linter (and no build) failed on lint, unless an error says what a compiler says of
    // code that does not build (an unknown name, a type that does not match, a syntax error).
    if (scores[0]!.pattern === 'PAT-001' && said.has('PAT-007') && !said.has('PAT-001') && !said.has('PAT-002')) {
      const lint = scores.find((x) => x.pattern === 'PAT-007')
      if (lint && buildFormOnly(scores[0]!, evidence)) promote(scores, lint)
    }
    const chosenByModel = override === undefined ? undefined : scores.find((x) => x.pattern === override)
    if (chosenByModel) promote(scores, chosenByModel)
    if (options.explain) {
      this.explained = scores.map((x) => ({
        pattern: x.pattern,
        score: round(x.score),
        rule: round(x.rule),
        cue: round(x.cue),
        prior: round((priors.get(x.pattern) ?? 0) * priorScale + baseRate(x.pattern)),
        ...(x.hit ? { ruleLine: x.hit.line, ruleId: x.hit.rule } : {}),
        ...(x.ev ? { cueLine: x.ev.line, cueId: x.cueId } : {})
      }))
    }
    const best = scores[0]
    if (!best || !this.catalogue.patterns.get(best.pattern)?.enabled) return undefined
    this.primaryEvidence = Math.max(best.rule, best.cue)
    const second = scores[1]?.score ?? 0
    const spec = this.catalogue.patterns.get(best.pattern)!
    const confidence: Confidence = chosenByModel
      ? 'low'
      : best.rule >= 70 && best.score - second >= 10
        ? 'high'
        : best.rule >= 45 || best.cue >= 30
          ? 'medium'
          : 'low'
    // Where: a tool's own error format (a rule of weight DETAIL_WEIGHT or more) is the line
    // to quote, the strongest and earliest. Otherwise, among the lines that point at the
    // pattern nearly as strongly as the best one, the earliest: a first error explains the
    // ones after it, and a summary ("1 failed") only repeats the detail.
    interface Candidate {
      line: number
      strength: number
      excerpt: string[]
      rule: string
      timestamp?: string
      section?: string
      lines: number[]
      /** The line is the reporter's words around a pasted log. */
      prose?: boolean
    }
    const candidates: Candidate[] = []
    const detail = best.hit !== undefined && !best.noise && best.hit.weight >= DETAIL_WEIGHT
    if (best.hit) {
      candidates.push({
        line: best.hit.line,
        strength: detail ? Infinity : best.rule * SUMMARY_FACTOR,
        excerpt: best.hit.excerpt,
        rule: best.hit.rule,
        ...(best.hit.timestamp === undefined ? {} : { timestamp: best.hit.timestamp }),
        ...(best.hit.section === undefined ? {} : { section: best.hit.section }),
        lines: step.ruleLines.get(best.pattern) ?? [best.hit.line]
      })
    }
    for (const e of detail ? [] : evidence) {
      let strength = 0
      let id: string | undefined
      for (const c of e.cues) {
        const x = c.pattern === best.pattern ? weights.get(e)! * c.weight * (c.summary ? SUMMARY_FACTOR : 1) : 0
        if (x > strength) {
          strength = x
          id = c.id
        }
      }
      if (e.rule?.pattern === best.pattern) {
        const x = e.rule.weight * SUMMARY_FACTOR * (noise.has(e) ? BASELINE_FACTOR : 1)
        if (x > strength) {
          strength = x
          id = undefined
        }
      }
      if (strength === 0) continue
      candidates.push({
        line: e.line,
        strength,
        excerpt: e.excerpt,
        rule: id ? `${best.pattern}/cue:${id}` : e.rule ? `${best.pattern}/${e.rule.id}` : `${best.pattern}/cue`,
        ...(e.timestamp === undefined ? {} : { timestamp: e.timestamp }),
        ...(e.section === undefined ? {} : { section: e.section }),
        lines: [e.line],
        ...(e.prose ? { prose: true } : {})
      })
    }
    let chosen: Candidate | undefined
    if (detail) {
      // The first block of the tool's reports, and in it the most telling line (pytest: a
      // failure's `E` line over the test's header; the first failure over later ones).
      const hit = best.hit!
      const blocks = [
        { line: hit.line, weight: hit.weight },
        ...evidence
          .filter(
            (e) => e.rule?.pattern === best.pattern && e.rule.weight >= hit.weight - DETAIL_SPREAD && !noise.has(e)
          )
          .map((e) => ({ line: e.line, weight: e.rule!.weight }))
      ].sort((a, b) => a.line - b.line)
      let pick = lastInChain(blocks[0]!, step.chained, blocks)
      const first = pick
      for (const b of blocks) {
        if (b.line < first.line) continue
        if (b.line - first.line > DETAIL_BLOCK_LINES) break
        if (b.weight > pick.weight) pick = b
      }
      const ev = evidence.find((e) => e.line === pick.line)
      chosen =
        pick.line === hit.line || !ev
          ? candidates[0]
          : {
              line: ev.line,
              strength: Infinity,
              excerpt: ev.excerpt,
              rule: `${best.pattern}/${ev.rule!.id}`,
              ...(ev.timestamp === undefined ? {} : { timestamp: ev.timestamp }),
              ...(ev.section === undefined ? {} : { section: ev.section }),
              lines: step.ruleLines.get(best.pattern) ?? [ev.line]
            }
    } else if (candidates.length > 0) {
      const top = Math.max(...candidates.map((x) => x.strength))
      // A tool's errors go before its warnings, whichever it printed first.
      const warningLines = new Set(
        evidence.filter((e) => e.warning || e.warningBlock || WARNING_ROW.test(e.text)).map((e) => e.line)
      )
      const errorLevel = candidates.some((x) => x.strength >= NEAR_BEST * top && !warningLines.has(x.line))
      for (const x of candidates) {
        if (errorLevel && warningLines.has(x.line)) continue
        if (x.strength >= NEAR_BEST * top && (!chosen || x.line < chosen.line)) chosen = x
      }
      if (chosen)
        chosen = lastInChain(
          chosen,
          step.chained,
          candidates.filter((x) => x.strength >= NEAR_BEST * top)
        )
      // A runner's progress line or a count of failures stands for details the step tells
      // elsewhere: the detail is the line to quote.
      const shown =
        chosen && !(chosen.prose && this.view.sawFence) ? evidence.find((e) => e.line === chosen!.line) : undefined
      const detailed = shown ? detailOf(shown, evidence, best.pattern) : undefined
      if (detailed)
        chosen = {
          line: detailed.line,
          strength: chosen!.strength,
          excerpt: detailed.excerpt,
          rule: chosen!.rule,
          ...(detailed.timestamp === undefined ? {} : { timestamp: detailed.timestamp }),
          ...(detailed.section === undefined ? {} : { section: detailed.section }),
          lines: [detailed.line]
        }
      // In a paste, the reporter's words name the class: when they only name the tool (the
      // command they ran), the log's own error line is the one to quote, one of the class first;
      // else the log's failure line (make's `*** [check-license-headers] Error 1`), when it is
      // all the log says.
      if (chosen?.prose && this.view.sawFence) {
        const said = evidence.find((e) => e.line === chosen!.line)
        const logged =
          said && namesToolOnly(said, best.pattern)
            ? evidence.filter((e) => !e.prose && e.severity >= 0.9 && !e.warning && !e.warningBlock)
            : []
        const own =
          logged.find((e) => e.rule?.pattern === best.pattern || e.cues.some((c) => c.pattern === best.pattern)) ??
          logged[0]
        if (own)
          chosen = {
            line: own.line,
            strength: chosen.strength,
            excerpt: own.excerpt,
            rule: chosen.rule,
            ...(own.timestamp === undefined ? {} : { timestamp: own.timestamp }),
            ...(own.section === undefined ? {} : { section: own.section }),
            lines: [own.line]
          }
        else if (step.markerLine !== undefined && step.markerText !== undefined)
          chosen = { ...chosen, line: step.markerLine, excerpt: [step.markerText], lines: [step.markerLine] }
      }
    } else {
      // On priors alone: the line that named the failed command the priors came from (`Command
      // failed: npm run test:run`), else the step's strongest evidence line, whatever it points
      // at; in a paste, the reporter's words around the log only when the log has no failure line
      // of its own.
      let topWeight = -1
      let ev: Evidence | undefined =
        step.failedCommandLine === undefined ? undefined : evidence.find((e) => e.line === step.failedCommandLine)
      if (!ev)
        for (const e of evidence) {
          if (e.prose && this.view.sawFence && step.markerLine !== undefined) continue
          const w = weights.get(e)!
          if (w > topWeight) {
            topWeight = w
            ev = e
          }
        }
      if (ev) {
        chosen = {
          line: ev.line,
          strength: 0,
          excerpt: ev.excerpt,
          rule: `${best.pattern}/step-hint`,
          ...(ev.timestamp === undefined ? {} : { timestamp: ev.timestamp }),
          ...(ev.section === undefined ? {} : { section: ev.section }),
          lines: [ev.line]
        }
      }
    }
    const line = chosen?.line ?? step.markerLine ?? step.end
    const excerpt = chosen?.excerpt ?? []
    const rule = chosen?.rule ?? `${best.pattern}/step-hint`
    const timestamp = chosen?.timestamp
    const section = chosen?.section ?? step.title
    const lines =
      chosen && best.hit && chosen.line === best.hit.line
        ? chosen.lines
        : [...new Set([line, ...(chosen?.lines ?? [])])]
    const text = formatExcerpt(excerpt)
    // A test's name line says which test, the panic or assertion a few lines on says where:
    // the first evidence of the same pattern from the quoted line on that names a place.
    const where =
      sourceLocationOf(excerpt[0] ?? '') ??
      sourceLocationOf(text) ??
      evidence
        .filter((e) => e.line >= line && e.rule?.pattern === best.pattern)
        .sort((a, b) => a.line - b.line)
        .map((e) => sourceLocationOf(e.text))
        .find((w) => w !== undefined)
    const finding: Finding = {
      pattern: best.pattern,
      name: spec.name,
      severity: spec.severity,
      line,
      lines,
      excerpt: text,
      ...(section === undefined ? {} : { section }),
      ...(timestamp === undefined ? {} : { timestamp }),
      ...(where ? { file: where.file, fileLine: where.line } : {}),
      rule,
      score: Math.round(best.score * 100) / 100,
      confidence
    }
    if (override !== undefined || confidence !== 'low') return finding
    // No class is confident: the line model's reading of the quoted line and its neighbours
    // weighs in, enough to decide between close scores and no more.
    if (lineModel().model.features.length === 0) return finding
    const probs = classProbabilities(lineModel(), windowFeatures(...this.windowAt(line, excerpt)))
    let pick = best
    let top = -Infinity
    for (const x of scores) {
      // A class whose rule read only a line the passing run printed too is that run's noise.
      if (x.noise && x !== best) continue
      const v = x.score + MODEL_CLASS_WEIGHT * (probs.get(x.pattern) ?? 0)
      if (v > top) {
        top = v
        pick = x
      }
    }
    if (pick === best || !this.catalogue.patterns.get(pick.pattern)?.enabled) return finding
    return this.classifyStep(step, options, pick.pattern) ?? finding
  }

  /**
   * A line's neighbours as far as the recent lines and its excerpt hold them (for the line
   * model), without the lines a passing run of the job printed too: they are noise to it as well.
   */
  private windowAt(line: number, excerpt: readonly string[]): [string[], number] {
    const before: string[] = []
    for (let i = 0; i < this.recent.size; i++) {
      const r = this.recent.newest(i)
      if (r.line >= line || r.line < line - MODEL_SPREAD) continue
      const text = recentText(r, MAX_EVIDENCE_TEXT)
      if (this.baseline?.has(text) !== true) before.unshift(text)
    }
    const after = excerpt.slice(0, MODEL_SPREAD + 1)
    return [[...before, ...(after.length > 0 ? after : [''])], before.length]
  }

  /**
   * The line model's finding among the last lines of the log: the line most like a failure's
   * cause (when its probability reaches `min`), with the class its words point at, weighed with
   * the failed step's priors. Low confidence: no rule or cue vouches for it.
   */
  private modelFinding(min: number, options: EndOptions, after = 0): Finding | undefined {
    const model = lineModel()
    if (model.model.features.length === 0) return undefined
    const rows = this.recent
      .toArray()
      .filter(
        (r) => r.line > after && r.to > r.from && !(r.prose && this.view.sawFence) && !isMarkup(r.src, r.from, r.to)
      )
    const texts = rows.map((r) => recentText(r, MAX_EVIDENCE_TEXT))
    let at = -1
    let best = -1
    for (let i = 0; i < texts.length; i++) {
      // A command the log echoed names what ran, not what it reported: when nothing says the
      // log failed (min above 0), it is no cause of its own.
      if ((min > 0 && rows[i]!.command) || !mayBeCause(texts[i]!)) continue
      const p = causeProbability(model, lineFeatures(texts[i]!))
      if (p > best) {
        best = p
        at = i
      }
    }
    if (at < 0 || best < min) return undefined
    const probs = classProbabilities(model, windowFeatures(texts, at, MODEL_SPREAD))
    const priors = stepPriors(options.failedStep)
    const pattern = this.bestEnabled((id) => MODEL_ALONE_WEIGHT * (probs.get(id) ?? 0) + (priors.get(id) ?? 0))
    if (!pattern) return undefined
    const spec = this.catalogue.patterns.get(pattern)!
    const line = rows[at]!.line
    const excerpt = formatExcerpt(texts.slice(at, at + MAX_EXCERPT_LINES))
    const where = sourceLocationOf(texts[at]!) ?? sourceLocationOf(excerpt)
    const timestamp = recentTimestamp(rows[at]!)
    return {
      pattern,
      name: spec.name,
      severity: spec.severity,
      line,
      lines: [line],
      excerpt,
      ...(timestamp === undefined ? {} : { timestamp }),
      ...(where ? { file: where.file, fileLine: where.line } : {}),
      rule: `${pattern}/line-model`,
      score: Math.round(best * UNMARKED_MIN_SCORE * 100) / 100,
      confidence: 'low'
    }
  }

  /** The enabled pattern that `score` rates highest (the first of equals, in catalogue order). */
  private bestEnabled(score: (id: string) => number): string | undefined {
    let pattern: string | undefined
    let top = -Infinity
    for (const spec of this.catalogue.patterns.values()) {
      if (!spec.enabled) continue
      const v = score(spec.id)
      if (v > top) {
        top = v
        pattern = spec.id
      }
    }
    return pattern
  }

  /** A failed job whose log shows no evidence at all: the class its priors favour, low confidence. */
  private fallback(options: EndOptions, lines: number): Finding {
    const priors = stepPriors(options.failedStep)
    const pattern = this.bestEnabled((id) => (priors.get(id) ?? 0) + baseRate(id)) ?? 'PAT-002'
    const spec = this.catalogue.patterns.get(pattern) ?? { name: 'Unknown', severity: 'medium' as const }
    const tail = this.recent.toArray().filter((r) => r.to > r.from)
    const last = tail[tail.length - 1]
    const line = last?.line ?? Math.max(1, lines)
    return {
      pattern,
      name: spec.name,
      severity: spec.severity,
      line,
      lines: [line],
      excerpt: formatExcerpt(tail.slice(-MAX_EXCERPT_LINES).map((r) => recentText(r))),
      rule: `${pattern}/no-evidence`,
      score: 1,
      confidence: 'low'
    }
  }

  /** Every pattern's best rule hit over the whole log, as findings (the secondary ones). */
  private rank(): Finding[] {
    const findings: Finding[] = []
    for (const [pattern, acc] of this.settled) {
      const spec = this.catalogue.patterns.get(pattern)
      if (!spec) continue
      // Repetition is not significance (a retried download repeats; a root cause may not).
      // A line the passing run printed too is noise.
      const score = acc.best.score * (this.baseline?.has(acc.best.excerpt[0] ?? '') ? BASELINE_FACTOR : 1)
      if (score < MIN_SCORE) continue
      const text = formatExcerpt(acc.best.excerpt)
      const where = sourceLocationOf(acc.best.excerpt[0] ?? '') ?? sourceLocationOf(text)
      findings.push({
        pattern,
        name: spec.name,
        severity: spec.severity,
        line: acc.best.line,
        lines: [...acc.lines],
        excerpt: text,
        ...(acc.best.section === undefined ? {} : { section: acc.best.section }),
        ...(acc.best.timestamp === undefined ? {} : { timestamp: acc.best.timestamp }),
        ...(where ? { file: where.file, fileLine: where.line } : {}),
        rule: acc.best.rule,
        score: Math.round(score * 100) / 100,
        confidence: score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low'
      })
    }
    return findings.sort(compareFindings)
  }
}

const round = (x: number): number => Math.round(x * 100) / 100

/** Puts `x` first among the sorted `scores`, one point above the best. */
function promote<T extends { score: number }>(scores: T[], x: T): void {
  scores.splice(scores.indexOf(x), 1)
  scores.unshift({ ...x, score: scores[0]!.score + 1 })
}

/** A line the line model may quote: words, not a fence, a warning, a clean result ("Total: 0") or a harmless notice (a passed test's row among them). */
function mayBeCause(text: string): boolean {
  return (
    text.trim() !== '' &&
    !FENCE.test(text) &&
    levelOf(text) !== 'warning' &&
    !isAllClear(text) &&
    !LABELLED_ZERO.test(text) &&
    !ALL_ZERO.test(text) &&
    !HARMLESS_NOTICE.test(text)
  )
}

/** A command as the log shows it, without colour codes and surrounding blanks. */
function commandText(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, '').trim()
}

/**
 * In a chain of Python exceptions, one raised while another was handled, the last is what the
 * program died of and what a person quotes (requests' ConnectionError over the socket error it
 * wraps): from a line of one part, the first of `lines` in the chain's last part that has one.
 */
function lastInChain<T extends { line: number }>(
  from: T,
  links: readonly number[] | undefined,
  lines: readonly T[]
): T {
  let at = from
  for (const link of links ?? []) {
    if (link <= at.line) continue
    let next: T | undefined
    let between = false
    for (const x of lines) {
      if (x.line <= at.line) continue
      if (x.line < link) between = true
      else if (!next || x.line < next.line) next = x
    }
    if (between || !next) break
    at = next
  }
  return at
}

function newStep(start: number): Step {
  return {
    start,
    end: start,
    commands: '',
    shell: [],
    evidence: new StepEvidence(),
    rules: new Map(),
    ruleLines: new Map(),
    errorAnnotated: false,
    clear: new Set(),
    outcome: 'open'
  }
}

function scalePriors(p: Priors, factor: number): Priors {
  const out: Priors = new Map()
  for (const [k, v] of p) out.set(k, v * factor)
  return out
}

function mergePriors(a: Priors, b: Priors): Priors {
  const out = new Map(a)
  for (const [k, v] of b) out.set(k, (out.get(k) ?? 0) + v)
  return out
}

/** firstNonBlankOf over bytes: a byte from 128 up starts a character from 128 up. */
function firstNonBlankByte(b: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = b[i]!
    if (!isAsciiBlank(c)) return c
  }
  return 128
}

/**
 * Whether `b[from, to)` may start with `gh run view --log`'s columns (what cleanLine's
 * GH_CLI_PREFIX reads: two tabs, the timestamp's date after the second, a step's first line
 * with its byte-order mark before it), column widths aside.
 */
function mayBeStepColumns(b: Uint8Array, from: number, to: number): boolean {
  const first = b.indexOf(0x09, from)
  if (first <= from || first >= to) return false
  const second = b.indexOf(0x09, first + 1)
  if (second <= first + 1 || second + 11 > to) return false
  let d = second + 1
  if (b[d] === 0xef && b[d + 1] === 0xbb && b[d + 2] === 0xbf) d += 3
  if (d + 10 >= to) return false
  for (const k of DATE_DIGITS) if (b[d + k]! < 0x30 || b[d + k]! > 0x39) return false
  return b[d + 4] === 0x2d && b[d + 7] === 0x2d && b[d + 10] === 0x54
}

const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9]

const NIX_LOG_HEADER_END = Buffer.from('log lines:')

/** Whether `b[from, to)` may be Nix's `last 10 log lines:` (LineView.nixLogLine): its end. */
function mayOpenNixLog(b: Uint8Array, from: number, to: number): boolean {
  let e = to
  while (e > from && isAsciiBlank(b[e - 1]!)) e--
  const n = NIX_LOG_HEADER_END.length
  if (e - from < n) return false
  for (let i = 0; i < n; i++) if (b[e - n + i] !== NIX_LOG_HEADER_END[i]) return false
  return true
}

/**
 * cleanRest's removal of Travis markers (`travis_fold:start:…`, `travis_time:end:…`, `[0K`)
 * over bytes: copies `src[from, to)` without them to `dst` from 0 and returns the end. `dst`
 * may be `src` when `from` is 0 (what is written is never ahead of what is read).
 */
function stripTravisBytes(src: Uint8Array, from: number, to: number, dst: Uint8Array): number {
  let n = 0
  let i = from
  while (i < to) {
    const c = src[i]!
    if (c === 0x5b && i + 2 < to && src[i + 1] === 0x30 && src[i + 2] === 0x4b) {
      i += 3
      continue
    }
    if (c === 0x74) {
      const j = travisMarkerEnd(src, i, to)
      if (j > 0) {
        i = j
        continue
      }
    }
    dst[n++] = c
    i++
  }
  return n
}

/** Where `travis_(?:fold|time):(?:start|end):[\w.:=,]*` starting at `at` ends, or -1. */
function travisMarkerEnd(b: Uint8Array, at: number, to: number): number {
  let i = at
  const word = (w: string): boolean => {
    if (i + w.length > to) return false
    for (let k = 0; k < w.length; k++) if (b[i + k] !== w.charCodeAt(k)) return false
    i += w.length
    return true
  }
  if (
    !word('travis_') ||
    !(word('fold') || word('time')) ||
    !word(':') ||
    !(word('start') || word('end')) ||
    !word(':')
  )
    return -1
  while (i < to) {
    const c = b[i]!
    if (
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      c === 0x5f ||
      c === 0x2e ||
      c === 0x3a ||
      c === 0x3d ||
      c === 0x2c
    )
      i++
    else break
  }
  return i
}

/** Whether `b[from, to)` holds `travis_` or `[0K` (what cleanRest takes off). */
function hasTravisMarker(b: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = b[i]
    if (
      c === 0x74 &&
      to - i >= 7 &&
      b[i + 1] === 0x72 &&
      b[i + 2] === 0x61 &&
      b[i + 3] === 0x76 &&
      b[i + 4] === 0x69 &&
      b[i + 5] === 0x73 &&
      b[i + 6] === 0x5f
    )
      return true
    if (c === 0x5b && to - i >= 3 && b[i + 1] === 0x30 && b[i + 2] === 0x4b) return true
  }
  return false
}

const TRAVIS = Buffer.from('travis_')
const CLEAR = Buffer.from('[0K')
/** What LineView takes for a web view's line link (`[6](https://github.com/…#step:4:7)`). */
const STEP_LINK = Buffer.from('](https://github.com/')

/** The first character of `s[from, to)` that is not ASCII white space (128 when there is none: any rule may run). */
function firstNonBlankOf(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i)
    if (!isAsciiBlank(c)) return c
  }
  return 128
}

function isSpaceOrColon(c: number): boolean {
  return c === 0x20 || c === 0x3a || c === 0x09
}

/** Insertion sort of `a[0, count)`, ascending: the candidate lists are short and this allocates nothing. */
function sortSmall(a: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const x = a[i]!
    let j = i - 1
    while (j >= 0 && a[j]! > x) {
      a[j + 1] = a[j]!
      j--
    }
    a[j + 1] = x
  }
}

function insertSorted(lines: number[], line: number): void {
  let i = lines.length
  while (i > 0 && lines[i - 1]! > line) i--
  lines.splice(i, 0, line)
}

function appendExcerpt(hit: { excerpt: string[]; excerptChars: number }, text: string): void {
  if (hit.excerpt.length >= MAX_EXCERPT_LINES || hit.excerptChars >= MAX_EXCERPT_CHARS) return
  const room = MAX_EXCERPT_CHARS - hit.excerptChars
  const t = text.length > room ? text.slice(0, room) : text
  hit.excerpt.push(t)
  hit.excerptChars += t.length + 1
}

/** Classifies a log read as a stream of chunks, in one pass with flat memory. */
export async function classifyStream(
  source: AsyncIterable<Buffer | Uint8Array | string>,
  options: ClassifyOptions & EndOptions = {}
): Promise<ClassifyResult> {
  const classifier = new LogClassifier(options)
  for await (const chunk of source) classifier.push(chunk)
  return classifier.end(options)
}

/** Classifies a log held in memory (tests, small logs). */
export function classifyText(text: string, options: ClassifyOptions & EndOptions = {}): ClassifyResult {
  const classifier = new LogClassifier(options)
  classifier.push(text)
  return classifier.end(options)
}

/**
 * Causes that explain the failure a tool reported, told by a cue: a full disk or memory
 * anywhere in the failed step explains whatever failed with it (a compiler that could not
 * write its output); a network failure on a dependency's or a build's error line, or just
 * after it, explains the dependency that could not be fetched; a missing package just after a
 * test runner's report explains the test file that could not load. A test that fails because
 * of the network stays a failed test.
 */
const EXPLAINING_CUES: readonly {
  pattern: string
  cues: readonly string[]
  over: readonly string[] | 'any'
  /** Lines before and after the failure's own line the cause must be within (anywhere when absent). */
  near?: readonly [before: number, after: number]
  /** The cause's line names no source location: a compiler's row about an import is the compiler's. */
  unlocated?: boolean
}[] = [
  { pattern: 'PAT-008', cues: ['resources'], over: 'any' },
  {
    pattern: 'PAT-008',
    cues: ['network', 'http-client-timeout', 'server-error', 'rate-limit'],
    over: ['PAT-006', 'PAT-001'],
    near: [2, 2]
  },
  // A runner that lost its connection or was shut down just before the job was cancelled or
  // timed out: the cancellation (`The operation was canceled.`) is what that did to the job.
  { pattern: 'PAT-008', cues: ['runner'], over: ['PAT-005'], near: [10, 2] },
  // A build that failed on its audit (NuGet's `NU1903 … has a known high severity
  // vulnerability` as an error, then `Build FAILED.`): the vulnerability is why.
  { pattern: 'PAT-003', cues: ['vulnerability', 'advisory-id'], over: ['PAT-001'], near: [30, 3] },
  // A build that stopped on a package it could not find (webpack's `ERROR in ./a.js` over
  // `Module not found: Error: Can't resolve 'x'`, a bundler's `Build failed.` over the import
  // it could not resolve): the missing package is why.
  {
    pattern: 'PAT-006',
    cues: ['package-unresolved', 'python-module-missing'],
    over: ['PAT-001'],
    near: [2, 3],
    unlocated: true
  },
  // A test file that could not be collected or loaded because a package is missing.
  { pattern: 'PAT-006', cues: ['python-module-missing', 'package-missing'], over: ['PAT-002'], near: [2, 15] },
  // A build task that failed on a dependency conflict its cause chain names (Gradle's
  // `Execution failed for task ':compileGroovy'` over `Caused by: … Conflicting module versions`).
  { pattern: 'PAT-006', cues: ['resolution'], over: ['PAT-001'], near: [0, 20] },
  // A time limit that names the test or hook it stopped is that test's failure, not the job's.
  { pattern: 'PAT-002', cues: ['test-case-timeout'], over: ['PAT-005'], near: [3, 3] }
]

// A compiler's error form, which linters write too (`a.rs:3:5: error:`, rustc's plain `error:`,
// `a.c:4:1: error:`, and cargo's echo `error: could not compile`, which clippy ends on as well),
// as opposed to what a compiler says of code that does not build. A build's verdict (`could not
// compile`, `Build failed`) is of the same form: it says that the build stopped, not why.
const BUILD_FORM_RULES = new Set([
  'PAT-001/rustc-error-plain',
  'PAT-001/generic-file-error',
  'PAT-001/c-compiler',
  'PAT-001/cargo-could-not-compile'
])
const BUILD_FORM_CUES = new Set(['compiler-diagnostic', 'error-line', 'build-failed'])
const BUILD_CONTENT_CUES = new Set(['unknown-name', 'located-unknown-name', 'type-error', 'syntax-error', 'linker'])

/**
 * Whether a build finding rests on the compiler's error form alone: its rule and cue read only
 * the form, and no line of the step says what a compiler says of code that does not build.
 */
function buildFormOnly(best: { hit?: { rule: string }; cueId?: string }, evidence: readonly Evidence[]): boolean {
  if (best.hit && !BUILD_FORM_RULES.has(best.hit.rule)) return false
  if (best.cueId !== undefined && !BUILD_FORM_CUES.has(best.cueId)) return false
  return !evidence.some(
    (e) =>
      (e.rule?.pattern === 'PAT-001' && !BUILD_FORM_RULES.has(`PAT-001/${e.rule.id}`)) ||
      e.cues.some((c) => c.pattern === 'PAT-001' && BUILD_CONTENT_CUES.has(c.id))
  )
}

/** A cause's cue must weigh this much on its line (an error line, not a setting's name in a dump). */
const EXPLAINING_MIN_CUE = 40
/**
 * On the failure's own line, or a few lines under it where tools give the cause of an error
 * (cargo's `Caused by:` block: `process didn't exit successfully: … (signal: 9, SIGKILL: kill)`),
 * the cause's cue may weigh less: it is part of the error the tool reported, even on a line with
 * no error word (go's `go: m@v1.6.0: Get "…": dial tcp …: connect: connection refused`).
 */
const EXPLAINING_MIN_CUE_CLOSE = 28
const EXPLAINING_CLOSE_AFTER = 3

function explainingCause<
  S extends {
    pattern: string
    cue: number
    hit?: { line: number }
    ev?: { line: number; text: string }
    cueId?: string
  }
>(scores: S[]): S | undefined {
  const best = scores[0]
  if (!best) return undefined
  const line = best.hit?.line ?? best.ev?.line
  for (const e of EXPLAINING_CUES) {
    if (best.pattern === e.pattern || (e.over !== 'any' && !e.over.includes(best.pattern))) continue
    const cause = scores.find((x) => x.pattern === e.pattern)
    if (!cause?.ev || !cause.cueId || !e.cues.includes(cause.cueId)) continue
    const close = line !== undefined && cause.ev.line >= line && cause.ev.line <= line + EXPLAINING_CLOSE_AFTER
    if (cause.cue < (close ? EXPLAINING_MIN_CUE_CLOSE : EXPLAINING_MIN_CUE)) continue
    if (e.near && (line === undefined || cause.ev.line < line - e.near[0] || cause.ev.line > line + e.near[1])) continue
    if (e.unlocated && sourceLocationOf(cause.ev.text) !== undefined) continue
    return cause
  }
  return undefined
}
