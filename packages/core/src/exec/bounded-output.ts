import { StringDecoder } from 'node:string_decoder'

/** Default in-memory cap per stream: enough for any lint report, bounded for a runaway build. */
export const DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024

/**
 * Collects one stream's bytes up to a cap. Past the cap it keeps the head (what started the
 * trouble) and the tail (how it ended, where tools print their summary) and drops the middle,
 * so memory stays bounded however much a command prints.
 */
export class BoundedOutput {
  private readonly headCap: number
  private readonly tailCap: number
  private readonly head: Buffer[] = []
  private headBytes = 0
  private tail: Buffer[] = []
  private tailBytes = 0
  private dropped = 0
  private readonly decoder = new StringDecoder('utf8')

  constructor(maxBytes = DEFAULT_MAX_OUTPUT_BYTES) {
    this.headCap = Math.floor(maxBytes / 4)
    this.tailCap = maxBytes - this.headCap
  }

  /** Adds a chunk; returns its text for streaming to a progress sink. */
  push(chunk: Buffer): string {
    let rest = chunk
    if (this.headBytes < this.headCap) {
      const take = Math.min(this.headCap - this.headBytes, rest.length)
      this.head.push(rest.subarray(0, take))
      this.headBytes += take
      rest = rest.subarray(take)
    }
    if (rest.length > 0) {
      this.tail.push(rest)
      this.tailBytes += rest.length
      while (this.tailBytes > this.tailCap) {
        const first = this.tail[0]!
        const over = this.tailBytes - this.tailCap
        if (first.length <= over) {
          this.tail.shift()
          this.tailBytes -= first.length
          this.dropped += first.length
        } else {
          this.tail[0] = first.subarray(over)
          this.tailBytes -= over
          this.dropped += over
        }
      }
    }
    return this.decoder.write(chunk)
  }

  /** Whatever text the decoder still holds (an incomplete character at the very end). */
  flush(): string {
    return this.decoder.end()
  }

  get truncated(): boolean {
    return this.dropped > 0
  }

  /** The kept text; a marker line says how much of the middle was dropped. */
  text(): string {
    const head = Buffer.concat(this.head).toString('utf8')
    const tail = Buffer.concat(this.tail).toString('utf8')
    if (this.dropped === 0) return head + tail
    return `${head}\n… [${this.dropped} bytes of output omitted] …\n${tail}`
  }
}
