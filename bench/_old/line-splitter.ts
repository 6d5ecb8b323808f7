import { StringDecoder } from 'node:string_decoder'
import { MAX_RAW_CHARS } from './log-line.js'

/** Receives each segment: the text between two `\r`/`\n` and its 1-based line number. */
export type SegmentSink = (text: string, line: number) => void

/**
 * Turns chunks (Buffers split anywhere, even inside a UTF-8 sequence, or strings) into
 * segments. Lines are counted on `\n` only, as GitHub and the eval set count them; a `\r`
 * inside a line (progress bars, CRLF) ends a segment but not the line. Memory is bounded:
 * at most MAX_RAW_CHARS of the current segment are kept, the rest is skipped.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8')
  private partial = ''
  private line = 1
  /** True once the current line has any non-empty segment (for the line count). */
  private lineHasText = false
  private lines = 0
  private bytes = 0

  constructor(private readonly sink: SegmentSink) {}

  push(chunk: Buffer | Uint8Array | string): void {
    if (typeof chunk === 'string') {
      this.bytes += Buffer.byteLength(chunk, 'utf8')
      this.scan(chunk)
    } else {
      this.bytes += chunk.byteLength
      this.scan(this.decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)))
    }
  }

  /** Flushes the last line; returns the line and byte counts. */
  end(): { lines: number; bytes: number } {
    this.scan(this.decoder.end())
    if (this.partial.length > 0 || this.lineHasText) {
      this.emit()
      this.lines = this.line
    } else {
      this.lines = this.line - 1
    }
    return { lines: this.lines, bytes: this.bytes }
  }

  private scan(s: string): void {
    let start = 0
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      if (c !== 10 && c !== 13) continue
      this.append(s, start, i)
      this.emit()
      if (c === 10) {
        this.line++
        this.lineHasText = false
      }
      start = i + 1
    }
    this.append(s, start, s.length)
  }

  private append(s: string, from: number, to: number): void {
    const room = MAX_RAW_CHARS - this.partial.length
    if (room <= 0 || from >= to) return
    this.partial += s.slice(from, Math.min(to, from + room))
  }

  private emit(): void {
    if (this.partial.length === 0) return
    this.lineHasText = true
    const text = this.partial
    this.partial = ''
    this.sink(text, this.line)
  }
}
