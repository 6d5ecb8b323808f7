import { SaxesParser } from 'saxes'
import type { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { CoverageReportError } from './report-error.js'

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>, line: number): void
  close?(name: string, line: number): void
  text?(text: string): void
}

/**
 * Streams an XML document through saxes (a SAX parser: events, no tree), so memory is one
 * chunk and the element stack however big the report. A well-formedness error or a document
 * that ends early names the line; handlers throw CoverageReportError for content errors.
 */
export async function streamXml(stream: Readable, name: string, h: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ position: true })
  let failure: Error | undefined
  let depth = 0
  // Blank lines before `<?xml …?>` (a template's or a concatenation's) make the document
  // ill-formed to a strict parser; they are dropped and counted so lines stay the file's.
  let leading = true
  let skipped = 0
  const at = () => parser.line + skipped
  parser.on('error', (e) => {
    failure ??= new CoverageReportError(
      name,
      at(),
      `malformed XML: ${e.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '')}`
    )
  })
  parser.on('opentag', (tag) => {
    depth++
    if (failure) return
    try {
      h.open(tag.name, tag.attributes as Record<string, string>, at())
    } catch (e) {
      failure = e as Error
    }
  })
  parser.on('closetag', (tag) => {
    depth--
    if (failure || !h.close) return
    try {
      h.close(tag.name, at())
    } catch (e) {
      failure = e as Error
    }
  })
  if (h.text) {
    const onText = h.text
    parser.on('text', (t) => {
      if (!failure) onText(t)
    })
  }
  const decoder = new StringDecoder('utf8')
  try {
    for await (const chunk of stream) {
      let text = decoder.write(chunk as Buffer)
      if (leading) {
        const start = text.search(/[^\s]/)
        const blank = start === -1 ? text : text.slice(0, start)
        for (let i = blank.indexOf('\n'); i !== -1; i = blank.indexOf('\n', i + 1)) skipped++
        if (start === -1) continue
        leading = false
        text = text.slice(start)
      }
      parser.write(text)
      if (failure) throw failure
    }
    parser.write(decoder.end())
  } catch (e) {
    if (e instanceof CoverageReportError) throw e
    throw new CoverageReportError(name, at(), `cannot read the report: ${(e as Error).message}`)
  } finally {
    stream.destroy()
  }
  if (depth > 0)
    throw new CoverageReportError(
      name,
      at(),
      'the XML document ends before its elements are closed: the report is truncated'
    )
  parser.close()
  if (failure) throw failure
}
