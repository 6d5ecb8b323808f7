/** Delivery of auto-fixes: pull requests, pushes, reports, patches between jobs, the loop guard, history. */
export {
  AUTO_FIX_TRAILER,
  DEFAULT_AUTHOR,
  FIX_BRANCH_PREFIX,
  SKIP_LABEL,
  SKIP_TRAILER,
  fixBranchName,
  fixKey
} from './markers.js'
export { isWorkflowFile, matchesAny } from './paths.js'
export {
  DEFAULT_LIMITS,
  checkPatch,
  diffSummary,
  splitPatch,
  withoutWorkflowFiles,
  type PatchCheck,
  type PatchLimits,
  type PatchRefusal,
  type PatchSection
} from './patch.js'
export { commitPatch, type FixCommitOptions } from './commit.js'
export {
  attemptedForHead,
  attemptsOnBranch,
  checkLoopGuard,
  type LoopGuardInput,
  type LoopGuardRule,
  type LoopGuardVerdict
} from './loop-guard.js'
export { commitMessage, fixedPatterns, pullBody, pullTitle, type PullBodyInput } from './pr-body.js'
export { deliverBranchAsPull, pushWithLease, type BranchPullOptions } from './branch-pull.js'
export { deliverFix, preparePatch, type DeliverOptions, type Delivery, type DeliveryMode } from './deliver.js'
export { historyEntries, recordedOutcome, statusAfter, type HistoryAppend, type HistoryInput } from './history.js'
export { summaryMarkdown, type SummaryInput } from './summary.js'
export {
  HANDOFF_SCHEMA,
  MAX_PATCH_BYTES,
  META_FILE,
  PATCH_FILE,
  handoffResult,
  readHandoff,
  writeHandoff,
  type Handoff,
  type HandoffMeta
} from './handoff.js'
export type { AutoFixOptions, AutoFixResult, FixAttempt, FixIntegration, Validation } from '../types.js'
