import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/**
 * The text of an SPDX license, from a published source only, never written by us: Debian's
 * `/usr/share/common-licenses` (where the file name is the SPDX id), then the SPDX license list
 * data of the `spdx-license-list` package when it is installed. Returns undefined when neither has
 * it; the caller may then try `reuse download`, which needs the network.
 */
export function publishedLicenseText(
  id: string,
  roots: { debian?: string; require?: NodeJS.Require } = {}
): string | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(id)) return undefined
  const debian = join(roots.debian ?? '/usr/share/common-licenses', id)
  if (existsSync(debian)) return readFileSync(debian, 'utf8')
  try {
    const req = roots.require ?? createRequire(import.meta.url)
    // resolved at run time so a bundle does not carry the whole list
    const file = req.resolve(['spdx-license-list', 'licenses', `${id}.json`].join('/'))
    const data = JSON.parse(readFileSync(file, 'utf8')) as { licenseText?: unknown }
    if (typeof data.licenseText === 'string' && data.licenseText.trim() !== '') {
      return data.licenseText.endsWith('\n') ? data.licenseText : `${data.licenseText}\n`
    }
  } catch {
    // not installed, or no such license in the list
  }
  return undefined
}
