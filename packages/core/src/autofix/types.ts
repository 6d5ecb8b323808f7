/**
 * The contract between the auto-fix engine (which decides, applies and proves a fix on a local
 * work tree and leaves it as one commit on a local branch) and its delivery (which turns that
 * commit into a pull request, a push, an issue or a patch artifact). The engine never talks to
 * GitHub; delivery never runs repository code.
 */
import type { Exec, ExecProgress } from '../exec/types.js'
import type { Severity } from '../severity.js'
import type { Strategy } from './strategy.js'

/** How far a pattern may be fixed without a person: the spec's decision matrix, per row. */
export type FixCapability = 'full' | 'partial' | 'none'
export type FixIntegration = 'auto-apply' | 'agent-review' | 'manual-only'
export type FixSafety = 'high' | 'medium' | 'low'

export interface MatrixRow {
  pattern: string
  capability: FixCapability
  safety: FixSafety
  rollbackRequired: boolean
  integration: FixIntegration
}

/** `hee-safe` applies only auto-apply rows; `review` also agent-review rows (always as a PR). */
export type FixMode = 'hee-safe' | 'review'

/** One step of the safety protocol as it happened, in order, for the report and the history. */
export interface ProtocolStep {
  step: 'constraints' | 'pre-validation' | 'backup' | 'apply' | 'guard' | 'post-validation' | 'commit' | 'rollback'
  ok: boolean
  detail: string
  durationMs: number
}

/** A command that proved (or failed to prove) a fix, as run on the fixed tree. */
export interface Validation {
  command: string
  code: number
  passed: boolean
  /** Last lines of its output, redacted, for the PR body. */
  tail: string
}

export type AttemptOutcome =
  | 'fixed' // applied, validated, committed on `branch`
  | 'rolled-back' // applied, then validation or the guard failed; tree restored byte-identical
  | 'would-fix' // --dry-run: diff computed in a scratch copy, nothing written
  | 'skipped' // not allowed here (matrix, mode, severity, constraints, loop guard) or not detected
  | 'report-only' // manual-only rows (security): nothing applied, `report` says what would change

/** One pattern's attempt; becomes one `auto_fix_history` entry. */
export interface FixAttempt {
  pattern: string
  strategy: string | null
  outcome: AttemptOutcome
  /** Why it was skipped, rolled back or only reported; a single sentence. */
  reason?: string
  /** The finding's evidence line that led here. */
  evidence?: string
  steps: ProtocolStep[]
  validations: Validation[]
  filesChanged: number
  linesChanged: number
  durationMs: number
  /** Markdown for a manual-only report (advisories, what the tool would change). */
  report?: string
  /** The failing command as read from the log (or rebuilt from the tool's output), the fix's proof. */
  command?: string
  /** Repository-relative paths the fix changed (workflow files left out). */
  files?: string[]
}

export interface AutoFixResult {
  /** The repository's HEAD the fixes were built on (the failing commit). */
  baseSha: string
  /** Local branch `hee/auto-fix/<id>-<pattern…>` holding one commit, when anything was fixed. */
  branch?: string
  commit?: string
  /** Unified diff of the fix commit (or of what would be done under dry-run). */
  diff: string
  /** Files changed under `.github/workflows/`, left out of the fix on purpose. */
  workflowFilesLeftOut: string[]
  attempts: FixAttempt[]
  /** True when every allowed fix held or there was nothing to do. */
  ok: boolean
  /** Attempts of an earlier run that did not end (killed mid-way), rolled back before this one. */
  recovered?: string[]
}

export interface AutoFixOptions {
  /** The git work tree of the failing commit. */
  workdir: string
  /** Findings from the classifier (the monitor's findings file or `hee analyze` of a log). */
  findings: readonly { pattern: string; severity: Severity; evidence?: string; command?: string; log?: string }[]
  /** The failing job's log, when there is one: the failing command is read from it. */
  log?: string
  mode: FixMode
  maxSeverity?: Severity
  dryRun: boolean
  /** Id used in the branch name (the failing run's id, or a local stamp). */
  runId: string
  /** Expected HEAD; pre-validation refuses another. */
  headSha?: string
  /** Limits from the capsule and the config; defaults in the engine. */
  limits?: { maxFiles?: number; maxLines?: number; protectedPaths?: string[] }
  /** Capsule status; `maintenance` and `failed` block auto-apply. */
  capsuleStatus?: string
  /** Patterns already attempted for this head SHA (from the capsule): not tried again. */
  attemptedForHead?: readonly string[]
  author?: { name: string; email: string }
  /**
   * Signs the fix commit (`prepareSigning` of a private key: `gpg.format=ssh` with
   * `user.signingkey=<file>`, or OpenPGP); unsigned when omitted.
   */
  signing?: { config: string[]; env: Record<string, string> }
  exec: Exec
  progress?: ExecProgress
  /** One line per protocol step as it starts (`apply: cargo clippy --fix …`), for a person watching. */
  onProgress?: (message: string) => void
  /**
   * The repository's overrides (`.github/hee-autofix.yml`, see `parseAutoFixConfig`); read from
   * `workdir` when omitted.
   */
  config?: AutoFixConfig
  /** The strategies to pick from, in order; the built-in ones when omitted. */
  strategies?: readonly Strategy[]
  /** Environment the tools start from (tokens are always removed); `process.env` when omitted. */
  env?: Readonly<Record<string, string | undefined>>
  /**
   * Files under `.github/workflows/`: `leave-out` (default) never puts them in a fix (a token
   * without the `workflows` permission cannot push them); `comments-only` keeps a change to one
   * that adds or removes only comment lines (a license header), for a fix that stays on a local
   * branch a person pushes.
   */
  workflowFiles?: 'leave-out' | 'comments-only'
}

/** A repository's auto-fix configuration: matrix rows overridden per pattern, limits, protected paths. */
export interface AutoFixConfig {
  matrix?: Record<string, Partial<Omit<MatrixRow, 'pattern'>>>
  limits?: { maxFiles?: number; maxLines?: number; protectedPaths?: string[] }
  /** Strategy names never used in this repository (e.g. `prettier`). */
  disabledStrategies?: string[]
}
