import { StringDecoder } from 'node:string_decoder'
import { MAX_RAW_CHARS } from './log-line.js'

/** Bytes decoded at a time: at most 32 KiB of UTF-16, well under V8's large-object size. */
const DECODE_BYTES = 16 * 1024

/** Receives each segment: the text between two `\r`/`\n` and its 1-based line number. */
export type SegmentSink = (text: string, line: number) => void

/**
 * Receives each segment as `s.slice(from, to)` without that slice being made: most lines of a
 * big log need no string of their own (see LogClassifier), so the splitter does not allocate one.
 * `s` is only valid during the call.
 */
export type RangeSink = (s: string, from: number, to: number, line: number) => void

/**
 * Turns chunks (Buffers split anywhere, even inside a UTF-8 sequence, or strings) into
 * segments. Lines are counted on `\n` only, as GitHub and the eval set count them; a `\r`
 * inside a line (progress bars, CRLF) ends a segment but not the line. Memory is bounded:
 * at most MAX_RAW_CHARS of the current segment are kept, the rest is skipped.
 */
export class RangeSplitter {
  private readonly decoder = new StringDecoder('utf8')
  /** The start of a segment that a chunk boundary cut, at most MAX_RAW_CHARS. */
  private partial = ''
  private line = 1
  /** True once the current line has any non-empty segment (for the line count). */
  private lineHasText = false
  private bytes = 0

  constructor(private readonly sink: RangeSink) {}

  push(chunk: Buffer | Uint8Array | string): void {
    if (typeof chunk === 'string') {
      this.bytes += Buffer.byteLength(chunk, 'utf8')
      this.scan(chunk)
    } else {
      this.bytes += chunk.byteLength
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      // Decoded a piece at a time: a string of more than 128 KiB is a large V8 object, each
      // one mapped and unmapped on its own, which makes decoding a big chunk whole many times
      // slower than decoding it in pieces. The decoder carries a sequence cut between pieces.
      for (let at = 0; at < buf.length; at += DECODE_BYTES) {
        this.scan(this.decoder.write(buf.subarray(at, Math.min(buf.length, at + DECODE_BYTES))))
      }
    }
  }

  /** Flushes the last line; returns the line and byte counts. */
  end(): { lines: number; bytes: number } {
    this.scan(this.decoder.end())
    let lines = this.line - 1
    if (this.partial.length > 0 || this.lineHasText) {
      this.emitPartial()
      lines = this.line
    }
    return { lines, bytes: this.bytes }
  }

  private scan(s: string): void {
    // Native indexOf finds the separators far faster than a per-character loop; the next `\r`
    // is looked up once and reused until passed (most logs have none).
    let start = 0
    let cr = s.indexOf('\r')
    for (;;) {
      if (cr >= 0 && cr < start) cr = s.indexOf('\r', start)
      const lf = s.indexOf('\n', start)
      const end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf
      if (end < 0) break
      if (this.partial.length > 0) {
        this.append(s, start, end)
        this.emitPartial()
      } else if (end > start) {
        this.lineHasText = true
        this.sink(s, start, Math.min(end, start + MAX_RAW_CHARS), this.line)
      }
      if (end === lf) {
        this.line++
        this.lineHasText = false
      }
      start = end + 1
    }
    this.append(s, start, s.length)
  }

  private append(s: string, from: number, to: number): void {
    const room = MAX_RAW_CHARS - this.partial.length
    if (room <= 0 || from >= to) return
    this.partial += s.slice(from, Math.min(to, from + room))
  }

  private emitPartial(): void {
    if (this.partial.length === 0) return
    this.lineHasText = true
    const text = this.partial
    this.partial = ''
    this.sink(text, 0, text.length, this.line)
  }
}

/** A RangeSplitter that hands each segment over as a string of its own. */
export class LineSplitter extends RangeSplitter {
  constructor(sink: SegmentSink) {
    super((s, from, to, line) => sink(s.slice(from, to), line))
  }
}
