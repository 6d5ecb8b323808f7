import { createServer, get, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { TimeLimitReached, unwinding, withinTime } from '../../../packages/core/src/action/time-limit.js'

/** A server whose /quick answers at once and whose /slow sends its head and then nothing. */
let server: Server
let base = ''
const hits: string[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '')
    if (req.url === '/quick') res.end('listing')
    else res.writeHead(200).write('P')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

function fetchText(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = get(`${base}${path}`, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve(body))
      res.on('close', () => res.complete || reject(new Error(`${path} cut off`)))
    })
    req.on('error', reject)
  })
}

describe('withinTime', () => {
  test('cuts the unanswered request at the limit and its retries, but not another request to a URL that was answered in full', async () => {
    hits.length = 0
    let retry: Promise<string> | undefined
    const work = async () => {
      await fetchText('/quick')
      try {
        return await fetchText('/slow')
      } catch {
        // The client's own retry of the cut download after a pause, as @actions/artifact does.
        await new Promise((resolve) => setTimeout(resolve, 300))
        retry = fetchText('/slow')
        return await retry
      }
    }

    await expect(withinTime(100, work)).rejects.toBeInstanceOf(TimeLimitReached)
    expect(unwinding()).toBe(1)
    // While the cut work still unwinds, the next piece of work asks the listing URL the cut
    // work had asked: it is answered.
    await expect(withinTime(5_000, () => fetchText('/quick'))).resolves.toBe('listing')
    await vi.waitFor(() => expect(retry).toBeDefined())
    await expect(retry).rejects.toBeInstanceOf(TimeLimitReached)
    // (The retry is destroyed as it starts; the server may still see its request line.)
    expect(hits.slice(0, 3)).toEqual(['/quick', '/slow', '/quick'])
    expect(unwinding()).toBe(0)
  })

  test('work done within the limit is returned as is', async () => {
    await expect(withinTime(5_000, () => fetchText('/quick'))).resolves.toBe('listing')
  })
})
