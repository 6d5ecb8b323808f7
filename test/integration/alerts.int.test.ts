import { createHmac } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { dispatchAlerts } from '../../packages/core/src/alerts/dispatch.js'
import { emailChannel } from '../../packages/core/src/alerts/email.js'
import { DEFAULT_MATRIX, buildMatrix } from '../../packages/core/src/alerts/escalation.js'
import { githubIssueChannel } from '../../packages/core/src/alerts/github-issue.js'
import {
  incidentKey,
  trackIncidents,
  withIssueNumbers,
  type IncidentFinding
} from '../../packages/core/src/alerts/incidents.js'
import { slackChannel, type SlackMessage } from '../../packages/core/src/alerts/slack.js'
import { pullBody } from '../../packages/core/src/autofix/delivery/pr-body.js'
import type { FixAttempt } from '../../packages/core/src/autofix/types.js'
import { SMS_MAX_CHARS, smsChannel } from '../../packages/core/src/alerts/sms.js'
import type { Alert, Channel } from '../../packages/core/src/alerts/types.js'
import { verifyWebhookSignature, webhookChannel } from '../../packages/core/src/alerts/webhook.js'
import { consoleChannel } from '../../packages/core/src/alerts/console.js'
import type { MonitorOutcome } from '../../packages/core/src/monitor/engine.js'
import { outcomeJson, outcomeMarkdown } from '../../packages/core/src/monitor/report.js'
import type { Incident } from '../../packages/core/src/capsule/types.js'
import { HeeError } from '../../packages/core/src/errors.js'
import { createGitHubClient, createGitHubWriter, type GitHubWriter } from '../../packages/core/src/github/index.js'
import { FakeRepo, registerActionsApi } from '../support/github-api.js'
import { StandinServer } from '../support/http-server.js'
import { httpReceiver, smtpReceiver, type Receiver } from '../support/receivers.js'
import { EXCERPT_WITH_EVERY_SECRET, SECRET_EXAMPLES } from '../support/secret-examples.js'

const SLACK_PATH = '/services/T0HEE0000/B0HEE0000/slackPathSecret0123456789'
const WEBHOOK_SECRET = 'whsec-0123456789-webhook-hmac-key'
const SMTP_USER = 'hee-bot'
const SMTP_PASS = 'smtp-Pa55word-never-shown'
const TWILIO_SID = 'AC0123456789abcdef0123456789abcdef'
const TWILIO_TOKEN = 'twilio-auth-token-0123456789abcdef'
const GITHUB_TOKEN = 'ghs_alertsChannelTokenNeverLeaks0123456789'
const SECRETS = [SLACK_PATH, WEBHOOK_SECRET, SMTP_PASS, TWILIO_TOKEN, GITHUB_TOKEN]

// ---------- receivers ----------

/** A port nothing listens on, for "connection refused". */
async function closedPort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))
  const { port } = s.address() as AddressInfo
  await new Promise<void>((resolve) => s.close(() => resolve()))
  return port
}

/** Enough MIME decoding for assertions: unfolded headers, encoded words, quoted-printable. */
function decodeMime(raw: string): string {
  const qp = (s: string) => {
    const bytes: number[] = []
    for (let i = 0; i < s.length; i++) {
      const m = /^=([0-9A-Fa-f]{2})/.exec(s.slice(i, i + 3))
      if (m) {
        bytes.push(parseInt(m[1]!, 16))
        i += 2
      } else bytes.push(...Buffer.from(s[i]!, 'utf8'))
    }
    return Buffer.from(bytes).toString('utf8')
  }
  return raw
    .replace(/\r\n[ \t]+/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : qp(data.replace(/_/g, ' '))
    )
    .replace(/=\r?\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/g, (m) => qp(m))
}

// ---------- the alert under test ----------

const finding: IncidentFinding = {
  pattern: 'PAT-001',
  name: 'Compilation failure',
  severity: 'critical',
  line: 231,
  step: 'Build',
  job: 'build',
  // Where the classifier located it: the file and line its evidence names.
  file: 'src/main.rs',
  fileLine: 42,
  // A log that leaks every secret we hold, plus a workflow command.
  excerpt: [
    'src/main.rs:42:7: error[E0425]: cannot find value `cfg` in this scope',
    `curl http://127.0.0.1:1${SLACK_PATH} -u ${SMTP_USER}:${SMTP_PASS}`,
    `TWILIO=${TWILIO_TOKEN} HMAC=${WEBHOOK_SECRET} GH=${GITHUB_TOKEN}`,
    '::add-mask::nothing'
  ].join('\n')
}

/** The incidents and alerts of run `runId` failing `minutes` past 10:00, after `previous` incidents. */
function broke({
  previous = {},
  runId = 501,
  minutes = 0
}: { previous?: Record<string, Incident>; runId?: number; minutes?: number } = {}) {
  return trackIncidents({
    previous,
    repository: 'acme/app',
    workflow: 'CI',
    runId,
    runUrl: `https://github.com/acme/app/actions/runs/${runId}`,
    conclusion: 'failure',
    findings: [finding],
    now: new Date(Date.UTC(2025, 2, 1, 10, minutes)),
    matrix: DEFAULT_MATRIX
  })
}

const alert: Alert = broke().alerts[0]!

function expectNoSecret(text: string): void {
  for (const s of SECRETS) expect(text).not.toContain(s)
  expect(text).not.toContain('slackPathSecret')
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (e) {
    return e as Error
  }
  throw new Error('expected a rejection')
}

// ---------- tests ----------

describe('slack channel', () => {
  let r: Receiver
  beforeAll(async () => {
    r = await httpReceiver()
  })
  afterAll(() => r.close())
  afterEach(() => {
    r.received.length = 0
    r.status = 200
    r.reply = 'ok'
  })

  it('posts a Block Kit message with header, fields, context and a run button', async () => {
    await slackChannel({ webhookUrl: `${r.url}${SLACK_PATH}`, knownSecrets: SECRETS }).send(alert)
    expect(r.received).toHaveLength(1)
    const req = r.received[0]!
    expect(req.method).toBe('POST')
    expect(req.url).toBe(SLACK_PATH)
    expect(req.headers['content-type']).toContain('application/json')
    const payload = JSON.parse(req.body) as { text: string; blocks: Array<Record<string, any>> }
    expect(payload.text).toBe('[HEE CI] critical: CI broke: Compilation failure')
    expect(payload.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'context', 'actions'])
    expect(payload.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: ':red_circle: CI broke: Compilation failure', emoji: true }
    })
    const fields = payload.blocks[2]!.fields as Array<{ type: string; text: string }>
    expect(fields.map((f) => f.text.split('\n')[0])).toEqual([
      '*Severity*',
      '*Workflow*',
      '*Pattern*',
      '*Where*',
      '*Since*',
      '*Repository*'
    ])
    expect(fields[3]!.text).toBe('*Where*\njob build › step Build › src/main.rs:42')
    expect(payload.blocks[5]!.elements[0]).toMatchObject({
      type: 'button',
      url: 'https://github.com/acme/app/actions/runs/501'
    })
    expect(payload.blocks[4]!.elements[0].text).toMatch(/^\*Next:\* Fix the compile error/)
    expectNoSecret(req.body)
  })

  it('reports a 500 without the webhook URL', async () => {
    r.status = 500
    r.reply = 'internal_error'
    const err = await rejection(slackChannel({ webhookUrl: `${r.url}${SLACK_PATH}` }).send(alert))
    expect(err).toBeInstanceOf(HeeError)
    expect(err.message).toContain('statusCode = 500')
    expect(err.message).toContain('internal_error')
    expectNoSecret(err.message)
  })
})

describe('webhook channel', () => {
  let r: Receiver
  beforeAll(async () => {
    r = await httpReceiver()
  })
  afterAll(() => r.close())

  it('posts the alert as JSON with a verifiable HMAC signature', async () => {
    await webhookChannel({ url: `${r.url}/hooks/hee`, secret: WEBHOOK_SECRET, knownSecrets: SECRETS }).send(alert)
    const req = r.received.at(-1)!
    expect(req.url).toBe('/hooks/hee')
    expect(req.headers['x-hee-event']).toBe('alert.broke')
    expect(req.headers['x-hee-delivery']).toMatch(/^[0-9a-f-]{36}$/)
    const sig = req.headers['x-hee-signature-256'] as string
    expect(sig).toBe(`sha256=${createHmac('sha256', WEBHOOK_SECRET).update(req.body).digest('hex')}`)
    expect(verifyWebhookSignature(WEBHOOK_SECRET, req.body, sig)).toBe(true)
    expect(verifyWebhookSignature('wrong', req.body, sig)).toBe(false)
    expect(verifyWebhookSignature(WEBHOOK_SECRET, `${req.body} `, sig)).toBe(false)
    const body = JSON.parse(req.body) as Alert
    expect(body).toMatchObject({ kind: 'broke', severity: 'critical', workflow: 'CI', pattern: 'PAT-001', runId: 501 })
    expect(body.evidence?.excerpt).toContain('cannot find value')
    expectNoSecret(req.body)
  })

  it('reports connection refused', async () => {
    const port = await closedPort()
    const err = await rejection(
      webhookChannel({ url: `http://127.0.0.1:${port}/x`, secret: WEBHOOK_SECRET }).send(alert)
    )
    expect(err.message).toMatch(/Webhook delivery .* failed: .*ECONNREFUSED/)
    expectNoSecret(err.message)
  })
})

describe('email channel', () => {
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>
  beforeAll(async () => {
    smtp = await smtpReceiver(SMTP_USER, SMTP_PASS)
  })
  afterAll(() => smtp.close())

  it('sends a text and HTML mail with the agreed subject, authenticated, without secrets', async () => {
    const channel = emailChannel({
      host: '127.0.0.1',
      port: smtp.port,
      user: SMTP_USER,
      password: SMTP_PASS,
      from: 'hee-ci@acme.test',
      to: ['oncall@acme.test', 'lead@acme.test'],
      knownSecrets: SECRETS
    })
    await channel.send(alert)
    expect(smtp.mails).toHaveLength(1)
    const mail = smtp.mails[0]!
    expect(mail.user).toBe(SMTP_USER)
    expect(mail.from).toBe('hee-ci@acme.test')
    expect(mail.to).toEqual(['oncall@acme.test', 'lead@acme.test'])
    const text = decodeMime(mail.raw)
    expect(text).toContain('Subject: [HEE CI] critical broke: CI — Compilation failure')
    expect(text).toContain('text/plain')
    expect(text).toContain('text/html')
    expect(text).toContain('Where: job build › step Build › src/main.rs:42')
    expect(text).toContain('<h2>CI broke: Compilation failure</h2>')
    expect(text).toContain('Next:  Fix the compile error')
    expectNoSecret(text)
    expectNoSecret(mail.raw)
  })

  it('reports a wrong password without echoing it', async () => {
    const wrong = 'wrong-Pa55-value'
    const err = await rejection(
      emailChannel({
        host: '127.0.0.1',
        port: smtp.port,
        user: SMTP_USER,
        password: wrong,
        from: 'a@acme.test',
        to: 'b@acme.test'
      }).send(alert)
    )
    expect(err.message).toMatch(/Email via 127\.0\.0\.1 failed: .*(535|Invalid)/)
    expect(err.message).not.toContain(wrong)
  })

  it('reports connection refused', async () => {
    const port = await closedPort()
    const err = await rejection(
      emailChannel({ host: '127.0.0.1', port, from: 'a@acme.test', to: 'b@acme.test', password: SMTP_PASS }).send(alert)
    )
    expect(err.message).toContain('ECONNREFUSED')
  })
})

describe('sms channel', () => {
  let r: Receiver
  beforeAll(async () => {
    r = await httpReceiver()
  })
  afterAll(() => r.close())
  afterEach(() => {
    r.received.length = 0
    r.status = 200
    r.reply = 'ok'
  })

  it('posts Twilio form fields with basic auth, one message per number, ≤ 320 chars', async () => {
    r.status = 201
    r.reply = JSON.stringify({ sid: 'SM123', status: 'queued' })
    await smsChannel({
      accountSid: TWILIO_SID,
      authToken: TWILIO_TOKEN,
      from: '+15550001111',
      to: ['+15550002222', '+15550003333'],
      baseUrl: r.url,
      knownSecrets: SECRETS
    }).send(alert)
    expect(r.received).toHaveLength(2)
    for (const [i, req] of r.received.entries()) {
      expect(req.method).toBe('POST')
      expect(req.url).toBe(`/2010-04-01/Accounts/${TWILIO_SID}/Messages.json`)
      expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded')
      const auth = req.headers.authorization!
      expect(Buffer.from(auth.replace(/^Basic /, ''), 'base64').toString()).toBe(`${TWILIO_SID}:${TWILIO_TOKEN}`)
      const form = new URLSearchParams(req.body)
      expect(form.get('To')).toBe(['+15550002222', '+15550003333'][i])
      expect(form.get('From')).toBe('+15550001111')
      const body = form.get('Body')!
      expect(body.length).toBeLessThanOrEqual(SMS_MAX_CHARS)
      expect(body).toMatch(/^\[HEE CI\] CRITICAL: CI broke: Compilation failure at src\/main\.rs:42\./)
      expect(body).toContain('https://github.com/acme/app/actions/runs/501')
      expectNoSecret(body)
    }
  })

  it('keeps a long alert within 320 chars and the run link whole', async () => {
    r.status = 201
    r.reply = '{}'
    const long = { ...alert, title: `${'very long title '.repeat(40)}😀` }
    await smsChannel({ accountSid: TWILIO_SID, authToken: TWILIO_TOKEN, from: '+1', to: '+2', baseUrl: r.url }).send(
      long
    )
    const body = new URLSearchParams(r.received[0]!.body).get('Body')!
    expect(body.length).toBeLessThanOrEqual(SMS_MAX_CHARS)
    expect(body.endsWith(' https://github.com/acme/app/actions/runs/501')).toBe(true)
  })

  it("reports Twilio's error without the auth token", async () => {
    r.status = 401
    r.reply = JSON.stringify({
      code: 20003,
      message: 'Authenticate',
      more_info: 'https://www.twilio.com/docs/errors/20003',
      status: 401
    })
    const err = await rejection(
      smsChannel({ accountSid: TWILIO_SID, authToken: TWILIO_TOKEN, from: '+1', to: '+2', baseUrl: r.url }).send(alert)
    )
    expect(err.message).toBe('SMS via ' + new URL(r.url).host + ' failed: HTTP 401: Authenticate (code 20003)')
    expectNoSecret(err.message)
  })
})

describe('github-issue channel', () => {
  let server: StandinServer
  let repo: FakeRepo
  let github: GitHubWriter
  beforeAll(async () => {
    server = new StandinServer()
    repo = new FakeRepo('acme/app')
    repo.token = GITHUB_TOKEN
    registerActionsApi(server, repo, { validate: true })
    await server.start()
    const client = createGitHubClient({ token: GITHUB_TOKEN, baseUrl: server.origin, retries: 0, writeIntervalMs: 0 })
    github = createGitHubWriter(client, 'acme/app')
  })
  afterAll(() => server.stop())

  it('opens one issue on broke, comments while still failing, comments and closes when fixed', async () => {
    const events: string[] = []
    const channel = githubIssueChannel({
      github,
      knownSecrets: SECRETS,
      onIssue: (k, n, s) => events.push(`${k}#${n}:${s}`)
    })
    const matrix = buildMatrix({ critical: { extraChannels: ['github-issue'] } })
    const key = incidentKey('CI', 'PAT-001')

    const r1 = broke({ runId: 601 })
    const d1 = await dispatchAlerts(r1.alerts, [channel], matrix)
    expect(d1).toMatchObject([{ channel: 'github-issue', ok: true }])
    const issue = repo.issues.find((i) => i.title === '[HEE CI] CI: Compilation failure')!
    expect(issue).toBeDefined()
    expect(issue.labels).toEqual(['hee-ci'])
    expect(issue.state).toBe('open')
    expect(issue.body).toContain('### 🔴 CI broke: Compilation failure')
    expectNoSecret(issue.body!)
    expect(channel.issues.get(key)).toBe(issue.number)
    const incidents = withIssueNumbers(r1.incidents, channel.issues)
    expect(incidents[key]!.issue_number).toBe(issue.number)

    // A fresh channel (next workflow run) relies on the stored issue number.
    const next = githubIssueChannel({ github, knownSecrets: SECRETS })
    const r2 = broke({ previous: incidents, runId: 602, minutes: 10 })
    expect(r2.alerts[0]).toMatchObject({ kind: 'still-failing', issueNumber: issue.number })
    expect((await dispatchAlerts(r2.alerts, [next], matrix))[0]!.ok).toBe(true)
    expect(issue.comments).toHaveLength(1)
    expect(issue.comments[0]!.body).toContain('still failing: Compilation failure (2 runs)')

    const r3 = trackIncidents({
      previous: r2.incidents,
      repository: 'acme/app',
      workflow: 'CI',
      runId: 603,
      conclusion: 'success',
      findings: [],
      now: new Date(Date.UTC(2025, 2, 1, 11)),
      matrix
    })
    expect((await dispatchAlerts(r3.alerts, [next], matrix))[0]!.ok).toBe(true)
    expect(issue.state).toBe('closed')
    expect(issue.comments).toHaveLength(2)
    expect(issue.comments[1]!.body).toContain('Closed by HEE CI')
    expect(repo.issues.filter((i) => i.title === issue.title)).toHaveLength(1)
    expect(events).toEqual([`${key}#${issue.number}:open`])
    for (const c of issue.comments) expectNoSecret(c.body)
  })

  it('reuses an open issue with the same label and title instead of opening another', async () => {
    repo.addIssue({ title: '[HEE CI] Nightly: Compilation failure', labels: ['other'] })
    const existing = repo.addIssue({ title: '[HEE CI] Nightly: Compilation failure', labels: ['hee-ci'] })
    repo.addIssue({ title: '[HEE CI] Nightly: Test failure', labels: ['hee-ci'] })
    const before = repo.issues.length
    const channel = githubIssueChannel({ github })
    await channel.send({ ...alert, workflow: 'Nightly' })
    expect(repo.issues.length).toBe(before)
    expect(existing.comments).toHaveLength(1)
    expect(channel.issues.get(incidentKey('Nightly', 'PAT-001'))).toBe(existing.number)
  })

  it('reports an API failure without the token', async () => {
    server.injectFault({
      method: 'GET',
      path: /\/issues$/,
      fault: { kind: 'status', status: 500, body: { message: `boom ${GITHUB_TOKEN}` } }
    })
    const err = await rejection(
      githubIssueChannel({ github, knownSecrets: [GITHUB_TOKEN] }).send({
        ...alert,
        workflow: 'Other'
      })
    )
    expect(err.message).toMatch(/^GitHub issue for acme\/app failed: /)
    expectNoSecret(err.message)
  })
})

describe('dispatch to real receivers', () => {
  it('delivers to the working channels when others answer 500 or refuse the connection', async () => {
    const slack = await httpReceiver()
    const sms = await httpReceiver()
    const smtp = await smtpReceiver(SMTP_USER, SMTP_PASS)
    try {
      slack.status = 500
      sms.status = 201
      sms.reply = '{}'
      const refused = await closedPort()
      const annotations: string[] = []
      const channels: Channel[] = [
        { name: 'console', send: async (a) => void annotations.push(a.title) },
        slackChannel({ webhookUrl: `${slack.url}${SLACK_PATH}`, knownSecrets: SECRETS }),
        emailChannel({
          host: '127.0.0.1',
          port: smtp.port,
          user: SMTP_USER,
          password: SMTP_PASS,
          from: 'a@acme.test',
          to: 'b@acme.test',
          knownSecrets: SECRETS
        }),
        smsChannel({
          accountSid: TWILIO_SID,
          authToken: TWILIO_TOKEN,
          from: '+1',
          to: '+2',
          baseUrl: sms.url,
          knownSecrets: SECRETS
        }),
        webhookChannel({ url: `http://127.0.0.1:${refused}/`, secret: WEBHOOK_SECRET, knownSecrets: SECRETS })
      ]
      const matrix = buildMatrix({ critical: { extraChannels: ['webhook'] } })
      const results = await dispatchAlerts([alert], channels, matrix, { knownSecrets: SECRETS })
      const status = Object.fromEntries(results.map((r) => [r.channel, r.ok]))
      expect(status).toEqual({ console: true, slack: false, email: true, sms: true, webhook: false })
      expect(slack.received).toHaveLength(1)
      expect(sms.received).toHaveLength(1)
      expect(smtp.mails).toHaveLength(1)
      expect(annotations).toEqual(['CI broke: Compilation failure'])
      for (const r of results.filter((x) => !x.ok)) {
        expect(r.error).toBeTruthy()
        expectNoSecret(r.error!)
      }
      expect(results.find((r) => r.channel === 'webhook')!.error).toContain('ECONNREFUSED')
    } finally {
      await Promise.all([slack.close(), sms.close(), smtp.close()])
    }
  })
})

describe('every sink redacts every rule’s example', () => {
  // One finding whose excerpt leaks every example secret (a key block begun above the excerpt
  // included), and a file field cut from a leaking line; and the job's own secret, known only
  // from its list.
  const OWN = 'plain-deploy-word-of-this-job'
  const leaky: IncidentFinding = {
    ...finding,
    excerpt: `${EXCERPT_WITH_EVERY_SECRET}\nusing ${OWN}`,
    file: 'pgPa55w0rd@db.internal'
  }
  const leakyAlert: Alert = trackIncidents({
    previous: {},
    repository: 'acme/app',
    workflow: 'CI',
    runId: 901,
    runUrl: 'https://github.com/acme/app/actions/runs/901',
    conclusion: 'failure',
    findings: [leaky],
    now: new Date(Date.UTC(2025, 2, 1, 10, 0)),
    matrix: DEFAULT_MATRIX
  }).alerts[0]!
  const known = [...SECRETS, OWN]

  function expectNoExample(where: string, text: string): void {
    expect(text.length, where).toBeGreaterThan(0)
    for (const e of SECRET_EXAMPLES) expect(text, `${where}: ${e.rule}`).not.toContain(e.secret)
    expect(text, where).not.toContain(OWN)
    expect(text, where).not.toContain('pgPa55w0rd')
  }

  let http: Receiver
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>
  let server: StandinServer
  let repo: FakeRepo
  beforeAll(async () => {
    http = await httpReceiver()
    smtp = await smtpReceiver(SMTP_USER, SMTP_PASS)
    server = new StandinServer()
    repo = new FakeRepo('acme/app')
    repo.token = GITHUB_TOKEN
    registerActionsApi(server, repo, { validate: true })
    await server.start()
  })
  afterAll(async () => {
    await http.close()
    smtp.close()
    await server.stop()
  })

  it('Slack, webhook, email, GitHub issue, console annotation and summary', async () => {
    expect(leakyAlert.evidence?.excerpt).toContain(SECRET_EXAMPLES[0]!.secret)
    await slackChannel({ webhookUrl: `${http.url}${SLACK_PATH}`, knownSecrets: known }).send(leakyAlert)
    await webhookChannel({ url: `${http.url}/hooks/hee`, secret: WEBHOOK_SECRET, knownSecrets: known }).send(leakyAlert)
    expect(http.received).toHaveLength(2)
    expectNoExample('slack', http.received[0]!.body)
    expectNoExample('webhook', http.received[1]!.body)

    await emailChannel({
      host: '127.0.0.1',
      port: smtp.port,
      user: SMTP_USER,
      password: SMTP_PASS,
      from: 'hee-ci@acme.test',
      to: ['oncall@acme.test'],
      knownSecrets: known
    }).send(leakyAlert)
    expect(smtp.mails).toHaveLength(1)
    expectNoExample('email', decodeMime(smtp.mails[0]!.raw))
    expectNoExample('email (raw)', smtp.mails[0]!.raw)

    const client = createGitHubClient({ token: GITHUB_TOKEN, baseUrl: server.origin, retries: 0, writeIntervalMs: 0 })
    await githubIssueChannel({ github: createGitHubWriter(client, 'acme/app'), knownSecrets: known }).send(leakyAlert)
    expect(repo.issues).toHaveLength(1)
    expectNoExample('issue', `${repo.issues[0]!.title}\n${repo.issues[0]!.body}`)

    const printed: string[] = []
    await consoleChannel({
      sink: {
        annotate: (level, message, props) => void printed.push(`${level} ${message} ${JSON.stringify(props)}`),
        summary: (md) => void printed.push(md)
      },
      knownSecrets: known
    }).send(leakyAlert)
    expect(printed.length).toBeGreaterThanOrEqual(2)
    expectNoExample('console', printed.join('\n'))
  })

  it('the job summary table and the findings file', () => {
    const outcome = {
      decision: { from: 'operational', to: 'degraded', path: ['operational', 'degraded'], reason: 'run 901 failed' },
      fixRequired: false,
      severity: 'critical',
      patterns: ['PAT-001'],
      analyses: [
        {
          run: {
            id: 901,
            runAttempt: 1,
            conclusion: 'failure',
            htmlUrl: 'https://github.com/acme/app/actions/runs/901'
          },
          workflow: 'CI',
          jobs: [
            {
              id: 1,
              name: 'build',
              conclusion: 'failure',
              failedStep: 'Build',
              logError: `log cut at ${SECRET_EXAMPLES[3]!.line}`,
              findings: SECRET_EXAMPLES.map((e, i) => ({ ...leaky, line: i + 1, excerpt: `${e.line}\nusing ${OWN}` }))
            }
          ]
        }
      ],
      skipped: [],
      alerts: [leakyAlert],
      deliveries: [],
      unreadable: [`job 2: ${SECRET_EXAMPLES[5]!.line}`]
    } as unknown as MonitorOutcome
    const json = JSON.stringify(outcomeJson(outcome, known))
    expect(json).toContain('***')
    expectNoExample('findings file', json)
    const md = outcomeMarkdown(outcome, known)
    expect(md).toContain('***')
    expectNoExample('summary', md)
  })
})

describe('a hostile job name is text at every sink', () => {
  // The job name a pull request can give a job, as the issue that asked for this reported it.
  const JOB = 'build <img src=x onerror=alert(1)> @org/team <!here>'
  const WORKFLOW = 'CI @org/team'
  /** A mention GitHub or Slack would notify: `@name` not right after a letter or digit. */
  const LIVE_MENTION = /(^|[^A-Za-z0-9])@[A-Za-z0-9_!]/
  /** Markdown without its code spans and blocks, which show their content as written. */
  const outsideCode = (md: string): string => md.replace(/^(`{3,})[^]*?^\1/gm, '').replace(/(`+)[^`]*?\1/g, '')

  function expectMarkdownText(where: string, md: string): void {
    expect(md, where).toContain('org/team')
    const prose = outsideCode(md)
    expect(prose, where).not.toMatch(/<img|<!here>/i)
    expect(prose, where).not.toMatch(LIVE_MENTION)
  }

  const hostile: IncidentFinding = { ...finding, job: JOB, step: `Run make ${JOB}`, excerpt: `error in ${JOB}` }
  const hostileAlert: Alert = trackIncidents({
    previous: {},
    repository: 'acme/app',
    workflow: WORKFLOW,
    runId: 911,
    runUrl: 'https://github.com/acme/app/actions/runs/911',
    conclusion: 'failure',
    findings: [hostile],
    now: new Date(Date.UTC(2025, 2, 1, 10, 0)),
    matrix: DEFAULT_MATRIX
  }).alerts[0]!

  let http: Receiver
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>
  let server: StandinServer
  let repo: FakeRepo
  beforeAll(async () => {
    http = await httpReceiver()
    smtp = await smtpReceiver(SMTP_USER, SMTP_PASS)
    server = new StandinServer()
    repo = new FakeRepo('acme/app')
    repo.token = GITHUB_TOKEN
    registerActionsApi(server, repo, { validate: true })
    await server.start()
  })
  afterAll(async () => {
    await http.close()
    smtp.close()
    await server.stop()
  })

  it('the job summary: the monitor’s table and the alert section', async () => {
    const outcome = {
      decision: { from: 'operational', to: 'degraded', path: ['operational', 'degraded'], reason: 'run 911 failed' },
      fixRequired: false,
      severity: 'critical',
      patterns: ['PAT-001'],
      analyses: [
        {
          run: {
            id: 911,
            runAttempt: 1,
            conclusion: 'failure',
            htmlUrl: 'https://github.com/acme/app/actions/runs/911'
          },
          workflow: WORKFLOW,
          jobs: [
            { id: 1, name: JOB, conclusion: 'failure', failedStep: hostile.step, findings: [{ ...hostile, line: 3 }] }
          ]
        }
      ],
      skipped: [],
      alerts: [hostileAlert],
      deliveries: [],
      unreadable: []
    } as unknown as MonitorOutcome
    const table = outcomeMarkdown(outcome, SECRETS)
    expect(table.split('\n').some((l) => l.startsWith('|') && l.includes('org/team'))).toBe(true)
    expectMarkdownText('summary table', table)
    const printed: string[] = []
    await consoleChannel({
      sink: { annotate: () => undefined, summary: (md) => void printed.push(md) },
      knownSecrets: SECRETS
    }).send(hostileAlert)
    expect(printed).toHaveLength(1)
    expectMarkdownText('summary alert', printed[0]!)
  })

  it('the GitHub issue: title and body', async () => {
    const client = createGitHubClient({ token: GITHUB_TOKEN, baseUrl: server.origin, retries: 0, writeIntervalMs: 0 })
    await githubIssueChannel({ github: createGitHubWriter(client, 'acme/app'), knownSecrets: SECRETS }).send(
      hostileAlert
    )
    expect(repo.issues).toHaveLength(1)
    const issue = repo.issues[0]!
    expect(issue.title).toContain('org/team')
    expect(issue.title).not.toMatch(LIVE_MENTION)
    expectMarkdownText('issue body', issue.body ?? '')
  })

  it('Slack: no <!here>, tag or mention in any mrkdwn text', async () => {
    http.received.length = 0
    await slackChannel({ webhookUrl: `${http.url}${SLACK_PATH}`, knownSecrets: SECRETS }).send(hostileAlert)
    const message = JSON.parse(http.received[0]!.body) as SlackMessage
    const texts: string[] = [message.text]
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk)
      else if (v !== null && typeof v === 'object') {
        const o = v as Record<string, unknown>
        if (o.type === 'mrkdwn' && typeof o.text === 'string') texts.push(o.text)
        Object.values(o).forEach(walk)
      }
    }
    walk(message.blocks)
    expect(texts.join('\n')).toContain('org/team')
    for (const t of texts) {
      expect(t).not.toMatch(/<!here>|<img|<@/)
      expect(t).not.toMatch(LIVE_MENTION)
    }
  })

  it('the webhook: no tag or live mention in the body, the name as written after JSON.parse', async () => {
    http.received.length = 0
    await webhookChannel({ url: `${http.url}/hooks/hee`, secret: WEBHOOK_SECRET, knownSecrets: SECRETS }).send(
      hostileAlert
    )
    const raw = http.received[0]!.body
    expect(raw).not.toMatch(/[<>]/)
    expect(raw).not.toMatch(LIVE_MENTION)
    const body = JSON.parse(raw) as Alert & { markdown: string }
    expect(body.evidence?.job).toBe(JOB.replace(/@/g, '@\u200b'))
    expect(body.workflow).toBe('CI @\u200borg/team')
    expectMarkdownText('webhook markdown', body.markdown)
    expect(
      verifyWebhookSignature(WEBHOOK_SECRET, raw, http.received[0]!.headers['x-hee-signature-256'] as string)
    ).toBe(true)
  })

  it('email: the HTML part shows the name as text', async () => {
    smtp.mails.length = 0
    await emailChannel({
      host: '127.0.0.1',
      port: smtp.port,
      user: SMTP_USER,
      password: SMTP_PASS,
      from: 'hee-ci@acme.test',
      to: ['oncall@acme.test'],
      knownSecrets: SECRETS
    }).send(hostileAlert)
    const mail = decodeMime(smtp.mails[0]!.raw)
    const html = mail.slice(mail.indexOf('<html') >= 0 ? mail.indexOf('<html') : mail.indexOf('text/html'))
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(html).not.toMatch(/<img|<!here>/i)
  })

  it('the fix pull request body: the failing line and a check’s output that carry the name', () => {
    const body = pullBody({
      attempts: [
        {
          pattern: 'PAT-007',
          strategy: 'prettier',
          outcome: 'fixed',
          evidence: `[warn] ${JOB}`,
          steps: [],
          validations: [{ command: `npx prettier --check '${JOB}'`, passed: true, code: 0, tail: JOB }],
          filesChanged: 1,
          linesChanged: 2,
          durationMs: 10
        } as FixAttempt
      ],
      patch: '',
      base: 'main',
      headSha: 'a'.repeat(40),
      commit: 'b'.repeat(40),
      runId: '911',
      runUrl: 'https://github.com/acme/app/actions/runs/911',
      workflowFilesLeftOut: [],
      ciTriggered: false
    })
    expectMarkdownText('pull request body', body)
  })
})
