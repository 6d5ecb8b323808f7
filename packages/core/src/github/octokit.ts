/**
 * The one place an Octokit is built: `@actions/github`'s client composed with the plugins in
 * `plugins/` (rate-limit accounting and throttling, the malformed-JSON check, the ETag cache),
 * `@octokit/plugin-retry` for 5xx and resets, a time limit per request (`plugins/timeout.ts`),
 * and a token-free fetch for signed URLs. Nothing it logs or throws contains the token.
 */
import { getOctokit } from '@actions/github'
import { defaults as actionsDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { ConfigurationError } from '../errors.js'
import { etagCache } from './plugins/etag-cache.js'
import { jsonBodyCheck } from './plugins/json-body.js'
import { rateLimit, type RequestStats } from './plugins/rate-limit.js'
import { requestTimeout } from './plugins/timeout.js'
import { createSignedFetch, type SignedFetch } from './signed-fetch.js'

export { parseTokenExpiration } from './plugins/rate-limit.js'

export type GitHubOctokit = ReturnType<typeof getOctokit>

export interface GitHubLog {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export interface GitHubClientOptions {
  token: string
  /** API root, e.g. `https://api.github.com` or `process.env.GITHUB_API_URL`. */
  baseUrl: string
  userAgent?: string
  /** Retries after a 5xx or a network failure (default 3). */
  retries?: number
  /** Backoff unit in ms: the n-th retry waits n² units (default 1000). */
  retryBaseMs?: number
  /** Retries after a primary or secondary rate limit (default 2). */
  rateLimitRetries?: number
  /**
   * Longest rate-limit wait honoured, in seconds (default 120). A limit that asks for longer
   * fails at once with `github.rate-limited` instead of holding the job.
   */
  maxWaitSeconds?: number
  /** Where the client's own lines go (adapters pass `core.debug`/`core.warning`…); all redacted. */
  log?: Partial<GitHubLog>
  /** Called once, with the first `github-authentication-token-expiration` seen. */
  onTokenExpiration?: (expiresAt: Date) => void
  /** Responses kept for conditional requests (default 500). */
  etagCacheSize?: number
  /** Injectable for tests; default `setTimeout`. */
  sleep?: (ms: number) => Promise<void>
  /**
   * Least time between two writes, in ms (default: GitHub's advice, 1 s, and 3 s for writes
   * that notify people). Tests against the stand-in pass 0.
   */
  writeIntervalMs?: number
  /** Longest wait for an answer to one request, in ms (default 30 000); see `ClientLimits`. */
  requestTimeoutMs?: number
  /** Most pages of 100 read of one list (default 10). */
  maxPages?: number
  /** Longest time one download (a job log, an artifact zip) may take, in ms (default 120 000). */
  downloadMs?: number
}

/** Caps on the work one call may cost; a cap reached is reported, never silent. */
export interface ClientLimits {
  /**
   * Longest wait for an answer, per request (headers, and for API calls the body too), and
   * longest silence within a download's body. Not retried once reached.
   */
  requestTimeoutMs: number
  /** Most pages of one list (100 items each); a list with more stops there, with a note. */
  maxPages: number
  /** Longest time one download may take; past it the download is cut. */
  downloadMs: number
}

/** Defaults of `ClientLimits`: 30 s per request, 10 pages of 100, 2 minutes per download. */
export const DEFAULT_CLIENT_LIMITS: ClientLimits = { requestTimeoutMs: 30_000, maxPages: 10, downloadMs: 120_000 }

export type GitHubClientStats = RequestStats

export interface GitHubClient {
  readonly octokit: GitHubOctokit
  readonly stats: GitHubClientStats
  /** Scrubs the token from any text. */
  redact(text: string): string
  readonly log: GitHubLog
  /**
   * GETs a pre-signed URL (a log or artifact location GitHub redirected to) without the token,
   * retrying 5xx and network failures like API calls. `call` names the operation in errors.
   */
  fetchSigned: SignedFetch
  readonly limits: ClientLimits
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Builds the GitHub client every engine uses. See `GitHubClientOptions` for the knobs; the
 * defaults suit an action run.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { token } = options
  if (!token)
    throw new ConfigurationError('no GitHub token was given: set the `github-token` input', { code: 'github.auth' })
  const retries = options.retries ?? 3
  const retryBaseMs = options.retryBaseMs ?? 1000
  const sleep = options.sleep ?? defaultSleep
  const userAgent = options.userAgent ?? 'hee-ci'
  const limits: ClientLimits = {
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_CLIENT_LIMITS.requestTimeoutMs,
    maxPages: Math.max(1, options.maxPages ?? DEFAULT_CLIENT_LIMITS.maxPages),
    downloadMs: options.downloadMs ?? DEFAULT_CLIENT_LIMITS.downloadMs
  }

  const redact = (text: string): string => (token.length >= 4 ? text.split(token).join('***') : text)
  const log = clientLog(options.log, redact)
  const stats: GitHubClientStats = { requests: 0, notModified: 0, rateLimitUsed: 0 }
  const rates = rateLimit({
    stats,
    log,
    retries: options.rateLimitRetries ?? 2,
    maxWaitSeconds: options.maxWaitSeconds ?? 120,
    sleep,
    ...(options.onTokenExpiration ? { onTokenExpiration: options.onTokenExpiration } : {}),
    ...(options.writeIntervalMs === undefined ? {} : { writeIntervalMs: options.writeIntervalMs })
  })

  // Plugins wrap `request` in order: the first is innermost and sees every attempt.
  const octokit = getOctokit(
    token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      userAgent,
      log,
      request: { ...(actionsDefaults.request ?? {}), log },
      retry: { retries, retryAfterBaseValue: retryBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: rates.throttle
    },
    requestTimeout(limits.requestTimeoutMs),
    rates.plugin,
    jsonBodyCheck(redact),
    etagCache({ size: options.etagCacheSize ?? 500, stats, log }),
    retry,
    throttling
  )

  const fetchSigned = createSignedFetch({
    userAgent,
    retries,
    retryBaseMs,
    sleep,
    log,
    redact,
    timeoutMs: limits.requestTimeoutMs,
    fetch: (actionsDefaults.request as { fetch?: typeof fetch } | undefined)?.fetch ?? fetch
  })

  return { octokit, stats, redact, log, fetchSigned, limits }
}

/** The client's log: every line redacted; warnings and errors reach stderr unless routed. */
function clientLog(routes: Partial<GitHubLog> | undefined, redact: (s: string) => string): GitHubLog {
  const sink =
    (fn: ((m: string) => void) | undefined, fallback: (m: string) => void) =>
    (message: unknown, ...rest: unknown[]) =>
      (fn ?? fallback)(redact([message, ...rest].map((p) => (p instanceof Error ? p.message : String(p))).join(' ')))
  const stderr = (m: string): void => void process.stderr.write(`${m}\n`)
  const noop = (): void => {}
  return {
    debug: sink(routes?.debug, noop),
    info: sink(routes?.info, noop),
    warn: sink(routes?.warn, stderr),
    error: sink(routes?.error, stderr)
  }
}
