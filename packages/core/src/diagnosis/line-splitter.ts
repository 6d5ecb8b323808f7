import { StringDecoder } from 'node:string_decoder'
import { SEPARATOR, type LineScanner } from './literal-index.js'
import { ansiSequenceEnd, MAX_RAW_CHARS, timestampEndOfBytes } from './log-line.js'

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

/** What the line filter says of a segment: none of its literals occurs in it. */
export const FILTERED_CLEAN = 0
/** Some literal of the filter occurs in the segment. */
export const FILTERED_HIT = 1
/** The segment was cut by a chunk boundary: the filter did not read it whole. */
export const FILTERED_CUT = 2
/**
 * A bit added to FILTERED_CLEAN or FILTERED_HIT: the segment holds ANSI escapes. A scanner
 * with escapes steps over each sequence as stripAnsiBytes takes it off, so that what the
 * filter says and the literals it finds are those of the text without them; an OSC sequence,
 * or one that stripAnsiBytes cannot take off over bytes, is scanned as text and makes the
 * segment FILTERED_HIT.
 */
export const FILTERED_ESCAPES = 4

/**
 * Receives each segment as bytes, `buf[from, to)`, with its line number and what the filter
 * says of it (FILTERED_*, with FILTERED_ESCAPES added). A segment that a chunk boundary cut
 * comes in a buffer of its own,
 * which is reused: `buf` is only valid during the call. `scanFrom` is where the scan of the
 * segment started (past its runner timestamp), or -1 when the literals it found in the segment
 * were not all kept (a cut segment, or one begun in an earlier window); the literals found are
 * then ByteSplitter.found[foundFrom, foundTo).
 */
export type ByteSegmentSink = (
  buf: Buffer,
  from: number,
  to: number,
  line: number,
  filtered: number,
  scanFrom: number,
  foundFrom: number,
  foundTo: number
) => void

/** Bytes of a cut segment kept: enough for MAX_RAW_CHARS UTF-16 units whatever the text. */
export const MAX_RAW_BYTES = 3 * MAX_RAW_CHARS + 4
/** Bytes scanned before their segments are handed over: bounds the lists of segment ends and literals found. */
const WINDOW = 64 * 1024

/** Where literals ended in the current window: the byte's position and the automaton's row there. */
export interface FoundLiterals {
  at: Int32Array
  row: Int32Array
}

/**
 * The RangeSplitter's segments and line count, over bytes: chunks are never decoded here. One
 * pass of the literal automaton (LiteralIndex.lineScanner) over each chunk finds the
 * separators, tells which segments hold a literal that counts, so the sink can leave the
 * others undecoded, and keeps where literals ended, so the sink need not scan a segment again.
 * Memory is bounded as in RangeSplitter: at most MAX_RAW_BYTES of a segment cut by a chunk
 * boundary.
 */
export class ByteSplitter {
  private readonly ends = new Int32Array(WINDOW)
  private readonly kinds = new Uint8Array(WINDOW)
  private readonly begins = new Int32Array(WINDOW)
  private readonly foundEnds = new Int32Array(WINDOW)
  /** The literals found in the current window, in order (at most one state per byte). */
  readonly found: FoundLiterals = { at: new Int32Array(WINDOW), row: new Int32Array(WINDOW) }
  private partial: Buffer | undefined
  private partialLength = 0
  private line = 1
  private lineHasText = false
  private bytes = 0

  constructor(
    private readonly scanner: LineScanner,
    private readonly sink: ByteSegmentSink
  ) {}

  /** Feeds the next chunk; a string is read as its UTF-8 bytes. */
  push(chunk: Buffer | Uint8Array | string): void {
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    this.bytes += buf.length
    const { next, table, counted, width, escapes } = this.scanner
    const { ends, kinds, begins, foundEnds } = this
    const foundAt = this.found.at
    const foundRow = this.found.row
    let start = 0
    // A segment that started in an earlier chunk is read in full whatever the scan says of
    // it, so the scan starts each chunk afresh. A segment's runner timestamp is not scanned:
    // the text a reader reads starts after it.
    let row = 0
    let kind = 0
    let i = this.partialLength > 0 ? 0 : textStart(buf, 0)
    // Where the scan of the open segment started; -1 while it is one the sink reads in full.
    let scanFrom = this.partialLength > 0 ? -1 : i
    while (i < buf.length) {
      const stop = Math.min(buf.length, i + WINDOW)
      // The literals found before this window are dropped: the open segment's are incomplete.
      const windowStart = i
      let nFound = 0
      // The hot loop: one table step per byte, a branch only where a literal, a segment or an
      // escape sequence ends.
      let count = 0
      for (; i < stop; i++) {
        row = next[row + table[buf[i]!]!]!
        if (row < 0) {
          if (row === SEPARATOR) {
            ends[count] = i
            kinds[count] = kind
            begins[count] = scanFrom < windowStart ? -1 : scanFrom
            foundEnds[count++] = nFound
            row = 0
            kind = 0
            // Past a timestamp the scan goes on where the text starts (perhaps in the next window).
            i = textStart(buf, i + 1) - 1
            scanFrom = i + 1
          } else if (row <= escapes) {
            // The sequence is stepped over and the scan goes on in the row before it. An OSC
            // sequence (which may hold any text) or one that stripAnsiBytes cannot take off
            // is scanned as text, as the rest of the segment is, and makes it a candidate.
            row = escapes - row
            const end = buf[i + 1] === 0x5d ? -1 : ansiSequenceEnd(buf, i, buf.length)
            if (end < 0) kind |= FILTERED_HIT | FILTERED_ESCAPES
            else {
              kind |= FILTERED_ESCAPES
              i = end - 1
            }
          } else {
            row = ~row
            foundAt[nFound] = i
            foundRow[nFound++] = row
            kind |= counted[row / width]!
          }
        }
      }
      let foundFrom = 0
      for (let k = 0; k < count; k++) {
        const end = ends[k]!
        const filtered = kinds[k]!
        const foundTo = foundEnds[k]!
        if (this.partialLength > 0) {
          this.append(buf, start, end)
          this.emitPartial()
        } else if (end > start) {
          this.lineHasText = true
          this.sink(buf, start, end, this.line, filtered, begins[k]!, foundFrom, foundTo)
        }
        foundFrom = foundTo
        if (buf[end] === 0x0a) {
          this.line++
          this.lineHasText = false
        }
        start = end + 1
      }
    }
    this.append(buf, start, buf.length)
  }

  /** Flushes the last line; returns the line and byte counts. */
  end(): { lines: number; bytes: number } {
    let lines = this.line - 1
    if (this.partialLength > 0 || this.lineHasText) {
      this.emitPartial()
      lines = this.line
    }
    return { lines, bytes: this.bytes }
  }

  private append(buf: Buffer, from: number, to: number): void {
    const room = MAX_RAW_BYTES - this.partialLength
    if (room <= 0 || from >= to) return
    const n = Math.min(to - from, room)
    this.partial ??= Buffer.allocUnsafe(MAX_RAW_BYTES)
    buf.copy(this.partial, this.partialLength, from, from + n)
    this.partialLength += n
  }

  private emitPartial(): void {
    if (this.partialLength === 0) return
    this.lineHasText = true
    const n = this.partialLength
    this.partialLength = 0
    // The buffer is reused for the next cut segment: the sink reads it during the call only.
    this.sink(this.partial!, 0, n, this.line, FILTERED_CUT, -1, 0, 0)
  }
}

/** Where the text of a segment starting at `at` starts: past a runner timestamp and the blank after it. */
function textStart(buf: Uint8Array, at: number): number {
  const ts = timestampEndOfBytes(buf, at, buf.length)
  if (ts < 0) return at
  return ts < buf.length && buf[ts] === 0x20 ? ts + 1 : ts
}
