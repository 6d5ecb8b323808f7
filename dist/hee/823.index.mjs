export const id = 823;
export const ids = [823];
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
        // The trie: each state's children are listed (first child, next sibling, class), and the
        // root's also by class, as it has the most. No table of all states by all classes is made:
        // a child is found along its siblings, which are few past the root.
        const rootChild = new Int32Array(alphabet);
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
                    let to = 0;
                    if (state === 0)
                        to = rootChild[cls];
                    else {
                        for (let c = firstChild[state]; c >= 0; c = sibling[c]) {
                            if (classIn[c] === cls) {
                                to = c;
                                break;
                            }
                        }
                    }
                    if (to === 0) {
                        to = n++;
                        classIn[to] = cls;
                        sibling[to] = firstChild[state];
                        firstChild[state] = to;
                        if (state === 0)
                            rootChild[cls] = to;
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

/***/ 24823:
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
var diagnosis_finding = __webpack_require__(69942);
// EXTERNAL MODULE: ./packages/core/src/diagnosis/line-fingerprint.ts
var line_fingerprint = __webpack_require__(36284);
;// CONCATENATED MODULE: ./packages/core/src/diagnosis/line-model-weights.ts
const LINE_MODEL_WEIGHTS = {
    features: "b:0 0\nb:0 a\nb:0 a07\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 actual\nb:0 all\nb:0 alpha1\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 at\nb:0 attempt\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b3a\nb:0 b4c\nb:0 b7c1d6e3f\nb:0 bad\nb:0 between\nb:0 bin\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 buffer\nb:0 build\nb:0 building\nb:0 built\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 call\nb:0 cannot\nb:0 catch\nb:0 cc\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 clause\nb:0 clean\nb:0 cleanup_file_variables\nb:0 code\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 core\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 deb12u1\nb:0 debugger\nb:0 decimal\nb:0 def\nb:0 dependencies\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 don\nb:0 double\nb:0 download\nb:0 during\nb:0 e\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e8f\nb:0 echo\nb:0 efe31b98f2\nb:0 either\nb:0 entering\nb:0 error\nb:0 errors\nb:0 examples\nb:0 executing\nb:0 exit\nb:0 exited\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 f\nb:0 f1d2c3b\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f7\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 for\nb:0 format\nb:0 found\nb:0 from\nb:0 function\nb:0 g\nb:0 gcr\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 github\nb:0 glob\nb:0 go\nb:0 got\nb:0 h\nb:0 has\nb:0 hash\nb:0 head\nb:0 high\nb:0 home\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 in\nb:0 index\nb:0 info\nb:0 install\nb:0 int\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 it\nb:0 items\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 m\nb:0 m0s\nb:0 main\nb:0 make\nb:0 measured\nb:0 medium\nb:0 message\nb:0 milliseconds\nb:0 min\nb:0 minutes\nb:0 missing\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 ms\nb:0 multiple\nb:0 n\nb:0 name\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 no\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 package\nb:0 packages\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 prepare_executor\nb:0 previous\nb:0 print\nb:0 problems\nb:0 projects\nb:0 pub\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quickstart\nb:0 r\nb:0 ran\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 release\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 saas\nb:0 scenarios\nb:0 sdks\nb:0 sec\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 sh\nb:0 shellcheck\nb:0 should\nb:0 simple\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 source\nb:0 spond\nb:0 src\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t09\nb:0 t10_00_00_000\nb:0 t12\nb:0 t17\nb:0 t20\nb:0 t21\nb:0 target\nb:0 task\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 the\nb:0 this\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 tmp\nb:0 to\nb:0 too\nb:0 total\nb:0 true\nb:0 u\nb:0 ubuntu\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unused\nb:0 use\nb:0 userguide\nb:0 usr\nb:0 v\nb:0 var\nb:0 variable\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 z\nb:0 zig\nb:a 0\nb:a b\nb:a bash\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a directory\nb:a e\nb:a f\nb:a failure\nb:a feeds\nb:a few\nb:a free\nb:a g\nb:a healthy\nb:a i\nb:a invoices\nb:a is\nb:a k\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a missing\nb:a n\nb:a new\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a s\nb:a separate\nb:a shutdown\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a test\nb:a u\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a w\nb:a warning\nb:a while\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:aaa api\nb:aaa go\nb:aashish thapa\nb:ab0x go\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme webshop\nb:action download\nb:action guilouro\nb:action repository\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actions 0\nb:actions checkout\nb:actions runner\nb:actions setup\nb:actions task\nb:actual 0\nb:actual behavior\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add the\nb:added 0\nb:added go\nb:added to\nb:addition works\nb:additional logging\nb:address all\nb:addresses should\nb:admin py\nb:advisories 0\nb:advisories g\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after changing\nb:after connection\nb:after running\nb:agent 0\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent machine\nb:agent name\nb:agent running\nb:agent version\nb:agent_1 container\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:all artifacts\nb:all dependencies\nb:all error\nb:all false\nb:all files\nb:all http\nb:all issues\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all test\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allowed time\nb:alphabetical case\nb:also home\nb:always auth\nb:always error\nb:always fails\nb:ambroisie test\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:an argument\nb:an error\nb:an exception\nb:an explicit\nb:an item\nb:an iterator\nb:an underscore\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and audited\nb:and deleting\nb:and file\nb:and firewall\nb:and has\nb:and hooks\nb:and instead\nb:and is\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and s\nb:and test\nb:and the\nb:and upgrading\nb:and value\nb:and word\nb:android 0\nb:android log\nb:android sdk\nb:android support\nb:android tools\nb:annotation unchecked\nb:anonymous test\nb:answer action\nb:any changes\nb:any of\nb:any whl\nb:anything in\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache org\nb:api 0\nb:api aaa\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api gradle\nb:api internal\nb:api proto\nb:api tasks\nb:api test\nb:apis poe\nb:apis proto\nb:app build\nb:app compile\nb:app data\nb:app features\nb:app help\nb:app lint\nb:app login\nb:app notes\nb:app prototypes\nb:app py\nb:app src\nb:app ts\nb:appcompat v7\nb:application ex\nb:application spec\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt get\nb:archinstall archinstall\nb:archinstall lib\nb:architecture x64\nb:archive ubuntu\nb:are allowed\nb:are behind\nb:are deprecated\nb:are equal\nb:are identical\nb:are incorrectly\nb:are looking\nb:are no\nb:are not\nb:are test\nb:are trimmed\nb:are trying\nb:area tests\nb:args cmake\nb:argument error\nb:argument named\nb:arguments but\nb:around keyword\nb:around operator\nb:array 0\nb:arrays are\nb:artifact junit\nb:artifacts clone\nb:artifacts for\nb:as a\nb:as aborted\nb:as detached\nb:as errors\nb:as gateway_addresses\nb:as it\nb:as m\nb:as the\nb:as type\nb:as u64\nb:as vsts\nb:assembling a\nb:assert 0\nb:assert a\nb:assert are\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:associated with\nb:async scope\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at line\nb:at module\nb:at n\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at rustc\nb:at src\nb:at t\nb:at test\nb:at the\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attribute access\nb:attribute of\nb:audit fix\nb:audit for\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:authenticating and\nb:author microsoft\nb:auto update\nb:automatic dependency\nb:avg c\nb:avoid a\nb:avoid using\nb:awesomeness has\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure archive\nb:azure devops\nb:azure pipelines\nb:b 0\nb:b a\nb:b build\nb:b c\nb:b d55\nb:b e\nb:b err\nb:b f\nb:b i\nb:b l\nb:b main\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b y\nb:b1a9 travis\nb:b1f0ba2 0\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b_ a\nb:b_ t\nb:babel parser\nb:backend api\nb:backend ci\nb:backend svc\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base base\nb:base container\nb:base h\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bazel 0\nb:bb code\nb:bc run\nb:be 0\nb:be a\nb:be built\nb:be empty\nb:be equal\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be one\nb:be reformatted\nb:be resolved\nb:be reused\nb:be run\nb:be strictly\nb:be suffixed\nb:be true\nb:be truthy\nb:be unexported\nb:be updated\nb:be within\nb:because flutter_api_samples\nb:because locked\nb:because no\nb:because of\nb:because the\nb:been created\nb:been deprecated\nb:been moved\nb:been received\nb:been terminated\nb:been written\nb:beepboop app\nb:before continuing\nb:before declaration\nb:before it\nb:before making\nb:before the\nb:before token\nb:behind a\nb:being treated\nb:belanyi fr\nb:berui kotlin\nb:bfd 0\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin dsafio\nb:bin git\nb:bin go\nb:bin links\nb:bin ninja\nb:bin node\nb:bin npm\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:bind home\nb:bind p\nb:bintray com\nb:bitwise warnings\nb:bk ci\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blocks its\nb:bodies of\nb:body did\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:br l\nb:branch main\nb:branch master\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridgecrewio checkov\nb:british spelling\nb:broken by\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:build 0\nb:build agent\nb:build and\nb:build as\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build codec_test\nb:build ctest\nb:build d\nb:build date\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build files\nb:build g\nb:build gradle\nb:build has\nb:build itself\nb:build j2\nb:build libs\nb:build log\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build or\nb:build output\nb:build prod\nb:build project\nb:build property\nb:build queued\nb:build reference\nb:build result\nb:build run\nb:build scope\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build test\nb:build timed\nb:build type\nb:build ubuntu\nb:build variables\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:builds acme\nb:builds ci\nb:builds jobsys\nb:builds platform\nb:builds private\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundlers node_modules\nb:busted test\nb:but does\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but they\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by severity\nb:by summing\nb:by the\nb:by this\nb:by time\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c e\nb:c gcc\nb:c git\nb:c h\nb:c i\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c program\nb:c python\nb:c r\nb:c s\nb:c s0103\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c text\nb:c u\nb:c users\nb:c v\nb:c w\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c1d2e3 update\nb:c1e 0\nb:c2065 current\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache bazel\nb:cache dir\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache npm\nb:cache opt\nb:cache restored\nb:cache service\nb:cache size\nb:cache true\nb:cached dependency\nb:cachedir pytest_cache\nb:caddy api\nb:caddy caddy\nb:caddy latest\nb:callback until\nb:called if\nb:calls runtime\nb:can be\nb:can cause\nb:can fix\nb:can happen\nb:can only\nb:can t\nb:can use\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:captioner py\nb:cardreader cs\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo lock\nb:cargo test\nb:cargo toml\nb:cart cart\nb:cart feature\nb:cart git\nb:cart js\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:catch err\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd exit\nb:cd var\nb:cell 0\nb:central https\nb:cfg conf\nb:cfg dotfiles\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:changed but\nb:changed significantly\nb:changed source\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart repo\nb:chart repository\nb:chart s\nb:chat android\nb:chat chat\nb:check 0\nb:check default\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking job\nb:checking out\nb:checkout deploy\nb:checkout f\nb:checkout ledger\nb:checkout s\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums crc\nb:child process\nb:cholerae test\nb:christophe documents\nb:chunks dep\nb:ci 0\nb:ci agent\nb:ci build\nb:ci can\nb:ci dockerfile\nb:ci sardonyx\nb:ci src\nb:ci worker\nb:circle c\nb:circleci project\nb:circus build\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:client api\nb:client git\nb:client retry\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client ts\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:cloning into\nb:close the\nb:closed during\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code foundation\nb:code loomy\nb:code paisa\nb:code style\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codegen cpp\nb:codehaus mojo\nb:col 0\nb:collect2 error\nb:collected 0\nb:collecting collected\nb:collecting tests\nb:collection import\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com data\nb:com default\nb:com embedded\nb:com ethereum\nb:com example\nb:com extraheader\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com http\nb:com increase\nb:com infra\nb:com inverse\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com lowagie\nb:com maps\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com rails\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com usnistgov\nb:command bin\nb:command c\nb:command exited\nb:command failed\nb:command home\nb:command in\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command usr\nb:command_spec lua\nb:commas inside\nb:comment or\nb:commit 0\nb:commit message\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison to\nb:compatible set\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile orders\nb:compile release\nb:compile swift\nb:compile tally\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling c\nb:compiling distribution\nb:compiling stackage\nb:compiling stg\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed with\nb:compliant with\nb:component 0\nb:component html\nb:component_test ts\nb:components small\nb:composer json\nb:composer plugin\nb:composer update\nb:compute agent\nb:compute cache\nb:computed to\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:config 0\nb:config changes\nb:config cmake\nb:config config\nb:config file\nb:config get\nb:config git\nb:config isn\nb:config js\nb:config local\nb:config nim\nb:config remote\nb:config set\nb:config trim_trailing_whitespace\nb:configr configr\nb:configuration classpath\nb:configuration file\nb:configuring done\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect connection\nb:connect e\nb:connect none\nb:connect to\nb:connection broken\nb:connection error\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection timed\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider using\nb:console error\nb:console statement\nb:const instead\nb:const label\nb:consumer http\nb:contain a\nb:contain package\nb:container 0\nb:container build\nb:container fragment\nb:content hash\nb:content security\nb:content type\nb:contents read\nb:context anonymous\nb:context deadline\nb:context home\nb:context of\nb:continue due\nb:controller java\nb:copy c\nb:copyright information\nb:copyright u\nb:core 0\nb:core app\nb:core csproj\nb:core jar\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could be\nb:could n\nb:could not\nb:couldn t\nb:count 0\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coverage 0\nb:coverage badge\nb:covered class\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu family\nb:cpu x86_64\nb:cr 0\nb:cr me\nb:crates io\nb:crc builddir\nb:crc crc\nb:create meeting\nb:create seed\nb:created at\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:critical 0\nb:cronjs parser\nb:cross site\nb:crystal awesomeness\nb:cs 0\nb:cspell json\nb:csproj error\nb:cstuff hashmap\nb:csys 0\nb:ctest changing\nb:ctest test\nb:curl 0\nb:curl f\nb:current agent\nb:current context\nb:current image\nb:current n\nb:current runner\nb:current undeclared\nb:cusr 0\nb:custom british\nb:cwiki apache\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d build\nb:d c\nb:d clippy\nb:d e\nb:d e_\nb:d f\nb:d failure\nb:d i\nb:d in\nb:d is\nb:d k\nb:d k1045\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d t\nb:d tests\nb:d timed\nb:d u\nb:d variable\nb:d warnings\nb:d x\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d_ a\nb:d_ l\nb:d_ t\nb:daemon at\nb:daemon running\nb:daemon toomanyrequests\nb:dangerously allow\nb:dart 0\nb:dart md\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data local\nb:data main\nb:data roaming\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date with\nb:dates dates\nb:david projects\nb:days test\nb:db git\nb:dbkit integration\nb:deadline exceeded\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debug deps\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug target\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations move\nb:declarative checkout\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:default and\nb:default cli\nb:default compile\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default test\nb:default the\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:demospring rest\nb:denial of\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies could\nb:dependencies file\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies n\nb:dependencies so\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependency conflicts\nb:dependency is\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated raise\nb:deprecated use\nb:deprecation warning\nb:depth 0\nb:depth set\nb:dereferenced by\nb:description get\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop lando\nb:desktop test\nb:destructure property\nb:detached h\nb:details feature\nb:details https\nb:detect undefined\nb:detected for\nb:detecting c\nb:detector test\nb:detectors android\nb:dev 0\nb:dev optional\nb:dev rnp\nb:dev src\nb:dev templates\nb:dev vuln\nb:device home\nb:devops pipelines\nb:diagnostics debug\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory true\nb:disable the\nb:disabled by\nb:discount code\nb:dispatch v1\nb:display m\nb:dist build\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:django contrib\nb:do not\nb:do s\nb:doc tests\nb:docker 0\nb:docker build\nb:docker com\nb:docker daemon\nb:docker dockerfile\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:docs concepts\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet download\nb:dotnet sdk\nb:dotnet10 dotnet\nb:double quote\nb:download action\nb:download all\nb:download app\nb:download info\nb:download page\nb:download the\nb:downloading task\nb:downloads example\nb:drone git\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duplicate selector\nb:duplicate selectors\nb:duration 0\nb:during collection\nb:during the\nb:e 0\nb:e a\nb:e assertion\nb:e build\nb:e c\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e d\nb:e e\nb:e f\nb:e failed\nb:e fix\nb:e full\nb:e home\nb:e if\nb:e is\nb:e l\nb:e l_\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e o\nb:e p\nb:e q\nb:e r\nb:e release\nb:e s\nb:e specification\nb:e switch\nb:e t\nb:e u\nb:e unable\nb:e where\nb:e work\nb:e x\nb:e0277 a\nb:e0308 mismatched\nb:e0401 unable\nb:e0425 cannot\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ b\nb:e_ c\nb:e_ d\nb:e_ p\nb:e_path cc\nb:echo build\nb:edeandrea xjc\nb:edge proxy\nb:editor config\nb:efe31b98f2 found\nb:egeria open\nb:either target\nb:elapsed 0\nb:elapsed time\nb:elements of\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embedded ringbuf\nb:embedded units\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty subject\nb:en latest\nb:enable full\nb:end of\nb:end with\nb:endpoints proto\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entities js\nb:entities lib\nb:entry for\nb:env 0\nb:env g\nb:environment 0\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variable\nb:environment will\nb:eo pipefail\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:erb 0\nb:erl 0\nb:err http\nb:err message\nb:err typecheck\nb:errno 0\nb:error 0\nb:error a\nb:error allow\nb:error and\nb:error assert\nb:error at\nb:error attempt\nb:error c\nb:error c2065\nb:error can\nb:error cannot\nb:error code\nb:error command\nb:error could\nb:error deployment\nb:error during\nb:error e\nb:error e0277\nb:error e0308\nb:error e0425\nb:error empty\nb:error encountered\nb:error error\nb:error executing\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error fetch\nb:error files\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error install\nb:error instead\nb:error key\nb:error killed\nb:error ld\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error log\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error no\nb:error not\nb:error occurred\nb:error on\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error run\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error test\nb:error the\nb:error this\nb:error timed\nb:error timeout\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error unused\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errors 0\nb:errors and\nb:errors found\nb:errors in\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:ev issue\nb:evaluate option\nb:evaluator test\nb:even 0\nb:ex 0\nb:ex unit\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example exs\nb:example github\nb:example lint\nb:example net\nb:example orders\nb:example org\nb:example platform\nb:example port\nb:example reports\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exclude tests\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:executer execute\nb:executer java\nb:executing command\nb:executing step_script\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist in\nb:exist with\nb:existing resource\nb:exit code\nb:exit or\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect received\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected null\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit force\nb:explicitly allowed\nb:explicitly forbidden\nb:export const\nb:export function\nb:exported exported\nb:exported method\nb:exported type\nb:express typescript\nb:expression creates\nb:expression has\nb:external packages\nb:extra node_modules\nb:extra semicolon\nb:extreme prejudice\nb:f 0\nb:f a\nb:f c\nb:f e\nb:f f\nb:f i\nb:f l\nb:f o\nb:f p\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f401 os\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed e\nb:failed err\nb:failed error\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failures 0\nb:falcon 0\nb:false to\nb:false true\nb:family x86_64\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features plugins\nb:features seeds\nb:features steps\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch js\nb:fetch py\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching the\nb:few minutes\nb:field browser\nb:field name\nb:file 0\nb:file based\nb:file c\nb:file changes\nb:file details\nb:file does\nb:file extension\nb:file f\nb:file failed\nb:file from\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file provided\nb:file run\nb:file src\nb:file test\nb:file to\nb:file users\nb:file would\nb:files 0\nb:files are\nb:files c\nb:files file\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files ringbuf\nb:files tests\nb:files to\nb:files took\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:finalize job\nb:finance billing\nb:find a\nb:find com\nb:find element\nb:find gem\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished s\nb:finished test\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first in\nb:first out\nb:first person\nb:first used\nb:first_upper s\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed in\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter pub\nb:flutter s\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt check\nb:fn first_upper\nb:fn is_empty_list\nb:fn once\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following error\nb:following files\nb:following vulnerability\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for async\nb:for configuration\nb:for details\nb:for funding\nb:for further\nb:for git\nb:for help\nb:for https\nb:for installation\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for project\nb:for projects\nb:for python\nb:for rust\nb:for setup\nb:for stable\nb:for swift\nb:for system\nb:for task\nb:for the\nb:for this\nb:for ubuntu\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force evaluate\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:form vue\nb:format failed\nb:format h\nb:format violations\nb:formatter would\nb:formatting delete\nb:found 0\nb:found at\nb:found b\nb:found before\nb:found but\nb:found composer\nb:found error\nb:found errors\nb:found fatal\nb:found for\nb:found in\nb:found packages\nb:found return\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework inference\nb:framework src\nb:framework test\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from c\nb:from commit\nb:from daemon\nb:from distribution\nb:from file\nb:from git\nb:from home\nb:from https\nb:from instrument\nb:from ledger\nb:from lock\nb:from material\nb:from node\nb:from src\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from typing\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:frontend src\nb:frozen false\nb:frozen installation\nb:frozen lockfile\nb:fs js\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full stack\nb:func1 0\nb:function fn\nb:function j\nb:function spec\nb:function total\nb:functionality has\nb:functions are\nb:fund for\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g h\nb:g i\nb:g job\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g on\nb:g p\nb:g r\nb:g retrying\nb:g s\nb:g std\nb:g u\nb:g_ m\nb:gateway addresses\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcr io\nb:gem install\nb:gemfile lock\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate the\nb:generated 0\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator next\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get a\nb:get cache\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get install\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting source\nb:ggml c\nb:gi b\nb:git belanyi\nb:git bin\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git corp\nb:git could\nb:git dependency\nb:git depth\nb:git dir\nb:git example\nb:git exe\nb:git fetch\nb:git file\nb:git github\nb:git https\nb:git hub\nb:git init\nb:git log\nb:git p\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git sr\nb:git submodules\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:github aashish\nb:github com\nb:github edeandrea\nb:github io\nb:github repo\nb:github workflows\nb:github workspace\nb:gitlab com\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glob 0\nb:glob versions\nb:global git\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go caddy\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go microsoft\nb:go mod\nb:go pkg\nb:go protoparser\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:gpg could\nb:grace period\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle exception\nb:gradle execution\nb:gradle internal\nb:gradle kotlin\nb:gradle kts\nb:gradle org\nb:gradle plugin\nb:greater than\nb:green 0\nb:greeting component_test\nb:grep v\nb:grgit 0\nb:groups get\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h e\nb:h h600\nb:h i\nb:h o\nb:h p\nb:h ref\nb:h s\nb:h t\nb:h u\nb:h600 compilation\nb:had changes\nb:handbook docs\nb:handle standard\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has correct\nb:has exceeded\nb:has no\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash validation\nb:hashmap hashmap\nb:haskell cabal\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have been\nb:have comment\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:header filter\nb:header in\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help change\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help you\nb:helper py\nb:here for\nb:here is\nb:hhp hs\nb:hicpp signed\nb:high 0\nb:higher to\nb:hint make\nb:hint used\nb:hit for\nb:hive simulators\nb:home breadcrumbs\nb:home cholerae\nb:home circleci\nb:home dev\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hosted runner\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html entities\nb:html erb\nb:html needless_borrow\nb:html needless_return\nb:html shell\nb:http 0\nb:http archive\nb:http azure\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http_client 0\nb:https aka\nb:https bandit\nb:https conda\nb:https docs\nb:https downloads\nb:https git\nb:https github\nb:https go\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https osv\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https www\nb:hub action\nb:hub actions\nb:i 0\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i get\nb:i in\nb:i info\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i p\nb:i phreeqc\nb:i price\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i t\nb:i try\nb:i u\nb:i unsafe\nb:i x\nb:ibis bigquery\nb:icons mdi\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:idx 0\nb:if c\nb:if i\nb:if items\nb:if n\nb:if out\nb:if returning\nb:if the\nb:if this\nb:if true\nb:if v\nb:if you\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:image debian\nb:image docker\nb:image golang\nb:image node\nb:image provisioner\nb:image python\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images ubuntu\nb:images windows\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc src\nb:immediately dereferenced\nb:implemented for\nb:implications associated\nb:implied by\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib init__\nb:importlib report\nb:imports are\nb:imports on\nb:in 0\nb:in a\nb:in action\nb:in apt\nb:in assignment\nb:in async\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in d\nb:in deploy\nb:in deployment\nb:in file\nb:in first\nb:in function\nb:in home\nb:in import_module\nb:in module\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in scope\nb:in source\nb:in src\nb:in stdlib\nb:in sync\nb:in the\nb:in this\nb:in thread\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in your\nb:inc 0\nb:inc packetfence\nb:include the\nb:include workspace\nb:included software\nb:incompatible types\nb:inconsistent with\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicates a\nb:ineffective mark\nb:inference targets\nb:info 0\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info msg\nb:info or\nb:info syncing\nb:information 0\nb:information about\nb:information see\nb:information visit\nb:infra mirror\nb:infra retry\nb:init d\nb:init home\nb:init__ py\nb:initialize job\nb:initialized empty\nb:initializing the\nb:inlang settings\nb:inner declarations\nb:input files\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install and\nb:install before\nb:install dependencies\nb:install error\nb:install frozen\nb:install g\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install solver\nb:install stable\nb:install strategy\nb:install v1\nb:install which\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing environment\nb:instance travis\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:int as\nb:int error_count\nb:integration integration\nb:integrity check\nb:interface tools\nb:internal 0\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal modules\nb:internal mojo\nb:internal operations\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into a\nb:into directory\nb:into example\nb:invalid_ testing\nb:inventory inventory\nb:inverse inc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io en\nb:io index\nb:io rust\nb:iot sensor\nb:ipfs podcasting\nb:ipynb cell\nb:is 0\nb:is a\nb:is an\nb:is assigned\nb:is available\nb:is called\nb:is canceled\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is disabled\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is inconsistent\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is required\nb:is running\nb:is stopped\nb:is undefined\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:isn t\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:it before\nb:it can\nb:it fails\nb:it for\nb:it has\nb:it i\nb:it is\nb:it resolves\nb:it s\nb:it should\nb:it was\nb:it with\nb:item costing\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:its network\nb:its progress\nb:j d\nb:j s\nb:j2 c\nb:jar 0\nb:jar c\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java java\nb:java lang\nb:java linux\nb:java org\nb:java package\nb:java script\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jest circus\nb:jl 0\nb:job 0\nb:job cleanup\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:jobs and\nb:jobsys queue\nb:jonesn idea\nb:jooq gradle\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:julia stdlib\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:k 0\nb:k a\nb:k b\nb:k but\nb:k does\nb:k e\nb:k e_\nb:k f\nb:k f_to_c\nb:k from\nb:k i\nb:k n\nb:k t\nb:k that\nb:k version\nb:k1045 the\nb:k8s deploy\nb:kata check_s390x_test\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key error\nb:key failed\nb:key not\nb:key should\nb:key the\nb:keymanapp dependency\nb:keystore models_test\nb:keyword parameter\nb:ki b\nb:killed signal\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known element\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:koen desktop\nb:kotlin dsl\nb:kotlin koans\nb:kotlin plugins\nb:kt 0\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l https\nb:l i\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l returned\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l3013 pin\nb:l_ u\nb:label n\nb:landing landing\nb:lando lando\nb:lando master\nb:lando netfx40\nb:lang github\nb:lang r\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:latest blacklists\nb:latest false\nb:latest v0\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:let or\nb:let sum\nb:let top\nb:level 0\nb:level info\nb:level package\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib example\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib lib\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:library core\nb:library for\nb:libtonode tests\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license needs\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses without\nb:lifecycle internal\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line length\nb:line of\nb:line too\nb:lines of\nb:link build\nb:link plugins\nb:link type\nb:link u\nb:linked openproject\nb:linker for\nb:linkid 0\nb:linking c\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint correctness\nb:lint detectors\nb:lint found\nb:lint https\nb:lint report\nb:lint suspicious\nb:linted 0\nb:linux amd64\nb:linux extras\nb:linux gnu\nb:linux nopie\nb:linux or\nb:linux python\nb:linux small\nb:linux x64\nb:liquid haskell\nb:liquidhaskell cabal\nb:list of\nb:list stub\nb:lists txt\nb:lite badge\nb:littpi net\nb:live log\nb:llama cpp\nb:load 0\nb:load config\nb:load database\nb:load error\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading for\nb:local go\nb:local lib\nb:local microsoft\nb:local name\nb:local pf\nb:local share\nb:local unset\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location home\nb:location path\nb:lock 0\nb:lock because\nb:lock file\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log of\nb:log output\nb:logging output\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:looking for\nb:looking in\nb:looks like\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low 0\nb:low go\nb:lowagie pdfkit\nb:lower or\nb:lower snake\nb:lower_snake_case such\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m a\nb:m abs\nb:m b\nb:m bs\nb:m change\nb:m d\nb:m d013\nb:m e\nb:m i\nb:m is\nb:m l\nb:m m\nb:m npm\nb:m o\nb:m p\nb:m pytest\nb:m run\nb:m s\nb:m start\nb:m t\nb:m w\nb:m0s this\nb:m2 settings\nb:m2 toolchains\nb:m2repository com\nb:m_ l\nb:m_ n\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:made by\nb:main c\nb:main go\nb:main i\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main yml\nb:main zig\nb:make 0\nb:make error\nb:make files\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:making global\nb:manager gitlab\nb:manager go\nb:manually started\nb:many requests\nb:many return\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:marketing landing\nb:marking the\nb:master https\nb:master index\nb:master src\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matching distribution\nb:matching files\nb:matching package\nb:material ui\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:max git\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:may be\nb:may increase\nb:may not\nb:may take\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:me br\nb:measured 0\nb:megalinter io\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:memory or\nb:meson build\nb:meson setup\nb:message custom\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata org\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method parentheses\nb:method running\nb:metrics counter\nb:microsoft com\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:minutes 0\nb:minutes marking\nb:mirror sync\nb:mismatch the\nb:mismatched types\nb:missing binary\nb:missing docstring\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mode after\nb:mode disable\nb:mode m\nb:model test\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:modified by\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules cjs\nb:modules find\nb:modules packages\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:more dependencies\nb:more details\nb:more info\nb:more information\nb:more log\nb:more than\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms dotnet\nb:ms exceeded\nb:ms for\nb:ms lib\nb:msg loaded\nb:msg reading\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple___ spaces\nb:multiplication with\nb:must be\nb:must end\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:n 0\nb:n a\nb:n actionlint\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n skipping\nb:n t\nb:n test\nb:n tools\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n unit\nb:n v\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:name actionpack\nb:name azure\nb:name build\nb:name err\nb:name fv\nb:name gateway\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name only\nb:name or\nb:name test\nb:name w\nb:name_ should_\nb:named shapely\nb:namespace has\nb:native build\nb:native castle\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:needs network\nb:needs review\nb:needs to\nb:nested steps\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netfx40 csproj\nb:netkit backoff\nb:netkit fetcher\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:netplus netplus\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network git\nb:network if\nb:network request\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new object\nb:new ref\nb:newline after\nb:newline n\nb:newtonsoft json\nb:next anonymous\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nix ipfs\nb:no audit\nb:no cache\nb:no cacheprovider\nb:no color\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no space\nb:no such\nb:no unit\nb:no unused\nb:no update\nb:no var\nb:no versions\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node sha256\nb:node v10\nb:node v20\nb:node v4\nb:node version\nb:node_config in\nb:node_modules babel\nb:node_modules jest\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules ts\nb:node_modules uvu\nb:node_modules vite\nb:nodesecurity io\nb:non existing\nb:non matching\nb:non zero\nb:none after\nb:none any\nb:none read\nb:none redirect\nb:none root\nb:none status\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not be\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not find\nb:not finish\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not installed\nb:not known\nb:not locked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not set\nb:not support\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note referenced\nb:note some\nb:note warn\nb:notebook cleanup\nb:notes app\nb:nothing provides\nb:notice s\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify svc\nb:notify test\nb:now at\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm ci\nb:npm config\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx eslint\nb:npx jest\nb:npx vitest\nb:ntp verify\nb:nu get\nb:nuget org\nb:null 0\nb:null continue\nb:null null\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:nvm versions\nb:o 0\nb:o a\nb:o b\nb:o building\nb:o c\nb:o compiling\nb:o d\nb:o detecting\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o i\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o m\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o w\nb:o0 o\nb:o111 m\nb:o2 wall\nb:o_ m\nb:object anonymous\nb:object c\nb:object is\nb:object where\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:oes src\nb:of 0\nb:of a\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of false\nb:of get\nb:of is\nb:of its\nb:of left\nb:of locate\nb:of memory\nb:of module\nb:of namespace\nb:of p\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of req\nb:of service\nb:of spaces\nb:of swift\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:offenses detected\nb:offline mode\nb:offline packages\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:ole planet\nb:on 0\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on dependencies\nb:on device\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on runner\nb:on swift\nb:on the\nb:on this\nb:on your\nb:once call_once\nb:once installed\nb:one of\nb:one or\nb:onepager component\nb:only allow\nb:only get\nb:oo8i vb\nb:opam 0\nb:open deep\nb:open metadata\nb:open protocol\nb:openemr services\nb:openemr sites\nb:openproject gitlab_integration\nb:operating system\nb:operation timed\nb:operation was\nb:ops deploy\nb:ops function\nb:opt android\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option to\nb:optional peer\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or cd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or incorrect\nb:or later\nb:or lower\nb:or more\nb:or npm\nb:or one\nb:or pass\nb:or service\nb:or something\nb:or use\nb:or windows\nb:order java\nb:order service\nb:ordered fetch\nb:orders git\nb:orders order\nb:orders service\nb:org 0\nb:org ajoberstar\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org example\nb:org gradle\nb:org junit\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin main\nb:origin url\nb:orphan processes\nb:os imported\nb:osv dev\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output run\nb:output src1489103279\nb:over elements\nb:override d\nb:overriding h\nb:overwrite settings\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p l\nb:p m\nb:p m_\nb:p n\nb:p netplus\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p to\nb:p tsconfig\nb:p unit\nb:p y\nb:package a\nb:package configuration\nb:package content\nb:package cosmos\nb:package d\nb:package dependencies\nb:package for\nb:package git\nb:package github\nb:package handle\nb:package is\nb:package jdk\nb:package json\nb:package level\nb:package lock\nb:package pkg\nb:package resolved\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages lock\nb:packages net\nb:packages nuget\nb:packages please\nb:packages react\nb:packages src\nb:packages when\nb:packetfence go\nb:pad failed\nb:padding spaces\nb:page zig\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:panic free\nb:panic ok\nb:panic test\nb:panicked at\nb:panicking rs\nb:parameter equals\nb:parameter of\nb:parentheses are\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse resolve\nb:parse test\nb:parse units\nb:parse_test go\nb:parser from\nb:parser hs\nb:parser lib\nb:parser py\nb:parser rs\nb:parser test\nb:parsing a\nb:part of\nb:partition 0\nb:pasha code\nb:pass 0\nb:pass an\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:password g\nb:patched versions\nb:path 0\nb:path is\nb:path opt\nb:path tex\nb:pathutil pathutil\nb:pattern go\nb:pdfkit core\nb:pdfkit pdfkit\nb:peer deps\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:perf data\nb:performance tests\nb:period terminating\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:php 0\nb:php array\nb:php return\nb:php v2\nb:phpkit slugger\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:pid 0\nb:pin versions\nb:pinot tools\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:planet myplanet\nb:platform shared\nb:please read\nb:please run\nb:please update\nb:please upgrade\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins linked\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:pmd foo\nb:pmd plugin\nb:pnpm install\nb:podcasting nix\nb:pods 0\nb:poetry lock\nb:policy deny_test\nb:pool host\nb:pool main\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post job\nb:post resolution\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:pr go\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparing the\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:prettier check\nb:prettier with\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:price 0\nb:price null\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem with\nb:problems 0\nb:proceed with\nb:process completed\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:processing wheels\nb:processor should\nb:prod exited\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:program cc1plus\nb:program files\nb:programming scratch\nb:progress deadline\nb:progress meter\nb:project 0\nb:project dependencies\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project name\nb:project org\nb:project src\nb:project test\nb:project version\nb:projectcleverweb lastautoindex\nb:projects egeria\nb:projects openemr\nb:projects users\nb:promise ensure\nb:properly see\nb:properties of\nb:property line\nb:property or\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided to\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:pub fn\nb:pub get\nb:public acls\nb:public class\nb:pull 0\nb:pull image\nb:pull rate\nb:pulling docker\nb:push 0\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py git\nb:py healthy\nb:py imports\nb:py p\nb:py reports\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_low_stock_threshold\nb:py test_restock_adds\nb:py test_timeout_is_retried\nb:py3 none\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python m\nb:python names\nb:python sha256\nb:python v5\nb:python version\nb:python3 0\nb:q l_\nb:q p\nb:q u\nb:qty 0\nb:quant timeseries\nb:queue js\nb:queue lib\nb:queue queue\nb:queued 0\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r could\nb:r d\nb:r e\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r load\nb:r m\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r retrying\nb:r s\nb:r script\nb:r see\nb:r stack\nb:r t\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unsatisfiable\nb:r var\nb:r x\nb:r y\nb:r_ a\nb:r_ p\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:range start\nb:rate limit\nb:ratelimit ratelimit\nb:ray6y documents\nb:rb 0\nb:re run\nb:reached the\nb:reached your\nb:react 0\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read errors\nb:read file\nb:read none\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:reading prototype\nb:readme md\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:recieve the\nb:recognized word\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:records for\nb:redirect none\nb:ref 0\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:reference c\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:reg exp\nb:regexp http\nb:register layer\nb:registry https\nb:registry npm\nb:registry npmjs\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:relative to\nb:release cmake\nb:release gpg\nb:release kotlin\nb:release sh\nb:release skipped\nb:release target\nb:release yml\nb:releases protoc\nb:releases tag\nb:remote add\nb:remote git\nb:remote origin\nb:remotes origin\nb:remove build\nb:remove return\nb:remove the\nb:renamed to\nb:render engine\nb:renders the\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report at\nb:report attribute\nb:report py\nb:reported issue\nb:reports py\nb:reports tests\nb:repositories dispatch\nb:repository acme\nb:repository actions\nb:repository apis\nb:repository dtolnay\nb:repository embedded\nb:repository fintech\nb:repository https\nb:repository in\nb:repository maps\nb:repository maven\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:req capability\nb:request handler\nb:request timed\nb:request to\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required is\nb:required module\nb:required tasks\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset by\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:rest src\nb:restore cache\nb:restore can\nb:restore locked\nb:restore to\nb:restored successfully\nb:restricted to\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry retry\nb:retry total\nb:retrying fetch\nb:retrying retry\nb:return 0\nb:return bootstrap\nb:return statement\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned error\nb:returned exit\nb:returning a\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:rev parse\nb:review other\nb:revision 0\nb:revive exported\nb:right failed\nb:ring test\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root md\nb:root project\nb:rootdir home\nb:rpc api\nb:rpc error\nb:rs 0\nb:rs cargo\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs parser\nb:rs tmp\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby version\nb:rubygems org\nb:ruff check\nb:ruff format\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run build\nb:run can\nb:run cargo\nb:run cmake\nb:run composer\nb:run curl\nb:run dtolnay\nb:run elm\nb:run failed\nb:run go\nb:run gradlew\nb:run in\nb:run index\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run pip\nb:run poetry\nb:run prettier\nb:run python\nb:run restore\nb:run rustup\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run tsc\nb:run uv\nb:run with\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner git\nb:runner go\nb:runner has\nb:runner image\nb:runner images\nb:runner is\nb:runner m2\nb:runner npm\nb:runner process\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs of\nb:runtime test\nb:rust 0\nb:rust clippy\nb:rust lang\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s 0\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s build\nb:s c\nb:s c2086\nb:s c2164\nb:s chars\nb:s connection\nb:s create\nb:s d\nb:s e\nb:s f\nb:s failed\nb:s failure\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s microsoft\nb:s o\nb:s on\nb:s p\nb:s q\nb:s rx\nb:s s\nb:s score\nb:s spec\nb:s src\nb:s string\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s3 block\nb:s6 vzpvo\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:script build\nb:script contents\nb:script heap\nb:script on\nb:script returned\nb:script s\nb:scripts deploy\nb:scripts git\nb:scripts load\nb:scripts no\nb:sdk 0\nb:sdk api\nb:sdk js\nb:sdk linux\nb:sdk targets\nb:sdk telemetry\nb:sdks microsoft\nb:search ts\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secs 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security implications\nb:security issue\nb:security policy\nb:security vulnerability\nb:see a\nb:see also\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:select a\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:send email\nb:sensor c\nb:sensor sensor\nb:server 0\nb:server id\nb:server message\nb:server password\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service git\nb:service in\nb:service is\nb:service java\nb:service not\nb:service php\nb:service responded\nb:service run\nb:service ts\nb:service unavailable\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set to\nb:set up\nb:setting java\nb:settings component\nb:settings true\nb:settings xml\nb:setup builddir\nb:setup go\nb:setup java\nb:setup node\nb:setup php\nb:setup python\nb:severity 0\nb:severity e\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh tmp\nb:sha256 0\nb:share cmake\nb:share dotnet\nb:share julia\nb:shared config\nb:shared rollup\nb:shared updates\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shivammathur setup\nb:shop cart\nb:shop web\nb:shopco orders\nb:shopco shop\nb:shopco storefront\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should_ fail\nb:show app\nb:shrinkwrap json\nb:shutdown signal\nb:side of\nb:sidekick apis\nb:signal terminated\nb:signal this\nb:signed bitwise\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulators ethereum\nb:sin lat2\nb:since poetry\nb:site docs\nb:site scripting\nb:sites default\nb:size is\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping git\nb:skipping integrity\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so restore\nb:sockeye image_captioning\nb:software https\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source dir\nb:source file\nb:source from\nb:source s\nb:source tree\nb:source tutor\nb:sources from\nb:space berui\nb:space left\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified in\nb:specifiers in\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:sr ht\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src c\nb:src cart\nb:src client\nb:src codegen\nb:src components\nb:src copy\nb:src drone\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src index\nb:src invoice\nb:src iter\nb:src lando\nb:src lib\nb:src liquid\nb:src main\nb:src microsoft\nb:src newtonsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src scene\nb:src search\nb:src sidekick\nb:src source\nb:src src\nb:src stg\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src time\nb:src tools\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable profile\nb:stable s\nb:stable x86_64\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start cleaning\nb:start line\nb:start of\nb:start tracking\nb:started by\nb:started runner\nb:starter 0\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:startup 0\nb:starves it\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status success\nb:std c\nb:std iter\nb:stdlib go1\nb:stdlib v1\nb:stdune 0\nb:step 0\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:storefront storefront\nb:str usize\nb:stream vbyte\nb:strict allow\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string instead\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:structure test\nb:stub files\nb:studio 0\nb:studio offline\nb:studio threading\nb:style issues\nb:subcommand failed\nb:subject empty\nb:subject must\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subtests node\nb:succeeded 0\nb:success 0\nb:successfully got\nb:successfully set\nb:such as\nb:such file\nb:suffixed with\nb:suite php\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:support appcompat\nb:support targeting\nb:supported file\nb:supports git\nb:supports n\nb:sure it\nb:sure that\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc go\nb:svc notify\nb:svg from\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch to\nb:switched to\nb:symbol class\nb:sync client\nb:sync from\nb:sync please\nb:sync server\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:system diagnostics\nb:system failure\nb:system i\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t d\nb:t defined\nb:t e\nb:t exist\nb:t f\nb:t find\nb:t found\nb:t from\nb:t g\nb:t h\nb:t h_\nb:t i\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t load\nb:t m\nb:t match\nb:t o\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t sdk\nb:t slug\nb:t t\nb:t target\nb:t test\nb:t type\nb:t wstat\nb:t y\nb:t09 0\nb:t10_00_00_000 z\nb:t12 0\nb:t17 0\nb:t20 0\nb:t21 0\nb:t_ b\nb:tabs tabs\nb:tabs ts\nb:tags false\nb:take a\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target n\nb:target s\nb:targeting n\nb:targets 0\nb:targets microsoft\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task get\nb:task key\nb:task kt\nb:task persona_flutter\nb:task prebuild\nb:task_queues 0\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:telemetry sdk\nb:temp 0\nb:template ts\nb:templates tests\nb:temporarily overriding\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terminates the\nb:terminating with\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test coverage\nb:test creating\nb:test days\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failure\nb:test failures\nb:test fetch\nb:test fetcher\nb:test files\nb:test from\nb:test get\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kt\nb:test load\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test multiplication\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test perf\nb:test php\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test test\nb:test test_minitest_sprint\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test v\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests failed\nb:tests failing\nb:tests files\nb:tests from\nb:tests func1\nb:tests in\nb:tests integration\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests__ evaluator\nb:tex range\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than or\nb:than the\nb:thapa wlctl\nb:that are\nb:that does\nb:that have\nb:that need\nb:that satisfies\nb:that supports\nb:that terminates\nb:that the\nb:that two\nb:the 0\nb:the ability\nb:the above\nb:the agent\nb:the ammount\nb:the apache\nb:the artifact\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the checks\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the conflict\nb:the constraint\nb:the context\nb:the coverage\nb:the current\nb:the default\nb:the dependencies\nb:the dependency\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the expected\nb:the expression\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the host\nb:the install\nb:the installation\nb:the job\nb:the last\nb:the license\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the mix\nb:the module\nb:the n\nb:the name\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the path\nb:the process\nb:the project\nb:the proxy\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the request\nb:the requested\nb:the requirement\nb:the restore\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the sync\nb:the term\nb:the test\nb:the top\nb:the totla\nb:the type\nb:the update\nb:the value\nb:the version\nb:the x\nb:there are\nb:there is\nb:there were\nb:these values\nb:this can\nb:this command\nb:this environment\nb:this error\nb:this expression\nb:this functionality\nb:this id\nb:this install\nb:this is\nb:this potentially\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timeseries timeseries\nb:timestamp 0\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title n\nb:title want\nb:tmp build\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to avoid\nb:to azure\nb:to be\nb:to build\nb:to but\nb:to capture\nb:to central\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to connect\nb:to continue\nb:to copy\nb:to date\nb:to detect\nb:to display\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to generate\nb:to get\nb:to git\nb:to have\nb:to home\nb:to https\nb:to import\nb:to install\nb:to load\nb:to make\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to override\nb:to parameter\nb:to parse\nb:to prevent\nb:to pull\nb:to re\nb:to register\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to run\nb:to s\nb:to see\nb:to select\nb:to self\nb:to show\nb:to solve\nb:to start\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to unsigned\nb:to update\nb:to upgrade\nb:to use\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:token 0\nb:tokens on\nb:toml 0\nb:toml changed\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool is\nb:toolbox toolbox\nb:toolchain install\nb:toolchain stable\nb:toolchains xml\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace of\nb:trace run\nb:track origin\nb:tracking orphan\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer metadata\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree demospring\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:true failed\nb:true object\nb:true to\nb:true truthy\nb:truncate test\nb:trusty updates\nb:truthy value\nb:try rustc\nb:trying to\nb:ts 0\nb:ts cart\nb:ts format\nb:ts git\nb:ts invoices\nb:ts loader\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:two arrays\nb:two strings\nb:txt 0\nb:type answer\nb:type error\nb:type hard\nb:type int\nb:type is\nb:type native\nb:type number\nb:type running\nb:type string\nb:type u32\nb:types 0\nb:types in\nb:types react\nb:typescript starter\nb:typescript version\nb:typing import\nb:typing list\nb:typo location\nb:u 0\nb:u b_\nb:u c\nb:u d\nb:u g\nb:u i\nb:u l\nb:u m\nb:u memory\nb:u n\nb:u p\nb:u r\nb:u s\nb:u t\nb:u1004 the\nb:u1101 unable\nb:u1403 package\nb:u32 cannot\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu pool\nb:ubuntu ubuntu2404\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ui ab0x\nb:ui app\nb:ui core\nb:ui styles\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown linux\nb:unknown word\nb:unneeded return\nb:unoptimized debuginfo\nb:unordered key\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsatisfiable requirements\nb:unset all\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:until assertions\nb:untyped defs\nb:untyped functions\nb:unused 0\nb:unused function\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up c\nb:up go\nb:up orphan\nb:up project\nb:up task\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update lock\nb:update model\nb:update or\nb:update the\nb:update xml\nb:update your\nb:updated because\nb:updated but\nb:updates for\nb:updates test\nb:updates tsx\nb:upgrade to\nb:upgrade your\nb:upgrading https\nb:uploading artifacts\nb:url https\nb:usage of\nb:use apt\nb:use cd\nb:use const\nb:use let\nb:use pip\nb:use window\nb:used at\nb:used before\nb:used config\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used unable\nb:user git\nb:user interface\nb:username g\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users csproj\nb:users david\nb:users jonesn\nb:users julian\nb:users kevin\nb:users koen\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users ray6y\nb:users users\nb:users usr\nb:using 0\nb:using check\nb:using docker\nb:using first\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:usr share\nb:util is\nb:utility bash\nb:utils format\nb:utils geo\nb:uuid v\nb:uuid v1\nb:uv lock\nb:v a\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v prune\nb:v rxs\nb:v v1\nb:v0 0\nb:v1 0\nb:v1 app\nb:v1 unable\nb:v10 0\nb:v20 0\nb:v3 tests\nb:v4 0\nb:v4 s\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value but\nb:value for\nb:value is\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var log\nb:var use\nb:varfish server\nb:variable declaration\nb:variable error_count\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variable unused\nb:variant filter\nb:variants vueapp\nb:vendor bin\nb:venv bin\nb:verb stack\nb:verification failed\nb:verification metadata\nb:verify the\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version of\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:versions 0\nb:versions baseline\nb:versions in\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:viper bind\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest run\nb:viz dashboard\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w a\nb:w ampere\nb:w e\nb:w h\nb:w home\nb:w n\nb:w o\nb:w repo\nb:w s\nb:w t\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want unicode\nb:warn code\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning rolling_mean\nb:warning the\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was canceled\nb:was defined\nb:was last\nb:was not\nb:was passed\nb:was provided\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:watch all\nb:we location\nb:we stopped\nb:we try\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:went wrong\nb:were failing\nb:were found\nb:were identified\nb:werror unused\nb:what went\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when the\nb:when true\nb:when used\nb:when your\nb:where 0\nb:where a\nb:which is\nb:while assembling\nb:while checking\nb:while importing\nb:while parsing\nb:while running\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:will be\nb:will do\nb:win22 0\nb:window mean\nb:windows 0\nb:windows server\nb:windows windows2022\nb:windows2022 readme\nb:with 0\nb:with a\nb:with an\nb:with any\nb:with architecture\nb:with backtrace\nb:with code\nb:with copyright\nb:with default\nb:with digest\nb:with env\nb:with error\nb:with exit\nb:with extreme\nb:with frozen\nb:with gitlab\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with npm\nb:with package\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with this\nb:with version\nb:with vulnerabilities\nb:with write\nb:within 0\nb:within grace\nb:without file\nb:without the\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work api\nb:work assets\nb:work badge\nb:work billing\nb:work cart\nb:work chat\nb:work configr\nb:work counter\nb:work crc\nb:work dashboard\nb:work dates\nb:work deploy\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fw\nb:work geo\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work integration\nb:work inventory\nb:work ipfs\nb:work landing\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work parser\nb:work phpunit\nb:work pkgtool\nb:work proto\nb:work py\nb:work pyserve\nb:work queue\nb:work ratelimit\nb:work render\nb:work reports\nb:work retry\nb:work ringbuf\nb:work sensor\nb:work shop\nb:work shorturl\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work units\nb:work web\nb:work webshop\nb:work widgets\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow that\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace geo\nb:workspace imgproc\nb:workspace queue\nb:workspace root\nb:workspace units\nb:workspaces vs\nb:would be\nb:would have\nb:would reformat\nb:write to\nb:writely notes\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x test_client\nb:x x\nb:x000001 b\nb:x64 bin\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86_64 linux\nb:x86_64 unknown\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xfailed in\nb:xjc generation\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:yaml 0\nb:yaml truthy\nb:yarn 0\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yml 0\nb:you are\nb:you can\nb:you don\nb:you have\nb:you mean\nb:your build\nb:your code\nb:your gemfile\nb:your lock\nb:your lockfile\nb:your package\nb:your pipfile\nb:your plan\nb:your project\nb:your pull\nb:your test\nb:your workflow\nb:z debug\nb:z l\nb:z m\nb:zero code\nb:zero exit\nb:zero no\nb:zig 0\nb:zig build\nb:zigler 0\nb:zstd is\nf:0\nf:a\nf:actual\nf:added\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:api\nf:app\nf:apr\nf:archinstall\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:b\nf:bad\nf:bash\nf:because\nf:billing\nf:bin\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:building\nf:builds\nf:buildx\nf:bundle\nf:busted\nf:but\nf:by\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caddy\nf:cancelling\nf:cannot\nf:cardreader\nf:cargo\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:check\nf:checked\nf:checking\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:cloning\nf:cmake\nf:code\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:composer\nf:config\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:core\nf:could\nf:couldn\nf:counts\nf:cp\nf:crate\nf:created\nf:creating\nf:curl\nf:current\nf:d\nf:d101\nf:datacenter\nf:def\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detecting\nf:did\nf:diff\nf:difference\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:done\nf:download\nf:downloading\nf:dubious\nf:duration\nf:e\nf:echo\nf:elixir\nf:else\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:exceeded\nf:exception\nf:exec\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:f\nf:f401\nf:f403\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetching\nf:field\nf:file\nf:files\nf:finished\nf:finishing\nf:first\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:formatter\nf:found\nf:from\nf:frontend\nf:g\nf:gcc\nf:gem\nf:generating\nf:geo\nf:get\nf:getting\nf:git\nf:github\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:image\nf:import\nf:in\nf:included\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:installed\nf:installing\nf:instance\nf:internal\nf:interrupted\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:knows\nf:l\nf:ledger\nf:lerna\nf:lfs\nf:lib\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:live\nf:llama\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:low\nf:lua\nf:m\nf:main\nf:make\nf:markdownlint\nf:medium\nf:meson\nf:message\nf:metadata\nf:microsoft\nf:missing\nf:mix\nf:mnt\nf:models\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:new\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:npm\nf:npx\nf:number\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:one\nf:open\nf:operating\nf:opt\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:panic\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:pulling\nf:pyproject\nf:pytest\nf:python\nf:r\nf:rake\nf:ran\nf:range\nf:read\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:repository\nf:resolved\nf:resolving\nf:restore\nf:restricted\nf:result\nf:results\nf:return\nf:returns\nf:reuse\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rustc\nf:rustup\nf:s\nf:safety\nf:scan\nf:scanned\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:see\nf:self\nf:sensor\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:shell\nf:shellcheck\nf:short\nf:should\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:status\nf:step\nf:steps\nf:subject\nf:submodules\nf:success\nf:successfully\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:task\nf:team\nf:temporarily\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tmp\nf:to\nf:token\nf:too\nf:took\nf:toolchain\nf:total\nf:traceback\nf:trim\nf:true\nf:try\nf:tsc\nf:type\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unformatted\nf:unfortunately\nf:unknown\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:v1\nf:value\nf:variable\nf:venv\nf:version\nf:via\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:we\nf:web\nf:webpack\nf:what\nf:when\nf:with\nf:worker\nf:working\nf:workspace\nf:workspaces\nf:would\nf:writing\nf:x\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a4ef43be\nnw:a619\nnw:ab0x\nnw:able\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:abuild\nnw:acceptance\nnw:access\nnw:accessing\nnw:account\nnw:action\nnw:actionpack\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:also\nnw:always\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:app\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:aspx\nnw:assembly\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:async\nnw:at\nnw:audit\nnw:auth\nnw:available\nnw:avd\nnw:avoid\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b4d9834c2\nnw:b_\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:bigquery\nnw:billing\nnw:bin\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:builduri\nnw:built\nnw:builtin\nnw:bundle\nnw:bundler\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cannot\nnw:capability\nnw:cargo\nnw:cart\nnw:case\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:ce\nnw:central\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:coding\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contrib\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:coverage\nnw:cpp\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:datatypes\nnw:date\nnw:debug\nnw:decimal\nnw:declaration\nnw:def\nnw:default\nnw:defined\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:did\nnw:diff\nnw:different\nnw:digest\nnw:dir\nnw:directive\nnw:directory\nnw:disable\nnw:disabled\nnw:dist\nnw:distribution\nnw:django\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documentation\nnw:documents\nnw:does\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:en\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:ependen\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:eslint\nnw:establish\nnw:ethereum\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:external\nnw:externalize\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixtures\nnw:flag\nnw:flags\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatting\nnw:formed\nnw:forum\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:g\nnw:gcc\nnw:gemfile\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:google\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:greater\nnw:greeting\nnw:group\nnw:groups\nnw:gulp\nnw:gyp\nnw:h\nnw:handle\nnw:handler\nnw:happened\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hashmap\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:holds\nnw:home\nnw:hook\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:ibis\nnw:ibis_bigquery\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:index\nnw:indexes\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instructions\nnw:instrument\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:invoice\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:iso8601\nnw:issue\nnw:issues\nnw:it\nnw:item\nnw:items\nnw:j\nnw:jar\nnw:java\nnw:javac\nnw:jenkins\nnw:jetbrains\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:kts\nnw:l\nnw:l_\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:leak\nnw:left\nnw:lenght\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:libc6\nnw:library\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:looking\nnw:low\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:manager\nnw:mapping\nnw:mark\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:microsoft\nnw:minitest\nnw:minutes\nnw:mismatch\nnw:missing\nnw:mix\nnw:mixed\nnw:mnt\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:name\nnw:namespace\nnw:native\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:ng\nnw:nil\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:note\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:open\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:padding\nnw:page\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parsed\nnw:parser\nnw:parsing\nnw:part\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pcguid\nnw:pd\nnw:pelago\nnw:pending\nnw:performance\nnw:perhaps\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pipenv\nnw:pkg\nnw:pl\nnw:platform\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pods\nnw:policy\nnw:pom\nnw:pool\nnw:possible\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:provided\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pypi\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:rake\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reassigned\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rubyonrails\nnw:ruff\nnw:rule\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtime\nnw:rust\nnw:s\nnw:s0246\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:schemas\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:sensor\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shutdown\nnw:signal\nnw:simple\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:solution\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:spell\nnw:spelling\nnw:splitting\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:sub\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:take\nnw:tally\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:teamcity\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terraform\nnw:test\nnw:test_create\nnw:test_error\nnw:test_fail\nnw:test_features\nnw:test_low_stock_threshold\nnw:test_run\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:toml\nnw:too\nnw:took\nnw:toolbox\nnw:tooling\nnw:tools\nnw:topic\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unavailable\nnw:unchanged\nnw:undefined\nnw:unexpected\nnw:unicode\nnw:unintended\nnw:unit\nnw:unix\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:visualstudio\nnw:vite\nnw:vstfs\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:winappstudio\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:y_\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yarnpkg\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a07\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:aaa\nw:aashish\nw:ab0x\nw:ability\nw:able\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:accept\nw:access\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:action\nw:action_actionlint\nw:actionlint\nw:actionpack\nw:actions\nw:activemodel\nw:activerecord\nw:actual\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:address\nw:addresses\nw:admin\nw:advisories\nw:advisory\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:all\nw:allocation\nw:allow\nw:allowed\nw:alpha1\nw:alphabetical\nw:already\nw:also\nw:always\nw:ambroisie\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:and\nw:android\nw:annotation\nw:anonymous\nw:ansi\nw:answer\nw:any\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:app\nw:appcompat\nw:apple\nw:application\nw:apply\nw:approval\nw:approved\nw:approx\nw:apps\nw:apr\nw:apt\nw:arch\nw:archinstall\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assert\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:associated\nw:ast\nw:async\nw:async_hooks\nw:at\nw:attempt\nw:attempts\nw:attribute\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatic\nw:automatically\nw:automation\nw:available\nw:avg\nw:avoid\nw:await\nw:awesomeness\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b6\nw:b7c1d6e3f\nw:b_\nw:babel\nw:backend\nw:backoff\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:based\nw:baseline\nw:bash\nw:basic\nw:bats\nw:bazel\nw:bb\nw:bc\nw:be\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:below\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigquery\nw:billing\nw:bin\nw:binary\nw:bind\nw:bintray\nw:bitwise\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bodies\nw:body\nw:book\nw:bookmarks\nw:bookworm\nw:bool\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:bound\nw:bounds\nw:br\nw:branch\nw:breadcrumbs\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:browser\nw:brulee\nw:bs\nw:bucket\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:builddir\nw:builder\nw:building\nw:builds\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:by\nw:bypass\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c1d2e3\nw:c1e\nw:c2065\nw:c2086\nw:c2164\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cached\nw:cachedir\nw:cacheprovider\nw:caddy\nw:call\nw:call_once\nw:callback\nw:called\nw:calling\nw:calls\nw:can\nw:canceled\nw:cancelling\nw:cannot\nw:capability\nw:captioner\nw:capture\nw:cardreader\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:castle\nw:cat\nw:catch\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cell\nw:central\nw:cfg\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:characters\nw:chars\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:circle\nw:circleci\nw:circus\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clause\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:closure\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codegen\nw:codehaus\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:color\nw:colors\nw:column\nw:columns\nw:com\nw:come\nw:comma\nw:command\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:common\nw:comms\nw:communication\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:compliant\nw:component\nw:component_test\nw:components\nw:composer\nw:compress\nw:compute\nw:computed\nw:concepts\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:console\nw:const\nw:constructor\nw:consumer\nw:contain\nw:container\nw:content\nw:contents\nw:context\nw:continue\nw:contrib\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:cop\nw:copy\nw:copyright\nw:core\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:correctness\nw:cosmos\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:coupon\nw:coverage\nw:covered\nw:cp\nw:cpp\nw:cpu\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:creme\nw:cronjs\nw:cross\nw:crystal\nw:cs\nw:cspell\nw:csproj\nw:css\nw:cstuff\nw:csvkit\nw:csys\nw:ctest\nw:curl\nw:current\nw:currently\nw:cusr\nw:custom\nw:cwiki\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d1c2f4a\nw:d1f\nw:d2c1e0f\nw:d2f6c0b\nw:d55\nw:d_\nw:daemon\nw:dangerously\nw:dart\nw:dashboard\nw:dashes\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:david\nw:days\nw:db\nw:dbkit\nw:deadline\nw:deb\nw:deb12u1\nw:debian\nw:debug\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:decode\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defined\nw:defining\nw:defs\nw:degraded\nw:delay\nw:delete\nw:deleted\nw:delimiter\nw:demo\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:dereferenced\nw:desc\nw:describe\nw:description\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detector\nw:detectors\nw:detekt\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:diag\nw:diagnostic\nw:diagnostics\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:digest\nw:dir\nw:directly\nw:directory\nw:disable\nw:disabled\nw:discount\nw:discovered\nw:display\nw:dist\nw:distribution\nw:distributions\nw:division\nw:django\nw:dll\nw:do\nw:doc\nw:docker\nw:dockerfile\nw:docs\nw:docstring\nw:document\nw:documentation\nw:documents\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:drone\nw:dronelink\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dsl\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:during\nw:e\nw:e0277\nw:e0308\nw:e0401\nw:e0425\nw:e1101\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e3\nw:e401\nw:e503\nw:e8f\nw:e_\nw:e_path\nw:each\nw:echo\nw:edeandrea\nw:edge\nw:editor\nw:efe31b98f2\nw:egeria\nw:either\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empty\nw:enable\nw:enabled\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:engine\nw:engineers\nw:enough\nw:entering\nw:entities\nw:entity\nw:entry\nw:env\nw:environment\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:eslint\nw:est\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:event\nw:events\nw:every\nw:ex\nw:example\nw:examples\nw:exceeded\nw:exception\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:experimental\nw:explain\nw:explicit\nw:explicitly\nw:export\nw:exported\nw:exports\nw:expr\nw:express\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:external\nw:extra\nw:extraheader\nw:extras\nw:extreme\nw:f\nw:f1d2c3b\nw:f401\nw:f403\nw:f53616\nw:f7\nw:f841\nw:f909ac5\nw:f_to_c\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fallback\nw:false\nw:family\nw:fast\nw:fatal\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetcher\nw:fetching\nw:few\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filtered\nw:final\nw:finalize\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fix\nw:fixable\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flavor\nw:flawfinder\nw:flotilla\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv1a\nw:folder\nw:following\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forge\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:found\nw:foundation\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freetype\nw:fresh\nw:from\nw:frozen\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functionality\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g8001\nw:g_\nw:gateway\nw:gateway_addresses\nw:gcc\nw:gcd_import\nw:gcr\nw:gem\nw:gemfile\nw:gems\nw:gen\nw:generate\nw:generated\nw:generating\nw:generation\nw:generator\nw:generic\nw:geo\nw:get\nw:get_sources\nw:getaddrinfo\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:gi\nw:git\nw:github\nw:gitlab\nw:gitlab_integration\nw:given\nw:gl\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:grace\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:greater\nw:green\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:groups\nw:guilouro\nw:gulp\nw:gyp\nw:h\nw:h5\nw:h600\nw:h_\nw:had\nw:hadrian\nw:handbook\nw:handle\nw:handler\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashmap\nw:haskell\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:heads\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hhp\nw:hi\nw:hicpp\nw:hidden\nw:high\nw:hint\nw:hit\nw:hits\nw:hive\nw:home\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:https\nw:hub\nw:i\nw:i_\nw:ibis\nw:ibis_bigquery\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idx\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:immediately\nw:immutable\nw:impl\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importing\nw:importlib\nw:imports\nw:in\nw:inc\nw:include\nw:included\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:index\nw:indicates\nw:ineffective\nw:inference\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inlang\nw:inner\nw:input\nw:insensitive\nw:inside\nw:insights\nw:inspected\nw:install\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:int\nw:integer\nw:integration\nw:integrity\nw:interface\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:inverse\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ipfs\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:isn\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:its\nw:j\nw:j2\nw:jar\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jl\nw:job\nw:jobs\nw:jobsys\nw:john\nw:jonesn\nw:jooq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julia\nw:julian\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:k\nw:k1045\nw:k8s\nw:kata\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keymanapp\nw:keys\nw:keystore\nw:keyword\nw:ki\nw:killed\nw:km_to_miles\nw:knob\nw:known\nw:koans\nw:koch\nw:koen\nw:kotlin\nw:kt\nw:kts\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l3008\nw:l3013\nw:l_\nw:label\nw:landing\nw:lando\nw:lang\nw:language\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:ld\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libc\nw:library\nw:libs\nw:libtonode\nw:license\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:locate\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:looking\nw:looks\nw:loomy\nw:loosely\nw:lost\nw:low\nw:lowagie\nw:lower\nw:lower_snake_case\nw:ls\nw:lspconfig\nw:lua\nw:m\nw:m0s\nw:m2\nw:m2repository\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:made\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:making\nw:malicious\nw:manager\nw:manifests\nw:manual\nw:manually\nw:many\nw:map\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marketing\nw:marking\nw:master\nw:match\nw:matcher\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maven\nw:maven2\nw:max\nw:maximum\nw:may\nw:maybe\nw:mcgdiff\nw:md\nw:mdi\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:media\nw:meeting\nw:megalinter\nw:member\nw:memory\nw:merge\nw:meson\nw:message\nw:messages\nw:metadata\nw:meter\nw:method\nw:metrics\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minitest\nw:minutes\nw:mirror\nw:mismatch\nw:mismatched\nw:missing\nw:missing_offset\nw:mission_impl\nw:mix\nw:mjs\nw:ml\nw:mnt\nw:mocha\nw:mod\nw:mode\nw:model\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:more\nw:move\nw:moved\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:multi\nw:multiple\nw:multiple___\nw:multiplication\nw:must\nw:mut\nw:mutual\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:native\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netfx40\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newline\nw:newtonsoft\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nix\nw:no\nw:node\nw:node_config\nw:node_modules\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:nuget\nw:null\nw:nullable\nw:number\nw:numeric\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:older\nw:ole\nw:omit\nw:on\nw:once\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:openemr\nw:openproject\nw:operating\nw:operation\nw:operations\nw:operator\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:p\nw:pack\nw:package\nw:packages\nw:packetfence\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:panic\nw:panicked\nw:panicking\nw:panics_on_zero\nw:parallel\nw:param\nw:parameter\nw:parcel\nw:parens\nw:parentheses\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:password\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:pb\nw:pdfkit\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:period\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:person\nw:persona_flutter\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pin\nw:pinned\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:plans\nw:platform\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:pmd\nw:pod\nw:podcasting\nw:pods\nw:podspec\nw:poe\nw:policies\nw:policy\nw:polymer\nw:pom\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:power\nw:pp\nw:pr\nw:pre\nw:prebuild\nw:prebuilt\nw:prefer\nw:prefix\nw:prejudice\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparing\nw:preprocessing\nw:prereleases\nw:prettier\nw:prevent\nw:previous\nw:price\nw:print\nw:printed\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:promise\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:provides\nw:providing\nw:provisioner\nw:proxy\nw:prune\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pulling\nw:punctuation\nw:pure\nw:push\nw:py\nw:py3\nw:pylint\nw:pypa\nw:pypi\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python3\nw:q\nw:qt\nw:qty\nw:quant\nw:quartz\nw:queries\nw:query\nw:queue\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:random\nw:range\nw:rate\nw:ratelimit\nw:raw\nw:ray6y\nw:rb\nw:re\nw:reached\nw:react\nw:read\nw:reading\nw:readme\nw:readme_spec\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:records\nw:redirect\nw:ref\nw:refactoring\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:register\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:relative\nw:release\nw:releases\nw:remote\nw:remotes\nw:remove\nw:removing\nw:renamed\nw:renders\nw:repack\nw:replace\nw:repo\nw:report\nw:reported\nw:reporter\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restricted\nw:result\nw:results\nw:retail\nw:retries\nw:retrun\nw:retry\nw:retrying\nw:return\nw:returned\nw:returning\nw:returns\nw:reuse\nw:reused\nw:rev\nw:review\nw:revision\nw:revive\nw:right\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:roundtrip\nw:router\nw:routes\nw:rpc\nw:rs\nw:rspec\nw:rss\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:run\nw:runner\nw:runner01\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safety\nw:same\nw:sample\nw:sandbox\nw:sardonyx\nw:sata\nw:satisfies\nw:satisfy\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schema\nw:scm\nw:scope\nw:score\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:sdks\nw:search\nw:sec\nw:second\nw:seconds\nw:secret\nw:secs\nw:section\nw:section_end\nw:section_start\nw:securedrop_client\nw:security\nw:see\nw:seed\nw:seeds\nw:seem\nw:select\nw:selected\nw:selectors\nw:self\nw:semicolon\nw:send\nw:sensor\nw:sensors\nw:separate\nw:serve\nw:server\nw:service\nw:services\nw:session\nw:set\nw:sets\nw:setting\nw:settings\nw:setup\nw:setuptools\nw:severity\nw:sh\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shipkit\nw:shivammathur\nw:shop\nw:shopco\nw:shopfront\nw:short\nw:shorturl\nw:should\nw:should_\nw:show\nw:shrinkwrap\nw:shutdown\nw:side\nw:sidekick\nw:sign\nw:signal\nw:signed\nw:signedness\nw:significantly\nw:simdjson\nw:simple\nw:simplified\nw:simulators\nw:sin\nw:since\nw:single\nw:site\nw:sites\nw:size\nw:skip\nw:skipped\nw:skipping\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:soap\nw:socket\nw:software\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:sorted\nw:source\nw:sources\nw:space\nw:spaces\nw:spec\nw:specific\nw:specification\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stack\nw:stackage\nw:stacktrace\nw:stage\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:state\nw:statement\nw:static\nw:staticcheck\nw:stats\nw:status\nw:std\nw:stderr\nw:stdlib\nw:stdout\nw:stdune\nw:step\nw:step_script\nw:steps\nw:stg\nw:still\nw:stopped\nw:store\nw:storefront\nw:str\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:style\nw:styled\nw:styles\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodules\nw:subprocess\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:supported\nw:supports\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:svg\nw:swift\nw:switch\nw:switched\nw:symbol\nw:symfony\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t09\nw:t10_00_00_000\nw:t12\nw:t17\nw:t20\nw:t21\nw:t_\nw:tab\nw:tabs\nw:tag\nw:tags\nw:take\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:tarball\nw:target\nw:targeting\nw:targets\nw:task\nw:task_queues\nw:tasks\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:telemetry\nw:temp\nw:template\nw:templates\nw:temporarily\nw:temporary\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:tested\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:them\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thread\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:toml\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:tools\nw:toomanyrequests\nw:top\nw:topologies\nw:total\nw:tpl\nw:trace\nw:traceback\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transform\nw:transitive\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:true\nw:truncate\nw:trusty\nw:truthy\nw:try\nw:trying\nw:ts\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:turbo\nw:tutor\nw:two\nw:txt\nw:type\nw:typecheck\nw:types\nw:typing\nw:typo\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u32\nw:u64\nw:ubuntu\nw:ubuntu24\nw:ubuntu2404\nw:ui\nw:uikit\nw:unable\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:unix\nw:unknown\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unoptimized\nw:unordered\nw:unpack\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unset\nw:unsigned\nw:unsupported\nw:until\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgrading\nw:upload\nw:uploading\nw:upstream\nw:uri\nw:url\nw:urllib3\nw:us\nw:usage\nw:use\nw:used\nw:user\nw:userguide\nw:username\nw:users\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utility\nw:utils\nw:uuid\nw:uv\nw:uvu\nw:v\nw:v0\nw:v1\nw:v10\nw:v2\nw:v20\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variant\nw:variants\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:vendor\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:version\nw:versions\nw:via\nw:view\nw:views\nw:violations\nw:viper\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:watch\nw:wdio\nw:we\nw:web\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:welcome\nw:well\nw:went\nw:were\nw:werror\nw:what\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:why\nw:widgets\nw:wiki\nw:will\nw:win22\nw:window\nw:windows\nw:windows2022\nw:with\nw:within\nw:without\nw:wlctl\nw:word\nw:words\nw:work\nw:worker\nw:workflow\nw:workflows\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:world\nw:would\nw:wrap\nw:wrapper\nw:write\nw:writely\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x64\nw:x8\nw:x86_64\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xfailed\nw:xjc\nw:xml\nw:xs\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarn\nw:yesterday\nw:yet\nw:yml\nw:you\nw:your\nw:z\nw:zero\nw:zig\nw:zigler\nw:zip\nw:zstd",
    causeBias: -127,
    cause: 'AwAZANL/6P/l/wAA2f/O/x0Av//R/9L/FADK/8z/s/9AAC4ADgDI/6j/JADS/+j/0v/p/wAARgC//x0AIADp/zwA7v+j/53/IgC2/9v/+/8cALP/0v/h/+j/r//p/3r/IQAaAJD/4v/T////7v80AL//FgAJABAAr/8VAEAA5v8MANH/QQDf/zUAGgDs/8T/KACs/yYAFQDq/+r/7f/S/8P/4f/o/+D/4v9q/zMAsf8HAML/HQAXANH/AgAsACIAEQBXABgAGAA1AEcAJgDh/zIA6P/Q/xQAFQC8/04ATwCv//X/VgAHAKX/JwDg/9X/IwACAKv/OAAXAOX/3f/p/7n/q/9mAAUA5P/Z/9H/IwD+/0kAzf8zAM3/3/+4/9b/GAA1AEcADQAAAK//KADR/xIAHQDl/ycA5P9rADcAKgC1/yEAuf/k/8b/hQDI/33/FADk/1P/wv+7/8L/CQCm/7D/iP8LACcAs//K/zkA1v/Q/6f/w/8kAF0AFACb/8n/tv/j/4P/5f+1/8D/4P8cACAAof8CAMT/JgDO/w0AQwDd/zQAzv8mAEAAGgCL/ywAPQDk/xkAlP8CABUA1/8YAMT/PQAmABkAGQAZABkAHQBUANj/JgDi/+P/ov85ACwAHQCu/8P/DwANACYApv8QAPv/sv8xADEAzf/R/+f/OgDl/xQAnf+s/7f/KQAfANH/5//l/83/PQDG/ykAGAAKAB0Ay/8KAM//wf/+/+r/tv/O/xMA6P88/xUAkf/P/yMAwf+3/1UAtP/Z/9//3/8YABUAi//1/yMAqP9JAOj/LABcANX/CADX/04ASABWAAAAKADP/8T/JQC//93/KAAWAM3/6v80AN3/6P/j/+X/tv/R/8z/1f8GAMT/z/9IABAAxv+v/xoA+v8wAHz/JQDU/8H///+0/yQARgBQAMD/VgAoAEEA9f+Z/+P/yP+i/3MAHgAnAOH/YwA+AOr/+f8iAMz/HgABAP7/2/8eAAIAzP/A/ygAj//J/xsA2f+2//D/sf+d/9n/EAAUAN//GgDm/9X/JwCy/xoASAAOAOn/JQDp/7H/sv++/yoAxf8bACcA3P88AO3/EQAbAKr/BQAVAKD/0P/I/xoAFwDX/+z/7P+9/xwA4//3/+b/AwDs/yQA6P+w/+v/JAAtABcA2f9QAFoA4P+p/w0A9P8sAKP/wf/I/9L/6P8qABQAFAAAADoA0//7/xgA3P/V/0MA9/8VACYAPQC//+r/OQDd/7//4//A/7P/yP+2/+T/FADG/8H/GAAYACAAyv/j/7z/5//o/9L/5P/q/ygA0f/L/8X/wP/S/0YA6v/Z/xUAPQCp/+b/4P8lAFkAjv/V/yUASAAgADEAFQAnAKX/OwAdAOP/wP8IANT/OQDd/5P/n/+S/8z/FAAOAM7/vv/e/+z/NgCW/yoAFQDm/9n/2P/c/7n/2v+V/xcAJwDa/+T/0//E/ysAx/+m/8z/q/8XACYAwv95/xUAJwD4/9//2/8qABUAFQAIANf/dP/l/+r/HADd/9//HQD+/wkAzf8dAOX/LwADABwAMAAHACIAKwAdAOP/2/9GAOL/AgDG/+X/GwC9/xMAv/8vAOT/CQA2AOv/1P8bANj/RwDm/xQAGAA0AOr//P8gABQAJACw/8H/LACx/67/HADa/yQAPgDs/ywAx/8WAAcA6f/g/xkAqf8/AK7/6f8AAOX/3f8JAPH////q/8j/MgArAFUAJQAZABkALwApACYA4//b/ysAMAAiAND/3v/b//z/CAAxAB8AHQAZAAgAFAAmADUArf8pAB4AFADY/8P/NQDF/yAAFQAlAB8A3v8dAOL/n/8kACoAQgArABYANQA/ANH/HwAyAEgAJAArACUAMgDD/ycAAgApABgADgAjANT/HADU/7j/FgDn/9f/MwDp/7T/GgCi/ysA6f/k/xwA6f/F/xgArf+g/5f/yv9w/+P/tf+r/8X/v//h/y8A0v8kABcAdv/k/z0APQDP/9T/MQAbAHn/RwAbAHT/4v8dAN3/7P82ACYAGwDi/77/FgDk/9H/DQABAOf/GQAoABIAKgC2/6v/GgDh/+L/xv8GAAYAIgD7/+H/0v86AOj/0v/B/8b/5v/H/xgA3f+0/+L/4P/c/9z/tf/l/zUANQCV/7f/of9n/+f/vv/f/8v/p/8tAOH/KADg/8P/GADj/0MALgDN/wwAIAAZAPD/IgA2AEAA3/8VAMb/MAAmAB0AFQA5AND/FQAoABcAzv8XABMAwf/o/xcASACO/+n/FwApADAAw/8oAFIA4/8XAPj/GADh/x8AVAAZAMD/rf8fAAcA4f/V/8P/MQC2/+f/wv+1/9n/6P/m/9f/4v9LABcApP/l/xcAzP9CABgAnP8jAB0AUADT/+r/tf8qAD4AGwAVAOv///8UANT/AQDp/+n/HgDc//H/HgAVAN7/6f++/zMAMwAkAK//GgA+AM//2f/Z/8v/y//s/97/uP/R/wMA2f+R/7b/FAC2/93/NgAXAHn/NQDV/+D/2v/w/yYAFwDU/xAA0//g/7//q/+s/xcAy/8TACkAFQC7/xQAs//I/0EAGADE/+7/1P/Q/yIAtf+w/z4Ayv/a/47/4v8SAB0AGAAYANr/xf+9/+P/RwDZ/8//0v82AA8Aqf+3/+L/PQAUAEgABwAYACwANgAIANn/FgDw/yUAdAAcAA4Asv/K/xsA4v+8/8f/HAATAOL/vP8QACAA8P9DABsAxf+r/x0APgALADIAyf/h//j/t/+L/8b/CAC8/+r/BwCw/6P/yP8RANf/4f/y/7f/LwAaAOr/3P+5/+L/EgASACQA4f8YAOH/vf8bAO7/IgAuAN//vf+t/7f/HACz/9L/GQAWACQAJwAuAMr/4f/o/+n/MgCx/9j/3P8tAAEAAAArAOb/qP+E/9//6f8iAOn/0v+y/2r/v/+g/8//hv9y/8f/s/8UABQAFAAyABwAs/+w/xUAIwAkACkASgCd/0EA3P8mACgAJQBHABUAGgDV/ygAHQAVABYAFwCT/5b/0/8AAM//5//l/w0A6v+w/7T///8uAM//HQAmANf/CwCZ/xUAWwDi/+L/4f+a/9X/JwC3/xkA4/8XABUAy/+8/yAA0//d/xYAGADk/9P/SQDF/ywAxf/Z/9f/CgBHABUA1P/f/+7/BwCq/x8A5f+c/+j/xP+R/x4AKgCA/yIA5/8vANn/r//J/4P/BADd/+v/JADh/+v/IwDW/xYAFgCz/+X/1//A/9//1//K/9z/IAAlAKn/o//N/9j/0f/q/+P/GAAXABoA6f8YAOX/y/8NAOj/GgCr/8//IwDq/9H/KgCy/6D/qf9D/6f/o//m/yAAKQAgABkA6/8pANL/zf+3/x4A2f+h/9r/JgDJ/8L/tP/l/zYAxP/b/xQA0/+i/+L/4v8gAPX/3f/S/8r/LgAgAC0A+v9TAEwAKAAXACIA2P8TAAAAIADv/yoAEgAAABUAQAA0AKL/2v/I/xcA5v8uAKj/4//f/xEA3f/k/+f/t//f/9b/zv8IALj/vf8jACsA0f8YAPn/FAAbANH/FADo/8b/IQDr/7z/yP/l/+T/vv/M/7T/yf8qAAsA1v/g/8P/yf+g/8H/5f/Q/9T/FwDU/w4ApP/L/87/SAAOANr/2/82ALn/tf8RAB4AFQC3/7z/sf8UALH/PgAwACcAPgDw/0gAIwAdAMT/KQDT/8f/kP/T//j/TwDZ//j/o//6/+L/1v/E/9T/wv/c/7b/xP/U/6L/sv8GALj/AgASABgAKgBEABUAyf8YADQAWf8iAMf/GAAdAB0ADADD/5r////d/+j/DwAaAEoA5v/T/8L/w/8VAOf/GgDR/7P/yP/k/6v/PQDO/xUALQAVAOD/zv8dAC4A1P/d/xYALwAlACMA6/+p/9T/UgDe/y8A6/8UAMz/NgDc/xQAEAD9/4n/xv9FACQAzv8vABQAKACh/xoA//8BACkAz//g/77/KgDy/xEA3//b/0oA6v/L//H/JABHACIAsP/U/87/1P/S/93/tf8xAOr/IwApAMT/z//N/wsAAQAIAMD/of/L/9H/xP8VAJ3/GgAdAM3/5/+i/5n/6v8mABQABQAmABsADQAmAM3/6v/Z/+z/LQDr/5L/JADe/xUAav8ZAOr/HgDk/9n/DgDz/wMArf+8/9L/AwCJ/yMA/P/J/7P/AgAVABYAyv/+/xgA4v/Y/5v/KwDF/1wA3/8nAEEAHwDQ/x0Ayv8TAAYAHgDD/+H/6P/t/xQA3v8oACgAGwDa/zsAHwC5/xgAov/+/ygA4f8rABQAkf85ACsAv//J/8T/qv/F/0UAFADi/9b/3//O/x0A0v/o/8P/3P/m/wMAzP/a/zsAKQApABkAGQDX/7v/IgDA/x0A2v/R/+H/LADm/87//P/r/x8ARwDf/63/GgDr/+r/FQAQABcAUgAUACIAKADl/xYANQArAC0Asf80ANP/6/8WABUASADL/yEAGQBBAMf/MwD6/+j/QgAjACkAv//b/5j/UgAKADEA4f/l/9D/xP/s/+j/yf8cABoApf/R/xoA6P/f/xgAvP/k/x4AJQDF/+f/4P8XACMA0P8vABwAHQDi/+n/0v/I/+L/FwDk/xQAAwAgAB8A6P/o/0cAFADq/+b/2P/O/9n/rf/r/8v/1f/l/y4A+//b/7v/JAAPACUAFADk/8n/6f/R/3QA1P+j/9T/JwANAJH/NADb/+v/lv/O/+//GwAoAAgAMgDa/+n/lf/f/zEAGgAvACQA1f/k/z0Azv8XAGEAQQAcANj/FAAfAOL//P+O/9z/HACJ/9H/FAAUACIAOwAUAAwA3f+Y/yIA5P8iACIAzv/q//j/FAAUAC0Ah//i/zEAzP8CAOf/HgAeAKf/wP8BAOL/QwAcAIL/RgAUAFQAyv8aAPH/4/8BABQANwBMAPj/FADQ/5n/4v/c/9v/FwAEAPH/VgAFADMADQDe/wwAEgDd/woAEgBCAEUAFQDs/xwAMQAYACQAFgA1AEcAJgDh/yQAMgDo/8v/FQAXABAAzf/f/+n/yv8mABQA6/8VAL//xP8cACgA4P/I/yEAzP/U/yoApf/a/ykAMAAVAOj/vv8kACAA5v8vABwAHADA/73/6f/p/xsAKADn/9f/HQA+/83/wP91/9f/3/+h/zoAGQBGAEEAPgD//7f/0P/a/yQA4P///ykAev/K/2IATgDk/x0AWQARAEwAMADj/7P/GwDr/x8AHAAxACQAx/86AC0AKwDK/2MAUgCX/xYA5f/K/xYA5f8HAND/7/+8/xgALwCy/7P/FgA7ADQAMAAvANP/RwA2AOj/8P9EAPj/LQAlAIMAIwAUALr/VgDl/wQATwAjANP/5/8qAE8ANgA1APP/KwDQ/0gAJwApAOj///8cADQA1v/g/zEAHwAUAFgATgAqAD4ATAAxAFEAGQBBALf/pf8DACcAsf8yABwA5v/Q/9b/yf8xAOP/QwD3/w4A3f+//yAAJACx/wIAJAAlANT/NQDO/87/xP+Y/yQAGwAvAMv/RQDx/9f/IwD//7X/GQAcAOr/DQDB/+r/FwDm/9D/HQBHAN3/r/8eADEAGwA2ADgAMAA+AC0AJAAOALv/1P/X/93/5//Z/w8A5//a/9r/6v/f/ykA5//q/+b/JwA6AN7/5v/M/9r/5v/I/7H/HQAtABQA3f/W/xkAIAD3/+z/7P9GAEUAXAATAJz/5f8WAFIAqv8zAEcAPgCQ/0AAGQAIADQAOwA1AE4Aqf8kAA0Arv/c/+f/QAAVACEAHQDe/+L/FQAUADcA1f8aAOz/FADa/yMA//91/yEAsv/7/+T/IAD4/8r/GAAtAA0A5v/F/xgAFwDl/ykA6f8yAJb/GQDR/zYAMgDb/yoAzf8vAM7/sf84AMn/5P8PADoArP9HACsADAA/ABkAJwAfAL//+P/b/yIAKgDE/ygAFQAaAFMAPQAkAN//5/81APv/0f+z/wYApP9DADsAIwC8/+b/NAAVAGIA1v/W/0oAIgDP/zQAJAAuAO//DQARAOP/4P/d/8//JQCy/xAA3f9s/4n/4v/K/+L/kv/g/8T/xP/W/7r/hP/n/97/IwDo/+X/qP/v/+f/w/8MAD8AJQA1AID/3P8IAPn/GgAhANz///+x/y4A5f9SAN7/JgA5ACgAYgBi/ycAuv/n/9T/NADE/9T/OQDa/x0AsP/J/7z/6P8XAOP/FQDN/6T/1v8CAEAANABFANn/SQAuAC8AJADm/x8AFgAYAMv/tf+o/57/sv+V/97/MADc/8X/wP/H/4D/nP8vANL/RABEADYAHgDo/+r/yf/q/zMANwDJ/8D/v/8zACsAFwAuABoAx//H/7L/MAAGAPj/EAAVAMf/IADQ/+j/5v/g/+P/AgAqAPP/0/95AOD/IwBIABkA4P/f/wQAHAArAJ3/0P/V/+j/LgDN/y8A5/8WACQAx//X/xsAGADn/9P/DwAlABMA0/81ALz/5v8oAOD/4P8KABQA6v/o/9X/LwCs/z8A1P8jABUAyv9NAB0AFQB1AGP/LQDz/xUAKwBFABYAGAAUABgAGwD6/yQAaADK/0kAIgAiALf/3f8iAPj/3P+V/x0AwP8VACIAy/+d//L/wf85APj/NQAbAKb/zf+0/wQAqv8XAMX/LwDZ/9D/FQDn/6z/FQDH/3r/6f8lABoAIADd/zgAKQDi/7r/1P/T/9v/vf/p/+j/xf8hAN3/wP/g/87/lf/j/+j/6//X/+T/vv/H/ysAJQDK//P/LwBMANL/OwCq/1UAPQBLANf/3P/s/xEA0P8oAM//CQAVAA4A4/8UABUAFQCs/9b/1P8AADsAxf8YAOX/vP8jAMb/GACz/4b/6f/p/+T/c/90ALH/vv8KAOj/LgBHAOn/3v8lAKz/1//c/5z/p//Y/ygAGgA0/83/2P8pANH/+P/U/wcAsP+g//3/vf/d/+r/LADo/9H/1f/D/9T/GQDk/8//0P/+/5n/Y//q/yQA0f92/9X/GADL/+j/0v+c/9L/KP8AAPL/6f/e/y8A6P8lAA8ACAAgABUA5f/l/8P/yv+//xMA1P/f/9r/QAASABgARwAoAET/FAC8/1P/xf/q/xkA4P8rACIAlv8gAJr/+//I/z//wP/E/z3/BgA1AA0A1/8nACYAwP8vADYAGQCt/zYA3/9wAP//4f/7/yUAHADm/8v/4f8iAMn/6f8bAN//RADB/xQA3v8UADkAzf8YAOf/p/8GABUA+P/i/ywArP/n/97/GwAfAK7/4v82AMn/HQAkANL/RgAmAAsA2/8vAA8AFwAkAK3/7P8UAMj/LQDF/yYAHwAWAMD//P8VAE8A8/8bAOr/rv/K/0EA3v/n/+f/GwC5/67/JwAnADkA3/8VAMT/0v/d/9j/xP+6/9j/GQDK/+b/zP/k/83/UQDg/7H/QADm/yUA7P/q/+b/6f/O/x4Azf8NANL////S/wYA1v/V/93/dwAeABwA1P/E/xgAFQDQ/00AWf8UAMP/6v/Q/9X/4f/m/+r/uv8/AFAAyf/U/xgABgAYAOT////J/8v/KgAOAMH/FADk/y8AuP/W/9L/DgDg/x0A7//r//T/rf/+/yYAGQC6/8z/LwDC/9v/OADi/wsAFQDH/+T/uf/v/yAA3v/q/+L/3/8oAFAAv/+W/8//EwDM//v/o//V/zwA3v/B/xIA9v8yAMH/LwAvAL//0f8SAPH/MwDf/y0A1P8wAB8AFQCX/xQAPwA1AOv/1v8hAE4AKADb/83/uP/U/73/0/8cAOL/0f/V/8r/1P/E/9H/OQDb/9L/4f/N/6r/4P/T/6X/of/e/8n/FgDk/9D/6v/V/9T/q/8vABoA2f8jALz/wv8UABgA6v8VAHr/rf+7/+D/3//B/6n/FwAnAB0Al//W/8L/GQAiADIAzf+4/63/JQAYANT/RgC1/+X/qP+//7r/rf8xAFEAWwBj/xoAwv+w/7j/BQAYAC8Avv8lACoAFABAAIv/FwDu//L/LQC1/xIAuP8dAAEALwAUAMj/3P/k/zAAFQAvACIAGwAbANn/NwAxAN//6/8XAO//FQApANL/s/+1/93/xv/b/9z/1//s/+3/+v/k/7z/sv/c/6z/xv+o/6X/hv/m/yYAJAAmAB4AOQDU/xcAuv87AOb//f/R/zEAJQDN/6H/JADc/+f/v/+m/x0Auv/G/zkAof/N/+n/JAABADIAMAAvABcAHQDM/7z/6P+//9r/2f83AOT/2//g/wAAw//a/9r/FAAUABQAwP8fANn/2v8ZAOH/FAAfABYAv/8tAML/2/8vABUACADk/7z/4/8XAKr/2v+8/xcAzP8cABUAq//T/63/4v8UABMAGAAvAB0ANgDd/7n/GgAVACsA6v/F/xEAnP8sAOL/EQC8/wgAUADq/wkA6/8VACUAJgAmAB4A5v8eADEAmP8sAP3/i/8RAOP/GwAVABUA3f8dAOX/HADm/+L/MAC8/+r/5/+7/9X/2v+7/7b/6P/F/xwAFQAbAKL/8P+1/8//WwDW/9b/HgAUAC4AtP/o/6z/JQDg/wwAyf8nAMv/p//q/+b/zP/g/wUA0/+T/+j/3f/U/5r/FgDN/7P/ov8oAN//wP+e/xYAzv/r/xgA4//o/zsATQAwADYA4v/U//r/FwAXABQAFAACAEgAFAAnABcA5//n/xQAFgAYABgAOQC9/+r/vP8FABUAwP+1/ygAMgAiANb/OQDQ/xUACAAVAAoAJAAeAOD/vf8WABkAFgAoACgA6P8fACYAw/8dAEsAs/89AGcAJAAXADgAGADk/+H/GAAYABMAIgAvADMA/v/h/9D/3v8UABYASAC6/+3/BgDr/9P/6//+/ygAOwCr/xMA7f59ACkAqv9QABgAFADe/93/FwDk/xcA5P/E/xMAm/8YABQA2P/J/9j/tv/m/4D/FADh/zQAWwC//8n/3/+//8v/0/+q/y8AFwAeACsAOQDz/8T/4//b/7n/MAAoANX/KADj/ykAMAAuAMH/2v+w/9v/1P/J/7X/IQBa/zAAyv/x/+r/5v/C/6b/QADq/xkAJwCi/zQA9P8lAFQAPwD1/9P/FAAaAOj/wP/Z/+f/1/8xAPj/AwAZADwABwAhAEoAKwBj/1IAuv/R/zYA6v8nABsAOwAWABUANgAbANP/IQApAB0AJQD1/57/FAAUABUA8P/g/+H/KwDS/7L/1P/l/0oAHABIAOv/u/9DAO7/xP/k//z/1P/f/9v/3//k/y0Atv/5/yAA///E/8//w/8pAKb/CgArAB0Arv/e/+L/rv8qALb/zf86ANf/wf/v/+b/HwC1/yUAzf/j/yYAMAAoADIA2v8oACwAGAAYAOT/IwA6ABcALwDE/zYAKAACABwAFwDj/wIAY//D/y8ABwBPALL/3P/q/z8Aw//J/7b/9f8eAMr/WAC7/8L/qP/Y/+j/FAAVAOb/6/8VACAAGQDC/z0Awv+W//f/Rf++/9f/HgAGACEALQAVAAgAuP8EAL7/TQC0/7r//v/O/+3/VQAXANv/xv/k/xUAHgCn/9j/u//f/xsAvv/H//D/FgAfALL/PQCo/+f/gP/d/5r/PgDA/2QArf/h/+X/QwBmAKL/xP///6P/GwA3ADYA3v8RANP/4P/D/9//FQAVACwAJQCa/7j/LgDR/z4A6f/J/wAAIwD9/wIAEQAnAKv/RwC2/xAAlv/Y/0YA4P8VACAAJQDE/9H/FQCZ/w0A4/+//+j/6P/d/xUA0v8XABkAJADW/xsAQADn/xkA5v8hABUAAQDO/8L/SAAYALb/5P9GABsAFAAJAMf/HgA2ACwAvP8UABUAXP8VAOv/JgAUAMj/8f+B/zoALAAUALv/6f8dABQA5//k/y8Anv8+ALz/KAAxAEoAQQAJACUAJwAyAC8AAQAcADIATwAoAEUAMADq/1QAFAAUAC8AFwAeAEwAOAAEAN//pv8KABQA0P+i/zEAJAAVACkAFQAfAOj/rP8xAOH/PAAcABQA4f8ZACAAFwAbACUANQAyABsAGQDX/9T/2/8WAOr/4P/m/xUAIQAaAKH/y//c/zoA6P8ZAOj/xf+z/xgAIgAcADAAHQDe/+n/MgAeABQALAA3ABYAOgAaAN7/rP/a/9z/2v/r/9//GAA/ABYAIAAqAB8A4P/A/ycAYgCi//r/ZwDD/woAOQArAOX/+P/g/+D/3v9CAAkAOgDI/xUA6P8aAOj/4f9d/9T/pv/7/xQANQAUAC8A8P8NAMP/vf+i/9r/wP9kADMA4/9IAHIAk/+K/yQAvv8VANT/5v8aABQA1/+w/4T/r/8ZADAAFgDK/9L/FgAkACcASACg/0oAKABBALb/QADP/+v/KgC//xkAGQAZABkAFwCw/+n/y//h/9D/3v/q/xUAGwAvAPv/rv/j/xcAMgAKAKL/IAAtAI3/MgAaABQA5P/n/x8Ayv/o/9D/yf/c/8D/4//S/4n/yv9+/9T/SwCi/wYANwCk/yoAwf9AAPT/1f8nANn/JgCi/wwAx/8vABgAFwAmABQA4v8yAOf/LwD//ykAAAAJAC4A4v+u/9T/6f/R/9//u//S/yIA0v/q/+H/sf/R/1L/VQDm/+f/xf/q/+L/1P/n/wgA3v/R/9v/3f8xABkAFQDm/xUAFQDY/xUA1P++/8T/MgCi/87/JwAhACcAJwD5/xgA4v+b/zsAAQA+ADEA4P/J/wwAIQBHAP//QAC3/7v/JgCm/7D/IwAYAG0AQgArADkAqv8VAM3/DQAVACsAJgDr/7z/KAAPAM7/vf/h/zkAo/8DAOD/1//a/y0AqP+V/7P/4f/E/93/0f/n/7b/HACn/9f/xf8aAM3/EAAaAOj/pf++/yIAxP+4/+r/3/+q/zYAvv+N/6v/6P/o/x4Asf+4/6//1//q/xQA6f/U/+n/5v8mAAgAkf/e/7n/4f8lAKT/+//k/9b/5v9w/7T/JAAPACQAQwDL/yQAzf+0/5X/awAlANH/AwAJAND/w/8BAN//l/9JAAgAsP/E/wcA4f/W/9H/vP/d/83/1v8qAOr/5v/r/7r/RgAjAOP/0P/B/1gAw//B/xgALQA7AMr/0//+/xYAFAACAOj/JQC3/+H/GQCF/yYAPAAiAC4AJAAmAB4AJQAIAD0AFgDn/yMAGAC3/0cAFQAkABoAFwAgAOD/DgC8/zgAGgDr/xoA6P/s/yEAOQD2/xQAOQAsALv/rf/T/7j/2v9IAE0APQAgALj/4f8vAC8Aiv/V/9//2/85AN//IQAyAA8AFwAXAMD/w/8YAOD/3/8KACEA1v8qANf/FQDB/yIA6/8UAN3/yf/g/2j/HQCo/+H/zP/k/5T/9//o/y8A4v8VAL3/FQAVABkALgDc////LgAiAC4Ayv8VACEAFwAmABUAv/8XAOv/3/9GABUAEAC+/xcA6v/V/xQA6v8VAB0A5P8HAB0AHgAvANr/GgDR/ycAyv/J/9H/fv/C/6b/GAA4AMP/IAA1ANP/zv/Q/93/zv80AMj/wv8hAAgA6v8eANv/r/8XAL//wP9mANn/6v/i/xwA5P/D/6//wf/j/6L/1v8wANP/DADR/xcAHwDn/x4A+P8VADoAGQDq/9D/5//s/wMA1f+8/+z/EQDE////NQD5/+X/FAAUAPz/AABPAOb/GwAdAAAAyf///9T/2v9LABkA0f8dACQAJAAdAKr/zf/Q/0kAFADq/7b/FQAqABQAJwDS/xQAFwAUABcAHgAiAMT/5f8UANH/w/9EAA0A0/8mADUAJgADADUAxf8pANX/0P/I/7b/FAA1AOb/tf/g/6n/zf/o/9H/EwDF/yQA+v+h/z8Asv/S/7n/w//U/+r/JgC9/7H/6//r/9H/IQAxAD0A5//Z/ywA///S/y4ALgArAJn/NgAuAIf/6v9MAND/pf+N/5f/0f9sAMr/JAAaACQA4P/8/xgAxP/Q/7D/1P/F/5L/vv+Q/9P/uv/j/4X/0f/k/wEA2f+t/8//5//i/5b/OgDn/8j/JAAXAOb/5v/a/+r/4/8pAA8A6f86ADoAGgDl/wkAGADT/+H/4P8NABQAGQAYAKj/NgDl/+P/vf/j/xcAGAAoAC4AFADR/9f/5v89AOP/mv/K/woA0//q/8r/FwDX/ykA1P8aAE8AMgDd/8L/kf8qAG3/w//f/8r/v/+m/4D/AAAMAD8AsP8JANT/8//e/yMAz//q/4//6v8kABUA+f/n/7j/FQDD/+f/QgATACoA5//c/xkARAC5/9z/GwDr/8X/FQDl/ykAwP8SAK3/NQAhABIAt/8YAOv/0/8UABwA2P8aACUAFQAtALX/5f8UACAA6f/l/xcAMgADABsA2P+d/9X/4//E/9f/+P8bAB4A0/8VABsAuv8+ACcAFQAkANz/v//P/yIAzv/N/83/t//j/+r/x//m/wQAIADN//f/DgDP/9f/q/+i/6L/6v/m/+L/l/8MABYAuf8zAAoAuP85ABYAzP+7/x8AMQA9AAwAKQAVALf/uP+6/wkAWwC4/y0A/v8WAAcAqv89AIn/MwAUAOP/4v/q/4z/FQDo//z/egB3/wgAFADP/x0A2f+1/9b/DgAeAKn/yf+d/9r/DAAJABsAPwBHABYAEgDo/ycA2P/i/9z/v/+2/xUACwBIANn/zP+j/+r/IwAfAGAAqP/T/zoAyf/X/8n/qf+U/6D/QQAmADQAtv8UACwAzP8XABsA5v8eACEA6f8kAOP/iv/y/xUAGgDj/y4ALgDp/+T/CwDg/8//x/8yALv/vP8kAL//LQDb/+b/2v+c/+b/4f/H/xUAFADe/8X/j/9FABcAFABMABUAHwAaAM7/HQBXACwAwf8VAAoAwf/s/9f/TQDp/8T/HgAoACEAJwAkACgA1P9wAPj/SwDO/yQAXQDr/+H/0f/F/8L/wf/h/7H/wv/l/9r/MQAgABUAxf+y/zQAPQDL/ywApv81ABQAzf/P/7b/v/+i/7n/yv+l/7T/JQDk/8P/1P/F/9//vv/Q/83/6P+1/xUAtf/J/yoAEwAVACwAwv/R/y4AMgCY/xcAFQAjANP/GAA7ABUAx//i/w4Aqf8qAMr/HwAjAFsAHgAyANj/1f8mAB4AAAAXAB0Ax/+z/63/3f+//9P/v//P/y0AGwAUAJ7/FQDq/xUAoP/i/4T/s//c/7r/0v8yANv/5//e/+r/z/8VAOL/FQCb/9T/OQCD/7//2P8jACUAIwAXABMAv/8cANP/uP8eANX/SgDF/xUAKwAaADgAsP/a/8b//f84AC4A1f/p/+H/BwAwANT/AwAeAMr/2P9GAFMApf/O/yQA7//B/ykA6//N/0sACwDO/67/RQDO/8z/nP8YAMf/df9GACEAzP+h/77/AgCy/8L/0v80ALz/3P/g////t//N/+T/0P+2/67/3P83AID/1f++/+X/GAD//8v/FQDQ/7L/FgCI/7T/4/8XABIAyf/n/7X/IABS/yQATP/j/xUAyP84/xQAFwAVACoAav8TAFUAFwDf/5T/JgDA/xsAn//U/6X/DQAUAM7/qv8VAOX/GgDp/9//5P8jANj/zP/C/83/4P/n/+H/yf/Y/7n/FgDy/zwAjP+2/zoAtv/D/wwAGQDD/zYArf8uACYABQBPADwABQDQ/8b/7P/s/9H/MQDu/4r/GgAUAF8AJQACABYA2P/B/xsA5f8bANL/NgDQ/7L/IwC9/9L/IAAWAC0AJAAmABsAFAAbAN//3/+7/zkAHwDp/xQAGgApAPb/PgDF/7z/5f8eACoAGADm/+b/zP/m/9T/GwDc/+T/k/8nAN//v/8sANT/yv+u/8P/OwC4/+L/5P8VAMH/FQDK/7T/yf8sAMn/2f9//+r/dv+1/9j/tf8jACkAEAAJAMj/q//f/08A2P/m/7L/DABDANb/z//n/8X/v/8uAM7/k/+X/ywA0v86AMz/0v8eAL3/NgAVABUAv//d/8//JQA/AEkAKgC3/7D/jv89ANj/xP+7/5b/qf/e/+b/r//P/8f/tf/F/9H/uP/N/yYAJgBcAPz/GwDL/0wA6/8TABYAIgDn/+X/yv/j/yoAIAC8/7//LAAqAMT/0P+q//n/4f/G/73/sP/J/6z/OgAyADoAKAD7/yAA5v81AMP/GQAZACIAJAA5ACwAHQAkAOb/GAAYAEUAKABaAM7/2P8YAOz/BQDJ/8H/3f/2/8j/y//o/9P/LQDE/9P/8v80AKb/8P84APH/zP/i/9//FQD0/9r/IABMAJL/IAAVABYA5P/j/x4A7/9UAKn/3f9XABcAIgB//xQA5P+6/xcA2P8UABQAFwDn/xgALwA3AAgAJgAYABsAJwCh/y4AKQARADMAt/8LANb/+/8CAFQAKAAsABsAOADT/83/KAADABgA6v/d/+L/GgAYACkA//8mAAAAFQAoABQANQAUAN3/yv8YALD/9/9AAFEAQAAgABYA6P/k//3/LQDv/xUAFACj/ykAMgDb/9P/5v/K/yIAFAAdABUAGADr/yYADgCr/9P/zf+k//f/4v/o/6z/e//n/7//0v8JAF0AyP/b/7H/1P/k/9//vf8XAD8AHQCg/3f/zv/T/yYA0//K/9f/FQDV/7z/yf+n/7n/vv/j/xUAAwDU/8b/xv/l/9L/z/+7/4v/5/++/wkA3//f/8//QQAiAML/OQAVAND/xv/f/wcA4//l/6z/w/8SAOb/HQAIACQAwP8fADUAKAAgAO7/FAAVAAAA0P8wACYAOv/L/yAA5/83ABoA3//a/xoA//8wAOD//f+p/ycAzf/L/0MAyf+r/wkAFQDW/+j/FQDD/+P/6v/8/0MAtv/Q/xUAFgAmAG7/QADo/6L/sP+9/9//FwAlANf/hf/J/9n/RADq/xQAFQAhALj/UQAVAD8Ap/9DAN7/AwDe/y8AEAAUABoA6P+y/1IA8f/l/83/FgAhANj/OwDN/8T/agAXADgAxP8jADIA1/8AAOD/yf8kALH/oP/9/yYAGwAUABUA0/8BABUAzP8nACAAvv/d/+j/4//l/7b/0f/Q/8T/xP+S/8D/DQDR/8r/6v/n/6n/xP8dAMb/6P+c/0cAFQDK/xUAOwAVAOL/bP+m/wQA5P8vANX/GACB/8T/GAAuABoAw//a/z4A5P/r/+v/RwDw/6L/AAAmAMj/w//q/w0AHQAUAP//NwDQ/8f/xf+z/9b/IABGAOn/4v/Z/7T/2f+6/7b/vf/i/4n/y/8fABgAxf8dAMT//P/s//n/+P+//+r/t/8xAOz//P/g/9b/t//K/+j/zf9EAOP/MQAxACoAov8eACUAPQBQACYALwDA/+r/FgC+//z/8/+s/63/JQDZ/6H/5//e/2AAsP8SACQAzv+j/7T/AgAJAFcAHgCw/+P/LgBBAPn/5P/4/7v/xv8rAP//EwAJAPv/ZP/P/0QAx/81AGz/KgC3/xwA0P/P////EwCg/9f/sv/Q/wkAuf/P/xYA3//y/9f/yf/x/wMA+//z/+f/IAAkAAIAnf8ZALT/kv+r/8T/tf/9/xUAHADi/yAALADN/9H/6v+h/8r/xv/U/77/0f8TADgAJwA1ABUAbQDQ/7L/0P+5//L/yf8bACYAGwDF/6b/x//o//X/SgAuAAQAAADT/x0AGwBIABoAFQAVAMT/MAAEANP/0/86ANv/FwD4/+v/BwDI/97/JgAaAOn/2/8fAB8AGADO/zEA0v/e/87/MgDU/9n/SQDH/6//jf/T/x8Ayf8cAOr/2P+d/xoALQDY/7r/xv8nADgAwv86AAAABgAeADUAKACu/yMA4f8VALv/FwCo/8L/9v8DAMD/8f9QAOz/HQD7/5z/NP/F/zUAXf/k/xMAKwAkALf/of8FAAQAFAAyACUALwC1/8z/2/8gANP/3v8zAOj//v+h/xUAPgAkAND/3//p/wUA6P8UAB0Aqf8XANj/vP8sAN3/PAAqABUAFQAVADkAvf8wAEAAFAAUANr/1/96/7//FwDF/xcAQAAmAM//0/9ZAOf/7v/H/0wAQQA4AMf/5f/h/9//6f+1/7X/KgAgACAADADr/xoAzv+p/83/JgAoAMz/VQDq/9X/FgAeAP3/KQDK/xUAGQArADIAIgAlANn/FAApABcA2f/r/7L/HwAvAP7/KgAPAMX/9v8CAA8AGwAjANL/OAALALf/FAAYAPT/+P/Z/y4A7P8ZAA8A6P/k/xsAHAD5/xUAxf9NALf/RABKAMP/DwCt/6v/QwC+/ygAHwAlAHn/6/9BAMD/FQDc/yYAGwBkAO3/IADl/87/zv/I/8D/MAA2ANv/xP8YAAsANwDU/zoAx/+c/8H/5/+6/73/NgDa/9T/zv/b/xsAGwDM/7X/2v8JAIv/4/+m/97/zv+k/93/6//A/8r/RwA+AOr/FAAVANr/xv/i/+H/FwAUAJ7/BQAVAB8AGAC0/yIAAwDJ/yIA4P8eAAcAvv8FAMH/3P8IALj/xP85ACkA4/9BACkAHwAfABsAIgAVAB0ADQDK/xcANwAvAPD/2/8YAMf/1f8qAHr/NAAeAN3/rv9n//X/DQAUALb/AwAUAD0A7/+S/yAACwAVABQAFADw/7X/KQDz/8//FADT/9P/0/86ABoAvP/G/9v/sf+7/1MAWADr/9r/LgAkAJ3/MgAiAGAAKQAzABcAIAAkABoAGwBAANT/NwA5AB0AJgAxABUAKQAuADYAOwAgAB8AHwBFAOL/KQAQAKf/zP+n/7v/vP8VAM7/lP+y/+//AABIADkA2v8oAPz/5v9GANT/IwDm/y4AFABMADIA6//r/+X/KgDa/zQApv/o//D////q/+L/zf+3/+X/xP+f/yIAdf+q/y4A4/8pACQAPgDi/xUALwAhANf/6f/j/7P/zf8bANb/0v8vACUAGQAyAC4AGAAwAB4AMADm/5z/8v8xACoAFwB7/7//zP8oANz/2P8UAMn/6/8UAOD/5P/M/+n/FAATABQAFAAkAOT/6/+u/zYA2P/a/9T/6v/V/8n/xf/F/+T/5P/7/87/GQAZABcA7//S/z8A0//U/8r/1P/o/8T/uf8ZAML/3P8eABQAyP+X/+L/wv/R/7j/2f8IAOL/5f/e/+r/FADM/y0Awf8CAPb/yP9UAFUAVAAiAP//PgDc/9X/RwAuANL/GgDV/xgA5//s/xMAHQAXABUA0v+5/8H/NgAjACUAGwCc/4D/QwDE/xsAzf+k/5X/zf9UALr/GgAUAOX/qf81ACQA4f8aAMH/3v/p/xcAAAD6/9v/0f8eANP/r//A/xUADQDQ/93/0v/i/0IACABIADEAIQAUACUAVQA3AD8AsP+v/9//HwAVAOP/NwDa/zkAGADF/8H/KwCw/x0Ay/+4/8H/6v8hACcAIAAAAKb/x/8aAOj/6P/K/zAA4//U/6T/1/8eAE4A5P+b/1IAFwBE/+r/qP8wABgA3v8/ABcAHABAADAA1P8qADYAOQA2AML/+f/9/8//UgDT/8z/rf/j/8v/OwAeAGEAxf8lAO7/IQAjANv/2f/H/x0AyP8kAM7/CQDL/xUAFwA2AC0A+f8kADUA1v/N/7r/BwBHAND/NQAVAEcANwDi/9b/m//3/yIAIgC//9H/LQDq/zAAtf+w/+r/6v8OAAQAcf/8/y8AFgA6AKH/HQDN/57/5//t////JACq/9r/3P+7/8D/BwDj/8z/FAAfAND/xf/N/+T/DQD//xkA4f8eACEAAAD3////uv8LABMA5v/Y/9L/w//i/8D/uv/D/+f/tP+h/7n/v/+t/+j/1P/s/9H/nf/E/8T/x//H/4f/yP/d/x8A1f+8/+H/4//d/9r/rv/Q/xQACwCe/8j/vP8kAM3/mf+2/+b/zf/N//3/zv/6/6z/8P/i/xgAxv/I/9r/wf8AAOX/tf/B/9P/sP/j//f/5//S/33/5f9t/xQAXQDU/63/RgCl/9D/3/8fAM7/uP8VADYABgBrAAAAvf/Y/4z/HgAXABgA1P8bAL//WwDe/+P/pv8mADAApP8YAC0ABQDo/9//6P/Y/73/KAC0/+D/6f/n/y8ABwDL/wAAGwBaAOn/zv/p/+f/FQDi/83/yf+e/zMAYP+FANL/HgARAO3/HwBd/4n/mP8hABwALAAUAJH/yf/e/wMA4P+8//b/JAAaABcAOQAXABIAGwDq/xQAw/8WAPf/FwAKACMA0f/h/9P/5v+y/+v/ev+l/1kAa//q/7L/pv95/xsAn/8BAIn/VQAZAB8AagDF/7f/k/+D/2z/VP+o/0P/SgAfABEAMADz/8D/MwCV/4b/y//n/xkAOQCQ/yAA8P/u/5z/s/8UAEEAOQAXAI3/vv8oAC0AJwB3/zf/n//z/7//1/88/6j/LwCV/7j/j/80ALP/rP8cAOX/AP+x/xkATwCT/6L/j//M/3v/q/8oAFH/qP8vADYAif8qAC8AQgDR/wMAVwB0/67/HACW/9r/HgCl/5z/YwAjAEkArf/j/5D/0P9Q/0cAMwD5//v/2v9fAPr/sP++/wIAt/8lAAgA0P/E/+b/6//Q/z0Ac//5/yUA1P+x/0UATAAbAK7/wv+o/zMANQAVAAcAIABVABYAAwAOAJf/m/8dABMAJQAw/23/3v+9/9r/2P9b/ysAwP/A/xoAwv/H/xUAtP+c//P/xf9G/xYASP/4/zsAdf90AAgAsv+K/xMAv//D/+P/u/+i/zkAzf+z/yAA2/8FAMT/Uv+j/y8Aq//Q/7f/dwC7/1n/4f8/ADb/0//C/5D/mf+g/+f/5P8UAO//pf91/6//k/+D/+n/3P/A/24Amf+m/6D/4P/G/4v/FgAkAI3/T//L/7P/Wv8bACsAuv8AAMD/EQCs/8P/KQCb/7f/t/+s/ygArv+w/5//wv/F/y8A3//M/5L/CwDp/1z/oP85AFMAFAAVAC0Avv+9/5z/w/85AF8Ac/+0/73/4v9W/zcA9P+K/wAAxv+g/6v/lv/T/xYAXAB8/wYA0v8iAGj/EQBAALL/6P+o/2j/BgA0ADUAtv+g/9H/oP9+/7n/xf+Z/9X/JgA2/0wAoP+T/5T/hP+Q/73/rv8RAKH/HgDP/13/uv8YAJL/Y//j/6n/lP+l/2X/AQCY/9r/IQAo/8f/mf8JAM7//f/C/6v/zv/j/y4Aq/8HAPf/kP8kADEAjf83ABP/TP8d/9v/6P/F/9z/EQD4/6j/f/92/7X/zf+U/5P/LgCA/4L/wf+U/1z/kP+j/8n/4v+F/8v/NACS/yAAFgCQ/zUAbf/7/0YAg//a/2b/yP+a/27/sP9W/3j/jP8MAML/MAA6/7P/sf/y//H/ov+w/4X/CAAZAEUAtf8MAO7/8P/D/53/FQDK/xIApf/n/xIA6P+1/7P/tP9FAI7/DQAwAMH/FACT/+3/sP8eAKf/xP4vAK3/wf9HALX/BQB9/43/rv81AJX/+P5PAOv/nf82ADAA8P+m/93/qv/M/8j/nP/5/4D/fv8eAPX/QQDa/zT/kP8CAEsAQgBPABMAl//S/7f/MABa/7v/HwCz/77/xv+v/4T+oP+z//P/FQBrAMj/EQAqAB8Aqf8cAAoAtf/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/FQD8/4b/vv/O/98AvgAPAOH/uf/p/2v/sP+8/wEAWwAx/jUAeQB2/2UAHwCc/9z/tf8SAHz/FADv//b/0v/o/+X/PAAUAAAAOgDT//v/bQAAANj/NQD3/+n/CwDi/+r/OQAbAIf/xv8YAMD/XADC/yAAEgD4/8T/9f+e/6j/RgDe/6P/FQAUAJ7/TgC6/1sAHgDd//3/6v8UABEAzv++/9z/xv/R/7r/YwDO/yYAiP+//+X/+P+C/+j/LgAVAOn/s/8dAAwA7//1//f/kv/D/xsA1f8VABgABwAfANj/uP/W/wkAHwDj/7D/SAAbAEYATwBVACUA4v8ZAAgACgAVAB8A1/8DAC8A7f8pAFYAiP/2/zUA3/8SAKP/z/+p/yQAGAAyAC8AJAC8/2//JwAXAB0A9//G/8H/1P/g/3D/tf/9/8L/GwAbACoAGwCD/8r/GwDJ/93/1f/K/7f/kf8mACUAq/8ZAL7/+P/l/+H/0v8oADoA6P8UAAQA0v8nAOn/8/+h/73/wv+x/+r/yv/y/6b/tv8HAMH//f/D/x4ATADg/y4ANgDj/xAA6f8FAM7/g//j//n/+P+f/xgAKgAtAOH/FAAfAPv/KQBAABkAzP/m/xgAOQA/AOb/HQBQAOP/IgDd/xcA4//T/+v/HAAlABQA3//G/6z/1P+1/wIAv//A/wEAz/8eAKn/3P/x/x4AVADP/9P/6v+w/xEADQAjAMz/IgDz/8T/8/+O/5n/8v+Q/+j/uf8iACEA4v+x/yAAHAD//8v/2/8dAA8At/8cALP/0v9ZAAwAGQDh/+j/r//W/+n/RgDO/wcAgv/j/7P/yv8UAAQA4P8fAEcA4v+h/xsAYwBBAIEAFQAWAAkAFwB3//z/LgDP/xQAmP/3/9L/t/+U/+3/WwAJADQADwDZ/zUAFQCd/7X/IADT/8P/4/++/yAAHAAGAA4Aw//5/+n//v8kABEA4P/t/4z/uf/m/+T/SQCp/5b/VwCc/83/2P8yAMv/zf/2/8v/DQDo/ycA9v/2/9b/w//R/yQAAwDk/6f/FQCv/+f/JQApAMb/fv86AP3/wv82AKj/zv+V/+L/4/8xALr/1v/x/97/q/8gAEcALQAjACoAEgDk/8v/AAAVAEAA4v80AJ//nP/L/9X/NQD2/+b/IQAnAKr/2P8RAC8ABgBLALf/v//f/7H/JwDm/zUAy/9VAPH/OgAaAB4Axv/u/8//w//Y/xIAtP9EACQA/P8aAOr/x/8vAAcAHQDS/9P/wf8mAEEAov/t/7n/vP92AOz/5P/J/6v/JQA0AOv/LwAlANf/c//e/7v/MAAUAMH/PwCH/+n////s/9H/v/8hALr/FgA6ACsAvf8RAIH/3/+w/0oAFADq/xYARwAHAKr/1P+X/5b/1v/q/+j/FgCk/wsA2v9MADMAwf/U/+H/GgDk/3D/6v8UAPv/JgD6/wkARgC6/83/w//q/8f/MACS/+n/6v8rAOT/2f8QAAYA0v8eAMP/4f/o/+D/KADw/w8A2v85AKz/oP/U/xYAQQCl/xQABADC/7H/sf/1/8X/TQAUAOL/1v/m/8P/uv/a/04ATQAmANT/7v/P/7f/Yv/Q/zgA0//r/8b/6v8wAAkAuv/O/xQAIgCz/ykAKAD4/z8AHAAFACkAqf87AL//FgDp/5z/GgDv/y4Av/8qANr/JQDF/8z/t/+9/8H/WgDI/y8AHAAAAM7/zP+5/xAA5P8XAPP/KgAmAOH/UAA3ABgA//+E/9v/0//T/zAABgBeAJv/LAAdALr/wf9uAPX/zP/i/8D/CwD0/0oASwD5//n/+/+O/7z/3P/P/8T/EAAUAP3/wv/t/8v/pP/8/00AFAAtAIf/4v8xAOH/zP8CAPn/MgDl/zUAHgCj/wsAKgAHAB4AGAD1/xgANQBHACYA4f8kADIATADo/wQAzf/j/+L/6f8eACYAFADr/5v/wv/j/xMALgCp/ygA4P+y/+f/yf+//8D/DQAHAPP/wv93AB4AIADT/5P/LwDA/7P/5P/o/w4Aw//R/6//AABHABYA9v8wAE8AYQAmAOP/t/+3/yoAIwDO/14Asf/J/+b/mf/A/wYA0P+s/xsACwAlAMX/FwAOAJj/q/+7/8f/1f+o/zAAJADl/6gA4f+h/5f/1P+t//j/tf/a/8T/cwCy/yMAyP+3/7z/9P/t/wMAHwDs/8P/2f8xAEAA4P/f/+D///8zALr/IwDF/7r/7P8KAN//rf/k////BQAJADsAuP/k////9P+r/zMAaQDl/93/KQDp/zIACwCyANz/8P/f/ygAuv/W/9r/6P/T/xAAVwAOAMv/GAAlALb/9v+l/7f/vv+g/9H/3/88AD4ABgAXALr/zf/A/4f/1v9HADMAi/8eAN3/W/+c/y8Av/8/AOj/4P/D/7b/v//A/xYAMwALAPT/6v8aAML/x//J/xAAFQDH/+v/q/8bAP//5f8FAOD/DAAmANL/yv9NAB0AOQAfABgAAgAIAHwA4f/4/9z/FADc//7/NgCU/xgADwCq/9T/2P+9/+n/BwC4/8X/8v8ZAMv/tf/Q/9X/xv++/6//KwApAGcAEABDABUA8P/U/wAAXADa/0IA4P9JAMX/df/l/xYAJwBWAAAAr/88AMb/KQAeAND/0f/0//X//v/g/+H/JgC4/6T/DADD//z/QAAhAAIA+f+9/wsAyf8NACYA2v/x/xkArf/4/3AA///h/wUArP8jABsA3/9EABoAHwAOAMH/FAAlAMn/JQAgAOL/tv8MADkAyf8/AA4ApP8HALX/CADw/0kA//+6/9b/xf86AAkApP8+APz/CgC3/0QAOQDf/xUAoP/D/2IAAwDe/7f/CgDj/8D/5v8fADAAqf/B/9D/zv8YADkACQAOABYAlP/h/8z/6v/1/xQANgAYAAkA/v/S/w8A/P8TACMAHwBUAPH/YQDr/y8A1v8eACsAz//J/4//HQDI/1H/FgDx/7//GgDR/8L/z/8jAB8AvP+m/8L/LADR/9b/FgAlAAsAev/C/xgAgv8nABUAOAAiABsAUADm/+//FQDQ/9f/9f/G/zj/FACo/43/aP87AOb/AwAKACYAJADF/zkA1//K/7L/7f/A/w0AMQCe/xcAFgD0/37/6P+//wsAOQDA/+b/pP/P/97/GQDM/xQAMwC//xAALQDO/z4AvP9DAOP/CwD+/8j/wv/m/x4AMQDa/7b/TgDW/xgA0f+E/8v/BADT/wsAj/+9//z/1v/W/+z/6v+T/8z/qP/g/ysA0/+2/93/hv/W/87////r/xgADQDU//3/LQAGAJ//FAAyABgAOQDF//7/FQAKANz/TgDM/+D/GQDo/8X/KgBgAMP/mQBLALP////r/4X/5P8vABIAIgAgAPn/zP8RAP7/GAAPAP//wf/k/y8AKQAnABgAzP/Q/8X//v8iABYAGgD7/1oA5/+x/7r/0/82ALb/9/+8/yQAAACz/wkAr/+m/8n/tf8hAFr/CQALAMv/sv8xAHoAMADW/yoAo/+0/1MA0/9EAP3/FADd/+X/KwDi/5D/4P/u/8z/zP8KALP/LQC2/+b/8/8YAAsAxP8BAM//xf8pAL//DgDL/+b//f+2/8n/tf/v//v/7/80ANT/7v8VACUA1f/q/7D/yf+2/xQAJQCT/6j/2P/o/0gA5//r/xgAGQCn/8L/NQAHAEMAyP/k/ycAnf+v/8f/xP/w/+X/QgDn/wAA4P/K/w4A/f/g/y0AFQANAB4Amv+4/xgAv/+v/6v/0f8+AB4ALAD1/w8ARQC2/zIA2P/i/9f/LwAgACwA9//C/6P/5f8pAOz/OwARAOf/IgB//8L/GAAYAMH//f/n/7v/iv/r/24Aw/8iABoAFAATAMv/6f8aAO3/FADn/+T/OQAGALz/TgAxAI4ALQAUACQA3/8FANr/kP80AAIA9P8fAPL//f8FAAQAv//j/wEAIQDo/9j/2P/E/+3/3v8wADcAFgA9ANb/3v+b/5//2v/C/+H/YP+FAPv/ZwAZACQA4/8WAK//FgAkACcARwAUAML/yf+o/zUAJgAsABwAGQAZABkAGQAXANH/0P/e/+T/OQACANn/MgAUAKb/0//h/5T/EQDa/3n/+P8pAND/2P+i/wcA2/8sAN7/1P++/77/SgCi/1sAp/85ALX/7f+R/wEALQC4/xYA0//O/+j/HQCB/8P/6v8GAOL/IQARALn/4f+R/+j/3f/B/9D/wf8OAMn/HADK/9P/BQAWABQAHQAzADkA7f8xAM3//f+4/8//2v+t/w8A8v/w/9b/uf/N/xUAFQAbAMb/xP/F/9z/aP/x/8r/9f/P/4j/CwDW/+X/CgApABAA3f8fAMr/1v+n/+T/CAAsABQA7f8LAOL/CADe/9H/GwD8/xQAxv8qAN//8v/Q/zMA4/8UABcAHgA5AOH/BQABAA0Asf/R/xQAu/+8/0IARwA6AMn/tv/P/7n/vP/o/9H/EwDu/+r/sv+o/7n/tf/+/5//CADS/+v//P8xAPT/sP+N/yUA5v/v/7b/CgDS/wsAKwCZ/zYALgDB/9z/2f/T/6X/k//T/zIAFQCv/zAAAADE//n/mf8w/wQAAQCy/9D/7v/b/8r/JAAMANr/GwD3/97/OgA6ABoAk//l/+///P82ANL/DwDj/0EA+f8sAB4AHwC4/xQAEgDX/yAArf/0//v/gf8fAMP/JQC2/9f/BgD+/7T/DwBPAAUAwf///43/xv+d/7X/rv+m/0UA+f+K/+n/IQDz/97/IwCY/+r/IgAoAK7/KACg/3n//v///9T/4f8ZAPX/yv/r/1QA/v8YAN3/GQC9//H/DAAAAOX/IADa/+n/tf+f//L/DQAKABsAqv+5/8H/6f+k/00AJwCp/y0AJwD1/wcAz/+//yoA4//Y/xwA9//P/7P/ef/j/x4A6P8KALj/yP/7/9r/sP89AD0A3//w/zYACwAPACQAXQCb/5v/GwCl/0oA6P80AJj/tf8UACQAzv8yAAsAx/83AOT/CwDg/8//x////0YA1P8iACgAJAAoAND/GwDS/8f/zP/m/+H/xP8VALv/JQA8AM7/zv8dAGsAHQAEABYA1P/s/5//1/8NAA4AKADf/ywAJwDr//X/yv/s/8H/7/+o/+X/MQDB/xwA4/+o/xUAwf/w/zQA6//l/7f/CwAGABMAYgCF/wgA/v8XACkAq//H//r/MABCAFQALgD9/xwAjP+d/wcAz/8BANn/uv+6/w0An/+6/+j/6/+V/6X/KAAhAOD/5P/g/9//1f8fAMX/FQApADEAFgArAKv/6f/h/wcACwA4AL7/kP/N/wAACgAbAMH/MQDO/w4AAQDH/yUA7/+S//f/AABlACEA2v8VAPH/8v8cAML/vP/N/9j/uf8CACQAJgAbABQAGwDf/+b/3//f/3v/0P8rADcA5//p/xQAGgBSAC8AAQDL/xUA7f+q/x4Anf/y/+b/2v/R//3/6v8KAPH/7v8BABUAwv9u/5//BgB6/9X/PgB2/7X/zf/6/+b/yP/d/wwAu//V/x4AVP85AL7/AgCr/x8A7P8hABkAGACe/7L/EwDB/8D/wv/r/ykA+f8pAOP/MADV/7f/4P+a/0cAxP/Q/9D/AwDR/7D/BQCk/28AGQA3ACIAJAA5ACIAEAAxAOr/GAAYAEUAyf/a/87/2P/t/y4A0P/O/9D/xP/j/8T/0/8tANf/oP/1/zQAEwDh/8b/3v8pAMf/9P/Y/yAATgCS/wQAJQDA/wEAvf/j/ywAFwBJABEAMwDv/x8A2P9IAEQAHADe/w0AZv/7/+z/VwD9/xMAKAA4ALT/KwAYACUA4v+B/4f/PADw/53/zv8XAD8A+//s/+T/1/+P/5z/4f8VANj/AwD4/yoAv/8AAI//t/8OABoAm/+//+j//f8VANX/8v/X/6////84AHD/xv/a/zwAGgAoAKT/TQAqAOL/6f8EAMb/DwDQ/xkAHACc/0EAuf8dAHv/j//A/wUAIgAwABYAzf/1/97/7P/w/8z/6/+Y/+j/QwCk/wEA4v84APX/ov8yACEAwf/d/33/yf8PAKL/t/8vAN3/6P/j/+X/tv/R/6//PADC/wMAs/+n/w0AwP+l/8T/CQAdAEAAFQD1/9T/w/+R/x0A6//r/zEATAAXAKL/yP/Q/xsAw/8GAIL/DQCn/zcAJgAVABUALwA3AJz/LQAKALv/t/+3/xAA0P8dAF8Az/////3/oP+p/9D/CQC5/7b/z//3/xYA2v/y/9f/yf/1/8f/4f/7//P/5/8NAKj/tf8UAMf/vv8mACIAof9ZAKL/6P/1/0gAOgAAAAcACwD3/4v/9f/3/9r/t/8bABYA9P/s/3P/WAC2/73/FACx/wgAWQDn/y4A5f/F/+H/w//p/4v/CwAkABYAKgDC/8b/2////ysACQCk/4b/vv+9/9P/OgCj//P/8v81AOH/kv+x/67/VQC7/+j/FAAVAKH/vP8MAJb/FwD7//f/rP/w/xUACAD4/93/wf8sAI3/FwAoALH/xP83ACkAlv9BABcAKwDX/z0AMgDu/ywA2v8FAPv/FAA1ABQAp/+h/7//0//T/+z/u/9TAEkAWADr/+L/4P8wAIQAKwCu/3AAFQAhADAAw/8BAPf/hP/H/87/HgBDAC8A9/85ANr/KADH//z/4f9GAAEANQAGABsANQA7AOv/FADB/9f/6P+0/wgA+/8BAKL/2v8bAA4Awv/B/08Amv8aANb/KAALAA4Avv/j/8z/w/9z/8P/1P/P/yQAGQDk/wwALwCo/8z/+f/C/xEAyP/V/5f/kP+c/8v/zv8IAMP/5f8NALz//f8LADQAPgAvANL/OQD7/+b/z//5/xUABwD5/7v/7//c/87/wf82AMX/q/8lACsAzf/8/9v//v/W/0AAOwAkANP/JgAAAPr/AQDT/6//qv/2/xUAAADQ/8//FQDS/ysASABTAMf/3//4/x0Ay/+4/9T/6v9QAP7/sP8EAAwAtf8mAMv/4f/q/8T/gP/F/8v/JgAeANX/1v/F/+X/IADe/8n/5v8yANn/EgDu//f/4v+0/5P/vP/Y/8D/6v8wAKb/6v/v/w0A4v8AABcACwD+/3b/2P/o/6T/RQDn/0YARgDy/w8ARgDf/xEAFwC9/w8Ax/8IACsAGADn/6f/EwDA/ygA1f/+/xAAGwDZ/7b/HwAHAOn/sf/p/9n/zf8UANf/BACp/8T/3P/w/wwA+v8LAAQAJQC7/8r/uf/m/w==',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-50, -45, -17, -10, -28, -69, -10, -19],
    classWeights: 'AADS/w4A6f+6/wAAyP+P/+3/FwDu//r/AAD5/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX//f/7f/t//j/7P8RAPb/AAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAADC//X/2v/C/9D/PQC//8T/7f8UAO//7//t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAA7/8AAOz/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/KgDd/+v/8f/k/9T/7P/s/xcA6//k/+P/6//n/+v/AADn/wAAAAAAADMA2f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf8oANP/3f/Y/+H/3f/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAA9v/Z/wAA0//W/zEA7P8UAO7/9P/t/+z/6//w/+z/7P/s/+3/7P/s/+z/FADt/+z/7f/t/+3/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FQDs//n/7f/q/+3/0v/i/wAA7P8AAOD/zP8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy/8UAAAAAAD3//f/8v/2/wAAAAAAAAAAAAAAAAAAAADs/+3/9P/0/+z/7P/s/xQA7f+1/ykAxv/J/9X/2P/L/+z/7v/s/+7/7v/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/o/+f/6P/q/+r/GADj/xgA6f/r/+v/8f/s/+f/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/9j/2P/W/+L/4/8QANj/7P/s/+z/7P/r/+z/FADs/9f/0v/i/yIA5//E/wkA2P8AAAAAAAAAAAAAAAAAAAAA6v/k/+P/6f/q/+H/5/8YAPj/AAAAAB0AAAD4//D/AADs/wAA1//Z/+L/6P8HAN3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/e/+r/7P/s/+3/6v8WAOf/+f/3/wAA7f8AAO7/EwAAAO3/FADs/+3/7v/s/+z/7/8AAAAAAAAAAAAAAAAAAAAAFQAAAAAA+v8AAO3/7P/7/xQA7f/3/+7/AAD2/+z/9//t//D/9f/5/wAA+P8XAPP/7P/a/+b/7f/6/+v/7/8WAOz/2f/s/+z/7P/q/+v/HAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/e/+z/7P8VAAAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+7/7P/s/+z/7P/s/+z/7f/x/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/9n/3v/u/+X/GwDd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/zUA4//z/+j/4//f//n/AAAAAAAAAAAAAAAAAAAAAOv/6v8WANn/6f8AAOj/5v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA7P/s/+z/7f/t/+7/7f/w/+3/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAA7P/n//b/7P/r/+v/7P8WAM3/4v/d/7n/6//3/xIA1f8AAAAAAAAAAAAA9f8NAAAA5P/r/+v/4v/o/+z/FgDs/wAAAAAAAAAAAAD6/wsAAAD4/wAAAAAAAAAA9v8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAEwDt/wAA7P/s/+z/8f/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAdAM3/sf+u/8//3f8AAND/zv8AAO//AAC6/6f/AACy/wAAAAAAAAAAAAAAAAAAAADq/+7/9//q/wAAFADs/+z/GADZ/9D/5//S/8P/zP/y/wAAFwAAAAAAAAAAAPb/+/8AAAAAAAAAAAAAAAAAAAAA7P/s//D/9v/u/xUA6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAPr/AAAAAO3/FQAAANn/GwDN/+r/zv/s/wgA6/8AAAAAAAAAAAAAAAAAAAAA2v/r/+j/+v/3/93/LwAAAOz/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAD6/+z/AAAUAAAAAAAAAAAAAAAAAAAAAADN/yAA3f/Y/8v/3v/U/+H/AAAAAAAAAAAAAAAAAAAAAOz/HQDl//b/4f/o/+P/3v/s/xQA8f/t/+3/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/+z/xP/f/8P/3v/e/xcA0f/L/7f/s/++/8L/5v8vANT/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+3/8f8VAOr/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/9H/KQD5/wAA9f/X/9r/AAAAAPr/AAAAAAwAAAAAAN//6v/p/9H/0v8ZAMr/9f8AANL/1v/d/9f/5/8XAOT/2f/p/xIA1v/b/9P/zf8PAOz/7P/x/+z/FADs/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+b/5P/f/+j/FwDq/9X/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7P8UAOz/7P/w/+z/7P/s/7n/v/8kAMX/0f+z/+T/4P8UAOz/7v/t/wkAAADs/9H/AAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/J/9H/+f/K/7f/JgDP/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8PAOv/7P/t/+z/6v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6f8TAPv/+P/v/+3/3/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/xQA5//Z/+v/7P/q/+v/FQDq/+v/5f/r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7v/v/+z/FQDr/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6P/o/+n/6P/k/+P/GgDq/+T/GADb/93/6f/p/+j/7P/l//L/7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/7P/h/xkA3f/g/+b/6v/s//D/5P/p/+v/5v8TAOz/AAAAAAAAAAAAAAAAAAAAANf/6//p/+r/6P/W/yMA6/8AAAAAAAAAAAAAAAAAAAAA6v8VAOz/7P/r/+z/6//s/wAAAAAAAAAAAAAAAAAAAADC/+f/1/8AAMz/0/8AANn/5//L/9P/2/8yAMv/yv/X/wAAAAAAAAAAAAAAAAAAAADu/xUA7P8AAAAA4//s/9r/AAAAAAAAAAAAAAAAAAAAAO3/7P8UAOz/7v/s/+z/7P8RAOv/6v/s/wAA7//s/+b/7P/t//T/9P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADc/9X/3P/b/ywA5f/n/9v/uv/U/8n/y//V//L/IwDk/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/n//H/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAApAOT/AAARAOv/6v/s/wAA7//s/+b/AAAjANj/5//U/+v/xf/f/+z/7P/t//f/AADs/xQAAAAAAAAAAAAAAAAAAAAAAAAA3f/g/93/3//h/9z/IQDe/+3/7P8UAOz/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/p/+j/7P/o/wAACQDw/wAA0//m/+P/4P++/+T/EADs/+3/7f/v/+//7P8UAOz/+v/Y/+H/9v/t/yYAz//b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8AAOX/FADf/+z/2P/s/+r/4v/p/+r/6v/p/xgA6//o/x0A4//l/+b/6P/i/+f/7P/t//T/9P/s/+z/7P8UAOb/2f/s/+b/6/8PANj/AADu//D/8//w//D/7P/s/xQA+/8XAAAAAADu/wAA6f/5/+D/FwDj/+b/6v/g//L/5//Y/9//FwDa/+D/5f/r/+f/AAAAAAAAAAAAAAAAAAAAAOX/GwDn/+j/6P/l/+T/5v/m/xsA5//s/+b/2//m/+v/AAAAAAAAAAAAAAAAAAAAAPT/FADz/wAA7f/4/+z/8P/p/xcA6//r/+b/7P/M/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAOz/7P/n/+z/6f/s/wAAAAAAAAAAAAAAAAAAAADt//D/7P/d//P/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/8X/z//m/+H/GQDq/+r/FwDs/+b/7P/k/83/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAEgD4//r/AAD7/wAA9P8AAAAADwAAABQAAAAAAAAA9v/s/+3/7P/w//L/AADz/xUA8P/0/+v/7P/s/wAAAADz/+3/AAAUANj/1v/d/97/4//f/ykA3P/t/+z/7f/t/+3/FADt/+z/AAAAAAAAAAAAAAAAAAAAAPj/AAD0/xQAAAAAAOP/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/2f/a/+z/+f8rANj/3P8AAPH/AAAUAAAA9P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+7/7//s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/t//r/7v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//r/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//f/AADr/+z/7f/x/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/0YAt/+3/+b/1v/o/+L/AAAAAAAAAAAAAAAAAAAAAOT/HADm/+f/5f/x/+T/5v/s/+z/7P/x//H/FADs/+z/7/8VAAAA+//u/+7/6//1/+b/6f/r/+f/FwDp/+X/6f/s/+X/FwDr/+3/5P/m/+z/AAAAAAAAAAAAAAAAAAAAANv/1//q/+v/6//P/+v/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAOn/FQDa/+P/5f/a/+z/8P8AAAAAAAAAAAAAAAAAAAAA7P8bAOP/7P/r/+7/4f/u/wAAAAAAAAAAAAAAAAAAAADy/xkA7v/1/+r/8P/o//n/9v8ZAPv/AADu/+j/3v/d/97/IQDi/+L/4v/e/9v/4//f/x8A4v/l/+j/4//g/+D/7f/t//T/8//2/+3/FADs/wAA6//u//P/9v8TAN//7f8AAAAAAAAAAAAAAAAAAAAA5f8FAOn/4P/n/+f/1P8UAAAAAAAAAAAAAAAAAAAAAADs/xYA9f/2/+v/7v/p//f/7P8UAOz/8v/w/+z/7P/z/9v/IgDn/+z/6P/r/9r/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/AADo/8v/0/8AAPL/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//7//m/+//FADs/+r/AAAAAAAAAAAAAAAAAAAAALH/KQDJ/73/uf+1//H/1v8AAAAAAAAAAAAAAAAAAAAA4P8hAO//8P/i/+v/2v/t/+r/6f/s/+v/7f/r/+z/FADW/+n/4v/j/+z/7v/m/xgAz//f//L/+f8AAPH/MwD2/wAAAAAAAAAAAAAAAAAAAADs/+z/9/8AABQA7P/p/+r/7P/s/+z/7P/s/+z/7P8UABYAAAAAAAAAAADt/+7/9f8AAAAAAAAAAAAAAAAAAAAAIQDi/+j/+v8AAAAA3f/5/9j/JQDY/+L/2//b/+H/4f8AAAAAAAAAAAAAAAAAAAAA+//u/xIAAAAAAOX/AAATAAAAAAAAAAAAAAAAAAAAAAAUAOr/6//t/+//7P/s/+3/KwDV/+L/0//V/9f/2P/V/+D/6//r/+z/7f/s/xUA7P8AAAAAAAAAAAAAAAAAAAAACQDr/9//2//3/8v/AADW/wAA7P/t//H/+P/s/xQA7P8VAOn/6v/U//T/7P/r/+z/7f/w//X/+f8AAPj/FwDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD/9P/yf/W/+P/wf8lAAAA6//r/+v/7P/s/+z/FQDp/93/2//l/9P/1f8oANr/3//s/+z/FADs/+z/7P/s/+z/2f/k/yIA4P/Q/93/zf/p/xYAxP/c/9r/yv/X/wAA0/8AAAAAAAAAAAAAAAAAAAAA2//n/+r/6f/r/+v/IADs/+T/5f/Y/+X/2//Z/yAA4v8AAAAAAAAAAAAAAAAAAAAA7P/x//T/AAAAAOz/FADs//H/5P/1/wAAAAAaAPr/AADX/8z/0f/N/+v/8v/c/wYAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P/s/xUA7P/r/xUA7P/r/+v/6//r/+r/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7v/w/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAFwAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf8gAPn/AAC7/9H/0f/U//X/6P/o/+v/6//l/xgA4/8AAAAAAAAAAAAAAAAAAAAA3P/o/+b/4v8AAOP/4P8IAML/AADl/5z/w/8QAO//r/8AAAAAAAAAAAAAAAAAAAAA8//y/wAA8P/x/xUA7f/p/wAAAAAAAAAAAAAAAAAAAADY/9j/zf/N/wAA6P/3/wkA7P/s/+z/7P/6/+z/FADt/+z/7P8UAOz/7P/s/+z/7P/s/+z/7P/v/+3/7P8UAOz/6f8AANz/3v/Y/9f/1v8QAOz/6//s/+z/AAAAABQA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7f/s/+z/6//r/xQA7f/s//j/8f8AABQA7//s/+//7P/3//n/7P/s//H/FQDR/wAA0f+2/9j/wf/w/9H/AAAAAAAAAAAAAAAAAAAAAPL/8/8AAAAAAAAAAB4AAADq/xcA+f8AAAAA8v/q/wAA6f8AAOD/2v/t/8j/AADY/8//5f/m/6L/rP+4//n/+v8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/6f/v/9j/2f/Y/+3/7P/u/+3/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA9v/V/9n/EwDs/9j/9v/Z/9j/1P/b/+X/3P/s/wAAEgDs/+z/7//u/+//7P8UAO3/7P/s//n/7v/6/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADo/+P/7P/k/+L/AADs/xcA2P/d/+v/3f/s/ycA1//Y/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAtf+z/9j/8f/m/8b/AAD5//f/AADt/wAA7v8TAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANn/5f/J/9D/3/8TAPv/3f8AAAAAAAAAAAAAAAAAAAAA7f/s/+//7P/s/+z/6/8VAOz/7P/t/+3/7P/s/xQA7P/u/+z/8v/v/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAcA8/+y/5n/qf8AAPP/4f/Z/y4A6P/i/9n/2P/S/9b/5/8UAOz/7f/w/+z/7f/s/wAAAAAAAAAAAAAAAAAAAADp/+r/6/8VAOv/6//r/+v/EwDq/wAAAAAAAOj/7f8AANb/6v/s/+3/3f8WAOX/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/w//L/+v/v/xQA7f8AAAAA+P8AAAAAEwDt/wAAAAAAAPj/AAAAABMA7f8AAOv/7P/s/+v/7P8VAOr/6/8eAO7/5v/4//r/7v/i//H/AAAAAAAAAAAAAAAAAAAAAO3/FADv/+//7f/s/+z/7f/t/xQA7P/t/+7/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/6f/q/+v/6v8WAOr/FQDq/+7/7P/x/+3/7P/1/+//7P/t/+//7//s/+3/FADo/+H/7P/r/+v/2f/e/xwA6v/s/+3/6/8AAOn/FQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+z/7P/v/+3/FADs/+7/7P/s/+z/7//t/xQA7P/t/+z/7f/t/wAA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/9//t/+3/+f/s/xEA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+z/7P/s/+3/IgDk/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xgA6v/v/+//8f/n//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAA7P/r/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5f8XAOv/7f/k/+b/7P8AAPX/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+X/FwDr/+3/5P/m/+z/7f/r/xYA7//t/+r/6v/n/9b/6P/Y/+T/IgDN/9D/3P/s/+z/7P/t/+z/FADs/+z/AADy/wAAAAAAAOz/AAAUAOr/6//p/+v/6//q/xYA5v8AAAAAAAAAAAAAAAAAAAAA9f/5/wAA+v8VAPX/AADs/+3/7P/x//L/7P/s/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAA5v/c/+T/6f8TANn/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+f/7v8AABwA+P/m//D/7P/y/+3/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9//t//f/FQD0/+7/3v/w/wAA4v/5/ygA6f/d/wAAAAAAAAAAAAAAAAAAAADq/xUA7P/s/+3/7P/q/+r/6//4/wAA+P8AAB0A8v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FwD5/wAAAADy/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s//X/7P/s/+z/7P/o/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+7/FADs/+3/7P/q/xUA7P/s/+v/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAPf/7//t/+7/8v/t/wAA7f8AAPX/7//s/+//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/3f/h/+L/2//n/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+n/6v/q/+L/6v/p//j/GADn/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv//P/9f/4/+z/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f/t/xQA7f/s/+D/AADl/xQA6v/p/+b/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAA8f/s/+z/8/8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UAPD/7P/5//n/7P/s//P/FQDs/xQA7P/s/+z/7P/s/+z/7v/q//r/+v8AAPf/GAAAAOv/7P/r/+z/7P/s/xQA7P/t/+j/9v/2//r/7f8VAO3/AAD2//X/AAAAABUAAADu/+3/7P/t/+3/7f8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/3//j/+X/6P8fANz/4f8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAADs/+r/6f/t//T/4P8XAOz/7f8UAO//7//t/+z/7P/t/+r/JQDu//f/4P/e/9n/7f8AAAAAAAAAAAAAAAAAAAAAAADx/wAA+v8AAB0AAADp/+z/7P/s/+T/7f8XAOz/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAA1//X/+T/3//r/yQA1//k/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/+3/7P/s/xQA9/8AAAAAAAAAAAwAAAAAAN7/2//W/y0A6v/J/+X/5f/h/wwA8//p/+L/0/8HAOz/+//v//P/9v8AAOn/8P8XAAAAAAAAAAAAAAAQAAAAAAAAAAAA+P8AAAAAEwDt/wAA7P/s/+z/9//x/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAD2/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/4/wAA8v8AAAAAFQD1/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/3//H/7P8UAO3/CQDr/+7/AAD0/+n/9//o/wAACwAAAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA2P/Z/+b/6//Y/+v/6P8jAO//+f8AAOf/4v/a/+j/7P/s/+z/7//u/xQA7P/s/xMA+//4//T/AADv//L/7v/s/wAAAAAAAAAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/6v/m/+r/6P/q/xcA4f8XAO7/7v/t//X/7f/p//P/zP/T/9X/1P/U/9b/NADd/wAA8f8AAPr/AAAdAAAA6f8jAPT/AAAAAAAA8P/f//j/7P8UAPf/8v/t/+z/7f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/6//z/+z/7P/s/+z/7f/s/+3/7f/s/xQA7v/y//f/AADr/+z/7f/x/xUA7P/s/+3/8P/t/+z/FADs/+z/7P/t/+7/+v/s/xQA7f/s/+z/7f/u//r/7P8UAO3/6//s/+z/6//s/xUA6//n/+f/6//t/9j/7P/r/+v/FQDs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQAAAAAAPj/8f/s/wAA6v8VAOv/6//r/+v/6v/r/+3/6P/2//b/+v/t/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7f/s/93/6//s/xUA7P/s/xQA9//s/wAA7f/Y/+z/6f8WAO3/7P/r/+z/6v/r/+z/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAEQDr/+r/7P8AAO//7P/m/9X/FADs/+z/7f/s/+z/7P8UAOz/7P/s/+z/7P/p/+r/FADu/wAA7/8AAOz/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8LAAAAAAAAAAAAAAAAAAAAAAAAAO7/GQDt/+j/4f/s/+T/7/8AAAAAAAAAAAAADAAAAAAA9P/s/+7/8f/0/xQA7v/t/+z/7P/3/+3/9/8VAPT/7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADz/9P/1//J/9//zv8RAMX/AAAAAAAAAAAAAAAACQAAABkA+/8AAAAAAADq//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/xQA7P/r/+z/7P/s/+z/7P8hAOz/6//l/9z/0//f/+7/FAAAAAAA+P/x/+z/AAAAAAYAAAAAAAAA+v8AAAAA7/8oAPL/AAAAAO//+/8AAO3/FAAAAAAA8f/s/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FQDr/+v/6//r/+r/7P/I/zUAyf/V/77/1f/R/9L/3v8WAOz/7P/2/+z/6//m/+j/GgDk/+X/4f/q/+b/6P/s/xcA6//k/+P/6//n/+v/7f8UAOz/7v/w//L/7P/x/wAAAAAAAAAAAAAAAAAAAAAUAPP/AAD1//j/7P/s//P/7P/z/wAAAAAAAO7/FAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7v/u/+3/5P8VAOn/5f/m/+T/6f/p/+j/GADo/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAKANb/6f/Z/97/1v/l/wgA7f8UAPH/AAD4//P/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+v/7f/x/xUA6v/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//n//D/7P8AAPv/GQAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+b/5f/p/+b/5v8ZAOn/AAAAAAAAAAAAAAAAAAAAAAAA8f8AABQAAAD0/wAA7P8AAOz/7P/r/+3/7P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+v/7v/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADy/+//7f/t/+z/7P/0/xQA8/8AAO3/+P/s//D/6/8AAOz/7P/s/+v/2/8HACAA7P/q/+v/AADf/+z/5P8AAPn/AAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7f/r/wAA6f8VAO7/6v/s/+3/6/8AAOn/FQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/9f/+P8rAO3/9//f/9T/5v8AAAAAAAAAAAAAAAAAAAAAIQDX/9j/7f/s/9//4v/u/wAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAPL/AAAlAOj/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/q/xUA7P/s/+v/7P/r/+z/7P/s/xQA7P/s/+z/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//7/wAAAAD2//D/AAAVAAAAAAAAAAAAAAAAAAAAAAD1//n/AAD6/xUA9f8AAOz/zf8oANP/3f/Y/+H/3f/V/9D/+//W/9n/3//q/wYA7P8AAAAAAAAAAAAAAAAAAAAA6v/o/+D/GAD5/+7/6f/Q/wAAAAAAAAAAAAAAAAAAAAAAAOj/6f/2//T/5/8AAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPj/AAAAAB0AAAD4//D/AAA/AND/wf/D/87/1//M/9j/4P8WAOn/6v/p/+j/6v/p/+7/FADs/wAA8//s/+z/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAADd/9X/5//n/+j/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/z//b/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/+v/6//P/FADo/+z/7P/s//r/+v/z/xQA6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/KwDl/+f/6//d/9b/9/8GAAAAAAAAAAAA+v8AAAAA7f/t//T/8//2/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/r//X/AAD0/+3/FQDs/xQA7v/w//L/9P/s/+z/8f/m/+v/6//j/+n/6/8WAOn/9f8dAPP/8v/6/wAA6P/z/xQAAAAAAAAAAADs/+z/AADs/+f/8f/w//n/6P8cAOH/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAkAAAAWAAAAAAAAAAAAAADq/wAA7P/o//T/7//6//D/FwDu/+X/5//p/+P/6f/r/xoA2f/V/9X/7//T/+j/AADX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA7f8AAAoAAAAAAAAAAAAAAAAAAAD3//L/AAAAAAAAFgAAAO3/FQDt/+//9v/r/+v/7f/m/x4A3P/o/+7/4//h/+T/7P/s/+7/7f/6/+7/FADs/+z/6//u/+z/7f8VAOj/7P/s/+z/7P/v/+3/7P8UAOz/7f/s//X/9v/0/xQA7P/u/+3/7f/u//v/9P8UAOz/7P/2/+z/AADp//L/HAD2/+b/7P/s//v/7P/s/+z/9v8UAAAA7P8AAOX/FADl/9j/7P/z/+z/AADs/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/8v/v/xQA7f/s/+z/7P/s//D/8f8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAADu/+j/6f/y//f/9//z/x4AAADs/+z/6//r/+z/6/8UAOv/AAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/+P/s/xQA7P8UAOz/7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/9f/s/+z/7P8AAO3/AAD1/+//7P/v/xQAFAAAAPT/AAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAO//+//4/wAA8/8XAPr/AADu/wAA+/8AAPf/FQD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7//6/+3/AADp/xYA7P/q/+r/6v/r/+v/6P/q/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//r/+3/7v/7/9v/JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5//l/+//6f/r/xcA6/8AAOz/2f/v/+r/FgDr/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//L/AAD5/wAA+P8jAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//H/7v/s/xQA7P8UAOz/7P/z//b/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/t/+z/7f/t/+3/FADt/+z/6v/W/+X/1//d/+H/IwDf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5v/o/+z/6v/p/xgA8f/r/+X/6f/s/+3/6/8YAPb/7P/s/xQA7P/s/+z/6//q/+//7P/t/+//7//s/+3/FAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7f8UAOz/7P/s/xMA+/8AAAAAAADx/+3/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFwDt//X/8v/v/9n/7P/2/wAAAAAAAAAAAAAAAAAAAADt//T/AADt/wAA6v/l/xcAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuANX/4//f//D/1v/b/9f/LgDV/+P/3//w/9b/2//X/+v/6f/u/9n/2P8JAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/s//T/7P/s/+z/7P8UAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//h/+D/4//M/+D/3P8dAO3/7P/t/+7/FADs/+3/7P8AAAAAAAAAAAAAAAAAAAAAGQDJ/9z/wf/e/7//6P/g/+z/7P/s/+z/FADs/+z/7P8UAOz/7P/t/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+X/7v8XAOz/2P/e/+v/6//s/wAA2P/i/xQA7v/s//L/7/8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/8v/v/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAABcA2P/x/+3/6v/p/+r/6f8XAOL/AAD6/wAA6//y/+n/AAAAAAAAAAAAABMAAADt/wAAAAAAAAAAAAAAAAAAAAD0/+z/7v/x//T/FADu/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAO7/3v/u/9j/FADs/+z/8//2/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/8f/s/xQA7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xYA9f/2/+v/7v/p//f/7P/t/+z/7f/s/+//7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA9v/s/+3/7P/t/+z/8f/y/+z/7P/u/xQAFAAAAPT/AAAAAAAA7f8AABQAAAD0/wAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAAAAAAAO3/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/FADs/+z/8v/t/+z/8P/s/+z/7P/r/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAATAO3/AAAkANf/3P/q/+z/1v/i/+T/FQDb/wAA8P8AAOX/7P/t/wAAAAD6/wAAAAAMAAAAAAAAAAAAAAAAAAAAJgDk/wAA7P/s/+z/7//y/xQA7P/v/9n/+P8AAPn/9P/J/yUA8P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+7/7v8AAPL/AAAUAOz/7P/h/+T/6P/p/+j/4/8fAOf/3f8sAAAAAAD2/+T/1v8AAAAAAAAAAAAAAAApAAAA2P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/4/wAA8v8AAAAAFQD1/+n/8P/s/+z/AAAWAOj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//u/+z/7/8VAOv/7P/t/+z/FADs/+7/7P/s/+z/FgAAAAAAAAAAAAAA6v8AAOn/4P/T/wcAz//m/wwA5f/z/+z/AADs/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9P/0/+z/7P/s/xQA8f/m/xsAvf/c/8j/7f/I/+f/AAAAAL//zv/U/9j/1//r/xQA7P/r//P/7P/s/+z/+P/u/wAAFAAAAPD/+f/s/wAAAAAAAAAAAAAAAAAAAADX/+n/5P8UAOz/6//g/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8sAOD/5P++/7P/8f+//wAAAAAAAAAAAAAAAAAAAAAUAOz/8P/y/+//7P/s/+z/3//x/97/2/8AABQA3v/s/xcA5v/j/+j/3//W/+v/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/8f/k/97/AAAUAOL/7P+1/9n/1f/d/+f/AAAIANz/AAAAAAAAAAAAAAAAAAAAANj/5v/l/x8A5//v/9z/6//4/9z/6v/f/+//EgDa/9f/6v/s/+H/GAAAAOz/6f/U/+z/7P/5/+7/+v8UAOz/7P8IALX/2//m/9//3P/U/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P+//x8Awv/P/wAA5f/i/xQA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAA7f/s//T/AAAAAAAAAAAAAAAAAAAAABkA5v8AAAAAAADq/+X/AADs/xQA1v/K/+3/7P8TAMb/AAAAAAAAAAAAAAAAAAAAABQA7f/u//D/7v/s/+z/7P/s/xQA7P/s/+3/7P/s/+3/2P/v/+b/4v/y/wgA6P/6/7r/5v8pAN//5v/V/+P/3P/s/+z/FADx//P/AADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/7v/u/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAPX/AAAUAOz/7P/s/+z/7P/s/+z/EwAAAAAAAAAAAAAA8f8AAPT/6P/n/+z/+f/r/xUA6v8AAAAAAAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/6//z/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+r/6P/q/+r/FwDo/+z/FQAAAAAAAAAAAOv/8v8AABQA7P/s//H/9P/s/+z/7f/o/+D/6f/n/+r/GgDh/+P/LgDw/+//6f/0/9b/z//o/xQA7P/2//b/AADs/wAA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/u/+z/7P/W/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAATAO3/AAAAAAAA+P8AAAAAEwDt/wAAAAAAAPj/AAAAABMA7f8AAO3/FADs/+7/8P/y/+z/8f/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6v8VAOz/8P/r/+v/6//v/+z/7f/v/+//7P/t/xQA6v/r/+n/6//r/+r/FgDm/+3/7P/v/+z/7P/s/+v/FQAUAOT/AADq/+z/AADg/+j/AADu/7P/wv++/zEAwv/N/wAAAAAAAAAAAAAAAAAAAADq/+r/6v/o/xYA7P/r/+f/AAAAAAAA7/8AABQAAADs/x4A0f/n/xQAAAC9/+X/4f/s/+z/7f/s/+z/7P/s/xQAGQD7/wAAAAAAAOr/+f8AAAAA0P/j/+X/7f8AAMj/5/8AAAAAAAAAAAAADwAAAAAAKADY/+z/+f/w/9j/2//a/wAAAAAAAAAAAAAAAAAAAADt/+3/7v/7//T/FADs/+z/FADs/+z/7P/t/+z/7P/s//L/+/8AAAAAAAD0/x8AAADs/+z/7P/t/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/w/wAA+f8UAOf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xUA7P/u/+7/7v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/s/+v/6v/s/+z/FgDs/+3/FADt/+//7f/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FQDs/+z/6//s/+v/7P8AAAAAAAAAAAAAAAAAAAAAFQDs/+v/8P/s/+v/6//s/wAAAAAAAAAAAAAAAAAAAADv/+z/7f/v/+//7P/t/xQA4//B/8b/yf/T//L/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/1/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAA9P8VAPD/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/7/+//8//2/wAA6f/w/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9f8AAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7f/t/+7/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/z/xQA7P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADM/9P/1P/h/9D/5f/M/+z/7P/t//L/8//s/xQA7f/s/+z/7P/t//H/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+v/7P8UAOz/FwDq/+v/7P/s/+n/6f/s/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/t/+7/7P/s/+//7P/s/wAAFAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/s/+z/7P8UAO3/8v/z/wAA6P/s//X/9f8UAAAAAAAAAAAAAAAAAAAAAADr/+v/6/8WAOv/6//k/+n/AADp/+n/1v/t/ysAy//f/+z/7P/u/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s/+//7//y/+z/FADs/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADq/+v/7f/v/+z/7P/t/+z/7//r/wAAAADt/xUA7/8AAAAAAAAAAAAAAAAAAAAA0//s//n/7P/u/+n/IQDw/wAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAA+v8AAAAAAAAGAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/+v/6//P/FADo/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//T/AADt/wAA6v/l/xcAAADo//r/6//v/+z/IgDY/wAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/8//2/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/9/8AABQA7P/p/+r/AAAAAAAAAAAAAAAAAAAAABQA7P/s//P/9v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/Z/9//4f/b/ycA9/8AAAAAAAAAAAAAAAAAAAAA7P/s//f/AAAUAOz/6f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/6/+3/FADt/wAAAAAAAAAAAAAAAAAAAADp/+z/7P/u//P/7f/n/xgAFwDi/wAA+v8AAOv/8v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAA9/8AAAAA+v/g//n/FADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAoAAADs/wAAAAAAAAAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAPL/KADu//f/+f8AAOX/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAO3/9f/y/+//2f/s//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgDv/wAA4P8AANn/1v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAOv/7P/n/+j/7P/Y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+z/7v/x//T/FADu/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P8RAOv/6v/s/wAA7//s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7P/s/+z/FADt/yEAAAD3/wAAAAD6/+D/+f/s/+z/7P/s/+z/FADs/+z/yv/z/8//zP+//wAArf8HAL3/tf+v/8D/3f/2/7H/GADo/97/5v/p/+X/0//m/x4A7f/t//T/8//2/+3/FADs/+j/4P/p/+n/6v/m/+X/GQDs/+3/7f/t//D/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAAAAUAPb/7f/s/+z/7f/u/+7/7P8UAOz/AAATAPX/AAAAAPP/7v8AABQA7P/t/+z/7P/s/+z/7P/s/xQA7P/t//H/7P/s/+z/7P/s/+z/6//s/xQA7P/m/yAA+f8AAAAAAAD7/+H/AAD1/+3/7/8AAAAA7P/u/xQA3v/q/+z/7P/t/+r/FgDn/ywA1P/f/+L/3P/b/9f/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/+f/3/wAA7f8AAO7/EwAAAOz/4P/l/xIA5f/o/wAA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/k/+7/FwDs/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FQD0//b/7f/t/+v/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/+v/t/xQA7f/v/+z/9//5//X/7P/x/xAA7P/u/+z/8P/1/+r/7P8UAPf/AAAAAAAAAAAMAAAAAADs/+3/7f/o//b/7v/q/xQA7v/3/wAAAAAAAO//AAATAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAABMA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAO//AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/8/8AAOj/7P/1//X/FAD4/wAA9P8UAAAAAADj/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//n/7v/6/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAANj/7P/g/+n/1P/s/wkAEwDs/+3/7f/u/+3/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/W/+T/2f/o/ycA2v/B/xcA2P/x/+3/6v/p/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/FADs/+z/8v/t/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+z/6//s/+z/6//p/xUA7P/s/+z/7P/r/+n/7P/s/+7/7f/6/+7/FADs/+z/7P/6//r/8/8UAOj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/4f/s/+z/2P/e/+v/IwAAAAAAAAAAAAAAAAAAAAAA9/8VAPb/8P/0/+7/6//w/+T/5P/n/+D/6f/o/xsA5P/z//L/AADw//H/FQDt/+n/FADs/+z/7P/p/+z/6//r/x8Atv/m/7z/z//Z/wAAz/8nANj/2//a/+n/4f/f/9n/2P/p/+3/7v/s/xsA6//t/xQA7P/u//D/6//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+3/7P/t/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApAOz/7/8AAAAA7P/X/+//LgDd/+r/6//Z/8//0f/a/wAAAAAAAAAAAAAAAAAAAAAVAAAAAAD6/wAA7f/s//v/AAAAAAAAAAAAAAAAAAAAAAAA6v/a/+L/7f/i/9P/BQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/s/+z/6//j/+z/2P8AAAAAAAAAAAAAAAAAAAAAv//k/9j/4P8AAAAAzv8AAPD/7v8AABQAAADs//L/7P/z/+3/FADs/wAA7P/r/wAAFADt/+3/7f8AAOz/7P/r/+L/6v8AAPn/AAD4/xcAAAAUAOz/+v/1//j/7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAMAAAAAAD1//T/AADy//P/FADt/+v/AAAAAAAAAAAAAAAAAAAAAAAA3v/u/+z/7P/W/+v/AAAAAAAAAAAAAAAAAAAAAAAA7/8WAOz/+v8AAAAA6v8AAO3/7P/t/+3/7f8UAO3/7P/t/+z/7f/t/+3/FADt/+z/+f/z//n/7/8AABsA8P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwAAAAAAAAAAAN//5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/u//f/8//z/9n/3f8oABQA7P/0/+//8v/s/+z/8v8GANP/1P/p/+3/xv8QANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/8P/u/wAAAAD0/xMA9/8AAAAAAAAAAAAAAAAAAAAA7P/t//r/3v/3/ykA7P/U/+v/6//u/+z/7/8VAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/V/+r/6f/u/+v/yf8fAAAA8v8AAAAAAADv/wAAFAAAAPL/AAAAAAAA7P8AABQA3f/T/83/3//b/93/5/8jAAAA8v8AAAAAAADs/wAAFAAAAPH/AAAAAAAA7P8AABQA7P/s/+7/7P/s/+z/7P8UAO3/7P/x//L/7P/s/+7/FAAAAAAAAAAAAAAAAAD7/woA7P/Z/+X/7P/0/+v/7f8WAAAAAAAAAAAAAAAAAAAAAADZ/9n/8P8AAOf/6f/v/ygA7P/s/+7/7P/s/+z/7P8UAOj/FgDq/+n/6//r/+r/6f/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/wAAAAAAAOz/FgDv/wAAAAAAAAAAAAAAAAAAAAAtAL7/0P/z/+7/8//Y/9f/9f/y/wAA8f/z/xQA7//r/wAAAAD4/wAAAAATAO3/AAAAAAAAAAAAAAAAAAAAAAAA6//h/+D/4//M/+D/3P8dAAAAAAAAAAAAAAAAAAAAAADs/+7/+f8AAPb/FAAAAO3/4P/h/xoA6f/n/+P/5f/l/97/4P8dANn/7P/s/+T/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/zv+//9H/HADi/8//xv8UAAAAAAAAAAAA7f/s//T/AAAAAAAAAAAAAAAAAAAAAOn/6v/n/+v/7P8YAOT/5/8TAPv/AAAAAAAA8f/t/wAA6//q/xoA7P/6/+3/2P/I/wAAAAAAAAAAAAAAAAAAAADq/+j/4P8YAPn/7v/p/9D/2//r/+z/7v/j/xYA5//s/+7/+/8AAAAAAAAkAPL/4f8UAN//6f8AAAAA7P/s//n/AAAAAAAA7/8AABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//D/8v/6/+//FADt/+z/7f/x/+z/7P/s/xQA7P/s/+3/7f/o//b/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+z/7P/s/+3/FADs/+3/+P/u/8v/2/8AAO3/uf8AABMA6//a/9f/2P/b/+f/AAAAACMA7P/v/+//7P/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAATAND/0v/T/9z/9//W/xQA7P/s/+7/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xwA9P/y/+v/9//l/+v/7P8UAOz/7P/s/+z/7P/s//j/AAD0/xQAAAAAAOP/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7P8AAOz/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+3/FAAAAAAA8f/s/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+3/7P8UAOz/7v/s/+z/7P/s/+z/AAAAAAAAFAD2/+3/7f/r/xUA5f/s/+//6v/r/+r/FQDs/+z/6//s/+v/7P8AAOz/7P/w/wAA1f8AAO3/7P/3/+z/8P/x/+z/FAD1/9r/6f/k/97/7f8oANr/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//p/9//3v/Z/+j/5f8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAO3/7P/0/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/x//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f8AAAAA0f/F/9L/6f/p/8L/AADB/8T/y//e/wAAuf8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/0f/p//v/3v8AAOr/4P/s/+z/7P/t/xQA7P/t/wAAAAD5/wAA+v/s/wAAFADs/+z/7P/s//r/7f8UAO3/2P/r/9n/2P/s/wUAAADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/p/+n/1//d/xcA2//s/+z/7P/s//H/8f8UAOz/7P8AAOz/7f/x//j/7P8UAOz/7P/s/+3/FAAAAPD/7P/0/+z/7P/t//D/7f/s/xQA7P/w//f/7P/t/wAA7P8UAOz/+//m/+z/4/8AAOb/FQDs/wAAAAAAAAAAAAAAAAAAAADL/+v/yv/u/9X/EgDt/9//7//s/xQA6//v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A4//k/+b/5P/d/97/4v8AABYAAAAAAAAAAADw/wAA6//s/+3/8f8UAOz/6P/a/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOj/6//2/yIAAADs/+z/2P/a/+T/4v/j//j/7f8lANv/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6f/s/+z/7P/s/+b/FAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAOn/5v/H/+b/4v8GAN3/AAD7/wAA9P8AAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/z//b/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7v8UAOz/7P/m/xYA7P/o/+z/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAPr/AADs/+z/AAAAAAAAFAD2/+3/AAAAAAAAAAAAAAAAAAAAAOz/6//o/+D/6/8WAOz/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/87/v//R/xwA4v/P/8b/7v/3/wAAAAAAAO//AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/w/+v/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/6//r/+z/6/8WAOn/6v/q/+v/6//s/+v/FgDp/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+v/7P/s/+z/6P/p//L/9//3//P/HgAAAOj/6f/y//f/9//z/x4AAADr/+r/6v/y/+v/6v8VAOj/6//q/+r/8v/r/+r/FQDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7f/w/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/+3/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//Y/+//FADt/9j/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPf/7P8AAO3/2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+v/7P/r/+z/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//T/7//y/+z/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/x/+z/FADs/9r/FQDs/+r/6f/t/+z/6/8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA+P/u/+z/7P/w/xMA+/8AAAAAAADx/+3/AADY/9j/KADY/9j/3f/X/9j/5v8WAOz/6P/s/+z/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAA+v8AAAAA+/8AAAAAAAAAAPD/GQAAAOz/7f/s/+3/7f/s/xQA7v/b/9j/8//f/+b/AADa/wAAAAAAAAAAAAAAAAAAAAAAAOf/4f8VANz/4P8AAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAEwAAAO3/5//p/+z/FQDx/+v/6v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/FADt/+z/7P/s/+z/7f/u//X/7P8AABQA8v/s/+3/7P/s/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA4f/e//T/2f/r/zwA0//F/+7/7P/t/wAAAADs/xQAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/v/xQA7P/s/9j/6f/t/+7/7P8bAOv/7f/U/9b/3P/U/8n/DwAAANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/S//P/+f/q/+n/HgDr/xQA7f8AAPT/8v/s/+z/7P/s/+z/7P/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/8v/s/+z/7P/s/xQA7P/s//L/7P/s/+z/7v/w//P/8P/w/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7P/s/+//7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAO3/9f/y/+//2f/s//b/GQD7/wAAAAAAAOr/+f8AAAAAAAAAAAAAAAAAAAAAAADx/xMAAAAAAAAA8//t/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/s/+z/5v/s/+r/FADs/+v/AAAAAAAAAAAAAAAAAAAAAOr/JQDu//f/4P/e/9n/7f/u/xUA9P/2/+3/7f/r//j/7P/s/+z/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7v/t//D/7f8UAAAAAAAAAAAAAAAAAAAAAADs/+7/+f8AAPb/FAAAAO3/FADs/+z/7P/s/+z/7P/s/wgA0//M/7L/7//a/+v/BgALAM3/v//Y/9T/1P8KANj/7P/u//X/7//1/xQA7f/v/+z/7v/1/+//9f8UAO3/7//j/9j/6f/s/+z/5f8kANr/7P/u//n/AAD2/xQAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADw/wAA6//z//T/6//w/+r/6v8WANH/zf/5/+H/2/8VAOv/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/4v/m/+f/6v8cAOP/4v/t/xUA7P/u/+7/7v/r/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/6P/i/+X/6/8XAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/3/+//6//u/yUA6//w/xUAAAAAAAAAAADr//L/AAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAO7/GQAAAOz/7P8AABQAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm//X/9f/w/+z/7f/w/xgAAAAAAAAAAAAAAAAAAAAMAOz/7P/t/+z/7P/s/+z/FADw//f/7P/t/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/9//3//D/7P/v/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/b/9j/3v8AAOX/GwDX/+z/7P/u/+z/7P/s/+z/FAD0/+v/AADs/wYA7P/0//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAD0/wAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/+v/FADs/+z/7v/s/+7/7v/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAEwD7/wAAAAAAAPH/7f8AAOr/FwDs/+b/7P/k/83/4v8AAAAAAAAAAPr/EQD7//H/5v/n/9r/w//E/xQAx/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/FADs/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/s/+7/8f/0/xQA7v/t//T/7P/u//H/9P8UAO7/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8v/y/xQA7P/s//T/7P/u//H/9P8UAO7/7f/s/+r/6f/t//T/4P8XAOz/7f/0/wAA7f8AAOr/5f8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/xUA6//r//n/7f/r/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAD1/+//7P/v/xQABwAAAAAAAAAAAAAA+/8AAAcAAAAAAAAAAAAAAPv/AADv/xcA7P/x/+r/7v/p//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+v/7f/u//v/2/8kAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+v/6//r/+v/6v/j/9v/AADV/xQA4f/6/+D/7f/s/+z/7P/t/+z/FADs/+3/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5//2/+z/6//r/+z/FgDN/+j/MADh/+r/1//R/+v/0v8AANX/xf/a/+b/3f8KAOr/FQDr/+z/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA2f/v/xkA8v/q/8v/0P/2/wAAAAAAAAAAAAAJAAAAAADU/yMA5v/O/9D/0v/f/8z/AAAAAAAAAAAAAAAAAAAAAOz/7P/r/+v/7v8UAOz/7P/n/wAA9/+n/8j/vv+4/9b/FAAAAPT/AAAAAAAA7f8AAOD/2P/m/+z/AADr/xQA+v/u//n/AAAAAAAA8P8AABMA7P/s/+z/7f/0/+n/FADt/9D/IgDZ/+r/3//n/+X/1P8WAOv/+f/t/wAA8f/n/wAA7f/s//j/8f8AABQA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAO7/7P/0/+3/7P/4//H/AAAUAO//7P/Y/8P/3f/g//X/3v8qAOr/6//X/+r/6f/o/yEA5f/r/97/5P/n//D/7v/p/xoA+v/7/+v/zf/5/9f/CQDX/+X/+f/p/+v/6f8gANb/2f/Y/9//AADs/+z/8v8AAOz/5P/Y//f/3f/W/+X/EwDY/+j/7f/4/7f/9f/d/xMA5P/o/wAAAAAAAAAAAAAAAAAAAAC3/+f/vf+0/9b/DwDm//L/8P/u/wAAFAAAAOz/8v/s/wAAAAAAAAAAAAAAAAAAAADe/+z/5P/u//H/AADr/wcA8P/u/wAAFAAAAOz/8v/s/+3/7P/s/+z/7/8UAOz/7P/s/xQA7P/s/+v/7P/s/+z/FAAAAPT/AAAAAAAA7f8AAN//IADk/+D/4P/p/9n/7P8UAO//8//1//j/7P/s//T/IADV/+D/1P/d/+D/4P/h/wAAAAAAAAAAAAD1/w0AAAAaAO3/8v/4/+7/6v/Y/+n/7P/s/+z/7f/u/+z/FADs/wAAAAAAAAAAAAD6/wsAAAD4/wAAAAAAAAAA9v8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+f/7f/d//j/4/8UAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8AAAAAAOD/7P/s/+z/7f8UAOz/7f/r/+v/7P/s//L/6/8VAOv/EwAAAPn/AAAAAPP/8v8AAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/w//X/6v/s/xQAAAAAAAAAAAAAAAAAAAAAAPf/8P/u/wAAAAD0/xMA9/8AAAAA+P8AAAAAEwDt/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//H/8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//z//X/+P/s/+z/9P/t/+3/9P/z//b/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/xUA6P/q/+r/5f/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+b/6P/s/+r/6f8YAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+n/8v/3//f/8/8eAAAA3v/l/97/5//r/+f/HgDh/+3/7v/1/+z/AAAUAPL/7P8AAAAAAAAAAAAAAAAAAAAA7//n//D/7P8AAPv/GQAAAOz/7P/v/+7/7//s/xQA7f/s/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAAKwDV/+X/AADs/+3/8f/4/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f/t/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/wAAAAAAAAAA7f8bAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xUA7P/s/+f/7P/p/+z/7v8cAAAAAAAAAPb/6f8AAOr/FQAAAAAA8P/s/9z/9P/Y/xMAEQDV/9b/6v/j/9j/7f8UAOz/7f/t/+z/7P/t/+v/6//t//X/7P/t/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOr/6//t/+//7P/s/+3/AADx/wAAAAAAAOz/AAAUANP/2f8GAPH/w/+2/wgA9P/1//b/AAAAAAAA7f8XABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA6//s/+v/6v/n/+z/5f/t/+r/1v/j/wAAAADd/wAAAAAAAAAAAAAAAAAAAAANAOz/7P/y//X/DQDU/+z/GQDn/+z/7//u/+b/5//i/wcA1//3/8//7f/s/+n/wf/z/7H/vv/N/9P/GgCt/7//CwDh/83/3v/r/7H/9P8KABMA4v/Y/+H/3P8NANj/5v/g/+b/7v/6//P/AADa/wcA6//o/9z/5f8ZAOj/4f/k/+7/FgDx//n/7f/s/+n/6//T//r/3P/X/9X/1f8FAOX/FADv//P/9f/4/+z/7P/0/yAA1f/g/9T/3f/g/+D/4f8aAO3/8v/4/+7/6v/Y/+n/AAAAAAAAAAAAAAAAAAAAANj/5P/Y/+b/1/8VAOP/AAAQAOn/zf/Q/8H/6P/n//r/FADs//b/9v8AAOz/AADy/+v/FQDr/+v/6v/r/+v/6/8TAAAA6v/j/+H/4P/q/+H/GgDa/6r/r/+8/+P/sv/Z/wAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAA7/8AABQA7P8UAAAA+f/u/+z/7P/w/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/t/+3/7P/s/+z/FQDs/+z/+f/3/+z/6v/r/xYA9f/t//X/AADr/+r/7P8AAAAAAAAAAAAAAAAAAAAAGgDv/87/4P/U/+n/zf/n/wAAAAAAAAAAAAAAAAAAAADr/+z/7v/u/+3/5P8VAOn/6//s/+3/7P/0/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7f/t/+z/7P/s/9n/1f/T/8//5P/X/8z/JwAsANT/3//i/9z/2//X/9T/5P/k/+f/4P/p/+j/GwDk/xQA7P/u/+3/7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/8v/z/+z/FADt/+z/7P/s/+//8v8UAOz/7//s/+z/+//s/+z/7P/2/xQABgAAAN3/1f/n/+f/6P/n/97/5P/s/+3/7P/s/x8A6v8SAN//7v/r/9j/5//g/wAAxv/r/+j/6P/S/zIAyf/P/8b/1//X/8z/6/8vAL3/1/8AANz/4P/D/8b/EQDY/9X/5P/M/9f/2P/h//n/EADq/9b/1P/d/9f/8/8AANb/BgAAAAAAAAAAAAAAAAAAAAAACQDg//b/7P8AAPr/1f/1/xQA7f8AAPT/8v/s/+z/7P/H/+j/4//m/9v/CADO/wAA9v8AAAAA9P8AAOT/7P8rANP/7P/5/+z/7v/p/yEA8P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+z/FADr//T/EgAAAAAAAAD3/+7/AAA4ANn/6/8AANv/2f/a/8X/+v/3/wAAAAAAAPH/HgD7/+b/IQAAAPX/4//a/9n/6/8UAO3/7f/x/wAA7P/s/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//7//3/wAA8v/s/wAAFADs/+3/7v/y/+3/7P/s/yEA6P8AAOX/+v/l/9//3P/X/9T/2//M/8j/2v8sAMX/DADy/97/0//v//b/yv/U/+z/7P/s/+z/7P/s/xQA7P/p/ycAAADi/9j/7P/s/9n/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAkAN3/4//c/+b/4f/Q/+D/6//s/+3/8f8UAOz/6P/a/+z/7P/s/+z/7P8UAOz/7P8rANv/3f/X/9P/3v/S/9X/MQDI/9v/yv/I/9b/0f/L//b/v//g/7r/3P++/+T/AADd/+f/3P/T/+T/4v8hANj/IgDf/+P/2f/m/+X/1f/d/yAA1P/A/+n/6v/Q/+X/5v/X/93/5f/X/9z/5P8oANj/7P/s/+3/7v/6/+z/FADt/+//AAAAAAAAAAATAAAA+//s/+z/7P/t//T/6f8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/7P/6//r/8/8UAOj/7P/t/+3/7//w//P/7P8UAPH/AAAAAAAAAAAAAAAAAAAAAOD/1v/e/+H/2P/n/wAAEAAAAAAAAAAAAAAAKQAAANj/+f/3/wAA7f8AAO7/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/DADp/9//3f/P//r/AAAAAAAAAAAAAAAAAAAAAAAA0v/i/8r/yf/c/9f/LgDU/9r/1P/T/+T/6//Y/ykA1v/p/+r/5//r/+z/GADk/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/r/+v/6//t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADY/9n/2//Y/+r/1/8pAOL/7P/r/+v/6//t/xQA7P/s/+z/8f/x//L/9v/t/xQA7/8AAAAAAAAAAAAAAAAAAAAA7f/w//X/+f8AAPj/FwDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAO//AAAAAOz/7P/s/+3/7f8UAOz/7P8UAOz/7f/s/+3/7P/r/+z/6f8XAOr/6f/r/+v/6P/p/yMA9P8AAAAAAADw/9//+P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/6/+3/FADt/+z/7v/s/+//8//s/97/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/5//x/+z/7P8UAO7/FQD0//b/7f/t/+v/+P8AAAAAAAAAAAAAAAAAAAAAFADv//D/8f8AAPj/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/2/xEAAAAAAAAAAAAAAPT/+/8PAAAAAAAAAO//AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA7/8AAO//FAD3/+//7f/u//L/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7P/r/+3/FQDs/+v/7P/N/w0A1f/l/w0A6v/O/9T/6//o/9z/5f8ZAOj/4f/k/+v/4f/g/+P/zP/g/9z/HQDs/+z/7P/s/xIA6//s/woA6/8XAO//7f/q/+v/5//q/wkA6//u/wAA9P/p//f/6P/5/9P/8P/l/+v/6f8AAAAA7P/p/+v/6f/r/+j/5v8VAOz/8/8AAO//AAD4/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/+//+f/5/+f/7v8AAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//L/8v8AAOz/+v/v/wAAAAAAAAAAAAAAAAAAAAAJAOv/7v8AAPT/6f/3/+j/AAAAAAAAAAAAAAAAAAAAABAA5//m//T/7f/r/+b/6f8AAAAAAAAAAAAAAAAAAAAA8f/s/+7/8P8yAOr/7v/F/+z/6v/d/+v/GwDm/+f/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f/t/xQA7f/s/xQAAAAAAAAAAADt/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/3//U/87/v//s/7//CgD5/wAAAAAAAAAA9P8VAPD/8v/k/9P/zf/U/9T/zv8iABQA6//y/+v/8f/n/+f/7P/W/9n/zP+4/7X/t//l/xsAAAAAAAAAAAAAAAAAAAAAAOn/HQDU/9j/2//q/9f/4P/p/xcA6v/p/+v/6//o/+n/8v/y/9P/5P/q//j/CwDf/+z/6//s/+3/7P8VAOv/6f8AAAAAAAAAAAAAAAAAAAAA7v/q//r/+v8AAPf/GAAAAO3/FADs/+3/7f/s/+z/7P8UAOz/7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAACQA1//Z/+r/7P/W/+H/5//p/xUA6//r/+v/6P/s/+P/7f8UAOz/7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADP/xsA6//p/+z/5//m/+v/7v8cAAAAAAAAAPb/6f8AABQA7P/s/+z/7P/s/+n/6v/r/xYA6v/p/+v/7P/r/+n/+P8iAAAAAAAAAAAA8P/3/wAAAAAAAAAAAAAAAAAAAADj/zsAAADk/9j/2//l/9f/AAAAAAAAAAAAAAAAAAAAAOL/GgDm/+f/6f/o/+j/5f8pANj/5//1/wAA9P/p//P/AAAAAAAAAAAAAAAAAAAAAO//FAAAAPj/9//t//H/+P8AAAAAAAAAAAAAAAAAAAAA6v/s/+v/6//s/+v/FQDs/wAAAAAAAAAAAAATAAAA7f/s/+r/6P8XAOz/5f/q/+z/8//s/wAA7P/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/6/+7/FADs/+z/7P/s/+z/8f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/r/+z/7v/u/+3/5P8VAOn/9P/s/+7/8f/0/xQA7v/t/wAAAAAAAAAAAAAAAAAAAADu/wAA+v8AAAAA7f8VAAAA7P/s//D/7f8UAOz/7P/s/+z/7P/s/+z/8P/s/xQA7P/E/wAA0f+1/8//uf/r//X/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/AAAAABQA+v/r//j/7P/q/wAA8f8UAO//AADW/9X/3P/s/+//JADY/9j/EwDp/wAA2f/Z/9j/5f/o/7//zv/c/+v/1P8WAN7/AADX/9j/AADo/+v/1P/X/+D/AADs/+z/9P8AAOz/5P/o/xcA9v/s/wAA8f/4//D/6//r/+z/7/8AAOr/5/8VAAAAAAAAAAAAAAAAAAAAAADk/+X/6f/o/+j/6v8aAOf/7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADs/+v/8//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/r/xYA6//p/+r/6v+y/0wAv/+z/6z/tf+8/8X/6v8VAOv/6//r/+v/6v/s/+3/FADu//f/9P/r/+z/7P/0/xIAAAAAAAAA9//u/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/+z/FADx/+3/7f/6/wAA7P/t/xQAAAAAAAAAAAAAAAAAAAAAAOv/6P/q/+z/7P/Z/yMA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/V/9v/1//Y/+H/vv/s/+r/3f/r/xsA5v/n/9n/6//s/+3/5v/i/+b/6f8XANb/KADo/9n/2P/d/9b/3P8AABQA+v/0//H/6//s/+z/+P/f/8z/5P/N/wAAzv/g/yAABQAAAAAA7//c/9b/6v8AAAAAAAAAAAAAAAAAAAAA7P/o/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/V/+T/6//q/9j/FwDr/+r/IQDn/+n/4//q/9L/2v/Y/yMA5//o/+b/5f/Z/+T/7P/u/+z/8v/2/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAAAADs//b/+v8UAOz/7P/3/wAAFADs/+n/6v/n/xoA0//q/+v/4v/n/9r/5v8dAOH/3//i/+H/zv/V/wAA5v/X//b/3P/g/8L/FAANAOP/3f+3/7//5/8AAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD1/+3/7f/s/+z/7P/s/+z/9P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA6//s/+z/AAAAAAAAAAAAAAAAAAAAAPL/FQDy//f/7f/2/+v/7/8AABUAAAAAAPv/AAAAAPj/7P/s/+z/7P/6/+3/FADt/+r/FgDr/+j/6//r/+r/6v8AAAAAAAAAAAAAAAAAAAAA3P/5/+j/4//q/+z/6f8VAAAA8/8AAAAA7P/2//r/FADf/x8A6v/j/+D/3P/d/+L/7P8UAPH/7f/t/+3/7P/t/+z/7P/s//P/7v/s/xQA7v/d//P/4f/q/+v/EwDT/+z/7P/o//T/7//6//D/FwDu/wAAAAAAAAAAAAAAAAAAAADr/+X/4//m/+T/4//R/xYA7P/s/+z/7P/s/+z/FADs/9//0P/d/+v/6//Y/9n/HgDm/ygA7P/1//P/6P/Y/+r/7f8VAOz/7v/u/+7/6//s/+z/FQDr/+z/6//s/+z/6/8AAAAAAAAAAAAAAAAAAAAAEwD7//j/9P8AAO//8v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDr/+v/7P/u/+z/5//s/wAAAAAAAAAAAAAAAAAAAADa/xUA7P/q/+n/7f/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v8AAPL/AAAUAOz/7P/x/xMAAAAAAAAA8//t/wAA8//y/wAA8P/x/xUA7f/p/+z/7P/0/wAA7v/r/xUA2P/v/xQA7P/s/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOf/6P/p/+v/5P8AAN7/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAPn/7f/t//H/6//r/+z/7P/s/+z/7P/s/+z/FADx/+3/AAD4/wAAJADw/9v/7P/s/+//7v/v/+z/FADt/+7/FQAAAAAAAAD2/+r/+/8AAAAAAAAAAAAAAAAAAAAAKADp//D/7f/s/9n/2f/f/wAAAAAAAAAAAAAAAAAAAADm/+z/7P/s/+3/7P8UAOr/6//r/+7/7P/v/xUA6//s/wAAAAAAAAAAAAAAAA0A+/8YAOr/7f/s//L/6f/o/+7/6//r/+3/9f/s/+3/FQDs/+v/5f/s/+r/4/8pAN//2f8AAAAAAAAAAAAAGwDk/wAA5f/n/+n/4//p/+v/GgDZ/wAAAAAAAAAAAAAAAAAAAADq/+r/7P/d/+v/7P8WAOz/AAAAAAAAAAAAAAAAAAAAAPH/EwAAAAAAAADz/+3/AAAAAAAAAAAAAAAAAAAAAAAA2P/r/+z/FQDq/9j/AADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/i/+n/6v/q/+n/GADr/wAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAPH/7P/s//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/Y/9j/AADZ/+v/CgDY/+f/6f/q/xcA6v/s/+f/3f8AAAAAAAAAAAAAAAAAAAAAFADs//r/9f/4/+z/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/5P/2/93/7/8RAM3/8v/s/+z/7P/k/+7/FwDs/9j/6f8nAAAA4v/Y/+z/7P/Z/9b/2f/r/+v/3v8pAN//2P8AAAAAAAAAAAAAAAAAAAAAAADi/+P/6f/v/wAAy//M/wAA6f/b/+P/+v8AANj/6v8aAOr/8f/u/wAA2f/q/+z/GgDt//L/+P/u/+r/2P/p/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADr/+z/4P/s/+z/7P/t/xQA7P/t/+v/1v/Z/9j/GwDr/9T/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr/+//6v/t/+f/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA1P8lAN7/3f/i/+X/2v/U/9T/JQDe/93/4v/l/9r/1P/s/+z/7P/s/+z/7P8UAOz/7f/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/u/+z/7f8UAOz/7P/W/9f/2f/n/9j/1v8pAOf/7P/s/+z/7f/0/+n/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7//y/wAA+f8AAPj/IwAAAOz/7P/w/+z/7P/s/xQA7f/s/+z/7//u/+//7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/x/+z/7P/t/xQA5//t/xkA5v8AAAAAAADq/+X/AADt/+z/7P/s/+z/FADs/+z/7f/s//X/9v/0/xQA7P/u/+3/7P/1//b/9P8UAOz/7v8AAAAAAAAAAAAAAAAAAAAA0f/M/8f/0f/e/zQAzv/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDp/+v/6v/s/+z/6//q/xQA7P/s/+3/7f/s/+z/7P/n/+f/6P/p//n/6P8ZAOv/7f8UAAAA7f/s/+7/9P/s/9P/5f/Y/wAA6v/d/xoA4v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/6/+3/FADt/9T/2f/o/9b/6f/r/ycA5P/u/xwAAAAAAAAA9v/p/wAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/xcA7//t/+r/6//n/+r/7P8UAOz/7P/s/+z/7P/s/9X/6f/u/9v/7f8kAOv/xP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/x//X/7f/6/xQA9//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAPr/JQDz/wAA3//s/+z/FgDq/+v/5v/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAAKwDV/+X/CgDX//f/9P8FANf/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+b/7P/q/xQA7P/r/+v/3f/b/+z/6f8bANj/7P/u/+v/7v/x/+z/HAD5/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/7f/W//D/+f8tAOH/8//s/+7/+f8AAPb/FAAAAO3/EADn/+b/9P/t/+v/5v/p/xIA0/+6/wAA7//1/+T/uv8AAAAAAAAAAAAAAAAAAAAA6//s/+z/6//s/xUA6//n/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANz/6//t/9r/AADY/+z/AAAAAAAAAAAAAAAAEwAAAO3/AAAAAAAAAAAAAAAAAAAAAOv/5f/p/+b/6v/X/xoA4//t/+z/7f/t/+3/FADt/+z/FADs//r/9f/4/+z/7P/q/+r/0f/k/9X/3f/f/x8A4/8AAAAAAAAAAAAAAAAAAAAA1//Z//f/6//5//P/KQDs/+f/5//o/+n/+f/o/xkA6//s/+z/7P/t//H/7P8UAOz/ov/N/wAAxf++/7b/IgDe//X/2P/2/xQAAAD1/w0A7P/t/xQA7P/t/+3/7P/s/+z/7P/s/+3/9/8AAOz/FAAAAAAAAAD4/wAAAAATAO3/AAAAAAAA+v8AAAAADAAAAAAA8v/D/9n/0//g/xcA0f/T/9n/2P/0/+n/6//Y/ygA5//s/+z/7P/s/+z/7P8UAOz/0v/B/8D/3f/X/zkA0//U/7z/w//W/+7/z/8AAPv/1f/s/+z/FADs/+z/7P/s/+z/HgDr/9j/6f/v/+T/4v/m/+z/7f/t/+3/8P8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+3/8P8UAOz/7f8AAO3/AAD1/+//7P/v/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/ycA8v8AAPr/9P/p/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//H/8f8UAOz/7P/s/+3/7f/t//D/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/wgA6//k/+3/6//J/wsAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+7/7P/s/+z/FQDs/+z/AAAAAAAAFAD2/+3/7P/s//r/+v/z/xQA6P/s/wAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+j/6f/o/+7/GQDq/9//7v/w//j/AAD2/+z/7f8UAOz/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//r/9f/4/+z/7P/q/wAAAAAAAAAAAAAAAAAAAADp/9r/8//i/9j/2P8UAAAA+v/u//L/AAAAANj/8P8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAPT/AAD0//T/+v/4/wgAIQAAAPf/AAAAAPr/4P/5/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/+f/5/wAAAAAAABYAAAAAAAAAAAAAAAAAAAAgAAAA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/FQDs/+z/7f/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/9//5//X/7P/x/xAA7P/r/+3/7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAAAADr/9v/4/8RAAAAFADk//T/9f/q//D/CQAAAOz/7v8AANT/IQDX/9b/3v/T/+n/3v/t/+z/+P/x/wAAFADv/+z/xv8MABcAwv/K/8T/xP/T/+z/7P/t/xQAAADw/+z/9P/y//f/AADr/+z/7f/x/xUA6//A/wAA9//q/+z/HQAAAOz/5v/4/xQA6f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/5/+7/+v8UAOz/7P/o/+j/HQDr/+X/4P/c/97/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/3v/s/+z/FQAAAAAAAAAAAAAAAAAAAAAA2v/d/+D/7v8AAOv/FADp/wAA8v8AAAAAAADs/wAAFADs/+z/7P/s//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANT/FADe/9j/2P/c/+v/AAAAAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/+z/FADs/+z/7v/s/+z/7P/q/+v/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s//P/9v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+7/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/8P/1/+r/7P8UAOz/7v/s//D/9f/q/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/o/+L/5f/r/xcA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//D/7P/s/+z/FADt/+z/6//r/+z/6//s/xUA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//T/7//y/+z/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAADt/wAA9f/v/+z/7/8UAAAAAAAAAAAAAAAAAAAAAADx/9H/NADU//r/9f/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v8AAO3/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/2/xEA4f/Q//H/yP/g/9j/2f8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+//6P/n/wsA2P8AAO7/7v8AAPL/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/5P/n/9z/AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/w//L/7//s/+z/7P/u/+v/7f8UAOz/5P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+v/7P8VAOr/6//I/9L/v/8SAMP/3f/S/w4A7P/u/+z/8P/1/+r/7P8UAO7/7P/s/+z/7//t/xQA7P8UAOz/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAADwAAANj/AAAUANz/3//q/+z/1f/0/+v/AADs/wYA7P/0//r/8v/3/wAA6//s/+3/8f8VAAAAEwAAAAAAAAAAAPD/AAD3//D/7v8AAAAA9P8TAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/6f/t//T/4P8XAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/r/+z/7f/t/+z/GQDr/xQADADr/8j/2v/l/9P/uP/3/wAAAAAAAAAADAAAAAAAIQDX/9j/7f/s/9//4v/u/wAA7P/t//H/+P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAABMA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/n//H/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO//7P/3//n/9f/s//H/EADq/+b/EwDo/9v/AADX/+X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P8aAOv/+//r//L/6//f/8n/7P/s/+z/7f/t/xQA7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/xUA6//t/+z/6//p/wAAAAAAAPH/AAAAAAAAAADh/wwA8//p/+L/0/8HAOz/AAAAAAAAAAAAAAAAAAAAANj/7P/s/+z/7f8iAOT/7P/3//D/7v8AAAAA9P8TAPf/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+j/9v/u/+r/FADs/+z/7P/s/+z/7P8UAOz/7P/s/+z/5//x/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/q//b/3P/Z/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgDs/+z/8P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+T/7f8XAOz/2P8PANj/5//u/+3/6f/u/+z/7P/4/wAA8v8AAAAAFQD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAO3/7v/1/xQA7P/s//X/9//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/8P/1/+r/7P8UAOz/7P8UAO3/7P/s/+3/7P8AAAAAAAAAAAAAAAAAAAAA4v/q/wAA+f8AAPj/FwAAAAAAAAAAAAAAAAAAAAAAAADp/+n/5//u/wAAHAD4/+b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/t/+3/8f/0//f/7P8UAPL/AADW//L/6//0/wAA2f/R/+D/5/8bAOD/5v/t/+L/5P/t/+z/+P/x/wAAFADv/+z/AAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADr//L/AAAAAAAAAAAAAAAADwAAAAAA0//x/8r/zP/x/xQA1/8AABUA7P/r//L/8f/s/+r/6v/n/93/EADO/8r/4//4/9f/AAAAAAAA9f8AAAAAAAAAAOz/EwDs/93/7P/s/wAA7P8AAAAAAAAAAAAAAAAAAAAA5f/V/ykA1//m/+T/1//o/8D/AADr/+7/z//w/wAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/8v/x/+z/6v/q/+z/7P/s/+//8v8UAOz/7/8AAAAAAAAAAAAAAAAAAAAAEQDr/+r/7P8AAO//7P/m/+3/7P/v/+z/7P/s/+v/FQAAAAAAAAAAAAAAAAAAAAAA2P/n/wAAAADb/9n/2P8AAOr/FQDs/+z/6//s/+v/7P/q/+L/5f/K/xsA7P/X/+P/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/EgDr/+z/CgDu/wsA3P/L/83/4v/v/8r/7f/s/+3/7v8UAOz/7f/s/+3/7P/v/+z/7P/s/+v/FQAAAAAAAAAAAAAAAAAAAAAA6//s/+7/7v/t/+T/FQDp/+z/7v/5/wAA9v8UAAAA7f8AAAAAAAAAAAAAAAAAAAAAFADs/+z/8f/0/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAD1/wAA9P/5/+n/FQDw/+z/+f/s//b/6//u/+z/FADs/+z/7P8UAO3/7P/s/+3/7P8AAAAAAAAAAAAAAAAAAAAA6/8UAOz/2f/p//j/2P/f/+z/7P/u/+3/+v/u/xQA7P8AAOz/7P8VAO3/6P/X/+z/5//n/+j/6f/5/+j/GQDr/wAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/8X/DAAXAOn/1//r/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s//f/+f/s/+z/8f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/+3/7P/s/+z/7P8UAOz/6P/t/+z/7P/s/+z/FADt/+z/7f/u/+z/7P/s/xUAAAAAAAAAAAAAAAAAAAAAAA4AAADh/9P/2P/p/+f/xP8AAAAAAAAAAAAAAAAAAAAA7f/V/wAAEQDw//P/DADM/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/n/+H/GwDj/+f/5f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgD6/wAAAAAAAO//3v8AAOz/7P/s//H/7v/s/xQA7P/V/+L/HwDX/9b/6P/e/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAO3/9f/y/+//2f/s//b/AAAAAAAAAAAAAAAAAAAAANj/2P/Z/9//4f/b/ycA9/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD0/+7/5v/x/9v/+v/n/wAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAPn/7v/s/+z/8P8jAAAAAADp/wAAAAD1/wAA6v/p/+z/6v/q/+r/FgDr/+L/GADZ/+D/5P/Y/+r/6//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/9z/9//u/+b/6//s/xUA6f/r/+z/6//s/+v/6/8VAAAAAAAAAAAAAAAAAAAAAADn/9z/5P/p/xMA2f/Z/wAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+3/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/t/+//8f/s/xQA8v/3/+f/5//e/+P/1v8NANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAADAAAAAAAFADt/+3/7f8AAOz/7P/r/xQAAAD0/wAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAA6//r/+3/9f/s/+3/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/z/wAA6P/s//X/9f8UAPn/7//n//j/+//q/+z/FwAAAAAAAAAAAAAAAAAAAAoA7v/5/wAAAAAAAPD/AAATAAAAAAAAAAAAAAAAAAAAAAAtAL7/0P/z/+7/8//Y/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s//L/7f/s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/+3/FADt/+z/9v/s/wAA7f8GAOf/9v/6/wAAAAAAAAAAAAAAAAAAAADq/9j/+v/x/+r/2P/c/ygAAADe/9P/FwDR/+//5P/V/+//7P/3//n/9f/s//H/EAD3//D/7v8AAAAA9P8TAPf/7P/s/+z/5//x/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xcA6v/s/9//6//s/wAAAAAAAAAAAAAAAAAAAADq/+n/7P/u/+7/6v/s/xUA+//v//P/9v8AAOn/8P8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAOb/9f/1//D/7P/t//D/GADt/+z/7f/t/wAA6//s/wAAAAD1/wAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/s/+z/7P/r/xQA7f/u/wwAv/8LAOn/zf/S/+L/x//1/9z/HgDP/77/z//T/+T/EADn//L/5v8AAOf/DQDy/xQA7P/y//L/AADs//r/7//0/xIAAAAAAAAA9//u/wAAyv/R/zUA6f/W/9z/yf/X/+z/7P/s/+z/FADs/+z/7P8XAOr/6v/e/9//6P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/zf+s/9H/4f/6/77/+v/W/9f/1v8MAM7/2//I/9X/6v+y/9v/+P/Y//n/5v8bABIA3P/R/8j/yf/r/8//2P/t/9T/zP/O/wAA0f8QAOr/FADt/+3/8f/s/+z/8f8AAAAAAAAAAAAAAAAAAAAA6//y/9n/0v/Z/xYAw//j/+z/7P/s/+z/7P/o/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//p/+v/6//q/xYA5v8AAOL/7P8WAOz/7P/a/+b/4v/g/97/JQDe/+H/3f/f/wAAAAAAAAAAAAAAAAAAAAD6/+b/IwAAAAAA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7P8AAO//+//4/wAA8/8XAPr/FADs//r/9f/4/+z/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/W/9j/6f/l/+v/LQDe/+z/6v/s/+v/6//s/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7P/s/+z/7P8dAO7/+f8AAPf/7P/e/+3/3v/5//H/OAAAAPD/yP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//j/8/8AABQA8v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P8OAAAA5//m/9j/2P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAAAAUAPb/7f8AAAAAAAAAAAAA9f8NAAAAAAAAAAAAAAAAAPX/DQAAABQA7P/6//X/+P/s/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/9//4v/o/+f/6P/i/yAA5f8UAPH/8f8AAAAA9P/s/9n/9P8AAPv/AAAAAPH/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/6/+z/FADt/+3/6P/2//b/+v/t/xUA7f8AAAAAAAAAAAAAAAAAAAAA6v/K/wAAvP/L/+z/AADp/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/t/+z/FADs/+v/7P/u/+7/7f/k/xUA6f8AAAAAAAAAAAAAAAAAAAAAw//X/9z/7//c/8T/RACo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P8UAOz/7P8UAOv/6P/s/+b/7P/x/+z/zf83AMv/yf/P/9H/yv/C/wAAAAAAAAAAAAAAAAAAAADK/6v/tf/F/67/GgD7/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/a/9v/2P/t/ygA2P/Y//D/9//s/+3/AADs/xQA7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAABFANX/0f/P/+L/0P/B/9P/AAAAAAAAAAAAAAAAAAAAABcA7P/s/+z/7v/Y/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAADu/+r/AADZ//H/HADA/9r/2f8aAOn/6//n/9b/z/+//xgA+f/T//D/5f/r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAbANP/5f8AAN3/4//U/9b/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7P/R/+T/6v/S/9f/5v/d/x8A7/8WAOz/+v8AAAAA6v8AAAAAAAD4/wAAAAATAO3/AAAAAAAA+f8AAPr/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+z/8P/v/+7/6P8PAOn/AAAAAAAAAAAAABMAAADt/+v/7P/t/+z/9P/s/xQA7P/t/+j/9v/2//r/7f8VAO3/AAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAA7P8UAPv/7P/Y/+z/7P8AABcAv//P/8//3f/k//b/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/y/+//FADt/+z/7P/s/+v/7P/s/+z/7P/s/xQA7P/s/+z/8f/x/xQA7P/s/+3/FADs//T/9//u/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/FADq/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P/u//v/AAAAAAAAJADy/+H/7//s//f/+f/1/+z/8f8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAD4/wAAAAAaAAAAAADr/+n/6v/o/+v/6v8VAOn/KgDs/+7/7//z/+j/1v/X/+r/FQDs/+z/6//s/+v/7P/p/xUA7P/s/+z/7P/r/+n/6v/i/+n/6v/q/+n/GADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAO7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+r/6/8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s//n/7v/6/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/FADs/+z/7P/s/+3/8P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/9n/3v/u/+X/GwDd/xUAAAAAAAAAAADr//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+z/AADs/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+v/FgDv/+3/6v/q/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAAAAAAAOz/FADt/9j/2f/M/9H/2//k/yAA1v/s/+3/AAAAAAAA8f8XAAAA7v/q//r/+v8AAPf/GAAAAOv/7P/t/+z/9P/s/xQA7P/s/+z/7P/t/+z/7P8UAOz/FADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6v/r/+7/AADr/+j/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/wAAAAAAAAAA7f8bAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAO7/7P/5/xQAAAAAAAAAAADu/+z/+f8UAAAAAAAAAAAA7v/s//n/AAAAAAAAAAAAAAAAAAAAANb/DwDr/+f/2P/W/wAA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAABMA7f8AAOn/7//6/+3/AADp/xYA7P8UAPD/AADy/wAA7f/s/+7/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/xQA7P8AAPv/AAD6//r/7P8AABQAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/+z/FADt/+7/9f/s/wAAFADy/+z/+P8AAPT/FAAAAAAA4//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/wAA8v8AABQA7P/s/+z/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/AAAAAAAA7v8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/t/+z/7v/t/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/y/+z/7P/s/+z/7v/5/wAA9v8UAAAA7f8AAOr/AADy/wAAJQDo//P/AAARAAAAAAAAAPn/9v8AAOz/7P/s/+3/7f8UAOz/7P/z/+z/AADs/+//FADs/+z/7P/s/+z/7//y/xQA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAATAAAA7f/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/9f/AADh/+j/IwDp/9L/AAAAAAAAAAAAAAAAAAAAAOn/xP/W/9f/4f/N/xoA1P8AAPr/AAAAAAAAEgD4//r/CgDV/8f/EgCp/+7/0//V/wAAAAAAAAAAAAAAAAAAAADd/9//0P/k//f/KADs/+D/2v/n/+f/5f/j/xkA2v/q/wAAAAAAAAAAAAAAAAAAAAAAAO7/AADw/wAAFADu//r/7//s//f/+f/s/+z/8f8VAO3/7P/u/+3/7P/t/+z/FAAZAPv/AAAAAAAA6v/5/wAA6v8VAOz/6v/s/+z/6v/s//v/EgAAAAAAAAAAAPL/AADp/xcA6P/o/+n/6v/p/+n/AAAAAAAAAAAAAAAAAAAAABgA6//d/97/8//Z/+n/2v/0/xQA8/8AAO3/+P/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8AAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANv/2f8AANj/2P/n/wAA6v8AAAAAAADv/wAAFAAAAOz/FADs/wsA3v/r/+z/2f/b/wAAEQAAAAAAAAAAAO//AADv/+z/7f/v/+//7P/t/xQAAADx/wAAFAAAAPT/AADs/xQA7P/s/+z/7f/s/+z/7P8YAAAAAAAAAAAA6/8AAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADq/xYA6//o/+v/6//q/+r/7P/s/+v/6//s/+v/FADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//8//1//j/7P/s//T/7//s/+3/7//v/+z/7f8UAOv/6P/c/+X/GQDo/+H/5P8AAAAAAAAAAAAAAAAAAAAAFADt/wAA9P/y/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAA7P/s/xQA7P/v/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwAAAPD/8v8AAMf/5//r/xMA+/8AAAAAAADx/+3/AADt/8z/2P8WAOz/2P/s/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQDv//f/2//v/9D/6/8HAAAAAAAAAAAAAAAAAAAAAAAWAPD/8f/y/wAA3f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/6P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKANX/2f8AANj/x//X//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAA+v8lAPP/AADf/9b/1v/U/9f/AADS/8z/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/IADs/+z/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAD6/yUA8/8AAN//7f/t/wAAAAAAAO3/FADu/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/z//b/7P/s/+z/CwCc/8X/vv/U/wAA5v/b/xQA7f/x/+//7f/s/+z/8v/7/xIAAAAAAAAAAADy/wAA7f/t/wAAAAAAAO3/FADu/+v/6//s/+z/6//r/xUA7P8eAPn/7//5/wAA6//j/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/7P/w//H/7P8UAPX/AAAAAAAAAAAAABIAAADu/wAAAAAAAAAAAAASAAAA7v/0/+z/7v/x//T/FADu/+3/9P/s/+7/8f/0/xQA7v/t/+z/7P/t/+z/7P8UAOz/7P/U/9n/6P/W/+n/6/8nAOT/9P/s/+7/8f/0/xQA7v/t/+3/5f8AANr/9/8AAN7/7v8AAAAAAAAAAAAAEgAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAD7/wAA7f8UAPH/AAD4//P/7P/t/wAAAAD5/wAAAAASAPj/AAAAAAAA+f8AAAAAEgD4/wAA6v/l/+j/6v/o/+r/FwDn/wAAAAAAAAAAAAAAAAAAAADt/+z/+P/x/wAAFADv/+z/AAAAAAAAAAAAAAAAAAAAAOr/FwD5/wAAAADy/+r/AADs/+z/7P/x//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAA6/8UAOz/6//z/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+3/2P/Z//j/DwDf/9D/5P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/x//H/FADs/+z/7P/m//P/+P/2/xcA7P/v/+z/7P/s//H/8f8UAOz/7P8UAO3/AAD0//L/7P/s/+z/FADq/+v/7f/v/+z/7P/t/+n/FQDs/+z/7P/s/+v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+3/7f/s/+z/7P8AAN//7f/s/+z/5f/s/wAA7f8UAOz/7f/t/+z/7P/s/wAA7P/t//H/+P/s/xQA7P8AAOz/7f/x//j/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7f/v//D/9//u/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6P/n/+n/5P/r/+r/FgDW/ywA6//i/9n/0P/T/9//AAAAAAAAAAAAAAAAAAAAAOr/7P/t/+v/AADp/xUA7v8VAAAAAAD3/wAA8f/z/+//7P/s/xYA6v/r/+b/6v/r/+3/6/8WAO//7f/q/+r/5//s/+v/FADg//H/7P/s/+z/FAAAAPT/AAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAA7f/u//X/FAAAAPT/AAAAAAAA7f8AABQA7P/s//P/9v/s/+z/7P/w/9T/2//I/+v/y/8TANf/FADs/+z/9f/3/+z/7P/s/+z/7P/u/+z/7P/s/+z/FADb//r/0P8QAOb/5//f/+X/KQDP//b/7f/n/9j/7f/a/wAAAAAAAAAAAAAAAAAAAAAxAN3/yf/U/+L/5P+//9H/AAAAAAAAAAAAAAAAAAAAANb/5P/g/73/4v/j//P/8P/s/+v/7P/t//v/6/8VAOz/1P/Z/+j/1v/p/+v/JwDk/wAAAAAAAAAAAAAAAAAAAAAkANL/zv/a/7P/6v/X/8//8f/n/+z/6P8AAO3/FgDw//H/5//s/+j/AADt/xYA8P8UAAAAAAAAAAAA7//n//j/AAAAAAAAAAAAAAAAAAAAANT/7P8dANn/8//Y//P/2P/m/xYA7P/o/+z/7P/p/+z/+/8SAAAAAAAAAAAA8v8AAAAAAAAAAAAAAAAAAAAAAADS/+n/4P/d/+P/6v/l/xgAAAAAAAAAAAAAAAAAAAAAAOL/KQDj/+D/+P/s/87/7f/3/xUA9P/z//L/7v/r/+//wv8ZAOj/zv+3/wAAyP/p/83/zP/W/9T/4P8uANf/1v/w//f/7P/t/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/5P/b/xUA5f/q/+v/AAAAAAAAAAAAAAAAAAAAAO3/7f/u/+z/7f8UAOz/7P/s/+7/+f8AAPb/FAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAABMA7f8AAAAAAAAAAAAAAAAAAAAAAAAsANT/3//i/9z/2//X/9T/5v/r/+z/7f/t/+z/GQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9X/0P/K/8n/4v/N/yoA7P/u/+z/8P/z/+z/7f8UAOz/6//s/+z/7P/s/xUA7P/o/xoA5P/l/+H/6v/m/+j/6//r/+v/7P/s/+z/FQDp/+z/5//x//D/+f/o/xwA4f8AAAAAAAAAAAAAAAAAAAAA7f/s//L/8f/1/xQA7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/k/+f/4P/p/+j/GwDk/9n/5f/t/+v/+P/t/xoA9f8AAAAAAAAAAAAAAAAAAAAA2f/l/+3/6//4/+3/GgD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALgDw/+//6f/0/9b/z//o/+3/7f8AAAAAAADt/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAuAPD/7//p//T/1v/P/+j/AAAAAAAAAAAAAAAAAAAAACMA9P8AAAAAAADw/9//+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/+X/6P/n/9n/AAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u//r/7P8UAO3/IQDk/+n/4//i/9//3f/l/wAAAAAAAAAAAAAAAAAAAADt/+7/AAAAAAAA7v8UAPD/xv8VAOj/4f/Z/8n/7P/L/+v/AAAAAAAAAADs/xYAAADq/+f/6f/q/+f/4/8ZAOT/6v8UAO3/7f/x/+z/7P/x/xQA7P/s/+z/7P/s/+z/7P8AACcAAAAAAAAAAADm//b/7P/s/wAAAAAAABQA9v/t/xQA7P/0/+//8v/s/+z/8v/s/+7/9f/v//X/FADt/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD4/wAAAAAAAOz/AADp/+r/6/8VAOv/6//r/+v/5//r/+L/FQDp/9n/7P/s/+v/6//r/xYA6//r/+T/6f/j//P/+P8UAAAA8v/A/+z/7P/s/+z/FADs/+z/7P/s/+3/6v/o/yQA7P/l/+r/1//s/+z/7P8UAO3/7P/s/+z/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/6P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAwA2P/d/9j/6f8SAN3/2v8AAAAA7/8AAPr/JQDz/wAA3/8AAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P8GAOv/6v8TAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAA6f/j/8z/vv+7/+b/+P/Z/+j/6f/y//f/9//z/x4AAADn/9//z//X/8j/6f8gAMr/GQD7/wAAAAAAAOr/+f8AAOz/7P/t//L/8//s/xQA7f8AAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAA+/8AAAcAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/xMA+//4//T/AADv//L/7v8AAAAAAAAAAAAAAAAAAAAA7//s//f/+f/1/+z/8f8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7v8VAPT/9v/t/+3/6//4/+n/7P/s/+z/4//i/xgA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6//l/+X/6//v/x8A+v/s/+z/7P/s/+v/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9r/3v/g/9n/2f/Y/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/x//T/7P/s/+3/AAAAAAAAAAAAAAAAAAAAANj/CADY/+H/6f/c/wAA5/8AABMAAAAAAAAAAADw/wAA6//s/+v/7f/x/xUA6v/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA+f/z//n/7/8AABsA8P/r/wAACAAAAAAAAAAAAPr/AADs/xQAAAAAAO7/7P/s//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/8/8AAOj/7P/1//X/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAA7P/q/+v/AADf/+z/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAPv/AAAAAAAA6v/5/wAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAADt/+7/9f/s/+z/7P/t/+z/7P8UAOz/7P/r/+z/7P/s/xUA7P/r/+3/7f/u//v/9P8UAOz/7P/C/9f/4//H/9j/NwDC/9H/7//m/wAA2/8AAAYA4//f/wAA9P8AAAAAAAAlAAAA6f8AAAAAAAAAAAAAJgDk/wAA7f/t/+7/7P/t/xQA7P/s/+3/7f/u/+z/7f8UAOz/7P8AAAAAAAAAAAAAEwAAAO3/AAAAAAAAAAAAAAAAAAAAAO7/7//y/wAA+/8VAOj/7P8AAPn/AAAAAAAADgAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/v//L/FADs/+//2f/m/93/6v/r/yAA2P/s/+z/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAKQAAANz/AAD5/wAAAAAAAA4AAAAAAPP/7P8AAOz/7/8UAOz/7P/s/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/yUA7v/3/+D/3v/Z/+3/7P/s/+z/7P/s/+z/7P8UADgA2f/r/wAA2//Z/9r/xf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8v/z/+z/FADt/+f/7P/r/+3/FQDs/+v/7P8AAAAAAAAAAAAAAAAAAAAA2P/X/9r/2v8pANX/5//g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA9P/y//H/7P/u//H/4//h/+z/7P/Y/97/6/8jAO3/7P8UAOz/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AABQAAADs/+z/7P/s//H/8f8UAOz/7P/s/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAADg/x8A6v/k/+L/3P/e/+L/AAAAAAAAAAAAAAAAAAAAAPn/6//h//r/9P8UAMv/6P8VAOr/7v/s//H/7f/s//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/6/+3/FADt/9r/5P/i/+P/+P/t/yUA2/+9/wAA5v/C/wkA9f/b/9//0//p/9P/JwDg/+X/1//l/wAAAAAAAAAAAAAAAAAAAAATANj/CwDa/9n/4v/k/+n/AAAAAAAAAAAAAAAAAAAAAPf/3/8AAAAAAAA3APT/7/8AAAAAAAAAAAAAAAAAAAAAKADM/+D/0P/X/8X/9f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgD4/+7/1f/n//v/1P/T/wAAAAAAAAAAAAAAAAAAAAAPAOz/8//g/+3/FADJ/+z/8v/3/wAA6//s/+3/8f8VAO7/7P/y/+//FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAAAA7P/t//P/7//y/xQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/9//5/+z/7P/x/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAAAADq/wAAFADt/+7/8P/u/+z/7P/s/wAAyf/Z/+7/AAALAM3/1/8AAAAAAAAAAAAAAAAAAAAAIADV/+3/AADf/8T/x//1/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/z//b/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/p//X/7P/t/+v/EwDs/wAAAAAAAAAAAAAAAAAAAADQ/9X/1//b/9z/yP8wAMX/AAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAsAAAAZAOb/7//l/+v/6P/n//D/2/8AANf/AADZ/9f/2v/W//j/3P/q/9//7/8SANr/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+3/8f8VAOr/5P8AAAAAAAAAAAAAAAAAAAAA7f8VAOz/7v/5/+T/7P/z/wAAFgDv/wAAAAD5/+r/AADt/xQA7P/u//X/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/0/wAAAAAUAPX/+f8AAO7/AAASAAAAAAAAANn/6//r/+v/FgDr/+v/5P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/u/+3/7P/t/+z/FADs/+z/7P/t/+3/7P/s/xQAIQDg/+f/9/8AAAAA3P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7P/s/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAOb/+P/r//f/7P/b/+P/5P8ZAOj/5//p/+f/5v/m/xQA7P/4/+v/7P/s/+r/6//s/+z/7f/s/+z/FADs/+z/AADl/wAA8//6/ykAAADy/+r/9//v/+v/7v8lAOv/8P8AAAAAAAAAAAAAAAAAAAAA5f/d/9f/4v/v/x8A5//Z/wAAAAAAAAAAAAAAAAAAAAAUAO3/7f/4/wAA7P/s//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xgA6v/v/+//8f/n//P/AAAAAAAAAAAAAAAAAAAAAPv/7//z//b/AADp//D/FwAAAOj/+v/r/+//7P8iANj/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/t/+//AAAAAOz/7v8UAAAAAAAAAAAAAAAAAAAAAADh/wwA8//p/+L/0/8HAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9//s/wAA7f/Y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+3/7/8AAAAA7P/u/xQAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+7/FADs/+3/7P8AAPD/AAAAADoA5P/4/8b/7P/s/+z/7P8VAOz/7P/q/+z/7P/7//r/8/8UAO7/7P8AAAAAAAAAAAAAAAAAAAwA5v/r/+z/4//p/+v/FgDq/wAAAAAAAAAAAAAAAAAAAADA/8//1f/N/97/1/8xAMz/+f/3/wAA7f8AAO7/EwAAAOz/7P/s/xQA7P/s/+z/7P8UAOz/+v/1//j/7P/s/+r/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/+//9/8AAPL/7P8AAOT/6//r/+L/6P/s/xYA7P8AAAAAAAAAAAAAAAAAAAAA6v/n/wAA6v/t/+b/1/8XAN7/5P/t/+3/7f/s/x8A6v/X/+n/3//c/7z/4v/h/x8A7f/s/+3/7f/t/+z/7P8UAOz/7P/t/+//7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7P/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADu/+z/+f/1/+3/7/8AAAAA7P/u/xQAAAAAAAAAAAAAAAAAAAAAAPX/7f/v/wAAAADs/+7/FAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/7P/s/+z/8f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7//s//f/+f/1/+z/8f8QAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/+7/FADs/+z/7P/s/+z/8v/y/xQA7P/s/+z/7P/s/+7/9v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/0//T/7P/s/+z/FAATAPv/AAAAAAAA8f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xYA6P/n/9n/4P/r/+n/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAACUAAADp/yAA1f/g/9T/3f/g/+D/4f/M/9v/0P/n/+j/LQDV/+X/7P/s/+v/7P/s/+v/FADs/+n/6v/n/+z/9P/s/xUA9/8AAAAAAAAAAAAADQAAAAAA7P/s/+z/7f/t/xQA7P/q/+z/2P/f/xcA6f/Y/+z/5//s/+z/7P/t/+3/FADs/+z/7P/s/+z/FADs/+z/7P/s/+z/7v/s/+7/7v/s/xQA7//t//T/9P/2//L/7f8UAPL/6P/n/9b/4f/P/xkA5//p/97/+f/x/zgAAADw/8j/AADE/8z/wf/X/8n/NADJ/8//xf/T/9T/yv/X/97/MADl/+3/7f/x//T/9//s/xQA9P8UAO7/7//0//H/7P/q/+z/BwAAAAAAAAAAAAAA+/8AAAcAAAAAAAAAAAAAAPv/AADp/+r/5//r/+z/GADk/+f/6v/s/+z/6//s/xQA6v/q/+3/7P/t/+z/7P/s/xQA7f8AAOz/+P/i//n/KQDS//D/6//o/+r/7P/s/9n/IwDY//D/7P/v/+//8v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAzP/T/9T/4f/Q/+X/zP/0/+z/7v/x//T/FADu/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA7f/3/xUA9P/z//L/7v/r/+//7P/s/+7/7f/6/+7/FADs/+z/7f/v//D/9//u/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/3P/a/+P/4//Z/+z/7v/s/+7/7v/s/xQA7/8AAAAA+P8AAAAAEwDt/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/+v/s/xQA7f/s/+T/7//m//D/7P8UAO3/6//X/+r/6f/o/yEA5f/r//L/w//Z/9P/4P8XANH/0/8AAAAAAAAAAAAADQAAAAAAEgAAAAAAAAAAAAAA8P8AAOz/9f8AAAAAAAAUAOz/AADr/wAAAAAAAAAAKwDV/+X/6//q/+r/8v/r/+r/FQDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA6//q/+z/AADv/+z/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+3/7/8AAAAA7P/u/xQA7P/s/xQA7f/s/+z/7P/s/zgA2f/r/wAA2//Z/9r/xf8AAAAAAAAAAAAAAAAAAAAA8P/s//r/8//h/+z/8v8jAAAAAAAAAAAAAAAAAAAAAADu/wAAAADt/wAA7v/4/+v/AAAAAAAAAAAAAAAAAAAAAOv/6v/q//L/6//q/xUA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOb/AAAAAAAA6v/l/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/r/xcA7//t/+r/6//n/+r/FgDn/97/4f/o/+v/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P/s/xUA7P/s/+z/7P/s/+z/FADs/+z/5/8AANv/4/8AAOv/AAD0/wAAFgDv/wAAAAD5/+r/AAAAAAYAAAAAAAAAAAAAAAAA6f/g/+r/1//p/9n/JQDp/+z/7P/v/+7/7//s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+z/8//s/xQA7P8QANb/+v/h//X/AADs/wAA7v/s/+z/7P/v/+3/FADs/8z/DwDp/9L/zf8AANn/+v8AAAYAAAAAAAAA+v8AAAAAAAATAPX/AAAAAPP/7v8AAOz/FADs/+3/8f/s/+z/7P/c/8//2P8TAOz/1/8AAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+v/6//Y//H/EwD5/+z/7/8UAAAA+P/3/+3/8f/4/wkA6P/g//H/6v/I/wAA2v+a/9D/yP/r/wcA7v/v//T/FQAAAAAA9/8AAPH/8//v/wAAAAAAAAAAAAAAAAAAAAC4/9j/yf/s/wcA7v/b//T/2P/U//j/DwDf/9D/5/8AAN3/6//v/+n/+P/m/9j/HwAAAAAAAAAAAAAAAAAAAAAA5f/Y/9v/5//4/+D/5v8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/4v/L/8r/v/8eALr/9v/s/+3/8//v//L/FADt/+3/7P/t/wAA9v8AACYA7P/j/wAAAAAAAAAAAAAAAAAAAADl/9j/2//n//j/4P/m/yEAAAAAAAAAAAAAAAAAAAAAAAAA1//q/+//AADk/wAAxv8AAAAAAAAAAAAAAAAAAAAAwv/s/9T/yv/V/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/9//5//n/+f8nAOj/6/8AAAAAAAAAAAAAAAAAAAAA2P/p/+H/2v/j/ygA2f/j/+z/7v/5/wAA9v8UAAAA7f/F/y8A5v/s/9L/6f/P/83/6P/p/+z/7P/s/+z/5v8UABsA5//S/8//5v/f/9H/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/3//R/97/8/8nAOv/3f/p//P/5f8AAAAANQAAAAAA8//s/wAA7P/v/xQA7P/s/8r/2f/S/8z/5f8mAOv/zv/X/+f/GQDk/9H/6//m/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOr/6//t/+//7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADt/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7v/t/+3/FQDr/+//7P/s/+z/7f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAWAOv/+f/t/wAA8f/n/wAAEAAAAAAAAAAAAAAA9f8AABQA7P/s/+z/7P/s/+z/7P8TAAAAAAAAAAAAAADx/wAA5//p/+z/FQDx/+v/6v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/7P/s/+z/6f/d//X/7v/p/wcA4v8AAOr/6v/q/+j/FgDs/+v/5/8AAAAAAAAAAAAAAAAAAAAA6v/Y/wAA3//d/+b/3P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//t//b/AAAAAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/w//L/7//s/+z/7P/v/+z/7f/v/+//7P/t/xQA7//s//f/+f/s/+z/8f8VAOz/7P/u/+z/7P/s/+z/FADc/9L/5//X/9n/x/8lAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/w//P/7P/t/xQA7P/t/wAAAAAAAPH/FwAAAOn/wf/Z/9D/5v++/xsA0/8AAAAAAAAAAAAAAAAAAAAAIQAAAPf/AAAAAPr/4P/5/+z/7P/t/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f/0//T/9v/y/+3/FADy/+z/7P/v/+7/7//s/xQA7f/0/+z/7v/x//T/FADu/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxAMj/2//K/8j/1v/R/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/wAA8v8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/s/+z/FQDt/+v/6v/r/wAAAAAAAAAAAAAAAAAAAADq/+r/6//r/+z/6/8WAOn/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADr/+b/6P/s/+r/6f8YAPH/AAAAAAAAAAAAAAAAAAAAAOr/7P/r/+v/7P/r/xUA7P/r/+v/7P/s/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/8v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//p/+r/6P/r/+r/FQDp/wAAAAAAAAAAAAAAAAAAAADw/9X/5P8sAPr/+P/U/9//AAD6/wAAAAAAABIA+P/6/+T/3f/X/+L/8f8fAOf/3f8AAOv/6v/i/+j/7P8FAOz/6//X/+r/6f/o/yEA5f/r/+v/0//l/+H/DQDk/wYA1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f8AAAAAAAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAA0//V/9D/yv/J/+L/zf8qACgA6f/w/+3/7P/Z/9n/3/8AAAAAAAAAAAAAAAAAAAAAyP/r/+v/6P/q/+n/GQDl/+r/6v/u/+z/7f8VAOz/6f/t/+3/AAAAAAAA7f8UAO7/9v/s/wAA6f/y/xwA9v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+r/6//u/wAA6//o/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAPj/+P/0/+3/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAOj/AAAAAAAA7//c//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FADz/wAA7f/4/+z/8P/c/xAA6//l/+f/AADY/9j/AADy/wAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAA7P8AABQAAADy/wAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQDo/+v/6//b/9f/3P/j/wAAAAAAAAAAAAAAAAAAAADr/+z/7v/j/wAA6P8VAOr/5P/k/+n/6P/e/wAACwDL/+z/7P/s/xQA7P/s/+z/7P8UAPP/AAD1//j/7P/s//P/+//2/+b/+P/E/8z/+//z/xsA6/8AAAAA5v/k/+3/7P/T/+z/+f/s/+7/6f8hAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+7/AAAUAAAA7P/y/+z/yf/o/+n/2P/P/+r/wP8rAPj/9f8AAPT/9v8hAN7/7//o/73/6P/I/9T/AAAHANn/7f8UAAAAAADw/+z/7P/y/yIA4v/r/+7/7v/4/9X/2/8AAAAA7f/s/+z/2//W/+j/7P/q/+j/FwDs/+X/6v/s/wAA4P/r/8z/2f8dANv/0//s/+z/8P/t/xQA7P/s/+z/3v/o/5H/e/+E/y4AuP+8/+z/7P8AABQAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAALgDD/9//4f8AAND/1v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAMAAAAAADd/ysA1v/P/9X/1v/Y/9P/2v8AAOj/5P/f/93/AADb/+z/7P/s/xQA7P/s/+z/7P/G/8T/0P/S/9v/CADC//j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//H/8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAADAD6/+3/1f/b/9H/0v/V//r/7v/y/wAAAADY//D/KAAAAAAAAAAAAAAAAAAAAAAAAADa/+//6//a/97/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7//v/+z/FADs/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+X/6P/q/+j/6v8XAOf/AAAAAAAAAAAAAAAAAAAAAOD/5v/p/+n/6f8aAOj/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//u/+//7P/r//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/U/9H/5P8AADAA1//N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAu/8AAMv/wv/P/wAA1v8GALL/6f/U/9v/1f8XAMX/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/8P/m//X/+f/3/+z/FgAAAAAAAAAAAAAAAAAAAAAA7f/k/wAA7/8AACgA4v/Y//r/0P/X//n/5v/j/8f/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA2P/x/+3/6v/p/+r/6f/u/+7/AAD5/wAAGQDy/9//AAAAAAAAAAAAAAAAAAAAAPr/FAAAAAAA7v/s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+X/6//p/+z/5//o/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/7P/s/+3/6f/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/7P/w/wAAAAASABAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/8v/u/+z/7P/v/xQA7v/1/+//8P/s/+z/7v/d/9//0P/k//f/KADs/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6P8dAOv/5f/g/9z/3v/q/xcA+f8AAAAA8v/q/wAAHQDj/+T/5v/k/93/3v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/n/+3/3f/4/+P/FADq/xUA7P/t/+v/7f/r/+z/6//s/+n/6//p/+v/6P/m/xUA+P/k/9n/EgDs/9j/8f/a/wAAAAAAAAAAAAAAAAAAAADs/+n/6//p/+v/6P/m/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf/M/9b/1P/i/y4A1//W/wYA4//i/6z/vP8KALz/9f8AAAAAAAAAAAAAAAAAAAAABgDv/8b/yv/0/+7/1/8OABQA4//1/+H/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/3//e/+T/4f/f/97/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/0/8NANL/wP/I/wYAtf/4/wAAAAAdAAAA+P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/93/yf/7/+T/+/8AAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAOz/7v/x//r/4v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v+0/7D/u/8aAM//5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/S/8b/x/8dANX/8P+r/8P/7P8hAAAA1P/X/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8P/2//H/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAA+f/2/wAA7P/s/+3/7f/s/+z/FADs//j/IgAAAAAAAAAAAPD/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/4v/q/+n/+P8YAOf/6P8AAPr/+f8AAAAADgAAAAAABwAAAAAAAAAAAAAA+/8AAMD/+f/X/9P/7v/r/93/AADs/+z/7P/x/+7/7P8UAOz/7P/s/+3/8P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAADq/xUA7P/s/+v/7P/r/+z/2v/n/+f/5f/j/xkA2v/q/+z/6P/0/+//+v/w/xcA7v/s/+z/8P/s/+z/7P8UAO3/4f/X/+H/+f8AAOj/KADg/+z/4v/x/+z/7/8AAOD/DwDs/+v/7P/s/+z/7P8VAOz/GQD7/wAAAAAAAOr/+f8AAMX/7P/q/+f/5P/Y/9f/JwDq/+z/7f/r/wAA6f8VAO7/7P/s/+z/7f/u/+z/FADs/+T/8f/6//b/AAD5/x0AAADc/9n/8P/T/9v/LQDe/8b/8P/3/+z/7f8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAABYA8/8AAAAA+v/s//f/8v/7/wAAAAAAAPT/HwAAANj/2P8oANj/2P/d/9f/2P/Y/yMA5v/p/+j/9P/a/+n/9v/s/wAA6f/y/xwA9v/m/+z/FADs/+z/7f/s/+z/7P/B/+X/1/8AAM3/AAAAAPr/7f8UAOz/7f/t/+z/7P/t/+z/7P/s/+z/7P/s/+z/FAALAA8A6f/T/9H/5f/D/87/KADY/+z/+f/w/9j/2//a/wAAAAAAAAAAAAAAAAAAAADv//L/AAD5/wAA+P8jAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+v/7v8XAN//6//u/xUAAAAAAAAA9v/q//v/6v/i/+n/6v/q/+n/GADr/wAAAAAAAO//AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA6v/j/9z/4P/i/97/HADn/93/KwDW/8//1f/W/9j/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6f/l/+f/AADl/9v/CwDs/+z/7P/s/xkA7P/s/+T/7P/r/+7/8//t/xUA6//p/+3/7P/s//T/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/n/+v/7P8YAOT/5//T/9X/0P/K/8n/4v/N/yoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+z/7P/s/xUA6f8AAAAAAAAAAAAAAAAAAAAA7v8VAAAAAAAAAPb/6v/7/wAAAAAAAAAAAAAAAAAAAADN/+//+f/5/+f/7v8AAPr/AAD3/wAA+/8vAOn/9//S//b/7P8AAOn/8v8cAPb/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5//g/9n/6v8AABAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/1//y/+H/7//c/wAACgDs/+z/FADt/+z/7P/s/+z/FADt/+3/7v8AAOz/7P/s/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9//w/+7/AAAAAPT/EwD3/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/t//D/FADs/+3/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADu/+z/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA+//4//T/AADv//L/7v8AAAAAAAAAAAAAAAAAAAAA7P/t//T/9P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/8P/s/+v/6//s/wAAAAAAAAAAAAAAAAAAAADr/+r/6f/r/+v/6v8WAOr/AAAAAAAAAAAAAAAAAAAAAO3/7P/u/+3/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/6/+7/FADs/+//7P/t/+//7//s/+3/FAD5/wAAAAAAAAAA9P8VAPD/7f/t/wAAAAAAAO3/FADu/wAAAAAAAAAAAAAAAAAAAAAoAOn/8P/t/+z/2f/Z/9//7P/1/xQA4//o/+T/4//r/+3/6P/2//b/+v/t/xUA7f/m/+z/7P/s/+3/7P8UAOr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//H/8f8UAOz/7P/s/+z/FADt/+z/7P/s/+z/AAAAAAAAAAAAABIAAADu/+z/4v/x/+z/7/8AAOD/DwAAAAAAAAAAAAAAEwAAAO3/AAAAAAAAAAAAAAAAAAAAAO7/7P/y/+//FADt/+z/7P/s/+z/7P/x//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAB4AAAAAAOb/AAAAAPr/AAAUAO7/7//1/wAA9f/s/+z/2v8VAOz/6v/p/+3/7P/r/wAAAAAAAAAAAAAAAAAAAAAUAO//8P/x/wAA+P/s/+z/FADu/+//9f8AAPX/7P/s//H/7f/t//r/AADs/+3/FADp/+n/5//u/wAAHAD4/+b/3f8AAPf/3v/i/9j/BgAXAPX/7f/v/wAAAADs/+7/FADt/+z/7f/t/+3/FADt/+z/AAAAAAAAAAAAAAAAAAAAABQA8P/x/+//AAAAAOz/2P8PANj/5//u/+3/6f/u/+z/AAAAAAAAAAAAAAwAAAAAAAAA7//z/+X/AADq/+//FgAAAAAAAAAAAAAAAAAAAAAA9//w/+b/9f/5//f/7P8WAAAAAAAAAAAAAAAAAAAAAADY/+z/7P/s/+3/IgDk/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/l/+n/6P/o/+r/GgDn/+z/7P8XAOr/7P/f/+v/7P8AAAAAAAAAAAAAAAAAAAAA1v/m/9f/5v8jAM3/0P/d/+z/7P/6//r/8/8UAOj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACx/+n/4v/Z/8r/DwDF/wAAAAAAAAAAAAAAAAAAAAAAAOn/JwAAAOL/2P/s/+z/2f8AAAAAAAAAAAAAAAAAAAAA7P/r/+3/7P/s/+v/6/8UAOz/7P/t//T/BgDs/+j/AADp/xYA7f/s/+v/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAOf/7P/r/+3/FQDs/+v/7P/s/+3/7v/x//L/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAO7/7P/y/+//FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//8//1//j/7P/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8AAOb/2P/m/+v/AAD4/9f/4v/N/8T/3P8SAA4A1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5v/q/+j/6//q/+H/FgAAAPD/AAAAAAAA7P8AABQA6P/r//b/IgAAAOz/7P/Y/xQAAADZ/+f/3f/b/+H/5//v//L/AAD5/wAA+P8jAAAA6//s/+3/8f8UAOz/6P/a/+z/EwDs/93/7P/s/wAA7P8oAM3/z//J/9X/zv/J/+P/EADZ/9f/AADY/+P/6v/X/+z/7P/s/+z/AAD1/xQA7f/s/+3/AAD2/wAAJgDs/+P/7P/t/wAA9v8AACYA7P/j/xQA7P/w//L/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/4/+z/FADs/+z/FADs/+z/7f/s/+z/7f8AAOz/7P/s/xQA5//s/+j/6v/q/+L/6P/p/+j/FgDo/wAAAAAAAPn/AAAAAAAAAADZ/xQA7P/n//n/+//r/+v/6/8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/3f/X/xYAAADs/+n/2P/r/97/5P/n//D/7v/p/xoA+v/r/+v/7v/s/+//FQDr/+z/7P/u//n/AAD2/xQAAADt/wAAAAAAAAAAAAAAAAAAAAAAAOj/5P8AAAAAKQAAAAAA9f/x//H/8v8AABcA8f/r/+j/5//W/+H/z/8ZAOf/6f/3/wAAAAAAAAAADAAAAAAA7f8AAAAAAAAAACsA3P/r/xEA6//q/+z/AADv/+z/5v/f/+P/9f/z//T/AAARAO3/AAAAAAAAAAAAAAAAAAAAAOz/6P/v/+r/8P86AOT/yf8AAAAAAAAAAAAAAAAAAAAA7//m/wAA2/8AAAYA4//f/7b/yf/I/97/5v9WAML/w/8AAAAAAAD1/wAAFAAAAPP/AAAAAAAAAAAAAAAAAAAAAO3/7P/t/+3/7f8UAO3/7P/r/+z/2f/e/+7/5f8bAN3/6//s/9n/3v/u/+X/GwDd/+7/7P/3//f/AAAUAPL/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAADt/+v/7f/2/wAAAADs/+z/FAAAAAAAAAAAAAAAAAAAAAAA8//y/wAA8P/x/xUA7f/p/wAAAAAAAAAAAAAAAAAAAAD0/+z/7v/x//T/FADu/+3/AAAAAAAAAAAAABIAAADu/wAAAAD4/wAAAAATAO3/AADs/+7/7P/w//P/7P/t/xQA7P/r/+z/7P/s/+z/FQDs/xUA6//r//n/7f/r/+n/7P/5//X/AAAAAAAA9v8UAPf/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAAAAUAPb/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2v/e/+n/GQDg/+X/7P/r/xUA6//s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAOr/AAAAAAAA5P/o//L/7P8UAOz/7P/s/+z/7P/s/+j/w//k/8//z//C/xkA5v8SAAAAAAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAOX/GwDn/+j/6P/l/+T/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA9v/t/wAA1//f/+b/6f/V/wAA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAO7/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA9v/t/+z/FAAAAAAA7v/s/+z/9v8AAAAAAAAAAAAAAAAAAAAA4f8bAOn/6f/Q/9D/5v8AAAAABwAAAAAAAAAAAAAAAADt/+7/8P8AAPn/FADn/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AABQAAADs/wAAAAAAAO//AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA+f/z//n/7/8AABsA8P/r//T/FADz/wAA7f/4/+z/8P/p/xcA6//r/+b/7P/M/+z/AAAAAAAAAAAAAAAAAAAAAPn/HQAAAO7/AAAAAPD/AADv/9P/+v8cAOf/6//i/+L/7P/s//D/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADm/+z/7P/s/+3/7P8UAOr/5v/s/+z/7P/t/+z/FADq/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/ykA7P/v/wAAAADs/9f/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/o/+X/5//k/xoA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FADt/+3/8f/s/+z/8f8AAAAAAAAAAAAAAAAAAAAA6//s/9n/3v/u/+X/GwDd/+z/7f/3/xQA7P/s/+z/7P/s/+b/FwDj/+r/6//r/+z/AAAAAAAAAAAAAAAAAAAAAPD/9//s/+3/AADs/xQA7P/w//f/7P/t/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/5/wAA+v8VAPX/AADs/wAAAAAAAAAAAAAAAAAAAADs/+v/6P/g/+v/FgDs/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/Z/9r/4P/e/+P/HADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHgDu/+b/+P/6/+7/4v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwDu/+T/9v/5//T/4v8AAO3/7P/t/+7/FADs/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/2/xEAAAAAAAAAAAAAAAAAAAAAAPX/8/8AAPL/8v8VAO3/6v/v/+z/AAD5/wAAFAD1/+v/AAAAAAAAAAAAAAAAAAAAAOr/FQDs/+z/5//s/+n/7P/q/xUA7P/s/+f/7P/p/+z/6v/0//n/7P/2/ysA+P/q/wAAAAAAAAAAAAAAAAAAAAC8/9P/4f/d/9v/7f/f//b/AAAAAPr/AAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwD7//j/9P8AAO//8v/u/+H/DADz/+n/4v/T/wcA7P8HAAAAAAAAAAAAAAD7/wAA7P/s/+3/7v/6/+z/FADt/xQA7P/s//P/9v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v8AAPL/AAAUAOz/7P/s/+z/7P/s/+z/FADs/+z/7f/t/+7/7P/t/xQA7P/s/+b/FgDs/+j/7P/s/+n/7P8AAAAAAAAAAAAAAAD7/woA7v/5/wAAAAAAAPD/AAATAAAAAAAAAAAAAAD1//r/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6f8VAOv/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//P/+f/v/wAAGwDw/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s//L/7/8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/3/wAAFADs/+n/6v/o/+f/1v/h/8//GQDn/+n/7P/t/wAAAAAAAPH/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/8/8AAOj/7P/1//X/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/u/+z/FADs/+z/6v/p/+3/9P/g/xcA7P/t/+7/8P8AAPn/FADn/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5//n/+j/6f/5/+j/GQDr/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//r/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//q/+3/7f/s/xUA7f8AAAAAAAAAAAAADwAAAAAAxv/l/9n/5P/X/wAAzv8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+3/7//v/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA2P/x/+3/6v/p/+r/6f/y//P/AADo/+z/9f/1/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/O/+X/zf/l/9z/2/8bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//o/9z/5f8ZAOj/4f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAADt/wAAAAAAAAAAAAAAAAAAAADr//P/9P/r//D/6v/q/xYAAAAAAAAAAAAAAAAAAAAAAPD/7v8AABQAAADs//L/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAAAA7P/r/+r/7f/s/wAA6//s/xQA8//s//f/7f/q/+z/AAAAAAAAAAAAAAAAAAAAAOr/6v/r/+r/7v8XAOf/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAACgA2P/s//n/8P/Y/9v/2v8ZAPv/AAAAAAAA6v/5/wAAAAAAAAAAAAAAABMAAADt/+n/6P/q/+z/6//Y/yEA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADu/+z/+f/s/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/6//u/+z/7/8VAOv/7P8AAPn/AAAAAAAADgAAAAAA7P/1/wAAAAAAABQA7P8AAOD/5v/p/+n/6f8aAOj/4v/r/wAAAAAAAAAAKwDV/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/xQA7P/s/+z/7P8UAOz/7P/s/+v/6v/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAFgDz/wAAAAD6/+z/9/+6/8b/x//G/9D/3f9DANj/AAAKAAAAAAAAAPb/AAAAAOz/5//t/93/+P/j/xQA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+j/9v/2//r/7f8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+r/5v/q/+j/6v8XAOH/AAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/6//w/+z/6//r/+z/yv8oAPL/AAAAAAAA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/4v/k/+f/5f8eANb/6P8AAOz/7f/x//j/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANj/9//d/9b/5f8TANj/6P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7v8AAAAAAADu/xQA8P/t/+7/AAAAAAAA7v8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAD0/wAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAPT/AAAAAA8AAADs/+r/6f/t//T/4P8XAOz/t//t/+b/tf8AALf/9v8AALj/IgDp/8j/6f/I/9X/y/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/+z/FADs/+z/7v8oAMz/yP/J/+7/zf/1/8v/4P/N/9X/5P/k//b/5f8eAAAAAAAAAAAAAAAAAAAAAAAVAOr/8v/r//D/2//n/+z/EQDo/wAAAADu/9n/5v8AAAAA7P/t//H/+P/s/xQA7P+8/9j/tv/0/7v/BgDb//f/AAAAAAAAAAAAAAAAAAAAAOz/7P/t//X/+//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAJADX/9n/6v/s/9b/4f/n/7P/IAD3//T/5v/d//n/5f8AAAAAAAAAAAAAAAAAAAAA5P++/8f/t//Y/8j/KQDo/+j/6f/s/+z/7P/s/+b/FAAAAAAAAAAAAAAAAAAAAAAAFADp/wAA8v8AAOz/CgAAAOz/7P/u/+z/7P/s/+z/FADa/7D/HwDc/8//+P/f/+L/GADp/+z/7P/t/+3/3v/r/+z/6v/e/+v/DgDm/+f/7P8AABQA7P/s/+f/4P/l/+r/AAAAAAAAAAAAAAAAAAAAANL/6f/g/93/4//q/+X/GADs/xQAAAAAAO7/7P/s//b/7P/s/+3/FAAAAPD/7P/0/wAAAAAAAAAAAAAAAAAAAADf/9T/vv/d/8//KADX/9v/6f/A/7z/6v8HAO3/zf/0/wAA9P/v/wAAAADs/+7/FQDq//f/7//r/+7/JQDr//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAANj/7v8oAAAA2v/Q//r/5f8AAPb/3//1/+7/NAD6//X/7f/j/wAA7P/r/+v/6v/v/xQA7P/s/wAAFgDz/wAAAAD6/+z/9//t/+v/uf/1/93/EwDl/+n/2/8GAAAA8P/7/xIA4P/b/wAAAAAAAAAAAAAAAAAAAADq/xUA7P/s/+3/7P/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA/wAA0/+7/97/0//5/w0A7P/n//b/7P/r/+v/7P8WAAAAAAAAAAAAAAAAAAAAAAAAANb/8v/r//T/AADZ/9H/8P8AAOz/6//z/wAA7P/k/9X/6//q/+r/4/8AABcA6f8AAAAAAAAAAOv/9v8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk//L/EwDi/+P/1P/m/9//7P/s/+b/7P/q/xQA7P/r/xQA7v/v//T/AADz/+z/7P/r/+j/6P/Q/+v/5/8bAOz/AAAAAAAAAAAAAAAAAAAAAO//FAAAAPj/9//t//H/+P/s/+3/AAD2/wAAJgDs/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8VAOz/7P/q/+z/7P/s/+3/7P/s/xQA7P/m/+z/7P/u/+v/3P/q/yUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/yUA4f/f/+n/4v/b/+H/AAAAAAAAAAAAAAAAAAAAAO3/7P/t/+7/FADs/+3/7P8AAAAAAAAAAAAAAAAAAAwA7P/s/+z/FADs/+z/7P/s/+L/GADZ/+D/5P/Y/+r/6//s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/FQDs/+z/7f/s/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/FAD6/+j/7//s//b/4v8AAPL/AAAAAAAA7P8AABQAKADY/+z/+f/w/9j/2//a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/woAAAAAAAAAAAAAAAAA+/8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8cAPT/8v/r//f/5f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAADx/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/v/+z/7P/s/+v/FQAAAAAAAAAAAAAAAAAAAAAA6v/o/+T/2/8VAOX/6v/r/wAAAAAAAAAAAAAAAAAAAAD5//f/AADt/wAA7v8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAA7P8AABQA9//w/+b/9f/5//f/7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/8P/m//X/+f/3/+z/FgAAAAAAAAAAAAAAAAAAAAAA9P/s/+7/8f/0/xQA7v/t/wgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDs/+v/7f/r/wAA4//q/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f/t/xQA7f/s/+z/6//r/+v/6v/s/xUA6//Y/+b/4//m/+3/6/8nAOv/7P/n//H/8P/5/+j/HADh/xQA7P/6//X/+P/s/+z/6v8aAOv/+//r//L/6//f/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+n/7P8VAPj/AAD0/xQAAAAAAOP/7P8AAAAAAAAAAAAAAAAAAAAA6v/p/+z/7P/t/+n/7P8VAOb/FgDs/+j/7P/s/+n/7P/s/+r/6P8XAOz/5f/q/+z/5v/f/+n/5f/q/xsA4f/j/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgApAOz/7/8AAAAA7P/X/+//5f/n/+X/7//p/+v/FwDr/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/yEAAAD3/wAAAAD6/+D/+f/7/+//8//2/wAA6f/w/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9f/t/+3/7P/s/+z/6v/s/+3/6/8AAOn/FQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD1/+3/7f/s/+z/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//v/AAAAAAAA9P8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/y//b/7P/t/xQA0v/p/+D/3f/j/+r/5f8YAAAA8v8AAPH/AADm//T/GQDs/+z/7P/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/8P/s/+z/AAAWAOj/7P/s/+z/8P/s/+z/7P8UAO3/7P/1/wAAAAAAABQA7P8AAAAAAAAAAAAAAAAAAAAAAAD2/+z/AADp//L/HAD2/+b/AADy/wAA8f8AAOb/9P8ZAOz/7P/m/+z/6v8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAwAAAAAAOz/7P/s/+r/6/8UAOz/7P/t/+z/9f/2//T/FADs/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+P/3//1/wAAPQDt//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA6//s/+X/6/8AAN3/+v8tAOb/0v/p/+v/7P/Q/+z/6//q/xUAFwDt//X/8v/v/9n/7P/2/+H/4P/7/+//7P8AAO7/AADt/+z/7P/s/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAOj/4P/r/+v/6//Z/97/HAAAAOz/AAD4/wAAAADp/+z/9f/x//H/8v8AABcA8f/r//b/7P8AAOn/8v8cAPb/5v8AAO3/AADx/wAAJADr//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+H/2f/m/+P/2P/Y/ygAAAAAAAAAAAAAAAAAAAAOABMA+/8AAAAAAADx/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAADt/wAAAAAAAAAAAAATAAAA7f8AAAAAAAAAAAAAEwAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+7/8P/y/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/n/9z/0//k/+L/IQDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/7P/5/+z/7v/p/yEA8P8hAOD/5//3/wAAAADc//b/KQDu/9P/zf/G/8j/xP/S/+z/7P/5/+7/+v8UAOz/7P/S/+n/4P/d/+P/6v/l/xgA7P/n//b/7P/r/+v/7P8WAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/6v/3/yEAAADs/+z/2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/t//r/7v8UAOz/6P8aAOT/5f/h/+r/5v/o/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/2/+3/7v/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAA6f8AAOz/FADt//b/7f/u/+z/7//m/+z/7P/s/+3/7P8UAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDq/+v/7P/s/+n/6f/s/+z/FADs/+z/8v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADt/+3/+P8AAOz/7P/2/wAA7P8AAPj/AAAAAOn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/3//j/+X/6P8fANz/4f8AAAAAAAAAAAAAAAAGAAAAAAAAAPj/7f/3/xQA8//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/3//H/7P8UAO3/FADs/+3/7P/s/+z/7P/s/+L/3P/k/9j/1//g/yMA2f8AAAAAAAAAAAAAFwDu//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/ywA6//i/9n/0P/T/9//AAAAAAAAAAAAABcA7v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7//t/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+r/6/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/q/+7/7f/s/xUA7P/s/xQA8f/t/+3/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALQDP//n/7P/k/9X/1v/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/9P8AAPL/8/8UAO3/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xcA7P/s/+H/7P/p/+r/6/8AAAAAAAAAAOz/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA+v8UAAAAAADu/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+7/7P/t/xQA7P/s/+z/7P/t/+7/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAOAAAAAAAAAAAAAAAAAAAAKQAAANj/AAAAAAAAAAAAAAAAAAAAAPL/9/8AAOv/7P/t//H/FQAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f8AAOv/7P8AAAAAAAAAAAAAAAAAAAAAAADt/+z/7//s/+z/7P/r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7v/t/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/+3/7P/s/xQA7P/t/+3/7v/t//D/7f8UAO3/7P/u/+3/7P/t/+z/FADy//P/AADo/+z/9f/1/xQAAAAAAAAAAAAAAAAAAAAAAPX/7//n//T/5P/6/+f/+f/y//f/AADr/+z/7f/x/xUA7P/t/+3/7v/t//D/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8aAOz/7P/s/+z/5v/m/wAAAAAAAAAAAAAAAAAAAADv/+z/9//5/+z/7P/x/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P8gAOz/7P/b/+z/7P/t/+3/+P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/+v/u/xQA7P/u/+z/7P/s/+//7f8UAOz/2P8jAOb/6f/o//T/2v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6//q/wAA7P/Y/+X/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/yv8KAAAA4P/n/xAA1v/s/93/8P/z/wAA7v8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAA3f/V/+f/5//o/+f/AAAAAAAAAAAAABMAAADt/+n/6v/s/xQA7P/x/+z/6f/s/+r/6f/t//T/4P8XAOz/+f8AAAAAAAAAAPT/FQDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAOT/2P/p/9T/4P8lAN3/6v/D/9X/DgAJAOP/3P/4/+7/7f/s/97/8v8AABQA3f/s/87/9//f/9z/1P/o/w4A6P/s/xQA7P/s/+z/7P/s/+z/6v/s/wAA8f8AABUA4v/v/xMAx//h/wAA9v/v/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7f8AAPH/AAAUAAAA9P8AAOz/AAAUAPj/AAAAAAAA7P8AAOz/7P/s/+z/6//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAIAD6/wAA7f/z/wAA3P/z/wAAAAAAAAAAAAAAAAAAAAAtALj/xP+8/97/FACw/7n/AAAAAAAAAAAAAAAAAAAAANj/2P/Z/yEA+f/W//f/zv8AAOz/7f/x//j/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA4f/g/9//5P/L/+j/CgDs/+z/FADt/+z/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAkA7f/w/+3/AADt/xMAAAAAAAAAAAAAAAAAAAAAAAAAlP/0/yEAsf+x/6P/5/+6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/q/9j/1f/l/+H/GwDM/+3/FADs/+3/7f/s/+z/7P8UAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAO3/7P/0/xQA8v8AAPP/9f/s/+z/8v8RAAAAAAAAAAAA7/8AAAAAFADu/wAA7/8AAOz/7P/t/+z/7P8UAOz/7P/s/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+z/7v/x//T/FADu/+3/AAD0/wAA9P/0//r/+P8IAPT/6f/4//j/AAD0/xcAAADx/xQAAAD2/+//6v/X/9//9P/p//X/7P/t/+v/EwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA7f/1//L/7//Z/+z/9v/0/xIAAAAAAAAA9//u/wAA5P8cAOb/5//l//H/5P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+z/7f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/8v/t/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/6P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/n//b/7P/r/+v/7P8WAAAAAAAAAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8v/y/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//H/8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8f/x/xQA7P/s/ygAAAAAAPr/AADy/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/o/9//HADk/+n/4P/l/+b/4P/h/xoA6f/n/+P/5f/l/+z/5f8XAOv/7f/k/+b/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/2P/z//H/EwDZ/+T/8v84ANn/6/8AANv/2f/a/8X/AAAAAAAAAAAAAAAAAAAAAOP/DQDY/9n/2P/c/wAA4f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOX/6//r/+b/1/8cAOD/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8RAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+7/9v/t/+T/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAB4A7v/m//j/+v/u/+L/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/z//T/7P/s/+//FAAAAAAAAAAAAAAAAAAAAAAA7//q/x8A1v/w/+//2f/m/+3/7P/u/+3/7P/t/+z/FAAUAO7/7//1/wAA9f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAAAAOz/FgAAAOz/7P/s/+z/7P/s/xQA7P/b/9f/6v/q/+v/z//r/xgA7P/t//D/8v/6/+//FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/2f/w/9P/2/8tAN7/xv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAA+P8AAAAAGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+7/7P/s/+z/7P/s/+z/7f/s/+z/FADs/+T/2P/Y/9j/5v8AAAAA4f8AAOz/AADv/+z/FADs/+b/6v/k/+P/6f/q/+H/5/8YAAAAAAAAAAAAAAAAAAAAAAC0/8L/z//S/+L/IADv/6L/AAAAAAAAAAAAAAAAAAAAAOz/yf/p/+7/AAAgANX/2f8RAOv/6v/s/wAA7//s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/2/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//P/AADo/+z/9f/1/xQA6//r/xYA6//r/+v/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAPL/8/8AAOj/7P/1//X/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApAAAAAAAAAAAA1//n//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuv8PAM7/2P/c/8//AADX/+3/FADs/+7/8P/y/+z/8f/q/xUA7P/s/+f/7P/p/+z/AADs/+3/8f/4/+z/FADs/+D/2f/Y/9j/+f/j/yMA6/8AABMAAAAAAAAAAADw/wAAAAAXAPP/7v/4/wAA6v8AAAAAFQDr/+7/7//s/+v/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADs/xQAAADu/+7/AAD5/wAAGQDy/9//7f/s/+//7P/s/+z/6/8VAOv/6//r/+z/7P/s/xUA6f8AAAAAAAAAAAAAAAAAAAAA6v/o/+f/6f/k/+v/6v8WAO3/7P/v/+z/7P/s/+v/FQDs/+z/7P/x/+7/7P8UAOz/AADZ/+v/4v/d/9z/AADc/+3/7f/u/+z/7f8UAOz/7P/W/9z/5v/J/+L/IADk/+X/AAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/u/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/r/xUA5f/s/+//6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD1/+7/7v/u/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAABcAAAAAAAAAAAD2//v/7f8VAOz/7f/s/+3/6v/v/+3/FQDr/+//+//j/+z/9v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/9P/z/+v/FADs//L/GQDu//X/6v/w/+j/+f/i/xkA6f/q/+n/6v/m/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//r/9f/4/+z/7P/q/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs//b/GQD7/wAA7v/o/97/3f8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/9P/u/xQA7P/s/wAAAAAAAAAAAAATAAAA7f/s/+z/7P/t/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/9//w/+X/6P/h/wAAFADs/+3/7P/s/+z/7P/s/9j/1P/j/9T/zf8uAMH/x/8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAFAAAAOz/7P/s/8v/NADg/9v/z//m/8f/1f/u/+z/8v/v/xQA7f/s/+z/7f/o//b/9v/6/+3/FQDt/wAAAAAAAAAAAAAAAAAAAAD0/+z/7v/x//T/FADu/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/x8A4v/l/+j/4//g/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPv/AAAAAAAA8f/t/wAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAUAAAA9P8AAAAAAADt/wAA0//V/9D/yv/J/+L/zf8qAAAAFgDv/wAAAAD5/+r/AADp/xYA7f/s/+v/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/t//f/AADs/xQAAADt/xUA7P/u//n/5P/s//P/5P/z/+X/6//s/+n/DwDs/wAAAAAAAAAAAAAAAAAAAADt/xQA7f/v/+3/7f/s/+3/8v8oAO7/9//5/wAA5f/r/+z/FQDr/+z/6//s/+z/6//s/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/HAD0//L/6//3/+X/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/+z/7P/t/+z/7P8UAOz/7P/q/+f/6f/q/+f/4/8ZAOT/7P/t/+3/7//v/+z/FADs/wAAAAAAAAAAAAAAAA8AAADs/+3/8P/w//L/7f8UAOz/6//q/+v/5//s/+v/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8lANz/4v/j/9//2v/g/+z/FADs/+z/7f/s/+z/6//3/wAAAAAAAAAADAAAAAAAAADc/+f/2v/g/+X/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/o/+D/GAD5/+7/6f/Q/xQA7P/s//P/9v/s/+z/7P8UAOz/6//t/+v/7P/s/+z/2f/s/+v/6v/s/+z/FgDs/yoA7/8AAOD/AADZ/9b/4f8gAPn/AAAAAAAA+//h/wAAFADs//r/9f/4/+z/7P/q/+v/6v8aAOz/+v/t/9j/yP8HAAAAAAAAAAAAAAD7/wAA7f/w//X/+f8AAPj/FwDz//T/7P/u//H/9P8UAO7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA5v8AAAAAAADq/+X/AAAAAAAAAAAAAAAAAAAAAAAA6//e//P/0f/q/wAAAADs/+b/6//s/+3/7f/s/xkA6//p/+f/4f8bAOP/5//l/+T/JgD6/wAAAAAAAO//3v8AACwAw//F/9H/1//T/9r/5f8UAPD/AADy/wAA7f/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA/xQA6P/j/9z/7f/s/7r/FADs/+z/8f/0/+z/7P/t/wcA5P/l/+v/yP/S//X/tf/s/+z/7P/t//H/7P8UAOz/9P/s/+7/8f/0/xQA7v/t/wAAAAAAAAAAAAAAAAAAAADw/+z/7/8AAAAA7f8UAAAAAADu/+7/7v/0/wAA4f/h/z8A8P8AAAAAAAAAAML/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAPr/AADy/9X/AAAAAAAAAAAAAAAAAAAAAAAA9P/s/+7/8f/0/xQA7v/t/xQA7P/s//X/9//s/+z/7f8UAO3/AAAAAAAA7f/s/wAAFAAAAPT/AAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAUAO7/9f/v//D/7P/s/+7/3v/X/+3/FADw/+z/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAVAOr/7v/s//H/7f/s//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6v/r/+7/AADr/+j/FgAAAMT/2P/X/9v/+f/H/wAAAAAAAAAAAAAAAAAAAAAAAPP/FADv/+3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/y/+//FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAEQDr/+r/7P8AAO//7P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+7/7f/s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/u//D/7v/s/+z/7P/v/+z/7f/v/+//7P/t/xQA6v/q/+v/6//s/+v/FgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/k/8r/4f+8/9n/yP8pANz/2f/b/9r/3f/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9n/2v/s/yEA2P/Y/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+r/6P8WAOz/6//n/+z/FgD1//b/6//u/+n/9/8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/7v/s/+z/7P8VAO3/7P/u/+3/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/w//L/9P/s/+z/8f/4/wAA9P8UAAAAAADj/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAABQA7P/4/+v/7P/s/+r/6/8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/s/+z/7P/t/+3/7P/s/xQA7P8hAAAAAAAAAAAA6v/t/wAAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+v/6//s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/8v/w/+z/7P/z/wAAEwAAAAAAAAAAAPD/AADq/xcA7P/m/+z/5P/N/+L/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8f/s/xQA7P/s/+z/7f/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAN7/5f/e/+f/6//n/x4A4f/6/9L/4//6//T/8/8xAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/FgDr/+v/6//q/+v/AAAAAAAAAAAAAAAAAAAAANn/FgDs/+//3P/s/+X/7P/t//T/AADt/wAA6v/l/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAKADp//D/7f/s/9n/2f/f/wAA9//y/wAAAAAAABYAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/FADs/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/wAA3f/f/+j/2f8AAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAD6/wAAHQAAAOn/7P/s/+z/8f/x/xQA7P/s/+3/7P/y//H/9f8UAO7/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8f/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD3/+z/AADt/9j/7P/l/+v/5f/l/+v/7/8fAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/+v/1//j/7P/s/+r/+v8UAOD/4f/l/+z/7f/Z/y0A5//1//H/6//T/9z/4f8AAAAAAAAAAAAAAAAAAAAAIADh/+z/7f/u/+H/3v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAADu/+j/FgDq/+n/6//r/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+3/AAAAAPD/FAD0/+3/LADX/+P/yf/I/+X/sf/q/wAAAAAAAAAAAAAAAAAAAADs/+7/+f8AAPb/FAAAAO3/AADz/wAAAADs//b/+v8UAOz/6f/r/+n/6//o/+b/FQAAAAAAAAAAAAAAAAAAAAAAxf/2/6v/4v+W/6//FwDi/+3/FAAAAAAA8//s/+3/9v/u/xQA7P/t//H/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOH/5P/t/+r/6v8oAOj/2P/u/+z/AAD5/wAAFAD4/+7/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADp/+r/5//r/+z/GADk/+f/7P/s/+z/7//u/xQA7P/s/wAAAAAAAAAAAAAJAAAAAAAUAOz/9P/v//L/7P/s//L/uv8sANn/yP/a/+T/1P/m/wAAAAAAAAAAAAAAAAAAAAC//x0A6f8AAMv/1f/Y/+P/4P/s/+z/7P/t/xQA7P/t/+z/6//s/xUA7P/s/+r/6/8AAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/4/+z/FADs/+3/7P/d/8j/5/8TAO3/6P/5//X/AAAAAAAAFQAAAAAA8v/6//H/uv8AAKn/1v+o/+b/3//4/+r/AADq/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA2//b/9v/6//h/+H/AADY/+b/5f8fAOf/7//c/+v/AAAAAAAAAAAAAAAAAAAAANX/4//b/9b/3/8UAAAA7P8TAOn/5f/Z/+b/AADh/9n/7v/P/xAAw/++/+X/AADJ/+T/wf/g/+X/2v/q/w4AGgDC/w0A5P/a/9r/1//z/97/AAAAAAAAAAAAAAAAAAAAAAAA0P/c/9n/2f/Y/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/1v8SAOf/6P8PAOj/1/8UAPL/AADz//X/7P/s//L/EQAAAAAAAAAAAO//AAAAABQA7v8AAO//AADs/+z/7f/s/+z/7P/x//H/FADs/+z/AAAXAAAAAAAAAAAA9v/7/9H/EwDr/97/zv/W/wAABgDs/+z/7P/x//H/FADs/+z/2P8kANn/3P/n/+n/6v/a/xQA7P/t/+7/8v/t/+z/7P/s/xUA8v/v/+3/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//X/AAAAAAAA9v8UAPf/+f/1/wAAAAAAAPb/FAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8XAPb/7P8AAPH/+P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+3/7f8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/7P/v/+7/FQDk/+z/7P/s/+z/8f/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/x//H/FADs/+z/7P/s/+z/8v/y/xQA7P/s/+z/7P/s//H/8f8UAOz/7P8jAO//+f8AAOf/4v/a/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9z/AAAAAPD/3v8dAOH/AAAAAAAAAAAAAAAAAAAAAAkA6//u/wAA9P/p//f/6P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/8//2/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPT/AAAAAAAA7f8AACkA7P/v/wAAAADs/9f/7//s/+z/9/8AABQA7P/p/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAOv/7v8AAPT/6f/3/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/+z/7f/o/+r/7f8oAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3f/g/+v/3f8AABgA6f/X/xQA7v/1/+//8P/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xcA9v/s/wAA8f/4//D/6v/o/+f/6f/k/+v/6v8WAO3/7P/t/+3/7f/s/+z/FADs/+z/8P/t/xQA7P/s/+z/AAAAAPn/AAD6/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/KgDj/9T/1v/j/9H/zf/v/xUAAAD7/+7/7v/r//X/9P8UAPL/8f/v/+3/7P/u/+n/GADq/+//7//x/+f/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAxv/N/77/wP8SALj/wP/v/xYA7P/6/wAAAADq/wAA7P/s/+7/7f/s/+z/FADs/+3/FAAAAAAA8f/s/+z/8/8AAAAAAAAAAAAAAAAAAAAA7P8UAPf/7P8AAO3/2P/s/wAAAAAAAAAAAAAAAAAAAADq/xcA4P/i/93/1v/R/+L/AADt/wAA9f/v/+z/7/8UAAAAAAAAAAAAAAAAAAAAAADu/xUAAAAAAAAA9v/q//v/7f8UAPD/8v/t/+3/7P/1/8L/7//G/6f/mv+z/xQAnP8AAAAAAAAAAAAAAAAAAAAA7P8UAPf/7P8AAO3/2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8dAAAA7v8AAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA8v/u/wAAAAAAAAAAAAAAAAAAAAAAAOL/6v8AAPn/AAD4/xcAAAAAAAAAAAAAAAAAAAAAAAAA6v8UAO3/7f/x/+z/7P/x//T/FADz/wAA7f/4/+z/8P/q/w8A3P8IAOT/2v/k/9n/+/8SAAAAAAAAAAAA8v8AAO//FQAAAAAA8P/3//L/AAAAAAgAAAAAAAAAAAD6/wAAAAAOAAAAAAAAAAAAAAAAAO3/IADo/+7/9f/s/9n/7P/s/xQA7P/s/+z/7P/s/+z/5v8WAOj/5//Z/+D/6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9//s/wAA7f/Y/+z/6f8VAO3/7P/s/+z/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8hAOf/6f/j/+r/0v/a//n/HQAAAO7/AAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+X/5f/k/+f/5P8bAOj/AAAAAAAAAAAAAAAAAAAAAOH/JQDo//L/4//v/9r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOz/6//r/+v/6//q/+z/FwDs/+z/4f/s/+n/6v/X/yoA1//W/9f/2f/X/9n/FwDt//X/8v/v/9n/7P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA8P8AAOv/OQD4/wAAAAASAMb/AADX/zAAAAAAAAAAAADR/wAA+v8UAAAAAADu/+z/7P/r/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAPL/7//t/+3/7P/s/+z/FQDs/+z/7P/s/+n/7P/s/xQA7P/s/+3/7P/s/+v/6f8WAOr/6v/i/+v/6//r/+L/GQDp/+r/6f/q/+b/6f/t/xUA7P/t/+z/7f/q/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9r/3v/p/xkA4P/l/+z/AAAAAAAAAAAAAAAAAAAAAOX/FQDp/+z/7P/j/+v/8v8AAAAAAAAAAAAAAAAAAAAA6v8VAOz/7P/t/+z/6v/q/wAAAAAAAAAAAAAAAAAAAADO/xsA6P/e/+b/6f/n/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+v/6f8WAOr/6v/i/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/xkA6f/q/+n/6v/m/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQDs/+3/7P/t/+r/7//s/xQA7f/w/+z/7P/r/+7/AAAAAAAAAAAAAAAAAAAAAOL/GQDp/+r/6f/q/+b/6f/p/xYA6v/q/+L/6//r/+v/7f8VAOz/7f/s/+3/6v/v/wAAKgAAAAAAAAD2/9b/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/+z/7P8WAOr/6//m/+r/6//s/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FwDr/+T/4f/h/+f/6v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABQA9f8AAAAAAADs/wAAAAAHAAAAAAAAAAAAAAAAAN7/IQDi/+L/4v/e/9v/4/8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA+f/u/+z/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//8P/m//H/2//h/9f/GQDs/xQA7f/2/+3/7v/s/+//7P8UAPH/7f/t/+3/7P/t/+z/FAD1/+3/7f/s/+z/7P/t/xQAAAAAAPP/7P/t//b/7P8UAAAA8v/h/+z/6v/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xUA7P/t/+z/7f/q/+//AAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADv/wAAAADs/+z/7P/t/+z/7P8UAOz/FADt/+7/8P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/7P/q/93/6/8bAOb/5//Z/+z/9f8UAOP/6P/k/+P/6//g/+z/7P/s/xUA8f/s/+r/6//s/+z/6//s/xUA6v/r/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/+3/FADt/+z/7P/s/xQA7f/s/+z/7f/s/+f/6f/s/xUA8f/r/+r/6v8AAPT/AAD0//T/+v/4/wgA7P/s/+z/8f/x/xQA7P/s/+//7P/t/+//7//s/+3/FAAAAAAAAAAAAAAAAAAAAAAA6v8VAOv/6//r/+v/6v/r/+r/6v/r/+v/6//q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/GgDu/8D/5//U/8b/0P/T/7//MwAAAAAAAAAAAAAAAAAAAAAA5//p/+r/FwDq/+z/5//d/wAAAAAAAO//AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA7f/L/9n/0f8oANr/0f/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/EQD7//H/6//q/+v/5//s/+v/FQDq/xQA7P/0/+//8v/s/+z/8v/s/x4A3P/X/8X/4v/R/9//7P/s/+z/7P/s/+z/FADs/+v/7P/t//H/FADs/+j/2v/X/9//6P/l/+n/HwDX/9L/AAAAAPr/AAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/+v/s/+z/9P/0/xQA5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/2/9n/wv/c/9L/AAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAUAAAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+7/9/8UAAAA8f/s/+z/AAAAAAAAAAAAAAAAAAAAAOj/4f/c/9v/3P8oANj/2/8KAOf/1v8AALT/zv8UANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/9P/v//L/7P/s//L/7P8UAAAA9f/v/+z/6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/1P/q/+D/IADa/97/6v/r/9X/5f/c/xEAEgDm/9f/AADx/wAAFAAAAPT/AADs/9j/4f/s/+v/7P8uAOf/y//U/+r/3v/B/9j/JADE/97/7P/s/+z/7P/s/+z/7P8UAO7/7P/z//T/7P/s/+//FADs/9z/5//q/yMA6P/s/9r/7P/s/+z/7P/e/+z/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//H/8f8UAOz/7P8UAAAAAAAAAAAA7f/s//T/7P/s/+z/FADs/+z/7P/s/+z/FAAAAPn/7v/s/+z/8P8AAAAAAAAAAAAAAAAAAAAA7//r/+n/2f/k/+z/GADs/9j/7P/5//b/+P8VAPP/6v8AAAAAAAAAAAAAAAAAAAAA6v/q/+r/6//r/+j/6v8WAN//0v/5/+r/3P/y/xwA2P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/AADs/97/7P8GAO3/FADu//f/9P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA+v/s/wAAFADS/+n/4P/d/+P/6v/l/xgA2//W//L/6v/V/wwAzv/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6v/o/9z/2v/o/93/GgDe/ysA7//v/wAA1//V/+j/4//h/+z/7P/Y/97/6/8jAO3/FADs/+7/8P/y/+z/8f/o/xYA6v/p/+v/6//q/+n/6//s/+3/7P/0/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8A2v/u/+f/5v/l/+r/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3v/b/9j/2P8pANX/2/8AAAAAAAAAAAAAAAAAAAAA7f8UAPr/7P8AAOv/AADY/wAAAAAAAAAAAAAAAAAAAADs/xQA9f/t/+3/7P/s/+z/7f8UAOz/7f/t/+z/7P/t/+3/7P/v/+z/7P/s/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/t/+//7//s/+3/FADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+z/AADs/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAO7/7P/y/+//FADt/+z/7P/s/+3/8f/s/+z/7P8UAOz/GwDq//P/+f/w/+r/1f/o/wAAAAAAAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAA7P/d//D/8/8AAO7/FADt//n/0//w/+X/6//p/wAAAADs/+z/7P/t//H/7P8UAOz/7P/s/+z/7f/x/+z/FADs/+z/7P/s/+3/8f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FwDv/+3/6v/r/+f/6v/q/xoA7P/s/+z/7P/m/+b/FAAAAAAAAAAAAO7/7P/5/xQAAAAAAAAAAADu/+z/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7v8UAOz/7f/s/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/u/xQA7P/t/+z/6//q/+z/7P8WAOn/6v/r/93/5f/q/9z/DADi/9L/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKD/xP/D/9n/LQDB/7n/EgAAAAAAAAAAAAAAAAAAAAAA8P8NAOD/2f/c/9D/z//A/wAAAAAAAAAAAAAAAAAAAADm/+X/6//n/xUA4P/c//r/7P8VAOz/6//n/+z/6f/m/9n/4f/e/9n/FADY/9n/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAA+v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/x/+z/7P/s/wAAEwD1/wAAAADz/+7/AAAAABMA9f8AAAAA8//u/wAAFgAAAAAAAAAAAO3/7v/1/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/y/+3/7f/s/+7/AAAAAAAAAAAAAAAAAAAAAOz/9f8UAOT/6P/k/+T/7P/t/+z/7f/t/+3/FADt/+z/6P/h/+z/6//r/9n/3v8cANj/7P/s/+3/7v8iAOT/6v8AAAAAAAAAAAAAAAAAAAAA1f/U/9X/0v/d/wAAAADL/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7//7/wAAAAD2//D/AAAVANz/AADV/8n/zv/R/87/DAAaAOb/6P/Z/+X/2//W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+7/8v8AAAAA2P/w/ygA6//o/+r/7P/s/9n/IwDY/xUA2//s/97/5v/l/9f/AAAUAOz/7P/s/+z/7P/s/+v/AADe/+7/7P/s/9b/6/8AANL/xf/W/87/7v+2/7v/SAAAAAAAAADy/wAAFwAAAPv/7P/s//v/AADx/+z/AAAUAAAAAAAAAAAAAAAIAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/9P8AAO3/AADq/+X/FwAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/7P/s/+n/6v/n/+v/7P8YAOT/5//N/+//+f/5/+f/7v8AAPr/9P8SAAAAAAAAAPf/7v8AAPX/AAD4/wAAAADR//P/EADs/+3/7v/x//L/7f/s/xQA7P/x/+v/6//g/xUA6//o/+b/6P/p/+b/FwDo/+X/6f/h/+f/5f/M/87/+/8XAN//FADt/+7/8P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//r/AADz/xQA7v/t/+v/FQDr/+v/6v/r/+v/6/8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/8P/z/+z/7f8UAAAAAAAAAAAAAAD1/w0AAADs/+z/7P/t/+z/FADs/+z/6//o/+n/6P/u/xkA6v/f/wAAAAAAAAAAAAAAAAAAAADh/x0A5f/b/+b/AADW/+P/AAAAAAAAAAAAAAAAAAAAAOv/6v/q//L/6//q/xUA6P/q/+n/9v/s/+3/7v/l/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA7/8AAAAAKADY/+z/3f/j/9j/4f/h/+v/4//l//H/9P/0/xcA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/p/+z/FQAAAAAAAAAAAAAAAAAAAAAA6v/r/+v/4f/Y/+z/3P8eAPL/5P/g/+X/6f8hANP/1v8AAAAAAAAAAAAAAAAAAAAA4//j/+r/6f/p/wAAEgDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/r/+v/5v/X/xwA4P/n/wAAAAAAAAAAAAAAAAAAAADx/xUA7P/s/+3/7P/r/+v/BgDe/+//7P/s/9P/6/8AAOf/1v/r/+j/6f/b/9j/IwAAAAAAAAAAAAAAAAAAAAAA6/8AANj/6P/X/+z/4f8TAOr/6v/q/+j/FgDs/+v/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAUAPL/AADz//X/7P/s//L/5P/c/+v/3v/b/+P/HQDc/9X/7P/W/93/3f8aAND/5v8AAAAAAAD5/wAA8v/4/x0A7P/r/+n/7f/q/xYA6P/I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/k/+f/4P/p/+j/GwDk/x4A+f/v//n/AADr/+P/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/u/+z/7f8UAOz/7P/r/9n/3P/g/wAA4P8LANj/AADq/+n/7f/u/+z/6v8UAO//FQAAAPv/7v/u/+v/9f/s/+r/3f/r/xsA5v/n/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/5P/t/xcA7P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMP/wv8zANP/2v/s/9f/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8MAOv/7f/R/+v/CgDt/+v/6f/r/+r/6f/r/xYA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA9v/t//X/7f/v/wAAAADs/+7/FADs/xQAAAD5/+7/7P/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/1/+z/7P/s/xMA+/8AAAAAAADx/+3/AAAAAAAAAAAAAAAAAAAAAAAA3f/Z/+H/3P/c/+H/KgDl//f/8P/u/wAAAAD0/xMA9/8AAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAPn/9v8AAAAAAAAAAAAAAAAAAAAAAADs/+j/9P/v//r/8P8XAO7/6f8WAOr/6v/i/+v/6//r/wAAAAAAAAAAAAAAAAAAAADs/+j/9P/v//r/8P8XAO7/AAAAAAAAAAAAAAAAAAAAAOH/4P/Y/+X/5P8AANj/AADt//b/4//b/+T/z/8IAM7/AAAAAAAAAAAAAAAAAAAAAM3/3f/D/9H/z//S/zMA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUA6P8AAAAAAADv/9z/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/x//T/9//s/xQA8v/3/xUA9P/z//L/7v/r/+//AAAAAAAAAAAAAAAAAAAAACgAAAAAAAAA7v/e/+7/2P/u/xkA7f/o/+H/7P/k/+//6/8VAOz/6//r/+z/6//s/+j/7P/r/+T/9P8lANf/4f8RAAAAAAAAAAAA7/8AAAAACgATAM3/1//b/9H/0//c/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+3/7P/s/+z/6//s/+v/6//s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAUAPH/+v/y//T/7P/s//H/AAAAAAAAAAAAAAAAAAAAACUA7P/s/+z/7f/p/9j/6/8WAAAAAAAAAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAOv/7P/u/+7/7f/k/xUA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/9v/3f/p/+f/BgAAAOv/AAAUAOz/6//a/9j/3P/Y/wwA6f/C/7n/yf8SALb/4v8AAAAAAAAAAAAAAAAAAAAA2P/O/xIA5//q/9j/4/8TAO3/7P/t/+3/7f/s/+z/FADl/+7/5//o/9T/yP8AAO3/6//s/+3/8f8UAOz/6P/a/wAABQDP/7v/rv/l/87/GADI/xUA+v/e/93/5P/c/8b/zv8cAOH/1v8NANX/zf/V/wAAAAAAAAAAAAATAAAA7f8AAAAAAAAAAAAAAAAAAAAA7P/u//n/AAD2/xQAAADt/xYAAAAAAAAAAAAAAOr/AADr/+z/7P/r/+z/FQDr/+f/5//r/+3/2P/s/+v/6/8VABcA7f/1//L/7//Z/+z/9v8AAAAAAAAAAAAAAAAAAAAA7v/5/wAAAAAAAPD/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4A7v/m//j/+v/u/+L/8f8UAOz/9P/v//L/7P/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+L/1P/Q/9//FgDs/+n/KwDb/93/1//T/97/0v/V/+z/HQAAAO//AADn/+P/6P8AAAAAAAAAAAAAAAAAAAAAHADi/+r/6f/i/+H/5f/e/xQA6v/r/+3/7//s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA3P/m/+7/6f/t/+T/6P8yANP/1v/6//n/7f/O/+j/FADs/+z/7P/t/+z/7P/s/y4A1f/j/9//8P/W/9v/1//s/+z/7P/t/+z/7P8UAOz/IQAAAPf/AAAAAPr/4P/5/x8A7v/k//b/+f/0/+L/AAAoANj/7P/5//D/2P/b/9r/FADt/+7/8P/u/+z/7P/s/18AzP/U/+b/9//P/6H/+v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/+j/5P/n/+7/7f/q/xsA+v/s/+z/7P/q/+z/6//r/xQAAAAAAAAAAAAAAAAAAAAAADQA3v/l/9P/5P/j/8//1//3//D/7v8AAAAA9P8TAPf/AAAAAAAAAAAAAAAAAAAAAO3/7f8AAAAAAADt/xQA7v/q/+n/6v/o/+n/7P8WAOr/8P/u/wAAFAAAAOz/8v/s/wAAEwD1/wAAAADz/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FwDq/+n/6//r/+j/6f/v/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/JgDn/+7/4f/i/+D/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+z/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOv/+v/e//f/+//Z/x0AAADd/+f/3P/T/+T/4v8hANj/AAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/+P/s/xQA7P/l/+P/AAD6/wAA+f8hAAAA+f/3/wAA7f8AAO7/EwAAABUA6f/r/9X/9f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+b/7P/q/xQA7P/r/wAAAAAAAAAAAAAAAAAAAADm/+z/7P/s/+3/7P8UAOr/7P/s/+7/7f/s/+z/FADs/yIA3//j/9n/5v/l/9X/3f/t/xQA7P/u//D/8v/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAPj/+v8AAPb/FAD1/+z/7P/s/+z/7P/s/xQA7P/r/+P/AAAAAAAA6v8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApAOn/zv/r//L/4//c/+f/vf/N/93/2v/p/8f/QADX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/6//5/+3/6//p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/+v/1P/c/93/GgDS/+f/7v/u/wAA8v8AABQA7P/s//f/FQD0//P/8v/u/+v/7//t/+3/8//t//D/FwDg/+v/3//s/+//AAAAABYA3f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAO7/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAA1AO7/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/+z/9P/s/xQA7P/s/+z/7f/w/+3/7P8UAOz/+f8AAAAAAAAAAPT/FQDw/+z/7f8AAAAAAADx/xcAAADt/+3/AAAAAAAA7f8UAO7/8P/3/+z/7f8AAOz/FADs/+z/FADs/+z/8v/s/+z/7P/t/+z/7P/s/+3/7P8UAOz/7P/s/+v/6//s/+v/FADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//x/wAAAAAAAO7/FAAAAM//3//y//n/AADx/zMA9v/s/+3/8P/y//r/7/8UAO3/7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/0//P/9v/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwD7/wAAAAAAAPH/7f8AAOz/7P8AAAAAAAAUAPb/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AAAAAAAAAAA0APb/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/q/+v/6//o/+r/FgAAAAAAAAAAAAAAAAAAAAAAIADp/+r/6//x/9//6/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u//r/7P8UAO3/AAAAAAAAAAAAAAAAAAAAACkAAAAAAAAAAADX/+f/+P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/5//x/+z/7P8UAOz/7P/s/+f/8f/s/+z/FAAAAPn/AAAAAAAADgAAAAAA6P/p/+z/7P/s/+z/5v8UAAAAAAAAAAAAAAAAAAAAAAC//+D/IgDI/+n/FwDT/73/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+f/8f/s/+z/FADs/+z/7P/s/+3/FADs/+z/7P/t/+z/5//0/+z/7P8UABQA7P/s/+z/7P/s/+z/6//s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAPr/AAAdAAAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//n/AAD2/xQAAADt/wAAAAAAAAAAAAAAAAAAAADU/ysA5f/n/+v/3f/W//f/6v8XAPn/AAAAAPL/6v8AAOz/8/8AAAAAAADu/xQAAAAXAOz/7P/t/+3/6//b/+j/2P8AAAAAAAAAAPb/KQAAABQA7v/v//T/8f/s/+r/7P8cAAAA+P/4//T/7f/o/+z/0P/r//D/7P/v/+j/JgDf/+z/6P/0/+//+v/w/xcA7v8lAOn/9//3/+v/1//i/+L/9/8VAPb/8P/0/+7/6//w/+//FAAAAPj/9//t//H/+P8AAAAAAAAAAAAAAAAAAAAA1v/r/97/6//o/9v/AAARAO3/7f8AAAAAAADt/xQA7v8AAAAAAAAAAAAAAAAAAAAAAADl/+z/7P/Y/+D/AADq/wAAAAAAAAAAAAAAAAAAAADr/+z/7v/u/+3/5P8VAOn/AAAAAAAAAAAAAAAAAAAAAOn/7P/1/+z/+//o/xYA7P8cANH/3f/n//b/2f/m/+X/FADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/+v/1//j/7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//l/+v/6f/s/+f/6P8ZANj/6f/t/+7/7P8bAOv/7f8AAAAAAAAAAAAADQAAAAAA7//s//f/+f/s/+z/8f8VAK7/s/+u/wAApP8kAKz/5f8AAAAAAAAAAAAAAAAAAAAA5f/r/+v/5v/X/xwA4P/n/wAAAAAAAAAAAAAAAAAAAAAuAPD/7//p//T/1v/P/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8f/x/xQA7P/s/9j/1P/j/9T/zf8uAMH/x/8AAAAAAAAAAAAAAAAAAAAAAAD0/wAA9P/0//r/+P8IAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAD6//n/AAAAAA4AAAAAAOz/7P/6//r/8/8UAOj/7P/r/+z/2f/e/+7/5f8bAN3/AAAAAAAAAAAAAAAAAAAAAAAA9P8AAPT/9P/6//j/CAD2/+z/AADp//L/HAD2/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//L/AAD5/wAA+P8jAAAA7f/u//X/7P8AABQA8v/s/9f/AADs/+j/7f/i/xQAz/8bAPj/AAAAAAAA6//4/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPj/AAAAAOn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//H/7P8UAOz/7P/3/+z/8P/x/+z/FAD1/wAAAAAAAAAAAAAAAAAAAAAjAAAAAADp/wAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+3/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+3/6/8WAO//7f/q/+r/5//o/+P/HgDW/+P/4f/j/9P/7P/s/xQA7f/s/+z/7P/s/+z/7P8UAO3/7P/r/+z/7P/s/+X/FwDr/+3/5P/m/+z/5P/q/x0A5v/Y/+D/1v/r/+v/7P8VAOv/7P/q/+P/7P/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/A/7z/6v8HAO3/x//0/wAAAAAAAAAAAAAAAAAAAADn/+n/AADs/+z/7P8HAOz/7P/s/+z/7f/0/+n/FADt/wAAAAAAAAAAAAAAAAAAAADY/9T/+P8PAN//0P/n/wAA7/8AAOz/6v/x/9z/AADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//m/+r/FwDr/+j/4P/r/wAAAAAAAAAAAAAAAAAAAADt/+z/8f/y/+z/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//T/BgDs/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/FgDp/+r/6f/o/+r/6f/k//P/5f/r/+z/6f8PAOz/AAATAPX/AAAAAPP/7v8AAOz/7P/t/+7/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/4v/i/+n/5v/g/yAA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//L/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+r/6//r/xUA7P/s/+z/7P/s/+z/7P8UAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+b/2f/o/9//2v8ZANn/FADs/+z/7P/1/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+v/7P/r/xQA6//t/+3/7v/s/+3/FADs/+z/x/8AAN7/3f/o/+H/0/8RAO3/7v/w/wAA+f8UAOf/7P8AAPn/AAAAAAAADgAAAAAAAAAAAAAAAAAAACkAAADY/+r/GgDs/+z/7P/s/+b/5v/s/+z/6//r/+z/6/8UAOv/7P/u//X/7//1/xQA7f/v/+r/FQDs/+z/7f/s/+r/6v/s/+z/7P/s/+z/7P8UAOz/7f/s/+3/7v/s/+z/7P8VAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAKQAAAAAAAAAAANf/5//4/ykAAAAAAAAAAADX/+f/+P/0/xIAAAAAAAAA9//u/wAA4f/S//P/+f/q/+n/HgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8SAAAAAAAAAAAA8v8AAOz/8f/0/wAAAADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPj/7f/3/xQA8//s/+z/FAD1/+3/7f/s/+z/7P/r/+v/7P/s/+v/6/8VAOz/7P/s/xQA7f/s/+z/7P/s/ykA6//N/+v/7f/d/9z/5/8AAAAA+P/t//f/FADz/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AADy/wAAJQDo//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+//7f/s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAADr/+r/FQDs//D/6//r/+v/AAAAAAAAAAAAABIAAADu//P/FADy//f/8P/x/+3/9P/s/+z/7f/t/+z/7P8UAOz/6P/d/9j/AADa//H/DADd/+z/7P/s/+z/7P/s/xQA7P/s/+z/+v/6//P/FADo/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//n//D/7P8AAPv/GQAAAPj/AAAAAAAAAAD2/w8AAADt/+3/7//w//P/7P8UAPH/AAAAAAAAAAAAAPr/CwAAAPf/8P/u/wAAAAD0/xMA9//d/9n/4f/c/9z/4f8qAOX/7P/s/+z/7f/0/+n/FADt/+//5//w/+z/AAD7/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA9f/t//X/AADr/+r/7P/s/+3/7f/t//D/FADs/+3/7P/t/+3/7f/w/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//L/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/zv/X/8X/wf/U//T/IwDT/+f/2f/g/xQA1f8GAO7/AAAAAAAAAAAAAAAAAAAAAOv/6//u/+z/7/8VAOv/7P/r/+z/7P/r/+z/FQDr/+f/7f8UAOz/7f/t/+z/7P/s//H/AADp/+T/5//P/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDi/9P/yv/B/7z/vv/2/8z/5P/Y/9r/zv8AAMj/DgDs/+z/8P/t/xQA7P/s/+z/7v/s/+7/7v/u/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/IwDt/+z/7P/Y/+f/7P/r/+3/FQDs/+v/7P8AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAADu/+z/7P/t//j/8v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/F/7r/y/8AAOv/rP8OABUAAAAAAPr/AADt/+z/+//G/93/7f/X/+D/zf/Q/yQAAAAAAAAAAAAAAAAAAAAAAOP/6P/t/wAA9f8AAOn/2P/s/+z/FADt/+z/7P/s/+z/7P/s/+3/7v/u/+z/FADs/+b/6P/p/+b/FwDo/+X/6f/s/+z/8P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOT/5P/f/wAA2/8HAMr/y//s/+r/6f/t//T/4P8XAOz/+f/3/wAA7f8AAO7/EwAAAAkA7f/w/+3/AADt/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/9f/v//X/FADt/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//+//4/wAA8/8XAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/wAA8v8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7v/s//n/AAAAAAAAAAAAABcA7v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5//t/93/+P/j/xQA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAADp/wAAAAAAAAAAAAAAAAAAAAAAACkAAAAAAAAAAADX/+f/+P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/9P/z/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAUAAAA9P8AAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/4P/r/93/AAAYAOn/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAPX/7f/1/wAA6//q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8YAOr/7//v//H/5//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8f/s/xQA7P/l/+f/6f/j/+n/6/8aANn/2P/h/+P/6//v/xQA7v/s/9f/6v/q/+X/6f/q/xsA6P/s/+z/7f/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7f/u//H/8v/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/s/+z/FQDs/+7/7P/y/+//FADt/+z/7P/e/ygA3v/b/9j/2P/Y/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/FADs/9z/JQDs/+//6f/Y/+j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAADs/8n/0v/L/+f/vf/s/+v/6//q/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAACUA6f/3//f/6//X/+L/4v8UAOz/7P/s/+3/7P/s/+z/4//z//j/FAAAAPL/wP/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/r/+z/FQDr/+f/6v8WAOv/6P/r/+v/6v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAFADt/+7/8P/u/+z/7P/s//X/8f/x//L/AAAXAPH/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s//D/9f/q/+z/FAAAAAAAAAAAAAAAAAAAAAAA9f/t/+//AAAAAOz/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA7P/t//H/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANX/6P/g/97/6f8hANf/4f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/FAAAAPD/7P/0/wAA4/8XAPD/6P/l/9j/yf/h/9L/8//5/+r/6f8eAOv/6f/J//n/6v/5/wAANwDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAKQAAANj/AAAAAAAAAAAAAAAADwAAAOz/7P/s/+3/7P8UAOz/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPL/6/8AANv/8v8HAAAA6v8mANj/4v/Y/9n/2P/r/+P/7P/s/+z/7P/e/+z/7P8VAPr/FAAAAAAA7v/s/+z/6//r/+z/9v/s/+z/FADs/+z/+f/3/wAA9f/2/xwA7v/d/wAAAAAAAAAAAAAsAAAA2v8AAAAAAAAAAAAAEgAAAO7/7P/r/+j/4P/r/xYA7P/m/+3/7P/t/+7/FADs/+3/7P/w/+7/AAAUAAAA7P/y/+z/AAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOD/7P/s/+z/7f8UAOz/7f8VAOr/7v/s//H/7f/s//X/7P/s//n/7v/6/xQA7P/s/+r/GADr/+j/5//p/+j/5/8AAAAAAAAAAAAAAAAAAAAAIADZ/9r/5v/j/9f/5v/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/3/wAA7f8AAO7/EwAAAKr/IADZ/4P/pf/G/wkAg//i/8X/2f8AANX/6f8bAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P8UAOz/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/1P/X/9H/9f/D/+r/AAAAAAAAAAAAAAAAAAAAACEA1v/0/+j/7v/q/9v/6/8AAAAAAAAAAAAAAAAAAAAA8v/3/wAA6//s/+3/8f8VAOz/7P/t/+7/+v/s/xQA7f/v/xQAAAAAAPv/8//s/wAAxf9IANP/xP/T/9P/sf/J/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//m/+X/6f/m/+b/GQDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf8AAMn/wP+z/yYA0v/F/+n/7//6/+3/AADp/xYA7P/j/9j/2//u//H/2/8iAOL/7P/s//D/9//x/+7/FQDs/+z/7P/w/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAALgDV/+P/3//w/9b/2//X/9v/6f/g/+n/GADa/97/+P8AAAAAAAAAAAAAAAAAAAAA7f/t/wAAAAAAAO3/FADu/xQA7P/t/+z/7P/s/+z/7P/z/xQA7P/s//H/7P/s/+//AAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+7/7P/s/+z/4v/t/wgA4P/q/+//4P8OAPb/+f/0//X/9P8PAOz/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAATAO3/AADq/+r/6v/o/xYA7P/r/+f/CQDg/+n/7P/s/9b/6P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7//3//D/AADs/xUA7P8qAPD/8f/y//j/5//W/9n/FADs/+z/7P/1/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDh/+r/3//p/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwA1P/f/+L/3P/b/9f/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FQD0//b/7f/t/+v/+P/X/+n/6//q/+f/GgDp/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOn/4P/p/93/6//k/+v/JQDc/9j/5f/j/9r/5f/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/FgDq/+n/6//r/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0Avv/Q//P/7v/z/9j/1//r/+H/4P/j/8z/4P/c/x0AAAAAAAAAAAAAAAAAAAAAAOz/7f/w//L/+v/v/xQA7f/k/8T/yP+//8X/CgDZ/wsAFADr/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr//P/9P/r//D/6v/q/xYA1f/B/zIA1//b/9T/yv/L/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//p/+P/4P/Z/+j/5f8eAAAAAAAAAAAAAAAAAAAAAAAUAOT/3//z/+z/6//u/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/V/9n/AADt/wAA2P/W/9j/6f/t/+7/7P8bAOv/7f/h/9L/8//5/+r/6f8eAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9j/6f/s/+z/5f8kANr/2f8kAN//2f/k/+H/2v/b/+z/7P/s/+z/7P/s/xQA7P8AAN//0v/M//H/wv/r/wAA7P/s/+3/7v/t/+z/FADs/9v/zf/X/9T/6P/p/zEA1//p/+r/5P/c/+f/5v8ZAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA7P/r/+v/6//r/+r/AAAAAAAAAAAAAAAAAAAAAPn/3v+w/8T/nP8AAMn/6v/r/+v/7P/s//L/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/+z/7f/v//X/7P8UAOz/7f/s/+3/7f/t/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAD6/8b/1f/B/+X/1f8HANj/AAAAAAAAAAAAAAAAAAAAANj/2f/b/9j/6v/X/ykA4v/s//H/8f/y//b/7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xcA6v/p/+v/6//o/+n/xP/K/+D/1/8bAL3/KgCw//n/0//w/+X/6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/8P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADk/9r/5P/W/9X/4//Z/yAA5P8ZAOj/5//p/+f/5v/m/6v/HwDa/83/0v/r/9j/6P+z/wAA+v/X/8L/xP/w//v/1f/S/9D/0//b/9T/LgDQ/9P/3//c/+D/1//Z/yYA3f/X/wUA0//U/9T/GQDR/9L/zv8RAN3/yP+y/wAAn//r/+n/HgDi/+T/2f/m/9//5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/0f/d/+v/6//n/+T/FwDt/xUA7P/u/+7/7v/r/+z/FgDr/+v/7P/u/+z/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAzP/T/9T/4f/Q/+X/zP/p/+z/6v8VAOn/4//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xUA6//r/+v/6//r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//u/+//7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9//3f/h/+D/IADi/9D/7P/s/+z/7//t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADn/+f/6P/p//n/6P8ZAOv/yv+z/yUAxv+2/8j/5//I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/6v/s/+z/FADs/+z/7P/q/+v/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOv/6f/o/+L/5f/r/xcA6//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/0/8oANL/8f/i/+f/FADZ//n/AADk/+r/7P/Y/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+L/5P/e/+D/7/8NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8f/0//f/7P8UAPL/AADW//L/6//0/wAA2f/R/wAAAAAAAAAAAAAAAAAAAADt/xQA8//u/+z/7f/w/+z/AAAAAAAAAAAAAAAAAAAAANj/IwDn/+j/5v/l/9n/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/8//MgDQ/8//0v/N/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAA6//n/+r/6f/v/+b/6v/p/+z/6v/q/+r/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/t/+//8f/s/xQA8v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/7T/2v8aALz/AACp//f/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC//9H/1f/w/9X/xf9KALL/AAAAAAAAAAAAAAAAAAAAAOX/7P/s/+z/7P/q/xYA7P/E/wwA0f/m/+T/4v/4/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAAAABAA+/8AAAAAAAAAAAAAAAAAAAAAAADq/9//GwDk/+X/6v/l/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xcA+f8AAAAA8v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAPH/AAD4//P/7P/t/xQA6v/r/+3/7//s/+z/7f8AAAAAAAAAAAAAAAAAAAAA6P/q/+j/6f/j/+P/FgDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/5//X/+D/4f8TAAAA5P/s/+z/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOX/6//s/+z/7P/r/xUA6f8AAAAAAAAAAAAAAAAAAAAA6f/s/+z/7P/j/+L/GADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAJQAAAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//2P/s/xoA7P/m/9j/6v/1/9H/xv/P/9f/AADo/9P/BQDX/9f/AADY/+n/3f/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//u/xQA7P/s/+z/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/5v8AAAwA4//f//H/5P/O/7//vv/M/8T/CgAHAMT/9P/s/+7/8f/0/xQA7v/t/+z/7P/u/+3/+v/u/xQA7P8NAOv/7//T/+j/+P/a/8r/7f8UAAAA7f/s/+7/9P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/CgDm/8v/wf/L/6v/r/+7/8n/MADJ/6r/4//P/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/F/9X/w/8JAMT/EAD3/wAAAAAAAAAAAAAAAAAAAADq/xgA6//o/+f/6f/o/+f/3f8rANb/z//V/9b/2P/T/wAAAAAAAAAAAAAAAAAAAADg/+b/6f/p/+n/GgDo/+L/ff/h/7f/rf++/xAAyf8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+f8AAAAADgAAAAAA6v/j/9z/4P/i/97/HADn/wAAAAAAAAAAAAAAAAAAAADs/+v/7v/z/+3/FQDr/+n/7P/s/xQA7P/s/+z/7P/s/+z/7f/t/+3/8P8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAFQDs/+v/8P/s/+v/6//s//X/GwDq/+//5P/h/+P/4v8AAAAAAAAAAAAAAAAAAAAA3f8dAOz/4v/i/+r/3//g/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/7P/r//r/FADs/93/7P/s/+v/7f/2/wAAAADs/+z/FADw/93/6//p/xwA7P/s/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/n/xcA5P/s/+v/6//t/wAAAAAAAAAAAAAAAAAAAADr/9L/xf/k/9//4/8ZAM7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6f/o/+n/5//p/xgA5f8AAAAAAAAAAAAAAAAAAAAA0v+2/9v/x//L/8T/yP8/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/u/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADr/+n/6//s//n/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/f/97/5P/h/9//3v8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+j/FwDs/+X/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/3f/j/+X/2P8nAN//z/8AAAAAAAAAAAAAAAAAAAAA2P/W/wAA2f/Y/9j/2P8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/6v/3/yEAAADf/+z/2P/m/+z/7P/s/+3/7P8UAOr/AAAAAAAAAAAAAAAAAAAAABcA6v/r/+z/7P/p/+n/7P8UAO3/7f/4/wAA7P/s//b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//f/8f/s/xQA7f/r/xUA7P/v/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/6f/Z/+z/4v/m/xkA4v8XAOr/6v/e/9//6P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMT/xP8AAL7/z/8AAN3/0f8AAAAAAAAAAAAAAAAAAAAA8//p/xgAAAAAAO7/6f/4/+z/7P8UAOz/7P/s/+z/7P8WAAAAAAAAAAAA7f/u//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7v/2/+3/5P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8fAOP/6P/q/+X/3v/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8VAOv/7//7/+P/7P/2/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/0/+7/FADs/+z/7P/s/+z/7f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADn/+r/6//r/+z/6f8WAOj/8f8aAPb/+/8AAPv/6//w/+z/7P/t/+z/7P8UAOz/7P8AANz/6/8AANb/yf/6/83/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2//r//T/JgDp/+r/6/8AAAAAAAAAAAAAAAAAAAAA3v/l/97/5//r/+f/HgDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7//s/xQA6/8VAAAAAAD6/wAA7f/s//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/6//o/+z/6//s/+D/5f/l/+b/4//l/+D/NwDq/w0A1v/q/xQAwv/b/+D/AAAAAAAAAAAAAAAAAAAAABsA5//p/+r/5//r/9n/2f/m/+H/6//Q/xIA5f8ZAMP/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/9b/xv+f/7P/AADC/wAAAAAAAAAAAAAAAAAAAADO/xsA6P/e/+b/6f/n/9X/AAAAAAAAAAAAAAAAAAAAAOz/FADt//D/7P/s/+v/7v/s/+z/FgDq/+v/5v/q/+v/7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADq/xgA6//j/+P/6P/m/+v/AAAAAAAAAAAAAAAAAAAAALf/0/+7/+//7/8HAPP/5f8AAAAAAAAAAAAAAAAAAAAA6/8VAOv/7P/s/+z/6//s/+v/FwDv/+3/6v/r/+f/6v8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAO7/7P/5/wAAAAAAAAAAAAAAAAAAAADm/+j/6f/m/xcA6P/l/+n/7P/s/xQA7P/s/+z/6//s/wAAAADq//L/6//d/9j/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2P/o/+H/AADb/+L/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKL/qP8HALf/tP+z/xgAo/8AAAAAAAAAAAAAAAAAAAAA3f/Z/+H/3P/c/+H/KgDl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/FgDY/9n/4f/b/wAA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/h/87/0v/6/9X/zP/s/x0AAADv/wAA5//j/+j/AAAAAAAAAAAAAAAAAAAAAOr/6f/q/+j/6f/s/xYA6v/w/+7/AAAUAAAA7P/y/+z/FQDq/+v/6//r/+r/6//q/wAAAAAAAAAAAAAAAAAAAAAVAOv/6//5/+3/6//p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A+f8AAPH/AADv/+3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/6/8AABYA8/8AAAAA+v/s//f/HADR/93/5//2/9n/5v/l/wAAAAAAAAAAAAAAAAAAAADn/9//6P/o/+f/HQDj/9//AAAAAAAAAAAAAAAAAAAAAAAA1//5//b/8f8AANX/7P8WAOz/8//w//L/7f/p/+7/7f/s/xQA7P/t/+z/7P/s/8j/4f8fANX/3//Q/+b/5f/s/+z/FADt/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAMj/6P+8//T/BwD4/7r/AAAAAAAAAAAAAAAAAAAAAAAA2v/Y/+L/0//m/+n/GgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/p/+z/3//p/+z/6/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7f/3/xQA8//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+j/6P/p/+j/5P/j/xoA7P/s/+z/7f/x/+z/FADs/9f/6v/q/+X/6f/q/xsA6P8AAAAAAAAAAAAAAAAAAAAAIQDi//D/AADh/+v/1v/V/9X/6P/g/97/6f8hANf/4f/p/8n/+f/q//n/AAA3AO3/7P/s/+z/FADs/+z/7P/s/wAA6v/r/+n/5f8OAOH/7P/r/+z/7P/p/9v/AADq/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+j/6//e/9b/4P/o/6H/s/8AAOn/y//e/7X/0v8AAO//HgD5/wAAAADm/wwAAADu/+z/8//0/wAA7P/u/wsA7v/s//P/9P8AAOz/7v8LAB4A7v/m//j/+v/u/+L/8f/R/wAA2P/k/wAA0v/s//D/0f8AANz/2f8AAL//xf8AAN7/0v/V/9X/1/8uANT/y//G/wAA5f/v//D/BQDf/wAA7P8SAMb/uv/a/83/8P/r//f/GQDq/+3/8f/r/+r/8P/m/ycAAAAAAAAA8P/Z/wAA2P/Z/+X/5f/t/+n/AAAUAO3/7v/w/wAA+f8UAOf/7P8kAOv/FADr/+v/7P/p/+z/9//W/+H/6P/o/wgAAADV/wAA9f8VAAAAAAAAAAAAAADz/wAAzP/T/8L/+P/g/+//4v8nAMT/2f/c/9j/zv/a/8n/DADk/9//zP8HAOX/3v/Y/97/7//0/xQA7P/s/wAA7P/r/+v/6//q/+z/FQDr/7X/5v8qAMf/xv/O/97/uf/h/+r/FwDo/9//6//p/+r/7f/s/xQA7P/t/+z/7P/s/7j/2P/A/63/y//q/wAAAADI/93/3P/r//r/x//N/yYAt/8AAMr/9//c/wwA0//U/9L/1P/W/+D/5v8RAAgA6P/F//r/z/8QANP/t//E/8H/EwDj/+z/3P/q//f/2P/Y/wwA7P/w//P/AAAMAOX/5f/s//j/+P8AAAAA8P8UAAAA6P/Y/9r/5f/m/9n/KQDc/w8AsP/h/xAAwP+7/9X/8P/E/9j/2P/f/9r/AAASAM3/sf/e/wgAxP+j/wAAzv/Z/8P/6P/S/9j/1f/r/+v/DAAUAO3/7f/t/wAA7P/s/+v/5f/r/+z/7P/s/+v/FQDp/+3/7P/t/wAAAADs/+z/FADs/+z/7f/w//D/7P8UAO3/uP/d/+v/n//Q/w4A8f/J/9n/5f/6/yYA4//Q/+//5f/B/8//9//Q/+T/8P8qAK3/EACp/9z/vv+l/9T/DAAAACIA6P/a/9b/2P/m/9j/1v/w/xoA4f/l/+v/7P/i/+X/AADb/+f/6//c/wAA2/8AAOf/6f/s/xUA8f/r/+r/6v/Y/ywA1v/j/+H/6P/S/+T/DQDt/93/6f/r/+j/9//q/9n/DgDb/9H/zv/a/83/AADs/+H/FgDm/93/3//r/+v/5//r/+3/2P/s/+v/6/8VAL//AAAAAMj/AADU//b/1v/5/xQA7P/t/+3/7f/r/+z/DgATAOz/8f/z//n/4P/m/+z/7P/p/+z/7P8UAOz/7P84AOb/7v/o/9z/xP/T/97/7f/w//X/+f8AAPj/FwDz/9j/2f8AAOD/7//5/9z/AADq/xUA0/+y/7P/5v+9/8D/sv/c/wAA0f+//8X/MADR/+7/7P/z//T/AADs/+7/CwATAAAAAAAAAAAA+//g/wAA7/8pALL/0f/R/+f/2f+2/+v/GADp/+z/5f/r/9z/7P/M/z0A0v/J/8D/2/+r/97/z/8mALb/2/+y/9f/2v/n/xgArP+7/8r/4P/p/+T/vP8UAPD/AADy/wAA6//s/+7/6//e/wAAAAAAAOz/GwDx/9f/GwDl//H/3P8AAOD/6P/i/woAtf/e/8z/5v/2/9L/sv/J/0gAv/+9/7H/wv/n/w0A6v/W/+n/6f8TANH/6v8AAMD/AADP/9r/2P/E/xcA7P/h/xYA5v/d/9//6//r/+z/7v/s/+3/7P/s/xQA7P/W/+D/0v/c/+T/6f/V/xsA6f/e//P/6P8AAN3/5P8AAML/5v++/23/uf8YAL3/3P/v/x4A+f8AAAAA5v8MAAAA7v/s//P/9P8AAOz/7v8LANv/7f/m/+n/AAAoAN3/5P/W/xUA4P/s/+z/2v/r/wAA0/8nANb/5P/g/9r/2f/a//n/3v/r/+v/6P/i//b/1P/Y/9j/3f/d/wAA5v/q/xIAFADf/+3/7v/s//j/6//Z/9//gP/U/37/wP/o/ycAw/8uAO3/0P/Q/9v/zf/R/9n/JQDX/97/2P/Z/+r/1//o/+r/7P/2//b/+P8AAA8A4f/y/wAAtf/d/5X/tv8AAAAA4v/Y/9D/x/8GABIAu//E/woACQCw/9z/FgDO/8D/zf/I//j/vP/k/wAA7P8AAM//6v/l/+X/5P/n/+T/GwDo/+z/7v/s//L/9f/s/+3/FADr/+3/6v/r/+z/2P8UAAAAAADv//v/+P8AAPP/FwD6/83/7P/c/9L/AAAVAPD/6P/r/5v/3P+k/+n/+P/j/wAA7P/s//f/7f/u/+z/FADw/xQA7f/t//b/+f/r/+z/7P/n/+D/6//s/+v/6/8YAOr/6f/S/9r/2f/k/+L/KwDk/+7/7P/Z/9//7P/s/wAAEgDt/+v/7P/s/+//6/8VAO7/2f/c/9v/3v/d/9n/AAAAAB0A2f/n/wAAAADY/+T/AADs/+z/7v/x/+//FADs//H/6v/r/+z/7P/6/wAAFADO/wAA7v8AAPf/AADs/wAAFADU/+z/AADZ/8z/IwDR/8v/wv+4/7b/GQDP/87/sf8tAB8Ahv9//2f/AADy/7//xf8AAO3/AAAAAPH/DwDt/9n/AADX/+f/1v/Z/+z/6f8WAAAA5//r/xYA6//X/9H/2//3/9f/tf/v/8D/AAD5/9r/7v/s//P/9P8AAOz/7v8LAOL/2f/6//T/AAAfANb/zP/s/+//8v/x/+z/7v/s/xQAAAAAAOj/1f/i/xgAxP/j/9T/xf8GAAAA1f/6/9L/5f/w/xwA0v/W/+D/9v+7/87/zf/Z/wAAZ/+F/+7/+f8AAPT/wv+8/8r/0f/V/xgAs/8cAND/1//E/+L/1v/R/xcA8v+v/xoA1v/l/8H/uv8eAOr/1//U/9v/7v/h/xsA6//m/+v/6//v/+j/7P8XAOz/7/8eAPn/AAAAAOb/DAAAAAoAuv/E/8f/vv8JAN3/uP/3/+//3f/j/8z/2v/s/9z/EwDY/9j/4P/p/9D/0/8AAK//MQDR/73/mP/h/7z/ov/j/xQADQDY/+f/4f/H/9f/w//U/+z/tv/O/yUAu/8QAOL/6f/s/+r/9P/r/+n/EwAwANL/1P8AANn/xv/a/9X/7P/s//P/7f/t/+z/FADu/9j/uv/i/xYAsP/a/wAAqv/J/xcA4v/S/9z/6//r/+n/wf8lANn/5P/m/9j/BwDN/+z/AADs/+7/4f/s/+7/FADQ/wAAEADg/9v/0v/4/wAAPgDh/8H/6f/x/93/yf/Q/9f/v//N/8v/5P8QAAYAy//u/+z/8//0/wAA7P/u/wsA+v/u//L/AAAAANj/8P8oAAAAFAD4/wAAAAAAAOz/AADs/+r/+f/t/wAAAAAUAPv/2v/s/+n/6f/s/wwAAADr/9j/wf/Y/+j/2f/p/9b/IwAAANH/1f+2/8H/2f8UAMH/1f/r/+z/4v/e/wsACwDo/8P/yf/b/8//3P9GAMf/wf/A/+j/7v/u/+T/t/8SAF//7P/q/7T/4f/q/+v/GADr/9n/CQC8/+D/xP/B/wAApP8AAPL/5P/I/9b/1/8HANT/2P/p/+//8//v/xsA7P/y/+z/6//r/+v/6v/s/xUA6//W/xAA1P/Y/+D/AADQ/9b/8v/s/8H/uP8NAPf/1P/V/+v/4P/b/+P/EQDY/9n/AADs/+D/2//Z/+3/6/8iANn/5v/b/+n/6P/b/xwA6v/b/+f/FAATANX/6P/t/8v/6//Y/9j/3f/d/wAA5v/q/xIA2//G/5f/3f+5/9j/xv/L/9j/2P/d/93/AADm/+r/EgDp/x8A1v/v/+z/1//l/9r/AADf/9T/0//e/9X/DgDp/+z/FQDr/+z/6//s/+v/6//6/9X/5P/f/+v/1/8SANz/6P/i/+j/3//a/97/HQDY/+7/7P/t/93/8/8TAOz/+f/M/97/3v/l/8z/yv8JACEA9//Z/+f/1f/T/xwA0f/S/x0A1f/1/wAAJQDu/wAA9v8UAOz/7P/s/+3/7P/s/+z/7P/s/+n/7P/s/xQA7P/s/7T/qP+d/8n/lP8AANz/7P/g/zsAzf/i//r/z//F//X/7P/r/+v/6v/s/+z/FQDs/+T/0f/b/9P/5P/m/x4A1v8LAMz/4f/e//n/0f/2/9f/1f/K/9v/6f/b/+n/KgDp/8T/4v/p/97/5P/B/+j/JwDs/+z/7P/s/+z/7P8UAOz/0f/F/3//mv+j/w4Aq//R/wAA1//E/6P/q//N/+H/HwDV/+7/5f/X/+z/6v8hAOr/0//n/wgAx//D/wkAAAC1/9b/6P/s/+z/AADY/xMA6P8VANT/xf/W/9D/5f+8/+7/HgCi/9L/xP+5//D/pf8AADYA1f/S/8v/xv/g/7X/xf8YAI7/p/+V/9P/mP/P/+j/CgDj/+f/7f/q/7r/7f8UAK7/7v/P/9L/e//A/+z/AAAKAN7/2//j/+L/4//o/wAA6//o/+z/7P/t/+z/FQDs/+X/6v/s/93/6//r/xYA7P/s/9v/FADg/+D/AADo/83/7P/t//P/9//7//b/FwDx/+L/4P/U/+j/1/8jANz/5f/n/xQA7P/q/9j/7P/v/wAA2P/b/wAA3P/Q/9X/2P8AAOr/5v8YAOn/6f/q/+j/6f/a/8P/5//p//L/AAAHAOv/zP/D/+j/1P/t/xMA0f/y/9j/7P/Y/+3/8f8kAOz/3//o/9b/4v/S/9v/IgDl/9f/4//e/+n/3P/i/8r/5/8zABIAwP/J/9j/yP/W/9X/KwDs/+j/7P/y//b/7P/t/xQAxP/Z/+//3v8UAM//5v8AAA8A3f/d/9r/3f8AAOX/4v8VABcA6v/q/+n/z//p/8H/7P/s/+z/7P8AAAAAFADv/83/PgDF/9j/0v/P/8H/1f/Z/+r/6v8AAOv/7v8HAOj/2v+5/+P/5f/0/zIA4P/R/woA4v/e/9j/AADq/+D/6//Y/+z/3//p/+T/EgDY/wAA+/8AAAAAAAAAAPD/GQAAAOv/5//p/+L/AAASAPn/4v/Z/wAAFQDs/wAA3v/X/+z/3//V/9T/KADZ/9P/3P/W/+b/1//F/8v/xf8AABQA5//5//L/AADn/wAA7P/q/xQA7P/s/+z/9f/w/+z/FADt/+7/qv+a/x4Axf/T/9f/CQA6ANj/6P/k/+7/yf/J/9//7P/u/+f/6f/r/+j/FADs/+b/KADg/9f/2P/R/+X/1v+4/wAAsv/H/wAAvP/t/7b/9v8AAMT/w//U/9D/9v/x/+b/5/8WAM7/7P/r/+f/5f+t/7L/z//m/7X/KgC7/wAACgDS/9v/5f8AAOL/AADq/83/CwDP/9H/1/8AANH/yv/j/xMA6//7/+H/7//Y/+//5f/a/yEA2P/c/+v/3//i/9D/6P8iAMr/0f/h/9n/0//u/+7/7P/w//r/6v8TAO3/2v/Z/9j/5P8AAAAAAADd/wAA9f/p/+j/3v/e/wUA7P/p/9j/5f/m/9f/1/8QAAoA+v/A/8b/zf/J//P/BgDO/+z/6P/j/+z/8v/s/wYAFADq/+r/6P/g/+z/7P8WAOz/7P/r/+v/6//q/+z/FQDr/+z/4f8XAOX/3v/Y/+r/6//s/wAAAAAAAPH/7P/q/xQA6v/6/9T/8f/I/8//xP+s/9D/1v/Z/9L/9f/i/ywA3P/s/+z/6//s/+z/6/8UAOz/7/8eAPn/AAAAAOb/DAAAABkA9f/U/+f/9//T/+n/xf8AAOj/xv/F/9P/2/8OAML/+f8AAOD/0v/k/+D/AADh/wAA7v/6//f/+//1/xYA+v/c/+3/FwC1/73/AADn/8//KQD1//L/9v/h/9b/u//N/+z/FADs/+3/6//s/+z/7P/X/9X/xP/u/9f/1f8qAOL/4P8oANn/5v/u/9n/2P/j/7z/9P/h/9f/6//n//v/yP/p/+T/6f/M/+T/AAAAAND/sv/C/9L/KADZ/8H/3v/E/+z/7P/s/xQA7v/s/+z/7f/s//D/7f/v//H/7P8UAPL/mP/S/+f/7//E/zUAof/t/63/r//E/5H/lf8yAOr/q//N/+L/2P/M/8L/JgDV/8v/u//l/8X/9f8lAOn/4//P/93/3P/Y/+f/EgDr/9z/AADp/wAA6f8UAOz/5//Z/+v/7v/s/xoA7f/t/+z/EwDt/xMAyf/F/8n/v/8AAOP/4//u/+z/2f/f/+z/7P8AABIAAADO/+b/pv8AANz/7v/Q/7r/4//C/8D/zP/O/x0A0P/t//L/8//0/+//7f8UAPH/4P8AAO7/0P/S/87/5//B/+P/4v/l/+3/5v8aAKr/5f8VALr/0P/M/wAAAADG/7D/1f/t/9L/4P/c/+L/GADh/+H/7P/s/+z/7P/z/xQA6v/e/+T/7P/t/+z/7P8fAOr/EADf/wAA0//f/9L/2v/z/xMAAAAAAAAAAAD7/+D/AADc/9T/0f+8//H/5f/X/xwA1v/Y/wAA3f/Z/wAA2//U/+z/7P/s/+z/7P/Y/xQAAAAoALD/s/+4/7L/1v/Q/93/LQDc/93/9//o/wAAsv8AAM//6P8UAOv/5P/2//P/5P8VAOv/7P/o/+//8P8AANf/GADi/9f/0//j/+j/AADi/8f/yP/C/+P/zv/g//P/IwDs/+z/3P/n/xQA2P8AANn/1f+r/7P/3f8AANj/3P8lAOz/7P/r/+z/7P/r/xUA7P/B/9X/7f/N/9X/5P8AABQAyP/r/+v/9v/y/wYA6/8AAPf/3v/s/+z/9//1/wkA6P/B/w0A9P/L/+z/9//o/9z/AADm/xMA6//q/9j/4f/r/9z/AADm/+D/1P8QANb/2v/q/9f/1P/b/+7/4f8bAOv/7P/s/+v/7P/s/+v/FADs/8P/0P/q/+X/6P8TAMP/DADj/+X/y//P/9P/HwDk/8X/2f/V/+v/0//1/9T/CwDb/wAA8P8AAOb/9/8AAPH/AADX/+v/7f/u//v/2/8kAAAA1f/k/+b/1/8AAA8A1//q/+z/7P/s/+z/7f/s/xQA7P/p/+3/8//5/+3/6/8XAOn/6f/t//P/+f/t/+v/FwDp/9v/CADh/+X/1//g/w4A4f/7/+z/xv/U/8X/6//L/+L/9f/j/wsA5P8LAJz/7/+//+z/7//t/+7/8P/s/xQA8P/v/x4A+f8AAAAA5v8MAAAA6f/U/+f/wf/Y/zsAvv/e/+j/2f/a/+D/3v/j/xwA2P/S/+j/2P/c/wkAwv8aANv/KgDX/+b/5P/s/9j/1//r/wAA0P/W/83/4v/X/+z/7v/S/x0A2P/X/83/1f/k/9D/6P/l/+v/7v/t/9b/GgDp/+z/7P/s/+3/7P8UAOz/7P/m/+L/6/8YAOv/6f/l/9n/JQDM/+f/9f8AALT/2/8XAAAA9//R/9f/zv/j/wYAzv/I/+v/6//2//L/BgDr/wAAFQDb/wAA2f/c/93/1v/f/9j/4//o/+n/6f8aAOn/AADs/+z/7P/s/+z/7P8UAOz/8f/W/9//5v/k/+L/IADi/8H/wf/R/9b/zf/O/0IAw//s/+z/7f/w//D/7P8UAO3/7P/s/+3/8P/w/+z/FADt/+f/7P/s/+z/7v/s/xQA6/8UAOz/7v/v/+7/7P/s/+z/x//o/8v/0f/Q/xMAAADp/83/1v/D/8n/1f82AMT/vv/p/9b/zv/W/+L/8/8NAM3/AAAgAAAAAAAAAPX/7f8AANr/JQDT/+P/2P/e/9n/4//M/yYA5P/C/9T/3f/X/8z/xP81ANL/2v/t/+D/wv/a/zcAvf+//9P/yP+w/8//8v/s/+z/9//t/+7/7P8UAPD/1f/C/8f/qf/x/7//wv9AAAAAAACg/3//oP/A/+n/5//a/wAA8P/x/+T/2v8NAO7/jv/O/9L/0P+5//D/DQD0/9v/zP/c/93/9/8AAAkAyv8AAO3/AAD2/wAA7P/6/xQA7f/w//X/+f8AAPj/FwDz/+n/6f/r//L/0v/V/+7/HgDs/+7/7P/3/wAA6v/o/xQA+f/6/9T/vv+5/73/+/8AABQA7P/g/+r/6v/h/wAA4v/q/9z/0P8TAOz/5v8HAOz/CwDY/9z/1P/V//D/1f/r/xcA3f/X/9j/6P/u/wAA2f/s/wAA4//r/xoA1v/n/9T/4P/j/w8A1f/f/9H/5f/x/+z/AADs/+z/7P/s/wAA7P8kAOr/5v/p/9z/5v/o/9X/7P/s/9j/2f8UAOv/AADY/9X/8f/W/9f/0v8oAMH/1/8MAL//EwDv/wAA1//v/wAABgD6/+f/yf/e/+X/9f8AAL3/6/+u/77/AAAYANf/w//d/9j/FADg/wAA9v8AANn/5f/V/9v/8f/1/ywAy//M/wAA6P/s/+z/7P/r/9j/FQAAAOz/AAAAAPf/FADX/+z/2v/b/77/7f+2/+b/AAD3/wAAx/++/6//m//m/93/GgDY/ywA1v/j/+H/6P/S/+T/sf8zALr/r/+r/93/0P/X/97/HwDb/+T/6P/n/+L/5P8FAEIAqv/B/8T/yv+T/7T/AAAAAA8A4f/w/9j/2f/Y/+f/6v/o/xcA7P/p/+r/5f8VAO3/6v/t/wAA6//s/+r/BwDY/93/4f/6/+j/+v/c/8v/AAD5/xQA7v/Z/+z/6//p/9n/6f8iAOb/5/8AAMz/BgDm/+//9f8AAAAA7f/s/wAA7P8AAPj/AAAAAOn/7P/X/8v/6f8AAO3/2P8uAOb/AAAjAL7/7P+7/8//5/+f/9z/y//O/9n/5//f/zIA6//q/+n/3f8AANr/FwDi/wAADwAZAJn/n//2/9//yP++/73/TQC1/8D/u//R/7H/s//S/9H/3//m/xsA6/8ZAL3/zf8YANH/oP+a/8j/AADW/9j/FQDK/+X/1f/V//D/3v/K/xcA2f8AANn/w//P/wAA7v/r/+3/FQAAAO3/6//s/+b/4v/r/xgA6//p/+X/2f/h/9H/+v/W/+f/9//6/w0AFwDn/+v/6//6/9b/6f/M//b/GQAAAAAAAADa/+j/AADk/wAA1v/w/9b/1P8AANf/FgDr/+v/7P/u/+z/5//s/xUA6//r/+3/7//v/+f/6P/C/yAA0P/T/8v/z//X/x0AAAAAAOv/5//h/+X/AADs/+f/5v+3/yIAzv/h//L/s//n/9j/2P8AANr/EwDY/9n/zv/J/5n/7v+4/9j/LAC7/9r/AAD3/wYAAADh/+z/6/8oAMn/0f/n/9v/AADI/wAA0f/o/+f/5f/U/9v/EwAKAPb/AAC//7n/EQD6/9X/0v/Y/8//6//G/9j/4f8AAAAA9//X/9r/4P/Y/+X/HQDd/93/0//v/67/2v+//x0Axf/s/+v/6v/t/+3/7P8VAO3/1//T/yIAx//m/9T/4/+9/9L/7f/Y/9H/1//Z/xwA2P/r/+z/7P/t/+7/8P8UANn/xf8dAOr/2P/a/9n/4P/s/+D/GADO/8X/0v8AAOX/zf/S/+b/FAC9/9j/zf8OALf/4//Y/+n/7f/r/+X/JADa/wAAFAAAAAAA8//s/9v/8v/p/+L/6//I//P/4f8aAOz/2/8AAMv/8P/D//H/AAC9/9f/2f/X/9j/2P/L/y8Azf/J/+H/EgCF/8b/5v+m/xcA5//l/wAAAAAfAOP/4P8AAOn/3P/X/+X/5v/r/yAA5//s/+3/8//3//v/9v8XAPH/wP+3//f/rP/C/6v/WAC6/9b/1f/e/8n/zv/S/y0A0f/i/93/6//F/9X/1v8mAMr/7P/s/+z/9f/w/+z/FADt/wAA9f8VAAAAAAAAAAAAAACq/8P/5//L/9P/GwAdAMH/FAAAANj/2P/a/+n/3P/s/xQA5v/e/+X/AADr/+X/5P8YALj/4P+p/7H/AADq//n/2//p/+L/2//b/x0A6//W/+L/+f/G/+b/0P8AAO3/t//3/9L/3//S/9j/AAAAANz/y//d/yAA9P/d/9z/0v/F/+z/8P/2//P/7f/j/+v/FADi/+v/+v/b/+b/FADm/+z/BgDW/9D/2//e/wAA1v/J/+D/+P/P/9L/4P8QAAAAvf/N/97/2f+5/8X/0f8wAM3/wP8AANL/3//c/wAA5v8IAOf/5//2/+3/9v/r/+3/FwDu/+n/AADj/+v/EADZ/9v/FADs/+z/7v/u/+z/7P/t/xQA7f/s//H/8P/z/+z/3P/r/wYA2//W/wAAAAD2/+r/AADo/+L/AACN/wAA2//S/8r/5//d/+X/7f/O//X/FgDj/xgA7//i/+j/2//N/93/AADu//j/8v/2/+v/+v8UAOr/1//U/9v/7v/h/xsA6/8AAOz/7P/t/+3/FADQ/+n/3v/k/+z/7f/s/+z/HwDq/wAA0f/e/7X/r//d//b/4P/y/8D/1//e/9X/3//f/wAA0v/p/wgA5//g/yAA3P/Z/97/4//b/+z/1P8bAPb/xP/B/w0Ax//D//j/yP/V/8r/xv8aAMP/xv/V/wAAv/+8/+n/6//s/9D/7P/r/+r/FQD0/+D/0f/l/9n/5f8aAOj/7P/s/xQA7P/v/+z/7P/t/+v/6P/s/+z/7f/s/xUA7P8XAOr/6//p/+v/6//m/+r/AAD1/xUAAAAAAAAAAAAAAAAA2P/p/+n/5v/X/wAA2f8IAMX/4v/e/+D/AADG/8n/+P+0/w4A8P/Q/93/AAD6/ygA7f/g/+v/1//n/8b/6//i/9z/2P/Y/9//2P8oANj/7P/s/+3/FADs/+z/7P/s/wkA0f/h/9T/AADg/8n/1v/B/7j/zP/f/x0A3P/x/+H/DgDs//P/+v/z/wAA7P/l/8T/4P/4/9v/4v/p/9L/GwAeAOT/5P/x/+z/5v/s/9j/5f8AAOv/+//s/wcA3//a//r/AAD6/wAA8v8VAPf/7P/r/+r/6f/6/6//0f/V/wcAEgDl/8L/DgDz/+D/7P/T/9b/DwDV/9j/3/8AAND/1//Q/xgAyf/M/9//v//v/8z/AAAoANn/9v/3/+P/2P/2/+z/rf/N/9b/v//R/wAA0f/n/+v/3f/o/+T/FwDg/+j/5f/W/x0A4//e/97/5f/g/+z/7P/p/+z/7P8UAOz/7P8gAN//x//W/8j/xf/j/8P/7v/u//X/FAAAAO3/7P/s/+j/yv/x/wAA5P8MALH/9//H/wAAy//G/9j/1/8vALj/7P/w/+3/7//x/+z/FADy/x4A0f/a/8z/3f/Q/+j/2P/L/wkA1P++//T/3P8eANX/tv/2/8f/y/+8/8f/9f8LAOL/s/8RAOX/0v+0/7n/HQDs/xQA6//s/+z/8f/s/+v/z//l/+L/FQCp/8f/sf8AAAAA7//7//j/AADz/xcA+v8AAO//+//4/wAA8/8XAPr/6v/s//D/4v/n/wwA+//q/8b/lP+j/5z/zf/O/ycAnv/r/xgA6f/s/+X/6//c/+z/7P/q/xQA7P/b/93/AADs/wAA2//a/yEA6//Y/+f/zP/z/wAAw//F/9z/1P/k/wkA0P/l/wgA6P/j/+P/2v8TABAA2v/p/9f/CgDX/+r/3f/2/+v/FQDp/+//1//t/+j/yv/H/8L/1P/Y/+T/MQDe//r/2f/a/93/8f/B/yYA6P/g/+b/+f/4/wAA4P8nAOz/8P/V/+f/uf/t/wUAu/8GAOX/KADg/9f/2P/m/+X/1v8WAOz/7P/u//X/2P/q/wAA7//a/wAA1//d/ysAyv/J/+z/7P/p/+z/7P8UAOz/7P/t//j/+P/3//j/FADs/+//6v/o/wAA5//r/9r/FwDn/+3/6P/2//b/+v/t/xUA7f8ZAM7/+//o/9T/3f/s//T/AADx/wAAAAAAAOz/AAAUAO7/5v/o/9f/yf/y/+D/AACt/7n/qf8yANf/zP+n//D/6//s/9j/0//T/9b/GwDF/+z/7P/r/+z/7P/s/xQA7P/s//X/6//r/+v/6P8TAOz/DwDW/9v/z//Y/9v/AADU/+P/BwDn/+j/5//j//j/5v+//7v/uv+9/67/LwDC//D/wv/c/xMA2f/S/xgAtv+8/+r/4f/m/9f/4v8fANz/yP/a/9P/3v/I/9n/1/8pAPj/xP/A/+z/z//5/wAA+f/Q/wAAAAD5//r/AADk/wAA8f/l/83/2//S/+P/5P8fANX/IgDR/9n/zf/o/9f/6P/N/+n/AADW/97/x/+x/+v/DwAAAOP/6v/s/+v/1v/Q/wsA2//E/8f/w//C/xgACgDv/xcAAAAAAPL/AADt/+z/5P8HAOv/4f/r/9v/4v8AAOz/6//Y/9j/5f/r/+v/AAAUANX/6v8VAN7/6//F/+v/EwAHAOf/8v/p/+b/6/8AAOf/FADs/wAA5f8AAOr/7f/e/7X/3v/k/+n/5//y//n/AAAYAOT/5v/v/+//6v/p/+//u/8MAOj/6v+U//P/zv/h//H/7f/1//n/AAAAADUA8//0/xQA8/8AAO3/+P/s//D/2P/i/9n/3f8AANn/IADE/7r/3P/U/wAA0P/N/z0Awf/j//b/wf/H/6L/4//g/97/4f8SANX/3P/G/+H/DQDQ/9b/+f/Y/+T/4v/r/xMA6P8AAPn/vv/M/7f/uf/W//P/3v/i/xQA7v/t/9v/6/8AAOv/6P/E/8T/8f8AAPf/vP8aAMn/7f/R/wgA2P/f/9H/2f/5/9n/2f/o/xAA2P/m/xAA5f/W/9n/1f/e/+b/BQDV/8X/gP/V/+D/xP+v/+P/yf/H/8D/6//t/wAA4v8VANb/+P+E/4n/cv/v/9X/u/+s/5P/tP+r/6r/FgAAAN7/6//7/+b/7P/j/xQA7P/r/+z/7v/t//L/4/8UANv/9P/Y/+v/6v+i/9n/AAC5/9b/1v8vAOH/4P/i/9P/0//e/wgAuP+5/9L/zv/M/wAA3f8WAOz/6//r/+7/7P/b/+r/1v/Y/+r/4v/s/+n/AAAWABgAAAD1/wAA+f/p/+z/+P8sANf/6//s/83/1P/o/9D/AADI/+n/5//X/8X/DQDK/wAA1f/c/+j/1//r/wAA6P/P/wAA5v8AAKX/5v/m/7H/BgDs/9r/5//1/+r/EwDr/wAAxP/F/9L/BgDA/+//5v/X/+r/4f/p/+n/GgDn/+r/zf8PAL7/hP8OANb/nf/5/+n/3//p/+n/2P/Z/+b/JQAeAOT/5P/x/+z/5v/s/9j/3v/k/+z/7f/s/+z/HwDq/8L/BQC4/8v/4v/P/wkA2v8eAAAAAADm/wAAAAD6/wAAAADM/8b/xP/D/+f/GwDQ/9f/2f/d/+T/6v/a/ysAwv/G/8j/zf/n/+n/xP89AOj/5//p/+z/FQDx/+v/6v/q/8z/AADK/6D/k//4//n/9f/v//v/AAAAAPb/8P8AABUADQDc/9r/2f/Y/+v/AADg/wAAFAD4/wAAAAAAAOz/AACx/87/vf9MALn/tf+1/9v/5v/i/+v/GADr/+n/5f/Z/7//4P/Y/0QA1v/K/87/yf/i/+D/4f8dAOP/5//k/+T/7P8OAOr/5//n/93/EADq/+j/FADz//j/+v/x/+z/7P/p/9j/7P/u/+//5v/s/xYA+v/J/6L/p//I/9L/IgDI/xEA+P/h/+D/yP/O/wwA0//f/wAA1//a/9//BwDV/9j/lf/M/7T/uv+v/6b/VgC+/9X/6//s/+L/3f8AABUA6f/k/+z/2P/Z/+j/6/8jANj/w//R/8T/4v/K//n/KQDj/wAA2P/Z/+v/6/8FANb/EwDR/+j/0//q/+T/6f/6/woAFADs/+z/7v/u/+z/7P/t/+H/4P+5/83/tv8JAN3/2P/w/+P/7P/s/+3/HADj/+z/3P8UAOz/4f/b/wAA7v/q/w0Avf+z/7L/yv/c/63/GwDe/wAA6P/l/+L/BgDp/+z/+v/I//D/xv/T/+3/5v/T/+j/3/8AANr/3P8TAOn/2/+j/7z/FwDG/7v/IQDe/8//wv8SAN7/CQDZ/+v/5f/S/9j/5//d/97/4f8hAOj/1//H/+r/3v+g/7n/AADk/xMA6f8QANj/6P/p/+r/AADh/+f/EwDq/97/3f8AANf/8//q/+b/7f/0/+3/7P8XAOv/w//Q/8n/vP/E/wAAGQAAANf/3f8rAM//2//W/9f/xv8AAPj/9P8AAAAAAAAWAAAA7f8UAOz/7f/u/+z/7P/s/9H/v//H/yAA7P/m/+n/8//y/+b/6//q/+n/GQDh/+b/EwD6/9n/3//Y/+z/0P/r/9//4//s/+v/6f8AAOj/AADt/+z/7f/s/wAA7f/s/w8A3v/a/9f/zv/b/9r/xP8nAAAA3v9y/9D/pf+t/w0A5v8KAM3/yf/P/83/8f/r/9z/SgC4/9r/6//I/7j/xf+//+n/6P/o/+n/7P/q/xgA4//p/+3/8//5/+3/6/8XAOn/7//1/wAA+/8AAPb/JQAAAOr/4//n/wAA6P/Z/+r/CQDi/zEA1v++/8n/8f/D/9v/3P8AABEA6f/o/+z/0P/s/+X/GADp/9//0//H/+D/DgDW/wAA4P/W/9f/2P8RANj/z//g//f/+f/G/wAA3v/f/+z/6//r/+//8P8AAOz/EgDW/7//z//e/+X/3f8HAA4AAADR/9D/4P/h/+v/8P/5/xYA9v/0//H/9v/r/+r/7v/t//T/9P/2//L/7f8UAPL/w//K/8//AADb/+D/LADY/+f/6f/s/xUA8f/r/+r/6v/u/xsA6f/g/9n/6P/i/9//+f8UANj/4//F/wwA2//O/xUA5//n/9f/9f/o/+v/3f/l/9j/JADW/9v/5//Y/+T/3v8AAOz/8v/t/+r/FQDX/wAAwf+6/7P/wf/l/x0Au/8NAC0A+v/x/+r/6//F/97/7P/s/+3/8P/w/+z/FADt/8n/5f/1/8r/2v8YAPn/9v/Y/+n/6v/p/+z/6/8jANr/1v/t/9f/3P/W//L/9P/U/+b/BgDo/+X/4/8UAOH/1v/r/9P/2P/r/yQAvv/f/8//6v/q/+f/7P/s/xgA5P/n/7P/vf++/6b/vf8pAA0Axf/X/+n/5P/f/+X/EwAFAOT/wf/B/9H/1v/N/87/QgDD/9v/7P/Y//L/9v8TAAAA7P/Y/+f/4v/W/9n/FgDm/wAA6P/Z/9r/2f/f/wAAEwDa/+3/7P/u/+7/+P/f/xQA7P/d/8z/0P/R/9X/0P8wAMr/EAC6/9//5P+//wwA3P/l/xUAwv/W/+n/w/8AAM//7f/Z/9X/AADf/+r/3P/t//T/CQDQ/+j/u//v/9v/x/+3/93/7f/T/7//qP/p/8z/EwDt//T/9P/2//L/7f8UAPL/6f8nAJb/kv+U/5j/0//a/+H/4//h/+n/5P8QAPj/3//j/yYA6f/l//j/6//Y/+z/zv/4/+r/0//o/+H/KADn/wYA7//q/+z/4P/n/+r/AAC5/8L/0f/4/6f/DwDA/+v/1f/o/+D/3v/p/yEA1//h/8L/zP/I/9P/7/8zAOb/1v8AAMv/KQDA/77/5v/W/8T/AADp/+3/7//y/+j/EwDs/xQA7P/r/+L/7P/s/+n/7v8QAMr/3v8AANn/0f/s/93/4P/o/wAA1v8RAOL/4P/Y/6z/x//p/8P/1/8HAPH/AAD7/8T/4P+//8f/2//4/xwA2P/2/9b/AAD7/9D/FQDZ/9f/yP/N/8n/zP/V/xYAHgDY/9z/6P/l/+f/3P8oAN7/GwDr/9T/yv/K/wAAzv/S/xQA7f/t/+3/AADs/+z/6/8OAOv/6//r/+7/6f8AAOz/FADs/+7/AADv/+X/5f/d/4f/oP/Q/+T/4f/X/xEA0P8fALz/1P/X/8H/+P+x/w8ABgDC/+D/6//V/woAv//p/9L/8v/q/+v/4f8AANf/EwDO/+r/1P/W/+f/BgD3/wAAGADg/+r/6f/r/+X/6//p/+n/7//Q/xoAtf8JANf/v//h/+v/6f/v//D/EgD2/9j/8/8XAOv/7f/w/+r/5//y//P/FwDr/+3/8P/q/+f/8v/U/9z/sv+t/7//AADD/xMA5v/o/9b/1//X/8T/0v82AOj/sf/H/+n/0//V/yEAtf/U/93/4//m/9v/JwDf/83/2P/d/+j/6//x/zUA3v/i/9r/2//o/9j/6//e/ygA4v/w/wkA1f/N/87/DQDD/9n/7P/h/xYA5v/d/9//6//r/wsA7f+d/wAADQDH/+7/y/8XAOf/6//r//r/1v/p/8z/KwDj//P/AAD3/+n/1P/z/+z/7P/X/+f/6v/r/+P/FAAAANT/6//q/+X/GgDW/+b/AAAAAOn/4f/j/9j/5/8TAO3/7P8UAOz/7v/s/+v/6//u/9P/AADG/8v/7v/7/8z/6//s/+j/6//u/xUA7P/s/+b/+v/1/9z/vf+l//f/4//l/xUA6//q//H/7P/u/+z/6//r/+r/8P/v/wAACADs/+z/+P/q/+3/6P/m/xMA2v/b/8L/zf+9/9r/1v88ANH/yv8vAPD/yP8AANP/x//L//b/9v+p/+z/7//u/8L/5v8AABUA6//u/+//7P/r//n/8//Q/9T/ov+l/67/CADm/9X/7P/a/93/5f8AAAAA8//s//f/yv+3/wAAwP/3/9P/1//s/+3/6v/3/wAAAADm/9L/zP/T/9X/5/8AAM7/AADf/+//AADs/wAABgAAAOv/FADt/+3/9P/3/+3/7P/t//D/6//p/+7/7//g/xUA7P8KAA8A2v/c/+b/AADp/8T/nf/U/87/s//y/+j/GgD0/xYA7v/w//T/AADb/+z/7P8WAO//8P/2/wAA3P/s/+z/AADN/xMA0v+p/+b/2f++/+z/7P/r/+z/7P/r/xQA7P/a/8r/4v/a/9X/2P8OAAAAz//R/8T/2f/k/9f/CAANAOD/6f/o/97/5//p/xsA3v/g/+T/1f8AAOH/1f8UAND/GQDr/87/uv/3/8T/5P/b/9j/AADE/73/9//M/w4A0P/m/+f/5f/s/+v/+P8JAOz/l//I/8T/8f/S//H/AADB/wAAy//r/6H/n/8kALP/1/+p/7T/sf+q/7L/RwCb/+T/7P/r/+z/7P/s/+z/FQDs/+z/FQDa//D/4f/F/+z/0/8RAAcA6//t/+v/0P/c/+r/1P8AANj/1f/Y/9b/AADZ/wAA7f/P/xwA3//W/+j/xv/u/+7/9f8UAAAA7f/s/+z/GwDh/9z/6f/h/+j/3//s/+H/EwDn/+z/6//d//j/6/8UAO3/7f/t/wAA7P/s/+v/7f8AAPr/9P/t/9v/EwDi/33/KACt/83/yf+y/9L/AADm/+T/CQDp/+v/+v/i/9v/+v8AAAAA2//p/9j/+v/T/8L/GwDh/8L/wf/M/+7/6//u/+z/8//0/wAA7P/u/wsA5v/q/+z/7P/s/+z/7P8VAPT/FADz/wAA7f/4/+z/8P8AAB4A6v8AAOv/AADm/wcA6/8sAO//AADF/9n/xf/V/xUA5//n/9f/9f/o/+v/3f/Q/8H/5//h/7P/4f8nANj/6v8UAO3/7f/x/+z/7P/x/8T/uf/1/8L/6v/t/+X/CgDp/9b/zv/W/+L/8/8NAM3/7P/N/wAAzP/t/7z/wv8AAM7/xv/o/9r/BwDR/8//AADs/+v/6P/g/+v/FgDs/+b/yv/a/wgA4//b/y4A4P/f/yEA1//Y/+3/7P/f/+L/7v8LANz/yf/a/9L/8/8AANf/+f/f/9P/s/+3/wAA4f/f/93/5P8TAPH/2P/z/8D/1f8SAMj/1v/Q/+H/0v8IAO3/vv+7/xQA1f/W/wAAw/+1/+3/6//p/+z/+f8UAOv/6v/m/xYA7P/o/+z/7P/p/+z/7P/r/+P/AADn/xEA6v/5/+P/6v/s/+r/6//r/+n/HQDs/+3/5v/s/+v/FADs/+v/1/+4/5n/zv+6//L/q//K/+T/1//X/9v/FADs/wAA5v/Z/xwA7P/s//r/JgDh//r/DgDX/+X/5v/Y/9v/AADb/+P/5//U/+f/FAAIAAAA6P/Y/97/6//q/wAAEwDr/+f/6//w/wAAAAAAANj/FQASAOP/6f/j/+f/7f8YAOr/6P/o/9b/5P/W/+X/6f8bANv/6v/X/9T/2//u/+H/GwDr/+z/FADs/+7/7P/s/+z/7f8oANj/6f/Z//b/2f/Y/9n/vv/o/8f/p/+2/wAA7P8AAOL/2v/T/9D/AADm/xUAsP/k/8n/vf/v/+r/1f/S/+v/GwDs/8n/0v/K/xQAwP/r/xsAGQDe/+v/AAAAAMP/9v/j/6j/w/8LAMD/CAD0/9H/AADQ/+j/8v/K//T/8/8AAOz/FQDr/+z/6//s/+v/6//y/+3/7f8UAPH/7P/s/+z/6f/o/+r/7P/s/9j/IQDq/9j/2f8AAN3/8P8IAAAA2v/X/+z/6//p/+j/JADe/+n/6//s/+v/7//2/xUA6v/k/+z/7//s//P/9//s/+3/FADM/wAA1v/f/+b/7v8NALn/w//D/+3/6P/Z/8n/MwDl/+v/5v/q/+z/6//q/+L/FgDs/xQA7P/v/+3/BwDs/+L/2f8cAOz/7P/6/yYA4f/6/33/6f/c/8L/zf/G/yYA2//Q/+v/yv/i/97/FwDG/+r/AADx/wAAAAAAAOz/AAAUAOv/6P/s/+b/8v/n/xkA5//V/93/3v/5/+X/JgDZ//P/0f/g/93/+f/i/yUA2f/3/wUA9v/E/87/5//5/wUA6P/s/xQA7P/t/+v/7P/s/+z/7P8VAOz/6//q/+v/6//s/8D/IwDH/8L/y//N/97/tv/f/9f/5f/P/+f/2v8pAOf/3//X/+X/z//n/9r/KQDn/+z/6v/s/+3/7f/s/xUA6v/q/9f/1P/b/+7/4f8bAOv/qv+//wAA+f8MAPH/8v/r/9H/+f/P/9v/+v8VANj/5f/m/w0A+f/U/+z/y//q/+v/zv/F/9n/xv/V/z0Azf/G/xgA+//2//j/8//q/+j/5P+//xkA5P/W/8//6//k/+n/xP/J/9T/+f/G/wAA1v/e/9j/6v/s//D/7f/U/wAAJAAeAMz/1/8AAOb/1P/c/+r/8f/X/9D/6P+5/9v/sv8bANv/6v/s/+j/7P/s/wAAFAAUAOv/7P/1//f/7P/t/+3/6v/o/+r/6//p/+X/GADn/9f/BwDD/77/EgDr/9z/AADl/wAA6P/W/7//AADl/9D/6v/o/+r/6//p/+X/GADn/yEAAADj/97/0v/H/97/y//q/+z/8v/i/+n/AAD7/wAAAADu/wAA9/8AAOz/AAAUAOb/3//o/+7/0//Y/9b/FwDu/9j/AADp//T/8f/E/7v/0f/o/+r/4P/p/+r/HgDd/9j/4v/X/9//5P/c/ygA5v/S/xwA6v/X/+v/6v/r/+7/7f8UAO3/7//u/+3/7P/u/+L/0v/k/9n/4f/g/9n/IgC5/9j/w//v/+P/1/++/x4A7P/q/+j/FwDs/+X/6v/o/+X/HADc/+T/3v/d/+b/2v/s/+f/7f/z//j/7P/t/xQAKAD5//X/AAAAANj/6/8AAAAA5v+6/8r/3v/e//D/7v/l/9L/2//l/9v/AADY/wAA0f8HAOX/yP/K//L/DQDN/9H/1f/o/9P/3P/J/ysA2//s/xQAAAD6//H/7P/v//L/6v/o/+n/6P/q/9j/FgAAAOn/7f/z//n/7f/r/xcA6f8PAMr/AADX/9//zv/o/w4A9//K/9z/JQC+/9H/yP/g/+z/FADV/+z/+v/u/wAA6//s/+v/7P/s/+v/FQDr/+r/AADN/8v/yv/E//D/+f8GAOv/+v/w/+z/6f/s/xEA3//a/xUA1//o/+v/8//d/wAA6P/j/+n/5//o/xEA3v8AAAAA7f8AAPb/AADs//r/FADC/8P/0P/F/9X/HQD0/8H/wf/T/83/1//k/zAA8v/S/+z/7P/s/+z/8f8AAOz/AADK/+z/yf+6/+j/FgCp/+f/3//V/9f/4v/R/yAA6v/m/9D/u//P/67/3f8GALD/HwDv/9f/zv/3/+b/JADA/9//7P/s/+3/7P/1/xQA7P/v/+//1//U//j/xP8sAMX/w/8SAK//z/+3/9D/zv/Q/wkA+v/J/8v/3//H/9z/GADE/+7/FAAAAAAA8//X/+z/AADp/9f/4v/a/9v/GwDl/9X/t//N/9L/1f/M/z4Ay/+5/+H/8v/p//X/+P/z/xgA1v+6/wAA5f/V/9j/5P/p/wsA1f8RANv/wv8AALn/2v/L/+L/+f/x/9//CQDc/93/AADM//b/0P/f/9j/6v/U/xkA7P/4//j/AAAAAPD/FAAAAOL/2v8AAPb/4f/s/93/FwDs/+z/7P/s/+z/AADs/wAAKADI/9f/w//H/8n/7//N/9n/3v/K/8b/5f8AANr/BgDR/9X/6f8jAAAA3//r/9j/2v8kAOL/7//h/+b/3f/o/+7/FADs/+7/7v/t/+z/7f/w/xQA7f/w/+//7f/s/+7/7P/s/+3/8P/w/+z/FADt/xYA2P/t//D/6//s/+r/1f/N/9j/2f/d/9b/GQAAAMD/7P/s/+z/9//x/+z/FADt//f/GQDq/+3/8f/r/+r/8P/j/+H/oP/B/7f/2/8fALb/AAD1/xUAAAAAAAAAAAAAANz/2P/o/+L/1f/X/yYA0v/r/+f/6//s/8f/3v8WAM7/7v/m/+3/uP+5/+b/0f/g/w0Asv/v/+X/q//v/9b/EADr/+z/7P/m/+L/5v/p/xcArf8JANT/kv/X/xMA4v/a/8D/EACq/7T/xv/R/+T/AADg/wAA6//q/xQA8f/a/+X/2P/e/9T/EwDU/+X/DgAAANb/1/8AAOP/4/+0/+L/6/8TAAAAAAAAAAAA+//g/wAAFADt/+3/7f8AAOz/7P/r/wAAJgDo/+j/6//j/9D/6//q/+f/5v/s/9j/6f8oAOj/GADX/+j/1f/b/9f/0//4/w0AAADY/9j/1//N/+j/7P/T/xIA5//i/9j/AADX/8X/8P8dAPj/AADz/+//1//p/9L/1v8oANX/3v/e/9b/uP/m/ygA7P/1//P/6P/Y/+r/9//G/87/zv/N/8//2/8lABQA7f/t/+3/AADs/+z/6/8eAOz/tf/U/7r/qv/i/5H/7P/s/xQA7P/v/+z/7P/t/wcAk/+2/77/7v/l/+r/uv/w/+j/2v/j/97/AAASAMv/FADv/97/9P/3/+z/6//s/+T/6P/s/wAA7f8WAOv/8f/l/+r/6v/o/97/IgDb/9//6//b/+v/9/8mAOn/6v/q/9j/9f/O/+f/AAAAAAkAzf/n/9P/3P/c/wAA5P/m/xIA9f/M/93/2v8AAOT/3P8TANf/2/8UAOf/5f/Y/9v/AAAAALn/2//z/8f/6v/u/6T/w/8AAOn/5f/W/9//HgDc/+z/7P/s/+z/7f/s/xQA7P/s/+z/7P/s/+3/7P8UAOz/5/8WAOv/6//q/+z/6//s/+3/4v8AAAAAAADu/xkA8f+t/57/yP/z/+v/yv9SAMH/KQDY/+j/2P/0/9n/1P/Y/+z/7P/s/+z/7P/s/xQA7P/r/+z/FQDs/+//7P/s/+n/xv/6/wAAp/+n/6H/zv8IANj/xf+9/8v/6f/O/xwA8P8aAL7/yf+//8z/9f/u/9b/0v/W/+P/tf/Z/xIAAAC3/wAAAAAAAAAA+f8kAAAA3//q/9r/5//d//f/7f/b/xQAzf/h/zMAsP/C/7v/5f+//7D/3f/r/83/0P8FABwApf/E/+v/2f/c/9j/FADP/wAABwDR/9//zP/B/w4A3v/g/wAA6v8VAOX/3P/Y/+n/5P/Y/5T/s//u/5D/xv8YAAAACgDr/+z/7P/s/9T/FADs/8r/AADM/8L/vf8AALn/9f+p/y4Auf/G/9P/zv8NAML/GgDh/+L/3v/0/+b/7f/a/9j/1/8AANn/wP/T/9j/BwDp/+7/6P/n/xYA6//m//T/6P/6/wAA8//r/+z/2P8UAMH/t//I/xIAvv/v//b/5v/h/wAA3P/g/+D/CQDY/97/7P8VAOn/7P/s/+z/6//r/+7/7v/1/xQAAADt/+z/7P/s/+v/6//q/+z/7P8VAOz/xv8XANb/3//a/9b/7P/M/+T/LwDm/+b/9//r/8r/7P/O/w8A3v/b/9b/zP/y/9b/5f8WAOv/6//q/+v/7f/r/9T/KQDW/+T/3//O/9j/2f8AANn/6v/h/+L/EADJ/9j/t//c/y4AvP+n/9P/2f/V/93/IADX/+L/4v/q/+z/2P+2/+r/6f/f/wAA2P8UAO3/0f8OANn/4f/p/9//AADh/9//uP8JALT/6//l/8f/5/8XAOD/6P/p/+v/6v/q/+n/2v/n/9n/6//s/+X/HwDp/4j/JADF/7X/0v+7/+v/y//s/+v/6//q/+z/7P8VAOz/3f/X/+r/FADs/9b/BwDr/7n/MADS/+L/4f/n/77/2f/b/xEA4v8AAOn/6v/W/97/z/+9/+r/pP/R/wAADgCf/+j/5//o/+f/6P/a/xsA5f/s/+z/7P/r/+z/7P8UAOz/6v/X/9T/2//u/+H/GwDr/zMAb/+m/6D/lv+m/9n/sP/L/87/0f/b/8j/1f/I/zYAFgDd/7j/1v+o//L/uP/P/wAA1//w/9L/7f/R/wAA+v/s/+D/AAAAAAAA7f8ZAPD/BgD2/9r/5v8AAOP/BgDb/+b/6f/s/+3/7P/m/xgA7P/q/xYA5P8AAO//7P/U/9n/1//t/93/5//k/wAAAADt/wAA8P8AABQAAADb/wAA7P8JAMj/v//H/+v/xv/o/wAA4//k/+f/0v8VAOz/+//s/9b/2v/Z/9//2f8AAOH/AADc//T/7f+2/6n/2v/x/xQAEwDq/+r/7P/s/+z/5f8VAKv/tv+y/7//GQCz//b/5//o/8n/3P/n/wAA6P/q/xAAAAAHANj/0f8AAMD/1P/I/+z/FwDr/+X/6f/s/+f/7P8OAOj/2P/Y/9n/6P8AAOP/1/8AAOX/6v/r/+f/AADV/8D/EwDf/wAA0P/D/9n/6v85AOf/0//Q/wAAwv/N/8L/5v8bAPL/5//D/+r/1P/q/9f/DQDY/9r/2f8AANv/z/8AABUA6//u/+//7P/r//n/zP/m/8H/1f/Y/wwA6P/S/9j/BwDY/9b/2f/b/9b/AAAIANj/2f/p/9v/2f/3/wAAAADW/8H/xP/L/xEAt/+1/wAA4/8UAOz/7P/Y/wAA6v/s/+z/7P/3//H/7P8UAO3/2v8pAN7/7P/f/97/1v/b/+//GwDr//H/4//a/+L/7P+h/xEAqf8AAMH/AADE/8r/9v/1/wAAAAAAACUA8v/y/wAAxP/t/+3/9//s/wYA6f/W/xQA7P8AAPb/AADr/9j/1v/o/+P/6P/u/wgA3v/6/wAAwP/J/9b/5P/1/+//2//s/+b/7P8AAOn/5P8aAMb/GADr/+v/6//r/+r/4P/n/9P/7P/s/+z/7/8mAN//7P8lAM//0v/O/9L/0f/e/8v/7/8eAOb/7//r/9n/6//e/+D/yP/b/87/8f/r/+L/FwAAAND/zv/P/wAA+v/V/+D/0f+//9r/9v/n/+z/2v8AABgAy//P/8z/6f+8/+f/9P/Y/9f/2P/Y/wAA2P8AANj/6f/Y/+H/zP/t/xMACwDs/wAA6//s/+z/FADY/+X/2P8lAOf/6v/v/+//6v/Y/+v/HgDj/6//qv/M/9r/5v/E/+//7P/s/+7/7P/r/+b/FAATAAAA3v/Z/7z/2f/E/8T/5P/r/9P/yv/c//D/EgDB//P/2f/Z/9L/0P/N/ykA9f/m/+r/7P/s/+z/7P/s/xUAvP/n/wAAz//m/+//9/+6/wAA7P/q/87/6P/u/wAA2P/1/+n/7P/U/+f/8/8FAPb/BgDg/9D/1f/U/97/AADW/9D/rv+k/7P/GQCv/6X/CgAAANv/0f/J/9j/5//p/xMAqv9MAHr/jv8FAOP/zf+E/wAAGAAAAAAAAAD2//P/AADe/x8A4//W/+H/5P/h/+H/0f88AM//1f/Y/83/vf/R/wAAGAAAAAAAAAD2//P/AADs/xsA6v/5/+3/6P/f//T/AAAgAAAAAAAAAPX/7f8AAPX/FgDu//r/8v/z/+3/+P/P/y4A4P/y/9b/vf8AAN3/cv9RALP/rf/Y/6j/y//o/w8AFAAAAAAAAADP/9z/5v/Z/yoA0f/X/8//1f/X/9j/xf80ANz/2//X/+f/xP/P/w0A3P/7/7X/sf/T//X/q//m/+j/1v/X/9X/1//S/yUAvf+m/wAAtP8kAPL/wf/i/7T/BQAAABEA8v/O/87/AAC9//r/7/8YAAcA2f+z/9f/AAAUAOv/6P/z/9j/3//Y/9f/AADd/9P/9//6/wYA1P8AANf/uP/r/7v/+f/k/8L/7f8UAO3/7//u/+3/7P/u/+//tv/l/63/6P/N/8L/7v/k/xoA5P/k/+H/6v/n/+j/6//b/+v/9/8mAOr/6v/r/+3/JwDa/+//8P/c/9n/AADY/93/EgDZ/+z/6/8AAOr/2f/7/8v/z//n//T/1/8AANf/2f/7/wAAAADV/93/FQDV/+n/0P/S/wgAw/8MAPP/5/8AANv/2v8UAOz/2v/l/8//1v8TAOj/4//U/+r/BQDt//L/8//0/+//7f8UAPH/wf/i/xAAzf/P/8P/AADO/wAA6v/2/9n/5f++//H/7//d/9//+//F/wAA6f+z/wYAKQDY/+j/2P/0/9n/1P/Y/+b/0f/q/wAA4P/X/9r/FAAAAM3/6P/c/9L/4v8RANH/x//V/97/7f8UANn/AADs/+v/5v8YAOn/6P/q/+j/6f/Y/+3/8v/4//X/3v8oANn/2P+8/8H/yv+i/w4A1f8HAAAA9f8VAAAAAAAAAAAAAADB/x0Av//R/+3/1P/U/+n/4v+z/+3/9f/m/+r/AADa/+j/FwDg/+n/0P/r/+P/6v/Z/wcA6//W/93/1f8GAOX/+v/u//L/AAAAANj/8P8oAAAA2P/y//r/5P8AANX/zf/E/8P/s/+4/wAAAADe/wAA6v/Q/9L/zv/b/x8A5f/C/97/FwDs/9L/0P/P/wAA4/8AACkA2f/2//T/1v/X//X/y/8YAPb/5//x/8v/1/+5/+n/6//s/9D/7P/r/+r/FQDl/+L/1v/b/9n/8f8TANf/5v/o/9T/FADl/+//4P8AAOD/8//G/7P/vf/K/w8A8//t/+3/8f/0//f/7P8UAPL/AAAVAOv/7v/v/+z/6//5/9v/AADo/+v/5f/l/wAAAADW/+v/4v/F/+T/EQD6/+X/GAC7/wAA6P/e/8n/2f/p//v/7P/s/+z/6//s/xMA6//r/+v/6//r/+v/6v8VAOr/hf8AAAAAnP/i/+X/8v/Y/+j/6f/s/9P/1//r/9j/HwAUANn/1P/a/+n/AADn/9j/7f/a/8//3v/j/w0A4v/1/9X/1//j/+n/4P/O/wAAEQDs/8f/2P/G/+L/0/8YAM7/DgDy/9L/0P/M/77/+v+5/wAA5P/c/9j/6v/h/w8A2v/j/y8A5v/i//D/6//K/+v/AADs/wAA+P8AAAAA6f/s/9X/IQDe/7z/0v+7/7T/yf/s/+3/AADt/+z/7P8AABQA+v/k/yAAzv/M/8j/1v/N/+r/7P/u/+z/+f/r/xQA7P/q/+n/7P/s/+3/7P8VAOz/FADt/+z/9//5/+z/7P/t/7v/IADd/9X/1f/N/+f/1f/V/+r/AADW/9X/2f/M/wAAyv/b/9H/EADg/9n/DgDb/8b/1//c/97/AADi/wAAEgC//9D/AAC6/7f/LADH/93/w//S/wAAzf8AABkA0//n/7f/1v/q/8P/1//W/8//LAAAANX/9P/j/xQA+P/X/8v/vP/D/yQAx//7/9f/4v/Q/wAAKQDn/8X/xP+9/9H/0//p/9z/1//l/+X/6/8hAOb/AADu/wAA9/8AAOz/+v8UAOv/2v/q/+L/5P/c/yMA3P/p/xMA2P/Z/9n/2P/k/wAA2v/Y/9r/2P/r/wAABQDW//b/v//Z/67/vP+q/wAA5f8AAMz/0v8TAOL/z/8SANT/7v/x/7z/1v8iAPH/0f/f//f/0//I/8j/zv/s/xwA4v/O/77/HgDI/7z/5v8AAOf/0P+x/+b/ev+p/xoAxv+6/9j/yf8AAA0A0/+v/9r/BQDm/9L/0P/N/87/tf8LABEAAADu//b/9f8AAAAA0v/Z/9L/yP84AJH/j//E/97/uP/P/8n/3f/w/6n/DwDY//f/y//l/+z/2f/b/xcA6v/s/9j/yv/O/+//7P/X/wAAEwAAAOP/AAD6/wAAAADp/97/9f/r/+v/7P/r/+L/GQDs/+L/FADs/+z/7P/t/+z/6v8LAO3/z/+x/8T/uP/0/8r/EwAGAOP/zv/3/+j/1v/b/woA4v+x/8P/w//1/+v/1f/Y/+T/4f/V/9n/9/8bANj/5//X/93/3f8AAOb/5/8SAOv/3v8AAAAAAADs/xsA8f8AAO7/AAD3/wAA7P/6/xQA5//Z/xQA7f/d/wAA6//f/y8Awf/b/9X/z//W/9P/1P/a/+D/4v/p/9v/IwDa/9b/DQDp/9z/5P8TAMb/vf8AAKL/r/8gAOr/7/8TALv/xP+9/7z/KQC6/7z/7P/K/wAA2P/Z/93/AADb/9j/AADZ/xEA2v/s/+H/4P/Y//n/6//y/+D/9f/q//b/IQD1/9z/yP/s/+z/9//0/wYA6/8AAOb/6v/s/+z/7P/s/+z/FQDu/+z/8//0/wAA7P/u/wsAKwDW//T/AADh/8X/0f/W/+7/7P/z//T/AADs/+7/CwDb/wcA7P/x/+//1/8AAPH/x//j/yEA6P/i/9n/5//V/9n/0P8uAOb/5P/I/8z/6P/i/9v/GgDn/+n/5P/q/9v/1v/j/x4A5v/W/+b/6f/W/8T/s/8eAML/0P/C/wsACADh//P/AAD5/yEA9//J/9v/2P/j/xQA2v/q/+T/7P/x/xUA9P/Z//P/+P/x/+v/9v/R/wYAzf/A/9r/6f8FAMP/1v8AANb/yP/j/+D/AADq/wAA4//j/77/tv/5/+L/3v+i//f/4P/D/8z/pf84ALf/mv/2/93/uf8TAMP/DgDe/9n/EwDo/+r/5//i/wAA4P/z/9T/3v/d/9r/CADh/w8A9P/2/+b/0//F/wAA4f/F/8T/xP/i/7r/wv8AAA8At/8uAO//3//w//D/6//Q/+v/FAD0/+//+v8AAO//7P8AAO3/8f/F//P/xv8AANH/xv/Y/+z/3f/e//r/FQDN/+v/lP/y/xIAy/+1/xAA0f8AAOz/FQDs/+v/6//r/+v/7P/B/xUA6f/C/87/9f/U/9r/9v8JAL7/tv+y//H/7P/c/8f/3v/K/9z/5v/Z/ywA1//Y/+z/3f/e//r/FQDN/+v/IwDd/+n/4/8AANj/3f/r/wAA8P/n/9r/4f/j//H/GADu/+z/8//0/wAA7P/u/wsA7P/s/9r/9v/s/9j/0f8nAOX/3/+M/9b/uP/d/9v/2v/p/x0A4//l/+f/6P/i/+j/1v/i/+j/FQDs/wAA2P/j/9b/xv+3/9X/8P/J/zMA2/8AANT/6f/p/8X/3f/s/+H/6v/i/+r/6v/n/9n/6P8bABQA6//u//P/8P/s/+v/6P/c/+n/2P8PAOX/5f8SAOX/s//c/9L/sf/b/woA3f8SANn/LwDZ/9b/2f/e/8z/3f/Z/y8A2f/W/9n/3v/M/93/0v9DAMv/4P/h/8X/w//b/9D/6P/p/97/6f/q/x4A3f8AANf/yP/J/9f/zv8AAOf/8f/b/8j/w//0//H/5/+m/+j/JwDd/+X/3//Y/9T/3f8AAM7/5//j/9j/2P8AAAAACwDx/83/8f/D/9j/+f+p/yIA0v/Y/8X/yv/q/+b/1/8UAO3/7/8AAPX/7P/0/+v/IwDW/9n/5//r/9f/6P/p/wUA2P/Z/9r/6/8FANX/yf/F/9T/z//f/+b/1f8UAAsA8//Q/+r/5v/V/wAA3/+6/wAA9v8PAPX/AADv/xsAAADa/83/6P/P//r/8f8PANz/3//e//b/+f/v/+T/IQD6/9D/0v/1/+3/2f8WANv/wv/I/+v/6//2//L/BgDr/wAA2v8oAO3/3v/Y/+r/6f/U/9D/4v+8/wcA2v/C/ygA4v8qALT/qf/l/6f/zP/o/9v/of/A/73/3//5/wkA0f/d/8v/6f/s/+z/7P8xAAAA2P/h/w0Azv/M/9D/EwDL/7T/HQD2/9j/2P/S/9//xf/U/wAA7P/1//X/7P/q/+z/FADr/+n/6P/i/+X/6/8XAOv/7f/x/wAA8v8GAMD/6v+y/77/4f+1/+D/1f8AACIAyP/q/93/FADf/+z/2f8AAOH/2f/a/6j/2/+y/wAAAAAAAIv/1//I/73/pf/V/yEAjv/3//P/t/+t/7D/zP8bALP/0/8nAMD/xP/L/wsAuv/H/wAAAADa/+//qf8AAMf/wf/2/7X/xf++/8T/BgDp/7j/AAAAAAAAAAAAAAAAAAAAAJv/CADs/6j/U//h/9f/o//Z/wAAAADa/77/h//b/8r/3f/f/8//yv/r/9X/8//H/9P/u//M/wAAAADc/w0A1v/m/+X/u//A/97/AADh/+P/v//a/6X/CQDW//L/9f8VAAAAAAAAAAAAAAAAAAAAAADi/xAA2v+W/6D/2f8AAO3/KwCi/5L/vv/K/8P/EACh/7T/6f/o/+L/2v/e/y0A1v/s/7//0/+d/7H/7v/2/8P/3f/e/9z/xf/7//L/1v/A/+P/5v/l/+n/5v/m/xkA6f8AAAAA1//3/8L/0f/M/7H/AAAAAAAAAAAAAAAAAAAAAAsA4P/M/8b/1f/L/wAA9P/g/wAA5P/s/+X/6P8GAOr/2f8AAAoA0v8AAK7/4//f/7f/9P+0/9r/+v/I/wgA3f8pANj/5//1/wAA9P/p//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/d//D/8/8AAO7/FADt/wAAAAD4/wAAAAATAO3/AADr/+z/7P/r/+z/FQDq/+v/HgDu/+b/+P/6/+7/4v/x/wAAAAAAAAAAAAAAAAAAAADt/xQA7//v/+3/7P/s/+3/8//b/8H/yf8LALT/o/8AAOz/7P/z//n/7P/s/xQA8P/q/xIA7P/u//D/AADn/9T/0v/S/yMA2f/f/9P/6v/R/xUA6v/u/+z/8f/t/+z/9f/s/+z/7P/s/+z/6v8UAOv/w//S/wAAw//J/9n/5P8XAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+v/6v8AAAAAAAAAAAAAAAAAAAAA3f/o/+j/6f/q/yUA1v/r/+7/7P/s/+z/7//t/xQA7P/u/+z/7P/s/+//7f8UAOz/1//n/xkA5P/R/+v/5v/p/+r/7P/Y/9j/AADr/wAA9//i/9r/IQDU/9z/4//j/9f/0v/Y/ywA2v/d/9r/0//Q/6z/HwDL/8L/yf/N/+7/zP8AAAAAAAAAAAAAAAAAAAAAuP/y/8j/xP/a/w4A4v/W/+3/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6f8YAOr/7//v//H/5//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAN3/6//s/wAA3f/r/wcA4P8AAAAAAAAAAAAAAAAAAAAA7P/m/xcA7P/v/+T/5//u/+z/7P8UAOz/7f/t/+z/7P/s/9v/JwDo/+P/2v/T/+H/2f/K/+H/0P8MAAAA6//1/wAAAAAAAAAAAAAAAAAAAADP/8r/zP/I/wAAwP/M/yEA7P/s/+z/6//s/xQA7P/m/+n/6f/n/+7/AAAcAPj/5v/s/+j/6v/e/9n/5f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v8RAN//yP/N/9T/+P+u/+z/6P/t/+z/7P/s/+z/FADs/+z/7P8UAOz/7P/s/+z/4/8AAOH/AAD4/8v/7//i/wAAAAAAAAAAAAAAAAAAAADq/xUA7P/s/+v/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAA3f/Z/93/2P8AANz/AADt/wAA9f/v/+z/7/8UAAAAAAAAAAAAAAAAAAAAAADd/wAAAAAAAAAAAAAkAAAA5//d/+H/4v/b/+j/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAC2/5f/DgCs/73/3//q/+3/7P/t/+3/7f8UAO3/7P8VAOf/AADp/+b/6//p/+v/uf8RANT/EQALAPX/yP+1/+//AADp/9H/2/8XANj/0//3//n/AAAAAPv/+P8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA7/8AAAAA3P/p/8X/yP/G/+f/HgDH/+//7P/t/+//7//s/+3/FAD3/wAAAAAAAAAADAAAAAAAzv/3/87/3//J/9r/AAAYAO//2f/s/+T/4P/j/yQA1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAsf/I//T/v//u/wAAzP8AAPH/AAD6/wAAHQAAAOn/GQDn//D/7//r/+f/5//k/woADQAAAPb/8P/X/+v/5//s/+z/7P/t/+z/7P/s/xQA5//p/+z/FQDx/+v/6v/q/+z/7P/s/xQA7P/s/+z/7P/r/xwA4//k/+v/6f/r/+n/6v8AAOz/7v/v/wAADwDX//L/9/8AAOv/7P/t//H/FQDs/+z/7f/w/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/+v/s/xQA7f/r/+z/7P/r/+z/FQDr/+f/AADZ/9v/0//r/+L/2v8VAMn/DwDN/7n/0f/A/wkA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA6//q/+z/AADv/+z/5v8mAAwA0/+9/73/3v/V/83/FADu/wAA7/8AAOz/7P/t/yUA6P/r/+v/2//X/9z/4/8dAAAAAAAAAAAAAADp/wAAAAAAAAAAAAAAAAAAAAAAAO7/GQDt/+j/4f/s/+T/7//t//D/9f/5/wAA+P8XAPP/AAAAAAAAAAAAAAAAAAAAANr/6P/r/+z/6P/w/+X/EgDc/+r/7f/p//T/GADu/+v/CQDV/+X/zv8AAOf/AADG/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/1v8dAOn/5f/e/+z/zf/b/+r/FQDr/+v/6//r/+r/7P+7/1cAv/+q/6z/yv+p/7r/7P8XAOr/4//h/+v/5v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADz/wAA9f/4/+z/7P/z/+z/8/8AAAAAAADu/xQAAADi/9b/0//V/9X/yv8sANL/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADz/xQA7P/s/+z/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAPj/9v/Y/9D/tv+2/8//GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/t/+v/AADp/xUA7v/m/+X/GADh/+r/6v/l/+r/7P/s/xQA7P/s/+z/7P/s/9f/+P8rAO3/9//f/9T/5v8jAOr/1v/M/+j/EAC5/9v/AAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAA8v8AACUA6P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//q/+D/5//n/xMA5v8HAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOr/FQDs/+z/6//s/+v/7P/p/9f/BQDY/+T/2P/X/xMAAAAAAAAAAAAAAAAAAAAAAO7/6/8WAOr/7v/3/+r/6v8AAAAAAAAAAAAAAAAAAAAA7f/6/wAAAAAVAO7/AADu/yEAAADA/wAAx//e/wAAqf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v8VAOz/8P/r/+v/6/8GAAAA3f/V/+f/5//o/+f/AAAAAAAAAAAAAAAAAAAAAPP/7v8aAAAA8//z/+b/+f/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/s/+z/7P/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAUANv/4f/x/+L/9v/r/+T/AAAAAAAAAAAAAAAAAAAAAOf/AAD2/9n/AADT/9b/MQDs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO7/HAAAAAAAAAD2/+n/AAAAAAAAAAAAAAAAAAAAAAAA8P/s/xQA7f/v/+z/7v/v/+z/7P/6//r/8/8UAOj/7P/q/+r/6v/r/+v/6P/q/xYA1P8rAOX/5//r/93/1v/3/wAAAAAAAAAAAAAAAAAAAAAiAOv/+//6//H/3f/m/9//zP+1/7z/3f/M/9j/LwDc/wAAAAAAAAAAAAAAAAAAAADV/+D/xP8AALr/qv8fANr/1//R/7j/rP8JAAkAj/8AAAAAAAAAAAAAAAAAAAAAAADX/wAA2f/A/xoA+P/A/77/AAAAAAAAAAAAAAAAAAAAABIAxv/k/9n/2v/n/wsAv/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s//X/7P/s/+z/AADt/wAA9f/v/+z/7/8UAAAAAAAAAAAAAAAAAAAAAAAUAAAA9P8AAAAAAADt/wAAFADs/+z/7v/y/+z/7P/p/9j/9v/r/+z/6//p/xMA7P8AAAAAAAAAAAAAAAAAAAAA8f/q/+3/6v/r/+v/EADr/wAA7//7//j/AADz/xcA+v/d/9j/4v/Z/+P/2P8AAAAAAAB5/5n/qv+i/+H/zv8iANr/xv/V/8X/y/8bAAAA3v8JAN7/7//v/wAA3P8AAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//H/7v/s/xQA7P8UAOz/7P/z//b/7P/s/+z/6//j/+//+P/x/+r/HADm/+z/6f8VAOv/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f/t/xQA7f/s/+r/1v/l/9f/3f/h/yMA3/8UAO3/8v/s//D/7v/s/+z/x//r/wAAuv/C/7P/6P/D/+z/6/8VAOr/6v/q/+v/6//u/+z/7f/v/+//7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/W/8n/3P8AANT/vf8VAOv/7P/r/+j/6v/r/xUA7P8TAPv/AAAAAAAA8f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/0/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/s/+z/FADs/+z/7P/s/xcA7f/1//L/7//Z/+z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9P8AAO3/AADq/+X/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA9v/s/+3/FADs/+z/6v/s/+P/FQDp/9v/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAuANX/4//f//D/1v/b/9f/2P/Z/ygA2P/x/+f/1//h/xUA7P/t/+v/7f/r/+z/6//r/+r/6//n/+z/6/8VAOr/6//q/+v/5//s/+v/FQDq/ycA0/+O/5P/MQDX/6//8f8AAAAAAAAAAAAAAAAAAAAAAADs//P/8//s/+r/5v8UABQAAAAAAAAA8P/s//v/7P/Y/9r/6P/i/xAA2P8TANj/FwDr/+7/7P/s/9r/6//r/xQA7v/w//L/9P/s/+z/8f8AAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAANj/DgDd/9v/2P/Z/wAA2P/Z/+v/6v8UAO//AADo/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAADP/8P/v//N//j/7//Q/9D/2v/Z/wAAwP/U//r/FgAAAAAAAAAAAAAAAAAAAAAA7P/t//b/9//s/+3/7f8UAO3/7P/t/+3/7f8UAO3/7P/c/+v/GwDh/6v/6P+7/+j/AAAAAAAAAAAAAAAAAAAAAOz/7v/s/+7/7v/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA5//s/+//7v/m/+f/4v/s/+r/6f/t//T/4P8XAOz/+f8AAAAAAAAAAPT/FQDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8cAOP/5P/r/+n/6//p/xQA9/8AAAAAAADw/+7/AAAJALr/s/+1/7n/+P/c/wAAFwDL/+T/2//p/9L/3//s/+X/7P/2/wAA+P8cAPr/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAATAO3/AAD6/73/EQDM/9b/w//4/9r/AAAAAAAAAAAAAAAAAAAAAO3/FADs/+7/8P/y/+z/8f/Y/x8A6P/n/+T/4//l/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9r/3P/R/8L/+v/L/xcA3v/w/+r/6P/K/9b/6f8jAOr/6v/q/+j/FgDs/+v/5/8pAKr/5v8AANz/5//I/+H/8v/7/wAAAAAAAPT/HwAAAOz/7P/s/+3/7v/s/xQA7P8VAOv/6//5/+3/6//p/+z/AAAAAAAAAAAAAAAAAAAAAO3/7v/w/wAA+f8UAOf/7P/W//b/6f/p/+f/6/8TAOr/7f8UAO3/7//t/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAOz/6v/m/9D/0v8QAPT/AAAAAAAAAAAAAAAAAAAAABUA7P/r//D/7P/r/+v/7P8WAOv/+f/t/wAA8f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/5f/u/+3/2f/l/xQA4//B/8b/yf/T//L/DQAAAD4A8//y//f/AADY/8f/2v/3/9j/3P/Y/+r/2f/Y/xMA5v/O/+X/zf/l/9z/2/8bAPn/AAAAAAAAAAD0/xUA8P/1/+r/7P/s/+z/7P8TAOr/+//v//P/9v8AAOn/8P8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPX/AAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/FADs/+z/6//p/+j/4//m/x8A2P/q/wAAAAAAAAAAAAAAAAAAAADG/+z/6f/b/9H/CQAIAM7/7P/s/+z/7f/s/xQA7P/s/+f/0v/l/+n/7v/s/8//FQAAAMb/2P/S/8v/0P8PANf/AAAAAAAAAAAAAAAAAAAAAOr/7P/s/9T/6f8AAAUA6/8XAOr/6//s/+z/6f/p/+z/nf/N/7P/7/+q/8j/AADo/xQA6v/r/+3/7//s/+z/7f/T/+z/2f/t/+//6f8iAO//5P/i/+r/7P/p/+T/JwDp/9j/AADU/9v/zP8SANj/4v8AAAAAAAAAAAAAAAAAAAAA7f/0/wAA7f8AAOr/5f8XANb/1P/V/9L/1//k/yoA1P8AAOj/+v/r/+//7P8iANj/0v/h/+b/6//m/x4A5f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+v/6//q/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/q/+z/4/8VAOn/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv//Z/8v/DwDc/+f/5v8AAAAAAAAAAAAAAAAAAAAA2P/Y/9n/3//h/9v/JwD3/wAAAAAAAAAAAAAAAAAAAADs/9r/+P/r/xAA5//Y/wAAFQDr//b/AADv/+v/6f/5/+3/1P/i/9f/3//o/xsA1P/u/woA1f/Y/+r/2f8AAOj/AAAAAAAAAAAAAAAAAAAAAOn/7P/s/+7/8//t/+f/GADV/+n/7v/b/+z/IwDr/8b/+P8AAAAAHQAAAPj/8P8AAOz/EgDI/8n/4//Y/wYA1f8AAAAAAAAAAAAAAAAAAAAA5f8AAOP/6P/h/+j/EgDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9n/3v/h/9r/CgDa//L/KADu//f/+f8AAOX/6/8AAAAAAAAAAAAAAAAAAAAAIADV/9j/1f/b/8P/6P/R/+D/6P/o/+n/6v/p/x0A5//s/+z/7v8AAO3/FADs/+v/AAAAAAAAAAAAAAAAAAAAACIA6//s/+f/6P/s/9j/7P8AAAAAAAAAAAAAAAAAAAAA9P/s/+7/8f/0/xQA7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//m/+z/5//z/+P/3P8fANv/5v/s/+f/8//j/9z/HwAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/5v/Y/9j/FAAAAOr/5v/1/xQA7P8AAN7/6/8JAOj/0f/X/+n/BwDr/+P/7P/s//P/7f/t/+z/FADu/yEAAAD3/wAAAAD6/+D/+f/p/xUA6//r/+v/6P/s/+P/7P/s/+z/7P/s/xQA7P/s/+D/1v/D/7T/if/O//L/EgDs/xQA7P/t//H/7P/s/+z/7P/s/+z/6//s/xQA7P/m/xQAAAAAAAAAAADs//T/AAAAAAAAAAAAAAAAAAAAAAAAIAD5/wAAAAAAAPv/4f8AAPX/7f/v/wAAAADs/+7/FADe/+r/7P/s/+3/6v8WAOf/FQDb/+z/3v/m/+X/1/8AACwA1P/f/+L/3P/b/9f/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/s/+3/7P/s/xQA7P8iAOD/7P/h/+7/4v/f/+z/GADq/+3/7P/y/+n/6P/u/9j/6//g/+X/3f/c/wAAEgD5//f/AADt/wAA7v8TAAAApP+t/6H/IgDr/+X/6P8RAOD/4P/i/+T/4f/f/97/IAAAAAAAAAAAAAAAAAAAAAAAAADk/7P/uP+J/xQAtf/1/+z/FQDr/+z/6//s/+z/6//2/wAA1//H/87/z//O//H/6f8VAOz/7P/s/+z/6//p/9b/7//p/+X/7P/o//X/EwDl//D/1//n/+f/FADC/+z/AAAAAAAAAAAAAAAAAAAAAAAACwDr/+z/7P/s/9X/6P8AAAAAAAAAAAAAAAAAAAAAzP/e/+v/5//Y/9z/AAAjAAAAAAAAAAAAAAAAAAAAAAAcAOH/5//i/+P/6f/j/9//9/8VAPb/8P/0/+7/6//w/wAA0//V/83/2f/T/wAA0P/o/+b/6v/p/+n/6f8XAOn/7v/u//H/7v/s/xkA7f/n/zMAsv/D/8//r//a/+T/0f8xAKX/r/+w/6D/8v+x/6H/FQAAAAAA+v8AAO3/7P/7//D/3//i/97/2P/h/w8A7/8iAOv/7P/o/+n/7P/Y/+z/FgDs/+z/7P/r/+P/7P/Y/7r/+P/Y/+D/AADo/8n/AADw/+7/AAAUAAAA7P/y/+z/CQDX/wAA2P/d/9b/6P8AAOL/6v8AAPn/AAD4/xcAAAAAAOz/6//o/+r/2P8UAOz/+v/3/wAA9v/3/xUA7v/x/+//FADs/+z/7f/s/+z/7f8AAN7/7v/s/+z/1v/r/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/+z/FADv/xYA7P/6/wAAAADq/wAA7f/s/+3/7f/t/xQA7f/s/+v/7P/t//H/FADs/+j/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/wP8VAMv/zP/P//X/wv/x/wsA3//m/9z/mv/y/8j/AAAAAAAAAAAAAAAAAAAAANj/0v/P/8z/1f8jAAAAsP8AAAAAAAAAAAAAAAAAAAAAAAAAAPj/7f/3/xQA8//s/+L/zP/U/8H/yv8hAOL/xP/t/+7/9f/s/wAAFADy/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q/+v/7v8AAOv/6P8WAMH/xv/m/9D/u//Q/8r/PwDq/6z/v//c/9T/4P/H/zIA7P/s/+7/7P/s/+z/7P8UAOj/FgDq/+n/6//r/+r/6f/q/9z/AADa/9n/2P8JANj/FADs//D/7v/v/+3/7P/t//T/6/8AAAAAAADs/xMA7/8AAAAAAAAAAAAAAAAAAAAAFgAUAOv/6v/p/+3/6v/M//L/7P8AAOX/3f8AAMr/5f/X/+n/3//c/7z/4v/h/x8A5f/q/xYA0P/V/+f/CgDf/+3/7P/4//H/AAAUAO//7P/7/7f/u/+y/wcAuf/m/7L/1//p/+b/4f/s/x8A4P/e//j/AAAAAAAAAADu/xkAAAATAPv/AAAAAAAA8f/t/wAAAAAAAAAAAAAAAAAAAAAAAOX/2//n/9r/1P/h/xwAzP8AAAAAAAAAAAAAAAAAAAAAzf/Q/9b/y//Q/9T/MQDS/9j/4/8aAOz/8v/b/9j/AADW/+z/7P8VAO3/6//q/+v/9P/Y/+X/x//W/yMACQDI/+z/7f/t/+j/9v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/+r/xP/S//v/9P+w/wgAEwDr/9r/1//Y/9v/5/8AAPv/JADa/+b/5f/g/9n/8P/q/xcA4P/i/93/1v/R/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8RAOz/6//q/+f/AADq/wAAAAAAAAAAAAAAAAAAAADr//P/9P/r//D/6v/q/xYAAAAQAMj/z//Q/9b/8//R/wAAAAAAAAAAAAAAAAAAAAAJABQAxv/g/9//6//c/97/5v/p/+j/6//j/y8A+//o/9P/zP8wAAAA0v/W/9b/y//u//P/HwAJAPb/5f/b/9n/AAAAAAAAAAAAAAAAAAAAAOv/8//0/+v/8P/q/+r/FgDz/+z/AADs/+//FADs/+z/7P/s/+z/7P/s/+z/FADs/+z/FAAAAPb/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/7P8AAAAAAAAUAPb/7f/t/+v/FQDl/+z/7//q/+v/6v8VAOz/7P/r/+z/6//s/wAA7P/s//D/AADV/wAA7f/s//f/7P/w//H/7P8UAPX/6f/Y/9j/1//2/wAA8f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf/l/+P/4f/Z/+j/AAAeAPb/7P/s//T/9v8UAOf/7P/Y/9//1v/J/woAyv8AAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P/s/xQA6//n/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv8QAAAAiP/r/9P/tf/a/+T/4v/j//j/7f8lANv/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//e/97/6//Y/9//AADt/+7/7//t/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA6f/m/8j/5//i/wYA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//Q/8T/4v/u/8f/FQDr/+v/2v/q/+z/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAAFAD2/+3/3f/n/+j/5v/l/xkA2//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/d/9n/8P8mAMn/4/8AAAAAAAAAAAAAAAAAAAAA2P/c/9L/xP8rAOX/0v/g/+7/+f8AAAAAAADw/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6//z//b/8v/s/+z/4v/q/+r/6//r/+z/6/8WAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/u/+z/7P/s/+3/KwDO/9n/vv/B/7v/7P/N/+v/6f/q/+j/6//q/xUA6f8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P8AAOz/6f8AANj/CwDg/93/5v8AANn/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/7v/Y/97/6P/k/xgA5v/z/+n/3v8AAOP/AAAGANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/9P/s/xQA7P/a/xUA7P/q/+n/7f/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPv/AAAAAAAA8f/t/wAA2P/Y/ygA2P/Y/93/1//Y/wAAAAAAAAAAAAAAAAAAAADb/+f/2P/W/+r/EgAAAOH/5v8WAOz/6P/s/+z/6f/s/+D/2P/s/xUA6v/Y/9f/AADs//D/7f/v//H/7P8UAPL/t/+o/wsAqf+5/woAyP/Q/7v/1f/W//D/2v8zANH/0P/U/9b/3P/U/8n/DwAAANb/AAC+//T/1//Q/9L/BQDc/9f/3v/l/9j/AAAJANH/5v/s/xQA7P/s//L/7P/s/+z/7P8UAOz/7P/y/+z/7P/s/+r/7P/s/+v/7P8UAOr/6v/u//D/8//w//D/7P/s/xQA7P/s/+z/7P/s/+z/FADs/xQA7P/t/+z/7P/s/+z/7P8YANT/2P/c/+P/1f/o/9D/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8XAPD/AAD4//L/2v/s/wAAGQD7/wAAAAAAAOr/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9f/g/+n/2v/F/wAA0P/s/+z/7P/t/+z/7P8UAOz/z//A/xgAr/+8/w0A8P/A/wAAAAAAAAAAAAAAAAAAAADq/yUA7v/3/+D/3v/Z/+3/7v8VAPT/9v/t/+3/6//4/9X/3f/z/wAA9P/j/ysA7P/c/+D/AADW/9//FADm/9n/AAAAAAAAAAAAAAAAAAAAAOv/6P/p/+j/7v8ZAOr/3//T/9X/0P/K/8n/4v/N/yoAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+7/7f/w/+3/FADs/+z/7v/t/+z/7P8UAOz/EwDs/+z/7v/w/+7/7P/j/yEAxP/W/8P/0f+7/+7/8f/s/+7/9f/v//X/FADt/+//4f/m/9j/3f/X/9P/IwD5/9P/LADf/9n/4v/d/9b/2//r/+z/6f/s/+z/8/8UAOr/5v/r/+z/7f/t/+z/GQDr/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/y/+7/7P/s/+//+P/Z/+v/tv/G/wAABwDK/wAAAAAAAAAAAAATAAAA7f/j/8n/5v/T/+L/QgDH/9H/6/8XAOT/6//r/+v/6v/n/9L/1P8tAN3/5f/W/93/2P8AAAAAAAAAAAAAAAAAAAAAv//c/+j/4//i/+r/FgAAABYAAAAAAPX/+v/s/+j/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/w//L/7/8UAOz/7f/q/xcA4P/i/93/1v/R/+L/2P/a/+b/FADp/9j/9//o//v/0f/e/8//4//e/xYA6v8AAOn/2//z/97/4/8AABQA2P/b/9j/3v8AAOX/GwDX/8v/sP+5/xEA7/+1/wcA9P/Z/+z/6v/r/+r/6v8bAOv/6f/q/+f/0f/q/+f/FwDh/+j/5v/q/+n/6f/p/xcA6f8ZAAAA+f/r//n/7//B/8n/1f/d/9n/uP+0/xIA9v/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/+f/EwDa/+n/6P/s/wAA6f8AAAAAAAAAAAAAAAAAAAAA7P/Z/9n/7P/r/yEAxP/Y//T/7P/u//H/9P8UAO7/7f/s/+r/6f/t//T/4P8XAOz/2//m/+z/5//z/+P/3P8fAOb/7P/q/+z/2P8FAOX/DgAAAAAAAADv/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAABQA3P/k/xIA7v/Z/9v/4f/j/+v/7f/h/xQA4f8AAOj/BwAAAAAAAAAAAAAA+/8AAO//FwDs//H/6v/u/+n/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/6//t/+7/+//b/yQAAAAWAAAAAAAAAAAA7f/u//X/AAAAAAAAAAAAAAAAAAAAAOv/FQDs/+v/6//r/+v/6v/m/8n/6v8SAAAAzv/o/9//6//r/+3/9f/s/+3/FQDs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/4f/f//b/+v/v/+P/HwD5/wAAAAAAAAAAAAAAAAAAAADZ/wAA3f/c/+X/1f/s/wAA3v/0/wAA6P/n//P/yf/D/xQA7//z//X/+P/s/+z/9P8gANX/4P/U/93/4P/g/+H/AAAAAAAAAAAAAPX/DQAAABoA7f/y//j/7v/q/9j/6f/k/+v/6//i/+j/7P8WAOz/AAAAAAAAAAAAAPr/CwAAAPj/AAAAAAAAAAD2/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5//t/93/+P/j/xQA6v8AAAAAAAAAAAAAAAAAAAAA6P/e/+b/6f/l/9P/5v8eAAAAAAAAAAAAAAAAAAAAAADX/+v/5P/h/+7/EwDy/9//EwAAAPn/AAAAAPP/8v8AAOz/7P/s/+z/7P/s/+z/FADr/+v/2P/q/+v/6f8XAOv/7P/u/+z/8P/1/+r/7P8UAOP/FQDo/+r/6v/l/+v/6//3//D/7v8AAAAA9P8TAPf/AAAAAPj/AAAAABMA7f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/x//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOr/6v/i/+j/6f/o/xYA6P/r/xgA7P/d/9X/6v/q/9j/FQDy//j/+v8AAOv/7P/h/wAAAAAAAAAAAAAAAAAAAADt/+3/9P/z//b/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6P/p/+v/5P/q/97/AAAAAAAAAAAAAAAAAAAAABQA7v8AAAAA+v/x/+z/AAAAAAAAAAAAAAAAAAAAAAAAFgDu/wAAAAAAAOz/6v/u/+X/6//q/+P/6P/q/xcA6v8VAOr/6//r/+v/6v/r/+r/AAAAAAAAAAAAAAAAAAAAAMj/zf/x//b/wv8PALD/AAAAAL//x//E/8n/xv8AAMT/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/w/+7/7//s/+z/7//s/+z/7P/t/+3/FADs/+r/3v/s/+7/5/8AAAAABwDq/9v/7P/u/+7/2P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQAAAAAAAAD1/+v/6P/y/+v/6v/p/+r/6//s/xYA6v8AAAYAAAAAAAAA+v8AAAAA6v8WAOv/6P/r/+v/6v/q/+7/6v/6//r/AAD3/xgAAADU/xMAAADV/9X/yv/Q/9H/4v8AAN3/2v/V/+f/FQDg/wAAAAAAAAAAAAAAAAAAAADr/+v/7f/1/+z/7f8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiANH/w//D/8H/yP/1/7L/0//s//n/7P/u/+n/IQDw/wAA8f8AAAAAAADs/wAAFAAbAMD/k/+2/8X/8P/Z//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAO7/7P/s//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9n/yP/l/6T/zv8wAL7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/r/+z/0f/d/+H/2v/f/xQA8//s/+z/8f/x//L/9v/t/xQA7/8AAAAAAAAAAAAAAAAAAAAA7f/w//X/+f8AAPj/FwDz/+z/FgDs/+z/yf/s/+j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADv/wAAAAAAAAsAAAAAAAAAAAD1/wAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAkAOf/yf/V/87/2f/X/9f/4P/H/9P/tf/Y//j/2v8UAOv/6//r/+r/6v/r/xUA7P+W//f/wP+1/ykA1v+l/+//0P/j/9f/3v/b/8L/AAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADN/+//+f/5/+f/7v8AAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAOv/9f/h/wAAAADg/9r/BgDW/9f/q/8dANL/zf+Z/+z/7P/x/+z/FADs/+z/7v8VAOz/7P/s/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAACEA5P/s//H/7//4/9D/3P8AAAAAAAAAAAAAAAAAAAAAAADY/+v/6f/q/9j/AADZ/+j/3v/G/8j/sf/k/6v/FAAAAND/y/+u/7H/q//l/w4A7P/h/+f/GwDh/+n/4//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8iANT/2P/c/+r/0//g/+n/FwDq/+n/6//r/+j/6f8vACAAnv/g/7X/wv/G/6f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/k/+v/6f/q/wAAEQDo/+v/6v/o/xYA6//y/9z/2P8UAO3/7f/u/wAA7P/s/+z/BwDY/93/4f/6/+j/+v/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/g/x0A2f/s/+z/5P/g/+n/rv+8/x0Auf/S//X/x/8UAOz/7P/t//X/7P/p/+3/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAPf/+f/t/8//JADs/+z/9v8AAO//6/8VANj/7P/s//H/6//t/+v/FQDs/wAA5f/t//D/+P8GAO//7P/x/9v/4//k/9//1v8bANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/t/xQA7P/s/+z/9f/k/8r/6//Q/8z/CwDf/wAAAAAAAAAAAAAAAAAAAADT/9L/0P/T/9z/0v8yAND/5f/N/9v/0v/j/+T/HwDV/wAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAPr/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA7P/r//P/7P/s/+z/tv8AAL//7P/o//P/nv8NAAAABgCP/7H/u/+r/wAA9v8AAAAAAAAAAAAAAAAAAAAA2/8AAOv/FADl/9j/5f/t/+v/7v/s/+r/FADq/+z/7P/D/xAAzP+1/9T/xP8HAO3/5P8oAPH/2P/u/93/6v/Y/+z/7P/s//P/7v/s/xQA7v/u//v/AAAAAAAAJADy/+H/zP/3/8//+P/p/xAA2v/m/wAAAAAAAAAAAAAAAAAAAAAAABkAAAAAAAAAAADr/wAA1//r/+H/1P/R/9b/EQARAOn/LADq//f/9f/r/9P/6//u/xYA5f/r/+r/6//p/+r/9/8AAAAAAAAAAAwAAAAAABYA6//r/+z/7v/s/+f/7P8AAAAAAAAAAAAAAAAAAAAA6P/0/9X/2P/Q//f/yf8KAAAAAAAAAAAAAAAAAAAAAADs/+z/9v/2//D/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/s/+z/6//s/+n/EQDq/9//+P+l/+f/sv+6//n/EAATANj/2f8AAOX/1f/p/9n/0f/p/8T/FwDH/7r/LgC3/xUAAAAAAAAAAADs/+//6P8UAOX/9//u//H/6P/n/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/0//V/+H/2f8eAKr/7f/r/+z/6//t//H/FQDq/+T/AAAAAAAAAAAAAAAAAAAAANf/6v/s/+v/BwDh/+r/DgAUAOn/8P/Z/9n/2P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAMX/EQDY/9H/x//M/ywA2P8AAAAAAAAAAAAAAAAAAAAAvv/N/9j/wP+h/87/RQC4/wAAAAAAAAAAAAAAAAAAAADs/+z/AAD6//P/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/7P8UAOz/7P8UAOz/7f/t/+z/7P/s/9n/1//R/wAAyv8AAAAA0P/N//r/AAAAAAAA6/8zAAAA6//s/+z/6//t/xYA6v/n/+z/7P/v/+7/7//s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/3v/d/9//JwDX/93/7f/s//X/9v/0/xQA7P/u/wAAAAAAAAAAAAAAAAAAAADR/8z/x//R/97/NADO/9j/AAAAAAAAAAAAAAAAAAAAABQA7f/u//D/7v/s/+z/7P/s/xQAAAAAAPD/7P/s/+H/CgDn/9b/AAC0/87/FADX/8X/1f/F/8//4f/W/zYA1//s/+z/7P8UAOz/7P/s/+z/8//b/+X/zv8AAPj/m//2/9T/2f/g/wAA2P8TAOn/2v/m/+b/AAASAAAADgDo/9j/AAAAAAAAAAAAAAAAAAAAAOv/5f/p/+b/6v/X/xoA4//t/+z/7f/t/+3/FADt/+z/AAAVAOP/2f/Y/9j/6v8AAOL/0P8HAMv/3P/W/yQA3f/D/+b/6//U/+T/5/8iANn/3P/p/+b/6P/q/+n/FwDq/+b/6//s/+T/7f/Y/x8A3//b/6v/HQDL/4j/AAD5/3r/7P/t/+3/7f/w/xQA7P/t/wAA7f8AAPX/7//s/+//FAAAAAAAAAAAAAAAAAAAAAAA6//r/+3/9f/s/+3/FQDs/87/7//r/93/6v8bAN7/7P8TAOL/3//a/+n/6f/f/wAA1//s/xMA6v/i/wAA1//c/wAAAAAAAAAAAAAAAAAAAADL/+b/wf+p/53/DADi/wAA2v/m/+D/7P/u/yAA2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P8iANn/6v/f/+f/5f/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9P/2//P/+b/FwDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s//f/+f/1/+z/8f8QAM//8v8LANn/+f/b/8T/AAAVAAAAAAD3/wAA8f/z/+//9v8AAAAAAAAAABgAAAAAABMAAAD6/93/+P/n/+f/+f8AAAAAAAAAAAAAAAAJAAAA7P/p/+//7v/p/+D/6/8VAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/s/xQA7P/s/+7/6//r/+v/4//l/xoA6//Q/+v/7P/2/+z/7P8UAOz/7P/s/+v/7P/s/+z/FQDs/+v/FADs/+z/9f/3/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/+3/7v/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7v/s//D/9f/q/+z/FADU//L/xf++/9r/wf8hANf/AAAAAAAAAAAAAAAAAAAAAOb/5//n/9j/2//j/x4A2v+c/9f/y/+4/wAA+/8MAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/u/+z/7P/t/+z/7f/t/+3/7/8UAOz/7P/s/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAwv+1//b/zP/1/5//CgD1/8T/5f8AALD/0P/X//r/7//s/wAA2f8GAOb/7f/6/xMA+//4//T/AADv//L/7v/s/xQAAAD4//H/7P/s//L/9//w/+7/AAAAAPT/EwD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+n/7f/0/+D/FwDs/wAAAAAAAAAAAAAAAAAAAADY/9r/3v/g/9n/2f/Y/ygA5v/r/+z/7f/t/+z/GQDr/wAAuP/q/6T/vP/p/wAAtf/r/+z/FQDr/+3/7P/r/+n/zf/v//n/+f/n/+7/AAD6/wAAAAAAAAAAAAAAAAAAAADY/+z/7P/s/+3/IgDk/+z/AAAAAAAAAAAAAAAAAAAAAOr/6v/r/+v/6//q/xUA7P/3//D/7v8AAAAA9P8TAPf/AAAAAAAAAAAAAAAAAAAAANv/5//n/+b/7P/c/xIAAADs/+z/7P/n//H/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANz/GADa/8j/tf/b/9X/GgAAAAAAAAAAAAAAAAAAAAoA7P/s//D/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAMANT/zv/W/7j/AAD1/8f/AAAAAAAAAAAAAAAAAAAAAOr/BwDt/+7/7v/q/w4A6//s/+z/FADt/+z/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAOL/6v8AAPn/AAD4/xcAAADs/+z/7P/s/+z/7P/q/xQAAADr/+z/8/8AABgA7P/m//T/FQD1//L/AAD1/+v/9P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+3/7f/x//T/9//s/xQA8v8AANb/8v/r//T/AADZ/9H/2P8LAPL/yf/i/+r/4f/0/+3/FADz/+7/7P/t//D/7P8VAOz/6//y//H/7P/q/+r/+f/1/wAAAAAAABUAAAAAAOP/7P/s/+v/8/8UAO3/7//o/9f/4v/Z/9v/GwDl/9X/AAAAAAAAAAAAAAAAAAAAAAAAFQDh/97/7f/b/+n/6f8UAO7/9//u/wAA+f/s//f/AAAAAAAAAAAAAAAAAAAAAO3/7P/v/+z/7P/s/+v/FQAAAAAAAAAAAAAAAAAAAAAA6//o//P/8P/1//T/FQDt//f/AAAAAAAAAAAcAO//AADQ/wAA3v/f//T/wP/I//T/5//x/wAAAAAAACcAAADg/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/x//T/7P/s/+3/AAAUAAAAAAAAAPL/7v8AAPr/AAD6/wAA8v8VAPf/7P+p/9z/2/8IAMX/5/8LAA8AAAAAAAAAAAAAAAAAAAAAABAAvv8AABEA5P+l/9H/yf/q/97/AAAVAOr/6v/d/9b/GgDr//v/6//y/+v/3//J/+//7P/3//n/7P/s//H/FQDJ/8//GQDJ/9L/xv/W/wYA7f/s/+3/7v/s/+z/7P8VAAAAAAAAAAAAAAAAAAAAAAAOAAAA4f/T/9j/6f/n/8T/AAAAAAAAAAAAAAAAAAAAAOv/yP8AAAAA9P/2/yEAvv/p/+f/4v8bAOP/5//l/+X/6P/D/+T/z//P/8L/GQDm/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/p/+r/7P/s/+//6//u/xcA3//r/yYA+v8AAAAAAADv/97/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8f/u/+z/FADs//H/FQDs/+z/7f/s/+v/6/+n/83/VQCr/6n/vf+q/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/8P/P/9v/wP/5//n/CgDq/+3/7P/q/97/6v8VAOj/6/8mAOr/3v/s/+j/2P/X/+j/4v/s/+v/6//Z/97/HADT/9v/0//O//b/xv/E/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//q/+v/6//o/xYA6f/s//D/7f/v//H/7P8UAPL/9//n/+f/3v/j/9b/DQDa//f/AAAAAAAAAAAMAAAAAADx/wgA3P/U/wAArv/C/+v/7P+0/93/3P/n/9H/tf8iAAAAAAAAAAAAAAAAAAAAAACj/5z/8P8AANP/wP8AABoA4f/k/+f/3P8AANj/AAAAAOz/1P/x/y4ACACw/9X/t//r/+v/7P/s//L/6/8VAOv/AADv//v/+P8AAPP/FwD6/wAA7v8AAPv/AAD3/xUA+v8UAOz/+v/1//j/7P/s/+r/6//p/+z/6//r/+v/FgDr/wAAAAAAAAAAAAAAAAAAAADq/xUA6//r/+v/6//q/+v/AAAAAAAAAAAAAAAAAAAAAOv/6v8fAOD/6P/q/9b/6f9OALv/x//o/8L/pf/E/7r/AAAAAAAAAAAAAAAAAAAAAOv/BgDo/+z/7P8AAOb/4v/r/+z/7P/r/+z/FQDq/+v/0P8OAAAA5//m/9j/2P/z/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAPb/7f8AAOz/7P/s/+z/7f/u/+z/FADs/9n/3//h/+j/5f/i/x8A5v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AANj/8f/s/+z/2P8AAN7/AAAAAAAAAAAAAAAAAAAAAOj/3//s/+7/7f/v/xQA6f8AAAAAAAAAAAAAAAAAAAAAEgDR/9X/3v/l/93/8f/O/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/u//r/7P8UAO3/5f/s/+z/7P/s/+v/FQDo/wcAzv/A/9b/5f+o/9P/AAD1/xUA7P8AAAAADgDj/wAAAAAAAPn/AAD6/+z/AAAUAAAAAAAAAAAAAAAAAAAAAADy/+z/8P/v/+7/6P8PAOn/AAAAAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAOr/AAAAAAAAAAAAAAAAEwAAAO3/5f/b/9j/2P/e/+P/JwDb/+3/6P/2//b/+v/t/xUA7f8AAAAAAAAAAAAAAAAAAAwAAAAfANX/9P/R/9X/4v/j/+7/7P/y/+//FADt/+z/7P/s/+v/7P/s/+z/7P/s/xQA7P/s/+z/8f/x/xQA7P/s/+z/+//H//b/0/8AAMH/2//I/8v/6P8gALv/vv/Z/xkA7P/n//b/7P/r/+v/7P8WAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//H/7P8UAOz/4//P/8v/0v/k/9D/MwDW/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/xv8UAOn/6v/c/xQA6//v/wAA+P8AAAAAGgAAAAAA6//p/+r/6P/r/+r/FQDp/xUAxf/L/8L/2f/f/wwAxv/q/xUA7P/s/+v/7P/r/+z/1v8AANv/4v/e/9j/AADX/wAAAAAAAAAAAAAAAAAAAADq/+L/6f/q/+r/6f8YAOv/t//g/8D/v//F/yUA6//M/+z/7P/s/+7/7P/p/+z/FADd/9//CADz/+P/BwDc/9//6v/i/+r/6f/4/xgA5//o/wAAAAAAAAAAAAAAAAAAAADM/8j/0//G/83/1v8nAAwAxv/G/8P/0//c/+H/JgC//wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AADO/+r/6P/d/+v/BwDo/+//3P/l/9//7v/p/xQA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/9v/0//n/+v/1/8AAAcA8f/N/9n/3//R/x4AxP/I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/DwDr/+f/2P/W/wAA0v8AAOP/3f/F/9b/yv/7/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAEwDt/wAAFADs/wAA5f8AAOr/7f/e/wAAAAAAAAAAAAAAAAAAAADp/xYA7P/s/+z/6P/q/+r/7P/s/+3/7f/s/+z/FADs/8D/4P/P/+L/+v/j/wAADwDW/+//2P/1//n/PQDk//D/AAAAAAAAAAAAAAAAAAAAAAUA6v/m/+v/6//r/xUA6//u/+7/AADy/wAAFADs/+z/FgDu/wAAAAAAAOz/6v/u/9H/7f/d/xEAnf/t/8T/tf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOv/3f/e//P/2f/p/9r/9P8UAPP/AADt//j/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/S/xsA4//n/9z/9P/b/8X/xv8AANT/0v/g/xkA5//q//H/wf/s/8X/FADK/9j/AAATAPj/AAD0/+f/6v/k/+b/7P/3//L/AAAAAC0AAAAAAAAAAAAAAAAAAAAAAAAA4v8ZAOn/7P/6/+j/5//n/xQA7//z//X/+P/s/+z/9P/X/8//zv/T/wAAyv+9/yAAKgDI//D/4f/s/9f/2P/q/wAAAAAAAAAAAAAAAAAAAADT/9j/AADN/+H/AADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOH/3v/w/8r/v/+4/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAMT/2P/t/8T/uf/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy/+5/9L/xP8uAMT/2P/l/wAA7/8AAPr/JQDz/wAA3//t/+3/AAAAAAAA7f8UAO7/AAARAOz/8P/m/+v/2f/p/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/z//b/7P/s/+z/FACm/6b/gf+c/9f/AACX/wAAAAAAAAAAAAAAAAAAAAC7/6P/6P+l/9T/OQAAAMj/FADs/+z/7P/t/+z/7P/s/+z/7P/s/+v/7P8UAOz/5v8AAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAA+/8AAO7/FADz/wAAAAAAAO3/7v8AAAAA+f8AAAAAEgD4/wAA6v/l/+j/6v/o/+r/FwDn/wAAAAAAAAAAAAAAAAAAAAAOAPn/yP/a/7b/GQCx/+z/7P/s/+z/8f/x/xQA7P/s/xQA7f8AAPT/8v/s/+z/7P8UAOr/6//t/+//7P/s/+3/6f8VAOz/7P/r/+z/6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/1v/W/9//9f/X/wAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAAAAAWAAAA7P/t//D/8v/6/+//FADt/+n/6v/y/+//9f/r/xYA+/8AAAAAAAAAAAAAAAAAAAAAvP+p/6//pf+x/77/mP9aANb/LADr/+L/2f/Q/9P/3/8AAAAAAAAAAAAAAAAAAAAA1f/X/yUAzP/T/8z/4v/F/xQAAAD0/wAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAzP/a/+3/yf/X/+v/4P/w/9T/2//I/+v/y/8TANf/FADs/+z/9f/3/+z/7P/s/9H/zf/5/+H/2/8VAOv/zP/s/+z/7v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA5v/m/+f/vP/m//L/zP/s/+z/7f/w/+3/7P8UAOz/8P/3/+z/7f8AAOz/FADs/wYA7P/u//L/+v/s/xMA7P8ZAOH/5P/n/+//6//b/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAN//6//s/9X/sP/q/yAAAAAAAAAAAAAAAAAAAAAAALr/2//p/9b/7f8AAOj/BwDq/+r/6//q/+7/FwDn/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/r/+j/6f8AAAAAFADa/+z/7P/q/+z/4/8VAOn/2//s/+z/7P/r/+v/6P/s/xUALADU/9//4v/c/9v/1//U/97/5P/t/+3/7f/s/x8A6v/Y/+j/IQDh/+P/2v/Y/9X/6//s/+v/6P/q/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKz/vv/R/5z/q//h/9j/IQDt/+z/8v/x//X/FADu/+3/2P8jAOb/5f/k/+r/4//j/wAAAAAAAAAAAAAAAAAAAADp/9H/v//F/8v/1/8hAL3/LgDw/+//6f/0/9b/z//o/wAAAAAAAAAAAAAAAAAAAAAUAO3/7f/4/wAA7P/s//b/7f/t/wAAAAAAAO3/FADu/+r/6//s/+z/6//r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v/P/6r/uv+8/w4A1/+t/+z/7P/6/+7/7P/s/+z/FAASAOr/3P8AANj/7P/i/9f/FADs/+3/7P/s/+z/7P/s/wAAFAD4/wAAAAAAAOz/AACv/9P/w/9gALT/uP+h/5b/6v/c/+n/GQDs/+b/6v/c/+n/6P/p/yUA7P/p/+f/0//g/+j/6P/o/+r/6f8dAOX/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P+r/97/xf/N//r/xP/F/ysAAAAAAAAAAAAAAAAAAAAAANb/5P+0/6T/q//X/w0A1f/s//D/5P/p/+v/5v8TAOz/7f8UAOz/7f/u/+z/7P/s/xMA+//4//T/AADv//L/7v8WAO7/AAAAAAAA7P/q/+7/7//s//f/+f/1/+z/8f8QABUAAAAAAAAAAADr//L/AAAAAAAAAAAAAAAAAAAAAAAArP/Y/9//5f/a/9v/KwDB/+z/7P/s/+z/6//s/xQA7P/A/8L/6f/I/9T/yP80AM3/AAAAAAAAAAAAAAAAAAAAAOn/6v/k/9z/5//m/xkA6P/R/+r/3f/m/9f/DQDX/w4AFADs/+z/8f/0/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADY/wgA2P/0/+v/3P8AANP/6//r//H/7P/s/xQA6v/s/+v/6v/r/+v/6//s/xYA6//r/+z/6//t//H/FQDq/+T/AAAAAAAAAAAAAAAAAAAAACEA1v/0/+j/7v/q/9v/6/8AAAAAAAAAAAAAAAAAAAAA6v/4/wAAAAAAABYA5f/r/xQA7P/s/+7/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA4//v/+r/6v/m/xcA3//f/wAAAAAAAAAAAAAAAAAAAAAAAOD/+f/x//n/AADW/+//7v8UAPf/6//Y/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAMAOv/6v/g/+3/+v/l/+z/AAAAAAAAAAAAAAAAAAAAAOT/6//w/wAA8/8cAPX/5P8ZAPv/AAAAAAAA6v/5/wAA7P/s/+3/7f/s/+z/FADs/7n/zf/z/73/1f88ALb/zv/o/+P/9v/z/wAAKgDa/9r/xP/k/8//uv/W/y8Ayv/d/9n/6//n/+X/6v/6/xMA6P/L/83/9f/F/wwAw//i/wsAAAAAAAAAAAAAAAAAAAAAAOv/AADs/+z/6v/s/wAA7P/q/+z/7f/b/+z/2v/X/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9f/3P/a/wAA3/8ZANj/2P/X/9r/2/8pANX/5//g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAD0//L/8f/s/+7/8f+//+D/yv/J/9X/3v/Y/ygA7f/s/xQA7P/u/+z/7P/s/wAAAAAAAO//AAAUAAAA7P8AAM3/5P/r/+r/AAASANj/AAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8fAOr/5P/i/9z/3v/i/wkA5f/O/xwAAADe/7//t//n/8v/0//b/zIAy//K/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAD2/wAAJgDs/+P/AAAAAAAAAAAAAAAAAAAAAO//7P/3//n/7P/s//H/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAAAAAOr/AAAjAPP/9P/q/+r/7v/c/+j/AADm/6X/AACn/8L/CAC+/wAAAAAAAAAAAAAAAAAAAADi//b/4v/l/7H/IACg/7v/6//r/+v/FgDr/+v/5P/p/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/8f/r/+L/3P/s/+H/EQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+7/7f/s/+3/7P8UAAAA6v/p/+3/7v/s/+r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAADAAAAAAA5//r/9v/5v/c/9v/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8RAM//zv/a/+r/CQDD/9//JgDt/9L/u//O/+v/wv/D/+3/7P/s/+z/7P8UAOz/7P/Y/wAAFADs/+z/6v/o/+v/xP8AAL7/2P/Y/wsA5f/Y/wAAAAAAAAAAAAAAAAAAAAAUAAAA4P/r//L/7P/s//n/xv/N/+//AAAAAC8A0//k/ycA1f/P/+//7v8RANb/5f/D/+T/9f/2//D/3P/y/w0AAADv//P/5f8AAOr/7/8WAOv/wf/T/97/0v/j/xcA5f/s/9z/5//q/yMA6P/s/9r/0P/e/9//0v/n/xoAAADV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/P/8T/AADR/87/FwC0/wAA7P/s/xQA7P/Y/+z/7P/v/xQA7P/s/+z/6f/s/+z/AAAAAMH/xf/E/8H/7//Q/+z/FADt//D/7P/s/+v/7v/s/+z/7P/s/+z/7P/s/xQA5v/j/+v/6//o/+j/GgDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/4v/o/+z/BQDs/7b/4P/S/9H/sv+7//j/NAATAPv/+P/0/wAA7//y/+7/7P/s/+3/7//u/xQA7P/s/wAAwf/T/7r/u//F/xYAFAAUAAAAAAAAAAAA7v/s//n/AADv//L/AAAAAOz/8P8UAAAAAAAAAAAAAAAAAAAAAADY/xEA8P/q/+v/3v8AANn/AAAAAAAAAAAAAAAAAAAAANT/4v/Z/9j/4f8SAO7/9P8UAAAAAAAAAAAA7f/s//T/AAAAAAAAAAAAAAAAAAAAAO3/6/8VAOX/7P/v/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/0//T/7P/s/+z/FAAuANX/4//f//D/1v/b/9f/EwD7/wAAAAAAAPH/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAOr/3//h/xoA4P/O/9z/1f/c/9v/LADl/+f/2/8AAAAAAAAAAAAAAAAAAAAA2f8cAPD/8P/y//b/4f/j/yAA1f/g/9T/3f/g/+D/4f+e/7D/y/8aAL//JQDb/5z/FADu/+//9P/x/+z/6v/s/wcAAAAAAAAAAAAAAPv/AADi/+n/2//c/97/EwAJAOL/AAAAAAAAAAAAAAAAAAAAABwAzP/T/9T/4f/Q/+X/zP/Z/+v/7f8AANn/EQDY/9j/AAAAAAAAAAAAAAAAAAAAAMf/3v8AANT/z/8UAOT/7P/t/+z/7P/t/+3/JADs/9n/wf8LAMj/wv/J/9b/AAAAAOz/7f/v//D/9//u/xQA7f/s/+z/FADs/+z/7P/s/+z/6//s/+z/6//s/xUA6v/r/9X/zf/y/8H/u/8XAPT/rv/e/+T/5//w/+7/6f8aAPr/EQDc/wAA2v/3/+//2//P//X/7f/v/wAAAADs/+7/FADf/9D/BgDb/wAAyv/W/wAA6//i/9n/2v/n//T/FADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjANj/5f/D/+v/xP/5/wAAAAAAAAAAAAAAAAAAAADh/+b/5//p/+f/5f8bAOn/AAAAAAAAAAAAAAAAAAAAAOf/3//n/+n/4/8SAAAA4P8AABYA7/8AAAAA+f/q/wAAAAAGAAAAAAAAAAAAAAAAAOb/2//p/8n/3v/T/zAA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/93/h/+//8X/FACk/+P/AAAAAAAAAAAAAAAAAAAAANX/6P/g/97/6f8hANf/4f8UAOT/+P/k/+3/7P/s/+z/EAC5/w8Arv+x/7v/4P/6/wAAAAAAAAAAAAAAAAAAAAAAANv/4P/T/+P/EwC9/xQA6v8AAOz/6//q/+z/EQDm/wAA7P/t/+7/8P/b/wAA7P8WAOv/+f/t/wAA8f/n/wAAEAAAAAAAAAAAAAAA9f8AABQA7P/s/+z/7P/s/+z/7P8TAAAAAAAAAAAAAADx/wAA3P8IANn/AADq/9f/6v/X/+T/4v/m/+f/6v8cAOP/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/8//6v8UANT/8v/d//b/7f/s/xQA7P/u/+z/7P/s/+r/6v/q/+j/FgDs/+v/5//q/9f/AADi/+j/1//Z/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P/y/+//7P/s/+z/wv/X/9D/uv/T/9P/BwAiAOj/4f/a/9H/3f+0/xsA0f/g/8b/1f/k/9H/7P/m/xMA2P/c/+j/5f/n/9z/KADe//T/7P/u//H/9P8UAO7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMQDG/9r/sv/H/9P/0P/4/+j/8f/y/83/9f/q/+7/IgAAAAAAAAAAAAAAAAAAAAAA4//h//X/7P/z/+3/6/8UAMr/z//K/+f/0v/X/xIA1f/w/+r/7v/z/wAA6//i/xYAHAAAAPj/+P/0/+3/6P/s/yMA3v8AAPD/AAD6/8j/8f/r/yEA8//s/+r/5f/b/+n/AAAAAAAAAAAAAAAAAAAAABcAGADQ/9T/0P/b/7n/s//Y/yMA5//m/+T/2P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDq/+z/6f/V/+v/6f/h/wAAAAAAAAAAAAAAAAAAAADV/8z/l/8IANn/HQDL/7P/4P/r/+b/6/8UANv/AADp/+r/5f/o/+r/6P/q/xcA5/8AAAAAAAAAAAAAAAAAAAAA4P/m/+n/6f/p/xoA6P/i/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+z/7P8UAOz/AAAVAOv/7v/v/+z/6//5/wAAAAAAAAAAAAAAAAAAAAAAABUA6//u/+//7P/r//n/7P/s//v/7P/s/+z/9v8UAK//4P+//6z/v/8TAMb/DQAAAAAAAAAAAAAAAAAAAAAA6v/p/+z/7P/t/+n/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/s//D/AAAAABIAEADp/+z/8P8AAAAAAAAhAAAA7f/p/xgA6v/p/+n/6P/o/+n/6//s/+v/7P/s/+z/FADs/ywA9//B/9D/zv/q/9D/yv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAM//DgD1//f/2P/f/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA3//t/+H/6v8AAOr/5//u/x8A4//T/8//1f/x/wAAFADs/+z/7v/z/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/U/9//0P/b/93/1f8mAAAA+v/5/wAAAAAOAAAAAAAHAAAAAAAAAAAAAAD7/wAAy/8AAKz/4f/T/9X/7v/o/9z/KQD6/+z/AADt/+z/7//q/+L/6f/q/+r/6f8YAOv/AAAAAAAA9f8AACIAAADs/+r/4//c/+D/4v/e/xwA5//J/zwAwv+8/8H/y//M/8H/5P/e/+X/4v/j/+T/HgDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACq/9b/rP/I/wwAvv/W/woA5P8mAOz/3f/Y/+v/7P/f/8v/8P/x/7H/xv+///D/6/8UAO3/7f/u/wAA7P/s/+z/AADX/+v/EADR/9X/AADQ/wAAAAAAAAAAAAAAAAAAAAD3//D/7v8AAAAA9P8TAPf/4f8dAAAA6v/h/+b/5f/S/x8A3v/m/9X/5f/k/+P/2P8AAAAAAAAAAAAAAAAAAAAAHwC9/93/0P/k/wAA4P/U/wAAAAAAAAAAAAAAAAAAAAATAPv/+P/0/wAA7//y/+7/AAAAAAAAAAAAAAAAAAAAANj/FAD3//H/2P/s/+X/AADE/9//7v/3/wAA6v8yAOT/7P/o/+z/zv/o/wAAAADr/wAAAAAAAAAAAAAAAAAAAAAVAOz/6//w/+z/6//r/+z/6//q/+n/6//r/+r/FgDq/wAA9P/7//T/AAAdAPH/7v8UAOz/7P/t/+z/7P/s/+r/0/+q//X/qv+r/+X/vf/p/wAAFADl/+v/7v/s/+L/2v/a/xUA7P/q/+n/7f/s/+v/FADv//D/8f8AAPj/7P/s/+r/4P/h/8H/zP/0//b/CwAAAAAAAAAAAAAAAAAAAAAAAADn/+D/3v/o/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/1f/X/9b/1v8FANT/FwDs/+z/8P/u/+r/6P/s/+z/7P8XAOr/7P/f/+v/7P/m/+L/6/8YAOv/6f/l/9n/7f/t//n/7P/s/+z/+v8UAIL/z/+q/7f/FwATAJD/AAAAAAAAAAAAAAAAAAAAAAAA6f8WAO3/7P/r/+z/6v/r/8r/6P/Q/7z/CwD1/+D/3v8AAAAAAAAAAAAAAAAAAAAAHQDL/9H/5f8AAOT/xv/N/wAA6v/u/+3/FADf/9j/7P/t/+v/FQDl/+z/7//q/+v/AAAAAAAAAAAAAAAAAAAAAOr/6v/p/+r/6v/q/xYA6v/q//j/AAAAAAAAFgDl/+v/3f/w/9X/AAAIANj/9v8AAAAAAAAAAAAAAAAAAAAAAACi/7H/2v/C/5r/JADk/47/x//R/wAAyP/T/wAA0v/d/wAAAAD4/wAAAAATAO3/AADs/+7/7P/w//P/7P/t/xQA7P/r/+z/7P/s/+z/FQDs/wAAHQDq/+z/6//Y/9X/3f/v//n/AAAAAAAA9v8QAA0A7P/s/wAAAAAAABQA9v/t/+v/2v/e/+n/GQDg/+X/7P/r/xUA6//s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xcA7v/p/+n/6f/f/+r/AAAAAAAAAAAAAAAAAAAAABkA6//7//r/AADr/9//6P8PANX/3//h/+H/0P/B/wAA2P/d/+n/6P/0/+r/KADs/9r/FADs/+z/7P/s/wAA7P8WANX/zv/O/8T/wP/3/8X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/8n/4P/n/+v/7P8AAOb/EwDj//P/5v/w/+X/9P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA9v/t/8H/CwDd/9f/4P/0//b/6f/e/x0A4//q/9D/9f/j/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/9D/1v/h/+n/DgDZ/+n/8P/s/+z/AAAWAOj/7P8AAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/r/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAAFAAAAOz/7P/r/+v/6v/v/xQA7P/s//T/FADz/wAA7f/4/+z/8P/p/xcA6//r/+b/7P/M/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/ykA8v/i/+n/6f/Y/+r/+f/1/wAAAAAAABUAAAAAAO//0//6/xwA5//r/+L/4v8AAAAAAAAAAAAAAAAAAAAA7P/s//P/7v8UAOz/7f/s/wAAAAAAAAAAAAAAAAAAAADm/+z/7P/s/+3/7P8UAOr/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/KQDs/+//AAAAAOz/1//v/wAAAAAAAAAAAAAAAAAAAADg/+D/4v/k/+H/3//e/yAA5v/l/9X/4P/n/wAAGADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAA+v/q/xQA7f/t//H/7P/s//H/3//Y/yoA5//q/9z/1//h/wAAAAAAAAAAAAAAAAAAAADp/+P/x//W/+D/5/8aANT/7f/s/+z/7P/s/xQA7P/s/+z/7f/3/xQA7P/s/+z/7P/l/9X/BgDa//X/7v8MAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+f/AADs/xMA6f/p//r/7P/r/+j/4P/r/xYA7P/m/wAAAAAAAAAAAAAAAAAAAADr/+j/6f/o/+7/GQDq/9//0f/H/+H/2//c//n/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwDu/+T/9v/5//T/4v8AAO3/7P/t/+7/FADs/+3/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UANL/0//e/9j/5v8VAMb/AADH/+r/6f+//6T/EACs/xAA6v8VAOz/7P/n/+z/6f/s/+r/FQDs/+z/5//s/+n/7P/q//T/+f/s//b/KwD4/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4/9P/4v/c/8j/4//f/wAAEgDj/+n/xP/w/8z/DADb/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA1v/L/9P/1//s/+L/0P8cAO7/7v8AAPL/AAAUAOz/7P8MAOX/3//Y/9j/AADZ/9j/0//t/9b/8P/5/y0A4f/z/wAAAAAAAAAAAAAAAAAAAADs/+v/FQDr/+r/6//r/+v/1/8TAAAA+f/M/87/1v/X/wAAAAAAAAAAAAAAAAAAAADt//D/7P/d//P/AADs/wAApP8WAK//sv/K/53/DgDe/wAAAAAAAAAAAAAAAAAAAADi/xkA6f/s//r/6P/n/+f/AAAAAAAAAAAAAAAAAAAAANj/3/8pANr/5v/Y/9f/3/8bAPj/AAD1/wAA7v/l/+3/AAAAAAAAAAAAAAAAAAAAAPj/1P8yAMX/+v8UALv/xf8AAAAAAAAAAAAAAAAAAAAA3f/O/zAA1f/j/9j/0P/Y/+7/7P/y/+//FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAGwDi/+n/5P/j/+n/4//g/xQA7P/s/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//f/AAAUAOz/6f/q/+j/5//W/+H/z/8ZAOf/6f/s/+3/AAAAAAAA8f8XAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA5f/0/wAA6//s/+n/CwAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9j/5f/Z/9f/7P8XAOv/6//j/+X/8f/0//T/FwDk/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/u/+3/7P/s/+z/5v/i/+j/1f/V/9z/JwDU/+f/5//o/+n/+f/o/xkA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/6/+3/FADt/wAA+v8AAAAAAAASAPj/+v8AAAAAAAAAAAAAAAAAAAAAwP/A/xcAu//D/xMAu//w/+X/2v/E/9z/4f8VAAAA5P8AAAAAAAAAAAAAAAAAAAAAsf/X/77/y/+//+z/r/8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDY//H/7f/q/+n/6v/p/+n/8P/s/+z/AAAWAOj/7P8AAAAAAAAAAAAAAAAAAAAA8v/z/wAA6P/s//X/9f8UAAAAAAAAAAAAAAAAAAAAAADr/9X/1P/Q/+X/1//W/ycAFAD4/wAAAAAAAOz/7P/0/+v/6P/c/+X/GQDo/+H/5P/q/+X/5f/k/+f/5P8bAOj/wv/I/8b/KgC8/8f/BgCm/+r/6v/r/+r/7v8XAOf/5//r/+3/3f8AANT/4f/E/9j/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAoANf/6f/6//X/2P/d/9f/CgDq//D/7/8AAAAA6f/g/+n/6P/q/+z/6//Y/yEA6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/9z/8v/t//P/JwDk/+T/5f/f/+P/2v/k/+L/0f8eANf/AADV/9X/2P8RANT/zf/r/wAAAAAAAAAAKwDV/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P8UAOz/7P/R/9P/AADU/9T/4P8YANj/2P/i/+z/AADZ/w4A2P/Y/wAAAAAAAAAAAAAAAAAAAADv/xcA7P/x/+r/7v/p//b/IQDk/+n/4//i/9//3f/l/wAAFAAAAAAAAAAAAOz/8f+h/9H/z/8AANz/yv8oAND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+b/7P/b//H/KADs/9j/7v/u/+7/7//z/xQA7f/t/+b/3//4/+r/AADq/xkAAAD1/+3/5v/o/+z/4/8pAOr/FQDs/+v/8P/s/+v/6//s/9j/IgDg/9//4f/k/9r/1P8AAAAAAAAAAAAAAAAAAAAA7v/t/+z/+f/v/xQA7P/t/+D/4v/l/+f/5f8eANX/6f/X/+r/yf/N/9X/EgANANn/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/8P/s/+z/AAAWAOj/7P/T//r/0P/R/9P/0v/G/woA7v/u/wAAAAAAAO7/FADw/wAA+/8AAPT/AAAAAA8AAAAAAPv/AAD0/wAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/p/+3/9P/g/xcA7P/p/xUA7P/s/+z/7P/r/+n/7f/e/+H/CAATAN//zf8AANz/BgAAAPL/AAASAOH/3P/s/xQA7P/s/+3/7P/s/+z/0f/f/yIA3//f/+P/2//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/Q/9n/1f/r/y0A0v/X/+z/7P/s/+z/FQDs/+z/6v/s/xUA7P/t/+r/5P/s/+n/7P/t/+z/7f/s/+z/FADs/+b/7P/s/+7/6//c/+r/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/yUA4f/f/+n/4v/b/+H/7v/u/wAA8v8AABQA7P/s/9r/y//K/9r/DwC2//n/FwD3/xgA1/8GAOL/u//Y/+r/7f/r/+r/9v/p/9D/2P8uADIAxf/c/+D/7f/X/9j/5f8AAAAAAAAAAAAAAAAAAAAA5/8cAPT/8v/r//f/5f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/y//M/9D/zv/o/8r/KwDw/+//AAAAAAAA8/8WAAAAAAAAAAAAAAAAAAAAAAAAAOz/xf/O/+P/6P/a/xoA2f+0//D/t/+1/9X/wv++/xoA2v/l/+3/6//c/+z/3f8eAOz/xf/O/+P/6P/a/xoA2f8YAOv/6//s/+r/7P/k/+L/7P8UAOz/7f/s/+z/7P/t//n/9/8AAO3/AADu/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAADs/wAAFADp/8r/1f8OAPj/9P/R/wAA7P/s/+z/7f/s/+z/FADs/wkAy//P/8v/0P/k/9z/xP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+3/7f8UAO3/7P/X/+r/6v/l/+n/6v8bAOj/5f/n/+n/4//p/+v/GgDZ/xQA7P/6//X/+P/s/+z/6v/p/w8Azf8UAOv/5P/h/+v/7P/Z/+X/7P/0/+v/7f8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/p/+z/FQDe/9j/6v/s/9r/1v/r/xYA5v8WAOz/6P/s/+z/6f/s/wAAAAAAAAAAAAAAAAAAAADG/9v/2v8mANX/x//3/9P/5v/f/+n/5f/q/xsA4f/j/+z/7P/s/+//7f/s/xQA7P8NAOT/4P/m/+j/zP8GANv/AAAAAAAAAAAAAAAAAAAAAN//1v8dAOL/4//1/9T/5f8AAAAAAAAAAAAAAAAAAAAA7P8AAPr/4P/i/+3/FADe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADd/+D/3f/f/+H/3P8hAN7/DwDf/+r/4//h/+L/6v8AANj/AADs/9z/3//f/xQA2P8AAOj/AADz/wAA+P8jAOb/AAAAAAAAAAAAAAAAAAAAAOz/FAD4/+z/7f8AAOz/2P/Q/9f/4f/V/+T/0/8AAAAA7P/s/+z/7P/s/xQA7P/s/8//DQDW/9f/2P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAA8v/7/wAAAAAAAPT/HwAAAM3/1v/e/8j/wv/f/+7/KQAAANP/zf/T/8X/AADQ/w4A4v/U/+T/3f/l/+v/2P8eAAAAAAAAAAAAAAAAAAAAAADy/9n/3P/T/9z/5/8YAN3/2//W//L/6v/V/wwAzv/6/+T/0f/i/wAAvv8JAOD/3f/d/9z/2f/e/+T/JQDf/9X/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADp/+r/8v/v//X/6/8WAPv/5//q/+v/7v8AAOv/6P8WAOn/6//p/+P/6v8AAOr/DADj/9v/2//j/97/JQCw/+H/1//M//X/0//g/xgAyf/s/+//5v/u/wAAAAAAAAkA9f/s/xQA7P/s/+z/7P/s/+z/AADx/wAAFAAAAPT/AADs/xMAAAAAAAAAAADv//H/7v/h/9z/2//o/+f/7v8lANf/AAAAAAAAAAAAAAAAAAAAAOL/6//f/+z/6P/U/9n/KQDL/93/5P/n/9v/LQDf/7v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/7v/BwDA/9X/wP/i//f/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/u//D/8v/s//H/+v8AAAAAAAAAAAAABwAAAAAA8v8AAAAAAADs/wAAFADx/xMAAADo/9j/7P/z/xQAxv/f/9P/y//b/8r/KQDP//X/AADD/7z/tP/z/8r/CgDs/xQA7P/s/+z/7P/s/+z/7P/s/+z/6//s/+z/FADs//b/6v/3/yEAAADf/+z/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/9P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/6/+7/FADs/+j/GgDk/+X/4f/q/+b/6P/s/xQA7f/2/+3/7v/s/+//7P8UAO7/9//u/+7/7P/w/+b/7P/s/+z/7f/s/xQA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOr/6//s/+z/6f/p/+z/7P8UAOz/7P/y/+z/7P/s/ycA3//m/+7/7v/u/9j/4f+//8r/2/+7/7P/6/8qAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/s/+z/7P8UAOz/IQDW//T/6P/u/+r/2//r/wAA2//r/9v/2f/r/xMA2P/i/wcA1f+//8H/yP8AALP/6/8VAOz/7//s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+z/7P8UAOz/6//r/+z/4//l/xoA6//Y/wAAAAAAAAAAAAAAAAAAAADn/+n/2f/s/+L/5v8ZAOL/AADY/9n/2f8AAOr/CADd/wAAAAAAAAAAAAAAAAAAAAC//97/2P/D/+//EQAAAND/3f/o/9P/0f+l/+X/0f86AOv/7P/s/+b/4v/m/+n/FwDa/+T/4P/f/xQA6//b/+7/z//H/8//wv8GANH/AAAAAOz/7P/u/+3/+v/u/xQA7P/S/xwA2P/Y/+D/4/8AANj/AAASAMj/yP/W/97/3f/b/9H/6P/O//D/2f/X/9j/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMP/+v/1/+z/rv/i/9v/4f8UAAAAAAAAAAAA7f/s//T/FADy/wAA8//1/+z/7P/y/xEAAAAAAAAAAADv/wAAAAAUAO7/AADv/wAA7P/s/+3/7P/s/xQA7P/t/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//MwDX/9b/3f/Q/8r/2f8WAOz/7P/t//D/7P/b/+j/FADs/+7/7f/v/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAD0/+z/7v/x//T/FADu/+3/AAD0/wAA9P/0//r/+P8IANX/AADS/wgA1P/W/83/0f/s/+D/+//t/+z/7P8IABQAAADW/+r/0v/Y/wAA8//P/+D/AAD1/+z/6v/e/xMA7P/t/wAAFQDr/+f/1//M/93/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAXAO3/9f/y/+//2f/s//b/9P8SAAAAAAAAAPf/7v8AAOT/HADm/+f/5f/x/+T/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AABAAAAAAAAAAAAAAAAAAAAAAAAAAAABDANP/1v/T/+b/0/+q/7T/7P/s/xQA7f/s/+z/7f/s/6T/AACu/6r/CADr/8H/6P/t/+v/FQDl/+z/7//q/+v/AAD1/8r/4P/T/+P/FADa/+r/7P/s//L/8/8UAOz/7P/s/+z/7P/x//H/FADs/+z/7v/s/+z/7P/s/+z/FADs/+//FQAAAPv/7v/u/+v/9f8AAAAAAAAAAAAAAAAAAAAA6v/p/9z/6f8iAOb/2f/J/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8JAN7/2f/Y/9j/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/yP8zAMn/yf/A//D/xf+9/+T/xf/F/w4AxP/b//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA5f/r/+v/5v/X/xwA4P/n/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAMX/0//U/8r/1//e/zAA5f8AAAAAAAAAAAAAAAAAAAAAFQDs/+z/7v/2/+3/5P/u/wAAAAAAAAAAAAAAAAAAAADr/+r/6//r/+v/6/8VAOr/AAAAAAAAAAAAAAAAAAAAANv/7v/O/9X/0v/P/87/MwDV/8T/AAC6/7P/zf/3/xQACQCn/8z/xf/U/7//+//X/wAAAAAAAAAAAAAAAAAAAADu/7b/vP+z/xQAAACs/+v/7P/s/+z/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADY/+L/4//Z/+v/4v/Z/yEA7P8UAPT/7P8AAOz/8//s/wAAAAAAAAAAAAAAAAAABQDN/+H/OgCx/77/wP/h/7v/u/+6/7P/w/+0/wwABQDp/+f/6v/Y/+X/6/8AAOP/AADu/+7/AADy/wAAFADs/+z/6//s/+7/7f/t/xUA6//v/xEA7P/r/+7/AADv/+z/7P/5/+P/AAD2/xQA1f/R//j/7P/r/xYA6//Y/+z/6v8AAAAAAAAAAAAAAAAAAA8AAADx/wYA+//q/+z/8//p/xQAAAAAAAAAAAAAAAAAAAAAAOP/FwDt/+7/6//q/+n/AAAAAAAAAAAAAAAAAAAAAAAAKADS/9f/4P/f/9b/DgDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8lAPr/AADw/wAA4f8AAOj/AAAAAPv/AAAZANv/6/+q/y0Axf+8/6X/uf/r/73/AAAAAAAAAAAAAAAAAAAAAMb/9//X/wAA2f8SANn/5f/u/+7/AAD5/wAAGQDy/9//7f/s/+//7P/s/+z/6/8VAOv/6//r/+z/7P/s/xUA6f8AAAAAAAAAAAAAAAAAAAAAAADZ/+v/4v/d/9z/AADc/+r/2P/e/9n/2P/c/93/GADo/+b/2f/o/9//2v8ZANn/AADZ/+v/4v/d/9z/AADc/+3/7f/u/+z/7f8UAOz/7P/W/9z/5v/J/+L/IADk/+X/9f8OAPT/AADt/+z/3v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//g/+n/7f8PAN//4P/h/woA5P/g/8//FQDr/8//7//t/xUA6f/u/9z/6//t/wAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7//x/+7/AAAAAAAAAAAAAAAAAAAAAOz/GwDj/+z/6//u/+H/7v/y/+3/8/8UAAAA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/HwDq/+3/5f/p/9z/8v/t/xUA6//v//v/4//s//b/2v8AANv/8v/p/9v/AADf/+L/GQDp/+r/6f/q/+b/6f8AAAAAAAAAAAAAAAAAAAAAFADs//r/9f/4/+z/7P/q/9X/2v8nANf/2//i/9z/1f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/4v/0/9X/4P/e/9r/4/8TAAAAAAAAAAAAAAAAAAAAAADV/8T/7v/S/9H/EgDK/wAA7v/s/+z/FADt/+z/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAN7/8P/s/+z/2f/r/wAA1P/k/9v/2v/M/yIA5P/Q/+T/3//R/9r/zf8hAOb/3v8FAAAAtf/7/7v/s//u/7//0f8AAOb/5/8AANn/EADZ/+3/6P/2//b/+v/t/xUA7f/x/wAAy/+1/9P/AADn/7D/HQDi/+r/2f/U/wAA6P/Y/9L/xv/C/77/xP/Q/7X/KgDP/w8AzP/Z/9z/sf/5/+j/0f8eAOj/0//H/8T/zP/Y/wAAAAAAAAAAAAAAAAAAAADw/+7/AAAUAAAA7P/y/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/7P/Z/9j/6//r/+j/KQDZ/9b/2P/T/9n/5P/j/9D/LADT/+H/yf/L/9X/1f/S/yAAyv/s/+r/6f/t//T/4P8XAOz/7f/t//T/8//2/+3/FADs/+v/6v/r/+f/7P/r/xUA6v8AAAAAAAAAAAAAAAAAAAAA5v8WAOj/5//Z/+D/6//p//f/AAAAAAAAAAAMAAAAAAAbAJ//qv/g/7D/tP/k/5b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8P8AAO//7P/s/xQAAADB/9n/s//U/wcAsv8AAC4A3v/t//P/AADe/9L/+v8AAAAAAAAAAAAAAAAAAAAA7P/n//b/7P/r/+v/7P8WAO7/7P/y/+//FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAEQDr/+r/7P8AAO//7P/m/+r/5v/c/9j/1f/Y/xQADwDe/9n/5v/g/9j/2P/e/ygAFQDr//b/AADv/+v/6f/5/xQA7P/z/+3/+f/0/+z/8v8AAPH/AAAUAAAA9P8AAOz/FADt/+7/8P/u/+z/7P/s/+//7P/t/+//7//s/+3/FAAAANz/6P/g/+f/2f8AAOX/3f/m/9n/zv/f/97/IwDX/+f/0v/l/+n/7v/s/8//FQDs/+3/8P/y//r/7/8UAO3/AAAAAAAAAAAAAAAAAAAAAMD/r/+w/8r/xf/a/+7/KQAUAPP/8//t/wAA8f/x/+3/7P/s/+z/7f/s/+z/7P8UAOz/7P8UAOz/7P/s/+z/7P/l/wUA6f/g/+f/5//U/xQAAAAAAAAAAAAAAAAAAAAAAOz/2f/a/+z/IQDY/9j/2f/z/+z/+P/v/xQA7P/x/+z/6f/r/+r/6P8WAOz/6v/n/xQA7f8AAAAAAADt/+z/AAAAAAAAAAAAAAAAAAAAAAAA2//Y/9v/6P/b/9j/2P8oAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAEAD2/9T/0v/M/9L/+P/Q/yAAGgDI/+7/y//A/83/1/8AAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAB8Azf/r/97/xv/6/9L/y//r/xUA7P/s/+v/7P/s/+z/GgDb/+//2//y/9j/5//f/+z/FADs//L/8P/s/+z/8/8AAAAAAAAAAAAAAAAAAAAA8/8UAOz/7P/x/+z/7P/v/+v/7f/2/wAAAADs/+z/FADX/wAA7P/o/+3/4v8UAM//5v/h/+X/6v/t/9r/KwDq//D/7P/v/+//8v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA3P8VAOz/7//v/+z/6v8AAAAAAAAAAAAAAAAAAAAAAADe/+X/3v/n/+v/5/8eAOH/7P/r/+z/6v8UAOv/7f/s/wAAAAAAAAAAAAAAAAAAAADr/wgAFwDh/+n/6//n/+f/AAAAAAAAAAAAAAAAAAAAANn/GADr/+z/0P/r/9n/7P/t//T/AADt/wAA6v/l/xcAAAAAAAAAAAAAAAAAAAAAABYA7P/s/+z/6//j/+z/2P8oAOn/8v/t/+z/2f/Z/9//7P/s/+z/7P/s/+z/6v8UAAAA9//y/wAAAAAAABYAAADs/+z/7P/t/+z/7P8UAOz/+v8UAAAAAADu/+z/7P/r/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/t/+3/FADs/+r/3v8AAN3/3//o/9n/AADi/xYAAAAAAAAAAAAAAOr/AADt/+z/8v/x//X/FADu/+3/7P/s/+z/8f/x/xQA7P/s/wAA7v8AABIAAAAAAAAA2f/s/xQA9//s/wAA7f/Y/+z/5f/r/+X/5f/r/+//HwD6/wAAAAAAAAAAAAAAAAAAAAD5//P/+f/v/wAAGwDw/+v/FADs//r/9f/4/+z/7P/q/wAAEwDT/9L/2//r/+3/vf/s/+z/7P/s//r/7f8UAO3/AAAAAAAAAAAAAAAAAAAAADgAx//h/9H/1f+9/9L/z/8AAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AADY/9n/6P8RAPn/w/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwA1//j/8n/yP/l/7H/6v8AAAAAAAAAAAAAAAAAAAAA4//k/+3/7v/Y/wAA6P8nAPr/2P/x/wkA8v/m/6P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+v/6P/s/+v/FQDp//n/9f8AAAAAAAD2/xQA9//h/+L/6f/s/+r/7P8VAPv/7v/w//P/8P/w/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADo/xcA9v/s/wAA8f/4//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//Y/9r/3//b/yQA3v/o/+3/9P8AAO3/AADq/+X/FwAZAMH/4f+9/53/AAD2/+L/7P/s/+z/8f/x/xQA7P/s/9T/AADZ/9X/1/8UANv/7P8LAMj/2v/g//D/1/8AAMP/AAAAAAAAAAAAAAAAAAAAAAkA6//u/wAA9P/p//f/6P/v/9P/+v8cAOf/6//i/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/7P/t/+j/6v/t/ygACAAAAAAAAAAAAAAAAAAAAOX/FADs/+T/2P/Y/+z/AAAAAAAAAAAAAAAAAAAAAAAA3//e/+3/1v8AABgA6f/Y/xIA1P/G/9H/3v/w//X/z//b/+r/3//q/+L/AAAVAOn/AAAAAAAAAAAAAAAAAAAAAOr/6//p/+T/6v/s/+r/FgAAAAAAAAAAAAAAAAAAAAAA6P8XAPb/7P8AAPH/+P/w/wAAAAAAAAAAAAAAAAAAAAAGAOD/0P/V/9T/3v8AANb/1v/q/+T/3/8UAOz/4v8AAO//7P/t/+//7//s/+3/FADs/+z/8//u/xQA7P/t/+z/6//s/+3/7P/0/+z/FADs/wAAAAD5/wAA+v/s/wAAFADs/+z/7P/s/+z/7P/s/xQA0f9JAJn/5f/4/8D/6f+6/+f/HgDx/+D/5v/l/+T/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/xsA6P/e/+b/6f/n/9X/AAAAAAAAAAAAAAAAAAAAANb/JQDc/+L/4//f/9r/4P/V/ykAzf/P/8T/5P/a/+f/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/6//p/xYA6v/q/+L/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8ZAOn/6v/p/+r/5v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgAAAAAAAAD2/9b/AAAAAAYAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQDs/+3/7P/t/+r/7//s/xQA7f/w/+z/7P/r/+7/AAAAAAAAAAAAAAAAAAAAAOj/FgDl/+r/2P/r/+X/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQDs/+3/7P/t/+r/7/8AACoAAAAAAAAA9v/W/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8WAOr/6//m/+r/6//s/xQA7P/u/+//7f/s/+3/AAAAAAAAAAAAAAAAAAAAAKv/UADG/8X/uP/Y/77/t/8RAAAAAAAAAAAA7/8AAAAA6/8hAPP/7P/q/+X/2//p/+z/7P/s/+3/7P/s/xQA7P8MAAAA7//w/+b/4//r/+z/AAAAAAAAAAAAAAAAAAAAAND/1f/X/9v/3P/I/zAAxf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P/q/+n/7P/r/+3/6//s/xQAqf/k/xcAvv8PAL3/3f/T/+v/7P/s/+v/7P8VAOr/6//D//X/5f8SANz/+P+0/93/xP/M/5//CAAJANr/0//Y/97/7f/t/97/3v8UAMP/6P8AAAAAAAAAAAAAAAAAAAAA2P8PAPT/z//f/9b/FAC+/+f/FADt/87/6P8AANj/3v/u/+7/AADy/wAAFADs/+z/0P/Q/9j/uf/R/8T/EwASAPn/6P/R/9n/2v/n/wAAAADx//v/9v/w//D/7/8FAPf/2//R/w8A0f/R/9f/AADP/wAA9f8AAAAAAAD4/xQAAAAAAAAAAAAAAAAAAAAAAAAA5v8dAOz/7P/a/+v/4//a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAO7/7P/5/wAAAAAAAAAAAAAAAAAAAADL/+L/2P/R/woAyf++/wgAoP/E/8P/2f8tAMH/uf8SAAAAAAAAAAAAAAAAAAAAAAC7/x0AvP/Q/xsAzf+q/+n/8//s//j/7/8UAOz/8f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAPr/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/4//b/0v/U/+L/AADW/+7/4f/D/8//zP/s/8b/9P/O/9b/y//I/+v/8f/0//n/4P/E//f/4P/g/yIA3v/Q/wAAAAAAAAAAAAAAAAAAAAApAM3/5v/a/9L/2f/d/8b/AAAAAAAAAAAAAAAAAAAAAMn/0f8AANj/1v8AAN7/AADs/9f/0v/W/+7/2f8AAPr/2P8AANn/4v8IANP/1//K/+D/3P/o/+b/6v/V/yIA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/9f/1v8AAM3/FQDV/+H/7P/u/+z/7//v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAjAPT/AAAAAAAA8P/f//j/0v8dAMb/sf/L/9f/AAAAANX/6//q/+v/4v/o/yMA6v/t/wAA5P/m/+v/AADm/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/v/+v/6v/h/+X/FwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA9v/t//r/7v/y/wAAAADY//D/KAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAABIA+P/6/+7/7P/s/xQA7f/s/+v/7P/s/xQAAAD5/+7/7P/s//D/FADs/+z/7P/1/+z/7P/s/xIA7P/p/+z/7v8PAM3/8v/s/+z/7f/v/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAN3/2f/h/9z/3P/h/yoA5f/3//D/7v8AAAAA9P8TAPf/6f8WAO3/7P/r/+z/6v/r/8z/AADu/7//v//T/wYAyf/p/xYA6v/q/+L/6//r/+v/AAAAAAAAAAAAAAAAAAAKAOX/AADl/+T/7v/U/w8A5f/s/+z/7P/s/+z/7P8UAOz/4f/g/9j/5f/k/wAA2P8AAO7/8v/S/9T/1v/y/wAAzP/s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/7f/x//T/9//s/xQA8v/3/xUA9P/z//L/7v/r/+//AAAAAAAAAAAAAAAAAAAAACgAAAAAAAAA7v/e/+7/2P/s/+z/7P/t/+z/7P8UAOz/5P8AAOn/6v/p/+v/AADq/8f/4P/X/9f/6v8AAO7/EgBJANr/xf+j/6H/uf/Y/5b/AADm/+X/3P/l/yAA2f/R/wsA6//i/+r/6f/W/wAA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/9//F/8T/5P/K/6n/BwDi//f/+f/5//n/JwDo/+v/AAAAAAAAAAAAAAAAAAAAANj/6f/h/9r/4/8oANn/4//s/+7/+f8AAPb/FAAAAO3/FgAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P/K/9v/7f/W/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAOf/xf/R/9X/1P/w/9n/AAAAAAAAAAAAAAAAAAAAAPD/4v/U/9D/3/8WAOz/6f/b/9f/6v/q/+v/z//r/xgAKwDb/93/1//T/97/0v/V/+z/HQAAAO//AADn/+P/6P/s/+f/8f/w//n/6P8cAOH/AAAAAAAAAAAAAAAAAAAAACkA0f/e/9X/1f/P//H/1/8zALP/2P/B/8b/uv/2/8H/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADg/83/0P/j/8X/0//r/x0A7P/s/+7/7f/6/+7/FADs/+r/6f/q/+j/6f/s/xYA6v/w/+7/AAAUAAAA7P/y/+z/AAATAPX/AAAAAPP/7v8AAOj/5v/q/+n/6f/p/xcA6f/d/xsA6f/r/+n/4v/j/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAA4Au/+n/9b/0v+s/9v/7//s/+z/7P8iAOz/7P/s/9n/4v/j/+P/4P/Z/+j/HQDi/93/5//c/9P/5P/i/yEA2P8AAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/4/+z/FADs/+z/7P/t/+v/7v/s/+v/FADl/+P/AAD6/wAA+f8hAAAA+f/3/wAA7f8AAO7/EwAAABUA6f/r/9X/9f/s/+v/7P/T/yUA4f/Z/8z/5//S/9T/2P/p/9//4v/m/yMA2v/Z/+b/7P/s/+z/7f/s/xQA6v/k/9T/2v/T/9n/3f8dANH/IgDf/+P/2v/m/+X/1f/d/+D/AADj/+n/7P/s/9z/FAAAAAAAAAAAAAAAAAAAAAAA6//p/9//4//j/+D/EQDc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AAD5/+j/6v/0//v/3P+1/9r/wv/M/9D/KgDS/9b/2f/r/+H/2v/n/xoA1v/Z/9v/DwDT/9T/2f8IANn/z/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAPL/+P8dAAAAAAAAAAAAAAAAAAAADADc/x4A6//n/+L/6f/Y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/AADk/+v/4/8VAOr/AAAAAAAAAAAAAAAAAAAAAOz/1f8NAOv/8P/r/+v/EgAAAAAAAAAAAAAAAAAAAAAA6v/q/+r/5//s/9n/AAAUAOL/2P/C/6X/nP/5/wsA5v/G/9z/zv/N/8//nv8nABAA7v8UAPT/2v/Y/9j/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDi/+X/3P/w//f/yv/5/wAAAADs/+f/2v/d/wUA6P8UAO//8//1//j/7P/s//T/AAAAAAAAAAAAAAAAAAAAAB0A0v/k/9f/1//r/9f/DgDn/x4A8f/g/+b/5f/k/9z/yf8GAOL/5f/m/9n/CAAAAAAAAAAAAAAAAAAAAAAAAABFAM//4//j/+j/xP/H/+r/7P/t/+3/6P/2/+7/6v8UAAAA+f8AAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAqv/d/yYAsf/J//n/yf/j/+z/7P/s/+z/7f8UAOz/7P/w/+r/6v/q/+n/DwDV//f/AAAAAAAAAAAAAAAAAAAAANv/3f/j/+//6/8oAN3/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAPr/AAAdAAAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/X/wAAxv/b/w0A5/8AAAAAAAAAAAAAAAAAAAAA7P/Y//f/6P/s/wAAEADd/9T/KwDl/+f/6//d/9b/9/8wAN3/xP+6/6//qf/x/8j/8/8oAMz/5P/j/9X/1f/i//H/rf+0/8j/1//p/wsADQAAAAAAAAAAAAAAAAAAAAAAIQDG/+L/tv+1/9P/AADJ/xUA7P/s/+z/7P/s/+v/6/8UAOz/+v/1//j/7P/s/+r/AAAAAAAAAAAAAAAAAAAAAND/zf/X/9n/4P+7/zQA0P/3//D/7v8AAAAA9P8TAPf/+P8AAPT/FAAAAAAA4//s/x0A7v/6/wAA+P/s/97/7f8AAAAAAAAAAAAAAAAAAAAAFADs//P/8v/0/+z/7P/X/ykA2P/s//P/7P/c/9b/5f8AAPL/AAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAOP/5f/r/+n/7P/n/+j/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6f/v//P/7/8bAOz/8v/l/+v/FQDq/+b/7P/n/8//7//s//f/+f/s/+z/8f8VAMT/y//K/wAA0P8dAPD/0v/L/+f/y//P/+n/BwAIANj/2P/Y/wAA2P/Y/wAA2//Y/+v/7P/s/+j/7P/r/xUA6//r/+v/7f/1/+z/7f8VAOz/xv/b/+T/1P/l/9j/LwDc/xsA9v8AAPv/AAD5/+z/AAAAAPr/EAAAAAAAAAAAAAAA6v8VAOz/6v/s/+z/6v/s/+3/7v/1/+z/AAAUAPL/7P/X/wAA7P/o/+3/4v8UAM//AADX/wAA+//2/wAA2P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/z//D/8v/t/+n/7v/s/+n/7P/X/9n/5f8jANj/7P/3/+z/8P/x/+z/FAD1/wAAAAAAAAAAAAAAAAAAAAAjAAAAAADp/wAAAAD1/wAAFADs//r/9f/4/+z/7P/q/wAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+3/7P/s/+z/tP+4/1gApv+u/7T/qf+k/8D/1f9BAMv/zP/M/7//0v/s/+7/IQDZ//L/4//l/+H/AAAAAAAAAAAAAAAAAAAAANv/9/8NANT/5v/H/+z/1P/t/+z/8f/y/+z/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//T/BgDs/+j/AAAUAOz/8v/y/wAA7P/6/+//AAAAAAAAAAAAAAAAAAAAANj/AADY/+f/7P/l/wAA7P/a/9j/4v/T/+b/6f8aAOr/2/8AAOj/3//q/97/DwDn/93/4P/A/8j/y/+x/ywAtf+8/9//w/+p/xAA2v/1/wAA7P/u//X/7//1/xQA7f/v/+r/FQDs/+z/7f/s/+r/6v8AAAAAAAAAAAAAAAAAAAAA1v/o/9v/3P+6/7f/+f8sAPv/6P/7/wAA9f/J/xUA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8SAAAAAAAAAAAA8v8AAOz/8f/0/wAAAADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+3/9/8UAPP/7P/H/+n/8v+5/9T/6P8gAL3/PQDo/9D/2P/u/9n/yP/W/+z/7P/w/+L/FAD7/+z/2P8AAAAAAAAAAAAAAAAAAAAA7f/h/wAA6f/h/wAA0f8AAOj/EwDr/+H/3f/Z/wAA2P/V/+n/0f/4/9n/3f/4/xIA4//P/8z/y//R//X/5//n/+//5//w/+z/AAD7/xkAAADF/8z/yv/V/9j/zP82ANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgD1/+3/9f8AAOv/6v/s/+z/7f/t/+3/8P8UAOz/7f/s/+z/7v/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/8v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/xf/k//b/7//w/7v/AADX/8P/5v+q//P/5f8OAPT/5P/k/9//AADb/wcAyv/L/+v/7P/s/+v/7P8VAOr/6//Z/93/0//k//T/yf8sANz/2P8jAOb/6f/o//T/2v/p//X/7//n//T/5f/6/+f/+f8AAAAAAAAAAAAAAAAAAAAAzP/p/+T/0f/S/9z/z/8pAAAAAAAAAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAA6f8YAOr/7//v//H/5//z/+j/3v8AAPr/wv+n/8X/AADq/ykA2v/Z/+T/6//X/+z/6v8pANr/2f/k/+v/1//s/+z/7P/s/+3/9f/s/xQA6v8OAAAA4f/T/9j/6f/n/8T/zP/b/9v/zv/d//L/JgDM/+v/6v8VAOz/8P/r/+v/6//s/+z/7P/s/+z/7P/s/xQA0/+9/8X/xP/P/+j/BgAAAAAAAAAAAAAAAAAAAAAAAADg/9b/3v/h/9j/5/8AABAAAAAAAAAAAAAAAAAAAAAAAOH/6//s/+n/AAAAABQA1f/q/+f/5P8XAOz/2P/s/+v/3v8oAN7/2//Y/9j/2P/Z/xUA7P/2//X/AADs/9f/8f8AAAAAAAAAAAAAAAAAAAwA3/8RAKH/5//h/9z/AACN/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/6//s/xUA6//n/+r/FgDr/+j/6//r/+r/6v/V/8z/2P/a/8v/CQDV/wAAFADt/+7/8P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7P/d/+v/6v/p/wYA0f/0//T/AAAAAPD/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s//D/9f/q/+z/FAD4/9r/8P/p/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY//f/6P8aALP/t/8UAOz/8v/y/wAA7P/6/+//9P/r//j/7v/U/+D/EwDY/wAAAAAAAAAAAAAAAAAAAADY/9r/2v8AANz/AADY/9j/FAAAAAAAAAAAAO7/7v/t//r/MgDX//b/AADl/9H/9f/q/+f/1f8AAOz/6f8VAOX/EQDT/9X/wf/a//v/3f8LAMH/0v/a//f/wf/c/+r/GQDa/+P/6/8AANn/EADl/9j/vP8UAN7/5f/O/+v/9f+2/yEA2//b/+j/5v/X/+b/2v8AAAAAAAAAAAAAAAAAAAAA7/8UAOz/7P/t/+z/7P/t//n/9/8AAO3/AADu/xMAAAA='
};

;// CONCATENATED MODULE: ./packages/core/src/diagnosis/line-model.ts
/**
 * A learned second opinion on what a log's lines say, for the cases the catalogue's rules and
 * the locator's cues leave open: a pasted excerpt whose lines carry no failure word any cue
 * knows (a linter's `file:line:col message [rule]` rows), and a failed step no class explains
 * with confidence. Two linear models over the words and the shape of a line, trained on the
 * labelled corpus by `scripts/train-line-model.ts` (weights in line-model-weights.ts):
 * - `cause`: how much a line looks like the one a person would quote as a failure's cause;
 * - `class`: which pattern the words around a cause line point at.
 * Features are tool-agnostic on purpose: words (camelCase split), word pairs, and shapes
 * (a path with line and column, a rule id in brackets, a count of problems, a severity word at
 * the start), never a whole line, so that a tool the corpus lacks still shares most of them.
 */

const MAX_LINE_CHARS = 400;
const WORD = /[A-Za-z][a-z0-9_]*|[A-Z]+(?![a-z])|[0-9]+/g;
const PATH_LINE_COL = /[\w.\\/-]+\.\w{1,8}[:(]\d+[:,]\d+/;
const PATH_LINE = /[\w.\\/-]+\.\w{1,8}(?::\d+|\(\d+\)|, line \d+)/;
const RULE_BRACKETS = /\[[\w@/.:-]{2,60}\]\s*$/;
const RULE_PARENS = /\((?:[a-z][\w-]*\/)?[a-z]+(?:-[a-z]+)+\)\s*$|\b[A-Z]{1,4}\d{2,5}\b/;
const NONZERO_COUNT = /\b[1-9]\d* (?:errors?|failures?|failed|problems?|warnings?|issues?|violations?|offen[cs]es?)\b/i;
const ZERO_COUNT = /\b(?:0|no) (?:errors?|failures?|failed|problems?|issues?|violations?|offen[cs]es?)\b/i;
const SEVERITY_START = /^\s*(?:\[?(?:error|fatal|fail(?:ed|ure)?|critical|warn(?:ing)?|info|note|notice|debug)\]?\b)/i;
const CAPS_WORD = /\b[A-Z]{4,}\b/;
const SYMBOLS = [
    ['✗', 'cross'],
    ['✖', 'cross'],
    ['×', 'cross'],
    ['❌', 'cross'],
    ['⨯', 'cross'],
    ['✘', 'cross'],
    ['✓', 'check'],
    ['✔', 'check'],
    ['⚠', 'warn-sign'],
    ['##[error]', 'gh-error'],
    ['##[warning]', 'gh-warning'],
    ['::error', 'gh-error'],
    ['::warning', 'gh-warning'],
    ['^', 'caret'],
    ['-->', 'arrow'],
    ['=>', 'fat-arrow'],
    ['***', 'stars'],
    ['Traceback', 'traceback']
];
/** The features of one line: words, word pairs and shapes (deduplicated). */
function lineFeatures(line) {
    const text = line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line;
    const out = new Set();
    const words = [];
    for (const m of text.matchAll(WORD)) {
        const w = m[0].toLowerCase();
        if (w.length > 24)
            continue;
        words.push(/^\d+$/.test(w) ? '0' : w);
    }
    if (words.length === 0)
        out.add('s:no-words');
    else
        out.add(`f:${words[0]}`);
    for (let i = 0; i < words.length; i++) {
        out.add(`w:${words[i]}`);
        if (i > 0)
            out.add(`b:${words[i - 1]} ${words[i]}`);
    }
    if (PATH_LINE_COL.test(text))
        out.add('s:path-line-col');
    else if (PATH_LINE.test(text))
        out.add('s:path-line');
    if (RULE_BRACKETS.test(text))
        out.add('s:rule-brackets');
    if (RULE_PARENS.test(text))
        out.add('s:rule-code');
    if (NONZERO_COUNT.test(text))
        out.add('s:count');
    if (ZERO_COUNT.test(text))
        out.add('s:zero-count');
    if (SEVERITY_START.test(text))
        out.add('s:severity-start');
    if (CAPS_WORD.test(text))
        out.add('s:caps');
    if (/^\s{2,}\S/.test(text))
        out.add('s:indented');
    if (/^E\s{2,}/.test(text))
        out.add('s:e-line');
    if (/^\s*at /.test(text))
        out.add('s:stack-frame');
    if (/^\s*[-+$>#] \S/.test(text))
        out.add('s:command-echo');
    if (/:\s*$/.test(text))
        out.add('s:ends-colon');
    for (const [needle, name] of SYMBOLS)
        if (text.includes(needle))
            out.add(`s:${name}`);
    out.add(`s:len${Math.min(4, Math.floor(text.trim().length / 40))}`);
    return [...out];
}
/** The class model reads a cause line's own features and its neighbours' words, apart. */
function windowFeatures(lines, at, spread = 2) {
    const out = new Set(lineFeatures(lines[at] ?? ''));
    for (let i = Math.max(0, at - spread); i <= Math.min(lines.length - 1, at + spread); i++) {
        if (i === at)
            continue;
        for (const f of lineFeatures(lines[i]))
            if (f.startsWith('w:'))
                out.add(`n${f}`);
    }
    return [...out];
}
let loaded;
/** The shipped model (decoded once). */
function lineModel() {
    if (!loaded)
        loaded = indexModel(decodeModel(LINE_MODEL_WEIGHTS));
    return loaded;
}
/**
 * Replaces the model every classifier uses from now on (`undefined`: the shipped one again). For
 * measuring tools only (bench/line-model-cv.ts scores each log with a model that never saw it).
 */
function setLineModel(model) {
    loaded = model ? indexModel(model) : undefined;
}
function indexModel(model) {
    const f = model.features;
    let sorted = true;
    for (let i = 1; i < f.length && sorted; i++)
        sorted = f[i - 1] < f[i];
    if (!sorted)
        return { model, index: new Map(f.map((x, i) => [x, i])) };
    // The trainer writes the features sorted: a binary search needs no table built on every run
    // (a Map of the 11 000 features costs more than the lookups of a whole log).
    const get = (x) => {
        let lo = 0;
        let hi = f.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const v = f[mid];
            if (v === x)
                return mid;
            if (v < x)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return undefined;
    };
    return { model, index: { get } };
}
/** 0–1: how much a line looks like a failure's cause a person would quote. */
function causeProbability(m, features) {
    let z = m.model.causeBias;
    for (const f of features) {
        const i = m.index.get(f);
        if (i !== undefined)
            z += m.model.cause[i];
    }
    return 1 / (1 + Math.exp(-z));
}
/** Each class's probability given a cause line's window features (softmax). */
function classProbabilities(m, features) {
    const k = m.model.classes.length;
    const z = [...m.model.classBias];
    for (const f of features) {
        const i = m.index.get(f);
        if (i === undefined)
            continue;
        for (let c = 0; c < k; c++)
            z[c] += m.model.classWeights[i * k + c];
    }
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    return new Map(m.model.classes.map((c, i) => [c, e[i] / sum]));
}
const SCALE = 100;
function packWeights(xs) {
    const out = Buffer.alloc(xs.length * 2);
    xs.forEach((x, i) => out.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(x * SCALE))), i * 2));
    return out.toString('base64');
}
function unpackWeights(b64) {
    const b = Buffer.from(b64, 'base64');
    const out = new Array(b.length >> 1);
    for (let i = 0; i < out.length; i++)
        out[i] = b.readInt16LE(i * 2) / SCALE;
    return out;
}
function encodeModel(m) {
    return {
        features: m.features.join('\n'),
        causeBias: Math.round(m.causeBias * SCALE),
        cause: packWeights(m.cause),
        classes: m.classes,
        classBias: m.classBias.map((x) => Math.round(x * SCALE)),
        classWeights: packWeights(m.classWeights)
    };
}
function decodeModel(e) {
    return {
        features: e.features === '' ? [] : e.features.split('\n'),
        causeBias: e.causeBias / SCALE,
        cause: unpackWeights(e.cause),
        classes: e.classes,
        classBias: e.classBias.map((x) => x / SCALE),
        classWeights: unpackWeights(e.classWeights)
    };
}

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
/** Every count on the line is zero (`Total: 0 (UNKNOWN: 0, LOW: 0, …)`). */
const ALL_ZERO = /^(?=.*:\s*0\b)(?!.*\b[1-9]\d*\b)/;
/** Evidence that a passing run of the job printed too counts this much: next to nothing. */
const BASELINE_FACTOR = 0.02;
/** How much the line model's class probability (0–1) weighs against the scores when no class is confident. */
const MODEL_CLASS_WEIGHT = 3;
/** The same, for a line only the model reports: as much as a step name's hint (14–22 points). */
const MODEL_ALONE_WEIGHT = 20;
/** The line model's cause probability a line of an unmarked log needs to be reported on its own. */
const MODEL_CAUSE_MIN = 0.95;
/** Lines on each side of a cause line the line model reads for its class. */
const MODEL_SPREAD = 2;
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
// A GitHub step that runs an action (`Run actions/upload-artifact@v4`), not a script.
const ACTION_STEP = /^Run [\w.-]+\/[\w./-]+@\S+$/;
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
    /** A step of the log closed with a success marker. */
    sawPassedStep = false;
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
            this.flushExcerpts(lineNo - diagnosis_finding/* MAX_EXCERPT_LINES */.dL + 1);
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
            this.flushExcerpts(lineNo - diagnosis_finding/* MAX_EXCERPT_LINES */.dL + 1);
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
            // A `run:` step's verdict, not an action's (the uploads and reports that run always).
            if (this.continuedAfterFailure === false &&
                this.githubFormat &&
                !this.step.errorAnnotated &&
                this.step.title !== undefined &&
                !ACTION_STEP.test(this.step.title))
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
                if (acc.lines.length < diagnosis_finding/* MAX_EVIDENCE_LINES */.j_)
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
                if (r.line >= x.line + diagnosis_finding/* MAX_EXCERPT_LINES */.dL || x.excerpt.length >= diagnosis_finding/* MAX_EXCERPT_LINES */.dL)
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
        if (outcome === 'passed')
            this.sawPassedStep = true;
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
                if (prev.lines.length >= diagnosis_finding/* MAX_EVIDENCE_LINES */.j_)
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
            for (let j = k; j < tail.length && e.excerpt.length < diagnosis_finding/* MAX_EXCERPT_LINES */.dL; j++) {
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
            if (evidence.length > 0 && !failing)
                return [];
            // The tool's own clean verdict as its last word ("0 errors found", "is compliant with"):
            // the error lines before it were its notes on the way, not its result.
            if (target && this.endsClean(target))
                return [];
            const evidenceScore = this.primaryEvidence;
            if (!primary || !failing || (primary.confidence === 'low' && evidenceScore < UNMARKED_MIN_SCORE && !severe)) {
                // No cue or rule is sure, and nothing says a step passed: the line model's reading of
                // the last lines (a linter's rows of `file:line:col message [rule]` carry no error word).
                if (this.sawPassedStep)
                    return [];
                const learned = this.modelFinding(MODEL_CAUSE_MIN, options);
                return learned ? [learned] : [];
            }
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
            findings.push(this.modelFinding(0, options) ?? this.fallback(options, lines));
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
    classifyStep(step, options, override) {
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
        if (cause)
            promote(scores, cause);
        // The command that failed decides between the families whose tools write the same error
        // form: clippy's and clang-tidy's findings are a compiler's `error:` lines, and a step that
        // ran a linter (and no build) failed on lint, unless an error says what a compiler says of
        // code that does not build (an unknown name, a type that does not match, a syntax error).
        if (scores[0].pattern === 'PAT-001' && said.has('PAT-007') && !said.has('PAT-001') && !said.has('PAT-002')) {
            const lint = scores.find((x) => x.pattern === 'PAT-007');
            if (lint && buildFormOnly(scores[0], evidence))
                promote(scores, lint);
        }
        const chosenByModel = override === undefined ? undefined : scores.find((x) => x.pattern === override);
        if (chosenByModel)
            promote(scores, chosenByModel);
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
        const confidence = chosenByModel
            ? 'low'
            : best.rule >= 70 && best.score - second >= 10
                ? 'high'
                : best.rule >= 45 || best.cue >= 30
                    ? 'medium'
                    : 'low';
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
        const text = (0,diagnosis_finding/* formatExcerpt */.z_)(excerpt);
        // A test's name line says which test, the panic or assertion a few lines on says where:
        // the first evidence of the same pattern from the quoted line on that names a place.
        const where = sourceLocationOf(excerpt[0] ?? '') ??
            sourceLocationOf(text) ??
            evidence
                .filter((e) => e.line >= line && e.rule?.pattern === best.pattern)
                .sort((a, b) => a.line - b.line)
                .map((e) => sourceLocationOf(e.text))
                .find((w) => w !== undefined);
        const finding = {
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
        if (override !== undefined || confidence !== 'low')
            return finding;
        // No class is confident: the line model's reading of the quoted line and its neighbours
        // weighs in, enough to decide between close scores and no more.
        if (lineModel().model.features.length === 0)
            return finding;
        const probs = classProbabilities(lineModel(), windowFeatures(...this.windowAt(line, excerpt)));
        let pick = best;
        let top = -Infinity;
        for (const x of scores) {
            const v = x.score + MODEL_CLASS_WEIGHT * (probs.get(x.pattern) ?? 0);
            if (v > top) {
                top = v;
                pick = x;
            }
        }
        if (pick === best || !this.catalogue.patterns.get(pick.pattern)?.enabled)
            return finding;
        return this.classifyStep(step, options, pick.pattern) ?? finding;
    }
    /** A line's neighbours as far as the recent lines and its excerpt hold them (for the line model). */
    windowAt(line, excerpt) {
        const before = [];
        for (let i = 0; i < this.recent.size; i++) {
            const r = this.recent.newest(i);
            if (r.line < line && r.line >= line - MODEL_SPREAD)
                before.unshift(recentText(r, MAX_EVIDENCE_TEXT));
        }
        const after = excerpt.slice(0, MODEL_SPREAD + 1);
        return [[...before, ...(after.length > 0 ? after : [''])], before.length];
    }
    /**
     * The line model's finding among the last lines of the log: the line most like a failure's
     * cause (when its probability reaches `min`), with the class its words point at, weighed with
     * the failed step's priors. Low confidence: no rule or cue vouches for it.
     */
    modelFinding(min, options) {
        const model = lineModel();
        if (model.model.features.length === 0)
            return undefined;
        const rows = this.recent
            .toArray()
            .filter((r) => r.to > r.from && !(r.prose && this.view.sawFence) && !isMarkup(r.src, r.from, r.to));
        const texts = rows.map((r) => recentText(r, MAX_EVIDENCE_TEXT));
        let at = -1;
        let best = -1;
        for (let i = 0; i < texts.length; i++) {
            if (!mayBeCause(texts[i]))
                continue;
            const p = causeProbability(model, lineFeatures(texts[i]));
            if (p > best) {
                best = p;
                at = i;
            }
        }
        if (at < 0 || best < min)
            return undefined;
        const probs = classProbabilities(model, windowFeatures(texts, at, MODEL_SPREAD));
        const priors = stepPriors(options.failedStep);
        const pattern = this.bestEnabled((id) => MODEL_ALONE_WEIGHT * (probs.get(id) ?? 0) + (priors.get(id) ?? 0));
        if (!pattern)
            return undefined;
        const spec = this.catalogue.patterns.get(pattern);
        const line = rows[at].line;
        const excerpt = (0,diagnosis_finding/* formatExcerpt */.z_)(texts.slice(at, at + diagnosis_finding/* MAX_EXCERPT_LINES */.dL));
        const where = sourceLocationOf(texts[at]) ?? sourceLocationOf(excerpt);
        const timestamp = recentTimestamp(rows[at]);
        return {
            pattern,
            name: spec.name,
            severity: spec.severity,
            line,
            lines: [line],
            excerpt,
            ...(timestamp === undefined ? {} : { timestamp }),
            ...(where ? { file: where.file, fileLine: where.line } : {}),
            rule: `${pattern}/line-model`,
            score: Math.round(best * UNMARKED_MIN_SCORE * 100) / 100,
            confidence: 'low'
        };
    }
    /** The enabled pattern that `score` rates highest (the first of equals, in catalogue order). */
    bestEnabled(score) {
        let pattern;
        let top = -Infinity;
        for (const spec of this.catalogue.patterns.values()) {
            if (!spec.enabled)
                continue;
            const v = score(spec.id);
            if (v > top) {
                top = v;
                pattern = spec.id;
            }
        }
        return pattern;
    }
    /** A failed job whose log shows no evidence at all: the class its priors favour, low confidence. */
    fallback(options, lines) {
        const priors = stepPriors(options.failedStep);
        const pattern = this.bestEnabled((id) => (priors.get(id) ?? 0) + baseRate(id)) ?? 'PAT-002';
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
            excerpt: (0,diagnosis_finding/* formatExcerpt */.z_)(tail.slice(-diagnosis_finding/* MAX_EXCERPT_LINES */.dL).map((r) => recentText(r))),
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
            const text = (0,diagnosis_finding/* formatExcerpt */.z_)(acc.best.excerpt);
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
        return findings.sort(diagnosis_finding/* compareFindings */.Eg);
    }
}
const round = (x) => Math.round(x * 100) / 100;
/** Puts `x` first among the sorted `scores`, one point above the best. */
function promote(scores, x) {
    scores.splice(scores.indexOf(x), 1);
    scores.unshift({ ...x, score: scores[0].score + 1 });
}
/** A line the line model may quote: words, not a fence, a warning or a clean result ("Total: 0"). */
function mayBeCause(text) {
    return (text.trim() !== '' &&
        !FENCE.test(text) &&
        (0,log_line/* levelOf */.In)(text) !== 'warning' &&
        !isAllClear(text) &&
        !LABELLED_ZERO.test(text) &&
        !ALL_ZERO.test(text));
}
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
    if (hit.excerpt.length >= diagnosis_finding/* MAX_EXCERPT_LINES */.dL || hit.excerptChars >= diagnosis_finding/* MAX_EXCERPT_CHARS */.J2)
        return;
    const room = diagnosis_finding/* MAX_EXCERPT_CHARS */.J2 - hit.excerptChars;
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

//# sourceMappingURL=823.index.mjs.map