import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import {
  capSettings,
  capsuleArtifactName,
  ConfigurationError,
  inertText,
  isLimitNote,
  outcomeJson,
  outcomeMarkdown,
  secretValues,
  setupMonitor,
  type ConsoleSink,
  type MonitorTrigger
} from '@hee/core'
import { coverageMarkdown, coverageSettingsOf } from '@hee/core/monitor'
import {
  ArtifactCapsuleStore,
  capsulePathOf,
  encryptionKeyInput,
  keyInput,
  maskedValues,
  requiredKey,
  runnerContext,
  setOutputs,
  workspacePath,
  type RunnerContext
} from '@hee/core/action'
import { getInputs, type Inputs } from './inputs.js'

/** The default branch of `repository` as the event payload names it, when it is that repository. */
export function defaultBranchOf(ctx: RunnerContext, repository: string): string | undefined {
  if (!ctx.eventPath || !existsSync(ctx.eventPath)) return undefined
  try {
    const event = JSON.parse(readFileSync(ctx.eventPath, 'utf8')) as {
      repository?: { full_name?: unknown; default_branch?: unknown }
    }
    const r = event.repository
    return typeof r?.default_branch === 'string' &&
      typeof r.full_name === 'string' &&
      r.full_name.toLowerCase() === repository.toLowerCase()
      ? r.default_branch
      : undefined
  } catch {
    return undefined
  }
}

/** Which runs this invocation looks at, from the event that started the job. */
export function triggerOf(inputs: Inputs, ctx: RunnerContext): MonitorTrigger {
  const mode = inputs.trigger
  // A run named by hand is read again even if it was counted: a person asked to see it.
  if (inputs['run-id'] > 0) return { kind: 'run', runId: inputs['run-id'], reread: true }
  if (mode === 'since-last' || mode === 'latest') return { kind: mode }
  if (ctx.eventName === 'workflow_run' && ctx.eventPath && existsSync(ctx.eventPath)) {
    const event = JSON.parse(readFileSync(ctx.eventPath, 'utf8')) as { workflow_run?: { id?: number } }
    if (typeof event.workflow_run?.id === 'number') return { kind: 'run', runId: event.workflow_run.id }
  }
  if (mode === 'run')
    throw new ConfigurationError('input `trigger` is `run` but no `run-id` was given and the event is not workflow_run')
  return ctx.eventName === 'schedule' ? { kind: 'since-last' } : { kind: 'latest' }
}

function escalationOf(text: string): unknown {
  if (!text.trim()) return {}
  try {
    return parseYaml(text) as unknown
  } catch (e) {
    throw new ConfigurationError(
      `input \`escalation\` is neither JSON nor YAML: ${(e as Error).message.split('\n')[0]}`
    )
  }
}

/** Analyses the runs the event names, alerts, moves the status, updates the capsule. */
export async function run(): Promise<void> {
  const inputs = getInputs()
  const ctx = runnerContext()
  if (!inputs['github-token']) {
    throw new ConfigurationError('input `github-token` is empty', {
      hint: 'the default `${{ github.token }}` works with `permissions: actions: read`'
    })
  }
  const repository = inputs.repository || ctx.repository
  const signingKey = requiredKey(
    'signing-key',
    inputs['signing-key'],
    inputs['allow-unsigned'],
    'the capsule is signed on every update',
    'pass the capsule key secret'
  )
  const verifyKey = keyInput('verify-key', inputs['verify-key'])
  const verifyKeys = verifyKey ? [verifyKey] : []
  const encryptionKey = encryptionKeyInput('encryption-key', inputs['encryption-key'])
  const trigger = triggerOf(inputs, ctx)
  const defaultBranch = defaultBranchOf(ctx, repository)

  const summaries: string[] = []
  const sink: ConsoleSink = {
    annotate: (level, message, props) => core[level](message, props),
    summary: (md) => void summaries.push(md)
  }
  const capsulePath = capsulePathOf(ctx, inputs['capsule-path'])
  const monitor = setupMonitor(
    {
      repository,
      token: inputs['github-token'],
      tokenName: inputs['token-name'],
      apiUrl: ctx.apiUrl,
      userAgent: 'hee-ci-monitor',
      clientLog: {
        debug: (m) => core.debug(m),
        info: (m) => core.info(inertText(m)),
        warn: (m) => core.warning(m),
        error: (m) => core.error(m)
      },
      workflows: inputs.workflows,
      selfWorkflow: ctx.workflow,
      branches: inputs.branches,
      ...(defaultBranch ? { defaultBranch } : {}),
      forkAlerts: inputs['fork-alerts'],
      maxRuns: inputs['max-runs'],
      alertLevel: inputs['alert-level'],
      escalation: escalationOf(inputs.escalation),
      patternsFile: workspacePath(ctx, inputs['patterns-file']),
      fixablePatterns: inputs['fixable-patterns'],
      failedAfter: inputs['failed-after'],
      timeoutMinutes: inputs['timeout-minutes'],
      securityArtifacts: inputs['security-artifacts'],
      lastGreen: inputs['last-green-baseline'],
      ...capSettings(inputs),
      coverage: {
        root: ctx.workspace,
        reports: inputs['coverage-reports'],
        artifacts: inputs['coverage-artifacts'],
        settings: await coverageSettingsOf(
          ctx.workspace,
          inputs['coverage-config'],
          inputs['coverage-config'] !== '.github/hee-coverage.yml'
        ),
        tempDir: ctx.tempDir
      },
      channels: {
        slackWebhookUrl: inputs['slack-webhook-url'],
        smtpUrl: inputs['smtp-url'],
        emailFrom: inputs['email-from'],
        emailTo: inputs['email-to'],
        smsAccountSid: inputs['sms-account-sid'],
        smsAuthToken: inputs['sms-auth-token'],
        smsFrom: inputs['sms-from'],
        smsTo: inputs['sms-to'],
        smsApiUrl: inputs['sms-api-url'],
        webhookUrl: inputs['webhook-url'],
        webhookSecret: inputs['webhook-secret'],
        githubIssues: inputs['github-issues']
      },
      // The job's own secrets: every value masked in the log, and those it names for redaction.
      secrets: [
        inputs['signing-key'],
        inputs['encryption-key'],
        ...secretValues(inputs['redact-values']),
        ...maskedValues()
      ].filter(Boolean),
      capsule: {
        path: capsulePath,
        meta: { repository: ctx.repository, workflow: ctx.workflow, runId: ctx.runId },
        ...(signingKey ? { signingKey } : {}),
        verifyKeys,
        ...(encryptionKey ? { encryptionKey } : {}),
        requireSignature: !inputs['allow-unsigned']
      }
    },
    sink
  )
  const { client } = monitor
  const secrets = monitor.secrets

  core.startGroup(`Monitor ${repository} (${trigger.kind === 'run' ? `run ${trigger.runId}` : trigger.kind})`)
  const { outcome, capsule, previous, coverage } = await monitor.pass(trigger, (line) => core.info(inertText(line)))
  core.endGroup()

  for (const u of outcome.unreadable) core.warning(inertText(isLimitNote(u) ? u : `could not read ${u}`))
  for (const d of outcome.deliveries.filter((x) => !x.ok))
    core.warning(`alert to ${d.channel} failed: ${d.error ?? 'unknown error'}`)

  const findingsPath = inputs['findings-path']
    ? workspacePath(ctx, inputs['findings-path'])
    : join(ctx.tempDir, 'hee-findings.json')
  await mkdir(dirname(findingsPath), { recursive: true })
  await writeFile(findingsPath, JSON.stringify(outcomeJson(outcome, secrets), null, 2) + '\n')

  let artifactName: string | undefined
  if (inputs['upload-capsule']) {
    artifactName = capsuleArtifactName(inputs['artifact-name'], capsule.version)
    const store = new ArtifactCapsuleStore({
      prefix: inputs['artifact-name'],
      repository: ctx.repository,
      runId: ctx.runId
    })
    await store.upload(artifactName, capsulePath, dirname(capsulePath), inputs['retention-days'])
    core.info(`capsule version ${previous?.version ?? 0} → ${capsule.version} uploaded as ${artifactName}`)
  }

  const coverageMd = coverage ? coverageMarkdown(coverage, secrets) : ''
  await core.summary
    .addRaw(outcomeMarkdown(outcome, secrets))
    .addRaw('\n')
    .addRaw(summaries.join('\n'))
    .addRaw(coverageMd)
    .write()
  core.info(
    inertText(
      `status ${outcome.decision.from} → ${outcome.decision.to}: ${outcome.decision.reason}; ${client.stats.requests} API request(s)`
    )
  )
  const status = outcome.decision.to
  setOutputs({
    fix_required: outcome.fixRequired,
    'fix-required': outcome.fixRequired,
    status,
    severity: outcome.severity ?? 'none',
    patterns: outcome.patterns.join(','),
    'findings-path': findingsPath,
    'capsule-path': capsulePath,
    version: capsule.version,
    'runs-analyzed': outcome.analyses.length,
    'alerts-sent': outcome.deliveries.filter((d) => d.ok).length,
    'limits-reached': outcome.unreadable.filter(isLimitNote).length,
    'artifact-name': artifactName,
    'coverage-total': coverage?.analysis.hee_total ?? '',
    'coverage-gate': coverage ? (coverage.analysis.gate.passed ? 'passed' : 'failed') : 'none'
  })
  if (coverage && !coverage.analysis.gate.passed) {
    const why = `coverage gate failed: ${coverage.analysis.gate.failures.join('; ')}`
    if (inputs['coverage-gate']) core.setFailed(why)
    else core.warning(why)
  }
}
