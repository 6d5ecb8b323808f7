/**
 * The last green run as a baseline: the set of line keys of a passing log of the same job. A
 * failed run's evidence line that the passing run printed too ("error: unused import" from a
 * test fixture, a deprecation warning, a retried download) is that job's everyday noise, not
 * the cause.
 *
 * A line's key is its fingerprint (digits and hashes do not count: timestamps, counts, line
 * numbers, commit hashes) after three more things that differ between two runs are taken out:
 * the name under a temporary directory (`/tmp/tmp.x8Fq2`, `_temp/<uuid>.sh`, `…\Temp\…`,
 * macOS's `/var/folders/…/T/…`), durations however written (`1m 3s`, `59.2s`, `850 ms`) and the
 * bar of a progress line (`[=====>   ]`, `████▌`). Memory is one Set entry per distinct line,
 * at most MAX_BASELINE_LINES of them; the log itself is read as a stream and never kept.
 */
import { fingerprint } from './line-fingerprint.js'
import { cleanLine } from './log-line.js'
import { LineSplitter } from './line-splitter.js'

/** Distinct lines kept (about 10 MB at most); a passing log with more adds no more. */
export const MAX_BASELINE_LINES = 1 << 19

// A temporary directory and the name right under it, whatever the runner or tool chose.
const TEMP_PATH =
  /(?:\/private)?\/var\/folders\/[^/\s]+\/[^/\s]+\/T\/[^/\\\s'"`:,;)\]]+|(?:\/tmp|\/_temp|[\\/]te?mp)[\\/][^/\\\s'"`:,;)\]]+/gi
// One or more durations in a row: `1m 3s`, `59.2s`, `850 ms`, `2.1 seconds`.
const DURATION = /(?:\b\d+(?:\.\d+)?\s?(?:ns|µs|us|ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b\s*)+/gi
// A progress bar: a bracketed run of bar characters, or a run of block characters.
const PROGRESS_BAR = /\[[=#>\-.*~ ]{3,}\]| *[█▉▊▋▌▍▎▏░▒▓━╸╺■□]+ */g
const HAS_BAR = /\[[=#>\-.*~ ]{3}|[█▉▊▋▌▍▎▏░▒▓━╸╺■□]/

/** The key of a cleaned log line: equal for two runs' versions of the same line. */
export function baselineKey(text: string): number {
  let t = text
  if (/te?mp|\/T\//i.test(t)) t = t.replace(TEMP_PATH, '<tmp>')
  if (/\d/.test(t)) t = t.replace(DURATION, '<t> ')
  if (HAS_BAR.test(t)) t = t.replace(PROGRESS_BAR, ' <bar> ')
  // 30 bits: a small integer to the JavaScript engine, and a Set of them stays compact.
  return fingerprint(t) & 0x3fffffff
}

export class Baseline {
  private readonly keys: Set<number>
  /** Keys that `has` found: all a cache needs to answer the same questions again. */
  private readonly found = new Set<number>()
  private truncated = false

  constructor(keys: Iterable<number> = []) {
    this.keys = new Set(keys)
  }

  /** Distinct lines held. */
  get size(): number {
    return this.keys.size
  }

  /** True when the passing log had more distinct lines than are kept. */
  get full(): boolean {
    return this.truncated
  }

  /** Adds a cleaned line of the passing log. */
  add(text: string): void {
    if (text.length === 0) return
    if (this.keys.size >= MAX_BASELINE_LINES) {
      this.truncated = true
      return
    }
    this.keys.add(baselineKey(text))
  }

  /** Whether the passing log had a line saying the same as `text` (a cleaned line). */
  has(text: string): boolean {
    if (text.length === 0) return false
    const key = baselineKey(text)
    if (!this.keys.has(key)) return false
    this.found.add(key)
    return true
  }

  /** The keys `has` found so far, ascending: a Baseline of only these answers those lines the same. */
  matched(): number[] {
    return [...this.found].sort((a, b) => a - b)
  }
}

type Chunk = Buffer | Uint8Array | string

/** Reads a passing log (chunks, any size, e.g. a stream) into a Baseline. */
export async function readBaseline(source: AsyncIterable<Chunk> | Iterable<Chunk>): Promise<Baseline> {
  const baseline = new Baseline()
  const splitter = new LineSplitter((text) => baseline.add(cleanLine(text).text))
  for await (const chunk of source) splitter.push(chunk)
  splitter.end()
  return baseline
}
