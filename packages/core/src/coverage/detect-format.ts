import type { ReportFormat } from './report-format.js'
import { sonarGeneric } from './parse-cobertura.js'
import { CoverageReportError, noSourceFile } from './report-error.js'

/**
 * Tells a report's format from its first bytes, never from its name alone: CI artifacts are
 * renamed (`coverage.xml` may be Cobertura or JaCoCo, `coverage.json` Istanbul or coverage.py).
 * The parser then checks the whole document; this only picks which parser reads it.
 */
export function detectFormat(head: string, name: string): ReportFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart()
  if (text === '') throw noSourceFile(name, 'the empty file')
  if (text.slice(0, 4096).includes('\u0000'))
    throw new CoverageReportError(
      name,
      undefined,
      'a binary file, not a coverage report (raw profiles such as .profraw, .gcda or .exec must be turned into a report by their tool first)'
    )
  if (text.startsWith('<')) return xmlFormat(text, name)
  if (text.startsWith('{')) return jsonFormat(text, name)
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  if (/^mode: \S+$/.test(firstLine)) return 'go'
  if (/^(TN|SF|VER):/m.test(text.slice(0, 8192)) && /^(TN|SF|VER):/.test(firstLine)) return 'lcov'
  throw new CoverageReportError(
    name,
    1,
    `not a coverage report: '${firstLine.slice(0, 60)}' starts none of lcov, Cobertura or JaCoCo XML, Go coverprofile, Istanbul, llvm-cov or coverage.py JSON`
  )
}

function xmlFormat(text: string, name: string): ReportFormat {
  const body = text
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '')
    .trimStart()
  const root = /^<([A-Za-z_][\w.:-]*)/.exec(body)?.[1]
  if (root === 'coverage') {
    if (/^<coverage\b[^>]*\bclover=/.test(body))
      throw new CoverageReportError(
        name,
        undefined,
        'a Clover XML report: not read; ask the tool for Cobertura, lcov or JSON'
      )
    if (/^<coverage\b[^>]*>\s*(<!--[\s\S]*?-->\s*)*<file\b/.test(body)) throw sonarGeneric(name, undefined)
    return 'cobertura'
  }
  if (root === 'report') return 'jacoco'
  if (root === 'CoverageSession')
    throw new CoverageReportError(
      name,
      undefined,
      'an OpenCover XML report (<CoverageSession>: OpenCover, coverlet --format opencover, AltCover): not read; ask the tool for Cobertura (coverlet: --format cobertura) or lcov'
    )
  if (root === 'testsuites' || root === 'testsuite')
    throw new CoverageReportError(name, undefined, `JUnit test results (<${root}>), not a coverage report`)
  throw new CoverageReportError(
    name,
    undefined,
    `an XML document with root <${root ?? '?'}>: neither Cobertura (<coverage>) nor JaCoCo (<report>)`
  )
}

function jsonFormat(text: string, name: string): ReportFormat {
  if (/^\{\s*"data"\s*:\s*\[/.test(text) || text.includes('"llvm.coverage.json.export"')) return 'llvm-cov'
  if (/^\{\s*"meta"\s*:\s*\{/.test(text) && /"(show_contexts|branch_coverage|format)"\s*:/.test(text))
    return 'coverage-py'
  if (/"executed_lines"\s*:\s*\[/.test(text) && /"missing_lines"\s*:/.test(text)) return 'coverage-py'
  if (/"statementMap"\s*:/.test(text)) return 'istanbul-final'
  if (/"lines"\s*:\s*\{\s*"total"\s*:/.test(text) && /"covered"\s*:/.test(text)) return 'istanbul-summary'
  const mutation = mutationReportKind(text)
  if (mutation === 'stryker')
    throw new CoverageReportError(
      name,
      undefined,
      'a Stryker mutation report: give it as the mutation report, not as coverage'
    )
  if (mutation === 'cargo-mutants')
    throw new CoverageReportError(
      name,
      undefined,
      'a cargo-mutants outcomes.json: give it as the mutation report, not as coverage'
    )
  // What Istanbul's writers (nyc, c8, jest, vitest) leave when the run measured nothing.
  if (/^\{\s*\}\s*$/.test(text)) throw noSourceFile(name, 'the empty JSON object')
  throw new CoverageReportError(
    name,
    1,
    'a JSON document of no known coverage format (Istanbul, llvm-cov export, coverage.py)'
  )
}

/**
 * A Stryker `mutation.json` or a cargo-mutants `outcomes.json`, told from the first bytes of a
 * JSON file, so that reports found by a glob or in an artifact go where they belong.
 */
export function mutationReportKind(head: string): 'stryker' | 'cargo-mutants' | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart()
  if (!text.startsWith('{')) return undefined
  // Stryker writes "files" (sources and mutants) before "schemaVersion": a mutant's fields tell it too.
  if (/"mutants"\s*:/.test(text) && /"schemaVersion"\s*:|"mutatorName"\s*:/.test(text)) return 'stryker'
  if (/"outcomes"\s*:\s*\[/.test(text)) return 'cargo-mutants'
  return undefined
}
