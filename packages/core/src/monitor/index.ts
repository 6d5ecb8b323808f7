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
export {
  coverageMarkdown,
  coverageSettingsOf,
  coverageStep,
  type CoverageStepOptions,
  type CoverageStepResult
} from './coverage-step.js'
