import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import {
  capsuleArtifactName,
  ConfigurationError,
  createGitHubClient,
  createGitHubWriter,
  createRunsReader,
  Git,
  inertText,
  openCapsule,
  parseIdentity,
  prepareSigning,
  readCapsuleFile,
  updateCapsuleFile,
  type CapsuleStatus,
  type CapsuleUpdate,
  type GitHubWriter,
  type GitIdentity,
  type Signing
} from '@hee/core'
import {
  ArtifactCapsuleStore,
  capsulePathOf,
  createActionsExec,
  encryptionKeyInput,
  keyInput,
  maskSecret,
  runnerContext,
  setOutputs,
  workspacePath,
  type RunnerContext
} from '@hee/core/action'
import {
  attemptedForHead,
  checkLoopGuard,
  DEFAULT_AUTHOR,
  deliverFix,
  handoffResult,
  historyEntries,
  preparePatch,
  readHandoff,
  statusAfter,
  summaryMarkdown,
  writeHandoff,
  type AutoFixResult,
  type Delivery,
  type HistoryAppend,
  type LoopGuardVerdict
} from '@hee/core/autofix/delivery'
import type { Engine } from './engine.js'
import { failingRun, tokenMayWrite, type FailingRun } from './event.js'
import { findingsFromFile, findingsFromRun, type Finding } from './findings.js'
import { getInputs, type Inputs } from './inputs.js'

/** What the capsule says before the attempt (when the job loaded one). */
interface CapsuleView {
  version: number
  status: CapsuleStatus
  history: NonNullable<Parameters<typeof attemptedForHead>[0]>
  incidentIssue?: number
}

/** The fork guard: code from a fork never runs in a job whose token can write here. */
export function forkGuard(inputs: Inputs, ctx: RunnerContext, run: FailingRun): void {
  const two =
    'use the two-workflow pattern: `stage: compute` in an unprivileged workflow, `stage: apply` in a privileged one (README, docs/examples/auto-fix-fork-compute.yml and auto-fix-fork-apply.yml)'
  if (inputs.stage === 'compute' && inputs['push-token'])
    throw new ConfigurationError(
      'input `push-token` is set for `stage: compute`: the compute stage runs repository code and holds no write token',
      { hint: 'pass `push-token` to the apply stage only' }
    )
  if (run.fork && inputs.stage !== 'apply' && tokenMayWrite(ctx.eventName))
    throw new ConfigurationError(
      `the failing code comes from the fork ${run.headRepository}, and this ${ctx.eventName} job's token can write to ${ctx.repository}: running that code (stage ${inputs.stage}) is refused`,
      { hint: two }
    )
  if (run.fork && inputs.stage === 'all')
    throw new ConfigurationError(
      `the failing code comes from the fork ${run.headRepository}: this job cannot deliver a fix to it`,
      { hint: two }
    )
}

function identityInput(text: string): GitIdentity {
  if (!text) return DEFAULT_AUTHOR
  try {
    return parseIdentity(text)
  } catch (e) {
    throw new ConfigurationError(`input \`commit-author\`: ${(e as Error).message}`)
  }
}

async function readCapsuleView(path: string, inputs: Inputs): Promise<CapsuleView | undefined> {
  if (!existsSync(path)) return undefined
  const key = keyInput('signing-key', inputs['signing-key'])
  const verify = keyInput('verify-key', inputs['verify-key'])
  const encryptionKey = encryptionKeyInput('encryption-key', inputs['encryption-key'])
  const opened = openCapsule(await readCapsuleFile(path), {
    verifyKeys: [...(key ? [key] : []), ...(verify ? [verify] : [])],
    ...(encryptionKey ? { encryptionKey } : {}),
    requireSignature: !inputs['allow-unsigned']
  })
  const body = opened.capsule.body
  const incidents = Object.values(body.monitoring_state.incidents ?? {})
  const security = incidents.find((i) => i.pattern === 'PAT-003' && i.issue_number !== undefined)
  return {
    version: opened.capsule.version,
    status: body.monitoring_state.current_status ?? 'operational',
    history: body.auto_fix_history,
    ...(security?.issue_number ? { incidentIssue: security.issue_number } : {})
  }
}

function writer(inputs: Inputs, ctx: RunnerContext): GitHubWriter {
  if (!inputs['github-token'])
    throw new ConfigurationError('input `github-token` is empty', {
      hint: 'the default `${{ github.token }}` works with the permissions listed in the README'
    })
  const client = createGitHubClient({
    token: inputs['github-token'],
    baseUrl: ctx.apiUrl,
    userAgent: 'hee-ci-auto-fix',
    log: { debug: (m) => core.debug(m), warn: (m) => core.warning(m), error: (m) => core.error(m) }
  })
  return createGitHubWriter(client, ctx.repository)
}

/**
 * The pull requests of the failing run. A `workflow_run` of a fork's pull request carries an
 * empty `pull_requests`: the open pull request is then found by its head, the fork's owner and
 * branch (`GET /pulls?head=owner:branch`), and kept only when its head repository is the run's.
 */
export async function runPullRequests(
  run: FailingRun,
  eventName: string,
  github: GitHubWriter | undefined
): Promise<FailingRun['pullRequests']> {
  if (run.pullRequests.length > 0 || eventName !== 'workflow_run' || !github || !run.branch) return run.pullRequests
  const headOwner = run.headRepository.split('/')[0]!
  const pr = await github.pulls.findOpenByHead(run.branch, { headOwner })
  if (!pr || (pr.head.repository ?? '').toLowerCase() !== run.headRepository.toLowerCase()) return []
  return [{ number: pr.number, labels: pr.labels }]
}

/** Labels of the run's pull requests: from the event when it carries them, else over the API. */
async function pullLabels(run: FailingRun, github: GitHubWriter | undefined): Promise<string[]> {
  const labels: string[] = []
  for (const p of run.pullRequests) {
    if (p.labels) labels.push(...p.labels)
    else if (github) labels.push(...((await github.pulls.get(p.number))?.labels ?? []))
  }
  return labels
}

/** Runs one stage of auto-fix (see the README); `engine` is the auto-fix engine. */
export async function run(engine: Engine): Promise<void> {
  const inputs = getInputs()
  const ctx = runnerContext()
  const failing = failingRun(inputs, ctx)
  forkGuard(inputs, ctx, failing)

  const stage = inputs.stage
  const workdir = workspacePath(ctx, inputs['working-directory'] || '.')
  const exec = createActionsExec()
  const git = new Git(exec, workdir)
  const author = identityInput(inputs['commit-author'])
  const capsulePath = capsulePathOf(ctx, inputs['capsule-path'])
  const capsule = await readCapsuleView(capsulePath, inputs)
  const history = capsule?.history ?? []
  const limits = {
    maxFiles: inputs['max-files'],
    maxLines: inputs['max-lines'],
    protectedPaths: inputs['protected-paths']
  }
  const patchDir = inputs['patch-path'] ? workspacePath(ctx, inputs['patch-path']) : join(ctx.tempDir, 'hee-auto-fix')
  // The compute stage holds no write token and asks the API nothing but the run's logs.
  const github = stage === 'compute' && !inputs['github-token'] ? undefined : writer(inputs, ctx)
  const runId = String(failing.runId || ctx.runId)
  failing.pullRequests = await runPullRequests(failing, ctx.eventName, github)

  core.startGroup(`Auto-fix ${failing.branch} at ${failing.headSha.slice(0, 12)} (stage ${stage})`)
  // ---- the loop guard ----
  const branchHead =
    stage === 'compute' || failing.fork
      ? failing.headSha // the fork's branch is not readable here; the apply stage checks the patch's commit
      : (await github!.refs.get(`refs/heads/${failing.branch}`))?.sha
  const verdict: LoopGuardVerdict = await checkLoopGuard({
    git,
    headSha: failing.headSha,
    branch: failing.branch,
    branchHead,
    agent: author,
    pullRequestLabels: await pullLabels(failing, github),
    history,
    budget: inputs['attempt-budget']
  })

  let result: AutoFixResult | undefined
  let delivery: Delivery | undefined
  let patchPath: string | undefined
  // What failed: a log file of the job, or the failed jobs of the run (the apply stage reads the patch).
  const source =
    stage === 'apply'
      ? { findings: [] as Finding[] }
      : inputs['log-path']
        ? await findingsFromFile(workspacePath(ctx, inputs['log-path']))
        : github && failing.runId
          ? await findingsFromRun(
              createRunsReader(
                createGitHubClient({ token: inputs['github-token'], baseUrl: ctx.apiUrl }),
                ctx.repository
              ),
              failing.runId
            )
          : { findings: [] as Finding[] }
  const findings = source.findings
  if (!verdict.proceed) {
    core.info(inertText(`nothing to do: ${verdict.reason}`))
  } else if (stage === 'apply') {
    const h = await readHandoff(patchDir)
    if (h.meta.repository.toLowerCase() !== ctx.repository.toLowerCase())
      throw new ConfigurationError(`the patch was made for ${h.meta.repository}, not ${ctx.repository}`)
    if (h.meta.base_sha !== failing.headSha)
      throw new ConfigurationError(
        `the patch was made on ${h.meta.base_sha.slice(0, 12)}, but the failing commit is ${failing.headSha.slice(0, 12)}`
      )
    result = handoffResult(h)
    const base = inputs['base-branch'] || (failing.fork ? await github!.branches.defaultBranch() : failing.branch)
    delivery = await deliverFix({
      git,
      github: github!,
      result,
      runId,
      ...(failing.runUrl ? { runUrl: failing.runUrl } : {}),
      branch: base,
      mode: 'pull-request',
      remote: inputs['remote-url'] || `${ctx.serverUrl}/${ctx.repository}.git`,
      githubToken: inputs['github-token'],
      ...(inputs['push-token'] ? { pushToken: inputs['push-token'] } : {}),
      author,
      ...(await signing(inputs, ctx, exec)),
      limits,
      workflowFiles: 'refuse',
      onSecret: maskSecret,
      log: (l) => core.info(inertText(l))
    })
  } else {
    core.info(`findings: ${findings.map((f) => f.pattern).join(', ') || 'none'}`)
    result = await engine.fix({
      workdir,
      findings,
      ...('log' in source && source.log !== undefined ? { log: source.log } : {}),
      mode: inputs.mode,
      maxSeverity: inputs['max-severity'],
      dryRun: false,
      runId,
      headSha: failing.headSha,
      limits,
      ...(capsule ? { capsuleStatus: capsule.status } : {}),
      attemptedForHead: attemptedForHead(history, failing.headSha),
      author,
      exec,
      onProgress: (m) => core.info(inertText(m))
    })
    if (stage === 'compute') {
      const { patch, leftOut, check } = await preparePatch({ git, result, limits, workflowFiles: 'leave-out' })
      if (result.attempts.some((a) => a.outcome === 'fixed') && patch.trim() !== '') {
        if (check.ok) {
          await writeHandoff(patchDir, {
            result: { ...result, workflowFilesLeftOut: leftOut },
            patch,
            repository: ctx.repository,
            runId,
            branch: failing.branch
          })
          patchPath = patchDir
        } else {
          delivery = {
            kind: 'refused',
            ciTriggered: false,
            workflowFilesLeftOut: leftOut,
            refusals: check.refusals,
            filesChanged: check.filesChanged,
            linesChanged: check.linesChanged,
            notes: [`No patch was written: the fix ${check.refusals.map((r) => r.message).join('; ')}`]
          }
        }
      }
    } else {
      const sign = await signing(inputs, ctx, exec)
      try {
        delivery = await deliverFix({
          git,
          github: github!,
          result,
          runId,
          ...(failing.runUrl ? { runUrl: failing.runUrl } : {}),
          branch: failing.branch,
          mode: inputs.delivery === 'push' ? 'push' : 'pull-request',
          reviewPatterns: await engine.reviewPatterns(workdir),
          remote: inputs['remote-url'] || `${ctx.serverUrl}/${ctx.repository}.git`,
          githubToken: inputs['github-token'],
          ...(inputs['push-token'] ? { pushToken: inputs['push-token'] } : {}),
          author,
          ...sign,
          limits,
          workflowFiles: 'leave-out',
          ...(capsule?.incidentIssue ? { incidentIssue: capsule.incidentIssue } : {}),
          onSecret: maskSecret,
          log: (l) => core.info(inertText(l))
        })
      } finally {
        await sign.signing?.dispose()
      }
    }
  }
  core.endGroup()

  // ---- history, capsule, summary, outputs ----
  const attempts = result?.attempts ?? []
  const entries: HistoryAppend[] = verdict.proceed
    ? historyEntries({
        attempts,
        ...(delivery ? { delivery } : {}),
        branch: failing.branch,
        headSha: failing.headSha,
        ...(capsule ? { capsuleVersion: capsule.version } : {})
      })
    : skippedEntries(verdict, failing, capsule, findings)
  const statusFrom = capsule?.status ?? 'operational'
  const statusTo = statusAfter(statusFrom, entries)
  let version = capsule?.version
  if (stage !== 'compute' && (capsule || inputs['signing-key'] || inputs['allow-unsigned'])) {
    version = await writeCapsule(inputs, ctx, capsulePath, { append_history: entries, status: statusTo })
  }
  await core.summary
    .addRaw(
      summaryMarkdown({
        stage,
        attempts,
        ...(delivery ? { delivery } : {}),
        entries,
        ...(verdict.proceed ? {} : { stopped: verdict.reason }),
        statusFrom,
        statusTo,
        ...(patchPath ? { patchPath } : {})
      })
    )
    .write()

  const fixed = attempts.some((a) => a.outcome === 'fixed')
  const delivered = delivery?.kind === 'pull-request' || delivery?.kind === 'push'
  setOutputs({
    changes_made: delivered || (patchPath !== undefined && fixed),
    fixed: stage === 'compute' ? fixed : entries.some((e) => e.success),
    'rolled-back': attempts.some((a) => a.outcome === 'rolled-back'),
    'pr-url': delivery?.pullRequest?.url ?? '',
    'patch-path': patchPath ?? '',
    branch: delivery?.branch ?? '',
    commit: delivery?.commit ?? '',
    status: statusTo,
    'ci-triggered': delivered ? delivery!.ciTriggered : false,
    'capsule-path': capsulePath,
    version
  })
  // A patch handed over by another job that the checks refuse is a warning sign, not a rollback.
  if (stage === 'apply' && delivery?.kind === 'refused')
    core.setFailed(`the patch from the compute stage is refused: ${delivery.refusals.map((r) => r.message).join('; ')}`)
}

/** One entry per pattern when the loop guard stopped everything: why, for the report. */
function skippedEntries(
  verdict: Extract<LoopGuardVerdict, { proceed: false }>,
  failing: FailingRun,
  capsule: CapsuleView | undefined,
  findings: Finding[]
): HistoryAppend[] {
  const patterns = [...new Set(findings.map((f) => f.pattern))]
  return (patterns.length ? patterns : ['(any)']).map((p) => ({
    timestamp: new Date().toISOString(),
    pattern_id: p,
    success: false,
    outcome: 'skipped',
    reason: verdict.reason,
    branch: failing.branch,
    head_sha: failing.headSha,
    hee_context: {
      ...(capsule ? { state_capsule_version: String(capsule.version) } : {}),
      decision_impact: `skipped (${verdict.rule}): ${verdict.reason}`.slice(0, 300),
      context_preservation: true
    }
  }))
}

async function signing(
  inputs: Inputs,
  ctx: RunnerContext,
  exec: ReturnType<typeof createActionsExec>
): Promise<{ signing?: Signing }> {
  if (!inputs['commit-signing-key']) return {}
  await mkdir(ctx.tempDir, { recursive: true })
  try {
    return { signing: await prepareSigning(exec, inputs['commit-signing-key'], ctx.tempDir) }
  } catch (e) {
    throw new ConfigurationError(`input \`commit-signing-key\`: ${(e as Error).message}`)
  }
}

async function writeCapsule(inputs: Inputs, ctx: RunnerContext, path: string, update: CapsuleUpdate): Promise<number> {
  const signingKey = keyInput('signing-key', inputs['signing-key'])
  const verify = keyInput('verify-key', inputs['verify-key'])
  const encryptionKey = encryptionKeyInput('encryption-key', inputs['encryption-key'])
  const { capsule } = await updateCapsuleFile({
    path,
    update,
    meta: { repository: ctx.repository, workflow: ctx.workflow, runId: ctx.runId },
    ...(signingKey ? { signingKey } : {}),
    ...(verify ? { verifyKeys: [verify] } : {}),
    ...(encryptionKey ? { encryptionKey } : {}),
    requireSignature: !inputs['allow-unsigned']
  })
  if (inputs['upload-capsule']) {
    const name = capsuleArtifactName(inputs['artifact-name'], capsule.version)
    const store = new ArtifactCapsuleStore({
      prefix: inputs['artifact-name'],
      repository: ctx.repository,
      runId: ctx.runId
    })
    await store.upload(name, path, dirname(path), inputs['retention-days'])
    core.info(`capsule version ${capsule.version} uploaded as ${name}`)
  }
  return capsule.version
}
