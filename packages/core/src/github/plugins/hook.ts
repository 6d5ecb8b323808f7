/**
 * What the client's plugins share: the shape of Octokit's `request` hook and a short name for
 * a request in log lines (method and path, never the host or the token).
 */
import type { Octokit } from '@octokit/core'
import type { EndpointDefaults, OctokitResponse } from '@octokit/types'

/** The options every `request` hook sees (after `endpoint.merge`). */
export type HookOptions = Required<EndpointDefaults>

/** The next layer of the `request` hook. */
export type RequestFn = (options: HookOptions) => Promise<OctokitResponse<unknown>>

/** An Octokit plugin that only wraps `request` (it adds no methods). */
export type RequestPlugin = (octokit: Octokit) => Record<string, never>

/** Wraps the `request` hook of every Octokit the plugin is given to. */
export function requestPlugin(
  wrap: (request: RequestFn, options: HookOptions, octokit: Octokit) => Promise<OctokitResponse<unknown>>
): RequestPlugin {
  return (octokit) => {
    octokit.hook.wrap('request', (request, options) => wrap(request as RequestFn, options, octokit))
    return {}
  }
}

/** `GET /repos/o/r/actions/runs?page=2`: the request as a log line names it. */
export function requestName(octokit: Octokit, options: HookOptions): { method: string; url: string; name: string } {
  const { method, url } = octokit.request.endpoint.parse(options)
  return { method, url, name: `${method} ${url.replace(/^[a-z]+:\/\/[^/]+/i, '')}` }
}

/** True when the caller asked for the raw body stream (downloads): nothing may read or cache it. */
export function isStreamed(options: HookOptions): boolean {
  return options.request?.parseSuccessResponseBody === false
}
