/**
 * Rate limits: counts every request and the rate-limit points it cost, honours `retry-after`
 * over `x-ratelimit-reset` when throttled, caps how long and how often the client waits,
 * spaces content-creating requests as GitHub advises, and reports the token's expiry once.
 */
import type { ThrottlingOptions } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { isRequestError } from '../errors.js'
import { isStreamed, requestName, requestPlugin, type HookOptions, type RequestPlugin } from './hook.js'

export interface RequestStats {
  /** HTTP requests sent to the API, retries included (a followed redirect is one request). */
  requests: number
  /** Requests answered 304 and served from the ETag cache. */
  notModified: number
  /** Rate-limit points spent, as reported by `x-ratelimit-used`. */
  rateLimitUsed: number
  /** Last `x-ratelimit-remaining` seen, if any. */
  rateLimitRemaining?: number
}

export interface RateLimitOptions {
  stats: RequestStats
  log: { debug(m: string): void; warn(m: string): void }
  /** Retries after a primary or secondary rate limit. */
  retries: number
  /** Longest wait honoured, in seconds; a limit asking for longer fails at once. */
  maxWaitSeconds: number
  sleep: (ms: number) => Promise<void>
  /** Called once, with the first `github-authentication-token-expiration` seen. */
  onTokenExpiration?: (expiresAt: Date) => void
  /**
   * Least time between two writes, in ms. Default: GitHub's advice against secondary rate
   * limits, which the throttling plugin applies (1 s; 3 s for writes that notify people).
   */
  writeIntervalMs?: number
}

export interface RateLimit {
  /** The innermost `request` layer: sees every attempt, retries included. */
  plugin: RequestPlugin
  /** Options for `@octokit/plugin-throttling`. */
  throttle: ThrottlingOptions
}

type Headers = Record<string, string | number | undefined>

/** Parses `2024-06-01 12:00:00 UTC` (or with a `-0700` offset) into a Date. */
export function parseTokenExpiration(value: string): Date | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim())
  if (!m) return undefined
  const zone = !m[3] || m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
  const d = new Date(`${m[1]}T${m[2]}${zone}`)
  return Number.isNaN(d.getTime()) ? undefined : d
}

/** Builds the rate-limit layer; see the module comment. */
export function rateLimit(options: RateLimitOptions): RateLimit {
  const { stats, log } = options
  const lastUsed = new Map<string, { used: number; reset: string }>()
  // retry-after of the last rate-limited attempt, keyed by the request's options object
  // (shared by every hook layer), so the throttling handler can honour it.
  const retryAfterOf = new WeakMap<object, number>()
  let expiryReported = false

  const observe = (headers: Headers, status: number): void => {
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

  const plugin = requestPlugin(async (request, opts: HookOptions, octokit) => {
    const { name } = requestName(octokit, opts)
    stats.requests++
    try {
      const response = await request(opts)
      observe(response.headers as Headers, response.status)
      log.debug(`${name} → ${response.status}${isStreamed(opts) ? ' (streamed)' : ''}`)
      return response
    } catch (e) {
      if (!isRequestError(e)) throw e
      const headers = (e.response?.headers ?? {}) as Headers
      observe(headers, e.status)
      if (e.status !== 304) log.debug(`${name} → ${e.status}: ${e.message}`)
      const retryAfter = Number(headers['retry-after'])
      if ((e.status === 403 || e.status === 429) && Number.isFinite(retryAfter)) retryAfterOf.set(opts, retryAfter)
      throw e
    }
  })

  const onLimit =
    (kind: 'primary' | 'secondary') =>
    async (computed: number, opts: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
      const wait = retryAfterOf.get(opts) ?? computed
      const call = `${String(opts.method)} ${String(opts.url)}`
      if (retryCount >= options.retries) {
        log.warn(`${call} hit the ${kind} rate limit again; giving up after ${retryCount} retries`)
        return false
      }
      if (wait > options.maxWaitSeconds) {
        log.warn(
          `${call} hit the ${kind} rate limit; the ${wait} s wait exceeds ${options.maxWaitSeconds} s, giving up`
        )
        return false
      }
      log.warn(`${call} hit the ${kind} rate limit; waiting ${wait} s (retry ${retryCount + 1}/${options.retries})`)
      await options.sleep(wait * 1000)
      return true
    }

  // Groups of this client's own, so a chosen spacing applies to it alone.
  const spacing =
    options.writeIntervalMs === undefined
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeIntervalMs }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeIntervalMs })
        }
  return {
    plugin,
    throttle: {
      // The handler itself sleeps (so it can honour retry-after and the cap); the plugin adds nothing.
      retryAfterBaseValue: 0,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      ...spacing
    }
  }
}
