/**
 * The environment a GitHub-hosted runner hands a JavaScript action, rebuilt for local tests,
 * plus helpers to run an action entry point in a child process and read what it wrote back.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RuntimeTokenIds {
  runBackendId: string
  jobBackendId: string
}

function base64url(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url')
}

/**
 * An unsigned JWT shaped like the runner's ACTIONS_RUNTIME_TOKEN. The artifact client only
 * decodes the `scp` claim (`Actions.Results:<runBackendId>:<jobBackendId>`), never the signature.
 */
export function makeRuntimeToken({ runBackendId, jobBackendId }: RuntimeTokenIds): string {
  const header = base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))
  const now = Math.floor(Date.now() / 1000)
  const payload = base64url(
    JSON.stringify({
      scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
      iss: 'hee-ci-standin',
      nbf: now,
      exp: now + 6 * 3600
    })
  )
  return `${header}.${payload}.`
}

/** Maps action input names to env names the way `@actions/core` reads them (hyphens kept). */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  return env
}

export interface RunnerEnvOptions extends RuntimeTokenIds {
  /** Origin of the stand-in server; used for ACTIONS_RESULTS_URL and GITHUB_API_URL. */
  origin: string
  workspace: string
  /** The workflow run id (GITHUB_RUN_ID). */
  runId: number | string
  /** `owner/name`. */
  repository: string
  /** Overrides ACTIONS_RUNTIME_TOKEN (e.g. a garbled one); defaults to makeRuntimeToken(ids). */
  token?: string
  runAttempt?: number
  runNumber?: number
  workflow?: string
  /** The workflow file under `.github/workflows/` (default `hee.yml`), for GITHUB_WORKFLOW_REF. */
  workflowFile?: string
  job?: string
  sha?: string
  ref?: string
  actor?: string
  eventName?: string
  /** The webhook payload written to GITHUB_EVENT_PATH. */
  event?: object
  /** Action inputs by their action.yml name; become `INPUT_<NAME>`. */
  inputs?: Record<string, string>
  /** Directory for the runner's files; a fresh temp dir when omitted. */
  runnerDir?: string
  /** Extra variables, applied last. */
  extra?: Record<string, string>
}

/**
 * Builds the complete env of one job step. GITHUB_SERVER_URL stays `https://github.com`
 * because any other host makes `@actions/artifact` throw GHESNotSupportedError.
 * PATH, HOME and TMPDIR are carried over from the caller, as a runner provides them.
 */
export function runnerEnv(opts: RunnerEnvOptions): Record<string, string> {
  const dir = opts.runnerDir ?? mkdtempSync(join(tmpdir(), 'hee-runner-'))
  const temp = join(dir, 'temp')
  const files = join(dir, 'file_commands')
  mkdirSync(temp, { recursive: true })
  mkdirSync(files, { recursive: true })
  const fileFor = (name: string): string => {
    const path = join(files, name)
    writeFileSync(path, '')
    return path
  }
  const eventPath = join(dir, 'event.json')
  // Every webhook payload a workflow can start on names the repository and its default branch.
  const event = { repository: { full_name: opts.repository, default_branch: 'main' }, ...(opts.event ?? {}) }
  writeFileSync(eventPath, JSON.stringify(event, null, 2))
  const carried: Record<string, string> = {}
  // TMPDIR too: the test's temp root, so what the action puts in os.tmpdir() is removed with it.
  for (const name of ['PATH', 'HOME', 'SYSTEMROOT', 'TMPDIR']) {
    const value = process.env[name]
    if (value !== undefined) carried[name] = value
  }
  return {
    ...carried,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    ACTIONS_RUNTIME_TOKEN: opts.token ?? makeRuntimeToken(opts),
    ACTIONS_RESULTS_URL: `${opts.origin}/`,
    GITHUB_API_URL: opts.origin,
    GITHUB_GRAPHQL_URL: `${opts.origin}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: opts.repository,
    GITHUB_REPOSITORY_OWNER: opts.repository.split('/')[0] ?? '',
    GITHUB_RUN_ID: String(opts.runId),
    GITHUB_RUN_ATTEMPT: String(opts.runAttempt ?? 1),
    GITHUB_RUN_NUMBER: String(opts.runNumber ?? 1),
    GITHUB_WORKFLOW: opts.workflow ?? 'CI',
    GITHUB_WORKFLOW_REF: `${opts.repository}/.github/workflows/${opts.workflowFile ?? 'hee.yml'}@${opts.ref ?? 'refs/heads/main'}`,
    GITHUB_JOB: opts.job ?? 'build',
    GITHUB_SHA: opts.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_ACTOR: opts.actor ?? 'octocat',
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: fileFor('set_output'),
    GITHUB_STEP_SUMMARY: fileFor('step_summary'),
    GITHUB_ENV: fileFor('set_env'),
    GITHUB_STATE: fileFor('save_state'),
    GITHUB_PATH: fileFor('add_path'),
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'hee-standin-runner',
    ...inputEnv(opts.inputs ?? {}),
    ...opts.extra
  }
}

/**
 * Parses a GITHUB_OUTPUT (or GITHUB_ENV / GITHUB_STATE) file: `name=value` lines and
 * `name<<DELIM` … `DELIM` blocks. A later value for the same name wins, as on the runner.
 */
export function readOutputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8')
  const lines = text.split(/\r?\n/)
  const out: Record<string, string> = {}
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string]
      const body: string[] = []
      i++
      while (i < lines.length && lines[i] !== delim) body.push(lines[i++]!)
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name} in ${file}`)
      out[name] = body.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0) throw new Error(`malformed line ${i + 1} in ${file}: ${line}`)
    out[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return out
}

export interface ActionResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export interface RunActionOptions {
  args?: string[]
  /** Defaults to GITHUB_WORKSPACE. */
  cwd?: string
  /**
   * Kills the child after this long (default 170 s, under the integration tests' 180 s: a step
   * that builds with cargo can take minutes on a loaded machine), saying so on its stderr.
   */
  timeoutMs?: number
}

/**
 * Runs `node <entryJs>` with exactly `env` (nothing inherited), like the runner runs a step,
 * and collects exit code, streams, GITHUB_OUTPUT values and the step summary.
 */
export async function runAction(
  entryJs: string,
  env: Record<string, string>,
  opts: RunActionOptions = {}
): Promise<ActionResult> {
  const child = spawn(process.execPath, [entryJs, ...(opts.args ?? [])], {
    env,
    cwd: opts.cwd ?? env['GITHUB_WORKSPACE'],
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c))
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
  const timeoutMs = opts.timeoutMs ?? 170_000
  let killed = false
  const timer = setTimeout(() => {
    killed = true
    child.kill('SIGKILL')
  }, timeoutMs)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (c) => resolve(c))
  }).finally(() => clearTimeout(timer))
  const outputFile = env['GITHUB_OUTPUT']
  const summaryFile = env['GITHUB_STEP_SUMMARY']
  return {
    code,
    stdout,
    stderr: killed ? `${stderr}\n(the step was killed after ${timeoutMs} ms)\n` : stderr,
    outputs: outputFile ? readOutputs(outputFile) : {},
    summary: summaryFile ? readFileSync(summaryFile, 'utf8') : ''
  }
}
