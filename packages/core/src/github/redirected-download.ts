/**
 * Download routes that answer 302 to a signed URL (job logs, artifact zips): the redirect is
 * followed here, so the token never reaches the storage host and the 302's rate-limit headers
 * are counted; the body is handed on as a stream, never buffered. Abandoning it aborts the
 * request, so a body that never ends or never comes holds no socket.
 */
import type { OctokitResponse } from '@octokit/types'
import { OperationalError } from '../errors.js'
import type { BodySource } from './body-reader.js'
import type { Call } from './call.js'
import type { GitHubClient } from './octokit.js'

/** Request options for a download route: no redirect followed, the body left unread, abortable. */
export function streamed(signal: AbortSignal) {
  return { redirect: 'manual', parseSuccessResponseBody: false, signal } as const
}

/**
 * Sends `request` (a download route asked with `request: streamed(signal)`; named `name` in
 * errors) and returns its body, following one redirect.
 */
export function openRedirected(
  client: GitHubClient,
  call: Call,
  name: string,
  request: (signal: AbortSignal) => Promise<OctokitResponse<unknown>>
): Promise<BodySource> {
  const controller = new AbortController()
  const abort = async (stream: ReadableStream<Uint8Array> | null | undefined): Promise<void> => {
    controller.abort()
    await stream?.cancel().catch(() => undefined)
  }
  return call(name, async () => {
    const api = await request(controller.signal)
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
      const res = await client.fetchSigned(location, name, controller.signal)
      return {
        body: res.body,
        length: Number(res.headers.get('content-length') ?? NaN),
        cancel: () => abort(res.body)
      }
    }
    return {
      body: stream,
      length: Number(api.headers['content-length'] ?? NaN),
      cancel: () => abort(stream)
    }
  })
}
