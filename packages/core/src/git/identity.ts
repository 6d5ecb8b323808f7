/** A commit author or committer. */
export interface GitIdentity {
  name: string
  email: string
}

/**
 * Parses `Name <email>` (the form of git's own `--author`). Throws on anything else, so a
 * typo in an input does not become a commit by "unknown".
 */
export function parseIdentity(text: string): GitIdentity {
  const m = /^\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text)
  if (!m || m[1] === '') throw new Error(`expected "Name <email>", got "${text}"`)
  return { name: m[1]!, email: m[2]! }
}

/** `Name <email>` */
export function formatIdentity(id: GitIdentity): string {
  return `${id.name} <${id.email}>`
}
