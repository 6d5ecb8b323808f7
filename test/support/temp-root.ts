// Setup file of every test file: all temporary folders of one test file live under one root,
// removed when the file ends. os.tmpdir() reads TMPDIR on each call and child processes inherit
// it, so the tests, the code they run and the tools they start all write below this root; one
// `rm` after the file leaves nothing behind, whichever path a test took.
// HEE_KEEP_TMP=1 keeps the root of a file with a failed test (its path is printed).
import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach } from 'vitest'
import { TEMP_ROOT_PREFIX, TEMP_VARS } from './temp-names.js'

const saved = new Map(TEMP_VARS.map((name) => [name, process.env[name]]))
// Named after the run (set by temp-report.ts; else the vitest process, this worker's parent),
// so a run counts only its own.
const run = process.env['HEE_TEST_RUN'] ?? String(process.ppid)
const root = mkdtempSync(join(tmpdir(), `${TEMP_ROOT_PREFIX}${run}-`))
for (const name of TEMP_VARS) process.env[name] = root
let failed = false

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => {
    failed = true
  })
})

afterAll(async () => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  if (failed && process.env['HEE_KEEP_TMP'] === '1') {
    process.stderr.write(`HEE_KEEP_TMP=1: the temporary files of the failed tests are kept in ${root}\n`)
    return
  }
  await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  // A workflow test file's checkouts come to hundreds of MB in tens of thousands of files:
  // removing them took over a minute on a loaded machine, past the default hook timeout.
}, 600_000)
