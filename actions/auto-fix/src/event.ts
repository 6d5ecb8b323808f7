/**
 * The failing run this job acts on, read from the event that started it (a `workflow_run` of
 * the CI, a pull request, a push) or from the inputs, and whether its code comes from a fork.
 */
import { existsSync, readFileSync } from 'node:fs'
import { ConfigurationError } from '@hee/core'
import type { RunnerContext } from '@hee/core/action'
import type { Inputs } from './inputs.js'

export interface FailingRun {
  /** The failing CI run (0 when unknown). */
  runId: number
  runUrl?: string
  headSha: string
  branch: string
  /** `owner/name` the code comes from; another than this repository for a fork. */
  headRepository: string
  /** Pull requests of the run, with their labels when the event carries them. */
  pullRequests: Array<{ number: number; labels?: string[] }>
  fork: boolean
}

/** Events whose GITHUB_TOKEN may write to this repository whatever the code's origin. */
const WRITE_EVENTS = new Set(['workflow_run', 'pull_request_target', 'push', 'schedule', 'workflow_dispatch'])

export function tokenMayWrite(eventName: string): boolean {
  return WRITE_EVENTS.has(eventName)
}

type Json = Record<string, any>

function eventOf(ctx: RunnerContext): Json {
  if (!ctx.eventPath || !existsSync(ctx.eventPath)) return {}
  try {
    return JSON.parse(readFileSync(ctx.eventPath, 'utf8')) as Json
  } catch {
    throw new ConfigurationError(`the event file ${ctx.eventPath} is not JSON`)
  }
}

export function failingRun(inputs: Inputs, ctx: RunnerContext, env: NodeJS.ProcessEnv = process.env): FailingRun {
  const event = eventOf(ctx)
  const wr = event.workflow_run as Json | undefined
  const pr = event.pull_request as Json | undefined
  let run: FailingRun
  if (ctx.eventName === 'workflow_run' && wr) {
    run = {
      runId: Number(wr.id) || 0,
      ...(typeof wr.html_url === 'string' ? { runUrl: wr.html_url } : {}),
      headSha: String(wr.head_sha ?? ''),
      branch: String(wr.head_branch ?? ''),
      headRepository: String(wr.head_repository?.full_name ?? ctx.repository),
      pullRequests: ((wr.pull_requests ?? []) as Json[]).map((p) => ({ number: Number(p.number) })),
      fork: false
    }
  } else if (pr) {
    run = {
      runId: ctx.runId,
      headSha: String(pr.head?.sha ?? ''),
      branch: String(pr.head?.ref ?? ''),
      headRepository: String(pr.head?.repo?.full_name ?? ctx.repository),
      pullRequests: [
        { number: Number(pr.number), labels: ((pr.labels ?? []) as Json[]).map((l) => String(l.name ?? '')) }
      ],
      fork: false
    }
  } else {
    run = {
      runId: ctx.runId,
      headSha: env.GITHUB_SHA ?? '',
      branch: env.GITHUB_REF_NAME ?? (env.GITHUB_REF ?? '').replace(/^refs\/heads\//, ''),
      headRepository: ctx.repository,
      pullRequests: [],
      fork: false
    }
  }
  if (inputs['run-id'] > 0) run.runId = inputs['run-id']
  if (inputs['head-sha']) run.headSha = inputs['head-sha']
  if (inputs.branch) run.branch = inputs.branch
  run.fork = run.headRepository.toLowerCase() !== ctx.repository.toLowerCase()
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(run.headSha))
    throw new ConfigurationError('the failing commit is unknown: set `head-sha` (the event names none)')
  if (!run.branch) throw new ConfigurationError('the failing branch is unknown: set `branch` (the event names none)')
  return run
}
