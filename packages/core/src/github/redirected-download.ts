/**
 * Download routes that answer 302 to a signed URL (job logs, artifact zips): the redirect is
 * followed here, so the token never reaches the storage host and the 302's rate-limit headers
 * are counted; the body is handed on as a stream, never buffered.
 */
import type { OctokitResponse } from '@octokit/types'
import { OperationalError } from '../errors.js'
import type { BodySource } from './body-reader.js'
import type { Call } from './call.js'
import type { GitHubClient } from './octokit.js'

/** Request options for a download route: no redirect followed, the body left unread. */
export const STREAMED = { redirect: 'manual', parseSuccessResponseBody: false } as const

/**
 * Sends `request` (a download route asked with `request: STREAMED`; named `name` in errors)
 * and returns its body, following one redirect.
 */
export function openRedirected(
  client: GitHubClient,
  call: Call,
  name: string,
  request: () => Promise<OctokitResponse<unknown>>
): Promise<BodySource> {
  return call(name, async () => {
    const api = await request()
    // With `parseSuccessResponseBody: false` Octokit hands over the fetch body stream as `data`.
    const stream = api.data as unknown as ReadableStream<Uint8Array> | null
    const status: number = api.status
    if (status >= 300 && status < 400) {
      await stream?.cancel().catch(() => undefined)
      const location = api.headers.location
      if (!location)
        throw new OperationalError('github.api', `${name}: GitHub answered ${status} without a Location`, {
          retryable: true
        })
      const res = await client.fetchSigned(location, name)
      return {
        body: res.body,
        length: Number(res.headers.get('content-length') ?? NaN),
        cancel: async () => void (await res.body?.cancel().catch(() => undefined))
      }
    }
    return {
      body: stream,
      length: Number(api.headers['content-length'] ?? NaN),
      cancel: async () => void (await stream?.cancel().catch(() => undefined))
    }
  })
}
