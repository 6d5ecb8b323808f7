/**
 * The one place an Octokit is built: `@actions/github`'s client plus retries (5xx, resets),
 * throttling (primary and secondary rate limits), conditional requests (ETag → 304, which
 * cost no rate limit), request statistics and token-expiry reporting. Nothing it logs or
 * throws contains the token.
 */
import { getOctokit } from '@actions/github'
import { defaults as actionsDefaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { HeeError } from '../errors.js'
import { isRequestError } from './errors.js'

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
}

export interface GitHubClientStats {
  /** HTTP requests sent to the API, retries included (a followed redirect is one request). */
  requests: number
  /** Requests answered 304 and served from the ETag cache. */
  notModified: number
  /** Rate-limit points spent, as reported by `x-ratelimit-used`. */
  rateLimitUsed: number
  /** Last `x-ratelimit-remaining` seen, if any. */
  rateLimitRemaining?: number
}

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
  fetchSigned(url: string, call: string): Promise<Response>
}

interface CachedResponse {
  etag: string
  response: { status: number; url: string; headers: Record<string, string>; data: unknown }
}

interface HookOptions {
  method?: string
  url?: string
  headers: Record<string, string | number | undefined>
  request?: { parseSuccessResponseBody?: boolean }
  [k: string]: unknown
}

type Hooked = {
  hook: {
    wrap(
      name: 'request',
      fn: (request: (o: HookOptions) => Promise<CachedResponse['response']>, options: HookOptions) => Promise<unknown>
    ): void
  }
  request: { endpoint: { parse(o: HookOptions): { method: string; url: string } } }
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Parses `2024-06-01 12:00:00 UTC` (or with a `-0700` offset) into a Date. */
export function parseTokenExpiration(value: string): Date | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim())
  if (!m) return undefined
  const zone = !m[3] || m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
  const d = new Date(`${m[1]}T${m[2]}${zone}`)
  return Number.isNaN(d.getTime()) ? undefined : d
}

/**
 * Builds the GitHub client every engine uses. See `GitHubClientOptions` for the knobs; the
 * defaults suit an action run.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { token } = options
  if (!token) throw new HeeError('github.auth', 'no GitHub token was given: set the `github-token` input')
  const retries = options.retries ?? 3
  const rateLimitRetries = options.rateLimitRetries ?? 2
  const maxWaitSeconds = options.maxWaitSeconds ?? 120
  const sleep = options.sleep ?? defaultSleep
  const cacheSize = options.etagCacheSize ?? 500

  const redact = (text: string): string => (token.length >= 4 ? text.split(token).join('***') : text)
  const sink =
    (fn: ((m: string) => void) | undefined, fallback: (m: string) => void) =>
    (message: unknown, ...rest: unknown[]) =>
      (fn ?? fallback)(redact([message, ...rest].map((p) => (p instanceof Error ? p.message : String(p))).join(' ')))
  const stderr = (m: string): void => void process.stderr.write(`${m}\n`)
  const noop = (): void => {}
  const log: GitHubLog = {
    debug: sink(options.log?.debug, noop),
    info: sink(options.log?.info, noop),
    warn: sink(options.log?.warn, stderr),
    error: sink(options.log?.error, stderr)
  }

  const stats: GitHubClientStats = { requests: 0, notModified: 0, rateLimitUsed: 0 }
  const cache = new Map<string, CachedResponse>()
  const lastUsed = new Map<string, { used: number; reset: string }>()
  // retry-after of the last rate-limited attempt, keyed by the request's options object
  // (shared by every hook layer), so the throttling handler can honour it over x-ratelimit-reset.
  const retryAfterOf = new WeakMap<object, number>()
  let expiryReported = false

  const observe = (headers: Record<string, string | number | undefined>, status: number): void => {
    const used = Number(headers['x-ratelimit-used'])
    if (Number.isFinite(used)) {
      const resource = String(headers['x-ratelimit-resource'] ?? 'core')
      const reset = String(headers['x-ratelimit-reset'] ?? '')
      const prev = lastUsed.get(resource)
      if (prev && prev.reset === reset) stats.rateLimitUsed += Math.max(0, used - prev.used)
      else if (status !== 304) stats.rateLimitUsed += 1
      lastUsed.set(resource, { used, reset })
    }
    const remaining = Number(headers['x-ratelimit-remaining'])
    if (headers['x-ratelimit-remaining'] !== undefined && Number.isFinite(remaining))
      stats.rateLimitRemaining = remaining
    const expiry = headers['github-authentication-token-expiration']
    if (!expiryReported && expiry !== undefined) {
      const date = parseTokenExpiration(String(expiry))
      if (date) {
        expiryReported = true
        options.onTokenExpiration?.(date)
      }
    }
  }

  const remember = (key: string, value: CachedResponse): void => {
    cache.delete(key)
    cache.set(key, value)
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string)
  }

  // Innermost layer (registered before retry and throttling): sees every attempt.
  const conditionalRequests = (octokit: unknown): Record<string, never> => {
    const o = octokit as Hooked
    o.hook.wrap('request', async (request, opts) => {
      const { method, url } = o.request.endpoint.parse(opts)
      const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '')
      const call = `${method} ${path}`
      const streamed = opts.request?.parseSuccessResponseBody === false
      const key = `${method} ${url}`
      const cached = method === 'GET' && !streamed ? cache.get(key) : undefined
      const ownHeader = Object.keys(opts.headers).some((h) => h.toLowerCase() === 'if-none-match')
      if (cached && (!ownHeader || opts.headers['if-none-match'] === cached.etag))
        opts.headers['if-none-match'] = cached.etag
      stats.requests++
      try {
        const response = await request(opts)
        observe(response.headers, response.status)
        log.debug(`${call} → ${response.status}`)
        const type = String(response.headers['content-type'] ?? '')
        if (!streamed && /json/i.test(type) && typeof response.data === 'string') {
          const excerpt = response.data.slice(0, 40).replace(/\s+/g, ' ')
          throw new HeeError(
            'github.malformed-response',
            redact(
              `${call} answered ${response.status} with a body that is not valid JSON (${response.data.length} bytes${excerpt ? `, starting "${excerpt}"` : ''})`
            ),
            { hint: 'the response was cut or corrupted on the way; the next poll reads it again' }
          )
        }
        const etag = response.headers.etag
        // A copy: callers (paginate, for one) mutate the response they get.
        if (method === 'GET' && !streamed && typeof etag === 'string' && response.status === 200)
          remember(key, { etag, response: structuredClone(response) })
        return response
      } catch (e) {
        if (!isRequestError(e)) throw e
        const headers = (e.response?.headers ?? {}) as Record<string, string | number | undefined>
        observe(headers, e.status)
        if (e.status === 304 && cached) {
          stats.notModified++
          log.debug(`${call} → 304 (not modified)`)
          const copy = structuredClone(cached.response)
          return { ...copy, headers: { ...copy.headers, ...stringHeaders(headers), etag: cached.etag } }
        }
        log.debug(`${call} → ${e.status}: ${e.message}`)
        const retryAfter = Number(headers['retry-after'])
        if ((e.status === 403 || e.status === 429) && Number.isFinite(retryAfter)) retryAfterOf.set(opts, retryAfter)
        throw e
      }
    })
    return {}
  }

  const onLimit =
    (kind: 'primary' | 'secondary') =>
    async (
      computed: number,
      opts: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number
    ): Promise<boolean> => {
      const wait = retryAfterOf.get(opts) ?? computed
      const call = `${String(opts.method)} ${String(opts.url)}`
      if (retryCount >= rateLimitRetries) {
        log.warn(`${call} hit the ${kind} rate limit again; giving up after ${retryCount} retries`)
        return false
      }
      if (wait > maxWaitSeconds) {
        log.warn(`${call} hit the ${kind} rate limit; the ${wait} s wait exceeds ${maxWaitSeconds} s, giving up`)
        return false
      }
      log.warn(`${call} hit the ${kind} rate limit; waiting ${wait} s (retry ${retryCount + 1}/${rateLimitRetries})`)
      await sleep(wait * 1000)
      return true
    }

  const octokit = getOctokit(
    token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      userAgent: options.userAgent ?? 'hee-ci',
      log,
      request: { ...(actionsDefaults.request ?? {}), log },
      retry: {
        retries,
        retryAfterBaseValue: options.retryBaseMs ?? 1000,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
      },
      throttle: {
        // The handler itself sleeps (so it can honour retry-after and the cap); the plugin adds nothing.
        retryAfterBaseValue: 0,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary')
      }
    },
    conditionalRequests,
    retry,
    throttling
  )

  const signedFetch = ((actionsDefaults.request as { fetch?: typeof fetch } | undefined)?.fetch ??
    fetch) as typeof fetch
  const retryBaseMs = options.retryBaseMs ?? 1000
  const fetchSigned = async (url: string, call: string): Promise<Response> => {
    const host = new URL(url).host
    for (let attempt = 0; ; attempt++) {
      let failure: string
      try {
        const res = await signedFetch(url, { headers: { 'user-agent': options.userAgent ?? 'hee-ci' } })
        log.debug(`GET ${host} (signed URL for ${call}) → ${res.status}`)
        if (res.ok) return res
        const text = await res.text().catch(() => '')
        failure = `${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`
        if (res.status < 500) throw new HeeError('github.api', redact(`${call} (GET ${host}) failed with ${failure}`))
      } catch (e) {
        if (e instanceof HeeError) throw e
        const cause = (e as { cause?: { message?: string } }).cause?.message
        failure = cause ?? (e as Error).message
        if (attempt >= retries)
          throw new HeeError('github.network', redact(`${call}: could not read ${host}: ${failure}`), { cause: e })
      }
      if (attempt >= retries) throw new HeeError('github.api', redact(`${call} (GET ${host}) failed with ${failure}`))
      log.debug(`${call}: retrying the signed URL after ${failure}`)
      await sleep(retryBaseMs * (attempt + 1) ** 2)
    }
  }

  return { octokit, stats, redact, log, fetchSigned }
}

function stringHeaders(h: Record<string, string | number | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(h)) if (v !== undefined && k !== 'content-length') out[k] = String(v)
  return out
}
