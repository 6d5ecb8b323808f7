/**
 * A bounded reader for the ZIP archives GitHub serves artifacts as. Any engine that reads files
 * out of an artifact (security reports, coverage reports) goes through it, so every one of them
 * gets the same limits: entries listed, bytes taken (declared and actual, whatever the headers
 * claim), CRC-32, and names that must stay inside the archive. It never throws for a bad
 * archive: what could not be read comes back as notes.
 */
import yauzl from 'yauzl'
import { StringDecoder } from 'node:string_decoder'
import { crc32 } from 'node:zlib'

/** A value and what was skipped or could not be read on the way, in words. */
export interface ReadResult<T> {
  value: T
  notes: string[]
}

export interface ZipLimits {
  /** Entries the central directory may list (default 200). */
  maxEntries?: number
  /** Uncompressed bytes of the files taken, together (default 50 MB). */
  maxTotalBytes?: number
}

export const MAX_ZIP_ENTRIES = 200
export const MAX_ZIP_TOTAL_BYTES = 50 * 1024 * 1024

/** A file of the archive that `select` accepted. */
export interface ZipEntryRef {
  /** Path inside the archive, `/`-separated, as stored. */
  name: string
  /** Uncompressed size the archive declares (yauzl holds the data to it). */
  declaredBytes: number
}

/** A file read whole, as UTF-8 text. */
export interface ZipTextFile {
  name: string
  text: string
}

/**
 * Reads one selected entry. `data` yields the uncompressed bytes; the reader stops it with an
 * error past the byte budget or on a CRC mismatch at its end. A consumer may stop early (it has
 * what it needs): the rest of the entry is then not read.
 */
export type EntryConsumer<T> = (entry: ZipEntryRef, data: AsyncIterable<Buffer>) => Promise<T>

/** True for names that would leave the folder the archive is unpacked in (zip-slip) or are no paths. */
export function leavesArchive(name: string): boolean {
  return name.includes('\0') || name.startsWith('/') || /^[a-z]:/i.test(name) || name.split(/[\\/]/).includes('..')
}

function openZip(zip: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // Names are decoded and checked here (not by yauzl) so one bad name skips one entry
    // instead of failing the whole archive.
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, decodeStrings: false }, (err, zf) =>
      err || !zf ? reject(err ?? new Error('no zip')) : resolve(zf)
    )
  )
}

function listEntries(zf: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = []
  return new Promise((resolve, reject) => {
    zf.on('entry', (e: yauzl.Entry) => {
      entries.push(e)
      zf.readEntry()
    })
    zf.on('end', () => resolve(entries))
    zf.on('error', reject)
    zf.readEntry()
  })
}

function openStream(zf: yauzl.ZipFile, e: yauzl.Entry): Promise<NodeJS.ReadableStream & { destroy(e?: Error): void }> {
  return new Promise((resolve, reject) =>
    zf.openReadStream(e, (err, stream) => (err || !stream ? reject(err ?? new Error('no stream')) : resolve(stream)))
  )
}

const nameOf = (e: yauzl.Entry): string => (e.fileName as unknown as Buffer | string).toString()

/** The entry's bytes within `budget.remaining`, checked against its CRC-32 once read whole. */
async function* entryData(
  zf: yauzl.ZipFile,
  e: yauzl.Entry,
  budget: { remaining: number }
): AsyncGenerator<Buffer, void, undefined> {
  const stream = await openStream(zf, e)
  const limit = budget.remaining
  let crc = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      // A zip bomb stops here, whatever its entry declared.
      if (chunk.length > budget.remaining) throw new Error(`more than the ${limit} bytes left to read`)
      budget.remaining -= chunk.length
      crc = crc32(chunk, crc)
      yield chunk
    }
    // yauzl leaves the CRC to its caller; a flipped byte must not pass as a report.
    if (crc >>> 0 !== e.crc32 >>> 0) throw new Error(`${nameOf(e)} fails its CRC-32 check`)
  } finally {
    stream.destroy()
  }
}

/**
 * Reads the entries of `zip` whose names `select` accepts, each through `consume`, in archive
 * order. Bounded: more than `maxEntries` entries, or selected files declaring more than
 * `maxTotalBytes` uncompressed, and nothing is read. Entries that are encrypted, use another
 * method than stored/deflate, or have a name that leaves the archive are skipped with a note,
 * as is an entry that fails while read (the others are still read).
 */
export async function readZip<T>(
  zip: Buffer,
  select: (name: string) => boolean,
  consume: EntryConsumer<T>,
  limits: ZipLimits = {}
): Promise<ReadResult<Array<{ name: string; value: T }>>> {
  const maxEntries = limits.maxEntries ?? MAX_ZIP_ENTRIES
  const maxTotal = limits.maxTotalBytes ?? MAX_ZIP_TOTAL_BYTES
  const notes: string[] = []
  const out: Array<{ name: string; value: T }> = []
  let zf: yauzl.ZipFile | undefined
  try {
    zf = await openZip(zip)
    if (zf.entryCount > maxEntries)
      return { value: [], notes: [`the zip lists ${zf.entryCount} entries, more than the ${maxEntries} read`] }
    const wanted: yauzl.Entry[] = []
    for (const e of await listEntries(zf)) {
      const name = nameOf(e)
      if (name.endsWith('/') || !select(name)) continue
      if (leavesArchive(name)) notes.push(`skipped ${JSON.stringify(name)}: the name leaves the archive`)
      else if (e.isEncrypted()) notes.push(`skipped ${name}: encrypted`)
      else if (e.compressionMethod !== 0 && e.compressionMethod !== 8)
        notes.push(`skipped ${name}: compression method ${e.compressionMethod}`)
      else wanted.push(e)
    }
    const declared = wanted.reduce((sum, e) => sum + e.uncompressedSize, 0)
    if (declared > maxTotal) {
      return {
        value: [],
        notes: [...notes, `the report files hold ${declared} bytes uncompressed, more than the ${maxTotal} read`]
      }
    }
    const budget = { remaining: maxTotal }
    for (const e of wanted) {
      const name = nameOf(e)
      try {
        out.push({ name, value: await consume({ name, declaredBytes: e.uncompressedSize }, entryData(zf, e, budget)) })
      } catch (err) {
        notes.push(`skipped ${name}: ${(err as Error).message}`)
      }
    }
  } catch (err) {
    return { value: [], notes: [...notes, `not a readable zip: ${(err as Error).message}`] }
  } finally {
    zf?.close()
  }
  return { value: out, notes }
}

/**
 * {@link readZip} taking each selected file whole, as UTF-8 text, decoded chunk by chunk as it
 * is unpacked (the bytes are never held beside the text).
 */
export async function readZipText(
  zip: Buffer,
  select: (name: string) => boolean,
  limits: ZipLimits = {}
): Promise<ReadResult<ZipTextFile[]>> {
  const r = await readZip(
    zip,
    select,
    async (_entry, data) => {
      const decoder = new StringDecoder('utf8')
      let text = ''
      for await (const c of data) text += decoder.write(c)
      return text + decoder.end()
    },
    limits
  )
  return { value: r.value.map(({ name, value }) => ({ name, text: value })), notes: r.notes }
}
