/**
 * `npm run bench`: prints figures, asserts nothing. Sections can be picked by name:
 * `npm run bench -- capsule cold-start`.
 */
import { benchAutoFix } from './autofix.js'
import { benchCapsule } from './capsule.js'
import { benchClassify } from './classify.js'
import { benchColdStart } from './cold-start.js'
import { benchCorpus, regexRunsPerMb } from './corpus.js'
import { benchCoverage, benchCoverage1G } from './coverage.js'
import { benchHostile } from './hostile.js'
import { benchMonitor } from './monitor.js'
import { printFigures, type Figure } from './stats.js'

const SECTIONS: Record<string, [string, () => Promise<Figure[]>]> = {
  capsule: ['State capsule', benchCapsule],
  autofix: ['Auto-fix on corpus cases (real tools)', benchAutoFix],
  'cold-start': ['Bundle cold start', benchColdStart],
  monitor: ['Monitoring API cost and cold start', benchMonitor],
  classify: ['Log classification (20 MB, 100 MB, 1 GB)', benchClassify],
  corpus: ['Log classification on real logs concatenated 40 times', benchCorpus],
  'regex-runs': ['Classifier regex runs on real logs (a count the load does not move)', async () => [regexRunsPerMb()]],
  coverage: ['Coverage reports (1, 10, 100 MB lcov and Cobertura)', benchCoverage],
  'coverage-1gb': ['Coverage reports (1 GB lcov and Cobertura)', benchCoverage1G],
  hostile: ['Hostile inputs: monitor bundle time and peak memory; classifier on adversarial lines', benchHostile]
}

/** Run only when named: they write and read gigabytes. */
const ON_REQUEST = new Set(['coverage-1gb'])

const picked = process.argv.slice(2).filter((a) => a in SECTIONS)
console.log(`HEE CI bench — node ${process.version}, ${new Date().toISOString()}`)
for (const name of picked.length ? picked : Object.keys(SECTIONS).filter((n) => !ON_REQUEST.has(n))) {
  const [title, fn] = SECTIONS[name]!
  printFigures(title, await fn())
}
