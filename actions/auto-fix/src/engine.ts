/** The auto-fix engine as this action uses it: the fix, and which patterns are fixed under review. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AUTOFIX_CONFIG_FILE, parseAutoFixConfig, resolveMatrix, runAutoFix } from '@hee/core/autofix'
import type { AutoFixOptions, AutoFixResult } from '@hee/core/autofix/delivery'

export interface Engine {
  fix(options: AutoFixOptions): Promise<AutoFixResult>
  /** Patterns whose matrix row (with the repository's overrides) is agent review: always a pull request. */
  reviewPatterns(workdir: string): Promise<string[]>
}

export const engine: Engine = {
  fix: runAutoFix,
  async reviewPatterns(workdir) {
    const file = join(workdir, AUTOFIX_CONFIG_FILE)
    const text = await readFile(file, 'utf8').catch(() => undefined)
    const config = text === undefined ? {} : parseAutoFixConfig(text, AUTOFIX_CONFIG_FILE)
    return resolveMatrix(config)
      .filter((r) => r.integration === 'agent-review')
      .map((r) => r.pattern)
  }
}
