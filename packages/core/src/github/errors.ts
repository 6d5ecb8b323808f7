/**
 * Turns Octokit's `RequestError` into an error a person can act on: which call failed, the
 * status, GitHub's own message and, where we can tell, what to change. What the user must fix
 * (the token, a permission, a name) is a `ConfigurationError`; what may pass (5xx, rate
 * limits, the network) is a retryable `OperationalError`; GitHub refusing the request's
 * content (409, 422) is an `OperationalError` that retrying will not fix.
 */
import { ConfigurationError, HeeError, OperationalError, type ErrorCode } from '../errors.js'

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

/** GitHub's `errors` list of a 422 (`Reference already exists`, `head invalid`, …) as one phrase. */
function validationDetails(e: RequestErrorLike): string {
  const errors = (e.response?.data as { errors?: unknown } | undefined)?.errors
  if (!Array.isArray(errors)) return ''
  const parts = errors.map((x) => {
    if (typeof x === 'string') return x
    const o = (x ?? {}) as { message?: unknown; resource?: unknown; field?: unknown; code?: unknown }
    if (typeof o.message === 'string') return o.message
    return [o.resource, o.field, o.code].filter((v) => typeof v === 'string').join(' ')
  })
  const text = parts.filter(Boolean).join('; ')
  return text ? ` (${text})` : ''
}

/**
 * Which permission a 403 on this endpoint lacks. GitHub's `x-accepted-github-permissions` lists
 * the sets that would do (`;` between sets, `,` within one, `pull_requests=write`); without it
 * the route tells.
 */
function permissionHint(e: RequestErrorLike): string {
  const accepted = e.response?.headers?.['x-accepted-github-permissions']
  if (accepted !== undefined && String(accepted).trim() !== '') {
    const sets = String(accepted)
      .split(';')
      .map((set) =>
        set
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean)
          .map((p) => `\`${p.replace('=', ': ').replace(/_/g, '-')}\``)
          .join(' and ')
      )
      .filter(Boolean)
    return `the token needs ${sets.join(' or ')}: add it under \`permissions:\` in the workflow`
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
  const options = (hint?: string) => ({ cause, ...(hint ? { hint: redact(hint) } : {}) })
  const configuration = (code: ErrorCode, text: string, hint?: string): HeeError =>
    new ConfigurationError(redact(text), { code, ...options(hint) })
  const operational = (code: ErrorCode, text: string, retryable: boolean, hint?: string): HeeError =>
    new OperationalError(code, redact(text), { retryable, ...options(hint) })
  const status = error.status
  if (status === 401) {
    return configuration(
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
    return operational(
      'github.rate-limited',
      `${where}: GitHub's ${kind} was exceeded (${status}) and the retries ran out${when}: ${message}`,
      true,
      'poll less often, or use a token with a higher limit'
    )
  }
  if (status === 403) {
    return configuration(
      'github.forbidden',
      `${where}: GitHub refused the request (403): ${message}`,
      permissionHint(error)
    )
  }
  if (status === 404) {
    return configuration(
      'github.not-found',
      `${where}: not found (404): ${message}`,
      'check the repository name and the id; a private repository also answers 404 when the token cannot see it'
    )
  }
  if (status === 409) return operational('github.conflict', `${where}: conflict (409): ${message}`, false)
  if (status === 422) {
    return operational(
      'github.unprocessable',
      `${where}: GitHub refused the request (422): ${message}${validationDetails(error)}`,
      false
    )
  }
  if (status === 500 && !error.response) {
    return operational(
      'github.network',
      `${where}: could not reach GitHub: ${message}`,
      true,
      'the request was retried; check the network or the API URL'
    )
  }
  return operational('github.api', `${where} failed with ${status}: ${message}`, status >= 500)
}
