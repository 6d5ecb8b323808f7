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
    cause: [3, 25, -46, -24, -27, 0, -39, -50, 29, -65, -47, -46, 20, -54, -52, -77, 64, 46, 14, -56, -88, 36, -46, -24, -46, -23, 0, 70, -65, 29, 32, -23, 60, -18, -93, -99, 34, -74, -37, -5, 28, -77, -46, -31, -24, -81, -23, -134, 33, 26, -112, -30, -45, -1, -18, 52, -65, 22, 9, 16, -81, 21, 64, -26, 12, -47, 65, -33, 53, 26, -20, -60, 40, -84, 38, 21, -22, -22, -19, -46, -61, -31, -24, -32, -30, -150, 51, -79, 7, -62, 29, 23, -47, 2, 44, 34, 17, 87, 24, 24, 53, 71, 38, -31, 50, -24, -48, 20, 21, -68, 78, 79, -81, -11, 86, 7, -91, 39, -32, -43, 35, 2, -85, 56, 23, -27, -35, -23, -71, -85, 102, 5, -28, -39, -47, 35, -2, 73, -51, 51, -51, -33, -72, -42, 24, 53, 71, 13, 0, -81, 40, -47, 18, 29, -27, 39, -28, 107, 55, 42, -75, 33, -71, -28, -58, 133, -56, -131, 20, -28, -173, -62, -69, -62, 9, -90, -80, -120, 11, 39, -77, -54, 57, -42, -48, -89, -61, 36, 93, 20, -101, -55, -74, -29, -125, -27, -75, -64, -32, 28, 32, -95, 2, -60, 38, -50, 13, 67, -35, 52, -50, 38, 64, 26, -117, 44, 61, -28, 25, -108, 2, 21, -41, 24, -60, 61, 38, 25, 25, 25, 25, 29, 84, -40, 38, -30, -29, -94, 57, 44, 29, -82, -61, 15, 13, 38, -90, 16, -5, -78, 49, 49, -51, -47, -25, 58, -27, 20, -99, -84, -73, 41, 31, -47, -25, -27, -51, 61, -58, 41, 24, 10, 29, -53, 10, -49, -63, -2, -22, -74, -50, 19, -24, -196, 21, -111, -49, 35, -63, -73, 85, -76, -39, -33, -33, 24, 21, -117, -11, 35, -88, 73, -24, 44, 92, -43, 8, -41, 78, 72, 86, 0, 40, -49, -60, 37, -65, -35, 40, 22, -51, -22, 52, -35, -24, -29, -27, -74, -47, -52, -43, 6, -60, -49, 72, 16, -58, -81, 26, -6, 48, -132, 37, -44, -63, -1, -76, 36, 70, 80, -64, 86, 40, 65, -11, -103, -29, -56, -94, 115, 30, 39, -31, 99, 62, -22, -7, 34, -52, 30, 1, -2, -37, 30, 2, -52, -64, 40, -113, -55, 27, -39, -74, -16, -79, -99, -39, 16, 20, -33, 26, -26, -43, 39, -78, 26, 72, 14, -23, 37, -23, -79, -78, -66, 42, -59, 27, 39, -36, 60, -19, 17, 27, -86, 5, 21, -96, -48, -56, 26, 23, -41, -20, -20, -67, 28, -29, -9, -26, 3, -20, 36, -24, -80, -21, 36, 45, 23, -39, 80, 90, -32, -87, 13, -12, 44, -93, -63, -56, -46, -24, 42, 20, 20, 0, 58, -45, -5, 24, -36, -43, 67, -9, 21, 38, 61, -65, -22, 57, -35, -65, -29, -64, -77, -56, -74, -28, 20, -58, -63, 24, 24, 32, -54, -29, -68, -25, -24, -46, -28, -22, 40, -47, -53, -59, -64, -46, 70, -22, -39, 21, 61, -87, -26, -32, 37, 89, -114, -43, 37, 72, 32, 49, 21, 39, -91, 59, 29, -29, -64, 8, -44, 57, -35, -109, -97, -110, -52, 20, 14, -50, -66, -34, -20, 54, -106, 42, 21, -26, -39, -40, -36, -71, -38, -107, 23, 39, -38, -28, -45, -60, 43, -57, -90, -52, -85, 23, 38, -62, -135, 21, 39, -8, -33, -37, 42, 21, 21, 8, -41, -140, -27, -22, 28, -35, -33, 29, -2, 9, -51, 29, -27, 47, 3, 28, 48, 7, 34, 43, 29, -29, -37, 70, -30, 2, -58, -27, 27, -67, 19, -65, 47, -28, 9, 54, -21, -44, 27, -40, 71, -26, 20, 24, 52, -22, -4, 32, 20, 36, -80, -63, 44, -79, -82, 28, -38, 36, 62, -20, 44, -57, 22, 7, -23, -32, 25, -87, 63, -82, -23, 0, -27, -35, 9, -15, -1, -22, -56, 50, 43, 85, 37, 25, 25, 47, 41, 38, -29, -37, 43, 48, 34, -48, -34, -37, -4, 8, 49, 31, 29, 25, 8, 20, 38, 53, -83, 41, 30, 20, -40, -61, 53, -59, 32, 21, 37, 31, -34, 29, -30, -97, 36, 42, 66, 43, 22, 53, 63, -47, 31, 50, 72, 36, 43, 37, 50, -61, 39, 2, 41, 24, 14, 35, -44, 28, -44, -72, 22, -25, -41, 51, -23, -76, 26, -94, 43, -23, -28, 28, -23, -59, 24, -83, -96, -105, -54, -144, -29, -75, -85, -59, -65, -31, 47, -46, 36, 23, -138, -28, 61, 61, -49, -44, 49, 27, -135, 71, 27, -140, -30, 29, -35, -20, 54, 38, 27, -30, -66, 22, -28, -47, 13, 1, -25, 25, 40, 18, 42, -74, -85, 26, -31, -30, -58, 6, 6, 34, -5, -31, -46, 58, -24, -46, -63, -58, -26, -57, 24, -35, -76, -30, -32, -36, -36, -75, -27, 53, 53, -107, -73, -95, -153, -25, -66, -33, -53, -89, 45, -31, 40, -32, -61, 24, -29, 67, 46, -51, 12, 32, 25, -16, 34, 54, 64, -33, 21, -58, 48, 38, 29, 21, 57, -48, 21, 40, 23, -50, 23, 19, -63, -24, 23, 72, -114, -23, 23, 41, 48, -61, 40, 82, -29, 23, -8, 24, -31, 31, 84, 25, -64, -83, 31, 7, -31, -43, -61, 49, -74, -25, -62, -75, -39, -24, -26, -41, -30, 75, 23, -92, -27, 23, -52, 66, 24, -100, 35, 29, 80, -45, -22, -75, 42, 62, 27, 21, -21, -1, 20, -44, 1, -23, -23, 30, -36, -15, 30, 21, -34, -23, -66, 51, 51, 36, -81, 26, 62, -49, -39, -39, -53, -53, -20, -34, -72, -47, 3, -39, -111, -74, 20, -74, -35, 54, 23, -135, 53, -43, -32, -38, -16, 38, 23, -44, 16, -45, -32, -65, -85, -84, 23, -53, 19, 41, 21, -69, 20, -77, -56, 65, 24, -60, -18, -44, -48, 34, -75, -80, 62, -54, -38, -114, -30, 18, 29, 24, 24, -38, -59, -67, -29, 71, -39, -49, -46, 54, 15, -87, -73, -30, 61, 20, 72, 7, 24, 44, 54, 8, -39, 22, -16, 37, 116, 28, 14, -78, -54, 27, -30, -68, -57, 28, 19, -30, -68, 16, 32, -16, 67, 27, -59, -85, 29, 62, 11, 50, -55, -31, -8, -73, -117, -58, 8, -68, -22, 7, -80, -93, -56, 17, -41, -31, -14, -73, 47, 26, -22, -36, -71, -30, 18, 18, 36, -31, 24, -31, -67, 27, -18, 34, 46, -33, -67, -83, -73, 28, -77, -46, 25, 22, 36, 39, 46, -54, -31, -24, -23, 50, -79, -40, -36, 45, 1, 0, 43, -26, -88, -124, -33, -23, 34, -23, -46, -78, -150, -65, -96, -49, -122, -142, -57, -77, 20, 20, 20, 50, 28, -77, -80, 21, 35, 36, 41, 74, -99, 65, -36, 38, 40, 37, 71, 21, 26, -43, 40, 29, 21, 22, 23, -109, -106, -45, 0, -49, -25, -27, 13, -22, -80, -76, -1, 46, -49, 29, 38, -41, 11, -103, 21, 91, -30, -30, -31, -102, -43, 39, -73, 25, -29, 23, 21, -53, -68, 32, -45, -35, 22, 24, -28, -45, 73, -59, 44, -59, -39, -41, 10, 71, 21, -44, -33, -18, 7, -86, 31, -27, -100, -24, -60, -111, 30, 42, -128, 34, -25, 47, -39, -81, -55, -125, 4, -35, -21, 36, -31, -21, 35, -42, 22, 22, -77, -27, -41, -64, -33, -41, -54, -36, 32, 37, -87, -93, -51, -40, -47, -22, -29, 24, 23, 26, -23, 24, -27, -53, 13, -24, 26, -85, -49, 35, -22, -47, 42, -78, -96, -87, -189, -89, -93, -26, 32, 41, 32, 25, -21, 41, -46, -51, -73, 30, -39, -95, -38, 38, -55, -62, -76, -27, 54, -60, -37, 20, -45, -94, -30, -30, 32, -11, -35, -46, -54, 46, 32, 45, -6, 83, 76, 40, 23, 34, -40, 19, 0, 32, -17, 42, 18, 0, 21, 64, 52, -94, -38, -56, 23, -26, 46, -88, -29, -33, 17, -35, -28, -25, -73, -33, -42, -50, 8, -72, -67, 35, 43, -47, 24, -7, 20, 27, -47, 20, -24, -58, 33, -21, -68, -56, -27, -28, -66, -52, -76, -55, 42, 11, -42, -32, -61, -55, -96, -63, -27, -48, -44, 23, -44, 14, -92, -53, -50, 72, 14, -38, -37, 54, -71, -75, 17, 30, 21, -73, -68, -79, 20, -79, 62, 48, 39, 62, -16, 72, 35, 29, -60, 41, -45, -57, -112, -45, -8, 79, -39, -8, -93, -6, -30, -42, -60, -44, -62, -36, -74, -60, -44, -94, -78, 6, -72, 2, 18, 24, 42, 68, 21, -55, 24, 52, -167, 34, -57, 24, 29, 29, 12, -61, -102, -1, -35, -24, 15, 26, 74, -26, -45, -62, -61, 21, -25, 26, -47, -77, -56, -28, -85, 61, -50, 21, 45, 21, -32, -50, 29, 46, -44, -35, 22, 47, 37, 35, -21, -87, -44, 82, -34, 47, -21, 20, -52, 54, -36, 20, 16, -3, -119, -58, 69, 36, -50, 47, 20, 40, -95, 26, -1, 1, 41, -49, -32, -66, 42, -14, 17, -33, -37, 74, -22, -53, -15, 36, 71, 34, -80, -44, -50, -44, -46, -35, -75, 49, -22, 35, 41, -60, -49, -51, 11, 1, 8, -64, -95, -53, -47, -60, 21, -99, 26, 29, -51, -25, -94, -103, -22, 38, 20, 5, 38, 27, 13, 38, -51, -22, -39, -20, 45, -21, -110, 36, -34, 21, -150, 25, -22, 30, -28, -39, 14, -13, 3, -83, -68, -46, 3, -119, 35, -4, -55, -77, 2, 21, 22, -54, -2, 24, -30, -40, -101, 43, -59, 92, -33, 39, 65, 31, -48, 29, -54, 19, 6, 30, -61, -31, -24, -19, 20, -34, 40, 40, 27, -38, 59, 31, -71, 24, -94, -2, 40, -31, 43, 20, -111, 57, 43, -65, -55, -60, -86, -59, 69, 20, -30, -42, -33, -50, 29, -46, -24, -61, -36, -26, 3, -52, -38, 59, 41, 41, 25, 25, -41, -69, 34, -64, 29, -38, -47, -31, 44, -26, -50, -4, -21, 31, 71, -33, -83, 26, -21, -22, 21, 16, 23, 82, 20, 34, 40, -27, 22, 53, 43, 45, -79, 52, -45, -21, 22, 21, 72, -53, 33, 25, 65, -57, 51, -6, -24, 66, 35, 41, -65, -37, -104, 82, 10, 49, -31, -27, -48, -60, -20, -24, -55, 28, 26, -91, -47, 26, -24, -33, 24, -68, -28, 30, 37, -59, -25, -32, 23, 35, -48, 47, 28, 29, -30, -23, -46, -56, -30, 23, -28, 20, 3, 32, 31, -24, -24, 71, 20, -22, -26, -40, -50, -39, -83, -21, -53, -43, -27, 46, -5, -37, -69, 36, 15, 37, 20, -28, -55, -23, -47, 116, -44, -93, -44, 39, 13, -111, 52, -37, -21, -106, -50, -17, 27, 40, 8, 50, -38, -23, -107, -33, 49, 26, 47, 36, -43, -28, 61, -50, 23, 97, 65, 28, -40, 20, 31, -30, -4, -114, -36, 28, -119, -47, 20, 20, 34, 59, 20, 12, -35, -104, 34, -28, 34, 34, -50, -22, -8, 20, 20, 45, -121, -30, 49, -52, 2, -25, 30, 30, -89, -64, 1, -30, 67, 28, -126, 70, 20, 84, -54, 26, -15, -29, 1, 20, 55, 76, -8, 20, -48, -103, -30, -36, -37, 23, 4, -15, 86, 5, 51, 13, -34, 12, 18, -35, 10, 18, 66, 69, 21, -20, 28, 49, 24, 36, 22, 53, 71, 38, -31, 36, 50, -24, -53, 21, 23, 16, -51, -33, -23, -54, 38, 20, -21, 21, -65, -60, 28, 40, -32, -56, 33, -52, -44, 42, -91, -38, 41, 48, 21, -24, -66, 36, 32, -26, 47, 28, 28, -64, -67, -23, -23, 27, 40, -25, -41, 29, -194, -51, -64, -139, -41, -33, -95, 58, 25, 70, 65, 62, -1, -73, -48, -38, 36, -32, -1, 41, -134, -54, 98, 78, -28, 29, 89, 17, 76, 48, -29, -77, 27, -21, 31, 28, 49, 36, -57, 58, 45, 43, -54, 99, 82, -105, 22, -27, -54, 22, -27, 7, -48, -17, -68, 24, 47, -78, -77, 22, 59, 52, 48, 47, -45, 71, 54, -24, -16, 68, -8, 45, 37, 131, 35, 20, -70, 86, -27, 4, 79, 35, -45, -25, 42, 79, 54, 53, -13, 43, -48, 72, 39, 41, -24, -1, 28, 52, -42, -32, 49, 31, 20, 88, 78, 42, 62, 76, 49, 81, 25, 65, -73, -91, 3, 39, -79, 50, 28, -26, -48, -42, -55, 49, -29, 67, -9, 14, -35, -65, 32, 36, -79, 2, 36, 37, -44, 53, -50, -50, -60, -104, 36, 27, 47, -53, 69, -15, -41, 35, -1, -75, 25, 28, -22, 13, -63, -22, 23, -26, -48, 29, 71, -35, -81, 30, 49, 27, 54, 56, 48, 62, 45, 36, 14, -69, -44, -41, -35, -25, -39, 15, -25, -38, -38, -22, -33, 41, -25, -22, -26, 39, 58, -34, -26, -52, -38, -26, -56, -79, 29, 45, 20, -35, -42, 25, 32, -9, -20, -20, 70, 69, 92, 19, -100, -27, 22, 82, -86, 51, 71, 62, -112, 64, 25, 8, 52, 59, 53, 78, -87, 36, 13, -82, -36, -25, 64, 21, 33, 29, -34, -30, 21, 20, 55, -43, 26, -20, 20, -38, 35, -1, -139, 33, -78, -5, -28, 32, -8, -54, 24, 45, 13, -26, -59, 24, 23, -27, 41, -23, 50, -106, 25, -47, 54, 50, -37, 42, -51, 47, -50, -79, 56, -55, -28, 15, 58, -84, 71, 43, 12, 63, 25, 39, 31, -65, -8, -37, 34, 42, -60, 40, 21, 26, 83, 61, 36, -33, -25, 53, -5, -47, -77, 6, -92, 67, 59, 35, -68, -26, 52, 21, 98, -42, -42, 74, 34, -49, 52, 36, 46, -17, 13, 17, -29, -32, -35, -49, 37, -78, 16, -35, -148, -119, -30, -54, -30, -110, -32, -60, -60, -42, -70, -124, -25, -34, 35, -24, -27, -88, -17, -25, -61, 12, 63, 37, 53, -128, -36, 8, -7, 26, 33, -36, -1, -79, 46, -27, 82, -34, 38, 57, 40, 98, -158, 39, -70, -25, -44, 52, -60, -44, 57, -38, 29, -80, -55, -68, -24, 23, -29, 21, -51, -92, -42, 2, 64, 52, 69, -39, 73, 46, 47, 36, -26, 31, 22, 24, -53, -75, -88, -98, -78, -107, -34, 48, -36, -59, -64, -57, -128, -100, 47, -46, 68, 68, 54, 30, -24, -22, -55, -22, 51, 55, -55, -64, -65, 51, 43, 23, 46, 26, -57, -57, -78, 48, 6, -8, 16, 21, -57, 32, -48, -24, -26, -32, -29, 2, 42, -13, -45, 121, -32, 35, 72, 25, -32, -33, 4, 28, 43, -99, -48, -43, -24, 46, -51, 47, -25, 22, 36, -57, -41, 27, 24, -25, -45, 15, 37, 19, -45, 53, -68, -26, 40, -32, -32, 10, 20, -22, -24, -43, 47, -84, 63, -44, 35, 21, -54, 77, 29, 21, 117, -157, 45, -13, 21, 43, 69, 22, 24, 20, 24, 27, -6, 36, 104, -54, 73, 34, 34, -73, -35, 34, -8, -36, -107, 29, -64, 21, 34, -53, -99, -14, -63, 57, -8, 53, 27, -90, -51, -76, 4, -86, 23, -59, 47, -39, -48, 21, -25, -84, 21, -57, -134, -23, 37, 26, 32, -35, 56, 41, -30, -70, -44, -45, -37, -67, -23, -24, -59, 33, -35, -64, -32, -50, -107, -29, -24, -21, -41, -28, -66, -57, 43, 37, -54, -13, 47, 76, -46, 59, -86, 85, 61, 75, -41, -36, -20, 17, -48, 40, -49, 9, 21, 14, -29, 20, 21, 21, -84, -42, -44, 0, 59, -59, 24, -27, -68, 35, -58, 24, -77, -122, -23, -23, -28, -141, 116, -79, -66, 10, -24, 46, 71, -23, -34, 37, -84, -41, -36, -100, -89, -40, 40, 26, -204, -51, -40, 41, -47, -8, -44, 7, -80, -96, -3, -67, -35, -22, 44, -24, -47, -43, -61, -44, 25, -28, -49, -48, -2, -103, -157, -22, 36, -47, -138, -43, 24, -53, -24, -46, -100, -46, -216, 0, -14, -23, -34, 47, -24, 37, 15, 8, 32, 21, -27, -27, -61, -54, -65, 19, -44, -33, -38, 64, 18, 24, 71, 40, -188, 20, -68, -173, -59, -22, 25, -32, 43, 34, -106, 32, -102, -5, -56, -193, -64, -60, -195, 6, 53, 13, -41, 39, 38, -64, 47, 54, 25, -83, 54, -33, 112, -1, -31, -5, 37, 28, -26, -53, -31, 34, -55, -23, 27, -33, 68, -63, 20, -34, 20, 57, -51, 24, -25, -89, 6, 21, -8, -30, 44, -84, -25, -34, 27, 31, -82, -30, 54, -55, 29, 36, -46, 70, 38, 11, -37, 47, 15, 23, 36, -83, -20, 20, -56, 45, -59, 38, 31, 22, -64, -4, 21, 79, -13, 27, -22, -82, -54, 65, -34, -25, -25, 27, -71, -82, 39, 39, 57, -33, 21, -60, -46, -35, -40, -60, -70, -40, 25, -54, -26, -52, -28, -51, 81, -32, -79, 64, -26, 37, -20, -22, -26, -23, -50, 30, -51, 13, -46, -1, -46, 6, -42, -43, -35, 119, 30, 28, -44, -60, 24, 21, -48, 77, -167, 20, -61, -22, -48, -43, -31, -26, -22, -70, 63, 80, -55, -44, 24, 6, 24, -28, -1, -55, -53, 42, 14, -63, 20, -28, 47, -72, -42, -46, 14, -32, 29, -17, -21, -12, -83, -2, 38, 25, -70, -52, 47, -62, -37, 56, -30, 11, 21, -57, -28, -71, -17, 32, -34, -22, -30, -33, 40, 80, -65, -106, -49, 19, -52, -5, -93, -43, 60, -34, -63, 18, -10, 50, -63, 47, 47, -65, -47, 18, -15, 51, -33, 45, -44, 48, 31, 21, -105, 20, 63, 53, -21, -42, 33, 78, 40, -37, -51, -72, -44, -67, -45, 28, -30, -47, -43, -54, -44, -60, -47, 57, -37, -46, -31, -51, -86, -32, -45, -91, -95, -34, -55, 22, -28, -48, -22, -43, -44, -85, 47, 26, -39, 35, -68, -62, 20, 24, -22, 21, -134, -83, -69, -32, -33, -63, -87, 23, 39, 29, -105, -42, -62, 25, 34, 50, -51, -72, -83, 37, 24, -44, 70, -75, -27, -88, -65, -70, -83, 49, 81, 91, -157, 26, -62, -80, -72, 5, 24, 47, -66, 37, 42, 20, 64, -117, 23, -18, -14, 45, -75, 18, -72, 29, 1, 47, 20, -56, -36, -28, 48, 21, 47, 34, 27, 27, -39, 55, 49, -33, -21, 23, -17, 21, 41, -46, -77, -75, -35, -58, -37, -36, -41, -20, -19, -6, -28, -68, -78, -36, -84, -58, -88, -91, -122, -26, 38, 36, 38, 30, 57, -44, 23, -70, 59, -26, -3, -47, 49, 37, -51, -95, 36, -36, -25, -65, -90, 29, -70, -58, 57, -95, -51, -23, 36, 1, 50, 48, 47, 23, 29, -52, -68, -24, -65, -38, -39, 55, -28, -37, -32, 0, -61, -38, -38, 20, 20, 20, -64, 31, -39, -38, 25, -31, 20, 31, 22, -65, 45, -62, -37, 47, 21, 8, -28, -68, -29, 23, -86, -38, -68, 23, -52, 28, 21, -85, -45, -83, -30, 20, 19, 24, 47, 29, 54, -35, -71, 26, 21, 43, -22, -59, 17, -100, 44, -30, 17, -68, 8, 80, -22, 9, -21, 21, 37, 38, 38, 30, -26, 30, 49, -104, 44, -3, -117, 17, -29, 27, 21, 21, -35, 29, -27, 28, -26, -30, 48, -68, -22, -25, -69, -43, -38, -69, -74, -24, -59, 28, 21, 27, -94, -16, -75, -49, 91, -42, -42, 30, 20, 46, -76, -24, -84, 37, -32, 12, -55, 39, -53, -89, -22, -26, -52, -32, 5, -45, -109, -24, -35, -44, -102, 22, -51, -77, -94, 40, -33, -64, -98, 22, -50, -21, 24, -29, -24, 59, 77, 48, 54, -30, -44, -6, 23, 23, 20, 20, 2, 72, 20, 39, 23, -25, -25, 20, 22, 24, 24, 57, -67, -22, -68, 5, 21, -64, -75, 40, 50, 34, -42, 57, -48, 21, 8, 21, 10, 36, 30, -32, -67, 22, 25, 22, 40, 40, -24, 31, 38, -61, 29, 75, -77, 61, 103, 36, 23, 56, 24, -28, -31, 24, 24, 19, 34, 47, 51, -2, -31, -48, -34, 20, 22, 72, -70, -19, 6, -21, -45, -21, -2, 40, 59, -85, 19, -275, 125, 41, -86, 80, 24, 20, -34, -35, 23, -28, 23, -28, -60, 19, -101, 24, 20, -40, -55, -40, -74, -26, -128, 20, -31, 52, 91, -65, -55, -33, -65, -53, -45, -86, 47, 23, 30, 43, 57, -13, -60, -29, -37, -71, 48, 40, -43, 40, -29, 41, 48, 46, -63, -38, -80, -37, -44, -55, -75, 33, -166, 48, -54, -15, -22, -26, -62, -90, 64, -22, 25, 39, -94, 52, -12, 37, 84, 63, -11, -45, 20, 26, -24, -64, -39, -25, -41, 49, -8, 3, 25, 60, 7, 33, 74, 43, -157, 82, -70, -47, 54, -22, 39, 27, 59, 22, 21, 54, 27, -45, 33, 41, 29, 37, -11, -98, 20, 20, 21, -16, -32, -31, 43, -46, -78, -44, -27, 74, 28, 72, -21, -69, 67, -18, -60, -28, -4, -44, -33, -37, -33, -28, 45, -74, -7, 32, -1, -60, -49, -61, 41, -90, 10, 43, 29, -82, -34, -30, -82, 42, -74, -51, 58, -41, -63, -17, -26, 31, -75, 37, -51, -29, 38, 48, 40, 50, -38, 40, 44, 24, 24, -28, 35, 58, 23, 47, -60, 54, 40, 2, 28, 23, -29, 2, -157, -61, 47, 7, 79, -78, -36, -22, 63, -61, -55, -74, -11, 30, -54, 88, -69, -62, -88, -40, -24, 20, 21, -26, -21, 21, 32, 25, -62, 61, -62, -106, -9, -187, -66, -41, 30, 6, 33, 45, 21, 8, -72, 4, -66, 77, -76, -70, -2, -50, -19, 85, 23, -37, -58, -28, 21, 30, -89, -40, -69, -33, 27, -66, -57, -16, 22, 31, -78, 61, -88, -25, -128, -35, -102, 62, -64, 100, -83, -31, -27, 67, 102, -94, -60, -1, -93, 27, 55, 54, -34, 17, -45, -32, -61, -33, 21, 21, 44, 37, -102, -72, 46, -47, 62, -23, -55, 0, 35, -3, 2, 17, 39, -85, 71, -74, 16, -106, -40, 70, -32, 21, 32, 37, -60, -47, 21, -103, 13, -29, -65, -24, -24, -35, 21, -46, 23, 25, 36, -42, 27, 64, -25, 25, -26, 33, 21, 1, -50, -62, 72, 24, -74, -28, 70, 27, 20, 9, -57, 30, 54, 44, -68, 20, 21, -164, 21, -21, 38, 20, -56, -15, -127, 58, 44, 20, -69, -23, 29, 20, -25, -28, 47, -98, 62, -68, 40, 49, 74, 65, 9, 37, 39, 50, 47, 1, 28, 50, 79, 40, 69, 48, -22, 84, 20, 20, 47, 23, 30, 76, 56, 4, -33, -90, 10, 20, -48, -94, 49, 36, 21, 41, 21, 31, -24, -84, 49, -31, 60, 28, 20, -31, 25, 32, 23, 27, 37, 53, 50, 27, 25, -41, -44, -37, 22, -22, -32, -26, 21, 33, 26, -95, -53, -36, 58, -24, 25, -24, -59, -77, 24, 34, 28, 48, 29, -34, -23, 50, 30, 20, 44, 55, 22, 58, 26, -34, -84, -38, -36, -38, -21, -33, 24, 63, 22, 32, 42, 31, -32, -64, 39, 98, -94, -6, 103, -61, 10, 57, 43, -27, -8, -32, -32, -34, 66, 9, 58, -56, 21, -24, 26, -24, -31, -163, -44, -90, -5, 20, 53, 20, 47, -16, 13, -61, -67, -94, -38, -64, 100, 51, -29, 72, 114, -109, -118, 36, -66, 21, -44, -26, 26, 20, -41, -80, -124, -81, 25, 48, 22, -54, -46, 22, 36, 39, 72, -96, 74, 40, 65, -74, 64, -49, -21, 42, -65, 25, 25, 25, 25, 23, -80, -23, -53, -31, -48, -34, -22, 21, 27, 47, -5, -82, -29, 23, 50, 10, -94, 32, 45, -115, 50, 26, 20, -28, -25, 31, -54, -24, -48, -55, -36, -64, -29, -46, -119, -54, -130, -44, 75, -94, 6, 55, -92, 42, -63, 64, -12, -43, 39, -39, 38, -94, 12, -57, 47, 24, 23, 38, 20, -30, 50, -25, 47, -1, 41, 0, 9, 46, -30, -82, -44, -23, -47, -33, -69, -46, 34, -46, -22, -31, -79, -47, -174, 85, -26, -25, -59, -22, -30, -44, -25, 8, -34, -47, -37, -35, 49, 25, 21, -26, 21, 21, -40, 21, -44, -66, -60, 50, -94, -50, 39, 33, 39, 39, -7, 24, -30, -101, 59, 1, 62, 49, -32, -55, 12, 33, 71, -1, 64, -73, -69, 38, -90, -80, 35, 24, 109, 66, 43, 57, -86, 21, -51, 13, 21, 43, 38, -21, -68, 40, 15, -50, -67, -31, 57, -93, 3, -32, -41, -38, 45, -88, -107, -77, -31, -60, -35, -47, -25, -74, 28, -89, -41, -59, 26, -51, 16, 26, -24, -91, -66, 34, -60, -72, -22, -33, -86, 54, -66, -115, -85, -24, -24, 30, -79, -72, -81, -41, -22, 20, -23, -44, -23, -26, 38, 8, -111, -34, -71, -31, 37, -92, -5, -28, -42, -26, -144, -76, 36, 15, 36, 67, -53, 36, -51, -76, -107, 107, 37, -47, 3, 9, -48, -61, 1, -33, -105, 73, 8, -80, -60, 7, -31, -42, -47, -68, -35, -51, -42, 42, -22, -26, -21, -70, 70, 35, -29, -48, -63, 88, -61, -63, 24, 45, 59, -54, -45, -2, 22, 20, 2, -24, 37, -73, -31, 25, -123, 38, 60, 34, 46, 36, 38, 30, 37, 8, 61, 22, -25, 35, 24, -73, 71, 21, 36, 26, 23, 32, -32, 14, -68, 56, 26, -21, 26, -24, -20, 33, 57, -10, 20, 57, 44, -69, -83, -45, -72, -38, 72, 77, 61, 32, -72, -31, 47, 47, -118, -43, -33, -37, 57, -33, 33, 50, 15, 23, 23, -64, -61, 24, -32, -33, 10, 33, -42, 42, -41, 21, -63, 34, -21, 20, -35, -55, -32, -152, 29, -88, -31, -52, -28, -108, -9, -24, 47, -30, 21, -67, 21, 21, 25, 46, -36, -1, 46, 34, 46, -54, 21, 33, 23, 38, 21, -65, 23, -21, -33, 70, 21, 16, -66, 23, -22, -43, 20, -22, 21, 29, -28, 7, 29, 30, 47, -38, 26, -47, 39, -54, -55, -47, -130, -62, -90, 24, 56, -61, 32, 53, -45, -50, -48, -35, -50, 52, -56, -62, 33, 8, -22, 30, -37, -81, 23, -65, -64, 102, -39, -22, -30, 28, -28, -61, -81, -63, -29, -94, -42, 48, -45, 12, -47, 23, 31, -25, 30, -8, 21, 58, 25, -22, -48, -25, -20, 3, -43, -68, -20, 17, -60, -1, 53, -7, -27, 20, 20, -4, 0, 79, -26, 27, 29, 0, -55, -1, -44, -38, 75, 25, -47, 29, 36, 36, 29, -86, -51, -48, 73, 20, -22, -74, 21, 42, 20, 39, -46, 20, 23, 20, 23, 30, 34, -60, -27, 20, -47, -61, 68, 13, -45, 38, 53, 38, 3, 53, -59, 41, -43, -48, -56, -74, 20, 53, -26, -75, -32, -87, -51, -24, -47, 19, -59, 36, -6, -95, 63, -78, -46, -71, -61, -44, -22, 38, -67, -79, -21, -21, -47, 33, 49, 61, -25, -39, 44, -1, -46, 46, 46, 43, -103, 54, 46, -121, -22, 76, -48, -91, -115, -105, -47, 108, -54, 36, 26, 36, -32, -4, 24, -60, -48, -80, -44, -59, -110, -66, -112, -45, -70, -29, -123, -47, -28, 1, -39, -83, -49, -25, -30, -106, 58, -25, -56, 36, 23, -26, -26, -38, -22, -29, 41, 15, -23, 58, 58, 26, -27, 9, 24, -45, -31, -32, 13, 20, 25, 24, -88, 54, -27, -29, -67, -29, 23, 24, 40, 46, 20, -47, -41, -26, 61, -29, -102, -54, 10, -45, -22, -54, 23, -41, 41, -44, 26, 79, 50, -35, -62, -111, 42, -147, -61, -33, -54, -65, -90, -128, 0, 12, 63, -80, 9, -44, -13, -34, 35, -49, -22, -113, -22, 36, 21, -7, -25, -72, 21, -61, -25, 66, 19, 42, -25, -36, 25, 68, -71, -36, 27, -21, -59, 21, -27, 41, -64, 18, -83, 53, 33, 18, -73, 24, -21, -45, 20, 28, -40, 26, 37, 21, 45, -75, -27, 20, 32, -23, -27, 23, 50, 3, 27, -40, -99, -43, -29, -60, -41, -8, 27, 30, -45, 21, 27, -70, 62, 39, 21, 36, -36, -65, -49, 34, -50, -51, -51, -73, -29, -22, -57, -26, 4, 32, -51, -9, 14, -49, -41, -85, -94, -94, -22, -26, -30, -105, 12, 22, -71, 51, 10, -72, 57, 22, -52, -69, 31, 49, 61, 12, 41, 21, -73, -72, -70, 9, 91, -72, 45, -2, 22, 7, -86, 61, -119, 51, 20, -29, -30, -22, -116, 21, -24, -4, 122, -137, 8, 20, -49, 29, -39, -75, -42, 14, 30, -87, -55, -99, -38, 12, 9, 27, 63, 71, 22, 18, -24, 39, -40, -30, -36, -65, -74, 21, 11, 72, -39, -52, -93, -22, 35, 31, 96, -88, -45, 58, -55, -41, -55, -87, -108, -96, 65, 38, 52, -74, 20, 44, -52, 23, 27, -26, 30, 33, -23, 36, -29, -118, -14, 21, 26, -29, 46, 46, -23, -28, 11, -32, -49, -57, 50, -69, -68, 36, -65, 45, -37, -26, -38, -100, -26, -31, -57, 21, 20, -34, -59, -113, 69, 23, 20, 76, 21, 31, 26, -50, 29, 87, 44, -63, 21, 10, -63, -20, -41, 77, -23, -60, 30, 40, 33, 39, 36, 40, -44, 112, -8, 75, -50, 36, 93, -21, -31, -47, -59, -62, -63, -31, -79, -62, -27, -38, 49, 32, 21, -59, -78, 52, 61, -53, 44, -90, 53, 20, -51, -49, -74, -65, -94, -71, -54, -91, -76, 37, -28, -61, -44, -59, -33, -66, -48, -51, -24, -75, 21, -75, -55, 42, 19, 21, 44, -62, -47, 46, 50, -104, 23, 21, 35, -45, 24, 59, 21, -57, -30, 14, -87, 42, -54, 31, 35, 91, 30, 50, -40, -43, 38, 30, 0, 23, 29, -57, -77, -83, -35, -65, -45, -65, -49, 45, 27, 20, -98, 21, -22, 21, -96, -30, -124, -77, -36, -70, -46, 50, -37, -25, -34, -22, -49, 21, -30, 21, -101, -44, 57, -125, -65, -40, 35, 37, 35, 23, 19, -65, 28, -45, -72, 30, -43, 74, -59, 21, 43, 26, 56, -80, -38, -58, -3, 56, 46, -43, -23, -31, 7, 48, -44, 3, 30, -54, -40, 70, 83, -91, -50, 36, -17, -63, 41, -21, -51, 75, 11, -50, -82, 69, -50, -52, -100, 24, -57, -139, 70, 33, -52, -95, -66, 2, -78, -62, -46, 52, -68, -36, -32, -1, -73, -51, -28, -48, -74, -82, -36, 55, -128, -43, -66, -27, 24, -1, -53, 21, -48, -78, 22, -120, -76, -29, 23, 18, -55, -25, -75, 32, -174, 36, -180, -29, 21, -56, -200, 20, 23, 21, 42, -150, 19, 85, 23, -33, -108, 38, -64, 27, -97, -44, -91, 13, 20, -50, -86, 21, -27, 26, -23, -33, -28, 35, -40, -52, -62, -51, -32, -25, -31, -55, -40, -71, 22, -14, 60, -116, -74, 58, -74, -61, 12, 25, -61, 54, -83, 46, 38, 5, 79, 60, 5, -48, -58, -20, -20, -47, 49, -18, -118, 26, 20, 95, 37, 2, 22, -40, -63, 27, -27, 27, -46, 54, -48, -78, 35, -67, -46, 32, 22, 45, 36, 38, 27, 20, 27, -33, -33, -69, 57, 31, -23, 20, 26, 41, -10, 62, -59, -68, -27, 30, 42, 24, -26, -26, -52, -26, -44, 27, -36, -28, -109, 39, -33, -65, 44, -44, -54, -82, -61, 59, -72, -30, -28, 21, -63, 21, -54, -76, -55, 44, -55, -39, -129, -22, -138, -75, -40, -75, 35, 41, 16, 9, -56, -85, -33, 79, -40, -26, -78, 12, 67, -42, -49, -25, -59, -65, 46, -50, -109, -105, 44, -46, 58, -52, -46, 30, -67, 54, 21, 21, -65, -35, -49, 37, 63, 73, 42, -73, -80, -114, 61, -40, -60, -69, -106, -87, -34, -26, -81, -49, -57, -75, -59, -47, -72, -51, 38, 38, 92, -4, 27, -53, 76, -21, 19, 22, 34, -25, -27, -54, -29, 42, 32, -68, -65, 44, 42, -60, -48, -86, -7, -31, -58, -67, -80, -55, -84, 58, 50, 58, 40, -5, 32, -26, 53, -61, 25, 25, 34, 36, 57, 44, 29, 36, -26, 24, 24, 69, 40, 90, -50, -40, 24, -20, 5, -55, -63, -35, -10, -56, -53, -24, -45, 45, -60, -45, -14, 52, -90, -16, 56, -15, -52, -30, -33, 21, -12, -38, 32, 76, -110, 32, 21, 22, -28, -29, 30, -17, 84, -87, -35, 87, 23, 34, -129, 20, -28, -70, 23, -40, 20, 20, 23, -25, 24, 47, 55, 8, 38, 24, 27, 39, -95, 46, 41, 17, 51, -73, 11, -42, -5, 2, 84, 40, 44, 27, 56, -45, -51, 40, 3, 24, -22, -35, -30, 26, 24, 41, -1, 38, 0, 21, 40, 20, 53, 20, -35, -54, 24, -80, -9, 64, 81, 64, 32, 22, -24, -28, -3, 45, -17, 21, 20, -93, 41, 50, -37, -45, -26, -54, 34, 20, 29, 21, 24, -21, 38, 14, -85, -45, -51, -92, -9, -30, -24, -84, -133, -25, -65, -46, 9, 93, -56, -37, -79, -44, -28, -33, -67, 23, 63, 29, -96, -137, -50, -45, 38, -45, -54, -41, 21, -43, -68, -55, -89, -71, -66, -29, 21, 3, -44, -58, -58, -27, -46, -49, -69, -117, -25, -66, 9, -33, -33, -49, 65, 34, -62, 57, 21, -48, -58, -33, 7, -29, -27, -84, -61, 18, -26, 29, 8, 36, -64, 31, 53, 40, 32, -18, 20, 21, 0, -48, 48, 38, -198, -53, 32, -25, 55, 26, -33, -38, 26, -1, 48, -32, -3, -87, 39, -51, -53, 67, -55, -85, 9, 21, -42, -24, 21, -61, -29, -22, -4, 67, -74, -48, 21, 22, 38, -146, 64, -24, -94, -80, -67, -33, 23, 37, -41, -123, -55, -39, 68, -22, 20, 21, 33, -72, 81, 21, 63, -89, 67, -34, 3, -34, 47, 16, 20, 26, -24, -78, 82, -15, -27, -51, 22, 33, -40, 59, -51, -60, 106, 23, 56, -60, 35, 50, -41, 0, -32, -55, 36, -79, -96, -3, 38, 27, 20, 21, -45, 1, 21, -52, 39, 32, -66, -35, -24, -29, -27, -74, -47, -48, -60, -60, -110, -64, 13, -47, -54, -22, -25, -87, -60, 29, -58, -24, -100, 71, 21, -54, 21, 59, 21, -30, -148, -90, 4, -28, 47, -43, 24, -127, -60, 24, 46, 26, -61, -38, 62, -28, -21, -21, 71, -16, -94, 0, 38, -56, -61, -22, 13, 29, 20, -1, 55, -48, -57, -59, -77, -42, 32, 70, -23, -30, -39, -76, -39, -70, -74, -67, -30, -119, -53, 31, 24, -59, 29, -60, -4, -20, -7, -8, -65, -22, -73, 49, -20, -4, -32, -42, -73, -54, -24, -51, 68, -29, 49, 49, 42, -94, 30, 37, 61, 80, 38, 47, -64, -22, 22, -66, -4, -13, -84, -83, 37, -39, -95, -25, -34, 96, -80, 18, 36, -50, -93, -76, 2, 9, 87, 30, -80, -29, 46, 65, -7, -28, -8, -69, -58, 43, -1, 19, 9, -5, -156, -49, 68, -57, 53, -148, 42, -73, 28, -48, -49, -1, 19, -96, -41, -78, -48, 9, -71, -49, 22, -33, -14, -41, -55, -15, 3, -5, -13, -25, 32, 36, 2, -99, 25, -76, -110, -85, -60, -75, -3, 21, 28, -30, 32, 44, -51, -47, -22, -95, -54, -58, -44, -66, -47, 19, 56, 39, 53, 21, 109, -48, -78, -48, -71, -14, -55, 27, 38, 27, -59, -90, -57, -24, -11, 74, 46, 4, 0, -45, 29, 27, 72, 26, 21, 21, -60, 48, 4, -45, -45, 58, -37, 23, -8, -21, 7, -56, -34, 38, 26, -23, -37, 31, 31, 24, -50, 49, -46, -34, -50, 50, -44, -39, 73, -57, -81, -115, -45, 31, -55, 28, -22, -40, -99, 26, 45, -40, -70, -58, 39, 56, -62, 58, 0, 6, 30, 53, 40, -82, 35, -31, 21, -69, 23, -88, -62, -10, 3, -64, -15, 80, -20, 29, -5, -100, -204, -59, 53, -163, -28, 19, 43, 36, -73, -95, 5, 4, 20, 50, 37, 47, -75, -52, -37, 32, -45, -34, 51, -24, -2, -95, 21, 62, 36, -48, -33, -23, 5, -24, 20, 29, -87, 23, -40, -68, 44, -35, 60, 42, 21, 21, 21, 57, -67, 48, 64, 20, 20, -38, -41, -134, -65, 23, -59, 23, 64, 38, -49, -45, 89, -25, -18, -57, 76, 65, 56, -57, -27, -31, -33, -23, -75, -75, 42, 32, 32, 12, -21, 26, -50, -87, -51, 38, 40, -52, 85, -22, -43, 22, 30, -3, 41, -54, 21, 25, 43, 50, 34, 37, -39, 20, 41, 23, -39, -21, -78, 31, 47, -2, 42, 15, -59, -10, 2, 15, 27, 35, -46, 56, 11, -73, 20, 24, -12, -8, -39, 46, -20, 25, 15, -24, -28, 27, 28, -7, 21, -59, 77, -73, 68, 74, -61, 15, -83, -85, 67, -66, 40, 31, 37, -135, -21, 65, -64, 21, -36, 38, 27, 100, -19, 32, -27, -50, -50, -56, -64, 48, 54, -37, -60, 24, 11, 55, -44, 58, -57, -100, -63, -25, -70, -67, 54, -38, -44, -50, -37, 27, 27, -52, -75, -38, 9, -117, -29, -90, -34, -50, -92, -35, -21, -64, -54, 71, 62, -22, 20, 21, -38, -58, -30, -31, 23, 20, -98, 5, 21, 31, 24, -76, 34, 3, -55, 34, -32, 30, 7, -66, 5, -63, -36, 8, -72, -60, 57, 41, -29, 65, 41, 31, 31, 27, 34, 21, 29, 13, -54, 23, 55, 47, -16, -37, 24, -57, -43, 42, -134, 52, 30, -35, -82, -153, -11, 13, 20, -74, 3, 20, 61, -17, -110, 32, 11, 21, 20, 20, -16, -75, 41, -13, -49, 20, -45, -45, -45, 58, 26, -68, -58, -37, -79, -69, 83, 88, -21, -38, 46, 36, -99, 50, 34, 96, 41, 51, 23, 32, 36, 26, 27, 64, -44, 55, 57, 29, 38, 49, 21, 41, 46, 54, 59, 32, 31, 31, 69, -30, 41, 16, -89, -52, -89, -69, -68, 21, -50, -108, -78, -17, 0, 72, 57, -38, 40, -4, -26, 70, -44, 35, -26, 46, 20, 76, 50, -21, -21, -27, 42, -38, 52, -90, -24, -16, -1, -22, -30, -51, -73, -27, -60, -97, 34, -139, -86, 46, -29, 41, 36, 62, -30, 21, 47, 33, -41, -23, -29, -77, -51, 27, -42, -46, 47, 37, 25, 50, 46, 24, 48, 30, 48, -26, -100, -14, 49, 42, 23, -133, -65, -52, 40, -36, -40, 20, -55, -21, 20, -32, -28, -52, -23, 20, 19, 20, 20, 36, -28, -21, -82, 54, -40, -38, -44, -22, -43, -55, -59, -59, -28, -28, -5, -50, 25, 25, 23, -17, -46, 63, -45, -44, -54, -44, -24, -60, -71, 25, -62, -36, 30, 20, -56, -105, -30, -62, -47, -72, -39, 8, -30, -27, -34, -22, 20, -52, 45, -63, 2, -10, -56, 84, 85, 84, 34, -1, 62, -36, -43, 71, 46, -46, 26, -43, 24, -25, -20, 19, 29, 23, 21, -46, -71, -63, 54, 35, 37, 27, -100, -128, 67, -60, 27, -51, -92, -107, -51, 84, -70, 26, 20, -27, -87, 53, 36, -31, 26, -63, -34, -23, 23, 0, -6, -37, -47, 30, -45, -81, -64, 21, 13, -48, -35, -46, -30, 66, 8, 72, 49, 33, 20, 37, 85, 55, 63, -80, -81, -33, 31, 21, -29, 55, -38, 57, 24, -59, -63, 43, -80, 29, -53, -72, -63, -22, 33, 39, 32, 0, -90, -57, 26, -24, -24, -54, 48, -29, -44, -92, -41, 30, 78, -28, -101, 82, 23, -188, -22, -88, 48, 24, -34, 63, 23, 28, 64, 48, -44, 42, 54, 57, 54, -62, -7, -3, -49, 82, -45, -52, -83, -29, -53, 59, 30, 97, -59, 37, -18, 33, 35, -37, -39, -57, 29, -56, 36, -50, 9, -53, 21, 23, 54, 45, -7, 36, 53, -42, -51, -70, 7, 71, -48, 53, 21, 71, 55, -30, -42, -101, -9, 34, 34, -65, -47, 45, -22, 48, -75, -80, -22, -22, 14, 4, -143, -4, 47, 22, 58, -95, 29, -51, -98, -25, -19, -1, 36, -86, -38, -36, -69, -64, 7, -29, -52, 20, 31, -48, -59, -51, -28, 13, -1, 25, -31, 30, 33, 0, -9, -1, -70, 11, 19, -26, -40, -46, -61, -30, -64, -70, -61, -25, -76, -95, -71, -65, -83, -24, -44, -20, -47, -99, -60, -60, -57, -57, -121, -56, -35, 31, -43, -68, -31, -29, -35, -38, -82, -48, 20, 11, -98, -56, -68, 36, -51, -103, -74, -26, -51, -51, -3, -50, -6, -84, -16, -30, 24, -58, -56, -38, -63, 0, -27, -75, -63, -45, -80, -29, -9, -25, -46, -131, -27, -147, 20, 93, -44, -83, 70, -91, -48, -33, 31, -50, -72, 21, 54, 6, 107, 0, -67, -40, -116, 30, 23, 24, -44, 27, -65, 91, -34, -29, -90, 38, 48, -92, 24, 45, 5, -24, -33, -24, -40, -67, 40, -76, -32, -23, -25, 47, 7, -53, 0, 27, 90, -23, -50, -23, -25, 21, -30, -51, -55, -98, 51, -160, 133, -46, 30, 17, -19, 31, -163, -119, -104, 33, 28, 44, 20, -111, -55, -34, 3, -32, -68, -10, 36, 26, 23, 57, 23, 18, 27, -22, 20, -61, 22, -9, 23, 10, 35, -47, -31, -45, -26, -78, -21, -134, -91, 89, -149, -22, -78, -90, -135, 27, -97, 1, -119, 85, 25, 31, 106, -59, -73, -109, -125, -148, -172, -88, -189, 74, 31, 17, 48, -13, -64, 51, -107, -122, -53, -25, 25, 57, -112, 32, -16, -18, -100, -77, 20, 65, 57, 23, -115, -66, 40, 45, 39, -137, -201, -97, -13, -65, -41, -196, -88, 47, -107, -72, -113, 52, -77, -84, 28, -27, -256, -79, 25, 79, -109, -94, -113, -52, -133, -85, 40, -175, -88, 47, 54, -119, 42, 47, 66, -47, 3, 87, -140, -82, 28, -106, -38, 30, -91, -100, 99, 35, 73, -83, -29, -112, -48, -176, 71, 51, -7, -5, -38, 95, -6, -80, -66, 2, -73, 37, 8, -48, -60, -26, -21, -48, 61, -141, -7, 37, -44, -79, 69, 76, 27, -82, -62, -88, 51, 53, 21, 7, 32, 85, 22, 3, 14, -105, -101, 29, 19, 37, -208, -147, -34, -67, -38, -40, -165, 43, -64, -64, 26, -62, -57, 21, -76, -100, -13, -59, -186, 22, -184, -8, 59, -139, 116, 8, -78, -118, 19, -65, -61, -29, -69, -94, 57, -51, -77, 32, -37, 5, -60, -174, -93, 47, -85, -48, -73, 119, -69, -167, -31, 63, -202, -45, -62, -112, -103, -96, -25, -28, 20, -17, -91, -139, -81, -109, -125, -23, -36, -64, 110, -103, -90, -96, -32, -58, -117, 22, 36, -115, -177, -53, -77, -166, 27, 43, -70, 0, -64, 17, -84, -61, 41, -101, -73, -73, -84, 40, -82, -80, -97, -62, -59, 47, -33, -52, -110, 11, -23, -164, -96, 57, 83, 20, 21, 45, -66, -67, -100, -61, 57, 95, -141, -76, -67, -30, -170, 55, -12, -118, 0, -58, -96, -85, -106, -45, 22, 92, -132, 6, -46, 34, -152, 17, 64, -78, -24, -88, -152, 6, 52, 53, -74, -96, -47, -96, -130, -71, -59, -103, -43, 38, -202, 76, -96, -109, -108, -124, -112, -67, -82, 17, -95, 30, -49, -163, -70, 24, -110, -157, -29, -87, -108, -91, -155, 1, -104, -38, 33, -216, -57, -103, 9, -50, -3, -62, -85, -50, -29, 46, -85, 7, -9, -112, 36, 49, -115, 55, -237, -180, -227, -37, -24, -59, -36, 17, -8, -88, -129, -138, -75, -51, -108, -109, 46, -128, -126, -63, -108, -164, -112, -93, -55, -30, -123, -53, 52, -110, 32, 22, -112, 53, -147, -5, 70, -125, -38, -154, -56, -102, -146, -80, -170, -136, -116, 12, -62, 48, -198, -77, -79, -14, -15, -94, -80, -123, 8, 25, 69, -75, 12, -18, -16, -61, -99, 21, -54, 18, -91, -25, 18, -24, -75, -77, -76, 69, -114, 13, 48, -63, 20, -109, -19, -80, 30, -89, -316, 47, -83, -63, 71, -75, 5, -131, -115, -82, 53, -107, -264, 79, -21, -99, 54, 48, -16, -90, -35, -86, -52, -56, -100, -7, -128, -130, 30, -11, 65, -38, -204, -112, 2, 75, 66, 79, 19, -105, -46, -73, 48, -166, -69, 31, -77, -66, -58, -81, -380, -96, -77, -13, 21, 107, -56, 17, 42, 31, -87, 28, 10, -75, -45, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -52, 21, -4, -122, -66, -50, 223, 190, 15, -31, -71, -23, -149, -80, -68, 1, 91, -463, 53, 121, -138, 101, 31, -100, -36, -75, 18, -132, 20, -17, -10, -46, -24, -27, 60, 20, 0, 58, -45, -5, 109, 0, -40, 53, -9, -23, 11, -30, -22, 57, 27, -121, -58, 24, -64, 92, -62, 32, 18, -8, -60, -11, -98, -88, 70, -34, -93, 21, 20, -98, 78, -70, 91, 30, -35, -3, -22, 20, 17, -50, -66, -36, -58, -47, -70, 99, -50, 38, -120, -65, -27, -8, -126, -24, 46, 21, -23, -77, 29, 12, -17, -11, -9, -110, -61, 27, -43, 21, 24, 7, 31, -40, -72, -42, 9, 31, -29, -80, 72, 27, 70, 79, 85, 37, -30, 25, 8, 10, 21, 31, -41, 3, 47, -19, 41, 86, -120, -10, 53, -33, 18, -93, -49, -87, 36, 24, 50, 47, 36, -68, -145, 39, 23, 29, -9, -58, -63, -44, -32, -144, -75, -3, -62, 27, 27, 42, 27, -125, -54, 27, -55, -35, -43, -54, -73, -111, 38, 37, -85, 25, -66, -8, -27, -31, -46, 40, 58, -24, 20, 4, -46, 39, -23, -13, -95, -67, -62, -79, -22, -54, -14, -90, -74, 7, -63, -3, -61, 30, 76, -32, 46, 54, -29, 16, -23, 5, -50, -125, -29, -7, -8, -97, 24, 42, 45, -31, 20, 31, -5, 41, 64, 25, -52, -26, 24, 57, 63, -26, 29, 80, -29, 34, -35, 23, -29, -45, -21, 28, 37, 20, -33, -58, -84, -44, -75, 2, -65, -64, 1, -49, 30, -87, -36, -15, 30, 84, -49, -45, -22, -80, 17, 13, 35, -52, 34, -13, -60, -13, -114, -103, -14, -112, -24, -71, 34, 33, -30, -79, 32, 28, -1, -53, -37, 29, 15, -73, 28, -77, -46, 89, 12, 25, -31, -24, -81, -42, -23, 70, -50, 7, -126, -29, -77, -54, 20, 4, -32, 31, 71, -30, -95, 27, 99, 65, 129, 21, 22, 9, 23, -137, -4, 46, -49, 20, -104, -9, -46, -73, -108, -19, 91, 9, 52, 15, -39, 53, 21, -99, -75, 32, -45, -61, -29, -66, 32, 28, 6, 14, -61, -7, -23, -2, 36, 17, -32, -19, -116, -71, -26, -28, 73, -87, -106, 87, -100, -51, -40, 50, -53, -51, -10, -53, 13, -24, 39, -10, -10, -42, -61, -47, 36, 3, -28, -89, 21, -81, -25, 37, 41, -58, -130, 58, -3, -62, 54, -88, -50, -107, -30, -29, 49, -70, -42, -15, -34, -85, 32, 71, 45, 35, 42, 18, -28, -53, 0, 21, 64, -30, 52, -97, -100, -53, -43, 53, -10, -26, 33, 39, -86, -40, 17, 47, 6, 75, -73, -65, -33, -79, 39, -26, 53, -53, 85, -15, 58, 26, 30, -58, -18, -49, -61, -40, 18, -76, 68, 36, -4, 26, -22, -57, 47, 7, 29, -46, -45, -63, 38, 65, -94, -19, -71, -68, 118, -20, -28, -55, -85, 37, 52, -21, 47, 37, -41, -141, -34, -69, 48, 20, -63, 63, -121, -23, -1, -20, -47, -65, 33, -70, 22, 58, 43, -67, 17, -127, -33, -80, 74, 20, -22, 22, 71, 7, -86, -44, -105, -106, -42, -22, -24, 22, -92, 11, -38, 76, 51, -63, -44, -31, 26, -28, -144, -22, 20, -5, 38, -6, 9, 70, -70, -51, -61, -22, -57, 48, -110, -23, -22, 43, -28, -39, 16, 6, -46, 30, -61, -31, -24, -32, 40, -16, 15, -38, 57, -84, -96, -44, 22, 65, -91, 20, 4, -62, -79, -79, -11, -59, 77, 20, -30, -42, -26, -61, -70, -38, 78, 77, 38, -44, -18, -49, -73, -158, -48, 56, -45, -21, -58, -22, 48, 9, -70, -50, 20, 34, -77, 41, 40, -8, 63, 28, 5, 41, -87, 59, -65, 22, -23, -100, 26, -17, 46, -65, 42, -38, 37, -59, -52, -73, -67, -63, 90, -56, 47, 28, 0, -50, -52, -71, 16, -28, 23, -13, 42, 38, -31, 80, 55, 24, -1, -124, -37, -45, -45, 48, 6, 94, -101, 44, 29, -70, -63, 110, -11, -52, -30, -64, 11, -12, 74, 75, -7, -7, -5, -114, -68, -36, -49, -60, 16, 20, -3, -62, -19, -53, -92, -4, 77, 20, 45, -121, -30, 49, -31, -52, 2, -7, 50, -27, 53, 30, -93, 11, 42, 7, 30, 24, -11, 24, 53, 71, 38, -31, 36, 50, 76, -24, 4, -51, -29, -30, -23, 30, 38, 20, -21, -101, -62, -29, 19, 46, -87, 40, -32, -78, -25, -55, -65, -64, 13, 7, -13, -62, 119, 30, 32, -45, -109, 47, -64, -77, -28, -24, 14, -61, -47, -81, 0, 71, 22, -10, 48, 79, 97, 38, -29, -73, -73, 42, 35, -50, 94, -79, -55, -26, -103, -64, 6, -48, -84, 27, 11, 37, -59, 23, 14, -104, -85, -69, -57, -43, -88, 48, 36, -27, 168, -31, -95, -105, -44, -83, -8, -75, -38, -60, 115, -78, 35, -56, -73, -68, -12, -19, 3, 31, -20, -61, -39, 49, 64, -32, -33, -32, -1, 51, -70, 35, -59, -70, -20, 10, -33, -83, -28, -1, 5, 9, 59, -72, -28, -1, -12, -85, 51, 105, -27, -35, 41, -23, 50, 11, 178, -36, -16, -33, 40, -70, -42, -38, -24, -45, 16, 87, 14, -53, 24, 37, -74, -10, -91, -73, -66, -96, -47, -33, 60, 62, 6, 23, -70, -51, -64, -121, -42, 71, 51, -117, 30, -35, -165, -100, 47, -65, 63, -24, -32, -61, -74, -65, -64, 22, 51, 11, -12, -22, 26, -62, -57, -55, 16, 21, -57, -21, -85, 27, -1, -27, 5, -32, 12, 38, -46, -54, 77, 29, 57, 31, 24, 2, 8, 124, -31, -8, -36, 20, -36, -2, 54, -108, 24, 15, -86, -44, -40, -67, -23, 7, -72, -59, -14, 25, -53, -75, -48, -43, -58, -66, -81, 43, 41, 103, 16, 67, 21, -16, -44, 0, 92, -38, 66, -32, 73, -59, -139, -27, 22, 39, 86, 0, -81, 60, -58, 41, 30, -48, -47, -12, -11, -2, -32, -31, 38, -72, -92, 12, -61, -4, 64, 33, 2, -7, -67, 11, -55, 13, 38, -38, -15, 25, -83, -8, 112, -1, -31, 5, -84, 35, 27, -33, 68, 26, 31, 14, -63, 20, 37, -55, 37, 32, -30, -74, 12, 57, -55, 63, 14, -92, 7, -75, 8, -16, 73, -1, -70, -42, -59, 58, 9, -92, 62, -4, 10, -73, 68, 57, -33, 21, -96, -61, 98, 3, -34, -73, 10, -29, -64, -26, 31, 48, -87, -63, -48, -50, 24, 57, 9, 14, 22, -108, -31, -52, -22, -11, 20, 54, 24, 9, -2, -46, 15, -4, 19, 35, 31, 84, -15, 97, -21, 47, -42, 30, 43, -49, -55, -113, 29, -56, -175, 22, -15, -65, 26, -47, -62, -49, 35, 31, -68, -90, -62, 44, -47, -42, 22, 37, 11, -134, -62, 24, -126, 39, 21, 56, 34, 27, 80, -26, -17, 21, -48, -41, -11, -58, -200, 20, -88, -115, -152, 59, -26, 3, 10, 38, 36, -59, 57, -41, -54, -78, -19, -64, 13, 49, -98, 23, 22, -12, -130, -24, -65, 11, 57, -64, -26, -92, -49, -34, 25, -52, 20, 51, -65, 16, 45, -50, 62, -68, 67, -29, 11, -2, -56, -62, -26, 30, 49, -38, -74, 78, -42, 24, -47, -124, -53, 4, -45, 11, -113, -67, -4, -42, -42, -20, -22, -109, -52, -88, -32, 43, -45, -74, -35, -122, -42, -50, -1, -21, 24, 13, -44, -3, 45, 6, -97, 20, 50, 24, 57, -59, -2, 21, 10, -36, 78, -52, -32, 25, -24, -59, 42, 96, -61, 153, 75, -77, -1, -21, -123, -28, 47, 18, 34, 32, -7, -52, 17, -2, 24, 15, -1, -63, -28, 47, 41, 39, 24, -52, -48, -59, -2, 34, 22, 26, -5, 90, -25, -79, -70, -45, 54, -74, -9, -68, 36, 0, -77, 9, -81, -90, -55, -75, 33, -166, 9, 11, -53, -78, 49, 122, 48, -42, 42, -93, -76, 83, -45, 68, -3, 20, -35, -27, 43, -30, -112, -32, -18, -52, -52, 10, -77, 45, -74, -26, -13, 24, 11, -60, 1, -49, -59, 41, -65, 14, -53, -26, -3, -74, -55, -75, -17, -5, -17, 52, -44, -18, 21, 37, -43, -22, -80, -55, -74, 20, 37, -109, -88, -40, -24, 72, -25, -21, 24, 25, -89, -62, 53, 7, 67, -56, -28, 39, -99, -81, -57, -60, -16, -27, 66, -25, 0, -32, -54, 14, -3, -32, 45, 21, 13, 30, -102, -72, 24, -65, -81, -85, -47, 62, 30, 44, -11, 15, 69, -74, 50, -40, -30, -41, 47, 32, 44, -9, -62, -93, -27, 41, -20, 59, 17, -25, 34, -129, -62, 24, 24, -63, -3, -25, -69, -118, -21, 110, -61, 34, 26, 20, 19, -53, -23, 26, -19, 20, -25, -28, 57, 6, -68, 78, 49, 142, 45, 20, 36, -33, 5, -38, -112, 52, 2, -12, 31, -14, -3, 5, 4, -65, -29, 1, 33, -24, -40, -40, -60, -19, -34, 48, 55, 22, 61, -42, -34, -101, -97, -38, -62, -31, -160, 133, -5, 103, 25, 36, -29, 22, -81, 22, 36, 39, 71, 20, -62, -55, -88, 53, 38, 44, 28, 25, 25, 25, 25, 23, -47, -48, -34, -28, 57, 2, -39, 50, 20, -90, -45, -31, -108, 17, -38, -135, -8, 41, -48, -40, -94, 7, -37, 44, -34, -44, -66, -66, 74, -94, 91, -89, 57, -75, -19, -111, 1, 45, -72, 22, -45, -50, -24, 29, -127, -61, -22, 6, -30, 33, 17, -71, -31, -111, -24, -35, -63, -48, -63, 14, -55, 28, -54, -45, 5, 22, 20, 29, 51, 57, -19, 49, -51, -3, -72, -49, -38, -83, 15, -14, -16, -42, -71, -51, 21, 21, 27, -58, -60, -59, -36, -152, -15, -54, -11, -49, -120, 11, -42, -27, 10, 41, 16, -35, 31, -54, -42, -89, -28, 8, 44, 20, -19, 11, -30, 8, -34, -47, 27, -4, 20, -58, 42, -33, -14, -48, 51, -29, 20, 23, 30, 57, -31, 5, 1, 13, -79, -47, 20, -69, -68, 66, 71, 58, -55, -74, -49, -71, -68, -24, -47, 19, -18, -22, -78, -88, -71, -75, -2, -97, 8, -46, -21, -4, 49, -12, -80, -115, 37, -26, -17, -74, 10, -46, 11, 43, -103, 54, 46, -63, -36, -39, -45, -91, -109, -45, 50, 21, -81, 48, 0, -60, -7, -103, -208, 4, 1, -78, -48, -18, -37, -54, 36, 12, -38, 27, -9, -34, 58, 58, 26, -109, -27, -17, -4, 54, -46, 15, -29, 65, -7, 44, 30, 31, -72, 20, 18, -41, 32, -83, -12, -5, -127, 31, -61, 37, -74, -41, 6, -2, -76, 15, 79, 5, -63, -1, -115, -58, -99, -75, -82, -90, 69, -7, -118, -23, 33, -13, -34, 35, -104, -22, 34, 40, -82, 40, -96, -135, -2, -1, -44, -31, 25, -11, -54, -21, 84, -2, 24, -35, 25, -67, -15, 12, 0, -27, 32, -38, -23, -75, -97, -14, 13, 10, 27, -86, -71, -63, -23, -92, 77, 39, -87, 45, 39, -11, 7, -49, -65, 42, -29, -40, 28, -9, -49, -77, -135, -29, 30, -24, 10, -72, -56, -5, -38, -80, 61, 61, -33, -16, 54, 11, 15, 36, 93, -101, -101, 27, -91, 74, -24, 52, -104, -75, 20, 36, -50, 50, 11, -57, 55, -28, 11, -32, -49, -57, -1, 70, -44, 34, 40, 36, 40, -48, 27, -46, -57, -52, -26, -31, -60, 21, -69, 37, 60, -50, -50, 29, 107, 29, 4, 22, -44, -20, -97, -41, 13, 14, 40, -33, 44, 39, -21, -11, -54, -20, -63, -17, -88, -27, 49, -63, 28, -29, -88, 21, -63, -16, 52, -21, -27, -73, 11, 6, 19, 98, -123, 8, -2, 23, 41, -85, -57, -6, 48, 66, 84, 46, -3, 28, -116, -99, 7, -49, 1, -39, -70, -70, 13, -97, -70, -24, -21, -107, -91, 40, 33, -32, -28, -32, -33, -43, 31, -59, 21, 41, 49, 22, 43, -85, -23, -31, 7, 11, 56, -66, -112, -51, 0, 10, 27, -63, 49, -50, 14, 1, -57, 37, -17, -110, -9, 0, 101, 33, -38, 21, -15, -14, 28, -62, -68, -51, -40, -71, 2, 36, 38, 27, 20, 27, -33, -26, -33, -33, -133, -48, 43, 55, -25, -23, 20, 26, 82, 47, 1, -53, 21, -19, -86, 30, -99, -14, -26, -38, -47, -3, -22, 10, -15, -18, 1, 21, -62, -146, -97, 6, -134, -43, 62, -138, -75, -51, -6, -26, -56, -35, 12, -69, -43, 30, -172, 57, -66, 2, -85, 31, -20, 33, 25, 24, -98, -78, 19, -63, -64, -62, -21, 41, -7, 41, -29, 48, -43, -73, -32, -102, 71, -60, -48, -48, 3, -47, -80, 5, -92, 111, 25, 55, 34, 36, 57, 34, 16, 49, -22, 24, 24, 69, -55, -38, -50, -40, -19, 46, -48, -50, -48, -60, -29, -60, -45, 45, -41, -96, -11, 52, 19, -31, -58, -34, 41, -57, -12, -40, 32, 78, -110, 4, 37, -64, 1, -67, -29, 44, 23, 73, 17, 51, -17, 31, -40, 72, 68, 28, -34, 13, -154, -5, -20, 87, -3, 19, 40, 56, -76, 43, 24, 37, -30, -127, -121, 60, -16, -99, -50, 23, 63, -5, -20, -28, -41, -113, -100, -31, 21, -40, 3, -8, 42, -65, 0, -113, -73, 14, 26, -101, -65, -24, -3, 21, -43, -14, -41, -81, -1, 56, -144, -58, -38, 60, 26, 40, -92, 77, 42, -30, -23, 4, -58, 15, -48, 25, 28, -100, 65, -71, 29, -133, -113, -64, 5, 34, 48, 22, -51, -11, -34, -20, -16, -52, -21, -104, -24, 67, -92, 1, -30, 56, -11, -94, 50, 33, -63, -35, -131, -55, 15, -94, -73, 47, -35, -24, -29, -27, -74, -47, -81, 60, -62, 3, -77, -89, 13, -64, -91, -60, 9, 29, 64, 21, -11, -44, -61, -111, 29, -21, -21, 49, 76, 23, -94, -56, -48, 27, -61, 6, -126, 13, -89, 55, 38, 21, 21, 47, 55, -100, 45, 10, -69, -73, -73, 16, -48, 29, 95, -49, -1, -3, -96, -87, -48, 9, -71, -74, -49, -9, 22, -38, -14, -41, -55, -11, -57, -31, -5, -13, -25, 13, -88, -75, 20, -57, -66, 38, 34, -95, 89, -94, -24, -11, 72, 58, 0, 7, 11, -9, -117, -11, -9, -38, -73, 27, 22, -12, -20, -141, 88, -74, -67, 20, -79, 8, 89, -25, 46, -27, -59, -31, -61, -23, -117, 11, 36, 22, 42, -62, -58, -37, -1, 43, 9, -92, -122, -66, -67, -45, 58, -93, -13, -14, 53, -31, -110, -79, -82, 85, -69, -24, 20, 21, -95, -68, 12, -106, 23, -5, -9, -84, -16, 21, 8, -8, -35, -63, 44, -115, 23, 40, -79, -60, 55, 41, -106, 65, 23, 43, -41, 61, 50, -18, 44, -38, 5, -5, 20, 53, 20, -89, -95, -65, -45, -45, -20, -69, 83, 73, 88, -21, -30, -32, 48, 132, 43, -82, 112, 21, 33, 48, -61, 1, -9, -124, -57, -50, 30, 67, 47, -9, 57, -38, 40, -57, -4, -31, 70, 1, 53, 6, 27, 53, 59, -21, 20, -63, -41, -24, -76, 8, -5, 1, -94, -38, 27, 14, -62, -63, 79, -102, 26, -42, 40, 11, 14, -66, -29, -52, -61, -141, -61, -44, -49, 36, 25, -28, 12, 47, -88, -52, -7, -62, 17, -56, -43, -105, -112, -100, -53, -50, 8, -61, -27, 13, -68, -3, 11, 52, 62, 47, -46, 57, -5, -26, -49, -7, 21, 7, -7, -69, -17, -36, -50, -63, 54, -59, -85, 37, 43, -51, -4, -37, -2, -42, 64, 59, 36, -45, 38, 0, -6, 1, -45, -81, -86, -10, 21, 0, -48, -49, 21, -46, 43, 72, 83, -57, -33, -8, 29, -53, -72, -44, -22, 80, -2, -80, 4, 12, -75, 38, -53, -31, -22, -60, -128, -59, -53, 38, 30, -43, -42, -59, -27, 32, -34, -55, -26, 50, -39, 18, -18, -9, -30, -76, -109, -68, -40, -64, -22, 48, -90, -22, -17, 13, -30, 0, 23, 11, -2, -138, -40, -24, -92, 69, -25, 70, 70, -14, 15, 70, -33, 17, 23, -67, 15, -57, 8, 43, 24, -25, -89, 19, -64, 40, -43, -2, 16, 27, -39, -74, 31, 7, -23, -79, -23, -39, -51, 20, -41, 4, -87, -60, -36, -16, 12, -6, 11, 4, 37, -69, -54, -71, -26],
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-50, -45, -17, -10, -28, -69, -10, -19],
    classWeights: [0, -46, 14, -23, -70, 0, -56, -113, -19, 23, -18, -6, 0, -7, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -9, -19, -19, -8, -20, 17, -10, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, -62, -11, -38, -62, -48, 61, -65, -60, -19, 20, -17, -17, -19, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -18, 0, -17, 0, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, 42, -35, -21, -15, -28, -44, -20, -20, 23, -21, -28, -29, -21, -25, -21, 0, -25, 0, 0, 0, 51, -39, -24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -51, 40, -45, -35, -40, -31, -35, -43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, 0, -10, -39, 0, -45, -42, 49, -20, 20, -18, -12, -19, -20, -21, -16, -20, -20, -20, -19, -20, -20, -20, 20, -19, -20, -19, -19, -19, 20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 21, -20, -7, -19, -22, -19, -46, -30, 0, -20, 0, -32, -52, 18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -53, 20, 0, 0, -9, -9, -14, -10, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -12, -12, -20, -20, -20, 20, -19, -75, 41, -58, -55, -43, -40, -53, -20, -18, -20, -18, -18, -20, 20, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -24, -25, -24, -22, -22, 24, -29, 24, -23, -21, -21, -15, -20, -25, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -10, -40, -40, -42, -30, -29, 16, -40, -20, -20, -20, -20, -21, -20, 20, -20, -41, -46, -30, 34, -25, -60, 9, -40, 0, 0, 0, 0, 0, 0, 0, 0, -22, -28, -29, -23, -22, -31, -25, 24, -8, 0, 0, 29, 0, -8, -16, 0, -20, 0, -41, -39, -30, -24, 7, -35, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, -34, -22, -20, -20, -19, -22, 22, -25, -7, -9, 0, -19, 0, -18, 19, 0, -19, 20, -20, -19, -18, -20, -20, -17, 0, 0, 0, 0, 0, 0, 0, 0, 21, 0, 0, -6, 0, -19, -20, -5, 20, -19, -9, -18, 0, -10, -20, -9, -19, -16, -11, -7, 0, -8, 23, -13, -20, -38, -26, -19, -6, -21, -17, 22, -20, -39, -20, -20, -20, -22, -21, 28, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -34, -20, -20, 21, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, 20, -20, -18, -20, -20, -20, -20, -20, -20, -19, -15, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -39, -34, -18, -27, 27, -35, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 53, -29, -13, -24, -29, -33, -7, 0, 0, 0, 0, 0, 0, 0, 0, -21, -22, 22, -39, -23, 0, -24, -26, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -19, 20, -20, -20, -20, -19, -19, -18, -19, -16, -19, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -25, -10, -20, -21, -21, -20, 22, -51, -30, -35, -71, -21, -9, 18, -43, 0, 0, 0, 0, 0, -11, 13, 0, -28, -21, -21, -30, -24, -20, 22, -20, 0, 0, 0, 0, 0, -6, 11, 0, -8, 0, 0, 0, 0, -10, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, 0, 19, -19, 0, -20, -20, -20, -15, -15, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 29, -51, -79, -82, -49, -35, 0, -48, -50, 0, -17, 0, -70, -89, 0, -78, 0, 0, 0, 0, 0, 0, 0, 0, -22, -18, -9, -22, 0, 20, -20, -20, 24, -39, -48, -25, -46, -61, -52, -14, 0, 23, 0, 0, 0, 0, -10, -5, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -16, -10, -18, 21, -21, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, 0, -6, 0, 0, -19, 21, 0, -39, 27, -51, -22, -50, -20, 8, -21, 0, 0, 0, 0, 0, 0, 0, 0, -38, -21, -24, -6, -9, -35, 47, 0, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, 0, -6, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, -51, 32, -35, -40, -53, -34, -44, -31, 0, 0, 0, 0, 0, 0, 0, 0, -20, 29, -27, -10, -31, -24, -29, -34, -20, 20, -15, -19, -19, -19, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -19, -20, 20, -20, -20, -60, -33, -61, -34, -34, 23, -47, -53, -73, -77, -66, -62, -26, 47, -44, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -21, -19, -15, 21, -22, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -47, -47, 41, -7, 0, -11, -41, -38, 0, 0, -6, 0, 0, 12, 0, 0, -33, -22, -23, -47, -46, 25, -54, -11, 0, -46, -42, -35, -41, -25, 23, -28, -39, -23, 18, -42, -37, -45, -51, 15, -20, -20, -15, -20, 20, -20, -20, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -31, -26, -28, -33, -24, 23, -22, -43, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -20, -20, -20, 20, -20, -20, -16, -20, -20, -20, -71, -65, 36, -59, -47, -77, -28, -32, 20, -20, -18, -19, 9, 0, -20, -47, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, 20, -20, -18, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -55, -47, -7, -54, -73, 38, -49, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -39, 15, -21, -20, -19, -20, -22, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, -23, 19, -5, -8, -17, -19, -33, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -19, -18, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -20, 20, -25, -39, -21, -20, -22, -21, 21, -22, -21, -27, -21, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -18, -17, -20, 21, -21, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, -24, -24, -23, -24, -28, -29, 26, -22, -28, 24, -37, -35, -23, -23, -24, -20, -27, -14, -20, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -23, -20, -31, 25, -35, -32, -26, -22, -20, -16, -28, -23, -21, -26, 19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -41, -21, -23, -22, -24, -42, 35, -21, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -20, -20, -21, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -62, -25, -41, 0, -52, -45, 0, -39, -25, -53, -45, -37, 50, -53, -54, -41, 0, 0, 0, 0, 0, 0, 0, 0, -18, 21, -20, 0, 0, -29, -20, -38, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, 20, -20, -18, -20, -20, -20, 17, -21, -22, -20, 0, -17, -20, -26, -20, -19, -12, -12, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -36, -43, -36, -37, 44, -27, -25, -37, -70, -44, -55, -53, -43, -14, 35, -28, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -25, -15, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -5, 0, 0, 41, -28, 0, 17, -21, -22, -20, 0, -17, -20, -26, 0, 35, -40, -25, -44, -21, -59, -33, -20, -20, -19, -9, 0, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -35, -32, -35, -33, -31, -36, 33, -34, -19, -20, 20, -20, -18, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -50, -23, -24, -20, -24, 0, 9, -16, 0, -45, -26, -29, -32, -66, -28, 16, -20, -19, -19, -17, -17, -20, 20, -20, -6, -40, -31, -10, -19, 38, -49, -37, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -36, 0, -27, 20, -33, -20, -40, -20, -22, -30, -23, -22, -22, -23, 24, -21, -24, 29, -29, -27, -26, -24, -30, -25, -20, -19, -12, -12, -20, -20, -20, 20, -26, -39, -20, -26, -21, 15, -40, 0, -18, -16, -13, -16, -16, -20, -20, 20, -5, 23, 0, 0, -18, 0, -23, -7, -32, 23, -29, -26, -22, -32, -14, -25, -40, -33, 23, -38, -32, -27, -21, -25, 0, 0, 0, 0, 0, 0, 0, 0, -27, 27, -25, -24, -24, -27, -28, -26, -26, 27, -25, -20, -26, -37, -26, -21, 0, 0, 0, 0, 0, 0, 0, 0, -12, 20, -13, 0, -19, -8, -20, -16, -23, 23, -21, -21, -26, -20, -52, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -20, -20, -25, -20, -23, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -16, -20, -35, -13, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -59, -49, -26, -31, 25, -22, -22, 23, -20, -26, -20, -28, -51, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, 0, 0, 0, 18, -8, -6, 0, -5, 0, -12, 0, 0, 15, 0, 20, 0, 0, 0, -10, -20, -19, -20, -16, -14, 0, -13, 21, -16, -12, -21, -20, -20, 0, 0, -13, -19, 0, 20, -40, -42, -35, -34, -29, -33, 41, -36, -19, -20, -19, -19, -19, 20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, -12, 20, 0, 0, -29, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, -39, -38, -20, -7, 43, -40, -36, 0, -15, 0, 20, 0, -12, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -19, -18, -17, -20, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -19, -6, -18, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -6, -19, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -9, 0, -21, -20, -19, -15, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -49, 70, -73, -73, -26, -42, -24, -30, 0, 0, 0, 0, 0, 0, 0, 0, -28, 28, -26, -25, -27, -15, -28, -26, -20, -20, -20, -15, -15, 20, -20, -20, -17, 21, 0, -5, -18, -18, -21, -11, -26, -23, -21, -25, 23, -23, -27, -23, -20, -27, 23, -21, -19, -28, -26, -20, 0, 0, 0, 0, 0, 0, 0, 0, -37, -41, -22, -21, -21, -49, -21, 24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, -23, 21, -38, -29, -27, -38, -20, -16, 0, 0, 0, 0, 0, 0, 0, 0, -20, 27, -29, -20, -21, -18, -31, -18, 0, 0, 0, 0, 0, 0, 0, 0, -14, 25, -18, -11, -22, -16, -24, -7, -10, 25, -5, 0, -18, -24, -34, -35, -34, 33, -30, -30, -30, -34, -37, -29, -33, 31, -30, -27, -24, -29, -32, -32, -19, -19, -12, -13, -10, -19, 20, -20, 0, -21, -18, -13, -10, 19, -33, -19, 0, 0, 0, 0, 0, 0, 0, 0, -27, 5, -23, -32, -25, -25, -44, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, 22, -11, -10, -21, -18, -23, -9, -20, 20, -20, -14, -16, -20, -20, -13, -37, 34, -25, -20, -24, -21, -38, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, 0, -24, -53, -45, 0, -14, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -17, -17, -26, -17, 20, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, -79, 41, -55, -67, -71, -75, -15, -42, 0, 0, 0, 0, 0, 0, 0, 0, -32, 33, -17, -16, -30, -21, -38, -19, -22, -23, -20, -21, -19, -21, -20, 20, -42, -23, -30, -29, -20, -18, -26, 24, -49, -33, -14, -7, 0, -15, 51, -10, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -9, 0, 20, -20, -23, -22, -20, -20, -20, -20, -20, -20, -20, 20, 22, 0, 0, 0, 0, -19, -18, -11, 0, 0, 0, 0, 0, 0, 0, 0, 33, -30, -24, -6, 0, 0, -35, -7, -40, 37, -40, -30, -37, -37, -31, -31, 0, 0, 0, 0, 0, 0, 0, 0, -5, -18, 18, 0, 0, -27, 0, 19, 0, 0, 0, 0, 0, 0, 0, 0, 20, -22, -21, -19, -17, -20, -20, -19, 43, -43, -30, -45, -43, -41, -40, -43, -32, -21, -21, -20, -19, -20, 21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 9, -21, -33, -37, -9, -53, 0, -42, 0, -20, -19, -15, -8, -20, 20, -20, 21, -23, -22, -44, -12, -20, -21, -20, -19, -16, -11, -7, 0, -8, 23, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -61, -45, -55, -42, -29, -63, 37, 0, -21, -21, -21, -20, -20, -20, 21, -23, -35, -37, -27, -45, -43, 40, -38, -33, -20, -20, 20, -20, -20, -20, -20, -20, -39, -28, 34, -32, -48, -35, -51, -23, 22, -60, -36, -38, -54, -41, 0, -45, 0, 0, 0, 0, 0, 0, 0, 0, -37, -25, -22, -23, -21, -21, 32, -20, -28, -27, -40, -27, -37, -39, 32, -30, 0, 0, 0, 0, 0, 0, 0, 0, -20, -15, -12, 0, 0, -20, 20, -20, -15, -28, -11, 0, 0, 26, -6, 0, -41, -52, -47, -51, -21, -14, -36, 6, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -20, -20, -20, -20, 21, -20, -21, 21, -20, -21, -21, -21, -21, -22, -20, -20, -20, -20, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -19, -18, -16, -18, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, 0, 23, 0, -5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -59, 32, -7, 0, -69, -47, -47, -44, -11, -24, -24, -21, -21, -27, 24, -29, 0, 0, 0, 0, 0, 0, 0, 0, -36, -24, -26, -30, 0, -29, -32, 8, -62, 0, -27, -100, -61, 16, -17, -81, 0, 0, 0, 0, 0, 0, 0, 0, -13, -14, 0, -16, -15, 21, -19, -23, 0, 0, 0, 0, 0, 0, 0, 0, -40, -40, -51, -51, 0, -24, -9, 9, -20, -20, -20, -20, -6, -20, 20, -19, -20, -20, 20, -20, -20, -20, -20, -20, -20, -20, -20, -17, -19, -20, 20, -20, -23, 0, -36, -34, -40, -41, -42, 16, -20, -21, -20, -20, 0, 0, 20, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -19, -20, -20, -21, -21, 20, -19, -20, -8, -15, 0, 20, -17, -20, -17, -20, -9, -7, -20, -20, -15, 21, -47, 0, -47, -74, -40, -63, -16, -47, 0, 0, 0, 0, 0, 0, 0, 0, -14, -13, 0, 0, 0, 0, 30, 0, -22, 23, -7, 0, 0, -14, -22, 0, -23, 0, -32, -38, -19, -56, 0, -40, -49, -27, -26, -94, -84, -72, -7, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -23, -17, -40, -39, -40, -19, -20, -18, -19, -20, -19, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -10, -43, -39, 19, -20, -40, -10, -39, -40, -44, -37, -27, -36, -20, 0, 18, -20, -20, -17, -18, -17, -20, 20, -19, -20, -20, -7, -18, -6, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -24, -29, -20, -28, -30, 0, -20, 23, -40, -35, -21, -35, -20, 39, -41, -40, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -75, -77, -40, -15, -26, -58, 0, -7, -9, 0, -19, 0, -18, 19, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -39, -27, -55, -48, -33, 19, -5, -35, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -17, -20, -20, -20, -21, 21, -20, -20, -19, -19, -20, -20, 20, -20, -18, -20, -14, -17, 20, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 7, -13, -78, -103, -87, 0, -13, -31, -39, 46, -24, -30, -39, -40, -46, -42, -25, 20, -20, -19, -16, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -23, -22, -21, 21, -21, -21, -21, -21, 19, -22, 0, 0, 0, -24, -19, 0, -42, -22, -20, -19, -35, 22, -27, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -16, -14, -6, -17, 20, -19, 0, 0, -8, 0, 0, 19, -19, 0, 0, 0, -8, 0, 0, 19, -19, 0, -21, -20, -20, -21, -20, 21, -22, -21, 30, -18, -26, -8, -6, -18, -30, -15, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -17, -17, -19, -20, -20, -19, -19, 20, -20, -19, -18, -20, -20, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -23, -22, -21, -22, 22, -22, 21, -22, -18, -20, -15, -19, -20, -11, -17, -20, -19, -17, -17, -20, -19, 20, -24, -31, -20, -21, -21, -39, -34, 28, -22, -20, -19, -21, 0, -23, 21, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, 20, -20, -20, -20, -20, -20, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -20, -20, -20, -17, -19, 20, -20, -18, -20, -20, -20, -17, -19, 20, -20, -19, -20, -19, -19, 0, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -9, -19, -19, -7, -20, 17, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -20, -20, -20, -19, 34, -28, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, 24, -22, -17, -17, -15, -25, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, -20, -21, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -27, 23, -21, -19, -28, -26, -20, 0, -11, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -27, 23, -21, -19, -28, -26, -20, -19, -21, 22, -17, -19, -22, -22, -25, -42, -24, -40, -28, 34, -51, -48, -36, -20, -20, -20, -19, -20, 20, -20, -20, 0, -14, 0, 0, 0, -20, 0, 20, -22, -21, -23, -21, -21, -22, 22, -26, 0, 0, 0, 0, 0, 0, 0, 0, -11, -7, 0, -6, 21, -11, 0, -20, -19, -20, -15, -14, -20, -20, -18, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, -26, -36, -28, -23, 19, -39, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -23, -25, -18, 0, 28, -8, -26, -16, -20, -14, -19, -20, -20, -21, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -9, -19, -9, 21, -12, -18, -34, -16, 0, -30, -7, 40, -23, -35, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -20, -20, -19, -20, -22, -22, -21, -8, 0, -8, 0, 29, -14, -15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 23, -7, 0, 0, -14, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -11, -20, -20, -20, -20, -24, -19, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -18, 20, -20, -19, -20, -22, 21, -20, -20, -21, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 20, -9, -17, -19, -18, -14, -19, 0, -19, 0, -11, -17, -20, -17, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, -35, -31, -30, -37, -25, 0, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -20, -20, -23, -22, -22, -30, -22, -23, -8, 24, -25, -24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -17, -13, -11, -8, -20, -20, -12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, 20, -19, -20, -32, 0, -27, 20, -22, -23, -26, -20, -20, -20, -20, -20, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, 0, 0, -15, -20, -20, -13, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -20, -20, -20, -20, 20, -16, -20, -7, -7, -20, -20, -13, 21, -20, 20, -20, -20, -20, -20, -20, -20, -18, -22, -6, -6, 0, -9, 24, 0, -21, -20, -21, -20, -20, -20, 20, -20, -19, -24, -10, -10, -6, -19, 21, -19, 0, -10, -11, 0, 0, 21, 0, -18, -19, -20, -19, -19, -19, 20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -30, -33, -29, -27, -24, 31, -36, -31, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -20, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, 20, 0, -20, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, -20, -22, -23, -19, -12, -32, 23, -20, -19, 20, -17, -17, -19, -20, -20, -19, -22, 37, -18, -9, -32, -34, -39, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -15, 0, -6, 0, 29, 0, -23, -20, -20, -20, -28, -19, 23, -20, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -41, -28, -33, -21, 36, -41, -28, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, -20, -20, 20, -9, 0, 0, 0, 0, 12, 0, 0, -34, -37, -42, 45, -22, -55, -27, -27, -31, 12, -13, -23, -30, -45, 7, -20, -5, -17, -13, -10, 0, -23, -16, 23, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, -8, 0, 0, 19, -19, 0, -20, -20, -20, -9, -15, -20, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, -10, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -8, 0, -14, 0, 0, 21, -11, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -9, -15, -20, 20, -19, 9, -21, -18, 0, -12, -23, -9, -24, 0, 11, 0, 0, 0, 0, -11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 34, -40, -39, -26, -21, -40, -21, -24, 35, -17, -7, 0, -25, -30, -38, -24, -20, -20, -20, -17, -18, 20, -20, -20, 19, -5, -8, -12, 0, -17, -14, -18, -20, 0, 0, 0, 0, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -22, -26, -22, -24, -22, 23, -31, 23, -18, -18, -19, -11, -19, -23, -13, -52, -45, -43, -44, -44, -42, 52, -35, 0, -15, 0, -6, 0, 29, 0, -23, 35, -12, 0, 0, 0, -16, -33, -8, -20, 20, -9, -14, -19, -20, -19, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 20, -20, -21, -13, -20, -20, -20, -20, -19, -20, -19, -19, -20, 20, -18, -14, -9, 0, -21, -20, -19, -15, 21, -20, -20, -19, -16, -19, -20, 20, -20, -20, -20, -19, -18, -6, -20, 20, -19, -20, -20, -19, -18, -6, -20, 20, -19, -21, -20, -20, -21, -20, 21, -21, -25, -25, -21, -19, -40, -20, -21, -21, 21, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, 20, 0, 0, -8, -15, -20, 0, -22, 21, -21, -21, -21, -21, -22, -21, -19, -24, -10, -10, -6, -19, 21, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -19, -20, -35, -21, -20, 21, -20, -20, 20, -9, -20, 0, -19, -40, -20, -23, 22, -19, -20, -21, -20, -22, -21, -20, -20, -20, -19, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 17, -21, -22, -20, 0, -17, -20, -26, -43, 20, -20, -20, -19, -20, -20, -20, 20, -20, -20, -20, -20, -20, -23, -22, 20, -18, 0, -17, 0, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, 25, -19, -24, -31, -20, -28, -17, 0, 0, 0, 0, 0, 12, 0, 0, -12, -20, -18, -15, -12, 20, -18, -19, -20, -20, -9, -19, -9, 21, -12, -18, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -13, -45, -41, -55, -33, -50, 17, -59, 0, 0, 0, 0, 0, 0, 9, 0, 25, -5, 0, 0, 0, -22, -7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, -20, 20, -20, -21, -20, -20, -20, -20, -20, 33, -20, -21, -27, -36, -45, -33, -18, 20, 0, 0, -8, -15, -20, 0, 0, 6, 0, 0, 0, -6, 0, 0, -17, 40, -14, 0, 0, -17, -5, 0, -19, 20, 0, 0, -15, -20, -20, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -21, -21, -21, -21, -22, -20, -56, 53, -55, -43, -66, -43, -47, -46, -34, 22, -20, -20, -10, -20, -21, -26, -24, 26, -28, -27, -31, -22, -26, -24, -20, 23, -21, -28, -29, -21, -25, -21, -19, 20, -20, -18, -16, -14, -20, -15, 0, 0, 0, 0, 0, 0, 0, 0, 20, -13, 0, -11, -8, -20, -20, -13, -20, -13, 0, 0, 0, -18, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -18, -18, -19, -28, 21, -23, -27, -26, -28, -23, -23, -24, 24, -24, -20, -20, 20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 10, -42, -23, -39, -34, -42, -27, 8, -19, 20, -15, 0, -8, -13, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -21, -19, -15, 21, -22, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -25, -16, -20, 0, -5, 25, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -11, -19, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, -26, -27, -23, -26, -26, 25, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, -15, 0, 20, 0, -12, 0, -20, 0, -20, -20, -21, -19, -20, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -21, -18, -20, -21, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -14, -17, -19, -19, -20, -20, -12, 20, -13, 0, -19, -8, -20, -16, -21, 0, -20, -20, -20, -21, -37, 7, 32, -20, -22, -21, 0, -33, -20, -28, 0, -7, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -20, -19, -21, 0, -23, 21, -18, -22, -20, -19, -21, 0, -23, 21, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -20, -20, -41, -8, 43, -19, -9, -33, -44, -26, 0, 0, 0, 0, 0, 0, 0, 0, 33, -41, -40, -19, -20, -33, -30, -18, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 0, -14, 0, 37, -24, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, -22, 21, -20, -20, -21, -20, -21, -20, -20, -20, 20, -20, -20, -20, -21, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -5, 0, 0, -10, -16, 0, 21, 0, 0, 0, 0, 0, 0, 0, 0, -11, -7, 0, -6, 21, -11, 0, -20, -51, 40, -45, -35, -40, -31, -35, -43, -48, -5, -42, -39, -33, -22, 6, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, -24, -32, 24, -7, -18, -23, -48, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, -23, -10, -12, -25, 0, -12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -20, -19, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, 0, 29, 0, -8, -16, 0, 63, -48, -63, -61, -50, -41, -52, -40, -32, 22, -23, -22, -23, -24, -22, -23, -18, 20, -20, 0, -13, -20, -20, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, -35, -43, -25, -25, -24, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -13, -10, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -6, -6, -13, 20, -24, -20, -20, -20, -6, -6, -13, 20, -24, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -44, 43, -27, -25, -21, -35, -42, -9, 6, 0, 0, 0, 0, -6, 0, 0, -19, -19, -12, -13, -10, -19, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -21, -11, 0, -12, -19, 21, -20, 20, -18, -16, -14, -12, -20, -20, -15, -26, -21, -21, -29, -23, -21, 22, -23, -11, 29, -13, -14, -6, 0, -24, -13, 20, 0, 0, 0, 0, -20, -20, 0, -20, -25, -15, -16, -7, -24, 28, -31, -20, -20, -20, -20, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 9, 0, 22, 0, 0, 0, 0, 0, -22, 0, -20, -24, -12, -17, -6, -16, 23, -18, -27, -25, -23, -29, -23, -21, 26, -39, -43, -43, -17, -45, -24, 0, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, -19, 0, 10, 0, 0, 0, 0, 0, 0, 0, -9, -14, 0, 0, 0, 22, 0, -19, 21, -19, -17, -10, -21, -21, -19, -26, 30, -36, -24, -18, -29, -31, -28, -20, -20, -18, -19, -6, -18, 20, -20, -20, -21, -18, -20, -19, 21, -24, -20, -20, -20, -20, -17, -19, -20, 20, -20, -19, -20, -11, -10, -12, 20, -20, -18, -19, -19, -18, -5, -12, 20, -20, -20, -10, -20, 0, -23, -14, 28, -10, -26, -20, -20, -5, -20, -20, -20, -10, 20, 0, -20, 0, -27, 20, -27, -40, -20, -13, -20, 0, -20, -17, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -20, -14, -17, 20, -19, -20, -20, -20, -20, -16, -15, 20, -20, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 18, 0, -18, -24, -23, -14, -9, -9, -13, 30, 0, -20, -20, -21, -21, -20, -21, 20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -15, -8, -20, 20, -20, 20, -20, -20, -19, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -11, -20, -20, -20, 0, -19, 0, -11, -17, -20, -17, 20, 20, 0, -12, 0, 0, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -5, -8, 0, -13, 23, -6, 0, -18, 0, -5, 0, -9, 21, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -17, -6, -19, 0, -23, 22, -20, -22, -22, -22, -21, -21, -24, -22, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -21, -19, -18, -5, -37, 36, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, -25, -27, -17, -23, -21, 23, -21, 0, -20, -39, -17, -22, 22, -21, -29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -14, 0, -7, 0, -8, 35, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -18, -20, 20, -20, 20, -20, -20, -13, -10, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -20, -20, -19, -20, -19, -19, -19, 20, -19, -20, -22, -42, -27, -41, -35, -31, 35, -33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -26, -24, -20, -22, -23, 24, -15, -21, -27, -23, -20, -19, -21, 24, -10, -20, -20, 20, -20, -20, -20, -21, -22, -17, -20, -19, -17, -17, -20, -19, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -16, -19, 20, -20, -20, -20, 19, -5, 0, 0, 0, -15, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 23, -19, -11, -14, -17, -39, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, -19, -12, 0, -19, 0, -22, -27, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, 0, 0, 0, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 46, -43, -29, -33, -16, -42, -37, -41, 46, -43, -29, -33, -16, -42, -37, -41, -21, -23, -18, -39, -40, 9, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -12, -20, -20, -20, -20, 20, -20, -20, -20, -20, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, -5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -31, -32, -29, -52, -32, -36, 29, -19, -20, -19, -18, 20, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 25, -55, -36, -63, -34, -65, -24, -32, -20, -20, -20, -20, 20, -20, -20, -20, 20, -20, -20, -19, -18, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -27, -18, 23, -20, -40, -34, -21, -21, -20, 0, -40, -30, 20, -18, -20, -14, -17, 20, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -19, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -20, -14, -17, 20, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 23, -40, -15, -19, -22, -23, -22, -23, 23, -30, 0, -6, 0, -21, -14, -23, 0, 0, 0, 0, 0, 19, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, -12, -20, -18, -15, -12, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, 0, 0, 0, -18, -34, -18, -40, 20, -20, -20, -13, -10, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -15, -20, 20, -20, -20, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 22, -11, -10, -21, -18, -23, -9, -20, -19, -20, -19, -20, -17, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, -10, -20, -19, -20, -19, -20, -15, -14, -20, -20, -18, 20, 20, 0, -12, 0, 0, 0, -19, 0, 20, 0, -12, 0, 0, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, 0, 0, 0, -19, 20, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -31, 20, -20, -20, -14, -19, -20, -16, -20, -20, -20, -21, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, 0, 19, -19, 0, 36, -41, -36, -22, -20, -42, -30, -28, 21, -37, 0, -16, 0, -27, -20, -19, 0, 0, -6, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 38, -28, 0, -20, -20, -20, -17, -14, 20, -20, -17, -39, -8, 0, -7, -12, -55, 37, -16, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, 20, -20, -20, -18, -18, 0, -14, 0, 20, -20, -20, -31, -28, -24, -23, -24, -29, 31, -25, -35, 44, 0, 0, -10, -28, -42, 0, 0, 0, 0, 0, 0, 41, 0, -40, -20, -20, -20, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -8, 0, -14, 0, 0, 21, -11, -23, -16, -20, -20, 0, 22, -24, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -21, -18, -20, -17, 21, -21, -20, -19, -20, 20, -20, -18, -20, -20, -20, 22, 0, 0, 0, 0, 0, -22, 0, -23, -32, -45, 7, -49, -26, 12, -27, -13, -20, 0, -20, -17, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -12, -12, -20, -20, -20, 20, -15, -26, 27, -67, -36, -56, -19, -56, -25, 0, 0, -65, -50, -44, -40, -41, -21, 20, -20, -21, -13, -20, -20, -20, -8, -18, 0, 20, 0, -16, -7, -20, 0, 0, 0, 0, 0, 0, 0, 0, -41, -23, -28, 20, -20, -21, -32, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, 44, -32, -28, -66, -77, -15, -65, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -16, -14, -17, -20, -20, -20, -33, -15, -34, -37, 0, 20, -34, -20, 23, -26, -29, -24, -33, -42, -21, -24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28, -15, -28, -34, 0, 20, -30, -20, -75, -39, -43, -35, -25, 0, 8, -36, 0, 0, 0, 0, 0, 0, 0, 0, -40, -26, -27, 31, -25, -17, -36, -21, -8, -36, -22, -33, -17, 18, -38, -41, -22, -20, -31, 24, 0, -20, -23, -44, -20, -20, -7, -18, -6, 20, -20, -20, 8, -75, -37, -26, -33, -36, -44, 24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28, -65, 31, -62, -49, 0, -27, -30, 20, -20, -20, -20, -19, -20, -20, -20, 20, 0, 0, 0, 0, -19, -20, -12, 0, 0, 0, 0, 0, 0, 0, 0, 25, -26, 0, 0, 0, -22, -27, 0, -20, 20, -42, -54, -19, -20, 19, -58, 0, 0, 0, 0, 0, 0, 0, 0, 20, -19, -18, -16, -18, -20, -20, -20, -20, 20, -20, -20, -19, -20, -20, -19, -40, -17, -26, -30, -14, 8, -24, -6, -70, -26, 41, -33, -26, -43, -29, -36, -20, -20, 20, -15, -13, 0, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -20, -18, -18, -20, 20, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, -11, 0, 20, -20, -20, -20, -20, -20, -20, -20, 19, 0, 0, 0, 0, 0, -15, 0, -12, -24, -25, -20, -7, -21, 21, -22, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 20, -20, -21, -13, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -22, -24, -22, -22, 23, -24, -20, 21, 0, 0, 0, 0, -21, -14, 0, 20, -20, -20, -15, -12, -20, -20, -19, -24, -32, -23, -25, -22, 26, -31, -29, 46, -16, -17, -23, -12, -42, -49, -24, 20, -20, -10, -10, 0, -20, 0, -14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -34, -18, -20, -20, -42, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, 0, 19, -19, 0, 0, 0, -8, 0, 0, 19, -19, 0, 0, 0, -8, 0, 0, 19, -19, 0, -19, 20, -20, -18, -16, -14, -20, -15, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -22, 21, -20, -16, -21, -21, -21, -17, -20, -19, -17, -17, -20, -19, 20, -22, -21, -23, -21, -21, -22, 22, -26, -19, -20, -17, -20, -20, -20, -21, 21, 20, -28, 0, -22, -20, 0, -32, -24, 0, -18, -77, -62, -66, 49, -62, -51, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -22, -24, 22, -20, -21, -25, 0, 0, 0, -17, 0, 20, 0, -20, 30, -47, -25, 20, 0, -67, -27, -31, -20, -20, -19, -20, -20, -20, -20, 20, 25, -5, 0, 0, 0, -22, -7, 0, 0, -48, -29, -27, -19, 0, -56, -25, 0, 0, 0, 0, 0, 15, 0, 0, 40, -40, -20, -7, -16, -40, -37, -38, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -18, -5, -12, 20, -20, -20, 20, -20, -20, -20, -19, -20, -20, -20, -14, -5, 0, 0, 0, -12, 31, 0, -20, -20, -20, -19, -18, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -18, -16, 0, -7, 20, -25, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 21, -20, -18, -18, -18, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -39, -20, -21, -22, -20, -20, 22, -20, -19, 20, -19, -17, -19, -19, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -20, -20, -21, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 21, -20, -21, -16, -20, -21, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -17, -20, -19, -17, -17, -20, -19, 20, -29, -63, -58, -55, -45, -14, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -11, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -7, 0, 0, 0, 0, -12, 21, -16, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, -5, -17, -13, -10, 0, -23, -16, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -11, 0, 0, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, 20, -20, -20, -19, -19, -18, -20, -19, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -18, -13, 20, -20, -33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 14, 0, -11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 28, -52, -45, -44, -31, -48, -27, -52, -20, -20, -19, -14, -13, -20, 20, -19, -20, -20, -20, -19, -15, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -21, -20, 20, -20, 23, -22, -21, -20, -20, -23, -23, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -20, -19, -18, -20, -20, -17, -20, -20, 0, 20, 0, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -20, -20, -20, 20, -19, -14, -13, 0, -24, -20, -11, -11, 20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -21, -21, 22, -21, -21, -28, -23, 0, -23, -23, -42, -19, 43, -53, -33, -20, -20, -18, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, -20, -17, -17, -14, -20, 20, -20, -20, -20, -19, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -22, -21, -19, -17, -20, -20, -19, -20, -17, -21, 0, 0, -19, 21, -17, 0, 0, 0, 0, 0, 0, 0, 0, -45, -20, -7, -20, -18, -23, 33, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, -6, 0, 0, 0, 6, 0, 0, 0, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -6, -6, -13, 20, -24, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -12, 0, -19, 0, -22, -27, 23, 0, -24, -6, -21, -17, -20, 34, -40, 0, 0, 0, 0, 0, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -13, -10, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -9, 0, 20, -20, -23, -22, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -13, -10, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -40, -39, -33, -31, -37, 39, -9, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -9, 0, 20, -20, -23, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -6, -19, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -23, -20, -20, -18, -13, -19, -25, 24, 23, -30, 0, -6, 0, -21, -14, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 33, 0, -9, 0, 0, -6, -32, -7, 20, -20, -20, -20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 10, 0, -20, 0, 0, 0, 0, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, 40, -18, -9, -7, 0, -27, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, -19, -11, -14, -17, -39, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42, -17, 0, -32, 0, -39, -42, -31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 34, -21, -20, -25, -24, -20, -40, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, -20, -18, -15, -12, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -19, -20, 20, -20, 17, -21, -22, -20, 0, -17, -20, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -16, -20, -20, -20, 20, -19, 33, 0, -9, 0, 0, -6, -32, -7, -20, -20, -20, -20, -20, 20, -20, -20, -54, -13, -49, -52, -65, 0, -83, 7, -67, -75, -81, -64, -35, -10, -79, 24, -24, -34, -26, -23, -27, -45, -26, 30, -19, -19, -12, -13, -10, -19, 20, -20, -24, -32, -23, -23, -22, -26, -27, 25, -20, -19, -19, -19, -16, 20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 0, 0, 0, 20, -10, -19, -20, -20, -19, -18, -18, -20, 20, -20, 0, 19, -11, 0, 0, -13, -18, 0, 20, -20, -19, -20, -20, -20, -20, -20, -20, 20, -20, -19, -15, -20, -20, -20, -20, -20, -20, -21, -20, 20, -20, -26, 32, -7, 0, 0, 0, -5, -31, 0, -11, -19, -17, 0, 0, -20, -18, 20, -34, -22, -20, -20, -19, -22, 22, -25, 44, -44, -33, -30, -36, -37, -41, -44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, -7, -9, 0, -19, 0, -18, 19, 0, -20, -32, -27, 18, -27, -24, 0, -35, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -28, -18, 23, -20, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, 21, -12, -10, -19, -19, -21, -8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -6, -19, 20, -19, -17, -20, -9, -7, -11, -20, -15, 16, -20, -18, -20, -16, -11, -22, -20, 20, -9, 0, 0, 0, 0, 12, 0, 0, -20, -19, -19, -24, -10, -18, -22, 20, -18, -9, 0, 0, 0, -17, 0, 19, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, 0, 19, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, -17, 0, 20, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -13, 0, -24, -20, -11, -11, 20, -8, 0, -12, 20, 0, 0, -29, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -7, -18, -6, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -20, -32, -23, -44, -20, 9, 19, -20, -19, -19, -18, -19, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -48, -42, -28, -39, -24, 39, -38, -63, 23, -40, -15, -19, -22, -23, -22, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -31, 20, -20, -20, -14, -19, -20, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 21, -21, -20, -21, -20, -20, -21, -23, 21, -20, -20, -20, -20, -21, -23, -20, -20, -18, -19, -6, -18, 20, -20, -20, -20, -6, -6, -13, 20, -24, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, -31, -20, -20, -40, -34, -21, 35, 0, 0, 0, 0, 0, 0, 0, 0, -9, 21, -10, -16, -12, -18, -21, -16, -28, -28, -25, -32, -23, -24, 27, -28, -13, -14, 0, -16, -15, 21, -19, -23, 20, -20, -20, -20, -23, -20, -21, -21, 31, -74, -26, -68, -49, -39, 0, -49, 39, -40, -37, -38, -23, -31, -33, -39, -40, -23, -19, -18, -20, 27, -21, -19, 20, -20, -18, -16, -21, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -19, -20, -19, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 41, -20, -17, 0, 0, -20, -41, -17, 46, -35, -22, -21, -39, -49, -47, -38, 0, 0, 0, 0, 0, 0, 0, 0, 21, 0, 0, -6, 0, -19, -20, -5, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -38, -30, -19, -30, -45, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, -20, -20, -20, -21, -29, -20, -40, 0, 0, 0, 0, 0, 0, 0, 0, -65, -28, -40, -32, 0, 0, -50, 0, -16, -18, 0, 20, 0, -20, -14, -20, -13, -19, 20, -20, 0, -20, -21, 0, 20, -19, -19, -19, 0, -20, -20, -21, -30, -22, 0, -7, 0, -8, 23, 0, 20, -20, -6, -11, -8, -20, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, 0, 0, 12, 0, 0, -11, -12, 0, -14, -13, 20, -19, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, -34, -18, -20, -20, -42, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 22, -20, -6, 0, 0, -22, 0, -19, -20, -19, -19, -19, 20, -19, -20, -19, -20, -19, -19, -19, 20, -19, -20, -7, -13, -7, -17, 0, 27, -16, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 39, 0, 0, 0, 0, -33, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, -18, -9, -13, -13, -39, -35, 40, 20, -20, -12, -17, -14, -20, -20, -14, 6, -45, -44, -23, -19, -58, 16, -42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -9, -16, -18, 0, 0, -12, 19, -9, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -6, -34, -9, 41, -20, -44, -21, -21, -18, -20, -17, 21, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -43, -22, -23, -18, -21, -55, 31, 0, -14, 0, 0, 0, -17, 0, 20, 0, -14, 0, 0, 0, -20, 0, 20, -35, -45, -51, -33, -37, -35, -25, 35, 0, -14, 0, 0, 0, -20, 0, 20, 0, -15, 0, 0, 0, -20, 0, 20, -20, -20, -18, -20, -20, -20, -20, 20, -19, -20, -15, -14, -20, -20, -18, 20, 0, 0, 0, 0, 0, 0, -5, 10, -20, -39, -27, -20, -12, -21, -19, 22, 0, 0, 0, 0, 0, 0, 0, 0, -39, -39, -16, 0, -25, -23, -17, 40, -20, -20, -18, -20, -20, -20, -20, 20, -24, 22, -22, -23, -21, -21, -22, -23, -20, -20, 20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, 0, 0, 0, -20, 22, -17, 0, 0, 0, 0, 0, 0, 0, 0, 45, -66, -48, -13, -18, -13, -40, -41, -11, -14, 0, -15, -13, 20, -17, -21, 0, 0, -8, 0, 0, 19, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -31, -32, -29, -52, -32, -36, 29, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -7, 0, -10, 20, 0, -19, -32, -31, 26, -23, -25, -29, -27, -27, -34, -32, 29, -39, -20, -20, -28, -32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -50, -65, -47, 28, -30, -49, -58, 20, 0, 0, 0, 0, -19, -20, -12, 0, 0, 0, 0, 0, 0, 0, 0, -23, -22, -25, -21, -20, 24, -28, -25, 19, -5, 0, 0, 0, -15, -19, 0, -21, -22, 26, -20, -6, -19, -40, -56, 0, 0, 0, 0, 0, 0, 0, 0, -22, -24, -32, 24, -7, -18, -23, -48, -37, -21, -20, -18, -29, 22, -25, -20, -18, -5, 0, 0, 0, 36, -14, -31, 20, -33, -23, 0, 0, -20, -20, -7, 0, 0, 0, -17, 0, 20, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -16, -14, -6, -17, 20, -19, -20, -19, -15, -20, -20, -20, 20, -20, -20, -19, -19, -24, -10, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -20, -20, -20, -19, 20, -20, -19, -8, -18, -53, -37, 0, -19, -71, 0, 19, -21, -38, -41, -40, -37, -25, 0, 0, 35, -20, -17, -17, -20, -35, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, -48, -46, -45, -36, -9, -42, 20, -20, -20, -18, -18, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, 28, -12, -14, -21, -9, -27, -21, -20, 20, -20, -20, -20, -20, -20, -20, -8, 0, -12, 20, 0, 0, -29, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -13, -20, 0, -20, -17, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, -19, 20, 0, 0, -15, -20, -20, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, -19, -20, 20, -20, -18, -20, -20, -20, -20, -20, 0, 0, 0, 20, -10, -19, -19, -21, 21, -27, -20, -17, -22, -21, -22, 21, -20, -20, -21, -20, -21, -20, 0, -20, -20, -16, 0, -43, 0, -19, -20, -9, -20, -16, -15, -20, 20, -11, -38, -23, -28, -34, -19, 40, -38, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -23, -33, -34, -39, -24, -27, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0, -19, -20, -12, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -47, 0, 0, -47, -59, -46, -23, -23, -62, 0, -63, -60, -53, -34, 0, -71, 20, -20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -57, -47, -23, -5, -34, 0, -22, -32, -20, -20, -20, -19, 20, -20, -19, 0, 0, -7, 0, -6, -20, 0, 20, -20, -20, -20, -20, -6, -19, 20, -19, -40, -21, -39, -40, -20, 5, 0, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -26, -23, -23, -41, -35, 23, -37, -20, -20, -20, -20, -15, -15, 20, -20, -20, 0, -20, -19, -15, -8, -20, 20, -20, -20, -20, -19, 20, 0, -16, -20, -12, -20, -20, -19, -16, -19, -20, 20, -20, -16, -9, -20, -19, 0, -20, 20, -20, -5, -26, -20, -29, 0, -26, 21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -53, -21, -54, -18, -43, 18, -19, -33, -17, -20, 20, -21, -17, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 29, -29, -28, -26, -28, -35, -34, -30, 0, 22, 0, 0, 0, 0, -16, 0, -21, -20, -19, -15, 20, -20, -24, -38, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -24, -21, -10, 34, 0, -20, -20, -40, -38, -28, -30, -29, -8, -19, 37, -37, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, -23, -20, -20, -20, -20, -26, 20, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -20, -20, -20, -20, 20, -20, -20, -19, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -26, -57, -26, -30, 6, -35, 0, -5, 0, -12, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -13, -10, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -17, -18, 20, -20, -20, -26, 22, -20, -24, -20, -20, -23, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, -6, 0, -20, -20, 0, 0, 0, 20, -10, -19, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -24, -32, -21, 22, -20, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -50, -65, -47, 28, -30, -49, -58, -18, -9, 0, 0, 0, -17, 0, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -18, -16, -21, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -21, -21, -20, -21, 22, -23, -22, -22, -21, -21, -20, -21, 22, -23, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -19, -21, -20, -20, -20, -24, -23, -14, -9, -9, -13, 30, 0, -24, -23, -14, -9, -9, -13, 30, 0, -21, -22, -22, -14, -21, -22, 21, -24, -21, -22, -22, -14, -21, -22, 21, -24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -19, -19, -16, 20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, 20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -37, -40, -17, 20, -19, -40, -34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -9, -20, 0, -19, -40, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -21, -20, -21, -20, 21, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -12, -17, -14, -20, -20, -14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -15, -20, 20, -20, -38, 21, -20, -22, -23, -19, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, 0, -8, -18, -20, -20, -16, 19, -5, 0, 0, 0, -15, -19, 0, -40, -40, 40, -40, -40, -35, -41, -40, -26, 22, -20, -24, -20, -20, -23, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, -6, 0, 0, -5, 0, 0, 0, 0, -16, 25, 0, -20, -19, -20, -19, -19, -20, 20, -18, -37, -40, -13, -33, -26, 0, -38, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, -31, 21, -36, -32, 0, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, -6, 0, 0, 0, 0, 0, 0, 0, 19, 0, -19, -25, -23, -20, 21, -15, -21, -22, -22, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -19, -20, -20, -20, -20, -19, -18, -11, -20, 0, 20, -14, -20, -19, -20, -20, -20, -19, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -31, -34, -12, -39, -21, 60, -45, -59, -18, -20, -19, 0, 0, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -20, -20, -17, 20, -20, -20, -40, -23, -19, -18, -20, 27, -21, -19, -44, -42, -36, -44, -55, 15, 0, -42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -31, -46, -13, -7, -22, -23, 30, -21, 20, -19, 0, -12, -14, -20, -20, -20, -20, -20, -20, -19, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -14, -20, -20, -20, -20, 20, -20, -20, -14, -20, -20, -20, -18, -16, -13, -16, -16, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -20, -20, -20, -17, -19, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, -19, -11, -14, -17, -39, -20, -10, 25, -5, 0, 0, 0, -22, -7, 0, 0, 0, 0, 0, 0, 0, 0, 0, -15, 19, 0, 0, 0, -13, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, -20, -20, -26, -20, -22, 20, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, -22, 37, -18, -9, -32, -34, -39, -19, -18, 21, -12, -10, -19, -19, -21, -8, -20, -20, -20, -20, -19, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -19, -18, -19, -16, -19, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -7, 0, -10, 20, 0, -19, 20, -20, -20, -20, -20, -20, -20, -20, 8, -45, -52, -78, -17, -38, -21, 6, 11, -51, -65, -40, -44, -44, 10, -40, -20, -18, -11, -17, -11, 20, -19, -17, -20, -18, -11, -17, -11, 20, -19, -17, -29, -40, -23, -20, -20, -27, 36, -38, -20, -18, -7, 0, -10, 20, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, 0, 0, 0, -16, 0, -21, -13, -12, -21, -16, -22, -22, 22, -47, -51, -7, -31, -37, 21, -21, -52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28, -30, -26, -25, -22, 28, -29, -30, -19, 21, -20, -18, -18, -18, -21, -20, -20, -20, -20, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -23, -24, -30, -27, -21, 23, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -9, -17, -21, -18, 37, -21, -16, 21, 0, 0, 0, 0, -21, -14, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, 0, 0, 0, -18, 25, 0, -20, -20, 0, 20, 0, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -26, -11, -11, -16, -20, -19, -16, 24, 0, 0, 0, 0, 0, 0, 0, 12, -20, -20, -19, -20, -20, -20, -20, 20, -16, -9, -20, -19, 0, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -18, -9, -9, -16, -20, -17, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -37, -40, -34, 0, -27, 27, -41, -20, -20, -18, -20, -20, -20, -20, 20, -12, -21, 0, -20, 6, -20, -12, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -5, 0, -12, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -21, -20, -20, -21, 20, -20, -20, -18, -20, -18, -18, -20, 20, -17, 0, 0, 0, 0, 0, 0, 0, 0, 19, -5, 0, 0, 0, -15, -19, 0, -22, 23, -20, -26, -20, -28, -51, -30, 0, 0, 0, 0, -6, 17, -5, -15, -26, -25, -38, -61, -60, 20, -57, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -20, -20, 20, -20, -20, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, -20, -18, -15, -12, 20, -18, -19, -12, -20, -18, -15, -12, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -14, -14, 20, -20, -20, -12, -20, -18, -15, -12, 20, -18, -19, -20, -22, -23, -19, -12, -32, 23, -20, -19, -12, 0, -19, 0, -22, -27, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, 20, -20, -20, 21, -21, -21, -7, -19, -21, -23, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 0, -11, -17, -20, -17, 20, 7, 0, 0, 0, 0, 0, -5, 0, 7, 0, 0, 0, 0, 0, -5, 0, -17, 23, -20, -15, -22, -18, -23, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -21, -19, -18, -5, -37, 36, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 21, -20, -21, -21, -21, -21, -22, -29, -37, 0, -43, 20, -31, -6, -32, -19, -20, -20, -20, -19, -20, 20, -20, -19, -20, -20, -20, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -25, -10, -20, -21, -21, -20, 22, -51, -24, 48, -31, -22, -41, -47, -21, -46, 0, -43, -59, -38, -26, -35, 10, -22, 21, -21, -20, -20, -21, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -39, -17, 25, -14, -22, -53, -48, -10, 0, 0, 0, 0, 0, 9, 0, 0, -44, 35, -26, -50, -48, -46, -33, -52, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -21, -21, -18, 20, -20, -20, -25, 0, -9, -89, -56, -66, -72, -42, 20, 0, -12, 0, 0, 0, -19, 0, -32, -40, -26, -20, 0, -21, 20, -6, -18, -7, 0, 0, 0, -16, 0, 19, -20, -20, -20, -19, -12, -23, 20, -19, -48, 34, -39, -22, -33, -25, -27, -44, 22, -21, -7, -19, 0, -15, -25, 0, -19, -20, -8, -15, 0, 20, -17, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0, -18, -20, -12, -19, -20, -8, -15, 0, 20, -17, -20, -40, -61, -35, -32, -11, -34, 42, -22, -21, -41, -22, -23, -24, 33, -27, -21, -34, -28, -25, -16, -18, -23, 26, -6, -5, -21, -51, -7, -41, 9, -41, -27, -7, -23, -21, -23, 32, -42, -39, -40, -33, 0, -20, -20, -14, 0, -20, -28, -40, -9, -35, -42, -27, 19, -40, -24, -19, -8, -73, -11, -35, 19, -28, -24, 0, 0, 0, 0, 0, 0, 0, 0, -73, -25, -67, -76, -42, 15, -26, -14, -16, -18, 0, 20, 0, -20, -14, -20, 0, 0, 0, 0, 0, 0, 0, 0, -34, -20, -28, -18, -15, 0, -21, 7, -16, -18, 0, 20, 0, -20, -14, -20, -19, -20, -20, -20, -17, 20, -20, -20, -20, 20, -20, -20, -21, -20, -20, -20, 20, 0, -12, 0, 0, 0, -19, 0, -33, 32, -28, -32, -32, -23, -39, -20, 20, -17, -13, -11, -8, -20, -20, -12, 32, -43, -32, -44, -35, -32, -32, -31, 0, 0, 0, 0, 0, -11, 13, 0, 26, -19, -14, -8, -18, -22, -40, -23, -20, -20, -20, -19, -18, -20, 20, -20, 0, 0, 0, 0, 0, -6, 11, 0, -8, 0, 0, 0, 0, -10, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -25, -19, -35, -8, -29, 20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, 0, -32, -20, -20, -20, -19, 20, -20, -19, -21, -21, -20, -20, -14, -21, 21, -21, 19, 0, -7, 0, 0, -13, -14, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -20, -16, -11, -22, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -9, -16, -18, 0, 0, -12, 19, -9, 0, 0, -8, 0, 0, 19, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -17, -13, -11, -8, -20, -20, -12, -19, -19, -12, -13, -10, -19, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, 21, -24, -22, -22, -27, -21, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -26, -24, -20, -22, -23, 24, -15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, -23, -14, -9, -9, -13, 30, 0, -34, -27, -34, -25, -21, -25, 30, -31, -19, -18, -11, -20, 0, 20, -14, -20, 0, 0, 0, 0, 0, 0, 0, 0, -17, -25, -16, -20, 0, -5, 25, 0, -20, -20, -17, -18, -17, -20, 20, -19, -20, -20, -20, -20, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 0, 0, 0, 0, 43, -43, -27, 0, -20, -19, -15, -8, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, 20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28, 0, 0, 0, 0, -19, 27, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -20, -20, -25, -20, -23, -20, -18, 28, 0, 0, 0, -10, -23, 0, -22, 21, 0, 0, -16, -20, -36, -12, -40, 19, 17, -43, -42, -22, -29, -40, -19, 20, -20, -19, -19, -20, -20, -19, -21, -21, -19, -11, -20, -19, 21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -22, -21, -19, -17, -20, -20, -19, 0, -15, 0, 0, 0, -20, 0, 20, -45, -39, 6, -15, -61, -74, 8, -12, -11, -10, 0, 0, 0, -19, 23, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 22, -21, -20, -21, -22, -25, -20, -27, -19, -22, -42, -29, 0, 0, -35, 0, 0, 0, 0, 0, 0, 0, 0, 13, -20, -20, -14, -11, 13, -44, -20, 25, -25, -20, -17, -18, -26, -25, -30, 7, -41, -9, -49, -19, -20, -23, -63, -13, -79, -66, -51, -45, 26, -83, -65, 11, -31, -51, -34, -21, -79, -12, 10, 19, -30, -40, -31, -36, 13, -40, -26, -32, -26, -18, -6, -13, 0, -38, 7, -21, -24, -36, -27, 25, -24, -31, -28, -18, 22, -15, -7, -19, -20, -23, -21, -45, -6, -36, -41, -43, -43, 5, -27, 20, -17, -13, -11, -8, -20, -20, -12, 32, -43, -32, -44, -35, -32, -32, -31, 26, -19, -14, -8, -18, -22, -40, -23, 0, 0, 0, 0, 0, 0, 0, 0, -40, -28, -40, -26, -41, 21, -29, 0, 16, -23, -51, -48, -63, -24, -25, -6, 20, -20, -10, -10, 0, -20, 0, -14, -21, 21, -21, -21, -22, -21, -21, -21, 19, 0, -22, -29, -31, -32, -22, -31, 26, -38, -86, -81, -68, -29, -78, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, 0, 0, 0, -17, 0, 20, -20, 20, 0, -7, -18, -20, -20, -16, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -20, -19, -19, -20, -20, -20, 21, -20, -20, -7, -9, -20, -22, -21, 22, -11, -19, -11, 0, -21, -22, -20, 0, 0, 0, 0, 0, 0, 0, 0, 26, -17, -50, -32, -44, -23, -51, -25, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -18, -18, -19, -28, 21, -23, -21, -20, -19, -20, -12, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -20, -19, -19, -20, -20, -20, -39, -43, -45, -49, -28, -41, -52, 39, 44, -44, -33, -30, -36, -37, -41, -44, -28, -28, -25, -32, -23, -24, 27, -28, 20, -20, -18, -19, -19, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -14, -13, -20, 20, -19, -20, -20, -20, -17, -14, 20, -20, -17, -20, -20, -5, -20, -20, -20, -10, 20, 6, 0, -35, -43, -25, -25, -24, -25, -34, -28, -20, -19, -20, -20, 31, -22, 18, -33, -18, -21, -40, -25, -32, 0, -58, -21, -24, -24, -46, 50, -55, -49, -58, -41, -41, -52, -21, 47, -67, -41, 0, -36, -32, -61, -58, 17, -40, -43, -28, -52, -41, -40, -31, -7, 16, -22, -42, -44, -35, -41, -13, 0, -42, 6, 0, 0, 0, 0, 0, 0, 0, 0, 9, -32, -10, -20, 0, -6, -43, -11, 20, -19, 0, -12, -14, -20, -20, -20, -57, -24, -29, -26, -37, 8, -50, 0, -10, 0, 0, -12, 0, -28, -20, 43, -45, -20, -7, -20, -18, -23, 33, -16, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -17, -20, 20, -21, -12, 18, 0, 0, 0, -9, -18, 0, 56, -39, -21, 0, -37, -39, -38, -59, -6, -9, 0, 0, 0, -15, 30, -5, -26, 33, 0, -11, -29, -38, -39, -21, 20, -19, -19, -15, 0, -20, -20, -31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -17, -17, -9, 0, -14, -20, 0, 20, -20, -19, -18, -14, -19, -20, -20, 33, -24, 0, -27, -6, -27, -33, -36, -41, -44, -37, -52, -56, -38, 44, -59, 12, -14, -34, -45, -17, -10, -54, -44, -20, -20, -20, -20, -20, -20, 20, -20, -23, 39, 0, -30, -40, -20, -20, -39, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 36, -35, -29, -36, -26, -31, -48, -32, -21, -20, -19, -15, 20, -20, -24, -38, -20, -20, -20, -20, -20, 20, -20, -20, 43, -37, -35, -41, -45, -34, -46, -43, 49, -56, -37, -54, -56, -42, -47, -53, -10, -65, -32, -70, -36, -66, -28, 0, -35, -25, -36, -45, -28, -30, 33, -40, 34, -33, -29, -39, -26, -27, -43, -35, 32, -44, -64, -23, -22, -48, -27, -26, -41, -35, -27, -41, -36, -28, 40, -40, -20, -20, -19, -18, -6, -20, 20, -19, -17, 0, 0, 0, 0, 19, 0, -5, -20, -20, -20, -19, -12, -23, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -6, -6, -13, 20, -24, -20, -19, -19, -17, -16, -13, -20, 20, -15, 0, 0, 0, 0, 0, 0, 0, 0, -32, -42, -34, -31, -40, -25, 0, 16, 0, 0, 0, 0, 0, 41, 0, -40, -7, -9, 0, -19, 0, -18, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, 12, -23, -33, -35, -49, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, -46, -30, -54, -55, -36, -41, 46, -44, -38, -44, -45, -28, -21, -40, 41, -42, -23, -22, -25, -21, -20, 24, -28, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, -20, -21, -21, -21, -19, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -40, -39, -37, -40, -22, -41, 41, -30, -20, -21, -21, -21, -19, 20, -20, -20, -20, -15, -15, -14, -10, -19, 20, -17, 0, 0, 0, 0, 0, 0, 0, 0, -19, -16, -11, -7, 0, -8, 23, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, -17, 0, 0, -20, -20, -20, -19, -19, 20, -20, -20, 20, -20, -19, -20, -19, -20, -21, -20, -23, 23, -22, -23, -21, -21, -24, -23, 35, -12, 0, 0, 0, -16, -33, -8, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -6, -19, 20, -19, -20, -18, -20, -17, -13, -20, -34, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -25, -15, -20, -20, 20, -18, 21, -12, -10, -19, -19, -21, -8, 0, 0, 0, 0, 0, 0, 0, 0, 20, -17, -16, -15, 0, -8, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, -10, 17, 0, 0, 0, 0, 0, -12, -5, 15, 0, 0, 0, -17, 0, 20, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, -17, 0, -17, 20, -9, -17, -19, -18, -14, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, -20, -21, -19, 21, -20, -21, -20, -51, 13, -43, -27, 13, -22, -50, -44, -21, -24, -36, -27, 25, -24, -31, -28, -21, -31, -32, -29, -52, -32, -36, 29, -20, -20, -20, -20, 18, -21, -20, 10, -21, 23, -17, -19, -22, -21, -25, -22, 9, -21, -18, 0, -12, -23, -9, -24, -7, -45, -16, -27, -21, -23, 0, 0, -20, -23, -21, -23, -21, -24, -26, 21, -20, -13, 0, -17, 0, -8, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -51, -17, -7, -7, -25, -18, 0, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -14, -14, 0, -20, -6, -17, 0, 0, 0, 0, 0, 0, 0, 0, 9, -21, -18, 0, -12, -23, -9, -24, 0, 0, 0, 0, 0, 0, 0, 0, 16, -25, -26, -12, -19, -21, -26, -23, 0, 0, 0, 0, 0, 0, 0, 0, -15, -20, -18, -16, 50, -22, -18, -59, -20, -22, -35, -21, 27, -26, -25, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, 20, -19, -20, 20, 0, 0, 0, 0, -19, -20, -9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, -33, -44, -50, -65, -20, -65, 10, -7, 0, 0, 0, 0, -12, 21, -16, -14, -28, -45, -51, -44, -44, -50, 34, 20, -21, -14, -21, -15, -25, -25, -20, -42, -39, -52, -72, -75, -73, -27, 27, 0, 0, 0, 0, 0, 0, 0, 0, -23, 29, -44, -40, -37, -22, -41, -32, -23, 23, -22, -23, -21, -21, -24, -23, -14, -14, -45, -28, -22, -8, 11, -33, -20, -21, -20, -19, -20, 21, -21, -23, 0, 0, 0, 0, 0, 0, 0, 0, -18, -22, -6, -6, 0, -9, 24, 0, -19, 20, -20, -19, -19, -20, -20, -20, 20, -20, -20, -19, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 36, -41, -39, -22, -20, -42, -31, -25, -23, 21, -21, -21, -21, -24, -20, -29, -19, 20, -20, -19, -19, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -49, 27, -21, -23, -20, -25, -26, -21, -18, 28, 0, 0, 0, -10, -23, 0, 20, -20, -20, -20, -20, -20, -23, -22, -21, 22, -22, -23, -21, -20, -21, -23, -8, 34, 0, 0, 0, 0, -16, -9, 0, 0, 0, 0, 0, 0, 0, 0, -29, 59, 0, -28, -40, -37, -27, -41, 0, 0, 0, 0, 0, 0, 0, 0, -30, 26, -26, -25, -23, -24, -24, -27, 41, -40, -25, -11, 0, -12, -23, -13, 0, 0, 0, 0, 0, 0, 0, 0, -17, 20, 0, -8, -9, -19, -15, -8, 0, 0, 0, 0, 0, 0, 0, 0, -22, -20, -21, -21, -20, -21, 21, -20, 0, 0, 0, 0, 0, 19, 0, -19, -20, -22, -24, 23, -20, -27, -22, -20, -13, -20, 0, -20, -17, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -19, -6, -18, 20, -20, -20, -20, -20, -20, -15, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, -21, -20, -18, -18, -19, -28, 21, -23, -12, -20, -18, -15, -12, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, -18, 0, -6, 0, 0, -19, 21, 0, -20, -20, -16, -19, 20, -20, -20, -20, -20, -20, -20, -20, -16, -20, 20, -20, -60, 0, -47, -75, -49, -71, -21, -11, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -20, -20, 0, 0, 20, -6, -21, -8, -20, -22, 0, -15, 20, -17, 0, -42, -43, -36, -20, -17, 36, -40, -40, 19, -23, 0, -39, -39, -40, -27, -24, -65, -50, -36, -21, -44, 22, -34, 0, -41, -40, 0, -24, -21, -44, -41, -32, 0, -20, -20, -12, 0, -20, -28, -24, 23, -10, -20, 0, -15, -8, -16, -21, -21, -20, -17, 0, -22, -25, 21, 0, 0, 0, 0, 0, 0, 0, 0, -28, -27, -23, -24, -24, -22, 26, -25, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 20, -20, -21, -13, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -22, -21, 22, -21, -23, -22, -22, -78, 76, -65, -77, -84, -75, -68, -59, -22, 21, -21, -21, -21, -21, -22, -20, -19, 20, -18, -9, -12, -21, -20, -20, -12, 18, 0, 0, 0, -9, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -20, -20, -20, -20, 20, -15, -19, -19, -6, 0, -20, -19, 20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -24, -22, -20, -20, -39, 35, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -43, -37, -41, -40, -31, -66, -20, -22, -35, -21, 27, -26, -25, -39, -21, -20, -19, -26, -30, -26, -23, 23, -42, 40, -24, -39, -40, -35, -42, -36, 0, 20, -6, -12, -15, -21, -20, -20, -8, -33, -52, -28, -51, 0, -50, -32, 32, 5, 0, 0, -17, -36, -42, -22, 0, 0, 0, 0, 0, 0, 0, 0, -20, -24, -19, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -43, -28, -21, -22, -40, 23, -21, -22, 33, -25, -23, -29, -22, -46, -38, -40, 35, -25, -24, -26, -27, -39, -28, -20, -18, -20, -14, -10, -20, -19, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -13, 0, 0, -20, -10, -6, 20, -20, -20, -9, 0, 20, -20, -23, -22, -25, 26, -45, -22, -21, -30, -25, -38, -26, 29, -31, -33, -30, -31, -50, -43, 0, -26, -41, -10, -36, -32, -62, 20, 13, -29, -35, -73, -65, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -11, -19, -19, -20, -20, -20, -20, -20, -12, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, 20, -21, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -14, 21, -14, -9, -19, -10, -21, -17, 0, 21, 0, 0, -5, 0, 0, -8, -20, -20, -20, -20, -6, -19, 20, -19, -22, 22, -21, -24, -21, -21, -22, -22, 0, 0, 0, 0, 0, 0, 0, 0, -36, -7, -24, -29, -22, -20, -23, 21, 0, -13, 0, 0, -20, -10, -6, 20, -33, 31, -22, -29, -32, -36, -35, -30, -20, 20, -15, -19, -19, -19, -20, -19, -20, -20, -20, -13, -18, -20, 20, -18, -35, -13, -31, -22, -21, 19, -45, -20, -20, -24, -12, -17, -6, -16, 23, -18, 0, 0, 0, 0, 0, 0, 0, 0, -21, -27, -29, -26, -28, -29, -47, 22, -20, -20, -20, -20, -20, -20, 20, -20, -33, -48, -35, -21, -21, -40, -39, 30, -26, 40, -20, -11, -13, -24, -40, -22, -19, 21, -20, -18, -18, -18, -21, -20, -20, 21, -21, -20, -21, -20, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 19, -5, -8, -12, 0, -17, -14, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, -21, -21, -20, -18, -20, -25, -20, 0, 0, 0, 0, 0, 0, 0, 0, -38, 21, -20, -22, -23, -19, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -18, 0, -14, 0, 20, -20, -20, -15, 19, 0, 0, 0, -13, -19, 0, -13, -14, 0, -16, -15, 21, -19, -23, -20, -20, -12, 0, -18, -21, 21, -40, -17, 20, -20, -20, -19, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -25, -24, -23, -21, -28, 0, -34, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -7, -19, -19, -15, -21, -21, -20, -20, -20, -20, -20, -20, -20, 20, -15, -19, 0, -8, 0, 36, -16, -37, -20, -20, -17, -18, -17, -20, 20, -19, -18, 21, 0, 0, 0, -10, -22, -5, 0, 0, 0, 0, 0, 0, 0, 0, 40, -23, -16, -19, -20, -39, -39, -33, 0, 0, 0, 0, 0, 0, 0, 0, -26, -20, -20, -20, -19, -20, 20, -22, -21, -21, -18, -20, -17, 21, -21, -20, 0, 0, 0, 0, 0, 0, 13, -5, 24, -22, -19, -20, -14, -23, -24, -18, -21, -21, -19, -11, -20, -19, 21, -20, -21, -27, -20, -22, -29, 41, -33, -39, 0, 0, 0, 0, 0, 27, -28, 0, -27, -25, -23, -29, -23, -21, 26, -39, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -20, -35, -21, -20, 22, -20, 0, 0, 0, 0, 0, 0, 0, 0, -15, 19, 0, 0, 0, -13, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -21, -20, 21, -22, -40, 0, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -30, -23, -22, -22, -23, 24, -21, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, 0, 0, -15, -20, -20, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -40, -40, 0, -39, -21, 10, -40, -25, -23, -22, 23, -22, -20, -25, -35, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -6, -11, -8, -20, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28, -28, -10, -35, -17, 17, -51, -14, -20, -20, -20, -28, -18, 23, -20, -40, -23, 39, 0, -30, -40, -20, -20, -39, -42, -39, -21, -21, -34, 41, -33, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, -30, -29, -23, -17, 0, -53, -52, 0, -23, -37, -29, -6, 0, -40, -22, 26, -22, -15, -18, 0, -39, -22, -20, 26, -19, -14, -8, -18, -22, -40, -23, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, 20, -21, -20, -32, -20, -20, -20, -19, 20, -20, -19, -21, -42, -39, -40, 27, -21, -44, -43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -21, -17, -22, -19, -25, -25, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -44, 37, -34, -35, -30, -27, -38, -44, -44, 37, -34, -35, -30, -27, -38, -44, -20, -20, -20, -20, -20, -20, 20, -20, -19, -20, -20, -20, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -18, -20, -19, 20, -20, -20, -42, -41, -39, -25, -40, -42, 41, -25, -20, -20, -20, -19, -12, -23, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -19, -19, -20, -20, -20, -20, -20, -20, 20, -20, -20, -20, -20, -17, -14, 0, -7, 0, -8, 35, 0, -20, -20, -16, -20, -20, -20, 20, -19, -20, -20, -17, -18, -17, -20, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -15, -20, -20, -19, 20, -25, -19, 25, -26, 0, 0, 0, -22, -27, 0, -19, -20, -20, -20, -20, 20, -20, -20, -19, -20, -11, -10, -12, 20, -20, -18, -19, -20, -11, -10, -12, 20, -20, -18, 0, 0, 0, 0, 0, 0, 0, 0, -47, -52, -57, -47, -34, 52, -50, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -23, -21, -22, -20, -20, -21, -22, 20, -20, -20, -19, -19, -20, -20, -20, -25, -25, -24, -23, -7, -24, 25, -21, -19, 20, 0, -19, -20, -18, -12, -20, -45, -27, -40, 0, -22, -35, 26, -30, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -6, -19, 20, -19, -44, -39, -24, -42, -23, -21, 39, -28, -18, 28, 0, 0, 0, -10, -23, 0, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, 23, -17, -19, -22, -21, -25, -22, -20, 20, -20, -20, -20, -20, -20, -20, -43, -23, -18, -37, -19, 36, -21, -60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -15, -11, -19, -6, 20, -9, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -24, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, -6, 37, -13, 0, -33, -20, -20, 22, -22, -21, -26, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 0, 0, 0, 0, 43, -43, -27, 10, -41, -9, -12, 5, -41, -37, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -26, -20, -22, 20, -20, -21, -21, -35, -37, -20, -23, 27, -40, -20, -18, -21, -18, -15, -20, 28, -7, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -45, -19, -42, -16, -7, 45, -31, -13, -20, -18, -7, 0, -10, 20, 0, -19, 16, -25, -26, -12, -19, -21, -26, -23, 18, -45, -70, 0, -17, -11, -28, -70, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -20, -21, -20, 21, -21, -25, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -36, -21, -19, -38, 0, -40, -20, 0, 0, 0, 0, 0, 0, 19, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, -21, -27, -23, -26, -22, -41, 26, -29, -19, -20, -19, -19, -19, 20, -19, -20, 20, -20, -6, -11, -8, -20, -20, -22, -22, -47, -28, -43, -35, -33, 31, -29, 0, 0, 0, 0, 0, 0, 0, 0, -41, -39, -9, -21, -7, -13, 41, -20, -25, -25, -24, -23, -7, -24, 25, -21, -20, -20, -20, -19, -15, -20, 20, -20, -94, -51, 0, -59, -66, -74, 34, -34, -11, -40, -10, 20, 0, -11, 13, -20, -19, 20, -20, -19, -19, -20, -20, -20, -20, -20, -19, -9, 0, -20, 20, 0, 0, 0, -8, 0, 0, 19, -19, 0, 0, 0, -6, 0, 0, 12, 0, 0, -14, -61, -39, -45, -32, 23, -47, -45, -39, -40, -12, -23, -21, -40, 40, -25, -20, -20, -20, -20, -20, -20, 20, -20, -46, -63, -64, -35, -41, 57, -45, -44, -68, -61, -42, -18, -49, 0, -5, -43, -20, -20, 20, -20, -20, -20, -20, -20, 30, -21, -40, -23, -17, -28, -30, -26, -20, -19, -19, -19, -16, 20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -19, -19, -16, 20, -20, -19, 0, -19, 0, -11, -17, -20, -17, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -37, 39, -14, 0, -6, -12, -23, -19, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, -20, -19, -19, -19, -16, 20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -44, 8, -21, -28, -19, -21, -55, 11, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -18, -20, -20, -20, 21, -20, -20, 0, 0, 0, 20, -10, -19, -20, -20, -6, -6, -13, 20, -24, -20, 0, 0, 0, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -24, -23, -24, -18, 25, -22, -33, -18, -16, -8, 0, -10, -20, -19, 20, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -19, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -6, -11, -8, -20, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, -23, -38, -13, -30, -40, -40, 20, 0, -6, -18, -14, 0, 0, -40, -16, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 0, 0, 0, -12, 0, -12, -12, -6, -8, 8, 33, 0, -9, 0, 0, -6, -32, -7, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, 20, -20, -20, -7, -7, 0, 0, 0, 22, 0, 0, 0, 0, 0, 0, 0, 32, 0, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -15, 21, -20, -20, -19, -20, -21, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -20, -9, -7, -11, -20, -15, 16, -20, -21, -19, -20, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -37, -29, 17, 0, 20, -28, -12, -11, -22, -16, 9, 0, -20, -18, 0, -44, 33, -41, -42, -34, -45, -23, -34, -19, -20, -8, -15, 0, 20, -17, -20, -58, 12, 23, -62, -54, -60, -60, -45, -20, -20, -19, 20, 0, -16, -20, -12, -14, -9, 0, -21, -20, -19, -15, 21, -21, -64, 0, -9, -22, -20, 29, 0, -20, -26, -8, 20, -23, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -7, -18, -6, 20, -20, -20, -24, -24, 29, -21, -27, -32, -36, -34, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -34, -20, -20, 21, 0, 0, 0, 0, 0, 0, 0, 0, -38, -35, -32, -18, 0, -21, 20, -23, 0, -14, 0, 0, 0, -20, 0, 20, -20, -20, -20, -20, -16, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -44, 20, -34, -40, -40, -36, -21, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -15, -20, 20, -20, -20, -18, -20, -20, -20, -22, -21, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -13, -10, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -18, -20, -19, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -20, -16, -11, -22, -20, 20, -20, -18, -20, -16, -11, -22, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -23, -24, -30, -27, -21, 23, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -16, -20, -20, -20, 20, -19, -20, -21, -21, -20, -21, -20, 21, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -16, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -12, -17, -14, -20, -20, -14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -18, -18, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 0, -11, -17, -20, -17, 20, 0, 0, 0, 0, 0, 0, 0, 0, -15, -47, 52, -44, -6, -11, -11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, 0, -19, 20, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, -10, 17, -31, -48, -15, -56, -32, -40, -39, 41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -17, -24, -25, 11, -40, 0, -18, -18, 0, -14, 0, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -31, -28, -25, -36, 0, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -16, -14, -17, -20, -20, -20, -18, -21, -19, 20, -20, -28, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -9, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -20, -21, -20, 21, -22, -21, -56, -46, -65, 18, -61, -35, -46, 14, -20, -18, -20, -16, -11, -22, -20, 20, -18, -20, -20, -20, -17, -19, 20, -20, 20, -20, -20, -20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 15, 0, -40, 0, 20, -36, -33, -22, -20, -43, -12, -21, 0, -20, 6, -20, -12, -6, -14, -9, 0, -21, -20, -19, -15, 21, 0, 19, 0, 0, 0, 0, -16, 0, -9, -16, -18, 0, 0, -12, 19, -9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -22, -23, -19, -12, -32, 23, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -26, -21, -20, -19, -19, -20, 25, -21, 20, 12, -21, -56, -38, -27, -45, -72, -9, 0, 0, 0, 0, 12, 0, 0, 33, -41, -40, -19, -20, -33, -30, -18, 0, -20, -19, -15, -8, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, 0, 19, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -25, -15, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -17, -20, -9, -7, -11, -20, -15, 16, -22, -26, 19, -24, -37, 0, -41, -27, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -19, -20, 20, -20, 26, -21, -5, -21, -14, -21, -33, -55, -20, -20, -20, -19, -19, 20, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, 21, -21, -19, -20, -21, -23, 0, 0, 0, -15, 0, 0, 0, 0, -31, 12, -13, -23, -30, -45, 7, -20, 0, 0, 0, 0, 0, 0, 0, 0, -40, -20, -20, -20, -19, 34, -28, -20, -9, -16, -18, 0, 0, -12, 19, -9, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -19, -24, -10, -18, -22, 20, -20, -20, -20, -20, -20, -20, 20, -20, -20, -20, -20, -25, -15, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -22, -10, -36, -39, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, -20, -20, -16, -19, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -28, -19, 23, -20, -40, 15, -40, -25, -18, -19, -23, -18, -20, -20, -8, 0, -14, 0, 0, 21, -11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, 0, 0, 0, 0, -19, -18, -11, 20, -20, -20, -11, -9, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -20, -16, -11, -22, -20, 20, -20, -20, 20, -19, -20, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -30, -22, 0, -7, 0, -8, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -23, -25, -18, 0, 28, -8, -26, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, 20, -20, -20, -19, -19, -15, -12, -9, -20, 20, -14, 0, -42, -14, -21, -12, 0, -39, -47, -32, -25, 27, -32, -26, -19, -30, -28, -19, -20, -8, -15, 0, 20, -17, -20, 0, 0, 0, 0, 0, 0, 0, 0, 21, 0, 0, 0, 0, -21, -14, 0, 0, 0, 0, 0, 0, 15, 0, 0, -45, -15, -54, -52, -15, 20, -41, 0, 21, -20, -21, -14, -15, -20, -22, -22, -25, -35, 16, -50, -54, -29, -8, -41, 0, 0, 0, -11, 0, 0, 0, 0, -20, 19, -20, -35, -20, -20, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, -27, -43, 41, -41, -26, -28, -41, -24, -64, 0, -21, -18, -49, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -20, -21, -14, -15, -20, -22, -22, -20, -20, -20, -17, -14, 20, -20, -17, 0, 0, 0, 0, 0, 0, 0, 0, 17, -21, -22, -20, 0, -17, -20, -26, -19, -20, -17, -20, -20, -20, -21, 21, 0, 0, 0, 0, 0, 0, 0, 0, -40, -25, 0, 0, -37, -39, -40, 0, -22, 21, -20, -20, -21, -20, -21, -20, -22, -30, -27, -54, 27, -20, -41, -29, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, 18, -21, -20, 10, -18, 11, -36, -53, -51, -30, -17, -54, -19, -20, -19, -18, 20, -20, -19, -20, -19, -20, -17, -20, -20, -20, -21, 21, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -18, -18, -19, -28, 21, -23, -20, -18, -7, 0, -10, 20, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -15, -12, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -11, 0, -12, -7, -23, 21, -16, -20, -7, -20, -10, -21, -18, -20, 20, -20, -20, -20, 20, -19, -20, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, 20, -20, -39, -23, -8, -40, -33, -20, -20, -18, -19, -6, -18, 20, -20, 0, -20, -20, 21, -19, -24, -41, -20, -25, -25, -24, -23, -7, -24, 25, -21, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -59, 12, 23, -23, -41, -21, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -20, -9, -7, -20, -20, -15, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -24, -19, -20, -20, -20, -20, 20, -20, -24, -19, -20, -20, -20, -20, 20, -19, -20, -19, -18, -20, -20, -20, 21, 0, 0, 0, 0, 0, 0, 0, 0, 14, 0, -31, -45, -40, -23, -25, -60, 0, 0, 0, 0, 0, 0, 0, 0, -19, -43, 0, 17, -16, -13, 12, -52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 0, 0, 0, 0, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -25, -31, 27, -29, -25, -27, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 38, -6, 0, 0, 0, -17, -34, 0, -20, -20, -20, -15, -18, -20, 20, -20, -43, -30, 31, -41, -42, -24, -34, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, -19, -11, -14, -17, -39, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, -40, -40, -39, -33, -31, -37, 39, -9, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -12, -18, -26, -15, -37, -6, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, 0, -7, -18, -20, -20, -16, 35, 0, 0, -23, 0, 0, -11, 0, -22, -23, -20, -22, -22, -22, 22, -21, -30, 24, -39, -32, -28, -40, -22, -21, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -36, -9, -18, -26, -21, -20, 21, -23, -21, -20, -21, -20, -21, -21, 21, 0, 0, 0, 0, 0, 0, 0, 0, -25, -36, -28, -23, 19, -39, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -16, -19, -17, -15, -20, 20, -14, -9, -25, -25, -34, -29, -42, 13, -38, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -9, 0, 0, 0, 0, 12, 0, 0, 20, -19, -19, -19, 0, -20, -20, -21, 20, 0, -12, 0, 0, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -21, -19, -11, -20, -19, 21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -13, 0, -24, -20, -11, -11, 20, -7, -17, -25, -8, -5, -22, -20, 23, 0, 0, 0, 0, 0, 0, 0, 10, -18, -7, 0, 0, 0, -16, 0, 19, 0, 0, 0, 0, 0, 0, 0, 0, 45, -66, -48, -13, -18, -13, -40, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, -20, -14, -19, -20, -20, -21, 20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, 20, -19, -20, -10, -20, 0, -19, 6, -25, -10, -6, 0, 0, 0, 0, 0, 0, 0, 0, -22, -40, -6, -15, -22, -40, -36, 40, 0, -34, -45, 23, -47, -17, -28, -43, -17, -20, -9, -7, -11, -20, -15, 16, -9, -16, -18, 0, 0, -12, 19, -9, -20, -20, -20, -25, -15, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 23, -22, -20, -33, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, -23, -20, -18, -18, -22, -20, 21, -5, -17, -13, -10, 0, -23, -16, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, -26, -11, -11, -16, -20, -19, -16, 24, -19, -20, -19, -19, 0, -21, -20, 0, 0, -11, 0, 0, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -42, -20, -20, -20, -21, 20, -19, -18, 12, -65, 11, -23, -51, -46, -30, -57, -11, -36, 30, -49, -66, -49, -45, -28, 16, -25, -14, -26, 0, -25, 13, -14, 20, -20, -14, -14, 0, -20, -6, -17, -12, 18, 0, 0, 0, -9, -18, 0, -54, -47, 53, -23, -42, -36, -55, -41, -20, -20, -20, -20, 20, -20, -20, -20, 23, -22, -22, -34, -33, -24, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -11, -51, -84, -47, -31, -6, -66, -6, -42, -41, -42, 12, -50, -37, -56, -43, -22, -78, -37, -8, -40, -7, -26, 27, 18, -36, -47, -56, -55, -21, -49, -40, -19, -44, -52, -50, 0, -47, 16, -22, 20, -19, -19, -15, -20, -20, -15, 0, 0, 0, 0, 0, 0, 0, 0, -21, -14, -39, -46, -39, 22, -61, -29, -20, -20, -20, -20, -20, -24, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -21, -23, -21, -21, -22, 22, -26, 0, -30, -20, 22, -20, -20, -38, -26, -30, -32, -34, 37, -34, -31, -35, -33, 0, 0, 0, 0, 0, 0, 0, 0, -6, -26, 35, 0, 0, -8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -20, -20, -20, -20, 20, -20, 0, -17, -5, -8, 0, -13, 23, -6, 20, -20, -6, -11, -8, -20, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -36, -42, -40, -23, -27, -21, 45, -34, -20, -22, -20, -21, -21, -20, 21, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -19, -20, -20, -20, -20, 29, -18, -7, 0, -9, -20, -34, -19, -34, -7, -15, 56, 0, -16, -56, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -8, -13, 0, 20, -14, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -48, 14, 0, -25, -26, -40, -40, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -18, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -20, -20, -20, -20, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 0, 0, 0, 20, -10, -19, 0, 0, 0, 0, 0, -11, 13, 0, 0, 0, 0, 0, 0, -11, 13, 0, 20, -20, -6, -11, -8, -20, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, -33, -30, -24, -25, -24, -30, 32, -27, 20, -15, -15, 0, 0, -12, -20, -39, -12, 0, -5, 0, 0, -15, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -18, -6, -20, 20, -19, -19, -24, -10, -10, -6, -19, 21, -19, 0, 0, 0, 0, 0, 0, 0, 0, -22, -54, 0, -68, -53, -20, 0, -23, -20, -20, -20, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -16, -19, -20, 20, -20, -21, -20, -18, -18, -19, -28, 21, -23, 0, 0, 0, 0, 0, 0, 0, 0, -61, -41, -36, -17, -36, -60, 68, -88, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, 20, -20, -20, 20, -21, -24, -20, -26, -20, -15, -20, -51, 55, -53, -55, -49, -47, -54, -62, 0, 0, 0, 0, 0, 0, 0, 0, -54, -85, -75, -59, -82, 26, -5, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -38, -37, -40, -19, 40, -40, -40, -16, -9, -20, -19, 0, -20, 20, -20, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 0, 0, 69, -43, -47, -49, -30, -48, -63, -45, 0, 0, 0, 0, 0, 0, 0, 0, 23, -20, -20, -20, -18, -40, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 18, 0, -18, -22, 0, -39, -15, 28, -64, -38, -39, 26, -23, -21, -25, -42, -49, -65, 24, -7, -45, -16, -27, -21, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 27, -45, -27, 0, -35, -29, -44, -42, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -19, -20, -20, -20, -47, -28, -22, -46, -41, -26, -35, 31, -17, 22, -20, -6, 0, 0, -22, 0, 0, 0, -8, 0, 0, 19, -19, 0, 0, 0, -7, 0, -6, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -20, -16, -17, -18, -24, 15, -23, 0, 0, 0, 0, 0, 19, 0, -19, -21, -20, -19, -20, -12, -20, 20, -20, -19, -24, -10, -10, -6, -19, 21, -19, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -5, -20, -40, -20, -20, 0, 23, -65, -49, -49, -35, -28, -10, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -20, -14, -17, 20, -19, -20, -20, -20, -21, -20, -20, -20, -20, -20, 20, -20, -20, -20, -15, -15, 20, -20, -20, -19, 20, -20, -12, -9, -18, -20, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -20, -20, -20, 20, -22, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, 20, -20, -20, -20, -20, -18, -5, 0, 0, 0, 36, -14, -31, -17, -20, -9, -7, -11, -20, -15, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, -8, 0, 0, 26, 0, 0, -21, -23, -22, -24, -21, -22, 21, -23, 42, -20, -18, -17, -13, -24, -42, -41, -22, 21, -20, -20, -21, -20, -21, -20, -23, 21, -20, -20, -20, -20, -21, -23, -22, -30, -23, -22, -22, -23, 24, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 18, 0, -18, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -22, -21, 20, -20, -20, -20, -20, -20, -20, -20, 20, -20, -20, -20, -20, -7, -18, -6, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, 20, -20, -20, -20, -20, -19, -16, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -39, -34, -18, -27, 27, -35, 21, 0, 0, 0, 0, -21, -14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -13, -20, 0, -20, -17, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -21, 22, -17, -19, -22, -22, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, 0, 0, 0, -20, 20, -19, -40, -39, -52, -47, -37, -28, 32, -42, -20, -19, 0, 0, 0, -15, 23, 0, -18, -22, -6, -6, 0, -9, 24, 0, -21, -20, -19, -20, -12, -20, 20, -20, -20, -20, -20, -19, -20, -20, 20, -20, 20, -20, -20, -20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, -22, -21, -18, 0, -21, -24, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28, 0, 0, 0, 0, -19, 27, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0, -18, -20, -7, 20, 0, 0, 0, 0, -18, -20, -7, 20, 0, 0, 0, 0, -18, -20, -7, 0, 0, 0, 0, 0, 0, 0, 0, -42, 15, -21, -25, -40, -42, 0, -46, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, 0, 19, -19, 0, -23, -17, -6, -19, 0, -23, 22, -20, 20, -16, 0, -14, 0, -19, -20, -18, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -19, -20, -20, 20, -20, 0, -5, 0, -6, -6, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -20, -20, -20, -20, 20, -19, -18, -11, -20, 0, 20, -14, -20, -8, 0, -12, 20, 0, 0, -29, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -18, 0, -14, 0, 20, -20, -20, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -13, 0, 0, 0, -18, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, -19, -20, -18, -19, -20, -19, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -14, -20, -20, -20, -20, -18, -7, 0, -10, 20, 0, -19, 0, -22, 0, -14, 0, 37, -24, -13, 0, 17, 0, 0, 0, -7, -10, 0, -20, -20, -20, -19, -19, 20, -20, -20, -13, -20, 0, -20, -17, 20, -20, -20, -20, -20, -20, -17, -14, 20, -20, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 19, 0, -19, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -31, -41, 0, -31, -24, 35, -23, -46, 0, 0, 0, 0, 0, 0, 0, 0, -23, -60, -42, -41, -31, -51, 26, -44, 0, -6, 0, 0, 0, 18, -8, -6, 10, -43, -57, 18, -87, -18, -45, -43, 0, 0, 0, 0, 0, 0, 0, 0, -35, -33, -48, -28, -9, 40, -20, -32, -38, -25, -25, -27, -29, 25, -38, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, 0, -16, 0, 20, -18, -6, -17, -20, -9, -7, -20, -20, -15, 21, -19, -20, -18, -19, -20, -19, -20, 20, 25, -5, 0, 0, 0, -22, -7, 0, -22, 21, -20, -22, -20, -20, -22, -20, -5, 18, 0, 0, 0, 0, -14, 0, -23, 23, -24, -24, -23, -22, -23, -23, 0, 0, 0, 0, 0, 0, 0, 0, 24, -21, -35, -34, -13, -39, -23, -38, -12, 20, -13, 0, -19, -8, -20, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -37, -39, 0, -40, -40, -25, 0, -22, 0, 0, 0, -17, 0, 20, 0, -20, 20, -20, 11, -34, -21, -20, -39, -37, 0, 17, 0, 0, 0, 0, -17, 0, -17, -20, -19, -17, -17, -20, -19, 20, 0, -15, 0, 20, 0, -12, 0, -20, 20, -20, -20, -20, -19, -20, -20, -20, 24, 0, 0, 0, 0, -21, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, 22, -21, -24, -21, -21, -22, -22, -20, -20, -21, -21, -20, -21, 20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -17, -13, -11, -8, -20, -20, -12, -17, -20, -19, -17, -17, -20, -19, 20, -21, -24, -36, -27, 25, -24, -31, -28, 0, 0, 0, 0, 0, 0, 0, 0, 20, -19, 0, -12, -14, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -15, 0, 0, 0, 0, -20, -20, 20, -20, -17, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 27, 0, -16, -14, 0, -57, -25, -21, 19, -5, 0, 0, 0, -15, -19, 0, -19, -52, -40, 22, -20, -40, -20, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, -17, -9, -37, -17, -48, -21, 7, 0, 0, 0, 0, 0, 0, 0, 0, 22, -16, -15, -14, 0, -35, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -24, -19, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, -43, -39, 0, -40, -57, -41, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, -6, 37, -13, 0, -33, -42, -42, -44, -41, 0, -46, -52, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -20, 32, -20, -20, -37, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, -6, 37, -13, 0, -33, -19, -19, 0, 0, 0, -19, 20, -18, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -13, -10, -20, -20, -20, 11, -100, -59, -66, -44, 0, -26, -37, 20, -19, -15, -17, -19, -20, -20, -14, -5, 18, 0, 0, 0, 0, -14, 0, -19, -19, 0, 0, 0, -19, 20, -18, -21, -21, -20, -20, -21, -21, 21, -20, 30, -7, -17, -7, 0, -21, -29, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -9, -20, -16, -15, -20, 20, -11, 0, 0, 0, 0, 0, 18, 0, -18, 0, 0, 0, 0, 0, 18, 0, -18, -12, -20, -18, -15, -12, 20, -18, -19, -12, -20, -18, -15, -12, 20, -18, -19, -20, -20, -19, -20, -20, 20, -20, -20, -44, -39, -24, -42, -23, -21, 39, -28, -12, -20, -18, -15, -12, 20, -18, -19, -19, -27, 0, -38, -9, 0, -34, -18, 0, 0, 0, 0, 0, 18, 0, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, -5, 0, -19, 20, -15, 0, -8, -13, -20, -19, 0, 0, -7, 0, 0, 18, -8, 0, 0, 0, -7, 0, 0, 18, -8, 0, -22, -27, -24, -22, -24, -22, 23, -25, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -8, -15, 0, 20, -17, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, 23, -7, 0, 0, -14, -22, 0, -20, -20, -20, -15, -15, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 0, 0, -21, 20, -20, -21, -13, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -19, -20, -20, -19, -40, -39, -8, 15, -33, -48, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, -20, -26, -13, -8, -10, 23, -20, -17, -20, -20, -20, -15, -15, 20, -20, -20, 20, -19, 0, -12, -14, -20, -20, -20, 20, -22, -21, -19, -17, -20, -20, -19, -23, 21, -20, -20, -20, -20, -21, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -20, -19, -19, -20, -20, -20, 0, -33, -19, -20, -20, -27, -20, 0, -19, 20, -20, -19, -19, -20, -20, -20, 0, -20, -19, -15, -8, -20, 20, -20, 0, -20, -19, -15, -8, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -17, -16, -9, -18, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -24, -25, -23, -28, -21, -22, 22, -42, 44, -21, -30, -39, -48, -45, -33, 0, 0, 0, 0, 0, 0, 0, 0, -22, -20, -19, -21, 0, -23, 21, -18, 21, 0, 0, -9, 0, -15, -13, -17, -20, -20, 22, -22, -21, -26, -22, -21, -19, -21, 22, -17, -19, -22, -22, -25, -20, -21, 20, -32, -15, -20, -20, -20, 20, 0, -12, 0, 0, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, 0, 0, 0, 0, -19, -18, -11, 20, 0, -12, 0, 0, 0, -19, 0, 20, -20, -20, -13, -10, -20, -20, -20, -16, -44, -37, -56, -21, -53, 19, -41, 20, -20, -20, -11, -9, -20, -20, -20, -20, -20, -18, -20, -20, -20, -20, 20, -37, -6, -48, 16, -26, -25, -33, -27, 41, -49, -10, -19, -25, -40, -19, -38, 0, 0, 0, 0, 0, 0, 0, 0, 49, -35, -55, -44, -30, -28, -65, -47, 0, 0, 0, 0, 0, 0, 0, 0, -42, -28, -32, -67, -30, -29, -13, -16, -20, -21, -20, -19, -5, -21, 21, -20, -44, -39, -24, -42, -23, -21, 39, -28, 0, 0, 0, 0, 0, 0, 0, 0, 36, -46, -50, -38, -77, -22, -41, -49, -15, -25, -20, -24, 0, -19, 22, -16, -15, -25, -20, -24, 0, -19, 22, -16, 20, 0, 0, 0, 0, -17, -25, -8, 0, 0, 0, 0, 0, 0, 0, 0, -44, -20, 29, -39, -13, -40, -13, -40, -26, 22, -20, -24, -20, -20, -23, -20, -5, 18, 0, 0, 0, 0, -14, 0, 0, 0, 0, 0, 0, 0, 0, 0, -46, -23, -32, -35, -29, -22, -27, 24, 0, 0, 0, 0, 0, 0, 0, 0, -30, 41, -29, -32, -8, -20, -50, -19, -9, 21, -12, -13, -14, -18, -21, -17, -62, 25, -24, -50, -73, 0, -56, -23, -51, -52, -42, -44, -32, 46, -41, -42, -16, -9, -20, -19, 0, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -24, -28, -37, 21, -27, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -18, -20, -19, 20, -20, -20, -20, -18, -7, 0, -10, 20, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, 0, 19, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 44, -44, -33, -30, -36, -37, -41, -44, -26, -21, -20, -19, -19, -20, 25, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -45, -43, -48, -54, -55, -30, -51, 42, -20, -18, -20, -16, -13, -20, -19, 20, -20, -21, -20, -20, -20, -20, 21, -20, -24, 26, -28, -27, -31, -22, -26, -24, -21, -21, -21, -20, -20, -20, 21, -23, -20, -25, -15, -16, -7, -24, 28, -31, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -14, -15, -11, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28, -28, -25, -32, -23, -24, 27, -28, -39, -27, -19, -21, -8, -19, 26, -11, 0, 0, 0, 0, 0, 0, 0, 0, -39, -27, -19, -21, -8, -19, 26, -11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 46, -16, -17, -23, -12, -42, -49, -24, -19, -19, 0, 0, 0, -19, 20, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 46, -16, -17, -23, -12, -42, -49, -24, 0, 0, 0, 0, 0, 0, 0, 0, 35, -12, 0, 0, 0, -16, -33, -8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -39, -27, -24, -25, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -18, -6, -20, 20, -19, 33, -28, -23, -29, -30, -33, -35, -27, 0, 0, 0, 0, 0, 0, 0, 0, -19, -18, 0, 0, 0, -18, 20, -16, -58, 21, -24, -31, -39, -55, -20, -53, -21, 0, 0, 0, 0, -20, 22, 0, -22, -25, -23, -22, -25, -29, 25, -28, -22, 20, -19, -19, -15, -20, -20, -15, 20, -20, -20, -20, -20, -20, -20, -20, 0, 39, 0, 0, 0, 0, -26, -10, -20, -20, 0, 0, 0, 20, -10, -19, 20, -20, -12, -17, -14, -20, -20, -14, -20, -18, -11, -17, -11, 20, -19, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -8, 0, 0, 0, -20, 0, -23, -22, -21, 21, -21, -21, -21, -21, -25, -21, -30, 21, -23, -39, -20, -20, -21, -21, -21, 22, -21, -21, -28, -23, -29, -13, -8, 20, 0, -14, -64, -20, -20, -20, -20, 20, -20, -20, -20, -20, -19, -22, -24, 36, -20, -27, -22, -41, -20, -20, -20, 20, -19, -20, -20, -20, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -24, -19, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 12, -40, -35, -40, -23, 18, -35, -38, 0, 0, -17, 0, -6, 37, -13, 0, -33, 0, 0, 0, 0, 0, 0, 0, 0, -22, -20, -20, -20, 6, -21, -22, 19, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, -23, -29, -52, -66, -69, -26, -8, -39, -24, -23, -14, -9, -9, -13, 30, 0, -25, -33, -49, -41, -56, -23, 32, -54, 25, -5, 0, 0, 0, -22, -7, 0, -20, -20, -19, -14, -13, -20, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, -5, 0, 7, 0, 0, 0, 0, 0, -5, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 19, -5, -8, -12, 0, -17, -14, -18, 0, 0, 0, 0, 0, 0, 0, 0, -17, -20, -9, -7, -11, -20, -15, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, -18, 21, -12, -10, -19, -19, -21, -8, -23, -20, -20, -20, -29, -30, 24, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, -21, -27, -27, -21, -17, 31, -6, -20, -20, -20, -20, -21, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -38, -34, -32, -39, -39, -40, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -15, -12, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -40, 8, -40, -31, -23, -36, 0, -25, 0, 19, 0, 0, 0, 0, -16, 0, -21, -20, -21, -19, -15, 21, -22, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -18, -18, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -7, -13, -7, -17, 0, 27, -16, -21, 0, 8, 0, 0, 0, 0, -6, 0, -20, 20, 0, 0, -18, -20, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -13, 0, -24, -20, -11, -11, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -17, -18, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, -20, -22, -21, 0, -33, -20, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, -5, 0, 0, 0, -22, -7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, 0, 0, 0, 0, -19, -18, -11, -20, -20, -20, -19, -20, -20, 20, -20, -20, -21, -20, -20, -20, 21, -20, -21, -19, -19, -18, -5, -12, 20, -20, -20, -62, -41, -29, -57, -40, 55, -62, -47, -17, -26, 0, -37, 0, 6, -29, -33, 0, -12, 0, 0, 0, 37, 0, -23, 0, 0, 0, 0, 0, 38, -28, 0, -19, -19, -18, -20, -19, 20, -20, -20, -19, -19, -18, -20, -19, 20, -20, -20, 0, 0, 0, 0, 0, 19, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, -18, -17, -14, 0, -5, 21, -24, -20, 0, -7, 0, 0, 0, 14, 0, 0, -20, -20, -20, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -17, -14, 20, -20, -17, -39, -26, -35, -22, -21, 32, -40, -20, -20, -20, -19, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 41, 0, -36, 0, -7, 0, 0, 0, 14, 0, 0, -13, -20, 0, -20, -17, 20, -20, -20, -20, -20, -19, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 37, -18, -9, -32, -34, -39, -19, -20, -20, -20, -20, -20, -20, -20, 20, 56, -39, -21, 0, -37, -39, -38, -59, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -14, -13, -20, 20, -19, -25, -20, -21, -19, 21, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -40, -41, -38, -38, 41, -43, -25, -32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -12, -14, -15, -20, -18, -15, -29, -31, -20, -20, -40, -34, -21, 35, -19, -20, 20, -20, -18, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, 20, 0, -20, -20, -20, -20, -15, -15, 20, -20, -20, -20, -20, -20, -20, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, 31, -22, -28, -30, -36, -34, -30, 0, 0, 0, 0, 0, 0, 0, 0, -7, -21, -31, -6, -12, 20, -53, -24, 21, -22, -18, -20, -15, -19, -20, -11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -6, -19, 20, -19, -38, -28, -30, -29, -8, -19, 37, -37, -67, 0, -26, -62, 9, -11, -37, -33, -45, -23, -45, 39, -32, -27, -41, -27, 0, 0, 0, 0, 0, 0, 0, 0, 19, -40, 11, -38, -39, -30, -28, -23, 0, 0, 0, 0, 0, 0, 0, 0, -9, -33, 0, 0, 0, 55, -12, -17, 0, 0, 0, 0, 0, 0, 0, 0, 40, -52, -32, -48, -41, -59, -11, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, -8, -18, -43, -25, -5, -44, -45, 0, 0, 0, 0, 0, 0, 0, 0, 15, -20, -13, -32, -19, 20, -55, -20, -14, -9, 0, -21, -20, -19, -15, 21, -18, -20, -14, -17, 20, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, 0, -20, -19, -13, -17, -14, 20, -19, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -20, -9, -7, -20, -20, -15, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, 0, 0, 0, 0, 0, -22, 0, 20, -19, -18, -16, -18, -20, -20, -20, 0, -55, -39, -18, 0, 11, -51, -41, 0, 0, 0, 0, 0, 0, 0, 0, 32, -43, -19, 0, -33, -60, -57, -11, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -13, -10, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, -23, -11, -20, -19, -21, 19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -48, -43, -41, -37, -36, -56, 48, -59, 0, 0, 0, 0, 0, 0, 0, 0, -5, 0, 0, 0, 0, 0, 11, 0, 25, -26, -17, -27, -21, -24, -25, -16, -37, 0, -41, 0, -39, -41, -38, -42, -8, -36, -22, -33, -17, 18, -38, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -21, -19, -15, 21, -22, -28, 0, 0, 0, 0, 0, 0, 0, 0, -19, 21, -20, -18, -7, -28, -20, -13, 0, 22, -17, 0, 0, -7, -22, 0, -19, 20, -20, -18, -11, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -12, 0, 0, 20, -11, -7, 0, -18, 0, 18, 0, 0, 0, -39, -21, -21, -21, 22, -21, -21, -28, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -18, -19, -20, -19, -20, 20, -20, -20, -20, -19, -19, -20, -20, 20, 33, -32, -25, -9, 0, 0, -36, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -16, -20, -20, -20, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, -26, -8, -21, -9, -20, -37, -29, -28, 25, -24, -25, -23, -25, -26, -26, 20, -20, -8, -21, -20, -20, -22, -21, -20, -20, -19, -20, -20, 20, -20, -20, 0, -27, 0, -13, -6, 41, 0, -14, -22, -9, -17, -21, -18, 37, -21, -16, 0, 0, 0, 0, 0, 0, 0, 0, -27, -35, -41, -30, -17, 31, -25, -39, 0, 0, 0, 0, 0, 0, 0, 0, 20, -19, -19, -8, 0, -20, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, 24, -22, -17, -17, -15, -25, -13, 0, 0, 0, 0, 0, 0, 0, 0, -5, -17, -13, -10, 0, -23, -16, 23, 0, -24, -6, -21, -17, -20, 34, -40, 0, 0, 0, 0, 0, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -11, -19, -17, 0, 0, -20, -18, 20, 0, 0, 0, 0, 0, 0, 0, 0, -31, 12, -13, -23, -30, -45, 7, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -9, -20, 0, -19, -40, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -11, -19, -17, 0, 0, -20, -18, 20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -18, 20, -20, -19, -20, 0, -16, 0, 0, 58, -28, -8, -58, -20, -20, -20, -20, 21, -20, -20, -22, -20, -20, -5, -6, -13, 20, -18, -20, 0, 0, 0, 0, 0, 0, 0, 12, -26, -21, -20, -29, -23, -21, 22, -22, 0, 0, 0, 0, 0, 0, 0, 0, -64, -49, -43, -51, -34, -41, 49, -52, -7, -9, 0, -19, 0, -18, 19, 0, -20, -20, -20, 20, -20, -20, -20, -20, 20, -20, -6, -11, -8, -20, -20, -22, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -17, -17, -9, 0, -14, -20, 0, -28, -21, -21, -30, -24, -20, 22, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, -25, 0, -22, -19, -26, -41, 23, -34, -28, -19, -19, -19, -20, 31, -22, -41, -23, -33, -36, -68, -30, -31, 31, -19, -20, -19, -19, -19, -20, -20, 20, -20, -20, -19, -17, -18, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, -20, -20, -20, -19, -19, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0, -18, -20, -7, -11, -19, -17, 0, 0, -20, -18, 20, 0, 0, 0, 0, 0, 0, 0, 0, -11, -19, -17, 0, 0, -20, -18, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, -20, -20, -20, -20, -15, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -17, -20, -9, -7, -11, -20, -15, 16, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -17, -18, 20, -20, -20, -20, -20, -20, -14, -14, 20, -20, -20, -20, -20, -20, -18, -10, -20, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -12, -12, -20, -20, -20, 20, 19, -5, 0, 0, 0, -15, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -26, 22, -24, -25, -39, -32, -21, -23, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, 0, 0, 0, 37, 0, -23, 32, -43, -32, -44, -35, -32, -32, -31, -52, -37, -48, -25, -24, 45, -43, -27, -20, -20, -21, -20, -20, -21, 20, -20, -23, -22, -25, -20, -12, -20, 21, -9, 0, 0, 0, 0, 0, 13, 0, 0, -20, -20, -20, -19, -19, 20, -20, -22, -20, -40, -33, 23, -23, -40, -20, -25, -20, -20, -20, -19, -19, 20, -20, -20, -20, -20, -20, 20, -20, -20, -20, -20, -20, -18, -20, -18, -18, -20, 20, -17, -19, -12, -12, -10, -14, -19, 20, -14, -24, -25, -42, -31, -49, 25, -25, -23, -34, -7, -15, 56, 0, -16, -56, 0, -60, -52, -63, -41, -55, 52, -55, -49, -59, -45, -44, -54, -41, -34, 48, -27, -19, -19, -15, -12, -9, -20, 20, -12, 20, -18, -17, -12, -15, -20, -22, -20, 7, 0, 0, 0, 0, 0, -5, 0, 7, 0, 0, 0, 0, 0, -5, 0, -23, -22, -25, -21, -20, 24, -28, -25, -22, -20, -20, -21, -20, 20, -22, -22, -19, -20, -19, -20, -20, -20, 20, -19, 0, -20, -8, -30, -7, 41, -46, -16, -21, -24, -22, -20, -20, -39, 35, -40, -16, -20, -17, -17, -14, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 28, -52, -45, -44, -31, -48, -27, -52, -12, -20, -18, -15, -12, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, -19, -9, 21, -12, -13, -14, -18, -21, -17, -20, -20, -18, -19, -6, -18, 20, -20, -20, -19, -17, -16, -9, -18, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -36, -38, -29, -29, -39, -20, -18, -20, -18, -18, -20, 20, -17, 0, 0, -8, 0, 0, 19, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -18, -6, -20, 20, -19, -20, -28, -17, -26, -16, -20, 20, -19, -21, -41, -22, -23, -24, 33, -27, -21, -14, -61, -39, -45, -32, 23, -47, -45, 0, 0, 0, 0, 0, 13, 0, 0, 18, 0, 0, 0, 0, 0, -16, 0, -20, -11, 0, 0, 0, 20, -20, 0, -21, 0, 0, 0, 0, 43, -43, -27, -21, -22, -22, -14, -21, -22, 21, -24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, -21, -22, -20, 0, -17, -20, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -11, -19, -17, 0, 0, -20, -18, 20, -20, -20, 20, -19, -20, -20, -20, -20, 56, -39, -21, 0, -37, -39, -38, -59, 0, 0, 0, 0, 0, 0, 0, 0, -16, -20, -6, -13, -31, -20, -14, 35, 0, 0, 0, 0, 0, 0, 0, 0, -18, 0, 0, -19, 0, -18, -8, -21, 0, 0, 0, 0, 0, 0, 0, 0, -21, -22, -22, -14, -21, -22, 21, -24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, -26, 0, 0, 0, -22, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, -21, 23, -17, -19, -22, -21, -25, -22, 22, -25, -34, -31, -24, -21, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -20, -20, -20, -20, 21, -20, -20, -20, -20, -20, -20, 20, -20, -20, -25, 0, -37, -29, 0, -21, 0, -12, 0, 22, -17, 0, 0, -7, -22, 0, 0, 6, 0, 0, 0, 0, 0, 0, -23, -32, -22, -41, -23, -39, 37, -23, -20, -20, -17, -18, -17, -20, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -22, -20, -20, -13, -20, 20, -20, 16, -42, -6, -31, -11, 0, -20, 0, -18, -20, -20, -20, -17, -19, 20, -20, -52, 15, -23, -46, -51, 0, -39, -6, 0, 6, 0, 0, 0, -6, 0, 0, 0, 19, -11, 0, 0, -13, -18, 0, -20, 20, -20, -19, -15, -20, -20, -20, -36, -49, -40, 19, -20, -41, 0, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, -21, -21, -40, -15, 19, -7, -20, -17, 20, 0, -8, -9, -19, -15, -8, 9, -24, -32, -15, -22, -56, 0, -38, -102, -48, -56, -21, 7, -18, -17, -12, 21, 0, 0, -9, 0, -15, -13, -17, 0, 0, 0, 0, 0, 0, 0, 0, -72, -40, -55, -20, 7, -18, -37, -12, -40, -44, -8, 15, -33, -48, -25, 0, -35, -21, -17, -23, -8, -26, -40, 31, 0, 0, 0, 0, 0, 0, 0, 0, -27, -40, -37, -25, -8, -32, -26, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -11, -30, -53, -54, -65, 30, -70, -10, -20, -19, -13, -17, -14, 20, -19, -19, -20, -19, 0, -10, 0, 38, -20, -29, 0, 0, 0, 0, 0, 0, 0, 0, -27, -40, -37, -25, -8, -32, -26, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -22, -17, 0, -28, 0, -58, 0, 0, 0, 0, 0, 0, 0, 0, -62, -20, -44, -54, -43, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -30, -9, -7, -7, -7, 39, -24, -21, 0, 0, 0, 0, 0, 0, 0, 0, -40, -23, -31, -38, -29, 40, -39, -29, -20, -18, -7, 0, -10, 20, 0, -19, -59, 47, -26, -20, -46, -23, -49, -51, -24, -23, -20, -20, -20, -20, -26, 20, 27, -25, -46, -49, -26, -33, -47, -52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -33, -47, -34, -13, 39, -21, -35, -23, -13, -27, 0, 0, 53, 0, 0, -13, -20, 0, -20, -17, 20, -20, -20, -54, -39, -46, -52, -27, 38, -21, -50, -41, -25, 25, -28, -47, -21, -26, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -22, -21, -19, -17, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0, -19, -20, -12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -18, -19, -19, 21, -21, -17, -20, -20, -20, -19, -18, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 22, -21, -7, -19, 0, -15, -25, 0, 16, 0, 0, 0, 0, 0, -11, 0, 20, -20, -20, -20, -20, -20, -20, -20, 19, 0, 0, 0, 0, 0, -15, 0, -25, -23, -20, 21, -15, -21, -22, -22, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, 20, -19, -20, -20, -20, -23, -35, -11, -18, -23, 7, -30, 0, -22, -22, -22, -24, 22, -20, -21, -25, 0, 0, 0, 0, 0, 0, 0, 0, -22, -40, 0, -33, -35, -26, -36, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -19, -10, 0, 0, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -16, -14, -17, -20, -20, -20, -17, -20, -19, -17, -17, -20, -19, 20, -17, -20, -9, -7, -20, -20, -15, 21, -20, -20, -18, -20, -20, -20, -20, 20, -36, -46, -25, -41, -39, -57, 37, -35, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -20, -16, -13, -20, -19, 20, -20, -19, 0, 0, 0, -15, 23, 0, -23, -63, -39, -48, -26, -66, 27, -45, 0, 0, 0, 0, 0, 0, 0, 0, 33, 0, -9, 0, 0, -6, -32, -7, -20, -20, -19, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -12, -12, -10, -14, -19, 20, -14, -20, -20, -17, -18, -17, -20, 20, -19, -12, -20, -18, -15, -12, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 49, -56, -37, -54, -56, -42, -47, -53, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -18, 0, -14, 0, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -42, -20, -20, 21, -19, -21, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -21, -21, -20, -21, 22, -23, -20, -20, -20, -20, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -26, -24, -20, -22, -23, 24, -15, 0, 0, 0, 0, 0, 0, 0, 0, -22, -20, -21, -21, -20, -21, 21, -20, -21, -21, -20, -20, -21, -21, 21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -19, -18, -14, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -23, -22, -24, -21, -22, 21, -23, 0, 0, 0, 0, 0, 0, 0, 0, -16, -43, -28, 44, -6, -8, -44, -33, 0, -6, 0, 0, 0, 18, -8, -6, -28, -35, -41, -30, -15, 31, -25, -35, 0, -21, -22, -30, -24, -20, 5, -20, -21, -41, -22, -23, -24, 33, -27, -21, -21, -45, -27, -31, 13, -28, 6, -44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -11, 0, 0, 0, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -45, -43, -48, -54, -55, -30, -51, 42, 40, -23, -16, -19, -20, -39, -39, -33, 0, 0, 0, 0, 0, 0, 0, 0, -56, -21, -21, -24, -22, -23, 25, -27, -22, -22, -18, -20, -19, 21, -20, -23, -19, -19, 0, 0, 0, -19, 20, -18, -10, -20, 0, -23, -14, 28, -10, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, -22, -21, -18, 0, -21, -24, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 28, 0, -8, -8, -12, -19, -24, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, -15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 37, -24, 0, 0, 0, -17, -36, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, 20, -13, 0, -19, -8, -20, -16, -36, 16, -21, -27, -25, 0, -40, -40, 0, -14, 0, 0, 0, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, 0, 0, 0, -20, 0, 20, 0, -14, 0, 0, 0, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, 0, 0, 0, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 37, -24, -21, -21, -37, -41, -36, -29, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -18, -29, 0, -24, 21, -22, -28, -28, -23, -24, -34, 0, 11, -53, -20, -20, -20, 20, -20, -20, -20, -20, 20, -13, 0, -11, -8, -20, -20, -13, -5, -10, -26, -8, -60, -52, -5, -13, 27, -21, 0, 0, -26, -28, -19, -20, -45, -20, -7, -20, -18, -23, 33, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, -18, 0, 20, 0, -20, -14, -20, -55, -24, -23, -40, -49, -22, -64, 43, -8, -11, 0, -12, -10, 33, -34, -17, -24, -67, -24, -56, -44, 0, 7, -39, -19, 20, 0, 0, -16, -20, -20, -14, 34, -30, -21, -18, -18, -8, -43, -37, 0, 0, -19, -20, -20, -37, -42, -24, -20, -22, -24, 23, -20, -27, -22, -20, 0, -32, -21, -52, -39, 29, -37, -45, -20, -20, -16, -19, 20, -20, -20, -20, -34, -24, -111, -133, -124, 46, -72, -68, -20, -20, 0, 20, 0, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 46, -61, -33, -31, 0, -48, -42, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, 0, 0, 12, 0, 0, -35, 43, -42, -49, -43, -42, -40, -45, -38, 0, -24, -28, -33, -35, 0, -37, -20, -20, -20, 20, -20, -20, -20, -20, -58, -60, -48, -46, -37, 8, -62, -8, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 12, -6, -19, -43, -37, -47, -46, -43, -6, -18, -14, 0, 0, -40, -16, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, -38, -17, -21, -38, -34, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -19, -17, -17, -20, 20, -20, -20, -20, -20, -20, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -27, -24, -22, -24, -22, 23, -25, 0, 0, 0, 0, 0, 0, 0, 0, -32, -26, -23, -23, -23, 26, -24, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -21, -18, -17, -20, -21, -7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -43, -44, -47, -28, 0, 48, -41, -51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -69, 0, -53, -62, -49, 0, -42, 6, -78, -23, -44, -37, -43, 23, -59, -12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -9, -16, -26, -11, -7, -9, -20, 22, 0, 0, 0, 0, 0, 0, 0, 0, -19, -28, 0, -17, 0, 40, -30, -40, -6, -48, -41, -7, -26, -29, -57, 34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, -40, -15, -19, -22, -23, -22, -23, -18, -18, 0, -7, 0, 25, -14, -33, 0, 0, 0, 0, 0, 0, 0, 0, -6, 20, 0, 0, -18, -20, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, -27, -21, -23, -20, -25, -24, 25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -23, -20, -20, -19, -23, -20, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -30, -20, -16, 0, 0, 18, 16, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -19, -14, -18, -20, -20, -17, 20, -18, -11, -17, -16, -20, -20, -18, -35, -33, -48, -28, -9, 40, -20, -32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, -24, 29, -21, -27, -32, -36, -34, -22, 23, -7, 0, 0, -14, -22, 0, 29, -29, -28, -26, -28, -35, -34, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -25, -19, -35, -8, -29, 20, -22, 21, -20, -19, -21, -19, -21, -20, -21, -20, -23, -21, -23, -21, -24, -26, 21, -8, -28, -39, 18, -20, -40, -15, -38, 0, 0, 0, 0, 0, 0, 0, 0, -20, -23, -21, -23, -21, -24, -26, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -51, -52, -42, -44, -30, 46, -41, -42, 6, -29, -30, -84, -68, 10, -68, -11, 0, 0, 0, 0, 0, 0, 0, 0, 6, -17, -58, -54, -12, -18, -41, 14, 20, -29, -11, -31, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -34, -33, -34, -28, -31, -33, -34, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -11, -45, 13, -46, -64, -56, 6, -75, -8, 0, 0, 29, 0, -8, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -5, -35, -55, -5, -28, -5, 0, -35, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, -20, -18, -15, -6, -30, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -76, -80, -69, 26, -49, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -46, -58, -57, 29, -43, -16, -85, -61, -20, 33, 0, -44, -41, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -19, -16, -10, -15, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, -7, -10, 0, -20, -20, -19, -19, -20, -20, 20, -20, -8, 34, 0, 0, 0, 0, -16, -9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -30, -22, -23, -8, 24, -25, -24, 0, -6, -7, 0, 0, 14, 0, 0, 7, 0, 0, 0, 0, 0, -5, 0, -64, -7, -41, -45, -18, -21, -35, 0, -20, -20, -20, -15, -18, -20, 20, -20, -20, -20, -19, -16, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 0, 0, 0, 0, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -20, -20, -21, -20, -21, -20, -38, -25, -25, -27, -29, 25, -38, -22, -20, -24, -12, -17, -6, -16, 23, -18, -20, -20, -16, -20, -20, -20, 20, -19, -31, -41, -31, -7, 0, -24, 40, -32, -20, -30, -15, -20, -17, 0, -32, 15, -20, -21, -20, -20, -20, -20, 21, -20, 25, -5, 0, 0, 0, -22, -7, 0, -59, -20, -22, -25, -28, -40, -41, 39, -22, -20, -19, -21, 0, -23, 21, -18, -20, -20, -20, -19, -18, -20, 20, -20, -28, -15, -6, -10, 0, -7, 29, 0, -36, -39, -16, -45, -37, 45, -34, -58, -16, -9, -20, -19, 0, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, -13, 0, 0, -6, -20, -9, -14, -5, 0, 0, 0, -12, 31, 0, -40, -40, 40, -40, -40, -35, -41, -40, -40, 35, -26, -23, -24, -12, -38, -23, -10, -20, 0, -23, -14, 28, -10, -26, -20, 20, -20, -20, -19, -20, -20, -20, -63, -27, -41, 0, -51, 0, 0, -6, -19, 20, -20, -19, -19, -20, -20, -19, -20, -20, -20, -20, -20, -20, -20, 20, 11, 15, -23, -45, -47, -27, -61, -50, 40, -40, -20, -7, -16, -40, -37, -38, 0, 0, 0, 0, 0, 0, 0, 0, -17, -14, 0, -7, 0, -8, 35, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -17, -21, -18, 23, -33, -21, -18, 21, 0, 0, 0, -10, -22, -5, -22, -30, -23, -22, -22, -23, 24, -21, 0, 0, 0, -17, 0, 20, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, -29, -36, -32, -30, -34, 28, -25, -35, 43, -42, -49, -43, -42, -40, -45, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -23, -27, -25, 0, -27, -37, 11, -20, -20, -20, -20, 25, -20, -20, -28, -20, -21, -18, -13, -19, 21, -21, -23, -19, -20, -20, -12, -18, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -22, -25, -21, -20, 24, -28, -25, -45, -43, -48, -54, -55, -30, -51, 42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -21, -21, -20, -20, -20, 21, -23, 0, 0, 0, 0, 0, 0, 0, 0, -18, 21, 0, 0, 0, -10, -22, -5, 0, 0, 0, 0, 0, 0, 0, 0, -51, -17, -7, -7, -25, -18, 0, -6, 0, -9, 0, -5, 47, -23, -9, -46, -10, -20, 0, -23, -14, 28, -10, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -25, -32, -39, -22, 0, 16, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, -41, -14, -31, -17, -36, 0, 10, -20, -20, 20, -19, -20, -20, -20, -20, 20, -19, -19, -18, 0, -20, -20, -20, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -9, -16, -18, 0, 0, -12, 19, -9, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -19, -19, -16, 20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0, -18, -20, -7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, -5, -8, -12, 0, -17, -14, -18, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -12, -12, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -20, -21, -16, -20, -21, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -22, -23, -21, -21, -22, 22, -22, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -18, -19, -20, -19, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -19, -6, -18, 20, -20, -17, -20, -19, -17, -17, -20, -19, 20, -7, 0, 0, 0, 0, -12, 21, -16, -19, -19, 0, 0, 0, -19, 20, -18, 0, 0, 0, 0, 0, 0, 0, 0, 40, -23, -16, -19, -20, -39, -39, -33, -20, -11, 20, -29, -24, -28, -29, -21, -19, -24, -10, -10, -6, -19, 21, -19, -26, -20, -20, -20, -19, -20, 20, -22, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, -20, -20, 20, -19, -20, -20, -20, -20, 0, 0, 0, 0, 0, 18, 0, -18, -20, -30, -15, -20, -17, 0, -32, 15, 0, 0, 0, 0, 0, 19, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, -18, -20, -14, -17, 20, -19, -20, -20, -20, -20, -20, -15, -15, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 30, 0, 0, -26, 0, 0, -6, 0, 20, -18, -17, -11, 0, -11, -20, -20, -38, 21, -20, -22, -23, -19, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 20, -17, -16, -15, 0, -8, -20, -20, 20, -18, -17, -11, 0, -11, -20, -20, -15, -19, -19, -6, 0, -20, -19, 20, -23, -23, -25, -18, 0, 28, -8, -26, -35, 0, -9, -34, -30, -40, 6, 23, -11, -19, -17, 0, 0, -20, -18, 20, -19, -20, -19, -19, -19, 20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -16, -15, -17, 0, 0, -20, -40, 15, -40, -25, -18, -19, -23, -18, -20, 0, 0, 0, 0, 0, 12, 0, 0, 0, -17, -13, -27, 0, -22, -17, 22, 0, 0, 0, 0, 0, 0, 0, 0, -9, -16, -26, -11, -7, -9, -20, 22, 0, 0, 0, 0, 0, 0, 0, 0, -40, -20, -20, -20, -19, 34, -28, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28, -27, -23, -24, -24, -22, 26, -25, -20, -20, 23, -22, -20, -33, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -42, -26, -41, -26, 35, -51, -48, -35, -20, -20, -6, -6, -13, 20, -24, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -79, -23, -30, -39, -54, 15, -59, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, 39, 0, -30, -40, -20, -20, -39, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -19, -20, -20, -21, -21, 20, -20, -20, -19, -12, 6, -20, -24, 0, -23, 22, -19, -20, -21, -20, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, -25, -20, -21, -19, 21, -20, -21, -20, -20, -19, -18, -15, -14, -19, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -18, -20, -14, -17, 20, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -17, -13, -11, -8, -20, -20, -12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, 0, -26, -40, -26, -21, 0, -8, -41, -30, -51, -60, -36, 18, 14, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -26, -22, -24, -21, -22, -31, 22, 0, -16, 0, 0, 0, -20, 0, 20, -24, -21, -10, 34, 0, -20, -20, -40, 20, 0, -39, -25, -35, -37, -31, -25, -17, -14, 0, -7, 0, -8, 35, 0, -21, -20, -19, -15, 20, -20, -24, -38, -20, 19, -20, -35, -20, -20, 0, -20, 40, -51, -49, -55, -43, -50, -55, -29, 16, -39, -41, 0, -40, -29, -22, -41, -20, -20, -20, -20, 0, -11, 20, -19, -20, -19, 0, -10, 0, 38, -20, -29, -20, -19, 0, -10, 0, 38, -20, -29, 20, -20, -16, -14, -17, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -15, -8, -20, 20, -20, -20, 20, -20, -20, -19, -20, -20, -19, 0, -20, -20, -20, 20, -25, -20, -24, -22, -22, -30, -24, -23, -24, 22, -24, 0, 0, 0, -7, 0, 0, 0, 0, -39, 20, -20, -25, -7, -5, -21, -21, -21, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, -35, -41, 22, 0, -20, -23, -40, -21, -34, -28, -25, -16, -18, -23, 26, -6, -21, -21, -18, -20, -17, 21, -21, -20, -20, -18, -7, 0, -10, 20, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, -28, 0, 0, 41, 0, 0, -11, -15, -15, -14, 0, 23, -15, -21, -24, -25, -42, -31, -49, 25, -25, -23, -9, 0, 0, 0, 0, 12, 0, 0, -19, 0, 0, 0, 0, 43, -36, -21, 17, -21, -22, -20, 0, -17, -20, -26, -33, -29, -11, -13, -12, 0, 17, -19, 0, 0, 0, 0, 0, 0, 0, 0, -20, -24, -17, -22, -16, 58, -28, -55, 0, 0, 0, 0, 0, 0, 0, 0, -17, -26, 0, -37, 0, 6, -29, -33, -74, -55, -56, -34, -26, 86, -62, -61, 0, 0, 0, -11, 0, 20, 0, -13, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, 20, -19, -20, -21, -20, -39, -34, -18, -27, 27, -35, -21, -20, -39, -34, -18, -27, 27, -35, -18, -20, -9, -9, 0, 20, -14, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, -19, -21, -19, -10, 0, 0, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -13, -14, 0, -16, -15, 21, -19, -23, 0, 0, 0, 0, 0, 0, 0, 0, -12, -20, -18, -15, -12, 20, -18, -19, 0, 0, 0, 0, 0, 18, 0, -18, 0, 0, -8, 0, 0, 19, -19, 0, -20, -18, -20, -16, -13, -20, -19, 20, -20, -21, -20, -20, -20, -20, 21, -20, 21, -21, -21, -7, -19, -21, -23, -20, -7, -11, 0, 0, 0, -10, 20, -9, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 0, 0, 0, 20, -10, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -38, -34, -23, 25, -32, -27, -20, -21, 21, -21, -20, -20, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, -22, 0, 0, 0, -28, -24, -14, -20, 20, -20, -20, -20, -20, -20, -20, -24, -61, -28, -49, -49, -62, 25, -26, 18, 0, 0, 0, 0, 0, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, 27, -25, -24, -24, -27, -28, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 0, 0, 0, 20, -10, -19, 0, -41, -33, -26, -23, -43, 0, -24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, -18, -8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 0, 0, 0, 20, -10, -19, -20, 20, 0, 0, -18, -20, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, -31, 27, -23, -23, -48, -48, -26, 0, 0, 7, 0, 0, 0, 0, 0, 0, -19, -18, -16, 0, -7, 20, -25, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, 20, 0, -20, 0, 0, 0, -17, 0, 20, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, -7, -13, -7, -17, 0, 27, -16, -21, -12, 20, -13, 0, -19, -8, -20, -16, -23, 23, -21, -21, -26, -20, -52, -20, 0, 0, 0, 0, 0, 0, 0, 0, -7, 29, 0, -18, 0, 0, -16, 0, -17, -45, -6, 28, -25, -21, -30, -30, -20, -20, -16, -19, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -26, -20, -20, -20, -19, -20, 20, -22, -26, -20, -20, -20, -19, -20, 20, -22, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 41, -20, -17, 0, 0, -20, -41, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -27, -24, -27, -25, -28, 26, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 20, -19, -19, -15, -20, -20, -15, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -39, -34, -18, -27, 27, -35, -20, -19, -9, 20, -20, -20, -20, -20, -20, -26, 23, -29, -22, -21, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -16, -9, -20, -19, 0, -20, 20, -20, -16, -9, -20, -19, 0, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -11, -7, 0, -6, 21, -11, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -24, -32, -21, 22, -20, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, -39, -38, -32, -34, -29, 28, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30, -18, -26, -8, -6, -18, -30, -15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 31, -18, -28, -10, -7, -12, -30, 0, -19, -20, -19, -18, 20, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, -10, 17, 0, 0, 0, 0, 0, 0, 0, 0, -11, -13, 0, -14, -14, 21, -19, -22, -17, -20, 0, -7, 0, 20, -11, -21, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -20, -20, -25, -20, -23, -20, -22, 21, -20, -20, -25, -20, -23, -20, -22, -12, -7, -20, -10, 43, -8, -22, 0, 0, 0, 0, 0, 0, 0, 0, -68, -45, -31, -35, -37, -19, -33, -10, 0, 0, -6, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, -5, -8, -12, 0, -17, -14, -18, -31, 12, -13, -23, -30, -45, 7, -20, 7, 0, 0, 0, 0, 0, -5, 0, -20, -20, -19, -18, -6, -20, 20, -19, 20, -20, -20, -13, -10, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -18, 0, -14, 0, 20, -20, -20, -20, -20, -20, -20, -20, 20, -20, -20, -19, -19, -18, -20, -19, 20, -20, -20, -26, 22, -20, -24, -20, -20, -23, -20, 0, 0, 0, 0, 0, 0, -5, 10, -18, -7, 0, 0, 0, -16, 0, 19, 0, 0, 0, 0, 0, -11, -6, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -23, 21, -21, -20, -21, -21, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, -13, -7, -17, 0, 27, -16, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -20, -14, -17, 20, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -9, 0, 20, -20, -23, -22, -24, -25, -42, -31, -49, 25, -25, -23, -20, -19, 0, 0, 0, -15, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -13, 0, -24, -20, -11, -11, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -18, -18, -20, 20, -20, -20, -22, -23, -19, -12, -32, 23, -20, -19, -18, -16, 0, -7, 20, -25, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -25, -25, -24, -23, -7, -24, 25, -21, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -6, -19, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -22, -19, -19, -20, 21, -19, 0, 0, 0, 0, 0, 15, 0, 0, -58, -27, -39, -28, -41, 0, -50, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -20, -19, -17, -17, -20, -19, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, -40, -15, -19, -22, -23, -22, -23, -14, -13, 0, -24, -20, -11, -11, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -26, -50, -27, -51, -27, -36, -37, 27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -24, -36, -27, 25, -24, -31, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, -21, -13, -12, -21, -16, -22, -22, 22, 0, 0, 0, 0, 0, 0, 0, 0, -16, -18, 0, 20, 0, -20, -14, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -15, 0, 0, 0, 0, 0, -20, -21, -22, -19, -20, 0, -21, -20, 20, -13, -20, -9, -19, -22, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -21, -22, -18, 23, -25, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 40, -40, -20, -7, -16, -40, -37, -38, 25, -5, 0, 0, 0, -22, -7, 0, 0, 0, 0, 0, 0, 19, 0, -19, -23, -24, -22, -20, -21, -40, 33, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0, -18, -20, -7, -20, -20, -20, -20, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -21, -18, -20, -17, 21, -21, -20, 0, -7, 0, 0, 0, 14, 0, 0, -20, -11, 0, 0, 0, 20, -20, 0, -32, -26, -23, -23, -23, 26, -24, -30, -21, 0, 0, 0, 0, 43, -43, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -20, -20, -20, 20, -20, -20, -20, -20, 20, -20, -20, -20, -21, -22, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, -13, 0, 0, -6, -20, -9, -70, -58, -57, -58, -48, -35, 67, -40, 0, 10, 0, 0, 0, -10, 0, 0, -20, -25, -19, -35, -8, -29, 20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -24, -10, -10, -6, -19, 21, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -22, -26, -22, -24, -22, 23, -31, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -20, -21, -16, -20, -21, -21, -20, -54, 40, -14, 0, 0, 0, -33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -30, -28, -25, -27, 30, -42, -24, 0, -20, -19, -15, -8, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -40, -9, -35, -42, -27, 19, -40, -24, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -18, 0, 0, 0, -18, 20, -16, -19, -18, 0, 0, 0, -18, 20, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -5, 0, -12, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -5, 0, -12, 0, 0, 15, 0, -20, -22, -23, -19, -12, -32, 23, -20, -73, -19, -26, -75, 0, -73, -10, 0, -72, 34, -23, -56, -23, -56, -43, -53, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -15, -20, 20, -20, -20, -18, 40, -52, -56, -55, -18, -51, -11, -53, -32, -51, -43, -28, -28, -10, -27, 30, 0, 0, 0, 0, 0, 0, 0, 0, 21, -22, -14, -21, -16, -37, -25, -20, 17, -24, 0, 0, -18, -39, -26, 0, 0, -20, -19, -15, -8, -20, 20, -20, -68, -40, -74, -12, -69, 6, -37, -9, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -11, -5, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 36, -41, -39, -22, -20, -42, -31, -25, -77, 32, -9, -12, -26, -35, -7, -27, 0, 0, 0, 0, 0, 0, 0, 0, -28, -66, -57, -73, -40, -56, 41, -24, -24, -23, -20, -20, -20, -20, -26, 20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -23, 0, -14, 0, -20, 10, 0, -20, -20, -18, -20, -20, -20, -20, 20, -38, -80, 31, -36, -49, -8, -33, -30, 24, -23, -20, -20, -19, -19, -34, -21, -20, -22, -34, -21, 14, -26, -25, -20, 0, 20, -20, -20, -25, -32, -27, -22, 0, 0, 0, 0, 0, 0, 0, 0, -46, -23, -32, -35, -29, -22, -27, 24, -20, 20, 0, 0, -18, -20, -20, -10, -20, -20, -19, 20, 0, -16, -20, -12, 0, 0, 0, 0, 0, 0, 0, 0, -33, -44, -66, -35, -49, 40, -41, -37, -23, -64, -68, -22, 7, -19, -51, -12, 0, -12, -17, 0, 0, -20, -18, 21, -22, -9, -17, -21, -18, 37, -21, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, 0, 0, -40, -18, 40, 0, -38, -48, -6, -27, 0, -10, -33, -11, -18, 52, -6, -11, -19, -29, 0, -20, -21, -21, -22, -17, 20, -20, -20, 0, 22, -13, 0, 0, -6, -20, -9, -19, -21, -71, -11, -35, 19, -27, -23, -37, 6, 0, -16, -5, 18, -32, -37, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -20, -20, -19, -20, -22, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -64, 0, -45, -69, -34, -45, -7, 13, -20, -25, -10, -20, -21, -21, -20, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, -42, -14, -21, -12, 0, -39, -47, -16, 0, -20, -21, -13, 0, -20, -28, -43, -21, -22, -22, -29, 0, 23, -23, 0, 0, 0, 0, -21, -10, 36, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28, -14, 19, -30, -29, -44, -26, -33, -20, -20, -26, -20, -22, 20, -20, -21, 20, -18, -17, -12, 0, -13, -20, -20, -21, -24, -24, -48, -21, -25, 27, -20, 0, 0, 0, 0, 0, 0, 0, 0, -17, 20, 0, -8, -9, -19, -15, -8, -20, -19, 0, -10, 0, 38, -20, -29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, 21, -20, -20, -22, -20, -20, -20, -19, -20, -20, 20, -20, -26, -20, -20, -18, -21, -36, -22, 37, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -36, 37, -31, -33, -23, -30, -37, -31, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -18, 20, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 12, -20, -20, -20, 20, -20, -20, -20, -20, -30, 24, -39, -32, -28, -40, -22, -21, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -20, -20, -19, -20, -22, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, 20, -6, -24, -17, -20, -10, -30, 0, -14, 0, 0, 0, -20, 0, 20, 40, -40, -20, -7, -16, -40, -37, -38, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -5, 10, 0, 0, 0, 0, 0, 0, -5, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, 28, -12, -14, -21, -9, -27, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, 0, 0, 0, -15, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -17, -20, -20, -20, -21, 21, 0, 0, 0, 0, 0, 0, 0, 0, -22, -24, -28, -37, 21, -27, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, -7, -9, 0, -19, 0, -18, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, 0, 0, 0, -20, 0, 20, -9, -16, -26, -11, -7, -9, -20, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -9, -16, -26, -11, -7, -9, -20, 22, 0, 0, 0, 0, 0, 0, 0, 0, -12, -20, -18, -15, -12, 20, -18, -19, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 18, -20, -21, -19, -21, 0, -29, -22, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, 20, -19, -20, -20, -21, -21, -21, -22, -20, 21, -21, -40, -26, -29, -26, -19, -21, 39, -21, -20, -25, -15, -16, -7, -24, 28, -31, 20, -20, -6, -11, -8, -20, -20, -22, 26, -21, -5, -21, -14, -21, -33, -55, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -23, -20, 21, -8, 0, -12, 20, 0, 0, -29, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, -23, -20, -20, -19, -23, -20, 21, -26, 22, -20, -24, -20, -20, -23, -20, -20, -22, -24, 23, -20, -27, -22, -20, -26, -33, -23, -27, -22, 27, -31, -29, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -17, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 41, -20, -17, 0, 0, -20, -41, -17, -27, -25, -27, -17, -23, -21, 23, -21, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 33, 0, -9, 0, 0, -6, -32, -7, -5, -17, -13, -10, 0, -23, -16, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -11, -19, -19, -20, -20, -20, -22, -20, -19, -21, 0, -23, 21, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -11, -19, -19, -20, -20, -20, -20, -20, -20, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -5, 0, 0, 0, -12, 31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -20, -14, -10, -20, -19, 20, -46, -23, -32, -35, -29, -22, -27, 24, 0, -14, 0, -15, 0, -26, -12, 25, -20, -20, -20, -19, -19, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -23, -16, -20, -20, 0, 22, -24, -20, -20, -20, -16, -20, -20, -20, 20, -19, -20, -11, 0, 0, 0, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -10, -20, 0, -23, -14, 28, -10, -26, 0, -14, 0, -15, 0, -26, -12, 25, -20, -20, -26, -20, -22, 20, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, 0, 0, 12, 0, 0, -20, -20, -20, -22, -21, 20, -20, -20, -19, -20, -11, -10, -12, 20, -20, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -29, -33, -11, 0, 61, -19, -9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, 20, -21, -20, -27, -21, 0, -35, -6, 45, -26, -46, -23, -21, -20, -48, -20, -21, -22, 21, 23, -19, -11, -14, -17, -39, -20, -10, -31, -32, -5, -17, -20, 0, -18, 0, -19, -20, -20, -20, -17, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -24, -32, -21, -21, -21, -39, -34, 28, 0, -20, 0, -8, 0, 0, -23, -20, -11, -15, -15, -14, 0, 23, -15, -21, -10, -20, 0, -23, -14, 28, -10, -26, 0, -19, 0, -15, 0, 36, -21, -11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -31, -39, -26, -29, -40, -40, 40, 0, 0, 0, 0, 0, 0, 0, 14, 19, -5, 0, 0, 0, -15, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, -19, 0, 0, 0, 0, 0, 19, 0, -19, 0, 0, 0, 0, 0, 19, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -20, -18, -16, -14, -20, -15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, 0, 0, 0, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, 0, 0, 0, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -35, -25, -36, -45, -28, -30, 33, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -45, -20, -7, -20, -18, -23, 33, -16, 33, -32, -25, -9, 0, 0, -36, -10, 41, -18, -45, -51, -58, -56, -60, -46, -20, -20, -7, -18, -6, 20, -20, -20, -46, -23, -32, -35, -29, -22, -27, 24, -20, -25, -10, -20, -21, -21, -20, 22, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, -22, -9, 33, 0, -20, -20, -40, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, 20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -19, -6, -18, 20, -20, -24, 26, -28, -27, -31, -22, -26, -24, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -19, -10, -19, -18, -20, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0, 0, -23, 0, -20, 20, -19, -10, -19, -18, -20, -17, -26, -20, -20, -20, -19, -20, 20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, -22, -21, -20, -20, -23, -23, -20, -20, 20, -20, -20, -14, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -19, -19, -8, 0, -20, -20, -10, 0, -20, 0, -8, 0, 0, -23, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -30, -33, -29, -27, -24, 31, -36, -31, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, -8, -19, -9, 20, -13, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -9, -15, -20, 20, -19, 20, -20, -19, -20, -20, -20, -20, -20, -30, -36, -28, -40, -41, -32, 35, -39, 0, 0, 0, 0, 0, 23, -18, -8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -42, 44, -21, -30, -39, -48, -45, -33, 0, 0, 0, 0, 0, 23, -18, -8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -19, -17, -19, -19, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -22, -21, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -22, -18, -19, -20, 21, -20, -20, 20, -15, -19, -19, -19, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 45, -49, -7, -20, -28, -43, -42, -45, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -11, -12, 0, -14, -13, 20, -19, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 23, -20, -20, -31, -20, -23, -22, -21, 0, 0, 0, 0, -20, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -6, 20, 0, 0, -18, -20, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -18, -20, -19, 20, -20, -20, -20, -20, -19, -18, -18, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 41, 0, -40, 0, 0, 0, 0, 0, 0, 0, 0, -14, -9, 0, -21, -20, -19, -15, 21, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, 0, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -17, -20, -20, -20, -21, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -18, -19, -20, -19, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, -20, -20, 20, -20, -19, -19, -18, -19, -16, -19, 20, -19, -20, -18, -19, -20, -19, -20, 20, -14, -13, 0, -24, -20, -11, -11, 20, 0, 0, 0, 0, 0, 0, 0, 0, -11, -17, -25, -12, -28, -6, -25, -7, -14, -9, 0, -21, -20, -19, -15, 21, -20, -19, -19, -18, -19, -16, -19, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 26, -20, -20, -20, -20, -26, -26, 0, 0, 0, 0, 0, 0, 0, 0, -17, -20, -9, -7, -20, -20, -15, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -20, 32, -20, -20, -37, -20, -20, -19, -19, -8, -19, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -19, -6, -18, 20, -20, -18, -20, -20, -20, -17, -19, 20, -20, -40, 35, -26, -23, -24, -12, -38, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, -21, -22, 0, -20, -40, -27, 24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -54, 10, 0, -32, -25, 16, -42, -20, -35, -16, -13, 0, -18, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, -35, -43, -25, -25, -24, -25, 0, 0, 0, 0, 0, 19, 0, -19, -23, -22, -20, 20, -20, -15, -20, -23, -20, -22, -23, -19, -12, -32, 23, -20, -7, 0, 0, 0, 0, -12, 21, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, -28, -40, -23, -44, -32, 37, -35, -22, -61, -43, 14, 9, -29, -36, -8, -18, -19, -20, -34, -14, 0, 20, -35, -20, -50, -9, -33, -36, -44, -24, 14, -24, -20, 20, -20, -20, -20, -20, -20, -20, -22, -20, 0, -15, 0, 21, -30, -17, 19, -57, -31, 0, -10, -17, -21, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -19, -20, -20, -19, 0, -15, 0, 20, 0, -12, 0, -20, 0, 20, -8, 0, 0, 0, -20, 0, -20, -20, -20, -20, -21, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 32, -6, 0, -19, -13, 0, -36, -13, 0, 0, 0, 0, 0, 0, 0, 0, 45, -72, -60, -68, -34, 20, -80, -71, 0, 0, 0, 0, 0, 0, 0, 0, -40, -40, -39, 33, -7, -42, -9, -50, 0, -20, -19, -15, -8, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -31, -32, -33, -28, -53, -24, 10, -20, -20, 20, -19, -20, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 9, -19, -16, -19, 0, -19, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -108, -12, 33, -79, -79, -93, -25, -70, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -16, -19, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -22, -40, -43, -27, -31, 27, -52, -19, 20, -20, -19, -19, -20, -20, -20, 20, -20, -20, -20, -19, -20, -20, -20, 20, 0, 0, 0, 0, -19, -20, -12, 20, -14, 0, -13, -11, -20, -20, -14, 17, 0, 0, 0, 0, -17, 0, 0, 20, -18, 0, -17, 0, -20, -20, -19, -20, -20, 20, -20, -20, -20, -21, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, -20, -18, -15, -12, 20, -18, -19, 0, -12, 0, -12, -12, -6, -8, 8, -12, -23, -8, -8, 0, -12, 23, 0, -15, 20, 0, -10, -17, -22, -41, -33, -12, -23, -11, -20, -19, -21, 19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, -19, -11, -14, -17, -39, -20, -10, -12, 18, 0, 0, 0, -9, -18, 0, -28, 28, -26, -25, -27, -15, -28, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -19, -20, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -14, -19, -18, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -24, -19, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -25, -10, -20, -21, -21, -20, 22, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -14, -14, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, 40, 0, 0, -6, 0, -14, -43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -20, -20, -24, -33, 28, -28, -23, -32, -27, -26, -32, -31, 26, -23, -25, -29, -27, -27, -20, -27, 23, -21, -19, -28, -26, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -31, -40, -13, -15, 19, -39, -28, -14, 56, -39, -21, 0, -37, -39, -38, -59, 0, 0, 0, 0, 0, 0, 0, 0, -29, 13, -40, -39, -40, -36, 0, -31, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, -20, 20, -27, -21, -21, -26, -41, 28, -32, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -20, -20, -18, -10, -19, -28, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -19, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 30, -18, -26, -8, -6, -18, -30, -15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -20, -13, -12, -20, -20, -17, 20, 0, 0, 0, 0, 0, 0, 0, 0, -17, -22, 31, -42, -16, -17, -39, -26, -19, -20, -18, -19, -20, -19, -20, 20, 20, -18, -17, -11, 0, -11, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 0, 0, 0, 0, -20, 22, 0, -20, -20, -20, -20, -20, -20, 20, -20, -37, -41, -22, -22, -21, -49, -21, 24, -20, -19, -16, -14, -6, -17, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -36, -39, -16, -45, -37, 45, -34, -58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, -8, 0, 0, 26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, 20, -20, -18, -20, -20, -20, -20, -20, -20, -19, -20, -20, 20, -20, -28, -40, -40, -40, -26, 0, 0, -31, 0, -20, 0, -17, -20, 20, -20, -26, -22, -28, -29, -23, -22, -31, -25, 24, 0, 0, 0, 0, 0, 0, 0, 0, -76, -62, -49, -46, -30, 32, -17, -94, 0, 0, 0, 0, 0, 0, 0, 0, -20, -55, -23, -18, 0, 32, -43, -39, 17, -21, -22, -20, 0, -17, -20, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, -10, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -13, 0, -24, -20, -11, -11, 20, -21, -21, 22, -21, -21, -21, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, -14, -13, 0, -24, -20, -11, -11, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 41, 0, 0, 0, 0, -41, -25, -8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -70, 15, -50, -40, -36, -49, 0, -41, -19, 20, -20, -18, -16, -14, -20, -15, -22, 21, -20, -20, -25, -20, -23, -20, 0, -20, -19, -15, -8, -20, 20, -20, -32, -39, -40, -40, -7, -29, 35, -21, 0, 19, 0, 0, 0, 0, -16, 0, 0, 23, -13, -18, -8, 0, -22, 0, 0, 21, -21, -18, -17, -20, -21, -7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 0, 0, 0, 0, -20, 20, 0, -18, -18, 0, -7, 0, 25, -14, -33, -19, -20, -17, -20, -20, -20, -21, 21, -21, -21, -21, -20, -20, -20, 21, -23, 0, 0, 0, 0, 0, 0, 0, 0, -22, -24, -25, -23, -28, -21, -22, 22, -19, -20, -17, -20, -20, -20, -21, 21, -20, -20, -20, -15, -18, -20, 20, -20, 0, -39, -21, -30, -35, -36, 0, -36, -19, -19, -18, -20, -19, 20, -20, -20, -42, -36, -26, -55, -30, 32, -28, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, 0, 0, 0, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -18, -20, -19, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -21, 21, -27, -20, -17, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -11, -18, -18, -18, -20, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, 0, 0, 0, 0, -10, -5, -19, 21, -20, -19, -20, -19, -22, -17, -19, 21, -21, -17, -5, -29, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -12, -13, -21, 20, -20, -14, 25, -18, -11, -22, -16, -24, -7, -30, 25, -23, -22, -23, -22, -26, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -6, -11, -8, -20, -20, -22, -20, -20, 20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -19, -20, 20, -20, -10, 25, -5, 0, -18, -24, -34, -35, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -20, -12, -18, 20, -20, -20, 0, 0, 0, 0, 0, 19, 0, -19, -20, -20, -20, -19, -18, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -9, -16, -27, -24, -31, 0, 20, -20, -19, -20, -20, -20, -20, -20, -40, -44, -29, -44, -51, 46, -63, -57, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 0, 20, 0, -20, -20, -20, -53, 52, -32, -37, -49, -26, -57, -43, -18, -20, -14, -17, 20, -19, -20, -20, -19, -24, -10, -10, -6, -19, 21, -19, 0, 0, 0, 0, 0, 0, 0, 0, -12, -20, -18, -15, -12, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -33, 31, -30, -27, -24, -29, -32, -32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, -5, 0, 0, 0, -15, -19, 0, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, -12, 0, 0, 0, -19, 0, -45, -43, -48, -54, -55, -30, -51, 42, 0, 22, -17, 0, 0, -7, -22, 0, -23, 22, -19, -20, -21, -20, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -9, 0, -20, 20, 0, -19, 21, -20, -18, -7, -28, -20, -13, -28, -13, -27, -21, -20, -23, 15, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -19, -17, -19, -19, -20, -19, -14, 40, -18, -9, -7, 0, -27, -21, -20, 21, -21, -20, -21, -20, -20, -21, -20, 20, -20, -19, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -25, 28, -12, -14, -21, -9, -27, -21, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -20, -20, 20, -20, -20, -20, -20, -19, -20, -20, 20, -20, -20, -22, -25, -23, -22, -25, -29, 25, -28, -20, -19, -19, -17, -17, -20, 20, -20, 0, 0, 0, 0, 0, 0, 15, 0, -20, -19, -16, -16, -14, -19, 20, -20, -21, -22, -21, -25, -20, -21, 21, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -42, 37, -36, -30, -29, -33, -38, -32, -20, 20, -20, -20, -19, -20, -20, -21, -9, 0, 0, 0, 0, 12, 0, 0, 0, -36, -25, -38, -32, -27, 21, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -24, -32, 24, -7, -18, -23, -48, 20, -20, -20, -13, -10, -20, -20, -20, 20, -20, -21, -19, -21, -20, -20, -20, -39, -20, -21, -22, -20, -20, 22, -20, 42, -17, 0, -32, 0, -39, -42, -31, 32, -7, 0, 0, 0, -5, -31, 0, 20, -20, -6, -11, -8, -20, -20, -22, -21, -22, 26, -20, -6, -19, -40, -56, 7, 0, 0, 0, 0, 0, -5, 0, -19, -16, -11, -7, 0, -8, 23, -13, -12, -20, -18, -15, -12, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, -26, 0, 0, 0, -22, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -34, -13, -47, -22, 0, 0, -20, -26, -21, -20, -19, -19, -20, 25, -21, -23, -25, -31, 27, -29, -25, -27, -28, 38, -6, 0, 0, 0, -17, -34, 0, 44, -61, -59, -47, -41, -45, -38, -27, 20, -16, 0, -14, 0, -19, -20, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -64, 20, -24, -29, -36, -19, -20, -70, 20, -20, -20, -15, -12, -20, -20, -19, 7, -28, -27, -21, -56, -46, -11, -75, -20, -20, -20, -19, -15, -20, 20, -20, -12, -20, -18, -15, -12, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, -16, -20, -17, 0, 0, -19, 20, 0, 0, -18, -18, -18, -12, 0, -31, -31, 63, -16, 0, 0, 0, 0, -62, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, 0, 0, -6, 0, -14, -43, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, -20, -18, -15, -12, 20, -18, -19, 20, -20, -20, -11, -9, -20, -20, -19, 20, -19, 0, 0, 0, -19, -20, 0, 20, 0, -12, 0, 0, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -18, -11, -17, -16, -20, -20, -18, -34, -41, -19, 20, -16, -20, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -22, -18, -20, -15, -19, -20, -11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, -22, -21, -18, 0, -21, -24, 22, 0, -60, -40, -41, -37, -7, -57, 0, 0, 0, 0, 0, 0, 0, 0, 0, -13, 20, -17, -19, -19, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -20, -14, -17, 20, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 17, -21, -22, -20, 0, -17, -20, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -18, -19, -20, -19, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -19, -18, -16, -18, -20, -20, -20, -17, -20, -19, -17, -17, -20, -19, 20, -22, -22, -21, -21, -20, -21, 22, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -50, -28, -54, -31, -68, -39, -56, 41, -36, -39, -37, -38, -35, -43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -39, -38, -20, 33, -40, -40, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -22, -24, 22, -20, -21, -25, -20, 22, -11, -10, -21, -18, -23, -9, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -18, -20, -20, -20, 21, -19, -20, -18, -19, -20, -19, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -18, -16, -14, -12, -20, -20, -15, -8, 0, -12, 20, 0, 0, -29, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 20, -20, -8, -21, -20, -20, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -19, -20, -20, -20, -20, -20, -19, -19, -20, -20, 20, -20, 33, 0, 0, 0, 0, -22, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 21, -20, -21, -21, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -14, -16, -20, -20, -13, 0, 19, 0, 0, 0, 0, -16, 0, -22, 23, -20, -26, -20, -28, -51, -30, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -15, -20, 20, -20, -20, -20, -19, -18, -18, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -34, -27, -34, -25, -21, -25, 30, -31, -6, -46, -29, -6, -12, -13, 49, -15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -21, 22, -21, -21, -21, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, -39, 22, -20, -17, -36, -20, -27, -20, -19, -12, 0, -19, 0, -22, -27, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 40, -23, -16, -19, -20, -39, -39, -33, 0, -9, -14, 0, 0, 0, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -19, 20, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -34, 0, -35, -33, -24, -39, 0, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -15, 0, -6, 0, 29, 0, -23, -20, -20, -20, -15, -15, 20, -20, -20, -19, -20, -14, -15, -11, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -9, -20, 0, -19, -40, -20, -27, -21, -27, -27, -21, -17, 31, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -6, -11, -8, -20, -20, -22, -6, 20, -32, -31, -27, -20, -19, -39, 45, -25, -11, -15, -21, -45, -36, -31, 0, 0, 0, 0, 0, 0, 0, 0, 32, -31, -20, -19, -18, -31, -34, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 18, 0, -18, -24, 22, -22, -23, -21, -21, -22, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -19, 0, 0, -16, 20, -12, -19, 44, -41, -29, -55, -56, -27, -79, -22, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -7, 0, -10, 20, 0, -19, 0, -13, 0, 0, -20, -10, -6, 20, -20, -23, -21, -23, -21, -24, -26, 21, 0, 0, 0, 0, 0, 0, 0, 0, -59, -10, -85, -30, -106, -81, 23, -30, -19, 20, 0, 0, -13, -20, -19, -10, -18, 20, -20, -19, -15, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -31, -28, -19, -22, -22, 40, -24, -40, -18, -20, 0, -7, 0, 20, -8, -18, 20, -20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -23, -22, -25, -21, -20, 24, -28, -25, -20, -20, -20, -17, -18, 20, -20, -20, 0, 0, 0, 0, 0, 9, 0, 0, 20, -20, -12, -17, -14, -20, -20, -14, -70, 44, -39, -56, -38, -28, -44, -26, 0, 0, 0, 0, 0, 0, 0, 0, -65, 29, -23, 0, -53, -43, -40, -29, -32, -20, -20, -20, -19, 20, -20, -19, -20, -21, -20, 21, -20, -20, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -15, -8, -20, 20, -20, -19, -20, -35, -56, -25, 19, -19, -24, -7, -11, 0, 0, 0, 21, 0, 0, -14, -6, -15, -70, 0, -87, -42, -88, -26, -33, -8, -22, 0, -22, 25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, -37, -37, -37, -21, -31, -31, 0, -40, -26, -27, 31, -25, -17, -36, -21, 0, 0, 0, 0, 0, 0, 0, 0, -43, -29, -37, -42, -33, 20, 0, -20, 19, -23, -27, -39, -26, 0, -31, -39, -18, -49, 16, -61, -66, -27, 0, -55, -28, -63, -32, -27, -38, -22, 14, 26, -62, 13, -28, -38, -38, -41, -13, -34, 0, 0, 0, 0, 0, 0, 0, 0, 0, -48, -36, -39, -39, -40, -29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -42, 18, -25, -24, 15, -24, -41, 20, -14, 0, -13, -11, -20, -20, -14, 17, 0, 0, 0, 0, -17, 0, 0, 20, -18, 0, -17, 0, -20, -20, -19, -20, -20, -20, -15, -15, 20, -20, -20, 0, 23, 0, 0, 0, 0, -10, -5, -47, 19, -21, -34, -50, -42, 0, 6, -20, -20, -20, -15, -15, 20, -20, -20, -40, 36, -39, -36, -25, -23, -22, -38, 20, -20, -19, -18, -14, -19, -20, -20, -20, 21, -14, -17, -19, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, -11, 0, 0, 0, -10, 20, -9, -7, -11, 0, 0, 0, -10, 20, -9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, 23, -10, -20, 0, -15, -8, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, 20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -26, -20, -20, -17, -18, 21, -28, -20, -20, -20, -20, -15, -15, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, -20, -20, -20, -14, -14, 20, -20, -20, -20, -20, -20, -15, -15, 20, -20, -20, 35, -17, -7, 0, -25, -30, -38, -24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, -36, 0, 0, -16, -34, 29, -31, 0, 0, 0, 0, 0, 0, 0, 0, 9, -21, -18, 0, -12, -23, -9, -24, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -13, -10, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, -12, 0, 0, 0, -19, 0, 41, -20, -17, 0, 0, -20, -41, -17, -20, -20, -9, 0, 20, -20, -23, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, -21, -18, 0, -12, -23, -9, -24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -39, -20, -19, -24, -22, -19, 40, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -35, -32, -21, -35, 0, 24, -23, -41, 20, -18, -11, -17, -16, -20, -20, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, 23, -10, -20, 0, -15, -8, -16, -22, -24, -25, -23, -28, -21, -22, 22, -19, -20, -19, -19, -19, -20, -20, 20, -20, -20, -16, -19, 20, -20, -20, -20, 0, 0, -7, 0, -6, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -55, 42, -29, -44, -42, -29, -47, -51, -17, 21, 0, -5, -18, -18, -21, -11, -12, 20, -14, -15, -17, -19, -20, -18, -23, 24, -22, -17, -17, -15, -25, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -58, -51, -66, -64, 18, -72, -64, -17, 22, -20, -6, 0, 0, -22, 0, -20, -20, -18, -19, -20, -20, 20, -20, -19, 20, 0, 0, -15, -20, -20, -13, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -9, -20, 0, -19, -40, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, 23, -32, -30, -35, -42, -47, -30, 0, -19, 0, -11, -17, -20, -17, 20, 0, 0, 0, 0, 0, 0, 0, 0, -18, 21, 0, 0, 0, -10, -22, -5, -19, 20, -16, -14, -19, -19, -20, -11, -62, -17, -58, -89, -102, -77, 20, -100, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -9, -20, 0, -19, -40, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, 29, 0, -18, 0, 0, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, -14, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, -30, -22, 0, -7, 0, -8, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 20, -19, -19, -15, -20, -20, -15, -12, 20, -13, 0, -19, -8, -20, -16, -22, 15, -36, 8, -28, -38, -28, -39, -5, 18, 0, 0, 0, 0, -14, 0, -17, 21, 0, 0, -16, -9, -14, 0, 0, 8, 0, 0, 0, 0, -6, 0, 0, 14, 0, 0, 0, 0, 0, 0, -19, 32, -24, -18, -11, -20, -39, -20, -20, 20, -20, -20, -20, -20, -20, -20, -26, 22, -24, -25, -39, -32, -21, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -9, -20, 0, -19, -40, -20, -23, 21, -19, -20, -20, -20, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 33, -25, -23, -29, -22, -46, -38, -7, 29, 0, -18, 0, 0, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -27, -27, -28, -25, -28, 27, -24, 0, 0, 0, 0, 0, 0, 0, 0, -31, 37, -24, -14, -29, -17, -38, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 21, -20, -21, -21, -21, -21, -22, -20, 23, -20, -20, -31, -20, -23, -22, -41, 42, -41, -42, -41, -39, -41, -39, 23, -19, -11, -14, -17, -39, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, 0, 0, 0, -16, 0, -21, 57, -8, 0, 0, 18, -58, 0, -41, 48, 0, 0, 0, 0, -47, 0, -6, 20, 0, 0, -18, -20, -20, -21, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -14, -17, -19, -19, -20, -20, -20, 21, -20, -20, -20, -20, -23, -20, -20, 20, -20, -20, -19, -20, -20, -21, -23, 22, -22, -22, -30, -21, -21, -21, -30, 25, -23, -22, -23, -22, -26, -23, -19, 21, -20, -19, -20, -19, -22, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -38, -34, -23, 25, -32, -27, -20, 0, 0, 0, 0, 0, 0, 0, 0, -27, 21, -23, -20, -20, -29, -21, -14, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -20, -20, -19, -20, -22, -22, 0, 0, 0, 0, 0, 0, 0, 0, -50, 27, -24, -34, -26, -23, -25, -43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -19, -20, -20, -21, -23, 22, -22, -22, -30, -21, -21, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -30, 25, -23, -22, -23, -22, -26, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 21, -20, -19, -20, -19, -22, -17, -20, 20, -19, -16, -20, -20, -21, -18, 0, 0, 0, 0, 0, 0, 0, 0, -30, 25, -23, -22, -23, -22, -26, -23, -23, 22, -22, -22, -30, -21, -21, -21, -19, 21, -20, -19, -20, -19, -22, -17, 0, 42, 0, 0, 0, -10, -42, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -19, -20, 20, -20, -20, -20, 22, -22, -21, -26, -22, -21, -20, 20, -20, -20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 23, -21, -28, -31, -31, -25, -22, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -11, 0, 0, 0, -20, 0, 0, 7, 0, 0, 0, 0, 0, 0, -34, 33, -30, -30, -30, -34, -37, -29, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, 0, -7, -18, -20, -20, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -33, -16, -26, -15, -37, -31, -41, 25, -20, 20, -19, -10, -19, -18, -20, -17, -20, 20, -15, -19, -19, -19, -20, -19, -20, 20, -11, -19, -19, -20, -20, -20, -19, 20, 0, 0, -13, -20, -19, -10, -20, 20, 0, -14, -31, -20, -22, -33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 21, -20, -19, -20, -19, -22, -17, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, -17, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, 20, -19, -18, -16, -18, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -20, -20, -20, -20, -20, -22, -35, -21, 27, -26, -25, -39, -20, -11, 20, -29, -24, -28, -29, -21, -32, -20, -20, -20, 21, -15, -20, -22, -21, -20, -20, -21, -20, 21, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, 20, -19, -20, -20, -20, 20, -19, -20, -20, -19, -20, -25, -23, -20, 21, -15, -21, -22, -22, 0, -12, 0, -12, -12, -6, -8, 8, -20, -20, -20, -15, -15, 20, -20, -20, -17, -20, -19, -17, -17, -20, -19, 20, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -21, -21, -21, -21, -22, -21, -22, -22, -21, -21, -21, -22, 21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, 26, -18, -64, -25, -44, -58, -48, -45, -65, 51, 0, 0, 0, 0, 0, 0, 0, 0, -25, -23, -22, 23, -22, -20, -25, -35, 0, 0, 0, -17, 0, 20, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -53, -39, -47, 40, -38, -47, -43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, 17, -5, -15, -21, -22, -21, -25, -20, -21, 21, -22, 20, -20, -12, -17, -14, -20, -20, -14, -20, 30, -36, -41, -59, -30, -47, -33, -20, -20, -20, -20, -20, -20, 20, -20, -21, -20, -19, -15, 20, -20, -24, -38, -41, -33, -24, -27, -23, 31, -41, -46, 0, 0, -6, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, -6, -20, -20, -12, -12, 20, -25, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -20, -20, -19, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -47, -10, -39, -62, -36, -46, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 0, 20, 0, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -10, -18, -9, 20, 0, -15, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -24, -31, -36, -37, -36, 40, -40, -37, 10, -25, -42, 0, -76, -50, 20, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -12, -17, -14, -20, -20, -14, -20, 20, 0, -11, -17, -20, -21, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -39, -44, -22, -32, 32, -38, -34, -22, -21, -43, -27, -36, 17, 18, -26, -41, 0, -15, 0, 20, 0, -12, 0, -20, -40, -31, -20, -21, -20, 46, -25, -53, -44, -22, -34, -63, -40, 36, -60, -34, -20, -20, -20, -20, -20, -20, -20, 20, -18, -20, -13, -12, -20, -20, -17, 20, -20, -36, -25, -22, 35, -24, -20, -38, -20, -20, -20, -20, -34, -20, -20, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, 20, 0, 0, 0, 0, -19, -20, -12, -20, -20, -20, 20, -20, -20, -20, -20, -20, 20, 0, -7, -18, -20, -20, -16, 0, 0, 0, 0, 0, 0, 0, 0, -17, -21, -23, -39, -28, -20, 24, -20, -40, -20, -7, -10, -8, 21, -13, -22, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -22, -21, -21, -24, -22, 22, -33, -46, -7, -22, -36, -14, 28, -40, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -20, 0, -20, -34, -20, 6, -19, 20, -18, -9, -12, -21, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -11, -19, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, 0, -6, -20, 0, 20, -46, -23, -32, -35, -29, -22, -27, 24, -37, -42, -14, -22, -43, 12, -50, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -22, -24, -36, -38, -24, -35, 26, -34, 43, -17, -17, 0, -41, -43, -24, -29, -31, -20, -20, -40, -34, -21, 35, -19, 20, -20, -18, -16, -14, -20, -15, -24, 22, -22, -23, -21, -21, -22, -23, -21, -20, -19, -20, -12, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 31, -38, -18, -25, -26, -27, -22, -37, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -34, -37, -40, -40, 41, -43, -37, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -6, -20, 0, -21, 0, -40, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -11, -19, -19, -20, -20, -20, -19, 20, -20, -19, -19, -20, -20, -19, -19, -20, -17, -20, -20, -20, -21, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -20, -19, -17, -17, -20, -19, 20, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -13, -20, 0, -20, -17, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -18, -20, -14, -17, 20, -19, -20, -20, -20, -19, -15, -20, -20, -20, 20, -20, 27, -22, -13, -7, -16, -22, -43, -24, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -35, -16, -13, 0, -18, 20, -19, -7, -45, -16, -27, -21, -23, 0, 0, -20, -20, -20, -19, -15, -20, 20, -20, -20, -20, -20, -19, -15, -20, 20, -20, -20, -20, -20, -19, -15, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 23, -17, -19, -22, -21, -25, -22, -22, 26, -20, -20, -20, -20, -26, -26, 20, 0, 0, 0, 0, -18, -20, -7, 20, 0, 0, 0, 0, -18, -20, -7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -18, 20, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -18, 20, -20, -19, -20, -21, -22, -20, -20, 22, -23, -22, -21, -35, -27, -22, -36, 12, -30, -46, -7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -96, -60, -61, -39, 45, -63, -71, 18, 0, 0, 0, 0, 0, 0, 0, 0, -16, 13, -32, -39, -36, -48, -49, -64, 0, 0, 0, 0, 0, 0, 0, 0, -26, -27, -21, -25, 21, -32, -36, -6, -20, 21, -20, -21, -25, -20, -23, -26, -39, -31, -34, -39, 20, -40, -39, -7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, 0, -6, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -19, -15, -20, -20, -20, 0, 19, -11, 0, 0, -13, -18, 0, 0, 19, -11, 0, 0, -13, -18, 0, 22, 0, 0, 0, 0, -19, -18, -11, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -19, -14, -19, -19, -20, -18, 0, 0, 0, 0, 0, 0, 0, 0, -20, -11, 20, -28, -24, -28, -28, -20, -19, -20, -19, -19, -19, 20, -19, -20, -24, -31, -20, -21, -21, -39, -34, 28, -40, -20, -20, -19, -18, 34, -28, -22, 0, 0, 0, 0, 0, 0, 0, 0, -43, -44, -43, -46, -35, 0, 0, -53, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, -17, -5, 0, 0, -10, -16, 0, 21, -36, 0, -43, -55, -50, -47, -50, 12, 26, -26, -24, -39, -27, -37, -42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, -18, -14, 0, 0, -40, -16, 40, -21, -24, -22, -20, -20, -39, 35, -40, 21, -37, -20, -34, -26, -27, -41, 0, 20, -20, -20, -20, -20, -20, -20, -21, 0, -34, -18, -20, -20, -42, -21, 0, -46, -59, -42, -50, -18, -74, -69, 72, 0, 0, 0, -14, 0, 23, 0, -5, -20, -20, -5, 0, -15, -20, 0, 20, 0, 0, 0, 0, 0, 8, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -12, 0, -19, 0, -22, -27, 23, 0, 0, 0, 0, 0, 0, 0, 0, -21, 20, -20, -20, -20, -20, -20, -20, -23, -22, -25, -21, -20, 24, -28, -25, -51, -17, -7, -7, -25, -18, 0, -6, -12, 18, 0, 0, 0, -9, -18, 0, -11, 0, -8, 0, 0, -47, -13, 16, -20, -19, -18, -15, -14, -19, -20, 20, -20, -15, -21, -21, -32, 21, -21, -24, -26, -24, -23, -26, 23, -24, -27, -23, -31, -25, -27, -52, -50, -5, 23, -33, 20, -19, -18, -16, -18, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -6, 0, -13, 20, -18, -19, -21, 21, -21, -21, -22, -21, -21, -21, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -20, -16, -13, -20, -19, 20, 0, 0, 0, 0, 0, -11, 13, 0, -20, -20, -20, -19, -20, 20, -20, -20, -21, -24, -23, -24, -18, 25, -22, -33, 0, 0, 0, 0, 0, 0, 0, 0, -31, 29, -27, -37, -26, 0, -42, -29, 0, 0, 0, 0, 0, 0, 0, 0, -21, -22, -22, -14, -21, -22, 21, -24, -22, -23, -10, -20, -19, -18, -27, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, -17, 0, 0, 40, -40, -20, -35, -29, -40, -31, -31, -21, -29, -27, -15, -12, -12, 23, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -23, -20, 21, 0, 0, 0, 0, 0, 0, 0, 0, -22, -21, -21, -31, -40, -20, -36, 30, -14, -28, -32, -27, -23, 33, -45, -42, 0, 0, 0, 0, 0, 0, 0, 0, -29, -29, -22, -23, -23, 0, 18, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, -21, -21, -26, -41, 28, -32, -25, 0, 0, 0, 0, 0, 0, 0, 0, -15, 21, -20, -20, -19, -20, -21, -21, 6, -34, -17, -20, -20, -45, -21, 0, -25, -42, -21, -24, -23, -37, -40, 35, 0, 0, 0, 0, 0, 0, 0, 0, -21, 0, -40, -24, -41, -20, -31, 19, -22, -22, -22, -24, 22, -20, -21, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -14, 0, -13, -11, -20, -20, -14, -28, -36, -21, -34, -37, -29, 29, -36, -43, -20, -42, -35, -35, 26, -48, -26, 0, 0, 0, -7, 0, -14, -8, 29, -20, -21, -23, -19, -22, 22, -24, -56, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28, -28, -25, -32, -23, -24, 27, -28, 30, -7, -17, -7, 0, -21, -29, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -18, -20, -19, 20, -20, -20, -21, -39, -36, -32, 0, -32, 11, -40, 0, -22, -23, -19, -18, -20, -22, 20, -17, 21, 0, -5, -18, -18, -21, -11, -20, -22, -35, -21, 27, -26, -25, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -28, -19, 23, -20, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -61, -62, 51, -45, -38, -20, -41, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 12, -21, -19, -47, -21, 10, -19, -21, -23, -21, -22, -23, -21, 22, -21, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 0, 0, 0, 20, -10, -19, -11, -19, -17, 0, 0, -20, -18, 20, -20, 20, 0, -7, -18, -20, -20, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -11, -20, -20, -20, 19, -5, 0, 0, 0, -15, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -35, -39, -31, -36, -36, -31, 42, -27, -9, -16, -18, 0, 0, -12, 19, -9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, -7, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -24, -12, -17, -6, -16, 23, -18, -23, 22, -22, -22, -30, -21, -21, -21, 0, 0, 0, 0, 0, 0, 0, 0, -20, -24, -12, -17, -6, -16, 23, -18, 0, 0, 0, 0, 0, 0, 0, 0, -31, -32, -40, -27, -28, 0, -40, 0, -19, -10, -29, -37, -28, -49, 8, -50, 0, 0, 0, 0, 0, 0, 0, 0, -51, -35, -61, -47, -49, -46, 51, -33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 37, -24, 0, 0, 0, -17, -36, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -15, -12, -9, -20, 20, -14, -9, 21, -12, -13, -14, -18, -21, -17, 0, 0, 0, 0, 0, 0, 0, 0, 40, 0, 0, 0, -18, -34, -18, -40, -18, 25, -19, -24, -31, -20, -28, -17, -21, 21, -20, -21, -21, -20, -21, -20, -24, -20, -21, -28, -12, 37, -41, -31, 17, 0, 0, 0, 0, -17, 0, 0, 10, 19, -51, -41, -37, -47, -45, -36, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -19, -20, -20, -20, -21, -20, -21, -21, -20, -21, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -15, -6, -14, -12, -20, -20, -15, 0, 0, 0, 0, 0, 0, 0, 0, 37, -20, -20, -20, -19, -23, -40, -21, 22, 0, 0, 0, 0, 0, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -18, -18, -19, -28, 21, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -53, -37, -35, -23, -25, 6, 0, -21, 0, 20, -20, -21, -38, -40, -36, -40, 12, -23, -62, -71, -55, 18, -74, -30, 0, 0, 0, 0, 0, 0, 0, 0, -40, -50, 18, -25, -22, -40, -29, 19, -19, -20, -19, -19, -19, -20, -20, 20, -27, -18, -25, -24, -44, -56, 0, -19, -21, -20, -19, -15, 20, -20, -24, -38, 0, 5, -49, -69, -82, -27, -50, 24, -56, 21, -6, -34, -35, -28, -36, -58, -50, 28, -31, -42, 13, -43, -51, -43, 0, 0, 0, 0, 0, 19, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -7, 0, -10, 20, 0, -19, 22, 0, 0, 0, 0, 0, -22, 0, -21, -20, -20, -21, -20, 21, -21, -25, -25, -21, -19, -40, -20, -21, -21, 21, 23, -19, -11, -14, -17, -39, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, -18, -7, 0, 0, 0, -16, 0, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30, -18, -26, -8, -6, -18, -30, -15, 20, -20, -12, -17, -14, -20, -20, -14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, -30, -44, -48, -33, 22, -20, -23, 43, -37, -35, -41, -45, -34, -46, -43, -20, 29, 0, -17, 0, -25, -29, -24, 0, 0, 0, 0, 0, 0, 0, 0, 28, -30, -22, -23, -30, -31, -27, -34, 20, -22, -21, -19, -17, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 27, -36, -26, -18, -23, -19, -28, -24, 50, -45, -42, -6, -7, -19, -50, -24, 20, -20, -20, -20, -19, -20, -20, -20, 46, -43, -29, -33, -16, -42, -37, -41, -20, -20, -20, -19, -20, -20, 20, -20, 33, 0, -9, 0, 0, -6, -32, -7, 31, -18, -28, -10, -7, -12, -30, 0, 40, -40, -20, -7, -16, -40, -37, -38, 20, -19, -18, -16, -18, -20, -20, -20, 95, -52, -44, -26, -9, -49, -95, -6, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -19, -20, 20, -20, -24, -28, -25, -18, -19, -22, 27, -6, -20, -20, -20, -22, -20, -21, -21, 20, 0, 0, 0, 0, 0, 0, 0, 0, 52, -34, -27, -45, -28, -29, -49, -41, -9, -16, -18, 0, 0, -12, 19, -9, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, 0, 0, 0, -19, 20, -18, -22, -23, -22, -24, -23, -20, 22, -22, -16, -18, 0, 20, 0, -20, -14, -20, 0, 19, -11, 0, 0, -13, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, 23, -22, -23, -21, -21, -24, -23, -17, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, 38, -25, -18, -31, -30, -32, -44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -19, -20, -20, -20, -20, -20, -20, -20, -20, -20, -20, -20, -20, 20, -21, -6, -34, -9, -5, -39, 29, 0, -35, -25, -36, -45, -28, -30, 33, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -15, -8, -20, 20, -20, -27, -29, 0, -6, 0, -7, 33, 0, -7, -9, 0, -19, 0, -18, 19, 0, 21, -23, -21, -43, -11, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -26, -20, -22, 20, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, -26, -20, -20, -20, -19, -20, 20, -22, -20, -20, -18, -19, -20, -20, 20, -20, 34, -33, -29, -39, -26, -27, -43, -35, -19, 20, -20, -18, -16, -14, -20, -15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 0, -8, -6, 0, -10, 20, -11, -20, -20, -20, -20, -20, -20, 20, -20, -21, -29, 0, 0, 0, -22, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 41, -23, -50, -21, -14, -29, -36, -25, -67, -51, -35, -38, -23, -57, 64, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -21, -21, -7, -19, -21, -23, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -45, -21, -44, -36, -35, 26, -46, -25, -18, -18, 0, -14, 0, 20, -20, -20, -9, 21, -12, -13, -14, -18, -21, -17, -19, -19, -13, -19, -16, 23, -32, -21, -33, -20, -17, 0, 0, 22, -35, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, -18, -20, -20, -20, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 53, -18, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -19, -20, -12, -20, 20, -20, -20, -20, -19, -16, -19, -20, 20, -20, -7, 0, 0, 0, 0, -12, 21, -16, -20, -19, 0, 0, 0, -15, 23, 0, -19, -19, 0, 0, 0, -19, 20, -18, -16, -9, -20, -19, 0, -20, 20, -20, -20, 20, -20, -20, -14, -20, -20, -20, -19, -20, -20, -20, -19, -20, 20, -20, -20, -20, -21, -21, -20, -21, 20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -15, 0, 0, 0, -18, 20, 0, -49, -33, -14, -7, 0, -15, 51, -10, -20, -19, -16, -14, -6, -17, 20, -19, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -12, -13, -10, -19, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, -5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, -5, 0, 0, 0, -15, -19, 0, -20, -20, 0, 0, 0, 20, -10, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, 0, 0, 0, 0, 52, -10, -31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -22, -21, -21, -24, -22, 22, 0, 0, 0, 0, 0, 0, 0, 0, 32, -23, -22, -21, -15, -33, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -18, -6, -20, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 41, 0, 0, 0, 0, -41, -25, -8, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -25, -15, -20, -20, 20, -20, -20, -20, -25, -15, -20, -20, 20, 0, -7, 0, 0, 0, 14, 0, 0, -24, -23, -20, -20, -20, -20, -26, 20, 0, 0, 0, 0, 0, 0, 0, 0, -65, -32, 34, -56, -23, 23, -45, -67, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -25, -15, -20, -20, 20, -20, -20, -20, -20, -19, 20, -20, -20, -20, -19, -20, -25, -12, -20, -20, 20, 20, -20, -20, -20, -20, -20, -20, -21, -20, -20, -20, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -15, 0, -6, 0, 29, 0, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -7, 0, -10, 20, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, -44, 43, -27, -25, -21, -35, -42, -9, -22, 23, -7, 0, 0, -14, -22, 0, -20, -13, 0, 0, 0, -18, 20, 0, 23, -20, -20, -19, -19, -21, -37, -24, -40, 0, 0, 0, 0, -10, 41, 0, 20, -18, -17, -12, -15, -20, -22, -20, 28, 0, -8, -8, -12, -19, -24, -20, -48, -21, -16, -20, -17, -24, 38, -33, -20, -24, -12, -17, -6, -16, 23, -18, 37, -23, -9, -9, -21, -41, -30, -30, -9, 21, -10, -16, -12, -18, -21, -16, -17, 20, 0, -8, -9, -19, -15, -8, 0, 0, 0, 0, 0, 0, 0, 0, -42, -21, -34, -21, -24, -37, 0, 17, -19, -19, 0, 0, 0, -19, 20, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, -20, -20, -40, -32, 0, -22, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -18, -18, -19, -28, 21, -23, 0, 0, 0, 0, 0, 0, 0, 0, -23, -20, -11, -20, -5, -24, 22, -20, 28, -47, -35, -25, -10, -39, -26, -27, 20, -20, -20, -20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -6, -11, -8, -20, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, -27, -21, -23, -20, -25, -24, 25, -40, -23, -19, -18, -20, 27, -21, -19, 0, 0, 0, 0, 0, 13, 0, 0, -17, -20, -9, -7, -20, -20, -15, 21, -82, -77, -82, 0, -92, 36, -84, -27, 0, 0, 0, 0, 0, 0, 0, 0, -27, -21, -21, -26, -41, 28, -32, -25, 0, 0, 0, 0, 0, 0, 0, 0, 46, -16, -17, -23, -12, -42, -49, -24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, -40, -44, -29, -44, -51, 46, -63, -57, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, 0, -12, -12, -6, -8, 8, -20, -20, -20, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, -7, 0, 0, 14, 0, 0, -20, -20, -6, -6, -13, 20, -24, -20, -21, -20, -39, -34, -18, -27, 27, -35, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, 0, -12, -12, -6, -8, 8, -10, -20, 0, -23, -14, 28, -10, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -14, 0, -7, 0, -8, 35, 0, -19, -18, -11, -20, 0, 20, -14, -20, -41, 0, -20, -24, -19, -30, 20, -49, 27, -8, 0, 0, 0, -21, -8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 0, -8, 0, 0, -23, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -15, -20, 20, -20, -20, -9, -20, -16, -15, -20, 20, -11, 0, 0, 0, 0, 0, 0, 0, 0, 35, 0, 0, -23, 0, 0, -11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, 20, -20, -19, -20, -20, -20, -20, -20, 20, -20, -20, -20, -20, -20, -19, -21, 22, -17, -19, -22, -22, -25, -24, -29, 30, -42, -29, -31, -29, -45, -20, -20, 20, -19, -20, -20, -20, -20, -20, -20, 20, -19, -20, -21, -20, -20, -20, -27, 23, -21, -19, -28, -26, -20, -28, -22, 29, -26, -40, -32, -42, -21, -21, -20, 21, -21, -20, -22, -29, -20, -20, -20, 20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -64, -68, -22, 7, -19, -57, -12, 0, 0, 0, 0, 0, 0, 0, 0, -25, -23, 0, -20, -20, -20, 7, -20, -20, -20, -20, -19, -12, -23, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -40, -44, -8, 15, -33, -48, -25, 0, -17, 0, -20, -22, -15, -36, 0, -29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, -26, -22, 23, -21, -24, -32, -21, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -15, -14, -20, -20, -18, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -12, 6, -20, -24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, 22, -23, -22, -23, -24, -22, -23, -28, -13, -27, -21, -20, -23, 15, -20, 0, 19, -11, 0, 0, -13, -18, 0, -20, -20, -19, -18, -18, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -30, -30, -23, -26, -32, 32, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -14, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -21, -21, -22, -21, -21, 21, -20, -20, -20, -20, -20, -20, -20, 20, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, -26, -39, -24, -33, -38, 25, -39, 20, -20, -20, -20, -11, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -21, -21, -20, -21, 20, -21, -19, -19, -18, -20, -19, 20, -20, -20, -57, 0, -34, -35, -24, -31, -45, 17, -19, -18, -16, 0, -7, 20, -25, -20, 0, -7, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 41, 0, -40, -22, 26, -20, -20, -20, -20, -26, -26, -20, -20, -21, -21, -20, -21, 20, -21, -20, -18, -11, -17, -11, 20, -19, -17, -22, 21, -20, -20, -19, -20, -22, -22, -20, -20, -20, -20, -20, -20, 20, -20, -19, -20, -19, -18, -20, -20, -20, 21, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 41, 0, 0, 0, 0, -41, -25, -8, 41, 0, 0, 0, 0, -41, -25, -8, -12, 18, 0, 0, 0, -9, -18, 0, -31, -46, -13, -7, -22, -23, 30, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -5, 18, 0, 0, 0, 0, -14, 0, -20, -15, -12, 0, 0, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, -19, -9, 20, -13, -20, -20, 20, -11, -19, -19, -20, -20, -20, -21, -21, -20, -20, -21, -21, 21, -20, -20, -20, 20, -19, -20, -20, -20, -20, 41, -21, -51, -21, -19, -35, -36, -25, 0, 0, -8, -19, -9, 20, -13, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 0, -14, 0, 37, -24, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -20, -17, -19, -20, -20, -21, 20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -22, 21, -20, -16, -21, -21, -21, 0, 0, 0, 0, 0, 18, 0, -18, -13, 20, -14, -9, -16, -15, -19, -12, -20, -20, -19, -19, -20, -20, 20, -20, -24, -35, -40, 0, -38, -15, 12, -35, -20, -20, -20, -20, -20, -20, 20, -20, -20, -20, -6, -6, -13, 20, -24, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -25, -16, -20, 0, -5, 25, 0, -8, 0, 0, 0, 0, -10, 15, 0, -19, -19, -17, -16, -13, -20, 20, -15, 0, 0, 0, 0, 0, -6, 11, 0, -9, -16, -18, 0, 0, -12, 19, -9, -35, -39, -31, -36, -36, -31, 42, -27, -20, -20, -20, -19, -12, -23, 20, -19, -17, -25, -16, -20, 0, -5, 25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, -11, -19, -11, 0, -21, -22, -20, -20, -19, -19, -19, -16, 20, -20, -19, -20, -19, -19, -19, -16, 20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -14, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -50, -41, -59, -63, -44, -12, 35, -45, -25, -39, -32, 20, -43, 6, -18, 0, 0, 0, 0, 0, 0, 0, 0, -21, -21, -18, -20, -17, 21, -21, -20, -21, -20, -20, -21, -20, 21, -21, -25, -19, 20, -20, -19, -19, -20, -20, -20, -15, 0, -23, -28, -25, -49, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, -30, -45, -54, -63, -68, -66, -10, -52, -28, -40, -38, -50, 0, -56, 14, -20, -20, -16, -19, 20, -20, -20, -20, -18, -20, -18, -18, -18, 20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, 35, -19, -20, -20, -40, -25, -20, -21, -19, 21, -20, -21, -20, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 18, 0, -18, -20, -20, -19, -8, -14, -20, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -42, -59, -70, -53, 0, -21, -84, 14, 21, 0, 0, -6, 0, -19, -20, -5, -58, -35, -19, -41, -32, -51, -48, 36, 0, 0, 0, 0, 0, 0, 0, 0, -29, -24, -19, 0, -11, 0, -23, -40, -20, -20, 20, -19, -20, -20, -20, -20, -20, -20, -19, -18, -18, -20, 20, -20, -26, -24, -23, -26, 23, -24, -27, -23, -20, -20, -16, -19, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -28, -28, -33, 0, -37, 7, -54, -53, -20, -22, -23, -19, -12, -32, 23, -20, -7, -9, 0, -19, 0, -18, 19, 0, 9, -19, -16, -19, 0, -19, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -11, -17, -11, 20, -19, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -5, -8, 0, -13, 23, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -18, 0, -14, 0, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0, -18, -20, -7, 0, 0, 0, 0, 0, 23, -18, -8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -25, -19, -35, -8, -29, 20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0, 0, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 41, 0, 0, 0, 0, -41, -25, -8, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -12, -13, -21, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, -12, 0, 0, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -35, -32, -21, -35, 0, 24, -23, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, -11, -19, -11, 0, -21, -22, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, -20, -20, 20, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, 24, -22, -17, -17, -15, -25, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, 0, 0, 0, 0, 0, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -15, -20, 20, -20, -27, -25, -23, -29, -23, -21, 26, -39, -40, -31, -29, -21, -17, 20, -18, -20, -41, -22, -22, -27, -23, -22, 27, -24, -20, -20, -19, -18, -18, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -18, -15, -14, -19, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -20, -20, -20, -20, 21, -20, -18, -20, -14, -17, 20, -19, -20, -20, -34, 40, -34, -37, -40, -40, -40, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -20, -20, -20, -20, 20, -20, -36, 37, -20, -17, -23, -40, -24, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, -20, -55, -46, -53, -25, -67, -20, -21, -21, -22, -20, -20, 21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 37, -23, -9, -9, -21, -41, -30, -30, 20, -20, -20, -20, -19, -20, -20, -20, -29, -13, -8, 20, 0, -14, -64, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -20, -21, -20, 21, -21, -25, -22, 22, -21, -24, -21, -21, -22, -22, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, -20, 20, 20, -19, -18, -16, -18, -20, -20, -20, -11, -15, -15, -14, 0, 23, -15, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -20, -16, -11, -22, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -11, -19, -17, 0, 0, -20, -18, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, 20, -20, -19, -15, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -43, -24, -32, -34, -23, 33, -41, -31, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, 20, 0, -16, -20, -12, 0, -29, 23, -16, -24, -27, -40, -55, -31, -46, -13, -7, -22, -23, 30, -21, -23, -55, -7, -22, -7, 0, 55, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 41, 0, -40, 0, 0, 0, 0, 0, 0, 15, 0, -20, -20, -20, -19, -20, 20, -20, -20, -20, -20, -20, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -14, -21, 0, -37, -14, 7, 0, -22, 38, -40, -30, -40, -39, -40, -21, -29, -20, -20, -20, -20, -34, -20, -20, 21, -6, 20, 0, 0, -18, -20, -20, -21, -21, -20, -10, -20, -20, 20, -20, -20, -7, -9, 0, -11, -10, 28, -18, -35, 0, 0, 0, 0, 0, 44, 0, -38, 0, 0, 0, 0, 0, 18, 0, -18, -20, -21, -24, -32, -21, 22, -20, -26, -19, -20, -19, -18, 20, -20, -19, -20, -16, -18, 0, 20, 0, -20, -14, -20, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -32, -20, -20, -20, -19, 20, -20, -19, 21, -22, -18, -20, -15, -19, -20, -11, -20, -20, -7, -18, -6, 20, -20, -20, -22, 24, -21, -24, -25, -23, -24, -25, 0, 0, 0, 0, 0, 0, 0, 0, 32, -39, -38, -26, -29, -41, -26, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, -9, 0, -19, 0, -18, 19, 0, -86, 32, -39, -125, -91, -58, 9, -125, -30, -59, -39, 0, -43, -23, 27, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -11, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -21, -20, 20, -20, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -48, -44, -41, -47, -11, -61, -22, 0, 0, 0, 0, 0, 0, 0, 0, 33, -42, -12, -24, -18, -22, -37, -21, 0, 0, 0, 0, 0, 0, 0, 0, -14, -9, 0, -21, -20, -19, -15, 21, -20, -20, -19, -18, -6, -20, 20, -19, -17, 20, 0, 0, -5, -13, -20, 0, -59, 72, -45, -60, -45, -45, -79, -55, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, -26, -27, -23, -26, -26, 25, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -55, 0, -55, -64, -77, 38, -46, -59, -23, -17, -6, -19, 0, -23, 22, -20, -29, -40, -37, -18, -15, -37, 34, -30, -20, -20, -16, -9, -15, -18, 21, -20, -20, -20, -16, -19, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 46, -43, -29, -33, -16, -42, -37, -41, -37, -23, -32, -23, 24, -38, -34, -8, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, 0, 0, 0, -19, 20, -18, 20, -20, -19, -20, -20, -20, -20, -20, -13, 20, -20, -20, -15, -20, -20, -17, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, 20, -20, -18, -20, -20, -20, -30, -19, 8, -32, -22, -17, -32, 14, -10, -7, -12, -11, -12, 15, -20, -38, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, 0, 19, -19, 0, -22, -22, -22, -24, 22, -20, -21, -25, 9, -32, -23, -20, -20, -42, -24, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -17, -9, -16, 0, -20, 21, -20, 42, -16, -15, -14, -8, -25, -42, -39, 20, -20, -20, -20, -11, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 22, -31, -22, -33, -23, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 44, -44, -33, -30, -36, -37, -41, -44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, 21, -12, -10, -19, -19, -21, -8, -41, -23, -21, -22, -25, 26, -23, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, -23, -32, -23, -35, -21, -28, -21, 37, -36, -40, -27, -29, -38, -27, -29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, 22, -22, -23, -21, -21, -22, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 45, -66, -48, -13, -18, -13, -40, -41, -21, -31, -32, -29, -52, -32, -36, 29, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -16, -14, -6, -17, 20, -19, -28, -60, -56, -65, -59, 10, -39, 11, 20, -21, -20, -20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -13, -12, -21, -16, -22, -22, 22, -43, -63, 50, -41, -37, -44, -54, -53, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -23, -29, -32, -39, -24, -27, 30, 0, 0, 0, 0, 0, 0, 0, 0, 20, -28, -33, -13, -20, -21, -18, -20, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -42, -43, -39, 0, -19, 0, -40, -42, -40, -23, -19, -18, -20, 27, -21, -19, -31, -46, -13, -7, -22, -23, 30, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, -40, -23, -20, -20, -27, 36, -38, -39, 36, -33, -39, -28, -31, -38, -37, -20, -20, -20, -20, -20, -20, 20, -20, 0, -33, -46, -52, -15, -62, -21, 0, -20, -20, -19, -18, -19, -20, 20, -20, -37, -51, -41, -44, -24, -23, 49, -41, -23, -22, -28, -36, -25, -26, 25, -24, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 21, -20, -21, -21, -21, -21, -22, 0, 0, 0, 0, 0, 0, 0, 0, -7, -34, -80, -60, -100, 0, -55, -22, -21, -21, -20, -20, -14, -21, 21, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, -20, -19, -17, -11, -20, 20, -20, -19, -20, -19, -19, -19, 20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -6, -58, -43, -63, -27, -43, 7, -40, 0, 0, 0, 0, 0, 0, 0, 0, -40, -39, -37, -40, -22, -41, 41, -30, -20, -15, -15, -14, -10, -19, 20, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, 23, -22, -23, -21, -21, -24, -23, -60, -54, -32, -41, 27, -67, 42, -80, -7, -45, -16, -27, -21, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -18, -16, -17, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -28, -38, -28, -42, -43, -29, -39, 32, -28, 25, -24, -25, -23, -25, -26, -26, -85, 31, -38, -51, -46, -21, -40, -24, -77, 0, -6, -41, -62, -60, -16, -5, -43, -46, -48, -45, -37, -44, 46, -48, -45, -33, -36, -32, -41, -39, 38, -35, -41, 5, -45, -44, -44, 25, -47, -46, -50, 17, -35, -56, -78, 0, -97, -21, -23, 30, -30, -28, -39, -26, -33, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -47, -35, -21, -21, -25, -28, 23, -19, 21, -20, -18, -18, -18, -21, -20, 22, -21, -21, -20, -18, -20, -25, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 28, -52, -45, -44, -31, -48, -27, -52, -23, -20, -22, 21, -23, -29, -21, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -21, -21, -21, -21, -21, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -17, -18, -17, -20, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, -33, -35, -31, -32, 32, -30, -48, -20, -20, -20, -17, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -25, -25, -24, -23, -7, -24, 25, -21, -54, -77, 37, -58, -74, -56, -25, -56, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -19, -22, -20, -20, 20, -20, -20, -20, -22, -21, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -23, -24, -30, -27, -21, 23, -21, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -45, 40, -46, -15, -30, -25, 20, -39, -7, 0, -28, -22, -20, -40, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -37, -30, -28, -34, -32, -17, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -15, -12, -9, -20, 20, -14, 0, -42, -14, -21, -12, 0, -39, -47, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -13, -18, -20, -19, -16, -20, 0, 0, 0, 0, 0, 0, 0, 0, -40, 35, -25, -24, -26, -27, -39, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -51, -49, 50, -48, -49, -46, -51, -58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, -21, -25, -22, -23, -17, -26, -22, -23, -20, -22, -22, -22, 22, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -16, -19, -17, -15, -20, 20, -14, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -20, -20, -76, -38, 26, -68, 0, -87, -9, -44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -65, -47, -43, -16, -43, -59, 74, -78, 0, 0, 0, 0, 0, 0, 0, 0, -27, -20, -20, -20, -20, -22, 22, -20, -60, 12, -47, -26, -28, -30, -8, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, 0, 0, 0, 0, 16, -5, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -33, 27, -28, -27, -22, -27, -36, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 23, -7, 0, 0, -14, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -15, 0, -8, -13, -20, -19, 20, -22, -21, -19, -17, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -24, -22, -24, -23, -29, -29, 22, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28, -25, -41, -32, -31, 19, 0, -28, -20, -20, -20, 20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -27, -21, -20, -20, -20, -21, 21, -23, 0, 0, 0, 0, 0, 0, 0, 0, -23, -20, -20, -20, -29, -30, 24, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -18, -18, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, 0, 0, 0, 37, 0, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -33, -40, -20, 26, -20, -26, -40, -22, -11, -47, -58, -49, -41, 0, -24, -45, 5, -41, -41, 0, -40, -23, -35, -43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -17, -18, 20, -20, -20, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -43, -26, 0, 12, -29, -33, -15, -28, -50, -65, -66, -52, -60, 10, 7, -60, -12, -20, -18, -15, -12, 20, -18, -19, -20, -20, -18, -19, -6, -18, 20, -20, 13, -21, -17, -45, -24, -8, -38, -54, -19, 20, 0, -19, -20, -18, -12, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -12, 10, -26, -53, -63, -53, -85, -81, -69, -55, 48, -55, -86, -29, -49, -35, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -60, -59, -43, -61, 9, -60, 16, -9, 0, 0, 0, 0, 0, 0, 0, 0, -22, 24, -21, -24, -25, -23, -24, -25, -35, 43, -42, -49, -43, -42, -40, -45, 0, 0, 0, 0, 0, 0, 0, 0, -32, -26, -23, -23, -23, 26, -24, -30, -131, -31, -73, -83, -66, 16, -55, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, -7, 0, 0, 14, 0, 0, -22, -29, -36, -32, -30, -34, 28, -25, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -18, -13, -19, 21, -21, -23, -20, -20, 20, -20, -20, -20, -20, -20, -20, -19, -19, -19, -16, 20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 21, -20, -21, -16, -20, -21, -21, -20, -11, 27, -22, -17, -28, -31, -29, -30, 0, 0, 0, 0, 0, 0, 0, 0, -35, 29, -20, -30, -30, -22, -33, -32, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, 20, -20, -20, -20, -20, -21, -6, 20, -20, -35, -20, -20, -21, -19, -10, 0, 0, -20, -20, 20, -16, -35, -21, -23, 28, -20, -20, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -25, 23, -28, -20, -21, -21, -19, 0, 0, 0, 0, 0, 0, 0, 0, -21, -46, -59, -28, -33, -29, 25, -50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, -23, -24, -23, -25, -23, 24, -27, 0, 0, 0, 0, 0, 0, 0, 0, -46, -74, -37, -57, -53, -60, -56, 63, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -18, -20, -19, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -21, -23, -21, -20, -7, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -34, -33, -34, -28, -31, -33, -34, 33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -22, -24, 23, -20, -27, -22, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -44, -35, -29, -27, -40, 39, -33, -49, 0, 0, 0, 0, 0, 0, 0, 0, -40, -42, 0, -39, -40, -40, -40, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -10, -22, -9, 33, 0, -33, -20, -40, -26, -20, -20, -20, -19, -20, 20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 23, -22, -21, -20, -20, -23, -23, -20, 20, -19, -19, -8, 0, -20, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -9, -15, -20, 20, -19, -21, 21, -20, -17, -20, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -25, -23, -39, -20, -30, -26, 25, -30, 23, -22, -22, -34, -33, -24, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -60, -60, 0, -66, -49, 0, -35, -47, 0, 0, 0, 0, 0, 0, 0, 0, -13, -23, 24, 0, 0, -18, -23, -8, -20, -20, 20, -20, -20, -20, -20, -20, 22, 0, 0, 0, 0, -19, -18, -11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -20, -20, -18, -10, -19, -28, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -26, 31, -29, -24, -22, -27, -34, -34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 21, -21, -17, -5, -29, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -20, -12, -18, 20, -20, -20, -20, -20, -20, -19, -18, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -25, -22, -21, -21, -20, -23, 22, -24, -15, 26, -10, -5, 0, -5, -21, -16, -20, -20, -19, -20, -20, 20, -20, -20, 0, -36, -21, 0, -42, -55, -6, -51, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -37, -21, -12, 38, -23, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, -34, -27, -34, -25, -21, -25, 30, -31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -17, -20, 20, -21, 21, 0, 0, -6, 0, -19, -20, -5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -20, -21, -21, -24, -20, -21, -20, -32, -27, -27, -26, -29, -27, -32, 55, -22, 13, -42, -22, 20, -62, -37, -32, 0, 0, 0, 0, 0, 0, 0, 0, 27, -25, -23, -22, -25, -21, -39, -39, -26, -31, -21, -48, 18, -27, 25, -61, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -24, -42, -58, -97, -77, 0, -62, 0, 0, 0, 0, 0, 0, 0, 0, -50, 27, -24, -34, -26, -23, -25, -43, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -19, -16, -20, -20, -21, -18, -20, -20, 22, -22, -21, -26, -22, -21, -20, 20, -20, -20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, 24, -21, -29, -29, -24, -26, -21, 0, 0, 0, 0, 0, 0, 0, 0, -73, -45, -69, -17, -17, 7, -13, -27, 0, 0, 0, 0, 0, 0, 0, 0, -21, 21, -21, -20, -20, -20, -21, -20, -21, 23, -17, -19, -22, -21, -25, -22, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0, -18, -20, -7, 0, 0, 0, 0, 0, 0, 0, 0, -26, -24, -23, -26, 23, -24, -27, -23, -20, -20, 20, -20, -20, -20, -21, -20, 0, 0, -22, -14, -21, -35, -40, -18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -40, -24, -31, 0, -37, -30, 14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -94, -88, 7, -73, -76, -77, 24, -93, 0, 0, 0, 0, 0, 0, 0, 0, -35, -39, -31, -36, -36, -31, 42, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -46, 22, -40, -39, -31, -37, 0, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -44, -31, -50, -46, -6, -43, -52, -20, 29, 0, -17, 0, -25, -29, -24, 0, 0, 0, 0, 0, 0, 0, 0, -22, -23, -22, -24, -23, -20, 22, -22, -16, -18, 0, 20, 0, -20, -14, -20, 21, -22, -21, -21, -21, -22, -21, -22, 0, 0, 0, 0, 0, 0, 0, 0, 21, -21, -21, -7, -19, -21, -23, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 29, -7, 0, -15, 0, -17, -19, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -20, -20, -20, -21, 0, 22, -13, 0, 0, -6, -20, -9, 28, -47, -35, -25, -10, -39, -26, -27, 0, 0, 0, 0, 0, 0, 0, 0, -25, -33, -24, -24, -25, 29, -29, -33, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -7, -10, -15, 0, -43, -20, 22, -20, -13, -16, -14, -19, -23, -18, -19, -20, 20, -20, -19, -20, -20, -20, -56, -31, 31, -43, -33, -48, -26, -27, -20, -20, 20, -19, -20, -21, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -56, -24, -68, -12, 7, -8, -70, 0, 0, 0, 0, 0, 0, 0, 0, 0, -38, -40, -30, -45, -26, -23, 26, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -38, -23, -20, -33, -23, -20, -21, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, -19, -9, 20, -13, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, -24, -24, -23, -24, -28, -29, 26, -20, -20, -20, -19, -15, -20, 20, -20, -41, -22, -22, -27, -23, -22, 27, -24, 0, 0, 0, 0, 0, 0, 0, 0, 33, -30, -16, 0, -31, -21, -42, -43, -43, -24, -32, -34, -23, 33, -41, -31, -23, -55, -7, -22, -7, 0, 55, -19, -20, -20, -20, 20, -20, -20, -20, -20, 0, -22, -21, -23, -27, 14, -31, -20, -21, -20, -20, -23, -37, 0, -22, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -42, -24, -21, -34, -42, -32, -24, -95, -77, 0, -23, -53, -34, -75, -46, 0, -17, 30, -7, 0, 0, -26, 12, 0, -18, -20, -13, -12, 0, -20, -18, 11, -18, -20, -13, -12, 0, -20, -18, 11, 30, -18, -26, -8, -6, -18, -30, -15, -47, 0, -40, -28, 0, -46, -20, -16, -47, 0, -36, -39, 0, -65, -59, 0, -34, -46, -43, -43, -41, 46, -44, -53, -58, 0, -27, -17, -16, 5, -33, 0, -20, 18, -58, -70, -38, -51, -16, -21, -9, 25, -22, -19, -15, -21, -22, -16, -26, 39, 0, 0, 0, -16, -39, 0, -40, -39, -27, -27, -19, -23, 0, 20, -19, -18, -16, 0, -7, 20, -25, -20, 36, -21, 20, -21, -21, -20, -23, -20, -9, -42, -31, -24, -24, 8, 0, -43, 0, -11, 21, 0, 0, 0, 0, 0, -13, 0, -52, -45, -62, -8, -32, -17, -30, 39, -60, -39, -36, -40, -50, -38, -55, 12, -28, -33, -52, 7, -27, -34, -40, -34, -17, -12, 20, -20, -20, 0, -20, -21, -21, -21, -22, -20, 21, -21, -75, -26, 42, -57, -58, -50, -34, -71, -31, -22, 23, -24, -33, -21, -23, -22, -19, -20, 20, -20, -19, -20, -20, -20, -72, -40, -64, -83, -53, -22, 0, 0, -56, -35, -36, -21, -6, -57, -51, 38, -73, 0, -54, -9, -36, 12, -45, -44, -46, -44, -42, -32, -26, 17, 8, -24, -59, -6, -49, 16, -45, -73, -60, -63, 19, -29, -20, -36, -22, -9, -40, -40, 12, -20, -16, -13, 0, 12, -27, -27, -20, -8, -8, 0, 0, -16, 20, 0, -24, -40, -38, -27, -26, -39, 41, -36, 15, -80, -31, 16, -64, -69, -43, -16, -60, -40, -40, -33, -38, 0, 18, -51, -79, -34, 8, -60, -93, 0, -50, -39, -61, -24, -46, -40, -43, -21, -21, 12, 20, -19, -19, -19, 0, -20, -20, -21, -27, -21, -20, -20, -20, -21, 21, -23, -19, -20, -19, 0, 0, -20, -20, 20, -20, -20, -19, -16, -16, -20, 20, -19, -72, -35, -21, -97, -48, 14, -15, -55, -39, -27, -6, 38, -29, -48, -17, -27, -63, -49, -9, -48, -28, -16, 42, -83, 16, -87, -36, -66, -91, -44, 12, 0, 34, -24, -38, -42, -40, -26, -40, -42, -16, 26, -31, -27, -21, -20, -30, -27, 0, -37, -25, -21, -36, 0, -37, 0, -25, -23, -20, 21, -15, -21, -22, -22, -40, 44, -42, -29, -31, -24, -46, -28, 13, -19, -35, -23, -21, -24, -9, -22, -39, 14, -37, -47, -50, -38, -51, 0, -20, -31, 22, -26, -35, -33, -21, -21, -25, -21, -19, -40, -20, -21, -21, 21, -65, 0, 0, -56, 0, -44, -10, -42, -7, 20, -20, -19, -19, -19, -21, -20, 14, 19, -20, -15, -13, -7, -32, -26, -20, -20, -23, -20, -20, 20, -20, -20, 56, -26, -18, -24, -36, -60, -45, -34, -19, -16, -11, -7, 0, -8, 23, -13, -40, -39, 0, -32, -17, -7, -36, 0, -22, 21, -45, -78, -77, -26, -67, -64, -78, -36, 0, -47, -65, -59, 48, -47, -18, -20, -13, -12, 0, -20, -18, 11, 19, 0, 0, 0, 0, -5, -32, 0, -17, 41, -78, -47, -47, -25, -39, -74, -21, 24, -23, -20, -27, -21, -36, -20, -52, 61, -46, -55, -64, -37, -85, -34, -49, 38, -74, -37, -78, -41, -38, -25, 24, -84, -69, -54, -32, -23, -28, -68, 20, -16, 0, -14, 0, -21, -20, -18, -21, -34, 0, 0, 0, -20, 27, -15, -41, 27, -27, -15, -36, 0, -32, -24, -30, 10, -75, -34, -52, -26, -10, -46, -78, -55, 72, -65, -67, -79, -62, -25, 13, -22, -42, -23, -23, 19, -47, -22, 0, -64, 0, -49, -38, -40, -60, 23, -20, -31, 22, -26, -35, -33, -21, -21, -20, -18, -20, -19, -20, -20, 20, -20, -42, -32, -46, -36, -28, -23, -43, 27, -23, -34, -13, -24, 0, -35, -28, 0, -62, -26, -66, -147, -71, 24, -67, -36, -17, 30, -7, 0, 0, -26, 12, 0, -18, -20, -13, -12, 0, -20, -18, 11, -37, -19, -26, -23, 0, 40, -35, -28, -42, 21, -32, -20, -20, -38, -21, 0, -45, 39, -42, -28, -32, -38, -39, -38, -7, -34, -21, -21, -24, -30, -10, -44, -40, -40, -35, -35, 0, -26, -22, 18, 20, -33, -19, -18, -20, -8, -21, -39, -33, -128, -44, -130, -64, -24, 39, -61, 46, -19, -48, -48, -37, -51, -47, -39, 37, -41, -34, -40, -39, -22, -41, -24, -22, -20, -10, -10, -8, 0, 15, -31, -14, 0, -75, -35, -107, -74, 0, 0, -30, -40, -48, -57, 6, 18, -69, -60, 10, 9, -80, -36, 22, -50, -64, -51, -56, -8, -68, -28, 0, -20, 0, -49, -22, -27, -27, -28, -25, -28, 27, -24, -20, -18, -20, -14, -11, -20, -19, 20, -21, -19, -22, -21, -20, -40, 20, 0, 0, -17, -5, -8, 0, -13, 23, -6, -51, -20, -36, -46, 0, 21, -16, -24, -21, -101, -36, -92, -23, -8, -29, 0, -20, -20, -9, -19, -18, -20, 20, -16, 20, -19, -19, -10, -7, -21, -20, -20, -25, -32, -21, -20, -21, -21, 24, -22, -23, -46, -38, -39, -28, -30, 43, -28, -18, -20, -39, -33, -20, -20, 0, 18, -19, -21, -20, -20, -17, -21, 21, -18, -39, -36, -37, -34, -35, -39, 0, 0, 29, -39, -25, 0, 0, -40, -28, 0, -20, -20, -18, -15, -17, 20, -20, -15, -22, -21, -20, -20, -6, 0, 20, -50, 0, -18, 0, -9, 0, -20, 0, 20, -44, -20, 0, -39, -52, 35, -47, -53, -62, -72, -74, 25, -49, -50, -79, 45, 31, -122, -129, -153, 0, -14, -65, -59, 0, -19, 0, 0, -15, 15, -19, -39, 0, -41, -25, -42, -39, -20, -23, 22, 0, -25, -21, 22, -21, -41, -47, -37, -9, -41, -75, -17, -64, 0, -7, -38, -18, -20, -13, -12, 0, -20, -18, 11, -30, -39, -6, -12, 0, 31, -42, -52, -20, -17, -14, -15, -20, -18, -20, 20, 0, 0, -24, -43, -30, 24, -60, -29, -44, -59, 6, 0, -43, -6, -46, -27, -16, 28, -46, -42, -32, -10, -69, -50, -51, -39, 0, -153, -123, -18, -7, 0, -12, -62, -68, -54, -47, -43, 24, -77, 28, -48, -41, -60, -30, -42, -47, 23, -14, -81, 26, -42, -27, -63, -70, 30, -22, -41, -44, -37, -18, -31, 27, -21, -26, -21, -21, -17, -24, -20, 23, -20, -17, 30, -7, 0, 0, -26, 12, 0, 10, -70, -60, -57, -66, 9, -35, -72, -9, -17, -35, -29, -52, -38, -20, -36, 19, -40, -40, -32, -23, -48, -45, 0, -81, 49, -47, -67, -104, -31, -68, -94, -29, 20, 13, -40, -25, -31, -57, -41, -61, -44, -20, -74, -50, 37, -69, 16, -30, -23, -20, -22, -12, -21, -23, 19, 48, -46, -44, 0, -39, -58, -38, -43, -20, -20, -13, -19, -19, -20, 20, -18, -40, -70, -30, 22, -80, -38, 0, -86, -55, 23, -30, -46, -36, -21, -21, -23, -63, 37, -39, -28, -26, -40, 7, -51, -20, 0, -20, -18, -31, -20, -18, 20, -48, 0, 16, -32, -37, -46, -8, 0, 62, -31, -63, -23, -15, -35, -55, -48, -41, -65, -51, -53, -28, 16, 6, -53, -18, -20, -13, -12, 0, -20, -18, 11, -6, -18, -14, 0, 0, -40, -16, 40, 0, 20, -8, 0, 0, 0, -20, 0, -20, -22, -7, -19, 0, 0, 20, -5, -38, -20, -23, -23, -20, 12, 0, -21, -40, -63, -40, -24, -39, -23, -42, 35, 0, -47, -43, -74, -63, -39, 20, -63, -43, -21, -20, -30, -34, 11, 11, -24, -61, -55, -37, -49, -36, 70, -57, -63, -64, -24, -18, -18, -28, -73, 18, -161, -20, -22, -76, -31, -22, -21, 24, -21, -39, 9, -68, -32, -60, -63, 0, -92, 0, -14, -28, -56, -42, -41, 7, -44, -40, -23, -17, -13, -17, 27, -20, -14, -20, -21, -21, -21, -22, -20, 21, -21, -42, 16, -44, -40, -32, 0, -48, -42, -14, -20, -63, -72, 13, -9, -44, -43, -21, -32, -37, -29, 17, -40, -39, 0, -20, -32, -37, -39, -19, -21, 34, -39, -26, -37, -23, -24, -37, 28, -22, -37, -25, 20, 19, -43, -24, -19, -53, -21, -40, -40, -35, -35, 0, -26, -22, 18, -37, -58, -105, -35, -71, -40, -58, -53, -40, -40, -35, -35, 0, -26, -22, 18, -23, 31, -42, -17, -20, -41, -27, -38, 0, -33, -44, -45, -34, -43, 14, -23, -20, 21, -21, -20, -21, -20, -21, -21, -6, -43, -28, -33, -21, -41, 18, -36, -24, -30, -24, -33, -38, -34, 29, -40, -18, -20, -19, -35, -13, 19, -20, -7, -52, -34, -34, -27, -52, -54, 9, 33, -9, -39, -25, -43, -45, 28, -47, -46, 29, -43, -11, 0, 37, -18, 0, -10, 20, -20, -20, -20, -19, -20, -20, -20, -20, -20, -23, -20, -20, 20, -20, -20, -76, -88, -99, -55, -108, 0, -36, -20, -32, 59, -51, -30, -6, -49, -59, -11, -20, -21, -21, -22, -20, -20, 21, -20, -28, -47, -37, -45, -28, -26, 30, -42, 11, -52, -31, -34, -7, -47, -10, -41, -43, -54, -37, -23, -37, -23, 42, -23, -60, -30, -23, -34, -28, -63, -24, 39, -20, -20, -20, -20, -20, -20, 20, -20, -47, -59, -129, -102, -93, 14, -85, -47, 0, -41, -60, -93, -85, -51, -31, 31, -43, -18, -27, -41, -20, -22, 33, -22, -45, -25, 8, -57, -61, 9, 0, -75, -42, -24, -20, -20, 0, -40, 19, -24, 21, -44, -59, -42, -48, -27, -68, -18, 30, -94, -46, -60, -71, -16, -91, 0, 54, -43, -46, -53, -58, -32, -75, -59, 24, -114, -89, -107, -45, -104, -49, -24, 10, -29, -25, -19, -22, -70, -19, 20, -82, -18, -49, -46, -133, -64, -20, 0, 10, -34, -37, -29, -30, -29, -24, 0, -21, -24, -20, -20, -19, -20, 21, -20, -27, -22, -20, -35, -21, -21, 22, -20, -20, -37, 20, -32, -32, 0, -24, -51, -20, -19, -13, -9, -5, -10, 23, -15, -30, -32, -44, -24, -41, 35, -36, -27, -25, 20, -20, -22, -40, -20, -17, 0, -40, -37, 0, -36, -48, -43, -40, 0, -22, -26, 24, -23, -23, -22, -24, -23, -38, -61, -25, -23, -14, 0, 7, -21, -52, -61, -24, -44, -19, 19, -47, -14, -40, -20, -40, -19, -15, 36, -20, -33, -24, -42, -30, -46, -37, 34, -27, -41, -29, -34, -23, -36, -30, -54, -25, 51, 18, -64, -55, -40, -56, -42, -43, 43, -20, -24, -20, -14, -10, -20, -19, 20, -60, -39, -17, -34, 20, -49, -26, 0, 15, -35, -35, -38, -35, 0, -27, -30, 21, 23, -22, -22, -23, -49, -23, -63, -20, -20, -20, -20, 0, 0, 20, -17, -51, 62, -59, -40, -46, -49, -63, -43, -39, -22, -22, 0, -21, -18, 7, -24, -38, -71, -29, -27, -12, 50, -32, -47, 10, -30, -34, -40, 0, -22, -32, -21, -40, -20, -33, -23, -28, 18, -40, 0, -5, 0, 0, 0, 0, -16, 25, 0, -21, -25, -23, -30, 0, 18, -7, -30, -39, 0, 21, -20, 0, -34, -41, -20, -33, -43, -44, 40, -39, -45, -36, -42, -26, -41, -59, -53, -59, 0, 20, -25, -7, -14, 0, -25, 0, -20, -22, 20, -20, -20, -20, -11, -16, -20, 20, -19, -18, -86, -102, 30, -59, -45, -41, 9, 58, -40, -24, -28, -18, -55, -55, -33, -20, -18, -25, -23, -21, -24, 20, -20, -26, 40, -32, -41, -40, -47, -27, -42, -72, 0, -78, -57, 0, -68, -19, -74, -10, 0, -60, -61, -44, -48, -10, -15, -26, -25, 22, -50, -20, -21, -25, -27, -83, -78, -49, -26, -75, 42, -69, 0, 10, -46, -37, -27, 0, -30, 0, -22, -51, 11, -49, -47, -41, 0, -47, -54, -29, 19, -21, -5, -31, -17, -40, -17, -27, -38, 33, -40, -36, -21, -33, -30, -48, -24, 34, -54, -47, -31, -39, -45, -18, -18, -20, -16, -6, -22, 19, -19, -38, -39, -40, -28, 0, 0, 0, -35, 0, -11, -23, -24, -34, -34, 5, -20, -23, -40, -27, -26, -41, -41, 16, 10, -6, -64, -58, -51, -55, -13, 6, -50, -20, -24, -29, -20, -14, -20, 6, 20, -22, -22, -24, -32, -20, -20, 22, -20, -20, -21, -21, -21, -22, -20, 21, -21, -20, -31, 23, -27, -34, -40, -22, -21, -20, 0, 0, 0, -15, -20, -22, 20, -22, -6, -44, -15, -56, -49, -60, -84, -48, -42, -39, -46, -11, -30, 44, -36, -20, -20, -21, -20, -20, -21, 20, -20, -17, 30, -7, 0, 0, -26, 12, 0, 25, -11, -44, -25, -9, -45, -23, -59, 0, -24, -58, -59, -45, -37, 14, -62, -7, 0, -32, -46, -28, -32, 0, -31, 0, -18, -6, -9, -5, -11, 22, -6, -36, -19, 23, -75, -67, 0, -25, -49, 41, -11, -14, -10, -31, -42, -69, -51, -20, 20, -20, -19, -21, -20, -20, -20, -41, -43, -60, -18, -41, -43, 42, -30, -32, 40, -39, -26, -18, -39, -40, -29, -68, -12, -31, -41, -21, -25, -5, -56, -23, -28, -23, -52, -28, 0, 0, -48, -78, -62, -46, 40, -39, -63, -34, -60, -20, -20, -20, 20, -18, -20, -20, -19, -20, -16, -19, -17, -15, -20, 20, -14, -104, -46, -25, -17, -60, 53, -95, -19, -83, -81, -60, -111, -107, 50, -22, -85, -51, -30, -40, -52, -62, 38, -43, -53, -69, -27, -59, -11, 37, -23, -29, -49, -35, -36, -40, -25, 18, -21, -36, 0, -23, 0, -23, 20, -20, -25, -39, -21, -18, -20, 26, -19, -19, -20, 19, -19, 19, -55, -59, -55, -65, 0, -29, -29, -18, -20, -39, -33, -20, -20, 0, 18, 0, -50, -26, -90, 0, -36, -18, -48, -70, -29, -62, -64, -52, -50, 29, -48, -19, -14, -13, -12, -17, -19, 20, -15, -32, 0, -18, -48, -46, -50, -25, -63, -29, -30, -27, -19, -26, 26, -86, -27, 21, -70, -48, -52, 0, 0, -58, -80, -43, -19, -46, -32, -36, -30, 24, -31, -31, -20, -20, -20, -20, -13, 20, -22, -34, -28, -20, -19, -20, -20, 31, -22, 16, -33, 0, -45, -33, -46, -38, -13, 19, 0, 0, 0, 0, -5, -32, 0, -36, -44, -47, -68, -15, -27, -41, 28, -42, -40, 0, -35, -39, 0, -37, -44, -20, -20, -20, -20, -20, -40, 20, 0, 40, -80, -77, -72, -78, -42, -48, -35, 45, -36, -35, -9, -24, 0, -78, 0, -49, -24, 20, -21, -28, -10, -13, -28, 21, -21, -20, -24, -17, -16, 0, -41, 24, -30, -41, -45, -29, -24, 0, -30, -57, -56, -62, -29, -50, -32, -13, 35, -20, -20, -36, -25, 20, -40, 0, -39, -43, -85, -77, -35, 0, -40, -36, 37, -20, -20, -21, -20, -20, -21, 21, -20, -63, -43, -19, -51, -43, -28, 0, 20, -56, -21, -21, -10, -14, 6, -21, 0, -9, -34, -20, -20, -9, -11, 9, -24, -63, 13, -12, -53, -20, -9, -24, -36, 0, -26, 19, -21, -22, -40, -31, -21, -36, 0, -26, -32, -44, 16, -42, -38, -22, -41, -44, -37, -18, -31, 27, -21, -20, -20, -21, -20, -20, -21, 20, -20, -61, -48, -22, -27, -24, 19, -61, 12, -29, -27, -53, -49, -45, 31, -28, -59, -39, -43, -21, -45, -11, -44, 11, -37, 0, -16, 0, -26, -9, 0, -15, 0, -41, -21, -19, -18, -5, -37, 36, 0, -43, -28, -26, -41, 0, 15, -41, -22, -20, -20, -20, -20, -19, -20, 20, -20, -23, -19, -13, -7, -19, -21, 23, -23, -23, -19, -13, -7, -19, -21, 23, -23, -37, 8, -31, -27, -41, -32, 14, -31, -5, -20, -58, -44, -59, -21, -53, -30, -11, -29, 11, -28, 11, -100, -17, -65, -20, -17, -19, -18, -16, -20, 20, -16, -17, 30, -7, 0, 0, -26, 12, 0, -23, -44, -25, -63, -40, 59, -66, -34, -24, -39, -38, -32, -34, -29, 28, -40, -46, -24, -40, -36, 9, -62, 26, -37, 42, -41, -26, -28, -20, -40, -41, -21, 0, -48, -42, -51, -30, -41, -20, -18, -46, 29, -40, -41, -51, -43, -28, -48, -24, -27, -21, -18, -19, -42, 26, -23, -20, -20, -20, -19, -20, 20, -20, -20, -26, -30, -21, 24, -21, -23, -27, -39, 37, -52, -25, -11, 0, -76, -37, 23, 0, -9, -47, -41, -50, -29, 6, -50, -56, -21, -21, -10, -14, 6, -21, 0, 21, -37, 0, -39, -36, -35, -42, -33, -40, -29, -24, -23, -23, 26, -23, 0, -20, -20, -20, -20, -20, -20, 20, -20, -15, -42, -33, -26, -28, -30, 32, -30, -63, -63, -47, -42, -51, -50, 66, -61, -20, -20, -19, -16, -16, -20, 20, -19, -20, -20, -19, -16, -16, -20, 20, -19, -25, -20, -20, -20, -18, -20, 20, -21, 20, -20, -18, -17, -18, -20, -20, -20, -57, -24, -53, -47, -48, 19, 0, -23, -51, -42, -61, -55, -43, 54, -60, -66, -23, -42, -50, -42, -30, -13, 13, -51, 0, 32, 0, 0, 0, -11, -19, 0, -38, 37, -45, -29, -40, -34, -39, -29, -52, 38, -28, -62, -44, -35, -41, -52, -60, 53, -46, -38, -19, -32, -62, -38, 55, -67, -65, -45, -56, -80, -49, -14, -20, -20, -9, -19, -18, -20, 20, -16, -43, -62, -57, -87, -15, -65, -62, 64, 0, 0, -96, -129, -96, -64, -23, -25, -38, 0, -16, -15, -28, -38, 13, -18, -114, -50, -46, -48, -71, -16, 13, -12, -37, -52, -36, -35, -9, 0, 9, -54, 0, -19, 0, -10, 0, -20, -6, 20, -19, -16, -11, -7, 0, -8, 23, -13, -23, -23, -21, -14, -46, -43, -18, 30, -20, -18, -20, -9, 0, -22, -24, 20, -7, -6, -44, -66, -71, -67, -5, 0, 20, -20, -32, -22, -22, -31, 0, -30, -22, -36, -48, 19, -20, -26, 7, -20, 11, -40, -36, -44, -43, -16, -43, -21, 23, -35, -41, -40, -24, -18, 0, -39, -20, 0, -29, -21, 26, -42, -25, -44, -32, -29, 15, -43, -33, -47, -27, -15, -20, 0, -20, -20, -20, -20, 0, -20, 36, -22, -26, -23, -36, -26, -24, -43, -20, -20, -40, -39, 20, -21, 0, -40, -43, -15, -42, -41, -46, 40, -63, -41, 12, -65, 19, -17, 0, -41, -17, 0, 6, -6, -25, -55, -34, -27, -11, 0, -67, -21, -82, -66, 0, 24, -41, -61, -35, -40, 20, -32, 0, -10, 0, -39, -27, -43, -37, -15, -11, 44, -53, -52, 0, -24, -20, -20, -20, -21, -40, 21, 0, -20, 0, 0, -9, 20, -41, -20, -38, -37, -66, -19, -74, -26, 0, -9, 0, -57, -66, -81, -101, -26, -35, 26, -40, 44, -42, -29, -31, -24, -46, -28, -79, 51, -70, -81, -85, -35, -48, -41, -34, 31, -37, -28, -24, -25, -30, -28, 5, 66, -86, -63, -60, -54, -109, -76, 0, 0, 15, -31, -16, -40, -39, -40, -25, -22, -24, 23, -20, -23, -22, -27, 21, -19, -22, -19, 0, -21, -20, -22, 7, -40, -35, -31, -6, -24, -6, -36, -53, 0, -7, 20, -18, -39, -20, -21, -23, -39, -23, 34, -26, -25, 0, -52, 6, -26, -17, -11, 0, 0, -19, -20, 0, -20, 0, -8, 0, 0, -23, -20, -41, -53, -23, 0, -19, -40, 46, -26, 0, 35, -66, -20, -69, -49, -25, -97, -36, -53, -50, -39, -25, -33, 50, -21, -22, -23, -35, 0, -38, 23, -30, 0, 15, 25, -103, -97, -10, -33, -56, -66, -67, 77, -75, -64, -69, -47, -79, -77, -46, -47, -33, -26, 27, -21, 25, -67, -51, 24, -47, -96, -102, -56, 0, -42, -40, 21, -54, -27, -43, -43, -16, -34, -54, 23, -39, 0, -39, -61, -49, 0, -18, -21, -19, 21, 0, -19, -21, -20, -26, -30, -21, 24, -21, -23, -27, -39, -31, -47, -6, -42, -25, -9, -6, 13, 23, -25, -21, -21, -6, -42, -23, -52, -10, 25, 0, 0, 0, -38, -24, 0, -28, 0, -42, -16, -42, -44, 0, -41, 22, -21, -21, -20, -18, -20, -25, -20, 21, -21, -21, -19, -17, -17, -25, -24, -62, 32, -48, -45, -53, -49, -41, 29, 0, 0, -21, -25, -31, -27, 0, -20, -25, -26, -73, 34, -50, -31, -14, -77, -25, -40, -40, 0, -38, 19, -40, -39, -50, -55, -103, -18, -72, -40, 44, -69, -38, 0, -9, 6, 0, -31, -20, -21, 40, -55, -47, -25, -37, 0, -56, 0, -47, -24, -25, -27, -44, -37, 19, 10, -10, 0, -65, -71, 17, -6, -43, -46, -40, -49, -21, -58, -40, -31, 0, 0, -9, -41, -38, -32, -40, -27, 29, -35, -35, -45, -17, -82, -38, -65, 29, -59, -20, -21, -22, -19, -19, -20, 21, -19, -41, -45, 34, -57, -26, -44, -29, -67, -46, -19, -40, -47, -41, -39, 28, -40, -21, -20, -20, -19, -18, -16, 20, -39, -59, 29, -22, -40, -38, -39, -32, -20, -32, 24, -50, -59, -46, 0, -27, -51, -46, -26, 20, -67, -40, -51, 14, -73, -29, -40, -23, -19, -21, -27, 36, -38, 0, 20, 0, 0, -13, -20, -37, -14, -23, -30, -21, -56, -13, -31, 26, -20, -37, 0, -53, -16, -61, -15, 0, -67, -41, -39, -41, -40, -40, -53, 47, -51, -55, -31, 18, -123, -58, -26, -90, 23, -25, -27, 0, 0, 31, -29, -32, 0, -23, -36, -41, -27, -26, -21, 32, -25, -20, -19, -13, -9, -5, -10, 23, -15, -64, -73, -9, -84, -62, -85, 88, -70, -42, -43, -34, -55, -50, -46, 45, -47, -30, -35, -21, -59, -43, -42, 38, -54, -20, -20, -20, -11, -16, -20, 20, -19, 0, -11, 21, 0, 0, 0, 0, 0, -86, -61, -25, -53, -45, 27, 29, -63, 20, 0, -40, -40, -38, -23, -36, -20, 20, -26, -34, -27, 0, -21, -27, -28, 24, -72, -32, -87, -79, 0, -22, -7, -37, -23, -30, -37, -37, 29, -21, -42, -30, -7, -58, -26, -48, 0, -19, -73, -9, -46, -33, -46, -40, 0, 0, -36, -53, -35, 32, -12, -35, -36, -46, -59, -20, -16, -10, -13, -19, -29, -21, 20, -30, -21, -6, -37, -26, 20, -26, -20, 6, -42, -48, -37, -34, 0, -42, -55, -32, -8, -49, -46, -32, 16, 0, -67, -51, -34, -39, -71, -59, -47, 48, -51, -64, 0, -46, -33, -36, 0, -26, 8, -25, -25, -10, -19, -10, -21, -19, 23, -18, -23, 0, -29, -21, 16, -39, -37, 20, -20, -20, -18, -18, -20, -20, -19, 20, -19, -20, -15, -16, -13, -20, -36, -21, 6, -37, -42, 0, 0, -10, -22, 0, -24, -30, 0, -115, 0, -37, -46, -54, -25, -35, -27, -19, -50, -11, 22, -29, 24, -17, -30, -24, -37, -51, -35, 0, -18, -8, -14, -10, -21, -6, 20, -22, -41, -44, -37, -18, -31, 27, -21, 0, -20, -20, -19, -19, 20, -48, -23, -34, -28, -20, -19, -20, -20, 31, -22, 0, -47, -34, -75, -81, -35, -10, -32, -14, -64, -41, -34, -43, -33, -33, 0, -46, -23, 8, -25, -32, 32, -36, -39, -34, -29, -37, -20, -44, 27, -10, -60, -63, 13, -57, -61, -8, -56, -43, -54, -58, 26, -61, -58, -43, 0, -65, -68, -23, -21, -20, -48, -20, -21, -22, 21, -12, -32, -47, -27, -39, -27, 26, -24, -20, -20, 20, -20, -17, -20, -20, -19, -21, -24, -20, -20, -19, -20, 21, -20, 23, -22, -21, -23, -21, -21, -26, -22, 0, -11, 21, 0, 0, 0, 0, 0, 0, -40, -23, -23, -26, -41, 0, -39, 8, -59, -30, -34, -32, 0, -58, -55, -8, -76, 14, -16, -48, -35, 0, -6, 40, -19, -32, -21, -41, -25, -58, -21, -30, -36, -40, -40, -33, -40, 40, -40, -20, -20, -19, 20, -20, -20, -20, -20, 9, -47, -31, -44, 0, -32, -55, -42, -63, -72, -52, -33, 29, -36, -15, -31, 14, -20, -13, -6, -13, 0, -20, -27, -60, -32, -8, -37, -30, -23, -46, 27, 30, -28, -28, -15, -20, -26, -20, -40, -27, 0, -21, -5, -20, 7, -33, -38, -6, 0, -6, 0, -14, 21, -9, -20, -21, -22, -23, -6, -81, -47, -43, 7, 18, -27, -62, 14, -13, -32, -20, -45, -42, 15, -43, -40, -33, 0, -48, -41, -48, 24, -55, -52, -33, -65, -17, -52, 0, 40, -39, -10, -9, -29, -40, -10, -20, -83, -51, -42, -65, -47, 0, -47, -25, -21, -35, -24, -28, 23, -32, -24, -27, -42, 29, -29, -34, -34, -27, -32, -20, -20, -23, -20, -20, 20, -20, -20, 32, -33, -57, -42, -56, -59, -29, -61, -18, -18, -11, 20, 0, -19, -20, -20, -24, -54, -15, 0, -28, 12, -79, -9, -57, 0, -53, -58, -40, -41, 47, -72, -20, -16, -19, -17, -15, -20, 20, -14, 30, -47, -38, -52, -35, -48, -24, -40, -53, 9, -44, -66, -12, -36, 30, -43, -74, -10, -57, -53, -68, -57, -11, 11, -30, -77, 17, -27, -46, -76, -71, 29, -20, 20, -21, -20, -20, -15, -20, -21, -49, -27, -30, 21, -87, -57, -79, 0, 0, -17, -5, -8, 0, -13, 23, -6, 0, -17, -5, -8, 0, -13, 23, -6, -22, -20, -16, -30, -25, 12, -5, -22, -58, -108, -93, -100, -51, -50, 39, -98, -21, 24, -23, -20, -27, -21, -36, -20, -20, -22, 20, -20, -37, -35, 0, -20, 0, -37, -38, 33, -21, -40, -25, -52, -13, 0, -61, -59, -36, -44, -28, 9, -48, -27, 8, -24, -29, -29, -38, 19, 16, -38, -23, -41, 10, -41, -22, -35, -10, -21, 21, -23, -17, -41, -19, -24, -54, -57, -62, -44, -40, -28, 49, -34, -6, -39, -38, -35, -15, -63, 38, -24, -32, -26, -7, -8, 0, -32, 39, -20, -16, -43, -25, -71, -19, 5, -69, 6, -27, 40, -32, -41, -40, -26, -27, -42, 22, -20, -20, -18, -11, -40, -22, 0, -17, -38, 0, -41, -35, 43, -54, -55, -20, -20, -23, -20, -20, 20, -20, -20, -19, -8, -8, -9, -8, 20, -20, -17, -22, -24, 0, -25, -21, -38, 23, -25, -19, -24, -10, -10, -6, -19, 21, -19, 25, -50, -5, -24, -44, -35, -20, -12, 0, -15, 0, 0, 0, -20, 0, 20, -18, -26, -24, -41, -55, -14, -32, 0, -83, -71, -87, 50, -41, -52, -89, -16, -21, -20, -40, -45, -45, -42, 27, -59, -20, -20, -21, -20, -20, -20, 20, -20, -20, -11, -21, -21, -21, -24, 19, -20, 15, -42, -37, -49, -40, -37, 0, -44, -29, 7, -25, -24, -25, -29, -8, -26, -65, -69, -70, -67, -82, 47, -62, -16, -62, -36, 19, -39, -46, 24, -74, -68, -22, -31, -26, -41, -30, 31, -36, -56, -38, -45, -34, -56, -39, -41, 41, -8, -60, -64, -20, -49, -7, 0, -7, -48, 0, 0, -7, -6, 0, -28, 0, -15, -27, -51, -37, -46, -29, -28, 31, -43, 34, -47, -39, -51, -24, -41, -24, -51, -23, 0, -42, -34, -57, -79, -21, 15, 0, -29, -22, -20, -21, -42, -48, 11, -37, -60, -57, -61, -62, 24, 10, -17, 23, 0, 0, -14, 0, -19, -20, -28, 7, -21, -31, -21, -37, -30, 0, -20, -21, -40, -40, -27, -21, -21, 0, 20, -43, -22, 21, -34, -21, -59, -21, 19, 7, -25, -14, -23, -26, -21, 0, -25, 20, -20, 0, -27, 0, -22, -19, -34, -75, -34, -28, -23, -25, -14, -7, 0, 24, -28, -26, -17, -17, -22, -23, -17, -69, 12, -24, -22, -108, -13, -50, -31, -15, -19, -11, -7, 0, 0, 53, -13, -12, 20, -13, 0, -19, -8, -20, -16, -40, -30, -39, -35, 0, -39, 32, -60, -70, -36, -44, 0, -48, -51, 61, -63, -29, -10, -63, -57, -94, -29, -32, -34, -31, 18, -43, -36, -58, -31, 13, -48, -42, -7, -40, -28, -30, -21, 19, -24, 0, -7, -66, -52, -73, -71, -42, -13, -34, -30, 20, -18, -19, -37, -21, 0, -21, -24, -60, -60, -15, 0, -9, -68, 26, -55, -19, -47, 8, -40, -33, -47, -39, -7, -39, -39, -24, 16, -40, -26, 16, -27, -42, -39, -43, -34, -26, 5, -43, -59, -128, -43, -32, -60, -81, -29, -55, -57, -64, -21, -19, 0, -30, 21, -42, -8, -124, -119, -142, -17, -43, -69, -84, -109, -76, -85, -86, 22, 0, -34, -21, -5, -26, -20, -29, 20, -20, -21, -20, -18, -19, -14, -29, 20, -37, -12, -40, -21, -22, -94, -39, 0, -71, -42, -42, 47, -31, -32, -30, -45, -45, -34, 8, -72, -71, -46, -50, -52, 0, -35, 22, -20, -21, -21, -18, -20, -37, -22, -42, -40, -22, -30, -20, -23, 0, 22, 24, 0, -11, 0, -7, -23, -20, -8, 44, -41, -21, -20, -51, -44, -24, -48, 0, -56, -23, -25, -41, -59, 13, -54, 0, -43, -36, -24, -41, -21, 0, -24, -49, 0, -26, 0, -91, -26, -26, -79, 6, -20, -38, -25, -11, -22, 19, -21, 0, -60, -59, -46, 6, -64, -17, -26, -41, -22, -31, -23, -23, 26, -25, -22, -51, 15, -66, -124, 14, -42, -99, -7, -23, -33, -23, -23, -40, -39, -26, 37, 30, -28, -28, -15, -20, -26, -20, -40, -34, -28, -20, -19, -20, -20, 31, -22, -62, 5, -72, -53, -30, -49, 9, -38, 30, 0, 0, -26, 0, 0, -6, 0, 0, -52, -58, -60, -61, -25, 27, -48, -41, -39, -35, -28, -22, -38, 43, -62, -58, -56, -51, -25, -23, -60, 61, -24, -25, -23, -20, 21, -15, -21, -22, -22, -52, 0, -54, -96, -109, -8, -7, -11, -17, -5, 0, 0, -10, -16, 0, 21, 13, -36, -38, -39, -40, -21, 0, -32, 0, 20, -8, 0, 0, 0, -20, 0, -79, -50, -67, 76, -71, -75, -75, -37, -26, -30, -21, 24, -21, -23, -27, -39, -65, -32, -40, 68, -42, -54, -50, -55, -30, -32, -31, 29, -29, -25, -28, -28, -20, 14, -22, -25, -25, -35, 16, -22, -24, 20, -13, -8, -6, -15, -20, -20, -23, -40, -20, -18, -17, -26, -20, 22, -6, -55, -94, -89, -56, -46, 34, -56, 17, -8, -31, -32, -56, -50, 12, -45, -33, 0, -41, -38, -33, 7, -43, -40, -107, -52, -76, -70, -81, -90, 86, -66, -43, -21, -20, -30, -35, 0, 21, -23, -28, -20, -40, -39, -24, -21, 35, -40, -61, -47, -60, -30, -54, -7, 41, -29, 0, -40, -39, -21, -21, 5, -42, 19, -47, -24, -45, -22, -28, -23, -6, 10, 20, -20, -20, -18, -18, -20, -20, -19, -31, -32, -71, -51, -74, 9, -35, -40, -16, -29, -20, -20, -19, 28, -29, -20, -36, 20, -20, -31, -37, 0, -18, -22, 13, -67, -77, -78, -54, -36, -83, 27, -34, 0, -24, -27, -30, 6, -23, -20, -6, -56, -16, -58, -45, -19, -26, -45, -24, -33, 0, -38, -36, 19, -23, -37, -93, -68, 23, -58, -69, 33, -34, -49, -62, 18, -34, 9, -39, -21, -27, -46, -40, -25, -35, -34, -31, 33, -24, -41, -57, -22, -34, -96, -71, 0, -28, 19, -23, 16, -40, -24, -23, -22, 0, -31, -25, 19, -22, -34, -35, 0, -41, -13, -22, -26, -19, -12, -19, -20, 23, -21, -61, -48, -55, -68, -60, 0, 25, 0, -41, -35, 43, -49, -37, -42, -41, -58, 0, -8, -12, 0, 0, 0, 22, 0, -19, 20, -20, -19, -18, -20, -20, -20, -47, -65, -57, 32, -20, -26, -23, -13, -14, -26, -21, -22, -23, 25, -31, -26, 19, -6, -39, -33, -40, -20, -48, -21, -33, -29, -20, -21, -23, 0, -24, 0, -19, -20, -19, -20, 0, -19, -20, 15, -34, -38, -41, -50, -37, -38, -60, 39, 0, -34, -142, -48, -91, -83, 13, -26, 10, -51, -55, -49, -51, -15, -21, -36, 74, -72, -38, -21, -56, -72, -59, -65, -23, -24, -24, -23, -20, -22, 24, -29, -23, -19, -13, -7, -19, -21, 23, -23, -17, -11, 0, -5, 0, -10, 37, 0, -22, -29, -25, 0, -24, -39, -22, 9, -30, 49, -42, -66, -55, -15, -61, -37, -36, 0, 17, -23, -24, -20, -48, -20, -27, 24, -23, -33, -45, -57, -32, 14, -42, 0, -32, -42, -41, -40, 17, -40, -49, -32, -9, -7, -58, 0, -34, -33, -20, -21, -21, -17, -16, 0, -20, 18, -42, -65, -49, -34, -27, -35, 7, 14, 0, -47, -48, -32, -31, -21, -16, -7, 22, -10, -12, -15, -10, -21, -22, -18, -19, -12, -12, -10, -14, -19, 20, -14, -61, -54, -49, 0, -37, -32, 44, -40, -25, -23, -20, 21, -15, -21, -22, -22, -18, 27, -23, -32, -39, -24, -30, -33, -7, 20, -40, -29, -59, 12, -37, -50, 21, -25, -25, -41, -11, -24, -21, -35, -27, -40, 36, -42, -37, -25, -40, -28, -34, 0, -20, -14, -19, -22, 21, -41, 0, -63, -70, -77, -63, -27, 29, -69, 13, 45, -6, -15, -22, -21, -59, -34, -20, -20, -19, -16, -16, -20, 20, -19, -55, -27, -11, -54, -38, 24, -7, -10, -40, -23, -22, -23, -20, -21, 35, -38, -42, -19, -41, -36, -42, -14, -12, -44, -26, 6, -24, -27, -29, 20, -31, -42, -21, -45, -40, -21, 36, -66, -33, -49, -22, -22, -25, -20, -20, 24, -28, -25, -77, -67, -66, -90, -67, 41, 13, -59, -41, -23, -28, -33, -27, 19, 5, -28, -63, -63, -47, -42, -51, -50, 66, -61, -37, -20, -40, -14, -10, 19, 0, -20, -40, -25, -30, -42, -39, 22, -26, 0, -24, -39, -38, -39, -33, 0, 19, -38, -19, -20, -18, -18, -8, -33, 20, -20, -35, -52, -48, -47, -43, -48, 48, -54, 16, -70, -33, -28, -65, 12, -36, -27, 21, -62, -42, -23, -61, 0, -49, -19, -39, -43, 0, -33, -22, -36, -19, -12, 9, -48, -24, -69, -17, -37, -57, -73, -35, -19, -45, -65, -88, -23, -52, 19, -19, -12, -12, -10, -14, -19, 20, -14, -23, 39, -106, -110, -108, -104, -45, -38, -31, -29, -31, -23, -28, 16, -8, -33, -29, 38, -23, -27, -8, -21, -40, -20, -50, -8, -22, -45, -24, -31, 40, -25, 6, -17, -22, -20, -32, -25, -22, 0, -71, -62, -47, -8, -89, 15, -64, -21, -43, -24, -32, -34, -23, 33, -41, -31, -62, -52, -56, -45, -17, 51, -26, -42, 0, -53, 41, -64, -66, -26, -42, -60, 0, -23, -19, -17, -14, -24, 19, -20, 20, -20, -21, -30, -20, -20, -23, -18, 16, -54, -34, 0, -39, -47, -20, -35, -32, -24, 0, -42, 17, -30, -32, -40, -84, -57, -23, -61, -41, 7, -15, 0, -5, -60, -32, -65, -57, -37, -8, 28, -40, -10, -42, 0, -5, -48, 21, -39, -41, -56, -51, -55, -52, -43, 22, 30, -40, -36, -24, -27, -25, -36, 40, -34, 27, -21, -44, -54, -54, 0, -50, -46, 20, -19, -19, -19, 0, -20, -20, -21, 14, -21, -21, -21, -18, -23, 0, -20, 20, -20, -18, 0, -17, -27, -27, -35, -121, -96, -48, -28, -31, -41, 17, -48, 31, -68, -44, -41, -63, -8, -79, 15, 6, -62, -32, -21, -43, 10, -65, -23, -46, -14, -22, -21, -31, 0, -41, 19, -50, -22, -44, -42, -25, 6, -9, 0, 24, -32, -22, -23, -21, -27, -21, -23, -23, -17, -48, 26, -75, 9, -41, -65, -31, -21, -23, -17, -16, 18, -10, -40, -13, 23, -21, -19, -16, -22, -25, -14, -13, 23, -21, -19, -16, -22, -25, -14, -44, -36, -78, -83, -65, 0, -61, 19, -26, -24, -42, -41, -41, -60, -46, 54, -24, -79, -57, -23, -45, -43, 33, -75, -44, -35, -29, -26, -37, 39, -33, -51, -40, -35, -24, -21, -15, 53, -34, -30, -38, -37, -24, -40, -21, -34, 40, -30, -16, 9, -43, -51, -50, 13, -61, -39, -20, -31, 22, -26, -35, -33, -21, -21, 11, -19, -99, 0, 13, -57, -18, -53, 23, -25, -21, -21, -6, -42, -23, -52, 43, -29, -13, 0, -9, -23, -44, -13, -20, -20, -41, -25, -22, -21, -29, 20, 0, -44, -21, -22, -27, 26, -42, -26, 0, 0, -23, -31, -29, -40, -25, 19, -19, -20, 20, -20, -18, -20, -21, -21, -18, -45, 0, -58, -53, -18, -5, -52, -21, -20, -24, -21, -18, 21, -20, -20, -26, -6, -11, -36, -67, -91, -9, -29, -27, 21, -21, -22, -15, -20, -18, -20, -21, -21, -22, -16, -17, 0, 8, -20, -20, -8, -22, -19, -24, -26, 19, -38, -37, -62, -51, -67, -38, -42, 60, -47, -54, 47, -16, -56, 0, -45, -57, -53, -10, -10, -87, -20, -17, -18, -62, -26, 0, 21, -21, -18, -17, -20, -21, -7, -13, -48, -44, -94, -91, -82, 8, -26, -43, -20, -38, -35, -27, 0, 0, -13, -20, -9, -54, -73, 0, -64, -9, -45, -41, -20, -19, -22, -9, 0, 0, -26, -46, -52, -45, -43, -25, 0, -50, 0, -33, -17, 0, -20, 0, 6, 0, -21, 20, -19, -19, -12, -9, -19, -20, -19, -16, -21, -23, -18, -17, -32, 21, -20, 10, 15, -38, -36, -26, 0, -23, -60, -99, -44, -50, -77, -14, -24, 26, -12, 22, -18, -16, -12, 0, -37, -20, -20, 22, -17, -16, -10, 0, -36, -20, -20, 0, -51, 19, -46, -87, -26, -39, -66, -20, -20, -21, -20, -20, -21, 20, -20, -38, -54, -30, -38, -43, -40, 14, 0, -49, -47, -60, -39, -28, -41, 8, 13, -32, -23, -24, -34, -25, -23, 27, -34, -32, -28, -43, 0, -31, -43, 20, -48, 25, -21, -50, -70, -9, -60, -28, -37, -40, 0, -60, -67, -9, -52, 14, -48, -26, -25, -27, -20, -21, -8, 9, -20, -105, -56, -60, -15, -46, -15, 0, -63, 0, -53, -21, -95, -97, 36, -77, -41, -87, -76, -79, -86, -78, 71, -101, -28, -20, -21, -20, -20, -20, -20, 21, -20, -20, 21, -38, -16, -31, -59, -20, -45, 17, 7, -21, -19, -21, -48, -36, -22, -44, 0, -40, -43, -40, -42, 0, -39, 0, -19, -49, 28, -33, -42, -24, -58, -18, -18, -11, 20, 0, -19, -20, -20, 27, -31, -36, -23, -31, -24, -33, -20, -31, 19, -25, -20, -21, -35, -8, -21, 20, -19, -19, -19, 0, -20, -20, -21, -19, 0, -6, -12, -19, -37, 19, -30, -131, 40, -83, -51, -55, -78, -46, 0, -26, -28, 9, -23, -21, -6, -30, -37, -6, 0, 0, -37, -23, -40, -6, -45, -62, 27, -31, -62, -63, -52, -18, -21, -18, -20, -13, -12, 0, -20, -18, 11, -26, -22, -20, -20, -20, -20, -20, 21, -12, 20, -13, 0, -19, -8, -20, -16, 0, 30, -22, 0, -21, 0, -26, 7, -21, 44, -17, 0, -59, -39, -59, -43, 21, -25, -25, -41, -11, -24, -21, -35, -48, -63, -25, -31, -77, -31, 39, -40, -22, 20, -19, -19, -15, -20, -20, -15, -60, -71, -11, -62, -22, -19, -27, 10, -23, -42, -50, -42, -30, -13, 13, -51, -20, -51, 0, -52, -19, -68, -62, 0, -50, -58, -24, -38, 7, -47, -49, 0, -20, -21, -24, -32, -21, 22, -20, -26, -54, -38, 8, -29, -37, 46, -32, -33, 33, -41, -40, -19, -20, -33, -30, -18, 11, -36, -55, -38, -46, -13, 0, -41, -7, -33, -45, -77, -73, 0, -31, -33, -35, -28, 19, -15, -40, -13, -64, -43, 18, -56, -42, -48, -31, -46, 8, -19, -66, -69, 20, -43, -42, 0, -61, -75, -19, -21, -23, -20, -7, 20, -21, -22, -26, 22, -20, -24, -20, -20, -23, -20, -20, -21, -29, 0, -25, 17, -22, -7, -29, -22, -20, -22, -21, -21, -23, 29, -20, -19, -26, -20, -21, 20, -20, -21, -41, -72, -103, -50, -70, -14, -85, -54, -28, -41, -41, -37, 20, -20, 0, -26, -39, 28, -20, -20, -6, 38, -31, -6, 14, -41, -27, -26, -40, -37, 0, -37, -29, -25, -44, -25, 20, 8, 0, -24, -40, -34, -21, -22, 0, 19, -21, -25, -21, -16, 0, 0, 0, -40, 21, 18, -29, -23, -29, -25, -19, 24, -22, -24, -24, -42, -28, -42, -27, -23, 27, -37, -22, -41, -44, -37, -18, -31, 27, -21, -20, 20, -20, -18, -20, -20, -20, -19, 40, -40, -23, -39, -10, -39, -40, -39, -66, -24, -57, -89, -74, 0, -20, 0, -30, -38, -45, -48, 0, -26, 21, -80, -28, -55, -67, -17, -22, -43, -46, -21, 27, -20, -55, -46, -54, 20, -64, -21, 27, 25, -34, -21, 0, 0, -61, -10, -29, -88, -61, 11, -64, 8, -12, -47, 0, -48, -24, -14, -54, -12, -13, 0, -20, 21, -21, -20, -21, -20, -21, -21, -14, -19, -19, 20, -15, -20, -20, -20, -23, -24, -22, -20, -20, -40, 33, -22, -40, -39, 0, -35, -16, 8, 0, -38, -41, -20, -21, -23, -24, 36, -34, -23, -21, -20, -21, -17, -10, 21, -22, -28, -20, -17, -20, -13, -9, -20, -19, 20, -52, 0, -42, -33, -26, -18, 13, -71, -61, -61, -19, -24, -39, -55, 51, -27, -21, -26, -22, -20, -21, -22, -30, 22, -20, 20, -20, -17, -19, 7, -20, -30, -39, 28, -20, -20, -6, 38, -31, -6, -131, -23, -36, -62, -51, -58, 38, -37, -48, -21, -54, -30, -34, 23, -58, -22, 0, -15, 0, 0, 0, -20, 0, 20, -21, -24, -20, -26, -14, -25, 25, -25, -43, -35, -34, -7, -27, 38, -39, -13, -47, -32, -35, -7, -30, 37, -39, -9, 5, -10, -60, -50, -25, -7, 5, -24, -20, 20, -20, -19, -21, -20, -20, -20, -20, 21, -20, -21, -22, -21, -21, -20, -64, 35, -57, -62, -53, -51, -34, -74, -33, -41, -27, -49, -25, -38, 41, -25, -33, -41, -27, -49, -25, -38, 41, -25, -20, -22, -20, -19, -19, -20, 21, -22, -22, -41, -44, -37, -18, -31, 27, -21, -86, -65, 0, -7, 12, -15, -14, -21, -47, -7, -49, -37, -6, 21, -40, -27, -26, 13, -7, -44, -20, -53, -22, -21, -50, -59, -39, -58, -43, 61, -51, -58, 24, -5, -10, -8, -13, -22, -24, -28, -65, 25, -28, -42, -49, -21, -28, -23, -60, -55, -44, -7, -58, 0, -42, -34, -40, -22, -20, -16, -19, -44, 0, 36, 30, -52, -41, 0, -26, -44, -36, -22, -15, -41, -48, -24, -71, -37, -78, 27, -37, -22, -20, -24, -20, -20, 0, 20, 20, -21, -20, -11, -9, -20, -19, -19, -22, -24, -22, -21, -23, -27, 24, -25, -41, 7, -61, -66, 18, -21, -36, 0, -27, 0, -24, -42, -65, 0, -27, -48, -22, -24, -22, -21, -23, -27, 24, -25, 33, 0, -29, -34, -46, -57, -34, -53, -22, -20, -14, -30, -23, 0, -5, 0, 0, -18, 0, -9, 0, -20, 0, 20, -26, -33, -24, -18, -45, -40, -42, 23, -18, -40, 0, -23, -12, -15, -60, -69, -47, -24, -22, -32, -23, -22, 30, -35, -40, -30, -41, -33, -28, -36, 40, -26, -46, 28, -22, -41, -21, -22, -21, -18, -19, 20, -19, -17, -18, -19, -20, -18, -30, -46, -28, -39, -31, -32, -39, 34, -71, -40, -61, -17, -29, -41, -66, 30, -20, -22, -24, 23, -20, -27, -22, -24, -27, 28, -36, -28, -34, -35, -26, -38, -20, -25, -19, -13, -8, -20, -19, 20, 40, -7, -11, 0, 0, -40, -21, 0, 0, -26, -70, -54, -34, -34, -16, -18, -27, -46, -37, -27, -37, 0, -40, 0, -47, 7, -27, -56, -54, -14, 13, -51, -47, -43, -24, -45, -36, -55, 43, -37, -20, 20, 0, -6, -15, -20, -17, -14, -22, -24, -23, -24, -22, -40, 22, 0, -23, -19, -13, -7, -19, -21, 23, -23, 15, -54, 0, -41, -33, -50, -24, 14, -9, -54, -36, 37, -66, -47, -56, -32, -20, 20, -43, -20, -6, -18, 0, -21, -20, -21, -20, -20, -21, 21, -21, -22, 0, -51, -53, -54, -60, -16, -7, 6, -21, -6, -16, -20, -23, -20, 17, -33, -38, 21, -41, -24, -21, -13, -35, 0, -24, -29, -23, -25, -24, 17, -34, 0, 0, -19, 0, -10, 0, -20, -6, 20, -62, -61, -48, -59, -43, 29, -12, -63, -63, -45, -51, -41, -28, 48, -14, -46, -20, -20, -20, -20, -15, 0, -20, 0, -54, -20, -55, -70, -24, 22, -87, -25, -33, -43, -41, -30, -47, 32, -22, -26, -48, -69, -49, -82, -35, 6, -80, 31, -17, -41, -50, -9, -26, 36, -64, -33, -20, -20, -19, -20, -11, 20, -20, -17, -17, -41, -44, -8, -60, 44, -59, -61, 18, -81, -49, -73, -48, -50, -48, 9, -6, -55, -53, -33, -57, -36, 24, -60, -18, 20, 0, 0, -13, -41, -20, 0, -23, -41, -30, -38, -37, 27, -27, -43, -73, -51, -46, -43, -52, 62, -53, -71, -31, -14, -23, -11, -8, -13, 24, -42, -70, 0, -27, -43, -40, -28, -23, 11, -43, 17, -37, -62, 0, -71, -38, -53, -30, -7, -15, -33, 9, -36, -35, 0, -52, -10, -48, -33, -40, -22, -44, 25, -20, -8, -8, 0, 0, -16, 20, 0, -30, -38, 0, -10, -31, -20, -35, 23, -20, -20, -20, -20, -20, 0, -20, 0, 40, -56, -41, -61, -57, -55, -17, -51, -39, -34, -54, -58, -27, 0, -38, 6, -47, -43, -23, 35, 0, -33, -21, -40, -38, 36, -30, -17, -31, -26, -35, -24, -18, 20, -20, -18, -18, -19, -20, -19, -16, 20, -19, -16, -17, -19, -20, -18, -20, -20, -19, -16, -16, -20, 20, -19, 22, -40, -19, -16, -21, -20, -22, -43, -51, -40, -39, -35, -42, 25, 0, -64, -20, -20, -20, -9, -15, -20, 20, -19, -9, 25, -22, -19, -15, -21, -22, -16, -29, -31, -96, -63, -73, -37, 31, -74, 0, -11, 21, 0, 0, 0, 0, 0, -36, -40, -24, -30, -43, -41, 38, -46, -21, -25, -21, -20, -57, -34, 22, -50, -18, -26, -19, -72, -71, -26, -47, -32, 13, -78, -17, -27, -85, -17, -42, 16, -21, -20, -20, -26, -30, -26, -23, 23, -83, 9, -44, -110, -41, 19, -30, -38, -64, 16, -86, -76, -58, -47, -28, 0, -32, 0, -21, -22, 20, -15, -38, -27, -40, -34, -44, 19, -44, -27, 14, 0, -42, -41, 0, -29, -29, -76, -30, -21, 19, 0, 0, 0, 0, -5, -32, 0, 20, -19, -19, -19, 0, -20, -20, -21, 0, 38, -24, -24, -21, -29, -48, -21, -22, -25, -26, -20, -40, -23, 40, -24, 24, -41, -24, -43, -37, -41, -45, -8, 13, 0, -40, -40, -41, -51, -24, -20, -45, 18, -25, -30, -40, 0, -41, -59, -16, 29, -8, 0, -13, -17, -41, -23, -46, -42, 40, -43, -34, -34, -42, -72, -26, 40, -20, -11, -13, -24, -40, -22, -9, -58, -50, -50, -51, -49, -37, 37, 20, -19, -19, -19, 0, -20, -20, -21, 30, -20, -75, -44, -70, -86, -30, -111, -20, -20, 20, -20, -17, -20, -20, -19, 7, -109, -74, -66, -18, -27, -22, -70, -16, -24, -38, -29, -34, 0, 18, -53, 20, -17, -34, -12, -9, -20, -21, -20, -28, -24, -20, 0, -19, 22, -21, -15, -27, -22, -22, -24, -34, 34, -37, -33, -21, -37, -21, -9, 38, -23, -22, -22, -40, -11, -50, -25, 0, 0, 9, -51, -25, -45, -36, -36, 0, -28, -26, 18, -11, -52, -35, -38, 0, -28, -36, 19, -41, -37, 20, -25, -27, -40, -37, 0, 0, -71, -37, -13, -57, -22, -18, -92, -61, 0, -23, -27, -42, -33, 30, -36, -20, -20, -20, -20, -19, -20, 20, -20, -20, -20, -20, -20, -19, -20, 20, -20, -25, 22, -21, -21, -22, -20, -21, -20, -19, -30, 0, 0, 0, -18, 25, -15, -83, -98, -56, -13, -21, -54, 82, -63, 41, -40, -24, -40, -12, -39, -44, -40, -20, -20, -20, -20, -20, -20, 20, -20, -21, -20, 21, -20, -17, -20, -20, -23, -58, -6, 0, -89, -89, -95, -50, 8, -40, -59, -67, -53, -23, -50, 28, -16, 26, -66, -55, -65, -52, -11, -18, -42, -46, -42, -29, -75, -39, 18, 0, -73, 0, 0, 0, 0, -7, 36, 0, -33, -22, -38, -25, -35, -9, -19, -37, 20, -51, -31, 51, -80, -62, -69, -27, -65, -80, -35, -21, -51, -48, 5, 28, -91, -60, -21, -39, -36, -40, 20, -49, 0, 7, -47, -33, -52, -63, 14, -34, -32, 0, -22, 21, -27, -36, -40, -23, -28, -40, -108, -77, -18, -112, -58, 24, 0, 10, -21, -20, -20, -20, -44, 20, -20, -54, 0, -52, -62, -67, 0, -71, -11, -87, 46, -71, -58, -45, -50, 13, -62, 26, -31, -30, -34, -12, -26, -19, -38, -40, -41, 0, -39, -64, -45, -40, 7, -23, -18, -24, -25, 22, -21, -26, -12, -24, -6, 0, -13, -21, -20, -40, 20, -63, -73, -56, 18, -66, -17, -10, -26, -31, 0, -36, -32, -32, 9, -40, -34, -20, 21, -23, -20, -20, -20, -21, -21, -18, -18, -11, 20, 0, -19, -20, -20, -20, -21, -21, -22, -20, -20, 21, -20, -58, 23, -42, -33, -38, -42, -20, -52, -28, 47, -26, -26, -9, -21, -54, -20, -50, 15, -34, -37, -42, -52, -14, -42, -27, 22, -21, -21, -22, -21, -19, -21, -44, 41, -42, -28, -33, -50, -40, -39, 0, -39, -22, -31, -30, 16, -55, -40, -73, -36, 46, -68, -89, -45, -39, -43, -35, 32, -41, -30, -30, -22, -20, -40, -74, -22, -23, -33, 0, -40, 20, -19, -47, 14, -39, -31, -23, -33, 0, -31, -33, -72, 9, -76, -21, -27, -57, -25, 23, -32, -24, -23, -21, -22, -22, -23, -38, -25, -39, -21, -20, -27, 31, -23, -120, 36, -59, -75, -46, -69, -21, -53, -20, -21, -21, -22, -20, -20, 21, -20, -35, -41, -22, 20, -20, -42, 7, -21, -71, 48, -46, -30, -31, -25, -66, -39, -37, 17, -30, 0, -23, -22, -42, -34, -49, -67, -22, -92, -47, 0, 14, -97, -24, -25, -24, -25, -24, -38, 27, -27, -20, -20, -20, -21, -20, -20, 20, -20, -22, -41, -44, -37, -18, -31, 27, -21, 51, -145, -90, -96, -106, -90, -39, -80, -53, -50, -47, -37, -56, -43, -56, 54, 22, -35, -72, -42, -88, -14, -72, -49, 0, -41, -16, -46, -19, -47, 0, -6, -20, -32, 0, 0, 0, -19, 25, -16, 6, -10, -38, -26, 0, -29, 6, -37, -26, -23, -20, -19, -20, -26, 24, -20, -22, 22, -28, 0, -17, -20, -44, -39, -41, -19, -35, -25, -28, 0, 0, -19, 0, -16, 0, 20, 0, -37, 0, -20, 9, -56, -65, -57, -21, -58, -24, 0, -29, -28, -25, -46, 21, -20, -5, -20, -42, -38, -39, -33, -39, 0, -31, 0, -36, -12, -19, -74, -87, -38, -15, 20, 19, -22, -22, -20, -20, -20, -27, 21, -85, -74, -78, -65, 25, -77, -10, -25, -24, -55, -36, -25, 0, -24, -22, 16, 0, 7, -40, -47, 0, -64, -44, -56, -20, 23, -21, -27, -23, -20, -25, -20, 14, -24, -40, -40, -39, -24, 0, -29, -41, 0, -27, -22, -21, -25, 0, -43, -64, 19, -33, 0, -48, -61, -39, -22, 57, -25, -45, -48, 0, -62, -51, -62, -26, 27, -14, -25, -61, -22, -44, -22, -41, 13, -40, -38, -39, 0, -37, -49, 0, 21, -21, -18, -17, -20, -21, -7, -52, -26, -63, -43, -40, 12, -24, -46, -40, 7, -40, -42, -39, -37, -42, 0, 8, -40, -39, -23, -37, -39, -9, 0, 0, -42, -63, -60, -53, 17, -73, -75, 0, -29, 20, -20, -20, -40, 0, -22, -20, -20, -20, -9, -15, -20, 20, -19, -38, 41, -34, -20, -33, -34, -42, -37, -17, 27, -21, -15, -29, -38, -30, -20, -95, 17, -87, 0, -63, 0, -60, -54, -10, -11, 0, 0, 0, 37, -14, -14, 0, -60, -19, -19, -9, -20, 6, -23, -42, 20, -20, 0, -10, 0, -21, -40, -42, -24, -29, -24, -18, 8, -34, -6, 0, -64, -55, -42, -28, -11, -17, -37, -20, -26, -20, 0, -23, -28, 26, -58, 24, -21, -21, -21, -21, -22, -32, -25, -45, -20, -20, -20, -17, 38, -33, -20, 37, -49, -46, -50, -46, -47, -34, -53, -17, 30, -26, -17, -21, -39, -21, -34, -32, -56, -37, -50, -15, -21, -30, 23, 0, -48, -50, -49, 0, -6, -43, -32, -47, -65, -38, -10, -25, -20, -38, 0, 24, -53, -49, -52, -23, -68, -25, -12, -40, -41, -40, -40, 0, -40, 0, -40, -23, -40, -31, -52, -19, 19, 11, -20, 0, -21, -20, -20, 20, -40, -27, -40, 37, -25, -22, -17, -17, -22, -40, -21, 30, -29, -81, -86, -52, -38, -26, -60, -17, -20, -20, -18, -20, -21, -26, 20, 19, 0, -34, -39, -68, -39, -60, -60, -28, -21, -45, -54, -36, -16, 18, -63, -13, -39, -39, -46, -48, -51, 41, -11, -26, -22, -20, -20, -20, -20, -20, 21, -68, -25, 0, -49, -26, -17, -9, -70, 0, -20, -22, -50, -24, -18, 0, -40, -11, -23, -20, -44, -25, -13, 5, -10, 6, -32, -48, -43, -44, -34, 0, -42, -48, -82, -92, -77, 25, -81, -91, 10, 0, -37, -47, -55, -40, -25, -23, 19, -86, 76, -134, -114, 5, -29, -51, -124, 0, 24, 0, 0, 0, -10, -13, 0, -34, 31, -29, -42, -31, -28, -31, -31, -47, 60, -49, -43, -40, -51, -67, -47, 0, 24, 0, 0, 0, -10, -13, 0, -20, 27, -22, -7, -19, -24, -33, -12, 0, 32, 0, 0, 0, -11, -19, 0, -11, 22, -18, -6, -14, -13, -19, -8, -49, 46, -32, -14, -42, -67, 0, -35, -142, 81, -77, -83, -40, -88, -53, -24, 15, 20, 0, 0, 0, -49, -36, -26, -39, 42, -47, -41, -49, -43, -41, -40, -59, 52, -36, -37, -41, -25, -60, -49, 13, -36, -5, -75, -79, -45, -11, -85, -26, -24, -42, -41, -43, -41, -46, 37, -67, -90, 0, -76, 36, -14, -63, -30, -76, 5, 0, 17, -14, -50, -50, 0, -67, -6, -17, 24, 7, -39, -77, -41, 0, 20, -21, -24, -13, -40, -33, -40, -41, 0, -35, -45, -9, -6, 6, -44, 0, -41, -72, -21, -69, -7, -28, -62, -19, 20, -19, -17, -18, -19, -20, -18, -17, -74, -27, -83, -24, -51, -62, -18, -28, 26, -28, -28, -31, -22, -25, -24, -21, -37, -21, -9, 38, -22, -22, -21, -19, 39, -38, -17, -16, -36, -39, 0, -40, -35, 18, -39, -20, -21, 0, -22, -39, -5, -53, -49, -25, -12, -41, 0, -41, -39, -5, 0, 0, -43, -35, 21, -43, -23, -48, -46, 8, -61, 12, -13, -25, 0, -37, -38, 20, -20, -38, -27, -49, -42, 19, -24, -29, -44, -22, 5, -19, -14, -13, -12, -17, -19, 20, -15, -63, -30, 16, -51, -49, -61, 0, -50, 0, -22, -10, -39, -27, -66, -15, -17, -35, -33, -5, -59, 0, -23, -77, 6, 41, -40, -24, -40, -12, -39, -44, -40, -26, -47, -22, 0, -32, -41, -38, 20, 0, -51, -24, -36, -46, -30, 17, -47, -57, -43, -34, -19, 20, -39, 0, -20, -21, -26, 24, -23, -24, -22, -24, -23, -40, -19, -14, -8, -11, -34, 40, -39, -40, -68, -63, -54, -94, 14, -43, 7, 0, -11, 21, 0, 0, 0, 0, 0, -63, 29, -65, -47, -19, -44, -44, -23, -30, -77, -19, -11, -26, -22, 0, -38, -24, 23, -32, -23, -48, -21, -29, -22, -39, 7, -21, -42, -35, -43, 6, -27, -6, -18, -14, 0, 0, -40, -16, 40, 0, -40, -14, -6, -28, 0, -43, -51, -60, -61, -77, -72, 0, 0, -34, 0, -22, -48, -46, -50, -37, 31, -27, -62, -34, 23, -20, -46, -48, -49, 0, -29, 0, 41, -39, -10, -12, -42, -41, -11, -53, 24, -10, -25, -15, -53, -41, -71, -23, -21, -20, -48, -20, -21, -22, 21, -27, -30, -42, -37, -39, -15, 19, -41, -26, -24, -44, 20, -27, -17, -32, 0, -32, -13, -58, -77, -67, -54, 15, -13, -19, -19, -15, -12, -9, -20, 20, -14, 0, 21, -21, -18, -17, -20, -21, -7, -37, 0, -24, -21, -27, -27, 0, 0, -42, -21, -30, -59, -28, 17, -6, -27, 24, -69, 0, -24, -34, -55, -39, -23, -5, -20, -20, -20, -21, -20, 19, -21, -21, -21, -21, -21, -21, -22, 21, -22, -123, 0, 0, -100, -30, -27, -14, -40, -24, -23, -20, -45, -41, -21, -40, 31, 20, -39, -44, -38, -23, 0, -25, -40, -19, -38, -49, -34, -29, 13, -30, -11, -43, -41, -29, -23, -32, -50, 0, 17, -20, -57, -40, -58, -30, -45, 24, -50, 14, -14, -46, -48, -52, -66, -6, -71, 0, -28, -36, -40, -22, -31, 15, -38, -29, 47, -26, -30, -16, -21, -54, -21, 0, -20, 0, -8, 0, 0, -23, -20, -43, 33, -34, -68, -46, -69, -76, -55, -20, -19, 0, -19, -20, -20, 0, 20, -6, -28, 32, -50, -52, -56, -42, -51, -22, -20, -18, -20, -7, -21, 20, -20, -22, -23, -20, -20, -19, -20, 21, -20, 20, -19, -20, -9, -7, -20, -20, -19, -69, 32, -35, -43, -43, -51, -25, -43, -43, -22, 0, -42, -43, -39, -52, 0, -54, -37, -47, 16, -32, -39, 14, -37, -58, -41, -36, -34, 0, -30, 0, 18, -65, -48, 0, -70, -73, 44, -57, -35, -61, -46, 0, -51, 0, 25, -45, -25, -73, -42, -22, -61, -41, -42, -49, 44, 0, -43, -12, -29, 20, -8, -41, -53, -68, -61, 36, -57, -5, -41, -30, -48, 0, 41, -25, -59, -60, -67, -47, -45, -23, -36, -41, -27, -27, -21, 33, -26, 0, -18, 0, -9, 0, -20, -6, 20, -21, -38, -22, -30, -28, -36, 35, -36, -23, 19, -40, -39, -39, -40, -28, 0, -38, -40, -38, -40, -21, 0, 5, -42, -10, -65, -39, -82, -68, -86, 0, -27, 0, -52, -46, 19, -30, -49, 18, -44, -18, -15, -68, -42, 34, -15, -47, -33, -9, -45, -56, -56, -50, -20, 28, -30, -50, -66, 30, -56, -68, -26, 0, -25, -48, -79, -26, -134, -87, 26, -58, -70, -40, -55, 0, 13, -45, -81, -38, 5, -26, -46, -48, -51, -50, -75, 11, 17, 0, -18, -10, -11, 0, 0, -46, -39, -46, -56, 56, -111, -113, -60, -34, -72, -49, -55, -35, -16, -87, 15, -40, -9, -53, -27, -20, -39, -37, 23, -22, -20, -40, -54, -50, -17, -20, -41, 0, 19, 0, -29, 0, -6, 0, 0, -23, -34, -11, -21, -21, -20, -21, -30, 25, -20, -30, 20, -20, -20, -20, -19, -20, -22, 11, -19, -49, -79, -60, -72, -12, -54, 19, 6, -29, -50, -9, -24, -42, -37, 10, -30, -79, -61, -61, -11, -21, -43, -40, -28, -31, -43, -39, -9, 27, -40, -25, -41, -35, -35, 0, -26, -25, 18, -21, -34, 0, 0, 0, -20, 27, -15, 0, -18, 0, -9, 0, -20, -6, 20, -25, -39, 20, -19, -35, 0, -21, -33, 47, -63, -37, -43, -49, -42, -45, -44, -38, -32, -30, -23, -37, 35, -38, -42, 13, -23, -36, -28, 19, -58, -67, 0, -94, -81, 32, -22, -17, 19, -69, -60, -67, -68, 41, -70, -68, -20, -54, 0, -40, -39, -35, 0, -37, -40, 0, -39, 17, -38, -20, -31, -32, -40, -7, -21, -14, -32, -11, -22, -10, 33, -11, -36, -56, -20, -20, -9, -12, 6, -21, 0, -26, -22, -20, -20, -20, -20, -20, 21, -18, -20, -13, -12, 0, -20, -18, 11, 43, -42, -12, 0, -31, -59, -47, -42, -18, -20, -13, -12, 0, -20, -18, 11, -37, 7, -20, -15, -17, -41, 0, -15, -57, -29, 33, -24, -30, -39, -25, -43, -39, -48, 46, -26, -28, -56, -52, -24, -30, -37, 26, -25, -23, -28, -22, -37, -42, -29, 30, -26, -42, -26, -23, -42, -60, -77, 30, -62, -48, -62, 11, 8, -31, -13, 0, -7, 33, -9, -55, -37, -40, -29, 20, -38, -22, -28, -20, -15, 21, -12, -39, -13, -8, -15, -21, -10, -47, 6, -51, -64, -38, -23, 5, -61, -42, 0, -42, -56, -29, -32, 0, -22, 0, -29, -29, -66, -74, -7, -30, -34, -94, -9, -32, -61, -52, -91, 56, -73, -102, -10, -35, -71, 19, -61, 14, -34, -39, 19, -24, -22, -25, -30, 0, -32, -13, -44, -34, -35, -38, 8, -31, 15, -12, -10, -26, -45, -59, 0, -31, -59, -60, -60, -30, -70, -62, 0, 15, -73, 46, -17, -33, -16, -16, -21, -48, -21, 20, -12, -17, -6, 0, -17, -20, 0, -19, -15, -59, -13, -58, 0, -47, -58, -40, -20, -35, -34, -6, 21, -51, -21, -108, -14, 18, -53, -75, 16, -47, 0, -20, 21, -20, -21, -21, -21, -21, -20, -63, 21, -23, -62, -50, -11, -44, -38, -10, 9, -66, -74, -78, -15, -20, -36, -57, -34, -54, -36, -26, -39, 44, -41, -40, -20, -35, -34, -6, 21, -51, -21, 35, -35, -23, -29, 0, -40, -35, -21, 0, -16, -25, -38, -31, -29, -15, 24, -18, -20, -13, -12, 0, -20, -18, 11, -20, -20, -38, -10, -20, -40, -47, 39, -27, -33, -116, -42, -72, -35, -37, -38, -23, 29, -29, -27, -25, -24, -30, -24, -42, -30, -24, 21, -20, 0, -40, -29, -42, -58, -73, -43, -16, -55, 51, -37, 0, -44, -23, -23, -59, -35, -20, -31, -22, -30, -22, -22, -25, -39, -24, 27, 20, -21, -18, -13, -16, -20, -21, -24, -36, -23, -40, 15, -27, -27, 18, -27, -77, -36, -46, -79, -37, 10, -35, 18, -39, 47, -39, -42, -39, -34, -52, -35, -39, 47, -39, -42, -39, -34, -52, -35, -46, 67, -53, -32, -31, -59, -61, -37, -48, -24, -23, -34, -23, -22, 30, -35, 0, -41, -56, -55, -41, -50, 0, -25, -15, -37, -56, -61, -12, -15, -25, -90, -24, 39, -35, -27, -33, -40, -44, -35, 0, -50, -25, -29, -40, -40, 0, 0, 11, -15, -51, -15, -61, -40, -7, -87, 34, -46, -40, -59, -54, -22, -26, -41, 20, -19, -17, 0, -11, -20, -12, -21, 35, -42, -39, -25, -21, -41, -24, -23, 5, -40, -39, -38, -21, 5, -43, -55, -59, -44, -49, -33, -26, -43, 20, 11, -13, -48, -22, -26, -43, 0, -33, -70, 0, -10, 15, -11, 0, -17, 27, 0, -38, -51, -24, -49, -6, -15, 15, -36, -33, -34, -10, -7, -17, -28, 33, -6, -48, -46, -11, -19, -39, 22, -37, -62, -56, -21, -21, -10, -14, 6, -21, 0, -38, 40, -19, -34, -40, -22, -23, -44, -48, -30, -68, 7, -38, -62, 40, -30, 42, -76, -87, -27, -89, -52, -24, -37, -95, -64, -67, -33, -7, 9, -47, -35, -53, -23, -20, -20, -20, 49, 0, -40, -31, 13, -50, -52, -48, 19, -53, -76, 29, -10, -40, -40, -46, -33, -59, -44, 0, -20, -11, -11, -20, -22, -20, 20, -21, -23, -24, -30, -27, -21, 23, -21, -19, -15, 0, -14, 6, -64, -22, -78, -66, -31, -75, -32, -43, 0, 34, -56, -22, -35, 20, -33, -20, -39, 0, -31, -39, -38, -88, -37, -78, 0, 0, 0, -117, -41, -56, -67, -91, -43, 33, -114, -9, -13, -73, -83, -80, -52, 27, -77, -45, 39, -64, -60, -53, 11, -70, -57, 0, 0, -38, -17, -87, 0, -57, -63, -10, -75, -59, -66, -60, 6, -23, -72, 0, 0, 0, 0, 0, 0, 0, 0, -101, 8, -20, -88, -173, -31, -41, -93, -39, 0, 0, -38, -66, -121, -37, -54, -35, -33, -49, -54, -21, -43, -13, -57, -45, -69, -52, 0, 0, -36, 13, -42, -26, -27, -69, -64, -34, 0, -31, -29, -65, -38, -91, 9, -42, -14, -11, 21, 0, 0, 0, 0, 0, 0, 0, 0, -30, 16, -38, -106, -96, -39, 0, -19, 43, -94, -110, -66, -54, -61, 16, -95, -76, -23, -24, -30, -38, -34, 45, -42, -20, -65, -45, -99, -79, -18, -10, -61, -35, -34, -36, -59, -5, -14, -42, -64, -29, -26, -27, -23, -26, -26, 25, -23, 0, 0, -41, -9, -62, -47, -52, -79, 0, 0, 0, 0, 0, 0, 0, 0, 11, -32, -52, -58, -43, -53, 0, -12, -32, 0, -28, -20, -27, -24, 6, -22, -39, 0, 10, -46, 0, -82, -29, -33, -73, -12, -76, -38, -6, -56, 8, -35, 41, -40, -25, -11, 0, -12, -23, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -35, -16, -13, 0, -18, 20, -19, 0, 0, -8, 0, 0, 19, -19, 0, -21, -20, -20, -21, -20, 21, -22, -21, 30, -18, -26, -8, -6, -18, -30, -15, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -17, -17, -19, -20, -20, -19, -13, -37, -63, -55, 11, -76, -93, 0, -20, -20, -13, -7, -20, -20, 20, -16, -22, 18, -20, -18, -16, 0, -25, -44, -46, -46, 35, -39, -33, -45, -22, -47, 21, -22, -18, -20, -15, -19, -20, -11, -20, -20, -20, -20, -20, -22, 20, -21, -61, -46, 0, -61, -55, -39, -28, 23, -20, -20, -19, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -21, -22, 0, 0, 0, 0, 0, 0, 0, 0, -35, -24, -24, -23, -22, 37, -42, -21, -18, -20, -20, -20, -17, -19, 20, -20, -18, -20, -20, -20, -17, -19, 20, -20, -41, -25, 25, -28, -47, -21, -26, -23, -22, -20, -40, -40, 0, -21, 0, -9, -30, -38, 33, -44, -36, -29, -29, -41, -46, -40, 44, -38, -35, -38, -45, -48, -84, 31, -53, -62, -55, -51, -18, -52, 0, 0, 0, 0, 0, 0, 0, 0, -72, -14, -56, -60, -38, 14, -30, -42, -19, -20, -20, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -23, 24, -22, -17, -17, -15, -25, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, -35, -21, -20, 0, -35, -21, 7, -32, 0, 0, 0, 0, 0, 0, 0, 0, -20, -26, 23, -20, -17, -28, -25, -18, -20, -20, 20, -20, -19, -19, -20, -20, -20, -37, 39, -24, -29, -38, -45, -31, -39, -54, -31, -48, 12, 0, -21, -11, 0, 0, 0, 0, 0, 0, 0, 0, -49, -54, -52, -56, 0, -64, -52, 33, -20, -20, -20, -21, -20, 20, -20, -26, -23, -23, -25, -18, 0, 28, -8, -26, -20, -24, -22, -34, -39, -27, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -46, 17, -33, -56, -51, -44, -8, -82, -20, -24, -19, -20, -20, -20, -20, 20, -20, -20, -20, 20, -20, -20, -20, -20, -29, 0, -31, 0, -8, -53, -17, -30, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -20, -20, -21, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, 0, -35, -39, -35, -40, 0, -36, 0, -19, 0, -11, -17, -20, -17, 20, 0, 0, 0, 0, 0, 0, 0, 0, -35, 0, 0, 0, 0, 0, 36, 0, -25, -35, -31, -30, -37, -24, 0, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, -74, -105, 14, -84, -67, -33, -22, -19, -20, -19, -19, -19, 20, -19, -20, 21, -25, 0, -23, -26, -21, -23, -21, -71, 17, -44, 17, 11, -11, -56, -75, -17, 0, -23, -47, -37, 23, -40, -45, -9, -7, 0, 0, -5, -8, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, -17, 0, 0, -36, -23, -59, -56, -58, -25, 30, -57, -17, -20, -19, -17, -17, -20, -19, 20, -9, 0, 0, 0, 0, 12, 0, 0, -50, -9, -50, -33, -55, -38, 0, 24, -17, -39, -20, -28, -32, -29, 36, -42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, -79, -56, -12, -65, -18, 0, -52, 0, -15, 0, -6, 0, 29, 0, -23, 25, -25, -16, -17, -21, -25, -25, -28, 10, 13, 0, -10, -16, -41, -21, -25, -20, -20, -20, -19, -20, -20, -20, 20, -25, -23, -20, 21, -15, -21, -22, -22, -20, -20, -20, 20, -20, -20, -20, -20, -21, 28, -29, -28, -21, -23, -21, -23, -22, 0, -20, -18, -17, 0, 15, -41, -14, -9, 0, -21, -20, -19, -15, 21, -20, -20, -19, -16, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -18, -6, -20, 20, -19, -21, -20, -20, -21, -20, 21, -21, -25, 0, -39, -37, -45, -21, -30, -38, 21, -55, 15, -51, -71, -47, -64, 9, -29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, -21, -22, -20, 0, -17, -20, -26, 38, 12, -45, -67, -67, -34, -43, -51, 20, -18, 0, -17, 0, -20, -20, -19, 37, -24, -21, -21, -37, -41, -36, -29, 29, 0, 0, 0, 0, 0, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, 25, -19, -24, -31, -20, -28, -17, -19, -16, -11, -7, 0, -8, 23, -13, 0, 0, 0, 0, 0, 0, 0, 0, -38, -24, -21, -20, -24, -16, -27, 18, -36, -22, -19, -23, -12, 24, -18, -21, 9, -43, -27, -50, 0, -25, 0, -58, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, -42, 29, -23, -27, -34, -20, -51, -37, -22, 21, -21, -21, -21, -21, -22, -20, -69, 87, -65, -86, -84, -54, -87, -70, -20, 23, -22, -29, -31, -21, -26, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -13, 0, -11, -8, -20, -20, -13, -20, -13, 0, 0, 0, -18, 20, 0, -30, -42, -45, -43, -43, -54, 44, -46, -20, -20, 20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -13, 20, -20, -20, -20, -20, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, -8, -10, -40, -48, -74, -74, -49, 25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -20, -19, -21, 0, -23, 21, -18, -26, -27, 24, -31, -22, -22, -27, -22, -20, -20, 20, -20, -20, -20, -20, -20, -41, -8, 43, -19, -9, -33, -44, -26, 35, -22, -42, -52, -24, 16, -71, -37, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 0, -14, 0, 37, -24, -13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -45, -22, -32, -25, -25, 19, -26, 7, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -20, -20, -21, -20, -21, -20, -23, -41, 5, -40, -28, -40, -41, 19, 0, 0, 0, 0, 0, 0, 0, 0, -18, -21, 22, -22, -18, -9, -22, -22, 0, 0, 0, 0, 0, 0, 0, 0, -19, -6, 0, 0, 21, -18, 0, -18, 33, 0, -64, 0, -57, -34, 0, -87, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -22, 21, -20, -16, -21, -21, -21, 6, 0, -35, -43, -25, -25, -24, -25, 0, 0, 0, 0, 0, 0, 0, 0, -13, -18, 26, 0, -13, -13, -26, -7, -20, -20, 20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -20, -20, -20, -19, 20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 20, -37, -31, -15, -30, -10, -21, -28, 0, 0, 0, 0, 0, 0, 0, 0, -25, 0, -10, -39, 0, -45, -42, 49, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -18, 28, 0, 0, 0, -10, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, -20, 20, -19, -17, -20, -18, -17, -20, -20, -6, -6, -13, 20, -24, -20, -22, -22, -22, -21, -21, -24, -22, 22, -44, 43, -27, -25, -21, -35, -42, -9, 0, 0, 0, 0, 0, 0, 0, 0, 34, -21, -5, -6, -15, -35, -26, -33, -52, -75, -68, -35, -52, -40, 47, -36, 0, 0, 0, 0, 0, 0, 0, 0, -43, -32, -60, 0, -70, -86, 31, -38, -41, -47, -72, -84, 9, 9, -113, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, 0, -39, -64, 26, -8, -64, -66, 0, 0, 0, 0, 0, 0, 0, 0, 18, -58, -28, -39, -38, -25, 11, -65, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -11, -20, -20, -20, 0, -19, 0, -11, -17, -20, -17, 20, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, -12, 0, 0, 0, -19, 0, 20, -20, -20, -18, -14, -20, -20, -23, -40, -10, -21, -20, -21, -23, 19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -15, -22, -19, -22, -21, -21, 16, -21, 0, -17, -5, -8, 0, -13, 23, -6, -35, -40, -30, -39, -29, -40, 0, 0, 0, -135, -103, -86, -94, -31, -50, 34, -38, -58, -43, -59, -53, 27, 0, -34, 9, -34, -17, -17, 0, -36, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -18, -20, 20, -20, 20, -20, -20, -13, -10, -20, -20, -20, -21, -29, -17, -8, -15, -22, 28, -26, -20, -23, 21, -21, -20, -21, -21, -21, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, 20, -19, -20, -22, -42, -27, -41, -35, -31, 35, -33, 20, -19, -14, -20, -16, -18, -20, -20, -57, -21, 0, -70, -62, -77, -24, -61, -20, -21, 21, -22, -22, -22, -21, -21, -18, -20, -19, -17, -17, -20, -19, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -34, -42, -55, -36, 0, -44, -67, 21, -21, -20, -21, -24, -22, -21, 21, -20, 19, -5, 0, 0, 0, -15, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -20, -12, -18, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, -20, -20, -20, 20, -20, -20, -20, -20, 23, -19, -11, -14, -17, -39, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -12, 0, -19, 0, -22, -27, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 0, 0, 0, -10, -20, -19, 20, -20, -20, -22, -20, -29, 21, -23, -37, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 46, -43, -29, -33, -16, -42, -37, -41, -40, -39, 40, -40, -15, -25, -41, -31, 21, -20, -19, -21, -19, -21, -20, -21, -21, -22, -21, -25, -20, -21, 21, -22, -21, -22, -21, -25, -20, -21, 21, -22, 39, -45, -114, -109, 49, -41, -81, -15, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -13, -13, -20, -22, -26, 20, 20, 0, 0, 0, -16, -20, -5, -20, -40, -38, -24, -30, 16, -40, 19, -40, 23, -21, -18, -20, -20, -38, -21, -21, 20, -18, -16, -14, -12, -20, -20, -15, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, 14, -35, -37, -40, -39, 0, -40, -39, -21, -22, 20, -17, 0, -24, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, -49, -61, -65, -51, -8, -17, -48, -48, -38, -39, 0, -64, -44, -6, 22, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -10, -9, -20, -19, -19, 20, -19, -20, -19, -19, -19, 20, -19, -20, -36, -21, 27, -31, -85, -24, -69, -24, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -20, -18, -18, -20, 20, -17, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, -25, -20, -17, -18, -26, -25, -30, -20, -22, -23, -19, -12, -32, 23, -20, -7, 0, 0, 0, 0, -12, 21, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 28, -29, -28, -21, -23, -21, -23, 20, -9, 0, 0, 0, -16, -18, 0, 9, -70, -77, -75, -71, -8, -36, 0, 23, -53, -28, -37, -23, -46, -33, -20, -27, -20, -10, 0, -8, 28, -6, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, 0, 19, -19, 0, -6, -67, 17, -52, -42, -61, -8, -38, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -20, -18, -16, -14, -20, -15, -40, 31, -24, -25, -28, -29, -27, -33, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -38, -36, -47, -62, -6, -53, 23, -34, -16, -22, -24, -54, -42, -23, 35, -22, -22, -22, -24, 22, -20, -21, -25, 41, -86, -26, 0, -36, -25, -56, -31, -14, -5, 0, 0, 0, -12, 31, 0, -20, -20, -20, -19, -18, -20, 20, -20, 21, -21, -21, -7, -19, -21, -23, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -18, -16, 0, -7, 20, -25, -20, -42, -10, -23, -23, -25, -21, 19, -22, -19, 20, -19, -17, -19, -19, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -22, -26, -48, -46, 16, -12, 0, 0, 0, 0, 0, 0, 0, 0, 21, -20, -21, -16, -20, -21, -21, -20, 22, -21, -7, -19, 0, -15, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -36, -27, -18, -19, -39, -27, 20, -29, -63, -58, -55, -45, -14, 13, 0, 62, -13, -14, -9, 0, -40, -57, -38, -9, -40, -36, -40, -22, -39, -40, 19, -26, -50, -27, -51, -27, -36, -37, 27, -7, 0, 0, 0, 0, -12, 21, -16, -11, -22, -20, -20, -20, -20, 19, -22, -5, -17, -13, -10, 0, -23, -16, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -11, 0, 0, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -20, -20, -20, 20, -20, -20, -21, -23, -24, -29, -26, 31, -40, -22, 0, 0, 0, 0, 0, 0, 0, 0, -58, -20, -23, -37, -47, 9, 8, -50, -20, -20, -20, -19, -20, 20, -20, -20, -25, -46, -27, -23, -18, -20, -49, 21, 0, -58, -40, -46, -53, -48, 15, -41, 0, 0, 0, 0, 0, 0, 0, 0, -22, -20, -20, -44, -23, 0, 5, -21, 23, -22, -21, -20, -20, -23, -23, -20, -99, -51, -77, -17, -86, -56, 0, -24, 20, -22, -21, -19, -17, -20, -20, -19, -45, -20, -39, -19, -17, -23, 34, -17, -28, -30, -22, -20, -23, -28, 39, -23, -40, 0, -44, -37, -52, 18, -40, -30, 0, 0, 0, 0, 0, 0, 0, 0, -19, -12, 0, -19, 0, -22, -27, 23, -42, -44, -43, -46, -41, -28, 42, -44, 0, -24, -6, -21, -17, -20, 34, -40, -46, -31, -26, -21, -26, 30, -27, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -21, -21, -22, -20, 21, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -22, -20, -29, 21, -23, -37, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -65, -39, -53, 15, -36, -25, -26, 0, 0, 0, 0, 0, 0, 0, 0, -40, -40, -39, -33, -31, -37, 39, -9, 0, 0, 0, 0, 0, 0, 0, 0, -20, -38, -8, -21, 16, -25, -40, 0, 21, -21, -10, 0, -17, -21, -23, -7, -19, -44, -30, -41, -33, -24, 27, -44, -18, 10, -43, -40, -22, -39, 0, -24, 0, 0, 0, 0, 0, 0, 0, 0, -23, -20, -20, -18, -13, -19, -25, 24, -43, -23, -18, -37, -20, 35, -21, -58, -8, 0, 0, 29, 0, -8, -16, 0, -20, 18, -56, -55, -29, -40, 6, -43, 0, 0, 0, 0, 0, 0, 0, 0, -27, 0, -29, -24, -31, -24, 18, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -39, -34, -31, -38, 10, -38, -14, 40, -18, -9, -7, 0, -27, -21, 0, 0, 0, 0, 0, 0, 0, 0, 32, -43, -40, -43, -37, -61, -24, -47, -32, -24, -24, -23, -22, -23, 29, -25, -20, -20, -18, 0, -19, 20, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 34, -21, -20, -25, -24, -20, -40, -20, 0, 0, 0, 0, 0, 0, 0, 0, -12, -20, -18, -15, -12, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -37, -26, -20, -25, -13, -29, -36, 31, -37, -26, -20, -25, -13, -29, -36, 31, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, -20, -26, -40, -40, 20, 0, -22, -26, -11, 20, -20, 0, -34, -21, 9, -24, -47, -41, -23, 7, -21, -29, -20, -20, -13, -19, -19, -20, 20, -18, 33, 0, -9, 0, 0, -6, -32, -7, -23, 21, -21, -21, -21, -24, -20, -29, -20, -20, -20, -20, -20, 20, -20, -20, -32, -42, -61, -76, -119, -50, -14, 18, -20, 20, -20, -19, -15, -20, -20, -20, -20, -20, -20, -21, -20, 20, -20, -26, 20, 0, 0, 0, 0, -20, -12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, -7, 0, 0, 0, -5, -31, 0, -11, -19, -17, 0, 0, -20, -18, 20, -34, -22, -20, -20, -19, -22, 22, -25, 21, -37, -20, -34, -26, -27, -41, 0, 44, -44, -33, -30, -36, -37, -41, -44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -14, -20, -19, -20, -20, 20, -20, 34, -32, -20, -31, -18, -30, -33, -20, 24, -22, -19, -20, -14, -23, -24, -18, -40, -21, -32, -27, -35, -36, 0, 18, -7, -9, 0, -19, 0, -18, 19, 0, -92, -83, -95, 34, -21, -27, -24, 17, -32, -32, -30, -28, -31, -33, -34, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, -28, -77, -72, -119, 20, -75, -11, -20, 21, -21, -20, -21, -20, -20, -21, -10, 0, -41, -57, -50, -49, -50, -15, -23, 21, -20, -20, -20, -20, -21, -23, -42, -17, -23, -27, -20, -24, -11, 19, -27, -16, -41, -25, -25, 20, -62, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, -21, -20, -20, -20, -43, -24, 0, 0, 0, 0, 0, 0, 0, 0, -52, -34, -21, -25, -40, -36, 0, 35, 0, 0, 0, 0, 0, 0, 0, 0, 28, -31, -25, -30, -29, -23, -29, -33, -9, 21, -10, -16, -12, -18, -21, -16, 0, -45, -43, -51, -39, -45, 0, -48, -24, -26, -22, -23, -23, -23, 23, -23, -18, -18, -15, -18, -20, 25, -19, -25, 51, -78, -61, -49, -81, -38, -28, -47, 49, -91, -81, -80, -96, -14, -79, -95, 21, 0, 0, -6, 0, -19, -20, -5, -16, -33, -30, -34, -40, -31, 15, -17, 34, -21, -20, -24, -23, -20, -40, -20, 22, -20, -20, -20, -21, -29, -20, -40, -70, -8, -40, -32, 0, -24, -55, 0, -16, -18, 0, 20, 0, -20, -14, -20, 9, -41, 0, -40, -35, -42, -24, 0, -30, -22, 0, -7, 0, -8, 23, 0, 0, -20, -21, -24, -22, -40, 20, -20, -6, -9, 0, -10, -9, 21, -18, -15, -17, 20, -20, -20, -19, -20, -20, -19, 0, -34, -18, -20, -20, -42, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -20, -20, -20, -20, 20, -17, 22, -20, -6, 0, 0, -22, 0, -19, -20, -19, -19, -19, 20, -19, -20, -21, -20, -19, -15, 20, -20, -24, -38, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -55, -64, 21, -53, -52, -49, -11, -62, -15, 11, -33, -26, -36, -102, -14, -56, 0, 0, 0, 0, 0, 0, 0, 0, -40, -46, -49, -52, -43, 35, 0, -80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, -19, -9, 20, -13, -20, -30, -52, -44, -63, -54, 33, -30, -60, -19, -18, -11, -20, 0, 20, -14, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, -22, -21, -18, 0, -21, -24, 22, -63, -58, -26, -48, -69, -48, -54, 63, -22, -84, -65, -36, -44, -32, -57, 50, -20, -20, -18, -20, -20, -20, -20, 20, -24, 22, -22, -23, -21, -21, -22, -23, -22, -36, 0, -38, -39, -40, 9, -40, 20, -20, -16, -18, -17, -19, -20, -19, -12, -21, 0, 0, 0, -20, 19, -17, 0, 0, 0, 0, 0, 0, 0, 0, 22, 20, -21, -22, -23, -19, -22, -52, -14, -20, 0, -27, -35, 0, -54, -27, -41, -23, -33, -36, -68, -30, -31, 31, -27, -22, 22, -48, -43, -25, 10, -33, -19, -20, -8, -15, 0, 20, -17, -20, -5, -73, -69, -78, 7, -71, -26, -78, -41, -23, -26, -31, -20, 31, -32, -34, -8, 0, 0, 0, 0, -18, 25, 0, 19, -5, 0, 0, 0, -15, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -27, -37, -25, -38, -44, -31, 28, -52, 0, 0, 0, 0, 0, 0, 0, 0, -51, -48, -42, -53, -48, -44, 49, -46, -40, -29, 26, -20, -14, -37, -40, 0, -42, -20, -20, 21, -19, -21, -22, -21, -12, -40, -27, -57, -42, 35, 9, -56, -20, -19, -19, -24, -10, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -9, -22, -60, -46, -5, -12, -80, 8, 19, -21, -38, -41, -40, -37, -25, 0, -5, 36, -38, -26, -27, -32, -39, -16, -22, 23, -32, -30, -35, -42, -47, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, 17, -20, -21, -22, -25, 0, -22, 0, 0, 0, 0, 0, 0, 0, 0, -21, -13, -12, -21, -16, -22, -22, 22, 0, 16, -56, -49, -48, -42, -13, -47, 0, 0, 0, 0, 0, 0, 0, 0, 9, 20, -58, -32, -33, -21, -36, -34, -26, -23, -24, -21, -29, 47, -5, -24, -45, -52, 48, 0, -46, -42, -42, -53, -18, -13, 31, 9, -10, -27, -37, -39, 0, 0, 0, 0, 0, 0, 0, 0, -21, -13, -12, -21, -16, -22, -22, 22, -13, -20, 0, -20, -17, 20, -20, -20, -20, -20, -20, -20, -20, -20, 20, -20, -20, 20, 0, -10, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 20, -10, -19, -19, -21, 21, -27, -20, -17, -22, -21, -22, 21, -20, -20, -21, -20, -21, -20, 0, -20, -20, -16, 0, -43, 0, -19, -20, -9, -20, -16, -15, -20, 20, -11, -23, -40, -40, -41, -10, 0, -15, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -71, -27, -29, -31, -39, -24, 0, 30, -10, -20, -20, -12, -10, 20, -25, -20, -40, -33, -42, -55, 10, -54, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -12, -20, 20, -21, -25, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -58, 16, 0, -120, -21, -45, -75, -38, -28, -30, -29, -8, -19, 37, -37, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -37, -34, -34, -21, -40, -33, 0, -19, -18, -17, -19, -18, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -26, -56, -25, -30, 6, -32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -49, -48, -60, -30, -18, -57, 21, -21, -21, -38, -22, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 0, 0, 0, 20, -10, -19, -35, -25, -24, -26, -27, 25, -37, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -35, -39, -16, 38, -55, -29, 0, 0, 0, 0, 0, 0, 0, 0, -40, -36, -46, -60, 43, -27, -46, -32, -18, -7, 0, 0, 0, -16, 0, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -21, -13, -10, -14, -20, -20, -30, -22, -22, -21, -21, -20, -21, 22, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -18, -20, -20, -20, -19, 43, -50, -39, -66, -63, -69, -20, -51, -21, -23, -22, -24, -21, -22, 21, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, 0, -20, -23, 0, -40, 11, -32, -35, -26, 0, -39, -34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -18, -40, -34, -24, -28, 24, -26, -13, -23, -34, 0, -29, 0, 6, -37, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -12, -20, 20, -20, -38, 21, -20, -22, -23, -19, -20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, -5, 0, 0, 0, -15, -19, 0, -40, -40, 40, -40, -40, -35, -41, -40, 0, 0, 0, 0, 0, 0, 0, 0, -37, -25, -40, -42, -22, 18, 0, -31, -26, 22, -20, -24, -20, -20, -23, -20, -32, -40, -20, 21, -22, -40, -41, 0, -20, -16, -19, -17, -15, -20, 20, -14, -73, -88, 11, -87, -71, 10, -56, -48, -69, -43, -42, -16, -38, 51, -47, -48, -44, -42, -36, -44, -55, 15, 0, -42, 0, -66, -12, -41, -48, -46, 5, -36, -41, -34, -27, -40, 0, 9, -47, -26, -20, 20, -20, -20, -14, -20, -20, -20, -20, 20, -20, -20, -14, -20, -20, -20, -22, -20, -20, -21, -20, 20, -22, -22, -18, -16, -13, -16, -16, -20, -20, 20, -20, -20, -20, -20, -20, -20, 20, -20, 20, -20, -19, -20, -20, -20, -20, -20, 24, -44, -40, -36, -29, -43, -24, -48, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, 23, -16, 0, -8, -14, -38, -20, 0, 25, -5, 0, 0, 0, -22, -7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -11, -32, -23, -38, -59, 0, -48, -20, -20, -20, -19, -20, -20, 20, -20, -49, -64, 24, -81, -68, 13, -16, -64, 0, 0, 0, 0, 0, 0, 0, 0, -22, 37, -18, -9, -32, -34, -39, -19, -18, 21, -12, -10, -19, -19, -21, -8, -43, -35, -13, 0, -12, -29, 43, -20, -36, -32, 0, -42, -33, 20, -26, -39, 0, 0, 0, 0, 0, 0, 0, 0, -21, -24, -23, -24, -18, 25, -22, -33, -45, -43, -48, -54, -55, -30, -51, 42, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -19, -18, -19, -16, -19, 20, -20, -20, -18, -19, -20, -20, 20, -20, 19, -20, -20, -18, -16, -18, -20, -29, 33, -60, -42, -61, -47, -69, -18, -15, -20, -18, -11, -17, -11, 20, -19, -17, -31, -26, -40, -35, -41, -45, 35, -7, -45, 44, -33, -39, -30, -35, -42, -37, -21, -20, -23, -20, -20, -13, 20, -22, -26, -21, -20, -19, -19, -20, 25, -21, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -19, -14, -18, -20, -20, -17, -8, -39, -21, -74, -58, 0, 7, -54, 0, 0, 0, 0, 0, 19, 0, -19, -29, -55, -26, -45, -30, 66, -57, -47, -21, 23, -28, -21, -21, -21, -22, -25, -46, -44, 45, -35, -27, -42, -35, -40, 0, 0, 0, 0, 0, 0, 0, 0, -65, -36, -24, -29, -30, -22, 22, 0, 22, 0, 0, -11, -6, -20, -24, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -16, -14, -17, 20, -20, -19, -22, 23, -32, -30, -35, -42, -47, -30, -40, -38, -26, 20, -23, -40, -9, -24, -5, -47, -34, -49, -29, -34, 22, -22, 0, -23, -37, -13, -34, -29, 0, 20, -40, -37, -40, -34, 0, -27, 27, -41, -53, -80, -71, 17, -17, -75, 7, -12, -39, -20, -22, -21, -22, -22, 27, -21, -23, -22, -25, -47, -22, -25, 23, -31, -24, -26, -22, -23, -23, -23, 23, -23, 25, 0, -7, -21, -7, -17, -63, -55, -43, -35, -39, -72, -76, 18, -10, -5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -20, -20, 20, -20, -20, -25, 19, -38, -23, -24, -20, 0, -23, 0, 0, 0, 0, 0, 0, 0, 0, -20, -39, -39, -20, -21, 33, -60, -40, -12, -20, -18, -15, -12, 20, -18, -19, -20, -22, -23, -19, -12, -32, 23, -20, -37, -26, -20, -25, -13, -29, -36, 31, -26, -20, -22, -20, -40, 5, -27, 14, 0, 0, 0, -17, 0, 20, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, 20, -36, -28, 18, -18, -39, -37, -31, -29, -21, -19, -31, 20, -31, 0, -24, 7, 0, 0, 0, 0, 0, -5, 0, -17, 23, -20, -15, -22, -18, -23, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -21, -19, -18, -5, -37, 36, 0, 22, 0, 0, 0, 0, -19, -18, -11, 0, 0, 0, 0, 0, 0, 0, 0, -21, 21, -20, -21, -21, -21, -21, -22, -26, -55, -22, 18, 0, -50, -24, -33, -21, -21, -19, -11, -20, -19, 21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -19, -20, 20, -20, -31, -33, -10, -6, -17, -29, 31, -7, 0, 0, 0, 0, 0, 0, 0, 0, -39, 0, -35, -36, -27, -43, -20, 0, -34, -12, 0, -24, -25, -13, -55, -61, 20, -17, -13, -11, -8, -20, -20, -12, 32, -43, -32, -44, -35, -32, -32, -31, 0, 0, 0, 0, 0, -11, 13, 0, 26, -19, -14, -8, -18, -22, -40, -23, -28, -21, -21, -30, -24, -20, 22, -20, 0, 0, 0, 0, 0, -6, 11, 0, -8, 0, 0, 0, 0, -10, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -25, -19, -35, -8, -29, 20, -22, 0, 0, 0, 0, 0, 0, 0, 0, -24, -34, -26, -23, -27, -45, -26, 30, 0, 0, 0, 0, 0, 0, 0, 0, -41, -21, -28, -31, -18, 19, -14, -33, 19, 0, -7, 0, 0, -13, -14, 0, -20, -20, -20, -20, -20, -20, -20, 20, -21, -21, -40, -22, -21, -23, 23, -21, -20, -18, -20, -16, -11, -22, -20, 20, -29, 21, -24, -22, -22, -27, -21, -21, -9, -16, -18, 0, 0, -12, 19, -9, 0, 0, -8, 0, 0, 19, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -15, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -30, -24, -23, -24, 22, -24, -21, 24, -20, -35, -43, -22, -22, -40, 21, -14, -8, -6, 0, -21, -20, -31, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -12, -13, -10, -19, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -24, -23, -21, -28, -22, -34, 0, 0, 0, 0, 0, 0, 0, 0, 20, -18, 0, 0, -6, -15, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, -18, 0, 0, 0, -20, -22, -18, -27, -21, -22, -29, -24, -22, 23, -22, 21, -22, -21, -21, -21, -22, -21, -22, 0, 0, 0, 0, 0, 0, 0, 0, -56, -51, -15, -10, -62, 15, -80, 0, 0, -65, -57, -60, -55, -58, 0, -60, -20, -20, -20, -20, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -16, -18, -17, -20, -20, -17, -20, -20, -20, -19, -19, 20, -20, -22, -34, -20, -18, -25, 0, 0, 7, -22, -37, -20, -18, -18, -40, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 0, -11, -21, -24, -14, -21, -22, -23, -22, -21, -20, 22, -22, 0, 6, 0, 0, 0, -6, 0, 0, -22, 22, -21, -24, -21, -21, -22, -22, -18, -22, -6, -6, 0, -9, 24, 0, -44, 19, 0, -43, -43, -54, -48, -47, -30, 0, -35, -38, -43, -25, 21, -32, 0, 0, 0, 0, 0, 0, 0, 0, -21, -21, -19, -11, -20, -19, 21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 34, -47, -61, -61, -63, -56, -11, -78, -45, -20, -7, -20, -18, -23, 33, -16, 0, -15, 0, 0, 0, -20, 0, 20, 27, -64, -109, -74, -59, -16, -39, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, 0, 0, -18, -20, -20, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -39, -56, -27, -92, -50, 48, -66, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -21, -20, -47, -35, -31, -38, -33, 20, -13, -20, -20, -15, -15, -14, -10, -19, 20, -17, 0, 0, 0, 0, 0, 0, 0, 0, -19, -16, -11, -7, 0, -8, 23, -13, -20, 22, -20, -20, -55, -20, -24, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0, -17, 0, 0, 0, 11, 0, 0, 0, 0, -11, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 36, -25, -55, -43, -50, -39, -41, -41, -32, -57, -45, -75, -40, -8, -38, 20, -21, -21, -21, -22, -22, -21, 21, -20, -106, -9, -64, -75, 41, -42, -91, -17, -48, -29, -41, -34, -37, -62, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -21, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -51, -17, -7, -7, -25, -18, 0, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, -21, -11, -31, 0, 0, -32, -38, 6, -42, -41, -85, 29, -46, -51, -103, -20, -20, -15, -20, 20, -20, -20, -18, 21, -20, -20, -20, -20, -20, -21, -21, 0, 0, 0, 0, 0, 0, 0, 0, 33, -28, -20, -15, -17, -8, -48, -36, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -21, -23, -22, -40, 0, -39, -24, -34, -58, -56, -79, -28, -85, 20, 0, -48, -53, -82, -79, -85, -27, 14, -20, -31, -25, 27, -31, -23, -29, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, 34, -44, -40, -36, -22, -45, -32, -23, 23, -22, -23, -21, -21, -24, -23, 47, 32, -98, -32, -75, -62, -58, -89, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -31, -28, -21, -23, -22, 0, 17, -24, -21, -22, -24, 22, -21, -14, -36, -40, 20, -19, -19, -18, 0, -20, -20, -20, 7, -40, -35, -31, -6, -24, -6, -36, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -34, -32, 29, -39, -20, -20, -28, -32, -23, -82, -68, 29, -71, -46, -11, -57, 20, -20, -20, -19, -11, -20, -23, -19, 0, 0, 0, 0, 0, 0, 0, 0, -13, 0, 0, -9, -7, -19, -49, 36, -20, -20, -10, 0, -17, -21, 21, -40, -20, -20, -15, -21, -19, -21, 21, -20, 0, -27, -19, -16, -8, 6, -17, -20, -15, -37, -29, -28, -33, -42, 27, -42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -16, -19, 20, -20, -20, -20, -11, -28, -54, -21, -48, -52, 11, -33, 0, 0, 0, 0, 0, 0, 0, 0, -45, -46, -48, -45, -36, -46, 50, -48, -27, -51, -37, -46, -29, -28, 31, -43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, 0, -6, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, 20, -20, -21, -13, -20, -20, -20, -74, 0, -65, -20, -24, -13, -98, 13, 0, 6, -113, -79, -69, -85, 0, -10, 0, 0, 0, 0, 0, 0, 0, 0, -37, 0, -21, 20, -27, -40, -27, -19, -21, -18, -20, -22, 20, -22, -20, -20, -61, 16, -52, -75, -44, -60, 7, -19, -28, 40, -15, -40, -18, -35, -22, -40, -20, -20, -20, -13, -18, -20, 20, -18, -18, -5, 0, 0, 0, 36, -14, -31, -52, -9, -49, -8, -23, 16, -38, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, 0, 0, 0, 0, -21, 0, -41, -21, -31, -44, -47, -42, 17, 17, -23, 44, -22, -9, -11, -21, -45, -21, -18, 22, -27, -21, -22, -21, -23, -22, -9, 0, 0, 0, 0, 12, 0, 0, 22, -21, -21, -20, -18, -20, -25, -20, 0, 0, 0, 0, 0, 0, 0, 0, -24, -12, -43, -40, -48, -9, -55, 10, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -10, -10, -16, 20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -10, -20, -20, -21, -20, -23, 17, -22, -33, -8, -91, -25, -78, -70, -7, 16, 19, -40, -39, 0, -27, -43, -23, -39, -47, -23, -60, 23, -57, -70, 46, -73, 21, 0, 0, 0, 0, -20, -17, -24, 20, -27, -9, -18, -15, -24, -25, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -9, -45, -43, -31, -39, 30, -86, -19, -21, -20, -21, -19, -15, 21, -22, -28, 0, 0, 0, 0, 0, 0, 0, 0, -41, -22, -20, -21, 7, -31, -22, 14, 20, -23, -16, -39, -39, -40, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -59, 17, -40, -47, -57, -52, 44, -40, 0, 0, 0, 0, 0, 0, 0, 0, -66, -51, -40, -64, -95, -50, 69, -72, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 0, -6, -13, 20, -18, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -20, -20, -20, -20, 20, -20, -20, 20, -20, -19, -19, -20, -20, -20, -39, -41, -47, 0, -54, 0, 0, -48, -51, -6, 0, 0, 0, -21, 51, 0, -21, -20, -20, -21, -19, 22, -22, -25, -20, -20, -17, -18, -17, -20, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -37, -34, -35, -33, 39, -41, -35, -19, -20, -11, -10, -12, 20, -20, -18, 0, 0, 0, 0, 0, 0, 0, 0, -47, -52, -57, -47, -34, 52, -50, -40, 0, 0, 0, 0, 0, 0, 0, 0, 20, -19, -18, -16, -18, -20, -20, -20, -20, 20, 0, 0, -16, -20, -20, -31, 10, -25, -42, 0, -76, -50, 20, -41, -59, -43, -59, -49, -31, -42, 54, -41, -20, -20, -20, 20, -20, -20, -20, -20, -13, -37, -27, -50, 0, -8, -101, -10, -44, -39, -32, 0, -40, 19, -23, -38, -26, -26, 0, 18, 0, 14, -24, -40, 0, 0, 0, 0, 0, 0, 0, 0, -21, -27, -23, -26, -22, -41, 26, -29, -19, -20, -19, -19, -19, 20, -19, -20, 0, 21, -29, -39, -40, -40, -22, 0, -30, -48, 7, -53, -36, -42, 36, -35, -61, -26, -21, -44, -28, -25, 34, -39, -36, -23, -26, -24, -22, -23, 23, -22, -26, -21, -20, -28, -19, -40, 31, -33, -37, -85, 29, -53, -120, 0, -7, -134, -20, -19, -19, -19, -16, 20, -20, -19, 0, -19, 0, -11, -17, -20, -17, 20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -21, -19, -11, -20, -19, 21, -20, -50, -17, -21, -35, -22, 27, -34, -20, 19, -30, -33, -38, -23, -23, -33, 0, -41, -20, 19, -22, -30, 0, -41, -36, 0, 0, 0, 0, 0, 0, 0, 0, -53, -26, -63, -87, -99, 12, -30, 0, -38, -26, -32, -20, -18, 32, -40, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -48, 34, -39, -22, -33, -25, -27, -44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -41, -45, -37, -49, -26, 23, -31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -20, -9, -7, -11, -20, -15, 16, -49, -14, 11, -39, -7, -37, -60, 0, 21, 0, 0, -9, 0, -15, -13, -17, -10, 0, 0, 0, 0, 24, 0, 0, 19, 0, -6, -35, -8, -25, -25, -7, 0, 0, 0, 0, 0, 0, 9, 0, -20, -23, -17, -18, -23, -32, -21, 21, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -15, -20, 20, -20, -20, -18, -21, -21, -21, -29, -27, 26, -21, -48, -21, -20, -10, -20, -20, 20, -20, -20, -20, -21, -20, -20, -20, 21, -20, -21, 20, -20, -20, -11, -9, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -18, -20, -19, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -20, -16, -11, -22, -20, 20, -44, -14, -59, -66, -38, -63, 33, -41, 0, 0, 0, 0, 0, 0, 0, 0, -26, -25, -25, -40, -37, -29, 30, -38, -100, -41, -53, -72, 0, -5, 12, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -18, -18, -20, -20, -19, -20, -19, -19, -19, -17, 20, -20, -20, -20, -20, -20, -19, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -62, -75, -10, -52, -11, -97, 10, -11, -60, -27, 0, -80, -48, -41, -6, -17, -20, 0, -39, 6, -26, -19, -6, 19, -5, -8, -12, 0, -17, -14, -18, -20, 20, 0, -8, -15, -20, -20, -14, -9, -16, -18, 0, 0, -12, 19, -9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -22, -23, -19, -12, -32, 23, -20, 0, 0, 0, 0, 0, 0, 0, 0, -40, -38, -34, -32, -39, -39, -40, 40, -26, -21, -20, -19, -19, -20, 25, -21, 0, -72, -22, -92, -68, -23, 0, -75, -21, -20, 21, -21, -19, -20, -21, -23, -51, -17, -7, -7, -25, -18, 0, -6, 0, 0, 0, 0, 0, 0, 0, 0, -40, -20, -20, -20, -19, 34, -28, -20, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -21, -21, -21, -22, 21, -20, -9, -16, -18, 0, 0, -12, 19, -9, 0, 0, 0, 0, 0, 0, 0, 0, -37, -25, -25, -26, -20, -36, 18, 0, -20, -20, -20, -25, -15, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -36, 24, -38, -56, -75, -37, -43, 26, 0, 0, 0, 0, 0, 0, 0, 10, -20, -20, -16, -19, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 12, -44, -50, -42, -72, 0, -11, -57, 0, 0, 0, 0, 0, 0, 0, 0, -22, 7, -19, -18, -18, -22, 14, -21, -20, -20, 20, -19, -20, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -30, -22, 0, -7, 0, -8, 23, 0, -20, -20, -20, -20, -20, -20, -22, 20, 0, -21, -20, -13, 0, 24, -20, -26, -12, 21, -11, -14, 0, -11, -21, -12, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, 20, -20, -20, -19, -19, -15, -12, -9, -20, 20, -14, 0, -42, -14, -21, -12, 0, -39, -47, -40, 11, -14, -55, -30, -22, -31, -12, -19, 20, -13, -18, -20, -19, -16, -20, 21, -20, -21, -14, -15, -20, -22, -22, -7, -11, 0, 0, 0, 21, 0, 0, -29, -20, -20, -21, -13, 20, -19, -17, -24, -41, -30, -39, -37, 27, -27, -43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -31, -34, -19, -37, -23, -23, 20, -18, -9, -18, 0, -7, -20, -9, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -17, -20, -20, -20, -21, 21, 0, 0, 0, 0, 0, 0, 0, 0, -21, -24, -13, -16, -11, -12, 21, -19, -9, 0, 0, 0, 0, 28, -17, 0, -48, 0, -34, -33, -12, -64, -56, -12, -25, -15, 0, 0, 0, 39, 0, -32, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -15, -12, -20, -20, -19, 0, 20, 0, 0, 0, -14, -18, 0, -6, 0, -6, 0, -14, 21, -9, -20, -87, -36, -37, 8, -59, -25, 11, 15, 0, 0, 0, 0, 0, 0, 0, 0, 16, -66, 0, 17, -28, -91, -47, -55, -22, -34, 0, 21, -22, -22, -35, -42, 26, -21, -5, -21, -14, -21, -33, -55, -17, -20, -9, -7, -20, -20, -15, 21, -55, -49, 25, -55, -46, -58, -42, 6, -19, -20, -19, -18, -20, -20, -20, 21, 0, 0, 0, 0, 0, 0, 0, 0, 14, 0, -31, -45, -40, -23, -25, -60, 0, 0, 0, 0, 0, 0, 0, 0, -21, -56, 0, 0, -12, -10, 33, -66, -23, -25, -30, 27, -29, -25, -27, -27, -24, -61, -28, -49, -49, -62, 25, -26, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -20, -20, -23, -22, -20, -20, -17, -21, -18, 23, -33, -21, 38, -6, 0, 0, 0, -17, -34, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -15, -18, -20, 20, -20, -15, 21, -20, -20, -19, -20, -21, -21, -89, -51, 85, -85, -87, -67, -86, -55, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -34, -16, -49, -37, -64, -7, -7, 10, -22, -19, -20, -22, -34, -22, 21, -24, -21, 38, -22, -34, -20, -24, -40, -41, -24, -30, -20, -21, -21, -39, -34, 28, -45, -37, -45, -50, -10, -58, -60, 26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, -21, -22, -21, -21, -24, 22, -23, -20, -16, -19, -17, -15, -20, 20, -14, -9, -25, -25, -34, -29, -42, 13, -38, -9, 0, 0, 0, 0, 12, 0, 0, -15, 8, -36, -44, 0, -82, -62, -21, -20, -76, -35, -36, -25, -47, -75, 34, 0, 0, 0, 0, 0, 0, 0, 0, -93, -100, -16, 0, -45, -64, 0, 26, -31, -28, -25, -36, 0, -40, 0, 0, -20, -44, -15, 46, 8, -80, -43, -73, -21, -21, -20, -20, -14, -21, 21, -21, 0, -17, -5, -8, 0, -13, 23, -6, 0, -18, 0, -5, 0, -9, 21, -6, 20, -20, -6, -11, -8, -20, -20, -22, -21, -23, -20, -21, -21, -21, 22, -21, 0, 0, 0, 0, 0, 0, 0, 0, -22, 21, -21, -21, -21, -21, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, -21, -22, 31, -32, -24, -22, -42, -23, 78, -69, -57, -24, -62, -91, -60, -70, 0, 0, 0, 0, 0, 0, 0, 0, -21, 6, -24, -20, -20, 0, -26, -30, -21, -20, -20, -21, -20, 21, -22, -21, -48, 14, 0, -25, -26, -40, -40, -13, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, -10, -19, 0, -20, -20, -20, -20, -19, -18, -20, 20, -20, -39, -33, -31, -24, -27, -30, 31, -26, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -20, -20, 0, -40, -15, -20, -20, -40, 0, -34, 0, 0, 0, 0, 0, 0, 0, 0, -24, -33, -20, -18, -19, -17, 20, -23, 0, 0, 0, 0, 0, 0, 0, 0, 18, -47, -43, -34, -27, -35, -15, -50, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -18, -6, -20, 20, -19, -27, -20, -20, -20, -20, -21, 21, -24, 7, -50, -64, -42, -27, -88, -45, 0, -11, 21, -20, 0, 0, 14, -29, 0, 0, 0, -7, 0, -6, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, -14, -20, -16, -17, -18, -24, 15, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, 0, 0, 0, 0, -22, 0, 0, 0, 0, 0, 0, 19, 0, -19, -27, -37, -40, -40, -34, -29, 39, -37, -19, -24, -10, -10, -6, -19, 21, -19, 0, 0, 0, 0, 0, 0, 0, 12, 0, 31, -43, -12, -47, -43, -30, -29, -18, -20, -14, -17, 20, -19, -20, -20, -20, -21, -20, -20, -20, -20, -20, 20, -20, -20, -20, -15, -15, 20, -20, -20, -20, -5, -57, -10, -45, 0, -63, -37, -56, -53, -24, 32, -69, -66, -39, 25, -20, -25, -10, -20, -21, -21, -20, 22, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -15, -20, 20, -20, -29, -49, -53, -46, -28, -48, 51, -42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, -58, 20, -23, -22, -36, 20, -21, -17, 0, -8, 0, 0, 26, 0, 0, -21, -23, -22, -24, -21, -22, 21, -23, 21, -59, -53, -62, -39, -33, 12, -58, -22, 21, -20, -20, -21, -20, -21, -20, -42, 0, -37, -30, -34, -40, 0, -41, 0, 0, 0, 0, 0, 0, 0, 0, -22, -30, -23, -22, -22, -23, 24, -21, -73, -32, -64, -65, -59, 37, -21, -52, -20, -20, -20, -18, -20, -23, -20, 20, -35, -33, 8, -13, -29, 7, -36, -33, -22, -30, -22, -23, -8, 24, -25, -24, 0, 0, 0, 0, 0, 0, 0, 0, -52, -56, -45, -58, -51, -42, 39, 12, -58, -58, -61, -45, -36, -31, 38, -65, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, 0, -50, -22, -24, -35, -21, 7, -24, -17, -36, -27, -33, -18, -23, 20, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -18, -37, -45, -25, -21, -41, 0, 7, -15, -51, -39, -33, -47, 30, -60, -56, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -42, 15, -21, -25, -40, -42, 0, -46, 0, -29, -35, -59, -42, -54, -5, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, 0, 0, 19, -19, 0, 20, -20, 0, -27, 0, -22, -19, -34, 0, 0, 0, 0, 0, 0, 0, 0, -23, 22, -20, -20, -20, -24, -22, -22, -20, -20, -19, -19, -20, -20, 20, -20, -64, -32, -49, -30, -6, -29, 0, 15, -42, -17, -40, -11, -7, 61, -28, -16, 0, 0, 0, 0, 0, 0, 0, 0, 5, -22, -26, -21, -21, -21, 21, -21, -18, -18, 0, -14, 0, 20, -20, -20, 22, -18, 0, 0, 0, -20, -22, -18, -47, -19, -35, 17, -99, -19, -60, -75, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, -21, -35, -34, -13, -39, -23, -38, -12, 20, -13, 0, -19, -8, -20, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -36, -46, 27, -29, -25, -36, -12, -37, -59, -58, 0, -44, -46, -32, 25, -25, -22, -15, -63, -20, -59, 20, -54, -40, 0, 19, -8, 0, -12, -25, -22, -28, -26, -20, -9, -14, 0, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0, -30, 25, -23, -20, -6, -24, -25, -25, 20, -17, -13, -11, -8, -20, -20, -12, -41, -49, -50, -45, 0, -54, -67, 32, 42, -56, -16, -31, -20, -41, -40, -22, 0, 0, 0, 0, 0, 0, 0, 0, -45, -40, 0, -51, -31, 0, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 25, -31, -34, -16, -54, -65, -72, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, -60, -40, -19, -60, -71, -44, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -53, -71, -46, -60, 46, -60, -40, -27, 0, -17, 0, -6, 37, -13, 0, -33, -19, -19, 0, 0, 0, -19, 20, -18, 0, 17, -20, -16, -26, -21, -39, -23, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -13, -10, -20, -20, -20, 20, -90, -90, -127, -100, -41, 0, -105, 0, 0, 0, 0, 0, 0, 0, 0, -69, -93, -24, -91, -44, 57, 0, -56, 20, -20, -20, -20, -19, -20, -20, -20, -20, -20, -20, -21, -20, 20, -20, -26, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, -5, 0, -18, 20, -13, 0, 0, 0, -19, -18, 0, 0, -7, 0, 0, 18, -8, 0, -22, -27, -24, -22, -24, -22, 23, -25, 0, 0, 0, 0, 0, 0, 0, 0, 14, -7, -56, -38, -74, 25, -79, -20, -20, -20, -20, -15, -15, 20, -20, -20, 20, -19, 0, -12, -14, -20, -20, -20, 20, -22, -21, -19, -17, -20, -20, -19, -23, 21, -20, -20, -21, -20, -21, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -30, -42, -42, -33, -11, -41, 0, 0, 0, 0, 0, 0, 0, 0, -18, 0, 0, 0, 0, 0, 22, 0, -20, -19, -16, -14, -6, -17, 20, -19, -23, -22, -14, -17, -11, -21, 22, -5, 0, 0, 0, 0, 0, 0, 0, 0, -68, -87, -81, -91, -79, -66, -104, 90, -42, 44, -21, -30, -39, -48, -45, -33, 0, 0, 0, 0, 0, 0, 0, 0, -43, -41, 37, -52, -45, -52, -30, -59, 20, 0, -12, 0, 0, 0, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 36, -52, -38, -19, -55, -41, -21, -32, -16, -44, -37, -56, -21, -53, 19, -41, 20, -20, -20, -11, -9, -20, -20, -20, -47, -51, -7, -31, -37, 21, -21, -52, -20, -20, -18, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -26, -26, -25, -68, -26, -14, -52, -20, -20, -19, -16, -19, -20, 20, -20, -16, -9, -20, -19, 0, -20, 20, -20, 6, -20, -18, -14, -6, -20, 19, -20, 25, -31, -28, -25, -17, -21, -37, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 13, -33, -21, -20, -43, -80, -22, 32, 0, 0, 0, 0, 0, 0, 0, 0, -70, -37, -23, -42, -19, 0, -24, 7, -22, -22, -21, -22, -18, 23, -25, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -50, -21, -24, -23, 0, 0, 20, -38, -20, -20, -22, -20, -29, 21, -23, -37, -20, -20, -20, -21, -21, -24, -20, 21, 44, -44, -33, -30, -36, -37, -41, -44, -34, -28, -19, -19, -19, -20, 31, -22, -40, -24, 33, -31, -29, -38, -40, -43, -21, -20, -21, -24, -22, -21, 21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -84, -66, -47, -100, -85, -31, -40, 33, -19, -20, -14, -15, -11, 20, -18, -19, -40, 35, -26, -27, -28, -22, -29, -29, 0, 0, 0, 0, 0, 0, 0, 0, -23, -47, -65, -59, -53, -41, 33, -67, 46, -16, -17, -23, -12, -42, -49, -24, 0, 0, 0, 0, 0, 0, 0, 0, 20, -19, -19, -8, 0, -20, -20, -10, -19, -19, 0, 0, 0, -19, 20, -18, -22, -21, -20, -20, -21, -21, 21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -18, -49, -86, -70, -68, 14, -41, -83, -20, -20, -6, -18, -20, -20, -20, 20, 18, -22, -36, 0, -40, -20, -30, -41, 20, -20, -19, -20, -20, -20, -20, -20, 0, 20, -8, 0, 0, 0, -20, 0, -81, -45, -61, 96, -76, -72, -95, -106, -22, -36, -23, 25, -20, -26, -22, -36, -23, -24, -23, 37, -20, -23, -25, -45, -32, -24, -24, -24, -22, -23, 29, -27, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, -85, -34, -59, -51, -6, -60, -59, 43, 0, 0, 0, 0, 0, 0, 0, 0, -42, -28, -76, -92, -85, -41, 13, -43, -20, -16, -28, -23, -21, -26, 19, -20, -19, 20, -20, -19, -18, -20, -20, -20, 19, -5, -8, -12, 0, -17, -14, -18, 22, -18, 0, 0, 0, -20, -22, -18, -17, -20, -9, -7, -11, -20, -15, 16, 21, 0, 0, 0, 0, -21, -14, 0, 0, 0, 0, 0, 0, 0, 0, 0, -84, -40, -33, -27, -38, -37, 43, -63, -20, -20, -20, -20, -21, -20, 20, -20, -64, -62, -23, -56, -44, -56, 52, -51, 0, 0, 0, 0, 0, 0, 0, 0, -23, -22, -28, -36, -25, -26, 25, -24, -47, -22, -35, -26, -41, 13, -41, 14, 20, -20, -20, -15, -12, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -40, 8, -40, -12, -21, -36, 0, -45, -21, -21, -15, -20, -20, 20, -22, -20, -21, -22, -21, -21, -21, -20, 22, -21, -21, -20, -21, -19, -15, 21, -22, -28, 0, 0, 0, 0, 0, 0, 0, 0, 33, -42, -12, -24, -18, -22, -37, -21, 0, 0, 0, 0, 0, 0, 0, 0, -22, -8, 0, 0, 0, 22, -27, -21, 20, -20, -20, -18, -18, -20, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -29, -17, -22, -22, -26, 23, -33, -33, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -7, -15, -7, 0, -42, -17, -18, 20, -9, -21, -40, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, -21, -22, -32, -19, -6, -27, -20, 0, 0, 0, 0, 0, 0, 0, 0, -28, -21, -16, 0, -13, 28, -11, -28, 25, -5, 0, 0, 0, -22, -7, 0, -20, -20, -19, -19, -20, -20, 20, -20, -71, -51, -13, -67, -43, 60, -74, -50, -24, -29, -10, -13, 0, 42, -38, -38, -60, -28, -49, -70, -42, 47, -54, -35, -39, -21, -25, -27, -22, -6, 19, -24, -53, -51, -11, -59, 12, -61, -30, 11, 0, 0, 0, 0, 0, 0, 0, 0, -21, 0, -20, -20, -22, -20, 0, -20, -22, -20, -19, -37, -20, -38, -41, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -39, -41, -36, -38, 0, -33, 25, -40, -40, -41, -38, -37, 41, -43, -25, -32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -12, -14, -15, -20, -18, -15, -65, -32, -54, -55, -43, -34, -40, 40, -19, -20, 20, -20, -18, -20, -20, -20, 0, 0, 0, -17, 0, 20, 0, -20, 0, -51, -28, -21, -22, 0, 18, -40, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, 31, -22, -28, -30, -36, -34, -30, 9, -27, -50, 28, 0, -34, -65, -73, -25, -53, -45, -37, 50, -53, -54, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, 0, -10, 0, 38, -20, -29, 0, 0, 0, 0, 0, 0, 0, 0, -17, -20, -9, -7, -20, -20, -15, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, 0, 0, 0, 0, 0, -22, 0, 35, -13, -12, -22, -22, -18, -36, -24, 0, -26, -91, 0, -89, -62, 8, -66, 0, 0, 0, 0, 0, 0, 0, 0, -30, -10, -30, -27, -79, 32, -96, -69, -21, -21, -21, 22, -21, -21, -28, -23, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -20, -20, -15, -21, -30, -36, -20, -31, 17, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -18, -19, -20, -19, -20, 20, 0, -22, -23, -19, -18, -20, -22, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -9, 0, 0, 0, 0, 12, 0, 0, -25, -21, -37, -26, -36, -37, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, 20, -20, -20, -20, 17, -49, -50, -38, -22, 9, -61, -33, 38, -19, -46, -69, -50, -21, -62, -61, -19, -20, -20, -20, -20, 20, -20, -20, -40, 0, 20, -20, -20, -22, -24, -21, -60, 0, -66, -40, -40, 11, -27, -40, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, -32, -21, -14, -20, -20, -7, -58, -51, -17, 0, 0, 47, -45, -28, 39, -43, -49, -17, -18, 17, -42, -27, -61, -28, -11, -10, -16, -36, -14, 13, 0, -17, -13, -27, 0, -22, -17, 22, -21, -63, -45, -34, -46, -29, 23, -27, -20, -36, -25, -22, 35, -24, -20, -38, -48, -34, -33, -46, -25, 26, 0, -43, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -54, -49, -60, 0, -47, -50, 23, -76, 0, -20, -20, 20, -20, -40, -20, -20, -17, 20, -20, -20, -20, -23, -20, -20, 0, 0, -63, -59, -60, -63, -17, -48, -20, 20, -19, -16, -20, -20, -21, -18, -20, -20, -20, -20, -20, -20, -20, 20, -26, -29, -21, -21, -24, -24, 26, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -22, -30, -24, -20, 5, -20, -74, -32, -46, -47, -78, -69, -8, 52, 19, -5, -8, -12, 0, -17, -14, -18, -20, -20, -19, -17, -18, 20, -20, -20, 0, -63, -45, -70, -69, -59, 22, 20, 20, 0, 0, 0, 0, -18, -20, -7, 0, -17, -14, 0, 0, -20, -16, 20, 0, 0, 0, 0, 0, 0, 0, 0, -40, 17, -16, -22, -21, -34, 0, -39, 0, 0, 0, 0, 0, 0, 0, 0, -44, -30, -39, -40, -31, 18, -18, -12, 20, 0, 0, 0, 0, -19, -20, -12, 0, 0, 0, 0, 0, 0, 0, 0, -19, -21, 21, -27, -20, -17, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -12, -12, -20, -20, -20, 20, 46, -43, -29, -33, -16, -42, -37, -41, 19, -5, 0, 0, 0, -15, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 0, -22, -33, -31, 26, -32, -50, -36, -43, -36, -37, 44, -27, -25, -37, 0, 0, 0, 0, 0, 0, 0, 0, -39, 28, -16, -16, -14, -10, -31, -29, 32, -43, -32, -44, -35, -32, -32, -31, -98, -80, -53, 26, -65, 37, -37, -100, 20, -18, -17, -12, -15, -20, -22, -20, 7, 0, 0, 0, 0, 0, -5, 0, -30, -23, -37, -36, -34, 19, 9, -30, 0, 0, 0, 0, 0, 0, 0, 0, 28, -52, -45, -44, -31, -48, -27, -52, -39, -21, -19, 0, -39, 17, -40, -40, 0, 0, 0, 0, 0, 0, 0, 0, -57, -34, 0, -44, -49, 20, -28, -20, -19, -20, -20, -19, -19, 36, -20, -39, -63, 11, -56, -62, -55, -42, 0, 0, -20, -19, -17, -16, -9, -18, 20, -19, -20, -20, 20, -20, -20, -20, -20, -20, -21, -20, -20, -21, -20, 21, -22, -21, -43, -51, -14, -63, -69, 23, -12, -82, -34, -28, -25, -16, -18, -23, 26, -6, 17, -36, 0, -38, -9, -17, -37, -49, -11, -19, -17, 0, 0, -20, -18, 20, -33, -48, 6, -37, 0, -54, -42, 0, -21, -30, -39, -38, -25, -12, 20, -39, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 35, -40, -27, -61, -21, -60, -7, 0, 0, 0, 0, 0, 0, 0, 0, -31, -26, -25, -23, -25, -27, 27, -23, 0, 0, 0, 0, 0, 0, 0, 0, -25, -33, -25, -23, -29, 18, 0, -32, 0, 22, -17, 0, 0, -7, -22, 0, 0, 6, 0, 0, 0, 0, 0, 0, -26, -37, -23, -55, -34, -45, 48, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, -15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -16, -35, -121, -65, -59, 20, -92, -29, 0, 0, 0, 0, 0, 0, 0, 0, -43, -24, -32, -34, -23, 33, -41, -31, 20, -28, -8, -28, -19, -20, -20, -20, 16, -71, 15, -82, -79, -69, -32, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, -37, -32, -45, -29, 19, -67, 20, -22, 0, -20, -21, -22, -20, 17, -26, 0, -20, -19, -18, -16, -37, 0, -20, 22, -21, -7, -19, 0, -15, -25, 0, 16, 0, 0, 0, 0, 0, -11, 0, 20, -20, -20, -20, -20, -20, -20, -20, 19, 0, 0, 0, 0, 0, -15, 0, -36, 8, -39, 0, -22, -41, -22, -41, -28, -30, -26, -25, -22, 28, -29, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, -49, -22, 20, -44, -14, -35, -10, -19, -20, 20, -20, -18, -20, -20, -20, -22, -22, -22, -24, 22, -20, -21, -25, -22, -41, 0, -30, -24, -41, -39, 34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -16, -14, -17, -20, -20, -20, -62, -41, -48, -70, -45, -45, 7, 34, -24, -31, -38, -47, -35, -76, 27, -47, -32, -58, -43, -28, -47, -20, -26, 19, -40, -36, -24, -27, -25, -36, 40, -34, -12, -20, -18, -15, -12, 20, -18, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 49, -58, -38, -78, -57, -45, -48, -8, -24, -15, -14, -51, -11, -22, -18, 34, 0, 0, 0, 0, 0, 0, 0, 0, -29, -31, -11, -20, -13, -19, -21, 20, -54, -49, -54, -25, -46, -41, 18, -43, -16, -22, -18, -13, 0, -21, -30, 22, 28, 0, -8, -8, -12, -19, -24, -20, 35, -34, 0, -16, 0, -6, -56, -15, -21, 33, -13, -20, -22, -27, -37, -23, 0, 0, 0, 0, 0, 0, 0, 0, 23, 24, -48, -44, -48, -37, -71, -77, -40, 35, -25, -26, -28, -40, -29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, -22, -20, -23, -43, -21, -23, -31, 0, 0, 0, 0, 0, 0, 0, 0, -43, -52, -105, 8, -39, 29, -53, -77, -32, -21, -26, -21, 20, -37, 0, -23, -22, -27, -24, -22, -24, -22, 23, -25, 0, 0, 0, 0, 0, 0, 0, 0, -32, -26, -23, -23, -23, 26, -24, -30, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -19, -20, -20, 20, -20, 0, 21, -21, -18, -17, -20, -21, -7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -21, -18, -17, -20, -21, -7, -20, -20, -5, -20, -20, -20, -10, 20, -81, -32, -65, -84, -65, 19, -58, 13, 0, 0, 0, 0, 0, 0, 0, 0, -22, -23, -20, -20, -19, -23, -20, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -30, -20, -16, 0, 0, 18, 16, -23, -20, -16, 0, 0, 0, 33, 0, -19, -23, 24, -22, -23, -23, -24, -24, -23, -21, -20, -21, -20, -20, -20, 20, -20, 44, -9, -63, -48, -50, -22, -48, -54, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12, -49, 14, -11, -9, -40, -33, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, -33, -19, -31, -22, 0, -22, -25, -18, 31, -29, -45, -49, -43, -15, 0, 20, -20, -20, -18, -13, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -60, -44, -33, -48, -37, -35, -43, 38, 0, -6, -7, 0, 0, 14, 0, 0, 7, 0, 0, 0, 0, 0, -5, 0, -53, 0, -84, -31, -45, -43, -18, -24, -36, 41, -6, -20, 0, -19, -20, -17, -22, -30, -23, -22, -22, -23, 24, -21, 0, 0, 0, -11, 0, 34, 0, -20, -22, -29, -36, -32, -30, -34, 28, -25, -55, 60, -62, -68, -63, -53, -52, -63, -28, -34, -27, -30, -29, -28, 30, -34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -86, -42, -84, -56, 12, -66, -42, 10, -28, 38, -20, -35, -40, -21, -20, -33, -53, -16, -15, -79, -58, -65, -16, -21, 20, -19, -19, -18, 0, -20, -20, -20, 0, -41, -21, 16, -47, -43, 0, -48, 0, 0, 0, 0, 0, 0, 0, 0, -9, -16, -18, 0, 0, -12, 19, -9, -31, 29, 0, -22, -31, -26, -27, -46, 31, -34, -26, -43, -27, -28, -29, -40, 0, 0, 0, 0, 0, 0, 0, 0, 31, -67, -35, -48, -28, 0, -32, -44, 0, 0, 0, 0, 0, 0, 0, 0, 19, -5, -8, -12, 0, -17, -14, -18, 0, 0, 0, 0, 0, 0, 0, 0, -40, 20, -9, -15, -40, -20, -27, 0, -60, -33, -18, -9, 0, -22, 50, -28, -20, -24, -20, -50, -24, 0, 0, -21, 0, 0, 0, 0, 0, 0, 0, 0, 21, -20, -21, -16, -20, -21, -21, -20, -21, -22, -23, -21, -21, -22, 22, -22, 0, -12, -5, -12, 0, 29, -15, -18, 20, -20, -20, -19, -20, -20, -20, -22, -45, -86, -11, -86, -85, -27, -67, -23, 0, 20, -27, -21, -18, -20, -30, -38, -38, 21, -20, -22, -23, -19, -20, -21, 20, -17, -16, -15, 0, -8, -20, -20, -22, -32, -31, -63, -52, -12, -10, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, -25, -32, -34, -24, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -46, -43, -41, -42, -42, 5, -44, 23, -20, -20, -16, -18, -22, -24, -20, -20, -20, 23, -22, -20, -33, -21, -20, -26, -30, -21, 24, -21, -23, -27, -39, -19, -19, -7, -20, -20, -20, -6, 20, -126, -49, -86, -73, 23, 19, -112, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, 22, -19, -20, -21, -20, -22, -21, -54, -24, -48, -68, 11, -11, -32, -34, 0, 0, 0, 0, 0, 0, 0, 0, 29, -53, -47, -27, 0, -28, -58, -51, 0, -22, -18, -19, 20, -33, -40, -20, -19, -21, 21, -27, -20, -17, -22, -21, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -23, -22, -22, -22, 22, -22, -22, -8, 0, 0, 0, 22, -27, -21, -35, -16, -43, 0, 8, -40, -10, 0, 0, 0, 0, 0, 0, 0, 0, 0, -94, -79, -38, -62, -102, 36, -28, -114, -57, -47, 0, -56, -45, 0, -46, -35, 0, 0, -8, 0, 0, 19, -19, 0, -20, -18, -20, -16, -13, -20, -19, 20, -20, -21, -20, -20, -20, -20, 21, -20, 0, 29, -22, -20, -21, -40, -43, -35, -17, -7, 0, 0, 0, -10, 16, 13, -20, -20, 0, 0, 0, 20, -10, -19, -21, -38, -34, -23, 25, -32, -27, -20, -21, 21, -21, -20, -20, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 23, -18, -23, -23, -23, -33, -22, 0, 0, 0, 0, 0, 0, 0, 0, 25, -21, -5, -6, 0, -21, -33, -24, 15, -43, -33, -31, -31, -48, -63, 0, -40, -35, -23, -24, -12, -22, 40, -20, -38, 20, -20, -20, -20, -20, 0, -20, 22, -43, -50, -50, -60, -64, -9, -59, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, -55, -32, -25, -21, -20, 0, -26, 19, -29, -13, -26, -16, -27, -12, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 0, 0, 0, 20, -10, -19, -63, 11, -35, -41, -32, -12, -10, -23, -34, 29, -29, -22, -48, -11, -29, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -46, -48, -42, -31, -23, 14, -39, -23, -16, -20, -20, 0, 22, -24, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -21, -20, -20, -21, -21, 21, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 0, 20, 0, -20, -20, -21, -21, -22, -17, 20, -20, -20, -12, 20, -13, 0, -19, -8, -20, -16, -23, 23, -21, -21, -26, -20, -52, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -17, 41, -14, -30, -23, -23, -40, -22, -7, -11, 0, 0, 0, 21, 0, 0, -17, -45, -6, 28, -25, -21, -30, -30, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -13, -18, 20, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -26, -20, -20, -20, -19, -20, 20, -22, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, 20, -20, 41, -20, -17, 0, 0, -20, -41, -17, 0, 0, 0, 0, 0, 0, 0, 0, -32, -32, -30, -28, -31, -33, -34, 32, -26, -27, -43, -32, -25, 0, 24, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11, 0, -6, -22, 20, -19, -19, -15, -20, -20, -15, -33, -40, 42, -25, -22, -36, -41, -31, 0, 0, 0, 0, 0, 0, 0, 0, -23, -29, -57, -42, -32, -25, 26, -44, -19, -20, -20, -20, -20, 20, -20, -20, -20, -19, -9, 20, -20, -20, -20, -20, -27, -43, 6, -38, -11, -18, 12, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -25, 0, -20, 19, -23, -23, -6, -20, -21, -24, -32, -21, 22, -20, -26, 0, 0, 0, 0, 0, 0, 0, 0, -21, -24, -23, -24, -18, 25, -22, -33, -47, -57, -31, -37, -36, -7, 0, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 31, -18, -28, -10, -7, -12, -30, 0, -19, -20, -19, -18, 20, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -20, -20, -20, -20, 20, -46, -45, -34, -40, -26, 21, -58, 0, -57, -22, -23, -65, -92, 16, -84, 16, -22, 21, -20, -20, -25, -20, -23, -20, -22, 21, -20, -20, -25, -20, -23, -20, -22, -12, -7, -20, -10, 43, -8, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -72, -45, -30, -36, -56, -29, -33, 0, 18, -29, -23, -60, -16, -52, 12, -37, -20, -20, -20, -20, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -42, -53, -45, -41, -20, -30, -48, 28, -18, -18, 0, -14, 0, 20, -20, -20, 12, -27, -33, -40, -40, 0, -39, -40, -45, -19, -42, -16, -7, 45, -31, -13, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, 21, -21, -22, -21, -21, -21, -41, 19, 0, -7, -52, -50, -42, -41, 0, 0, 0, 0, 0, 0, 0, 0, -19, -16, -20, -35, -13, 0, -20, 0, -92, 22, -81, -78, -54, -99, 14, -34, 0, 0, 0, 0, 0, 0, 0, 0, -30, 25, -23, -20, -6, -24, -25, -25, 0, 0, 0, 0, 0, 0, 0, 0, -40, -33, 41, -38, -26, -40, -41, -33, 27, -8, 0, -11, 0, -18, -27, -19, 0, 0, 0, 0, 0, 0, 0, 0, -8, -44, 50, -59, -6, 20, -69, -59, 0, 0, 0, 0, 0, 0, 0, 0, -35, -50, 48, -43, -29, -40, -48, -40, -18, -20, -14, -17, 20, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 27, -30, -23, -28, -29, -23, -29, -32, 20, -20, -20, -20, -19, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -9, 0, 20, -20, -23, -22, -24, -25, -42, -31, -49, 25, -25, -23, -20, -19, 0, 0, 0, -15, 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -16, -19, 20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -27, -12, 0, -21, -20, -23, 11, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -24, -40, -27, -39, -41, -20, 23, -21, -21, -29, -27, -15, -12, -12, 23, -28, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -18, -19, -20, -20, -20, -26, -30, -24, -43, -43, -36, 39, -44, -25, -25, -24, -23, -7, -24, 25, -21, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -6, -19, 20, -19, 0, -6, 0, 0, 0, 18, -8, -6, 0, 0, 0, 0, 0, 0, 0, 0, -64, -64, 23, -69, -61, 19, -69, -16, -27, -38, -60, -36, -31, 21, 0, -28, 0, 0, 0, 0, 0, 0, 0, 0, -79, -41, -66, -53, -65, -20, -81, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, -40, -15, -19, -22, -23, -22, -23, -23, -16, -20, -20, 0, 22, -24, -20, 0, 0, 0, 0, 0, 0, 0, 0, -14, -13, 0, -24, -20, -11, -11, 20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -43, -44, -48, -27, -41, -42, 39, 20, -8, 0, 0, 0, -20, -20, -12, -21, -24, -36, -27, 25, -24, -31, -28, -22, -27, -27, -28, -25, -28, 27, -24, -62, -56, -58, 42, -68, -57, 6, -90, -22, -22, -21, -22, -18, 23, -25, -25, -21, -19, -35, 0, -44, -31, -60, -40, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 40, -41, -23, -6, -11, -40, -35, -41, 10, -22, -16, -17, 0, 0, -23, -32, -23, -24, -22, -20, -21, -40, 33, -22, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -26, -36, -14, -19, -13, 39, -28, -28, -27, -33, -29, -38, -28, -30, -47, 30, -41, 0, -43, -43, -40, 17, -44, -51, -21, 0, 0, 0, 0, 43, -43, -27, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -20, -20, -20, 20, -20, -20, -47, -45, 0, -44, -44, -32, 24, -40, -40, -30, -20, 0, -39, 14, -40, -40, 0, 0, 0, 0, 0, 0, 0, 0, -17, 23, -20, -15, -22, -18, -23, -10, 33, -28, -23, -29, -30, -33, -35, -27, 0, 20, 0, 0, 0, 0, -20, -15, -95, -47, -49, 0, -36, -54, 40, -48, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -35, -26, -20, -37, -15, 40, -20, -40, -18, -18, -18, -17, -13, 20, -19, -19, -26, -33, -8, -22, 0, -22, 25, 0, -11, -19, -26, -24, -20, -29, 41, -22, 21, -20, -21, -16, -20, -21, -21, -20, -40, 34, -32, -33, -31, -28, -38, -44, 0, 0, 0, 0, 0, 0, 0, 0, -18, -19, -20, -7, -17, 20, -20, -19, -32, -30, -27, -25, -27, 30, -43, -23, -41, -22, -55, -51, -43, 18, 13, -39, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -16, -20, -20, 0, 22, -24, -20, -45, -6, -48, -47, -45, -46, -58, 10, -18, -18, 0, 0, 0, -18, 20, -16, 0, -5, 0, -12, 0, 0, 15, 0, 0, -5, 0, -12, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -22, -23, -19, -12, -32, 23, -20, -23, 21, -20, -20, -20, -20, -21, -23, -19, -34, -31, 8, 19, -33, -51, 0, -36, 6, 0, -14, 0, 18, -31, -36, -20, 20, -20, -20, -19, -20, -20, -20, -47, -33, 34, -33, -33, -29, -37, -28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -43, -48, -39, -43, -21, 45, -46, -41, -20, -20, -20, -20, 21, -20, -20, -22, -20, 21, -20, -19, -22, -28, -20, -23, -20, -19, -20, -19, -20, -20, 20, -20, -26, -20, -20, -18, -21, -36, -22, 37, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -36, 37, -31, -33, -23, -30, -37, -31, -18, -18, 0, -14, 0, 20, -20, -20, -38, -53, -54, -38, 15, -74, -7, 23, -9, 24, -41, 6, -30, -69, -40, -22, -19, -21, -22, -10, -23, -48, -40, 46, 50, -59, -36, -32, -19, -41, -40, -27, 0, 0, 0, 0, 0, 0, 0, 0, -25, 28, -12, -14, -21, -9, -27, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -54, -53, -52, -48, -50, -24, -54, 43, -16, -17, 0, 0, 0, -13, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -59, -50, -29, -24, -38, 26, -39, -76, -16, -73, -75, -43, -62, -66, 26, -38, -27, -19, -21, -36, -20, -35, 30, -20, -59, -50, -29, -24, -38, 26, -39, 24, -21, -21, -20, -22, -20, -28, -30, -20, 20, -20, -19, -20, -20, -20, -19, -7, -9, 0, -19, 0, -18, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, 0, 0, 0, -20, 0, 20, -23, -54, -43, 14, -8, -12, -47, 0, -20, -20, -20, -19, -20, -20, 20, -20, 9, -53, -49, -53, -48, -28, -36, -60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -19, -19, -19, 20, -19, -20, -41, -22, -22, -27, -23, -22, 27, -24, -27, -25, -23, -29, -23, -21, 26, -39, 20, -20, -6, -11, -8, -20, -20, -22, -23, 15, -51, 20, -21, -28, -31, -21, -20, -39, -27, -20, -12, -21, -19, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -23, -20, 21, -34, -40, -22, -20, -38, -42, -21, 22, -26, 22, -20, -24, -20, -20, -23, -20, 0, 0, 0, 0, 0, 0, 0, 0, -58, -37, -38, 38, -43, -57, -9, -45, -26, -33, -23, -27, -22, 27, -31, -29, -20, -20, -20, -17, -19, -20, 20, -20, 13, -28, -32, -26, -24, -52, 6, -37, 0, 0, 0, 0, 0, 0, 0, 0, -33, -42, 29, -30, -29, -11, -44, -27, 0, 0, 0, 0, 0, 0, 0, 0, -20, 0, -6, -32, -30, -19, 20, -34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -35, -32, -35, -33, -31, -36, 33, -34, 15, -33, -22, -29, -31, -30, -22, 0, -40, 0, -20, -36, -33, -33, 20, -40, 0, -24, 0, -13, 0, -8, 35, -26, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -8, -20, -19, 0, -20, -40, -48, -41, -31, -43, -28, -45, 0, 0, -20, -20, -20, -20, -20, 20, -20, -20, -49, 13, -42, -41, -40, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -14, -5, 0, 0, 0, -12, 31, 0, -51, -42, -34, -56, -62, -33, -18, 41, 0, -45, -51, -45, -59, 0, -48, 14, -30, -44, -28, -35, -27, -21, -40, 30, 0, 0, 0, 0, 0, 0, 0, 0, -14, -39, -36, -45, -36, -25, 24, -35, -37, -42, -14, -22, -43, 12, -50, -6, -28, -47, -30, 0, -66, 9, -32, -35, -35, -36, -39, -34, -28, 37, -33, -43, -20, -20, -20, -20, -20, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -23, -22, -14, -17, -11, -21, 22, -5, -25, -22, -21, -18, 0, -21, -24, 22, -23, -21, -23, -29, -22, 0, -22, 12, -29, -37, -37, -29, -34, 37, -80, -31, -41, -52, -11, -45, -32, 24, -55, -20, -17, -26, -18, 0, 0, 0, 9, -11, -20, 20, -20, -20, -20, -20, -20, -20, 0, -15, 0, 20, 0, -12, 0, -20, 19, 0, 0, 0, 0, -17, -15, -18, -31, -36, -37, -24, -25, -18, 37, -41, 0, 0, 0, 0, 0, 0, 0, 0, -30, -21, -33, -20, -24, -44, -39, 41, -53, -35, -28, -25, -37, 45, -33, -69, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -53, -69, 7, -64, -43, -64, -30, -9, -20, -20, -20, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -19, 20, -20, -18, -16, -14, -20, -15, -6, 0, 0, 0, 0, 0, 7, 0, 0, -14, 0, 0, 0, -20, 0, 20, -15, 19, 0, -24, -40, -20, -13, 20, -58, -33, -45, -53, -37, -54, 41, -49, -11, 0, -61, -68, -76, -13, -54, 10, -20, 20, -20, -20, -20, -20, -20, -20, -20, -20, -20, -21, -20, -20, 20, -20, -10, -22, -9, 33, 0, -33, -20, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, 20, -19, -20, -20, -12, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -18, -19, -6, -18, 20, -20, -24, 26, -28, -27, -31, -22, -26, -24, -20, 20, -19, -10, -19, -18, -20, -17, -20, 20, -18, -9, -18, -18, -20, -16, -26, -20, -20, -20, -19, -20, 20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 23, -22, -21, -20, -20, -23, -23, -20, -20, 20, -20, -20, -14, -20, -20, -20, 39, -33, -26, -18, -18, -18, -40, -31, -65, -54, -37, -69, -77, -21, 42, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -15, -20, -20, -20, 20, -20, 33, -42, -12, -24, -18, -22, -37, -21, 0, -37, -21, -37, -39, -21, 19, -40, -30, 7, -43, -65, -63, -56, 0, -77, -21, 21, -20, -17, -20, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -21, -20, -20, 20, -20, -21, -21, -20, -29, -27, 26, -21, -40, 0, 0, 0, 0, 0, 0, 0, 0, -25, -23, -39, -20, -30, -26, 25, -30, 0, -40, -39, -39, 0, -22, 8, -35, 0, 0, 0, 0, 0, 0, 0, 0, -65, -34, -40, -61, -17, 17, 0, -48, -35, -24, -45, -47, -91, -27, -47, 58, -21, -20, -20, -26, -30, -26, -23, 23, -38, -28, -32, -33, 20, -21, -37, -18, -49, -57, -49, -62, 6, -47, 0, 0, -20, -20, -18, -19, -6, -18, 20, -20, -46, 28, -40, -40, -32, -29, 0, -40, 0, 18, -56, -56, -42, -34, -35, -37, -47, -24, -50, -16, -39, -41, -40, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -61, -6, -11, -20, -82, -30, -37, -31, 20, 0, 0, 0, 0, -19, -20, -12, 20, -14, 0, -13, -11, -20, -20, -14, 17, 0, 0, 0, 0, -17, 0, 0, 20, -18, 0, -17, 0, -20, -20, -19, -20, -20, 20, -20, -19, -20, -21, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -49, 51, -41, -42, -35, -48, -54, -39, 22, -20, -20, -19, -16, -20, -37, -24, 20, -20, -18, -19, -17, -20, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -12, -20, -18, -15, -12, 20, -18, -19, 0, -12, 0, -12, -12, -6, -8, 8, -43, 0, -46, 8, -44, -42, -51, -47, -20, -32, -5, -19, -20, -20, 8, 20, 0, -42, -22, -46, -40, 0, -13, -49, -32, 0, -11, -20, -22, -34, 19, -20, -19, 0, 21, -21, -25, -41, -52, -35, -20, -20, 20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 23, -19, -11, -14, -17, -39, -20, -10, -12, 18, 0, 0, 0, -9, -18, 0, -28, 28, -26, -25, -27, -15, -28, -26, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -10, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 67, -45, -42, -45, -26, -45, -86, -76, -20, -20, 20, -19, -20, -20, -19, -20, -92, 0, -82, -86, 8, -21, -63, -24, -19, -21, 21, -27, -20, -17, -22, -21, 0, -11, -54, -32, -45, -29, 20, -38, -22, -20, -20, -14, -13, 20, -20, -20, -20, -20, -20, -15, -15, 20, -20, -20, -18, -20, -20, -20, -20, -20, 20, -20, -17, 21, 0, -5, -18, -18, -21, -11, 0, 0, 0, 0, 0, 0, 0, 0, -22, -23, -36, -23, 34, -26, -39, -55, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, 9, -34, -39, -40, -40, -25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -54, -56, 51, -55, -55, -64, -16, -59, -67, -28, -59, -59, 14, -60, -37, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, -20, 20, -27, -21, -21, -26, -41, 28, -32, -25, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, -20, -20, -19, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -59, -45, -44, -54, -41, -34, 48, -27, 0, 0, 0, 0, 0, 0, 0, 0, 21, -20, -20, -18, -10, -19, -28, -18, 0, 0, 0, 0, 0, 0, 0, 0, -21, -22, -21, -21, -21, -21, 21, -22, 0, 0, 0, 0, 0, 0, 0, 0, -37, -18, -50, -43, -46, -49, -50, 51, -43, -60, 0, -70, -77, -51, -9, 20, 9, -89, -52, -59, -44, -65, -5, -41, 0, 0, 0, 0, 0, 0, 0, 0, -18, -74, -68, -77, 20, 0, -84, -21, -20, -20, -20, -20, -19, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -40, -30, -29, -39, -21, -30, -39, 33, -20, 20, -12, -20, 0, -20, -13, -20, 0, 0, 0, 0, 0, 0, 0, 5, -51, -31, 58, -79, -66, -64, -31, -69, -69, -70, -77, -61, -76, 12, 5, -23, -25, -22, -40, -27, -21, 0, -29, 0, -18, -18, 0, -14, 0, 20, -20, -20, -21, -20, -18, -19, -19, 21, -21, -17, 17, -20, -21, -18, 0, -17, -20, -20, -7, -29, 0, -10, 20, -43, -47, -8, -20, -21, 22, -21, -40, -20, -22, 0, 0, 0, 0, 0, 0, 0, 15, 0, -15, 6, -5, -22, -20, -13, -23, 20, 0, 0, 0, 0, 0, 0, 0, 0, -29, 23, -19, -18, -21, -22, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, -46, -41, -32, -33, -42, 14, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, 37, -6, 0, -16, 0, -31, 0, -24, 0, 0, -5, 0, 25, -37, -21, -86, 45, -59, -68, -91, -71, -21, -67, 0, 0, 0, 0, 0, 0, 0, 0, -58, -9, -41, 0, -39, 18, -39, -27, -18, -18, 0, -7, 0, 25, -14, -33, -19, -20, -17, -20, -20, -20, -21, 21, -21, -21, -21, -20, -20, -20, 21, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, -39, -21, -30, -35, -36, 0, -36, -22, -40, -34, -39, -40, -36, -35, 24, -24, -26, -39, -24, -33, -38, 25, -39, 0, -39, -21, -30, -35, -36, 0, -36, -19, -19, -18, -20, -19, 20, -20, -20, -42, -36, -26, -55, -30, 32, -28, -27, -11, 14, -12, 0, -19, -20, -34, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, -32, -23, -19, 15, -33, -32, -31, 10, -28, -32, -49, 21, -21, -49, -17, -19, 21, -23, -18, -36, -21, -19, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, 0, 0, 0, -17, -15, -18, 0, 0, 0, 0, 0, 0, 0, 0, -20, 27, -29, -20, -21, -18, -31, -18, -14, -19, -13, 20, 0, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -22, 31, -22, -19, -27, -23, -36, -14, -19, 21, -21, -17, -5, -29, -20, -10, -38, 0, -37, -14, -23, -37, 0, -33, -30, 25, -23, -22, -23, -22, -26, -23, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -6, -11, -8, -20, -20, -22, -43, -38, 39, -41, -37, -30, -36, -43, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 20, -20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -19, -20, 20, -20, -30, -12, -43, -32, -34, -38, -29, 19, 0, 0, 0, 0, 0, 0, 0, 0, -43, -60, -18, -46, -47, 18, -54, 0, -18, -20, -20, 20, -19, -20, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, -34, -16, -20, -20, -39, -21, 0, -44, -28, -37, -38, -52, 34, -28, -48, -28, -33, -47, -38, -51, 33, -26, -34, 5, 0, -75, -5, -69, -77, -18, -65, -47, 0, -26, -25, 0, -39, 16, -39, -19, -24, -10, -10, -6, -19, 21, -19, -15, 0, -53, -75, -45, 0, -25, -80, 29, -30, -22, -39, -44, 0, -24, -40, -46, -58, -62, -66, -60, -48, -75, 42, -49, 15, -52, -39, -36, -79, -7, -24, -47, 30, -24, -45, -57, -60, -52, -40, 0, 0, 0, 0, 0, 0, 0, 0, -16, -18, 0, 20, 0, -20, -14, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -20, -20, 20, -20, -20, -39, -40, -21, -21, -24, 41, -39, -42, -40, -45, -39, -28, -29, -48, 44, -45, -31, -55, -53, -43, -43, -46, 32, -54, -20, -22, -23, -19, -12, -32, 23, -20, -19, -19, -12, -13, -10, -19, 20, -20, -21, -22, -21, -25, -20, -21, 21, -22, 0, 0, 0, 0, 0, 0, 0, 0, -26, 22, -24, -25, -39, -32, -21, -23, -9, 0, 0, 0, 0, 12, 0, 0, 27, -97, -86, -32, -80, -76, -28, -106, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -16, 0, -17, -20, -20, 20, 0, -63, -39, -77, -44, 7, -78, 0, 46, -34, -19, -13, 0, -34, -46, -6, 0, 0, 0, 0, 0, 0, 0, 0, -20, -25, -10, -20, -21, -21, -20, 22, -18, -20, -14, -17, 20, -19, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 17, -21, -22, -20, 0, -17, -20, -26, -22, -26, -36, -40, -43, -40, 20, 15, -34, -39, -26, -32, -40, -40, -34, 40, 21, -21, -10, 0, -17, -21, -23, -7, 20, -20, -13, -19, -7, -12, -20, -14, 0, -15, 0, 20, 0, -12, 0, -20, 20, -19, -18, -16, -18, -20, -20, -20, -17, -20, -19, -17, -17, -20, -19, 20, 0, -36, -24, -32, -25, -39, 0, -27, -35, -26, -39, -50, -33, -34, 35, -41, -25, -46, -27, -23, -18, -20, -49, 21, -20, -19, -16, -14, -6, -17, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -64, -81, -80, -54, -59, -38, -18, 41, 20, -13, -13, -19, 0, -15, -15, -19, -20, -20, -20, -19, -20, -20, -20, 20, -20, -20, 20, -20, -20, -20, -20, -20, -27, 5, -23, -32, -25, -25, -44, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -39, -38, -20, 33, -40, -40, -39, -13, -20, -8, -17, 20, -20, -15, -20, -23, -21, -22, -24, 22, -20, -22, -25, 20, -19, 0, 0, 0, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -37, -40, -37, -24, -37, -40, -40, 40, -20, -20, -20, -19, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 16, -10, -44, -46, -52, -46, -8, -48, 32, 26, -56, -18, -53, -64, -51, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0, 31, -51, -21, -34, -58, -6, -46, -53, -21, 21, -20, -20, -21, -20, -20, -20, 26, -37, -17, -37, -14, -40, -25, -33, -20, 20, -20, -14, -16, -20, -20, -13, 0, 0, 0, 0, 0, 0, 0, 0, -13, 20, -20, -20, -15, -20, -20, -17, -21, -19, -10, 0, 0, -20, -20, 20, -41, 0, -20, -24, -19, -30, 20, -49, -26, -31, -27, -22, -19, -38, 43, -22, -16, -20, -17, -17, -14, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -36, 21, -20, -17, -17, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, -34, -27, -34, -25, -21, -25, 30, -31, -20, -21, -20, -22, 20, -21, -19, -20, 0, 0, 0, 0, 0, 0, 0, 0, -21, 8, 23, -31, -23, -21, -25, -25, 0, 0, 0, 0, 0, 0, 0, 0, -39, 24, -21, -20, -48, -21, -39, -20, -19, -12, 0, -19, 0, -22, -27, 23, 0, 0, 0, 0, 0, 0, 0, 0, 22, -20, -20, -20, -21, -29, -20, -40, 40, -23, -14, -19, -20, -39, -39, -33, -20, -20, -20, -20, -20, -20, -22, 20, 0, -9, -14, 0, 0, 0, 22, 0, -20, -20, -20, -19, -20, -20, 20, -20, -6, 20, 0, 0, -18, -20, -20, -21, -20, 20, -20, -20, -20, -20, -20, -20, -20, -20, -20, -19, -19, 20, -20, -22, -34, 0, -35, -33, -24, -39, 0, -30, 22, 0, 0, 0, 0, 0, -22, 0, -19, -20, -14, -15, -11, 20, -18, -19, -20, -20, -20, -15, -15, 20, -20, -20, 0, -18, 0, 18, 0, 0, 0, -39, -20, 20, -9, -20, 0, -19, -40, -20, -27, -21, -27, -27, -21, -17, 31, -6, 0, 0, 0, 0, 0, 0, 0, 0, -7, -13, -7, -17, 0, 27, -16, -21, 20, -20, -6, -11, -8, -20, -20, -22, 0, 19, -45, -46, -37, -21, -19, -67, -20, -20, -20, -20, -6, -19, 20, -19, 0, 0, 0, 0, 0, 0, 0, 0, 56, -57, -31, -47, -43, -67, -46, -49, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, 0, -40, -39, -24, 17, -7, -61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 44, -41, -29, -55, -56, -27, -79, -22, 0, 0, 0, 0, 0, 0, 0, 0, -29, -28, -19, -18, -40, 0, -24, 39, -6, -40, -15, 9, -14, -26, -93, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -22, -21, -24, -20, -21, 21, -23, -7, -11, 0, 0, 0, -10, 20, -9, -31, -30, -23, -20, -22, -20, 21, -5, -18, -16, -13, -16, -16, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -24, 23, -10, -20, 0, -15, -8, -16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -29, -40, -38, -33, -37, 36, -34, -24, -19, -12, 0, -19, 0, -22, -27, 23, 25, -63, -31, -67, -99, 0, -10, -30, -20, -20, -20, -15, -15, 20, -20, -20, -44, 0, -39, -43, -41, 20, -37, -20, 11, -56, -38, -32, -16, -41, 0, -61, 0, 0, 0, 0, 0, 0, 0, 0, 9, -21, -18, 0, -12, -23, -9, -24, -17, -45, -6, 28, -25, -21, -30, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -39, -20, -19, -24, -22, -19, 40, 8, 0, 0, 0, 0, 0, 0, 0, -27, 20, -20, -28, -40, -40, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -33, -34, -19, -42, 0, 24, -23, -40, 18, -44, -58, -47, -34, -16, -11, -49, -37, -22, -33, -22, -30, 0, 21, -23, 0, 0, 0, 0, 0, 0, 0, 0, -22, -21, -23, -28, -22, -20, -22, 22, 0, 0, 0, 0, 0, 0, 0, 0, -24, 23, -10, -20, 0, -15, -8, -16, 0, 0, 0, 0, 0, 0, 0, 0, 6, -32, -48, -43, -44, -34, 0, -42, -42, -22, -28, -33, 20, -20, -30, 0, -17, -20, -19, -17, -17, -20, -19, 20, -20, -20, -13, -18, 20, -20, -19, -20, -21, -20, -19, -20, -12, -20, 20, -20, 0, 0, -7, 0, -6, -20, 0, 20, -20, -20, -20, -20, -20, -20, -20, 20, -47, 73, -103, -27, -8, -64, -23, -70, -25, 30, -15, -32, -26, -27, -28, -36, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -50, 27, -24, -34, -26, -23, -25, -43, 0, 0, 0, 0, 0, 0, 0, 0, -42, 37, -36, -30, -29, -33, -38, -32, -43, 41, -51, -49, -60, -28, -38, -25, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -19, -20, -20, -21, -23, 22, -22, -22, -30, -21, -21, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -30, 25, -23, -22, -23, -22, -26, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42, 0, 0, 0, -10, -42, 0, 0, 6, 0, 0, 0, -6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 21, -20, -19, -20, -19, -22, -17, -20, 20, -19, -16, -20, -20, -21, -18, 0, 0, 0, 0, 0, 0, 0, 0, -24, 22, -27, -22, -40, -21, -27, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -19, 21, -20, -19, -20, -19, -22, -17, 0, 42, 0, 0, 0, -10, -42, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 22, -22, -21, -26, -22, -21, -20, 20, -20, -18, -17, -19, -20, -19, 0, 0, 0, 0, 0, 0, 0, 0, -85, 80, -58, -59, -72, -40, -66, -73, 17, 0, 0, 0, 0, -17, 0, 0, -21, 33, -13, -20, -22, -27, -37, -23, -20, -20, -20, -19, -20, -20, 20, -20, 12, 0, -17, -16, -26, -29, -21, -20, 0, 0, 0, 0, 0, 0, 0, 0, -48, -43, -41, -37, -36, -56, 48, -59, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -20, -20, -20, -20, -20, -20, -22, -23, -20, -21, -19, -21, -20, 20, -87, -28, 23, -66, 15, -67, -35, -45, -21, -20, -20, -21, -20, 21, -22, -21, -61, -11, -27, 18, -36, -8, -76, -35, -60, -52, -97, 8, 9, -38, -45, -40, -34, -19, -19, -34, -34, 20, -61, -24, 0, 0, 0, 0, 0, 0, 0, 0, -40, 15, -12, -49, -33, -42, 20, -66, -25, 20, -19, -50, -24, 0, -40, -34, -18, -18, 0, -14, 0, 20, -20, -20, -48, -48, -40, -71, -47, -60, 19, 18, -7, -24, -47, -39, -38, -25, 0, 0, -15, -5, -10, -16, -16, -17, 5, -9, -37, -47, 15, -47, -47, -41, 0, -49, 0, -11, 0, 0, 0, -8, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, -26, 29, -20, -20, -38, -21, -29, -38, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0, -18, -20, -7, 0, 0, 0, 0, 0, 0, 0, 0, -53, -30, -40, -47, 10, -55, -66, 8, -96, -60, -61, -39, 45, -63, -71, 18, 0, 0, 0, 0, 0, 0, 0, 0, -69, 29, -68, -48, 27, -51, -86, -23, -13, -20, -8, -17, 20, -20, -15, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, 0, -6, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -48, -8, -10, -46, -44, -30, 0, -42, -18, -31, -61, -49, -52, -20, -58, -12, -50, -42, -53, -56, -21, -15, -12, -7, -32, -60, -9, -32, -32, 34, -34, -48, 0, 0, 0, 0, 0, 0, 0, 0, 41, -51, -26, -38, -46, -39, -35, -58, 0, 0, 0, 0, 0, 0, 0, 0, -55, -47, 0, -40, -42, 0, -34, 0, -20, -41, -46, -42, -18, -39, 0, -6, -40, 0, -39, -30, 8, -45, -41, -54, -32, -36, -24, -26, -22, -43, 34, -32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -47, -41, -42, 0, -51, 21, -43, -31, -20, -18, -20, -17, -17, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 35, -12, 0, 0, 0, -16, -33, -8, -46, 29, -58, -79, -53, -41, 0, 0, -43, -21, -22, -21, -30, -24, 35, -22, -19, 0, -28, -26, -21, 0, -26, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -35, -17, -21, -22, -31, -27, 23, -21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, 0, 0, 0, 20, -10, -19, -6, -18, -14, 0, 0, -40, -16, 40, 0, 0, 0, 0, 0, 0, 0, 0, 0, -6, 0, 0, 0, 18, -8, -6, -18, -20, -20, 20, -19, -20, -21, -20, -20, 20, 0, -7, -18, -20, -20, -16, 20, -20, -20, -20, -11, -20, -20, -20, 18, -20, -23, -20, -18, 15, -51, -14, -20, -20, -19, -17, -18, 20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -35, -39, -31, -36, -36, -31, 42, -27, -9, -16, -18, 0, 0, -12, 19, -9, -23, 22, -19, -20, -21, -20, -22, -21, -52, 0, -18, -65, -65, -45, 6, -55, -23, 22, -22, -22, -30, -21, -21, -21, 0, 0, 0, 0, 0, 0, 0, 10, -27, 0, -27, -28, -18, -44, 15, -27, -20, -20, -20, -20, -20, -20, 20, -20, -31, -32, -40, -27, -28, 0, -40, 0, -18, -14, -46, -44, -42, -14, 0, -52, -20, -20, -19, -20, -20, -20, -20, 20, 0, 0, 0, 0, 0, 0, 0, 0, -19, -19, -15, -12, -9, -20, 20, -14, -9, 21, -12, -13, -14, -18, -21, -17, 0, 0, 0, 0, 0, 0, 0, 0, 40, 0, 0, 0, -18, -34, -18, -40, -20, -20, -20, -19, -20, -20, 20, -20, -28, 0, -23, -22, -23, -21, 0, -22, -57, -32, -41, -41, -22, 0, -18, 18, 73, -38, -59, -93, -95, -71, -40, -106, 0, -26, -27, -36, -27, 32, -39, -47, 11, -21, -30, -22, -23, -42, 0, -31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -55, -9, -59, -60, -28, -54, -87, 7, -30, -9, -7, -7, -7, 39, -24, -21, 0, 0, 0, 0, 0, 0, 0, 0, -40, -23, -31, -38, -29, 40, -39, -29, -20, -18, -7, 0, -10, 20, 0, -19, 22, 0, 0, 0, 0, 0, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, -24, -54, -37, -19, -42, 21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 18, -25, -59, -47, -43, -44, -16, -39, 0, 0, 0, 0, 0, 0, 0, 0, -16, -30, -44, -48, -33, 22, -20, -23, -37, -41, -22, -22, -21, -49, -21, 24, 43, -37, -35, -41, -45, -34, -46, -43, -20, 29, 0, -17, 0, -25, -29, -24, -20, -25, -15, -16, -7, -24, 28, -31, 0, 0, 0, 0, 0, 0, 0, 0, 41, -47, -34, -43, -43, -49, -15, -41, 51, -77, -40, -63, -58, -70, -10, -63, -20, -20, -20, 20, -20, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -32, -51, -48, -29, -59, -45, -21, 29, -20, -20, -18, -19, -6, -18, 20, -20, -22, -23, -22, -24, -23, -20, 22, -22, -16, -18, 0, 20, 0, -20, -14, -20, 0, 19, -11, 0, 0, -13, -18, 0, -24, -26, -22, -23, -23, -23, 23, -23, -35, 27, -23, -21, -23, -30, -29, -22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -20, -20, -20, -20, -20, 20, 14, -69, -89, -42, -46, -84, -37, -17, -20, -20, -20, 34, -20, -20, -20, -39, -30, -29, -29, -32, -39, -24, 29, -30, -35, -25, -36, -45, -28, -30, 33, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -19, -15, -8, -20, 20, -20, -20, -20, -19, -21, -18, -20, -21, 20, -27, -29, 0, -6, 0, -7, 33, 0, -7, -9, 0, -19, 0, -18, 19, 0, 21, -23, -21, -43, -11, -20, -21, -20, -45, 37, -31, -39, -52, -25, -46, -44, -40, -23, -33, -30, -26, 35, -38, -39, -26, -20, -20, -20, -19, -20, 20, -22, -28, -44, -38, -45, -39, -35, 29, -47, 34, -33, -29, -38, -26, -27, -43, -35, -32, 0, -29, -23, -20, -20, -36, 20, 0, 0, 0, 0, 0, 0, 0, 0, -21, -23, -33, -29, -29, -32, 17, -36, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, 0, -7, -24, -22, -12, -5, -36, -75, -38, -62, -52, -48, 42, -46, -42, -39, -21, -31, -38, -25, 26, -42, -39, -37, 15, -45, -44, -39, 8, -39, -49, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -7, 0, -14, -8, 29, 0, 0, 0, 0, 0, 0, 0, 12, -36, 30, -21, -25, -30, -23, -40, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -21, 0, -28, -21, -29, 21, -22, 0, 0, 0, 0, 0, 0, 0, 0, -20, -43, 13, -21, -16, -21, -21, 18, 0, 0, 0, 0, 0, 0, 0, 0, -22, -22, -22, -25, -20, -39, 0, 20, -30, -40, -62, -91, -100, -7, 11, -26, -58, -36, -50, -51, -49, -98, 39, 16, -18, 20, -12, -38, -40, -40, -41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 17, -30, -27, -36, -16, -9, -54, -7, 0, 0, -20, -25, -38, -35, 5, -24, 20, -17, -13, -11, -8, -20, -20, -12, 0, 0, 0, 0, 0, 0, 0, 0, 29, -46, -28, -41, -41, -21, -41, 14, -25, 30, -15, -32, -26, -27, -28, -36, -55, 6, -30, -27, -26, -39, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 69, -49, -29, -29, -24, -60, -57, -22, -20, -19, -19, -24, -10, -18, -22, 20, 0, -7, 0, 0, 0, 14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -86, -35, 38, -79, -55, -7, -55, -29, -20, -20, -20, -20, -19, 20, -20, -20, -16, -22, -22, -22, -23, 15, -43, -9, 0, 0, 0, 0, 0, 0, 0, 0, -37, -35, -29, -17, -21, 40, -35, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -15, 0, -6, 0, 29, 0, -23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -41, 0, -58, -37, 13, -25, 0, 0, 0, 0, 0, 0, 0, 0, -20, -40, -9, -24, -20, 0, 16, -35, -44, 43, -27, -25, -21, -35, -42, -9, 48, -35, -60, -70, -81, -87, -15, -56, -13, 40, -52, -28, -29, -43, -43, -30, -15, -83, -76, -56, -41, -23, 11, 13, 0, 0, 0, 0, 0, 0, 0, 0, 33, -58, -30, -74, -75, -45, 0, -55, 21, -20, -20, -20, -20, -20, -21, -21, 20, -20, -6, -11, -8, -20, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, -48, -51, -41, -39, -32, -69, 52, -48, -9, -16, -18, 0, 0, -12, 19, -9, -8, 0, -12, 20, 0, 0, -29, -20, 29, -18, -6, 0, -8, -20, -34, -19, 0, 0, 0, 0, 0, 0, 0, 0, 20, -20, -13, -14, -12, -20, -20, -41, 41, -40, -20, -13, -20, -36, -42, -27, 0, -14, 0, 0, 0, -20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, -29, -27, -21, -23, -20, -25, -24, 25, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -23, -17, -13, -17, 27, -20, -14, -27, -21, 21, -22, -26, -20, -25, -49, -17, -20, -9, -7, -20, -20, -15, 21, -60, -53, -54, 0, -48, 29, -16, -46, -53, -25, -53, -49, -23, 7, 8, -40, -40, -40, 0, -40, -40, 0, -37, -40, -21, -20, -20, -24, -20, -21, 21, -21, -21, -21, -19, -11, -20, -19, 21, -20, -58, -37, -28, -44, -27, -40, 47, -36, 27, -10, 0, -5, 0, -7, -20, 0, 0, -6, 16, 0, 0, 0, 0, 0, -22, 21, -20, -22, -20, -20, -22, -20, -19, -18, -11, -20, 0, 20, -14, -20, -41, 0, -20, -24, -19, -30, 20, -49, 0, -41, 0, -5, -10, 0, -40, -19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, -20, -13, -16, -14, -19, -23, -18, -20, -23, -20, -41, -39, -27, 35, -40, -20, -9, -20, -16, -15, -20, 20, -11, 0, 0, 0, 0, 0, 0, 0, 0, 35, 0, 0, -23, 0, 0, -11, 0, 20, -20, -6, -11, -8, -20, -20, -22, 0, 0, 0, 0, 0, 0, 0, 0, -19, -20, 20, -20, -19, -20, -20, -20, -76, -72, 88, -90, -82, -76, -87, -92, -64, -43, 65, -53, -52, -52, -65, -46, -20, -18, 33, -39, -14, -29, -27, -31, 0, 0, 0, 0, 0, 0, 0, 0, -37, -9, 13, -44, -26, -57, -20, -44, -19, -20, -15, -14, -20, -20, -18, 20, 0, 0, 0, 0, 0, 0, 0, 0, -20, -20, -19, -12, 6, -20, -24, 0, 20, -20, -14, -14, 0, -20, -6, -17, 0, 0, 0, 0, 0, 0, 0, 0, -40, 0, -40, -25, -20, -27, 0, -20, -38, -40, -30, -45, -26, -23, 26, -22, -37, 0, -24, -33, -22, -34, 15, -25, -35, -32, -64, -56, -53, -79, 44, -75, -68, -33, -61, -87, 16, -38, -11, 0, -20, -18, -11, -17, -11, 20, -19, -17, -22, 21, -20, -20, -19, -20, -22, -22, 0, 0, 0, 0, 0, 0, 0, 0, -42, -24, -37, -36, -70, -73, -7, 44, -5, -24, -5, 0, -11, -55, 21, -30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -5, 18, 0, 0, 0, 0, -14, 0, -20, -15, -12, 0, 0, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -8, -19, -9, 20, -13, -20, -57, -23, -14, -71, -44, -24, 32, -67, 61, -24, -48, -40, -18, -39, -56, -42, -20, -20, -16, -30, 20, -5, -20, -40, 0, 0, 0, 0, 0, 0, 0, 0, -19, -31, 0, -23, -31, 0, -47, 0, -24, 19, -21, -31, -35, -39, 0, -40, -43, -23, -47, -8, -39, -35, -8, 18, -29, -49, -52, -53, -47, -11, -25, -25, -17, -25, -16, -20, 0, -5, 25, 0, -59, -52, -54, -43, -40, -52, 54, -42, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, -11, -19, -11, 0, -21, -22, -20, -20, -19, -19, -19, -16, 20, -20, -19, -20, -20, -18, -19, -20, -20, 20, -20, 0, 0, 0, 0, 0, 0, 0, 0, -20, 20, -20, -20, -14, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -46, -59, -28, -10, -17, -16, -69, 0, -41, -61, -26, -86, -13, -27, 14, -12, -28, -28, -33, 0, -37, 7, -54, -53, -21, -20, -20, -21, -20, 21, -22, -21, -39, -35, -45, -28, -12, -55, 44, -36, -40, 35, -26, -23, -24, -12, -38, -23, -11, -17, -25, -12, -27, -6, -25, -7, 0, 0, 0, 0, 0, 0, 0, 0, -52, -23, -28, -47, -46, -36, -49, 41, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, -23, 24, -22, -17, -17, -15, -25, -13, -24, -34, 0, -6, -62, -89, -59, 0, -22, 41, -38, -39, -28, -21, -41, -20, -22, 41, -38, -39, -28, -21, -41, -20, -20, -20, -20, -19, -11, -20, 20, -22, 14, 0, -31, -45, -40, -23, -25, -60, -52, -37, -37, -50, -35, -14, 38, -52, -21, -22, 21, -20, -16, -21, -21, -21, -20, -20, -20, -20, -20, -20, -20, 20, -45, -67, -59, -60, -49, -24, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, -32, -42, -34, -31, -40, -25, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, -31, -21, -20, -23, 0, 0, 20, -43, -22, -25, -28, 23, -20, -40, -20, -21, -34, 40, -34, -37, -40, -40, -40, -39, 21, -20, -10, -11, 0, -20, -41, -15, 0, 0, 0, 0, 0, 0, 0, 12, -33, 17, -95, -25, -31, -36, 0, -115, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -21, -20, -20, -21, -20, 21, -21, -25, -22, 22, -21, -24, -21, -21, -22, -22, -43, -52, -40, -38, -53, 9, -43, 0, 20, -19, -18, -16, -18, -20, -20, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, -20, -20, -20, -35, -21, -22, -23, 6, -47, -12, -12, 0, 0, -16, -32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -20, -18, -20, -16, -11, -22, -20, 20, -8, -38, -16, -23, 0, -20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -40, -9, -24, 26, -77, -73, 20, -20, -14, -14, 0, -20, -6, -17, -12, -21, -8, -18, -44, -32, 19, -40, 0, 0, 0, 0, 0, 0, 0, 0, -40, -38, -38, 0, -36, 0, -40, -40, 20, 0, 0, 0, 0, -18, -18, -19, -6, 50, -41, -10, 0, -27, -47, -11, -22, -25, -43, 0, -20, -23, 21, -27, 17, -45, -43, -63, -38, -5, -35, 11, -63, -46, -38, -9, -63, -36, -22, 25, -38, -29, -21, 0, -39, 16, -27, -40, -68, 20, -34, -27, -50, -21, -11, -74, 33, -37, -37, -24, -26, -41, -26, -38, 0, 0, 0, 0, 0, 0, 0, 0, -17, 20, -20, -20, -19, -20, -20, -19, -7, -9, 0, -19, 0, -18, 19, 0]
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
    return { model, index: new Map(model.features.map((f, i) => [f, i])) };
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
/** The model's numbers, each passed through `f`. */
function mapWeights(m, f) {
    return {
        causeBias: f(m.causeBias),
        cause: m.cause.map(f),
        classes: m.classes,
        classBias: m.classBias.map(f),
        classWeights: m.classWeights.map(f)
    };
}
function encodeModel(m) {
    return { features: m.features.join('\n'), ...mapWeights(m, (x) => Math.round(x * 100)) };
}
function decodeModel(e) {
    return { features: e.features === '' ? [] : e.features.split('\n'), ...mapWeights(e, (x) => x / 100) };
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
/** A report row its tool marked as a warning (checkstyle XML, SARIF-like attributes). */
const WARNING_ATTRIBUTE = /\b(?:severity|level)=["'](?:warning|info|note|ignore)["']/i;
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
        const chosenByModel = override === undefined ? undefined : scores.find((x) => x.pattern === override);
        if (chosenByModel) {
            scores.splice(scores.indexOf(chosenByModel), 1);
            scores.unshift({ ...chosenByModel, score: scores[0].score + 1 });
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
        let pattern;
        let top = -Infinity;
        for (const spec of this.catalogue.patterns.values()) {
            if (!spec.enabled)
                continue;
            const v = MODEL_ALONE_WEIGHT * (probs.get(spec.id) ?? 0) + (priors.get(spec.id) ?? 0);
            if (v > top) {
                top = v;
                pattern = spec.id;
            }
        }
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
/** A line the line model may quote: words, not a fence, a warning or a clean result ("Total: 0"). */
function mayBeCause(text) {
    return (text.trim() !== '' &&
        !FENCE.test(text) &&
        (0,log_line/* levelOf */.In)(text) !== 'warning' &&
        !WARNING_ATTRIBUTE.test(text) &&
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