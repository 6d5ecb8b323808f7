/**
 * Real receivers on 127.0.0.1 for the alert channels: an HTTP endpoint (Slack webhook,
 * generic webhook, a Twilio-like SMS API) and an SMTP server (`smtp-server`).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface Received {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

export interface Receiver {
  url: string
  received: Received[]
  /** Status the next requests get (default 200); tests flip it to make a channel fail. */
  status: number
  reply: string
  close(): Promise<void>
}

export interface ReceiverOptions {
  /** The status every request is answered with (default 200). */
  status?: number
  /** The body every request is answered with (default `ok`); JSON when it starts with `{`. */
  reply?: string
}

/** An HTTP receiver that records every request and answers `status` with `reply`. */
export async function httpReceiver({ status = 200, reply = 'ok' }: ReceiverOptions = {}): Promise<Receiver> {
  const r = { received: [] as Received[], status, reply } as Receiver
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    r.received.push({
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8')
    })
    res.writeHead(r.status, { 'content-type': r.reply.startsWith('{') ? 'application/json' : 'text/plain' })
    res.end(r.reply)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  r.close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return r
}

export interface Mail {
  from: string
  to: string[]
  user?: string
  raw: string
}

/**
 * A plain SMTP server accepting one user: no STARTTLS offered, so the email channel
 * (requireTLS off) sends in clear, as to a relay on a private network.
 */
export async function smtpReceiver(
  user: string,
  password: string
): Promise<{ port: number; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = []
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === user && auth.password === password) cb(null, { user: auth.username })
      else cb(new Error('Invalid username or password'))
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === 'string' ? session.user : undefined,
          raw: Buffer.concat(chunks).toString('utf8')
        })
        cb()
      })
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.server.address() as AddressInfo).port
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
