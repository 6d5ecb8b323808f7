import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import type { Readable } from 'node:stream'
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
  const openStream = (): Readable => {
    const raw = createReadStream(path, { highWaterMark: 256 * 1024 })
    if (!gzip) return raw
    const gunzip = createGunzip()
    raw.on('error', (e) => gunzip.destroy(e))
    return raw.pipe(gunzip)
  }
  const head = await readHead(openStream(), name)
  return { name, path, gzip, head, open: openStream }
}

async function readHead(stream: Readable, name: string): Promise<string> {
  const parts: Buffer[] = []
  let n = 0
  try {
    for await (const chunk of stream) {
      const b = chunk as Buffer
      parts.push(b)
      n += b.length
      if (n >= HEAD_BYTES) break
    }
  } catch (e) {
    throw new CoverageReportError(name, undefined, `cannot read the report: ${(e as Error).message}`)
  } finally {
    stream.destroy()
  }
  // Cut at the last complete UTF-8 sequence so detection never sees a broken character.
  return Buffer.concat(parts).subarray(0, HEAD_BYTES).toString('utf8')
}

export function fsReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException
  if (err?.code === 'ENOENT') return 'no such file'
  if (err?.code === 'EACCES') return 'permission denied'
  if (err?.code === 'EISDIR') return 'is a directory'
  return err?.message ?? String(e)
}
