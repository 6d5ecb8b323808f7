import { JSONParser } from '@streamparser/json'
import type { Readable } from 'node:stream'
import { CoverageReportError, noSourceFile } from './report-error.js'

/** The keys from the document root down to a value, e.g. `['data', 0, 'files', 3]`. */
export type JsonPath = ReadonlyArray<string | number>

/**
 * Streams a JSON document and hands over the values at the given selectors (`$.files.*`) one
 * at a time, dropping each after the call: a 100 MB Istanbul or llvm-cov report is never one
 * object tree, only one file's entry at a time. A syntax error or a document that ends early
 * names the line it reached.
 */
export async function streamJson(
  stream: Readable,
  name: string,
  selectors: string[],
  onValue: (value: unknown, path: JsonPath, line: number) => void
): Promise<void> {
  const parser = new JSONParser({ paths: selectors, keepStack: false })
  let line = 1
  let failure: Error | undefined
  let started = false
  parser.onValue = (info) => {
    if (failure) return
    const path: Array<string | number> = []
    for (const s of info.stack) if (s.key !== undefined) path.push(s.key)
    if (info.key !== undefined) path.push(info.key)
    try {
      onValue(info.value, path, line)
    } catch (e) {
      failure = e as Error
    }
  }
  parser.onError = (e) => {
    failure ??= new CoverageReportError(
      name,
      line,
      `malformed JSON: ${e.message.replace(/ in state \w+/, '').replace(/ Either not all.*$/, '')}`
    )
  }
  parser.onEnd = () => undefined
  try {
    for await (const chunk of stream) {
      const b = chunk as Buffer
      if (!started && b.length) started = true
      if (parser.isEnded) {
        if (/\S/.test(b.toString('utf8')))
          throw new CoverageReportError(name, line, 'data after the end of the JSON document')
        continue
      }
      parser.write(b)
      if (failure) throw failure
      // Line numbers advance per chunk; an error is reported at the line its chunk started.
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) line++
    }
  } catch (e) {
    if (e instanceof CoverageReportError) throw e
    throw new CoverageReportError(name, line, `cannot read the report: ${(e as Error).message}`)
  } finally {
    stream.destroy()
  }
  if (!started) throw noSourceFile(name, 'the empty file')
  if (!parser.isEnded)
    throw failure ?? new CoverageReportError(name, line, 'the JSON document ends early: the report is truncated')
  if (failure) throw failure
}
