import { readFile, writeFile } from 'node:fs/promises'
import { ConfigurationError } from '@hee/core/errors'

/** Why a file given on the command line could not be read or written, in a few words. */
export function fileProblem(e: unknown, writing = false): string {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return writing ? 'its folder does not exist' : 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'ENOTDIR') return 'a part of the path is not a folder'
  if (code === 'EEXIST') return 'exists already'
  return code ?? (e instanceof Error ? e.message : String(e))
}

/** The text of the file an option names, or a one-line error naming the option and the file. */
export async function readOptionFile(option: string, path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (e) {
    throw new ConfigurationError(`cannot read --${option} ${path}: ${fileProblem(e)}`, { cause: e })
  }
}

/** Writes the file an option names, or fails with a one-line error naming the option and the file. */
export async function writeOptionFile(
  option: string,
  path: string,
  data: string,
  options: { mode?: number; exclusive?: boolean } = {}
): Promise<void> {
  try {
    await writeFile(path, data, {
      ...(options.mode ? { mode: options.mode } : {}),
      flag: options.exclusive ? 'wx' : 'w'
    })
  } catch (e) {
    throw new ConfigurationError(`cannot write --${option} ${path}: ${fileProblem(e, true)}`, { cause: e })
  }
}

/** JSON from an option's value or file, or a one-line error naming the option. */
export function parseOptionJson(option: string, text: string, path?: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new ConfigurationError(`--${option}${path ? ` ${path}` : ''} is not valid JSON: ${(e as Error).message}`)
  }
}
