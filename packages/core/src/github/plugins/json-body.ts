/**
 * A JSON answer that does not parse reaches Octokit as a string; it is refused here, naming
 * the call, before any layer caches or returns it.
 */
import { OperationalError } from '../../errors.js'
import { isStreamed, requestName, requestPlugin, type RequestPlugin } from './hook.js'

/** The malformed-JSON check; `redact` scrubs the excerpt it quotes. */
export function jsonBodyCheck(redact: (s: string) => string): RequestPlugin {
  return requestPlugin(async (request, opts, octokit) => {
    const response = await request(opts)
    const type = String(response.headers['content-type'] ?? '')
    if (!isStreamed(opts) && /json/i.test(type) && typeof response.data === 'string') {
      const { name } = requestName(octokit, opts)
      const excerpt = response.data.slice(0, 40).replace(/\s+/g, ' ')
      throw new OperationalError(
        'github.malformed-response',
        redact(
          `${name} answered ${response.status} with a body that is not valid JSON (${response.data.length} bytes${excerpt ? `, starting "${excerpt}"` : ''})`
        ),
        { hint: 'the response was cut or corrupted on the way; the next poll reads it again', retryable: true }
      )
    }
    return response
  })
}
