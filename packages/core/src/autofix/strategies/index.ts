/** The fix strategies, tried in this order for a finding of their pattern. */
import type { Strategy } from '../strategy.js'
import { black } from './black.js'
import { clippy } from './clippy.js'
import { eslint } from './eslint.js'
import { insta } from './insta.js'
import { license } from './license.js'
import { lockfile } from './lockfile.js'
import { prettier } from './prettier.js'
import { ruff } from './ruff.js'
import { rustfmt } from './rustfmt.js'
import { security } from './security.js'
import { snapshots } from './snapshots.js'

export const STRATEGIES: readonly Strategy[] = [
  clippy,
  rustfmt,
  eslint,
  prettier,
  ruff,
  black,
  license,
  snapshots,
  insta,
  lockfile,
  security
]
