import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Transform, type Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'
import { createGunzip } from 'node:zlib'
import { CoverageReportError } from './report-error.js'

/** How many bytes of a report are read to tell its format. */
export const HEAD_BYTES = 64 * 1024

/** A report file ready to be detected and streamed; gzip-compressed reports are opened transparently. */
export interface ReportSource {
  /** The name used in messages (as the user gave it). */
  name: string
  path: string
  gzip: boolean
  /** The first HEAD_BYTES of the (decompressed) content, as text. */
  head: string
  /** A fresh stream of the (decompressed) content. */
  open(): Readable
}

export async function openReport(path: string, name = path): Promise<ReportSource> {
  let fh
  try {
    fh = await open(path, 'r')
  } catch (e) {
    throw new CoverageReportError(name, undefined, `cannot read the report: ${fsReason(e)}`)
  }
  let gzip = false
  try {
    const st = await fh.stat()
    if (!st.isFile()) throw new CoverageReportError(name, undefined, 'cannot read the report: not a file')
    const magic = Buffer.alloc(2)
    await fh.read(magic, 0, 2, 0)
    gzip = magic[0] === 0x1f && magic[1] === 0x8b
  } finally {
    await fh.close()
  }
  const openBytes = (): Readable => {
    // 64 KB: a decoded chunk stays below V8's large-object size, so it dies young with the
    // lines cut from it instead of piling up in the old generation until a full collection.
    const raw = createReadStream(path, { highWaterMark: 64 * 1024 })
    if (!gzip) return raw
    const gunzip = createGunzip()
    raw.on('error', (e) => gunzip.destroy(e))
    return raw.pipe(gunzip)
  }
  // A byte order mark says how the text is encoded: Windows tools (PowerShell's `>`, .NET
  // writers, editors) put one before UTF-8 and write UTF-16. Parsers read UTF-8 without it.
  const raw = await readHead(openBytes(), name, HEAD_BYTES)
  const bom = byteOrderMark(raw)
  const openStream = (): Readable => {
    const bytes = openBytes()
    if (!bom) return bytes
    const text = toUtf8(bom)
    bytes.on('error', (e) => text.destroy(e))
    return bytes.pipe(text)
  }
  const head = (bom ? await readHead(openStream(), name, HEAD_BYTES) : raw).toString('utf8')
  return { name, path, gzip, head, open: openStream }
}

type Bom = 'utf8' | 'utf16le' | 'utf16be'

function byteOrderMark(b: Buffer): Bom | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf8'
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf16le'
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf16be'
  return undefined
}

/** Drops the byte order mark and turns UTF-16 into UTF-8, chunk by chunk. */
function toUtf8(bom: Bom): Transform {
  let skip = bom === 'utf8' ? 3 : 2
  const decoder = bom === 'utf8' ? undefined : new StringDecoder('utf16le')
  let odd: Buffer | undefined // UTF-16BE: a byte left over for the next chunk's swap
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      let b = chunk
      if (skip) {
        const n = Math.min(skip, b.length)
        skip -= n
        b = b.subarray(n)
      }
      if (!decoder) return done(null, b)
      if (bom === 'utf16be') {
        if (odd) b = Buffer.concat([odd, b])
        odd = b.length % 2 ? b.subarray(b.length - 1) : undefined
        b = Buffer.from(b.subarray(0, b.length - (odd ? 1 : 0))).swap16()
      }
      done(null, Buffer.from(decoder.write(b), 'utf8'))
    },
    flush(done) {
      done(null, decoder ? Buffer.from(decoder.end(), 'utf8') : undefined)
    }
  })
}

async function readHead(stream: Readable, name: string, bytes: number): Promise<Buffer> {
  const parts: Buffer[] = []
  let n = 0
  try {
    for await (const chunk of stream) {
      const b = chunk as Buffer
      parts.push(b)
      n += b.length
      if (n >= bytes) break
    }
  } catch (e) {
    throw new CoverageReportError(name, undefined, `cannot read the report: ${(e as Error).message}`)
  } finally {
    stream.destroy()
  }
  return Buffer.concat(parts).subarray(0, bytes)
}

export function fsReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException
  if (err?.code === 'ENOENT') return 'no such file'
  if (err?.code === 'EACCES') return 'permission denied'
  if (err?.code === 'EISDIR') return 'is a directory'
  return err?.message ?? String(e)
}
