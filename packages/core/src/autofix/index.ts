/** The auto-fix engine: decision matrix, strategies, safety protocol, and the anti-suppression guard. */
export * from './types.js'
export { runAutoFix, AUTOFIX_TRAILER, globToRegExp } from './engine.js'
export {
  AUTOFIX_CONFIG_FILE,
  ALWAYS_PROTECTED,
  DEFAULT_LIMITS,
  DEFAULT_MATRIX,
  ROW_LABELS,
  explainMatrix,
  parseAutoFixConfig,
  resolveMatrix
} from './matrix.js'
export { readJobLog, repoPath, type JobLog } from './job-log.js'
export { invocations, shellWords, type Invocation } from './command.js'
export { STRATEGIES } from './strategies/index.js'
export type { ApplyResult, Detection, DetectInput, FixPlan, Strategy, StrategyContext } from './strategy.js'
export { recoverStale } from './scratch.js'
export { checkDiff, checkCommitMessage, formatViolations } from './guard/index.js'
