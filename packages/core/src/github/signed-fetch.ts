/**
 * GETs a pre-signed URL (a log or artifact location GitHub redirected to). The token never
 * goes there: the URL carries its own signature. 5xx and network failures are retried like
 * API calls; a 4xx is final. A URL that does not answer within `timeoutMs` is given up, not
 * retried; once the headers are in, the body is the reader's (aborted through `signal`).
 */
import { OperationalError } from '../errors.js'

export interface SignedFetchOptions {
  userAgent: string
  /** Retries after a 5xx or a network failure. */
  retries: number
  /** Backoff unit in ms: the n-th retry waits n² units. */
  retryBaseMs: number
  sleep: (ms: number) => Promise<void>
  log: { debug(m: string): void }
  redact: (s: string) => string
  /** Longest wait for the headers, in ms. */
  timeoutMs: number
  /** The runner's proxy-aware fetch when there is one. */
  fetch: typeof fetch
}

/**
 * `(url, call, signal) → Response` with a 2xx status; `call` names the operation in errors,
 * `signal` aborts the request and, later, its body.
 */
export type SignedFetch = (url: string, call: string, signal?: AbortSignal) => Promise<Response>

/** Builds the signed-URL fetch; see the module comment. */
export function createSignedFetch(options: SignedFetchOptions): SignedFetch {
  const { redact, log } = options
  return async (url, call, signal) => {
    const host = new URL(url).host
    const failed = (failure: string, retryable: boolean, cause?: unknown): OperationalError =>
      new OperationalError('github.api', redact(`${call} (GET ${host}) failed with ${failure}`), { retryable, cause })
    for (let attempt = 0; ; attempt++) {
      let failure: string
      const timer = new AbortController()
      const timeout = setTimeout(() => timer.abort(), options.timeoutMs)
      try {
        const res = await options.fetch(url, {
          headers: { 'user-agent': options.userAgent },
          signal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal
        })
        log.debug(`GET ${host} (signed URL for ${call}) → ${res.status}`)
        if (res.ok) return res
        const text = await res.text().catch(() => '')
        failure = `${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`
        if (res.status < 500) throw failed(failure, false)
      } catch (e) {
        if (e instanceof OperationalError || signal?.aborted) throw e
        if (timer.signal.aborted)
          throw new OperationalError(
            'github.timeout',
            redact(
              `limit reached: ${call} (GET ${host}) had no answer within ${options.timeoutMs / 1000} s (request timeout); it was given up`
            ),
            { hint: 'the storage host did not answer; the next pass tries again', retryable: true, cause: e }
          )
        const cause = (e as { cause?: { message?: string } }).cause?.message
        failure = cause ?? (e as Error).message
        if (attempt >= options.retries)
          throw new OperationalError('github.network', redact(`${call}: could not read ${host}: ${failure}`), {
            retryable: true,
            cause: e
          })
      } finally {
        clearTimeout(timeout)
      }
      if (attempt >= options.retries) throw failed(failure, true)
      log.debug(`${call}: retrying the signed URL after ${failure}`)
      await options.sleep(options.retryBaseMs * (attempt + 1) ** 2)
    }
  }
}
