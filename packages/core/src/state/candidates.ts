/**
 * Capsule artifacts are named `<prefix>-v<version>`: every update uploads a new artifact,
 * so a good capsule is never overwritten (two jobs of one run can both update) and the
 * loader can pick the newest version without downloading every candidate.
 */
export interface CapsuleCandidate {
  /** Artifact id. */
  id: number
  name: string
  /** Version claimed by the artifact name; the capsule inside must agree. */
  version: number
  /** Workflow run that uploaded it. */
  runId: number
  createdAt?: Date
  /** `run`: this workflow run; `previous-run`: an earlier run of the repository. */
  origin: 'run' | 'previous-run'
  /** Branch of the run that uploaded it, as the artifact list says. */
  headBranch?: string
}

export function capsuleArtifactName(prefix: string, version: number): string {
  return `${prefix}-v${version}`
}

/** Version encoded in an artifact name of this prefix, or undefined for other artifacts. */
export function versionFromName(prefix: string, name: string): number | undefined {
  if (!name.startsWith(`${prefix}-v`)) return undefined
  const rest = name.slice(prefix.length + 2)
  if (!/^[1-9][0-9]{0,14}$/.test(rest)) return undefined
  return Number(rest)
}

/** Newest first: higher version, then later upload. */
export function orderCandidates(list: CapsuleCandidate[]): CapsuleCandidate[] {
  return [...list].sort(
    (a, b) => b.version - a.version || (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0) || b.id - a.id
  )
}
