/**
 * Conditional requests: a GET answered 200 with an ETag is remembered, and asked again with
 * `If-None-Match`; GitHub's 304 costs no rate limit and is served from the copy. Streamed
 * downloads are never cached.
 */
import type { OctokitResponse } from '@octokit/types'
import { isRequestError } from '../errors.js'
import { isStreamed, requestName, requestPlugin, type RequestPlugin } from './hook.js'
import type { RequestStats } from './rate-limit.js'

export interface EtagCacheOptions {
  /** Responses kept (least recently used go first). */
  size: number
  stats: Pick<RequestStats, 'notModified'>
  log: { debug(m: string): void }
}

interface Cached {
  etag: string
  response: OctokitResponse<unknown>
}

/** The ETag layer; see the module comment. */
export function etagCache(options: EtagCacheOptions): RequestPlugin {
  const cache = new Map<string, Cached>()
  const remember = (key: string, value: Cached): void => {
    cache.delete(key)
    cache.set(key, value)
    if (cache.size > options.size) cache.delete(cache.keys().next().value as string)
  }

  return requestPlugin(async (request, opts, octokit) => {
    const { method, url, name } = requestName(octokit, opts)
    const cacheable = method === 'GET' && !isStreamed(opts)
    const key = `${method} ${url}`
    const cached = cacheable ? cache.get(key) : undefined
    const ownHeader = Object.keys(opts.headers).some((h) => h.toLowerCase() === 'if-none-match')
    if (cached && (!ownHeader || opts.headers['if-none-match'] === cached.etag))
      opts.headers['if-none-match'] = cached.etag
    try {
      const response = await request(opts)
      const etag = response.headers.etag
      // A copy: callers (paginate, for one) mutate the response they get.
      if (cacheable && typeof etag === 'string' && response.status === 200)
        remember(key, { etag, response: structuredClone(response) })
      return response
    } catch (e) {
      if (!(cached && isRequestError(e) && e.status === 304)) throw e
      options.stats.notModified++
      options.log.debug(`${name} → 304 (not modified)`)
      const copy = structuredClone(cached.response)
      return { ...copy, headers: { ...copy.headers, ...fresh(e.response?.headers), etag: cached.etag } }
    }
  })
}

/** The 304's own headers (rate limit, dates) over the cached ones; its length is not the body's. */
function fresh(h: Record<string, string | number | undefined> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(h ?? {})) if (v !== undefined && k !== 'content-length') out[k] = String(v)
  return out
}
