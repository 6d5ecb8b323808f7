/**
 * A git smart-HTTP server on 127.0.0.1 (port 0) over the real `git http-backend` (CGI), that
 * asks for `Authorization: basic base64(x-access-token:<token>)` as github.com does for HTTPS
 * pushes. It records the Authorization header of every request, so tests can prove which
 * credential a push sent.
 */
import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface GitHttpServer {
  origin: string
  /** URL of repository `name` (a bare repository directly under `root`). */
  url(name: string): string
  /** Authorization headers seen, in order ('' when a request had none). */
  authorizations: string[]
  close(): Promise<void>
}

export async function startGitHttpServer(root: string, token: string): Promise<GitHttpServer> {
  const expected = `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
  const authorizations: string[] = []
  const server: Server = createServer((req, res) => {
    const auth = req.headers.authorization ?? ''
    authorizations.push(auth)
    if (auth.toLowerCase() !== expected.toLowerCase()) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="GitHub"', 'Content-Type': 'text/plain' })
      res.end('Invalid username or token.\n')
      return
    }
    const url = new URL(req.url ?? '/', 'http://x')
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env['PATH'],
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        GIT_CONFIG_NOSYSTEM: '1',
        HOME: root,
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
        GIT_HTTP_RECEIVE_PACK: 'true'
      },
      stdio: ['pipe', 'pipe', 'inherit']
    })
    req.pipe(cgi.stdin)
    let head = Buffer.alloc(0)
    let sentHead = false
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (sentHead) return void res.write(chunk)
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return
      let status = 200
      const headers: Record<string, string> = {}
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const i = line.indexOf(':')
        const name = line.slice(0, i).trim()
        const value = line.slice(i + 1).trim()
        if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0])
        else headers[name] = value
      }
      res.writeHead(status, headers)
      sentHead = true
      res.write(head.subarray(end + 4))
    })
    cgi.on('close', () => res.end())
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    url: (name) => `${origin}/${name}`,
    authorizations,
    close: () => new Promise((r) => server.close(() => r()))
  }
}
