import { isAbsolute, resolve } from 'node:path'
import { ConfigurationError } from '../errors.js'

/** What the runner tells a JavaScript action about where it runs, read from its env. */
export interface RunnerContext {
  repository: string
  owner: string
  repo: string
  workflow: string
  runId: number
  runAttempt: number
  job: string
  eventName: string
  eventPath?: string
  workspace: string
  serverUrl: string
  apiUrl: string
  tempDir: string
}

export function runnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = repository.split('/')
  if (!owner || !repo) {
    throw new ConfigurationError('GITHUB_REPOSITORY is not set: this action runs inside a GitHub Actions job')
  }
  const runId = Number(env.GITHUB_RUN_ID)
  if (!Number.isInteger(runId) || runId <= 0) {
    throw new ConfigurationError('GITHUB_RUN_ID is not set: this action runs inside a GitHub Actions job')
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  return {
    repository,
    owner,
    repo,
    workflow: env.GITHUB_WORKFLOW || 'unknown',
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT) || 1,
    job: env.GITHUB_JOB ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH,
    workspace,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    tempDir: env.RUNNER_TEMP || workspace
  }
}

/** The default capsule file: in RUNNER_TEMP, outside the repository's working tree. */
export const DEFAULT_CAPSULE_FILE = 'hee-state-capsule.json'

/**
 * The capsule file an action uses: the `capsule-path` input (relative to the workspace), or by
 * default `$RUNNER_TEMP/hee-state-capsule.json`, where a later checkout cannot wipe it and a
 * step that commits cannot pick it up.
 */
export function capsulePathOf(ctx: RunnerContext, input: string): string {
  return input ? workspacePath(ctx, input) : resolve(ctx.tempDir, DEFAULT_CAPSULE_FILE)
}

/** A path input relative to the workspace, as users write them in workflows. */
export function workspacePath(ctx: RunnerContext, p: string): string {
  return isAbsolute(p) ? p : resolve(ctx.workspace, p)
}
