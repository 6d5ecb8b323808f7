export const id = 100;
export const ids = [100];
export const modules = {

/***/ 93626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ loadCatalogue)
});

// UNUSED EXPORTS: PATTERNS_FILE

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/severity.ts
var severity = __webpack_require__(93262);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/default-patterns.ts
var default_patterns = __webpack_require__(9320);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/literal-hint.ts
var literal_hint = __webpack_require__(13808);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./packages/core/src/diagnosis/line-regex.ts
/**
 * The regex engines the classifier runs. Built-in rules use JavaScript's own engine (they are
 * written and tested to run in linear time on any line). A repository's own rules run on RE2
 * (`re2js`, pure JavaScript): linear in the line's length by construction, whatever the
 * pattern, so a rule in `.github/hee-patterns.yml` cannot stall the monitor. RE2 refuses what
 * it cannot run in linear time (lookarounds, back-references); such a rule is refused with
 * RE2's reason.
 */

/** A regex on RE2: the same `test` as RegExp, linear time. */
class Re2Regex {
    source;
    flags;
    re;
    constructor(source, flags) {
        this.source = source;
        this.flags = flags;
        this.re = build/* RE2JS */.L3.compile(source, flags.includes('i') ? build/* RE2JS */.L3.CASE_INSENSITIVE : 0);
    }
    test(text) {
        return this.re.matcher(text).find();
    }
}
/**
 * Compiles a user's regex on RE2. Throws an Error whose message says why RE2 refuses it
 * (e.g. `invalid or unsupported Perl syntax: (?<`).
 */
function compileLinear(source, flags) {
    try {
        return new Re2Regex(source, flags);
    }
    catch (e) {
        const msg = e.message ?? String(e);
        throw new Error(msg.replace(/^error parsing regexp: /, ''), { cause: e });
    }
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
        warningsCount: r.warnings_count,
        user: true
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
        regex: compileRegex(r.regex, flags, `${where}.regex`, r.user),
        literals: (0,literal_hint/* requiredLiterals */.C)(r.regex, 3, true, true),
        section: r.context?.section === undefined
            ? undefined
            : compileRegex(r.context.section, flags, `${where}.context.section`, r.user),
        after: r.context?.after === undefined
            ? undefined
            : compileRegex(r.context.after, flags, `${where}.context.after`, r.user),
        within: Math.min(r.context?.within ?? 10, MAX_CONTEXT_WINDOW),
        levels: r.context?.level === undefined ? undefined : new Set(r.context.level),
        evidence: r.evidence ?? 'line',
        warningsCount: r.warningsCount ?? false
    };
}
/**
 * A built-in rule's regex on JavaScript's engine (the catalogue's own, tested on adversarial
 * lines); a user's on RE2, refused with RE2's reason when it cannot run in linear time.
 */
function compileRegex(source, flags, where, user = false) {
    if (user) {
        try {
            return compileLinear(source, flags);
        }
        catch (e) {
            throw new errors/* ConfigurationError */.j1(`${PATTERNS_FILE}: ${where}: not accepted by the linear-time regex engine (RE2; lookarounds and back-references are not supported): ${e.message}`);
        }
    }
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
/**
 * After a `×`: an error report's sentence (miette's `× failed to …`, `× … does not exist`), not
 * a test's name. A line that ends with a duration is a test runner's whatever it says.
 */
const ERROR_REPORT = raw `(?=.{0,300}\b(?:does not exist|not found|could not|cannot|failed to|unable to|is not valid|refers to)\b)(?!.{0,300}\d ?m?s\)?$)`;
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
    // Under the package header go build prints (`# github.com/x/y`, `# x [x.test]`), not a shell's
    // `# ./build.sh test` prompt; a module that lacks the imported package is a dependency's failure.
    rule('go-compile-after-package', raw `^\S+\.go:\d+(?::\d+)?: (?!module \S+ (?:\(\S+\) )?found\b|no required module provides\b)\S`, 80, { context: { after: raw `^# [\w.~/-]+(?: \[[\w.~/-]+\])?$`, within: 30 } }),
    rule('go-compile', raw `^\S+\.go:\d+:\d+: (?:undefined|undeclared|cannot|too many|not enough|missing return|invalid|syntax error|imported and not used|declared (?:and|but) not used|expected|non-name|assignment mismatch|"[^"]{1,300}" imported (?:as \w+ )?and not used)`, 78),
    rule('go-build-failed', raw `^FAIL\s+\S+\s+\[(?:build|setup) failed\]`, 50),
    rule('c-compiler', raw `^\S+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|cu|swift|hs|f90|zig|nim|d):\d+(?::\d+)?:\s*(?:fatal )?error:(?! Failure in TEST\()(?!.{1,600} \[(?!-W)[a-z][a-z\d]*-[a-z][\w.,-]{0,120}\]$)`, 80),
    // Not when the message ends with a check's name in brackets, as linters in a compiler's
    // layout write it (`[readability-qualified-auto]`); gcc's `[-Werror=…]` is the compiler's.
    rule('generic-file-error', raw `^\S+:\d+:\d+:\s*(?:fatal )?error:(?!.{1,600} \[(?!-W)[a-z][a-z\d]*-[a-z][\w.,-]{0,120}\]$)`, 74),
    rule('msvc-csc', raw `\berror (?:CS|C|LNK)\d{4}:`, 80),
    rule('linker-undefined-reference', raw `undefined reference to \x60`, 78),
    rule('linker-undefined-symbols', raw `^Undefined symbols for architecture`, 78),
    rule('linker-exit', raw `\bld returned \d+ exit status`, 50),
    // The compiler driver's own error, before any file is compiled: a missing input, an unknown
    // option (`cc: fatal error: no input files`, `clang: error: no such file or directory: 'a.c'`,
    // `gcc: error: unrecognized command-line option`). Memory kills are infrastructure (PAT-008).
    rule('compiler-driver-error', raw `^(?:[\w.+-]{1,60}-)?(?:cc|gcc|g\+\+|c\+\+|clang|clang\+\+|cc1|cc1plus|clang-\d+)(?:-[\d.]{1,12})?(?:\.exe)?: (?:fatal )?error: (?!Killed signal|linker command failed)`, 72),
    // Clojure's compiler (lein, the Clojure CLI): `Syntax error compiling at (src/a.clj:12:3).`,
    // `Syntax error reading source at (…)`, and older `…, compiling:(a/b.clj:19:1)`.
    rule('clojure-compile', raw `\bSyntax error (?:compiling|reading source|macroexpanding)\b.{0,80}\bat \(|\bcompiling:\(\S+\.clj[cs]?:\d+:\d+\)`, 80),
    rule('erlc', raw `^\S+\.[eh]rl:\d+: (?!Warning)`, 74),
    rule('elixir-compile-error', raw `\*\* \((?:CompileError|SyntaxError|TokenMissingError)\)`, 80),
    rule('elixir-compilation-error-banner', raw `^== Compilation error in file `, 79),
    rule('sass', raw `^Error: (?:Invalid CSS after|Undefined variable|Undefined mixin|expected )`, 76),
    rule('python-syntax-error', raw `^\s*(?:SyntaxError|IndentationError|TabError): `, 62),
    // Next.js and other framework builds print the type checker's message under its file.
    rule('framework-type-error', raw `^Type error: \S`, 76),
    rule('webpack-module-build-failed', raw `Module build failed`, 62),
    // Bundlers: a relative import that does not resolve is a code error, a package one a
    // dependency (see PAT-006).
    rule('webpack-error-in', raw `^ERROR in \.{0,2}/?\S+`, 72),
    rule('rollup-cli-error', raw `^\[!\] (?:RollupError|Error): (?!Could not resolve (?:entry|import) ['"](?!\.))`, 70),
    rule('vite-build-error', raw `^error during build:\s*$`, 56),
    rule('bundler-cannot-resolve-file', raw `(?:Can't resolve|Could not resolve|failed to resolve import) ['"]\.{1,2}/`, 76),
    rule('xcodebuild-failed-command', raw `^\s*(?:CompileSwift(?:Sources)?|SwiftCompile|SwiftEmitModule|CompileC|Ld|Libtool|CompileXIB|CompileStoryboard) \S`, 72, { context: { after: raw `The following build commands failed:`, within: 12 } }),
    rule('terraform-config-error', raw `^(?:│ )?Error: (?:Unsupported (?:argument|attribute|block type)|Missing required (?:argument|attribute)|Invalid (?:reference|value for \w+|function argument|resource type|attribute name|expression|index)|Reference to undeclared \w+|Incorrect attribute value type|Duplicate \w+ (?:definition|block|argument)|Unknown variable|Argument or block definition required|Unsupported Terraform Core version|Unsuitable value type)`, 76),
    // Terraform's input variables and references that cannot be evaluated.
    rule('terraform-input-error', raw `^(?:│ )?Error: (?:No value for required variable|Variables not allowed|Invalid default value for variable|Invalid value for (?:input )?variable|Cycle: )`, 76),
    // A manifest or configuration file that does not parse: go-yaml's message, as kubectl, helm,
    // docker compose and other readers of YAML print it.
    rule('yaml-parse-error', raw `error converting YAML to JSON: yaml: |\byaml: line \d+: (?:did not find expected|could not find expected|mapping values are not allowed|found character that cannot start|found a tab character|block sequence entries are not allowed|found unexpected end of stream)`, 74),
    // A Helm chart whose template does not render (a nil value, an unknown function).
    rule('helm-template-error', raw `^Error: (?:template: \S+:\d+(?::\d+)?: executing|parse error at \(\S+:\d+\))`, 72),
    rule('swift-compile', raw `^\S+\.swift:\d+:\d+: error: `, 80),
    // Dart's front end (dart compile, flutter build), also behind `flutter -v`'s timing columns.
    rule('dart-compile', raw `(?:^|\] )\S+\.dart:\d+:\d+: Error: `, 80),
    // esbuild (alone or inside vite, tsup, bun): `✘ [ERROR] message`, then the source it points at.
    // Imports it cannot resolve are told apart by the rules of PAT-001 and PAT-006.
    rule('esbuild-error', raw `^\s*[✘X] \[ERROR\] (?!Could not resolve\b)`, 74),
    // A miette report (swc, rspack, pixi, rattler): `  × message`, then the source it points at
    // (`   ╭─[src/main.ts:3:1]`). A linter's report names its rule and has a rule of its own.
    rule('miette-source-snippet', raw `^\s*╭─\[\S+:\d+:\d+\]$`, 72, {
        evidence: 'context',
        context: { after: raw `^\s*(?:Error: +)?× \S`, within: 1 }
    }),
    // A Docker build whose COPY or ADD names a file the build context does not have (not a
    // cache backend that lost a blob: `failed to compute cache key: blob not found`).
    rule('docker-copy-missing', raw `failed to compute cache key: (?!blob not found).{0,300}not found|failed to compute cache key: failed to walk .{0,400}no such file or directory|failed to calculate checksum of ref .{0,300}(?:not found|no such file or directory)|COPY failed: .{0,200}(?:no such file or directory|not found)`, 78),
    rule('dotnet-build-failed', raw `^Build FAILED\.?$`, 45),
    rule('cmake-error', raw `^CMake Error(?: at| in|:)`, 55),
    rule('make-no-rule', raw `No rule to make target`, 60),
    rule('gradle-compilation-failed', raw `^Compilation failed; see the compiler error output`, 45),
    rule('php-parse-error', raw `PHP Parse error: `, 76),
    rule('ghc-module-not-found', raw `^\S+\.hs:\d+:\d+: error:(?: \[GHC-\d+\])?\s*$`, 80),
    rule('ghc-not-in-scope', raw `^\S+\.l?hs:\d+:\d+:(?: error:)? (?:Variable |Data constructor |Type constructor or class )?[Nn]ot in scope\b`, 80),
    rule('perl-compile-error', raw `^(?:syntax error|Global symbol "[^"]+" requires explicit package name).{0,300} at \S+ line \d+`, 76),
    rule('perl-compilation-aborted', raw `^(?:\S+ had compilation errors\.|Execution of \S+ aborted due to compilation errors\.)$`, 50)
];
const tests = [
    rule('cargo-test-failed', raw `^test \S+ \.\.\. FAILED$`, 80),
    rule('cargo-test-result', raw `^test result: FAILED\.`, 62),
    rule('rust-panic', raw `^thread '[^']*'(?: \(\d+\))? panicked at`, 66),
    rule('go-test-fail', raw `^\s*--- FAIL: \S`, 80),
    rule('go-test-package-fail', raw `^FAIL\s+\S+\s+\d+(?:\.\d+)?s$`, 55),
    rule('go-panic', raw `^panic: (?!test timed out after)\S`, 60),
    rule('jest-vitest-fail-file', raw `^\s*FAIL\s+\S+\.(?:[cm]?[jt]sx?|coffee|vue|svelte)\b`, 80),
    rule('vitest-failed-tests-banner', raw `Failed Tests \d+`, 70),
    // Jest's failed test (`● suite › test`): the line to quote over the file's `FAIL` header.
    // A suite that failed to run says why in the lines after it (a missing module, a syntax error).
    rule('jest-bullet', raw `^\s*● (?!Console\b|Test suite failed to run)\S`, 81),
    rule('playwright-failure', raw `^\s*\d+\) \[[^\]]{1,60}\] › \S+:\d+:\d+ › `, 80),
    // A test marked failed; uv and pip print their own errors under the same `×`.
    rule('js-test-cross', raw `^\s*[×✕✗] (?!No solution found|[Ff]ailed to |[Cc]ould not |[Uu]nable to |\[(?:\d{3}|ERR(?:OR)?|TIMEOUT)\] |[\w-]+\([\w/-]+\): |${ERROR_REPORT}|This environment is externally managed|Encountered error while|.{0,160}\bdid not run successfully\b|(?:Low|Medium|High|Critical) severity vulnerability|.{0,60}\b(?:CVE|GHSA)-\d)\S`, 66),
    rule('js-tests-failed-summary', raw `^\s*Tests?:?\s+[1-9]\d* failed`, 64),
    rule('mocha-failing', raw `^\s*\d+ failing\b`, 72),
    rule('mocha-numbered', raw `^\s*\d+\) `, 80, { context: { after: raw `^\s*\d+ failing\b`, within: 6 } }),
    rule('exunit-numbered', raw `^\s*\d+\) test .+ \([\w.]+\)$`, 80),
    rule('robot-fail', raw `^\S.{0,200}[|]\s*FAIL\s*[|]$`, 78),
    // pytest: the banner says tests failed; the line to quote is the first failure's `E` line
    // when the traceback is short, else the failing test's own header.
    rule('pytest-failures-banner', raw `^=+ (?:FAILURES|ERRORS) =+$`, 50),
    rule('pytest-test-header', raw `^_{3,} \S.{0,300} _{3,}$`, 81, {
        context: { after: raw `^=+ (?:FAILURES|ERRORS) =+$`, within: 500 }
    }),
    rule('pytest-e-line', raw `^E {2,}(?!(?:ModuleNotFoundError|ImportError)\b)\S`, 82, {
        context: { after: raw `^_{3,} \S.{0,300} _{3,}$`, within: 30 }
    }),
    rule('pytest-failed-line', raw `^FAILED \S+::\S+`, 72),
    rule('pytest-summary', raw `^=+ .*\b[1-9]\d* (?:failed|error)`, 64),
    // A collection error is as much a test failure as its exception says: the `E` line decides.
    rule('pytest-collect-error', raw `^_+ ERROR collecting \S+ _+$`, 60),
    rule('junit-failure-marker', raw `<<< (?:FAILURE|ERROR)!`, 80),
    rule('surefire-tests-run', raw `Tests run: \d+, Failures: (?:[1-9]|\d+, Errors: [1-9])`, 66),
    rule('surefire-goal', raw `Failed to execute goal \S*maven-(?:surefire|failsafe)-plugin`, 45),
    rule('gradle-test-failed', raw `^\S.* > \S.* FAILED$`, 80),
    rule('gradle-test-task', raw `Execution failed for task '\S*:test\w*'`, 55),
    rule('gradle-failing-tests', raw `There were failing tests`, 55),
    rule('xunit-fail', raw `\s\[FAIL\]\s*$`, 80),
    rule('nunit-failed', raw `^\s*Failed \S+ \[\d`, 72),
    rule('dotnet-test-summary', raw `^(?:Failed!|Total tests: \d+\. Passed: \d+\. Failed: [1-9])`, 62),
    rule('minitest-name', raw `^[A-Z][\w:]*#test_\w+`, 76),
    rule('minitest-numbered', raw `^\s*\d+\) (?:Failure|Error):$`, 76),
    rule('minitest-summary', raw `^\d+ runs, \d+ assertions, (?:[1-9]\d* failures|\d+ failures, [1-9]\d* errors)`, 62),
    rule('rspec-rerun', raw `^rspec \./\S+:\d+`, 76),
    rule('rspec-summary', raw `^\d+ examples?, [1-9]\d* failures?`, 64),
    rule('phpunit-failures', raw `^There (?:was|were) \d+ (?:failures?|errors?):$`, 78),
    rule('phpunit-summary', raw `^(?:FAILURES!|ERRORS!)$`, 62),
    // TAP's `not ok 3 - x # TODO …` (and `# SKIP`) is an expected failure, not one.
    rule('tap-not-ok', raw `^\s*not ok \d+(?![^#]{0,300}# ?(?:TODO|SKIP|todo|skip)\b)`, 70),
    rule('perl-dubious', raw `Dubious, test returned [1-9]`, 68),
    rule('perl-result-fail', raw `^Result: FAIL$`, 56),
    // Test::Harness's summary row of a test file with failed tests, old and new (`(exited 1)`) forms.
    rule('perl-harness-file-failed', raw `^\S+\.t\s+\(Wstat: \d+(?: \(exited \d+\))? Tests: \d+ Failed: [1-9]`, 66),
    rule('xctest-error', raw `error: -\[\S+ \S+\] : `, 80),
    rule('xcpretty-failure', raw `^\s+test\w*, \S`, 74),
    rule('xctest-summary', raw `Executed \d+ tests?, with [1-9]\d* failures?`, 62),
    // swift test on Linux (corelibs XCTest): `Tests/A.swift:12: error: ATests.testX : XCTAssertEqual failed: …`.
    rule('xctest-linux-error', raw `\.swift:\d+: error: [\w.]+ : XCT\w+`, 84),
    rule('xctest-case-failed', raw `^Test Case '[^']{1,300}' failed \(`, 76),
    // conftest verify runs a policy's own unit tests (`*_test.rego`, rules named `test_…`).
    rule('conftest-verify-fail', raw `^FAIL - (?:\S+_test\.rego - |.{1,300} - data\.[\w.]+\.test_\w+$)`, 80),
    rule('ctest-failed', raw `The following tests FAILED:`, 76),
    // A race detector's report fails the test run that found it (Go's `-race`, ThreadSanitizer),
    // though it is written as a warning.
    rule('race-detector', raw `^(?:WARNING: DATA RACE$|==\d+==WARNING: ThreadSanitizer: data race\b|Found \d+ data race\(s\)$)|\brace detected during execution of test$`, 80, { warningsCount: true }),
    // C and C++ test frameworks report a failed check in a compiler's diagnostic form
    // (`a.cpp:14: Failure`, MSVC's `a.cpp(14): error: Value of: …`, Boost.Test's
    // `a.cpp(8): error: in "suite/case": …`, CppUTest's `a.cpp:20: error: Failure in TEST(…)`,
    // Catch2's `a.cpp:5: FAILED:`): a failing test, and the line to quote over ctest's summary.
    rule('gtest-failure', raw `^\S+?(?::\d+|\(\d+\)): (?:Failure$|error: (?:Value of:|Expected(?: equality|:)|Actual:|Failed$|Death test))`, 80),
    rule('gtest-failed-test', raw `^\[  FAILED  \] (?!\d+ tests?,)\w+(?:/\w+)?\.\S`, 74),
    rule('boost-test-error', raw `^\S+\(\d+\): (?:fatal )?error:? in "[^"]{1,300}": `, 82),
    rule('boost-test-summary', raw `^\*{3} [1-9]\d* failures? (?:is|are) detected`, 62),
    rule('cpputest-failure', raw `: error: Failure in TEST\(`, 82),
    rule('catch2-failed', raw `^\S+(?::\d+|\(\d+\)): FAILED:$`, 80),
    rule('qunit-failed', raw `^\s*\d+ (?:tests? )?failed\b`, 52),
    rule('surefire-tests-in-error', raw `^(?:\[ERROR\] )?(?:Tests in error|Failed tests):\s*$`, 70),
    // sbt's JUnit interface: `Test com.acme.CalcTest.add failed: expected:<4> but was:<3>, took 0.01 sec`.
    rule('junit-interface-failed', raw `^(?:\[info\] )?\[error\] Test \S+ failed: `, 80),
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
    rule('perl-test-more-summary', raw `^# Looks like you failed \d+ tests? of \d+`, 62),
    // One test case or hook over its own time limit is a failed test, told in its runner's
    // words (pytest-timeout, mocha, jest, vitest, playwright, jasmine, JUnit 5, nextest, ExUnit).
    // A whole run stopped by a time limit is PAT-005.
    rule('pytest-timeout', raw `^(?:E\s+)?Failed: Timeout \(?>[\d.]+s\)?|^\+{5,} Timeout \+{5,}$`, 86),
    rule('mocha-timeout', raw `\b[Tt]imeout of \d+ms exceeded\.`, 88),
    rule('jest-timeout', raw `\bExceeded timeout of \d+ ?ms for a (?:test|hook)\b`, 88),
    rule('vitest-timeout', raw `\b(?:Test|Hook) timed out in \d+ ?ms\b`, 88),
    rule('playwright-test-timeout', raw `\bTest timeout of \d+ ?ms exceeded\b`, 88),
    rule('jasmine-timeout', raw `\bTimeout - Async (?:function|callback) did not complete within \d+ ?ms`, 88),
    rule('junit-timeout', raw `\b\w+\(.{0,200}\) timed out after \d+ (?:milli|micro|nano)?seconds\b`, 86),
    rule('nextest-timeout', raw `^\s*TIMEOUT \[ *[\d.]+s\]`, 86),
    rule('exunit-timeout', raw `\(ExUnit\.TimeoutError\) test timed out after \d+ ?ms`, 86)
];
const security = [
    // trufflehog's findings: `✅ Found verified result 🐷🔑`, `Found unverified result 🐷🔑❓`.
    rule('trufflehog-result', raw `\bFound (?:un)?verified result\b`, 85),
    rule('npm-audit-header', raw `^# npm audit report$`, 62),
    rule('npm-audit-summary', raw `^[1-9]\d* (?:\w+ severity )?vulnerabilit(?:y|ies)\b`, 80, {
        context: { after: raw `^# npm audit report$`, within: 400 }
    }),
    rule('npm6-audit', raw `^found [1-9]\d* vulnerabilit.{0,80} in \d+ scanned packages`, 80),
    rule('npm-install-found', raw `^found [1-9]\d* (?:\w+ severity )?vulnerabilit`, 30),
    rule('yarn-audit', raw `^[1-9]\d* vulnerabilities found - Packages audited`, 78),
    rule('audit-table-severity', raw `^(?:│ )?(?:low|moderate|medium|high|critical) +│ \S`, 80, { flags: 'i' }),
    rule('pip-audit', raw `Found [1-9]\d* known vulnerabilit`, 80),
    rule('dependency-check', raw `One or more dependencies were identified with (?:known )?vulnerabilities`, 80),
    rule('cargo-audit', raw `^error: [1-9]\d* vulnerabilit(?:y|ies) found`, 84),
    rule('rustsec-id', raw `^(?:ID|Advisory):\s+RUSTSEC-\d{4}-\d{4}`, 78),
    rule('cargo-deny-advisory', raw `^error\[(?:vulnerability|unsound|yanked)\]`, 82),
    rule('trivy-total', raw `^Total: [1-9]\d* \(`, 72),
    rule('snyk', raw `Tested \d+ dependencies for known issues, found [1-9]`, 78),
    rule('grype-threshold', raw `discovered vulnerabilities at or above the severity threshold`, 82),
    rule('osv-ghsa', raw `\bGHSA(?:-[0-9a-z]{4}){3}\b.{0,200}\b(?:high|critical)\b`, 60, { flags: 'i' }),
    // Bandit's `>> Issue: [B602:…]` (a pasted log's quote marks may have taken the first `>`).
    rule('bandit-issue', raw `^>?>? ?Issue: \[B\d{3}:`, 72),
    rule('brakeman-warnings', raw `^(?:== Warnings ==|Security Warnings: [1-9]\d*)$`, 72),
    rule('snyk-vulnerability', raw `^\s*✗ (?:Low|Medium|High|Critical) severity vulnerability found in \S`, 84),
    // Static and infrastructure scanners: gosec, checkov, tfsec, semgrep.
    rule('gosec-issue', raw `^\[\S+:\d+\] - G\d{3} \(CWE-\d+\): `, 80),
    rule('checkov-failed', raw `^\s*FAILED for resource: \S`, 78),
    rule('checkov-summary', raw `Failed checks: [1-9]\d*\b`, 70),
    rule('tfsec-result', raw `^Result #\d+ (?:CRITICAL|HIGH|MEDIUM|LOW) \S`, 74),
    rule('tfsec-summary', raw `\b[1-9]\d* potential problem\(s\) detected`, 74),
    rule('semgrep-findings', raw `Ran \d+ rules? on \d+ files?: [1-9]\d* findings?|(?<![Nn]o )\bblocking findings\b|findings for blocking rules`, 74),
    // sobelow's finding header (`SQL injection - High Confidence`, `Missing Content-Security-Policy - High Confidence`).
    rule('sobelow-finding', raw `^[A-Z][\w .:'/-]{2,100} - (?:High|Medium|Low) Confidence$`, 76)
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
    rule('license-not-allowed', raw `\blicen[cs]e\b.{0,80}\bnot (?:allowed|permitted|approved)`, 70, { flags: 'i' }),
    rule('spotless-license-header', raw `Step 'licenseHeader' found problem in`, 80),
    rule('pip-licenses-fail-on', raw `\bfail-on license .{1,200} was found for package\b`, 80)
];
const timeout = [
    rule('gha-job-timeout', raw `has exceeded the maximum execution time of \d+ minutes`, 95),
    // A test run's own time limit, on a whole test program (go test -timeout, a ctest test, a
    // bazel test target, a surefire fork): the run was stopped, not a test's check failed. One
    // test case over its own limit is a failed test (PAT-002).
    rule('go-test-timeout', raw `^panic: test timed out after \d`, 86),
    rule('ctest-timeout', raw `\*{3}Timeout\b`, 86),
    rule('bazel-test-timeout', raw `\bTIMEOUT in (?:\d+ out of \d+ in )?[\d.]+s\b`, 86),
    rule('surefire-fork-timeout', raw `There was a timeout (?:or other error )?in the fork`, 86),
    rule('circleci-no-output', raw `Too long with no output \(exceeded [\dhms.]+\)`, 95),
    rule('gha-step-timeout', raw `^The action has timed out\.$`, 95, { context: { level: ['error'] } }),
    rule('azure-job-timeout', raw `ran longer than the maximum time of \d+ minutes`, 95),
    rule('travis-no-output', raw `No output has been received in the last \d+m`, 95),
    rule('travis-time-limit', raw `exceeded the maximum time limit for jobs`, 95),
    rule('jenkins-build-timeout', raw `Build timed out \(after \d+ minutes?\)`, 95),
    rule('jenkins-timeout-step', raw `Cancelling nested steps due to timeout|^Timeout has been exceeded$`, 92),
    rule('gitlab-timeout', raw `execution took longer than \S+ seconds`, 95),
    rule('exit-124', raw `(?:exited with|exit code|exit status|status \()\s*124\b`, 86),
    rule('kubernetes-progress-deadline', raw `\bexceeded its progress deadline\b`, 86),
    rule('gha-cancelled', raw `^The operation was canceled\.$`, 48, { context: { level: ['error'] } })
];
const dependency = [
    // make's own words for a recipe's program that does not exist.
    rule('command-not-found', raw `: command not found\b|^\S+: \d+: \S+: not found$|^make(?:\[\d+\])?: \S+: (?:No such file or directory|Command not found)$`, 64),
    // uv's and pip's resolver and build errors (a dependency that cannot be resolved or built).
    rule('python-resolver-failed', raw `^\s*× No solution found when resolving dependencies|^\s*× (?:Getting requirements to build wheel|Building wheel for \S+|Preparing metadata \S+|pip subprocess to install build dependencies) .{0,40}did not run successfully`, 80),
    rule('program-not-installed', raw `^The program '\S+' is currently not installed`, 74),
    rule('is-not-recognized', raw `is not recognized as (?:an internal or external command|the name of a cmdlet)`, 70),
    rule('npm-e404', raw `^npm (?:ERR!|error) (?:code E404|404 Not Found|404 '\S+' is not in)`, 80),
    rule('npm-404-pkg', raw `^npm (?:ERR!|error) 404 .{0,200}(?:Not found|could not be found)`, 80, { flags: 'i' }),
    rule('npm-eresolve', raw `^npm (?:ERR!|error) (?:code ERESOLVE|ERESOLVE)`, 80),
    rule('npm-ci-lockfile', raw `npm ci\x60? (?:command )?can only install with an existing package-lock\.json`, 80),
    rule('npm-ci-out-of-sync', raw `\x60npm ci\x60 can only install packages when your package\.json and package-lock\.json`, 80),
    rule('node-cannot-find-module', raw `(?:Error: |\[ERR_MODULE_NOT_FOUND\]: )?Cannot find (?:module|package) '[^']+'`, 70),
    // A missing package explains the test suites that fail to load it.
    rule('node-cannot-find-package', raw `Cannot find (?:module|package) '(?![./])[^']+'`, 84),
    rule('bundler-cannot-resolve-package', 
    // Not a host name (`Could not resolve 'archive.ubuntu.com'` is apt's DNS failure).
    raw `(?:Can't resolve|Could not resolve|failed to resolve import) ['"](?![./])(?![a-z\d-]{1,63}\.[a-z\d-]{1,63}\.[a-z\d.-]{1,200}['"])[^'"]+['"]`, 76),
    // NuGet's restore errors: NU10xx–NU12xx (not found, conflicts, locked mode), NU14xx (a
    // package's content hash or signature), NU16xx (downgrades); `error NU…`, `error(NU…` of a
    // task's message, or the code opening the line. NU13xx is a feed that cannot be reached.
    rule('nuget-restore', raw `(?:\berror[ (]|^)NU1(?:[0-2]\d\d|4\d\d|60\d): `, 82),
    // vcpkg's manifest mode cannot pin its ports: the baseline commit is not in the vcpkg clone,
    // a version is not in its version database, or the manifest names no baseline; CMake's
    // toolchain then reports the install as failed.
    rule('vcpkg-versions', raw `\b[Ee]rror: (?:while (?:checking out|loading) baseline\b|no version database entry for \S+ at |Couldn't find the versions database file|the dependency \S+ does not exist in the version database|this vcpkg instance requires a manifest with a specified baseline)|^-- Running vcpkg install - failed$`, 82),
    rule('ts-cannot-find-module', raw `Cannot find module '[^']+' or its corresponding type declarations`, 70),
    // A missing module explains the test and import failures that follow it.
    rule('python-no-module', raw `(?:ModuleNotFoundError|ImportError): No module named`, 84),
    rule('python-cannot-import-name', raw `^ImportError: cannot import name '`, 66),
    rule('perl-cannot-locate', raw `Can't locate \S+\.pm in @INC`, 76),
    rule('jvm-class-not-found', raw `\bjava\.lang\.(?:NoClassDefFoundError|ClassNotFoundException): `, 62),
    rule('cmake-find-package-call', raw `^CMake Error at \S+:\d+ \(find_package\):`, 76),
    rule('pip-no-version', raw `(?:Could not find a version that satisfies the requirement|No matching distribution found for)`, 80),
    rule('pip-resolution', raw `ResolutionImpossible|Cannot install .* because these package versions have conflicting dependencies`, 78),
    rule('cargo-no-package', raw `^error: no matching package named`, 80),
    rule('cargo-lock-out-of-date', raw `^error: (?:cannot update the lock file \S*Cargo\.lock|the lock file \S*Cargo\.lock needs to be updated but) .{0,40}--(?:locked|frozen) was passed`, 82),
    rule('pnpm-outdated-lockfile', raw `ERR_PNPM_OUTDATED_LOCKFILE|Cannot install with "frozen-lockfile" because pnpm-lock\.yaml is not up to date`, 80),
    rule('yarn-frozen-lockfile', raw `Your lockfile needs to be updated, but yarn was run with \x60--frozen-lockfile\x60`, 80),
    rule('cargo-select-version', raw `failed to select a version for`, 78),
    rule('could-not-resolve-deps', raw `Could not resolve dependencies\b`, 72),
    rule('ghc-module-missing', raw `Could not (?:find|load) module [‘'\x60]`, 74),
    rule('mix-unchecked-deps', raw `Unchecked dependencies for environment`, 76),
    rule('maven-plugin-resolve', raw `Plugin \S+ or one of its dependencies could not be resolved`, 72),
    // The enforcer plugin prints each failed rule as a warning, then fails the goal.
    rule('maven-enforcer-rule', raw `^\[WARNING\] Rule \d+: \S+ failed with message`, 74, { warningsCount: true }),
    rule('maven-enforcer-goal', raw `Some Enforcer rules have failed`, 50),
    rule('artifact-not-found', raw `Could not find artifact \S+`, 68),
    rule('gradle-resolve', raw `Could not resolve all (?:files|dependencies|artifacts) for configuration`, 74),
    rule('sbt-unresolved', raw `unresolved dependency: \S+`, 74),
    rule('go-module-missing', raw `missing go\.sum entry|^go: \S+@\S+: (?:unknown revision|invalid version|reading \S+: 404)|no required module provides package|cannot find module providing package|\bfound(?: \(\S+\))?, but does not contain package`, 76),
    rule('jvm-class-version', raw `UnsupportedClassVersionError|has been compiled by a more recent version of the Java Runtime`, 70),
    rule('cmake-find-package', raw `^CMake Error at \S*Find\w*\.cmake`, 76),
    rule('cmake-could-not-find', raw `^\s+Could NOT find \w+`, 72, { context: { after: raw `^CMake Error`, within: 3 } }),
    rule('pkg-config', raw `Package \S+ was not found in the pkg-config search path`, 74),
    rule('cocoapods-incompatible', raw `could not find compatible versions for pod`, 80, { flags: 'i' }),
    rule('cocoapods-error', raw `^\[!\] (?:Unable to (?:find a specification|satisfy the following requirements)|No podspec found for|Error installing \S)|^(?:\[!\] )?The \x60[\w-]+\x60 repo requires CocoaPods`, 76),
    rule('conda-not-found', raw `PackagesNotFoundError: `, 80),
    rule('r-package-missing', raw `Packages? required but not available`, 80),
    rule('composer-unresolvable', raw `Your requirements could not be resolved to an installable set of packages`, 80),
    rule('composer-lock-outdated', raw `lock file is not up to date with the latest changes in composer\.json|Your lock file does not contain a compatible set of packages`, 80),
    // A gem that needs another Ruby (`Gem::InstallError: rake requires Ruby version >= 2.2.`,
    // gem install's `celluloid requires Ruby version >= 1.9.2.`), and Bundler giving up on it.
    rule('gem-requires-ruby', raw `\b[\w.-]+ requires Ruby version [<>=~]|\band Bundler cannot continue\b`, 80),
    // Lock files and recorded checksums a build may not change: Gradle's dependency verification
    // (`Dependency verification failed for configuration ':app:classpath'`, `checksum is missing
    // from verification metadata`, `expected a 'sha256' checksum of …`), pub's --enforce-lockfile
    // (`Would change 5 dependencies.`, `Could not enforce the lockfile.`).
    rule('gradle-dependency-verification', raw `\bDependency verification failed for configuration\b|\bchecksum is missing from verification metadata\b|\b\d+ artifacts? failed verification\b`, 84),
    rule('pub-enforce-lockfile', raw `\bWould change \d+ dependenc(?:y|ies)\b|\bCould not enforce the lockfile\b`, 82),
    rule('poetry-lock-outdated', raw `changed significantly since poetry\.lock was last generated|poetry\.lock is not consistent with pyproject\.toml`, 82),
    rule('go-mod-needs-update', raw `^go: (?:updates to go\.(?:mod|sum) needed|inconsistent vendoring)`, 80),
    // Bundler wraps this message after "changing".
    rule('bundler-frozen', raw `You are trying to install in deployment mode after changing|the lockfile can't be updated because frozen mode is set`, 80),
    rule('bundler-not-found', raw `Could not find gem '|Bundler could not find compatible versions`, 78),
    rule('apt-unable-locate', raw `^E: (?:Unable to locate package|Package '\S+' has no installation candidate)`, 76),
    rule('yarn-not-found', raw `^error (?:An unexpected error occurred: "\S+: Not found"|Couldn't find package)`, 78),
    rule('peer-dependency-conflict', raw `(?:conflicting peer dependency|Could not resolve dependency:)`, 72),
    rule('node-engine', raw `The engine "\w+" is incompatible with this module|\bcode EBADENGINE\b|Unsupported engine for`, 80),
    // A browser a test framework drives was not installed (playwright install, puppeteer).
    rule('browser-missing', raw `Executable doesn't exist at \S|Could not find (?:Chrome|Chromium|Firefox) \(|Please run the following command to download new browsers`, 86),
    rule('lockfile-frozen-other', raw `Dependency lock state for configuration '\S+' is out of date|cannot write modified lock file of flake|There were changes to the lockfile in deployment mode|Your mix\.lock is out of date|The lockfile is not up to date with pubspec\.yaml|The lockfile at \x60?uv\.lock\x60? needs to be updated|Package\.resolved file is out-of-date`, 80),
    // A provider package whose checksum is not the one .terraform.lock.hcl recorded.
    rule('terraform-lock-checksum', raw `(?:doesn't|does not) match any of the checksums (?:previously )?recorded in the dependency lock file`, 80),
    // A tox environment whose Python is not installed; helm charts whose dependencies were not fetched.
    rule('tox-interpreter-missing', raw `InterpreterNotFound: |could not find python interpreter with spec`, 80),
    rule('helm-missing-dependencies', raw `chart directory is missing these dependencies`, 82, { warningsCount: true }),
    rule('pip-hash-mismatch', raw `DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE`, 78),
    rule('dotnet-sdk', raw `\berror NETSDK1(?:045|004|141)\b|A compatible \.NET SDK (?:was not found|version for global\.json)|does not support targeting \.NET`, 78),
    // cabal's solver: the conflict it could not get past.
    rule('cabal-solver-failed', raw `^(?:\[__\d+\] )?fail \(backjumping, conflict set: |^After searching the rest of the dependency tree exhaustively`, 80),
    rule('linker-missing', raw `^error: linker \x60\S+\x60 not found`, 80),
    rule('rust-toolchain-too-old', raw `requires rustc [\d.]+ or newer`, 80),
    // A module error of the go command (`go: module@version: …`); a network error in it is PAT-008's.
    rule('go-module-error', raw `^go: (?:downloading )?\S+@\S+: `, 70),
    // A setup action asked to cache dependencies of a repository that has no lock file.
    rule('setup-action-lockfile-missing', raw `^Dependencies lock file is not found in \S`, 78),
    // An action of the workflow that cannot be fetched or is no longer allowed.
    rule('gha-action-unavailable', raw `Unable to resolve action \x60|Can't find 'action\.yml', 'action\.yaml' or 'Dockerfile'|uses a deprecated version of \x60`, 78)
];
const lint = [
    rule('clippy-deny-note', raw `^\s*= note: \x60(?:-D|#\[deny\()`, 86, {
        evidence: 'context',
        context: { after: raw `^(?:error|warning)(?:\[\w+\])?: `, within: 12 },
        warningsCount: true
    }),
    rule('clippy-help-link', raw `^\s*= help: for further information visit https://rust-lang\.github\.io/rust-clippy`, 84, { evidence: 'context', context: { after: raw `^error(?:\[\w+\])?: `, within: 20 }, warningsCount: true }),
    rule('rustfmt-diff', raw `^Diff in \S+`, 86),
    rule('eslint-stylish', raw `^\s+\d+:\d+\s+(?:error|✖)\s+.+\s{2}[@\w/-]+$`, 78),
    rule('eslint-problems', raw `^✖ \d+ problems? \([1-9]\d* errors?`, 74),
    rule('eslint-compact', raw `^\S+: line \d+, col \d+, (?:Error|Warning) - `, 78, { warningsCount: true }),
    rule('eslint-unix-rule', raw `^\S+\.(?:[cm]?[jt]sx?|vue):\d+(?::\d+)?:? .+\((?:@?[\w-]+/)?[\w-]+\)$`, 76),
    rule('prettier-check', raw `Code style issues (?:found|were found) in`, 82, { warningsCount: true }),
    rule('prettier-forgot', raw `Forgot to run Prettier\?`, 80),
    rule('black', raw `^would reformat \S+`, 82),
    rule('isort', raw `^ERROR: \S+ Imports are incorrectly sorted`, 80),
    rule('flake8', raw `^\S+\.py:\d+:\d+: [EWFCNB]\d{3} `, 78, { warningsCount: true }),
    rule('pylint', raw `^\S+\.py:\d+:\d+: [CRWEF]\d{4}: `, 76, { warningsCount: true }),
    rule('ruff', raw `^\S+\.py:\d+:\d+: [A-Z]{1,3}\d{3,4} `, 76, { warningsCount: true }),
    // ruff on a notebook names the cell: `docs/a.ipynb:cell 2:1:1: F403 …`.
    rule('ruff-notebook-cell', raw `^\S+\.ipynb:cell \d+:\d+:\d+: [A-Z]{1,3}\d{3,4} `, 76, { warningsCount: true }),
    // Python's type checkers run as checks of the code, as a linter is.
    rule('mypy', raw `^\S+\.pyi?:\d+(?::\d+)?: error: `, 78),
    rule('mypy-summary', raw `^Found [1-9]\d* errors? in \d+ files? \(checked \d+ source files?\)`, 72),
    rule('pyright', raw `^\s*\S+\.pyi?:\d+:\d+ - error: `, 78),
    rule('biome', raw `^\S+?(?::\d+:\d+)? (?:lint/\w+/\w+|format|organizeImports|assist/\w+/\w+) (?:FIXABLE )?━`, 80),
    // dart analyze and flutter analyze: `info • message • lib/a.dart:3:7 • rule_name` (either order).
    rule('dart-analyze', raw `^\s*(?:error|warning|info|lint) • (?:.{1,300} • \S+:\d+:\d+|\S+:\d+:\d+ • .{1,300}) • [a-z][a-z\d_]{2,80}$`, 78, { warningsCount: true }),
    rule('dart-issues-found', raw `^[1-9]\d* issues? found\.`, 70),
    rule('swiftformat', raw `^\S+\.swift:\d+:\d+: (?:error|warning): \([a-zA-Z]+\) `, 84),
    rule('rubocop-offenses', raw `^Offenses:$`, 76),
    rule('rubocop-line', raw `^\S+\.rb:\d+:\d+: [CWEF]: `, 76, { warningsCount: true }),
    rule('rubocop-summary', raw `\b\d+ files? inspected, [1-9]\d* offenses? detected`, 72),
    rule('mix-format', raw `mix format failed due to --check-formatted`, 86),
    rule('gofmt-list', raw `^(?:gofmt|goimports) needs? (?:to be run|running)`, 78),
    rule('go-linter-suffix', raw `^\S+\.go:\d+:\d+: .+\((?!compile\))[a-z][\w-]*\)$`, 78),
    // Also as pasted into prose: indented, or emphasised (`_a.go:61:2: … (SA4006)_`).
    rule('staticcheck-code', raw `^[ \t]{0,8}[_*]{0,2}\S+\.go:\d+:\d+: .+\((?:SA|S|ST|QF|U)\d{4}\)[_*]{0,2}$`, 86),
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
    rule('android-lint', raw `Lint found (?:fatal )?errors (?:in the project|while assembling)`, 78),
    rule('spotless', raw `The following files had format violations`, 80),
    rule('detekt', raw `^Build failed with \d+ weighted issues?`, 80),
    rule('shellcheck', raw `^In \S+ line \d+:$`, 72),
    rule('phpstan-table', raw `^\s*Line\s+\S+\.php\s*$`, 74),
    rule('phpstan-found', raw `^(?:Error: )?\s*\[ERROR\] Found \d+ errors?\s*$`, 72),
    // Psalm's summary in its dashed box (`------` / `129 errors found` / `------`).
    rule('psalm-errors-found', raw `^[1-9]\d* errors? found$`, 62, { context: { after: raw `^-{20,}$`, within: 1 } }),
    rule('phpcs', raw `^FOUND \d+ ERRORS? (?:AND \d+ WARNINGS? )?AFFECTING \d+ LINES?`, 76),
    // phpcs --report=summary: a table of counts per file, then the total.
    rule('phpcs-summary-total', raw `^A TOTAL OF [1-9]\d* ERRORS? AND \d+ WARNINGS? WERE FOUND IN \d+ FILES?`, 74),
    // actionlint: `file.yml:line:col: message [kind]` (shellcheck's findings in run blocks too).
    rule('actionlint', raw `^\S+\.ya?ml:\d+:\d+: .+ \[[a-z][\w-]*\]$`, 78),
    // yamllint: `  3:81  error  line too long (86 > 80 characters)  (line-length)` under the file,
    // or `file.yml:3:81: [error] … (line-length)` with --format parsable.
    rule('yamllint', raw `^(?:\S+\.ya?ml:\d+:\d+: \[(?:error|warning)\] |\s+\d+:\d+\s+(?:error|warning)\s+).+\s\([a-z][\w-]*\)$`, 76, {
        warningsCount: true
    }),
    rule('clang-format', raw `code should be clang-formatted|clang-format.{0,40}(?:violation|would reformat)`, 89),
    rule('clang-tidy-check', raw `^\S+:\d+:\d+: (?:error|warning): .+ \[(?:abseil|android|boost|bugprone|cert|clang-analyzer|clang-diagnostic|concurrency|cppcoreguidelines|darwin|fuchsia|google|hicpp|linuxkernel|llvm|llvmlibc|misc|modernize|mpi|objc|openmp|performance|portability|readability|zircon)-[\w.,-]+\]$`, 89, { warningsCount: true }),
    rule('eslint-max-warnings', raw `ESLint found too many warnings`, 78),
    rule('php-cs-fixer-file', raw `^\s*\d+\) \S+\.php \([a-z_, ]+\)$`, 80),
    rule('php-cs-fixer-summary', raw `^Found [1-9]\d* of \d+ files? that can be fixed`, 72),
    rule('swiftlint-violation', raw `^\S+\.swift:\d+(?::\d+)?: (?:error|warning): [\w ]{1,80} Violation: .+\(\w+\)$`, 89, {
        warningsCount: true
    }),
    rule('swiftlint', raw `^\S+\.swift:\d+:\d+: (?:error|warning): .+\(\w+\)$`, 76, { warningsCount: true }),
    rule('ktlint', raw `^\S+\.kts?:\d+:\d+: .+\((?:[\w-]+:)?[\w-]+\)$`, 72),
    rule('ktlint-plain', raw `^\S+\.kts?:\d+:\d+: (?!error\b|warning\b|info\b)[A-Z][a-z]`, 68),
    // oxlint and other miette-style linters: `  × eslint(no-unused-vars): Variable 'x' is declared but never used.`
    rule('cross-plugin-rule', raw `^\s*[×⚠!] [\w-]+(?:\/[\w-]+)?\([\w/-]+\): \S`, 80),
    rule('markdownlint', raw `^(?:Error: )?\S+\.md:\d+(?::\d+)? MD\d{3}`, 74),
    // hlint's hints: `src/A.hs:26:13-109: Warning: Use print` (or Error, Suggestion; a span as
    // `(91,30)-(92,59)`), then `Found:` and `Perhaps:` / `Why not:`. The `Found` line tells it
    // from GHC's own messages; the hint's line is the one to quote.
    rule('hlint-hint', raw `^Found:?$`, 80, {
        evidence: 'context',
        warningsCount: true,
        context: {
            after: raw `^\S+\.l?hs:(?:\d+:\d+(?:-\d+)?|\(\d+,\d+\)-\(\d+,\d+\)): (?:Warning|Error|Suggestion): \S`,
            within: 2
        }
    }),
    // sqlfluff's report under `== [file.sql] FAIL`: `L:   3 | P:  21 | LT01 | message`.
    rule('sqlfluff-violation', raw `^L:\s*\d+ [|] P:\s*\d+ [|] +[A-Z]{2,4}\d{0,3} [|] \S`, 80),
    // The typos spell checker, in a compiler's error form: error: `teh` should be `the`.
    rule('typos-should-be', raw `^error: \x60[^\x60]{1,100}\x60 should be \x60`, 85),
    // ansible-lint: `rule[tag]: message` (or `[E306] message` before v5), then `file.yml:12 …`;
    // its summary counts failures.
    rule('ansible-lint-location', raw `^\S+\.ya?ml:\d+(?::\d+)?(?: |$)`, 76, {
        evidence: 'context',
        context: { after: raw `^(?:[a-z][a-z\d-]{1,40}(?:\[[\w-]{1,40}\])?|\[E?\d{3,4}\]): \S|^\[E?\d{3,4}\] \S`, within: 1 }
    }),
    rule('ansible-lint-summary', raw `^(?:Finished with|Failed(?: after [\d.]+s)?:) [1-9]\d* failure\(s\), \d+ warning\(s\)|Listing [1-9]\d* violation\(s\) that are fatal`, 74),
    // Policy and schema checks of configuration: conftest's deny rules, kubeconform and kubeval.
    rule('conftest-policy-fail', raw `^FAIL - (?!\S+_test\.rego - )\S+ - [\w.-]+ - \S`, 80),
    rule('kube-schema-invalid', raw `^(?:ERR +- )?\S+ - \S+ \S* ?is invalid: |^Summary: \d+ resources? found .{0,80} Invalid: [1-9]|"status": "statusInvalid"`, 76),
    // ruff's and ty's full diagnostics: `F401 [*] `os` imported but unused`, then ` --> a.py:1:8`.
    rule('python-diagnostic-arrow', raw `^\s*--> \S+\.(?:py|pyi|ipynb)(?::cell \d+)?:\d+:\d+$`, 78, {
        evidence: 'context',
        context: {
            after: raw `^(?:[A-Z]{1,4}\d{3,4}(?: \[\*\])? \S|(?:error|warning)\[[\w-]+\]: \S|[a-z][a-z-]{2,40}: \S)`,
            within: 1
        }
    }),
    // Link checkers (lychee, markdown-link-check): a dead link is the docs' fault; a server
    // error or an unreachable host is the network's (PAT-008).
    rule('link-check-dead', raw `^\s*(?:[*✗✘×-] )?\[(?:404|410)\] \[?<?https?://|^\s*\[✖\] \S+ → Status: (?:404|410)|\bERROR: [1-9]\d* dead links? found`, 80),
    // helm lint's finding under the chart it lints (`==> Linting ./chart`, then `[ERROR] templates/:
    // parse error at …`, `[ERROR] Chart.yaml: chart type is not valid in apiVersion 'v1'`).
    rule('helm-lint-error', raw `^\[ERROR\] [\w./-]{1,200}: \S`, 78, {
        context: { after: raw `^==> Linting \S`, within: 50 }
    }),
    rule('stale-generated-files', raw `\b(?:is|are) not up[- ]to[- ]date\b.{0,80}\b[Rr]un\b`, 60),
    // Bounded, narrow gaps only: an open `\S*` before `.{0,80}` costs cubic time on `lint"lint"…`.
    rule('lint-script-failed', raw `(?<!\.)\blint[\w:-]{0,30}\b(?!\.\w+\.).{0,80}(?<!\b0 [\w()]{1,20} )\bfail(?:ed|ure|s)?\b|\bfail(?:ed|ure)?\b.{0,80}(?<!\.)\blint(?![\w:-]{0,30}\.\w+\.)`, 55, {
        flags: 'i',
        context: { level: ['error', 'none'] }
    })
];
const infrastructure = [
    // BuildKit's remote layer cache (the GitHub Actions backend, a registry) lost a blob it had
    // listed: the cache service failed, not the build; a rerun passes.
    rule('buildkit-cache-blob-missing', raw `failed to compute cache key: blob not found`, 70),
    rule('disk-full', raw `No space left on device|\bENOSPC\b|There is not enough space on the disk|disk quota exceeded`, 95, { flags: 'i' }),
    rule('out-of-memory', raw `(?:Cannot allocate memory|JavaScript heap out of memory|java\.lang\.OutOfMemoryError|The runner has run out of memory|Killed signal terminated program|internal compiler error: Killed \(program \w+\))`, 80),
    rule('runner-lost', raw `(?:lost communication with the server|The runner has received a shutdown signal|hudson\.remoting\.(?:Channel\$OrderlyShutdown|ChannelClosedException|RequestAbortedException)|Agent went offline|Remote call on \S+ failed|The self-hosted runner: \S+ lost|The hosted runner encountered an error while running your job|Exited with status -1 \(agent lost\))`, 92),
    // GitHub never started the job: no runner with its labels came online, or the account's
    // billing stopped hosted runners.
    rule('gha-job-not-started', raw `This request was automatically failed because there were no enabled runners online|The job was not started because (?:recent account payments have failed|your account is locked)`, 90),
    // Another run holds the Terraform state: the job can simply run again once it is released.
    rule('terraform-state-locked', raw `^(?:│ )?Error: Error acquiring the state lock`, 80),
    rule('connection-reset', raw `(?:connection reset by peer|\bECONNRESET\b|Connection reset)`, 78, { flags: 'i' }),
    rule('tls-timeout', raw `TLS handshake timeout|SSL_ERROR_SYSCALL|Received fatal alert|handshake_failure`, 78),
    rule('dns', raw `Could(?: not|n't) resolve host|Temporary failure in name resolution|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|Name or service not known|no such host|dial tcp: lookup \S+(?: on \S+)?: (?:server misbehaving|read udp|i/o timeout)`, 78),
    rule('http-5xx', raw `\b(?:500 Internal Server Error|502 Bad Gateway|503 Service Unavailable|504 Gateway Time-?out)\b|returned error: 5\d\d\b|status code:? 5\d\d\b|HTTP (?:status|code|error) 5\d\d\b`, 78, { flags: 'i' }),
    // `unexpected EOF` from a parser (helm's `parse error at (a.yaml:301): unexpected EOF`) is the input's.
    rule('empty-reply', raw `Empty reply from server|(?<!\b(?:parse|syntax) error\b.{0,300})unexpected EOF|early EOF|The remote end hung up unexpectedly`, 76),
    rule('connect-timeout', raw `\b(?:Connection timed out|connect timeout|Connect timeout|ETIMEDOUT|ESOCKETTIMEDOUT|Read timed out|i/o timeout|operation timed out)\b`, 74),
    rule('connect-failed', raw `Could not create connection to|Couldn't establish HTTP connection|Failed to connect to \S+ port \d+|unable to access '\S+': Failed to connect`, 78),
    rule('connection-refused', raw `\bConnection refused\b|\bECONNREFUSED\b`, 58),
    rule('rate-limited', raw `API rate limit exceeded|\b429 Too Many Requests\b|toomanyrequests:|secondary rate limit`, 80, { flags: 'i' }),
    rule('maven-transfer-network', raw `Could not transfer (?:artifact|metadata) .{0,300}(?:Transfer failed|Connect(?:ion)? (?:to|timed|refused|reset)|status code: 5\d\d|\b50[234]\b|Remote host terminated)`, 78),
    rule('jenkins-clone-failed', raw `^ERROR: Error (?:cloning|fetching) remote repo`, 70),
    rule('exit-137', raw `(?:exited with|exit code|exit status|status \()\s*137\b`, 70),
    // SIGTERM (143) on a CI runner: the runner or its host stopped the process (resource
    // pressure, a shutdown); a time limit says so in its own words, which outweigh this.
    rule('exit-143', raw `(?:exited with|exit code|exit status|status \()\s*143\b`, 60),
    rule('hash-sum-mismatch', raw `Hash Sum mismatch`, 74),
    // A CI service stopping a container over its memory: Bitbucket's `Container 'Build' exceeded
    // memory limit.`, CircleCI's `Your build has exceeded the memory limit of 4G on 1 container.`
    rule('memory-limit-exceeded', raw `\bexceeded (?:its |the )?memory limit\b|\b[Mm]emory limit (?:exceeded|reached)\b`, 80),
    rule('ruby-fetch-error', raw `Gem::RemoteFetcher::(?:FetchError|UnknownHostError)|Bundler::HTTPError|Net::OpenTimeout`, 78),
    rule('pip-connection-broken', raw `after connection broken by '(?:NewConnectionError|ConnectTimeoutError|ReadTimeoutError|ProtocolError|SSLError)`, 89, { warningsCount: true }),
    rule('python-connection-pool', raw `(?:ReadTimeoutError|ConnectTimeoutError|NewConnectionError)\b.{0,20}HTTPS?ConnectionPool`, 78),
    rule('link-check-unreachable', raw `^\s*(?:[*✗✘×-] )?\[(?:5\d\d|ERROR|ERR|TIMEOUT)\] \[?<?https?://`, 60),
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

/***/ 69942:
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

/***/ 36284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ fingerprint)
/* harmony export */ });
/**
 * A line's fingerprint: a hash of its text with what differs between two runs of the same job
 * taken out — every run of digits counts as one `0` (timestamps, durations, counts, line
 * numbers, ports), a word of 7 or more hex digits with a digit in it counts as `H` (commit and
 * content hashes), case and runs of blanks do not count. Two lines with the same fingerprint say
 * the same thing; the locator counts repeats with it, and a passing run's fingerprints tell
 * which lines of a failed run are its everyday noise. One pass, no allocation.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const MAX_CHARS = 1024;
/** The fingerprint of `text` (a cleaned log line) under `seed`. */
function fingerprint(text, seed = FNV_OFFSET) {
    const start = seed >>> 0;
    let h = start;
    // The current word (letters and digits), hashed apart until we know whether it is a hash.
    let word = start;
    let wordLen = 0;
    let wordHex = true;
    let wordDigit = false;
    let inDigits = false;
    let blank = false;
    const end = Math.min(text.length, MAX_CHARS);
    // One loop and no closure: this runs on every evidence line of a log.
    for (let i = 0; i <= end; i++) {
        let c = i < end ? text.charCodeAt(i) : -1;
        if (c >= 0x41 && c <= 0x5a)
            c += 0x20;
        const digit = c >= 0x30 && c <= 0x39;
        if (digit || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80) {
            blank = false;
            wordLen++;
            if (digit) {
                wordDigit = true;
                if (inDigits)
                    continue;
                inDigits = true;
                word = Math.imul(word ^ 0x30, FNV_PRIME);
                continue;
            }
            inDigits = false;
            if (c > 0x66)
                wordHex = false;
            word = Math.imul(word ^ c, FNV_PRIME);
            continue;
        }
        inDigits = false;
        // The word ends here: a hash-like word counts as `H`, any other as itself.
        if (wordLen > 0) {
            h = Math.imul(h ^ (wordHex && wordDigit && wordLen >= 7 ? 0x48 : word), FNV_PRIME);
            word = start;
            wordLen = 0;
            wordHex = true;
            wordDigit = false;
        }
        if (c < 0)
            break;
        if (c === 0x20 || c === 0x09) {
            if (blank)
                continue;
            blank = true;
        }
        else
            blank = false;
        h = Math.imul(h ^ c, FNV_PRIME);
    }
    return h >>> 0;
}


/***/ }),

/***/ 6781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ ByteSplitter),
/* harmony export */   T9: () => (/* binding */ FILTERED_CUT),
/* harmony export */   fd: () => (/* binding */ FILTERED_ESCAPES),
/* harmony export */   g3: () => (/* binding */ LineSplitter),
/* harmony export */   q: () => (/* binding */ MAX_RAW_BYTES),
/* harmony export */   q2: () => (/* binding */ FILTERED_HIT)
/* harmony export */ });
/* unused harmony exports RangeSplitter, FILTERED_CLEAN */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _literal_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27469);
/* harmony import */ var _log_line_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42048);



/** Bytes decoded at a time: at most 32 KiB of UTF-16, well under V8's large-object size. */
const DECODE_BYTES = 16 * 1024;
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
            const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
            // Decoded a piece at a time: a string of more than 128 KiB is a large V8 object, each
            // one mapped and unmapped on its own, which makes decoding a big chunk whole many times
            // slower than decoding it in pieces. The decoder carries a sequence cut between pieces.
            for (let at = 0; at < buf.length; at += DECODE_BYTES) {
                this.scan(this.decoder.write(buf.subarray(at, Math.min(buf.length, at + DECODE_BYTES))));
            }
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
/** What the line filter says of a segment: none of its literals occurs in it. */
const FILTERED_CLEAN = 0;
/** Some literal of the filter occurs in the segment. */
const FILTERED_HIT = 1;
/** The segment was cut by a chunk boundary: the filter did not read it whole. */
const FILTERED_CUT = 2;
/**
 * A bit added to FILTERED_CLEAN or FILTERED_HIT: the segment holds ANSI escapes. A scanner
 * with escapes steps over each sequence as stripAnsiBytes takes it off, so that what the
 * filter says and the literals it finds are those of the text without them; an OSC sequence,
 * or one that stripAnsiBytes cannot take off over bytes, is scanned as text and makes the
 * segment FILTERED_HIT.
 */
const FILTERED_ESCAPES = 4;
/** Bytes of a cut segment kept: enough for MAX_RAW_CHARS UTF-16 units whatever the text. */
const MAX_RAW_BYTES = 3 * _log_line_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RAW_CHARS */ .IG + 4;
/** Bytes scanned before their segments are handed over: bounds the lists of segment ends and literals found. */
const WINDOW = 64 * 1024;
/**
 * The RangeSplitter's segments and line count, over bytes: chunks are never decoded here. One
 * pass of the literal automaton (LiteralIndex.lineScanner) over each chunk finds the
 * separators, tells which segments hold a literal that counts, so the sink can leave the
 * others undecoded, and keeps where literals ended, so the sink need not scan a segment again.
 * Memory is bounded as in RangeSplitter: at most MAX_RAW_BYTES of a segment cut by a chunk
 * boundary.
 */
class ByteSplitter {
    scanner;
    sink;
    ends = new Int32Array(WINDOW);
    kinds = new Uint8Array(WINDOW);
    begins = new Int32Array(WINDOW);
    foundEnds = new Int32Array(WINDOW);
    /** The literals found in the current window, in order (at most one state per byte). */
    found = { at: new Int32Array(WINDOW), row: new Int32Array(WINDOW) };
    partial;
    partialLength = 0;
    line = 1;
    lineHasText = false;
    bytes = 0;
    constructor(scanner, sink) {
        this.scanner = scanner;
        this.sink = sink;
    }
    /** Feeds the next chunk; a string is read as its UTF-8 bytes. */
    push(chunk) {
        const buf = typeof chunk === 'string'
            ? Buffer.from(chunk, 'utf8')
            : Buffer.isBuffer(chunk)
                ? chunk
                : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        this.bytes += buf.length;
        const { next, table, counted, width, escapes } = this.scanner;
        const { ends, kinds, begins, foundEnds } = this;
        const foundAt = this.found.at;
        const foundRow = this.found.row;
        let start = 0;
        // A segment that started in an earlier chunk is read in full whatever the scan says of
        // it, so the scan starts each chunk afresh. A segment's runner timestamp is not scanned:
        // the text a reader reads starts after it.
        let row = 0;
        let kind = 0;
        let i = this.partialLength > 0 ? 0 : textStart(buf, 0);
        // Where the scan of the open segment started; -1 while it is one the sink reads in full.
        let scanFrom = this.partialLength > 0 ? -1 : i;
        while (i < buf.length) {
            const stop = Math.min(buf.length, i + WINDOW);
            // The literals found before this window are dropped: the open segment's are incomplete.
            const windowStart = i;
            let nFound = 0;
            // The hot loop: one table step per byte, a branch only where a literal, a segment or an
            // escape sequence ends.
            let count = 0;
            for (; i < stop; i++) {
                row = next[row + table[buf[i]]];
                if (row < 0) {
                    if (row === _literal_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SEPARATOR */ .wv) {
                        ends[count] = i;
                        kinds[count] = kind;
                        begins[count] = scanFrom < windowStart ? -1 : scanFrom;
                        foundEnds[count++] = nFound;
                        row = 0;
                        kind = 0;
                        // Past a timestamp the scan goes on where the text starts (perhaps in the next window).
                        i = textStart(buf, i + 1) - 1;
                        scanFrom = i + 1;
                    }
                    else if (row <= escapes) {
                        // The sequence is stepped over and the scan goes on in the row before it. An OSC
                        // sequence (which may hold any text) or one that stripAnsiBytes cannot take off
                        // is scanned as text, as the rest of the segment is, and makes it a candidate.
                        row = escapes - row;
                        const end = buf[i + 1] === 0x5d ? -1 : (0,_log_line_js__WEBPACK_IMPORTED_MODULE_1__/* .ansiSequenceEnd */ .EV)(buf, i, buf.length);
                        if (end < 0)
                            kind |= FILTERED_HIT | FILTERED_ESCAPES;
                        else {
                            kind |= FILTERED_ESCAPES;
                            i = end - 1;
                        }
                    }
                    else {
                        row = ~row;
                        foundAt[nFound] = i;
                        foundRow[nFound++] = row;
                        kind |= counted[row / width];
                    }
                }
            }
            let foundFrom = 0;
            for (let k = 0; k < count; k++) {
                const end = ends[k];
                const filtered = kinds[k];
                const foundTo = foundEnds[k];
                if (this.partialLength > 0) {
                    this.append(buf, start, end);
                    this.emitPartial();
                }
                else if (end > start) {
                    this.lineHasText = true;
                    this.sink(buf, start, end, this.line, filtered, begins[k], foundFrom, foundTo);
                }
                foundFrom = foundTo;
                if (buf[end] === 0x0a) {
                    this.line++;
                    this.lineHasText = false;
                }
                start = end + 1;
            }
        }
        this.append(buf, start, buf.length);
    }
    /** Flushes the last line; returns the line and byte counts. */
    end() {
        let lines = this.line - 1;
        if (this.partialLength > 0 || this.lineHasText) {
            this.emitPartial();
            lines = this.line;
        }
        return { lines, bytes: this.bytes };
    }
    append(buf, from, to) {
        const room = MAX_RAW_BYTES - this.partialLength;
        if (room <= 0 || from >= to)
            return;
        const n = Math.min(to - from, room);
        this.partial ??= Buffer.allocUnsafe(MAX_RAW_BYTES);
        buf.copy(this.partial, this.partialLength, from, from + n);
        this.partialLength += n;
    }
    emitPartial() {
        if (this.partialLength === 0)
            return;
        this.lineHasText = true;
        const n = this.partialLength;
        this.partialLength = 0;
        // The buffer is reused for the next cut segment: the sink reads it during the call only.
        this.sink(this.partial, 0, n, this.line, FILTERED_CUT, -1, 0, 0);
    }
}
/** Where the text of a segment starting at `at` starts: past a runner timestamp and the blank after it. */
function textStart(buf, at) {
    const ts = (0,_log_line_js__WEBPACK_IMPORTED_MODULE_1__/* .timestampEndOfBytes */ .Ij)(buf, at, buf.length);
    if (ts < 0)
        return at;
    return ts < buf.length && buf[ts] === 0x20 ? ts + 1 : ts;
}


/***/ }),

/***/ 27469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uk: () => (/* binding */ LiteralIndex),
/* harmony export */   wv: () => (/* binding */ SEPARATOR)
/* harmony export */ });
/* unused harmony export NO_ESCAPES */
/**
 * An Aho–Corasick automaton over the rules' required literals (see literal-hint.ts): one
 * left-to-right scan of a line tells which rules could match it, so the classifier runs only
 * those regexes. ASCII letters are folded to lower case as the literals are; other characters
 * are matched as they are. Building costs a step per character of the literals, and one copy
 * of a row (natively) per state.
 *
 * The scan runs over nearly every character of a log, so the table is kept small and the inner
 * loop to one lookup per character: characters that occur in no literal share one class (the
 * alphabet is the literals' few dozen characters, not all of ASCII), and each entry holds the
 * next state's row offset, negated (as ~offset) when that state ends a literal.
 */
/** See LiteralIndex.lineScanner: a line ended. */
const SEPARATOR = -1;
/** LineScanner.escapes when escapes are not stepped over: below every entry of any table. */
const NO_ESCAPES = -0x40000000;
const NONE = [];
class LiteralIndex {
    /**
     * Transition table: row offset (state * width) + class → next row offset, ~offset when that
     * state has outputs; the last two entries of each row are SEPARATOR and, for lineScanner's
     * escapes, the row's ESCAPE entry.
     */
    next;
    /** For each state, the rule ids whose literal ends there (including via failure links). */
    outputs;
    alphabet;
    /** Entries per row of `next`: the alphabet and the separator. */
    width;
    /** ASCII character code → class (0: in no literal); upper-case letters share their lower case's. */
    ascii = new Uint8Array(128);
    /** Character code → class for non-ASCII characters that occur in some literal. */
    wide = new Map();
    classes = 1;
    /** Rules with no literal: candidates for every line. */
    always;
    /** An index whose literals are matched as UTF-8 bytes, for `scanBytes`. */
    static forBytes(literals) {
        return new LiteralIndex(literals.map((l) => l?.map((x) => Buffer.from(x, 'utf8').toString('latin1'))));
    }
    /** `literals[i]` lists rule i's literals (lowercase), or undefined when it has none. */
    constructor(literals) {
        const always = [];
        // Classes first, so that the trie can be one dense table from the start.
        let chars = 0;
        for (let rule = 0; rule < literals.length; rule++) {
            const lits = literals[rule];
            if (!lits || lits.length === 0) {
                always.push(rule);
                continue;
            }
            for (const lit of lits) {
                for (let k = 0; k < lit.length; k++)
                    this.addClass(lit.charCodeAt(k));
                chars += lit.length;
            }
        }
        this.always = always;
        const alphabet = (this.alphabet = this.classes);
        // Each row has two more entries than the alphabet, for lineScanner: SEPARATOR and an escape.
        const width = (this.width = alphabet + 2);
        // The trie: trie[state * alphabet + class] is the child, 0 when there is none (the root is
        // no state's child), so the table needs no filling. Each state's children are also listed
        // (first child, next sibling, class), so that they are found without reading a whole row.
        const trie = new Int32Array((chars + 1) * alphabet);
        const firstChild = new Int32Array(chars + 1).fill(-1);
        const sibling = new Int32Array(chars + 1);
        const classIn = new Int32Array(chars + 1);
        const ends = [];
        let n = 1;
        for (let rule = 0; rule < literals.length; rule++) {
            for (const lit of literals[rule] ?? []) {
                let state = 0;
                for (let k = 0; k < lit.length; k++) {
                    const cls = this.classOf(lit.charCodeAt(k));
                    const at = state * alphabet + cls;
                    let to = trie[at];
                    if (to === 0) {
                        trie[at] = to = n++;
                        classIn[to] = cls;
                        sibling[to] = firstChild[state];
                        firstChild[state] = to;
                    }
                    state = to;
                }
                const own = (ends[state] ??= []);
                if (!own.includes(rule))
                    own.push(rule);
            }
        }
        // Breadth-first, inheriting outputs along failure links. A state's row is its failure
        // state's row (nearer the root, so resolved already), copied, with its own children written
        // over it; a child's failure state is where the failure state's row leads, and whether the
        // child has outputs is known when it is queued. Only the copies touch every entry.
        const fail = new Int32Array(n);
        const outputs = new Array(n).fill(undefined);
        const hasOutputs = new Uint8Array(n);
        const next = new Int32Array(n * width);
        const queue = new Int32Array(n);
        const rowOf = (to) => (hasOutputs[to] === 1 ? ~(to * width) : to * width);
        next[alphabet] = SEPARATOR;
        let tail = 0;
        for (let to = firstChild[0]; to >= 0; to = sibling[to]) {
            queue[tail++] = to;
            if (ends[to] !== undefined)
                hasOutputs[to] = 1;
            next[classIn[to]] = rowOf(to);
        }
        for (let head = 0; head < tail; head++) {
            const s = queue[head];
            const f = fail[s];
            const inherited = outputs[f];
            const own = ends[s];
            outputs[s] = !own ? inherited : inherited ? [...new Set([...own, ...inherited])] : own;
            const row = s * width;
            const failRow = f * width;
            next.copyWithin(row, failRow, failRow + width);
            for (let to = firstChild[s]; to >= 0; to = sibling[to]) {
                const cls = classIn[to];
                const v = next[failRow + cls];
                const g = (v < 0 ? ~v : v) / width;
                fail[to] = g;
                queue[tail++] = to;
                if (ends[to] !== undefined || hasOutputs[g] === 1)
                    hasOutputs[to] = 1;
                next[row + cls] = rowOf(to);
            }
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
        const { next, ascii, width } = this;
        let row = 0;
        for (let i = from; i < to; i++) {
            const c = text.charCodeAt(i);
            row = next[row + (c < 128 ? ascii[c] : (this.wide.get(c) ?? 0))];
            if (row < 0) {
                row = ~row;
                const out = this.outputs[row / width];
                for (let k = 0; k < out.length; k++)
                    hit(out[k]);
            }
        }
    }
    /**
     * `scan` over bytes: for an index built with `forBytes` (literals as their UTF-8 bytes),
     * reports the literals that occur in `buf[from, to)` (ASCII letters folded). No string is made.
     */
    scanBytes(buf, from, to, hit) {
        const { next, width } = this;
        const table = (this.bytes ??= this.byteTable());
        let row = 0;
        for (let i = from; i < to; i++) {
            row = next[row + table[buf[i]]];
            if (row < 0) {
                row = ~row;
                const out = this.outputs[row / width];
                for (let k = 0; k < out.length; k++)
                    hit(out[k]);
            }
        }
    }
    /**
     * The automaton as a scanner of lines over bytes (for an index built with `forBytes`): a
     * table walked one byte at a time over a whole chunk. `next[row + table[byte]]` is the next
     * row; ~row when that state ends some literals (`outputsAtRow(row)` lists their ids), or
     * SEPARATOR on `\n` and `\r`, which end a line (the row is 0 again). `counted[row / width]` says
     * whether one of the literals ending there has an id that `counts` accepts (all by default).
     * No literal may hold a separator, nor an escape when `escapes` is asked for.
     */
    lineScanner(options = {}) {
        const { alphabet, width, outputs, next } = this;
        const counts = options.counts ?? (() => true);
        const counted = new Uint8Array(outputs.length);
        for (let s = 0; s < outputs.length; s++)
            if (outputs[s]?.some(counts))
                counted[s] = 1;
        const table = Uint8Array.from((this.bytes ??= this.byteTable()));
        if (table[0x0a] !== 0 || table[0x0d] !== 0)
            throw new Error('LiteralIndex: a literal holds a line separator');
        table[0x0a] = table[0x0d] = alphabet;
        let escapes = NO_ESCAPES;
        if (options.escapes) {
            if (table[0x1b] !== 0)
                throw new Error('LiteralIndex: a literal holds an escape');
            table[0x1b] = alphabet + 1;
            // Below ~offset of every state and SEPARATOR. The column is read through this table only.
            escapes = -next.length - 2;
            for (let row = 0; row < next.length; row += width)
                next[row + alphabet + 1] = escapes - row;
        }
        return { next, table, counted, width, escapes };
    }
    /**
     * Per state (a row offset as lineScanner's `next` gives them, divided by its width), the
     * flags `flag` gives the ids whose literals end in that state, or-ed together (0 for a
     * state that ends none).
     */
    stateFlags(flag) {
        const { outputs } = this;
        const flags = new Uint8Array(outputs.length);
        for (let s = 0; s < outputs.length; s++) {
            const out = outputs[s];
            if (out)
                for (const id of out)
                    flags[s] |= flag(id);
        }
        return flags;
    }
    /** The ids whose literal ends in the state at row offset `row` (empty for none). */
    outputsAtRow(row) {
        return this.outputs[row / this.width] ?? NONE;
    }
    bytes;
    byteTable() {
        const t = new Uint8Array(256);
        for (let c = 0; c < 128; c++)
            t[c] = this.ascii[c];
        for (let c = 128; c < 256; c++)
            t[c] = this.wide.get(c) ?? 0;
        return t;
    }
    /** The class of a character that occurs in some literal (see addClass). */
    classOf(code) {
        if (code < 128)
            return this.ascii[code];
        return this.wide.get(code);
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


/***/ }),

/***/ 67100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iy: () => (/* binding */ LogClassifier),
  Hc: () => (/* binding */ classifyStream),
  oF: () => (/* binding */ classifyText)
});

// EXTERNAL MODULE: ./packages/core/src/diagnosis/catalogue.ts + 1 modules
var catalogue = __webpack_require__(93626);
;// CONCATENATED MODULE: ./packages/core/src/diagnosis/evidence-cues.ts
/**
 * The tool-agnostic vocabulary of the locator and the classifier. The catalogue's rules know
 * tools' formats; these cues know the words failures of a family are told in, whatever tool
 * tells them: a licence that is "not allowed", a lock file that is "out of date", a connection
 * "reset by peer", a step "cancelled". They weigh less than any tool rule (at most 60) and are
 * read only on lines the locator keeps as evidence.
 */
const cue = (id, pattern, regex, weight, flags = false) => {
    const f = typeof flags === 'boolean' ? (flags ? { alone: true } : {}) : flags;
    return { id, pattern, regex, weight, ...f };
};
/**
 * A monorepo task runner's report that a task of one of `names` (an alternation) failed: nx's
 * `Running target "test" failed` and `✖ nx run web:test`, turbo's `Failed:  web#test` and
 * `web:test: ERROR: …`, lerna's `lerna ERR! npm run test exited 1`. The task's name says what failed.
 */
function taskFailed(names) {
    return new RegExp(String.raw `\bRunning target "?(?:${names})(?::[\w-]{1,30})?"?(?: for .{1,120}?)? failed\b|✖\s{1,8}nx run [\w@/.-]{1,100}:(?:${names})\b|\bFailed:\s{1,20}[\w@/.-]{1,100}#(?:${names})\b|^[\w@/.-]{1,100}[:#](?:${names})(?::[\w-]{1,30})?: {1,4}(?:ERROR|Error|error|ELIFECYCLE)\b|\blerna ERR! .{0,40}\brun (?:${names})\b.{0,80}\bexited [1-9]`);
}
/** Grunt's and gulp's line for a failed task of one of `names` (`Task "karma:unit" failed`, `'mocha' errored after 2.1 s`). */
function gruntTaskFailed(names) {
    return new RegExp(String.raw `\bTask "(?:${names})(?::[\w-]{1,30})?" failed\b|'(?:${names})(?::[\w-]{1,30})?' errored after\b`);
}
const BUILD_TASKS = String.raw `build|compile|tsc|typecheck|type-check`;
const TEST_TASKS = String.raw `test|tests|e2e|spec|test:[\w-]{1,30}`;
const LINT_TASKS = String.raw `lint|format|fmt|prettier|eslint|stylelint|lint:[\w-]{1,30}`;
const GRUNT_TEST_TASKS = String.raw `test|tests|e2e|spec|karma|mocha|mochaTest|jasmine|qunit|nodeunit|jest|protractor`;
const GRUNT_LINT_TASKS = String.raw `lint|eslint|jshint|jscs|tslint|stylelint|csslint|htmlhint|sasslint|prettier|format|fmt`;
// Regexes here run on one cleaned line of at most 4 KiB. Each has a plain word every match
// contains (the literal prefilter relies on it; a test checks), bounded gaps (`.{0,80}`)
// instead of open ones, and no nested quantifiers.
/** golangci-lint's linters by name, as its tab layout puts them in a column of their own. */
const GOLANGCI_LINTERS = 'errcheck|govet|staticcheck|revive|unused|gosimple|ineffassign|typecheck|gocritic|gosec|misspell|lll|dupl|goconst|gocyclo|gocognit|funlen|whitespace|wsl|nakedret|prealloc|unparam|stylecheck|bodyclose|noctx|gofmt|goimports|gofumpt|godot|errorlint|exhaustive|nolintlint|forbidigo|depguard|unconvert|nestif|nlreturn|wrapcheck|errname|dogsled|thelper|paralleltest|testifylint|usestdlibvars|perfsprint|intrange|copyloopvar|mnd|err113|goerr113|cyclop|varnamelen|gochecknoglobals|gochecknoinits|interfacer|golint|structcheck|varcheck|deadcode|maligned|scopelint';
const CUES = [
    // PAT-001: compilers and builds of any language.
    cue('compile-failed', 'PAT-001', /\bAndroid resource linking failed\b|^error: resource \S+ not found\b|\bcompil(?:e|er|ation) (?:error|failed|failure)s?\b(?! conditions?\b)|\bfailed to (?:compile|build)\b|\bbuild aborted\b|\b(?:Compiling|Linking) \S{1,300} failed\b|\bcompilation (?:terminated|aborted)\b|^FAILED: \S{1,300}\.(?:o|obj)\s*$|\berror(?:s)? (?:while|during) compil/i, 42),
    // A build said to have failed in its own words; a build tool's closing banner (Maven's `BUILD
    // FAILURE`, Gradle's `BUILD FAILED`, Ant's) follows whatever failed inside it, tests as well
    // as compilers, so it only sums up.
    cue('build-failed', 'PAT-001', /\b[Bb]uild (?:[Ee]rror|[Ff]ailed|[Ff]ailure)s?\b(?! conditions?\b)|\bBUILD ERROR\b|\bbuild commands failed\b/, 42),
    cue('build-banner', 'PAT-001', /\bBUILD (?:FAILED|FAILURE)\b/, 42, { summary: true }),
    cue('syntax-error', 'PAT-001', /\bsyntax ?error\b|\bparse error\b|\b(?:failed to|could not|unable to|cannot) parse\b|\bunexpected (?:token|end of (?:file|input)|indent(?:ation)?|EOF|character)\b|\bexpected (?:an? )?(?:expression|identifier|declaration|';'|'\)'|'}')|\berror\]?:? {1,4}expected\b(?!.{1,100}\bto (?:be|equal|have|contain|match|throw)\b)/i, 40),
    cue('unknown-name', 'PAT-001', /\b(?:undefined|undeclared|unresolved) (?:reference|identifier|symbol|variable|name|type|import|external|method|function|class|constant)\b|\bcannot find (?:symbol|type|name|value|function|macro|trait|struct)\b|\bnot declared in this scope\b|\bunknown type name\b|\bno member named\b|\bhas no (?:member|field|method|exported member|attribute) |\bis not a member of\b|\b(?:is )?not defined in\b|\bnot found in (?:this scope|scope|module)\b|\bundefined: \w|\bunbound (?:value|variable|identifier|module|type|constructor)\b|\bnot in scope\b|\bidentifier not found\b|\bdoes not exist in the (?:current context|namespace)\b/i, 50),
    // The same, said by a compiler on a located line without the word "error" (Go's
    // `a.go:40:2: undefined: err`, GHC's `A.hs:57:3: Not in scope: 'block'`): on its own, a
    // failed build.
    cue('located-unknown-name', 'PAT-001', /^\S{0,300}?\.[A-Za-z]\w{0,5}:\d+(?::\d+)?:? (?:undefined: \w|(?:variable )?not in scope\b|use of undeclared\b|cannot find symbol\b|unbound (?:value|variable|identifier|module|type|constructor)\b|\S{1,80} (?:was )?not declared in this scope\b)/i, 50, true),
    cue('type-error', 'PAT-001', /\btype (?:error|mismatch|check(?:ing)? failed)\b|\bincompatible types?\b|\bmismatched types\b|\bcannot (?:convert|assign|infer|apply|borrow|move)\b|\bis not assignable to\b|\bno (?:matching|viable) (?:function|overload|constructor|conversion)\b|\bwrong number of (?:type )?arguments\b|\bdoes not (?:conform|implement|satisfy)\b|\bnon-exhaustive patterns\b|\bargument of type\b/i, 46),
    // Also indented, as a build tool repeats its compiler's errors in its summary (MSBuild).
    cue('compiler-diagnostic', 'PAT-001', /^[ \t]{0,8}\S+\.(?:c|cc|cpp|cxx|h|hpp|m|mm|rs|go|java|kt|kts|scala|cs|fs|vb|swift|ts|tsx|mts|cts|d|zig|nim|hs|ml|ex|exs|erl|dart|f90|cu|v|sv|vhd|pas|ada|cr|jl|sol|elm|purs|re|res)[:(]\d+(?:[:,]\d+)?\)?:? ?(?:fatal )?error\b(?!:? in "|: (?:Value of:|Expected|Actual:|Failed$|Failure in TEST\())(?!.{1,600} \[(?!-W)[a-z][a-z\d]*(?:-[a-z][\w.]*){1,8}(?:,-warnings-as-errors)?\]$)|^\S{1,300}:\d{1,6}:\d{1,6} - error [A-Z]{1,4}\d{3,5}: /i, 50),
    cue('linker', 'PAT-001', /\blinker? (?:error|failed|command failed)|\bcollect2: error\b|\bld: (?:error|cannot|symbol|library not found)|\bundefined symbols?\b|\bmultiple definition of\b|\bunresolved external\b|\blinking (?:failed|error)/i, 48),
    // A build tool's own echo of a failed build target (the target names a build, not a test).
    cue('build-target-failed', 'PAT-001', /^ninja: build stopped: subcommand failed|^make(?:\[\d+\])?: \*\*\* \[[^\]]{0,200}\b(?:all|build|compile|install|[\w./-]{1,100}\.(?:o|a|so|exe|obj|dll|dylib))\] Error \d+|\bCommand "(?:npm|yarn|pnpm|bun) run build" exited with \d+/, 40),
    // A monorepo task runner's report of a failed build task (see taskFailed).
    cue('task-build-failed', 'PAT-001', taskFailed(BUILD_TASKS), 40, { alone: true, summary: true }),
    cue('bundler-error', 'PAT-001', /\b(?:webpack|rollup|esbuild|vite|parcel|turbopack|babel|swc)\b.{0,80}\b(?:error|failed)\b/i, 30),
    // An error line that names no family (Terraform's `│ Error: Unsupported argument`, kubectl's
    // `error: error parsing deploy.yaml`, a bundler's `TypeError: …`): with nothing else to go by,
    // a tool refused its input, which is the build's family more often than a test's. It weighs
    // less than any step's hint, so `Run tests` still decides.
    cue('error-line', 'PAT-001', /^(?:[│|] ?)?(?:[A-Z]\w{0,40})?(?:error|Error|ERROR)(?:\[[\w-]{1,40}\])?: \S/, 10),
    // PAT-002: test runners of any language.
    cue('tests-failed', 'PAT-002', /(?<!--)\btests? (?:failed|failures?|run failed|suites? failed|did not pass)\b|\b(?:failed|failing|broken) tests?\b|\bsome tests (?:failed|did not pass)\b|\berrored during testing\b|\btest(?:s| cases?| suites?)? (?:are )?failing\b|\bthere (?:was|were) (?:a )?(?:test )?failures?\b/i, 50, { alone: true, summary: true }),
    cue('failure-count', 'PAT-002', /(?<![(:/.])(?<!\battempt \d{1,3} (?:of|\/) )\b[1-9]\d* (?:tests?,? |examples?, |specs?, |scenarios? \(|steps? \(|assertions?, )?(?:failed|failures?|failing)\b|\bfail(?:ed|ures?)?[:=] ?[1-9]\d*\b|\btests?(?: run)?: \d+, .{0,60}\berrors?: [1-9]|\b(?:failed|errored) [1-9]\d*,|\b\d+ (?:scenarios?|steps?) \([1-9]\d* failed\b/i, 48, { alone: true, summary: true }),
    cue('assertion', 'PAT-002', /\bassert(?:ion)?(?:Error| ?failed| error|ionFailedError)\b|\bassertion\b.{1,100}?\b(?:failure|failed) at\b|\bassert(?:Equals?|That|True|False|Same|Null|NotNull|Raises|_eq|_ne)\b|(?<!\berror\]?:? {1,4})\bexpected:? .{1,100}\b(?:but (?:was|got|found|received)|to (?:be|equal|have|contain|match|throw)|got|received|actual)\b|\bExpectationNotMetError\b|Assert(?:ion|Failed)?Exception\b|\berror\]?:? {1,4}expected .{1,100}\bto (?:be|equal|have|contain|match|throw)\b|\bAssert\.\w{2,40}(?:\(\))? (?:failed|Failure)\b|\bComparisonFailure\b|\bAssertionFailedError\b|\bFailed asserting that\b|(?<!waiting for )\bexpect\((?:received|jest\.fn\(\)|vi\.fn\(\))\)(?:\.(?:not|resolves|rejects))?\.to[A-Z]\w{1,40}\(/i, 46, { severity: 0.8 }),
    // `go test`'s t.Errorf line under its test (`    slug_test.go:15: Make(x) = "a", want "b"`) and
    // testify's failure block (`Error Trace:`): a failed test's own report.
    cue('go-test-error', 'PAT-002', /^\s+[\w.-]{1,100}_test\.go:\d+: .{0,300}\b(?:want|wanted|expected|expecting)\b|^\s*Error Trace:\s/, 46, { severity: 0.8 }),
    cue('expected-received', 'PAT-002', /^\s*(?:Expected|Received|Actual|expected|actual|But was)(?: value| result)?\s*:\s+\S/, 34),
    // A runner's mark of one failed test (`not ok 3`, `--- FAIL`, `✗ name`), also behind
    // WebdriverIO's worker prefix (`[chrome 124 linux #0-0]    ✖ should log in`), and busted's
    // `Failure → spec/a_spec.lua @ 10`.
    cue('test-marker', 'PAT-002', /^\s*(?:not ok \d+(?![^#]{0,300}# ?(?:TODO|SKIP|todo|skip)\b)|Failure\/Error: |failed \S.{0,300} \(\d+(?:\.\d+)?(?:ms|s|m)(?: \d+(?:ms|s))?\)$|[✗✕✘×⨯] (?!\[(?:ERROR|WARNING)\] )(?!(?=.{0,300}\b(?:does not exist|not found|could not|cannot|failed to|unable to|is not valid|refers to)\b)(?!.{0,300}\d ?m?s\)?$))|\(fail\) |--- FAIL|=== FAIL|\[ *FAIL(?:ED)? *\]|FAIL(?:ED)?:?\s{1,4}(?!Build did NOT complete\b)(?!\S{1,300}\.(?:o|obj|a|so|lib|dll|dylib|exe|gch|pch)\s*$)(?!\S{1,300} \[(?:build|setup) failed\]$)\S|ERROR: test|FAILURE: test|Test Case .{1,200} failed|Test Failed at |\d+\) [\w\\.]+::\w+$)|\s\.{3} ?(?:FAILED|FAIL|failed|ERROR)\b|\.{3}\s?\*{3}(?:Failed|Exception)\b|^\S+:\d+: FAILED:$|^\d\d:\d\d \+\d+(?: ~\d+)? -\d+: .{1,300} \[E\]$|^\s*\S.{0,300} \[FAIL\]$|\w\.{3} ?(?:FAILED|FAIL)\b|^\s*\d{1,6} - \S{1,300} \((?:Failed|Subprocess aborted|SEGFAULT|Child aborted|Exception|OTHER_FAULT|Bus error|ILLEGAL)\)$|^_{3,} (?:test\w*|Test\w*(?:\.\w+)*|\S+::\S+)(?:\[.{0,200}\])? _{3,}$|^\[[^\]]{1,120} #\d{1,3}-\d{1,3}\]\s{1,8}[✖✗✘×] \S|^(?:\[ {0,6}\d{1,6}s\] )?Failure (?:→|->) \S{1,300} @ \d{1,6}\s*$/, 50, { severity: 0.9 }),
    cue('test-word-fail', 'PAT-002', /(?<!--)\btest\w*\b.{0,160}\b(?:FAILED|FAIL|failed|failure)\b|\b(?:FAILED|FAIL|failed) .{0,40}\btest/, 34),
    // An error line that ends at a place in a test source (specs2's `'x' is Some but … does not
    // satisfy the given predicate (ApplicationSpec.scala:26)`, ScalaTest's `TestFailedException was
    // thrown. (FooSpec.scala:14)`, Gradle's `AssertionFailedError at BundleCommandTest.kt:72`): a
    // test's assertion, whatever its words say.
    cue('test-file-location', 'PAT-002', /[(\s][\w$]{0,80}(?:Spec|Specs|Test|Tests|Suite|IT)\.(?:scala|java|kt|kts|groovy|cs|swift):\d{1,6}\)?$/, 48),
    cue('task-test-failed', 'PAT-002', taskFailed(TEST_TASKS), 40, { alone: true, summary: true }),
    // A race detector's report in a test run fails the test it ran in (Go's `-race`, ThreadSanitizer).
    cue('data-race', 'PAT-002', /^WARNING: DATA RACE$|\brace detected during execution of test\b|\bThreadSanitizer: data race\b/, 44, { alone: true, severity: 0.8, warningFails: true }),
    // Grunt's and gulp's line for a test task that failed (see gruntTaskFailed): the run stops
    // there, whatever the word Warning before it says.
    cue('grunt-task-test-failed', 'PAT-002', gruntTaskFailed(GRUNT_TEST_TASKS), 40, {
        alone: true,
        summary: true,
        severity: 0.7,
        warningFails: true
    }),
    cue('panic', 'PAT-002', /\bpanicked at\b|^panic: |\bunhandled (?:exception|rejection|error)\b/i, 30),
    // One test case or hook over its own time limit is a failed test (a whole job, step or test
    // program stopped by a limit is PAT-005): the limit is named with the test or hook it stopped,
    // or worded as the test frameworks word it (mocha's `Timeout of 2000ms exceeded`, jest's `for a
    // test`, jasmine's async callback, pytest-timeout's `Failed: Timeout`, XCTest's asynchronous
    // wait, JUnit's `method() timed out after`, nextest's `TIMEOUT [`). Go's `panic: test timed out`
    // is the whole test binary's limit.
    cue('test-case-timeout', 'PAT-002', /(?<=\b(?:test|spec|hook) )(?<!panic: test )(?:timed out (?:after|in) \d|timeout of \d)|\bexceeded timeout of \d+ ?m?s for an? (?:test|hook)\b|\btimeout of \d+ ?ms exceeded\b|\basync (?:callback was not invoked|function did not complete) within\b|\basynchronous wait failed\b.{0,40}\btimeout\b|\bFailed: Timeout \(?>\d|^\+{4,} Timeout \+{4,}$|\w\(\) timed out after \d+ ?(?:ms|milliseconds?|seconds?)\b|^\s*TIMEOUT \[\s*\d/i, 56, { alone: true, severity: 0.8 }),
    // PAT-003: audit and vulnerability scanners.
    cue('vulnerability', 'PAT-003', /\b(?:[1-9]\d* |known |security |critical |high(?: severity)? )vulnerabilit(?:y|ies)\b|\bvulnerabilit(?:y|ies) (?:found|detected|reported|were found|was found|in)\b|\bvulnerable (?:packages?|dependenc(?:y|ies)|versions?|modules?|components?)\b|\bdiscovered vulnerabilit|\baffected by \d+ vulnerabilit|\bfound (?:a |an |one or more |\d+ )?(?:new |known )?vulnerabilit(?:y|ies)\b/i, 55, true),
    cue('advisory-id', 'PAT-003', /\bCVE-\d{4}-\d{4,}\b|\bGHSA(?:-[0-9a-z]{4}){3}\b|\bRUSTSEC-\d{4}-\d{4}\b|\bPYSEC-\d{4}-\d+\b|\bGO-\d{4}-\d{4}\b|\bOSV-\d{4}-\d+\b|\bSNYK-[A-Z]+-\w+|\bCWE-\d{1,4}\b/, 50, true),
    cue('security-advisory', 'PAT-003', /\bsecurity (?:advisor(?:y|ies)|vulnerabilit(?:y|ies)|issues?|warnings?|alerts?|findings?|audit)\b|\badvisor(?:y|ies) (?:found|detected|reported)\b|\b(?:critical|high|moderate) severity\b|\bseverity:? (?:critical|high)\b|\baudit (?:failed|found|report)\b/i, 44),
    // A scanner's count of findings by severity or in its own words (trivy's `Total: 2 (…
    // HIGH: 2, CRITICAL: 0)`, snyk's `Tested 64 dependencies for known issues, found 2 issues`,
    // tfsec's `11 potential problem(s) detected`).
    cue('findings-count', 'PAT-003', /\b(?:CRITICAL|HIGH): [1-9]\d*\b|\bfor known (?:issues|vulnerabilities)\b.{0,40}\bfound [1-9]\d* (?:issues?|vulnerabilit)|\b[1-9]\d* potential (?:problem|issue|vulnerabilit|security issue)\S{0,5} (?:detected|found)\b/, 50, true),
    // A secret scanner's count (gitleaks' `leaks found: 2`, its action's `Gitleaks encountered
    // leaks`), not a test runner's report of leaked resources (deno's `error: Leaks detected:`).
    cue('secrets-found', 'PAT-003', /\bleaks? found:? [1-9]|\b[1-9]\d* leaks? (?:found|detected)\b|\bencountered leaks\b|\bsecrets? (?:detected|found)\b|\bfound (?:verified|unverified) result\b/i, 50, true),
    // PAT-004: licence and copyright checks.
    cue('license-not-allowed', 'PAT-004', /\b(?:disallowed|forbidden|banned|denied|rejected|unapproved|unacceptable|incompatible|prohibited|blocked|unknown|restricted|unallowed|non-?compliant) licen[cs]es?\b|\blicen[cs](?:e|es|ed) .{0,80}\b(?:not (?:allowed|permitted|approved|accepted|compatible|in (?:the )?allow)|is (?:forbidden|banned|denied|rejected|disallowed|restricted))\b|\bfailed to satisfy licen[cs]e\b|\b(?:dependencies|packages?) (?:that )?needs? (?:approval|review)\b|\b(?:dependencies|packages?) (?:were|are|was|is) not approved\b|\blicen[cs]es? (?:needs?|requires?) (?:approval|review)\b/i, 60, true),
    cue('license-header', 'PAT-004', /\b(?:missing|invalid|no|without|lacks?|incorrect|wrong|outdated) (?:a |the )?(?:valid |proper |required )?(?:licen[cs]e|copyright|spdx)(?! field\b)(?: headers?| notices?| information| identifiers?| text)?\b|\b(?:licen[cs]e|copyright) (?:headers?|notices?) (?:(?:is|are) )?(?:missing|invalid|check)|\bunlicen[cs]ed\b|\bnot compliant with .{0,40}\bREUSE\b|\blicen[cs]eHeader\b|\bMissing header in: \S|\bdo(?:es)? not have the expected licen[cs]e header\b|\bdoes not match expected header line\b|\bMissing a header - not enough lines in file\b/i, 58, { alone: true, warningFails: true }),
    cue('license-word', 'PAT-004', /\blicen[cs](?:e|es|ing)\b(?![\w-]{0,40}plugin\b).{0,80}\b(?:check|violation|compliance|policy|issue|problem|error|fail)|\bSPDX\b|\bREUSE\b/i, 40),
    // PAT-005: time limits, whoever enforces them.
    cue('time-limit', 'PAT-005', /\b(?:exceeded|reached|hit) (?:the |its |a )?(?:maximum |max |configured )?(?:allowed |permitted )?(?:execution |run ?|build |job )?(?:time|timeout|duration)(?: ?limit)?\b|\btook longer than\b|\bran longer than\b|\btime ?limit (?:exceeded|reached)\b|\b(?:execution|run|build|job) time ?limit\b|\bexecution timeout\b|\bmaximum (?:execution |run )?time\b|\bdeadline exceeded\b|\btimeout (?:has been )?(?:exceeded|reached|expired)\b|\bhas timed out\b|(?<!(?:Operation|Connection|Request|Resolving) )\btimed out after\b|\b(?:build|job|step|task|stage|pipeline|workflow|run|script) (?:has )?timed out\b|\b(?:job|step|task|stage) (?:'[^']{1,100}'|"[^"]{1,100}"|\S{1,100}(?: \S{1,100})?(?: \(\d{1,4}\))?) (?:has )?timed out\b|^Timed out!?$|\b(?:due to|by) timeout\b|\b(?:failed to|did not|didn't) (?:finish|complete) within\b|^Timeout \(\d+:\d\d:\d\d\)!$|\bno output (?:has been |was )?(?:received|produced) (?:in|for|within) (?:the last )?\d|\btoo long with no output\b|\bhas been running for more than \d+ (?:minutes?|hours?)\b.{0,60}\bTerminat/i, 56, true),
    // A runner that says at a warning level that it stopped the job's script at its time limit
    // (GitLab's `WARNING: step_script could not run to completion because the timeout was exceeded`).
    cue('runner-time-limit', 'PAT-005', /\b(?:could not|did not) run to completion because (?:the )?(?:timeout|time limit) was (?:exceeded|reached)\b/i, 56, { alone: true, warningFails: true }),
    cue('timeout-word', 'PAT-005', /\btim(?:ed|e)[ -]out\b|(?<![-_./=])\btimeout\b(?!\s*[=:]\s*\d|[-_]\w)|\bno output (?:has been )?received\b|\btoo long with no output\b|\bstalled\b|\bhung\b/i, 38),
    cue('cancelled', 'PAT-005', /\b(?:operation|job|build|run|step|action|task|workflow|pipeline) (?:was |has been |is )?(?:cancell?ed|aborted|terminated|interrupted)\b|\bcancell?ing (?:nested steps|the (?:job|build|run))|\bSIGTERM\b|\breceived signal (?:15|TERM)\b/i, 36),
    // PAT-006: what a build needs and did not get.
    cue('command-missing', 'PAT-006', /\b(?:command|executable|program|binary|tool) (?:not found|is not installed|does not exist)\b|: command not found\b|: not found$|\bError: not found: [\w.+-]{1,40}$|\bis not recognized as (?:an internal|the name)\b|\bno such (?:command|program)\b|\bnot installed\b|\bexecutable file not found\b|\blinker \x60\S{1,100}\x60 not found\b|\bno '\S{1,60}' command could be found\b|\bJAVA_HOME is not set\b|\bno (?:python )?interpreter (?:was )?found\b|\bno (?:binary|executable) (?:for|found)\b|\bcould not find (?:the )?(?:expected )?(?:browser|chrome|chromium|firefox)\b|\bInterpreterNotFound\b|\bcannot locate python\b|\bcould not find (?:a )?(?:suitable |compatible )?python (?:interpreter|executable|installation)\b|\bMissing script: ["']?[\w:.@/-]{1,100}|\bCommand "[\w:.@/-]{1,100}" not found\b|\bScript not found "[\w:.@/-]{1,100}"/i, 56, true),
    cue('package-missing', 'PAT-006', /\b(?:module|package|gem|crate|library|dependency|artifact|plugin|jar|wheel|formula|pod|extension|bundle) .{0,80}\b(?:not found|could not be found|does not exist|is not available|not available|not installed)\b|\bcannot find (?:module|package|library|-l\w)|\bcould not find (?:module|package|gem|a version|any version|a matching|artifact|library|dependency|plugin|com\.|org\.)|\bno (?:module|package|podspec|matching (?:version|distribution|package|manifest)|such package|versions? available) (?:named|found|for|matching)?|\bunable to find a specification for\b|\bunable to (?:find|locate|resolve|load) (?:package|module|dependenc|version|library|plugin|gem|crate)|\bCouldn't find any versions for\b|\bCould not find directory of \w+ installation\b|\bno valid module file was found\b/i, 56),
    cue('resolution', 'PAT-006', /\b(?:could not|cannot|can't|unable to|failed to) (?:resolve|satisfy|install|fetch|download|restore)\b(?! from [\x60'"]?[a-z]{2,8}:\/\/).{0,60}\b(?:dependenc(?:y|ies)|packages?|modules?|versions?|requirements?|plugins?|artifacts?|gems?|crates?)\b|\bunresolved dependenc|\bdependency (?:resolution|conflict|error|tree)\b|\bconflicting (?:dependenc|requirement|peer|versions?)|\bversion (?:conflict|solving failed)\b|\bincompatible (?:versions?|dependenc|requirements?)\b|\bunsatisfiable\b|\bno solution found\b|\bnothing provides (?:requested )?\S|\bResolutionImpossible\b|\bpeer dep(?:endency)?\b|\brequires .{1,80} but .{1,80} (?:is|was) (?:installed|required|selected|locked)|\bcould not be resolved\b|\bfailed to select a version\b|\bcandidate versions found which didn't match\b|\bcould not solve\b|\bbackjumping, conflict set\b|\bcompatible versions? (?:for|of)\b|\brestore failed\b|\bfailed to retrieve information about\b/i, 56),
    cue('version-not-found', 'PAT-006', /\b(?:version|release) '?[\w.*^~<>=-]{1,40}'? .{0,60}\b(?:was |is )?not (?:found|available)\b|\bunable to find \S+ version\b|\bthere is no package called\b/i, 54),
    cue('lockfile', 'PAT-006', /\block ?file\b.{0,120}\b(?:out of date|outdated|not up[- ]to[- ]date|out of sync|needs? (?:to be )?updat|would (?:have been )?modifi|mismatch|inconsistent|changed significantly|does not match|is not in sync|can(?:'|no)t be updated|does not contain a compatible)|\bfrozen[- ]lockfile\b|\b(?:cannot|can't|unable to) update the lock ?file\b|\b--locked was passed\b|\bAdd the current platform to the lock ?file\b|\block ?file (?:had changes|is frozen)\b|\bmodified lock ?file\b|\brequires lock ?file changes\b|\bWould change \d{1,5} dependenc|\bnot present in the lock ?file\b|\block mismatch\b|\bchanges to the lock ?file\b|\bupdates? to (?:go\.mod|go\.sum|[\w.-]{1,60}\.lock|(?:the )?lock ?file) (?:is |are )?needed\b|\bdisabled by -mod=(?:readonly|vendor)\b|\b(?:in|because) (?:deployment|frozen) mode\b|\bdependency verification failed\b|\bverifying \S{1,200}: checksum mismatch\b|\block state\b.{0,120}\bout of date\b|\bsince (?:the )?(?:[\w.-]{1,60}\.lock|lock ?file) was (?:last )?(?:generated|updated|created)\b|\b(?:update|regenerate|refresh|fix|sync) (?:your |the )?lock ?file\b|\b(?:run|try) \W?[\w-]{1,20} lock\b|\b(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Gemfile\.lock|Cargo\.lock|composer\.lock|Pipfile\.lock|uv\.lock|go\.sum|packages\.lock\.json|Podfile\.lock|mix\.lock|pubspec\.lock|Package\.resolved|flake\.lock|gradle\.lockfile|bun\.lockb?|[\w-]{1,60}?-lock\.(?:ya?ml|json)|[\w-]{1,60}?\.lock)\b.{0,120}\b(?:out of date|outdated|not up[- ]to[- ]date|out of sync|needs? (?:to be )?updat|missing|mismatch|inconsistent|does not|would)/i, 58, true),
    cue('import-error', 'PAT-006', /\bModuleNotFoundError\b|\bImportError\b|\bNoClassDefFoundError\b|\bClassNotFoundException\b|\bLoadError\b(?!: )|\bcannot load such file\b|\bCan't locate \S+ in @INC\b|\berror while loading shared libraries\b|\bcannot open shared object file\b|\bDLL load failed\b|\bLibrary not loaded\b|\bMODULE_NOT_FOUND\b|\bERR_MODULE_NOT_FOUND\b|\bCould not load file or assembly\b|\bCould not find or load main class\b/, 52),
    cue('python-module-missing', 'PAT-006', /\bNo module named '?[\w.]+/, 54, true),
    cue('package-manager-code', 'PAT-006', /\bE404\b|\bETARGET\b|\bEBADENGINE\b|\bERESOLVE\b|\bEPEERINVALID\b|\bERR_PNPM_(?!RECURSIVE|FETCH|META_FETCH)\w+|\bYN00(?:01|02|09|16|18|28|35|60|82)\b|\bNU1(?:10[0-9]|20[0-9]|60[0-9]|00[0-9]|40[0-9])\b|\bSolverProblemError\b|\bPackagesNotFoundError\b|UnsatisfiableError\b|\bResolvePackageNotFound\b|\bnotarget\b|\bNo matching version found for\b/, 50, true),
    // A dependency solver's verdict (libsolv's `nothing provides`, pub's and Poetry's `version
    // solving failed`, pip's `ResolutionImpossible`, conda's `can't be solved`): the install failed.
    cue('solver-failed', 'PAT-006', /\bnothing provides (?:requested )?\S|\bversion solving failed\b|\bResolutionImpossible\b|\b(?:environment|request|dependencies|requirements) can(?:'|no)t be solved\b|\bunsatisfiable (?:dependenc|requirement|constraint|request|job)|\bno solution found when resolving\b/i, 54, true),
    cue('missing-dependency', 'PAT-006', /\bmissing (?:these |the |some |required )?(?:dependenc(?:y|ies)|modules?|packages?|requirements?|go\.sum entry|peer dependenc|gems?|crates?|required (?:package|dependency|module)|header files?|development files)\b|\bunmet (?:peer )?dependenc|\bmissing (?:prebuilt package|binary: \S)|\bCan't find a '\S{1,200}' package (?:binary '\w+' )?for the\b/i, 52),
    cue('system-package', 'PAT-006', /\bE: (?:Unable to locate package|Version '\S+' for '\S+' was not found)|\bPackage '\S+' has no installation candidate|\bexternally-managed-environment\b|\bNo package \S+ available\b|\bError: No available formula\b|\bNo matching distribution\b|\bis not available, but is referred to by another package\b/, 56, true),
    cue('toolchain-version', 'PAT-006', /\brequires (?:rustc|python|node(?:\.js)?|php|ruby|go|java|jdk|dotnet|\.NET|swift|xcode|cmake|gradle|maven|npm|pnpm|yarn|bun|deno|elixir|erlang\/otp|perl) (?:version )?[\w.^~<>=*-]{1,40}.{0,40}\b(?:or newer|or later|or higher|or above|or greater|but)\b|\byour (?:php|python|node|ruby|go|java) version \([^)]{1,40}\) does not satisfy\b|\bunsupported (?:engine|(?:python|node|java|ruby|php|go) version)\b|\bis incompatible with (?:this|the current|your) (?:version|python|node|ruby|php|runtime|interpreter|platform)\b|\bunable to find (?:a )?(?:Java|JDK|JRE) (?:runtime|installation|version)\b|\brequires a different Python\b|\b(?:SDK|toolchain|compiler) does not support targeting\b/i, 54, true),
    // PAT-008: network, services, runners and machines.
    cue('network', 'PAT-008', /\b(?:ECONNRESET|ECONNREFUSED|ETIMEDOUT|ESOCKETTIMEDOUT|EAI_AGAIN|ENOTFOUND|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|EPROTO)\b|\bconnection (?:reset|refused|closed|aborted|timed out|lost|broken|failed|was forcibly closed)\b|\bsocket hang up\b|\bconnResetException\b|\bnetwork (?:error|is unreachable|unreachable|timeout|failure|problem|connection)\b|\b(?:read|connect|connection|handshake|i\/o|socket|request|gateway|dial tcp)\b.{0,40}\btim(?:ed ?out|eout)\b|\bTLS handshake\b|\bSSL(?:_ERROR\w*|Error| error)\b|\bcertificate (?:verify failed|has expired)\b|\bcould(?: not|n'?t) resolve (?:host|proxy)\b|\bcould not resolve ['"]?[a-z\d-]{1,63}\.[a-z\d-]{1,63}\.[a-z\d.-]{1,200}['"]?(?![\w.:/-])|\btemporary failure (?:in name resolution|resolving)\b|\bname or service not known\b|\bno route to host\b|(?<!\b(?:parse|syntax) error\b.{0,300})\bunexpected EOF\b|\bearly EOF\b|\bremote end hung up\b|\bRPC failed\b|\bcurl: \((?:6|7|18|28|35|52|56|92)\)|\bMax retries exceeded\b|\bproxy error\b|\bspurious network error\b|\bTimeout was reached\b|\bserver misbehaving\b|\bdial tcp(?: \S{1,60})?: lookup \S|\bUnable to load the service index for source\b|\bSSL connection could not be established\b|\bcannot be reached\b|\bCONNECTION FAILED\b|\bconnection to (?:the )?(?:server )?\S{1,200} was refused\b|\b(?:could(?: not|n'?t)|unable to|failed to) (?:create|establish|open|make) (?:an? )?(?:\w{1,10} )?connection\b|\bempty reply from server\b/i, 56, true),
    cue('http-client-timeout', 'PAT-008', /\bClient\.Timeout exceeded\b|\brequest canceled while waiting for connection\b|\bwhile awaiting headers\b|\bdial tcp\b.{0,120}\b(?:timeout|refused|reset|unreachable)\b|\bcurl error (?:6|7|18|28|35|52|56)\b|\bOperation timed out after \d+ milliseconds\b|\b(?:Get|Post|Head|Put) "?https?:\/\/\S{1,300}"?: (?:net\/http: )?(?:context deadline exceeded|request canceled)/i, 64, true),
    cue('server-error', 'PAT-008', /\bservice (?:unavailable|temporarily unavailable)\b|\bbad gateway\b|\bgateway time-?out\b|\binternal server error\b|\b(?:HTTP|status|code|error|response|returned)(?: code)?[: ]{1,3}5\d\d\b|\b5\d\d (?:Server Error|Internal|Bad Gateway|Service|Gateway)\b|\bserver (?:error|responded with (?:a )?5)|\bcode E5\d\d\b/i, 54, true),
    cue('rate-limit', 'PAT-008', /\brate[- ]limit(?:ed|ing)?\b|\btoo many requests\b|\btoomanyrequests\b|\bpull rate limit\b|\babuse detection\b|\bsecondary rate\b/i, 58, true),
    cue('runner', 'PAT-008', /\b(?:runner|agent|executor|worker|machine|VM|instance|container|pod|node) .{0,60}\b(?:lost|disconnected|offline|went away|shut ?down|died|crashed|preempt(?:ed|ion)|evicted|unhealthy|not responding|stopped responding|was terminated)\b|\blost communication\b|\bshutdown signal\b|\bstopped hearing from\b|\bsystem failure\b|\binfrastructure (?:error|failure|issue)\b|\bhosted runner\b|\bBacking channel\b|\bChannelClosedException\b|\bClosedChannelException\b|\bchannel is closing down\b|\bnot acquired by (?:Runner|agent)\b|\bCannot contact \S{1,100}: java\.lang\.\w+|\bwrapper script does not seem to be touching the log file\b|\bprovisioning resources\b|\(Error Type: \w+\)|\bno (?:active |online )?runners? (?:online|available|that match)|\bjob is stuck\b|\bNo hosted parallelism\b|\b(?:job|workflow|build) was not started\b|\bspending limit (?:needs to be increased|reached|exceeded)\b|\b(?:failed to|could not|couldn't|unable to) (?:start|create|provision|launch|allocate) (?:an? |the )?(?:instance|runner|agent|vm|virtual machine|executor)\b|\b(?:exit code|exit status|exited with) 143\b|\b(?:agent|runner|executor|worker|instance|VM|machine) (?:was |has been |got )?(?:removed|deleted|reclaimed|rescheduled)\b|\b(?:agent|runner|executor|worker|instance) did not (?:connect|come online|register|start)\b|\bagent connect error\b|\bJob failed: prepare environment\b|\bPreparation failed: |\bCannot connect to the Docker daemon\b|\bIs the docker daemon running\?/i, 62, true),
    cue('resources', 'PAT-008', /\bno space left\b|\bENOSPC\b|\bdisk (?:is )?full\b|\bnot enough (?:disk )?space\b|\bout of (?:disk|space)\b|\bquota exceeded\b|\bout of memory\b|\bOOM(?:Killed| killer|-killed| kill(?:ed)?)\b|\bheap out of memory\b|\bOutOfMemoryError\b|\bCannot allocate memory\b|MemoryError\b|\bUnable to allocate [\d.]{1,12} ?[KMGT]i?B\b|\bsignal 9\b|\bSIGKILL\b|\bKilled signal terminated\b|\bKilled \(program \w+\)|: line \d+: {1,4}\d+ Killed\b|\bexit code 137\b|\bran out of memory\b|^Killed$|\bJVM heap space is exhausted\b|\bdaemon disappeared unexpectedly\b|\bCould not reserve enough space for (?:\d+KB )?object heap\b|\bfailed to create new OS thread\b|\bexceeded (?:the |its |your |a )?memory limit\b|\bmemory limit (?:was )?(?:exceeded|reached)\b/i, 62, true),
    cue('download-failed', 'PAT-008', /\b(?:failed|unable) to (?:download|fetch|pull|push|upload|connect|reach|contact)\b|\bdownload(?:ing)? (?:failed|error)\b|\bcould not (?:download|connect|reach|contact)\b|\berror (?:pulling|pushing|downloading|uploading)\b|\bCannot connect to the Docker daemon\b/i, 38),
    cue('retry', 'PAT-008', /\bretry(?:ing)?\b|\battempt \d+ (?:of|\/) \d+\b|\bgave up after\b|\bafter \d+ (?:attempts|retries|tries)\b/i, 22),
    // PAT-007: linters and formatters, through any output or annotation.
    cue('format-check', 'PAT-007', /\bwould (?:be )?reformat(?:ted)?\b|\bnot (?:properly |correctly )?formatted\b|\bformatting (?:issues?|errors?|violations?|check failed|differences?)\b|\bformat(?:ting)? check (?:failed|error)\b|\bneeds? (?:to be )?(?:re)?format(?:ted|ting)?\b|\bcode style (?:issues?|violations?|errors?)\b|\bstyle (?:issues?|violations?|errors?)\b|\bincorrectly (?:formatted|sorted)\b|\bunformatted\b|\bfiles? (?:were|was|would be) (?:modified|reformatted|changed) by (?:this hook|the formatter)\b|\bfiles? (?:were|would be) (?:reformatted|changed)\b|\brun (?:\S+ )?(?:--fix|--write|fmt|format)\b|\bDiff in\b|\bformattable\b|\bforgot to run (?:the )?[\w.-]{1,40}\?/i, 56, true),
    cue('hook-failed', 'PAT-007', /^\S.{0,100}?\.{3,}(?:\(no files to check\))?Failed$/, 50, {
        alone: true,
        severity: 0.9
    }),
    cue('lint-message', 'PAT-007', /^\S+:\d+: \S+ ==> \S|\bUnknown word \(|\b(?:Style|Layout|Lint|Naming|Metrics|Performance|Rails|RSpec|Security)\/[A-Z]\w+: |\b(?:error|warning) (?:WHITESPACE|FINALNEWLINE|CHARSET|ENDOFLINE|IMPORTS|IDE\d{4}|CA\d{4}|SA\d{4}|RCS\d{4}): /, 58, { severity: 0.6 }),
    // The "stylish" report of eslint, stylelint, yamllint, textlint: `  12:5  error  message  rule`,
    // with textlint's mark of a fixable finding (`  3:2  ✓ error  …`), or indentation lost in a paste.
    cue('lint-table-row', 'PAT-007', /^\s*\d+:\d+\s+(?:[✓✔] )?(?:error|warning|✖|⚠)\s+\S.{0,300}\s{2}\(?[@\w/.-]{2,80}\)?$/, 50, { severity: 0.7 }),
    // A linter's finding at a position written its own way rather than a compiler's `file:3:5:`:
    // tslint's `app.ts[25, 22]: Missing semicolon` (alone, or after `error (semicolon) `),
    // jshint's and textlint's `a.js: line 3, col 10, Missing semicolon.` and gulp's `line 13  col 2
    // missing semicolon`, grunt-contrib-jshint's `[L80:C74] W033: Missing semicolon.`: a report of one
    // finding of a linter, whichever. YAML and JSON parsers say `line 3, column 5`: not one.
    cue('lint-position', 'PAT-007', /\S\.[A-Za-z]\w{0,5}\[\d{1,6}, ?\d{1,6}\]: \S|(?:^|[\s:])line \d{1,6},? {1,4}col \d{1,6},? {1,4}\S|^\[L\d{1,6}:C\d{1,6}\] \S/, 48, { severity: 0.6 }),
    cue('lint-count', 'PAT-007', /\b[1-9]\d* (?:problems?|offen[cs]es?|violations?|weighted issues?|lint (?:errors?|issues?|warnings?)|linter (?:errors?|issues?)|style (?:errors?|issues?))\b|\b(?:lint(?:ing|er)?|style) (?:errors?|failed|failures?|issues?|violations?|check failed)\b|\bTotal: (?:[1-9]\d* warnings? \/ \d+|\d+ warnings? \/ [1-9]\d*) errors? in \d+ files?\b/i, 50, { alone: true, summary: true }),
    // A count of violations under the tool's name (`You have 2 PMD violations`, `You have 3
    // Checkstyle violations.`): a linter's closing count. A scanner's `11 potential problem(s)` is not.
    cue('tool-violation-count', 'PAT-007', /\b[1-9]\d* (?:[A-Z]{2,12}|[A-Z][a-z]{2,20}) violations?\b/, 50, {
        alone: true,
        summary: true
    }),
    // A linter's finding that names its rule and the rule's priority (PMD's `PMD Failure:
    // com.foo.A:17 Rule:ImplicitSwitchFallThrough Priority:3 …`), or the confidence it has in it
    // (vulture's `a.py:79: unused variable 'x' (60% confidence)`).
    cue('rule-priority', 'PAT-007', /\bRule: ?[A-Z][A-Za-z]{2,60} Priority: ?[1-5]\b|:\d{1,6}: (?:unused [a-z]{3,12}|unreachable code after) '[^']{1,200}' \(\d{1,3}% confidence\)$/, 54, { alone: true, severity: 0.7 }),
    // A static analyser's closing count in words a compiler does not close with (psalm's
    // `129 errors found`, phpcs's `FOUND 1 ERROR AFFECTING 1 LINE` and `A TOTAL OF 12 ERRORS AND 0
    // WARNINGS WERE FOUND`, dart's `7 issues found.`, erb_lint's `1 error(s) were found in ERB
    // files`, credo's `found 51 consistency issues, 10 warnings`); tsc's `Found 2 errors in 1
    // file.` is not one, nor a scanner's `found 3 high severity issues`.
    cue('issues-found', 'PAT-007', /^\W{0,4}[1-9][\d,]{0,12} (?:errors?|issues?|problems?)(?:\(s\))? (?:were |was )?found\b|^\W{0,4}[1-9][\d,]{0,12} errors? in [1-9]\d{0,8} files?\b|\bFOUND [1-9]\d{0,12} (?:ERRORS?|WARNINGS?) AFFECTING\b|\bA TOTAL OF [1-9]\d{0,12} ERRORS?\b|\bfound [1-9]\d{0,12} (?!(?:\S{1,20} )?(?:security|severity|high|critical|medium|low|moderate|vulnerab|secret|licen[cs]e))(?:[a-z][a-z-]{2,20} )?(?:[a-z][a-z-]{2,20} )?(?:issues?|problems?)\b/i, 36, { alone: true, summary: true }),
    cue('lint-tool', 'PAT-007', /\b(?:eslint|tslint|stylelint|prettier|biome|oxlint|jshint|rubocop|standardrb|flake8|pylint|pycodestyle|pydocstyle|pyflakes|ruff|isort|yapf|autopep8|golangci-lint|golint|gofmt|goimports|gofumpt|staticcheck|revive|clippy|rustfmt|ktlint|detekt|spotless|checkstyle|spotbugs|swiftlint|swiftformat|clang-format|clang-tidy|cpplint|cppcheck|shellcheck|shfmt|hadolint|markdownlint|yamllint|actionlint|tflint|phpcs|php-cs-fixer|phpstan|psalm|phpmd|credo|hlint|ormolu|scalafmt|scalastyle|scalafix|codespell|cspell|commitlint|pre-commit|sqlfluff|editorconfig-checker|dprint|erb-lint|elm-format|djlint|ec|reviewdog|super-linter|megalinter)\b/i, 40, { toolName: true }),
    // A style finding in the words linters of every language use for it, on a line that says
    // where (`a.js:4:15: Multiple spaces found before '='.`, `\t103: Wrong amount of left-padding
    // spaces`, `78:54 ❌ unexpected trailing whitespace`, `[a.proto:121:13] Field name "Id" must
    // be LowerSnakeCase`, `a.sql L:3 | P:38 | Unnecessary whitespace found.`): a linter's report
    // of one violation, whatever its format. Not a pre-commit hook's name (`trim trailing
    // whitespace....Passed`), which says nothing was wrong.
    cue('style-violation', 'PAT-007', /^(?!.{0,300}\.{4})(?:\s{0,120}\^[-~^]{0,200}\s|\s{0,12}\d{1,6}(?:[:-]\d{1,6})?:?\s|.{0,300}?(?:\S:\d{1,6}(?::\d{1,6})?\]?:?|\bline[ =]\d{1,6}\b|\bL: {0,4}\d{1,6}\b|^::(?:error|warning) file=\S))(?:(?!\.{4}).){0,160}?(?:\btrailing (?:white ?space|spaces?|blanks?)\b|\b(?:no|missing|expected) (?:final )?newline\b|\bline too long\b|\bline (?:is )?longer than \d|\bexceeds? (?:the )?(?:maximum |max )?line length\b|\b(?:wrong|invalid|inconsistent|incorrect|bad|mixed) (?:amount of )?(?:left-padding|indent(?:ation)?)\b|\b(?:over|under)-indented\b|\bexpected indentation of\b|\bmixed (?:tabs and spaces|spaces and tabs)\b|\b(?:multiple|extra|unnecessary|superfluous|redundant) (?:spaces?|whitespace|blank lines?|semicolons?)\b|\bmissing semicolon\b|\bis (?:defined|assigned a value) but never used\b|\bwas used before it was defined\b|\bimported but unused\b|\bexpected \d{1,3} (?:spaces?|tabs?|blank lines?|lines? (?:before|after))\b|\bmissing (?:a )?(?:docstring|doc ?comment|documentation comment)\b|\bprefer (?:single|double)-quoted\b|\bstrings must use (?:single|double) ?quotes?\b|\b(?:should|must) be (?:in )?(?:lower|upper)?[_ ]?(?:snake|camel|pascal|kebab)[_ ]?case\b|\b(?:Lower|Upper)(?:Snake|Camel)Case\b)/i, 52, { alone: true, severity: 0.6 }),
    // A style finding told as a sentence that opens its line, the place on the line after it
    // (erb_lint's `Extra blank line detected.` over `In file: a.html.erb:37`, sqlfluff's
    // `Unnecessary whitespace found.`): a linter's report of one violation.
    cue('style-sentence', 'PAT-007', /^\s{0,12}(?:Extra|Trailing|Missing|Unnecessary|Multiple|Redundant|Superfluous) (?:blank lines?|white ?space|spaces?|newlines?|final newline|semicolons?)\b.{0,80}\b(?:detected|found)\.?$/i, 50, { alone: true, severity: 0.6 }),
    // A located finding with the linter's name in a column of its own, as golangci-lint's tab
    // format aligns it (its linters' names are the cue's triggers) (`a.go:11:6      revive  exported: exported type X should have comment`,
    // `main.go:70:15:   errcheck  Error return value of …`): no compiler writes a name there.
    cue('lint-name-column', 'PAT-007', new RegExp(String.raw `^\S{1,300}?\.[A-Za-z]\w{0,5}:\d{1,6}(?::\d{1,6})?:?\s{2,}(?:${GOLANGCI_LINTERS})\s{2,}\S`), 52, { alone: true, severity: 0.7 }),
    // A finding at a place in brackets with its severity in parentheses, cppcheck's classic
    // template (`[src/curl.cpp:4075]: (error) Memory leak: new_item`, `(style) Variable 'x' is
    // assigned a value that is never used.`): a static analyser's, not a compiler's.
    cue('bracket-place-severity', 'PAT-007', /^\[\S{1,300}?:\d{1,6}\]: \((?:error|warning|style|performance|portability|information)\) \S/, 54, { alone: true, severity: 0.7 }),
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
    cue('lint-rule-suffix', 'PAT-007', /^\S{1,300}?:\d+(?::\d+)?:? .{1,300}(?:\((?!-W)(?:[@\w-]+\/)?[A-Za-z][\w-]{2,60}\)|\[(?!-W)[A-Za-z][\w,.-]{2,80}\])$/, 44, { severity: 0.7 }),
    // A located diagnostic whose message ends with its rule's name in parentheses, the way
    // linters name their checks (golangci-lint's `(errcheck)`, eslint's `(prettier/prettier)`,
    // phpcs's `(Squiz.WhiteSpace.SuperfluousWhitespace.EndLine)`): a linter's, even when the
    // message starts with "Error", which a compiler's located error line does not end like. A
    // stack frame (`a.zig:9:14: 0x2241c7 in expect (test)`) names its module so: not one.
    cue('lint-rule-in-parens', 'PAT-007', /^\S{1,300}?:\d+(?::\d+)?:? (?!0x[\da-f]{1,16} in ).{1,300}\((?!-W)(?:@?[\w-]{1,40}\/)?[A-Za-z][\w-]{1,60}(?:\.[A-Za-z][\w-]{0,60}){0,6}\)$/, 54, { severity: 0.7 }),
    // An error annotation on a file whose message ends with a rule's name or code, as linters
    // report through GitHub (`::error file=a.css,line=3::Unexpected unknown property (property-no-unknown)`).
    cue('annotation-lint', 'PAT-007', /^::(?:error|warning)\b[^:]{0,300}\bfile=[^:]{1,300}::.{0,600}(?:\((?:@?[\w-]+\/)?[\w-]{2,60}\)|\[[A-Za-z][\w.,-]{1,80}\]|\b[A-Z]{1,4}\d{3,4}\b.{1,300})$/, 56, { severity: 0.9 }),
    // A linter's message as an annotation shows it, file dropped: a sentence, then its rule's id.
    cue('message-rule-id', 'PAT-007', /[a-z)'"\x60]\. \((?:@?[\w-]{1,40}\/)?[a-z][a-z\d]*(?:-[a-z\d]+){1,8}\)$/, 44),
    // The same from linters that name the check after the message with no full stop, as
    // golangci-lint's annotations read in the web view (`Error: ineffectual assignment to err
    // (ineffassign)`, `##[error]Error return value of \x60f\x60 is not checked (errcheck)`), even
    // quoted in a sentence. A compiler's `(os error 2)` has blanks in it: not one.
    cue('error-message-check-id', 'PAT-007', /\b(?:Error|ERROR|error)\b.{1,600}[a-z\x60'"] \((?:@?[\w-]{1,40}\/)?[a-z][a-z\d]{2,30}(?:[-_][a-z\d]{1,30}){0,6}\)["'\x60]?\)?$/, 44),
    cue('lint-code', 'PAT-007', /^\S{1,300}?:\d+(?::\d+)?:?\s+(?:\[?(?:error|warning|info|style|convention|refactor)\]?:?\s+)?(?!TS\d|CS\d|FS\d|BC\d|NU\d|LNK\d|MSB\d|C\d{4}\b)[A-Z]{1,4}\d{3,4}\b|^\S{1,300}?:\d+(?::\d+)?:? (?:SC\d{4}|DL\d{4}|MD\d{3}|RUF\d{3}|[EWFC]\d{3,4})\b|^\s{0,12}(?!(?:TS|CS|FS|BC|NU|LNK|MSB)\d)(?:[A-Z]{1,3}\d{3,4}|[A-Z]{2,6}-\d{3})\b(?! ?[:=-]\d| \d\d:\d\d:\d\d)/, 50, { severity: 0.6 }),
    cue('task-lint-failed', 'PAT-007', taskFailed(LINT_TASKS), 40, { alone: true, summary: true }),
    cue('grunt-task-lint-failed', 'PAT-007', gruntTaskFailed(GRUNT_LINT_TASKS), 40, {
        alone: true,
        summary: true,
        severity: 0.7,
        warningFails: true
    }),
    cue('diff-hunk', 'PAT-007', /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@|^(?:---|\+\+\+) (?:a\/|b\/|original\/|\S+\.(?:orig|formatted))/, 30),
    cue('not-up-to-date', 'PAT-007', /\b(?:is|are) not up[- ]to[- ]date\b|\bgenerated (?:files?|code) (?:is |are )?(?:out of date|stale|changed|differ)|\buncommitted changes\b|\bworking tree (?:is )?(?:not clean|dirty)\b|\bgit diff --exit-code\b/i, 40)
];
/** Lines that only repeat an earlier failure: wrappers' and runners' exit-code echoes. */
const ECHO = /^(?:make(?:\[\d+\])?: \*\*\* |ninja: build stopped|FAILED: \S{1,300}\.(?:o|obj)\s*$|npm (?:ERR!|error)(?:\s*$| (?:code (?:ELIFECYCLE|1)\b|errno |Failed at the |This is probably not a problem|A complete log|Lifecycle script|command (?:failed|sh -c)|path \/|signal ))|error Command failed with exit code|info Visit https:\/\/yarnpkg|\s*ELIFECYCLE\b|\s*ERR_PNPM_RECURSIVE|(?:Error: )?Process completed with exit code|Process exited with code \d|The command ".{0,400}" (?:failed and )?exited with|Build FAILED\.$|\*\* [A-Z]{1,20}(?: [A-Z]{1,20})? FAILED \*\*$|(?:FAILURES|ERRORS)!$|ERROR: script returned exit code|Exited with code|ERROR: Job failed: exit code|Command exited with non-zero status|Error: Command failed:|\[ERROR\](?:\s*$| (?:-> \[Help|Re-run Maven|For more information|To see the full stack))|(?:\[(?:INFO|ERROR)\] )?BUILD FAILURE|FAILURE: Build failed with an exception|BUILD FAILED\b|\* What went wrong:\s*$|error: could not compile|error: Recipe \x60|Error: The process '.{0,300}' failed with exit code|#=+ ERROR while (?:compiling|installing|removing|fetching) |gyp ERR! (?:build error|not ok|configure error|stack Error: .make. failed with exit code|stack {4,}at |System |command |cwd |node -v |node-gyp -v )|.{0,300}?\bprocess ".{1,400}" did not complete successfully: exit code: \d+$|(?:ERROR: )?executor failed running \[.{1,400}\]: exit code: \d+$|The command '.{1,400}' returned a non-zero code: \d+$|Build step '.{0,200}' marked build as failure|exit status \d+$|FAIL$|\+ exit \d|##\[error\]Process completed|FAILED: Build did NOT complete successfully)/;
/**
 * Phrases of a clean result ("0 failed", "errors: 0", "no vulnerabilities found", a table's
 * row `┃ Vulnerable Dependencies ┃ 0 ┃`): a line made of them is not evidence, even though it
 * names failures.
 */
const ALL_CLEAR = /:\s*0\s*$|^\W{0,4}[A-Za-z][\w ]{1,60}?\s[┃│|]\s{0,8}0\s{0,8}[┃│|]\s*$|\bis compliant with\b|\bAll checks passed\b|\bno (?:known )?security vulnerabilit|\b0 (?:failed|failures?|failing|errors?|vulnerabilit(?:y|ies)|problems?|issues?|offen[cs]es?|violations?)\b|\b(?:failed|failures|errors|error count|vulnerabilities|problems|issues)[:=] ?0\b|\bno (?:errors?|failures?|vulnerabilit(?:y|ies)|issues?|problems?|offen[cs]es?|violations?|known vulnerabilit(?:y|ies))(?: (?:were |was )?(?:found|detected|reported))?\b|\bwithout (?:errors|failures)\b|\b(?:all|[1-9]\d*) (?:tests? )?passed\b(?!.{0,40}\b(?:[1-9]\d* (?:failed|errors?)|fail))/i;
/**
 * Notices a tool prints on success in error words: pip's report, after an install that
 * worked (exit 0), of conflicts among packages already installed, with its list of them
 * (`x 1.0 requires y>=2, which is not installed.`, `… but you have y 1.5 which is incompatible.`).
 * Such a line is no evidence of anything failing.
 */
const HARMLESS_NOTICE = /^(?:SKIPPED|SKIP|XFAIL|XPASS) \[\d+\] |^ERROR: pip's dependency resolver does not currently take into account all the packages that are installed\b|^ERROR: \S+ \S+ has requirement .{1,200}, but you'll have .{1,200} which is incompatible\.$|^[\w.-]{1,100} [\w.+!-]{1,40} requires .{1,200}?, (?:which is not installed|but you have .{1,200} which is incompatible)\.$|^Failed to save: Unable to reserve cache with key .{1,400}, another job may be creating this cache\b/;
/**
 * A line that says the operation it reports will be tried again (`Retrying request in 3000 ms`,
 * `Attempt 1 of 5 failed`, `will retry`): like a warning, the tool went on; what failed, if
 * anything, is told after it.
 */
const RETRY_NOTICE = /\b(?:retrying\b|will (?:be )?retr(?:y|ied)\b|retry(?:ing)? in \d|trying again\b|attempt \d{1,3} (?:of|\/) \d{1,3} failed\b)/i;
/**
 * A nonzero failure count on the same line beats an all-clear phrase ("1 failed, 0 errors",
 * "errors: 0, invalid: 1"), and so do luacheck's warnings, which fail its run
 * (`Total: 626 warnings / 0 errors in 96 files`).
 */
const NONZERO_FAILURES = /\bTotal: [1-9]\d* warnings? \/ |\b[1-9]\d* (?:failed|failures?|failing|errors?|errored|broken|vulnerabilit|problems?(?! \(0 errors?\b))\b|\bdid not pass\b|\b(?:invalid|failed|failures?|errors?|problems?|issues?|violations?|vulnerabilit(?:y|ies)|offen[cs]es)\s*[:=]\s*[1-9]/i;
// Error-level words: a line with one is evidence of something gone wrong (0.55); a line that
// starts with an error marker is stronger (0.9).
const SEVERE_WORDS = /\b(?:error|errors|fail|failed|failure|failures|fatal|panic|panicked|exception|cannot|can't|couldn't|could not|unable to|not found|no such|denied|refused|invalid|missing|undefined|unresolved|timed out|timeout|aborted|abort|killed|crash(?:ed)?|segmentation fault|core dumped|violation|violations|forbidden|unauthorized|rejected|exceeded|unsatisfied|unsupported|incompatible|mismatch|broken|not allowed|not compliant|did not pass)\b|[✗✕✘×✖❌]/i;
const LINE_START_FAILURE = /^\s*(?:::error\b|[\w.+-]{1,40}: (?:fatal )?error: |FAIL(?:ED|URE)?\b|ERROR\b|Error\b|error\b|FATAL\b|fatal\b|E {2,}\S|E\s*$|not ok \d+(?![^#]{0,300}# ?(?:TODO|SKIP|todo|skip)\b)|[✗✕✘×✖❌] |\d{1,6}\s+[✗✘✖❌] |--- FAIL|\[ *FAIL(?:ED)? *\]|Traceback \(most recent|panic: |thread '.{0,200}' panicked|Exception in thread|(?:[\w$]+\.)*[A-Z]\w*(?:Error|Exception|Failure)\b(?::|$)|\*\* \([\w.]+(?:Error|Exception)\)|Caused by: )/;
/** golangci-lint's linters, as the `lint-name-column` cue names them. */
const LINT_NAME_COLUMN = GOLANGCI_LINTERS.split('|');
/**
 * Words that make a line worth reading for a cue that can make a line evidence on its own (an
 * `alone` cue or one that implies a severity): every match of the cue without an error word
 * contains one of them (a test checks it on every log of the fixtures). Lowercase, as the
 * literal index folds case. Cues not listed are read only on lines that are evidence already.
 */
const CUE_TRIGGERS = {
    'tests-failed': ['did not pass', 'errored during', 'there was', 'there were'],
    'located-unknown-name': [
        'undefined:',
        'not in scope',
        'undeclared',
        'cannot find symbol',
        'unbound ',
        'not declared'
    ],
    'task-build-failed': ['running target', 'nx run', 'failed:', 'error', 'elifecycle', 'lerna err!'],
    'task-test-failed': ['running target', 'nx run', 'failed:', 'error', 'elifecycle', 'lerna err!'],
    'task-lint-failed': ['running target', 'nx run', 'failed:', 'error', 'elifecycle', 'lerna err!'],
    assertion: ['assert', 'expected', 'expectation', 'comparisonfailure'],
    'expected-received': ['expected', 'received', 'actual', 'but was'],
    vulnerability: ['vulnerab'],
    'advisory-id': ['cve-', 'ghsa-', 'rustsec-', 'pysec-', 'go-20', 'osv-20', 'snyk-', 'cwe-'],
    'secrets-found': ['leak', 'secret', 'verified result'],
    'findings-count': ['high: ', 'critical: ', 'for known ', 'potential '],
    'license-not-allowed': ['licen', 'need approval', 'needs approval', 'need review', 'needs review', 'not approved'],
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
        'no output'
    ],
    'toolchain-version': [
        'requires ',
        'your ',
        'unsupported',
        'is incompatible with',
        'unable to find',
        'does not support targeting'
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
    lockfile: [
        'lock',
        'go.sum',
        'go.mod',
        '-mod=',
        'package.resolved',
        'deployment mode',
        'frozen mode',
        'verification failed',
        'checksum mismatch'
    ],
    'python-module-missing': ['no module named'],
    'solver-failed': [
        'nothing provides',
        'version solving failed',
        'resolutionimpossible',
        't be solved',
        'unsatisfiable ',
        'no solution found'
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
        'no matching version'
    ],
    'system-package': [
        'unable to locate',
        'installation candidate',
        'externally-managed',
        'was not found',
        'no package ',
        'no available formula',
        'no matching distribution',
        'is referred to by another package'
    ],
    network: [
        'empty reply',
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
        'cannot be reached'
    ],
    'http-client-timeout': [
        'client.timeout',
        'request canceled',
        'awaiting headers',
        'dial tcp',
        'curl error',
        'operation timed out',
        'deadline exceeded'
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
        'docker daemon'
    ],
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
        'killed',
        'heap space',
        'disappeared unexpectedly',
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
    'annotation-lint': ['::error', '::warning'],
    'style-sentence': ['detected', 'found'],
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
};

// EXTERNAL MODULE: ./packages/core/src/diagnosis/finding.ts
var finding = __webpack_require__(69942);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/line-fingerprint.ts
var line_fingerprint = __webpack_require__(36284);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/line-splitter.ts
var line_splitter = __webpack_require__(6781);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/literal-hint.ts
var literal_hint = __webpack_require__(13808);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/literal-index.ts
var literal_index = __webpack_require__(27469);
;// CONCATENATED MODULE: ./packages/core/src/diagnosis/locator.ts
/**
 * The locator: which lines of a step are evidence of its failure, whatever tool printed them,
 * and how strongly. A line is evidence when it is error-level (`error:`, `ERROR`, `FAILED`,
 * `✗`, pytest's `E   `, `##[error]`), names a failure in words, or carries a cue that alone
 * says something failed (`No space left on device`). Lines that only echo an earlier failure
 * (`make: ***`, `npm ERR! code ELIFECYCLE`) or report a clean result (`0 failed`) count little.
 * State is bounded: the strongest few lines per step, its last few lines when it failed, and
 * a bounded count of repeats per fingerprint.
 */

const MAX_EVIDENCE_TEXT = 500;
/** Evidence lines kept per step (the strongest). */
const STEP_EVIDENCE = 24;
/** Lines before a step's failure marker kept as last-resort evidence. */
const TAIL_LINES = 6;
/** Words that make a line a candidate for SEVERE_WORDS / LINE_START_FAILURE (literal prefilter). */
const SEVERITY_LITERALS = [
    'error',
    'fail',
    'fatal',
    'panic',
    'exception',
    'cannot',
    "can't",
    "couldn't",
    'could not',
    'unable to',
    'not found',
    'no such',
    'denied',
    'refused',
    'invalid',
    'missing',
    'undefined',
    'unresolved',
    'timed out',
    'timeout',
    'abort',
    'killed',
    'crash',
    'segmentation fault',
    'core dumped',
    'violation',
    'forbidden',
    'unauthorized',
    'rejected',
    'exceeded',
    'unsatisfied',
    'unsupported',
    'incompatible',
    'mismatch',
    'broken',
    'not allowed',
    'not compliant',
    'did not pass',
    'not ok',
    'traceback',
    'caused by',
    '✗',
    '✕',
    '✘',
    '×',
    '✖',
    '❌'
];
// A diagnostic after a source location: `a.c:3:5: error:`, `a.ts(4,7): error TS2322`, `a.kt:3: e:`,
// also indented under the tool that ran the compiler (stack, cabal, a build script's log) or
// repeated in a build tool's summary (MSBuild's `  a.cs(3,13): error CS0234`).
const LOCATED_ERROR = /^[ \t]{0,8}\S{1,300}?(?::\d+|\(\d+(?:,\d+)?\)|:\[\d+(?:,\d+)?\])\S{0,20}:? ?(?:fatal )?(?:error|Error|ERROR)\b/;
/**
 * How much a cleaned line alone says that something failed, 0–1: an error annotation or
 * level 1, a line opening with a failure marker 0.9, failure words 0.55, a warning 0.2. An
 * echo of an earlier failure counts 0.3 at most; an all-clear line ("0 failed") 0.05.
 */
function lineSeverity(text, level, command, words) {
    let s = 0;
    if (command === 'error' || level === 'error' || LOCATED_ERROR.test(text))
        s = 1;
    else if (LINE_START_FAILURE.test(text))
        s = 0.9;
    else if (words && SEVERE_WORDS.test(text))
        s = level === 'warning' ? 0.25 : 0.55;
    else if (level === 'warning' || command === 'warning')
        s = 0.2;
    if (s === 0)
        return 0;
    if (ECHO.test(text))
        s = Math.min(s, 0.3);
    if (isAllClear(text))
        s = Math.min(s, 0.05);
    return s;
}
/** A line that reports a clean result ("0 failed", "No vulnerabilities found") and no failure. */
function isAllClear(text) {
    return ALL_CLEAR.test(text) && !NONZERO_FAILURES.test(text);
}
/** Each cue's hit, made once: hits are never changed, so every line shares them. */
const CUE_HITS = CUES.map((c) => ({
    id: c.id,
    pattern: c.pattern,
    weight: c.weight,
    alone: c.alone === true,
    summary: c.summary === true,
    warningFails: c.warningFails === true,
    severity: c.severity ?? 0,
    toolName: c.toolName === true
}));
/**
 * An annotation's message that ends with a rule's or linter's name (`(errcheck)`,
 * `(jsdoc/require-jsdoc)`, `(E501)`), as linters report through GitHub with the file in the
 * annotation's properties: the `##[error]` or `::error::` line, or the web view's `Error: `.
 * Words that end a runner's or tool's own message in parentheses are not names.
 */
const ANNOTATION_RULE_SUFFIX = /\((?:@?[\w-]{1,40}\/)?(?!(?:timeout|failure|failed|error|errors|warning|cancell?ed|aborted|required|optional|default|main|master|latest|deprecated|skipped|none|null|undefined|true|false)\))(?:[a-z][a-z\d]*(?:[-_.][a-z\d]+){0,6}|[A-Z]{1,4}\d{2,5})\)\.?$/;
const ANNOTATION_TEXT = /^(?:::(?:error|warning)\b[^:]{0,300}::|(?:Error|Warning): (?!.{0,600}: ))/;
const ANNOTATION_LINT_HIT = CUE_HITS[CUES.findIndex((c) => c.id === 'annotation-lint')];
/**
 * The lint cue of an annotation (`command`: the line's `##[…]` command) whose message ends
 * with a rule's name, when no lint cue read the line already; undefined otherwise.
 */
function annotationLintCue(text, command, cues) {
    // Most lines end otherwise, or start as no annotation does: no regex for them.
    const last = text.charCodeAt(text.length - 1);
    if (last !== 0x29 && last !== 0x2e)
        return undefined;
    if (command !== 'error' && command !== 'warning') {
        const first = text.charCodeAt(0);
        if ((first !== 0x3a && first !== 0x45 && first !== 0x57) || !ANNOTATION_TEXT.test(text))
            return undefined;
    }
    if (cues.some((c) => c.pattern === 'PAT-007'))
        return undefined;
    return ANNOTATION_RULE_SUFFIX.test(text) ? ANNOTATION_LINT_HIT : undefined;
}
/** The cues among the first `count` of `candidates` (indexes into CUES) whose regex matches `text`. */
function matchCues(text, candidates, count = candidates.length) {
    const out = [];
    for (let k = 0; k < count; k++) {
        const i = candidates[k];
        if (CUES[i].regex.test(text))
            out.push(CUE_HITS[i]);
    }
    return out;
}
/** Whether one of the cues alone says something failed. */
function hasAloneCue(hits) {
    return hits.some((h) => h.alone);
}
/** The order in which a step keeps its evidence: severity, then the strongest cue or rule. */
function evidenceKey(e) {
    let cue = 0;
    for (const h of e.cues)
        if (h.weight > cue)
            cue = h.weight;
    return e.severity + cue / 100 + (e.rule ? e.rule.weight / 100 : 0);
}
/**
 * A step's evidence: the STEP_EVIDENCE strongest lines (the earliest among equals, as a first
 * error explains the ones after it), and the last lines before its failure marker.
 */
class StepEvidence {
    strongest = [];
    tail = [];
    weakest = -1;
    weakestKey = -1;
    /** Whether a line of this key would be kept (so the caller need not build it otherwise). */
    wouldKeep(key) {
        return this.strongest.length < STEP_EVIDENCE || key > this.weakestKey;
    }
    offer(e) {
        if (this.strongest.length < STEP_EVIDENCE) {
            this.strongest.push(e);
            if (this.strongest.length === STEP_EVIDENCE)
                this.findWeakest();
            return true;
        }
        if (evidenceKey(e) <= this.weakestKey)
            return false;
        this.strongest[this.weakest].dropped = true;
        this.strongest[this.weakest] = e;
        this.findWeakest();
        return true;
    }
    /** Every distinct evidence line of the step, in line order. */
    all() {
        const seen = new Set();
        const out = [];
        for (const e of [...this.strongest, ...this.tail]) {
            if (seen.has(e.line))
                continue;
            seen.add(e.line);
            out.push(e);
        }
        return out.sort((a, b) => a.line - b.line);
    }
    get size() {
        return this.strongest.length + this.tail.length;
    }
    findWeakest() {
        let w = 0;
        let wk = evidenceKey(this.strongest[0]);
        for (let i = 1; i < this.strongest.length; i++) {
            // Among equals the latest goes first: the earliest error explains the later ones.
            const k = evidenceKey(this.strongest[i]);
            if (k <= wk) {
                w = i;
                wk = k;
            }
        }
        this.weakest = w;
        this.weakestKey = wk;
    }
}
/**
 * Counts repeats per fingerprint, in bounded memory: once MAX_TRACKED fingerprints are known,
 * new ones are not counted (they read as seen once), known ones still are.
 */
class RepeatCounter {
    static MAX_TRACKED = 16384;
    counts = new Map();
    bump(fp) {
        const c = this.counts.get(fp);
        if (c !== undefined)
            this.counts.set(fp, c + 1);
        else if (this.counts.size < RepeatCounter.MAX_TRACKED)
            this.counts.set(fp, 1);
    }
    count(fp) {
        return this.counts.get(fp) ?? 1;
    }
}
/**
 * 1 for a line seen up to three times (a failure and its summary repeat it), less the more
 * often the log repeats it (a retry loop, a warning printed per file).
 */
function novelty(count) {
    return count <= 3 ? 1 : 1 / (1 + 0.3 * Math.log2(count / 3));
}
// A test runner's progress line: the test's name, then its failure mark (`test_x (m.T) ... FAIL`,
// `1/3 Test #2: ring ......***Failed  0.47 sec`, vitest's `× knows sunday 11ms`).
const PROGRESS_TRAILING = /^(?:\d+\/\d+ )?(?:Test +#\d+: )?(\S.{2,300}?) (?:\.{2,}|…) ?\*{0,3}(?:FAIL(?:ED)?|ERROR|Failed|Error|failed)\b/;
const PROGRESS_MARKED = /^[✗✕✘×⨯] (\S.{2,300}?) \(?\d+(?:\.\d+)? ?m?s\)?$/;
/**
 * The name of the failed test a runner's progress line reports, or undefined when the line is
 * not one. Runners explain each failure further on, under the same name (`FAIL: test_x (m.T)`,
 * ` FAIL  a.test.js > suite > knows sunday`): that explanation is the line to quote.
 */
function progressTestName(text) {
    const line = text.trim();
    const m = PROGRESS_TRAILING.exec(line) ?? PROGRESS_MARKED.exec(line);
    const name = m?.[1]?.trim();
    return name !== undefined && name.length >= 4 ? name : undefined;
}
/** The line's strongest cue of `pattern` is a count of failures told in detail elsewhere, and no rule of it read the line. */
function isCount(e, pattern) {
    return strongestCueOnly(e, pattern)?.summary === true;
}
/** The line's strongest cue of `pattern` only names the family's tool, and no rule of it read the line. */
function namesToolOnly(e, pattern) {
    return strongestCueOnly(e, pattern)?.toolName === true;
}
/** The line's strongest cue of `pattern`, when no rule of `pattern` read the line. */
function strongestCueOnly(e, pattern) {
    if (e.rule && e.rule.pattern === pattern)
        return undefined;
    let top;
    for (const c of e.cues)
        if (c.pattern === pattern && (!top || c.weight > top.weight))
            top = c;
    return top;
}
/**
 * The line of a step's evidence that tells in detail what `shown` only stands for, or
 * undefined when `shown` is the detail. A runner's progress line gives way to the failure's
 * explanation further on under the same test name; a count of failures to the first failure
 * line before it of no other family (not a warning); a line that only names the family's tool
 * (its command, its config notice) to the first report of a finding of the family in the step,
 * or else the first error-level line of no other family after it.
 */
function detailOf(shown, evidence, pattern) {
    if (namesToolOnly(shown, pattern)) {
        const own = (e) => !e.cues.some((c) => c.pattern !== pattern) && !(e.rule && e.rule.pattern !== pattern) && !e.warning;
        return (evidence.find((e) => e !== shown && own(e) && e.cues.some((c) => c.pattern === pattern && c.severity > 0 && !c.summary)) ?? evidence.find((e) => e.line > shown.line && own(e) && e.severity >= 0.9 && !namesToolOnly(e, pattern)));
    }
    const name = progressTestName(shown.text);
    if (name !== undefined)
        return evidence.find((e) => e.line > shown.line &&
            e.text.includes(name) &&
            e.text !== shown.text &&
            (e.severity >= 0.5 || e.cues.some((c) => c.pattern === pattern)));
    if (!isCount(shown, pattern))
        return undefined;
    return evidence.find((e) => e.line < shown.line &&
        e.severity >= 0.9 &&
        !e.warning &&
        !e.cues.some((c) => c.pattern !== pattern) &&
        !(e.rule && e.rule.pattern !== pattern));
}

// EXTERNAL MODULE: ./packages/core/src/diagnosis/log-line.ts
var log_line = __webpack_require__(42048);
;// CONCATENATED MODULE: ./packages/core/src/diagnosis/outcome-markers.ts

// A GitHub runner's first and last lines of a job: the log is the whole job, not an excerpt
// (only then does a log with no error annotation say that nothing failed).
const JOB_FRAME = /^(?:Current runner version: '|Complete job name: |Cleaning up orphan processes$)/;
// A Buildkite agent's first lines of a job (its hooks, its checkout), and Azure Pipelines' first
// and last tasks (read on the `##[section]` line, see agentFrameOf).
const AGENT_FRAME = /^~~~ (?:Preparing working directory|Running (?:agent|global) (?:environment|checkout|pre-checkout) hook)$/;
const AZURE_FRAME = /^(?:Starting: Initialize job|Finishing: Finalize Job)$/;
const JOB_SUCCESS = /^(?:Finished: SUCCESS|Done\. Your build exited with 0\.|Job succeeded)$/;
const JOB_FAILURE = /^(?:Finished: (?:FAILURE|ABORTED|UNSTABLE)|Done\. Your build exited with [1-9]\d*\.|ERROR: Job failed\b)/;
// Besides runners' and build tools' results (npm's own `npm info ok` at its verbose end), test
// runners' all-passed summaries (go test's `PASS` and `ok  \tpkg\t0.01s` for each package,
// PHPUnit's `OK, but incomplete, skipped, or risky tests!`, prove's `All tests successful.`): they
// close the output of one test binary or run, whose error words were then expected output.
const STEP_SUCCESS = /^(?:The command ".{0,2000}" exited with 0\.|CircleCI received exit code 0$|\[INFO\] BUILD SUCCESS$|BUILD SUCCESSFUL\b|test result: ok\.|=+ (?:\d+ (?:passed|skipped|deselected|xfailed|xpassed|warnings?)(?:, )?)+ in [\d.]+s(?: \([\d:]+\))? =+$|Tests:\s+(?:\d+ (?:skipped|todo|passed), )*\d+ total$|OK(?: \(\d+ tests?(?:, \d+ assertions?)?\))?$|OK, but (?:incomplete, skipped, or risky tests|some tests were skipped|there were issues|some tests have issues)!$|All tests successful\.$|Result: PASS$|Passed!\s+- Failed:\s+0,|npm (?:info ok|verbose exit 0)$|ok {1,4}\t?\S{1,300}\t(?:[\d.]{1,12}s|\(cached\))(?:\s.{0,200})?$|PASS$)/;
// Maven and Gradle announce the failure first and explain it after: the step is failing, its
// evidence still to come (Maven's reactor summary row of a module that failed, then `BUILD
// FAILURE`). So do MSBuild (`Build FAILED.`, then its errors again), xcodebuild's banners
// (`** BUILD FAILED **`, `** TEST FAILED **`, `** ARCHIVE FAILED **`, then the commands that
// failed) and PHPUnit's verdicts (`FAILURES!`, `ERRORS!`, then the counts).
const STEP_FAILING = /^(?:\[(?:INFO|ERROR)\] BUILD FAILURE$|\[INFO\] \S.{0,200} \.{2,} ?FAILURE \[ {0,4}[\d:.]{1,12} ?(?:s|min|h)?\]$|FAILURE: Build failed with an exception|Build FAILED\.$|\*\* [A-Z]{1,20}(?: [A-Z]{1,20})? FAILED \*\*$|(?:FAILURES|ERRORS)!$)/;
// Travis's verdict on a command of any phase (`The command "pod install" failed and exited with 1
// during before_install.`), Bitrise's step table (`| x | xcode-archive@3 (exit code: 1) |`).
// A test binary's or package's own failed summary ends that unit's output: what follows
// belongs to the next unit (jest's `Test Suites: 3 failed` though its `Tests:` count all
// passed). A Docker build's failed `RUN` (BuildKit's `ERROR: failed to solve: process
// "/bin/sh -c …" did not complete successfully`, the classic builder's `returned a
// non-zero code`) ends the output of the command it ran.
const STEP_FAILURE = /^(?:The command ".{0,2000}" (?:failed and )?exited with [1-9]\d*(?: during \w{1,40})?\.|\| x \| .{1,200}\(exit code: [1-9]\d*\)|test result: FAILED\.|=+ .{0,200}\b[1-9]\d* (?:failed|errors?)\b.{0,200} in [\d.]+s(?: \([\d:]+\))? =+$|Tests:\s+[1-9]\d* failed\b|Test Suites:\s+[1-9]\d* failed\b|FAIL\t\S+\t[\d.]+s$|ERROR: script returned exit code [1-9]|Exited with code (?:exit status )?[1-9]|\ud83d\udea8 Error: The command exited with status [1-9]|BUILD FAILED\b|make(?:\[\d+\])?: \*\*\* \[|npm ERR! code ELIFECYCLE$|error Command failed with exit code [1-9]|Build step '.{0,200}' marked build as failure$|Error: Process completed with exit code [1-9]|Process exited with code [1-9]\d*\b|(?:ERROR|Error|error)\b[^"]{0,300}?\bprocess ".{1,2000}" did not complete successfully: exit code: [1-9]\d*$|The command '.{1,2000}' returned a non-zero code: [1-9]\d*$)/;
// `##[error]` lines that end a step: GitHub's, and Azure Pipelines' task results.
const GHA_STEP_FAILURE = /^(?:Process completed with exit code [1-9]\d*\.?|(?:Bash|PowerShell|Cmd\.exe|\w{1,40}) exited with code '[1-9]\d*'\.|Script failed with (?:exit code|error)\b.{0,200})$/;
/**
 * The markers in the order they are tried, each with the ASCII characters its lines can start
 * with and the literals (lowercase, of two characters at least) one of which each of its lines
 * holds, when it has such literals.
 */
const OUTCOME_MARKERS = [
    [JOB_FRAME, 'job-frame'],
    [AGENT_FRAME, 'agent-frame'],
    [JOB_SUCCESS, 'job-success'],
    [JOB_FAILURE, 'job-failure'],
    [STEP_SUCCESS, 'step-success'],
    [STEP_FAILING, 'step-failing'],
    [STEP_FAILURE, 'step-failure']
].map(([regex, outcome]) => ({
    regex,
    outcome,
    first: (0,literal_hint/* firstChars */.OJ)(regex.source, regex.flags),
    literals: (0,literal_hint/* requiredLiterals */.C)(regex.source, 2, true)
}));
/** The ASCII characters some marker's line can start with, read off the markers' own regexes. */
const FIRST_ASCII = OUTCOME_MARKERS.reduce((table, m) => {
    for (let c = 0; c < 128; c++)
        if (!m.first || m.first[c] === 1)
            table[c] = 1;
    return table;
}, new Uint8Array(128));
/**
 * Cheap first-character gate: a line whose first character no marker's line starts with needs
 * no regex (nor a string of its own). Beyond ASCII, which the markers' tables do not cover, only
 * Buildkite's 🚨 (its high surrogate) starts a marker.
 */
function mayAnnounceOutcome(firstChar) {
    return firstChar < 128 ? FIRST_ASCII[firstChar] === 1 : firstChar === 0xd83d;
}
/** outcomeOf's `maybe` when any marker may match: bit k stands for OUTCOME_MARKERS[k]. */
const ANY_OUTCOME = (1 << OUTCOME_MARKERS.length) - 1;
/**
 * The outcome a cleaned line announces, if any. A caller that knows which markers' literals
 * the line lacks leaves their bits out of `maybe`: those markers are not tried.
 */
function outcomeOf(line, maybe = ANY_OUTCOME) {
    const t = line.text;
    if (line.command === 'section')
        return AZURE_FRAME.test(t) ? 'agent-frame' : undefined;
    if (line.command === 'error')
        return GHA_STEP_FAILURE.test(t) ? 'step-failure' : undefined;
    if (t.length === 0)
        return undefined;
    const c = t.charCodeAt(0);
    if (!mayAnnounceOutcome(c))
        return undefined;
    for (let k = 0; k < OUTCOME_MARKERS.length; k++) {
        const m = OUTCOME_MARKERS[k];
        // A marker whose lines cannot start with this character, or hold none of its literals, is not tried.
        if ((maybe & (1 << k)) === 0 || (m.first && c < 128 && m.first[c] === 0))
            continue;
        if (m.regex.test(t))
            return m.outcome;
    }
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
    /** The i-th newest entry (0: the newest), for `0 <= i < size`. */
    newest(i) {
        return this.items[(this.start + this.count - 1 - i) % this.capacity];
    }
    /** Entries oldest first. */
    toArray() {
        const out = [];
        for (let i = 0; i < this.count; i++)
            out.push(this.items[(this.start + i) % this.capacity]);
        return out;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/diagnosis/source-location.ts
/**
 * The source file and line an evidence line names: `a.rs:12:5`, `a.ts(12,5)`, Maven's
 * `A.java:[12,5]`, Python's `File "a.py", line 12`, GitHub's `file=a.py,line=12`. The finding
 * carries them, so alerts and annotations point at the code without parsing excerpts again.
 */
// tsc `a.ts(12,5)`, rustc/go/gcc/eslint `a.rs:12:5`, javac under Maven `A.java:[12,5]`.
const FILE_LINE = /(?<![\w./\\-])((?:[/\\]|[A-Za-z]:[/\\])?(?:[\w.@+-]{1,200}[/\\]){0,30}[\w.@+-]{0,200}\.[A-Za-z][A-Za-z0-9]{0,7})(?::\[?(\d{1,7})(?:[:,]\d{1,7})?\]?(?![\w.])|\((\d{1,7}),\d{1,7}\))/;
const PY_FILE_LINE = /File "([^"\r\n]{1,400})", line (\d{1,7})/;
const ANNOTATION = /\bfile=([^,:\s]{1,400}),line=(\d{1,7})/;
// Names that look like file:line but are hosts and ports or versions.
const NOT_A_FILE = /^(?:https?|ftp|git|ssh)$|^(?:[\w-]+\.)+(?:com|org|net|io|dev|sh|co|app)$/i;
/** The first source location named in `text` (a line or an excerpt), if any. */
function sourceLocationOf(text) {
    const t = text.length > 4000 ? text.slice(0, 4000) : text;
    const a = ANNOTATION.exec(t);
    if (a)
        return { file: a[1], line: Number(a[2]) };
    const py = PY_FILE_LINE.exec(t);
    if (py)
        return { file: py[1], line: Number(py[2]) };
    const re = new RegExp(FILE_LINE.source, 'g');
    for (let m = re.exec(t); m; m = re.exec(t)) {
        const file = m[1].replace(/^\.\//, '');
        if (NOT_A_FILE.test(file) || /^\d/.test(file.split(/[/\\]/).pop() ?? ''))
            continue;
        const line = Number(m[2] ?? m[3]);
        if (line > 0)
            return { file, line };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/diagnosis/step-hints.ts
/**
 * What a failing step's name, command and exit code say about the failure before any of its
 * output is read: `cargo deny check licenses` fails on licences, `npm run lint` on lint, exit
 * 137 is a kill (out of memory), 143 a stop by the runner, 124 a time limit. These are priors: they decide
 * between families when the output itself is ambiguous and never outweigh a tool's own error
 * line (a lint step that fails with `command not found` is a dependency issue).
 */
// Words in a step title or command. Order does not matter: every hint that matches adds.
const STEP_HINTS = [
    {
        pattern: 'PAT-004',
        regex: /\blicen[cs]es?\b|\blicen[cs]e[-_ ]?(?:check|finder|checker|header|eye|lint)|\breuse (?:lint|spec)|\bcargo[- ]deny check licen|\bcopyright\b|\bspdx\b|\bapache-rat\b|\brat:check\b|\bfossa\b|\blicensee\b|\baddlicense\b|\bgo-licenses\b|\bpip-licenses\b/i,
        points: 22
    },
    {
        pattern: 'PAT-003',
        regex: /\baudit\b|\bvuln|\bsecurity\b|\bsnyk\b|\btrivy\b|\bgrype\b|\bosv-scanner\b|\bsafety (?:check|scan)\b|\bbandit\b|\bgosec\b|\bgovulncheck\b|\bdependency-check\b|\bcargo[- ]deny check (?:advisories|bans)|\bretire\b|\bsemgrep\b|\bcodeql\b|\bbrakeman\b|\bgitleaks\b|\btrufflehog\b|\bcheckov\b|\btfsec\b|\bsast\b|\banchore\b|\bscout\b|\bxray\b|\bnancy\b|\bosv\b|\bdependency-review\b/i,
        points: 20
    },
    {
        pattern: 'PAT-007',
        regex: /\blint|\bfmt\b|(?<![-=])\bformat|\bprettier\b|\bstyle\b|\bstylecheck|\bclippy\b|\brubocop\b|\bflake8\b|\bpylint\b|\bruff\b|\bblack\b|\bisort\b|\bgolangci|\bstaticcheck\b|\bgofmt\b|\bgoimports\b|\bgo vet\b|\bktlint|\bdetekt|\bspotless|\bcheckstyle|\bswiftlint\b|\bshellcheck\b|\bhadolint\b|\bmarkdownlint|\byamllint\b|\bactionlint\b|\bpre-commit\b|\bcodespell\b|\bcspell\b|\btypos\b|\bspell(?:ing|[- ]?check\w*)\b|\bmisspell\b|\beditorconfig|\bphpcs\b|\bphp-cs-fixer\b|\bphpstan\b|\bpsalm\b|\bcredo\b|\bbiome\b|\bclang-tidy\b|\bcpplint\b|\bcommitlint\b|\bdprint\b|\btflint\b|\bkubeconform\b|\bkube-score\b|\bconftest\b|\bbuf (?:lint|breaking|format)\b|\bsqlfluff\b|\breviewdog\b|\bsuper-linter\b|\bmegalinter\b|\btrunk check\b/i,
        points: 20
    },
    {
        pattern: 'PAT-002',
        regex: /\btests?\b|\btesting\b|\bspecs?\b|\bpytest\b|\bjest\b|\bvitest\b|\bmocha\b|\bkarma\b|\bjasmine\b|\brspec\b|\bminitest\b|\bphpunit\b|\bpest\b|\bctest\b|\bnextest\b|\btox\b|\bnox\b|\bunittest\b|\bxunit\b|\bnunit\b|\bplaywright\b|\bcypress\b|\be2e\b|\bintegration\b|\bcucumber\b|\bbehat\b|\bava\b|\btap\b|\bbats\b|\bcoverage\b|\bprove\b|\bmix test\b|\bgo test\b|\bcargo test\b|\bdotnet test\b|\bswift test\b|\bgotestsum\b|\bginkgo\b/i,
        points: 16
    },
    {
        pattern: 'PAT-001',
        regex: /\bbuild\b|\bcompile|\bmake\b|\bcmake\b|\bninja\b|\btsc\b|\btype-?check|\bcargo (?:build|check)\b|\bgo build\b|\bassemble\b|\bmsbuild\b|\bdotnet build\b|\bxcodebuild\b|\bwebpack\b|\bvite build\b|\brollup\b|\besbuild\b|\bbazel build\b|\bmvn\b.*\b(?:compile|package|install)\b|\bgradlew?\b.*\b(?:build|assemble|compile)/i,
        points: 14
    },
    {
        pattern: 'PAT-006',
        regex: /\binstall\b|\bnpm ci\b|\bpnpm i\b|\byarn(?: --frozen-lockfile| --immutable)?$|\bbundle (?:install|config)|\bpip\b|\bpoetry (?:install|lock|check)|\buv (?:sync|pip|lock)\b|\bpipenv\b|\bcomposer\b|\bgo mod\b|\bgo get\b|\brestore\b|\bdependenc|\bdeps\b|\bvendor\b|\block ?file|\bapt(?:-get)?\b|\bbrew\b|\bconda\b|\bmamba\b|\bpod install\b|\bcargo fetch\b|\bresolve\b/i,
        points: 16
    },
    {
        pattern: 'PAT-008',
        regex: /\bcheckout\b|\bdownload|\bupload|\bcache\b|\bdocker (?:pull|push|login)\b|\bsetup-\w+|\bpublish\b|\bdeploy/i,
        points: 8
    }
];
/** Prior points per pattern from a step title and the commands it ran. */
function stepPriors(text) {
    const out = new Map();
    if (!text)
        return out;
    const t = text.length > 2000 ? text.slice(0, 2000) : text;
    for (const h of STEP_HINTS)
        if (h.regex.test(t))
            out.set(h.pattern, Math.max(out.get(h.pattern) ?? 0, h.points));
    return out;
}
/**
 * Prior points from a step's exit code: 124 is GNU timeout's, 143 SIGTERM (the runner or its
 * host stopping the process, sometimes a time limit), 137 SIGKILL (nearly always the out-of-memory killer on CI), 127 a command
 * that does not exist, 126 one that cannot run. `timeLimit`: the step's output names a time limit.
 */
function exitCodePriors(code, timeLimit = false) {
    const out = new Map();
    // A kill after the step said it ran out of time (TeamCity's `Execution timeout`, then exit
    // 137) is the time limit's doing, not memory's or the host's.
    if (timeLimit && (code === 137 || code === 143)) {
        out.set('PAT-005', 30);
        return out;
    }
    switch (code) {
        case 124:
            out.set('PAT-005', 40);
            break;
        case 143:
            out.set('PAT-008', 28);
            out.set('PAT-005', 12);
            break;
        case 137:
            out.set('PAT-008', 30);
            break;
        case 127:
            out.set('PAT-006', 30);
            break;
        case 126:
            out.set('PAT-006', 12);
            break;
    }
    return out;
}
// How often each class explains a failed CI job when nothing else tells: a tie-breaker only.
const BASE_RATE = {
    'PAT-002': 3,
    'PAT-001': 2.5,
    'PAT-007': 2,
    'PAT-006': 1.5,
    'PAT-008': 1,
    'PAT-005': 0.5,
    'PAT-003': 0.5,
    'PAT-004': 0.5
};
/** A small prior per built-in pattern (0 for user patterns). */
function baseRate(pattern) {
    return BASE_RATE[pattern] ?? 0;
}
/** Reads an exit code from a runner's or shell's failure line, if it names one. */
function exitCodeOf(text) {
    const m = EXIT_CODE.exec(text);
    if (!m)
        return undefined;
    const n = Number(m[1] ?? m[2] ?? m[3]);
    return Number.isInteger(n) && n >= 0 && n < 100000 ? n : undefined;
}
/**
 * A failed command as the tool that ran it echoes it: a Docker build's `RUN` instruction
 * (BuildKit's `process "/bin/sh -c …" did not complete successfully: exit code: N`, the classic
 * builder's `executor failed running […]`, `The command '/bin/sh -c …' returned a non-zero code:
 * N`), MSBuild's Exec task (`error MSB3073: The command "npm run build" exited with code 1.`),
 * execa's `Command failed with exit code 1: yarn build` and Python's `Command '['tox']' returned
 * non-zero exit status 1.`: the command it ran and its exit code, so the failure is read like a
 * step that ran that command.
 */
function failedCommandOf(text) {
    if (text.indexOf('did not complete successfully') < 0 &&
        text.indexOf('executor failed running') < 0 &&
        text.indexOf('returned a non-zero code') < 0 &&
        text.indexOf('exited with code') < 0 &&
        text.indexOf('Command failed with exit code') < 0 &&
        text.indexOf('non-zero exit status') < 0)
        return undefined;
    const m = FAILED_COMMAND.exec(text);
    if (!m)
        return undefined;
    // Groups come in (command, code) pairs, but for execa's wording, whose code comes first.
    let i = 1;
    while (m[i] === undefined && i < m.length)
        i += 2;
    const execa = i === 9;
    const command = m[execa ? 10 : i].trim();
    const code = Number(m[execa ? 9 : i + 1]);
    return Number.isInteger(code) ? { command, exitCode: code } : { command };
}
const FAILED_COMMAND = /\bprocess "(?:\/bin\/(?:ba)?sh -c |cmd \/S \/C )?(.{1,400}?)" did not complete successfully: exit code: (\d{1,5})|\bexecutor failed running \[(?:\/bin\/(?:ba)?sh -c )?(.{1,400}?)\]: exit code: (\d{1,5})|\bThe command '(?:\/bin\/(?:ba)?sh -c )?(.{1,400}?)' returned a non-zero code: (\d{1,5})|\bMSB3073: (?:\(\w+=\w+\) )?The command "(.{1,400}?)" exited with code (-?\d{1,10})|\bCommand failed with exit code (\d{1,5}): (.{1,400})$|\bCommand '(.{1,400}?)' returned non-zero exit status (\d{1,5})/;
const EXIT_CODE = /\bexit(?:ed)?(?: with)?(?: (?:code|status))?:? '?(\d{1,5})\b|\breturned (?:a )?(?:non-zero )?exit (?:code|status) (\d{1,5})\b|\bexit code:? (\d{1,5})\b/i;

;// CONCATENATED MODULE: ./packages/core/src/diagnosis/log-classifier.ts













// Evidence in a step that then passed is mostly noise (retried downloads, warnings, tests
// that print "error"); evidence in a step that failed is what the failure is about.
const PASSED_STEP_FACTOR = 0.3;
const FAILED_STEP_FACTOR = 1.1;
const WARNING_FACTOR = 0.5;
/** Findings scoring below this (e.g. a summary line in a step that passed) are not reported. */
const MIN_SCORE = 12;
/** A log that shows no failure marker is reported only on evidence at least this strong. */
const UNMARKED_MIN_SCORE = 18;
/** Rules this decisive explain the whole job wherever they match (disk full, runner lost). */
const ROOT_CAUSE_WEIGHT = 90;
const ROOT_CAUSE_BONUS = 20;
/** At most this much is added for a pattern's second line of evidence (rule and cue, or two cues). */
const SUPPORT_CAP = 6;
/** Lines at least this share of the best line's strength compete for the finding's line; the earliest wins. */
const NEAR_BEST = 0.65;
/** A summary line ("1 failed") competes for the finding's line at this share of its strength. */
const SUMMARY_FACTOR = 0.8;
/** Family cues of a step whose tool also reported that family clean ("0 vulnerabilities") count this much. */
const CLEARED_FACTOR = 0.25;
const MAX_VERDICT_CHARS = 100;
/** Rules at least this heavy match a tool's own report of the failure: their line is the one to quote. */
const DETAIL_WEIGHT = 70;
/** Tool reports within this many weight points of the best count as equally telling. */
const DETAIL_SPREAD = 2;
/** Tool reports this close to the first one belong to the same failure's block. */
const DETAIL_BLOCK_LINES = 30;
const RECENT_LINES = 64;
const MAX_SECTION_CHARS = 200;
const MAX_COMMAND_CHARS = 600;
/** Failed steps remembered; the first one with evidence is the one explained. */
const MAX_FAILED_STEPS = 4;
/** Evidence outside the code fences of a pasted log (the reporter's words about it) counts this much. */
const PROSE_FACTOR = 0.4;
/** One count of a list that happens to be zero ("Bad licenses: 0", "unknown: 0"): no verdict on the rest. */
const LABELLED_ZERO = /[:=]\s*0\s*$/;
/** A count of what passed, which alone says nothing of what failed ("5 passed (9.8s)" after "1 failed"). */
const PASS_COUNT = /\b[1-9]\d* (?:tests? )?passed\b/i;
const ZERO_FAILED = /\b0 (?:failed|failures?|errors?)\b/i;
/** Evidence that a passing run of the job printed too counts this much: next to nothing. */
const BASELINE_FACTOR = 0.02;
// A diagnostic's header at warning level or below, as compilers and linters of many languages
// open one: rustc and clippy (`warning: unused variable`), selene and deno
// (`warning[unused_variable]:`), gcc, clang and clang-tidy (`a.c:4:41: warning: … [check]`),
// mypy's notes (`a.py:89: note: … [annotation-unchecked]`), Nim's (`os.nim(14, 47) Warning: …`).
const WARNING_DIAGNOSTIC = /^(?:(?:\S{1,300}?:\d+(?::\d+)?(?:-\d+)?:|\S{1,300}?\(\d+, ?\d+\)) (?:warning|note|hint|Warning|Hint)|warning)(?:\[[\w:/.-]{1,80}\])?: \S/;
// What makes a tool's warnings fail its run: rustc's and clippy's `-D warnings` (and the note
// `implied by \`-D warnings\``), gcc's `-Werror` and `cc1: all warnings being treated as
// errors`, eslint's `--max-warnings 0`, clang-tidy's `WarningsAsErrors` and `N warnings treated
// as errors`, MSBuild's `-warnaserror` and `TreatWarningsAsErrors`, oxlint's and selene's
// `--deny-warnings`, `--fatal-warnings`.
const FATAL_WARNINGS = /(?:^|[\s\x60'"=(])(?:-D ?warnings\b|-Werror\b|--max-warnings[= ]0\b|--deny-warnings\b|--fatal-warnings\b|[-/]warnaserror\b)|\bwarnings? (?:being |are |is )?treated as errors?\b|\bWarningsAsErrors\b|\bTreatWarningsAsErrors\b/i;
// A tool's word that its run failed (not an error noun: `Use -header-filter=.* to display errors`).
const SAYS_FAILED = /\b(?:fail(?:ed|s|ure)?|did not pass|not ok|aborting|aborted)\b/i;
// A shell asked for the exit status of the command before: `echo $?`, `echo $LASTEXITCODE`,
// `echo %ERRORLEVEL%`.
const EXIT_STATUS_ECHO = /^echo ["']?(?:\$\?|\$LASTEXITCODE|%ERRORLEVEL%)["']?$/i;
const WARNING_BYTES = Buffer.from('warning');
/** Whether the bytes from `start` open a line `warning: ` or `warning[…]: `. */
function opensWarning(b, start, end) {
    if (end - start < 10)
        return false;
    for (let i = 0; i < 7; i++)
        if (b[start + i] !== WARNING_BYTES[i])
            return false;
    const c = b[start + 7];
    return c === 0x3a ? b[start + 8] === 0x20 : c === 0x5b;
}
/**
 * Whether a line whose first character is `c` goes on the diagnostic above it rather than
 * starting a line of its own: indented, or a rustc-style gutter (` --> `, `|`, `│`, `= note:`,
 * carets, a code frame's line number).
 */
function continuesDiagnostic(c) {
    return (c === 0x20 ||
        c === 0x09 ||
        c === 0x7c ||
        c === 0x3d ||
        c === 0x5e ||
        c === 0x7e ||
        c === 0x2d ||
        (c >= 0x30 && c <= 0x39) ||
        (c >= 0x2500 && c <= 0x257f) ||
        c === 0xb7);
}
function newRecent() {
    return {
        line: 0,
        src: '',
        from: 0,
        to: 0,
        buf: undefined,
        tsBuf: undefined,
        tsFrom: 0,
        tsTo: 0,
        prose: false,
        first: 0,
        tried: 0,
        matched: 0
    };
}
/** The text of a recent line, at most `max` characters (decoded here if it was not yet). */
function recentText(r, max = Infinity) {
    if (r.buf !== undefined) {
        r.src = r.buf.toString('utf8', r.from, r.to);
        r.from = 0;
        r.to = r.src.length;
        r.buf = undefined;
    }
    return r.src.slice(r.from, Math.min(r.to, r.from + max));
}
/** The runner timestamp of a recent line (decoded here if it was not yet). */
function recentTimestamp(r) {
    if (r.tsBuf !== undefined) {
        r.timestamp = r.tsBuf.toString('latin1', r.tsFrom, r.tsTo);
        r.tsBuf = undefined;
    }
    return r.timestamp;
}
/** Which markers a line holds (see LogClassifier.markersIn); MARKER_CASED: one that needs a look with case. */
const MARKER_TAB = 1;
const MARKER_TRAVIS = 4;
const MARKER_LINK = 8;
const MARKER_CASED = 16;
/**
 * Text that makes LineView.reset take the full cleaning: a tab, Travis markers and a web
 * view's line link (matched here whatever their case), a byte-order mark. One id each after
 * the catalogue's, in this order, so that the splitter's scan tells which occur. Escapes are
 * not literals: the splitter steps over ANSI sequences and tells which segments hold some
 * (FILTERED_ESCAPES), so that a line is a candidate only for what its text holds without them.
 */
const MARKER_LITERALS = [['\t'], ['travis_', '[0k', '](https://github.com/'], ['\ufeff']];
/** What each id of MARKER_LITERALS says of a line. */
const MARKER_FLAGS = [MARKER_TAB, MARKER_CASED, 0];
/**
 * What a line whose text starts with a given ASCII character needs besides its literals (bits
 * of Prefilter.firstRead): an outcome marker, a `context.after` regex without literals or a
 * rule without literals may match it; it may be a `$ `/`+ ` command, pytest's `E` level, or a
 * `Run …` header pasted from the web view.
 */
const READ_OUTCOME = 1;
const READ_AFTER = 2;
const READ_GATES = 4;
const READ_COMMAND = 8;
const READ_E_LINE = 16;
const READ_RUN_HEADER = 32;
let builtIn;
const prefilters = new WeakMap();
function prefilterOf(catalogue) {
    let p = prefilters.get(catalogue);
    if (p)
        return p;
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
    const cueLiterals = CUES.map((c) => (0,literal_hint/* requiredLiterals */.C)(c.regex.source));
    const gatedCues = cueLiterals.flatMap((l, i) => (l && l.length > 0 ? [] : [i]));
    // A cue with no literal of three characters may still have one of two (a list of tool names).
    // It is still tried after the others, as before: the order of a line's cues counts.
    const gatedLiterals = gatedCues.map((i) => (0,literal_hint/* requiredLiterals */.C)(CUES[i].regex.source, 2, true));
    // After the severity words, each cue's own literals and each gated cue's literals of two
    // characters: one scan of a line finds them with the rest. They make no line a candidate.
    const literals = [
        ...catalogue.rules.map((r) => r.literals),
        ...afters.map((a) => (0,literal_hint/* requiredLiterals */.C)(a.source)),
        ...CUES.map((c) => CUE_TRIGGERS[c.id]),
        SEVERITY_LITERALS,
        ...cueLiterals,
        ...gatedLiterals
    ];
    const regexes = [...catalogue.rules.map((r) => r.regex), ...afters];
    const hasLiterals = literals.map((l) => l !== undefined && l.length > 0);
    const cueBase = catalogue.rules.length + afters.length;
    const severityId = cueBase + CUES.length;
    const cueLiteralBase = severityId + 1;
    const gatedBase = cueLiteralBase + CUES.length;
    const first = regexes.map((re) => (0,literal_hint/* firstChars */.OJ)(re.source, re.flags));
    // The same ids over bytes, one per kind of marker and one per outcome marker, which `mark` ignores.
    const markerBase = literals.length;
    const outcomeBase = markerBase + MARKER_LITERALS.length;
    // One bit per outcome marker in a byte (outcomeFlags).
    if (OUTCOME_MARKERS.length > 8)
        throw new Error('prefilterOf: more outcome markers than bits');
    const byteIndex = literal_index/* LiteralIndex */.uk.forBytes([...literals, ...MARKER_LITERALS, ...OUTCOME_MARKERS.map((m) => m.literals)]);
    const afterWithin = new Int32Array(afters.length);
    catalogue.rules.forEach((r, i) => {
        const k = ruleAfter[i];
        if (k !== undefined)
            afterWithin[k] = Math.max(afterWithin[k], r.within);
    });
    // Those with literals are tried only on the lines that hold one, which costs little as it is.
    const lazyAfter = Uint8Array.from(afterWithin, (w, k) => w < RECENT_LINES && k < 31 && !hasLiterals[catalogue.rules.length + k] ? 1 : 0);
    const plainAfters = Array.from({ length: 128 }, (_, c) => afters.flatMap((_, k) => {
        const id = catalogue.rules.length + k;
        return lazyAfter[k] === 0 && !hasLiterals[id] && (!first[id] || first[id][c] === 1) ? [k] : [];
    }));
    const alwaysByFirst = Array.from({ length: 129 }, (_, c) => Int32Array.from(catalogue.rules.flatMap((_, i) => (!hasLiterals[i] && (c === 128 || !first[i] || first[i][c] === 1) ? [i] : []))));
    p = {
        alwaysByFirst,
        hasLiterals,
        first,
        firstNonBlank: catalogue.rules.map((r) => (0,literal_hint/* firstNonBlankChars */.Z5)(r.regex.source, r.regex.flags)),
        last: catalogue.rules.map((r) => (0,literal_hint/* lastChars */.iV)(r.regex.source, r.regex.flags)),
        afters,
        ruleAfter,
        cueBase,
        severityId,
        cueLiteralBase,
        gatedBase,
        cueIndex: undefined,
        cueLiterals,
        cueHasLiterals: Uint8Array.from(cueLiterals, (l) => (l && l.length > 0 ? 1 : 0)),
        gatedCues,
        cueGates: gatedCues.map((i, k) => {
            const { source, flags } = CUES[i].regex;
            return {
                first: (0,literal_hint/* firstChars */.OJ)(source, flags),
                firstNonBlank: (0,literal_hint/* firstNonBlankChars */.Z5)(source, flags),
                last: (0,literal_hint/* lastChars */.iV)(source, flags),
                literals: (gatedLiterals[k]?.length ?? 0) > 0
            };
        }),
        byteIndex,
        markerFlags: byteIndex.stateFlags((id) => id >= markerBase && id < outcomeBase ? MARKER_FLAGS[id - markerBase] : 0),
        outcomeFlags: byteIndex.stateFlags((id) => (id >= outcomeBase ? 1 << (id - outcomeBase) : 0)),
        alwaysOutcomes: OUTCOME_MARKERS.reduce((bits, m, k) => (m.literals ? bits : bits | (1 << k)), 0),
        firstOutcomes: Uint8Array.from({ length: 128 }, (_, c) => OUTCOME_MARKERS.reduce((bits, m, k) => (!m.first || m.first[c] === 1 ? bits | (1 << k) : bits), 0)),
        // A line holding only cue literals is not a candidate: the filter passes it by.
        scanner: byteIndex.lineScanner({
            counts: (id) => id < cueLiteralBase || (id >= gatedBase + gatedCues.length && id < outcomeBase),
            escapes: true
        }),
        firstRead: Uint8Array.from({ length: 128 }, (_, c) => {
            let read = 0;
            if (mayAnnounceOutcome(c) && OUTCOME_MARKERS.some((m) => !m.first || m.first[c] === 1))
                read |= READ_OUTCOME;
            if (plainAfters[c].length > 0)
                read |= READ_AFTER;
            if (alwaysByFirst[c].length > 0)
                read |= READ_GATES;
            if (c === 0x24 || c === 0x2b)
                read |= READ_COMMAND;
            if (c === 0x45)
                read |= READ_E_LINE;
            if (c === 0x52)
                read |= READ_RUN_HEADER;
            return read;
        }),
        plainAfters,
        lazyAfter,
        afterWithin,
        lazyAfters: Int32Array.from(afters.flatMap((_, k) => (lazyAfter[k] === 1 ? [k] : []))),
        lazyWithin: Math.max(-1, ...afterWithin.filter((_, k) => lazyAfter[k] === 1))
    };
    prefilters.set(catalogue, p);
    return p;
}
// A runner's `Run …` header is the step's script, then a block that opens with `shell: …`
// (a `run:` step), `with:` or `env:` (inputs and environment, indented two spaces), then
// `##[endgroup]`; a `uses:` step without inputs closes the group at once. A group of any other
// shape is a script's own `::group::Run …`, and its lines are output like any other.
const HEADER_BLOCK_START = /^(?:with:$|env:$|shell: )/;
const HEADER_BLOCK_LINE = /^(?:with:$|env:$|shell: | {2}\S)/;
/** A possible header longer than this is output: what was held back is read as such. */
const MAX_HEADER_LINES = 200;
/** Shell-echoed commands kept per step (the last ones). */
const MAX_SHELL_COMMANDS = 64;
const MAX_HEADER_CHARS = 64 * 1024;
// Section starts: Travis/GitLab `$ cmd`, Jenkins `+ cmd`, Azure `##[section]Starting: X`.
const FENCE = /^\s*(?:\x60{3}|~{3})/;
/** A line of no words (`^^^^`, `-----`) or a Markdown fence line. */
function isMarkup(s, from, to) {
    let wordy = false;
    for (let i = from; i < to && !wordy; i++) {
        const c = s.charCodeAt(i) | 0x20;
        wordy = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c >= 0x80;
    }
    return !wordy || FENCE.test(s.slice(from, Math.min(to, from + 16)));
}
const AZURE_SECTION = /^Starting: (.{1,200})$/;
// The same block in the web view, indented two spaces under its `Run …` line.
const UI_HEADER_BLOCK_START = /^ {2}(?:with:$|env:$|shell: )/;
const UI_HEADER_BLOCK_LINE = /^ {2}(?:with:$|env:$|shell: | {2}\S)/;
const UI_HEADER_ENV_START = /^ {2}(?:env:$|shell: )/;
// An environment variable's name: upper case, or any case with an underscore (`error:` is output).
const UI_HEADER_ENV_LINE = /^ {2}(?:env:$| {2}(?:[A-Z_][A-Z0-9_]*|[A-Za-z]\w*_[\w.-]*):(?: |$))/;
const UI_STEP_HEADER = /^Run (?:[\w.-]+\/[\w.-]+@\S+$|[\w./@-]+(?: \S+){0,30}$)/;
/**
 * A push-style, single-pass log classifier. Feed it chunks as they arrive (`push`), then call
 * `end` for the findings. State is bounded whatever the log size: the current segment (at most
 * 16 KiB), a window of recent lines, the evidence of the current and a few failed steps, and
 * one best hit plus at most MAX_EVIDENCE_LINES line numbers per pattern.
 */
class LogClassifier {
    catalogue;
    baseline;
    rules;
    afters;
    splitter;
    /** The stamp of the candidates readPlain found for the line it handed over to `segment` (see match). */
    scanned = 0;
    scannedLine = 0;
    /** The text of the line readPlain reads, once decoded. */
    plain;
    /**
     * Where the splitter's scan of the current segment started (-1: it did not keep all the
     * literals it found there), and the literals it found: its `found`[foundFrom, foundTo).
     */
    scanFrom = -1;
    foundFrom = 0;
    foundTo = 0;
    /** The `context.after` regexes (indexes into `afters`) that matched the line readPlain reads. */
    afterHits;
    /** Where a line's text is encoded to be scanned (scanText): three bytes to a UTF-16 unit at most. */
    textBytes = Buffer.allocUnsafe(line_splitter/* MAX_RAW_BYTES */.q);
    /** Where a stripped line's bytes are written (readPlain). */
    scratch = Buffer.allocUnsafe(log_line/* MAX_MATCH_CHARS */.HV);
    /** The next marker of each kind in the current chunk (see markersIn; -1: none, -2: not looked for). */
    markers = {
        buf: undefined,
        from: 0,
        tab: -2,
        travis: -2,
        clear: -2,
        link: -2
    };
    /** Some recent line still points into the current chunk. */
    undecoded = false;
    view = new log_line/* LineView */.kY(true);
    recent = new RingBuffer(RECENT_LINES);
    pending = new Map();
    settled = new Map();
    /** Hits and evidence whose excerpt is made once the lines after them have been read, oldest first. */
    awaiting = [];
    awaitingHead = 0;
    repeats = new RepeatCounter();
    failedSteps = [];
    step;
    section;
    /**
     * A `Run …` group is open and its lines are held back: a runner's header (the step's
     * source, not output) is skipped once `##[endgroup]` confirms its shape; anything else is
     * read as output, in order, as soon as a line shows it is not a header.
     */
    held;
    stepColumn;
    githubFormat = false;
    /** A GitHub runner's line that only a whole job log holds (see outcome-markers JOB_FRAME). */
    sawJobFrame = false;
    /** A Buildkite or Azure Pipelines line that only a whole job log holds (outcome-markers AGENT_FRAME). */
    sawAgentFrame = false;
    sawErrorAnnotation = false;
    sawStepFailure = false;
    /**
     * In a GitHub job log: a step failed, and a later step then ended on its tool's passing
     * verdict with nothing failing since (`true`), or something failed since (`false`).
     */
    continuedAfterFailure;
    /** The line of the warning-level diagnostic header whose lines are being read, 0 outside one. */
    warningBlock = 0;
    /** The log says its tools' warnings fail the run (`-D warnings`, `-Werror`, …). */
    warningsFatal = false;
    jobOutcome;
    rootCause;
    lastLine = 0;
    explained;
    /** The primary's score from evidence alone (rules and cues, no priors). */
    primaryEvidence = 0;
    result;
    prefilter;
    marks;
    stamp = 0;
    /** The candidate rules of the current line (ids, each once), and how many there are. */
    hits;
    nHits = 0;
    /** The candidate cues of the current line, and how many there are. */
    cueHits = new Int32Array(CUES.length);
    nCueHits = 0;
    cueMarks = new Uint32Array(CUES.length);
    sevHit = false;
    mark = (id) => {
        if (this.marks[id] === this.stamp)
            return;
        this.marks[id] = this.stamp;
        if (id < this.rules.length)
            this.hits[this.nHits++] = id;
        else if (id >= this.prefilter.cueBase) {
            const p = this.prefilter;
            if (id < p.severityId)
                this.markCue(id - p.cueBase);
            else if (id === p.severityId)
                this.sevHit = true;
            else if (id < p.gatedBase)
                this.cueLiteralHits[this.nCueLiteralHits++] = id - p.cueLiteralBase;
        }
    };
    /** The cues whose own literals the scan found in the current line, in the order it found them first. */
    cueLiteralHits = new Int32Array(CUES.length);
    nCueLiteralHits = 0;
    /** The stamp of the line readPlain scanned (not only gated): its scan found every literal. */
    scannedFull = 0;
    markCue = (k) => {
        if (this.cueMarks[k] === this.stamp)
            return;
        this.cueMarks[k] = this.stamp;
        this.cueHits[this.nCueHits++] = k;
    };
    /** Per cue, the stamp of the last line one of its own required literals occurred in. */
    cueLiteralMarks = new Uint32Array(CUES.length);
    markCueLiteral = (k) => {
        this.cueLiteralMarks[k] = this.stamp;
        this.markCue(k);
    };
    constructor(options = {}) {
        this.catalogue = options.catalogue ?? (builtIn ??= (0,catalogue/* loadCatalogue */.O)());
        this.baseline = options.baseline;
        this.rules = this.catalogue.rules;
        this.prefilter = prefilterOf(this.catalogue);
        this.marks = new Uint32Array(this.prefilter.gatedBase + this.prefilter.gatedCues.length + MARKER_LITERALS.length + OUTCOME_MARKERS.length);
        this.hits = new Int32Array(this.rules.length);
        this.afters = this.prefilter.afters.map((regex) => ({ regex, last: 0 }));
        this.afterHits = new Int32Array(this.afters.length);
        this.splitter = new line_splitter/* ByteSplitter */.Af(this.prefilter.scanner, (b, from, to, line, filtered, scanFrom, f, t) => {
            this.scanFrom = scanFrom;
            this.foundFrom = f;
            this.foundTo = t;
            this.byteSegment(b, from, to, line, filtered);
        });
        this.step = newStep(1);
    }
    /** Feeds the next chunk; chunks may split lines and UTF-8 sequences anywhere. */
    push(chunk) {
        if (this.result)
            throw new Error('LogClassifier: push after end');
        // A caller may fill the same buffer again: nothing found in the last chunk holds.
        this.markers.buf = undefined;
        this.splitter.push(chunk);
        // Recent lines read without decoding point into the chunk, which the caller may reuse.
        if (this.undecoded) {
            for (const r of this.recent.toArray()) {
                if (r.buf !== undefined)
                    recentText(r);
                if (r.tsBuf !== undefined)
                    recentTimestamp(r);
            }
            this.undecoded = false;
        }
    }
    /** Finishes the pass and returns the findings, most significant first. */
    end(options = {}) {
        if (this.result)
            return this.result;
        const { lines, bytes } = this.splitter.end();
        // A `Run …` group the log never closed was a script's own: its lines are output.
        if (this.held?.ui && this.held.block)
            this.acceptUiHeader();
        else if (this.held)
            this.replayHeld();
        this.closeStep(1, 'open');
        this.flushExcerpts(Infinity);
        this.result = { findings: this.passedJob(options) ? [] : this.conclude(options, lines), lines, bytes };
        if (options.explain)
            this.result.scores = this.explained ?? [];
        return this.result;
    }
    /**
     * The findings again, with the lines of a passing log of the same job (`baseline`) read as
     * noise: the same as classifying with `ClassifyOptions.baseline`, for a caller that fetches
     * the passing log only when the first answer was unsure. The log is not read again.
     */
    endWithBaseline(baseline, options = {}) {
        const first = this.end(options);
        if (this.passedJob(options))
            return first;
        this.baseline = baseline;
        this.result = { lines: first.lines, bytes: first.bytes, findings: this.conclude(options, first.lines) };
        if (options.explain)
            this.result.scores = this.explained ?? [];
        return this.result;
    }
    /** Whether the job passed: as the log says, else as the caller knows, else as `passed` reads it. */
    passedJob(options) {
        return this.jobOutcome ? this.jobOutcome === 'success' : !options.knownFailed && this.passed();
    }
    /**
     * A job that said it succeeded, or a whole GitHub, Buildkite or Azure Pipelines job log (the
     * runner's first or last lines in it) with no error annotation or failure line, failed
     * nothing. A part of a job log cut out of it is read as any excerpt is: its evidence decides.
     */
    passed() {
        if (this.jobOutcome)
            return this.jobOutcome === 'success';
        // A GitHub job goes on to its next `run:` step only when the failed one was allowed to
        // fail (`continue-on-error`): a later step that ends on its tool's passing verdict, with
        // nothing failing after it, says the job went on and passed. (Steps that run always, after
        // a failure, upload and report; they do not end on a test or build tool's verdict.)
        if (this.githubFormat && this.sawJobFrame && this.continuedAfterFailure === true)
            return true;
        return (((this.githubFormat && this.sawJobFrame) || this.sawAgentFrame) &&
            !this.sawErrorAnnotation &&
            !this.sawStepFailure);
    }
    /** Whether the log itself says something failed (a marker, an error annotation). */
    markedFailed() {
        return this.jobOutcome === 'failure' || this.sawStepFailure || this.sawErrorAnnotation;
    }
    /**
     * One segment as bytes. Most lines of a log hold nothing any rule, cue or marker reads:
     * those are counted and kept as recent lines without being decoded (readPlain). Any other
     * line is decoded and read in full.
     */
    byteSegment(buf, from, to, lineNo, filtered) {
        this.scanned = 0;
        this.view.noteLineNo(lineNo);
        if (filtered !== line_splitter/* FILTERED_CUT */.T9 &&
            this.held === undefined &&
            to - from <= log_line/* MAX_MATCH_CHARS */.HV &&
            this.readPlain(buf, from, to, lineNo, filtered))
            return;
        let s;
        if (to - from > log_line/* MAX_RAW_CHARS */.IG) {
            s = buf.toString('utf8', from, Math.min(to, from + line_splitter/* MAX_RAW_BYTES */.q));
            if (s.length > log_line/* MAX_RAW_CHARS */.IG)
                s = s.slice(0, log_line/* MAX_RAW_CHARS */.IG);
        }
        else
            s = buf.toString('utf8', from, to);
        this.segment(s, 0, s.length, lineNo);
    }
    /**
     * What `segment` does with a line that no rule, cue, outcome marker or command reads, done
     * on its bytes: false (and nothing done) when the line needs the full reading. The cleaned
     * text is found as LineView.reset finds it (timestamp, ANSI codes, trailing blanks off) as
     * long as only ASCII bytes decide; when the filter saw a literal (`filtered` has
     * FILTERED_HIT), the text is scanned again as `match` scans it, with the same gates. Every
     * condition mirrors a test of `segment` or `match` that such a line passes without effect.
     */
    readPlain(buf, from, to, lineNo, filtered) {
        const hit = (filtered & line_splitter/* FILTERED_HIT */.q2) !== 0;
        // LineView.reset first takes off a pasted log's quote marks and the indentation of a
        // fenced block, and keeps track of the fences: such lines, and fences, are read in full.
        const c = buf[from];
        if (c === 0x3e || c === 0x60 || c === 0x7e)
            return false;
        // A line number or a service's name before each line of an excerpt (LineView.lineGutter).
        if (this.view.watchesGutter(buf, from, to))
            return false;
        let indent = 0;
        if (c === 0x20) {
            let k = from + 1;
            while (k < to && buf[k] === 0x20)
                k++;
            if (buf[k] === 0x60 || buf[k] === 0x7e)
                return false;
            // A Markdown code block made by indentation: read in full, where it opens and within.
            indent = k - from;
            if (k < to && !(0,literal_hint/* isAsciiBlank */.EU)(buf[k]) && this.view.mayIndentBlock(indent))
                return false;
            // Inside a fenced block its indentation comes off (LineView.unfence).
            if (this.view.fenceIndentation >= 0)
                from += Math.min(k - from, this.view.fenceIndentation);
        }
        const ts = (0,log_line/* timestampEndOfBytes */.Ij)(buf, from, to);
        let start = from;
        if (ts > 0)
            start = ts < to && buf[ts] === 0x20 ? ts + 1 : ts;
        let text = buf;
        let end = to;
        // Whether the literals the splitter kept are all those of the text read here (or more): not
        // when its scan did not keep them, read an OSC sequence as text, or Travis markers come off.
        let literalsKept = this.scanFrom >= 0 && (filtered & (line_splitter/* FILTERED_HIT */.q2 | line_splitter/* FILTERED_ESCAPES */.fd)) !== (line_splitter/* FILTERED_HIT */.q2 | line_splitter/* FILTERED_ESCAPES */.fd);
        // A line with no literal in the text without its escapes has no byte-order mark, tab,
        // Travis marker or link either, only escapes that stripAnsiBytes takes off.
        let travis = false;
        if (hit) {
            // LineView.reset reads a line with a byte-order mark or a tab with cleanLine, one with
            // an escape or a Travis marker with cleanRest: the escapes are stripped here, the rest
            // is left to the full reading.
            if (buf[from] === 0xef && buf[from + 1] === 0xbb && buf[from + 2] === 0xbf)
                return false;
            const m = this.markersOf(buf, from, to);
            if (m & MARKER_LINK)
                return false;
            // A tab: cleanLine, which reads `gh run view`'s columns (two tabs, then the timestamp)
            // and otherwise does what cleanRest does. Any other line with tabs is read on.
            if (m & MARKER_TAB && mayBeStepColumns(buf, from, to))
                return false;
            travis = (m & MARKER_TRAVIS) !== 0;
        }
        if (filtered & line_splitter/* FILTERED_ESCAPES */.fd) {
            end = (0,log_line/* stripAnsiBytes */.xy)(buf, start, to, this.scratch);
            if (end < 0)
                return false;
            text = this.scratch;
            start = 0;
            if (hit)
                travis = hasTravisMarker(text, 0, end);
        }
        // cleanRest takes a tool's prefix off before the Travis markers, then reads a
        // `##[command]` and a web view's line link in what is left.
        if ((0,log_line/* mayHavePrefix */.yc)(text, start, end, ts > 0))
            return false;
        if (travis) {
            literalsKept = false;
            end = stripTravisBytes(text, start, end, this.scratch);
            text = this.scratch;
            start = 0;
            if (text[0] === 0x23 || this.scratch.subarray(0, end).indexOf(STEP_LINK) >= 0)
                return false;
        }
        while (end > start && (0,literal_hint/* isAsciiBlank */.EU)(text[end - 1]))
            end--;
        if (end === start) {
            // LineView.reset judges a line blank on its raw text, before its timestamp, escapes or
            // Travis markers come off: a line of a timestamp alone is not blank to the block state.
            let k = from;
            while (k < to && (0,literal_hint/* isAsciiBlank */.EU)(buf[k]))
                k++;
            this.view.notePlainLine(k >= to, indent);
            this.lastLine = lineNo;
            return true;
        }
        const first = text[start];
        // A lone `0` may be a shell's answer to `echo $?` (segment).
        if (first === 0x30 && end - start === 1)
            return false;
        // String.prototype.trimEnd also takes off white space from 128 up.
        if (first >= 128 || text[end - 1] >= 128)
            return false;
        const p = this.prefilter;
        const read = p.firstRead[first];
        // segment(): `$ cmd` and `+ cmd` are commands (the character after `$` is read even when
        // trailing blanks were cut); match(): `E`, `E:`, `E …` are pytest's error level.
        if (read & READ_COMMAND) {
            const limit = text === buf ? to : end;
            if (start + 1 < limit && text[start + 1] === 0x20)
                return false;
        }
        if (read & READ_E_LINE && (end - start === 1 || isSpaceOrColon(text[start + 1])))
            return false;
        this.plain = undefined;
        if (read & READ_RUN_HEADER && !this.githubFormat && UI_STEP_HEADER.test(this.plainText(text, start, end)))
            return false;
        if (read & READ_OUTCOME) {
            // Only the markers that may start so and one of whose literals the line holds are tried.
            const maybe = p.firstOutcomes[first] & (literalsKept ? this.outcomesFound() : ANY_OUTCOME);
            if (maybe !== 0 && outcomeOf({ text: this.plainText(text, start, end) }, maybe) !== undefined)
                return false;
        }
        // A `context.after` regex that matches is noted as `segment` notes it, once the line is
        // known to need nothing more (a rule of this line reads the state as it was before it).
        let nAfters = 0;
        if (read & READ_AFTER) {
            for (const k of p.plainAfters[first])
                if (this.afters[k].regex.test(this.plainText(text, start, end)))
                    this.afterHits[nAfters++] = k;
        }
        if ((hit || read & READ_GATES) && this.mayMatch(text, start, end, first, hit, lineNo, text === buf))
            return false;
        if (nAfters > 0) {
            const timestamp = ts > 0 ? buf.toString('latin1', from, ts) : undefined;
            for (let k = 0; k < nAfters; k++) {
                const a = this.afters[this.afterHits[k]];
                a.last = lineNo;
                a.lastTimestamp = timestamp;
            }
        }
        // rustc's and clippy's `warning: …` header holds no literal: its block opens here.
        if (first === 0x77 && opensWarning(text, start, end))
            this.warningBlock = lineNo;
        else if (this.warningBlock !== 0 && !continuesDiagnostic(first))
            this.warningBlock = 0;
        this.view.notePlainLine(false, indent);
        this.lastLine = lineNo;
        const slot = this.nextSlot(lineNo);
        slot.prose = !this.view.inFence;
        slot.line = lineNo;
        slot.first = first;
        slot.timestamp = undefined;
        slot.tsBuf = undefined;
        if (ts > 0) {
            slot.tsBuf = buf;
            slot.tsFrom = from;
            slot.tsTo = ts;
            this.undecoded = true;
        }
        if (this.plain === undefined && text === buf) {
            slot.src = '';
            slot.buf = buf;
            slot.from = start;
            slot.to = end;
            this.undecoded = true;
        }
        else {
            slot.src = this.plainText(text, start, end);
            slot.buf = undefined;
            slot.from = 0;
            slot.to = slot.src.length;
        }
        this.recent.push(slot);
        if (this.awaitingHead < this.awaiting.length)
            this.flushExcerpts(lineNo - finding/* MAX_EXCERPT_LINES */.dL + 1);
        this.step.end = lineNo;
        return true;
    }
    /** The outcome markers (bits, see OUTCOME_MARKERS) that the literals the splitter kept of the current segment allow. */
    outcomesFound() {
        const { outcomeFlags, alwaysOutcomes, scanner } = this.prefilter;
        const row = this.splitter.found.row;
        let bits = alwaysOutcomes;
        for (let k = this.foundFrom; k < this.foundTo; k++)
            bits |= outcomeFlags[row[k] / scanner.width];
        return bits;
    }
    /** The text readPlain is reading, decoded once. */
    plainText(text, start, end) {
        return (this.plain ??= text.toString('utf8', start, end));
    }
    /**
     * Whether `match` would find a cue or severity word in the cleaned ASCII-led text
     * `text[start, end)`, or a rule or `context.after` regex that it would run matches there.
     * The literals are looked for as `match` looks for them, over the same text, the rules are
     * gated the same way, and the regexes left are tried (a regex's test has no side effect).
     */
    mayMatch(text, start, end, first, scan, lineNo, raw) {
        const p = this.prefilter;
        this.stamp++;
        this.nHits = 0;
        this.nCueHits = 0;
        this.nCueLiteralHits = 0;
        this.sevHit = false;
        if (scan) {
            // The splitter's scan of the segment's bytes found the literals of this very text when
            // it started where the text starts: those that end before the text's end (its trailing
            // blanks cut) are the ones a scan of the text finds, in the same order.
            if (raw && start === this.scanFrom) {
                const { at, row } = this.splitter.found;
                for (let k = this.foundFrom; k < this.foundTo && at[k] < end; k++) {
                    const ids = p.byteIndex.outputsAtRow(row[k]);
                    for (let j = 0; j < ids.length; j++)
                        this.mark(ids[j]);
                }
            }
            else
                p.byteIndex.scanBytes(text, start, end, this.mark);
            this.scannedFull = this.stamp;
        }
        const always = p.alwaysByFirst[first];
        for (let k = 0; k < always.length; k++)
            this.hits[this.nHits++] = always[k];
        const n = this.gateRules(text, start, end, first, text[end - 1]);
        // What was found is what `match` finds on this text: it need not look again.
        this.scanned = this.stamp;
        this.scannedLine = lineNo;
        if (scan) {
            for (let id = this.rules.length, k = 0; id < p.cueBase; id++, k++) {
                if (p.hasLiterals[id] &&
                    p.lazyAfter[k] === 0 &&
                    this.marks[id] === this.stamp &&
                    this.afters[k].regex.test(this.plainText(text, start, end)))
                    return true;
            }
        }
        for (let k = 0; k < n; k++)
            if (this.rules[this.hits[k]].regex.test(this.plainText(text, start, end)))
                return true;
        // No candidate rule matches this text: match need not run them again.
        this.ruleless = this.stamp;
        return (this.sevHit || this.nCueHits > 0) && this.isEvidence(text, start, end, first);
    }
    /**
     * Whether `match` would note anything of a line that holds error words or a cue's trigger
     * words but that no rule matches (as mayMatch found): a line whose words turn out to say
     * nothing (`0 errors`, a word inside another) is left to readPlain. What match reads of it
     * is read the same way here: no command, task or runner prefix (readPlain leaves those to
     * the full reading), the level its wording gives, the same cues. The cues found are kept
     * for match, which need not try their regexes again.
     */
    isEvidence(buf, start, end, first) {
        const text = this.plainText(buf, start, end);
        const cues = this.lineCues(buf, start, end, first, buf[end - 1], text);
        if (failedCommandOf(text))
            return true;
        if (HARMLESS_NOTICE.test(text))
            return false;
        const level = (0,log_line/* levelOf */.In)(text);
        const severity = lineSeverity(text, level, undefined, this.sevHit);
        this.judged = this.stamp;
        this.judgedLevel = level;
        this.judgedSeverity = severity;
        if (severity > 0 ? severity <= 0.05 : cues.length > 0 && isAllClear(text))
            return cues.length > 0 && text.length <= MAX_VERDICT_CHARS;
        // Any cue raises the severity above 0 (see match): then the line is noted.
        return severity > 0 || cues.length > 0;
    }
    /**
     * The cues that match the current line, `text` (`src[from, to)` as a string), among those
     * its scan named: the trigger words' cues that have their own words in the line too, then
     * the cues without words whose characters gates let it through. Found once per line: the
     * result is kept for the line's stamp.
     */
    lineCues(src, from, to, first, lastChar, text) {
        if (this.cuesStamp === this.stamp)
            return this.cues;
        // The cues whose own words occur in the line, and those that have none to look for.
        for (let k = 0; k < this.nCueLiteralHits; k++)
            this.markCueLiteral(this.cueLiteralHits[k]);
        // A cue its trigger words named cannot match where none of its own literals occurs.
        const { cueHasLiterals, cueGates, gatedBase, gatedCues } = this.prefilter;
        let kept = 0;
        for (let k = 0; k < this.nCueHits; k++) {
            const id = this.cueHits[k];
            if (cueHasLiterals[id] === 1 && this.cueLiteralMarks[id] !== this.stamp)
                continue;
            this.cueHits[kept++] = id;
        }
        this.nCueHits = kept;
        // The cues that have none, where the line's first, first non-blank and last characters allow.
        let nonBlank = -1;
        for (let k = 0; k < gatedCues.length; k++) {
            const g = cueGates[k];
            if (g.literals && this.marks[gatedBase + k] !== this.stamp)
                continue;
            if (g.first && first < 128 && g.first[first] === 0)
                continue;
            if (g.last && lastChar < 128 && g.last[lastChar] === 0)
                continue;
            if (g.firstNonBlank) {
                if (nonBlank < 0)
                    nonBlank = typeof src === 'string' ? firstNonBlankOf(src, from, to) : firstNonBlankByte(src, from, to);
                if (nonBlank < 128 && g.firstNonBlank[nonBlank] === 0)
                    continue;
            }
            this.markCue(gatedCues[k]);
        }
        this.cues = this.nCueHits > 0 ? matchCues(text, this.cueHits, this.nCueHits) : [];
        this.cuesStamp = this.stamp;
        return this.cues;
    }
    /** The stamp of the line on which mayMatch found that no candidate rule matches. */
    ruleless = 0;
    /** The stamp of the line isEvidence read up to its severity (no Docker `RUN`, no harmless notice), its level and severity. */
    judged = 0;
    judgedLevel = 'none';
    judgedSeverity = 0;
    /** The cues lineCues found on the line of stamp `cuesStamp`. */
    cues = [];
    cuesStamp = 0;
    /**
     * Keeps the candidate rules of `hits` that the character gates let through: a rule whose
     * match must start (after blanks) or end with other characters than the text's is not run.
     */
    gateRules(src, from, to, first, lastChar) {
        const { first: gates, firstNonBlank, last: lastGates } = this.prefilter;
        const hits = this.hits;
        let nonBlank = -1;
        let n = 0;
        for (let k = 0; k < this.nHits; k++) {
            const id = hits[k];
            const gate = gates[id];
            if (gate && first < 128 && gate[first] === 0)
                continue;
            const end = lastGates[id];
            if (end && lastChar < 128 && end[lastChar] === 0)
                continue;
            const nb = firstNonBlank[id];
            if (nb) {
                if (nonBlank < 0)
                    nonBlank = typeof src === 'string' ? firstNonBlankOf(src, from, to) : firstNonBlankByte(src, from, to);
                if (nonBlank < 128 && nb[nonBlank] === 0)
                    continue;
            }
            hits[n++] = id;
        }
        this.nHits = n;
        return n;
    }
    /**
     * markersIn for the segment the splitter handed over: read off the literals its scan kept,
     * when it kept them all (a tab or an escape is one byte; Travis markers and links, matched
     * there whatever their case, are looked for again).
     */
    markersOf(buf, from, to) {
        if (this.scanFrom < 0)
            return this.markersIn(buf, from, to);
        const { markerFlags, scanner } = this.prefilter;
        const row = this.splitter.found.row;
        let m = 0;
        for (let k = this.foundFrom; k < this.foundTo; k++)
            m |= markerFlags[row[k] / scanner.width];
        return m & MARKER_CASED ? this.markersIn(buf, from, to) : m;
    }
    /** Which markers LineView.reset looks for occur in `buf[from, to)` (positions found once per chunk, as reset does per string). */
    markersIn(buf, from, to) {
        const m = this.markers;
        if (m.buf !== buf || from < m.from) {
            m.buf = buf;
            m.tab = m.travis = m.clear = m.link = -2;
        }
        m.from = from;
        if (m.tab < from && m.tab !== -1)
            m.tab = buf.indexOf(0x09, from);
        if (m.travis < from && m.travis !== -1)
            m.travis = buf.indexOf(TRAVIS, from);
        if (m.clear < from && m.clear !== -1)
            m.clear = buf.indexOf(CLEAR, from);
        if (m.link < from && m.link !== -1)
            m.link = buf.indexOf(STEP_LINK, from);
        return ((m.tab >= 0 && m.tab < to ? MARKER_TAB : 0) |
            ((m.travis >= 0 && m.travis < to) || (m.clear >= 0 && m.clear < to) ? MARKER_TRAVIS : 0) |
            (m.link >= 0 && m.link < to ? MARKER_LINK : 0));
    }
    segment(s, from, to, lineNo) {
        const v = this.view;
        v.reset(s, from, to);
        this.lastLine = lineNo;
        if (v.step !== undefined && v.step !== this.stepColumn) {
            // `gh run view --log` names each line's step: a new name is a new step.
            if (this.stepColumn !== undefined)
                this.closeStep(PASSED_STEP_FACTOR, 'passed');
            this.stepColumn = v.step;
            this.section = v.step.slice(0, MAX_SECTION_CHARS);
            this.step.title = this.section;
        }
        if (this.held) {
            if (this.holdHeaderLine(v, s, from, to, lineNo))
                return;
            // The segment was overwritten by the replay: read the current line again.
            v.reset(s, from, to);
            this.lastLine = lineNo;
        }
        if (v.command === 'group') {
            this.githubFormat = true;
            if (v.text.startsWith('Run '))
                this.held = { title: v.text.slice(0, MAX_SECTION_CHARS), lines: [], chars: 0, block: false, line: lineNo };
            return;
        }
        if (v.command === 'endgroup') {
            this.githubFormat = true;
            return;
        }
        if (v.command === 'error') {
            this.sawErrorAnnotation = true;
            this.step.errorAnnotated = true;
            this.continuedAfterFailure = false;
        }
        if (v.command === 'section') {
            const m = AZURE_SECTION.exec(v.text);
            if (m)
                this.startSection(m[1], lineNo);
        }
        if (v.from === v.to)
            return;
        const first = v.src.charCodeAt(v.from);
        if (this.warningBlock !== 0 && !continuesDiagnostic(first))
            this.warningBlock = 0;
        // A step header as GitHub's web view shows it (`Run npm ci`), in a log pasted from there.
        if (first === 0x52 && !this.githubFormat && UI_STEP_HEADER.test(v.text)) {
            this.held = {
                title: v.text.slice(0, MAX_SECTION_CHARS),
                lines: [],
                chars: 0,
                block: false,
                ui: true,
                line: lineNo
            };
            return;
        }
        if (first === 0x24 && v.src.charCodeAt(v.from + 1) === 0x20) {
            this.section = v.text.slice(0, MAX_SECTION_CHARS);
            this.addShellCommand(v.text.slice(2), lineNo);
        }
        else if (first === 0x2b && v.src.charCodeAt(v.from + 1) === 0x20)
            this.addShellCommand(v.text.slice(2), lineNo);
        else if (first === 0x30 && v.to - v.from === 1 && this.echoedStatus(lineNo)) {
            // The shell's own answer that the command before `echo $?` succeeded: what it printed,
            // error words and all, failed nothing.
            this.closeStep(PASSED_STEP_FACTOR, 'passed');
            return;
        }
        const slot = this.nextSlot(lineNo);
        slot.prose = !v.inFence;
        slot.line = lineNo;
        slot.first = first;
        slot.buf = undefined;
        slot.src = v.src;
        slot.from = v.from;
        slot.to = v.to;
        slot.tsBuf = undefined;
        slot.timestamp = v.timestamp;
        this.recent.push(slot);
        if (this.awaitingHead < this.awaiting.length)
            this.flushExcerpts(lineNo - finding/* MAX_EXCERPT_LINES */.dL + 1);
        this.step.end = lineNo;
        const outcome = v.command === 'error' || v.command === 'section' || mayAnnounceOutcome(first) ? outcomeOf(v) : undefined;
        // A failure marker only echoes the failure: it is evidence only if a rule reads more in it.
        this.match(v, first, lineNo, outcome === 'step-failure' || outcome === 'job-failure');
        const { hasLiterals, first: gates, lazyAfter } = this.prefilter;
        for (let k = 0, id = this.rules.length; k < this.afters.length; k++, id++) {
            if (lazyAfter[k] === 1 || (hasLiterals[id] && this.marks[id] !== this.stamp))
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
        if (outcome === undefined)
            return;
        if (outcome !== 'job-frame' && outcome !== 'agent-frame' && outcome !== 'step-success')
            this.continuedAfterFailure = false;
        if (outcome === 'job-frame')
            this.sawJobFrame = true;
        else if (outcome === 'agent-frame')
            this.sawAgentFrame = true;
        else if (outcome === 'step-success') {
            if (this.continuedAfterFailure === false && this.githubFormat && !this.step.errorAnnotated)
                this.continuedAfterFailure = true;
            this.closeStep(PASSED_STEP_FACTOR, 'passed');
        }
        else if (outcome === 'step-failing') {
            this.sawStepFailure = true;
            this.step.failing = true;
            if (this.step.markerLine === undefined)
                this.noteMarker(v, lineNo);
        }
        else if (outcome === 'step-failure') {
            this.sawStepFailure = true;
            this.step.exitCode = exitCodeOf(v.text);
            this.noteMarker(v, lineNo);
            if (/^The command "/.test(v.text))
                this.addCommand(v.text.slice(13, 13 + MAX_SECTION_CHARS));
            this.closeStep(FAILED_STEP_FACTOR, 'failed');
        }
        else {
            this.jobOutcome = outcome === 'job-success' ? 'success' : 'failure';
            if (outcome === 'job-failure') {
                this.step.exitCode ??= exitCodeOf(v.text);
                if (this.step.markerLine === undefined)
                    this.noteMarker(v, lineNo);
            }
            this.closeStep(outcome === 'job-success' ? PASSED_STEP_FACTOR : FAILED_STEP_FACTOR, outcome === 'job-success' ? 'passed' : 'failed');
        }
    }
    /**
     * One line of an open `Run …` group (see `held`). Returns true when the line was taken:
     * held back, or the `##[endgroup]` that confirmed a header. Otherwise the held lines were
     * read as output and the caller reads this line.
     */
    holdHeaderLine(v, s, from, to, lineNo) {
        const held = this.held;
        if (held.ui)
            return this.holdUiHeaderLine(held, v, s, from, to, lineNo);
        if (v.command === 'endgroup') {
            if (held.lines.length === 0 || held.block) {
                this.held = undefined;
                this.acceptHeader(held);
                return true;
            }
            this.replayHeld();
            return false;
        }
        const text = v.text;
        let fits = v.command === undefined && held.lines.length < MAX_HEADER_LINES && held.chars + (to - from) <= MAX_HEADER_CHARS;
        if (fits && held.block)
            fits = HEADER_BLOCK_LINE.test(text);
        else if (fits && HEADER_BLOCK_START.test(text))
            held.block = true;
        if (!fits) {
            this.replayHeld();
            return false;
        }
        held.lines.push({ raw: s.slice(from, to), text, line: lineNo });
        held.chars += to - from;
        return true;
    }
    /** One line after a web view's `Run …` header (see HeldHeader.ui); false when it ended the header. */
    holdUiHeaderLine(held, v, s, from, to, lineNo) {
        const text = v.text;
        const fits = v.command === undefined &&
            text.startsWith('  ') &&
            held.lines.length < MAX_HEADER_LINES &&
            held.chars + (to - from) <= MAX_HEADER_CHARS &&
            (!held.block || UI_HEADER_BLOCK_LINE.test(text)) &&
            (!held.env || UI_HEADER_ENV_LINE.test(text));
        if (fits) {
            if (!held.block && UI_HEADER_BLOCK_START.test(text))
                held.block = true;
            // After `shell:` only the step's `env:` entries follow; an indented line of any other
            // shape is the step's first output.
            if (held.block && UI_HEADER_ENV_START.test(text))
                held.env = true;
            held.lines.push({ raw: s.slice(from, to), text, line: lineNo });
            held.chars += to - from;
            return true;
        }
        if (held.block)
            this.acceptUiHeader();
        else
            this.replayHeld();
        return false;
    }
    /**
     * A web view's header, confirmed by its `shell:` block: a new step starts (the previous one
     * passed, as on GitHub a job stops at its first failed step) and the block's lines are its
     * commands.
     */
    acceptUiHeader() {
        const held = this.held;
        this.held = undefined;
        this.closeStep(PASSED_STEP_FACTOR, 'passed');
        this.section = held.title;
        this.step.title = held.title;
        this.step.start = held.line;
        this.addCommand(held.title.slice(4));
        for (const l of held.lines)
            this.addCommand(l.text);
    }
    /** A runner's header, confirmed: a new step starts (on GitHub the previous one passed). */
    acceptHeader(held) {
        this.closeStep(PASSED_STEP_FACTOR, 'passed');
        this.section = this.stepColumn ?? held.title;
        this.step.title = held.title;
        for (const l of held.lines)
            this.addCommand(l.text);
    }
    /** A script's own group after all: its held lines are output, read in order. */
    replayHeld() {
        const held = this.held;
        this.held = undefined;
        if (held.ui) {
            // A `Run …` line with no block under it: a section title in the paste, its text a command.
            this.section = held.title;
            if (this.step.title === undefined)
                this.step.title = this.section;
            this.addCommand(held.title.slice(4));
        }
        for (const l of held.lines)
            this.segment(l.raw, 0, l.raw.length, l.line);
    }
    startSection(title, lineNo) {
        this.closeStep(PASSED_STEP_FACTOR, 'passed');
        this.section = title.slice(0, MAX_SECTION_CHARS);
        this.step.title = this.section;
        this.step.start = lineNo;
    }
    /** The current line as the step's failure marker (its text kept when a paste's fence holds it). */
    noteMarker(v, lineNo) {
        this.step.markerLine = lineNo;
        this.step.markerText = v.inFence ? v.text : undefined;
    }
    /** Whether the line before `lineNo` is a shell prompt's `echo $?` (or PowerShell's, cmd's). */
    echoedStatus(lineNo) {
        const shell = this.step.shell;
        const last = shell[shell.length - 1];
        return last !== undefined && last.line === lineNo - 1 && EXIT_STATUS_ECHO.test(last.text);
    }
    addShellCommand(text, line) {
        const t = commandText(text);
        if (!t)
            return;
        const shell = this.step.shell;
        if (shell.length >= MAX_SHELL_COMMANDS)
            shell.shift();
        shell.push({ line, text: t.slice(0, MAX_SECTION_CHARS) });
    }
    addCommand(text) {
        const s = this.step;
        if (s.commands.length >= MAX_COMMAND_CHARS)
            return;
        const t = commandText(text);
        if (t)
            s.commands = (s.commands ? s.commands + '\n' : '') + t.slice(0, MAX_COMMAND_CHARS - s.commands.length);
    }
    /**
     * Runs the regexes that could match the current line: one automaton pass finds the rules,
     * cues and severity words whose required text occurs in it. On a typical log most lines end
     * here without any regex run or any string made.
     */
    match(v, first, lineNo, marker) {
        const { alwaysByFirst } = this.prefilter;
        const src = v.src;
        const lastChar = src.charCodeAt(v.to - 1);
        let n;
        if (this.scanned === this.stamp && this.scannedLine === lineNo) {
            // readPlain found the candidates of this very text (nothing ran since). A line it did
            // not scan holds no literal that makes a candidate, but may hold cue literals.
            n = this.nHits;
            if (this.scannedFull !== this.stamp)
                this.scanText(src, v.from, v.to);
        }
        else {
            const hits = this.hits;
            this.stamp++;
            this.nHits = 0;
            this.nCueHits = 0;
            this.nCueLiteralHits = 0;
            this.sevHit = false;
            this.scanText(src, v.from, v.to);
            // Rules without literals are never marked by the scan: each is a candidate once here.
            const always = alwaysByFirst[first < 128 ? first : 128];
            for (let k = 0; k < always.length; k++)
                hits[this.nHits++] = always[k];
            n = this.gateRules(src, v.from, v.to, first, lastChar);
        }
        this.scanned = 0;
        // pytest's `E   assert …` and `E:`/`E |` levels have no severity word.
        const eLine = first === 0x45 && (v.to - v.from === 1 || isSpaceOrColon(v.src.charCodeAt(v.from + 1)));
        const candidate = this.sevHit || this.nCueHits > 0 || eLine || v.command === 'error';
        if (n === 0 && !candidate)
            return;
        let rule;
        if (n > 0 && this.ruleless !== this.stamp)
            rule = this.runRules(v, lineNo);
        if (!candidate && !rule)
            return;
        const text = v.text;
        const warns = text.indexOf('arn') >= 0 || text.indexOf('ARN') >= 0 || text.indexOf('note: ') >= 0 || text.indexOf('int: ') >= 0;
        if (warns && !continuesDiagnostic(first) && WARNING_DIAGNOSTIC.test(text))
            this.warningBlock = lineNo;
        if (!this.warningsFatal && (warns || text.indexOf('Werror') >= 0) && FATAL_WARNINGS.test(text))
            this.warningsFatal = true;
        // A workspace runner's task (`web:build: …`) is the command the line came from.
        if (candidate && v.task !== undefined && !this.step.commands.includes(v.task))
            this.addCommand(v.task);
        // What isEvidence read of this very line need not be read again.
        const judged = this.judged === this.stamp;
        const run = candidate && !judged ? failedCommandOf(text) : undefined;
        if (run) {
            this.addCommand(run.command);
            if (run.exitCode !== undefined)
                this.step.innerExitCode ??= run.exitCode;
        }
        let cues = this.lineCues(src, v.from, v.to, first, lastChar, text);
        const annotated = candidate ? annotationLintCue(text, v.command, cues) : undefined;
        if (annotated)
            cues = [...cues, annotated];
        // A failure marker that only echoes the failure (`exit code 1`) is no evidence; one that
        // says why (`Job failed (system failure): …`, `exit code 137`) is.
        if (marker && !rule && !cues.some((c) => c.alone || c.weight >= 40))
            return;
        // A tool's notice on success, in error words (pip's resolver report): no evidence.
        if (!rule && !judged && HARMLESS_NOTICE.test(text))
            return;
        let severity = judged
            ? this.judgedSeverity
            : candidate || rule
                ? lineSeverity(text, v.level, v.command, this.sevHit)
                : 0;
        // A clean-result line ("0 failed", "no vulnerabilities found") stays out, and makes the
        // step's other lines of its family count less: the tool said that part passed.
        if (!rule && (severity > 0 ? severity <= 0.05 : cues.length > 0 && isAllClear(text))) {
            // Only a short verdict speaks for the family ("No vulnerabilities found."), not a
            // clause in a longer line ("versions with no known vulnerabilities: 2.1, 2.0, …").
            if (text.length <= MAX_VERDICT_CHARS)
                for (const c of cues)
                    this.step.clear.add(c.pattern);
            return;
        }
        // A cue that alone says something failed does not say so on a line its tool wrote as a
        // warning (`WARNING: Lockfile hash doesn't match pyproject.toml`): the tool went on.
        // So does a line that announces a retry, whatever rule reads it.
        const retried = RETRY_NOTICE.test(text);
        // A cue of a failure its tool writes at a warning level (a race detector's report, a
        // runner's time limit) makes the line no mere warning.
        const warned = ((judged ? this.judgedLevel : v.level) === 'warning' && !cues.some((c) => c.warningFails)) || retried;
        for (const c of cues) {
            if (c.severity > severity)
                severity = c.severity;
            else if (c.alone && !warned && severity < 0.6)
                severity = 0.6;
        }
        // A family cue on a line without error words is weak evidence (`Expected: 3`).
        if (severity === 0 && cues.length > 0)
            severity = 0.3;
        if (severity === 0 && !rule)
            return;
        const fp = (0,line_fingerprint/* fingerprint */.R)(text);
        this.repeats.bump(fp);
        const key = { severity, cues, ...(rule ? { rule } : {}) };
        if (!this.step.evidence.wouldKeep(evidenceKey(key)))
            return;
        const e = {
            line: lineNo,
            text: text.length > MAX_EVIDENCE_TEXT ? text.slice(0, MAX_EVIDENCE_TEXT) : text,
            severity,
            cues,
            fingerprint: fp,
            excerpt: [],
            excerptChars: 0
        };
        if (rule)
            e.rule = rule;
        // A rule that reads a warning as a failure (a race detector's report) decides: no mere warning.
        if (warned && (!rule || retried))
            e.warning = true;
        else if (this.warningBlock !== 0 && !cues.some((c) => c.warningFails))
            e.warningBlock = true;
        if (v.timestamp !== undefined)
            e.timestamp = v.timestamp;
        if (!v.inFence)
            e.prose = true;
        if (this.section !== undefined)
            e.section = this.section;
        if (this.step.evidence.offer(e))
            this.awaiting.push(e);
    }
    /**
     * The recent-lines slot for a line about to be kept, the oldest reused once the window is
     * full. A lazy `context.after` regex (Prefilter.lazyAfter) is tried on the line that leaves
     * the window when a rule could still look back to it from here (a line of many segments,
     * a progress bar's, can fill the window alone); its last match is kept as the eager ones are.
     */
    nextSlot(lineNo) {
        const slot = this.recent.evictee();
        if (!slot)
            return newRecent();
        const { lazyAfters, lazyWithin, afterWithin } = this.prefilter;
        if (lineNo - slot.line <= lazyWithin) {
            for (let j = 0; j < lazyAfters.length; j++) {
                const k = lazyAfters[j];
                if (lineNo - slot.line > afterWithin[k] || !this.triedAfter(k, slot))
                    continue;
                const a = this.afters[k];
                a.last = slot.line;
                a.lastTimestamp = recentTimestamp(slot);
            }
        }
        slot.tried = 0;
        slot.matched = 0;
        return slot;
    }
    /** Whether lazy `context.after` regex k matches the text of recent line `r` (tried once per line). */
    triedAfter(k, r) {
        const bit = 1 << k;
        if ((r.tried & bit) === 0) {
            r.tried |= bit;
            const gate = this.prefilter.first[this.rules.length + k];
            if ((!gate || r.first >= 128 || gate[r.first] === 1) && this.afters[k].regex.test(recentText(r)))
                r.matched |= bit;
        }
        return (r.matched & bit) !== 0;
    }
    /** The timestamp of the line afterLine found last. */
    afterTimestamp;
    /**
     * For a rule with lazy `context.after` regex k and window `within`, matching line `lineNo`:
     * the line of the last earlier line the regex matches, 0 when there is none or it is not
     * within the window (or on this very line, an earlier segment of it), as an eager reading
     * line by line would have found it. The current line is the newest recent line.
     */
    afterLine(k, lineNo, within) {
        const recent = this.recent;
        for (let i = 1; i < recent.size; i++) {
            const r = recent.newest(i);
            if (lineNo - r.line > within)
                return 0;
            if (this.triedAfter(k, r)) {
                if (r.line >= lineNo)
                    return 0;
                this.afterTimestamp = recentTimestamp(r);
                return r.line;
            }
        }
        // Nothing in the window: the last match among the lines that left it (see nextSlot).
        const a = this.afters[k];
        if (a.last === 0 || a.last >= lineNo || lineNo - a.last > within)
            return 0;
        this.afterTimestamp = a.lastTimestamp;
        return a.last;
    }
    /** Marks the ids whose literals occur in `s.slice(from, to)`, scanning its UTF-8 bytes. */
    scanText(s, from, to) {
        // Half of a surrogate pair that a cut left at an end is in no literal, as an encoded U+FFFD
        // might be: it is left out.
        if (to > from && (s.charCodeAt(to - 1) & 0xfc00) === 0xd800)
            to--;
        if (to > from && (s.charCodeAt(from) & 0xfc00) === 0xdc00)
            from++;
        const text = s.slice(from, to);
        // A longer text (none is, MAX_RAW_CHARS being the most a line keeps) gets a buffer of its own.
        const bytes = 3 * text.length <= this.textBytes.length ? this.textBytes : Buffer.allocUnsafe(3 * text.length);
        this.prefilter.byteIndex.scanBytes(bytes, 0, bytes.write(text, 0, 'utf8'), this.mark);
    }
    /** Runs the candidate rules in catalogue order; records the best hit per pattern. */
    runRules(v, lineNo) {
        const hits = this.hits;
        const count = this.nHits;
        sortSmall(hits, count);
        let best;
        for (let k = 0; k < count; k++) {
            const i = hits[k];
            const r = this.rules[i];
            if (r.levels && !r.levels.has(v.level))
                continue;
            if (r.section && (this.section === undefined || !r.section.test(this.section)))
                continue;
            const ak = this.prefilter.ruleAfter[i];
            let afterLine = 0;
            let afterTimestamp;
            if (ak !== undefined) {
                if (this.prefilter.lazyAfter[ak] === 1) {
                    // Tried on the lines before only once the rule itself matched (see afterLine).
                    if (!r.regex.test(v.text))
                        continue;
                    afterLine = this.afterLine(ak, lineNo, r.within);
                    if (afterLine === 0)
                        continue;
                    afterTimestamp = this.afterTimestamp;
                }
                else {
                    const after = this.afters[ak];
                    if (after.last === 0 || after.last >= lineNo || lineNo - after.last > r.within)
                        continue;
                    if (!r.regex.test(v.text))
                        continue;
                    afterLine = after.last;
                    afterTimestamp = after.lastTimestamp;
                }
            }
            else if (!r.regex.test(v.text))
                continue;
            const score = v.level === 'warning' && !r.warningsCount ? r.weight * WARNING_FACTOR : r.weight;
            const byContext = r.evidence === 'context' && ak !== undefined;
            const line = byContext ? afterLine : lineNo;
            const prev = best?.get(r.pattern);
            if (prev && (prev.score > score || (prev.score === score && prev.line <= line)))
                continue;
            best ??= new Map();
            best.set(r.pattern, { rule: r, score, line, timestamp: byContext ? afterTimestamp : v.timestamp });
        }
        if (!best)
            return undefined;
        let top;
        for (const [pattern, b] of best) {
            this.record(pattern, b.rule.id, b.score, b.line, b.timestamp, lineNo, v.text);
            if (b.line === lineNo && (!top || b.score > top.weight))
                top = { pattern, id: b.rule.id, weight: b.score };
        }
        return top;
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
            weight: score,
            score,
            line,
            timestamp,
            section: this.section,
            excerpt: [],
            excerptChars: 0
        };
        void lineNo;
        void text;
        if (score >= ROOT_CAUSE_WEIGHT && (!this.rootCause || score > this.rootCause.weight))
            this.rootCause = hit;
        if (acc)
            acc.best = hit;
        else
            this.pending.set(pattern, { best: hit, lines: [line], count: 1 });
        this.awaiting.push(hit);
    }
    /**
     * Makes the excerpts of the hits and evidence lines at or before `upTo` from the recent
     * lines: the line itself and the MAX_EXCERPT_LINES - 1 after it, read by now.
     */
    flushExcerpts(upTo) {
        const q = this.awaiting;
        let recent;
        while (this.awaitingHead < q.length && q[this.awaitingHead].line <= upTo) {
            const x = q[this.awaitingHead++];
            if ('dropped' in x && x.dropped)
                continue;
            recent ??= this.recent.toArray();
            for (const r of recent) {
                if (r.line < x.line)
                    continue;
                if (r.line >= x.line + finding/* MAX_EXCERPT_LINES */.dL || x.excerpt.length >= finding/* MAX_EXCERPT_LINES */.dL)
                    break;
                appendExcerpt(x, recentText(r));
            }
        }
        if (this.awaitingHead === q.length) {
            q.length = 0;
            this.awaitingHead = 0;
        }
    }
    /**
     * Closes the current step: weighs its rule hits by how it ended, keeps a failed step's
     * evidence for the classifier, and starts the next step. A step that showed an error
     * annotation failed, whatever came after it (an action's failure has no exit-code line).
     */
    closeStep(factor, outcome) {
        const step = this.step;
        if (outcome !== 'failed' && (step.errorAnnotated || step.failing)) {
            outcome = 'failed';
            factor = FAILED_STEP_FACTOR;
        }
        step.outcome = outcome;
        if (outcome === 'failed' || outcome === 'open')
            this.captureTail(step);
        for (const [pattern, acc] of this.pending) {
            acc.best.score *= factor;
            step.rules.set(pattern, acc.best);
            step.ruleLines.set(pattern, [...acc.lines]);
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
            if (acc.best.score > prev.best.score)
                prev.best = acc.best;
        }
        // Clearing a Map allocates its new table where the Map lives, in the old generation for
        // this long-lived one: done for every step of a log of many short steps, that fills the
        // old generation with dead tables and makes the heap grow with the log.
        if (this.pending.size > 0)
            this.pending.clear();
        if (outcome === 'failed' || outcome === 'open') {
            if (this.failedSteps.length < MAX_FAILED_STEPS && (outcome === 'failed' || step.evidence.size > 0)) {
                this.failedSteps.push(step);
            }
        }
        else {
            for (const e of step.evidence.all())
                e.dropped = true;
        }
        this.step = newStep(this.lastLine + 1);
        this.step.title = this.section;
    }
    /** The last lines before a failure marker: what a person reads first when nothing else tells. */
    captureTail(step) {
        const have = new Set(step.evidence.all().map((e) => e.line));
        const recent = this.recent.toArray();
        const before = step.markerLine ?? this.lastLine + 1;
        const tail = [];
        for (let i = recent.length - 1; i >= 0 && tail.length < TAIL_LINES; i--) {
            const r = recent[i];
            if (r.line >= before)
                continue;
            if (r.line < step.start)
                break;
            // A line without a word (a rule, `^^^`), a Markdown fence of a pasted log or the prose
            // around its fences says nothing of the failure: it takes no place among the last lines.
            if (r.to > r.from && !(r.prose && this.view.sawFence)) {
                recentText(r); // decoded, for isMarkup
                if (!isMarkup(r.src, r.from, r.to))
                    tail.unshift(r);
            }
        }
        // Whether the tail line is part of a warning-level diagnostic, as `match` reads it.
        let inWarning = false;
        for (let k = 0; k < tail.length; k++) {
            const r = tail[k];
            const text = recentText(r, MAX_EVIDENCE_TEXT);
            const c = text.charCodeAt(0);
            if (!continuesDiagnostic(c))
                inWarning = WARNING_DIAGNOSTIC.test(text);
            if (have.has(r.line))
                continue;
            if (HARMLESS_NOTICE.test(text))
                continue;
            // Read with every cue: a linter's report may carry no error word at all.
            this.stamp++;
            this.nCueHits = 0;
            const p = this.prefilter;
            (p.cueIndex ??= new literal_index/* LiteralIndex */.uk(p.cueLiterals)).scanRange(text, 0, text.length, this.markCue);
            for (const i of this.prefilter.gatedCues)
                this.markCue(i);
            const cues = matchCues(text, this.cueHits, this.nCueHits);
            // The nearer the failure marker, the likelier the line is the one that failed.
            let severity = 0.15 + 0.01 * k;
            for (const c of cues)
                severity = Math.max(severity, c.severity, c.alone ? 0.6 : 0.3);
            if (step.outcome === 'open' && cues.length === 0)
                continue;
            const e = {
                line: r.line,
                text,
                severity,
                cues,
                fingerprint: (0,line_fingerprint/* fingerprint */.R)(text),
                tail: true,
                ...(inWarning ? { warningBlock: true } : {}),
                ...(r.prose ? { prose: true } : {}),
                excerpt: [],
                excerptChars: 0
            };
            if (step.title !== undefined)
                e.section = step.title;
            for (let j = k; j < tail.length && e.excerpt.length < finding/* MAX_EXCERPT_LINES */.dL; j++) {
                const t = tail[j];
                appendExcerpt(e, recentText(t));
            }
            step.evidence.tail.push(e);
        }
    }
    /** The findings of a failed (or unmarked) log, most significant first. */
    conclude(options, lines) {
        const marked = this.markedFailed() || options.knownFailed === true;
        // In a pasted log, a step whose only evidence is the reporter's prose around the fences is not the one.
        const fenced = this.view.sawFence;
        const target = this.failedSteps.find((s) => s.rules.size > 0 || (fenced ? s.evidence.all().some((e) => !e.prose) : s.evidence.size > 0)) ??
            this.failedSteps.find((s) => s.evidence.size > 0) ??
            this.failedSteps[0];
        const primary = target ? this.classifyStep(target, options) : undefined;
        let secondary = this.rank();
        if (!marked) {
            // No failure marker (an excerpt, a log cut short): report evidence that says something
            // failed, not a line that only names an error word in passing.
            const evidence = target ? target.evidence.all() : [];
            const severe = evidence.some((e) => e.severity >= 0.9 || (e.severity >= 0.5 && e.cues.some((c) => c.alone && !target.clear.has(c.pattern))));
            // Only warnings (every evidence line a tool wrote as a warning), and the tool went on
            // after them: nothing failed, whatever the warnings were about. A paste that ends on its
            // warning may have been cut where the failure was. So are the lines of a warning-level
            // diagnostic (its header, its notes), whatever rule reads them, unless the log says its
            // warnings are fatal.
            const fatal = this.warningsFatal ||
                (target !== undefined &&
                    FATAL_WARNINGS.test([target.title, target.commands, ...target.shell.map((c) => c.text)].join('\n')));
            const warned = (e) => e.warning === true || (e.warningBlock === true && !fatal);
            let failing = evidence.some((e) => !warned(e) || e.line === target.end);
            // A finding read off a warning-level diagnostic stands only with a line of its family that
            // is no warning and says something failed (the tool's verdict, not its command line).
            const decisive = primary ? evidence.find((e) => e.line === primary.line) : undefined;
            if (failing && decisive?.warningBlock && !fatal) {
                const p = primary.pattern;
                failing = evidence.some((e) => e !== decisive &&
                    !warned(e) &&
                    e.severity >= 0.5 &&
                    (e.rule?.pattern === p || e.cues.some((c) => c.pattern === p) || SAYS_FAILED.test(e.text)));
            }
            const evidenceScore = this.primaryEvidence;
            if (!primary || !failing || (primary.confidence === 'low' && evidenceScore < UNMARKED_MIN_SCORE && !severe))
                return [];
            // The tool's own clean verdict as its last word ("0 errors found", "is compliant with"):
            // the error lines before it were its notes on the way, not its result.
            if (target && this.endsClean(target))
                return [];
            secondary = secondary.filter((f) => f.score >= UNMARKED_MIN_SCORE);
        }
        const findings = [];
        if (primary) {
            // The failed step's explanation leads, whatever other steps scored.
            const top = secondary.reduce((m, f) => (f.pattern === primary.pattern ? m : Math.max(m, f.score)), 0);
            if (primary.score <= top)
                primary.score = Math.round((top + 1) * 100) / 100;
            findings.push(primary, ...secondary.filter((f) => f.pattern !== primary.pattern));
        }
        else
            findings.push(...secondary);
        if (findings.length === 0)
            findings.push(this.fallback(options, lines));
        // A finding whose decisive line is already a stronger finding's evidence is the same
        // line read twice (a clippy lint is also a rustc-style `error:` line): drop it.
        const kept = [];
        for (const f of findings) {
            if (!kept.some((k) => k.lines.includes(f.line)))
                kept.push(f);
        }
        return kept;
    }
    /**
     * Whether the last line with words of an unmarked step (leaving out Markdown fences and, in a
     * paste with fences, the prose around them) is a clean verdict.
     */
    endsClean(step) {
        for (let i = 0; i < this.recent.size; i++) {
            const r = this.recent.newest(i);
            if (r.line > step.end)
                continue;
            if (r.line < step.start)
                break;
            if (r.to <= r.from || (r.prose && this.view.sawFence))
                continue;
            const text = recentText(r, MAX_EVIDENCE_TEXT);
            if (isMarkup(r.src, r.from, r.to) || FENCE.test(text))
                continue;
            return (text.length <= MAX_VERDICT_CHARS &&
                isAllClear(text) &&
                !LABELLED_ZERO.test(text) &&
                (!PASS_COUNT.test(text) || ZERO_FAILED.test(text)));
        }
        return false;
    }
    /** Scores every pattern on one failed step and returns the best as a located finding. */
    classifyStep(step, options) {
        const evidence = step.evidence.all();
        const span = Math.max(1, step.end - step.start + 1);
        // Lines a passing run of the job printed too: everyday noise, whatever they say.
        const noise = new Set(this.baseline ? evidence.filter((e) => this.baseline.has(e.text)) : []);
        const weigh = (e) => {
            let w = e.severity * novelty(this.repeats.count(e.fingerprint));
            if (noise.has(e))
                w *= BASELINE_FACTOR;
            if (e.prose && this.view.sawFence)
                w *= PROSE_FACTOR;
            if (!e.tail)
                w *= 0.9 + (0.1 * Math.max(0, e.line - step.start)) / span;
            return w;
        };
        const weights = new Map(evidence.map((e) => [e, weigh(e)]));
        // Of the commands a shell echoed, the last one before the strongest evidence is the one
        // that failed: earlier ones passed (`$ npm ci` before `$ npm test`), later ones are clean-up.
        let anchor = step.markerLine ?? step.end;
        let anchorWeight = -1;
        for (const [e, w] of weights) {
            if (w > anchorWeight || (w === anchorWeight && e.line < anchor)) {
                anchorWeight = w;
                anchor = e.line;
            }
        }
        let shell;
        for (const c of step.shell)
            if (c.line <= anchor)
                shell = c.text;
        const said = stepPriors([options.failedStep, step.title, step.commands, shell].filter(Boolean).join('\n'));
        const priors = mergePriors(said, exitCodePriors(step.innerExitCode ?? step.exitCode, evidence.some((e) => e.cues.some((c) => c.id === 'time-limit'))));
        // Priors decide between families when the output is vague; a tool's own error line in
        // the step leaves them little say.
        let strongest = 0;
        for (const h of step.rules.values())
            strongest = Math.max(strongest, h.score);
        const priorScale = Math.max(0.2, 1 - strongest / 100);
        const scores = [];
        // Disabled patterns are scored too: a failure that is best explained by a pattern the user
        // turned off is not reported as another one.
        for (const spec of this.catalogue.patterns.values()) {
            const p = spec.id;
            let hit = step.rules.get(p);
            let rule = hit ? hit.score : 0;
            // A root cause (disk full, runner lost) at or after the step explains it and what follows.
            const root = this.rootCause;
            if (root?.pattern === p && root.line >= step.start) {
                hit = root;
                rule = root.weight * FAILED_STEP_FACTOR + ROOT_CAUSE_BONUS;
            }
            const hitNoise = hit !== undefined && this.baseline?.has(hit.excerpt[0] ?? '') === true;
            if (hitNoise)
                rule *= BASELINE_FACTOR;
            let cue = 0;
            let support = 0;
            let ev;
            let cueId;
            const cleared = step.clear.has(p) && !step.rules.has(p) ? CLEARED_FACTOR : 1;
            for (const e of evidence) {
                for (const c of e.cues) {
                    if (c.pattern !== p)
                        continue;
                    const s = weights.get(e) * c.weight * cleared;
                    if (s > cue) {
                        support = Math.max(support, cue);
                        cue = s;
                        ev = e;
                        cueId = c.id;
                    }
                    else if (s > support && e !== ev)
                        support = s;
                }
            }
            const prior = (priors.get(p) ?? 0) * priorScale + baseRate(p);
            const score = Math.max(rule, cue) + Math.min(SUPPORT_CAP, 0.25 * Math.min(rule, cue) + 0.15 * support) + prior;
            scores.push({
                pattern: p,
                score,
                rule,
                cue,
                ...(hit ? { hit } : {}),
                ...(hitNoise ? { noise: true } : {}),
                ...(ev ? { ev } : {}),
                ...(cueId ? { cueId } : {})
            });
        }
        scores.sort((a, b) => b.score - a.score || a.pattern.localeCompare(b.pattern));
        const cause = explainingCause(scores);
        if (cause) {
            scores.splice(scores.indexOf(cause), 1);
            scores.unshift({ ...cause, score: scores[0].score + 1 });
        }
        // The command that failed decides between the families whose tools write the same error
        // form: clippy's and clang-tidy's findings are a compiler's `error:` lines, and a step that
        // ran a linter (and no build) failed on lint, unless an error says what a compiler says of
        // code that does not build (an unknown name, a type that does not match, a syntax error).
        if (scores[0].pattern === 'PAT-001' && said.has('PAT-007') && !said.has('PAT-001') && !said.has('PAT-002')) {
            const lint = scores.find((x) => x.pattern === 'PAT-007');
            if (lint && buildFormOnly(scores[0], evidence)) {
                scores.splice(scores.indexOf(lint), 1);
                scores.unshift({ ...lint, score: scores[0].score + 1 });
            }
        }
        if (options.explain) {
            this.explained = scores.map((x) => ({
                pattern: x.pattern,
                score: round(x.score),
                rule: round(x.rule),
                cue: round(x.cue),
                prior: round((priors.get(x.pattern) ?? 0) * priorScale + baseRate(x.pattern)),
                ...(x.hit ? { ruleLine: x.hit.line, ruleId: x.hit.rule } : {}),
                ...(x.ev ? { cueLine: x.ev.line, cueId: x.cueId } : {})
            }));
        }
        const best = scores[0];
        if (!best || !this.catalogue.patterns.get(best.pattern)?.enabled)
            return undefined;
        this.primaryEvidence = Math.max(best.rule, best.cue);
        const second = scores[1]?.score ?? 0;
        const spec = this.catalogue.patterns.get(best.pattern);
        const confidence = best.rule >= 70 && best.score - second >= 10 ? 'high' : best.rule >= 45 || best.cue >= 30 ? 'medium' : 'low';
        const candidates = [];
        const detail = best.hit !== undefined && !best.noise && best.hit.weight >= DETAIL_WEIGHT;
        if (best.hit) {
            candidates.push({
                line: best.hit.line,
                strength: detail ? Infinity : best.rule * SUMMARY_FACTOR,
                excerpt: best.hit.excerpt,
                rule: best.hit.rule,
                ...(best.hit.timestamp === undefined ? {} : { timestamp: best.hit.timestamp }),
                ...(best.hit.section === undefined ? {} : { section: best.hit.section }),
                lines: step.ruleLines.get(best.pattern) ?? [best.hit.line]
            });
        }
        for (const e of detail ? [] : evidence) {
            let strength = 0;
            let id;
            for (const c of e.cues) {
                const x = c.pattern === best.pattern ? weights.get(e) * c.weight * (c.summary ? SUMMARY_FACTOR : 1) : 0;
                if (x > strength) {
                    strength = x;
                    id = c.id;
                }
            }
            if (e.rule?.pattern === best.pattern) {
                const x = e.rule.weight * SUMMARY_FACTOR * (noise.has(e) ? BASELINE_FACTOR : 1);
                if (x > strength) {
                    strength = x;
                    id = undefined;
                }
            }
            if (strength === 0)
                continue;
            candidates.push({
                line: e.line,
                strength,
                excerpt: e.excerpt,
                rule: id ? `${best.pattern}/cue:${id}` : e.rule ? `${best.pattern}/${e.rule.id}` : `${best.pattern}/cue`,
                ...(e.timestamp === undefined ? {} : { timestamp: e.timestamp }),
                ...(e.section === undefined ? {} : { section: e.section }),
                lines: [e.line],
                ...(e.prose ? { prose: true } : {})
            });
        }
        let chosen;
        if (detail) {
            // The first block of the tool's reports, and in it the most telling line (pytest: a
            // failure's `E` line over the test's header; the first failure over later ones).
            const hit = best.hit;
            const blocks = [
                { line: hit.line, weight: hit.weight },
                ...evidence
                    .filter((e) => e.rule?.pattern === best.pattern && e.rule.weight >= hit.weight - DETAIL_SPREAD && !noise.has(e))
                    .map((e) => ({ line: e.line, weight: e.rule.weight }))
            ].sort((a, b) => a.line - b.line);
            let pick = blocks[0];
            for (const b of blocks) {
                if (b.line - blocks[0].line > DETAIL_BLOCK_LINES)
                    break;
                if (b.weight > pick.weight)
                    pick = b;
            }
            const ev = evidence.find((e) => e.line === pick.line);
            chosen =
                pick.line === hit.line || !ev
                    ? candidates[0]
                    : {
                        line: ev.line,
                        strength: Infinity,
                        excerpt: ev.excerpt,
                        rule: `${best.pattern}/${ev.rule.id}`,
                        ...(ev.timestamp === undefined ? {} : { timestamp: ev.timestamp }),
                        ...(ev.section === undefined ? {} : { section: ev.section }),
                        lines: step.ruleLines.get(best.pattern) ?? [ev.line]
                    };
        }
        else if (candidates.length > 0) {
            const top = Math.max(...candidates.map((x) => x.strength));
            for (const x of candidates) {
                if (x.strength >= NEAR_BEST * top && (!chosen || x.line < chosen.line))
                    chosen = x;
            }
            // A runner's progress line or a count of failures stands for details the step tells
            // elsewhere: the detail is the line to quote.
            const shown = chosen && !(chosen.prose && this.view.sawFence) ? evidence.find((e) => e.line === chosen.line) : undefined;
            const detailed = shown ? detailOf(shown, evidence, best.pattern) : undefined;
            if (detailed)
                chosen = {
                    line: detailed.line,
                    strength: chosen.strength,
                    excerpt: detailed.excerpt,
                    rule: chosen.rule,
                    ...(detailed.timestamp === undefined ? {} : { timestamp: detailed.timestamp }),
                    ...(detailed.section === undefined ? {} : { section: detailed.section }),
                    lines: [detailed.line]
                };
            // In a paste, the reporter's words name the class but the log's own failure line (make's
            // `*** [check-license-headers] Error 1`) is the one to quote, when it is all the log says.
            if (chosen?.prose && this.view.sawFence && step.markerLine !== undefined && step.markerText !== undefined)
                chosen = { ...chosen, line: step.markerLine, excerpt: [step.markerText], lines: [step.markerLine] };
        }
        else {
            // On priors alone: the step's strongest evidence line, whatever it points at; in a paste,
            // the reporter's words around the log only when the log has no failure line of its own.
            let topWeight = -1;
            let ev;
            for (const e of evidence) {
                if (e.prose && this.view.sawFence && step.markerLine !== undefined)
                    continue;
                const w = weights.get(e);
                if (w > topWeight) {
                    topWeight = w;
                    ev = e;
                }
            }
            if (ev) {
                chosen = {
                    line: ev.line,
                    strength: 0,
                    excerpt: ev.excerpt,
                    rule: `${best.pattern}/step-hint`,
                    ...(ev.timestamp === undefined ? {} : { timestamp: ev.timestamp }),
                    ...(ev.section === undefined ? {} : { section: ev.section }),
                    lines: [ev.line]
                };
            }
        }
        const line = chosen?.line ?? step.markerLine ?? step.end;
        const excerpt = chosen?.excerpt ?? [];
        const rule = chosen?.rule ?? `${best.pattern}/step-hint`;
        const timestamp = chosen?.timestamp;
        const section = chosen?.section ?? step.title;
        const lines = chosen && best.hit && chosen.line === best.hit.line
            ? chosen.lines
            : [...new Set([line, ...(chosen?.lines ?? [])])];
        const text = (0,finding/* formatExcerpt */.z_)(excerpt);
        // A test's name line says which test, the panic or assertion a few lines on says where:
        // the first evidence of the same pattern from the quoted line on that names a place.
        const where = sourceLocationOf(excerpt[0] ?? '') ??
            sourceLocationOf(text) ??
            evidence
                .filter((e) => e.line >= line && e.rule?.pattern === best.pattern)
                .sort((a, b) => a.line - b.line)
                .map((e) => sourceLocationOf(e.text))
                .find((w) => w !== undefined);
        return {
            pattern: best.pattern,
            name: spec.name,
            severity: spec.severity,
            line,
            lines,
            excerpt: text,
            ...(section === undefined ? {} : { section }),
            ...(timestamp === undefined ? {} : { timestamp }),
            ...(where ? { file: where.file, fileLine: where.line } : {}),
            rule,
            score: Math.round(best.score * 100) / 100,
            confidence
        };
    }
    /** A failed job whose log shows no evidence at all: the class its priors favour, low confidence. */
    fallback(options, lines) {
        const priors = stepPriors(options.failedStep);
        let pattern = 'PAT-002';
        let top = -1;
        for (const spec of this.catalogue.patterns.values()) {
            if (!spec.enabled)
                continue;
            const s = (priors.get(spec.id) ?? 0) + baseRate(spec.id);
            if (s > top) {
                top = s;
                pattern = spec.id;
            }
        }
        const spec = this.catalogue.patterns.get(pattern) ?? { name: 'Unknown', severity: 'medium' };
        const tail = this.recent.toArray().filter((r) => r.to > r.from);
        const last = tail[tail.length - 1];
        const line = last?.line ?? Math.max(1, lines);
        return {
            pattern,
            name: spec.name,
            severity: spec.severity,
            line,
            lines: [line],
            excerpt: (0,finding/* formatExcerpt */.z_)(tail.slice(-finding/* MAX_EXCERPT_LINES */.dL).map((r) => recentText(r))),
            rule: `${pattern}/no-evidence`,
            score: 1,
            confidence: 'low'
        };
    }
    /** Every pattern's best rule hit over the whole log, as findings (the secondary ones). */
    rank() {
        const findings = [];
        for (const [pattern, acc] of this.settled) {
            const spec = this.catalogue.patterns.get(pattern);
            if (!spec)
                continue;
            // Repetition is not significance (a retried download repeats; a root cause may not).
            // A line the passing run printed too is noise.
            const score = acc.best.score * (this.baseline?.has(acc.best.excerpt[0] ?? '') ? BASELINE_FACTOR : 1);
            if (score < MIN_SCORE)
                continue;
            const text = (0,finding/* formatExcerpt */.z_)(acc.best.excerpt);
            const where = sourceLocationOf(acc.best.excerpt[0] ?? '') ?? sourceLocationOf(text);
            findings.push({
                pattern,
                name: spec.name,
                severity: spec.severity,
                line: acc.best.line,
                lines: [...acc.lines],
                excerpt: text,
                ...(acc.best.section === undefined ? {} : { section: acc.best.section }),
                ...(acc.best.timestamp === undefined ? {} : { timestamp: acc.best.timestamp }),
                ...(where ? { file: where.file, fileLine: where.line } : {}),
                rule: acc.best.rule,
                score: Math.round(score * 100) / 100,
                confidence: score >= 70 ? 'high' : score >= 40 ? 'medium' : 'low'
            });
        }
        return findings.sort(finding/* compareFindings */.Eg);
    }
}
const round = (x) => Math.round(x * 100) / 100;
/** A command as the log shows it, without colour codes and surrounding blanks. */
function commandText(text) {
    return text.replace(/\x1b\[[0-9;]*m/g, '').trim();
}
function newStep(start) {
    return {
        start,
        end: start,
        commands: '',
        shell: [],
        evidence: new StepEvidence(),
        rules: new Map(),
        ruleLines: new Map(),
        errorAnnotated: false,
        clear: new Set(),
        outcome: 'open'
    };
}
function mergePriors(a, b) {
    const out = new Map(a);
    for (const [k, v] of b)
        out.set(k, (out.get(k) ?? 0) + v);
    return out;
}
/** firstNonBlankOf over bytes: a byte from 128 up starts a character from 128 up. */
function firstNonBlankByte(b, from, to) {
    for (let i = from; i < to; i++) {
        const c = b[i];
        if (!(0,literal_hint/* isAsciiBlank */.EU)(c))
            return c;
    }
    return 128;
}
/**
 * Whether `b[from, to)` may start with `gh run view --log`'s columns (what cleanLine's
 * GH_CLI_PREFIX reads: two tabs, the timestamp's date after the second), column widths aside.
 */
function mayBeStepColumns(b, from, to) {
    const first = b.indexOf(0x09, from);
    if (first <= from || first >= to)
        return false;
    const second = b.indexOf(0x09, first + 1);
    if (second <= first + 1 || second + 11 > to)
        return false;
    const d = second + 1;
    for (const k of DATE_DIGITS)
        if (b[d + k] < 0x30 || b[d + k] > 0x39)
            return false;
    return b[d + 4] === 0x2d && b[d + 7] === 0x2d && b[d + 10] === 0x54;
}
const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];
/**
 * cleanRest's removal of Travis markers (`travis_fold:start:…`, `travis_time:end:…`, `[0K`)
 * over bytes: copies `src[from, to)` without them to `dst` from 0 and returns the end. `dst`
 * may be `src` when `from` is 0 (what is written is never ahead of what is read).
 */
function stripTravisBytes(src, from, to, dst) {
    let n = 0;
    let i = from;
    while (i < to) {
        const c = src[i];
        if (c === 0x5b && i + 2 < to && src[i + 1] === 0x30 && src[i + 2] === 0x4b) {
            i += 3;
            continue;
        }
        if (c === 0x74) {
            const j = travisMarkerEnd(src, i, to);
            if (j > 0) {
                i = j;
                continue;
            }
        }
        dst[n++] = c;
        i++;
    }
    return n;
}
/** Where `travis_(?:fold|time):(?:start|end):[\w.:=,]*` starting at `at` ends, or -1. */
function travisMarkerEnd(b, at, to) {
    let i = at;
    const word = (w) => {
        if (i + w.length > to)
            return false;
        for (let k = 0; k < w.length; k++)
            if (b[i + k] !== w.charCodeAt(k))
                return false;
        i += w.length;
        return true;
    };
    if (!word('travis_') ||
        !(word('fold') || word('time')) ||
        !word(':') ||
        !(word('start') || word('end')) ||
        !word(':'))
        return -1;
    while (i < to) {
        const c = b[i];
        if ((c >= 0x30 && c <= 0x39) ||
            (c >= 0x41 && c <= 0x5a) ||
            (c >= 0x61 && c <= 0x7a) ||
            c === 0x5f ||
            c === 0x2e ||
            c === 0x3a ||
            c === 0x3d ||
            c === 0x2c)
            i++;
        else
            break;
    }
    return i;
}
/** Whether `b[from, to)` holds `travis_` or `[0K` (what cleanRest takes off). */
function hasTravisMarker(b, from, to) {
    for (let i = from; i < to; i++) {
        const c = b[i];
        if (c === 0x74 &&
            to - i >= 7 &&
            b[i + 1] === 0x72 &&
            b[i + 2] === 0x61 &&
            b[i + 3] === 0x76 &&
            b[i + 4] === 0x69 &&
            b[i + 5] === 0x73 &&
            b[i + 6] === 0x5f)
            return true;
        if (c === 0x5b && to - i >= 3 && b[i + 1] === 0x30 && b[i + 2] === 0x4b)
            return true;
    }
    return false;
}
const TRAVIS = Buffer.from('travis_');
const CLEAR = Buffer.from('[0K');
/** What LineView takes for a web view's line link (`[6](https://github.com/…#step:4:7)`). */
const STEP_LINK = Buffer.from('](https://github.com/');
/** The first character of `s[from, to)` that is not ASCII white space (128 when there is none: any rule may run). */
function firstNonBlankOf(s, from, to) {
    for (let i = from; i < to; i++) {
        const c = s.charCodeAt(i);
        if (!(0,literal_hint/* isAsciiBlank */.EU)(c))
            return c;
    }
    return 128;
}
function isSpaceOrColon(c) {
    return c === 0x20 || c === 0x3a || c === 0x09;
}
/** Insertion sort of `a[0, count)`, ascending: the candidate lists are short and this allocates nothing. */
function sortSmall(a, count) {
    for (let i = 1; i < count; i++) {
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
    return classifier.end(options);
}
/** Classifies a log held in memory (tests, small logs). */
function classifyText(text, options = {}) {
    const classifier = new LogClassifier(options);
    classifier.push(text);
    return classifier.end(options);
}
/**
 * Causes that explain the failure a tool reported, told by a cue: a full disk or memory
 * anywhere in the failed step explains whatever failed with it (a compiler that could not
 * write its output); a network failure on a dependency's or a build's error line, or just
 * after it, explains the dependency that could not be fetched; a missing package just after a
 * test runner's report explains the test file that could not load. A test that fails because
 * of the network stays a failed test.
 */
const EXPLAINING_CUES = [
    { pattern: 'PAT-008', cues: ['resources'], over: 'any' },
    {
        pattern: 'PAT-008',
        cues: ['network', 'http-client-timeout', 'server-error', 'rate-limit'],
        over: ['PAT-006', 'PAT-001'],
        near: [2, 2]
    },
    // A test file that could not be collected or loaded because a package is missing.
    { pattern: 'PAT-006', cues: ['python-module-missing', 'package-missing'], over: ['PAT-002'], near: [2, 15] },
    // A time limit that names the test or hook it stopped is that test's failure, not the job's.
    { pattern: 'PAT-002', cues: ['test-case-timeout'], over: ['PAT-005'], near: [3, 3] }
];
// A compiler's error form, which linters write too (`a.rs:3:5: error:`, rustc's plain `error:`,
// `a.c:4:1: error:`, and cargo's echo `error: could not compile`, which clippy ends on as well),
// as opposed to what a compiler says of code that does not build.
const BUILD_FORM_RULES = new Set([
    'PAT-001/rustc-error-plain',
    'PAT-001/generic-file-error',
    'PAT-001/c-compiler',
    'PAT-001/cargo-could-not-compile'
]);
const BUILD_FORM_CUES = new Set(['compiler-diagnostic', 'error-line']);
const BUILD_CONTENT_CUES = new Set(['unknown-name', 'located-unknown-name', 'type-error', 'syntax-error', 'linker']);
/**
 * Whether a build finding rests on the compiler's error form alone: its rule and cue read only
 * the form, and no line of the step says what a compiler says of code that does not build.
 */
function buildFormOnly(best, evidence) {
    if (best.hit && !BUILD_FORM_RULES.has(best.hit.rule))
        return false;
    if (best.cueId !== undefined && !BUILD_FORM_CUES.has(best.cueId))
        return false;
    return !evidence.some((e) => (e.rule?.pattern === 'PAT-001' && !BUILD_FORM_RULES.has(`PAT-001/${e.rule.id}`)) ||
        e.cues.some((c) => c.pattern === 'PAT-001' && BUILD_CONTENT_CUES.has(c.id)));
}
/** A cause's cue must weigh this much on its line (an error line, not a setting's name in a dump). */
const EXPLAINING_MIN_CUE = 40;
function explainingCause(scores) {
    const best = scores[0];
    if (!best)
        return undefined;
    const line = best.hit?.line ?? best.ev?.line;
    for (const e of EXPLAINING_CUES) {
        if (best.pattern === e.pattern || (e.over !== 'any' && !e.over.includes(best.pattern)))
            continue;
        const cause = scores.find((x) => x.pattern === e.pattern);
        if (!cause?.ev || !cause.cueId || !e.cues.includes(cause.cueId) || cause.cue < EXPLAINING_MIN_CUE)
            continue;
        if (e.near && (line === undefined || cause.ev.line < line - e.near[0] || cause.ev.line > line + e.near[1]))
            continue;
        return cause;
    }
    return undefined;
}


/***/ })

};

//# sourceMappingURL=100.index.mjs.map