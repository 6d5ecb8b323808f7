// A tiny "action" that drives the real @actions/artifact client, for stand-in tests.
// Usage: node artifact-probe.mjs <op> '<json args>'
//   upload   {name, files: [..], root, retentionDays?, skipArchive?}
//   list     {findBy?}
//   get      {name, findBy?}
//   download {id, path, findBy?}
//   delete   {name, findBy?}
// The result goes to the `result` output as JSON; failures go through core.setFailed.
import * as core from '@actions/core'
import { DefaultArtifactClient } from '@actions/artifact'

// The client sleeps a fixed 5 s between blob download attempts; a test may shorten exactly
// that sleep so a failing download surfaces in under a second instead of ~25 s.
const retrySleep = process.env.ARTIFACT_PROBE_RETRY_SLEEP_MS
if (retrySleep) {
  const realSetTimeout = globalThis.setTimeout
  globalThis.setTimeout = (fn, ms, ...rest) => realSetTimeout(fn, ms === 5000 ? Number(retrySleep) : ms, ...rest)
}

const [op, raw = '{}'] = process.argv.slice(2)
const args = JSON.parse(raw)
const client = new DefaultArtifactClient()
const findBy = args.findBy ? { findBy: args.findBy } : {}

async function main() {
  switch (op) {
    case 'upload':
      return client.uploadArtifact(args.name, args.files, args.root, {
        retentionDays: args.retentionDays,
        skipArchive: args.skipArchive
      })
    case 'list':
      return client.listArtifacts({ ...findBy })
    case 'get':
      return client.getArtifact(args.name, { ...findBy })
    case 'download':
      return client.downloadArtifact(args.id, { path: args.path, ...findBy })
    case 'delete':
      return client.deleteArtifact(args.name, { ...findBy })
    default:
      throw new Error(`unknown op ${op}`)
  }
}

const started = Date.now()
try {
  const result = await main()
  core.setOutput('result', JSON.stringify(result))
} catch (e) {
  core.setOutput('error', e instanceof Error ? `${e.name}: ${e.message}` : String(e))
  core.setFailed(e instanceof Error ? e.message : String(e))
} finally {
  core.setOutput('elapsed-ms', String(Date.now() - started))
}
// A failed blob GET leaves its response unread, so the socket would keep the process alive
// until the server's keep-alive timeout (5 s); the probe has nothing left to do.
process.exit()
