import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ExecResult } from '../exec/types.js'
import type { GuardContext } from './guard/index.js'
import { invocations, type Invocation } from './command.js'
import type { JobLog } from './job-log.js'

/** A finding as the engine receives it. */
export interface FindingInput {
  pattern: string
  severity: string
  evidence?: string
  command?: string
  /** The log of the job this finding came from, when it differs from the run's one `log`. */
  log?: string
}

/** What `detect` may look at: the log, the failing command, the repository's files (read only). */
export interface DetectInput {
  /** The user's work tree (never written). */
  root: string
  finding: FindingInput
  log: JobLog
  /** The failing command: the log's, else the finding's. */
  command?: string
  /** The failing command as tool invocations (scripts followed). */
  invocations: Invocation[]
}

/** A fix a strategy recognised, with the check that will prove it. */
export interface FixPlan {
  /** The shell line that must fail before and pass after: the failing command when the log has it. */
  check: string
  /** How many times in a row the check must pass (three for tests). */
  runs: number
  /** Whether `check` is the failing command read from the log (else rebuilt from the tool's output). */
  fromLog: boolean
  /** Checks that, when they pass before the fix, must still pass after it. */
  companions: string[]
  /** Dependency folders (node_modules, virtualenvs) the tools need in the scratch tree. */
  needsDependencies: boolean
  /** Strategy-specific data from the log (files named, flags seen). */
  data: Record<string, unknown>
}

export type Detection = { plan: FixPlan } | { reason: string } | undefined

/** Where a strategy runs: a scratch work tree of the failing commit, never the user's. */
export interface StrategyContext {
  /** The scratch tree the tools run in. */
  root: string
  /** Runs a tool in the scratch tree with the tool environment (no token). */
  run(command: string, args: readonly string[], opts?: { timeoutMs?: number }): Promise<ExecResult>
  /** Runs a shell line (`bash -e -c`) in the scratch tree, as a `run:` step would. */
  sh(line: string, opts?: { timeoutMs?: number }): Promise<ExecResult>
  /** A step message for the person watching. */
  note(message: string): void
  /** A temporary folder outside the tree, for reports. */
  tmp: string
}

export interface ApplyResult {
  ok: boolean
  /** What was done, or why nothing could be (one sentence). */
  detail: string
  /** True when the strategy decided after looking closer that this is not its case (nothing applied). */
  notApplicable?: boolean
  /** Files the strategy created that belong in the fix (new files are otherwise left out). */
  newFiles?: string[]
  /** What makes an otherwise refused edit legitimate (an obsolete snapshot, a license field). */
  guard?: GuardContext
  /** Validations the strategy ran itself (a header scan) instead of, or besides, the check. */
  validations?: Array<{ command: string; code: number; passed: boolean; tail: string }>
}

/**
 * One way of fixing one tool's complaints. A new tool is one module implementing this:
 * `detect` reads the log (never guesses), `apply` runs the tool's own fixer in the scratch tree,
 * `validate` is the default re-run of the check unless the strategy needs more.
 */
export interface Strategy {
  name: string
  /** The patterns whose findings it may fix. */
  patterns: readonly string[]
  detect(input: DetectInput): Detection
  apply(ctx: StrategyContext, plan: FixPlan): Promise<ApplyResult>
  /** Optional extra proof after the check passed (`runs` times) and the companions held. */
  validate?(ctx: StrategyContext, plan: FixPlan): Promise<{ passed: boolean; detail: string }>
  /**
   * For a manual-only finding: the report, completed in a scratch tree with what the tools'
   * dry runs say they would change (nothing is applied). Undefined keeps the plan's report.
   */
  preview?(ctx: StrategyContext, plan: FixPlan): Promise<string | undefined>
}

/** Last lines of a command's output, for reports. */
export function tail(r: ExecResult, n = 15): string {
  const text = `${r.stdout}\n${r.stderr}`.replace(/\r/g, '')
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-n)
    .join('\n')
}

export function readText(root: string, path: string): string | undefined {
  try {
    return readFileSync(join(root, path), 'utf8')
  } catch {
    return undefined
  }
}

export function exists(root: string, path: string): boolean {
  return existsSync(join(root, path))
}

/** True when the root Cargo.toml declares a workspace. */
export function isCargoWorkspace(root: string): boolean {
  return /^\s*\[workspace\]/m.test(readText(root, 'Cargo.toml') ?? '')
}

/** The invocation of `tool` (and `sub`, e.g. cargo's `clippy`) in the failing command. */
export function findInvocation(input: DetectInput, tool: string, sub?: string): Invocation | undefined {
  return input.invocations.find((i) => i.tool === tool && (sub === undefined || i.args[0] === sub))
}

export function plan(p: Partial<FixPlan> & Pick<FixPlan, 'check' | 'fromLog'>): { plan: FixPlan } {
  return { plan: { runs: 1, companions: [], needsDependencies: false, data: {}, ...p } }
}

export { invocations }

const PRETTIER_CONFIG =
  /^(?:\.prettierrc(?:\.(?:json|ya?ml|json5|js|cjs|mjs|toml))?|prettier\.config\.(?:js|cjs|mjs|ts))$/
const ESLINT_CONFIG = /^(?:eslint\.config\.(?:js|cjs|mjs|ts|mts|cts)|\.eslintrc(?:\.(?:json|ya?ml|js|cjs))?)$/

/**
 * The project's other JavaScript check that a fix by `tool` could break (prettier after an
 * eslint fix, eslint after a prettier one), when the project installs and configures it; run on
 * the same files, it must pass after the fix if it passed before.
 */
export function jsCompanion(root: string, tool: 'eslint' | 'prettier', files: readonly string[]): string[] {
  const other = tool === 'eslint' ? 'prettier' : 'eslint'
  if (!exists(root, `node_modules/.bin/${other}`) || files.length === 0) return []
  let names: string[]
  try {
    names = readdirSync(root)
  } catch {
    return []
  }
  const pkg = readText(root, 'package.json') ?? ''
  const configured =
    other === 'prettier'
      ? names.some((n) => PRETTIER_CONFIG.test(n)) || /"prettier"\s*:\s*[{"]/.test(pkg)
      : names.some((n) => ESLINT_CONFIG.test(n)) || /"eslintConfig"\s*:/.test(pkg)
  if (!configured) return []
  const targets = other === 'eslint' ? files.filter((f) => /\.[cm]?[jt]sx?$/.test(f)) : files
  return targets.length > 0
    ? [
        ['npx', '--no-install', other, ...(other === 'prettier' ? ['--check'] : []), ...targets]
          .map(quoteWord)
          .join(' ')
      ]
    : []
}

function quoteWord(a: string): string {
  return a !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`
}
