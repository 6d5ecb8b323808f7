/**
 * Redaction of secrets from any text that leaves the process (alerts, errors, logs).
 *
 * Every pattern is linear-time on V8's backtracking engine: either its quantifiers are
 * bounded, or a look-behind forbids starting a match inside a run the previous attempt
 * already scanned, so a hostile log line costs O(length) and never O(length²).
 */

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
  { name: 'key-value', re: new RegExp(`(${KEYWORDS}[A-Za-z0-9_-]{0,30}=)[^\\s&#"'<>;,]+`, 'gi'), to: `$1${REDACTED}` },
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

/** The known secrets in the order they should be replaced (longest first, so a secret containing another goes whole). */
export function secretList(knownSecrets: readonly (string | undefined | null)[]): string[] {
  const all = new Set<string>()
  for (const s of knownSecrets) if (typeof s === 'string' && usable(s)) for (const v of variants(s)) all.add(v)
  return [...all].sort((a, b) => b.length - a.length)
}

/**
 * Returns `text` with known secrets and common token shapes (GitHub, Slack, AWS, npm,
 * JWT, bearer/Authorization values, PEM private keys, URL passwords, `token=`-style
 * values) replaced by `***`.
 */
export function redact(text: string, knownSecrets: readonly (string | undefined | null)[] = []): string {
  return redactWith(text, secretList(knownSecrets))
}

function redactWith(text: string, secrets: readonly string[]): string {
  let out = removeKnown(text, secrets)
  for (const rule of RULES) out = out.replace(rule.re, rule.to)
  // Shapes are replaced after known secrets; a last pass makes sure no known secret survives.
  return removeKnown(out, secrets)
}

/** `redact` applied to every string inside a JSON-like value (objects, arrays). */
export function redactDeep<T>(value: T, knownSecrets: readonly (string | undefined | null)[] = []): T {
  const secrets = secretList(knownSecrets)
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactWith(v, secrets)
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
