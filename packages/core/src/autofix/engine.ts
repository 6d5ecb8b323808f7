import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toolEnv } from '../exec/tool-env.js'
import { commandLine, type ExecResult } from '../exec/types.js'
import { Git } from '../git/index.js'
import { severityRank, type Severity } from '../severity.js'
import { checkCommitMessage, checkDiff, formatViolations, type GuardContext } from './guard/index.js'
import { invocations } from './command.js'
import { firstError } from './companions.js'
import { readJobLog, type JobLog } from './job-log.js'
import { ALWAYS_PROTECTED, AUTOFIX_CONFIG_FILE, DEFAULT_LIMITS, parseAutoFixConfig, resolveMatrix } from './matrix.js'
import {
  copyDependencies,
  copyUntracked,
  createScratch,
  disposeScratch,
  recoverStale,
  type Scratch
} from './scratch.js'
import { STRATEGIES } from './strategies/index.js'
import { tail, type FindingInput, type FixPlan, type Strategy, type StrategyContext } from './strategy.js'
import type {
  AutoFixConfig,
  AutoFixOptions,
  AutoFixResult,
  FixAttempt,
  MatrixRow,
  ProtocolStep,
  Validation
} from './types.js'

const TOOL_TIMEOUT_MS = 10 * 60_000
const DEFAULT_AUTHOR = { name: 'HEE Auto-Fix', email: 'hee-auto-fix@users.noreply.github.com' }
/** The trailer that marks the agent's own commits (the loop guard reads it). */
export const AUTOFIX_TRAILER = 'HEE-Auto-Fix'

/** A glob of a protected path (`**`, `*`, `?`) as a regular expression over repository paths. */
export function globToRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  // a folder protects everything under it
  return new RegExp(`^${re}${glob.endsWith('/') || !/[*?]/.test(glob) ? '(?:/.*)?' : ''}$`)
}

function isWorkflowFile(path: string): boolean {
  return path.startsWith('.github/workflows/')
}

/** True when every added and removed line of a unified diff of a YAML file is a comment or blank. */
export function onlyCommentLines(diff: string): boolean {
  const changed = diff
    .split('\n')
    .filter((l) => /^[+-]/.test(l) && !/^(?:\+\+\+|---) /.test(l))
    .map((l) => l.slice(1))
  return changed.length > 0 && changed.every((l) => /^\s*(?:#.*)?$/.test(l))
}

async function loadConfig(workdir: string): Promise<AutoFixConfig> {
  let text: string
  try {
    text = await readFile(join(workdir, AUTOFIX_CONFIG_FILE), 'utf8')
  } catch {
    return {}
  }
  return parseAutoFixConfig(text)
}

class Steps {
  readonly list: ProtocolStep[] = []
  constructor(private readonly say: (m: string) => void) {}
  async run<T>(
    step: ProtocolStep['step'],
    f: () => Promise<{ ok: boolean; detail: string; value?: T }>
  ): Promise<{ ok: boolean; detail: string; value?: T }> {
    const t0 = Date.now()
    const r = await f()
    this.list.push({ step, ok: r.ok, detail: r.detail, durationMs: Date.now() - t0 })
    this.say(`${step}: ${r.ok ? '' : 'FAILED: '}${r.detail}`)
    return r
  }
  record(step: ProtocolStep['step'], ok: boolean, detail: string, t0 = Date.now()): void {
    this.list.push({ step, ok, detail, durationMs: Date.now() - t0 })
    this.say(`${step}: ${ok ? '' : 'FAILED: '}${detail}`)
  }
}

function validation(command: string, r: ExecResult): Validation {
  return { command, code: r.code, passed: r.code === 0, tail: tail(r) }
}

/**
 * Runs the safety protocol for each finding the matrix and the mode allow: constraints,
 * pre-validation, backup, apply, guard, post-validation, then one commit on a local branch
 * `hee/auto-fix/<runId>-<pattern…>` built on the failing commit, or a rollback. Every fix is
 * built in a scratch worktree: the user's files, index, HEAD and branch are never written.
 */
export async function runAutoFix(options: AutoFixOptions): Promise<AutoFixResult> {
  const say = options.onProgress ?? (() => {})
  const git = new Git(options.exec, options.workdir)
  const root = await git.topLevel()
  const baseSha = await git.headSha()
  const recovered = await recoverStale(git)
  if (recovered.length > 0)
    say(`rollback: removed ${recovered.length} attempt(s) an earlier run did not end: ${recovered.join(', ')}`)

  const config = options.config ?? (await loadConfig(root))
  const matrix = resolveMatrix(config)
  const limits = {
    maxFiles: options.limits?.maxFiles ?? config.limits?.maxFiles ?? DEFAULT_LIMITS.maxFiles,
    maxLines: options.limits?.maxLines ?? config.limits?.maxLines ?? DEFAULT_LIMITS.maxLines,
    protectedPaths: [
      ...ALWAYS_PROTECTED,
      ...(config.limits?.protectedPaths ?? []),
      ...(options.limits?.protectedPaths ?? [])
    ]
  }
  const protectedRes = limits.protectedPaths.filter((p) => !p.startsWith('.github/workflows')).map(globToRegExp)
  const log: JobLog = options.log !== undefined ? readJobLog(options.log) : { gha: false, lines: [] }
  const strategies = (options.strategies ?? STRATEGIES).filter(
    (s) => !(config.disabledStrategies ?? []).includes(s.name)
  )

  // one attempt per pattern: the most severe finding of each
  const byPattern = new Map<string, FindingInput>()
  for (const f of options.findings) if (!byPattern.has(f.pattern)) byPattern.set(f.pattern, f)

  const attempts: FixAttempt[] = []
  const workflowFilesLeftOut = new Set<string>()
  const runId = options.runId.replace(/[^A-Za-z0-9._-]/g, '-')
  let scratch: Scratch | undefined
  const tmp = await mkdtemp(join(tmpdir(), 'hee-autofix-report-'))
  const env = toolEnv(options.env ?? process.env)
  const fixedPatterns: string[] = []
  let userTreeProblem: string | undefined

  const userTree = async (): Promise<string | undefined> => {
    if (userTreeProblem !== undefined) return userTreeProblem || undefined
    const changed = (await git.status()).filter((e) => e.index !== '?')
    if (changed.length > 0)
      userTreeProblem = `the work tree has uncommitted changes (${changed
        .slice(0, 3)
        .map((e) => e.path)
        .join(', ')}): commit or stash them first`
    else if (options.headSha && options.headSha !== baseSha && !baseSha.startsWith(options.headSha))
      userTreeProblem = `HEAD is ${baseSha.slice(0, 12)}, not the failing commit ${options.headSha.slice(0, 12)}`
    else userTreeProblem = ''
    return userTreeProblem || undefined
  }

  const ensureScratch = async (): Promise<Scratch> => {
    if (!scratch) {
      scratch = await createScratch(git, `${runId}-${Date.now().toString(36)}`, baseSha, { backup: !options.dryRun })
      say(
        `backup: ${scratch.backupRef || '(dry run: no ref)'} → ${baseSha.slice(0, 12)}; fixes are built in ${scratch.path}`
      )
    }
    return scratch
  }

  try {
    for (const finding of byPattern.values()) {
      const t0 = Date.now()
      const steps = new Steps(say)
      const attempt: FixAttempt = {
        pattern: finding.pattern,
        strategy: null,
        outcome: 'skipped',
        ...(finding.evidence ? { evidence: finding.evidence } : {}),
        steps: steps.list,
        validations: [],
        filesChanged: 0,
        linesChanged: 0,
        durationMs: 0
      }
      attempts.push(attempt)
      const finish = (outcome: FixAttempt['outcome'], reason?: string): void => {
        attempt.outcome = outcome
        if (reason) attempt.reason = reason
        attempt.durationMs = Date.now() - t0
      }
      say(`${finding.pattern} (${finding.severity})${finding.evidence ? `: ${finding.evidence.slice(0, 120)}` : ''}`)

      // ---- constraints ----
      const row = matrix.find((r) => r.pattern === finding.pattern)
      const blocked = constraint(row, finding, options)
      // A run's failed jobs each have their own failing command and output.
      const jobLog = finding.log !== undefined ? readJobLog(finding.log) : log
      const command = jobLog.command ?? finding.command
      const input = {
        root,
        finding,
        log: jobLog,
        ...(command ? { command } : {}),
        invocations: command ? invocations(command, root) : []
      }
      let picked: { strategy: Strategy; plan: FixPlan } | undefined
      let notPicked: string | undefined
      for (const s of strategies) {
        if (!s.patterns.includes(finding.pattern)) continue
        const d = s.detect(input)
        if (!d) continue
        if ('reason' in d) {
          notPicked ??= d.reason
          continue
        }
        picked = { strategy: s, plan: d.plan }
        break
      }
      if (picked) {
        attempt.strategy = picked.strategy.name
        if (picked.plan.check) attempt.command = picked.plan.check
      }
      if (row?.integration === 'manual-only' && typeof picked?.plan.data['report'] === 'string') {
        steps.record('constraints', true, `${finding.pattern} is manual only: reported, nothing applied`)
        attempt.report = picked.plan.data['report']
        // the dry runs run on the failing commit in the scratch tree, never in the user's
        if (picked.strategy.preview && !(await userTree())) {
          const s = await ensureScratch()
          const previewed = await picked.strategy.preview(context(s, options, env, tmp, say), picked.plan)
          if (previewed !== undefined) attempt.report = previewed
        }
        finish('report-only', `${finding.pattern} is fixed by a person: the report says what the tools would change`)
        continue
      }
      if (blocked) {
        steps.record('constraints', false, blocked)
        finish('skipped', blocked)
        continue
      }
      if (!picked) {
        const why =
          notPicked ??
          (command
            ? `no strategy fixes what \`${command.split('\n')[0]}\` reports for ${finding.pattern}`
            : `no strategy recognises the tool output of ${finding.pattern}`) +
            (finding.pattern === 'PAT-002'
              ? ': a failing assertion is a bug in the code or in the test, which a person decides (only snapshot mismatches are updated automatically)'
              : '')
        steps.record('constraints', false, why)
        finish('skipped', why)
        continue
      }
      const { strategy, plan } = picked
      steps.record(
        'constraints',
        true,
        `${row!.pattern} is ${row!.integration} in mode ${options.mode}; strategy ${strategy.name}`
      )

      // ---- pre-validation ----
      const problem = await userTree()
      if (problem) {
        steps.record('pre-validation', false, problem)
        finish('skipped', problem)
        continue
      }
      const s = await ensureScratch()
      if (plan.needsDependencies || plan.companions.some((c) => c.startsWith('npx ')))
        await copyDependencies(options.exec, git, s)
      const ctx = context(s, options, env, tmp, say)
      const pre = await steps.run('pre-validation', async () => {
        if (plan.check) {
          say(`pre-validation: ${plan.check.split('\n')[0]}`)
          const r = await ctx.sh(plan.check)
          if (r.code === 127 || r.notFound)
            return { ok: false, detail: `the check cannot run here (exit 127): ${tail(r, 1)}`, value: 'skip' }
          return r.code !== 0
            ? {
                ok: true,
                detail: `\`${plan.check.split('\n')[0]}\` fails on ${baseSha.slice(0, 12)} (exit ${r.code}) as the log says`
              }
            : {
                ok: false,
                detail: `\`${plan.check.split('\n')[0]}\` passes on ${baseSha.slice(0, 12)}: nothing to fix`,
                value: 'skip'
              }
        }
        const v = await strategy.validate!(ctx, plan)
        return v.passed
          ? { ok: false, detail: `${v.detail}: nothing to fix`, value: 'skip' }
          : { ok: true, detail: v.detail }
      })
      if (!pre.ok) {
        finish('skipped', pre.detail)
        continue
      }
      // the project's other checks: those that pass before the fix must pass after it
      const companions: string[] = []
      const notRequired: string[] = []
      for (const c of plan.companions) {
        say(`pre-validation: ${c} (must still pass after the fix if it passes now)`)
        const r = await ctx.sh(c)
        if (r.code === 0) companions.push(c)
        else
          notRequired.push(
            `\`${c}\` ${r.code === 127 || r.notFound ? 'cannot run here' : `fails already (exit ${r.code})`}`
          )
      }
      const last = steps.list[steps.list.length - 1]!
      if (companions.length > 0)
        last.detail += `; passing before, to hold after: ${companions.map((c) => `\`${c}\``).join(', ')}`
      if (notRequired.length > 0) last.detail += `; not required: ${notRequired.join(', ')}`

      steps.record(
        'backup',
        true,
        options.dryRun
          ? `dry run: scratch tree at ${baseSha.slice(0, 12)}, nothing of the work tree is written`
          : `${s.backupRef} → ${baseSha.slice(0, 12)}; ${s.untracked.length} untracked file(s) copied into the scratch tree; the work tree is never written`
      )

      // ---- apply ----
      const applied = await steps.run('apply', async () => {
        try {
          const a = await strategy.apply(ctx, plan)
          return { ok: a.ok, detail: a.detail, value: a }
        } catch (e) {
          return { ok: false, detail: `the strategy failed: ${(e as Error).message}` }
        }
      })
      const rollback = async (reason: string, outcome: FixAttempt['outcome'] = 'rolled-back'): Promise<void> => {
        const r0 = Date.now()
        await resetScratch(git.at(s.path))
        await copyUntracked(git, s)
        steps.record(
          'rollback',
          true,
          `scratch tree reset to ${baseSha.slice(0, 12)}${fixedPatterns.length ? ' plus the fixes that held' : ''}; the work tree was never written`,
          r0
        )
        finish(outcome, reason)
      }
      if (!applied.ok) {
        const a = applied.value
        await rollback(applied.detail, a?.notApplicable ? 'skipped' : 'rolled-back')
        continue
      }
      const a = applied.value!

      // ---- stage: what the fix changed, workflow files and junk left out ----
      const sg = git.at(s.path)
      await sg.run(['add', '-u', '--', '.'])
      for (const f of a.newFiles ?? []) await sg.run(['add', '--', f], { allowFailure: true })
      await stageNewSnapshots(sg, s.untracked)
      const stat = await sg.diffStat('HEAD')
      const leftOut: string[] = []
      for (const f of stat.files.map((x) => x.path).filter(isWorkflowFile)) {
        // a header in a workflow file is kept only where the fix stays local and the edit is comments only
        const keep =
          options.workflowFiles === 'comments-only' &&
          onlyCommentLines(await sg.run(['diff', '--cached', '-U0', 'HEAD', '--', f]).then((r) => r.stdout))
        if (!keep) leftOut.push(f)
      }
      if (leftOut.length > 0) {
        await sg.run(['reset', '-q', 'HEAD', '--', ...leftOut])
        await sg.run(['checkout', '-q', 'HEAD', '--', ...leftOut], { allowFailure: true })
        for (const f of leftOut) workflowFilesLeftOut.add(f)
        say(`apply: left out ${leftOut.join(', ')} (workflow files are never part of a fix)`)
      }
      const final = await sg.diffStat('HEAD')
      const files = final.files.map((f) => f.path)
      attempt.files = files
      attempt.filesChanged = files.length
      attempt.linesChanged = final.added + final.removed
      if (files.length === 0) {
        await rollback(`${strategy.name} changed nothing${leftOut.length ? ' outside .github/workflows/' : ''}`)
        continue
      }
      const prot = files.filter((f) => protectedRes.some((r) => r.test(f)))
      if (prot.length > 0 || files.length > limits.maxFiles || attempt.linesChanged > limits.maxLines) {
        const why =
          prot.length > 0
            ? `the fix touches protected paths: ${prot.slice(0, 3).join(', ')}`
            : `the fix changes ${files.length} files and ${attempt.linesChanged} lines, over the limits (${limits.maxFiles} files, ${limits.maxLines} lines)`
        steps.record('constraints', false, why)
        await rollback(why)
        continue
      }

      // ---- guard ----
      const diff = await sg.diff('HEAD', { cached: true })
      const guardCtx: GuardContext = a.guard ?? {}
      const g = checkDiff(diff, guardCtx)
      if (!g.ok) {
        const why = `the guard refused the change: ${formatViolations(g.violations).split('\n')[0]}`
        steps.record('guard', false, formatViolations(g.violations))
        await rollback(why)
        continue
      }
      steps.record(
        'guard',
        true,
        `no suppression, deletion or loosening in ${files.length} file(s), ${attempt.linesChanged} line(s)`
      )

      // ---- post-validation ----
      const post = await steps.run('post-validation', async () => {
        const vs: Validation[] = [...(a.validations ?? [])]
        let ok = vs.every((v) => v.passed)
        if (ok && plan.check) {
          for (let k = 1; k <= plan.runs; k++) {
            say(`post-validation: ${plan.check.split('\n')[0]}${plan.runs > 1 ? ` (run ${k}/${plan.runs})` : ''}`)
            const v = validation(plan.check, await ctx.sh(plan.check))
            vs.push(v)
            if (!v.passed) {
              ok = false
              break
            }
          }
        }
        let broke: { v: Validation; out: string } | undefined
        for (const c of ok ? companions : []) {
          say(`post-validation: ${c} (passed before the fix)`)
          const r = await ctx.sh(c)
          const v = validation(c, r)
          vs.push(v)
          if (!v.passed) {
            ok = false
            broke ??= { v, out: `${r.stdout}\n${r.stderr}` }
          }
        }
        if (ok && strategy.validate) {
          const v = await strategy.validate(ctx, plan)
          if (!plan.check)
            vs.push({ command: v.detail.split(':')[0]!, code: v.passed ? 0 : 1, passed: v.passed, tail: v.detail })
          ok = v.passed
        }
        attempt.validations = vs
        const failed = vs.find((v) => !v.passed)
        if (!ok && broke)
          return {
            ok,
            detail: `the fix breaks \`${broke.v.command}\`, which passed before it (exit ${broke.v.code}): ${firstError(broke.out, s.path)}`
          }
        return ok
          ? { ok, detail: vs.map((v) => `\`${v.command.split('\n')[0]}\` passed`).join('; ') || 'held' }
          : {
              ok,
              detail: failed
                ? `\`${failed.command.split('\n')[0]}\` still fails (exit ${failed.code}): ${failed.tail.split('\n').slice(-1)[0] ?? ''}`
                : 'validation failed'
            }
      })
      if (!post.ok) {
        await rollback(
          leftOut.length > 0
            ? `${post.detail} (the fix had to leave out ${leftOut.join(', ')}: workflow files are changed by a person)`
            : post.detail
        )
        continue
      }

      // ---- checkpoint in the scratch tree (the final commit squashes them) ----
      await sg.commit({ message: `${finding.pattern} ${strategy.name}`, author: options.author ?? DEFAULT_AUTHOR })
      steps.record(
        'commit',
        true,
        options.dryRun ? 'dry run: kept in the scratch tree only' : `held; committed with the other fixes of this run`
      )
      fixedPatterns.push(finding.pattern)
      finish(options.dryRun ? 'would-fix' : 'fixed')
    }

    // ---- the one commit on its own branch ----
    let branch: string | undefined
    let commit: string | undefined
    let diff = ''
    if (scratch && fixedPatterns.length > 0) {
      const sg = git.at(scratch.path)
      diff = await sg.diffCommits(baseSha, 'HEAD')
      if (!options.dryRun) {
        const fixed = attempts.filter((x) => x.outcome === 'fixed')
        const message = commitMessage(fixed, [...workflowFilesLeftOut])
        const mg = checkCommitMessage(message)
        if (!mg.ok) throw new Error(`the commit message was refused: ${formatViolations(mg.violations)}`)
        await sg.run(['reset', '-q', '--soft', baseSha])
        commit = await sg.commit({
          message,
          author: options.author ?? DEFAULT_AUTHOR,
          trailers: [[AUTOFIX_TRAILER, runId]],
          ...(options.signing ? { signing: options.signing } : {})
        })
        branch = await freeBranchName(
          git,
          `hee/auto-fix/${runId}-${fixedPatterns.map((p) => p.toLowerCase()).join('-')}`
        )
        await git.createBranch(branch, commit)
        for (const x of fixed)
          x.steps.push({ step: 'commit', ok: true, detail: `${commit.slice(0, 12)} on ${branch}`, durationMs: 0 })
        say(
          `commit: ${commit.slice(0, 12)}${options.signing ? ' (signed)' : ''} on ${branch} (the work tree's branch did not move)`
        )
      }
    }
    const ok = attempts.every(
      (x) =>
        x.outcome === 'fixed' ||
        x.outcome === 'would-fix' ||
        x.outcome === 'report-only' ||
        (x.outcome === 'skipped' && !isProblem(x))
    )
    return {
      baseSha,
      ...(branch ? { branch } : {}),
      ...(commit ? { commit } : {}),
      diff,
      workflowFilesLeftOut: [...workflowFilesLeftOut],
      attempts,
      ok,
      ...(recovered.length > 0 ? { recovered } : {})
    }
  } finally {
    if (scratch) await disposeScratch(git, scratch)
    await rm(tmp, { recursive: true, force: true })
  }
}

/** A skip that is a failure to act (the tree or HEAD was wrong), not a decision not to. */
function isProblem(a: FixAttempt): boolean {
  return a.steps.some(
    (s) =>
      s.step === 'pre-validation' &&
      !s.ok &&
      /uncommitted changes|not the failing commit|cannot run here/.test(s.detail)
  )
}

function constraint(row: MatrixRow | undefined, finding: FindingInput, o: AutoFixOptions): string | undefined {
  if (!row) return `${finding.pattern} has no row in the decision matrix`
  if (row.capability === 'none') return `${finding.pattern} has no automatic fix (capability none): a person decides`
  if (row.integration === 'manual-only') return `${finding.pattern} is manual only`
  if (row.integration === 'agent-review' && o.mode === 'hee-safe')
    return `${finding.pattern} needs agent review: not applied under --mode hee-safe`
  if (o.maxSeverity && severityRank(finding.severity as Severity) > severityRank(o.maxSeverity))
    return `${finding.pattern} is ${finding.severity}, above --max-severity ${o.maxSeverity}`
  if (o.capsuleStatus === 'maintenance' || o.capsuleStatus === 'failed')
    return `the state capsule's status is ${o.capsuleStatus}: nothing is applied automatically`
  if (o.attemptedForHead?.includes(finding.pattern))
    return `${finding.pattern} was already attempted for this head commit`
  return undefined
}

function context(
  s: Scratch,
  o: AutoFixOptions,
  env: Record<string, string>,
  tmp: string,
  say: (m: string) => void
): StrategyContext {
  const run = (command: string, args: readonly string[], opts: { timeoutMs?: number } = {}): Promise<ExecResult> => {
    say(`  $ ${commandLine(command, args)}`)
    return o.exec(command, args, {
      cwd: s.path,
      env,
      timeoutMs: opts.timeoutMs ?? TOOL_TIMEOUT_MS,
      ...(o.progress ? { progress: o.progress } : { progress: {} })
    })
  }
  return {
    root: s.path,
    tmp,
    note: say,
    run,
    sh: (line, opts) => run('bash', ['-e', '-c', line], opts)
  }
}

/** New snapshot files a test runner wrote beside the tests (`__snapshots__/*.snap`). */
async function stageNewSnapshots(g: Git, untracked: readonly string[]): Promise<void> {
  const r = await g.run(['ls-files', '-z', '--others', '--exclude-standard'])
  const snaps = r.stdout
    .split('\0')
    .filter((p) => /(?:^|\/)__snapshots__\/[^/]+\.snap$/.test(p) && !untracked.includes(p))
  if (snaps.length > 0) await g.run(['add', '--', ...snaps])
}

/** Back to the last checkpoint: tracked files, and new files outside ignored folders removed. */
async function resetScratch(g: Git): Promise<void> {
  await g.run(['reset', '-q', '--hard', 'HEAD'])
  await g.run(['clean', '-q', '-f', '-d'])
}

async function freeBranchName(git: Git, name: string): Promise<string> {
  if (!(await git.branchExists(name))) return name
  for (let i = 2; ; i++) if (!(await git.branchExists(`${name}-${i}`))) return `${name}-${i}`
}

function commitMessage(fixed: readonly FixAttempt[], leftOut: readonly string[]): string {
  const what = fixed.map((a) => `${a.strategy} (${a.pattern})`).join(', ')
  const lines = [`Fix what ${what} reported, proved by re-running the failing check`, '']
  for (const a of fixed) {
    lines.push(`${a.pattern} ${a.strategy}: ${a.filesChanged} file(s), ${a.linesChanged} line(s)`)
    if (a.evidence) lines.push(`  evidence: ${a.evidence.slice(0, 200)}`)
    for (const v of a.validations) lines.push(`  ${v.passed ? 'passed' : 'failed'}: ${v.command.split('\n')[0]}`)
  }
  if (leftOut.length > 0) lines.push('', `Left out (workflow files are never part of a fix): ${leftOut.join(', ')}`)
  return lines.join('\n')
}
