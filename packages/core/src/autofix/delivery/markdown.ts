/** Markdown pieces for text that came from logs, tools or another job: shown, never interpreted. */
import { markdownCode } from '../../security/escape.js'

/** A fenced block whose fence is longer than any backtick run inside, so nothing breaks out. */
export function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${lang}\n${text.replace(/\n+$/, '')}\n${fence}`
}

/** Inline code that survives backticks, pipes and newlines in the text (table cells included). */
export function code(text: string): string {
  return markdownCode(text, true)
}

/** At most `max` characters, cut at a line end where possible. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const nl = cut.lastIndexOf('\n')
  return `${nl > max / 2 ? cut.slice(0, nl) : cut}\n…`
}
