/**
 * Runs a workflow file the way GitHub's runner does, against the local GitHub stand-ins, so
 * the YAML we ship is the thing under test: jobs in `needs` order (reusable workflows called
 * through `uses:` included), `if:` conditions and every `${{ }}` evaluated by GitHub's own
 * expression library, each step of our actions as `node dist/<name>/index.js` with the runner's
 * environment, `run:` steps in bash with the runner's file commands (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STEP_SUMMARY), step and job outputs.
 *
 * What it cannot run, it refuses loudly: an unknown context or function in an expression, an
 * action it has no emulation for, a third-party action not pinned by SHA, a matrix, a shell
 * other than bash. A test of a workflow file can therefore never pass by skipping part of it.
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { readOutputs, runAction, runnerEnv, type ActionResult } from '../../support/runner-env.js'
import { ROOT, type LocalGitHub } from '../../support/workflow.js'
import { condition, interpolate, type Contexts, type Status } from './expressions.js'

export type JobResultKind = 'success' | 'failure' | 'cancelled' | 'skipped'

export interface StepRecord {
  id?: string
  name: string
  /** `run`, `action <name>` or `emulated <owner/repo>`. */
  kind: string
  outcome: 'success' | 'failure' | 'skipped'
  conclusion: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  stdout: string
  stderr: string
  code: number | null
  summary: string
  /** Workflow commands the step printed (`::error …`, `::warning …`, `::notice …`). */
  annotations: string[]
}

export interface JobRecord {
  id: string
  result: JobResultKind
  outputs: Record<string, string>
  steps: StepRecord[]
  summary: string
  /** Effective `permissions:` of the job (job level, else workflow level). */
  permissions: unknown
  /** The token the job's `github.token` was. */
  token: string
  workspace: string
  /** RUNNER_TEMP of the job. */
  tempDir: string
  /** Jobs of a called reusable workflow, keyed `caller/callee`. */
  called?: Record<string, JobRecord>
}

export interface WorkflowResult {
  name: string
  jobs: Record<string, JobRecord>
  /** Outputs of a reusable workflow (`on.workflow_call.outputs`). */
  outputs: Record<string, string>
  conclusion: 'success' | 'failure'
}

/** What a third-party action does in the harness. Keyed by `owner/repo` (no ref). */
export type ActionEmulator = (step: EmulatorStep) => Promise<{ outputs?: Record<string, string> }>

export interface EmulatorStep {
  with: Record<string, string>
  env: Record<string, string>
  job: JobRecord
  run: WorkflowRun
}

export interface WorkflowRun {
  gh: LocalGitHub
  /** `owner/name` of the repository the workflow runs in. */
  repository: string
  runId: number
  runAttempt?: number
  runNumber?: number
  eventName: string
  /** The webhook payload (`github.event`). */
  event: Record<string, unknown>
  sha?: string
  ref?: string
  actor?: string
  /** `workflow_dispatch` / `workflow_call` inputs, before defaults. */
  inputs?: Record<string, unknown>
  secrets?: Record<string, string>
  vars?: Record<string, string>
  /**
   * The token each job gets as `github.token`, from the job's effective `permissions:`
   * (so a stand-in can refuse what the job was not granted).
   */
  tokenFor: (permissions: unknown, job: string) => string
  /** A git repository `actions/checkout` clones into each job's workspace. */
  checkoutFrom?: string
  /** The `owner/repo` under which our actions are published (`<it>/actions/<name>@ref`). */
  actionRepository?: string
  /** Emulations of third-party actions, on top of the built-in ones. */
  emulators?: Record<string, ActionEmulator>
  /** Extra environment for every step (e.g. PATH additions, HEE_* test switches). */
  env?: Record<string, string>
  /** Progress lines. */
  log?: (line: string) => void
  /** Longest a step may run (default 120 s); a job's `timeout-minutes` lowers it. */
  stepTimeoutMs?: number
  /**
   * Set by `runWorkflow`: the file name of the workflow the event triggered. A called workflow
   * keeps it (GitHub associates a called workflow's `github` context with its caller).
   */
  workflowFile?: string
}

type Yaml = Record<string, any>

const SHA = /^[0-9a-f]{40}$/

/** Runs every job of the workflow `file` for `run`'s event; throws on what it cannot evaluate. */
export async function runWorkflow(file: string, run: WorkflowRun): Promise<WorkflowResult> {
  const doc = parseYaml(readFileSync(file, 'utf8')) as Yaml
  if (!doc || typeof doc.jobs !== 'object') throw new Error(`${file}: no jobs`)
  const name = String(doc.name ?? file)
  const triggers = triggersOf(doc.on)
  if (!(run.eventName in triggers))
    throw new Error(`${file}: not triggered by ${run.eventName} (on: ${Object.keys(triggers).join(', ')})`)
  const inputs = inputsOf(triggers[run.eventName], run.inputs ?? {}, file)
  const workflowFile = basename(file)
  // The stand-in's REST API knows this run as GitHub would (e.g. for an artifact's run).
  const known = run.gh.repo && !run.gh.repo.runs.has(run.runId)
  const record = known
    ? run.gh.repo!.addRun({
        id: run.runId,
        workflow: workflowFile,
        name,
        event: run.eventName,
        status: 'in_progress',
        branch: (run.ref ?? 'refs/heads/main').replace(/^refs\/heads\//, ''),
        ...(run.sha ? { headSha: run.sha } : {})
      })
    : undefined
  // The run's concurrency group is evaluated (github, inputs and vars only), as GitHub does
  // before the run starts: an expression it cannot evaluate fails here.
  if (doc.concurrency !== undefined)
    interpolate(
      typeof doc.concurrency === 'object' ? doc.concurrency.group : doc.concurrency,
      { github: githubContext({ ...run, workflowFile }, '', name, ''), inputs, vars: run.vars ?? {} },
      `${file} › concurrency`
    )
  const result = await runJobs(file, doc, name, inputs, { ...run, workflowFile })
  if (record) Object.assign(record, { status: 'completed', conclusion: result.conclusion })
  return result
}

function triggersOf(on: unknown): Record<string, Yaml> {
  if (typeof on === 'string') return { [on]: {} }
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [String(e), {}]))
  if (on && typeof on === 'object')
    return Object.fromEntries(Object.entries(on).map(([k, v]) => [k, (v ?? {}) as Yaml]))
  throw new Error('workflow has no `on:`')
}

function inputsOf(trigger: Yaml, given: Record<string, unknown>, where: string): Record<string, unknown> {
  const declared = (trigger?.inputs ?? {}) as Record<string, Yaml>
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(given)) {
    if (!(key in declared)) throw new Error(`${where}: input \`${key}\` is not declared`)
  }
  for (const [key, spec] of Object.entries(declared)) {
    if (key in given) out[key] = coerceInput(given[key], spec?.type)
    else if (spec?.required && spec.default === undefined)
      throw new Error(`${where}: required input \`${key}\` was not given`)
    else out[key] = coerceInput(spec?.default ?? (spec?.type === 'boolean' ? false : ''), spec?.type)
  }
  return out
}

function coerceInput(v: unknown, type: unknown): unknown {
  if (type === 'boolean') return v === true || v === 'true'
  if (type === 'number') return Number(v)
  return v === undefined || v === null ? '' : String(v)
}

function order(jobs: Record<string, Yaml>, where: string): string[] {
  const done = new Set<string>()
  const out: string[] = []
  const visit = (id: string, stack: string[]): void => {
    if (done.has(id)) return
    if (stack.includes(id)) throw new Error(`${where}: jobs need each other in a circle: ${[...stack, id].join(' → ')}`)
    const job = jobs[id]
    if (!job) throw new Error(`${where}: job \`${stack.at(-1)}\` needs unknown job \`${id}\``)
    for (const n of needsOf(job)) visit(n, [...stack, id])
    done.add(id)
    out.push(id)
  }
  for (const id of Object.keys(jobs)) visit(id, [])
  return out
}

function needsOf(job: Yaml): string[] {
  if (!job.needs) return []
  return Array.isArray(job.needs) ? job.needs.map(String) : [String(job.needs)]
}

async function runJobs(
  file: string,
  doc: Yaml,
  name: string,
  inputs: Record<string, unknown>,
  run: WorkflowRun
): Promise<WorkflowResult> {
  const jobs: Record<string, JobRecord> = {}
  const log = run.log ?? (() => {})
  for (const id of order(doc.jobs as Record<string, Yaml>, file)) {
    const job = doc.jobs[id] as Yaml
    const where = `${file} › jobs.${id}`
    const needs = Object.fromEntries(
      needsOf(job).map((n) => [n, { result: jobs[n]!.result, outputs: jobs[n]!.outputs }])
    )
    const needsOk = Object.values(needs).every((n) => n.result === 'success')
    const contexts: Contexts = {
      github: githubContext(run, id, name, ''),
      inputs,
      vars: run.vars ?? {},
      secrets: run.secrets ?? {},
      needs
    }
    const status: Status = { success: needsOk, cancelled: false }
    if (!condition(job.if, contexts, status, `${where}.if`)) {
      log(`job ${id}: skipped`)
      jobs[id] = emptyJob(id, 'skipped', job.permissions ?? doc.permissions)
      continue
    }
    if (job.strategy) throw new Error(`${where}: \`strategy\`/matrix is not supported by the harness`)
    if (!job.uses) log(`job ${id}: started`)
    if (job.uses) {
      jobs[id] = await callWorkflow(file, id, job, contexts, run)
    } else {
      jobs[id] = await runJob(file, doc, id, job, contexts, run)
    }
    log(`job ${id}: ${jobs[id]!.result}`)
  }
  const results = Object.values(jobs).map((j) => j.result)
  const triggers = triggersOf(doc.on)
  const outputs: Record<string, string> = {}
  const call = triggers['workflow_call']
  if (call?.outputs && run.eventName === 'workflow_call') {
    const ctx: Contexts = {
      jobs: Object.fromEntries(Object.entries(jobs).map(([k, j]) => [k, { result: j.result, outputs: j.outputs }])),
      inputs
    }
    for (const [k, spec] of Object.entries(call.outputs as Record<string, Yaml>))
      outputs[k] = interpolate(spec?.value, ctx, `${file} › on.workflow_call.outputs.${k}`)
  }
  return { name, jobs, outputs, conclusion: results.some((r) => r === 'failure') ? 'failure' : 'success' }
}

function emptyJob(id: string, result: JobResultKind, permissions: unknown): JobRecord {
  return { id, result, outputs: {}, steps: [], summary: '', permissions, token: '', workspace: '', tempDir: '' }
}

function githubContext(run: WorkflowRun, job: string, workflow: string, token: string): Record<string, unknown> {
  const ref = run.ref ?? 'refs/heads/main'
  return {
    event_name: run.eventName,
    event: run.event,
    repository: run.repository,
    repository_owner: run.repository.split('/')[0],
    run_id: String(run.runId),
    run_number: String(run.runNumber ?? 1),
    run_attempt: String(run.runAttempt ?? 1),
    sha: run.sha ?? '0'.repeat(40),
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    head_ref: '',
    base_ref: '',
    workflow,
    job,
    actor: run.actor ?? 'octocat',
    token,
    server_url: 'https://github.com',
    api_url: run.gh.origin,
    action_repository: ''
  }
}

/** A job that calls a reusable workflow (`jobs.<id>.uses: ./.github/workflows/x.yml`). */
async function callWorkflow(
  file: string,
  id: string,
  job: Yaml,
  contexts: Contexts,
  run: WorkflowRun
): Promise<JobRecord> {
  const where = `${file} › jobs.${id}`
  const uses = String(job.uses)
  // This repository's reusable workflows, called locally or as published (`<repo>/.github/workflows/x.yml@ref`).
  const ours = run.actionRepository ?? 'hee-ci/hee-ci'
  const published = uses.startsWith(`${ours}/.github/workflows/`) ? /^[^@]+@.+$/.exec(uses) : null
  if (!uses.startsWith('./') && !published)
    throw new Error(`${where}: only this repository's reusable workflows are supported, not ${uses}`)
  const target = published ? resolve(ROOT, uses.slice(ours.length + 1).split('@')[0]!) : resolve(ROOT, uses)
  const doc = parseYaml(readFileSync(target, 'utf8')) as Yaml
  const call = triggersOf(doc.on)['workflow_call']
  if (!call) throw new Error(`${where}: ${uses} has no \`on: workflow_call\``)
  const given: Record<string, unknown> = {}
  for (const [k, v] of Object.entries((job.with ?? {}) as Yaml))
    given[k] = typeof v === 'string' ? interpolate(v, contexts, `${where}.with.${k}`) : v
  const inputs = inputsOf(call, given, `${where} → ${uses}`)
  let secrets: Record<string, string> = {}
  if (job.secrets === 'inherit') secrets = { ...(run.secrets ?? {}) }
  else {
    for (const [k, v] of Object.entries((job.secrets ?? {}) as Yaml))
      secrets[k] = interpolate(v, contexts, `${where}.secrets.${k}`)
  }
  const declared = (call.secrets ?? {}) as Record<string, Yaml>
  for (const k of Object.keys(secrets)) {
    if (job.secrets !== 'inherit' && !(k in declared))
      throw new Error(`${where}: secret \`${k}\` is not declared by ${uses}`)
  }
  for (const [k, spec] of Object.entries(declared)) {
    if (spec?.required && !(k in secrets))
      throw new Error(`${where}: required secret \`${k}\` of ${uses} was not passed`)
  }
  const inner = await runJobs(target, doc, String((contexts.github as Yaml).workflow), inputs, {
    ...run,
    secrets,
    eventName: run.eventName
  })
  const outputs: Record<string, string> = {}
  const jobsCtx = Object.fromEntries(
    Object.entries(inner.jobs).map(([k, j]) => [k, { result: j.result, outputs: j.outputs }])
  )
  for (const [k, spec] of Object.entries((call.outputs ?? {}) as Record<string, Yaml>))
    outputs[k] = interpolate(spec?.value, { jobs: jobsCtx, inputs }, `${uses} › on.workflow_call.outputs.${k}`)
  const called = Object.fromEntries(Object.entries(inner.jobs).map(([k, j]) => [`${id}/${k}`, j]))
  return { ...emptyJob(id, inner.conclusion, job.permissions), outputs, called }
}

let backend = 0

async function runJob(
  file: string,
  doc: Yaml,
  id: string,
  job: Yaml,
  base: Contexts,
  run: WorkflowRun
): Promise<JobRecord> {
  const where = `${file} › jobs.${id}`
  const permissions = job.permissions ?? doc.permissions
  const token = run.tokenFor(permissions, id)
  const workspace = mkdtempSync(join(tmpdir(), 'hee-wf-ws-'))
  const runnerDir = mkdtempSync(join(tmpdir(), 'hee-wf-runner-'))
  const record: JobRecord = {
    id,
    result: 'success',
    outputs: {},
    steps: [],
    summary: '',
    permissions,
    token,
    workspace,
    tempDir: join(runnerDir, 'temp')
  }
  const ids = { runBackendId: `run-backend-${run.repository}-${run.runId}`, jobBackendId: `wf-job-${++backend}` }
  run.gh.artifacts.registerRun({ runBackendId: ids.runBackendId, workflowRunId: run.runId, repository: run.repository })
  const github = githubContext(run, id, String(base.github && (base.github as Yaml).workflow), token)
  github.workspace = workspace
  const runner = { os: 'Linux', arch: 'X64', temp: record.tempDir, name: 'hee-standin-runner' }
  const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {}
  let env: Record<string, string> = {}
  const secrets = { ...(base.secrets as Record<string, string>), GITHUB_TOKEN: token }
  const ctx = (): Contexts => ({ ...base, secrets, github, runner, steps, env, job: { status: record.result } })
  env = evalMap(doc.env, ctx(), `${file} › env`)
  env = { ...env, ...evalMap(job.env, ctx(), `${where}.env`) }
  if (job.defaults?.run?.shell && job.defaults.run.shell !== 'bash')
    throw new Error(`${where}: shell ${job.defaults.run.shell} is not supported`)
  const timeoutMs = Math.min(
    run.stepTimeoutMs ?? 120_000,
    job['timeout-minutes'] ? Number(job['timeout-minutes']) * 60_000 : Infinity
  )
  if (job.concurrency !== undefined)
    interpolate(
      typeof job.concurrency === 'object' ? job.concurrency.group : job.concurrency,
      ctx(),
      `${where}.concurrency`
    )
  const pathAdds: string[] = []
  const fileEnv: Record<string, string> = {}

  for (const [index, step] of ((job.steps ?? []) as Yaml[]).entries()) {
    const sid = step.id as string | undefined
    const swhere = `${where}.steps[${sid ?? index}]`
    const label = step.name
      ? interpolate(step.name, ctx(), `${swhere}.name`)
      : step.uses
        ? `Run ${step.uses}`
        : `Run ${String(step.run).split('\n')[0]}`
    const status: Status = { success: record.result === 'success', cancelled: false }
    if (!condition(step.if, ctx(), status, `${swhere}.if`)) {
      const skipped: StepRecord = {
        ...(sid ? { id: sid } : {}),
        name: label,
        kind: 'skipped',
        outcome: 'skipped',
        conclusion: 'skipped',
        outputs: {},
        stdout: '',
        stderr: '',
        code: null,
        summary: '',
        annotations: []
      }
      record.steps.push(skipped)
      run.log?.(`  step ${label}: skipped`)
      if (sid) steps[sid] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
      continue
    }
    run.log?.(`  step ${label}: started`)
    const stepEnv = { ...env, ...fileEnv, ...evalMap(step.env, ctx(), `${swhere}.env`) }
    const files = mkdtempSync(join(runnerDir, 'step-'))
    const fileCmds = {
      GITHUB_OUTPUT: join(files, 'output'),
      GITHUB_ENV: join(files, 'env'),
      GITHUB_PATH: join(files, 'path'),
      GITHUB_STEP_SUMMARY: join(files, 'summary'),
      GITHUB_STATE: join(files, 'state')
    }
    for (const f of Object.values(fileCmds)) writeFileSync(f, '')
    const runnerBase = runnerEnv({
      origin: run.gh.origin,
      workspace,
      runId: run.runId,
      runAttempt: run.runAttempt ?? 1,
      runNumber: run.runNumber ?? 1,
      repository: run.repository,
      workflow: String(github.workflow),
      workflowFile: run.workflowFile ?? basename(file),
      job: id,
      sha: String(github.sha),
      ref: String(github.ref),
      actor: String(github.actor),
      eventName: run.eventName,
      event: run.event,
      runnerDir,
      ...ids,
      extra: { ...(run.env ?? {}), ...stepEnv, ...fileCmds }
    })
    if (pathAdds.length) runnerBase.PATH = [...pathAdds, runnerBase.PATH].join(':')
    let result: ActionResult
    let kind: string
    if (step.run !== undefined) {
      if (step.shell && step.shell !== 'bash') throw new Error(`${swhere}: shell ${step.shell} is not supported`)
      if (step.uses) throw new Error(`${swhere}: a step has both run and uses`)
      kind = 'run'
      const script = interpolate(step.run, ctx(), `${swhere}.run`)
      const cwd = step['working-directory']
        ? resolve(workspace, interpolate(step['working-directory'], ctx(), `${swhere}.working-directory`))
        : workspace
      result = await bash(script, runnerBase, cwd, timeoutMs, fileCmds)
    } else if (step.uses) {
      const uses = String(step.uses)
      const withValues = evalMap(step.with, ctx(), `${swhere}.with`)
      const ours = ourAction(uses, run.actionRepository ?? 'hee-ci/hee-ci', swhere)
      if (ours) {
        kind = `action ${ours}`
        result = await nodeAction(ours, withValues, runnerBase, ctx(), timeoutMs, swhere, fileCmds)
      } else {
        const [repo, ref] = uses.split('@') as [string, string | undefined]
        const key = repo.split('/').slice(0, 2).join('/')
        if (!ref || !SHA.test(ref))
          throw new Error(`${swhere}: third-party action ${uses} must be pinned by a full commit SHA`)
        const emulator = run.emulators?.[key] ?? BUILT_IN[key]
        if (!emulator) throw new Error(`${swhere}: no emulation of ${key} in the harness`)
        kind = `emulated ${key}`
        try {
          const out = await emulator({ with: withValues, env: runnerBase, job: record, run })
          result = { code: 0, stdout: '', stderr: '', outputs: out.outputs ?? {}, summary: '' }
        } catch (e) {
          result = { code: 1, stdout: '', stderr: e instanceof Error ? e.message : String(e), outputs: {}, summary: '' }
        }
      }
    } else {
      throw new Error(`${swhere}: a step needs run or uses`)
    }
    const ok = result.code === 0
    const continueOnError = step['continue-on-error'] === true || step['continue-on-error'] === 'true'
    const rec: StepRecord = {
      ...(sid ? { id: sid } : {}),
      name: label,
      kind,
      outcome: ok ? 'success' : 'failure',
      conclusion: ok || continueOnError ? 'success' : 'failure',
      outputs: result.outputs,
      stdout: result.stdout,
      stderr: result.stderr,
      code: result.code,
      summary: result.summary,
      annotations: annotationsOf(result.stdout)
    }
    record.steps.push(rec)
    record.summary += result.summary
    if (sid) steps[sid] = { outputs: rec.outputs, outcome: rec.outcome, conclusion: rec.conclusion }
    Object.assign(fileEnv, existsSync(fileCmds.GITHUB_ENV) ? readOutputs(fileCmds.GITHUB_ENV) : {})
    if (existsSync(fileCmds.GITHUB_PATH))
      pathAdds.unshift(...readFileSync(fileCmds.GITHUB_PATH, 'utf8').split('\n').filter(Boolean).reverse())
    run.log?.(`  step ${label}: ${rec.outcome}${ok ? '' : ` (exit ${result.code})`}`)
    if (rec.conclusion === 'failure') record.result = 'failure'
  }
  for (const [k, v] of Object.entries((job.outputs ?? {}) as Yaml))
    record.outputs[k] = interpolate(v, ctx(), `${where}.outputs.${k}`)
  return record
}

function evalMap(map: unknown, contexts: Contexts, where: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (!map) return out
  if (typeof map !== 'object') throw new Error(`${where}: expected a mapping`)
  for (const [k, v] of Object.entries(map as Yaml))
    out[k] =
      typeof v === 'string' ? interpolate(v, contexts, `${where}.${k}`) : v === null || v === undefined ? '' : String(v)
  return out
}

function annotationsOf(stdout: string): string[] {
  return stdout.split(/\r?\n/).filter((l) => /^::(?:error|warning|notice)\b/.test(l))
}

/** `./actions/<name>` or `<our repo>/actions/<name>@<ref>` → `<name>`; other actions → undefined. */
function ourAction(uses: string, repository: string, where: string): string | undefined {
  const local = /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses)
  if (local) return local[1]
  const remote = new RegExp(`^${repository.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/actions/([a-z0-9-]+)@(.+)$`).exec(
    uses
  )
  if (remote) return remote[1]
  if (uses.startsWith('./')) throw new Error(`${where}: local action ${uses} is not one of ours`)
  return undefined
}

async function nodeAction(
  name: string,
  withValues: Record<string, string>,
  env: Record<string, string>,
  contexts: Contexts,
  timeoutMs: number,
  where: string,
  fileCmds: Record<string, string>
): Promise<ActionResult> {
  const dir = join(ROOT, 'actions', name)
  const meta = parseYaml(readFileSync(join(dir, 'action.yml'), 'utf8')) as Yaml
  if (!/^node\d+$/.test(String(meta.runs?.using))) throw new Error(`${where}: ${name} is not a JavaScript action`)
  const declared = (meta.inputs ?? {}) as Record<string, Yaml>
  for (const k of Object.keys(withValues))
    if (!(k in declared)) throw new Error(`${where}: ${name} has no input \`${k}\``)
  const inputs: Record<string, string> = {}
  for (const [k, spec] of Object.entries(declared)) {
    inputs[k] =
      k in withValues
        ? withValues[k]!
        : interpolate(spec?.default ?? '', contexts, `actions/${name}/action.yml inputs.${k}.default`)
  }
  const entry = resolve(dir, String(meta.runs.main))
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])
  )
  const res = await runAction(entry, { ...env, ...inputEnv }, { timeoutMs })
  return { ...res, outputs: existsSync(fileCmds.GITHUB_OUTPUT!) ? readOutputs(fileCmds.GITHUB_OUTPUT!) : res.outputs }
}

function bash(
  script: string,
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
  fileCmds: Record<string, string>
): Promise<ActionResult> {
  const scriptFile = join(dirname(fileCmds.GITHUB_OUTPUT!), 'script.sh')
  writeFileSync(scriptFile, script)
  return new Promise((done, fail) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }, timeoutMs)
    child.on('error', fail)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({
        code,
        stdout,
        stderr,
        outputs: readOutputs(fileCmds.GITHUB_OUTPUT!),
        summary: readFileSync(fileCmds.GITHUB_STEP_SUMMARY!, 'utf8')
      })
    })
  })
}

// ---------- third-party actions the shipped workflows use ----------

function git(args: string[], cwd: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c))
    child.on('error', fail)
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`git ${args.join(' ')}: ${err.trim()}`))))
  })
}

const BUILT_IN: Record<string, ActionEmulator> = {
  /** Clones `run.checkoutFrom` at `with.ref` (default the event's SHA, else HEAD). */
  'actions/checkout': async ({ with: w, job, run }) => {
    if (!run.checkoutFrom) throw new Error('actions/checkout: the harness run has no `checkoutFrom` repository')
    const into = w.path ? resolve(job.workspace, w.path) : job.workspace
    mkdirSync(into, { recursive: true })
    await git(['clone', '--quiet', '--no-hardlinks', run.checkoutFrom, into], tmpdir())
    const ref = w.ref || (run.sha && run.sha !== '0'.repeat(40) ? run.sha : '')
    if (ref) await git(['checkout', '--quiet', '--detach', ref], into)
    // persist-credentials (default true) would leave the token in .git/config: record it, as
    // the workflows are expected to switch it off.
    if (w['persist-credentials'] !== 'false')
      await git(
        [
          'config',
          'http.https://github.com/.extraheader',
          `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${job.token}`).toString('base64')}`
        ],
        into
      )
    return {}
  },
  /**
   * Uploads `with.path` (a file or a folder) as artifact `with.name` of this job's run through the
   * artifact stand-in, with the real `@actions/artifact` client in a process of its own.
   */
  'actions/upload-artifact': async ({ with: w, env, job }) => {
    if (!w.name) throw new Error('actions/upload-artifact: `name` is required by the harness')
    if (!w.path || /[*?\n]/.test(w.path))
      throw new Error(
        `actions/upload-artifact: the harness takes one file or folder as \`path\`, not ${JSON.stringify(w.path)}`
      )
    const path = resolve(job.workspace, w.path)
    if (!existsSync(path)) {
      if (w['if-no-files-found'] === 'error') throw new Error(`actions/upload-artifact: no files at ${w.path}`)
      return {}
    }
    const root = statSync(path).isDirectory() ? path : dirname(path)
    const files = statSync(path).isDirectory() ? filesUnder(path) : [path]
    const args = {
      name: w.name,
      files,
      root,
      ...(w['retention-days'] ? { retentionDays: Number(w['retention-days']) } : {})
    }
    const res = await probe(env, 'upload', args)
    if (res.code !== 0) throw new Error(`actions/upload-artifact: ${res.outputs['error'] ?? res.stdout}`)
    const { id } = JSON.parse(res.outputs['result']!) as { id: number }
    return { outputs: { 'artifact-id': String(id) } }
  },
  /**
   * Downloads artifact `with.name` into `with.path`: of this run, or of `with.run-id` in
   * `with.repository` with `with.github-token`, as the action does, over the REST API of the
   * stand-in. A missing artifact fails the step, as it does on GitHub.
   */
  'actions/download-artifact': async ({ with: w, env, job }) => {
    if (!w.name) throw new Error('actions/download-artifact: the harness needs `name`')
    const into = resolve(job.workspace, w.path || '.')
    const [owner, name] = (w.repository || env.GITHUB_REPOSITORY!).split('/')
    const findBy = w['run-id']
      ? { token: w['github-token'], workflowRunId: Number(w['run-id']), repositoryOwner: owner, repositoryName: name }
      : undefined
    const get = await probe(env, 'get', { name: w.name, findBy })
    if (get.code !== 0) throw new Error(`actions/download-artifact: ${get.outputs['error'] ?? get.stdout}`)
    const { artifact } = JSON.parse(get.outputs['result']!) as { artifact: { id: number } }
    const res = await probe(env, 'download', { id: artifact.id, path: into, findBy })
    if (res.code !== 0) throw new Error(`actions/download-artifact: ${res.outputs['error'] ?? res.stdout}`)
    return { outputs: { 'download-path': into } }
  },
  'actions/setup-node': async () => ({}),
  'dtolnay/rust-toolchain': async () => ({})
}

const PROBE = join(ROOT, 'test', 'support', 'artifact-probe.mjs')

/** The real artifact client as one call of a step, with an output file of its own. */
function probe(env: Record<string, string>, op: string, args: object): Promise<ActionResult> {
  const out = join(mkdtempSync(join(tmpdir(), 'hee-wf-probe-')), 'output')
  writeFileSync(out, '')
  return runAction(PROBE, { ...env, GITHUB_OUTPUT: out }, { args: [op, JSON.stringify(args)] })
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).startsWith('..'))
}

/** Copies a directory into a job's workspace (a step of a test that prepares files). */
export function seedWorkspace(job: JobRecord, from: string): void {
  if (!isAbsolute(from)) throw new Error('seedWorkspace needs an absolute path')
  cpSync(from, job.workspace, { recursive: true })
}
