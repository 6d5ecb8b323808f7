import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { ConfigurationError, describeError } from '@hee/core/errors'
import { inertDeep, plainText, redact, redactDeep, secretValues } from '@hee/core/security'
import {
  classifyStream,
  loadCatalogue,
  readBaseline,
  type Baseline,
  type ClassifyResult,
  type Finding
} from '@hee/core/diagnosis'
import { parse, required, UsageError } from '../args.js'
import type { CliIO, Command } from '../io.js'

export const ANALYZE_USAGE = `usage: hee analyze --log FILE [--format json|text] [--patterns FILE] [--baseline FILE] [--failed]

Classify one CI log offline (GitHub Actions, Travis, Jenkins, Maven, plain tool output).

  --log FILE        the log to read (streamed; any size)
  --format F        json: {"findings":[…]} most significant first; text (default): for a person
  --patterns FILE   a hee-patterns.yml overriding or extending the built-in catalogue
  --baseline FILE   a passing log of the same job: lines it printed too are noise, not the cause
  --failed          the job is known to have failed (its API conclusion said so): the log always
                    gets a finding, with confidence low when nothing in it explains the failure
                    well, as the monitor does; without it the log itself tells whether it failed

Secrets in the log are redacted from the output (secretlint's recommended rules, and the values
listed in HEE_REDACT_VALUES: one per line or a JSON object); workflow commands are made inert.

Exit 0 when the log was read (findings or not), 2 on a usage error or an unreadable file.`

const OPTIONS = {
  log: { type: 'string' },
  format: { type: 'string', default: 'text' },
  patterns: { type: 'string' },
  baseline: { type: 'string' },
  failed: { type: 'boolean' }
} as const

/** `hee analyze`: classify one log file and print its findings. */
export const analyzeCommand: Command = async (argv: string[], io: CliIO): Promise<number> => {
  const { values } = parse(argv, OPTIONS)
  const logPath = resolve(io.cwd, required(values, 'log'))
  const format = values.format
  if (format !== 'json' && format !== 'text') throw new UsageError(`--format must be json or text, not '${format}'`)

  let catalogue
  if (values.patterns !== undefined) {
    let yamlText: string
    try {
      yamlText = await readFile(resolve(io.cwd, values.patterns), 'utf8')
    } catch (e) {
      return fail(io, `cannot read --patterns ${values.patterns}: ${reason(e)}`)
    }
    try {
      catalogue = loadCatalogue(yamlText)
    } catch (e) {
      if (e instanceof ConfigurationError) return fail(io, describeError(e))
      throw e
    }
  }

  try {
    const st = await stat(logPath)
    if (!st.isFile()) return fail(io, `cannot read --log ${values.log}: not a file`)
  } catch (e) {
    return fail(io, `cannot read --log ${values.log}: ${reason(e)}`)
  }
  let baseline: Baseline | undefined
  if (values.baseline !== undefined) {
    const path = resolve(io.cwd, values.baseline)
    try {
      const st = await stat(path)
      if (!st.isFile()) return fail(io, `cannot read --baseline ${values.baseline}: not a file`)
      baseline = await readBaseline(createReadStream(path, { highWaterMark: 256 * 1024 }))
    } catch (e) {
      if (isFsError(e)) return fail(io, `cannot read --baseline ${values.baseline}: ${reason(e)}`)
      throw e
    }
  }
  let result: ClassifyResult
  try {
    result = await classifyStream(createReadStream(logPath, { highWaterMark: 256 * 1024 }), {
      ...(catalogue ? { catalogue } : {}),
      ...(baseline ? { baseline } : {}),
      ...(values.failed ? { knownFailed: true } : {})
    })
  } catch (e) {
    if (isFsError(e)) return fail(io, `cannot read --log ${values.log}: ${reason(e)}`)
    throw e
  }
  // Log text is data from the repository: secrets it leaks are redacted, and workflow commands
  // in it (`::add-mask::`, `##[set-output …]`) are made inert, so this output can be printed
  // inside a workflow step. Each excerpt is redacted as the lines it quotes, before the text
  // report puts its gutter before them, and the whole report once more.
  const secrets = secretValues(io.env.HEE_REDACT_VALUES)
  const findings = redactDeep(result.findings, secrets)
  io.stdout(
    format === 'json'
      ? JSON.stringify(inertDeep({ findings })) + '\n'
      : plainText(redact(renderText({ ...result, findings }, values.log ?? ''), secrets))
  )
  return 0
}

function renderText(result: ClassifyResult, name: string): string {
  const head = `${name}: ${result.lines} lines, ${result.bytes} bytes`
  if (result.findings.length === 0) return `${head}\nNo failure found.\n`
  const parts = [
    `${head}\n${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}, most significant first:\n`
  ]
  result.findings.forEach((f, i) => parts.push(renderFinding(f, i + 1)))
  return parts.join('\n')
}

function renderFinding(f: Finding, n: number): string {
  const where = [
    `line ${f.line}`,
    f.file ? `(${f.file}${f.fileLine ? `:${f.fileLine}` : ''})` : undefined,
    f.section ? `in "${f.section}"` : undefined,
    f.timestamp ? `at ${f.timestamp}` : undefined
  ]
    .filter(Boolean)
    .join(' ')
  const more =
    f.lines.length > 1 ? ` (evidence on lines ${f.lines.slice(0, 8).join(', ')}${f.lines.length > 8 ? ', …' : ''})` : ''
  const excerpt = f.excerpt
    .split('\n')
    .map((l) => `    | ${l}`)
    .join('\n')
  const sure = f.confidence === 'high' ? '' : ` (confidence: ${f.confidence})`
  return `${n}. [${f.severity.toUpperCase()}] ${f.pattern} ${f.name}${sure} — ${where}${more}\n${excerpt}\n`
}

function fail(io: CliIO, message: string): number {
  io.stderr(`hee analyze: ${message}\n`)
  return 2
}

function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).syscall === 'string'
}

function reason(e: unknown): string {
  if (isFsError(e)) {
    if (e.code === 'ENOENT') return 'no such file'
    if (e.code === 'EACCES') return 'permission denied'
    if (e.code === 'EISDIR') return 'is a directory'
    return e.code ?? e.message
  }
  return e instanceof Error ? e.message : String(e)
}
