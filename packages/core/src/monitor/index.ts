export { loadCatalogue, PATTERNS_FILE } from './catalogue.js'
export { DEFAULT_PATTERNS } from './default-patterns.js'
export type { Catalogue, CompiledRule, LineLevel, PatternSpec, RuleContext, RuleSpec } from './pattern-types.js'
export { unsafeRegexReason } from './safe-regex.js'
export { cleanLine, stripAnsi, MAX_MATCH_CHARS, type CleanLine, type LineCommand } from './log-line.js'
export { outcomeOf, type Outcome } from './outcome-markers.js'
export { LineSplitter, type SegmentSink } from './line-splitter.js'
export { RingBuffer } from './ring-buffer.js'
export { compareFindings, formatExcerpt, type ClassifyResult, type Finding } from './finding.js'
export { classifyStream, classifyText, LogClassifier, type ClassifyOptions } from './log-classifier.js'
export {
  artifactScore,
  cvss3BaseScore,
  DEFAULT_SECURITY_ARTIFACTS,
  isReportFile,
  matchesAny,
  readZipReports,
  securityFindings,
  severityOfScore,
  type ArtifactFile,
  type ArtifactFinding
} from './security-artifacts.js'
