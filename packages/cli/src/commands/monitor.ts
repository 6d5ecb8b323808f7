import { resolve } from 'node:path'
import {
  capSettings,
  ConfigurationError,
  describeError,
  HeeError,
  inertDeep,
  inertText,
  isSeverity,
  MONITOR_CAP_FIELDS,
  monitorCapsSchema,
  outcomeJson,
  readKeyFile,
  redact,
  secretValues,
  setupMonitor,
  type ConsoleSink,
  type MonitorCaps,
  type MonitorTrigger,
  type PassResult
} from '@hee/core'
import { parse, UsageError } from '../args.js'
import type { Command } from '../io.js'

export const MONITOR_USAGE = `usage: hee monitor --repo owner/name [options]
  --run-id N                 analyse this run (default: runs since the capsule's last run)
  --workflow NAME            watch this workflow (name or file); repeatable; default all
  --branch NAME              runs of this branch change state; repeatable; default the default branch
  --fork-alerts              alert every channel about forks' failing runs (default: console only, no state)
  --watch                    keep polling: every --interval s while operational, --degraded-interval s otherwise
  --interval S               default 60
  --degraded-interval S      default 30
  --max-polls N              stop --watch after N polls (default: until interrupted)
  --state-capsule F          the capsule file (default hee-state-capsule.json)
  --key FILE                 signs and verifies the capsule (Ed25519 PEM or HMAC secret)
  --allow-unsigned           keep an unsigned capsule
  --alert-level L            critical|high|medium|low (default low)
  --patterns FILE            pattern overrides (default .github/hee-patterns.yml when present)
  --detailed                 print every finding with its excerpt
  --format text|json         default text
  --api-url URL              default $GITHUB_API_URL or https://api.github.com
  --token-env NAME           env variable holding the token (default GITHUB_TOKEN)
  caps on a pass's work, as the monitor action's inputs (a cap reached is reported, the pass goes on):
  --max-pages N              pages of 100 read at most of any list (1-1000, default 10)
  --request-timeout-seconds S  longest wait for one request to answer (1-600, default 30)
  --download-seconds S       longest time one job log or artifact download may take (1-3600, default 120)
  --run-deadline-seconds S   longest time one run's analysis may take (10-21600, default 300)
  --no-last-green-baseline   do not read an unsure failed job's last green run as its baseline
  alert channels (each optional; console is always on):
  --slack-webhook-url URL
  --webhook-url URL --webhook-secret S
  --smtp-url smtp://user:pass@host:587 --email-from A --email-to A[,B]
  --sms-account-sid SID --sms-auth-token T --sms-from N --sms-to N[,M] [--sms-api-url URL]
  --github-issues            open/update/close an issue per failing workflow and pattern
Secrets are redacted from every output and alert: the token and channel secrets, the values in
HEE_REDACT_VALUES (one per line or a JSON object), and what secretlint's recommended rules find.`

const sleep = (seconds: number): Promise<void> => new Promise((r) => setTimeout(r, seconds * 1000))

const list = (v: string | undefined): string[] | undefined =>
  v
    ?.split(',')
    .map((x) => x.trim())
    .filter(Boolean)

function num(v: string | undefined, name: string, dflt: number): number {
  if (v === undefined) return dflt
  const n = Number(v)
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number`)
  return n
}

/**
 * The cap flags, checked by the monitor action's own schema for its inputs of the same names:
 * a bad value is one line naming the flag and its range (exit 2).
 */
function capsOf(values: Record<string, unknown>): MonitorCaps {
  const raw: Record<string, string> = {}
  for (const name of Object.keys(MONITOR_CAP_FIELDS)) {
    const v = values[name]
    // An empty value is a mistake here, not "the default" as an empty action input is.
    raw[name] = v === undefined ? '' : String(v).trim() || '(empty)'
  }
  const parsed = monitorCapsSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const name = String(issue.path[0] ?? '')
    throw new ConfigurationError(`--${name} ${JSON.stringify(values[name])}: ${issue.message}`)
  }
  return parsed.data
}

/** `hee monitor`: the monitor action on a laptop, once or as a polling loop. */
export const monitorCommand: Command = async (argv, io) => {
  const { values } = parse(argv, {
    repo: { type: 'string' },
    'run-id': { type: 'string' },
    workflow: { type: 'string', multiple: true },
    branch: { type: 'string', multiple: true },
    'fork-alerts': { type: 'boolean' },
    watch: { type: 'boolean' },
    interval: { type: 'string' },
    'degraded-interval': { type: 'string' },
    'max-polls': { type: 'string' },
    'state-capsule': { type: 'string' },
    key: { type: 'string' },
    'allow-unsigned': { type: 'boolean' },
    'alert-level': { type: 'string' },
    patterns: { type: 'string' },
    detailed: { type: 'boolean' },
    format: { type: 'string' },
    'api-url': { type: 'string' },
    'token-env': { type: 'string' },
    'max-pages': { type: 'string' },
    'request-timeout-seconds': { type: 'string' },
    'download-seconds': { type: 'string' },
    'run-deadline-seconds': { type: 'string' },
    'no-last-green-baseline': { type: 'boolean' },
    'slack-webhook-url': { type: 'string' },
    'webhook-url': { type: 'string' },
    'webhook-secret': { type: 'string' },
    'smtp-url': { type: 'string' },
    'email-from': { type: 'string' },
    'email-to': { type: 'string' },
    'sms-account-sid': { type: 'string' },
    'sms-auth-token': { type: 'string' },
    'sms-from': { type: 'string' },
    'sms-to': { type: 'string' },
    'sms-api-url': { type: 'string' },
    'github-issues': { type: 'boolean' }
  })
  const repository = values.repo ?? io.env.GITHUB_REPOSITORY
  if (!repository) throw new UsageError('--repo owner/name is required')
  const tokenEnv = values['token-env'] ?? 'GITHUB_TOKEN'
  const token = io.env[tokenEnv]
  if (!token) throw new ConfigurationError(`no token: set ${tokenEnv} (a token with actions: read on ${repository})`)
  const level = values['alert-level'] ?? 'low'
  if (!isSeverity(level)) throw new UsageError('--alert-level must be critical, high, medium or low')
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json')
  const runId = values['run-id'] ? num(values['run-id'], 'run-id', 0) : undefined
  const interval = num(values.interval, 'interval', 60)
  const degradedInterval = num(values['degraded-interval'], 'degraded-interval', 30)
  const maxPolls = values['max-polls'] ? num(values['max-polls'], 'max-polls', 1) : values.watch ? Infinity : 1
  const caps = capsOf(values)
  const key = values.key ? await readKeyFile(resolve(io.cwd, values.key)) : undefined
  if (!key && !values['allow-unsigned']) throw new UsageError('--key FILE is required (or --allow-unsigned)')
  const sink: ConsoleSink = {
    annotate: (lvl, message, props) =>
      io.stdout(
        `${lvl}: ${props.title ?? ''}${props.file ? ` (${props.file}${props.startLine ? `:${props.startLine}` : ''})` : ''}\n  ${message.replace(/\n/g, '\n  ')}\n`
      ),
    summary: (md) => {
      if (values.detailed) io.stdout(md + '\n')
    }
  }
  const monitor = setupMonitor(
    {
      repository,
      token,
      tokenName: tokenEnv,
      apiUrl: values['api-url'] ?? io.env.GITHUB_API_URL ?? 'https://api.github.com',
      userAgent: 'hee-cli',
      workflows: values.workflow ?? [],
      branches: values.branch ?? [],
      forkAlerts: values['fork-alerts'] ?? false,
      maxRuns: 20,
      ...capSettings(caps),
      ...(values['no-last-green-baseline'] ? { lastGreen: false } : {}),
      alertLevel: level,
      patternsFile: resolve(io.cwd, values.patterns ?? '.github/hee-patterns.yml'),
      secrets: secretValues(io.env.HEE_REDACT_VALUES),
      channels: {
        slackWebhookUrl: values['slack-webhook-url'],
        webhookUrl: values['webhook-url'],
        webhookSecret: values['webhook-secret'],
        smtpUrl: values['smtp-url'],
        emailFrom: values['email-from'],
        emailTo: list(values['email-to']),
        smsAccountSid: values['sms-account-sid'],
        smsAuthToken: values['sms-auth-token'],
        smsFrom: values['sms-from'],
        smsTo: list(values['sms-to']),
        smsApiUrl: values['sms-api-url'],
        githubIssues: values['github-issues'] ?? false
      },
      capsule: {
        path: resolve(io.cwd, values['state-capsule'] ?? 'hee-state-capsule.json'),
        meta: { repository, workflow: 'hee monitor', runId: 1 },
        ...(key ? { signingKey: key } : {}),
        requireSignature: !values['allow-unsigned']
      }
    },
    format === 'json' ? { annotate: () => {}, summary: () => {} } : sink
  )
  const { client, secrets } = monitor
  const say = (line: string) => {
    if (format === 'text') io.stdout(inertText(redact(line, secrets)) + '\n')
  }

  let stop = false
  const onSignal = () => (stop = true)
  process.once('SIGINT', onSignal)
  let result: PassResult | undefined
  try {
    for (let poll = 1; poll <= maxPolls && !stop; poll++) {
      const trigger: MonitorTrigger =
        runId && poll === 1 ? { kind: 'run', runId, reread: true } : { kind: 'since-last' }
      const before = client.stats.requests
      let pass: PassResult
      try {
        pass = await monitor.pass(trigger, say)
      } catch (e) {
        // While watching, a poll that could not read GitHub is reported and the next one tries
        // again (the capsule is untouched); a rejected token or a bad capsule ends the watch.
        if (maxPolls === 1 || !(e instanceof HeeError) || !e.code.startsWith('github.') || e.code === 'github.auth')
          throw e
        say(`poll ${poll}: ${describeError(e)}`)
        if (poll < maxPolls && !stop) await sleep(degradedInterval)
        continue
      }
      result = pass
      const o = pass.outcome
      const detectedAt = Date.now()
      for (const a of o.analyses) {
        const completed = Date.parse(a.run.updatedAt)
        if (Number.isFinite(completed) && a.findings.length) {
          say(
            `detected failure of run ${a.run.id} ${((detectedAt - completed) / 1000).toFixed(1)} s after it completed`
          )
        }
      }
      for (const u of o.unreadable) say(`could not read ${u}`)
      say(
        `poll ${poll}: status ${o.decision.to}${o.decision.from !== o.decision.to ? ` (was ${o.decision.from})` : ''}; ` +
          `${o.analyses.length} run(s) analysed; ${client.stats.requests - before} request(s), ${client.stats.notModified} not modified so far`
      )
      if (format === 'json') io.stdout(JSON.stringify(inertDeep(outcomeJson(o, secrets))) + '\n')
      if (poll < maxPolls && !stop) {
        await sleep(o.decision.to === 'operational' || o.decision.to === 'maintenance' ? interval : degradedInterval)
      }
    }
  } finally {
    process.off('SIGINT', onSignal)
  }
  return result && result.outcome.unreadable.length > 0 && result.outcome.analyses.length === 0 ? 1 : 0
}
