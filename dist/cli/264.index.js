export const id = 264;
export const ids = [264];
export const modules = {

/***/ 5224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ loadCatalogue)
});

// UNUSED EXPORTS: PATTERNS_FILE

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/severity.ts
var severity = __webpack_require__(3262);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/default-patterns.ts
var default_patterns = __webpack_require__(9320);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/literal-hint.ts
var literal_hint = __webpack_require__(3808);
;// CONCATENATED MODULE: ./packages/core/src/diagnosis/safe-regex.ts
/**
 * Rejects regex sources that can backtrack catastrophically on one line: a quantified group
 * that itself contains a quantifier (`(a+)+`, `(\w*x)*`) or an alternation (`(a|ab)+`), and
 * backreferences. A conservative syntactic check: it may refuse a safe regex, never the
 * reverse for the shapes above. Returns the reason, or undefined when the source is acceptable.
 */
function unsafeRegexReason(source) {
    // For each open group: did it contain a quantifier (directly or in a nested group)?
    const stack = [];
    // For each open group: did it contain an alternation (`(a|ab)+` backtracks as badly)?
    const alt = [];
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            const next = source[i + 1] ?? '';
            if (!inClass && /[1-9]/.test(next))
                return 'backreferences are not allowed';
            if (!inClass && next === 'k' && source[i + 2] === '<')
                return 'backreferences are not allowed';
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            continue;
        }
        if (c === '[') {
            inClass = true;
            continue;
        }
        if (c === '(') {
            stack.push(false);
            alt.push(false);
            continue;
        }
        if (c === '|' && alt.length > 0) {
            alt[alt.length - 1] = true;
            continue;
        }
        if (c === ')') {
            const hadQuantifier = stack.pop() ?? false;
            const hadAlternation = alt.pop() ?? false;
            const q = quantifierAt(source, i + 1);
            if (q && hadQuantifier)
                return 'a repeated group contains a quantifier (nested quantifiers backtrack)';
            if (q && hadAlternation)
                return 'a repeated group contains an alternation (use a character class)';
            if (stack.length > 0 && (hadQuantifier || q))
                stack[stack.length - 1] = true;
            continue;
        }
        if (quantifierAt(source, i) && stack.length > 0)
            stack[stack.length - 1] = true;
    }
    return undefined;
}
/** True when a variable-count quantifier (`*`, `+`, `{n,}`, `{n,m}` with m > n) starts at i. */
function quantifierAt(s, i) {
    const c = s[i];
    if (c === '*' || c === '+')
        return true;
    if (c !== '{')
        return false;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i, i + 16));
    if (!m)
        return false;
    // An exact count `{n}` cannot match the same text two ways; only ranges can.
    if (m[2] === undefined)
        return false;
    return m[3] === '' || Number(m[3]) > Number(m[1]);
}

;// CONCATENATED MODULE: ./packages/core/src/diagnosis/catalogue.ts







/** Where users keep their overrides, relative to the repository root. */
const PATTERNS_FILE = '.github/hee-patterns.yml';
const MAX_CONTEXT_WINDOW = 500;
/** Evidence taken from an earlier line must still be in the recent-lines window. */
const MAX_EVIDENCE_WINDOW = 50;
const ruleSchema = schemas/* strictObject */.rej({
    id: schemas/* string */.YjP().min(1).max(80).optional(),
    regex: schemas/* string */.YjP().min(1).max(2000),
    flags: schemas/* string */.YjP().regex(/^i?$/, 'only the "i" flag is supported').optional(),
    weight: schemas/* number */.aig().min(1).max(100).default(70),
    context: schemas/* strictObject */.rej({
        section: schemas/* string */.YjP().min(1).max(2000).optional(),
        after: schemas/* string */.YjP().min(1).max(2000).optional(),
        within: schemas/* number */.aig().int().min(1).max(MAX_CONTEXT_WINDOW).optional(),
        level: schemas/* array */.YOg(schemas/* enum */.k5n(['error', 'warning', 'none']))
            .min(1)
            .optional()
    })
        .optional(),
    evidence: schemas/* enum */.k5n(['line', 'context']).optional(),
    warnings_count: schemas/* boolean */.zMY().optional()
});
const patternSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).max(200).optional(),
    severity: schemas/* enum */.k5n(severity/* SEVERITIES */.oC).optional(),
    enabled: schemas/* boolean */.zMY().optional(),
    /** Rules appended to the pattern's own (or replacing them with `replace_rules: true`). */
    rules: schemas/* array */.YOg(ruleSchema).optional(),
    replace_rules: schemas/* boolean */.zMY().optional()
});
const fileSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1).optional(),
    patterns: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[A-Za-z0-9][\w.-]{0,63}$/, 'pattern ids are letters, digits, "-", "_" or "."'), patternSchema)
        .default({})
});
/**
 * The pattern catalogue: the built-in PAT-001…PAT-008, overridden and extended by the user's
 * `.github/hee-patterns.yml` when its text is given. A user can change a pattern's severity or
 * name, disable it (`enabled: false`), add rules, replace its rules, or add new patterns
 * (any id; PAT-1xx by convention), which need a name, a severity and at least one rule.
 * Throws a ConfigurationError naming the offending key for bad YAML, a bad value or a regex
 * that does not compile or could backtrack catastrophically.
 */
function loadCatalogue(yamlText) {
    const patterns = new Map(default_patterns/* DEFAULT_PATTERNS */.s.map((p) => [p.id, { ...p, rules: [...p.rules] }]));
    if (yamlText !== undefined && yamlText.trim() !== '')
        applyOverrides(patterns, yamlText);
    return compileCatalogue(patterns);
}
function applyOverrides(patterns, yamlText) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(yamlText);
    }
    catch (e) {
        const first = (e.message ?? String(e)).split('\n')[0];
        throw new errors/* ConfigurationError */.j1(`${PATTERNS_FILE}: not valid YAML: ${first}`, { cause: e });
    }
    if (doc === null || doc === undefined)
        return;
    const parsed = fileSchema.safeParse(doc);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const keys = 'keys' in issue && Array.isArray(issue.keys) && issue.keys.length > 0 ? issue.keys.map(String) : [];
        const path = [...issue.path.map(String), ...keys].join('.') || '(top level)';
        throw new errors/* ConfigurationError */.j1(`${PATTERNS_FILE}: ${path}: ${issue.message}`);
    }
    for (const [id, over] of Object.entries(parsed.data.patterns)) {
        const existing = patterns.get(id);
        const added = (over.rules ?? []).map((r, i) => toRuleSpec(r, i));
        // Compile now so an error names the user's key, not a position in the merged list.
        added.forEach((r, i) => compileRule(id, r, `patterns.${id}.rules.${i}`));
        if (existing) {
            patterns.set(id, {
                ...existing,
                name: over.name ?? existing.name,
                severity: over.severity ?? existing.severity,
                enabled: over.enabled ?? existing.enabled,
                rules: over.replace_rules ? added : [...existing.rules, ...added]
            });
            continue;
        }
        if (!over.name)
            throw new errors/* ConfigurationError */.j1(`${PATTERNS_FILE}: patterns.${id}.name: a new pattern needs a name`);
        if (!over.severity)
            throw new errors/* ConfigurationError */.j1(`${PATTERNS_FILE}: patterns.${id}.severity: a new pattern needs a severity`);
        if (added.length === 0)
            throw new errors/* ConfigurationError */.j1(`${PATTERNS_FILE}: patterns.${id}.rules: a new pattern needs at least one rule`);
        patterns.set(id, {
            id,
            name: over.name,
            severity: over.severity,
            enabled: over.enabled ?? true,
            rules: added
        });
    }
}
function toRuleSpec(r, index) {
    return {
        id: r.id ?? `user-${index + 1}`,
        regex: r.regex,
        flags: r.flags,
        weight: r.weight,
        context: r.context,
        evidence: r.evidence,
        warningsCount: r.warnings_count
    };
}
function compileCatalogue(patterns) {
    const rules = [];
    for (const p of patterns.values()) {
        if (!p.enabled)
            continue;
        for (const r of p.rules)
            rules.push(compileRule(p.id, r, `patterns.${p.id}.rules.${r.id}`));
    }
    return { patterns, rules };
}
function compileRule(patternId, r, where) {
    const flags = r.flags ?? '';
    if (r.context?.after === undefined && r.evidence === 'context') {
        throw new errors/* ConfigurationError */.j1(`${PATTERNS_FILE}: ${where}.evidence: "context" needs context.after`);
    }
    if (r.evidence === 'context' && (r.context?.within ?? 10) > MAX_EVIDENCE_WINDOW) {
        throw new errors/* ConfigurationError */.j1(`${PATTERNS_FILE}: ${where}.context.within: at most ${MAX_EVIDENCE_WINDOW} with evidence "context"`);
    }
    return {
        id: r.id,
        pattern: patternId,
        weight: r.weight,
        regex: compileRegex(r.regex, flags, `${where}.regex`),
        literals: (0,literal_hint/* requiredLiterals */.C)(r.regex),
        section: r.context?.section === undefined ? undefined : compileRegex(r.context.section, flags, `${where}.context.section`),
        after: r.context?.after === undefined ? undefined : compileRegex(r.context.after, flags, `${where}.context.after`),
        within: Math.min(r.context?.within ?? 10, MAX_CONTEXT_WINDOW),
        levels: r.context?.level === undefined ? undefined : new Set(r.context.level),
        evidence: r.evidence ?? 'line',
        warningsCount: r.warningsCount ?? false
    };
}
function compileRegex(source, flags, where) {
    const unsafe = unsafeRegexReason(source);
    if (unsafe)
        throw new errors/* ConfigurationError */.j1(`${PATTERNS_FILE}: ${where}: ${unsafe}: ${source}`);
    try {
        return new RegExp(source, flags);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`${PATTERNS_FILE}: ${where}: invalid regex: ${e.message}`);
    }
}


/***/ }),

/***/ 9320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ DEFAULT_PATTERNS)
/* harmony export */ });
const rule = (id, regex, weight, extra = {}) => ({
    id,
    regex,
    weight,
    ...extra
});
const raw = String.raw;
/** Section titles of steps that run linters or formatters. */
const LINT_SECTION = raw `\b(?:lint|linter|eslint|tslint|golangci|staticcheck|vet|fmtcheck|fmt|format|prettier|clippy|rubocop|flake8|pylint|ruff|checkstyle|exhaustive|style)\b`;
const compilation = [
    rule('rustc-error', raw `^error\[E\d{4}\]: `, 80),
    rule('rustc-error-plain', raw `^error: (?!could not compile|aborting due to|test failed|process didn't exit|failed to run|Recipe|\d+ vulnerabilit|build failed)[a-z]`, 62, { context: { after: raw `^\s*(?:Compiling|Checking) \S+ v\d`, within: 50 } }),
    rule('cargo-could-not-compile', raw `^error: could not compile \x60`, 45),
    rule('tsc-error', raw `^\S+\.(?:ts|tsx|mts|cts|js|jsx|vue)(?:\(\d+,\d+\)|:\d+:\d+) ?[-:] ?error TS\d+:`, 82),
    rule('tsc-error-bare', raw `\berror TS\d{4,5}: `, 76),
    rule('ts-node-compile', raw `TSError: .{0,4}Unable to compile TypeScript`, 78),
    rule('tsc-paren-position', raw `^\S+\.tsx?\s\(\d+,\d+\): .+\(\d{4}\)$`, 76),
    rule('javac-maven', raw `^\[ERROR\] \S+\.java:\[\d+,\d+\] `, 80),
    rule('javac', raw `^\S+\.java:\[?\d+[,:]?\d*\]?:? error: `, 80),
    rule('javac-compilation-error-banner', raw `^\[ERROR\] COMPILATION ERROR\s*:?\s*$`, 79),
    rule('maven-compiler-goal', raw `Failed to execute goal \S*maven-compiler-plugin\S*:(?:test)?[cC]ompile\b.*Compilation failure`, 45),
    rule('gradle-compile-task', raw `Execution failed for task '\S*:compile\w*'`, 55),
    rule('kotlinc', raw `^e: (?:file://)?\S+\.kts?:`, 80),
    rule('scalac', raw `^\[error\] \S+\.scala:\d+(?::\d+)?: `, 80),
    rule('sbt-compilation-failed', raw `\bcompileIncremental\b.*Compilation failed`, 45),
    rule('go-compile-explicit', raw `^\S+\.go:\d+:\d+: .+\(compile\)$`, 85),
    rule('go-compile-after-package', raw `^\S+\.go:\d+(?::\d+)?: \S`, 80, { context: { after: raw `^# \S+`, within: 30 } }),
    rule('go-compile', raw `^\S+\.go:\d+:\d+: (?:undefined|undeclared|cannot|too many|not enough|missing return|invalid|syntax error|imported and not used|declared (?:and|but) not used|expected|non-name|assignment mismatch)`, 78),
    rule('go-build-failed', raw `^FAIL\s+\S+\s+\[(?:build|setup) failed\]`, 50),
    rule('c-compiler', raw `^\S+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|cu|swift|hs|f90|zig|nim|d):\d+(?::\d+)?:\s*(?:fatal )?error:`, 80),
    rule('generic-file-error', raw `^\S+:\d+:\d+:\s*(?:fatal )?error:`, 74),
    rule('msvc-csc', raw `\berror (?:CS|C|LNK)\d{4}:`, 80),
    rule('linker-undefined-reference', raw `undefined reference to \x60`, 78),
    rule('linker-undefined-symbols', raw `^Undefined symbols for architecture`, 78),
    rule('linker-exit', raw `\bld returned \d+ exit status`, 50),
    rule('erlc', raw `^\S+\.[eh]rl:\d+: (?!Warning)`, 74),
    rule('elixir-compile-error', raw `\*\* \((?:CompileError|SyntaxError|TokenMissingError)\)`, 80),
    rule('elixir-compilation-error-banner', raw `^== Compilation error in file `, 79),
    rule('sass', raw `^Error: (?:Invalid CSS after|Undefined variable|Undefined mixin|expected )`, 76),
    rule('python-syntax-error', raw `^\s*(?:SyntaxError|IndentationError|TabError): `, 62),
    rule('webpack-module-build-failed', raw `Module build failed`, 62),
    rule('swift-compile', raw `^\S+\.swift:\d+:\d+: error: `, 80),
    rule('dotnet-build-failed', raw `^Build FAILED\.?$`, 45),
    rule('cmake-error', raw `^CMake Error(?: at| in|:)`, 55),
    rule('make-no-rule', raw `No rule to make target`, 60),
    rule('gradle-compilation-failed', raw `^Compilation failed; see the compiler error output`, 45),
    rule('mypy', raw `^\S+\.pyi?:\d+: error: `, 76),
    rule('php-parse-error', raw `PHP Parse error: `, 76),
    rule('ghc-module-not-found', raw `^\S+\.hs:\d+:\d+: error:\s*$`, 80),
    rule('perl-compile-error', raw `^(?:syntax error|Global symbol "[^"]+" requires explicit package name).{0,300} at \S+ line \d+`, 76),
    rule('perl-compilation-aborted', raw `^(?:\S+ had compilation errors\.|Execution of \S+ aborted due to compilation errors\.)$`, 50)
];
const tests = [
    rule('cargo-test-failed', raw `^test \S+ \.\.\. FAILED$`, 80),
    rule('cargo-test-result', raw `^test result: FAILED\.`, 62),
    rule('rust-panic', raw `^thread '[^']*'(?: \(\d+\))? panicked at`, 66),
    rule('go-test-fail', raw `^\s*--- FAIL: \S`, 80),
    rule('go-test-package-fail', raw `^FAIL\s+\S+\s+\d+(?:\.\d+)?s$`, 55),
    rule('go-panic', raw `^panic: .+`, 60),
    rule('jest-vitest-fail-file', raw `^\s*FAIL\s+\S+\.(?:[cm]?[jt]sx?|coffee|vue|svelte)\b`, 80),
    rule('vitest-failed-tests-banner', raw `Failed Tests \d+`, 70),
    rule('jest-bullet', raw `^\s*● (?!Console\b)\S.{0,300} › `, 72),
    rule('js-test-cross', raw `^\s*[×✕✗] \S`, 66),
    rule('js-tests-failed-summary', raw `^\s*Tests?:?\s+\d+ failed`, 64),
    rule('mocha-failing', raw `^\s*\d+ failing\b`, 72),
    rule('mocha-numbered', raw `^\s*\d+\) `, 80, { context: { after: raw `^\s*\d+ failing\b`, within: 6 } }),
    rule('exunit-numbered', raw `^\s*\d+\) test .+ \([\w.]+\)$`, 80),
    rule('pytest-failures-banner', raw `^=+ (?:FAILURES|ERRORS) =+$`, 80),
    rule('pytest-failed-line', raw `^FAILED \S+::\S+`, 72),
    rule('pytest-summary', raw `^=+ .*\b\d+ (?:failed|error)`, 64),
    rule('pytest-collect-error', raw `^_+ ERROR collecting \S+ _+$`, 76),
    rule('junit-failure-marker', raw `<<< (?:FAILURE|ERROR)!`, 80),
    rule('surefire-tests-run', raw `Tests run: \d+, Failures: (?:[1-9]|\d+, Errors: [1-9])`, 66),
    rule('surefire-goal', raw `Failed to execute goal \S*maven-(?:surefire|failsafe)-plugin`, 45),
    rule('gradle-test-failed', raw `^\S.* > \S.* FAILED$`, 80),
    rule('gradle-test-task', raw `Execution failed for task '\S*:test\w*'`, 55),
    rule('gradle-failing-tests', raw `There were failing tests`, 55),
    rule('xunit-fail', raw `\s\[FAIL\]\s*$`, 80),
    rule('nunit-failed', raw `^\s*Failed \S+ \[\d`, 72),
    rule('dotnet-test-summary', raw `^(?:Failed!|Total tests: \d+\. Passed: \d+\. Failed: [1-9])`, 62),
    rule('minitest-name', raw `^[A-Z][\w:]*Test#test_\w+`, 76),
    rule('minitest-summary', raw `^\d+ runs, \d+ assertions, (?:[1-9]\d* failures|\d+ failures, [1-9]\d* errors)`, 62),
    rule('rspec-rerun', raw `^rspec \./\S+:\d+`, 76),
    rule('rspec-summary', raw `^\d+ examples?, [1-9]\d* failures?`, 64),
    rule('phpunit-failures', raw `^There (?:was|were) \d+ (?:failures?|errors?):$`, 78),
    rule('phpunit-summary', raw `^(?:FAILURES!|ERRORS!)$`, 62),
    rule('tap-not-ok', raw `^\s*not ok \d+`, 70),
    rule('perl-dubious', raw `Dubious, test returned [1-9]`, 68),
    rule('perl-result-fail', raw `^Result: FAIL$`, 56),
    rule('xctest-error', raw `error: -\[\S+ \S+\] : `, 80),
    rule('xcpretty-failure', raw `^\s+test\w*, \S`, 74),
    rule('xctest-summary', raw `Executed \d+ tests?, with [1-9]\d* failures?`, 62),
    rule('ctest-failed', raw `The following tests FAILED:`, 76),
    rule('qunit-failed', raw `^\s*\d+ (?:tests? )?failed\b`, 52),
    rule('surefire-tests-in-error', raw `^(?:\[ERROR\] )?(?:Tests in error|Failed tests):\s*$`, 70),
    rule('scalatest-failed', raw `\*\*\* FAILED \*\*\*`, 80),
    rule('sbt-tests-failed', raw `TestsFailedException|Tests unsuccessful`, 62),
    rule('karma-failed', raw `^\S+ [\d.]+ \([^)]{1,200}\) .+ FAILED$`, 78),
    rule('karma-executed', raw `Executed \d+ of \d+ .{0,40}\([1-9]\d* FAILED\)`, 70),
    rule('jasmine-summary', raw `^\d+ specs?, [1-9]\d* failures?`, 66),
    rule('npm-test-failed', raw `^npm (?:ERR!|error) Test failed\.`, 55),
    rule('xcodebuild-test-failed', raw `\*\* TEST FAILED \*\*`, 62),
    rule('testthat-failure', raw `^── (?:Failure|Error) \(\S+:\d+`, 78),
    rule('r-check-tests', raw `^\* checking tests \.\.\. ERROR`, 64),
    // Python unittest: `FAIL: test_x (mod.Class.test_x)`; a module that failed to import is
    // reported as a test of `unittest.loader._FailedTest`, which is not a failing test.
    rule('unittest-fail', raw `^(?:FAIL|ERROR): \w+ \((?!unittest\.loader\.)[\w.]+\)`, 78),
    rule('unittest-summary', raw `^FAILED \((?:failures|errors)=\d+`, 62),
    rule('assertion-error', raw `^\s*AssertionError(?: \[ERR_ASSERTION\])?(?::|$)`, 64),
    rule('jvm-assertion-error', raw `\b(?:java\.lang\.AssertionError|org\.opentest4j\.AssertionFailedError|junit\.framework\.AssertionFailedError|org\.junit\.ComparisonFailure)\b`, 64),
    rule('c-assert', raw `: Assertion \x60.+' failed\.$`, 74),
    rule('node-test-spec-fail', raw `^\s*✖ (?!\d+ problems?\b).+ \(\d+(?:\.\d+)?m?s\)$`, 78),
    rule('node-test-spec-summary', raw `^ℹ fail [1-9]\d*$`, 62),
    rule('perl-test-more-failed', raw `^\s*#\s+Failed test\b`, 76),
    rule('perl-test-more-summary', raw `^# Looks like you failed \d+ tests? of \d+`, 62)
];
const security = [
    rule('npm-audit-header', raw `^# npm audit report$`, 62),
    rule('npm-audit-summary', raw `^[1-9]\d* (?:\w+ severity )?vulnerabilit(?:y|ies)\b`, 80, {
        context: { after: raw `^# npm audit report$`, within: 400 }
    }),
    rule('npm6-audit', raw `^found [1-9]\d* vulnerabilit.{0,80} in \d+ scanned packages`, 80),
    rule('npm-install-found', raw `^found [1-9]\d* (?:\w+ severity )?vulnerabilit`, 30),
    rule('yarn-audit', raw `^[1-9]\d* vulnerabilities found - Packages audited`, 78),
    rule('pip-audit', raw `Found [1-9]\d* known vulnerabilit`, 80),
    rule('dependency-check', raw `One or more dependencies were identified with (?:known )?vulnerabilities`, 80),
    rule('cargo-audit', raw `^error: [1-9]\d* vulnerabilit(?:y|ies) found`, 84),
    rule('rustsec-id', raw `^(?:ID|Advisory):\s+RUSTSEC-\d{4}-\d{4}`, 78),
    rule('cargo-deny-advisory', raw `^error\[(?:vulnerability|unsound|yanked)\]`, 82),
    rule('trivy-total', raw `^Total: [1-9]\d* \(`, 72),
    rule('snyk', raw `Tested \d+ dependencies for known issues, found [1-9]`, 78),
    rule('osv-ghsa', raw `\bGHSA(?:-[0-9a-z]{4}){3}\b.{0,200}\b(?:high|critical)\b`, 60, { flags: 'i' }),
    rule('bandit-issue', raw `^>> Issue: \[B\d{3}:`, 72)
];
const licensing = [
    rule('cargo-deny-license', raw `^error\[(?:rejected|unlicensed|license-not-encountered|unmatched-license)\]`, 82),
    rule('license-checker-fail', raw `Found license defined by the --(?:failOn|onlyAllow) flag`, 80),
    rule('missing-license-header', raw `(?:missing|invalid|no) (?:a )?(?:valid )?(?:license|copyright) header`, 74, {
        flags: 'i'
    }),
    rule('license-header-invalid', raw `have a valid license header`, 74),
    rule('rat-unapproved', raw `Too many files with unapproved license`, 80),
    rule('reuse-noncompliant', raw `not compliant with version [\d.]+ of the REUSE Specification`, 80),
    rule('license-plugin-goal', raw `Failed to execute goal \S*(?:apache-rat-plugin|license-maven-plugin)`, 70),
    rule('license-not-allowed', raw `\blicen[cs]e\b.{0,80}\bnot (?:allowed|permitted|approved)`, 70, { flags: 'i' })
];
const timeout = [
    rule('gha-job-timeout', raw `has exceeded the maximum execution time of \d+ minutes`, 95),
    rule('travis-no-output', raw `No output has been received in the last \d+m`, 95),
    rule('travis-time-limit', raw `exceeded the maximum time limit for jobs`, 95),
    rule('jenkins-build-timeout', raw `Build timed out \(after \d+ minutes?\)`, 95),
    rule('gitlab-timeout', raw `execution took longer than \S+ seconds`, 95),
    rule('exit-124', raw `(?:exited with|exit code|exit status|status \()\s*124\b`, 86),
    rule('gha-cancelled', raw `^The operation was canceled\.$`, 48, { context: { level: ['error'] } })
];
const dependency = [
    rule('command-not-found', raw `: command not found\b|^\S+: \d+: \S+: not found$`, 64),
    rule('program-not-installed', raw `^The program '\S+' is currently not installed`, 74),
    rule('is-not-recognized', raw `is not recognized as (?:an internal or external command|the name of a cmdlet)`, 70),
    rule('npm-e404', raw `^npm (?:ERR!|error) (?:code E404|404 Not Found|404 '\S+' is not in)`, 80),
    rule('npm-404-pkg', raw `^npm (?:ERR!|error) 404 .{0,200}(?:Not found|could not be found)`, 80, { flags: 'i' }),
    rule('npm-eresolve', raw `^npm (?:ERR!|error) (?:code ERESOLVE|ERESOLVE)`, 80),
    rule('npm-ci-lockfile', raw `npm ci\x60? (?:command )?can only install with an existing package-lock\.json`, 80),
    rule('npm-ci-out-of-sync', raw `\x60npm ci\x60 can only install packages when your package\.json and package-lock\.json`, 80),
    rule('node-cannot-find-module', raw `(?:Error: |\[ERR_MODULE_NOT_FOUND\]: )?Cannot find (?:module|package) '[^']+'`, 70),
    rule('ts-cannot-find-module', raw `Cannot find module '[^']+' or its corresponding type declarations`, 70),
    rule('python-no-module', raw `(?:ModuleNotFoundError|ImportError): No module named`, 74),
    rule('python-cannot-import-name', raw `^ImportError: cannot import name '`, 66),
    rule('perl-cannot-locate', raw `Can't locate \S+\.pm in @INC`, 76),
    rule('jvm-class-not-found', raw `\bjava\.lang\.(?:NoClassDefFoundError|ClassNotFoundException): `, 62),
    rule('cmake-find-package-call', raw `^CMake Error at \S+:\d+ \(find_package\):`, 76),
    rule('pip-no-version', raw `(?:Could not find a version that satisfies the requirement|No matching distribution found for)`, 80),
    rule('pip-resolution', raw `ResolutionImpossible|Cannot install .* because these package versions have conflicting dependencies`, 78),
    rule('cargo-no-package', raw `^error: no matching package named`, 80),
    rule('cargo-select-version', raw `failed to select a version for`, 78),
    rule('could-not-resolve-deps', raw `Could not resolve dependencies\b`, 72),
    rule('ghc-module-missing', raw `Could not (?:find|load) module [‘'\x60]`, 74),
    rule('mix-unchecked-deps', raw `Unchecked dependencies for environment`, 76),
    rule('maven-plugin-resolve', raw `Plugin \S+ or one of its dependencies could not be resolved`, 72),
    rule('artifact-not-found', raw `Could not find artifact \S+`, 68),
    rule('gradle-resolve', raw `Could not resolve all (?:files|dependencies|artifacts) for configuration`, 74),
    rule('sbt-unresolved', raw `unresolved dependency: \S+`, 74),
    rule('go-module-missing', raw `missing go\.sum entry|^go: \S+@\S+: (?:unknown revision|invalid version|reading \S+: 404)|no required module provides package|cannot find module providing package`, 76),
    rule('jvm-class-version', raw `UnsupportedClassVersionError|has been compiled by a more recent version of the Java Runtime`, 70),
    rule('cmake-find-package', raw `^CMake Error at \S*Find\w*\.cmake`, 76),
    rule('cmake-could-not-find', raw `^\s+Could NOT find \w+`, 72, { context: { after: raw `^CMake Error`, within: 3 } }),
    rule('pkg-config', raw `Package \S+ was not found in the pkg-config search path`, 74),
    rule('cocoapods-incompatible', raw `could not find compatible versions for pod`, 80, { flags: 'i' }),
    rule('conda-not-found', raw `PackagesNotFoundError: `, 80),
    rule('r-package-missing', raw `Packages? required but not available`, 80),
    rule('composer-unresolvable', raw `Your requirements could not be resolved to an installable set of packages`, 80),
    rule('bundler-not-found', raw `Could not find gem '|Bundler could not find compatible versions`, 78),
    rule('apt-unable-locate', raw `^E: (?:Unable to locate package|Package '\S+' has no installation candidate)`, 76),
    rule('yarn-not-found', raw `^error (?:An unexpected error occurred: "\S+: Not found"|Couldn't find package)`, 78),
    rule('peer-dependency-conflict', raw `(?:conflicting peer dependency|Could not resolve dependency:)`, 72)
];
const lint = [
    rule('clippy-deny-note', raw `^\s*= note: \x60(?:-D|#\[deny\()`, 86, {
        evidence: 'context',
        context: { after: raw `^(?:error|warning)(?:\[\w+\])?: `, within: 12 },
        warningsCount: true
    }),
    rule('clippy-help-link', raw `^\s*= help: for further information visit https://rust-lang\.github\.io/rust-clippy`, 84, { evidence: 'context', context: { after: raw `^(?:error|warning)(?:\[\w+\])?: `, within: 20 }, warningsCount: true }),
    rule('rustfmt-diff', raw `^Diff in \S+`, 86),
    rule('eslint-stylish', raw `^\s+\d+:\d+\s+(?:error|✖)\s+.+\s{2}[@\w/-]+$`, 78),
    rule('eslint-problems', raw `^✖ \d+ problems? \(\d+ errors?`, 74),
    rule('eslint-compact', raw `^\S+: line \d+, col \d+, (?:Error|Warning) - `, 78, { warningsCount: true }),
    rule('eslint-unix-rule', raw `^\S+\.(?:[cm]?[jt]sx?|vue):\d+(?::\d+)?:? .+\((?:@?[\w-]+/)?[\w-]+\)$`, 76),
    rule('prettier-check', raw `Code style issues (?:found|were found) in`, 82, { warningsCount: true }),
    rule('prettier-forgot', raw `Forgot to run Prettier\?`, 80),
    rule('black', raw `^would reformat \S+`, 82),
    rule('isort', raw `^ERROR: \S+ Imports are incorrectly sorted`, 80),
    rule('flake8', raw `^\S+\.py:\d+:\d+: [EWFCNB]\d{3} `, 78, { warningsCount: true }),
    rule('pylint', raw `^\S+\.py:\d+:\d+: [CRWEF]\d{4}: `, 76, { warningsCount: true }),
    rule('ruff', raw `^\S+\.py:\d+:\d+: [A-Z]{1,3}\d{3,4} `, 76, { warningsCount: true }),
    rule('rubocop-offenses', raw `^Offenses:$`, 76),
    rule('rubocop-line', raw `^\S+\.rb:\d+:\d+: [CWEF]: `, 76, { warningsCount: true }),
    rule('rubocop-summary', raw `\d+ files? inspected, [1-9]\d* offenses? detected`, 72),
    rule('mix-format', raw `mix format failed due to --check-formatted`, 86),
    rule('gofmt-list', raw `^(?:gofmt|goimports) needs? (?:to be run|running)`, 78),
    rule('go-linter-suffix', raw `^\S+\.go:\d+:\d+: .+\((?!compile\))[a-z][\w-]*\)$`, 78),
    rule('staticcheck-code', raw `^\S+\.go:\d+:\d+: .+\((?:SA|S|ST|QF|U)\d{4}\)$`, 86),
    rule('go-lint-section', raw `^\S+\.go:\d+:\d+: \S`, 82, { context: { section: LINT_SECTION } }),
    rule('gometalinter', raw `^\S+:\d+:\d*:(?:warning|error): .+\(\w+\)$`, 78, { warningsCount: true }),
    rule('checkstyle', raw `^\[(?:ERROR|WARN)\] \S+\.java:\d+(?::\d+)?: .+\[\w+\]$`, 78, { warningsCount: true }),
    rule('checkstyle-maven', raw `^\[(?:ERROR|WARN(?:ING)?)\] \S+\.java:\[\d+(?:,\d+)?\] \(\w+\) \w+: `, 84, {
        warningsCount: true
    }),
    rule('maven-lint-goal', raw `Failed to execute goal \S*(?:maven-checkstyle-plugin|spotless-maven-plugin|maven-pmd-plugin|fmt-maven-plugin|formatter-maven-plugin|spotbugs-maven-plugin|animal-sniffer-maven-plugin)`, 70),
    rule('checkstyle-violations', raw `You have \d+ Checkstyle violations?`, 76),
    rule('gradle-lint-task', raw `Execution failed for task '\S*:(?:checkstyle|spotless|ktlint|detekt|lint)\w*'`, 70, {
        flags: 'i'
    }),
    rule('spotless', raw `The following files had format violations`, 80),
    rule('shellcheck', raw `^In \S+ line \d+:$`, 72),
    rule('phpstan-table', raw `^\s*Line\s+\S+\.php\s*$`, 74),
    rule('phpstan-found', raw `^\s*\[ERROR\] Found \d+ errors?\s*$`, 72),
    rule('phpcs', raw `^FOUND \d+ ERRORS? (?:AND \d+ WARNINGS? )?AFFECTING \d+ LINES?`, 76),
    rule('clang-format', raw `code should be clang-formatted|clang-format.{0,40}(?:violation|would reformat)`, 78),
    rule('swiftlint', raw `^\S+\.swift:\d+:\d+: (?:error|warning): .+\(\w+\)$`, 76, { warningsCount: true }),
    rule('ktlint', raw `^\S+\.kts?:\d+:\d+: .+\((?:[\w-]+:)?[\w-]+\)$`, 72),
    rule('markdownlint', raw `^\S+\.md:\d+(?::\d+)? MD\d{3}`, 74),
    rule('stale-generated-files', raw `\b(?:is|are) not up[- ]to[- ]date\b.{0,80}\b[Rr]un\b`, 60),
    rule('lint-script-failed', raw `\blint\S*\b.{0,80}\bfail(?:ed|ure|s)?\b|\bfail(?:ed|ure)?\b.{0,80}\blint`, 55, {
        flags: 'i',
        context: { level: ['error', 'none'] }
    })
];
const infrastructure = [
    rule('disk-full', raw `No space left on device|\bENOSPC\b|There is not enough space on the disk|disk quota exceeded`, 95, { flags: 'i' }),
    rule('out-of-memory', raw `(?:Cannot allocate memory|JavaScript heap out of memory|java\.lang\.OutOfMemoryError|The runner has run out of memory|Killed signal terminated program)`, 80),
    rule('runner-lost', raw `(?:lost communication with the server|The runner has received a shutdown signal|hudson\.remoting\.(?:Channel\$OrderlyShutdown|ChannelClosedException|RequestAbortedException)|Agent went offline|Remote call on \S+ failed|The self-hosted runner: \S+ lost)`, 92),
    rule('connection-reset', raw `(?:connection reset by peer|\bECONNRESET\b|Connection reset)`, 78, { flags: 'i' }),
    rule('tls-timeout', raw `TLS handshake timeout|SSL_ERROR_SYSCALL|Received fatal alert|handshake_failure`, 78),
    rule('dns', raw `Could not resolve host|Temporary failure in name resolution|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|Name or service not known|no such host`, 78),
    rule('http-5xx', raw `\b(?:500 Internal Server Error|502 Bad Gateway|503 Service Unavailable|504 Gateway Time-?out)\b|returned error: 5\d\d\b|status code:? 5\d\d\b|HTTP (?:status|code|error) 5\d\d\b`, 78, { flags: 'i' }),
    rule('empty-reply', raw `Empty reply from server|unexpected EOF|early EOF|The remote end hung up unexpectedly`, 76),
    rule('connect-timeout', raw `\b(?:Connection timed out|connect timeout|Connect timeout|ETIMEDOUT|ESOCKETTIMEDOUT|Read timed out|i/o timeout|operation timed out)\b`, 74),
    rule('connect-failed', raw `Could not create connection to|Couldn't establish HTTP connection|Failed to connect to \S+ port \d+|unable to access '\S+': Failed to connect`, 78),
    rule('connection-refused', raw `\bConnection refused\b|\bECONNREFUSED\b`, 58),
    rule('rate-limited', raw `API rate limit exceeded|\b429 Too Many Requests\b|toomanyrequests:|secondary rate limit`, 80, { flags: 'i' }),
    rule('maven-transfer-network', raw `Could not transfer (?:artifact|metadata) .{0,300}(?:Transfer failed|Connect(?:ion)? (?:to|timed|refused|reset)|status code: 5\d\d|\b50[234]\b|Remote host terminated)`, 78),
    rule('jenkins-clone-failed', raw `^ERROR: Error (?:cloning|fetching) remote repo`, 70),
    rule('exit-137', raw `(?:exited with|exit code|exit status|status \()\s*137\b`, 70),
    rule('hash-sum-mismatch', raw `Hash Sum mismatch`, 74),
    rule('ruby-fetch-error', raw `Gem::RemoteFetcher::(?:FetchError|UnknownHostError)|Bundler::HTTPError|Net::OpenTimeout`, 78),
    rule('python-connection-pool', raw `(?:ReadTimeoutError|ConnectTimeoutError|NewConnectionError)\b.{0,20}HTTPS?ConnectionPool`, 78),
    rule('registry-unavailable', raw `(?:registry|repository|mirror) .{0,60}(?:unavailable|is down|not reachable)`, 60, {
        flags: 'i'
    })
];
/** The built-in patterns PAT-001…PAT-008 of DESIGN §3. */
const DEFAULT_PATTERNS = [
    { id: 'PAT-001', name: 'Compilation failure', severity: 'critical', enabled: true, rules: compilation },
    { id: 'PAT-002', name: 'Test failure', severity: 'high', enabled: true, rules: tests },
    { id: 'PAT-003', name: 'Security vulnerability', severity: 'critical', enabled: true, rules: security },
    { id: 'PAT-004', name: 'License compliance', severity: 'medium', enabled: true, rules: licensing },
    { id: 'PAT-005', name: 'Timeout', severity: 'medium', enabled: true, rules: timeout },
    { id: 'PAT-006', name: 'Dependency issue', severity: 'high', enabled: true, rules: dependency },
    { id: 'PAT-007', name: 'Lint or format violation', severity: 'medium', enabled: true, rules: lint },
    { id: 'PAT-008', name: 'Infrastructure flake', severity: 'low', enabled: true, rules: infrastructure }
];


/***/ }),

/***/ 9942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   J2: () => (/* binding */ MAX_EXCERPT_CHARS),
/* harmony export */   dL: () => (/* binding */ MAX_EXCERPT_LINES),
/* harmony export */   j_: () => (/* binding */ MAX_EVIDENCE_LINES),
/* harmony export */   z_: () => (/* binding */ formatExcerpt)
/* harmony export */ });
const MAX_EVIDENCE_LINES = 20;
const MAX_EXCERPT_LINES = 5;
const MAX_EXCERPT_CHARS = 500;
/** Orders findings most significant first: higher score, then earlier evidence. */
function compareFindings(a, b) {
    return b.score - a.score || a.line - b.line || a.pattern.localeCompare(b.pattern);
}
/** Joins excerpt lines and trims the result to MAX_EXCERPT_CHARS. */
function formatExcerpt(lines) {
    const text = lines.slice(0, MAX_EXCERPT_LINES).join('\n');
    return text.length <= MAX_EXCERPT_CHARS ? text : text.slice(0, MAX_EXCERPT_CHARS - 1) + '…';
}


/***/ }),

/***/ 6781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ RangeSplitter)
/* harmony export */ });
/* unused harmony export LineSplitter */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _log_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2048);


/**
 * Turns chunks (Buffers split anywhere, even inside a UTF-8 sequence, or strings) into
 * segments. Lines are counted on `\n` only, as GitHub and the eval set count them; a `\r`
 * inside a line (progress bars, CRLF) ends a segment but not the line. Memory is bounded:
 * at most MAX_RAW_CHARS of the current segment are kept, the rest is skipped.
 */
class RangeSplitter {
    sink;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    /** The start of a segment that a chunk boundary cut, at most MAX_RAW_CHARS. */
    partial = '';
    line = 1;
    /** True once the current line has any non-empty segment (for the line count). */
    lineHasText = false;
    bytes = 0;
    constructor(sink) {
        this.sink = sink;
    }
    push(chunk) {
        if (typeof chunk === 'string') {
            this.bytes += Buffer.byteLength(chunk, 'utf8');
            this.scan(chunk);
        }
        else {
            this.bytes += chunk.byteLength;
            this.scan(this.decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
        }
    }
    /** Flushes the last line; returns the line and byte counts. */
    end() {
        this.scan(this.decoder.end());
        let lines = this.line - 1;
        if (this.partial.length > 0 || this.lineHasText) {
            this.emitPartial();
            lines = this.line;
        }
        return { lines, bytes: this.bytes };
    }
    scan(s) {
        // Native indexOf finds the separators far faster than a per-character loop; the next `\r`
        // is looked up once and reused until passed (most logs have none).
        let start = 0;
        let cr = s.indexOf('\r');
        for (;;) {
            if (cr >= 0 && cr < start)
                cr = s.indexOf('\r', start);
            const lf = s.indexOf('\n', start);
            const end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
            if (end < 0)
                break;
            if (this.partial.length > 0) {
                this.append(s, start, end);
                this.emitPartial();
            }
            else if (end > start) {
                this.lineHasText = true;
                this.sink(s, start, Math.min(end, start + _log_line_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RAW_CHARS */ .IG), this.line);
            }
            if (end === lf) {
                this.line++;
                this.lineHasText = false;
            }
            start = end + 1;
        }
        this.append(s, start, s.length);
    }
    append(s, from, to) {
        const room = _log_line_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RAW_CHARS */ .IG - this.partial.length;
        if (room <= 0 || from >= to)
            return;
        this.partial += s.slice(from, Math.min(to, from + room));
    }
    emitPartial() {
        if (this.partial.length === 0)
            return;
        this.lineHasText = true;
        const text = this.partial;
        this.partial = '';
        this.sink(text, 0, text.length, this.line);
    }
}
/** A RangeSplitter that hands each segment over as a string of its own. */
class LineSplitter extends RangeSplitter {
    constructor(sink) {
        super((s, from, to, line) => sink(s.slice(from, to), line));
    }
}


/***/ }),

/***/ 3808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ requiredLiterals),
/* harmony export */   O: () => (/* binding */ firstChars)
/* harmony export */ });
/**
 * Literal text a regex cannot match without: for each top-level alternative, the longest run
 * of plain characters that every match must contain, lowercased. A line that contains none of
 * them cannot match, so the classifier skips the regex with a cheap `includes`. Returns
 * undefined when some alternative has no run of at least `min` characters (no safe hint).
 */
function requiredLiterals(source, min = 3) {
    const out = [];
    for (const branch of topLevelBranches(source)) {
        // A branch that is one plain group, `\b(?:a|b)\b`, is as many branches as the group has.
        const inner = soleGroup(branch);
        if (inner !== undefined) {
            const nested = requiredLiterals(inner, min);
            if (nested === undefined)
                return undefined;
            out.push(...nested);
            continue;
        }
        const best = longestRequiredRun(branch);
        if (best.length >= min) {
            out.push(best.toLowerCase());
            continue;
        }
        // No long enough plain run, e.g. `^\s*(?:Compiling|Checking) \S+`: a required group whose
        // alternatives all have one still tells a line that cannot match.
        const fromGroup = requiredGroupLiterals(branch, min);
        if (fromGroup === undefined)
            return undefined;
        out.push(...fromGroup);
    }
    return out.length > 0 ? out : undefined;
}
/** The literals of the first group in `branch` that every match goes through, if any. */
function requiredGroupLiterals(branch, min) {
    for (let i = 0; i < branch.length; i++) {
        const c = branch[i];
        if (c === '\\')
            i++;
        else if (c === '[')
            i = skipClass(branch, i) - 1;
        else if (c === '(') {
            const end = skipGroup(branch, i);
            const inner = groupBody(branch, i, end);
            const q = branch[end];
            const optional = q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(branch.slice(end, end + 3)));
            const found = inner === undefined || optional ? undefined : requiredLiterals(inner, min);
            if (found)
                return found;
            i = end - 1;
        }
    }
    return undefined;
}
/** The body of the group `s[start, end)`; undefined for a lookaround, which consumes nothing. */
function groupBody(s, start, end) {
    if (s[start + 1] !== '?')
        return s.slice(start + 1, end - 1);
    if (s[start + 2] === ':')
        return s.slice(start + 3, end - 1);
    const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(s.slice(start, start + 200));
    return named ? s.slice(start + named[0].length, end - 1) : undefined;
}
const EDGE = /^(?:\^|\\b)*|(?:\$|\\b)*$/g;
function soleGroup(branch) {
    const core = branch.replace(EDGE, '');
    if (!core.startsWith('(?:'))
        return undefined;
    return skipGroup(core, 0) === core.length ? core.slice(3, -1) : undefined;
}
function topLevelBranches(s) {
    const branches = [];
    let depth = 0;
    let inClass = false;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
        }
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0) {
            branches.push(s.slice(start, i));
            start = i + 1;
        }
    }
    branches.push(s.slice(start));
    return branches;
}
const ESCAPED_LITERAL = new Set([...'.()[]{}*+?^$|/\\-:\'"`<>!#%&,;=@~ ']);
const HEX_ESCAPE = /^x([0-9a-fA-F]{2})/;
function longestRequiredRun(s) {
    let best = '';
    let run = '';
    const flush = () => {
        if (run.length > best.length)
            best = run;
        run = '';
    };
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        let literal;
        let next = i + 1;
        if (c === '\\') {
            const e = s[i + 1] ?? '';
            const hex = HEX_ESCAPE.exec(s.slice(i + 1, i + 4));
            if (hex) {
                literal = String.fromCharCode(parseInt(hex[1], 16));
                next = i + 4;
            }
            else if (ESCAPED_LITERAL.has(e)) {
                literal = e;
                next = i + 2;
            }
            else {
                next = i + 2; // a class escape (\d, \s, \b, …): matches no fixed text
            }
        }
        else if (c === '(') {
            next = skipGroup(s, i);
        }
        else if (c === '[') {
            next = skipClass(s, i);
        }
        else if (c !== '.' &&
            c !== '^' &&
            c !== '$' &&
            c !== '?' &&
            c !== '*' &&
            c !== '+' &&
            c !== '{' &&
            c !== '}' &&
            c !== '|') {
            literal = c;
        }
        const q = s[next];
        const optional = q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(s.slice(next, next + 3)));
        const repeated = q === '+' || q === '{';
        if (literal === undefined || optional) {
            flush();
        }
        else {
            run += literal;
            if (repeated)
                flush();
        }
        i = next;
        // Skip the quantifier itself (and a lazy `?` after it).
        if (q === '?' || q === '*' || q === '+')
            i++;
        else if (q === '{')
            i = s.indexOf('}', i) + 1 || s.length;
        if (s[i] === '?' && (q === '*' || q === '+' || q === '{'))
            i++;
    }
    flush();
    return best;
}
function skipGroup(s, i) {
    let depth = 0;
    let inClass = false;
    for (let j = i; j < s.length; j++) {
        const c = s[j];
        if (c === '\\') {
            j++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
        }
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return j + 1;
    }
    return s.length;
}
function skipClass(s, i) {
    for (let j = i + 1; j < s.length; j++) {
        if (s[j] === '\\')
            j++;
        else if (s[j] === ']' && j > i + 1)
            return j + 1;
    }
    return s.length;
}
/**
 * For a regex anchored with `^` in every top-level alternative: the ASCII characters a line it
 * matches can start with, as a 128-entry table (1: possible). A line starting with any other
 * ASCII character cannot match, so the classifier skips the regex on one table lookup.
 * Characters from 128 up are always let through. Undefined when the regex is not anchored or
 * its start is beyond this simple reading (lookahead-only starts, back-references, flags
 * other than `i`): every line is then a candidate.
 */
function firstChars(source, flags = '') {
    if (flags !== '' && flags !== 'i')
        return undefined;
    const table = new Uint8Array(128);
    for (const branch of topLevelBranches(source)) {
        if (!branch.startsWith('^'))
            return undefined;
        if (firstOfSequence(branch, 1, branch.length, table) !== 'consumes')
            return undefined;
    }
    if (flags === 'i') {
        for (let c = 65; c <= 90; c++)
            table[c] = table[c + 32] = table[c] | table[c + 32];
    }
    return table;
}
/**
 * Adds to `table` the characters the sequence `s[from, to)` can start with. 'consumes': every
 * match of it starts with one of them; 'nullable': it can match empty text, so what follows
 * it counts too; 'unknown': beyond this reading.
 */
function firstOfSequence(s, from, to, table) {
    let i = from;
    while (i < to) {
        const c = s[i];
        let atom = 'consumes';
        let next = i + 1;
        if (c === '\\') {
            const e = s[i + 1] ?? '';
            next = i + 2;
            if (e === 'b' || e === 'B')
                atom = 'zero';
            else if (e === 'd' || e === 'w' || e === 's' || e === 'D' || e === 'W' || e === 'S')
                addClassEscape(e, table);
            else {
                const lit = escapedChar(s, i);
                if (lit === undefined)
                    return 'unknown';
                addChar(lit.code, table);
                next = lit.next;
            }
        }
        else if (c === '(') {
            next = skipGroup(s, i);
            const inner = groupBody(s, i, next);
            if (inner === undefined)
                atom = 'zero'; // a lookaround consumes nothing; skipping it only lets more through
            else {
                atom = 'consumes';
                for (const alt of topLevelBranches(inner)) {
                    const r = firstOfSequence(alt, 0, alt.length, table);
                    if (r === 'unknown')
                        return 'unknown';
                    if (r === 'nullable')
                        atom = 'nullable';
                }
            }
        }
        else if (c === '[') {
            next = skipClass(s, i);
            if (!addClass(s.slice(i + 1, next - 1), table))
                return 'unknown';
        }
        else if (c === '.') {
            for (let k = 0; k < 128; k++)
                table[k] = 1;
        }
        else if (c === '^') {
            atom = 'zero';
        }
        else if (c === '$' ||
            c === '|' ||
            c === ')' ||
            c === '*' ||
            c === '+' ||
            c === '?' ||
            c === '{' ||
            c === '}' ||
            c === ']') {
            return 'unknown';
        }
        else {
            addChar(c.charCodeAt(0), table);
        }
        // The quantifier, if any: a minimum of 0 makes the atom optional.
        let min = 1;
        const q = s[next];
        if (q === '?' || q === '*') {
            min = 0;
            next++;
        }
        else if (q === '+')
            next++;
        else if (q === '{') {
            const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(next, next + 24));
            if (!m)
                return 'unknown';
            min = Number(m[1]);
            next += m[0].length;
        }
        if (s[next] === '?' && (q === '?' || q === '*' || q === '+' || q === '{'))
            next++; // lazy
        if (atom === 'consumes' && min > 0)
            return 'consumes';
        i = next;
    }
    return 'nullable';
}
function addChar(code, table) {
    if (code < 128)
        table[code] = 1;
}
const WORD = /\w/;
const SPACE = /\s/;
const DIGIT = /\d/;
function addClassEscape(e, table) {
    const re = e === 'd' || e === 'D' ? DIGIT : e === 'w' || e === 'W' ? WORD : SPACE;
    const negated = e === 'D' || e === 'W' || e === 'S';
    for (let k = 0; k < 128; k++)
        if (re.test(String.fromCharCode(k)) !== negated)
            table[k] = 1;
}
/** A literal character escape at `s[i]` (`\.`, `\x60`, `\t`, …): its code and where it ends. */
function escapedChar(s, i) {
    const e = s[i + 1] ?? '';
    const hex = /^x([0-9a-fA-F]{2})|^u([0-9a-fA-F]{4})/.exec(s.slice(i + 1, i + 6));
    if (hex)
        return { code: parseInt(hex[1] ?? hex[2], 16), next: i + 1 + hex[0].length };
    const control = { t: 9, n: 10, v: 11, f: 12, r: 13 };
    if (e in control)
        return { code: control[e], next: i + 2 };
    // Letters and digits escape to something else (\c, \k, \p, back-references); the rest are themselves.
    if (e === '' || /[A-Za-z0-9]/.test(e))
        return undefined;
    return { code: e.charCodeAt(0), next: i + 2 };
}
/**
 * Adds the ASCII members of the bracket class with body `body` (between `[` and `]`); false when
 * the class is beyond this reading. A negated class adds every ASCII character it lets through.
 */
function addClass(body, table) {
    const negated = body.startsWith('^');
    if (negated)
        body = body.slice(1);
    if (body.length === 0)
        return false; // `[]` and `[^]`
    const members = new Uint8Array(128);
    let i = 0;
    let prev = -1;
    while (i < body.length) {
        let code;
        const escaped = body[i] === '\\';
        if (escaped) {
            const e = body[i + 1] ?? '';
            if (e === 'd' || e === 'w' || e === 's' || e === 'D' || e === 'W' || e === 'S') {
                addClassEscape(e, members);
                i += 2;
                prev = -1;
                continue;
            }
            if (e === 'b')
                return false; // backspace inside a class: rare enough to leave alone
            const lit = escapedChar(body, i);
            if (lit === undefined)
                return false;
            code = lit.code;
            i = lit.next;
        }
        else {
            code = body.charCodeAt(i);
            i++;
        }
        if (code === 0x2d && !escaped && prev >= 0 && i < body.length) {
            // A range `prev-x`: read x and add everything in between.
            let hi;
            if (body[i] === '\\') {
                const lit = escapedChar(body, i);
                if (lit === undefined)
                    return false;
                hi = lit.code;
                i = lit.next;
            }
            else
                hi = body.charCodeAt(i++);
            if (hi < prev)
                return false;
            for (let k = prev; k <= hi && k < 128; k++)
                members[k] = 1;
            prev = -1;
            continue;
        }
        if (code < 128)
            members[code] = 1;
        prev = code;
    }
    for (let k = 0; k < 128; k++)
        if ((members[k] === 1) !== negated)
            table[k] = 1;
    return true;
}


/***/ }),

/***/ 9264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iy: () => (/* binding */ LogClassifier),
  Hc: () => (/* binding */ classifyStream)
});

// UNUSED EXPORTS: classifyText

// EXTERNAL MODULE: ./packages/core/src/diagnosis/catalogue.ts + 1 modules
var catalogue = __webpack_require__(5224);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/finding.ts
var finding = __webpack_require__(9942);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/line-splitter.ts
var line_splitter = __webpack_require__(6781);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/literal-hint.ts
var literal_hint = __webpack_require__(3808);
;// CONCATENATED MODULE: ./packages/core/src/diagnosis/literal-index.ts
/**
 * An Aho–Corasick automaton over the rules' required literals (see literal-hint.ts): one
 * left-to-right scan of a line tells which rules could match it, so the classifier runs only
 * those regexes. ASCII letters are folded to lower case as the literals are; other characters
 * are matched as they are. Build cost is linear in the literals' total length.
 *
 * The scan runs over nearly every character of a log, so the table is kept small and the inner
 * loop to one lookup per character: characters that occur in no literal share one class (the
 * alphabet is the literals' few dozen characters, not all of ASCII), and each entry holds the
 * next state's row offset, negated (as ~offset) when that state ends a literal.
 */
class LiteralIndex {
    /** Transition table: row offset (state * alphabet) + class → next row offset, ~offset when it has outputs. */
    next;
    /** For each state, the rule ids whose literal ends there (including via failure links). */
    outputs;
    alphabet;
    /** ASCII character code → class (0: in no literal); upper-case letters share their lower case's. */
    ascii = new Uint8Array(128);
    /** Character code → class for non-ASCII characters that occur in some literal. */
    wide = new Map();
    classes = 1;
    /** Rules with no literal: candidates for every line. */
    always;
    /** `literals[i]` lists rule i's literals (lowercase), or undefined when it has none. */
    constructor(literals) {
        const always = [];
        // Trie first, with sparse children.
        const children = [new Map()];
        const ends = [[]];
        for (let rule = 0; rule < literals.length; rule++) {
            const lits = literals[rule];
            if (!lits || lits.length === 0) {
                always.push(rule);
                continue;
            }
            for (const lit of lits) {
                let state = 0;
                for (let k = 0; k < lit.length; k++) {
                    const cls = this.addClass(lit.charCodeAt(k));
                    let to = children[state].get(cls);
                    if (to === undefined) {
                        to = children.length;
                        children.push(new Map());
                        ends.push([]);
                        children[state].set(cls, to);
                    }
                    state = to;
                }
                if (!ends[state].includes(rule))
                    ends[state].push(rule);
            }
        }
        this.always = always;
        const alphabet = (this.alphabet = this.classes);
        const n = children.length;
        // Built with plain state numbers, encoded as row offsets at the end.
        const goto = new Int32Array(n * alphabet);
        const fail = new Int32Array(n);
        const outputs = new Array(n);
        // Breadth-first: resolve every transition, inheriting outputs along failure links.
        const queue = [];
        for (const [cls, to] of children[0]) {
            goto[cls] = to;
            queue.push(to);
        }
        for (let head = 0; head < queue.length; head++) {
            const s = queue[head];
            const inherited = outputs[fail[s]];
            const own = ends[s];
            outputs[s] = own.length === 0 ? inherited : inherited ? [...new Set([...own, ...inherited])] : own;
            for (let cls = 0; cls < alphabet; cls++) {
                const to = children[s].get(cls);
                if (to === undefined)
                    goto[s * alphabet + cls] = goto[fail[s] * alphabet + cls];
                else {
                    fail[to] = goto[fail[s] * alphabet + cls];
                    goto[s * alphabet + cls] = to;
                    queue.push(to);
                }
            }
        }
        const next = new Int32Array(n * alphabet);
        for (let k = 0; k < next.length; k++) {
            const to = goto[k];
            next[k] = outputs[to] ? ~(to * alphabet) : to * alphabet;
        }
        this.next = next;
        this.outputs = outputs;
    }
    /** Calls `hit(rule)` for each rule whose literal occurs in `text` (a rule may repeat). */
    scan(text, hit) {
        this.scanRange(text, 0, text.length, hit);
    }
    /** `scan(text.slice(from, to), hit)` without making the slice. */
    scanRange(text, from, to, hit) {
        const { next, ascii, alphabet } = this;
        let row = 0;
        for (let i = from; i < to; i++) {
            const c = text.charCodeAt(i);
            row = next[row + (c < 128 ? ascii[c] : (this.wide.get(c) ?? 0))];
            if (row < 0) {
                row = ~row;
                const out = this.outputs[row / alphabet];
                for (let k = 0; k < out.length; k++)
                    hit(out[k]);
            }
        }
    }
    addClass(code) {
        if (code < 128) {
            const lower = code >= 65 && code <= 90 ? code + 32 : code;
            if (this.ascii[lower] === 0) {
                this.ascii[lower] = this.classes++;
                if (lower >= 97 && lower <= 122)
                    this.ascii[lower - 32] = this.ascii[lower];
            }
            return this.ascii[lower];
        }
        let cls = this.wide.get(code);
        if (cls === undefined) {
            cls = this.classes++;
            this.wide.set(code, cls);
        }
        return cls;
    }
}

// EXTERNAL MODULE: ./packages/core/src/diagnosis/log-line.ts
var log_line = __webpack_require__(2048);
;// CONCATENATED MODULE: ./packages/core/src/diagnosis/outcome-markers.ts
const JOB_SUCCESS = /^(?:Finished: SUCCESS|Done\. Your build exited with 0\.|Job succeeded)$/;
const JOB_FAILURE = /^(?:Finished: (?:FAILURE|ABORTED|UNSTABLE)|Done\. Your build exited with [1-9]\d*\.|ERROR: Job failed\b)/;
const STEP_SUCCESS = /^(?:The command ".{0,2000}" exited with 0\.|\[INFO\] BUILD SUCCESS$|BUILD SUCCESSFUL\b)/;
const STEP_FAILURE = /^(?:The command ".{0,2000}" exited with [1-9]\d*\.|\[(?:INFO|ERROR)\] BUILD FAILURE$|BUILD FAILED\b|FAILURE: Build failed with an exception|make(?:\[\d+\])?: \*\*\* \[|npm ERR! code ELIFECYCLE$|error Command failed with exit code [1-9]|Build step '.{0,200}' marked build as failure$|Error: Process completed with exit code [1-9])/;
const GHA_STEP_FAILURE = /^Process completed with exit code [1-9]\d*\.?$/;
/**
 * Cheap first-character gate: every marker outside a `##[error]` line starts with one of these
 * letters or "[", so a line starting otherwise needs no regex (nor a string of its own).
 */
function mayAnnounceOutcome(firstChar) {
    const c = firstChar;
    return (c === 0x46 ||
        c === 0x44 ||
        c === 0x4a ||
        c === 0x45 ||
        c === 0x54 ||
        c === 0x5b ||
        c === 0x42 ||
        c === 0x6d ||
        c === 0x6e ||
        c === 0x65);
}
/** The outcome a cleaned line announces, if any. */
function outcomeOf(line) {
    const t = line.text;
    if (line.command === 'error')
        return GHA_STEP_FAILURE.test(t) ? 'step-failure' : undefined;
    if (t.length === 0 || !mayAnnounceOutcome(t.charCodeAt(0)))
        return undefined;
    if (JOB_SUCCESS.test(t))
        return 'job-success';
    if (JOB_FAILURE.test(t))
        return 'job-failure';
    if (STEP_SUCCESS.test(t))
        return 'step-success';
    if (STEP_FAILURE.test(t))
        return 'step-failure';
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/diagnosis/ring-buffer.ts
/** A fixed-capacity FIFO that overwrites its oldest entry: the classifier's recent-lines window. */
class RingBuffer {
    capacity;
    items;
    start = 0;
    count = 0;
    constructor(capacity) {
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError('capacity must be a positive integer');
        this.items = new Array(capacity);
    }
    get size() {
        return this.count;
    }
    push(item) {
        const end = (this.start + this.count) % this.capacity;
        this.items[end] = item;
        if (this.count < this.capacity)
            this.count++;
        else
            this.start = (this.start + 1) % this.capacity;
    }
    /** The entry the next push overwrites (the oldest, once full), so callers can reuse it. */
    evictee() {
        return this.count < this.capacity ? undefined : this.items[this.start];
    }
    /** Entries oldest first. */
    toArray() {
        const out = [];
        for (let i = 0; i < this.count; i++)
            out.push(this.items[(this.start + i) % this.capacity]);
        return out;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/diagnosis/log-classifier.ts








// Evidence in a step that then passed is mostly noise (retried downloads, warnings, tests
// that print "error"); evidence in a step that failed is what the failure is about.
const PASSED_STEP_FACTOR = 0.3;
const FAILED_STEP_FACTOR = 1.1;
const WARNING_FACTOR = 0.5;
/** Findings scoring below this (e.g. a summary line in a step that passed) are not reported. */
const MIN_SCORE = 12;
const RECENT_LINES = 64;
const MAX_SECTION_CHARS = 200;
let builtIn;
const prefilters = new WeakMap();
function prefilterOf(catalogue) {
    let p = prefilters.get(catalogue);
    if (p)
        return p;
    // One tracker per distinct `after` regex, shared by the rules that use it.
    const afters = [];
    const bySource = new Map();
    const ruleAfter = catalogue.rules.map((r) => {
        if (!r.after)
            return undefined;
        const key = `${r.after.source}/${r.after.flags}`;
        let k = bySource.get(key);
        if (k === undefined) {
            k = afters.length;
            afters.push(r.after);
            bySource.set(key, k);
        }
        return k;
    });
    const literals = [...catalogue.rules.map((r) => r.literals), ...afters.map((a) => (0,literal_hint/* requiredLiterals */.C)(a.source))];
    const regexes = [...catalogue.rules.map((r) => r.regex), ...afters];
    const hasLiterals = literals.map((l) => l !== undefined && l.length > 0);
    p = {
        index: new LiteralIndex(literals),
        always: catalogue.rules.flatMap((_, i) => (hasLiterals[i] ? [] : [i])),
        hasLiterals,
        first: regexes.map((re) => (0,literal_hint/* firstChars */.O)(re.source, re.flags)),
        afters,
        ruleAfter
    };
    prefilters.set(catalogue, p);
    return p;
}
/**
 * A push-style, single-pass log classifier. Feed it chunks as they arrive (`push`), then call
 * `end` for the findings. State is bounded whatever the log size: the current segment (at most
 * 16 KiB), a window of recent lines, and one best hit plus at most MAX_EVIDENCE_LINES line
 * numbers per pattern.
 */
class LogClassifier {
    catalogue;
    rules;
    ruleAfter;
    afters;
    splitter;
    view = new log_line/* LineView */.kY();
    recent = new RingBuffer(RECENT_LINES);
    pending = new Map();
    settled = new Map();
    collecting = new Set();
    section;
    inRunHeader = false;
    githubFormat = false;
    sawErrorAnnotation = false;
    sawStepFailure = false;
    jobOutcome;
    result;
    prefilter;
    /** `marks[id] === stamp`: the index reported id on the current line. */
    marks;
    stamp = 0;
    /** The candidate rules of the current line. */
    hits = [];
    mark = (id) => {
        if (this.marks[id] === this.stamp)
            return;
        this.marks[id] = this.stamp;
        if (id < this.rules.length)
            this.hits.push(id);
    };
    constructor(options = {}) {
        this.catalogue = options.catalogue ?? (builtIn ??= (0,catalogue/* loadCatalogue */.O)());
        this.rules = this.catalogue.rules;
        this.prefilter = prefilterOf(this.catalogue);
        this.marks = new Uint32Array(this.rules.length + this.prefilter.afters.length);
        this.afters = this.prefilter.afters.map((regex) => ({ regex, last: 0 }));
        this.ruleAfter = this.prefilter.ruleAfter.map((k) => (k === undefined ? undefined : this.afters[k]));
        this.splitter = new line_splitter/* RangeSplitter */.x((s, from, to, line) => this.segment(s, from, to, line));
    }
    /** Feeds the next chunk; chunks may split lines and UTF-8 sequences anywhere. */
    push(chunk) {
        if (this.result)
            throw new Error('LogClassifier: push after end');
        this.splitter.push(chunk);
    }
    /**
     * Finishes the pass and returns the findings, most significant first. `knownFailed`: the
     * job is known to have failed (the API says so) although the log may not show it, e.g.
     * because it was cut off before the step's failure marker.
     */
    end(options = {}) {
        if (this.result)
            return this.result;
        const { lines, bytes } = this.splitter.end();
        this.settle(1);
        this.collecting.clear();
        const passed = this.jobOutcome ? this.jobOutcome === 'success' : !options.knownFailed && this.passed();
        this.result = { findings: passed ? [] : this.rank(), lines, bytes };
        return this.result;
    }
    /** A job that said it succeeded, or a GitHub log with no error annotation, failed nothing. */
    passed() {
        if (this.jobOutcome)
            return this.jobOutcome === 'success';
        return this.githubFormat && !this.sawErrorAnnotation && !this.sawStepFailure;
    }
    segment(s, from, to, lineNo) {
        const v = this.view;
        v.reset(s, from, to);
        if (v.command === 'group') {
            this.githubFormat = true;
            if (v.text.startsWith('Run ')) {
                // A new step starts: on GitHub the previous one passed, or this one would not run.
                this.settle(PASSED_STEP_FACTOR);
                this.section = v.text.slice(0, MAX_SECTION_CHARS);
                this.inRunHeader = true;
            }
            return;
        }
        if (v.command === 'endgroup') {
            this.githubFormat = true;
            this.inRunHeader = false;
            return;
        }
        if (v.command === 'error')
            this.sawErrorAnnotation = true;
        // The script and env shown under `##[group]Run …` are the step's source, not its output.
        if (this.inRunHeader || v.from === v.to)
            return;
        const first = v.src.charCodeAt(v.from);
        if (first === 0x24 && v.src.charCodeAt(v.from + 1) === 0x20)
            this.section = v.text.slice(0, MAX_SECTION_CHARS);
        // Recycle the slot the ring drops: no object per line.
        const slot = this.recent.evictee() ?? { line: 0, src: '', from: 0, to: 0 };
        slot.line = lineNo;
        slot.src = v.src;
        slot.from = v.from;
        slot.to = v.to;
        this.recent.push(slot);
        if (this.collecting.size > 0)
            this.feedExcerpts(v.text);
        this.match(v, first, lineNo);
        const { hasLiterals, first: gates } = this.prefilter;
        for (let k = 0, id = this.rules.length; k < this.afters.length; k++, id++) {
            if (hasLiterals[id] && this.marks[id] !== this.stamp)
                continue;
            const gate = gates[id];
            if (gate && first < 128 && gate[first] === 0)
                continue;
            const a = this.afters[k];
            if (a.regex.test(v.text)) {
                a.last = lineNo;
                a.lastTimestamp = v.timestamp;
            }
        }
        const outcome = v.command === 'error' || mayAnnounceOutcome(first) ? outcomeOf(v) : undefined;
        if (outcome === 'step-success')
            this.settle(PASSED_STEP_FACTOR);
        else if (outcome === 'step-failure') {
            this.sawStepFailure = true;
            this.settle(FAILED_STEP_FACTOR);
        }
        else if (outcome === 'job-success' || outcome === 'job-failure') {
            this.jobOutcome = outcome === 'job-success' ? 'success' : 'failure';
            this.settle(outcome === 'job-success' ? PASSED_STEP_FACTOR : FAILED_STEP_FACTOR);
        }
    }
    /**
     * Runs the regexes that could match the current line (`first`: its first character). One
     * automaton pass over the line finds the rules whose required text occurs in it; they and the
     * rules without such text still have to pass their first-character gate. On a typical log
     * most lines end here without any regex run or any string made.
     */
    match(v, first, lineNo) {
        const { index, always, first: gates } = this.prefilter;
        const hits = this.hits;
        this.stamp++;
        hits.length = 0;
        index.scanRange(v.src, v.from, v.to, this.mark);
        for (let k = 0; k < always.length; k++)
            hits.push(always[k]);
        let n = 0;
        for (let k = 0; k < hits.length; k++) {
            const gate = gates[hits[k]];
            if (!gate || first >= 128 || gate[first] === 1)
                hits[n++] = hits[k];
        }
        hits.length = n;
        if (n === 0)
            return;
        // Rules run in catalogue order, as ties between equal scores are broken by it.
        sortSmall(hits);
        let best;
        for (let k = 0; k < n; k++) {
            const i = hits[k];
            const r = this.rules[i];
            if (r.levels && !r.levels.has(v.level))
                continue;
            if (r.section && (this.section === undefined || !r.section.test(this.section)))
                continue;
            const after = this.ruleAfter[i];
            if (after && (after.last === 0 || after.last >= lineNo || lineNo - after.last > r.within))
                continue;
            if (!r.regex.test(v.text))
                continue;
            const score = v.level === 'warning' && !r.warningsCount ? r.weight * WARNING_FACTOR : r.weight;
            const byContext = r.evidence === 'context' && after !== undefined;
            const line = byContext ? after.last : lineNo;
            const prev = best?.get(r.pattern);
            if (prev && (prev.score > score || (prev.score === score && prev.line <= line)))
                continue;
            best ??= new Map();
            best.set(r.pattern, { rule: r, score, line, timestamp: byContext ? after.lastTimestamp : v.timestamp });
        }
        if (!best)
            return;
        for (const [pattern, b] of best)
            this.record(pattern, b.rule.id, b.score, b.line, b.timestamp, lineNo, v.text);
    }
    record(pattern, rule, score, line, timestamp, lineNo, text) {
        const acc = this.pending.get(pattern);
        if (acc) {
            if (!acc.lines.includes(line)) {
                acc.count++;
                if (acc.lines.length < finding/* MAX_EVIDENCE_LINES */.j_)
                    insertSorted(acc.lines, line);
            }
            if (score < acc.best.score || (score === acc.best.score && line >= acc.best.line))
                return;
        }
        const hit = {
            pattern,
            rule: `${pattern}/${rule}`,
            score,
            line,
            timestamp,
            section: this.section,
            excerpt: [],
            excerptChars: 0
        };
        if (line === lineNo)
            appendExcerpt(hit, text);
        else {
            // Evidence found through an earlier line starts its excerpt there, from the recent window.
            for (const r of this.recent.toArray()) {
                if (r.line >= line && hit.excerpt.length < finding/* MAX_EXCERPT_LINES */.dL)
                    appendExcerpt(hit, r.src.slice(r.from, r.to));
            }
        }
        if (acc) {
            this.collecting.delete(acc.best);
            acc.best = hit;
        }
        else {
            this.pending.set(pattern, { best: hit, lines: [line], count: 1 });
        }
        if (hit.excerpt.length < finding/* MAX_EXCERPT_LINES */.dL)
            this.collecting.add(hit);
    }
    feedExcerpts(text) {
        for (const hit of this.collecting) {
            appendExcerpt(hit, text);
            if (hit.excerpt.length >= finding/* MAX_EXCERPT_LINES */.dL || hit.excerptChars >= finding/* MAX_EXCERPT_CHARS */.J2)
                this.collecting.delete(hit);
        }
    }
    /** Closes the current segment: weighs its hits by how the step ended and keeps the best. */
    settle(factor) {
        for (const [pattern, acc] of this.pending) {
            acc.best.score *= factor;
            const prev = this.settled.get(pattern);
            if (!prev) {
                this.settled.set(pattern, acc);
                continue;
            }
            prev.count += acc.count;
            for (const l of acc.lines) {
                if (prev.lines.length >= finding/* MAX_EVIDENCE_LINES */.j_)
                    break;
                if (!prev.lines.includes(l))
                    insertSorted(prev.lines, l);
            }
            if (acc.best.score > prev.best.score) {
                this.collecting.delete(prev.best);
                prev.best = acc.best;
            }
            else {
                this.collecting.delete(acc.best);
            }
        }
        this.pending.clear();
    }
    rank() {
        const findings = [];
        for (const [pattern, acc] of this.settled) {
            const spec = this.catalogue.patterns.get(pattern);
            if (!spec)
                continue;
            // Repetition is not significance (a retried download repeats; a root cause may not).
            const score = acc.best.score;
            if (score < MIN_SCORE)
                continue;
            findings.push({
                pattern,
                name: spec.name,
                severity: spec.severity,
                line: acc.best.line,
                lines: [...acc.lines],
                excerpt: (0,finding/* formatExcerpt */.z_)(acc.best.excerpt),
                ...(acc.best.section === undefined ? {} : { section: acc.best.section }),
                ...(acc.best.timestamp === undefined ? {} : { timestamp: acc.best.timestamp }),
                rule: acc.best.rule,
                score: Math.round(score * 100) / 100
            });
        }
        findings.sort(finding/* compareFindings */.Eg);
        // A finding whose decisive line is already a stronger finding's evidence is the same
        // line read twice (a clippy lint is also a rustc-style `error:` line): drop it.
        const kept = [];
        for (const f of findings) {
            const echo = kept.some((k) => k.lines.includes(f.line));
            if (!echo)
                kept.push(f);
        }
        return kept;
    }
}
/** Insertion sort, ascending: the candidate lists are short and this allocates nothing. */
function sortSmall(a) {
    for (let i = 1; i < a.length; i++) {
        const x = a[i];
        let j = i - 1;
        while (j >= 0 && a[j] > x) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = x;
    }
}
function insertSorted(lines, line) {
    let i = lines.length;
    while (i > 0 && lines[i - 1] > line)
        i--;
    lines.splice(i, 0, line);
}
function appendExcerpt(hit, text) {
    if (hit.excerpt.length >= finding/* MAX_EXCERPT_LINES */.dL || hit.excerptChars >= finding/* MAX_EXCERPT_CHARS */.J2)
        return;
    const room = finding/* MAX_EXCERPT_CHARS */.J2 - hit.excerptChars;
    const t = text.length > room ? text.slice(0, room) : text;
    hit.excerpt.push(t);
    hit.excerptChars += t.length + 1;
}
/** Classifies a log read as a stream of chunks, in one pass with flat memory. */
async function classifyStream(source, options = {}) {
    const classifier = new LogClassifier(options);
    for await (const chunk of source)
        classifier.push(chunk);
    return classifier.end();
}
/** Classifies a log held in memory (tests, small logs). */
function classifyText(text, options = {}) {
    const classifier = new LogClassifier(options);
    classifier.push(text);
    return classifier.end();
}


/***/ }),

/***/ 2048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IG: () => (/* binding */ MAX_RAW_CHARS),
/* harmony export */   kY: () => (/* binding */ LineView)
/* harmony export */ });
/* unused harmony exports MAX_MATCH_CHARS, stripAnsi, cleanLine, levelOf */
/** Longest text fed to a rule's regex: bounds the cost of any regex on any line. */
const MAX_MATCH_CHARS = 4096;
/** Longest raw segment looked at; the rest of a giant line is counted, not scanned. */
const MAX_RAW_CHARS = 16384;
const GH_CLI_PREFIX = /^[^\t]{1,200}\t[^\t]{1,200}\t(?=\d{4}-\d\d-\d\dT)/;
const TIMESTAMP = /^\uFEFF?(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z) ?/;
// CSI sequences, OSC sequences (BEL or ST terminated), charset selections, two-byte escapes.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)?|\x1b[()*+][0-9A-Za-z]|\x1b[@-Z\\-_]?/g;
// Travis fold/timing markers and the bare "[0K" left when a log lost its ESC bytes.
const TRAVIS_MARKER = /travis_(?:fold|time):(?:start|end):[\w.:=,]*|\[0K/g;
const COMMAND = /^##\[(group|endgroup|error|warning|notice|debug|command|section)\]/;
const ERROR_LEVEL = /^\s*(?:\[(?:ERROR|FATAL|error|fatal)\]|(?:ERROR|FATAL|Error|E)(?::|\s\|)\s|error(?:\[\w+\])?:|fatal:)/;
const WARNING_LEVEL = /^\s*(?:\[(?:WARNING|WARN|warning|warn)\]|(?:WARNING|WARN|Warning|W):\s|warning(?:\[\w+\])?:)/;
/** Removes ANSI colour and cursor codes. */
function stripAnsi(s) {
    return s.indexOf('\x1b') < 0 ? s : s.replace(ANSI, '');
}
/**
 * Normalises one raw segment: drops the `gh run view --log` job/step columns, the runner's
 * timestamp, ANSI codes and Travis markers, and reads a leading `##[command]` and the level.
 */
function cleanLine(raw) {
    let s = raw.length > MAX_RAW_CHARS ? raw.slice(0, MAX_RAW_CHARS) : raw;
    if (s.indexOf('\t') >= 0)
        s = s.replace(GH_CLI_PREFIX, '');
    let timestamp;
    const ts = TIMESTAMP.exec(s);
    if (ts) {
        timestamp = ts[1];
        s = s.slice(ts[0].length);
    }
    s = stripAnsi(s);
    if (s.indexOf('travis_') >= 0 || s.indexOf('[0K') >= 0)
        s = s.replace(TRAVIS_MARKER, '');
    let command;
    if (s.startsWith('##[')) {
        const m = COMMAND.exec(s);
        if (m) {
            command = m[1];
            s = s.slice(m[0].length);
        }
    }
    if (s.length > MAX_MATCH_CHARS)
        s = s.slice(0, MAX_MATCH_CHARS);
    s = s.trimEnd();
    return { text: s, timestamp, level: levelOf(s, command), command };
}
/** The message level of a cleaned line: its `##[error]`/`##[warning]` command, else its wording. */
function levelOf(text, command) {
    if (command === 'error')
        return 'error';
    if (command === 'warning')
        return 'warning';
    if (ERROR_LEVEL.test(text))
        return 'error';
    if (WARNING_LEVEL.test(text))
        return 'warning';
    return 'none';
}
/**
 * One cleaned segment as offsets into the string it came from, with its text, timestamp and
 * level made only when asked for: on a big log most lines are looked at by a few character
 * tests and never need a string of their own. One view is reused for every line, so nothing
 * read from it may be kept past the next `reset` except the strings its methods return.
 */
class LineView {
    /** The cleaned text is `src.slice(from, to)`. */
    src = '';
    from = 0;
    to = 0;
    command;
    textCache;
    levelCache;
    timestampCache;
    /** Where the timestamp sits in `src` (fast path), when not known as a string already. */
    tsFrom = 0;
    tsTo = 0;
    /** Next position in `scanned` of each text that needs the full cleanLine (-1: none, -2: not looked for). */
    scanned;
    scannedFrom = 0;
    nextTab = -1;
    nextEsc = -1;
    nextTravis = -1;
    nextClear = -1;
    get text() {
        return (this.textCache ??= this.src.slice(this.from, this.to));
    }
    get timestamp() {
        if (this.timestampCache === undefined && this.tsTo > this.tsFrom)
            this.timestampCache = this.src.slice(this.tsFrom, this.tsTo);
        return this.timestampCache;
    }
    get level() {
        return (this.levelCache ??= levelOf(this.text, this.command));
    }
    /**
     * Points the view at the cleaned form of `s.slice(from, to)`, exactly what cleanLine would
     * return. Lines with a tab, an escape or a Travis marker (none in most logs, found with one
     * indexOf per chunk, not per line) or a `##[` command take the full cleanLine; the rest only
     * lose their timestamp and trailing blanks, which needs no new string.
     */
    reset(s, from, to) {
        this.textCache = undefined;
        this.levelCache = undefined;
        this.timestampCache = undefined;
        this.tsFrom = this.tsTo = 0;
        this.command = undefined;
        if (to - from > MAX_RAW_CHARS)
            to = from + MAX_RAW_CHARS;
        // The cached positions hold while lines are looked at in order within one string.
        if (s !== this.scanned || from < this.scannedFrom) {
            this.scanned = s;
            this.nextTab = this.nextEsc = this.nextTravis = this.nextClear = -2;
        }
        this.scannedFrom = from;
        let start = from;
        const tsEnd = s.charCodeAt(from) === 0xfeff ? -1 : timestampEnd(s, from, to);
        if (tsEnd > 0) {
            this.tsFrom = from;
            this.tsTo = tsEnd;
            start = tsEnd < to && s.charCodeAt(tsEnd) === 0x20 ? tsEnd + 1 : tsEnd;
        }
        // A byte-order mark, a `##[command]`, or text that needs more than a timestamp cut off.
        if (s.charCodeAt(from) === 0xfeff ||
            (s.charCodeAt(start) === 0x23 && s.startsWith('##[', start)) ||
            this.hasMarker(s, from, to)) {
            const cl = cleanLine(s.slice(from, to));
            this.src = this.textCache = cl.text;
            this.from = 0;
            this.to = cl.text.length;
            this.command = cl.command;
            this.tsFrom = this.tsTo = 0;
            this.timestampCache = cl.timestamp;
            this.levelCache = cl.level;
            return;
        }
        let end = Math.min(to, start + MAX_MATCH_CHARS);
        while (end > start && isSpace(s.charCodeAt(end - 1)))
            end--;
        this.src = s;
        this.from = start;
        this.to = end;
    }
    /** Whether `s.slice(from, to)` holds a tab, an escape or a Travis marker. */
    hasMarker(s, from, to) {
        if (this.nextTab < from && this.nextTab !== -1)
            this.nextTab = s.indexOf('\t', from);
        if (this.nextEsc < from && this.nextEsc !== -1)
            this.nextEsc = s.indexOf('\x1b', from);
        if (this.nextTravis < from && this.nextTravis !== -1)
            this.nextTravis = s.indexOf('travis_', from);
        if (this.nextClear < from && this.nextClear !== -1)
            this.nextClear = s.indexOf('[0K', from);
        return ((this.nextTab >= 0 && this.nextTab < to) ||
            (this.nextEsc >= 0 && this.nextEsc < to) ||
            (this.nextTravis >= 0 && this.nextTravis < to) ||
            (this.nextClear >= 0 && this.nextClear < to));
    }
}
/** Offset just past the `…Z` of a runner timestamp at `from` (what TIMESTAMP's group 1 matches), or -1. */
function timestampEnd(s, from, to) {
    // yyyy-mm-ddThh:mm:ss, then an optional fraction of 1 to 9 digits, then Z. Written out in
    // full: this runs on every line, and a loop over a pattern string costs twice as much.
    if (to - from < 20)
        return -1;
    const f = from;
    if (s.charCodeAt(f + 4) !== 0x2d ||
        s.charCodeAt(f + 7) !== 0x2d ||
        s.charCodeAt(f + 10) !== 0x54 ||
        s.charCodeAt(f + 13) !== 0x3a ||
        s.charCodeAt(f + 16) !== 0x3a)
        return -1;
    if (notDigit(s, f) ||
        notDigit(s, f + 1) ||
        notDigit(s, f + 2) ||
        notDigit(s, f + 3) ||
        notDigit(s, f + 5) ||
        notDigit(s, f + 6) ||
        notDigit(s, f + 8) ||
        notDigit(s, f + 9) ||
        notDigit(s, f + 11) ||
        notDigit(s, f + 12) ||
        notDigit(s, f + 14) ||
        notDigit(s, f + 15) ||
        notDigit(s, f + 17) ||
        notDigit(s, f + 18)) {
        return -1;
    }
    let i = f + 19;
    if (s.charCodeAt(i) === 0x2e) {
        const digits = ++i;
        while (i < to && i - digits < 10 && !notDigit(s, i))
            i++;
        if (i === digits || i - digits > 9)
            return -1;
    }
    return i < to && s.charCodeAt(i) === 0x5a ? i + 1 : -1;
}
const notDigit = (s, i) => (s.charCodeAt(i) - 0x30) >>> 0 > 9;
const SPACE = /\s/;
/** What String.prototype.trimEnd removes (white space and line terminators). */
function isSpace(c) {
    if (c < 0x80)
        return c === 0x20 || (c >= 0x09 && c <= 0x0d);
    return SPACE.test(String.fromCharCode(c));
}


/***/ }),

/***/ 3262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** Larger is more severe: critical 4 … low 1. */
function severityRank(s) {
    return 4 - SEVERITIES.indexOf(s);
}
/** True when `s` is at least as severe as `threshold`. */
function atLeast(s, threshold) {
    return severityRank(s) >= severityRank(threshold);
}
function isSeverity(v) {
    return typeof v === 'string' && SEVERITIES.includes(v);
}


/***/ })

};
