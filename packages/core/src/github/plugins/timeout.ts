/**
 * A time limit on every request: an API that accepts the connection and never answers is
 * given up after `ms` instead of the socket's default of minutes, with a message naming the
 * request. Each attempt has its own limit and a timed-out attempt is not retried (an answer
 * that never came is unlikely to come on the next try). For a streamed download the limit
 * covers the wait for the headers; the body has its own limits (`readBody`).
 */
import { OperationalError } from '../../errors.js'
import { isStreamed, requestName, requestPlugin, type RequestPlugin } from './hook.js'

/** The timeout layer; `ms` per attempt. */
export function requestTimeout(ms: number): RequestPlugin {
  return requestPlugin(async (request, opts, octokit) => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), ms)
    // Set on the options object itself: every layer (the token's among them) reads that one.
    const options = opts.request as { signal?: AbortSignal }
    const outer = options.signal
    options.signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal
    try {
      return await request(opts)
    } catch (e) {
      if (!controller.signal.aborted) throw e
      const { name } = requestName(octokit, opts)
      throw new OperationalError(
        'github.timeout',
        `limit reached: ${name} had no answer within ${ms / 1000} s (request timeout); it was given up`,
        {
          hint: isStreamed(opts)
            ? 'the download did not start; the next pass tries again'
            : 'GitHub or the network did not answer; the next pass tries again',
          retryable: true,
          cause: e
        }
      )
    } finally {
      clearTimeout(timer)
      if (outer) options.signal = outer
      else delete options.signal
    }
  })
}
