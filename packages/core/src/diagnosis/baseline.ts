/**
 * The last green run as a baseline: the fingerprints of every line of a passing log of the
 * same job. A failed run's evidence line that the passing run printed too ("error: unused
 * import" from a test fixture, a retried download) is that job's everyday noise, not the cause.
 * Memory is fixed whatever the passing log's size: a Bloom filter of 2^22 bits (512 KiB).
 */
import { fingerprint, SECOND_SEED } from './line-fingerprint.js'
import { cleanLine } from './log-line.js'
import { LineSplitter } from './line-splitter.js'

const BITS = 1 << 22
const MASK = BITS - 1

export class Baseline {
  private readonly bits = new Uint32Array(BITS >>> 5)
  private count = 0

  /** Lines added so far. */
  get size(): number {
    return this.count
  }

  /** Adds a cleaned line of the passing log. */
  add(text: string): void {
    if (text.length === 0) return
    const a = fingerprint(text)
    const b = fingerprint(text, SECOND_SEED)
    for (let k = 0; k < 3; k++) {
      const bit = (a + Math.imul(k, b)) & MASK
      this.bits[bit >>> 5]! |= 1 << (bit & 31)
    }
    this.count++
  }

  /** Whether the passing log (probably) had a line saying the same as `text`. */
  has(text: string): boolean {
    if (text.length === 0) return false
    const a = fingerprint(text)
    const b = fingerprint(text, SECOND_SEED)
    for (let k = 0; k < 3; k++) {
      const bit = (a + Math.imul(k, b)) & MASK
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false
    }
    return true
  }
}

/** Reads a passing log (chunks, any size) into a Baseline. */
export async function readBaseline(source: AsyncIterable<Buffer | Uint8Array | string>): Promise<Baseline> {
  const baseline = new Baseline()
  const splitter = new LineSplitter((text) => baseline.add(cleanLine(text).text))
  for await (const chunk of source) splitter.push(chunk)
  splitter.end()
  return baseline
}
