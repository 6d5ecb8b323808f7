/**
 * The monitor, wired once: GitHub client and runs reader, alert channels, escalation matrix,
 * pattern catalogue, fixable patterns and the token watch, built from plain settings. The
 * `monitor` action and `hee monitor` only turn their inputs or flags into `MonitorSettings`
 * and a pass's outcome into outputs, so both run the same monitor.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { ConsoleSink } from '../alerts/console.js'
import { buildMatrix } from '../alerts/escalation.js'
import {
  buildChannels,
  withConfiguredExtras,
  type BuiltChannels,
  type ChannelSettings
} from '../alerts/from-settings.js'
import type { CapsuleKey } from '../capsule/keys.js'
import { createGitHubClient, type GitHubClient, type GitHubLog } from '../github/octokit.js'
import { createRunsReader, type RunsReader } from '../github/runs.js'
import { createGitHubWriter } from '../github/writer.js'
import type { Severity } from '../severity.js'
import { loadCatalogue } from '../diagnosis/catalogue.js'
import type { MonitorConfig, MonitorTrigger } from './engine.js'
import { coverageStep, type CoverageStepOptions } from './coverage-step.js'
import { monitorPass, type PassResult } from './pass.js'
import type { Catalogue } from '../diagnosis/pattern-types.js'

/** Patterns the auto-fix job may try when the user names none. */
export const DEFAULT_FIXABLE_PATTERNS: readonly string[] = ['PAT-004', 'PAT-006', 'PAT-007']

export interface MonitorSettings {
  /** `owner/name` of the repository watched. */
  repository: string
  token: string
  /** Name of the secret or variable holding the token, for the expiry notice. */
  tokenName: string
  apiUrl: string
  userAgent: string
  /** Where the GitHub client's own lines go (all redacted). */
  clientLog?: Partial<GitHubLog>
  /** Backoff unit of the client's retries in ms (tests shorten it). */
  retryBaseMs?: number
  /** Longest wait for one API or download request to answer, in seconds (default 30). */
  requestTimeoutSeconds?: number
  /** Most pages of 100 read of one list (default 10). */
  maxPages?: number
  /** Longest time one job log or artifact download may take, in seconds (default 120). */
  downloadSeconds?: number
  /** Longest time one run's analysis may take, in seconds (default: none). */
  runDeadlineSeconds?: number
  /** Workflows to watch, by name, file name or path; empty watches all but `selfWorkflow`. */
  workflows: string[]
  /** The monitoring workflow itself, never analysed. */
  selfWorkflow?: string
  /** Branches whose runs change state; empty: the default branch. */
  branches?: string[]
  /** The default branch when known without a request (the event payload). */
  defaultBranch?: string
  /** Alert every channel about forks' failing runs (default: the console only). */
  forkAlerts?: boolean
  maxRuns: number
  alertLevel: Severity
  /** The escalation config (already parsed from JSON or YAML); `buildMatrix` checks it. */
  escalation?: unknown
  /** Pattern overrides file; read when it exists. */
  patternsFile?: string
  /** Patterns auto-fix may try (default DEFAULT_FIXABLE_PATTERNS). */
  fixablePatterns?: readonly string[]
  /** Consecutive failed runs after which the status is `failed` (default 3). */
  failedAfter?: number
  timeoutMinutes?: number
  securityArtifacts?: readonly string[]
  /** Read an unsure failed job against its last green run (default on; see MonitorConfig). */
  lastGreen?: boolean
  /** Alert channels; `githubIssues: true` opens issues in `repository` with the same token. */
  channels: Omit<ChannelSettings, 'githubIssues'> & { githubIssues?: boolean }
  /** Secret values beyond the channels' own, kept out of every message (keys, the token). */
  secrets?: string[]
  /** Coverage reports to analyse in each pass (none: coverage is not part of the pass). */
  coverage?: Omit<CoverageStepOptions, 'reader' | 'runId' | 'now'>
  capsule: {
    path: string
    /** Who writes the capsule: this workflow and run. */
    meta: { repository: string; workflow: string; runId: number }
    signingKey?: CapsuleKey
    verifyKeys?: CapsuleKey[]
    encryptionKey?: Buffer
    requireSignature: boolean
  }
}

export interface MonitorSetup {
  client: GitHubClient
  reader: RunsReader
  channels: BuiltChannels
  config: MonitorConfig
  catalogue?: Catalogue
  /** Every secret value to keep out of output: channels', keys, the token. */
  secrets: string[]
  /** One pass over the runs `trigger` names, with the capsule read and written. */
  pass(trigger: MonitorTrigger, log?: (line: string) => void): Promise<PassResult>
}

/**
 * Builds the monitor from settings. Throws a ConfigurationError naming the setting when a
 * channel, the escalation config or the patterns file is not valid, before any API call.
 */
export function setupMonitor(settings: MonitorSettings, sink: ConsoleSink): MonitorSetup {
  const catalogue =
    settings.patternsFile && existsSync(settings.patternsFile)
      ? loadCatalogue(readFileSync(settings.patternsFile, 'utf8'))
      : undefined
  const matrix0 = { ...buildMatrix(settings.escalation ?? {}), alertLevel: settings.alertLevel }

  let tokenExpiresAt: Date | undefined
  const client = createGitHubClient({
    token: settings.token,
    baseUrl: settings.apiUrl,
    userAgent: settings.userAgent,
    ...(settings.clientLog ? { log: settings.clientLog } : {}),
    ...(settings.retryBaseMs !== undefined ? { retryBaseMs: settings.retryBaseMs } : {}),
    ...(settings.requestTimeoutSeconds !== undefined
      ? { requestTimeoutMs: settings.requestTimeoutSeconds * 1000 }
      : {}),
    ...(settings.maxPages !== undefined ? { maxPages: settings.maxPages } : {}),
    ...(settings.downloadSeconds !== undefined ? { downloadMs: settings.downloadSeconds * 1000 } : {}),
    onTokenExpiration: (d) => (tokenExpiresAt = d)
  })
  const { githubIssues, ...channelSettings } = settings.channels
  const channels = buildChannels(
    {
      ...channelSettings,
      // The issue channel writes with the monitor's own token and client (retries, redaction).
      ...(githubIssues ? { githubIssues: createGitHubWriter(client, settings.repository) } : {})
    },
    sink,
    [settings.token, ...(settings.secrets ?? [])].filter(Boolean)
  )
  const config: MonitorConfig = {
    repository: settings.repository,
    workflows: settings.workflows,
    ...(settings.selfWorkflow ? { selfWorkflow: settings.selfWorkflow } : {}),
    ...(settings.branches?.length ? { branches: settings.branches } : {}),
    ...(settings.defaultBranch ? { defaultBranch: settings.defaultBranch } : {}),
    forkAlerts: settings.forkAlerts ?? false,
    maxRuns: settings.maxRuns,
    matrix: withConfiguredExtras(matrix0, channels.channels),
    ...(catalogue ? { catalogue } : {}),
    ...(settings.failedAfter !== undefined
      ? { policy: { failedAfter: settings.failedAfter, failOnSeverity: 'critical' as const } }
      : {}),
    fixablePatterns: [...(settings.fixablePatterns?.length ? settings.fixablePatterns : DEFAULT_FIXABLE_PATTERNS)],
    ...(settings.timeoutMinutes !== undefined ? { timeoutMinutes: settings.timeoutMinutes } : {}),
    ...(settings.securityArtifacts ? { securityArtifacts: settings.securityArtifacts } : {}),
    ...(settings.lastGreen === false ? { lastGreen: false } : {}),
    ...(settings.runDeadlineSeconds !== undefined ? { runDeadlineSeconds: settings.runDeadlineSeconds } : {})
  }
  const reader = createRunsReader(client, settings.repository)
  // Read once per process (a polling CLI asks for it on its first pass only).
  const cachedReader: RunsReader = {
    ...reader,
    getDefaultBranch: () =>
      (defaultBranch ??= reader.getDefaultBranch().catch((e: unknown) => {
        defaultBranch = undefined
        throw e
      }))
  }
  let defaultBranch: Promise<string> | undefined = settings.defaultBranch
    ? Promise.resolve(settings.defaultBranch)
    : undefined
  const cap = settings.capsule
  const coverage =
    settings.coverage && (settings.coverage.reports.length || settings.coverage.artifacts.length)
      ? settings.coverage
      : undefined
  return {
    client,
    reader,
    channels,
    config,
    ...(catalogue ? { catalogue } : {}),
    secrets: channels.secrets,
    pass: (trigger, log) =>
      monitorPass({
        reader: cachedReader,
        trigger,
        config,
        channels: channels.channels,
        capsulePath: cap.path,
        meta: cap.meta,
        ...(cap.signingKey ? { signingKey: cap.signingKey } : {}),
        verifyKeys: cap.verifyKeys ?? [],
        ...(cap.encryptionKey ? { encryptionKey: cap.encryptionKey } : {}),
        requireSignature: cap.requireSignature,
        now: () => new Date(),
        ...(log ? { log } : {}),
        knownSecrets: channels.secrets,
        ...(channels.issues ? { issueNumbers: () => channels.issues!.issues } : {}),
        token: { expiresAt: () => tokenExpiresAt, name: settings.tokenName, workflow: cap.meta.workflow },
        ...(coverage
          ? { coverage: (state, runId) => coverageStep({ ...coverage, reader, runId, now: new Date() }, state) }
          : {})
      })
  }
}
