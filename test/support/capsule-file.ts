/** Reading the capsule file an action left behind, as the next step would. */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseCapsuleText, type Capsule } from '../../packages/core/src/capsule/index.js'

/** Parses the capsule at `path`; a parse error names the file. */
export function readCapsule(path: string): Capsule {
  return parseCapsuleText(readFileSync(path, 'utf8'), basename(path))
}
