// Global setup of the integration tests: they run dist/ as the runner does, so a dist/ built
// from other sources than the ones checked out would test old code and could pass anyway.
// Refusing is cheaper than being wrong; rebuilding here would rewrite tracked files during a
// test run and race with any other run of the suite.
import { staleReason } from '../../scripts/bundle.mjs'

export default function freshDist() {
  const why = staleReason()
  if (why)
    throw new Error(`dist/ is stale: ${why}.\nThe integration tests run the bundles: run \`npm run bundle\` first.`)
}
