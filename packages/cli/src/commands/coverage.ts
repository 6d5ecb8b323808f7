import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { relative, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import {
  analyzeCoverage,
  loadCoverageConfig,
  renderCoverageMarkdown,
  resolveSettings,
  REPORT_FORMATS,
  type CoverageConfig,
  type GitRun,
  type PreviousFigures,
  type ReportFormat,
  type ReportInput,
  type TestGenerator
} from '@hee/core/coverage'
import { ConfigurationError } from '@hee/core/errors'
import { parse, UsageError } from '../args.js'
import type { CliIO, Command } from '../io.js'

export const COVERAGE_USAGE = `usage: hee coverage analyze --report [LANE=]FILE… [options]
       hee coverage generate --target FILE [options]   (see hee coverage generate --help)

The spec's HEE coverage metrics from coverage reports: line, branch, function, integration,
spec and prompt coverage, the weighted HEE total, ranked gaps and patch coverage.

  --report [LANE=]FILE   a report (repeatable): lcov, Cobertura, JaCoCo, Istanbul final/summary
                         JSON, Go coverprofile, llvm-cov export JSON, coverage.py JSON; the format
                         is told from the content. LANE tags it (e.g. integration=int.lcov);
                         lanes named integration or e2e give integration coverage
  --format F             json (default): {"metrics", "hee_total", "gaps", …}; md: the spec's table
  --spec DIR             spec documents; ids matching --spec-pattern (default REQ-\\d+) count as
                         covered when a test file names them
  --spec-pattern RE      the requirement id pattern, e.g. 'PAT-\\d{3}'
  --prompts GLOB         prompt files; covered when a test file names them
  --tests GLOB           where tests are (repeatable; default: the usual test file names)
  --base REF             patch coverage and changed-first gaps against the merge base of REF and HEAD
  --mutation FILE        a Stryker mutation.json or cargo-mutants outcomes.json (repeatable)
  --previous FILE        an earlier JSON output or capsule: the gate compares with it
  --config FILE          YAML/JSON settings: weights, targets, priorities, gate, spec, prompts, …
  --max-drop N           fail when the total or a metric fell by more than N points (vs --previous)
  --fail-below-target    fail when a measured metric is below its target
  --outside error|skip   a file outside the repository is an error (default) or left out
  --root DIR             the repository root (default: the current folder)

Exit 0 when the gate passed, 1 when it failed, 2 on a usage error or an unreadable report.`

const OPTIONS = {
  report: { type: 'string', multiple: true },
  format: { type: 'string', default: 'json' },
  spec: { type: 'string' },
  'spec-pattern': { type: 'string' },
  prompts: { type: 'string' },
  tests: { type: 'string', multiple: true },
  base: { type: 'string' },
  mutation: { type: 'string', multiple: true },
  previous: { type: 'string' },
  config: { type: 'string' },
  'max-drop': { type: 'string' },
  'fail-below-target': { type: 'boolean' },
  outside: { type: 'string' },
  root: { type: 'string' },
  'report-format': { type: 'string' }
} as const

/** `hee coverage analyze`. */
export const coverageCommand: Command = async (argv: string[], io: CliIO): Promise<number> => {
  const [sub, ...rest] = argv
  if (sub === 'generate') return generateCommand(rest, io)
  if (sub !== 'analyze')
    throw new UsageError(
      sub ? `unknown coverage command '${sub}'` : 'a coverage command is required (analyze, generate)'
    )
  const { values } = parse(rest, OPTIONS)
  const format = values.format
  if (format !== 'json' && format !== 'md') throw new UsageError(`--format must be json or md, not '${format}'`)
  if (!values.report?.length) throw new UsageError('--report is required')
  const root = resolve(io.cwd, values.root ?? '.')
  let forced: ReportFormat | undefined
  if (values['report-format'] !== undefined) {
    if (!(REPORT_FORMATS as readonly string[]).includes(values['report-format']))
      throw new UsageError(`--report-format must be one of ${REPORT_FORMATS.join(', ')}`)
    forced = values['report-format'] as ReportFormat
  }
  const reports: ReportInput[] = values.report.map((r) => {
    const m = /^([A-Za-z][\w.-]*)=(.+)$/.exec(r)
    return { path: resolve(io.cwd, m ? m[2]! : r), lane: m?.[1], format: forced }
  })

  const config: CoverageConfig = values.config
    ? await loadCoverageConfig(resolve(io.cwd, values.config), values.config)
    : {}
  if (values.spec) config.spec = { dir: values.spec, id_pattern: values['spec-pattern'] ?? config.spec?.id_pattern }
  else if (values['spec-pattern'] && config.spec) config.spec.id_pattern = values['spec-pattern']
  if (values.prompts) config.prompts = { glob: values.prompts }
  if (values.tests?.length) config.tests = { globs: values.tests }
  if (values.outside !== undefined) {
    if (values.outside !== 'error' && values.outside !== 'skip') throw new UsageError(`--outside must be error or skip`)
    config.outside = values.outside
  }
  if (values['max-drop'] !== undefined) {
    const n = Number(values['max-drop'])
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`--max-drop must be a number of points ≥ 0`)
    config.gate = { ...config.gate, max_drop: n }
  }
  if (values['fail-below-target']) config.gate = { ...config.gate, targets: true }
  const settings = resolveSettings(config)
  const previous = values.previous ? await readPrevious(resolve(io.cwd, values.previous), values.previous) : undefined

  const git: GitRun = async (args) => {
    const { stdout } = await promisify(execFile)('git', args, { cwd: root, maxBuffer: 512 * 1024 * 1024 })
    return stdout
  }
  const analysis = await analyzeCoverage({
    root,
    reports,
    settings,
    base: values.base,
    git,
    mutationReports: values.mutation?.map((p) => resolve(io.cwd, p)),
    previous,
    trend: previous?.trend,
    heapMb: heapMb(io.env.HEE_COVERAGE_HEAP_MB),
    note: io.env.HEE_DEBUG === '1' ? (line) => io.stderr(`hee coverage: ${line}\n`) : undefined
  })
  io.stdout(
    format === 'json' ? JSON.stringify(analysis, null, 2) + '\n' : renderCoverageMarkdown(analysis, settings.priorities)
  )
  if (!analysis.gate.passed) io.stderr(`hee coverage: gate failed: ${analysis.gate.failures.join('; ')}\n`)
  return analysis.gate.passed ? 0 : 1
}

/** HEE_COVERAGE_HEAP_MB: the heap cap (MB) of the thread the reports are read in. */
function heapMb(v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined
  const n = Number(v)
  if (!Number.isInteger(n) || n < 1)
    throw new ConfigurationError(`HEE_COVERAGE_HEAP_MB must be a whole number of MB ≥ 1, not ${v}`)
  return n
}

/** An earlier `hee coverage analyze` JSON, or a capsule's coverage fields. */
async function readPrevious(path: string, name: string): Promise<PreviousFigures & { trend?: any[] }> {
  let doc: any
  try {
    doc = JSON.parse(await readFile(path, 'utf8'))
  } catch (e) {
    throw new ConfigurationError(
      `cannot read --previous ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`
    )
  }
  if (doc && typeof doc.metrics === 'object' && 'hee_total' in doc)
    return { metrics: doc.metrics, hee_total: doc.hee_total, trend: doc.trend }
  const ms = doc?.body?.monitoring_state ?? doc?.monitoring_state
  if (ms?.coverage_metrics)
    return { metrics: ms.coverage_metrics, hee_total: ms.coverage_trend?.at?.(-1)?.hee_total, trend: ms.coverage_trend }
  throw new ConfigurationError(
    `--previous ${name} is neither a coverage analysis JSON nor a capsule with coverage_metrics`
  )
}

export const GENERATE_USAGE = `usage: hee coverage generate --target FILE [options]

Generates tests for one source file and keeps only those that build, pass three runs in a row
and raise the file's measured coverage (node's test runner by default). Works on HEAD in a
scratch worktree; the checkout is not touched.

  --target FILE          the source file to cover (JavaScript modules for the built-in generators)
  --generators LIST      spec,regression,property[,llm] (default: spec,regression,property)
  --report FILE          coverage of the current tests (repeatable): aim at uncovered functions
  --spec DIR             spec documents whose tables and examples become tests
  --mutation FILE        a Stryker mutation.json or cargo-mutants outcomes.json (repeatable): the
                         kept tests are run against the target's surviving mutants, and those
                         that kill one are ranked first
  --llm-url URL          an OpenAI-compatible API base URL (the llm generator; key in HEE_LLM_API_KEY)
  --llm-model NAME       the model to ask
  --branch NAME          commit the kept tests on this new branch (default hee/tests/<target>-<sha>)
  --no-commit            only report; commit nothing
  --pull-request         push the kept tests' branch and open a pull request into --base (an
                         open one for the same target and base is updated, never duplicated)
  --base BRANCH          the pull request's base (default: the checked-out branch)
  --repo OWNER/NAME      default $GITHUB_REPOSITORY
  --api-url URL          default $GITHUB_API_URL or https://api.github.com
  --remote URL|PATH      where to push (default <$GITHUB_SERVER_URL>/<repo>.git)
  --token-env NAME       env variable holding a token with contents and pull-requests write
                         (default GITHUB_TOKEN)
  --format F             json (default) or md

Exit 0 when the pipeline ran (whether or not a test was kept), 2 on a usage error.`

const GENERATE_OPTIONS = {
  target: { type: 'string' },
  generators: { type: 'string', default: 'spec,regression,property' },
  report: { type: 'string', multiple: true },
  spec: { type: 'string' },
  mutation: { type: 'string', multiple: true },
  'llm-url': { type: 'string' },
  'llm-model': { type: 'string' },
  branch: { type: 'string' },
  'no-commit': { type: 'boolean' },
  'pull-request': { type: 'boolean' },
  base: { type: 'string' },
  repo: { type: 'string' },
  'api-url': { type: 'string' },
  remote: { type: 'string' },
  'token-env': { type: 'string' },
  format: { type: 'string', default: 'json' },
  root: { type: 'string' }
} as const

async function generateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parse(argv, GENERATE_OPTIONS)
  const target = values.target
  if (!target) throw new UsageError('--target is required')
  if (values.format !== 'json' && values.format !== 'md')
    throw new UsageError(`--format must be json or md, not '${values.format}'`)
  const root = resolve(io.cwd, values.root ?? '.')
  const {
    generateTests,
    llmGenerator,
    propertyGenerator,
    regressionGenerator,
    specTablesGenerator,
    renderGenerationMarkdown,
    deliverGeneratedTests
  } = await import('@hee/core/coverage/generate')
  const { createNodeExec } = await import('@hee/core/exec')
  const { Git } = await import('@hee/core/git')
  const available: Record<string, () => TestGenerator> = {
    spec: () => specTablesGenerator,
    regression: () => regressionGenerator,
    property: () => propertyGenerator,
    llm: () => {
      if (!values['llm-url'] || !values['llm-model'])
        throw new UsageError('the llm generator needs --llm-url and --llm-model')
      return llmGenerator({ url: values['llm-url'], model: values['llm-model'], apiKey: io.env.HEE_LLM_API_KEY })
    }
  }
  const generators = values.generators.split(',').map((n) => {
    const make = available[n.trim()]
    if (!make) throw new UsageError(`unknown generator '${n}' (spec, regression, property, llm)`)
    return make()
  })
  const pr = values['pull-request'] ? await pullRequestSettings(values, io) : undefined
  if (pr && values['no-commit']) throw new UsageError('--pull-request needs the kept tests committed: drop --no-commit')
  const exec = createNodeExec()
  const git = new Git(exec, root)
  const base = pr ? (values.base ?? (await git.symbolicHead())?.replace(/^refs\/heads\//, '')) : undefined
  if (pr && !base) throw new UsageError('--pull-request on a detached HEAD needs --base BRANCH')
  const result = await generateTests({
    root,
    target: toRepoPath(root, resolve(io.cwd, target)),
    generators,
    exec,
    git,
    reports: values.report?.map((p) => ({ path: resolve(io.cwd, p) })),
    specDir: values.spec,
    mutationReports: values.mutation?.map((p) => resolve(io.cwd, p)),
    deliver: values['no-commit']
      ? undefined
      : { branch: values.branch, author: { name: 'HEE CI', email: 'hee-ci@users.noreply.github.com' } }
  })
  let pull: { number: number; url: string; branch: string; updated: boolean } | undefined
  if (pr && base && result.branch) {
    const { createGitHubClient, createGitHubWriter } = await import('@hee/core/github')
    const github = createGitHubWriter(
      createGitHubClient({ token: pr.token, baseUrl: pr.apiUrl, userAgent: 'hee-ci-cli' }),
      pr.repository
    )
    pull = await deliverGeneratedTests({ git, github, result, base, remote: pr.remote, token: pr.token })
  }
  const out = pull ? { ...result, pullRequest: pull } : result
  const md = renderGenerationMarkdown(result)
  io.stdout(
    values.format === 'json'
      ? JSON.stringify(out, null, 2) + '\n'
      : pull
        ? `${md}\n${pull.updated ? 'Updated' : 'Opened'} pull request #${pull.number}: ${pull.url}\n`
        : md
  )
  return 0
}

/** Where the kept tests go as a pull request: repository, API, remote and token, from options and the environment. */
async function pullRequestSettings(
  values: { repo?: string; 'api-url'?: string; remote?: string; 'token-env'?: string },
  io: CliIO
): Promise<{ repository: string; apiUrl: string; remote: string; token: string }> {
  const repository = values.repo ?? io.env.GITHUB_REPOSITORY
  if (!repository) throw new UsageError('--pull-request needs --repo owner/name (or GITHUB_REPOSITORY)')
  const tokenEnv = values['token-env'] ?? 'GITHUB_TOKEN'
  const token = io.env[tokenEnv]
  if (!token)
    throw new ConfigurationError(
      `no token: set ${tokenEnv} (a token with contents: write and pull-requests: write on ${repository})`
    )
  const server = io.env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    repository,
    apiUrl: values['api-url'] ?? io.env.GITHUB_API_URL ?? 'https://api.github.com',
    remote: values.remote ?? `${server}/${repository}.git`,
    token
  }
}

function toRepoPath(root: string, abs: string): string {
  const rel = relative(root, abs)
  if (rel.startsWith('..')) throw new UsageError(`--target ${abs} is outside the repository ${root}`)
  return rel.split(sep).join('/')
}
