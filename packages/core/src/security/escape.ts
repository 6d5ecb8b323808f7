/**
 * One escaping function per kind of sink, for every field that comes from a repository or a
 * run (workflow, job and step names, branch, commit message, artifact entry names, log text):
 * such a field is data and must never become markup, a link, an image, a mention or a
 * workflow command where it is shown.
 *
 * - Markdown/HTML (job summary, GitHub issue, PR body): {@link markdownText} mid-line,
 *   {@link markdownCode} as an inline code span;
 * - HTML (email): {@link htmlText};
 * - Slack mrkdwn: {@link slackText};
 * - plain text (log lines, annotations, SMS, the CLI): {@link plainText};
 * - JSON for a receiver that may show it anywhere (webhook): {@link inertJson}.
 */
import { inertText } from './inert.js'

/** Zero-width space: keeps `@name` readable but no longer a mention (GitHub, Slack). */
const ZWSP = '\u200b'
// An `@` that starts a mention: not preceded by a letter or digit (an e-mail address is no mention).
const MENTION = /(^|[^A-Za-z0-9])@(?=[A-Za-z0-9_!])/g

function neutraliseMentions(s: string): string {
  return s.replace(MENTION, `$1@${ZWSP}`)
}

/** `s` as written, but no `@name`, `@here` or `@org/team` in it notifies anyone. */
export function mentionFree(s: string): string {
  return neutraliseMentions(s)
}

/**
 * One line of Markdown that shows `s` as written: HTML tags and entities, emphasis, code,
 * links and images (`[`, `]` escaped, so `![i](…)` is text), table pipes and @mentions lose
 * their meaning; line breaks become spaces.
 */
export function markdownText(s: string): string {
  return neutraliseMentions(
    s
      .replace(/[\r\n]+/g, ' ')
      .replace(/[\\`*_[\]<>|~&#]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
  )
}

/** An inline code span holding `s` on one line, whatever backticks `s` holds; `|` escaped for tables. */
export function markdownCode(s: string, inTable = false): string {
  let one = s.replace(/[\r\n]+/g, ' ')
  if (inTable) one = one.replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(one.match(/`+/g) ?? []).map((r) => r.length))
  const fence = '`'.repeat(longest + 1)
  return longest || one.startsWith('`') || one.endsWith('`') ? `${fence} ${one} ${fence}` : `${fence}${one}${fence}`
}

/** Text for an HTML element or attribute value. */
export function htmlText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * Text for Slack mrkdwn: `&`, `<`, `>` escaped (so no `<!channel>`, `<@U…>` or `<url|label>`
 * forms) and `@channel`/`@here`/`@name` no longer mentions.
 */
export function slackText(s: string): string {
  return neutraliseMentions(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
}

// C0 controls but tab and line breaks, DEL, C1 controls: terminal escapes and the like.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/**
 * Plain text printed where the runner reads it (a step's log, an annotation) or a terminal
 * shows it: control characters (ANSI escapes) removed, workflow commands made inert.
 */
export function plainText(s: string): string {
  return inertText(s.replace(CONTROL, ''))
}

// An absolute http(s) URL with nothing that could end the link or start markup.
const SAFE_URL = /^https?:\/\/[^\s<>()[\]`"'\\]+$/

/**
 * A Markdown link to `url` labelled `label`, both from a run or an API answer: the label is
 * text, and a URL that is not plain http(s) (a `javascript:` link, a `)` that would end the
 * link early) gives the label alone.
 */
export function markdownLink(label: string, url: string | undefined): string {
  return url && SAFE_URL.test(url) ? `[${markdownText(label)}](${url})` : markdownText(label)
}

function mapStrings(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v)
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f))
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]))
  return v
}

/**
 * JSON for a receiver that may paste it into a page or a chat: every string without a live
 * mention, and `<`, `>`, `&` written as `\u003c`, `\u003e`, `\u0026`, so the body holds no tag
 * in any form a browser or chat tool reads, while `JSON.parse` gives the text back as written.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(mapStrings(value, neutraliseMentions)).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
