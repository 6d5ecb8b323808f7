/** Why a change was refused: the file, the line in it, the text and the rule that caught it. */
export interface GuardViolation {
  /** Repository-relative path (the new path; the old one for a deleted file). */
  file: string
  /** 1-based line number: in the new file for an added line, in the old file for a removed line, 0 for the whole file. */
  line: number
  /** Whether the offending line was added or removed (or the file as a whole changed). */
  side: 'added' | 'removed' | 'file'
  /** The line as it appears in the diff, without its +/- marker. */
  text: string
  /** Stable rule id, e.g. `rust-allow`, `test-removed`, `config-changed`. */
  rule: string
  /** One sentence for a person: what the change does instead of fixing. */
  reason: string
}

export type GuardResult = { ok: true } | { ok: false; violations: GuardViolation[] }

/** What the caller knows about the change that makes an otherwise refused edit legitimate. */
export interface GuardContext {
  /**
   * Obsolete snapshot entries a snapshot update may remove: the key as written in the snapshot
   * file (`renders the title 1`), or `path::key` to name it in one snapshot file only.
   */
  allowSnapshotUpdate?: string[]
  /** Config files (repository-relative paths) the strategy is meant to edit, e.g. a license field. */
  allowConfigChange?: string[]
  /** Files the strategy is meant to delete (none of the built-in strategies deletes a file). */
  allowDeletedFiles?: string[]
}
