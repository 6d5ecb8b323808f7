/** Path rules of a fix: protected paths (globs) and the workflow files a fix never carries. */

/** Files a token without the `workflows` permission cannot push, and a fix never changes. */
export function isWorkflowFile(path: string): boolean {
  return /^\.github\/workflows\//.test(path)
}

function globRegExp(pattern: string): RegExp {
  let p = pattern.trim().replace(/^\.?\//, '')
  if (p.endsWith('/')) p += '**'
  let src = ''
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!
    if (c === '*' && p[i + 1] === '*') {
      // `**/` matches any number of folders, a trailing `**` anything below
      if (p[i + 2] === '/') {
        src += '(?:.*/)?'
        i += 2
      } else {
        src += '.*'
        i += 1
      }
    } else if (c === '*') src += '[^/]*'
    else if (c === '?') src += '[^/]'
    else src += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  // A pattern without a slash names a file anywhere, as in .gitignore.
  return new RegExp(`^${p.includes('/') ? '' : '(?:.*/)?'}${src}$`)
}

/**
 * True when `path` (repository-relative) matches one of the glob `patterns`: `*` within a
 * folder, `**` across folders, a trailing `/` for everything below, no slash for any folder.
 */
export function matchesAny(path: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => p.trim() !== '' && globRegExp(p).test(path))
}
