/**
 * The one bounded reader for download bodies (job logs, artifact zips): it counts bytes,
 * refuses a body whose announced or actual size passes `maxBytes` (abandoning the rest
 * unread), and tells a body cut short — by the connection or by falling short of its
 * Content-Length — from one that ended. It also bounds the time: a body still coming after
 * `maxMs`, or silent for `idleMs`, is abandoned the same way (a body that trickles forever).
 */

/** A response body, its announced length and a way to abandon it. */
export interface BodySource {
  body: AsyncIterable<Uint8Array> | null
  /** Content-Length, NaN when not announced. */
  length: number
  cancel: () => Promise<void>
}

export interface BodyLimits {
  /** Largest body read; more fails with `tooLarge` (default: no limit). */
  maxBytes?: number
  /** Yield the first `maxBytes` before failing, whatever the announced length (a log). */
  partial?: boolean
  /** Longest time the whole body may take, in ms; past it fails with `slow` (default: none). */
  maxMs?: number
  /** Longest wait for the next chunk, in ms; past it fails with `slow` (default: none). */
  idleMs?: number
}

/** How a caller names the two ways a body can fail. */
export interface BodyFailures {
  /** `size` is the announced length when that alone was too large, else undefined. */
  tooLarge(size: number | undefined): Error
  /** The body stopped after `bytes` (`expected` is NaN when unannounced); `cause` when the connection failed. */
  cut(bytes: number, expected: number, cause?: unknown): Error
  /** The body was abandoned after `bytes`: still coming after `maxMs` (`total`) or silent for `idleMs` (`idle`). */
  slow(bytes: number, limit: 'total' | 'idle', ms: number): Error
}

/** The body chunk by chunk, within `limits`; see the module comment. */
export async function* readBody(source: BodySource, limits: BodyLimits, fail: BodyFailures): AsyncGenerator<Buffer> {
  const { body, length, cancel } = source
  if (!body) return
  const maxBytes = limits.maxBytes ?? Infinity
  if (!limits.partial && Number.isFinite(length) && length > maxBytes) {
    await cancel()
    throw fail.tooLarge(length)
  }
  let bytes = 0
  // A timer abandons the body (`cancel` aborts its request) when a time limit passes; the
  // pending read then fails and the limit, not the cut, is reported.
  const ends = Date.now() + (limits.maxMs ?? Infinity)
  let expired: { limit: 'total' | 'idle'; ms: number } | undefined
  let timer: NodeJS.Timeout | undefined
  const arm = (): void => {
    clearTimeout(timer)
    const total = ends - Date.now()
    const idle = limits.idleMs ?? Infinity
    const wait = Math.max(0, Math.min(total, idle))
    if (!Number.isFinite(wait)) return
    timer = setTimeout(() => {
      expired = idle < total ? { limit: 'idle', ms: idle } : { limit: 'total', ms: limits.maxMs! }
      void cancel()
    }, wait)
  }
  const iterator = body[Symbol.asyncIterator]()
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>
      arm()
      try {
        next = await iterator.next()
      } catch (e) {
        if (expired) throw fail.slow(bytes, expired.limit, expired.ms)
        throw fail.cut(bytes, length, e)
      }
      if (expired) throw fail.slow(bytes, expired.limit, expired.ms)
      if (next.done) break
      const chunk = next.value
      bytes += chunk.byteLength
      if (bytes > maxBytes) {
        const room = chunk.byteLength - (bytes - maxBytes)
        if (limits.partial && room > 0) yield Buffer.from(chunk.buffer, chunk.byteOffset, room)
        await cancel()
        throw fail.tooLarge(Number.isFinite(length) ? length : undefined)
      }
      clearTimeout(timer)
      yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    }
  } finally {
    clearTimeout(timer)
  }
  if (Number.isFinite(length) && bytes < length) throw fail.cut(bytes, length)
}

/** The whole body in one buffer, within `limits`. */
export async function readWholeBody(source: BodySource, limits: BodyLimits, fail: BodyFailures): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of readBody(source, limits, fail)) chunks.push(chunk)
  return Buffer.concat(chunks)
}
