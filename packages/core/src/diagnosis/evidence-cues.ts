/**
 * The tool-agnostic vocabulary of the locator and the classifier. The catalogue's rules know
 * tools' formats; these cues know the words failures of a family are told in, whatever tool
 * tells them: a licence that is "not allowed", a lock file that is "out of date", a connection
 * "reset by peer", a step "cancelled". They weigh less than any tool rule (at most 60) and are
 * read only on lines the locator keeps as evidence.
 */
import { CROSS_NOT_A_TEST } from './default-patterns.js'

/**
 * Dependency lock files by name (a regex alternation): the lockfile cue reads them out of date,
 * the manifest-diff cue in a diff.
 */
const LOCK_FILES = String.raw`package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|Gemfile\.lock|composer\.lock|mix\.lock|pubspec\.lock|Package\.resolved|flake\.lock|gradle\.lockfile|packages\.lock\.json|Podfile\.lock|renv\.lock|go\.sum`

/**
 * Linters and formatters by the names they run and report under (a regex alternation), none of
 * them a common word: the lint-tool cue reads them in a log's lines, the step hints (with more
 * names, which a line may hold without naming the tool that ran) in a step's name and command.
 */
export const LINTER_NAMES = [
  String.raw`eslint|tslint|stylelint|prettier|biome|oxlint|jshint|rubocop|standardrb`,
  String.raw`flake8|pylint|pycodestyle|pydocstyle|pyflakes|ruff|isort|yapf|autopep8`,
  String.raw`golangci-lint|golint|gofmt|goimports|gofumpt|staticcheck|revive|clippy|rustfmt`,
  String.raw`ktlint|detekt|spotless|checkstyle|spotbugs|swiftlint|swiftformat|clang-format|clang-tidy|cpplint|cppcheck`,
  String.raw`shellcheck|shfmt|hadolint|markdownlint|yamllint|actionlint|tflint|phpcs|php-cs-fixer|phpstan|psalm|phpmd|credo`,
  String.raw`hlint|ormolu|scalafmt|scalastyle|scalafix|codespell|cspell|commitlint|pre-commit|sqlfluff`,
  String.raw`editorconfig-checker|dprint|erb-lint|elm-format|djlint|ec|reviewdog|super-linter|megalinter`
].join('|')

export interface Cue {
  /** Short name, for findings' `rule` and tests. */
  id: string
  /** The pattern this cue points at. */
  pattern: string
  regex: RegExp
  /** How strongly the cue points at its pattern on an evidence line (10–60). */
  weight: number
  /**
   * The words alone say something failed (`No space left on device`, `not compliant with
   * the REUSE Specification`): the line is evidence even without an error word or level.
   */
  alone?: boolean
  /**
   * The line is a tool's report of one failure (a failed test's marker, a lint message with
   * its rule), as severe as an error line (0.6–0.9) though it may carry no error word.
   */
  severity?: number
  /** A summary of failures told in detail earlier: not the line to point at when a detail exists. */
  summary?: boolean
  /**
   * The tool writes this failure at a warning level and fails for it (Go's race detector's
   * `WARNING: DATA RACE`): the line is not a warning the tool went on after.
   */
  warningFails?: boolean
  /**
   * The cue only names a tool of the family (`rubocop`, `tflint`): the line says which tool ran,
   * not what it found, so a report of the failure in the same step is the line to quote.
   */
  toolName?: boolean
}

interface CueFlags {
  alone?: boolean
  severity?: number
  summary?: boolean
  warningFails?: boolean
  toolName?: boolean
}

const cue = (id: string, pattern: string, regex: RegExp, weight: number, flags: boolean | CueFlags = false): Cue => {
  const f: CueFlags = typeof flags === 'boolean' ? (flags ? { alone: true } : {}) : flags
  return { id, pattern, regex, weight, ...f }
}

/**
 * A task runner's report that a task (target, script, environment, session, recipe) of one of
 * `names` (an alternation) failed. The task's name says what failed:
 * - monorepo runners: nx's `Running target "test" failed` and `✖ nx run web:test`, turbo's
 *   `Failed:  web#test` and `web:test: ERROR: …`, lerna's `lerna ERR! npm run test exited 1`;
 * - make's `make: *** [Makefile:12: lint] Error 1` and `recipe for target 'lint' failed`;
 * - tox's `lint: commands failed` and `py312: FAIL code 1 (…)`, nox's `nox > Session lint failed.`;
 * - just's ``error: Recipe `lint` failed``, Task's `task: Failed to run task "lint"`, mise's
 *   `[lint] ERROR task failed`, poe's `failed subtask 'lint'`, rake's `Tasks: TOP => spec`;
 * - package managers' scripts: ``npm error Lifecycle script `test` failed``, bun's
 *   `error: script "lint" exited with code 1`, pnpm's `ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  web@1.0.0
 *   lint: …`, composer's `Script phpunit handling the test event returned with error code 1`;
 * - sbt's `[error] (Test / test) …`.
 */
function taskFailed(names: string): RegExp {
  const n = `(?:${names})`
  return new RegExp(
    [
      String.raw`\bRunning target "?${n}(?::[\w-]{1,30})?"?(?: for .{1,120}?)? failed\b`,
      String.raw`✖\s{1,8}nx run [\w@/.-]{1,100}:${n}\b`,
      String.raw`\bFailed:\s{1,20}[\w@/.-]{1,100}#${n}\b`,
      String.raw`^[\w@/.-]{1,100}[:#]${n}(?::[\w-]{1,30})?(?:: ERROR\b|: Error\b|: error\b|: {1,4}ELIFECYCLE\b)`,
      String.raw`\blerna ERR! .{0,40}\brun ${n}\b.{0,80}\bexited [1-9]`,
      String.raw`^g?make(?:\[\d+\])?: \*\*\* \[(?:[^\]\s]{1,200}:\d+: )?${n}\] Error \d`,
      String.raw`\brecipe for target '${n}' failed\b`,
      String.raw`^\s*(?:ERROR: {1,4})?${n}: (?:commands failed|FAIL code \d|FAIL ✖)`,
      String.raw`\bnox > Session ${n}(?:[-(]\S{0,100})? (?:failed|aborted)\b`,
      String.raw`\berror: Recipe \x60${n}\x60 failed\b`,
      String.raw`\btask: Failed to run task "${n}"`,
      String.raw`^\[${n}\] ERROR task failed\b`,
      String.raw`\bfailed subtask '${n}'`,
      String.raw`^Tasks: TOP => (?:[\w:-]{1,100} => ){0,8}${n}$`,
      String.raw`\bLifecycle script \x60${n}\x60 failed\b`,
      String.raw`\berror: script "${n}" exited with code [1-9]`,
      String.raw`\bERR_PNPM_\w{1,40}\s{1,8}\S{1,200} ${n}: `,
      String.raw`^Script .{1,300} handling the ${n} event returned with error code [1-9]`,
      String.raw`^\[error\] \((?:[\w-]{1,40} ?\/ ?)?${n}\) `
    ].join('|')
  )
}

/** Grunt's and gulp's line for a failed task of one of `names` (`Task "karma:unit" failed`, `'mocha' errored after 2.1 s`). */
function gruntTaskFailed(names: string): RegExp {
  return new RegExp(
    String.raw`\bTask "(?:${names})(?::[\w-]{1,30})?" failed\b|'(?:${names})(?::[\w-]{1,30})?' errored after\b`
  )
}

/**
 * Gradle's verdict on a task of one of `names` (an alternation of whole task names):
 * `> Task :app:spotlessKotlinCheck FAILED`, `Execution failed for task ':app:checkLicense'.`, and
 * before Gradle 3 `:app:compileJava FAILED`.
 * Gradle names tasks for what they do, so the name says the family whatever plugin runs it.
 */
function gradleTaskFailed(names: string): RegExp {
  return new RegExp(
    String.raw`^(?:> Task |Task )?:(?:[\w.-]{1,100}:){0,8}(?:${names}) FAILED$|\bExecution failed for task ':(?:[\w.-]{1,100}:){0,8}(?:${names})'`
  )
}

const GRADLE_BUILD_TASKS = String.raw`(?:compile|kapt|ksp|assemble|build|process|dex|link|bundle|minify|generate|kotlin|dataBinding)\w{0,60}|merge\w{0,60}Resources|jar|shadowJar|javadoc`
/** A task named for tests (`test`, `testDebugUnitTest`, `integrationTest`), not one that builds them. */
const GRADLE_TEST_TASKS = String.raw`(?!compile|kapt|ksp|process|merge|generate|package|assemble|bundle|lint|ktlint|detekt|spotless|checkstyle)\w{0,60}[tT]ests?(?:[A-Z]\w{0,60})?`
const GRADLE_LINT_TASKS = String.raw`(?:checkstyle|spotless|ktlint|detekt|lint|pmd|spotbugs|ktfmt|diktat|errorprone|format|prettier|eslint|stylelint)\w{0,60}`
const GRADLE_LICENCE_TASKS = String.raw`\w{0,60}[lL]icen[cs]es?\w{0,60}|rat`
const GRADLE_SECURITY_TASKS = String.raw`(?:dependencyCheck|owasp|snyk)\w{0,60}|\w{0,60}[vV]ulnerabilit\w{0,60}`

/**
 * The cues of a family's tasks: any runner's verdict on a task of `names` (`task-<family>-failed`)
 * and Gradle's on a task of `gradleNames` (`gradle-task-<family>-failed`). A task's verdict
 * stands alone and sums up what its output told before it.
 */
function taskCues(family: string, pattern: string, names: string, gradleNames: string): Cue[] {
  const flags = { alone: true, summary: true }
  return [
    cue(`task-${family}-failed`, pattern, taskFailed(names), 40, flags),
    cue(`gradle-task-${family}-failed`, pattern, gradleTaskFailed(gradleNames), 40, flags)
  ]
}

// Task names by what the task does (whole names: each is matched between the runner's delimiters).
const BUILD_TASKS = String.raw`build|compile|tsc|typecheck|type-check|archive|build[-:_][\w-]{1,30}|[\w-]{1,30}[-_]build`
const TEST_TASKS = String.raw`test|tests|e2e|spec|specs|unit|unittest|integration|test:[\w-]{1,30}|test[-_][\w-]{1,30}|[\w-]{1,30}[-_:]tests?|(?:py|pypy)3?\d{0,3}(?:-[\w.-]{1,30})?|testOnly|it:test`
const LINT_TASKS = String.raw`lint|format|fmt|prettier|eslint|stylelint|lint:[\w-]{1,30}|lint[-_][\w-]{1,30}|[\w-]{1,30}[-_]lint|style|codestyle|cs|vet|check[-_]format|format[-_]check|fmt[-_]check|check[-_]fmt|flake8|ruff|black|isort|pylint|mypy|pyright|rubocop|phpcs|phpstan|psalm|clippy|golangci-lint|pre-commit|precommit|scalafmt\w{0,30}|scalastyle|scalafix`
const LICENCE_TASKS = String.raw`licen[cs]es?|licen[cs]e[-_:][\w-]{1,30}|[\w-]{1,30}[-_]licen[cs]es?|reuse|copyright`
const SECURITY_TASKS = String.raw`audit|security|vuln|vulns|vulncheck|govulncheck|bandit|safety|snyk|trivy|sast|gitleaks|audit[-_:][\w-]{1,30}|[\w-]{1,30}[-_]audit`
const GRUNT_TEST_TASKS = String.raw`test|tests|e2e|spec|karma|mocha|mochaTest|jasmine|qunit|nodeunit|jest|protractor`
const GRUNT_LINT_TASKS = String.raw`lint|eslint|jshint|jscs|tslint|stylelint|csslint|htmlhint|sasslint|prettier|format|fmt`

// Regexes here run on one cleaned line of at most 4 KiB. Each has a plain word every match
// contains (the literal prefilter relies on it; a test checks), bounded gaps (`.{0,80}`)
// instead of open ones, and no nested quantifiers.
/** golangci-lint's linters by name, as its tab layout puts them in a column of their own. */
const GOLANGCI_LINTERS =
  'errcheck|govet|staticcheck|revive|unused|gosimple|ineffassign|typecheck|gocritic|gosec|misspell|lll|dupl|goconst|gocyclo|gocognit|funlen|whitespace|wsl|nakedret|prealloc|unparam|stylecheck|bodyclose|noctx|gofmt|goimports|gofumpt|godot|errorlint|exhaustive|nolintlint|forbidigo|depguard|unconvert|nestif|nlreturn|wrapcheck|errname|dogsled|thelper|paralleltest|testifylint|usestdlibvars|perfsprint|intrange|copyloopvar|mnd|err113|goerr113|cyclop|varnamelen|gochecknoglobals|gochecknoinits|interfacer|golint|structcheck|varcheck|deadcode|maligned|scopelint'

export const CUES: readonly Cue[] = [
  // PAT-001: compilers and builds of any language.
  cue(
    'compile-failed',
    'PAT-001',
    /\bAndroid resource linking failed\b|^error: resource \S+ not found\b|^zig build-(?:exe|lib|obj) [^:]{1,300}: error: |\bcompil(?:e|er|ation) (?:error|failed|failure)s?\b(?! conditions?\b)|\bfailed to (?:compile|build)\b(?!: failed to solve: (?:Canceled|context canceled)\b)|\bbuild aborted\b|\b(?:Compiling|Linking) \S{1,300} failed\b|\bcompilation (?:terminated|aborted)\b|^FAILED: \S{1,300}\.(?:o|obj)\s*$|\berror(?:s)? (?:while|during) compil|\bCOMPILATION_ERROR\b/i,
    42
  ),
  // A build said to have failed in its own words; a build tool's closing banner (Maven's `BUILD
  // FAILURE`, Gradle's `BUILD FAILED`, Ant's) follows whatever failed inside it, tests as well
  // as compilers, so it only sums up.
  cue(
    'build-failed',
    'PAT-001',
    /\b[Bb]uild (?:[Ee]rror|[Ff]ailed|[Ff]ailure)s?\b(?! conditions?\b)|\bBUILD ERROR\b|\bbuild commands failed\b/,
    42,
    { summary: true }
  ),
  cue('build-banner', 'PAT-001', /\bBUILD (?:FAILED|FAILURE)\b|^\*\* (?:ARCHIVE|INSTALL) FAILED \*\*/, 42, {
    summary: true
  }),
  cue(
    'syntax-error',
    'PAT-001',
    /\bsyntax ?error\b|\bparser? error\b|\b(?:failed to|could not|unable to|cannot) parse\b|\bunexpected (?:token|end of (?:file|input)|indent(?:ation)?|EOF|character)\b|\bexpected (?:an? )?(?:expression|identifier|declaration|';'|'\)'|'}')|\berror\]?:? {1,4}expected\b(?!.{1,100}\bto (?:be|equal|have|contain|match|throw)\b)/i,
    40
  ),
  cue(
    'unknown-name',
    'PAT-001',
    /\b(?:undefined|undeclared|unresolved) (?:reference|identifier|symbol|variable|name|type|import|external|method|function|class|constant)\b|\bcannot find (?:symbol|type|name|value|function|macro|trait|struct)\b|\bnot declared in this scope\b|\bunknown type name\b|\bno member named\b|\bhas no (?:member|field|method|exported member|attribute) |\bis not a member of\b|\b(?:is )?not defined in\b|\bnot found in (?:this scope|scope|module)\b|\bundefined: \w|\bunbound (?:value|variable|identifier|module|type|constructor)\b|\bnot in scope\b|\bidentifier not found\b|\bdoes not exist in the (?:current context|namespace)\b/i,
    50
  ),
  // The same, said by a compiler on a located line without the word "error" (Go's
  // `a.go:40:2: undefined: err`, GHC's `A.hs:57:3: Not in scope: 'block'`): on its own, a
  // failed build.
  cue(
    'located-unknown-name',
    'PAT-001',
    /^\S{0,300}?\.[A-Za-z]\w{0,5}:\d+(?::\d+)?:? (?:undefined: \w|(?:variable )?not in scope\b|use of undeclared\b|cannot find symbol\b|unbound (?:value|variable|identifier|module|type|constructor)\b|\S{1,80} (?:was )?not declared in this scope\b)/i,
    50,
    true
  ),
  cue(
    'type-error',
    'PAT-001',
    /\btype (?:error|mismatch|check(?:ing)? failed)\b|\bincompatible types?\b|\bmismatched types\b|\bcannot (?:convert|assign|infer|apply|borrow|move)\b|\bis not assignable to\b|\bno (?:matching|viable) (?:function|overload|constructor|conversion)\b|\bwrong number of (?:type )?arguments\b|\bdoes not (?:conform|implement|satisfy)\b|\bnon-exhaustive patterns\b|\bargument of type\b/i,
    46
  ),
  // Also indented, as a build tool repeats its compiler's errors in its summary (MSBuild).
  cue(
    'compiler-diagnostic',
    'PAT-001',
    /^[ \t]{0,8}\S+\.(?:c|cc|cpp|cxx|h|hpp|m|mm|rs|go|java|kt|kts|scala|cs|fs|vb|swift|ts|tsx|mts|cts|d|zig|nim|hs|ml|ex|exs|erl|dart|f90|cu|v|sv|vhd|pas|ada|cr|jl|sol|elm|purs|re|res)[:(]\d+(?:[:,]\d+)?\)?:? ?(?:fatal )?error\b(?!:? in "|: (?:Value of:|Expected|Actual:|Failed$|Failure in TEST\())(?!.{0,300}\bXCT(?:Assert\w{0,40}|Fail|Unwrap)\b)(?!: ['"]?[\w/.+-]{1,200}\.(?:h|hh|hpp|hxx)['"]?(?:: No such file or directory| file not found)\s*$)(?!.{1,600} \[(?!-W)[a-z][a-z\d]*(?:-[a-z][\w.]*){1,8}(?:,-warnings-as-errors)?\]$)|^\S{1,300}:\d{1,6}:\d{1,6} - error [A-Z]{1,4}\d{3,5}: |^[ \t]{0,8}"[^"]{1,300}\.(?:c|cc|cpp|cxx|h|hh|hpp|s|asm|f|for|f90|f95|ada|adb)"(?:, ?line \d{1,6}(?:\.\d{1,4})?:? {1,4}|,\d{1,6}\s{1,4})(?:fatal )?error\b/i,
    50
  ),
  cue(
    'linker',
    'PAT-001',
    /\blinker? (?:error|failed|command failed)|\bcollect2: error\b|\bld: (?:error|cannot|symbol|library not found)|\bundefined symbols?\b|\bmultiple definition of\b|\bunresolved external\b|\blinking (?:failed|error)/i,
    48
  ),
  // A build tool's own echo of a failed build target (the target names a build, not a test).
  cue(
    'build-target-failed',
    'PAT-001',
    /^ninja: build stopped: subcommand failed|^make(?:\[\d+\])?: \*\*\* \[[^\]]{0,200}\b(?:all|build|compile|install|[\w./-]{1,100}\.(?:o|a|so|exe|obj|dll|dylib))\] Error \d+|\bCommand "(?:npm|yarn|pnpm|bun) run build" exited with \d+/,
    40
  ),
  // A monorepo task runner's report of a failed build task (see taskFailed).
  ...taskCues('build', 'PAT-001', BUILD_TASKS, GRADLE_BUILD_TASKS),
  cue(
    'bundler-error',
    'PAT-001',
    /\b(?:webpack|rollup|esbuild|vite|parcel|turbopack|babel|swc)\b(?!.{0,80}\bcompiled with [1-9]\d* errors?\b).{0,80}\b(?:error|failed)\b/i,
    30
  ),
  // A bundler's closing count (`webpack 5.9 compiled with 1 error in 1756 ms`): the errors it
  // counts are told before it.
  cue('bundler-count', 'PAT-001', /\bcompiled with [1-9]\d* errors?\b/i, 30, { summary: true }),
  // An error line that names no family (Terraform's `│ Error: Unsupported argument`, kubectl's
  // `error: error parsing deploy.yaml`, a bundler's `TypeError: …`): with nothing else to go by,
  // a tool refused its input, which is the build's family more often than a test's. It weighs
  // less than any step's hint, so `Run tests` still decides.
  cue('error-line', 'PAT-001', /^(?:[│|] ?)?(?:[A-Z]\w{0,40})?(?:error|Error|ERROR)(?:\[[\w-]{1,40}\])?: \S/, 10),

  // PAT-002: test runners of any language.
  cue(
    'tests-failed',
    'PAT-002',
    /(?<!--)\btests? (?:failed|failures?|run failed|suites? failed|did not pass)\b|\b(?:failed|failing|broken) tests?\b|\bsome tests (?:failed|did not pass)\b|\berrored during testing\b|\btest(?:s| cases?| suites?)? (?:are )?failing\b|\bthere (?:was|were) (?:a )?(?:test )?failures?\b|\btest run was aborted\b|\btest host process crashed\b/i,
    50,
    { alone: true, summary: true }
  ),
  cue(
    'failure-count',
    'PAT-002',
    /(?<![(:/.])(?<!\battempt \d{1,3} (?:of|\/) )(?<!\b0 out of )(?<!\bsteps succeeded; )\b[1-9]\d* (?:tests?,? |examples?, |specs?, |scenarios? \(|steps? \(|assertions?, )?(?:failed|failures?|failing|fails)\b|(?<!\bscan )\bfail(?:ed|ures?)?[:=] ?[1-9]\d*\b(?! \((?:UNKNOWN|LOW|MEDIUM|HIGH|CRITICAL): )|\btests?(?: run)?: \d+, .{0,60}\berrors?: [1-9]|\b(?:failed|errored) [1-9]\d*,|\b\d+ (?:scenarios?|steps?) \([1-9]\d* failed\b|^# fail {1,4}[1-9]\d*$|^\s{0,4}[1-9]\d* fail$/i,
    48,
    { alone: true, summary: true }
  ),
  cue(
    'assertion',
    'PAT-002',
    /\bassert(?:ion)?(?:Error| ?failed| error|ionFailedError)\b|\bassertion (?:with \S{1,4} |`[^`]{1,200}` |'[^']{1,200}' )failed\b|\bassertion\b.{1,100}?\b(?:failure|failed) at\b|\bassert(?:Equals?|That|True|False|Same|Null|NotNull|Raises|_eq|_ne)\b|(?<!\berror\]?:? {1,4})\bexpected:? .{1,100}\b(?:but (?:was|got|found|received)|to (?:be|equal|have|contain|match|throw)|got|received|actual)\b|\bExpectationNotMetError\b|(?:^|: )expectation failed: |Assert(?:ion|Failed)?Exception\b|\berror\]?:? {1,4}expected .{1,100}\bto (?:be|equal|have|contain|match|throw)\b|\bAssert\.\w{2,40}(?:\(\))? (?:failed|Failure)\b|\bComparisonFailure\b|\bAssertionFailedError\b|\bXCT(?:Assert\w{0,40}|Unwrap) failed\b|\bXCTFail\b|\bFailed asserting that\b|(?<!waiting for )\bexpect\((?:received|jest\.fn\(\)|vi\.fn\(\))\)(?:\.(?:not|resolves|rejects))?\.to[A-Z]\w{1,40}\(|\bFiles \S{0,300}expected\S{0,100} and\b(?! \S{1,300} are identical\b)/i,
    46,
    { severity: 0.8 }
  ),
  // `go test`'s t.Errorf line under its test (`    slug_test.go:15: Make(x) = "a", want "b"`) and
  // testify's failure block (`Error Trace:`): a failed test's own report.
  cue(
    'go-test-error',
    'PAT-002',
    /^\s+[\w.-]{1,100}_test\.go:\d+: .{0,300}\b(?:want|wanted|expected|expecting)\b|^\s*Error Trace:\s/,
    46,
    { severity: 0.8 }
  ),
  cue(
    'expected-received',
    'PAT-002',
    /^\s*(?:Expected|Received|Actual|expected|actual|But was)(?: value| result)?\s*:\s+\S/,
    34
  ),
  // A runner's mark of one failed test (`not ok 3`, `--- FAIL`, `✗ name`), also behind
  // WebdriverIO's worker prefix (`[chrome 124 linux #0-0]    ✖ should log in`), busted's
  // `Failure → spec/a_spec.lua @ 10`, and Common Test's case under rebar3
  // (`%%% a_SUITE ==> case: FAILED`). An error report under the same `×` (miette's `× … not
  // found`, pixi's `× lock-file not up-to-date with the workspace`) is not one.
  cue(
    'test-marker',
    'PAT-002',
    new RegExp(
      String.raw`^\s*(?:not ok \d+(?![^#]{0,300}# ?(?:TODO|SKIP|todo|skip)\b)|Failure\/Error: |failed \S.{0,300} \(\d+(?:\.\d+)?(?:ms|s|m)(?: \d+(?:ms|s))?\)$|[✗✕✘×⨯] ${CROSS_NOT_A_TEST}|\(fail\) |--- FAIL|=== FAIL|\[ *FAIL(?:ED)? *\]|\[Fail\] \S.{0,300} \[(?:It|BeforeEach|JustBeforeEach|AfterEach|JustAfterEach|BeforeAll|AfterAll|BeforeSuite|AfterSuite|SynchronizedBeforeSuite|SynchronizedAfterSuite)\] |FAIL(?:ED)?:?\s{1,4}(?!Build did NOT complete\b)(?!for resource: )(?!\S{1,300}\.(?:o|obj|a|so|lib|dll|dylib|exe|gch|pch)\s*$)(?!\S{1,300} \[(?:build|setup) failed\]$)\S|ERROR: test|FAILURE: test|Test Case .{1,200} failed|Test Failed at |Failed example:$|\S{1,300}\.py [.sxX]*[FE][.FEsxX]* *\[ {0,2}\d{1,3}%\]$|Failing scenarios:$|\S.{0,200}?:\s{2,}FAIL(?: \(\d+(?:\.\d+)?m?s\))?$|\d+\) [\w\\.]+::\w+$)|\s(?<!:\/\/\S{1,300}\s)\.{3} ?(?:FAILED|FAIL|failed|ERROR)\b|\.{3}\s?\*{3}(?:Failed|Exception)\b|^\S+:\d+: FAILED:$|^\d\d:\d\d \+\d+(?: ~\d+)? -\d+: .{1,300} \[E\]$|^\s*\S.{0,300} \[FAIL\]$|\w\.{3} ?(?:FAILED|FAIL)\b|^\s*\d{1,6} - \S{1,300} \((?:Failed|Subprocess aborted|SEGFAULT|Child aborted|Exception|OTHER_FAULT|Bus error|ILLEGAL)\)$|^_{3,} (?:test\w*|Test\w*(?:\.\w+)*|\S+::\S+)(?:\[.{0,200}\])? _{3,}$|^\[[^\]]{1,120} #\d{1,3}-\d{1,3}\]\s{1,8}[✖✗✘×] \S|^(?:\[ {0,6}\d{1,6}s\] )?Failure (?:→|->) \S{1,300} @ \d{1,6}\s*$|^%%% \S{1,200} ==> \S{1,200}: FAILED$|^\s*(?:\d{1,6}\/\d{1,6}\s{1,8})?\S.{0,200}?\s{2,}FAIL(?:ED)?(?:\s{1,12}| in (?:\d{1,6} out of \d{1,6} in )?)\d{1,6}(?:\.\d{1,4})? ?(?:s|ms|sec)\b`
    ),
    50,
    { severity: 0.9 }
  ),
  cue(
    'test-word-fail',
    'PAT-002',
    /(?<!--)\btest\w*\b.{0,160}\b(?:FAILED|FAIL|failed|failure)\b|\b(?:FAILED|FAIL|failed) .{0,40}\btest/,
    34
  ),
  // An error line that ends at a place in a test source (specs2's `'x' is Some but … does not
  // satisfy the given predicate (ApplicationSpec.scala:26)`, ScalaTest's `TestFailedException was
  // thrown. (FooSpec.scala:14)`, Gradle's `AssertionFailedError at BundleCommandTest.kt:72`): a
  // test's assertion, whatever its words say.
  cue(
    'test-file-location',
    'PAT-002',
    /[(\s][\w$]{0,80}(?:Spec|Specs|Test|Tests|Suite|IT)\.(?:scala|java|kt|kts|groovy|cs|swift):\d{1,6}\)?$/,
    48
  ),
  ...taskCues('test', 'PAT-002', TEST_TASKS, GRADLE_TEST_TASKS),
  // A race detector's report in a test run fails the test it ran in (Go's `-race`, ThreadSanitizer).
  cue(
    'data-race',
    'PAT-002',
    /^WARNING: DATA RACE$|\brace detected during execution of test\b|\bThreadSanitizer: data race\b/,
    44,
    { alone: true, severity: 0.8, warningFails: true }
  ),
  // Grunt's and gulp's line for a test task that failed (see gruntTaskFailed): the run stops
  // there, whatever the word Warning before it says.
  cue('grunt-task-test-failed', 'PAT-002', gruntTaskFailed(GRUNT_TEST_TASKS), 40, {
    alone: true,
    summary: true,
    severity: 0.7,
    warningFails: true
  }),
  cue('panic', 'PAT-002', /\bpanicked at\b|^panic: |\bunhandled (?:exception|rejection|error)\b/i, 30),
  // A process that crashed (a signal, an uncaught C++ exception, .NET's unhandled exception): in
  // a CI run nearly always the test binary or runner. A step that builds or lints outweighs it.
  cue(
    'crash',
    'PAT-002',
    /^Segmentation fault(?: \(core dumped\))?$|\bAbort trap: 6\b|^terminate called after throwing an instance of\b|^Unhandled exception\. [\w.]{1,200}(?:Exception|Error)\b|^fatal runtime error: |\b(?:received|caught|got) signal (?:SIGSEGV|SIGABRT|SIGBUS|SIGILL)\b|^\S{1,300}:\d{1,6}:\d{1,6}: runtime error: |^==\d{1,9}==ERROR: (?:Address|Leak|Memory|Thread|UndefinedBehavior)Sanitizer: /,
    22,
    true
  ),
  // One test case or hook over its own time limit is a failed test (a whole job, step or test
  // program stopped by a limit is PAT-005): the limit is named with the test or hook it stopped,
  // or worded as the test frameworks word it (mocha's `Timeout of 2000ms exceeded`, jest's `for a
  // test`, jasmine's async callback, pytest-timeout's `Failed: Timeout`, XCTest's asynchronous
  // wait, JUnit's `method() timed out after`, nextest's `TIMEOUT [`). Go's `panic: test timed out`
  // is the whole test binary's limit.
  cue(
    'test-case-timeout',
    'PAT-002',
    /(?<=\b(?:test|spec|hook) )(?<!panic: test )(?:timed out (?:after|in) \d|timeout of \d)|\bexceeded timeout of \d+ ?m?s for an? (?:test|hook)\b|\btimeout of \d+ ?ms exceeded\b|\basync (?:callback was not invoked|function did not complete) within\b|\basynchronous wait failed\b.{0,40}\btimeout\b|\bFailed: Timeout \(?>\d|^\+{4,} Timeout \+{4,}$|\w\(\) timed out after \d+ ?(?:ms|milliseconds?|seconds?)\b|^\s*TIMEOUT \[\s*\d/i,
    56,
    { alone: true, severity: 0.8 }
  ),

  // PAT-003: audit and vulnerability scanners.
  ...taskCues('security', 'PAT-003', SECURITY_TASKS, GRADLE_SECURITY_TASKS),
  cue(
    'vulnerability',
    'PAT-003',
    /\b(?:[1-9]\d* |known |security |critical |high(?: severity)? )vulnerabilit(?:y|ies)\b|\bvulnerabilit(?:y|ies) (?:found|detected|reported|were found|was found|in)\b|(?<!\b(?:no|zero|non)[ -])\bvulnerable (?:packages?|dependenc(?:y|ies)|versions?|modules?|components?|crates?|gems?|librar(?:y|ies))\b|\bdiscovered vulnerabilit|\baffected by \d+ vulnerabilit|\bfound (?:a |an |one or more |\d+ )?(?:new |known )?vulnerabilit(?:y|ies)\b|^\s*severity: (?:critical|high|moderate|medium)\s*$/i,
    55,
    true
  ),
  cue(
    'advisory-id',
    'PAT-003',
    /\bCVE-\d{4}-\d{4,}\b|\bGHSA(?:-[0-9a-z]{4}){3}\b|\bRUSTSEC-\d{4}-\d{4}\b|\bPYSEC-\d{4}-\d+\b|\bGO-\d{4}-\d{4}\b|\bOSV-\d{4}-\d+\b|\bOSVDB-\d+\b|\bSNYK-[A-Z]+-\w+|\bCWE-\d{1,4}\b/,
    50,
    true
  ),
  cue(
    'security-advisory',
    'PAT-003',
    /\bsecurity (?:advisor(?:y|ies)|vulnerabilit(?:y|ies)|issues?|warnings?|alerts?|findings?|audit)\b|\badvisor(?:y|ies) (?:found|detected|reported)\b|\b(?:critical|high|moderate)[- ]severity\b|\bseverity:? (?:critical|high)\b|\baudit (?:failed|found|report)\b|\b(?:security|vulnerability|sast|iac|container|image|dependency|secrets?) scan(?:ning)? (?:failed|found [1-9])|\bcode scanning\b.{0,40}\b[1-9]\d* alerts?\b/i,
    44
  ),
  // A security scanner's finding told by its kind of weakness (bandit, semgrep, gosec, zizmor,
  // brakeman, sobelow), in any tool's layout: the scan found something to fix. So is an IaC
  // scanner's failed policy check (checkov's `FAILED for resource: aws_s3_bucket.b`, trivy's
  // `AVD-AWS-0086 (HIGH): …`), which is no test's verdict. A check's own title (`Check:
  // CKV_AWS_45: "Ensure no hard-coded secrets exist …"`, passed or not) names a weakness it looks for.
  cue(
    'security-finding',
    'PAT-003',
    /(?:\bsecurity implications?\b|\b(?:sql|command|template|code|shell|os command|ldap|xpath|header) injection\b|\bcross-site (?:scripting|request forgery)\b|\bhard-?coded (?:passwords?|secrets?|credentials?|keys?|tokens?)\b|\binsecure (?:deserialization|hash function|use of|random|temp(?:orary)? file|transport|cipher|protocol)\b|\bdenial of service\b|\bReDoS\b|\bprototype pollution\b|\b(?:remote|arbitrary) (?:code|command) execution\b|\b(?:path|directory) traversal\b|\bserver-side request forgery\b|\bXML external entit(?:y|ies)\b|\bopen redirect\b|\buncontrolled resource consumption\b|\bfile inclusion\b|\bweak (?:cryptographic|random number|hash|cipher)\b|\bInsecureSkipVerify\b|^\s*FAILED for resource: \S|\bAVD-[A-Z]{2,10}-\d{4} \((?:CRITICAL|HIGH|MEDIUM|LOW)\))(?<!"Ensure [^"]{0,300})/i,
    46,
    true
  ),
  // A scanner's count of findings by severity or in its own words (trivy's `Total: 2 (…
  // HIGH: 2, CRITICAL: 0)`, snyk's `Tested 64 dependencies for known issues, found 2 issues`,
  // tfsec's `11 potential problem(s) detected`, grype's `[17 vulnerability matches]` and its
  // `by severity: 0 critical, 1 high, …`).
  cue(
    'findings-count',
    'PAT-003',
    /\b(?:CRITICAL|HIGH): [1-9]\d*\b|\bfor known (?:issues|vulnerabilities)\b.{0,40}\bfound [1-9]\d* (?:issues?|vulnerabilit)|\b[1-9]\d* potential (?:problem|issue|vulnerabilit|security issue)\S{0,5} (?:detected|found)\b|\bby severity: (?:\d+ critical, [1-9]|[1-9]\d* critical\b)|\b[1-9]\d* vulnerability match(?:es)?\b/,
    50,
    true
  ),
  // A secret scanner's count (gitleaks' `leaks found: 2`, its action's `Gitleaks encountered
  // leaks`), not a test runner's report of leaked resources (deno's `error: Leaks detected:`).
  cue(
    'secrets-found',
    'PAT-003',
    /\bleaks? found:? [1-9]|\b[1-9]\d* leaks? (?:found|detected)\b|\bencountered leaks\b|\bsecrets? (?:detected|found)\b|\bfound (?:verified|unverified) result\b|\bfound (?:an? )?(?:\w+ ){0,3}(?:secret access key|private key|api key|access token|webhook(?: url)?|password)\b|\b(?:private key|api key|access token|password|credentials?)s? (?:found|detected|leaked|exposed) in\b|\bdetected [1-9]\d* leaks?\b|\bpotential secrets?\b|\b[1-9]\d* (?:secrets? )?incidents? (?:(?:has|have) been )?(?:found|detected)\b|\bIncident \d{1,6} ?\(Secrets? detection\)|\bmatched (?:one or more |a )?prohibited patterns?\b/i,
    50,
    true
  ),

  ...taskCues('licence', 'PAT-004', LICENCE_TASKS, GRADLE_LICENCE_TASKS),
  // PAT-004: licence and copyright checks. A compliance table's row marked with a cross in its
  // verdict column and a licence in another (licensecheck's `│ ✖ │ certifi │ MOZILLA PUBLIC
  // LICENSE 2.0 │`) is a dependency whose licence the policy rejects. So is a licence named by its
  // SPDX id and refused (`✖ left-pad@1.3.0: WTFPL is not in the allow list`).
  cue(
    'license-not-allowed',
    'PAT-004',
    /\b(?:disallowed|forbidden|banned|denied|rejected|unapproved|unacceptable|incompatible|prohibited|blocked|unknown|restricted|unallowed|non-?compliant|non-(?:green|permissive|approved|allowed)) licen[cs]es?\b|\b(?:not|non-?) ?compliant (?:packages?|dependenc(?:y|ies)) (?:found|detected)\b|\blicen[cs](?:e|es|ed) .{0,80}\b(?:not (?:allowed|permitted|approved|accepted|compatible|in (?:the )?allow)|is (?:forbidden|banned|denied|rejected|disallowed|restricted))\b|\bfailed to satisfy licen[cs]e\b|\b(?:dependencies|packages?) (?:that )?needs? (?:approval|review)\b|\b(?:dependencies|packages?) (?:were|are|was|is) not approved\b|\blicen[cs]es? (?:needs?|requires?) (?:approval|review)\b|\bunauthori[sz]ed (?:packages?|dependenc(?:y|ies)|licen[cs]es?)\b|\bnot an? (?:approved|allowed|permitted|accepted) licen[cs]e\b|[✖✗✘❌]\s{0,20}[│┃|].{0,200}\b(?:licen[cs]e|copyright)\b|\blicen[cs]e[_ -]?violations?\b|\b(?:(?:A|L)?GPL-?[123](?:\.\d)?(?:-only|-or-later|\+)?|GPLv[23]|WTFPL|SSPL(?:-1\.0)?|BUSL-1\.1|MPL-[12]\.\d|EPL-[12]\.0|CDDL-1\.[01]|CC-BY(?:-NC|-SA|-ND)[\w.-]{0,20}|Unlicense|EUPL-1\.[12]|OSL-3\.0|Elastic-2\.0|Artistic-[12]\.0|UNLICENSED)\b.{0,60}\b(?:is not (?:in (?:the )?allow ?list|allowed|approved|permitted|accepted)|not (?:allowed|approved|permitted)|is (?:forbidden|denied|rejected|blocked|prohibited|banned))\b/i,
    60,
    true
  ),
  cue(
    'license-header',
    'PAT-004',
    /\b(?:missing|invalid|no|without|lacks?|incorrect|wrong|outdated) (?:a |the )?(?:valid |proper |required )?(?:licen[cs]e|copyright|spdx)(?! field\b| (?:key|server|checkout|manager|seat|token)s?\b)(?: headers?| notices?| information| identifiers?| text)?\b|\b(?:licen[cs]e|copyright) (?:headers?|notices?) (?:(?:is|are) )?(?:missing|invalid|check)|\bunlicen[cs]ed\b|\bnot compliant with .{0,40}\bREUSE\b|\blicen[cs]eHeader\b|\bMissing header in: \S|\bdo(?:es)? not have the expected licen[cs]e header\b|\bdoes not match expected header line\b|\bMissing a header - not enough lines in file\b|^# (?:MISSING|BAD|DEPRECATED) LICENSES$/i,
    58,
    { alone: true, warningFails: true }
  ),
  cue(
    'license-word',
    'PAT-004',
    /\blicen[cs](?:e|es|ing)\b(?![\w-]{0,40}plugin\b).{0,80}\b(?:check|violation|compliance|policy|issue|problem|error|fail)|\bSPDX\b|\bREUSE\b/i,
    40
  ),

  // PAT-005: time limits, whoever enforces them.
  cue(
    'time-limit',
    'PAT-005',
    /\b(?:exceeded|reached|hit) (?:the |its |a )?(?:maximum |max |configured )?(?:allowed |permitted )?(?:execution |run ?|build |job )?(?:time|timeout|duration)(?: ?limit)?\b|\btook longer than\b|\bran longer than\b|\btime ?limit (?:exceeded|reached)\b|\b(?:execution|run|build|job) time ?limit\b|\bexecution timeout\b|\bmaximum (?:execution |run )?time\b|\bdeadline exceeded\b|\btimeout (?:has been )?(?:exceeded|reached|expired)\b|\bhas timed out\b|(?<!(?:Operation|Connection|Request|Resolving) )\btimed out after\b|\b(?:build|job|step|task|stage|pipeline|workflow|run|script) (?:has )?timed out\b|\b(?:job|step|task|stage) (?:'[^']{1,100}'|"[^"]{1,100}"|\S{1,100}(?: \S{1,100})?(?: \(\d{1,4}\))?) (?:has )?timed out\b|^Timed out!?$|\b(?:due to|by) timeout\b|\b(?:build|job|step|task|run|pipeline|command|process) (?:was )?(?:exited|stopped|terminated|killed|cancell?ed|aborted) due to (?:a )?time ?out\b(?! or )|\b(?:failed to|did not|didn't) (?:finish|complete) within\b|^Timeout \(\d+:\d\d:\d\d\)!$|\bno output (?:has been |was )?(?:received|produced) (?:in|for|within) (?:the last )?\d|\btoo long with no output\b|\bhas been running for more than \d+ (?:minutes?|hours?)\b.{0,60}\bTerminat|\blonger than (?:the )?(?:specified |configured |allowed )?deadline\b|\bexceeded (?:its |the )?(?:progress )?deadline\b|\bDeadlineExceeded\b|\b(?:inactivity|idle|no[- ]output) (?:time|timeout|period)\b.{0,60}\b(?:has )?(?:elapsed|exceeded|expired|reached)\b|\*\*\*Timeout\b|\(Timeout\)$/i,
    56,
    true
  ),
  // A runner that says at a warning level that it stopped the job's script at its time limit
  // (GitLab's `WARNING: step_script could not run to completion because the timeout was exceeded`).
  cue(
    'runner-time-limit',
    'PAT-005',
    /\b(?:could not|did not) run to completion because (?:the )?(?:timeout|time limit) was (?:exceeded|reached)\b/i,
    56,
    { alone: true, warningFails: true }
  ),
  // A time limit's word, not where it is a setting's value (`timeout = 30`, `"timeout": "5m"`,
  // `Setting the timeout to 600 seconds`), which names a limit, not a stop.
  cue(
    'timeout-word',
    'PAT-005',
    /\btim(?:ed|e)[ -]out\b|(?<![-_./=]|['\x60])\btimeout\b(?!["']?\s*[=:]\s*["']?\d| to \d|[-_]\w)|\bno output (?:has been )?received\b|\btoo long with no output\b|\bstalled\b|\bhung\b/i,
    38
  ),
  cue(
    'cancelled',
    'PAT-005',
    /\b(?:operation|job|build|run|step|action|task|workflow|pipeline) (?:was |has been |is )?(?:cancell?ed|aborted|terminated|interrupted)\b|\bcancell?ing (?:nested steps|the (?:job|build|run))|\bSIGTERM\b|\breceived signal (?:15|TERM)\b/i,
    36
  ),

  // PAT-006: what a build needs and did not get.
  cue(
    'command-missing',
    'PAT-006',
    /\b(?:command|executable|program|binary|tool) (?:not found|is not installed|does not exist)\b|: command not found\b|: not found$|\bnot found (?:in|on) (?:the |your )?\$?PATH\b|\bError: not found: [\w.+-]{1,40}$|\bis not recognized as (?:an internal|the name)\b|\bno such (?:command|program|tool)\b|\bnot installed\b|\bexecutable file not found\b|\blinker \x60\S{1,100}\x60 not found\b|\bno '\S{1,60}' command could be found\b|\bJAVA_HOME is not set\b|\bno (?:python )?interpreter (?:was )?found\b|\bno (?:binary|executable) (?:for|found)\b|\bcould not find (?:the )?(?:expected )?(?:browser|chrome|chromium|firefox)\b|\bInterpreterNotFound\b|\bcannot locate python\b|\bcould not find (?:a )?(?:suitable |compatible )?python (?:interpreter|executable|installation)\b|\bMissing script: ["']?[\w:.@/-]{1,100}|\bCommand "[\w:.@/-]{1,100}" not found\b|\bScript not found "[\w:.@/-]{1,100}"/i,
    56,
    true
  ),
  // A bundler or resolver that cannot resolve a package's bare name (webpack's `Can't resolve
  // 'left-pad'`, vite's `failed to resolve import "x"`, esbuild's `Could not resolve "x"`,
  // parcel's `Failed to resolve 'x'`), not a path of the project's (`'./utils'`) nor a host.
  cue(
    'package-unresolved',
    'PAT-006',
    /\b(?:can(?:'|no)t|could(?: not|n't)|unable to|failed to) resolve (?:module |import |dependency )?['"\x60](?![\w-]{1,63}(?:\.[\w-]{1,63}){2,}['"\x60])(?:@[\w.-]{1,100}\/|[a-zA-Z\d_])[^'"\x60\s]{0,200}['"\x60]/i,
    57
  ),
  cue(
    'package-missing',
    'PAT-006',
    /\b(?:module|package|gem|crate|library|dependency|artifact|plugin|jar|wheel|formula|pod|extension|bundle) .{0,80}\b(?:not found|could not be found|does not exist|is not available|not available|not installed)\b|\b(?:a|the|required) dependenc(?:y is|ies are) missing\b|\bcannot find (?:(?:module|package)(?! ['"](?:[./$~#]|@\/))|library|-l\w)|\bcould not find (?:module|package|gem|a version|any version|a matching|artifact|library|dependency|plugin|com\.|org\.)|\bno (?:module|package|podspec|matching (?:version|distribution|package|manifest)) (?:named|found|for|matching|['"\x60][^'"\x60\s]{1,100}['"\x60] found)\b|\bno such package\b|\bno versions? available\b|\bunable to find a specification for\b|\bunable to (?:find|locate|resolve|load) (?:package|module|dependenc|version|library|plugin|gem|crate)|\bCouldn't find any versions for\b|\bCould not find directory of \w+ installation\b|\bno valid module file was found\b|\bdoes not have a (?:provider|package|module|chart) named\b|\bis not in (?:std|GOROOT)\b/i,
    56
  ),
  cue(
    'resolution',
    'PAT-006',
    /\b(?:could not|cannot|can't|unable to|failed to) (?:resolve|satisfy|install|fetch|download|restore)\b(?! from [\x60'"]?[a-z]{2,8}:\/\/).{0,60}\b(?:dependenc(?:y|ies)|packages?|modules?|versions?|requirements?|plugins?|artifacts?|gems?|crates?|constraints?)\b|\bunresolved dependenc|\bdependency (?:resolution|conflict|error|tree)\b|\bconflicting (?:(?:module|package|library) )?(?:dependenc|requirement|peer|versions?)|\bversion (?:conflict|solving failed)\b|\bincompatible (?:versions?|dependenc|requirements?)\b|\bunsatisfiable\b|\bno solution found\b|\bconstruct(?:ing)? (?:a|the) build plan\b|\bPlan construction failed\b|\bnothing provides (?:requested )?\S|\bResolutionImpossible\b|\bpeer dep(?:endency)?\b|\brequires .{1,80} but .{1,80} (?:is|was) (?:installed|required|selected|locked)|\bcould not be resolved\b|\bfailed to select a version\b|\bcandidate versions found which didn't match\b|\bcould not solve\b|\bbackjumping, conflict set\b|\bcompatible versions? (?:for|of)\b|\brestore failed\b|\bfailed to retrieve information about\b|\bcould not build wheels for\b|\bFailed to build installable wheels\b/i,
    56
  ),
  cue(
    'version-not-found',
    'PAT-006',
    /\b(?:version|release) '?[\w.*^~<>=-]{1,40}'? .{0,60}\b(?:was |is )?not (?:found|available)\b|\bunable to find \S+ version\b|\bthere is no package called\b/i,
    54
  ),
  // A lock file out of step with its manifest, however the tool spells the file (`lockfile`,
  // `lock file`, pixi's `lock-file not up-to-date with the workspace`), or one resolved for other
  // platforms (Bundler's `Your bundle only supports platforms ["x86_64-darwin"] but your local
  // platform is x86_64-linux`), or a library whose packages are out of step with it (renv's
  // `The following package(s) are out of sync:` before its table of versions).
  cue(
    'lockfile',
    'PAT-006',
    new RegExp(
      String.raw`\block[- ]?file\b.{0,120}\b(?:out[- ]of[- ]date|outdated|not up[- ]to[- ]date|out[- ]of[- ]sync|needs? (?:to be )?updat|would (?:have been )?modifi|mismatch|inconsistent|changed significantly|does not match|is not in sync|can(?:'|no)t be updated|does not contain a compatible)|\bout[- ]of[- ]sync \[lock[- ]?file (?:!=|->) |(?<!\bno |\b0 )\bpackages?(?:\(s\))? (?:are|is) out[- ]of[- ]sync:|^\s{0,40}(?:Error: |ERROR: )?(?:Outdated|Stale) (?:[\w-]{1,60}\.lock|lock[- ]?file)\b|\bfrozen[- ]lockfile\b|\b(?:cannot|can't|unable to) update the lock[- ]?file\b|\b--locked was passed\b|\bAdd the current platform to the lock[- ]?file\b|\block[- ]?file (?:had changes|is frozen)\b|\bmodified lock[- ]?file\b|\brequires lock[- ]?file changes\b|\bWould change \d{1,5} dependenc|\bnot present in the lock[- ]?file\b|\block mismatch\b|\bchanges to the lock[- ]?file\b|\bupdates? to (?:go\.mod|go\.sum|[\w.-]{1,60}\.lock|(?:the )?lock[- ]?file) (?:is |are )?needed\b|\bdisabled by -mod=(?:readonly|vendor)\b|\b(?:in|because) (?:deployment|frozen) mode\b|\bdependency verification failed\b|\bnot in sync with (?:the |your )?(?:[\w.-]{1,60}\.lock|lock[- ]?file)\b|\bintegrity check(?:sum)? failed\b|\bEINTEGRITY\b|\bverifying \S{1,200}: checksum mismatch\b|\b(?:doesn't|does not|didn't|did not) match any of the checksums\b|\block state\b.{0,120}\bout of date\b|\bpart of the dependency lock state\b|\bis locked but does not have lock state\b|\bsince (?:the )?(?:[\w.-]{1,60}\.lock|lock[- ]?file) was (?:last )?(?:generated|updated|created)\b|\b(?:update|regenerate|refresh|fix|sync) (?:your |the )?lock[- ]?file\b|\b(?:run|try) \W?[\w-]{1,20} lock\b|\b(?:${LOCK_FILES}|[\w-]{1,60}?-lock\.(?:ya?ml|json)|[\w-]{1,60}?\.lock)\b.{0,120}\b(?:out of date|outdated|not up[- ]to[- ]date|out of sync|needs? (?:to be )?updat|missing|mismatch|inconsistent|does not|would)|\byour bundle only supports platforms\b`,
      'i'
    ),
    58,
    true
  ),
  // A lock file or manifest the resolver will not use because another version of the tool
  // wrote it (Julia's `Are you trying to use a manifest generated by a different version of
  // Julia?`): on an error line only, as a tool that rewrites such a file says so in passing.
  cue(
    'lockfile-other-version',
    'PAT-006',
    /\b(?:lock[- ]?file|manifest)\b.{0,40}\b(?:generated|created|written|resolved) (?:by|with) (?:a )?(?:different|another|newer|older|later) version\b/i,
    58
  ),
  // A diff of a dependency manifest or lock file, as a check that re-resolves and diffs prints
  // (`go mod tidy && git diff --exit-code`, `npm install && git diff package-lock.json`): the
  // committed manifest is out of date with what the resolver makes of it.
  cue(
    'manifest-diff',
    'PAT-006',
    new RegExp(String.raw`^(?:diff --git a/|--- a/|\+\+\+ b/)(?:\S{0,200}/)?(?:go\.mod|${LOCK_FILES})\b`),
    52,
    true
  ),
  cue(
    'import-error',
    'PAT-006',
    /\bModuleNotFoundError\b|\bImportError\b|\bNoClassDefFoundError\b|\bClassNotFoundException\b|\bLoadError\b(?!: )|\bcannot load such file\b|\bCan't locate \S+ in @INC\b|\berror while loading shared libraries\b|\bcannot open shared object file\b|\bDLL load failed\b|\bLibrary not loaded\b|\bMODULE_NOT_FOUND\b|\bERR_MODULE_NOT_FOUND\b|\bCould not load file or assembly\b|\bCould not find or load main class\b/,
    52
  ),
  cue('python-module-missing', 'PAT-006', /\bNo module named '?[\w.]+/, 54, true),
  // The go command's own error (`go: inconsistent vendoring in /app:`, `go: no such tool
  // "covdata"`, `go: go.mod requires go >= 1.22`), as opposed to a compiler's `a.go:3:5:` row:
  // the modules, the toolchain or the vendor tree, not the code. Not its progress (`go:
  // downloading …`, `go: added …`, `go: found …`, `go: switching to go1.22`) nor a warning.
  cue(
    'go-command-error',
    'PAT-006',
    /^go: (?!(?:downloading|finding|extracting|added|upgraded|downgraded|removed|found|creating|switching|to add|warning)\b)(?!.{0,300}\bis deprecated\b)(?!.{0,300}; switching to go)(?!.{0,300} (?:imports|tested by)$)\S/,
    46,
    true
  ),
  cue(
    'package-manager-code',
    'PAT-006',
    /\bE404\b|\bETARGET\b|(?<!\b(?:warn|WARN) )\bEBADENGINE\b|\bERESOLVE\b|\bEPEERINVALID\b|\bERR_PNPM_(?:FETCH_404\s{1,4}GET |(?!RECURSIVE|FETCH|META_FETCH)\w+)|\bYN00(?:01|02|09|16|18|28|35|60|82)\b|\bNU1(?:10[0-9]|20[0-9]|60[0-9]|00[0-9]|40[0-9])\b|\bSolverProblemError\b|\bPackagesNotFoundError\b|UnsatisfiableError\b|\bResolvePackageNotFound\b|\bnotarget\b|\bNo matching version found for\b|\bELSPROBLEMS\b/,
    50,
    true
  ),
  // A dependency solver's verdict (libsolv's `nothing provides`, pub's and Poetry's `version
  // solving failed`, pip's `ResolutionImpossible`, conda's `can't be solved`, opam's `No solution
  // found, exiting` and `The following dependencies couldn't be met`, apk's `unable to select
  // packages`): the install failed.
  cue(
    'solver-failed',
    'PAT-006',
    /\bnothing provides (?:requested )?\S|\bversion solving failed\b|\bResolutionImpossible\b|\b(?:environment|request|dependencies|requirements) can(?:'|no)t be solved\b|\bunsatisfiable (?:dependenc|requirement|constraint|request|job)|\bno solution found when resolving\b|\bNo solution found, exiting\b|\bno solution found: there seems to be a problem with your request\b|\bThe following dependencies couldn't be met\b|\bYour request can't be satisfied\b|\bbut (?:it|they|these) do(?:es)? not match the constraint\b|^ERROR: unable to select packages:|\bresolution-?too-?deep\b|\bunsatisfied dependenc(?:y|ies)\b|\bWhile constructing the build plan\b|^\s*Failed to use "[^"]{1,100}" \(versions? [^)]{1,100}\) because\b|\(conflict: \S|\b(?:has requirement|requires) \S{1,100},? but you(?:'ll)? have\b|\bThe conflict is caused by:|\bno matching versions for query\b/i,
    54,
    true
  ),
  cue(
    'missing-dependency',
    'PAT-006',
    /\bmissing (?:these |the |some |required )?(?:dependenc(?:y|ies)|modules?|packages?|requirements?|go\.sum entry|peer dependenc|gems?|crates?|required (?:package|dependency|module)|header files?|development files)\b(?! (?:docstring|documentation|comment|description|header|name)s?\b)|\bunmet (?:peer )?dependenc|\bmissing (?:prebuilt package|binary: \S)|\bCan't find a '\S{1,200}' package (?:binary '\w+' )?for the\b|\bfound in Chart\.yaml, but missing in charts\/ directory\b/i,
    52
  ),
  // A build system's lookup of a library the machine lacks: CMake's find modules (`Could NOT
  // find ZLIB (missing: ZLIB_LIBRARY)`, `CMake Error at CMakeLists.txt:4 (find_package):`, `By
  // not providing "FindQt6.cmake" …`), pkg-config (`Package 'gtk+-3.0' was not found in the
  // pkg-config search path`, `No package 'x11' found`), autoconf's PKG_CHECK_MODULES, Meson's
  // `Dependency "glib-2.0" not found`.
  cue(
    'library-lookup',
    'PAT-006',
    /\bCould NOT find \w[\w+.-]{0,60}\b|^CMake Error at \S{1,300} \((?:find_package|find_library|find_path|find_program|pkg_check_modules|pkg_search_module)\):|\bBy not providing "Find[\w+.-]{1,80}\.cmake"|\bPackage '?[\w+.-]{1,100}'?,? (?:was not found in the pkg-config search path|required by '\S{1,100}', not found)|\bNo package '[\w+.-]{1,100}' found\b|\bPackage requirements \(.{1,200}\) were not met\b|\b(?:Run-time |Build-time )?[Dd]ependency "?[\w+.-]{1,100}"? (?:not found|found: NO)\b/,
    54,
    true
  ),
  cue(
    'system-package',
    'PAT-006',
    /\bE: (?:Unable to locate package|Version '\S+' for '\S+' was not found)|\bPackage '\S+' has no installation candidate|\bexternally-managed-environment\b|\bNo package \S+ available\b|\bError: No available formula\b|\bNo matching distribution\b|\bis not available, but is referred to by another package\b|\bUnable to find a match: [\w.+-]/,
    56,
    true
  ),
  cue(
    'toolchain-version',
    'PAT-006',
    /\brequires (?:rustc|python|node(?:\.js)?|php|ruby|go|java|jdk|dotnet|\.NET|swift|xcode|cmake|gradle|maven|npm|pnpm|yarn|bun|deno|elixir|erlang\/otp|perl) (?:version )?[\w.^~<>=*-]{1,40}.{0,40}\b(?:or newer|or later|or higher|or above|or greater|but)\b|\byour (?:php|python|node|ruby|go|java) version \([^)]{1,40}\) does not satisfy\b|(?<!\bwarn\]? {1,2}|\bEBADENGINE )\bunsupported (?:engine|(?:python|node|java|ruby|php|go) version)\b|\bis incompatible with (?:this|the current|your) (?:version|python|node|ruby|php|runtime|interpreter|platform)\b|\bunable to find (?:a )?(?:Java|JDK|JRE) (?:runtime|installation|version)\b|\brequires a different Python\b|\b(?:SDK|toolchain|compiler) does not support targeting\b|\b(?:SDK|toolchain|JDK) ['"][\w.-]{1,100}['"] (?:specified )?(?:could not be found|was not found|is not installed)\b|\bno (?:\.NET |java |python |node(?:\.js)? |android |dotnet )?(?:SDKs?|JDKs?|runtimes?|toolchains?) (?:were |was )?(?:found|installed|available)\b|\brequires (?:rustc|python|node(?:\.js)?|php|ruby|go|java|jdk|dotnet|\.NET|swift|xcode|cmake|gradle|maven|npm|pnpm|yarn|bun|deno|elixir|erlang|perl|dart|flutter) (?:version )?(?:>=?|~>|\^|at least) ?v?\d|\brequires at least (?:rustc|python|node(?:\.js)?|php|ruby|go|java|jdk|jvm|dotnet|\.NET|swift|xcode|cmake|gradle|maven|npm|yarn|elixir|erlang|perl|dart|flutter)(?: runtime)?(?: version)? v?\d|\brequires (?:java|jdk|jvm|node(?:\.js)?|python|ruby|php) v?\d[\w.]{0,20} to run\b|\byour (?:rustc|python|node(?:\.js)?|php|ruby|go|java|jdk|dotnet|swift|dart|flutter) version is \S{1,40},? but\b|\bis incompatible with this module\b|\bunsupported class file (?:major )?version\b|\bcompiled by a more recent version of the Java Runtime\b|\bRequire(?:Java|Maven|Jdk|Node|Python|Ruby|Php|Go)Version\b|\bis configured to use (?:yarn|pnpm|npm|bun)\b|\brequires minimum platform version [\d.]{1,20} for the \w{1,20} platform\b|\brequired a higher minimum deployment target\b|\bhas a minimum deployment target of\b|\bminSdkVersion \d{1,3} cannot be smaller than version \d{1,3} declared in library\b/i,
    54,
    true
  ),

  // PAT-008: network, services, runners and machines. Connection failures also come as error
  // names (bun's and Zig's `ConnectionRefused`, `FailedToOpenSocket`, Python's
  // `ConnectionResetError`), and a keyserver gpg cannot reach as `keyserver receive failed`.
  // A host the job drives that does not answer in time (Ansible's `Timeout (12s) waiting for
  // privilege escalation prompt`, Packer's `Timeout waiting for SSH`, Vagrant's `Timed out while
  // waiting for the machine to boot`) is the machine's or the connection's, not a time limit's.
  // curl -v's own trace of a handshake (`* TLSv1.3 (OUT), TLS handshake, Client hello (1):`) is
  // no failure; Node's `Client network socket disconnected before secure TLS connection was
  // established` and curl's certificate refusal (`curl: (60)`) are.
  cue(
    'network',
    'PAT-008',
    /\b(?:ECONNRESET|ECONNREFUSED|ETIMEDOUT|ESOCKETTIMEDOUT|EAI_AGAIN|FETCH_ERROR|ENOTFOUND|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|EPROTO)\b|\bconnection (?:reset|refused|closed|aborted|timed out|lost|broken|failed|was forcibly closed)\b|\bsocket hang up\b|\bconnResetException\b|\bnetwork (?:error|is unreachable|unreachable|timeout|failure|problem|connection)\b|\b(?:read|connect|connection|handshake|i\/o|socket|request|gateway|dial tcp)\b.{0,40}(?<![-_])\btim(?:ed ?out|eout)\b|\bTLS handshake\b(?!, )|\bnetwork socket disconnected\b|\bSSL(?:_ERROR\w*|Error| error)\b|\bcertificate (?:verify failed|has expired)\b|\bcould(?: not|n'?t) resolve (?:host|proxy)\b|\bcould not resolve ['"]?[a-z\d-]{1,63}\.[a-z\d-]{1,63}\.[a-z\d.-]{1,200}['"]?(?![\w.:/-])|\btemporary failure (?:in name resolution|resolving)\b|\bname or service not known\b|\bno route to host\b|(?<!\b(?:parse|syntax) error\b.{0,300})\bunexpected EOF\b|\bearly EOF\b|\bremote end hung up\b|\bRPC failed\b|\bcurl: \((?:6|7|18|28|35|52|56|60|92)\)|\bMax retries exceeded\b|\bproxy error\b|\bspurious network error\b|\bTimeout was reached\b|\bserver misbehaving\b|\bdial tcp(?: \S{1,60})?: lookup \S|\bUnable to load the service index for source\b|\bSSL connection could not be established\b|\bcannot be reached\b|\bCONNECTION FAILED\b|\bconnection to (?:the )?(?:server )?\S{1,200} was refused\b|\b(?:could(?: not|n'?t)|unable to|failed to) (?:create|establish|open|make) (?:an? )?(?:\w{1,10} )?connection\b|\bempty reply from server\b|\bOperation too slow\b|\bLess than \d{1,12} bytes\/sec transferred\b|\bConnection(?:Timeout|Failure|Refused|Reset(?:ByPeer)?|TimedOut|Aborted)(?:Error)?\b|\bgetAddrInfo\b|\bFailedToOpenSocket\b|\bUnknownHostName\b|\bkeyserver (?:receive failed|communications error)\b|\bNo keyserver available\b|\b(?:timeout|timed out)(?: \(\d{1,5}s\))? (?:while )?waiting for (?:privilege escalation prompt|ssh(?: connection)?\b|the machine to boot)/i,
    56,
    true
  ),
  cue(
    'http-client-timeout',
    'PAT-008',
    /\bClient\.Timeout exceeded\b|\brequest canceled while waiting for connection\b|\bwhile awaiting headers\b|\bdial tcp\b.{0,120}\b(?:timeout|refused|reset|unreachable)\b|\bcurl error (?:6|7|18|28|35|52|56)\b|\bOperation timed out after \d+ milliseconds\b|\b(?:Get|Post|Head|Put) "?https?:\/\/\S{1,300}"?: (?:net\/http: )?(?:context deadline exceeded|request canceled)|\bNet::(?:Open|Read|Write)Timeout\b|\bjava\.net\.(?:ConnectException|SocketTimeoutException|UnknownHostException|NoRouteToHostException|http\.Http(?:Connect)?TimeoutException)\b/i,
    64,
    true
  ),
  // A service the job waits for that never becomes ready, in a wait loop's own words when it
  // gives up (`db did not become ready`, `not ready after 60 seconds`); not the probe's answer
  // to one attempt (pg_isready's `host:5432 - no response`, MySQL's `Can't connect to MySQL
  // server`), which a loop that then gets its service prints as well.
  cue(
    'service-not-ready',
    'PAT-008',
    /\b(?:did not|didn'?t|never|failed to) (?:become|became) (?:ready|healthy|available)\b|\b(?:did not|didn'?t|never) (?:come|came) up\b|\b(?:is|was|are|were|still) not (?:ready|healthy|available) (?:after|within|in time)\b|\bCannot start service [\w.-]{1,100}:/i,
    56,
    true
  ),
  cue(
    'server-error',
    'PAT-008',
    /\b(?:service|server) (?:unavailable|temporarily unavailable)\b|\bbad gateway\b|\bgateway time-?out\b|\binternal server error\b|\b(?:HTTP|status|code|error|response|returned)(?: code)?[: ]{1,3}5\d\d\b|\b5\d\d (?:Server Error|Internal|Bad Gateway|Service|Gateway)\b|\bserver (?:error|responded with (?:a )?5)|\bcode E5\d\d\b/i,
    54,
    true
  ),
  cue(
    'rate-limit',
    'PAT-008',
    /\brate[- ]limit(?:ed|ing)?\b|\btoo many requests\b|\btoomanyrequests\b|\bpull rate limit\b|\babuse detection\b|\bsecondary rate\b/i,
    58,
    true
  ),
  cue(
    'runner',
    'PAT-008',
    /\b(?:runner|agent|executor|worker|machine|VM|instance|container|pod|node) .{0,60}\b(?:lost|disconnected|offline|went away|shut ?down|died|crashed|preempt(?:ed|ion)|evicted|unhealthy|not responding|stopped responding|was terminated)\b|\bis disrupted: reason "?Eviction|\blost communication\b|\bshutdown signal\b|\bstopped hearing from\b|\bsystem failure\b|\binfrastructure (?:error|failure|issue)\b|\bhosted runner\b|\bBacking channel\b|\bhudson\.remoting\.[\w$.]{0,80}(?:Exception|Shutdown)\b|\bUnexpected termination of the channel\b|\bNo agent found in pool\b|\bChannelClosedException\b|\bClosedChannelException\b|\bchannel is closing down\b|\bnot acquired by (?:Runner|agent)\b|\bCannot contact \S{1,100}: java\.lang\.\w+|\bwrapper script does not seem to be touching the log file\b|\bprovisioning resources\b|\bReceived request to deprovision\b|\bfrom (?:the )?remote provider\b|\bsending the provision message\b|\(Error Type: \w+\)|\bno (?:active |online )?runners? (?:online|available|that match)|\bjob is stuck\b|^The log length has exceeded the limit of \d+ ?[KM]B\b|\bNo hosted parallelism\b|\b(?:job|workflow|build) was not started\b|\bspending limit (?:needs to be increased|reached|exceeded)\b|\b(?:failed to|could not|couldn't|unable to) (?:start|create|provision|launch|allocate) (?:an? |the )?(?:instance(?! of\b)|runner|agent|vm|virtual machine|executor)\b|\b(?:exit code|exit status|exited with) 143\b|\b(?:agent|runner|executor|worker|instance|VM|machine) (?:was |has been |got )?(?:removed|deleted|reclaimed|rescheduled)\b|\b(?:agent|runner|executor|worker|instance) did not (?:connect|come online|register|start)\b|\bagent connect error\b|\bJob failed: prepare environment\b|\bPreparation failed: |\bCannot connect to the Docker daemon\b|\bIs the docker daemon running\?|\bOne or more containers failed to start\b|\bFailed to initialize container\b|\bunable to start container process\b|\berror during container init\b/i,
    62,
    true
  ),
  cue(
    'resources',
    'PAT-008',
    /\bno space left\b|\bENOSPC\b|\bdisk (?:is )?full\b|\bnot enough (?:disk )?space\b|\bout of (?:disk|space)\b|\bquota exceeded\b|\bout of memory\b|\bOOM(?:Killed| killer|-killed| kill(?:ed)?)\b|\bheap out of memory\b|\bOutOfMemoryError\b|\bCannot allocate memory\b|MemoryError\b|\bUnable to allocate [\d.]{1,12} ?[KMGT]i?B\b|\bsignal 9\b|\bSIGKILL\b|\bKilled signal terminated\b|\bKilled \(program \w+\)|: line \d+: {1,4}\d+ Killed\b|\bexit code 137\b|\b(?:exited with|exit status) 137\b|\bfork: (?:retry: )?(?:Resource temporarily unavailable|Cannot allocate memory)\b|\breceived "?killed"? signal\b|\bran out of memory\b|(?:^|: )Killed$|\bJVM heap space is exhausted\b|\bdaemon (?:has )?disappeared\b|\bCould not reserve enough space for (?:\d+KB )?object heap\b|\bfailed to create new OS thread\b|\bexceeded (?:the |its |your |a )?memory limit\b|\bmemory limit (?:was )?(?:exceeded|reached)\b|\bThe node was low on resource: [a-z-]{3,40}\b|\bnodes are available: .{0,300}\bInsufficient (?:cpu|memory|ephemeral-storage|pods|[\w.]{1,40}\/gpu)\b|\btoo many open files\b|\bEMFILE\b/i,
    62,
    true
  ),
  // A licensed tool (a vendor's compiler, a simulator, a static analyser) that gets no seat
  // from its licence server or finds no licence key on the machine: the build machine's
  // setup failed, not the project's licensing.
  cue(
    'tool-licence',
    'PAT-008',
    /\blicen[cs]e (?:key|server|checkout|manager|seat|token|file)s?\b.{0,80}\b(?:not found|not available|unavailable|expired|failed|denied|invalid|error|could not|cannot|unable)\b|\b(?:no|invalid|expired) (?:valid )?licen[cs]e (?:key|server|seat|token|file)s?\b|\b(?:FLEXlm|FlexNet|lmgrd)\b.{0,80}\berror\b|\blicen[cs]e checkout failed\b|\b(?:unable|failed|could not|cannot) to check ?out (?:a |the )?licen[cs]e\b/i,
    50,
    true
  ),
  cue(
    'download-failed',
    'PAT-008',
    /\b(?:failed|unable) to (?:download|fetch|pull|push(?! some refs\b)|upload|connect|reach|contact)\b|\bfailed (?:downloading|fetching) (?:https?:\/\/|manifest\b)|\bdownload https?:\/\/\S{1,300} failed\b|\bdownload(?:ing)? (?:failed|error)\b|\bcould not (?:download|connect|reach|contact)\b|\berror (?:pulling|pushing|downloading|uploading)\b|\bCould not (?:HEAD|GET) '?https?:\/\/|\bCannot connect to the Docker daemon\b/i,
    38
  ),
  cue(
    'retry',
    'PAT-008',
    /\bretry(?:ing)?\b|\battempt \d+ (?:of|\/) \d+\b|\bgave up after\b|\bafter \d+ (?:attempts|retries|tries)\b/i,
    22
  ),

  // PAT-007: linters and formatters, through any output or annotation.
  cue(
    'format-check',
    'PAT-007',
    /\bwould (?:be )?reformat(?:ted)?\b|\bnot (?:properly |correctly )?formatted\b|\bformatting (?:issues?|errors?|violations?|check failed|differences?)\b|\bformat(?:ting)? check (?:failed|error)\b|\bneeds? (?:to be )?(?:re)?format(?:ted|ting)?\b|\bcode style (?:issues?|violations?|errors?)\b|\bstyle (?:issues?|violations?|errors?)\b|\bincorrectly (?:formatted|sorted)\b|\bunformatted\b|\bfiles? (?:were|was|would be) (?:modified|reformatted|changed) by (?:this hook|the formatter)\b|\bfiles? (?:were|would be) (?:reformatted|changed)\b|\brun (?:\S+ )?(?:--fix|--write|fmt|format)\b|\bDiff in\b|\bformattable\b|\bforgot to run (?:the )?[\w.-]{1,40}\?|\bnot (?:go|rust|clang-|terra|dart|shf|zig |cargo |elm-|mix )?fmt'?ed\b|\b(?:changes|changed|differ) after (?:re)?formatting\b/i,
    56,
    true
  ),
  cue('hook-failed', 'PAT-007', /^\S.{0,100}?\.{3,}(?:\(no files to check\))?Failed$/, 50, {
    alone: true,
    severity: 0.9
  }),
  cue(
    'lint-message',
    'PAT-007',
    /^\S+:\d+: \S+ ==> \S|\bUnknown word \(|\b(?:Style|Layout|Lint|Naming|Metrics|Performance|Rails|RSpec|Security)\/[A-Z]\w+: |\b(?:error|warning) (?:WHITESPACE|FINALNEWLINE|CHARSET|ENDOFLINE|IMPORTS|whitespace|finalnewline|charset|endofline|imports|IDE\d{4}|CA\d{4}|SA\d{4}|RCS\d{4}): /,
    58,
    { severity: 0.6 }
  ),
  // The "stylish" report of eslint, stylelint, yamllint, textlint: `  12:5  error  message  rule`,
  // with textlint's mark of a fixable finding (`  3:2  ✓ error  …`), or indentation lost in a paste;
  // vfile-reporter's (remark, retext) places a range (`24:32-24:38 warning …  emphasis-marker  remark-lint`).
  cue(
    'lint-table-row',
    'PAT-007',
    /^\s*\d+:\d+(?:-\d+:\d+)?\s+(?:[✓✔] )?(?:error|warning|✖|⚠)\s+\S.{0,300}\s{2}\(?[@\w/.-]{2,80}\)?$/,
    50,
    { severity: 0.7 }
  ),
  // A linter's finding at a position written its own way rather than a compiler's `file:3:5:`:
  // tslint's `app.ts[25, 22]: Missing semicolon` (alone, or after `error (semicolon) `),
  // jshint's and textlint's `a.js: line 3, col 10, Missing semicolon.` and gulp's `line 13  col 2
  // missing semicolon`, grunt-contrib-jshint's `[L80:C74] W033: Missing semicolon.`: a report of one
  // finding of a linter, whichever. YAML and JSON parsers say `line 3, column 5`: not one.
  cue(
    'lint-position',
    'PAT-007',
    /\S\.[A-Za-z]\w{0,5}\[\d{1,6}, ?\d{1,6}\]: \S|(?:^|[\s:])line \d{1,6},? {1,4}col \d{1,6},? {1,4}\S|^\[L\d{1,6}:C\d{1,6}\] \S/,
    48,
    { severity: 0.6 }
  ),
  cue(
    'lint-count',
    'PAT-007',
    /\b[1-9]\d* (?:problems?|offen[cs]es?|violations?|weighted issues?|lint (?:errors?|issues?|warnings?)|linter (?:errors?|issues?)|style (?:errors?|issues?))\b|\b(?:lint(?:ing|er)?|style) (?:errors?|failed|failures?|issues?|violations?|check failed)\b|\blint(?:er|ing)? found (?:\w+ )?(?:errors?|issues?|problems?|warnings?|violations?)\b|\bTotal: (?:[1-9]\d* warnings? \/ \d+|\d+ warnings? \/ [1-9]\d*) errors? in \d+ files?\b|\bquality ?gate(?: status)?(?::| is| has)? (?:error|failed|failure)\b|(?:^|: )over (?:the )?(?:errors?|warnings?)(?: (?:or|and) (?:errors?|warnings?))? limits?\.?$|\btoo many (?:lint )?(?:errors|warnings)\b.{0,40}\bmax(?:imum)?\b/i,
    50,
    { alone: true, summary: true }
  ),
  // A count of violations under the tool's name (`You have 2 PMD violations`, `You have 3
  // Checkstyle violations.`): a linter's closing count. A scanner's `11 potential problem(s)` is not.
  cue('tool-violation-count', 'PAT-007', /\b[1-9]\d* (?:[A-Z]{2,12}|[A-Z][a-z]{2,20}) violations?\b/, 50, {
    alone: true,
    summary: true
  }),
  // A linter's finding that names its rule and the rule's priority (PMD's `PMD Failure:
  // com.foo.A:17 Rule:ImplicitSwitchFallThrough Priority:3 …`), or the confidence it has in it
  // (vulture's `a.py:79: unused variable 'x' (60% confidence)`).
  cue(
    'rule-priority',
    'PAT-007',
    /\bRule: ?[A-Z][A-Za-z]{2,60} Priority: ?[1-5]\b|:\d{1,6}: (?:unused [a-z]{3,12}|unreachable code after) '[^']{1,200}' \(\d{1,3}% confidence\)$/,
    54,
    { alone: true, severity: 0.7 }
  ),
  // A static analyser's closing count in words a compiler does not close with (psalm's
  // `129 errors found`, phpcs's `FOUND 1 ERROR AFFECTING 1 LINE` and `A TOTAL OF 12 ERRORS AND 0
  // WARNINGS WERE FOUND`, dart's `7 issues found.`, erb_lint's `1 error(s) were found in ERB
  // files`, credo's `found 51 consistency issues, 10 warnings`); tsc's `Found 2 errors in 1
  // file.` is not one, nor a scanner's `found 3 high severity issues`.
  cue(
    'issues-found',
    'PAT-007',
    /^\W{0,4}[1-9][\d,]{0,12} (?:errors?|issues?|problems?)(?:\(s\))? (?:were |was )?found\b|^\W{0,4}[1-9][\d,]{0,12} errors? in [1-9]\d{0,8} files?\b|\bFOUND [1-9]\d{0,12} (?:ERRORS?|WARNINGS?) AFFECTING\b|\bA TOTAL OF [1-9]\d{0,12} ERRORS?\b|\b(?:errors|issues|problems) found: [1-9]|\bfound [1-9]\d{0,12} (?!(?:\S{1,20} )?(?:security|severity|high|critical|medium|low|moderate|vulnerab|secret|licen[cs]e))(?:[a-z][a-z-]{2,20} )?(?:[a-z][a-z-]{2,20} )?(?:issues?|problems?)\b/i,
    36,
    { alone: true, summary: true }
  ),
  cue('lint-tool', 'PAT-007', new RegExp(String.raw`\b(?:${LINTER_NAMES})\b`, 'i'), 40, { toolName: true }),
  // A style finding in the words linters of every language use for it, on a line that says
  // where (`a.js:4:15: Multiple spaces found before '='.`, `\t103: Wrong amount of left-padding
  // spaces`, `78:54 ❌ unexpected trailing whitespace`, `[a.proto:121:13] Field name "Id" must
  // be LowerSnakeCase`, `a.sql L:3 | P:38 | Unnecessary whitespace found.`): a linter's report
  // of one violation, whatever its format. Not a pre-commit hook's name (`trim trailing
  // whitespace....Passed`), which says nothing was wrong.
  cue(
    'style-violation',
    'PAT-007',
    /^(?!.{0,300}\.{4})(?:\s{0,120}\^[-~^]{0,200}\s|\s{0,12}\d{1,6}(?:[:-]\d{1,6})?:?\s|.{0,300}?(?:\S:\d{1,6}(?::\d{1,6})?\]?:?|\bline[ =]\d{1,6}\b|\bL: {0,4}\d{1,6}\b|^::(?:error|warning) file=\S))(?:(?!\.{4}).){0,160}?(?:\btrailing (?:white ?space|spaces?|blanks?)\b|\b(?:no|missing|expected) (?:final )?newline\b|\bline too long\b|\bline (?:is )?longer than \d|\bexceeds? (?:the )?(?:maximum |max )?line length\b|\b(?:wrong|invalid|inconsistent|incorrect|bad|mixed) (?:amount of )?(?:left-padding|indent(?:ation)?)\b|\b(?:over|under)-indented\b|\bexpected indentation of\b|\bmixed (?:tabs and spaces|spaces and tabs)\b|\b(?:multiple|extra|unnecessary|superfluous|redundant) (?:spaces?|whitespace|blank lines?|semicolons?)\b|\bmissing semicolon\b|\bis (?:defined|assigned a value) but never used\b|\bwas used before it was defined\b|\bimported but unused\b|\bunused (?:variable|import|argument|parameter|local variable|function|label)\b(?!.{0,300}\[-W)|\bexpected \d{1,3} (?:spaces?|tabs?|blank lines?|lines? (?:before|after))\b|\bmissing (?:a )?(?:docstring|doc ?comment|documentation comment)\b|\bprefer (?:single|double)-quoted\b|\bstrings must use (?:single|double) ?quotes?\b|\b(?:should|must) be (?:in )?(?:lower|upper)?[_ ]?(?:snake|camel|pascal|kebab)[_ ]?case\b|\b(?:Lower|Upper)(?:Snake|Camel)Case\b)/i,
    52,
    { alone: true, severity: 0.6 }
  ),
  // A style finding whose place comes after it (puppet-lint's `manifests/init.pp - ERROR:
  // trailing whitespace found on line 122`, `WARNING: tab character found on line 3`).
  cue(
    'style-place-after',
    'PAT-007',
    /(?:\btrailing (?:white ?space|spaces?|blanks?)|\btab characters?|\bhard tabs?|\bline has more than \d{1,4} characters|\bline too long|\b(?:wrong|inconsistent|incorrect|bad|mixed) indentation|\bindentation of \S{1,10} is not properly aligned|\bdouble quoted string containing no variables)\b.{0,60}\b(?:on|at) line \d{1,6}\b/i,
    52,
    { alone: true, severity: 0.6 }
  ),
  // A style finding told as a sentence that opens its line, the place on the line after it
  // (erb_lint's `Extra blank line detected.` over `In file: a.html.erb:37`, sqlfluff's
  // `Unnecessary whitespace found.`): a linter's report of one violation.
  // A spelling checker's finding in its own layout: codespell's `a.md:3: teh ==> the`, typos'
  // `\`teh\` should be \`the\``, cspell's `Unknown word (teh)`, misspell's `"teh" is a
  // misspelling of "the"`, Vale's `Did you really mean 'teh'?`.
  cue(
    'spelling',
    'PAT-007',
    /^\S{1,300}:\d{1,6}: [^\s=]{1,80}(?: [^\s=]{1,80}){0,3} ==> \S|\x60[^\x60]{1,60}\x60 should be \x60|\bUnknown word \(|\bis a misspelling of\b|\bMisspelled words?\b|\bDid you really mean '|\bspelling (?:errors?|mistakes?)\b/i,
    50,
    { alone: true, severity: 0.6 }
  ),
  cue(
    'style-sentence',
    'PAT-007',
    /^\s{0,12}(?:Extra|Trailing|Missing|Unnecessary|Multiple|Redundant|Superfluous) (?:blank lines?|white ?space|spaces?|newlines?|final newline|semicolons?)\b.{0,80}\b(?:detected|found)\.?$/i,
    50,
    { alone: true, severity: 0.6 }
  ),
  // A located finding with the linter's name in a column of its own, as golangci-lint's tab
  // format aligns it (its linters' names are the cue's triggers) (`a.go:11:6      revive  exported: exported type X should have comment`,
  // `main.go:70:15:   errcheck  Error return value of …`): no compiler writes a name there.
  cue(
    'lint-name-column',
    'PAT-007',
    new RegExp(String.raw`^\S{1,300}?\.[A-Za-z]\w{0,5}:\d{1,6}(?::\d{1,6})?:?\s{2,}(?:${GOLANGCI_LINTERS})\s{2,}\S`),
    52,
    { alone: true, severity: 0.7 }
  ),
  // A finding at a place in brackets with its severity in parentheses, cppcheck's classic
  // template (`[src/curl.cpp:4075]: (error) Memory leak: new_item`, `(style) Variable 'x' is
  // assigned a value that is never used.`): a static analyser's, not a compiler's.
  cue(
    'bracket-place-severity',
    'PAT-007',
    /^\[\S{1,300}?:\d{1,6}\]: \((?:error|warning|style|performance|portability|information)\) \S/,
    54,
    { alone: true, severity: 0.7 }
  ),
  // A rule's code written under the caret that points at the code (shellcheck's `^------^ SC2086:
  // Double quote …`, ruff's `  |   ^^^^^^^^ F401`): a linter's finding. A compiler's caret carries
  // a label in words (`^^^ expected \`u32\``), not a rule's code.
  cue('caret-code', 'PAT-007', /^\s{0,120}(?:\|\s{0,120})?\^[-~^]{0,200}\s{1,4}(?:SC\d{4}|[A-Z]{1,4}\d{3,5})\b/, 50, {
    severity: 0.6
  }),
  // A linter's finding as a line of JSON, reviewdog's rdjsonl that lint actions print (`{"message":
  // "… is a typo!", "location": {"path": …}, "severity": "ERROR"}`). cargo's JSON carries its
  // message as an object, not a string: not one.
  cue('json-diagnostic', 'PAT-007', /"message": ?"[^"]{1,600}".{0,600}"(?:severity|level)": ?"(?:ERROR|error)"/, 46, {
    severity: 0.6
  }),
  // A finding whose level names the linter's check in brackets, in the words linters name checks
  // (deno_lint's `error[no-unused-vars]: \`msg\` is never used`): rustc's `error[E0308]` is a code.
  cue('level-check-id', 'PAT-007', /^(?:error|warning)\[[a-z][a-z\d]*(?:-[a-z\d]+){1,8}\]: \S/, 56),
  // An error at a place in a Python source: no compiler reports there, a static checker does
  // (mypy's `a.py:56: error: Incompatible types in assignment … [assignment]`, pyright's
  // `a.py:12:5 - error: …`). A traceback names its file as `File "a.py", line 3`.
  cue('python-checker-error', 'PAT-007', /^\s{0,8}\S{0,300}\.pyi?:\d{1,6}(?::\d{1,6})?(?::| -) error: \S/, 52),
  cue(
    'lint-rule-suffix',
    'PAT-007',
    /^\S{1,300}?:\d+(?::\d+)?:? .{1,300}(?:\((?!-W)(?:[@\w-]+\/)?[A-Za-z][\w-]{2,60}\)|\[(?!-W)[A-Za-z][\w,.-]{2,80}\])$/,
    44,
    { severity: 0.7 }
  ),
  // A located diagnostic whose message ends with its rule's name in parentheses, the way
  // linters name their checks (golangci-lint's `(errcheck)`, eslint's `(prettier/prettier)`,
  // phpcs's `(Squiz.WhiteSpace.SuperfluousWhitespace.EndLine)`): a linter's, even when the
  // message starts with "Error", which a compiler's located error line does not end like. A
  // stack frame (`a.zig:9:14: 0x2241c7 in expect (test)`) names its module so: not one.
  cue(
    'lint-rule-in-parens',
    'PAT-007',
    /^\S{1,300}?:\d+(?::\d+)?:? (?!0x[\da-f]{1,16} in ).{1,300}\((?!-W)(?:@?[\w-]{1,40}\/)?[A-Za-z][\w-]{1,60}(?:\.[A-Za-z][\w-]{0,60}){0,6}\)$/,
    54,
    { severity: 0.7 }
  ),
  // An error annotation on a file whose message ends with a rule's name or code, as linters
  // report through GitHub (`::error file=a.css,line=3::Unexpected unknown property (property-no-unknown)`),
  // or whose title is the rule's (biome's `::error title=lint/suspicious/noDebugger,file=…`,
  // oxlint's `title=eslint(no-debugger)`). The same with its properties printed as text, level
  // first, where the runner did not take the command (lintr's `Warning: file=R/a.R,line=8,col=36,
  // [semicolon_linter] Trailing semicolons are not needed.`).
  cue(
    'annotation-lint',
    'PAT-007',
    /^::(?:error|warning)\b[^:]{0,300}\bfile=[^:]{1,300}::.{0,600}(?:\((?:@?[\w-]+\/)?[\w-]{2,60}\)|\[[A-Za-z][\w.,-]{1,80}\]|\b[A-Z]{1,4}\d{3,4}\b.{1,300})$|^(?:Error|Warning|error|warning): file=[^,\s]{1,300},line=\d{1,7}(?:,(?:col|endLine|endColumn)=\d{1,7}){0,3},?(?:::)? ?(?:\[[A-Za-z][\w.-]{1,80}\] \S|[A-Z]{1,4}\d{3,4}\b|.{1,600}[a-z] \((?:@?[\w-]+\/)?[\w-]{2,60}\)$)|^::(?:error|warning) (?:[^:]{0,300},)?title=(?:[a-z][\w-]{1,30}(?:\/[\w-]{1,60}){1,3}|[\w-]{2,30}\([\w/-]{2,60}\))[,:][^:]{0,300}\bfile=/,
    56,
    { severity: 0.9 }
  ),
  // A linter's message as an annotation shows it, file dropped: a sentence, then its rule's id.
  cue('message-rule-id', 'PAT-007', /[a-z)'"\x60]\. \((?:@?[\w-]{1,40}\/)?[a-z][a-z\d]*(?:-[a-z\d]+){1,8}\)$/, 44),
  // The same from linters that name the check after the message with no full stop, as
  // golangci-lint's annotations read in the web view (`Error: ineffectual assignment to err
  // (ineffassign)`, `##[error]Error return value of \x60f\x60 is not checked (errcheck)`), even
  // quoted in a sentence. A compiler's `(os error 2)` has blanks in it: not one.
  cue(
    'error-message-check-id',
    'PAT-007',
    /\b(?:Error|ERROR|error)\b.{1,600}[a-z\x60'"] \((?:@?[\w-]{1,40}\/)?[a-z][a-z\d]{2,30}(?:[-_][a-z\d]{1,30}){0,6}\)["'\x60]?\)?$/,
    44
  ),
  cue(
    'lint-code',
    'PAT-007',
    /^\S{1,300}?:\d+(?::\d+)?:?\s+(?:\[?(?:error|warning|info|style|convention|refactor)\]?:?\s+)?(?!TS\d|CS\d|FS\d|BC\d|NU\d|LNK\d|MSB\d|C\d{4}\b)[A-Z]{1,4}\d{3,4}\b|^\S{1,300}?:\d+(?::\d+)?:? (?:SC\d{4}|DL\d{4}|MD\d{3}|RUF\d{3}|[EWFC]\d{3,4})\b|^\s{0,12}(?!(?:TS|CS|FS|BC|NU|LNK|MSB)\d|W\d{4} [A-Z])(?:[A-Z]{1,3}\d{3,4}|[A-Z]{2,6}-\d{3})\b(?! ?[:=-]\d| \d\d:\d\d:\d\d)/,
    50,
    { severity: 0.6 }
  ),
  // A finding whose rule code opens the line with the letter of a warning (cfn-lint's `W2001
  // Parameter X not used.` beside its `E3012 …` errors): a finding, quoted after the errors.
  cue('lint-code-warning', 'PAT-007', /^\s{0,12}W\d{4} [A-Z]/, 50, { severity: 0.3 }),
  ...taskCues('lint', 'PAT-007', LINT_TASKS, GRADLE_LINT_TASKS),
  cue('grunt-task-lint-failed', 'PAT-007', gruntTaskFailed(GRUNT_LINT_TASKS), 40, {
    alone: true,
    summary: true,
    severity: 0.7,
    warningFails: true
  }),
  cue(
    'diff-hunk',
    'PAT-007',
    /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@|^(?:---|\+\+\+) (?:a\/|b\/|original\/|\S+\.(?:orig|formatted))/,
    30
  ),
  cue(
    'not-up-to-date',
    'PAT-007',
    /\b(?:is|are) not up[- ]to[- ]date\b|\bgenerated (?:files?|code) (?:is |are )?(?:out of date|stale|changed|differ)|\buncommitted changes\b|\bworking tree (?:is )?(?:not clean|dirty)\b|\bgit diff --exit-code\b/i,
    40
  )
]

/** Lines that only repeat an earlier failure: wrappers' and runners' exit-code echoes. */
export const ECHO =
  /^(?:make(?:\[\d+\])?: \*\*\* |ninja: build stopped|FAILED: \S{1,300}\.(?:o|obj)\s*$|npm (?:ERR!|error)(?:\s*$| (?:code (?:ELIFECYCLE|1)\b|errno |Failed at the |This is probably not a problem|A complete log|Lifecycle script|command (?:failed|sh -c)|path \/|signal ))|error Command failed with exit code|info Visit https:\/\/yarnpkg|\s*ELIFECYCLE\b|\s*ERR_PNPM_RECURSIVE|(?:Error: )?Process completed with exit code|Process exited with code \d|The command ".{0,400}" (?:failed and )?exited with|Build FAILED\.$|\*\* [A-Z]{1,20}(?: [A-Z]{1,20})? FAILED \*\*$|(?:FAILURES|ERRORS)!$|ERROR: script returned exit code|Exited with code|ERROR: Job failed: exit code|Command exited with non-zero status|Error: Command failed:|\[ERROR\](?:\s*$| (?:-> \[Help|Re-run Maven|For more information|To see the full stack))|(?:\[(?:INFO|ERROR)\] )?BUILD FAILURE|FAILURE: Build failed with an exception|BUILD FAILED\b|\* What went wrong:\s*$|error: could not compile|error: Recipe \x60|Error: The process '.{0,300}' failed with exit code|#=+ ERROR while (?:compiling|installing|removing|fetching) |gyp ERR! (?:build error|not ok|configure error|stack Error: .make. failed with exit code|stack {4,}at |System |command |cwd |node -v |node-gyp -v )|.{0,300}?\bprocess ".{1,400}" did not complete successfully: exit code: \d+$|(?:ERROR: )?executor failed running \[.{1,400}\]: exit code: \d+$|The command '.{1,400}' returned a non-zero code: \d+$|Build step '.{0,200}' marked build as failure|exit status \d+$|FAIL$|\+ exit \d|##\[error\]Process completed|FAILED: Build did NOT complete successfully|ERROR: \S{1,300}\/BUILD(?:\.bazel)?:\d+:\d+: .{1,400}? failed:? \(Exit \d+\))/

/**
 * Phrases of a clean result ("0 failed", "0 out of 6 tests failed", ctest's "0 tests failed", "errors: 0", "no
 * vulnerabilities found", a table's row `┃ Vulnerable Dependencies ┃ 0 ┃`, a list of failures that
 * is empty: `Failed tests summary (none)`, `Errors: none`): a line made of them
 * is not evidence, even though it names failures.
 */
export const ALL_CLEAR =
  /:\s*0\s*$|\b0 out of \d+ (?:tests? |test cases? |specs? |checks? )?(?:failed|failing|failures?)\b|^\W{0,4}[A-Za-z][\w ]{1,60}?\s[┃│|]\s{0,8}0\s{0,8}[┃│|]\s*$|\bis compliant with\b|\bAll checks passed\b|\bno (?:known )?security vulnerabilit|\b0 (?:tests? )?(?:failed|failures?|failing|errors?|vulnerabilit(?:y|ies)|problems?|issues?|offen[cs]es?|violations?|serious)\b|\b(?:failed|failures|errors|error count|vulnerabilities|problems|issues)[:=] ?0\b|\bno (?:errors?|failures?|vulnerabilit(?:y|ies)|issues?|problems?|offen[cs]es?|violations?|known vulnerabilit(?:y|ies))(?: (?:were |was )?(?:found|detected|reported))?\b|\bno (?:[\w.-]{1,20} )?(?:warnings? (?:or|and) errors?|errors? (?:or|and) warnings?)\b|\bwithout (?:errors|failures)\b|\b(?:all|[1-9]\d*) (?:tests? )?passed\b(?!.{0,40}\b(?:[1-9]\d* (?:failed|errors?)|fail))|\b(?:failed|failing|failures|errors|problems|issues|vulnerabilities|violations)\b[\w ]{0,30}?(?::\s{0,4}\(?|\s\()(?:none|nothing)\)?\.?\s*$/i

/**
 * Verbs a release note's entry or a commit's subject opens with (`Fix`, `Fixed`, `Raises`).
 */
const CHANGE_VERBS = String.raw`(?:Fix(?:e[sd])?|Add(?:ed|s)?|Raise[sd]?|Increase[sd]?|Bump(?:ed|s)?|Update[sd]?|Change[sd]?|Remove[sd]?|Improve[sd]?|Handle[sd]?|Support(?:ed|s)?|Allow(?:ed|s)?|Document(?:ed|s)?|Explain(?:ed|s)?|Avoid(?:ed|s)?|Prevent(?:ed|s)?|Reduce[sd]?|Lower(?:ed|s)?|Drop(?:ped|s)?|Deprecate[sd]?|Rename[sd]?|Refactor(?:ed|s)?|Clarif(?:y|ied|ies)|Correct(?:ed|s)?|Respect(?:ed|s)?|Introduce[sd]?|Implement(?:ed|s)?|Enable[sd]?|Disable[sd]?|Expose[sd]?|Revert(?:ed|s)?|Makes?|Made|Sets?|Retr(?:y|ies|ied)|Skip(?:ped|s)?|Ignore[sd]?|Extend(?:ed|s)?|Replace[sd]?|Upgrade[sd]?|Migrate[sd]?|Resolve[sd]?|Merge (?:pull request|branch))`

/**
 * A release note's entry or a commit's subject, which tells what a change did, not what happened
 * in this run (a changelog printed by a release step, `git log` in a job, a pull request's
 * description pasted with its log):
 * - a bulleted entry opened by a verb of change (`- Fixed crash due to timeout in the uploader`,
 *   `* [ci] Raise the build time limit`), one that says what a version does now (`* Jobs killed by
 *   timeout are now retried`) or one that ends with its pull request (`(#123)`, not curl's connection `(#0)`, `by @ada in https://…`);
 * - a Conventional Commits subject, alone, indented under `git log`'s header or behind its hash
 *   (`docs: explain the default timeout`, `abc1234 fix(ci): raise build time limit`), not a tox
 *   environment's line of the same shape (`docs: commands[0]> …`, `docs: exit 2 (1.2 seconds)`);
 * - a subject behind its hash opened by a verb of change (`9abc012 Raise the job timeout`).
 */
const CHANGE_NOTE = [
  String.raw`^\s{0,8}[-*•+] {1,3}(?:\[[^\]]{1,40}\] {1,3}|\*\*[^*]{1,40}\*\*:? {1,3})?(?:${CHANGE_VERBS} (?![\w ]{0,40}:(?:\s|$))[\w\x60'"(]|.{1,200}\b(?:is|are|will|can|should) (?:now|no longer)\b|.{1,300}(?:\(#[1-9]\d{1,5}\)|\bby @[\w-]{1,40} in https?:\/\/\S{1,200})\s*$)`,
  String.raw`^(?:[0-9a-f]{7,40} {1,2}| {4})?(?:(?:feat|fix|docs|chore|ci|refactor|perf|style|revert|build|test)\([^()\s]{1,40}\)|(?:feat|fix|docs|chore|ci|refactor|perf|style|revert))!?: (?!(?:exit|commands?|skipped|install\w*|venv|freeze)\b)[a-z][a-z'-]{1,30} `,
  String.raw`^(?:[0-9a-f]{7,40} {1,2}| {4})(?:build|test)!?: (?!(?:exit|commands?|skipped|install\w*|venv|freeze)\b)[a-z][a-z'-]{1,30} `,
  String.raw`^[0-9a-f]{7,40} {1,2}${CHANGE_VERBS} [\w\x60'"(]`
].join('|')

/**
 * A test runner's row for a test it passed (`✓ rejects a licence not allowed (3 ms)`, pytest's
 * `tests/a.py::test_timeout PASSED`, `--- PASS: TestKilled`, `test tests::panics ... ok`, TAP's
 * `ok 3 - fails on bad input`): the test's name may use any failure word.
 */
export const PASSED_ROW =
  /^\s*(?:[✓✔√] (?!.{0,300}\b[1-9]\d* (?:failed|failing|errors?)\b)\S|--- PASS: \S|ok \d{1,6}(?: -)? (?!.{0,300}# ?(?:TODO|SKIP|todo|skip)\b)\S|\S{1,300}::\S{1,300} PASSED\b|(?:test )?\S.{0,300} \.\.\. ok$)/

/**
 * Notices a tool prints on success in error words: pip's report, after an install that
 * worked (exit 0), of conflicts among packages already installed, with its list of them
 * (`x 1.0 requires y>=2, which is not installed.`, `… but you have y 1.5 which is incompatible.`),
 * and npm 6's audit notice after an install (`found 155 vulnerabilities (2 low, 110 moderate, …)`
 * and its `run npm audit fix to fix them` line; `npm audit` itself adds `in N scanned packages`),
 * and npm 7's (`3 vulnerabilities (1 low, 1 moderate, 1 critical)`, `Run npm audit fix to fix them,
 * or npm audit for details`), whose count `npm audit` prints too, under its `# npm audit report`
 * header, where the audit's own rule reads it; npm 6.0's first wording of it (`[!] 6
 * vulnerabilities found [8486 packages audited]`, `Severity: 3 Low | 3 Moderate`).
 * Vitest's header over a test's console output (`stderr | src/a.test.ts > jobs > should include
 * timeout status`) names the test that printed, not a failure. A tool's advice to the reader
 * (`If you're an OSS maintainer and Trivy has detected vulnerabilities …`, `If you are behind a
 * proxy, …`) tells what might be, not what happened. A changelog's or a release note's entry
 * that an advisory was fixed (`- Fix CVE-2024-1234: prototype pollution in merge()`, `* Patched
 * a ReDoS (GHSA-…)`; not a scanner's `Fixed in:` or a table's row for the package `patch`)
 * tells what a version changed. apt's debconf notes in an image without a terminal or apt-utils
 * (`debconf: delaying package configuration, since apt-utils is not installed`, `debconf: unable
 * to initialize frontend: Dialog`, `dpkg-preconfigure: unable to re-open stdin`) tell how it
 * configures packages, not that it failed. What got through after tries (`Connected to postgres
 * after 3 attempts`, `Command completed after 2 attempt(s).`) says the tries before it are over.
 * Codecov's uploader refusing an upload for want of a
 * token (`error - 2024-11-19 12:50:42,207 -- Upload failed: {"message":"Token required because
 * branch is protected"}`) is a notice its action goes on after unless told to fail on it
 * (`fail_ci_if_error`), and then the action's own `Codecov: Failed to …` error says so. A configure script's probe (autoconf's `checking for
 * getaddrinfo... no`, CMake's `-- Performing Test HAVE_SSE42 - Failed`) tells what the machine
 * has, not that the build failed. A release note's or a commit's subject (see
 * CHANGE_NOTE) tells what a change did, not what happened in this run, and a passed test's row
 * (PASSED_ROW) that its test passed, whatever its name says. The go command's switch to the
 * toolchain a module asks for (`go: m@v1.2.0 requires go >= 1.21; switching to go1.21.5`) is how it
 * goes on. apt's and dpkg's progress (`Get:12 http://… timeout amd64 1.2.3 [10.2 kB]`, `Setting up
 * timeout (1.2.3) ...`) names the packages it installs, whatever their names say. Such a line is
 * no evidence of anything failing.
 */
export const HARMLESS_NOTICE = new RegExp(
  String.raw`^(?:SKIPPED|SKIP|XFAIL|XPASS) \[\d+\] |^(?:Setting up|Unpacking) [\w.+:-]{1,200} \([^)]{1,100}\)(?: over \([^)]{1,100}\))? \.\.\.$|^Selecting previously unselected package [\w.+:-]{1,200}\.$|^(?:Get|Hit|Ign):\d{1,6} https?:\/\/\S{1,300} \S{1,100}(?: \S{1,100}){0,4}(?: \[[\d.,]{1,12} [kMG]?B\])?$|^go: \S{1,300} requires go >= \S{1,40}; switching to go\S{1,40}$|^(?:stdout|stderr) \| \S{1,300}\.(?:test|spec)\.[cm]?[jt]sx?(?: > |$)|^ERROR: pip's dependency resolver does not currently take into account all the packages that are installed\b|^ERROR: \S+ \S+ has requirement .{1,200}, but you'll have .{1,200} which is incompatible\.$|^[\w.-]{1,100} [\w.+!-]{1,40} requires .{1,200}?, (?:which is not installed|but you have .{1,200} which is incompatible)\.$|^Failed to save: Unable to reserve cache with key .{1,400}, another job may be creating this cache\b|\bfound \d{1,7} vulnerabilit(?:y|ies) \([^)]{1,120}\)$|^\d{1,7} vulnerabilit(?:y|ies) \(\d{1,7} (?:info|low|moderate|high|critical)(?:, \d{1,7} (?:info|low|moderate|high|critical)){0,4}\)$|\b[Rr]un \x60npm audit fix\x60 to fix them, or \x60npm audit\x60 for details$|^\[!\] \d{1,7} vulnerabilit(?:y|ies) found \[\d{1,9} packages audited\]$|^\s{0,8}Severity: \d{1,7} (?:Low|Moderate|High|Critical)(?: \| \d{1,7} (?:Low|Moderate|High|Critical)){0,3}$|^If you(?:'re|'d| are| do| did| want| need| still| wish| believe| think| see| use)\b|^debconf: (?:delaying package configuration, since apt-utils is not installed|unable to initiali[sz]e frontend: |falling back to frontend: |\((?:TERM is not set|No usable dialog-like program|This frontend requires a controlling tty|Can't locate Term\/ReadLine\.pm))|^dpkg-preconfigure: unable to re-open stdin\b|^Daemon vm is shutting down\.\.\. The daemon has exited normally or was terminated in response to a user interrupt\.$|\b(?:[Ss]ucceeded|[Cc]onnected|[Cc]ompleted|[Pp]assed|[Aa]vailable|[Rr]eady|[Rr]eachable|[Ee]stablished|[Ss]uccessful(?:ly)?)\b.{0,80}\bafter \d{1,4} (?:attempt|retr(?:y|ie)|tr(?:y|ie))s?(?:\(s\))?\b|^(?:error|warning) - \d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} -- .{0,200}\b(?:[Tt]oken required\b|[Nn]ot valid tokenless upload\b)|^\W{0,4}(?:[Ff]ix(?:e[sd])?|[Pp]atch(?:e[sd])?|[Rr]esolve[sd]?|[Aa]ddress(?:e[sd])?|[Mm]itigate[sd]?) (?!(?:in|versions?|available)\b)(?=[A-Za-z(])[^│|┃]{0,160}?\b(?:CVE-\d{4}-\d{4,}|GHSA(?:-[0-9a-z]{4}){3})\b|^(?:\[[^\]]{1,80}\] )?checking (?:for|whether|if|how to|size of|alignment of|the|that) .{1,300}?\.\.\.(?!.{0,300}\berror:)|^-- (?:Performing Test|Looking for|Check(?:ing)? (?:for|if|whether|size of)|Detecting) .{1,200} - (?:Failed|not found|no|Success|found|done)$|` +
    CHANGE_NOTE +
    '|' +
    PASSED_ROW.source
)

/**
 * A line that says the operation it reports will be tried again (`Retrying request in 3000 ms`,
 * `Attempt 1 of 5 failed`, `will retry`) or done another way (Composer's `package information
 * was loaded from the local cache`, `Now trying to download from source`, `falling back to`):
 * like a warning, the tool went on; what failed, if anything, is told after it.
 */
export const RETRY_NOTICE =
  /\b(?:retrying\b|will (?:be )?retr(?:y|ied)\b|retry(?:ing)? in \d|trying again\b|attempt \d{1,3}(?: (?:of|\/) \d{1,3})? failed\b)|\b(?:(?:was |were )?loaded from the (?:local )?cache\b|falling back to\b|now trying to download from source\b)/i

/**
 * A line that says the tool did what failed another way (Composer's `package information was
 * loaded from the local cache`, `Now trying to download from source`, `falling back to`): a rule
 * that reads the failure in it counts as on a warning, as the tool went on.
 */
export const FALLBACK_NOTICE =
  /\b(?:(?:was |were )?loaded from the (?:local )?cache\b|falling back to\b|now trying to download from source\b)/i

/**
 * A nonzero failure count on the same line beats an all-clear phrase ("1 failed, 0 errors",
 * "errors: 0, invalid: 1"), and so do luacheck's warnings, which fail its run
 * (`Total: 626 warnings / 0 errors in 96 files`).
 */
export const NONZERO_FAILURES =
  /\bTotal: [1-9]\d* warnings? \/ |\b[1-9]\d* (?:failed|failures?|failing|errors?|errored|broken|vulnerabilit|problems?(?! \(0 errors?\b))\b|\bdid not pass\b|\b(?:invalid|failed|failures?|errors?|problems?|issues?|violations?|vulnerabilit(?:y|ies)|offen[cs]es)\s*[:=]\s*[1-9]/i

// Error-level words: a line with one is evidence of something gone wrong (0.55); a line that
// starts with an error marker is stronger (0.9).
export const SEVERE_WORDS =
  /\b(?:error|errors|fail|failed|failure|failures|fatal|panic|panicked|exception|cannot|can't|couldn't|could not|unable to|not found|no such|denied|refused|invalid|missing|undefined|unresolved|timed out|timeout|aborted|abort|killed|crash(?:ed)?|segmentation fault|core dumped|violation|violations|forbidden|unauthorized|rejected|exceeded|unsatisfied|unsupported|incompatible|mismatch|broken|not allowed|not compliant|did not pass)\b|[✗✕✘×✖❌]/i

export const LINE_START_FAILURE =
  /^\s*(?:::error\b|(?:\d{1,4}\) )?(?:Failure|Error)(?:\/Error)?:|[\w.+-]{1,40}: (?:fatal )?error: |FAIL(?:ED|URE)?\b|ERROR\b|Error\b|error\b|FATAL\b|Fatal\b|fatal\b|E {2,}\S|E\s*$|not ok \d+(?![^#]{0,300}# ?(?:TODO|SKIP|todo|skip)\b)|[✗✕✘×✖❌] |● (?!Console$)(?!\S{1,200}\.(?:service|socket|target|mount|timer|path|slice|scope) )\S|\d{1,6}\s+[✗✘✖❌] |--- FAIL|\[ *FAIL(?:ED)? *\]|Traceback \(most recent|panic: |thread '.{0,200}' panicked|Exception in thread|(?:[\w$]+\.)*[A-Z]\w*(?:Error|Exception|Failure)\b(?::|$)|\*\* \([\w.]+(?:Error|Exception)\)|Caused by: )/

/** golangci-lint's linters, as the `lint-name-column` cue names them. */
const LINT_NAME_COLUMN: readonly string[] = GOLANGCI_LINTERS.split('|')

/**
 * Words that make a line worth reading for a cue that can make a line evidence on its own (an
 * `alone` cue or one that implies a severity): every match of the cue without an error word
 * contains one of them (a test checks it on every log of the fixtures). Lowercase, as the
 * literal index folds case. Cues not listed are read only on lines that are evidence already.
 */
/** Literals every match of taskFailed's regexes holds one of (lowercase). */
const TASK_TRIGGERS = [
  'running target',
  'nx run',
  'failed:',
  ': error',
  '] error',
  'error: recipe',
  'error: script',
  'with error code',
  '[error] (',
  'error task failed',
  'elifecycle',
  'lerna err!',
  'recipe for target',
  'commands failed',
  'fail code',
  'fail ✖',
  'nox > session',
  'failed to run task',
  'failed subtask',
  'tasks: top',
  'lifecycle script',
  'err_pnpm_'
]

export const CUE_TRIGGERS: Readonly<Record<string, readonly string[]>> = {
  crash: [
    'segmentation fault',
    'abort trap',
    'terminate called',
    'unhandled exception',
    'fatal runtime error',
    'signal sig',
    ': runtime error: ',
    'sanitizer: '
  ],
  'tests-failed': [
    'did not pass',
    'errored during',
    'there was',
    'there were',
    'test run was aborted',
    'test host process crashed'
  ],
  'located-unknown-name': [
    'undefined:',
    'not in scope',
    'undeclared',
    'cannot find symbol',
    'unbound ',
    'not declared'
  ],
  'task-build-failed': TASK_TRIGGERS,
  'task-licence-failed': TASK_TRIGGERS,
  'task-security-failed': TASK_TRIGGERS,
  'gradle-task-build-failed': ['task :', 'for task '],
  'gradle-task-test-failed': ['task :', 'for task '],
  'gradle-task-lint-failed': ['task :', 'for task '],
  'gradle-task-licence-failed': ['task :', 'for task '],
  'gradle-task-security-failed': ['task :', 'for task '],
  'task-test-failed': TASK_TRIGGERS,
  'task-lint-failed': TASK_TRIGGERS,
  'go-command-error': ['go: '],
  assertion: ['assert', 'expected', 'expectation', 'comparisonfailure', 'xctfail'],
  'expected-received': ['expected', 'received', 'actual', 'but was'],
  vulnerability: ['vulnerab', 'severity: '],
  'advisory-id': ['cve-', 'ghsa-', 'rustsec-', 'pysec-', 'go-20', 'osv-20', 'osvdb-', 'snyk-', 'cwe-'],
  'secrets-found': [
    'leak',
    'secret',
    'verified result',
    'private key',
    'api key',
    'access token',
    'webhook',
    'password',
    'credential',
    'incident',
    'prohibited pattern'
  ],
  'findings-count': ['high: ', 'critical: ', 'for known ', 'potential ', 'by severity: ', 'vulnerability match'],
  'security-finding': [
    'security implication',
    'injection',
    'cross-site',
    'hardcoded',
    'hard-coded',
    'insecure ',
    'denial of service',
    'redos',
    'prototype pollution',
    ' execution',
    ' traversal',
    'request forgery',
    'external entit',
    'open redirect',
    'resource consumption',
    'file inclusion',
    'weak ',
    'insecureskipverify',
    'for resource: ',
    'avd-'
  ],
  'license-not-allowed': [
    'licen',
    'gpl',
    'sspl',
    'busl-',
    'mpl-',
    'epl-',
    'cddl-',
    'cc-by',
    'unlicense',
    'eupl-',
    'osl-',
    'elastic-',
    'artistic-',
    'need approval',
    'needs approval',
    'need review',
    'needs review',
    'not approved',
    'unauthori'
  ],
  'license-header': [
    'licen',
    'copyright',
    'spdx',
    'reuse',
    'missing header in',
    'expected header line',
    'missing a header'
  ],
  'data-race': ['data race'],
  'test-case-timeout': ['timeout', 'timed out', 'not invoked within', 'not complete within'],
  'runner-time-limit': ['run to completion'],
  'time-limit': [
    'running for more than',
    'exceeded',
    'finish within',
    'complete within',
    'execution timeout',
    'time limit',
    'timed out',
    'due to timeout',
    'due to time out',
    'due to a time out',
    'by timeout',
    'reached',
    'hit the',
    'hit its',
    'hit a ',
    'longer than',
    'time limit',
    'timelimit',
    'maximum',
    'deadline',
    'timed out',
    'timeout',
    'no output',
    'inactivity',
    'idle time',
    'idle period'
  ],
  'toolchain-version': [
    'configured to use',
    'requires ',
    'your ',
    'unsupported',
    'is incompatible with',
    'unable to find',
    'does not support targeting',
    'more recent version',
    'class file',
    'requirejavaversion',
    'requiremavenversion',
    'requirejdkversion',
    'specified could not be found',
    'sdks were found',
    'sdk was found',
    'jdks were found',
    'runtimes were found',
    'toolchains were found',
    'toolchain was found',
    'minimum deployment',
    'cannot be smaller than version'
  ],
  'command-missing': [
    'not found',
    'not installed',
    'not recognized',
    'no such',
    'does not exist',
    'command could be found',
    'java_home is not set',
    'interpreter',
    'no binary',
    'no executable',
    'browser',
    'chrome',
    'chromium',
    'firefox',
    'locate python',
    'python executable',
    'python installation',
    'missing script',
    'script not found'
  ],
  'manifest-diff': ['go.mod', 'go.sum', 'lock', 'shrinkwrap', 'package.resolved'],
  lockfile: [
    'lock',
    'out of sync:',
    'out-of-sync:',
    'go.sum',
    'go.mod',
    '-mod=',
    'package.resolved',
    'deployment mode',
    'bundle only supports',
    'frozen mode',
    'verification failed',
    'integrity check',
    'eintegrity',
    'checksum mismatch',
    'match any of the checksums'
  ],
  'python-module-missing': ['no module named'],
  'solver-failed': [
    'nothing provides',
    'version solving failed',
    'resolutionimpossible',
    't be solved',
    'unsatisfiable ',
    'no solution found',
    'not match the constraint',
    'too-deep',
    'unsatisfied dependenc',
    'toodeep',
    'constructing the build plan',
    'failed to use "',
    '(conflict: ',
    'but you have',
    "but you'll have",
    'conflict is caused',
    'no matching versions'
  ],
  'go-test-error': ['_test.go:', 'error trace:'],
  'package-manager-code': [
    'e404',
    'etarget',
    'ebadengine',
    'eresolve',
    'epeerinvalid',
    'err_pnpm_',
    'yn00',
    'nu1',
    'solverproblem',
    'packagesnotfound',
    'unsatisfiable',
    'resolvepackagenotfound',
    'notarget',
    'no matching version',
    'elsproblems'
  ],
  'library-lookup': [
    'could not find',
    'cmake error at',
    'by not providing',
    'pkg-config search path',
    "', not found",
    'no package ',
    'package requirements',
    'ependency '
  ],
  'system-package': [
    'unable to locate',
    'installation candidate',
    'externally-managed',
    'was not found',
    'no package ',
    'no available formula',
    'no matching distribution',
    'is referred to by another package',
    'unable to find a match'
  ],
  network: [
    'empty reply',
    'too slow',
    'bytes/sec',
    'econnreset',
    'econnrefused',
    'etimedout',
    'esockettimedout',
    'eai_again',
    'enotfound',
    'enetunreach',
    'ehostunreach',
    'econnaborted',
    'eproto',
    'connection',
    'socket hang up',
    'connresetexception',
    'network',
    'timed out',
    'timeout',
    'tls handshake',
    'ssl',
    'certificate',
    'resolve host',
    'resolve proxy',
    'could not resolve',
    'name resolution',
    'temporary failure',
    'service not known',
    'no route to host',
    'unexpected eof',
    'early eof',
    'hung up',
    'rpc failed',
    'curl: (',
    'max retries',
    'proxy error',
    'spurious network',
    'timeout was reached',
    'server misbehaving',
    'dial tcp',
    'service index',
    'could not be established',
    'cannot be reached',
    'getaddrinfo'
  ],
  'http-client-timeout': [
    'client.timeout',
    'request canceled',
    'awaiting headers',
    'dial tcp',
    'curl error',
    'operation timed out',
    'deadline exceeded',
    'timeout',
    'java.net.'
  ],
  'service-not-ready': [
    'become ready',
    'became ready',
    'become healthy',
    'became healthy',
    'become available',
    'became available',
    'come up',
    'came up',
    'not ready',
    'not healthy',
    'not available',
    'cannot start service'
  ],
  'server-error': [
    'code e5',
    'unavailable',
    'bad gateway',
    'gateway time',
    'internal server error',
    'server error',
    'server responded',
    ' 500',
    ' 501',
    ' 502',
    ' 503',
    ' 504',
    ':500',
    ':502',
    ':503',
    ':504'
  ],
  'rate-limit': [
    'rate limit',
    'rate-limit',
    'ratelimit',
    'too many requests',
    'toomanyrequests',
    'abuse detection',
    'secondary rate'
  ],
  runner: [
    'log length',
    'container process',
    'container init',
    'lost',
    'wrapper script',
    'disconnected',
    'offline',
    'went away',
    'shut down',
    'shutdown',
    'died',
    'crashed',
    'preempt',
    'evicted',
    'is disrupted',
    'unhealthy',
    'not responding',
    'stopped responding',
    'was terminated',
    'stopped hearing',
    'system failure',
    'prepare environment',
    'preparation failed',
    'infrastructure',
    'hosted runner',
    'backing channel',
    'channelclosed',
    'closedchannel',
    'channel is closing',
    'not acquired by',
    'provisioning resources',
    'error type:',
    'runners online',
    'runner online',
    'runners available',
    'runner available',
    'runners that match',
    'job is stuck',
    'hosted parallelism',
    'was not started',
    'spending limit',
    ' 143',
    'removed',
    'deleted',
    'reclaimed',
    'rescheduled',
    'did not ',
    'connect error',
    'docker daemon',
    'hudson.remoting.',
    'termination of the channel',
    'no agent found in pool'
  ],
  'tool-licence': ['license', 'licence', 'flexlm', 'flexnet', 'lmgrd'],
  resources: [
    'no space left',
    'enospc',
    'disk',
    'not enough',
    'out of ',
    'quota exceeded',
    'oom',
    'heap out of memory',
    'outofmemory',
    'cannot allocate memory',
    'memoryerror',
    'signal 9',
    'sigkill',
    'killed signal',
    'exit code 137',
    ' 137',
    'fork: ',
    'killed',
    'heap space',
    'disappeared unexpectedly',
    'too many open files',
    'emfile',
    'reserve enough space',
    'new os thread',
    'memory limit'
  ],
  'issues-found': [
    'errors in ',
    'error in ',
    'errors found',
    'error found',
    'issues found',
    'issue found',
    'problems found',
    'problem found',
    'were found',
    'affecting',
    'total of',
    'found 1',
    'found 2',
    'found 3',
    'found 4',
    'found 5',
    'found 6',
    'found 7',
    'found 8',
    'found 9'
  ],
  'style-violation': [
    'unused ',
    'trailing',
    'newline',
    'line too long',
    'longer than',
    'line length',
    'left-padding',
    'indent',
    'tabs and spaces',
    'spaces and tabs',
    'spaces',
    'extra space',
    'multiple space',
    'unnecessary space',
    'redundant space',
    'superfluous space',
    'whitespace',
    'blank line',
    'semicolon',
    'never used',
    'used before it was defined',
    'imported but unused',
    'snake',
    'camel',
    'pascal',
    'kebab',
    'expected 0',
    'expected 1',
    'expected 2',
    'expected 3',
    'expected 4',
    'expected 5',
    'expected 6',
    'expected 7',
    'expected 8',
    'expected 9',
    'docstring',
    'doc comment',
    'doccomment',
    'documentation comment',
    'quoted',
    'singlequote',
    'doublequote',
    'single quote',
    'double quote'
  ],
  'annotation-lint': ['::error', '::warning', ': file='],
  'style-sentence': ['detected', 'found'],
  spelling: ['==>', '` should be `', 'unknown word', 'misspell', 'did you really mean', 'spelling'],
  'lint-name-column': LINT_NAME_COLUMN,
  'bracket-place-severity': [']: ('],
  'lint-position': [']: ', ' col ', ':col ', '[l'],
  'caret-code': ['^ ', '^sc'],
  'json-diagnostic': ['"severity"', '"level"'],
  'grunt-task-test-failed': ['task "', 'errored after'],
  'grunt-task-lint-failed': ['task "', 'errored after'],
  'lint-message': [
    '==>',
    'unknown word',
    'style/',
    'layout/',
    'lint/',
    'naming/',
    'metrics/',
    'performance/',
    'rails/',
    'rspec/',
    'security/'
  ],
  'lint-count': ['problem', 'offense', 'offence', 'violation', 'weighted issue', 'lint', 'style ', 'total: '],
  'rule-priority': [' priority:', '% confidence)'],
  'tool-violation-count': [' violation'],
  'format-check': [
    "fmt'ed",
    'fmted',
    'reformat',
    'formatted',
    'formatting',
    'format check',
    'style issue',
    'style violation',
    'style error',
    'modified by',
    'would be',
    'were reformatted',
    '--fix',
    '--write',
    'fmt',
    'format',
    'diff in',
    'formattable',
    'forgot to run'
  ]
}
