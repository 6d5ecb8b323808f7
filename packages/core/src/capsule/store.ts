import { randomBytes } from 'node:crypto'
import { unlinkSync } from 'node:fs'
import { open, readFile, readdir, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { onExit } from 'signal-exit'
import { HeeError } from '../errors.js'
import { findJsonSyntaxError } from './json-syntax.js'
import type { Capsule } from './types.js'
import { validateCapsule } from './validate.js'

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}

/**
 * Parses and schema-checks capsule JSON. A cut-off text (an interrupted upload or write) is
 * `capsule.truncated`; any other malformed JSON is `capsule.parse` with its byte position;
 * then `capsule.schema` from {@link validateCapsule}. `source` names the file for messages.
 */
export function parseCapsuleText(text: string, source: string): Capsule {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    const problem = findJsonSyntaxError(body) ?? { offset: 0, reason: 'not valid JSON', truncated: false }
    const byte = Buffer.byteLength(body.slice(0, problem.offset), 'utf8')
    if (problem.truncated) {
      throw new HeeError('capsule.truncated', `capsule ${source} is truncated: JSON ends at byte ${byte}`, {
        hint: 'the upload or write was interrupted; use an older capsule'
      })
    }
    throw new HeeError(
      'capsule.parse',
      `capsule ${source} is not valid JSON: ${problem.reason} at byte ${byte} (${lineColumn(body, problem.offset)})`
    )
  }
  // JSON.parse keeps the last of two equal keys; a capsule naming one twice is refused, so no
  // reader can see another value than the one that was signed.
  const duplicate = findJsonSyntaxError(body, { duplicateKeys: true })
  if (duplicate) {
    const byte = Buffer.byteLength(body.slice(0, duplicate.offset), 'utf8')
    throw new HeeError(
      'capsule.parse',
      `capsule ${source} is malformed: ${duplicate.reason} at byte ${byte} (${lineColumn(body, duplicate.offset)})`
    )
  }
  try {
    return validateCapsule(value)
  } catch (e) {
    if (e instanceof HeeError) throw new HeeError(e.code, `${source}: ${e.message}`, { hint: e.hint, cause: e })
    throw e
  }
}

/** Reads a capsule file and parses it with {@link parseCapsuleBytes}. */
export async function readCapsuleFile(path: string): Promise<Capsule> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`
    throw new HeeError('capsule.read', `capsule file ${path} ${why}`, { cause: e })
  }
  return parseCapsuleBytes(bytes, path)
}

/**
 * Decodes capsule bytes as strict UTF-8 (a damaged byte is an error, never a silent U+FFFD)
 * and parses them with {@link parseCapsuleText}.
 */
export function parseCapsuleBytes(bytes: Uint8Array, source: string): Capsule {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new HeeError('capsule.parse', `capsule ${source} is not valid UTF-8 text`)
  }
  return parseCapsuleText(text, source)
}

/** The on-disk form: pretty JSON, 2 spaces, trailing newline. */
export function formatCapsule(c: Capsule): string {
  return `${JSON.stringify(c, null, 2)}\n`
}

/** The temp file name `writeCapsuleFile` uses for `path`: `.<name>.<pid>.<random>.tmp` beside it. */
function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes temp files an earlier write of `path` left behind when its process was killed
 * (`kill -9`, a lost runner): those whose writing process no longer runs. Returns their names.
 */
export async function sweepStaleTemps(path: string): Promise<string[]> {
  const dir = dirname(path)
  const prefix = `.${basename(path)}.`
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const swept: string[] = []
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue
    const m = /^(\d{1,10})\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length))
    if (!m) continue
    const pid = Number(m[1])
    if (pid === process.pid || alive(pid)) continue
    await unlink(join(dir, name)).then(
      () => swept.push(name),
      () => undefined
    )
  }
  return swept
}

/**
 * Writes `c` atomically: validate, write a temp file in the same directory, fsync, rename over
 * `path`. On any failure the old file is untouched and the temp file is removed, also when the
 * process is ended by a signal meanwhile; temp files of writers that were killed outright are
 * swept first. A reader never sees half a capsule.
 */
export async function writeCapsuleFile(path: string, c: Capsule): Promise<void> {
  validateCapsule(c)
  await writeTextAtomic(
    path,
    formatCapsule(c),
    (code) => `cannot write capsule ${path} (${code}); the previous file is unchanged`
  )
}

/**
 * The atomic write behind {@link writeCapsuleFile}, for any text (a report, a key): temp file,
 * fsync, rename; the temp file goes on every exit path. `message` words a failure.
 */
export async function writeTextAtomic(
  path: string,
  text: string,
  message: (code: string) => string = (code) => `cannot write ${path} (${code})`,
  mode = 0o644
): Promise<void> {
  const dir = dirname(path)
  await sweepStaleTemps(path)
  const temp = tempName(path)
  const removeOnExit = onExit(() => {
    try {
      unlinkSync(temp)
    } catch {
      // not created yet, or renamed already
    }
  })
  try {
    const handle = await open(temp, 'wx', mode)
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (e) {
    await unlink(temp).catch(() => undefined)
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    throw new HeeError('capsule.write', message(code), { cause: e })
  } finally {
    removeOnExit()
  }
  // The rename is durable only once the directory entry is on disk; not every platform can
  // fsync a directory, and the data is already safe, so failure here is not an error.
  try {
    const d = await open(dir, 'r')
    try {
      await d.sync()
    } finally {
      await d.close()
    }
  } catch {
    // best effort
  }
}
