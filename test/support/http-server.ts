/**
 * A small HTTP server on 127.0.0.1 (port 0) that the GitHub stand-ins register routes on.
 * It records every request and can inject faults (status codes with headers, connection
 * resets, truncated or malformed bodies) in front of any route, and hostile behaviours: a list
 * that always offers a next page, a body that trickles forever, a server that never answers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface RequestCtx {
  method: string
  url: URL
  params: Record<string, string>
  headers: IncomingMessage['headers']
  body: Buffer
  /** The body parsed as JSON; throws on malformed JSON. */
  json<T = unknown>(): T
  /** Origin of this server, e.g. `http://127.0.0.1:41234`. */
  origin: string
}

export interface Reply {
  status: number
  headers?: Record<string, string | number>
  /** An object is sent as JSON with `content-type: application/json`. */
  body?: string | Buffer | object
}

/** A handler answers, or returns undefined to leave the request to the next route that matches. */
export type Handler = (ctx: RequestCtx) => Reply | undefined | Promise<Reply | undefined>

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string | number>; body?: string | object }
  | { kind: 'reset' }
  /** Serve the real reply but cut its body after `bytes` bytes (Content-Length stays the full size). */
  | { kind: 'truncate'; bytes: number }
  /** Serve `body` verbatim with status 200 and a JSON content type. */
  | { kind: 'malformed'; body: string }
  /** Serve the real reply with a `Link: rel="next"` to the following page, whatever page it is. */
  | { kind: 'endless-pages' }
  /** Answer 200 (text, no length) with `head`, then `chunk` every `intervalMs` for as long as the client reads. */
  | { kind: 'trickle'; head?: string; chunk: string; intervalMs: number }
  /** Accept the request and never answer (the socket stays open until the client or `stop` closes it). */
  | { kind: 'silent' }

export interface FaultRule {
  method?: string
  path: RegExp
  /** How many matching requests the fault applies to (default 1). */
  times?: number
  fault: Fault
}

export interface RecordedRequest {
  method: string
  path: string
  headers: IncomingMessage['headers']
  status: number
}

interface Route {
  method: string
  regex: RegExp
  names: string[]
  handler: Handler
}

function compile(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = []
  const source = template
    .split('/')
    .map((seg) => {
      // `:name+` takes the rest of the path, slashes included (git refs, file paths).
      if (seg.startsWith(':') && seg.endsWith('+')) {
        names.push(seg.slice(1, -1))
        return '(.+)'
      }
      if (seg.startsWith(':')) {
        names.push(seg.slice(1))
        return '([^/]+)'
      }
      return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return { regex: new RegExp(`^${source}$`), names }
}

export class StandinServer {
  private readonly routes: Route[] = []
  private readonly faults: Array<FaultRule & { left: number }> = []
  private readonly sockets = new Set<Socket>()
  private server?: Server
  /** Every request served, in order. */
  readonly requests: RecordedRequest[] = []
  /** Called as each request arrives, before its body is read (benchmarks time cold starts by it). */
  onRequest?: (method: string, path: string) => void
  origin = ''

  /** Registers a handler for `METHOD /path/:param/...` (exact match after params; `:rest+` spans slashes). */
  route(method: string, template: string, handler: Handler): this {
    const { regex, names } = compile(template)
    this.routes.push({ method: method.toUpperCase(), regex, names, handler })
    return this
  }

  /** Queues a fault in front of matching requests. */
  injectFault(rule: FaultRule): this {
    this.faults.push({ ...rule, left: rule.times ?? 1 })
    return this
  }

  clearFaults(): void {
    this.faults.length = 0
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.dispatch(req, res)
    })
    this.server.on('connection', (s) => {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.origin = `http://127.0.0.1:${port}`
    return this.origin
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const i = this.faults.findIndex(
      (f) => f.left > 0 && (!f.method || f.method.toUpperCase() === method) && f.path.test(path)
    )
    if (i < 0) return undefined
    const rule = this.faults[i]!
    rule.left -= 1
    if (rule.left === 0) this.faults.splice(i, 1)
    return rule.fault
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.onRequest?.(req.method ?? 'GET', req.url ?? '/')
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const body = Buffer.concat(chunks)
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', this.origin)
    const record = (status: number) =>
      this.requests.push({ method, path: url.pathname + url.search, headers: req.headers, status })

    const fault = this.takeFault(method, url.pathname)
    if (fault?.kind === 'reset') {
      record(0)
      req.socket.destroy()
      return
    }
    if (fault?.kind === 'status') {
      record(fault.status)
      send(res, {
        status: fault.status,
        headers: fault.headers,
        body: fault.body ?? { message: `injected ${fault.status}` }
      })
      return
    }
    if (fault?.kind === 'silent') {
      record(0)
      return
    }
    if (fault?.kind === 'trickle') {
      record(200)
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
      res.write(fault.head ?? '')
      const timer = setInterval(() => res.write(fault.chunk), fault.intervalMs)
      res.on('close', () => clearInterval(timer))
      return
    }
    if (fault?.kind === 'malformed') {
      record(200)
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      res.end(fault.body)
      return
    }

    let answered: Reply | undefined
    for (const route of this.routes.filter((r) => r.method === method && r.regex.test(url.pathname))) {
      const m = route.regex.exec(url.pathname)!
      const params: Record<string, string> = {}
      route.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)))
      const ctx: RequestCtx = {
        method,
        url,
        params,
        headers: req.headers,
        body,
        json: <T>() => JSON.parse(body.toString('utf8')) as T,
        origin: this.origin
      }
      try {
        answered = await route.handler(ctx)
      } catch (e) {
        answered = { status: 500, body: { message: `stand-in error: ${(e as Error).message}` } }
      }
      if (answered) break
    }
    const reply: Reply = answered ?? {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
    }
    if (fault?.kind === 'endless-pages') {
      const next = new URL(url)
      next.searchParams.set('page', String(Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1) + 1))
      reply.headers = { ...reply.headers, link: `<${next.toString()}>; rel="next"` }
    }
    record(reply.status)
    if (fault?.kind === 'truncate') {
      const payload = encode(reply.body)
      res.writeHead(reply.status, { ...contentType(reply.body), ...reply.headers, 'content-length': payload.length })
      res.flushHeaders()
      // Destroy only once the partial body has reached the socket, or the client sees nothing at all.
      res.write(payload.subarray(0, fault.bytes), () => setImmediate(() => req.socket.destroy()))
      return
    }
    send(res, reply)
  }
}

function encode(body: Reply['body']): Buffer {
  if (body === undefined) return Buffer.alloc(0)
  if (Buffer.isBuffer(body)) return body
  if (typeof body === 'string') return Buffer.from(body, 'utf8')
  return Buffer.from(JSON.stringify(body), 'utf8')
}

function contentType(body: Reply['body']): Record<string, string> {
  if (body === undefined || Buffer.isBuffer(body) || typeof body === 'string') return {}
  return { 'content-type': 'application/json; charset=utf-8' }
}

function send(res: ServerResponse, reply: Reply): void {
  const payload = encode(reply.body)
  res.writeHead(reply.status, { ...contentType(reply.body), ...reply.headers, 'content-length': payload.length })
  res.end(payload)
}
