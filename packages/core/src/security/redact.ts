/**
 * Redaction of secrets from any text that leaves the process (alerts, errors, logs). Every
 * sink (job summary, findings file, Slack, webhook, email, GitHub issue, SMS, the CLI's
 * output) passes its text through {@link redact}, which removes, in this order:
 *
 * 1. the values of the job's own secrets (every form a value takes: each line, URL- and
 *    JSON-escaped, base64);
 * 2. every secret secretlint's recommended rule set finds (`@secretlint/secretlint-rule-preset-recommend`:
 *    AWS, GCP, private keys, npm, basic auth, Slack, SendGrid, Shopify, Stripe, GitHub, GitLab,
 *    Grafana, OpenAI, Anthropic, Groq, Hugging Face, Linear, Notion, 1Password, database URLs,
 *    Vault, Vercel, Databricks, Docker, Figma, Cloudflare, Tailscale), each to the end of its token;
 * 3. the shapes below that the rule set misses in CI logs (a private key's body without its
 *    BEGIN line, `aws_secret_access_key = …`, Google API keys, any OpenAI project key, …).
 *
 * The hand-written patterns are linear-time on V8's backtracking engine: either their
 * quantifiers are bounded, or a look-behind forbids starting a match inside a run the previous
 * attempt already scanned, so a hostile log line costs O(length) and never O(length²).
 */
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend'
import type { SecretLintRuleContext, SecretLintRuleCreator, SecretLintSourceCode } from '@secretlint/types'

export const REDACTED = '***'

interface Rule {
  name: string
  re: RegExp
  /** Replacement; `$1`… keep the non-secret prefix (e.g. the key name). */
  to: string
}

// Characters a token is made of; a match may only start where the previous char is not one.
const B64URL = 'A-Za-z0-9_\\-'
const KEYWORDS = '(?:password|passwd|secret|token|api[_-]?key|access[_-]?key)'

const RULES: readonly Rule[] = [
  {
    // A private key's body lines seen without their BEGIN line (an excerpt that starts inside
    // the block): whole lines of 40+ base64 characters mixing upper case, lower case and digits
    // (a hex digest has no upper case), after at most a level word a tool put before each line
    // (`Error: `, `[ERROR] `), and the END line.
    name: 'private-key-body',
    re: /(?<=^|[\r\n])([ \t]{0,40}(?:\[?[A-Za-z]{1,12}\]?:?[ \t]{1,4})?)(?=[A-Za-z0-9+/]{0,120}[A-Z])(?=[A-Za-z0-9+/]{0,120}[a-z])(?=[A-Za-z0-9+/]{0,120}[0-9])[A-Za-z0-9+/]{40,120}={0,2}[ \t]{0,40}(?=$|[\r\n])/g,
    to: `$1${REDACTED}`
  },
  {
    name: 'private-key-end',
    re: /-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----/g,
    to: REDACTED
  },
  {
    name: 'private-key',
    // Body chars exclude "-----" so an unterminated block stops at the next PEM boundary.
    re: /-----BEGIN[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,.]*(?:-(?!----)[A-Za-z0-9+/=\s:,.]*)*(?:-----END[A-Z0-9 ]{0,40} PRIVATE KEY(?: BLOCK)?-----)?/g,
    to: REDACTED
  },
  {
    name: 'slack-webhook',
    re: /https:\/\/hooks\.slack(?:-gov)?\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+/g,
    to: 'https://hooks.slack.com/services/***'
  },
  {
    name: 'url-userinfo',
    re: /\b([a-zA-Z][a-zA-Z0-9+.-]{0,20}:\/\/[^/\s:@]{0,256}):[^/\s]{1,256}@/g,
    to: `$1:${REDACTED}@`
  },
  { name: 'github-token', re: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{20,255}(?![A-Za-z0-9])/g, to: REDACTED },
  { name: 'github-pat', re: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{20,255}/g, to: REDACTED },
  { name: 'slack-token', re: /(?<![A-Za-z0-9_-])xox[abprs]-[A-Za-z0-9-]{6,255}/g, to: REDACTED },
  { name: 'aws-access-key', re: /(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA)[A-Z0-9]{16}(?![A-Z0-9])/g, to: REDACTED },
  {
    // `aws_secret_access_key = …`, `AWS_SECRET_ACCESS_KEY: …` (spaces and quotes around the sign).
    name: 'aws-secret-key',
    re: /((?:aws)?_?secret_?access_?key["']?[ \t]{0,10}[:=][ \t]{0,10}["']?)[A-Za-z0-9/+=]{20,80}/gi,
    to: `$1${REDACTED}`
  },
  { name: 'slack-app-token', re: /(?<![A-Za-z0-9_-])xapp-[0-9]-[A-Za-z0-9-]{10,255}/g, to: REDACTED },
  { name: 'stripe-key', re: /(?<![A-Za-z0-9_])(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,255}/g, to: REDACTED },
  { name: 'google-api-key', re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g, to: REDACTED },
  {
    name: 'openai-key',
    re: /(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin|ant-api0\d)-[A-Za-z0-9_-]{20,255}/g,
    to: REDACTED
  },
  { name: 'npm-token', re: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{20,255}(?![A-Za-z0-9])/g, to: REDACTED },
  {
    name: 'jwt',
    re: new RegExp(`(?<![${B64URL}])eyJ[${B64URL}]{4,}\\.[${B64URL}]{4,}\\.[${B64URL}]*`, 'g'),
    to: REDACTED
  },
  {
    name: 'authorization',
    re: /\b((?:Proxy-)?Authorization["']?[ \t]{0,10}[:=][ \t]{0,10}["']?)[^\r\n"']+/gi,
    to: `$1${REDACTED}`
  },
  { name: 'bearer', re: /\b([Bb]earer[ \t]{1,10})[A-Za-z0-9._~+/=-]{8,}/g, to: `$1${REDACTED}` },
  // key=value in query strings, env dumps and CLI flags; bounded infix such as `_value`.
  {
    name: 'key-value',
    re: new RegExp(`(${KEYWORDS}[A-Za-z0-9_-]{0,30}[ \\t]{0,10}=[ \\t]{0,10})[^\\s&#"'<>;,]+`, 'gi'),
    to: `$1${REDACTED}`
  },
  // "token": "value" in JSON.
  {
    name: 'json-value',
    re: new RegExp(`("[A-Za-z0-9_-]{0,30}${KEYWORDS}[A-Za-z0-9_-]{0,30}"[ \\t]{0,10}:[ \\t]{0,10}")[^"\\r\\n]+`, 'gi'),
    to: `$1${REDACTED}`
  }
]

/** Forms in which a known secret may show up in text besides its plain form. */
function variants(secret: string): string[] {
  const out = new Set<string>([secret])
  // Actions masks each line of a multi-line secret; so do we.
  for (const line of secret.split(/\r\n|\r|\n/)) if (line.trim().length >= 4) out.add(line)
  out.add(encodeURIComponent(secret))
  out.add(JSON.stringify(secret).slice(1, -1))
  out.add(Buffer.from(secret, 'utf8').toString('base64'))
  return [...out].filter(usable)
}

// A secret made only of `*` would be re-created by its own replacement; empty ones match everywhere.
function usable(s: string): boolean {
  return s.length > 0 && /[^*]/.test(s)
}

/**
 * Replaces every occurrence of `secrets` with `***`, repeating until none is left: a
 * replacement can join text into a new occurrence when the secret contains `*`. Each pass
 * removes at least one non-`*` character, so this ends.
 */
function removeKnown(text: string, secrets: readonly string[]): string {
  if (secrets.length === 0) return text
  let out = text
  for (;;) {
    let changed = false
    for (const s of secrets) {
      if (out.includes(s)) {
        out = out.split(s).join(REDACTED)
        changed = true
      }
    }
    if (!changed) return out
  }
}

/**
 * The secret values in a list a user hands over (an action input, `HEE_REDACT_VALUES`): a JSON
 * object or array, such as `${{ toJSON(secrets) }}`, gives every string in it; any other text
 * gives each non-empty line.
 */
export function secretValues(list: string | undefined): string[] {
  const text = (list ?? '').trim()
  if (!text) return []
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      const out: string[] = []
      const walk = (v: unknown): void => {
        if (typeof v === 'string') {
          if (usable(v)) out.push(v)
        } else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x)
      }
      walk(JSON.parse(text))
      return out
    } catch {
      // not JSON after all: one value per line
    }
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(usable)
}

/** The known secrets in the order they should be replaced (longest first, so a secret containing another goes whole). */
export function secretList(knownSecrets: readonly (string | undefined | null)[]): string[] {
  const all = new Set<string>()
  for (const s of knownSecrets) if (typeof s === 'string' && usable(s)) for (const v of variants(s)) all.add(v)
  return [...all].sort((a, b) => b.length - a.length)
}

// The rule set's scanners (its comment filter needs secretlint's own engine and is left out).
const SCANNERS = (recommended.rules as SecretLintRuleCreator[]).filter(
  (r) => r.meta.type === 'scanner' && !r.meta.id.endsWith('filter-comments')
)
// Characters a token goes on with: a rule whose pattern stops early (a Slack app token's first
// three parts) still hides the whole token.
const TOKEN_TAIL = /[A-Za-z0-9_\-+/=]*/y

/**
 * Where the recommended rule set finds a secret in `text`: `[start, end)` spans, each widened
 * to the end of its token, with the id of the rule that found it. The rules are secretlint's
 * own; they are run on `text` as one source file, synchronously (each rule's `file` handler
 * reports before it returns).
 */
export function secretlintFindings(text: string): Finding[] {
  const found: Finding[] = []
  if (text.length < 8) return found
  const source = {
    content: text,
    ext: '',
    contentType: 'text',
    filePath: undefined
  } as unknown as SecretLintSourceCode
  for (const rule of SCANNERS) {
    const context = {
      sharedOptions: {},
      createTranslator: () => (messageId: string, data?: object) => ({ message: messageId, messageId, data }),
      report: (d: { range: readonly [number, number] }) => {
        TOKEN_TAIL.lastIndex = d.range[1]
        const tail = TOKEN_TAIL.exec(text)?.[0].length ?? 0
        found.push({ rule: rule.meta.id, start: d.range[0], end: d.range[1] + tail })
      },
      ignore: () => undefined
    } as unknown as SecretLintRuleContext
    void rule.create(context, {}).file?.(source)
  }
  return found
}

type Finding = { rule: string; start: number; end: number }

/** Pieces learned from findings, at most this many: a hostile text of many tokens stays linear. */
const MAX_LEARNED = 200

/**
 * The parts of the secrets the rule set found that could show up on their own elsewhere in
 * the same output (a file name cut from a database URL, `pw@host:5432`): each whole finding,
 * and each piece of it between `:`, `@`, `/`, `=` and quotes that is 8+ characters of letters
 * and digits mixed.
 */
function learnedSecrets(found: readonly { text: string; findings: readonly Finding[] }[]): string[] {
  const out = new Set<string>()
  for (const { text, findings } of found) {
    for (const f of findings) {
      if (out.size >= MAX_LEARNED) return [...out]
      const whole = text.slice(f.start, f.end)
      out.add(whole)
      for (const piece of whole.split(/[:@/='"\s]+/))
        if (piece.length >= 8 && /[0-9]/.test(piece) && /[A-Za-z]/.test(piece)) out.add(piece)
    }
  }
  return [...out]
}

/** `text` with the spans of `findings` replaced by `***`. */
function removeFound(text: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return text
  const spans = [...findings].sort((a, b) => a.start - b.start)
  let out = ''
  let at = -1
  for (const s of spans) {
    if (s.end <= at) continue
    // A span that overlaps the one before extends it; one that does not starts a new `***`.
    if (s.start > at) out += text.slice(Math.max(at, 0), s.start) + REDACTED
    at = s.end
  }
  return out + text.slice(at)
}

function redactWith(text: string, findings: readonly Finding[], secrets: readonly string[]): string {
  let out = removeKnown(removeFound(text, findings), secrets)
  for (const rule of RULES) out = out.replace(rule.re, rule.to)
  // Shapes are replaced after known secrets; a last pass makes sure no known secret survives.
  return removeKnown(out, secrets)
}

/**
 * Returns `text` with known secrets, whatever secretlint's recommended rules find (and the
 * parts of it that show up elsewhere in `text`) and the CI-log shapes above replaced by `***`.
 */
export function redact(text: string, knownSecrets: readonly (string | undefined | null)[] = []): string {
  const findings = secretlintFindings(text)
  return redactWith(text, findings, secretList([...knownSecrets, ...learnedSecrets([{ text, findings }])]))
}

/**
 * `redact` applied to every string inside a JSON-like value (objects, arrays). A secret found in
 * one string is also removed from the others (a finding's file field cut from its log line).
 */
export function redactDeep<T>(value: T, knownSecrets: readonly (string | undefined | null)[] = []): T {
  const found = new Map<string, Finding[]>()
  const collect = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!found.has(v)) found.set(v, secretlintFindings(v))
    } else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) collect(x)
  }
  collect(value)
  const secrets = secretList([
    ...knownSecrets,
    ...learnedSecrets([...found].map(([text, findings]) => ({ text, findings })))
  ])
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactWith(v, found.get(v) ?? [], secrets)
    if (Array.isArray(v)) return v.map(walk)
    if (v !== null && typeof v === 'object') {
      const o: Record<string, unknown> = {}
      for (const [k, x] of Object.entries(v)) o[k] = walk(x)
      return o
    }
    return v
  }
  return walk(value) as T
}

/** Redacted one-line description of a thrown value, safe to log or return to a caller. */
export function redactError(e: unknown, knownSecrets: readonly (string | undefined | null)[] = []): string {
  const msg = e instanceof Error ? e.message : String(e)
  const cause =
    e instanceof Error && e.cause instanceof Error && !msg.includes(e.cause.message) ? `: ${e.cause.message}` : ''
  return redact(`${msg}${cause}`, knownSecrets)
}
