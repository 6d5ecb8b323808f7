/**
 * Failure families told by many tools, as short excerpts written from the tools' own message
 * formats (the way they are pasted into issues) and a few as whole GitHub job logs. Each case
 * names the pattern and marks with `⟫` the lines a person would quote. These are unit tests of
 * families: most tools here are ones the catalogue has no rule for, or a wording its rules do
 * not cover, so a case passes only through the locator's family cues and the step hints; the
 * last group pins tool formats the catalogue learned from the tools' own documented output.
 */

export interface FamilyCase {
  name: string
  /** The expected primary pattern; `null` for a log where nothing failed. */
  want: string | null
  log: string
}

const c = (name: string, want: string | null, log: string): FamilyCase => ({ name, want, log })

export const FAMILY_CASES: FamilyCase[] = [
  // PAT-001 compilation
  c(
    'dart compile error',
    'PAT-001',
    `Compiling lib/main.dart for the Web...
⟫lib/main.dart:12:7: Error: The getter 'colour' isn't defined for the class 'Theme'.
 - 'Theme' is from 'package:app/theme.dart' ('lib/theme.dart').
Try correcting the name to the name of an existing getter, or defining a getter or field named 'colour'.
    theme.colour;
          ^^^^^^
Error: Compilation failed.`
  ),
  c(
    'ocaml unbound value',
    'PAT-001',
    `File "bin/main.ml", line 3, characters 14-20:
3 |   print_endline greet
                  ^^^^^^
⟫Error: Unbound value greet
make: *** [Makefile:4: build] Error 1`
  ),
  c(
    'webpack module parse failed',
    'PAT-001',
    `asset main.js 1.2 KiB [emitted] (name: main)
⟫ERROR in ./src/index.js 7:14
Module parse failed: Unexpected token (7:14)
You may need an appropriate loader to handle this file type, currently no loaders are configured to process this file.
webpack 5.90.0 compiled with 1 error in 321 ms`
  ),
  c(
    'scala 3 type mismatch',
    'PAT-001',
    `[info] compiling 12 Scala sources to /home/runner/work/app/target/scala-3.3.1/classes ...
⟫[error] -- [E007] Type Mismatch Error: /home/runner/work/app/src/main/scala/App.scala:14:22
[error] 14 |    val n: Int = "seven"
[error]    |                 ^^^^^^^
[error]    |                 Found:    ("seven" : String)
[error]    |                 Required: Int
[error] one error found
[error] (Compile / compileIncremental) Compilation failed`
  ),
  c(
    'zig undeclared identifier',
    'PAT-001',
    `⟫src/main.zig:5:5: error: use of undeclared identifier 'prnt'
    prnt("hello", .{});
    ^~~~
error: the following command failed with 1 compilation errors:`
  ),
  c(
    'bazel compile',
    'PAT-001',
    `INFO: Analyzed target //src:app (3 packages loaded, 12 targets configured).
⟫src/app.cc:9:3: error: 'printf_s' was not declared in this scope; did you mean 'printf'?
    9 |   printf_s("x");
      |   ^~~~~~~~
ERROR: /home/runner/work/x/src/BUILD:1:10: Compiling src/app.cc failed: (Exit 1): gcc failed: error executing command
Target //src:app failed to build
INFO: Build did NOT complete successfully`
  ),
  c(
    'xcode build failed',
    'PAT-001',
    `CompileSwift normal arm64 /Users/runner/work/App/Sources/View.swift
⟫/Users/runner/work/App/Sources/View.swift:22:9: error: cannot find 'titel' in scope
        titel = "x"
        ^~~~~
** BUILD FAILED **

The following build commands failed:
	CompileSwift normal arm64 /Users/runner/work/App/Sources/View.swift
(1 failure)`
  ),

  c(
    'compiler driver without its input under ninja',
    'PAT-001',
    `[3/12] Compiling C object 'src/libapp.a.p/config.c.o'.
FAILED: src/libapp.a.p/config.c.o
cc -Isrc -Ibuild -fdiagnostics-color=always -O0 -g -MD -MQ src/libapp.a.p/config.c.o -c ../src/config.c
⟫cc: error: ../src/config.c: No such file or directory
⟫cc: fatal error: no input files
compilation terminated.
ninja: build stopped: subcommand failed.`
  ),
  c(
    'clang driver rejects an option',
    'PAT-001',
    `[ 12%] Building CXX object CMakeFiles/app.dir/src/main.cpp.o
⟫clang++: error: unknown argument: '-fno-plt-x'
make[2]: *** [CMakeFiles/app.dir/build.make:76: CMakeFiles/app.dir/src/main.cpp.o] Error 1`
  ),
  c(
    'clojure cli syntax error compiling',
    'PAT-001',
    `Running tests in #{"test"}
⟫Syntax error compiling at (app/handler.clj:42:7).
Unable to resolve symbol: render-page in this context

Full report at:
/tmp/clojure-1234567890.edn`
  ),
  c(
    'leiningen reader error on teamcity',
    'PAT-001',
    `[09:14:02]:      [do] test (6s)
[09:14:02]:          [test] compile
⟫[09:14:08]:          [test] Exception in thread "main" java.lang.RuntimeException: EOF while reading, starting at line 4, compiling:(app/core_test.clj:9:1)
[09:14:08]:          [test]     at clojure.lang.Compiler.load(Compiler.java:7071)`
  ),
  c(
    'EDG-style compiler error (Green Hills, TI, Sun, Wind River)',
    'PAT-001',
    `Compiling uart.c because uart.o does not exist
⟫".\\src\\io\\uart.c", line 88: error #137: expression must be a modifiable lvalue
      UART_BASE = addr;
      ^

1 error detected in the compilation of ".\\src\\io\\uart.c".`
  ),
  c(
    'IAR compiler error',
    'PAT-001',
    `Building configuration: fw - Release
adc.c
⟫"C:\\fw\\src\\adc.c",57  Error[Pe513]: a value of type "int *" may not be used to initialize an entity of type "uint16_t *"
Error while running C/C++ Compiler`
  ),
  c(
    'EDG-style compiler warning only',
    null,
    `".\\src\\a.c", line 3: warning #550-D: variable "x" was set but never used
Build finished: 0 errors, 1 warning`
  ),
  c(
    "a configure script's probes",
    null,
    `checking for getaddrinfo... yes
checking whether the C compiler works... yes
checking for socket timeout support... no
checking for library containing crypt... none required
-- Performing Test HAVE_STD_ATOMIC_WITHOUT_LIB - Failed
-- Looking for pthread_create in pthreads - not found
-- Configuring done`
  ),
  c(
    "xmllint's parser error",
    'PAT-001',
    `⟫xml/site.xml:5: parser error : Opening and ending tag mismatch: font line 4 and body
</body>
      ^`
  ),
  // PAT-002 tests
  c(
    "a test runner's row: the target, a gap, FAILED and the time it took",
    'PAT-002',
    `$ suite run --all
unit/parser_spec                 PASSED in 0.9s
⟫unit/lexer_spec                  FAILED in 2 out of 3 in 4.1s
unit/eval_spec                   PASSED in 1.2s`
  ),
  c(
    "a test runner's rows where every target passed, one of them flaky",
    null,
    `$ suite run --all
unit/parser_spec                 PASSED in 0.9s
unit/lexer_spec                  FLAKY, failed in 1 out of 3 in 4.1s
unit/eval_spec                   (cached) PASSED in 1.2s`
  ),
  c(
    'an assertion that names its operator or its expression',
    'PAT-002',
    `$ ./check
Running 12 checks
⟫Assertion with === failed
  left: 3
  right: 4`
  ),
  c(
    "a runner's count of the tests that fail",
    'PAT-002',
    `$ ./test
⟫ran 40 cases: 38 pass and 2 fails`
  ),
  c(
    "a TAP run's passed tests named for failures",
    null,
    `ok 1 - fails on bad input
ok 2 - reports vulnerability CVE-2024-1234 as high
1..2
# pass 2`
  ),
  c(
    "mocha's passed tests named for failures",
    null,
    `  licence policy
    ✔ throws a SyntaxError on bad JSON
    ✔ flags the GPL-3.0 licence as not allowed

  2 passing (8ms)`
  ),
  c(
    'gleeunit numbered failure',
    'PAT-002',
    `  Compiling app
   Compiled in 0.41s
    Running app_test.main
⟫1) app_test.parses_empty_input_test
     Pattern match failed, no pattern matched the value.
        value: Error(Nil)
     location: app_test.parses_empty_input_test:14
     stacktrace:
       app_test.parses_empty_input_test
     output:`
  ),
  c(
    'go test t.Errorf lines',
    'PAT-002',
    `=== RUN   TestParse/empty
=== RUN   TestParse/quoted
⟫    parse_test.go:41: Parse("\\"a b\\"") returned 2 fields, want 1
=== RUN   TestParse/trailing_comma`
  ),
  c(
    'googletest',
    'PAT-002',
    `[ RUN      ] MathTest.Adds
⟫/home/runner/work/calc/test/math_test.cc:12: Failure
Expected equality of these values:
  add(2, 2)
    Which is: 5
  4
⟫[  FAILED  ] MathTest.Adds (0 ms)
[----------] 1 test from MathTest (0 ms total)
[  PASSED  ] 3 tests.
[  FAILED  ] 1 test, listed below:
[  FAILED  ] MathTest.Adds`
  ),
  c(
    'ginkgo',
    'PAT-002',
    `Running Suite: Cache Suite - /home/runner/work/cache
Random Seed: 1700000000
Will run 5 of 5 specs
••
⟫[FAIL] Cache when the entry expired [It] returns a miss
/home/runner/work/cache/cache_test.go:41

  Expected
      <bool>: true
  to be false
••
Summarizing 1 Failure:
  [FAIL] Cache when the entry expired [It] returns a miss
Ran 5 of 5 Specs in 0.012 seconds
FAIL! -- 4 Passed | 1 Failed | 0 Pending | 0 Skipped`
  ),
  c(
    'cargo nextest',
    'PAT-002',
    `    Starting 14 tests across 2 binaries
        PASS [   0.004s] mycrate tests::parses
⟫        FAIL [   0.005s] mycrate tests::rounds_half_up
--- STDOUT:              mycrate tests::rounds_half_up ---
thread 'tests::rounds_half_up' panicked at src/lib.rs:40:9:
assertion \`left == right\` failed
  left: 2
 right: 3
     Summary [   0.010s] 14 tests run: 13 passed, 1 failed, 0 skipped
error: test run failed`
  ),
  c(
    'playwright',
    'PAT-002',
    `Running 6 tests using 2 workers
  ✓  1 [chromium] › home.spec.ts:3:5 › has title (1.2s)
⟫  ✘  2 [chromium] › login.spec.ts:8:5 › logs in (5.1s)

  1) [chromium] › login.spec.ts:8:5 › logs in ──────────────────────────────

    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()

  1 failed
    [chromium] › login.spec.ts:8:5 › logs in
  5 passed (9.8s)`
  ),
  c(
    'deno test',
    'PAT-002',
    `running 3 tests from ./math_test.ts
add ... ok (1ms)
⟫sub ... FAILED (2ms)

 ERRORS 

sub => ./math_test.ts:8:6
error: AssertionError: Values are not equal.

FAILED | 2 passed | 1 failed (12ms)

error: Test failed`
  ),
  c(
    'bun test',
    'PAT-002',
    `bun test v1.1.0
math.test.ts:
✓ adds [0.21ms]
⟫(fail) subtracts [0.40ms]
error: expect(received).toBe(expected)
Expected: 1
Received: 3

 1 pass
 1 fail
Ran 2 tests across 1 files. [12.00ms]`
  ),
  c(
    'julia test',
    'PAT-002',
    `     Testing Running tests...
⟫Test Failed at /home/runner/work/Pkg.jl/test/runtests.jl:5
  Expression: add(1, 1) == 3
   Evaluated: 2 == 3
Test Summary: | Pass  Fail  Total
arith         |    4     1      5
ERROR: LoadError: Some tests did not pass: 4 passed, 1 failed, 0 errored, 0 broken.`
  ),
  c(
    'catch2',
    'PAT-002',
    `-------------------------------------------------------------------------------
Vector grows
-------------------------------------------------------------------------------
/home/runner/work/v/tests/vec.cpp:14
...............................................................................

⟫/home/runner/work/v/tests/vec.cpp:18: FAILED:
  REQUIRE( v.size() == 4 )
with expansion:
  3 == 4

===============================================================================
test cases: 7 | 6 passed | 1 failed
assertions: 30 | 29 passed | 1 failed`
  ),
  c(
    'pest',
    'PAT-002',
    `   PASS  Tests\\Unit\\ExampleTest
  ✓ that true is true

⟫   FAIL  Tests\\Feature\\LoginTest
  ⨯ it logs the user in                                                    0.21s
  ───────────────────────────────────────────────────────────────────────────
   FAILED  Tests\\Feature\\LoginTest > it logs the user in
  Expected response status code [200] but received 500.

  Tests:    1 failed, 1 passed (2 assertions)`
  ),
  c(
    'cucumber',
    'PAT-002',
    `Feature: Checkout
  Scenario: pay with card
    Given a cart with 2 items
⟫    Then the total is 30
      expected: 30
           got: 25 (RSpec::Expectations::ExpectationNotMetError)

Failing Scenarios:
cucumber features/checkout.feature:3 # Scenario: pay with card

1 scenario (1 failed)
3 steps (1 failed, 2 passed)`
  ),
  c(
    'bats',
    'PAT-002',
    `1..2
ok 1 prints usage
⟫not ok 2 adds two numbers
# (in test file test/add.bats, line 7)
#   \`[ "$output" = "4" ]' failed

2 tests, 1 failure`
  ),
  c(
    'tox summary',
    'PAT-002',
    `py311: commands[0]> pytest -q
..F.
=================================== FAILURES ===================================
_________________________________ test_ratio __________________________________
    def test_ratio():
⟫       assert ratio(1, 3) == 0.34
⟫E       assert 0.3333333333333333 == 0.34
tests/test_calc.py:6: AssertionError
=========================== short test summary info ============================
FAILED tests/test_calc.py::test_ratio - assert 0.3333333333333333 == 0.34
1 failed, 3 passed in 0.05s
py311: exit 1 (0.40 seconds) /home/runner/work/calc> pytest -q pid=2012
  py311: FAIL code 1 (1.10=setup[0.70]+cmd[0.40] seconds)
  evaluation failed :( (1.15 seconds)`
  ),

  c(
    'coverage gate below its threshold after passing tests',
    'PAT-002',
    `ok  \texample.com/units\t0.012s\tcoverage: 61.2% of statements
ok  \texample.com/units/parse\t0.020s\tcoverage: 88.0% of statements
⟫total coverage is below threshold: 61.2% < 80%`
  ),
  c(
    'a banner that heads the list of failed tests, the failure listed under it',
    'PAT-002',
    `Running 31 tests from test_ring.c
-----------------------
RING BUFFER FAILED TEST SUMMARY
-----------------------
test_ring.c:12:test_empty_pop:IGNORE: pending
-----------------------
⟫test_ring.c:57:test_wraps_at_capacity:FAIL: Expected 16 Was 0
-----------------------
31 Tests 1 Failures 1 Ignored`
  ),
  c(
    "bun test's closing counts, the failures counted on a line of their own",
    'PAT-002',
    `bun test v1.1.8 (89d25807)

 41 pass
⟫ 2 fail
 97 expect() calls
Ran 43 tests across 9 files. [1.31s]`
  ),
  c(
    "bun test's closing counts with no failure, in a run that passed",
    null,
    `bun test v1.1.8 (89d25807)

 43 pass
 0 fail
 97 expect() calls
Ran 43 tests across 9 files. [1.31s]`
  ),
  c(
    "Swift Testing's expectation failure under xcodebuild, before the test's, suite's and run's verdicts",
    'PAT-002',
    `Testing started
􀟈 Test run started.
􀄵 Testing Library Version: 124
􀟈 Suite ParserTests started.
􀟈 Test "parses empty input" started.
⟫􀢄 Test "parses empty input" recorded an issue at ParserTests.swift:21:5: Expectation failed: (tokens.count → 1) == 0
􀄵 Empty input has no tokens
􀢄 Test "parses empty input" failed after 0.002 seconds with 1 issue.
􀢄 Suite ParserTests failed after 0.004 seconds with 1 issue.
􀢄 Test run with 6 tests in 1 suite failed after 0.004 seconds with 1 issue.`
  ),
  c(
    'nix check throw under a bare error header',
    'PAT-002',
    `$ nix flake check
error:
       … while evaluating the attribute 'checks.x86_64-linux.unit'
         at /nix/store/0a1b2c3d-source/flake.nix:20:7:
           19|     checks.x86_64-linux = {
           20|       unit = lib.runTests tests;
             |       ^

       … while calling the 'throw' builtin
         at /nix/store/0a1b2c3d-source/lib/tests.nix:9:5:
            8|   in if failures == [ ] then pass
            9|   else throw "tests failed: \${lib.concatStringsSep ", " failures}";
             |     ^

⟫       error: tests failed: testParseVersion, testCompareVersions`
  ),
  // PAT-003 security
  c(
    "a build that failed on its audit, under the build's verdict",
    'PAT-003',
    `Run dotnet build
  Determining projects to restore...
⟫/src/App/App.csproj : error SCA042: Package Contoso.Json 2.1.0 has 1 known critical vulnerability
  Restored /src/App.Tests/App.Tests.csproj (in 2.1 sec).

Build FAILED.

⟫/src/App/App.csproj : error SCA042: Package Contoso.Json 2.1.0 has 1 known critical vulnerability
    0 Warning(s)
    1 Error(s)`
  ),
  c(
    'find-sec-bugs through spotbugs under maven',
    'PAT-003',
    `[INFO] --- spotbugs-maven-plugin:4.8.3.1:check (default) @ app ---
[INFO] BugInstance size is 1
[INFO] Error size is 0
[INFO] Total bugs: 1
⟫[ERROR] Medium: This use of java/sql/Statement.executeQuery(Ljava/lang/String;)Ljava/sql/ResultSet; can be vulnerable to SQL injection [com.example.UserDao] At UserDao.java:[line 31] SQL_INJECTION_JDBC
[INFO] ------------------------------------------------------------------------
[INFO] BUILD FAILURE`
  ),
  c(
    'zizmor workflow audit finding',
    'PAT-003',
    `$ zizmor .github/workflows/
⟫error[dangerous-triggers]: use of fundamentally insecure workflow trigger
  --> .github/workflows/pr.yml:3:1
   |
 3 | on: pull_request_target
   | ^^^^^^^^^^^^^^^^^^^^^^^ pull_request_target is almost always used insecurely
   |
   = note: audit confidence → Medium

1 finding: 0 unknown, 0 informational, 0 low, 0 medium, 1 high`
  ),
  c(
    'cargo vet unaudited crates',
    'PAT-003',
    `Vetting Failed!

2 unvetted dependencies:
⟫  syn:2.0.48 missing ["safe-to-deploy"]
  libc:0.2.153 missing ["safe-to-deploy"]`
  ),
  c(
    'KICS action results exit code',
    'PAT-003',
    `Run checkmarx/kics-github-action@v2
⟫Error: KICS scan failed with exit code 40`
  ),
  c(
    'pip-audit',
    'PAT-003',
    `⟫Found 2 known vulnerabilities in 1 package
Name  Version ID             Fix Versions
----- ------- -------------- ------------
flask 0.5     PYSEC-2019-179 1.0
flask 0.5     PYSEC-2018-66  0.12.3`
  ),
  c(
    'govulncheck',
    'PAT-003',
    `Scanning your code and 120 packages across 8 dependent modules for known vulnerabilities...

⟫Vulnerability #1: GO-2024-2687
    HTTP/2 CONTINUATION flood in net/http
  More info: https://pkg.go.dev/vuln/GO-2024-2687
  Module: golang.org/x/net
    Found in: golang.org/x/net@v0.21.0
    Fixed in: golang.org/x/net@v0.23.0

Your code is affected by 1 vulnerability from 1 module.`
  ),
  c(
    'bundler-audit',
    'PAT-003',
    `Name: rack
Version: 2.2.3
⟫CVE: CVE-2022-30122
GHSA: GHSA-hxqx-xwvh-44m2
Criticality: High
URL: https://groups.google.com/g/rubyonrails-security/c/L8c1oo3JkPY
Title: Denial of Service Vulnerability in Rack Multipart Parsing
Solution: upgrade to '~> 2.1.4, >= 2.1.4.1', '~> 2.2.3, >= 2.2.3.1', '>= 3.0.0.beta1'

Vulnerabilities found!`
  ),
  c(
    'grype',
    'PAT-003',
    `NAME       INSTALLED  FIXED-IN  TYPE  VULNERABILITY        SEVERITY
⟫openssl    3.0.2      3.0.7     deb   CVE-2022-3602        High
zlib       1.2.11     1.2.12    deb   CVE-2018-25032       High
1 error occurred:
⟫	* discovered vulnerabilities at or above the severity threshold`
  ),
  c(
    'composer audit',
    'PAT-003',
    `⟫Found 2 security vulnerability advisories affecting 1 package:
+-------------------+----------------------------------------------------------------------------------+
| Package           | guzzlehttp/psr7                                                                  |
| Severity          | high                                                                             |
| CVE               | CVE-2023-29197                                                                   |
+-------------------+----------------------------------------------------------------------------------+`
  ),
  c(
    'dotnet vulnerable packages',
    'PAT-003',
    `The following sources were used:
   https://api.nuget.org/v3/index.json

⟫Project \`Api\` has the following vulnerable packages
   [net8.0]:
   Top-level Package      Requested   Resolved   Severity   Advisory URL
   > System.Text.Json     8.0.0       8.0.0      High       https://github.com/advisories/GHSA-hh2w-p6rv-4g7w`
  ),
  c(
    'gitleaks',
    'PAT-003',
    `    ○
    │╲
    │ ○
    ○ ░
    ░    gitleaks

⟫Finding:     aws_secret_access_key = REDACTED
Secret:      REDACTED
⟫RuleID:      aws-access-token
File:        config/dev.env
Line:        3

10:31AM INF scan completed in 120ms
⟫10:31AM WRN leaks found: 1`
  ),

  c(
    'trufflehog unverified secret',
    'PAT-003',
    `🐷🔑🐷  TruffleHog. Unearth your secrets. 🐷🔑🐷

⟫Found unverified result 🐷🔑❓
Detector Type: AWS
Decoder Type: PLAIN
Raw result: AKIAEXAMPLEEXAMPLE00
File: deploy/config.env
Line: 3`
  ),
  // PAT-004 licences
  c(
    'licence checker count of licences off its list',
    'PAT-004',
    `Scanning 214 packages for licences...
GPL-3.0-only: chart-kit@4.1.0
AGPL-3.0: pdf-tools@0.9.2
⟫3 non-permissive licenses found.`
  ),
  c(
    'licence table row crossed in its verdict column',
    'PAT-004',
    `licensecheck --license MIT
                     List Of Packages
┏━━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ Compatible ┃ Package  ┃ License(s)                        ┃
┡━━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩
│ ✔          │ click    │ BSD LICENSE                       │
⟫│ ✖          │ psycopg2 │ GNU LESSER GENERAL PUBLIC LICENSE │
│ ✔          │ requests │ APACHE SOFTWARE LICENSE           │
└────────────┴──────────┴───────────────────────────────────┘`
  ),
  c(
    'licence markdown table row crossed',
    'PAT-004',
    `| allowed | dependency | licence |
|---|---|---|
| ✓ | serde 1.0.200 | MIT OR Apache-2.0 |
⟫| ✗ | libfoo 2.1.0 | GNU General Public License v3 |`
  ),
  c(
    'liccheck unauthorized section',
    'PAT-004',
    `$ liccheck -r requirements.txt
gathering licenses...
24 packages and dependencies.
check authorized packages...
22 packages.
⟫check unauthorized packages...
2 packages.
    chardet (3.0.4): ['GNU Library or Lesser General Public License (LGPL)']
      dependency:
          chardet << requests`
  ),
  c(
    'checkstyle header rule through gradle',
    'PAT-004',
    `> Task :compileJava
> Task :checkstyleMain
⟫[ant:checkstyle] [ERROR] /home/runner/work/app/app/src/main/java/app/Main.java:1: Line does not match expected header line of '^// Copyright \\(C\\) 20\\d\\d Example Corp$'. [RegexpHeader]
[ant:checkstyle] [ERROR] /home/runner/work/app/app/src/main/java/app/Util.java:1: Missing a header - not enough lines in file. [RegexpHeader]`
  ),
  c(
    'gradle license plugin missing header',
    'PAT-004',
    `> Task :licenseMain FAILED
⟫Missing header in: src/main/java/app/Main.java

FAILURE: Build failed with an exception.

* What went wrong:
Execution failed for task ':licenseMain'.
> License violations were found: src/main/java/app/Main.java`
  ),
  c(
    'maven license plugin header warnings then the reactor',
    'PAT-004',
    `[INFO] --- license-maven-plugin:4.3:check (default) @ core ---
[INFO] Checking licenses...
⟫[WARNING] Missing header in: /home/runner/work/svc/svc/core/src/main/java/svc/Api.java
[INFO] ------------------------------------------------------------------------
[INFO] Reactor Summary for svc 1.4.0-SNAPSHOT:
[INFO]
[INFO] svc-parent ......................................... SUCCESS [  0.412 s]
[INFO] core ............................................... FAILURE [  2.035 s]
[INFO] web ................................................ SKIPPED`
  ),
  c(
    'dependency review licences',
    'PAT-004',
    `Dependency review found 0 vulnerable packages.
The following dependencies have incompatible licenses:
package-lock.json » left-pad@1.3.0 – License: WTFPL
⟫##[error]Dependency review detected incompatible licenses.`
  ),
  c(
    'license finder',
    'PAT-004',
    `LicenseFinder::Bundler: is active
⟫Dependencies that need approval:
gpl-lib, 1.0.0, "GNU GPLv3"`
  ),
  c(
    'license maven plugin',
    'PAT-004',
    `[INFO] --- license-maven-plugin:4.1:check (default) @ core ---
[WARNING] Missing header in: /home/runner/work/core/src/main/java/App.java
[INFO] ------------------------------------------------------------------------
[INFO] BUILD FAILURE
[INFO] ------------------------------------------------------------------------
⟫[ERROR] Failed to execute goal com.mycila:license-maven-plugin:4.1:check (default) on project core: Some files do not have the expected license header. Run license:format to update them.`
  ),
  c(
    'reuse missing info',
    'PAT-004',
    `# MISSING COPYRIGHT AND LICENSING INFORMATION

The following files have no copyright and licensing information:
* src/util.py

# SUMMARY

* Bad licenses: 0
* Files with copyright information: 11 / 12
* Files with license information: 11 / 12

⟫Unfortunately, your project is not compliant with version 3.2 of the REUSE Specification :-(`
  ),
  c(
    'go-licenses',
    'PAT-004',
    `W0312 10:01:02.123456    2345 library.go:101] "golang.org/x/sys/unix" contains non-Go code that can't be inspected for further dependencies
⟫E0312 10:01:03.456789    2345 main.go:60] Forbidden license type GNU General Public License v3.0 for library github.com/acme/gpl-lib`
  ),

  // One test case or hook over its own limit: a failed test, whichever runner words it.
  c(
    'jasmine async spec timeout',
    'PAT-002',
    `Started
..F

Failures:
1) UserService fetches the profile
  Message:
⟫    Error: Timeout - Async function did not complete within 5000ms (set by jasmine.DEFAULT_TIMEOUT_INTERVAL)
  Stack:
        at listOnTimeout (node:internal/timers:569:17)

3 specs, 1 failure`
  ),
  c(
    'junit 5 method timeout',
    'PAT-002',
    `[INFO] Running com.example.store.JournalTest
[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 6.02 s <<< FAILURE! - in com.example.store.JournalTest
[ERROR] replaysTheJournal  Time elapsed: 5.01 s  <<< ERROR!
⟫java.util.concurrent.TimeoutException: replaysTheJournal() timed out after 5 seconds
	at org.junit.jupiter.engine.extension.TimeoutExceptionFactory.create(TimeoutExceptionFactory.java:29)`
  ),
  c(
    'nextest test timeout',
    'PAT-002',
    `    Starting 42 tests across 3 binaries
        PASS [   0.012s] store::tests::opens_the_journal
⟫    TIMEOUT [  60.004s] store::tests::replays_the_journal
------------
     Summary [  60.210s] 42 tests run: 41 passed, 1 timed out, 0 skipped
error: test run failed`
  ),

  // A registry's server error told only by npm's error code, and a line quoted alone.
  c('npm error code E502 alone', 'PAT-008', `⟫npm error code E502`),
  c(
    'docker daemon not reachable, quoted alone',
    'PAT-008',
    `⟫Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`
  ),

  // Linters reporting through GitHub annotations, the file in the annotation's properties: the
  // message ends with the linter's or rule's name.
  c(
    'golangci annotations without their files',
    'PAT-007',
    `Running [/home/runner/golangci-lint-1.55.2-linux-amd64/golangci-lint run --out-format=github-actions] in [] ...
⟫##[error]Error return value of \`db.Close\` is not checked (errcheck)
##[error]line is 131 characters (lll)
##[error]Process completed with exit code 1.`
  ),
  c(
    'eslint annotation copied from the web view',
    'PAT-007',
    `Run npx eslint . --format=github
⟫Error: Missing JSDoc comment (jsdoc/require-jsdoc)
Error: Process completed with exit code 1.`
  ),
  c(
    'julia summary counting errored tests',
    'PAT-002',
    `     Testing Running tests...
⟫ERROR: LoadError: Some tests did not pass: 1 passed, 0 failed, 1 errored, 0 broken.`
  ),

  // Lines quoted without the lines that introduce them.
  c(
    'ctest list of failed tests',
    'PAT-002',
    `⟫	  2 - structure-test (Failed)
	  7 - TestLoadDatabase (Failed)
	 19 - test_2d_owsc (Subprocess aborted)`
  ),
  c(
    'gitlab runner stops the script at its time limit',
    'PAT-005',
    `$ ./scripts/integration.sh
Waiting for the cluster...
⟫WARNING: step_script could not run to completion because the timeout was exceeded. For more control over job and script timeouts see: https://docs.gitlab.com/ee/ci/runners/configure_runners.html#set-maximum-job-timeout-for-a-runner`
  ),

  // PAT-005 timeouts
  c(
    "apt's and dpkg's progress installing a package named for a failure word",
    null,
    `Get:12 http://archive.ubuntu.com/ubuntu jammy/universe amd64 timeout amd64 1.2.3 [10.2 kB]
Selecting previously unselected package timeout.
Unpacking timeout (1.2.3) ...
Setting up timeout (1.2.3) ...`
  ),
  c(
    'a Kubernetes Job past its active deadline',
    'PAT-005',
    `$ kubectl wait --for=condition=complete job/e2e --timeout=30m
error: timed out waiting for the condition on jobs/e2e
$ kubectl describe job e2e
Events:
  Type     Reason            Age   From            Message
  ----     ------            ----  ----            -------
  Normal   SuccessfulCreate  31m   job-controller  Created pod: e2e-7k2xq
⟫  Warning  DeadlineExceeded  1m    job-controller  Job was active longer than specified deadline`
  ),
  c(
    'dotnet test blame hang timeout',
    'PAT-005',
    `Starting test execution, please wait...
A total of 1 test files matched the specified pattern.
⟫Data collector 'Blame' message: The specified inactivity time of 10 minutes has elapsed. Collecting hang dumps from testhost and its child processes.
Data collector 'Blame' message: Dumping 4120 - testhost.`
  ),
  c(
    'github step timeout',
    'PAT-005',
    `Running integration suite...
still waiting for the database...
⟫##[error]The action has timed out.`
  ),
  c(
    'cmake message(FATAL_ERROR) naming a tool to install',
    'PAT-006',
    `-- Nerve Configuration Summary:
--   Build Type: Debug
⟫CMake Error at tests/CMakeLists.txt:1644 (message):
⟫  BUILD_TESTS=ON requires pytest for the selected Python interpreter
  (/opt/hostedtoolcache/Python/3.11.15/x64/bin/python3.11).  Install pytest
  or set Python3_EXECUTABLE to an interpreter with pytest.

-- Configuring incomplete, errors occurred!
##[error]Process completed with exit code 1.`
  ),
  c(
    'powershell 7 term not recognized after an install that succeeded',
    'PAT-006',
    `Chocolatey installed 3/3 packages.
redis-server: D:\\a\\_temp\\350de0ba.ps1:3
Line |
   3 |  redis-server --service-install
     |  ~~~~~~~~~~~~
⟫     | The term 'redis-server' is not recognized as a name of a cmdlet, function, script file, or executable program.
     | Check the spelling of the name, or if a path was included, verify that the path is correct and try again.
##[error]Process completed with exit code 1.`
  ),
  c(
    'next lint passing with the linter named in its verdict',
    null,
    `> web@0.1.0 lint
> next lint

✔ No ESLint warnings or errors`
  ),
  c(
    'a concurrency group cancels the run for a newer one',
    'PAT-005',
    `Run npm ci
added 812 packages in 21s
⟫Canceling since a higher priority waiting request for 'CI-refs/heads/main' exists`
  ),
  c(
    'fork refused by the process limit',
    'PAT-008',
    `+ ./scripts/run-shards.sh 64
starting shard 61
⟫./scripts/run-shards.sh: fork: retry: Resource temporarily unavailable
./scripts/run-shards.sh: fork: retry: Resource temporarily unavailable`
  ),
  c(
    'pnpm and npm engine warnings in an install that passed',
    null,
    `Lockfile is up to date, resolution step is skipped
apps/playgrounds/js                      | [WARN] Unsupported engine: wanted: {"node":"24"} (current: {"node":"v26.3.1","pnpm":"11.7.0"})
 WARN  Unsupported engine: wanted: {"node":">=20 <23"} (current: {"node":"v24.1.0","pnpm":"9.15.0"})
npm warn EBADENGINE Unsupported engine {
Done in 4.1s`
  ),
  c(
    "a script's Command failed naming the test command, over vitest's console output",
    'PAT-002',
    `##[group]Run node scripts/release-steps.mjs validate
node scripts/release-steps.mjs validate
##[endgroup]
⟫Step validate failed: Command failed: npm run test:run
stderr | src/__tests__/jobs.test.ts > jobs > getActiveJobs > should include timeout status as not active
[jobs] DEPRECATED: closeJobDb() called without cwd.

stderr | src/hooks/__tests__/bridge.test.ts > hooks > should return undefined for a missing agent
[loadAgentPrompt] Agent prompt file not found
[prompt-injection] Agent role "nonexistent" prompt not found, skipping injection
##[error]Process completed with exit code 1.`
  ),
  c(
    "a download's HTTP 504 in MSBuild's error format, under CMake's FetchContent",
    'PAT-008',
    `  CMake Error at curl-subbuild/curl-populate-prefix/src/curl-populate-stamp/download-curl-populate.cmake:163 (message):
    Each download failed!
CUSTOMBUILD : error : downloading 'https://github.com/curl/curl/releases/download/curl-8_13_0/curl-8.13.0.tar.xz' failed [D:\\a\\app\\build\\_deps\\curl-subbuild\\curl-populate.vcxproj]
          status_string: "HTTP response code said error"
⟫CUSTOMBUILD : The requested URL returned error : 504 [D:\\a\\app\\build\\_deps\\curl-subbuild\\curl-populate.vcxproj]
CMake Error at C:/Program Files/CMake/share/cmake-3.31/Modules/FetchContent.cmake:1918 (message):
  Build step for curl failed: 1
-- Configuring incomplete, errors occurred!
##[error]Process completed with exit code 1.`
  ),
  c(
    "a script's own word that a tool is not found in PATH",
    'PAT-006',
    `##[group]Run python .github/scripts/02b-scrape-ucode.py
python .github/scripts/02b-scrape-ucode.py
##[endgroup]
[02b] Generate ucode documentation (JSDoc)
⟫[02b] FAIL: jsdoc2md not found in PATH — skipping ucode JSDoc steps
##[error]Process completed with exit code 1.`
  ),
  c(
    "biome's one error after its warnings",
    'PAT-007',
    `> biome check .
apps/server/src/db/migrator.ts:43:44 lint/suspicious/noExplicitAny ━━━━━━━━━━━━━━━━━━━━

  ! Unexpected any. Specify a different type.

packages/core/src/schema.ts:85:35 lint/suspicious/noExplicitAny ━━━━━━━━━━━━━━━━━━━━━━━━

  ! Unexpected any. Specify a different type.

pr_comments.json format ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

⟫  × Formatter would have printed the following content:

Checked 24 files in 22ms. No fixes applied.
Found 1 error.
Found 2 warnings.
 ELIFECYCLE  Command failed with exit code 1.
##[error]Process completed with exit code 1.`
  ),
  c(
    'retry action attempt time limit over a cancelled docker build',
    'PAT-005',
    `##[group]Attempt 1
#28 exporting to image
#28 pushing layers 2.6s done
#28 CANCELED
ERROR: failed to build: failed to solve: Canceled: context canceled
##[endgroup]
⟫##[error]Timeout of 3600000ms hit
Post job cleanup.`
  ),
  c(
    'azure job time limit',
    'PAT-005',
    `##[section]Starting: Run tests
Running 1200 tests
⟫##[error]The job running on agent Azure Pipelines 4 ran longer than the maximum time of 60 minutes. For more information, see https://go.microsoft.com/fwlink/?linkid=2077134
##[section]Finishing: Run tests`
  ),
  c(
    'circleci no output',
    'PAT-005',
    `Running tests ...
⟫Too long with no output (exceeded 10m0s): context deadline exceeded`
  ),
  c(
    'jenkins timeout step',
    'PAT-005',
    `+ ./gradlew integrationTest
⟫ Task :integrationTest
⟫Timeout has been exceeded
Cancelling nested steps due to timeout
Sending interrupt signal to process
Finished: ABORTED`
  ),
  c(
    'kubectl wait timeout',
    'PAT-005',
    `deployment.apps/api created
⟫error: timed out waiting for the condition on deployments/api
##[error]Process completed with exit code 1.`
  ),

  c(
    "a build service's verdict that the task was stopped at its time limit",
    'PAT-005',
    `Installing requirements from docs/requirements.txt
Running Sphinx v7.2.6
reading sources... [ 37%] api/reference
writing output... [ 12%] api/index

⟫Job stopped due to a time out`
  ),
  c(
    'a changelog that speaks of builds stopped at a time limit, in a run that passed',
    null,
    `## 3.2.0
- builds that exited due to time out are now retried once
- the job no longer stopped due to time out while idle (#412)
- docs: typo fixes`
  ),
  // PAT-006 dependencies
  c(
    "the go command's own error, not a compiler's row",
    'PAT-006',
    `$ go build ./...
⟫go: errors parsing go.mod:
/src/go.mod:5: unknown directive: toolchian`
  ),
  c(
    "the go command's progress, a toolchain switch and a deprecated module",
    null,
    `$ go mod download
go: downloading github.com/foo/bar v1.2.3
go: github.com/foo/bar@v1.2.0 requires go >= 1.21; switching to go1.21.5
go: module github.com/golang/protobuf is deprecated: Use the "google.golang.org/protobuf" module instead.
go: added github.com/foo/bar v1.2.3`
  ),
  c(
    "a bundler that cannot resolve a package's import (a bare name, not a path)",
    'PAT-006',
    `$ node build.mjs
⟫Error: Failed to resolve import 'lit/decorators.js' while bundling src/app.ts`
  ),
  c(
    'a Gradle plugin built for another Gradle (a JVM linkage error)',
    'PAT-006',
    `FAILURE: Build failed with an exception.

* Where:
Build file '/home/runner/work/app/app/build.gradle' line: 4

* What went wrong:
An exception occurred applying plugin request [id: 'org.example.docs', version: '2.1.0']
> Failed to apply plugin 'org.example.docs'.
⟫   > java.lang.NoSuchMethodError: 'org.gradle.api.file.DirectoryProperty org.gradle.api.Project.getLayoutDirectory()'

* Try:
> Run with --stacktrace option to get the stack trace.

BUILD FAILED in 6s`
  ),
  c(
    'a build task whose cause chain names conflicting module versions',
    'PAT-006',
    `* What went wrong:
Execution failed for task ':lib:compileGroovy'.
> java.lang.ExceptionInInitializerError (no error message)

* Try:
Run with --stacktrace option to get the stack trace.

Caused by: java.lang.ExceptionInInitializerError
        at org.gradle.api.internal.tasks.compile.ApiGroovyCompiler.execute(
        ... 2 more
⟫Caused by: groovy.lang.GroovyRuntimeException: Conflicting module versions. Module [groovy-xml is loaded in version 3.0.9 and you are trying to load version 3.0.13
        ... 9 more`
  ),
  c(
    'a package build that says a dependency is missing',
    'PAT-006',
    `raco setup: --- building documentation ---
⟫use of package not previously built: "rackunit-lib"; maybe a dependency is missing, or maybe the package failed to build on its own`
  ),
  c(
    "Stack's build plan that cannot be constructed",
    'PAT-006',
    `⟫Error: While constructing the build plan, the following exceptions were encountered:

In the dependencies for mylib-0.1.0.0:
    text-2.0.2 from stack configuration does not match >=1.2 && <2.0  (latest matching version is 1.2.5.0)
needed since mylib is a build target.`
  ),
  c(
    'a Ruby other than the Gemfile names',
    'PAT-006',
    `Run bundle exec rake spec
⟫Your Ruby version is 3.1.4, but your Gemfile specified 3.3.0
Error: Process completed with exit code 18.`
  ),
  c(
    "Composer's PHP version problem under its banner",
    'PAT-006',
    `$ composer install --no-interaction
Loading composer repositories with package information
Updating dependencies
Your requirements could not be resolved to an installable set of packages.

  Problem 1
⟫    - Root composer.json requires php ^8.3 but your php version (8.2.20) does not satisfy that requirement.`
  ),
  c(
    'a JDK newer than the build tool reads',
    'PAT-006',
    `> Task :compileJava FAILED

FAILURE: Build failed with an exception.

* What went wrong:
Could not open settings generic class cache for settings file '/home/runner/work/app/settings.gradle'
⟫> BUG! exception in phase 'semantic analysis' in source unit '_BuildScript_' Unsupported class file major version 67`
  ),
  c(
    'go.mod requires a newer go than the one running',
    'PAT-006',
    `Run go build ./...
⟫go: go.mod requires go >= 1.24.2 (running go 1.23.8; GOTOOLCHAIN=local)
Error: Process completed with exit code 1.`
  ),
  c(
    'a CI image tag its registry does not have',
    'PAT-006',
    `Using Docker executor with image registry.example.com/team/app/ci:3f2a91 ...
Pulling docker image registry.example.com/team/app/ci:3f2a91 ...
⟫ERROR: Job failed: failed to pull image "registry.example.com/team/app/ci:3f2a91" with specified policies [always]: Error response from daemon: manifest for registry.example.com/team/app/ci:3f2a91 not found: manifest unknown: manifest unknown (manager.go:250:1s)`
  ),
  c(
    'an action version the runner no longer serves',
    'PAT-006',
    `Prepare all required actions
Getting action download info
Download action repository 'actions/checkout@v4' (SHA:11bd71901bbe5b1630ceea73d27597364c9af683)
⟫Error: Missing download info for actions/cache@v2`
  ),
  c(
    'a lock-file out of date under a miette cross',
    'PAT-006',
    `$ pixi run --locked test
Error: 
⟫  × lock-file not up-to-date with the workspace`
  ),
  c(
    'a hyphenated lock-file out of sync',
    'PAT-006',
    `$ rye sync --locked
⟫error: lock-file is out of sync with pyproject.toml`
  ),
  c(
    'vcpkg no version database entry',
    'PAT-006',
    `-- Running vcpkg install
Fetching registry information from https://github.com/microsoft/vcpkg (HEAD)...
⟫error: no version database entry for fmt at 11.0.2.
Available versions:
  10.2.1
-- Running vcpkg install - failed
CMake Error at /usr/local/share/vcpkg/scripts/buildsystems/vcpkg.cmake:904 (message):
  vcpkg install failed.  See logs for more information:
  /home/runner/work/app/build/vcpkg-manifest-install.log`
  ),
  c(
    'vcpkg baseline commit not fetched',
    'PAT-006',
    `-- Running vcpkg install
⟫error: while checking out baseline from commit '3b8cd8a8ec0e3d5d5b6e1f8a2b0c41d6e79a1f55', failed to \`git show\` versions/baseline.json. This may be fixed by fetching commits with \`git fetch\`.
error: git failed with exit code: (128).
fatal: path 'versions/baseline.json' exists on disk, but not in '3b8cd8a8ec0e3d5d5b6e1f8a2b0c41d6e79a1f55'
-- Running vcpkg install - failed`
  ),
  c(
    'npm run of a script package.json does not have',
    'PAT-006',
    `> npm run lint
⟫npm error Missing script: "lint"
npm error
npm error To see a list of scripts, run:
npm error   npm run`
  ),
  c(
    'yarn 1 run of a command that is not there',
    'PAT-006',
    `yarn run v1.22.22
⟫error Command "typecheck" not found.
info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.`
  ),
  c(
    'libsolv nothing provides',
    'PAT-006',
    `Last metadata expiration check: 0:00:41 ago on Tue 01 Dec 2026 09:12:03 AM UTC.
 Problem: conflicting requests
⟫  - nothing provides libgit2.so.1.7()(64bit) needed by rust-git2-devel-0.18.1-1.fc40.x86_64
(try to add '--skip-broken' to skip uninstallable packages)`
  ),
  c(
    'dart pub version solving failed',
    'PAT-006',
    `Resolving dependencies...
⟫Because app depends on intl ^0.19.0 and flutter_localizations from sdk depends on intl 0.18.1, version solving failed.`
  ),
  c(
    'pnpm frozen lockfile',
    'PAT-006',
    `Scope: all 3 workspace projects
⟫ ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with <ROOT>/package.json

Note that in CI environments this setting is true by default. If you still need to run install in such cases, use "pnpm install --no-frozen-lockfile"`
  ),
  c(
    'yarn berry immutable',
    'PAT-006',
    `➤ YN0000: ┌ Resolution step
➤ YN0000: └ Completed in 0s 412ms
⟫➤ YN0028: │ The lockfile would have been modified by this install, which is explicitly forbidden.
➤ YN0000: Failed with errors in 0s 420ms`
  ),
  c(
    'yarn classic frozen lockfile',
    'PAT-006',
    `yarn install v1.22.19
[1/4] Resolving packages...
⟫error Your lockfile needs to be updated, but yarn was run with \`--frozen-lockfile\`.
info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.`
  ),
  c(
    'poetry lock out of date',
    'PAT-006',
    `Installing dependencies from lock file
⟫pyproject.toml changed significantly since poetry.lock was last generated. Run \`poetry lock [--no-update]\` to fix the lock file.`
  ),
  c(
    'uv locked',
    'PAT-006',
    `Resolved 42 packages in 12ms
⟫error: The lockfile at \`uv.lock\` needs to be updated, but \`--locked\` was provided. To update the lockfile, run \`uv lock\`.`
  ),
  c(
    'cargo locked',
    'PAT-006',
    `    Updating crates.io index
⟫error: the lock file /home/runner/work/app/Cargo.lock needs to be updated but --locked was passed to prevent this
If you want to try to generate the lock file without accessing the network, remove the --locked flag and use --offline instead.`
  ),
  c(
    'go mod tidy needed',
    'PAT-006',
    `⟫go: updates to go.mod needed; to update it:
	go mod tidy`
  ),
  c(
    'bundler deployment mode',
    'PAT-006',
    `⟫You are trying to install in deployment mode after changing your Gemfile. Run \`bundle install\` elsewhere and add the updated Gemfile.lock to version control.

The dependencies in your gemfile changed, but the lockfile can't be updated because frozen mode is set`
  ),
  c(
    'composer lock mismatch',
    'PAT-006',
    `Installing dependencies from lock file (including require-dev)
Verifying lock file contents can be installed on current platform.
⟫Your lock file does not contain a compatible set of packages. Please run composer update.

  Problem 1
    - laravel/framework is locked to version v10.0.0 and an update of this package was not requested.`
  ),
  c(
    'unity package manager cannot resolve the manifest',
    'PAT-006',
    `[Package Manager] Done resolving packages in 3.12 seconds
Type mismatch. Expected type 'AudioSource', but found 'EditorSettings' at FileID 1 in text file ProjectSettings/EditorSettings.asset at line 3.
An error occurred while resolving packages:
  Project has invalid dependencies:
⟫    com.unity.inputsystem: Package [com.unity.inputsystem@9.9.9] cannot be found
⟫    com.example.tools: Could not clone [https://github.com/example/tools.git]. Make sure [v2.0.0] is a valid branch name, tag or full commit hash on the remote registry.

Unexpected exit code 1`
  ),
  c(
    'gradle dependency verification',
    'PAT-006',
    `> Task :app:compileKotlin FAILED

FAILURE: Build failed with an exception.

* What went wrong:
Execution failed for task ':app:compileKotlin'.
⟫> Dependency verification failed for configuration ':app:compileClasspath':
⟫    - On artifact okio-3.9.0.jar (com.squareup.okio:okio:3.9.0) in repository 'MavenRepo': expected a 'sha256' checksum of 'aa11' but was '9f3c'`
  ),
  c(
    'dart pub get enforcing its lockfile',
    'PAT-006',
    `$ dart pub get --enforce-lockfile
Resolving dependencies...
> http 1.2.2 (was 1.2.1)
⟫Would change 1 dependency.
⟫Could not enforce the lockfile.`
  ),
  c(
    'gem install needs a newer ruby',
    'PAT-006',
    `Fetching: public_suffix-5.1.1.gem (100%)
ERROR:  Error installing github-pages:
⟫	public_suffix requires Ruby version >= 2.6.`
  ),
  c(
    'nuget locked mode content hash',
    'PAT-006',
    `  Determining projects to restore...
⟫/home/runner/work/app/src/App/App.csproj : error NU1403: Package content hash validation failed for Newtonsoft.Json.13.0.3. The package is different than the last restore.
  Failed to restore /home/runner/work/app/src/App/App.csproj (in 1.2 sec).`
  ),
  c(
    'nuget package missing',
    'PAT-006',
    `  Determining projects to restore...
⟫/home/runner/work/api/Api.csproj : error NU1101: Unable to find package Acme.Missing. No packages exist with this id in source(s): nuget.org
  Failed to restore /home/runner/work/api/Api.csproj (in 1.2 sec).`
  ),
  c(
    'swift package resolution',
    'PAT-006',
    `Fetching https://github.com/apple/swift-argument-parser
⟫error: Dependencies could not be resolved because root depends on 'swift-argument-parser' 9.0.0..<10.0.0.
But no versions of 'swift-argument-parser' match the requirement 9.0.0..<10.0.0.`
  ),
  c(
    'bundler compatible versions',
    'PAT-006',
    `Fetching gem metadata from https://rubygems.org/.........
Resolving dependencies...
⟫Bundler could not find compatible versions for gem "activesupport":
  In Gemfile:
    rails (~> 7.1) was resolved to 7.1.0, which depends on
      activesupport (= 7.1.0)`
  ),
  c(
    'setup-python version',
    'PAT-006',
    `Run actions/setup-python@v5
Version 3.99 was not found in the local cache
⟫Error: The version '3.99' with architecture 'x64' was not found for Ubuntu 22.04.
The list of all available versions can be found here: https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json`
  ),
  c(
    'env python missing',
    'PAT-006',
    `Run ./scripts/gen.py
⟫/usr/bin/env: ‘python’: No such file or directory
Error: Process completed with exit code 127.`
  ),
  c(
    'R package missing',
    'PAT-006',
    `⟫ library(data.table)
⟫Error in library(data.table) : there is no package called ‘data.table’
Execution halted`
  ),

  c(
    "renv's status table of packages whose installed version is not the lock file's",
    'PAT-006',
    `- Project '/home/runner/work/app' loaded. [renv 1.0.7]
> if (!renv::status()$synchronized) quit(status = 1L)
⟫The following package(s) are out of sync [lockfile -> library]:

# CRAN -----------------------------------------------------------------------
- dplyr   [1.1.3 -> 1.1.4]
- rlang   [1.1.1 -> 1.1.3]`
  ),
  c(
    'a changelog that speaks of packages out of sync with a lock file, in a run that passed',
    null,
    `## 1.4.0
- status() reports packages out of sync with the lockfile
- the project is no longer out-of-sync after restore()
Checking whether packages are out-of-sync with the lockfile ... none`
  ),
  c(
    'a lock file a package manager calls outdated or stale at the head of its verdict',
    'PAT-006',
    `$ deps install --frozen
Resolving dependencies
⟫Outdated deps.lock (requirements of ring changed). Please run deps update instead.`
  ),
  c(
    'a manifest the resolver will not use because another version of the tool wrote it',
    'PAT-006',
    `$ toolchain sync
⟫Error: the manifest was generated by a newer version of the toolchain (3.2.0); this is 3.1.4
Stack trace:
  [1] sync(ctx) at src/api.ext:120`
  ),
  c(
    'a tool that rewrites a lock file another version wrote, in a run that passed',
    null,
    `Resolving dependencies
The lock file was generated by a newer version of the tool; it will be rewritten.
Installed 42 packages in 3.1s`
  ),
  c(
    "Meson's missing dependency",
    'PAT-006',
    `The Meson build system
Project name: viewer
Run-time dependency glib-2.0 found: YES 2.80.0
⟫Run-time dependency gtk4 found: NO (tried pkgconfig and cmake)

⟫meson.build:12:6: ERROR: Dependency "gtk4" not found, tried pkgconfig and cmake`
  ),
  c(
    "autoconf's unmet package requirements",
    'PAT-006',
    `checking for pkg-config... /usr/bin/pkg-config
checking for X11... no
⟫configure: error: Package requirements (x11 xext) were not met:

⟫No package 'x11' found
No package 'xext' found`
  ),
  // PAT-007 lint and format
  c(
    "a linter's command, then rows with no error word",
    'PAT-007',
    `$ proselint README.md
⟫README.md:3:12: typography.symbols.ellipsis '...' is an approximation, use the ellipsis symbol '…'.`
  ),
  c(
    'a linter announced, then its clean verdict',
    null,
    `Running luacheck...
Checking src/init.lua                            OK
Checking src/util.lua                            OK
Total: 0 warnings / 0 errors in 2 files`
  ),
  c(
    "a linter's command, then a passing command after it",
    null,
    `$ proselint README.md
$ pytest -q
12 passed in 0.31s`
  ),
  c(
    "pylint's old message rows (a docstring is no missing module)",
    'PAT-007',
    `************* Module app.views
⟫C: 10, 0: Missing module docstring (missing-docstring)
⟫E:  5, 4: Instance of 'Foo' has no 'bar' member (no-member)`
  ),
  c(
    'jenkins pipeline: a linter report with no error word, then the pipeline closing its steps',
    'PAT-007',
    `[Pipeline] stage
[Pipeline] { (Lint)
[Pipeline] sh
+ ./ci/lint.sh
⟫docker/Dockerfile:12 DL3013 Pin versions in pip. Instead of \`pip install <package>\` use \`pip install <package>==<version>\`
docker/Dockerfile:31 DL3059 Multiple consecutive \`RUN\` instructions. Consider consolidation.
[Pipeline] }
[Pipeline] // stage
[Pipeline] }
[Pipeline] // withEnv
[Pipeline] }
[Pipeline] // node
[Pipeline] End of Pipeline
ERROR: script returned exit code 1
Finished: FAILURE`
  ),
  c(
    'misspell through make',
    'PAT-007',
    `go run github.com/client9/misspell/cmd/misspell -error ./...
⟫internal/app/server.go:41:12: "recieve" is a misspelling of "receive"
make: *** [Makefile:31: spell] Error 2`
  ),
  c(
    'vale spelling in prose docs',
    'PAT-007',
    `docs/guide.md
⟫ 14:22  error  Did you really mean 'configurtion'?  Vale.Spelling

✖ 1 error, 0 warnings and 0 suggestions in 1 file.`
  ),
  c(
    'vfile-reporter row with a position range',
    'PAT-007',
    `$ npx remark . --frail
docs/guide.md
⟫  12:1-12:14  warning  Link to unknown heading: \`setup\`  missing-heading  remark-validate-links

⚠ 1 warning`
  ),
  c(
    'a per-file clean verdict after a finding',
    'PAT-007',
    `$ npx remark . --frail
CHANGELOG.md
⟫  3:1  warning  Missing newline character at end of file  final-newline  remark-lint

README.md: no issues found`
  ),
  c(
    'an annotation printed with its properties',
    'PAT-007',
    `Run lintr::lint_package()
⟫Warning: file=R/utils.R,line=14,col=3,[object_name_linter] Variable and function name style should match snake_case or symbols.
Error: Process completed with exit code 31.`
  ),
  c(
    'stylelint',
    'PAT-007',
    `src/app.css
⟫  3:1  ✖  Unexpected empty block  block-no-empty

✖ 1 problem (1 error, 0 warnings)`
  ),
  c(
    'pre-commit hook',
    'PAT-007',
    `check yaml...............................................................Passed
⟫trim trailing whitespace.................................................Failed
- hook id: trailing-whitespace
- exit code: 1
- files were modified by this hook

Fixing src/app.py`
  ),
  c(
    'dotnet format',
    'PAT-007',
    `⟫/home/runner/work/api/Program.cs(3,1): error WHITESPACE: Fix whitespace formatting. Replace 2 characters with '\\n\\s\\s'. [/home/runner/work/api/Api.csproj]`
  ),
  c(
    'hadolint',
    'PAT-007',
    `⟫Dockerfile:4 DL3008 warning: Pin versions in apt get install. Instead of \`apt-get install <package>\` use \`apt-get install <package>=<version>\`
Dockerfile:7 DL3025 warning: Use arguments JSON notation for CMD and ENTRYPOINT arguments`
  ),
  c(
    'actionlint',
    'PAT-007',
    `⟫.github/workflows/ci.yml:12:9: unexpected key "run-on" for "job" section. expected one of "concurrency", "container", "runs-on" [syntax-check]
   |
12 |         run-on: ubuntu-latest
   |         ^~~~~~~`
  ),
  c(
    'codespell',
    'PAT-007',
    `⟫./docs/guide.md:14: recieve ==> receive
./src/net.c:201: seperate ==> separate`
  ),
  c(
    'detekt',
    'PAT-007',
    `complexity - 10min debt
⟫	LongMethod - [process] at /home/runner/work/app/src/main/kotlin/App.kt:12:9
style - 5min debt
	MaxLineLength - [App.kt] at /home/runner/work/app/src/main/kotlin/App.kt:40:1

Overall debt: 15min
⟫Build failed with 2 weighted issues.`
  ),
  c(
    'golangci annotations',
    'PAT-007',
    `Running [/home/runner/golangci-lint-1.59.1-linux-amd64/golangci-lint run --out-format=github-actions] in [] ...
⟫##[error]internal/store/store.go:88:12: Error return value of \`rows.Close\` is not checked (errcheck)
##[error]internal/api/handler.go:40:2: ineffectual assignment to err (ineffassign)
##[error]issues found`
  ),
  c(
    'ruff github format',
    'PAT-007',
    `⟫##[error]F401 [*] \`os\` imported but unused
##[error]E711 Comparison to \`None\` should be \`cond is None\`
Found 2 errors.
[*] 1 fixable with the \`--fix\` option.`
  ),
  c(
    'cspell',
    'PAT-007',
    `1/12 ./README.md 120.32ms
⟫./README.md:40:9 - Unknown word (Kubernetess)
CSpell: Files checked: 12, Issues found: 1 in 1 file.`
  ),
  c(
    'standardrb cop',
    'PAT-007',
    `standard: Use Ruby Standard Style (https://github.com/standardrb/standard)
⟫  app/models/user.rb:3:5: Layout/IndentationWidth: Use 2 (not 4) spaces for indentation.`
  ),

  c(
    'hlint suggestion over a span',
    'PAT-007',
    `$ hlint src
⟫src/Parser.hs:(91,30)-(92,59): Suggestion: Replace case with maybe
Found:
  case x of
    Nothing -> 0
    Just y -> f y
Perhaps:
  maybe 0 f x

1 hint`
  ),
  c(
    'hlint error-level hint on windows',
    'PAT-007',
    `⟫src\\Css.hs:81:13: Error: Use elem
Found:
  c == ' ' || c == '\\t'
Why not:
  c \`elem\` [' ', '\\t']`
  ),
  c(
    'sqlfluff lint report',
    'PAT-007',
    `$ sqlfluff lint models/ --dialect postgres
== [models/orders.sql] FAIL
⟫L:   4 | P:   1 | LT02 | Expected indent of 4 spaces. [layout.indent]
L:   9 | P:  17 | AL03 | Column expression without alias. Use explicit \`AS\`
                       | clause. [aliasing.expression]
All Finished!`
  ),
  c(
    'typos spell checker',
    'PAT-007',
    `$ typos
⟫error: \`recieve\` should be \`receive\`
  --> ./src/net/socket.rs:88:12
   |
88 |     // recieve the next frame
   |        ^^^^^^^`
  ),
  // Verdicts a build or test tool prints before its summary, and a CI's verdict on a phase
  c(
    'msbuild summary repeats an indented compiler error',
    'PAT-001',
    `Build FAILED.

"C:\\src\\shop\\Shop.sln" (default target) (1) ->
"C:\\src\\shop\\Core\\Core.csproj" (default target) (2) ->
(CoreCompile target) ->
⟫  Models\\Order.cs(14,9): error CS0103: The name 'totl' does not exist in the current context [C:\\src\\shop\\Core\\Core.csproj]

    0 Warning(s)
    1 Error(s)`
  ),
  c(
    'xcodebuild test banner after an assertion',
    'PAT-002',
    `Test Case '-[ShopTests.CartTests testTotal]' started.
⟫/Users/runner/work/shop/ShopTests/CartTests.swift:21: error: -[ShopTests.CartTests testTotal] : XCTAssertEqual failed: ("12") is not equal to ("13")
Test Case '-[ShopTests.CartTests testTotal]' failed (0.004 seconds).
** TEST FAILED **`
  ),
  c(
    'travis install phase failed',
    'PAT-006',
    `$ bundle install --jobs=3 --retry=3 --deployment
⟫Could not find gem 'rails (~> 7.1.0)' in locally installed gems.
The command "bundle install --jobs=3 --retry=3 --deployment" failed and exited with 7 during install.`
  ),
  c(
    'clippy warnings without -D warnings',
    null,
    `    Checking parser v0.3.1 (/home/runner/work/parser/parser)
warning: this \`if\` has identical blocks
  --> src/lex.rs:41:23
   |
41 |           if c == ' ' {
   |  _______________________^
42 | |             i += 1;
43 | |         } else {
   | |_________^
   |
   = help: for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#if_same_then_else
   = note: \`#[warn(clippy::if_same_then_else)]\` on by default

warning: \`parser\` (lib) generated 1 warning
    Finished \`dev\` profile [unoptimized + debuginfo] target(s) in 1.12s`
  ),
  c(
    'TAP stream whose failing test is a TODO',
    null,
    `TAP version 13
ok 1 - parses numbers
not ok 2 - handles unicode escapes # TODO not written yet
ok 3 - rejects malformed input with an error # SKIP needs the fixtures
1..3
# tests 3
# pass  2
# todo 1`
  ),
  c(
    'PHPUnit 10 passed with a runner deprecation',
    null,
    `PHPUnit 10.5.20 by Sebastian Bergmann and contributors.

.....                                                               5 / 5 (100%)

Time: 00:00.021, Memory: 8.00 MB

There was 1 PHPUnit test runner deprecation:

1) Your XML configuration validates against a deprecated schema. Migrate your XML configuration using "--migrate-configuration"!

OK, but there were issues!
Tests: 5, Assertions: 9, Deprecations: 1.`
  ),
  c(
    'go test -v passed, its logs naming the errors it expected',
    null,
    `=== RUN   TestParseErrors
    parse_test.go:31: Parse("") returned the expected error: empty input
    parse_test.go:31: Parse("a,,b") returned the expected error: empty field at 2
--- PASS: TestParseErrors (0.00s)
=== RUN   TestParse
    parse_test.go:44: Parse("a,b") = [a b], want [a b]
--- PASS: TestParse (0.00s)
PASS
ok  	example.com/csvlite	0.004s`
  ),
  c(
    'xcodebuild succeeded with a warning about an unused error',
    null,
    `/Users/runner/work/shop/Shop/Net.swift:40:9: warning: variable 'error' was never used; consider replacing with '_' or removing it
** BUILD SUCCEEDED **`
  ),
  // PAT-008 infrastructure
  c(
    'a runner lost just before the job was cancelled',
    'PAT-008',
    `⟫2026-03-01T10:02:11.0000000Z ##[error]The instance i-0abc123 running this job was preempted
2026-03-01T10:02:11.1000000Z ##[error]The operation was canceled.
2026-03-01T10:02:11.2000000Z Cleaning up orphan processes`
  ),
  c(
    "a vendor's compiler without its licence key",
    'PAT-008',
    `⟫ctc F104: protection error: No license key found for product code SW160800
ctc: build stopped`
  ),
  c(
    'a simulator without a licence seat',
    'PAT-008',
    `# ** Note: (vsim-3812) Design is being optimized...
⟫# ** Error: Unable to checkout a license. Make sure your license file environment variable (LM_LICENSE_FILE) is set correctly.
# License server machine is down or not responding.`
  ),
  c(
    'a registry unreachable, first worked around from the cache, then fatal for a download',
    'PAT-008',
    `$ pkg install widget
https://index.example.org could not be fully loaded (Connection refused), package metadata was loaded from the local cache
Resolving widget 2.1.0
Downloading widget-2.1.0.tar.gz
  - widget (2.1.0)
⟫error: failed to download https://index.example.org/dist/widget-2.1.0.tar.gz: Connection refused (os error 111)`
  ),
  c(
    'github service container unhealthy',
    'PAT-008',
    `##[group]Waiting for all services to be ready
##[command]/usr/bin/docker inspect --format="{{if .Config.State.Health}}{{print .State.Health.Status}}{{end}}" 5c0e1a7d2b9f
unhealthy
##[endgroup]
⟫##[error]Failed to initialize container mysql:8.4
⟫##[error]One or more containers failed to start.`
  ),
  c(
    'wait loop for a database that never becomes ready',
    'PAT-008',
    `Waiting for MySQL to accept connections
mysqladmin: connect to server at '127.0.0.1' failed
⟫error: 'Can't connect to MySQL server on '127.0.0.1:3306' (111)'
Check that mysqld is running on 127.0.0.1 and that the port is 3306.
⟫MySQL did not become ready within 60 seconds`
  ),
  c(
    'jenkins agent channel terminated mid-step',
    'PAT-008',
    `[Pipeline] sh
+ make test
FATAL: command execution failed
⟫hudson.remoting.RequestAbortedException: java.io.IOException: Unexpected termination of the channel
	at hudson.remoting.Request.abort(Request.java:346)
	at hudson.remoting.Channel.terminate(Channel.java:1080)
Caused by: java.io.IOException: Unexpected termination of the channel
Finished: FAILURE`
  ),
  c(
    'buildkite command killed with status 137',
    'PAT-008',
    `$ yarn jest --ci --maxWorkers=4
 PASS  src/cart.test.ts
 PASS  src/price.test.ts
⟫🚨 Error: The command exited with status 137
user command error: exit status 137`
  ),
  c(
    'ruby net read timeout',
    'PAT-008',
    `Creating release v2026.11.3 on GitHub
⟫/usr/local/bundle/gems/net-protocol-0.2.2/lib/net/protocol.rb:229:in \`rbuf_fill': Net::ReadTimeout with #<TCPSocket:(closed)> (Net::ReadTimeout)
\tfrom /usr/local/bundle/gems/faraday-net_http-3.1.0/lib/faraday/adapter/net_http.rb:67:in \`perform_request'
\tfrom bin/release:31:in \`<main>'`
  ),
  c(
    'java connect exception without a message',
    'PAT-008',
    `Sending build metrics to the dashboard
⟫Exception in thread "main" java.net.ConnectException
\tat java.net.http/jdk.internal.net.http.HttpClientImpl.send(HttpClientImpl.java:951)
\tat MetricsPush.main(MetricsPush.java:40)
Caused by: java.nio.channels.ClosedChannelException
\tat java.base/sun.nio.ch.SocketChannelImpl.ensureOpen(SocketChannelImpl.java:202)`
  ),
  c(
    'no Azure agent meets the demands',
    'PAT-008',
    `Job preparation parameters
⟫##[error]No agent found in pool Linux-Build which satisfies the specified demands: docker, Agent.OS -equals Linux
Pool: Linux-Build`
  ),
  c(
    'no runner with the requested labels',
    'PAT-008',
    `Requested labels: self-hosted, linux, gpu
Job defined at: org/app/.github/workflows/train.yml@refs/heads/main
⟫No runner matching the specified labels was found: self-hosted, linux, gpu.`
  ),
  c(
    'cirrus instance rescheduled',
    'PAT-008',
    `Using built-in Cirrus CLI agent...
Started 3 minutes ago
⟫Instance got rescheduled!`
  ),
  c(
    'spot instance failed to start on preemption',
    'PAT-008',
    `Creating instance ci-runner-7f3a (n2-standard-8, spot)...
⟫ERROR: Instance failed to start due to preemption
Job failed: the runner could not be provisioned`
  ),
  c(
    'docker daemon unreachable',
    'PAT-008',
    `$ docker run --rm -v "$PWD:/src" golang:1.23 go build ./...
⟫docker: Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?.
See 'docker run --help'.`
  ),
  c(
    'cloud agent removed while its build ran',
    'PAT-008',
    `Step 3/4: Run tests (Gradle)
  Tests passed: 40, failed: 2
⟫Canceled (Tests failed: 2, passed: 40): the build agent was removed by its cloud profile`
  ),
  c(
    'agent that never connected',
    'PAT-008',
    `Pool: Default
⟫##[error]The agent did not connect within the allotted time of 30 minute(s).`
  ),
  c(
    'bitbucket container over its memory limit',
    'PAT-008',
    `+ npm run build
> shop@1.0.0 build
> next build
info  - Creating an optimized production build...
⟫Container 'Build' exceeded memory limit.`
  ),
  c(
    'conan has no prebuilt package for the settings',
    'PAT-006',
    `======== Computing necessary packages ========
Requirements
    zlib/1.3.1#f52e03ae3d251dec704634230cd806a2:b647c43bfefae3f830561ca202b6cfd935b56205 - Missing
⟫ERROR: Missing prebuilt package for 'zlib/1.3.1'
Check the available packages using 'conan list zlib/1.3.1:* -r=remote'
or try to build locally from sources using the '--build=zlib/1.3.1' argument`
  ),
  c(
    'checker logs errors on the way and ends clean',
    null,
    `$ check-headers src
check._scan - ERROR - Could not parse the header of src/vendor/blob.c, skipping the file
Files checked: 212
Files skipped: 1
All checks passed!`
  ),
  c(
    'npm network reset',
    'PAT-008',
    `⟫npm ERR! code ECONNRESET
npm ERR! syscall read
npm ERR! errno ECONNRESET
⟫npm ERR! network request to https://registry.npmjs.org/react failed, reason: read ECONNRESET
npm ERR! network This is a problem related to network connectivity.`
  ),
  c(
    'gradle bad gateway',
    'PAT-008',
    `* What went wrong:
Execution failed for task ':app:compileKotlin'.
⟫ Could not resolve all files for configuration ':app:compileClasspath'.
⟫   > Could not GET 'https://repo.maven.apache.org/maven2/org/jetbrains/kotlin/kotlin-stdlib/1.9.0/kotlin-stdlib-1.9.0.pom'. Received status code 502 from server: Bad Gateway`
  ),
  c(
    'go proxy i/o timeout',
    'PAT-008',
    `⟫go: github.com/stretchr/testify@v1.9.0: Get "https://proxy.golang.org/github.com/stretchr/testify/@v/v1.9.0.mod": dial tcp 142.250.72.113:443: i/o timeout`
  ),
  c(
    'docker hub timeout',
    'PAT-008',
    `Unable to find image 'postgres:16' locally
⟫docker: Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).`
  ),
  c(
    'apt fetch failed',
    'PAT-008',
    `Get:12 http://azure.archive.ubuntu.com/ubuntu jammy/main amd64 libpq5 amd64 14.9-0ubuntu0.22.04.1 [141 kB]
Err:13 http://azure.archive.ubuntu.com/ubuntu jammy/main amd64 libpq-dev amd64 14.9-0ubuntu0.22.04.1
  503  Service Unavailable [IP: 40.81.13.82 80]
⟫E: Failed to fetch http://azure.archive.ubuntu.com/ubuntu/pool/main/p/postgresql-14/libpq-dev_14.9-0ubuntu0.22.04.1_amd64.deb  503  Service Unavailable [IP: 40.81.13.82 80]
E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?`
  ),
  c(
    'bitbucket container over its memory',
    'PAT-008',
    `+ npx jest --ci
 PASS  src/api/client.test.ts
 RUNS  src/ui/table.test.tsx
⟫Container 'Build' exceeded memory limit.`
  ),
  c(
    'circleci build over its memory',
    'PAT-008',
    `#!/bin/bash -eo pipefail
./gradlew assembleDebug
> Task :app:mergeDebugResources
⟫Your build has exceeded the memory limit of 4G on 1 container.`
  ),
  c(
    'teamcity step pulling an image gets a bad gateway',
    'PAT-008',
    `[11:02:13] :     [Step 1/3] docker: Pulling the image
[11:02:13] :         [docker] Executing command: docker pull registry.example.org/ci/builder:7
⟫[11:02:15]W:         [docker] Error response from daemon: received unexpected HTTP status: 502 Bad Gateway
[11:02:15]W:         [docker] Process exited with code 1
[11:02:15]E:     [Step 1/3] Step Pull image (Docker) failed`
  ),
  c(
    'azure pipelines without a parallelism grant',
    'PAT-008',
    `⟫##[error]No hosted parallelism has been purchased or granted. To request a free parallelism grant, please fill out the following form https://aka.ms/azpipelines-parallelism-request
Pool: Azure Pipelines
Image: windows-latest
Started: Today at 09:12
Duration: 2m 10s`
  ),
  c(
    'azure agent lost',
    'PAT-008',
    `##[section]Starting: Build
Building 300 projects
⟫##[error]We stopped hearing from agent Azure Pipelines 7. Verify the agent machine is running and has a healthy network connection. Anything that terminates an agent process, starves it for CPU, or blocks its network access can cause this error.`
  ),
  c(
    'gitlab system failure',
    'PAT-008',
    `Running with gitlab-runner 16.5.0 (853330f9)
Preparing the "kubernetes" executor
⟫ERROR: Job failed (system failure): prepare environment: waiting for pod running: timed out waiting for pod to start. Check https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information`
  ),
  c(
    'killed by oom',
    'PAT-008',
    `[build] Creating an optimized production build...
⟫/home/runner/work/_temp/2f1c.sh: line 1:  2345 Killed                  npm run build
Error: Process completed with exit code 137.`
  ),
  c(
    'git rpc failed',
    'PAT-008',
    `Cloning into 'linux'...
⟫error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)
error: 2303 bytes of body are still expected
fetch-pack: unexpected disconnect while reading sideband packet
⟫fatal: early EOF`
  ),

  // Passing excerpts: nothing failed.
  c(
    'audit with nothing found',
    null,
    `audited 1200 packages in 3s
found 0 vulnerabilities`
  ),
  c(
    'jest all passed',
    null,
    `PASS src/sum.test.ts
Test Suites: 3 passed, 3 total
Tests:       12 passed, 12 total
Snapshots:   0 total
Time:        1.2 s`
  ),
  c(
    'lint clean',
    null,
    `⟫ eslint . --max-warnings 0

✔ No problems found`
  ),
  c(
    'summaries that count zero failures',
    null,
    `##[group]Run npm test
npm test
shell: /usr/bin/bash -e {0}
##[endgroup]
> app@1.0.0 test
> node scripts/run-tests.js
Tests:       0 failed, 140 passed, 140 total
ok | 12 passed | 0 failed (45ms)
✖ 2 problems (0 errors, 2 warnings)`
  ),

  // Formats and wordings of more tools and runners: test runners' own time limits, scanners of
  // code and infrastructure, toolchains too old for a package, browsers not installed, type
  // checkers of Python run as checks, failed `RUN` steps of a Docker build.
  c(
    'rust linker failed',
    'PAT-001',
    `   Compiling app v0.1.0 (/home/runner/work/app/app)
⟫error: linking with \`cc\` failed: exit status: 1
  |
  = note: /usr/bin/ld: cannot find -lssl: No such file or directory
error: could not compile \`app\` (bin "app") due to 1 previous error`
  ),
  c(
    'next.js type error',
    'PAT-001',
    `   Creating an optimized production build ...
Failed to compile.

./src/app/page.tsx:3:8
⟫Type error: Property 'title' does not exist on type 'Props'.

  1 | export default function Page(props: Props) {
Next.js build worker exited with code: 1 and signal: null`
  ),
  c(
    'dart test',
    'PAT-002',
    `00:01 +2: test/calc_test.dart: adds
00:01 +2 -1: test/calc_test.dart: subtracts [E]
⟫  Expected: <3>
    Actual: <4>
  package:matcher                expect
  test/calc_test.dart 12:5       main.<fn>
00:01 +2 -1: Some tests failed.`
  ),
  c(
    'bazel test failed',
    'PAT-002',
    `INFO: Build completed, 1 test FAILED, 12 total actions
⟫//app:calc_test                                                          FAILED in 0.4s
  /home/runner/.cache/bazel/_bazel_runner/execroot/app/bazel-out/k8-fastbuild/testlogs/app/calc_test/test.log

Executed 1 out of 1 test: 1 fails locally.`
  ),
  c(
    'zig test',
    'PAT-002',
    `Test [2/3] test.subtract... FAIL (TestExpectedEqual)
⟫expected 3, found 4
/home/runner/work/app/src/main.zig:12:5: 0x1037d8b in test.subtract (test)
    try std.testing.expectEqual(@as(i32, 3), sub(7, 3));
1 passed; 0 skipped; 1 failed.`
  ),
  c(
    'checkov',
    'PAT-003',
    `Passed checks: 12, Failed checks: 1, Skipped checks: 0

⟫Check: CKV_AWS_20: "S3 Bucket has an ACL defined which allows public READ access."
	FAILED for resource: aws_s3_bucket.data
	File: /main.tf:1-6`
  ),
  c(
    'tfsec',
    'PAT-003',
    `⟫Result #1 HIGH Bucket does not have encryption enabled
────────────────────────────────────────────────────────────────────────────────
  main.tf:1-6
  ...
  results
  ──────────────────────────────────────────
  passed               3
  ignored              0
  critical             0
  high                 1
  medium               0
  low                  0

⟫  1 potential problem(s) detected.`
  ),
  c(
    'semgrep blocking',
    'PAT-003',
    `┌──────────────────┐
│ 2 Code Findings │
└──────────────────┘

    app/views.py
    ❯❯❱ python.django.security.injection.sql.sql-injection-using-raw
          User data flows into a raw SQL query.

⟫Ran 214 rules on 31 files: 2 findings.
Some blocking findings were found.`
  ),
  c(
    'gosec',
    'PAT-003',
    `Results:

⟫[/home/runner/work/app/main.go:14] - G401 (CWE-328): Use of weak cryptographic primitive (Confidence: HIGH, Severity: MEDIUM)
    13: 
  > 14: 	h := md5.New()

Summary:
  Gosec  : 2.21.4
  Files  : 3
  Lines  : 120
  Nosec  : 0
  Issues : 1`
  ),
  c(
    'yarn berry npm audit',
    'PAT-003',
    `├─ lodash
│  ├─ ID: 1106913
│  ├─ Issue: Prototype Pollution in lodash
│  ├─ URL: https://github.com/advisories/GHSA-p6mc-m468-83gw
⟫│  ├─ Severity: high
│  ├─ Vulnerable Versions: <4.17.19`
  ),
  c(
    'licensed status',
    'PAT-004',
    `Checking cached dependency records for app
.....F..
Errors:
* app.npm.left-pad
  filename: /home/runner/work/app/.licenses/npm/left-pad.dep.yml
⟫    - license needs review: wtfpl

8 dependencies checked, 1 error found.`
  ),
  c(
    'pip-licenses fail-on',
    'PAT-004',
    `⟫fail-on license GNU General Public License v3 (GPLv3) was found for package foo:1.2.0`
  ),
  c(
    'license-eye header',
    'PAT-004',
    `INFO Loading configuration from file: .licenserc.yaml
INFO Totally checked 120 files, valid: 118, invalid: 2, ignored: 0, fixed: 0
⟫ERROR the following files don't have a valid license header:
src/a.go
src/b.go
ERROR one or more files does not have a valid license header`
  ),
  c(
    'gha step timeout-minutes',
    'PAT-005',
    `2025-01-01T10:00:00.0000000Z ##[group]Run npm test
2025-01-01T10:00:00.0000000Z npm test
2025-01-01T10:00:00.0000000Z shell: /usr/bin/bash -e {0}
2025-01-01T10:00:00.0000000Z ##[endgroup]
2025-01-01T10:00:01.0000000Z > app@1.0.0 test
2025-01-01T10:00:01.0000000Z > node --test
⟫2025-01-01T10:10:00.0000000Z ##[error]The action 'Run npm test' has timed out after 10 minutes.`
  ),
  c(
    'vitest test timeout',
    'PAT-002',
    ` FAIL  src/api.test.ts > api > fetches users
⟫Error: Test timed out in 5000ms.
If this is a long-running test, pass a timeout value as the last argument or configure it globally with "testTimeout".
 ❯ src/api.test.ts:12:3`
  ),
  c(
    'playwright test timeout',
    'PAT-002',
    `  1) [chromium] › tests/login.spec.ts:5:5 › login works ─────────────────

⟫    Test timeout of 30000ms exceeded.

    Error: page.click: Test timeout of 30000ms exceeded.`
  ),
  c(
    'junit 5 timeout',
    'PAT-002',
    `[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 5.1 s <<< FAILURE! -- in com.acme.SlowTest
[ERROR] com.acme.SlowTest.loads -- Time elapsed: 5.01 s <<< ERROR!
⟫java.util.concurrent.TimeoutException: loads() timed out after 5 seconds`
  ),
  c(
    'bun frozen lockfile',
    'PAT-006',
    `bun install v1.1.38 (bf2f153f)
⟫error: lockfile had changes, but lockfile is frozen
note: try re-running without --frozen-lockfile and commit the updated lockfile`
  ),
  c(
    'pip hashes',
    'PAT-006',
    `Collecting requests==2.32.3
⟫ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have tampered with them.
    requests==2.32.3 from https://files.pythonhosted.org/packages/requests-2.32.3-py3-none-any.whl:
        Expected sha256 0000
             Got        1111`
  ),
  c(
    'dotnet sdk missing',
    'PAT-006',
    `⟫/usr/share/dotnet/sdk/8.0.404/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.TargetFrameworkInference.targets(166,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 9.0.  Either target .NET 8.0 or lower, or use a version of the .NET SDK that supports .NET 9.0. [/home/runner/work/app/App.csproj]`
  ),
  c(
    'node engine',
    'PAT-006',
    `yarn install v1.22.22
[1/4] Resolving packages...
[2/4] Fetching packages...
⟫error vite@6.0.1: The engine "node" is incompatible with this module. Expected version "^18.0.0 || ^20.0.0 || >=22.0.0". Got "16.20.2"
error Found incompatible module.
info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.`
  ),
  c(
    'playwright browser missing',
    'PAT-006',
    `Running 3 tests using 1 worker
  1) [chromium] › example.spec.ts:3:5 › has title ───────────────────────

⟫    Error: browserType.launch: Executable doesn't exist at /home/runner/.cache/ms-playwright/chromium_headless_shell-1148/chrome-linux/headless_shell
    ╔═════════════════════════════════════════════════════════════════════════╗
    ║ Looks like Playwright Test or Playwright was just installed or updated. ║
    ║ Please run the following command to download new browsers:              ║
    ║                                                                         ║
    ║     npx playwright install                                              ║`
  ),
  c(
    'composer php version',
    'PAT-006',
    `Installing dependencies from lock file (including require-dev)
Verifying lock file contents can be installed on current platform.
⟫Your lock file does not contain a compatible set of packages. Please run composer update.

  Problem 1
⟫    - symfony/console is locked to version v7.2.0 and an update of this package was not requested.
    - symfony/console v7.2.0 requires php >=8.2 -> your php version (8.1.31) does not satisfy that requirement.`
  ),
  c(
    'rustc too old',
    'PAT-006',
    `⟫error: package \`clap_lex v0.7.4\` cannot be built because it requires rustc 1.74 or newer, while the currently active rustc version is 1.70.0
Either upgrade to rustc 1.74 or newer, or use
cargo update clap_lex@0.7.4 --precise ver`
  ),
  c('go module proxy off', 'PAT-006', `⟫go: github.com/google/uuid@v1.6.0: module lookup disabled by GOPROXY=off`),
  c(
    'gha action not found',
    'PAT-006',
    `2025-01-01T10:00:00.0000000Z Prepare all required actions
2025-01-01T10:00:00.0000000Z Getting action download info
⟫2025-01-01T10:00:01.0000000Z ##[error]Unable to resolve action \`actions/setup-nod@v4\`, repository not found`
  ),
  c(
    'mypy summary',
    'PAT-007',
    `⟫app/models.py:12: error: Incompatible return value type (got "str", expected "int")  [return-value]
Found 1 error in 1 file (checked 14 source files)`
  ),
  c(
    'pyright',
    'PAT-007',
    `/home/runner/work/app/app/main.py
⟫  /home/runner/work/app/app/main.py:3:8 - error: Import "foo" could not be resolved (reportMissingImports)
1 error, 0 warnings, 0 informations`
  ),
  c(
    'annotation lint',
    'PAT-007',
    `2025-01-01T10:00:00.0000000Z ##[group]Run ruff check --output-format=github .
2025-01-01T10:00:00.0000000Z ruff check --output-format=github .
2025-01-01T10:00:00.0000000Z shell: /usr/bin/bash -e {0}
2025-01-01T10:00:00.0000000Z ##[endgroup]
⟫2025-01-01T10:00:01.0000000Z ##[error]app/main.py:1:8: F401 \`os\` imported but unused
2025-01-01T10:00:01.0000000Z Found 1 error.
2025-01-01T10:00:01.0000000Z [*] 1 fixable with the \`--fix\` option.
2025-01-01T10:00:01.0000000Z ##[error]Process completed with exit code 1.`
  ),
  c(
    'biome',
    'PAT-007',
    `⟫src/index.ts:3:7 lint/correctness/noUnusedVariables ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

  ✖ This variable is unused.

Checked 12 files in 5ms. No fixes applied.
Found 1 error.
check ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

  ✖ Some errors were emitted while running checks.`
  ),
  c(
    'swiftformat lint',
    'PAT-007',
    `Running SwiftFormat...
(lint mode - no files will be changed.)
⟫/Users/runner/work/app/Sources/App.swift:3:1: error: (indent) Indent code in accordance with the scope level.
SwiftFormat completed in 0.05s.
Source input did not pass lint check.
1/12 files require formatting.`
  ),
  c(
    'gha runner shutdown',
    'PAT-008',
    `2025-01-01T10:00:00.0000000Z ##[group]Run make test
2025-01-01T10:00:00.0000000Z make test
2025-01-01T10:00:00.0000000Z ##[endgroup]
2025-01-01T10:05:00.0000000Z go test ./...
⟫2025-01-01T10:20:00.0000000Z ##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.
2025-01-01T10:20:00.0000000Z ##[error]The operation was canceled.`
  ),
  c(
    'docker daemon',
    'PAT-008',
    `⟫Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?
Error: Process completed with exit code 1.`
  ),
  c(
    'npm registry 503',
    'PAT-008',
    `npm error code E503
⟫npm error 503 Service Unavailable - GET https://registry.npmjs.org/react - Service Unavailable`
  ),
  c(
    'exit 137 killed',
    'PAT-008',
    `2025-01-01T10:00:00.0000000Z ##[group]Run npm run build
2025-01-01T10:00:00.0000000Z npm run build
2025-01-01T10:00:00.0000000Z ##[endgroup]
2025-01-01T10:00:01.0000000Z > app@1.0.0 build
2025-01-01T10:00:01.0000000Z > vite build
2025-01-01T10:00:02.0000000Z transforming...
⟫2025-01-01T10:03:00.0000000Z /home/runner/work/_temp/abc.sh: line 1:  2212 Killed                  npm run build
2025-01-01T10:03:00.0000000Z ##[error]Process completed with exit code 137.`
  ),
  c(
    'docker buildx apt',
    'PAT-006',
    `#8 [3/5] RUN apt-get update && apt-get install -y libfoo-dev
#8 2.123 Reading package lists...
⟫#8 2.456 E: Unable to locate package libfoo-dev
#8 ERROR: process "/bin/sh -c apt-get update && apt-get install -y libfoo-dev" did not complete successfully: exit code: 100
ERROR: failed to solve: process "/bin/sh -c apt-get update && apt-get install -y libfoo-dev" did not complete successfully: exit code: 100`
  ),
  c(
    'docker run unknown script',
    'PAT-006',
    `#9 [4/5] RUN ./build.sh
⟫#9 0.211 /bin/sh: 1: ./build.sh: not found
#9 ERROR: process "/bin/sh -c ./build.sh" did not complete successfully: exit code: 127`
  ),
  c(
    'cypress retry',
    'PAT-002',
    `  1) Login
       shows an error for a wrong password:
⟫     AssertionError: Timed out retrying after 4000ms: Expected to find element: \`.error\`, but never found it.
      at Context.eval (webpack://app/./cypress/e2e/login.cy.ts:9:22)`
  ),
  // Tool formats and wordings added with the second part of the corpus (issue 8): resolvers and
  // lockfiles of more package managers, time limits and runners of more CI services, linters
  // that report through annotations, audit and licence tools.
  c(
    'uv no solution',
    'PAT-006',
    `Resolved 12 packages in 40ms
⟫  × No solution found when resolving dependencies:
  ╰─▶ Because foo==2.0 depends on bar>=3 and you require bar<2, we can conclude that your requirements are unsatisfiable.`
  ),
  c(
    'pip build dependency failed',
    'PAT-006',
    `  error: subprocess-exited-with-error

⟫  × Getting requirements to build wheel did not run successfully.
  │ exit code: 1
  ╰─> [12 lines of output]`
  ),
  c(
    'make command missing',
    'PAT-006',
    `golangci-lint run ./...
⟫make: golangci-lint: No such file or directory
make: *** [Makefile:10: lint] Error 127`
  ),
  c(
    'bundler deployment mode wrapped',
    'PAT-006',
    `⟫You are trying to install in deployment mode after changing
your Gemfile. Run \`bundle install\` elsewhere and add the
updated Gemfile.lock to version control.`
  ),
  c(
    'gradle dependency lock state',
    'PAT-006',
    `* What went wrong:
Could not determine the dependencies of task ':app:compileJava'.
⟫> Dependency lock state for configuration 'compileClasspath' is out of date:
    - Did not resolve 'com.google.guava:guava:32.0.0-jre' which has been forced / substituted to a different version: '33.0.0-jre'`
  ),
  c(
    'nix flake lock',
    'PAT-006',
    `⟫error: cannot write modified lock file of flake 'git+file:///home/runner/work/app' (use '--no-write-lock-file' to ignore)`
  ),
  c('cocoapods deployment lockfile', 'PAT-006', `⟫[!] There were changes to the lockfile in deployment mode:`),
  c('conda-lock out of date', 'PAT-006', `⟫Exception: conda-lock.yml is out of date with respect to environment.yml`),
  c(
    'docker copy missing file',
    'PAT-001',
    `#7 [3/5] COPY package.json ./
⟫ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref abc::def: "/package.json": not found`
  ),
  c(
    'jenkins timeout step',
    'PAT-005',
    `⟫Cancelling nested steps due to timeout
Sending interrupt signal to process
Terminated
script returned exit code 143`
  ),
  c('teamcity execution timeout', 'PAT-005', `⟫[Step 2/3] Execution timeout\nProcess exited with code 137`),
  c('drone build timed out', 'PAT-005', `⟫default: build timed out`),
  c(
    'appveyor time limit',
    'PAT-005',
    `⟫Build execution time has reached the maximum allowed time for your plan (60 minutes).`
  ),
  c('semaphore time limit', 'PAT-005', `⟫Job stopped due to execution time limit (exceeded 1h0m0s)`),
  c(
    'buildkite job timed out',
    'PAT-005',
    `⟫Exited with status -1 (after intercepting the agent's termination signal, the job timed out)`
  ),
  c(
    'gha runner not acquired',
    'PAT-008',
    `⟫##[error]The job was not acquired by Runner of type hosted even after multiple attempts`
  ),
  c(
    'gha provisioning error',
    'PAT-008',
    `⟫##[error]An error occurred while provisioning resources (Error Type: Failure).`
  ),
  c(
    'gitlab no runners',
    'PAT-008',
    `⟫This job is stuck because of one of the following problems. There are no active runners online`
  ),
  c(
    'travis log length limit',
    'PAT-008',
    `A    vendor/llvm/lib/Target/X86/X86InstrInfo.td
A    vendor/llvm/lib/Target/X86/X86Schedule.td


⟫The log length has exceeded the limit of 4 MB (this usually means that the test suite is raising the same exception over and over).

⟫The job has been terminated`
  ),
  c(
    'log length limit in a changelog and a test name',
    null,
    `Changes
- fix: retry when the log length has exceeded the limit of 4 MB on Travis (#42)
  ✓ reports when the log length has exceeded the limit of 4 MB (3 ms)
Done. 12 tests passed`
  ),
  c(
    'cargo spurious network error',
    'PAT-008',
    `⟫warning: spurious network error (2 tries remaining): [28] Timeout was reached (Operation too slow. Less than 10 bytes/sec transferred the last 30 seconds)
⟫error: failed to download from \`https://static.crates.io/crates/serde/1.0.0/download\``
  ),
  c(
    'composer curl timeout',
    'PAT-008',
    `⟫  curl error 28 while downloading https://repo.packagist.org/p2/foo/bar.json: Operation timed out after 10001 milliseconds with 0 out of 0 bytes received`
  ),
  c(
    'nuget service index',
    'PAT-008',
    `⟫/usr/share/dotnet/sdk/8.0.100/NuGet.targets(156,5): error : Unable to load the service index for source https://api.nuget.org/v3/index.json. [/home/runner/work/app/App.sln]
/usr/share/dotnet/sdk/8.0.100/NuGet.targets(156,5): error :   The SSL connection could not be established, see inner exception.`
  ),
  c(
    'pip retries then no versions',
    'PAT-008',
    `⟫WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 101] Network is unreachable')': /simple/requests/
ERROR: Could not find a version that satisfies the requirement requests (from versions: none)
ERROR: No matching distribution found for requests`
  ),
  c(
    'helm repository dns',
    'PAT-008',
    `⟫Error: looks like "https://charts.bitnami.com/bitnami" is not a valid chart repository or cannot be reached: Get "https://charts.bitnami.com/bitnami/index.yaml": dial tcp: lookup charts.bitnami.com on 127.0.0.53:53: server misbehaving`
  ),
  c(
    'raw error annotation with rule',
    'PAT-007',
    `⟫::error file=src/app.css,line=3,col=5::Unexpected unknown property "colr" (property-no-unknown)`
  ),
  c(
    'raw annotation whose message opens with the rule code',
    'PAT-007',
    `Run ./scripts/lint.sh
⟫::error file=src/app.py,line=10,col=5::F401 'os' imported but unused
⟫::error file=src/app.py,line=12,col=1::E302 expected 2 blank lines, found 1
Error: Process completed with exit code 1.`
  ),
  c(
    'raw warning annotation of a Go linter, code first',
    'PAT-007',
    `⟫::warning file=internal/db/conn.go,line=41,col=2::SA4006 this value of err is never used
::warning file=internal/db/conn.go,line=57,col=9::S1002 should omit comparison to bool constant`
  ),
  c(
    'raw ruff annotation',
    'PAT-007',
    `⟫::error title=Ruff (F401),file=/home/runner/work/app/app/main.py,line=1,col=8,endLine=1,endColumn=10::app/main.py:1:8: F401 \`os\` imported but unused
Found 1 error.`
  ),
  c('eslint max warnings', 'PAT-007', `⟫ESLint found too many warnings (maximum: 0).`),
  c(
    'php-cs-fixer dry run',
    'PAT-007',
    `Loaded config default.
⟫   1) src/Foo.php (single_quote)
Found 1 of 10 files that can be fixed in 0.1 seconds, 14.00 MB memory used`
  ),
  c(
    'clang-format werror',
    'PAT-007',
    `⟫src/main.cpp:3:10: error: code should be clang-formatted [-Wclang-format-violations]`
  ),
  c(
    'clang-tidy check',
    'PAT-007',
    `⟫/home/runner/work/app/src/main.cpp:5:3: error: use nullptr [modernize-use-nullptr,-warnings-as-errors]`
  ),
  c(
    'swiftlint violation',
    'PAT-007',
    `Linting Swift files in current working directory
⟫/Users/runner/work/app/Sources/App/View.swift:12:1: error: Line Length Violation: Line should be 120 characters or less; currently it has 130 characters (line_length)
Done linting! Found 1 violation, 1 serious in 20 files.`
  ),
  c(
    'minitest error and failure',
    'PAT-002',
    `Finished in 0.000332s, 12048.1929 runs/s, 6024.0965 assertions/s.

⟫  1) Error:
⟫AppSprint#test_error:
RuntimeError: nope
    test/test_app.rb:19:in \`test_error'

4 runs, 2 assertions, 1 failures, 1 errors, 1 skips`
  ),
  c(
    'robot framework',
    'PAT-002',
    `⟫Login Test                                                            | FAIL |
Element 'id=welcome' did not appear in 5 seconds.
------------------------------------------------------------------------------
Tests                                                                 | FAIL |
1 test, 0 passed, 1 failed`
  ),
  c(
    'bandit pasted with quote marks',
    'PAT-003',
    `Test results:
⟫>> Issue: [B602:subprocess_popen_with_shell_equals_true] subprocess call with shell=True identified, security issue.
   Severity: High   Confidence: High
   Location: src/run.py:12:4`
  ),
  c(
    'snyk vulnerability line',
    'PAT-003',
    `Testing /home/runner/work/app/app...

⟫✗ High severity vulnerability found in axios
  Description: Server-side Request Forgery (SSRF)
  Info: https://security.snyk.io/vuln/SNYK-JS-AXIOS-1038255

Tested 120 dependencies for known issues, found 1 issue, 1 vulnerable path.`
  ),
  c(
    'docker scout cve',
    'PAT-003',
    `⟫    ✗ HIGH CVE-2023-44487
      https://scout.docker.com/v/CVE-2023-44487
      Affected range : <1.58.3
      Fixed version  : 1.58.3`
  ),
  c(
    'brakeman warnings',
    'PAT-003',
    `⟫== Warnings ==

Confidence: High
Category: SQL Injection
Message: Possible SQL injection`
  ),
  c(
    'spotless license header',
    'PAT-004',
    `  src/main/java/App.java
       @@ -1,3 +1,4 @@
      +/* Copyright 2024 Acme */
⟫Step 'licenseHeader' found problem in 'src/main/java/App.java'`
  ),
  c(
    'dependencies not approved',
    'PAT-004',
    `maven/mavencentral/com.foo/bar/1.0, GPL-2.0, restricted, #1234
⟫One or more dependencies were not approved`
  ),
  c(
    'tox missing interpreter',
    'PAT-006',
    `___________________________________ summary ____________________________________
⟫ERROR:  py38: InterpreterNotFound: python3.8
  py39: commands succeeded
Error: Process completed with exit code 1.`
  ),
  c(
    'helm chart dependencies not fetched',
    'PAT-006',
    `==> Linting charts/app
[ERROR] templates/: template: app/templates/NOTES.txt:3:12: executing "app/templates/NOTES.txt" at <{{template "db.name" .}}>: template "db.name" not defined
⟫[WARNING] /home/runner/work/app/charts/app: chart directory is missing these dependencies: postgresql

Error: 1 chart(s) linted, 1 chart(s) failed`
  ),
  c(
    'rust linker missing',
    'PAT-006',
    `   Compiling libc v0.2.150\n⟫error: linker \`cc\` not found\n  = note: No such file or directory (os error 2)`
  ),
  c(
    'npm notarget',
    'PAT-006',
    `npm ERR! code ETARGET
⟫npm ERR! notarget No matching version found for react@19.9.9.
npm ERR! notarget In most cases you or one of your dependencies are requesting
npm ERR! notarget a package version that doesn't exist.`
  ),
  c('setup-java runtime missing', 'PAT-006', `⟫Error: Unable to find Java runtime matching the version 17`),
  c(
    'dotnet host without an sdk',
    'PAT-006',
    `$ dotnet build -c Release
The command could not be loaded, possibly because:
  * You intended to execute a .NET application:
      The application 'build' does not exist.
  * You intended to execute a .NET SDK command:
⟫      No .NET SDKs were found.

Download a .NET SDK:
https://aka.ms/dotnet/download`
  ),
  c(
    'dnf has no package of that name',
    'PAT-006',
    `+ dnf install -y gcc libpq-devel libfoo-devel
Last metadata expiration check: 0:00:41 ago on Mon Mar  4 10:12:01 2024.
No match for argument: libfoo-devel
⟫Error: Unable to find a match: libfoo-devel`
  ),
  c(
    'pip cannot build a wheel of a dependency',
    'PAT-006',
    `      error: command 'gcc' failed with exit code 1
      [end of output]

  note: This error originates from a subprocess, and is likely not a problem with pip.
  ERROR: Failed building wheel for lxml
Failed to build lxml
⟫ERROR: Could not build wheels for lxml, which is required to install pyproject.toml-based projects`
  ),
  c(
    'terraform provider that its registry does not have',
    'PAT-006',
    `Initializing provider plugins...
- Finding latest version of hashicorp/awss...
╷
│ Error: Failed to query available provider packages
│ 
⟫│ Could not retrieve the list of available versions for provider hashicorp/awss: provider registry registry.terraform.io does not have a provider named registry.terraform.io/hashicorp/awss
╵`
  ),
  c(
    'helm chart dependency not built',
    'PAT-006',
    `$ helm install web ./charts/web --namespace ci
⟫Error: INSTALLATION FAILED: An error occurred while checking for chart dependencies. You may need to run \`helm dependency build\` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: postgresql`
  ),
  // A library's development headers not installed, in each compiler's words.
  c(
    'clang cannot find a system header',
    'PAT-006',
    `[ 12%] Building C object CMakeFiles/png2svg.dir/src/decode.c.o
⟫/home/runner/work/png2svg/src/decode.c:4:10: fatal error: 'png.h' file not found
#include <png.h>
         ^~~~~~~
1 error generated.
make[2]: *** [CMakeFiles/png2svg.dir/build.make:76: CMakeFiles/png2svg.dir/src/decode.c.o] Error 1`
  ),
  c(
    'msvc cannot open an include file',
    'PAT-006',
    `  decode.c
⟫D:\\a\\png2svg\\src\\decode.c(4,10): fatal error C1083: Cannot open include file: 'png.h': No such file or directory [D:\\a\\png2svg\\build\\png2svg.vcxproj]`
  ),
  // A runtime older than a dependency or the build needs, in each tool's wording.
  c(
    'rubygems requires a newer ruby',
    'PAT-006',
    `Fetching nokogiri 1.16.0 (x86_64-linux)
Installing nokogiri 1.16.0 (x86_64-linux)
⟫Gem::InstallError: nokogiri requires Ruby version >= 3.0, < 3.4.dev.
An error occurred while installing nokogiri (1.16.0), and Bundler cannot continue.`
  ),
  c(
    'gradle plugin needs a newer jvm',
    'PAT-006',
    `FAILURE: Build failed with an exception.

* What went wrong:
A problem occurred configuring root project 'app'.
> Could not resolve all files for configuration ':classpath'.
⟫   > Dependency requires at least JVM runtime version 17. This build uses a Java 11 JVM.

BUILD FAILED in 4s`
  ),
  c(
    'android gradle plugin needs java 17',
    'PAT-006',
    `FAILURE: Build failed with an exception.

* What went wrong:
An exception occurred applying plugin request [id: 'com.android.application']
> Failed to apply plugin 'com.android.internal.application'.
⟫   > Android Gradle plugin requires Java 17 to run. You are currently using Java 11.

BUILD FAILED in 2s`
  ),
  c(
    'terraform provider checksum not in the lock file',
    'PAT-006',
    `Initializing provider plugins...
- Reusing previous version of hashicorp/google from the dependency lock file
╷
│ Error: Failed to install provider
│ 
⟫│ Error while installing hashicorp/google v5.10.0: the local package for registry.terraform.io/hashicorp/google 5.10.0 doesn't match any of the checksums previously recorded in the dependency lock file
╵`
  ),
  c('bare killed', 'PAT-008', `   Compiling app v0.1.0 (/home/runner/work/app)\n⟫Killed`),
  c('make build target echo', 'PAT-001', `⟫make: *** [Makefile:12: all] Error 2`),
  c(
    'reviewdog eslint annotation',
    'PAT-007',
    `2026-01-01T00:00:00.0000000Z ##[group]Run reviewdog/action-eslint@v1
2026-01-01T00:00:00.1000000Z ##[endgroup]
⟫2026-01-01T00:00:01.0000000Z ##[error]'x' is assigned a value but never used. (no-unused-vars)
2026-01-01T00:00:01.1000000Z ##[error]reviewdog: found at least one issue with severity greater than or equal to the given level: error`
  ),
  c(
    'grype action threshold',
    'PAT-003',
    `2026-01-01T00:00:00.0000000Z ##[group]Run anchore/scan-action@v3
2026-01-01T00:00:00.1000000Z ##[endgroup]
⟫2026-01-01T00:00:05.0000000Z ##[error]Failed minimum severity level. Found vulnerabilities with level 'high' or higher`
  ),
  c(
    'docker registry deadline',
    'PAT-008',
    `⟫Error response from daemon: Get "https://registry-1.docker.io/v2/": context deadline exceeded`
  ),
  c('jenkins aborted by timeout', 'PAT-005', `Build was aborted\n⟫Aborted by timeout\nFinished: ABORTED`),
  c(
    'flutter analyze message first',
    'PAT-007',
    `Analyzing app...
⟫   info • Avoid \`print\` calls in production code • lib/main.dart:12:5 • avoid_print
warning • Unused import: 'package:flutter/foundation.dart' • lib/util.dart:1:8 • unused_import

2 issues found. (ran in 3.1s)`
  ),
  c(
    'sbt junit interface',
    'PAT-002',
    `⟫[error] Test com.acme.CalcTest.add failed: java.lang.AssertionError: expected:<4> but was:<3>, took 0.004 sec
[error] Failed: Total 3, Failed 1, Errors 0, Passed 2
[error] Failed tests:
[error] \tcom.acme.CalcTest
[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful`
  ),
  c(
    'cabal solver backjump',
    'PAT-006',
    `Resolving dependencies...
Error: cabal: Could not resolve dependencies:
[__0] trying: app-0.1.0.0 (user goal)
[__1] next goal: aeson (dependency of app)
[__1] rejecting: aeson-2.2.1.0 (conflict: app => aeson<2)
⟫[__1] fail (backjumping, conflict set: aeson, app)
After searching the rest of the dependency tree exhaustively, these were the
goals I've had most trouble fulfilling: aeson, app`
  ),
  c(
    'gradle daemon heap exhausted',
    'PAT-008',
    `> Task :app:compileKotlin\n⟫Expiring Daemon because JVM heap space is exhausted`
  ),
  c(
    'gradle daemon disappeared',
    'PAT-008',
    `⟫The Gradle daemon disappeared unexpectedly (it may have been killed or may have crashed)`
  ),
  c(
    'jvm cannot reserve heap',
    'PAT-008',
    `Error occurred during initialization of VM\n⟫Could not reserve enough space for object heap`
  ),
  c(
    'android resource linking',
    'PAT-001',
    `⟫error: resource android:attr/lStar not found.
Execution failed for task ':app:processDebugResources'.
> Android resource linking failed`
  ),
  c(
    'gradle wrapper jar missing',
    'PAT-006',
    `⟫Error: Could not find or load main class org.gradle.wrapper.GradleWrapperMain`
  ),
  c('java home not set', 'PAT-006', `⟫ERROR: JAVA_HOME is not set and no 'java' command could be found in your PATH.`),
  c('yarn classic no versions', 'PAT-006', `⟫error Couldn't find any versions for "left-pad" that matches "^9.0.0"`),
  c(
    'apt package not available',
    'PAT-006',
    `⟫Package libfoo-dev is not available, but is referred to by another package.
This may mean that the package is missing, has been obsoleted, or
is only available from another source`
  ),
  c(
    'pip requires a different python',
    'PAT-006',
    `⟫ERROR: Package 'foo' requires a different Python: 3.8.18 not in '>=3.10'`
  ),
  c(
    'openssl-sys without openssl',
    'PAT-006',
    `error: failed to run custom build command for \`openssl-sys v0.9.93\`
⟫  Could not find directory of OpenSSL installation, and this \`-sys\` crate cannot`
  ),
  c('python module missing bare', 'PAT-006', `⟫/usr/bin/python3: No module named pytest`),

  // Families of complete job logs in more languages and on more runners (issue 8, third part):
  // Julia's test sets, image scanners' own fail-criteria wording, a compiler killed for memory
  // that gcc calls an internal error, Android lint stopping a Gradle build.
  c(
    'julia testset errored',
    'PAT-002',
    `     Testing Running tests...
Test Summary: | Pass  Error  Total
parser        |   14      1     15
⟫ERROR: LoadError: Some tests did not pass: 14 passed, 0 failed, 1 errored, 0 broken.
in expression starting at /home/runner/work/Parser.jl/Parser.jl/test/runtests.jl:4
ERROR: Package Parser errored during testing
##[error]Process completed with exit code 1.`
  ),
  c(
    'julia package not found',
    'PAT-006',
    `⟫ERROR: LoadError: ArgumentError: Package JSON3 not found in current path.
- Run \`import Pkg; Pkg.add("JSON3")\` to install the JSON3 package.
in expression starting at /home/runner/work/app/app/src/app.jl:3`
  ),
  c(
    'image scanner found a vulnerability over its threshold',
    'PAT-003',
    `Scanning image app:ci (alpine 3.18)
⟫FAILED: Found a vulnerability that is equal or higher than MEDIUM severity!
Package: openssl | CVE: CVE-2023-5678 | Severity: MEDIUM
##[error]Process completed with exit code 1.`
  ),
  c(
    'gcc killed as an internal compiler error',
    'PAT-008',
    `[ 42%] Building CXX object src/CMakeFiles/core.dir/parser.cpp.o
⟫g++: internal compiler error: Killed (program cc1plus)
Please submit a full bug report, with preprocessed source (by using -freport-bug).
make[2]: *** [src/CMakeFiles/core.dir/build.make:90: src/CMakeFiles/core.dir/parser.cpp.o] Error 4
make: *** [Makefile:136: all] Error 2`
  ),
  c(
    'android lint stops a release build',
    'PAT-007',
    `> Task :app:lintVitalAnalyzeRelease
> Task :app:lintVitalReportRelease
⟫Lint found fatal errors while assembling a release target.

Fix the issues identified by lint, or create a baseline to see only new errors.
To suppress this error, run ./gradlew updateLintBaseline to generate a baseline.

> Task :app:lintVitalRelease FAILED

FAILURE: Build failed with an exception.

* What went wrong:
Execution failed for task ':app:lintVitalRelease'.
> A failure occurred while executing com.android.build.gradle.internal.lint.AndroidLintWorkAction`
  ),
  c(
    'maven enforcer rule failed',
    'PAT-006',
    `[INFO] --- enforcer:3.4.1:enforce (enforce) @ app ---
⟫[WARNING] Rule 0: org.apache.maven.enforcer.rules.dependency.DependencyConvergence failed with message:
Dependency convergence error for com.fasterxml.jackson.core:jackson-core:jar:2.15.2 paths to dependency are:
[INFO] ------------------------------------------------------------------------
[INFO] BUILD FAILURE
[INFO] ------------------------------------------------------------------------
[ERROR] Failed to execute goal org.apache.maven.plugins:maven-enforcer-plugin:3.4.1:enforce (enforce) on project app: Some Enforcer rules have failed. Look above for specific messages explaining why the rule failed.`
  ),
  c(
    'kubectl api server refused',
    'PAT-008',
    `##[group]Run kubectl apply -f k8s/
kubectl apply -f k8s/
shell: /usr/bin/bash -e {0}
##[endgroup]
⟫The connection to the server 10.0.0.12:6443 was refused - did you specify the right host or port?
##[error]Process completed with exit code 1.`
  ),
  c(
    'mamba cannot solve the environment',
    'PAT-006',
    `Collecting package metadata (repodata.json): done
Solving environment: failed

⟫LibMambaUnsatisfiableError: Encountered problems while solving:
  - nothing provides requested scipy ==0.1.0`
  ),
  c(
    'powershell module not found',
    'PAT-006',
    `Import-Module: D:\\a\\app\\app\\build.ps1:2
Line |
   2 |  Import-Module Pester -MinimumVersion 5.5
     |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
⟫     | The specified module 'Pester' was not loaded because no valid module file was found in any module directory.
##[error]Process completed with exit code 1.`
  ),
  c(
    'helm template does not render',
    'PAT-001',
    `##[group]Run helm template release charts/web
helm template release charts/web
shell: /usr/bin/bash -e {0}
##[endgroup]
⟫Error: template: web/templates/service.yaml:9:18: executing "web/templates/service.yaml" at <.Values.service.port>: nil pointer evaluating interface {}.port
##[error]Process completed with exit code 1.`
  ),
  c(
    'shell reports its job killed',
    'PAT-008',
    `##[group]Run npm run test:e2e || exit 1
npm run test:e2e || exit 1
shell: /usr/bin/bash -e {0}
##[endgroup]
> web@2.1.0 test:e2e
> node scripts/e2e.js
⟫/home/runner/work/_temp/8f2e1c.sh: line 1:  2388 Killed                  npm run test:e2e
##[error]Process completed with exit code 1.`
  ),
  // Excerpts as pasted into issues: formats of tools seen only there (issue 8).
  c(
    'mstest failed test with its duration',
    'PAT-002',
    `  passed Parses_Empty_Input (12ms)
⟫  failed Rejects_Unknown_Option ("net8.0",Release) (1s 104ms)
    Assert.AreEqual failed. Expected:<2>. Actual:<0>.
      at Cli.Tests.OptionTests.Rejects_Unknown_Option() in /_/tests/Cli.Tests/OptionTests.cs:41`
  ),
  c(
    'xunit assertion without a runner summary',
    'PAT-002',
    `⟫    Assert.Equal() Failure: Strings differ
           ↓ (pos 3)
    Expected: "ready"
    Actual:   "reaDy"`
  ),
  c(
    'rspec failure block',
    'PAT-002',
    `Failures:

  1) Invoice#total sums its lines
⟫     Failure/Error: expect(invoice.total).to eq(30)

       expected: 30
            got: 20`
  ),
  c(
    'license-checker package licensed under a license not allowed',
    'PAT-004',
    `⟫Package "left-pad@1.3.0" is licensed under "WTFPL" which is not permitted by the --onlyAllow flag. Exiting.
npm ERR! code ELIFECYCLE
npm ERR! errno 1`
  ),
  c(
    'cargo fetch with --locked on a stale lock file',
    'PAT-006',
    `+ cargo fetch --locked
    Updating crates.io index
⟫error: cannot update the lock file /build/src/Cargo.lock because --locked was passed to prevent this
help: to generate the lock file without accessing the network, remove the --locked flag and use --offline instead.`
  ),
  c(
    'a job service stops a job at its limit',
    'PAT-005',
    `Applying 412 changes to the project...
⟫Timeout error! The job failed to finish within 600 seconds!`
  ),
  c(
    'jenkins agent connection closed',
    'PAT-008',
    `[Pipeline] sh
⟫10:12:03 FATAL: Channel "unknown": Remote call on JNLP4-connect connection from 10.0.4.7/10.0.4.7:50122 failed. The channel is closing down or has closed down
10:12:03 java.nio.channels.ClosedChannelException`
  ),
  c(
    'apt cannot resolve its mirror in a docker build',
    'PAT-008',
    `Step 3/9 : RUN apt-get update
Err:1 http://deb.debian.org/debian bookworm InRelease
⟫  Could not resolve 'deb.debian.org'
W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Could not resolve 'deb.debian.org'
W: Some index files failed to download. They have been ignored, or old ones used instead.`
  ),
  c(
    'ruff on a notebook cell',
    'PAT-007',
    `⟫notebooks/intro.ipynb:cell 3:1:8: F401 [*] \`numpy\` imported but unused
Found 1 error.
[*] 1 fixable with the \`--fix\` option.`
  ),
  c(
    'pnpm frozen install pasted from the web view with its step header',
    'PAT-006',
    `Run pnpm install --frozen-lockfile
  pnpm install --frozen-lockfile
  shell: /usr/bin/bash -e {0}
  env:
    PNPM_HOME: /home/runner/setup-pnpm/node_modules/.bin
⟫ ERR_PNPM_LOCKFILE_CONFIG_MISMATCH  Cannot proceed with the frozen installation. The current "overrides" configuration doesn't match the value found in the lockfile
Update your lockfile using "pnpm install --no-frozen-lockfile"
Error: Process completed with exit code 1.`
  ),
  c(
    'klog error line of a Go tool',
    'PAT-004',
    `I0105 09:14:02.118203    5120 library.go:90] scanning 48 libraries
W0105 09:14:02.902514    5120 library.go:101] "golang.org/x/net" contains non-Go code that can't be inspected
⟫E0105 09:14:03.274431    5120 main.go:60] Forbidden license type AGPL-3.0 for library github.com/acme/agpl-lib`
  ),
  c(
    'jenkins loses its agent mid-step',
    'PAT-008',
    `[Pipeline] sh
+ make test
running 220 tests
⟫Cannot contact build-agent-7: java.lang.InterruptedException
⟫wrapper script does not seem to be touching the log file in /home/jenkins/workspace/app@tmp/durable-5c1e2a
(JENKINS-48300: if on an extremely laggy filesystem, consider -Dorg.jenkinsci.plugins.durabletask.BourneShellScript.HEARTBEAT_CHECK_INTERVAL=86400)
script returned exit code -1`
  ),
  c(
    'numpy cannot allocate an array',
    'PAT-008',
    `Traceback (most recent call last):
  File "/home/runner/work/model/model/train.py", line 14, in <module>
    grid = np.zeros((200000, 200000))
⟫numpy.core._exceptions._ArrayMemoryError: Unable to allocate 298. GiB for an array with shape (200000, 200000) and data type float64
##[error]Process completed with exit code 1.`
  ),
  c(
    'ktlint through a gradle task named after it',
    'PAT-007',
    `##[group]Run ./gradlew ktlintCheck
./gradlew ktlintCheck
shell: /usr/bin/bash -e {0}
##[endgroup]
> Task :app:ktlintMainSourceSetCheck FAILED
⟫/home/runner/work/app/app/src/main/kotlin/Cart.kt:14:1 Unexpected blank line(s) before "}" (standard:no-blank-line-before-rbrace)
##[error]Process completed with exit code 1.`
  ),
  c(
    'go vet-style unused import as go 1.20 prints it',
    'PAT-001',
    `# github.com/acme/app
⟫./main.go:7:2: "os" imported and not used`
  ),
  c(
    'apt package without an installation candidate',
    'PAT-006',
    `Reading package lists...
⟫Package 'libfoo-dev' has no installation candidate`
  ),
  c(
    'pip refuses an externally managed environment',
    'PAT-006',
    `⟫error: externally-managed-environment

× This environment is externally managed
╰─> To install Python packages system-wide, try apt install python3-xyz`
  ),
  c(
    'faulthandler dump of a test over its time limit',
    'PAT-005',
    `tests/test_sync.py::test_full_sync
⟫Timeout (0:05:00)!
Thread 0x00007f3a1c2b4740 (most recent call first):
  File "/usr/lib/python3.12/threading.py", line 355 in wait`
  ),
  c(
    'a licence scanner names a non-compliant licence',
    'PAT-004',
    `Scanning 212 dependencies...
⟫Found 1 non-compliant license: AGPL-3.0 (report-kit)`
  ),
  c(
    'a licence header check',
    'PAT-004',
    `checking 48 files for headers
⟫license header is missing in internal/store/cache.go`
  ),
  c(
    'bundler lock file without the platform of the runner',
    'PAT-006',
    `Your bundle only supports platforms ["arm64-darwin-23"] but your local platform is x86_64-linux.
⟫Add the current platform to the lockfile with
\`bundle lock --add-platform x86_64-linux\` and try again.`
  ),
  c(
    'bazel action whose compile failed',
    'PAT-001',
    `INFO: Analyzed target //app:server (4 packages loaded, 112 targets configured).
⟫ERROR: /home/ci/repo/app/BUILD:9:10: Compiling app/server.cc failed: (Exit 1): gcc failed: error executing CppCompile command
Target //app:server failed to build`
  ),
  // Runner and setup endings of complete job logs (issue 8): SIGTERM from the runner, setup
  // actions that stop the job, manifests and IaC inputs that do not parse or are missing.
  c(
    'a GitHub runner stops a test step with SIGTERM',
    'PAT-008',
    `tests/test_export.py ........................................ [ 40%]
⟫##[error]Process completed with exit code 143.`
  ),
  c(
    'setup-node caching with no lock file',
    'PAT-006',
    `##[group]Run actions/setup-node@v4
##[endgroup]
⟫##[error]Dependencies lock file is not found in /home/runner/work/site/site. Supported file patterns: package-lock.json,npm-shrinkwrap.json,yarn.lock`
  ),
  c(
    'setup-java caching with no Gradle file in the checkout',
    'PAT-006',
    `##[group]Run actions/setup-java@v4
Java configuration:
  Distribution: zulu
  Version: 17.0.18+8
##[endgroup]
⟫##[error]No file in /home/runner/work/reader/reader matched to [**/*.gradle*,**/gradle-wrapper.properties,buildSrc/**/Versions.kt,buildSrc/**/Dependencies.kt,gradle/*.versions.toml,**/versions.properties], make sure you have checked out the target repository`
  ),
  c(
    'setup-python caching with no requirements file',
    'PAT-006',
    `##[group]Run actions/setup-python@v5
Successfully set up CPython (3.12.7)
##[endgroup]
⟫##[error]No file in /home/runner/work/tool/tool matched to [**/requirements.txt], make sure you have checked out the target repository`
  ),
  c(
    "a cache glob's words in a changelog and a passing cache step",
    null,
    `- setup-java: report "No file in the workspace matched to the cache pattern" as a warning
Run actions/setup-java@v4
Cache restored from key: setup-java-Linux-gradle-5f1e2c
Received 214958080 of 214958080 (100.0%), 101.4 MBs/sec`
  ),
  c(
    "pnpm's fetch codes in a passing test run and a release note",
    null,
    `$ vitest run
 ✓ src/errors.test.ts > maps ERR_PNPM_FETCH_404 to a missing package (3 ms)
 Test Files  1 passed (1)
      Tests  12 passed (12)
- install: explain ERR_PNPM_FETCH_404 when a private scope has no token`
  ),
  c(
    'pnpm: a direct dependency the registry does not have',
    'PAT-006',
    `##[group]Run pnpm install
##[endgroup]
 WARN  Ignoring not compatible lockfile at /home/runner/work/app/app/pnpm-lock.yaml
⟫ ERR_PNPM_FETCH_404  GET https://registry.npmjs.org/@acme%2Fwidgets-mock: Not Found - 404

This error happened while installing a direct dependency of /home/runner/work/app/app

@acme/widgets-mock is not in the npm registry, or you have no permission to fetch it.

No authorization header was set for the request.
##[error]Process completed with exit code 1.`
  ),
  c(
    'next build: a path alias to a file of the project that does not exist',
    'PAT-001',
    `   Creating an optimized production build ...
Failed to compile.

./app/api/orders/route.ts:4:1
⟫Module not found: Can't resolve '@/lib/session/store'
  2 | import { db } from '@/lib/db';
> 4 | import { store } from '@/lib/session/store';

https://nextjs.org/docs/messages/module-not-found

> Build failed because of webpack errors`
  ),
  c(
    'vite: an import through a ~ alias that does not resolve',
    'PAT-001',
    `vite v5.4.2 building for production...
transforming (12) src/main.ts
⟫[vite]: Rollup failed to resolve import "~/components/Header.vue" from "/home/runner/work/site/site/src/App.vue".
error during build:`
  ),
  c(
    'helm values file that does not parse',
    'PAT-001',
    `⟫Error: failed to parse values.yaml: error converting YAML to JSON: yaml: line 7: mapping values are not allowed in this context`
  ),
  c(
    'terraform plan without a required variable',
    'PAT-001',
    `Terraform has been successfully initialized!
⟫Error: No value for required variable

  on variables.tf line 4:
   4: variable "project_id" {

The root module input variable "project_id" is not set, and has no default value.`
  ),

  // Formats of newer tools, written from their documented output.
  c(
    "ruff's full output: the rule and message, then an arrow to the place",
    'PAT-007',
    `$ ruff check src
⟫F401 [*] \`os\` imported but unused
 --> src/app/main.py:1:8
  |
1 | import os
  |        ^^
2 | import sys
  |
help: Remove unused import: \`os\`

Found 1 error.
[*] 1 fixable with the \`--fix\` option.`
  ),
  c(
    'ty reports an unresolved import',
    'PAT-007',
    `⟫error[unresolved-import]: Cannot resolve imported module \`requests\`
 --> src/client.py:1:8
  |
1 | import requests
  |        ^^^^^^^^
  |
info: rule \`unresolved-import\` is enabled by default

Found 1 diagnostic`
  ),
  c(
    'oxlint reports an unused variable under a cross',
    'PAT-007',
    `⟫  × eslint(no-unused-vars): Variable 'count' is declared but never used.
   ╭─[src/index.ts:3:7]
 2 │
 3 │ const count = 0;
   ·       ──┬──
   ·         ╰── 'count' is declared here
 4 │
   ╰────
  help: Consider removing this declaration.

Found 0 warnings and 1 error.
Finished in 12ms on 4 files with 93 rules using 8 threads.`
  ),
  c(
    'swc rejects a file it cannot parse (a miette report with its source)',
    'PAT-001',
    `⟫  × Expected ';', '}' or <eof>
   ╭─[src/main.ts:3:1]
 3 │ const a = 1 2
   ·             ─
   ╰────

Caused by:
    Syntax Error`
  ),
  c(
    'kubeconform finds a manifest that does not match its schema',
    'PAT-007',
    `$ kubeconform -summary -strict manifests/
⟫manifests/deployment.yaml - Deployment web is invalid: problem validating schema. Check JSON formatting: jsonschema: '/spec/replicas' does not validate with https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/master-standalone-strict/deployment-apps-v1.json#/properties/spec/properties/replicas/type: expected integer or null, but got string
Summary: 3 resources found in 2 files - Valid: 2, Invalid: 1, Errors: 0, Skipped: 0`
  ),
  c(
    'markdown-link-check finds a dead link',
    'PAT-007',
    `FILE: docs/install.md
  [✓] https://example.org/ok
⟫  [✖] https://example.org/moved → Status: 404

  2 links checked.

  ERROR: 1 dead links found!
  [✖] https://example.org/moved → Status: 404`
  ),
  c(
    'ansible-lint 6: rule[tag] lines, each with its place, and the failure count',
    'PAT-007',
    `WARNING  Listing 2 violation(s) that are fatal
⟫yaml[truthy]: Truthy value should be one of [false, true]
roles/web/tasks/main.yml:4

⟫name[missing]: All tasks should be named.
roles/web/tasks/main.yml:9 Task/Handler: shell chmod 0644 /etc/app.conf

Read documentation for instructions on how to ignore specific rule violations.

                  Rule Violation Summary
 count tag           profile rule associated tags
     1 yaml[truthy]  basic   formatting, yaml
     1 name[missing] basic   idiom

Failed: 2 failure(s), 0 warning(s) on 6 files. Last profile that met the validation criteria was 'min'.`
  ),
  c(
    'ansible-lint 6: a violation its profile only warns about, and the Passed verdict',
    null,
    `WARNING  Listing 1 violation(s) that are fatal
jinja[spacing]: Jinja2 spacing could be improved: {{item}} -> {{ item }} (warning)
roles/web/tasks/main.yml:12 Jinja2 template rewrite recommendation: \`{{ item }}\`.

Read documentation for instructions on how to ignore specific rule violations.

              Rule Violation Summary
 count tag            profile rule associated tags
     1 jinja[spacing] basic   formatting (warning)

Passed: 0 failure(s), 1 warning(s) on 4 files. Last profile that met the validation criteria was 'production'.`
  ),
  c(
    'ansible-lint 6: the verdict of a clean run under a profile',
    null,
    `WARNING  Overriding detected file kind 'yaml' with 'playbook' for given positional argument: deploy.yml

Passed with production profile: 0 failure(s), 0 warning(s) on 1 files.`
  ),
  c(
    "kube-score: a check's CRITICAL title under the object it scored",
    'PAT-007',
    `$ kube-score score deploy/*.yaml
apps/v1/Deployment api                                                        💥
⟫    [CRITICAL] Container Image Tag
        · api -> Image with latest tag
            Using a fixed tag is recommended to avoid accidental upgrades
⟫    [CRITICAL] Container Security Context Privileged
        · api -> The container is privileged
            Set securityContext.privileged to false. Privileged containers can
            access all devices on the host, and grants almost the same access as
            non-containerized processes on the host.
    [WARNING] Deployment has host PodAntiAffinity
        · Deployment does not have a host podAntiAffinity set`
  ),
  c(
    'kube-score: OK and WARNING checks only (it exits 0 on warnings)',
    null,
    `apps/v1/Deployment web                                                        ✅
    [OK] Container Resources
    [OK] Container Image Tag
    [WARNING] Container Image Pull Policy
        · web -> ImagePullPolicy is not set to Always
            It's recommended to always set the ImagePullPolicy to Always`
  ),
  c(
    "bazel: an action's failed header is its echo; the linker's error under it is the cause",
    'PAT-001',
    `INFO: Analyzed target //lib:codec (0 packages loaded, 0 targets configured).
ERROR: /src/lib/BUILD:5:11: Linking lib/libcodec.so failed: (Exit 1): gcc failed: error executing CppLink command (from target //lib:codec) /usr/bin/gcc @bazel-out/k8-fastbuild/bin/lib/libcodec.so-2.params

Use --sandbox_debug to see verbose messages from the sandbox and retain the sandbox build root for debugging
⟫/usr/bin/ld.gold: error: bazel-out/k8-fastbuild/bin/lib/_objs/codec/table.pic.o: requires dynamic R_X86_64_PC32 reloc against 'kTable' which may overflow at runtime; recompile with -fPIC
collect2: error: ld returned 1 exit status
Target //lib:codec failed to build
Use --verbose_failures to see the command lines of failed build steps.
INFO: Elapsed time: 0.612s, Critical Path: 0.50s
ERROR: Build did NOT complete successfully`
  ),
  c(
    "grype: its scan tree's match count and severity breakdown",
    'PAT-003',
    `$ grype registry.example.com/api:1.4.2
 ✔ Vulnerability DB                [no update available]
 ✔ Loaded image                                        registry.example.com/api:1.4.2
 ✔ Cataloged contents                        2c1f09a7c1d44e5e8b7a1f0e3b9d2c4a5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b
   ├── ✔ Packages                        [212 packages]
   └── ✔ Executables                     [96 executables]
⟫ ✔ Scanned for vulnerabilities     [6 vulnerability matches]
⟫   ├── by severity: 1 critical, 2 high, 3 medium, 0 low, 0 negligible
   └── by status:   4 fixed, 2 not-fixed, 0 ignored`
  ),
  c(
    'grype: a scan tree with no matches',
    null,
    `$ grype dir:.
 ✔ Vulnerability DB                [no update available]
 ✔ Indexed file system                                                   .
 ✔ Cataloged contents                        9f0e1d2c3b4a59687766554433221100ffeeddccbbaa99887766554433221100
   └── ✔ Packages                        [41 packages]
 ✔ Scanned for vulnerabilities     [0 vulnerability matches]
   ├── by severity: 0 critical, 0 high, 0 medium, 0 low, 0 negligible
   └── by status:   0 fixed, 0 not-fixed, 0 ignored
No vulnerabilities found`
  ),
  c(
    "renv::status: the library's packages out of step with the lockfile",
    'PAT-006',
    `> renv::status()
⟫The following package(s) are out of sync:

  Package   Installed Lockfile
  jsonlite  1.8.8     1.8.4
  rlang     1.1.3     1.1.1

Use \`renv::snapshot()\` to save changes to lockfile
Execution halted`
  ),
  c(
    'renv::status: a library in step with its lockfile',
    null,
    `> renv::status()
No issues found -- the project is in a consistent state.
* The project is already synchronized with the lockfile.`
  ),
  c(
    "dotnet format's lower-case diagnostic ids under --verify-no-changes",
    'PAT-007',
    `⟫  C:\\src\\Api\\Startup.cs(14,1): error whitespace: Fix whitespace formatting.
  C:\\src\\Api\\Program.cs(3,5): error whitespace: Fix whitespace formatting.
Format complete in 2381ms.`
  ),
  c(
    'dotnet format: a run that formatted nothing',
    null,
    `$ dotnet format --verify-no-changes src/Api/Api.csproj
Format complete in 1190ms.`
  ),
  c(
    "zig build: a compile step's own error line, over the summary's count of failed steps",
    'PAT-001',
    `⟫zig build-lib firmware ReleaseSmall thumb-freestanding-eabihf: error: the following command terminated unexpectedly:
/opt/zig/zig build-lib /src/firmware/src/root.zig --cache-dir /src/firmware/.zig-cache --name firmware -target thumb-freestanding-eabihf --listen=-
Build Summary: 1/4 steps succeeded; 1 failed
install transitive failure
└─ install firmware transitive failure
   └─ zig build-lib firmware ReleaseSmall thumb-freestanding-eabihf failure
error: the following build command failed with exit code 1:
/src/firmware/.zig-cache/o/5b1e0c4f2a9d8e7f6a5b4c3d2e1f0a9b/build /opt/zig/zig /src/firmware /src/firmware/.zig-cache /root/.cache/zig`
  ),
  c(
    'zig build: every step and test passed',
    null,
    `$ zig build test --summary all
Build Summary: 7/7 steps succeeded; 24/24 tests passed
test success
└─ run test 24 passed 3ms MaxRSS:2M`
  ),
  c(
    "Go's resolver failing inside a module download",
    'PAT-008',
    `go: downloading github.com/spf13/cobra v1.8.0
⟫go: github.com/spf13/cobra@v1.8.0: Get "https://proxy.golang.org/github.com/spf13/cobra/@v/v1.8.0.mod": dial tcp: lookup proxy.golang.org on 127.0.0.53:53: server misbehaving`
  ),
  c(
    'the hosted runner fails the job itself',
    'PAT-008',
    `Run ./scripts/e2e.sh
Starting browsers
⟫##[error]The hosted runner encountered an error while running your job. (Error Type: Disconnect).`
  ),
  c(
    'no runner came online for the job',
    'PAT-008',
    `⟫##[error]This request was automatically failed because there were no enabled runners online to process the request for more than 1 days.`
  ),
  c(
    'terraform state held by another run',
    'PAT-008',
    `Acquiring state lock. This may take a few moments...
⟫Error: Error acquiring the state lock

Error message: ConditionalCheckFailedException: The conditional request failed
Lock Info:
  ID:        7c1d5e2a-99f0-4c2e-8d1b-6a3e2f1c0b9d
  Operation: OperationTypeApply`
  ),
  c(
    'a Kubernetes rollout past its progress deadline',
    'PAT-005',
    `Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available...
⟫error: deployment "web" exceeded its progress deadline`
  ),
  c(
    'terraform provider not matching the lock file',
    'PAT-006',
    `Initializing provider plugins...
- Reusing previous version of hashicorp/google from the dependency lock file
Error: Failed to install provider

⟫Error while installing hashicorp/google v5.12.0: the current package for registry.terraform.io/hashicorp/google 5.12.0 doesn't match any of the checksums previously recorded in the dependency lock file`
  ),
  c(
    'kubeconform rejecting a manifest',
    'PAT-007',
    `⟫manifests/ingress.yaml - Ingress web is invalid: problem validating schema. Check JSON formatting: jsonschema: '/spec/rules/0/http/paths/0/backend' does not validate: missing properties: 'service'
Summary: 14 resources found in 6 files - Valid: 13, Invalid: 1, Errors: 0, Skipped: 0`
  ),
  // Compilers' and bundlers' own formats whose words read like a test's (`expected … but
  // found`, a `✘`), linters seen through GitHub's web view (`Error: ` before the tool's line),
  // and passing runs that print error words.
  c(
    'esbuild error report',
    'PAT-001',
    `$ esbuild src/app.jsx --bundle --outdir=dist
⟫✘ [ERROR] Unexpected "}"

    src/app.jsx:14:0:
      14 │ }
         ╵ ^

1 error`
  ),
  c(
    'a parse error worded as expected-but-found',
    'PAT-001',
    `transforming (12) src/routes/+page.svelte
⟫src/routes/+page.svelte:3:10: ERROR: Expected ";" but found "{"
error during build:
Error: Transform failed with 1 error:`
  ),
  c(
    'ghc 9.6 variable not in scope with its diagnostic code',
    'PAT-001',
    `[3 of 7] Compiling Config.Load ( src/Config/Load.hs, dist-newstyle/build/Config/Load.o )

⟫src/Config/Load.hs:41:12: error: [GHC-88464]
    Variable not in scope: readSettings :: FilePath -> IO Settings
   |
41 |   cfg <- readSettings path
   |          ^^^^^^^^^^^^`
  ),
  c(
    'older ghc naming an unknown identifier on the location line',
    'PAT-001',
    `[2 of 4] Compiling Parser ( src/Parser.hs, dist/build/Parser.o )

⟫src/Parser.hs:88:5: Not in scope: \`manyTill'
cabal: Error: some packages failed to install:
parser-0.3 failed during the building phase. The exception was:
ExitFailure 1`
  ),
  c(
    "ktlint's plain reporter without rule ids",
    'PAT-007',
    `> Task :core:ktlintMainSourceSetCheck
⟫/home/runner/work/app/app/core/src/main/kotlin/app/Cache.kt:12:1: Unexpected blank line(s) before "}"
⟫/home/runner/work/app/app/core/src/main/kotlin/app/Cache.kt:30:18: Missing spacing after ","`
  ),
  c(
    "markdownlint copied from GitHub's web view",
    'PAT-007',
    `Run npx markdownlint-cli2 "**/*.md"
⟫Error: docs/setup.md:7:81 MD013/line-length Line length [Expected: 80; Actual: 96]
Error: Process completed with exit code 1.`
  ),
  c(
    "phpstan's summary copied from GitHub's web view",
    'PAT-007',
    `Run composer phpstan
> phpstan analyse --memory-limit=1G --no-progress
Note: Using configuration file /home/runner/work/shop/shop/phpstan.neon.
⟫Error:  [ERROR] Found 3 errors
Error: Process completed with exit code 1.`
  ),
  c(
    'rollup cli error in a step that chooses an output format',
    'PAT-001',
    `##[group]Run npx rollup -c --format esm
npx rollup -c --format esm
shell: /usr/bin/bash -e {0}
##[endgroup]

src/main.js → dist/bundle.js...
⟫[!] RollupError: src/main.js (2:9): "parse" is not exported by "src/csv.js", imported by "src/main.js".
##[error]Process completed with exit code 1.`
  ),
  c(
    'actionlint naming a shellcheck finding in a run block',
    'PAT-007',
    `$ actionlint
⟫.github/workflows/ci.yml:31:9: shellcheck reported issue in this script: SC2046:warning:2:14: Quote this to prevent word splitting [shellcheck]
   |
31 |         run: |
   |         ^~~~
⟫.github/workflows/ci.yml:40:24: property "node" is not defined in object type {} [expression]
   |
40 |           node-version: \${{ matrix.node }}
   |                           ^~~~~~~~~~~~~~~`
  ),
  c(
    "yamllint's standard format",
    'PAT-007',
    `./deploy/values.yaml
⟫  12:1      error    wrong indentation: expected 2 but found 4  (indentation)
  30:81     warning  line too long (97 > 80 characters)  (line-length)`
  ),
  c(
    "phpcs's summary report",
    'PAT-007',
    `PHP CODE SNIFFER REPORT SUMMARY
----------------------------------------------------------------------
FILE                                                  ERRORS  WARNINGS
----------------------------------------------------------------------
src/Controller/CartController.php                     3       1
----------------------------------------------------------------------
⟫A TOTAL OF 3 ERRORS AND 1 WARNING WERE FOUND IN 1 FILE
----------------------------------------------------------------------`
  ),
  // C and C++ test frameworks that report in a compiler's diagnostic form
  c(
    'GoogleTest through ctest: the failed check, not ctest summary',
    'PAT-002',
    `[==========] Running 3 tests from 1 test suite.
[ RUN      ] Parser.SplitsOnComma
[       OK ] Parser.SplitsOnComma (0 ms)
[ RUN      ] Parser.KeepsQuotedComma
⟫/home/runner/work/csv/csv/tests/parser_test.cc:27: Failure
Expected equality of these values:
  fields.size()
    Which is: 3
  2u
[  FAILED  ] Parser.KeepsQuotedComma (0 ms)
[==========] 3 tests from 1 test suite ran. (1 ms total)
[  FAILED  ] 1 test, listed below:
[  FAILED  ] Parser.KeepsQuotedComma
67% tests passed, 1 tests failed out of 3
The following tests FAILED:
	  2 - Parser.KeepsQuotedComma (Failed)
Errors while running CTest`
  ),
  c(
    'GoogleTest on a Windows runner (MSVC form)',
    'PAT-002',
    `[ RUN      ] Clock.AddsMinutes
⟫D:\\a\\clock\\clock\\tests\\clock_test.cpp(41): error: Value of: c.minutes()
  Actual: 59
Expected: 0
[  FAILED  ] Clock.AddsMinutes (1 ms)`
  ),
  c(
    'Boost.Test check failed (reads like an MSVC error line)',
    'PAT-002',
    `Running 4 test cases...
⟫tests/vec_test.cpp(33): error: in "vec_suite/normalizes": check v.length() == 1.0 has failed [0.99999 != 1]

*** 1 failure is detected in the test module "vec"`
  ),
  c(
    'CppUTest failure in compiler form',
    'PAT-002',
    `⟫tests/ring_test.cpp:48: error: Failure in TEST(RingBuffer, WrapsAround)
	expected <7>
	but was  <0>

Errors (1 failures, 12 tests, 12 ran, 30 checks, 0 ignored, 0 filtered out, 3 ms)`
  ),
  c(
    'Catch2 REQUIRE failed',
    'PAT-002',
    `tests/money_test.cpp:14: FAILED:
⟫  REQUIRE( round_cents(2.675) == 268 )
with expansion:
  267 == 268

test cases: 5 | 4 passed | 1 failed
assertions: 9 | 8 passed | 1 failed`
  ),
  c(
    "deno test: a test fails on leaked resources (no secret scanner's leak)",
    'PAT-002',
    `running 2 tests from ./server_test.ts
serves the index ... ok (12ms)
⟫closes the socket ... FAILED (8ms)

 ERRORS 

closes the socket => ./server_test.ts:21:6
error: Leaks detected:
  - A TCP connection was opened/accepted during the test, but not closed during the test.

FAILED | 1 passed | 1 failed (40ms)`
  ),
  // Monorepo task runners: the failed task's name says what failed
  c(
    'nx run-many summary of a failed build target',
    'PAT-001',
    `⟫ >  NX   Running target build for 4 projects failed

   Failed tasks:

   - admin:build

   Hint: run the command with --verbose for more details.`
  ),
  c(
    "turbo's summary names the failed lint task",
    'PAT-007',
    `@acme/ui:lint: 
@acme/ui:lint: ELIFECYCLE  Command failed with exit code 1.

 Tasks:    3 successful, 4 total
Cached:    1 cached, 4 total
  Time:    9.812s 
⟫Failed:    @acme/ui#lint

 ERROR  run failed: command  exited (1)`
  ),
  c(
    "lerna's echo of a failed test script",
    'PAT-002',
    `lerna info Executing command in 3 packages: "npm run test"
⟫lerna ERR! npm run test exited 1 in '@shop/cart'
lerna ERR! npm run test stdout:`
  ),
  // A Docker build's failed RUN reads like a step that ran its command
  c(
    'BuildKit: a RUN of the build script fails with no other message',
    'PAT-001',
    `#11 [builder 5/7] RUN npm run build
#11 0.412 > web@1.0.0 build
#11 0.412 > next build
⟫#11 ERROR: process "/bin/sh -c npm run build" did not complete successfully: exit code: 1
------
 > [builder 5/7] RUN npm run build:
------
⟫ERROR: failed to solve: process "/bin/sh -c npm run build" did not complete successfully: exit code: 1`
  ),
  // Lock files out of date, in other wordings
  c(
    'mix: a dependency whose lock entry no longer matches mix.exs',
    'PAT-006',
    `Resolving Hex dependencies...
* jason (Hex package)
⟫  lock mismatch: the dependency is out of date. To fetch locked version run "mix deps.get"
** (Mix) Can't continue due to errors on dependencies`
  ),
  c(
    'composer: a required package missing from composer.lock',
    'PAT-006',
    `Installing dependencies from lock file (including require-dev)
Verifying lock file contents can be installed on current platform.
Warning: The lock file is not up to date with the latest changes in composer.json.
⟫- Required package "monolog/monolog" is not present in the lock file.
This usually happens when composer files are incorrectly merged or the composer.json file is manually edited.`
  ),
  // opam's error box: the compiler's message inside it, not the box's title
  c(
    "opam's error box around a compile error",
    'PAT-001',
    `#=== ERROR while compiling mylib.1.2.0 ========================================#
# context     2.1.5 | linux/x86_64 | ocaml-base-compiler.5.1.1
# command     ~/.opam/opam-init/hooks/sandbox.sh build dune build -p mylib -j 3
# exit-code   1
### output ###
# File "src/codec.ml", line 12, characters 10-22:
⟫# Error: Unbound module Bytes_ext`
  ),
  // Warnings alone, and the tool went on: nothing failed
  c(
    'a lock-file warning the package manager recovers from',
    null,
    `Run pdm sync -G test
WARNING: Lockfile hash doesn't match pyproject.toml, packages may be outdated
Updating the lock file...
Changes are written to pdm.lock.
All packages are synced to date, nothing to do.`
  ),
  c(
    'a checkstyle report whose findings are all warnings',
    null,
    `$ hadolint --format checkstyle Dockerfile
<?xml version='1.0' encoding='UTF-8'?>
<checkstyle version='4.3'>
<file name='Dockerfile'>
<error line='4' column='1' severity='warning' message='Pin versions in apt get install.' source='DL3008' />
</file>
</checkstyle>
Done.`
  ),
  // Copied from GitHub's web view: the tool's own line behind `Error: ` / `Warning: `
  c(
    'a C compile error copied from the web view',
    'PAT-001',
    `Warning: src/net.c:88:12: warning: unused variable 'flags' [-Wunused-variable]
⟫Error: src/net.c:102:5: error: implicit declaration of function 'strlcpy' [-Werror=implicit-function-declaration]
Error: Process completed with exit code 2.`
  ),
  c(
    'a linter annotation copied from the web view',
    'PAT-007',
    `⟫Error: app/models/user.py:3:8: F401 [*] \`os\` imported but unused
Error: app/models/user.py:14:1: E302 Expected 2 blank lines, found 1
Error: Process completed with exit code 1.`
  ),
  c(
    'a pytest summary line copied from the web view',
    'PAT-002',
    `⟫Error: FAILED tests/test_api.py::test_login_rejects_expired - AssertionError: assert 401 == 200
Error: Process completed with exit code 1.`
  ),
  // pip's resolver notice after an install that worked: no failure, and no cause next to one
  c(
    "pip's conflict notice after an install that worked",
    null,
    `Installing collected packages: urllib3, requests
ERROR: pip's dependency resolver does not currently take into account all the packages that are installed. This behaviour is the source of the following dependency conflicts.
botocore 1.34.2 requires urllib3<2.1,>=1.25.4; python_version >= "3.10", but you have urllib3 2.2.1 which is incompatible.
awscli 1.32.2 requires docutils<0.17,>=0.10, which is not installed.
Successfully installed requests-2.31.0 urllib3-2.2.1`
  ),
  c(
    "a test failure after pip's conflict notice",
    'PAT-002',
    `ERROR: pip's dependency resolver does not currently take into account all the packages that are installed. This behaviour is the source of the following dependency conflicts.
awscli 1.32.2 requires docutils<0.17,>=0.10, which is not installed.
Successfully installed requests-2.31.0 urllib3-2.2.1
============================= test session starts ==============================
collected 12 items

tests/test_sync.py ....F.......                                          [100%]

=================================== FAILURES ===================================
_______________________________ test_retry_limit _______________________________

    def test_retry_limit():
>       assert sync.retries == 3
⟫E       assert 5 == 3

tests/test_sync.py:41: AssertionError
=========================== short test summary info ============================
FAILED tests/test_sync.py::test_retry_limit - assert 5 == 3
========================= 1 failed, 11 passed in 0.42s =========================`
  ),
  // A race detector's report, written as a warning, fails the test run
  c(
    "Go's race detector in a test run",
    'PAT-002',
    `=== RUN   TestCacheConcurrentSet
==================
⟫WARNING: DATA RACE
Write at 0x00c000124060 by goroutine 9:
  example.com/cache.(*Cache).Set()
      /home/runner/work/cache/cache/cache.go:31 +0x64

Previous read at 0x00c000124060 by goroutine 8:
  example.com/cache.(*Cache).Get()
      /home/runner/work/cache/cache/cache.go:22 +0x3c
==================
    testing.go:1398: race detected during execution of test
--- FAIL: TestCacheConcurrentSet (0.01s)`
  ),
  // A sanitizer's report stops the test program it runs in: the report, not the runner's summary
  c(
    'AddressSanitizer in a test run under ctest',
    'PAT-002',
    `    Start 3: parser.tokens
3/4 Test #3: parser.tokens ....................***Failed    0.31 sec
=================================================================
⟫==8812==ERROR: AddressSanitizer: heap-use-after-free on address 0x6030000000a0 at pc 0x55f1c2 bp 0x7ffd sp 0x7ffd
READ of size 8 at 0x6030000000a0 thread T0
    #0 0x55f1c2 in token_next /src/lexer.c:88
    #1 0x55f2d4 in main /tests/test_tokens.c:31
SUMMARY: AddressSanitizer: heap-use-after-free /src/lexer.c:88 in token_next
==8812==ABORTING

75% tests passed, 1 tests failed out of 4

The following tests FAILED:
	  3 - parser.tokens (Failed)
Errors while running CTest`
  ),
  c(
    'UndefinedBehaviorSanitizer stopping a C++ unit test binary',
    'PAT-002',
    `[ RUN      ] Histogram.Bucketing
⟫/home/runner/work/hist/hist/src/histogram.cpp:42:19: runtime error: shift exponent 64 is too large for 64-bit type 'long unsigned int'
SUMMARY: UndefinedBehaviorSanitizer: undefined-behavior /home/runner/work/hist/hist/src/histogram.cpp:42:19
make[2]: *** [CMakeFiles/check.dir/build.make:70: check] Error 1
make: *** [Makefile:91: check] Error 2
##[error]Process completed with exit code 2.`
  ),
  c(
    'LeakSanitizer at the end of a test program',
    'PAT-002',
    `All 12 checks passed

=================================================================
⟫==30411==ERROR: LeakSanitizer: detected memory leaks

Direct leak of 64 byte(s) in 1 object(s) allocated from:
    #0 0x7f2a in malloc (/lib/x86_64-linux-gnu/libasan.so.8+0xd8)
    #1 0x4011a6 in config_load src/config.c:57

SUMMARY: AddressSanitizer: 64 byte(s) leaked in 1 allocation(s).
FAIL: test_config
Error: Process completed with exit code 1.`
  ),
  // A chain of Python exceptions: the last one is what the program died of
  c(
    'httpx timeout raised while handling the socket timeout it wraps',
    'PAT-008',
    `Traceback (most recent call last):
  File "/usr/lib/python3.12/site-packages/httpcore/_exceptions.py", line 10, in map_exceptions
    yield
  File "/usr/lib/python3.12/site-packages/httpcore/_backends/sync.py", line 126, in read
    return self._sock.recv(max_bytes)
TimeoutError: timed out

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/home/runner/work/docs/docs/scripts/sync_translations.py", line 41, in <module>
    main()
  File "/home/runner/work/docs/docs/scripts/sync_translations.py", line 33, in main
    r = client.get(f"{API}/projects/docs/strings", timeout=10)
  File "/usr/lib/python3.12/site-packages/httpx/_transports/default.py", line 86, in map_httpcore_exceptions
    raise mapped_exc(message) from exc
⟫httpx.ReadTimeout: timed out
Error: Process completed with exit code 1.`
  ),
  // Maven's enforcer refusing the runner's JDK, in enforcer 3.0's words
  c(
    "maven-enforcer's requireJavaVersion on an older JDK",
    'PAT-006',
    `[INFO] --- maven-enforcer-plugin:3.0.0:enforce (enforce-java) @ gateway ---
⟫[WARNING] Rule 0: org.apache.maven.plugins.enforcer.RequireJavaVersion failed with message:
⟫Detected JDK Version: 11.0.21 is not in the allowed range [17,).
[INFO] ------------------------------------------------------------------------
[INFO] BUILD FAILURE
[INFO] ------------------------------------------------------------------------
[ERROR] Failed to execute goal org.apache.maven.plugins:maven-enforcer-plugin:3.0.0:enforce (enforce-java) on project gateway: Some Enforcer rules have failed. Look above for specific messages explaining why the rule failed. -> [Help 1]`
  ),
  // Azure Pipelines: the task's name and the script it echoes say what ran, the output what failed
  c(
    'a licence allow list in an Azure Pipelines Bash task, its script echoed before the output',
    'PAT-004',
    `##[section]Starting: Check licences
==============================================================================
Task         : Bash
Description  : Run a Bash script on macOS, Linux, or Windows
Version      : 3.250.1
==============================================================================
Generating script.
Script contents:
npx license-compliance --production --allow 'MIT;ISC;Apache-2.0'
========================== Starting Command Output ===========================
[command]/usr/bin/bash /home/vsts/work/_temp/9a8b7c6d.sh
⟫Not compliant packages found
Licenses
├─ LGPL-3.0-or-later: 1
└─ UNKNOWN: 2

##[error]Bash exited with code '1'.
##[section]Finishing: Check licences`
  ),
  // Node's fetch names no network error in its first line: `fetch failed`, the cause after it
  c(
    "node's fetch failing in a release script",
    'PAT-008',
    `> site@3.1.0 release
> node scripts/publish-release.mjs

publishing v3.1.0 to the release API
⟫TypeError: fetch failed
    at node:internal/deps/undici/undici:13502:13
    at async publish (file:///home/runner/work/site/site/scripts/publish-release.mjs:21:15) {
⟫  [cause]: Error: getaddrinfo EAI_AGAIN api.releases.example
      at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26) {
    errno: -3001,
    code: 'EAI_AGAIN',
    syscall: 'getaddrinfo',
    hostname: 'api.releases.example'
  }
}

Node.js v22.11.0
Error: Process completed with exit code 1.`
  ),
  c(
    'a licence allow list finding packages not compliant, in an npm script',
    'PAT-004',
    `> web@2.0.0 licenses
> license-compliance --production --allow "MIT;ISC;BSD-3-Clause" --report detailed

⟫Not compliant packages found
Packages
└─ chart-lib@4.2.1
   ├─ Licenses: GPL-3.0-only
   └─ Repository: charts/chart-lib
Error: Process completed with exit code 1.`
  ),
  // Runner-level endings: a shell the runner cannot find, a job's pod evicted from its node
  c(
    "GitHub's runner without the step's shell on its PATH",
    'PAT-006',
    `##[group]Run ./scripts/release.ps1
./scripts/release.ps1
shell: pwsh -command ". '{0}'"
##[endgroup]
⟫##[error]Unable to locate executable file: pwsh. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`
  ),
  c(
    "a GitLab Kubernetes executor's pod evicted mid-job",
    'PAT-008',
    `Running with gitlab-runner 17.5.2 (c6eae8d7)
$ make test
ok  	github.com/acme/api/pkg/a	0.12s
⟫ERROR: Job failed: pod "runner-x7k2p-project-12-concurrent-0-abc" is disrupted: reason "EvictionByEvictionAPI", message "Eviction API: evicting"`
  ),
  // node-gyp: its own echoes say little; the missing tool or the compiler says why
  c(
    'node-gyp without make on the runner',
    'PAT-006',
    `> bcrypt@5.1.1 install /app/node_modules/bcrypt
> node-pre-gyp install --fallback-to-build
gyp ERR! build error
⟫gyp ERR! stack Error: not found: make
gyp ERR! stack     at getNotFoundError (/usr/lib/node_modules/npm/node_modules/which/which.js:10:17)
gyp ERR! not ok`
  ),
  // Docker: a COPY whose source is not in the build context
  c(
    'BuildKit COPY of a path the context lacks',
    'PAT-001',
    `#9 [stage-1 4/6] COPY dist/ /srv/app/
⟫#9 ERROR: failed to calculate checksum of ref 5k2::x9: "/dist": not found
------
 > [stage-1 4/6] COPY dist/ /srv/app/:
------
⟫ERROR: failed to solve: failed to compute cache key: "/dist" not found: not found`
  ),
  c(
    "gitleaks-action's stop on secrets found",
    'PAT-003',
    `Run gitleaks/gitleaks-action@v1
⟫STOP! Gitleaks encountered leaks
----------------------------------
{
	"rule": "Generic API Key",
	"file": "config/settings.py",
	"lineNumber": 12
}`
  ),
  // A workspace runner's task name before each line says which command failed
  c(
    "turbo's lint task fails with only its runner's echoes",
    'PAT-007',
    `ui-kit:lint: > eslint-config-check
ui-kit:lint: Error: Command failed with exit code 1.
⟫ui-kit:lint: ERROR: command finished with error: command exited (1)`
  ),
  c(
    "turbo's build task fails with a generic error",
    'PAT-001',
    `@acme/docs:build: Error: something went wrong while rendering /guide
⟫@acme/docs:build: ERROR: command finished with error: command exited (1)`
  ),
  c(
    "Psalm's error count in its dashed box",
    'PAT-007',
    `Target PHP version: 8.2 (inferred from composer.json).
Scanning files...
Analyzing files...
------------------------------
⟫3 errors found
------------------------------
Checks took 4.21 seconds and used 180.332MB of memory`
  ),
  c(
    'yarn warns of a package.json without a licence field, the install passes',
    null,
    `yarn install v1.22.22
warning package.json: No license field
warning ui@1.0.0: No license field
[1/4] Resolving packages...
[4/4] Building fresh packages...
Done in 4.18s.`
  ),
  c(
    'a CircleCI step whose passing tests print connection errors',
    null,
    `#!/bin/bash -eo pipefail
npm test

  client
    ✔ retries after ECONNRESET
request failed: connect ECONNREFUSED 127.0.0.1:6379
    ✔ falls back when the cache is down

  2 passing (48ms)

CircleCI received exit code 0`
  ),
  // Jenkins' Timestamper before every line: the time and its two blanks go, the line's own
  // indentation stays (a Julia stack frame, pytest's `E` lines read as the tools wrote them)
  c(
    'jenkins timestamper before a pytest failure',
    'PAT-002',
    `10:12:01  ============================= test session starts ==============================
10:12:02  tests/test_rates.py F                                                    [100%]
10:12:02  =================================== FAILURES ===================================
10:12:02  ______________________________ test_daily_rate _______________________________
10:12:02
10:12:02      def test_daily_rate():
10:12:02  >       assert daily_rate(70) == 10.5
⟫10:12:02  E       assert 10.0 == 10.5
10:12:02  E        +  where 10.0 = daily_rate(70)
10:12:02
10:12:02  tests/test_rates.py:4: AssertionError
10:12:03  ============================== 1 failed in 0.03s ===============================
10:12:03  ERROR: script returned exit code 1
10:12:03  Finished: FAILURE`
  ),
  c(
    'timestamper date and time before a julia test error',
    'PAT-002',
    `2020-03-19 13:16:40       Testing Running tests...
⟫2020-03-19 13:16:47  ERROR: LoadError: Some tests did not pass: 1 passed, 0 failed, 1 errored, 0 broken.
2020-03-19 13:16:47  in expression starting at /var/lib/jenkins/workspace/geo/test/runtests.jl:10
2020-03-19 13:16:47  Stacktrace:
2020-03-19 13:16:47    [1] pkgerror(msg::String)
2020-03-19 13:16:47      @ Pkg.Types /opt/julia/share/julia/stdlib/v1.10/Pkg/src/Types.jl:69 [inlined]
2020-03-19 13:16:48  ERROR: script returned exit code 1
2020-03-19 13:16:48  Finished: FAILURE`
  ),
  // Maven's empty `[ERROR]` separator (trailing blank cut) says nothing failed by itself
  c(
    'maven frontend plugin npm warnings around an empty error line',
    null,
    `15:29:09,383 [WARNING] npm WARN tools No license field.
15:29:09,384 [ERROR]
15:29:09,385 [INFO] + polymer-cli@1.9.11
15:29:09,385 [INFO] added 1012 packages from 713 contributors in 11.3s`
  ),
  // TeamCity's build log: time, status letter and the step's block before each line, taken off
  c(
    'teamcity build log around a pytest failure',
    'PAT-002',
    `[10:12:00] :\t [Step 1/1] Starting: /opt/buildagent/temp/agentTmp/custom_script5396122011914164459
[10:12:01] :\t\t [Step 1/1] tests/test_rates.py F                                                    [100%]
[10:12:01] :\t\t [Step 1/1] =================================== FAILURES ===================================
[10:12:01] :\t\t [Step 1/1] ______________________________ test_daily_rate _______________________________
[10:12:01] :\t\t [Step 1/1]     def test_daily_rate():
[10:12:01] :\t\t [Step 1/1] >       assert daily_rate(70) == 10.5
⟫[10:12:01] :\t\t [Step 1/1] E       assert 10.0 == 10.5
[10:12:01] :\t\t [Step 1/1] E        +  where 10.0 = daily_rate(70)
[10:12:01] :\t\t [Step 1/1]
[10:12:01] :\t\t [Step 1/1] tests/test_rates.py:4: AssertionError
[10:12:02]E:\t [Step 1/1] Process exited with code 1`
  ),
  // A failed example's mark after its line number (phpspec's pretty format)
  c(
    'numbered failure mark of a spec runner',
    'PAT-002',
    `      Auth/TokenSpec
⟫  14  ✘ rejects an expired token
        expected [bool:true], but got [bool:false].`
  ),
  // A style finding in a linter's words on a located line, whatever its format
  c(
    'protobuf linter naming findings',
    'PAT-007',
    `buf lint
⟫proto/billing/invoice.proto:18:10:Field name "InvoiceID" should be lower_snake_case, such as "invoice_id".
proto/billing/invoice.proto:19:10:Field name "DueDate" should be lower_snake_case, such as "due_date".
make: *** [Makefile:41: proto-lint] Error 100`
  ),
  c(
    'bracketed protobuf lint findings',
    'PAT-007',
    `⟫[api/v1/user.proto:12:3] Field name "displayName" must be LowerSnakeCase
[api/v1/user.proto:14:3] Field name "createdAt" must be LowerSnakeCase
exit status 1`
  ),
  c(
    'editorconfig checker findings by line number',
    'PAT-007',
    `src/config.ts:
⟫\t12: Wrong amount of left-padding spaces(want multiple of 4)
\t30-34: Wrong amount of left-padding spaces(want multiple of 4)
docs/setup.md:
\t7: Trailing whitespace
2 errors found`
  ),
  c(
    'javascript style checker without rule names',
    'PAT-007',
    `standard: Use JavaScript Standard Style (https://standardjs.com)
⟫  /home/runner/work/app/app/lib/cache.js:3:7: 'path' is defined but never used.
  /home/runner/work/app/app/lib/cache.js:9:21: Extra semicolon.
  /home/runner/work/app/app/lib/cache.js:14:1: Expected indentation of 2 spaces but found 4.`
  ),
  c(
    'kotlin style findings with no level',
    'PAT-007',
    `⟫/home/runner/work/app/app/src/main/kotlin/app/Router.kt:22:31: Missing newline after ","
/home/runner/work/app/app/src/main/kotlin/app/Router.kt:40:1: Exceeded max line length (120)`
  ),
  c(
    'pre-commit hooks that passed before a formatter failed',
    'PAT-007',
    `trim trailing whitespace.................................................Passed
fix end of files.........................................................Passed
⟫black....................................................................Failed
- hook id: black
- files were modified by this hook`
  ),
  c(
    'trailing whitespace hook passing',
    null,
    `trim trailing whitespace.................................................Passed
check yaml...............................................................Passed
mixed line ending........................................................Passed`
  ),
  // A static analyser's closing count
  c(
    'code sniffer error count',
    'PAT-007',
    `FILE: /app/src/Controller/HomeController.php
----------------------------------------------------------------------
⟫FOUND 2 ERRORS AFFECTING 2 LINES
----------------------------------------------------------------------
 14 | ERROR | Missing doc comment for function index()
 22 | ERROR | Line indented incorrectly; expected 8 spaces, found 6
----------------------------------------------------------------------`
  ),
  c(
    'analyzer issue count',
    'PAT-007',
    `Scanning 48 files for issues...
------------------------------
⟫3 issues found
------------------------------`
  ),
  // A dependency the resolver or the module file cannot give
  c(
    'cargo with no version matching a requirement',
    'PAT-006',
    `    Updating crates.io index
⟫error: failed to select a version for the requirement \`tokio = "^1.38"\`
candidate versions found which didn't match: 1.29.1, 1.29.0, 1.28.2, ...
location searched: crates.io index
required by package \`server v0.3.0 (/build/server)\``
  ),
  c(
    'go module file needing updates in read-only mode',
    'PAT-006',
    `$ go build ./...
⟫go: updates to go.mod needed; to update it:
\tgo mod tidy
make: *** [Makefile:12: build] Error 1`
  ),
  // A failed command known only from the tool that ran it: the command says what failed
  c(
    'msbuild exec of a test runner',
    'PAT-002',
    `⟫C:\\agent\\_work\\1\\s\\build.proj(88,5): error MSB3073: The command "vstest.console.exe Tests\\bin\\Release\\App.Tests.dll /logger:trx" exited with code 1.`
  ),
  c(
    'msbuild exec of a front-end build',
    'PAT-001',
    `  Building the client app...
⟫D:\\a\\shop\\shop\\Shop.Web.csproj(41,5): error MSB3073: The command "npm run build -- --configuration production" exited with code 1.
Process 'msbuild.exe' exited with code '1'.`
  ),
  c(
    'execa failure of a bundler script',
    'PAT-001',
    `$ node scripts/release.mjs
⟫Error: Command failed with exit code 2: pnpm run build
    at makeError (/home/runner/work/kit/kit/node_modules/execa/lib/error.js:60:11)`
  ),
  c(
    'python subprocess failure of a linter',
    'PAT-007',
    `Traceback (most recent call last):
  File "tools/check.py", line 22, in <module>
    subprocess.run(["flake8", "src"], check=True)
⟫subprocess.CalledProcessError: Command '['flake8', 'src']' returned non-zero exit status 1.`
  ),
  // A formatter's check asking whether it was run
  c(
    'formatter check that asks whether it was run',
    'PAT-007',
    `Checking formatting...
src/components/Cart.vue
⟫Code style issues found in the above file. Forgot to run Prettier?`
  ),
  // An interpreter the environment cannot find
  c(
    'no interpreter for a matrix environment',
    'PAT-006',
    `Creating environment: test.py3.9
⟫error: No interpreter found for Python 3.9 in managed installations or search path`
  ),
  c(
    'environment tool that cannot locate python',
    'PAT-006',
    `⟫Environment \`hatch-test.py3.11\` is incompatible: cannot locate Python: 3.11`
  ),
  // A request retried, then nothing failed
  c(
    'retried request in a post step',
    null,
    `Post job cleanup.
Attempt 1 of 3 failed with error: read ECONNRESET. Retrying request in 3000 ms...
Cache saved with key: linux-deps-5f2c1a`
  ),
  // Style findings reported through annotations that name neither a code nor a rule
  c(
    'whitespace check through annotations',
    'PAT-007',
    `##[group]Run ./scripts/check-whitespace.sh
./scripts/check-whitespace.sh
shell: /usr/bin/bash -e {0}
##[endgroup]
⟫::error file=docs/install.md,line=14::Trailing whitespace found
::error file=docs/install.md::Missing final newline
##[error]Process completed with exit code 1.`
  ),
  c(
    'line length through an annotation with a title',
    'PAT-007',
    `⟫::error file=src/main.rs,line=2,col=1,title=line-length::Line too long
::warning file=src/main.rs,line=9,col=10,title=trailing-whitespace::Trailing whitespace`
  ),
  c(
    'indentation finding without a rule name',
    'PAT-007',
    `app/views/orders/show.html.erb
⟫  12:3  Incorrect indentation for \`%>\`. Expected 2 spaces but found 0.
1 error found`
  ),
  // What a build needs and cannot have
  c(
    'bundler in deployment mode after the gemfile changed',
    'PAT-006',
    `$ bundle install --jobs=4 --retry=3 --deployment
⟫You are trying to install in deployment mode after changing
your Gemfile. Run \`bundle install\` elsewhere and add the
updated Gemfile.lock to version control.`
  ),
  c(
    'sdk too old for the target framework',
    'PAT-006',
    `  Determining projects to restore...
⟫/usr/share/dotnet/sdk/6.0.428/Sdks/Microsoft.NET.Sdk/targets/Microsoft.NET.TargetFrameworkInference.targets(144,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 8.0.  Either target .NET 6.0 or lower, or use a version of the .NET SDK that supports .NET 8.0. [/src/Api/Api.csproj]`
  ),
  c(
    'dependency verification of a build tool',
    'PAT-006',
    `* What went wrong:
Execution failed for task ':app:compileKotlin'.
⟫> Dependency verification failed for configuration ':app:compileClasspath':
    - On artifact okio-3.9.0.jar (com.squareup.okio:okio:3.9.0): checksum is missing from verification metadata.`
  ),
  c(
    'pod without a specification',
    'PAT-006',
    `Analyzing dependencies
⟫[!] Unable to find a specification for \`GoogleSignIn (~> 7.1)\`

You have either:
 * out-of-date source repos which you can update with \`pod repo update\` or with \`pod install --repo-update\`.`
  ),
  // A compiler's report in the TypeScript style, from a compiler with codes of its own
  c(
    'angular template compiler error',
    'PAT-001',
    `✔ Browser application bundle generation complete.
⟫Error: src/app/cart/cart.component.html:12:3 - error NG8001: 'app-price-tag' is not a known element:
1. If 'app-price-tag' is an Angular component, then verify that it is part of this module.

12   <app-price-tag [amount]="total"></app-price-tag>
     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~`
  ),
  c(
    'solidity compiler declaration error',
    'PAT-001',
    `Compiling 12 files with 0.8.19
⟫DeclarationError: Identifier not found or not unique.
  --> contracts/Vault.sol:41:5:
   |
41 |     IPriceOracle oracle;
   |     ^^^^^^^^^^^^

Error HH600: Compilation failed`
  ),
  // An expectation's message behind an error word is a test's, not a compiler's "expected"
  c(
    'browser test expectation behind an error word',
    'PAT-002',
    `CartService totals the lines
⟫\tError: Expected 42 to equal 40.
\t    at <Jasmine>
\t    at UserContext.apply (src/app/cart.service.spec.ts:31:29)
58 specs, 1 failure`
  ),
  // A browser a test runner cannot find
  c(
    'headless browser missing for the test runner',
    'PAT-006',
    `$ node scripts/e2e.js
⟫Error: Could not find Chrome (ver. 121.0.6167.85). This can occur if either
 1. you did not perform an installation before running the script (e.g. \`npx puppeteer browsers install chrome\`) or
 2. your cache path is incorrectly configured (which is: /home/runner/.cache/puppeteer).`
  ),
  c(
    'launcher with no binary for its browser',
    'PAT-006',
    `INFO [launcher]: Starting browser FirefoxHeadless
⟫ERROR [launcher]: No binary for FirefoxHeadless browser on your platform.
  Please, set "FIREFOX_BIN" env variable.`
  ),
  // A security scanner's finding header, and a scanner's clean verdict
  c(
    'phoenix security scanner finding',
    'PAT-003',
    `$ mix sobelow --exit Low
⟫SQL injection - High Confidence
File: lib/shop_web/controllers/order_controller.ex - search:42
Variable: query

-----------------------------------------------`
  ),
  c(
    'scanner with findings but none blocking',
    null,
    `Scan completed successfully.
  Found 3 findings (0 blocking) from 812 rules.
  No blocking findings so exiting with code 0`
  ),
  // A CI service that cannot start the machine, and a named task over its time
  c(
    'ci service that cannot start an instance',
    'PAT-008',
    `Scheduling task on a FreeBSD instance...
⟫Failed to start an instance! failed`
  ),
  c(
    'named task over its time',
    'PAT-005',
    `Prebuilding image from ci/Dockerfile...
⟫build failed: task Prebuild ci/Dockerfile (2) timed out`
  ),
  // A named assertion that failed at a place in the test file
  c(
    'named assertion failure with its place',
    'PAT-002',
    `FAILURE: conversions: 8 assertions, 7 succeeded
⟫Assertion "decimal round trip" failure at ../test/numeric.qtest:88
-----
    >> Expected: 1.25, Actual: 1.2
-----
Ran 1 test case, 1 error (8 assertions, 7 succeeded)`
  ),
  // A compiler's located error indented under the tool that ran it (stack, cabal, a build log)
  c(
    'ghc error indented under stack',
    'PAT-001',
    `--  While building package shapes-0.2.0 using:
      /home/runner/.stack/setup-exe-cache/x86_64-linux/Cabal-simple_3.2.1.0_ghc-8.10.7 --builddir=.stack-work/dist/x86_64-linux/Cabal-3.2.1.0 build
    Process exited with code: ExitFailure 1
    Logs have been written to: /home/runner/work/shapes/shapes/.stack-work/logs/shapes-0.2.0.log

    Building library for shapes-0.2.0..
    [2 of 5] Compiling Shapes.Area ( src/Shapes/Area.hs, .stack-work/dist/build/Shapes/Area.o )

⟫    /home/runner/work/shapes/shapes/src/Shapes/Area.hs:18:22: error:
        • Couldn't match expected type ‘Double’ with actual type ‘Int’
        • In the first argument of ‘sqrt’, namely ‘n’
       |
    18 | area (Square n) = sqrt n
       |                        ^`
  ),
  // Linters' findings at positions written their own way, without an error word
  c(
    'tslint prose position',
    'PAT-007',
    `> npm run lint

⟫src/app/cart.ts[14, 3]: == should be ===
src/app/cart.ts[22, 18]: " should be '
src/app/order.ts[5, 1]: unused variable: 'total'`
  ),
  c(
    'jshint line and col',
    'PAT-007',
    `Running "jshint:src" (jshint) task
⟫app.js: line 12, col 5, Expected an assignment or function call and instead saw an expression.
app.js: line 30, col 11, Use '===' to compare with 'null'.

>> 2 errors in 4 files`
  ),
  c(
    'grunt jshint bracket position',
    'PAT-007',
    `Running "jshint:all" (jshint) task
Linting src/cart.js ...
⟫[L7:C9] W030: Expected an assignment or function call and instead saw an expression.
  items.length > 0 && render
Warning: Task "jshint:all" failed. Use --force to continue.`
  ),
  c(
    'textlint fixable row',
    'PAT-007',
    `/home/runner/work/docs/docs/guide.md
⟫  8:14  ✓ error  Incorrect usage of the term: “javascript”, use “JavaScript” instead  terminology

✖ 1 problem (1 error, 0 warnings)
✓ 1 fixable problem.`
  ),
  // A test framework's assertion told at a place in a test source, in words a compiler also uses
  c(
    'specs2 predicate at a test file',
    'PAT-002',
    `[info] ParserSpec
[info] The parser should
[info] x read a decimal
⟫[error]    'Some(3)' is Some but 3 does not satisfy the given predicate (ParserSpec.scala:41)
[info] 3 examples, 1 failure, 0 error`
  ),
  // Test::Harness's summary rows of the files whose tests failed
  c(
    'prove summary rows',
    'PAT-002',
    `Test Summary Report
-------------------
⟫t/parse.t   (Wstat: 256 (exited 1) Tests: 9 Failed: 2)
  Failed tests:  4, 7
  Non-zero exit status: 1
Files=4, Tests=31,  1 wallclock secs ( 0.03 usr  0.01 sys +  0.40 cusr  0.08 csys =  0.52 CPU)
Result: FAIL`
  ),
  // Task runners that name the failed task (grunt, gulp), with a linter's code frame above it
  c(
    'grunt lint task with a code frame',
    'PAT-007',
    `Running "jshint:src" (jshint) task

   src/cart.js
     42 |     var total = items.reduce(add, 0)
⟫                                            ^ Missing semicolon.

>> 1 error in 9 files
Warning: Task "jshint:src" failed. Use --force to continue.

Aborted due to warnings.`
  ),
  c(
    'gulp lint task errored',
    'PAT-007',
    `[10:02:11] Using gulpfile ~/work/shop/gulpfile.js
[10:02:11] Starting 'eslint'...
⟫[10:02:13] 'eslint' errored after 1.9 s
[10:02:13] ESLintError in plugin "gulp-eslint"
Message:
    Failed with 3 errors`
  ),
  c(
    'grunt test task failed',
    'PAT-002',
    `Running "karma:unit" (karma) task
INFO [karma-server]: Karma v6.4.2 server started at http://localhost:9876/
INFO [launcher]: Starting browser ChromeHeadless
⟫Warning: Task "karma:unit" failed. Use --force to continue.`
  ),
  // A linter's rule code under the caret that points at the code
  c(
    'rule code under a caret',
    'PAT-007',
    `In deploy.sh line 14:
  rm -rf $TARGET/*
⟫        ^-----^ SC2115: Use "\${var:?}" to ensure this never expands to /* .

In deploy.sh line 20:
  for f in $(ls build); do
           ^---------^ SC2045: Iterating over ls output is fragile. Use globs.`
  ),
  // Bazel's analysis of a target failing: a build that never started
  c(
    'bazel analysis failed',
    'PAT-001',
    `INFO: Invocation ID: 3f1c2a9e-77b1-4e0a-9d3c-5b6a7c8d9e0f
ERROR: /home/runner/work/svc/svc/api/BUILD.bazel:12:10: no such target '//proto:api_go_proto': target 'api_go_proto' not declared in package 'proto'
⟫ERROR: Analysis of target '//api:server' failed; build aborted: Analysis failed
INFO: Elapsed time: 1.204s
INFO: 0 processes.
FAILED: Build did NOT complete successfully (12 packages loaded, 40 targets configured)`
  ),
  // A linter's annotation as the web view shows it, file dropped, the check named last
  c(
    'check named after an annotation message',
    'PAT-007',
    `Run golangci/golangci-lint-action@v6
Running [/home/runner/golangci-lint-1.61.0-linux-amd64/golangci-lint run] in [/home/runner/work/api/api] ...
⟫Error: Error return value of \x60resp.Body.Close\x60 is not checked (errcheck)
Error: ineffectual assignment to err (ineffassign)
Error: issues found
Ran golangci-lint in 2841ms`
  ),
  // A linter's code opening an indented line under the place it names (pydocstyle)
  c(
    'code under its place, indented',
    'PAT-007',
    `$ pydocstyle src
src/shop/cart.py:1 at module level:
⟫        D100: Missing docstring in public module
src/shop/cart.py:14 in public function \x60total\x60:
        D401: First line should be in imperative mood (perhaps 'Return', not 'Returns')`
  ),
  // reviewdog's JSON lines, as lint actions print them
  c(
    'rdjsonl finding at error severity',
    'PAT-007',
    `Run reviewdog -f=rdjsonl -reporter=github-pr-check
⟫{"message": "'recieve' is a misspelling of 'receive'", "location": {"path": "docs/intro.md", "range": {"start": {"line": 12, "column": 5}}}, "severity": "ERROR"}
{"message": "Use 'for example' instead of 'e.g.'", "location": {"path": "docs/intro.md", "range": {"start": {"line": 30, "column": 1}}}, "severity": "WARNING"}`
  ),
  // clang-tidy's wrapper of a compiler warning, in a compiler's error form
  c(
    'clang-tidy clang-diagnostic check as an error',
    'PAT-007',
    `⟫src/codec.cpp:41:12: error: implicit conversion loses integer precision: 'long' to 'int' [clang-diagnostic-shorten-64-to-32]
   41 |     return offset;
      |            ^~~~~~`
  ),
  // A linter's check named in brackets after the level, in a compiler's layout (deno_lint)
  c(
    'check id in brackets after the level',
    'PAT-007',
    `$ deno lint src
⟫error[no-explicit-any]: \x60any\x60 type is not allowed
  --> /home/runner/work/api/api/src/routes.ts:12:18
   |
12 | function parse(x: any) {
   |                   ^^^
   = hint: Use a specific type other than \x60any\x60
Found 1 problem
Checked 14 files`
  ),
  // A Python static checker's error at a place in a .py file (pyright's layout)
  c(
    'python checker error at a place',
    'PAT-007',
    `> pyright src
/home/runner/work/app/app/src/app/cart.py
⟫  /home/runner/work/app/app/src/app/cart.py:41:16 - error: Argument of type "str | None" cannot be assigned to parameter "sku" of type "str"
1 error, 0 warnings, 0 informations`
  ),
  // A linter's check in brackets after a compiler-form error, whatever the check's family
  c(
    'check in brackets after a compiler-form error',
    'PAT-007',
    `Running clang-tidy on 42 files
⟫src/net/socket.cpp:88:5: error: do not use 'else' after 'return' [readability-else-after-return,-warnings-as-errors]
   88 |   } else {
      |     ^~~~
1 warning treated as error`
  ),
  // An analyser's count with its kind of issue before the word (credo's closing summary)
  c(
    'closing count of consistency issues',
    'PAT-007',
    `$ mix credo --strict
Analysis took 4.2 seconds (0.4s to load, 3.8s running checks)
⟫1486 mods/funs, found 7 consistency issues, 1 warning, 36 refactoring opportunities, 202 code readability issues.`
  ),
  // A count of findings written with a plural in parentheses (erb_lint's verdict)
  c(
    'count of error(s) found',
    'PAT-007',
    `$ bundle exec erblint --lint-all
Linting 212 files with 14 linters...

⟫3 error(s) were found in ERB files`
  ),
  // A linter's count of its findings, after its command: the count is the line to quote, not
  // the command that names the tool
  c(
    'count of findings after the command that names the linter',
    'PAT-007',
    `$ bundle exec rubocop --parallel
Inspecting 212 files

⟫3 error(s) were found in ERB files`
  ),
  // A style finding told as a sentence, its place on the next line
  c(
    'style finding as a sentence over its place',
    'PAT-007',
    `Linting 70 files with 3 linters...

⟫Extra whitespace detected at end of line.
In file: app/views/orders/show.html.erb:12

⟫Unnecessary whitespace found.
In file: app/views/orders/index.html.erb:4`
  ),
  // golangci-lint's tab format: the linter's name in a column of its own
  c(
    "linter's name in a column of its own",
    'PAT-007',
    `golangci-lint run --out-format tab ./...
⟫cmd/modd/main.go:70:15     errcheck    Error return value of \x60runner.Reset\x60 is not checked
daemon.go:123:23           errcheck    Error return value of \x60d.cmd.Process.Signal\x60 is not checked
proc.go:37:36              interfacer  fp can be io.Reader`
  ),
  // cppcheck's classic template: the place in brackets, the severity in parentheses
  c(
    'place in brackets, severity in parentheses',
    'PAT-007',
    `$ cppcheck --std=posix --force --quiet --error-exitcode=1 .
⟫[src/Children.cpp:1057]: (error) Memory leak: varName
[src/EncodeBuffer.cpp:84]: (error) Invalid memory address freed.
[src/Loop.cpp:13009]: (error) Uninitialized variable: fileStat`
  ),
  // A line that only names the linter gives way to the finding it reports
  c(
    "a tool's name line gives way to its finding",
    'PAT-007',
    `> ec-lint  editorconfig-checker
./modules/db/schema.sql
⟫        ERROR:14 Wrong indent style found (tabs instead of spaces)
Result: 1 issues`
  ),
  // helm lint's finding under the chart it lints; a parser's "unexpected EOF" is no network's
  c(
    "helm lint's error under its chart",
    'PAT-007',
    `==> Linting ./charts/kestra
[INFO] Chart.yaml: icon is recommended
⟫[ERROR] Chart.yaml: chart type is not valid in apiVersion 'v1'. It is valid in apiVersion 'v2'
⟫[ERROR] templates/: parse error at (kestra/templates/secret.yaml:12): unexpected EOF

Error: 1 chart(s) linted, 1 chart(s) failed`
  ),
  // A lint count of zero failed charts is no failure
  c(
    'lint of charts with none failed',
    null,
    `$ helm lint ./chart
==> Linting ./chart
[INFO] Chart.yaml: icon is recommended

1 chart(s) linted, 0 chart(s) failed`
  ),
  // jest's suites that failed to run, though every test that ran passed
  c(
    'test suites failed while every test passed',
    'PAT-002',
    `$ jest --ci
⟫Test Suites: 1 failed, 4 passed, 5 total
Tests:       38 passed, 38 total
Snapshots:   0 total
Time:        6.2 s
Ran all test suites.`
  ),
  // NUnit's assertion exception, its expected and actual values on two lines
  c(
    "an assertion exception with NUnit's expected and but-was lines",
    'PAT-002',
    `  Failed CalculatesTotal [12 ms]
  Error Message:
⟫   NUnit.Framework.AssertionException :   Expected: 42
  But was:  41
  Stack Trace:
     at Shop.Tests.CartTests.CalculatesTotal() in /src/Shop.Tests/CartTests.cs:line 27`
  ),
  // A tool's own indented table under more lines than a sentence: output, not a paste's code block
  c(
    "a tool's indented table under its failure",
    'PAT-002',
    `Reports.Tests.RowCountTest.DailyTotals:
⟫Reports.Tests.QueryAssertionException :   Expected: count of rows is 30
  But was:  28

Actual result-set returned by the query:
Result-set with 28 rows

     day        | total
     ---------- | -----
     2024-01-01 | 410`
  ),
  // A GitLab runner that could not prepare the job's environment: no script ran
  c(
    'runner could not prepare the environment',
    'PAT-008',
    `Running with gitlab-runner 16.2.0 (782e15da)
  on docker-autoscaler-3 xYz12Ab
Preparing the "docker" executor
⟫ERROR: Preparation failed: Error response from daemon: Conflict. The container name "/runner-xyz12ab-project-42-concurrent-0-cache" is already in use
Will be retried in 3s ...
⟫ERROR: Job failed: prepare environment: exit code 1`
  ),
  // A table row that labels a zero count is a clean result
  c(
    'summary table with a zero count',
    null,
    `$ go list -json -m all | nancy sleuth
┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ Summary                      ┃
┣━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━┫
┃ Audited Dependencies    ┃ 212 ┃
┣━━━━━━━━━━━━━━━━━━━━━━━━━╋━━━━┫
┃ Vulnerable Dependencies ┃ 0  ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━┻━━━━┛`
  ),
  // WebdriverIO's spec reporter: each line behind the worker's prefix
  c(
    "a failed test behind a worker's prefix",
    'PAT-002',
    `[0-1] FAILED in chrome - file:///home/runner/work/shop/shop/test/specs/cart.e2e.ts
 "spec" Reporter:
------------------------------------------------------------------
[chrome 126.0.6478.126 linux #0-1] Running: chrome (v126.0.6478.126) on linux
[chrome 126.0.6478.126 linux #0-1] » /test/specs/cart.e2e.ts
[chrome 126.0.6478.126 linux #0-1] Cart
⟫[chrome 126.0.6478.126 linux #0-1]    ✖ adds an item to the cart
[chrome 126.0.6478.126 linux #0-1]    ✓ removes an item
[chrome 126.0.6478.126 linux #0-1]
[chrome 126.0.6478.126 linux #0-1] 1 passing (4.1s)
[chrome 126.0.6478.126 linux #0-1] 1 failing`
  ),
  // A lock file that would need changes the command is not allowed to make
  c(
    'lock file changes not allowed',
    'PAT-006',
    `$ nix build .#default --no-update-lock-file
error:
       … while updating the lock file of flake 'git+file:///home/runner/work/tool/tool'

⟫       error: flake 'git+file:///home/runner/work/tool/tool' requires lock file changes but they're not allowed due to '--no-update-lock-file'`
  ),
  // A count of violations with the tool's name before the noun
  c(
    "violations counted under the tool's name",
    'PAT-007',
    `[INFO] --- maven-checkstyle-plugin:3.3.1:check (validate) @ api ---
[INFO] Starting audit...
Audit done.
⟫[ERROR] You have 3 Checkstyle violations.`
  ),
  // PMD's finding with its rule and priority; vulture's with its confidence
  c(
    "a finding with its rule's priority",
    'PAT-007',
    `[INFO] --- maven-pmd-plugin:3.21.2:check (default) @ core ---
⟫[INFO] PMD Failure: org.acme.core.Parser:88 Rule:EmptyCatchBlock Priority:3 Avoid empty catch blocks.
[INFO] You have 1 PMD violation. For more details see: /home/runner/work/core/target/pmd.xml`
  ),
  c(
    'a finding with its confidence',
    'PAT-007',
    `$ vulture app/ --min-confidence 80
⟫app/cli.py:3: unused import 'shlex' (90% confidence)
app/views.py:41: unused variable 'retries' (100% confidence)`
  ),
  // luacheck counts warnings as failures
  c(
    "luacheck's total of warnings",
    'PAT-007',
    `Checking src/cache.lua                            2 warnings
Checking src/init.lua                             OK
⟫Total: 2 warnings / 0 errors in 2 files`
  ),
  // A module that lacks the package imported from it, under a package header
  c(
    'module found without the imported package',
    'PAT-006',
    `# example.com/scraper
⟫main.go:7:2: module github.com/PuerkitoBio/goquery@latest found (v1.5.0), but does not contain package github.com/PuerkitoBio/goquery/v2
FAIL	example.com/scraper [setup failed]`
  ),
  // busted's failure header, quoted alone
  c('busted failure header alone', 'PAT-002', `⟫Failure → spec/parser_spec.lua @ 12`),
  // cucumber's count of scenarios with the failed ones in parentheses
  c(
    'scenarios counted with the failed ones',
    'PAT-002',
    `⟫3 scenarios (1 failed, 2 passed)
14 steps (1 failed, 2 skipped, 11 passed)
0m4.512s`
  ),
  // A resolver that backjumped out of every choice (cabal), and a locked install that would change dependencies (pub)
  c(
    'solver that backjumped out of every choice',
    'PAT-006',
    `Resolving dependencies...
trying: mypkg-0.2.0 (user goal)
next goal: aeson (dependency of mypkg)
rejecting: aeson-2.2.1.0 (conflict: mypkg => aeson<2)
⟫fail (backjumping, conflict set: aeson, mypkg)`
  ),
  c(
    'locked install that would change dependencies',
    'PAT-006',
    `$ dart pub get --enforce-lockfile
Resolving dependencies...
⟫Would change 3 dependencies.
Unable to satisfy \x60pubspec.yaml\x60 using \x60pubspec.lock\x60.`
  ),
  // A diagnostic whose header is at warning level is a warning as a whole, whatever rule reads
  // its lines: the tool went on. Unless the log says warnings are fatal.
  c(
    'a static analyser that only warned, its check named in brackets',
    null,
    `$ clang-tidy -p build src/queue.cpp
412 warnings generated.
src/queue.cpp:88:17: warning: 'auto' could be 'const auto *' [readability-qualified-auto]
    for (auto it = items.begin(); it != items.end(); ++it) {
                ^
Suppressed 411 warnings (411 in non-user code).`
  ),
  c(
    'the same warning made fatal by the tool',
    'PAT-007',
    `$ clang-tidy -p build --warnings-as-errors='*' src/queue.cpp
412 warnings generated.
⟫src/queue.cpp:88:17: error: 'auto' could be 'const auto *' [readability-qualified-auto,-warnings-as-errors]
    for (auto it = items.begin(); it != items.end(); ++it) {
                ^
Suppressed 411 warnings (411 in non-user code).
1 warning treated as error`
  ),
  c(
    'rustc-style warning blocks of a linter, then its count of warnings',
    null,
    `warning: variable does not need to be mutable
  --> src/lib.rs:14:9
   |
14 |     let mut total = 0;
   |         ----^^^^^
   |         |
   |         help: remove this \x60mut\x60
   |
   = note: \x60#[warn(unused_mut)]\x60 on by default

warning: this \x60if\x60 has identical blocks
  --> src/lib.rs:20:5
   |
20 |     if ready { run() } else { run() }
   |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = help: for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#if_same_then_else
   = note: \x60#[warn(clippy::if_same_then_else)]\x60 on by default

warning: \x60store\x60 (lib) generated 2 warnings
    Finished \x60dev\x60 profile [unoptimized + debuginfo] target(s) in 0.41s`
  ),
  c(
    "a type checker's notes, no error among them",
    null,
    `$ mypy app
app/jobs.py:57: note: By default the bodies of untyped functions are not checked, consider using --check-untyped-defs  [annotation-unchecked]
app/jobs.py:63: note: By default the bodies of untyped functions are not checked, consider using --check-untyped-defs  [annotation-unchecked]
app/jobs.py:71: note: Revealed type is "builtins.list[builtins.str]"`
  ),
  c(
    "a compiler's warnings with the position in parentheses, then its success",
    null,
    `Hint: used config file '/etc/nim/nim.cfg' [Conf]
src/feed.nim(3, 8) Warning: imported and not used: 'strutils' [UnusedImport]
src/feed.nim(41, 5) Warning: 'parseFeed' is deprecated [Deprecated]
Hint: [Link]
Hint: 61234 lines; 1.402s; 98.5MiB peakmem; proj: src/feed.nim; out: bin/feed [SuccessX]`
  ),
  // The shell's own answer that the command succeeded: what it printed failed nothing
  c(
    'a command whose exit status the shell then printed as 0',
    null,
    `$ ./scripts/check-links.sh docs/
docs/setup.md: error: link to ./old-guide.md is redirected (kept, see allowlist)
1 file checked, 0 broken links
$ echo $?
0`
  ),
  // The command that failed decides between a linter and a compiler writing the same form
  c(
    "a linter's finding in a compiler's error form, under the linter's command",
    'PAT-007',
    `Run cargo clippy --all-targets
  cargo clippy --all-targets
  shell: /usr/bin/bash -e {0}
    Checking store v0.3.0 (/home/runner/work/store/store)
⟫error: manual implementation of \x60Option::map\x60
  --> src/cache.rs:41:9
   |
41 | /         match entry {
42 | |             Some(e) => Some(e.key),
43 | |             None => None,
44 | |         }
   | |_________^ help: try: \x60entry.map(|e| e.key)\x60
   |
error: could not compile \x60store\x60 (lib) due to 1 previous error
Error: Process completed with exit code 101.`
  ),
  c(
    "a compiler's error about code that does not build, under a linter's command",
    'PAT-001',
    `Run cargo clippy --all-targets
  cargo clippy --all-targets
  shell: /usr/bin/bash -e {0}
    Checking store v0.3.0 (/home/runner/work/store/store)
⟫error: cannot find value \x60entry\x60 in this scope
  --> src/cache.rs:41:15
   |
41 |         match entry {
   |               ^^^^^ not found in this scope
error: could not compile \x60store\x60 (lib) due to 1 previous error
Error: Process completed with exit code 101.`
  ),
  // A GitHub job goes on to its next step after a failed one when that one may fail, or when
  // the next one runs whatever failed before it (`if: always()`): the log cannot tell which,
  // so the failure stands, with low confidence.
  c(
    'a failed step, then a test step that passed (whole job log)',
    'PAT-007',
    `Current runner version: '2.321.0'
##[group]Run npx eslint src
npx eslint src
shell: /usr/bin/bash -e {0}
##[endgroup]

/home/runner/work/app/app/src/feed.js
⟫  12:7  error  'unused' is assigned a value but never used  no-unused-vars

✖ 1 problem (1 error, 0 warnings)

##[error]Process completed with exit code 1.
##[group]Run go test ./...
go test ./...
shell: /usr/bin/bash -e {0}
##[endgroup]
ok  	example.com/app/feed	0.014s
Post job cleanup.
Cleaning up orphan processes`
  ),
  c(
    'a failed step followed by an action that runs always and ends on a passing verdict (whole job log)',
    'PAT-007',
    `Current runner version: '2.321.0'
##[group]Run npx eslint src
npx eslint src
shell: /usr/bin/bash -e {0}
##[endgroup]

/home/runner/work/app/app/src/feed.js
⟫  12:7  error  'unused' is assigned a value but never used  no-unused-vars

✖ 1 problem (1 error, 0 warnings)

##[error]Process completed with exit code 1.
##[group]Run ./.github/actions/report@v2
with:
  path: reports/
##[endgroup]
Publishing 3 report files
OK
Post job cleanup.
Cleaning up orphan processes`
  ),
  c(
    'a failed step followed only by an upload that runs always (whole job log)',
    'PAT-007',
    `Current runner version: '2.321.0'
##[group]Run npx eslint src
npx eslint src
shell: /usr/bin/bash -e {0}
##[endgroup]

/home/runner/work/app/app/src/feed.js
⟫  12:7  error  'unused' is assigned a value but never used  no-unused-vars

✖ 1 problem (1 error, 0 warnings)

##[error]Process completed with exit code 1.
##[group]Run actions/upload-artifact@v4
with:
  name: reports
  path: reports/
##[endgroup]
With the provided path, there will be 1 file uploaded
Artifact reports has been successfully uploaded!
Post job cleanup.
Cleaning up orphan processes`
  ),
  // NuGet's audit of a restore, as an error, under MSBuild's closing summary
  c(
    'nuget audit error under Build FAILED',
    'PAT-003',
    `Run dotnet build
  Determining projects to restore...
⟫/src/App/App.csproj : error NU1902: Warning As Error: Package 'Newtonsoft.Json' 12.0.1 has a known moderate severity vulnerability, https://github.com/advisories/GHSA-5crp-9r3c-p9vr [/src/App.sln]
  Failed to restore /src/App/App.csproj (in 1.2 sec).

Build FAILED.

/src/App/App.csproj : error NU1902: Warning As Error: Package 'Newtonsoft.Json' 12.0.1 has a known moderate severity vulnerability, https://github.com/advisories/GHSA-5crp-9r3c-p9vr [/src/App.sln]
    0 Warning(s)
    1 Error(s)`
  ),
  // Jenkins' older wording for an agent lost in the middle of a build
  c(
    'jenkins slave went offline',
    'PAT-008',
    `[INFO] Building module core 2/5
⟫Slave went offline during the build
⟫ERROR: Connection was broken: java.io.IOException: Unexpected termination of the channel
	at hudson.remoting.SynchronousCommandTransport$ReaderThread.run(SynchronousCommandTransport.java:50)
Caused by: java.io.EOFException
Build step 'Invoke top-level Maven targets' marked build as failure
Finished: FAILURE`
  ),
  // CircleCI's word for a step it killed (the executor ran out of memory), alone
  c('circleci killed signal alone', 'PAT-008', `⟫Received "killed" signal`),
  // A command's timeout options say what it will allow, not what happened
  c(
    'curl timeout options on the command line before the timeout',
    'PAT-008',
    `== Fetch SDK ==
curl --fail --silent --output sdk.zip --connect-timeout 10 --max-time 120 https://dl.example.org/sdk.zip
Fetching sdk.zip (1.1 GB)
Writing to sdk.zip
Still downloading sdk.zip
⟫curl: (28) Operation timed out after 120002 milliseconds with 5251 out of 11671 bytes received
Download failed`
  ),
  // The Open Build Service's seconds before each line of a package build (`[   47s] `)
  c(
    'go inconsistent vendoring in an openSUSE build log',
    'PAT-006',
    `[   12s] + go build -mod=vendor -buildmode=pie -o bin/app .
⟫[   12s] go: inconsistent vendoring in /home/abuild/rpmbuild/BUILD/app-1.2.0:
[   12s] \tgithub.com/spf13/cobra@v1.8.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt
[   12s] \tgithub.com/sirupsen/logrus@v1.9.3: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt`
  ),
  // knip's report of unused code: one section per kind, with its count
  c(
    'knip sections',
    'PAT-007',
    `$ knip
⟫Unused files (2)
src/old.ts
src/legacy/util.ts
Unused exports (1)
formatDate  function  src/date.ts:12:17`
  ),
  // Common Test's case as rebar3 prints it, then its summary
  c(
    'rebar3 common test case failed',
    'PAT-002',
    `===> Running Common Test suites...
%%% store_SUITE ==> put_get: OK
⟫%%% store_SUITE ==> delete: FAILED
%%% store_SUITE ==> {{badmatch,{ok,1}},[{store_SUITE,delete,1,[{file,"test/store_SUITE.erl"},{line,41}]}]}
%%% store_SUITE ==> list: OK
EXPERIMENTAL: Writing retry specification at _build/test/logs/retry.spec
Failed 1 tests. Passed 2 tests.
Results written to "_build/test/logs/index.html".
===> Failures occurred running tests: 1
Error: Process completed with exit code 1.`
  ),
  // A dependency solver's verdict in opam's and apk's words
  c(
    'opam no solution',
    'PAT-006',
    `<><> Synchronising pinned packages ><><><><><><><><><><><><><><><><><><><><><><>
[app.dev] synchronised (no changes)

⟫The following dependencies couldn't be met:
  - app -> ppxlib >= 0.36.0
      no matching version

⟫No solution found, exiting`
  ),
  c(
    'apk unable to select packages',
    'PAT-006',
    `Step 3/8 : RUN apk add --no-cache nodejs=18.20.1-r0
 ---> Running in 5f1c2d3e4a5b
fetch https://dl-cdn.alpinelinux.org/alpine/v3.19/main/x86_64/APKINDEX.tar.gz
⟫ERROR: unable to select packages:
  nodejs-20.15.1-r0:
    breaks: world[nodejs=18.20.1-r0]
The command '/bin/sh -c apk add --no-cache nodejs=18.20.1-r0' returned a non-zero code: 1`
  ),
  // A style finding whose place comes after it (puppet-lint's default format)
  c(
    'puppet-lint trailing whitespace',
    'PAT-007',
    `$ bundle exec rake lint
---> syntax:manifests
Skipping metadata validation; the metadata-json-lint gem was not found
⟫manifests/server.pp - ERROR: trailing whitespace found on line 41
⟫manifests/server.pp - WARNING: double quoted string containing no variables on line 7`
  ),
  // GitHub's runner could not fetch an action's archive, retried, then failed
  c(
    'action archive download cancelled',
    'PAT-008',
    `Prepare all required actions
Getting action download info
Download action repository 'acme/deploy-action@v3' (SHA:1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c)
⟫Warning: Failed to download action 'https://api.github.com/repos/acme/deploy-action/tarball/1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c'. Error: The operation was canceled.
Warning: Back off 18.204 seconds before retry.
Warning: Failed to download action 'https://api.github.com/repos/acme/deploy-action/tarball/1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c'. Error: The operation was canceled.
Warning: Back off 27.511 seconds before retry.
⟫Error: The operation was canceled.`
  ),
  // A linter's GitHub annotations keep only their messages in the job log: the step's command
  // says whose they are.
  c(
    "a linter's error annotations without a rule's name, in a step that ran the linter (whole job log)",
    'PAT-007',
    `Current runner version: '2.321.0'
##[group]Run npx stylelint --formatter github "styles/**/*.scss"
npx stylelint --formatter github "styles/**/*.scss"
shell: /usr/bin/bash -e {0}
##[endgroup]
⟫##[error]Expected "#FFF" to be "#fff"
##[error]Expected a leading zero
##[error]Process completed with exit code 2.
Post job cleanup.
Cleaning up orphan processes`
  ),
  c(
    "a workflow command titled with a linter's rule",
    'PAT-007',
    `⟫::error title=lint/style/useConst,file=src/cart.ts,line=3,endLine=3,col=3,endColumn=6::This let declares a variable that is only assigned once.
::error title=lint/complexity/noForEach,file=src/cart.ts,line=9,endLine=9,col=9,endColumn=16::Prefer for...of instead of forEach.`
  ),
  c(
    "biome's verdict is no failed test's cross",
    'PAT-007',
    `Checked 42 files in 31ms. No fixes applied.
Found 3 errors.
⟫  × Some errors were emitted while running checks.`
  ),
  c(
    'a TeamCity service message of a failed test',
    'PAT-002',
    `##teamcity[testStarted name='testParsesDates' flowId='77']
⟫##teamcity[testFailed name='testParsesDates' message='Failed asserting that false is true.' details=' /app/tests/DateTest.php:21|n ' flowId='77']
##teamcity[testFinished name='testParsesDates' duration='3' flowId='77']`
  ),
  c(
    "Ruby test-unit's failure block",
    'PAT-002',
    `Loaded suite test/test_cart
Started
F
===============================================================================
⟫Failure: test_total_with_tax(TestCart)
test/test_cart.rb:18:in \`test_total_with_tax'
<1190> expected but was
<1100>
===============================================================================
Finished in 0.012 seconds.
2 tests, 2 assertions, 1 failures, 0 errors, 0 pendings, 0 omissions, 0 notifications`
  ),
  c(
    "go test -json's fail event of a test",
    'PAT-002',
    `{"Time":"2026-01-05T09:00:01.1Z","Action":"output","Package":"example.com/cache","Test":"TestEvict","Output":"    cache_test.go:31: Len() = 3, want 2\\n"}
{"Time":"2026-01-05T09:00:01.1Z","Action":"output","Package":"example.com/cache","Test":"TestEvict","Output":"--- FAIL: TestEvict (0.00s)\\n"}
⟫{"Time":"2026-01-05T09:00:01.1Z","Action":"fail","Package":"example.com/cache","Test":"TestEvict","Elapsed":0}
{"Time":"2026-01-05T09:00:01.1Z","Action":"fail","Package":"example.com/cache","Elapsed":0.01}`
  ),
  c(
    "secretlint's row of a credential, in eslint's stylish table",
    'PAT-003',
    `/home/runner/work/app/app/.env.production
⟫  2:11  error  [GITHUB_TOKEN] found GitHub Token(type: personal access token): ****  @secretlint/secretlint-rule-preset-recommend > @secretlint/secretlint-rule-github

✖ 1 problem (1 error, 0 warnings, 0 infos)`
  ),
  c(
    "licensee's verdict on a package",
    'PAT-004',
    `jszip@3.10.1
⟫  NOT APPROVED
  Terms: (MIT OR GPL-3.0-or-later)
  Repository: Stuk/jszip`
  ),
  c(
    'a diff of a lock file after a check re-resolved it',
    'PAT-006',
    `$ npm install --package-lock-only && git diff --exit-code package-lock.json
⟫diff --git a/package-lock.json b/package-lock.json
index 3f1c2d4..9a8b7c6 100644
--- a/package-lock.json
+++ b/package-lock.json
@@ -1204,7 +1204,7 @@
-      "version": "4.17.20",
+      "version": "4.17.21",`
  ),
  c(
    'a network failure on the line a dependency rule reads',
    'PAT-008',
    `go: downloading golang.org/x/sys v0.20.0
⟫go: golang.org/x/sys@v0.20.0: Get "https://proxy.golang.org/golang.org/x/sys/@v/v0.20.0.mod": dial tcp 142.250.74.49:443: connect: connection refused`
  ),
  c(
    "Jasmine's numbered failure under its Failures heading",
    'PAT-002',
    `Started
.F

Failures:
⟫1) Cart totals adds the shipping fee
  Message:
    Expected 1200 to be 1700.
  Stack:
        at UserContext.<anonymous> (/app/spec/cart.spec.js:9:30)

2 specs, 1 failure
Finished in 0.009 seconds`
  ),
  c(
    "npm ls's problem with the installed tree",
    'PAT-006',
    `web@1.0.0 /home/runner/work/web/web
└── react@18.3.1 invalid: "^17.0.2" from the root project

npm error code ELSPROBLEMS
⟫npm error invalid: react@18.3.1 /home/runner/work/web/web/node_modules/react`
  ),
  c(
    "lockfile-lint's finding of a host its policy rejects",
    'PAT-003',
    `⟫detected invalid host(s) for package: lodash@4.17.21-a1b2c3
    expected: registry.npmjs.org
    actual: registry.yarnpkg.example

 ✖ Error: security issues detected!`
  ),
  // Kubernetes taking a runner's resources away: an eviction, a pod no node can take
  c(
    'runner pod evicted by the kubelet',
    'PAT-008',
    `Events:
  Type     Reason   Age   From     Message
  ----     ------   ----  ----     -------
⟫  Warning  Evicted  2m    kubelet  The node was low on resource: ephemeral-storage. Container runner was using 8123456Ki, which exceeds its request of 0.`
  ),
  c(
    'build pod unschedulable',
    'PAT-008',
    `Waiting for pod ci/runner-abc123-project-42-concurrent-0 to be running, status is Pending
⟫\tUnschedulable: "0/3 nodes are available: 3 Insufficient memory."
Waiting for pod ci/runner-abc123-project-42-concurrent-0 to be running, status is Pending
\tUnschedulable: "0/3 nodes are available: 3 Insufficient memory."`
  ),
  // cfn-lint's findings open with their rule code, a warning's with W: the error is the one to quote
  c(
    'cfn-lint error after a warning',
    'PAT-007',
    `$ cfn-lint templates/app.yaml
W3005 Obsolete DependsOn on resource (Bucket), dependency already enforced by a "Ref" at Resources/Policy/Properties/Bucket/Ref
templates/app.yaml:41:5

⟫E3012 Property Resources/Queue/Properties/VisibilityTimeout should be of type Integer
templates/app.yaml:57:7`
  ),
  c(
    "a kill the tool reports under its own error line (cargo's Caused by, whole job log)",
    'PAT-008',
    `##[group]Run cargo test
cargo test
shell: /usr/bin/bash -e {0}
##[endgroup]
     Running unittests src/lib.rs (target/debug/deps/store-9f1e2d3c4b5a6978)

running 4 tests
test tests::opens ... ok
error: test failed, to rerun pass \`--lib\`

Caused by:
⟫  process didn't exit successfully: \`target/debug/deps/store-9f1e2d3c4b5a6978\` (signal: 9, SIGKILL: kill)
##[error]Process completed with exit code 101.`
  ),
  // Kubernetes-native pipelines over their time limits: Tekton's runs, Argo's pod deadline
  c(
    'tekton taskrun timeout',
    'PAT-005',
    `$ tkn taskrun describe build-and-test-run-x7k2p
STARTED          DURATION     STATUS
⟫1 hour ago       1 hour       Failed(TaskRunTimeout)

Message

⟫TaskRun "build-and-test-run-x7k2p" failed to finish within "1h0m0s"`
  ),
  c(
    'argo pod past its deadline',
    'PAT-005',
    `STEP                   TEMPLATE   PODNAME                          DURATION  MESSAGE
⟫ ✖ nightly-test-w8f2k   main       nightly-test-w8f2k-3190458231    30m       Pod was active on the node longer than the specified deadline`
  ),
  c(
    "curl's low-speed limit stopping a transfer, in git's words",
    'PAT-008',
    `Cloning into 'third_party/protos'...
⟫fatal: unable to access 'https://git.example.org/platform/protos.git/': Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds`
  ),
  // A -sys crate's build script: the pkg-config crate says the tool itself is not installed
  c(
    'pkg-config crate: the command not found under a build script',
    'PAT-006',
    `##[group]Run cargo build --verbose
cargo build --verbose
shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command ". '{0}'"
##[endgroup]
   Compiling graphite2-sys v0.2.2
error: failed to run custom build command for \`graphite2-sys v0.2.2\`

Caused by:
  process didn't exit successfully: \`target\\debug\\build\\graphite2-sys-1a2b\\build-script-build\` (exit code: 101)
  --- stderr

  thread 'main' panicked at src\\lib.rs:113:14:
  called \`Result::unwrap()\` on an \`Err\` value: Could not run \`pkg-config --libs --cflags graphite2\`
⟫  The pkg-config command could not be found.

  Most likely, you need to install a pkg-config package for your OS.
warning: build failed, waiting for other jobs to finish...
##[error]Process completed with exit code 1.`
  ),
  // flutter analyze: the analyzer's error-severity lines are the compiler's, its lints info/warning
  c(
    'flutter analyze with type errors among lint warnings',
    'PAT-001',
    `##[group]Run flutter analyze --no-fatal-infos
flutter analyze --no-fatal-infos
shell: /usr/bin/bash -e {0}
##[endgroup]
Analyzing app...

warning • Unused import: 'util.dart' • lib/core/api.dart:3:8 • unused_import
   info • Use interpolation to compose strings and values • lib/core/api.dart:23:18 • prefer_interpolation_to_compose_strings
⟫  error • A value of type 'String' can't be assigned to a variable of type 'double' • lib/core/api.dart:202:38 • invalid_assignment
  error • Undefined class 'WalletsData' • lib/screens/assets_page.dart:20:3 • undefined_class
warning • The value of the field '_cats' isn't used • lib/screens/assets_page.dart:21:18 • unused_field

5 issues found. (ran in 8.7s)
##[error]Process completed with exit code 1.`
  ),
  // A crate's compile_error! speaks in the project's words, capital letter and all
  c(
    "a crate's compile_error! under cargo clippy",
    'PAT-001',
    `##[group]Run cargo clippy --all-targets --no-default-features -- -D warnings
cargo clippy --all-targets --no-default-features -- -D warnings
shell: /usr/bin/bash -e {0}
##[endgroup]
    Checking serde v1.0.228
    Checking app v0.3.1 (/home/runner/work/app/app)
⟫error: No storage backend enabled! Build with --features sqlite or --features postgres
  --> src/storage/mod.rs:12:1
   |
12 | / compile_error!(
13 | |     "No storage backend enabled! Build with --features sqlite or --features postgres"
14 | | );
   | |_^

error: could not compile \`app\` (lib) due to 1 previous error
warning: build failed, waiting for other jobs to finish...
##[error]Process completed with exit code 101.`
  ),
  // pytest collecting a module whose import chain asks an installed package for a name it lacks
  c(
    'pytest collection: an installed package lacks a name another one imports',
    'PAT-006',
    `##[group]Run pytest tests/ -v
pytest tests/ -v
shell: /usr/bin/bash -e {0}
##[endgroup]
collected 0 items / 1 error

==================================== ERRORS ====================================
___________________ ERROR collecting tests/test_api.py ___________________
tests/test_api.py:3: in <module>
    from app.main import app
/opt/hostedtoolcache/Python/3.12.8/x64/lib/python3.12/site-packages/fastapi_admin/fields.py:4: in <module>
    from sqlmodel._compat import post_init_field_info
⟫E   ImportError: cannot import name 'post_init_field_info' from 'sqlmodel._compat' (/opt/hostedtoolcache/Python/3.12.8/x64/lib/python3.12/site-packages/sqlmodel/_compat.py)
=========================== short test summary info ============================
ERROR tests/test_api.py
!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!
##[error]Process completed with exit code 2.`
  ),
  // pytest-cov's gate after every test passed: pytest's closing summary still says passed
  c(
    'pytest-cov coverage gate not reached, all tests passed',
    'PAT-002',
    `##[group]Run uv run pytest tests/ --cov=src --cov-fail-under=76
uv run pytest tests/ --cov=src --cov-fail-under=76
shell: /usr/bin/bash -e {0}
##[endgroup]
tests/unit/test_tools.py::test_import_score PASSED                       [ 98%]
tests/unit/test_tools.py::test_export_score PASSED                       [100%]

================================ tests coverage ================================
Name                          Stmts   Miss  Cover
-------------------------------------------------
src/app/tools.py                210     81    61%
-------------------------------------------------
TOTAL                           210     81    61%
⟫FAIL Required test coverage of 76% not reached. Total coverage: 61.43%
============ 353 passed, 18 skipped, 50 warnings in 204.73s (0:03:24) ============
##[error]Process completed with exit code 1.`
  ),
  // jpackage's refusal of its configuration, under Gradle's task verdict that only repeats it
  c(
    'jpackage bundler skipped on a configuration problem through gradle',
    'PAT-001',
    `##[group]Run ./gradlew backend:jpackageImage
./gradlew backend:jpackageImage
shell: /bin/bash --noprofile --norc -e -o pipefail {0}
##[endgroup]
> Task :backend:installDist
> Task :backend:jre
⟫Bundler Mac Application Image skipped because of a configuration problem: The first number in an app-version cannot be zero or negative.

Advice to fix: Set a compatible 'app-version' value. Valid versions are one to three integers separated by dots.
> Task :backend:jpackageImage FAILED

FAILURE: Build failed with an exception.

* What went wrong:
Execution failed for task ':backend:jpackageImage'.
> Process 'command '/opt/hostedtoolcache/Java_Temurin-Hotspot_jdk/21/x64/bin/jpackage'' finished with non-zero exit value 1

BUILD FAILED in 1m 5s
##[error]Process completed with exit code 1.`
  ),
  // jest's global coverage gate after every test passed: its `Tests:` count still says passed
  c(
    'jest coverage threshold not met, all tests passed',
    'PAT-002',
    `##[group]Run npm test -- --coverage --watchAll=false
npm test -- --coverage --watchAll=false
shell: /usr/bin/bash -e {0}
##[endgroup]
PASS src/tests/cart.test.js
PASS src/tests/checkout.test.js
-------------------|---------|----------|---------|---------|-------------------
File               | % Stmts | % Branch | % Funcs | % Lines | Uncovered Line #s
-------------------|---------|----------|---------|---------|-------------------
All files          |   52.10 |    41.02 |      45 |   53.33 |
-------------------|---------|----------|---------|---------|-------------------
⟫Jest: "global" coverage threshold for statements (80%) not met: 52.1%
⟫Jest: "global" coverage threshold for branches (80%) not met: 41.02%

Test Suites: 2 passed, 2 total
Tests:       9 passed, 9 total
Snapshots:   0 total
Time:        3.12 s
Ran all test suites.
##[error]Process completed with exit code 1.`
  ),
  c(
    'hspec numbered failure under its location, summary cut',
    'PAT-002',
    `  test/ParserSpec.hs:42:7:
⟫  1) Parser.parseExpr, on a nested list, keeps the order
       expected: [1,2,3]
        but got: [3,2,1]

  To rerun use: --match "/Parser/parseExpr/on a nested list/keeps the order/"`
  ),
  c(
    'maven enforcer upper bound conflict, rule verdict cut',
    'PAT-006',
    `[INFO] --- maven-enforcer-plugin:3.4.1:enforce (enforce) @ core ---
[WARNING] 
⟫Require upper bound dependencies error for com.google.guava:guava:31.1-jre paths to dependency are:
+-org.example:core:1.0-SNAPSHOT
  +-com.google.guava:guava:31.1-jre
and
+-org.example:core:1.0-SNAPSHOT
  +-com.google.cloud:google-cloud-core:2.8.1
    +-com.google.guava:guava:32.0.1-jre`
  ),
  c(
    'nuget feed unreachable in a container build',
    'PAT-008',
    `#9 [build 3/5] RUN dotnet restore
#9 0.912   Determining projects to restore...
⟫#9 21.40 /app/Api/Api.csproj : error NU1301: Unable to load the service index for source https://pkgs.dev.azure.com/org/_packaging/feed/nuget/v3/index.json.
#9 21.47   Failed to restore /app/Api/Api.csproj (in 20.6 sec).
ERROR: Service 'api' failed to build : Build failed`
  ),
  c(
    'haskell http-client response timeout after the request it printed',
    'PAT-008',
    `Downloading lts-22.7 build plan ...
HttpExceptionRequest Request {
  host                 = "raw.githubusercontent.com"
  port                 = 443
  secure               = True
  path                 = "/commercialhaskell/stackage-snapshots/master/lts/22/7.yaml"
  method               = "GET"
}
⟫ ResponseTimeout`
  ),
  c(
    'haskell http-client failure, the paste keeping only the request record tail',
    'PAT-008',
    `  redirectCount        = 10
  responseTimeout      = ResponseTimeoutDefault
  requestVersion       = HTTP/1.1
}
⟫ ConnectionTimeout`
  ),
  // CMake run by a -sys crate's build script comes indented in cargo's output, under a clippy step
  c(
    'cmake find_package failure indented under a cargo build script, in a clippy step',
    'PAT-006',
    `##[group]Run cargo clippy --all-targets -- -D warnings
cargo clippy --all-targets -- -D warnings
shell: /usr/bin/bash -e {0}
##[endgroup]
   Compiling shaderc-sys v0.8.3
error: failed to run custom build command for \`shaderc-sys v0.8.3\`

Caused by:
  process didn't exit successfully: \`/home/runner/work/app/app/target/debug/build/shaderc-sys-1f2e/build-script-build\` (exit status: 101)
  --- stdout
  -- The C compiler identification is GNU 13.3.0
  -- Configuring incomplete, errors occurred!

  --- stderr
⟫  CMake Error at /usr/share/cmake-3.28/Modules/FindPackageHandleStandardArgs.cmake:230 (message):
⟫    Could NOT find Python3 (missing: Python3_EXECUTABLE Interpreter)
  Call Stack (most recent call first):
    CMakeLists.txt:12 (find_package)

  thread 'main' panicked at /home/runner/.cargo/registry/src/index.crates.io-6f17d22bba15001f/cmake-0.1.50/src/lib.rs:1098:5:
  command did not execute successfully, got: exit status: 1
warning: build failed, waiting for other jobs to finish...
##[error]Process completed with exit code 101.`
  ),
  // luacheck's default formatter after an install command in the same step; make's echo follows
  c(
    'luacheck warning under its Checking row, after apt-get install in the same step',
    'PAT-007',
    `##[group]Run sudo apt-get install -y lua-check
sudo apt-get install -y lua-check
make check
shell: /usr/bin/bash -e {0}
##[endgroup]
Setting up lua-check (1.1.2-1) ...
Processing triggers for man-db (2.12.0-4build2) ...
Checking lua/plugin/init.lua                      OK
Checking lua/plugin/motion.lua                    2 warnings

⟫    lua/plugin/motion.lua:41:9: unused variable cursor
⟫    lua/plugin/motion.lua:88:5: value assigned to variable pos is unused

Checking tests/motion_spec.lua                    OK

Total: 2 warnings / 0 errors in 3 files
make: *** [Makefile:7: check] Error 1
##[error]Process completed with exit code 2.`
  ),
  // meson test's rows: a failed test program (newer column layout) and one stopped at its limit
  c(
    'meson test failed row under Summary of Failures',
    'PAT-002',
    `ninja: Entering directory \x60/build'
 1/4 core:unit / parser        OK              0.12s
 2/4 core:unit / writer        OK              0.08s
⟫ 3/4 core:unit / roundtrip     FAIL            0.31s   exit status 1
 4/4 core:unit / fuzz          OK              1.02s

Summary of Failures:

⟫3/4 core:unit / roundtrip     FAIL            0.31s   exit status 1

Ok:                 3
Expected Fail:      0
Fail:               1
Unexpected Pass:    0
Skipped:            0
Timeout:            0`
  ),
  c(
    'meson test program stopped at its timeout',
    'PAT-005',
    `ninja: no work to do.
1/2 test_io                                 OK       0.41 s
⟫2/2 test_net                                TIMEOUT 30.01 s

Ok:                    1
Fail:                  0
Timeout:               1`
  ),
  // Gradle's dependency locking: the resolved graph and the lock file disagree
  c(
    'gradle dependency lock state out of step with the build',
    'PAT-006',
    `* What went wrong:
Execution failed for task ':app:compileKotlin'.
> Could not resolve all files for configuration ':app:compileClasspath'.
⟫   > Resolved 'org.slf4j:slf4j-api:2.0.13' which is not part of the dependency lock state`
  ),
  c(
    'gradle strict locking on a configuration without lock state',
    'PAT-006',
    `⟫Locking strict mode: Configuration ':lib:testRuntimeClasspath' is locked but does not have lock state`
  ),
  // A download whose status is FAIL is no test's result; the URL is what failed
  c(
    'cpanm download fails after retries',
    'PAT-008',
    `--> Working on Moo
Fetching http://www.cpan.org/authors/id/H/HA/HAARG/Moo-2.005005.tar.gz ... FAIL
⟫! Download http://www.cpan.org/authors/id/H/HA/HAARG/Moo-2.005005.tar.gz failed. Retrying ...
! Download http://www.cpan.org/authors/id/H/HA/HAARG/Moo-2.005005.tar.gz failed. Retrying ...
⟫! Failed to download http://www.cpan.org/authors/id/H/HA/HAARG/Moo-2.005005.tar.gz
! Failed to fetch distribution Moo-2.005005`
  ),
  c(
    'luarocks cannot download the rock server manifest',
    'PAT-008',
    `$ luarocks install busted
⟫Warning: Failed searching manifest: Failed downloading https://luarocks.org - Failed downloading https://luarocks.org/manifest-5.4 - /home/runner/.cache/luarocks/https___luarocks.org/manifest-5.4

Error: No results matching query were found for Lua 5.4.`
  ),
  c(
    'a source archive that failed downloading, told on an error line',
    'PAT-008',
    `Installing https://luarocks.org/penlight-1.14.0-2.rockspec

⟫Error: Error fetching file: Failed downloading https://github.com/lunarmodules/Penlight/archive/1.14.0.tar.gz - 1.14.0.tar.gz`
  ),
  // bazel test's row for a failed target, with its summary after
  c(
    'bazel test target failed, flaky attempts counted',
    'PAT-002',
    `INFO: Elapsed time: 212.4s, Critical Path: 98.2s
⟫//src/storage:compaction_test                                  FAILED in 2 out of 3 in 12.7s
  Stats over 3 runs: max = 12.7s, min = 3.1s, avg = 9.4s, dev = 4.5s
  /home/runner/.cache/bazel/_bazel_runner/3f1c/execroot/_main/bazel-out/k8-fastbuild/testlogs/src/storage/compaction_test/test.log

Executed 14 out of 14 tests: 13 tests pass and 1 fails locally.`
  ),
  // GitHub's hosted runner taken away or never given, in the run summary's words
  c(
    'hosted runner deprovisioned mid-job, the run summary line',
    'PAT-008',
    `⟫Received request to deprovision: The request was cancelled by the remote provider.`
  ),
  c(
    'provisioning a hosted runner refused by its provider',
    'PAT-008',
    `⟫There was a failure in sending the provision message: Unexpected response code from remote provider InternalServerError`
  ),
  // Connection failures named as errors, and a keyserver gpg cannot reach
  c(
    'bun install: manifest downloads refused, the package then unresolved',
    'PAT-008',
    `bun install v1.1.30 (7996d06b)
  🔍 zod [3/9]
⟫error: ConnectionRefused downloading package manifest zod
error: zod@^3.23.8 failed to resolve`
  ),
  c(
    'a python client whose connection was reset, told by the error name',
    'PAT-008',
    `Traceback (most recent call last):
  File "/home/runner/work/app/app/scripts/fetch_fixtures.py", line 41, in <module>
    data = sock.recv(4096)
⟫ConnectionResetError: [Errno 104] Connection reset by peer`
  ),
  c(
    'gpg cannot reach a keyserver while an image is built',
    'PAT-008',
    `#7 [3/6] RUN gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys 4ED778F539E3634C779C87C6D7062848A1AB005C
#7 0.412 gpg: keybox '/root/.gnupg/pubring.kbx' created
⟫#7 10.52 gpg: keyserver receive failed: No name
#7 ERROR: process "/bin/sh -c gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys 4ED778F539E3634C779C87C6D7062848A1AB005C" did not complete successfully: exit code: 2`
  ),
  // A compiler's place as `file(line, col)`, with a space after the comma (Nim)
  c(
    'nim undeclared identifier after its processing hints',
    'PAT-001',
    `Hint: cpuinfo [Processing]
Hint: linux [Processing]
⟫lib/pure/osproc.nim(647, 4) Error: undeclared identifier: 'defer'
\x60\x60\x60`
  ),
  // An interpreter's own fatal error, capitalised
  c(
    'python interpreter aborts in a test run',
    'PAT-002',
    `tests/test_tensor.py::test_symmetrise PASSED          [ 96%]
tests/test_tensor.py::test_tensor_repr PASSED          [ 96%]
⟫Fatal Python error: Aborted

Current thread 0x00007f15f7784b80 (most recent call first):
  File "/opt/venv/lib/python3.11/site-packages/_pytest/python.py", line 194 in pytest_pyfunc_call`
  ),
  // A verdict that something failed, with the reason after it, in a paste with no runner frame
  c(
    'a hand-written test script says a case failed and why',
    'PAT-002',
    `> node tests/run-tests.js

⟫hello-world failed: Output mismatch
  Expected: 'Hellso World!\n'
  Actual:   'Hello World!\n'`
  ),
  // An advisory named by its vulnerability class, in an audit tool's tree
  c(
    'an audit tree names advisories by their vulnerability class',
    'PAT-003',
    `➤ YN0000: ┌ Audit
│  ├─ postcss
⟫│  │  ├─ Issue: Regular Expression Denial of Service in postcss
│  │  ├─ URL: https://github.com/advisories/GHSA-566m-qj78-rww5
│  │  └─ Severity: moderate`
  ),
  c(
    'a scanner lists a prototype pollution in a dependency',
    'PAT-003',
    `Scanning 412 packages...
⟫  high      Prototype Pollution in lodash      lodash@4.17.15   fixed in 4.17.19`
  ),
  // A deprecation notice that names a vulnerability class is the package manager's warning
  c(
    'npm warns of a deprecated package with a vulnerability class in its notice',
    null,
    `npm WARN deprecated tough-cookie@2.2.2: ReDoS vulnerability parsing Set-Cookie https://nodesecurity.io/advisories/130
npm WARN deprecated minimatch@0.3.0: Please update to minimatch 3.0.2 or higher to avoid a RegExp DoS issue
added 812 packages in 41s`
  ),
  // Installed packages that do not meet each other's requirements
  c(
    'pip check finds an installed requirement not met',
    'PAT-006',
    `$ pip check
⟫csvtools 3.0.1 has requirement rowkit>=2.0, but you have rowkit 1.4.0.`
  ),
  c(
    'go finds no version of a module for its query',
    'PAT-006',
    `$ go get github.com/acme/sdk-go/core@latest
⟫go: github.com/acme/sdk-go/core: no matching versions for query "latest"`
  ),
  c(
    'npm ls reports problems in the installed tree',
    'PAT-006',
    `$ npm ls --all
app@1.0.0 /home/runner/work/app/app
├── UNMET DEPENDENCY react@18.2.0
⟫npm error code ELSPROBLEMS
npm error missing: react@18.2.0, required by app@1.0.0`
  ),
  c(
    'corepack refuses the package manager a project did not pick',
    'PAT-006',
    `$ yarn install
⟫This project is configured to use pnpm because /home/runner/work/web/web/package.json has a "packageManager" field`
  ),
  // A test host that died under the test runner
  c(
    'dotnet test host crashes and the run is aborted',
    'PAT-002',
    `Starting test execution, please wait...
A total of 1 test files matched the specified pattern.
⟫The active test run was aborted. Reason: Test host process crashed`
  ),
  // A workspace runner's task killed by the kernel
  c(
    'a workspace task is killed',
    'PAT-008',
    `@packages/server: > tsc -p . && node build.js
⟫@packages/server: Killed`
  ),
  // A spelling checker's count line
  c(
    'a spelling checker counts the issues it found',
    'PAT-007',
    `⟫CSpell: Files checked: 5, Issues found: 4 in 1 files`
  ),
  // Python's doctest runner
  c(
    'doctest reports a failed example',
    'PAT-002',
    `**********************************************************************
File "/builds/lab/units-py/units.py", line 17, in units.parse_size
⟫Failed example:
    parse_size("10K")
Expected:
    10240
Got:
    10000`
  ),
  // A pre-commit hook's name says which check failed, as a step's name does
  c(
    'a pre-commit licence hook fails',
    'PAT-004',
    `⟫Run Python License Checker...............................................Failed
- hook id: license-check
- exit code: 255`
  ),
  c(
    'a pre-commit security hook fails',
    'PAT-003',
    `check yaml...............................................................Passed
⟫bandit...................................................................Failed
- hook id: bandit
- exit code: 1`
  ),
  c(
    'a pre-commit test hook fails',
    'PAT-002',
    `trim trailing whitespace.................................................Passed
⟫pytest (unit tests)......................................................Failed
- hook id: pytest
- exit code: 1`
  ),
  // A linter's located report in words that say what is unused
  c(
    'a linter reports an unused variable at its place',
    'PAT-007',
    `Checking check_parsers.lua                        1 warning

⟫    check_parsers.lua:24:14: unused variable ts_configs`
  ),
  // Solvers' explanations
  c(
    'mix cannot use a version a dependency rules out',
    'PAT-006',
    `Running dependency resolution

⟫Failed to use "httpoison" (version 0.9.0) because
  qiniu (versions 0.3.0 and 0.3.1) requires ~> 0.8.3
  You specified ~> 0.9.0 in your mix.exs`
  ),
  c(
    'cabal rejects a package version on a conflict',
    'PAT-006',
    `[__1] trying: hadrian-0.1.0.0 (user goal)
⟫[__2] rejecting: Cabal-2.4.1.0/installed-2.4... (conflict: hadrian => Cabal>=2.1.0.0 && <2.3)
[__2] fail (backjumping, conflict set: Cabal, hadrian)`
  ),
  c(
    'stack cannot construct its build plan',
    'PAT-006',
    `⟫Error: While constructing the build plan, the following exceptions were encountered:

In the dependencies for idris-1.3.2:
    megaparsec-9.0.1 from stack configuration does not match >=7.0.4 && <9 (latest matching version is 8.0.0)`
  ),
  c(
    "pip's resolver gives up on a too deep resolution",
    'PAT-006',
    `INFO: pip is looking at multiple versions of botocore to determine which version is compatible with other requirements.
⟫error: resolution-too-deep

× Dependency resolution exceeded maximum depth`
  ),
  c(
    'an auditor finds vulnerable crates',
    'PAT-003',
    `Scanning Cargo.lock for vulnerabilities (212 crate dependencies)
⟫error: Vulnerable crates found!`
  ),
  c(
    'a make target finds files changed by the formatter',
    'PAT-007',
    `$ make check-fmt
⟫Error: The following files have changes after formatting:
dubbo-common/src/main/java/org/apache/dubbo/common/URL.java`
  ),
  // Test runners' own failure rows and headers
  c(
    "tasty marks a failed test's row",
    'PAT-002',
    `Tests
  arithmetic
⟫    addition:       FAIL (0.01s)
      test/Main.hs:12:
      expected: 4
       but got: 5`
  ),
  c(
    'cucumber lists its failing scenarios',
    'PAT-002',
    `⟫Failing scenarios:
⟫features/login.feature:12 # Scenario: Login with a wrong password

3 scenarios (1 failed, 2 passed)`
  ),
  c(
    "an Elm-style compiler's report header",
    'PAT-001',
    `⟫-- NAMING ERROR ---------------------------------------------- src/Main.elm

I cannot find a \x60foo\x60 variable:

12|     foo + 1
        ^^^`
  ),
  c(
    ".NET's web client gets a 503 from a server",
    'PAT-008',
    `Invoke-WebRequest -Uri https://downloads.example.org/tool.zip -OutFile tool.zip
⟫The remote server returned an error: (503) Server Unavailable.`
  ),
  c(
    'a build names an unsatisfied dependency',
    'PAT-006',
    `Resolving dependencies for app...
⟫Unsatisfied dependency: fooBar (^1.0) required by app`
  ),
  c(
    'a build tool cannot satisfy a version constraint',
    'PAT-006',
    `Resolving maven dependencies...
⟫  Cannot satisfy constraint 'jsr305 ==3.0.2' for target //:app`
  ),
  // Security scanners' findings in words of their own
  c(
    'a Go security scanner reports a file inclusion',
    'PAT-003',
    `Results:

⟫Potential file inclusion via variable in cmd/serve.go line 41
  > os.ReadFile(path)`
  ),
  c(
    'a pre-commit secret scanner stops a commit',
    'PAT-003',
    `⟫ERROR: Potential secrets about to be committed to git repo!

Secret Type: Secret Keyword
Location:    config/settings.py:12`
  ),
  c(
    "an image scanner's finding in list form",
    'PAT-003',
    `  Package: org.apache.logging.log4j:log4j-core
⟫  Severity: CRITICAL
  Installed Version: 2.14.1
  Fixed Version: 2.15.0`
  ),
  c(
    'a licence is not an approved one',
    'PAT-004',
    `Checking 212 packages...
⟫GPL-3.0 is not an approved license (package: readline@8.1)`
  ),
  c(
    'compose cannot start a service container',
    'PAT-008',
    `Creating app_db_1 ... error
⟫ERROR: for db  Cannot start service db: driver failed programming external connectivity on endpoint app_db_1: Bind for 0.0.0.0:5432 failed: port is already allocated`
  ),
  // Mocha's spec reporter marks a failed test by its number among the passed ones
  c(
    "mocha's spec reporter numbers a failed test among the passed ones",
    'PAT-002',
    `  notifier
    #event
      ✓ should not notify if date is earlier than threshold
⟫      1) should notify if not notified yet
      ✓ should notify once`
  ),
  // pytest's progress row with a failed (F) or erroring (E) test among the dots
  c(
    "pytest's progress row marks a failed test",
    'PAT-002',
    `============================= test session starts ==============================
collected 12 items

⟫tests/test_app.py ..F.s.                                                  [ 50%]
tests/test_util.py ......                                                 [100%]`
  ),
  // A process out of file descriptors; a container runtime that cannot start the job's container
  c(
    'a process runs out of file descriptors',
    'PAT-008',
    `Starting the development server...
⟫Error: EMFILE: too many open files, watch '/home/runner/work/app/app/src'`
  ),
  c(
    'the container runtime cannot start the job container',
    'PAT-008',
    `Starting job container
⟫Error: unable to start container process: error during container init: error setting cgroup config for procHooks process: unable to freeze`
  ),
  // A bare `… failed.` notice with nothing of a family beside it: the job went on
  c(
    'a bare failed notice the job went on after',
    null,
    `Removing auth header from the git config
git config --local --unset-all http.https://github.com/.extraheader failed.
Cleaning up orphan processes`
  ),
  // npm 6's audit notice after an install that worked is no audit that failed
  c(
    'npm install prints its audit notice and goes on',
    null,
    `added 1210 packages from 702 contributors and audited 1215 packages in 38.4s
found 12 vulnerabilities (3 low, 7 moderate, 2 high)
  run \x60npm audit fix\x60 to fix them, or \x60npm audit\x60 for details`
  ),
  // npm 7's notice: a count without 'found' and its capitalised 'Run' line
  c(
    'npm 7 install prints its audit notice and goes on',
    null,
    `added 312 packages, and audited 313 packages in 9s

41 packages are looking for funding
  run \x60npm fund\x60 for details

6 vulnerabilities (2 moderate, 4 high)

Run \x60npm audit fix\x60 to fix them, or \x60npm audit\x60 for details`
  ),
  // SwiftPM's resolved file out of step, with xcodebuild's automatic resolution disabled
  c(
    'xcodebuild finds an out-of-date Package.resolved',
    'PAT-006',
    `⟫an out-of-date resolved file was detected at /Volumes/workspace/repository/Shop.xcworkspace/xcshareddata/swiftpm/Package.resolved. Running resolver because the following dependencies were added: 'swift-algorithms' (https://github.com/apple/swift-algorithms)`
  ),
  // git's transport failure names the network fault; the early EOF after it is its echo
  c(
    'git fetch over HTTPS cut off mid-pack in a GitLab job',
    'PAT-008',
    `Fetching changes with git depth set to 20...
Initialized empty Git repository in /builds/group/app/.git/
Created fresh repository.
⟫error: RPC failed; curl 18 transfer closed with outstanding read data remaining
error: 5237 bytes of body are still expected
fetch-pack: unexpected disconnect while reading sideband packet
fatal: early EOF
fatal: fetch-pack: invalid index-pack output
ERROR: Job failed: exit code 1`
  ),
  c(
    'curl download whose HTTP/2 stream is reset',
    'PAT-008',
    `+ curl -fsSL -o /tmp/node.tar.xz https://nodejs.org/dist/v20.11.0/node-v20.11.0-linux-x64.tar.xz
⟫curl: (92) HTTP/2 stream 1 was not closed cleanly: PROTOCOL_ERROR (err 1)
Error: Process completed with exit code 92.`
  ),
  // A downloaded package whose integrity differs from what the lock file recorded
  c(
    'yarn v1 integrity check against its lock file',
    'PAT-006',
    `yarn install v1.22.19
[1/4] Resolving packages...
[2/4] Fetching packages...
⟫error Integrity check failed for "left-pad" (computed integrity doesn't match our records, got "sha512-Xq0vCu5SqGvEqO3vyOGS")
info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.
Error: Process completed with exit code 1.`
  ),
  c(
    'deno refuses a remote module whose hash differs from deno.lock',
    'PAT-006',
    `Download https://deno.land/std@0.224.0/path/mod.ts
⟫error: Integrity check failed for remote specifier. The source code is invalid, as it does not match the expected hash in the lock file.

  Specifier: https://deno.land/std@0.224.0/path/mod.ts
  Actual: 1f0c8e2a
  Expected: 9b7d44c0

Investigate the lockfile; delete it to regenerate the lockfile or --reload to reload the source code from the server.`
  ),
  // SwiftLint's count with no serious violation: the lint passed
  c(
    'swiftlint finds warnings only',
    null,
    `Linting Swift files in current working directory
Linting 'Parser.swift' (1/2)
Linting 'View.swift' (2/2)
Sources/App/Parser.swift:12:1: warning: Line Length Violation: Line should be 120 characters or less; currently it has 131 characters (line_length)
Done linting! Found 1 violation, 0 serious in 2 files.`
  ),
  // PHPUnit's printer under Codeception: the numbered failure, not the heading, is quoted
  c(
    'codeception failure under its heading and rule',
    'PAT-002',
    `Acceptance Tests (4) ---------------------------------------
✔ HomeCest: Open the home page (0.41s)
✖ LoginCest: Sign in with a wrong password (0.52s)
--------------------------------------------------------------
Time: 00:02.311, Memory: 18.00 MB

There was 1 failure:

---------
⟫1) LoginCest: Sign in with a wrong password
 Test  tests/acceptance/LoginCest.php:signInWithWrongPassword
 Step  See "Invalid credentials"
⟫ Fail  Failed asserting that on page /login
--> contains "Invalid credentials".

FAILURES!
Tests: 4, Assertions: 7, Failures: 1.`
  ),
  // HTTP/2 streams reset mid-download, as Go and curl word it
  c(
    'go build cannot read a module zip: the HTTP/2 stream was reset',
    'PAT-008',
    `##[group]Run go build -o bin/app ./cmd/app
go build -o bin/app ./cmd/app
shell: /usr/bin/bash -e {0}
##[endgroup]
go: downloading golang.org/x/crypto v0.53.0
⟫##[error]internal/util/crypto/crypto.go:8:2: golang.org/x/crypto@v0.53.0: read "https://proxy.golang.org/golang.org/x/crypto/@v/v0.53.0.zip": stream error: stream ID 23; INTERNAL_ERROR; received from peer
##[error]Process completed with exit code 1.`
  ),
  // svelte-check: a place line, then `Error:`; a `$lib/` alias is the project's own module
  c(
    'svelte-check reports type errors, one of them a module under a path alias',
    'PAT-001',
    `Loading svelte-check in workspace: /home/runner/work/app/app
Getting Svelte diagnostics...

/home/runner/work/app/app/src/routes/+page.ts:3:10
⟫Error: Cannot find module '$lib/server/video.service' or its corresponding type declarations.
import { start } from '$lib/server/video.service';

/home/runner/work/app/app/src/lib/format.ts:12:18
⟫Error: Parameter 's' implicitly has an 'any' type.

====================================
svelte-check found 2 errors and 0 warnings in 2 files
 ELIFECYCLE  Command failed with exit code 1.`
  ),
  // rolldown's aggregated error under vite's banner names the plugin and the place
  c(
    'vite 7 with rolldown stops on an MDX file',
    'PAT-001',
    `✗ Build failed in 3.85s
error during build:
Build failed with 1 error:

⟫[plugin @mdx-js/rollup] /home/runner/work/site/site/app/posts/intro.mdx:16:1
⟫16:1-16:99: Expected a closing tag for \x60<div>\x60 (16:14-16:99) before the end of \x60paragraph\x60
    at aggregateBindingErrorsIntoJsError (file:///home/runner/work/site/site/node_modules/rolldown/dist/shared/error.mjs:48:18)`
  ),
  // gh run view --log: each step's first line carries its log's byte-order mark after the columns
  c(
    'gh run view --log of a format check whose header line has the byte-order mark',
    'PAT-007',
    `lint\tRun ruff format\t\uFEFF2026-01-30T03:23:56.5123612Z ##[group]Run uv run ruff format --check .
lint\tRun ruff format\t2026-01-30T03:23:56.5123963Z \x1b[36;1muv run ruff format --check .\x1b[0m
lint\tRun ruff format\t2026-01-30T03:23:56.5156787Z shell: /usr/bin/bash -e {0}
lint\tRun ruff format\t2026-01-30T03:23:56.5159937Z ##[endgroup]
⟫lint\tRun ruff format\t2026-01-30T03:23:56.5395974Z Would reformat: bot.py
lint\tRun ruff format\t2026-01-30T03:23:56.5396541Z 1 file would be reformatted, 4 files already formatted
lint\tRun ruff format\t2026-01-30T03:23:56.5436544Z ##[error]Process completed with exit code 1.`
  ),
  // CocoaPods' check that the installed pods match the lock file, in Xcode's build phase
  c(
    'xcodebuild stops in the Check Pods Manifest.lock phase',
    'PAT-006',
    `▸ Running script '[CP] Check Pods Manifest.lock'
diff: /Users/runner/work/app/app/ios/Pods/Manifest.lock: No such file or directory
⟫error: The sandbox is not in sync with the Podfile.lock. Run 'pod install' or update your CocoaPods installation.
** BUILD FAILED **

The following build commands failed:
	PhaseScriptExecution [CP]\\ Check\\ Pods\\ Manifest.lock /Users/runner/Library/Developer/Xcode/DerivedData/App/Build/Intermediates.noindex/App.build/Debug-iphonesimulator/App.build/Script-9A1B.sh (in target 'App' from project 'App')
(1 failure)`
  ),
  // A load test's thresholds are its pass criteria
  c(
    'k6 run whose thresholds are crossed',
    'PAT-002',
    `     checks.........................: 100.00% ✓ 1200      ✗ 0
     http_req_duration..............: avg=412.3ms  min=98.1ms  med=380.2ms max=2.1s  p(90)=701.4ms p(95)=903.2ms
       { expected_response:true }...: avg=412.3ms  min=98.1ms  med=380.2ms max=2.1s  p(90)=701.4ms p(95)=903.2ms
     iterations.....................: 1200   39.9/s
⟫time="2024-05-02T10:12:41Z" level=error msg="thresholds on metrics 'http_req_duration' have been crossed"
Error: Process completed with exit code 99.`
  ),
  // curl -v traces its TLS handshake on every request: only the refusal is a failure
  c(
    'curl -v download refused for a certificate the runner cannot verify',
    'PAT-008',
    `+ curl -v -fsSL https://downloads.example.org/tool/v1.4.2/tool-linux-amd64.tar.gz -o tool.tgz
*   Trying 203.0.113.7:443...
* Connected to downloads.example.org (203.0.113.7) port 443 (#0)
* ALPN: offers h2,http/1.1
* TLSv1.3 (OUT), TLS handshake, Client hello (1):
* TLSv1.3 (IN), TLS handshake, Server hello (2):
* TLSv1.2 (IN), TLS handshake, Certificate (11):
* TLSv1.2 (OUT), TLS alert, unknown CA (560):
⟫* SSL certificate problem: unable to get local issuer certificate
* Closing connection 0
⟫curl: (60) SSL certificate problem: unable to get local issuer certificate
Error: Process completed with exit code 60.`
  ),
  c(
    "node's TLS connection dropped before it was established",
    'PAT-008',
    `$ node tools/download-client.js
Downloading client from https://codeload.github.com/acme/client/zip/main ...
events.js:291
      throw er; // Unhandled 'error' event
      ^

⟫Error: Client network socket disconnected before secure TLS connection was established
    at TLSSocket.onConnectEnd (_tls_wrap.js:1496:19)
    at TLSSocket.emit (events.js:326:22)
    at endReadableNT (_stream_readable.js:1241:12)
    at processTicksAndRejections (internal/process/task_queues.js:84:21)
Error: Process completed with exit code 1.`
  ),
  // pnpm -r puts the package's folder and the script before each line of a package's output
  c(
    'eslint through pnpm -r: one error among warnings, each row behind the package prefix',
    'PAT-007',
    `packages/mcp-server lint$ eslint src __tests__ --ext .ts
packages/mcp-server lint: /home/runner/work/app/app/packages/mcp-server/src/server.ts
packages/mcp-server lint:    41:7  warning  Unexpected any. Specify a different type  @typescript-eslint/no-explicit-any
⟫packages/mcp-server lint:   102:9  error    'timeout' is never reassigned. Use 'const' instead  prefer-const
packages/mcp-server lint: /home/runner/work/app/app/packages/mcp-server/src/tools/preview.ts
packages/mcp-server lint:    63:37  warning  Unexpected any. Specify a different type  @typescript-eslint/no-explicit-any
packages/mcp-server lint: ✖ 3 problems (1 error, 2 warnings)
packages/mcp-server lint: Failed
/home/runner/work/app/app/packages/mcp-server:
 ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  @app/mcp-server@0.2.0 lint: \x60eslint src __tests__ --ext .ts\x60
Exit status 1`
  ),
  // A machine the job drives that does not answer in time is the machine's, not a time limit's
  c(
    'packer cannot reach the instance over SSH',
    'PAT-008',
    `==> amazon-ebs.ubuntu: Launching a source AWS instance...
    amazon-ebs.ubuntu: Instance ID: i-0a1b2c3d4e5f67890
==> amazon-ebs.ubuntu: Waiting for instance (i-0a1b2c3d4e5f67890) to become ready...
==> amazon-ebs.ubuntu: Using SSH communicator to connect: 10.20.3.14
==> amazon-ebs.ubuntu: Waiting for SSH to become available...
⟫==> amazon-ebs.ubuntu: Timeout waiting for SSH.
==> amazon-ebs.ubuntu: Terminating the source AWS instance...
Build 'amazon-ebs.ubuntu' errored after 5 minutes 12 seconds: Timeout waiting for SSH.

==> Wait completed after 5 minutes 12 seconds

==> Some builds didn't complete successfully and had errors:
--> amazon-ebs.ubuntu: Timeout waiting for SSH.`
  ),
  c(
    'vagrant guest never answers while it boots',
    'PAT-008',
    `==> default: Booting VM...
==> default: Waiting for machine to boot. This may take a few minutes...
    default: SSH address: 127.0.0.1:2222
    default: SSH username: vagrant
    default: SSH auth method: private key
⟫Timed out while waiting for the machine to boot. This means that
Vagrant was unable to communicate with the guest machine within
the configured ("config.vm.boot_timeout" value) time period.`
  ),
  c(
    'ansible host does not answer the become prompt in time',
    'PAT-008',
    `TASK [common : Install base packages] *****************************************
ok: [web1]
⟫fatal: [web2]: FAILED! => {"msg": "Timeout (30s) waiting for privilege escalation prompt: "}

PLAY RECAP *********************************************************************
web1                       : ok=4    changed=1    unreachable=0    failed=0    skipped=0
web2                       : ok=3    changed=0    unreachable=0    failed=1    skipped=0`
  ),
  c(
    'a frozen install echoed by the shell, then an install that worked',
    null,
    `$ pnpm install --frozen-lockfile
Lockfile is up to date, resolution step is skipped
Packages: +312
Progress: resolved 312, reused 312, downloaded 0, added 312, done
Done in 3.1s
+ timeout 600 npm run build`
  ),
  c(
    "a package script's command under its header, quoted by npm, in a run that passed",
    null,
    `> app@1.0.0 ci
> pnpm install --frozen-lockfile && timeout 600 npm run build

Done in 3.2s`
  ),
  c(
    "a frozen install after PowerShell's and cmd's prompts, in a run that passed",
    null,
    `PS C:\\src\\app> pnpm install --frozen-lockfile
Lockfile is up to date, resolution step is skipped
Done in 2.8s
PS> yarn install --frozen-lockfile
success Already up-to-date.
C:\\src\\app>npm ci --frozen-lockfile
added 312 packages in 9s
C:\\src> timeout 600 npm run build`
  ),
  c(
    "a Docker build's RUN instructions, classic and BuildKit, in a build that passed",
    null,
    `Step 5/9 : RUN pnpm install --frozen-lockfile
 ---> Running in 1a2b3c4d5e6f
Lockfile is up to date, resolution step is skipped
 ---> 9f8e7d6c5b4a
#8 [4/6] RUN yarn install --frozen-lockfile
#8 0.512 success Already up-to-date.
#8 DONE 3.4s
#9 [builder 5/6] RUN timeout 600 npm run build
#9 DONE 41.0s
 => [web 6/6] RUN pnpm install --frozen-lockfile                     12.3s`
  ),
  c(
    "a frozen install and a time limit after a POSIX shell's prompt, in a session that passed",
    null,
    `runner@fv-az123-456:~/work/app$ pnpm install --frozen-lockfile
Lockfile is up to date, resolution step is skipped
Done in 3.1s
root@4f2a9c1b:/src# timeout 600 npm run build
vite v5.4.2 building for production...
built in 4.12s`
  ),
  // Nix: a derivation's builder that exited non-zero, in Nix 2's and Nix 1's wording.
  c(
    "nix 2: a derivation's builder failed, with its last log lines",
    'PAT-001',
    `building '/nix/store/0k1v7d2m9q8s3x4c5b6n7a8z9w0e1r2t-mytool-0.4.1.drv'...
⟫error: builder for '/nix/store/0k1v7d2m9q8s3x4c5b6n7a8z9w0e1r2t-mytool-0.4.1.drv' failed with exit code 2;
       last 2 log lines:
⟫       > mytool.c:12:5: error: 'count' undeclared (first use in this function)
       > make: *** [Makefile:8: mytool.o] Error 1
       For full logs, run 'nix log /nix/store/0k1v7d2m9q8s3x4c5b6n7a8z9w0e1r2t-mytool-0.4.1.drv'.`
  ),
  c(
    "nix 2: a builder's check phase failed, its test runner's lines quoted behind '> '",
    'PAT-002',
    `error: builder for '/nix/store/4m7x2q9d1k3v5b8n0c6z-pytool-1.9.0.drv' failed with exit code 1;
       last 4 log lines:
⟫       > FAILED tests/test_cli.py::test_sync - AssertionError: assert 1 == 2
⟫       > FAILED tests/test_core.py::test_order - KeyError: 'python'
       > = 2 failed, 311 passed, 4 skipped in 41.27s =
       > /nix/store/9c8v7b6n5m4l3k2j1h0g-stdenv-linux/setup: line 1594: pop_var_context: head of shell_variables not a function context
       For full logs, run 'nix log /nix/store/4m7x2q9d1k3v5b8n0c6z-pytool-1.9.0.drv'.`
  ),
  c(
    'nix 1: a builder failed and every derivation above it could not be built, the paste cut there',
    'PAT-001',
    `these derivations will be built:
  /nix/store/9a8b7c6d5e4f3g2h1i0j-libfoo-1.2.drv
  /nix/store/1q2w3e4r5t6y7u8i9o0p-app-0.3.drv
building path(s) ‘/nix/store/9a8b7c6d5e4f3g2h1i0j-libfoo-1.2’
⟫builder for ‘/nix/store/9a8b7c6d5e4f3g2h1i0j-libfoo-1.2.drv’ failed with exit code 2
cannot build derivation ‘/nix/store/1q2w3e4r5t6y7u8i9o0p-app-0.3.drv’: 1 dependencies couldn't be built
cannot build derivation ‘/nix/store/7h8j9k0l1z2x3c4v5b6n-system-path.drv’: 1 dependencies couldn't be built
cannot build derivation ‘/nix/store/2s3d4f5g6h7j8k9l0z1x-etc.drv’: 1 dependencies couldn't be built`
  ),
  c(
    "a Nix build that passed, and a changelog entry on the builder's exit code",
    null,
    `building '/nix/store/0k1v7d2m9q8s3x4c5b6n7a8z9w0e1r2t-mytool-0.4.1.drv'...
/nix/store/5t6y7u8i9o0p1q2w3e4r-mytool-0.4.1
- nix log now shows the builder for /nix/store/…-mytool-0.4.1.drv when it exits with code 1 (#4217)`
  ),
  // RuboCop's TAP and offense-count formatters.
  c(
    "rubocop's TAP formatter: an offense as a diagnostic under 'not ok'",
    'PAT-007',
    `$ bundle exec rubocop --format tap
1..2
not ok 1 - app/models/user.rb
⟫# app/models/user.rb:14:5: W: Lint/UselessAssignment: Useless assignment to variable - \`token\`.
#     token = generate
#     ^^^^^
ok 2 - config/routes.rb

2 files inspected, 1 offense detected`
  ),
  c(
    "rubocop's offense count formatter: a row per cop and the total",
    'PAT-007',
    `$ bundle exec rubocop --format offenses

⟫12  Style/FrozenStringLiteralComment
⟫4   Layout/TrailingWhitespace
⟫1   Lint/UnusedMethodArgument
--
17   Total`
  ),
  c(
    "rubocop's TAP formatter on clean files, and a count of cops enabled",
    null,
    `$ bundle exec rubocop --format tap
1..2
ok 1 - app/models/user.rb
ok 2 - config/routes.rb

2 files inspected, no offenses detected
12 Style/ cops enabled in .rubocop.yml`
  ),
  // An advisory id of the retired OSVDB database, as older advisory databases still cite it.
  c(
    'bundle-audit: an advisory record citing an OSVDB id',
    'PAT-003',
    `$ bundle exec bundle-audit check --update
Updating ruby-advisory-db ...
ruby-advisory-db: 164 advisories
⟫Name: rack
Version: 1.4.1
⟫Advisory: OSVDB-89939
Criticality: High
URL: http://osvdb.org/show/osvdb/89939
Title: Rack Cookie Parsing Denial of Service Attack
Solution: upgrade to ~> 1.1.6, ~> 1.2.8, ~> 1.3.10, >= 1.4.5

Unpatched versions found!`
  ),
  c(
    'an audit that found nothing after updating its advisory database',
    null,
    `$ bundle exec bundle-audit check --update
Updating ruby-advisory-db ...
ruby-advisory-db: 164 advisories
No unpatched versions found`
  ),
  c(
    'a frozen install and a time limit behind a virtualenv, zsh, fish, Fedora and oh-my-zsh prompts, in a session that passed',
    null,
    `(venv) runner@fv-az123-456:~/work/app$ pnpm install --frozen-lockfile
Lockfile is up to date, resolution step is skipped
(base) root@4f2a9c1b:/src# timeout 600 npm run build
built in 4.12s
dev@Daniels-MBP app % npm ci --frozen-lockfile
added 312 packages in 9s
dev@host ~/app> timeout 600 cargo audit
[dev@fedora app]$ yarn install --frozen-lockfile
success Already up-to-date.
➜  app git:(main) ✗ pnpm install --frozen-lockfile
Done in 3.1s
(.venv) PS C:\\src\\app> timeout 600 npm run build
user@host:~/app> npm ci --frozen-lockfile`
  ),
  c(
    "Python's and IPython's prompts before a command that names a frozen install, in a session that passed",
    null,
    `>>> subprocess.run(["npm", "ci", "--frozen-lockfile"], check=True, timeout=600).returncode
0
In [2]: subprocess.run(["pnpm", "install", "--frozen-lockfile"], timeout=600).returncode
Out[2]: 0`
  ),
  c(
    'a release job printing its changelog: advisories fixed and a time limit raised',
    null,
    `Generating release notes for v2.4.1
## 2.4.1
- Fix CVE-2024-4067: ReDoS in micromatch's braces handling
* Patched a prototype pollution in merge() (GHSA-jf85-cpcp-j695)
- Resolves CVE-2023-45857 by upgrading axios
- Raise the default timeout to 30s
Release v2.4.1 published`
  ),
  c(
    "npm 6.0's notice of vulnerabilities after an install that worked",
    null,
    `npm WARN deprecated gulp-util@3.0.8: gulp-util is deprecated
+ left-pad@1.3.0
added 1 package in 2.1s
[!] 6 vulnerabilities found [8486 packages audited]
    Severity: 3 Low | 3 Moderate
    Run \`npm audit\` for more detail`
  ),
  c(
    'time limits as settings in a config dump and a plan, in a run that passed',
    null,
    `Running tests with config: {"workerCount":"3","timeout":"600000","keepFailed":false}
Setting the job timeout to 600 seconds
  ~ resource "aws_lambda_function" "api" {
      ~ timeout = "30" -> "60"
    }
Plan: 0 to add, 1 to change, 0 to destroy.`
  ),
  c(
    "a scanner's row for a package named patch, whose fixed version is out",
    'PAT-003',
    `┌─────────┬──────────────────┬──────────┬───────────────────┬───────────────┬──────────────────────────────────────┐
│ Library │  Vulnerability   │ Severity │ Installed Version │ Fixed Version │                Title                 │
├─────────┼──────────────────┼──────────┼───────────────────┼───────────────┼──────────────────────────────────────┤
⟫│ patch   │ CVE-2018-1000156 │ HIGH     │ 2.7.6-2           │ 2.7.6-3       │ patch: Malicious patch files cause   │
└─────────┴──────────────────┴──────────┴───────────────────┴───────────────┴──────────────────────────────────────┘`
  ),
  c(
    "a frozen install and a time limit after a shell's default prompt and a working directory's, in a session that passed",
    null,
    `bash-5.1$ npm ci --frozen-lockfile
added 312 packages in 9s
sh-4.4# timeout 600 cargo audit
    Fetching advisory database from \`https://github.com/RustSec/advisory-db.git\`
/home/ui $ yarn install --frozen-lockfile
success Already up-to-date.
~/app $ pnpm install --frozen-lockfile
Done in 3.1s`
  ),
  c(
    "ctest's summary when every test passed, test names with failure words in it",
    null,
    `Test project /src/build
    Start 1: test_timeout_handling
1/3 Test #1: test_timeout_handling ............   Passed    0.01 sec
    Start 2: test_error_paths
2/3 Test #2: test_error_paths .................   Passed    0.01 sec
    Start 3: test_failure_recovery
3/3 Test #3: test_failure_recovery ............   Passed    0.02 sec

100% tests passed, 0 tests failed out of 3`
  ),
  c(
    "apt's debconf notes in a Docker build that passed",
    null,
    `#5 [2/4] RUN apt-get update && apt-get install -y curl
#5 2.101 debconf: delaying package configuration, since apt-utils is not installed
#5 2.300 debconf: unable to initialize frontend: Dialog
#5 2.301 debconf: (TERM is not set, so the dialog frontend is not usable.)
#5 2.302 debconf: falling back to frontend: Readline
#5 2.303 debconf: unable to initialize frontend: Readline
#5 2.304 debconf: (Can't locate Term/ReadLine.pm in @INC (you may need to install the Term::ReadLine module) (@INC contains: /etc/perl /usr/share/perl5) at /usr/share/perl5/Debconf/FrontEnd/Readline.pm line 7.)
#5 2.305 debconf: falling back to frontend: Teletype
#5 2.306 dpkg-preconfigure: unable to re-open stdin: No such file or directory
#5 4.512 Setting up curl (7.81.0-1ubuntu1.15) ...
#5 DONE 9.8s`
  ),
  c(
    'a Perl module missing from @INC',
    'PAT-006',
    `+ perl scripts/gen-docs.pl
⟫Can't locate YAML/Tiny.pm in @INC (you may need to install the YAML::Tiny module) (@INC contains: /etc/perl /usr/share/perl5) at scripts/gen-docs.pl line 4.
BEGIN failed--compilation aborted at scripts/gen-docs.pl line 4.`
  ),
  c(
    "a missing module after Python's prompt",
    'PAT-006',
    `>>> import torch
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
⟫ModuleNotFoundError: No module named 'torch'`
  ),
  // A dependency that needs a newer platform than the project targets (SwiftPM, CocoaPods,
  // Xcode's module check, the Android manifest merger).
  c(
    'swiftpm: a package product that needs a newer iOS than the target supports',
    'PAT-006',
    `xcodebuild build -scheme Wrapper -destination 'generic/platform=iOS'
Resolve Package Graph
Resolved source packages:
  Charts: https://github.com/danielgindi/Charts.git @ 5.1.0
⟫error: The package product 'DGCharts' requires minimum platform version 13.0 for the iOS platform, but this target supports 12.0 (in target 'Wrapper' from project 'Wrapper')
** BUILD FAILED **`
  ),
  c(
    'cocoapods: the pod specs found need a higher deployment target',
    'PAT-006',
    `Analyzing dependencies
⟫[!] CocoaPods could not find compatible versions for pod "FirebaseCore":
  In Podfile:
    FirebaseCore (~> 10.0)

⟫Specs satisfying the \`FirebaseCore (~> 10.0)\` dependency were found, but they required a higher minimum deployment target.`
  ),
  c(
    'a changelog entry on raising the minimum platform version, in a build that passed',
    null,
    `- Raise the minimum platform version for the iOS platform to 13.0 (#812)
Build succeeded in 42.1s`
  ),
  // Dart: a lint the analysis options raise to error severity is still a lint.
  c(
    'flutter analyze: lints raised to error severity',
    'PAT-007',
    `Analyzing app...
⟫  error • Use 'const' with the constructor to improve performance • lib/pages/home.dart:41:16 • prefer_const_constructors
  error • Don't invoke 'print' in production code • lib/main.dart:9:3 • avoid_print
2 issues found. (ran in 4.2s)`
  ),
  c(
    'flutter analyze: a lint raised to error, its location and rule wrapped onto the next line',
    'PAT-007',
    `⟫error • Unnecessary 'this.' qualifier
lib/src/cart.dart:27:5 • unnecessary_this
... (14 more errors)`
  ),
  c(
    "flutter analyze: the analyzer's own error code, not a lint",
    'PAT-001',
    `Analyzing app...
⟫  error • This expression has a type of 'void' so its value can't be used • lib/main.dart:14:9 • use_of_void_result
1 issue found. (ran in 3.0s)`
  ),
  // Security scanners' records: gitleaks' finding, terrascan's violation; a clean NuGet audit.
  c(
    'gitleaks: a finding record without its summary line',
    'PAT-003',
    `$ gitleaks detect --source . -v
Finding:     aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
Secret:      wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
⟫RuleID:      aws-secret-access-key
Entropy:     4.621
File:        deploy/terraform.tfvars
Line:        12`
  ),
  c(
    'terrascan: a violation and the scan summary',
    'PAT-003',
    `$ terrascan scan -i terraform
Violation Details -

⟫	Description    :	S3 bucket has no server-side encryption enabled
	File           :	main.tf
	Line           :	14
	Severity       :	HIGH

Scan Summary -

	Policies Validated  :	142
	Violated Policies   :	1`
  ),
  c(
    'a NuGet vulnerability audit and a terrascan scan that found nothing, and a help text',
    null,
    `$ dotnet list package --vulnerable
The given project \`Api\` has no vulnerable packages given the current sources.
   [net8.0]: No vulnerable packages for this framework.
      --loud                   indicate output should include non-vulnerable packages
Scan Summary -
	Policies Validated  :	142
	Violated Policies   :	0
RuleID: generic-api-key`
  ),
  c(
    'release notes and commit subjects that name timeouts and time limits',
    null,
    `## What's Changed
- Fixed crash due to timeout in the uploader
* Jobs killed by timeout are now retried
* Raise the build time limit to 60 minutes by @ada in https://github.com/acme/app/pull/812
$ git log --oneline -3
abc1234 docs: explain the default timeout
def5678 fix(ci): job cancelled by timeout no longer reports success
9abc012 Raise the job timeout for the deploy stage
commit 0f1e2d3c4b5a69788796a5b4c3d2e1f001122334
Author: Ada <ada@example.com>

    ci: stop the runner when the step has timed out
    `
  ),
  c(
    'a test report whose list of failures is empty',
    null,
    `Ran 120 tests in 3.214s
Failed tests summary (none)
Errors: none`
  ),
  c(
    "flake8's starter-workflow run whose style findings are told to exit 0",
    null,
    `Run flake8 . --count --select=E9,F63,F7,F82 --show-source --statistics
  flake8 . --count --select=E9,F63,F7,F82 --show-source --statistics
  flake8 . --count --exit-zero --max-complexity=10 --max-line-length=127 --statistics
  shell: /usr/bin/bash -e {0}
0
./app/main.py:12:80: E501 line too long (95 > 79 characters)
./app/util.py:3:1: F401 'os' imported but unused
1     E501 line too long (95 > 79 characters)
1     F401 'os' imported but unused
2`
  ),
  c(
    "pylint's findings after `|| true`",
    null,
    `$ pylint src || true
************* Module app
src/app.py:1:0: C0114: Missing module docstring (missing-module-docstring)
src/app.py:3:0: W0611: Unused import os (unused-import)

------------------------------------------------------------------
Your code has been rated at 7.50/10`
  ),
  c(
    'a tox environment named style whose linter failed',
    'PAT-007',
    `style: commands[0]> flake8 src
⟫src/app.py:3:1: F401 'os' imported but unused
style: exit 1 (0.50 seconds) /home/runner/work/app> flake8 src pid=2101
  style: FAIL code 1 (0.61=setup[0.11]+cmd[0.50] seconds)`
  ),
  // A secret scanner's count of incidents, a golden-output test whose output differs from its
  // expected file, a code-quality gate's verdict: each tool family's own wording of its failure.
  c(
    'a secret scanner counting incidents in a scanned commit',
    'PAT-003',
    `$ ggshield secret scan ci
Commits to scan: 3
commit 4e1f2a9
⟫🛡️  ⚔️  🛡️  2 incidents have been found in file config/settings.py
>>> Incident 1(Secrets detection): AWS Keys (Ignore with SHA: 9c41) (1 occurrence)
  12 | AWS_SECRET_ACCESS_KEY = "wJal***"`
  ),
  c(
    'a golden-output test whose output differs from the expected file',
    'PAT-002',
    `$ ./scripts/compare.sh parse-empty
⟫Error: Files cases/parse-empty.expected and build/parse-empty.out differ.
Error: Process completed with exit code 1.`
  ),
  c(
    'sonar-scanner waiting for the quality gate, which failed',
    'PAT-007',
    `INFO: Analysis report uploaded in 212ms
INFO: ------------- Check Quality Gate status
INFO: Waiting for the analysis report to be processed (max 300s)
⟫ERROR: QUALITY GATE STATUS: FAILED - View details on https://sonarcloud.io/dashboard?id=acme_api
INFO: ------------------------------------------------------------------------
INFO: EXECUTION FAILURE`
  ),
  c(
    'no incidents, identical expected output and a passed quality gate',
    null,
    `🛡️  ⚔️  🛡️  No secrets have been found
No incidents have been found in 14 commits
Files tests/expected/parse-empty.out and build/parse-empty.out are identical
INFO: QUALITY GATE STATUS: PASSED - View details on https://sonarcloud.io/dashboard?id=acme_api
- Fixed: quality gate status reported as ERROR when the analysis was still pending`
  ),
  c(
    "credo's issues behind its report gutter",
    'PAT-007',
    `$ mix credo --strict
┃  Code Readability
┃ 
⟫┃ [R] ↘ Modules should have a @moduledoc tag.
┃       lib/shop/cart.ex:1:11 #(Shop.Cart)
┃ [F] → Function is too complex (cyclomatic complexity is 12, max is 9).
┃       lib/shop/checkout.ex:40:7 #(Shop.Checkout.total)`
  ),
  c(
    "credo's oneline format",
    'PAT-007',
    `$ mix credo --format oneline
⟫[W] ↗ lib/shop/cart.ex:22:5 Shop.Cart.add There should be no calls to \`IO.inspect/1\`.
[C] → lib/shop/cart.ex:30:1 Shop.Cart.remove Pipe chain should start with a raw value.`
  ),
  c(
    "credo's explanation of a check and its summary of a clean run",
    null,
    `┃   [F] Category: refactor
┃    ↗  Priority: high
┃       Avoid negated conditions in if-else blocks.
Analysis took 0.2 seconds (0.02s to load, 0.2s running 55 checks on 14 files)
48 mods/funs, found no issues.`
  ),
  c(
    'NuGet: a package that targets none of the project frameworks, after the restore stopped',
    'PAT-006',
    `log  : Restore failed in 2113ms.

Errors in /home/runner/work/api/src/Api/project.json
⟫    Package Acme.Tools 2.0.0 is not compatible with netcoreapp1.1 (.NETCoreApp,Version=v1.1). Package Acme.Tools 2.0.0 supports:
      - net462 (.NETFramework,Version=v4.6.2)
    One or more packages are incompatible with .NETCoreApp,Version=v1.1.`
  ),
  c(
    'NuGet: a package restored for a fallback framework, and a changelog',
    null,
    `warning NU1701: Package 'Acme.Legacy 1.2.0' was restored using '.NETFramework,Version=v4.6.1' instead of the project target framework '.NETCoreApp,Version=v3.1'. This package may not be fully compatible with your project.
Restore completed in 1.2 sec for /home/runner/work/api/src/Api/Api.csproj.
- Acme.Tools 2.1.0 now targets netstandard2.0, so it works on .NETCoreApp,Version=v1.1 again`
  ),
  c(
    'a download retried until it worked',
    null,
    `curl: (7) Failed to connect to 127.0.0.1 port 8765 after 0 ms: Couldn't connect to server
attempt 1 of 5 failed: retrying in 2s
error: RPC failed; curl 56 GnuTLS recv error (-9): Error decoding the received TLS packet.
Retrying in 5 seconds...
downloaded bundle.tar.gz on attempt 3
assets/
assets/VERSION`
  ),
  c(
    'a download whose every retry failed, before what needed it',
    'PAT-008',
    `⟫curl: (7) Failed to connect to 127.0.0.1 port 8765 after 0 ms: Couldn't connect to server
attempt 1 of 2 failed: retrying in 2s
curl: (7) Failed to connect to 127.0.0.1 port 8765 after 0 ms: Couldn't connect to server
attempt 2 of 2 failed: giving up
tar (child): bundle.tar.gz: Cannot open: No such file or directory
tar: Error is not recoverable: exiting now`
  ),
  c(
    "make's dry run of a target whose commands name time limits and kills",
    null,
    `make -n e2e
timeout --signal=KILL --kill-after=30 900 ./scripts/e2e.sh || (echo "e2e failed: timed out or killed, see logs/e2e.log" && exit 1)
echo "upload skipped: no build time limit reached"`
  ),
  // testthat's failure rule however R CMD check indents it, in its 3.x and 2.x spellings; Ginkgo
  // v1's summary line of a failed spec; Next.js's cross before its build worker's exit, which is
  // no failed test.
  c(
    'testthat failures as R CMD check indents them, in three releases of testthat',
    'PAT-002',
    `⟫       ── Failure ('test-parse.R:31:3'): parse keeps empty fields ─────────────
       \`out\` (\`actual\`) not equal to \`expected\` (\`expected\`).
       Lengths differ: 3 is not 2

⟫       ── FAILURE (test-parse.R:44:5): parse rejects a bad header ──────────────
       \`parse("x")\` did not throw an error.

⟫       ── 2. Failure: parse handles quotes (@test-parse.R#58) ──────────────────
       nchar(out) not equal to 5.
       1/1 mismatches
       [1] 7 - 5 == 2


       [ FAIL 3 | WARN 0 | SKIP 0 | PASS 120 ]`
  ),
  c(
    "Ginkgo v1's summary of a failed spec",
    'PAT-002',
    `Summarizing 1 Failure:

⟫[Fail] Cache eviction [It] drops the oldest entry first 
/home/runner/work/app/app/pkg/cache/cache_test.go:88

Ran 14 of 14 Specs in 0.031 seconds
FAIL! -- 13 Passed | 1 Failed | 0 Pending | 0 Skipped`
  ),
  c(
    "Next.js's cross before its build worker's exit, after the prerender error that stopped it",
    'PAT-001',
    `$ next build
⟫Error occurred prerendering page "/about". Read more: https://nextjs.org/docs/messages/prerender-error
⟫TypeError: Cannot read properties of undefined (reading 'map')
 ⨯ Next.js build worker exited with code: 1 and signal: null`
  ),
  // The Nim compiler writes `file(line, col) Error: …` after its hints and warnings; a nimscript
  // task that ran it then stops on `Error: unhandled exception` behind its own stack trace.
  c(
    'Nim: a compile error after hints and warnings, then the nimscript task that ran it',
    'PAT-001',
    `/home/runner/work/app/app/src/app/utils.nim(12, 6) Hint: 'hash' is declared but not used [XDeclaredButNotUsed]
/home/runner/work/app/app/src/app/utils.nim(6, 12) Warning: imported and not used: 'chroma' [UnusedImport]
⟫/home/runner/work/app/app/src/app/render.nim(25, 26) Error: type mismatch: got <int> but expected 'float32'
stack trace: (most recent call last)
/home/runner/.nimble/lib/system/nimscript.nim(427, 18)
/home/runner/work/app/app/config.nims(41, 16) testTask
/home/runner/.nimble/lib/system/nimscript.nim(264, 7) Error: unhandled exception: FAILED: nim r tests/trender.nim [OSError]`
  ),
  c(
    'Nim: hints and warnings of a build that passed, and a changelog quoting an error',
    null,
    `/home/runner/work/app/app/src/app/utils.nim(12, 6) Hint: 'hash' is declared but not used [XDeclaredButNotUsed]
/home/runner/work/app/app/src/app/utils.nim(6, 12) Warning: imported and not used: 'chroma' [UnusedImport]
- Fixed: \x60render.nim(25, 26) Error: type mismatch\x60 is no longer printed twice
Success: Execution of the tests passed`
  ),
  // A linter's verdict that its findings are over its configured limit, in its own words.
  c(
    "a stylus linter's verdict that its warnings are over the limit",
    'PAT-007',
    `$ npx stylint src/styles
Stylint: 0 Errors. (Max Errors: 1)
Stylint: 26 Warnings. (Max Warnings: 25)
⟫Stylint: Over Error or Warning Limit.
Error: Process completed with exit code 1.`
  ),
  c(
    'lint counts under their limits, and a changelog entry about the limit',
    null,
    `Stylint: 0 Errors. (Max Errors: 1)
Stylint: 3 Warnings. (Max Warnings: 25)
- docs: explain what happens when a run is over the warning limit`
  ),
  c(
    'dockle: a checkpoint failed at its FATAL level among passing ones',
    'PAT-003',
    `$ dockle --exit-code 1 app:ci
WARN    - CIS-DI-0005: Enable Content trust for Docker
        * export DOCKER_CONTENT_TRUST=1 before docker pull/build
⟫FATAL   - CIS-DI-0010: Do not store secrets in ENVIRONMENT variables
        * Suspicious ENV key found : AWS_SECRET_ACCESS_KEY
PASS    - DKL-DI-0001: Avoid sudo command
INFO    - CIS-DI-0006: Add HEALTHCHECK instruction to the container image`
  ),
  c(
    "dockle with only warnings and passes, and kubesec's passing score",
    null,
    `WARN    - CIS-DI-0005: Enable Content trust for Docker
        * export DOCKER_CONTENT_TRUST=1 before docker pull/build
PASS    - CIS-DI-0010: Do not store secrets in ENVIRONMENT variables
    "message": "Passed with a score of 7 points",`
  ),
  c(
    "kubesec: a resource's failing score in its JSON report",
    'PAT-003',
    `$ kubesec scan deploy/web.yaml
[
  {
    "object": "Deployment/web.default",
    "valid": true,
⟫    "message": "Failed with a score of -7 points",
    "score": -7,
    "scoring": {
      "critical": [
        {
          "selector": "containers[] .securityContext .privileged == true",
          "reason": "Privileged containers can allow almost completely unrestricted host access",`
  ),
  c(
    "talisman's content detector under its pre-commit hook",
    'PAT-003',
    `Talisman Scan: 12 / 12 <-------------------------------------------> 100.00%
The following errors were detected in config/settings.yml
⟫         Expected file to not to contain base64 encoded texts such as: c2VjcmV0LWtleS0xMjM0NTY3ODkw
error: failed to push some refs to 'git@github.com:acme/app.git'`
  ),
  c(
    "git-secrets' commit hook refusing a commit",
    'PAT-003',
    `$ git commit -m "add deploy config"
deploy/env.sh:4:export AWS_SECRET_ACCESS_KEY=AKIAIOSFODNN7ABCDEFG
⟫[ERROR] Matched one or more prohibited patterns

Possible mitigations:
- Mark false positives as allowed using: git config --add secrets.allowed ...`
  ),
  c(
    "secret scanners' configuration and release notes",
    null,
    `$ git secrets --add --allowed 'AKIAIOSFODNN7EXAMPLE'
$ git config --get-all secrets.patterns
- talisman: the filename detector no longer reports files that failed checks against an ignored pattern
- detect a prohibited pattern in commit messages too`
  ),
  c(
    "eslint's compact rows at warning level, and the run passed",
    null,
    `$ eslint --format compact src
/app/src/index.js: line 3, col 7, Warning - 'x' is assigned a value but never used. (no-unused-vars)
/app/src/index.js: line 9, col 1, Warning - Unexpected console statement. (no-console)

2 problems`
  ),
  c(
    "eslint's compact warning rows under --max-warnings 0",
    'PAT-007',
    `$ eslint --max-warnings 0 --format compact src
⟫/app/src/index.js: line 3, col 7, Warning - 'x' is assigned a value but never used. (no-unused-vars)

1 problem
ESLint found too many warnings (maximum: 0).`
  ),
  c(
    "npm's registry reset, its stale cached data used, and the install done",
    null,
    `$ npm install -g typescript
npm WARN registry Unexpected warning for https://registry.npmjs.org/: Miscellaneous Warning ECONNRESET: request to https://registry.npmjs.org/typescript failed, reason: read ECONNRESET
npm WARN registry Using stale data from https://registry.npmjs.org/ due to a request error during revalidation.
+ typescript@5.4.5
added 1 package in 41.2s`
  ),
  c(
    "npm's stale cached data, then a package the registry does not have",
    'PAT-006',
    `npm WARN registry Using stale data from https://registry.npmjs.org/ due to a request error during revalidation.
⟫npm ERR! code E404
npm ERR! 404 Not Found - GET https://registry.npmjs.org/@acme%2fnot-published - Not found`
  ),
  c(
    "an action that reports its tool's failure as a warning (codecov-action without fail_ci_if_error)",
    null,
    `Run codecov/codecov-action@v4
Error: Codecov token not found. Please provide Codecov token with -t flag.
Warning: Codecov: Failed to properly create commit: The process '/home/runner/work/_actions/codecov/codecov-action/v4/dist/codecov' failed with exit code 1`
  ),
  c(
    "codecov's uploader refused for want of a token, the step going on",
    null,
    `info - 2025-02-03 09:12:44,101 -- Found 2 coverage files to report
info - 2025-02-03 09:12:44,102 -- > /home/runner/work/app/app/coverage.xml
info - 2025-02-03 09:12:44,530 -- Process Upload complete
error - 2025-02-03 09:12:44,531 -- Upload failed: {"message":"Token required - not valid tokenless upload"}`
  ),
  c(
    "sorbet's type errors are the type checker's, not a test's assertion",
    'PAT-007',
    `$ bundle exec srb tc
⟫lib/billing/invoice.rb:42: Expected Integer but found String("12") for argument amount https://srb.help/7002
    42 |    charge(amount: "12")
                          ^^^^
  Expected Integer for argument amount of method Billing#charge:
    lib/billing.rb:8:
     8 |  sig { params(amount: Integer).void }
                       ^^^^^^
Errors: 1`
  ),
  // A task whose errors a tool ignores, a teardown warning in a logger's own layout, a coverage
  // gate's whole-line verdict and pnpm's audit count (issue 8, batch 86).
  c(
    "an ansible task's failure under ignore_errors, and the play went on",
    null,
    `TASK [fetch release notes] *****************************************************
fatal: [localhost]: FAILED! => {"changed": false, "elapsed": 10, "msg": "Status code was -1 and not [200]: Connection failure: The read operation timed out", "status": -1, "url": "https://example.org/notes"}
...ignoring

TASK [build site] **************************************************************
ok: [localhost]

PLAY RECAP *********************************************************************
localhost                  : ok=5    changed=2    unreachable=0    failed=0    skipped=0    rescued=0    ignored=1`
  ),
  c(
    "the same ansible task's failure, not ignored",
    'PAT-008',
    `TASK [fetch release notes] *****************************************************
⟫fatal: [localhost]: FAILED! => {"changed": false, "elapsed": 10, "msg": "Status code was -1 and not [200]: Connection failure: The read operation timed out", "status": -1, "url": "https://example.org/notes"}

PLAY RECAP *********************************************************************
localhost                  : ok=4    changed=2    unreachable=0    failed=1    skipped=0    rescued=0    ignored=0`
  ),
  c(
    "karma's launcher killing the browser at teardown, after every test passed",
    null,
    `05 12 2026 10:01:02.345:INFO [karma-server]: Karma v6.4.2 server started at http://localhost:9876/
05 12 2026 10:01:02.350:INFO [launcher]: Launching browsers ChromeHeadless with concurrency unlimited
Chrome Headless 120.0.0.0 (Linux x86_64): Executed 96 of 96 SUCCESS (4.1 secs / 3.8 secs)
TOTAL: 96 SUCCESS
05 12 2026 10:01:09.001:WARN [launcher]: ChromeHeadless was not killed in 2000 ms, sending SIGKILL.`
  ),
  c(
    "a project's coverage gate fails the step after every test passed",
    'PAT-002',
    `Chrome Headless 120.0.0.0 (Linux x86_64): Executed 412 of 412 SUCCESS (18.2 secs / 16.9 secs)
TOTAL: 412 SUCCESS
05 12 2026 10:04:31.220:WARN [launcher]: ChromeHeadless was not killed in 2000 ms, sending SIGKILL.
------------------------------
⟫Backend coverage check failed.
------------------------------
Error: Process completed with exit code 1.`
  ),
  c(
    'coverage checks named in a changelog and a clean verdict',
    null,
    `- Fix coverage check failed on Windows runners
No coverage checks failed.
All coverage checks passed.`
  ),
  c(
    "pnpm audit's count and severity row",
    'PAT-003',
    `$ pnpm audit --prod --audit-level high
⟫4 vulnerabilities found
Severity: 1 low | 2 moderate | 1 high`
  ),
  c(
    "yarn's deprecation warning for a nested package, naming a vulnerability class",
    null,
    `$ yarn install --frozen-lockfile
[1/4] Resolving packages...
warning webpack-dev-server > sockjs > uuid@3.4.0: Please upgrade to version 7 or higher. Older versions may use Math.random() in certain circumstances, which is known to be problematic.
warning jest > jest-cli > debug@4.1.1: Debug versions >=3.2.0 <3.2.7 || >=4 <4.3.1 have a low-severity ReDos regression when used in a Node.js environment. It is recommended you upgrade to 3.2.7 or 4.3.1.
[2/4] Fetching packages...`
  ),
  c(
    "the classic Docker builder's success after a RUN that printed an error word",
    null,
    `Step 3/5 : RUN git describe --tags || echo dev > VERSION
 ---> Running in 5f1c2a3b4d5e
fatal: No names found, cannot describe anything.
Removing intermediate container 5f1c2a3b4d5e
 ---> 1a2b3c4d5e6f
Step 5/5 : CMD ["node", "server.js"]
 ---> Running in 6a7b8c9d0e1f
 ---> 9f8e7d6c5b4a
Successfully built 9f8e7d6c5b4a
Successfully tagged acme/app:latest`
  ),
  c(
    "a wait loop's refused connections before the database came up",
    null,
    `Attempt 1 failed: connect ECONNREFUSED 127.0.0.1:5432
Waiting for postgres...
Attempt 2 failed: connect ECONNREFUSED 127.0.0.1:5432
Waiting for postgres...
Connected to postgres after 3 attempts
Running migrations... done`
  ),
  c(
    "a wait loop's refused connections until it gave up",
    'PAT-008',
    `⟫Attempt 1 failed: connect ECONNREFUSED 127.0.0.1:5432
Waiting for postgres...
Attempt 2 failed: connect ECONNREFUSED 127.0.0.1:5432
Waiting for postgres...
Attempt 3 failed: connect ECONNREFUSED 127.0.0.1:5432
Gave up after 3 attempts`
  ),
  c(
    'curl polling a server that is not up yet, then is',
    null,
    `curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused
Waiting for the server...
curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused
Waiting for the server...
Server is up
{"status":"ok"}`
  ),
  // Pester's failed It rows, interrogate's gate, markdown-link-check's older dead-link row, and
  // Gradle's daemon gone (issue 8, batch 87).
  c(
    "Pester 5's failed It row among passed ones",
    'PAT-002',
    `Running tests from 'C:\\a\\repo\\tests\\Get-Thing.Tests.ps1'
Describing Get-Thing
  [+] returns one thing 14ms (9ms|5ms)
⟫  [-] returns the name 21ms (18ms|3ms)
   Expected 'widget', but got 'gadget'.
   at $thing.Name | Should -Be 'widget', C:\\a\\repo\\tests\\Get-Thing.Tests.ps1:12
Tests completed in 1.2s
Tests Passed: 1, Failed: 1, Skipped: 0 NotRun: 0`
  ),
  c(
    "Pester's passed It rows only",
    null,
    `Describing Get-Thing
  [+] returns one thing 14ms (9ms|5ms)
  [+] returns the name 21ms (18ms|3ms)
Tests completed in 1.2s
Tests Passed: 2, Failed: 0, Skipped: 0 NotRun: 0`
  ),
  c(
    "interrogate's docstring coverage gate",
    'PAT-007',
    `$ interrogate -c pyproject.toml src
⟫RESULT: FAILED (minimum: 80.0%, actual: 62.5%)`
  ),
  c(
    "markdown-link-check's dead link row with no status",
    'PAT-007',
    `FILE: README.md
  [✓] https://example.org/docs
⟫  [✖] https://example.org/old-page

  2 links checked.

  ERROR: 1 dead links found!`
  ),
  c(
    "Gradle's client told its daemon has disappeared",
    'PAT-008',
    `Starting a Gradle Daemon (subsequent builds will be faster)
⟫The message received from the daemon indicates that the daemon has disappeared.
Build request sent: Build{id=1f3c, currentDir=/builds/app}
Attempting to read last messages from the daemon log...`
  ),
  c(
    "Gradle's daemon log ends with its stop notice, then what went wrong",
    'PAT-008',
    `12:00:01 Daemon vm is shutting down... The daemon has exited normally or was terminated in response to a user interrupt.
12:00:01 ----- End of the daemon log -----
12:00:01 
12:00:01 FAILURE: Build failed with an exception.
12:00:01 
12:00:01 * What went wrong:
⟫12:00:01 Gradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)`
  )
]
