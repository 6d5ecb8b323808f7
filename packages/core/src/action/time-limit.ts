/**
 * An overall time limit on work done by a client that offers no way to cancel it:
 * `@actions/artifact`'s download gives up only after 30 s of silence, so a blob that trickles a
 * byte at a time holds it for as long as it trickles, and it retries a failed download four
 * times, five seconds apart. Here the HTTP requests the work starts (seen on Node's
 * `http.client.request.start` diagnostics channel) are recorded; when the limit is reached they
 * are destroyed, and until the work settles any request it starts again to the URL of one that
 * was still unanswered (its own retries) is destroyed as it starts. Requests already answered in
 * full (a listing, a signed URL) are left alone: the next piece of work may ask the same URL. The caller hears of the limit at once; what is still
 * unwinding is counted by `unwinding()`, so an action does not wait for it before it exits.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { ClientRequest } from 'node:http'

const REQUEST_START = 'http.client.request.start'

/** The work passed its time limit: it was cut off. */
export class TimeLimitReached extends Error {
  constructor(readonly ms: number) {
    super(`still running after ${ms / 1000} s`)
    this.name = 'TimeLimitReached'
  }
}

let pending = 0

/** Cut-off work that has not settled yet (its retries still failing one by one). */
export function unwinding(): number {
  return pending
}

/** Protocol, host and path of a request, without the query (a signed URL's signature). */
function urlOf(req: ClientRequest): string {
  return `${req.protocol}//${req.host}${req.path.split('?')[0]}`
}

/**
 * Runs `work` for at most `ms`; past it, rejects with TimeLimitReached and cuts the HTTP
 * requests the work started (see the module comment). One piece of work at a time: requests
 * started by other code during the window would be cut too.
 */
export async function withinTime<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const started: ClientRequest[] = []
  const cutUrls = new Set<string>()
  let cut: TimeLimitReached | undefined
  const onStart = (message: unknown): void => {
    const req = (message as { request?: ClientRequest }).request
    if (!req) return
    if (!cut) {
      started.push(req)
      // Read in full: done with, never cut.
      req.once('response', (res) =>
        res.once('end', () => {
          const at = started.indexOf(req)
          if (at >= 0) started.splice(at, 1)
        })
      )
    } else if (cutUrls.has(urlOf(req))) req.destroy(cut)
  }
  subscribe(REQUEST_START, onStart)
  const done = (): void => void unsubscribe(REQUEST_START, onStart)

  let timer: NodeJS.Timeout | undefined
  const running = Promise.resolve().then(work)
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      cut = new TimeLimitReached(ms)
      for (const req of started) {
        cutUrls.add(urlOf(req))
        if (!req.destroyed) req.destroy(cut)
      }
      reject(cut)
    }, ms)
  })
  try {
    return await Promise.race([running, limit])
  } finally {
    clearTimeout(timer)
    if (!cut) done()
    else {
      pending += 1
      const settle = (): void => {
        pending -= 1
        done()
      }
      running.then(settle, settle)
    }
  }
}
