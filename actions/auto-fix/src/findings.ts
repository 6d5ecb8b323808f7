/**
 * What failed, for the engine: the failing jobs of the run read over the API (their logs
 * classified as the monitor does), or a log file the job wrote itself.
 */
import { readFile, stat } from 'node:fs/promises'
import { classifyText, ConfigurationError, oneCausePerJob, type RunsReader, type Severity } from '@hee/core'

export interface Finding {
  pattern: string
  severity: Severity
  evidence?: string
  /** The failed job's log it was found in: the engine reads that job's failing command from it. */
  log?: string
}

/** Logs larger than this are read from their end (the failure is at the end). */
const MAX_LOG_BYTES = 20 * 1024 * 1024

/** A job's causes as the monitor counts them: a weaker second finding (cargo's "could not compile" under clippy's lints) is the tool's summary of the first, not a failure to fix or report. */
function findingsOf(log: string): Finding[] {
  return oneCausePerJob(classifyText(log).findings).map((f) => ({
    pattern: f.pattern,
    severity: f.severity,
    evidence: f.excerpt.split('\n')[0] ?? ''
  }))
}

/** A log file given as an input. */
export async function findingsFromFile(path: string): Promise<{ findings: Finding[]; log: string }> {
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw new ConfigurationError(`input \`log-path\`: ${path} does not exist`)
    }
  )
  if (size > MAX_LOG_BYTES) throw new ConfigurationError(`input \`log-path\`: ${path} is larger than 20 MB`)
  const log = await readFile(path, 'utf8')
  return { findings: findingsOf(log), log }
}

/** The failed jobs of `runId`: each log classified; the log of the first job with a finding. */
export async function findingsFromRun(runs: RunsReader, runId: number): Promise<{ findings: Finding[]; log?: string }> {
  const jobs = (await runs.listJobs(runId)).filter((j) => j.conclusion === 'failure')
  const findings: Finding[] = []
  let firstLog: string | undefined
  for (const job of jobs) {
    const chunks: Buffer[] = []
    let size = 0
    for await (const c of runs.downloadJobLog(job.id)) {
      chunks.push(c)
      size += c.length
      while (size > MAX_LOG_BYTES && chunks.length > 1) size -= chunks.shift()!.length
    }
    const log = Buffer.concat(chunks).toString('utf8')
    const found = findingsOf(log)
    if (found.length && firstLog === undefined) firstLog = log
    findings.push(...found.map((f) => ({ ...f, log })))
  }
  return { findings, ...(firstLog === undefined ? {} : { log: firstLog }) }
}
