/**
 * Runs the committed action bundles the way GitHub's runner does, job by job: each job gets
 * its own workspace (as on a fresh runner machine), the runner env of its run and job, and
 * the stand-in server for artifacts and REST. Used by the e2e tests, the demo and the bench.
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { StandinServer } from './http-server.js'
import { ArtifactStore, registerArtifactService } from './artifact-service.js'
import { registerActionsApi, type FakeRepo } from './github-api.js'
import { runAction, runnerEnv, type ActionResult } from './runner-env.js'

export const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..')
const PROBE = join(ROOT, 'test', 'support', 'artifact-probe.mjs')

/** The committed bundle of an action, e.g. `dist/capsule-load/index.js`. */
export function bundle(name: string): string {
  return join(ROOT, 'dist', name, 'index.js')
}

export interface LocalGitHub {
  server: StandinServer
  artifacts: ArtifactStore
  origin: string
  /** The repository whose REST API the stand-in serves, when there is one. */
  repo?: FakeRepo
  stop(): Promise<void>
}

/**
 * Starts the artifact service + REST artifact endpoints on 127.0.0.1, port 0; with a
 * `repo`, also the REST API for its runs, jobs, logs and issues.
 */
export async function startLocalGitHub(opts: { repo?: FakeRepo } = {}): Promise<LocalGitHub> {
  const server = new StandinServer()
  if (opts.repo) registerActionsApi(server, opts.repo)
  const artifacts = registerArtifactService(server)
  const origin = await server.start()
  return { server, artifacts, origin, ...(opts.repo ? { repo: opts.repo } : {}), stop: () => server.stop() }
}

export interface JobOptions {
  gh: LocalGitHub
  repository: string
  workflow: string
  /** The workflow's file under `.github/workflows/` (default `hee.yml`). */
  workflowFile?: string
  /** Branch of the run (default `main`). */
  headBranch?: string
  /** `owner/name` a fork's run takes its head from (default: the repository itself). */
  headRepository?: string
  runId: number
  job: string
  eventName?: string
  event?: object
  /** Extra env for every step (e.g. a REST token). */
  extra?: Record<string, string>
}

let backendSeq = 0

/** One job of one run: steps share its workspace and runner files, as on a runner. */
export class LocalJob {
  readonly workspace = mkdtempSync(join(tmpdir(), 'hee-ws-'))
  /** The runner's own folder for this job; RUNNER_TEMP is its `temp`, the same for every step. */
  readonly runnerDir = mkdtempSync(join(tmpdir(), 'hee-runner-'))
  readonly tempDir = join(this.runnerDir, 'temp')
  /** Where the actions keep the capsule by default: `$RUNNER_TEMP/hee-state-capsule.json`. */
  readonly capsuleFile = join(this.tempDir, 'hee-state-capsule.json')
  private readonly runBackendId: string
  private readonly jobBackendId = `job-${++backendSeq}`

  constructor(private readonly opts: JobOptions) {
    // A runner creates RUNNER_TEMP when the job starts, before any step.
    mkdirSync(this.tempDir, { recursive: true })
    this.runBackendId = `run-backend-${opts.repository}-${opts.runId}`
    opts.gh.artifacts.registerRun({
      runBackendId: this.runBackendId,
      workflowRunId: opts.runId,
      repository: opts.repository,
      workflowPath: `.github/workflows/${opts.workflowFile ?? 'hee.yml'}`,
      ...(opts.headBranch ? { headBranch: opts.headBranch } : {}),
      ...(opts.headRepository ? { headRepository: opts.headRepository } : {})
    })
  }

  /** Runs one action bundle as a step with these inputs. */
  async step(
    action: string,
    inputs: Record<string, string>,
    extra: Record<string, string> = {}
  ): Promise<ActionResult> {
    return runAction(bundle(action), this.env(inputs, extra))
  }

  /**
   * Runs the artifact probe (the real `@actions/artifact` client, test/support/artifact-probe.mjs)
   * as a step of this job; `result` is the client's answer, parsed.
   */
  async probe(
    op: 'upload' | 'list' | 'get' | 'download' | 'delete',
    args: object
  ): Promise<ActionResult & { result?: unknown }> {
    const res = await runAction(PROBE, this.env({}, {}), { args: [op, JSON.stringify(args)] })
    return { ...res, result: res.outputs['result'] ? (JSON.parse(res.outputs['result']) as unknown) : undefined }
  }

  /**
   * Uploads `file` byte for byte as artifact `name` from this job, e.g. to plant a tampered
   * or replayed capsule where capsule-load will look. Throws when the upload fails.
   */
  async uploadRaw(name: string, file: string): Promise<{ id: number; size: number }> {
    const res = await this.probe('upload', { name, files: [file], root: dirname(file) })
    if (res.code !== 0)
      throw new Error(`uploading ${basename(file)} as ${name} failed: ${res.outputs['error'] ?? res.stdout}`)
    return res.result as { id: number; size: number }
  }

  /** The env of one step of this job with these inputs (for a caller that spawns the step itself). */
  env(inputs: Record<string, string>, extra: Record<string, string> = {}): Record<string, string> {
    return runnerEnv({
      origin: this.opts.gh.origin,
      workspace: this.workspace,
      runId: this.opts.runId,
      repository: this.opts.repository,
      workflow: this.opts.workflow,
      ...(this.opts.workflowFile ? { workflowFile: this.opts.workflowFile } : {}),
      job: this.opts.job,
      eventName: this.opts.eventName ?? 'workflow_dispatch',
      event: this.opts.event,
      runBackendId: this.runBackendId,
      jobBackendId: this.jobBackendId,
      inputs,
      runnerDir: this.runnerDir,
      extra: { ...this.opts.extra, ...extra }
    })
  }
}
