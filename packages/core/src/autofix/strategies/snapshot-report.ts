/**
 * Reads the JSON report vitest and jest write (`--reporter=json` / `--json`, the same shape) and
 * tells snapshot mismatches from every other failure: only a run whose every failure is a
 * snapshot mismatch may be fixed by updating snapshots.
 */

export interface TestFailure {
  /** The test file, relative to the project root. */
  file: string
  name: string
  snapshot: boolean
  /** First line of the failure message. */
  message: string
}

export interface SnapshotReport {
  failures: TestFailure[]
  /** Test files with at least one snapshot mismatch. */
  snapshotFiles: string[]
  /** True when something failed that is not a snapshot mismatch (or a suite failed to run). */
  otherFailures: boolean
  /** Obsolete snapshot keys per snapshot-owning test file (what `-u` would delete). */
  obsolete: Array<{ file: string; keys: string[] }>
}

const SNAPSHOT_MESSAGE =
  /Snapshot `[^`]*` mismatched|\.toMatch(?:Inline)?Snapshot\(|\.toThrowErrorMatching(?:Inline)?Snapshot\(|Snapshot name: `|toMatchFileSnapshot|mismatched inline snapshot/i

interface AssertionResult {
  status?: string
  fullName?: string
  title?: string
  failureMessages?: unknown[]
}
interface FileResult {
  name?: string
  testFilePath?: string
  status?: string
  message?: string
  failureMessage?: string | null
  assertionResults?: AssertionResult[]
}
interface RawReport {
  testResults?: FileResult[]
  snapshot?: { uncheckedKeysByFile?: Array<{ filePath?: string; keys?: string[] }> }
}

function relativeTo(root: string, file: string): string {
  const r = root.endsWith('/') ? root : `${root}/`
  return file.startsWith(r) ? file.slice(r.length) : file
}

/** Classifies the failures of a vitest/jest JSON report; paths are made relative to `root`. */
export function parseTestReport(json: string, root: string): SnapshotReport {
  const raw = JSON.parse(json) as RawReport
  const failures: TestFailure[] = []
  let otherFailures = false
  for (const f of raw.testResults ?? []) {
    const file = relativeTo(root, f.name ?? f.testFilePath ?? '')
    const failed = (f.assertionResults ?? []).filter((a) => a.status === 'failed')
    // a suite that failed without a failing test (syntax error, import error) is never a snapshot
    if (f.status === 'failed' && failed.length === 0) otherFailures = true
    for (const a of failed) {
      const messages = (a.failureMessages ?? []).map(String)
      const snapshot = messages.length > 0 && messages.every((m) => SNAPSHOT_MESSAGE.test(m))
      if (!snapshot) otherFailures = true
      failures.push({
        file,
        name: a.fullName ?? a.title ?? '',
        snapshot,
        message: (messages[0] ?? '').split('\n')[0] ?? ''
      })
    }
  }
  const snapshotFiles = [...new Set(failures.filter((f) => f.snapshot).map((f) => f.file))]
  const obsolete = (raw.snapshot?.uncheckedKeysByFile ?? []).map((u) => ({
    file: relativeTo(root, u.filePath ?? ''),
    keys: u.keys ?? []
  }))
  return { failures, snapshotFiles, otherFailures, obsolete }
}

/** True when a test log shows a snapshot mismatch (vitest's or jest's wording). */
export function logShowsSnapshotMismatch(lines: readonly string[]): boolean {
  return lines.some((l) =>
    /Snapshot `[^`]*` mismatched|\d+ snapshots? failed|Snapshots:\s+\d+ failed|toMatch(?:Inline)?Snapshot/.test(l)
  )
}
