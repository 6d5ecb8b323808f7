import { ConfigurationError } from '../errors.js'

/** A repository as the API addresses it. */
export interface RepoRef {
  owner: string
  repo: string
}

/** Parses `owner/name` into a RepoRef; anything else is a configuration error naming the value. */
export function parseRepo(fullName: string): RepoRef {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(fullName.trim())
  if (!m) throw new ConfigurationError(`repository "${fullName}" is not of the form owner/name`)
  return { owner: m[1]!, repo: m[2]! }
}

/** A RepoRef from either form. */
export function repoRefOf(repository: RepoRef | string): RepoRef {
  return typeof repository === 'string' ? parseRepo(repository) : { owner: repository.owner, repo: repository.repo }
}
