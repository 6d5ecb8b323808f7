export {
  artifactScore,
  cvss3BaseScore,
  DEFAULT_SECURITY_ARTIFACTS,
  isReportFile,
  matchesAny,
  readZipReports,
  readZipSecurityReports,
  reportFindings,
  securityFindings,
  severityOfScore,
  type ArtifactFile,
  type ArtifactFinding,
  type ParsedReportFile
} from './security-artifacts.js'
export {
  coverageMarkdown,
  coverageSettingsOf,
  coverageStep,
  type CoverageStepOptions,
  type CoverageStepResult
} from './coverage-step.js'
export { capSettings, MONITOR_CAP_FIELDS, monitorCapsSchema, type MonitorCaps } from './caps.js'
