import type { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { CoverageReportError } from './report-error.js'

/** A line longer than this is not a line of a line-based report. */
export const MAX_LINE_CHARS = 1024 * 1024

/**
 * Calls `onLine` for every line of the stream with its 1-based number; CRLF and LF both end a
 * line, and a last line without either is flagged `unterminated`. Memory is one chunk plus one partial line: a 100 MB report is never held whole.
 */
export async function forEachLine(
  stream: Readable,
  name: string,
  onLine: (text: string, line: number, unterminated?: boolean) => void
): Promise<number> {
  const decoder = new StringDecoder('utf8')
  let partial = ''
  let line = 0
  const scan = (s: string) => {
    let start = 0
    let nl = s.indexOf('\n')
    while (nl !== -1) {
      let text = start === 0 && partial ? partial + s.slice(0, nl) : s.slice(start, nl)
      if (start === 0) partial = ''
      if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1)
      onLine(text, ++line)
      start = nl + 1
      nl = s.indexOf('\n', start)
    }
    const rest = start === 0 ? partial + s : s.slice(start)
    if (rest.length > MAX_LINE_CHARS)
      throw new CoverageReportError(
        name,
        line + 1,
        `a line longer than ${MAX_LINE_CHARS} characters: not a line-based report`
      )
    partial = rest
  }
  try {
    for await (const chunk of stream) scan(decoder.write(chunk as Buffer))
  } catch (e) {
    if (e instanceof CoverageReportError) throw e
    throw new CoverageReportError(name, line + 1, `cannot read the report: ${(e as Error).message}`)
  } finally {
    stream.destroy()
  }
  scan(decoder.end())
  if (partial) {
    const text = partial.endsWith('\r') ? partial.slice(0, -1) : partial
    partial = ''
    onLine(text, ++line, true)
  }
  return line
}
