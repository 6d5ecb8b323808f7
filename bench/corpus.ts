/**
 * `hee analyze` on real, failure-dense text: the logs of the shared eval set (`shared/eval`
 * beside the checkout; 89 real CI logs, about 211 MB once concatenated 40 times), or where
 * that set is absent the corpus's dev logs (complete job logs and excerpts of many tools and CI
 * services, about 17 MB), built in a temp folder, with one failing log last so that the job
 * reads as failed and the run concludes with findings. Against `grep -E` with 30 common
 * failure patterns over the same file, each a whole process timed and measured by /usr/bin/time.
 */
import { spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { LogClassifier } from '../packages/core/src/index.js'
import { bundle, ROOT } from '../test/support/workflow.js'
import { findEvalSet } from '../test/unit/diagnosis/eval-set.js'
import type { Figure } from './stats.js'

const MB = 1024 * 1024
const COPIES = 40
const EVAL = findEvalSet(ROOT)
const LOGS = EVAL ? join(EVAL, 'logs') : join(ROOT, 'test', 'fixtures', 'corpus', 'dev', 'logs')
const SOURCE = EVAL ? 'shared eval logs' : 'dev corpus'

/** What a person greps a CI log for: error levels, failure words, runners' and tools' failure lines. */
export const GREP_PATTERNS: readonly string[] = [
  'error:',
  'Error:',
  'ERROR',
  'FAILED',
  'FAIL ',
  'fatal:',
  'panic:',
  'Traceback',
  'Exception',
  'AssertionError',
  'assert',
  'failed',
  'failure',
  'not found',
  'No such file',
  'cannot find',
  'Cannot find module',
  'ModuleNotFoundError',
  'command not found',
  'timed out',
  'timeout',
  'exceeded',
  'Killed',
  'No space left',
  'ECONNRESET',
  'Connection refused',
  'vulnerabilit',
  'licen[cs]e',
  'npm ERR!',
  'exit code [1-9]'
]

function timed(cmd: string, args: string[]): { seconds: number; cpu: number; maxRssKb: number; stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 256 * MB })
  const last = r.stderr.trim().split('\n').pop() ?? ''
  const [s, m, u, k] = last.split(' ').map(Number)
  return { seconds: s ?? NaN, cpu: (u ?? NaN) + (k ?? NaN), maxRssKb: m ?? NaN, stdout: r.stdout }
}

function logNames(): string[] {
  return readdirSync(LOGS)
    .filter((n) => n.endsWith('.log'))
    .sort()
}

function logTexts(): Buffer[] {
  return logNames().map((n) => readFileSync(join(LOGS, n)))
}

/**
 * How many regexes the classifier runs per MB of the logs (read 4 times over, in this
 * process): a count of work that the machine's load does not move, unlike the timings.
 */
export function regexRunsPerMb(): Figure {
  const texts = logTexts()
  const proto = RegExp.prototype
  const { exec, test } = proto
  let runs = 0
  const classifier = new LogClassifier()
  let bytes = 0
  proto.exec = function (this: RegExp, s: string) {
    runs++
    return exec.call(this, s)
  }
  proto.test = function (this: RegExp, s: string) {
    runs++
    return test.call(this, s)
  }
  try {
    for (let i = 0; i < 4; i++) {
      for (const t of texts) {
        classifier.push(t)
        bytes += t.length
        if (t.length > 0 && t[t.length - 1] !== 0x0a) classifier.push('\n')
      }
    }
    classifier.end()
  } finally {
    proto.exec = exec
    proto.test = test
  }
  return {
    name: `classifier regex runs, ${SOURCE} ×4 (in process)`,
    value: runs / (bytes / MB),
    unit: 'per MB',
    note: `${runs} runs over ${(bytes / MB).toFixed(1)} MB`
  }
}

/**
 * The first log of the set that, read after one copy of them all, makes the whole read as a
 * failed job: the set ends with passing logs, and a file read as passed would be timed
 * without the work of concluding on its failure.
 */
function failingLast(texts: readonly Buffer[]): { index: number; findings: number } {
  for (let index = 0; index < texts.length; index++) {
    const c = new LogClassifier()
    for (const t of [...texts, texts[index]!]) {
      c.push(t)
      if (t.length > 0 && t[t.length - 1] !== 0x0a) c.push('\n')
    }
    const findings = c.end().findings.length
    if (findings > 0) return { index, findings }
  }
  throw new Error(`no log of ${LOGS} makes the concatenation read as a failed job`)
}

async function concatenated(dir: string): Promise<{ file: string; last: string }> {
  const file = join(dir, `logs-x${COPIES}.log`)
  const texts = logTexts()
  const { index } = failingLast(texts)
  const out = createWriteStream(file)
  for (let i = 0; i <= COPIES; i++) {
    for (const t of i < COPIES ? texts : [texts[index]!]) {
      if (!out.write(t)) await new Promise<void>((r) => out.once('drain', () => r()))
      if (t.length > 0 && t[t.length - 1] !== 0x0a) out.write('\n')
    }
  }
  out.end()
  await finished(out)
  return { file, last: logNames()[index]! }
}

export async function benchCorpus(): Promise<Figure[]> {
  if (!existsSync('/usr/bin/time'))
    return [{ name: 'corpus classification', value: NaN, unit: 'skipped: /usr/bin/time is missing' }]
  const dir = mkdtempSync(join(tmpdir(), 'hee-bench-corpus-'))
  try {
    const { file, last } = await concatenated(dir)
    const bytes = statSync(file).size
    timed('cat', [file]) // warm the page cache for both
    const ours = timed(process.execPath, [bundle('cli'), 'analyze', '--log', file, '--format', 'json'])
    const findings = (JSON.parse(ours.stdout) as { findings: unknown[] }).findings.length
    const args = GREP_PATTERNS.flatMap((p) => ['-e', p])
    const grep = timed('grep', ['-E', '-c', ...args, file])
    const size = `${Math.round(bytes / MB)} MB`
    return [
      {
        name: `hee analyze, ${SOURCE} ×${COPIES}, then ${last} (${size})`,
        value: bytes / MB / ours.seconds,
        unit: 'MB/s',
        note: `${ours.seconds.toFixed(2)} s, ${ours.cpu.toFixed(2)} s CPU (${(bytes / MB / ours.cpu).toFixed(1)} MB/s of CPU), peak RSS ${Math.round(ours.maxRssKb / 1024)} MB, ${findings} findings`
      },
      {
        name: `grep -E (${GREP_PATTERNS.length} failure patterns), ${size}`,
        value: bytes / MB / grep.seconds,
        unit: 'MB/s',
        note: `${grep.seconds.toFixed(2)} s, ${grep.cpu.toFixed(2)} s CPU, peak RSS ${Math.round(grep.maxRssKb / 1024)} MB, ${grep.stdout.trim()} matching lines; hee/grep time ratio ${(ours.seconds / grep.seconds).toFixed(2)}`
      },
      regexRunsPerMb()
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
