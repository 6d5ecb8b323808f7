import type { PatternSpec, RuleSpec } from './pattern-types.js'

// The built-in catalogue, as data. Each rule recognises one tool's or runner's own output
// format; weights say how decisive that evidence is (see RuleSpec.weight). Regexes run on one
// cleaned line of at most 4 KiB and must pass unsafeRegexReason (no nested quantifiers).

type Extra = Omit<RuleSpec, 'id' | 'regex' | 'weight'>
const rule = (id: string, regex: string, weight: number, extra: Extra = {}): RuleSpec => ({
  id,
  regex,
  weight,
  ...extra
})
const raw = String.raw

/**
 * After a `×`: an error report's sentence (miette's `× failed to …`, `× … does not exist`, pixi's
 * `× lock-file not up-to-date with the project`, rspack's `× Module build failed:`), not a test's name. A line that ends with a
 * duration is a test runner's whatever it says.
 */
const ERROR_REPORT = raw`(?=.{0,300}\b(?:does not exist|not found|could not|cannot|failed to|unable to|is not valid|refers to|not up[- ]to[- ]date|out of (?:date|sync)|(?:build|compilation|parse) failed)\b)(?!.{0,300}\d ?m?s\)?$)`

/**
 * What follows a `×` (`✕`, `✗`) that is no failed test's name, as a lookahead to put right
 * after the mark and its blank: a tool's error report under the same mark (uv's and pip's
 * resolver and build failures, miette's reports, oxlint's `eslint(no-debugger): …`, an audit's
 * advisory, a level or status in brackets, a sentence ending with a full stop or a colon as
 * biome's and miette's messages do, where a runner's row ends on the test's duration). The
 * test-marker cue and the js-test-cross rule both read a cross through it.
 */
export const CROSS_NOT_A_TEST = raw`(?!\[(?:\d{3}|ERR(?:OR)?|WARN(?:ING)?|TIMEOUT)\] |No solution found|Dependency resolution exceeded|Some (?:errors|warnings|diagnostics) were emitted while |[Ff]ailed to |[Cc]ould not |[Uu]nable to |[\w-]+\([\w/-]+\): |${ERROR_REPORT}|This environment is externally managed|Encountered error while|.{0,160}\bdid not run successfully\b|(?:Low|Medium|High|Critical) severity vulnerability|.{0,60}\b(?:CVE|GHSA)-\d|.{0,160}\bexited with code:? \S{1,12} and signal\b|.{0,300}[\w)'"\x60][.:]$)`

/** Section titles of steps that run linters or formatters. */
/** How the Dart linter names its rules (`prefer_…`, `avoid_…`, `unnecessary_…`); the analyzer's own codes read otherwise (`use_of_void_result`). */
const DART_LINT_NAME = raw`(?:prefer|avoid|unnecessary|always|use(?!_of_)|require)_`
const LINT_SECTION = raw`\b(?:lint|linter|eslint|tslint|golangci|staticcheck|vet|fmtcheck|fmt|format|prettier|clippy|rubocop|flake8|pylint|ruff|checkstyle|exhaustive|style)\b`

const compilation: RuleSpec[] = [
  rule('rustc-error', raw`^error\[E\d{4}\]: `, 80),
  rule(
    'rustc-error-plain',
    raw`^error: (?!could not compile|aborting due to|test failed|process didn't exit|failed to run|Recipe|\d+ vulnerabilit|build failed)[a-zA-Z]`,
    62,
    { context: { after: raw`^\s*(?:Compiling|Checking) \S+ v\d`, within: 50 } }
  ),
  rule('cargo-could-not-compile', raw`^error: could not compile \x60`, 45),
  rule('tsc-error', raw`^\S+\.(?:ts|tsx|mts|cts|js|jsx|vue)(?:\(\d+,\d+\)|:\d+:\d+) ?[-:] ?error TS\d+:`, 82),
  rule('tsc-error-bare', raw`\berror TS\d{4,5}: `, 76),
  // svelte-check's report: the file's place on its own line, then `Error: message` (its
  // warnings say `Warn:`), and its count at the end.
  rule('svelte-check-error', raw`^Error: \S`, 80, {
    context: { after: raw`^/\S+\.(?:svelte|ts|js):\d+:\d+$`, within: 1 }
  }),
  rule('svelte-check-summary', raw`^svelte-check found [1-9]\d* errors?\b`, 60),
  rule('ts-node-compile', raw`TSError: .{0,4}Unable to compile TypeScript`, 78),
  // Elm's (and Elm-styled compilers') report header: `-- NAMING ERROR ------- src/Main.elm`,
  // `-- TYPE MISMATCH ------ src/Page.elm`.
  rule('elm-style-report', raw`^-- [A-Z][A-Z ]{2,40} -{3,}(?: \S{1,300})?$`, 76),
  rule('tsc-paren-position', raw`^\S+\.tsx?\s\(\d+,\d+\): .+\(\d{4}\)$`, 76),
  rule('javac-maven', raw`^\[ERROR\] \S+\.java:\[\d+,\d+\] `, 80),
  rule('javac', raw`^\S+\.java:\[?\d+[,:]?\d*\]?:? error: `, 80),
  rule('javac-compilation-error-banner', raw`^\[ERROR\] COMPILATION ERROR\s*:?\s*$`, 79),
  rule(
    'maven-compiler-goal',
    raw`Failed to execute goal \S*maven-compiler-plugin\S*:(?:test)?[cC]ompile\b.*Compilation failure`,
    45
  ),
  rule('gradle-compile-task', raw`Execution failed for task '\S*:compile\w*'`, 55),
  rule('kotlinc', raw`^e: (?:file://)?\S+\.kts?:`, 80),
  // jpackage refusing its configuration (`Bundler Mac Application Image skipped because of a
  // configuration problem: The first number in an app-version cannot be zero or negative.`): the
  // packaging step of the build fails on it, and Gradle's or Maven's verdict only repeats it.
  rule('jpackage-config', raw`^Bundler \S.{0,80} skipped because of a configuration problem: `, 78),
  rule('scalac', raw`^\[error\] \S+\.scala:\d+(?::\d+)?: `, 80),
  rule('sbt-compilation-failed', raw`\bcompileIncremental\b.*Compilation failed`, 45),
  rule('go-compile-explicit', raw`^\S+\.go:\d+:\d+: .+\(compile\)$`, 85),
  // Under the package header go build prints (`# github.com/x/y`, `# x [x.test]`), not a shell's
  // `# ./build.sh test` prompt; a module that lacks the imported package is a dependency's failure.
  rule(
    'go-compile-after-package',
    raw`^\S+\.go:\d+(?::\d+)?: (?!module \S+ (?:\(\S+\) )?found\b|no required module provides\b)\S`,
    80,
    { context: { after: raw`^# [\w.~/-]+(?: \[[\w.~/-]+\])?$`, within: 30 } }
  ),
  rule(
    'go-compile',
    raw`^\S+\.go:\d+:\d+: (?:undefined|undeclared|cannot|too many|not enough|missing return|invalid|syntax error|imported and not used|declared (?:and|but) not used|expected|non-name|assignment mismatch|"[^"]{1,300}" imported (?:as \w+ )?and not used)`,
    78
  ),
  rule('go-build-failed', raw`^FAIL\s+\S+\s+\[(?:build|setup) failed\]`, 50),
  rule(
    'c-compiler',
    raw`^\S+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|cu|swift|hs|f90|zig|nim|d):\d+(?::\d+)?:\s*(?:fatal )?error:(?! Failure in TEST\()(?!.{0,300}\bXCT(?:Assert\w{0,40}|Fail|Unwrap)\b)(?! ['"]?[\w/.+-]{1,200}\.(?:h|hh|hpp|hxx)['"]?(?:: No such file or directory| file not found)\s*$)(?!.{1,600} \[(?!-W)[a-z][a-z\d]*-[a-z][\w.,-]{0,120}\]$)`,
    80
  ),
  // Not when the message ends with a check's name in brackets, as linters in a compiler's
  // layout write it (`[readability-qualified-auto]`); gcc's `[-Werror=…]` is the compiler's.
  rule(
    'generic-file-error',
    raw`^\S+:\d+:\d+:\s*(?:fatal )?error:(?!.{1,600} \[(?!-W)[a-z][a-z\d]*-[a-z][\w.,-]{0,120}\]$)`,
    74
  ),
  // C1083 on a header is c-header-missing's (PAT-006).
  rule(
    'msvc-csc',
    raw`\berror (?:CS|C(?!1083: Cannot open include file: '[^']{1,200}\.(?:h|hh|hpp|hxx)')|LNK)\d{4}:`,
    80
  ),
  rule('linker-undefined-reference', raw`undefined reference to \x60`, 78),
  rule('linker-undefined-symbols', raw`^Undefined symbols for architecture`, 78),
  rule('linker-exit', raw`\bld returned \d+ exit status`, 50),
  // The compiler driver's own error, before any file is compiled: a missing input, an unknown
  // option (`cc: fatal error: no input files`, `clang: error: no such file or directory: 'a.c'`,
  // `gcc: error: unrecognized command-line option`). Memory kills are infrastructure (PAT-008).
  rule(
    'compiler-driver-error',
    raw`^(?:[\w.+-]{1,60}-)?(?:cc|gcc|g\+\+|c\+\+|clang|clang\+\+|cc1|cc1plus|clang-\d+)(?:-[\d.]{1,12})?(?:\.exe)?: (?:fatal )?error: (?!Killed signal|linker command failed)`,
    72
  ),
  // Clojure's compiler (lein, the Clojure CLI): `Syntax error compiling at (src/a.clj:12:3).`,
  // `Syntax error reading source at (…)`, and older `…, compiling:(a/b.clj:19:1)`.
  rule(
    'clojure-compile',
    raw`\bSyntax error (?:compiling|reading source|macroexpanding)\b.{0,80}\bat \(|\bcompiling:\(\S+\.clj[cs]?:\d+:\d+\)`,
    80
  ),
  rule('erlc', raw`^\S+\.[eh]rl:\d+: (?!Warning)`, 74),
  rule('elixir-compile-error', raw`\*\* \((?:CompileError|SyntaxError|TokenMissingError)\)`, 80),
  rule('elixir-compilation-error-banner', raw`^== Compilation error in file `, 79),
  rule('sass', raw`^Error: (?:Invalid CSS after|Undefined variable|Undefined mixin|expected )`, 76),
  rule('python-syntax-error', raw`^\s*(?:SyntaxError|IndentationError|TabError): `, 62),
  // Next.js and other framework builds print the type checker's message under its file.
  rule('framework-type-error', raw`^Type error: \S`, 76),
  rule('webpack-module-build-failed', raw`Module build failed`, 62),
  // Bundlers: a relative import that does not resolve is a code error, a package one a
  // dependency (see PAT-006).
  rule('webpack-error-in', raw`^ERROR in \.{0,2}/?\S+`, 72),
  rule('rollup-cli-error', raw`^\[!\] (?:RollupError|Error): (?!Could not resolve (?:entry|import) ['"](?!\.))`, 70),
  rule('vite-build-error', raw`^error during build:\s*$`, 56),
  // Rolldown (vite 7 and later) under `Build failed with N errors:` names the plugin and the
  // place on one line, the message on the next: `[plugin @hono/vite-ssg] /src/a.mdx:16:1`.
  rule('rolldown-plugin-error', raw`^\[plugin [^\]\s]{1,80}\] \S+:\d+:\d+$`, 74),
  // A relative path, or a path alias of the project's own code (`@/utils/x`, `~/lib/x`,
  // `$lib/x`, as node-cannot-find-package reads them): a file of the project is missing.
  rule(
    'bundler-cannot-resolve-file',
    raw`(?:Can't resolve|Could not resolve|failed to resolve import) ['"](?:\.{1,2}/|[@~]/|\$\w{1,40}/)`,
    76
  ),
  rule(
    'xcodebuild-failed-command',
    raw`^\s*(?:CompileSwift(?:Sources)?|SwiftCompile|SwiftEmitModule|CompileC|Ld|Libtool|CompileXIB|CompileStoryboard) \S`,
    72,
    { context: { after: raw`The following build commands failed:`, within: 12 } }
  ),
  rule(
    'terraform-config-error',
    raw`^(?:│ )?Error: (?:Unsupported (?:argument|attribute|block type)|Missing required (?:argument|attribute)|Invalid (?:reference|value for \w+|function argument|resource type|attribute name|expression|index)|Reference to undeclared \w+|Incorrect attribute value type|Duplicate \w+ (?:definition|block|argument)|Unknown variable|Argument or block definition required|Unsupported Terraform Core version|Unsuitable value type)`,
    76
  ),
  // Terraform's input variables and references that cannot be evaluated.
  rule(
    'terraform-input-error',
    raw`^(?:│ )?Error: (?:No value for required variable|Variables not allowed|Invalid default value for variable|Invalid value for (?:input )?variable|Cycle: )`,
    76
  ),
  // A manifest or configuration file that does not parse: go-yaml's message, as kubectl, helm,
  // docker compose and other readers of YAML print it.
  rule(
    'yaml-parse-error',
    raw`error converting YAML to JSON: yaml: |\byaml: line \d+: (?:did not find expected|could not find expected|mapping values are not allowed|found character that cannot start|found a tab character|block sequence entries are not allowed|found unexpected end of stream)`,
    74
  ),
  // A Helm chart whose template does not render (a nil value, an unknown function).
  rule('helm-template-error', raw`^Error: (?:template: \S+:\d+(?::\d+)?: executing|parse error at \(\S+:\d+\))`, 72),
  rule('swift-compile', raw`^\S+\.swift:\d+:\d+: error: `, 80),
  // Dart's front end (dart compile, flutter build), also behind `flutter -v`'s timing columns.
  rule('dart-compile', raw`(?:^|\] )\S+\.dart:\d+:\d+: Error: `, 80),
  // The Nim compiler's error (`src/app.nim(25, 26) Error: undeclared identifier: 'x'`), also in
  // a NimScript or nimble file; not the `Error: unhandled exception` a program or a nimscript
  // task stops on at run time, which is written behind the same `file(line, col)`.
  rule('nim-compile', raw`^\S+\.nim(?:s|ble)?\(\d+, \d+\) Error: (?!unhandled exception\b)`, 80),
  // dart analyze and flutter analyze at error severity: the analyzer's compile-time errors (a
  // type that does not fit, an import that does not resolve); lints report as info or warning,
  // or as errors where analysis_options.yaml raises them, named as the linter names its rules
  // (`prefer_const_constructors`, `avoid_print`, `unnecessary_this`: dart-analyze-lint-error).
  rule(
    'dart-analyze-error',
    raw`^\s*error • (?:.{1,300} • \S+\.dart:\d+:\d+|\S+\.dart:\d+:\d+ • .{1,300}) • (?!${DART_LINT_NAME})[a-z][a-z\d_]{2,80}$`,
    84
  ),
  // esbuild (alone or inside vite, tsup, bun): `✘ [ERROR] message`, then the source it points at.
  // Imports it cannot resolve are told apart by the rules of PAT-001 and PAT-006.
  rule('esbuild-error', raw`^\s*[✘X] \[ERROR\] (?!Could not resolve\b)`, 74),
  // A miette report (swc, rspack, pixi, rattler): `  × message`, then the source it points at
  // (`   ╭─[src/main.ts:3:1]`). A linter's report names its rule and has a rule of its own.
  rule('miette-source-snippet', raw`^\s*╭─\[\S+:\d+:\d+\]$`, 72, {
    evidence: 'context',
    context: { after: raw`^\s*(?:Error: +)?× \S`, within: 1 }
  }),
  // A Docker build whose COPY or ADD names a file the build context does not have (not a
  // cache backend that lost a blob: `failed to compute cache key: blob not found`).
  rule(
    'docker-copy-missing',
    raw`failed to compute cache key: (?!blob not found).{0,300}not found|failed to compute cache key: failed to walk .{0,400}no such file or directory|failed to calculate checksum of ref .{0,300}(?:not found|no such file or directory)|COPY failed: .{0,200}(?:no such file or directory|not found)`,
    78
  ),
  rule('dotnet-build-failed', raw`^Build FAILED\.?$`, 45),
  // Nix: a derivation whose builder exited non-zero, as Nix 2 words it (`error: builder for
  // '/nix/store/…-x.drv' failed with exit code 1;`, then its last log lines) and as Nix 1 did
  // (`builder for ‘/nix/store/…-x.drv’ failed with exit code 1`, then every derivation that
  // `cannot build … dependencies couldn't be built`). It echoes the builder's own error, which
  // a compiler's or test runner's rule, or their family's cues, outweigh when the excerpt shows it.
  rule(
    'nix-builder-failed',
    raw`^(?:error: )?builder for \S{0,2}/nix/store/\S{1,300}\.drv\S{0,2} failed with exit code \d+`,
    40
  ),
  // Not one raised by a find module or a lookup call: a library the machine lacks (PAT-006).
  rule(
    'cmake-error',
    raw`^CMake Error(?: at(?! \S*[Ff]ind\w*\.cmake:| \S+ \((?:find_package|find_library|find_path|find_program|pkg_check_modules|pkg_search_module)\):)| in|:)`,
    55
  ),
  rule('make-no-rule', raw`No rule to make target`, 60),
  rule('gradle-compilation-failed', raw`^Compilation failed; see the compiler error output`, 45),
  rule('php-parse-error', raw`PHP Parse error: `, 76),
  rule('ghc-module-not-found', raw`^\S+\.hs:\d+:\d+: error:(?: \[GHC-\d+\])?\s*$`, 80),
  rule(
    'ghc-not-in-scope',
    raw`^\S+\.l?hs:\d+:\d+:(?: error:)? (?:Variable |Data constructor |Type constructor or class )?[Nn]ot in scope\b`,
    80
  ),
  rule(
    'perl-compile-error',
    raw`^(?:syntax error|Global symbol "[^"]+" requires explicit package name).{0,300} at \S+ line \d+`,
    76
  ),
  rule(
    'perl-compilation-aborted',
    raw`^(?:\S+ had compilation errors\.|Execution of \S+ aborted due to compilation errors\.)$`,
    50
  )
]

const tests: RuleSpec[] = [
  rule('cargo-test-failed', raw`^test \S+ \.\.\. FAILED$`, 80),
  rule('cargo-test-result', raw`^test result: FAILED\.`, 62),
  rule('rust-panic', raw`^thread '[^']*'(?: \(\d+\))? panicked at`, 66),
  rule('go-test-fail', raw`^\s*--- FAIL: \S`, 80),
  rule('go-test-package-fail', raw`^FAIL\s+\S+\s+\d+(?:\.\d+)?s$`, 55),
  rule('go-panic', raw`^panic: (?!test timed out after)\S`, 60),
  rule('jest-vitest-fail-file', raw`^\s*FAIL\s+\S+\.(?:[cm]?[jt]sx?|coffee|vue|svelte)\b`, 80),
  rule('vitest-failed-tests-banner', raw`Failed Tests \d+`, 70),
  // Jest's failed test (`● suite › test`): the line to quote over the file's `FAIL` header.
  // A suite that failed to run says why in the lines after it (a missing module, a syntax error).
  rule('jest-bullet', raw`^\s*● (?!Console\b|Test suite failed to run)\S`, 81),
  rule('playwright-failure', raw`^\s*\d+\) \[[^\]]{1,60}\] › \S+:\d+:\d+ › `, 80),
  // hspec's numbered failure under the spec's location (`  test/FooSpec.hs:184:11:` then
  // `  6) Foo.bar, with x, does y` and its `expected:`/`but got:`); its `To rerun use: --match
  // "/Foo/bar/…/"` names the same example when the paste keeps only that.
  rule('hspec-failure', raw`^\s*\d+\) \S`, 80, { context: { after: raw`^\s*\S+\.l?hs:\d+:\d+:\s*$`, within: 1 } }),
  rule('hspec-rerun', raw`^\s*To rerun use: --match "/`, 62),
  // A test marked failed; uv and pip print their own errors under the same `×`.
  rule('js-test-cross', raw`^\s*[×✕✗] ${CROSS_NOT_A_TEST}\S`, 66),
  rule('js-tests-failed-summary', raw`^\s*Tests?:?\s+[1-9]\d* failed`, 64),
  rule('mocha-failing', raw`^\s*\d+ failing\b`, 72),
  rule('mocha-numbered', raw`^\s*\d+\) `, 80, { context: { after: raw`^\s*\d+ failing\b`, within: 6 } }),
  // The spec reporter's mark of a failed test among the passed ones (`    ✓ adds` then
  // `    1) subtracts`), before its `N failing` summary.
  rule('mocha-numbered-among-passed', raw`^\s+\d{1,4}\) \S`, 70, { context: { after: raw`^\s+[✓✔] \S`, within: 30 } }),
  rule('exunit-numbered', raw`^\s*\d+\) test .+ \([\w.]+\)$`, 80),
  // gleeunit's numbered failure on the Erlang target: `1) app_test.parses_empty_test` (a test
  // module and function both end in _test, as gleeunit finds them).
  rule('gleeunit-numbered', raw`^\s*\d+\) [a-z][\w@/]*_test\.[a-z]\w*_test$`, 78),
  rule('robot-fail', raw`^\S.{0,200}[|]\s*FAIL\s*[|]$`, 78),
  // pytest: the banner says tests failed; the line to quote is the first failure's `E` line
  // when the traceback is short, else the failing test's own header.
  rule('pytest-failures-banner', raw`^=+ (?:FAILURES|ERRORS) =+$`, 50),
  rule('pytest-test-header', raw`^_{3,} \S.{0,300} _{3,}$`, 81, {
    context: { after: raw`^=+ (?:FAILURES|ERRORS) =+$`, within: 500 }
  }),
  rule('pytest-e-line', raw`^E {2,}(?!(?:ModuleNotFoundError|ImportError)\b)\S`, 82, {
    context: { after: raw`^_{3,} \S.{0,300} _{3,}$`, within: 30 }
  }),
  rule('pytest-failed-line', raw`^FAILED \S+::\S+`, 72),
  rule('pytest-summary', raw`^=+ .*\b[1-9]\d* (?:failed|error)`, 64),
  // A collection error is as much a test failure as its exception says: the `E` line decides.
  rule('pytest-collect-error', raw`^_+ ERROR collecting \S+ _+$`, 60),
  rule('junit-failure-marker', raw`<<< (?:FAILURE|ERROR)!`, 80),
  rule('surefire-tests-run', raw`Tests run: \d+, Failures: (?:[1-9]|\d+, Errors: [1-9])`, 66),
  rule('surefire-goal', raw`Failed to execute goal \S*maven-(?:surefire|failsafe)-plugin`, 45),
  rule('gradle-test-failed', raw`^\S.* > (?!Task :)\S.* FAILED$`, 80),
  rule('gradle-test-task', raw`Execution failed for task '\S*:test\w*'`, 55),
  rule('gradle-failing-tests', raw`There were failing tests`, 55),
  rule('xunit-fail', raw`\s\[FAIL\]\s*$`, 80),
  // Pester's row of a failed It block, its time after the name (`[-] Should return the verbose
  // message 122ms`, Pester 5's `[-] Get-Thing.returns one 12ms (10ms|2ms)`); `[+]` rows passed.
  rule('pester-failed', raw`^\s*\[-\] \S.{0,300} \d{1,7}(?:\.\d{1,3})?m?s(?: \(\d{1,7}m?s.\d{1,7}m?s\))?$`, 80),
  // TeamCity's service message of a failed test, which PHPUnit (--teamcity), jest-teamcity,
  // pytest's and .NET's TeamCity loggers print: `##teamcity[testFailed name='x' message='…']`.
  rule('teamcity-test-failed', raw`^##teamcity\[testFailed name=`, 80),
  // Ruby's test-unit: `Failure: test_split(TestMoney)` and `Error: test_x(TestY): RuntimeError: …`.
  rule('test-unit-failure', raw`^(?:Failure|Error): test\w*\([A-Z][\w:]{0,200}\)(?::|$)`, 80),
  // go test -json: a test's fail event (the package's own fail event names no test).
  rule('go-test-json-fail', raw`^\{"Time":"[^"]{1,40}","Action":"fail","Package":"[^"]{1,300}","Test":"`, 78),
  rule('nunit-failed', raw`^\s*Failed \S+ \[\d`, 72),
  rule('dotnet-test-summary', raw`^(?:Failed!|Total tests: \d+\. Passed: \d+\. Failed: [1-9])`, 62),
  rule('minitest-name', raw`^[A-Z][\w:]*#test_\w+`, 76),
  rule('minitest-numbered', raw`^\s*\d+\) (?:Failure|Error):$`, 76),
  rule('minitest-summary', raw`^\d+ runs, \d+ assertions, (?:[1-9]\d* failures|\d+ failures, [1-9]\d* errors)`, 62),
  rule('rspec-rerun', raw`^rspec \./\S+:\d+`, 76),
  rule('rspec-summary', raw`^\d+ examples?, [1-9]\d* failures?`, 64),
  rule('phpunit-failures', raw`^There (?:was|were) \d+ (?:failures?|errors?):$`, 78),
  // PHPUnit's numbered failure under that heading (`1) Tests\FooTest::testBar`), and Codeception's
  // (`1) ListingCept: See the listing`, behind a `---------` rule): the test a person names.
  rule('phpunit-numbered', raw`^\d+\) \S`, 80, {
    context: { after: raw`^There (?:was|were) \d+ (?:failures?|errors?):$`, within: 4 }
  }),
  rule('phpunit-summary', raw`^(?:FAILURES!|ERRORS!)$`, 62),
  // TAP's `not ok 3 - x # TODO …` (and `# SKIP`) is an expected failure, not one.
  rule('tap-not-ok', raw`^\s*not ok \d+(?![^#]{0,300}# ?(?:TODO|SKIP|todo|skip)\b)`, 70),
  rule('perl-dubious', raw`Dubious, test returned [1-9]`, 68),
  rule('perl-result-fail', raw`^Result: FAIL$`, 56),
  // Test::Harness's summary row of a test file with failed tests, old and new (`(exited 1)`) forms.
  rule('perl-harness-file-failed', raw`^\S+\.t\s+\(Wstat: \d+(?: \(exited \d+\))? Tests: \d+ Failed: [1-9]`, 66),
  rule('xctest-error', raw`error: -\[\S+ \S+\] : `, 80),
  rule('xcpretty-failure', raw`^\s+test\w*, \S`, 74),
  rule('xctest-summary', raw`Executed \d+ tests?, with [1-9]\d* failures?`, 62),
  // swift test on Linux (corelibs XCTest): `Tests/A.swift:12: error: ATests.testX : XCTAssertEqual failed: …`.
  rule('xctest-linux-error', raw`\.swift:\d+: error: [\w.]+ : XCT\w+`, 84),
  rule('xctest-case-failed', raw`^Test Case '[^']{1,300}' failed \(`, 76),
  // conftest verify runs a policy's own unit tests (`*_test.rego`, rules named `test_…`).
  rule('conftest-verify-fail', raw`^FAIL - (?:\S+_test\.rego - |.{1,300} - data\.[\w.]+\.test_\w+$)`, 80),
  rule('ctest-failed', raw`The following tests FAILED:`, 76),
  // bazel test's row for a test target that failed (`//pkg:a_test   FAILED in 1 out of 2 in 41.9s`).
  rule('bazel-test-failed', raw`\/\/[^\s:]{0,300}:\S{1,300}\s+FAILED in (?:\d+ out of \d+ in )?[\d.]+s\b`, 80),
  // meson test's row for a test program that failed (`  3/109 gst_gstabi    FAIL   0.26 s (exit
  // status 1)`, newer `FAIL            0.26s   exit status 1`), under its `Summary of Failures:`.
  rule(
    'meson-test-failed',
    raw`^\s*\d{1,6}\/\d{1,6} \S.{0,300}?\s(?:FAIL|ERROR|UNEXPECTEDPASS)\s{1,20}[\d.]+ ?s\b`,
    76
  ),
  // A sanitizer stops the test program it runs in (AddressSanitizer, LeakSanitizer,
  // MemorySanitizer: `==4211==ERROR: AddressSanitizer: heap-buffer-overflow on address …`;
  // UndefinedBehaviorSanitizer: `ringbuf.c:14:7: runtime error: signed integer overflow: …`):
  // the report is the line to quote over the runner's summary, and its `SUMMARY:` row after it.
  rule('sanitizer-error', raw`^==\d+==ERROR: (?:Address|Leak|Memory|HWAddress)Sanitizer: \S`, 82),
  rule('ubsan-runtime-error', raw`^\S+:\d+:\d+: runtime error: \S`, 82),
  rule('sanitizer-summary', raw`^SUMMARY: (?:Address|Leak|Memory|HWAddress|UndefinedBehavior)Sanitizer: \S`, 66),
  // A race detector's report fails the test run that found it (Go's `-race`, ThreadSanitizer),
  // though it is written as a warning.
  rule(
    'race-detector',
    raw`^(?:WARNING: DATA RACE$|==\d+==WARNING: ThreadSanitizer: data race\b|Found \d+ data race\(s\)$)|\brace detected during execution of test$`,
    80,
    { warningsCount: true }
  ),
  // C and C++ test frameworks report a failed check in a compiler's diagnostic form
  // (`a.cpp:14: Failure`, MSVC's `a.cpp(14): error: Value of: …`, Boost.Test's
  // `a.cpp(8): error: in "suite/case": …`, CppUTest's `a.cpp:20: error: Failure in TEST(…)`,
  // Catch2's `a.cpp:5: FAILED:`): a failing test, and the line to quote over ctest's summary.
  rule(
    'gtest-failure',
    raw`^\S+?(?::\d+|\(\d+\)): (?:Failure$|error: (?:Value of:|Expected(?: equality|:)|Actual:|Failed$|Death test))`,
    80
  ),
  rule('gtest-failed-test', raw`^\[  FAILED  \] (?!\d+ tests?,)\w+(?:/\w+)?\.\S`, 74),
  rule('boost-test-error', raw`^\S+\(\d+\): (?:fatal )?error:? in "[^"]{1,300}": `, 82),
  rule('boost-test-summary', raw`^\*{3} [1-9]\d* failures? (?:is|are) detected`, 62),
  rule('cpputest-failure', raw`: error: Failure in TEST\(`, 82),
  rule('catch2-failed', raw`^\S+(?::\d+|\(\d+\)): FAILED:$`, 80),
  rule('qunit-failed', raw`^\s*\d+ (?:tests? )?failed\b`, 52),
  rule('surefire-tests-in-error', raw`^(?:\[ERROR\] )?(?:Tests in error|Failed tests):\s*$`, 70),
  // sbt's JUnit interface: `Test com.acme.CalcTest.add failed: expected:<4> but was:<3>, took 0.01 sec`.
  rule('junit-interface-failed', raw`^(?:\[info\] )?\[error\] Test \S+ failed: `, 80),
  rule('scalatest-failed', raw`\*\*\* FAILED \*\*\*`, 80),
  rule('sbt-tests-failed', raw`TestsFailedException|Tests unsuccessful`, 62),
  rule('karma-failed', raw`^\S+ [\d.]+ \([^)]{1,200}\) .+ FAILED$`, 78),
  rule('karma-executed', raw`Executed \d+ of \d+ .{0,40}\([1-9]\d* FAILED\)`, 70),
  // Jasmine's numbered failure under its `Failures:` heading (`1) temperatures calls 25 warm`).
  rule('jasmine-numbered', raw`^\d+\) \S`, 80, { context: { after: raw`^Failures:$`, within: 60 } }),
  rule('jasmine-summary', raw`^\d+ specs?, [1-9]\d* failures?`, 66),
  rule('npm-test-failed', raw`^npm (?:ERR!|error) Test failed\.`, 55),
  rule('xcodebuild-test-failed', raw`\*\* TEST FAILED \*\*`, 62),
  rule(
    'testthat-failure',
    raw`^\s{0,12}── (?:Failure|FAILURE|Error|ERROR) \(\S+:\d+|^\s{0,12}── \d+\. (?:Failure|Error): .{1,300}\(@\S+#\d+\)`,
    78
  ),
  // testthat's closing count (`[ FAIL 3 | WARN 0 | SKIP 27 | PASS 6666 ]`).
  rule('testthat-summary', raw`^\s{0,12}\[ FAIL [1-9]\d* [|] WARN \d+ [|] SKIP \d+ [|] PASS \d+ \]`, 62),
  rule('r-check-tests', raw`^\* checking tests \.\.\. ERROR`, 64),
  // Python unittest: `FAIL: test_x (mod.Class.test_x)`; a module that failed to import is
  // reported as a test of `unittest.loader._FailedTest`, which is not a failing test.
  rule('unittest-fail', raw`^(?:FAIL|ERROR): \w+ \((?!unittest\.loader\.)[\w.]+\)`, 78),
  rule('unittest-summary', raw`^FAILED \((?:failures|errors)=\d+`, 62),
  rule('assertion-error', raw`^\s*AssertionError(?: \[ERR_ASSERTION\])?(?::|$)`, 64),
  rule(
    'jvm-assertion-error',
    raw`\b(?:java\.lang\.AssertionError|org\.opentest4j\.AssertionFailedError|junit\.framework\.AssertionFailedError|org\.junit\.ComparisonFailure)\b`,
    64
  ),
  rule('c-assert', raw`: Assertion \x60.+' failed\.$`, 74),
  rule('node-test-spec-fail', raw`^\s*✖ (?!\d+ problems?\b).+ \(\d+(?:\.\d+)?m?s\)$`, 78),
  rule('node-test-spec-summary', raw`^ℹ fail [1-9]\d*$`, 62),
  rule('perl-test-more-failed', raw`^\s*#\s+Failed test\b`, 76),
  rule('perl-test-more-summary', raw`^# Looks like you failed \d+ tests? of \d+`, 62),
  // One test case or hook over its own time limit is a failed test, told in its runner's
  // words (pytest-timeout, mocha, jest, vitest, playwright, jasmine, JUnit 5, nextest, ExUnit).
  // A whole run stopped by a time limit is PAT-005.
  rule('pytest-timeout', raw`^(?:E\s+)?Failed: Timeout \(?>[\d.]+s\)?|^\+{5,} Timeout \+{5,}$`, 86),
  rule('mocha-timeout', raw`\b[Tt]imeout of \d+ms exceeded\.`, 88),
  rule('jest-timeout', raw`\bExceeded timeout of \d+ ?ms for a (?:test|hook)\b`, 88),
  rule('vitest-timeout', raw`\b(?:Test|Hook) timed out in \d+ ?ms\b`, 88),
  rule('playwright-test-timeout', raw`\bTest timeout of \d+ ?ms exceeded\b`, 88),
  rule('jasmine-timeout', raw`\bTimeout - Async (?:function|callback) did not complete within \d+ ?ms`, 88),
  rule('junit-timeout', raw`\b\w+\(.{0,200}\) timed out after \d+ (?:milli|micro|nano)?seconds\b`, 86),
  rule('nextest-timeout', raw`^\s*TIMEOUT \[ *[\d.]+s\]`, 86),
  rule('exunit-timeout', raw`\(ExUnit\.TimeoutError\) test timed out after \d+ ?ms`, 86),
  // A coverage gate the test run did not pass, in its tool's words (pytest-cov, coverage.py,
  // jest, nyc/c8/vitest, SimpleCov, JaCoCo and Kover, any tool's `coverage below threshold`, as
  // @hapi/lab's `Code coverage below threshold: 75.00 < 90`, a project's own gate's whole-line verdict
  // `Frontend Coverage Checks Not Passed.`): the tests themselves may all have passed.
  // A load test's pass criteria that failed (k6's `thresholds on metrics 'http_req_duration' have
  // been crossed`, older k6's `some thresholds have failed`): the test run failed its own checks.
  rule(
    'load-test-thresholds',
    raw`\bthresholds on metrics '[^']{1,400}' (?:have|has) been crossed\b|\bsome thresholds have failed\b`,
    78
  ),
  rule(
    'coverage-threshold',
    raw`\bRequired test coverage of [\d.]+% not reached\b|\bCoverage failure: total of [\d.]+ is less than fail-under=[\d.]+|\bcoverage threshold for (?:lines|statements|branches|functions) \([\d.]+%\) not met\b|\bCoverage for (?:lines|statements|branches|functions) \([\d.]+%\) does not meet (?:global )?threshold\b|\bcoverage \([\d.]+%\) is below the expected minimum coverage\b|\bcovered ratio is [\d.]+, but expected minimum is [\d.]+|\b(?:code |total |test |line )?coverage(?: \(?[\d.]+%\)?)?:? (?:is )?(?:below|under|less than) (?:the )?(?:threshold|minimum|required|target|expected)\b|^(?!(?:no|none|0)\b)[\w -]{0,40}\bcoverage checks? (?:not passed|failed|did not pass)[.!]?\s*$`,
    74,
    { flags: 'i' }
  )
]

const security: RuleSpec[] = [
  // secretlint's row of a credential found (`  3:0  error  [AWSSecretAccessKey] found AWS Secret
  // Access Key: ****`), in the stylish table eslint's rows use.
  // lockfile-lint's finding: a package resolved from a host, scheme or name its policy rejects.
  rule(
    'lockfile-lint-detected',
    raw`^detected (?:invalid|non-https|untrusted) (?:host\(s\)|protocol|scheme|package name|integrity)\S{0,20} for package: \S`,
    80
  ),
  rule('secretlint-found', raw`^\s*\d+:\d+\s+error\s+\[[A-Z]\w{2,60}\] found \S`, 82),
  // trufflehog's findings: `✅ Found verified result 🐷🔑`, `Found unverified result 🐷🔑❓`.
  rule('trufflehog-result', raw`\bFound (?:un)?verified result\b`, 85),
  rule('npm-audit-header', raw`^# npm audit report$`, 62),
  rule('npm-audit-summary', raw`^[1-9]\d* (?:\w+ severity )?vulnerabilit(?:y|ies)\b`, 80, {
    context: { after: raw`^# npm audit report$`, within: 400 }
  }),
  rule('npm6-audit', raw`^found [1-9]\d* vulnerabilit.{0,80} in \d+ scanned packages`, 80),
  // yarn 1's closing count (`3 vulnerabilities found - Packages audited: 812`) and pnpm's, a line
  // of its own over its `Severity: 2 low | 5 moderate | 2 high` row.
  rule('yarn-audit', raw`^[1-9]\d* vulnerabilities found(?: - Packages audited|$)`, 78),
  rule('audit-table-severity', raw`^(?:│ )?(?:low|moderate|medium|high|critical) +│ \S`, 80, { flags: 'i' }),
  rule('pip-audit', raw`Found [1-9]\d* known vulnerabilit`, 80),
  rule('dependency-check', raw`One or more dependencies were identified with (?:known )?vulnerabilities`, 80),
  rule('cargo-audit', raw`^error: [1-9]\d* vulnerabilit(?:y|ies) found`, 84),
  rule('rustsec-id', raw`^(?:ID|Advisory):\s+RUSTSEC-\d{4}-\d{4}`, 78),
  rule('cargo-deny-advisory', raw`^error\[(?:vulnerability|unsound|yanked)\]`, 82),
  rule('trivy-total', raw`^Total: [1-9]\d* \(`, 72),
  rule('snyk', raw`Tested \d+ dependencies for known issues, found [1-9]`, 78),
  rule('grype-threshold', raw`discovered vulnerabilities at or above the severity threshold`, 82),
  rule('osv-ghsa', raw`\bGHSA(?:-[0-9a-z]{4}){3}\b.{0,200}\b(?:high|critical)\b`, 60, { flags: 'i' }),
  // NuGet's audit of a restore, as an error (`error NU1903: Warning As Error: Package 'X' 8.0.4 has
  // a known high severity vulnerability`): NU1901–NU1904 are its low to critical findings.
  rule('nuget-audit', raw`\berror NU190[1-4]: `, 84),
  // Bandit's `>> Issue: [B602:…]` (a pasted log's quote marks may have taken the first `>`).
  rule('bandit-issue', raw`^>?>? ?Issue: \[B\d{3}:`, 72),
  rule('brakeman-warnings', raw`^(?:== Warnings ==|Security Warnings: [1-9]\d*)$`, 72),
  rule('snyk-vulnerability', raw`^\s*✗ (?:Low|Medium|High|Critical) severity vulnerability found in \S`, 84),
  // Static and infrastructure scanners: gosec, checkov, tfsec, semgrep.
  rule('gosec-issue', raw`^\[\S+:\d+\] - G\d{3} \(CWE-\d+\): `, 80),
  rule('checkov-failed', raw`^\s*FAILED for resource: \S`, 78),
  rule('checkov-summary', raw`Failed checks: [1-9]\d*\b`, 70),
  rule('tfsec-result', raw`^Result #\d+ (?:CRITICAL|HIGH|MEDIUM|LOW) \S`, 74),
  // Dockle's checkpoint that failed an image at its FATAL level (`FATAL   - CIS-DI-0010: Do not
  // store secrets in ENVIRONMENT variables`, a CIS benchmark or dockle's own code); its WARN, INFO
  // and PASS rows do not fail the scan.
  rule('dockle-fatal', raw`^FATAL {1,6}- (?:CIS|DKL)-[A-Z]{2}-\d{4}: \S`, 80),
  // Kubesec's verdict on a resource in its JSON report (`"message": "Failed with a score of -30
  // points"`), the critical check's reason a few lines below.
  rule('kubesec-failed-score', raw`"message": "Failed with a score of -?\d+ points?"`, 78),
  // Talisman's pre-commit or pre-push hook, under `The following errors were detected in FILE`:
  // a file name its filename detector matched (`failed checks against the pattern ^.+\.pem$`) or
  // content its content detector flagged.
  rule(
    'talisman-detected',
    raw`\bfailed checks against the pattern \S|\bExpected file to not to contain (?:base64|hex) encoded texts\b|\bPotential secret pattern : `,
    80
  ),
  // terrascan's human output: each violation's `Description :` under `Violation Details -`, and
  // the summary's count of violated policies.
  rule('terrascan-violation', raw`^\s*Description\s*:\s*\S`, 78, {
    context: { after: raw`^\s*Violation Details -\s*$`, within: 200 }
  }),
  rule('terrascan-violated-policies', raw`^\s*Violated Policies\s*:\s*[1-9]\d*\s*$`, 66),
  // gitleaks' finding, one field a line (`Finding:`, `Secret:`, `RuleID: sidekiq-secret`, …).
  rule('gitleaks-finding', raw`^RuleID:\s+[\w.-]{2,80}$`, 80, { context: { after: raw`^Secret:\s+\S`, within: 2 } }),
  rule('tfsec-summary', raw`\b[1-9]\d* potential problem\(s\) detected`, 74),
  rule(
    'semgrep-findings',
    raw`Ran \d+ rules? on \d+ files?: [1-9]\d* findings?|(?<![Nn]o )\bblocking findings\b|findings for blocking rules`,
    74
  ),
  // sobelow's finding header (`SQL injection - High Confidence`, `Missing Content-Security-Policy - High Confidence`).
  rule('sobelow-finding', raw`^[A-Z][\w .:'/-]{2,100} - (?:High|Medium|Low) Confidence$`, 76),
  // cargo vet's unaudited crate (`fastrand:2.4.0 missing ["safe-to-deploy"]`) under its
  // `Vetting Failed!`, and the KICS action's exit code for results at a severity (20 info to 50 high).
  rule('cargo-vet-missing', raw`^\s*[\w-]+:\d+\.\d+\S* missing \["safe-to-(?:deploy|run)"`, 80),
  rule('kics-results-exit', raw`\bKICS scan failed with exit code [2-6]0\b`, 80),
  // zizmor's audits of GitHub workflows, named like a linter's checks (`error[template-injection]:
  // code injection via template expansion`) but security findings.
  rule(
    'zizmor-finding',
    raw`^(?:error|warning)\[(?:template-injection|excessive-permissions|unpinned-uses|unpinned-images|artipacked|dangerous-triggers|cache-poisoning|github-env|hardcoded-container-credentials|impostor-commit|ref-confusion|secrets-inherit|known-vulnerable-actions|insecure-commands|bot-conditions|overprovisioned-secrets|unredacted-secrets|use-trusted-publishing)\]: `,
    80
  )
]

const licensing: RuleSpec[] = [
  rule('cargo-deny-license', raw`^error\[(?:rejected|unlicensed|license-not-encountered|unmatched-license)\]`, 82),
  rule('license-checker-fail', raw`Found license defined by the --(?:failOn|onlyAllow) flag`, 80),
  rule('missing-license-header', raw`(?:missing|invalid|no) (?:a )?(?:valid )?(?:license|copyright) header`, 74, {
    flags: 'i'
  }),
  rule('license-header-invalid', raw`have a valid license header`, 74),
  rule('rat-unapproved', raw`Too many files with unapproved license`, 80),
  rule('reuse-noncompliant', raw`not compliant with version [\d.]+ of the REUSE Specification`, 80),
  rule('license-plugin-goal', raw`Failed to execute goal \S*(?:apache-rat-plugin|license-maven-plugin)`, 70),
  // licensee's verdict on a package under its name (`left-pad@1.3.0` / `  NOT APPROVED`).
  rule('licensee-not-approved', raw`^\s*NOT APPROVED$`, 78),
  rule('license-not-allowed', raw`\blicen[cs]e\b.{0,80}\bnot (?:allowed|permitted|approved)`, 70, { flags: 'i' }),
  rule('spotless-license-header', raw`Step 'licenseHeader' found problem in`, 80),
  rule('pip-licenses-fail-on', raw`\bfail-on license .{1,200} was found for package\b`, 80),
  // liccheck prints a section only when a package falls in it: `check unauthorized packages...`
  // and `check unknown packages...`, each followed by its count and the packages
  // (`    aiofiles (0.7.0): ['Other/Proprietary']`); its early versions, `1 forbidden packages :`.
  rule('liccheck-section', raw`^check (?:unauthorized|unknown) packages\.\.\.$|^[1-9]\d* forbidden packages :$`, 80)
]

const timeout: RuleSpec[] = [
  rule('gha-job-timeout', raw`has exceeded the maximum execution time of \d+ minutes`, 95),
  // Kubernetes-native pipelines: Tekton's run that failed to finish within its timeout (its
  // reasons PipelineRunTimeout, TaskRunTimeout), and a pod past its activeDeadlineSeconds as
  // Argo Workflows reports it, or a Job past its own (Kubernetes' DeadlineExceeded condition).
  rule(
    'k8s-pipeline-timeout',
    raw`\b(?:PipelineRun|TaskRun) "[^"]{1,200}" failed to finish within "|\b(?:PipelineRun|TaskRun)Timeout\b|\bPod was active on the node longer than the specified deadline\b|\bStep exceeded its deadline\b|\bJob was active longer than specified deadline\b`,
    84
  ),
  // A test run's own time limit, on a whole test program (go test -timeout, a ctest test, a
  // bazel test target, a surefire fork): the run was stopped, not a test's check failed. One
  // test case over its own limit is a failed test (PAT-002).
  rule('go-test-timeout', raw`^panic: test timed out after \d`, 86),
  rule('ctest-timeout', raw`\*{3}Timeout\b`, 86),
  rule('meson-test-timeout', raw`^\s*\d{1,6}\/\d{1,6} \S.{0,300}?\sTIMEOUT\s{1,20}[\d.]+ ?s\b`, 86),
  rule('bazel-test-timeout', raw`\bTIMEOUT in (?:\d+ out of \d+ in )?[\d.]+s\b`, 86),
  rule('surefire-fork-timeout', raw`There was a timeout (?:or other error )?in the fork`, 86),
  // dotnet test --blame-hang-timeout: no test finished in time, the test host is dumped and killed.
  rule('vstest-blame-hang', raw`\bThe specified inactivity time of [\d.]+ \w+ has elapsed\b`, 86),
  rule('circleci-no-output', raw`Too long with no output \(exceeded [\dhms.]+\)`, 95),
  rule('gha-step-timeout', raw`^The action has timed out\.$`, 95, { context: { level: ['error'] } }),
  // A retry action's own limit on each attempt, as its error annotation (nick-fields/retry's
  // `Timeout of 3600000ms hit`): the step was stopped, whatever its command printed last.
  rule('action-attempt-timeout', raw`^(?:Final attempt failed\. )?Timeout of \d+ ?ms hit\b`, 92, {
    context: { level: ['error'] }
  }),
  rule('azure-job-timeout', raw`ran longer than the maximum time of \d+ minutes`, 95),
  rule('travis-no-output', raw`No output has been received in the last \d+m`, 95),
  rule('travis-time-limit', raw`exceeded the maximum time limit for jobs`, 95),
  rule('jenkins-build-timeout', raw`Build timed out \(after \d+ minutes?\)`, 95),
  rule('jenkins-timeout-step', raw`Cancelling nested steps due to timeout|^Timeout has been exceeded$`, 92),
  rule('gitlab-timeout', raw`execution took longer than \S+ seconds`, 95),
  rule('exit-124', raw`(?:exited with|exit code|exit status|status \()\s*124\b`, 86),
  rule('kubernetes-progress-deadline', raw`\bexceeded its progress deadline\b`, 86),
  rule('gha-cancelled', raw`^The operation was canceled\.$`, 48, { context: { level: ['error'] } }),
  // A workflow's concurrency group cancelled the run for a newer one (GitHub's annotation).
  rule(
    'gha-concurrency-cancelled',
    raw`^Cancell?ing since a higher priority waiting request for .{1,300} exists\.?$`,
    90
  )
]

const dependency: RuleSpec[] = [
  // A C or C++ header the compiler cannot open (GCC's `fatal error: zlib.h: No such file or
  // directory`, clang's `fatal error: 'zlib.h' file not found`, MSVC's C1083): the library's
  // development files are not installed. It outweighs c-compiler, which reads the same line.
  rule(
    'c-header-missing',
    raw`^(?:\S+:\d+(?::\d+)?:\s*)?fatal error: ['"]?[\w/.+-]{1,200}\.(?:h|hh|hpp|hxx)['"]?(?:: No such file or directory| file not found)\s*$|\bfatal error C1083: Cannot open include file: '[^']{1,200}\.(?:h|hh|hpp|hxx)': No such file or directory`,
    84
  ),
  // npm ls's problems with the installed tree (`npm error invalid: ms@2.1.3 …`, `missing:`,
  // `extraneous:`, under `code ELSPROBLEMS`; npm 6's `npm ERR! missing: x@^1, required by …`).
  rule('npm-ls-problem', raw`^npm (?:ERR!|error) (?:missing|invalid|extraneous|peer dep missing): \S`, 78),
  // make's own words for a recipe's program that does not exist.
  // GitHub's runner and actions (@actions/io's which) for a shell or tool not on the PATH:
  // `Unable to locate executable file: pwsh. Please verify either the file path exists …`.
  rule(
    'command-not-found',
    raw`: command not found\b|^\S+: \d+: \S+: not found$|^make(?:\[\d+\])?: \S+: (?:No such file or directory|Command not found)$|^Unable to locate executable file: \S`,
    64
  ),
  // uv's and pip's resolver and build errors (a dependency that cannot be resolved or built;
  // pip's resolution-too-deep, a graph it gave up on, among them).
  rule(
    'python-resolver-failed',
    raw`^\s*× (?:No solution found when resolving dependencies|Dependency resolution exceeded maximum depth)|^\s*× (?:Getting requirements to build wheel|Building wheel for \S+|Preparing metadata \S+|pip subprocess to install build dependencies) .{0,40}did not run successfully`,
    80
  ),
  rule('program-not-installed', raw`^The program '\S+' is currently not installed`, 74),
  rule(
    'is-not-recognized',
    raw`is not recognized as (?:an internal or external command|(?:the|a) name of a cmdlet)`,
    70
  ),
  rule('npm-e404', raw`^npm (?:ERR!|error) (?:code E404|404 Not Found|404 '\S+' is not in)`, 80),
  rule('npm-404-pkg', raw`^npm (?:ERR!|error) 404 .{0,200}(?:Not found|could not be found)`, 80, { flags: 'i' }),
  rule('npm-eresolve', raw`^npm (?:ERR!|error) (?:code ERESOLVE|ERESOLVE)`, 80),
  rule('npm-ci-lockfile', raw`npm ci\x60? (?:command )?can only install with an existing package-lock\.json`, 80),
  rule(
    'npm-ci-out-of-sync',
    raw`\x60npm ci\x60 can only install packages when your package\.json and package-lock\.json`,
    80
  ),
  // A relative path or a path alias (`./utils`, `$lib/…`) names the project's own code: a build issue.
  rule(
    'node-cannot-find-module',
    raw`(?:Error: |\[ERR_MODULE_NOT_FOUND\]: )?Cannot find (?:module|package) '(?![./$~#]|@/)[^']+'`,
    70
  ),
  // A missing package explains the test suites that fail to load it.
  // A path alias (`$lib/…`, `@/…`, `~/…`, `#…`) names the project's own code, not a package.
  rule('node-cannot-find-package', raw`Cannot find (?:module|package) '(?![./$~#]|@/)[^']+'`, 84),
  rule(
    'bundler-cannot-resolve-package',
    // Not a host name (`Could not resolve 'archive.ubuntu.com'` is apt's DNS failure).
    raw`(?:Can't resolve|Could not resolve|failed to resolve import) ['"](?![./]|[@~]/|\$\w{1,40}/)(?![a-z\d-]{1,63}\.[a-z\d-]{1,63}\.[a-z\d.-]{1,200}['"])[^'"]+['"]`,
    76
  ),
  // NuGet's restore errors: NU10xx–NU12xx (not found, conflicts, locked mode), NU14xx (a
  // package's content hash or signature), NU16xx (downgrades); `error NU…`, `error(NU…` of a
  // task's message, or the code opening the line. NU13xx is a feed that cannot be reached.
  rule('nuget-restore', raw`(?:\berror[ (]|^)NU1(?:[0-2]\d\d|4\d\d|60\d): `, 82),
  // NuGet's restore finds a package or project that targets none of the project's frameworks
  // (NU1201/NU1202 in the wording older clients and project.json restores print without the
  // code): `Package X 1.0.0 is not compatible with netcoreapp1.0 (.NETCoreApp,Version=v1.0).`,
  // then `One or more packages are incompatible with .NETCoreApp,Version=v1.0.` The restore's
  // own `Restore failed in 4087ms.` only says that it stopped.
  rule(
    'nuget-framework-incompatible',
    raw`\bis not compatible with [\w.+-]{2,40} \([\w.+-]{2,40},Version=v\d|\b(?:packages|projects) are incompatible with [\w.+-]{2,40},Version=v\d`,
    80
  ),
  // vcpkg's manifest mode cannot pin its ports: the baseline commit is not in the vcpkg clone,
  // a version is not in its version database, or the manifest names no baseline; CMake's
  // toolchain then reports the install as failed.
  rule(
    'vcpkg-versions',
    raw`\b[Ee]rror: (?:while (?:checking out|loading) baseline\b|no version database entry for \S+ at |Couldn't find the versions database file|the dependency \S+ does not exist in the version database|this vcpkg instance requires a manifest with a specified baseline)|^-- Running vcpkg install - failed$`,
    82
  ),
  rule(
    'ts-cannot-find-module',
    raw`Cannot find module '(?![./$~#]|@/)[^']+' or its corresponding type declarations`,
    70
  ),
  // A missing module explains the test and import failures that follow it.
  rule('python-no-module', raw`(?:ModuleNotFoundError|ImportError): No module named`, 84),
  rule('python-cannot-import-name', raw`^(?:E\s+)?ImportError: cannot import name '`, 66),
  // ... from a module of an installed package: the installed versions do not fit together.
  rule(
    'python-cannot-import-name-installed',
    raw`ImportError: cannot import name '\w+' from '[\w.]+' \([^)]{0,300}[/\\](?:site|dist)-packages[/\\]`,
    84
  ),
  // Not debconf's note that it falls back from its Readline frontend (`debconf: (Can't locate
  // Term/ReadLine.pm in @INC …)`), which apt prints in every image without that module.
  rule('perl-cannot-locate', raw`(?<!^debconf: \()Can't locate \S+\.pm in @INC`, 76),
  // A class missing from the classpath, or one compiled against another version of a library than
  // the one loaded (the JVM's linkage errors: an sbt, Gradle or Maven plugin built for another
  // release of its build tool, two versions of one library on the classpath).
  rule(
    'jvm-class-not-found',
    raw`\bjava\.lang\.(?:NoClassDefFoundError|ClassNotFoundException|NoSuchMethodError|NoSuchFieldError|IncompatibleClassChangeError|AbstractMethodError): `,
    62
  ),
  rule('cmake-find-package-call', raw`^CMake Error at \S+:\d+ \(find_package\):`, 76),
  rule(
    'pip-no-version',
    raw`(?:Could not find a version that satisfies the requirement|No matching distribution found for)`,
    80
  ),
  rule(
    'pip-resolution',
    raw`ResolutionImpossible|Cannot install .* because these package versions have conflicting dependencies`,
    78
  ),
  rule('cargo-no-package', raw`^error: no matching package named`, 80),
  rule(
    'cargo-lock-out-of-date',
    raw`^error: (?:cannot update the lock file \S*Cargo\.lock|the lock file \S*Cargo\.lock needs to be updated but) .{0,40}--(?:locked|frozen) was passed`,
    82
  ),
  rule(
    'pnpm-outdated-lockfile',
    raw`ERR_PNPM_OUTDATED_LOCKFILE|Cannot install with "frozen-lockfile" because pnpm-lock\.yaml is not up to date`,
    80
  ),
  rule(
    'yarn-frozen-lockfile',
    raw`Your lockfile needs to be updated, but yarn was run with \x60--frozen-lockfile\x60`,
    80
  ),
  rule('cargo-select-version', raw`failed to select a version for`, 78),
  rule('could-not-resolve-deps', raw`Could not resolve dependencies\b`, 72),
  rule('ghc-module-missing', raw`Could not (?:find|load) module [‘'\x60]`, 74),
  rule('mix-unchecked-deps', raw`Unchecked dependencies for environment`, 76),
  rule('maven-plugin-resolve', raw`Plugin \S+ or one of its dependencies could not be resolved`, 72),
  // The enforcer plugin prints each failed rule as a warning, then fails the goal.
  rule('maven-enforcer-rule', raw`^\[WARNING\] Rule \d+: \S+ failed with message`, 74, { warningsCount: true }),
  rule('maven-enforcer-goal', raw`Some Enforcer rules have failed`, 50),
  // The enforcer's dependencyConvergence and requireUpperBoundDeps rules print each conflict
  // (`Dependency convergence error for g:a:1.2 paths to dependency are:`, `Require upper bound
  // dependencies error for g:a:1.0 paths to dependency are:`) before the rule's verdict, which a
  // paste often leaves out: two versions of one artifact in the graph.
  rule(
    'maven-enforcer-convergence',
    raw`^(?:\[(?:ERROR|WARNING)\] )?(?:Dependency convergence|Require upper bound dependencies) error for \S+ paths to dependency are:`,
    76,
    { warningsCount: true }
  ),
  rule('artifact-not-found', raw`Could not find artifact \S+`, 68),
  rule('gradle-resolve', raw`Could not resolve all (?:files|dependencies|artifacts) for configuration`, 74),
  rule('sbt-unresolved', raw`unresolved dependency: \S+`, 74),
  rule(
    'go-module-missing',
    raw`missing go\.sum entry|^go: \S+@\S+: (?:unknown revision|invalid version|reading \S+: 404)|no required module provides package|cannot find module providing package|\bfound(?: \(\S+\))?, but does not contain package`,
    76
  ),
  rule(
    'jvm-class-version',
    raw`UnsupportedClassVersionError|has been compiled by a more recent version of the Java Runtime`,
    70
  ),
  // CMake run by another tool's build step (a -sys crate's build script under cargo, a wheel's
  // backend under pip) comes indented in that tool's output: the same error, further right.
  rule('cmake-find-package', raw`^\s*CMake Error at \S*Find\w*\.cmake`, 76),
  rule('cmake-could-not-find', raw`^\s+Could NOT find \w+`, 72, {
    context: { after: raw`^\s*CMake Error`, within: 3 }
  }),
  // A project's own message(FATAL_ERROR) that names something to install or not found (`BUILD_TESTS=ON
  // requires pytest for the selected Python interpreter. Install pytest or …`): a missing tool or
  // package, not a build error, though CMake words it as one.
  rule(
    'cmake-message-missing',
    raw`^\s+\S.{0,300}(?:\b[Ii]nstall(?:ed)? \S|\bnot (?:found|installed)\b|\b[Cc]ould not find\b|\b(?:is|are) required\b|\brequires \w|\b[Mm]issing \S)`,
    74,
    { context: { after: raw`^\s*CMake Error at \S+:\d+ \(message\):`, within: 3 } }
  ),
  rule('pkg-config', raw`Package \S+ was not found in the pkg-config search path`, 74),
  // The pkg-config crate under a -sys crate's build script (cargo's `failed to run custom build
  // command` above it): the tool itself or the system library it looks for is not installed.
  rule(
    'pkg-config-crate',
    raw`The pkg-config command could not be found\.|The system library \x60[^\x60]{1,200}\x60 required by crate \x60[^\x60]{1,200}\x60 was not found\.`,
    76
  ),
  rule('cocoapods-incompatible', raw`could not find compatible versions for pod`, 80, { flags: 'i' }),
  rule(
    'cocoapods-error',
    raw`^\[!\] (?:Unable to (?:find a specification|satisfy the following requirements)|No podspec found for|Error installing \S)|^(?:\[!\] )?The \x60[\w-]+\x60 repo requires CocoaPods`,
    76
  ),
  rule('conda-not-found', raw`PackagesNotFoundError: `, 80),
  // Unity's Package Manager under its banner (`An error occurred while resolving packages:`,
  // `Project has invalid dependencies:`): one row a package, a version its registry does not
  // have or a git dependency it cannot clone. The editor's own log around it is noise.
  rule(
    'unity-package-unresolved',
    raw`^\s+\S+: Package \[\S+\] cannot be found$|^\s+\S+: Could not clone \[\S+\]\. Make sure \[`,
    80
  ),
  rule('unity-package-banner', raw`^An error occurred while resolving packages:$`, 60),
  rule('r-package-missing', raw`Packages? required but not available`, 80),
  // Composer's banner over its numbered problems: the problem a rule reads below it is the line to quote.
  rule('composer-unresolvable', raw`Your requirements could not be resolved to an installable set of packages`, 76),
  rule(
    'composer-lock-outdated',
    raw`lock file is not up to date with the latest changes in composer\.json|Your lock file does not contain a compatible set of packages`,
    80
  ),
  // A gem that needs another Ruby (`Gem::InstallError: rake requires Ruby version >= 2.2.`,
  // gem install's `celluloid requires Ruby version >= 1.9.2.`), and Bundler giving up on it.
  rule('gem-requires-ruby', raw`\b[\w.-]+ requires Ruby version [<>=~]|\band Bundler cannot continue\b`, 80),
  // Lock files and recorded checksums a build may not change: Gradle's dependency verification
  // (`Dependency verification failed for configuration ':app:classpath'`, `checksum is missing
  // from verification metadata`, `expected a 'sha256' checksum of …`), pub's --enforce-lockfile
  // (`Would change 5 dependencies.`, `Could not enforce the lockfile.`).
  rule(
    'gradle-dependency-verification',
    raw`\bDependency verification failed for configuration\b|\bchecksum is missing from verification metadata\b|\b\d+ artifacts? failed verification\b`,
    84
  ),
  rule('pub-enforce-lockfile', raw`\bWould change \d+ dependenc(?:y|ies)\b|\bCould not enforce the lockfile\b`, 82),
  rule(
    'poetry-lock-outdated',
    raw`changed significantly since poetry\.lock was last generated|poetry\.lock is not consistent with pyproject\.toml`,
    82
  ),
  rule('go-mod-needs-update', raw`^go: (?:updates to go\.(?:mod|sum) needed|inconsistent vendoring)`, 80),
  // Bundler wraps this message after "changing".
  rule(
    'bundler-frozen',
    raw`You are trying to install in deployment mode after changing|the lockfile can't be updated because frozen mode is set`,
    80
  ),
  rule('bundler-not-found', raw`Could not find gem '|Bundler could not find compatible versions`, 78),
  rule('apt-unable-locate', raw`^E: (?:Unable to locate package|Package '\S+' has no installation candidate)`, 76),
  rule('yarn-not-found', raw`^error (?:An unexpected error occurred: "\S+: Not found"|Couldn't find package)`, 78),
  rule('peer-dependency-conflict', raw`(?:conflicting peer dependency|Could not resolve dependency:)`, 72),
  rule(
    'node-engine',
    raw`The engine "\w+" is incompatible with this module|\bcode EBADENGINE\b|Unsupported engine for`,
    80
  ),
  // Maven's enforcer refusing the JDK or Maven the build runs on (`Rule 0: org.apache.maven.
  // enforcer.rules.version.RequireJavaVersion failed with message:` then `Detected JDK version
  // 17.0.15 (JAVA_HOME=…) is not in the allowed range [21,).`; enforcer 3.0 writes
  // `org.apache.maven.plugins.enforcer.RequireJavaVersion` and `Detected JDK Version: 1.8.0 …`),
  // or the project's dependency tree (convergence, upper bounds, banned or snapshot artifacts).
  rule(
    'enforcer-detected-version',
    raw`^(?:\[(?:ERROR|WARNING)\] )?Detected (?:JDK|Maven) [Vv]ersion:? \S.{0,300} is not in the allowed range`,
    82
  ),
  rule(
    'enforcer-rule-failed',
    raw`^(?:\[(?:ERROR|WARNING)\] )?Rule \d+: org\.apache\.maven\.(?:enforcer\.rules\.(?:version|dependency)|plugins\.enforcer)\.(?:RequireJavaVersion|RequireMavenVersion|DependencyConvergence|RequireUpperBoundDeps|BannedDependencies|RequireReleaseDeps) failed with message:`,
    80
  ),
  // A browser a test framework drives was not installed (playwright install, puppeteer).
  rule(
    'browser-missing',
    raw`Executable doesn't exist at \S|Could not find (?:Chrome|Chromium|Firefox) \(|Please run the following command to download new browsers`,
    86
  ),
  // Lock files other tools refuse to rewrite in CI, in their own words (Gradle's lock state, a
  // flake's lock, mix.lock, pubspec.lock, uv.lock, SwiftPM's resolved file under xcodebuild with
  // automatic package resolution disabled).
  rule(
    'lockfile-frozen-other',
    raw`Dependency lock state for configuration '\S+' is out of date|cannot write modified lock file of flake|There were changes to the lockfile in deployment mode|Your mix\.lock is out of date|The lockfile is not up to date with pubspec\.yaml|The lockfile at \x60?uv\.lock\x60? needs to be updated|Package\.resolved file is out-of-date|\ban out-of-date resolved file was detected\b|\ba resolved file is required when automatic dependency resolution is disabled\b`,
    80
  ),
  // A provider package whose checksum is not the one .terraform.lock.hcl recorded.
  rule(
    'terraform-lock-checksum',
    raw`(?:doesn't|does not) match any of the checksums (?:previously )?recorded in the dependency lock file`,
    80
  ),
  // A tox environment whose Python is not installed; helm charts whose dependencies were not fetched.
  rule('tox-interpreter-missing', raw`InterpreterNotFound: |could not find python interpreter with spec`, 80),
  rule('helm-missing-dependencies', raw`chart directory is missing these dependencies`, 82, { warningsCount: true }),
  rule('pip-hash-mismatch', raw`DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE`, 78),
  rule(
    'dotnet-sdk',
    raw`\berror NETSDK1(?:045|004|141)\b|A compatible \.NET SDK (?:was not found|version for global\.json)|does not support targeting \.NET`,
    78
  ),
  // cabal's solver: the conflict it could not get past.
  rule(
    'cabal-solver-failed',
    raw`^(?:\[__\d+\] )?fail \(backjumping, conflict set: |^After searching the rest of the dependency tree exhaustively`,
    80
  ),
  rule('linker-missing', raw`^error: linker \x60\S+\x60 not found`, 80),
  rule('rust-toolchain-too-old', raw`requires rustc [\d.]+ or newer`, 80),
  // The same for other runtimes: the project needs another version than the one that runs
  // (`go: go.mod requires go >= 1.23.0 (running go 1.22.5; …)`, a JDK newer than the build's
  // Gradle or Groovy reads, `requires a different Python: 3.10.12 not in '>=3.11'`, yarn's
  // `The engine "node" is incompatible with this module`, Bundler's `Your Ruby version is 3.2.2,
  // but your Gemfile specified 3.1.4`, Composer's `requires php ^7.2.5 -> your php version (8.0.9)
  // does not satisfy that requirement`).
  rule(
    'runtime-version-mismatch',
    raw`\bgo\.mod requires go >= \S+ \(running go |\bUnsupported class file major version \d+|has been compiled by a more recent version of the Java Runtime \(class file version|\brequires a different Python: \S+ not in '|The engine "[\w-]+" is incompatible with this module|\bYour Ruby version is \S+, but your Gemfile specified\b|\brequires php \S+ (?:->|but) your (?:php|PHP) version \([^)]{1,40}\) does not satisfy that requirement`,
    80
  ),
  // A module error of the go command (`go: module@version: …`); a network error in it is PAT-008's.
  rule('go-module-error', raw`^go: (?:downloading )?\S+@\S+: `, 70),
  // A setup action asked to cache dependencies of a repository that has no lock file:
  // setup-node's `Dependencies lock file is not found in …`, setup-java's and setup-python's
  // `No file in /home/runner/work/app/app matched to [**/*.gradle*, …]` (nothing to key the
  // cache on: no build or requirements file in the checkout).
  rule(
    'setup-action-lockfile-missing',
    raw`^Dependencies lock file is not found in \S|^No file in \S{1,300} matched to \[`,
    78
  ),
  // A container image whose tag its registry does not have (`manifest unknown`, `manifest for
  // x:tag not found`): the job's image was never built or pushed, no network failure.
  rule('image-manifest-unknown', raw`\bmanifest unknown\b|\bmanifest for \S+ not found\b`, 78),
  // An action of the workflow that cannot be fetched or is no longer allowed (the runner's
  // `Missing download info for actions/upload-artifact@v3` for a version it no longer serves).
  rule(
    'gha-action-unavailable',
    raw`Unable to resolve action \x60|Can't find 'action\.yml', 'action\.yaml' or 'Dockerfile'|uses a deprecated version of \x60|Missing download info for [\w.-]+\/\S*@\S`,
    78
  )
]

const lint: RuleSpec[] = [
  // interrogate's docstring coverage gate (`- RESULT: FAILED (minimum: 60.0%, actual: 0.0%) -`).
  rule('interrogate-failed', raw`^-? ?RESULT: FAILED \(minimum: [\d.]{1,12}%, actual: [\d.]{1,12}%\)`, 78),
  rule('clippy-deny-note', raw`^\s*= note: \x60(?:-D|#\[deny\()`, 86, {
    evidence: 'context',
    context: { after: raw`^(?:error|warning)(?:\[\w+\])?: `, within: 12 },
    warningsCount: true
  }),
  rule(
    'clippy-help-link',
    raw`^\s*= help: for further information visit https://rust-lang\.github\.io/rust-clippy`,
    84,
    { evidence: 'context', context: { after: raw`^error(?:\[\w+\])?: `, within: 20 }, warningsCount: true }
  ),
  rule('rustfmt-diff', raw`^Diff in \S+`, 86),
  rule('eslint-stylish', raw`^\s+\d+:\d+\s+(?:error|✖)\s+.+\s{2}[@\w/-]+$`, 78),
  rule('eslint-problems', raw`^✖ \d+ problems? \([1-9]\d* errors?`, 74),
  rule('eslint-compact', raw`^\S+: line \d+, col \d+, (?:Error|Warning) - `, 78, { warningsCount: true }),
  rule('eslint-unix-rule', raw`^\S+\.(?:[cm]?[jt]sx?|vue):\d+(?::\d+)?:? .+\((?:@?[\w-]+/)?[\w-]+\)$`, 76),
  rule('prettier-check', raw`Code style issues (?:found|were found) in`, 82, { warningsCount: true }),
  rule('prettier-forgot', raw`Forgot to run Prettier\?`, 80),
  rule('black', raw`^would reformat \S+`, 82),
  rule('isort', raw`^ERROR: \S+ Imports are incorrectly sorted`, 80),
  rule('flake8', raw`^\S+\.py:\d+:\d+: [EWFCNB]\d{3} `, 78, { warningsCount: true }),
  rule('pylint', raw`^\S+\.py:\d+:\d+: [CRWEF]\d{4}: `, 76, { warningsCount: true }),
  rule('ruff', raw`^\S+\.py:\d+:\d+: [A-Z]{1,3}\d{3,4} `, 76, { warningsCount: true }),
  // ruff on a notebook names the cell: `docs/a.ipynb:cell 2:1:1: F403 …`.
  rule('ruff-notebook-cell', raw`^\S+\.ipynb:cell \d+:\d+:\d+: [A-Z]{1,3}\d{3,4} `, 76, { warningsCount: true }),
  // Python's type checkers run as checks of the code, as a linter is.
  rule('mypy', raw`^\S+\.pyi?:\d+(?::\d+)?: error: `, 78),
  rule('mypy-summary', raw`^Found [1-9]\d* errors? in \d+ files? \(checked \d+ source files?\)`, 72),
  rule('pyright', raw`^\s*\S+\.pyi?:\d+:\d+ - error: `, 78),
  // Ruby's type checker, sorbet (`srb tc`): `lib/a.rb:12: Expected String but found Integer for
  // argument x https://srb.help/7002`, each error linked to its code's page, not a test's assertion.
  rule('sorbet', raw`^\s*\S+\.(?:rbi?|rake):\d+: .{1,400} https://srb\.help/\d{4,5}\s*$`, 78),
  // biome's verdict after its diagnostics (`× Some errors were emitted while running checks.`).
  rule(
    'biome-verdict',
    raw`^\s*× Some (?:errors|warnings|diagnostics) were emitted while (?:running checks|applying fixes)`,
    60
  ),
  rule('biome', raw`^\S+?(?::\d+:\d+)? (?:lint/\w+/\w+|format|organizeImports|assist/\w+/\w+) (?:FIXABLE )?━`, 80),
  // Biome marks each diagnostic's message `×` for an error and `!` for a warning: the error is
  // the one to quote when warnings come first (`pr_comments.json format ━━` then `  × Formatter
  // would have printed the following content:`).
  rule('biome-error', raw`^  × \S`, 84, {
    context: { after: raw` (?:lint/\w+/\w+|format|organizeImports|assist/\w+/\w+) (?:FIXABLE )?━`, within: 2 }
  }),
  // dart analyze and flutter analyze: `info • message • lib/a.dart:3:7 • rule_name` (either order);
  // its error-severity lines are the compiler's (dart-analyze-error).
  rule(
    'dart-analyze',
    raw`^\s*(?:warning|info|lint) • (?:.{1,300} • \S+:\d+:\d+|\S+:\d+:\d+ • .{1,300}) • [a-z][a-z\d_]{2,80}$`,
    78,
    { warningsCount: true }
  ),
  rule(
    'dart-analyze-lint-error',
    raw`^\s*error • (?:.{1,300} • \S+\.dart:\d+:\d+|\S+\.dart:\d+:\d+ • .{1,300}) • ${DART_LINT_NAME}[a-z\d_]{2,80}$`,
    84
  ),
  // The same line with its location and rule on a line of their own, as a page that wraps it
  // shows it (`error • Use 'const' …`, then `lib/a.dart:12:15 • prefer_const_constructors`).
  rule('dart-analyze-lint-wrapped', raw`^\s*\S+\.dart:\d+:\d+ • ${DART_LINT_NAME}[a-z\d_]{2,80}$`, 78, {
    evidence: 'context',
    context: { after: raw`^\s*(?:error|warning|info|lint) • \S`, within: 1 }
  }),
  rule('dart-issues-found', raw`^[1-9]\d* issues? found\.`, 70),
  rule('swiftformat', raw`^\S+\.swift:\d+:\d+: (?:error|warning): \([a-zA-Z]+\) `, 84),
  rule('rubocop-offenses', raw`^Offenses:$`, 76),
  // Also as its TAP formatter prints an offense, a `# ` diagnostic under `not ok N - file.rb`.
  rule('rubocop-line', raw`^(?:# )?\S+\.rb:\d+:\d+: [CWEF]: `, 76, { warningsCount: true }),
  // The offense count formatter (`rubocop --format offenses`): a row per cop, `36   Layout/LineLength`.
  rule(
    'rubocop-offense-count',
    raw`^[1-9]\d* +(?:Layout|Lint|Style|Naming|Metrics|Security|Bundler|Gemspec|Migration|Rails|RSpec|Performance|Minitest)/[A-Z]\w+$`,
    74
  ),
  rule('rubocop-summary', raw`\b\d+ files? inspected, [1-9]\d* offenses? detected`, 72),
  rule('mix-format', raw`mix format failed due to --check-formatted`, 86),
  rule('gofmt-list', raw`^(?:gofmt|goimports) needs? (?:to be run|running)`, 78),
  rule('go-linter-suffix', raw`^\S+\.go:\d+:\d+: .+\((?!compile\))[a-z][\w-]*\)$`, 78),
  // Also as pasted into prose: indented, or emphasised (`_a.go:61:2: … (SA4006)_`).
  rule('staticcheck-code', raw`^[ \t]{0,8}[_*]{0,2}\S+\.go:\d+:\d+: .+\((?:SA|S|ST|QF|U)\d{4}\)[_*]{0,2}$`, 86),
  rule('go-lint-section', raw`^\S+\.go:\d+:\d+: \S`, 82, { context: { section: LINT_SECTION } }),
  rule('gometalinter', raw`^\S+:\d+:\d*:(?:warning|error): .+\(\w+\)$`, 78, { warningsCount: true }),
  rule('checkstyle', raw`^\[(?:ERROR|WARN)\] \S+\.java:\d+(?::\d+)?: .+\[\w+\]$`, 78, { warningsCount: true }),
  rule('checkstyle-maven', raw`^\[(?:ERROR|WARN(?:ING)?)\] \S+\.java:\[\d+(?:,\d+)?\] \(\w+\) \w+: `, 84, {
    warningsCount: true
  }),
  rule(
    'maven-lint-goal',
    raw`Failed to execute goal \S*(?:maven-checkstyle-plugin|spotless-maven-plugin|maven-pmd-plugin|fmt-maven-plugin|formatter-maven-plugin|spotbugs-maven-plugin|animal-sniffer-maven-plugin)`,
    70
  ),
  rule('checkstyle-violations', raw`You have \d+ Checkstyle violations?`, 76),
  rule('gradle-lint-task', raw`Execution failed for task '\S*:(?:checkstyle|spotless|ktlint|detekt|lint)\w*'`, 70, {
    flags: 'i'
  }),
  rule('android-lint', raw`Lint found (?:fatal )?errors (?:in the project|while assembling)`, 78),
  rule('spotless', raw`The following files had format violations`, 80),
  rule('detekt', raw`^Build failed with \d+ weighted issues?`, 80),
  // Credo's issue line: the check's category in brackets (consistency, design, refactoring,
  // readability, warning) and its priority as an arrow, behind the report's `┃ ` gutter
  // (`┃ [F] ↗ Avoid negated conditions in if-else blocks.`) or opening the oneline format's row
  // (`[R] → lib/foo.ex:1:11 Foo Modules should have a @moduledoc tag.`). Any issue fails
  // `mix credo`; its explanation's `┃   [F] Category: refactor` carries no arrow.
  rule('credo-issue', ['↑', '↗', '→', '↘', '↓'].map((a) => raw`^(?:┃ {1,8})?\[[CDFRW]\] ${a} \S`).join('|'), 76),
  rule('shellcheck', raw`^In \S+ line \d+:$`, 72),
  // luacheck's default formatter: each finding indented under its file's `Checking f.lua  N
  // warnings` row; any warning fails the run (`Total: 1 warning / 0 errors in 48 files`).
  rule('luacheck-finding', raw`^\s*\S+\.lua:\d+:\d+: \S`, 76, {
    context: { after: raw`^Checking \S+\.lua\s+\d+ (?:warnings?|errors?)\b`, within: 40 }
  }),
  rule('phpstan-table', raw`^\s*Line\s+\S+\.php\s*$`, 74),
  rule('phpstan-found', raw`^(?:Error: )?\s*\[ERROR\] Found \d+ errors?\s*$`, 72),
  // Psalm's summary in its dashed box (`------` / `129 errors found` / `------`).
  rule('psalm-errors-found', raw`^[1-9]\d* errors? found$`, 62, { context: { after: raw`^-{20,}$`, within: 1 } }),
  rule('phpcs', raw`^FOUND \d+ ERRORS? (?:AND \d+ WARNINGS? )?AFFECTING \d+ LINES?`, 76),
  // phpcs --report=summary: a table of counts per file, then the total.
  rule('phpcs-summary-total', raw`^A TOTAL OF [1-9]\d* ERRORS? AND \d+ WARNINGS? WERE FOUND IN \d+ FILES?`, 74),
  // actionlint: `file.yml:line:col: message [kind]` (shellcheck's findings in run blocks too).
  rule('actionlint', raw`^\S+\.ya?ml:\d+:\d+: .+ \[[a-z][\w-]*\]$`, 78),
  // yamllint: `  3:81  error  line too long (86 > 80 characters)  (line-length)` under the file,
  // or `file.yml:3:81: [error] … (line-length)` with --format parsable.
  rule(
    'yamllint',
    raw`^(?:\S+\.ya?ml:\d+:\d+: \[(?:error|warning)\] |\s+\d+:\d+\s+(?:error|warning)\s+).+\s\([a-z][\w-]*\)$`,
    76,
    {
      warningsCount: true
    }
  ),
  rule('clang-format', raw`code should be clang-formatted|clang-format.{0,40}(?:violation|would reformat)`, 89),
  rule(
    'clang-tidy-check',
    raw`^\S+:\d+:\d+: (?:error|warning): .+ \[(?:abseil|android|boost|bugprone|cert|clang-analyzer|clang-diagnostic|concurrency|cppcoreguidelines|darwin|fuchsia|google|hicpp|linuxkernel|llvm|llvmlibc|misc|modernize|mpi|objc|openmp|performance|portability|readability|zircon)-[\w.,-]+\]$`,
    89,
    { warningsCount: true }
  ),
  rule('eslint-max-warnings', raw`ESLint found too many warnings`, 78),
  rule('php-cs-fixer-file', raw`^\s*\d+\) \S+\.php \([a-z_, ]+\)$`, 80),
  rule('php-cs-fixer-summary', raw`^Found [1-9]\d* of \d+ files? that can be fixed`, 72),
  rule('swiftlint-violation', raw`^\S+\.swift:\d+(?::\d+)?: (?:error|warning): [\w ]{1,80} Violation: .+\(\w+\)$`, 89, {
    warningsCount: true
  }),
  rule('swiftlint', raw`^\S+\.swift:\d+:\d+: (?:error|warning): .+\(\w+\)$`, 76, { warningsCount: true }),
  rule('ktlint', raw`^\S+\.kts?:\d+:\d+: .+\((?:[\w-]+:)?[\w-]+\)$`, 72),
  rule('ktlint-plain', raw`^\S+\.kts?:\d+:\d+: (?!error\b|warning\b|info\b)[A-Z][a-z]`, 68),
  // oxlint and other miette-style linters: `  × eslint(no-unused-vars): Variable 'x' is declared but never used.`
  rule('cross-plugin-rule', raw`^\s*[×⚠!] [\w-]+(?:\/[\w-]+)?\([\w/-]+\): \S`, 80),
  rule('markdownlint', raw`^(?:Error: )?\S+\.md:\d+(?::\d+)? MD\d{3}`, 74),
  // hlint's hints: `src/A.hs:26:13-109: Warning: Use print` (or Error, Suggestion; a span as
  // `(91,30)-(92,59)`), then `Found:` and `Perhaps:` / `Why not:`. The `Found` line tells it
  // from GHC's own messages; the hint's line is the one to quote.
  rule('hlint-hint', raw`^Found:?$`, 80, {
    evidence: 'context',
    warningsCount: true,
    context: {
      after: raw`^\S+\.l?hs:(?:\d+:\d+(?:-\d+)?|\(\d+,\d+\)-\(\d+,\d+\)): (?:Warning|Error|Suggestion): \S`,
      within: 2
    }
  }),
  // sqlfluff's report under `== [file.sql] FAIL`: `L:   3 | P:  21 | LT01 | message`.
  rule('sqlfluff-violation', raw`^L:\s*\d+ [|] P:\s*\d+ [|] +[A-Z]{2,4}\d{0,3} [|] \S`, 80),
  // The typos spell checker, in a compiler's error form: error: `teh` should be `the`.
  rule('typos-should-be', raw`^error: \x60[^\x60]{1,100}\x60 should be \x60`, 85),
  // ansible-lint: `rule[tag]: message` (or `[E306] message` before v5), then `file.yml:12 …`;
  // its summary counts failures.
  rule('ansible-lint-location', raw`^\S+\.ya?ml:\d+(?::\d+)?(?: |$)`, 76, {
    evidence: 'context',
    // A row ending in `(warning)` is a violation its profile only warns about (the run can pass).
    context: {
      after: raw`^(?!.{0,2000} \(warning\)$)(?:(?:[a-z][a-z\d-]{1,40}(?:\[[\w-]{1,40}\])?|\[E?\d{3,4}\]): \S|\[E?\d{3,4}\] \S)`,
      within: 1
    }
  }),
  rule(
    'ansible-lint-summary',
    raw`^(?:Finished with|Failed(?: after [\d.]+s)?:) [1-9]\d* failure\(s\), \d+ warning\(s\)|Listing [1-9]\d* violation\(s\) that are fatal`,
    74
  ),
  // kube-score's checks of a Kubernetes object, under the object's row: `    [CRITICAL] Container
  // Resources` (a check's title), then its `· container -> …` comments; it exits 1 on them.
  rule('kube-score-critical', raw`^\s{0,8}\[CRITICAL\] [A-Z][a-z]+ [A-Z][\w -]{1,200}$`, 76),
  // Policy and schema checks of configuration: conftest's deny rules, kubeconform and kubeval.
  rule('conftest-policy-fail', raw`^FAIL - (?!\S+_test\.rego - )\S+ - [\w.-]+ - \S`, 80),
  rule(
    'kube-schema-invalid',
    raw`^(?:ERR +- )?\S+ - \S+ \S* ?is invalid: |^Summary: \d+ resources? found .{0,80} Invalid: [1-9]|"status": "statusInvalid"`,
    76
  ),
  // ruff's and ty's full diagnostics: `F401 [*] `os` imported but unused`, then ` --> a.py:1:8`.
  rule('python-diagnostic-arrow', raw`^\s*--> \S+\.(?:py|pyi|ipynb)(?::cell \d+)?:\d+:\d+$`, 78, {
    evidence: 'context',
    context: {
      after: raw`^(?:[A-Z]{1,4}\d{3,4}(?: \[\*\])? \S|(?:error|warning)\[[\w-]+\]: \S|[a-z][a-z-]{2,40}: \S)`,
      within: 1
    }
  }),
  // Link checkers (lychee, markdown-link-check): a dead link is the docs' fault; a server
  // error or an unreachable host is the network's (PAT-008). Older markdown-link-check marks a
  // dead link's row `[✖] https://…` with no status after it.
  rule(
    'link-check-dead',
    raw`^\s*(?:[*✗✘×-] )?\[(?:404|410)\] \[?<?https?://|^\s*\[✖\] \S+ → Status: (?:404|410)|^\s*\[✖\] https?:\/\/\S+$|\bERROR: [1-9]\d* dead links? found`,
    80
  ),
  // helm lint's finding under the chart it lints (`==> Linting ./chart`, then `[ERROR] templates/:
  // parse error at …`, `[ERROR] Chart.yaml: chart type is not valid in apiVersion 'v1'`).
  rule('helm-lint-error', raw`^\[ERROR\] [\w./-]{1,200}: \S`, 78, {
    context: { after: raw`^==> Linting \S`, within: 50 }
  }),
  // knip's report of unused code: a section per kind, with its count (`Unused files (70)`,
  // `Unused exports (423)`, `Unlisted dependencies (2)`).
  rule(
    'knip-section',
    raw`^(?:Unused (?:files|dependencies|devDependencies|optionalPeerDependencies|exports|exported types|exported enum members|enum members|class members|catalog entries)|Unlisted (?:dependencies|binaries)|Unresolved imports|Duplicate exports) \([1-9]\d*\)$`,
    78
  ),
  // A lock file that is not up to date is a dependency issue (PAT-006), not a generated file to rerun.
  rule(
    'stale-generated-files',
    raw`(?<!(?:\block ?file|\.lock|-lock\.ya?ml|lock\.json|\.lockb) )\b(?:is|are) not up[- ]to[- ]date\b.{0,80}\b[Rr]un\b`,
    60
  ),
  // Bounded, narrow gaps only: an open `\S*` before `.{0,80}` costs cubic time on `lint"lint"…`.
  rule(
    'lint-script-failed',
    raw`(?<!\.)\blint[\w:-]{0,30}\b(?!\.\w+\.).{0,80}(?<!\b0 [\w()]{1,20} )\bfail(?:ed|ure|s)?\b|\bfail(?:ed|ure)?\b.{0,80}(?<!\.)\blint(?![\w:-]{0,30}\.\w+\.)`,
    55,
    {
      flags: 'i',
      context: { level: ['error', 'none'] }
    }
  )
]

const infrastructure: RuleSpec[] = [
  // LuaRocks could not download a rock server's manifest (`Warning: Failed searching manifest:
  // Failed downloading https://luarocks.org - …`): it says so as a warning, then finds no rock.
  rule(
    'luarocks-manifest-unreachable',
    raw`^(?:Warning: )?Failed searching manifest: Failed (?:downloading|fetching manifest for) https?://`,
    70
  ),
  // BuildKit's remote layer cache (the GitHub Actions backend, a registry) lost a blob it had
  // listed: the cache service failed, not the build; a rerun passes.
  rule('buildkit-cache-blob-missing', raw`failed to compute cache key: blob not found`, 70),
  rule(
    'disk-full',
    raw`No space left on device|\bENOSPC\b|There is not enough space on the disk|disk quota exceeded`,
    95,
    { flags: 'i' }
  ),
  rule(
    'out-of-memory',
    raw`(?:Cannot allocate memory|JavaScript heap out of memory|java\.lang\.OutOfMemoryError|The runner has run out of memory|Killed signal terminated program|internal compiler error: Killed \(program \w+\)|^Received "killed" signal$)`,
    80
  ),
  rule(
    'runner-lost',
    raw`(?:lost communication with the server|The runner has received a shutdown signal|hudson\.remoting\.(?:Channel\$OrderlyShutdown|ChannelClosedException|RequestAbortedException)|(?:Agent|Slave) went offline|^ERROR: Connection was broken: |Remote call on \S+ failed|The self-hosted runner: \S+ lost|The hosted runner encountered an error while running your job|Exited with status -1 \(agent lost\))`,
    92
  ),
  // GitHub never started the job: no runner with its labels came online, or the account's
  // billing stopped hosted runners.
  rule(
    'gha-job-not-started',
    raw`This request was automatically failed because there were no enabled runners online|The job was not started because (?:recent account payments have failed|your account is locked)|The job was not acquired by Runner of type \w+ even after multiple attempts|No runner matching the specified labels was found`,
    90
  ),
  // The same in other services' words: no agent of the pool meets the job's demands (Azure
  // Pipelines), no runner online that can take it (GitLab's stuck job).
  rule(
    'no-agent-for-job',
    raw`No agent found in pool \S.{0,200}? which satisfies the (?:following demand|specified demands)|This job is stuck because (?:the project doesn't have any runners online|you don't have any active runners)`,
    90
  ),
  // Another run holds the Terraform state: the job can simply run again once it is released.
  rule('terraform-state-locked', raw`^(?:│ )?Error: Error acquiring the state lock`, 80),
  rule('connection-reset', raw`(?:connection reset by peer|\bECONNRESET\b|Connection reset)`, 78, { flags: 'i' }),
  // An HTTP/2 stream the server or a proxy reset mid-transfer: Go's `stream error: stream ID 23;
  // INTERNAL_ERROR; received from peer` (a module zip from proxy.golang.org), curl's `HTTP/2
  // stream 1 was not closed cleanly: INTERNAL_ERROR`, gRPC's `Received RST_STREAM with code 2`.
  rule(
    'http2-stream-reset',
    raw`\bstream error: stream ID \d+; [A-Z_]+|HTTP/2 stream \d+ was not closed cleanly|Received RST_STREAM with (?:error )?code`,
    78
  ),
  rule('tls-timeout', raw`TLS handshake timeout|SSL_ERROR_SYSCALL|Received fatal alert|handshake_failure`, 78),
  rule(
    'dns',
    raw`Could(?: not|n't) resolve host|Temporary failure in name resolution|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|Name or service not known|no such host|dial tcp: lookup \S+(?: on \S+)?: (?:server misbehaving|read udp|i/o timeout)`,
    78
  ),
  rule(
    'http-5xx',
    raw`\b(?:500 Internal Server Error|502 Bad Gateway|503 Service Unavailable|504 Gateway Time-?out)\b|returned error ?: 5\d\d\b|status code:? 5\d\d\b|HTTP (?:status|code|error) 5\d\d\b`,
    78,
    { flags: 'i' }
  ),
  // `unexpected EOF` from a parser (helm's `parse error at (a.yaml:301): unexpected EOF`) is the input's.
  rule(
    'empty-reply',
    raw`Empty reply from server|(?<!\b(?:parse|syntax) error\b.{0,300})unexpected EOF|early EOF|The remote end hung up unexpectedly|RPC failed; curl \d+|HTTP/2 stream \d+ was not closed cleanly`,
    76
  ),
  rule(
    'connect-timeout',
    raw`\b(?:Connection timed out|connect timeout|Connect timeout|ETIMEDOUT|ESOCKETTIMEDOUT|Read timed out|i/o timeout|operation timed out)\b`,
    74
  ),
  rule(
    'connect-failed',
    raw`Could not create connection to|Couldn't establish HTTP connection|Failed to connect to \S+ port \d+|unable to access '\S+': Failed to connect`,
    78
  ),
  rule('connection-refused', raw`\bConnection refused\b|\bECONNREFUSED\b`, 58),
  rule(
    'rate-limited',
    raw`API rate limit exceeded|\b429 Too Many Requests\b|toomanyrequests:|secondary rate limit`,
    80,
    { flags: 'i' }
  ),
  rule(
    'maven-transfer-network',
    raw`Could not transfer (?:artifact|metadata) .{0,300}(?:Transfer failed|Connect(?:ion)? (?:to|timed|refused|reset)|status code: 5\d\d|\b50[234]\b|Remote host terminated)`,
    78
  ),
  // GitHub's runner could not fetch an action's archive before the job's first step (it retries
  // as warnings, then fails with the same error): the service refused or did not answer in time.
  rule(
    'gha-action-download',
    raw`Failed to download action '\S{1,500}'\. Error:? (?:Response status code does not indicate success: (?:401|403|429|5\d\d)\b|The operation was canceled|.{0,200}\b(?:timed out|Connection reset|SSL connection))`,
    80
  ),
  rule('jenkins-clone-failed', raw`^ERROR: Error (?:cloning|fetching) remote repo`, 70),
  rule('exit-137', raw`(?:exited with|exit code|exit status|status \()\s*137\b`, 70),
  // SIGTERM (143) on a CI runner: the runner or its host stopped the process (resource
  // pressure, a shutdown); a time limit says so in its own words, which outweigh this.
  rule('exit-143', raw`(?:exited with|exit code|exit status|status \()\s*143\b`, 60),
  rule('hash-sum-mismatch', raw`Hash Sum mismatch`, 74),
  // A CI service stopping a container over its memory: Bitbucket's `Container 'Build' exceeded
  // memory limit.`, CircleCI's `Your build has exceeded the memory limit of 4G on 1 container.`
  rule(
    'memory-limit-exceeded',
    raw`\bexceeded (?:its |the )?memory limit\b|\b[Mm]emory limit (?:exceeded|reached)\b`,
    80
  ),
  rule(
    'ruby-fetch-error',
    raw`Gem::RemoteFetcher::(?:FetchError|UnknownHostError)|Bundler::HTTPError|Net::(?:Open|Read|Write)Timeout`,
    78
  ),
  rule(
    'pip-connection-broken',
    raw`after connection broken by '(?:NewConnectionError|ConnectTimeoutError|ReadTimeoutError|ProtocolError|SSLError)`,
    89,
    { warningsCount: true }
  ),
  rule(
    'python-connection-pool',
    raw`(?:ReadTimeoutError|ConnectTimeoutError|NewConnectionError)\b.{0,20}HTTPS?ConnectionPool`,
    78
  ),
  // The exception a Python HTTP client raises when the server cannot be reached or does not
  // answer in time (`requests.exceptions.ConnectionError: HTTPSConnectionPool(…)`,
  // `httpx.ReadTimeout: timed out`, `urllib.error.URLError: <urlopen error …>`): the network,
  // not the program, though its words are a timeout's.
  rule(
    'python-http-client-error',
    raw`^(?:requests\.exceptions\.(?:ConnectionError|ConnectTimeout|ReadTimeout|Timeout|SSLError|ProxyError|ChunkedEncodingError)|httpx\.(?:ConnectError|ConnectTimeout|ReadTimeout|WriteTimeout|PoolTimeout|ReadError|RemoteProtocolError|ProxyError)|httpcore\.(?:ConnectError|ConnectTimeout|ReadTimeout|ReadError)|aiohttp\.client_exceptions\.(?:ClientConnectorError|ServerDisconnectedError|ServerTimeoutError|ClientOSError)|urllib\.error\.URLError|urllib3\.exceptions\.(?:MaxRetryError|NewConnectionError|ReadTimeoutError|ConnectTimeoutError|ProtocolError)|socket\.gaierror): \S`,
    78
  ),
  // Node's fetch (undici) says only `TypeError: fetch failed`; its `[cause]` names the network
  // error (ECONNREFUSED, ENOTFOUND, UND_ERR_CONNECT_TIMEOUT). No type error of the program.
  rule('node-fetch-failed', raw`^(?:Uncaught )?TypeError: fetch failed$`, 72),
  rule('link-check-unreachable', raw`^\s*(?:[*✗✘×-] )?\[(?:5\d\d|ERROR|ERR|TIMEOUT)\] \[?<?https?://`, 60),
  // NuGet's restore cannot reach a feed (NU1301, `Unable to load the service index for source
  // https://api.nuget.org/v3/index.json.`): the network or the feed, not the project. As a warning
  // (NU1801, a source restore may ignore) it fails nothing.
  rule(
    'nuget-feed-unreachable',
    raw`(?:\berror[ (]|^)NU1301: |\berror: Unable to load the service index for source\b`,
    82
  ),
  // Haskell's http-client (stack, cabal's pantry, cachix) prints the whole request it failed,
  // `HttpExceptionRequest Request { host = … }`, then the exception content on its own line:
  // ` ConnectionTimeout`, ` (ConnectionFailure Network.Socket.getAddrInfo …`,
  // ` (InternalException … resource vanished …)`. A short paste may keep only the record's last
  // fields (`requestVersion       = HTTP/1.1`, `}`), which name the client as well.
  rule(
    'haskell-http-exception',
    raw`^\s*\(?(?:ConnectionTimeout|ResponseTimeout|ConnectionFailure |InternalException |ConnectionClosed\b|NoResponseDataReceived\b|TlsException\b)`,
    80,
    {
      context: {
        after: raw`\bHttpExceptionRequest Request \{|^\s*(?:requestVersion|responseTimeout|redirectCount|proxySecureMode)\s+= \S`,
        within: 40
      }
    }
  ),
  rule('registry-unavailable', raw`(?:registry|repository|mirror) .{0,60}(?:unavailable|is down|not reachable)`, 60, {
    flags: 'i'
  })
]

/** The built-in patterns PAT-001…PAT-008 of DESIGN §3. */
export const DEFAULT_PATTERNS: readonly PatternSpec[] = [
  { id: 'PAT-001', name: 'Compilation failure', severity: 'critical', enabled: true, rules: compilation },
  { id: 'PAT-002', name: 'Test failure', severity: 'high', enabled: true, rules: tests },
  { id: 'PAT-003', name: 'Security vulnerability', severity: 'critical', enabled: true, rules: security },
  { id: 'PAT-004', name: 'License compliance', severity: 'medium', enabled: true, rules: licensing },
  { id: 'PAT-005', name: 'Timeout', severity: 'medium', enabled: true, rules: timeout },
  { id: 'PAT-006', name: 'Dependency issue', severity: 'high', enabled: true, rules: dependency },
  { id: 'PAT-007', name: 'Lint or format violation', severity: 'medium', enabled: true, rules: lint },
  { id: 'PAT-008', name: 'Infrastructure flake', severity: 'low', enabled: true, rules: infrastructure }
]
