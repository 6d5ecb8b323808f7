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
    // NuGet's audit of a restore, as an error (`error NU1903: Warning As Error: Package 'X' 8.0.4 has
    // a known high severity vulnerability`): NU1901–NU1904 are its low to critical findings.
    rule('nuget-audit', raw `\berror NU190[1-4]: `, 84),
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
    // knip's report of unused code: a section per kind, with its count (`Unused files (70)`,
    // `Unused exports (423)`, `Unlisted dependencies (2)`).
    rule('knip-section', raw `^(?:Unused (?:files|dependencies|devDependencies|optionalPeerDependencies|exports|exported types|exported enum members|enum members|class members|catalog entries)|Unlisted (?:dependencies|binaries)|Unresolved imports|Duplicate exports) \([1-9]\d*\)$`, 78),
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
    rule('out-of-memory', raw `(?:Cannot allocate memory|JavaScript heap out of memory|java\.lang\.OutOfMemoryError|The runner has run out of memory|Killed signal terminated program|internal compiler error: Killed \(program \w+\)|^Received "killed" signal$)`, 80),
    rule('runner-lost', raw `(?:lost communication with the server|The runner has received a shutdown signal|hudson\.remoting\.(?:Channel\$OrderlyShutdown|ChannelClosedException|RequestAbortedException)|(?:Agent|Slave) went offline|^ERROR: Connection was broken: |Remote call on \S+ failed|The self-hosted runner: \S+ lost|The hosted runner encountered an error while running your job|Exited with status -1 \(agent lost\))`, 92),
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
    // WebdriverIO's worker prefix (`[chrome 124 linux #0-0]    ✖ should log in`), busted's
    // `Failure → spec/a_spec.lua @ 10`, and Common Test's case under rebar3
    // (`%%% a_SUITE ==> case: FAILED`).
    cue('test-marker', 'PAT-002', /^\s*(?:not ok \d+(?![^#]{0,300}# ?(?:TODO|SKIP|todo|skip)\b)|Failure\/Error: |failed \S.{0,300} \(\d+(?:\.\d+)?(?:ms|s|m)(?: \d+(?:ms|s))?\)$|[✗✕✘×⨯] (?!\[(?:ERROR|WARNING)\] )(?!(?=.{0,300}\b(?:does not exist|not found|could not|cannot|failed to|unable to|is not valid|refers to)\b)(?!.{0,300}\d ?m?s\)?$))|\(fail\) |--- FAIL|=== FAIL|\[ *FAIL(?:ED)? *\]|FAIL(?:ED)?:?\s{1,4}(?!Build did NOT complete\b)(?!\S{1,300}\.(?:o|obj|a|so|lib|dll|dylib|exe|gch|pch)\s*$)(?!\S{1,300} \[(?:build|setup) failed\]$)\S|ERROR: test|FAILURE: test|Test Case .{1,200} failed|Test Failed at |\d+\) [\w\\.]+::\w+$)|\s\.{3} ?(?:FAILED|FAIL|failed|ERROR)\b|\.{3}\s?\*{3}(?:Failed|Exception)\b|^\S+:\d+: FAILED:$|^\d\d:\d\d \+\d+(?: ~\d+)? -\d+: .{1,300} \[E\]$|^\s*\S.{0,300} \[FAIL\]$|\w\.{3} ?(?:FAILED|FAIL)\b|^\s*\d{1,6} - \S{1,300} \((?:Failed|Subprocess aborted|SEGFAULT|Child aborted|Exception|OTHER_FAULT|Bus error|ILLEGAL)\)$|^_{3,} (?:test\w*|Test\w*(?:\.\w+)*|\S+::\S+)(?:\[.{0,200}\])? _{3,}$|^\[[^\]]{1,120} #\d{1,3}-\d{1,3}\]\s{1,8}[✖✗✘×] \S|^(?:\[ {0,6}\d{1,6}s\] )?Failure (?:→|->) \S{1,300} @ \d{1,6}\s*$|^%%% \S{1,200} ==> \S{1,200}: FAILED$/, 50, { severity: 0.9 }),
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
    cue('network', 'PAT-008', /\b(?:ECONNRESET|ECONNREFUSED|ETIMEDOUT|ESOCKETTIMEDOUT|EAI_AGAIN|ENOTFOUND|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|EPROTO)\b|\bconnection (?:reset|refused|closed|aborted|timed out|lost|broken|failed|was forcibly closed)\b|\bsocket hang up\b|\bconnResetException\b|\bnetwork (?:error|is unreachable|unreachable|timeout|failure|problem|connection)\b|\b(?:read|connect|connection|handshake|i\/o|socket|request|gateway|dial tcp)\b.{0,40}(?<![-_])\btim(?:ed ?out|eout)\b|\bTLS handshake\b|\bSSL(?:_ERROR\w*|Error| error)\b|\bcertificate (?:verify failed|has expired)\b|\bcould(?: not|n'?t) resolve (?:host|proxy)\b|\bcould not resolve ['"]?[a-z\d-]{1,63}\.[a-z\d-]{1,63}\.[a-z\d.-]{1,200}['"]?(?![\w.:/-])|\btemporary failure (?:in name resolution|resolving)\b|\bname or service not known\b|\bno route to host\b|(?<!\b(?:parse|syntax) error\b.{0,300})\bunexpected EOF\b|\bearly EOF\b|\bremote end hung up\b|\bRPC failed\b|\bcurl: \((?:6|7|18|28|35|52|56|92)\)|\bMax retries exceeded\b|\bproxy error\b|\bspurious network error\b|\bTimeout was reached\b|\bserver misbehaving\b|\bdial tcp(?: \S{1,60})?: lookup \S|\bUnable to load the service index for source\b|\bSSL connection could not be established\b|\bcannot be reached\b|\bCONNECTION FAILED\b|\bconnection to (?:the )?(?:server )?\S{1,200} was refused\b|\b(?:could(?: not|n'?t)|unable to|failed to) (?:create|establish|open|make) (?:an? )?(?:\w{1,10} )?connection\b|\bempty reply from server\b/i, 56, true),
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
    features: "b:0 0\nb:0 a\nb:0 a07\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 actual\nb:0 all\nb:0 alpha1\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 at\nb:0 attempt\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b3a\nb:0 b4c\nb:0 b7c1d6e3f\nb:0 bad\nb:0 between\nb:0 bin\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 broken\nb:0 buffer\nb:0 build\nb:0 building\nb:0 built\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 call\nb:0 cannot\nb:0 catch\nb:0 cc\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 clean\nb:0 cleanup_file_variables\nb:0 code\nb:0 col\nb:0 column\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 console\nb:0 container\nb:0 core\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 deb12u1\nb:0 debugger\nb:0 decimal\nb:0 def\nb:0 dependencies\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 don\nb:0 double\nb:0 during\nb:0 e\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e8f\nb:0 echo\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 executing\nb:0 exit\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 f\nb:0 f1d2c3b\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 for\nb:0 format\nb:0 found\nb:0 fp4\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 g4q\nb:0 gcc\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 h\nb:0 h0m0s\nb:0 has\nb:0 hash\nb:0 head\nb:0 high\nb:0 home\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 int\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 it\nb:0 items\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 m\nb:0 m0s\nb:0 main\nb:0 make\nb:0 measured\nb:0 medium\nb:0 message\nb:0 milliseconds\nb:0 min\nb:0 minutes\nb:0 missing\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 ms\nb:0 multiple\nb:0 n\nb:0 name\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 no\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 package\nb:0 packages\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 prepare_executor\nb:0 previous\nb:0 print\nb:0 problems\nb:0 projects\nb:0 pub\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quickstart\nb:0 r\nb:0 ran\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 release\nb:0 repack\nb:0 requires\nb:0 resource\nb:0 resources\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 saas\nb:0 scenarios\nb:0 sec\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 severity\nb:0 sh\nb:0 sha\nb:0 shellcheck\nb:0 should\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 source\nb:0 spond\nb:0 src\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t09\nb:0 t10_00_00_000\nb:0 t12\nb:0 t17\nb:0 t20\nb:0 t21\nb:0 target\nb:0 task\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 this\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 tmp\nb:0 to\nb:0 too\nb:0 total\nb:0 true\nb:0 u\nb:0 ubuntu\nb:0 ubuntu1_amd64\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unused\nb:0 use\nb:0 userguide\nb:0 v\nb:0 var\nb:0 variable\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 z\nb:0 zig\nb:a 0\nb:a b\nb:a bash\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a directory\nb:a e\nb:a failure\nb:a feeds\nb:a few\nb:a free\nb:a g\nb:a healthy\nb:a i\nb:a invoices\nb:a is\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a missing\nb:a n\nb:a new\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a s\nb:a shutdown\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a test\nb:a u\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:aashish thapa\nb:ab0x go\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme webshop\nb:action download\nb:action guilouro\nb:action repository\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actions 0\nb:actions checkout\nb:actions runner\nb:actions setup\nb:actions task\nb:actual 0\nb:actual behavior\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add the\nb:added 0\nb:added go\nb:added to\nb:addition works\nb:additional logging\nb:address all\nb:addresses should\nb:admin py\nb:advisories 0\nb:advisories g\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after changing\nb:after running\nb:agent 0\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent name\nb:agent running\nb:agent version\nb:agent_1 container\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:all artifacts\nb:all dependencies\nb:all error\nb:all false\nb:all files\nb:all issues\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all test\nb:all tests\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allowed time\nb:alphabetical case\nb:also home\nb:always auth\nb:always error\nb:always fails\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:an argument\nb:an error\nb:an exception\nb:an explicit\nb:an item\nb:an iterator\nb:an s\nb:an underscore\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and audited\nb:and deleting\nb:and file\nb:and firewall\nb:and hooks\nb:and instead\nb:and is\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and s\nb:and sub\nb:and test\nb:and that\nb:and the\nb:and upgrading\nb:and value\nb:and word\nb:android 0\nb:android log\nb:android sdk\nb:android support\nb:android tools\nb:annotation unchecked\nb:anonymous test\nb:answer action\nb:any changes\nb:any of\nb:any whl\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api 0\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api gradle\nb:api internal\nb:api proto\nb:api tasks\nb:apis proto\nb:app build\nb:app compile\nb:app data\nb:app help\nb:app lint\nb:app login\nb:app notes\nb:app onepager\nb:app prototypes\nb:app py\nb:app src\nb:app ts\nb:appcompat v7\nb:application ex\nb:application spec\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt get\nb:archinstall archinstall\nb:archinstall lib\nb:architecture x64\nb:archive ubuntu\nb:are 0\nb:are allowed\nb:are behind\nb:are deprecated\nb:are equal\nb:are for\nb:are identical\nb:are incorrectly\nb:are looking\nb:are no\nb:are not\nb:are test\nb:are trimmed\nb:are trying\nb:area tests\nb:args cmake\nb:argument error\nb:argument named\nb:argument of\nb:arguments but\nb:around keyword\nb:around operator\nb:array 0\nb:arrays are\nb:artifact junit\nb:artifact org\nb:artifacts clone\nb:artifacts for\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as explicit\nb:as gateway_addresses\nb:as it\nb:as m\nb:as the\nb:as type\nb:as u64\nb:as vsts\nb:assembling a\nb:assert 0\nb:assert a\nb:assert are\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:associated with\nb:async scope\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at rustc\nb:at src\nb:at sun\nb:at t\nb:at test\nb:at the\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attribute access\nb:attribute of\nb:audit fix\nb:audit for\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:authenticating and\nb:author microsoft\nb:auto update\nb:automatic dependency\nb:available checksums\nb:avg c\nb:avoid a\nb:avoid using\nb:awesomeness has\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure archive\nb:azure devops\nb:azure pipelines\nb:b 0\nb:b a\nb:b b\nb:b build\nb:b c\nb:b d55\nb:b e\nb:b f\nb:b i\nb:b l\nb:b main\nb:b o\nb:b r\nb:b u\nb:b want\nb:b y\nb:b1a9 travis\nb:b1f0ba2 0\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b_ a\nb:b_ t\nb:babel parser\nb:backend api\nb:backend ci\nb:backend svc\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base base\nb:base container\nb:base h\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bazel 0\nb:bb code\nb:bc run\nb:be 0\nb:be a\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be equal\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be one\nb:be reformatted\nb:be resolved\nb:be reused\nb:be run\nb:be strictly\nb:be suffixed\nb:be true\nb:be truthy\nb:be unexported\nb:be updated\nb:be used\nb:be within\nb:because flutter_api_samples\nb:because locked\nb:because no\nb:because of\nb:because pnpm\nb:because the\nb:been created\nb:been deprecated\nb:been moved\nb:been received\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before continuing\nb:before declaration\nb:before it\nb:before making\nb:before the\nb:before token\nb:behind a\nb:being treated\nb:berui kotlin\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin dsafio\nb:bin git\nb:bin go\nb:bin links\nb:bin ninja\nb:bin node\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:bind p\nb:bintray com\nb:bitwise warnings\nb:bk ci\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blocks its\nb:blur cpp\nb:bodies of\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:br l\nb:branch main\nb:branch master\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridgecrewio checkov\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:build 0\nb:build agent\nb:build as\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build codec_test\nb:build ctest\nb:build d\nb:build date\nb:build default\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build files\nb:build g\nb:build gradle\nb:build has\nb:build id\nb:build itself\nb:build j2\nb:build libs\nb:build log\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build or\nb:build output\nb:build prod\nb:build project\nb:build property\nb:build queued\nb:build reference\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build test\nb:build timed\nb:build type\nb:build ubuntu\nb:build variables\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:buildkite agent\nb:builds acme\nb:builds ci\nb:builds platform\nb:builds private\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundlers node_modules\nb:busted test\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but they\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by severity\nb:by the\nb:by this\nb:by time\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c d\nb:c e\nb:c gcc\nb:c h\nb:c i\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c program\nb:c python\nb:c r\nb:c s\nb:c s0103\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c text\nb:c u\nb:c users\nb:c v\nb:c w\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c1d2e3 update\nb:c1e 0\nb:c2065 current\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache bazel\nb:cache dir\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache npm\nb:cache opt\nb:cache restored\nb:cache service\nb:cache size\nb:cache true\nb:cached dependency\nb:cachedir pytest_cache\nb:call failed\nb:callback until\nb:called if\nb:calls runtime\nb:can be\nb:can cause\nb:can find\nb:can fix\nb:can happen\nb:can only\nb:can t\nb:can use\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:captioner py\nb:cardreader cs\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo test\nb:cargo toml\nb:cart cart\nb:cart feature\nb:cart git\nb:cart js\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:catch err\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd var\nb:cell 0\nb:central https\nb:cfg conf\nb:cfg dotfiles\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:changed but\nb:changed significantly\nb:changed source\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check default\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking job\nb:checking out\nb:checkout deploy\nb:checkout f\nb:checkout ledger\nb:checkout progress\nb:checkout s\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:christophe documents\nb:chunks dep\nb:ci 0\nb:ci agent\nb:ci build\nb:ci can\nb:ci dockerfile\nb:ci sardonyx\nb:ci src\nb:ci worker\nb:circle c\nb:circleci project\nb:circus build\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:client api\nb:client git\nb:client py\nb:client retry\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client ts\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:cloning into\nb:close the\nb:closed during\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code foundation\nb:code loomy\nb:code paisa\nb:code style\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codegen cpp\nb:codehaus mojo\nb:col 0\nb:collect2 error\nb:collected 0\nb:collecting collected\nb:collecting tests\nb:collection import\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com data\nb:com default\nb:com embedded\nb:com en\nb:com ethereum\nb:com example\nb:com extraheader\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com http\nb:com increase\nb:com infra\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com maps\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com rails\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com usnistgov\nb:command bin\nb:command c\nb:command command\nb:command did\nb:command exited\nb:command failed\nb:command home\nb:command in\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command usr\nb:command_spec lua\nb:commas inside\nb:comment or\nb:commit 0\nb:commit message\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison to\nb:compatible set\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile c\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile orders\nb:compile release\nb:compile swift\nb:compile tally\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling c\nb:compiling distribution\nb:compiling stackage\nb:compiling stg\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed with\nb:component 0\nb:component html\nb:component_test ts\nb:components small\nb:composer json\nb:composer plugin\nb:composer update\nb:compute agent\nb:compute cache\nb:computed to\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:config 0\nb:config c\nb:config changes\nb:config cmake\nb:config config\nb:config file\nb:config git\nb:config isn\nb:config js\nb:config nim\nb:config remote\nb:config set\nb:config trim_trailing_whitespace\nb:configr configr\nb:configuration classpath\nb:configuration file\nb:configuring done\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect connection\nb:connect e\nb:connect to\nb:connection error\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection timed\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider using\nb:console error\nb:console statement\nb:const instead\nb:const label\nb:consumer http\nb:contain a\nb:container 0\nb:container build\nb:container fragment\nb:content hash\nb:content security\nb:content type\nb:contents read\nb:context anonymous\nb:context deadline\nb:context home\nb:context of\nb:continue due\nb:controller java\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core app\nb:core csproj\nb:core jar\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could be\nb:could not\nb:couldn t\nb:count 0\nb:count of\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coverage 0\nb:coverage badge\nb:covered class\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu family\nb:cpu x86_64\nb:cr 0\nb:cr me\nb:crates io\nb:crc builddir\nb:crc crc\nb:create meeting\nb:create seed\nb:created at\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:critical 0\nb:cronjs parser\nb:cross site\nb:crypto_sign falcon\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:cspell json\nb:csproj 0\nb:csproj error\nb:csproj in\nb:cstuff hashmap\nb:csys 0\nb:ctest changing\nb:ctest test\nb:curl 0\nb:curl f\nb:current agent\nb:current context\nb:current image\nb:current runner\nb:current undeclared\nb:cusr 0\nb:custom british\nb:cwiki apache\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d ds\nb:d e\nb:d f\nb:d failure\nb:d i\nb:d in\nb:d is\nb:d k\nb:d key\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d t\nb:d tests\nb:d timed\nb:d u\nb:d variable\nb:d warnings\nb:d x\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d_ a\nb:d_ l\nb:d_ t\nb:daemon at\nb:daemon running\nb:daemon toomanyrequests\nb:dangerously allow\nb:dart 0\nb:dart md\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data local\nb:data main\nb:data roaming\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date time\nb:date with\nb:dates dates\nb:david projects\nb:days test\nb:db git\nb:dbkit integration\nb:deadline exceeded\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debug 0\nb:debug deps\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug target\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations move\nb:declarative checkout\nb:deep equal\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:default and\nb:default cli\nb:default compile\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default test\nb:default the\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:demospring rest\nb:denial of\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies file\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies n\nb:dependencies so\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependency conflicts\nb:dependency is\nb:dependency lock\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated raise\nb:deprecated use\nb:deprecation warning\nb:deps get\nb:depth 0\nb:depth set\nb:dereferenced by\nb:description get\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop test\nb:destructure property\nb:detached h\nb:details https\nb:detect undefined\nb:detected for\nb:detected in\nb:detecting c\nb:detector test\nb:detectors android\nb:dev 0\nb:dev optional\nb:dev rnp\nb:dev src\nb:dev templates\nb:dev vuln\nb:device home\nb:devops pipelines\nb:diagnostics debug\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory true\nb:disabled by\nb:discount code\nb:dispatch v1\nb:display m\nb:dist build\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:dists trusty\nb:django contrib\nb:do not\nb:do s\nb:doc tests\nb:docker 0\nb:docker build\nb:docker com\nb:docker daemon\nb:docker dockerfile\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:docs concepts\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet sdk\nb:dotnet temporalio\nb:dotnet10 dotnet\nb:double quote\nb:download action\nb:download all\nb:download info\nb:download page\nb:downloading flutter\nb:downloading task\nb:downloads example\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duplicate selector\nb:duplicate selectors\nb:duration 0\nb:during collection\nb:during stage\nb:during the\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e build\nb:e c\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e d\nb:e d_\nb:e data\nb:e f\nb:e failed\nb:e fix\nb:e full\nb:e if\nb:e is\nb:e l\nb:e l_\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e o\nb:e p\nb:e q\nb:e r\nb:e release\nb:e s\nb:e switch\nb:e t\nb:e unable\nb:e w\nb:e where\nb:e work\nb:e x\nb:e0277 a\nb:e0308 mismatched\nb:e0401 unable\nb:e0425 cannot\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ b\nb:e_ c\nb:e_ d\nb:e_ p\nb:e_path cc\nb:echo build\nb:eclipse jetty\nb:edge proxy\nb:editor config\nb:egeria open\nb:elapsed 0\nb:elapsed time\nb:elements of\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embedded ringbuf\nb:embedded units\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty subject\nb:en latest\nb:enable full\nb:encoding u\nb:end of\nb:end with\nb:endpoints proto\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entities js\nb:entities lib\nb:entry for\nb:entrypoint file\nb:env 0\nb:env g\nb:environment 0\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variable\nb:environment will\nb:eo pipefail\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:erb 0\nb:erl 0\nb:err http\nb:err message\nb:err typecheck\nb:errno 0\nb:error 0\nb:error a\nb:error allow\nb:error and\nb:error assert\nb:error at\nb:error attempt\nb:error c\nb:error c2065\nb:error can\nb:error cannot\nb:error code\nb:error command\nb:error could\nb:error deployment\nb:error during\nb:error e\nb:error e0277\nb:error e0308\nb:error e0425\nb:error empty\nb:error encountered\nb:error error\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error fetch\nb:error files\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error install\nb:error instead\nb:error key\nb:error killed\nb:error ld\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error log\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error msg\nb:error n\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error on\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error run\nb:error running\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error test\nb:error the\nb:error this\nb:error timed\nb:error timeout\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error unused\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors in\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:ev issue\nb:evaluator test\nb:even 0\nb:ex 0\nb:ex unit\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example exs\nb:example github\nb:example lint\nb:example net\nb:example orders\nb:example org\nb:example platform\nb:example port\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exception connection\nb:exception execution\nb:exception in\nb:exception no\nb:exception was\nb:exclude tests\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist in\nb:exist with\nb:existing resource\nb:exit 0\nb:exit code\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect received\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected null\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit force\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export const\nb:export function\nb:exported exported\nb:exported method\nb:exported type\nb:express typescript\nb:expression creates\nb:expression has\nb:external packages\nb:extra node_modules\nb:extra semicolon\nb:f 0\nb:f a\nb:f c\nb:f f\nb:f i\nb:f l\nb:f o\nb:f p\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure to\nb:failures 0\nb:falcon 0\nb:false to\nb:false true\nb:family x86_64\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features seeds\nb:features steps\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch js\nb:fetch py\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching the\nb:few minutes\nb:field browser\nb:field name\nb:file 0\nb:file based\nb:file c\nb:file does\nb:file extension\nb:file f\nb:file failed\nb:file from\nb:file go\nb:file home\nb:file in\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file provided\nb:file run\nb:file src\nb:file test\nb:file this\nb:file to\nb:file users\nb:file would\nb:files 0\nb:files are\nb:files c\nb:files copy\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files path\nb:files ringbuf\nb:files run\nb:files tests\nb:files to\nb:files took\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:finalize job\nb:finance billing\nb:find a\nb:find com\nb:find element\nb:find gem\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished s\nb:finished test\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first in\nb:first out\nb:first person\nb:first used\nb:first_upper s\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed in\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter pub\nb:flutter release\nb:flutter s\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt check\nb:fn first_upper\nb:fn is_empty_list\nb:fn once\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following error\nb:following files\nb:following vulnerability\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for async\nb:for c\nb:for configuration\nb:for details\nb:for funding\nb:for further\nb:for git\nb:for help\nb:for https\nb:for installation\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for project\nb:for projects\nb:for python\nb:for registry\nb:for rust\nb:for setup\nb:for stable\nb:for swift\nb:for system\nb:for task\nb:for the\nb:for this\nb:for ubuntu\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force b\nb:force evaluate\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:form vue\nb:format failed\nb:format h\nb:format violations\nb:formatter would\nb:formatting delete\nb:found 0\nb:found at\nb:found b\nb:found before\nb:found composer\nb:found error\nb:found errors\nb:found fatal\nb:found for\nb:found in\nb:found packages\nb:found return\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fp4 home\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework src\nb:framework test\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from c\nb:from commit\nb:from daemon\nb:from distribution\nb:from file\nb:from git\nb:from home\nb:from https\nb:from instrument\nb:from ledger\nb:from lock\nb:from material\nb:from node\nb:from src\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from typing\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:frontend src\nb:frozen false\nb:frozen installation\nb:frozen lockfile\nb:fs js\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full stack\nb:func1 0\nb:function fn\nb:function j\nb:function spec\nb:function total\nb:functionality has\nb:functions are\nb:fund for\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g d\nb:g e\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g on\nb:g p\nb:g r\nb:g std\nb:g u\nb:g4q xg66\nb:g_ m\nb:gateway addresses\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gconnect 0\nb:gem install\nb:gemfile lock\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate the\nb:generated 0\nb:generated run\nb:generating done\nb:generating script\nb:generator next\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get a\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get install\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting source\nb:ggml c\nb:gi b\nb:git bin\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git corp\nb:git could\nb:git dependency\nb:git depth\nb:git dir\nb:git example\nb:git exe\nb:git file\nb:git github\nb:git https\nb:git init\nb:git log\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git sr\nb:git submodules\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:github aashish\nb:github com\nb:github io\nb:github repo\nb:github workspace\nb:gitlab com\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob versions\nb:global git\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go pkg\nb:go protoparser\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got key\nb:got the\nb:gpg could\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle exception\nb:gradle execution\nb:gradle internal\nb:gradle kotlin\nb:gradle kts\nb:gradle org\nb:greater than\nb:green 0\nb:greeting component_test\nb:grep v\nb:grgit 0\nb:groups get\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h e\nb:h h600\nb:h i\nb:h o\nb:h p\nb:h ref\nb:h s\nb:h t\nb:h u\nb:h0m0s timeout\nb:h600 compilation\nb:had changes\nb:handbook docs\nb:handle standard\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has correct\nb:has exceeded\nb:has no\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash validation\nb:hashmap hashmap\nb:haskell cabal\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have added\nb:have been\nb:have comment\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:header filter\nb:header in\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help change\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help the\nb:help to\nb:help you\nb:helper py\nb:here for\nb:here is\nb:hhp hs\nb:high 0\nb:high severity\nb:higher to\nb:hint make\nb:hint used\nb:hit for\nb:hive simulators\nb:home abuild\nb:home breadcrumbs\nb:home cholerae\nb:home circleci\nb:home dev\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html builders\nb:html entities\nb:html erb\nb:html needless_borrow\nb:html needless_return\nb:html shell\nb:http archive\nb:http azure\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http_client 0\nb:https aka\nb:https bandit\nb:https conda\nb:https docs\nb:https downloads\nb:https git\nb:https github\nb:https go\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https osv\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https www\nb:hub action\nb:hub actions\nb:i 0\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i get\nb:i in\nb:i info\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i p\nb:i phreeqc\nb:i price\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i t\nb:i try\nb:i u\nb:i unsafe\nb:i x\nb:ibis bigquery\nb:icons mdi\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:idx 0\nb:if c\nb:if i\nb:if items\nb:if n\nb:if out\nb:if returning\nb:if the\nb:if this\nb:if true\nb:if v\nb:if you\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:image debian\nb:image docker\nb:image golang\nb:image node\nb:image provisioner\nb:image python\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images ubuntu\nb:images windows\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc src\nb:immediately dereferenced\nb:implementation of\nb:implemented for\nb:implications associated\nb:implied by\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib init__\nb:importlib report\nb:imports are\nb:imports on\nb:in 0\nb:in a\nb:in action\nb:in apt\nb:in assignment\nb:in async\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in d\nb:in deploy\nb:in deployment\nb:in file\nb:in first\nb:in function\nb:in go\nb:in home\nb:in import_module\nb:in module\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in source\nb:in src\nb:in stdlib\nb:in sync\nb:in the\nb:in this\nb:in thread\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:include the\nb:include workspace\nb:included software\nb:incompatible types\nb:inconsistent vendoring\nb:inconsistent with\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicates a\nb:ineffective mark\nb:info 0\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info msg\nb:info or\nb:info syncing\nb:information 0\nb:information about\nb:information visit\nb:infra mirror\nb:infra retry\nb:init d\nb:init home\nb:init__ py\nb:initialize job\nb:initialized empty\nb:initializing the\nb:inner declarations\nb:input files\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install and\nb:install before\nb:install dependencies\nb:install error\nb:install frozen\nb:install g\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install v1\nb:install which\nb:install with\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing environment\nb:instance of\nb:instance travis\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:int as\nb:int cannot\nb:int error_count\nb:integration integration\nb:integrity check\nb:intentional prefix\nb:interface tools\nb:internal 0\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal modules\nb:internal mojo\nb:internal operations\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into a\nb:into directory\nb:into example\nb:invalid_ testing\nb:inventory inventory\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io en\nb:io hashicorp\nb:io i\nb:io index\nb:io rust\nb:iot sensor\nb:ipynb cell\nb:is 0\nb:is a\nb:is an\nb:is assigned\nb:is available\nb:is called\nb:is canceled\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is disabled\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is inconsistent\nb:is intentional\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is recommended\nb:is stopped\nb:is the\nb:is undefined\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:isn t\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:issues reached\nb:it before\nb:it can\nb:it fails\nb:it for\nb:it has\nb:it i\nb:it is\nb:it resolves\nb:it s\nb:it should\nb:it was\nb:it with\nb:item costing\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:its network\nb:its progress\nb:j a\nb:j d\nb:j s\nb:j2 c\nb:jar 0\nb:jar c\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jest circus\nb:job 0\nb:job cleanup\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:jobs and\nb:jonesn idea\nb:jooq gradle\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:k 0\nb:k a\nb:k b\nb:k e\nb:k e_\nb:k f\nb:k f_to_c\nb:k i\nb:k n\nb:k t\nb:k version\nb:k8s deploy\nb:kata check_s390x_test\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key error\nb:key failed\nb:key not\nb:key should\nb:key the\nb:keygen c\nb:keymanapp dependency\nb:keystore models_test\nb:keyword parameter\nb:ki b\nb:killed signal\nb:kiriyaga nami\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:kotlin dsl\nb:kotlin koans\nb:kotlin plugins\nb:kt 0\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l returned\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y\nb:l3013 pin\nb:l_ u\nb:label n\nb:landing landing\nb:lando lando\nb:lando netfx40\nb:lang github\nb:lang r\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:latest blacklists\nb:latest false\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy peer\nb:len 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:let or\nb:let sum\nb:let top\nb:level 0\nb:level error\nb:level info\nb:level package\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib example\nb:lib gconnect\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib lib\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:library core\nb:library for\nb:libtonode tests\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license is\nb:license needs\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses without\nb:lifecycle internal\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line length\nb:line of\nb:line too\nb:lines of\nb:link build\nb:link plugins\nb:link u\nb:linker for\nb:linkid 0\nb:linking c\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint correctness\nb:lint detectors\nb:lint found\nb:lint https\nb:lint report\nb:lint suspicious\nb:linted 0\nb:linux amd64\nb:linux extras\nb:linux gnu\nb:linux nopie\nb:linux or\nb:linux python\nb:linux small\nb:linux x64\nb:liquid haskell\nb:liquidhaskell cabal\nb:list of\nb:list stub\nb:lists txt\nb:lite badge\nb:littpi net\nb:live log\nb:llama cpp\nb:load 0\nb:load config\nb:load database\nb:load error\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading for\nb:local go\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location home\nb:location path\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log of\nb:log output\nb:logging output\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:looking for\nb:looking in\nb:looks like\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low go\nb:lower snake\nb:lower_snake_case such\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m b\nb:m bs\nb:m change\nb:m d\nb:m d013\nb:m e\nb:m error\nb:m execution\nb:m failed\nb:m i\nb:m is\nb:m l\nb:m m\nb:m o\nb:m p\nb:m pytest\nb:m run\nb:m s\nb:m start\nb:m t\nb:m w\nb:m0s this\nb:m2 settings\nb:m2 toolchains\nb:m2repository com\nb:m_ l\nb:m_ n\nb:m_ o\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:main 0\nb:main c\nb:main g\nb:main go\nb:main i\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main refs\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main zig\nb:make 0\nb:make error\nb:make files\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:making global\nb:manager gitlab\nb:manager go\nb:manually started\nb:many requests\nb:many return\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:marked as\nb:marketing landing\nb:marking the\nb:master https\nb:master index\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matching distribution\nb:matching files\nb:matching package\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:max git\nb:max issues\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:may be\nb:may increase\nb:may not\nb:may take\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:me br\nb:me kiriyaga\nb:measured 0\nb:megalinter io\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:merge request\nb:meson build\nb:meson setup\nb:message custom\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata org\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method parentheses\nb:method running\nb:metrics counter\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:minutes 0\nb:minutes marking\nb:mirror sync\nb:mismatch the\nb:mismatched types\nb:missing binary\nb:missing docstring\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mod but\nb:mod readonly\nb:mode after\nb:mode m\nb:model bin\nb:model test\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module home\nb:module importlib\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules cjs\nb:modules find\nb:modules packages\nb:modules txt\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:more dependencies\nb:more details\nb:more info\nb:more information\nb:more log\nb:more on\nb:more than\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms exceeded\nb:ms for\nb:ms lib\nb:msg loaded\nb:msg process\nb:msg reading\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple___ spaces\nb:multiplication with\nb:must be\nb:must end\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:n 0\nb:n a\nb:n actionlint\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n skipping\nb:n t\nb:n test\nb:n tools\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:name actionpack\nb:name azure\nb:name build\nb:name err\nb:name fv\nb:name gateway\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name only\nb:name or\nb:name test\nb:name w\nb:name_ should_\nb:named shapely\nb:namespace has\nb:native build\nb:native castle\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:needs network\nb:needs review\nb:needs to\nb:nested steps\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netfx40 csproj\nb:netkit backoff\nb:netkit fetcher\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network git\nb:network if\nb:network request\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new object\nb:new ref\nb:newline after\nb:newline n\nb:newtonsoft json\nb:next anonymous\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:no audit\nb:no cache\nb:no cacheprovider\nb:no color\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no issues\nb:no license\nb:no matching\nb:no member\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no space\nb:no such\nb:no unit\nb:no unused\nb:no update\nb:no var\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node sha256\nb:node v10\nb:node v20\nb:node v4\nb:node version\nb:node_config in\nb:node_modules babel\nb:node_modules jest\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules ts\nb:node_modules uvu\nb:node_modules vite\nb:nodesecurity io\nb:non existing\nb:non matching\nb:non zero\nb:none any\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not find\nb:not finish\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not run\nb:not set\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note referenced\nb:note some\nb:note warn\nb:notebook cleanup\nb:notes app\nb:nothing provides\nb:notice s\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify svc\nb:notify test\nb:now at\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm config\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx eslint\nb:npx jest\nb:npx vitest\nb:ntp verify\nb:nu get\nb:nuget org\nb:null 0\nb:null continue\nb:null null\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:nvm versions\nb:o 0\nb:o a\nb:o b\nb:o building\nb:o c\nb:o compiling\nb:o d\nb:o detecting\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o g\nb:o i\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o0 o\nb:o111 m\nb:o2 wall\nb:o_ m\nb:object anonymous\nb:object c\nb:object is\nb:object where\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:oes src\nb:of 0\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of different\nb:of false\nb:of get\nb:of is\nb:of its\nb:of left\nb:of locate\nb:of memory\nb:of module\nb:of namespace\nb:of p\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of req\nb:of service\nb:of spaces\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:offenses detected\nb:offline during\nb:offline packages\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:ole planet\nb:on 0\nb:on a\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on dependencies\nb:on device\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on runner\nb:on swift\nb:on the\nb:on this\nb:on your\nb:once call_once\nb:once installed\nb:one of\nb:one or\nb:onepager component\nb:onepager onepager\nb:only allow\nb:only get\nb:oo8i vb\nb:op date\nb:opam 0\nb:open deep\nb:open metadata\nb:open protocol\nb:openemr services\nb:openemr sites\nb:operating system\nb:operation timed\nb:operation was\nb:ops deploy\nb:ops function\nb:opt android\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option to\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or more\nb:or npm\nb:or one\nb:or pass\nb:or service\nb:or something\nb:or windows\nb:order java\nb:order service\nb:ordered fetch\nb:orders git\nb:orders order\nb:orders service\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org eclipse\nb:org example\nb:org gradle\nb:org junit\nb:org maven2\nb:org ole\nb:org scm\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin main\nb:origin url\nb:orphan processes\nb:os imported\nb:osv dev\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out file\nb:out finished\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output src1489103279\nb:over elements\nb:override d\nb:overriding h\nb:overwrite settings\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p d\nb:p e\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p l\nb:p m\nb:p m_\nb:p n\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p to\nb:p tsconfig\nb:p unit\nb:p y\nb:package a\nb:package configuration\nb:package content\nb:package cosmos\nb:package d\nb:package dependencies\nb:package for\nb:package git\nb:package github\nb:package handle\nb:package is\nb:package jdk\nb:package json\nb:package level\nb:package lock\nb:package pkg\nb:package resolved\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages lock\nb:packages net\nb:packages nuget\nb:packages please\nb:packages react\nb:packages src\nb:packages when\nb:pad failed\nb:padding spaces\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:panic free\nb:panic ok\nb:panic test\nb:panicked at\nb:panicking rs\nb:parameter equals\nb:parameter of\nb:parentheses are\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse resolve\nb:parse test\nb:parse units\nb:parse_test go\nb:parser from\nb:parser hs\nb:parser lib\nb:parser py\nb:parser test\nb:parsing a\nb:part of\nb:partition 0\nb:pasha code\nb:pass 0\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:password g\nb:patched versions\nb:path 0\nb:path is\nb:path opt\nb:path tex\nb:pathutil pathutil\nb:pattern go\nb:peer deps\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:perf data\nb:performance tests\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:php 0\nb:php array\nb:php return\nb:php v2\nb:phpkit slugger\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:phreeqc test\nb:pid 0\nb:pin versions\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip vendor\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:planet myplanet\nb:platform shared\nb:please read\nb:please run\nb:please update\nb:please upgrade\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins are\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:pmd foo\nb:pmd plugin\nb:pnpm install\nb:pnpm lock\nb:pods 0\nb:poetry lock\nb:policy deny_test\nb:pool host\nb:pool main\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post job\nb:post resolution\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:pr go\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparing the\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:prettier check\nb:prettier with\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem with\nb:problems 0\nb:proceed with\nb:process completed\nb:process did\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:processing wheels\nb:processor should\nb:prod exited\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:programming scratch\nb:progress deadline\nb:progress force\nb:progress meter\nb:project 0\nb:project dependencies\nb:project directory\nb:project git\nb:project home\nb:project name\nb:project org\nb:project src\nb:project test\nb:project version\nb:projectcleverweb lastautoindex\nb:projects egeria\nb:projects openemr\nb:projects users\nb:promise ensure\nb:properly see\nb:properties of\nb:property line\nb:property or\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:pub fn\nb:pub get\nb:public acls\nb:public class\nb:pull 0\nb:pull image\nb:pull rate\nb:pulling docker\nb:push 0\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py reports\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_low_stock_threshold\nb:py test_restock_adds\nb:py test_timeout_is_retried\nb:py3 none\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python m\nb:python names\nb:python sha256\nb:python v5\nb:python version\nb:python3 0\nb:q l_\nb:q p\nb:q u\nb:qty 0\nb:quant timeseries\nb:quantity 0\nb:queue js\nb:queue queue\nb:queued 0\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r e\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r load\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r retrying\nb:r s\nb:r s_\nb:r script\nb:r see\nb:r stack\nb:r t\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unsatisfiable\nb:r var\nb:r x\nb:r y\nb:r_ a\nb:r_ p\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:range start\nb:rate limit\nb:ratelimit ratelimit\nb:ray6y documents\nb:rb 0\nb:re run\nb:reached the\nb:reached your\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read errors\nb:read file\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:reading prototype\nb:readme md\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:recieve the\nb:recognized word\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:reference c\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:reg exp\nb:regexp http\nb:register layer\nb:registry https\nb:registry npm\nb:registry npmjs\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release cmake\nb:release gpg\nb:release kotlin\nb:release sh\nb:release skipped\nb:release target\nb:release timed\nb:release yml\nb:releases protoc\nb:releases tag\nb:remote add\nb:remote git\nb:remote origin\nb:remotes origin\nb:remove build\nb:remove return\nb:remove the\nb:renamed to\nb:render engine\nb:renders the\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report at\nb:report attribute\nb:report py\nb:reported issue\nb:reports py\nb:reports tests\nb:repositories dispatch\nb:repository acme\nb:repository actions\nb:repository apis\nb:repository dtolnay\nb:repository embedded\nb:repository fintech\nb:repository https\nb:repository in\nb:repository maps\nb:repository maven\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:req capability\nb:request handler\nb:request timed\nb:request to\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required plugins\nb:required tasks\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset by\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:rest src\nb:restore cache\nb:restore can\nb:restore locked\nb:restore to\nb:restored successfully\nb:restricted to\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry retry\nb:retrying fetch\nb:return 0\nb:return bootstrap\nb:return statement\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned by\nb:returned error\nb:returned exit\nb:returning a\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:rev parse\nb:review other\nb:revision 0\nb:revive exported\nb:right failed\nb:ring c\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root md\nb:root project\nb:rootdir home\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs cargo\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs parser\nb:rs tmp\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby version\nb:rubygems org\nb:ruff check\nb:ruff format\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run build\nb:run can\nb:run cargo\nb:run cmake\nb:run composer\nb:run curl\nb:run dtolnay\nb:run elm\nb:run failed\nb:run file\nb:run go\nb:run gradlew\nb:run in\nb:run index\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run pip\nb:run poetry\nb:run prettier\nb:run profiler\nb:run python\nb:run restore\nb:run rustup\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run tsc\nb:run uv\nb:run with\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner git\nb:runner go\nb:runner has\nb:runner image\nb:runner images\nb:runner is\nb:runner m2\nb:runner npm\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs of\nb:runtime test\nb:rust 0\nb:rust clippy\nb:rust lang\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s build\nb:s c\nb:s c2086\nb:s chars\nb:s connection\nb:s create\nb:s d\nb:s e\nb:s f\nb:s failed\nb:s i\nb:s in\nb:s issue\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s microsoft\nb:s o\nb:s on\nb:s p\nb:s q\nb:s rx\nb:s s\nb:s score\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s3 block\nb:s6 vzpvo\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample app\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:script build\nb:script contents\nb:script heap\nb:script on\nb:script returned\nb:script s\nb:scripts deploy\nb:scripts git\nb:scripts load\nb:scripts no\nb:sdk 0\nb:sdk api\nb:sdk dotnet\nb:sdk js\nb:sdk linux\nb:sdk telemetry\nb:search ts\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secs 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security cryptography\nb:security implications\nb:security issue\nb:security policy\nb:security vulnerability\nb:see a\nb:see also\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:select a\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:send email\nb:sensor c\nb:sensor sensor\nb:sequential filter_numbers\nb:server 0\nb:server id\nb:server message\nb:server password\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service git\nb:service in\nb:service is\nb:service java\nb:service not\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set to\nb:set up\nb:setting java\nb:settings true\nb:settings xml\nb:setup builddir\nb:setup go\nb:setup java\nb:setup node\nb:setup php\nb:setup python\nb:severity 0\nb:severity e\nb:severity vulnerability\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh tmp\nb:sha256 0\nb:share cmake\nb:shared config\nb:shared rollup\nb:shared updates\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shivammathur setup\nb:shop cart\nb:shop web\nb:shopco orders\nb:shopco shop\nb:shopco storefront\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should_ fail\nb:show app\nb:shrinkwrap json\nb:shutdown signal\nb:side of\nb:signal terminated\nb:signal this\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulators ethereum\nb:sin lat2\nb:since it\nb:since poetry\nb:site command\nb:site docs\nb:site scripting\nb:sites default\nb:size is\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping git\nb:skipping integrity\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so restore\nb:sockeye image_captioning\nb:software https\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source dir\nb:source file\nb:source from\nb:source s\nb:source tree\nb:source tutor\nb:sources from\nb:space berui\nb:space left\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified in\nb:specifiers in\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:sr ht\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src chapter3\nb:src client\nb:src codegen\nb:src components\nb:src copy\nb:src drone\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src index\nb:src invoice\nb:src iter\nb:src lib\nb:src liquid\nb:src main\nb:src microsoft\nb:src newtonsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src ring\nb:src scene\nb:src search\nb:src source\nb:src src\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src time\nb:src tools\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable profile\nb:stable s\nb:stable x86_64\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start cleaning\nb:start line\nb:start of\nb:start tracking\nb:started by\nb:started runner\nb:starter 0\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:startup 0\nb:starves it\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stdlib go1\nb:stdune 0\nb:step 0\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:storefront storefront\nb:str usize\nb:stream vbyte\nb:strict allow\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string instead\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:structure test\nb:stub files\nb:studio 0\nb:studio offline\nb:studio threading\nb:style issues\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subtests node\nb:succeeded 0\nb:success 0\nb:successfully got\nb:successfully set\nb:such as\nb:such file\nb:suffixed with\nb:suite php\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:sun nio\nb:support appcompat\nb:supported file\nb:supports git\nb:sure it\nb:sure that\nb:sure the\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc go\nb:svc notify\nb:svg from\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch to\nb:switched to\nb:symbol class\nb:sync client\nb:sync from\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:system text\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t could\nb:t d\nb:t defined\nb:t e\nb:t exist\nb:t f\nb:t found\nb:t from\nb:t g\nb:t h\nb:t i\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t load\nb:t m\nb:t match\nb:t o\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t slug\nb:t t\nb:t test\nb:t type\nb:t wstat\nb:t y\nb:t09 0\nb:t10_00_00_000 z\nb:t12 0\nb:t17 0\nb:t20 0\nb:t21 0\nb:t_ b\nb:tabs tabs\nb:tabs ts\nb:tag must\nb:tags false\nb:take a\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target s\nb:targets 0\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task get\nb:task key\nb:task kt\nb:task persona_flutter\nb:task prebuild\nb:task_queues 0\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:telemetry sdk\nb:temp 0\nb:template ts\nb:templates tests\nb:temporalio sln\nb:temporarily overriding\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test coverage\nb:test creating\nb:test days\nb:test default\nb:test dir\nb:test dll\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failure\nb:test failures\nb:test fetch\nb:test fetcher\nb:test files\nb:test from\nb:test get\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kt\nb:test load\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test multiplication\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test perf\nb:test php\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test test\nb:test test_minitest_sprint\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test that\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test v\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests did\nb:tests failed\nb:tests failing\nb:tests from\nb:tests func1\nb:tests in\nb:tests integration\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests__ evaluator\nb:tex range\nb:text json\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than or\nb:than the\nb:thapa wlctl\nb:that always\nb:that are\nb:that does\nb:that have\nb:that is\nb:that it\nb:that need\nb:that satisfies\nb:that terminates\nb:that the\nb:that two\nb:the 0\nb:the ability\nb:the agent\nb:the ammount\nb:the apache\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the conflict\nb:the constraint\nb:the context\nb:the coverage\nb:the current\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the exception\nb:the expected\nb:the expression\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the host\nb:the install\nb:the installation\nb:the job\nb:the last\nb:the latest\nb:the license\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the mix\nb:the module\nb:the name\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the packages\nb:the path\nb:the process\nb:the project\nb:the proxy\nb:the query\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the request\nb:the requested\nb:the requirement\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the sync\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the update\nb:the value\nb:the version\nb:the x\nb:there are\nb:there is\nb:there were\nb:these values\nb:this build\nb:this can\nb:this command\nb:this environment\nb:this error\nb:this expression\nb:this functionality\nb:this id\nb:this install\nb:this is\nb:this may\nb:this might\nb:this potentially\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timeseries timeseries\nb:timestamp 0\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title n\nb:title want\nb:tmp build\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to build\nb:to but\nb:to capture\nb:to central\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to connect\nb:to continue\nb:to copy\nb:to date\nb:to detect\nb:to display\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to generate\nb:to get\nb:to git\nb:to have\nb:to home\nb:to ignore\nb:to import\nb:to install\nb:to java\nb:to load\nb:to make\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to override\nb:to parameter\nb:to parse\nb:to prevent\nb:to pull\nb:to re\nb:to register\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to run\nb:to s\nb:to see\nb:to select\nb:to self\nb:to show\nb:to solve\nb:to start\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to unsigned\nb:to update\nb:to upgrade\nb:to use\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:token 0\nb:tokens on\nb:toml 0\nb:toml changed\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool is\nb:toolbox toolbox\nb:toolchain install\nb:toolchain stable\nb:toolchains xml\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace of\nb:track origin\nb:tracking orphan\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree demospring\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:true failed\nb:true object\nb:true to\nb:true truthy\nb:truncate test\nb:trusty updates\nb:truthy value\nb:try rustc\nb:trying to\nb:ts 0\nb:ts cart\nb:ts format\nb:ts git\nb:ts invoices\nb:ts loader\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:two arrays\nb:two strings\nb:txt 0\nb:type answer\nb:type error\nb:type int\nb:type is\nb:type native\nb:type number\nb:type running\nb:type string\nb:types 0\nb:types in\nb:types int\nb:types react\nb:typescript starter\nb:typescript version\nb:typing import\nb:typing list\nb:typo location\nb:u 0\nb:u b_\nb:u c\nb:u d\nb:u g\nb:u i\nb:u l\nb:u m\nb:u n\nb:u p\nb:u r\nb:u s\nb:u t\nb:u1004 the\nb:u1101 unable\nb:u1403 package\nb:u1903 warning\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu dists\nb:ubuntu latest\nb:ubuntu pool\nb:ubuntu ubuntu2404\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ui ab0x\nb:ui app\nb:ui core\nb:ui styles\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown linux\nb:unknown word\nb:unneeded return\nb:unoptimized debuginfo\nb:unordered key\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsatisfiable requirements\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:until assertions\nb:untyped defs\nb:untyped functions\nb:unused function\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up c\nb:up go\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update model\nb:update or\nb:update the\nb:update to\nb:update xml\nb:update your\nb:updated because\nb:updated but\nb:updates for\nb:updates test\nb:updates tsx\nb:upgrade to\nb:upgrade your\nb:upgrading https\nb:uploading artifacts\nb:url https\nb:usage of\nb:use a\nb:use apt\nb:use const\nb:use let\nb:use pip\nb:use window\nb:used at\nb:used before\nb:used config\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used unable\nb:user git\nb:user interface\nb:username g\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users csproj\nb:users david\nb:users jonesn\nb:users julian\nb:users kevin\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users ray6y\nb:users runner\nb:users users\nb:users usr\nb:users vagrant\nb:using 0\nb:using check\nb:using docker\nb:using first\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:usr share\nb:util concurrent\nb:util java\nb:util test\nb:utility bash\nb:utils format\nb:utils geo\nb:uuid v\nb:uuid v1\nb:uv lock\nb:v a\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v prune\nb:v rxs\nb:v s\nb:v v1\nb:v0 0\nb:v1 0\nb:v1 app\nb:v1 unable\nb:v10 0\nb:v20 0\nb:v3 tests\nb:v4 0\nb:v4 s\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value but\nb:value for\nb:value is\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var log\nb:var use\nb:varfish server\nb:variable declaration\nb:variable error_count\nb:variable has\nb:variable home\nb:variable not\nb:variable of\nb:variant filter\nb:variants vueapp\nb:vec str\nb:vendor bin\nb:vendor modules\nb:vendor urllib3\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verification failed\nb:verification metadata\nb:verify the\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version solving\nb:version spec\nb:version that\nb:version v6\nb:versions 0\nb:versions baseline\nb:versions in\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:viper bind\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest run\nb:viz dashboard\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w e\nb:w failed\nb:w h\nb:w home\nb:w n\nb:w o\nb:w repo\nb:w s\nb:w t\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want unicode\nb:warn code\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning as\nb:warning rolling_mean\nb:warning s\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was canceled\nb:was defined\nb:was last\nb:was not\nb:was passed\nb:was provided\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:watch all\nb:we location\nb:we stopped\nb:we try\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:went offline\nb:went wrong\nb:were failing\nb:were found\nb:were identified\nb:werror unused\nb:what went\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when the\nb:when true\nb:when used\nb:when your\nb:where 0\nb:where a\nb:which is\nb:while assembling\nb:while checking\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:will be\nb:will do\nb:win22 0\nb:window mean\nb:windows 0\nb:windows server\nb:windows windows2022\nb:windows2022 readme\nb:with 0\nb:with a\nb:with an\nb:with any\nb:with architecture\nb:with backtrace\nb:with code\nb:with copyright\nb:with default\nb:with digest\nb:with env\nb:with error\nb:with exit\nb:with frozen\nb:with git\nb:with gitlab\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with npm\nb:with package\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with this\nb:with version\nb:with vulnerabilities\nb:with write\nb:within 0\nb:within a\nb:within the\nb:without file\nb:without the\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work api\nb:work assets\nb:work badge\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work configr\nb:work counter\nb:work crc\nb:work dashboard\nb:work dates\nb:work deploy\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fw\nb:work geo\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work integration\nb:work inventory\nb:work landing\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work parser\nb:work phpunit\nb:work pkgtool\nb:work proto\nb:work py\nb:work pyserve\nb:work queue\nb:work ratelimit\nb:work render\nb:work reports\nb:work retry\nb:work ringbuf\nb:work sdk\nb:work sensor\nb:work shop\nb:work shorturl\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work units\nb:work web\nb:work webshop\nb:work widgets\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace geo\nb:workspace imgproc\nb:workspace queue\nb:workspace root\nb:workspace units\nb:workspaces vs\nb:would be\nb:would have\nb:would reformat\nb:write to\nb:writely notes\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x test_client\nb:x x\nb:x000001 b\nb:x32_2 0\nb:x64 0\nb:x64 bin\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86_64 linux\nb:x86_64 unknown\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xfailed in\nb:xg66 0\nb:xml 0\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:yaml 0\nb:yaml is\nb:yaml truthy\nb:yarn 0\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yml 0\nb:you are\nb:you can\nb:you don\nb:you have\nb:you mean\nb:you must\nb:your build\nb:your code\nb:your gemfile\nb:your lock\nb:your lockfile\nb:your package\nb:your pipfile\nb:your plan\nb:your pull\nb:your test\nb:z debug\nb:z l\nb:z m\nb:zero code\nb:zero exit\nb:zero no\nb:zig 0\nb:zig build\nb:zigler 0\nb:zstd is\nf:0\nf:a\nf:actual\nf:added\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:api\nf:app\nf:apr\nf:archinstall\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:b\nf:bad\nf:bash\nf:because\nf:benchmarks\nf:billing\nf:bin\nf:black\nf:branch\nf:bucket\nf:build\nf:building\nf:buildx\nf:bundle\nf:busted\nf:but\nf:by\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:cancelling\nf:cannot\nf:cardreader\nf:cargo\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:check\nf:checked\nf:checking\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:cloning\nf:cmake\nf:code\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:composer\nf:config\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:core\nf:could\nf:couldn\nf:counts\nf:cp\nf:crate\nf:created\nf:creating\nf:curl\nf:current\nf:d\nf:d101\nf:datacenter\nf:dd\nf:def\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detecting\nf:did\nf:diff\nf:difference\nf:distribution\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:done\nf:download\nf:downloading\nf:dubious\nf:duration\nf:e\nf:echo\nf:elixir\nf:else\nf:err\nf:error\nf:errors\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:exceeded\nf:exception\nf:exec\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:f\nf:f401\nf:f403\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetching\nf:field\nf:file\nf:files\nf:finished\nf:finishing\nf:first\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:formatter\nf:found\nf:from\nf:frontend\nf:g\nf:gcc\nf:gem\nf:generating\nf:geo\nf:get\nf:getting\nf:git\nf:github\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:image\nf:import\nf:in\nf:included\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:installed\nf:installing\nf:instance\nf:internal\nf:interrupted\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:knows\nf:l\nf:ledger\nf:lerna\nf:lfs\nf:lib\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:live\nf:llama\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:low\nf:lua\nf:m\nf:main\nf:make\nf:markdownlint\nf:medium\nf:meson\nf:message\nf:metadata\nf:microsoft\nf:missing\nf:mix\nf:mnt\nf:models\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:new\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:npm\nf:npx\nf:number\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:one\nf:open\nf:operating\nf:opt\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:panic\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:pulling\nf:pyproject\nf:pytest\nf:python\nf:r\nf:rake\nf:ran\nf:range\nf:read\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:repository\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restricted\nf:result\nf:results\nf:return\nf:returns\nf:reuse\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rustc\nf:rustup\nf:s\nf:safety\nf:scan\nf:scanned\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:see\nf:self\nf:sensor\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:shell\nf:shellcheck\nf:short\nf:should\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:status\nf:step\nf:steps\nf:string\nf:subject\nf:submodules\nf:success\nf:successfully\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:task\nf:team\nf:temporarily\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tmp\nf:to\nf:token\nf:too\nf:took\nf:toolchain\nf:total\nf:traceback\nf:trim\nf:true\nf:try\nf:tsc\nf:type\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unformatted\nf:unfortunately\nf:unit\nf:unknown\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:using\nf:usr\nf:v1\nf:value\nf:var\nf:variable\nf:venv\nf:version\nf:via\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:we\nf:web\nf:webpack\nf:what\nf:when\nf:with\nf:worker\nf:working\nf:workspace\nf:workspaces\nf:would\nf:writing\nf:x\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:access\nnw:account\nnw:action\nnw:actionpack\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:also\nnw:always\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:assembly\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:avoid\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:british\nnw:broken\nnw:browser\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:builtin\nnw:bundle\nnw:bundler\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cart\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:central\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:coding\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:coverage\nnw:cpp\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:csquotes\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:date\nnw:debug\nnw:decimal\nnw:declaration\nnw:def\nnw:default\nnw:defined\nnw:deleting\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:did\nnw:diff\nnw:different\nnw:digest\nnw:dir\nnw:directive\nnw:directory\nnw:disable\nnw:disabled\nnw:discount\nnw:dist\nnw:distribution\nnw:django\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documentation\nnw:documents\nnw:does\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:en\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:ependen\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:eslint\nnw:est\nnw:ethereum\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fatal\nnw:fdiagnostics\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatting\nnw:formed\nnw:forum\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:g\nnw:gateway\nnw:gcc\nnw:gemfile\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:greater\nnw:greeting\nnw:group\nnw:groups\nnw:gulp\nnw:gyp\nnw:h\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hashmap\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:holds\nnw:home\nnw:hook\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instructions\nnw:instrument\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:invoice\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:iso8601\nnw:issue\nnw:issues\nnw:it\nnw:item\nnw:items\nnw:j\nnw:jar\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:left\nnw:lein\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:library\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:looking\nnw:low\nnw:lower\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:manager\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:member\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:microsoft\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mismatch\nnw:missing\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:name\nnw:namespace\nnw:native\nnw:ne2\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:note\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:open\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:padding\nnw:page\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parsed\nnw:parser\nnw:parsing\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pd\nnw:pelago\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pipenv\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pods\nnw:policy\nnw:pom\nnw:pool\nnw:possible\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reassigned\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repositories\nnw:repository\nnw:request\nnw:requested\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:romannumeral\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rubyonrails\nnw:ruff\nnw:rule\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s0246\nnw:same\nnw:sample\nnw:samples\nnw:satisfies\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:sensor\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:shade\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shutdown\nnw:signal\nnw:simple\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:solution\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:spell\nnw:spelling\nnw:splitting\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:style\nnw:sub\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:symfony\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:take\nnw:tally\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:teamcity\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terraform\nnw:test\nnw:test_create\nnw:test_error\nnw:test_fail\nnw:test_features\nnw:test_low_stock_threshold\nnw:test_run\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:tex\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:toml\nnw:too\nnw:took\nnw:toolbox\nnw:tooling\nnw:tools\nnw:topic\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:typo\nnw:u\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:unexpected\nnw:unicode\nnw:unit\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:vite\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yarnpkg\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a07\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a62\nw:aashish\nw:ab0x\nw:ability\nw:able\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:accept\nw:access\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:action\nw:action_actionlint\nw:actionlint\nw:actionpack\nw:actions\nw:activemodel\nw:activerecord\nw:actual\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:address\nw:addresses\nw:admin\nw:advisories\nw:advisory\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:all\nw:allocation\nw:allow\nw:allowed\nw:alpha1\nw:alphabetical\nw:already\nw:also\nw:always\nw:amd64\nw:amount\nw:ampere\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:and\nw:android\nw:annotation\nw:annotations\nw:anonymous\nw:ansi\nw:answer\nw:any\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:app\nw:appcompat\nw:apple\nw:application\nw:apply\nw:approval\nw:approved\nw:approx\nw:apps\nw:apr\nw:apt\nw:arch\nw:archinstall\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assert\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:associated\nw:ast\nw:async\nw:async_hooks\nw:at\nw:attempt\nw:attempts\nw:attribute\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatic\nw:automatically\nw:automation\nw:available\nw:avg\nw:avoid\nw:await\nw:awesomeness\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b6\nw:b7c1d6e3f\nw:babel\nw:backend\nw:backoff\nw:backtrace\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:based\nw:baseline\nw:bash\nw:basic\nw:bats\nw:bazel\nw:bb\nw:bc\nw:be\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:behavior\nw:behind\nw:being\nw:below\nw:benchmarks\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigquery\nw:billing\nw:bin\nw:binary\nw:bind\nw:bintray\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:blur\nw:bodies\nw:body\nw:book\nw:bookmarks\nw:bookworm\nw:bool\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:bound\nw:bounds\nw:br\nw:branch\nw:breadcrumbs\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:browser\nw:brulee\nw:bs\nw:bucket\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:builddir\nw:builder\nw:building\nw:buildkite\nw:builds\nw:buildx\nw:built\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c1d2e3\nw:c1e\nw:c2065\nw:c2086\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cached\nw:cachedir\nw:cacheprovider\nw:call\nw:call_once\nw:callback\nw:called\nw:calling\nw:calls\nw:can\nw:canceled\nw:cancelling\nw:cannot\nw:capability\nw:captioner\nw:capture\nw:cardreader\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:castle\nw:cat\nw:catch\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cell\nw:central\nw:cfg\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:chapter3\nw:char\nw:characters\nw:chars\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:circle\nw:circleci\nw:circus\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:closure\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codegen\nw:codehaus\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:color\nw:colors\nw:column\nw:columns\nw:com\nw:come\nw:comma\nw:command\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:common\nw:comms\nw:communication\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:component\nw:component_test\nw:components\nw:composer\nw:compute\nw:computed\nw:concepts\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:console\nw:const\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:containing\nw:content\nw:contents\nw:context\nw:continue\nw:contrib\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:converted\nw:cop\nw:copy\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:correctness\nw:cosmos\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:coupon\nw:coverage\nw:covered\nw:cp\nw:cpp\nw:cpu\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:creme\nw:cronjs\nw:cross\nw:crypto_sign\nw:cryptography\nw:crystal\nw:cs\nw:cspell\nw:csproj\nw:css\nw:cstuff\nw:csvkit\nw:csys\nw:ctest\nw:curl\nw:current\nw:currently\nw:cusr\nw:custom\nw:cwiki\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d1c2f4a\nw:d1f\nw:d2c1e0f\nw:d2f6c0b\nw:d55\nw:d_\nw:daemon\nw:dangerously\nw:dart\nw:dashboard\nw:dashes\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:david\nw:days\nw:db\nw:dbkit\nw:dd\nw:deadline\nw:deb\nw:deb12u1\nw:debian\nw:debug\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:decode\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defined\nw:defining\nw:defs\nw:degraded\nw:delete\nw:deleted\nw:deleting\nw:delimiter\nw:demo\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:dereferenced\nw:derived\nw:desc\nw:describe\nw:description\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detector\nw:detectors\nw:detekt\nw:dev\nw:develop\nw:developer\nw:development\nw:device\nw:devops\nw:diag\nw:diagnostic\nw:diagnostics\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:digest\nw:dir\nw:directly\nw:directory\nw:disable\nw:disabled\nw:discount\nw:discovered\nw:display\nw:dist\nw:distribution\nw:distributions\nw:dists\nw:div\nw:division\nw:django\nw:dll\nw:do\nw:doc\nw:docker\nw:dockerfile\nw:docs\nw:docstring\nw:document\nw:documentation\nw:documents\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:drone\nw:dronelink\nw:dropdown\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dsl\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:during\nw:e\nw:e0277\nw:e0308\nw:e0401\nw:e0425\nw:e1101\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e3\nw:e401\nw:e503\nw:e8f\nw:e_\nw:e_path\nw:each\nw:echo\nw:eclipse\nw:edge\nw:editor\nw:egeria\nw:either\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empty\nw:enable\nw:enabled\nw:encoding\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:engine\nw:engineers\nw:enough\nw:ensure\nw:entering\nw:entities\nw:entity\nw:entry\nw:env\nw:environment\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:eslint\nw:est\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:event\nw:events\nw:every\nw:ex\nw:example\nw:examples\nw:exceeded\nw:exception\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:experimental\nw:explain\nw:explicit\nw:explicitly\nw:export\nw:exported\nw:exports\nw:expr\nw:express\nw:expression\nw:expressions\nw:exs\nw:extension\nw:extensions\nw:external\nw:extra\nw:extraheader\nw:extras\nw:f\nw:f1d2c3b\nw:f401\nw:f403\nw:f53616\nw:f841\nw:f909ac5\nw:f_to_c\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fallback\nw:false\nw:family\nw:fast\nw:fatal\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetcher\nw:fetching\nw:few\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fix\nw:fixable\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flagged\nw:flags\nw:flake\nw:flavor\nw:flawfinder\nw:flotilla\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forge\nw:fork\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:found\nw:foundation\nw:fp4\nw:fragment\nw:frames\nw:framework\nw:free\nw:freetype\nw:fresh\nw:from\nw:frozen\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functionality\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g4q\nw:g8001\nw:g_\nw:gateway\nw:gateway_addresses\nw:gcc\nw:gcd_import\nw:gconnect\nw:gem\nw:gemfile\nw:gems\nw:gen\nw:generate\nw:generated\nw:generating\nw:generation\nw:generator\nw:geo\nw:get\nw:get_sources\nw:getaddrinfo\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:gi\nw:git\nw:github\nw:gitlab\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:greater\nw:green\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:groups\nw:guilouro\nw:gulp\nw:gyp\nw:h\nw:h0m0s\nw:h5\nw:h600\nw:h_\nw:had\nw:hadrian\nw:handbook\nw:handle\nw:handler\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashes\nw:hashmap\nw:haskell\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:heads\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hhp\nw:hi\nw:hidden\nw:high\nw:higher\nw:hint\nw:hit\nw:hits\nw:hive\nw:home\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:https\nw:hub\nw:i\nw:i_\nw:ibis\nw:ibis_bigquery\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idx\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:immediately\nw:immutable\nw:impl\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importing\nw:importlib\nw:imports\nw:in\nw:inc\nw:include\nw:included\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:index\nw:indicates\nw:ineffective\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initial\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inner\nw:input\nw:insensitive\nw:inside\nw:insights\nw:inspected\nw:install\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interface\nw:intermediate\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:isn\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:its\nw:itself\nw:j\nw:j2\nw:jar\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetty\nw:job\nw:jobs\nw:jonesn\nw:jooq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julian\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:k\nw:k8s\nw:kata\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keygen\nw:keymanapp\nw:keys\nw:keystore\nw:keyword\nw:ki\nw:kill\nw:killed\nw:kilobytes\nw:kiriyaga\nw:km_to_miles\nw:knob\nw:known\nw:koch\nw:kotlin\nw:kt\nw:kts\nw:kube\nw:kyryl\nw:l\nw:l3\nw:l3008\nw:l3013\nw:l_\nw:label\nw:landing\nw:lang\nw:language\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:ld\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libc\nw:libc6\nw:library\nw:libs\nw:libtonode\nw:license\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:likely\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:locate\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:looking\nw:looks\nw:loomy\nw:loosely\nw:lost\nw:low\nw:lower\nw:lower_snake_case\nw:ls\nw:lspconfig\nw:lua\nw:m\nw:m0s\nw:m2\nw:m2repository\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:making\nw:malicious\nw:manager\nw:mani\nw:manifests\nw:manually\nw:many\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:master\nw:match\nw:matcher\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maven\nw:maven2\nw:max\nw:maximum\nw:may\nw:maybe\nw:mcgdiff\nw:md\nw:mdi\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:media\nw:meeting\nw:megalinter\nw:member\nw:memory\nw:merge\nw:meson\nw:message\nw:messages\nw:metadata\nw:meter\nw:method\nw:metrics\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minitest\nw:minutes\nw:mirror\nw:mismatch\nw:mismatched\nw:missing\nw:missing_offset\nw:mission_impl\nw:mix\nw:mjs\nw:ml\nw:mocha\nw:mod\nw:mode\nw:model\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:more\nw:move\nw:moved\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:multiple\nw:multiple___\nw:multiplication\nw:must\nw:mut\nw:mutual\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:nami\nw:native\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netfx40\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newline\nw:newtonsoft\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:null\nw:nullable\nw:number\nw:numeric\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:older\nw:ole\nw:omit\nw:on\nw:once\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:openemr\nw:openproject\nw:operating\nw:operation\nw:operations\nw:operator\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outer\nw:output\nw:output_prefix\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:p\nw:pack\nw:package\nw:packages\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:panic\nw:panicked\nw:panicking\nw:panics_on_zero\nw:parallel\nw:param\nw:parameter\nw:parcel\nw:parens\nw:parentheses\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:password\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:pb\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:person\nw:persona_flutter\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pin\nw:pinned\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:plans\nw:platform\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:pmd\nw:pnpm\nw:pod\nw:pods\nw:podspec\nw:policies\nw:policy\nw:polymer\nw:pom\nw:pool\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:power\nw:pp\nw:pr\nw:pre\nw:prebuild\nw:prebuilt\nw:prefix\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparing\nw:preprocessing\nw:prereleases\nw:prettier\nw:prevent\nw:previous\nw:previously\nw:price\nw:print\nw:printed\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:processor\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:proxy\nw:prune\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:pure\nw:py\nw:py3\nw:pylint\nw:pypa\nw:pypi\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python3\nw:q\nw:qty\nw:quant\nw:quantity\nw:quartz\nw:queries\nw:query\nw:queue\nw:queued\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:random\nw:rate\nw:ratelimit\nw:raw\nw:ray6y\nw:rb\nw:re\nw:reached\nw:react\nw:read\nw:reading\nw:readme\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:recorded\nw:records\nw:ref\nw:refactoring\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:register\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:relative\nw:release\nw:releases\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:renamed\nw:render\nw:renders\nw:repack\nw:replace\nw:repo\nw:report\nw:reported\nw:reporter\nw:reports\nw:repos\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restricted\nw:result\nw:results\nw:retail\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returning\nw:returns\nw:reuse\nw:reused\nw:rev\nw:review\nw:revision\nw:revive\nw:rf\nw:right\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:roundtrip\nw:router\nw:routes\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safety\nw:same\nw:sample\nw:sandbox\nw:sardonyx\nw:sata\nw:satisfies\nw:satisfy\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schema\nw:scm\nw:scope\nw:score\nw:scratch\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:sec\nw:second\nw:seconds\nw:secret\nw:secs\nw:section\nw:section_end\nw:section_start\nw:securedrop_client\nw:security\nw:see\nw:seed\nw:seeds\nw:seem\nw:select\nw:selected\nw:selector\nw:selectors\nw:self\nw:semicolon\nw:send\nw:sensor\nw:sensors\nw:separate\nw:sequential\nw:server\nw:service\nw:services\nw:session\nw:set\nw:sets\nw:setting\nw:settings\nw:setup\nw:severity\nw:sh\nw:sha\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shipkit\nw:shivammathur\nw:shop\nw:shopco\nw:shopfront\nw:short\nw:shorturl\nw:should\nw:should_\nw:show\nw:shrinkwrap\nw:shutdown\nw:side\nw:sign\nw:signal\nw:signed\nw:signedness\nw:significantly\nw:simdjson\nw:simple\nw:simplified\nw:simulators\nw:sin\nw:since\nw:single\nw:site\nw:sites\nw:skip\nw:skipped\nw:skipping\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:socket\nw:sockeye\nw:software\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:sorted\nw:source\nw:sources\nw:space\nw:spaces\nw:spec\nw:specific\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stack\nw:stackage\nw:stacktrace\nw:stage\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:status\nw:std\nw:stderr\nw:stdlib\nw:stdout\nw:stdune\nw:step\nw:step_script\nw:steps\nw:still\nw:stopped\nw:store\nw:storefront\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:style\nw:styled\nw:styles\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodules\nw:subprocess\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:sun\nw:support\nw:supported\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:svg\nw:swift\nw:switch\nw:switched\nw:symbol\nw:symfony\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t09\nw:t10_00_00_000\nw:t12\nw:t17\nw:t20\nw:t21\nw:t_\nw:tab\nw:tabs\nw:tag\nw:tags\nw:take\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:tarball\nw:target\nw:targets\nw:task\nw:task_queues\nw:tasks\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:telemetry\nw:temp\nw:template\nw:templates\nw:temporalio\nw:temporarily\nw:temporary\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:tested\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:them\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thread\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:toml\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:tooling\nw:tools\nw:toomanyrequests\nw:top\nw:topologies\nw:total\nw:tpl\nw:trace\nw:traceback\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transform\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:true\nw:truncate\nw:trusty\nw:truthy\nw:try\nw:trying\nw:ts\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:turbo\nw:tutor\nw:two\nw:txt\nw:type\nw:typecheck\nw:types\nw:typing\nw:typo\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:u64\nw:ubuntu\nw:ubuntu1_amd64\nw:ubuntu24\nw:ubuntu2404\nw:ui\nw:uikit\nw:unable\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:unix\nw:unknown\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unoptimized\nw:unordered\nw:unpack\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unset\nw:unsigned\nw:unsupported\nw:until\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgrading\nw:upload\nw:uploading\nw:upstream\nw:uri\nw:url\nw:urllib3\nw:us\nw:usage\nw:use\nw:used\nw:user\nw:userguide\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:uuid\nw:uv\nw:uvu\nw:v\nw:v0\nw:v1\nw:v10\nw:v2\nw:v20\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:vagrant\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variant\nw:variants\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:version\nw:versions\nw:via\nw:view\nw:views\nw:violations\nw:viper\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:watch\nw:wdio\nw:we\nw:web\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:welcome\nw:well\nw:went\nw:were\nw:werror\nw:what\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:why\nw:widgets\nw:wiki\nw:will\nw:win22\nw:window\nw:windows\nw:windows2022\nw:with\nw:within\nw:without\nw:wlctl\nw:word\nw:words\nw:work\nw:worker\nw:workflow\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:world\nw:would\nw:wrap\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x86\nw:x86_64\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xfailed\nw:xg66\nw:xml\nw:xs\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarn\nw:yesterday\nw:yet\nw:yml\nw:you\nw:your\nw:z\nw:zero\nw:zig\nw:zigler\nw:zip\nw:zstd",
    causeBias: -116,
    cause: 'BAAVANb/3//i/xcABQDE/9z/LAC8/7//zv8sAL7/yv/D/z0AGADY/8z/rf8jANb/3//W/+T/BQA6AM3/GQA9ANv/MwBJAPn/qv+z/xYAxv/O/9f/HwDZ/9b/5f/f/7n/6f95/yUATgC3/+X/1P/6//T/NACa/x0AGwCj/zAASgAAAOb/HgDm/xkA7v81AB4Ayf8WAMf/JQAVAOP/4//y/9b/0P/l/9//5//l/4n/QQCj/xwAyP8aABcA1v8UABAAHwAUAGIAGAArADgAOQAbAOX/OQDf/+r/v/9DADMATQCp/xEAZQCQ/yYA1f/J/yIAFQC4/zIAFgDU/+n/uP/R/1AAKQDk/9//u/8mAPj/TQC7/zEAzv/B/3v//P8ZACIANwDi/zIALgAiABcAtv84ANT/FADj/zIA5/9kACQAUwAcAOb/HwB4/+f/y/9HAKf/p/82ANz/T//i/7n/FwDS/wYA0P+n/8X/6v84AKr/3v87ANf/vP+2/83/LABYABQApv/N/8X/5v+M/+X/t//J/8z/EgAoAJ7/GgC6/yQAuP8XAEIAzf87AL//JQAyACAAj/8sAEcA1/8bAIP/GQAOANf/GwDm/ykAJQAaABoAGgAaABUAPgDh/yAAxf/U/7r/NQAsACYAyf+2/xsA/v8uAJX/HgAEALH/MwAqANL/yv/Z/zAA0f8QAL3/s/+5/zYANwDI/+L/0f/r/y8AyP8xABUAEAAZALn/CgDP/+T/+v+j/+L/2v9M/xQAjP+7/yYA3P+p/z8At/+h/+P/3f8WAIT/CgAeAKz/YwAcANT/AAAfAF8AGQDo/0wANABOABwAQwDB/9T/PACm/97/GwAYAL//4/8gANv/4//I/+X/r//d/9//u/8VANX/8v9pABoADADq/6T/GQAGABYAj/8lAMz/xP/7/6//FAAgAEUAVwC0/2MANwA2AAEAlf/e/63/bgAiAB4A8v9xAEMA4//z/w0Auf/l/ysA3/8CANX/IgD+/9L/y/84AJ7/vP8gAMj/yv/m/83/q//d/xsA/f/m/zgA+P/f/yEAvv/9/xsABgDB/zEAsf/N/+f/JQDn/xYAKQDd/z4AMgAXALv/GQAfAN3/1f/n/yYACgC//8z/6v/e/xgA0//n/+b/DADq/yYA5P+n/xkAKgAYAOj/OABJAMj/uP8KANr/KQAEALb/vv/X/9b/3/8zAAIANwDZ//z/GQCz/8X/QgD2/zQAJABNABkA1//l/y8A5P+V/8z/yP+y/8j/wv/h/xUAvf/K/x0AHQAVALj/3P/V/9b/AADM/93/6v8lAOP/wP/K/6f/uf9IAOD/tf8aACsApf/a/+X/JABVAH3/uP8kAEQAHAAzADAAqP8UABoA1v8gALH/FADO/zMAP/+m/5X/wf8WAP3/4v/n/9//6/8mAJX/IwAZALX/2//q/6r/vP+y/xEAGAAaALz/3f/H/7n/KgDG/6r/w/+j/x0AJADS/2v/IQAWAN3/1v8jABUAFQAJANT/oP/n/+r/IQDk/+r/2/8ZAOX/BgDZ/zUA5P8mABgANwALABwAFwAZANP/1v8uAMH/AQAaAKr/6//l/xQAwf8YALz/MADh/wgAIADr/9P/FwDF/08A2/8VACAA9v/p/x8AIAAvALr/2v8XALv/zv8fAML/LwAjAMT/DwARANn/FAC4/z0Asv/s/+r//v8MAOr/CAAGAPD/5v/M/y0AMAA/ABgAFQAVADUALADq/yAA0//b/xwAFAAtABwAyf/h/+D/BwALADMAFQAXAC4ACQDq/ywAGwA4AJT/NQAcAB8AFADq/8X/IQC7/zEANADT/xoAMQAVANb/FwDS/6b/JgD+/1kAHAAZABcATADU/xUALgA+AD0ANgANADUAzf8UAPv/LgAlABYAGwDU/xgA1P+1/xYA3P+u/zEAqf8jAIv/GADm/9f/JwDY/8D/tv8gALL/wf98/7j/i//T/9D/1v/h/5L/zP/m/zAA2f8XAP7/NQB2/+H/GQAZAJ//6f8qACIAa/8sABQAo//p/yIAFAC9/+r/HAAkABUAIgDg/6z/FQDZ/+f/BQD///n/4/8RADgABgDE/8X/IADR/8z/yv/X/ykACwDl/9b/OwDf/9b/pf+//+v/0f8aALD/lf++/97/4//j/8H/5P87ADsAmv9z/5H/g//b/8L/5v/b/6X/NADm/0MA4v+6/y0AFADX/xcASgAxAMj/AAAZABsALQAzAEsA5f8mAMP/JwBDACMAFABEAAcA3v8YABUAFADO/xkAKwAIAJ3/5v8YADsAs//q/yIAFQAwADUA0P83ACcA0/8YABcA4v8XABgAHABoABcAvv/R/yQA8f/M/+r/0v8uALf/6P+w/53/6P/h/8j/xf9DAAoAx/8iAMb/OwAaAKT/GwAZAFwA4f/l/7f/KQA7ACIAJAAUAOv/FADS/wIA0v/b/xoA4f8CABoA3//m/7T/MwAzADAAq/8pAMb/1f+r/8n/y//s/+v/sf8VALX/AQDe/3T/zP8UAND/5P85AB0AfP8/AM//5f/d/xIAMwAWABgA7P8MAL///f+U/5r/q//P/xgAsP8PAAwAJgDC/xQADACs/8L/NQAaANP/0v/h/8v/GwD7/6f/KQDE/8T/i/+q/x0AGgAXABcA2v/q/xkA6//P/9b/z//R/6n/KwANAJD/vv/g/0oAOwD4/xkAUQA6AAMAq/8nAN//JgBfACkACgCv/6f/FADP/83/yP8fAAMA0P+z/wwAHQA8AB8At/+6/yYAPAAWAC0A2P/Z/8f/vP+h/73/8f8kAL7/CQCO/6X/yP8SANL/4v8MALX/LQAaAOf/tf/c/8T/FAAgAB4AzP8kANr/nf8gAPv/AwBAAPD/q/+j/7z/HwDZ/9b/KgAkACsAFgAZAMT/5f/f/+n/LQC1/8r/3P80ABYA6P8sAOH/qP+D/9X/4f85AOT/0//C/5P/v/+z/83/qP9u/9D/r//j/zUAGADA/7j/JAAYACwAGQAYAHQAsv8/ANz/DgA4ADEAUgAZAC0AHACW/xUAFwAzACIAFAB//7//0/+r/9z/u/8PAM7/kP+d/wIAMwDI/yEAJADc/x0AvP8kAFQA5f/l/+L/uf/q/yMAuv/W/xYAKwDf/7n/NADU/8z/JwAXAOH/zv8+ALv/LwDC/8n/tP8hAIIAFQAqANL/2//0/yQACwCj/xwA6v+Z/9f/wf+v/zoAHgCC/yEA8f8mAM//sP/H/5//BwDK/+v/IADi/+v/IgC+/xkAGQDK/9T/tf+h/87/6f+0/7j/5f8kACIAFAC9/xQAtv/N/9P/4f/b/9b/GgAVABkA6f8aAOL/zP8PAOv/GQDQ/8//JgDg/x8A6P8NAJb/ov+N//r/N/+y/8n/5/8iADcANwAUAOv/IwDf/+H/1v/Q/xoA6P/a/+H/FgDS/+P/5P/o/zoA1v/F/xQAzf+x/8//z/8ZAP3/3P/e/9r/LwAiADkA9/9TAE4AQwAlACYA0/8DAPz/IgD//yYADwAMABwASgA9ALv/0f/P/xYAAADm/yEAqP/c/9f/EwDO/9n/1f+l/93/4P/m/9b/FgCU/7X/JgAWANX/FQD9/xUAFADo/+v/zP8lALz/u//F/+P/of/U/7v/5P8eAAYAwv+n/7H/zP+w/+D/4v+z/8X/CgDA/zQAHwDv/7f/y//l/zYAHgDl/8n/KwC0/7j/CwAiABQAm/+I/9T/FwCo/0cANgAhAEEA7P9AAPL/JAAeAOH/IAC4/9b/r//n//v/UADZ//D/1P8IAOX/0f/h/+n/yv/O/8z/0//h/2D/vv8MALn/EgArABQAPQAfAMn/GQAxAGv/OQC9/xIAGQAZAAsAFQDQ/4z/+f/O/wEAIQBRANf/4f/S/xoA3f8VAOT/nf/L/+f/tv9CAOL/KADY/+D/GgAVAN//zv9HAAIAJgAiABsA6/+e/9f/MwDd/zkA6f/B/zkA4/8dAAoABABe/83/PgAeAOX/KgAUABcAKwDp/4r/JQD6/w0AOgDb/+H/tP8zAPn/LQAlANX/4v8+AOr/0f8tAEkAKQAAAK3/z//D/8//xv/h/8L/JADg/zUAKQCn/9//sv/7/wIAGADA/8v/0P/f/9D/GwCv/xUANQDZ/+T/j/+k/+r/JQAyAAsA+v8WACQAKgAQACcAXADU/87/4//J/+z/NgDr/5X/HgCs/4//KgDj/xoA5//R/wgA4f8DAAEAxf/N/6r/xP+M/yYACgDJ/8H/FQAZABEAMgDo/9b/sP89ALv/WwDd/yMAeQAaANn/FwC2/ycADgAmAND/5f/f/wcAOADr/zgAOAAUALz/OwAZAN3/GgDF//P/NgDc/y4AMgB7/zoA3v8wAML/2P/C/8X/0f8+ABUA5f/I/9b/FADi/x4A0//c/9L/2f/r/wYA5P/P/1EAMAAwABsAGwC0/9//w/8mAMf/GQDG/+b/4f82AOX/4v/n/+v/FQBGAN3/x/8hAOv/5f8VABUAIgAuABQAKwA2AOL/GQA8ADAAu/8VAOP/PgDZ/+X/GQAmAEkAtf8wAAUAQgAVAND/JwDe/+v/GQAkAFYAt//l/6T/SwAIADMAsv/j/9X/vv/q/+b/0/8xAAkABQC7/9n/FQDk/+b/HQCz/xoAMQC7/+X/FgArABIArP8wACgAGwDN/+r/0v/R/9X/FwDZ/x0AAQAcAB4A9//3/0kAHQDP/9f/xP/Z/9L/v//r/6P/4//k/0IA7P/4/7T/CwAzABUA5/+r/7L/4f9zAM7/nf/h/xgAIAAHAJ7/6v85AL3/6v9u/8D/8P8UADgA8f8UAM7/1v/E/9z/MgAOACYAIwDc/9n/LwCI/xYAOABPAB8A0/8UADcA2/8PALT/2f8YAJn/0f8UABQADQAiABQABQDl/7z/4f8hAEAArP/l/xQAFAAqALL/vP8uANf//v/1/xoAGgCr/8T/GQA2APv/TgB/AOv/mP9IADgARgDS/y8AAgD8/xYAAAAVACQASAATAM7/tP/j//X/AgAcAA0A6v87AP//OAALAOv/AADg/+r/GQAGAE8AFADt/yEAOAAYACMAIgA4ADkAGwDl/yEAOQDf/9v/LQAUACwA4v+//+z/x/8nANP/xv+9/yEAQwDi/87/IgDZ/8v/KQC3/77/MAA6AB0A3P/X/8P/QQAZANX/JQAYABgA1f/D/9n/2f8VACIANwDo/9j/GQA1/9j/sf+N/9T/5f+R/zAAIAA2AD4APgD3/8L/s//W/yAA3//+/zQAZP/X/3gAXwDh/xoAGQAYAD0ANQDh/6//KgDi/zYAIQA4ACMAyv8gADQAyf9QABkAqf8fAMz/1P8ZAO3/DgDW/+T/q/8lADAAt/+8/xkAOAA9ADYAMADZ/4IAOgDR//T/NgADADgA6v8VAFQAKQDp/xUA4P8nAPn/8v8dACIAsv/7//L/MQBNACYAXgDD/zgAw/88ADcAHgDp/wIAIwA0ANf/0/81ABoAFQBZAEoASwBFAEwAJwAxABUAFgDE/67/+/9NAKv/NgApAOb/wv/c/9P/MwA5ANP/SgD4/w4A4P+y/yIANADL/wwAJAAfAM7/NQDW/9b/zf+w/xcALwDK/0UABgDK/yYABwDh/xsAKADl/wEArv/q/xQAz/8bAEcAz/+p/yMAVwAqADkAKQApANz/IwAyACMAz//L/8D/1//H/9b/1/8RAOH/IgDC/8L/xv8OANb/+//l/x0AMgAmAOf/5f/B/87/1v/W/7j/GQAeABQA3f8BANv/BgDg/wQA6v9DAEUAXwAMAKr/5/8ZACcArf8mAFAAPgCP/0oAIAAJADwAIgAtAFgAof83ABwAm//L/+H/NgAmANP/JQApANP/3f+6/xQAOAAUANH/FQDq/xQA4v8iAI7/IgDI/+//DwD+/7H/LAAXAA4A4v+7/xkA6/8WANT/LgDp/y0Amv8aANr/LwAuAPv/MQDa/yYA0P+h/zIAIADF/+H/CQAmAMX/awAwAPb/MQAaABoAFQDL/+b/1P8zAC4Ax/84ABYAGQBQAFMASQAcAO//6P82ALr/rf8GAMT/QgA8ACYAvf/q/0cAFgBoANj/6P/g/1EALQDf/zAAJgAxAPX/DwALANf/z//I/yUAzf8VANH/cv+5/+X/wP/l/4b/5f+2/83/2P+w/4j/vv/f/yYA5v/k/8n/4v8CAB4AHwA8AG//sf/+/yYAJQDO/wIAof8wAOb/MQDy/xQAFAA3AC8AYwDc/yIA0P/p/8D/RQDB/+H/NQDw/8j/5/81AKX/vf+4/wcAGADm/x8Au/+u/7P/BQA3ADQALQDV/y4AKAA+ACMA4/8gABgAIgAZAMf/3//F/6r/eP+T/9f/QgC2/3P/zv+8/3n/2f8mAMz/QABAABwAGgDV/+b/xP/e/ysAJADE/8//xf8mACoAIgAvACYA0f/R/93/GAALAAEAQAACABgAyv8fAMD/1f/l/+H/0/8NADYA8v/F/2cA5f8mAFcAIADb/7r/IAAYACAAMABr/8n/4f/r/yQA2P8sAOT/IAAWAND/1/8VAAgA4P/Z/+3/KgAOANr/FgDS/9f/FQAZAOf/w//+/x0A+//t/8b/NQC8/0IA6f8kAOn/JgCq/00AGQAfAHQAb/89APL/FQAQAD4AGQAbABkAOQDq/yYAZgDh/0cAGwAmAMb/tP8mACIA4/+4/xkAyP8mAM3/r/8IAK//KQDn/zsAFACv/9H/s/8LAKj/FgDD/y8Azv/b/x8A5P+h/x0Azf+p/+r/IgAVACIAz/8lADEAwP+d/7n/4f+l/6//5v/c/8D/GQDg/77/4f+9/6L/wv/m/+v/xP/m/6z/3v8WADcAyP/0/1QA3v8UAD4Ay/8/ADwALgCo/93/7P/0/9n/FgDO//r/1P8KACIALQAaAJf/0//S/xUAOgCv/xoA4P+5/xYAyf8XALD/gf/X/4H/cwCj/73/DgAvAEYA5f/j/xgAyP/p/9n/d/+p/9X/OAAhAIj/vv/V/ykA1P/A/xkAjv+i/+//nv/C/+r/MADr/9n/4/++/8D/y//c/8//cP9v/zYA4/+Y/+P/FQDB/+T/3v+c/+f/vv4CAAYA3f89ABQACgASACgAGgAUAOP/4//Q/9T/xf8YAOH/vv/X/zQAIAAVACwANwBf/8v/Tf+3/+b/GwDl/ysAFgD+/43/GQCj////3P9Q/wQA1f8m////FgAOAKv/JQAnAM7/GwAcABsApP8fANv/AQDk/yIA5f/3/zIAHwDl/7//5/8pALb/GADd/z0AxP8WAOP/FQA/ANf/FQDB/5f/BQAtAA8A3/8nAKn/AQDj/w8AIACS/yIA3/86ANP/FwAZAMH/QwAkAAIA4v8jABIAHQAZAKH/6v8dANv/NADB/yEAFQC8//3/FABAAPL/FADl/6P/wv9RAOH/3P/b/xYAnv/A/xoAGgApANX/HQDD/9D/zP/T/9f/yP+4/+v/FADH/9L/3f/O/1AA5f+0/xgAGQAXAOr/5f/V/+H/1v80ABoAzf8PANL/9v/n//j/2f/X/+z/cQAiABgAzv+5/yoAHgDE/zEAa//B/+X/5P/M/+X/4f/l/8X/QABtAKv/4f8VABcA5//3/9L/6/8eANr/FQDn/zkAlP/X/8H//f/e/xkA8f/r/+3/nv8VACcAGwDI/8b/JgDI/+P/SwDV/xgAKwDD/+b/3//i/xUA1v/q/9L/6P8eAFUA3v/C/93/DADN/wIA1P/e/xsA7P/U/wwA9/85ALr/QAAsANL/t//9/+f/LwDf/yMAz/8ZABwAHwD8/57/FAA/ADQA0//R/zAAFwAkAOL/0//K/97/s//Q/xgAyP/T/9f/wf/p/8H/vP82ANH/yf+//+j/t/+9/6z/uv9w/6z/0f8iANz/4f/l/9n/4f+1/yoAFQAnAMn/GwDN/7//MgAYANn/HwCp/4z/xP/E/+D/zf++/xYAJQBDAK3/1//i/xUAHAA5ANH/sP+5/xgAJQDU/04At//l/6n/v//C/6f/MwBMAE8AfP/k/yQA4v/E/8b/DAAyADMAvv8iAC0AOgAUADQAoP8VAPj/5f8yALf/JQC3/xcA0//3/x0A0//O/9z/KAArACYAMAAcABQAFADW/yoAIQDn/+v/GAAWAB8Azf+d/7z/4v/M/8//2f+0/9j/AQDm/8r/2P+9/5b/3P+i/7f/Z/8vACAAJAAiADUAvv8VAM7/OgD7/w0Avf8zABgAzv+P/xwA3P/g/8H/vP/E/ykAGQDB/9z/MACC/9j/6//p/xcACQAmADcAMAAWABcAFwC7/8D/6//r/9f/4f/J/ygA6v+8/97/BwDO/8L/uP8dAB0AHQDE/yIAyf/P/xoA2f8kADoA3P8qAMj/4/8mAB0AFQABABgA5v++/xYAof/I/8T/JgCx/xgAHwC2/9X/x/8DAB0AGAAdAC8AFQA6ANX/U/8VACYA6/8qAOD/u/8BAJz/JwAoALP/FQBuAOD/GQAfAPP/MQAfAEAAIADl/zoAMwCw/x8AEACZ/wcAFADo/ykAFwAkANL/FwDw/xgAwP/r/zUAwf/q/9X/xv/e/+b/3v/I/9//3P8hACQAKgDg/5T/0//m/9v/SgDX/9f/BgAUAD0AsP/q/wEAu/8aAOf/FwATAMv/GgDB/+D/tP/l/+v/xv/p/9v/0v/D/+v/1P+F/yAA4//K/2D/JgDG/9//jf8gANP/GgDj/+X/QgAVACQAKgDg/7z/FQAVABQAFAAQAFcAFAA+ABUA6P8UABYAGAAYADkAy//+/8L/w/+5/zMALQDk/zQAzP/0/wgAIAAiAOL/wf8ZADMAGQA3ADcA+v/r/ycAGwDN/0MA5v9TAMr/GQBmABcAFgAfADAAFwDn/xcAGgAVACkAJgA2AAYA4f/L/+v/LAAuAFcAFAC3/9n/MwAJAO3/9//r//T/NgBCAK//GgDl/oAANQCn/1sAzP8yABoA3f/W/xQAFADm/9b/GgCm/xcAHQDW/83/1v/F/+f/gv/i/z0ARAC0/93/zv+5/8H/3/+i/zkAFQAiADYAOgDy/8n/1P+0/zYAIwDe/yMA5v8oADAAGgCr/+b/sf/q/8//0v/M/7f/JQBv/zAAtf8GABUA5v+r/9D/pf8/AOb/FQAYAN7/FgACABQAUgAgAPf/3f8yACEA9/+//93/2v/X/00A+/8PABcAOAAmAE8AKgBA/1YAof/L/xwA4P8aABQASQAgACEAJwAUANn/EQAwACgAMQACAIv/FAAUAPr/4v8WAKP/2f/O/+D/PgAoAEoA6//n/0kA9P+o/+H////h/+b/tf/d/9H/NADP//b/KAALAMn/0f++/ykAsv8NAC4AGACV/+L/4P++/x4AwP/Z/0IA6f8UAK3/7P8qALz/MQDQ//L/KAA4ABUAQQA7AOf/KgBRABcAFwAZAMr/FgAWADUAGQBAAMH/OgAtABAAKgA1AOT/EABv/77/MAAfAE0Avv/Z/+D/PQDJ/83/xf8CACMA3v81AKz/yf+w/9P/1f8XAOb/GQAbAMD/OgDA/wUAxv/2/27/tP/B/yQADgAkADQAMgAZACsAFQARALP/kf9yAMj/wP/x/+L/6/8/ABgA3f/T/+H/LQAbABkA1v/g/87/3P8WAKz/u//n/woAFAAzALD/PQC5/+r/ev/p/+D/jP8yAMj/UgDV//D/SwBKAGn/w/8LAIH/MAApADMA2P8OANL/2//Q/93/IQAfADsAJQCo/8T/LwDT/9X/KQDb/9L/+P8VADQA+P8QAAkAIAC//zUAp/8XAB0Ar//W/0gA5/8rACQAIgDh/8v/HADa/w4A1f/d//P/3P/g/xwAHwDn/xQAHQAWACMA6/8UADMAvv8aAOb/JQAfAAIA5v+//8j/PAArAMf/4v83AB8A3v/s/8n/GgAcADsAiP8dABwAVv8cAOv/IAA4ALj/hv9CAB0AGwCu/+r/JgAUAOD/6P8zAJz/KQDK/yoAOAA+AE8ABQAiADkAQQAvAAAAHwAoADUAJABQADwAQAAUABQAKgAMADoAHAAyAAcA5/+n/yEAFADC/5T/0/8kADMAJgD9/zUAFAAnAN//ov/e/0gAHwDe/xUALwAcADkAIgA2ADIAFQAbAK//vf+8/xEA5f/T/97/6v8cADAA/f+p/97/2f/s/zoA5v8bAOb/4P+8/yQAGAApABkA4v8iAOr/OQAiABUAMgApACEA8/8mAOP/yP/j/+P/4//7//T/HQBFABkAIgAmADQAyP+6/yAAdgCq/w0AZgCz/xoANAA4AOn/FQDl/77/3f8uABUAOgDB/yAA5P8OAOv/9/9H/57/q/8MABQAOAAdADEAGgAJAAoAyf/R/77/1f/R/1gAKgDk/0kAcQA//8X/IACs/xoA0v/H/xgAJQDp/8X/pf+0/xoAMgAiAMT/5P8kACsAFgBJAMD/TwAwAD8Atf9BANH/6/8sANf/GgAaABoAGgAUAM3/5/+o/7f/tv/f/yQAFgAmAPD/tv/S/xUAJgAPAJr/IgAqAIv/KAAmABQA1//o/x4A0P/d/8v/0//d/9X/zP/P/5L/0v+Q/9f/PgCP/wgAHwDE/ykAtf82AOz/zf83ANb/LwCs/yAAHwAvABwARAAUAND/MgDg/zkAAgAoAP7/AgAaANb/1P/k/+H/4P/E/8H//P/a/8//6f+3/9//Vv9XAOv/6//J/6r/1P/O/+j/BwDm/+H/4//d/zMAJwDb/9v/4f/C/+f/NAC6/9j/HwAlABQAGwAjAO//CgDP/5//OQD0/y4AGwDc/9H/DQAlADgAIgA3ANX/yv82AMz/x/8WANP/GgBqAFsAKgAsAMj/sv+2/wwAHQAwACEA6//N/zEAIgDE/9P/yf85AKz/+v/l/7//4f8sANP/z//B/+n/sf+0/8z/vv8QAK7/xP+2/73/EQAfAOP/nv/U/xoA0v/g/+D/3f+5/0cAuv9Y/7//5v/m/ysAy//g/8f/2P8KABQA5v/e/+b/OQAVAJr/3f+x/+n/GwDW/w4A4f/L/+v/L//i/yEA8v8fADgAx////yoA2P+H/3H/bgAKANT/tf///xQAyf/X/+X/5f+j/zAAz//n/wQA3v/S/+P/0v/d/8//0/8lAK3/5f/r/6b/PwDD/w0A1P/Z/7T/RwDE/+L/HQAqACIAu//S/wAAFgAUAP7/GADU/97/FACZ/yQAMwDi/y0ALwAlABQAIgAxAPX/GQAiAAAAKwAyAKj/RQAzACwAJAAUACoAHAD+/xYAqv8QABwA6/80AOL/4v8lADUAVAAUADcAIADM/6b/4v+7/+P/OwDi/yIAOgAtALf/yf8qADkAk/+z/93/4v86AOb/JQA5ABEAFQAUALT/yf8TAOH/5f8MADAAxP/s/ykA6f8aAN7/yP8mANP/HQDA/9z/Zf8mALD/6P/c/+H/of/8/9X/GQDN/yIAHwDA/xQAJAAaANn/AgArABwA+f8wAMz/MAAVABQAJgDL/xgA5v9NACEAFQDA/zAA2v8hANz/FgD2/xwAGQDn/+z/7/8DABwAFgDj/77/JQDH/8L/4/90/+H/sP8ZAEsA/v8dADsA0P/o/7//2P/W/7P/NAC1/8v/JwALAOD/IwDe/7D/GAC2/7D/MADH/+D/IQDd/9D/uf/J/+r/v//U/x8AHgCq/yIAGgABADwABQAgACAA9//S//b/5v8FAPP/r/8AAP//x//6/zIA7//m/x0AFAD2/xcAKQDm/xQAFwAFAMv/AQDS/+f/JAAZABcAuv8ZABwAHAAaALL/2f/J/0cAFADl/7v/JgAsABQAIQDD/xQAFQAVACIAIQDv/9f/1P8yAL7/u/8xABMA5v8bAFQAIAD0/zYAw/8pAOP/0v+z/8P/MgA2AOv/x/+x/9H/4v/U/wMAx//o/9f/FQCx/8j/xv+9/9D/5f8oAN7/of/B/zEAMwAyAOX/3/8PANb/MAAwACoApP8cADQAhf/g/0gA2P+u/37/n/+j/1AA6/+m/xwALADA//j/MgD2/+f/sf+b/9z/sf+r/5X/r//J/7v/yP/L/+f/2f/q/9f/w/+7//3/1f+N/zcA6P/e/xgAHQDl/+X/4//q/9P/IAAiAOz/MAAwACkA0f/5/xkAx//h/zAADgAUABUAGgC3/xwA5//V/8T/GQAiABcANgAVABUACgDX/7//IQDT/4X/u/8NANv/2//X/xgA4P83AML/GQA1ACYA6v+//3T/HgBe/97/3P+4/9D/qv+U//z/BQAVALb/FAAcAN7/8v/h/yYA0f/g/5L/4P8nAC0ACQAiACIA5f/B/yQAzv/i/0gADwAeAOD/1P8aAC0ALQDc/+H/KgDp/+v/wf8mAOT/DgDF/5z/FgAfAAgAwP8ZANP/1P8UABgA0/8cADEAJgAxAJ7/4P8dABkA6v/m/zUAs/8yAPr/FQDT/97/w//T/7b/1P8BACIAJgDU/yEAFADT/z8AAgAWACEA4f/I/8D/HACk/7r/yP/R/7j/5P/l/87/2/8JADcA1v/8/6L/t//E/6X/uf/l/9f/6P+Q/wIAHwCq/zgAHgDM/+z/LQDK/8L/GQAyAC8ABQAgAPn/m/++/8r/CABbALj/MADX//n/GQAFAKX/NwCe/yYADADT/+L//f+l/xwA4v8JAHEAgv8FABoA0P8YANT/6v8YAEEAsv+T/23/4f8iAAYALgA+AEUAGgALANz/FADO/+X/0/8XALv/nv8RAAUAMwDe/9L/qf/o/ysANQBpAKL/2v8gAOT/5v/T/7b/lv+2/yAAKAAtAN//FAAnAM7/HQAUACIAJQDm/xcA0/+h/+//HADT/xUAFQDq/9z/+//e/9r/0/8mANv/sP8ZANL/IQDW/+b/0f+c/9j/3v8VAND/4/+7/7z/RQAUABQAaAAVACIAFQDE/xkASwAsAMn/HwD8/8//6v/p/zQA5v/S/ysANgAlACYALgDs/yIA+/9DAM3/JgBAAEAA6//l/+P/u//h/8//rf+w/8X/5v+1/yQAIgArALn/wP8hABkAwf8fAKv/NgAVALX/zf/S/+b/pP/g/8b/t//K/yIA5P+z/8//xv+9/7X/yv+8/+T/yv8zAMH/xf8uABoANwA7AL//3//T/y8AMgA1ALz/FAA3ACsAwP8ZADoAGADE/9D/CgCx/xwAu/8gACEAaAAaADEA2f/j/zkAIwAXABQAIwDN/8D/u//d/93/5P/d/83/MwAUABQAmf8mANb/JgCz/8b/e/+s/9f/uf/P/zUA1v/X/8X/5f+6/+X/t//S/zwAtf+6/8T/IgAlAB4ACgD4/xoAu/8YAOH/jv8bAOP/TwCs/xQANgAFAC4Ax//I/6f/BwBCADAAlv/q/9z/CwAyAM7/FAAjAND/2/8uAEIA5//D/y8A//80AK7/FQDr/6//UwAfAOL/qv9KAMX/s/+s/zUAw/92/z8A9f/k/6f/tf8BAL7/of/s/zEA6//M/+L/GwAUAA8A1P/l/8L/o/+3/9r/NAC2/+//zP/d/xcA7v8tANP/JgDr/4n/GQCI/6r/4f81AAoAwP8cAG//FQBu/xkAOv/c/x8AyP8D/xcAHwAeAI//CwA/ABcA3f+G/xEAsf8WAKb/xP80AKn/IgBaAOL/tv8UACQA5v/m/+b/FwDE/9f/wP+y/9P/4P+2/7//vv/Z//b/HQB6/7D/OwCl/8//BQDB/0kAt/8bACIAEQBZANv/rP/q/+b/0f9NAPT/2v8LABQAXAAgAP//HwC+/8j/GAADACEAzP+z/zMAzf/V/xwAGQAhAB4AFAAXACwAIgDd/93/tP8VABUAAgDp/xQAFQArAO3/MgDA/9L/4/8aADEAFgDj/+P/yP/j/9T/GADh/+z/N/8aAOb/u/8fAN//x/+V/97/LQDF/+j/4P/h/9z/6f+1/73/FgC9/9f/if/j/3f/u//e/8r/FgAbAEMACgAGAMz/y//q/00A0/8AAK3/CgBFAM//z//g/9f/tv85AOf/yf+n/57/OwDI/zcAwv/n/xoA5P/q/zUAHwAWAMv/wP/N/xQAHwA9AGMAMwDV/6v/i/9GANP/0v+0/5P/tf/W/7n/wf/J/6D/zv/f/7z/sf8lACgAAQBZAOn/EADb/0UA6/8QABEA1v/Q/9P/HgAYAIj/1/8fAB4Ayf/Y/4z/yf/F/77/0/+u/8P/xP9CADUAMAA3AA8AKADW/0IAu/8aABQAGgAZADoAGAAZACUAFwBCADgASQDW/9b/4/8XABkA6P8LANz/1f/d//P/yf/B/+v/xv8qAMX/t//v/ygAkv/+/0MA9P+y/7n/3f8fAPn/4f8ZAEkAsP8tACYAIgDc/9P/KwD//1YAp//w/2wAGAAcAIn/FADh/8//DgDV/xQAFAAWANz/FwA5ACkACwAbABsAMAAoAKv/MwAjAAsAJgC3//v/0v/5/xAAUgAxAB8AKgAnANn/z/8sAA8AFQDw/73/4P8lABoAFABAABcA2/8WAAwAHwArABQANQAUAM//wP8kAK3/8P80AFAAGAAwADoA3/8DADQA9P8VABQArf9JACYAv//m/wUA4//p/xQAJwAXAOv/OQD8/7n/xv/E/5b/9v/g/+v/pP+N/+D/5v/P//X/VgDW/+//r//h/8f/GQDG/53/GAA8ABcAp/+J/+L/2f8oAMn/2v/B/x8A0f+3/9z/qv+n/73/0v8kAAYA1//H/9P/1P/Q/87/vv/e/6D/1f8LAMb/xv/I/z8AGwDJ/ykAHwDL/9b/z/8PAOH/yf+k/7v/FwDl/xcAGwAUANr/HgAtABsAKADY/xQAFQD8/xoAy/86ADMAUP/B/xgA5f8sACcA2/+3/yIAAgAnAOD/9f/T/zkAv//g/0AAw/+y/8z/CADb/+T/yP/T/+X/5f/z/0kAxP/T/x8AFgApAGX/PwDc/5r/sP/J/+D/FQAiACoAtP+g/8z/6f80AOP/6/8dABYADgAWACIA1v9KACYAYgCl/2UA2v8BAN//KgAKAB8AOAAhAOn/0v9ZAOj/0f8fAAcAMQDO/9b/KgAuAD8A1v8rADQA5v///wcAxf9GAJ//m/8JABQAFwAsALf/CADk/zcAJADX/9v/4//I/+X/r//d/8z/1//X/8P/hv+z/w4Auf+9/8n/xf+0/9L/GQDJ/+z/xf8WALD/LQDT/1n/sP8IALT/DwC7/xoAZf/H/xcANAAZAM7/wv8jANn/6//r/0MA+v+5/xQAOQDR/yIA0P/l/w4AGAAkAMD/5//a/8f/1v8lAEgA5v/P/+L/nf+8/8L/oP8fAMn/z/+X/8v/DQASAK3/NQDC//P/7P/1/8X/7v+8/0YA3P8rAOX/2P+3/7z/3v/N/z0A1v8zADMALQB5/y8AFwBKAEUAIAAzAPD/5f8hALT/BwD7/83/qf83AN//ov+7/9f/YACu/wwALgC//6z/yf/+/wkAWQAaAKv/0/9CABcA6//8//T/mP+4/x8ABgAFAAoABAAu/wYA2v8xAL3/SwCH/yMAuf8RAKD/zP8GAAUApf++/7f/0v8KAMH/1P8ZAMD/7//d/8b/9P/0/wQA9//o/xkAFgAFAL7/GgCz/37/uf/V/6z/BgAVABgA4P80ADEAMwDI/7r/s//E/77/0/+0/6v/AQAuACUANgAmAF0AoP+3/9L/wf/v/8b/FwAoACIAIADP/8T/1v/k//f/PgAaACsA/P8CAAYAxv8ZABgA4//r/0kAFQAkANH/LQD9/9n/BQDW/xgAFADr/zEAs//T/xoAJgAVACEA9P/f/xoAJAAZAOX/JADj/9b/1/9DAAgA2P+a/zcA1f/P/7z/mv+5/w4AxP8gAPH/3/+h/yEAMgDg/6n/vf83ACUA2P/R/xQANgDv/wYAGgAtABYAkf8WAN7/sv8pAMX/u//x/+3/0f+n//v/awDs//j/EQD6/5z/Ef+7/zYAff/b/xoAIQC9/43/AQADABcANQAiADAA2P8hAM//1v86ANb/wP8rANz/4P+9/xkAPgDj/wUAyf/l/+j////m/xQAKQCp/w4AFAAYANP/wf8fAMz/HQAYABUAFQAVAC8Atf8pAC8AHQAdANP/3P+j/8b/HQC3/x0ARgAjANr/xv9dALL//P+9/yMALQAyAM7/0f/o/93/uP/H/8X/JgAiACIACgDr/zEA4v+i/9T/TQA6AOT/TwDm/xUAGQAXAC4Awv8dAAUAFAAhADkAKwDf/xcAHQAWAMr/+P+p/zMAKgDb/zEAGwDL/+r/9f8HACAAFgC8/z4ABAC7/wUAGADi/xcAAwDM/0QA6v8bAAkA5v/d/xcASQD//yEAwv80AMH/QgA9ANL/9f/V/8D/RQDV/wkAEwAkAMP/1/8/AMj/HQDL/xQANwA9AND/GQDj/6j/1v/J/7b/NgAqAOL/wf8XABwAMQDd/yYAzf+c/7//4P/A/8T/IADi/57/3f+l/xcAFADP/7f/5v8cAJn/wv/C/93/2f/F/+D/yP/a/0QARADl/zIAHwAcANT/4P/Z/+n/GAAUAJf/DwAaABUAHQDH/y0A9P/f/y0A0/8xAAIAw/8MALD/3f8HALT/x/8/ADUA0/81ADUAHgAQABcAOAAXABUAxP84ABQAFgDS/yUAFwCr/9H/HACp/0cAGgDV/5L/nf8LADoACgCo/xkAMQDo/6z/EADt/yYAFAAdADEAqv8sAPr/6v/K/xUA4f8UAOH/4f83ACEApv/f/9H/uf+2/08AWQACANf/JgAgAJ3/YwAmADYANwAzABYAIgAYABwAIAA3ANf/HwBEACEAGwA2ABoAKAAaADsAOQAiABUAFQBFAMr/KAAiAJz/HwC2/6j/xP/N/xUA4v+T/4v//////1AAPADP/zcACgDm/zoAz/8rADAADgBMADUA6//r/yEA/v/b/ysAdP/i/9v//f/n/8T/0/+b/+T/x//y/87/IQCN/67/PAA1AB4AIwAjAOn/IQBAACoAtP/m/9P/wf/Q/xQAwv/W/zAA8f8YACYAGgAyADIAGgA1ANX/sv/h/xsAMwAWAI3/1//C/0MA4f/T/xQA2P/T/xQA4v/I/+r/FAADABQABwAUACEAAwDX/+v/n/8cAMX/5v/F/+P/0P/A/83/5//B/yAAHwDZ//7/yP8bABsANQAXANX/OADN/73/rf/W/+T/tv/Z/woAGwDw/9n/IQAVAOT/lf/g/7n/0P/g/8//BwDq/+P/3//l/x0Awv80AN3/+/8BAPv/QABXAEwALQD7/0cAy//e/0gAGgDn/y8A2/8lAOj/EQAXAB8A5//a/7H/0//2/ysA0P9HACQAIgAWAMj/b/9FAKj/JgC9/6j/qP9WAMj/FQDi/7//OwAcAOn/FQC4/+H/6f8iAAUA9f/g/+H/IwDH/8f/w/8VABAAwv/s/+f/1f9AAAQARAA2ADAACwAkAGEAIwAkAEIAlv+1/93/DgAZABUA+//q/yQA4/80ACAAuf+k/xYAt/8aANv/z/+0/+P/JQAoACIA/P+t/97/HQDi/+T/3/8xADIAHgDX/7j/1f8pAEsA3f+o/00AGAB0/+f/sP81ABcA5/8VADUAKQAvADUA4f8jABwAKQAcAMT/xv/+/93/SwDP/+X/3P/L/87/QgArADgAVADN/zIA6P8wAFYA2v/S/9z/IgDJ/y4Ax/8RAMr/IQAVAEQAKgDx/yYAOwDX/0UA0f+2//z/OQDd/zgAGgBTACQA9P/H/4r/AQAmACYA1/+z/yoA5f8yAL7/tv/l/+X/+P/h/4z/CQA1ABkAMgCK/xQAy//V//b/AQAvAPf/tv/O/9n/xP+0/wYAzf/C/xUAVQDM/8D/2f/H//3/CAASANz/HwAwAPz/7//n/zsAof8fABgA5v/k/9//zf++/xgAvv+s/8L/3f+v/8v/3f/C/8n/9//h/+j/0f/e/83/zf/R/97/lP/b/8j/HADZ/8D/2f/W/+P/sv/T/x0AHwB+/97/uf8hANb/rP/f/9X/yP+7/wcA6P/n/+r/xP/+/7n/FwDW/9z/2f/c/xQA0f/F/7//4v/V/8v/AQDl/9b/ff/i/17/QADp/5H/SAC8/8D/AAAiAMv/xP8VADMAEwBrAPz/1f/g/5f/IgAYAB0A2f8UANf/NgDS/+D/0/8NACAAqv8XACEAFgDp/93/3P++/6v/OAAUABQA0//n/+T/6P81ABEA0P///yAAQgDp/77/IgAWAOT/HADp/9n/u/+3/0sAXf+GANj/GwAIAAEAGQArAFT/sP+i/yUAKQAfABkAlv/G/wUA8f8nAPT/xf8AACAAKQAVADoAHQAUAOX/yf8YAPb/CgAVACAAzf/B/9P/5v+0/9n/av+k/1UAyP/v/8D/qv9r/xsAmf8FALX/PwAVACUAhwDU/8T/of+Q/5//hv+R/zz/SgD5/yQAJwAwAMj/MwCl/4X/9P8YABUAm/8gAPv/BQBK/6//PwBMABQAkf+2/w4ALQAjALb/OP+t/7//0v+5/yv/tv89AKn/jv+G/z0AxP+m/ygA8f8x/6j/IQBcAGj/YP+y/9H/gf+2/ykAf/+T/zkAOQBe/zMAIQBIANL/AQBVAJH/sf8gAF7/x/8mAK///v+M/3IAJABFALT/4f+e/6z/W/9JADYA9P8SAPv/zv9hAPj/lv8IAP7/uf8TAPj/1P/E/7P/OABe/+7/HwDO/8D/RQBOACAAs//L/4j/PAAmAP//+f8dAFoAPgAKACQAiv+W/xgAJwAlAGT/eP/f/+D//v/U/3D/JQDP/6v/JgDP/8r/DQDP/5z/8v/V/0L/HQAV////OgBx/3MAAgCE/5H/GADF/8H/FAC7/6j/PwDX/8H/IwDi/wYAw/90/6L/IwCj/8f/2v9xAM7/a//l/0AAcP/W/6D/kP9j/8D/3P/c/xkA8f+3/1j/mv9x/4H/6f/D/8T/bgCK/6T/v//p/53/f/8WACAAo/9t/8H/r/9v/zwAHwCh/wAAlv8eAKj/vv8pAKb/qP+d/63/KgCT/7r/nP/A/8j/QACv/7n/l/8BAPX/Vv/L/zoATAAUABQAIQCz/9b/tf+s/1IAXwBs/5v/sv/f/1P/NwD1/2n/9P/F/5f/tP+q/9L/FgBcAHX/EwCy/yYAZf8RAFcAqv/o/6P/dv8PABkAJQDD/5H/1P+2/6D/xv/B/6T/q/8wACj/MwCL/5//pP+F/3P/uf/J/xAA2v8dAMf/av/T/xcAtf93/8v/nP9r/5r/hv///9v/0f8lADr/zf+l/wQAyv/W/xEAs/+f/7b/AwAwAKb/CwD6/6T/LwAuAJv/TAAa/zr/Fv+w/9b//v+m//z/BQC4/4n/d/+7/9H/fP+g/zkAkP95/9f/kP94/3b/q//D//X/i//B/ygAsP8tACIAkP8TAJX/+f9OAHz/1/9r/8n/jv9x/5r/g/9s/6D/CgDJ/6v/OgBQ/8P/nf/u//f/mv+w/6D/GwAPAEgAwf8bAN7/+v/Q/6T/EADK/wUAqv/e/yEA5/+s/5r/rP9HAPP/wf8TACkA4P8dAKT/1f+4/y4Ab/+w/jUAmf/J/zQArv8PAIX/nf/L/yUAdf+7/igAAgCM/zsAMAAzAPn/UgDD/6v/sf+0/7L/uP9v/xwA5/8bADkA0//8/ov/9P86AEAASQASAK7/1//A/0YAVf+p/wMAsP+j/8L/rP+d/rH/nf8IABUAawDI/xYAPAArAMT/FwAaALj/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8cAOP/bf/F/+z/zACaAA8A7P/o/+b/af+u/67/CABYADn+MgCBAHP/XQAcAKf/FgCu/xEAiP8VAP7/BQDW/9//4v8dABcAAgA3ANn//P9dAPf/9f8tAPb/NADW/+3/2f/l/y8AIgBu/87/HQDJ/18Aqf8fABQA9/+t//3/pP/B/0gAxv/B/xoACACU/10Av/9RADEA0P8uAO//FgAAAOL/5/+9/7z/6P/N/1YA3P8kAJr/nP8MAH3/KgAVAOn/uf8ZAO7/5f/1//z/DwCw/9X/FwDy/yQAFQD6/x8A3v/4/wgAIgDi/7n/SQAeAEcAJAA/ABgArP8VABAADQAYABUA1f/3/y4A7f8aADYAlf/k/zUAu//9/67/zv+s/yYAGwAuACkAJADM/4L/FAAmACAABgDF/9//1P/y/3L/xv80AMD/HAAiAEgAFACD/7//HAC2/7T/z/+w/8n/s/8kAEAAt/8JAKz/+v/2/+X/1v8gADsA3/8aABYA1v8nAOT/kv/K/7v/9v+9//X/vf/O/6f/tv8DAML/BgC7/zAAMwDi/zIAPACz//z/6v8cANX/e//T/93/sP/5/xcAKwA9AOL/LQDy/xwA/v8KADEAKADG/xoANAA1AOf/GQBxAKv/JgDY/ygA5/+y/xQA6/8IAC8AFADW/77/tP/S/7f/CgDC/8f/AgDT/xoA1v/h/wIAGgAXAPH/4//q/6b/FAAIABcAyP8ZAPf/vP/o/8L/6/+x/wMAqf+g/xsAKwDg/67/LQAMAAkAz//N/87/GQAeALz/HwDZ/9b/GQAFAOX/3/+5/9T/6f9HANL/CQCj/+D/r//S/7v/4f8dADoAz/+P/wcATgA/AIEAMwAiAP//FACr////MwDI/xcAtf/8/+T/rv+m//L/VAD7/zQAGwDI/ysAKwDK/8z/xf80ANT/zv/0/73/+v8RACIA2//x//7/wf8AAMr/CwAgAAAA0//S/+j/vv/s//n/QAC//0sArv/N/9P/KADa/8r/6//M/w8A6/8qABAA4//p/8T/6P8mANP/sv/8/6P/KwAjAKX/kf9CAO//2/86AIj/4/+p/8//z/9AAMX/5P8DANT/pv8iAFAAOQAgACYADwDc/8v/DAAcAEoADQA9ALn/jP/P/8v/GAAMAOb/IgAsALj/1v8LAE0A8/8wAK3/t//c/9T/IgDW/xkA3/9NAPT/HAA4AAgAu//9/8b/2f/n/77/PQAvAP7/rP+9/yYA9f8ZANX/5f++/yAAJADY/9//wv/j/1kAAQDn/8f/tv9MACwA8/8mACIA7v9Y/9r/2v9BAEYAAgDk/7n/KACQ/w4A7v/c/83/xf9CAMj/5f8PADgAKwDQ/+//JQCG/9X/rf8+ABQA6v8cAEkABgCZ/8//rP+f/9L/4P/p/x0Auv8WAOr/TgBDAKj/r//M/xUAwv+B/+r/MgAAAPr/FgAkAP//DwAaALL/zv+x/+P/n/8dAKX/1f/j/yMA5//R//7/DgDW/yYA0P/l/9//5/84AND/GgC8/zgAtf+t/8X//f8lAK//MgAEAIH/wv+s/wEA0f/9/0gAFQDl/7L/6v+6/8T/z/9RAFMALwDc/9//1v/G/3L/yP8zAMD/6//C/x4A8P/6/73/z/8UACsAuv83ADYABgBAAAkAEgBWALn/RQCp/wYA7f+3/xUAAQD//x4Atf8DAOz/MQC7/8r/tv+f/7f/fACx/zAAKAD6/8j/o/8EAMH/DADZ/xcA4P8uADgA2f9DADwAAAASAFL/6f/i/+j/IwANAFoAuP8mAP//wf/q/6r/2v9QAPL/5f/c/7r/AAD3/14AJgDs/+X/CwC0/+X/2f/G/6n/AQAUAP3/wv/6/8j/6P8AADMAFADl/yoAsv+o/y4A5//X//7/AgAWAJ3/HgAiAJT/LgAmAB0AGAAYAPb/KwA4ADkAGwDl/yEAOQBOAN//GwDi/8z/2P/s/wsAJwDT/9T/rP8BAAoALQCd/0MA4v+g//n/1f+R/8T//v8AAOP/tP/M/2UAEwAZAND/xf8lALj/3/+m/+f/zP8fAJn/2f/C/+3/SwAZAAsANwBTAGUAGwDk/8L/wv8nACIAwv9iAM3/0//S/5//zv/x/7n/pv8cAPz/HwC2/wgAHQCw/7f/0//E/+b/q/8NAB0A1f+hAOf/tP+b/9H/3P/v/6H/wv/H/14Avf8YANb/zP+8//T/3P8CAB8A6v+9/9z/KABKANX/yf/T/+D/JgCr/ykALwDD/+T/GQC//5P/DgAUABwANQCU/+H/7f+4/zUAXQDU/y4A6f8tAOf/kQDh/9D/3/8YANT/4P/5/9j/2/8eAFQA8//i/xUAJQC1/+T/of/I/+f/ov+7/+b/OQArABgADgDL/8b/u//U/6r/s/9IADEAqf8rANf/cP/Z/yYAyf9PANX/xf+q/7j/uf+r/xwAJgAhAOr/7P/9/yYAz//R/9j/HwAYAMr/9P+Z/yAA9v8MAOj/AgDb/xsAJQDH/6r/TQAZABoALwASABgA/P8eAG8A6/8iAOP/DwDd/wMAKgCo/zEA//+C/7n/1/+v/+b/BgDe/7P/EwAVALv/qv/J/+H/1v+s/77/FgAZACIAZgAgADIAGgDT/9L/FQBOAMn/IQDi/x0Aw/9x/+r/NQBZAA4Atv9QAKf/KQAjANv/1P8AAPn/CgDn/ycAFACo/37/BQDB////NAATAPv//v+u/wcAzP8DACcAzf/r/xsApP/a/yIA5f8RALz/MQAYAN3/PQD8/xwAEwDg/xUAJQDR/xUAJAAjAN//1v8TAEoA0/8mAPb/q/8KAKP/CADs/0QA6/8TAML/v/+z/yUAFgCd/ywAAgD8/8X/KgApANX/HQC1/8T/UAATAOP/m/8hAPH/xP8SADMA+f+i/67/x//W/wwAUwATAP7/IACh/+X/5f/l/+H/LwBKABUAIgDs/8H//v8AAB4ANwAcAGgA9v9dANP/OwDR/0QAKADN/7X/lv9FAMD/gP8iAPj/yf/e/xMAvf/E/7j/GwD9/83/h//i/wkA0f/q/xEAKgAPAJr/u/8KAHX/PAArAD4AHAAUAEoA2P8WANL/7f/+/5z/nv8MAB8Aov+t/4X/OAD2/xoAJAAyAMD/NQDa/7r/3P8LAL//8/9EAJr/FgAWANb/of/r/+v/1/8AAOX/GgDE/8H/qP/i//f/GgDS/zcA3P8IACoA1v9AAL7/LgAZAO7/yP/U/+X/OgAzAML/nP9cAN7/+//O/5D/w/8RAOn/FwD0/8X/3/8FANf/1//X/+X/rv/G/63/6f/j/9L/ev/s/6f/v//T/xoAFQC8//f/IQAOABQAHgAYADkA0v8EAOj/+f8/AKb/4v8KAPr/6//U/zMASADN/xUAqwDo/+b/UwDK/wcAhf8jABQAKQAlAMj/BgCr/xEAMgD7/xUAzf8oACsAGAAZALb/sf/H//3/KwAqABMAAABSAPL/q/9v/9//NACl/7P/DQC7/yQA6P+v//7/z/+9/8z/t/8lAG//CQADABQAy//C/00AZgAiAAcAIwDP/77/JQA/ANn/KQDk/y0Ayf/k/xYAzv+i/8X/9P/l/7n/DwDN/zQAz//k//P/FgADAMn/FgDR/7//KQC2/+r/w//S/wIAp/+8/7z/AQAUABMAKwDM//n/FwAiALr/9f/B/83/xf8MABcAp/+w/9P/1f9JAOz/IgAbAJv/wP8yAPv/QgDI/+H/DwDD/8X/tv/J//H/OAC3/w4A2/+6/wYABwDl/+L/HwANAKj/xP8VAND/x/+p/8L/1f8pAA8ADAAMAB8AQwCn/x0A8f8EAOf/FgDu/yYA+//Q/6j/9f8nAOP/PgAEAMj/IACD/8j/LwAeAKz/0f/x/67/qf/r/2gAqf+2/xEAGAAlABEA3v/q/yAA5P8UAOD/6P84ABIAyv9GADgAYgAbABQAJgDn/wkAf/8WANT/8/8nAPj/6f8kAA0Azv/o/+D/LwDm/9P/3f/F//H/NAApACEACADP/+P/tP+6/+P/o//r/13/hgD//1oAGgAgAOD/5v/m/83/JAArABYAMgAlAOP/0v/p/y0AJQArABcAGgAaABoAGgAUAMb/tv/f/9H/LAD//9f/QgAUAHv/vP/h/7T/BwDc/73/DwDS/ysAv//C/7P/6/8IAOP/JwD8/+H/wv/C/1AAuv9aALD/OQB4/+r/i//x/ywA4v///67/0f/m/yoAcP/X/woA2/8DAAQAsf/p/4D/+v/J/7f/2f+0/xcAKACx/zcAu//S//X/FgAUABMANQA1APv/LgDU//b/u//J/+P/qv/+/+X/+f/E/9r/6v8aAA8AHQCS/7r/xv/E/2X/7f+5//3/2v96/w4ABAD2/xIAPQAVAMP/HQDH/9r/kf/a/w4ANwAPAPT/OwALANP/pf8mAOP/EgC1/xoAyP/q/8b/NQDQ/xUAIgBGANL/3f8XABMAxv+r/xoApv/N/zEASAAoANT/w/+y/7r/vP/i/9T/AwDc/+n/k//O/8b/tP/z/8z/AQDM/xYAMwAMAKr/mf8dAND/7/+9/9b//P8qAKT/HAA0AK3/yv/w/7L/rv+S/8b/OQAlAKH/KQATAN//BACm/yf/BgDq/7T/1P8JAMr/rv8YAPD/4/8zAOL/7P8wADAAKQCf/9H/4v/3/xwAyP/H/xoAPwAHACEAKgC8/xAAHQAiANf/IQC5//D/DQCA/xcA2f8mAKz/4P8WAPP/qv///zUAwP+1/9//vf/A/8n/qv86AP//mv8UAAAAEADy/+H/JgDo/+D/FQAzANP/GwCl/4v/3v8LABIAt//Y/xoALQDw/93/0f9KABIAGQDm/8T/AQAtABQA4P/h/xkA0v/q/7b/lv/k/wkA3P8cABUAt/+2/8v/wP+p/1IARwDx/8z/HwAqABgAHwDP/7v/JwAMAOr/AgD8/7n/r/+H//L/BAAeAMz/7P/J//n/6v/M/97/LwAvANT/6/8QABYAIAAXAGYAvv+S/w0Au/80AC0ApP+f/xQAHwDE/2IA+f/h/z0A3P/7/yQA3v/a/9P/CwA5ANT/FABJADYAFADZ/xUA5P++/+X/2P/e/xUAxf/X/xsAOgCz/93/GQBrABkA//8/AN//6v/F/+n/AAAmADYA3f8yACYA6f8KAKL/IwDP/ywA7P+l/+b///8kAOT/FwC7/53/+P/w/+n/HwDf/8H/6/8jAB0ATQCM/wcADwD1/yMAwv/E/wwACwA/AEEAMQDg/xgAqf+Q/+r/zf8ZAMb/nf+9/wcAfv+5/+b/1/+w/yMAMADa/+z/4v/l/+P/FwCs/xQA6P8gAAkAKAD3/xoApv/q/9z/CwANACwArv+k/8j//f/0//3/GgA0AML/LQDF/wwA8v/D/0sADgB5/87/BAAFAF0AAgDi/xQAAADd//3/wP+d/+f/vv/Z/wUAHgAUABcALAAiAN3/4//d/93/hv/E/ykALQALAOn/FAAVAEIAPADp/+L/FgDs/6b/GgCt/+L/4//j/77/+//e/+H/DwD2//b/3/9h/5H/JwCG/8X/HQB3/7v/0f8cAAYA1//P/woAx/+8/xUAGgA7/0kApf/4/+f/GgDJ/yAADQAGAJj/tf8FAMH/vf+5/xcANQD//yUA5/8yABEAq//o/7H/MwDJ/+3/2P/a/7v/rv/1/67/ZgAaAB8AGgAZADoAGABIAAQAJQAXAEIAAQDI/9b/1v/7/xMAzf/Z/7X/9f+6/8b/KgDo/6v/AwAoACwAy/+k/9L/PAC+//n/3P8ZAEgAsP/6/3//GwAIAL//0/8YAAsAQgAZACUAAQAfAMr/TABRAAUA1v+B//n///9HAAQAGABDACcAu/8uABUAEgDg/3r/dP8eAAIArP/b/xgAPAD2/73/zv/V/5L/m//Q/yQAwv8EAAkA+f8zAKn//f+f/7z/GwATALf/wf/b//3/nv/y/9b/wf8BALH/MgBT/8P/3P83ABwAGwCk/yMALADQ/+j/BwDf/wYAy/8eABsAcP83ALX/HwB5/43/1v8HABQAJwAZANT/GwC9//X/zP8iALT/mf/z/0kAuv8fAOL/LgAAAJr/HwA2ALz/9v+Y/8z/DwCZ/6f/NQDb/+P/yP/l/6//3f+6/zMAtv+r/7v/v/8OAKj/lf/S/xkAFwA/APf/9v/O/67/EgDr/+v/LgBoAAgAuf/n/93/FADo/9D/BwCZ/w4AsP8rACgAJAARADAAJACr/zUAAQC8/7n/uP8FAKD/GgBWAMz/BgADAKX/mf/S/woAwf+2/9T/9f8ZALj/7//d/8b/+v/O/+b/BAD3/+j/CACt/6z/GwDb/7P/KAAcAJj/PwCR/+T/9/9pAEQAAgARABMAAACQ/77/AAC2/97/DwAnAOX/5f+F/0EA3v/A/x0Ao//s/10Asv8sALz/wf/o/9X/uP+0/w0AFwAQACsAvP+9/+L//f8eAAMAqv/F/7f/xP/x/9v/LACj//v/+/8/AOH/j/+w/7v/aQCl/9//MgAdAKv/KgCk/xgACwDT/6L/4/8aAAsA7//x/9r/QACx/yQADgDK/8f/OQA1AK7/NQAWACUAxP9RADYA5P8bAN3/CAAMABQAOAAdADEAnv+r/8v/FADh/+H/+f+2/08AYwBZAAIA2//b/0AAeQAqAKr/dgAUADIAMADI/wsAHQDI/8b/4v8KAEQANwACADwAz/83AOP/CgDh/zoAFwAtAPj/JgBIAD0A6/8tAMn/1f/k/7P/JwD4/xUApv+i/xQA//+m/7z/SgCO/xIAy/8eABgACgDO/97/wv/r/8f/fP/P/8X/6v8cAAQAQwDZ/+X/BwC//6z/6P/w//b/5P/0/5X/g/+z/7j/BwDI/+P/9f/3/8X/AQALAD4AMwAwAOf/IgDo/93/u//z/xoADwAQALv/xf/J/6j/KwCn/0cAlf/E/zAAKwDi//T/7P8GALH/PQA0AEQA2v8fAAUA9f/w/8f/x//j/wcAMgAKAML/3v8fAOf/NgBDAFIAz//d/+7/GgDb/8//5P/j/zgACwCv//v/CgC9/xwAnv8IANP/uf+y/7T/zv9AACsA1P/K/yIACQAnAPn/wP/w/0IA1f8HAOj/4//S/7X/mf/X/+H/xf/l/zIAqf/l/+D/DQD+/wIAIgAPAPv/k//h/4//IwDq/0EAQQDp/xoAQQDm/+j/HQAsANX/JwCO//7/PQAdAPr/v/8hAMv/OAAUAOT/AADK/xUAIADI/8r/IgAvAOn/zf8iAOb/yf8HAOr/FABz/73/2f/t/xsA+P8EAOf/NwCy/8z/4f/m/w==',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-69, -45, -9, -9, -66, -45, -11, -1],
    classWeights: '+P/k//D/CACg/+n/xP/S/+r/5f/q/9b/GADr/yIA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAA8/8AAAsA6//q/+3/6f8AAPv/FQD1//j/AAAAAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAA0P/u/+v/2f/k/xwA6f/X/+z/FQDt/+z/7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P8AAAAAAAD6/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xUA4f/n/+z/6//s/+r/3P8pANj/1//Z/9j/1//k/wAA9/8AAAAAAAAlAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/LgDB/9z/2f/W/9T/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/7P8UAOv/FQDt/+//7P/p/+v/AADw//H/9P8AAPf/7P/u/xQA7f/t/+3/9f/t/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPP/AADu/+3/7v/t/+z/6/8UAN//7//s/+v/7f/S//L/AAAAABQA6f/k/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/wAAAAAAAPn/AAAfAAAAAAAAAAAAAAAAAAAAAAAAAPP/7//u/+7/7P/v/+z/FADx/9T/LADO/9v/8//S/8n/7P/t/+//8P/2/+z/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+n/4P/e/9r/3v8ZAOL/FQDq//j/+f/2/+D/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/g/83/6//e/wAAyP/s/+z/7P/s/+z/7P8UAOz/2f/o/+z/EgDZ/+P/AAAAAAAAAAAAAAAAAAAAAAAAAADl/+b/4f/p/+X/6v/c/xkA2P8AANj/5//a/9j/AADp/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/5v/h/+H/9P/s/+b/HADk/+z/7P/s/+//7f/s/xQA7P/s/+7/9v/t/wAA+P8UAAAA7f8UAO//7P/t/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO7/AADx/wAA7P/u/+7/FQDs/wAA+/8AAAAA6//s/+z/7P/s/+z/7P/s/xQA7P/s/+z/3//u/+z/3//s/xQAAAAAAAAAAAAAAAAAAAAAAO3/5P/j/+j/0f/s/+z/GAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+3/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//Y/+v/7//o/xwA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/6//t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADW/9T/AADW/9T/AADV/9X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/r/+7/7P/w/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAA+P/s/+z/9P/t//H/FADr/+z/7P/s/+z/7//t/+z/FADt/+z/7P/t/+z/6//s/+z/FADY/+P/1P+c//j/3P8XAK//AAAAAAAAAAAAAAAAAAAAAM3/6P/c/+D/5P/l/yYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8A0v/J/2r/v//W/wYAlP/s/xQA8/8AAO7/7f/u/+3/6f/a//j/5f+R/3f/+P+j/wAAAAAAAAAAAAAAAAAAAADk//v/AAD7/wAAFADs//H/AADr/+r/+f/r/+n/6P8HAAAAAAAAAAAAAAAAAAAAAADf/+X/7P/m/+7/FAAAAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u//D/7P8UAO3/zv8VANj/3v/P/+z/DgDU/wAAAAAAAAAAAAAAAAAAAADs/+v/5//s/+3/6/8VAO3/7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAu/8eAM7/w//O/8z/2//h/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/6f8gAOn/6f/U/9b/3v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/wAAAADs/xQA8P/V/+f/6//h/+v/6P8gAOj/3f/k/87/4f/o/+T/IgDn/wAAAAAAAAAAAAAAAAAAAADr/83/2f/c/+3/GADW/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/c/x8A6P8AAOr/5//i/wAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/Z/8b/yP/I/x8A1//j/+z/7P8AAAAAFADs/+z/AAAJAMr/4f/j/9L/zf8SAM7/xv/C/xkAw//O/9n/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA0v/a/+D/4//h/yYA2//g/wAAAAAAAAAAAAAAAAAAAADs/+v/FADs//n/7P/q/+v/6P8bAOf/5f8AAO//6f/q/8z/wP8eANv/z//E//D/7//e/+r/7f/u/yAA2P/Z/+z/8//j/xQA6v/1/wAA7P+//wAAAAD6/wAAAAAPAAAA+f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/wf/A/wAAu//R/yMA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/+v/f/+H/6//s/9z/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/+X/AAD3/wAAHgDY/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xkA+v8AAAAAAADn//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+z/FADa/9z/6//i/+b/5/8XAOj/6P/p/+n/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/1/+r/7f8UAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/+z/6//s/+r/7P8VANb/y/8xAOL/6f/W/8j/3f/u/+z/AADa/+z/7P8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/8f/0/wAA9//s/+7/FAAAAAAAAAAAAAAAAAAAAAAA5f/g/97/KADw/9j/2P/Z/+v/AADj/9j/4//d/w8A2v8AAAAAAAAAAAAAAAAAAAAA0v/X/9b/1//k/9X/LQDb/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANf/1P/S/xMA2f/r/wAA+f/d/9H/3f/U/yUAw//m/8L/+P8TAAAAAAAAAO3/7v8AAOb/GwDq/wAA8//Y/93/3v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAA6v/s/+z/+P8AAOf/6P/z/+//7v/u/+z/7//s/xQAAAAAAAAAAAAAAAAAAAAAANH/4//m/9v/MgDf/+L/yP/M/97/zf/Q/+j/CwARAMz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7//r/+z/FAAAAAAAAAAAAAAAAAAAAAAA2//p//b/AAAAACQA4v/x/wAA6v/s/+z/+P8AAOf/6P8HAAAAwf/H/8D/vf/L/+z/5f/3//r/AAAAAOr/HgAAAPj/EwAAAAAAAADt/+7/AADf/9j/3//i/9//3v8iAN3/7P/s/xQA7P/s/+z/7P/s//L/FADx/wAA7f/t/+7/8f/y/xQA8f8AAO3/7f/u//H/8v8UAPH/AADt/+3/7v/x//L/FADx/wAA7f/t/+7/8f+v/8n/1f/d/9P/9//1/wAACgDs/9n/2v/e/9r/6/8AAAAAAAAAAAAAAAAAAAAAAADU/9P/0//0/9j/LwDO/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7f8UAOv/7P/s/+z/6f/n/+j/6P/q/+v/FwDr/9//HwDj/+b/4v/g/9//3f/z/+//7v/u/+z/7//s/xQA7P/Y//P/AAAAABMA2P8AAAAAAAAAAAAAAAD3/wAADQDy/xQA+P/z/+3/8P/s//H/zf/r/+D/rv8PAOz/xv+3/9z/6f8nAOz/7v/Z/9X/5/8AAAAAAAAAAAAAAAAAAAAA5v8dAOP/5v/o/+P/4f/o/9n/KADg/+z/5f/c/9r/vP8AAAAAAAAAAAAAAAAAAAAAAAAdAAAAAAD6//r/9f/3/+z/FQDs/+z/7P/s/+r/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xkA6f/v/+v/7P/m/+z/AAAAAAAAAAAAAAAAAAAAAOv/5//o/9z/7P8JAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9//3f/j/+v/6/8dAOv/6v8VAOz/7P/s/+//6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/v//H/7v8UAO3/7P8AAAAAAAAAAAAAAAAKAAAAFADy//P/AADx//H/7P/3//P/7P/1//P/GgDt/+z/5v/Y/+v/AAAAAPv/AADu/ygA5//h/+X/6v/r/+f/HwDn/+3/7f/t//X/7f8UAO7/7P8AAAAAAAAAAAAAAAAAAAAA+//t/+z/FADt/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//d/97/5v/3/zkA1P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/1//D/7P8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+r/3//r//r/4P8WAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/zMAvv/L/+P/4//X/8L/AAAAAAAAAAAAAAAAAAAAAOX/IQDg/+f/5P/p/97/4v/2/xgAAAAAAPn/+v/o//b/2P/b/+L/2f8mANf/2//i/+3/6v8VAOz/7v/r/+v/7f8AAAAAAAAAAAAAAAAAAAAA4//s/+L/6v/m/8L/EgAkAOz/7P/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAAAA6//2/+z/7P/s/+//7f/s/xQA7f/l/wcA1//S/+D/3//w/+L/6v8WAOz/7P/s/+z/6v/p/wAAAAAAAAAAAAAAAAAAAAD1/yoA7P/4//D/7f/Y/wAA4P8lAOz/AADe/97/3f/Y/83/LwDO/9v/3v/d/9L/2f/f/yYA4f/n/+f/5v/Z/93/AADv//H/7//v/wAAEwDv/wAA8/8AAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAA1v8AANn/6f/c/9b/1P8AAAAAAAAAAAAAAAAAAAAAAADp/xcA6v/0/+z/8P/q/+r/+f8dAPj/AAAAAPj/4/8AAOz/FADw/+z/7v/t/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMP/7v/T/83/x/8AAO7/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/EwAAAAAAAADt/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+3/6//r/+z/FQDr/+v/AAAAAAAAAAAAAAAAAAAAALn/RwC0/7v/w/+i/9r/rv8AAAAAAAAAAAAAAAAAAAAA0f8xAMT/x//X/9j/1v/Q/+j/7P/s/+z/7f/f/+f/HwDt/xQA7P/t/+z/7P/s/+z/3P/Z/+j/1f/n/wwA1f8AAOz/6//s/+z/8//s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7/8UAO7/6//r/+n/6//s/+z/7P/s/+z/FAAUAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/u/wAAAAD1/+z/AADx/ysA6f/p/+P/7v/Q/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAYAOj/AADz/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAKABQA7P/s/+z/7f/r/+v/7P9AAMH/x//P/9v/0f+7/8D/AADl/+r/6P/s/+r/FgDp/wAAAAAAAAAAAAAAAAAAAADw/+v/7P/s/+z/6f8SAOD/7f/s//T/7P/v/+z/FADs/ykA2//q/9n/6//o/9f/6//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/K/+r/3v/R/8H/HQDs/9n/2P/r//H/+v/e/ykA8P/r/+v/7P/j/+r/FQDq/+b/7P/r/xQA7P/s/+z/7P/s/9j/6P8lAOD/0P/d/8j/zv8AANL/5v/W/9T/5v8UANj/AAAAAAAAAAAAAAAAAAAAANn/1v/e/8v/5//m/yIA6f/s/+r/6//s/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAO//8f8VAOv/AADM/+X/4P/7/y0A2P8AAOz/5v/e/+H/1f/y/w0A7v8AAAAAAAAAAAAAAAAAAAAA+//s/+z/7f/0/+z/FADw/+j/FgDr/+r/6f/q/+r/6v/r/+n/6P/r/xoA6//i/+b/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA+f/2/wAAAADt/+r/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/AAAiAPr/AAAAAAAAAAAAAAAAAAAAAAAA3v8AAAAAAAAUANj/2P8AAAAAAAAAAAAAAAAAAAAAAADr/xEAFgDB/+r/2//m/7v/6v8AANj/3//p/8X/8v/X/wAAAAAAAAAAAAAAAAAAAADZ/9j/2v/Z/wAA4f/q/wAA2f8AAAAArP/M/9v/GwDC/wAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAALQDh/+X/AAAAAAAAAAAAAAAAAAAAAMj/7P/W/8z/FADe/wgAAADq//X/7f/r/wAA7v8VAO//7P/s/xQA7P/s/+z/7P/s/+//AAD7/wAAAADt/xMAAADq/wAA2v/a/+X/4P/X/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+v/6/8VAAAA9P8AAAAAAAAUAPT/AADt/+3/7P/x/+z/7P/s/xQA7v8KAL3/rv/j/9H/6f+c/wAAAAAAAAAAAAAAAAAAAADy/+3/AAAAAAAA+/8UAAAA6v8AABIA0f/i/9f/6f/Y/6n/uv8AAMz/u//k/wAABgAAAAAAAAAAAAAAAAAAAAAAKACz/+v/3//w/9j/2P/Y/wAAAAAAAAAAAAAAAPr/EQAAAAAAAAAAAAAAAAAAAAAA6v/R/8//HADJ/93/AADd/9b/2v/N/+f/6//u//b/EgDs/+v/7f/s/+7/7P8UAOz/7P/s//L/7v/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADZ/9r/3P/a/9//3/8AAAAA6//q/9//7P/f/yIA6//Y/wAAAAAAAAAAAAAAAAAAAADs/xQA7//w/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOH/AADD//H/AADa/9r/AADs/+7/9v/t/wAA+P8UAAAA7P/s/+3/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADp/+v/7P/t/+z/6v8VAOv/AAAAAAAAAAAAAAAAAAAAANP/EQDY/8z/z//H//f/u//s/+z/7//t/+z/7P/s/xQA7P/s/+3/7P/t/+z/FADs/+//7f/u//L/JwDo/+z/5v8AAAAAAAAAAAAAAAAAAAAAAADx/9H/4f/Y/wAA0//a/+v/FgDs/+3/3P/r/+r/6f/G/wkA7f/i//X/6v8cAPn/AAAAAAAAAAAAAAAAAAAAAOn/6//n/xUA7P/r/+v/6/8UAOz/7P/t/+3/7f/z/+3/2P/Z/9z/8P/r/xUAyP/6/9//2/8hAPf/+P/o/+f/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/9P/1/wAAAAD5/xcAAADs/+z/7P/s/+3/FADr/+3/GADs/+r/8f/4/+v/5//0/wAAAAAAAAAAAAAAAAAAAADs/xUA7f/s/+3/7P/r/+z/7f8UAO//7P/t/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+v/7P/r/+f/FgDr/xsA5f/o/+3/AAD4/+f/AADr/xQA7f/u/+3/AADs/+7/7f/t/+z/8f/s/+z/7P8UAOf/4f/f/+L/5//U/+z/HQDs/+z/8v/v/wAA8P8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9//1/+z/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+7/7P/s/+3/7v8UAOz/+P/u/+z/7P/t/+7/FADs/wAAAAAAAAAAFAD6/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+3/6f8AAPH/FQD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7P/s/+z/7P8VAOX/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAA0AAADs/+v/6//s/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAPD/7P/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA7f/q/xUA7P/u/+v/6//t/+3/7f8UAOz/8//s/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6v8VAOz/7v/r/+v/7f/s/+n/FwDv//D/3v/r//D/2v/Z/9//3P8dAM7/1//u/+//7P/s/+3/7P8UAO7/7f/r/+z/7P/s/+z/7P8VAOv/AAAAAAAAAAAAAAAAAAAAAOz/4v/s/+3/BQDs/9v/AAAAAAAAAAAAAPL/AAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuAAAA+//U/wAAAAAAAAAAAAAAAAAAAADr/+j/5//q/wAA2P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/s/+v/9f8WAOv/6P/s/+j/4v/c/+z/EwDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//t/wAA6//v/xwA7P/s/+z/7P/s/+v/7P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAA6/8VAOv/6f/s/+v/6v/q/+r/6/8AAOz/6f8cAOb/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/yYAAAAAAO3/5v/Z/9z/FQDs/+3/7P/x/+z/6v/r/+z/7P/v/+3/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+j/7P/t/xUA7P/s/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAGAPj/FQAAAPr/9//2//j/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/2P/c/93/7P/r/wAAFADs/xQA7f/2/+z/7P/t//H/7P8UAO3/9v/s/+z/7f/x/xUA6//s/+v/6//r/+r/6v/s/+z/8P/t//H/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+z/7P/u/xQA7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t//X/7f8UAO7/7P/j/wAA2f8AANn/2P/Y/9j/7P/s/+z/7P8UAOz/6//s/wAAAAAAAAAAAAAAAAAAAADn/xsAAAAAAAAA8//z//b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FADs/xQA7//w/+z/7f/s/+z/7P/q//X/7f/1/+7/FADw/+r/6v/w//H/9//r/xYA9//v/+X/6f/x/+n/7f8eAOT/4v/Z/9j/4//l/yUA2P/g/+3/7f/t//X/7f8UAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/0f/J/8r/5P8sAMD/xv8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/t/xQA7P/s/+3/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAPT/AADx/wAAAAAAAAAAAAAUAAAA7P/s/+z/7f/1/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7v/s/xQA7P/s/xUA7f/s/+3/7P/r/+z/7P8VAPH/8P/1//H/7P/s/wAAAAAAAAAAAAAAAAAAAADq/+7/9f/s/wAAFgD2/+f/6//s/+z/7P/s/xQA7P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7/8AAPD/7P8AAAAAAAAAAAAAAAAAAAAAAADr/+f/6f/q/+H/JgDp/9T/AAAAAAAAAAAAAAAAAAAAAOz/8P/s/wAAAAAUAOz/9//V/9v/5P85AOX/0P/W/8X/7P8AAPD/1f/k/73/CQD7/+7/7v8AAPn/7P/w/wAADgAAAAAAAAAAAAAA2P8AACgA7v/y/wAAAAAAABQA8f/w/+z/7P/t/+3/8P/r/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8v/z/wAA8f/x/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7f/7/+z/3v/s/xgA2/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/w/+v/FADt/wYA7P/t/+7/7P/s//v/7f8AAAAAAAAAAAAAAAAAAAAAGADh/+//+f/r/+X/5//o/xUA6//r/+3/6//r/+v/6//s/wAA9f8AAAAAFADt/wAA4v8AAAAAAAAAAAAAHgAAAAAAAAAAAAAAAAAAAAAAAADr/+v/8v8AAAAA+/8VAAAAAAAAAAAAAAAAAAAAAAAAABQA7//s//H/AADs/+z/+P8AAAAAAAAAAAAAAAAAAAAA5//k/9z/5f/o/+j/HQDe/+z/6//n/9z/AAAUAOb/7v/T/8f/4f/l/+X/2f84AO3/6v/u//X/7P8AABYA9v/n/xsA7/8AAAAAAAAAAOX/+//h/xcAAADy/+7/7//y//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+7/7P/s/+z/7P/s/+3/7v/y/+z/FADu/+z/7P/t/+z/7P/t/+z/FADs/+3/7P/s/+3/7P8UAO3/7P/s//D/7/8AAO//FADz/+z/7P/w/+//AADv/xQA8//r/+z/7P/q/+r/FADs/9v/6//r/+z/6//s/+z/7f8VAOz/AAD4/wAA8P/v/xQAAADt/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAD4/+v/FwDq/+z/6//q/+j/6//v/+X/6f/x/+n/7f8eAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC1/+n/vf/N/7//+P/u/7r/7P8UAPL/8P/w/+z/7P/s/9j/KwDq//P/5//e/9b/4//v/+z/7P/t/+z/FADu/+3/7P8UAO3/9P/s/+z/7f/w/wAA6v/s/+z/+P8AAOf/6P/s/xQA6f/w/+7/+f/q/+3/FQDr/+z/6//r/+v/6v/q/xQA7P/t/+//AADw/+z/AAAVAOz/AAAAAAAA+v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8jAOP/AADq/+j/3P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AACgAAAAAAAAAAAAAAAAAAAAAAPP/7f8AAOv/7/8cAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAADt/+z/FADv/+z/7P/s/+z/9//s/+r/1//q/+X/FADY/wAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAANAAAAGQD1/wAAAAAAAN7/5v/s/+z/FADt//T/7P/s/+3/8P8AAAAAAAAAAAAAAAAAAAAAFADu/wAAAAAAAPb/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+z/7f/s/+r/FQDr/+z/FADs/+z/7P/s/+z/7P/m/y8A7P/k/+z/9f/c/9b/AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4A9P/o/wAAAAAAAPn/7v8WAAAAAAAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/0/+z/7P/t//D/6/8XAOv/7P/r/+r/6P/r/8z/NQDf/+f/3v/S/73/1v/b/ykA1v/Q//X/6P/b/9n/6P8cAN//4//o/+T/4v/c/9z/KQDY/9f/2f/Y/9f/5P/s/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA7P/w//X/AAD0/+v/AADo/+n/AAAAAAAAAAAmAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/r/xQA7P/h/+D/4//o/+X/5P8aAOb/7f/s/xQA7v/t/+z/7P/0/wAAAAAAAAAAAAAAAAAAAADs/xQA7//w/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/1v/Z/+n/3v/Y/+j/HgDt/xQA7//u//b/8P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/83/2f/c/+3/GADW/9T/AAAAAAAAAAAAAAAAAAAAAOj/5f/q/+z/AADt/xkA8v8AAAAAAAAAAAAAAAAAAAAA7P8UAPT/7f/s/+j/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+v/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAA9P8AAPH/AAAAAAAAAAAAAAAAAAAAAAAA3P/x/+//8v/v/wAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/wAAAADx/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAD7/+//AADt/+3/7P8AAB0AAAAAAPr/+v/1//f/7f8AAO3/5//l/9j/7P8AAO7/AAAAAPn/9v8SAAAA+P8ZANf/5v/h//b/6P/j/+b/AAAAAAAAAAAAABQA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/7/8AAPD/FAD1/+z/7P/y/+//AADw/xQA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6/8UAOz/7P/s/+z/7P/e/+z/HgDl/+3/5P/j/+H/AAAAAAAAAAAAAAAAAAAAABgA6v/p/+z/6//o/+f/7P/s/+z/7f/1/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//b/AAD5//j/FQD5//j/AAAAAAAAAAAAAAoAAAD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDv/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAABwAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAASAAAAAAAAAAAAAAAAAAAAAADs/+L/7P/t/wUA7P/b/wAAyv8uAMH/3P/Z/9b/1P/Y/+r/FwDr/+z/7//s/9z/6//s/+z/6//s/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA8f/s/+z/7P/s/+z/7f8AAOz/7f/s/xQAAADY/+r/9v8AANj/AADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/k/wAA7P8AAAAAKAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8f/x//L/7P/t/+z/+v8AAAAAAAAAAAYAAAAAABcA5P/I/8X/y//Y/+r/zf/q/xcA6//r/+z/7P/c/+v/AAAVAAAACwAAAN//8P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAANn/3f/a/9j/2P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f8AAAAAAAAUAOv/7P/t/+3/AAAAAAAAFADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f8YAO7/7P/g/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAO//8f/v/+//AAATAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/3//T/6/8VAPb/AAAAAAAAAAAAAAoAAAD4/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/+v/6v/s/+v/FgDr/+D/GQDs/+z/6//u/+f/7P8UAO3/+f8AAPP/7P/s//X/7P/s/+z/7P/s/+z/FADs/+z/7P/v/wAAAADs/xQA8P/3/wAAAAAAAAAAAAANAAAA7P/s/+z/7P/t/+z/FADs/9j/1//h/9b/5P/p/yAA2f/X/87/2f/Y/+L/JADH/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/xIAAAAAAAAA+f8AAAAA7P/s/+3/7P/u/+z/FADt/+v/FgAAAPD/AADq/+v/6v/F/zoAzf/e//T/5//R/+T/7P/s/+3/9f/w/+z/FADy/+z/7f/4/+n/9f8VAOz/0/8XAMn/9P8AAAAA6f/L/+7/7/8AAPv/AAAAAO3/EwAAAPj/6//y/wAA8v8VAOv/9v8AAAAA9f8AAAAAEgAAAAAA7P/t/+7/8//s/xQA7//w/+7/AAAAAPP/9v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAA+P/s/+z/7P8UAAAA1v/b/+z/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7f/u//L/JwDo/+z/5v/s/+z/7f/t/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/wAA7P/s/+z/7P/s/xQA7P/s/+n/6v/t//L/9//r/xcA9//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/7P/0/+z/7//s/xQA7P8gAOT/8P8AAAAA3v/h/wAAAAAAAAAAAAAAAAAAAAAAABUA7P/t/+z/8f/s/+r/6/8UAO3/8f/t//H/7v/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAD7/+7/7P/r/xUA7v/1//L/AAAAAO3/FAD2/+3/9P/x/wAAAADt/xQA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAO3/5v/m/+b/6P/q/+P/6P8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6//s/+v/9P/V/xwA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/2v/k/+v/5v/q/xoA6P8SANf/0P/t/+f/AADi/+n/AAAAAAAAAAAAAAAAAAAAAPD/9v8AAPv/AAD0/xQA+v8AAAAAAAAAAAAAAAAAAAAA7P/u/+3/7v/z/+3/FADx/xQA7P/s/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/xQA7v/t/+z/7P/0/+3/7f/t//X/7f8UAO7/7P/R/+b/1P/k/+b/3v8cAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/n/+L/6v/o/+j/GwDq/9r/4f/T/+P/6v/X/yMA5f/s/+z/FADs/+z/7P/s/+z/7f/t/+z/8f/s/+z/7P8UABQA+P8AAAAAAADw/+z/AAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAADt/xQA+//u//X/8v/s//X/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAA3v/r/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/r/+z/FADs/+z/7P/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDq/9r/5P/e/+P/4P/p/x0A6v/a/+T/3v/j/+D/6f/s/+3/7f/w/+z/EwDs/wAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+3/FQDs/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDq//X/7P/p/+f/4P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/5v/m/+j/5P/r/+r/GgDu/+j/7P/t/xUA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAUAvP+7/7T/CQCs/8z/uv/s/+z/7P/s/xQA7P/r/+z/FADt/wAAAAAAAOz/7f/v/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+f/7P/s/+T/6f8TAOD/5P8AAAAA7f/6/wAAFADu/+//+v/v/+3/7v/y/ycA6P/s/+b/AAAAAAAAAAAAAAAAAAAAABQA+v/2//X/8P/t/+3/7P8AAAAAAAAAAAAAAAAAAAAA7P/u/wAA+//u/+z/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+3/7v/y/ycA6P/s/+b/AAAAAAAAAAAAAAAAAAAAABUA2f/s/+z/6//p/+v/7P8aAOX/AAAAAO3/5P/v/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPT/7f/s/+j/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDs/+z/AADs/+v/3v/s/xQA7P/s/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8XAOr/9P/s//D/6v/q/+z/7f/s/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7f8VAOz/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPL/8/8AAPH/8f/s//f/AAAAAAAAAADy/wAAAAAOABQA7f/x/+3/8f/u/+z/8v8UAO3/8f/t//H/7v/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9j/AAD1/ygA7P/1/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8WAPX/8//3/+z/6v/m/+z/7P/s/+r/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAMwDm/83/0P/O/8X/0f/Y/yMA1f/z/wAAAADj/97/AAAAAAAAAAAAAAAACwAAAAAA7P/s/wAAAADy/xQA7P/6/+3/7P/s/+z/7f8UAOz/7//Y/wAA6f/b/+z/2P8AANr/AAAAAAAAAAAAAAAAAAAAAOv/8f/7//P/+f8dAOj/+f/5/wAAAAAAAAAAEgDv//X/5v/h/9b/6P/f/+b/HQDg/+z/FADt//D/7f/s/+z/7/8AAAAAAAAAAAAAJAAAAOj/6f/r/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/9f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7f/7/+z/3v/s/xgA2//h/wAA5v8AAAAAHgDx//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADr/+z/7P/s/xQA7P/s/+z/7P/s/9n/9f/f/xMA4P/p/wAA2P/s/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+//7v/u/+z/7//s/xQA8v/E/wsAuv/q/xAA1f+0/+X/6P8YAOX/6//c/+r/6P/s/xQA7P/s/+7/7P/s/+z/AAAAAAAAEgAAAPH/AADv/wAAAAAAAAAAAAAAAAAAAADf//X/5v8zAPr/6//k//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAAAAAAAOz/7f/v//b/AADS/+f/yf/k/wAA0/8AAAAAAAAAAAAAAAAAAAAA6f/5/+P/2f/s/xQA5//Y/yMA5v/S/+f/+P/I/8H/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/+f/j/9r/7P8UAOj/2P/r/+v/4P/e/+v/EwAAAOP/AAAAAAAAAAAAAAAAAAAAAN7/8P/k/yEA9v/u/+L/AAAAAOP/zv/r//P/CQDF/9T/7P/s/+z/FADz/+z/7P/s/+z/7P/y/+7/7f8UAOz/7P/r/97/2v/g/+f/+//H/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/n/xgA5f/r/+b/6v/o/xgA5P/t/+f/9P/X/+z/8P8UAAAAAAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAABUA5//u/wAAAADs/+v/AADs//X/wv/R/9X/6f8gAMX/AAAAAAAAAAAAAAAAAAAAABYA+f/2/wAAAADt/+r/8P/s/xUA7P/s/+3/7f/r/+z/4f8AAOX/3P/m//X/xf8HANb/1v8rALX/2//V/9b/nv/s/+z/FADu/+7/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+//8P/2/+z/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA+//6/wAAAAAAAO//AAAUAOz/7P/s/+3/7P/s/+z/DwAAAPr/AAAAAAAA+f8AAO3/7f/M//P/AADc/y4A2v/s/+z/7P/v/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADc/+T/5P/k/+b/HADj/+j/HQAAAPf/AAAAAOP/7P8AACkA6P/o//P/AADY/9j/9v/y/+j/6f/r/+j/FwDj/+n/KgDj/9j/5//v/9X/1//t/xQA7f8AAAAAAADx/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA6//s/+3/6//s/+n/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+v/2//X/8P/t/+3/7P/s/xQA7P/t/+z/7P/s/+z/7P8UAO//8P/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+r/FgD5//f/6//r/+z/7f/t/+z/8f/s/+z/7P8UAO//7//t/+3/7P/s/+z/FADr/+z/7P/s/+z/7P8VAOv/7P/s/+//7f/s/+z/7P8UAAAA5f/s/+z/6v8AAOv/3P8RAPH/0v/Z/+P/BQDg/83/AAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/FQDr/+z/4P8AAAAAAAAAAAAAFAAAAOz/NgDi/93/9//b/6//yf/a/+z/7//v/+z/7P/u/+z/FQAZAPX/AAAAAAAA3v/m/+z/BwDJ/+L/4v/t//T/5//O/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAEgAAAAAAFADu/wAAAAAAAPb/7P8AAOz/7P/w/+7/7f/s/xQA7P/s/+z/7f/t/+7/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDr/+7/7P/v/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/9j/2//P/+3/0/86AO3/7P8UAOz/7P/s/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAA8P/w//L/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7f/s//H/7P/s/+z/FADn/87/xv/b/8n/5P8KAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7f/s//H/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/7v/u/wAA+f/s//D/AAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//x//v/8//5/x0A6P/5//D/9f/y//j/7v8TAPX/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7f8UAOz/7/8AAAAAAAAAAAAAAAAAAAAA7v/6/wAA+f/4/xMAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQA2P/d/9//4P/l/9v/2v/n/+L/7/8AAAAA9v8aAAAA7P/s/+z/7f/s/+z/FADt/+v/7P/t/+z/7P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/r/+z/7f/s/+z/FADr/+z/FgDs/+v/6//3/+z/6v/5/wAAAAAAAAAAAAAAAAAAAADt/xQA7//s/+3/7v/s/+z/7f/s/wAAFQAAAOz/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6//s/+z/7P8UAOz/7P/x/+7/AADs//X/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/r/+v/8//m/93/6f/l/xsA0P/o/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/e/+f/5v/l/+X/HADY/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+v/6//s//r/8P/f//f/AADz/yIAAAAAAAAAAAAAAAAAAAAAAAAAz//s//n/8P/x/+v/IgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/AAAAAAAAFADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+v/7P8UAOz/5f/4/+f/8v/Z/xgAzv/u//T/AAAAAAAAEwDw/+//AAAAAAAAAAAAAAoAAAD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/v/xQA7v/r/+v/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+n/4v/r/xQAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7/8UAO7/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/q/9//6//6/+D/FgDt/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/t/+z/7P/s/+z/4P/s/+7/9P8AAPP/6P8dABoA5f8AAAAA7f/k/+//7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/s/+z/7P8lAPD/4v8AAPv/8f/U/+//7P/s/+3/7f/v/+3/FADt/+L/AAAAAAAAAAAAAB4AAAAAAAAAAAAAAAAAAAAAAAAA4/8VAO7/8P/u//L/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAA3v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgD2/wAAAAAAAO//6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAcA4//e/+P/5f+4/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/wAAAADs/xQA8P8AAOr/7P/s//j/AADn/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/y/wAA9P8AAPP/GAAAABQA7P/s/+3/7f/s/+z/7P/t/+7/8//z/+3/FADs/+z/BgDn/9L/uP/F/+7/x/8HAMX/2v/T/8T/2v8GAOH/EwDX/9z/5P/f/+T/6P/b/xkAAADv//H/7//v/wAAEwDv/+L/4//p/+n/6//r/+v/FwDr/+z/6//s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOv/AAAAAAAAAAAVAAAA+//u//D/8/8AAPX/7P8UAOr/7P8UAOz/7v/y/+z/7P/s/xQA+v/2//X/8P/t/+3/7P/5/xcAAAD7/wAA9v/q/wAA7P/s/+z/7P/s/xQA7P/s/xYA7f/u//n/+//1/+r/+P/t/+3/AADy/+z/7P/3/xQA5v/h/+H/9P/s/+b/HADk/ysA1P/f/9//3//b/9b/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/7P/s/+z/7//t/+z/FADs/+z/7v/2/+3/AAD4/xQAAADV/9X/zf/t/9D/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADw/+z/7f/s/+3/6//s/+z/4v/s/xQA7P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//j/EQAAAAAAAAAAAAAAAAAAAAAA9f8cAAAAAAD0//n/6f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/q/9//6//6/+D/FgDt/+3/7f/s//H/AADs/+z/DQDs/+z/7f/s//f/7P/u/xQA7P/w/+z/AAAAABQA7P/3/+j/7P/s/+3/8v/u/+X/FAAAAAAAAAAAAAAA+P8AAA4A7P/s/+3/9f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/xQA7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/u/wAA7P/1/+z/FAD7/+3/7P8UAO3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/7v/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADr//D/AAAAAB8AAAD3/+j/5//Z/wAAAAApAO7/9v/i/xcA3P/Q/7z/zv/U/9v/AAAVAOz/AADv/+7/6v/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+n/2f/S/9L/HwDh/8v/FQDZ/+z/7P/r/+n/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+3/7P8UAOz/6P8WAPX/8//3/+z/6v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAOr/6//r/+r/6//q/+r/FwDq/+3/+f/y/+r/6//s/+z/7f/1//D/7P8UAPL/7f/t/wAAAAAAABQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAHAAAAAAAAAAAAAAAAAAAAAADt/xQA9v/1/+3/7P/t//P/6P/e/+j/5//n/9L/GQDq//X/AAAAAAAAAAAtAOH/5f8ZAOv/6//r/+D/6//g/9v/FADI/93/6v/k/9T/CQDY/xYA6//v/+3/7P/r/+f/7P8UAO3/AAAAAAAA7P/t/+//6P/r/+v/7P/s/xYA6//v/xcA4//s/+//6//q/+j/4/8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApAOz/7f/u/+z/7P/X/+7/FADs/+z/7P/p/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO7/AADx/wAA7P/u/+7/AAAAAAAAAAAAAAAAAAAAAAAA6//f/+f/7P/l/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA2f/t/+r/6v/q/+z/7P8AAAAAAAAAAAAAAAAAAAAArP/i/8b/xv/Y//f/0P8JAAAA9/8VAOz/AADs/+//9P8UAPD/7P/z/wAA7P/s/wAA6P/l/wAAAAAAAAAAGwAAABQA7P8AAPr/7f/s//L/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAPn/AAAAAAAAAAAqAOT/6P8AAAAAAAAAAAAAAAAAAAAAEQDr/+z/7f/r/+z/6f/x/wAAAAAAAAAAAAAAAAAAAADr/yAA9P/v/wAAAADY/wAA7f/t/+3/9f/t/xQA7v/s/+3/7f/t//X/7f8UAO7/7P/3/wAA9//y/wAAFQAAAOv/FwAAAAAAAAAAAAAA6//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwAAAAAAAAAAAOj/7/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7//x/+z/7P/s/xQAFAD1/wAAAAAAAPf/7P8AAPn/5P/t/+z/9f/F/wkA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/f/+j/7P/n/+v/FQAAAAAAAAAAAAAAAAAAAAAA1//U/8P/xP/G/8f/6P8wAOz/7P/u/wAA7P/u/+z/FADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAADy/wAAAAAOAPP/AAAAAAAAAAAAAO7/EwD1/+z/6v/s//r/5v/p/xgAAAAAAAAAAAAAAAAAAAAAAOz/8/8AAAAA+/8AAAAAFADr//P/AAD6/+3/7//r/xUA7P/s/+z/7f/s/+z/7P8UAOn/FgDr/+v/6v/r/+n/6v/t/+z/FADu/+3/7P/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//u/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAbAOb/3v/v/+X/5//Z/+r/3v/l/wAA6v8AAB4ACADb/wAAAAAAAAAAAAAAAAAAAADg/+b/5v/o/+T/6//q/xoAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/o/+n/GQDl/+j/5//n/+f/5P/k/xcA6v/n/+n/5//i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/D/9f/xP8oANH/3f/Y/xQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wgAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAA6//n/xcA3P/w/+z/2v/r//v/EAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADx/+z/7P/s/+z/7f/s//b/7f8UAOz/7P/o/+3/8/8AAPn/FADs/+z/AADf/+v/7//t/9j/AADu/wAAAAAAAAAAAAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/9P/1/wAAAAD5/xcAAADs//f/8v/t/+3/7P8UAOz/7/8iAAAAAADt//v/5P8AANn/3P/Y/9r/7P/X/+r/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/+3/AADu/xUA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/yv/I/+X/AADe/67/HwAAANf/0P/X/+v/1//q/xMA7f8UAOz/7f/t/+z/7P/s/+3/FADs/+z/7f/s/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD4/wsA5f/O/+j/2//q/9r/FADs/+z/7f/w/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/t/xQA+//u//X/8v/s//X/+//t/+z/FADt/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAOz/5/8bAAAAAAAAAPP/8//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA+//u//X/8v/s//X/7P/s/xQA7P/s/+z/7P/s/+v/AAAAAAAAAAAVAAAA+//q/+n/FgDq/+v/6v/q/+v/7P/s/+z/7f/t/+z/FADs/+z/7P8UAO//7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/DgDr/+n/7v/s/8j/DgDv/+z/7P/s/+z/7P/s/xQA7P/s/+z/FADv/+z/7f/s/+z/3f/g/wAA6//b/ygA0P/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/q/+v/6P/b/+n/5P8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0/wAA5P+W/8P/8f8NAOL/3/8cAOf/2f/g/+X/3P/n/xQA7v8AAAAA+//s//v/AAAVAOr/9f/s/+n/5//g/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADZ/+z/6f8AAOz/7f/o/wAAAAAAAAAAAADx//j/EQDg/+r/3//r//r/4P8WAO3/2P/Y/w4A0f/0//T/8//S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/V/93/zP/o/xYA3P/h/+3/7P/0/+z/7//s/xQA7P/s/+3/7P/s/+3/7P8UAO3/8f/v/+z/8P8AAOz/FAD6/9j/6v/r/+f/AADt/yEA7P8AAAAAAAAAAAAAAAAAAAAA4P/o/+v/AADq/9r/EQDp/9v/wv8mANv/6P/V/87/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAN7/1P/N/9D/0P/K/83/AAAaAAAAAAAAAAAA7/8AAOz/7P8AAPb/FAD4/+j/4P8AAAAAAAAAAAAAAAAAAAAAFADu/wAAAAAAAPb/7P8AAAAAAAAAAAAAAAAAAAAAAADe/83/5v8lANf/5P/k/9T/6//l/+j/3/8AAPD/GADc/+z/7P/r/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/p/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//7//s/+z/7v/s/xUA7P/v/+//7P/s/+7/7P8VAOz/7P/t//T/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAGwDO/9//2//c/9T/8//f/wAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/wAA9f8AAAAAFADt/wAA3/8lAOb/5P/k/+n/0f/q/wAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAA6/8AAAAAAAAAABUAAAD7/wAAAAAAAAAAAAAAAAAAAADt/+X/6v/t//L/GgDj/+r/CwAAAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/w//X/8T/KADR/93/2P8AAAAAAAAAAAAA+P8AAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/7P/s/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAXAOP/7P/v/+v/6v/o/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/xYA6//q/+z/6//s/+j/6f/q/+3/8v/3/+v/FwD3/+n/6v/t//L/9//r/xcA9//r/+z/7P/t/+v/6P8VAOz/6//s/+z/7f/r/+j/FQDs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+7/7P/u/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/t/+3/9f/t/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6v8AABQA8//r/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADy//D/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/9P/s/+z/7f/w/+P/5//f/+L/4v/W/xsA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9f8AAAAAAAD3/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7f/o/xcA6//r/+r/7//q/+n/4v8dAAAAAAAAAO//8P/y/wAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAD6/wAA2f/h/yAA2P/e/+n/6P/Y/9//JQDm/+T/5P/p/9H/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAD7/xIAAADs/+z/7f/u//L/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOj/2P/v//b/7P8HANj/AAAAAAAAAAAAAPn/HwDv//X/6//h/wAA1//r/xYA1//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+L/6v8WAO7/6f/r/9n/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOn/7P/s/+z/6//t/+z/7f/x/+z/FADs/+z/7P/s/+z/7P/s/xQA7f/s/wAAAAAAAAAAAAAJAAAA+v8AAAAAAAAAAAAAAAAAAAAA3f/Y/+L/1v/c/yoA1v/c//X/7P/s/+7/AADs/xQAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAOb/AAD0/yQA+v/d/+j/6//r/+z/7P8WAOv/7//n/+j/6//i/+T/CAAAANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/r/+3/7f/u/+z/HQDv/xQA7P/t/+z/7P/s/+z/7P/v/+z/7P/t/+z/FADu/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/8f/r/+z/7f/s/xQA7P/s//H/6//s/+3/9f8AAPr/+v8AACMAAAD7/wAAAAAAAAAAAAD3/wAADQAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/u/+z/7P/t/+7/FADs/wAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAA3v/r/wAAGQD1/wAAAAAAAN7/5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/+r/2//k/9b/4P8eAOf/1f/n/xgA4//o/+b/6v/o//P/AAAAAAAAAAAAAAAAAAAAAOz/FQDx//D/9f/x/+z/7P/1/xwAAAAAAPT/+f/p//j/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//u/+z/8P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/FQDq//X/7P/p/+f/4P/p/wAA1P/j/8v/DADX/9n/5v8XAMX/xv/b/9D/6P/2/9L/7P8AAAAAAAD3/xQA7f/6/+z/AAAAAAAA9/8UAO3/+v/d/+r/6//r/+z/7P8XAOD/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADy/wAA6v/t/+v/6//r/+r/6f8WAOv/6v/u/+z/7f8UAOz/6f8AAAAAAAAAAAAAAAAAAAAA6v/o/+r/6v/q/xcA6v/p/+v/FgDr/+7/7P/v/+v/6v/s/+3/9//1/+z/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//q/+r/7P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAPv/7P/7/wAA9/8AAO3/9v8AACQAAAD3/x0AAAD3/wAAAADj/+z/AAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAARAPb/AAAAAAAAAAAAABEAAADt/+z/AAAVAAAA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/r/+z/7P8UAOz/7P/t//X/7P/s/+z/FADs/+//7//s/+z/7v/s/xUA8f/v/+z/8P8AAOz/FAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAPr/AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4//F/9j/FADU/wgA3P/s/+z/7P/t/+z/7P/s/xQA6//s/+v/7P8QAOz/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOj/6//j/+v/7P/q/xYA6//s/+3/7//w//b/7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAPr/AADq/xUA7P/s/+z/7//r/+z/7f/1/wAA9P/z/xMAAAD2/+v/9f++/9L/y/8YAL//+f/s/+z/7P/s/+z/FADs/+z/7P/s//T/7f/x/xQA6//s/+z/FADv//D/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/t//P/AAAAABYA6//x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7//u/+z/FADs/+z/7P/s/+7/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r//D/7v/r/+v/6//J/9X/0P/b/+H/0P/a/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/GADt//b/8v/y/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6//s/+v/9P/V/xwA7v8AAAAAAAAAAAAAAAAAAAAA6P8WAOv/6v/p/+r/6v/q/9D/0/8KAL7/AADV/+L/7f/w/+z/8P/v//H/7/8UAO7/8P/s//D/7//x/+//FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/Y/wAA9f8oAOz/9f/q/+f/5//c/+r/6v/o/+T/GADj/9P/KwC1/9//rf/X/7z/0/8FAMj/2//U/+z/AAATAOz/FADs/+z/7P/s/+z/7P8UAOz/7f/w/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOL/AADE/5//0f/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAxv8uAOr/1//O/8//0f/V/wAAAAAAAAAAAAAAAAAAAADr/+z/6//s/+j/FgDs/+T/7P/t//L/if/c/7r/t//f/xQA7v8AAAAAAAAAAN//AAAUAOz/7P/t/+z/7P/s/+z/2P/G/9r/6v/w/+z/EAAAAAAAAAAAAAAAAAD6/wAACwDs/+z/6f/p/+z/6/8VAO7/6v8cAOX/4P/r/9n/5//j/wAA9P8AAAAAAAAUAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADs/+z/7/8AAPT/AAAAAAAAFAD0/wAA0P/m/+v/5v/1/+v/JwDs/+r/w//l/+v/4/8eANf/6v/U/+b/6f/w/wAA5/8dAPP/4P8TAM7/7P/F/7z/1P8TAPv/y//Y/9j/GwDs/9f/4/8AABQAAAD0/wAA8//u/wAA5/8ZAOL/6P/u//T/5f/o/9v/2P/W/+T/5P8JANj/5/8AAAAAAAAAAAAAAAAAAAAAyP/m/9D/uP/e//X/EgDh/wAAAAAAAAAAAAAAAAAAAADY/+f/6v/v/+3/9//q/xsA+v8AAOb/AAD0/yQA+v/d/wAAFgAAAO//AADt/+//AADt/xgA6P/q/+v/6v/r/+j/FADt//H/7f/x/+7/7P/y/+z/FQDv/+z/7v/k/+v/7f8UAOz/7P/s/+z/7P/s/+z/HgDi/+b/3v/l/8b/4v/p/wAAAAAAAAAAAAAAAAAAAAAwAPX/AAAAAPP/0f/T//T/7P/s/+3/7f/u/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/7P/s//X/9P8UAOz/7P/s/+z/7P/t/+//7P8UAOz/FADs/+z/7v/v//f/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AADv//H/7//v/wAAEwDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8YAOv/7P/s/+z/6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/n/+L/6v/o/+j/GwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/+3/8v/3/+v/FwD3/+v/6//r/+v/7P/s/xUA6//t/+z/7f/x/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+X/6v/s/wAA7f8ZAPL/7P/r/+3/7P/u/+z/FADs/+z/7P/v/wAAAADs/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAAAACwAAAOz/FADv//D/7P/t/+z/7P/s/xQA7//w/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/s/wAAAAAUAOz/9//s/+z/AAAAABQA7P/s/wAA7f/s//T/7P/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/9f/t/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm//n/AAAAAAAA8P8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xkA6f/v/+v/7P/m/+z/7f8UAOz/7f/t/+3/7P/t//D/GQAAAAAAAAAAAAAAAADs//L/FADe/+z/6v/s/9r/9f8aAAAAAAAAAPv/7f/4/+z/7P/t/+3/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+3/6//r/+z/7P/s/+7/AADs/+7/7P8UAN7/wP8LAAAAwv+x/9//9v/1/+3/AAAAAAAA8f8TAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+v/0v8GAKr/wv/K/+D/4/+x/wAAAAAAAAAAAAAAAAAAAAAiAO3/AAAAAPj/3f/j//r/JADm/+z/7f/y/9j/2//s/woA7P/t/+b/7P/4/+z/5v8GAOf/6v/q/+z/DQDO/+n/AADF/+v/1v/Q/8b/9P8AABkA5v/e/8v/z/8AAOH/2f/r/+v/6P/l/9r/7v/r/xkA5//p/+L/4/8bANz/2P/m/+z/FADu/+7/7f/0/+z/7P/V//j/y/+3/+n/8f/z/wAAFADs/+z/7P/s/+z/7P/s/x4A4v/m/97/5f/G/+L/6f8wAPX/AAAAAPP/0f/T//T/AAAAAAAAAAAAAAAAAAAAAOf/5f/i/+T/2P8UAOH/AAAAAPL/6//k/+X/4P/R/xEA7P8UAOz/7P/s/+z/7P/s/xMAGQDa/+j/8P/Y/8f/5f8nAOT/vv/D/7n/yf+///T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADx//H/8v/s/+3/7P8AAOT/6//1/+D/6v/Y/wAAFADw/+3/7f/7/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAjAOb/zP/Q/9n/4//U/9v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/r/xQA7P/t/+z/7v/v/wAA7P8UAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8f/x//L/7P/t/+z/2//O/+L/3f/p/+b/3P8lACsA1P/f/9//3//b/9b/1f/o/97/6P/n/+f/0v8ZAOr/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADn/+L/7/8AAAAA9v8aAAAA7f/s/+z/7P/t/xQA7P/v/+7/AAAAAPP/9v/s/wAAFAAPAAAA2f/d/9r/2P/Y/+P/3//X/+T/8P/l/+n/IgDn/wAA2P/r/+D/6//r/9f/DwC7/+b/3v/p/8v/LwC7/9X/7P/s/wAAAAAUAOz/7P8AAOD/0f8WAMH/1P8AAN//zv/4/7T/1f+4/7H/FQDj/7P/+P/X/9n/1f/Z/wAACwDB/wAAAAAAAAAAAAAAAAAAAADs/+z/6v/t//T/FADc//H/AAAAAAAAAAAAAAAAAAAAANz/6P/3//v/+f8iAPD/AAAUAOz/7f/s/+z/7P/s/+z/xP/r/9n/2/+9/wgA1/8AAOT/7P/q/+//7P/p/97/FgDP/+z/+f/w//H/6/8iAOz/AAAAAAAAAAAAAAAAAAAAAOv/8P8AAAAAHwAAAPf/6P/s/+z/7P/t/+3/7P8UAO//AAANAAAAAAAAAAAA9f8AABYA5//s//D/6//q/+r/6v/s/+z/7P/s/+z/7P8UAOz/7P8WAPX/9//p/+v/7f/t/x4A7//z/+z/AADt/+z/+f8AAO7/AAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r//j/AADx/+v/+P8YAOz/7v/s/+r/7//Y/+z/KgDr//L/+P8AAPT/1f8AAM3/2v/U/83/3f/K/ykA0//e/9P/6v/c/ycAAADG/9j/7P/s/+3/7P/t/+z/FADs/+r/GwDs/+3/5P/q/+z/2P/s/xQA7//w/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAACIA3P/g/9//4P/W/+H/3P/s/+z/AAD2/xQA+P/o/+D/7P/t//f/9f/s/xQA7f/s/ysA1P/a/9n/4v+//9X/2P8YANj/1v/m/9v/2//q/8n/BwDS/9b/3P/o/+n/1v8KAOv/6v/r/+n/6//e/xUA5/8oAOb/4P/n/+j/5P/V/+X/IgDr/+n/xf/1/+X/3//j/+n/5v/p/+f/6P/n/xcA6//s/+z/8P/v/wAA7/8UAPP/zP8AAAAAAAAAADQAAAAAAOz/7P/p/+n/7P/r/xUA7v8AAAAAAAAAAAAAAAAAAAAA7f/v/wAAAAAAABQA7v/s/wAA+P8AAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+3/7P/o/9j/DQAAAAAAAAAAAAAAAAAkAAAA6P/s/+7/9v/t/wAA+P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPP/AADu/+3/7v/t/+v/AADX/9j/2f/r/9z/EwAAAAAAAAAAAAAAAAAAAAAA3v/S/7v/5v/o/+P/MADi/+P/5P/V/9n/7P/q/xYA4v/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/7P/t/+z/6v8VAOv/7P/r/+z/6//s/xoA6//h/wAAAAAAAAAAAAAAAAAAAADn/+L/4P/Y/9n/5v8dAOb/7P/r/+z/6//s/xoA6//h/+z/7P/t/+//7v/s/xQA8f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/v/wAA8P/s/wAA7v/s//D/7f/v/xQA7f/u/xQA7P/s/+z/7P/s/+z/7P/e/yAA4v/p/+X/6f/h/+T/GwDv/wAAAAAAAAAA5f/7/wAAAAAAAAAAAAAAAAAAAADg/+r/3//r//r/4P8WAO3/6v8AAAAAAAAAACkA2f/7/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+//6//s/xQA9f8cAAAAAAD0//n/6f/4/wAAAAAAAAAAAAAAAAAAAAAUAO7/9//6//b/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+7/7P/s/+z/FADs/+z/7//x/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xUAAAD6//f/9v/4/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6v/i/xcA6//o/9r/6v/7/+j/1/8VAMv/xv/f/+f/6f/i/+P/GwDc/9j/5v/g/+b/5v/o/+T/6//q/xoA7P/s/+X/6/8TANr/4v/0/9v/LgDj/+v/3f/l/9D/2P/r//P/AAD6/+3/7//r/xUABgDs/+3/7v/s/+z/+//t/wAA5f/u/+P/4//m/+v/CwDq/+v/5v/m/+L/6f/r/xcA+P8TAAAAAAAAAO3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD4/+v/7f/J/wgA9/8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA7P/t/+7/7P/s//v/7f8AAAAAAAAAAAAAAAAAAAAACADW/+v/6v/k/9n/+f/T/wAAAAAAAAAAAAAAAAAAAADr/+v/5f/p/xYA3//r/+v/7P/g/+z/7f8XAOz/7P/p/+z/7P/r/+r/FQDs/+v/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/9f/t/xQA7v/s/xQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAO3/9/8AABQAAADs//D/7P8LAMT/2P/P/8j/4f+y/xcAAAAAAOb/5P/o/93/5f8IABYA+f/r/9H/2P/L/+L/3f/1//D/1v/H/9P/rf/a/xgAAAAAAAAAAAAAAAAAAAAAAOf/IwDX/9r/4//h/97/3f/e/yAA4v/p/+X/6f/h/+T/zP8AANH/y//d/+n/GQDW/+z/6//s/+z/7f8UAOr/7P8AAAAAAAAAAAAAAAAAAAAA7P/q//X/7f/1/+7/FADw/+z/FADx//H/8v/s/+3/7P8gAOT/8P8AAAAA3v/h/wAAAAAAAAAAAAAAAAAAAAAAADMA5v/M/8//zv/F/9D/1v/r/xUA7P/s/+v/6f/r/+v/9f8aAAAAAAAAAPv/7f/4/wAAAAAAAAAAAAAAAAAAAADp/xkAzP/i//v/5//p/+j/7f8UAOz/7f/t/+3/7P/t/xUA6//s/+v/6//r/+r/6v/k/xkA5f/m/+r/6v/e/+v/7/8aAAAAAAAAAAAA9f8AAPD/FQAAAAAAAAD5/wAAAADq/xsA7f/w/+T/6v/s/9j/AAAAAAAAAAAAAAAAAAAAAN3/IQDi/+T/4//g/+D/3/8UAOv/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7//s/+7/7P8AAAAAAAAAAAAAAAAAAAAA6//r/+r/7P/s/+v/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+z/6//s/+z/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/1//D/7P8UAPL/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//H/7v/s/xQA7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/+z/FADs/+z/7P/s/+z/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/8P/s/xQA7f/u/+3/7P/3//b/7P8UAOz/6/8AALv/qv/a/8r/5P/6/wAAAAAAAAAAAAAAAAAAAADY/wAA2f/g/+b/6/8MANr/4f/r/+b/7P/s/wgAAADa/+z/7v/t/xQA7v/s/+z/7f/k/+P/vv8QANr/1/8PANv/AADd/+n/FQDr/+n/3f/s/wAAEwAAAPb/AAD0//D/AADs/xQA7P/t/+z/7P/s/+z/7P/t/+z/7P/x/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADm/+H/2//o/97/5/8cAN//AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPL/FADx/wAA7f/t/+7/8f/q/+r/5/8XAOv/6v/p/+r/vf9IALz/zv+1/9P/uP+u/+v/FwDr/+z/6//q/+j/6//z/xUA+v/u/+n/6//o/+v/AAANAAAAAAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/9j/5//r/+z/6/8WAOv/7P/U/wAA9/8UAN7/FADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAOz/6//s/+v/EwDj/+z/7P/r/+r/FQDs/+v/2P/d/+n/6f/s/+z/4f/f/xkA5P8aAOD/3v/q/+r/2//q/xMA9P8AAAAAAADr/+z/AAAAAMn/2P/T/8b/BwDo/+n/FQAAAAAAAADt/93/4f/r//L/FADx/wAA7f/t/+7/8f/s/+z/7//t/+z/6//r/xQA7P8UAO3/9P/s/+z/7f/w/wAAAAAAAAAAAAAAAAAAAADV/9f/1//i/97/1/8fAOn/7P8WAOv/7P/r/+r/6v/r/+X/GQDo/+j/6f/p/+b/5/8AAAAAAAAAAAAA+/8AAAsAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA7P/t/+z/FAAAAAAAAAAAAOf/AAAAABkA7P/s/+7/7/8UAO7/6//r/97/IQDh/+v/2v/g/9//4f/a/xkA6v/k/+X/4P/q/+f/2//Z/+n/AADY/9j/6v8LAOv/uf/B/9T/v//h/8L/GQAnANL/yP/G/9X/yv/f//b/AAAAAAAAAAAAAAAAAAAAAOz/FAD0/+3/7P/o/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/n/+D/BgDo/+f/EAAAAAAAAAAAAAAAAAAAAAAA7P8UAPD/7f/2/+z/7P/s/wAADwAAAAAA+v8AAAAAAADg/+r/3//r//r/4P8WAO3/6f8WAOr/6//r/+v/6v/p/wAAAAAAAAAAAAAAAAAAAADk//T/4//m/+n/5f/c/xwAAAAAAAAAAADn/wAAAAAZAOz/FgDr/+f/6//q/+n/5//s/+z/AADv/+z/7P/z/xQA6v8WAOn/6v/s/+v/6v/q/+z/7P/s/+3/7f/s/xQA7P/p/xkAzf/j/+j/AADn/+b/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAOv/1//d/9z/3P/q/wAA6f/r/+z/7f/s/+r/FQDr/9r/1v+6/9D/5//U/+r/HwDm/ykA7P/0/+//9f/Y/+v/6/8WAOv/7v/s/+//6//q/+v/FgDq/+v/6//q/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoANn/6f8AAAAA7v/Y/wAAAAAAAAAAAAAAAAAAAAAAAOj/FwDr/+v/6v/v/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P8AAAAA7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAC0A4f/l/+z/7P/v/+3/7f/j/xkA7P/s/xQA8f8AAAAA7P/s//f/7P8XAAAA+f/w/+L/5f/n/9r/2//k/+n/2v8QANn/AAAAAAAAAAAAAAAAAAAAAAAA7P/5/wAAAADw/xQA6//o/+z/6//s/+z/7f/s/+z/FADs/+v/7f/s/+7/7P8UAOz/7P8WAAAAAAD0//P/6/8AAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAPb/6f/m/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7f/s/xQA6//s/+z/7P/s/+z/FADr/+z/8f/z/wAAAAD6/+z/FAD2/xQA7P/s/+z/7f/s/+z/7P/s/+z/7f/t/+z/7P8UAO3/AAAAAAAAAAAAAAoAAAD4/9j/3P/j/9v/4P8oAOr/4v/s/xQA9P/u/+z/7f/s/+z/2P/X/+H/1v/k/+n/IADZ/+D/3P/f/9T/5//k/yIA4v/o/+n/5P/o/+r/6P8XAOn/AAAAAAAAAAAAAAAAAAAAAPv/EAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAA6f/o/+v/GADo/+b/8P/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/n/+j/6P/q/+v/FwDr/xQA7f8AAAAAAADs/+3/7/8AAAAAAAAAAAAAAAAAAAAA+v8AAO//+v8AAPb/JgDo/+f/GwAAAAAAAADz//P/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+T/6f8iAOn/3P/Y/9r/7P/s/+z/FADz/+z/7P/x/wAAAAAAAAAAAAAAAAAAAAAUAOz/AAD6/+3/7P/y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/Z/+r/2f/r/wgA1/8AAOv/7P/s/+L/7P8UAOz/4//q/xsA7P/t/+T/6v/s/9j/4P/X/+z/2v/a/ykA3P/X/wAAAAAAAAAAAAAAAAAAAAD6/8//6P/o/+n/BwDo/+P/AADh/+z/7P8AABIA4P/p/xYA0//x/+D/+P/s/+v/6P8wAPX/AAAAAPP/0f/T//T/AAAAAAAAAAAAAAAAAAAAAOz/7P/z//H/6v8VANz/6v/s/+z/7P/1//T/FADs/+z/7P/s/wAAAAAUAOz/7P8AAOv/5//h/+D/GwDr/+r/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDn/+r/0f/Z/9n/5//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5P8gAOD/5P/p/97/0//b/+T/IADg/+T/6f/e/9P/2/8AAAAAAAAAAAAAAAARAO//8P/s//D/7//x/+//FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/9f/y//j/7v8TAPX/7v/q/+z/7P/q/+z/4/8dANj/7P/s/+n/6f/s/+v/FQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/8P/2/wAA+/8AAPT/FAD6//X/8v8AAPT/AADz/xgAAADs/+v/7f/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/5/+//7P/u/xMA6v/t/xUA5//u/wAAAADs/+v/AADt/+z/7f/s/+3/FADs/+z/yf/V/9D/2//h/9D/2v8hAPj/6//y/wAA8v8VAOv/9v/4/+v/8v8AAPL/FQDr//b/AAAAAAAAAAAAAAAAAAAAAM7/zf/n/9H/0P8hAMv/z/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEA2v/c/93/5//b/+T/3f8VAOr/AADt/+z/6v/s/+7/6//r/+v/6//s/+z/FQDq/+z/FAAAAPX/6//s/+7/7P/Y/9f/6/8VANb/2/8LANj/AAAAAAAAAAAAAAAAAAAAAOD/6v/f/+v/+v/g/xYA7f/T/9v/8P/h/+H/5f8mAN3/7f8UAOz/7f/t/+3/7P/t/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2/8uAOP/6//d/+X/0P/Y/+z/FADv//D/7P/t/+z/7P/t/+3/7P/x/+z/7P/s/xQA4P/Y/+b/4v/s/xsA4f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7f/2/+z/FADs/+z/AAAAAAAAAAAAAO3/AAATAOv/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAYAPj/AADq/+b/5/8XAOj/5//p/+n/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/s/wAAAAAUAOz/9//x/+v/3f/q/xEA2P/B/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9v/5P/W/+D/HgDn/9X/5P/r/+j/7f/r/xUA6P/v//j/AAAAAAAA5v8WAAAAFwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAD6/+v/6//t/+z/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7f/s/+7/+/8UAOz/AADs/+z/7P/s/+z/FADs/+z/CADW/+v/6v/k/9n/+f/T/+P/1//n//f/AAAOAMn/3/8AAAAAAAAAAAAAAAAAAAAA6//s/+z/6v/q/xQA7P/b/wAAAAAAAAAAAAAAAAAAAADu/+f/GwDu//L/6v/h//H/AAAAAAAAAAAAAAAAAAAAAOj/6P/t/+z/FQDh/+z/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9j/3v/r/+n/6/8fAOn/7f/t/+3/9f/t/xQA7v/s/xQA7P8AAPr/7f/s//L/7P/V/9j/1//Y/9j/2P8pANb/AAAAAAAAAAAAAAAAAAAAAOv/5f/2/+z/9f/s/xUA9v/r/+v/6//r/+z/7P8VAOr/7P/s/+z/7f/s/+z/FADt/8H/yP/p/7P/0P+V/zMA1v/q/+X/6/8JAAAA6f8YAPD/7P8UAPH/8f/y/+z/7f/s/+X/9//6/wAAAADq/x4AAAAAAAAAAAAAAAAACwAAAAAAAADG/+b/2v/a/wgA4P/X/+T/5f/o/+L/7P/q/xYA7P/p/+v/7P/t/+z/6v8VAOv/1//b/+j/6P/l/xwA6f/Z/9r/5f/0/wAA7P8KANf/5f/s/+v/FADs/+z/7P/s/+z/JADU/9v/1f/g/9n/4f/m/+v/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA8P/v//n/8f/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//t/+z/6f/m/+v/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+r/6//s/+z/7P8UAOv/AAAAAAAAAAAVAAAA+//t/+3/AAAAAAAAFADr/+z/7P/s/+3/9P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/6P/Z/+X/7P/q/9r/AADk/xkA7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADu/+z/8P/t/+//FADt/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAD6/+3/7P/y/+z/AAAAAAAAAAAAAAAAAAAAAOv/+v/2/+z/7f/f/xQA7f/u/+7/AAD3/+z/1v8AACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/0/wAAAAAAABMA8P/v/+z/7P/s//D/7P8AAO//AAAUAOz/7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPT/6f8AAPH/6/8XAOr/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAACcAAADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8VAOv/7P/t/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s//H/AADs/+z/DQDv/+z/8/8AAOz/7P8UAPj/AAAAAAAAAAAAAAAAAAAAAN//4v/d/wAA5P8YANj/6P/c/x0A6f/Z/+D/uP/p/+f/AAD0/wAAAAAAABQA9P8AAAAAAAAAAAAAAAD4/wAACgDq/8j/MgDf/8L/u//N/8X/7f/s/+z/FADs/+z/7P/t/+z/7P/t/+z/7P/t/+z/FADs/+z/7P/s/wAA8/8UAO7/7P/c/+z/GQDp/+v/3P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/7v/t/xQA7P/s/9D/yP86ANj/7f/W/9r/xv8AAAAAAAAAAAAAAAAAAAAA7f/k/+P/6P/R/+z/7P8YAAAAAAAAAAAAAAAAAAAAAADc/+L/9P/b/xQA3/8AANj/AAAAAAAAAAAAAAAAAAAAANv/AADs/+z/7P/q/+X/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s//f/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAAAAAADr//b/3//i/+b/5P/o/yIA2P/S/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/9f/y//j/7v8TAPX/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+r/6v/s/+z/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/6//s//X/8v8AAPT/AADz/xgAAADj/+f/3//i/+L/1v8bAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/AADs/+3/7P8UABQA9f8AAAAAAAD3/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t//D/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+b/HwDg/wAA7v/u/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/y/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/u/+z/7P/s/xQA7f/t/wAA8v/s/+z/9P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAABIA7//1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATANj/3P8AAN3/4f/Y/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+z/AAAAABQA7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f8UAOv/7f+//6r/AAAHAMD/3//0//X/+P/u/+z/7P/t/+7/FADs/xQA6//s/+3/7f/s/+z/7P/h/w4AFADo/+7/6v/s/+r/6//s/+v/7P8QAOz/3v8AAOz/7P/t/+z/7P/t/+z/FAAAABIAAAAAAAAAAADy/wAA7f/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAD4/wAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/6//w/+7/7v8VAO3/JQDp//H/yP/f/9T/0f+1/+z/8P/s/wAAAAAUAOz/9/8YAOr/6f/s/+v/6P/n/+z/7f/s//T/7P/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+v/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/t/+z/FADs//L/7f/t/+z/8f8AAOz/7P8NANf/4P8SAOv/5f8AANb/1/8AAAAAAAAAAAAAAAAAAAAA7P/s/+//AAAAAOz/FADw/xQA7P/s/+3/7P/s/+z/7P/m/+z/3v/s/+z/HgDY/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9//3P/f/+X/5f8iANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt/+z/7P/s/+v/AAAAAAAAAAAAAPP/AAANAOz/AADw/9X/5P+9/wkA+/8AAAAAAAAAAAAA9v8AAAsA6//s/+z/7P/s/xQA7P/s/+3/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6P/s/+z/7f/y/+7/5f8UAAAAAAAAAAAAAAAAABEA7//s/+z/7P/s/+//6//s/xQAAAAAAAAAAAAAAAAAAAAAABUAAADp/+f/AADz/+v/8P8AAAAAAAAAAAAAAAAAAAAA7P8UAPH/8f/y/+z/7f/s/+7/AAAAAPP/9v/s/wAAFADw/wAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P8UAOz/5/8PANj/5f/W/+r/1/8AANL/6P/t//v/7P/e/+z/GADb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA7P8AABQA7P/s/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7//s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADo/+X/AAAAAAAAAAAbAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/s/+v/9f8WAOv/6P8AAAAAAAAAAAAAAAAAAAAA7P/t//f/9f/s/xQA7f/s/+z/7P/s/+z/7P/s/xQA7P/5/+f/6//q/+f/CADr/9//7P/s/xQA6//s/+3/7P/s/wAA9P8AAAAAAAAUAPT/AAAAAAAAAAAAAAAAAAAAAAAAHQAAAPf/AAAAAOP/7P8AAOz/7P/s/+z/7P8UAOz/7P/l/xQA6v/n//D/2P/n/wAAFQDr/+v/8f/r/+v/7P/q/+L/6v8TAMT/zv/p/wAAvv8AAAAAAAAAAAAA8/8AAA0A1/8RAOr/1//s/+z/+v/r/wAAAAAAAAAAAAAAAAAAAADs/+r/FwDJ/+z/1//q/9f/1f/W/8z/AADl/8X/7/8XAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/wAAFQDr/+v/8f/r/+v/7P/q/+3/7P/s/+z/7f8UAOz/7/8AAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/4/wAA5//o/+z/7P/v/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA2P/U/x4A0P/U/9X/6v/5/+z/FADs/+z/7P/s/+z/7P/s/+z/5//k/xIA4P/r/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/k/+v/EwDa/+L/9P/u/xkA4//g/+j/2v/v/9X/7v/o/+z/7f8VAOz/7P/s/+z/7P/v/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+v/FADs/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAKQDo/+j/8/8AANj/2P/2/wAAAAAAAAAAAAAAAAAAAADy/wAA7P8AAPD/FAAAAOz/6P/o//n/7P8AAOz/FQDS/wAAAAAAAAAAAAAAAAAAAADY/wAA2P/h/9n/EgDr/93/7P/s/+3/9f/w/+z/FADy/wAA6f/r/xgA7P/o/9b/3f/r/+v/6//r/+z/7P8VAOr/7P/s/+3/9f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/zv/3/xsA6f/G/8H/x/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/x/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+z/6//r/xQA7P/s/+//7f/s/+v/6/8UAOz/7P/q/+v/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA9f8VAOj/6v/i/+L/5P/k/wAAAAAAAAAAAAAAAAAAAADs/+b/AAAAAPb/7f8YANP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8AAAAAAAAAAAAAHgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+T/4v8fAOL/3f/g/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/6//V/x4A1f/d/+f/4f/Y/+z/7P8UAPH/7P/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADt/+7/7f8AAOz/7v8hAAAAAAAAAAAA3v/r/wAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+n/4v/r/xQAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD6/9P/5v8AAOn/AADu/w4AAAAAAAAAAAAAAAAAAAAAAO//EgAAAAAAAAAAAAAAAAAUAO//8P/4/wAA7v/s/wAA2P/V/9P/zf/U/9X/LgDI/9n/GQDf/9b/5f/g/9b/6v/s/xQA7//w/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAOz/7P/x/xQA7P8AAO3/6P/s/+n/3v8YAAAAAAAAAAAAAAAAAAAAAADu/+z/5//u/wAA2f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//L/8//7/+z/FAD0/w8A5//Q/9D/6//S//r/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/s/wAAAAAUAOz/9/8UAO3/8f/t//H/7v/s//L/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/u/wAA7P/1/+z/FADw/wAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAPr/AAALAAAAAAAAAAAAAAAAAAAAAAAbAOb/3v/v/+X/5//Z/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/+L/3P/s/xMA5v8AAAAAAAAAAAAAAAAAAAAAAADt/+3/7f/1/+3/FADu/+z/6//s/+v/7P8QAOz/3v8AAAAAAAAAAAAAAAAAAAAAAADo/+D/8f/z/+j/2P/s/x0A8P/c/xMAAADk/9j/9//X/+3/7f/s//H/AADs/+z/DQDt/+z/7P/s/+3/7P8UAOz/7P/s/+z/7P/v/+v/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/xcA6/8AAOb/5f/r/wAAAAAAAAAAAAAAAAAAAADo/+z/7P/s/+3/3v/n/yAA7v/u/wAA+f/s//D/AAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/9f/s/+z/7P8UAOz/7P/s/+z/6//s/+z/FAAAAAAAAAAAABQA+v8AAOz/AADt//r/AAAUAO7/7//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/q/93/2//6/xQAAADq/wAA2f8XAAAA3f/T/9j/6P/j/wwAFADG/9H/3P/M/wYAEgDs/wAAAAAAAPH/7/8AABQA7P8AAAAAAADv/+z/AAAAAA0AAAAAAAAAAAD1/wAAzP/D/ycA6P+8/8T/2v/Q/+z/7P/s/+z/FADs/+v/7P8mANr/3v/g/9//2v/b/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//r/tP+p/+T/5f/m/4j/8P/J/8X/w/8AANj/tv/V/97/4P+1/wAAAADY//D/+f8OAO7/qf/M/8D/4f/V/+D/3/8LAOv/6P/W//j/3v8QAOv/GwAAAAAA8v/x/9P/AAAAAAAAAAAAAAAAAAAAAAAA7P/2/+H/2P/q/xQA2//V/+v/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xUA6/8AAOr/3P8LAOn/CADE/9j/0//o//H/EgDW/9D/CADB/wAAAAAAAAAAAAAAAAAAAADt/+z/FgDV//n/7v/s//H/AAAAAAAAAAAAAAAAAAAAANj/5P8AAOz/AAAAACgAAADu//X/8v8AAAAA7f8UAPb/FADs/wAA+v/t/+z/8v/s/wAA7f/6/wAAFADu/+//+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAOb/5f/i/+b/6P/b/x4A3f/r/+n/7P/s/+r/6v8XAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADp/+z/7P/s/+v/FADh/+7/AAAAAOz/7P/3/+z/6//r/xUA9f/s/+v/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//w/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAPP/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAOz/7P/a/+L/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7v/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAAAA8P/s/wAA7P/s/+3/7P/t/+z/FADs/+3/7v/v//H/7v8UAO3/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/xQA7v/t/+z/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAAAABUAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA+v/t/+z/8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/1v/T/9P/3//e/9X/LADQ/wAA5P/s/9P/AAAUAOb/7f/x/wAAAAAAAAAA+v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/v/wAA7/8UAPP/7//l/+n/8f/p/+3/HgDk/+z/7P/s/+z/7f/s/xQA7P8TAOD/AAC8/+r/3v/t/+r/8//y/+3/7//s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+3/7P8UAO3/7P/s/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAADH/9f/zf/k/93/uf83AMj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+z/7f/s/xQA7v/t/xAA5//r/+j/4f/p/wAA6//k/yAA4P/k/+n/3v/T/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/8T/w//Y/8b/AAD1/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/s/9j/7f/1/xkA6//s//H/7//s//D/AADs/xQA+v/o/+z/6f/s/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAO7/9P8AAAAAAAATAPD/7//v/yIAAAAAAO3/+//k/wAAGwDi/+D/6v/q/9v/6f/j/wAAAAAAAAAAAAAUAO3/AAAZAND/9P/e//X/uP/q//P/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/p//P/4P/O/+j/DADd/9v/AADd/9j/2//q/+L/7P8RAAAA5f/u/+P/4//m/+v/CwAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADu/9X/6//r/wAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAAAA9v/s/wAAAAAAAAAAAAAAAAAAAAAAANr/5f/n/97/2P8AANz/AADr/yAA9P/v/wAAAADY/wAAAAAAAAAAAAAAAPH/+P8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/+z/6//s/+3/7P8UAOz/8v8AAAAAAAAAAAAAAAAAAAAA7f/s/+7/7/8AAOz/FAD5/+//5f/p//H/6f/t/x4A5P/s/+z/7f/1/+z/7P/s/xQA7P/s/+3/9f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADY/wAA7f/n/+H/2P/Y/w0AIADS/9z/zP/d/8z/6P/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t/+7/8v8nAOj/7P/m/+z/7P/t/+3/7P/s/+z/FADY/woA2P/f/9z/2f8AANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAAAA6v/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/6P/t//P/AAD5/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/2P/a/93/3f/U/ykA2f8UAOz/7//z//b/7v/s/+v/7P8UAOz/7P/s/+z/7P/s/+r/FwDq/+3/+f/y/+r/6//p/+f/6P/o/+r/6/8XAOv/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA3//i/+b/5P/o/yIA2P/S//T/6f8AAPH/6/8XAOr/7P/s/+z/8v/u/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO//7P/s/+3/7P8UAO7/7f/s/+3/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/2P/r/+//6P8cAO3/HQAAAPf/AAAAAOP/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/xcA7//w/97/6//w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/u/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAARAAAA6//p/8b/3//m/9T/JQDr//H/7f8AAAAAAAD7/xQAAADs/+r/9f/t//X/7v8UAPD/7f/s/+7/7/8AAOz/FAD5/+z/7P/s/+3/7f/s/xQA7P8UAO7/AAAAAAAA9v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/5/wAAAAAAAPD/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/AAAUAAAAAAAAAAAA7P/s/wAAFAAAAAAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADr/wAA7P/s/+z/2v8SAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/xQA8f8AAO3/7f/u//H/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7f8VAO7/AAAAAAAAAADr/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f/s/xQA7P8AAAAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FADt/+z/7f/x/+z/FADs/+z/AAAAAAAAAAAAAAcAAAAAAOz/7P/u/+z/7P/r/+z/FAD7/+3/7P8UAO3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6P/p/wAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//w/+z/7f/s/+z/AAAAAAAAAAAAAAAA+v8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/8f/r/+z/7f/s/+z/7P/s/+z/FADs/+z/7v/2/wAA+f/4/xUA+f/4/+7/HQAAAPX/AAAAAPj/+P/u/+z/8P/t/+//FADt/+7/7P/s/+3/7P/s/xQA7P/s/+3/7P/s/+z/7f8UAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2//1/+n/8f8oANj/2P8AAAAAAAAAAAAAAAAAAAAA6v/e/+n/6v/h/+D/GADo//X/2/+9/xAAt//E/97/oP8AAAAAAAAAAAAAAAAAAAAA3//n/+r/6v/w/xoA4//j/+n/4P/s/9z/3/8eANf/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/EQDs/+//7//s/+z/7v/s/xUAGQD1/wAAAAAAAN7/5v/s/97/HADp/+j/6f/l/+T/5//2/xMAAAAAAAAAAAD0/wAA5f8YAOb/6v/m/+X/5v/p/wAAAAAAAAAAAAAAAAAAAAAgAOz/7P/z/wAA7P/c//v/AAAdAAAAAAD6//r/9f/3/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/+3/7P8UAO3/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADW/9T/CQDd/9b/1/8AAND/5P8AAAAAAAAAAAAAIQDo/wAAAAAAAAAAAAAUAAAA7P8UAOv/CQDx/+z/7P/Y/+z/AAAAAAAAAAAAAAAAAAAAAO3/7f/s//H/7P/s/+z/FAAAAAAAAAAQAAAA9P8AAPH/FADu/wAAAAAAAPb/7P8AABkA+f8AAAAAAADg/+n/7f/s/xQA7//w/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/FgDq/+v/6//r/+r/6f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P/t/+3/7P/x/+z/7P/s/xQA5//p/+L/4/8bANz/2P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAA0A7f/d/yoA2f/i/9j/6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDu/+//4//5/+v/6//f/wgAAAAAAAAAAAAAAPr/AAAAAMb/4/8IANj/3//I/8j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAOr/EQDs/9v/6v/d/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/4//v/9//v/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7f/s/+v/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9j/2v8UAOz/0v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAABgA+P8AAOr/5//n/9D/yv8VANz/vP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+3/7P8nAOj/5v/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAGAD4/wAA6v8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/s/wAAz//b/8P/3P/f/wAAvv8UAAAAAAAAAAAA7f/u/wAA9v8TAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAADp/+r/6//r/+v/6v8VAOn/FADz/+7/7v8AAO3/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/0/+3/8f8UAOv/7P/T/9v/8P/h/+H/5f8mAN3/AAAAAAAAAAAAAAAAAAAAAAAA9/8VAOz/AAD0/+7/9P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7//u//b/8P/s/+z/AAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAGAAAAAADs/+z/7P/s/+z/7P8VAOr/AAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAUAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/FADt/+3/7P8UAOz/7P/u/+z/7P/s/+z/FQDs/+z/7f/t/+v/7P/s/+3/7f8UAPT/4f/s//b/AAAAAAAAAAAAAAAAAAAAAPr/6f/r/+L/8/8YAOj/+P8UAOz/7f/s/+z/7P/s/+z/FADs/+z/7P/t/+v/6//s/+r/FwDq/+3/+f/y/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADx//H/8v/s/+3/7P/7/+//9f/5/+r/6f/h/wUA7P8UAPH/8f/y/+z/7f/s/+3/7P/0/+z/7//s/xQA7P/t/+z/9P/s/+//7P8UAOz/7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADi//P/AAAAAAAA+/8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/77/xf/G/8D/v//A/x8AEwDx/wAAAAAAAAAA7v8AAOj/GQDq/+v/6f/q/+T/6f8AAAAAAAAAAAAAAAAAAAAA7P/s//L/7/8AAPD/FAD1/wgAAAAAAAAAAAAAAAAAAADs/+z/FADx/+z/7f/s/+3/5v/n/xcA6P/n/+n/6f/l/+z/6f8XAO//8P/e/+v/8P/Z/+P/KADq//f/2P/Y/97/FADt//H/7f/x/+7/7P/y/xQAAAAAAAAAAAAAAOz/AAAUAO3/8f/t//H/7v/s//L/FADs/+z/7f/s/+z/7P/s/wAA6P/X/77/2v/F/wsAzP8UAOz/7P/t/+z/7P/s/+z/7P/s/+z/7f/s/+z/7P8UANX/EgAAAPn/0f/U/8P/zv8hAOv/6//r/+z/6P/Z/93/AAAAAAAAAAAAAAAAAAAAABAA8//c/8v/0//j/+D/yf8AAAAAAAAAAAAAAAAAAAAA9f8AAKD/nf/c/9b/5//P/+r/6//o/+v/7P8TAAAA4v/T/9v/8P/h/+H/5f8mAN3/6P/s/+j/FQDr/+z/6f/r/wAAAAAAAAAAAAAAAAAAAADw/9L/o//n/7z/6v8AANb/7/8uAAAAAADv/wAA4P8AAAAA4f8AAOP/AAAAACcAAAAAAOH/AADj/wAAAAAnAAAAFADz/wAAAAAAAOz/7P/y/wAAAAAAAAAAAAAAAAAAAADr/+v/AADl/+z/CADw/93/3/8lAOb/5P/k/+n/0f/q//b/EwAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAA5f/q/+v/6P/s/+n/5f8XAAAAAAAAAAAAAAAAAAAAAADp/zMA5//f/+7/5f/S/9L/7f8UAPT/8//s/+z/7f/y/+z/AADs/8X/tf8UAMn/xP/q/93/5//Y/+b/KQDY/9P/FADu/+z/7P8AAPn/6v/v//H/7//s//D/AADs/xQA+v/s/+z/7//s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/Q/9T/2P8/AMj/xf/Q/wAAAAAAAAAAAAAAAAAAAADw//X/8v/4/+7/EwD1/+7/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArANT/3//f/9//2//W/9X/7P/p/+v/8P/u/+7/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+D/6f/W/+r/4P/U/yIAAAAAAAAAAAAAAPf/AAAOAPv/7P/s/+3/9P/s/xQA8P/o/xwA3//j/+j/5P/i/9z/2f/Y/+v/8f/6/97/KQDw/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/97/6P/n/+f/0v8ZAOr/6//q/+3/6f8AAPr/FQD0/wAAAAAAAAAAAAAAAAAAAADr/+r/7f/p/wAA+v8VAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqAOP/2P/n/+//1f/X/+3/AAD3/wAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/FADt/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAqAOP/2P/n/+//1f/X/+3/AAAAAAAAAAAAAAAAAAAAABsA7/8AAAAAAAAAAOX/+/8XAAAAAAAAAAAAAADr//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/5/+//+v/a/xQAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7/8AAO//FADz/xYA6f/n/+v/6//k/+v/5P8AAAAAAAAAAAAAAAAAAAAA7P/t//r/7v/6//H/FAD0/+H/GQDo/+f/6f/p/+3/4f/s/+7/AAAAAAAA9/8UAAAA3//f/9//4v/m/9n/IgDh/+v/GwAAAAAA8v/x/9P/AAAUAOz/7P/s/+z/7P/s/+z/8v80AAAAAAAAAAAA2P/0/+v/AAAAAAAAAAAVAAAA+/8UAPX/AAAAAAAA9//s/wAA7P8AAAAAAAD3/xQA7f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/6f/r/+f/FQDs/+v/6//r/+v/2f/s/yMA9f/o/9n/2f/s/+z/7P8UAOz/7P/r/+v/7P/r//D/KQD6/9n/6f/o/+z/7P/s/xUA7f/s/+v/7P/s/+z/7P8VAO//6f/q/+z/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADo/+j/5f8XAOj/6v/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAO//AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7P/r/+v/FADs/+z/7f/1/+z/7P/s/xQA4f/h/9z/4f8AAOf/6f8LAAAA+v8AAAAAGAD4/wAA6v8AAAAAAAAAAAAA+/8AAAYAz//D/9D/zv/4/+j/6P8PAOz/7P/t//X/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAACgDA/8v/sv+4/9//0f/y/+n/6v/t//L/9//r/xcA9//S/9L/1f/V/+z/6v8vAOL/GQD1/wAAAAAAAN7/5v/s/+f/4v/v/wAAAAD2/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xYA6f/q/+v/6//r/+r/AAAAAAAAAAAAAAAAAAAAAO3/7f/s//H/AADs/+z/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+3/7f8AAO7/FQDz//X/HAAAAAAA9P/5/+n/+P/Z/9v/6P/l/9n/2P8oAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/9f/5/wAA+/8gAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/q/+v/6f/p/+P/5P8nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQDo/+j/8/8AANj/2P/2/wAAAAAAAAAAAAAAAAAAAADa//n/3//Z/+H/6/8NANj/AAASAAAAAAAAAAAA8v8AAOv/zf/Z/9z/7f8YANb/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t//D/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAPf/AAD3//L/AAAVAAAA6/8AAAcAAAAAAAAAAAAAAAAA7P8UAPP/AADu/+3/7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/7v8AAOz/9f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA9f8AAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAA+P8AAAAAAAAAAAAAAAAAAAAAGQDX/+b/4f/2/+j/4//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQD1/wAAAAAAAN7/5v/s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAA7P/s/+z/7//t/+z/FADs/+X/1//z/+3/8v8pANj/7P8AAAAA9f8AAAAAEgAAAAAAxf/a/9n/4//q/zIA0f/T/+v/7P/q/9v/7P8VAOv/6//s/+z/9//p/+z/EwDs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P8AAAAA8v8UAOz/+v/w//X/8v/4/+7/EwD1/+7/8P/1//L/+P/u/xMA9f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAOz/7f/6/wAA9P8UAOz/AAAAAAAAAAAAAAAAFAD5/wAAAAAAAAAAAAAAAAAAAAAAAOv/8f/7//P/+f8dAOj/+f8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/t/xQA7P/v/+z/7P/s/+z/6f8UAOz/6//s/+z/9P/t//H/FADr/+z/AAAAAAAAAAAAACQAAADp/wAAAAAAAAAAAAAUAPn/AADs/+z/7f/s/+z/FADs/+z/7P/s//T/7f/x/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAPH/8P/1//H/7P/s/+z/6//s/+z/7f/s/+z/FAAWAOf/7P/w/+v/6v/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//L/AAAAAPv/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/4v/v/wAAAAD2/xoAAADs/+v/6v/i/xcA6//o/9r/AAAAAAAAAAAAAAAAAAAAAOz/7P/r/+n/JgDo/9j/0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+z/7f/s/wAAAAAAAAAA+f8AAAAABwAAAAAAAAAAAAAAAAAAAAAA7P/s/+//AAAAAOz/FADw//f/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAA7P8WAOv/6P/r/+r/6f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAGADo/wAAAADu//j/7//r/+b/AADq/xMA1f/r/xsA5f/o/+3/AAD4/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+r/3//r//r/4P8WAO3/6//l/+j/3/8AAPD/GADc/9z/x/8AAKv/4/+w/+P/6//r//D/AAAAAB8AAAD3/+j/7P/g/+z/7f8XAOz/7P/p/+r/2P8AAPX/KADs//X/6v/S/+j/y/8fAOn/AAC//9v/7P8UAO3/9v/s/+z/7f/x/xAA2f8AANj/3//j/+r/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA3P/N/73/2P/p/wAAyv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAADY/8n/2//Y/9j/4/8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/q/+3/7P/s/+z/7P/t/+z/7P/t/+z/FADv/+3/7v/y/ycA6P/s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+v/AAD1//P/8f8YAPf/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s//H/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8WAPn/9v8AAAAA7f/q//D/AAAAAAAAAAAAAPj/AAAKAPX/3v/Z/+b/4P8AAA0A6/8AAAAAAAAAAAAAAAAAAAAADwC6/9j/AADN/8X/2f/c/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+//2/+3/7//s/xQA7P8AAAAAAAAAAAAAAAAAAAAA1//O/7z/x//I/9T/MgDM/wAAAAAAAAAAAAAAAAAAAAAWAOv/6//s//L/6v/q//L/7P/t/+z/FADs/+z/6//r/wAA4//O/+v/8/8JAMX/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/zf/Z/9z/7f8YANb/1P8AAAAAAAAAAAAAAAAAAAAA6v8cAOr/9v/y/+n/4//5//n/FQAAAOn/AADu/+b/7P/s/xQA7P/v//b/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAOD/7P/s/+z/AAAcAOz/7P/v/wAAAAAAAPv/DwAAAOn/7P/s/+z/FADs/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAGAAAAAAAAAAAAAAAAAPr/EQDs/+z/7P/s/+z/7P/s/xQAFADs/+3/AAAAAPP/7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/y/wAA9P8AAPP/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7f8VAOz/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADl/+z/6/8AAAAA3v/1/wAAAAAAAAAAAAAJAAAA+v/n/xYA6v/q/+j/6f/o/+r/FADr//n/8f/s/+z/6//s/+z/7P/0/+3/8f8UAOv/7P/q/+z/7P/s/+r/FQDr/+z/9/8AAO3/9v8AACQAAAD3/wAAAAAAAAAAAAAAAAAAAADr/9z/3v/Y/+v/GwDq/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/8f/s/wAA7f/s//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAO7/7v8AAPn/7P/w/wAADgDs/+X/+P/n//L/2f8YAM7/7v/0/wAAAAAAABMA8P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAA8v/s/+z/9/8UAAAAAAAAAAAAAAAAAAAAAADs/wAA8P/V/+T/vf8JAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8v/w//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/AADy/+z/7P/3/xQAAAAAAAAAAAAAANj/AAAoAAAAAAAAAAAAAAAAAAAAAADk/wAAAAAAAAAAAAAhAOj/7v/o/+z/7f8VAOz/7P/s/+z/7P/t/+z/FADs/+z/6/8AAPv/AAAAADgA9v/7/8b/7f/u/wAAAAAAABQA7//s/+z/7P/t//X/7P/s/+z/FADp/+r/7P/q/+z/7P8WAOv/AAAAAAAAAAAAAAAAAAAAAOn/0f/U/9P/5v/L/ykAzf/s/+7/9v/t/wAA+P8UAAAA7P/s/+3/FADt/+z/7P/t/xQA7P8AAPr/7f/s//L/7P/t/xQA+//u//X/8v/s//X/EwDx/wAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+v/+P8AAPH/6//4/83/6P/c/+D/5P/l/yYA7P8AAAAAAAAAAAAAAAAAAAAA6P/s//H/7P/s/+z/6/8WAN//1//n//H/5//r/yIA6P/g/+b/5v/o/97/5v/a/x8ACwAAAAAAAAAAAPv/AAAAAOz/7f/t//f/7P8UAOz/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/+z/FADs/wAAAAAAAAAAAAAAABEA7//s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/AADt/+3/AADy/+z/7P/3/xQAAAAAAAAAAAAAAAAAAAAAAO3/7f8AAPL/7P/s//f/FAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD1/wAAAAAUAO3/AADs/+r/8P8AAAAAFQDr/9j/7P/s/+z/7//s/+3/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//v/+7/7v/s/+//7P8UAAgAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/FgDr/+z/5v/n/+v/6v8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/7f8VAOz/7P/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/HgDi/+b/3v/l/8b/4v/p/8v/x//s/9L/0P8XAMf/zf/o/+v/4//r/+z/6v8WAOv/7//T/+D/7f8AANn/LAAAAO7/9P8AAAAAAAATAPD/7//m/+z/3v/s/+z/HgDY/+z/6f/S/+H/HQDp/9z/0v/I/+7/7P/w/+3/7/8UAO3/7v/o/+j/5f8XAOj/6v/p/+v/7P/t/+//8P/2/+z/FADw/+z/6//u//H/7//s/xUA9f/e/+j/6//p/9P/FgDq/+z/7P/r/+v/FQD1/+z/6//w/87/1//M/+T/3P8bAM3/6f/R/+j/6f/e/+r/2f8gAN7/IAAAAAAAAAAAAOL/5P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s//D/AADx/+r/+v8aAOr/6v/s/+v/6//s/+z/7P8UAOz/+v/z/+3/3P/z/y4A0f/r/+H/2P/n/+v/7P/r/xYA6//l/97/5//m/+X/5f8cANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkANj/3f/f/+D/5f/b/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6P/q/+r/6v8XAOr/6f/v/+z/7P/t/+z/FADu/+3/AAAAAAAAAAAAAAAAAAAAAOz/7v8AAPv/7v/s/+v/FQDt/xQA9P/z/+z/7P/t//L/7P/s/+3/9f/w/+z/FADy/+L/8/8AAAAAAAD7/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPL/7f/z/+z/0v/o/+v/7P/t/+//8P/2/+z/FADw/wAAAAAAAAAAAAAAAAAAAADs/+z/8P/v/wAA7/8UAPP/AADk/+v/3P/i/9r/AADf/+r/w//l/+v/4/8eANf/6v8AAMb/5v/a/9r/CADg/9f/7v/0/wAAAAAAABMA8P/v/xQA7v/v/+7/+f/u/+z/8v/Z//v/+f/5/wAAKQDX/wAA7P/y/+z/AAAAABQA7P/3/+v/7P/s/+3/6//o/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s//j/AADn/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f8AAPL/7P/s//f/FADs/+z/FADp/+z/7P/s/+v/FgDn/+z/8P/r/+r/6v/q/wAAAAAAAAAAAAAAAAAAAADc/+z/6//z/+v/7P/k/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//j/EQDt/xQA+//5//b/5//j/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+3/6//o/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOf/7v8AAAAA7P/r/wAA7P8UAO//8P/s/+3/7P/s/9v/LgDj/+v/3f/l/9D/2P8mAOv/7P/t//f/6//X/+7/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs//v/7P/s/+3/9P/s/xQA8P/s/+3/9//1/+z/FADt/+z/1/8RAOj/AAD3/9r/+P8AAPn/FQAAAOn/AADu/+b/7P/s/xQA7f/y/+z/7P/t/+//zP/U/8X/q//x/+L/OQDc/+z/6//t/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7f/5/+b/+f/s/xQA7P8nAOv/6v/b//H/8P/o/+7/+P/u/+z/7P/t/+7/FADs/+n/6//Z/9z/2v8OANj/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/y/+z/7P/s//n/FwAAAPv/AAD2/+r/AADO/+j/vP8SANL/zf8RAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+H/z//x/+v/AAATAKv/7P8UAOz/7f/v/+z/7v/s//P/8v/j/wsA5/8RALf/0P/Q//X/zv8AAAAA1f/w//r/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/wAA1v/0/wAA5P/b//r/7P/s/+3/FADy/+L/7P/2/+z/7P/t/+z/7f/q/+z/FAAAAAAAAAAAAAAAAAAAAAAA2P/r/9n/2f/s/97/5v8nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/AADQ/wkA0P8NAMX/5f/r/wAA9f/z//H/GAD3//L/6//s/wAA6//q/xMA2P/e/wAAAAAAAAAAAAAAAAAAAADY/+v/2f/Z/+z/3v/m/ycAAAAAAAAAAAAAAAAAAAAAAAAAxf/f/xcA6//d/wAA7P8AAAAAAAAAAAAAAAAAAAAA9v/l/9j/2v/o/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/9P/s/+3/7f8YAOr/8v8AAAAAAAAAAAAAFADt/wAA6//s/+v/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/r/+b/GADi/97/2P/p/9z/1v8vANf/3P/f/9b/0//U/+z/7P/s/+z/7P/s/+n/FAAZANz/5f/W/+n/1//q/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+f/6v/p/+3/GgDj/+T/4v8AAPP/AAAAAC4A9//v/+z/7P/t/+z/7P8UAOz/7P/D/9f/yP/V/+D/LwDV/9X/4f/k/x4A4v/S/+n/2f/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+v/6//s/wAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/xQA8f8AAO3/7f/u//H/vf/Y/+v/8P/g/ywA2v/q/+z/7P/t/+3/7v/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAFADs/+z/9f/t/+z/7P/t/xIA+//6/wAAAAAAAO//AAAUAOz/7P/s/+3/7P/s/+z/DwAAAPr/AAAAAAAA+f8AAOn/4v/q/xYA7v/p/+v/2f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FQDv/+n/6v/s/+z/6f/0/+7/2v8MAOv/8f/s/+z/6//s/xUA6//s/+D/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO7/7f/r/+z/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+//7f/r/+v/FQAAAAAAAAAAAAAAAAAAAAAA8v8UAPH/AADt/+3/7v/x//L/FADx/wAA7f/t/+7/8f/y/xQA8f8AAO3/7f/u//H/8v8UAPH/AADt/+3/7v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/x/+z/7P/s/xQA7f/t/+z/8f/s/+z/7P8UAOz/7P/s/+3/7P/s/+z/FADN/9f/wf/d/93/0f8kAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAA4A8f/t/wAAAAAAAPv/FAAAAOD/1//o/+L/4f/W/yUA4v8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/t/+z/7P/s/+z/7P/t/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+7/8f/v/+z/FQD1/+z/6//t/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYANj/1v/m/9v/2//q/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/m/+v/GQDr/9b/6//W/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/3//b/+n/6f/x/+n/IwDt/wAAAAAAAAAAAAAAAAAAAADd/+f/4v/q/+j/6P8bAOr/AAAAAAAAAAAAAAAAAAAAAOv/6//q/+z/7P/r/xUA6v/p/+r/6//r/+v/6v8VAOn/AAAAAAAAAAAAAAAAAAAAABgA7P/u/+z/6v/v/9j/7P8AAAAAAAAAAAAAAAAAAAAA1//Y/9r/3f/d/9T/KQDZ/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/r/+z/6//d/97/2P/s/xsA6v/Z/wAA3//b/+D/5f/k/wcA7P/q/8P/5f/r/+P/HgDX/+r/4v/a/9r/3f8HANf/CwDQ/wAAAAAAAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAA2f/7//n/+f8AACkA1/8AAAAAAAAAAAAAAAAAAAAAAADf/+D/6f/W/+r/4P/U/yIAFAAAAAAAAAD2/+n/5v/s/wAAAAAAAAAAAAAAAAAAAADW/9j/6P/d/+D/6P8rANv/8P/3//T/+v/u/xUA6//u/wAA9/8AAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA8f/2//f/+P/s/+v/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/7f/1/+3/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDj/wAAAAAAAPP/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0AAAAAAPr/+v/1//f/5v8AANf/1v/W/xMA3//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/p/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADz/+n/8//h/wAA7/8WAPr/x//J/9H/yP/I//P/JADO/+z/7P/t/xQA7f/s/+z/7f8VAOz/8P/1/wAA9P/r/wAA4f8AAOz/8P8AAC0A+P/u//f/xP/j/wAAxf/k/wAAAAAUAOz/7P/v/+3/7P/t/+z/z//s//n/8P/x/+v/IgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+3/FADs/+z/7P/s/8v/yv/p/8v/0P/r/73/LADR/+X/7//q/wAAIgAIAOL/1P/l/+n/3//r/xEA+v/f//D/EQAAAAAAAAAAAAAAAAAVAOj/7P8AAO//8//r/+z/FQDr/+z/6//s/+v/6f/q/+z/7P/s/xQA7f/s/+v/7P/6/8X/2f+8/+b/EQDY/+L/3P/i/+3/7f8hAOD/5P/q/+n/zv+k/33/rf9GAML/tf/t/+z/AAAVAAAA7P/r/+z/AAAAAAAAAAAAAAAAAAAAABoA4//h/+v/6v/d/+v/5f/b/+H/3//i/+T/IgDe/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAANT/LgCp/8X/4P/G/9P/tv/Y/wAA2v/h/9j/3v8AANz/7P/s/+z/FADs/+z/7P/s/9X/1P/O/9P/5v8KAOb/8f/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xcA2//N/8b/x//F/8f/7v/u/wAA9//s/9b/AAAoAAAAAAAAAAAAAAAAAAAAAAAPANr/4v/Z/+r/3f8AANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xUA6v8AAAAAAAAAAAAAAAAAAAAA5//p/+v/6v/p/xcA6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9n/2P/Z/+3/HQDl/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMT/7v/Q/9f/5P8KANP/+P/S/87/zP/H/8P/PQC8//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/o/+z/6//s/xwA3//Z/+j/5f/p/+n/6f/q/+n/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA2f/s/+z/6//p/+v/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPL/FQAAAAAA7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+X/6//s/+v/5v/r/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+z/7P/s/+z/3v/n/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/2f/b//H/AAAjAAAA7P8AAAAAAAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAD3/wAAAAAAAPf/6f8AAN//5//q/+r/8P8aAOP/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/I/zoA2P/t/9b/2v/G/9v/CADq/wAA2P/Z/+v/2P8jAN7/1P/N/9D/0P/K/83/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P8UAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/FADs/+3/7P/t/+z/6//r/+v/5v/X/+v/6//W/+b/FwD3/xIA5P8AAN7/yv/t/9r/AAAAAAAAAAAAAAAAAAAAAOz/FADx//H/8v/s/+3/7P/l/9n/AADb/9j/2P/Y/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/d/+f/2//m/ykA2P/T/wwA0v/6/8f/wP/h/9j/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6v/K/9j/3v/6/77/CQAVAOz/2f/u/+n/6//r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+X/2//d/9P/5P/V/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/7T/CQAAANH/0//r/7j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/9X/uv/e/9j/xv8AAMX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f/s/+L/6P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0A4//Q/7r/5/8AAOT/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv//n/7//zP8HAM7/HQDl/wAAAAAAAAAAAAAAAAAAAADY/9L/EQAAAOr/zv/j/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+//+v/4/+7/7f/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8dAAAA9f8AAAAA+P/4/+z/7P/t/+z/7f/s/xQA7P/v/xoAAAAAAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/t//H/FADt/+z/AAD5//n/AAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAADK/xMAzP/I//P/7//o/9z/7P/t/+z/7P/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8AAAAAAAAAAAAAHgAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/p/+z/4v/r/xUA4P/m/xQA7P/s/+z/+v/s/+z/7P/s/+z/7P/s/+3/7P8UAOz/9f/y/wAA9P8AAPP/GAAAAPL/7P/v//v/AADv/xQA8P/d/9j/8v/1/+r/BQDY/wAA+//s/+z/7f/0/+z/FADw/xkA9f8AAAAAAADe/+b/7P/E/9b/5f/M/9r/0//N/zYA7P/s//L/7/8AAPD/FAD1/+z/7P/t/+3/7v/t/xQA7f/s/+z/7P/s//D/7P8UAOz/7P/t/+z/6v/s/xYA4v/o//H/7//s//D/AADs/xQA+v8AAAAAAAAAAAAAAAAAAAAA7P8UAPD/8//t/+3/7f/z/+z/7P/w/+7/7f/s/xQA7P/Z/+H/IADY/97/6f/o/9j/4f8qAOn/7v/q//X/0P/p/+z/7f/u//P/7P8UAO//8P/r/+z/7f/s/+z/FADr/+z/7P8UAOz/7P/s/+z/6//s/6v/yf/U/w8At//n/w0AAAD1/xoAAAAAAAAA+//t//j/7//v/+3/7f/s/+z/7P8UAAYABgDW/9P/2P/U/7X/y/8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPD/9v8AAPv/AAD0/xQA+v8AAAAAAAAAAAAAAAAAAAAA6v/x/+j/4//u/xkA6f/m/+z/FgAAAAAA9P/z/+v/AADp/+f/6P/o/+r/6/8XAOv/6v/o/+H/6//r/+r/6P8WAAAAAAAAAAAAAAAUAOz/AADm/9L/zf/M/9X/yf8uAMb/1P8uAKn/xf/g/8b/0/+2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/Q/9z/1P/q/+v/6f8WAAAAAAAAAAAAAAAAAAAAAAD3/+z/+f/2/xoA7P/s/+b/7P/r/+z/7P/v/xUA6v/r/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/f/+D/6f/W/+r/4P/U/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/2P/r//H/+v/e/ykA8P8AAAAAAAAAAAAAAAAAAAAA7P8WAAAAAAD0//P/6/8AAOz/7P/s/+z/7f/s/xQA7P/s/wAA+P/r/+3/yf8IAPf/7P/s/+z/7P8UAOz/7P/s/+z/7f/u//P/7P8UAO//8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5P/j/+b/2/8AAAAA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/x//a/9r/1f/3/+X/AADs/+z/FADp/+z/7P/s/+v/FADv/+z/8f8AAOz/7P/4/xQA7//s//H/AADs/+z/+P/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7f/s/xQA7P8LAAAAAAAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7//u/+7/7P/v/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+v/7P/r/+z/FQDr/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAA+v8RAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/1//D/7P8UAPL/7f/t/+z/8f/s/+z/7P8UAAAA9/8AAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAD2/+n/5v/s/+z/8v8UANv/7P/q/+z/2f/v/+X/6f/x/+n/7f8eAOT/3//b/yEA9//4/+j/5//x/+z/7P/s/+v/7f/s/xQA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA6f/s/+z/7P/r/+z/7P/s/+z/7P8UAOz/7P/d/9j/8v/1/+r/BQDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+3/7v/y/ycA6P/s/+b/AAAAAAAAAAAAAAAAAAAAABQAAAAAAPP/AAAAAO7/AAAUAO3/9f8AAPP/7v/s/wAA6P8XAOv/6//q/+//6v/p/wAAAAAAAAAAAAAAAAAAAAAUAO7/9//6//b/7v/s/wAAFADt//X/AADz/+7/7P8AABUAAAAAAO//AAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA6//p/+z/6//1/xYA6//o/+z/AAD0/9b/6v+o/wkACQDt/+3/AADy/+z/7P/3/xQA7f/t/+3/9f/t/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAFADu//j/+//3/wAA7P/h/w8A2P/l/9b/6v/X/wAA0v8AAAAAAAAAAAAAAAAAAAAA7P/p/+3/7P/m/xcA7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/4f/b/+j/3v/n/xwA3//s/+v/FwDr/wAA5v/l/+v/7P/s/+v/7P8UAOz/7P/r/93/1v/g/93/HwDT/+f/6P/t/+3/AAAAAAAAFADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/6f/k/8v/xv8TAOX/9/8AAAAAAAAAAAAAAAAAAAAA6v8bAOz/7f/k/+r/7P/Y/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/6//r/xUA7P/s/wAA+f8TAPr/6f/p/9j/KwDq//P/5//e/9b/4/8AAAAAAAAAAAAAAAAAAAAA7P/r/+r/4v8XAOv/6P/a/+3/9//0/wAA6//u/+X/GQAAAAAAAAAAAAAAAAAAAAAA7//t/+7/8v8nAOj/7P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//2P/Y/+b/xv/S//X/DwDk/+T/4f/I/+r/4P8hAMX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/5v/t/+z/6//q/xUA3v/N/+b/JQDX/+T/5P/U/wAAFADc/9j/7f/t/+v/6//w//b/AAD7/wAA9P8UAPr/7P/s/wAA9v8UAPj/6P/g/9f/EQDq/9f/7P/s//r/6/8VAOX/0P/G/9f/5v/m//D/EwDo/9b/AADY/9r/0//Y/+j/1v/b/8v/EwAAAO//2P/s/+z/7P/t/+z/FADt/+3/7P/s/+z/7f/s/xQA7f/t/wAAAAAAAAAAAAAAAAAAAADk/+z/AADq/9n/2/8SAOv/7P8VAOz/7P/t/+3/6//s/xQA2v/h/+n/BgDc/+n/7P/q/+z/6//r/+3/6/8WAOz/7P/s/+//AADs/+j/7P8RAN3/8v/0/+z/FADy/+z/7P/R/y4A0//Z/9r/3v/V/9X/AAAAAAAAAAAAAAAAAAAAAO3/FADs/+3/7P/s/+z/7P/X/9j/AAANAOn/4v/p/9j/1P/m/+n/8P8AAOf/HQDz/+z/7P/s/+z/7P8UAOv/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAABQA7P8AAOz/7P/s/+z/7P8UAOz/7P/r//T/6//q/wAAFgDr/+z/3//n/+b/6P/U/yEA6f/m/+z/8P/s/wAAAAAUAOz/9//Y//L/8/8AAAAAKQDX/wAAAADq/+z/7P/4/wAA5//o/+X/7P/s/+z/7P8UAPT/7P8AAAAAAAAAAAAAAAAAAAAA6//r/+z/6//s/xUA6//o/wAAAAAAAAAAAAAAAAAAAADs/+z/9//p/+z/EwDs/+z/0//G/8L/4f/S/0AAyP/g/+7/+v8AAOv/9v8VAAAA+f/s/+z/FADx/+z/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAO3/7f/t//X/7f8UAO7/7P/s/+v/2P/r/+//6P8cAO3/7P/r/9j/6//v/+j/HADt/wAA9v8AAAAAAAAUAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/FADs/+z/7P/s/+z/AAAAAAAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+//7f/r/+v/FQAAAAAAAAAAAAAAFADs/wAA9f8AAAAAAAAAAC0A4f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAD3/wAADgD7/+z/7P/t//T/7P8UAPD/FQDr/+v/8P/u/+v/6//r/9j/AAD7/wAAAAD1//H/KQDs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/AAAAAAAAAAAVAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4//r/+j/FwDr/+v/3f/p/xYA6v/p//D/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/x/wAA8f/s/wAA7f8UAOz/7f/s/+z/7P/s/+j/6v/o/9//6//p/xYA5v8UAO7/7//u//n/7v/s//L/AAAAAAAAAAAAAAAAAAAAAOb/HQDj/+b/6P/j/+H/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAAAABUAAAD7/+r/6f/r/+v/7//r/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAAFQAAAPv/7P8UAPP/AADu/+3/7v/t/+j/BgDm/+T/1//n/8//EgAAAAAAAAAAAAAAAAAAAAAA7P/s//n/AADz/xQA7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAA9//y/wAAFQAAAOv/AAAdAAAAAAD6//r/9f/3/+z/FQDs/+z/7P/s/+r/6P8AAAAAAAAAAAAAAAAAAAAA+P8VAAAAAAAAAAAA9f8AAOv/6v/3/xQA7P/u/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//t/+z/FADr/+z/7P/s/+v/7f/s/xQA6//s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA7/8pAOz/7f/u/+z/7P/X/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+r/5//o/+n/6v8WAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xsAAAAAAPL/8f/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/2P/r/+//6P8cAO3/6//r/xUA7P/r/+n/6//s/wAAAAAAAAAAAAAAAAAAAADx/+//7P/w/wAA7P8UAPr/8f/v/+z/8P8AAOz/FAD6/+z/7P/v/wAA7P/v/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+L/7P/t/wUA7P/b/wAAAAAAAAAAAAAAAAAAAAAAAO3/5f/q/+3/8v8aAOP/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+b/2v/q//T/4/8ZANL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOz/6v/x//j/6//n//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/6//s/+3/7P/r/+z/7v/o/+z/7f8VAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+7/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7f/x//T/9//w/xUA4f/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6v8ZAOn/7//r/+z/5v/s/+r/GQDp/+//6//s/+b/7P/s/+z/7P/s/+z/FADu/+v/AAAAAAAAAAAAAAAAAAAAAOv/6//a/9f/2//j/wgAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+H/3//i/+T/IgDe/+H/7P8AAPD/1f/k/73/CQD7/wAAAAAAAAAAAAAAAAAAAADs/+z/8P/v/wAA7/8UAPP/FADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/w//D/7f8UAOz/7P/w//X/8v/4/+7/EwD1/+7/3/8lAOb/5P/k/+n/0f/q//P/AAAAAAAAAAAAAO7/EwAAAAAAAAAAAAAA+v8AAAsA7P/t//H/8v/s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/s/xgA7v/t/+r/5f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAD3//L/AAAVAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+3/7v/y/ycA6P/s/+b/AAAAAAAAAAAAAAAAAAAAACUA8P/i/wAA+//x/9T/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7/8UAO7/6//r/97/6P/r/+n/0/8WAOr/7P/x/+3/AAAAAAAA+/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x/+7/AADs//X/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//D/8/8AAPX/7P8UAOr/7P/s/+z/7//u/+z/FADs/+z/7P/5/wAA8/8UAOz/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAD4//D/FwDq/+v/7//s/+z/6v8AAAAAAAAAAAAAAAAAAAAA6//r/+v/6//s/+z/FQDq/wAAAAAAAAAAAAAAAAAAAADg/+r/3//r//r/4P8WAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/tf+9/+//7//y/14AAADs/+z/7P/s/+z/FADs/+z/t//j/8n/0P+p/wAA1P8LAOz/7P8AAAAAFADs/+z/AADs/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/x/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/x/+7/7P8UAO//FQDZ/+z/7P/r/+n/6//s/+z/8f/u/wAA7P/1/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/FADx/wAA7f/t/+7/8f/v/yIAAAAAAO3/+//k/wAA6v/h/9j/1//u/97/xv8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//p/+L/4/8bANz/2P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/t/+v/6//r/+r/6f8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAANAPf/7P/r/+v/7P/s/xMA6//s/xQA7//u/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/6//r/+z/7v8VAOn/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AADs/xQA7//w/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8ZAPX/AAAAAAAA3v/m/+z/AAAAAAAAAAAAAAAAAAAAAOD/6P/o/+3/8f/Z/xsA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/AADs/+z/7/8AAAAA7P8UAPD/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOv/7P8AAAAAAAAAAAAAFAD5/wAAAAAAAAAAAAAAAAAAAAAAANn/+//5//n/AAApANf/AADn/+n/6//q/+n/FwDp/+n/7P/y/+z/AAAAABQA7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/7f8UAOz/7P/s/+z/FADs/+z/7P/s/+z/7P/s/+v/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAYA7P/s/+3/9f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/xQA8P/z/+3/7f/t//P/t//a/9X/1P/d/9f/MwDQ/wAACAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//l/+n/8f/p/+3/HgDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5P/c/+X/6P/o/x0A3v/s/+z/7f/t/+//7f8UAO3/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+b/6P/J/+D/GwDn/+X/7f/s//T/7P/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAADn/xkA4v/o/+7/9P/l/+j/8P8XAOr/6//v/+z/7P/q/wAAAAAAAAAAAAAAAAAAAADv/xQA7v/t/+//7f/s/+3/7P/t//r/7v/6//H/FAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAA7P/s/+z/7//u/+z/FADs/87/0//X/8r/6P/Z/wAACQD2/w0A6f/Y/wAAvv/m/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/s/+z/JwDb/+v/5P/l/93/7f/q/9L/2P/S/9H/zv/6/+r/EwAAAAAAAAAAAAAAAAAAAAAAGwDm/+z/0v/Q/9X/5//l/+v/8/8AAPr/7f/v/+v/FQAAANj/6f8AAOz/AADk//L/7f/s//T/7P/v/+z/FADs/8P/zP/Q//j/y//y/wAACQAAAAAAAAAAAAAAAAAAAAAA5f/Z/+v/2P/s/+f/AAAPAAAAAAAAAAAAAAAAAAAAAAAzAOb/zP/P/87/xf/Q/9b/3/8AAPb/2v/Z/93/FQAAAAAAAAAAAAAAAAAAAAAAAAC5/77/2v+u/8z/xv82AOD/7P/s/+z/7P/s/+z/6f8UAAAAAAAAAAAAAAAAAAAAAAAVAOf/7/8AAPX/3//s//n/7P/s/+z/7f/s/+z/7P8UANf/1v8XAAAA3v/V/+r/6P8IAOb/6P/N/+P/AADj/+P/6//s/+T/7f8QAOv/3v8AABMA9v/w//L/+f/j/+j/AADs/+z/7//s/+3/7P8UAOz/5f/q/+v/6P/s/+n/5f8XAOz/FADz/wAA7v/t/+7/7f8AAAAAAAAAAAAAAAAAAAAAwv/Z/9j/6P/G/yYA5P/s/+b/AADU//L/AADe/9v/8v/j/+f/3//z/9//3P/t/yUA9/8AAO3/9v8AACQAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AADv/wAA8//Y//f/KAAAANX/uv/V/9j/xv8GALr/7P/s/xQA6P/s/+z/7P/q/+z/7P/s/+v/7f8aAOz/4P/s/xQA8P/z/+3/7f/t//P/6f/O/9j/7f/y//P/7f8AANv/+P/l/+n/7P8SAOr/2P8AAAAAAAAAAAAAAAAAAAAA6/8VAOv/6f/s/+v/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8KAKL/nf+7/9j/EgDT/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+v/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPn/5//r/+r/5/8IAOv/3//v/wcA7P8AANn/3//Q/9z/3P/X/+b/5//X//f/FADo/+3/6P8AAAAA+f/2/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA3f8SANH/yP+8/9b/2P/q/9v/5P/W/+D/HgDn/9X/EgAAAAAA+P8AAAAA8P8AAN7/xv/g/8z/+f/q/ygA5/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/v/+z/7v/s/+z/7P/s/+3/7P8UAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+z/9v/0/xoA7P/s/+b/7P/s/+z/7//t/+z/FADs/+r/5f/n/9z/4v/f/9n/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AANf/BwDm/9j/4//r/wcA1/8AAAAAAAAAAAAAAAAAAAAA7v/o/+z/7f8VAOz/7P/s/+z/7P/t//X/7P/s/+z/FADZ/xkA3//W/+X/4P/W/+r/7P/s/+3/FADt/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADr/xUA6//p/+z/6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t//H/7P8UAOz/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAAAAAADu/xMA8/8AAAAAAAAAAAAA7v8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/7f8AAAAAAAD7/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA0v/Q/9T/2P8/AMj/xf/Q/wAAAAAAAAAAAAAAAAAAAADs/+7/9v/t/wAA+P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7P/t/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADu/+7/6//s/+z/FQDq/+b/7P/s/+3/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADt/+3/7f/1/+3/FADu/+z/6v/q/+j/6f/q/+j/FwDp/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/FADs/wAA+v/t/+z/8v/s/xQA7P/s/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//X/+P8AAPv/7P/v/xQA+//t/+z/FADt/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADo/+z/7P/s/+z/3v/n/yAA3/8lAOb/5P/k/+n/0f/q/+z/7P/s/xQA7f/s/+v/7P/m/+j/6f/q/+j/GQDk/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAAAAAAABEAKQDs/+3/7v/s/+z/1//u/+b/2v/k/+v/5v/q/xoA6P8AAAAAAAAAAAAAAAAAAAAA6f/r/+z/7f/s/+r/FQDr/8n/1f/Q/9v/4f/Q/9r/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/FADs/+z/7f/t/+z/7P/s/+7/7v8AAPn/7P/w/wAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD0/+3/7P/o/+v/7P/s/+z/8v/v/wAA8P8UAPX/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P8UAPT/7f/s/+j/6//s/+z/7f/3//X/7P8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//T/AAAAAAAAEwDw/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAACwDl/+r/6//o/+z/6f/l/xcAAAAAAAAAAAAAAOz/AAAUAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA4f8AAOb/AAAAAB4A8f/4/wAAAAAAAAAAAAAAAAAAAAD1//L/AAD0/wAA8/8YAAAA2f/7//n/+f8AACkA1/8AANv/4f/f/+L/5P8iAN7/4f8AAAAAAAAAAAAAAAAAAAAA7P/t/+7/8//s/xQA7//w/wAAAAAAAAAAAADs/wAAFADq/9v/5P/W/+D/HgDn/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAADf/+L/5v/k/+j/IgDY/9L/+P/r//L/AADy/xUA6//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/0//H/+v8AACkA8//p/wAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAADwAAAPn/AAAAAAAAAAAAAAAAAAAAAOz/7P/z//H/6v8VANz/6v/s/+z/7f/r/+z/FADs/+v/6v/r/+v/6//s/+z/7P8VACEAAAAAAAAAAADe/+v/AADY/+v/6//t/97/KwDm/+f/+v8AAOb/AAD0/yQA+v/d/wAAAAAAAAAAAAAAAAAAAADa/97/7v/r/9n/2P/g/ygABQDt/wAAAADu/wAA9f/s/+v/9P/r/+r/AAAWAOv/7P/s/+3/7v/z/+z/FADv//D/7//6/wAA8P/5/xcA+f/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/q/+H/4v/Z/+b/2v8oAOz/7P/t//T/7P/s/+z/FAAIAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6//p/+v/3v8VAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//s//n/8P/x/+v/IgDs/xQA7P/t/wAAAADz/+z/+f8pAAAAz//b/9H/1f/H/87/7P/s//L/7v/t/xQA7P/s/+3/FADs/+z/7f/s/+7/7P/l/+r/6//o/+z/6f/l/xcA7P/s/+3/7P/r/+z/7P8UAOz/FADv//D/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/xQA7//s/+z/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FQDv/+n/6v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/1//D/7P8UAPL/6P8cAN//4//o/+T/4v/c/xQA7v/v//j/AADt/+z/AADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAPf/AAAAAPf/8v/3/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/r/+3/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDs/+v/6//3/+z/6v/5/+z/FADs/+z/8f/r/+z/7f8AAAAAAAAAAAAAAAAAAAAAFADu//H/7P8AAO3/7P/1/wUA7f8AAAAA7v8AAPX/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/0f/J/8r/5P8sAMD/xv8AAAAAAAAAAAAAAAAMAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t//D/6/8UAO3/FAD6//b/9f/w/+3/7f/s/+v/FADt/+7/7f8AAOz/7v/d/+v/6v/q/+v/7P8XAN7/AAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8ZAOr/6//p/+r/5P/p/wAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/u/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+L/5v/k/+j/IgDY/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+f/4//r/+j/5f8eAN7/3/8iAOv/8f8AAPX/5v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUAvP/Z/+X/3P/S/9v/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAKgDk/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8kAO//+P/g//f/1f/h/+z/FAAAAPf/7//v/+3/9v/d/9n/AAAAAAsA2f8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAPr/+v8AACMAAAD7/wAAAAAAAAAAAAAAAAAAAADy/xUAAAAAAO3/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//X/8v/4/+7/EwD1/+7/7v/w//P/AAD1/+z/FADq/+//IgAAAAAA7f/7/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPn/AAAAAAAAAAAAAAAAJAAAAOj/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPr/AADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+7/7P/w/+7/7P/s/xQAAAAAAAAAAAAAAAAA+v8RAOz/8f/u/wAA7P/1/+z/FAAAAAAAAAAAAAAAAAAAAAAA+f/l/+b/AADX/wAA7P/4/+z/7P/t/+z/7P/t/+z/FADr/+7/7P/w/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA7P/r//P/7P/r//b/AAAAAAAAAAAAAAAAAAAAAO3/7f/s//H/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/8P8AAAAAHwAAAPf/6P8AAAAAAAAAAAAAAAAAAAAA7P/q/+3/7P8nAOj/5v/V/+z/7P/t//P/7//s/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//X/8P/s/xQA8v/h/yoA6f/u/+r/9f/Q/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/e/9P/AADn/+n/1v8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+r/AADC/9v/2/8QALr/6//r/+z/7P/6/+z/FQDs/wAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAABgAAAAAADwAAANn/3f/a/9j/2P/j/wAAAAAAAAAAAAAAAAAAAADq/+z/7P8UAOz/7P/s/+z/7P/s/+z/7//u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7v8AAOz/7v/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/zP/W/8T/6v8VAOz/4//P/9v/z/8AAMb/zf/t/xcA7/8UAO7/8f/t//T/7P/t/9f/FwDX/9X/4v/a/wAA1/8nANn/2/8AANn/2v/Y/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/s/+3/7f/r/+z/AAAAAAAAEAAAAPT/AADx/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA6//e/9v/7P8UANj/3P8AAAAAAAAAAAAAFADs/wAAAADZ/+f/tP/Z/yYAwv/L/wAAAAAAAAAAAAAAAAAAAADT/+L/5/8RAAAA0/8AAML/7f/s//T/7P/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAADL/9j/JwDC/9T/vP+5/8r/7P/s/xQA7//s/+z/7P/t/wUA6//q//D/AADo/wAAAACh/w8AFQCc/77/tv/n/8P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/2P81AOf/7P/4/+b/xP/u/wAAAAAAAAAAAAAAAAAAAADW/9b/5P/E/9D/9P8iANb/7P8UAPH/8f/y/+z/7f/s/xgA5P/t/+f/9P/X/+z/8P8UAAAAAAAAAAAA7P/s/wAAJAD7/wAAAAAAAPv/4f8AABQA7P/t/+//AADw/+z/AAAVAOz/AAAAAAAA+v/r/wAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/0/+z/7P/t//D/FADt/wAAAAAAAOz/7f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/s/wAA7/8AAPL/1f8AAAAAAAAAACwAAAAHABYAAAD3//H/8v/W/wAA7f/7//b/7f/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAADe/+v/AAAAAA0AAAAAAAAAAAD1/wAA5f8hAOD/5//k/+n/3v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7//s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADq//n/8P/t/+z/GQDz/+//AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/r/+z/7P8UAOz/7P/s/+//7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/t//D/AAAAABYA6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7//s/+z/7P/s/+3/7P8UAO7/7f/s/+z/9P/p/+z/FQDs/+z/6//r/+z/6P/p/xkA5f/o/+f/5//n/+3/6v8VAOz/7v/r/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//e/+r/FgDY/9r/+f8WAOf/7P/w/+v/6v/q/+r/AAAAAAAAAAAAAAAAAAAAAOf/AADs/+f/3P/p/xAA2P8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/t/+z/7P8UAOj/7P/s//P/6/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+r/AAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAABUA5f/r/+z/8P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAYAOz/6v/x//j/6//n//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADr/+z/7P/r/+b/AAAAAAAAAAAAAAAA+v8RABQA7f/1/wAA8//u/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAAAAAAA9/8UAAAAFADt//X/AADz/+7/7P8AAOv/6//y/wAAAAD7/xUAAADp/8z/0//X/9//yf++/zgA6f/0//X/AAAAAPn/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+r/7P8WAOL/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/s/+z/7P/v/+3/7P8UAOz/7P/s/xQA8f/s/+3/7P/t/9n/6//k/+H/5v8SAPr/z/8SANv/6//u/+n/AADj/+r/5f/m/+H/6f/l/+r/3P8ZAAAAAAAAAAAAAAAAAAAAAAC5/8X/uP+3/8f/AAAIAKj/AAAAAAAAAAAAAAAAAAAAAOn/4f/s/+3/AAAXAOP/5P8AAOr/7P/s//j/AADn/+j/7P/s/+7/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x/+7/AADs//X/7P8UAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7f/s/xQA7f/s//H/7v8AAOz/9f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7//s/+n/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD/6//G/77/sf+9/ycAsP/s/xQA7P/t/+z/7P/s/+z/6v8ZAOn/7//r/+z/5v/s/+3/7P/0/+z/7//s/xQA7P/r/+v/5f/Z//H/7P8WAPH/AAASAAAAAAAAAAAA8v8AAOz/GADr/+v/6//s/+f/7P/t/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPL/FADx/wAA7f/t/+7/8f/i/wAAAAAAAAAAAAAeAAAA7P/s/+z/7P/s/xQA7P/s/+z/7P/v/+3/7P/s/+z/FADZ/9j/6//x//r/3v8pAPD/6v/m/+j/6//p/+v/5P8WAOz/7P/v/+3/7P/s/+z/FAAAANn/6//q/+H/5v8AAOz/8P/1//L/+P/u/xMA9f/u/8T/wv+3/7H/zf9AAMP/xf/s/+z/7f8AAOz/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+z/7/8AAOz/7P/0//D/9f/y//j/7v8TAPX/7v/q/9j/AAD1/ygA7P/1/+r/AAAAAAAAAAAAAAAAAAAAAOr/6f8WAOr/6//q/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/yMA8f/2/wAA+f/i/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAPj/AAD7/+7/FQD7//P/7f/v/+v/9P/m/xsA6v/u/+z/6//e/+3/AAAAAAAAAAAAAAAAAAAAAOv/5//o/+r/8P/o/xYA5//1/yoA7P/4//D/7f/Y/wAA5/8YAO//7P/m/+n/4P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAPr/7f/s//L/7P/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/wAAAADs/xQA8P/g/yUA7P8AAN7/3v/d/9j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/u/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7v/s/+z/7P8AABQA+v/2//X/8P/t/+3/7P/k/9b/6f/h/+X/IQDo/+H/AAAAAAAAAAAAAAAAAAAAAO3/7P8AABUAAADs/+v/7P/M/zcAzf/b/9n/1v/Q/9H/7//t/+7/8v8nAOj/7P/m/+//5f/p//H/6f/t/x4A5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/8mAOH/5//n/+b/2f/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAACAAAAAAAAAAAAAAA+v8AAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADt//H/7f/x/+7/7P/y/9//4P/p/9b/6v/g/9T/IgD5/xUAAADp/wAA7v/m/+z/2P8rAOr/8//n/97/1v/j/wAAAAAAAAAAAAAAAAAAAADl//f/+v8AAAAA6v8eAAAA6v8cAOr/9v/y/+n/4//5/+H/7P/p/+3/8P/i/xQA8f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+7/7P/s/+P/FQDu//D/7v/y/+z/7f/r/xYA6v/r/+v/6v/r/+r/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/0/+3/8f8UAOv/7P/s/+z/9P/t//H/FADr/+z/3//f/9//4v/m/9n/IgDh/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/+3/7P8UAO3/AADu/+//7f/u//f/FADu/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/HADs//H/5//n/+P/6f/r/xUA6//s/+z/7P/r/+v/7P/w/+z/AAAAABQA7P/3/xUA2//T/8f/6//R/wAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA8f/s/+z/7P8UAOz/7P/t/+z/7P/s/+z/FAD4/wAAAAAAAPD/7P8AABYA4//d/wgA9P/V/+z/8//H/9j/2//P/+3/0/86AO3/CwAAAAAAAAAAAAAA+/8AABYA9v8AAAAAAADv/+r/AAAWAO3/7v/5//v/9f/q//j/FADs/wAA+v/t/+z/8v/s/+v/5/8XANz/8P/s/9r/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA5//u/wAAAADs/+v/AAAAAAAAAAAAAAAAAAAAAAAA6//b/+X/2P/i/wAABgDs/+z/6f/r//D/7v/u/xUA7f/e/+T/4v8fAOL/3f/g/97/FADs/+z/7P/s/+z/7P/s/ywA1P/j/9f/4v++/9H/5v8VAO7/AAAAAAAAAADr/wAAAAAAAAAAAAAAAAAAAAAAANX/GADo/+j/6v8AAO3/4f8pAOj/6P/z/wAA2P/Y//b/HADj/9j/AADW/9j/3f/H/+z/7P/s/+3/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/7P/s//D/AADv/xMAAAAKAOX/5//s/+3/AADa/+3/FADr/+3/9v/5/+//7P/0/wAAAAAAAAAAAAAAAAAAAAAUAO7/7//4/wAA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7f/s/+z/6//s/xQA7f/x/+3/8f/u/+z/8v8AAAAAAAAAAAAAAAAAAAAAGAD3/wAAAAAAAPf/6f8AANj/2P/m/wwAAADp/wAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+//AADw/+z/AAAAAAAAAAAAAAAAAAAAAAAAGwDl/+j/7f8AAPj/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA+P/J/+T/5f/k/wAA3v8oAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/s/+3/7P/u/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/Y/wAA9f8oAOz/9f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t/+7/8v8nAOj/7P/m/wAA7/8AAAAAAAAAABEAAAAAAOr/7P/s//j/AADn/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgD5//b/AAAAAO3/6v/w/+3/7f/s//H/7P/s/+z/FADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP//b/2f/x/9z/2P/h/xgA2P/M/9P/6//P/9r/7f8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/1v/o/+n/GgDf/93/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/xUA6//s/+D/6f8XAOr/9P/s//D/6v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/6v/r/+z/7P/s/xQAAAAAAAAAAAAAAAAA+v8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAPv/7f/s/xQA7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/xMAAAAAAAAA9f/6/wAAFADr//n/8f/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAAAA9v/s/wAA8v8AAAAAAAAAAAAAEQAAABQA7P/v//P/AADz/+z/AAAAAAAAAAAAAAAAAAAAAAAA6/8VAOv/7P/s/+v/6v/r//D/FQAAAAAAAAD5/wAAAAD5/x0A+P8AAAAA+P/j/wAAAAASAAAAAAAAAAAA8v8AAOr/FQDs/+z/7P/v/+v/7P8AAAAAAAAAAAAAFADs/wAA7P/s/+z/7f/s/+z/FADt/+7/8P/z/wAA9f/s/xQA6v/t/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/7P/s/xUA6//c/93/3f/r/+r/2v8nAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAN7/JgDs//r/8f/3/wAA2f/s/+z/7P/u/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAJAAAAFAAAAAAAAAD2/+n/5v/s/+z/7P/t/+z/7v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA+f8eAPP/7v/p//r/4v/m/wAAAAAAAAAAAAAAAAAAAADm/+z/3v/s/+z/HgDY/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+j/7P8UANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/u//X/7P8AABYA9v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAA9P8AAPH/AAAAAAAAAAAAAAAAAAAAAOz/FADy//D/8P/s/+z/7P/s//X/9f/5/wAA+/8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAD6/+3/7P/y/+z/CQASAOT/z//s/+j/5v/k/yQA6v/3//D/5v/e/+X/7v8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+n/FgDr/+v/6v/r/+n/6v/r/+z/7f/s/+z/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8f/s/xQA7f/u/yYA5P/j/+T/1v/c/7T/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAOf/AAAAABkA6v/r/+b/5v/i/+n/6/8XAOz/7P8UAO//7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//D/+P8AABQA7P/u/9z/7/+7/xkAtf/Z/+//5P/r/xQA7v/5/+z/7P/u//P/AAAWAAAA7/8AAO3/7/8AAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAAHgDr/wAA7P/s/+z/7f/s/xQA7P/t/xUA6v/1/+z/6f/n/+D/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+n/7v/3/wAAAAAUAO3/7P8AAAAAAAAAAAAA2P8AACgAAAAAAAAAAAAAAAAAAAAAABQA9f8AAAAAAAD3/+z/AADV/wcA1//I/9f/+//3/8H/AAAAAAAAAAAAAAAAAAAAAM7/6//Y/wAA2v/X/97/HADi/+X/6f8YAOP/5//f/9z/AAAAAAAAAAAAAAAAAAAAAO3/7P/0/+z/7//s/xQA7P8TANj/2P/s//H/3/8AANn/8//b/+3/1v/a/8n/EACn/+T/7f8AAAAAAAAAAB0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/c//P/7P/s/+z/AADe//D/5P8hAPb/7v/i/wAAAAAAAAAAAAAAAAAAAAAAAOr/6v/p/+v/6v/p/xYA5f8AAOP/6//j/+z/FADT/9b/HQDd/wYAo/+j/9P/7v+p/+D/0f/F/9f/6P/J//X/FwDr/wAA6P/o/+b/2P8AANX/AAAAAAAAAAAAAAAAAAAAAAoA7P/m/93/6P/3/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AAAIAMP/7f8AANb/x/8kAPv/AAAAAAAA+//h/wAAFADs/+3/7/8AAPD/7P8AABUA7P8AAAAAAAD6/+v/AAAAAA8AAAAAAAAA+P8AAPv/1f/e/9b/6f/p/9T/+v8XANj/JQDL/+j/9//r/8r/6/8YAOz/7v/s/+r/7//Y/+z/7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/EwAAAAAAAADt/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/r/+j/5v/i//T/5f8YAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/9f/t/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/Z/97/7f8WAOD/6f8AAAAAAAAAAAAAAAAAAAAA6v/t//D/AAAAABYA6//v/xUA6//r/+3/6//r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/7f8AAAAA7P/0/yAA8v8AAAAAAAAAAAAAAAAAAAAABgDs/+3/7v/s/+z/+//t/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8f/t//H/7v/s//L/KQDs/+3/7v/s/+z/1//u/+z/7P/u/+//FADu/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA7P/t/+7/7P/s//v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9//3f/r//f/4v/b/xUA6f8WAOn/6v/r/+v/6//q/wAAAAAAAAAAAAAAAAAAAADr/+z/AADx//f/FgDp/+X/GAD3/wAAAAAAAPf/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/6v/m/+j/6//p/+v/5P8WAAAAAAAAAAAAAADx//j/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/x4A4v/q/9//4v/j/+H/9v8YAAAAAAD5//r/6P/2/+3/FADy//H/7P/s/+z/8P/s/xQA7P/t/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/t//D/7f8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAADw//D/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgDc/9H/zv/T/+b/zP/R/+v/IAD0/+//AAAAANj/AADs/+v/6//t/+z/6/8UAO7/5/8bAAAAAAAAAPP/8//2/wAAAAAAAAAAAAAAAAAAAADs/xQA8v/w//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/FQDs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8WAAAAAAD0//P/6/8AAPL/FAAAAAAA+v/4//D/8/+1/wAAyv+7/8j/vf8RAMH/+P8TAAAAAAAAAO3/7v8AAOj/GwDr/+z/6v/n/9r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/FQAAAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAA9f8UAAAAAAAAAPj/7f/2/wAAAAAAAAAAAAAAAAAAAADo/+X/AAAAAAAAAAAbAAAAAAAAAAAAAAAAAAAAAAAAAOv/GwAAAAAA8v/x/9P/AAAAAB0AAAAAAPr/+v/1//f/2P8AAN3/AAD5/9r/2//a//b/EwAAAAAAAAAAAPT/AADq/xIA+v/0//P/9v/w//D/AAAHAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAABkAAADy/wAA8P/O/+3/7f8UAOz/7f/s/+z/7P/s/+j/FgDr/+z/5v/n/+v/6v/n/xgA4//o/+b/6v/o//P/AAAAAAAAAAAAAAAAAAAAAOz/FADt//L/7P/s/+3/7/8AAAAAAAAAAAAAAAAAAAAA7P8UAPL/8P/w/+z/7P/s/+b/GwDt//b/7f/m/+f/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FgDr/+z/6//q/+r/6//4/xUAAAAAAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/Z/9f/2v/X/9n/JwDk/wAAAAAAAAAAAAAAAAAAAADp/xgA6f/s/+r/6//o/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/FgDr/+r/6f/q/+r/6v/r/yMA6v/z/83/7f/R/9r/4/8aAOT/5P/q/+r/3f/q/yEAAAAAAAAAAADe/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPL/AADs/wUAAAAAAOz/FADq//X/7P8UAO//8P/s/+7/7f/u//L/FQAAAAAA7f/s/+v/7P/5/x4A8//u/+n/+v/i/+b/AAAAAAAAAAAAAAAAAAAAAO3/FAD7/+//AADt/+3/7P/s/xUA7P/t/+z/7P/q/+z/6/8VAOv/7P/s/+z/6//r/+z/FQDr/+j/5f/r/+v/6v/n/xgA7//s/+b/6f/g/+z/7v8VAPv/8//t/+//6//0/wAAAAAAAAAAAAAAAAAAAAD4/xUAAAD6//f/9v/4/+7/AAAAAAAAAAAAAAAAAAAAAOz/4//r/+j/FwDr/+v/3f8AAAAAAAAAAAAAAAAAAAAAEQAAANn/2v/f/9j/2//e/wAAAAAAAAAAAAAAAAAAAADr/xUA6//p/+z/6//q/+r/AAAAAAAAAAAAAAAAAAAAAOn/FgDq/+z/6P/x/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+z/7P/s/+v/6//s/xUA6//o/+X/6//r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/GADv/+z/5v/p/+D/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8VAPv/8//t/+//6//0/+v/FQDs/+7/7P/s/+v/7f8AAAAAAAAAAAAAAAAAAAAA5/8YAO//7P/m/+n/4P/s/+z/FQDr/+j/5f/r/+v/6v/u/xUA+//z/+3/7//r//T/AAArAAAAAAAAAAAA2P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7/8AAAAA7P8UAPD/5v/n/xcA6P/n/+n/6f/l/+z/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA8v8UAPH/AADt/+3/7v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f8yAMX/x//i/+j/yP/g/+z/FADt//b/7P/s/+3/8f/s/xQA7//w/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAPP/AADu/+3/7v/t/83/LwDO/9v/3v/d/9L/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/+z/6/8UAOz/FADs/+z/7P/s/+z/7P/f/yIA6//x/wAA9f/m/+X/7P8UAPT/7f/s/+j/6//s/+v/FADu//n/7P/s/+7/8//X/ygA7v/n/9n/6f/V/87/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FQD7//P/7f/v/+v/9P8AAAAAAAAAAAAAAAAAAAAAFADs/+3/7/8AAPD/7P8AAOz/7P/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFgD5//b/AAAAAO3/6v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/7P/s/+v/6/8VAOv/6//Z/+3/FADs/+3/7P/s/+z/7P/s//L/FADb/+z/6v/s/9n/7P/s/+z/7P/6/xQA7P/X/+z/7P/s/+z/7f8UAOv/7f/4/xUAAAD6//f/9v/4/+7/AAAAAAAAAAAAAAAAAAAAAO3/7f/t//X/7f8UAO7/7P/s/+z/FADv/+z/7P/s/+3/3//b/yEA9//4/+j/5//x/wAAAAAAABAAAAD0/wAA8f/p/+L/6v8WAO7/6f/r/9n/7P/s/+z/8P/s/wAA7/8AAO3/7f/s//H/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6/8XAOr/7P/r/+r/6P/r/+n/6//q/+v/6//r/xQA7P8AAAAAAAAAAAAAAAAAAAAA2f/j/+z/zv/T/+v/3/8pAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAPP/7P/s//H/AAAAAAAAAAAAAAoAAAD4/wAAAAAAAAAAAAAAAAAAAADt/+P/0//S/xIAxP/d//D/AAAAAAAAAAAAAAAAAAAAAO3/9f8AAPT/8/8TAAAA9v/Y/+v/5f/Z/9j/6P/j/yUA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAJAAAA+v8UAPX/AAAAAAAA9//s/wAA+P8iALj/vv++/+f/0P/c/+z/7P/t/+z/7f/s/xQA7P/s/+z/AAD2/xQA+P/o/+D/2//c/+P/6P/h/x4A4P/e/wAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+b/6//s/+3/7P8YAMf/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA9f/5/+z/7P/s/+3/7P8UAO7/7P/s/+//7//s/+z/7v/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW//D/1//U/+b/6v8GAAcAAAAAAAAAAAAAAAAAAAAAAPj/EwAAAAAAAADt/+7/AADt/+z/AAAVAAAA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9z/5v8AAN//AADr/97/AAAAAAAAAAAAAAAAAAAAAO3/2P/q/+z/6v8mANn/7P/a/83/1P8AAOL/AAAGAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPX/AAAAAAAA9//s/wAA6f8iAAAA8//x//H/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/1f/Q/9L/FwDf/9D/AADr/+D/6//k//r/EwDj/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAD0/wAA8f/t/+3/AAD1/+z/7f/6/xQA7P/t//r/AADn/xQA7P/p/+j/6v/r/9z/6/8iANj/1//s/+v/7P/s/+3/7P/s/xQAAAAAAAAAAAD1/wAAAAAMAOv/6//m/+n/HADf/+v/4f/t/+T/4//o/9H/7P/s/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7P8AAOz/7P/s/xQA7P/s/+z/7P/v/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6v/X/+H/7//r/xYA7P/s/+z/7P/s/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+b/5v/o/+r/4//o/xoA3v/t/+3/4f/s/+z/HQDY/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/s/+3/7P/u/+z/7P/s/+b/FADl/+v/2P8AAO//FQD1/+v/6f/r/+T/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9P/t/+z/6P/r/+z/6v/s/+z/FADs/+z/6v/s/wAAAAAAAAAAAADx//j/EQDl/+r/6//o/+z/6f/l/xcA0//T/8r/5P/Y/x0Ax//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/7f/s/+z/7P8UANr/NADe//b/2f/Y/8j/7P8AAAAAAAAAAPn/AAAAAAcA7P8UAOz/7f/s/+z/7P/s/+n/FgDr/+v/6v/r/+n/6v/t/+z/7v/v/wAA7P8UAPn/5/8YAOP/6P/m/+r/6P/z/9v/x//v//D/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAA1//v/+L/2P/p/9//1v/s/+z/AADv/+z/7P/z/xQA7P/s/+z/7P/s/xQA7P/s/+v/7P/s/+n/6v8VAOv/0v8AAAAAAAAAAAAAAAAAAAAA7P8QAOv/7//k/9r/EgDn/wAAAAAAAAAAAAAAAAAAAADs/xQA9P/t/+z/6P/r/+z/9f8aAAAAAAAAAPv/7f/4/+//7//t/+3/7P/s/+z/FADs/+z/7//t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/x/+z/7P/s/xQA7P/s/+3/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAA7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAAFADt/+z/AAAAAAAAAAAAAAoAAAD4/+//7f/u//L/JwDo/+z/5v/s//f/8v/t/+3/7P8UAOz/MgD3/wAAAAD0/9P/0f/2/+z/7P/s/+//7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/6/+z/FQDs/wAA5f/u/+P/4//m/+v/CwDs/+z/7P/t/+z/7P8UAO3/7P/s/+z/7f/s/+z/FADt/+z/7P/s/+3/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/LgDj/+v/3f/l/9D/2P/r/xUA7P/r//P/7P/r//b/FAAAAAAAAAAAAOz/7P8AABQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA7v/o/+z/7f8VAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADu/+j/7P/t/xUA7P/s/+z/u/+//9//1f9HAM//vv+4/9z/6v/q/+b/BgDf/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/zv/Y/8X/KwCr/+D/AAAAAAAAAAAAAAAAAAAAAAAA8f8OAN//4P/N/83/zf/H/wAAAAAAAAAAAAAAAAAAAADq/+v/7P/s/xUA7P/q/+v/6f8VAOj/7f/p/+r/2v/s/+v/7P/r/+r/FADZ/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//j/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8XAAAA+/8AAPb/6v8AAOz/FADs/+7/8v/s/+z/7P/s/xQA7P/u//L/7P/s/+z/FAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/8v8UANz/7P/q/+z/2f/t/+3/7f/1/+3/FADu/+z/5//h/9//4v/n/9T/7P8dAOP/7P/e/+z/7f8fANf/7P8AAAAAAAAAAAAAAAAAAAAA0f/V/8//5v/n/xEAAADS/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AABIA7P8AAN3/zf/L/wAAy/8AAAAA0f/p/+n/2//k/+r/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v8AAPf/7P/W/wAAKADh/9j/5//r/+z/6/8WAOv/AADq//r/AADZ/9P/7P8SABcA6//s//X/6//q/+j/6P8RAOv/7P/t/+v/7P/p//H/3v/f/8r/2//s/+D/6v8XAAAAAAAAAOf/AAAiAPr/AADs//D/AAAAAAAAAAAAABQA8v/2//n/AAD0/yUA5f/s/+z/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+v/7P8UAAAAAAAAAAAAAAAAAAAAAADX/xgA4v/m/+P/6v/r/9v/7P/s/+z/7P/s/xQA7P/s/+z/AAD4/+v/7f/J/wgA9/8AAA0AAAAAAAAAAAD1/wAAFAAAAOz/AADt/9X/7P/s/+3/9//0/wAA6//u/+X/GQDY/xkA7f/x/9f/AADg/9P/6v/q/+z/7P8VAOv/6//q/8z/7P/v/+D/6P/7/xQA1P8WAPn/9v8AAAAA7f/q//D/AAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+j/8P/z/+z/AADs/xMA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADr/+3/AAAAAAAAAAAAAAAAAAAAAO//7P/s/+3/7P8UAO7/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/o/wAAAAAAAAAAAAAAAAAAAADR/wUA1//Y/9X/AADW/9b/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+3/6//o/xUA7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/v/wAA8P/s/wAAGwDU/9//6f/e/+z/0f/X/9j/5P/s//H/7f8AAAkA7P8AAAAAAAAAAAAA+/8AAAYAAAAAAAAAAAAAAAAAAAAAAO7/9f/4/wAA+//s/+//FAAAAAAAAAAAAAAAAAAAAAAA4f/b/+n/2v/Y/+r/2P8cAOf/w//e/83/2v8kAKv/uf8AAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/s/+7/EwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/s/+z/8//r/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADt/xUA6//s/+3/7P/r/+v/HQDa/9r/7f/e/9j/6//s/+z/7f/s/+z/6//s/+n/FQAAAAAAAAAAAAAAAAAAAAAA2/8AANf/2f/r/9f/5v8OAOz/7P/r/+z/FQDr/+z/4P8AAAAAAAAAAAAAAAAAAAAA7f/t/wAA8v/s/9j/9/8oAAAAAAAAAAAAAAAAAAAAAAAkAPv/AAAAAAAA+//h/wAA2P/r/+z/6f/c/+v/JQDr/83/2P/U/9v/yv88AMP/zv8AAAAAAAAAAPH/AAAAABAA2//J/9D/2//k/yoA2//L/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/e/+j/5//n/9L/GQDq/xQA8//u/+7/AADt/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/9f/y//j/7v8TAPX/7v/j/8v/1v/d/w0A1/8KAM7/EgDa/9n/4v/r/9r/4P8HAPb/GAAAAAAA+f/6/+j/9v/s/+z/6//q/xUA7P/r/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/xQA7P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/v/wAA8P/s/wAA7P/s/+3/9f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5P8AAOT/6P/R/+b/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xQA7f/s/+z/7P/s/+z/5//c/+r/6P/a/+b/IADg/wAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAAFQAAAPv/AAAAAAAAAAAAANj/AAAoAO3/7f8AAPL/7P/s//f/FADv/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+3/7P/x/+z/6v/r/wgAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAA6v/W/+T/5//k/+L/LQDi/+3/7P/s/+z/7f/s/xQA7P/s/xQA7f/0/+z/7P/t//D/7v8dAAAA9f8AAAAA+P/4/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/7P8VAOv/6P/l/+v/6//q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/7P/r/+7/7P8RAO3/AAD6//P/2v/O/+j/x/8YAM7/AAAAAAAAAAAAAAAAAAAAAOH/3P/V/+D/3//W/yIA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A4/8AAAAAAADz//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/t/xQA9P/z/+z/7P/t//L/AAAAAAAAAAAAAAAAAAAAABYA7P/s/wAA7P/r/97/7P/0/yMA4/8AAOr/6P/c/+j/6/8VAOv/7P/s/+v/6v/r/9f/yv/Z/93/8f8bAOz/zf8UAOz/7f/v/wAA8P/s/wAAEwAAANP/3f/c/87/yv/M/xQA7v8AAAAAAAD2/+z/AADr/+v/6v/s/+z/6/8VAOr/AAAAAAAAAAAAAAAAAAAAABgA+v8AAAAAAAD6/+n/AADs/+z/7P/x/+7/7P8UAO//FgDr//H/9/8AAPT/6v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAA8AAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+X/7/8UAPX/7P8UAOz/7v/v/+3/7P/s/+z/EAD2/8j/vv/T/+T/3P/G/wAAAAAAAAAAAAAAAAAAAADY/+r/AADF/9z/2P/i/wAA6P/6/8T/AADX/9r/EADc/+z/7P8AAPb/FAD4/+j/4P/w/wsA6//j/+r/6f/M/xQAx//q//v/EwDp/+v/6P/2/9X/+f/d/8j/AADQ//b/w/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAOz/7P/s/+z/7P8UAOz/7P/t/+z/FADv/+z/7P/s/+z/6//s/+z/6v/q/xQA7P/b/+v/6//s/+v/7P/s/+3/FQAhAAAAAAAAAAAA3v/r/wAA8P8AAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA7P/q//H/+P/r/+f/9P8UAPX/AAAAAAAA9//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/77/s//K/97/9P/2/w0AKwDU/9r/2f/i/7//1f/Y/+j/GgD4//D/AADs/+n/6/8AAAAAAAAAAAAAAAAAAAAAMADZ/+n/1P/T/9b/zv/g/xQA7P/s/+z/7f/r/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwA0P/W//n/5v/l/9b/1/8eAOb/3P/o/+3/2f/R/+r/JQDw/+L/AAD7//H/1P/v/x0A6v/a/+T/3v/j/+D/6f/s/+z/7P/t/+3/7P8UAOz/FADs/+z/7f/t/+z/7P/s/xUA7P/r/+z/7f/s/+v/7P8UAOz/7P/s/+z/7P/s/+z/FgD5//b/AAAAAO3/6v/w/x4A6f/o/+r/7P/g/+D/6/8AAAAAAAAAAAAAAAAAAAAA3//b/+n/6f/x/+n/IwDt/9X/1//Z/+f/8P/b/ysA7f/m/+z/6//s/+z/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAEAAzf/F/8T/0P+8/8T/wP/t/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAAAAAwAAADl/+b/4P/m/+T/5f8bAOL/7v/s/+3/FADs/+z/7P/s/+z/FADs/+7/8v/s/+z/7P/s/xQA7f/0/+z/7P/t//D/7P8UAO3/9P/s/+z/7f/w/97/IADi/+n/5f/p/+H/5P/5/xAAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAANn/GgDr/+z/0v/p/+T/6v/s/+z/FADt/+z/7P/s/+z/7f8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/2/+z/7P/t//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD6//b/9f/w/+3/7f/s/+v/6//t/+z/7P/r/+z/FADr/+v/7P/s/+z/7P8VAOD/6//q/+v/6f/r/97/FQDn/wAAAAAAAAAAAAAAAAAAAADt/+z/9P/s/+//7P8UAOz/6f/n/wAAAAAAAAAAGwAAAOz/7v/2/+3/AAD4/xQAAAApANv/6v/a/+z/6P/X/+z/AAAAAAAAAAAAAAAAAAAAAOr/2//k/9b/4P8eAOf/1f/s/+z/7P/r/+3/7P8UAOv/7P/r/+v/7f/s/+v/FADu/ygA5v/g/+f/6P/k/9X/5f/s/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADt/+7/8/8AAPr/AAAAABMAAADq/+v/AAAAAAAAAAAXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOz/6f/X//X/9f/q/+P/6v/q/+j/6P/f/+r/FwDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/9v/5/wAA9P8lAOX/7P8AAAAAAAAAAAAAAAAAAAAAFQDr/+v/8P/u/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//V/+P/2//b/ysA1//W/+3/FAD0//P/7P/s/+3/8v/u//b/6//l//L/GQDp/+f/9f8AAAAAAAAAABUAAAAAAOX/7P/o//L/3v8ZAOz/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xUA7P/e/+v/8f/7//P/+f8dAOj/+f/s/+3/AAAAAPf/FADs/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/1/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7v/v/wAA7P8UAPn/7P/a/+P/5/8AABMAAADu/+z/7f/s/+z/7f/s/xQA7f/x/+3/AAAAAAAA+/8UAAAAAAD3/wAAAAAAAAAADAAAAPH/7//s//D/AADs/xQA+v/s/xQA7P/s//H/6//s/+3/8P/s//D/7//x/+//FADu/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6P8AAAAAAAAAACYAAADs/+v/7P/s//P/7P8UAOz/6f/0//X/AAAAAPn/FwAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//8f/v/+//AAATAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAA+v8AAOv/AAAAAAAAAAAVAAAA+/8AAAAAAAAAAAAAFADs/wAA9/8UAPT/7v/s/+z/4v/s/wAAAAAAAAAAAAAUAOz/AADY/+3/7P8AAAAAJADi/+z/FADt/wAAAAAAAOz/7f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/m/+b/6P/q/+P/6P8aAAAAAAAAAAAAAAAAAAAAAAAZANj/6f/l//n/6P/e//n/7P/s//D/+P8AABQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAVAOz/7P/v/+z/6f/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7//r/+z/FADs/+z/7P/s/+//6//s/xQAAAAAAAAAAAAAABQA+f8AAOz/7P/s/+z/7P/s/+n/FAAAAAAAAAAAAAAAAAAAAAAA3v/F/wAAqf/V/xQA0f/A/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9j/KADi/9v/2P/Z/9z/7P/s/+z/7P/v/+v/7P8UAOv/7P/s/+z/7P8UAOz/7P/s/+3/7P/t//H/6//s/xQAFwDr/+z/9f/r/+r/6P/o/+z/7f/3//X/7P8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/u//X/7P8AABYA9v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAN3/GADu/+z/4P/s/+r/7P/s/xQA7P/t/+z/7P/s/+3/6P/p/wAAAAAAAAAAJgAAABoA6f/o/+v/6v/h/+f/3f/i/wAAAAAAAAAAAAAfAAAAIAAAAAAAAAAAAOL/5P/n/xUA8f/2//f/+P/s/+v/8v/o/9z/5f/d/+X/z/8TAND/7P/s/+z/7P/t/+z/FADs/yMA+f8AAAAAAADd//D/AADt/xQA9v/1/+3/7P/t//P/7P8UAOz/7f/v/+z/7v/s/wAAAAAAAAAAAAAAAAAAAADS/+n/2f/h/+r/4f8FABUAAAD3/wAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/6P8VAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAGgDk/+r/4f/r/+j/2f/O/xQA7v8AAAAAAAD2/+z/AAAUAOz/AAD6/+3/7P/y/+z/AAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/wAA7P/v/+z/FADs/+v/7P/t/+z/FADs//L/AAAAAAAAAAAAAAAAAAAAAOv/5f/r/+z/6//m/+v/FwDo/+v/6//s/+z/FgDr/+//7v/0/wAAAAAAABMA8P/v/+3/7f/s//H/7P/s/+z/FADJ/9r/yv8ZANr/+f/O/9z/AAAAAAAAAAAAAAAAAAAAAOj/7P/s//P/6/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAKgDj/9j/5//v/9X/1//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/1v/p/+H/5f8hAOj/4f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/s/wAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAPn/+f8AAAAADQAAAAAA7f/t/wAAAAAAABQA6//s/+z/6//Y/+v/7//o/xwA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/s/wAA7/8AAOz/7f/u//P/7P8UAO//8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/9v8AAPv/AAD0/xQA+v/t/+z/7f/x/+z/FADs/+z/1/8AAOT/2v/h/+f/EQDY/xUA9v8AAAAA+v/s/+7/+P8AAAAAAAAAAAAAAAAAAAAABQDt/wAAAADu/wAA9f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7//w//j/AADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v8VAPL/+f/t/+z/3//u/+f/GwDu//L/6v/h//H/7P/p/xcA7//w/97/6//w/9P/1v8qANf/3f/e/9b/0v/s/+z/FADp/+z/7P/s/+v/3P/Y/ygA6P/t/+P/3f/Y/+3/6v8VAOz/7v/r/+v/7f/Y/+j/JQDg/9D/3v/J/87/7P/s/xQA8P/s/+3/7P/t/+v/7P8WAOz/7P/r/+b/6//u/+f/GwDu//L/6v/h//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/xgA6P8AAAAA6//z/+n/AADV/+//AADe/9v/8v/s/xQA7f/2/+z/7P/t//H/2v/b/wAA7f/j/+z/AADh//D/AAAAAAAAAAAAAAAAEQDs/+z/6f/p/+z/6/8VAO7/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/xQA8v/i/+z/9v/t/+z/9v/s//H/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+z/6P8VAOv/7P/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAADgAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA+f8TAPr/6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8XAOv/6//s/+z/3P/r/+H/7P/p/+3/8P/i/xQA8f/s/xQA7P/u//L/7P/s/+z/7v/w//P/AAD1/+z/FADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8UAO//7P/s/+z/7P/s/xQA7P/s//H/6//s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6v/l/93/6v/q/xoA7P/s/+z/6//s/+z/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+z/6//j/+v/6/8VAOr/FQDs/+3/7P/x/+z/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/w//X/8v/4/+7/EwD1/+7/4//r/+z/6P/Y/wkA6//u/+z/7P/5/wAA8/8UAOz/+v8AAAAAAAAAAAAAFAD5/wAAAAAAAAAAAAAAACQAAADo/+v/FQDs/+v/8//s/+v/9v/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAD3/xQA7f/6/+v/FQDr/+n/7P/r/+r/6v8AAAAAAAAAAAAAAAARAO//7P/s/+r/6//s/+z/7P8UAAAAAAAAAAAAAAAAABEA7/8AAAAAAAAAAAAAAAAAAAAAFQDs/+z/7//s/+n/7P/t/xUA7P/s/+//7P/p/+z/7f8AAA0AAAAAAAAAAAD1/wAA2P/r/+3/7f/u/+z/HQDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8TAAAAAAAAAAAA9P8AAOv/AAAAAAAA7//x/xUA6/8AAAAAAAAAAAAAAAAAAAAA6v/o/+H/6//r/+r/6P8WAOz/7P/s/+z/7P8UAOz/7P/s/xQA9P/t/+z/6P/r/+z/6f/q/+v/6//r/+r/FQDp/+z/7P8UAOn/7P/s/+z/6/8aAOz/6f/Y//L/8//r/+H/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/2/wAA+f/4/xUA+f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/AADw/+j/7P/Y/9j/EwAAAAAAAAAAAAAAAAAAAAAA6//q/xYA+f/3/+v/6//s/+z/7P/s/+z/7P8UAOz/7P/v/xQA7v/t/+//7f/s/+3/7P/s/+3/7P/t/+z/FADs/9T/1//n/xEA1f/6//H/0f/p/+v/7P/t/+z/6v8VAOv/7f/t/wAAAAAAABQA6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/9//v//j/FADv/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+X/6v/s/wAA7f8ZAPL/AAAAAAAAAAAAAAAABgAAAAAA+P8AAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/t/+z/FADs/+r/1v/k/+f/5P/i/y0A4v/s/+z/6f/p/+z/6/8VAO7/6P/l/+r/7P8AAO3/GQDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADw/+3/7f/7/+z/7P/t/+v/7P/r/+z/7P8UAOz/7P/r/+z/6//s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/8f/r/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf/G/8r/0f/k/8L/4/8+AMf/zP/f/8D/8f/C/xYAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA6//s/+v/7P/s/+r/6v8UAOz/2//s/xQA8f/x//L/7P/t/+z/+v8AAOX/5P/k/9r/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUANP/5//a/+n/1//Q/wkA1v/P/7T/tv+s/+//vv8AAAAA+/8AAAAA8/84AOf/3f/s/+3/AAAAAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/7P/r/+r/4v8XAOv/6P/a/+z/FADt//L/7P/s/+3/7//s/+z/7P/s/+z/FADs/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9D/3v/b/wAA2P/X/xUAFADu/wAA8f8AAOz/7v/u/+P/6v/q/+f/3/8JANr/AAAAAAAAAAAAAAAAFADt/wAA7//s/+3/FADs/+z/7P/s/+z/7P8UAOn/7P/s/+z/6//u//D/8/8AAPX/7P8UAOr/6v/q/+z/7P8VAOv/6//q/+//AAD7/wAAAADt/xMAAADH/9D/2P/L/w4AwP+9/wAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/xAA6P8AAOX/2P/s/+z/7P/v/+7/7P8UAOz/7P/u//b/7f8AAPj/FAAAAAUA6//q//D/AADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAD7/+7/7P/r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAD3/xQA7f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/1//L/AAAAAO3/FAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s/wAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA9/8AAAAA9//y//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/v/+z/6f/s/+3/AAAAAAAAAAAAAAAAAAAAAOv/5//o/+r/8P/o/xYA5/8AAAAAAAAAAAAAAAAAAAAAFADt//H/7f/x/+7/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/AADx//f/FgDp/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADw/+3/7f/7/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAA2P8AAOz/7P/1/+3/9f/u/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7f/Y/9f/4f/W/+T/6f8gANn/2f/d/9f/3P/f/xAA9P/s/+X/4P/m/9v/5P/q/xsA3v/u//D/8/8AAPX/7P8UAOr/AAAAAAAAAAAAAAAAAAAAAO3/9//0/wAA6//u/+X/GQAAAAAAAAAAAAAAAAAAAAAA+//s/+z/7f/0/+z/FADw/+//7f/u//L/JwDo/+z/5v/q/xkA6f/Y/+r/5v/o/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/t//X/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA2P/k/wAA7P8AAAAAKAAAAOv/FADu//j/7P/s/+z/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAEADS/9D/1f/D/9v/1P/r/+f/6f/q//b/7P8WAPD/AAAAAAAAAAAAAAAAAAAAACMA+f8AAAAAAADd//D/AAAYAOT/7f/n//T/1//s//D/7P/r//D/KQD6/9n/6f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/AADs/+3/7P8UAAAAAAAAAAAAAAD1/wAADQAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+r/6v8UAOz/2//p/xYA6v/r/+v/6//q/+n/AAAAAAAAAAAAAAAAAAAAAOv/6//t/+z/7P/r/+z/FAAWAPn/9v8AAAAA7f/q//D/6//0/+v/6v8AABYA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO//7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/t/wAA8v/s/+z/9/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAADv/wAA7f/v/wAAAAAAAAAAAAAAAAAAAAAAAMP/2//C/9j/4f8nAOf/2v8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/FADs/+z/7P/t/xAA1/8AAO7/5f/T/9b/y//Y/+v/7f/t/+7/7P8dAO//AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8UAO3/7P/s/+3/AAAAAAAAAAAAACQAAADo/+z/7P/s/+//7f/s/xQA7f/v/+z/7P/t/+z/FADu/+3/7//v/+3/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/a/+z/6f8AABQAKQDb/+j/3P/b/+n/1v/Y/xYA6P/w//r/6f/m/+r/6//t/+T/4//o/9H/7P/s/xgA8v8VAAAAAADt/+z/6//s/+n/6//1/+v/7P8WAOn/6//s/+z/7P/s/+z/FADs/+z/8f/3//n/AAD1/xYA8P/p/+z/7P/s/+z/7P8UAOz/7P/t/+X/6v/t//L/GgDj/+r/7v/o/+z/7f8VAOz/7P/s/+z/7P/t//X/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//X/9P8UAOz/7P8bAOX/6P/t/wAA+P/n/wAA7P/s//L/7v/t/xQA7P/s/+b/GADp/+r/6f/p/97/6f8AAAAAAAAAAAAAAAAAAAAAJADc/+H/6v/l/9f/5f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//b/7f8AAPj/FAAAAK3/MwAAAGr/x/+9/xIAUP/W/9z/wf/z/+L/2v8JAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/FADs//P/7P/u/+3/6v/p/+v/7P/r/+v/6f8WAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/8j/0P/G/8v/HQDS/8//AAAAAAAAAAAAAAAAAAAAACgA5P/w/+z/9v/p/9j/6//s/+7/7P/6/wAAFADs//P/7P/s/+3/7P/s/+3/7P8UAOz/7P/w/+//AADv/xQA8//w/yAAAAAAAAAAAAD4//r/zP89ANb/2v/m/8j/wv/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+v/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8TAOn/4v/j//P/6P/b/+z/7P8UAO3/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAO3/3f/l/+n/6v/r/+7/GgDc/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAHQDq/9r/5P/e/+P/4P/p/9j/7f/l/+D/GQDf/+H/9/8AAAAAAAAAAAAAAAAAAAAAFAD6//b/9f/w/+3/7f/s/+3/FAD3/wAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/j/+r/3f+//+z/4v/q/xwA8f/w/+7/7v/s/xEA5v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P8VAOv/7P/g/wAA5P/l/+f/2P/M/97/JgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+3/AADs/+H/7P8YANv/FADs//H/9//6//D/7P/s/xUA7P/t/+z/8f/s/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xoA1P/K/+f/4v/q/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6//s/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArANT/3//f/9//2//W/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/xwAAAAAAPT/+f/p//j/4v/W/9n/1/8AABoAy//T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADf/+r/4P/Y/+T/0//U/yYA2P/n/9n/5P/X/+X/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xYA6//r/+r/6//p/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOb/3v/v/+X/5//Z/+r/4P/m/+b/6P/k/+v/6v8aAAAAAAAAAAAAAAAAAAAAAADp//T/9f8AAAAA+f8XAAAA4f/l/9j/r//Y/wAA0P8QABYA6//r/+z/7P/r/+f/7P8AAAAAAAAAAAAAAAAAAAAA6v/t/+v/6//r/+r/6f8WAOT/1v8qANP/4v/c/9b/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6v/r/+j/2//p/+T/GgAAAAAAAAAAAAAAAAAAAAAAFADr/9r/4f/s/+z/8f/s/+z/7P/r/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/u/wAA+//u/+z/6/8VAAAAAAAAAAAAAAAAAAAAAADp/+L/6v8WAPD/6f/r/+D/6P/r/+v/7P/s/xYA6//v/9j/6//t/+3/7v/s/x0A7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/6v/r/+v/7P/s/xcA4P/f/yUA2P/Z/+X/3v/Z/9r/FADu/wAAAAD7/+z/+/8AANP/6//m/+//6v/p/y0A4v8UANv/z//b/+j/6f/r/wAA7P/s/+z/7P/t/+z/FADs/9n/vP/Y/9T/3//Z/0UA6//e/+P/4f/l/+H/4v8eAOP/AAAAAAAAAAAAAAAAAAAAAMn/1f/Q/9v/4f/Q/9r/IQDo/xYA6//q/+n/6v/q/+r/AAAAAAAAAAAAAAAAAAAAAOP/EQDL/93/9P8MAL3/5v/s/+z/7P/t/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACs/9H/sP/j/93/AADW/wAAAAAAAAAAAAAAAAAAAADn/+L/4P/Y/9n/5v8dAOb/7P/s/+3/7//u/+z/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v8gAOL/6f/l/+n/4f/k/97/1//d/+b/DQDU/xIAzf8AAOX/7v/j/+P/5v/r/wsAAAAAAAAAAAAAAAAAAAAAACUA3P/7/wAA+//n/+r/5P8AAAAAAAAAAAAAAAAAAAAA2v/a/9z/2//j/+T/6P8gAOf/FgDq/+r/6P/p/+j/6v/T/ywA2f/l/+X/9v/V/+f/1P8AAM7/wP/I/9L/EAAAALz/zv/E/8D/2v+4/0QAwv/P/9z/3f/g/9z/2v8nAMv/5f8AAOj/5P/l/xIA2//b/+P/KAAAALH/xf/p/7X/zP/s/xoA6v/l/+r/6f/d/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9X/uf/O/+f/1P/q/x8A6/8WAOv/7v/s/+//6//q/ygA2f/p/wAAAADu/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkANj/3f/f/+D/5f/b/9r/5f/k/+j/IwDo/9v/2P/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOv/6//r/+v/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/7P/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/h/9v/5f/g/yEA3//i/wAAAAD7/wAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6//s/+z/FQDq/8r/wP8WAOz/4P/E//X/vv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6//s/+v/6//n/xYA3//i/+b/5P/o/yIA2P/S/wAAAAAAAAAAAAAAAAAAAADs/+v/6v/q/+z/7P8VAOz/3v/U/+X/4v/r/+L/JADk/wAAAAAAAAAAAAAAAAAAAADv/+r/HgDh/wAA7v/x//v/1v/f//b/z//V/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/Y/8X/zv/k/wYA6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs//n/5//r/+r/5/8IAOv/3/8AAAAAAAAAAAAAAAAAAAAA9P8UAPv/9f/y//L/9P/u/wAAAAAAAAAAAAAAAAAAAADl/xkA6P/o/+n/6f/m/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/a/y8A3v/R/8z/0//T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0/8AANj/6P/m/+7/6//e/9j/1f/T/83/1P/V/y4AyP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8v/z//v/7P8UAPT/AAAAAAAAAAAAAAAAAAAAAOz/6/8UAOz/+f/s/+r/6//V/8T/FgDi/wAA5f8KAMb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwf/F/8v/zf/M/7H/QQDB/wAAAAAAAAAAAAAAAAAAAADq/+z/6v/r/+z/6f8WAOz/uP8fAMD/wf+5/7T/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/Q/ygAxP/i/+j/1P/A/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADv/+7/9v/w/+z/7P8UAOz/7P/s/+3/6//r/+z/AAAAAAAAAAAAAAAAAAAAAOr/6v/p/+v/6v/p/xYA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/9D/4v/H/9z/AAAHAMf/7P/s/+z/FQDv/+n/6v/s/wAAAAAAAAAAAAAAAAAAAADm/+D/3//u/+f/5P8cAOP/AAAAAAAAAAAAAAAAAAAAANn/2//o/+X/2f/Y/ygA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/8P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/9T/1f8kAOv/1P/q/87/3v/N/9D/1f/H//L/JQDS/wAA6f/s/xQA7P/Y/+n/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//f/7P8UAOz/7//s/+z/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/9D/AAAcANP/0v/M/9D/1f/X/+T/1P/Y/wkAAADc/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/1//D/7P8UAPL/EADj/9//2f/Z//f/5v/f/+z/FAAAAPX/6//s/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//c/9j/EQDW/9L/vf/G/0AAx/+j/9X/tv+k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/4//E/9z/1v/U/yEAAAAAAAAAAAAAAAAAAAAAAAAA5v8YAOn/6v/p/+n/3v/p/9T/LgCp/8X/4P/G/9P/tv8AAAAAAAAAAAAAAAAAAAAA5//p/+v/6v/p/xcA6f/p/67/2P/K/7T/4/8PALz/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//n/AAAAAA0AAAAAAOb/0v/N/8z/1f/J/y4Axv8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/v/xUA6v/r/wAAAAAAAAAAAAAAAAAAAADr/+z/6//s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AABcA5//X/+z/4P/0/8v/AAAAAAAAAAAAAAAAAAAAAOv/HADs/+v/6P/p/9z/5v8AAAAAAAAAAAAAAAAAAAAA6//p/+j/6/8aAOv/4v/m/+T/7P8AABQA7P/r/+v/7P/s/+v/7P/v/+3/6//r/xUA7P/j/+v/7P8WAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/4f8VAOL/3f/p/9f/AAAAAAAAAAAAAAAAAAAAAAAA6f/d/9f/5f/2/9f/GADP/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+r/6f/r/+r/6/8XAOr/AAAAAAAAAAAAAAAAAAAAAOn/4P+//9T/0f/J/8//KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//X/8v/4/+7/EwD1/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG//L/zv/O/+b/3f8aANH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/5f/b/93/0//k/9X/IADO/9b/2//a/9X/0v/U/yoAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+L/5//q/+r/GgDp/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/AADY/+H/6//h/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/s//D/GwDv/+v/7P/W/+z/7P/s/+v/7f/s/xQA6/8AAAAAAAAAAAAAAAAAAAAAFgDs/+v/6//3/+z/6v/5/xQA7v/x/+z/AADt/+z/9f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/w/+v/FADt/+z/FQDp/+z/6v/n/+r/7P8AAAAAAAAAAAAAAAAAAAAA3P/p/+T/5P/o/+P/HQDc/yYA2v/e/+D/3//a/9v/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/P/w8A1v/j/8//8f/N/wAAAAAAAAAAAAAAAAAAAAD1/+T/GwD2//r/6f/n/wAA7//s/xQA7//w/+z/7P/v/xQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOX/6//s//D/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/ysA4v/w/+b/2f/U/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xsA6v/u/+z/6//e/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/+z/7f/t/+7/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/7P/r/xUA6v/h/ycAAAAAAAAAAADz/wAA7P/s//T/7f/x/xQA6//s/wgAyf/k/+j/0P+o/+n/tP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/X/+D/7v8pANf/1//h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6//s/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7/8UAO7/AADx/wAA7P/u/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDW/9X/2f/f/9b/5//W/8f/5f/V/+f/3//R/9D/QADG/zMA1P/J/wAA5P/C/9r/AAAAAAAAAAAAAAAAAAAAABgA5P/m/+b/6v/l/+b/6f/k/9L/3v/p/wAA2/8bANX/6f8WAOn/6v/r/+v/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAMj/zP/W/8H/7f/U/wAAAAAAAAAAAAAAAAAAAADp/xYA6v/s/+j/8f/q/+z/AAAAAAAAAAAAAAAAAAAAAOv/FQDs/+7/7P/s/+v/7f/m/+f/FwDo/+f/6f/p/+X/7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADp/xUA6//r/+z/6//r/+n/AAAAAAAAAAAAAAAAAAAAAND/y/+9/+j/EgDh/+X/6//s/xQA9P/t/+z/6P/r/+z/AAAAAAAAAAAAAAAAAAAAAOn/FgDq/+n/8P/s/+v/6//b/y4A4//r/93/5f/Q/9j/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA6v/q/+z/7P8VAOv/6//q/+z/7P8UAOz/7P/s/+v/6//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+L/2P/P/xMA3v/W//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/87/+P/S/9z/4f8gANP/AAAAAAAAAAAAAAAAAAAAAOr/1v/k/+f/5P/i/y0A4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/xwA6f/l/+r/4//1/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAND/2P/T/9D/AADJ/9H/6P8aAPj/8P8AAOz/6f/r/wAAAAAAAAAAAAAAAAAAAADl/+b/4P/m/+T/5f8bAOL/7v/s/+3/FADs/+z/7P/s/+r/FQDr/+z/6//r/+r/7P8VAOv/6f/s/+z/6v/p/+v/3P/W/9z/0//l/+P/JQDe/xUA6//r//D/7v/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOv/7P/1/+v/6v/o/+j/7P8UAPD/8//t/+3/7f/z/+z/7P/3/+7/9//v/xQA8f8aAOT/6v/h/+v/6P/Z/87/AAAAAAAAAAAAAAAAAAAAANr/6f/i/97/5/8YAOX/3v8AAAAAAAAAAAAAAAAAAAAADADX//r/AADp//v/2P/s/yMA6f/j//H/AADs/9r/8v/s/+r/FQDy//n/7f/s/9//5v/i/xsA5//h/93/6f/m/9z/2P8oAOj/7f/j/93/2P8AAAAAAAAAAAAAAAAAAAAA1f8JANf/8/8GAOb/xP/z/wAAAAAAAAAAAAAAAAAAAADr/+v/7P/s/+v/2/8XAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/2f/n/+P/3//s/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/s/+v/7P/q/+z/FQDs/+z/7P/t/+z/7P8UAO3/5f/g/+b/2//k/+r/GwDe/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/v/+z/7P/s/+z/w//b/8L/2P/h/ycA5//a/+z/7P/s/+z/7P/s/xQA7P/s/+z/7f8UAO3/7P/s/+3/AADf/+z/7v/r/wwA1v/X/9j/wf/X/9X/xP8FAOv/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMb/5P/g/+X/3v/W//j/zf/H/wkAzf/i/8D/vP/Z/w4A4v8AAPP/9P/s/+n/7f8TABgA7P/q//H/+P/r/+f/9P/m/+r/6//l/+//6//Y/xQA6//s/9z/5//o/+z/6v8VANf/6//N/9b/5v/X/97/KADI/9D/2f/X/9D/PADE/8X/0/8AAOX/2P/f/xIAyv8AANv/FQDb/8H/0f/G/wAAw//s/xQA7P/s/+z/7P/s/+z/3v8rAOn/7P/w/93/5//r/+z/6v/Z/+v/AADW/xQAAAAOANb/AADh//X/2v/U/+D/8//N/9X/2f/Y/xIA1//J/+3/7f8UAOz/8//s/+7/7f/n/8j/zP+5/9T/4v8dAPn/vP8dAL7/wP+//67/6/+w/wAA6P/E/5v/xP/L/+X/1f/Z/+z/7P/t/xQA7P/s/wAA6v/q/+j/6v/r/+j/FwDp/+L/zv8xAK7/5//W/8//v//k/+b/HADl/9j/6P/d/9v/6//r/xYA7P/s/+r/2//s/+H/y//d/8j/uP8AAAAABQDZ/9T/4f/h/wAA1v/K/x4ArP8AAMD/+v/B//f/4v+S/7//5v/n//f/6/8UAAAA7P/r/9z/GgAAAOj/1f/R/9D/2v8LAOP/2P/r/wAA2P/Z/xUA7P/0/wAAAADw/+v/+v8AAOz/7f/v//r/7/8UAPX/SQD4/+D/7f/P/6v/of8AAOz/7P/s/+z/7P/s/xQA7P+n/9X/CgDl/+z/AADE/9H/1P8SAOf/xv/o/wAA+f/T/+b/4P/f/+7/5//k/xwA4//u//v/8/8AAAAA6f/d/xQA6v/u/+//AAAAAPT/FgD6/8T/tv/q/7H/5f/4/wwA1P8AAML/wv8iAML/sv/p//D/FQDY/+z/4P/q/+j/DADF/8X/6P8AAAAA+/85AN//AADs/9H/2v/F/7j/3f8mAOH/GwDq/+j/6f/U/+f/0f/d/9//FwDM/+P/2//k//L/x/8AAMv/4//d/+L/9v/n/wAA6f/i/+r/FgDu/+n/6//Z/9z/LgDV/8j/3v/Y/9n/1f/y/+r/6v/r/9f/GQDq/8v/3f/2/+b/6//r/97/1/8UAN7/1/8yAOH/7P/W/9X/3v/r/+v/7P/r/+z/7P/t/xUA1P/y/xsAs//T/6r/6//J/xUA6//R/9D/xv/h/+b/2f8TAO//6v/5/wAA2f/P/9b/5f/k/+v/7P/l/ycA2v/m/xUA7P/s/+z/6f/r/+z/7P/s/+z/7P/s/+z/7P8UAOz/0v/b/xQA3//q/+b/1/8AALz/LADl/8b/y//4/9X/xP/V/9n/wv+P/8r/8v8aAO3/FAAAAAAAAAAAAAAA2P8AANr/NwDR/9b/1//G/7j/0f/d/xsA6P/o/+n/6//k/+n/yv9IAM3/zP/X/8H/uf/A/8H/NgC//7j/xv/Q/9H/yv8UANX/4v/Z/93/w//0/9n/GwDr/+//8/8AAPL/5P8AAOz/6P8AAO//AADx/xQA9f/h/wAA2//q/9r/HwDO/9n/+P/v/8b/vv+4/wAA0P/6/+b/AADV/9b/4f/Q/wAA0P+9/9D/PAC4/9n/v//E//b/FgDZ/+X/7P/p//v/3P/q/+z/7P/s/+z/7P/j/+z/HQDK/9H/DwDR/9X/9//b//T/3v/X/zIA4f/s/9b/1f/e//D/FAAAAPf/+v8AAO3/6//Y/9L/1f/U/+L/4//P/yEA6v/g//H/6//v/9X/4f8kAPn/9f+7/7T/1/8AANH/4f/i/wAA8//0/+z/6f/t/xMA3v/s/+L/7P8AAB8A5f/r/+v/FADl/+z/5P/Y/+z/AADj/yAA2v/g/+v/3v/l/9f/AAAQAOX/4//s//X/2f/X/+v/7P/q/9z/BwDr/93/AAAOAOb/+//u/+3/EgDD/+z/2v+1/7j/wP/Q/9j/IQDh/w0AAAC6/8D/qP/D/7L/0/8fAOX/2v/X/8n/4v/F/+v/2P/j/+T/7v/m/yQAAADr/8f/8v+4/8L/vP+1/yEA0P/o/8f/yf+5/w8AFADV/7v/4f8NAMf/wv8RAMv/zf+o/6v/vP/J/8b/7/8JABUAtP/Z/9n/1//a/9f/2f8nAOT/6v/e/+//+f/w/9n/+P8pANj/EQDf/+v/7P/E/wAAAADr/+n/2f/q/+3/AAAUAOX/AACx/7f/xv/q/wAA0//z/8L/wf8AAM//0P8AAPr/zf/s/+z/9//w//D/7P8UAO3/FADs/+z/7f/s/+z/7P/s/+j/6f/r/+j/6v/o/xgA4P/Y/+f/zf/c/+H/7P8ZAOH/8P/s/+z/7P/v/+//FADu/+z/7P/s/+z/7P/r/xQA7P/s/+z/6P/s/+r/6f8UAAAAGQDo/+X/8v/w/8r/3v8AAMn/5v8AAAAA+/8zAND/7/8FAOb/2v/N/+7/AAAAAOn/7P/s/+z/7//t/+z/FADs/+n/6//j//X/7P/Y/+z/IgC//+D/GQDk/+P/DADa/93/xv+7/83/HQDk/+f/x/8gADIAkP+B/27/CQC7/7f/0v8AAOr/6//w/+z/8v/W/wcA9f/V/9D/0/8AAOr/uv8AAOz/7P/s/xQA7P/s/+v/6//V/9n/5/8TAOP/AAD0/9z/8f+4/+D/8P/r/xEA5//O/+v/8v/r//D/7//2/+f/FQDZ/w8AAADc/8z/5f/W/6f/4f/Z/wAA8P/X/wAAxP/V/9P/AACr/7n/tP/v/+f/kf/D/+3/AACL/5P/1v8OAOz/EQDX/+r/6//m/8X/+//X/wsA3f/e/+L/AADC/87/AADY/7b/JADa/7b/vf/k/wAAFADs/+z/7f/z/+3/7P/t/+n/1//h/+n/6f/j/x0A3f/i/+r/6v/5/+z/4/8aAO//4v8AAPP/9P/s/+n/7f8TAOn/4v/o/+P/5f8aAOP/5f/S//j/4v/i/+P/AAAJAPD/HwDX/+r/4v/f/8b/6//k/9T/NQCn/6H/uP/Z/9T/lv/V/wAAIQDF/9X/3//Z/8b/3f+0//T/w//c/zIAsf/l/+z/4f/q/+f/AADn/93/DADd/+v/6v/f/xIA6//f/wAAKwDm/8T/EwDV/9H/yf/B//r/+P8AAPr/AAD5/xUAAADL/7b/DAAAAMX/7P/u/8H/uf8sANH/vf/S/73/AADX/77/+v/W/+7/5P/i/yIAzf/s/xoAAAAAAPH/8P/a/wAA7P8oAOT/9f/c/9f/1P8MAOH/AADp/+H/6//g/+r/JAAdAOT/6P8AAN//3P/Y/9n/yf/i/+T/7f/t/w8A5f/O/+7/7v8AAPf/7P/W/wAAKADs/xQA7P/s/+z/7P/s/+z/6v/o/+z/FADq/+z/7//s/+T/AADm/+P/5P/j/xQA3//p/9j/5//V/+j/3v/H/y0AHQDZ/97/5P/Z/9b/AADj/8n/y//b/8f/2f8dAPr/1f/r/+X/5f/U/+z/FwDk/+v/s//g//T/EAD5/63/JwCy/+T/0v/m/+X/3//K/yUA1f/G/+f/wP/0/8D/fv8JAKX/6P/d/+v/+f/g/9H/FgDN/9T/2f/q/+v/8P8qANj/7v/q/+r/6P/p/+r/6P8XAOn/x/8dAM7/0v/L/wAAzf/O/wkA1v+8/7b/DQDy/9P/0v/k/+j/2P/Y/xIA2P/W/wAADADW/87/tv/G/9b/AADu/+v/6v/s/93/7/8WAOn/2//C/yYA7P/X/+L/2v/a/8T/6//s/+r/3f8HAOv/3f8AAO3/9v/Q/+P/3v/D/xkA2//r/+z/6v/c/wcA6//d/wAA6/8YAOn/7P/r/9v/5//o/+f/sP/V/8j/vf/A/ycA9P/X/ygA2v/a/9z/1//Z/97/AADS/+b/6//p/+L/AADf/+X/6f/o/9j/5//Y/yAA2P/6/wAAAAD1/wAAAAAAABQA4//d/+n/6P/l/+D/AAAbAAAA6//N/9r/3v8PAMb/4v/d/9L/1P/j/xQACQDr/87/FADr/+z/7f/t/+z/7P/s/+X/5P/r/+z/5f8nANr/5v/b/6P/m//E/5j/1f8TANb/1v8vAOH/4P/z/9j/y//p/+r/3P/k/+P/+f/s/xoA7//U/w0Auf+//9P/6P8GANb/JwDU/9j/2//n/9j/2v/a/8H/yf/q/9r/0v/q/zAA6v/j/8//2f/h/8z/3v/Y/9n/7P/s/+3/7P/t/+z/FADs/+f/3f/D/8n/7v8NALT/8//5/9z/5v+v/9P/CwDT/wAA3v/t/+L/2f/r/+D/CAATANH/1P/m/8P/yP8NAPT/xf/Y/+z/6v/Z/xQA4v8AAOr/JQDU/+r/4//X/8z/0v/t/zwAnf+r/6b/ov/d/9//mf83AMb/y//L/73/v//b/7v/MADE/7n/r/8AALv/rf/x/wAA2f/r/+z/6/+6/xEA6/+6/+X/lf+y/3n/vP/a//D/AADX/+z/3f8IANj/4P8GAOr/4P/1/wAAAAAAABgAAADa/9X/5//V/9b/1P8sANf/7P/v/+//6v/t/xUA4//o/+z/7P/s/+z/7P/s/xQA7P/O/97/6f/p/83/GADn/+z/2P8UAOz/2//p/+X/AADt/97/6v8dAOr/6P/C/9H/5P/p/+X/AADZ/+P/1P8LANr/CwDP/9z/4P/a/9b/9/8AAOj/2f/T/+3/AADp/+b/AADe/+f/2P/m/+T/IwDQ/9P/7P/n/+r/5f/q/x4A5P/Y/8v/z//E/8r/0v+p/+H/RAARAOX/5f/q/8v/xv/Y/xcA7P/r/+f/7f/r/+v/7P8VANH/0P8KAA4ACQDD/+v/+v/7/9f/0//R//f/EwDS/+r/EgAMANH/2P/I/83/vv/N/93/FADi/9j/7f/y/+3/7//q/xkA5v/n/+r/6v/p/9j/3f/P/+D/AADo/wcA9f/U/+D/3//p/+3/AAApAOf/5v/q/wAAzP/I/wAA1//1/8z/6//r/+z/6//s/xMA2P8AAOv/z//g/+L/9P8XAOz/xv/s/+v/FADf//D/7P/r/+7/5f/c/+f/LQDV/9//zP/p/+n/4f/P/8v/1//1/w4Azv/s/+z/7P/t//T/5f/s/yEA7P/s/+3/7f/v/+r/FADt/9r/n/+m//L/u//c/7H/HwAtAMH/4v/q//L/2P/W/+3/1v8dAMP/1P/h/8b/AADN/+3/KQDd/9T/1v/r/9j/1v/j/x4A2f/g/+7/3//s/9f/3f8aAK//nP/c/8P/0f/C/+z/5/8WANX/7P/k/+n/4v/Q/8T/DwDo/9H/BwC3//L/FADb/+v/8f/7/+//7v/q/9D/OQDc/+b/5v/h/87/1f/s/+L/6v/w/+z/+v/k/xQA2//k/xoA5//p/wAA5P/o/8v/x/86AMz/z//E/8j/wf8AAOb/5//t/+r/2f8XAOn/5f/s/+z/9f/t//X/EADN/+z/7P/s/+7/7f/s/xQA7P/6/xIA6P/o/9r/7P/t/+L/0//f/+r/6P/V/+n/+f8nAAsA5f/T/9//5//y//j/6P/b/+f/zP/j//b/6P8JABYAxP/q/9n/zf/k/+n/LgDa/+f/3v/a/9f/4//e/yUA2P/M/87/OgDV/+f/0P/J/9H/2P8RAOX/6f/p/9f/2/8AAOr/5P8GAOL/r//f/+n/vv/Z/+v/6f/X//b/7f8aAOr/6P/r/+P/6//s/+r/FgDr/+L/AADz//T/7P/p/+3/EwAbAOn/6f/0//f/3f/j/+P/3v/t/+T/zv/g/9X/GQDZ/xoA8v/q/8L/2v/k//H/0P8UAO//7P/t/+z/7P/s/+z/5P/3/+r/s//P/ysAu/+1/zYA0P/k/+T/yf/S/7r/zv/s/xYA6//q/+z/6//s/+j/8v/I/87/7f/s/8f/EQDv/+3/FADr/+r/8v/r/+z/7f8AAN3/uf/Y/87/AADs/6f/6v/m/+f/1f/o/wAADgDi/+f/GwAAAAAAAADz//P/9v/h/9D/oP8oAK//0//r/9L/7f8AAOz/EgD0/+H/4v/s/+z/7f/y//P/+//s/xQA9P/D/5z/8P/i/6v/KAC8/7v/vv/E/87/yP/Q/0QA2v++/8v/1//f/8j/2P8pAOT/y//Z/97/y//6/xsAxv/t/+b/6v/i/+T/4v8NAPD/2P8AAOf/AADH/xcA5v/m/9j/3v/6/+7/EADv//n/3/8AAPr/CgDL/8//vf/M//P/0v/6//D/7P/s/+z/7//v/xQA7v/1/+n/3f8AABMA1//Y/9v/vP/C/9b/oP/D/7D/KACx/+7/6f8AAAAA+//5/xoAAADQ/+n/AADJ/9b/1f8AAMH/7P/I//X/4//I//j/8P/J/wAA2v/k/8j/FAAaAM7/t//D/+//vf/E/9H/1P8TALD/4f/k/+r/7P/s/xMAAADr/9//1//k//D/5f/p/yIA5/8AAO//AADJ/9b/rP/V/xMAEwAAAAAAAAAAAAAA2P8AAOr/6P/v/7f/BgDK/9T/5v/V/+L/AADY/8//5f8AANf/7P/s/+7/+//7/9j/FAAAAOr/JQD1//T/9v/s/+D/6f8UAMv/1f/J/+f/AAC5/+v/AADX/97/4f/s/wAAu/8AAOz/4/8KAPX/AADt/xMA7P/z/9T/5//t/8b/5v8PAOT/AADL/87/0f8SAOv/2//W/8r/6P/a//j/s/+9/wsAGQDs/+v/2P/o/xQA2P8AAOz/2P/Y/8z/+v8AAMX/9P/z/+j/6//j/+z/7P/q/xYA7P+w/7v/7//E/8f/5/8ZAAoA2v/n/+f/6P/k/w0A2/8AAAAAyf/e/9z/7f/p/wcA6P/j/+7/EgDC/9n/BgDH/7v/DgDP//v/0v/5/9r/1v/Z/+r/+//x/wAA2f8XAOn/2f/p/9f/4f/p/+n/4/8dAN3/6P/r/+P/6//s/+r/FgDr/7v/3//a/9D/xf8YAKn/GQDS/8//zf/e/+X/JwDk/8//4P/b/+L/1v8IAOr/4/8AAOv/6P/t/+3/6/8NAOz/AADl/+v/7P/r//T/1f8cAO7/1f/K/+P/zv8AAA8Av//6/8P/yv/L/87/1f/S/zsA1P/m/+z/7P/t/+z/7P8WAO7/5v/s/+z/7f/s/+z/FgDu/6L/AACs/6z/EgDK/+P/6f/x/9b/0//V/8T/8f8AABIA7P8AAO//AADu/+b/3v/J/+z/7f/w//H/+f/s/xQA8v/i/wAA8//0/+z/6f/t/xMAAADU/9//yv/S/xsA1f++/+f/5v/a/+r/9P/j/xkA0v/W/7r/1f/E/+z/t/8wAL7/FADS/9v/zP/a/+//7//F/wsAzv/q/+z/1v/X/xIA5f/k/xwA5v/j/+n/6v/d/+L/AADY/9j/2P/r/9j/CgDZ//D/7P/s/+7/7P8UAO7/7v/n/9v/2/8ZAOT/6f/r/+T/AADY/9n/2f/f/9f/2P8AAOT/AADd/+L/5//e/xMA3P/a/+f/5//o/+T/DQDb/wAAAADr/xMA7P/W//X/3P/i/+v/wv/J/9b/3f8AAPX/DQDs/+z/7f/s/+3/7P8UAOz/6v+w/8r/vv/c/8H/JwDI/9//2f/i/9n/4f/j/yQAzv/q/+7/7/8AAAAA9P8WAPr/6v/u/+//AAAAAPT/FgD6/+z/7P/s/+v/7//s/xQA6/8AANP/7P8AAOr/EwDq/8X/2//a/+f/w//r/ywA8//W/9P/wf/f/8r/y/84ALT/3//0/9b/4P/S/9f/AAAAAM7/AAAeAAAAAAAAAAAA7P8AAOv/GwDp/+r/6P/n/9j/6f/n/ysA7f/X/9//1P/G/87/3f8iAOf/6//q/+f/2//a/xgA4P/b/+X/1//X/+n/AADs/+z/9//w//D/7P8UAO3/2P/1/9b/2v/s/6P/5v8pABUA+v+T/2L/s//D/+f/8f/r/+3/7P/s/+v/6P8UAOr/yf/N/+H/AACq//L/FQCz/+b/u//q/+3/8P8bABYA3//s/+z/7f/x/+//7f8UAPT/7P/s/+z/7P/s/+z/FADs/+r/4f/m/+z/5v/g/+X/GwDs/xcA8f/5/wAA6//k/xQA6//A/8T/wf/G/8D/AADp/xIAAADk/+f/4//l/+H/5f/Z/+L/x/8AAOD/4f8TANz/BQD1/9P/yf/X/9z/zv8uAPv/+P/m/83/uv/q/wcAuP/W/+7/xP/O/ycAxf/I/9D/GQDg/87/zv/m/7f/7f/b/9j/AADv/+z/4f/n/xUA5P8WANP/3P/p/+n/0//q/+z/7v/U/+P/6v8AAO7/HQDn/8b/AADR/8//3P8WAMr/xf8AAN7/7f/n/9j/wv/0/+P/x//5/+H/xP/R/+//5f8OAMr/9v/e/8//DwDn//n/xf/e/97/BgDW/+n/xv8RAOn/AADs/+z/7//t/wAA0v/p//j/4P/q/+j/5f/o/9r/GwD0//P/AAAAAPn/DwDO/9//0f/o/6j/mv/A/w8A9/+q//P/zv/R/8j/uv/f/+n/CADc/y4A1f/I/97/2P/Z/9X/sv9GAMT/0f/j/87/w/+6/9r/FwDq/+X/5v/Y/+z/4P/h/0AArf+6/6v/sP/P/5z/6f/0//b/2f/e/wAA2f/H/+7/3f/c/wAA4P8AAOj/x/8dAOv/7P/f/wAA6//g/+H/+v/n/9T/x//X/+j/EQDU/9f/CgDk/wgA3//Y/9j/3//j/8v/7P8dAOD/1P8QAMn/7P/r/+z/6v/s//b/FADr/+b/0f/g/+j/1v/M/x0A5P/2/xgAyP/0/8v/6P/T/9D/7P/p/+v/6v/t/+z/FgDs/8H/FAC1/9b/3P/U/7X/7f8JABcAj/+g/+H/8P/G/+3/0v8lALX/xP8VAMr/vf+9/8r/0v/V/9X/AADX/yYAt//5/y4Ap/+Q/73/qv/x/9f/1/8oAL3/wf+6/7X/0v+//+H/HwDl/wAA2P/U/97/+f/Z/+f/7P8jAOr/4v/Y/+r/5//b/9v/GQDk/+n/6//k/8L/zf/o/8v/1//w/wAAAAAVAOz/7v/5/wAA8v/r//D/yv8aANz/FwDn/+f/6v/i/ygA2f/p/wAAAADu/9j/AAAoANn/6v8AAAAA8f/Y/wAA8v/Q/8X/w//Q/6X/0v8pAAAACADY/+H/6//p/+T/2v/0/+j/mv/j/93/wv/e/5n/5f/Y/9j/AADh/xoA6P/X/7f/lv+f/xUA0f+x/0MAtv/p/xIA9P8AAPH/6f/o/9n/AADR/73/s//c/xsAu//j/93/7P/n/9n/4//X/xQAAADi/9j/4//i/wAA2P/a/yAA5v/N/9f/vf8rAOb/0v/B/+T/1//z/8//2P/X/+f/HwD6/+j/3v/G//P/CQD3/+P/yv/Y//D/mP8AALf/IgCg//X/s/+z/+//8P/y/1oAAADp/9n/IQDV/+j/2P/s/93/7P8UAOz/7P/s/+z/7P/s/9r/AADm/9f/5//d/xMA3P/s/xQA7P/s/+z/7P/s/+z/2f/r//j/8//u/wAADwDt/+v/AADk/9//7v/Y/w4A+f/0/w4A2v/o/9r/8P/U/+T/1f/e/+D/0//R//r/HQDN/93/6v/s/+v/6//s/xcA4P8AAAAAAAAAAAAA5P/Y//H/6//k/+v/7f/k/9n/IQDt/9L/8P+p/+n/tv/U/+z/qv/E/9z/x//W/+D/zf8rANT/8f+1/wYA5f+n/9z/pf8XAPr/7v8AAAAAGADo/+f/AADj/9j/3v/r/+n/6v8fAOn/7P/s/+z/7P/s/+z/FADs//j/zP/t/87/0f+3/ywA0f/h/+v/4v/N/9//0P8iAOH/z//h/+f/wf/T/9//JADL/+z/7P/t/+3/7//q/xQA7f/t/+3/FADs//P/7P/u/+3/9f+t//b/z//A/x4AAAC+/wAAFADs/+f/4P/r/+D/6P/s//D/9f/y//n/FADZ/+7/9f+b/+//lf/B/wAA0P/4/+r/6//e/9v/7P8eANj/7P/N/wAA3P/a/9z/9v8JANH/AADL/8n/1f/a/+7/AADh/93/9P/d/9r/pf/x/9D/+f8AAOz/6P/t/9r/6/8NANj/AADk/9v/5//l/9v/2f8IANf/4/8FANX/6/8TAMb/1f/0/9v/7f/4/9v/FADm/8f/2P/p/9f/3/8RAPD/7/++/+j/6P/q/+b/6f/p/xcA6f/R/+7/w//P/8j/8v/j/+b/6v/k/+f/5//s/9j/6f8XAAAA1v8AABIA4P/k/9f/2P8UAOz/7P/t//D/7f/s/+z/DADi/9f/7P/r/wAAxv/s/wAAmf+u/73/u/8RAOv/5//p/9f/5v/F/7r/9P8AALT/3P/p/+j/7P/x/9//3P8YAM7/GgAAAMz/yf/Y/+D/zf8SANr/7P/v/+r/wf8AAPr/6f/X/+H/6f/p/+P/HQDd/xMA6f/p/97/1f/h/+P/AADf/9f/5P/w/+X/6f8iAOf/+P/V//L/oP/Q/xUAzP+a/wAA1v/O/9b/z/8AAPr/8f/o/+v/BwDr/+z/FADU/9j/7f/s//X/8v/v/+z/FADt/xEA5//w/wAA7f/u/+P/2P/q/wgA2//F/xEA6f/k/9P/6P8WANz/5//n/wAA6P/q/+r/6//r/+v/7P/s/+z/FQDw/+3/6P/I/9f/xf8VAOn/7v/Q/z8Ayv/V/8z/4//o/+r/4P/1/wAAAAAAABgAAAAuAMn/z//M/9f/zf/T/8j/7f/t/xQA7P/z/+z/7v/t/wAA7P/s/+r/7P/Y/xQA4/8AAN7/5v/b/+D/AADb/9T/zf++//f/m//Y/+7/DwAAAAAA+//i/9j/3/8AAM//5//Y/9r/2P/Y/+X/2P8oANf/6//u/+z/FADs/+z/7P/s//H/HwAAAAAAAAAAAPf/+v8AANf/4P/Z/xQA1f/U/9T/0v/Z/9P/4f8wAMf/2f/Q/+7/7P/s/+3/7P8UAOz/6//W/8z/7v/S/97/4v/D/yEAGADx//n/AAAAAOH/5v/r/+P/3//m/wAA4/8nAOn/7P/s/+z/7P8AAOz/AADs/xMA4f8cALj/9f++/+H/w//x/+r/5f/s/xsA8v/d/+L/7P/I/xwA0f/T/8v/AADN/87/5f8GANj/5//p/9f/AADj/+T/KADl/+L/9v/s/+n/6f8GAMD/t//R/+j/xv8AANf/6v/r/+T/3//r/xoA2f/f/9v/0P8lANj/2f/n/9P/z//l/+T/6//s/+X/JwDa/+b/KgDU/8f/z//R/9j/1//M/+z/7P/u/xQA7v/s/+z/7f+3/9f/x//d//T/IgDQ/+b/yf+9/9X/2v/i/9D/MgDK/8f/AADY/+n/2P/Q/wAA0P/s/+3/8v/z//v/7P8UAPT/LgDS/9P/1P/p/9H/2f/P/87/tP/M//v/5v/O/wAA+v/R/93/EADc/8f/0f/1/wgAwf+v/+z/6v/O/8b/3v8AAMj/7P/f/+r/1P/s/xEAIADc/9z/+f8AAJ3/y//k/+z/6//q/+r/2P/n/wgAAADr/8r/t//U/9z/9P/R/y0AzP/d/xgA6P/o/+j/6//k/+n/2//X//H/2f/Z/9j/KADi/w0A3P/s/w0A6f/W/9X/0v/N/xgAuf++/9L/8//C/wAA7P/j/xQA5P/d/+b/4/8AAA8A2P/a/+T/AAC6/9b/9f/s/9P/EADS/93/3f8QAMr/xf/U/8r/0P/b/+r/NADH//L/5f/S/+L/7f8AAAAA6f/S/7z/xv/Z/9H/5v9EAMf/3f/0/8T/uv/j/93/1P/r/+f/KQDd/9X/1v/u/9j/1v8UAOz/9/8AAAAA2f/s/wAA+P/r/xUA3f/h//T/xv/Y/+X/5P/r/+z/5f8nANr/5v/p//L/7P/t/+3/GADq//D/6P/R/wAA3P/y/9n/FgDs/+//5f/p//H/6f/t/x4A5P/f/wAA4//k/9b/0P/U/wsAAAC8//r/0f+6//D/3/+x/wAA6P/t/6T/0//S/6r/DAC9/8L/3P82AMb/6f/a/7H/6//s/8v/4//Y/9X/GQDS/+v/6//m/+v/7P/r/xUA6//Y/xIA7P/t/+z/6f8AAOv/FgDY/83/1f/Q/83/AADG/+b/HQDj/+f/6f/k/+L/6P/S/9//zP+//9//FgDG/wAAwv/b/wAA5f/Z/wgA6P/Q/9b/wP+4/7D/4f9GALL/x//6/9P/x/+w/+z/3v/1/wkA3f/k/xIA0//z/wAA7P/v/wAA7P/s/+z/7P/Z/wcA7P/p/8n/zf/O/9L/yf8fAOr/OgDY/+X/0f/r/7j/xP+//8P/FADG/9D/0f+7/8//9P/s/+z/5//w/+z/6P/q/xUAx//s/9j/wv/H/ywAAAD4/ygA7P/z//D/AADY/9n/8v/d/+v/6v/f/xIA6//f/wAAEgDr/+v/6//Z/+j/2f8AAOD/6//q/9v/2P/Y/xAAAADX/9f/BwDW/9//1//Z/yMAAADQ/9//5f/W/9D/DADH//n/7P/t/+3/7v/s/w4A7v+2/9P/AADN//r/HAD0/7X/FgDr/+n/7P/r/+v/6f/s/87/8//T/wAAmP/q/+7/+P/u/+//AAAAAAAAAAAkAAAAAAAdAAAAAAD6//r/9f/3/+z/3v/Z/9z/IgDW/xMAyv/X/7f/zf/v/87/vP89ALj/7v8AALH/x//S/+b/9P/t/+T/DQDh/+n/5v/b/wAA5v/H/ycA4f/S/wAAxf8cANv/DAAUAPf/yP/m/9T/xv/z/93/5v8UAN7/7P/r/9z/CgDE/+D/0f++/wAA0f8jAAAAAADo/+z/7P8UAOz/2P/M/+z/5f/Z/+X/+/8AABMA4v/F/8b/1//P/9L/x//F/zsAAADc/+j/8f/s/9X/5/8TANv/EgDZ/+3/3f8AANr/7f/h/+v/xP+0/xsAnP8AAMb/6//s/+f/6v/R/+//6/8VAOv/AAC9/9H/1f/x/9z/7//3/6n/xf/H/7j/7/8oAOr/2/8MANH/1v/V/wgA1f/o/7v/BQAAAAAA+v8mAMH/5P/Z/xAAov+S/wwA3//L/7z/5v8dAOP/5//o/+T/4f/o//b/xP/G/+n/3P+//xgA7f8bAOv/8//l/+P/2f/l/+b/yv+9/xMAy//M/+f/5/8UABQA7f/x/+3/8f/r/+z/8/8pANf/4v/d/97/1//g/8v/EwDq/9r/vP/n/+r/9f/o/wAA3//s/+3/5v/s/wAA6f/Q/+b/AAAAABkAKADH/+z/6v/n/8v/9v+f/+X/7f/b/xQA2P/C/+n/8P/d/wAA2P/n/+f/1v/s/xQA5v/p/9H/4v/G/8n/v//i/yUAyv/R/9L/DQDK/6f/9f/r/7r/+//b/+j/4v/q/9b/0P/f/ywAGADx//n/AAAAAOH/5v/r/+z/7P/s/+3/7f8UAOz/9f/f/9f/5P/w/+X/6f8iAOf/0P8HAOT/zf/i/+r/EADT/+//LgAAAAAA7/8AAOD/AAC//9f/1P/J/9D/1/8xANb/y//W/+r/2P/Z/9j/IQDr/8P/w//U/+n/BQDB/zIA3f/p/+L/6v8WAO7/6f/r/9n/6f/q/7//q/+3/8//8//R/wAA3P/k/9f/yP/X/wAA9v/s/xQA7P/s/+z/7P/s/+z/yv++/8H/SwDJ/93/s/+j/+f/2//b/xkA5P/p/+v/5P/m/8f/rf84AOH/vf+5/7b/zP/R/9H/IwDi/+P/3//f/+D/IADj/97/3f/W//j/1v/z/xUAAADy/+D/6P/n/+n/3f/V/83/yf8TANL/xf8RAAkA4//H/6H/t//T/xwAs//o/xEAtP/J/7b/pv/Y/+n/+/8AAOj/5v/r/xUAxP/f/+3/7f/u/+z/7P/S/+z/FAC4/7r/vv/U/7L/m/9VALn/3f/V/+L/2P/R//f/HgDn/+z/7P/Y/9j/3v/s/yIA6P+9/9b/5/+y/7L/4v8xAL3/1v/R/9j/4f/P/wAA9/8dAMP/7//Q/+X/2f/u/woA+f8UAOz/7P/t//D/7f/s/+z/xP/b/+r/2P/e//X/+/8GAOL/xv/l/+f/3f8fANP/yf/s/9r/5//p/+z/FAAAAOj/KgDO/9T/wP/H//P/1P/Y/9f/EwDc/9v/2f8GANf/6/8QALf/4P/G/77/9//s/9D/vf/b/xkAxf/o/xwA1f/A/9r/0P8SALz/1/8nAMv/1f/r/wAA1f8AAM3/CwDK/8T/6v/q/97/2//r/x4A1//i/8L/AACm/7H/zv8LAOv/8v/n//f/4//e/+v/4v8AAOn/7P/6/9P/yf/r/xMA1P+7/9P/AAAAAAAA7f/1/yIA9//I/8b/yv+6/8v/AAAVAPv/1//T/yoA1P/l/+f/1P/J/+v/2v/j//v/AAATAAAA5v/s/xUA7P/s/+z/7P/r/+v/1v/L/+7/AADw/wAAyf+z/+z/6v/t/+3/FQDs/+z/7P/n/+v/2v/l/+v/JADI/8n/6v8rAOT/5P/W/8z/x//f/+r/6v/e/+j/2f8QAOv/AAAAAAAAAAAAABQACQAAAOn/9v/V/8z/zv/l/97/1v8iAB0Arv+V/+L/mv+a//P/1/8dAL3/z/+0/7r/8//O/8z/TAC7/9L/6f+u/8H/wv/C/+X/6P/g/+D/3f/O/xkA8//m/+z/7P/t/+z/7P8WAO7/7P/s//X/8P/v/+z/FADs/9f/8v/Q/8X/1v8PAM//AADV//L/r//s/8P/uv8AANn/5/8pANX/2P/Y/+v/yv+8/+v/CAATAOX/4P/h/9T/6P/j/wAA1f/W/+f/AADX/wAA6v/u/+n/6f/r/+z/FADq//r/vP/d/wYAx//Q/wAA5P/b/+7/AADw/+z/1//2/ygAyf/d/+H/2f/E/97/NADr/+H/1v/U/83/AADx/wsA+P8UAOX/6f/s//L/1//q/wAA7P/r/+7/8f/v/+z/FQD1/6v/0f/W/wwAv//D/ywAx//p/+L/6v8WAO7/6f/r/9n/9f8TAPH/5v/u/+T/yv/s/xgA5f/H/8r/x/8AAL7/1P8yAOH/3f/r//P/0v/H/97/5P/k/xsA5//p/+L/3//p/xQA5f/q/9r/3v/e//H/2v/L//r/3f/x/+H/5v8OANf/AADu/8j/vf/M/wAABgDX/wAANwAAAAAA+//V/+L/AADq/+7/7/8AAAAA9P8WAPr/xv+9/+//wv/r/wAA9f8SAOz/7P/l/+z/7P/r/xUA7P/W//H/6v/k/+n/AAAQAMz/6//r/97/4//p/+P/5f8XAOv/AAC6/9n/vv8VALP/6v/X/8X/zP/Y/yAAz//T/+z/7P/s/+z/7P/t/xQA7P/s/+f/2f+x/8H/tP/h/wwAov/p/+n/6P/a/97/EAAAANz/3//Z/+L/2f/h/+P/JADO/wAA+v/i/wAAAAAAAB8AAAAOABAA2P/D/9f/5v/S/8//3f/p/9X/5P/h/xwA3P/o/9z/4P/x/+n/7f8MABwA9f8AANn/3f/y/+j/2f8AAOv/4f/Z/+P/4//m/+H/HwDh/xsAxv/P/9H/2f/4/+3/rP/P/9b/0P+9/8n/FwD5/7T/7P/q/wAA9P/Z/9n/FAAPABEA5v/s/+X/9//B/5//z//X/wcA5f/G/9T/EADf/8X/7P/r/+7/8f/v/+z/FQD1/8f/JQDB/7b/y//J/+b/zP/l/9//w//V/+z/EgAdAOr/6P8qAO3/+v/2/+n/3P/7/+z/AADq/+H/2P/T/w8A1f/l//n/6v/o/+r/0v+w/w4A7v/Y/8T/AAC9/wkAxv/l/8P/2//C/9f/4P8nAOf/2v/S/9v/5P/d//H/KQDU/8r/HgC2//v/uP+4/8b/y//p/xIA4f/t/+//8//w/+z/7v8lAOT/7P/C/+D/7//V/wwAFADs/+z/7P/v/+z/7P/s/+D/0P/T/xIA6//7/+7/1f/U/+b/AADM/xEA3v/a//b/zP/m/xIAyP/W//r/8v8OAOL/1//G/9T/4//1/+H/GwDs/wAA4//v//L/2v8SANj/2P/C/8b/n//k/9z/8/8hANf/6f/p/9n/5f/Y/ykA3/8aAOr/5f/q/+r/AADW/+n/AADQ/9//9v8AAOv/AADx/97/7P/i/+v/4v/q/+v/FgAFAPD/AAAAAPD/6v/X//P/zv/L/+L/4v/3/+3/8//V//n/qf+X/6H/sP/K/7X/AADm/+n/5//e/+j/LgC0/9v/4/8AANv/3//Q/+7/0P8WANr/2v/J/+f/5P/u/+z/IQAZAOr/6P/p/9L/6P/f/97/2P/h/+L/IwC9/wAAuv/K/wAA2P/b/9r/5/8OAOP/6//r/xQA7P/s/+3/7P/s/+z/6/8UAOz/7P/t/+z/7P/s/9b/yP/F/6z/4P8QALD/CgDY/+j/6//r/+H/2f/j/ycA7f/J/+T/7f/R/9T/IADE/9z/4v/n/+v/6v8dAOj/4P/r/+X/6//s/+3/KADY/+z/2P8SAOn/2//w/9j/AADs/9//AADJ/8b/2P8gAK//0v/e/9f/MgDh/+z/1v/V/97/9//O/+//4//5/9b/3P+0/xUA7P/u//n/AADy/+v/8P8hAOr/6v/t/+//6P/W/+3/AADs/+n/3v/d/97/6/8AAAsA4//l/8v/u//5/9z/uP8AAAAA4f+1/8r/vf/H/xcA2P8AAAAA2P/a/9f/2P/X//H/wf8MAM7/y/8AALz/s//W/+n/yf/m/+3/IQDT/9T/0//y/wAA3v+F/+D/2//W/+r/FQDr/+r/6f/r/+z/7P/c/+f/2//r/+n/AAAMAPj/6v/v/+r/6//r/+v/EwDW/+b/5//q/+v/6v/r/xYA6P/Q/xYA6v/h/xAAzf/P/9H/FACg/7b/6f/y/+b/xP+8/+3/FADs/+3/7f/s/+z/7P/Y/9P/yf+j/7j/zv8mAPb/uf/4/8z/3v/r/+f/8f/h/9r/7P/K/87/3f/Z/xIA4f/U/+z/7//w/wAAAAAAAPX/yv/S/8f/zP/p/wAA1f8RAOf/7P/s/+3/7v8AAAAA7P/N/+//0//T/9//+//w/8v/AADm/9r/8//6/+3/GgDu/xEA+f/Y/+H/7P8AAOH/6//e/83/8f/F//v/uf8dAM//FQDj//X/AADz/+P/7P/e/xUA5P/2/wAA9P/k/+z/3v8AAMD/vf/f/5r/4//s/+L/6P/r/+P/6//s/+r/FgDr/+X/zv/a/9z/5v/s/w4AFADs/8X/6f/r/+j/3P8kAOn/2v/r/+r/6v/s/+z/GwDs/83/yv/F/wAA3f/V/xIA0P/1/8P/nf+1/xAAs//k/+3/vv8IANn/1P/1/7b/CADl/8P/1f/j/wAA6v/5/z4A5v+H/9T/yv/u/+n/8f8FAAkA3f/c//f/h/+Y/xkAsP+C/9D/zP+r/7H/uv88AKH/rv/7/+z/7P/t//T/7P8UAPD/DQATANj/6//k/9P/3P/X/xkA7v/r/97/2v/e/+T/2//b/wAA1P/g/9b/1/8AANX/xf8IANz/AADk/9j/4f/a/+z/7P/u/xQA7v/s/+z/7f8VAOv/7P/t/+z/7P/q/+z/3f8VAOv/7P/s/+n/7v/s/97/FADt/9z/6v/q//b/7v/J/yYAtP/E/8f/sP/s/+H/7P/r/xUA6//s/+v/6//r/wAACgDx/+T/8f/Q/+T/1P/J/yMAzv/F/9L/zv/s/+r/7P/g/+r/6P/l/+j/6f8bAAAAHQAAAAAA+v/6//X/9//n/xwA5v/p/9//7P/m/+j/0P8kAOf/8v/G/9H/0f/D/zIA4f/d/+v/8//S/8f/3v/Y/93/7/8AAAAA2P8LAPD/n//L/7H/zf+3/+b/NQC8/+v/GwAAAAAA8v/x/9P/AADp/97/5v/L/+v/AADu/wwA9P/W/+D/0v/X/wAAAADO/wAA0/8AAM//EwDa/9X/2//R/87/0f/d/woA6P/Q/wAA7f/l/+r/7f/y/xoA4//q/8D/1/8AANP/3f8pAND/wf8YAOr/6f/s/+v/6P/n/+z/7P/k/9r/4//e/wAAEQDc/xQA7f8AAPH/7//z/+v/7/8NANv/pf/O/7z/9v/P/93/9v/R/9X/6P/E/9f/CQDN/xIA6//f/9n/4//N/+j/AADS/+j/EADV/+X/DwC9/8z/9P/d/+z/7v8AACEA0v/T/9//JADn/+T/6P/h/9H/+v/l/+r/4P8SAPr/6v/q/wAA7P/f/+n/5f/q/9f/6P8mAOD/EwDS/9n/5/8AAOz/4f/o/+f/yv/F/8T/+f/4/8r/7P/s/9//7P8UAOz/7f/s/9X/AADZ/9r/3//n/9L/AAAAAOv/2P/g/+v/5v8MANj/yf/p/87/3P/Z/wAAEQDV/+z/2f/Y/9f/FAAAANj/2P/q/+3/AAAAAAAA7P8WABQA8v/3/8v/+P/2/0MA9f+5/9f/1v/f/+b/2//Y/yoA2//p/9f/4f/p/+n/4/8dAN3/6P8XANv/2P/l/+f/6//Z/xYA2v/o/9v/4v/Y/+z/3/+t//D/uf+7/9f/8f8TAAAA1//f/9L/z/8UAAAAAADU/+f/uf+6/7T/AADr/83/wv8AANH/4f/E//L/FACs/+f/AAAVANr/3/8AAOD/1//q/wAAt//M/xcA3f/i/+j/uf/t/63/1//7/8b/7//2//r/1/8oANr/2v/c/9f/2f/e/+H/6f/p/+7/8//Z/xsA6f/H/+v/FADp/+b/8/8AAOL/1//X/9f/2P/i/+P/2v8gANH/AADT/9b/1/8AANP/0v/Y/8H/0v/b//T/HwDr/8b/7//h//D/AADx/9v/+/8oAMr/CADc/9r/5//Z/wAA3P/F/8z/7v/F/w8Axf8AAMD/7P/s/+z/7P/s/+P/7P8dAOz/6//n//D/6//d/+r/JgDv/+3/8P/v//P/FADu/+z/2P8YAO3/2/8AAAAA3//y/5b/FwDa/+r/xP/N/woA3f/r/8z/2v/g/+z/IADV/+r/5f/Z/+v/5P/h/+X/IADe/8T/8P/r/9r/6f8WANj/uP+y/+r/3P/U/87/DAC6//P/EwDQ/9b/yP/m/+b/AADG/+z/FgDr/+r/7P/r/+z/6P/s/xUA7P/r/+z/7P/r/+v/1v8gAOD/4v/p/93/AADV/9j/6//o/9n/8P/s/xoA4P/Y/+v/6P/Z//D/7P8aAOD/5f/p/+v/7f/t/+n/FwDt/+n/1//h/+n/6f/j/x0A3f/p/9H/6f/h/wAAzf+0//n/5v/c/9P/2P8AABwAzf/W/+n/8v8VANb/7P/Y/8b/0f/n/wAA6//Y/+v/1P8AANT/2P8SAOv/6v/m/wcA5v/c/+z/7f/s/+//7v/s/xQA7P/s/+z/7P/s/+z/4//s/x0AFgDz//j/+f/6/+r/6//1/9j/JQDq/+v/5P/T/+v/6//R/9P/5P8AANP/GADx/93/4P/e/97/2v/f/9P/7P80ACIAzv/D/wAA6v/U/9P/0v/Q/wAA6P8NAMP/1P/f/wAA8//I/+//6f/p/7b/EgAaAOz/8f8AAAAAAAAAABUAAADq/9P/2f/i/+n/2f8lAOj/1P8KAND/1P8AAMH/1P/o/+n/HAC6/7j/zv/t/9L/sv/q/9P/2f/i/+n/2f8lAOj/BwANAOv/6v/N/9b/4P/A/+v/6v/s/9j/6P8AAAAAAADs/+z/7/8AAOz/2P/s/yIAxv/j/+z/AADY/9v/2/8bACgA6P/4/+D/7f/a/+L/3//j/9v/5//S/+P/6v8dANv/6f/m/+z/3v/q/+z/FwDn/9X/GQDq//H/3P/Y/+b/AADs/xQA7P/s/+z/7P/s/+z/xP/B/+H/7f/K/8z/vv8lAOv/5//r/xQA6v/t/+n/5//a/ygA2f/a/9v/4f/Y/9n/7P/q/wAA7f/s/+v/7P8VABMA2f/e/9r/6P/o/wAA2v/z/8P/sf+1/wAAy//d/93/zv/n/9v/5P/g//L/zv8UAMX/5P8AAM3/yv8AAA8AxP/q/9z/7P/e/+j/2f8ZAOX/7v8VAAAA+v/0//T/+v8AAML/vv/Q/9j/8//E/0AAy//m/+z/7P/t/+z/7P8WAO7/AADC//r/x//q/8f/1v8YAAgA7f+u/xUAvv+1/8D/yP/q/xQAzf/f//D/7P/v/+n/2P/a/+z/6v/f/ygA2v/Y/xAA4//T/9f/yv/g//j/0P/j/wkA1//W/w4AAADN/+P/5//p/+T/4f/q/xYA5v8ZANn/2P/p/+D/2f8VAAAA5f+5/8z/vv+4/8X/LwAAALz/5v/t/+z/9v/y/xUA9v8AANT/1//n/9f/6f8kAND/4//r/9//0P/p/9X/IADh/97/2P/l/xIA5v/Y/xsA2P/6//T/y//R/6z/wv8TAM3/5v/j/9//3P8UAN3/AADh/+n/AAC+/7b/0/+0/ywAxv+2/xsA5f/Q/8b/zv/Y/7f/HQAMAN7/1f/l/+n/3/8AAOb/8v8TAAAAAAAAAMr/7P8QAOz/6P/r/+X/7P8WAOf/6//K/9T/6v/h/+f/KADV/9L/6f/r/+z/7P/s/xAAFADZ/8f/4v/h/7r/AACX//D/0v/D/x8A+//Z/+n/y//X/93/4P8LAOn/2f8HAN//2f8AAMT/7//V/9T/z//n/8D/HwDs/+z/5v/z/+D/2P/s/yQA2P/l//H/AADq//H/7P8fAAYA8P+//8f/0f/W/+P/zf/M/9//4v+6/wAABwDZ/9r/7P8UAOz/7P/s/+z/7P/s/9n/4f/Z/ycA2f/o/93/0v/z/xUA7P/s/+r/6//m/+z/7P8VAPL/9f/t/+7/6//1/wAAFADn//b/7v/k/9j/+P/q/+7/7/8AAAAA9P8WAPr/HwDm/+3/8v/r/+v/2v/e/+z/7P/s/+7/7f/s/xQA7P/O/+L/3P/T/9//HQAUAKb/7P/s/+3/7f/w/+v/FADt/97/KwDp/+z/8P/d/+f/6//n/+7/sv/o/7L/1f8PAKL/7f/t/xQA7P/z/+z/7v/t/+r/6//q/+j/5v/l/xcA4v/i/9f/4P/X/+v/5/8pAOr/3v/s/83/5v++/xEABgCr/9n/xf/T/8L/1v8cAPH/8//d/+n/6f/s/+z/4f/f/xkAnv/d/+P/vP8AAAsA9/+h/+T/EwC6/7z/4v/I/woA6v/k/xkA+P8AAOn/3/8AAO7/2//u/9z/0f8JAAAAzv/3/+f/wv/B/w8Azf/G/wAA7f+Q/+b/6//s//v/yf/j/97/EwAAAAAAAAAAAAAA2P8AAAAAHwDh/9n/7P/Z/9f/0//t/7f/7f/6/8T/uf8kANL/FgDf/+r/4P/p/9r/6//s/wAAAAD3/wAAAAAWAAAAAAAAABQA7P/o/+v/y//h/wAA0P8VAOj/4//Y//D/0f/S/+f/IwDq//P/7P/k/+H/zv/q/9b/IwDQ/+j/zP/e/9X/5v8pAOz/9P/v//X/2P/r/w0A0f/Y/9X/1P/I/97/EAA1ANn/1v/U/+T/1P/K/9L/7v/Q/z8Ayv/V/8z/4//o/7P/qv/J/5z/1P/l/xIA1v8AANv/2P/X/9//AAAAALj/yP8AAN3/7//l/wAAv/+2/+r/5//p//r/7f8VAPX/8f/g/9n/5//C/9z/JgDl/9b/6//a/+H/7P8kAN7/2P/Q/9H/6v/Y/9n/EADr/wAAw//r/+z/6//e/wcA2P/Z/w0A6P/q/9z/xP8HANH/7f8QAOf/zf8gAMb/5f/o/73/EQDZ/+z/z/8PANj/6f/U/3f/z/8QAN3/7//K/8n/EQDa/9//2//p/+n/8f/p/yMA7f/f/9v/6f/p//H/6f8jAO3/7P8UAOz/6//s/+z/6//u/+z/6f8AAO//AADy/xQA9v/L/6z/sv/R/9b/yv85ANH/2P8SAOD/2f/Y/+b/2P8AABgA2v/q/+D/6//Z/+r/4P/s/+z/7f/s/+3/7P8UAOz/2P/Y/wsA4f/o/9r/AADh/wkA5v8AANX/2P+6/77/BwANALj/sv/C/+7/0f/x/woAAADa/+D/1//r/w4A2f/X/+L/6v/a/8L/9v8HAA0Ayf8AAAAA+v8AAPv/JQAAAOz/3//a/+z/6v/l/wAA6v8WAOr/8f/s/+z/7P8UAOf/4v/S/+L/OwCu/8D/yv/Q/7//xv+y/9z/sf/K/xMAIwDN/9b/1//d/9v/5f8AAOj/FADl/wAAAAAAAAAAAAD6/x4A1v/3/+v/wP/g/wAAu//A/+n/v//2/8L/2f+//+P/GADA/6//1P/R/7j/r/8RAAoABwDh/+f/6//l/9T/AADq/+f/7P/s/+j/6v/0/+b/EwCq/xgAt/+I/8P/xf8LAIj/AAAKAND/2v/U/8j/6//W/9X/z/8TAML/xP+z/9X/AADd/+r/6P/e/xEA0//b/wYA8v8AAOD/+f/s/9j/7P8iAMf/yP/L//L/CAC+/+D/6//s/xQA7P/s/+z/7P/s/+z/6f8ZAOr/5P/s/+z/3v/j/+z/7P/u/xQA7v/s/+z/7f/q/9z/5P/j//n/7P8aAO//1/8UAOv/6v/s/+f/+v/o/9z/LwDo/+v/9f/Y/8n/6f/r/wAA4P/f/9v/2P8RANr/6/8UAOz/6//s/+z/7P/s/+P/IADa/+D/6//d/+T/1v8MAPD/2f/z/+v/9//l/9f/xP/R/ykAzf/O/8v/3f/6/7j/+v++/8H/0P/S//T/AADE/9L/2f/b/wAA6f8VAO7/7P/s/+z/6//s/+r/FADr//X/zv8RAMj/FADU/7//5f8YAOr/5P/o/8n/6v/e/93/8//r/+D/2f/r/+f/EwDm/73/IQCU/7D/6P+1//L/v//q/9z/5P/j//n/7P8aAO//5f/s/+3/AADs/+r/FADX/+D/MADZ/9T/4//f/8P/uf/n/+z/8f8UAOr/6v/m/9z/zv/c/wAA1P/R//L/EQDU/+v/4v/r/+v/6//q/xYA6P/e/+z/7P/i/+3/7P8VAOz/6f/X/+H/6f/p/+P/HQDd/xUAqP+r/6r/rf+5/wAAg//r/+n/6//g/+v/4f/X/yUAAADI/7D/vv/G/xUAqv/b/9n/2//j/8v/6v8PAPL/AADs/+v/+v/u//r/8P8UAPP/6f/m/+H/2//j/+3/EgDE/8H/AADs/9f/5//W/wAA6v/Q/y4A6//7/+7/BwDU/9n/1P8AAMr/yf8AAAAA1v/T/+z/+v8AACgAAADa//L/2P8AAND/yP/E/+3/w//A/wkA6f/M/67/7P8uAOL/FADr//r/zv/R/9f/4f/4/9f/8//Z/wAA+/+j/8v/8v/X//j/EgDN/9X/4v/i/+f/xf8aABMA7P/n/+z/6/8AAOv/7P+1/+v/sP+s/xEAw/8dAO3/5P/l/+j/1f/p/+v/AAAkAPP/6v/o/9z/DgDY/9H/9v/r/xUA6//r/+z/7P/r/+r/HQDq/+v/4//p/+r/3P/k/9f/FADr/+v/6//i//j/5P/C/xAA4v8JALj/v//M/+j/RADY/8X/x//c/7j/xP/B/+r/FAAAAOr/6//r/+D/6v/S/xEA1f/C/+b/AADp/8n/2P/a/+v/6f/p/+r/HgDi/+3/FADs/+3/7f/s/+z/7P/f/9//1P/M/9D/BgAOAM7/6/8AAOn/6//s/+z/6f8SAAAA2f/a/9r/7P/Y//T/AAATAPP/6v/l/+T/EADX/9f/+P/i/wAA2P/f/+b/9P/Z/+z/7P/t/+3/8P/r/xQA7f/q/yUA2P/b/+L/1v/e/9j/zf8mAOz/4f/n/9n/3v/Z/8X/FQDF//n/uf/3/9D/w//s/+z/8v/b//v/FADr/+P/AADX/+z/8//t/+z/AADt/87/3P/t/xsA7f/z/+z/xf/T/+P/v//q/+T/CgDg//T/+P/z/8X/uP/U/9v/2v+8/9v/4f/i/+X/AADt/x8AxP8ZAMn/2P/b/+H/0//r/8n/AADq/xQAAAAAAPH/AAAAANX/2f/k/9v/6v8HAAAA2v8pAOL/4f/k/9L/1P/j/9H/6P8HANz/6//k/93/CgDT/+z/2v/r/97/9f/Z/9//GQDM/87/1//I/wAA9P8AAMX/8f/c/wAA0/+n/+X/zf/5/xgA5v/o/9b/6v/L/9b/AADs/+z/7P/s/xQA7P/s/+r/2P/n/9j/4P/f//j/EgDN/w8A6v/Y/9n/AADs/+f/4/8nAAAAAAAAAAAA4//e/+3/IQDV/8//w//U//n/uv+w//j/0f/c/9v/6/8QANX/AAAHAOb/vf/I/7H/FACt/8T/9v8AAL7/t//7/9b/AACm/9r/yf/S/8P/3P+9/ysA6//s/+D/6v/o/+X/6P/p/xsA4f8AAPX/5//l/+j/AADl/w0Azf/s/73/4f8AAPn/x//s/+n/7P/Y/+z/AAANAOn/GQDm/9//6P/o/9H/6//q/97/2P/P/83/EwDM/8z/FgDw/9P/yv+7/7//6v/u/wkAu/9EAHH/ZP/p/9b/m/9+/wAAHQAAAAAAAAAAAOz/AAC4/0cAzP/1/8X/xf/D/9P/2f8sAM//6P/g/9//y//L/wAAHQAAAAAAAAAAAOz/AADs/xQA7P/s/+z/7P/s/+z/AAAeAAAAAAAAAAAA7P8AAOz/FQDs/+z/7P/s/+v/6//F/0AA0//q/97/uv/F/9P/pP9KALz/0f/n/8L/wf/f/xQA+v/q//D/5//X/+v/5f/p/x4A1P/L/+b/4v/h/9L/7P/s/+z/7//t/+z/FADs/9f/LgDP/8n/0//n/9f/uP8IAL//6f+4/77/vP8JAMH/1//o/+r/6//h/+n/4/8YAN7/7v/M/7v/EwD7/+P/vP+//+D/5f8SAOP/FQCu/+b/r//u/+7/DgDu/wAAp/9//xMA8f/q/9P/5//m//D/y//m/wAA6f/q//r/EADn/9n/4f/7/97/4P/g/xwA0P/J/+z/FADs/+z/7P/s/+z/7P/n/7T/zf/N/wAA7P+5/xYA5f8IANf/3P/V/+f/BgDL/+z/1v/a//D/FAAUAOH/1//i/ygA2f/h/+v/6v/Z/9z/2v/B/x4A3v8AAN//8//k/83/7f/A/6n/RADh/7j/xP/s/9j/4//b/wAAxP/S/yQAz/8AANP/0v8PAMj/4f8QAOT/AADa/9j/FADr/+D/2P/r/+X/8P/s/+v/5v/r/xcA7v/p/wAAAAD7//n/GgAAAN7/3f/3/+L/6P/l/xoA2v8NAMf/AADN/wAAzf/3/+j/+P/u/9f/q//m/87/wv8RABgA2v/q/+D/6//Z/+r/4P/r/9b/2/8XANX/CgDH/+3/AADk/wAAAAAAAAAAFQD6/+T/5//X/+7/EADM//P/2f/o/97/GQDr/+n/4v/p/+z/1//r/+7/9P/n/+v/KQDb//L/2v/U/wAA0P8PANn/zv/t/+3/FADs//P/7P/u/+3/rP8wALz/xv/W/5T/2f/5/8f/0v/v/+3/7P8AAB4A2//q/yMAyf/B/83/2P/f/8H/wP8AAOb/3//M/9b/EQDb/+7/7v8AAPf/7P/W/wAAKAAAAOz/7f/w/+z/AADs/+z/0f/R/+n/6P/X/+j/0P8uAM7/0//Q/9L/EwDy/+L/DQDo/9//2f/l/+H/HwDk/+P/1/8mANP/3f/o/8z/3v/U/+P/KwDn//H/8v/s/+b/AAC3/w0A5f/x/+P/4f+j/6L/6v/r/+v/6//s/+z/7P8VAO3/1v+//8r/y//t//r/xf/Y/9X/xP8AAN7/+//R//b/6P/x/+L/pv/V/7n/FgDh/xUA7P/u//L/AADw/+v/AADs/+z/7P/s/+z/7P8UAOz/7f8UAOz/7f/t/+z/7P/s/wAAAADH/8n/xP/S/+T/3f/L/+P/0/++/9L/NADs/8j/BwD1/9z/w//X/8r/7v+w/+v/9f/X/8f/zP/q/yAA0//X/8v/x//J/+H/zv83AND/7P/s/+z/7//t/+z/FADs/9D/3P8tAPL/z//Q/8X/xv/s/+f/6v/n/9z/6v/N/xgAKADq/+f/8v/W/xIA1/+8/+j/wP/W/8z/2/8dALv/8P/n/8L/v/++/9L/0/8hAAAA7P/p/+z/4v/r/+z/FQDq/+z/7P/s/+z/7P8UAOz/7P8UAOz/7P/t//P/7f/s/+3/OADp/8n/xv/B/7z/zP/E/+v/4//h/+D/5//c/wAAEwDr/x4A7f/3//X/6v/h/wAAyv8aAOT/uv/i/97/zv+v/wwAAAD6/97/1P/Q/+z/tv/Y/+z/1//r/+7/1f8WAOz/6v/s/+z/7P/s/+z/FQDs/xgA5v/c/9P/5f/q/+r/3/+9/wAAEwDa/73/6v/W/9z/2P8AAAAA2P/Y/9j/1//X/+v/1/+u/9f/0f+9/y0AwP/X/9//FQDm//P/7v/L/+b/3P/Z/wAAx//i/ycAoP/P/+T/3//w/9X/EgAAANb/6f/l/+f/5//Y/9v/2P/r/yUA7//Q/wAAv//l/wkAxv+2/7z/2f8jAL3/JwDG/77/uf/s/+z/7P/s/+z/4//s/x0Awf8YANH/t/+3/7H/6v+4/+r/5v/n/+j/6f/h/xkA6v/s/+z/7/8AAOz/7//s/xQA4v/N/9b/4f/V/9f/KwDN/+r/AADs/+z/7P/q/93/FADt/+r/7P/u/wAA7/8UAN7/yf8KAAAAvf+8/+T/3v+3/9f/zv/N/+P/0v+3/zgAzP/3/+r/0//c/yIADQDO/+D/AADk/67/2//k/+j/9//C/wAA4f8PAMH/5//1/9z/yP8ZAKv/6f+y/6r/z//g/9v/v//C/xkAAADW/8P/3f8AAPj/5P/V/+P/5v/S/xUA+P8RAOz/8//5/wAAFQDq//L/8P/T/zIAm//b/9D/1f/W/8T/2//B/+z/s/8aAOD/7P/F/9f/3f/H/8T/LwD3/87/0//h/+n/AADo/+7/7P8UABoA6/8AAAAAAAD4/wAAAAD1/9n/2P/Y/+T/3P8KANj/0v8MAOn/yP/c/7n/+v/I/+z/JADq/+n/7v/q/9f/6f/j/9b/5f/K/83/2/8AAPP/8v/K/9H/zP/g/+3/GADO/+v/7P/r/93/BwDq/93/AADs/+j/AADv/wAA8f8UAPX/5v/l/+n/7//Y/xQA2P8AAOv/6P8RAPn/AAAAAOH/7f85AM7/3f/P/9n/w//K/+L/6//r/+z/7f/v/xUA6P/r/ygA1f/p/9v/8f/f/9r/2//A/4z/LQAAAMv/GQC//6L/yv/e/yMAw//H/wAAtv/q/9v/1//a/wAA2f/Y/wYA2f8AAOz/1//d/+T/6P8MANj/6//r/xUA7P/s//D/2//r/9r/2v/l/+z/5//n/xIA9f/s/+D/6v/o/+X/6P/p/xsAIADY/+z/8P/s/+n/2P/r//T/FADr/+v/4P/e/9f/AADh/+f/KADn/+j/1f/X/9P/3f/a/yUAyv/b/9H/4//d/+v/2/8hANb/3v/T/8//2v/a/+n/IwDY/9j/1v/G/9L/8P/P/+//1P+y/8H/CwDx//f/2v/7/wAALgD7/9z/7P/Y/9//FADY/xkA2P/Y/+X/HwDo/+n/8//2/+f/3f/y/+P/7//U/7z/2/8AAPT/pv/r/wAA2f/b/+r/1v8AANv/9f/p/wYAnv+6/8r/CgC1/8b/y/8SAJj/1f+f/yoAuf/D/w8A0f/E/wAA8f/M/9v/6f8aANz/3P/r/+v/4v/j/wAAyf++/wAAyf/p/9j/4f/N/wAA5v/Q/9j/9f8KANj/1P/E/93/x//Q/woAGwDE/xYA7P/p/+z/7v/j/+n/5P8WAOz/7P/t/+7/5//q/+3/rv8NAMr/AADA/9j/9P/K/+z/3P/b/9//7P8YAOj/6v/Q//X/0v/r/8r/7f+v/9f/7P8WAOr/6v/r/+v/6f/r/8P/6P8AANr/EwD1/8f/xf/Z/xwAt/+5/8b/EQCt/9//yf/b/8b/vP/R/9j/LAC3/+z/3P/b/9//7P8YAOj/6v8aAPT/2//i/+n/0f/N//L/3f/e/9X/zv8SAMv/u/8PAPD/1//m/9j/1//T/8j/JQDH/9f/x/8JANf/5P+u/ysA4P/y/8j/yP8RANX/8f/B/+j/w//Q/wgA0f8cAMf/xv/m/9r/5//p/+H/z/8fAMz/4v/0/+P/yP+8/+j/6f8HAMj/yf/f/9//5f/T/+b/EwBAAMT/AAAAAAAA0f/V/8X/0P/R/+X/GADm/+T/8//e/8X/5v/O/8z/AAAFAOr/7P/d/ycA1f/o/+j/4v/U/9P/3f8nANX/6P/o/+L/1P/T/+n/HADm/+j/6v/T/9//4f/g/9r/5v/P/+P/6v8eANv/5P/V/8L/v//M/83/5v8OANf/4f/V/9v/EADh/wkA1v/g/yAA1v/p/+P/3f/K/+f/8f/W/9L/EgDO/83/5v/o//T/AACs/+L/lf/b/9f/sf/F/xcA2v/o/8j/zP8AAND/BwDN/9//wf/X/+T/1P8MABQA8v8AAAAAAAAAAO3/7P8ZAOr/6P/p/9X/5//f/93/4v/T/97/7/8AACgA5P/h/9H/0v/1//j/1f/A/wAAAADM/9v/zP/V/7j/AAD4/73/4/+7/9f/uf/d/wwAAAC4/9z/6//t/+3/7//s/xsA7v/G/+X/AAAAAOv/9P/j/9T/2v/n/+f/6P/k/w0A2/8AAOb/FgDs/+z/5P/s/+z/3f/a/9H/zv8AAOX/vv8tAN3/JgCf/6H/qf+5/wkAr//K/7P/2v/R/wAAAAAAAOT/qf/d/8b/yf/F//f/JgDz/8D/2f8bANX/0P/l/wgA1v/O/wAAFADX/9j/zf/E/7b/zf8cAAkAAAAAAPb/4//u/wcA7P/r/+r/6v/s/+z/FQDs/9X/7f8OAAcAAACa/83/7/+9/9P/tP8AANb/+v8cAMT/6v/p/wAA6f/w/+v/EwDq/+f/y/+y/+P/wP8AAML/KADL/87/zf/n/9D/x/80AL7/BQAIAK7/sv/V/9z/EQCW/9L/KQDh/+b/5/8AALX/4v/R/wcA3v/r/7L/9f+u/5X/CgC6/5//sv+s/w8AAACg/wAAAAAAAAAAAAAAAAAAAADg/w8AAACn/4n/y//k/8f/2/8bAAAAzP/F/5j/1v/q/+D/2P/f/+f/vv/g/+j/6P+1/7//v/8AAND/1P/s/9P/+v+z/+j/0P+s/+v/AAD2/8P/yv/T/7n/9f/4/+P/AAAAAAAAAAAAAAAAAAAAAAAA1v8HAN3/g/+8/6j/7v/D/zMAnP+9/5P/vP+1/xsAdf++/8r/yf/h/+b/1P9AAND/KQDH/wAAdP+z/9L/7/+B/8j/5f+s/8b/+/8AAMb/xv/r/+z/6//s/+z/6/8UAOz/DgAGAOv/FADl/8P/y//N/wAAAAAAAAAAAAAAAAAAAAD0/9T/0P/A/8P/1/8UAOv/4//u/9//3//6//j/IwDc/6v/AAAAAOz/0/+p//L/6f/h/9z/3f/W/87/xP/3/9b/FADr/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+z/+v/s/xUA7P8AAAYAAAAAAAAA8/8AAAsA7P/s/+z/7P/t/xQA6//t/xgA7P/q//H/+P/r/+f/9P8AAAAAAAAAAAAAAAAAAAAA7P8VAO3/7P/t/+z/6//s/+v/AADd/8//AAC5/8D/BgDs/+z/7P/t/+z/7P8UAO3/4f8AAOb/6f/j/xQA2P/d/9X/0/8gAN3/3P/X/wAA2v8bAOX/6P/t/wAA+P/n/wAA6/8UAO3/7v/t/wAA7P/u/+L/4//n/+//6f/s/xUA4//C/8P/AADB/+D/7//d/xsA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAMv/t/+3/8j/CgDM/+v/+P/u/+z/7P/t/+7/FADs//j/7v/s/+z/7f/u/xQA7P/h/+T/HgDi/9L/6f/Z/9b/AAD0/+r/7P8PAOv/CADZ/+H/5f8cAOb/5f/k/+X/5v/n/+f/GQDo/+n/6P/p/+X/2/8QAMX/x//f/8z/CADJ/wAAAAAAAAAAAAAAAAAAAADG/wAAwv/F/9v/CwDK/9r/7f/s/+3/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAANAAAA2P/m/+n/AADY/+f/FADg/+z/7P8UAPD/7P/t/+z/7f/f/+b/GgDc/+z/6f/q/+D/9v/4/xQA7f8AAPb/7//t/+n/6P8gAOz/7P/o/9j/7P/Y/83/0f/O/xUAyf/l//n/AAAAAAAAAAAAAAAAAAAAAMf/uP/U/8P/3f/n/77/KwDs/+z/7P/s/+z/FADs/+z/6//p/+z/6//1/xYA6//o/+r/2P/Y/8z/2P8SAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/wsAyf/M/+v/DwDg/8H/7P/s/+//7f/s/+v/6/8UAOz/7P/s/xQA7P/s/+z/7P+j//X/zf/x/9r/4P8GALn/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/AAD6//n/+v/d/wgA+v8AAAAAAAAAAAAAAAAAAAAA2f/F/9z/3f/s/+v/AAATAOz/FADt//b/7P/s/+3/8f8AAAAAAAAAAAAAAAAAAAAAKQDL/7v/7P/L/8b/v/8AAO3/7f/t//X/7f8UAO7/7P8dANb/5v/f/+D/5v/L/8X/1v/w/7X/2/8AAAAAsP/v//T/DgDa/9L/7P8UANn/zv/z/+//9/8AAAAA9f8aAAAA7P/s/+z/8f/z/+z/FADu//j/EwAAAAAAAADt/+7/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7/8AAPD/7P8AANn/4//p/9P/1P/y/xwA0v/t/+3/7P/x/+z/7P/s/xQA7P/w/+z/AAAAABQA7P/3/+j/7P/G/woA2f+y/wcAGgARAMv/0P/J/+j/1f8KAN3/AAAAAAAAAAAAAAAAAAAAAAkAv/+s/8X/y//c/+v/jP/q/+7/9f/s/wAAFgD2/+f/HQDs//L/9P/q/+D/6//z/zsA+v8AAPf/7f/I/9L/9f/w//H/9P8AAPf/7P/u/xQA6f/i/+r/FgDu/+n/6//Z/+z/7P/t/xQA7f/s/+z/7f/l/xoA5f/b/+T/6//R/+n/2P/e/+P/7//0/xAAAADs/+z/7P/t/+z/7P/t/+z/FADs/+3/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/7P/w/+//AADv/xQA8//r/+z/7P/q/+r/FADs/9v/7P/p/+z/6//s/+v/6v8VANX/DgC5/57/yf8AAA4A4P/s/xQA7f/0/+z/7P/t//D/AAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/+P8AAOf/6P86AOP/yP+1/8b/pf+8/8L/FQDs/wAAAAAAAPr/6/8AABQA7P/s/+z/6f/s/+z/7P8eAOT/4f/2//X/7v/i//b/AAAAAAAAAAAAAAAAAAAAAPT/IwDj/wAA6v/o/9z/6P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/6//q/+v/2/8XANn/+v/5//n/AAD5//r/IgD2//r/5f/6/9f/0P8AAMn/5//F/wAAAAAAAAAAAAAAAAAAAADp/+v/7P/t/+z/6v8VAOv/3v8pAOv/5v/l/9j/1v/k/+v/FwDr/+z/6//q/+j/6/+5/0oA2//j/9z/xf+j/9D/1P8uANf/yP/Z/9v/1//R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs//D/9f8AAPT/6/8AAOj/6f8AAAAAAAAAACYAAADr/+r/6P/U/9H/zf8oANP/7f/s/xQA7v/t/+z/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAwA2f/Y/+X/2P/Z/+z/AAAAAAAAAAAAAAAAAAAAANv/6P/I/5f/tP+6/83/JwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/AADX/9b/4v/Q/wAA0P/r/+v/FQDs/+z/7P/r/+r/7P/r/xQA7P/s/+z/7P/s/97/7P8eAOX/7f/k/+P/4f8ZAMX/4P/X/wAA5P+z/9T/7P/s/+3/9f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/2/wAA+f/4/xUA+f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+r/6//v/+r/7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAO//AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/e/+v/FADs/9v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/6v8AAAAAAAAAAAAAAAAAAAAA7f/j/+z/8f8FAOz/2/8AAAoA8P+R/9D/1//k/7v/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v8WAPn/9//r/+v/7P8PAAAA2f/d/9r/2P/Y/+P/AAAAAAAAAAAAAAAAAAAAAO3/7P8UAO3/7P/s/+z/8f8AAAAAHgAAAAAA9P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P8UAPH/8f/y/+z/7f/s/+z/7P/s/+z/7v/s/+z/FADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/FADs/+3/7f/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAADr/xoA+f8AAPf/+v/0/+3/7f8AAAAAAAAUAOv/7P/m/+b/5v/o/+r/4//o/xoA3f8YAO7/7P/g/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAANj/3f/u/+b/AADN/9j/0P+6/7b/3//G/xAAHQDo/wAAAAAAAAAAAAAAAAAAAAAZAMX/rf/l/5P/of/m/9z/8P/3/8//0P8PAOj/uf/g/wAAAAAAAAAAAAAAAAAAAADc//n/0//O/xEADADZ/8b/AAAAAAAAAAAAAAAAAAAAAOL/xf/b/9b/+v8TAAsAs/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7f/s//H/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7P/s/+z/7P8UAO3/8f/t//H/7v/s//L/HQDj//b/9P8AANz/6//q/9z/AADq/+P/3P/l/xIA7P8AAAAAAAAAAAAAAAAAAAAA6//r/+v/6//r/+v/FADs/+z/7v8AAPv/7v/s/+v/FQDu//X/8v8AAAAA7f8UAPb/6v/r/+r/6P/Y/9j/EwAAABMAlf/M/9H/sf/m/+n/6v/M/7X/2P/B/7//DAD6/7//AADm/+P/7f8AANr/AAD4/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/6P/o/+v/6P/q/+n/GADg/9n/7P8YAO7/7f/q/+X/5P8AAAAAAAAAAAAAAAAAAAAA7f/t/+3/9f/t/xQA7v/s/9H/5v/U/+T/5v/e/xwA4f8UAO7/7P/s/wAA+f/q/+//EwDd/wkAxv/h/9j/2f+1/+j/6/8WAOv/6//p/+b/6//s/+3/7P/y/+z/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAAAA8P/s/wAAAAAAAAAAAAAAAAAAAAAAAOv/6v/l/+P/DADr/+f/DwDf/+b/4//m/+X/0/8hAOv/CAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAPv/7v/1//L/7P/1/9j/4v/k/xMAAADm/+b/5P8hAAAAAAAAAAAA3v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/6//s/xQA7P/s/+z/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADo//n/7v8AAOz/3v/s/xQA6//q/+j/5v/p/xUA6//r/+3/FAD7/+7/9f/y/+z/9f8AAAAAAAAAAAAAAAAAAAAAHQDq/9r/5P/e/+P/4P/p/+z/6/8UAN//8P/s/+v/7f8UAOz/7f/s/+3/7P/r/+v/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P86AK7/2f+M/wAA1f+u/8T/AAAAAAAAAAAAAAAAAAAAABQA+f/7/wAA7P/4/+z/BwAUAMj/7//4/wUA4P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/FADs/+v/6/8mAOz/7P/s/+v/7P/p/9j/BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/wgA4f/j/+P/2f8AANz/7P/r/9n/AADv/wwA2P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAANr/AAC5/8P/yf/o/9z/uP/b/8X/AAAAAMD/y//V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//D/7v/v/+z/3//s/xQA7f/t/+3/9f/t/xQA7v/s/8v/3P8fANb/s//r/9P/CQAAAAAAAAAAAAAAAAAAAAAA7P/t/+//8P/2/+z/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJADm/+z/7f/y/9j/2//s/+z/7P/s/+//7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/GgDl/9v/5P/r/9H/6f8UAO7/AAAAAPv/7P/7/wAA8P/h/+f/4f/l/xkA2//r/w8Azv/h/9j/AADn/8z/7//c/+v/+v/t/+z/AAD3/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/83/AADX/9X/zP/x/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P/q/yUA6//r/+D/6f/h/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/t//P/9L/AADg/wAA7P/g/+r/6P/m/+b/6f8bAOz/7P/r/+z/FQDr/+z/4P8uANr/1f/2/7j/CwCl//b/7P/s//D/7v/t/+z/FADs/+z/7P/t/+3/7v/t/xQA7f8VAOv/6//w/+7/6//r/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/5/wAA8/8UAOz/+v/A/+//x//L/9z/y/8RANf/7P8UAOz/7P/s/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAOAPf/3f/l/9f/0//v/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8UAOz/7P/1/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOv/4f/s/9r/2f/l/wAA5//O/8b/2//J/+T/CgDv/xoA6f/s//D/8v/q/+T/6/8AAOj/2//j/9r/6v/h/wAA6v/h/9j/1//u/97/xv8XAOz/7P/s/+z/7P/s/xQA7P8GAOv/2v/n/9v/2f8AANj/7v/u/wAA+f/s//D/AAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/t/xQA7P/s/+T/7P/s//P/3/8aAN//6/8AAAAAAAAAAAAAAAAAAAAAwv/c/+L/2f/J/yYAAADK/+//7P/s/+3/7P8UAO7/7f/g/9n/6f/G/9f/6P/S/ygACwAAAAAAAAAAAAAA+/8AAOz/7P/s/+3/7f/s/xQA7P8KAOf/4P/L/9z/1f8AAMv/AAAAAAAAAAAAAAAAAAAAAOr/2P/s/9P/2/8TAAkA2/8WAOz/6//r//f/7P/q//n/1f/f/+b/EAC//7f/DQAQABQA7P/s/+z/7f/r/+v/7P/P/+z/3//w//L/6/8iAOz/7P/s/+z/7P/s/+z/FADs/+X/GgDZ/9D/5/8AAOr/1v/s/+z/6//s/xQA7P/s/+v/7P/s/+z/7v/s/+v/7P8UAOP/5P/Y/9H/5//i/x0A1P/s/+X/+P/n//L/2f8YAM7/zf/p/9//3P/r/ywAt//C/wAAAAAAAAAAAAAAAAAAAADq/+r/6P/p/+r/6P8XAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+j/5v/p/xUA6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/d/9//y/8hAMX/1v/1/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/p/+L/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAOv/2f/a/9r/DwDY/9j/AAAVAOr/9P8AAO3/5//s/+//8P/S/+D/7f/o/9r/EQDs//r/9v/Z/83/4f/c/xYA3f8AAAAAAAAAAAAAAAAAAAAA4P/s/+7/9P8AAPP/6P8dAOH/2P/m/+P/7P8bAOH/7P/H/xQAxP/V/8f/w//6/9X/AAAAAAAAAAAAAAAAAAAAAOv/+f/s/+z/7P/r/xMA6v8AAAAAAAAAAAAAAAAAAAAA9v/B/8r/1f/V/9f/JgDL/+P/FQDu//D/7v/y/+z/7f8AAAAAAAAAAAAAAAAAAAAAFADQ/+v/6//s/8b/7v/p/9n/5f/i/+j/6f/p/yEA4//s/+z/7P/y/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABEABwDj/97/4//l/7j/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FAD4/xMAAAAAAAAA7f/u/wAA7P/s//D/+f8AAOT/FAAAAOz/7P/t/xQA7P8AANj/7P/4/8X/0v/Q/+z/CgDp/9L/EQDu/wAA+v8AAO3/DgAAABQA7P/s/+3/7f/s/+z/7P/r/xUA7P/s/+v/6f/r/+v/7f/u//P/8//t/xQA7P/s/+//uv/Y/6b/p//X/wAACwD5/xcAAAD7/wAA9v/q/wAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDt/+7/+f/7//X/6v/4/+3/7f8AAPL/7P/s//f/FADm/+H/4f/0/+z/5v8cAOT/AADq//r/AADZ/9P/7P8SACsA1P/f/9//3//b/9b/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/FADZ/97/4//f/wAA2P8XAOv/7P/s/+n/0//p/+z/FADs/+z/7P/t/+z/7P/s/+z/7P/r/+j/3f/e/xAA9P/s/+7/9v/t/wAA+P8UAAAAuv/K/+D/AAD7/97/3/8NAOn/6//r/+f/6//q/+n/FgAAAAAAAAAAAAAAAAAAAAAA3/8HAIn/CQDw/w4Awf+6/+v/FgDq/+v/6//q/+v/6v/v/w0A1//j/9X/0f/X/wUA6v8XAOr/7f/5//L/6v/r/+z/5P/a/8X/0P/b/wkAAADb/xUA7v8AAPD/AADo/9j/AAAAAAAAAAAAAAAAAAAAAOH/IwDV//D/+P/v/93/7v8AAAAAAAAAAAAAAAAAAAAA7P/s//D/+P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAnANP/4P/D/9v/zv/k/9H/7f8UAPb/9f/t/+z/7f/z/wAA+v/c/9f/5//H/wAA2P/p/+v/6f/q/+v/6v8VAOr/9P8AAAAAAAAAAC8A4//p/y4Aqv/U/97/4f/J/wAAxP9GAKr/2f/K/7j/xv/c/8D/FADu/wAA8f8AAOz/7v/u/w0A4P/Y/9j/1f/o//n/3f8oAOH/6f/o/+r/6f/Y/+D/FwDZ/+3/6v/q/+r/7P/s/6z/4v/G/8f/2P/3/9D/CQAAANb/9P/P/wcA0f/g//r/6P/l/wAAAAAAAAAAGwAAACMAyf/Q/9T/1v/W//T/2P8AAAAAAAAAAAAAMADq//H/EQDr/+z/7f/r/+z/6f/x/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQA6/8gAPT/7/8AAAAA2P8AAO3/7f/t//X/7f8UAO7/7P/s/+z/AAD2/xQA+P/o/+D/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADq/+b/EADR/9v/0/8AANL/6P/m/9H/4P/G/8j/FAD7/wAAAAAAAAAAAAAAAAAAAADF/9r/4f/N/9r/IQDu/8X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/q/+H/5//d/+r/GQDk/+X/7f/s/+3/8f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADQ/9D/yf+1/7P/p//X/0UA+P/G/9j/8/+//83/zv8jAOz/7P/s/+3/7P/s/+z/FADp/xYA6//r/+r/6//p/+r/7P/p/wAA4//h/+b/EwDs/xQA7P/y//D/AADs/+z/8f8AAOn/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAADW/9z/0P/l/83/2v/Y/xcA5//Z/9j/6f/g/wAAAAASAOz/1P/Z/9n/+f/Y/+D/5v/m/+j/3v/m/9r/HwAAAAAAAAAAAAAAAAAAAAAAxf/H/wYA+P/o/wUA2//A/wAA9P8AAAAAAAAUAPT/AAD5/+D/yP+//xQAqP8AALb/2P/Z/+z/6v/s/yIA6//g//b/AAAAAAAAAAAAABEAAAAIAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAA3f/Y/+f/zf/X/w8A6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/0P/Q/9H/2f/T/y4A0//c/+f/FwDe//P/7P/a/wAA7P/m/+v/GQDr/9b/6//W//T/x//Y/9r/2/8HABYAwf/v/yIAAAAAAO3/+//k/wAA2f/c/9j/2v/s/9f/6v8jAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/+3/AADu/xUA8/8AAAAAAAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAANb/wv/C/+D/AADm/6n/JAAAANf/0P/X/+v/1//q/xMA6v8XAOr/4//q/+n/7P/h/+r/FQDs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/xQA7P/s/+z/6/8AAOz/AAAAAAAAAAAAAAAAAAAAAOr/7f/r/+v/6//q/+n/FgAGAAoA2f/J/+f/2f/c/9P/AAAAAAAAAAAAAAAAAAAAABUAAADm/93/2v/p/9v/2f/1//v/AAAAAAAAHgAAAAAA1P/O/ykAAADX/9L/yv/T/+r/7v/x/xQA7v/Z/+v/7P8AAAAAAAAAAAAAAAAAAAAA6v/t/+v/6//r/+r/6f8WAOz/7P/t/+z/7P8UAOz/7P/s/+z/7f/s/+3/7P8UAOz/6P/y/+7/7v/t/+v/7P8UAAAAAAAAAAAAAAAAAAAAAADt/xQA+//u//X/8v/s//X/6/8AAAAAAAAAABUAAAD7/+r/6f8WAOr/6//q/+r/6//s/+z/7P/t/+3/7P8UAOz/7P/s/xQA7//s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P8OAOv/6f/u/+z/yP8OAO//7P/s/+z/7P/s/+z/FADs//T/6f8AAM//0P/b/wAAvv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/2v/r/+j/2//p/wAAGgDm/+v/7P/t/+z/GADH/+r/6v/r/+v/6P/7//D/FADq/wAAAAAAAAAAAAAAAAAAAADg/+D/5f8AANv/1/8SAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ//H/0P/p/8L/vf8AALX/6//l/+j/3/8AAPD/GADc/wAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA7P/t/+z/FADu/9//7P/s/+z/AADJ/xQA6//s/+z/3//b/+z/2v8hAAAAAAAAAAAAAAAAAAAAAAAbAM7/3//b/97/1f/z/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwD4/+r/s//S/8//+v+3/xUA9P/v/+z/AADv/+f/AAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAAAABUAAAD7/+v/6P/s/+L/6/8oAM//2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7P/p//r/LQDK/+v/AAAAAAAAAAAAAAAAAAAAAOz/7v8AAPv/7v/s/+v/FQDS/9b/wf/I/zcAwf+8/9z/AAAAAAAAAAAAAPr/AAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/p/xMA3P/f/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FgDr/+v/7f/s/+z/6f8ZANL/u/+7/8n/wv8AAMv/1//Y/9r/3f/d/9T/KQDZ/wAAAAAAAAAAAAAAAAAAAAAAAPL/FQDs/wAA7P/p//D/2P8SANn/2f/a/wAA2P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8MANL/7//q//L/yP/n/+z/1v/m//v/2/8AAAwA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAO7/6P8XAOv/6//q/+//6v/p/+f/GwAAAAAAAADz//P/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAPr/AADZ/+H/IADY/97/6f/o/9j/AAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/5v/t/xQA7P/f/yUA5v/k/+T/6f/R/+r/2v/s/+z/EAD2/9n/6P8UAOz/7f/y//P/+//s/xQA9P/C/8T/AADz/93/IgDP/9n/2/+//+n/AADj/yMAyv/z/+f/6P/r/+L/5P8IAAAA1v8AANH/6v/Z/+T/4P/j/w4A5v/n/93/4f8aAPP/1//m/+z/FADs/+z/8f/r/+z/7f/s/xQA7P/s//H/6//s/+3/7P/0/+z/5P/x/xwA2P/r/wAAAAAAAAAAAAD3/wAADQDs/+z/7f/s/+3/7P8UAOz/FADt/wAAAAAAAOz/7f/v/xQA+v/2//X/8P/t/+3/7P8YAOb/5v/p/+n/6P/o/+b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8dAAAAAAAAAAAA4v/3/wAAGQD1/wAAAAAAAN7/5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/6//q/+v/6v/r/xMA2P/s/+z/7P/t/+3/7P8UAOz/yv/Z/wAA6f+//87/7/+8/wAAAAAAAAAAAAAAAAAAAADs/xUA8f/w//X/8f/s/+z/9f8cAAAAAAD0//n/6f/4/+D/9P8AAAAA8//4/yAA5f/t/+v/+//V/+v/FQDn/9H/AAAAAAAAAAAAAAAAAAAAABQA7f8AAAAAAADs/+3/7//s/+z/7P/s/+z/FADs/+j/3//g/+n/1v/q/+D/1P8iAAAAAAAAAAAAAAAAAAAAAADr/+7/7P/w/+7/7P/s/xQA7P/r/+v/7f/s/+v/FADu/+//7P/s/+z/7P8UAOz/7P8HALf/x/++/wsAz//r/+X/7P8AAAAAAAD3/xQA7f/6/8P/BgDZ/9f/2v/X/wAA8//Y/ygA1//Z/+T/2f/X/9n/9v/m/+n/6v/s/xMA6f/Y/+z/6f/r//D/7v/u/xUA7f8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7//s//H/7P/t/wAA4//f/77/zP/b/w4A5f8AAAAAAAAAAAAAAAAAAAAA1//W/+P/3//g/ywA3v/c/+z/FQDq/+z/6//s/+v/6//F/8//KwDR/9P/5f/H/8n/AAAAAAAAAAAAAAAAAAAAAMj/5v/k/+j/4P8GAA8AAAAsAAAA9/8AAAAAyv/b//n/AAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/8P8TAAAAAAD3/wAAAADq/xUA7P/s/+z/7P/s/+z/4P/H/9X/+f/S/87/KgDb/yAAvv/c/+3/7//N/xoA3P8AAOb/zf/g/9r/1v/e/x8A7P/j/8X/2P8UANT/CADc/+L/3//I/9X/AAC6//P/CgDm/+r/4//q/+z/6P8XAOv/0//T/9P/2v/Z/+H/LADa/+n/6//p/+r/6//q/xUA6v/6/wAA4//d/9r/3v/P/9v/5f/y/+T/1//r//H/DQAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//T/7f/x/xQA6//s/93/EwDN/9H/6P/U/woA7P8AAAAAAAAAAAAAAAAAAAAA+f/g//P/AAD2/wsA1//Z/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/+7/7P8UAOz/7P/s/+z/7P/s/+z/7P8UAN7/4f/p/9L/1v8AAMz/IgAAAAAAAAAAAAAAFAAAAOz/yf/V/9D/2//h/9D/2v8hAOz/7P/t/xQAAADs/+z/7P/U/9j/2//Y/wAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAABQA8f8AAAAAAADz/+z/AADy/xgA7f/2//L/8v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+v/7P/r//T/1f8cAO7/FAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADo/xYA6//q/+n/6v/q/+r/zv/G/wkA0v8AAMv/3//n/+z/7P/t/+3/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA3//b/+n/6f/x/+n/IwDt/+n/6P8AAAAAAADr/xcAAAAAAAAAAAAAAAAAAAAAAAAA5P8LANv/0v+//87/DwAAAO//DADl/wgA3v/u/8r/5v8UAOz/7P/s/+z/7P/s/+z/HgDi/+b/3v/l/8b/4v/p/wAAAAAAAAAAAAAAAAAAAAAwAPX/AAAAAPP/0f/T//T/zf/o/9z/4P/k/+X/JgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/t/+z/FADs/9f/3P/k/9//5P/o/9v/GQAAAAAAAAAAAAAAAAAAAAAA2P/i/+P/6//s/yEA7f/W/xQA7P/s/+7/7//3/+z/7f/v/+//7f/t/+z/7P/s/xQA6//j/9j/6v/p/+H/GwDr/wAAAAAAAAAAAADs/wAAFADo/xgA6//s/+z/7P/o/+z/7f/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+3/8f/6/wAAFADs/+//7P/s/wAA7//s/+z/8/8UAOr/7P/r/+v/7f/r/xYA7P/P/y8A5f/b/9z/3f/S/9T/FQDs/+z/7P/s/+z/4v/r/wAAAAAAAAAAAAAAAAAAAAAAAO//8f/v/+//AAATAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xcA6//s/+z/6//l/+z/AAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAGgAAAAAAAAAAAAAA5v8AAOn/5v/q/+n/6//x/xcA4P8VAOv/6f/s/+z/6v/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/8z/9/8AAM7/EAC2//L/GADm/+b/4P/i/9j/9v/k/+z/7P/v/wAAAADs/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//8P/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx/wAAAAAAAPP/7P8AAOb/7P/e/+z/7P8eANj/7P/e/+z/9//t//H/AAAFAOz/2v/P/+b/+v/s/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAUAPn/+v8AAO3/7f/s/wAA6P/q/+v/6//p/+z/FgDt/wAAAAAAAAAAAAAAAAAAAADp/xYA6v/r/+v/6//q/+n/7P/q//X/7f/1/+7/FADw/9n/BwATAMn/7P/g/93/1f/h/9//4f/g/+P/0/8hAOP/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA3//c/9P/xP/N/wAAzP/P/+z/+f/w//H/6/8iAOz/7P/s/+7/AADs/+7/7P8UAAwA1f+s/9n/x/+z/+//3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADz/wAA7v/t/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/p//U/8P/kv/E/xQAyf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+v/6//T/87/5P/K/9L/AAAJANj/7P/s/+3/7//u/+z/FADx/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/5P8yAOX/8f/d/+f/y//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7/8AAPD/7P8AAAAABwAAAAAAAAAAAAAAAAD1/9b/3//n/+3/7v8qAOj/AAAAAAAAAAAAAAAAAAAAACMA3P/k/+X/+P/Z/9j/yf8RAMn/zv+4/9r/2//l/wYA1//e/9f/3//f/+H/JwDt/8H/6P+x/63/QgC3/6f/6P/i/9T/y/+//9n/zf/v/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/q/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOX/+v/5/+v/6v+1/wcA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA7f8AAAAAAAAAANj/+P/T/+b/4P+r/ygAmv/P/83/7P/s/+z/7f8UAOz/7P/s/xUA7P/t/+z/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAABgDm/+//AADw/wcA1//s/wAAAAAAAAAAAAAAAAAAAAD1/+n/9f/1//v/5v8UAPr/DQDF/8P/2P+0/9n/yv8YAAkA6f/W/8X/0v+n/9f/DQDo/+r/5/8WAOv/6//g/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/yMA1//a/+P/4f/d/93/3v8gAOL/6f/l/+n/4f/k/xYAHgCU/7T/s//Y/7L/lv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/r/+z/7v8TAOz/2f/e/9j/AADm/w0A7P/m/xQA7//s//H/AADs/+z/+P8AAOz/7f/d//H/7P8JAPL/5f/j/+f/5//o/+H/GgDn/wAAAAAAAAAAAAAAAAAAAADk/+T/FwDq/+f/6f/n/+L/5v/b/9j/+v/D/7r/DwDH/xQA7P/s/+z/+v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2P/Y/9//2//d//f/AADY/9j/2P/c/9n/2v/3/wAA2P8AAO7/AAAAAAAAAADs/wAAAADU/9D/0//S/8T/KgDF/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AABMA6f/z/57/9//Z/9P/8P/2/wAAAAAAAAAAAAAAAAAAAADj/9//uf/i/97/3f8lAM3/6f/J/83/zv/S/8n/HwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7v/s/+z/7P/i/wAA5v/4/9f/CADO/wAA8//s/5D/bP/V/7n/4v/b/wAAAAAAAAAAAAAAAAAAAADZ/+z/6f8AANv/3f/X/wsA6//i/+n/2P8AAOv/DwAAAMz/IwDI/7z/2v/D/+b/AADd/ywA3v/m/97/2//D/+X/7P/s/+z/7f/t/+z/FADs/+j/7f/z/wAA+f8UAOz/7P/X/w4Azf/x/9z/uv8AAL//AAAAAAAAAAAAAAAAAAAAAAAAEgAAAPf/AAAAAPb/AADn/8r/4//X/9P/zf/u/xkA5/8rAO3/9//x//f/2P/r/+n/HgDb/+r/5v/l/97/2f/s//D/7P8AAAAAFADs//f/KADZ/+n/AAAAAO7/2P8AAAAAAAAAAAAAAAAAAAAAAAATAPH/1//w/9v/9P/j/+v/AAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAOz/7//4/wAA6v8AAO3/2v/Y/6H/3v/j//b/4//P/wgA3v/o/wAA7v/q/9j/2//X/7D/w/8mALL/rP8bAKn/NAAAAAAAAAAAANL/AADc/xQA7f8AAAAA7v/s//P/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAwf+w/6X/0f8QANT/x//r/83/2f/c/+3/GADW/9T/AAAAAAAAAAAAAAAAAAAAANv/0f/Z/9j/JgDe/9//6P8bAOf/7P/Q/9n/0//n/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAN7/GgDU/+P/6P/U//X/0/8AAAAAAAAAAAAAAAAAAAAA1f/q/9v/1//Y/+L/KQC8/wAAAAAAAAAAAAAAAAAAAADt/+7/BQAAAAAAFADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+r/6v/r/+j/5P8XAOv/7P8UAOz/7P/s/+z/7P/s/9X/1v/d/wUA5P/b//L/1//s/+z/7P8UAOz/7P/s/+z/7P/s/wAA+f/7/+//FAAAAOz/7P/s/+z/7v8VAOn/7P/s/+v/7f/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/J/8f/1f/h/wsAvv8gAPj/6//y/wAA8v8VAOv/9v8AAAAAAAAAAAAAAAAAAAAAzv/N/+f/0f/Q/yEAy//P/wAAAAAAAAAAAAAAAAAAAAAWAPn/9v8AAAAA7f/q//D/1f/f/9z/3//l/+X/IgDZ/+r/7//6/wAAAAAUAO7/7P/a/83/1P8AAOL/AAAGAOH/xf/b/9L/zP/j/9f/KwDW/+z/7P/s/xQA7P/s/+z/7P/a/9H/yf/L/wAAGgDR/8j/zf/q/9D/AADW/xQA6v/o/+//7f8AABQAAAD3/+r/7P8AAAAAAAAAAAAAAAAAAAAA4//Y/97/6//p/+v/HwDp/+3/7f/t//X/7f8UAO7/7P8UAOz/7//t/wAA7v/s/+7/AAAWAOj/4f/K/9f/5v/r/wAA2v/r/73/0f/Y/xEAxP+z/7v/1//T/9L/yP9FAL3/4//Z/9//2//Y/9z/JgDX/+v/7P/o/9f/6f/m/xYA7v+5/6n/LgCW/5j/HgDu/3D/6//s/+v/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/+z/FADt/+H/8/+3/7j/zP8jAMP/zv8AAN7/7f/s/+z/6//Z/xUA4P/O//P/3f/q/xAA3P/b/wAAAAAAAAAAAAAAAAAAAADl/+D/n/+E/9b/8P+h/yQA6v/r/97/2//r/x4A2P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8cAOX/4P/r/9n/5//j/+z/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAC8/9b/2f/G/7//GgDF/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+z/8f8AAOz/7P8NAM//2f8fAPP/DQDK/+n/2v8AAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8GANr/2v/m/+P/2f/k/w0A9/8AAAAAAAAAAAAADQAAAOv/7//s/+7/7f/s/+f/FgAAAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAAAA6//2/9z/0//P/7//1/8vANb/1v/p/+v/9f/r/+z/FgDp/+v/6//q//b/7P/x/xgA3P/r/xQA7P/s/+3/7P/s/+z/7f8AAAAAAAAAAAAACQAAAAAA8P/1//L/+P/u/xMA9f/u/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s//f/7P/u/xQA4//y/+j/3v/n/9D/FADs/+z/6//q/+r/7P/s/xUA7P/b/wgA3P/X/wAA2/8VAMP/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/wAA7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/w/+3/7P/s/+H/7v/w//D/6/8aAN7/6v/w//H/9P8AAPf/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAPb/mv/Y/+//2P/s/8L/HgDg/57/EADx/7r/wf/l/83/6f/n/+r/4P8OAOf/z/8PAO//IAAAAPj/8//0/+//AADt/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAPj/AAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7//u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADc/+r/6//p/+n/4//k/ycA7P/p/+v/8P/u/+7/FQDt/wAA0P/M/5v/2P8AANT/0//s/+z/FADt/+z/7P/s/+v/7P8AAPj/6//t/8n/CAD3/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOn/6//q/+v/6//r/xQA7P/t/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOj/7P/s/+3/8//u/+X/FADs/+z/7P/s/+//6//s/xQAAAAAAAAAAAAAAAAAAAAAAOv/AADk/+P/6//r/8j/FgDw/wAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAA0P/h/8b/1P/s/wkA5v8AAAAAAAAAAAAAAAAAAAAA7P/x/+z/7P/u/+v/EwD3/+z/7P8UAO//7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA6P/l/wAAAAAAAAAAGwAAAOr/6//q//H/7P/s/+j/FwAAAOr/8P/r//n/EgDc/+L/7P8UAO3/7P/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/9//1/+z/FADt/+z/7P/s/+z/7P/s/+z/FADs//n/5//r/+r/5/8IAOv/3/+9/+v/EQDT/9L/AADW/+j/3v/q/+3/7v8gANj/2f/s//T/FAD7//X/8v/y//T/7v8VAOv/6//x/+v/6//s/+r/AAAAAAAAAAAAAAAAAAAAANj/6v/s/+b/7P8TAAAA7//s/+j/6//l/+z/FgDn/+v/AAAAAAAAAAAAAAAAAAAAAAAACADp/+n/4v8AAM//5f8SAPf/AAD7/wAA+v/q/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6f/r//T/AAAAAAAAFwD6/+z/7P8AAAAA7v8UAOz/8v/E/wAABgCl/xYA0P/O/9//7P/s/+z/7P/s/xQA7P/t/wAA9P8AAAAAAAAUAPT/AAAAAAAAAAAAAAAAAAAAAAAAKQDo/+j/8/8AANj/2P/2//X/FAAAAAAAAAD4/+3/9v/s/+z/7P8AAOz/AADs/xMA1v/h/w0A5//X/87/xP8HAAAAAAAAAAAAAAAAAAAAAADo/8j/4f8jAOn/sv+1/8T/7P/s/+z/FADs/+z/6//r/xQA7P/s/+3/7P/s/+z/7P/t/+3/7P/x/+z/7P/s/xQA0f/Z/xAAz//q/9r/z/8ZAOz/7P/q/+v/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA9f8VAOj/6v/i/+L/5P/k/wAAAAAAAAAAAAAAAAAAAADq/+T/3f/o/8v/AAAcAL//3v/k/+L/HwDh/93/4P/l/+j/6v/o/9//6//p/xYA5v8AAAAAAAAAAAAAAAAAAAAAFQDr/+z/6//r/+v/6v/q/+r/8f/o/+P/7v8ZAOn/5v8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/FQDr/+z/7f/s/+v/6//e/7L/RQCu/8n/u/+9/7H/3//b/yEA9//4/+j/5//x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/9b/rP+//8L/AADu/8z/z//a/8//zP/O/9T/KwDE/+X/JwDd/9H/6f/M/+D/2//W/9v/8P/u/9j/2P/c/ywA6f/j/9f/5f8AANf/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8VAOv/7P/t//L/8//7/+z/FAD0/w8A5//Q/9D/6//S//r/0P/s//D/7P8AAAAAFADs//f/9P/1/9P/1P8MANT/9v/x/wAA4P8SANr/3v/d/+v/AAAAAAAAAAAAAAAAAAAAAAAAsf/I/+3/6f/2/9T/2v8jAOX/7f/v/+//AADs/+z/FADC/9//4v8AAAAAyP/5/9T/7P/s/+z/7f/v/+z/FADs/+7/9f/y/wAAAADt/xQA9v/t//T/8f8AAAAA7f8UAPT/FADs/wAA+v/t/+z/8v/s/8r/wP/J/8b/z/8IAAUA2/8AAAAAAAAAAAAAAAAAAAAA2/8AAOb/3//e/+n/DwDX/wAAAAAAAAAAAAAAAAAAAADd/9b/HgDt/+b/4P/Z/8T/WwCr/7r/w//R/43/uP+h/wAAAAAAAAAAAAAAAAAAAADa/yYA7P/r/9r/6//l/9j/7P/s/+z/7P/t/xQA6//t/+n/+v/z/+D/6//Z/9T/EwAAAAAAAAAAAAAAAAAAAAAAFAAAAO//AADr/+T/7P8AAOz/7P/t/+3/7v/t/xQA7f/p/+r/6P/m/+r/6/8XAOn/AAAAAAAAAAAAAAAAAAAAABQA+P8AAAAAAADw/+z/AADs/+z/7f/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7v/t/+z/7P/0/9j/5P/i/+z/4f/b/yYA6v8AAAAAAAAAAAAAAAAAAAAA6f/o/9n/6v/c/+f/JwDF/wAAAAAAAAAAAAAAAAAAAADX/9P/yP/c/+D/9/8SAND/AAAAAAAAAAAAAAAAAAAAAOz/7P/w/+//AADv/xQA8//q/+r/6v/o/+f/3/8aAOf/7//S/9D/y/+3/wAAuP/M/9n/FADp//T/AAAQANj/AAAAAAAAAAAAAAAA8f/4/xEAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAZAAAAAAAAAAAA6f8AAOz/6//t/+//7f8UAOz/+v/Y/+L/2P/X/+f/2P8oANr/7//l/+n/8f/p/+3/HgDk/+z/7P/t//X/7P/s/+z/FAAKAOL/xv/O/+D/qP/P/wAA7//t/+7/8v8nAOj/7P/m/+z/7P/t/+3/7P/s/+z/FADT/+7/v//Y/7H/4v/l/9H/4//n/+n/GADX/9b/4v8AANj/2P/u//D/AADY/9r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/yP/V/9n/3P/S/zUA1P/t/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//X/xMA6//e/+n/AADr/9f/2P/a/93/3f/U/ykA2f8eANb/2v/a/9r/v/8AAMT/7P8UAOz/7P/s/+z/7P/s/+P/AADd/+H/9f/r/xIA4P8AAAAAAAAAAAAAAAAAAAAA6f/n/+j/6P/q/+v/FwDr/9X/0P/D/83/5/8nAOP/yP/p/+n/6v/f/93/EgDY/wAAxP+6/wAAvv/A/ywAvv/N/+z/7P/3/+//+P8UAO//7P8AAAAAAAAAAAAAAAAAAAAAx//K/7z/r//l/+X/FQAaAOT/zP+t/8//2v+u/y0A2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/xQA3f/S/+H/0f/V/wAA2f8TAOX/6f/m/+7/6P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAAAAAADs/+3/7//v/+3/6//p/+X/2f/v/x8AAADf/+f/yf/f/w0A2//l/wAAAAAAAAAAAAAAAAAAAADs/+z/AADv/+z/7P/z/xQAAAAAAAAAAAAAAAAAAAAAAOv/AADs/+z/7P/a/xIA6//p/77/1//A/9X/w/8AAAAA8v8UAPH/AADt/+3/7v/x/wAAAAAAAAAAAAAAAAAAAAD5/+z/7f/t/+7/7P8OAO7/AAAAAAAAAAAAAAAAAAAAAOb/GADp//P/7P/p/+j/6v/s/+z/7f/s/+3/7P8UAOz/xP/K/8T/1P8KAL7/4v8mAO3/3v/k/+P/9f8nAOz/+f8AAAAAAAAAAAAAAAAAAAAAJQDB/8b/6//k/+H/FQDt/xoAAAAAAAAAAAAAAOb/AAC0/9f/sv/1/4r/BQDD/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADs/+z/8/8AAOz/3P/7/wAAHQAAAAAA+v/6//X/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD/x/8mAL//3//m//P/sP/c/+n/AADk/+r/z/8KAOX/AAD6/7//z//D/wAA4v/z/xIAAADi/9//7v/i/+P/3f/p/+z/7f/u//X/7f8VAPL/AAAAAAAAAAAAAAAAAAAAAOX/FgD7//b/8v/q/+r/9v8UAOz/7P/s/+z/7P/s/+z/0f/H/9r/zf8GAOr/vP8WAO//7f/u//L/JwDo/+z/5v8hANr/1//j/8z/xf/K/+7/AAAAAAAAAAAAAAAAAAAAAOz/6v8AAOn/6/8XAOr/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA7f/D//X/sv+x/83/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/1v/U/xQA6//G//X/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFADY/9X/3//G/zUAu/+n/+z/AAD6/wAAAAAYAPj/AADq/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/HgCn/7//iv/M/6f/8P+T/wAAAAAAAAAAAAAAAAAAAAC4/7r/2v/Y/+r/KwAfAM//GADk/+3/5//0/9f/7P/w/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f8UAPH/8P8AAPT/7P/t/wAAAAAAAAAAAAAGAAAAAADs/+z/7P/s/+z/7P8VAOr/AAAAAAAAAAAAAAAAAAAAAO3/AADU/wAA6v8YALz/uP8MANn/7//t/wAA2v/p/+z/FADs/+z/7P/t/+v/6//s/+X/KgDk/+n/9f/u/9j/6P8AAAAAAAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAYAtP/G/7L/0v/q/+r/z//s/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/+P/w/wAAAAD1/xUA+v/p//T/9f8AAAAA+f8XAAAA4P/n/+//6v/z/9z/IQDv/wAAAAAAAAAAAAAAAAAAAADs/+z/6//s/xQA7P/s/+v/tv+//67/wv/O/8P/zv9aAO//7//t/+3/7P/s/+z/FAATAPH/AAAAAAAAAADu/wAA6P8ZAOr/6//p/+r/5P/p/wAAAAAAAAAAAAAAAAAAAADq/wAAKgDG/9r/tf/V/9f/AAAAAAAAAAAAAAAAAAAAABgA2v/p/9r/0P/d/+z/4v8AAOj/1/++/9r/xf8LAMz/FADs/+z/7f/s/+z/7P/s/+b/3f/v/+r/7v8oANr/6f8AAAAAAAAAAAAAAAAAAAAA8v/i/9z/7//O//P/2f/P/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+3/7P8UAO3/8f/v/+z/8P8AAOz/FAD6/xQA2P/w/+r/7//n/wAA2P8JANj/0f/R/+3/EgDQ/+v/AAAAAAAAAAAAAAAAAAAAAM7/CgDF/+j/0//U/8f/BwAAAAAAAAAAAAAAAAAAAAAA0P/K/+v/2//5/wkA3v/f/+r/6//r/+z/7v8VAOn/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9L/6f/m/xMA6f8AAOT/6//q/+j/5v/p/xUA6//r/+v/7P/s/+3/7P/b/+z/FwArANT/3//f/9//2//W/9X/3//X/+f/8f/n/+v/IgDo/9n/8P8jANz/4//f/9n/1//f/+b/4//m/+X/0/8hAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAu//s/9f/1f/W/9P/AAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8cAOn/5f/q/+T/3P/c/wAAAAAAAAAAAAAAAAAAAADe/8f/1//G/93/0v8mANz/KgDj/9j/5//v/9X/1//t/wAAAAAAAAAAAAAAAAAAAAAUAO7/8f/s/wAA7f/s//X/AAD3/wAAAAAAAAAADAAAANf/2P/j//D/DgDY/wsA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/xQA7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAADP/8f/s//I/wAAAADB/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAA+P8AAAoA+v/i/+n/FQDr/9v/6f/r/xQA+v/2//X/8P/t/+3/7P/s/xQA7P/s/+z/7P/s/+z/yv+y/9X/WACt/6z/of+J/+T/6//h/xoA7P/o/9v/6f/V/9//3f8hAN7/1v/i/97/2v/l/9//5//o/+X/IgDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAO//7//v/+3/7f/s/+z/7P8UAMP/yf/Q/83/6f+0/67/OgAAAAAAAAAAAAAAAAAAAAAA7P/G/5//nv+N/8f/+P/b/+v/AADj/9j/4//d/w8A2v/2/xEA6//t//D/7//j/+v/CwAAAAAAAAAAAPv/AAAAABoAAAAAAAAAAAAAAOb/AADt/+3/7P/x/wAA7P/s/w0AHQAAAPf/AAAAAOP/7P8AAAAAAAAAAAAAAAAAAAAAAACy/7H/1P+4/8b/6P9AALf/7P/s/+z/7P/s/+z/FADs/9r/2v/W/9j/5P/Q/ygA5f8AAAAAAAAAAAAAAAAAAAAA3v/j/+H/5f/h/+L/HgDj/8n/3P/k/9n/1f8LANH/EAApAOj/6P/z/wAA2P/Y//b/AAAAAAAAAAAAAAAAAAAAANv/+f/f/9r/4f/r/w0A2P/o/+r/8P/q/+v/FgDp/+v/3f/V/9v/6//k//H/KwD1/+v/zf/Z/9z/7f8YANb/1P8AAAAAAAAAAAAAAAAAAAAAKADk//D/7P/2/+n/2P/r/wAAAAAAAAAAAAAAAAAAAADg//f/AAAAAPn/IADp//j/FADs/+z/7f/w/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADr//f/7P/s/+v/FADr/+H/AAAAAAAAAAAAAAAAAAAAAOz/4f8AAAAA+v8UAO3/AADq/wAA6P/j/+z/3f/X/xQAAAAAAAAAAAAAAAAAAAAAAAAA5P/0//H/7P/V/9b/FAAAAAAAAAAAAAAAAAAAAAAA7P/u//X/8f/w/xUA+f/r/xkA9f8AAAAAAADe/+b/7P/4/+v/7P/u/+7/7P8UAOz/vP/H/9T/zf/i/0AAwf+6/+z/7f/5/9//+P8UAOz/7v/l/+j/3v/P/+r/LADE/8X/6P/S/9f/6//X/wAAAADR/73/6v/t/8b/yf+g/63/8/8AAAAAAAAAAAAAAAAAAAAA6f8AAN//4P/r/+L/AADn/9f/5//h/+r/2f/X/9X/KwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/yf/V/9z/DADW/xwAzf/s/+z/6v/o/yYA+v/W/77/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+z/7f/s/+X/2P/g/+D/3//q/+T/IADs/+z/FADs/+z/7P/s/+z/AADp/+v/7P/s/wAA9P/r//f/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FgDr/+j/6//q/+n/6P/0/9v/xf8HAAAA6P+H/7v/3f/R/93/1P8lAMP/5v/C/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/xQA7f/t/wAAAAAAAAAAAAAAAAAAAADt/+3/7P/x/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+r/7P/s/+z/EQCx/7D/6//D/5L/BwCR/wAAAAAAAAAAAAAAAAAAAAD2/+f/0v8AANj/+f/M/6//7P/s/+z/FADs/+z/6//r/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7v/r/+z/4//r/9v/FAAAABQA7P/u/+3/+//t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8RABIA2v/Z/+L/6//a/+D/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/s/wAAAAAUAOz/9//s/+z/8P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+3/FQDs/+z/6v8nAL7/0f/q/+j/FwC2/8H/DwDz/9b/zP/m/wcAuv+2/+3/7P/t/+z/7f8UAOz/7P/s/xQAAADp/+z/6//s/+r/6v/K/9P/w//X/xkAAADX/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/g/+3/7P/f/+3/2f/r//L/+v/t/xcA6f/n/xQA7P/q/+v/7f8AAOv/7P/Y/+3/7f/q/+b/FgD0/w8A7P/p/+3/7P/m/xcA7P/6//T/5f/p/+z/6//r/xQA6f/r/+v/5v/p/xwA3//r/+H/1v/i/9r/2P/n/+X/AAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz/+7/7j/EQDS/+P/CADF/wAA5//t/xQA5f/d/+z/2P8FAAAAAADu//n/9P/a//n/8f8SALD/1P/M/9X/zv/N/+v/FQDs/+7/7P/s/+v/7f/v/+//7f/t/+z/7P/s/xQA5P/g/+f/AADO/+D/HADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9v/4P/l/+T/BwDs/7X/x//l/+b/3P/a/+v/NAALAAAAAAAAAAAA+/8AAAAA7P/t/+3/9//s/xQA7P/v/wAAxf/F/6P/4v/c/wUACAAUAAAAAAAAAAAA7P/s/wAA4v/s/wAA+P/s//T/5/8UAAAAAAAAAAAAAAAAAAAAAADd/wAA7//T/+n/5/8AAML/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADB//L/AADT/9z/7f8AAOT/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/AADq/+n/FgDq/+v/6v/q/+v/AAAAAAAAAAAAAAoAAAD4/wAAAAAAAAAAAAAAAAAAAADz/+//7v/u/+z/7//s/xQAHQDq/9r/5P/e/+P/4P/p/wgAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/FADo/9L/3/8FAOn/1//R/+P/5v/b/zIA3//i/8j/AAAAAAAAAAAAAAAAAAAAAOv/9v/s/+v/6/8UANf/6P8eAOL/5v/e/+X/xv/i/+n/nv/c/7D/2P+d/zQA8v94/yAAAAAAAAAAAADi/+T/5/8AAAAAAAAAAAAAAAAAAAAA1f/Y/+T/1P/Y/wkAAADc/wAAAAAAAAAAAAAAAAAAAAAkANj/3f/f/+D/5f/b/9r/AAAAAAAAAAAAAAAAAAAAAOL/6//t/9X/6P8NANn/6P/z/+3/7f/w/+z/KwDw/9n/vP8AAMf/yP/p/8v/AAAAAOL/8/8AAAAAAAD7/yEAAADs/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/t/xQA6//t//b/wv/C/6T/yv8YAPD/pP/U/+b/6f/w/wAA5/8dAPP/DQDZ/wAA6v/5/wAAz//h/+3/7f8AAPL/7P/s//f/FADt/+X/AADp/wsAxv/K//r/1//a/+r/4P/m/+v/IQDX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/4/8D/vv+y/9T/yv/w/wAAAAAAAAAAAAAAAAAAAADr/+n/1f/T/xQA6/8AAM7/1P/m/+T/5P/M/+7/JQDV//n/FQAAAOn/AADu/+b/7P/s/xQA7f/y/+z/7P/t/+//t/+8/7f/t//Y/97/MwC1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t/+3/9f/t/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/3//a/+3/6v8AAKr/EAAAAAAAAAAAAAAAAAAAAAAAw//b/8L/2P/h/ycA5//a/xUA7P/Z//H/6v/r/+v/6v8uAKv/9v+O/7r/s//N/9z/8v8UAPH/AADt/+3/7v/x/9z/j//W/7b/yP8VALz/DgDY/w4A4f/d/+j/2P8AANj/AADp/+3/7v/s/9j/AADt/xMA8f8AAAAAAAAAAO7/AAAUAOz/7P/1/+3/7P/s/+3/EgD7//r/AAAAAAAA7/8AABQA7P/s/+z/7f/s/+z/7P8PAAAA+v8AAAAAAAD5/wAA6P/0/+r/FgDv/+n/6v/Y/+r/6P/q/+r/6v8XAOr/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+T/6f8RAM7/DADr/+T/7P/s/xQA7P/s/+z/7P/s/+z/7P/r/+z/FQDr/+z/4P/e/+r/FADp/+f/2f/o/wAA8v8UAPH/AADt/+3/7v/x//L/FADx/wAA7f/t/+7/8f/y/xQA8f8AAO3/7f/u//H/8v8UAPH/AADt/+3/7v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/2//T/7f/t//f/5/+s/8v/sf/c/9r/6f8QAOD/7v/f/+H/2v/J/yQA4P/w/+P/zf/W/83/2//w/x8A1//p/+n/2f/l/9j/KQDf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADY/9f/5v/c/9v/6v/M//j/AAAAAOb/AADs/wAAJgAAAAAAAAAAAAAAAAAAAAAA6//z/wAA+v/t/+//6/8VAPv/AAAAAAAAAAAOAPH/AADe//T/vf8AAN3/9P/P/+//7P/s/+z/7P/t/+z/7P8UABUA8f/2//f/+P/s/+v/8v8FAOX/6//i/+7/CgDY/+v/7P/s/+3/7P/s/+z/7P8UAO7/GwD2//L/7f/p/+X/8/8AAAAAAAAAAAAAAAAAAAAA9/8MAMv/tf/6//b/y/+n/9//GwDl/+X/0f/s/9f/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/s/+n/6//r/+z/AAAAAAAAAAAAAAAAAAAAAPj/yv97/97/9P/t/63/qv8UANj/5//r/xQA5//s/9r/7P/s/+z/7P/s/+z/FQDq/wAAAAAAAAAAAAAAAAAAAADn/+n/6//q/+n/FwDp/+n/AAAAAAAAAAAAAAAAAAAAAOz/6//r/+3/7P/r/xQA7v/t/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/FADs/+3/7f/s/+z/7P/u/wAAAADz//b/7P8AABQAwv/M/8j/q//h/xcAtP8AAAAAAAAAAAAAAAAAAAAAAADo/+z/7P/s/+z/3v/n/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9n/2//x/wAAIwAAAOz/0f8cAOX/5v/q/+r/3P/r/+r/6v/w//H/9//r/xYA9/8lAAAAyP/L/+j/8f/H/8f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/D//j/9P/p//T/1//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAO3/7v/y/+7/AADt//D/FADs/+3/7P/t/+z/6//r/+z/FgDn/9X/zf/N/97/AAASAAAAAAAAAAAA6v/u//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/9v/7P/o/+z/GgDs/+f/AAD5//n/AAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAADm/97/0v/f/5n/0/8QAOT/7P8UAOz/7v/s/+z/7P/s/+n/5//o/+j/6v/r/xcA6//q/+j/4//r/+v/AADn/wcA5v/S/83/zP/V/8n/LgDG/9H/PADD/7P/2v+7/8j/qf/S/9n/2//f/93/1P8pANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL7/q//H/6L/6P8JAPf/6//o/xYA7P/s/+T/7P/s/93/2//p//f/r//Q/8//AADQ/xQA7//s//H/AADs/+z/+P8AANb/2f8AAOT/9v/0/7f/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7f/s/xQA7P/k/xsA+P/t/+f/3f/m/+b/EADX/+T/4v/k/8X/+P/i/wAAAAAAAAAAAAAAAAAAAAAdAMX/1//p/+n/7//N/9v/AAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAA4/8AAO//8P/s//D/7f8UANf/6v/s//H/AADs/ykAAADs/97/7P/Z/+j/AAAAANr/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P/s/+v/6//s/+v/7P8VAOv/7f/v/+//7P/v/xUA7v/r/+b/2//s/+z/AADd/xAA1//x/8D/DgDy/8D/2v/O/+7/EgAAANv/1v/c/9//5f/i/+j/FwDr/+v/6v/v/+r/6f8UAO7/9//6//b/7v/s/wAAAAC//6b/kP/L/wAAAADg/wAAAAAAAAAAAAAAAAAAAAAVAPD/7v/r//P/2P/u//r/AAAAAAAAAAAAAAAAAAAAAAAA3//P/9b/1//j/wYA1v8gAOX/5P/j/+z/4P/e/+f/7P/r/xcA6/8AAOb/5f/r/+f/2//b/xkA5P/p/+v/5P/w/wAAAAD4//n/7P/6/xQAr//0/7r/qP8iAOL/2P/m/9j/KwDq//P/5//e/9b/4//G//f/4v+q/wkADgDu/7D/AAAAAAAAAAAAAAAAAAAAABcAyf/0/wAAAADp/8v/7v8GANr/2v/f/wAA3//f/9//6v/p/xYA6v/r/+r/6v/r/wAAAAAAAAAAAAAAAAAAAADr/+v/6//s/+v/6/8VAOv/4P/3/wAAAAD5/yAA6f/4/+H/sP/W/+D/AAD0//n/2/8AAAAAAAAAAAAAAAAAAAAAtf+z//X/4//U/zcAwv+f/8j/1v8AAM3/5f8AAMf/+P8AAAAAAAAAAAAA9/8AAA4A+//s/+z/7f/0/+z/FADw/xQAHgC//83/wP+x/9n/wv/s/+z/7P/s/+z/7P8UAO3/6/8AAAAAAAAAABUAAAD7/+z/4//r/+j/FwDr/+v/3f/p/xYA6v/p//D/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xYA8//t/+r/6f/l/+v/AAAAAAAAAAAAAAAAAAAAABgA6f/u//L/AADq/+f/AAAAAOn/5f/f/9j/1v/V/wAA1//d/+j/2v/d/+r/JwDv/wAAFADr/+D/6//s/+j/7P8NAOf/tf/O/8H/5//Z/77/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+r/7P/s//X/AAAWAOz/EwDr/+z/6//s/+v/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAAAABUAAAD7/8r/BQDr/9v/1v/c/wAA3//W/wcA5f/k/9b/AADE/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADY/+v/7f/p/wAADwDs/+H/AADm/wAAAAAeAPH/+P8AAAAAAAAAAAAAAAAAAAAA6f/q/+v/6//r/+r/FQDp/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+3/GgDs/+D/AAAdAAAAAAD6//r/9f/3/+z/FQDs/+z/7P/s/+r/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgD4/+//6v/r/+X/6/8AAAAAAAAAAAAAAAAAAAAA6//q//f/FADs/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//t/+z/FADr/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDv/ykA7P/t/+7/7P/s/9f/7v8AAAAAAAAAAAAAAAAAAAAA6f/r/+v/5//r/+r/6f8WANn/6f/X/9j/5/8AABYA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8bAAAAAADy//H/0/8AANn/7P8YAO3/7P/q/+X/4P8AAAAAAAAAAAAAAAAAAAAA6P/k/9f/4v/k/+r/HADi/+3/7P/t/+z/7f8UAOz/7P/s/+z/7P8UAOz/7P/s/+z/3//V/+z/yP/q/+v/7f8IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/e/+z/5/8AAOz/1P8AAO3/5f/q/+3/8v8aAOP/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/o/9P/vv/C/9f/3f/7/xcAwv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/r/+z/7f/s/+v/7P/u/+j/7P/t/xUA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FADj/9T/0f/U/+j/DADj/w0A3//f/+f/4v/W/wAA2v8MAOr/GQDp/+//6//s/+b/7P/q/xkA6f/v/+v/7P/m/+z/7P/s/+z/7P/s/xQA7v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/9v/1//h/+P/CAAAAAAA4f/a/7//0f8AAO7/9f8AAAAAAAAAAAAAAAARAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/6//n/+v/6v/p/xYAAADY/9r/2v/Z/wAA2P/a//b/7f/s/+7/+/8UAOz/AADo/+r/FgDr/+r/2f/m/wAAzf8AAAAA6//Q/8T/zf/G/wAAAAAAAAAAAAAAAAAAAADr/+f/6P/c/+z/CQDs/wAA+f8AAAAAAAAAAAAA8/8TALr/wf+8/7r/5P+y/w4A+v8AAAAAAAAAAAAAAAAAAAAA5f8WAPv/9v/y/+r/6v/2/wAAAAAAAAAAAAAAAAAAAADZ/xAACQDY/+D/1P/n/9f/JwD1/wAAAAAAAO//2P8AAAAAAAAAAAAAAAAAAAAAAADh/9z/GADf/wAAAADT/+b/AAAAAAAAAAAAAAAAAAAAAM3/0f8vAM//0f/L/9H/1//v/+3/7v/y/ycA6P/s/+b/AAAAAAAAAAAAAAAAAAAAABwA5//d/9P/5v/e/9//5P8lAPD/4v8AAPv/8f/U/+//AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+//FADu/+v/6//e/+j/6//p/9P/FgDq/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//L/7v8AAOz/8f/w/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/4v/j/+X/5P/X/ycA2P/Y/+T/7P/x/+3/AAAJAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAA+P/Y/xQA5//l/+z/AADq/9f/xv/L/8j/1P/R/87/LwDX/+v/6//r/+v/7P/s/xUA6v8AAAAAAAAAAAAAAAAAAAAA4P/q/9//6//6/+D/FgDt/+3/7v/v//H/7v8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAzv+o/wAAuv/l/ykAxf+4/9T/1v/T/9T/2f8AAAUA0v8AAAAAAAAAAAAAAAAAAAAA8P/K/8z/rP8AAPb/p/8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8//v/+z/FADx/xUA2f/s/+z/6//p/+v/7P/h/wAA5v8AAAAAHgDx//j/AAAAAAAAAAAAAAAAAAAAAOz/8f/u/wAA7P/1/+z/FADy/xQA8f8AAO3/7f/u//H/7/8iAAAAAADt//v/5P8AAPj/3v/S/9b/3P/s/+r/EQAUAOz/8f/7/+7/7P/s/+//5//p/+L/4/8bANz/2P/m/9n/2f/X/9r/1//Z/ycA5P/o/7j/sf8LAPr/7f8AAMP/6v/r/+v/7P/u/xUA6f/r/9b/AADl/+P/5//t/8r/AAAAAAAAAAAAAAAAAAAAAAAAFADr/+z/7P/s/+z/7v/s/xUA8//s//j/AADr/+z/4v/g/+j/6P/t//H/2f8bAOn/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/AADs/+z/7/8AAAAA7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8XAOr/7P/q/+j/6v/q/+v/6f/r/xYAAAAAAAAAAAAAAAYAAAAAAM7/CADY/9z/5P8dAOX/1f/s//L/7P8AAAAAFADs//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/7f8UAOz/7P/R/+H/CADE/9n/2v8QAMb/7P/s/+z/FADs/wYA3//f/+j/3//i/wAA7P/a/9v/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AAAoAPL/GADt//b/8v/y/+n/AAAWAOn/5//r/+v/5P/r/+T/r//R/8L/5//L/8r/OAC8/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/a/93/6v/Y/ygA1v/Y/+H/8f/1//X/7P8aAN7/6v/k/+3/AAAAAAAAAAAdAAAA6//q/+b/6v/i/+T/GADm/xQA7P/s/+z/7P/s/+z/7P/L/zIAzP/P/83/zv/l/8X/AAAAAAAAAAAAAAAAAAAAAO7/AAD2//r/8v8UAOL/7P/k/+b/6P/J/+D/GwDn/+X/6f/f/+n/wv/j/+T/JQDV//D/FwDq/+v/7//s/+z/6v8AAAAAAAAAAAAAAAAAAAAA7/8UAO7/7f/v/+3/7P/t/wAAAAAAAAAAAAAAAAAAAADh/wAA5v8AAAAAHgDx//j/6v8AAOT/4v/h/+b/6v8VAOz/7f8AAO//AADx/xQA9P8AAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAoAAADr/+v/7P/s/xQA7P/s/+v/7P/s/+z/7//u/+z/FADs/+r/FwDq/+3/+f/y/+r/6//U/9D/0/8AAA4A9v+x//D/2//3/+X/6f/s/xIA6v/Z/+z/FADs/+z/7P/s/+v/7P/B/9z/JQDl/87/3v/d/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/4P/U/+n/FQDb/+r/9f/s//b/9P8aAOz/7P/m/+j/GgDp/+v/5P/c/+f/6P/q/+X/5//c/+L/3//Z/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA1/8HAOb/2P/j/+v/BwDX//n/AAAAAAAAAAASAO//9f/n/+v/5v/d/+7/4f/U/yIAIgDw/9//AADO/8D/z//C/wAA5P/r/+r/2//a/+T/DQAfAOr/2f/r/+z/2f/O/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/q/+j/6v/q/+r/FwDq/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//Z/9v/2v/U/9P/0v80ABQA6//s/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA4//d/+b/7//x/+v/MADq/+D/GgDC/6f/3//Q/8T/IgDo/+v/6f/i/+f/4P/o/x0A4//d/+b/7//x/+v/MADq/xkA5v/p/+7/6v/Y/+X/6f/s/xQA7P/s/+z/7P/s/+z/7P/u//b/7f8AAPj/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAPr/AAAAAAAAAAAAAAAAAAAAAOz/3f/c/+T/7f/1/9n/EgDs/+z/7P/s/+z/7P8UAOz/FwDF/9r/2f/T/8j/9P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/9f/t/xQA7v/s/+X/4P/m/9v/5P/q/xsA3v/Y/9f/4f/W/+T/6f8gANn/FADs/wAA+v/t/+z/8v/s/wAAEgDp/wAAzv/N/+n/xP/1/+z/6v/s//r/5v/p/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/1//j/AAD7/+z/7/8UAOb/5v/l/wAA5f/S/9T/FgDf/yUA5v/k/+T/6f/R/+r/AAAAAAAAAAAAAAAAAAAAANj/4P/f/yoA0v/J/+n/zv/m/+j/6f/q/+j/GQDk/+n/7/8AAPv/AAAAAO3/EwAAACkAo//D/8n/xP/A//L/8v8AAAAAAAAAAAAAAAAAAAAAxv/g/w4A0//K/+T/4P8HAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/6//s/xQA6v/z/+z/6P/h/+r/FgDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/t/+z/7P/s/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3//Y/9//4v/f/97/IgDd/wAA2v/l/97/6//t/9n/AADR/wAA7P/o/9r/6/8XANf/6v/o/97/6//c/9n/GgDo/+z/7P/s/+z/7P/s/xQA7P/s/xQA9//u/+z/AADr/9j/3P/q/+r/6//b/+L/FADw/77/9P/T//j/yP/U/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7v/t/+z/FADs/+z/zP/i/9L/uv/R/xMAFQARANj/x//Q/9b/6v/Z/wAA7P/s/+z/7P/s/+v/7P8hAAAAAAAAAAAAAAAAAAAAAADs/7H/yf/V/73/DADb/7f/0//T/8r/5P/Y/x0Ax//m/9j/uv/T/wAA1/8GALb/1f/S/77/w//D/+j/UQDG/9X/9P/p/wAA8f/r/xcA6v/s/wAAAAAAAAAAAAAAAAAAAADg/+f/7//q//P/3P8hAO//7P/s/+z/7P/s/+z/7P8UAL7/xf/V/8T/1f8AAMf/FgDr/8P/xP/P/+P/FwDS/+H/0//N/9n/z//i/yUAx//o/+z/3P/j/+L/9/8AABIA+v/s/xQA7//w/+z/7f/s/+z/AAAAAAAAEAAAAPT/AADx/xQA7f/0//L/AAD3/+z/7v/t/+z/7P/t/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOH/6//o/9r/4P/m/9T/HwDR/9T/6v/h/+f/JgDV/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/8//EADS/9z/3//z/xAA7//v/+3/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/7P/s/+//AADs/+//7P8UAOr/BgDd//L/6v/X/+v/EwDv/8L/1f/Z/9n/sf8qANL/8v8AAOX/3//n//P/zP8NAOz/FADv//D/7P/t/+z/7P/s/+z/7P/q/+z/7P8UAOz/2f/s//D/GwDv/+v/7P/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/r/+j/FQDt/9f/3v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/1//D/7P8UAPL/7P/s/xQA7f/s/+z/7P/s/+j/HADf/+P/6P/k/+L/3P8UAO7/7//4/wAA7f/s/wAA7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/r/+3/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDs/+v/6//3/+z/6v/5/+z/FADs/+z/8f/r/+z/7f8MANn/9v/h/+T/+//R/9j/1v/U/9j/1v/q/xUACADK/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3//L/7f/t/+z/FADs/ygA5P/w/+z/9v/p/9j/6//t/xQA7P/s/+3/7P/u/+z/AADs/+3/7f/t/+f/FADY/+v/FADt/+7/7f8AAOz/7v/2//X/5P/l/9L/5P8KANb/7P8VAOn/7P/q/+f/6v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/q/+z/7P8UAOz/4P/m/9j/0f/n/xwA4v/q/wAAAAAAAAAAAAAAAAAAAADc/+n/5P/k/+j/4/8dANz/DgDW/+D/6f8AAN3/AADr/wAAAAAAAAAAAAAAAAAAAADs/wAA+P8AAPD/7/8UAAAA8f/h/9r/wP8KALb/CwDf//L/yf/T/9b/yf/n/+H/FwDd/+n/6f/s/+z/4f/f/xkA6//s/+v/6/8UAOL/3P8AAPf/zv/R/8P/+f/I/woA6P/s/+z/7f/1//D/7P8UAPL/4f8oANv/2//b/+n/AADY/+v/FgDD/9L/zf/M/+7/2//X/9z/0/8AANb/6f/R/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACe//X/FwAKAL3/3v/x/9z/FAAAAAAAAAAAAOz/7P8AACQA+/8AAAAAAAD7/+H/AAAUAOz/7f/v/wAA8P/s/wAAFQDs/wAAAAAAAPr/6/8AAOz/7P8UAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/z4A0f/M/9n/1P/E/8v/HQDk/wAAAADz/+b/2P/v/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/7P8AAO//AADM//r/5f8HANf/1P/Y/9z/7P/q//f/7f/0/9r/FAAAAAAAzf/h/9v/2P8AAPb/2P/c/xMA9//f/+L/2f8AAOH/6f8VAAoA7f/q/+b/3f/r/+//7P8UAO//8P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAN7/6/8AAAAADQAAAAAAAAAAAPX/AADl/yEA4P/n/+T/6f/e/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAZAAAAAAAAAAAAAAAAAAAAAAAAAAAALQDi/+D/6//o/9r/2f/W/+z/7P8UAO//7P/s/+z/7f8UAOz/7P/v/+z/8f/s/+3/3v/k/8f/zP8RAPr/4P/J/+r/6f8WAOr/6//q/+r/6/8AAOz/zv/i/9b/2/8YANj/2//e/+H/9P/4/yMA6P/l//b/GAAAAAAA+f/6/+j/9v8AAAAAAAAAAAAAAAAAAAAA5P/p/9X/x/8jAM7/0f/M/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8RAOX/2v/n/9j/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/2P8qAKL/0v+8//b/uP/e/+//2v/i/xEAxP/6/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+3/7P/s/xQA6P/s/+z/8//r/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADw/+z/8P/v//H/7/8UAO7/8P/s//D/7//x/+//FADu/wAAAAAAAAAAAAAAAAAAAADL/+f/6f/d/+r/1v8iAN7/AAAAAAAAAAAAAAAAAAAAABUA5f/r/+z/8P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA6v/p/+r/6//s/+r/FwDq/wAAAAAAAAAAAAAAAAAAAADk/+z/tP+m/9X/y//g/yYABwDB/wwAwf/L/8X/8//w/xcA2P/o/+b/5v/q//f/6f8AAAAAAAAAAAAAAAAAAAAA3//o/9f/0P8SAAAA0v/K/+v/7P/s/+7/7f8VAOz/9f8AAAAAAAAAAAAAAAAAAAAA6P/q/+v/4v/l/9r/6/8hAO3/FADy//D/8P/s/+z/7P/i/73/PgDN/8X/xf/O/8P/3f/S/9r/vf/Z/xwAAADN/xcAAAAAAAAAAAAAAOv/9v/Z/9n/2P/V/+v/AADh/xMA+f8AAAAAAAAAABIA7//1/73/2P/r//D/4P8sANr/6v/5/9r/2f/a/wAACQDo/9j/7v/d/+z/6v8AAOX/6v8GANz/2f8AAN3/6v/Z/9j/EQDs/+z/7P/v/+3/7P8UAO3/7P8AAO7/AADs//D/7P8UAAAAAAAAAAAAAAAAAAAAAADm/x0AAAD4/+n/3//R//P/AAAAAAAAAAAAAAAAAAAAABUA6v/i/9v/6f/p/+3/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAA8//x/+v/AADk/wAAAAAAAAAAMADP//f/lf8eALv/kP+o/63/BwCU//L/FADx/wAA7f/t/+7/8f/s/wAA2/8UAOz/8//Y/9n/7P/s/+z/7P/s/xQA7P/s/+z/7P/v/+3/7P/s/+z/FADZ/9j/6//x//r/3v8pAPD/AADZ/+v/6v/h/+b/AADs/+n/s/+6/7j/y//U/9H/JgDn/+z/6//j/+v/6/8VAOr/AADZ/+v/6v/h/+b/AADs//D/9f/y//j/7v8TAPX/7v/E/8L/t/+x/83/QADD/8X/6v8AAO3/7P/s/+z/7P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+//6//w/+z/3//q/xUA7P/Y/+v/AADZ/+v/6//b/wAAFAANAOv/6//U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOz/7P/s/+z/6v/p/+z/7P/u/xQA7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P81AO//9f/r/+n/1f/3/+b/GwDq/+7/7P/r/97/7f/l/wAA4P/n/+3/1v8AAOP/5/8YAO//7P/m/+n/4P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/AAD6/+3/7P/y/+z/6//n/xkA3f/q/+r/6//n/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/wAAAADs/xQA8P/S/wAA1v/X/9f/2f/m/woAAAAAAAAAAAAAAAAAAAAAAOj/6P8AANj/5P8UAOb/4/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/u/+3/FADt/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA0//a/+3/3f/a/+r/7P/g/+P/zv/f/+L/IwDT/9L/0//H/+f/0//c/y0A2//Q/+j/AAC///j/wv+y/8P/tP/Q/9z/1f/Y/xcAyP/3/8z/7//l/+n/8f/p/+3/HgDk/yQA0f+5/8f/uP/Y/93/5P8ZANn/7P/a/9z/AADg/9j/4/+9/+f/xv/q/93/v/8vAOb/BQDb/+X/7P/i/wAA2//3/zoA0//D/9j/1f/E/6z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAACwDs/+z/9P/t//H/FADr/+z/5v/c//f/5v/o/yAA2v/f/+D/3//T/+P/6P/a/yUA4v/P/8v/5f/U/9b/5/8oAOz/7P/s/+z/7//u/+z/FADs/wAA7//x/+//7/8AABMA7//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOj/FgDr/+z/5v/n/+v/6v/s//D/7P8AAAAAFADs//f/FAC5/8j/2P+i/8v/8P9S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAOf/3P/O/8D/1P8AAMf/AAAhANv/2//3//b/4//h/wAAAAAAAAAAAAAAAAAAAAAAANT/1f/q/+H/HwDX/9j/+//v/+3/7v/y/ycA6P/s/+b/AADv/wAAAAAAAAAAEQAAAAAA6v/s/+z/+P8AAOf/6P/D//L/1v+4/9P/xf8HAAAA6P/s/+7/6//n/+D/3f8pABUA6v/0/wAA7f/n/+z/7/8UAOz/AAD3/wAA+P/s/+z/AAAAAAAAEAAAAPT/AADx/xYA+f/2/wAAAADt/+r/8P/t/+3/7P/x/+z/7P/s/xQA9v/s/+z/7P/s/+z/EADs/+r/2f/q/8X/5v/W/yEA4f/q/+X/7P/q//v/7f8WAO7/6//a/+r/2f/q/+n/2v8dAOn/9P/1/wAAAAD5/xcAAAAAAAAAAAAAAAAAAAAAAAAA2//R/7z/2//j/7T/6/8wABQA7P/u/+3/+//t/+z/7f/w//H/9P8AAPf/7P/u/xQA7P/s/xQA7P/6/+z/7P/s/9b/AADZ/+n/3P/W/9T/AAAAAAAAAAAAAAAAAAAAAAAA7P/W/+j/6f8aAN//3f/p/+z/7P/s/+z/FADs/+z/7P/s/+3/6//s/xUA6//q/9//AAAAAAAAAAAAAAAAAAAAAOz/7P/q/+7/7P/s/+z/FQDw//H/9P8AAPf/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAOz/HQDt//L/7v/j/9z/8P8AAAAAAAAAAAAAAAAAAAAAAAATANn/7f/V/9b/3v/E/wAAAAAAAAAAAAAAAAAAAAD3/xIAAAAAAAAA+f8AAAAAKQDc/+//8v/g/+v/yv/e/+v/FQDr/+z/7P/r/+r/6/8cAOv/6v/v//r/2f/j/+j/+f8dAPj/AAAAAPj/4/8AAAAAAAAAAAAAAAAAAAAAAADt/xQA9/8AAAAA7P/s/wAA7P/r/+z/7//t/+v/6/8VANf/AADk/9r/4f/n/xEA2P/R/+n/6v/q/+z/6f8ZAOb/5f/e/+f/5v/l/+X/HADY/wAAAAAAAAAAAAAAAAAAAADi/ygA2P/a/9z/2P/Y/9n/AAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/7P/s/xUA6//s/+v/6//q/xQA7P/r/+v/AAAAAAAAAAAAAAAAAAAAAOn/CwAUAOr/7P/q/+f/6P8AAAAAAAAAAAAAAAAAAAAA6f8YAOX/7f/p/+//4f/r/+z/7P/s/+7/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAFwDZ/+3/6v/q/+r/7P/s/xQAAAAAAAAA+f/r/+v/7P/q/+v/6v/x/+z/7P/o/xcA7P/s/+3/7P/u/+z/FADt/+z/7P/s/+z/7P/s/xQA7P/y/xUAAAAAAO3/7P/r/+z/6P8ZAOP/5f/l/+r/5//Z/+b/7P/e/+z/7P8eANj/7P/s/+z/7P/s/+j/7P8UANn/AAAAAAAAAAAAAAAAAAAAAOz/7P/y/93/AAAUAOz/6f8AAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAD7/w8AAADp/+z/FADy//D/8P/s/+z/7P/s//X/9f/5/wAA+/8gAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAD3//L/AAAVAAAA6/8UAOz/AAD6/+3/7P/y/+z/CQAAAM7/u//e/+P/xP/Q/+D/6v/f/+v/+v/g/xYA7f8AAAAAAAAAAAAAAAAAAAAAJAC8/+L/xf/T/9P/6P+u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//k/9f/0//k/xoA6//B/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQDk/+L/5P/P/+z/s//V/wAAAAAAAAAAAAAAAAAAAADg/9n/DQDZ/9j/AADp//b/DgDB/9D/5//f//r/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8TAAAAAAAAAO3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/r/+z/7P8UAOr/7P/s/+z/7P/s/+z/FADs/+v/6P/m/+L/9P/l/xgA5v8AAAAAAAAAAAAA9/8AAA0AAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/5//3/+3/HADu/+z/7P/s/+z/7v/s/+v/7P8UABQAmf/U/6r/wv/w/97/qv/q/wkA6//4/9H/FgDn/+//9//Q/+D/zf8AANH/AADP/wAAAAAAAAAAAAAAAAAAAAAGAOz/7f/u/+z/7P/7/+3/6//q//f/FADs/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/f/93/6//3/+L/2/8VABQA7P/t/+z/7f/s/+z/7v/W/xIA6v/Z/97/6v/j/woAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/+//7f8AANX/4/8AAMz/5f/Q/+X/AADl/9L/9v/G/+r/1f/G/+P/AADU/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/q/+P/5v/p/+X/4P8cAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABkA5v/f/+j/6P/R/+v/6v/X/+z/5v/q/xQA6//r/wAA7f/t/+z/8f/s/+z/7P8UAOz/7P/s/+z/FADs/+z/7P/t/+z/7v/v/wAA7P8UAPn/AAAAAAAAAAAAAPH/+P8RAO//8P/t//H/8f/s/+7/FADL/zoAlv/S/wwAt//S/2//5v8bAPD/6f/q/+7/6P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FgDq/+z/6P/x/+r/7P8AAAAAAAAAAAAAAAAAAAAA5P8cAOz/8f/n/+f/4//p/+L/GwDj/9b/3P/m/+j/6P8AAAAAAAAAAAAAAAAAAAAA6/8VAOv/7P/s/+z/6//r/+z/FQDr/+j/5f/r/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xgA7//s/+b/6f/g/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArAAAAAAAAAAAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8VAPv/8//t/+//6//0/+v/FQDs/+7/7P/s/+v/7f8AAAAAAAAAAAAAAAAAAAAA7P8VAOv/5f/k/+v/6f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8VAPv/8//t/+//6//0/wAAKwAAAAAAAAAAANj/AAAAAAAAAAAAAAAAAAAAAAAA5v/n/xcA6P/n/+n/6f/l/+z/FQDs/+3/5v/r/+r/7P8AAAAAAAAAAAAAAAAAAAAArv9WANf/zv+O/5j/tP/Y/xQA7P/t/+//AADw/+z/AADu/xsA9v/y/+3/6f/l//P/7P/s/+z/7//t/+z/FADs/wAAHwAAAAAA8f/W/9n/8v8AAAAAAAAAAAAAAAAAAAAA1//O/7z/x//I/9T/MgDM/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+j/7P/s/+z/7f/f/+f/HwDi/+3/+P/I/xQA3f+9/9n/7P/s/+z/7P/t/xQA6//t/7T/9v8FAAAA3P/a/73/CQCl/9D/lv/s/w0A6v/d/+H/7P8AAO7/6P/h/xIA3f/Y/wAAAAAAAAAAAAAAAAAAAADq/yIA2v/d/8X/xP8OANP/5v8AAO7/4f/r/xAA1//k//n/AAAAAAAAAAASAO//9f/X/7T/xf+9/8v/1v8jAAAA6P/6/+j/0f/V/9L/1//4/+H/6/8AAAAA+v8AABUA8P/P/9f/IQDm/+f/4//r/93/7P/s//n/7P/5//H/FADu/wAAAAAAAAAAAAAAAAAAAADj/xkA6v/q/8//6//m/83/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAM3/zf/E/9X/GgC6/9b/AADF/87/2P/F/ysAq//g/wAAAAAAAAAAAAAAAAAAAAAAAM7/AADF/8D/MQCy/63/v//s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//j/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9v/8//j/+f/5P8dANv/7v8AANr/1P/P//b/yP/5//D/v//k/7X/5v/p/8v/DwDi/+X/8P/s/+7/IgDl/+L/AAAAAAAAAAAAAAAAAAAAAFYAwf++/8T/1P+u/7T/wv8AAAAAAAAAAAAAAAAAAAAA5P/g/wAA1P/g/+H/5f8NAAAAsf+0/77/CgDA//X/3f/s/+z/6//r/xUA7P/o/9j/6f/r/+r/6//r/+v/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/AAAAAAAAAAAAACEA6P/n/8P/zf/7/+X/EwDR/+3/4v/n/9v/2v/q/+b/2P8hAAAAAAAAAAAAAAAAAAAAAAAbAO//AAAAAAAAAADl//v/zf/K/+T/0P/j/87/AAAJAN3/1//l/+b/1//d/yYA6P/u/xQA7P/q/+7/8f/L/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8AAOn/4f/X/+P/DQDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAAAABUAAAD7/+7/7v8AAPf/7P/W/wAAKAAAAAAAAAAAAAAAAAAAAAAA6//s/+3/FADt/+z/6//x/+//EgAAAAAAAAAAAAAAAAAVAOz/7f/s//H/7P/q/+v/IgD3/87/AAAAACAAzP/d/+z/7f/t//f/7P8UAOz/7/8AAAAAAAAAAAAAAAAAAAAA6v/W/+T/5//k/+L/LQDi/+3/7P/s/+z/7f/s/xQA7P/Y/ysA6v/z/+f/3v/W/+P/pf8AAAAAx//X/8//+P/A/+z/FQDr/+j/5f/r/+v/6v/w/wAAAAAAAAAAAAAAABEA7P/t/+n/7P/t/+z/FADs/wAAAAAAAAAAAAAAABEA7//t/+z/6//u/+z/EQDt/wAA7f/w/9H/uP/d/+z/DwDO/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+3/FAD0//P/7P/s/+3/8v8AAAAAAAAAAAAAAAAAAAAAFgDs/+z/AADs/+v/3v/s/+z/7P/s/+3/7f/s/xQA7P/f/wAA6v/n/+v/6P8AAN7/yP/W/7z/1//n/+z/9f8FADcA5f/C/8b/wf+z/+v/mf8SAOz/7P/s/+f/AADr/9j/GwDW/9D/2P/b/8X/9//Y/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/7v/S/7j/AADJ/6r/+P8AAOr/9P/s/+3/7f8YAOr/8v8AAAAAAAAAAAAAFADt/wAA6//s/+v/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/r/+b/GADi/97/2P/p/9z/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADX/+n/6f/h/9n/AADs/wAAAAAAAAAAAAAAAPj/AAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDJ/9b/1v/e/8//6//v/wAAAAAAAAAAAAAAAAAAAADd/77/s//K/97/9P/2/w0A6f/M/9P/1//f/8n/vv84ACsA1P/a/9n/4v+//9X/2P/o/xoA+P/w/wAA7P/p/+v/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAsAOT/z//U/9D/wf/Z/+L/MwC4/7T/0P/d/8P/1v+0/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6P/L/8z/tP+v/8H/5//6/+z/7P/t//X/8P/s/xQA8v/l/+b/4P/m/+T/5f8bAOL/7v/s/+3/FADs/+z/7P/s/+z/FADs/+7/8v/s/+z/7P/p/+v/6f/q/+v/6v8VAOr/2P8pABEAvf/C/77/5v/A/+z/FADt//b/7P/s/+3/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/7P/t/+z/FAAIAL//5/8AAM//0f8AANz/5f/Y/97/IQDZ/9j/2f/n/+H/3v/g/+D/4v/S/yEA4//r/+r/6//p/+v/3v8VAOf/AAAAAAAAAAAAAAAAAAAAAO3/7P/0/+z/7//s/xQA7P/q/+z/AAAAAPH/7P/s/xQA6f/n/wAAAAAAAAAAGwAAAOz/7v/2/+3/AAD4/xQAAAApANv/6v/a/+z/6P/X/+z/vP8qANn/2//Y/9T/yP/S/+f/6f/X/+j/6v8YAOn/5f/s/+z/7P/r/+3/7P8UAOv/8f/r/+X/2v/d/+j/EwDY/ygA5v/g/+f/6P/l/9X/5f/k/xQA7P/r/9j/0f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAzv+2/6b/0P+2/y0AvP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO//v/5v/y/9D/IQDs/97/4f/e/8z/5v/i/xAAAADk/+z/7f/5/+n/9v8VAOz/1P/P/wAA0f/W/+z/AADV/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAEADs/+z/7f/1/+z/7P/s/xQA6/8ZAOn/5v/r/+z/4P/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/Z/w4A5f/j/+H/CQDY/wAAAAAAAAAAAAAAAAAAAADs/+r/BwDl/+z/3//q/xMAAAAAAAAAAAAAAAAAAAAAANz/2f/k/+T/7P/g//b/FADI/8f/t/+s/9L/9f8wAMP/0v/W/97/5f/n/8P/NADk/yMAFQAAAPn/9P/W/9D/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0A9v/S/9j/xv++/6P/8P8AAAAAAAAAAAAAAAAAAAAADgAAAO7/6v/X/+v/AAC5/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA+v/g/9j/2v/f/wAA4P/y/+b/GwDw/+n/6v/u/+j/5P/C//n/0//q/8r/5f8MAAAA6//n/xQA1//r/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAaAOX/2P/a/+z/6f/m/97/6P/s/+z/7f/y/+7/5f8UAAAAAAAAAAAAAAAUAPn/AAAAAAAAAAAAAAAAAAAAAAAArv/L/xcAh//T//b/xf/L/+v/7P/s/+z/7P8UAOz/7P/t/9v/2f/d/9j/CwDP/wAAAAAAAAAAAAAAAAAAAAAAAOL/8//y//j/7f8aAN//6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/u//X/7P8AABYA9v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAAAAAAAOz/7f/v/wwAy//K/+7/1//b/wAAyv8AAAAAAAAAAAAAAAAAAAAA5f/Y/+z/7P/m/xIAAADR/93/GADu/+z/4P/s/+r/7P8jAMn/sv+q/8r/9f/a/5T/7P8nANj/4//r/9n/z//Y/+T/uf/Y/8j/xf+v/yoA6v8AAAAAAAAAAAAAAAAAAAAAGQC7/9n/pv+n/6v/DgC9/xUA7P/t/+z/7P/r/+v/7P8UAOz/AAD6/+3/7P/y/+z/AAAAAAAAAAAAAAAAAAAAAOr/6v/p/+j/4f/q/xcA4f/t/+z/7P/s/+3/7P8UAOz/+//t/+z/FADt/+3/7P/s/xQA4v/w/wAAAADs/+z/+P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/+z/FADs/xQA7P/s/+z/7f/s/+z/7P/s/+z/7/8AAOz/7//s/xQA7P/r/+z/7f/s/xQA7P/y/wAAAAAAAAAAAAAAAAAAAADr/+X/6//s/+v/5v/r/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9n/6v/r//D/KgDY/+7/6f/r/xYA6//p/+r/6f/n/+3/7f/s//H/7P/s/+z/FACt/8D/3/8AAM7/JADb/8T/1v/S/7j/zP/Z/xAA9//q/9j/2P8AANj/2P8AANj/2P/W/9H/5//l/9//0/8kANf/7P/s/+3/7f/s/+z/FADt/+r/x//L/8T/0f/Z/yAAwv8AANv/4//e/+r/2/8AANn/7P/s/xQA7P/s/+z/7P/s/97/HADp/+j/6f/l/+T/5//t/+z/7f/x/+z/FADs/+z/1/8AAOT/2v/h/+f/EQDY/wwA1/8AAAAA6/8AANj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAOn/4//x/wAA7P/a//L/6v/r/+r/1//g/+v/IgDY/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADv//D/+P8AAO7/7P8AABQA7P8AAPr/7f/s//L/7P8AAAAAAAAAAAAAAAAAAAAA7P/q/xUA8v/5/+3/7P/f/8D/xf9IAKH/1P+8/7H/l//U/+X/QADE/8b/ov+9/6n/5v/7/ygA8f8AANr/6//g/wAAAAAAAAAAAAAAAAAAAADh/+T/7P8AAAAAy//v/+b/AAAAAAAAAADy/wAAAAAOAAAAAAAAAAAAAAAAAAAAAADs/+z/AAD5/xMA+v/p/+n/FADs/wAAAAAAAO//7P8AAAAAAAAAAAAAAAAAAAAAAADd/wAA2P/k/+n/0v8AAOn/6//r/+z/7P/r/9v/FwDl/9j/6v/1/8T/2f/d/wgA2P/b/8v/4f/l/+v/1v8qANT/0v/5/9D/xf8OAO//x/8AAOz/AAAAAAAA9/8UAO3/+v/r/xUA6//p/+z/6//q/+r/AAAAAAAAAAAAAAAAAAAAANn/5//p/+H/6f/p/9X/HAARAOD/3v/e/+n/5v/5/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/EwAAAAAAAAAAAPT/AADr/wAAAAAAAO//8f8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9X/4P/a/9//EwDi/wAA2f8AABIAr//v/+H/6//L/ygA6//l/8T/8v/c/9n/2P/a/9j/3P/e/wAADQDk/9r/AAAAAAAAAAAAAAAAAAAAAOT/5P/3/+X/6P8QANX/AADs//b/5f/o/+n/5v8UAOv/0//W/+b/EQDN//n/4f/s/wAAwv/e/8L/1/8VAN3/sf/o/+X/6v/s/wAA7f8ZAPL/5v/k/9b/1v/d/97/HwDP/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8P/t/+3/+//s/+z/7f/r/+z/6//s/+z/FADs/+z/2P/Y/+b/2f/r/+P/AAAJAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//H/6//s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACt/87/4f8AAOH/AACS/+j/6f/m/+D/0v8KAOr/5v/x/9j/2P/o/wkAAADc/9f/2P/s/+z/7P/s/+3/FADr/+3/5//h/+X/6v/p/9n/GwDV/+H/KgDp/+7/6v/1/9D/6f8AAOP/5f/y/9f/AADo//f/AAAAAAAAAAAAAAAAAAAAAOn/7P/r/+f/6//q/+n/FgAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+3/7P/s/9b/vP8AAPj/0v/1/9T/5//d/yMA2P/p//D/4v/X/9//3f8jANj/6f/w/+L/1//f//P/7P/s/+v/7P/s/xQA5f/1/xUA6P/q/+L/4v/k/+T/1//G/9f/qv/O/+7/IwC8/+v/6v8WAPn/9//r/+v/7P8WAOv/6P/q/+v/6v/n/+n/2v/Y/+P/4P/t/wcA3/8AAN//1//Z/9n/1v/2/wAA8v8AAAAAAAAAAAAAAAAAAAAA6f/s/+3/7P/o/9j/DQAAAAAAAAAAAAAAAAAAAAAAAADq/9j/4v/m/+3/FAAAANz/7P/p/+3/GQAAAOj/4P/f/+r/GQDp/9j/6v/m/+j/6v8mANr/8f8AAAAA5f/a/wAA7P/s/+3/9f/s/+z/7P8UAAAAAADF/wgAqf8GAMn/q/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/AADs/+3/7P8UAAAAAAAAAAAAAAD1/wAADQDs/+z/7P/q/+r/FADs/9z/6f8WAOr/6//r/+v/6v/p/+z/7P/t/+z/7P/t/+z/FADy/9T/4//l/9//2//R/yAAFgD5//b/AAAAAO3/6v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALgDb//n/9P/n/9T/2//m/wAA1v/r/+z/6/8PAOr/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+n/FADt/9j/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAwAuP/H/9b/1v8RAMf/0P8UAOz/AAAAAAAA7//s/wAAAACt/7j/w//U//j/+//O/wAAAAAAAAAAAAAAAAAAAADs/+z/7/8UAO//7P/s/+T/AAAAAAAAAAAAAAAAAAAAAAAAGAD5/wAAAAD3/+v/AADY/8n/5P/r/+P/y/8uANf/BQDL/8r/qv/p/9b/5f8SAM//yf/O/wAA1//6/8n/CQDN/8//6v8AAAAAGQDi/8z/5P8AAN7/xf/f/wAAFgDH/yYA1//d/+r/5//V/+P/1P8AAAAAAAAAAAAAAAAAAAAA7P8UAPH/AAAAAOz/7P/3/+z/7v/2/+3/AAD4/xQAAAA='
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