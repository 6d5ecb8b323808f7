/**
 * Turns Octokit's `RequestError` into a `HeeError` a person can act on: which call failed,
 * the status, GitHub's own message and, where we can tell, what to change.
 */
import { HeeError } from '../errors.js'

/** The parts of `@octokit/request-error`'s `RequestError` we read (duck-typed: plugins bundle their own copy). */
export interface RequestErrorLike extends Error {
  status: number
  request?: { method?: string; url?: string }
  response?: { status?: number; headers?: Record<string, string | number | undefined>; data?: unknown }
}

/** True for errors thrown by `@octokit/request` (an HTTP status, or 500 for a network failure). */
export function isRequestError(e: unknown): e is RequestErrorLike {
  return (
    e instanceof Error &&
    typeof (e as { status?: unknown }).status === 'number' &&
    typeof (e as { request?: unknown }).request === 'object'
  )
}

/** True when a 403/429 is GitHub's primary or secondary rate limit rather than a permission problem. */
export function isRateLimitError(e: RequestErrorLike): boolean {
  if (e.status !== 403 && e.status !== 429) return false
  const h = e.response?.headers ?? {}
  return (
    e.status === 429 ||
    String(h['x-ratelimit-remaining']) === '0' ||
    h['retry-after'] !== undefined ||
    /rate limit/i.test(githubMessage(e))
  )
}

/** GitHub's `message` from the error body, else the error's own message. */
export function githubMessage(e: RequestErrorLike): string {
  const data = e.response?.data
  if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message
  }
  if (typeof data === 'string' && data.trim() !== '' && data.length < 300) return data.trim()
  return e.message
}

/** Which permission a 403 on this endpoint most likely lacks. */
function permissionHint(e: RequestErrorLike): string {
  const accepted = e.response?.headers?.['x-accepted-github-permissions']
  if (accepted !== undefined && String(accepted).trim() !== '') {
    const perms = String(accepted)
      .split(/[;,]\s*/)
      .filter(Boolean)
      .map((p) => p.replace('=', ': '))
      .join(', ')
    return `the token needs \`${perms}\`: add it under \`permissions:\` in the workflow`
  }
  const method = (e.request?.method ?? 'GET').toUpperCase()
  const url = e.request?.url ?? ''
  let perm = 'actions: read'
  if (/\/issues/.test(url)) perm = method === 'GET' ? 'issues: read' : 'issues: write'
  else if (/\/pulls/.test(url)) perm = method === 'GET' ? 'pull-requests: read' : 'pull-requests: write'
  else if (/\/actions\//.test(url) && method !== 'GET') perm = 'actions: write'
  else if (/\/contents|\/git\//.test(url)) perm = method === 'GET' ? 'contents: read' : 'contents: write'
  return `the token probably lacks \`${perm}\`: add it under \`permissions:\` in the workflow`
}

function endpointOf(e: RequestErrorLike): string {
  const method = (e.request?.method ?? '').toUpperCase()
  let path = e.request?.url ?? ''
  try {
    const u = new URL(path)
    path = u.pathname + u.search
  } catch {
    // already a path
  }
  return method && path ? ` (${method} ${path})` : ''
}

/**
 * Maps an error thrown while making the GitHub call `call` (e.g. `get run 42`) to a HeeError.
 * HeeErrors pass through; errors that are neither are returned unchanged (they are bugs).
 * `redact` scrubs secrets from every message it builds.
 */
export function toGitHubError(error: unknown, call: string, redact: (s: string) => string = (s) => s): unknown {
  if (error instanceof HeeError) return error
  if (!isRequestError(error)) return error
  const where = `${call}${endpointOf(error)}`
  const message = githubMessage(error)
  // The cause keeps status and stack but passes through `redact`: GitHub may echo what it was sent.
  const cause = Object.assign(new Error(redact(error.message)), {
    name: error.name,
    status: error.status,
    stack: redact(error.stack ?? '')
  })
  const make = (code: string, text: string, hint?: string): HeeError =>
    new HeeError(code, redact(text), { hint: hint && redact(hint), cause })
  const status = error.status
  if (status === 401) {
    return make(
      'github.auth',
      `${where}: the token was rejected (401): check the \`github-token\` input`,
      `GitHub said: ${message}`
    )
  }
  if (isRateLimitError(error)) {
    const h = error.response?.headers ?? {}
    const reset = Number(h['x-ratelimit-reset'])
    const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : ''
    const kind = /secondary/i.test(message) ? 'secondary rate limit' : 'rate limit'
    return make(
      'github.rate-limited',
      `${where}: GitHub's ${kind} was exceeded (${status}) and the retries ran out${when}: ${message}`,
      'poll less often, or use a token with a higher limit'
    )
  }
  if (status === 403) {
    return make('github.forbidden', `${where}: GitHub refused the request (403): ${message}`, permissionHint(error))
  }
  if (status === 404) {
    return make(
      'github.not-found',
      `${where}: not found (404): ${message}`,
      'check the repository name and the id; a private repository also answers 404 when the token cannot see it'
    )
  }
  if (status === 500 && !error.response) {
    return make(
      'github.network',
      `${where}: could not reach GitHub: ${message}`,
      'the request was retried; check the network or the API URL'
    )
  }
  return make('github.api', `${where} failed with ${status}: ${message}`)
}
