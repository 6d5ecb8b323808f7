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
    // GitHub's runner could not fetch an action's archive before the job's first step (it retries
    // as warnings, then fails with the same error): the service refused or did not answer in time.
    rule('gha-action-download', raw `Failed to download action '\S{1,500}'\. Error:? (?:Response status code does not indicate success: (?:401|403|429|5\d\d)\b|The operation was canceled|.{0,200}\b(?:timed out|Connection reset|SSL connection))`, 80),
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
    // solving failed`, pip's `ResolutionImpossible`, conda's `can't be solved`, opam's `No solution
    // found, exiting` and `The following dependencies couldn't be met`, apk's `unable to select
    // packages`): the install failed.
    cue('solver-failed', 'PAT-006', /\bnothing provides (?:requested )?\S|\bversion solving failed\b|\bResolutionImpossible\b|\b(?:environment|request|dependencies|requirements) can(?:'|no)t be solved\b|\bunsatisfiable (?:dependenc|requirement|constraint|request|job)|\bno solution found when resolving\b|\bNo solution found, exiting\b|\bno solution found: there seems to be a problem with your request\b|\bThe following dependencies couldn't be met\b|\bYour request can't be satisfied\b|^ERROR: unable to select packages:/i, 54, true),
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
    // A style finding whose place comes after it (puppet-lint's `manifests/init.pp - ERROR:
    // trailing whitespace found on line 122`, `WARNING: tab character found on line 3`).
    cue('style-place-after', 'PAT-007', /(?:\btrailing (?:white ?space|spaces?|blanks?)|\btab characters?|\bhard tabs?|\bline has more than \d{1,4} characters|\bline too long|\b(?:wrong|inconsistent|incorrect|bad|mixed) indentation|\bindentation of \S{1,10} is not properly aligned|\bdouble quoted string containing no variables)\b.{0,60}\b(?:on|at) line \d{1,6}\b/i, 52, { alone: true, severity: 0.6 }),
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
    features: "b:0 0\nb:0 a\nb:0 a07\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 actual\nb:0 all\nb:0 alpha1\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 attempt\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b3a\nb:0 b4c\nb:0 b7c1d6e3f\nb:0 bad\nb:0 between\nb:0 bin\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 broken\nb:0 buffer\nb:0 build\nb:0 building\nb:0 built\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 call\nb:0 cannot\nb:0 catch\nb:0 cc\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 clause\nb:0 clean\nb:0 cleanup_file_variables\nb:0 code\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 core\nb:0 critical\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 deb12u1\nb:0 debugger\nb:0 decimal\nb:0 def\nb:0 dependencies\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 don\nb:0 double\nb:0 download\nb:0 during\nb:0 e\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e8f\nb:0 echo\nb:0 either\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 exit\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 f\nb:0 f1d2c3b\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 for\nb:0 format\nb:0 found\nb:0 fp4\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 g4q\nb:0 gcr\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 h\nb:0 h0m0s\nb:0 has\nb:0 hash\nb:0 head\nb:0 high\nb:0 home\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 int\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 it\nb:0 items\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 low\nb:0 m\nb:0 m0s\nb:0 main\nb:0 make\nb:0 measured\nb:0 medium\nb:0 message\nb:0 min\nb:0 minutes\nb:0 missing\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 ms\nb:0 multiple\nb:0 n\nb:0 name\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 no\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 package\nb:0 packages\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 prepare_executor\nb:0 previous\nb:0 print\nb:0 problems\nb:0 projects\nb:0 pub\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 ran\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 release\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 saas\nb:0 scenarios\nb:0 sdks\nb:0 sec\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 severity\nb:0 sh\nb:0 sha\nb:0 shellcheck\nb:0 should\nb:0 simple\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 source\nb:0 spond\nb:0 src\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t09\nb:0 t10_00_00_000\nb:0 t12\nb:0 t17\nb:0 t20\nb:0 t21\nb:0 tar\nb:0 target\nb:0 task\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 this\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 tmp\nb:0 to\nb:0 too\nb:0 total\nb:0 true\nb:0 u\nb:0 ubuntu\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unused\nb:0 use\nb:0 userguide\nb:0 usr\nb:0 v\nb:0 var\nb:0 variable\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 z\nb:0 zig\nb:a 0\nb:a b\nb:a bash\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a e\nb:a failure\nb:a feeds\nb:a few\nb:a file\nb:a free\nb:a g\nb:a healthy\nb:a i\nb:a invoices\nb:a is\nb:a k\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a missing\nb:a n\nb:a new\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a s\nb:a shutdown\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a test\nb:a u\nb:a using\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:aashish thapa\nb:ab0x go\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme webshop\nb:action download\nb:action guilouro\nb:action https\nb:action repository\nb:action tarball\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actions 0\nb:actions checkout\nb:actions runner\nb:actions setup\nb:actions task\nb:actual 0\nb:actual behavior\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add the\nb:added 0\nb:added go\nb:added to\nb:addition works\nb:additional logging\nb:address all\nb:addresses should\nb:admin py\nb:advisories 0\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after changing\nb:after running\nb:agent 0\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent machine\nb:agent name\nb:agent running\nb:agent version\nb:agent_1 container\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:all artifacts\nb:all dependencies\nb:all error\nb:all false\nb:all files\nb:all issues\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all test\nb:all tests\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allowed time\nb:alphabetical case\nb:also home\nb:always auth\nb:always error\nb:ambroisie test\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:an argument\nb:an assembly\nb:an error\nb:an exception\nb:an item\nb:an iterator\nb:an underscore\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and audited\nb:and deleting\nb:and file\nb:and firewall\nb:and has\nb:and hooks\nb:and instead\nb:and is\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and sub\nb:and test\nb:and that\nb:and the\nb:and upgrading\nb:and value\nb:and word\nb:android 0\nb:android log\nb:android sdk\nb:android support\nb:android tools\nb:ankitshubham workspace\nb:annotation unchecked\nb:anonymous test\nb:answer action\nb:any changes\nb:any of\nb:any whl\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api 0\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api github\nb:api gradle\nb:api internal\nb:api proto\nb:api tasks\nb:api test\nb:apis poe\nb:apis proto\nb:apk add\nb:app build\nb:app compile\nb:app data\nb:app export\nb:app features\nb:app help\nb:app lint\nb:app login\nb:app notes\nb:app onepager\nb:app prototypes\nb:app py\nb:app src\nb:app ts\nb:appcompat v7\nb:application ex\nb:application spec\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt get\nb:archinstall archinstall\nb:archinstall lib\nb:architecture x64\nb:archive ubuntu\nb:are allowed\nb:are behind\nb:are deprecated\nb:are equal\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are no\nb:are not\nb:are test\nb:are trimmed\nb:are trying\nb:are you\nb:area tests\nb:args cmake\nb:argument error\nb:argument named\nb:argument of\nb:arguments but\nb:around keyword\nb:around operator\nb:array 0\nb:arrays are\nb:artifact junit\nb:artifact org\nb:artifacts clone\nb:artifacts for\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as explicit\nb:as gateway_addresses\nb:as it\nb:as m\nb:as the\nb:as type\nb:as u64\nb:as vsts\nb:assembling a\nb:assembly reference\nb:assert 0\nb:assert a\nb:assert are\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:associated with\nb:async scope\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at src\nb:at sun\nb:at t\nb:at test\nb:at the\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attribute access\nb:attribute of\nb:audit due\nb:audit fix\nb:audit for\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:authenticating and\nb:author microsoft\nb:auto update\nb:automatic dependency\nb:available checksums\nb:avg c\nb:avoid a\nb:avoid using\nb:awesomeness has\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure archive\nb:azure devops\nb:azure pipelines\nb:b 0\nb:b a\nb:b b\nb:b build\nb:b c\nb:b d55\nb:b e\nb:b err\nb:b f\nb:b i\nb:b l\nb:b main\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b1a9 travis\nb:b1f0ba2 0\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b_ a\nb:b_ t\nb:babel parser\nb:backend api\nb:backend ci\nb:backend svc\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base base\nb:base container\nb:base h\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bb code\nb:bc run\nb:be 0\nb:be a\nb:be because\nb:be built\nb:be completed\nb:be converted\nb:be empty\nb:be equal\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be one\nb:be reformatted\nb:be resolved\nb:be reused\nb:be run\nb:be strictly\nb:be suffixed\nb:be true\nb:be truthy\nb:be unexported\nb:be updated\nb:be used\nb:because flutter_api_samples\nb:because locked\nb:because no\nb:because of\nb:because the\nb:been created\nb:been deprecated\nb:been moved\nb:been received\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before continuing\nb:before declaration\nb:before it\nb:before making\nb:before the\nb:before token\nb:behind a\nb:being treated\nb:belanyi fr\nb:berui kotlin\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin dsafio\nb:bin git\nb:bin go\nb:bin links\nb:bin ninja\nb:bin node\nb:bin npm\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:bind home\nb:bind p\nb:bintray com\nb:bitwise warnings\nb:bk ci\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blocks its\nb:blur cpp\nb:bodies of\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:branch main\nb:branch master\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridgecrewio checkov\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:build 0\nb:build agent\nb:build and\nb:build as\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build codec_test\nb:build ctest\nb:build d\nb:build date\nb:build dev\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build g\nb:build gradle\nb:build has\nb:build id\nb:build itself\nb:build j2\nb:build john\nb:build libs\nb:build log\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build or\nb:build output\nb:build prod\nb:build project\nb:build property\nb:build queued\nb:build reference\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build test\nb:build timed\nb:build type\nb:build ubuntu\nb:build variables\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:builds acme\nb:builds ci\nb:builds jobsys\nb:builds platform\nb:builds private\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundlers node_modules\nb:busted test\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by summing\nb:by the\nb:by this\nb:by time\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c e\nb:c gcc\nb:c h\nb:c i\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c p\nb:c program\nb:c python\nb:c r\nb:c s\nb:c s0103\nb:c s0246\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c text\nb:c u\nb:c users\nb:c v\nb:c w\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c1d2e3 update\nb:c1e 0\nb:c2065 current\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache bazel\nb:cache dir\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache npm\nb:cache opt\nb:cache restored\nb:cache service\nb:cache size\nb:cache true\nb:cached dependency\nb:cachedir pytest_cache\nb:call failed\nb:callback until\nb:called if\nb:calls runtime\nb:can be\nb:can cause\nb:can find\nb:can fix\nb:can happen\nb:can only\nb:can t\nb:can use\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:captioner py\nb:cardreader cs\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo test\nb:cargo toml\nb:cart cart\nb:cart feature\nb:cart git\nb:cart js\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:catch err\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd exit\nb:cd var\nb:cell 0\nb:central https\nb:cfg conf\nb:cfg dotfiles\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:changed but\nb:changed significantly\nb:changed source\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check default\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking job\nb:checking out\nb:checkout deploy\nb:checkout f\nb:checkout ledger\nb:checkout s\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:christophe documents\nb:chunks dep\nb:ci 0\nb:ci agent\nb:ci build\nb:ci can\nb:ci dockerfile\nb:ci sardonyx\nb:ci src\nb:ci worker\nb:circle c\nb:circleci project\nb:circus build\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:client api\nb:client git\nb:client retry\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client ts\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:cloning into\nb:close the\nb:closed during\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code c\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code foundation\nb:code loomy\nb:code paisa\nb:code style\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codegen cpp\nb:codehaus mojo\nb:col 0\nb:collect2 error\nb:collected 0\nb:collecting collected\nb:collecting tests\nb:collection import\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com data\nb:com default\nb:com embedded\nb:com ethereum\nb:com example\nb:com extraheader\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com http\nb:com increase\nb:com infra\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com lowagie\nb:com mani\nb:com maps\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com rails\nb:com repos\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com ubuntu\nb:com usnistgov\nb:command bin\nb:command c\nb:command command\nb:command did\nb:command exited\nb:command failed\nb:command home\nb:command in\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command usr\nb:command_spec lua\nb:commas inside\nb:comment or\nb:commit 0\nb:commit message\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison to\nb:compatible set\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile orders\nb:compile release\nb:compile swift\nb:compile tally\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling c\nb:compiling distribution\nb:compiling stackage\nb:compiling stg\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed is\nb:completed with\nb:compliant with\nb:component 0\nb:component html\nb:component_test ts\nb:components small\nb:composer json\nb:composer plugin\nb:composer update\nb:compute agent\nb:compute cache\nb:computed to\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:config c\nb:config changes\nb:config cmake\nb:config config\nb:config file\nb:config get\nb:config git\nb:config isn\nb:config js\nb:config nim\nb:config remote\nb:config set\nb:config trim_trailing_whitespace\nb:configr configr\nb:configuration classpath\nb:configuration file\nb:configuring done\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect connection\nb:connect e\nb:connect to\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection timed\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider using\nb:console error\nb:console statement\nb:const instead\nb:const label\nb:consumer http\nb:contain a\nb:container 0\nb:container build\nb:container fragment\nb:content hash\nb:content security\nb:content type\nb:contents read\nb:context anonymous\nb:context deadline\nb:context home\nb:context of\nb:continue due\nb:controller java\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core app\nb:core csproj\nb:core jar\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could be\nb:could not\nb:couldn t\nb:count 0\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coverage 0\nb:coverage badge\nb:covered class\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu family\nb:cpu x86_64\nb:cr 0\nb:crates io\nb:crc builddir\nb:crc crc\nb:create meeting\nb:create seed\nb:created at\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials specified\nb:credentials true\nb:critical 0\nb:cronjs parser\nb:cross site\nb:crypto_sign falcon\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:cspell json\nb:csproj 0\nb:csproj error\nb:csproj in\nb:cstuff hashmap\nb:csys 0\nb:ctest changing\nb:ctest test\nb:curl 0\nb:curl f\nb:current agent\nb:current context\nb:current image\nb:current n\nb:current runner\nb:current undeclared\nb:cusr 0\nb:custom british\nb:cwiki apache\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d c\nb:d clippy\nb:d ds\nb:d e\nb:d e_\nb:d f\nb:d failure\nb:d i\nb:d in\nb:d is\nb:d k\nb:d k1045\nb:d key\nb:d l\nb:d l3013\nb:d m\nb:d math\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d t\nb:d tests\nb:d timed\nb:d u\nb:d variable\nb:d warnings\nb:d x\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d_ a\nb:d_ l\nb:d_ t\nb:daemon at\nb:daemon running\nb:daemon toomanyrequests\nb:dangerously allow\nb:dart 0\nb:dart md\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data local\nb:data main\nb:data roaming\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date with\nb:dates dates\nb:david projects\nb:days test\nb:db git\nb:dbkit integration\nb:deadline exceeded\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debug 0\nb:debug deps\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug target\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations move\nb:declarative checkout\nb:deep equal\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:default and\nb:default cli\nb:default compile\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default test\nb:default the\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defs annotation\nb:delay 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:demospring rest\nb:denial of\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies n\nb:dependencies so\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependency conflicts\nb:dependency is\nb:dependency lock\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated raise\nb:deprecated use\nb:deprecation warning\nb:deps get\nb:depth 0\nb:depth set\nb:dereferenced by\nb:description get\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop test\nb:destructure property\nb:detached h\nb:details feature\nb:details https\nb:detect undefined\nb:detected for\nb:detected in\nb:detecting c\nb:detector test\nb:detectors android\nb:dev 0\nb:dev optional\nb:dev rnp\nb:dev src\nb:dev templates\nb:dev vuln\nb:device home\nb:devops pipelines\nb:diagnostics debug\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:directive or\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory true\nb:disable the\nb:disabled by\nb:discount code\nb:dispatch v1\nb:display m\nb:dist build\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution temurin\nb:django contrib\nb:do not\nb:do s\nb:doc tests\nb:docker 0\nb:docker build\nb:docker com\nb:docker daemon\nb:docker error\nb:docker executor\nb:docker image\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:docs concepts\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs template\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documents code\nb:documents source\nb:documents visual\nb:does not\nb:doesn t\nb:don t\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet download\nb:dotnet sdk\nb:dotnet src\nb:dotnet temporalio\nb:dotnet10 dotnet\nb:double quote\nb:download all\nb:download app\nb:download info\nb:download page\nb:download the\nb:downloading flutter\nb:downloading task\nb:downloads example\nb:drone git\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duplicate selector\nb:duplicate selectors\nb:duration 0\nb:during collection\nb:during stage\nb:during the\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e build\nb:e c\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e d\nb:e d_\nb:e f\nb:e failed\nb:e fix\nb:e full\nb:e home\nb:e is\nb:e l\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e o\nb:e p\nb:e q\nb:e r\nb:e release\nb:e s\nb:e specification\nb:e switch\nb:e t\nb:e u\nb:e unable\nb:e where\nb:e work\nb:e x\nb:e0277 a\nb:e0308 mismatched\nb:e0401 unable\nb:e0425 cannot\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ b\nb:e_ c\nb:e_ d\nb:e_ p\nb:e_path cc\nb:echo build\nb:eclipse jetty\nb:edeandrea xjc\nb:edge proxy\nb:editor config\nb:egeria open\nb:either target\nb:elapsed 0\nb:elapsed time\nb:elements of\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embedded ringbuf\nb:embedded units\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty subject\nb:en latest\nb:enable full\nb:encoding u\nb:end of\nb:end with\nb:endpoints proto\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entities js\nb:entities lib\nb:entry for\nb:entrypoint file\nb:env 0\nb:env g\nb:environment 0\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variable\nb:environment will\nb:eo pipefail\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:erb 0\nb:erl 0\nb:err http\nb:err message\nb:err typecheck\nb:error 0\nb:error a\nb:error allow\nb:error and\nb:error assert\nb:error at\nb:error attempt\nb:error c\nb:error c2065\nb:error can\nb:error cannot\nb:error code\nb:error command\nb:error could\nb:error deployment\nb:error during\nb:error e\nb:error e0277\nb:error e0308\nb:error e0425\nb:error empty\nb:error encountered\nb:error error\nb:error executing\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error fetch\nb:error files\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error install\nb:error instead\nb:error key\nb:error killed\nb:error ld\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error no\nb:error not\nb:error occurred\nb:error on\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error run\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error test\nb:error the\nb:error this\nb:error time\nb:error timed\nb:error timeout\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error unused\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors in\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:ev issue\nb:evaluate option\nb:evaluator test\nb:even 0\nb:ex 0\nb:ex unit\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example exs\nb:example github\nb:example lint\nb:example net\nb:example org\nb:example port\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exception connection\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exception was\nb:exclude tests\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:executer execute\nb:executer java\nb:executing command\nb:executing step_script\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist in\nb:exist with\nb:existing resource\nb:exit 0\nb:exit code\nb:exit or\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect received\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected null\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit force\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export buttons\nb:export const\nb:export function\nb:exported exported\nb:exported method\nb:exported type\nb:express typescript\nb:expression creates\nb:expression has\nb:external packages\nb:extra node_modules\nb:extra semicolon\nb:f 0\nb:f a\nb:f c\nb:f f\nb:f i\nb:f l\nb:f o\nb:f p\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure to\nb:failures 0\nb:falcon 0\nb:false to\nb:false true\nb:family x86_64\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features plugins\nb:features seeds\nb:features steps\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch http\nb:fetch js\nb:fetch py\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching the\nb:few minutes\nb:field browser\nb:field name\nb:file 0\nb:file based\nb:file c\nb:file details\nb:file does\nb:file error\nb:file extension\nb:file f\nb:file failed\nb:file from\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file provided\nb:file run\nb:file src\nb:file test\nb:file this\nb:file to\nb:file users\nb:file would\nb:files 0\nb:files are\nb:files c\nb:files copy\nb:files file\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files ringbuf\nb:files run\nb:files tests\nb:files to\nb:files took\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:finalize job\nb:finance billing\nb:find a\nb:find com\nb:find element\nb:find gem\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished s\nb:finished test\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first in\nb:first out\nb:first person\nb:first used\nb:first_upper s\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed in\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter release\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt check\nb:fn first_upper\nb:fn is_empty_list\nb:fn once\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following vulnerability\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for async\nb:for configuration\nb:for details\nb:for funding\nb:for further\nb:for git\nb:for help\nb:for https\nb:for installation\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for project\nb:for projects\nb:for python\nb:for registry\nb:for rust\nb:for setup\nb:for stable\nb:for swift\nb:for system\nb:for task\nb:for the\nb:for this\nb:for ubuntu\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force evaluate\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:fork src\nb:form vue\nb:format failed\nb:format h\nb:format violations\nb:formatter would\nb:found 0\nb:found are\nb:found at\nb:found b\nb:found before\nb:found composer\nb:found error\nb:found errors\nb:found fatal\nb:found for\nb:found in\nb:found packages\nb:found return\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fp4 home\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework inference\nb:framework src\nb:framework test\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from c\nb:from commit\nb:from daemon\nb:from distribution\nb:from file\nb:from git\nb:from home\nb:from https\nb:from instrument\nb:from ledger\nb:from lock\nb:from material\nb:from node\nb:from src\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from typing\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:frontend src\nb:frozen false\nb:frozen installation\nb:frozen lockfile\nb:fs js\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full stack\nb:func1 0\nb:function fn\nb:function j\nb:function spec\nb:function total\nb:functionality has\nb:functions are\nb:fund for\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g h\nb:g i\nb:g job\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g on\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g4q xg66\nb:g_ m\nb:gateway addresses\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gconnect 0\nb:gcr io\nb:gem install\nb:gemfile lock\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate the\nb:generated 0\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator next\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get a\nb:get cache\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get install\nb:get more\nb:get selected\nb:get sources\nb:get the\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting source\nb:ggml c\nb:gi b\nb:git belanyi\nb:git bin\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git could\nb:git dependency\nb:git depth\nb:git dir\nb:git example\nb:git exe\nb:git fetch\nb:git github\nb:git https\nb:git hub\nb:git init\nb:git log\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git sr\nb:git submodules\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:github aashish\nb:github com\nb:github edeandrea\nb:github io\nb:github repo\nb:github workspace\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glob 0\nb:glob versions\nb:global git\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go pkg\nb:go protoparser\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got the\nb:gpg could\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle exception\nb:gradle execution\nb:gradle internal\nb:gradle kotlin\nb:gradle kts\nb:gradle org\nb:gradle plugin\nb:greater than\nb:green 0\nb:greeting component_test\nb:grep v\nb:grgit 0\nb:groups get\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:h 0\nb:h a\nb:h amd64\nb:h cannot\nb:h e\nb:h h600\nb:h i\nb:h o\nb:h p\nb:h ref\nb:h s\nb:h t\nb:h u\nb:h0m0s timeout\nb:h600 compilation\nb:had changes\nb:handbook docs\nb:handle standard\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has correct\nb:has exceeded\nb:has no\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash validation\nb:hashicorp aws\nb:hashmap hashmap\nb:haskell cabal\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have added\nb:have been\nb:have comment\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:header filter\nb:header in\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help change\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help you\nb:helper py\nb:here for\nb:here is\nb:hhp hs\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:hint make\nb:hint used\nb:hit for\nb:hive simulators\nb:home abuild\nb:home breadcrumbs\nb:home cholerae\nb:home circleci\nb:home dev\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html entities\nb:html erb\nb:html needless_borrow\nb:html needless_return\nb:html shell\nb:http 0\nb:http archive\nb:http azure\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http_client 0\nb:https aka\nb:https api\nb:https bandit\nb:https conda\nb:https docs\nb:https downloads\nb:https git\nb:https github\nb:https go\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https osv\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https spdx\nb:https www\nb:hub action\nb:hub actions\nb:i 0\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i g_\nb:i get\nb:i in\nb:i info\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i p\nb:i phreeqc\nb:i price\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i t\nb:i try\nb:i u\nb:i unsafe\nb:i x\nb:ibis bigquery\nb:icons mdi\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:identifier of\nb:identifier read\nb:idx 0\nb:if c\nb:if i\nb:if items\nb:if n\nb:if notified\nb:if out\nb:if returning\nb:if the\nb:if this\nb:if true\nb:if v\nb:if you\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:image debian\nb:image docker\nb:image golang\nb:image node\nb:image provisioner\nb:image python\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images ubuntu\nb:images windows\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc src\nb:immediately dereferenced\nb:implementation of\nb:implemented for\nb:implications associated\nb:implied by\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import os\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib init__\nb:importlib report\nb:imports are\nb:imports on\nb:in 0\nb:in a\nb:in action\nb:in apt\nb:in assignment\nb:in async\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in d\nb:in deploy\nb:in deployment\nb:in file\nb:in first\nb:in function\nb:in go\nb:in home\nb:in import_module\nb:in module\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in source\nb:in src\nb:in stdlib\nb:in sync\nb:in the\nb:in this\nb:in thread\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:include workspace\nb:included software\nb:incompatible types\nb:inconsistent vendoring\nb:inconsistent with\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicate success\nb:indicates a\nb:ineffective mark\nb:inference targets\nb:info 0\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info msg\nb:info or\nb:info syncing\nb:information 0\nb:information about\nb:information visit\nb:infra mirror\nb:infra retry\nb:init d\nb:init home\nb:init__ py\nb:initialize job\nb:initialized empty\nb:initializing the\nb:inlang settings\nb:inner declarations\nb:input files\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install and\nb:install before\nb:install dependencies\nb:install error\nb:install frozen\nb:install g\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install v1\nb:install which\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing environment\nb:instance of\nb:instance travis\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:int as\nb:int cannot\nb:int error_count\nb:integration integration\nb:integrity check\nb:intentional prefix\nb:interface tools\nb:internal 0\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal modules\nb:internal mojo\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into a\nb:into directory\nb:into example\nb:invalid_ testing\nb:inventory inventory\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io en\nb:io hashicorp\nb:io i\nb:io index\nb:io rust\nb:iot sensor\nb:ipynb cell\nb:is 0\nb:is a\nb:is an\nb:is assigned\nb:is available\nb:is called\nb:is canceled\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is disabled\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is in\nb:is inconsistent\nb:is intentional\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is recommended\nb:is required\nb:is stopped\nb:is the\nb:is undefined\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:isn t\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:it can\nb:it fails\nb:it for\nb:it has\nb:it i\nb:it resolves\nb:it s\nb:it should\nb:it starts\nb:it was\nb:it with\nb:item costing\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:its network\nb:its progress\nb:j a\nb:j d\nb:j s\nb:j2 c\nb:jar 0\nb:jar c\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jest circus\nb:job 0\nb:job cleanup\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:jobs and\nb:john sundell\nb:jonesn idea\nb:jooq gradle\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:julia stdlib\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:k 0\nb:k a\nb:k b\nb:k does\nb:k e\nb:k e_\nb:k f\nb:k f_to_c\nb:k from\nb:k i\nb:k n\nb:k t\nb:k that\nb:k version\nb:k1045 the\nb:k8s deploy\nb:kata check_s390x_test\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key error\nb:key failed\nb:key not\nb:key should\nb:key the\nb:keygen c\nb:keymanapp dependency\nb:keystore models_test\nb:keyword parameter\nb:ki b\nb:killed signal\nb:kiriyaga nami\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:kotlin dsl\nb:kotlin koans\nb:kotlin plugins\nb:kt 0\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l returned\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y\nb:l3013 pin\nb:l_ u\nb:label n\nb:landing landing\nb:lando lando\nb:lando netfx40\nb:lang github\nb:lang modules\nb:lang r\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:latest blacklists\nb:latest false\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy peer\nb:len 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:let or\nb:let sum\nb:let top\nb:level 0\nb:level info\nb:level package\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib example\nb:lib gconnect\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib jenkins\nb:lib lib\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:library core\nb:library for\nb:libtonode tests\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license list\nb:license needs\nb:license ref\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses or\nb:licenses without\nb:lifecycle internal\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line length\nb:line of\nb:line too\nb:lines of\nb:link build\nb:link plugins\nb:link type\nb:link u\nb:linked openproject\nb:linker for\nb:linkid 0\nb:linking c\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint correctness\nb:lint detectors\nb:lint found\nb:lint https\nb:lint report\nb:lint suspicious\nb:linted 0\nb:linux amd64\nb:linux extras\nb:linux gnu\nb:linux nopie\nb:linux or\nb:linux python\nb:linux small\nb:linux x64\nb:liquid haskell\nb:liquidhaskell cabal\nb:list found\nb:list of\nb:list stub\nb:lite badge\nb:littpi net\nb:live log\nb:llama cpp\nb:load 0\nb:load database\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading for\nb:local go\nb:local lib\nb:local microsoft\nb:local package\nb:local pf\nb:local share\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location path\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log of\nb:log output\nb:logging output\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:looking for\nb:looking in\nb:looks like\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low go\nb:lowagie pdfkit\nb:lower or\nb:lower snake\nb:lower_snake_case such\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m b\nb:m bs\nb:m change\nb:m d013\nb:m e\nb:m error\nb:m execution\nb:m failed\nb:m i\nb:m is\nb:m l\nb:m m\nb:m npm\nb:m o\nb:m p\nb:m pytest\nb:m run\nb:m s\nb:m start\nb:m t\nb:m w\nb:m0s this\nb:m2 settings\nb:m2 toolchains\nb:m2repository com\nb:m_ l\nb:m_ n\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:made by\nb:maierj fastlane\nb:main c\nb:main go\nb:main i\nb:main java\nb:main js\nb:main main\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main yml\nb:main zig\nb:make 0\nb:make error\nb:make files\nb:make j2\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:making global\nb:manager gitlab\nb:manager go\nb:mani fork\nb:mani lang\nb:manually started\nb:many requests\nb:many return\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:marked as\nb:marketing landing\nb:marking the\nb:master https\nb:master index\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matching distribution\nb:matching files\nb:matching package\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:max git\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:may be\nb:may increase\nb:may not\nb:may take\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:me kiriyaga\nb:measured 0\nb:megalinter io\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:meson build\nb:meson setup\nb:message custom\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata org\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method parentheses\nb:method running\nb:metrics counter\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:minutes 0\nb:minutes marking\nb:mirror sync\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing binary\nb:missing docstring\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mod but\nb:mod readonly\nb:mode after\nb:mode disable\nb:mode m\nb:model bin\nb:model test\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module home\nb:module importlib\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules cjs\nb:modules find\nb:modules packages\nb:modules txt\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:more dependencies\nb:more details\nb:more info\nb:more information\nb:more log\nb:more than\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms dotnet\nb:ms exceeded\nb:ms for\nb:ms lib\nb:msg loaded\nb:msg process\nb:msg reading\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple___ spaces\nb:multiplication with\nb:must be\nb:must end\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:n 0\nb:n a\nb:n actionlint\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n skipping\nb:n t\nb:n test\nb:n tools\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ e\nb:name actionpack\nb:name azure\nb:name build\nb:name err\nb:name fv\nb:name gateway\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name or\nb:name test\nb:name w\nb:name_ should_\nb:named shapely\nb:namespace has\nb:namespace name\nb:native build\nb:native castle\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:needs network\nb:needs review\nb:needs to\nb:nested steps\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netfx40 csproj\nb:netkit backoff\nb:netkit fetcher\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network git\nb:network if\nb:network request\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new object\nb:new ref\nb:newline after\nb:newline n\nb:newtonsoft json\nb:next anonymous\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:no audit\nb:no cache\nb:no cacheprovider\nb:no color\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no unused\nb:no var\nb:no versions\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node sha256\nb:node v10\nb:node v20\nb:node v4\nb:node version\nb:node_config in\nb:node_modules babel\nb:node_modules jest\nb:node_modules material\nb:node_modules node\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules uvu\nb:node_modules vite\nb:nodesecurity io\nb:non existing\nb:non matching\nb:non zero\nb:none any\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not find\nb:not finish\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not run\nb:not set\nb:not support\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note referenced\nb:note some\nb:note warn\nb:notebook cleanup\nb:notes app\nb:nothing provides\nb:notice s\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify svc\nb:notify test\nb:now at\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm config\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx eslint\nb:npx jest\nb:npx vitest\nb:ntp verify\nb:nu get\nb:nuget org\nb:null 0\nb:null continue\nb:null null\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:nvm versions\nb:o 0\nb:o a\nb:o b\nb:o building\nb:o compiling\nb:o d\nb:o detecting\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o i\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o0 o\nb:o111 m\nb:o2 wall\nb:o_ m\nb:object anonymous\nb:object c\nb:object is\nb:object where\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:oes src\nb:of 0\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of different\nb:of false\nb:of get\nb:of is\nb:of its\nb:of l\nb:of left\nb:of locate\nb:of memory\nb:of module\nb:of namespace\nb:of p\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of req\nb:of service\nb:of spaces\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:offenses detected\nb:offline during\nb:offline mode\nb:offline packages\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:ole planet\nb:on 0\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on dependencies\nb:on device\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on runner\nb:on swift\nb:on the\nb:on this\nb:on your\nb:once call_once\nb:once installed\nb:one of\nb:one or\nb:onepager component\nb:onepager onepager\nb:only allow\nb:oo8i vb\nb:opam 0\nb:opam opam\nb:open deep\nb:open metadata\nb:open protocol\nb:openemr services\nb:openemr sites\nb:openproject gitlab_integration\nb:operating system\nb:operation could\nb:operation timed\nb:operation was\nb:ops deploy\nb:ops function\nb:opt android\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option to\nb:optional peer\nb:options execute\nb:or a\nb:or an\nb:or any\nb:or be\nb:or blocks\nb:or cd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or lower\nb:or more\nb:or namespace\nb:or npm\nb:or one\nb:or pass\nb:or service\nb:or something\nb:or that\nb:or windows\nb:order java\nb:order service\nb:ordered fetch\nb:orders git\nb:orders order\nb:orders service\nb:orders src\nb:org ajoberstar\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org eclipse\nb:org example\nb:org gradle\nb:org junit\nb:org licenses\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin main\nb:origin url\nb:orphan processes\nb:os imported\nb:osv dev\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output run\nb:output src1489103279\nb:over elements\nb:override d\nb:overriding h\nb:overwrite settings\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p l\nb:p m\nb:p m_\nb:p n\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:package a\nb:package configuration\nb:package content\nb:package cosmos\nb:package d\nb:package dependencies\nb:package for\nb:package github\nb:package handle\nb:package is\nb:package jdk\nb:package json\nb:package level\nb:package lock\nb:package name\nb:package pkg\nb:package resolved\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages lock\nb:packages net\nb:packages nuget\nb:packages please\nb:packages react\nb:packages src\nb:packages when\nb:pad failed\nb:padding spaces\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:panic free\nb:panic ok\nb:panic test\nb:panicked at\nb:panicking rs\nb:parameter equals\nb:parameter of\nb:parentheses are\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse resolve\nb:parse test\nb:parse units\nb:parse_test go\nb:parser from\nb:parser hs\nb:parser lib\nb:parser parse\nb:parser py\nb:parser rs\nb:parser test\nb:parsing a\nb:part of\nb:partition 0\nb:pasha code\nb:pass an\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:password g\nb:patched versions\nb:path 0\nb:path is\nb:path opt\nb:path tex\nb:pathutil pathutil\nb:pattern go\nb:pdfkit core\nb:pdfkit pdfkit\nb:peer deps\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:perf data\nb:performance tests\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:php 0\nb:php array\nb:php return\nb:php v2\nb:phpkit slugger\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:pid 0\nb:pin versions\nb:pip 0\nb:pip audit\nb:pip instead\nb:pip vendor\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:planet myplanet\nb:please read\nb:please run\nb:please update\nb:please upgrade\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins are\nb:plugins linked\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:pmd foo\nb:pmd plugin\nb:pnpm install\nb:pods 0\nb:poetry lock\nb:policy deny_test\nb:pool host\nb:pool main\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post job\nb:post resolution\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:pr go\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparing the\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:prettier check\nb:prettier with\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem with\nb:problems 0\nb:proceed with\nb:process completed\nb:process did\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:processing wheels\nb:processor should\nb:prod exited\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:programming scratch\nb:progress deadline\nb:progress meter\nb:project 0\nb:project dependencies\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project name\nb:project org\nb:project src\nb:project test\nb:project version\nb:project w\nb:projectcleverweb lastautoindex\nb:projects egeria\nb:projects openemr\nb:projects users\nb:promise ensure\nb:properly see\nb:properties of\nb:property line\nb:property or\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:pub fn\nb:public acls\nb:public class\nb:pull 0\nb:pull image\nb:pull rate\nb:pulling docker\nb:push 0\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py reports\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_low_stock_threshold\nb:py test_restock_adds\nb:py test_timeout_is_retried\nb:py3 none\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python m\nb:python names\nb:python sha256\nb:python v5\nb:python version\nb:python3 0\nb:q l_\nb:q p\nb:q u\nb:qty 0\nb:quant timeseries\nb:queue js\nb:queue queue\nb:queued 0\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r e\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r https\nb:r i\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r m\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r retrying\nb:r s\nb:r script\nb:r see\nb:r stack\nb:r t\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r var\nb:r x\nb:r y\nb:r_ a\nb:r_ p\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:range start\nb:rate limit\nb:ratelimit ratelimit\nb:ray6y documents\nb:rb 0\nb:re run\nb:reached the\nb:reached your\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read errors\nb:read file\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:reading prototype\nb:readme md\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:recieve the\nb:recognized word\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:ref 0\nb:ref and\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:reference c\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:reg exp\nb:register layer\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry terraform\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release cmake\nb:release gpg\nb:release kotlin\nb:release sh\nb:release skipped\nb:release target\nb:release timed\nb:release yml\nb:releases protoc\nb:releases tag\nb:remote add\nb:remote git\nb:remote origin\nb:remotes origin\nb:remove build\nb:remove return\nb:remove the\nb:remove unused\nb:renamed to\nb:render engine\nb:renders the\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report at\nb:report attribute\nb:report py\nb:reported issue\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repository acme\nb:repository actions\nb:repository apis\nb:repository dtolnay\nb:repository embedded\nb:repository fintech\nb:repository https\nb:repository in\nb:repository maps\nb:repository maven\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:req capability\nb:request handler\nb:request timed\nb:request to\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required plugins\nb:required tasks\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset by\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolve s\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resolving to\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response status\nb:rest src\nb:restore cache\nb:restore can\nb:restore to\nb:restored successfully\nb:restricted to\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry retry\nb:retrying fetch\nb:return 0\nb:return bootstrap\nb:return statement\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned error\nb:returned exit\nb:returning a\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:rev parse\nb:review other\nb:revision 0\nb:revive exported\nb:right failed\nb:ring test\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root md\nb:root project\nb:rootdir home\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs cargo\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs tmp\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby json\nb:ruby version\nb:rubygems org\nb:ruff check\nb:ruff format\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run build\nb:run can\nb:run cargo\nb:run cmake\nb:run composer\nb:run curl\nb:run dtolnay\nb:run elm\nb:run failed\nb:run go\nb:run gradlew\nb:run index\nb:run js\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run pip\nb:run poetry\nb:run prettier\nb:run profiler\nb:run python\nb:run restore\nb:run rustup\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run tsc\nb:run uv\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner git\nb:runner go\nb:runner has\nb:runner image\nb:runner images\nb:runner is\nb:runner m2\nb:runner npm\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs of\nb:runtime test\nb:rust 0\nb:rust clippy\nb:rust lang\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s c\nb:s c2086\nb:s c2164\nb:s chars\nb:s connection\nb:s create\nb:s d\nb:s e\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s microsoft\nb:s o\nb:s on\nb:s p\nb:s q\nb:s rx\nb:s s\nb:s score\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s0246 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s3 block\nb:s6 vzpvo\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:script build\nb:script contents\nb:script heap\nb:script on\nb:script returned\nb:script s\nb:scripts deploy\nb:scripts git\nb:scripts load\nb:scripts no\nb:sdk 0\nb:sdk api\nb:sdk dotnet\nb:sdk js\nb:sdk linux\nb:sdk targets\nb:sdk telemetry\nb:sdks microsoft\nb:search ts\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secs 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security cryptography\nb:security implications\nb:security issue\nb:security policy\nb:security vulnerability\nb:see a\nb:see also\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:send email\nb:sensor c\nb:sensor sensor\nb:sequential filter_numbers\nb:server 0\nb:server id\nb:server message\nb:server password\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service git\nb:service in\nb:service is\nb:service not\nb:service orders\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set to\nb:set up\nb:setting java\nb:settings component\nb:settings true\nb:settings xml\nb:setup builddir\nb:setup go\nb:setup java\nb:setup node\nb:setup php\nb:setup python\nb:severity 0\nb:severity e\nb:severity error\nb:severity vulnerability\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh tmp\nb:sha256 0\nb:share cmake\nb:share dotnet\nb:share julia\nb:shared rollup\nb:shared updates\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shivammathur setup\nb:shop cart\nb:shop web\nb:shopco orders\nb:shopco shop\nb:shopco storefront\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should_ fail\nb:show app\nb:shrinkwrap json\nb:shutdown signal\nb:side of\nb:sidekick apis\nb:signal terminated\nb:signal this\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulators ethereum\nb:sin lat2\nb:since it\nb:since poetry\nb:site command\nb:site docs\nb:site scripting\nb:sites default\nb:size is\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping git\nb:skipping integrity\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so restore\nb:sockeye image_captioning\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source dir\nb:source file\nb:source from\nb:source s\nb:source tree\nb:source tutor\nb:sources from\nb:space berui\nb:space left\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spdx org\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified in\nb:specifiers in\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:sr ht\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src client\nb:src codegen\nb:src com\nb:src components\nb:src copy\nb:src drone\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src index\nb:src invoice\nb:src iter\nb:src lib\nb:src liquid\nb:src main\nb:src newtonsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src scene\nb:src search\nb:src sidekick\nb:src source\nb:src src\nb:src stg\nb:src task\nb:src tclint\nb:src template\nb:src temporalio\nb:src test\nb:src testing\nb:src time\nb:src tools\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable profile\nb:stable s\nb:stable x86_64\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start cleaning\nb:start line\nb:start of\nb:start tracking\nb:started by\nb:started runner\nb:starter 0\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:starts with\nb:starves it\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stdlib go1\nb:stdlib v1\nb:stdune 0\nb:step 0\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:storefront storefront\nb:str usize\nb:stream vbyte\nb:strict allow\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string instead\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:structure test\nb:stub files\nb:studio 0\nb:studio offline\nb:style issues\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subtests node\nb:succeeded 0\nb:success 0\nb:successfully got\nb:successfully set\nb:such as\nb:such file\nb:suffixed with\nb:suite php\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:sun nio\nb:sundell files\nb:support appcompat\nb:support targeting\nb:supported file\nb:supports git\nb:supports n\nb:sure it\nb:sure that\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc go\nb:svc notify\nb:svg from\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch to\nb:switched to\nb:symbol class\nb:sync client\nb:sync from\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:system text\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t contain\nb:t continue\nb:t core\nb:t could\nb:t d\nb:t defined\nb:t e\nb:t exist\nb:t f\nb:t found\nb:t from\nb:t g\nb:t h\nb:t h_\nb:t i\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t line\nb:t load\nb:t m\nb:t match\nb:t o\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t sdk\nb:t slug\nb:t t\nb:t target\nb:t test\nb:t type\nb:t wstat\nb:t y\nb:t09 0\nb:t10_00_00_000 z\nb:t12 0\nb:t17 0\nb:t20 0\nb:t21 0\nb:t_ b\nb:tabs tabs\nb:tabs ts\nb:tag must\nb:tags false\nb:take a\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar gz\nb:tarball 0\nb:tarball error\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target n\nb:target s\nb:targeting n\nb:targets 0\nb:targets microsoft\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task get\nb:task key\nb:task kt\nb:task persona_flutter\nb:task prebuild\nb:task_queues 0\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:telemetry sdk\nb:temp 0\nb:template ts\nb:templates tests\nb:temporalio csproj\nb:temporalio sln\nb:temporalio temporalio\nb:temporarily overriding\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform io\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test coverage\nb:test creating\nb:test days\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test files\nb:test from\nb:test get\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kt\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test multiplication\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test perf\nb:test php\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test test\nb:test test_minitest_sprint\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test v\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests did\nb:tests failed\nb:tests failing\nb:tests files\nb:tests from\nb:tests func1\nb:tests in\nb:tests integration\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests__ evaluator\nb:tex range\nb:text json\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than or\nb:than the\nb:thapa wlctl\nb:that are\nb:that does\nb:that have\nb:that is\nb:that it\nb:that need\nb:that satisfies\nb:that supports\nb:that terminates\nb:that the\nb:that two\nb:the 0\nb:the ability\nb:the above\nb:the agent\nb:the ammount\nb:the apache\nb:the artifact\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the conflict\nb:the constraint\nb:the context\nb:the coverage\nb:the current\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the exception\nb:the expected\nb:the expression\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the frozen\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the host\nb:the install\nb:the installation\nb:the job\nb:the last\nb:the latest\nb:the license\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the mix\nb:the module\nb:the n\nb:the name\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the packages\nb:the path\nb:the process\nb:the project\nb:the proxy\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the restore\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the sync\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the update\nb:the value\nb:the version\nb:the x\nb:there are\nb:there is\nb:there were\nb:these values\nb:this build\nb:this can\nb:this command\nb:this environment\nb:this error\nb:this expression\nb:this functionality\nb:this id\nb:this install\nb:this is\nb:this may\nb:this might\nb:this potentially\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:thread main\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timeseries timeseries\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title n\nb:title want\nb:tmp build\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to build\nb:to but\nb:to capture\nb:to central\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to connect\nb:to continue\nb:to copy\nb:to date\nb:to detect\nb:to display\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to failed\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to generate\nb:to get\nb:to git\nb:to have\nb:to high\nb:to home\nb:to ignore\nb:to import\nb:to install\nb:to java\nb:to l\nb:to load\nb:to make\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to override\nb:to parameter\nb:to parse\nb:to prevent\nb:to pull\nb:to re\nb:to read\nb:to register\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to run\nb:to s\nb:to see\nb:to select\nb:to self\nb:to show\nb:to solve\nb:to start\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to unsigned\nb:to update\nb:to upgrade\nb:to use\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:token 0\nb:tokens on\nb:toml 0\nb:toml changed\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool is\nb:toolbox toolbox\nb:toolchain install\nb:toolchain stable\nb:toolchains xml\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace of\nb:track origin\nb:tracking orphan\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree demospring\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:true failed\nb:true object\nb:true to\nb:true truthy\nb:truncate test\nb:trusty updates\nb:truthy value\nb:try rustc\nb:try to\nb:trying to\nb:ts 0\nb:ts cart\nb:ts format\nb:ts git\nb:ts invoices\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:two arrays\nb:two strings\nb:txt 0\nb:type answer\nb:type error\nb:type hard\nb:type int\nb:type is\nb:type native\nb:type number\nb:type or\nb:type running\nb:type string\nb:type u32\nb:types 0\nb:types in\nb:types int\nb:types react\nb:typescript starter\nb:typescript version\nb:typing import\nb:typing list\nb:typo location\nb:u 0\nb:u b_\nb:u c\nb:u d\nb:u g\nb:u i\nb:u l\nb:u m\nb:u n\nb:u p\nb:u r\nb:u s\nb:u t\nb:u1004 the\nb:u1101 unable\nb:u1403 package\nb:u1903 warning\nb:u32 cannot\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu pool\nb:ubuntu ubuntu2404\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ui ab0x\nb:ui app\nb:ui core\nb:ui styles\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown linux\nb:unknown word\nb:unneeded return\nb:unoptimized debuginfo\nb:unordered key\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsatisfiable requirements\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:until assertions\nb:untyped defs\nb:untyped functions\nb:unused 0\nb:unused function\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up c\nb:up go\nb:up orphan\nb:up project\nb:up task\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update model\nb:update or\nb:update the\nb:update to\nb:update xml\nb:update your\nb:updated because\nb:updated but\nb:updates for\nb:updates test\nb:updates tsx\nb:upgrade to\nb:upgrade your\nb:upgrading https\nb:uploading artifacts\nb:url https\nb:usage of\nb:use a\nb:use apt\nb:use cd\nb:use const\nb:use it\nb:use let\nb:use pip\nb:use window\nb:used at\nb:used before\nb:used config\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used unable\nb:user git\nb:user interface\nb:username g\nb:users ankitshubham\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users csproj\nb:users david\nb:users jonesn\nb:users julian\nb:users kevin\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users ray6y\nb:users runner\nb:users users\nb:users usr\nb:using 0\nb:using check\nb:using directive\nb:using docker\nb:using first\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:usr share\nb:util concurrent\nb:util is\nb:util java\nb:util test\nb:utility bash\nb:utils format\nb:utils geo\nb:uuid v\nb:uuid v1\nb:uv lock\nb:v a\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v prune\nb:v rxs\nb:v s\nb:v v1\nb:v0 0\nb:v1 0\nb:v1 app\nb:v1 unable\nb:v10 0\nb:v20 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 s\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value but\nb:value for\nb:value is\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable declaration\nb:variable error_count\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variant filter\nb:variants vueapp\nb:vars identifier\nb:vec str\nb:vendor bin\nb:vendor modules\nb:vendor urllib3\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verification failed\nb:verification metadata\nb:verify the\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:versions 0\nb:versions baseline\nb:versions in\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:viper bind\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest run\nb:viz dashboard\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w e\nb:w h\nb:w home\nb:w n\nb:w o\nb:w repo\nb:w s\nb:w t\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want unicode\nb:warn code\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning as\nb:warning failed\nb:warning rolling_mean\nb:warning s\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was canceled\nb:was defined\nb:was last\nb:was not\nb:was passed\nb:was provided\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:watch all\nb:we location\nb:we stopped\nb:we try\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:went offline\nb:went wrong\nb:were failing\nb:were found\nb:were identified\nb:werror unused\nb:what went\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when the\nb:when true\nb:when used\nb:when your\nb:where 0\nb:where a\nb:which is\nb:while assembling\nb:while checking\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:will be\nb:will do\nb:win2012 x86\nb:win22 0\nb:window mean\nb:windows 0\nb:windows server\nb:windows windows2022\nb:windows2022 readme\nb:with 0\nb:with a\nb:with an\nb:with any\nb:with architecture\nb:with backtrace\nb:with code\nb:with copyright\nb:with default\nb:with digest\nb:with env\nb:with error\nb:with exit\nb:with frozen\nb:with gitlab\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with package\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with this\nb:with version\nb:with vulnerabilities\nb:with write\nb:within 0\nb:within the\nb:without file\nb:without the\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work api\nb:work assets\nb:work badge\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work configr\nb:work counter\nb:work crc\nb:work dashboard\nb:work dates\nb:work deploy\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fw\nb:work geo\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work integration\nb:work inventory\nb:work landing\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work orders\nb:work phpunit\nb:work pkgtool\nb:work proto\nb:work py\nb:work pyserve\nb:work queue\nb:work ratelimit\nb:work render\nb:work reports\nb:work retry\nb:work ringbuf\nb:work sdk\nb:work sensor\nb:work shop\nb:work shorturl\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work units\nb:work web\nb:work webshop\nb:work widgets\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace geo\nb:workspace mani\nb:workspace queue\nb:workspace root\nb:workspace units\nb:would be\nb:would have\nb:would reformat\nb:write to\nb:writely notes\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x object\nb:x s6\nb:x switch\nb:x test_client\nb:x x\nb:x000001 b\nb:x64 bin\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86 0\nb:x86_64 linux\nb:x86_64 unknown\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xfailed in\nb:xg66 0\nb:xjc generation\nb:xml 0\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:yaml 0\nb:yaml truthy\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yml 0\nb:you are\nb:you can\nb:you don\nb:you have\nb:you may\nb:you mean\nb:you missing\nb:you must\nb:your build\nb:your code\nb:your gemfile\nb:your lock\nb:your lockfile\nb:your package\nb:your pipfile\nb:your plan\nb:your project\nb:your pull\nb:your test\nb:z debug\nb:z l\nb:z m\nb:zero code\nb:zero exit\nb:zero no\nb:zig 0\nb:zig build\nb:zigler 0\nb:zstd is\nf:0\nf:a\nf:actual\nf:added\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:api\nf:app\nf:apr\nf:archinstall\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:b\nf:bad\nf:bash\nf:because\nf:benchmarks\nf:billing\nf:bin\nf:black\nf:branch\nf:bucket\nf:build\nf:building\nf:buildx\nf:bundle\nf:busted\nf:but\nf:by\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:can\nf:cancelling\nf:cannot\nf:cardreader\nf:cargo\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:check\nf:checked\nf:checking\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:cloning\nf:cmake\nf:code\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:composer\nf:config\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:core\nf:could\nf:couldn\nf:counts\nf:cp\nf:crate\nf:created\nf:creating\nf:curl\nf:current\nf:d\nf:d101\nf:datacenter\nf:dd\nf:def\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detecting\nf:dev\nf:did\nf:diff\nf:difference\nf:distribution\nf:doc\nf:docker\nf:docs\nf:done\nf:download\nf:downloading\nf:dubious\nf:duration\nf:e\nf:echo\nf:elixir\nf:else\nf:environment\nf:err\nf:error\nf:errors\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:exceeded\nf:exception\nf:exec\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:f\nf:f401\nf:f403\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetching\nf:field\nf:file\nf:files\nf:finished\nf:finishing\nf:first\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:formatter\nf:found\nf:from\nf:frontend\nf:g\nf:gcc\nf:gem\nf:generating\nf:geo\nf:get\nf:getting\nf:git\nf:github\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gulp\nf:gyp\nf:h\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:image\nf:import\nf:in\nf:included\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:installed\nf:installing\nf:instance\nf:internal\nf:interrupted\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:knows\nf:l\nf:ledger\nf:lerna\nf:lfs\nf:lib\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:live\nf:llama\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:low\nf:lua\nf:m\nf:main\nf:make\nf:markdownlint\nf:medium\nf:meson\nf:metadata\nf:microsoft\nf:missing\nf:mix\nf:mnt\nf:models\nf:moderate\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:network\nf:new\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:npm\nf:npx\nf:number\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:open\nf:operating\nf:opt\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:panic\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:pulling\nf:pyproject\nf:pytest\nf:python\nf:r\nf:rake\nf:ran\nf:range\nf:read\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:repository\nf:required\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restricted\nf:result\nf:results\nf:return\nf:returns\nf:reuse\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rustc\nf:rustup\nf:s\nf:safety\nf:scan\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:see\nf:self\nf:sensor\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:shell\nf:shellcheck\nf:short\nf:should\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:status\nf:step\nf:steps\nf:string\nf:subject\nf:submodules\nf:success\nf:successfully\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:task\nf:team\nf:temporarily\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tmp\nf:to\nf:token\nf:too\nf:took\nf:toolchain\nf:total\nf:traceback\nf:trim\nf:true\nf:try\nf:tsc\nf:type\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unformatted\nf:unfortunately\nf:unit\nf:unknown\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:v1\nf:value\nf:variable\nf:venv\nf:version\nf:via\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:we\nf:web\nf:webpack\nf:what\nf:when\nf:with\nf:worker\nf:working\nf:workspace\nf:would\nf:writing\nf:x\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:acceptance\nnw:access\nnw:account\nnw:action\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amd64\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:assembly\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:avoid\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:builtin\nnw:bundle\nnw:bundler\nnw:busted\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cart\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:central\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codecov\nnw:coding\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contrib\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:coverage\nnw:cpp\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:date\nnw:debug\nnw:decimal\nnw:declaration\nnw:def\nnw:default\nnw:defined\nnw:delete\nnw:deleting\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:did\nnw:diff\nnw:different\nnw:digest\nnw:dir\nnw:directive\nnw:directory\nnw:disable\nnw:disabled\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documentation\nnw:documents\nnw:does\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:em_http\nnw:emit\nnw:empty\nnw:en\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:eslint\nnw:est\nnw:ethereum\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatting\nnw:formed\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:greater\nnw:greeting\nnw:group\nnw:gulp\nnw:gyp\nnw:gz\nnw:h\nnw:handle\nnw:handler\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hashmap\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:holds\nnw:home\nnw:hook\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instructions\nnw:instrument\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:invoice\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:issue\nnw:issues\nnw:it\nnw:item\nnw:items\nnw:j\nnw:jar\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:left\nnw:lein\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:libc6\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:looking\nnw:low\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:manager\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:microsoft\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:name\nnw:namespace\nnw:native\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:ng\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:note\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:padding\nnw:page\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parsed\nnw:parser\nnw:parsing\nnw:part\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pd\nnw:pending\nnw:performance\nnw:perhaps\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pipenv\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pods\nnw:policy\nnw:pom\nnw:pool\nnw:possible\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:private\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reassigned\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:request\nnw:requested\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:ruff\nnw:rule\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s0246\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:schemas\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:searched\nnw:sec\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:sensor\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shutdown\nnw:signal\nnw:simple\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:solution\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:spell\nnw:splitting\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:state\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:studio\nnw:style\nnw:sub\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:symfony\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:tags\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:teamcity\nnw:telemetry\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terraform\nnw:test\nnw:test_error\nnw:test_fail\nnw:test_low_stock_threshold\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:toml\nnw:too\nnw:took\nnw:toolbox\nnw:tooling\nnw:tools\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:unexpected\nnw:unicode\nnw:unit\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:visual\nnw:vite\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yarnpkg\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a07\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a62\nw:aashish\nw:ab0x\nw:ability\nw:able\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:accept\nw:access\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:action\nw:action_actionlint\nw:actionlint\nw:actionpack\nw:actions\nw:activemodel\nw:activerecord\nw:actual\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:address\nw:addresses\nw:admin\nw:advisories\nw:advisory\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:all\nw:allocation\nw:allow\nw:allowed\nw:alpha1\nw:alphabetical\nw:alpine\nw:already\nw:also\nw:always\nw:ambroisie\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:and\nw:android\nw:ankitshubham\nw:anonymous\nw:ansi\nw:answer\nw:any\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:apple\nw:application\nw:apply\nw:approval\nw:approx\nw:apps\nw:apr\nw:apt\nw:arch\nw:archinstall\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assembly\nw:assert\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:associated\nw:ast\nw:async\nw:async_hooks\nw:at\nw:attempt\nw:attempts\nw:attribute\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatic\nw:automatically\nw:automation\nw:available\nw:avg\nw:avoid\nw:await\nw:awesomeness\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b6\nw:b7c1d6e3f\nw:babel\nw:backend\nw:backoff\nw:backtrace\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:based\nw:baseline\nw:bash\nw:basic\nw:bats\nw:bazel\nw:bb\nw:bc\nw:be\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:below\nw:benchmarks\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigquery\nw:billing\nw:bin\nw:binary\nw:bind\nw:bintray\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:blur\nw:bodies\nw:body\nw:book\nw:bookmarks\nw:bookworm\nw:bool\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:bound\nw:bounds\nw:branch\nw:breadcrumbs\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:browser\nw:bs\nw:bucket\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:builddir\nw:builder\nw:building\nw:builds\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:buttons\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c1d2e3\nw:c1e\nw:c2065\nw:c2086\nw:c2164\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cached\nw:cachedir\nw:cacheprovider\nw:call\nw:call_once\nw:callback\nw:called\nw:calling\nw:calls\nw:can\nw:canceled\nw:cancelling\nw:cannot\nw:capability\nw:captioner\nw:capture\nw:cardreader\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:castle\nw:cat\nw:catch\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cell\nw:central\nw:cfg\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:char\nw:characters\nw:chars\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:circle\nw:circleci\nw:circus\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clause\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:closure\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:color\nw:colors\nw:columns\nw:com\nw:come\nw:comma\nw:command\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:common\nw:comms\nw:communication\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:compliant\nw:component\nw:component_test\nw:components\nw:composer\nw:compress\nw:compute\nw:computed\nw:concepts\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:console\nw:const\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:containing\nw:content\nw:contents\nw:context\nw:continue\nw:contrib\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:cop\nw:copy\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:correctness\nw:cosmos\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:coupon\nw:coverage\nw:covered\nw:cp\nw:cpp\nw:cpu\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:cronjs\nw:cross\nw:crypto_sign\nw:cryptography\nw:crystal\nw:cs\nw:cspell\nw:csproj\nw:css\nw:cstuff\nw:csvkit\nw:csys\nw:ctest\nw:curl\nw:current\nw:currently\nw:cusr\nw:custom\nw:cwiki\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d1c2f4a\nw:d1f\nw:d2c1e0f\nw:d2f6c0b\nw:d55\nw:d_\nw:daemon\nw:dangerously\nw:dart\nw:dashboard\nw:dashes\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:david\nw:days\nw:db\nw:dbkit\nw:dd\nw:deadline\nw:deb\nw:deb12u1\nw:debian\nw:debug\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:decode\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defined\nw:defining\nw:defs\nw:degraded\nw:delete\nw:deleted\nw:deleting\nw:delimiter\nw:demo\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:dereferenced\nw:desc\nw:describe\nw:description\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detector\nw:detectors\nw:detekt\nw:determine\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:diag\nw:diagnostic\nw:diagnostics\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:digest\nw:dir\nw:directive\nw:directly\nw:directory\nw:disabled\nw:discount\nw:discovered\nw:dispatch\nw:display\nw:dist\nw:distributions\nw:div\nw:division\nw:django\nw:dll\nw:do\nw:doc\nw:docker\nw:dockerfile\nw:docs\nw:docstring\nw:document\nw:documentation\nw:documents\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:drone\nw:dronelink\nw:dropdown\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dsl\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:during\nw:e\nw:e0277\nw:e0308\nw:e0401\nw:e0425\nw:e1101\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e3\nw:e401\nw:e503\nw:e8f\nw:e_\nw:e_path\nw:each\nw:echo\nw:eclipse\nw:edeandrea\nw:edge\nw:editor\nw:egeria\nw:either\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empty\nw:en\nw:enable\nw:enabled\nw:encoding\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:engine\nw:engineers\nw:enough\nw:entering\nw:entities\nw:entity\nw:entry\nw:env\nw:environment\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:error\nw:error_count\nw:error_handler\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:eslint\nw:est\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:event\nw:events\nw:every\nw:ex\nw:example\nw:examples\nw:exceeded\nw:exception\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:experimental\nw:explain\nw:explicit\nw:explicitly\nw:export\nw:exported\nw:exports\nw:expr\nw:express\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:external\nw:extra\nw:extraheader\nw:extras\nw:f\nw:f1d2c3b\nw:f401\nw:f403\nw:f53616\nw:f841\nw:f909ac5\nw:f_to_c\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fallback\nw:false\nw:family\nw:fast\nw:fastlane\nw:fatal\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetcher\nw:fetching\nw:few\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fix\nw:fixable\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flagged\nw:flags\nw:flake\nw:flavor\nw:flawfinder\nw:flotilla\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:fork\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:found\nw:foundation\nw:fp4\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freetype\nw:fresh\nw:from\nw:frozen\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g4q\nw:g8001\nw:g_\nw:gateway\nw:gateway_addresses\nw:gcc\nw:gcd_import\nw:gconnect\nw:gcr\nw:gem\nw:gemfile\nw:gems\nw:gen\nw:generate\nw:generated\nw:generating\nw:generation\nw:generator\nw:generic\nw:geo\nw:get\nw:get_sources\nw:getaddrinfo\nw:getter\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:gi\nw:git\nw:github\nw:gitlab\nw:gitlab_integration\nw:given\nw:gl\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:greater\nw:green\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:groups\nw:guilouro\nw:gulp\nw:gyp\nw:gz\nw:h\nw:h0m0s\nw:h600\nw:h_\nw:had\nw:hadrian\nw:handbook\nw:handle\nw:handler\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashicorp\nw:hashmap\nw:haskell\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:heads\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hhp\nw:hi\nw:hidden\nw:high\nw:higher\nw:hint\nw:hit\nw:hits\nw:hive\nw:home\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:https\nw:hub\nw:i\nw:i_\nw:ibis\nw:ibis_bigquery\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idx\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:immediately\nw:immutable\nw:impl\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importing\nw:imports\nw:in\nw:inc\nw:include\nw:included\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:index\nw:indicate\nw:indicates\nw:ineffective\nw:inference\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initial\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inlang\nw:inner\nw:input\nw:insensitive\nw:inside\nw:insights\nw:inspected\nw:install\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interface\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ipynb\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:isn\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:its\nw:j\nw:j2\nw:jar\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetty\nw:job\nw:jobs\nw:john\nw:jonesn\nw:jooq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julia\nw:julian\nw:jupiter\nw:jupyter\nw:just\nw:k\nw:k1045\nw:k8s\nw:kata\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keygen\nw:keymanapp\nw:keystore\nw:keyword\nw:ki\nw:kill\nw:killed\nw:kiriyaga\nw:km_to_miles\nw:knob\nw:known\nw:koans\nw:koch\nw:kotlin\nw:kt\nw:kts\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l3\nw:l3013\nw:l_\nw:label\nw:landing\nw:lang\nw:language\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:ld\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libc\nw:library\nw:libs\nw:libtonode\nw:license\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:list\nw:listed\nw:listener\nw:lite\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:looking\nw:looks\nw:loomy\nw:loosely\nw:lost\nw:lowagie\nw:lower\nw:lower_snake_case\nw:ls\nw:lspconfig\nw:lua\nw:m\nw:m0s\nw:m2\nw:m2repository\nw:m_\nw:mac\nw:macos\nw:macro\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:making\nw:malicious\nw:manager\nw:mani\nw:manifests\nw:manual\nw:manually\nw:many\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:master\nw:match\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maven\nw:maven2\nw:max\nw:maximum\nw:may\nw:maybe\nw:mcgdiff\nw:md\nw:mdi\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:media\nw:meeting\nw:megalinter\nw:member\nw:memory\nw:merge\nw:meson\nw:message\nw:messages\nw:met\nw:metadata\nw:meter\nw:method\nw:metrics\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:might\nw:mike\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minitest\nw:minutes\nw:mirror\nw:mismatch\nw:mismatched\nw:missing\nw:missing_offset\nw:mission\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnt\nw:mocha\nw:mod\nw:mode\nw:model\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:more\nw:move\nw:moved\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:multiple\nw:multiple___\nw:multiplication\nw:must\nw:mut\nw:mutual\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:nami\nw:native\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netfx40\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newline\nw:newtonsoft\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:no\nw:node\nw:node_config\nw:node_modules\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:nuget\nw:null\nw:nullable\nw:number\nw:numeric\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:older\nw:ole\nw:omit\nw:on\nw:once\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:openemr\nw:openproject\nw:operating\nw:operation\nw:operations\nw:operator\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:org\nw:organize\nw:origin\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:p\nw:pack\nw:package\nw:packages\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:panic\nw:panicked\nw:panicking\nw:panics_on_zero\nw:parallel\nw:param\nw:parameter\nw:parcel\nw:parens\nw:parentheses\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:password\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:pb\nw:pdfkit\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:period\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:person\nw:persona_flutter\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pin\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:platform\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:pmd\nw:pod\nw:pods\nw:podspec\nw:poe\nw:policies\nw:policy\nw:polymer\nw:pom\nw:pool\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:pp\nw:pr\nw:pre\nw:prebuild\nw:prebuilt\nw:prefer\nw:prefix\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparing\nw:preprocessing\nw:prereleases\nw:prettier\nw:prevent\nw:previous\nw:previously\nw:price\nw:print\nw:printed\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:proceed\nw:process\nw:processes\nw:processing\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:promise\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:proxy\nw:prune\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:pure\nw:push\nw:py\nw:py3\nw:pylint\nw:pypa\nw:pypi\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python3\nw:q\nw:qty\nw:quant\nw:quartz\nw:queries\nw:query\nw:queue\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:random\nw:range\nw:rate\nw:ratelimit\nw:raw\nw:ray6y\nw:rb\nw:reached\nw:react\nw:read\nw:reading\nw:readme\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:recorded\nw:records\nw:ref\nw:refactoring\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:register\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:release\nw:releases\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:renamed\nw:render\nw:renders\nw:repack\nw:replace\nw:repo\nw:report\nw:reported\nw:reporter\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restricted\nw:result\nw:results\nw:retail\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returns\nw:reuse\nw:reused\nw:rev\nw:review\nw:revision\nw:revive\nw:rf\nw:right\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:roundtrip\nw:router\nw:routes\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s0246\nw:s2322\nw:s2345\nw:s2554\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safety\nw:same\nw:sample\nw:sandbox\nw:sardonyx\nw:sata\nw:satisfies\nw:satisfy\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schema\nw:scm\nw:scope\nw:scratch\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:sdks\nw:search\nw:sec\nw:second\nw:seconds\nw:secret\nw:secs\nw:section\nw:section_end\nw:section_start\nw:securedrop_client\nw:security\nw:see\nw:seed\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:selector\nw:selectors\nw:self\nw:semicolon\nw:send\nw:sensor\nw:sensors\nw:separate\nw:sequential\nw:serve\nw:server\nw:service\nw:services\nw:session\nw:set\nw:sets\nw:setting\nw:settings\nw:setup\nw:setuptools\nw:severity\nw:sh\nw:sha\nw:sha256\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shipkit\nw:shivammathur\nw:shop\nw:shopco\nw:shopfront\nw:short\nw:shorturl\nw:should\nw:should_\nw:show\nw:shows\nw:shrinkwrap\nw:shutdown\nw:side\nw:sidekick\nw:sign\nw:signal\nw:signed\nw:signedness\nw:significantly\nw:simdjson\nw:simple\nw:simplified\nw:simulators\nw:sin\nw:since\nw:single\nw:site\nw:sites\nw:size\nw:skip\nw:skipped\nw:skipping\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:socket\nw:software\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:sorted\nw:source\nw:sources\nw:space\nw:spaces\nw:spdx\nw:spec\nw:specific\nw:specification\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stack\nw:stackage\nw:stacktrace\nw:stage\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:state\nw:statement\nw:static\nw:staticcheck\nw:stats\nw:status\nw:std\nw:stderr\nw:stdlib\nw:stdout\nw:stdune\nw:step\nw:step_script\nw:steps\nw:stg\nw:still\nw:stopped\nw:store\nw:storefront\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:style\nw:styled\nw:styles\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodules\nw:subprocess\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:sundell\nw:support\nw:supported\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svg\nw:swift\nw:switched\nw:symbol\nw:symfony\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t09\nw:t10_00_00_000\nw:t12\nw:t17\nw:t20\nw:t21\nw:t_\nw:tab\nw:tabs\nw:tag\nw:tags\nw:take\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:tarball\nw:target\nw:targeting\nw:targets\nw:task\nw:task_queues\nw:tasks\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:telemetry\nw:temp\nw:template\nw:templates\nw:temporalio\nw:temporarily\nw:temporary\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:tested\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:them\nw:then\nw:there\nw:these\nw:this\nw:thread\nw:three\nw:threshold\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timeseries\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:toml\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:tools\nw:toomanyrequests\nw:top\nw:topologies\nw:total\nw:tpl\nw:trace\nw:traceback\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transform\nw:transitive\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:true\nw:truncate\nw:trusty\nw:truthy\nw:try\nw:trying\nw:ts\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:turbo\nw:tutor\nw:two\nw:txt\nw:type\nw:typecheck\nw:types\nw:typing\nw:typo\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:u64\nw:ubuntu\nw:ubuntu24\nw:ubuntu2404\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:unix\nw:unknown\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unoptimized\nw:unordered\nw:unpack\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unset\nw:unsigned\nw:unsupported\nw:until\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgrading\nw:upload\nw:uploading\nw:upstream\nw:uri\nw:url\nw:urllib3\nw:us\nw:usage\nw:use\nw:used\nw:user\nw:userguide\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:uuid\nw:uv\nw:uvu\nw:v\nw:v0\nw:v1\nw:v10\nw:v2\nw:v20\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variant\nw:variants\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:version\nw:versions\nw:via\nw:view\nw:views\nw:violations\nw:viper\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:watch\nw:wdio\nw:we\nw:web\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:welcome\nw:well\nw:went\nw:were\nw:werror\nw:what\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:why\nw:widgets\nw:wiki\nw:will\nw:win2012\nw:win22\nw:window\nw:windows\nw:windows2022\nw:with\nw:within\nw:without\nw:wlctl\nw:word\nw:words\nw:work\nw:worker\nw:workflow\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:world\nw:would\nw:wrap\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x64\nw:x8\nw:x86\nw:x86_64\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xfailed\nw:xg66\nw:xjc\nw:xml\nw:xs\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarn\nw:yesterday\nw:yet\nw:yml\nw:you\nw:your\nw:z\nw:zero\nw:zig\nw:zigler\nw:zip\nw:zstd",
    causeBias: -133,
    cause: '/f8XANj/3//f/ycACADb/9r/GQC0/8T/0f8cANr/vf+s/0cAEQC//6L/FwDY/9//2P/h//3/KADI/xsATwDW/xUAQQDi/7T/uP8aAMT/zf/Q/xUAvf/Y/+b/3/+o/+X/fv8gACAApf/m/9P/DADu/zIAm/8dAO//FgC0/xgASADo/xYAz/8xAPT/PQAuAPr/wP8XALX/JADq/+r/3f/Y/9X/5v/f/+b/5v+G/y4AwP8QALv/FwAYAM3/FQAGAB0AFwAcAFoAOQAuABcARQAlAOb/RQDf/+v/FADP/0AAFQA/ALz/XgCe/x0A1P+9/ycA4/+u/0cAFQDH/+X/uP/M/1oAMgDk/9v/tP8ZAPn/OQDA/zIAxv+2/6D/1v8jABUAHwDc/zYAKwAVAO7/mv8YAND//f/n/yIA5f9pAB8AbgAfAOj/HgC5/9P/wf9CAIT/rf8wAN//Tv/i/6v/FQC+//v/u/+0/7T/9f8fAL3/1v8uAOn/qf+s/8j/GgBbAAUApP/N/8L/4P+U/9f/qv+//9T/GQA1ALH/DwDM/yMAv/8kABgAUADa/yIAwv8kADMAoP85AEYAzP8ZAJD/IwAGAM3/FQDF/zsAJAAeAB4AHgAeAC4ARQDT/xkAzf/G/7P/OAA+ACoA2f/Y/x8AIwAlAJ3/FAADAMX/MAAtAMr/vf/r/zUAz/8PAMz/rf+t/y8AOgDK/+j/z//W/ywAyP/M/yAAIgAPABsAvP8PAMP/2P/9/+j/l//S//r/0/9b/xYAhv/C/yMAw//b/zwAuf+r/9f/5v8SABQAdP/0/xAArv9WABkA1f8JAB0AVgDC/xsAz/9NADYAUgAWACoA0f++/ycAtP/a/x0AEgC6/+r/KgDG/+v/5v/X/7T/v//s/93/1P8RAMT/6f9cABMADgCy/8L/GgAIACQAmf8wAM7/r/8NAK3/IAAnAEkAVgDH/0kANwA3AOr/mP/d/8//sP9pAB4ALwDl/28AWQDq//7/EAC+/9L/GwDf/xAAwP8jAP7/xP/H/xgAqf/A/xwAv//A/8r/w//T/9r/EgAMAOf/FwAQAMX/QgCg//7/XQATACQAuP/I/8v/HQAOAL3/FAAYAOr/VwDb/zEADwC8/x8AGwCs/9b/8P8eAB8Aq//5//L/0P8GABUA6P/n/+j/AQDr/yUA4/+j/x8AIwAVANT/VwBAAMr/DACI/wEA/P8fAO//yP/b/9T/2P/f/x0A/v8xANX/EQAXAN//rv9HAPP/MgAjACoAKgDU/+r/MwDa/7P/yP/g/8X/vf/G/8P/GgAbAM//GwDq/xoAGgAwAL7/3v/h/+n/AADQ/9v/4f88ANL/4f+m/8j/tv9GAOv/zv8jADwAuP/Z/yUAWQCg/8H/JQBHACEAMAADALn/JQAUAOH/JADP/xQAy/86AMr/nP+q/6T/yP8TABMAy//E/97/6v8kAJ//IAAbAM7/5v/Z/7P/4P+e/wMAEgArAOD/2//e/9D/KwCn/7v/q/+q/x4AIwDG/3X/FwDy/+b/2f8mABQAFAAKABMA4/+L/+H/JQDr/+H/GwDy/xwAtv8jAOL/HADz/xUAJwANAB4AGAAbAOL/2f8oAKn/EwDB/+T/1v8UALv/DQC0/ygA0P8EACYAAQDs/9z/FwDY/2wA5f8UAB8A8P/+/xgANQAXAM7/4f8mAKP/x/8bACAA3/8XACEA3/8VALT/1f8aABkA6f/y/+z/FQC8/ysAs//Z/+z/AgAGAOL/BAD2/wIA4/+3/zEAFQA8ABgAFgAWACoAKgAeAOj/u/8aABUAKwDr/x4Axv/i//L//f8IADAAEwAUABgAGQAKAOf/HAAlABcAwf8xABwAGAAYAOj/sv82AL3/HQApAOP/IwAvABQA4f8VAOX/qv8lABMA+v80ABoAKAAwACcA5P8UACsAMwA0ADMAHQA3AND/GgAAACkAGgAaAB4Ay/8VAMv/yP8XANH/v/8yANz/vv8IAKj/GwDs/+L/GwDo/7v/pv8ZAOP/rf+e/9T/zP/d/83/pf/s/+n/vf/M/+T/GwDU/ywAEAAxAHH/3/8qACoAMQDI/9n/IgAsAHX/NwAUAIH/6P8rABUA4//r/zsAIwAeACYA4P+2/0MA3v/L/wkA3v///+L/HwAYAPv/FgDN/7r/CQDB/8v/3P/q/+b/LwDm/9j/PwDf/9j/rP/C/+r/zf8bAL7/mf/G/+P/3f/d/7T/4v82ADYAmf9w/6z/cf/Z/8z/5//e/7D/LQAqANv/xv8wABUAzP8VABUAVQA9AKb/EAAYADoA7f82ACUAMAAxANz/FADG/ysANQBAABYAXwAOABUAJgAsANb/IgAWAM//6v8VAEsAq//s/xoAFwAkADQA1f83ACkA6P8SAPL/HADe/xUACwAcAEoAZwCR/7j/JgAXANT/5f/d/ycAnf/X/8n/jf/i/+v/2P/A/9b/PADp/8f/1P8hAMH/LQAbAKH/HgAbAFUA4v/m/6r/IwAzACYAIwATAOz/FQDa/9T/1v8ZAOL/5/8hAN7/7P+x/zAAMAAtAKv/FAAnAL7/0v+y/8f/w//s/+r/sf/F/8T/iP/J/xQAzP/U/zcAHgB+/z4A2P+2//P/MQAGABUA1/8VAAIAp/8JAKj/z/+e/7T/FQDA/wwAEwAUAMv/GAAFAJ3/5f8wABsA1f/l/9v/0/8kAKT/JwC4/+P/hP/B/w0AFAAcABwA3P/L/xsA1P/h/xQAnP/c/8L/NwAPAKz/xf/g/0sAQwAAACMAMwBCABcAu/8fACMAfQAwAAwAmP+4/xQA1v/Y/67/IAAUAL3/wf8GAO3/OwAcAMn/uv8qAE4ABwAxAKf/1f/G/8v/gP+Y/zwAz//0/5j/mf/E/xAA3f/e/+n/xf80ABEA7f+1/83/r//M/w8AIAAUAAwA1P8WAN3/qv8cAPb/5P9AAOn/wv+W/8v/FQC9/9j/HgAtAC4AKAAYAM7/5v/f/+X/MQCQ/+r/2v8oAPj/+v8ZAND/uv+K/9//2f8sAOH/2f/M/3X/k/+u/9P/mP+5/9v/tf/S/zcAFQC7/7v/IwA4AC4AHwArAGQAmf8/AN7/EAAqAC8ASwAZAB0Au/8mABUAGwAkABkAkP+1/9f/wf+4/+H/CgDK/6n/rf8SACUAzP8jACMA0v8GAKr/IwA/AOb/5v/e/6n/5f8qAL3/GwDh/xUAFADl/77/OADT/9D/HwAhANT/2v8rALj/KgDC/9b/3v8MAGoAQADD/+H/7v8wABEA6f8cABEAqv/q/+D/fv8jABwAV/8jAPL/HADE/8X/2v98/wUA4v/s/ycA4v/s/0IAs/8oACgAsf/o/+X/u//q/8f/vv/S/zQAIAAVANH/FQDB/8j/1//l/9j/4f8bABcAGgDl/xsA3//C/wwA5/8aAOD/xv8jAOL/GADg/yQAt/+//6P/+f9L/6z/uP/k/x4AMQBBABUA7P8cAOT/yv/B/xkA1P/R/9z/MADG/+f/3P/o/zIA2f+t/xgA2f+H/9b/1v8YAPr/2v/d/9L/HgAeAC4A8P/3/yEASgBOACoAJQAfANf/FAD//x8A+f8pABkAAgAUAEgAOACo/+X/yv8VAOj/PQCS/97/7P8iAMv/3v/h/9D/5v/a/8X/HgCd/8P/IwAYANz/FAAVABgAFADl/+r/vv8cAOP/AQCa/5//uf/j/8//1P+f/9r/GwAcAA0A0v/H/9D/y//E/7n/3//J//b/wP8fANv/SwAgAPr/kv/D/7//RQAiANj/uf83AK3/n/8GACkAFgCv/8z/1v8UAL3/KAAuAEIAOADg/z4AHwAgALf/KwDZ/8X/h//X//r/TQDU/+T/yf///+b/xv+3/+P/w/+4/8n/1f/b/4r/oP8KAMj/FQAIABUARgAsADgAFQDB/yMAQwBs/ywAyP8VABsAGwAKANX/hf/s/8r/6/8eACAATwDc/8z/4P8WAN7/BgDd/7j/r//g/6f/OQDK/zcA6/8UAB8Azv+1/xcA/v8cACIAHgDs/5f/z/80ANf/NgDk/8j/NwDd/xUADAAOAIv/qv88ABQAv/8kABUAFQAwAN3/nf8hAAMACwBCAM//3P/G/x0A+P81ACYA3//i/0gA4f/e/yEAXQAWAKX/z/+0/8//4P/q/7D/MwDi/yUAGQCh/8X/1P/8/wgA2f/I/8r/3f/S/xMAvP8VACMA4P/a/6z/m/8ZABQABQD5/y0AIwAWABoAFQAsANz/yf/q/9b/7P8pAOz/pf8UALP/FACD/x4A6v8hAOD/2P/q/+3/AwCr/9j/rP+3/yIAmv8jAAAAvv/I/w0AFABEAMv/HwDu/9z/q/88AL3/ZgDm/ygAOABDANj/FQDT/w4ADwAgANX/5v/f//j/FADq/yoAKgAUAOD/UwAYAMH/GwCV//P/KwDh/y4AFACD/2oAIADh/9L/x//k/8z/PAAYAOb/0//Q/xUA4/8gANn/5f/d/+j/6P///9T/1P89ACQAJAAdAB0Ax//d/7r/HwDH/xsA1P/P/+f/VwDc/9L/5v/s/xQASgDm/7b/IADs/+r/EAAyABsAFQAXACsA5v8oACkAFQB1/z4ANgDC/0AA1f/a/ygAFABNAK7/GwADAEsAHwDb/yMA2v/q/xYAHwAfAMn/4f+L/0kAFwAwAOD/5//h/9L/6//q/9j/HwAXABIAzf/U/xUA4//n/xoA0P8ZAC8Avf/o/9n/FQA1AB8Ax/8oAB8AGwDc/+z/z/+8/9D/GADe/xUAMAASAPj/+P9IABUAu//r/8j/zP/j/7n/6v+u/9//DADi/yIAEADi/8v/FQD8/ycAGgDg/7T/6v/l/3YA0v+z/9v/CwAjAKb/JwDB/+v/jP/f/wAAFAAQADYA0v/W/9z/NQAdABwAMADX/97/LAC4/xUA6/8pAEAAFQDX/xUAOgAKAJj/5f8VAI//uv8YABgAFwAbAOH/FQAYAAkAcP8XAMP/GAAXAD4Aq//q//L/FAAUACsApf++/ycAz//+//v/JwAnAK7/w/8bADAAAQA4ACwAzf+G/1AAFABcAN//FwD0/xEA8v8rABQARQDf/9L/nv/W/+v/FgDv/+b/TgD5/zQAFADq/wwAFQDn/+j/FQAWAE4AGQD9/yUAQwA5AEwAJAAXAEUAJQDm/yEARQDf/+f/GQAkACYA3v/N/+f/5v+y/zwA5/8UAL//y/8lACoA2//b/xsAy//T/yMAvf/L/yQARwAQAOX/xP+1/y4AGACq/xUAFQAVANH/q//h/+H/FAAaADcA1//S/xsATv/U/8//cf/i/9z/rP81AB0AHQAfAEAA//+6/8n/0v8nAAIAHACL/+D/RgBaAN//FwAwAPX/YQA8AN3/sf8vAO//IQAlAEMATADP/ywAIAD4/8H/VQD7/6f/IwDB/9H/FgDn/w0Au//d/6L/GgA3AMv/uf8WADoAOAAuAEIA1f9qAEIABQBPAP3/LQA7AGkAFgAFAMn/QwDu/+L/MABCAMP/5/8vAEsAUAAbAOX/LQDG/zQAJQA8AOX/DAAhANv/HQDY/9f/HwBDABoAVQBUACkAQQBGAC4ANQAWADwABADJ/+L/NADC/ysAMADo/9b/2//Y/xUAPADi/0EABwAaAOf/vf8gACUAz/8MACIALwDL/z0Axf/F/9n/ov8VABcANADI/0IA9v/O/yMA7v+8/xkAHwDq/8r/FADA/y8ARADL/7z/KABLAC8ANwAnADMA6/8hAC0AKwDt/8//0f/b/7j/1f/p/8T/GwDn/xoA3//f/9H/z/8hAOn/9v/c/zEAPQAlAOL/3P/G/9L/0f/E/87/GwAUABUAyv8XAMb/GwAHAOf//f/r/0gAQgBXAAsAqv/1/xYAKQC3/zwASgBAAJT/TQAdAAoARAAjAB0APQC6/zcADAC5/8r/0/82ABQA4/8mACEA4//y/9f/1f8WABUAQwDX/xUA5f8YANX/JwBe/xUApP8DABoABADP/wsAHQAUAOf/vf8YANH/FQDH/ykA5f8xAKD/HgDX/ywAKwDp/y8A1/8cAMj/wf86ABMAyP/f/wIAJQDo/20AXgD8/zUAHgArABQA0f8BANP/IgAuAMz/MQAYAEAAGgBKAEUAMwAZAO//1/85APT/z//F//n/ov9DADkAIwC6/+j/RABAAGoA4//p/8//VwAlAMX/GAA7ACUANQAEAAoABgDk/+z/1v/M/0IAyP8QALn/N/+g/9//9v/M/9//nP/I/9T/uv/r/8j/N//m/97/GQDq/+L/zf/o/7f/FQASADEANwArAIv/5/8BAPj/HgAcANr/+//B/zEA3v82AOD/EwAVAB0AHABpANv/HADE/93/6P/b/0gA4P/Z/zgAwf/q/yMAlv/M/6j/JAAXAOD/FQDA/8L/xf8MAD0AHQAvAOL/QwAZADQATADf/zgAGQAaABwAqv/a/6//S/9//7H/2P9WAMz/1v+u/9f/iP/C/xwAzf9CAEIAOwAnAN//4//d/9f/OAAUAN3/xv/A/yQAKwAhAB4AHgDN/83/sv8vAP//PgAVAL3/MADT/9//5//c/+L/AQA1AO3/NgC5/3oA2f8jAE8AHQDm/87/FAAVACEAi//G/9v/6v8zANT/FADa/xwAGADb/8//FAAVAMn/1f/k/z8ADgDS/yYA2v/r/x8ADQDm/57/DgAVAPb/6v/E/yoAtP87AOP/HAAUALL/SgAbAAEAFQB4AHL/HQDt/xMADAA1ABYAFQAjACoA+/8lAFAAzf9IACwAHwDC/9X/HwAVAPL/3f/b/xoAvf8UAB8Auf+8/wYApP84APD/NgAUAK//0//I/xUAwP8VALn/NADR/+T/FQDa/7X/FAC//5X/7P8gACsAHgDW/yIAHwDe/7L/vf/d/7v/v//s/+X/0P8VAOf/zf/c/8X/pP/G/+r/7P/e/+f/tv+//xgAHwDf/wMAFABTANr/NAC2/zwAJAA4AML/tf/f//z/2P8XAK//9v8FAMb/EAAVABkAIwCb/8//2v8KAO7/OwDL/xsA0//P/xcA3/8hAMP/iP/m/+b/4v90/3YAl//e/wkA6/8eAEoA6P/b/xgAq//d/2z/yP/Q/xgAIABh/8n/0P8ZAND/8v/b/yAAu/+//+//p/+o/xgA6v/U/9//0P/b/yoAuv/K/xgAjP9y/zYA0v+k/9//FAC6/+P/3v+a/+f/Ff/+/w4A5v/g/zYAGAAZABgAFgDn/+f/1f/R/9n/DQDZ/9n/u/8mABgAFAA3ADcAXP+s/1H/yf/E/xkA2f8/ABgAGACy/xgAiv8CAML/X/8AAMP/Vf/s/yYAGADL/yoAPADM/ysAOwAZAKH/NgDh/+D/HgDj/wYAJgAgANz/5v/d/y4Ay//m/xQA5v84AMH/EwDb/xoAVwDY/w8Avf+U/xkACADg/ykAqv8EANv/CAAVAJT/GgDg/0IAzv8YAB8Awf89ACMABwDi/yEAHgAeAB8As//l/xUA5f/H/ygAu/8eAA4A5P8BABYAZgDt/xQA5f++/8j/UgDE/9//sP8UALj/3f8rACsAOADf/xoAyf/M/9D/0P/G/73/1f/s/xUAzv/K/9D/2/+v/1IA2f+q/zkAFgAzADEA6//l/+n/2f/F/zIAGQDI/wwAz//x/+f//P/c/9D/5v9yABEAFQDL/7v/FQAgAMj/OQBs/7X/5P/n/+H/5v/P/+T/uv8mAGAAtP/b/xQAEQAcANP////G/+v/HAATAOH/KwDg/zYAnf/p/8b/EwAbAOP/GwD8/+z/CQCn/xUAPAAZAL3/wf8cALv/0/88AND/CwAUANr/5/8dAOD/8/8wAN//4f/l//v/DwBFALf/lP/Y//7/CQDn/+z/yf/a/y0A5P/B/wIADwA4AMr/NgAUAMj/s/8YAPj/TQDY/x4Azf8UABwAFQDq/7T/FQBAAC8A5//G/xsAKAAmAB0AGADi/83/s//f/7L/BwDf/xUAvv/U/77/zP/5/+D/pv8sANH/5f/J/9L/vv/R/9D/z/9v/7P/0P8kAN//4v/m/8j/2f/K/ywAFQAoAN//HgDY/8D/FAA5ANX/FQCV/5L/4f/K/9L/6P/m/8D/FQAxACQAtf/V/+L/FgAeAEUA3P/X/5n/GAAaAMv/TQCq/6n/rf+T/6j/ov8wAEcAVQCG/97/+//i/73/s/8GAB8AKQCh/yAANQAuABUANwCM/xcACQD2/y0Aqv8xALP/FQDj/wgAGgDf/9//LgA/ABQANwAeABQAFADi/zwAGQDj/+r/IQAVAAwAFAAZAOH/sf+2/9v/0v/g/+j/3v/T/+T/5//O/8n/yP+l/97/y/+9/5T/5/80ABkAIwApADgAzf8XAMr/OwDv/w4Awf8wABgA4P+a/yAA2v/l/9b/rv/N/yEAuf/a/zMAjv/U/+D/5f9HAPz/KQAnADcAFQAVABUAuf/N/+r/7P/U/9z/1v86AOj/3f/b/8r/3/+z/xQAFAAUAMP/IwDW/9j/HgDL/yYAKQDV/yMAu//T/xwAEAAeAPz/CADn/7j/FQCo/9j/x/8ZAMf/FQAbAKf/3v+2/+j/FQAbACgANAAKAEIA0P++/xUAHQAUAOz/KwDr/73/DwCa/0sAyv8ZALT/AwBMAOv/KAD//xsABQAvADQAOgAeAOf/IwAwAKL/HQADAKD/CQAnACUAIwDd/xUAFQDh/+D/HQA0ANH/4f/Y/8//2v/r/9//zf/p/93/JQAjAC8A1f+Y/+D/6P/P/0cA6f/p/wEAFQBHALn/wf/8/6X/JADm/xUAw/8rAM//yP/K/+T/6P/B/83/9//R/6v/5//Z/5z/HADm/7H/iv84AM//1f+e/xwAFQDn/xsA6f/q/0UAFAAfACcA4P/O/9//FwAXABgAGAAGAE8AGAA3ABcA1P8ZABQAFwAYABgAOADQ/9n/wv8UALr/0v8aADEAFwDj/ysA2v8UABEAFAAXACcAKQDb/7v/FgAgABYANwA3APn/6v8xACUAyP9HAOj/TQCx/yoAOQAzABgAHAAuABwA3f8cABsADgAuABwANAD8/+f/2f/q/zQAIABPABMApP/3/x4A///Z/+X/7P/r/ysARQDj/x8AIv+HABwAsP9QANb/HwAfANf/6P8ZABkA5/8BANn/FgCk/yEAFQDc/83/3P/C/+f/V//e/zgALgDK/97/6v+8/8f/6P+T/y8AGAAjADMANwDw/9T/uv/G/y4AKgDa/yoA4P8lACUAHADD/+v/rv/g/9r/y/+q/xwAc/8lAMr/9v8KAOP/o/++/6j///8oAOP/FgAxANn/JAD8/xUAVQAYAPb/7f8UACAA+P+7/9f/3P/P/04AAAAHABcAJgAAADkAHQBRAB0AKwBO/1EAHQC5/8j/OwDr/ysAFAAwABwAFwAlABQA1f8OACQAJwAvAPf/iv8UABQAGwD+/+z/3v8YAM3/4v/f/9P/SAAfAEgA7P/I/ygA7v/M/9D/DADb/+f/xP/m/8b/KACw/x0ABgAYALb/3P+//xkAof8uAI//6f/g/9v/HADE/9z/KQAVAL//6/8kAML/LwDS/ygAWQAmACgAaADR/yoAMwAhACEA1v8XAEAAMQA5AOD/QgAUAAYAMAAxAOf/BgBy/7//KAASAEsAoP/o/+v/KwDX/83/wv/3/ygAx/8/ANL/y/+s/9f/0/8UAM//4/8UABgAOgDE/zkAxP+8/7j/8/9i/7H/xv8PABMASwA9ABsAJgAUAAoAuP8MAK//SwDO/77/AQDL//r/PAAVAOD/2v/Q/xkAGwDR/9T/xv/c/xQAtv/Y/+3/GAAYACUAnP85AJf/f//N/4j/QADH/1sAxf/f//b/SgBaAG3/2f+N/y4AJwArANr/CADg/9b/1f/m/xcAAQABABsAIQAwAN3/yP8eAOP/tv8nANb/xv8WAB8AJAD4/wYA//8jALn/OACS/xUAFwC8/9z/RgDm/xQANAAgALf/yP8UAIz/GADW/+L//P/l/+f/FAAYAOf/HgAdAC4A6f8UADUA5v8bAOj/HAAVAOj/wv+7/zQALgC4/+n/VAAbAPL/xf8hADsAIQDM/xQAFABV/xQA7P8eABUAmP/C/ykAHgAVAMP/7P8qABUA5f/r/ygApP8nAM7/KgBDAAwAPQBAABQAIAA1AEcANAABABUASwAxACYATwBCAOn/IwAUABQAJAAaACMAIQA6AAUA4/+g/wwAGADD/63/4/8kADAAFQAUAAkAHAAWADEA5v+w/8z/VgAVAN7/FgAgABYAKgAgABgAFQAUAB0Ar/+u/93/BwDl/+P/2//o/xQAGwAEAMf/8//o/zgA6v8dAOr/xv/I/xYAFwAVADMAKwDp/xoA7P9FACMAGgAaACcAFAAFAB4A2/++/9n/3f/Z/+b/5f8aAFAAKAAfACkALwDB/9T/LwBuAK//FAA5AMH/HwArAB4A5v8RANn/0v/X/x4AEwA3AMT/GQDj/+n/6v/q/1r/zP/D//P/FQAfABUAHQAIAAAAHgDJ/7b/o//W/7j/XgAwAOf/TAD3/3MAnP+w/ycAtv8jANr/pv8UACoAy//O/8f/HgA9ACQAEwC4/83/LQAuACgATQDF/1EAOgA/ALn/VADc/+z/IQCu/x4AHgAeAB4AGQC0/9v/6P/U/7//3f8jABQAHAALAK7/6P8YACkAEQCw/x4AIwB5/0sAHgAYAOL/1P81ANP/6//T/+n/tf/R/8z/2P+1/+f/dv/P/0MArP8PAEQAwf8jAMv/NgDn/9//JQDi/zQAr/8CAKz/CAA1ABYAMgAVANP/FQDl/0MALwAmACUABAAcAMv/yv/L/+H/5f/o/7L/xv8NAMb/u//k/7D/5/9h/0cA6v/s/8f/oP/S/9f/4v/l/9P/yv8wABsA5f/m/9v/zP/l/y0Atv/V/y4AHAAaAAgAKgDz/yIA1v+g/zkAAAAyACUA5//W/w8AJgA4ABUAOADI/7n/KwAhANL/yf8XAOP/JwBQAEoAKwA+ANL/qv8UAMv/FwAUACAAIADs/9j/NAAkALn/yf/Q/zgAqP/4/9n/q//c/zsA1v+1/8j/5v+6/9X/0f/M/x0Ap//e/7X/JwC6//z/GgDr/6L/sP8mAOD/2v/r/7n/u/84AMT/nv+m/+r/6v87AM//2f++/9z/AgAUAOz/3//s/+D/FAADAIf/1//E/+T/KgDR////sv/o/zn/uP8hAAkAGQA5AKr/PADU/4D/cP9rABIAxP+5/+f/DAC1/9L/AADc/4T/HAASANr/5f///8z/r//H/9r/yv/G/8//HgDF/+X/7P/M/0AAx/8YAMb/2P/B/0kA0f/N/ygAIwAjANH/0f/3/xoAFAABABgAv//M/xUAnf8jAC4A6f8lAB4APwBQAB0AIwAvAOv/KgAkAOr/LwAfALH/SAAbAEYAMgAsAEAAFgD1/xgA0/8YAB0A7P8yAOX/4f8cADgAUwDq/xQAPQAsAMn/uf/R/8P/2f84AC8ANwAjALP/0P8kAC8Aov/N/+b/4v83ALb/5/8cAEUAGwAZACwAvv+5/xwA3P/c/xsAGwDW/9n/FwAWAOP/1/8fAOf/FACx/9z/7P9x/xUAKgD4/9H/zv/Q/7H/+f/f/yIAyP8aABsADADC/xYAIwAbABwA6P/7/x8AHgDw/zEAo/8UABsAEwAXAFAAFADR/xUAHQDn/xoASwAQAMH/GwDT/xQAEwDw/xQAGwDg/+f/+f8cABwAHQAlANn/JwDQ/yoAzv/D/9L/eP/M/7z/GAA8AA0AGQA2AN//wv/c/87/uf8dALD/3f9NAAgA6/8oAND/xf8VAND/z/9QANT/7P/g/yUA2//V/7v/yP/x/6z/y/8rAM7/AQC8/yEAQwAEADsAAQAlACkAHADl//P/4//p/9r///8SAPP/vf/k/+z/NADa/97/FQAUANj/BQA+ABcAGAD8/8P/CwDa/9H/6v9WABYAMwDP/xsAIAAgAB0Atf+2/8b/SAAVAOX/j/8UACEAFABCAOX/GAAXABgAIwAYANz/xP/H/xQAoP+v/0oAFwDr/yUAUQAeAPn/GAC5/ykA3//b/8H/wf8UAEgA6v/r/83/4v+r/9X/5f/Q/xQAFQD//77/PADF/8b/wP+x/9D/5P8oAND/wf/j/+P/r/8jADAAMwDQ/+z/LADA/zEAMQArAJv/OwAwAHv/4v9MAMn/t/+s/8P/rP9iAL7/IAAHAMb/HwAEAOX/zf+6/8j/w/+V/6X/jv/Q/8b/3f/H/8v/3v/n/7b/zP/d/wkA0P+y/zEA1P/I/zQAHgDc/9z/2f/i/1YADQDF/zUANQA6AM//CgAjAND/5/8zAOz/GAAUABYAGwCp/zsA3P/W/8//IQAhACsAHwArAPT/uP/k/ysA4v+c/8P/0//Y/+D/FQAxANT/GgAxACkA6//D/4j/HACc/93/3P/B/7r/u/+1////CQA8ALD/FQAdAN//7f/i/yMA3P/r/5r/DQAsABkA//8aABoA0P/P/yMAyv/o/0UADAAcAOX/1f8eADUAMQCv/+L/LwDs/7D/FADi/wcAz/8VAKv/JgAeAAUAyP8dACkA5/+z/xQAFQDQ/x0ALwAUACEAzv/T/xQAGADs/97/MQCw/xUA+P8UAND/rv/X/+j/1P/S/yYAIADT/xcAFACl/y8AGgAhACEA0f/N/8H/HgC4/8f/0//V/83/4f/l/9X/5f8GAEEAxP/5/+v/4P/e/7j/1v/K/+X/6//Y/27/+v8XANP/NAAeANL/JQDM/8v/GAA1ACwACQAoAM7/qf+x/8P/AQBSALb/UQDm/9//RAAOAJj/PAC5/zwAAwDi/8f/9/+K/9r/IgB+AF//GwAfAOP/7P/K/93/IQA0AL3/oP+h/9z/IwADADQAQQBIABQADwDl/xQA4f/f/8//vf/A/xMAKQAnAO7/6f/B/+r/PwA1AB4AcwC1/9D/KQDa/9//2P+n/7b/p/8qACgAJwDJ/xQAPADY/x4AFAARABwA7P8tAN3/of/x/x0A4v8fAB8A7P/f//z/4//f/+H/KQDY/6f/HwDI/xkA2f/o/+P/mv/l/8z/HwDb/wMAHQDb/73/uv9GABkAGABPAGAAHgAVALn/GwBQACwAxf8VAPv/1P/r/yYA4P/g/zsAFAArACYAJgAhANf/HgD6/zwAuf8lAD4AFgDs/+P/0v+4/8z/1P/C/8j/2v/c/7j/2f8zAB4AFAC//8r/OAAqAMf/HQC9/zkAQgAYABoAv//Y/8//3f+q/9D/wf+9/+D/IAC6/6v/2P/Y/9f/5f+t/7r/4//I/xsAtP/I/y4AHwA8ACEAw//d/+P/HgAVAC0AcP8sADwANQDL/yMAOwAVANv/vf8WALX/HwDD/zgAEgBrABkATwDk/9//GgAeAAUAHQAsACwAv/+6/x0Av//K/+L/2f/i/9P/LgAUACEAFQC4/xQAFACu/9f/kf+d/9L/1f/Q/zcA2f/R/8v/6v/Q/9//s//a/zoAnP/C/8j/QgAwACYAHwAfAL3/FQDd/77/AADf/1EAqP8WADMAFQArAKL/wf/f/wIAPwAxALv/7P/h/xEANADS/wsAHgC4/+b/KAAWAMr/yP8XAPn/MgC5/yIA6//d/00A4/+g/0MAzv+9/8H/zP82ANr/j/9DABYA4f/J/8L/EACg/8H/1v9DAN//3f/b/xEA8P+8/+n/6P/B/7T/4P9CAMD/1//Q/8X/IQD8/zUAs/8UAOv/v/8oAKb/x//e/zEA4v8WAMv/MACv/x8AS//e/xsAyv8S/xgAGwAcAIP/EwA8ABgA5v+o/yIAz/8UAKr/vv9LALb/HwAWAOP/of8WAOj/MgDs/93/5/8ZAMj/z//E/7//1//l/8T/5P/k/9X/AwBAAIL/rP8/APH/CQAbAML/GgCx/xIAIwASAFUA//+p/7f/6//j/8f/TgDu/8f/9v8UAEoAJAAAABcA5P/g/xQABwAaANr/uf9EALv/wv/1/xYAIQAUAAwAGQAXABwAJgDm/+b/y/8WABQA5f8YACsAIQAEAEAA0P/a/+T/GQAvABIA4//j/9L/3//L/xQA4v/r/2T/KwDn/73/HQDM/8D/j//C/ykAwf/g/+D/0P8UALn/FADZ/6r/zP8VAMz/4/+O/+r/df/J/97/x/8xAC0AHgA2AAwAAgDR/73/SwDQ/+n/yP8RAPT/QAA/AM7/3v/l/9b/wf81ANj/2f+b/7T/IQDG/zEA1f/n/xQAxv+y/zUAGwDR/+r/sf/T/xUAKwArAFYAHQDT/6T/hP86AND/4P/L/6z/r//h/+f/u//S/8X/sv/b/+f/4/+u/yQAKADb/xYATgDc/xwA3v88AOz/FQAHABcAGQC4/93/HAAUAH3/rv8dABwAtv/J/5D/6f/o/9D/xP+0/8L/xv9GADcANQA3APj/GADP/0QAr/8eABUAJgAfADcAFQAZAB8ANQAhAEoAGAA8AMX/3P/s/yEAGwC0/wUA3P/I/8r/CgDG/7r/6v/U/yMAx//X//T/JACL//P/RADx/7j/pP/m/xUA+f/c/xgATACl/yMAFAAkAN//QADi/0EA+f9UAMj/7v9jABUAHgCO/xgA1P/D/xcA0P8VABUAFQDW/xwALwAnAAgAJQAVAC4APAAdAKT/JQAcAAYAJADA//z/yf/v/wYAVQA0AB0AOQAZAL7/xv8wAAkAFADl/+P/4P8hABsAEwAsABEAMAACAAEAFQAwABQAPQAYANb/zP8WAM3/6f8mAFIAOQAoACkA6f8KACgA9P8YAI7/FQAjANH/6//j/9n/FwAYACEAFAAcAOz/FADh/+n/rP/U/87/ov/z/+D/6v+Y/63/yP/l/93/lf///18AxP/b/8H/2//j/xsAz//Z/xUAMAAYALT/p//L/83/KADQ/9j/xv8bANf/wv/S/7j/2v+t/x0AIwD//8//wP/O//7/sP/A/6D/3/+M/xkAzf/6/8//z//M/z8AJADF/zgAGwDT/8T/y/8LANj/0/+Y/8L//f/n/xUAFwAzAMj/HwAdAB0AGADi/xQA//8TANP/RwA5AGH/uv8UAND/MgAHAOH/wf9IAPv/KwDL//T/t/81ALr/3P85AML/zP/M/xUABAAUANX/4/8UAMf/6P/l//z/KACb/9j/FQAHACAAhf9BAOX/sP+2/9r/6P8XACIAQADe/5j/y//q/z4A6v/R/xUAQAAUAC0AFQC0/04AFAAdALD/TwD3/97/JAAcABgAFAAgAPX/4v9ZAOb/1f8XAPv/2f88ANX/2f8oAB0AQgABANn/HgAyAPX/AAD4/8j/LwCs/6H/DgAZABcAHAAUANf/EgAUAPH/JQAdAL7/xv/r/+b/1/+0/7//2v/E/8T/vv+c/6n/FADb/7j/rP/f/8H/4P8bAOz/GQBCAMX/6f/I/xUAFADA/xQAKQAUAOH/Vv+b/wEA4/8fANT/GwBw/6r/HAAwABoAyv/f/yEA3v/s/+z/OAD+/8r/CgAUALz/5/8VAOf/1f/k/xQAGQAXANP/4/8UAMn/0f/F/xgARgDs/9b/6f+t/9X/n/+Z/xgAy//W/5X/w/8sABUAof8jAMf//P/s////8v/Z/9f/rf84ABkAyP/r/6z/1f/q/8j/OAC//zcAMAA2AHf/QgBLAE8AHgAoAPf/5f8UAMj//f/y/6X/yP87AOz/q/+4/9j/YQCm/xQAIQC9/5f/x//+/+T/WwAZAKT/3f8iADoA9f/j//T/pv+6/xsAAgASAAsAAgAt/9//SgDI/0MAoP8gAL3/HQDE/8z/AgASAKH/xP+9/9v/CwC6/8P/KAC8//T/3f/f//H/9f8CAPb/1/8YABgA/P+4/x4Awf+K/6z/xP+0/wUAFAAVAOD/OAAXABUAw//P/+P/rv/U/7P/1f+1/6r///8rADQAOQAUAG4AxP+9/9v/uv/0/9//FwAoABUAHADg/5//0v/j//b/OQATAB8AAwD+/8f/GwAUAPT/5P9NACsAFAAjAL//KwD6/9X/7v8CANn/FwDs/xUA7P9FAKj/4/87ACoAHwAgAOH/3P9DABYAIwC//zMA4//h/9z/OQAKANP/q/8tANL/z/+x/5D/uf8RAN3/IQDz////5v+f/yAATQDU/9P/0v8tACwA6P/D/ykAQQADAA4AFABNABcAxP8XAMz/FADg/xcA+P+n//z/3f/m/8j/DgBRAOv/FgAHAJr/GP+4/zkAfP8fAFIAFQDL/53/AwAQABQANwAiADcA3v8BAMX/2f9GAOv/3/8oAOX/9/+3/xQAQADn/wsAtf/c/9r//f/q/xUAIQCy/yAAFQAVANX/pf8dAND/QAAjADMAyv8zACYAFAAUAK//1P+2/7//HgDJ/x4AVgAlAN//1P9OAML/5P/I/1gAQAA0ANX/1v+5/+r/v/+7/ykAHwAfABkA7P8vAOP/o//R/yoAPAC//1YA4/9DABoAFAApALP/FAAWADYALgAsACoA1v8wAB0AFQDV/7D/KQAkAMD/LwAVAB4A5f/3/wEABQAcABcA0/89AAwAMQCf/wAAOQDs/xUAHQD2/9D/SwDr/x0AEwDq/9v/FwAtAAMAFwDU/93/JgC3/ysASgDL/ysAxf/Y/1sA4P8eAAsAJgCk/9j/PwDH/yYAzv8ZADsAVwDN/yMA5/+3/7v/xv/F/y4AJwDi/9L/IQALACsAzf8lAL//mv/i/+X/mv/S/yYA1f/M/+X/u/8XABQAxf+q/+v/GwCg/8b/w//X/93/pP/n/8f/2P9DAEQA6v8UABgAFADW/6r/3//k/xIAFQCw/wcAFgAUACgAxP8lAPX/6/8lANf/2P86AAUAk/8CALD/6v+o/73/VwAcAN3/MAAxAB8AEQAXAFMAGwAVABwAuP8VABMAQwAjAO3/sv8aABUArf/X/x8Alf8yACEA0P+U/0//7v8dAAkApP8hADkA0f+n/xQAFQAUABUAFQAdAO3/wv8qAAMAu/8rAOL/4v/i/zEAIADH/9b/q/+s/6n/VgBVAAAAu/8oACcAlf8oADUALAAxADAAFQAeADQAHQAcAF4Az/9EADIAFQAlADYAFgAlABwANQA5AB8AFAAUAEIAu/8lAC8AiP8YANP/4P++/9L/FADj/5v/vv/5//z/PgA6ANT/NwAEAOj/QADN/zUAMQAtAEYANwDs/+z/yf8gACUAyf81AHf/5f/p/wMA6P/M/73/y//i/6r/rf8YAHH/t/8vABwAHQA3AAkA6P8SADkAMwDe/+z/3f/K/8n/FADB/73/NwACABgAGwApAOb/HAAfADQAJwA0AOn/xf/f/zkAHQAVAK3/1P/V/wEAKgDi/9f/FADS/+f/FADb/73/7P8VABQAFAAWABQAQwDf/+z/DADW/zsA0f/r/8D/6v/p/83/0//K/8//1/8VABgA3v/x/97/GQAZADEAGADC/zMA2f+9/7//vP/j/9T/1f8SABkAu//O/yAAGgDT/5T/7P/g/6L/2v/L/9L/AwDm/+f/3v/l/xUAs/8tAMj/AAADAM7/IwBHAE8AJQDr/ygAyv/a/wUAOAAcAOf/KQDM/xoA2//r/wwAFQAVAOf/GADr/6D/4/8EAD8Avf84AB8AIAAUALH/i/9AAMz/IgDJ/6z/pv9UAMf/KwAaAN//nf82ACAA5P8rAMb/4v/l/yEABgAEANj/5f8eAND/vv/B/xoAw//m/+f/0P9NAAcARwAyABsAFQAlAF8AKAAmADsAqv/I/+b/2/8jABQAAAAUANn/KwBQAL//iv8oAK//FADe/7j/wf/q/xoAPAAfAP//sP9i/ygA5f/i/83/HQAWADQAGwDP/4b/1v8VAFAA2/+j/zQAEgCV/+T/+P80ACEA+v88ADEAMAAmADQA5P8gADsAOAA7AMD/6P/9/9j/SQDZ/9L/yP+z/7X/RQAbACkAUwC8/ycA4P8bACAAw//i/8n/KwDG/yEAv/8CAMD/EQAXAEIAIwALACUANgDV/zwA1f+w////RQDb/xcAFgBCABQA+P+9/7H/BwAfAB8Arv+o/yMA4v/m/zQAvf+w/+b/5v/8//P/g//9/yoAFgAoAJ3/FADf/8r/7f/+/ygAof/S/+j/vf/F/wAA0v/c/yEA2v/Q/+D/4//5/+//AgDW/xUAGwD//9r/PAC5/xAADQDo/9j/5P/Q/8b/CwCR/8b/rv/e/6f/yP/B/+H/3P/4/9v/tP+6/67/2f+6/83/v/+o/8f/2v8cAMj/zf/L/+j/2f+z/9j/FADq/7H/yP/P/yEAxP/Q/8n/qv/T/9D/AgDg/9j/6v/G//P/pP8cAMT/wv/D/7n/CgDW/7v/4v/R/8r/s/8HALr/2P/B/9//nP8WAOP/qP9GALz/r/8BACAA1P/P/zAADwBtAP//3P/O/5v/IwAVABsAzv8UAK7/KwDY/+X/zP8rAC0Arf9GACEA5P/m/+X/5P/C/xgAxf/m/+H/1P8qAAsA4v/J//z/HAAmAOX/sv8VAOb/LQDa/xQA6P/g/9H/mf8wAG3/hQDV/x0A7/8GACAAUP+l/67/l/8cADAAHQAVAHr/0f8IABYA8/8TACUA8//I/wIAGwAXABcAagAeABUAFADl/9f/GQDz/x8ACwAVANj/wf/R/+j/tv/e/3T/tv9ZAMb/9v+T/7v/df8aAHb/AADd/zwAFgAmAJsAx//S/4D/mv99/5n/kf97/0IA//8mAC0AMQDH/zAAo/+H/wYADAAWAJf/HQD4/+L/Zf+1/xkAPwBBABkAev++/wcADgAqALL/dP+j/9D/yP/K/0P/tf82AID/pv9o/zgAr/+6/x8A9P8R/73/DwBNAJH/iv+n/7X/jv+n/zwAf/+0/zYANwCL/x0AKQBGAMX/DgBXAJn/xf8RAEf/tf8gAKL/DgCl/1MAHwAzAMD/5P+g/8f/uP9l/0gAMwD2/wgAEQAzAPr/vP8IAP7/u/8bAAEAv/+4/9f/yf9CAIT/6P8vAMv/wv9CAEsAGwCS/8r/k/9OACAADQD5/yMAWgAqAPr/OACN/5v/HgAdAEIAVP+o/97/3v8EAMr/dP8SAMb/vf8eANP/vf8QALP/iP/t/8r/Av8qAGD/9/87AHf/dgD3/7L/gf8hANn/xv/3/6L/u/9XANj/yP/i/w0Ayf9I/7X/KACa/8f/wv9yAMb/bP/m/yYAl//W/4z/hP9f/7f/3//f/x8A//+9/43/r/9+/4L/5f++/8P/dQCB/6r/pf/N/7//hP8XACcAkv9Q/8f/y/9z/zAAIAC5/+//pf8UALX/v/8ZAKH/uf+3/7z/KgCi/77/kf/E/9b/RgDS/83/mv8CAFX/s/89AEsAGAAWABgAHgC8/67/qv/R/0wAhAAOAFj/v/+8/+3/RP8tAPr/if/0/8n/lv+m/6X/0f8aAFwANf8UAB8Acf8VAEEAov8FAJj/Z/8AABgAMADB/6H/0P+7/5L/wP/H/5v/xv8XAC//SQCJ/6T/mP+G/3r/p/+r/xgAsv8eAM7/av+l/yEAq//c/+//mP+P/6j/jf8CAOD/4/8mAEL/5v+//5//FQDH/7v/CACb/6r/4P/i/zEAi/8RAOP/j/8XAEsAiv8/ABb/S/8i/8j/tf/n/7//DACi/47/df/J/9X/pP+I/zUAif+1/7f/ov+H/yf/xP/C//H/lP+6/yQApf8jACQAnv8VAL3/7/8/AJ3/u/9q/8b/mv9h/5j/UP9l/5H/CADF/7v/RwBh/67/nf/t/+f/sP+2/5j/BgADADQAq/8aALn//v/V/8X/CQDG/wUArP/e/xgA2P+0/6r/p/8+APv/oP8XADMAzf8UAIr/xf+R/zYAiP/F/i0Aqv+y/zEAsP8HAIr/vv+1/0EAaf/P/kAAAACV/zUANAAhAPT/QQDC/7z/sv+b/8X/4//L/2z/FwDr/0EAxv88/5z/DwBBAE0ARAATAL//1v+7/zsARP+/////pf/G/6//w//M/rP/sf/+/20Ayv8LADQAIADJ/woA+f/A/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC9/xgA5P9//8j/7f/QAK4AEQDz/4j/6f9r/63/q//6/0QAUf46AH0Abv9eACUAff///7D/DgB6/xkAAQAJANj/3//f/0AAJwD+/zEA1f8RAGsA9//o/x8A8/8yAOj/FADl/+r/MwAmAIH/vP8aAMv/UQCZ/yEAIgAAANX/7/+t/73/RgDK/7H/IwAUAJL/TADG/1oALwC7/zoA9v8TABYAy//E/8H/x//H/7X/WwDa/yMAvP+3/7j/8P/y/7r/7v8yABQA5f+y/xsA6v/t/wsAAQCE/7v/FwDm/yMAFAANADAA3v+i/9X/7/8EABgAzf+u/00ASAA/ADwAGACy/xYACgACAA8AFADR//f/QQDP/yUAHACJ/+f/PQDg/w4Asv/Y/8L/JQATADMAKwAeABUAvP+f/xoAGQAsAA4AwP/h/8v/9f9q/8H/OADN/x8ALABQABQAU/+Y/xMAr//V/8z/2f/L/8n/IwA6AK3/GwC2/7f//v/m/9j/EQA/AN//FwD8/9j/FwDh/6z/yv+k/+v/sP/v/9X/6P+g/8D/FQDF/w8AsP8LAFsA2/8uAEAA0P8JAOz/MwDj/5b/6P/Z//L/z////xwAKgA4AN7/TgAAABwA+/8aADsALwDB/xsASgA/AOf/GwBWALT/HADh/0MAvf+9/xMA7P8EAB4AFQDQ/8P/vv/a/6P/DwDB/7r/4/8ZAKb/4v/n/yEALAD//8v/nf///wcAIQDc/xEA9P+8/wMAuf+0/wYAjv/s/5z/+v9CAOD/xP8lABMA8v8aAMT/1//N/xsAGADL/xUAvf/Y/zAACQAbAOb/3/+o/8v/5f9IALv/FgCc/9j/tf/n/+//3P8bADsA1v+b/yIAWgA/AH4AGwAkAP7/GQBg/wcAJQDM/yAAlf/5/83/qf+p/9H/PwAIADoAEwCs/yYAFACN/8z/w/84ANP/xv/r/87/BwAYACwA+f8QAML/9P/m/+P/JwAAAN7/2P/L/7X/+P/e/0AAtf9QALT/yP/X/ygA4v/b//L/wv8MAOf/LADn/+H/4//N/+D/FADq/97/rP8PALT/5v84ABwAwf+B/0MA7/+6/zIAjv+k/4D/1v/Z/yQAzf/o//n/3f+m/x4ASgAuABsAKQAZAOr/w/+8/wIAFABIAOX/OACh/4T/v//T/yQA6P8kADwAyP/f/wYAVgD6/z4Aqf+u/8v/1v8aAOj/GQDd/0IA4/8oACoAHADR/xMA7//U/+j/FQDO/zgAIwDV/xgAu//I/xwA8f8bAM3/3v/E/zIAKgDU/+f/zf+k/3YAAADg/8j/p/8tADUACAAcACIAz/90/+3/1P9FADYAIQDk/6n/UACJ/w8AEADU//b/uP/A/zIA5v8UACsAEgDJ//b/JgDC/9//k/9IABQA4f8gAF0ABwCo/8//tf+O/7//4v8EACYAtv8MAOz/UgA9AJr/4P/Y/xUAwP96/xQA+//5/y0AIwACABcAMAC8/8n/tv/q/8b/EgCY//T/6v8sAOD/2P8NAA8A2P8gANX/5v/f/+b/GADw/x8A4P9PAJ//uv/A//D/PQCi/xQACgC8/7j/sP/3/8z/CQBDACsA5v/Q/8j/0P/D/9T/PgA2ADQAyP/c/+L/wv+Q/8j/LgDM/+z/zP8aAO//7v+w/8P/FQAXALr/LQArAOv/JgAMABEAHwDI/0EAof8QAOz/tv8VAPn/MgCp/xEA9/8vAL3/0P+u/7b/1P96AMH/KAAfAA4A///N/6v/1P8VAN7/GADo/y0AMADU/zMAPQAAAPP/cP8MAOb/1f81APb/XwDr/4z/NAC5/7T/0v9IAPD//f/X/8D/DwAQAGQAHgDq/+z/BACY/7z/5f/W/6j/+v8YAAIAvf/5/9H/9P/j/0gAFADk/ysApf+q/ycA3f/P//7/BQAgAOn/EwAUAJL/KQAfACQADAA5AOr/LgAXAEUAJQDm/yEARQBOAN//EQDe/+r/+P/n/+b/CAA8AOf/4f/S/+j/GgA0AJX/KgDb/6z/1P/C/8T/vf8VAPv/CwDz/6r/u/9uABsAGADf/7b/FQDV/7r/0//J/y0A2f/E/5///P9IACgACQAnAFQAYAAlANv/uv+6/y8AQgBjALD/2P+x/8z/8f+v/9D/GwDv/y8Awf8RADEAov+6/8v/u//k/6n/IwAuAO7/pADr/8L/kf+l/5z/0/+x/9//0P9TALn/MgDE/7z/5f8YAPD/+/9BAOv/yP/U/0IASADU/8//1//+/xsAwf8vADQAwv/S/yAA3v+k//v/AwAMAAwALwCd/9D/+/+u/zcAXwDH/ykA5f8xAOT/owDi/+f/3v8QAOz/z//A/9v/2v8LABgAWwD1/8z/FABCALH/9P+i/9X/y/+//7T/5f8yAB8AGgD9/8r/1v/A/97/pP/F/0IAMgCd/zgA4/90/8L/HADB/z8A3//a/9n/xv/C/73/HQAkAAIA5f/q//j/HgDT/83/o/89ABUAvf/y/57/HAD+/wYA8P8GAOb/HQAkANv/sv9KABkAMAARABwA/P8dAHsA/v8VAPL/3f8MAOb/7/8vALb/IwAGAJL/vf+//7//7P8DANj/oP8JALr/n//G/9v/2v+2/73/GAAaABUAOQAXACoAIwAPANr/CgDu/zoAwf85AND/IQCy/3f/3/8bAB0AXwD7/5r/GgDx/7j/GQAQAML/0P/y/wcABADs/wsAPADC/4r/CQDG/wwAJgAjAOT/6f/C/x8Ay//w/zwA5v8JABkAof/t/x4A4/8VALr/TAAUAOb/OAATABoAEADI/xoAEADT/+z/JgAfAOD/v/8rAEYAzv8gAO7/rP8AAJr/CADg/0QAEQDl/6n/6P+5/yMA+v+7/zsAGQD7/yoAOADf/xoAtP+6/1IAGQDb/6v/FQDo/7H/AwA7APD/mP+l/8f/xf8NAD8ADQDM/wIAsf/m/9L/5P/3/yEAPAAUAAgA4P/G//v/+v8nADIAHABKAPv/YgDn/zsAxv8lAEAA0f/B/7r/KgDD/4r/JAD7/7P/x/8HAMH/pv/W/x4AGQDY/6z/4v8rANP/EgApABIAq/+5/yMAef8yAEUALQAeABQARwAhAOX/DAAUAM7/x/8WALf/tf8TABMAy/+1/4f/TwDn/wIA+P8jADsA0P84AOf/y//E//7/vv8KACQAlP8VABwA2v+p/+r/7P/U//v/OwDD/8n/rP/f/+H/HgDD/0oA1f8FACMA6v8nALj/MAAGAAgA9P/E/9n/5/8jADAArf/B/1YA8f/9/+v/dv/E/wgA1v8AAJn/0v8NAOn/6f/e/+T/p//B/6j/zf/+/9H/lv/n/5X/uv/4/+f/GwAUAM7//P8hAAgA5f8UABgAOADG//n/FAD2/9n/RQCj/9v/EwD5/+r/HQBsAMj/JQCrAOj/TQCx//v/6P+u/ycACgAuACQA/f+9/wUAtf8fAPn/CQDh/ycAHwAkACkAxv/H/8P/EQAfACQAHQDx/1cA6v/D/6j/6P8uAL7/vP///7H/KwD6/8v/+f/U/8L/y/+q/xwAc/8GABMAvv/N/04AdAARAPL/GgCZ/43/WgDV/zYA4f8QAM//4v8YAOP/f//V/+7/3P+5/xYAuf8oALD/7P/y/yoAtv8WANz/w/8ZALr/HgC2/9f/+P+l/8b/wv8FAO7/LgDU//b/FAAfANH/7v/g/83/wv8FABQApf+s/9f/0/9JAOP/JwA6ALD/xP8wAPv/UADK/9D/HQC8/7z/zv/t/xgA8v89AM3/+P/W/8r/EwDt/+L/HwAtABsAEwDd/8j/FADO/8j/sv/G/7b/JwAWABAAGgA1AJL/HADu/wgA8P8lAA4AMwD+/7T/sP/+/yIAzP84AAUAzv8aAIn/u/81ABIAuf/O/+//t/82ALP/7P9kAIX/qv80ABQAKgAVAMv/7P/t/xUA5f/r/zIAAADO/1EAQwB0AB8AGgAUACMA4//M/wgA5/+b/xQA2v/s/zEA5f/8/yAA7//c/wkALwDq/9f/0v/H/+j/LgAnABQAEgC+/9v/qf/f/9n/zv/r/23/hQD+/1QAHgAOAOv/1f/o/8L/LQAuACgAMQAPAOf/xv/m/xYAJAAmABoAHgAeAB4AHgAZAOT/v//d/+j/MAAHAO7/MQAYAKD/0f/n/53/CAD7/4//BAA3ANL/zv+z//r/0/9QALr/2//M/8z/TAC2/1wAlv84AHP/6/+b/+v/OwCP/xgAxv/Q/+r/OACP/9L/AgDq/8X/HAAgAMT/5P+v////3/+9/9j/wf8UADgAxP83ANH/0f8BABoAFAARACcAOAD9/zsA4/8FAMP/6P/Z/6z//f/2//D/1v/U/7X/FgAVAC0AuP+9/8b/2v9x/woA0v8QALX/m/8IANr/BwD//zEAEAAYAM7/0P+a/8X/JQApAAEAAgA+AOP/CADd/6//GADa/wwAuv8XAOn/6P/E/1sA4/8YACMALgC0/wUADwAXANb/qv8TAKr/xP85AFQAKADe/8H/vv+q/8D/5f/Q/xQA8//h/6b/0v/A/6T/9//K//P/yf/j/xQAMAD3/8f/wv8nAMD/1/++/wsAwP8RACsAm/87ADAAv//W/9n/vf+3/5b/y/84AAcAuf8sAP3/pv8r/wcA5//R/+//2f/d/63/NADe/9n/DADv/zUANQA6AKT/z//s//f/OwC+/wYARgAAABUAJgAiAK//DwDp/ywAuP8VAMX/AwARAHL/FgDP/zIAzf8jAOj/mP8JADEAAQDN/67/wP/M/9L/q/+7/04AAwCb/xUA9/8oAO3/4v8jALT/6/8qACYA5P8EADEAtf+B/wYAEwCh/+v/HgA1AN//z//j/0UACAApANf/FQDn//z/DAAPANP/GADh/+z/xf+l/97/BQC//yYAFAC+/8j/xP/H/5L/OgAvAPj/lP8YACsAMQD3/wwAzf/c/yAA9//k/wsA+f/P/7X/yf/Y/xoAHgDS/9n/+f/9/+r/LAAsAOn//P8jAAwAzP8PAAoAXAC4/7X/FgC1/0kA5/8nANT/jv8UADEAOwAWALv/HQDf//z/JADj/9//4f/8/zYA3/8YAD8AJQAUANn/LQDm/+L/6//l/8z/HwCh/8L/KwA/ALH/uP8bAG0AFQAFAA0Azv/r/5//AAAMACsAuf9NACYAHgCm//P/1P86AAsAmf+4/w8AMwDY/zEA6P+v/xAA1P/r/0UA0P/d/7f/5v8hACQATQCA/woA+P8eACgAwv/b/+f/FgA7AEYAKgDn/xUAlP+0/wQA0/8aAPD/iv/B/wgArv/V/+n/sf+6/xMAKADn/97/3P/f/yYAqP8WAOT/HQAhACYACQAdAIr/7P/h/xEAGwArAMz/j/+8//b///8IADIA0v83AM7/EAD3/9r/PwCF/+r//f8MAFUADADg/xYA+v/w/wwAxP+Z/8T/5P/V/xQAFAAMABkAFwAcACYA5v/L/+b/5v+K/6D/NgA/AAEA5f8YACsASwAwAPn/0f8FAOn/v/8ZALD/8//j/+X/0P8SAOH/EQDm/+7/BgAUALL/V/+X/yoAiv/W/xMAdf/J/9X/AwD2/9X/1v8RANv/AQCy/wwAJwBj/1EAwP/5/93/IgDZ/9r/OwAXABEAr//G/woAv/+5/8H/0P8bACoAAwAxAD0A/P/S/wAAvv89ALb/4//J//n/4f+0/woAw/9tAB4AGADs/yYAHwA3ABcAHwBUAPz/NQAhAEoADQDS/8X/3P/2/xoAAgDY/7n/lP/Z/83/1P8jAM//mv/9/yQANgDX/6f/3f88ALL/+f/Y/xgASwCl/wYAl//z/yMA4v8cAAYATwAUAC0AAgALAO//TwBaAB0ADgCz/woAV//v/wYAWgAIAA0AKgAZALf/JQAUAB8A4P+a/5j/GQDl/53/0/8VADAA+P++/9X/2f9V/4b/6P8jAL//EQD0/x0Amf/5/5v/3f8VABwAoP+y/97/+v8UAMX/7/+8/7D/BgC+/zMAQv/G/9b/MQAZAB0Aw/8uACEA+f/8/wUA1v8CANP/DAAhAGH/LQC4/wAAjf91/9v/JwAJACsAGQDI/xYA7P/M/+3/zP8VACUAyf+n//z/KADR//j/PQCw/zAALQDA/9P/kf/L////rv+d/zAAxv/r/+b/1/+0/7//tP81AK//pf/j/77/FACv/2z/4P8AABgAJAAUAPz/9P/K/8n/GQDs/+z/JwBPAB8Ayv/q/9v/DgDg/9X///+e/xQAs/84ACcAIwALADcAFwCO/zcAFACp/73/zf8DAMT/IQBKAMz/AgAQAKH/p//b/wsAuv/C/8P/7v8oALP/9P/d/9//+f/V/+L/AgD2/9f/CgCg/7T/HQDI/7z/KAANAK3/OACi/+P/9v9IAFwA/v8SAAgA//+S/+H/BAC2/xgAMwD3/4T/PgC7/7b/FACX/9//TgDC/zsAyP/B/7P/6v+v/zEAIwAUACsAuP/B/+L/AQAtAAoA5v+y/9L/0v/d/zQAzP/1//3/JgDX/5P/rv+//1oAxv/p/xQAFACq/8H/DgCR/xIACQDr/6X/5/8WAAgA9f/Z/+H/LQCx/zQAGwDp/73/TwAcAK//MAAVADAAw/9FADgA3v8VANz/AQDz/xUAHwAVAB0AsP+l/7v/4v/i//j/qf9WACAAVgBVAAAA7P/l/0sAcgArAK//dgAWACsANADe/w4AHADF/9P/4/8jAEkALwD+/zoA1P83AOH/BADj/0AA//86AAcAQQBGAD8A7P9DALz/1v/i/6r/KwDy/wUAr/+e/xQA+/+j/7j/TQCL/xwAwv8VAA0A/f+U/93/1f/4/8P/dv/K/8D/1/80ABsARwDe/8v/KwC//63//v+7/+//0//T/5T/wv+W/4H/u/8DAMj/5/8IAKv/BwD8/zoARAA2AOf/NAD0/+H/3v/s/xYACwD//7j/2f/q/+T/PwCq/zgAsf+7/y0AKgD1/97/7//Q/z8AMgA7ANf/NAAGAAQADADQ/77/wv/1/xYAFwDD/8z/FQDn/0QARwBPAPD/5v/6/xQA3v+4/8//6v9GAA4Awv8GABIAvf8ZAKD/AQDG/7v/s/+2/7X/OgAbANT/0v8yAAkAIgDi/9H/6f8/ANb/AAD9/w4A1/+s/5v/zf/z/9f/4v/m/zQAlv/m/+7/BADj//7/HQAaAPr/kP/D/5//RADb/0EAQQAQAEcA4P/h/yAACwDc/yMAhf/+/ycAGwDv/8H/DwDH/xgA7f8HALD/CQAcAL//wP8lABYA5f/D/xUA5v/v/7T/FwDd/xgApP+4/9v/+P8tAAkAFADl/zsAvv/D/7b/6P8=',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-59, -71, 7, -5, -41, -34, -31, -17],
    classWeights: 'AADK/wAA+//I//L/z//J/+3/9//2/+z/FgDs/wAAx/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/u/+z/6P/s/wAA7P/s/+7/8P/5/+z/FADu//b/8f8AAAAAAAD0//T/EgAAAAAAAAAAAAAAAAAAAAAA4P/0/+r/5P/Y/xsAxf/Q/+7/FQD5//j/7f/t/+v/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//6//n/AADt/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xYA6f/v//D/6//p/+z/7P8XAOr/6v/s/+v/5//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P8uAM7/4f/b/9r/1v/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAA7P/p/ywA6/8UAO3/7v/s/9j/6P8AAO7/8v/3/wAAAADt/+3/FADs/+z/7P/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAO3/7P/t/+z/6//q/xUA4f/s/+r/6//p/+r/FADt/+v/CwDY/+P/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/+P/y/wAA+/8SAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/9//s/+z/7f8UANX/2P8bANn/3f8MAOf/3P/t/+7/8//z//T/7f8UAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P/k/+b/6v/l/xgA6v8WAOz/9v8AAAAA2f/s//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDp/+L/6//r/+L/AADm/+z/6//r/+r/7P/s/xQA7P/P/9f/1v8AANn/0v8AAO3/AAAAAAAAAAAAAAAAAAAAAOv/6v/q/+v/6//p/+v/FgAAAAAAAAAaAAAA+P/v/wAA2P8VAOr/7P/r/+n/9v/r/wAAAAAAAAAAAAAAAAAAAADw/+r/6f/3/+v/6/8WAOr/7P/q/+r/7f/v/+v/FQDs//T/AAAAAAAAAAAAABEAAADs/xUA7P/y//b/7P/r/+z/AAAAAAAAAAAAAAAAAAAAABQA8f/z//D/9f/s/+z/7f8YAOz/AAD7/wAA3P/m//L/7P/s/+3/7f/s/+3/FADs/+z/7P/t/+7/7P/s/+z/FADn/+L/6//s/93/2v/c/yEAAAAAAAAAAAAAAAAAAAAAAO3/6//t/+3/7P/r/9v/FgAAAAAAAAAAAAAAAAAAAAAA7v/s/xQA7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/l/9r/6//p/97/IgDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/yQA8P/3/+7/5//Z/+P/AAAAAAAAAAAAAAAAAAAAAOr/7P8GAOH/5v8MANP/4f8AAAAAAAAAAAAAAAAAAAAA2v/m/+7/8/8AACcA3v/0/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/t//P/+f/x/xQA7f/t/+z/7P/s/+z/9v8VAOv/7P/w/+3/7P8AAPP/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7f/u//H/7P/s/+z/FADc/9D/+/+k/9X/7/8QAK7/AAAAAAAAAAAAAO//EQAAAOz/6//s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA8P/1/wAA+P/4/+//EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w//D/7/8AABQA7P/t/wAAAAAAAAAAAAAAAAAAAAApAL3/gv9j/43/oP/q/7r/7P8UAAAAAADt/+z/7f/s/8b/+f/v/wAAxf+w/wAA0f8AAAAAAAAAAAAAAAAAAAAADADb/+f/AADq/9n/5f/h/wAAAAAAAAAAAAAAAAAAAADX/woA3f/o/+f/+P/5/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//n/AAAAAAAA+P8gAAAAxf8dAMb/1v/N/9b/+//Y/wAAAAAAAAAAAAAAAAAAAADo/+X/2//s/wAA3f8bAPr/7P/t/+z/7v/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8KAOT/3P/f//n/7f/d/wAAAAAAAAAAAAAAAAAAAADj/xoA5v/r/+b/6v/d/+v/6/8aAOn/6P/Z/+f/5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w//P/9v/s/xQA7f/q/9T/3//Z/+T/2P8iANT/xP/V/8L/wv/W/8v/MwDV/wAAAAAAAAAAAAAAAAAAAADt/+z/9f/w/+3/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/m/xgA7f8AAOf/6f/q//b/7v/w/wAA+P8TAPr/AADs/+z/FAAAAO3/7P/s/+z/3//a/+r/4P/o/xEA2/8AAOz/7P8AAAAAFADs/+z/AAD6/+L/1v/U/8j/uf8YAMH/2f/W/xAA2P/s/9T/zf8RAOz/7P8UAAAA7f/s/+z/7P/q/+3/7//u/xQA8P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAzf/U/9D/1f/f/ykA3//d/wAAAAAAAAAAAAAAAAAAAADq/+r/FADs/+z/6//r/+z/7P8VAOz/6//1/+z/6//s/9j/6P8AAOD/2P/V/wkAAADs/+z/4f/l/xUA7P/g/9j/4v/r/wAA7f8UAAAAxv/S//b/AADy//r/AAASAPX/AAAAAAAAAAAAAAAAAAAAAAAA7v/s/xQA7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5P/H//v/vv/c/y4Au/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FADp/+r/7P/s/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+v/AADb/+L/6/8AANb/EAAAAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAADn/xkA8/8AAPj/6//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+z/FADs/+L/4v/m/9n/4/8GAND/1v/S/wAAz/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+v/7P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//g/+n/4f/r/+T/4P8WAOn/6f8cAN7/6P/q/9n/7P/p/9j/CADi//r/5v8AANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/8v/3/wAAAADt/+3/FAAAAAAAAAAAAAAAAAAAAAAA2//j/+v/HwDY/9n/2v/Y/9j/DQDi/+r/2//p/wAA4v8AAAAAAAAAAAAAAAAAAAAAzP/X/9f/1//b/9L/LwDZ/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO7/7P8UAO7/7f/s/+z/7P/o/+v/2P8AAOb/4P8TANj/3v/f/9j/3/8uAM//2f/H/wAAFAAAAO//AADs/+3/7P/s/xYA7f/t//H/6//p/+3/AAAAAAAAAAAAAAAAAAAAAO7/7P8UAO7/7f/s/+z/7P8OAOz/7f/w//b/8//s/+3/AAAAAAAAAAAAAAAAAAAAAOj/3P/m/+j/MADp/9//xf+8/87/sv+y/+D/CgAdAND/AAAAAAAAAAAAAAAAAAAAAOz/7f/s//n/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA9v/7/wAAAAAAAB0A6P8AAA4A7P/t//D/9v/z/+z/7f8RABkAy//i/8X/2v/U/7r/4//s//n/AAAAANr/KQAAAAAAFAAAAO//AADs/+3/7P/P/8n/zP/Z/+P/z/8zANL/7v/s/xQA7v/t/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/q/+z/6//v/9//FQDp/wsAAADb/+z/7P/p/93/2f8UAAAAAAAAAAAAAAAAAAAAAADp//L/8v8AAPn/HwDg/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAA8/8UAOz/7P/q/+r/6//q/+n/4P/r/+z/FgDq/9//HQDg/9j/5//b/+T/4f/t/+3/7f/3/+z/7P/t/xQA2P/g/+//3v/v/wAA6/8AAPT/AAAAAAAAAADs//D/FADs/xQA7P/s/+z/7P/s/+z/zv/m/9z/0P8TAOv/AADR/+L/7P8gAOD/4f/p/9j/7P8AAAAAAAAAAAAAAAAAAAAA2/8eANz/3v/h/9//4//h/9j/JgDq/+z/5P/Y/+f/2v8AAAAAAAAAAAAAAAAAAAAA7f8UAO3/7f/t/+z/7P/s/+z/LQDi/+v/9//2/9P/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA6v/s/+j/6//r/+z/AAAAAAAAAAAAAAAAAAAAAOf/2f/b/9n/7f8KANr/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+b/u//j/+r/7P8bAOb/4v8AAO7/6//s/w0A2f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAARAPT/+/8AAAAAAAAAAAAAAAAAAAAAFQDr//H/AADr/+v/0f/m/wAAAAAAAAAAAAAAAAAAAAD4/+T/AAAAABQA+v8AAOz/7P/s//L/AAD3/+7/6v8UAO3/5f/l/+n/7P/k/xwA5//s/+z/7P/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPD/AADk/xUAAAAAAOr/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//p/+z/7P8VAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8v/v//X/+P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/+f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+n/9v/q//P/9v/e/yYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/y0AoP+w/wAAu//q/8n/AAAAAAAAAAAAAAAAAAAAAOz/FQDr/+z/7P/s/+r/7P/s//D/8P/v/wAAFADs/+3/AAAYAAAAAAAAAAAA6P8AAOP/AADn/+f/GgDh/9v/1//r/+z/FQDs/+3/6//r/+z/AAAAAAAAAAAAAAAAAAAAAOv/6f/e/+j/6v/X/97/IwDs/+z/7P/x/+7/7P8UAO7/AAAAAAAAAAAAAAAAAAAAABoAAAAAAAAAAAAAAOj/AADw/+3/7P8AAPP/7P8UAOz/6/8VAOz/7P/r/+z/6v/u/wAAAAAAAAAAAAAAAAAAAADk/x8A8P/m//n/5f/k//H/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+v/7P/r/xYA7P/s/+3/5//q/+z/4v8bAN7/5f/p/+P/5//l/9z/HADO/9r/3//X/+X/1f/s/+z/7P/s/+z/7P8UAOz/FADu//H/9P/w//L/6//s/wAAAAAAAAAAAAAAAAAAAADX/wAA2//n/+T/1P/W/wAAAAAAAAAAAAAAAAAAAAAAAO3/FQD0/+7/7v/u/+7/7v8AAB0AAAAAAAAA9P/p/wAA6f8cAPL/AADk/+7/4//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/8v/1//Y/xEA8f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7/8AAOz/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7//v/wAAAAATAPP/8P/s/+//7P/v//X/FADs/+//AAAAAAAAAAAAAAAAAAAAAMn/SwCs/7L/xv++/+P/vP8AAAAAAAAAAAAAAAAAAAAA5v8bAOL/2//o/9r/6f/l/+z/6f/s//D/8f/L/+j/GADs/xQA7P/s/+z/7P/s/+3/5v/s/+v/6//s//L/6v8SAOz/5f/x/+3/7v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/r/+3/7v8UAOz/6f/r/+v/6//s/+z/7P/r/+z/FAAUAOz/7f/y/+3/7P/s/+7/AAAAAAAAAAAAAAAAAAAAABQA7P/u//P/7//s/+z/7v/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA6v8TAO3/9v/s//D/FAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAAAAAAA7f8TABgA6//q/+3/7P/p/+X/6/87AMv/zf/K/8j/3v+7/7z/7P/s/+z/7v/s/+n/FQDv/wAAAAAAAAAAAAAAAAAAAAAAAN7/AADn/+j/1/8AAN3/7f/s/+z/7P8AAOz/FADs/xsA2v/r/9n/7f/q/+n/7P/s/+z/7f/t/+z/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/yv/Y/8b/3P/W/xQAEgDs/+z/7f/s/+z/7P8UAOz/1f/g/+j/5f/V/zAAz//H/+z/6P8VAOz/7P/r/+z/6//p/9//HgDY/+T/zP/k/93/HADp/+D/1v/P/9L/AADY/wAAAAAAAAAAAAAAAAAAAADR/+b/uP/N/+L/z/8kANj/7f/o/+D/6f/n/+z/FwDg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/u/+3/FADs//L/7P/s/+z/8f8UAOz/7v/e/+L/7P/q/+b/AAAAAOv/AAAAAAAAAAAAAAAAAAAAAO7/7P/s/+7/7P/s/xQA7f/s/xQA7P/s/+z/7P/s/+z/7f/p/+n/6/8YAOz/6v/j/wAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAA+P/r//r/FwD1/+v/AAAAAAAAAAAAAAAAAAAAAOv/AAAAAPP/FADc/9n/7P8AAAAAAAAAAAAAAAAAAAAA7P8JABgA3P/j/9L/1v/b/+n/BwDY/+X/zf/n//v/6P8AAAAAAAAAAAAAAAAAAAAA6//r/+7/6/8VAOv/2f/w/+b/AAAHAND/x//s/wAA1P8AAAAAAAAAAAAAAAAAAAAA+P/v/wAA9v8AABUA7v/2/wAAAAAAAAAAAAAAAAAAAADR/9L/3v/r/wUA5//p/woA7P/s/+z/7P/t//r/FADt/+v/7P8UAOz/7P/s/+z/7P/j/wAA1//g/9n/6P/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P/0/+3/7P/r/+v/FQAAAOz/AAAAAAAAFADt/wAA7//s/+3/7f/t/+z/7P8UAPf/9v+k/6v/2v+w/+n/k/8AAAAAAAAAAAAAAAAAAAAA6P/4/wAAAAAAAAAAHgD5/+z/FADu//H/AADs/+z/+f/2/+X/DADE/9j/0f/a/9D/5f/b/wcAtP/Y/87/6f8NAAAAAAAAAAAAAAAAAAAAAAAVAPH/6v/n/w4A5//r/9z/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAMr/5f8MAN//3P/i/+T/2f/f/+v/+P/j/xQAAAD3/+z/7P/s/+z/7P/s/xQA7P/s/+v/7v/s//r/FQDs/+v/AAAAAAAAAAAAAAAAAAAAAOv/6P/s/+z/7P/T/+j/GADa/+H/6v/Z/+//HQDc/+z/AAAAAAAAAAAAAAAAAAAAAOL/2f/Z/+P/3P8ZANj/6//s/xQA7f/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAoA+P/N/+v/AADq/7n/5f/0/wAAAAAAAAAAAAARAAAA7P/s/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAM//+v/i/wgA6//c/wAA1//s/+z/7P/s/+z/6//s/xQA6//s/+//9f/t//X/FQDu/+z/7P/s/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADn/7//wf/Y/+//9P/o/+v/NADg/8r/6//X/9P/2v/j/xAAAADx/wAA4v8LAOj/FADs//f/8v/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADp/+r/6v8WAOv/6f/p/+v/CwDi/+//AAD3/+b/+P/w/9r/7P/I/+f/2v8OAOr/AADq/+L/GQDt//D/8P/p//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl//P/AAAAAAAAAAAeAAAA7P/s/+z/7f/t/xQA7P/s/xUA7f/p//D/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v8VAPn/+P/t/+3/6//3/+z/FQDs//L/9v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//p/+r/6//o/xUA6f8WAOb/9f/1//r/9P/r/wAA7P/2/+v/6//p/xIA4v/f/+//7P/t/+3/7f/s/+z/FADr/+v/7P/l/+v/6P/o/xcA6v/s/+r/7P/5/+z/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f8AAAAAFADt/+z/7P/s//T/AAAAABQA7f/s/+z/7P/t//T/7//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/9P/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAPP/7P/s/wAA9v8UAOz/AADz/+z/7P8AAPb/FADs/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+7/7//6/+f/FADf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/4f/6//r/AAAfAOX/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+//7f/v/+v/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAAAA0AAADm/9L/6f/X/+P/y/9HANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/FQDs/+3/6//r/+z/7P/y/xQA9P/v/+7/7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/xUA7P/t/+v/6//s/+z/7P8UAOz/7P/s/+z/7P/p/+X/4//i/xAA1v/q/wAA7P/s/+z/7P/s/xQA7P/t/+j/6f/p/+j/6v/o/xYA6/8AAAAAAAAAAAAAAAAAAAAA7v/s/+3/7f8AAOz/7P8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8UAO3/7v/t/+z/6v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAPf/7P/t//X/+P/s/+z/FADt/+z/7f/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+b/7v8UAO3/7P/5/+7/AADz/+z/7P/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAA7f8AABYA+v/t/+z/8P/t/+z/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6/8UAOz/6//s/+z/7P/s/wAAAAAAAOT/AAAtAOb/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//H/AADs/+z/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/yUAAAAAAAAA7//j/wAAFADs/+z/7P/u/+z/6//s/+z/6//s/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/xQA7f/s/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/7f8AAO//+v/s//P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/s/+7/7P/r/xMAAAAAABMAAADy/wAA7v/3//L/AAATAAAA8v8AAO7/9//y/xYA6f/r/+v/6//o/+n/6v8UAOz/+P/z//L/7P/s/+z/5P/j//H/9P8AAB0A6P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDu/+3/AADw/+7/4//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/9z/AADf/xQA2P/s/9j/6//r/+v/7P/r/xUA7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAOT/7P/p/+X/AADc/+z/FADs/xQA7f/u/+z/7P/s/+z/7P/s/+3/7f/t/+z/FADu/+z/7P/t/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/9P/t/+3/7/8AABQA7P/s/+z/7P/s/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5//o/9//7P8bAOf/4/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/+3/8f/t/wAA7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAA8f/s/+v/9v/1/+z/FADs/+7/FQD5//j/7f/t/+v/9//s/xQA7P/t/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAPH/8v/6/+f/AAAYAO3/5//s/+//7f/s/+//FADs/+z/FADs//H/9P/5//n/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA+v8AAOz/7P/y/wAAAAAAAAAAAAAAAAAAAADj/8f/2f/K/93/NADG/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAPf/AADZ/9//3f8nAOv/0//m/+P/6P/7//j/1//s/+P/DgAAAAAAAAAAAO3/AADn/+j/GQAAAAAAAAAAAAAA7P/s/xQA9f/u//H/AAD6/xUA8v8AAOz/7P/s/+7/AADs/xQA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//x/wAA6//r/9H/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//T/7//s/+z/FADq/+3/AADy/wAAAAAXAOj/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AADs/xQA+P8FAOz/7P/s/+z/7P8AAOz/AAAPAAAAAAD0/wAA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA6//r//D/4v/s/8v/yf8iAN7/1v/b/+n/5P/M/9r/5//t/+7/7f8AABYA6//s/xsAAAAAAAAAAADz/+X/AAAUAOz/7P/s/+3/7P/s/+z/7P8AAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAADc/93/AAAAAAAA7/8wAAAAAAAAAAAAAAAAAAAAAAAAABsAAAAAAAAAAADz/+X/AAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/6//s/+z/FADr/xQA7f/s/+3/7f/s/+z/7f/U/+b/5//W/+r/6f8kAOz/8f/y//r/5/8AABgA7f/n/xsA6f8AAAAAAAD4/+X/9f/r/xUAAAD0/+z/6//v/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7f/s/+z/7P/t//D/7//w/+3/FADy/+n/6f/2/+r/8//2/97/JgDt/+z/7P/t/+//7P8UAPD/7P/s/+7/7P/3/+3/FADs/+z/7P/u/+z/9//t/xQA7P/o/+z/7f/m/+j/LADn/9v/6v/o/+z/6v/s/9z/7P8XAO3/FADw/+7/7f/t/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8//5//H/FADt/+3/5v8WAOr/5P/o/+j/6v/l//L/7f/t//D/AAAUAOz/7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACx//P/w//K/77/9f/v/7j/7f8UAAAAAAD4/+z/3v/s/+v/FgDq/+r/6P/s/+n/6//s/+z/7P/s/+z/FADs/+3/FADs//j/8//y/+z/7P/s/wAAEwAAAPH/AADt//X/8P8OAOz/7f/w//b/8//s/+3/3v8AAPf/6f/s/wsA2P/i/xYA6f/r/+v/6//o/+n/6v8UAOz/AAD6/wAA7P/s//L/FADv//r/+f8AAO3/7P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAPr/AADt/wAAFgD6/+3/AAAAAAAAAAAAAAAAAAAAAOb/6//n/+j/GwDq/+T/2/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+v/6//r//L/2f/p/9j/7P/Y/xcA2f8AAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAAAADQAAABQA7P/t/+3/7P/s/+z/7P8AABMAAADx/wAA7f/1//D/AAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAAAAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8UAOz/+P/z//L/7P/s/+z/6f8VAOL/7P/o/+z/7P/r/+v/FQDu/+7/7P/p/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/FQD1//r/7//t/+3/8v8AAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAPH/AADt//X/8P/Y/yoA3v/U/9j/2P/X/9P/yP84AMr/zP/J/+L/yP/e/9z/KQDh/9n/+v/i/9j/3P/h/xoA4f/f/+H/4P/m/+X/7P8XAOr/6v/s/+v/5//r//f/IgDx/+z/9P/3/9v/7f8AAAAAAAAAAAAAAAAAAAAAFQDs/wAA+/8AAOz/6//q/+v/7v8AAAAAAADw/xUAAAAAAAAAAAAAAAAAAAAAAAAA7P/h//X/AAD1/+z/FADs/+r/6v/p/+j/6P/o/xgA3v/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAEwDa/+X/6v/Z/9j/3/8AAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/1//D/7f8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//1//p/wAAAAD6/ykAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//f/+b/5P/r/9//HADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADx/+//+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r//T/7P/u/+z/4f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/xUAAAAAAAAA9//y/wAA7f8UAO3/7f/t/+z/7P/s/+n/JwDu/+3/3P/m/8v/8f/s/xQA7f/t/+3/7P/s/+7/IQDs/+z/7v/y/93/7P/s//H/8P8AAAAAAAASAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/q/+z/+f/s/xUA7P/q/+z/6v/s//n/7P8VAOz/7P/s/xQA6v/r/+z/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/xUA7P/s/+v/7P/r/+z/7f8VAOz/7P/p/+r/6/8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+r/7P/s/+3/8f/t/wAA7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/6v8AAPX/AAAgAOv/8f/s/+3/8//5//H/FADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/7f/z//n/8f8UAO3/7f/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO7/7P/t/+3/AADs/+z/BgDQ/y4Azv/h/9v/2v/W/9b/2P8AANj/5f/a/+j/CwDo/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA5f/l/+b/GQDt/+n/6v/d/wAA9P8AAAAAAAAAAAAADQAAAN//6//z/wAA6P8AAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/c/+v/5f8AAPn/KAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA+v/x//f/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAABoAAAD4/+//AAAAANb/y//G/77/+v8AANP/6/8VAOv/7P/s/+r/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAOb/6f/g/9f/6//W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/v/+7/7/8UAOz/7P/t/+z/7//u/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8XAPr/8P/s/+z/5P/4/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/1//a/+z/2/8AAAAA3f/s/+3/8//5//H/FADt/+3/FADt/+z/+v/u/+3/7P/t//n/DwAAAPf/AAAAAAAAAAAQAAAAAAAAAAAAAADw/wAA1v/R/+v/2v/g/9T/KADl/+3/JQDp/+H/3P/s/9j/5f8UAOz/9//y//H/7P/s/+z/5v/e/+H/6//r/9z/IQDi/+z/7P/v//H/9f/s/xQA7f/4/wAAAAAAAAAAAAANAAAAFAD5/wAAAAAAAAAA7P8AAN//6//u/+v/6f8bANL/6//r/+z/7f/t/+3/7v8UAOz/5v/f/97/5P/W/+r/GgDh/+z/4v/l/9j/7P/x/8//EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAPP/AAAAAAAAAADv/+//+P8AAAAA7P8gAAAA3v8XAO3/7P/t/+v/6//q/+v/MwDd//D/AADJ/9n/8//s/+z/7f/u/+3/7P8UAOz/7P/s//L/6//s/xoA2P/n/xkA7P/s/+z/7P/U/+z/7P/5/+z/+f/t/wAAFADt/+7/8f/y//H/AAAAABMA9v/z//j/8f8AAN3/+v8YAO3/6v/u/+3/AADv/+z/7P/s/xQAAADi//v/+P8AAAsA1//Y/wAA7f8AAOz/AAAVAOv/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//FADs/+z/7P/u/+z/7v/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/wAA8v/t/+3/8P8AABQA7P/s/+b/7f/0//T/8f/2/xwA+//q/+j/7P/r/+z/6v8WAOv/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/AADs/xQA7P8UAOz/7v/4//H/7P/s/+//AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7v/s/+v/7P/7/+3/AADv//r/7P/z/xQAFADz//j/9f/7/wAA7f/y/wAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADw/wAA6//w/wAA7f/s/+z/3P8WAPL/+/8AAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y//L/7P8AAOz/FAD2/+n/6f/r/+v/6//k/+v/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/+P/u//D/6f8XAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/o/+r/6v/s/+f/IwDe/xMA6f/r/97/7P/5/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+f8AAPn/AAD6/yUAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/FADs/wcAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+z/7v8UAOz/7P/k/+T/4v/c/+b/3/8dANT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/Z/9r/7//p/+b/HQDw/+z/7P/r/+z/6//p/xUA7P/s/+z/FADs/+z/7P/s/+z/7//s/+3/7f/t/+z/7P8UABcAAAAAAAAAAAAAAOn/AAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAPn/9/8AAAAAAAAAAAAAAAAAAAAAAAD4/+z/7v8UAO3/7P/t/+z/AAAAAAAAAAAAAAAAAAAAABoAAAD5/wAA+//h/+z/8/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/7P8UAOz/7P/s//D/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOv/6v/r/+v/6v/q/+P/FgDr/+r/6//r/+r/6v/j/+z/6//x/+X/6/8AAOz/AAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6P/r/+r/6/8WAN3/6//l/+L/IQDp/+D/yv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPD/AAAAAAAA8P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+b/6P/p/+P/5//o/xsA7P/s/+//7f8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAVANX/qf+7/9j/wv/3/8//6//r/+z/6/8VAOz/6//r/wAAAAAAAAAAAAAAAAAAAAAAANn/5v/r/+H/EwDZ/+z/7v/r/+7/7v/s/+v/2/8WAAAA9v8AAAAAFQAAAPb/8v/s/+z/7P/v/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPn/DwAAAPf/AAAAAAAAAAAUAOz/7f/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/8P8AAO3/7P/s/9z/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7/8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAWAOP/7P/s/+z/7P/s/+L/FADs//n/AADu/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA5//s/+3/6f/k/+z/7P8HAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAOr/7f/v/+7/FADw/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQD0/+7/7v/u/+7/7v8AAAAAAAAAAAAAAAAAAAAA3f/r/+X/4v8hAOn/4P/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/8f8AAOv/6//R/+b/AAAAAAAAAAAAAAAAAAAAABQA8//4//X/+/8AAO3/8v8UAPP/+P/1//v/AADt//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAABUAAAD5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8XAPD/9/8AAPP/6P8AAOX/5f/j/+b/5v/n/xsA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/CgDF/8n/4P/b/9j/1P/g/ygA2P8AAAAAAADq/9j/+//2/+7/8P8AAPj/EwD6/wAA9P/z/wAAAAAAABMAAAAAAOz/7P/t/+v/7P8UAOz/8f/r//n/AAAAAAAA5P8WANv/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAO3/7P/b/8n/zP/o/93/0/8rANf/7P8oAPT/+v8AAO3/2P8AAAAAAAAAAAAAAAAUAAAA7P/r/+v/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/7f8AAOz/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/t/wAA8v8AAAAAFwDo/+n/AADm//f/AAAbAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+z/+/8VAOv/6/8UAPn/AAAAAAAAAADs/wAA4P/h/+n/FwDa/9f/AADZ/wAA7f8AAOz/AAAVAOv/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t//f/7P/s/+3/FAANAKf/4f+n/8f/r//o/9r/6f/z/xUA3P/s/+X/7P/d/+z/FADs/+z/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/AADk/x8AAAD6/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8/yMAwf/q/9P/0v/O/83/AAAAAAAAAAAAAAAAAAAAAOz/EgDs/+z/8v8AAOv/7P8VAOH/6f/v//D/z//r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAA5//d//X/HwDf/9z/4P/l/9X/6v8AAAoABwDp/wAAAAAAAAAAAAAAAAAAAADj//r/5P8dAAAA9v/q//P/7f/b/9j/5P/d/x0A4//X/+f/5//m/xkA7v/s/+r/4P/s/+v/7v/s//r/FQDs/+v/BwDr/+r/6//3/9f/AAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+v/FQDV/+n/AADp/+X/FQDs/+7/6//z/+v/6v/4/wYAAAAAAAAAAAD6/wAAAAAUAOz/9//y//H/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA6v8AAAAAAADs/+v/AAAUAOT/0P/C/+3/5v8MAOj/AAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7P/s/+z/7P/s/xUA7f/s//L/7f/q/+z/0f8AAOj/5//i/wgAAADk/83/3v8nAOb/3f/T/+j/y//s/+z/FADv/+7/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u//P/8//0/+3/FAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/s/+7/7f/t/+z/7P8MAAAAAAAAAAAAAAD0/wAACwAAAAAAAAAAAAAA9v8AAPT/1v/L/9n/+v/N/zQA6P/w/+3/7P8AAPP/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADV/8j/0//W/9v/KQDa/93/DwAAAAAAAAAAAPT/AAAAABQA7v/t//P/+P/s/+z/7P/f/9r/5f/k/+r/HQDm/+f/LgD2/+b/9v/4/9T/0//l/x4AAAAAAAAAAADu/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0A2f/n/+v/6//k/+X/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7P/s/+z/7P/3/yIA8f/s//T/9//b/+3/7P8UAO3/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADq/+z/FQD4//v/7P/r/+v/7//s/+3/7f/t/+z/7P8UAAAA8v8AAAAA8v/y/+z/FADo/+n/6f/o/+r/6P8WAOv/7P/s/+z/7P/s/+v/7P8UAAAA2P/s/9v/6/8HANn/4/8AAOr/7P/n/+n/CADc/+j/AAAAAAAAAAAAAAAAAAAAANz/5f/m/+f/GADY/+X/6v8AAAAAAAAAAAAAFAAAAOz/GwDs/+f/+P/s/8j/4//r/+z/7v/v/+z/6//t/+v/FQAUAOz/7f/t/+z/7P/s/+z/EQDq/+//AADh//f/3P/d//T/+f8AAAAAAAAWAAAAAAAoAOr/6v/4/+7/5f/Z/+v/AAAAAAAAAAAAAAAAAAAAAPH/8v/x/wAAAAATAPb/8/8VAAAAAAAAAAAAAADr/wAA9P8AAAAAAAAAAAAADwAAAAAA8v8AAAAAAAD5/xEAAAAQAAAAAAAAAAAA9//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAOr/7P/v/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/6v/p/9b/6v/r/xkA6//s/xQA7P/s/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAPr/AADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA6//r//D/7P/q/+z/7P8AAAAAAAAAAAAAAAAAAAAA7//s/+3/7f/t/+z/7P8UAOv/5P/Q/9b/2P/w/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA9//x/wAAAAAAAPH/EgD2/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/u/+//7P8UAOz/AAAAAAAA7f8AAOf/6P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//AAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7f/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7f8UAOz/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/q/+v/6//r/9z/6//l/+f/7f/w/+//7P8XAO7/7P/s/+3/7f/s/xQA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+v/6v/s/+z/FADs/+z/7P/t/+3/7P8UAOv/6v8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FQDs//L/9v/s/+v/7P8AAO3/AAAUAAAA7P/s//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/h/+H/4//o/xkA5v/s/+3/8f/6/+v/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOX/5//q/xYA6v/n/+r/6v/6/+j/6P/h/+j/GQDp/+b/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P8UAO3/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAYAOv/6v/t/+z/6f/l/+v/7P/s/+3/7f/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAADW/+z/8f/s/+z/7P8XAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/v/+7/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/+z/FADs/+z/9v/X//L/6P8nANj/AAAAAAAAAAAAAA0A9/8AAOz/7f/z//n/8f8UAO3/7f8AAAAAAAAAAAAAAAAAAAAA7P/t//P/+f/x/xQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAPr/AADx/+3/7f/u/wAAFADs/+z/7P/r/+3/7v8UAOz/6f/r/wAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+n/5f/a/9j/4/8JAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//t/+7/FADs/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/5/xQA7f8AAAAAAAAAAAAAAAAAAAAA7f8UAPD/7v/t/+3/7P/0/+z/7P/s/+3/7f/t/+z/FAAUAOz/+f8AAO7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/+v/y/+3/FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA8P8AAPT/7P/s//H/FADt/+7/+f8AAOz/7P/y//f/AAAAAAAAAAD1/xAAAADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADu//D/7v/s/+7/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAAAA+f8AAPv/4f/s//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDo/wAAAAAAAOn/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAAAA5f/f/9T/0f/G/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//H/9f/s/xQA7f8OAOz/7f/w//b/8//s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/FADs/xQAAADw/wAA9P/s/+z/8f/s/+z/7P/s/+z/FADs/+3/AADQ/7f/of+u/8P/oP8WABQA8P8AAAAA+f/s/+z/6//s/+z/7P/y/+7/7P/s/xQA0/+X/8L/4P/p/xEAm/8HAOj/2v/o/+X/6f/j/+f/GwDs/+z/7P/s/+z/7P8UAOz/6//Z/+n/6f/r/+j/6v8WAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/6/wAAAAAAABQA+P8AAAAAAAAAAAAAAADp/xkA9f8AABQAAAAAAAAA7v/s/wAAFADs/+3/7P/s/+z/7P/s//D/FADv/+7/AAD1/+z/AADr/+b/6//o/+v/FQDp/+v/FQDt//X/AAD4//b/6//y//b/AAAAAOz/AADs/wAAFADs/+r/6v/t/+//6/8VAOz/GQDg/+n/6v/q/+j/6v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7//s/xQA7P/0/wAAAAAAAAAAAAARAAAA6//H/+n/AADh/9f/AAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQAAADu/+z/7P/s/+z/7f/u/+n/8P8UAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t//n/FADt/+//7P/t/+3/AADs/+z/BgDt/+z/7P/s//f/7P/s/xQAAAAAAAAAAAAAAAsA9/8AAOv/6v/Z/+z/4v8HAOv/AAAAAPf/AAAAAAAA+f/5/xEA7f/x/+3/AADs/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAFAAAAOz/FADs//H/9P/5//n/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/9P/v/+z/7P8UAOz/7f/x//r/6//t/+z/FADw/wAA5P8VAAAAAADq/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/AADv/wAA7P/1/xQAAAAAAAAAAAAAAAAAAAAAAOz/6//u/+z/+v8VAOz/6/8AAAAAAAAAAAAAAAAAAAAA7P/s//P/7P8UAOz/7P/s/+z/7P/3/+3/FADs/+z/6v8JANH/zP/X/9T/4v/X/wcAAADa//H/6v/c/wAA2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//S/9j/4v/M/yAAz/+6/xYA4//s/+z/7P/s/+z/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FwDw//f/AADz/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/xQA7P/s/+//7//s/+z/7P/s/+3/7v/t/+z/FADs/+3/7P/v/+7/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8WAPD/7f/t//D/5//1/9z/4P/n/9f/6P/Y/yAA4P/4/+//AAD2/wAAFQDu//b/KQDY/+X/8v/K/+f/1f/R/y4A1f/M/9L/x/+9/+r/xP8WAOv/7v/3//j/9P/m/+v/6//s/9f/0f/q/xUA2P/N/ysA6P/Q/+b/1f/Q/83/6P8AAAAAAAAAAAAAAAAAAAAAFQDm/+3/8P/t/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOz/7P/s/+z/7P/T/+z/FgDr/+v/7P/q/+T/6//r/wAAAAAAAAAAAAAAAAAAAAAUAPH/8//w//X/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAA6v/Y/9j/4f/F/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA2P/Y/9//6v/f/+r/6/8AAAAAAAAAAAAAAAAAAAAA+f8PAAAA9/8AAAAAAAAAAMH/zv++/9z/AAD5/8P/AAAAAO3/8/8VAO3/7P/s/+r/AAD6/x8A9/8AAAAA6v8AABUA7P/s/+z/8P/s/+v/7f/r/+n/7//t//D/6/8WAO7/HwDs/wAA+f8AAN7/9v/u/wAAAAAAAAAAAAAAAAAAAAD2/+7/8P8AAPj/EwD6/wAAAADw/wAA+v8AABUA8P/5/wAAAAAAAAAAAAAAAAAAAAANANn/5//r/+v/5P/l//n/AAAAAAAAAAAAAAAAAAAAAO//FgD6//n/AAAAAOv/AADs/+z/7P/s/+7/FADs/+z/7P/s/+z/7P/u/xQA7P/s/xoAAAAAAAAAAAAAAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAADY//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f8AAAAAAADY/+r/KAAUAPX/AAAAAAAA7P/s/wAA8f/s/+z/6//s/+X/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAA7f/w/+7/6f/w/xQA7P/s/+v/6//r/+z/+/8VAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/6//s/+z/6P8XAAAA9v8AAAAAAAAAAAAADQDl/+n/4//p/+v/1v/o/ykA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAPf/AADt/xYA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADY/9r/7P/q/+z/6P/r/yIA7P/s/+3/9v/s/+z/7P8UAOz/7P/t/+z/7P/s/+z/FADr/xUA6//r/+v/6//r/+r/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//9v8AAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAHADi/9z/8P/p/+r/5//Z//v/8P8AAPr/AAAUAPD/+f8AAAAAAAAAAAAAAAAAAAAA5P/m/+j/6f/j/+f/6P8bAAAAAAAAAAAAAAAAAAAAAADs//T/8v/w//D/FADu/+z/5v/g/xsA6P/o/+L/4v/m/+j/3v8XAN7/8f/l/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/3v/l/97/GADh/9j/4/8GAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8QAAAAAAAAAAAA+f/3/wAAEAAAAAAAAAAAAAAA8P8AAOb/5f8ZAOH/7P/g/+j/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5f/m/xkA7f/p/+r/3f/q/9z/2//t/+D/KADr/9j/7P/s/+3/9P/6/xQA7P/s/+//5v/u//r/AADn/xUAAAAAAAAAAAAAAAAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl//P/AAAAAAAAAAAeAAAA7P/1//n/7f/z/+z/FADs/+j/FgDt//L/9//u/+b/AADp/+r/7P8AAPD/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+j/+P/z//H/6v8XAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/9P/vv8LALr/6v/P/xcABQDR/9X/yP/m//r/z/8LAOz/FADs/+z/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADu/wUAsP/D/8b/0f/0/9H/FADw/+3/7//t/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/w/wAA5P8VAAAAAADq/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AADs/wAAFQDr/+7/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/xQA7P8AABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P8UAO7/7f/s/+z/7P/s//r/AAAAAAAAFAD4/wAA+v/u/xYA7P/6//D/6v/r/+z/7P/s//r/8v/t/xQA8v8AAAAACQAAAAAAAAD7/wAA7P8UAOz/7P/s/+z/7P/s/xQA2//a//b/9//o/+7/6/8AAAAA9P8AAAAA9/8XAAAAAAAAAAAAAAAAAAAAAAAAANf/zf8RANL/2/8hAM//4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//p/+v/2P/p/+r/IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w//D/7/8AABQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAML/EQDT/8b/6/+u//v/EAC4//X/zv/D/8r/+v8AANb/FwD2/wAAAAAAAO7/+f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/6P/x//v/EwDi/+v/6P/s/+3/7//s/wAAFADs/+3/AAAAAAAAAAD4/+z/+f8UAOz/7P/s/+z/7f/5/xQA7f/r/83/9//N/9//EQAAANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+r/5//Z/+z/GgDZ/+P/7P/w//D/7/8AABQA7P/t/+3/7P/s/+z/AADs/xQA7P8AAAAA7f8UAAAAAADs//j/7//t/+z/8v/x/+z/FADv/+3/5//s/+v/AADr/xYA7P8AAAAAAAAAAAAAAAAAAAAA4v/Y/+z/FADu//X/8P/s/9j/zP8yAOD/9v/Z/97/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOL/5//r/9L/6f/J/+j/AAAHAAAAAAAAAAAA+v8AAOz/7P/z//n/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAADQ/9z/7P8iAOj/6f/a/+v/7P/s/+j/6//5/+z/FQDj/+3/5v/n//X/AADq/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/7P/s//P/7P/s/xQAAAAAAAAAAAAAABEAAADw/wAAAAAAAAAAAAAAAAAAAADs/+7/7//s/+v/7f/r/xUA7P/u/+//7P/r/+3/6/8VAO3/8f/t//v/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAACgDr/+z/6//r/+j/BwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAADn/+3/7v/t/wAAFgDr/+z/2P8pANv/4P/q/+n/1v/h/wAAAAAAAAAAAAAAAAAAAAD7/xQA8//u//v/+v/s/wAA7P/6/wAAAAAAABQA+P8AAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/s//D/FADr/+z/AAAAAAAAAAAAABEAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//e/+X/3v8YAOH/2P/j/wAA9/8AAAAAAAD5//n/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/xQA7P/s/+z/AADs/9j/AAAAAAAAAAAAAAAAAAAAACsA6P/Q/+b/1f/Q/83/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/v/+v/7P/r/xUA7P/r/+n/7//r/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/6//r/+v/7P/m/+3/9P/0//H/9v8cAPv/5v/t//T/9P/x//b/HAD7/+z/6//s//X/6//p/xUA7P/s/+v/7P/1/+v/6f8VAOz/AAAAAAAAAAAAAAAAAAAAAPD/FADs/+z/7//s/+3/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/l//j/AADw/+z/2P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAAD4/+z/3v/s/wAAAAAAAAAAAAAAAAAAAAAAABMAAADx/wAA7f/1//D/6//s/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/wAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOv/6v/q//P/6//t/wAACgAAAAAAAAAAAPr/AAD5/w8AAAD3/wAAAAAAAAAAEAAAAAAAAAAAAPn/9/8AAN7/7P8dANv/4//q/97/4P/Y/ykA2//g/+r/6f/W/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAA8/8UAAAA7P/t//D/7//w/+3/FADy/wAAAAAAAAAAAAAAAAAAAADs/+r/+v/r//H/7P/a/xQA3//r/+7/6//p/xsA0v/r/wAAAAAAAAAA7v8iAPD/8f/b/9H/BgDU/9b/DgDA/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//r/xUA7P/n/+3/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA6//n/+z/6P/s/+z/7f/w//H/7P8UAOz/7P/w/9n/6f/a/+f/KADd/+P/7P/u//b/AAD0/xQA7f/u/wAAAAAAAAAAAAAAAAAAAADl/9j/2//Y/+T/KQDS/+L/7P/f/+v/9/8AAOX/FwAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+r/6//s/9f/0f/q/xUA2P/N/+n/6//d/9f/4f/1/xIAyP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7f/3/+3/7P8VAO3/FADs/+7/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8VAOb/6//1/+b/7P/x/+//FQDm/+v/9f/m/+z/8f8AAPX/AADy/wAAFQD4/wAA9P8AAAAAAAAAAOz/8P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7P/s/wAA9v8UAOz/AAAAAAAAAAAAAAAAAAAAABoAAAD5/wAA+//h/+z/8/8UAOz/7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/v/+z/FADs/+z/7P/e/+n/5f8UAOz/7P/q/xcA5v/m/+v/5//p//H/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7f/s/xQA7P/s/+z/7P/s/+z/2v/m/+7/8/8AACcA3v/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs//T/8v/w//D/FADu/+z/AADk/9X/yf8aANv/yv/1/wAA2f/U/9T/3v/o/wgAzf/r//v/7v/5/wAAFQDs/+3/6//7/+7/+f8AABUA7P/t/9r/6//Z/+b/3f/Y/xoA5v/s//T/8v/w//D/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//f/8v/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/y/wAA+//s/wAA6//r/+r/6//r/+v/7P8VAOz/7P/s/+z/7v8UAOb/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//o/+v/7P8WAOv/6v/r/xYA6v/s/+//7P/r/+v/7P/s//T/AAAAABQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6//r/+z/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwD2/wAAAAAAAO7/+f/4//v/AADx/wAAAAAaAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAPL/EwAAAAAA7f8AABQAAADs/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//y/+n/5//x/xgA7f/x/+3/AADs/+z/7f8UAOz/7v/v/+z/6//t/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5//Y/+z/FADY/wAA6//s/+z/7f/s/+z/7P/s/xQA7P/t//L/8/8AAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/u/+//7P8UAOz/FAAAAAAAAAAAAPD/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/6f/s/+z/6/8VAOz/7f/u//P/8//0/+3/FAD2/wAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAA+f/3/wAA4v8AAO7/6//s/w0A2f/l/7n/4v/E/8X/2v8aAM3/EgDs/+7/9v8AAPT/FADt/+7/7P/s/+z/7P/2/xUA6//s/+z/FADt/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v8UAOX/7/8AAOT/6P/s/+z/FAAAAO3/7P/s/+z/7P/s/xQAAADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADx/+z/6//2//X/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f8AAAAAFADt/+z/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADS/9P/0v/U/9r/1P/V/yoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/+3/AADv//r/7P/z/xQAFADw/wAAAAAAAPD/7P8AABQA8P8AAAAAAADw/+z/AADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/+P/u//D/6f8XAPT/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/V/83/AADl/wAAAAD6/97/9f/t/wAAAAAAAPT/HQAAAPX/7f8AAAAAAAD0/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAFQAAAPn/7P/X/9f/2P/c/9f/1//S/ykA2f/l/ycA6P/c/9v/2v/b/8n/AADG/+r/3P/s//b/EwDp/xUA4v/s/+b/7P/s/+v/FADw/wAAAAD5/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAOn/0P++/9j/5//t/wkAAAAAAAAAAAAAABEAAADw/+n/GADt/+z/1v/s/+j/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/5/xgA7P/h/wAAEwC//8j/9P+5/97/s/8MAAAAAAAAAAAAEADl//H/1//o/9n/3P8UAN3/AADp/wAA+f8AAAAAAAD7/wAADwDh/+z/7P/5/wAA6P8VAO3/5/8VAOn/7P/s/+z/6//s/xQA7P/u/+z/9P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAUAO3/AADb/+D/4P/p/wAA4/8qAOj/7P/s/+3/7f/s/xQA7P/t/93/5//r/+7/+v/p/xoAAADs/87/7P/n/wAAAADH/xMA8//T/8r/zP8PANj/xf/d/wAAAAAAAPT/AAAAAOX/7P/o/w0A5v/e/+7/AADf/+j/4v/j/8T/AADx/wAA3v/p/wAAAAAAAAAAAAAAAAAAAACw//D/mf+t/9X/GQDc/9z/AADt//P/FQDt/+z/7P/q/wAAAAAAAAAAAAAAAAAAAADU/9b/zv/f/wAA8f/i/xMAAADt//P/FQDt/+z/7P/q/+z/7P/s/+z/7f8UAOz/6v/s/xUA6v/s/+v/6//q/+v/FADz//j/9f/7/wAA7f/y/+v/IwDx/9n/+f/r/9b/3/8bAO7/7f8AAPD/7v/j/+3/IQDO/9v/1f/a/9H/4P/Z/wAAAAAAAAAAAADv/xEAAAAYAOv/7//5/+z/6v/o/+n/AADy/wAAAAAAAPn/EQAAAAAAAAAAAAAAAAAAAAAAAADw//X/AAD4//j/7/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/q//n/6f8WAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/5/wAAAAAAABYAAAAAAOz/7f/v/+z/AAAUAOz/7f/5//D/6P8AAAAA9P8fAPb/FAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/3/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/w/+//AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA7v/t/wAA8P/u/+P/7f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xUA6v/s/+v/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/9n/2v/v/+n/5v8dAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+3/9P/0//H/9v8cAPv/2P/e/+z/4//p/9v/GwDo/+z/7f/w//H/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//1//p/wAAAAD6/ykAAADs/+z/7P/s/+z/7P8UAOz/7P/s/+//8f/1/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAGAAAA7P8UAO3/7v/s/+z/7P/s/+z/FADt/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/z/xQA7P/s/+z/7P8AAAAAFADs/+z/AADt/+z/7P/s/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAA+f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDq/+z/6P/r/+v/7P/t/xQA8f/2/+//7v/s/+3/AAAKAAAAAAAAAAAAAAAAAMf/EwAPAM//6f/e/83/zP/s/xQA7P/s/+z/7P/s/+z/7P/s/+z/7f/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA6//q/+3/7P/p/+X/6//R/9X/AADx/83/zP/f/xgA7f/6/wAAAAAAAOv/EgASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8cAOH/6v/W/+v/3P/n//n/5//b/9P/1f8LAAAA3P8AAAAAAAAAAAAAAAAAAAAAEwDr/+P/5f/1/wAA6//q/ykA5P/t//D/7v/l/9f/7f8AAOD/3v/0//P/AADL/9r/6P/H/8r/8f/p/0AA0f/S/xIA2P/q/9z/6//o//b/BQAVAOr/2P/p/9j/AADr/9f/7P/u/+T/3f/v//L/6f8UAOn/7P/q/+v/FgDp/+v/6f/d/ygA9/8AAPv/9P/c/+r/6v8AAOD/2P/o/+D/GADd/xsA7v/t/wAA8P/u/+P/7f8hAM7/2//V/9r/0f/g/9n/GADr/+//+f/s/+r/6P/p/wAAAAAAAAAAAAAAAAAAAADd/9P/6v/j/+v/AADm/xIACQDi/8f/4v/S/+f/5f8IAB4AAAAAAAAAAADu/97/AADr/xQA6//o/+z/6f/r/+z/GgAAAOv/8f/u/+b/4//d/yUA1P+3/8b/yP/G/8r/9/8AAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAAAAANAPn/DwAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPr/8f/3/+z/7P/v/xUA6//q//r/7f/s/+v/7f8VAPX/6//s//P/8v/r/+z/AAAAAAAAAAAAAAAAAAAAACEA9P/g/+f/4//P/8//3f8AAAAAAAAAAAAAAAAAAAAA7P/h//X/AAD1/+z/FADs/+T/6P/l//X/+//z/xwA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD6//H/9//s/+z/7//h/9T/6//p/9v/4P/p/x0AGQDg/+n/6v/q/+j/6v/m/9z/4P/n/9f/6P/Y/yAA4P8VAOb/7f/y/+7/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOX/5//t//D/7//s/xcA7v/s/+z/7f/r/+z/FADs//H/CAAAAOb/6f/g/9f/6//W/9//zv/m/+z/6P/o/yIA5v8PANn/yv/F/8T/zP/B/+X/9//B/8//1//V/xsAsf/Z/9//wP8QAMT/1f8lALn/yf/2/+X/wv/V/9L/DADt/8v/AAC8/9T/0//a/wAAAADX/+v/6v/s/+z/7v8AAOv/FAAAAAAAAAAAAAAAAAAAAAAA6//s/xQA+//j/wAA7P/r/xQA7P/u/+z/7P/s/+z/7P+5/8z/w/+8/8P/AAC4/w4A2f/a/+H/8//r/+b/2P8jANb/7P/x/+z/7P/s/xcA7P8AAAAAAAAAAAAAAAAAAAAA8//h/+z/7v8AAPr/GwDs/wAAEwAAAAAAAAAAAO3/AAAgAOn/7P/3/9j/1P/i/+X/7v8AAAAAAAAAAOz/IgAAAOv/FQAAAPj/4P/s/+v/5v8VAOz/7P/s/+7/6//r/+b/+v8AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAdANz/6f/o/wAA2P/j/+b/FADo/+r/9//s/+z/7P/r/yMA6/8AAAAAAADZ/93/yP/I/+b/z//J/8//vf8bAMX/8P/h/9z/yv/u/+b/2//p/+z/7P/t/+z/7P/s/xQA7P/s/+z/+f8AABQA7P/s//f/8/8mAAAAAADe/9r/7f/q/+z/FADt/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAHwDg/+D/5//r/+P/3//q/+z/7P/z//n/FADs/+z/7P/s/+z/9P8AAAAAFADt/+z/JADo/9H/5f/X/+L/0//j/xsA2v/j/+H/4//k/+j/5/8JAM3/6f/l/+j/wf/T/xEA5v/l/+n/2v/q/97/GgDn/xgA6//m/+r/5//q/+X/5/8NANb/xf/W//H/wv/4/8r/1v/o/+r/2v/q/+b/JQDX/+z/7P/u/+z/9//t/xQA7P8AAOz/AAAAAAAAAAD0/+//4f/s/+z/+f8AAOj/FQDt/wAAAAAAAAAAAAAAAAAAAADY/+z/7f/u/+r/FQDr/+n/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADk/+j/4P/m/97/yf8RABYAAAAAAAAAAAAAABQAAADs//T/AAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAO3/7P/t/+z/6P8RAOj/5P/k/9b/+P/y/wAAAAAAAAAAAAAAAAAAAADF/8b/tv/D/9T/w/9DAMj/3f/e/8//2v/s/9j/KQDk/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/e/+3/5//S/+n/HQDi/+X/AAAAAAAAAAAAAAAAAAAAANr/2f/v/9n/6f/X/ykA3f/e/+3/5//S/+n/HQDi/+X/+f/x/wAAAAAAAPX/KQAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAD6/wAA7P/s//L/AAAAAAAAAAAAAAsA+P8AABUA5v/t//D/7f/s/+v/7P/i/x0A5P/n/+n/5f/j/+f/GwDp/wAAAAAAAPj/5f/1/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/+f8UAO3/2P/b/93/2f/l//v/2v8RAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/5/+7/7P/s/xQA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/x/wAAAAAAAO7/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+v/7f8UAOz/7P/s/9v/AADr/+T/AADI/9//AADp/+z/6v/r/xYA6f/r/+n/5P/m/+j/6f/j/+f/6P8bAOv/6//o/+T/CQDa/8v/AADk/xkA6//l/+f/6P/Y/+v/7P/s/+3/9v/s/+z/7P8UAAUA7P/s/+z/7P/s/wAA7P8AANf/4P/Y/9//zv/q//v/7P/s/+z/6//s/+z/7P8UAN//6P8AAOz/AAAAACwAAAAAABQAAADv/wAA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/7/wAA+P/0/+H/+v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAUA7P/s/+z/7P/s/wAA7P8AAAAAAAAAAAAAAAAAAAAABwDr/+r/6//e/97/+v/k/wAAAAAAAAAAAAAAAAAAAADq/97/6//q/yEA6//k/9r/AADL/wAAAAA8AOn/7v/N/+j/6//p/+H/FQDs/93/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/xAAAAAAAAAAAAD2//X/AADs/wAAAAAAAAAAFADu/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/xQAAADr/+r/7P8TALj/zP+5/7T/6f+x/wAA9//x/wAAAAAAAPH/EgD2/wYA7//c/87/3f/e/87/AAAVAOr/6P/s/+j/6//s/+L/7//r/7v/xP+s/73/yv8pAAAAAAAAAAAAAAAAAAAAAADi/yIA6v/p/9j/4f/n/93/4v8dAOT/5//p/+X/4//n/8P/AADJ/8v/1f/a/wgAsP/q/+z/7P/r/+z/FADs/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7v/s/xQA+v/x//f/7P/s/+//FADs/+7/+P/x/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAdAMv/yf/g/9z/5//A/+v/6v8VAOv/6//r/+z/7P/p/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3/8aAOv/7P/u/+j/5//q/+3/FADx//b/7//u/+z/7f8WAOn/6//r/+v/6P/p/+r/1f84ANX/4//e/+r/yv/m/+v/FQDs/+z/7P/q/+z/7P/2/xEAAAAAAAAA9P8AAAAA+v8zAAAAAADi/93/6v/r/wAAAAAAAAAAAAAAAAAAAADY/ygA3v/e/+L/2f/f/9//FQDr/+v/7P/w/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADx/xQA7P/s//H/7P/t/+3/AAAAAAAAAAAAAAAAAAAAAOn/5//p/+v/6//n/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAO3/AADs/wAAFQDr/+7/AAAAAAAAAAAAAAAAAAAAABsAAAAAAAAAAADz/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P8UAOz/7P/h//X/AAD1/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/5/wAAAAAAAPj/IAAAAOz/6//s/+z/7P/s/xQA7P/1//T/o/+r/8b/qf/k/8H/AAAAAAAAAAAAAAAAAAAAANv/AADd/+P/+//Y/wAA2P8IAMT/zP+7/+n/AAAHANT/7f8AAOz/FADu/+b/7P/r/+z/wf+q/+7/0f+y//D/8//q/+r/6f8VAOv/6//o/+z/AAAAAAAA9v8AAAAA5//s/+r/FgDz/+v/+//t//L/6//P/87/6v/c/wAA2P/e/y4AAAAAAAAAAAAAAAAAAAAAAN//1f/T/+j/3v/d/yUA1P8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+v/6v/o/xUA6//r/+j/6f/K/0YAx//P/8z/zP+//8L/2P8qAN7/1P/Y/9j/1//T/+f/JwDn/9r/3v/Z/+r/2P8AABMAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FADy//j/AADs/wAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAOH/6//h/+P/6P/p/xcA4v/s/+z/AAAAAAAA7P8UAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAA4//f/9z/w//v/9f/6P/r/+n/4f8VAOz/3f/r/+z/7P/s/+r/7P/s/+v/FADf/ysA3v/Z/+v/5f/O/97/AAALAAAAAAAAAAAA5f8AAAAA4f/l/+H/yv/x//X/5/8AAAUA6v/s/+r/3P/Z/+X/7P8UAOz/7P/s/+z/7P/s/+z/6//s/+z/7P/s/+v/FAAAABMAAADx/wAA7f/1//D/AAAAAAAAAAAAAAAAAAAAAMb/5//k/+T/6v/F/xwA6v/s/xkA6//r/+v/6f/i/+X/6v8WAOr/6v/q/+j/6f/r/+//7P8AAPD/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA6v/r/+z/6//q/wAA9P8AAAAAAAAAAAAADQAAAAAAAAAAAOz/AAAAABkA7P/r/+3/7v8UAOz/6f/r/+L/LwDH/9//6f/L/8H/xP/l/xsA5f/m/+7/5//m/+P/7P/s/+z/FADs/+z/4P/0/wAA3/+j/67/v//4/7f/AAAIAMn/1v/D/7b/wP8PAO3/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/r/+v/6//o/+v/6v/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/5P/r/xQA4//p//T/AAAAAAAAAAAAAAAAAAAAAO3/FADu/+3/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t//n/FADt/+f/FgDp/+r/6v/o/+r/6v8AAAAAAAAAAAAAAAAAAAAA6f8TAM3/z//m/9T/5P8IAAAAAAAAAAAA7P8AAAAAGQDn/ycA4P/r/+f/6f/g/+n/AAAAAAAAAAAAAAAAAAAAAOz/FADp/+r/7P/s/+z/7P/s/+z/7P/6//L/7f8UAPL/1f8VAOv/7P/g/wAA5P/m/+v/7P/t/+3/7f/u/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwA6f/r/+v/2//V/+z/AADs/+z/7P/t/+z/7P8UAOz/6v/o/+b/3//r/+P/0f8bAO3/KQDs//D/9f/x/9j/7P/r/xYA6v/s/+//7P/r/+v/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7//1//D/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOr/FgDr/+r/6v/z/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/wAA7/8AAOz/9f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/8//2/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAD4/+//AAD2/wAAFQDu//b/+f8PAAAA9/8AAAAAAAAAAOn/7/8AAO//8//p/xQA8//5/xYAAAAAAAAAAADr/wAAAAANAAAAAAAAAAAA9v8AAOL/6//r/+z/3P8RANj/AAAAAAAAAAAAAAAAAAAAAAAA+v8UAAAAAAAAAAgA5v8AAOz/7P/s//D/9P/s/+r/FADz//H/AADr/+7/JgDT/+3/7P/s/+z/7P/s/+z/FADs//n/FQAAAAAA8v/x/+v/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/6//r/+v/7P/7/xUA6//r/wAA8/8AAPf/AAAJAAUA+P8UAOz/7P/s/+z/7P/s/+z/7P/s/+z/7f/t/+z/FADt/+z/7f/z//n/8f8UAO3/7f/s/+z/7P/h/+//FADs/+r/7P8UAOz/7P/s/+z/7P/s/+b/3//e/+T/1v/q/xoA4f/W/9n/1v/Q/9X/0v8rANn/5f/n/+X/5v/q/+j/GADh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADp/+T/6/8aAOr/6f/Z/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6f/g/+v/7P8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//j/9L/IQDp/9P/9f/q/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAHwDs/wAA+f8AAN7/9v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/6f/f/9//AAAHAOn/AADs/+3/7v/p//D/FADq/+z/8/8mAAAAAADe/9r/7f/q/+H/2f/0/9n/4v8oANj/2P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/wcA6v/s/wAA7P/v//j/AAAAAOr/7v8VAOr/+P8AAAAA7P/s/+b/GADr/+//+f/s/+r/6P/p/wAAAAAAAAAAAAAAAAAAAADd/97/6//v/+z/IADd/9//7P/t/+//7P8AABQA7P/t/+z/7P8AAAAAFADs/+z/AADa/9j/4//d/yUA6v/f/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6v/m/+z/5//r/+z/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOj/GgDi/+j/6P/l/+X/5f/o/xoA4v/o/+j/5f/l/+X/AAAAAAAAAAAAAAAAAAAAAPX/7f8AAAAAAAD0/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/3v/p/+n/5f/q/97/IwDc/+H/7P/s//n/AADo/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xkA9f8AAAAA+P8AAAAA7P/s/+z/FADs/+z/7P/s/+3/+f8AAPn/AAD6/yUAAADs/+z/7f/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/+z/7P8TAOv/3f8VAOr/AAAAAAAA7P/r/wAA0v/T/9L/1P/a/9T/1f8qAPn/7P/5/+3/AAAUAO3/7v8AAAAAAAAAAAAAAAAAAAAA4v/K/93/0//W/yYA1//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgDi/9v/3f/j/9z/3//X/xQA6v/7/+//7f/s/+z/7f/r/+z/6//s/+z/7P8UAOz/3//r/+7/6//p/xsA0v/r//L/FgAAAPj/6//r//P/6v/c/9L/6/8XAOT/1/8AAOb/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/5/xQA7f/X/9L/2f/n/+z/6P8vAOP/7f8UAPH/9v/v/+7/7P/t/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5P8ZAOv/5f/n/+j/2P/r/+z/FADt/+7/7P/s/+z/7P/X/9f/3f/a/+P/JADW/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/0//b/7P8PAOz/9v8AAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/s/9n/7P8VAAAAAAAAAAAAAAAAAAAAAADt/+z/7v/t/xQA7P/s/+z/3f/g/xoA4v/k/+X/5//h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/z/xQA7P/s/+X/6//s/+3/DgDi/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/e/+n/5f8UAOz/7P/Y/9j/2f/q/+H/KADY/+X/AAAAAAAAAADr/wUAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//s/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/9v8AAPT/FADt/+7/5//p/+v/5//r/+X/6/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+X/AAD4/yQA8P8AAOz/9P/y//D/8P8UAO7/7P8HAOv/6v/r/97/3v/6/+T/AADW/9f/BgAAAA4AzP/f/wAAAAAAAAAAAAAAAAAAAADo/+z/7f/m/+j/LADn/9v/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+n/7P8AAAAAAAAAAAAAAAAAAAAA6//s//D/6/8UANj/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/m/9j/2P/c/9f/JADZ/+z/7P/s/+z/7v8UAOz/7P8UAOz/8f/0//n/+f/s/+z/HwDs/wAA+f8AAN7/9v/u/9T/6f/p/+j/6f/f/xoA6v8AAAAAAAAAAAAAAAAAAAAA5v/i/wAA8f8AAAAAGgD3/+v/7P/r/+z/7P/s/xQA7P+0/6X/2//D/67/ov9CAOP/FADs//f/8v/x/+z/7P/s//n/4P/y/wAAAAAAACMAAADs/xQA+v/x//f/7P/s/+//4//s//n/AAAAANr/KQAAAPb/7v/w/wAA+P8TAPr/AADx/+v/6//t/+z/BgDp/+H/3P/f/+3/7//s/9j/KADr/+z/7P/s/+3/7P/s/xQA7P/r/+z/4//m/+r/FQDq/+X/u/+//+b/AADi/wwAwv+0/+z/6P8VAOz/7P/r/+z/6/8cANr/0v/g/9z/6P/J/+v/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/7P8UAAAA7f/s/+z/7P/7/+3/AADv//r/7P/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAD5//n/+//z/+7/AAAAAAAAAAAAAAAAAAAAAOz/8P/w/+//AAAUAOz/7f/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA7f/r/+7/7P/o/wAAAAAAAAAAAAAAAAAAAAAAAO3/6//n/+z/7P/k/+z/FQDs//r/AAAAAAAAFAD4/wAA7f/s/+//7v/v/xQA7P/s/+3/8f/t//v/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/FADs/+z/7P/u//D/AADv/+z/7P8UAOz/7f/s/+7/7//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwDs/wAA+f8AAN7/9v/u/wAAAAAAAAAAAAAAAAAAAADs/97/AADl/9z/2P8UAAAA+v8AAAAA7f8AANj/6P8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAPf/AADs/+z/8P8AAPn/AADs/wAAFAAAAPD/AAD0/+z/7P/x/wAAAAAAAAAAAAAAAAAAAADs/+z/9f/y/+z/FQDq/+n/9//7/wAAAAAAABIAAAAAAAAAAAAAAAAAAAAgAAAA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/7f/t/wAA7P/s/wYAEwDY/9r/2/8AANz/AADe/wAAAAAAAAAAAAAAAAAAAADr/+3/7f8UAAAAFQDs/wAA+f8AAAAA7f8AAO3/AAAUANH/HADp/+j/2f/G/9j/4/8AAOz/AAAAAAAAFADt/wAA7P/m/ywA3f/T/8j/wv+9/wAAAADt/xQAAAAAAOz/+P/p/+n/9v/q//P/9v/e/yYA7P/s/+z/7f/v/+z/FADs/+z/1v/e/xUA9//c/+D/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//u/+z/+v8VAOz/6//o/+f/GgDs/+v/2v/q/9L/AAAAAAAAAAAAAAAAAAAAAO3/6//t/+3/7P/r/9v/FgAAAAAAAAAAAAAAAAAAAAAA3P/a/+z/7P8AAOH/EwDf/+z/6//s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA2P8AAOz/7P/y/+H/2P8UAOz/7P8UAAAA7f/s/+z/7P/0//n/AAAAAAAAFgAAAAAA+P8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoAAAAAAAAAAAAAAOj/AADq/+3/7//u/xQA8P/s/+z/7P/r/+v/6//s/xUA6v/q/wAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAD1/wAAEQD5/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/9//s/+z/FADt/+z/7P/s//f/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6//r/+z/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/r/xUA7P/r/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/xQA7P/r/+z/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+//7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAAAA0AFAD1/wAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8P/t/+//7f/u/+z/7f8AAAAAAAAAAAAAAAAAAAAA+//t/wAA7//6/+z/8/8UAAAAAAAAAAAAAAAAAAAAAAD4//f/IwDe/wAA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P8AAOz/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/r/+z/6f/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//u/+//EwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA5v/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAOz/7P8UAOn/6v/Y/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7P/Q/5j/8P8MAMv/4//J/w0A7f/s/+z/7P/3/+z/7P8UAAAA8//s/+z/AAD2/xQA7P8oAO7/5/8AAPL/2P/Y/+j/6/8TAAAA6//r/+z/2f/g/+n/6f/2/+r/8//2/97/JgDs/xQA7v/y/wAA+//s/wAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/s/+v/9v/1/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5//p/+7/7P/q/xYA6f8cAOX/zv+t/9b/7//M/6L/AAAAAAAAAAAAAAsA9/8AABQA7P/s/+z/7P/q/+z/7P/t/+z/7P/s/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/5/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f8UAOz/7f/v/+z/7f/t/wAA7P/s/wYA6f/k/wAA2P/a/xUA1//Y/wAAAAAAAAAAAAAAAAAAAADs/+z/7//x//X/7P8UAO3/FQDz//P/7v/u/+v/6//s/+z/6v/s/+z/9P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/4//g/9r/5P/h/x8A3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6/8UAOz/7v/r/+z/7P8AAAAAAAAAAAAA+//s/wUA6P/7//j/1//s/+P/DgAAAAAAAAAAAAAAAAAAAAAAAADl/+D/9//3/wAAGgDq//j/AAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAADr/+r/2f/s/+L/BwDr/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//n/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAABwAAANz/2v8AAOj/2//c/wAAAAAAAAAAAAAAAAAAAADu/+3/AADv/+z/7P/s/xQA7f/s//n/7P/x/+z/8P8UAAAAAAAAAAAAAAAAAAAAAADs/+//7f/s/+//FADs/+z/EQDs/+z/7P/s/+n/9f/n/+r/7f8AAPL/AAAAABcA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t//L/7f/s/+z/7v8UAO3/8/8AAPH/7P/s//P/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/9//s/+z/FADs/+z/FADt/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6f/v/+3/8P/r/xYA7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/5v/u/xQA7f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/9P8AAAAAFADt/+z/7P/s/+z/7f/s/+z/FADs/wAAzf/o//j/8/8AANP/6/8AAOn/GgDs/wAAAADZ//T/AADs/wAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAD0//n/AAAAAAAAFgAAAAAA6/8SAOz/6f/v/9v/3f8AABUA6//q//L/7P/q/+v/6v/R/9r/HgCx/9b/w//m/7//AAAAAAAAAAAAAPv/7P8FANb/EgDD/8X/3P/a/woA5f8AAAAAAAAAAAAAAAAAAAAA7P/g/xkA3P/t/9n/4//i/93/7P/e/+v/6f/m/wcAEgAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAUAOz/7P8AABUA6//q//L/7P/q/+v/6v/s/+z/7f/r/+z/FADs//H/AAAAAAAAAAAAAAAAAAAAAA4A7P/t//D/9v/z/+z/7f/s/+z/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAANf/6/8HAOP/2v/p/+T/DwDs/xQA7P/s/+z/7P/s/+z/2P/Y/9r/6P8nANj/1//1/wAAAAAAAAAAAAAAAAAAAADs/+z/6v/p/wUA6//Q/wAA5/8OAOL/5f/Q/97/+v/L/+z/7P/v/+3/FADt/+z/7P/s/+z/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAOz/4f/1/wAA9f/s/xQA7P/s//T/8v/w//D/FADu/+z/7P/t//P/+f/x/xQA7f/t/wAAAAAAAAAAAAAAAAAAAAAUAO7/7f/z//j/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAhAAAA5//e/9r/8P/g//n/1/8kAOv/AAAAAAAAAAAAAAAAAAAAAOD/AADh/+j/5/8KAOf/2P/s/+z/7f/u/+3/7P8UAOz/AADk/+v/GgDr/+j/1P/m/+v/7P/r/+z/7P/s/xQA7P/t//H/7f8AAOz/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/P//D/GQD2/8T/vf/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/t/+3/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P/s/+v/FADs/+v/7P/s/+z/7P/r/xQA7f/r/+f/7P/s/+T/7P8VAAAAAAAAAAAAAAAAAAAAAAD3/xIA1v/T/9b/xf/R/8j/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAPn/+P8AABQAxv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/v/+z/+P/t/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9z/1f8dANn/z//k/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/8v/v/+7/7P/r/+3/xf/d/xYAxf/c/+z/6//i/+z/7f8UAAAA7v/t/+z/7P/s/+z/FADq/+v/7P/r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//b/6//r/+n/EgDi/9//GgAAAPn/AAD7/+H/7P/z/wAAAAAAAAAAAAAAAAAAAADn/+n/5f/a/9j/4/8JAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/9P/s/+r/FAAAAAAAAAAAAAAAAAAAAAAA+f+y/+//6f/E/+T/7//5/wAAAAAAAAAAAAAAAAAAAAD5/w8AAAD3/wAAAAAAAAAAFADs/+3/9v/w/+z/7P/u/+H/3v/p/+r/6v/b/x4A4P/Y/yAA2P/c/+P/4f/Y/+L/7P8UAO3/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//v/wAA8v8AANj/6P8oAOz/7P/s/+X/6//r/+n/FQAAAAAAAAAAAAAAAAAAAAAA+v/s/+7/+P8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8f/4//f/+P/r/xUA+/8IAL3/wv/H/8z/sf8JANX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwD3/wAAFQDs/+z/7P/w/+z/6//t/xQA8//4//X/+/8AAO3/8v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/+v/r/+3/7P8UAPT/+P/5//b/AAD5/+v/IADt/+z/+f/s//H/7P/w/xQAAAD5/wAAAAAAAPv/AAAPAAAAAAAAAAAAAAAAAAAAAAAcAOL/3P/w/+n/6v/n/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/u/wAA8//s/+z/7P8VAOz/7P/t//T/7//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/+z/7f/z//b/AADb/+z/AAAAAAAAAAAAAAAAAAAAAAAA4//n/wAA9P8AANP/6f8yAOD/0P/3/wwA4//j/9X/9v/v/+z/7f/t/wAA7P/s/wYAAAAAAAAAAAAAAAAACgAAAOz/7f/s//n/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v8UAOz/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA6//q/+3/9P/y/9T/6P8fAAAAAAAAAO3/AADn/+j/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/7f8AAOz/7P/t/xQA7P/s/+v/8v/p/+f/8f8YAOz/7P/s/+z/FADs/+z/7P8AAPb/AAAAABUAAAD2//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+z/7P/d//D/AAAUAOv/AADr/xUA9//r/+r/3v/j/9//7P8RAOn/2P/Q/97/AAD6//r/6v8AAAAA8/8KAPH/EwAAAAAAAAAAAAAA7f8AAAAAEwAAAAAAAAAAAO3/AADj/97/LQAAAM7/y/+9/8j/9P/5/wAAAAAAABYAAAAAAOv/6//s/+v/FQDs/+v/6/8jAOH/1v/g//H/3P/e/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/nP+J/9X/8P/Y/4L/CADS/9D/zP8IANf/4P/X/9P/7v/L/+b/AAAFACAA4f/k//b/yv8HAMz/0//K/woA5P8AAOX/2//p/wAA4/8UAAAAJAD7//P/+P/3/9z/AAAAAAAAAAAAAAAAAAAAAAAAAADz/8z/vf/x/wAAx//E/+z/7f/s/+z/7P/Z/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6f/p/+j/6v/o/xYA6/8AAOH/6v8TAOz/6//g/+L/6f/Y/woAFgDg/9L/0f/L/wAAAAAAAAAAAAAAAAAAAAAAAOH/JwDr/wAA9//y//b/AAAAAAAAAAAAAAAAAAAAANj/3P/r/+X/AAD5/ygAAADy//v/AAAAAAAAAAASAAAAHwDs/wAA+f8AAN7/9v/u/wAA9v8AAAAAFQAAAPb/8v8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7v8AANv/0v/Z/+H/9f/e/y4A3v/r/+n/6//s/+z/7P8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADr/+f/7P/o/+z/KADs/wAA+f8AAO3/2P8AAOz/7P/t/xQA7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7f/v/wAA8/8AAO3/FAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AAAAAAAAAAOP/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v8UAOv/7f/r/+z/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAD5/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAAAAAADp/wAA7P/s/+3/7P/s/+z/FADs//j/AAAAAAAAAAARAPT/+/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/6/wAAAAAAABQA+P8AAAAAAAAAAAAAAADv/xEAAAAAAAAAAAAAAAAA7/8RAAAAHwDs/wAA+f8AAN7/9v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x/+//7P/4/+3/FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/v/+z/FADs/8j/xP/F/9f/3P/H/z8Azv/x/+z/7P/s//T/EgDr/+z/9/8AAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/3/+3/FADs/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA+v/c/wAA1v/a/xEA7//a/+3/EwDu//L/9f/s/9j/EQAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/v/+z/FADw/+z/4f/1/wAA9f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6v/p/+n/5v/r/+r/FgDc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7f8AAOr/6v/s/+D/3/8MAOb/6P8aAOL/6P/o/+X/5f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/X/+P/4P/V/wcAAADd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/l/+z/+/8aAOH/7v/v/+3/7P/y//H/7P8UAO//3v/b/9v/9/8AALv/QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQD3/wAA6P8WAO3/8v/3/+7/5v8AACMA4//p/+H/6P/V/87/2v/s/wAAAAAAAAAAFADu/wAAKgDZ/+j/6v/x/9f/yf/v/wAAAAAAAAAAAAAAAAAAAADy/+3/7f/w/wAAFADs/+z/2f/f/9X/vv8IAAAA2f/M/xgAzP/n/8X/w//Z/wAAAAAAANf/4P/Y/9//zv/q//v/AAAAAAAAAAAAAAAAAAAAACsA1P/a/wAA7//U/9j/4/8AAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAADp/+v/7v/q/+n/+f/Y/w0A7/8WAPr/+f8AAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/j//r/AAD6/+z/FADt/+z/7P/s/+z/7f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA5P/o/+X/9f/7//P/HADq/+z/7P/s/+z/7P/s/xQA7P/t//H/7f8AAOz/7P/t/xQA7f/x/+3/AADs/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADa/xMA6//s/93/6P/a/wAAKADn/5n/sf/Y/8j/4f/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8v/u/+z/7P8UAOz/7P/s/+//FADs/+z/7P/s/+z/7P/t/+z/7P/s/xQA7P/w//D/7/8AABQA7P/t/+j/AADr//r/8//s/xMA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//8/8AAAAAFADm/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P/s/+z/7f/0//r/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAABQAAAD5/9j/1//e//H/2P/V/ykA2f8UAOz/7P/s/+7/7f/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7//v/+z/7P/r/+r/6f/g/+v/7P8WAOr/AAAAAAAAAAAAAAAAAAAAAPL/7f/t//D/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+v/6//s/xUA6v/q/+z/7P/1//L/7P8VAOr/6f/s/+v/7v/s//r/FQDs/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7f/t/+z/7P/t/+//7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+X/2v/r/+n/3v8iAOT/DwAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AADs/wAAFQDr/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAA+f8RAAAAAAAAAAAAAAAAAAAAAAAAAO7/8v8AAAAAAAAAABwAAADp/9P/xv/g/+X/y/82ANr/7//0/wAAAAAAAAAAHgD6/+z/7P/t/+3/7f/s/xQA7v/k/+j/5f/1//v/8/8cAOr/7P/t/+z/7v/v/+z/FADs/xUAAAAAAAAAAAAAAOv/AAAQAAAAAAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5//v//X/8v/r/+v/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/9//y//H/7P/s/+z/FADs//f/8v/x/+z/7P/s/xQA7P/3//L/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6P/u/+r/6f/q/+j/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs//L/8v/s/wAA7P8UAPb/GwDl/wAA+P8AAN7/5//5/wAAAAAAAAAAAAAAAAAAAADr/+z/7//1/+3/9f8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQA7P/t//D/8f/s/xQA7P/s/+z/7f/z//n/8f8UAO3/7f/Z/+r/3f/t/9j/2f/k/yAA8P8AAOT/FQAAAAAA6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7v/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/w/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOv/7v8AAAAAAADw/xUAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7v/s/+z/7P/s/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xUA5v/r//X/5v/s//H/7P/0//L/8P/w/xQA7v/s//D/6v8AAPX/AAAgAOv/8f/6/xEAAAAAAAAA+/8AAPn/AAAAAAAAAAAAAAsA+P8AAAAA7f8AAOz/AAAVAOv/7v/s/+z/7f/r/+z/FADs//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/d/+z/7P/z/ygA0//s/wAAAAAAAAAAAAAAAAAAAADZ/9b/2f/c/9n/1/8pANj/+P8AAAAAAAAAABEA9P/7/wgAwP/V/xIAyP/N/+f/t/8AAAAAAAAAAAAAAAAAAAAA6//n/+v/7P/s/xUA7P/s/8X/1f/m/+L/1f84AMD/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v8AAPP/AAAUAOz/7//s/+z/7P/s/+z/7P/s/xQA7P/u/+//7P/r/+3/6/8VABQA7P/t/+3/7P/s/+z/7P/r/xUA7P/r/+z/6//q/+z/+v8TAPb/AAAAAAAA9f8AAOz/FADr/+z/7P/p/+v/7P8AAAAAAAAAAAAAAAAAAAAAGAD4/wAAAAAAAOz/5/8AAO3/FADt/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8P/t/+z/AADz/+z/FADs//D/6v/p//f/6//r/xYA6v8AAAAAAAAAAAAAAAAAAAAA2v/j/wYA0f/X/9H/AADO/wAA2P8VAOD/6P/Y/9j/2P8AAAAAAAAAAAAAAAAAAAAA7//s/+3/7f/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAAAADr/wAA7P8UAO3/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADn/xYA6f/q/+r/6P/q/+r/AAAAAAAAAAAAAAAAAAAAAOr/6P/s/+v/7P/q/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDu/+3/AADw/+7/4//t/+//7P/t/+3/7f/s/+z/FADp/+z/6v/r/xYA6f/r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/+z/BQDs/+v/FADr/+z/7P/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/+v8AAAAA7P/s/+n/EAAAAAAAAAAAAPn/9/8AAO3/1//K/xcA+f/d/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6v/d/+3/2P/Z/+T/IAAAAAAAAAAAAAAAAAAAAAAA8f/6/8//zf/e/8X/wP8AAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/X/9D/7v/e/83/9//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+7/7f8UAOz/7P/s/+n/4v/e/+H/+//g/9z/DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/IwDs/+z/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7v/t/xQA7P/s/+z/+f8PAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAD6/wAA7v/m/7j/xf/h/wAABQDK/xQA+f/2/wAA9v/s/+z/8P/6/xMA9v8AAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+r/7P/s/xQA7P8XAO7/2f/g//T/7P/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FAAAAO7/7P/s/+z/8v/t/+3/8P8AABQA7P/s//L/7f/t//D/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/9v8VAOv/7P/X/9L/2f/n/+z/6P8vAOP/AAAAAAAAAAAAAAAAAAAAAPP/7/8YAOz/7f8UAOn/+f/y/+3/7f/w/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7f8UAPD/AAAAAAAA8P/s/wAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//i/+j/6//q/+n/GADq/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAOz/8P/w/+//AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAA8f/s/xQA7P/s/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FQDt/+z/8v/t/+r/7P/i/xIA7/8AAN3/2P/M/wAAAAAAAAAAAAAAAAAAAAAAAOz/8P/w/+//AAAUAOz/7f/y/+L/3P/Z//H/JADe/+j/7P/w//D/7/8AABQA7P/t/xQA7P/u/+z/7P/s/+z/7P8YAOv/6v/t/+z/6f/l/+v/7P8UAOz/7P/v/+//7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPr/8f/3/+z/7P/v/wAA2f/n/+3/7P/s/+f/AADs/xQA+v/x//f/7P/s/+//7f/s/+z/7P8AAOz/FADs/+3/7P/s/+z/AADs/xQA7P/s/+z/7P/6//L/7f8UAPL/AAAAAAAAAAAAAAAAAAAAAO7/9/8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/3v/b/9//4P/X/93/LQAXAO3/AAAAAAAA6//p/wAA1/8qAN7/2P/Y/9b/1v/Y/wAAAAAAAAAAAAAAAAAAAADq/+z/6v/s//n/7P8VAOz/FADs/+z/7P/v/+z/7P/s/+z/7f8UAAAA7v/t/+z/7P/d/+D/GgDi/+T/5f/n/+H/7P/s/xQA7P/s/+z/7P/s/+z/7P8VAOz/7P/p/+z/8f8UAPP/+P/1//v/AADt//L/FADs/+3/8v/t/+z/7P/u/xQA8//4//X/+/8AAO3/8v8HAAAAAAAAAAAAAAD6/wAA8v/g/+D/1P/l/+r/EgDm/xQA7f/z/wAA8f/s/+z/8//s/+z/7f/s/+z/7P/s/xQAwv8PAMr/AADJ/9T/5v/R/ysA2f/2/+r/AADO/9z/1/8AAAAAAAAAAAAAAAAAAAAABgDZ/9v/1v/N/w8Ax//O/wAAAAAAAAAAAAAAAAAAAAD1/yIAuP+x/9f/o//a/83/9//4//H/AAAAAAsAFwD6/9f/0v/Z/+f/7P/o/y8A4//p/+r/6f8VAOv/6//q/+z/AAAAAAAAAAAAAAAAAAAAAA8AtP/Y/+X/8P/s/+f/AADu/xYA7f/1//r/7v/m/wAAAADS/wAAAAAAAAAAMwAAAAAA0v8AAAAAAAAAADMAAAATABQAAADy/wAA7P/Y/+z/AAAAAAAAAAAAAAAAAAAAAMn/tP8gAK3/0v/w/9b/w//Y/ykA2//g/+r/6f/W/+H/+v8TAPb/AAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/6//r/+z/6//r/xUAAAAAAAAAAAAAAAAAAAAAALb/WAC//+f/AAD4/8D/AADx/xUA7//u/+3/7//n//T/6/8rANr/2v/i/wAAuv/k/+P/6//R/+f/6v8wAOn/vv8UAOz/7P/s//P/7P/s/+z/7//t/+z/8v/x/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAD3//L/AAAQAAAAAAAAAAAA9//y/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/x//T/+f/5/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/p/+v/2P8WAOv/6v/U/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7P/0//L/8P/w/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOD/6f/q/+r/6P/q/+b/6v/n/+n/7v/s/+r/FgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+b/6//i/+X/0//a/yAA7v/s/wAA7v8AAOz/7P8UAO7/7P/s/+7/7P/s/xQA7f/h/xoA4f/f/+H/4P/m/+X/7P/s/+3/7P/s/+z/FADs/+b/3v/h/+v/6//c/yEA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+D/5//X/+j/2P8gAOD/7P/s/+3/7//4/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/v//j/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuAPb/5v/2//j/1P/T/+X/8v/1/wAAAAAAAAAAFgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAC4A9v/m//b/+P/U/9P/5f8AAAAAAAAAAAAAAAAAAAAAGwDp/wAAAAAAAPj/5f/1/xoAAAAAAAAAAAAAAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwDZ/93/4f/d/9n/+v/j/+z/7P/t/+7/7v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/3/+3/FADs/xYA7P/p/+j/6//q/+r/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/t/+z/FADv/8T/CADd/83/yf/E/wAAzf/m/wAAAAAAAAAAAAAaAAAA4/+6/87/3f/e/87/QgDW/wAAJAD7//P/+P/3/9z/AAAVAOj/7f/x/+3/6v/s/+v/7f8UAPj/AADz/+z/6f/s/+z/+v8AAAAAAAAUAPj/AAAUAPX/AAAAAAAA7P/s/wAA6//7/+7/+f8AABUA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA8f8AAAAAAADm/wAA6f/q/+r/FgDr/+n/6f/r/+z/6//s/yUA7P/s/9j/7P/l/+f/6v8WAOr/5//q/+r/7f/s/+//FADv/+z/7P/t/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//r/xUA7//q/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/7P/r/xQA7f/x/+3/AADs/+z/7f8UAOv/2P/s/+f/+v/R/+j/DQDt/+z/7v/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMf/0f/X/+j/7v/Q/9b/FQDt//H/7f8AAOz/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAPv/7f/L/8//2v/z/wAA7v/m/+3/9P/0//H/9v8cAPv/yf/r/9z/4v/J/+X/GwDU/xQA7P/t/+3/7P/s/+z/7P/l/+f/7f/w/+//7P8XAO7/AAAAAAAAAAAAAAAAAAAAABQA8P8AAAAAAADw/+z/AAAUAPD/AAAAAAAA8P/s/wAAAAAAAAAAAAAAAAAAAAAAAOv/FQDq/+z/7P/r/+v/6f8UAOz/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO//7P/t/+3/AADs/+z/BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/o//j/8//x/+r/FwDy/+z/FADs/+z/7P/s/+z/7P/s/+v/7P/r/+H/3P8XAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+T/4v/z//b/3f8iAAAA7P/r/+v/6v/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/X/9z/1v/X/+j/1/8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+3/8//4/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/FADu//L/AAD7/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPD/7f/v/+3/7v/s/+3/AAAAAAAAAAAAAAAAAAAAAPv/FADz/+7/+//6/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/+v/r/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//t/+7/7f8AABYA6//s/+z/7f/z//n/8f8UAO3/7f8AAAAAAAAAAAAAAAAAAAAAIQDs/+z/7v/y/93/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/x/+7/7P8UAO7/7P/s/+z/7f/t/xQA7P/t//H/8v/x/wAAAAATAPb/8//E/9r/2v/b/+X/PwDC/8r/7P/r/+z/1f/s/xYA3v/e/+//6//x/9n/3/8XAOz/7P/v/+z/7P/s/+3/FADt/+3/9P/z/wAAAAAAABMAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA8v8AAPX/AAARAPn/AADs/+z/+P8AAAAAHAD7//j/8f/w/wAAAAAAABIAAAD6/+z/7P/t/+z/7P8UAO3/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/6//s/xQA7P/x/9r/2v/f/93/3P8oANj/4//s/+z/7P/s//b/FQDr/+z/AAAAAAAAAAAAABMAAADt//H/8P8AAAAAAAASAAAA+v8AAO3/AADs/wAAFQDr/+7/7P/s/+z/7P/2/xUA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/t/+z/7P/s//D/9P/s/+r/FAAgAOn/7P/3/9j/1P/i/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/d/wAAAAAAAO//MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5//t//D/7//s/xcA7v/r/+z/6//t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/6P/p/+P/HwDo/9z/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAOz/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/+z/8P/w/+//AAAUAOz/7f/s/+z/7//x//X/7P8UAO3/+P8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAADp/xkA5f/r/+j/6f/d/+j/AAAAAAAAAAAAAAAAAAAAAAAA7v8UAO3/AAAAAPb/+P8RANP/7/8UAAAAAADn//r/FgDm//X/9f/6//T/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/o/+v/+f/s/xUA4//Q//L/6v/U/woA1P+2//f/7P/s//P/7P8UAOz/7P/s/wAAy/8AAAAAPADp/+7/zf8AAPD/AAAAABUAAAD5/+z/4P/k/8n/KwDo/8//4v/Y/wAAEwAAAPL/AADu//f/8v8UAOb/AADp/+P/6//q/9j/AAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAbAPj/7v8AAAAAAAAAAAAAAAAAAAAAJADM/9f/x//Y/87/6//U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAANf/1v/g/9b/5P/O/wAAAAAAAAAAAAAAAAAAAAAXAOz/9v/v/+3/FADW/93/6f/p//b/6v/z//b/3v8mAOz/7P/s/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//n/AAAAAAAAFgAAAAAA7P/t/+z/7P/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPn/AAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7P/s/+z/7P/r/+b/6//n/+T/EwDx/+z/AAAAAAAAAAAAAAAAAAAAAAAA3f/Y//D/2v/Q/+P/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAA7//3/9j/AADs/wAAAAAAAAAAAAAAAAAAAADH/9v/x//e/7//4v8vAMn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWANr/6//j/+r/3//q//D/yf8RANL/AADd/9f/1f/m/+3/2//Y/+T/3f8dAOP/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/s/+7/6//r/+z/8P8UAAAA8P8AAAAA8v8AAPP/JwDw//H/AADl/9j/AAAAAAAAAAAAAAAAAAAAAAAA6//p/wAAAAAAABUAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+f/6v8WAOr/5//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//H/9P/5//n/7P/s/xQA7P/x//T/+f/5/+z/7P/s/+z/7P/s/+z/7P/s/xQA6P/s/+r/7P/r/+b/6f8YABQA7P/t//H/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/6//l/+L/IQDp/+D/yv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA7P/t/+z/AADY/9j/7P/s/+7/9v8AAPT/FADt/+7/6/8WAOr/6//q/+r/6v/q/xQA7P/u/+v/7f/s/+z/6//s/+z/7P/s//b/FQDr/+z/+P/t//P/8f/7/yYA5//k//v/AADx/wAAAAAaAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+j/7P/r/xcA6P/s/wAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADw/wAAFwDt//P/6/8AAOT/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOv/7//t/+//6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA5//o/xkA7P/s//b/1//y/+j/JwDY/wAAAAAAAAAAAAANAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAOz/AADs/wAAFAAAAAAAAAAAAAAAAAAAAAAA6P/7//j/1//s/+P/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAAD4/+z/3v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAA7P8AAOz/AAAUAAAAAAAAAAAAAADs/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7f8UAO3/7P/s/+z/7P/t/+z/FADs/+z/7P/u/+3/7//t/ygA7P/s/9j/7f/s/+//7v/v/xQA7P/s/+3/8f/t/wAA7P/s/+3/FADp/+T/5P/c/+b/zP8eANX/AAAAAAAAAAAAAAAAAAAAANv/3f/U/9j/3f/q/yMA1v/0/wAAAAAAAAAAAAARAAAA7f/s/+z/FADt/+z/7P/s/x8A7P8AAPn/AADe//b/7v8XAO3/AAAAAAAA6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdANz/6f/o/wAA2P/j/+b/7P/r/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+n/7P/r/+z/6//l/xYA3//O//n/7f/o/+j/IgDi/9D/0//U/9X/4//T/8v/JQDs/+z/7v/0/+z/FADs/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA6P/s/+r/7P/r/+b/6f8YAAAAAAAAAAAAAAAAAAAAAAAUAOz/9//y//H/7P/s/+z/9v8AAAAA7P8AAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAD2/wAAAADs/wAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAO3/FADw/+7/7f/t/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+3/7v/t/wAAFgDr/+z/6f/Z/9//7v8AACQA5v/Y/+z/2//s/wAAAAAUAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t//f/7P/s/+3/FAAQAAAAAAAAAAAA+f/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA6P/s/+r/5//q/+v/AAAAAAAAAAAAAAAAAAAAAN3/6//l/+L/IQDp/+D/yv8AAAAAAAAAAAAAAAAAAAAA7//s/+z/7P/t/xQA7f/t/yEAzv/b/9X/2v/R/+D/2f8UAOz/9//y//H/7P/s/+z/3//b/+v/6//S/xcA5v/s/+z/7P/p/+z/7P/r/xUA7P+7/7r/5f/d/+3/1/8sAPj/AAAAAAAAAAAAAA0A9/8AAOz/6v/s/+z/9P8UAOz/7P/s/9T/yv8ZAPn/3f/N/+j/AAAAAAAAAAAAAAsA+P8AAOz/7P/s/xQA7P/s/+z/7P/t/+7/8//z//T/7f8UAPb/+P/w/wAA+P/v/+3/FQAAANv/6P/O/97/3v8jAOD/6f/s/+z/7f8UAO3/7P/s/+3/0//E/+f/6v/R/y4A0f/S/9T/6P/M/9r/4f+8/ycAz//s/+z/7P/t/+z/7P8UAOz/FgD0/wAAAAD6/+f/6//z/xQA8P8AAAAAAADw/+z/AAAUAPD/AAAAAAAA8P/s/wAA7P/s/+z/7P/s/xQA7P/s//D/3P/p/9n/6P8qANj/3f/q/+X/4f/h/+P/6P8ZAOb/AADu//b/1v/t/ywA2P/e/+H/6//h/+P/6P/p/xcA4v/s/+z/7f/s/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOz/6v/r/+v/6//c/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//o/+v/7P8WAOv/6v/s/+z/7P/s/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//D/AADt/+z/7P/c/xYA8f8VAO//7v/t/+//5//0/+z/7P/t/+7/7f/s/xQA7P/u//f/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//T/AADg/+z/7P/s/+3/7v/z//P/9P/t/xQA9v8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/3/+3/FADs/+3/5P/r/9z/7P/s/xQA7P/s/+z/7f/t/+z/FADs/+3/8f/r/+v/7f/s/wYA6f/h/wAAAAAAAAAAAAANAPf/AAAUAPH/9P/v/wAA7P/s/+z/6P8AAAAAAAAAABkA5/8AAOz/7P/s/+z/8/8UAOz/7P/s/+v/7P/1/+v/6f8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgDs/+3/8P/2//P/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAADs/wAA7P8AABQA7P/s/xQA6//n/+z/6P/s/yAA6f/s//f/2P/U/+L/5f8AAAAAAAAAAAAAAAAAAAAA2f/r/+z/7f8AAOn/5/8KAAAAAAAAAAAAAAAAAAAAAAD3/wwAAAD6/wAA6P/x/+X/AAAAAAAAAAAAAAAAAAAAAOz/6//s//X/6//p/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOr/AAAAAAAA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+7/7P/s/+z/7P/k/xkA6//l/+f/6P/Y/+v/GgDo/+3/7f/u/9n/5v/t/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7P/u/+z/7P8UAO3/7P/s//T/AAAAABQA7f/s/+z/FQDt/+3/8P/q/+v/7f/w/xQAAADw/wAAAADy/wAAAAAAAAAAAAAAAAAAAAAAAOP/1f/Q/9L/2f/K/y4A1//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9f/AADY/9//5v8AANv/KADc/9r/2P/5/9P/1P/v/wAA8//s/+z/AAD2/xQA7P/q/xAA3f/U/+v/AADP/wAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAADu/+z/AADw/xQA7//u/wAA9f/s/wAAxP/U/+b/DgDg/9n/AADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQDB/83/1f/t/xAA9v/T//H/FADs/+z/8f/s/+3/7f8fAPf/4//w/9r/6f/V/+T/1f/w/8z/7/8AAPn/IgDV/xQA7P/s/+z/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f/n/8L/AAAPAMj/2v/i/+P/zf/w/xYA3P/S/97/AADs/xMA+P/l/wAA7P/Y/wAAAAAAAAAAAAAAAAAAAAAAAL//3v/t/+P/AADr/+j/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9P/3P8UAN//AADW/+3/7P/t/+z/7P/t/xQA7P/t/+b/4//v/9v/7v8oANr/3P8AAAAAAAAAAAAAAAAAAAAAv//e/+3/4/8AAOv/6P8WAAAAAAAAAAAAAAAAAAAAAAASANr/2v8FAAAA6f/b/+L/AAAAAAAAAAAAAAAAAAAAAAAA6v/Y/9j/8f/x/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//n/7f/5/wAAFADs//j/7P8AAAAAAAAAABQA7v8AAOz/7P/s/+z/7P8UAOz/7P/s//T/8v/w//D/FADu/+z/7P/s/xQA8f/s/+v/6//r/9X/LQDl/9r/2//V/9L/1P/t/+7/7P/s//P/7P/s/xQAGwDX/9j/3//W/+j/5//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/h/8r/6//1/ysA4v/T/+z/7f/s/+z/7P8UAOz/7P8AAO3/AADs/wAAFQDr/+7/5//k/+L/6f/s/xwA5f/P/xQA8P8AAAAA+f/s/+z/6//l/+v/GADq/+f/5f/l/83/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOv/6v/t/+z/6f/l/+v/AAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/y/+//7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P8AAPL/AAAAAAAA+f8RAAAAFADs//j/8//y/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7v/s//T/7f/s/wAAFADu/+z/7v/t/+3/7P/s/wwAAAAAAAAAAAAAAPT/AAALAAAAAAAAAAAAAAD2/wAA7P/r/+v/FQDs/+f/7f/s/wAAAAAAAAAAAAAAAAAAAADs/+v/6/8VAO//6v/s/+z/3P/Z/+//4f/q/wAA5v8AANz/5f/m/+f/GADY/+X/6v8AAAAAAAAAAAAAAAAAAAAA2P/Y/wAA3v/n/+v/2P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/EAAAAAAAAAAAAPf/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/t/+3/7f/s/+z/FADv/+z/7f/t/+3/7P/s/xQA7P/s/+3/7P/s/+z/7P8UANj/0//d/9H/2P+x/yMA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P8AAO7/AADs/+z/FADv//T/AAAAAAAAAAAeAPr/1v/V/9r/3f/Z/9b/KgDY/wAAAAAAAAAAAAAAAAAAAAAUAAAA8P8AAPT/7P/s//H/6//s/+//9f/t//X/FQDu/wAAAAAAAAAAAAAAAAAAAAD4//D/AAD4/+//7f8VAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA2v/j/+H/4//k/+j/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+b/6P8ZAOr/6v/a/+j/AAAAAAAAAAAAAAAAAAAAAOv/6f/v/+v/7P/r/xUA7P/s/+z/7P/t/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOb/2f/a/+//6f/m/x0A8P8AAAAAAAAAAAAAAAAAAAAA6f/n/+n/6//r/+f/FgDr/+v/6//r/+r/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADo/+r/9//s/+z/7P/r/wAAAAAAAAAAAAAAAAAAAADY/9f/3v/x/9j/1f8pANn/AAAAAAAAAAAAAAAAAAAAAOX/2f/h/x0A6f/i/+T/4//4/wAAAAAAAAAAEQD0//v/6f/s/+j/7P/r/xcA6P/s/wAA6//s/+z/7P/r/w4A6//s/+z/7f/t/+z/FADs/+3/2v/J/9n/1v8XAND/8//J/+z/AAAAAAAAAAAUAO7/AAAAAAAAAAAAAAAAAAAAAAAA6P8AAAAAAAAAABkA5/8AAAAAAAAAAAAAAAAAAAAAAADD/8P/0f/R/8L/NQDP/9P/3v/m/+v/4v/l/9P/2v8gABQA6v/h/+z/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA6P/p/+z/6//s/+n/FwDr//L/9f8AAAAAAAAAABYAAAD4//H/AADd//r/GADt/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5//v//X/8v/r/+v/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAPf/9f8AAPj/5v/o//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADt/+3/7f/s/+z/7P/g/wAA1v/U/93/EQDW/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOv/6//s/+r/5P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAA3P/Z/9r/5v/Z/wAA3//p/+H/6//p/+H/4P8aANz/7f/s/+z/FADt/+z/7P/s/xUA7P8AAPv/AADs/+v/6v8AAAAA+//j/wAAKQDv//X/9//p/+v/FgDM/9b/3//w/xQA6f/v/+r/7f/s/wAA6//W/+z/8f/s/+z/7P8XAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8/8VAO3/7P/s/+r/5f/d/+v/6f/K/9b/6P8+APX/8P8AAAAAAAAdAOf/AADV/+f/6P/q/9T/EAAAAOj/AAANAAAA+v8AAAAAAAAAAAAA7P/s/+3/8v8AANn/7P8VAAAA7v/r/+v/6P/V/+r/7P/s/+z/FADs/+z/7P/s//P/5//S/6j/uf8VANr/9//J/9T/9v/e/y0A6f/b/+n/7//b/7n/kf+c/zoA5v+r/wAA7f8AABQAAADs/+z/+P8AAAAAAAAAAAAAAAAAAAAAIgDj/+n/4f/o/9j/0v/a/+z/7P/s//L/7v/s/+z/FADa/93/3P/a/+P/IwDe/97/AAAAAAAAAAAAAAAAAAAAAAAA8v8AAPX/AAARAPn/AAAAAAAAAAAAAAAAAAAAAAAA+P/u//H/AAD6/xMAAAAAAM3/PwC9/9L/z//Z/8H/wf/q/xEA5f/f/9n/6/8JAOv/7P/s/+z/FADs/+z/7P/s/9f/1P/Y/7T/3f8PALD/9f8AAAAAAADw/xQA+P8AAOz/AAAAAAAAAAAAAAAAAAAAAOz/8P/w/+//AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAA9P8OANr/wv/O/8r/uf/J//r/AAAAAO3/AADY/+j/KAAAAAAAAAAAAAAAEQAAAPD/AADY//D/2P/h/+n/EQDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+v/FQDs/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+L/6P/r/+r/6f8YAOr/AAAAAAAAAAAAAAAAAAAAAOr/6v/r/+z/7P8VAOz/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/m/+v/6//s/xcA6//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADF/+//uf/R/8//AADX//r/t//F/8v/tv/D/wAA0/8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/5//b/8/8AAPf/6v8gAAAAAAAAAAAAAAAAAAAAAADZ/+n/6v/d/wAAHgDq/+L/7P/e/+z/8P/w/+v/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDj/+z/7P/s/+z/7P/i/+3/6//t/9n/3/8XAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/r/+v/6//X/+j/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/s//L/8f/T/+j/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/s/+r/+v8AABUA8P/s/+z/9/8AAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/9/8AAO3/7v/s//b/GAAAAAAAAAD6/+7/6P/v/+v/5//r/+z/7P8VAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/n/xoA7P/r/9r/6v/S/9z/8f/s/xQA7P/s/9z/7P8dAOL/5//r/9L/6f/J/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+r/+f/p/xYA7f8UAOz/7P/t/+3/7P/s/+z/2v/W/+z/6v/h/+X/5v8hAOn/1v/m/w0A3//d/wAA5/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/6v/s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6//R/+r/6v8wAOj/vv8AANr/AADm/+D/+P/T/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/+n/0v8HANn/xv/p/wAAKADs/+//7P/1/+D/2P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/h/97/5//l/9//5/8cAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v+///L/6f+9/7L/+v+v/wAAAAAAABoAAAD4/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/3//U/9v/AADf//f/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+z/6P/p/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/8z/xv/S/x8A6v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8/7H/qv+0/woA7f/w/+b/AAAAAAAAAAAAAAAAAAAAANz/0/8jAAAAxv+z/8z/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/9v/z//n/7//s//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/xEAAAAAAAAA+/8AAPn/6//s/+//9f/t//X/FQDu/+v/FQDs/+z/7P/q/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/4//x//T/AAAdAOj/6v8AAAAAAAAAAAAAAAAAAAAAFADw/wAAAAAAAPD/7P8AANv/6P+1/87/AADw/9z/+f/t/+z/7P/t/+//7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/T/9n/6P/j/+L/KQDK/9f/GQAAAPf/AAD4//f/5//s/+v/7P/t/+3/7f/u/xQA7P/s/+z/7f/s/+z/7P8UAOz/AADz/wAAAAAAAPP/IgD5/+z/7P/4/+3/8P/s/+H/FAAAAAAAAAAAAAAAAAAAAAAA7v/s/+z/7v/s/+z/FADt/xQA7P/t/+3/7P/s/+z/7P/Y/+b/6P/a/+z/5v/c/yQA6v/s/+r/7P/5/+z/FQDs/wAA8v8AAAAAAAD5/xEAAADs/+z/7//s/+3/7P8UAO3/4v/h/+j/0v/y/yoA2v/Y/+//7f/s//L/8f/s/xQA7/8AAAAAAAAAAAAAAAAAAAAA7P8UAPD/AAD2//T/7f/y//T/AAAAAAAAAAAAAA8AAADe/+z/HQDb/+P/4P/e/+H/5f8gAOf/9f/1/wAA3//y//j/8f8AAN3/+v8YAO3/6v/s/+z/7f/t/+z/FADr/+r/7P8XAOr/7P/t/+z/5P/r/9v/yf/f//b/2P/7/xUA+v/s/xQA7P/s/+z/7P/s/+z/AADy/wAAAADy//L/7P8UAPn/IACu/7f/rf+2/8v/ov8oAOr/6v/4/+7/5f/Z/+v/AAAAAAAAAAAAAAAAAAAAAO3/+f8AAPn/AAD6/yUAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+v/6//s/xYA6P/p//n/FQAAAAAA8v/x/+v/AADr/+r/6f/g/+v/7P8WAOr/6//r/+v/6//r/+v/5P8VAAAAAAAAAAAAAAAUAAAA7P/s//f/AAAAAAAAFADt/wAA5P/l/+D/6v/k/+P/GgDO/83/PwC9/9L/z//Z/8H/wf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5v/m/9j/7f/i/9n/FQAAAOn/AAAAABQAAAAAAOz/3P/e/+r/7P/s/ygA2f/r//j/7f/u/+7/+v8UAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/e/+b/6//i/+X/0//a/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/xQA7P/r//D/7P/4/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAPn/FQAAAAAA8v/x/+v/AAAAAAAAAAAAAAAAAAAAAAAA6P/7/wAA+P/0/+H/+v8AAOz/7P/s/+z/FADs/+z/7P/4//H/AADd//r/GADt/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+z/6//r/+j/AAAHANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9j/3v/b/9z/7P8AABMA7P/s/xQA6//n/+z/6P/s/xsAAAAAAAAAAADz/+X/AAAbAAAAAAAAAAAA8//l/wAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAFADs//f/8v/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD5/w8AAAD3/wAAAAAAAAAA7f/t/+3/9//s/+z/7f8UAOj/6f/r//L/6//r/+f/IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+v/8P/s/+r/7P/s/wAAAAAAAAAAAAAAAAAAAADq/+v/6v/r/+v/6f8VAOr/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAFADs/+z/AADs/+z/7P/s/+z/7P/s/xQAFADs//f/8v/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+3/7P8UAOz/7//s/+3/7f/t/+z/7P8UAPf/8f8AAAAAAADx/xIA9v/y//X/AAAAAAAAAAAWAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/u/+7/7f/s/+z/7P/Y/wAADwDb/+T/3v/Z/9n/7P/s/+z/7P/s/+z/FADs/+r/4v8ZAO3/8P/w/+n/8P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/8P/w/+//AAAUAOz/7f/s/+z/FADr/+f/7P/o/+z/FADs//j/8//y/+z/7P/s//L/7f/t//D/AAAUAOz/7P/s/+z/+P/t//D/7P/h/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8f8AAPn/7P/s/wAADAAAAAAAAAAAAAAA9f8AAOr/FgDr/+r/6v/z/+v/7f8AAAAAAAAAAAAAAAAAAAAAFADs//f/AAAAAO3/7P8AAAwAAAAAAAAAAAAAAPX/AAAUAOz/7v/4//T/7P/s//f/7P/s/+z/5v/u/xQA7f/s/+j/+/8AANj/8P/U/w4ACwD2/wAAAADs/wAA7P8AABQA7P/s/+z/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//j/AAAAAAAA7P/j/xEA7P/s/+z/7P/p//X/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9f/w/9v/9P8SANn/7/8AAAAAAAAAAAAAAAAAAAAA8f/5//b/8/8AAPf/6v8gAAAAAAAAAAAAAAAAAAAAAADl/+D/9//3/wAAGgDq//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//V/9P/6P/e/93/JQDU/+v/6v8UAOz/7P/r/+v/7P/s/+z/7P/s/xQA7P/s/+z/6f/k/+L/4v8QANj/6v8AAO3/7P/v/+7/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACi/+P/uv+9/8L/AADg/+X/AAAAAAAAAAAAAAAAAAAAAPP/JgAAAAAA3v/a/+3/6v8AAAAAAAAAAAAAAAAAAAAA8P/s//T/7f/s/+v/6/8VAOz/7P/1/wAAFADs/+z/7P/r/xYA6v/q/+j/7P/p/+v/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+3/FADs/+z/7P/v/+7/6v8AAOz/6//n/xcAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/7/8AAAAAAAD0/xIA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAO7/7f8AAPD/7v/j/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/Z/+D/3//e/+X/AAARANL/6P/e/+n/AADy/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/o/+3/7v/r/+v/FAAAAAAAAAAAAAAAAAAAAAAA0P/c/+z/IgDo/+n/2v/r/wAADwDZ/9j/7P/Z/9j/2f/t//n/AAD5/wAA+v8lAAAA7P/s//P/+f8UAOz/7P/s/9b/EgDD/8X/3P/a/woA5f8WANj/2f/b/+v/xv/F/wAAEQDN/9f/AADX/9f/6v/W/+T/4//a/9j/FADs/wAA6//m/+L/5v/b/+7/KADc/+T/5v/i/+b/2//u/ygA3P/k/wAAAAAAAAAAAAAAAAAAAADs/+z/9P/s//P/7P8UAOz/7P8VAO3/7P/y/+3/6v/s/xQA5//r/9j/AADr/+v/7P/a/+f/5f/r/+z/6v8iAOv/AAD2/wAAAAAAAPv/6/8FAOz/EgDr/9j/9/8AANj/5//c/yEA0v/V/+T/2v/k/+X/AAAAAAAAAAAAAAAAAAAAAO//7P/t/+3/7f/s/+z/FADd/ycA6f/g/9v/3P/b/+v/5v/k/wAADgDj/+r/3P/c/93/5//r/+7/+v/p/xoAAADr/+v/6//s//v/FQDr/+v/7P/0//L/8P/w/xQA7v/s/+z/9/8AAAAAAAAUAO3/AAAAAPr/6f/v/wAAKQD7/wAA3P/4/+j/2/8AABwA6v/k/9X/3//F/9H/zP8yAM3/2P/s/+z/7P/s//X/FADs/+z/DgDs/+3/8P/2//P/7P/t/9f/3f/v/93/4f8RAAAA7P8AAAAAAAAAAAAAAAAAAAAA5P/k/+b/5f8AABYA6//r/wAAAAAAAAAAAAAAAAAAAADv/+v/8f/Z/9//FwDs/+z/AAAAAAAAAAAAAAAAAAAAANj/2P/a//L/4P8oANj/2P8AAAAAAADo/wAAIQD5/+7/7P/t/xQAAADu/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/FADs/+z/6P/l/9r/6//p/97/IgDk/+j/5f/a/+v/6f/e/yIA5P8AAOz/AAAAAAAAFADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/xUA7P/s/+v/7P/r/+z/AAAAAAAAAAAUAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P/s/xQA7P/3/wAAAAAAABQA7f8AAPj/7/8AAPb/AAAVAO7/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7f/t//D/AAAUAOz/7P/u/+z/AADu/wAA7P/s/xQA7v/s/+z/7v/s/+z/FADt/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAgA9P8AAAAAAAAAAPr/EQAAAAAAAAAAAAAAAAAAAAAAAADs//r/AAAAAAAAFAD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+f/6P/j/xkA5//r/9n/7P8VAOz/7f/6//b/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAOz/7P/0/+3/FADw/+7/7f/t/+z/9P/c/9P/3P/U/+j/2v8kAOf/FADx//T/7/8AAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADb/x4A3P/e/+H/3//j/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+v8AAAAAAAAUAPj/AAD2/97/0v/Y/97/4P8LANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/AAAAAAAAFAD4/wAAAAAAAAAAAAAAAAAAAAAAANj/KgDm/+v/5//Y/9H/2//s/xQA7P/s/+z/7P/s/+z/9P/0//X/AAAAABMA+P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//H/7v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7P8AAAAAAAAAAAAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/t/xQA7f/t/+3/7P/s/+z/7P8tAOL/6//3//b/0//q/wAAAAAAAAAAAAAAAAAAAAAAABQAAADx/wAAAAD7/wAA7P/p/+3/FQD2/+v/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA7P/s/+z/7P/s/9P/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/5f/n/+n/6f/o/xoA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAD7//P/+P/3/9z/AAAAAAAAAAAAAAAAAAAAAAAA6P/l/9r/6//p/97/IgDk/+n/6v8WAOn/6v/q/+v/6v8AAAAAAAAAAAAAAAAAAAAA7//t/+z/8v/x/+z/FADv/wAA9P8AAAAAAAAAAPD/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7f/t/wAA7P/s/wYAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/8P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/9v/8P/z/+H/0/8xANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO3/6f/w/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAO3/6//1//P/7P/o//X/7P/s/+//7f8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+r/AAD5/wAAJgDj//f/9f/Y/+7/8f/6/x0A7P/s/wAAAAAAAAAAAAAAAAAAAADs/xUA6v/s/+j/6//r/+z/7P8VAOr/7P/o/+v/6//s//f/AAD3/wAAAAAWAPP/6v8AAAAAAAAAAAAAAAAAAAAA5//7/9f/5f/t/9r/5/8HAPb/7v/w/wAA+P8TAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/3f/c/9r/4/8jAN7/3v8UAOz/7P/s/+3/7P/s/+z/6P/7//j/1//s/+P/DgAAABQA8P8AAAAAAADw/+z/AADs/+z/7v/s//f/7f8UAOz/BwAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/Y/ykA2//g/+r/6f/W/+H/AADx/wAAAAD3/wAA7f8WAAAA+f8AAAAAAAD7/wAADwDu/+7/AAAAAPn/7v/j/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/FQDs/+z/6f/r/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7/8UAOz/7P/s/xQA7f/u//n/AADs/+z/8v8AAAAAAAAAAAAAAAAAAAAA7P/r/+3/7v8UAOz/6f/r/9v/6P/O/97/3v8jAOD/6f/v//T/AAAAAAAAAAAeAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/+v/r/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8ZAPX/8f/s/+v/9v/1/+z/FADs//T/9P/1/wAAAAATAPj/+P8AAAAAAAAAAAAAAAAAAAAA7P/t//P/+f/x/xQA7f/t/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//s/+v/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/+f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/xQA7P/s/+3/5v/j/+n/6//s/xgA7f/0//n/AAAAAAAAFgAAAAAAx//W/8L/4v/m/wAAuf8NAOz/7P8AAAAAFADs/+z/AADs/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/FgDj/+z/7P/s/+z/7P/i/+z/7f/x//r/6//t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/o/xYA7f/y//f/7v/m/wAA6v/Y/+z/6v/r/+f/6v8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+r/6/8WAOn/6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6v/r/+v/6//s/xUAAAAAAAAAAAAAAAAAAAAAAAAA7f/z/xUA7f/s/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/7P8FAOz/6//s/+z/7f/s/xQA8f8AABoAAAAAAAAAAADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6v/s/+z/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/AAAAAAAAFADt/wAA7P8UAO3/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAoAOr/6v/4/+7/5f/Z/+v/FADs/+3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADk/+j/2f/f//j/2P8iAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/9//y//H/7P/s/+z/7P/s/+//8f/1/+z/FADt/wAAAAAAAAAAAAAAAAAAAADr/+v/6//s//v/FQDr/+v/8f/w/wAAAAAAABIAAAD6/wAAAAAAAAAAAAAAAAAAAADo/wAAAAAAAAAAGQDn/wAA6v/q/+v/7P/s/xUA7P/p/+z/7P/s/+z/8/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7f/m/+f/9f8AAOr/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/x/+3/AADs/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADs/xQA8P8AAPb/9P/t//L/v//e/9X/xv/T/8//OgDW/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/q//n/6f8WAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/7P/s/xQA6//3/wAAAAAAAAAA9f8QAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r//D/7P/q/+z/7P/s/xQA7f/v/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/M/8r/z//V/ycA3f/l/+3/7P/s/+z/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAA6P8NAOb/3v/u/wAA3//o/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/t/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/s/+v/9v/1/+z/FADs/8j/AADC/73/AADW/+b/AADU/ycA6P/U/wAAzv+6/8T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+3/7//u/xQA8P/s/+z/CwDp/+v/6P/s/9n/EwDs/8j/uv/F/7//1P/5/77/FgAAAAAAAAAAAAAAAAAAAAAAFwDc/+b/7P/h/+r/7P/g/+z/7P/t//b/7P/s/+z/FADl/+z/3P8FAOf/+f/r/wAA7f/s/+z/7P8AAOz/FADs/87/6f+o/9P/2f8AAPP/8P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7//t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAdAMv/yf/g/9z/5//A/+v/sv8YAOb/9v/j/8b/7f/p/wAAAAAAAAAAAAAAAAAAAADV/9L/1//V/97/1f8wAOD/7f/u/+z/7P/z/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQA1v/Y/xUA2f/o/+z/+v/c/x4Anf+r/7z/sv/z/8X/uf/r/9r/1//W/wAA2v/o/wAAEwATAPv/6v8AAOv/2f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/6//r/+z/6//r/xUAAAAAAO3/FAAAAAAA7P/4/wAAAAAAAAAAAAAAAAAAAADI/83/1//U/8r/LgDQ/9j/CgD4/9L/7v8AAPD/x//X/+z/7P/4/wAAAADX/+7/KQDr//n/8//1/+3/GQDk//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAPT/AAAAANb/6v8qAAgA4//a/+H/+//e/+3/0//s/+z/FADq/+b/7P/o/+z/7P/s/+z/6//s/xUA7P/X/+z/FADw/wAA9v/0/+3/8v/i/+T/yv/S//b/AADg/+v/3P8UAN7/5//g/wAA2P/i/wAAAAAAAAAAAAAAAAAAAADr/xQA7P/r/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xIAw//N/9z/3f8LAN3/7P/t/+7/8f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAM3/6P/4//P/AADT/+v/7v8AAOj/CQDr/+j/6f/o/8z/5//o/+r/zP8AAAcA6P/3//D/AAD0/+3/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xQAAADr/9//2P/s/9L/4v/o/+z/2f/o/x4A2P/a/+z/7P/e/+n/5f8UAOz/7P8UAOz/8/8AAAAA6v/s/wAA6//m/8L/u//s/+n/GADp/wAAAAAAAAAAAAAAAAAAAADx/xQA7P/s//H/7P/t/+3/5v/i/+b/2//u/ygA3P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/6P8AAAAAFAAAAAAA7P/s/+z/7P/x/+7/7P8UAO7/2f/j/9j/3P/Y/+v/2f8lAAAAAAAAAAAAAAAAAAAAAADs//f/AAAAAAAAFADt/wAA3f8VAOv/2f/W/9X/+//e/wAAAAAAAAAAAAAAAAAAAADs/+z/7//t/xQA7f/s/+z/7f/x/+3/AADs/+z/7f8UANj/IADY/9z/4//h/9j/4v/t/+z/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/FADs/+v/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/AAAAAPL/AADu/wcA+v8oAOr/6v/4/+7/5f/Z/+v/AAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAA9/8AAO3/FgAAAPH/AAAAAPf/AADt/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//0/wAAAAAAAAAAHgD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+v/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+n/6//Y/xYA6//q/9T/AAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//b/AAD0/xQA7f/u/wAAAAAAAAAAAAAAAAAAAADx//n/9v/z/wAA9//q/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+f/2//P/AAD3/+r/IAAQAAAAAAAAAAAA9//y/wAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/9v/7P/s/+3/5//s/+z/7P/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/+v/5//r/+v/6//r/xYA6v/s/+7/7//p//n/3f8YAPD/5v/e/+H/6//r/9z/IQDi/x8A7P8AAPn/AADe//b/7v8VAPP/8//u/+7/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7f/v/+7/6//l/xUA8P8AAOT/FQAAAAAA6v/r/wAAAAAAAAAAAAAAAAAAAADr/+n/7P/y//H/0//o/x8A7P/o/+L/3//w/wAA7f8AANj/KQDb/+D/6v/p/9b/4f/s/+z/7P8UAOz/7P/s/+z/3v/Z/+T/4//p/x0A5v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//n/7P/x/+z/8P8UABsA7P/s/+z/7P/s/9P/7P/h/+j/6v/q/+z/5/8jAN7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/S/9P/0v/U/9r/1P/V/yoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/v/+z/+P/t/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8UAAAA8P8AAPT/7P/s//H/AAAAAAAA7f8AAOf/6P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+r/7P/q/+z/+f/s/xUA7P8AAAAAAAAAAAAAAAAAAAAA8P/t/+z/AADz/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P8AAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0A9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/AADw/wAA7P/s/xQA7P/s/+v/6//s/+v/6/8VAOz/7P/u//r/9f/s/+z/FADo/+z/6v/s/+v/5v/p/xgAAAAAAAAAAAAAAAAAAAAAAOn/AADm//f/AAAbAOf/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/FADs/+j/AAAAAAAAAAAZAOf/AADa/93/3P/a/+P/IwDe/97/AAAAAAAAAAAAAAAAAAAAAPj/8f8AAN3/+v8YAO3/6v/s/+z/7v/6//X/7P/s/xQA7P/s/97/6f/l/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD2/+7/8P8AAPj/EwD6/wAA7P/r/+v/6//s/xUA6v/q//n/7P/5/+3/AAAUAO3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P8VAOn/7P8AAAAAAAAAAAAAAAAAAAAA9v8AAPL/+v8AABIA9f8AAAAAAAAAAAAAAAAAAAAAAADd/97/6//v/+z/IADd/9//7f/y/+//6f/x/xQA7P/s/93/6P/X/7z/6v/g/9r/JgAaAAAA+f8AAPv/4f/s//P/7v/w//v/7P8AABYAyP/e/+z/7P/s/+z/7f8UAOz/6v8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/5f/r/+j/6P8XAAAA7P8AAAAAAAAAAPj/8P/c//j/6P/b/wAAHADq/+T/AAAAAAAAAAAAAAAAAAAAAPj/8f8AAN3/+v8YAO3/6v/r/+v/AADn/wAANADc/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/g/9v/5v/d/+n/2P8pAO3/8f/t//v/7P/s/+3/FADs/+z/7P/y/+7/7P/s/xQAEAAAAAAAAAAAAPn/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/yIA8f/s//T/9//b/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+X/6f/a/+r/3v8aAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/s//H/7P/s/+z/FwDs/xQA7P/t//H/7v/s/+z/7f8YAAAA5f/Y/9z/2P/b/+P/7P/r/+7/7P/6/xUA7P/r/+z/7P/r/+v/7P/r/+v/FQDs/+3/7v/x/+z/7P/s/xQA7P8UAO3/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAFgAAAOr/+P8AAAAAAAAAAAAAAAAAAAAAAADs/+v/6/8VAO//6v/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7f/s/xQA7P/h/xoA4f/f/+H/4P/m/+X/AAAAAAAAAAAAAAAAAAAAAOn/IAD2/wAAAADy//T/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xoA9P/7/wAA8f/y//X/6f8gAPb/AAAAAPL/9P/2/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/7/8VAOb/6//1/+b/7P/x/wAAAAAAAAAAAAAAAAAAAAAXAO3/8//r/wAA5P/q/+r/AADs/wAAAAAAAAAA+P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//n/+j/3//s/xsA5//j/wAA+v8AAAAAAAAAAAYAAADs/+7/7f/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AADs/xQA+P8UAOz/7f/s/+z/7P/s/+z/7P/2/+v/6//p/xIA4v/f/9r/6//V/+X/3f/Y/xoA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/yoA3v/Y/9j/1v/W/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//r/+v/7P8VAOr/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+z/7P/r/xUA6//o/xsA+v/p//r/6v/o//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgDP/+P/2P/Z/9f/2P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAPr/AAAVAPD/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/ywA7v/u/+L/5v/V/+D/1//q/wAAAAATAOj/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAPL/AAAVAPj/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAADp/xkA9f/o/xYA7f/y//f/7v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//D/AAAAAAAAEgAAAPr/AAAAAAAAAAAAAAAAAAAAAOn/6f/2/+r/8//2/97/JgAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7f/x//r/6//t/+z/FAAAAAAAAAAAAAAAAAAAAAAA6P/6//T/AADd/+3/3v/S/+n/6f/2/+r/8//2/97/JgDs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/yYA6//Z//H/2f/f/+z/AAAAAAAAAAAAAAAAAAAAAO//7P/t/+3/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f8jAOz/7P/Y/+z/7P/t/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7f/s/xQA7P8AAPP/7P/s/wAA9v8UAOz/5f8gAOf/9f/1/wAA3//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7P/e/wAA7P/d/+H/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/I/xcAyP/e/7r/BgDI/+v/5f/3/+7/8f/s/xUA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAADm/+n/4P/X/+v/1v/p/+r/5/8QAOn/AADn/+z/8f/s/+v/9v/1/+z/FADs//f/8f8AAAAAAADx/xIA9v8AAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAA7v8XAAAAAAAAAAAAAAAAAAAAAADj/+f/5//a/+3/GwDa/+P/yP/2//j/CgDe/9L/5//5//X/AADv//j/AAAAAOv/AADe/xcA3v/Y/9//2f8AANz/7P8KAPX/AAAAAPv/5f/1/yUA1v/S/wAA9P/a/9j/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDt/+z/8v/t/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAXAPH/AAAAAAAA5v8AAOz/6//r/+r/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFwDr//n/8f/v/woA6v/j/+z/9/8AAAAAAAAUAO3/AAAAAOX/zP/E/9n/IQDS/63/AAAAAAAAAAAAAAAAAAAAAMv/2//m/yIA7//o/+b/6v/t/+z/7P/s/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAANj/9//2/wkA6f/D//v/1v/s/+z/FADt/+7/7P/s/+z/FADs/+v/9v/x/+v/7f/v/8D/GQD0/7D/zP/P//P/wf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/+z/FADs/+z/7P/q/ycA9v/1/wAA+//1/wAAAAAAAAAAAAAAAAAAAAAAAAAA4v/T/8D/0//x/xwA5P/s/xQA+v/x//f/7P/s/+//FQDs/+7/6//z/+v/6v/4/wYAAAAAAAAAAAD6/wAAAAAUAOz/9//y//H/7P/s/+z/GAD5/wAA+v8AAPL/6P/r/xQA7P8AAPr/AADs/+z/8v8UAO//+v/5/wAA7f/s//j/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AABMAAADx/wAA7f/1//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P8AAPn/AADs/wAA5v/M/wAAAAAAAAAAOAAAAPH/FQAAAPn/7f/m/9b/7P8AAPD/AADv//f/2P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgAAAPn/AAD7/+H/7P/z/wAAEwAAAAAAAAAAAO3/AADs/xUA6//s/+z/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAADs/+3/7v/x/+z/7P/s/xQA8P/t/+z/AADz/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn//D/8f/w/wAAFgDr/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAAAA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/w/+//AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAA7P/w//D/7/8AABQA7P/t/ygAAAAAAPT/AADy/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+//8f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOr/6//s/+v/6v8AAAAACQAAAAAAAAD7/wAA7P/s/xQA7P/s/+z/7P/s/+X/4/8gAOv/7P/b/+D/3f/m/+D/GwDo/+j/4v/i/+b/6//s/xUA7P/t/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADp/+z/9//Y/9T/4v/l/wAAAAAAAAAAAAAAAAAAAADY/wkA2P/r/9j/4P8AANj/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/9P/s/+r/FADs/+z/7P/t/+z/FADs/+z/0f/r/93/5//r/xUA6v/s/+L/6P/s/9n/6P8eANj/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAA6/8ZAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+//7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/s/+r/7P/r/+b/6f8YAAAAAAAAAAAAAAAAAAAAAAAVAO3/6f/w/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADr/+z/7P/q/+z/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAAAAAAAAAAAAAaAAAADAAAAAAAAAAAAAAA9f8AANz/3f8AAAAAAADv/zAAAADr/+n/3v/n/+r/1//e/yMA5f/z/wAAAAAAAAAAHgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/4f/o/9L/8v8qANr/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAFAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/FADu/+3/7P/s/+z/7P/s/+z/8f/u/+z/FADu/+z/7P/5/wAAFADs/+z/9//s/+3/FAAAAO7/7f/s/+z/4v/m/+v/5v/r/xMA9P/r/xMA6f/r/93/7P/4/+r/6//r/+r/6v/r/+v/6f/r/xYAAAAAAAAAAAAAAAAAAAAAAN7/zP/Q/+H/zv8dAPn/rP8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7v8AABQA7P/u/w4A7P/t//D/9v/z/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/+v/r/+3/7P8UAOz/6v8YAOr/7P/r/+f/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7f/s/wAA8//s/xQA7P/s/+3/8f/6/+v/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPf/AAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/1v/f/9H/3v/b/zAA2f/3/yIA8f/s//T/9//b/+3/7P8VAOr/7P/o/+v/6//s/+3/7P/s/+z/AADs/xQA7P/r/+X/3P/Y/+T/7P8iAOr/7P8UAO7/8v8AAPv/7P8AAPn/FADw/+3/7P/1/+z/7//s/xQA7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAUAAAA7f/r/+3/2f/f/xcA7P/s/+z/7P/s/+z/7P/r/+z/FADs/+z/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOn/5P/p/+n/6//n/+L/FwDs/+z/7P/s/+z/6//s/xQAAADl/9//7f/f/93/AADZ/+z/7P/s/+z/7P8UAOz/7P/L/8X/yv+6/9P/PQC9/8j/AAD0/wAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADw/+z/AADs/+z/7P/s/+z/FADs/+z/AADw/wAAAAAVAAAA+f/s/wAAAAAAAAAAAAAAAAAAAAD6/+7/FgDs//r/8P/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8rAAAA7f8AAOz/2f/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7//1/+3/9f8VAO7/AAAAAAAAAAAAAAAAAAAAAPr/EwAAAPj/AAD0//v/AADw/xUA8v/y//f/9v/s//f/7P8WAOz/7f/v/+v/6f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/6v/r/+3/6/8UAO7/7P8UAOz/7P/s/+z/6//s/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfAOz/AAD5/wAA3v/2/+7/6//s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7//x//X/7P8UAO3/6/8WAOz/7P/t/+f/6v/s/wAAAAAAAAAAAAAAAAAAAAD4/+3/7v/u//r/FADs/+7/AAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAD5/xEAAAAAAAAAAAAAAAAAAAAAAAAA0//V/9T/1P/Q/yEA4//m/wAAAAAAAAAAAAAAAAAAAAD3/+z/7P/w/+b/1//i/w0AFADs/+3/7P/s/+z/7P/s/77/xv/C/8b/uv9SALT/wP8AAAAAAAAAAAAAAAAAAAAAAADt/wAAFAAAAOz/7P/4/+n/KQDY/9r/1v/o/9P/2//s/+z/7P/v/xQA7P/s/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/xwAzv/a/9//1//l/9X/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAO7/AAAQAAAAAAAAAAAA+f/3/wAA7P/t/+z/7v/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAUAPP/+P/1//v/AADt//L/3v/m/+v/4v/l/9P/2v8gAPD/FAAAAPD/AAAAAPL/AADr/xYA6v/q/+j/7P/p/+v/AAAAAAAAAAAAAAAAAAAAAOP/7P/5/wAAAADa/ykAAADs/xUA7P/s/+7/6//r/+z/6/8AANv/5//a/+n/AADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+3/7P/s/+7/FADu//D/7v/s/+7/8f/s/xQA7P/s/+z/7P/s/+z/+P8ZAPX/AAAAAPj/AAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/9v8VAOv/7P/s/+z/7P/s//b/FQDr/+z/4/+6/87/3f/e/87/QgDW/wAAAAAAAAAAAAAAAAAAAADw/+3/7P8AAPP/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/JgDf//L/3//c/+H/6//s/xUA6//s/+z/6//r/+v/AAAAAAAAAAAAAAsA9/8AAAsA4v/m/+b/1P/e//n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5f/m/xkA7f/p/+r/3f8HAAAAAAAAAAAAAAD6/wAAFwAAAAAAAAAAAAAA6f8AABQA7f/V/wcA9f/r/+b/9f/W/+r/6f/W/+r/6/8ZAOv/FQDo/wAAAAAAAOn/6//s/xUA7f/1/wAA+P/2/+v/8v8UAOz/8f/0//n/+f/s/+z/HwDs/wAA+f8AAN7/9v/u/+b/5f8ZAOH/7P/g/+j/1P8UAPD/AAAAAAAA8P/s/wAA7P/s/+3/7f/s/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6v8AAAAAAADs/+v/AAAAAAAAAAAAAAAAAAAAAAAA2P/s/+z/7P/s/xQAAADY/+r/5//p/+7/7P/q/xYA6f/W/9z/1f8dANn/z//k/9v/FQDs//L/7//u/+z/6//t/0AApP+1/8P/5f/a/8L/5v8bAOX/AAD4/wAA3v/n//n/AAAAAAAAAAAAAAAAAAAAALH/CADd/83/yv/c/wAAzv8UAO7/7f/z//j/7P/s/+z/EwDm/8//7//Y/8b/5//D/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/l/+7/+v8AAOf/FwAAAAoA4v/Z/9r/2v8AAOr/6v8XAOD/AAAAAAAA6P/q/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAD0/wAA8v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAPT/AAAAAAAAAADg/wAAFADs/+3/7v/t/+z/7P/t/xQA8//4//X/+/8AAO3/8v8AAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAD6/+7/6P/v/+z/7P8UAAAA7f/s/+z/7P/r/+j/2/8AAPL/6/8AAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAD6/wAA7P/s//L/AAAAAAAAAAAAAAAAAAAAABYA5v/1//X/+v/0/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5//v//X/8v/r/+v/FwDw/+r/6//r/+z/AADp/wcAAAAAAAAAAAAAAAAAAAAAAO7/EwAAAPD/+f/4//H/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAABUAAAD5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/xQA7P/s/+z/AAAAAAAAAAAAAAAABgAAAA4A7P/t//D/9v/z/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8f/u/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+3/7f/t/+z/7P8UAOv/6f/v/+v/7P/r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/2f+7//D/vf+r/7D/IQDY/+v/2P/b/+X/1v8MAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAANf/3f/q/+3/KgDc/9f/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+X/5v/n/xgA2P/l/+r/7f8VAPT/7v/u/+7/7v/u/wAAAAAAAAAAAAAAAAAAAADt/+v/5//s/+z/5P/s/xUA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/+v/u/+3/7P/t//D/AADk/xUAAAAAAOr/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAD2/wAAAAAAAAAAFADs/+7/6//t/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAAAADr/wAA7P/s/+7/9//s//L/FADy/xUA7P8AAPj/AADs/+v/9v8AAAAAAAAAAAAAAAAAAAAA6f8gAOf/6P/t/+f/2f/p//b/EQAAAAAAAAD0/wAAAAAAAB0AAAAAAAAA9P/p/wAA7P8UAO7/8v8AAPv/7P8AAOL/AADu/+v/7P8NANn/5f/s//f/AAAAAAAAFADt/wAAAAAAAAAAAAAAAOn/GQD1/+z/FADs/+z/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA2P/e/+z/4//p/9v/GwDo/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v8YAOr/7P/r/+f/6v8AAAAAAAAAAAAAAAAAAAAA4f8iAPL/6P/u/+//+P/o/+z/7P/s//L/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAoAAAAUAOz/7v/u/+3/7P/s/+z/7//v//j/AAAAAOz/IAAAAAAAAAAAAAAAAAAAAAAAAAAAACoAAAD5//r/AADX//f/AAAAAAAAAAAAAAAAAAAAAOz/6v/s/+z/9P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/7P/r/+X/7P/o/xoA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/w8AAAD3/wAAAAAAAAAA8f/y//r/5/8AABgA7f/n/+z/8P/w/+//AAAUAOz/7f/w/+7/+P/s/+z/FADx//T/AAAAAAAAAAAAAAAAAAAAAOz/8P/w/+//AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAPj/7P/e/+z/4//k/+L/8//2/93/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwDs/wAA+f8AAN7/9v/u/wYA7f/s/+j/7f/G/xAA3P8oAOj/6f/q/+r/2P/c/93/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7f/t//D/AAAUAOz/7P/r/xUA6//r/+v/6//r/+r/7P/s/+3/7f/s/xQA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7/8AAPf/AAAVAO3/6/89AMP/0v/H/9//uf/F/8r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//T/8v/w//D/FADu/+z/AAAAAAAAAADs/wAAAAAZAOz/7P/s/+v/7P/s/+z/FAAAAAAACQAAAAAAAAD7/wAA7P/s/xQAAADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAC//+j/0v8AANT/x/8AAO7/AAAUAAAA8v8AAO//+f/z/wAAFAAAAPL/AADs/+7/7P8AAAAAAAAAAAAAAAAAAAAA5v/q/+n/7P/f/xoA4f/o//v/6P8AAAAAAAAAAOn/EwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+j/2P/c/+z/+f8kAOb/2P8AAAAAAAAAAAAA7P/s/xQAAAAAAAAAAAAAABEAAADw/xQA9f8AAAAAAADs/+z/AADI/yMArv/U/9j/BwDR/+H/AAAAAAAAAAAAAAAAAAAAANX/FADS/+3/1f/n/8L/5//p/+r/6f8XAOv/6f/q/+n/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/AADs/xQA7P8TAOf/6//s//n/EQDY/+b/AAAAAAAAAAAAAAAAAAAAAMz/z/8NAPP/AAC7//n/uP/j//b/5f8AAAAA7f8eAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/6/+3/7P/Y/xQA4//6/+T/HQAAAPb/6v/z//n/FQAAAAAAAAD3//L/AAAAAAAAAAAAAAAAAAAAAAAA6//h/+v/7P/s/wAAFQDs/wAA0P/U/9P/5f8FAM7/0P8UANz/AAC5/63/1P/m/6f/3f/l/9//3P/g/+b/CQASANr/+f/b/9r/4f/q/wwA4/8AAAAAAAAAAAAAAAAAAAAAAADc/83/zf/j/wAAy/8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/xEA6/8AAB4A4P/c/xgA+f8AAPr/AADy/+j/6/8UAOz/AAD6/wAA7P/s//L/FADv//r/+f8AAO3/7P/4/+z/8P/w/+//AAAUAOz/7f/6/xMAAAD4/wAA9P/7/wAA3f/7/9//3P/n/9b/CgASAOz/8P/w/+//AAAUAOz/7f/s/xQA7P/t/+z/7P/s/+z/FADo/+r/9//s/+z/7P/r/+3/FADt/+z/8P/s/+3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADv/wAA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAD6/xEAAAD0/wAAAAAAAAAA+v8RAAAA0P/L/9f/0v/z/9b/NADe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAPP/6//7/+3/8v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAOz/7P/v/+//7/8AAAAAEwDz//D/7P/s/+z/8f/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+3/2v/t/wAAGQDp/+z/7P/w//D/7/8AABQA7P/t/wAAAAAAAAAAAAAAAAAAAADs//D/8P/v/wAAFADs/+3/5//w//H/8P8AABYA6//t/+z/8P/w/+//AAAUAOz/7f8iAN7/1v/b/+n/5P/M/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/9//AAAAAAAAAAAaAOT/AAAAAAAAAAAAAAAAAAAAAAUA7P/s/+z/7P/s/wAA7P8AAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADz//j/9f/7/wAA7f/y/xsA7P/s/+z/7P/s/9P/7P/s/+v/7f/u/xQA7P/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAOz/7P/s/+z/7P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/b/+r/7f/s/+v/6/8kAOv/FQDq/+z/7P/r/+v/6f8AAAAAAAAAAAAAAAAAAAAA5f/X/+P/6P/t/x0A2P/a/xgAAAAAAAAA+v/u/+j/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQAAADt/+z/7P/s/+z/7P8UAAAA7f/s/+z/7P/s/+z/FAAAAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA8//r//v/7f/y/+v/6f/k/+n/6f/r/+f/4v8XAAAAAAAAAAAA+P/s//n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6P/i/9//8P8AAO3/AAAAAAAAAAAAAAAAAAAAAAAAzP8yANL/0f/Y/8v/1P/L/wAAGAAAAAAAAAAAAOj/AADv/xUA7v/t/+3/7v/p//H/7P8VAOv/7//t/+//6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA8P/u/+3/7f/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAzv/e/9n/0v8AALL/5P/v/xYA+v/5/wAAAADr/wAA7P/r/+z/7P/s/+v/FADr/wAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAAD4/+z/3v/s/wAAAAAAAAAAAAAAAAAAAADr/xYA7P/q/+z/6f/r/+j/+//t/wAA7//6/+z/8/8UAAAAAAAAAAAAAAAAAAAAAAD5/xUAAAAAAPL/8f/r/wAAAAAAAAAAAAAAAAAAAAAAAK7/+P+k/53/rP/i/wAAmv/k/xUA2f/f/9X/6f/M/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADx/wAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAA6//p/+//7f/w/+v/FgDu/wAAAAAAAAAAAAAAAAAAAAAAACQA+//z//j/9//c/wAA7f8UAO3/7f/t/+z/7P/s/wAA9f/t/xQAAAAAAOv/AAD6/xMA9v8AAAAAAAD1/wAA8v8AAAAA9//u/+r/EwAAAOz/FADs/+z/7P/s/+z/7P/o/zgA2f/p/wAA+v/N/wAA7f8UAPD/7v/t/+3/7P/0/+r/FgDo/+z/6v/n/+r/6//q/xcA5v/m/+v/5//p//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAAD4/+z/3v/s/+b/HADo/+j/6v/n/9r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/GQDr/+v/6//p/+L/5f8AABQAAADx/wAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/k/+f/6f/p/+j/GwDp/wAAAAAAAAAAAAAAAAAAAADr/ywA4v/s/+f/5//W//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/j/zcA7f/t/+D/5f/K/9//1P9EANf/5f/Y/+n/v//q/xoAAAD5/wAA+//h/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//L/AAD7/+z/AADy/yUAAAAAAAAAAADS/wAA6f8WAAAAAAAAAPD/6/8AAOz/FADt/+z/7f/s/+z/7P8AACoAAAD5//r/AADX//f/AAAAAAAAAAAAAAAAAAAAAPn/FQAAAAAAAAD3//L/AADY/yYA3P/Y/9L/4f/X/9v/7P8VAOv/7P/s/+v/6//r/+n/FQDr/+f/6//q/+z/6//s/xQA7P/s/+z/7P/s/+z/8P8VAPL/8v/3//b/7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//n/+j/4/8ZAOf/6//Z/wAAAAAAAAAAAAAAAAAAAAAAABMA6//s/+z/2//c/+j/AAAAAAAAAAAAAAAAAAAAAOv/FADs/+v/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5/8ZAOr/6P/t/+n/2//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOv/7P/s/+v/6//r/+n/FQDr/+f/6//q/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xUA8v/y//f/9v/s//f/6/8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/6f8VAOv/5//r/+r/7P/r//D/FQDy//L/9//2/+z/9//2/xQA+f/4/wAA7//s/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//H/9f/s/xQA7f/d/+D/GgDi/+T/5f/n/+H/7P8XAOr/7P/t/+z/5P/r/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/yoA1f/Q/9j/3//Y/9f/AAATAAAA8v8AAO7/9//y/+z/FADt/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAUAO//AAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAO3/7P/t/+z/4v8bAN7/5f/p/+P/5//l/wAAAAAAAAAAAAAAAAAAAAD5/w8AAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/5/+L/7//m/+z/4f8fAOn/IAD2/wAAAADy//T/9v/o/xsA+v/p//r/6v/o//H/7P8UAOz/7P/s/+z/7P/s/wAAFAAAAPL/AADv//n/8//s/xUA7f/s/+3/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FQDy//L/9//2/+z/9/8AAAAAAAAAAAAAAAAAAAAAFADs/wAA+v8AAOz/7P/y/+z/7P/s//H/7v/s/xQA7v/s/+z/FAAAAO3/7P/s/+z/FADs/+3/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOj/7f/x/+3/6v/s/+v/6P/r/+r/4v8VAOz/3f/r/+z/FADs/+z/7P/s/+z/7f/Y/wAADwDb/+T/3v/Z/9n/7f/3//f/8/8UABAA7//q/+z/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/+z/7P8UAO3/7v/s/+z/7P/q/+L/GQDt//D/8P/p//D/AAAAAAAAAAAAAAAAAAAAAOz/6//r/xUA7P/n/+3/7P/s/+z/8P8AAPn/AADs/wAA7P/w//D/7/8AABQA7P/t/+//7P/t/+3/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5v8WAOr/5P/o/+j/6v/l/+n/6v/p/+b/6//r/xUA6/8AAAAAAAAAAAAAAAAAAAAA+//7/wAAAAAAAOn/FwDy/8b/6v/p/9v/yv/a/+r/LwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAUAAAA7P/s/+3/8//5//H/FADt/+3/AAAAAAAAAAAAAAAAAAAAAOn/yf/Y/8v/EwDY/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAOz/7P/t/+f/7v/t/9v/FwDs/+z/7P/r/+z/7P8UAOz/7P/u//b/AAD0/xQA7f/u/xQA9f8AAAAAAADs/+z/AAAAAAAA0f/W/9H/0v/l/+7/7P/s/+3/7P/s/+z/FADs/+z/7P/z//n/FADs/+z/7P/s/+z/7P/r/+3/FQDq/+r/9v/u//D/AAD4/xMA+v8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/y//P/8f8AABQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/GwD2//f/7P/U/93/zf/c/ycA3f/h/+z/7v/v/+z/6//t/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/2v/o/+X/2v/h/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7/8AAOz/7f/s/wAA7f8AABQAAADs/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5f8AAA8AAAAAAPX/6/8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/6f/s/xUA6v/q/8P/1v+0/9r/t/8IAPT/1P/0//n/AAAAAAAAFgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPX/AAAAAAAA7P/s/wAA6/8VAAAA+P/t/+z/8P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/3P/g/9H/KADG/9H/5f/q/+n/6v/U/xYA7//q/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/9v8AAPT/FADt/+7/7P/s/+z/7f/u/xQA7f/t/+b/2f/l/+T/6P8kAMz/6f/s/+z/7P/w//T/7P/q/xQAAAAAAAAAAAAAAAAAAAAAAOr/3f/o/+T/MQDb/9//wv/t/+v/7f/t/+z/6//b/xYAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAPX/AAARAPn/AAAAAAAAAAAAAAAAAAAAAAAA7P/w//D/7/8AABQA7P/t/wYAAAAAAAAAAAD6/wAAAADs/+z/7P8UAOz/7P/s/+z/3P8AAOv/7v/s/+v/3v8UAAAAAAAAAAAAAAAAAAAAAADo/+r/6v/r//n/7P8VAOz/7f/a//X/8v/y/x4A5P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+v/6//r/+T/6/8WANn/7f/2/+r/7f/p/ygA2v8AAAAAAAAAAAAAAAAAAAAAAADs//T/FADt/+z/4f8AAOz/FADt/+z/7P/s/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/r/+v/7P/r/+v/FQDn/+z/0f/s/9v/DADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/GADs/+v/6//o/+H/7P8AAAAAAAAAAAAAAAAAAAAA9/8iAPH/7P/0//f/2//t/+v/FQDr/+v/6//r/+v/6v/k/+j/5f/1//v/8/8cAOr/6v8XAOb/5v/r/+f/6f/x/+z/7P/5/+3/FADs/9//+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQA1P/f/9X/1P/c/+n/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/5//k/+f/4v8sAOP/1P8AAAAAAAAAAAAAAAAAAAAA2P8PAAAAAADv/9j/AADq/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/wAA8v8AAAAA8v/y/+z/FADs/+z/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/7f/t/+3/7P/s/xQA7P/s/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADu/wAAAADt/wAA7P8AABUA6//u/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+7/FADs/+z/7P/t//P/+f/x/xQA7f/t/+z/7P/s/+//FADs/+z/7P/s//X/+f/t//P/7P8UAOz/GADr//D/+v/s/+r/6P/q//D/7f/s/wAA8//s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6//l//f/7v/x/+z/FQDw/wAA1//g/9j/3//O/+r/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/GQDr/+X/5//o/9j/6//v/yYA6//Z//H/2f/f/+z/FADs//f/8v/x/+z/7P/s/xQA7P/3//L/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7f8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7//t/xQA7f/s/+z/4P/k/8//3P8gAOj/4P/N/+r/6//q/9//DgDZ/9v/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL//y//Q/9P/LQCn/9P/EQAAAAAAAAAAAAAAAAAAAAAA+P8PAM//2P/P/83/w//K/wAAAAAAAAAAAAAAAAAAAADj/+P/6f/k/xsA5f/c/+X/2P8pAOT/3P/X/9n/1f/Z/+v/5//s/9v/FADj/+r/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xQA7//u/wAA9f/s/wAAAAAUAAAAAAAAAO7/7P8AAAAAFAAAAAAAAADu/+z/AAAUAOz/7f/y/+3/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAO//GgAAAAAAAAD5//b/AAAAAAAAAAAAAAAAAAAAAAAA2P8AAA8A3P/m/97/2f/Z/+z/7P/s/+z/7v8UAOz/7P/r/+v/7P/l/+v/6P/o/xcA6//q/+3/7f/3/xUA6//s/wAAAAAAAAAAAAAAAAAAAADp/+j/4v/W/+n/AAAXANj/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs/yMA3//U/+L/3P/K/w0AEQDn/+H/2//f/97/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAA7f8AANj/6P8oAOH/6//h/+P/6P/p/xcA4v8RAOn/7P/b/+v/1v/p/wAAKADi/+v/+v/g/9P/0v/c/w0A2f/n/+v/6//k/+X/+f+7/7v/zv/T//j/q//D/1gA+v8AAPj/6//6/xcA9f/r/+z/7P/w/wAA+v/t/+z/FAAAAAAAAAAAAAAAEwAAAPH/7P/t/+z/7v/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8jANv/1P/e/9D/4v/j/+z/7P/s/+z/7P8UAOz/7P/o//v/AAD4//T/4f/6/wAAAAATAAAAAAAAAAAA7f8AAPn/DwAAAPf/AAAAAAAAAAAUAOP/7f/j/+3/4v/s/+7/7//u/+r/AADs/+v/5/8XAOv/2v/t//L/6/8eANL/2P/i/+L/4v/b/xsA5P/l/+X/2P/s/+z/7P/t/xMAAADY/xQA7P/t/+z/7P/s/+z/7P8AAPL/AAD1/wAAEQD5/wAAAAAAAAAAAAAAAAAAAAAAAOX/7P/x/+//7/8UAOz/AADr/xQA6//o/+z/6f/r/+z/7P/s/xQA6v/r/+z/6//q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAAO//EQAAAOz/7P/s/+z/7P8UAOz/7f8QAAAAAAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA3P8AANf/2v/a/xIA3v/Y/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/1/+v/6f8VAOz/6//s/+z/6f/r/+r/6/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA+v8AAOz/7P/y/ygA2P/l/9j/4//X/9f/3P/w/+z/6//5//f/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/w8AAAD3/wAAAAAAAAAA7P/r/+3/7//u/+v/5f8VAAAAAAAAAAAAAAAAAAAAAADr/9z/7P/p/9n/7P/a/xUA7P/X/+L/5f/V/yoA0P/A/wAAAAAAAAAAAAAAAAAAAADq/+r/6v/r/+v/7P8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/9T/1//W/+b/IgDH/+n/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8YAMb/5//d/+X/1P/b//L/7//v/+z/7P/d/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADn/xUA6v/p/+n/6v/X//n/3P/l/+b/5/8YANj/5f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA+f8AAPr/AADy/+j/6//m/+r/2f/t/+v/6f8aAOr/1v8OANr/3f/S/wAA6//l/wAAAAAAAAAAAAD6/wAAEADq/9j/1v/S/97/JQDf/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+D/5//X/+j/2P8gAOD/FwDu/9n/4P/0/+z/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+X/2P/e/+D/AADY/wkA2f8UAOz/6f/b/+j/6f/s/wAAAAAYAAAAAAAAAAAA6P8AAOj/6//p/+H/FQDs/93/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//7f/s/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAPr/AADs/+z/8v/t//H/7f8AAOz/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8SAAwA3v/o/9L/4P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/AAAAAO//6//f/wAA+P/F/8P/xv/J/8P/tP9MAMb/AAAAAAAAAAAAAAAAAAAAAOz/+v8AAAAAAAAUAPj/AAAAAAAAAAAAAAAA7P/s/xQA9v8AAAAA7P8AAOz/AAAUAPn/DwAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+7/7P/r/+z/EAAAAAAAAAAAAPn/9/8AAAAAAAAAAAAAAAAAAAAAAADc/9v/2//Z/9//3/8oANr/AAAAAAAAAAAAAAAACgAAAAAAEwAAAPH/AADt//X/8P/6/xEAAAAAAAAA+/8AAPn/AAAAAAAAAAAAAAAAAAAAAOv/7P/t/+3/7f/u/xQA7P/p/xUA6//n/+v/6v/s/+v/AAAAAAAAAAAAAAAAAAAAAOv/7P/t/+3/7f/u/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P8RAOz/AAD0//T/xv/C/9r/1/8AAM3/AAAAAAAAAAAAAAAAAAAAAM3/yP/K/8//z//J/zQA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs//H/FQDv/+7/7f/v/+f/9P8AAAAAAAAAAAAAAAAAAAAAFQDn/+z/7f/p/+T/7P/s/+3/FADs/+3/7f/s/+z/7P/p/yAA5//o/+3/5//Z/+n/6//Z/+z/7P/d/yMA7P/n/xQA7P8AAPr/AADs/+z/8v8ZAPT/yP/M/8v/3f+4/7H/AAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAAAAOv/AADq/+j/6v/r/+v/6f8WAOv/AAAAAAAAAAAAAAAAAAAAABgA9/8AAAAAAADz/+j/6P8UAOz/+P/z//L/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA7P8AAAAAAADs/+v/7f8UAPn/AAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOz/4f/1/wAA9f/s/xQA7P8QAAAAAAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAA8v/6/wAAEgD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/w/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/l/+b/6f8AAAoAAADq/xQAFAAAAPP/AADr/9j/6P8AAO3/vP/S/8z/CADA/7z/AAAAAAAAAAAAAAAAAAAAAPD/3//s/+v/9//s/+z/FADR/+D/tf/h/7H/hP/m/wAA7P/s//P/+f8UAOz/7P/s/+z/AADq/+v/6//r/9T/FQDl/xkAAAAAANz/1//e/+7/y//u/9T/y/8JANb/DgDG/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADu/wAA7P/0//L/8P/w/xQA7v/s/+z/7P8UAO3/7P/r/+v/6/8UAPn/AAAAAAAAAADs/wAA6P/s/+3/5v/o/ywA5//b/+r/6P/s/+r/7P/c/+z/FwAaAAAA+f8AAPv/4f/s//P/AAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAD7/wAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO3/6f/w/+3/7P/s/+z/FAD1/wAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//H/77/1//D/xYA7P/1/yQA6P/R/+X/1//i/9P/4//r/xcA8//o//T/5f/n/+n/AAAAAAAAAAAAAAAAAAAAADYAz//c/9H/1P/Q/8//1f8YAOv/6v/t/+z/6f/l/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAN7/4f/x/+H/4P/b/+H/JwDk/9v/5//h/9v/1//g/xQA7f/u//n/AADs/+z/8v8WAOv/6v/r/+v/6v/q/+P/7P/t/+z/7v/v/+z/FADs/xQAAADw/wAA9P/s/+z/8f8ZAO3/6//1//P/7P/o//X/KADq/+r/+P/u/+X/2f/r/xQA7P/t/+z/7P/s/+z/7P8/ANT/5P/5//L/1v/B//X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7f/f/9j/3P/y/9z/2P8wAPf/4P/c/+z/6//s/+D/6f8WAAAAAAAAAAAAAAAAAAAAAAAxAM3/zf/D/9//0f/R/83/AAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAADy//X/AAAAAAAAAAAWAAAA0v/O/8//zv/c/83/MgDT/wAA7f/z/xUA7f/s/+z/6v8AABQAAAAAAAAA7v/s/wAAAAATAAAA8f8AAO3/9f/w/wAAEwAAAPH/AADt//X/8P/i/x0A5P/n/+n/5f/j/+f/9v8UAPr/8v/y//T/7//t/wAAAAAAAAAAAAAAAAAAAADn/yMA1v/R/9//zf/W/+b/AAAAAAAAAAAAAAAAAAAAAO3/FADw/+7/7f/t/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA8v8AAO7/9//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7P/s/+z/7P/n/+n/6//n/+v/5f/r/xYA7P/s/+z/7f/t/+z/FADs/+b/5f/p/9r/6v/e/xoA5/8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P8AAOz/FADs/+v/6v/t/+z/7v/r/xUA7f/0/wAAAAAAAAAAAAARAAAAKQDa/9j/yP/c/+f/1//c/wAAAAAAAAAAAAAAAAAAAADs/+z/3v/p/+X/FADs/+z/7P/s/+z/7P/s/+z/FADs/+z/6//s/+z/7P/r/xQA6/8YAOv/5v/q/+f/6v/l/+f/9/8iAPH/7P/0//f/2//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x/+//7P/4/+3/FADy/+z/7P/t/+3/7P/t/xQA7P/s//T/8v/s/wAA7f8UAPb/7v/x/wAAAAAAAPb/FAAAAOv/6/8AAAAAAADt/xUA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA4P/T/+r/+v/m/93/5P/o/+n/7P/q/+z/6f8XAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5//n/+v/3/8YAOf/6f/x/xUA7//u/+3/7//n//T/7v/s/+z/6//s/xYA6f/p//X/y/8AAAAAAAAzAO//AADs/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPP/7f/u//H/AAAUAOz/7P/s/+z/7f/s/+z/FADt/+z/+v/4/wAAAAAAACMAAADi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/x/+3/AADs/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/o/+X/9f/7//P/HADq/+r/5f/k/+//AAAUAO//5//t/+z/7P/t/+//7P8UAPD/9//x/wAAAAAAAPH/EgD2/+//9P8AAAAAAAAAAB4A+v8VAAAAAAAAAAAAAADr/wAA8v/1/wAAAAAAAAAAFgAAAO//7f/s//L/8f/s/xQA7//v/xUA5v/r//X/5v/s//H/9f/t/wAAAAAAAPT/HQAAAOr/6P/s/+v/7P/q/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7f8AAAAAAADv/xUAAADs/+X/8f/t/+7/7P8UAO3/5f/z/wAAAAAAAAAAHgAAAOz/7f/s/+7/7//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8f/0//n/+f/s/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/wAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADw/wAAAAAAAPD/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAD5//f/AADs//r/AAAAAAAAFAD4/wAA7P/3/wAAAAAAABQA7f8AAOz/FADs/+z/7P/s/+z/7P/s//f/AAAAAAAAFADt/wAA1//s/+3/+f8AABYA6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//f/8v/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f/r/+v/6//k/+v/FgAAAAAAAAAAAAAAAAAAAAAAIADs/+X/4f/e/93/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/3/+3/FADs/wAAAAAAAAAAAAAAAAAAAADt/xQA8P/u/+3/7f/s//T/AAAAAAAAAAAAAAAAAAAAABQAAAD3/wAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/+f/u/+z/7P8UAOz/7f/s//n/7v/s/+z/FADx//D/AAAAAAAAEgAAAPr/7f/u/+z/7P/z/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADb/9z/GgDV/9v/EADn/6j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/8P/s/+z/7P/s/+3/7P/5/+7/7P/s/xQA6//t/wAAAAAAABgA5f8AAOP/EwDU/+7/5P/Z/+L/AAAoAOL/6//6/+D/0//S/9z/7P/s//T/AAAAABQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//D/9f/v/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/y//r/5/8AABgA7f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//T/8v/w//D/FADu/+z/AAAAAAAAAAAAAAAAAAAAAOr/FwD6//D/7P/s/+T/+P/s/xQA7v/x/wAA7P/s//n/6//u/wAAAAAAAPD/FQAAACoA5v/s/+r/6v/O/9X/3v/h/wAAAAAAAAAAAAAfAAAAFgD0/wAAAAD6/+f/6//z/xgA9//1/wAA+P/m/+j/8v/Q/+//5v/s/+z/6f8aAOv/6//s/+3/7f/t/+7/FADs/xQA7P/t//H/7P/s/+z/7f/y/xYA8P/t/+3/8P/n//X/8f8UAOz/7P/x/+z/7f/t/wAAAAAAAAAAAAAAAAAAAAALANn/3f/h/97/2f/6/+P/6f/r/+z/7P/r/+j/+v8TAPL/9f8AAAAAAAAAABYAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+z/+v/r/+H/AADq/wAAAAAAAAAAAAAAAAAAAADs/+H/9f8AAPX/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPX/+P8AAAAAAADz/xoAAAAeAOP/6f/h/+n/5//d/93/FQAAAAAAAAAAAAAA6/8AAB8A7P8AAPn/AADe//b/7v8AAAAAAAAAAAAAAAAAAAAA7f/v/wAA8/8AAO3/FAD3/xQA7f/s//r/7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAPD/FQDs/+z/7P/s/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOn/6v/r/+v/6//X/+j/FwDr/+z/1//R/+r/FQDY/83/AAAAAAAAAAAAAA0A9/8AAO//7P/t/+3/7f/s/+z/FADU/9L/5P8WANb/+P/J/+H/AAAAAAAAAAAAAAAAAAAAANH/6//d/+f/6/8VAOr/7P8AAAAAAAAAAAAAAAAAAAAALgD2/+b/9v/4/9T/0//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL7/xv/C/8b/uv9SALT/wP8AAAAAAAAAAAAAAAAAAAAA7P/s//D/AAD5/wAA7P8AAOz/7P/0/wAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/v/+7/7/8UAOz/7P/o/+X/2v/r/+n/3v8iAOT/AAAAAAAAAAAAAAAAAAAAAOz/7P/w/wAA+f8AAOz/AAD4//H/AADd//r/GADt/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//n/AAD5/wAA+v8lAAAA7P/t//D/8f/s/xQA7P/s/+H/AADY/+v/7P8NAO3/5P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPj/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAA9/8XAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t//b/8P/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/3P8pAPL/AADc/+P/5//s/+z/FADs/+z/7P/p/+z/7P/s/xQA7P/s/+z/7P/s/+j/3/8rAOb/4P/H/9X/z//s/+z/FADr/+f/7P/o/+z/4P/X/ykA9f/q/+X/1//X/+v/7P8VAOz/7f/r/+v/7P/p/+b/GQDn/+b/3P/n/+f/7P/s/xQAAADu/+z/7P/s/+7/3f8xAOH/8//l/9D/2v/s/+z/FADs/+z/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/4/wAA8f/0/w8A9//R/+v/AADw/7f/1v8AABMAAADy/wAA7v/3//L/2P/Z/xIA2f/a/9j/+v/Y/+H/7P/s//n/AADo/xUA7f8AAAAAAAAAAAAAAAAAAAAA4//N//D/FgDc/9L/3v8AAOz/AADr/9n/AADY/wAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/p/xUA6//r/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9f8AABQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//s/+z/6v/r/+v/6/8AANv/5//a/+n/AADm/wAAFAAAAAAAAADu/+z/AAAAAAAAAAAAAAAA6f8ZAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+P/2f/f/+3/3/8dAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+v/6//r/wAAAAAAAAAAAAAAAAAAAADv/xUA5v/r//X/5v/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/0v/b/+L/4//l/ycA4//z/+j/2//Y/+z/7f8eAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+n/6//u/+z/6v8bAOz/FADs/+z/7P/u/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/p/+v/8v/r/+v/5/8gAOr/6P/s/+v/7P/q/xYA6//s/+z/7P/s/+z/FADs/+z/6v8AAOz/7P/r/+z/2f8TAPT/9P/1/wAAAAATAPj/+P/x//D/AAAAAAAAEgAAAPr/AAAAAAAAAAAAABQAAADs/+//JgDr/9n/8f/Z/9//7P/q/+j/7P/r/+z/6v8WAOv/6//7/+7/+f8AABUA7P/t/+v/FADs/+v/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/r/+f/7P/s/+T/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPf/AAAAAOz/7P8AABQAAAD3/wAAAADs/+z/AAAAABMAAAAAAAAAAADt/wAA6//s/+3/9//t/+z/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8TAPb/AAAAAAAA9f8AAOz/7P/t/+3/7v/t/xQA7P8AAAAAAAAAAAAAAAAAAAAA6//r/+v/6//r/+v/5P8VAOz/7v/t/+z/7f8UAOz/7P/s/xQA7P/s/+z/7P/s/+z/6//r/+v/6v/s/+z/FADs/+z/7P8UAOv/5//s/+j/7P8qAOz/0//r//n/5//V/+f/7P/u/+3/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/q/wAA9f8AACAA6//x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADs/+z/7P/i/+v/FAAAAAAAAAAAAAAAAAAAAAAA6v/s/xUA+P/7/+z/6//r//L/7f/t//D/AAAUAOz/7P/u/xQA7f/2/+//7f/s/+7/6//s/+//9f/t//X/FQDu/9n/5f/r/xIA2//u/wAA2f/s/+z/7P/t/+z/7P8UAOz/7f/s/+//7v/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADr/+r/8f/2//T/FQDr/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/9f/6f8AAAAA+v8pAAAA8P/1/wAA+P/4/+//EwAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAANz/2//b/9n/3//f/ygA2v/h/+z/7P/5/wAA6P8VAO3/6//T/+j/+v/s/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD1/+v/7P/z//L/6//s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7//1/+3/9f8VAO7/7P/s/+3/7v/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADv/xUA5v/r//X/5v/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/sv/J/8P/6P/C//X/NQDh/+D/2P/a/+7/6f8gAN7/AAAAAAAAAAAAAAAAAAAAAOv/6//r/+z/+/8VAOv/6//o/+z/7f/m/+j/LADn/9v/7P8UAPr/8f/3/+z/7P/v//n/8f/O/9n/yf/V/9//CQAAAAAAAAAAAAAAAAAAAAAA+f8TAAAA7/8AAO3/8//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADG/87/xP+0/+T/1P8AAOn/1P+9/9X/5v8JALr/AADp/9b/AAAAAOL/NwDn/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P8UAOz/7P/s/+z/6//s/+v/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADk/9z/5f/f/wAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/0//Q/8z/EwDY/97/BwAUAPH/8//w//X/7P/s/+3/5f/Z/+z/3v8QANr/3/8QAOz/AAAAAAAAAAAUAO7/AAAAAO3/9P8UAO7/7P/s/+r/7P/s/xQA6//n/+z/6P/s/wAAAAAAAAAAAADp/xkA9f/i/+L/4v/b/xsA5P/l/+X/5P/n/9b/2P8AAOr/4f8QAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/8P/q/+z/8f/s/+v/9v/1/+z/FADs//T/AAAAAAAAAAAAABEAAAAUAOz/6//2//H/6//t/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//w/wAA7f/s/+z/3P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/+//u//n/AAAVAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/+/8AAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//f/8v/x/+z/7P/s/xIAAAAAAAAAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/q//n/6f8WAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8aAPT/+/8AAPH/8v/1/+z/7P8UAAAA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFAAAAPf/AAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/6v/r/+3/6/8UAO7/AAAAAAAAAAAAAAAAAAAAABQA8//4//X/+/8AAO3/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/X/+P/6P/t/x0A2P/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9f/r/+z/8//y/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+//7f/v/+v/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/x//T/+f/5/+z/7P/s/+z/7f/t/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/9//3v/k/9b/6v8aAOH/6//r/+z/3v/t//T/EQDn/+X/5v/c/+b/6f/r/xoA5f8AAAAAAAAAAAAA6f8ZAPX/AAAAAAAAAAAAAAAAAAAAAO//7v/q/wAA7P/r/+f/FwAAAAAAAAAAAAAAAAAAAAAA7v/s/+z/7v/s/+z/FADt/+z/7P/s/+//FADs/+z/7P/Y/ygA2v/Y/9j/2P/Y/9j/AAAAAAAAAAAAAAAAAAAAAO3/8f/t/wAA7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAA2P/c/+v/5f8AAPn/KAAAAAAAKAAAAO//AADZ/+X/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA9//W/93/1v/o/+T/5//s/+v/3v/m/+z/7P8VAOr/AAAAAAAAAAAAAAAAAAAAABQA7P/t//H/7P/s/+z/7f8VAOz/7v/r//P/6//q//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7P/t/+b/6P8sAOf/2//n/xYA6f/q/+r/6P/q/+r/7P/s/+3/7v/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADn/+n/6//n/+v/5f/r/xYAFADs/+3/7P/s/+z/7P/s/9z/+P/o/9v/AAAcAOr/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAAAA7f/s/+z/7P/t/+z/7P/s//f/7P/s/xQAAAAAAAkAAAAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAD2/wAAAADs/wAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPL/AADs/+7/7P8AAAAAAAAAAAAAAAAAAAAA3v/T/9X/3f/n/yIA2//p/wAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAADs//j/EgDd/wAA6//a/9b/4v/h/+v/7P/t//f/7f/s/xUA7f/s/+z/7P/s/+3/7v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAFAAAAOz/8P/t/+z/AADz/+z/FADs/+z/7P/s/+z/7P8UAOz/7f8AAPL/AAAAAPL/8v/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/2f/t/9//7P/t/w8ACQDt//L/7f8AAOz/7P/t/xQAHgDW/+r/2f/Y/9T/6f/X/xQA7P/4//P/8v/s/+z/7P8bAOX/5f/y/+r/4v/o/+f/7f/r/+3/7f/s/+v/2/8WAOz/FADt/+z/7f/s/+z/7P/s/+z/+v/s/+3/FADs/+z/8//q/+7/8P8AABQA7P/s/wAAAAAAAAAAAAAkAAAA5P/y/+3/7f/w/wAAFADs/+z/7f/s/+3/7P/w/xQA6//s/+z/7P/v/+3/FADt/+z/7P8AAO3/8/8VAO3/7P/s/+r/7f/x/+3/AADs/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+//7P8AABQA7P/t/xYA5v/1//X/+v/0/+v/AADs/+v/7v/s//r/FQDs/+v/5v8YAOn/5//p/+X/6v/o/wAAAAAAAAAAAAAAAAAAAAAmAOz/7P/q/+z/6//W/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAARAAAAav8UALP/Tf/B/9r/AABc/9f/5/+2/+n/6//R/wYADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v8UAPT/7//u/+3/7f/s/+v/6//r/+z/6//n/xQA6//m/+v/6P/r/xUA6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA5P/a/+v/6v/q/+T/AAAAAAAAAAAAAAAAAAAAAAAAGgDm/+z/7f/s/+z/5P/r/wAAAAAAAAAAAAAAAAAAAADp/+n/9v/q//P/9v/e/yYA7P/s/+7/7P/3/+3/FADs/wAABQAAAAAAAAAAAAAAAADN/zwA0P/W/+P/2P/P/7D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9//5v/k/+v/3/8cAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xEA1f/A/9X/HADP/8f/8P8AABcA7//w/+P/6v/q/+z/8v/y/+z/AADs/xQA9v+//97/+v/t/+3/7v8kANb/6//p/+//7f/x/+r/FgDr/wAAAAAAAAAAAAAAAAAAAAAWAOv/6v/r/+v/6v/q/+P/2P/p/9j/2P8TANj/2P8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+z/7P/s/+z/7f8WAO//9f8AAAAA6P8AAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v/s/xQA7v/t/+z/7P/s//P/5P+8/8D/vv/3/wAA7//u//L/9P/s/wAAFADv/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/xUAAAAAAAAA9//y/wAA3P/l/+b/5/8YANj/5f/q/xgA4v/o/+v/6P/S/+D/AAAQAAAAAAAAAAAA9//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+7/7v8UAOz/FADs/+z/7P/w/+7/7P/s/xQA7P/s/+z/7v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xgA5P/U/+r/6v/Z/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA7v/n/wAA8v/Y/9j/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOD/6f/q/+r/6P/q/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/yv/q/8v/y/8TAA4Aw//M/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOADU/9v/8f/E/8r/yP/c/zAA1P/l/+r/6P/N/9n/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//r/+v/6//r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAOL/3P/w/+n/6v/n/9n/5P/m/+j/6f/j/+f/6P8bAAAAAAAAAAAAAAAAAAAAAADl//P/AAAAAAAAAAAeAAAA0P/V/+f/3P/q//f/3P8pABoA5f/q/+j/4f/p/+T/4P8AAAAAAAAAAAAAAAAAAAAA6//r/+r/6//r/+v/7P8VAN3/5/8cAMP/2v/p/+j/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//t/+v/2P/p/+r/IAAAAAAAAAAAAAAAAAAAAAAAAADd/+7/+f8AANn/AADk/+3/5v/n//X/AADq/x8AAAAAAAAAAAAAAAAAAAAAAAAA6//w/wAA7f/s/+z/3P8WAAAAAAAAAAAAAAAAAAAAAADs/+v/6/8VAOf/+//r/+z/6//s/9f/0f/q/xUA2P/N/+v/7P/t//f/7f/s/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+v/2f/m/93/2P8aAOb/3v8jAMv/2//o/9b/4f/g/xcA9v8AAAAAAADu//n/+P/i/97/6v/n/+7/5f8eAOj/AADc/9j/6P/Q/9b/AAAAANj/6P/b/+v/6//Y/yUA4P/d/9v/1//d/9//3v8lAN7/AAAAAAAAAAAAAAAAAAAAANL/0//S/9T/2v/U/9X/KgDs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/BwCh/7v/7f/3/97/0f/5//D/6P8AAAAA9P8fAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQAyf/Q/7//5f/Y/+X/oP8AAAAAAAAAAAAAAAAAAAAA2v/Z/+//2f/p/9f/KQDd//n/8f8AAAAAAAD1/ykAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/HQDk/+f/6f/l/+P/5//i/8T/4v/e/xUAvP8XAL7/AADX/+D/2P/f/87/6v/7/wAAAAAAAAAAAAAAAAAAAAAdAOv/7v/v//P/5P/Y/+v/AAAAAAAAAAAAAAAAAAAAAOn/xv/d/9//1v/Y/9v/HADr/xYA6v/r/+r/6v/q/+r/qP9HAK7/yP/O/9v/l//D/5X/OACS/6H/of+Q/83/1P/M/8r/xf/B/+L/w/88ANb/0f/f/9//3f/f/9z/JADb/9r/EQDa/93/2/8AAOH/2P+3/yQA7v+u/7H/4f/E/+v/2f9DANr/6P/e/+L/z//U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/o/+b/3//r/+X/0f8aAOv/FgDq/+z/7//s/+v/6/8UAOz/7//1//D/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDs/+r/6//r/+v/3P/r/9//4P/V/ysA3f/I/+H/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/LwDX/9n/2f/M/8//yf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/3f/V/+X/5v8eAOf/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/7P/s/xQA7P/B/9T/PADh/8f/3f+9/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7//s/+z/7P8UAOz/6//r/+v/7P8VAOr/6v8AAAAAAAAAAAAAAAAAAAAA6//q/+v/6//s/+v/FQDr/9P/0//y/+r/9//U/y4A6v8AAAAAAAAAAAAAAAAAAAAA8//6/x4A5f8AAOD/8v8RANT/AADk/73/0v/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/3P/K/9f/0f8KAOP/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8AAM3/6P/4//P/AADT/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA6v/q/+r/6P/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//Q/x4A5//m/93/4v/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/q/xQAt//k/+b/2v/l/+H/3v/p/+r/6v/b/x4A4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/+P/3//j/6/8VAPv/AAAAAAAAAAAAAAAAAAAAAOr/6v8UAOz/7P/r/+v/7P/l/+n/FADc//r/3/8AAM7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/m/9r/4//b/9b/KADX/wAAAAAAAAAAAAAAAAAAAADl/+j/6v/r/+v/5v8aAOv/3P8AAOL/4//h/9z/AADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAPX/AAAAAAAAAAAAAAAAAAAAAAAA2//i/ykAz//c/9v/z//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/8f8AAOz/7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAYAOv/6v/t/+z/6f/l/+v/AAAAAAAAAAAAAAAAAAAAAOv/6v/r/+z/7P/l/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMb/yv/Q/9b/6/8PAMz/7P/r/+v/FQDv/+r/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+r/6f/s/+7/6P8VAOv/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/4f/c/xcA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8P/t/+//7f/u/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+z/7P/t/xQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+P/1f8qAOT/6f/X/9v/AADI/8T/vf/Z/wAA9f/U/xAA2P/W/wAA1//r/9b/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//T/7P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD/5//x/xoAxv/A/9P/vP/r/+b/6v/l/+r/DwAAAOj/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7f/s/xQA7P/r/+z/FADs/+z/7P/s/+z/JQDs/9//6P/h/9z/5//Y//L/FgAAAPj/6//r//P/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAPn/z//f/9T/6P/l/+f/0P/k/ysA2//S/8D/yv+r/xgA5//x/+z/6//0/+r/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+X/zP/D/wwA5f8AAOP/AAAAAAAAAAAAAAAAAAAAAOb/GADp/+f/6f/l/+r/6P/N/z8Avf/S/8//2f/B/8H/AAAAAAAAAAAAAAAAAAAAAOr/6v/r/+z/7P8VAOz/6f+y/8//s//C/8P/CQDI/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+X/4P/q/+T/4/8aAM7/AAAAAAAAAAAAAAAAAAAAANz/3v/q/+z/7P8oANn/6//s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABUA6//r//D/7P/q/+z/7P8AAO3/7P/s/+z/5/8AAOz/AAAAAAAAAAAAAAAAAAAAAOD/IQDo/+b/4P/o/9z/3P8AAAAAAAAAAAAAAAAAAAAA7f/p/+n/6/8YAOz/6v/j/+D/7P8AABMA6v/s/+v/6//s/+z/7P/s/+3/7P/s/xQA6//n/+j/6/8YAOn/6//f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/3P8WAOn/4v/m/9f/AAAAAAAAAAAAAAAAAAAAAAAA9v/Q/+f/6P/i/9H/FQDD/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/87/1P/R/97/0f8tANX/AAAAAAAAAAAAAAAAAAAAAOD/2f/Y/93/5v/m/9j/IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAM//yv/Y/93/+/8xAOv/3P/U/wcA2P/J/+r/1v8RAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/4f/e/+f/5f/f/+f/HADl/97/3P/f/+D/3P/e/yEAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/n/+b/6f/o/x0A4P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//R/wAA6P/g/+X/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/3v/u/xYAAADp/+z/7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8XAO3/8//r/wAA5P/q/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AADs/xQA+P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOD/5v/l/+r/6f/o/xkA5/8jAOH/1v/g//H/3P/e/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMT/vv8SANv/0P/h/8f/x/8AAAAAAAAAAAAAAAAAAAAA9//u/xQA+P/4/+3/7P/0/xQA7P/t//L/7f/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/v/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/xwA4v/r/+n/5v/l/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xYA7P/t/+//6//p/+z/AAAAAAAAAAAAAAAAAAAAAPj/7f/u/+7/+v8UAOz/7v8AAPL/AAAAAAAA+f8RAAAAAAAAAAAAAAAAAAAAAAAAAOf/2//o/+v/6//p/x0A2v/s/xQA8P/y/+//7P/w//T/7P/s/+z/7P/2/xUA6//s/9z/uP/T/+n/wf/J/w4Apv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//e/+v/9P8eAN3/5v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/e/+z/4//p/9v/GwDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/4f/s/+7/AAD6/xsA7P8UAPH/8//w//X/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADf/9f/2v/p/+f/3f/n/+j/6P/R/9H/2f/d/9z/QADE/yoAyv/G//L/1//O/7X/AAAAAAAAAAAAAAAAAAAAABcA6P/p/+f/6f/p/+P/6f/j/8j/4P/Q/w8A2f8eAM3/6/8VAOr/7P/s/+v/6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/87/qv/H/+H/BwDH/wAAAAAAAAAAAAAAAAAAAADn/xkA6v/o/+3/6f/b/+v/AAAAAAAAAAAAAAAAAAAAAOv/FADt/+3/7P/s/+z/7P/d/+D/GgDi/+T/5f/n/+H/7P8XAOr/7P/t/+z/5P/r/wAAAAAAAAAAAAAAAAAAAADs/xcA6v/p/+z/6//n/+z/AAAAAAAAAAAAAAAAAAAAAJr/x/+h/8H/1f8AAPX/xv/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FQDs/+3/+v/2/+z/9P/k/xkA6//l/+f/6P/Y/+v/AAAAAAAAAAAAAAAAAAAAABQA7P/3//L/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA4v/i/+L/2/8bAOT/5f/l//n/4/8cAOT/+f/q/+T/5f8UAPL/8P/y/+7/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+v/6P/c/xQA7P/r//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9f/1//N/+X/0/8sANj/AAAAAAAAAAAAAAAAAAAAANz/2//b/9n/3//f/ygA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/w0AxP/i/8z/x//0/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAMn/2f/P/+n/AADT/97/6/8XAPP/6P/0/+X/5//p/wAAAAAAAAAAAAAAAAAAAADS/87/z//O/9z/zf8yANP/AADt//P/FQDt/+z/7P/q/9f/IADk/+D/3P/e/+D/3/8ZAOb/6P/o/+3/4P/o/+D/zf/J/8z/wv/c/8//NgDM/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs//v/AAAAAPr/7f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADi/+v/+v/g/9P/0v/c/+z/FADw/wAA9v/0/+3/8v8eAOP/6f/h/+n/5//d/93/AAAAAAAAAAAAAAAAAAAAAOn/6f/r/+r/6P8WAOn/6P8AAAAAAAAAAAAAAAAAAAAAFwDp/+j/7f/s/8r/6v/s/xYA7v/5/wAAAAD1/+r/9f/0/9z/KQDy/wAA3P/j/+f/6P/j/yMA5//p/9b/4v/V/+D/1/8pAPX/6v/l/9f/1/8AAAAAAAAAAAAAAAAAAAAA2f8HALr/8/8LAMn/pf/T/wAAAAAAAAAAAAAAAAAAAADq/+z/6//r/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+v/5v/s/+f/4//s/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7f/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/4P/p/+H/6//k/+D/FgDl/+b/3P/m/+n/6/8aAOX/AAAAAAAAAAAAAAAAAAAAABUA6//q/+z/6f/o/93/3//e/9P/1f/d/+f/IgDb/+n/7P/s/+z/7P/t/+7/FADs/+3/7P/s/xQA7f/s/+z/7P8HAN7/6f/s/+z/CQDV/9T/3P/V/9r/zv/s/xgA0f8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/c/wAA0f/2/7n/8f/Q/8T/DAAAAND/tP+8/9//AADu/wkAAAD0/wAA1v/2/wAA7P/s/+z/6f/s/xQA7P/t/xUA7f/p//D/7f/s/+z/7P/J/wAAAADz/xsAuv/q/xcABgDU/9r/4v/T/9D/3v8GALP/AADZ/+T/EQDC/8b/MQDr/9b/2P/Y/9v/IADY/9X/5v8AAOr/7P/b/wAA6P8GAAAA7P/O/73/0v/J//b/tv/4/xkA9f8AAAAA+P8AAAAA7P8UAOz/7f/s/+z/7P/s/+3/FADt/+3/7f/s/+z/7f/s/9//4P/s//T/2P8RAAAAFQDk/w4A6v/s/9v/6//a//v/1f/b/9n/0P8QAAAAzP8FAOL/rP+3/6j/pv/5/8T/4f8XAMD/0//Y/8T/8f+4/+H/2//C/9H/2v8JAO//vv/Y/9//6//w/xQA7P/q/wAA6//o/+v/6//r/+v/FgDq/+X/4v8lANL/2f/r/8P/0f/l/+v/GADl/+n/5v/l/9b/5//o/xkA6P/s/+j/5v/b/8j/2v+q/6L/7P/W/+L/DwDn/87/0P/J/wAAyv/V/yMA2f/x/8r/9P/Y/wAAAAC2/9X/1//Y/9z/1/8OAAAA3f/Y/+7/BgAWANf/6P/A/9L/4f/o/+3/1P/p/x4A2P/a/+H/6P/r/9b/6f8eANj/2v8AAPr/zv/J/wAA6f/G/8n/FQDt/+z/7P/1/+T/6//s/+n/4v/s/+f/6//b/wAADgDs/+z/7P/t/+z/7P8UAOz/6//Y/+H/6P/l/+z/JgDq/xEAw//X/9b/uf/7/9z/AADs/+r/3//u/9//6P8UAOv/o//i/+3/8//e/+3/6P/N/9j/CgDi/+T/3f/b/wAA3P8VAOz/7P/s//D/7P/r/+3/7P/q/+n/7P/u/+j/FQDr/+z/9v/s/+z/7f/n/+r/FADs/+3/7f/u/+7/7P8UAO3/1v/g/wwA2f/e/xgAEADQ/wYAxP+//x0Axv+H/+H/yv8IAMz/6v/M/7X/3v/0/+n/7P/s//P/9f/w/xQA7f8AAPH/rP+8/87/1f/f/zMA4/8wANb/6//k/+f/s//m/9b/CAD2/9n/0//S/+r/8f/P//D/7P/X/9r/6/8QANb/7f/s/+v/6/8VAOz/5//t/+z/1/8ZAOn/6f/j/97/0v/c/+3/AADb//j/6f/u//P/1//s/wAA6//j/+v/7P/f/xQA6//s/xUA6//r/+r/7P/k/+r/6P/s/+r/7P/c/+z/FwDU//n/2v+5//b/0v8AAO7/FwAAAM//0v/S/9P/4//K/w0AEwDu/+7/7v/r/83/7v/s/+z/7P/t/+z/FADs/+3/HADr/+v/7P/q/9H/6v/o/+z/7P/t/+3/7P/t/xQA7P/D/8//IADR/+T/3//q//D/xP8YAMz/sv+4//P/x//L/8H/2v/3/8D/s//m/+3/tf8GAOz/AAD2//X/AADs/+z/v/9DAK7/1P/E/8H/1P+z/+j/JADd/+n/yf/q/9H/6P/N/0AA4P/N/9P/0/+m/8H/4v8iAMz/1//d/+b/0//h/wsA5//H/+X/yP/E/wAAzf8UAOz/AAD4/wAA6f/s//T/7P/s/+7/7//u/+z/FADv/+D/FADe/+z/6/8AAOz/6f+7/woAmP+p/8z/xf/X/63/1f8AAOv/6v/g/83/AADZ/9X/5/82AM7/0/+w/7f/wv8UAOv/7P/r/+z/AADq/+v/6v/t/+z/3v/s/+z/6P8VAOb/u/8LAMb/tv/S/8b/GgDr/+z/FQDr/+v/6v/s/+T/3P8AAOr/8f/r/9r/CgDs/xIA6P+1/8r/zP/P/+X/EQDs/+v/7P/s/wAA6P/r/wAAAAD2/8T/6P/K//D/t//I/+7/CQAAAPT/AADW//b/AADX/+z/6//r//L/AAAUAOv/zP/c/9j/FADZ/+z/xv8AANb/AADd/9n/2v/s/+n/EwDZ/ycA1//j/+b/1f/V/93/+v/N/6//1P/L/xYA2/+9/9T/2f/Z/+T/AADd//b/AAAAAOz/8f/t/9//DwDi/+n/xv++/9H/4v/S/+X/RACG/wcA+f+5/7j/y/+p/7H/wv8qAOf/6//P/8r/2P/L/9D/5P/r/+v/7P/s/wAAEwDa/8H/CgCP/6T/jv/Q/9D/zf/U/8j/qv+W/x0AFwDN/9H/2f8AANP/yv8fAOT/zP/T/8j/0/+//9T/+//S/ykA4f/o/+T/5//p/+n/6P8bAOn/7//s/wAA8P8AAOz/7P8UAOz/7P/r/+v/7P/s/xQA7f/m/8X/2v/q/wAAFAAAAOT/zf+s/6D/9P/4/wcAuf+3/9n/0v/p/9n/1v8TAAAA5//s/+z/7//s/+z/7P8UAOz/1//M//D/6P/x/9v/LQDm/+j/2P/G/9f/7f/V/ygA2f/x/+f/7P/s/wAA6/8VAPL/AADQ/8z/2P/m/9r/AADj/+z/5f/k/+z/7P/Y/xMAAAARAAUA4v/p/+v/y//H//b/7P/s//P/9f/w/xQA6/8AANb/1f/i/9n/5P8YAAAA5v/o/+z/7//6/9L/7P/s/xQAz//D//f/xf/C/yUA0v/C/93/vf/S/xYAvf/H/7b/DwAKALv/yP+R//v/y//Z/87/FADa/+3/4f/t//L/6//s/+T/zf/J/9T/EwD2/83/9v/6/+D/6f8WAOv/1P/W/93/7/+x/8f/8f/C/wAA1v+l/wgA6//f/+3/6/8AANr/1v/Z/+//3//x/+T/AADe/wAA+v/w//r/4P/q/x4Avv/F/9f/6P8AAAAA3//0/8//yP/s/xQA7P/s/+z/7P/s/+z/9f/w/67/r/+//wAA7/+v/73/3P/V/5f/jP/z//L/FgAaANX/4P/W/+r/6//x/+D/HwCx/8L/xf/n/8L/wP8TAOf/zP8WAM3/rP/u/9P/EgAYAOj/7f/y/+//6P/o/+7/2v/Y/+b/9P/2/9r/QwDl/+H/6f/r/+7/7f/n/yMA5f/u/wkAAAD0/wAA1v/2/wAADwDV/9H/zv/V/wAA3P/X/8b/+v/X/+X/0f8fAIr/AAAsAOv/4f/Q/8n/xP/W/9v/4f8rAKv/xf+5/97/s/+3/8P/DwANANf/0P/J/9r/xf/N/9n/FgDV/63/FwCk//n/2P/w/9j/1f/3/9X/z/8YAOr/3f/S/9T/AADI/+b/AAA2AOH/2f/R/9n/2/+3/8b/7P/s/+3/7P/s/+z/FADs/+D/yf8NACAA3P/K/9P/0//O/xoA0f/H/9z/3/8HANX/2/8GANb/5v/J/8v/DgDW/wAAIgD6//L/9f/0/97/AADx/wAA+P/t/+T/7P/j/xQA1f8TAMP/3f/o/8j/8v8AAC8A1v/I/93/6//r/8T/0f/U/9X/4f/Z/9T/DwAWAMr/4f/o/+v/1v/p/x4A2P/a//r/AAAAAO3/AADY/+j/KAAAABcA8f8AAAAAAADm/wAA7P/s//H/7f/t/wAAEQDr//H/AAD3/97/5/8AAPT/6P/b/9D/yv/M/9f/0//I/zcANQC9/8P/wv/R/7T/0//L/8X/1v/W/9f/1/8bAAAA5v/n/+z/7P/s/+7/FwDq/+r/v//J/+H/5v8JAMX/HQCf/9v/4P/K/9j/2f/a/ycA2//S/+7/t//3/9f/vv8nALz/EADt/+r/FADS/+r/5P/r/+v/7P/c/9b/7v8VANj/2f/r/+f/6//r/+v/6/8WAOr/1v8yAM3/5P/d/wAA1P/X/+//2P+6/8//AAD7/8X/y//s/+r/2P/Y/xQA2f/a/wAAEQDY/8P/xP/T/9X/AADm/9r/1//Y/9j/2v8pANH/2P/p/wAA6v/Z/97/EwDX/8T/1P/s/+X/5/8AAOv/6v8VAAUA3P+r/57/BwDL/+r/0//U/9n/2f/k/wAA3f/2/wAA2v8hANj/2v/o/+X/6P/b/+z/zv/Q/8P/wv8AAAAAAADZ/ygA1//d/9n/4v/X/9n/AADr/+z/7P/s/+T/BgDp/+f/6//r/9//6//r/xcA6//Q/7X/0P/M/8r/zf8bAAgAEADa/+r/6v/W/xUAxf/e/+T/4P/p/+j/EwC6/wcA4/8oAO7/5/8AAPL/2P/Y/+j/7P/s/+z/7f/s/xQA7P/t/7v/q//Z/7//vP/2/xgA5f/r/xcA6v/r//H/6//o/+3/3P/b/wAAAAAAAAAA9f8TAOz/6v/d/+n/7P/s/xUA6v/X/wYAv/+6/73/y/8NAMr/IwDq/9j/5//r/9j/8v/Q/9f/u//G/9n/0P/L/ywA1f/a/7T/BwDG/+P/4//W/+3/7P/s/+3/7P/s/+z/FADs/+//yP/R/4j/3/8AAKn/8v/4/8f/vP+o/7X/+f/a/w4A5f/m/9b/3f/d/9X/HADm/+r/6f8FAM3/0P/M/87/yP/p/wAA4f/w/xIA4//r/+b/zv/U/+r/7P/a/woA1f8TACYA3v+//73/rv/K/9b/yv82AK//of+U/6H/8f/e/4b/IQDS/8j/uv++/8n/5P+r/zYAyP+V/4v/9v+x/7T/yP/6/+D/2f/t/93/zP8NAAAAoP8AAKn/5P+B/9j/xP/T/wAA2P/o/+r/AADY/+f/AADr/+n/8f/v//T/6/8XAPD/1P/U/+f/0//Z/9T/LADU/+T/6P8HANv/9f8kAM3/1f/s/+z/7f/t/+z/7f8UAOz/3f/V/8n/3//Y/ygA0//m/+r/FgDr/+z/4v/t/+v/+v/L/97/KADw/+H/2f/i//D/4P/U/wAA2P/b/9X/AADU/xEAxf+8/7f/6v+w//f/p/+2/wUAt//7/wAA5f/b/9X/1//s/wAA4f/w/yMA6P/r/9b/1v/W/9X/1/8qANT/2P/D/9T/0P+t/73/zf/h/zcAAADq/8//4f/O/9f/5P8iAO7/6//2/+n/AADr/+z/FACw/9f/AADh/xQA5//T//f/9f/p/+v/6//s/xQA4//s//X/GQDI/+f/5v/a/+f/2//h/wsA2f/Z/+j/9f8AAOL/2P9IAM3/5v/d/+H/wv/M/8f/wP+3//b/zv/7/wAA6P/f/9j/5P/o/wAAKADZ/+j/EwDd/7v/0v8FAND/5//V/9z/5//i/+r/6P8JANj/AAD6/wAAAAAAAAAA8/8UAAAA5v/X/9r/5/8AABEA8v/T/+v/AAAVAOH/7P/q/9f/6P/l/8X/yv84AOL/2P/H/+n/yP/R/8P/uv+r/xUAFQDS/+z/7P/x/wAA+//s/+z/FADs/+z/7P/t/wAA7P8UAPb/AAC5/8v/+v/6//r/yv8FABcA4//m/+3/7f/c/+r/5v/W/xAA5f/q/9r/5//7/9n/EgAIAMj/z//M/8b/4//O/8X/DwDD/8//BwDD/9L/zf/g/ykAp//I/8j/1P/t/9f/7P/q/xQA6//s/+v/6//r/8r/zv8OAAAA6P8SAMf/4/8TANf/yP/r/xkA0P/t/8//yf8UAMb/3f/V/w8AzP/r/+v/0P8JAM//2P8SAMn/0v/M/8n/NwDK/87/yP/F/8j/8v8SANr/7P/s//X/3v/Y/wAAyP8AAPv/6P8AAOr/1v/p/wAA6v/q/+v/3f8OAOj/1//m/+X/6v/U/+j/AAAiAAsA6f+1/8b/w/8MAN//0P/s/+z/5P/o/+z/7P/t/xQA7P/Y/+v/4P/v/+b/HQDa/+z/6P/r/+v/7P/r/xUA6//a/+z/FwDd/+n/6v/r/9//7P/w/+z/7f/s/+z/7P8UAOP/AAAAAAoAw/+4/93/wf/s/+z/7P/u//j/7P8UAOr/7P/s/+n/7P/s/+v/FQDs/+7/CQAAAPT/AADW//b/AAAAAOz/EgDc/+3/7P/X/9v/AADf/+P/4//s/9X/HwDi/9H/AADT/8f/2f/q/9v/1v8AABkAAAAAAAAAAADl/wAAAAAAAPv/2//m/w8AzP/l/wAAzv/s/9r/3f8KALP/4f/s/xQA7P/s/+v/6//r/+z/BgDq/9v/7v/L/9X/AADZ/+//PgDo/+//7f/p/7v/7/8AAM//rv/T/+H/6f/6/5r/4v/W/9//0//n/wAAGQDY/+3/7P/s/+L/AAD0/xQA6/8AABUAAAAAAAAAAAAAAAAAvP/P/6j/KADc/77/1//Y/+3/+P/r/xUA8//p/+L/7f/t//H/+P/3//j/6/8VAPv/xf+8//P/4v/K/y4A0v/X/7n/vf/l/9j/xv9DAM7/t/+3/7f/wP+3/73/RQDR/8X/1f/k/9T/AAAWAOH/6//j/+n/4P/r/+f/7v+4/+r/EwDa/+D/2f8RANz/2P/5/+D/3v/Y/wYA1//e/xMA3//B/yAAwP/R/8T/zf/k/+f/7v/x/+f/7P/s/wAA6/8VAPL/4v/W/+j/8/8RAOb/6P/X/9P/2f/F/8j/1f/b/zIAx//4//L/AAD3/+7/7f8UAAAA4v8IAAAA2f/e/+H/2P/Y//L/0v/g/+z/yf/D//r/7/8AANT/1v/b/xYA8P/a/6b/2v/o/9X/6f/n/+f/GgDU/9j/2P/Z/+L/2f8WAAAAxf/f/87/5v/s/+j/6P8iAOb/DADc/+n/0P/A/7T/y//j/wYA7P/7//X/9P8AAOz/7P/3/+H/CgDO/8D/AADL//j/1//X/wAA5P/o/wAA1//W/+T/6//j/+//8v/W/wAACwAAAMP/0P/I/8T/2//I/yYA7P/e/9j/5v/a/wAA5f8PAOz/2P8AAO//+f8AAAAAzP/X/9//6P/R/+f/MgDI/8f/CADM/+//8P/q/9f/9P/Q/wAA4f/M/+H/DQD0/+j/2//E/7//xP/f/9j/1/8aABMA7P/n/9j/6/8UANj/AADq/83/6f/I/9D/9//f/wAA7P/s/+z/6f/s/+z/6/8VAOz/0f/o/wAA5//g/9f/EgAAAOn/7P/r/+z/2v8AAOz/BgD5/8j/1f/Y/+P/CgD7/8r/9f8SAOz/yP/g//n/3v/M/wAA5v/t/+L/EwDg/83/5//s/+H/FAAAAO3/AADo/9n/2v/Y/+b/9P/2/9r/QwDl/+z/7P/p/+z/7P/r/xUA7P/3/9P/9f/R/8X/zv+i/y0A1P/Q/8L/0v/b/zIA0//H/9//4//n/9n/6f/6/+H/DgAAANz/8P/s//P/FADZ/+z/6f/q//j/7v/w/+n/FwD0/9T/xf/U/+T/AAAAANT/8v/i/+f/1//X/+D/4f8hANf/1//1/wAAAAAAAPT/KQD4/9f/9f8AAAAAAAD0/ykA+P/V/ygA2v/Q/+D/yP/e/9T/5v/b/8b/1P8AAAcAyv/2/wAA+f8AAO3/8//J/+X/2v/t/+//9v/1//b/7v8UAPn/7v8JAAAA9P8AANb/9v8AAMf/7P/I/8b/5v84AMn/3P/N/9v/8P/z/+H/0/8xANb/3f/W/9r/5f8TAM//FADd/yUA5f/n/+v/6f/M/9T/4f8HANn/1v/S/+r/5v/1/+z/0f8YAN//5//k/9n/6f/S/wAA7P/n/+j/6f/Y/xMA6//r/+b/6v8WAOv/5//p/+j/AADm/+z/7v/t/9j/5/8HANj/FADm/+P/4//U/wAA4//p/+z/6//s/9r/AADs/wYAAADr/xQA6f/p/wAA1P/c/9j/4//r/+z/7P8VAOr/AADs/+z/7f/s/+z/7P8UAOz/5//C/9j/zf/V/+D/JADT/+r/6v/m/+f/6f/l/xcA5//s/+3/7f/u/+7/7P8UAO3/7P/t/+3/7v/u/+z/FADt/9n/4//Y/9n/3P/Y/ygA2P8YAOX/6P8AAPT/8v/Z/+f/1//J/9j/s//d/zoA7v/L/8//xf/4/5z/uf84AMT/4v8AAN3/xf/W/8P/AAAIALv/1f8sANr/4//Y/93/1v/T/8L/LQDf/9n/z//I/9T/yv/m/xYA6//j/+7/7P/s/+r/FwC//9v/6f/i/77/y/8TAOz/7P/v/+z/7P/s/xQA7P/C/wAAyf/Q/+v/5v/j/xQAFQDq/8H/TP+G/53/3P/p/9r/AADs/+3/6f/e/xQA4P+N//H/5v/s/5b/+f/y/5//7v+r//L/7P/6/x4AVwDA//b/7v8AAPb/7v/t/xUAAADs/+z/7f/t/+z/7f8UAOz/AAAeAAAAAAD6/wAA6//U/97/4//t//b/1//K/+n/LgDs/+7/7P/t/+z/7P/r/xQA6P/q/8X/zP/F/7f/8//x/xQA+f/W/8n/zP/U//f/6P/W/9j/wv8UAO3/6/8AAOv/6//k/6v/kv/c/wAAz/8WAAAADQDp/+z/5//s/+f/3v/Q/xIA2//l/wsA3P/G/9f/FADT/9D/zv/T/5T/AADo/9j/AADs/+7/7v/x/wAA6/8cAOH/6v/s/+v/2v/r/+L/0P/r/9n/2f8UAPj/CwDY/9f/9//a/9L/4/8UANj/2P8VANH/7P/c/9r/uP/y/9H/1//k/+P/w//k//n/CwD3/8//5v/A/9r/DQDq//j/x//F/8T/EwDx/+//7//v/8j/AADZ/9v/2//w/wgA7P/h//r/2v/o/+X/4//U/93/HgAAAOT/7v/v/+7/EwDU/9z/0v/N/73/x/+I/wAAu//S/+v/3v+x/7z/xv/s/+z/GQDX/xkA6f/p/+P/3v/S/9z/q/9eALb/zf+z/8L/rv+9/9L/GADp/+v/6//k/+v/5f/e/0QArf/I/6n/xP/E/7P/6//l/wwA5v/f/wAA1//G/8j/3v/h/xQA6/8MAOL/6f8uAAAA7P/v//r/7f/S//D/6//o/9X/1//Z/93/GQDd/8H/JgDt/wAA3f/Z/wAA1v/W/+b/4f8hAN3/w//2/8v/6//d/xMA2f/Y/9n/AADl/wAA7f8AAAAAAAAGAOP/8v/r/+P/5//r/+z/6v8YAOn/CgAXAKH/+/+8//n/0f+w/9L/x//q/+X/9f/g/0cA+f/L/xcAzv/4/+L/zv/p/wAA+P8AALH/wf/F/93/yP/C/9n/FQC1/9f/FADp/83/4P/V//X/3f/i/wgA2P8AAK7/8f8TAL7/w//F/8r/6v/s/9j/JACp/8P/vf/L/8n/uv/j/xoA2/8AAOr/6v/S/+3/6//X/9//KADm/9n/0P/V/+v/5v/q/xYA6//n/+n/6P/o/+n/6//y/+v/6//n/yAAxf/r/9r/w//I/wgA8f/4/xUA7P/s/+z/8f/g/+v/7P8KABwAAAAAAAAA5v/Q//D/xf8IAM7/AAC1/7r/2v/B/xQA7P/v//X/8P/s/+z/7v8UAOz/7f/q/+r/AADs/9j/0v8dAMT/x//j/+b/3P8AAOH/EgDn/+v/8P/R//j/3f/Z/+f/vf/y/6L/rP/2/4L/4P/b/+b/EwDe/x8Ay//Y/7f/sP/I/9v/vf+y/0IAsP/u/xQAAAASAPr/6P/Z/+z/GQDM/77/5f/W/w0Azf/k/8j/0v/W/9j/5//v/xYABgDm/9v/8f/t/xUA6//s/wkA6f8RAM3/1v8fAOf/tv+7/9j/5f8JAOj/2f/o/93/AADy/+f/x//p/9n/BgARAOn/tv/R//r/vP/5/7z/IwC6/+7/6f/j/+n/6//s/xcA7v/F/93/IgDD/9n/5v/l/7X/+P8ZAPX/AAAAAPj/AAAAAMX/9v/U/9b/zP/C/x8A1f/4/xkA9f8AAAAA+P8AAAAA7P/s/+7/7P/s/+z/FADs/8z/FADt/+z/8//s/w0A9v8AAA4Av/+6/+P/AADh/8r/0f/A/+r/uv/G//j/GgDP/9n/7f/I/+T/yv/X/xoAzf8AAAwAAAAAAAAAAADW/wAA2v/Y/+L/2v/5/9X/KQDa/9v/AACX/+v/wv/O/+f/wP/N/+j/0f/F/9f/6f8iAMr/vf/H/xAAxf8AAL7/wv/z/8T/2P/K/9P/AAANAMP/6f/X/+b/2P/Y/9z/1v8lANn/7P/s/+3/7f/s/+3/FADs/97/vP/e/7n/wP+z/1YAvP/d/+n/4P/l/9j/0f8dAOn/2//o/9//5f/o/+b/GQDn/+z/7P/s/+3/AADs/xQA9v/A/8X/AAC9/7z/9P8OANL/AAD6/+X/5v/j/wAA5v/r/wAAAADs/+j/AADW/9j/2P/o/63/9f+s/7v/CwDc/+T/5P/b/+X/6v/n/yEA2f/n/8v/AADO/+X/AADj/6j/1f8JAKz/pP/E/8z/7v/m//H/sf/k/+b/6P+x/+b/zv/n/xQA7P/s/+7/7P/s/+z/7P/5/+v/4f/r/97/6P/c/xkAzv/L/wAA1P/m/9n/DwDR/+n/6v8IANj/7P8TAOb/2v8GAOv/5//t/+3/EQDd/9P/8//2/8X/3P/f/wAA0v/P/9X/wf/N/8X/3v/G/z0A1v/a//D/qf+f/6T/1//Q/9j/7P/x//X/7f8AAPH/AAAVAAAA6/8UAOz/7P8AANf/2P8AAOT/3v/s//v/AADY/9v/4f/e/6//xv/v/wwAuv/q/9v/wf+//wAAWv8QANf/5P/c/+D/3f/i/wAA4/8AAAoAzf8JACAA1f/R/9n/5//N/+n/CQDa/9z/2P/f//n/7f/a/9j/5v/0//b/2v9DAOX/FADt/+z/7f/0//H/7P/s/9//zv/m/+z/6P/o/yIA5v8KAMP/wf+a/87/+f/m/6v/EgDY/9P/3P/c/+b/9//K/+n/3/8aAO7/7f/u/+b/3v/s/wAAAAAAAAAA3f8kAPL/3P/X/wAA8f/i/+7/3P/c/97/AADT/9T/FwDK/9r/0P/q/w8Ayf/S/9j/5P/H/9n/3f/o/9f/vP/q/+D/2v8mAOb/4f/V/9T/2/+5/ygA2v/r/+n/FQDo/+z/7P/p/8n/6//p//H/7//0/+v/FwDw/zEA2//V/9b/5f/E/8r/2v8AAOX/3v/r/+r/2f8TAN7/FwDb/+v/7//t/wAA6P/X/+D/3//p/8r/AAAcANf/yP/a/7n/AACi/6D/9//7/w0ADgAAAOT/6f/p/+b/1v/o/8P/3f/Y/9P/2v/R/zEAx/8pANn/1v/n/+7/2//R/8n/n//U/8T/5v8IAPD/8P+4/xQA7f/q/+z/7P/x/+r/2P/K/8L/AADO/8T/3f/H/yAAFADs/+3/7f/s/+z/7P/j/+z/7P/t/+//7f8VAOz/1f8AAPn/AAAAAAAAIAAAAPL/4P8PAND/+P+7/9v/2f8IAAAA7P/P/xUA5P/q/+b/5//W/y4A0f/j/9v/AADU/9f/v/8gAN3/wP/a/8H/6//O//X/IADv/wAAAADq/9//AAAAAOf/xv/S/9L/r/8xAMX/7P/l/+r/5//r/xcA6//r/8n/4P8sAMD/zv/S/8r/6P/s/+z/7P/t/+z/FADs/+3/GQDs/+f/5//l/+f/2f/b/+z/5//u/xUAAADs/+D/+//S/wYA5v/x/8H/CgCr/9r/1P/c/6T/rv/F/6P/PgCy/8T/EwDp/9z/5f/b/wAA1v/t//H/+P/3//j/6/8VAPv/MQDc/+X/4P/l/8P/yP/P/9r/4P/P/xIA8P+x/wAA2v/H/+L/yf/V/6b/vP/k/wAAwf+g/w8ABwDi/5z/wP8mANf/AADV/+7/2P/Z/+X/AADf//D/AAAWAOv/xf/T/+//3//Z/9//2P/g/xYAAADq/+j/pv+n/7P/8P8LADkAvf/o/yQA3f/p/8n/6v/R/+j/2v/g/wAA3P/Z/9z/DgDp/+7/7P/X/yIA4v/U/9f/yf8AAPL/nP+h/6P/z//X/wcAyv/l/xkA0//J/+b/5//v/wAA0v/q/8//AADo/+X/AAD5/+z/FQDs/+z/6//r/+n/x//b/7D/zv/c/wgAEwC2//X/1P/b/+z/+P/X/wkA4//a/+v/2v/f/9//6P8aAOL/2v/U/7z/kf/F/wsAyP/W/8H/LgDW/9X/zP/I/8n/0v8MAOz/3//r//T/3//c/wAAAADl/xQA2P/s/wAA1v/W/+z/7P/s/+3/7P8UAOz/7f/t//f/7f/4/wAAFADs//b/2f/W/xQA6v/d/+j/AADr/+z/7P/s/+z/7P/s/xQA7P/i/wAA4//P/+n/7P/f/xMAJgDI/xEA1f/V/6b/0v/x/8v/4P8AAPr/AAC+/+z/OADo/wAA5//H/+b/8f/P/wAAvP/F/9z/MADN//P/yP+5/+z/7//m/+n/6f/j/xQA6v/s/+z/6//s/+z/6/8UAOz/2P8TAOv/7P/s/+n/9//c/wAA1P/S/7//0P+q/ysAt//T/xwA2f/P/+D/1P/0/9j/1P/Y/5X/qP/E/yUAxP/Y/8//1P8UAMb/5f8AALz/0v/V/+D/uf/G/8n/NwDP/7L/7v/X/9j/2v/Y/8b/JQDy/67/yf/N/9b/1f/u/wYAzf8AAOz/7f/t/+z/7P8AAOz/6v/L/9L/yv/N/9X/IgDc/zUA1f/S/9H/6f/E/8//3//W/xEA5f/j/9b/1P/r/wAA7P/r/+j/8P/y/+n/6/8UAPP/yf/C/9n/1//N/xwADwAUAOf/8v/x//L/7P/s/+v/6v/d/9L/1P8AAMj/5v8AAOT/2f/s/+z/3//k/+z/FADc/9b/2//e/+b/4v8AAAAA3f/X//T/3P/b/9X/zf8WAO//0//e/9L/1v/W/xgA1P8VAOT/8//Q/wAA1P/z//f/y//Z/w4A1f8AANz/AADz/yUA4//d//f/7//p/9z/9f++//T/7P/5/6H/DAC3/+X/7f/k/wAAAAAAAAAALQAAANj/4v/c/87/FADs/wAA2P+u/83/uP/y/9z/6v87ALL/uf8AAJH/z/+l/+P/4P+4/+b/FQDF/+v/4//r//H/5v/Y/wAA2P/c/9n/2P8AANn/2P8LAPP/vv/H/8b/7v/d/wAA4/8TAOL/8P/I/8j/8v/z/87/wv+2/9b/xv8MANf/EQDY/+z/zP8IAM//yP/Q/+3/8f/J/9H/3/8AAAAA2f/Y/93/2f/o/+v/2//W/ycAAADW/9X/4P/I/8L/1f8NAOz/FADZ//T/5f/s/+H/7P/Y/8v/k/+K/wgArP/1/w8A6//S/+D/+f/h/xMA6P/z/+L/9v+W/4X/h//X/9j/6P/L/8b/mv+o/8T/8/8vABAA4v8AAOL/9P/W/xEA6P/q/9j/AADs/+z/6/8AAOj/7f/Z//T/5P/o//n/AADh/9L/2v8wANr/zf/h/93/4P/g/8n/3P/E/8j/1v/P/wAADwAZAOf/7P/s/97/2P/s/+v/x//G//r/1P/H/+v/7P8bACAA8f/3//b/9//a/+D/8f89AM//6P/B/9n/5//H/7//7f/b/+j/5//o/+b/FADX/+P/0//p/wAA3v/5/x4A9f/Y/87/2P/l/+3/HwDl/9v/3v/0//f/6/+2/83/yP/0/wAA7P/m/+z/AADs/wYA6/8AAMf/1v/Z/+r/0f/x//j/3//W/9b/4f/n/yAA3//p/7X/PQDI/7r/lf+7/7D/AADi/+b/zf/n/83/yP/J/zYAFADs/+3/7f/s/+z/7P/j/xEAAADw/wAA9v8AAN3/8v/f/87/5v/s/+j/6P8iAOb/q/8AAM7/tf/g/7z/AADD/+7/FgDt//X/+v/u/+b/AADc/+v/4//q/9r/7P8XANz/2v/r/7//1v/Y/8L/HADA/+r/6//X//X/FADl/w4A2v/s/+v/6/8VAOz/5//t/+z/x/8QAJ7/0f+9/+P/AADx/+z/7P/s/+z/7P/s/+z/FADr/9//AADV/9b/tf/k//X/7P8JAAAA9f/t/xAA1v/x/wAAFwDx/wAAAAAAAOb/AACp/9b/0/9NAN3/2P+n/77/6//m/+r/FgDr/+f/6f/o/8z/1P/C/0MA1v+5/9//tf/W/9z/1P8eANn/0P/j/9v/2f8ZANj/6//q/9H/AADq/wAAAADu/+3/5//r/+H/2P/h/9v/2v/k/xMA4f/o/wUAAADF/6H/qv/C//D/HwCX/+L/FQCz/9b/sf+s/+7/tv/3//v/6//r/+z/GgDT/+f/u/+h/6P/nf+7/6H/ZgDA/7n/6v/o/+z/yv8AAAgA1v/t/+z/2P/b//v/7P8dAOb/uf/M/8L/zP+1/wAAHgDl/yEApP+x/7L/uP/c/97/0f++/9n/vP8AANH/4P/e/xsAzv/R/8j/yP/Q/wAAxf8LAPb/6//E/9f/5/8aANv/0v/p/9z/4P/k//b/AAANAOT/EgDQ/7n/4//P/w0AyP/r/+j/AADr/+//6//t/9//FAAHAM3/3v/E/7j/FQDv/8r/4P/Z/wAA1//Z/wAA1f/d/8b/rP/6/9v/0/9GAKv/yP+3/9//0v8AAM3/CgCz/8v/5//r/+j/5//m/xYA5v/d/7X/HgDf/73/u/8AANP/1f/r//X/8//w/+j/5v8OAPH/8P8VAOj/4//q//n/1f/p/8D/FADt//P/7P/t/xgA7P++/7r/vf+//8b/AAAUAAAA0P/G/zoA1P/R/9n/wf/F//D/8v/5/wAAAADx/yAAAADs/xUA7P/s/+z/6v/s/+z/pv/f/9L/EQD7/9z/2P+s/9j/2v/0/+z/IgDq/+b/7P8AANX/0//h/8T/EADf/8n/AAAtANr/6v/c/9f/wf/d/+v/2f/j/+//7v8AANr/AADy//H/AAD6/xQAEADr/+z/6P/p/+v/8v/r/+v/5/8gAPL/1f/A/8v/t/+1/7v/FQDs/8z/h//L/7b/pv8uAAoAAADc/8//wf+b/wkAp/+v/ysAz//N//X/6v/a/8r/v//p/+j/5f/o/+v/5f8YAOr/1//1/wAAAAAAAPT/KQD4/+//AAAAAAAAAAAAACAAAADc/+r/2P/U/9j/EgDk/wAA1//f/9b/8f/M/+P/1f8VAAAA+f/D/83/xP8AAM7/uP/Z/wAAFADp/+7/7P/p/+z/yP8LAMP/x//C//D/3/8IAOv/7v/q/+v/6v/r/xUA6P8AAM7/4f8OAPX/7//y/+H/+f8AAAAA7P8AANn/2f8oANX/0//R/9f/6//q/wAAEgDt/9//wf+9/+v/FADf/wAADADz/+3/+P/5/9b/1f8AAPj/8P8AAPj/7//t/xUAAADE/9f/y//p/9D/yP84AML/7P/r/+v/FQDs/+f/7f/s/+3/FgDm/93/3P/r/+v/6f8JAOz/6f/n/+f/BwDL/9H/FwDp/+j/6v/s/93/6P/o/97/0v8gAOD/6f/q/9H/4v/e/wAA5/8AAOn/1f8SANf/AADx/7v/4f/V//L/AADd/xQACgDf/+j/5f/k/+r/7P/s/+3/7f/u/+7/7P8UAO3/vP/X/wkA2f/e/wgA+f/y/wcA3P/F/9b/zv/T/wAAyf/Y/xIA3v/s/+z/AADy/9j/2v/c/+f/3//p/+r/2v8YANX/GwDX/9j/2P8AAND/1//S/+r/xf/Z/x8AyP/Q/+n/7P/s/+z/7P/s/xQA7P/s/87/vf+x/+L/tP8gAA0Aov8PAAAAAAAAAAAA8f/r/wAA0P/I/9D/wv/T/xsA8P+v/+r/6v/m/+f/6f/l/xcA5//6/ygA6v/d/+z/z//J/+X/5//k/9b/3f/a/wwA4v/t/9r/2P/n/+v/4v8UAAAA7P/t/+z/7f/v/+3/5/8TAOz/5P/k/8r/1//V/8H/JgDG/9b/tP+1/6z/0P8gAPX/kP8HAMb/1v/k/7n/HADU//f/3P/h/wAA7P/5/9j/EAAAAB4A5v/p/9L/AACz/8f/3P/Y//P/tf/A/6X/EwDJ/wwA+P/w/wAA+P/v/+3/FQAAAAUACwCj/6P/s/+m/+P/1v+l/wAAyP/S/+T/5/8bANH/7P8VAOv/6//w/+v/6//t/93/5//I/9n/1P/R/xIAv//t/9z/EwDp/+z/5f/c/wAA8v+2/57/2f+2/+f/2v/b/7v/wv+8/7z/xv9KALX/rv/m/+L/3//o/+z/GQDq/+r/EADC//b/lf+4/+z/5//K//T/2v8AAPf/9v/t/wAA2/8nAOD/1v/q/9z/1f/K/x4A9P+8/+H/AADg/+3/5P/U/+L/3f8AAMf/8P/B/9f/9//E/9n/9//c/9X/+f/q/xgA6f+7/7b/wf/Z/+r/AAAJAOn/AADs/+X/2v/l/wgA2P/r//n/r/+w/6v/rP8RANX/7P/s/+z/7P/q/+z/FADt/wcA1v/d/93/5P8RANX/1v8VAOz/7P/s//D/7P/r/+3/FADs//D/9v/x/+z/7f/t/+v/6v/q/+L/6//s/9f/GAD7/+v/AAD7/+v/1v/T/xMA2f+1/+T/9P/q/+H/+f/q/9z/pf+4/8n/r/8AANf/AADw/8v/4v/o/9X/KgDU/+b/1f8AAMX/xP+9/wAAu//s/9L/z//F/97/3f8OAPn/AAAfANb/6v/k/+j/zv/o/9v/xP/p/9r/FgD0//X/pP+u/wcAzv/m/+T/7/8lAOX/7//m/xQA7P/s/+z/7P/s/+v/5v8UAOz/7P/s/+z/7P/r/+r/vf+f/7f/sf8AAMv/AADs/+z/5//o/+z/6P/f/xYA9v/H/8v/9v/V/93/FwDc/+f/wv/U/9n/3v8jALv/0v/i/8z/2P/Z/9n/IwDQ/+j/7P/s/+//7P/t/+z/FADt/+b/AADe/+f/2P8YAOT/5P/r/+z/FQDr/+v/6v/s/+T/IwDV/9n/7//q/+//0f/x/xUA7P/s/+z/8f/g/+v/7P8GAOv/3f/r/+D/6P/Z/xAAAADu/8z/8v/u/+b/wP8TAAAAwv/L/8z/xP8AANz/yf/m/wAA0P/Q/+j/1v/I/wgA7P/s/xQA7P/s/+z/7P/s/97/4v/T/6P/sv8WAOj/u//d/+f/3P/3/wAAOwDe/9z/AADn/9j/8v+p//f/0//g/9b/5P/m/+f/2P/n/w4AAADo/7L/xP/g/8z/FQDf/yIA6f8TANj/7f/s/+b/7//o/9f/0//l/9z/4P/W/yoA1v/Z/wUA2f/X/xMAz//L/+L/CgDH/5L/2v/f/9n/1P+1/+z/FADs/+z/7P/s/+z/7f/2//T/3//B/8//yP8GANz/yP8AAMv/4P/R/9v/+//d/xkA2P/m/93/6v8HANj/1v/z/+H/AADT/+7/vf/d/8j/6//s/+b/7P/v/xQA7f/s/+n/x/+8/9f/0f8eAMr/DADs/+z/7f/s/+//FADs/+z/+v8AAOn/2v/q/xEA6//q/+r/6P/j/+v/7P/s/xcA8P/d/wAA1v/X/8z/EQDW/9f/4v/C/9D/3P+u/wAADADz/xQAAAAAAO7/AAAAAOz/+v8UAOz/9f/h/wAA7f/s//j/AAC3/6L/9P+j//L/8f/q/+z/7P/p/+z/7P/r/xUA7P/O/8T/2v/I/9X/0v8AACYA3//Q/9X/y//Y/9v/LgAAAOb/6v/r/+v/6v/t/xYA6v/r/9D/5/8WANz/3P8KAOX/8/++/9j/3f8OAPP/0f8HAOP/AACe/8X/5f+k/x0Amv/p/+v/7P/t/+v/7P8VAOz/mf/x/+f/7v/x/97/CwD1//D/yP8AALn/wv8qANb/nP/B//T/qv+7/7b/OwC2//P/7v/s/+z/7v/s/+z/FADt/xcABwDs/+3/6v/s/9r/6P8UAPL/2//f/9b/6//s/8//4f8AANj/4//l/9n/AADW//P/JADY/+z/7v/R/9n/z//s/+f/7v8VAAAA7P/g//v/IADH/9z/4f/c/9T/4//V/+r/FADs/+7/7P/q/+3/7P8VAOz/7P/s//D/7P/r/+3/3P8KAOr/4//Z/+v/AADd/5X/MgCF/53/oP+f/+z/vv/Z/+T/AADa/+P/AADX/9r/+P/h//L/1v/l//H/0v/A/+r/AADg/+D/7P/m/xQA7P/r/9r/6P/l/+P/3P/m/x4A+P8pAOr/AADp//D/4/8NANj/CADn/xUA5//c/+T/6f8XAOn/6P/q/+z/3f/o/+j/0f/L/7r/1f/J/77/RQDC/wAAJAD7//P/+P/3/9z/AADE/8//+f/Z/+z/+P/4/+P/AADd/8X/1v/D/wAACAC7/wAA6v/g/83/EgDQ/9f/+v/Z/87/0P/Y/xUAy//R/+z/7f/s/+3/7P/w/xQA6//s/7r/wv8kAOT/3f8WALv/1v8UAOz/7P/s/+z/6v/s/+z/AADq/+r/6//W/wsA3P/r/wAA4f/0/+//3f8AANn/5P/W//X/xv/u/+v/CwDt/+z/BQDW/8r/AAD5/9X/8/8AAAcAyv/O/9D/2v/C/wAA6f/Y/8z/GwDI/+T/CgDE/8P/7//g/+r/7P8AABEA3//W/9j/KQDb/+H/6//r/9b/4v/q/9f/3f/s//H/AADD/wAA1//W/9j/2/8AAOn/5P8RAOr/AADZ/+j/5v8UANn/7P8AANn/qP+g/wgA3//k/9H/7//p/+P/6v/u/+z/FwDq/+7/+P/U/8n/3P/a/+P/+P8dANj/zf/h/8z/zv/s/8j/xf/R/8P/w/8QAOH/EwDJ/9j/1//c/97/AAATAOH/1//k/+z/AAAAAAAA3v8FAB0A6//s/+n/7P/s/xcA7P/A/9X/3f/j/9j/5f/k/yQA2P/a/9j/5v/0//b/2v9DAOX/6v8YAOv/7P/s/+v/4P/s/wAA2//q/9j/7P/Y/w8A2f/V/+v/6f/s/+r/AAAUAOv/u/8ZAMz/2//c/+b/5v/2/+H/0/+8/73/AADk/xwAsv/G/+j/p//j/63/5P/O/8D/FADY/+f/5v/w/xcA6f/p/ysA5P/J/+X/+v/K/9f/2f/p/8L/xP8LAN7/IwDo/6//4f/M//H/x/+W/xcA1f/m/9n/KADX/93/2f/i/9f/2f/k/+j/2f/h//r/1/8iAO3/1//Y/yAA1f/g/9r/AADR/9r/zv/E/9b/0v/4/+b/CQC//wAA1v/X/9f/GgC//9X/8P/s/wAA8f8AAOz/7P8UAMj/AADV/7//5f/k/wAA4f/I/8//+//T/9j/2f8iAOD/6v/t/+z/3v/s/+z/6P8VAOz/6//o//D/8v/r/+z/FADr/xQA+P/6/wAADADe//n/AAAAAOf/5v8AABAA6P/w/3H/EAC//9n/l//e/wAAuv/r/9X/2P/n/+3/NQDZ/9b/2f/Y/+P/3P/g/9P/KwDc/+L/9//Z/+P/6f8dAND/y//o/wAA7P/m/+z/EwDR/9r/AADh/8P/5v/q/wAAAADq/+z/FADs/+z/6//r/+v/7P/p/xUA3//r/+X/7P/r/+r/6P8AAND/1P/W/9f/DADT/+z/7P/r/+v/8f/s/xQA6f/s/+z/6//r//H/7P8UAOn/8//X//P/AAD3/+r/KwD5/9r/2P/m//T/9v/a/0MA5f/Y/67/+P+9/87/8//0/+v/yv8KAMr/1P/z/wAAtf/J/83/IgAQALr/6//e/8H/1//i/wAA7P/o/+v/zf8AAN//yP8IALj/2//k/xUA5//r/9z/AADq/+7/7v/m/xQA4P/q/+3/7P/e/+z/7P/o/xUAKwDw//D/AAD2/8n/1//p/83/MwDY/9n/2v/I/8X/2P/A/+T/3f8dAMP/AADh/8r/1f/X/+b/z//r/+n/AAAcABQA4P/o/xUA0//H/6r/4f8AAPP/vP/j/6j/yv/R/yEAAADZ/+D/3v/s/9H/AADu/+z/7v8AAAAAAADw/xUAAADr/+f/6//p/+v/7P8WAOr/yP8bAMX/0//y/9X/0//1//j/DgDN/97/u/8AANL/0P/r/+f/6//p/+v/7P8WAOr/IQAAAOD/2//i/9//3v+2/9//2f/g/9j/5P8WAAAA6//g/9//5f/s/9v/1v/i/x0ABgDc/wAA9//6/wAA6//q/+b/1P/k/9r/6v/g/yMA6P/Y/+X/4P/p/+T/4/8bAM7/yv8OAOP/0v/s/+z/EwDr/+r/FADs/+z/7f/s/+z/7P/c/+D/0//R/9n/1v/I/ykA7P/s/+z/FADs/+z/6//s/9j/KADY/+n/3f/c/9j/2v/Y/9j/AADZ/+H/5f/m/xQAFADz//n/AAAAAOz/7f8AAO//1v+l/8X/AAAAAMT/2/+w/+//2//r/9f/5f/C/ycApP/V/7//u//V//L/CQDP/+T/6v/r/9j/3//n/x0A2v/c/+7/7f/s/+X/7P/s/xQA4P/R/+T/6P/3/9f/JAAAANf/9f8AAAAAAAD0/ykA+P8AAOX/7v/T/9z/9//3/+X/2//Y/8f/JACT/8P/pf/Z/+3/FADW/97/9//s/w0A7P/m/9n/2//p/9n/6P8TAAAA7P/r/+T/6//z/yAA4v/f/8v/7v/G/7f/y//j/+r/AADd//r/4//e/93/EwDg//L/t//R/8v/zP/V/x8Az/8QANT/x//X/9L/4v8ZAAgAyP/a/8D/y/+9/8L/FAD2/77/3//l/+X/AADy/wAAEQDu/+n/xf/Y/+b/8f85AND/3f/K/7//0v/L/9L/RADK/63/2P/r/xEA5//r/xYA5v8VAMr/3P/G/wAAx/8dANr/w//r/+L/6/8VAOr/AADo/+z/3P/S/7//+P+z/yUAw/+8/xgA4f/l/+P/5//Y/+L/AAAVAOj/5P/q/+r/6f/6/93/5v/z/+H/AADs/9j/1v8oAOr/6v/p/+j/6/8WAOb/6//c/8H/EwDM/9j/IgDP/8D/zv/b/+D/7//u/wAADwDY/8z/8P/d/7v/4P+m/+b/+P/F/ygAzP/M/+//xf/0/9r/7P/m//P/7f8AAOv/4f8RAM3/7v/O/+L/zP/k/7X/HADf//v/AAAAAAAAAAAlAAAA1v/k/8f/+//W/+D/6f8lAN//6//y/wAAAAAAAOz/EAAWAMb/rP/q/+j/5f8AANn/8//u/8P/x//d/wYAvv+4//j/GQD1/wAAAAD4/wAAAADq/9r/5v8YAAAA6f/Z/+z/AAARAOX/7f/r/+X/2P/n/93/FgDr/+3/7P/s/+v/7P8AABEA5P/s/+r/5f/Y/+f/7P/t/+3/7v/u/+z/FADt/w0A6v/m/+3/6f/Y/9L/zv/M/9P/4P/V/83/NADn/7D/7P/s/+z/7v8AAOz/FAD4/+z/FADs/+3/7P/s/+z/7P/4/8z/lP+t/4//zf8VAJz/2v/l/+T/6f/k/+f/GgDn/+P/1//Z/9j/4v/f/ygA4P/d/+D/3P/n/87/5P8MALb/8/+Y/9j/rf+2/9z/7v/3/+z/7P/s/+n/7P/s/+z/FACk//v/uf+q/w0A9//T/wAAtf8lALf/6P+8/8X/2//j/9r/FAAAAAAA6f/o//T/6f/D/wAA5f/M/+P/DADR/+L/6P/M/9T/CwDf/8n/AADk/5n/8v/W//T/3/+6/wAA8P8GAOz/+//1//T/AADs/+z/FQDs/+z/7P/w/+z/6//t/+7/NQDb/9j/5f/O/8T/2P8AAOb/0//6/9H/6/8AAOv/JgDl/93/6//j/93/1v/s/xMAAADn/9r/2P/q/+X/4v/Y/xAA4P/m/+T/AADV/9j/2//0/xQA7v/i/+z/7P/q/+n/1/8eANn/6//b/+D/1//t/ykA7P/w//X/8f/Y/+z/8P/O/+X/wf/U/8//x/8oABUA7P/s/+z/8P/s/+v/7f8cAAwA0P/n/+b/qv/N/9b/6//p/xUA6P/s/+z/6f/J/9j/of+O/6L/8//h//L/3//U/+r/3P/Z/+r/EgAbAMn/4v8JAPv/7P/l/9L/2/+6/9b/3v/U/9j/yf85ANP/1//Y/+T/AADs/xUA6//Z/+P/5v/Y/7//9P8AAAAADwDn/+v/7P/Y/9z/8//r/+r/FQDb/9X/1P/j//T/0P/h/xYA2P/J/y0Az//b/8v/t/8AAAAAvP/r/yAA9P/k/+//tv/A/x0A3f/Y/8z/5/8AAMH/7P/s/+z/7f/s/+z/FADt/+z/7P/s/+3/7P/s/xQA7f/o/xcA6//q/+v/6f/o/+//7P/s/+7/7//u/+z/FADw/+b/5P/W/93/2v/X/yAA1P/c/wcA6//r/+j/4v/d/wAAHgDZ/9j/2P/r/9j/5//k/+z/7P/t/+z/7P/s/xQA7P/b/+f/FADo//H/6v8AAOv/3f/z//n/w/++/6L/1P/3/83/xP/P/8b/1//U/yEA1/8HAOr/2f/f/+z/7v8MANf/0P+8/73/4/8AAA8A8//B/wAAAAAAAAAAAAAsAAAA1f/Y/+b/3P/Z/+D/9//g/xAAsf/R/zoAuv/i/6n/wf/g/9H/4P/z/8r/4/8PACIAuP+9/9P/2f/a/97/IADR/wAABgDj//H/4f/f/xQA0v/c//H/2P8UAOn/6v/O/93/AAC7/8v/2v8AAI7/0//6/wAAFADD/9//1f/c/+z/8v/S/9f/AADq/+n/6P8TANz/AADP/y8Alf+t/7j/r//5/6r/AAALAMv/3f/X/+j/3//N/8r/yf8AAOr/w/+a/8b/GQDW/8v/wP/G//H/rv+//xUAAADs/+X/AAAAANv/6v8UAM3/7P+2/wwAEwDi/9H/9P/p/xQA7P/e/+P/9f/s/+z/6f8mAOT/6//u/wAA1P/b/+v/5//k/xUA3P/Y/wAA4v/s/+r/3f/p/+z/7P8VAOr/1/8AAOL/1//n/9j/AADj/+v/FwDp/+n/8v/r/+j/7f/M/w8A3v/c/+r/0P8tAOL/2f8XAOv/6v/r/+n/6//q/8X/MwDD/8//0v/L/+P/0f8qAOf/8P/2/+v/0v/W/+L/3f/S/ysA4//W/9//zP/V/+j/GgDh/+H/2//E/+3/2v/N/9j/6//p//L/2P8kAO7/6//s/+v/7P/t/+z/FADs/9j/u/8XAJ7/4v/o/9//zP8dANf/6f/k/+j/4//o/9r/7P/k/9j/7//t/+r/GADk/8n/EgCm/7L/zf+x/wUAsv/s/+r/3f/p/+z/7P8VAOr/5f/Y/9j/FADr/+L/AADZ/7z/QwDE/87/0f/J/7j/w//X/xMA7/8AAOP/2P/I/9n/u//f/xAA2v/Z//j/BgDM/+z/5P/q/+n/6//s/xYA6v/a/9j/5v/0//b/2v9DAOX/AAC+/8z/wf+r/77/3f/v/+v/1//N/+f/1P/c/9f/JwDs/9v/ov/N/8L/FwCv/87/6v/s//L/5P8UAOz/6v/z/+z/7P/t/+7/7f/s/xQA7/8AANn/x//l/wAA5P8JANT/1//5/9j/2v/i/8n/GgDE/9j/FAD2/+7/7P8AAOz/7P/Q/wAA6//s/+//7//b/xMAAADc/9z/5v8AANH/0f8TANn/2f/T/+T/HQDl/wkA6//n/8z/2//p/+f/AADn/wAA8f/y//r/x/8AALj/vP8QABYAyP/L/9n/0P/b/8f/CQAVAAYA6P/t/+D/5//r/+z/yv+g/7X/yf8aAMb/EAD6/+D/6v/T/9f/+f/l/+r/DAAAAAAAyP/T//P/y//i/9f/7P8XAOr/6v/s/+z/5//s/x0A6//r/+z/6f/Y/+7/5P/Z/wAA6f/X/+n/6/8AAOj/6v8AAN7/AADk/+b/2/8AAB0AAADN/8r/5/++/9j/z//Y/yAAAADq/9D/6v/G/9X/6//3/+v/6//s/xQA6v/s/+z/2//s/wAAAAAUAAAA6//a/+r/5f/j/+v/3v8aAN7/7P8UAOz/7P/s/+z/7P/t/9D/9//X/9b/1P8TAPf/1v/I/xYA1v/Z/9j/2//c/w8AAADr/+b/7P/s/9j/AAAAAMz/6/+3/8j/z/8xAML/w//0/+X/EADo/+z/6v/s/87/7P/s/+z/7v8AAOz/FAD4/9f/KwDo/+P/3v/O/9b/2P/p/ygA1v/p/+7/4//n/+b/of/6/77/4//V/xEA7P+9/xQA7P/z/+n/8v/u/+z/3/8AAMr/6//s/+T/7P8AAOL/7P/s/+7/FAAAAO3/7P/s/9r/5f/c/+j/6f8UANz/AAAPANv/1P/C/9D/nP8LALT/xv/U/8X/4f/X/zcAAAC4/xcA6//p/+L/4f/W/+v/0v/Z/9j/AADj/97/AADa/+L/w/8AAOv/6f/r/xcAxv/Y/zEAw//N/8b/xf+8/+j/uf/r/xgA1//W/+n/3f/t/9z/z//e/+n/2f/6/+z/6P8WANH/3//Z/8z/AAALAAAAz//T/+T/7f/4/wAA3f/J/wAA9f/q/xIA3P/q/+n/1P/y/+z/1v/j/+j/AADn/xQA2v/m/9//z//j/+v/AAALANP/7//r/+z/7f/x/+z/FADw/wAA5//r/+r/FwDk/9j/4/8kAO3/7f8AAO//4P/a/+z/5v/U/9f/6f/x/yIAzP/J/9n/5f/h//b/6P/j/9j/KAAvAPf/2v/L/+X/tf8AALf/8P/f/9r/3//a/xIAxP8AABYAAADO/9D/6f/3/97/2//d/+T/qv/D/+r/5v/2//T/7//X/8P/xP/N/7L/NgDn/+v/2v/o/+X/4//c/+b/HgDs/+r/FAD2/+3/7P/t/+r/vf/x/wAAz//f/wAA+P/F/9r/2v/r/9j/6f8AABMA2f/d/+r/2f/r/9n/DAAAAOr/GQDb/+j/5P/q/9n/6P/j/+f/zv+8/9L/KgDp/8X/9P/n/6//s//E/8b/6P/d/xsAqv9bAHb/p//Y/+j/of+P/9X/KwDY/+r/4P/Q/9n/2f/X/zIA0f/V/93/3P/N/9f/6/8VAOr/7P/q/+z/6//r/+v/FQDq/+z/6v/s/+v/6//U/yMA7P/s/9v/2P/n/9P/qP8jAIP/qf/X/9L/0P/w/xQA9f/1/wAA+v/l/+z/5//j/xsA3v/T/+n/6f/I/+T/wP83AAAA3//T/8T/ov/L/xgA3f/6/8L/3P/k/+b/wf/s/+z/5v/o/+z/6f/f/xYAvv/r/+L/v/8AAA4A6f+x/83/AADa/wUA9P/Q/8b/vv/Y/9z/7f8AAAAADwCy/9r/FAAAAPL/3f/p/+v/6v/f/9b/EwDL/9P/AADL/+3/t//g/8z/vf/q/8r/GADx/9L/6v8UAOz/7P/t/+z/7P/s/83/1f/B/6D/4v8SAMH/GwDc/xYA4v/b/+L/4P/y/+X/7P/T/+v/9/8eAOv/5v/t/9j/EwDr/+z/7P/p//f/3f/r/+z/AADs/+z/vv8UANz/3v8AAIf/pP8JANv/nv/t/8X/3//N/9n/AADW/+n/HgCv//L/sv+7//X/vf/o//n/3v8AANj/2f8UAOz/3v/X/+n/6v/3/+v/7P/W/+f/FwD4//L/AAD3/+7/7f8UAAAA4v8AAAcAzP/H/8L/+v/I/7//7P/4/8T/4P/5//v/0//U/+r/4P/C/wUAwf/A//L/HgDZ/9j/2P/r/9j/5//k/+H/3P/n/xcA6P/w/9r/AADW/+v/AAAAAAAAAAAuAAAA9v/i/9r/AAAUAOj/7//s/+r/5/8XAOn/6//o/+n/4//s/+z/7v/t/+P/5f8UAOz/8v/T/9L/8/+1/+L/9//b/6r/IACl/53/rv/E/+//6//R/7v/+v/4/+7/+P8dAOT/yP87AOH/y//H/83/zv/D/+P/+//N/67/yP+z/xUAwv/6/wAAAADt/wAA2P/o/ygAIgDY/9j/5f/d/+f/6//X/+v/6//r//P/6//s/+r/FQCX/7T/w//O//n/2P/u/wAA8f/q/9f/5//q/x8A4f/X/7r/NADT/8n/0v+8/9j/zf/m/zIA7P/6/wAA1f/O/wAA2v8PAAAA8//s/+r/yP/f/93/6P/X/7z/6v/g/9r/JgDy//f/tf/I/+7/x/8AAL3/uP/p/8H/EgDY/9r/vf8AANj/5f+r/4P/pf/H/wsAz/8UAOz/AAAAAAAA7P/s/+X/7P/s/+z/7f/s/+z/FADs/+z/FADs/+z/7P/s/+z/7f/s//T/0//g/8j/1f8NANX/4f/U/9z/zf/Q/ysA5f/Q/xYAs//X/7f/v/8AAN//yP/Z/+n/1f/X/9r/3/8oANT/2P/X/9f/2P/q/+X/IQDh/7n/AAAPAOT/+f/q/wAAuf/s/+b/5//p/9P/1f/p/yUADgDc/9z/6f/e/wAAyP/b//X/qP/F/8b/5f8GALv/FQDH/7//0//L/9j/vP8gAOr/6P/D/83/zf/U/8r/OQDR/wAAAAAAAPD/AAAeAPf/+f8YAOj/7f/y/+//6P/o/+7/KAATALz/4//d/7f/uf/A/wAA7P/r/+z/7P/R/xQAAADs/xYA6P/r/+//6//p/+3/xf8fAAUA0P/N/8v/sf/M/+b/8f8AAOn/xP/i/wAAtP/r/+z/7P/s/wAA7P8UAOz/7P/o/+7/7v/t/+z/FQDt/wAA1P/X/9j/2//Z/wAA1//U/yoAAADZ/8//y//m/9X/0v/v/xEA4P/d/9b/0P8AANP/2/+Y/wAAsP/K/yUAm/+9/+r/AADn/+T/2P/6/xQA9v/W/+v/wv/B/yAAvP/J/9H/vf/0/9P/7/8rAMH/zf/Y/+b/6//o/+v/0P/n/x4A9v/h/xMA1v8AAA4Ay//Q/7L/2/88AMT/AACr/7X/zf/q/+3/7P/e/+z/7P/o/xUA2P8rAN//xf/L/9P/2//e/+f/5f/o/+f/6P/r/xoA6/8AAPb/AAAAAAAAAADx/xQA6//r/+v/5//q/+z/FQDi/8X/4f/s/+z/AADX/8f/DgDd/+z/5P/s/+//FAD1/+v/4P/I/7v/q/+u/7r/5f+l//H/yP+///X/vv/4/wYAqf8AAPH/4v/Y/xQA7v/Q/9z/6//a/8j/3v/W/+P/CADG/wAA0P8RAMr/yf/t//T/v/8AALj/rf/4/9//2v/K/8P/pv/w//D/6P+z/5//4f/k/wAA4P/d/9P/3P/S/wAAEwAUAOz/7P/s//P/BQDs/+z/1/+y/zUAmP+1/8b/3f+9/7//zf+t/wgAqP8SANb/7f/F/8P/8P/L/8z/FADl/9j/6P/p/+r/7//s//P/6P8UABMA5P/M/83/0P8aAOr/zf8AAOz/3f/g/9z/2P8SAOX/5v/w/+H/8v/a/wAAAADs/wAA+P/T/73/wv+9//j/tv/U/xcA2f/i/wAAzP+v/8X/7P8AAOb/uf/W/97/AAC0/+X/wf/G/83/2//Z/xMAxf8AANv/1P/W/wAA3P8AAPD/7P/s/+7/7//p/+//FADu/+z/7P/s/+7/7/8UAOz/9v/s/9//FADs/+3/AADo/+L/LADW/9z/z//W/+j/0f/b/+v/5v/Z/9v/2v8fANf/3f8pAN//1f/a/+//yv/W/+D/r/+6/yIAtf8OAPH/y/+//7H/4P8ZALn/rf8WAKv/AAD4/+z/8v8UAOH/7P8AAOz/CwDr/+n/7P/s/+n/DwDs/93/2P8TANn/6/8AANr/2P/p/+z/6//q/9v/AADs/wYA6//a/+j/5f/j/9z/5v8eAOz/2//s/wAAAAAUAAAA6/8kANf/1v/m/93/1f/q/9f/FgAAAOz/5v/s/+L/4//6/9j/0/8uANr/6//W/9j/uf/r/9j/MADV/+j/0f/V/8//1f/Z/x4A0//M/+n/5v/K/+v/6/8WAOj/2f/q/+P/5v+9/67/EQDn/5f/5//o/wAA5//Y/+//+f8oAOD/1f/b/97/6v/6/+j/IgDZ/9v/0P8AAOv/1v/r/+L/6v/Z/xEA5P/x/7z/wv/M/9z/+//E/+r/7P/r/+v/7P/r/xQA7P/h/+H/EwC8/8D/vP8AAOX/p/+9/wAAmP/K/6P/MwCn/7D/AADP/6X/CAC9//b/tf/T/xkAzf/T/+D/1P/j/8T/FwDX/8X/1P/T/7j/7P/i/+D/AADk/+n/z//u//T/9/++/wcAxv+0/6X/4f8AAJ7/FQDs/9b/8P/t/+r/6//q/xUA7P/r/+z/7f/n/+v/7P/l//r/3f8AANH/5f/l/+P/5//Y/+X/7/8AACQA1//q/8j/8v8PANL/vf8AALf/AADp/xUA4f/s/+X/7P/r/+v/m/8TAPn/z/+z/8//vf+x/9v/AACi/8z/pv8sANX/nv/Y/87/x//N/9r/4v8sAN//5//Y/+X/7/8AACQA1//q/xoAEQDq/9j/6//W/8v/6P/5/+r/wv/F/9D/o//q/+L/9f/X/9b/5v/U/93/2P8uANL/6P/Z//L/sv/7/9//+f/o/wAAzv/c/xMA6//W/+b/5f/n/+D/FQDl/wAA6//q/+n/5v/q/+v/6v/n/xkA6//0/6r/1f+X/6v/2v/n//n/1f/G/9f/2P/Z/+P/1v8lACkA4//t//D/7P/S/87/2v/H/87/6P8WAO3/5f8NAOj/2//j/8f/vP/v//L/AADq/+H/MQDb/9v/7v/0/8//3f/h/zEA2//b/+7/9P/P/93/tP8cAMX/wf/X/wAAw/+7/93/0//j/9n/6v/f/yQA6P/X/+3/4P/l/+b/2f8SAAAAy//y/9T/5//Z/+7/GwDc/+b/IQDh/+P/5//p/9n/1P8AAN7/4P8VANr/0v/7/+7/AAAAAN3/8v/H/9z/x//c/77/JwDs/97/4v/G/+7/1v8uALD/1//T/8b/wv/W/+j/NwDn/wAAAAAAANH/+v/O/y0A0P/o/+P/6v/M/+j/2P8UAOT/3v/k/wAAAADG/9f/xP/K//X/2//c/+f/DgAOAAAA8P/X/9r/2f/x/9b/nP/T/7z/vf/S/8//GwAVANj/6//s/+3/9f/t/+7/FQDu/+n/5f/4/xUA0P8AAMb/2P/p/+z/6//s/9r/AADs/wYA5f8UAOz/7P/q/+z/7P/q/8X/u/+q/+D/uf++/zoAw/8ZAMP/w//v/83/8//N//v/qf/X/7r/+v8JAOP/4//U/9//1//i//H/AAAgAPX/2P/s/xUAw//I/9n/FADX/8b/FAAKAOv/6P/n/9//0P/p/+v/6v/r/+v/7P/r/xUA6//l/8b/HgAAAPj/x//g/9P/t//S/7r/6f/O/xsACgDS/+f/6/8UAOz/7P/s//P/6/8AANb/p//h/7H/CQDh/wAAo//5/6P/5f+m/4j/EACF//X/AACl/7r/vf/l/xkAov+5/xwAt//X/9z/AADf/7z/BgAJAMz/3P+n/wAAkv+I//D/+f/X/+P/1f8AABYA2f8AAAAAAAAAAAAAAAAAAAAAr/8KAOz/2P9u/73/+f+V/+j/CgDy/8P/pP+T/9L/2P/i/9D/z//s/87/6f/k/9f/3P/P/7T/9P/j/5r/AADW/9v/wf8AALv/3P/Q/wAAAAC4/8//yP/S/9P/AADS/9j/AAAAAAAAAAAAAAAAAAAAALP/GwC1/6j/0//o/9H/5P8cALr/hf+l/67/tf8fAIr/yP/e/+r/yP/E/9P/OADA/wAAyv/q/47/pP/I/wcAov/U/+T/zf+8/+//2/8AALf/4//f/+b/5P/r/9//HADn/ysAAADR/+j/sf/W/7X/wv8AAAAAAAAAAAAAAAAAAAAAFADq/9j/2P/S/83/7v8AAPf/4//g/9z/+v/5/yUA7P/F//X/CADB/8v/v//k/+v/3v/P/wAA4//f/7j/7v/q/xUA6//r/+z/8P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+X/9//u//H/7P8VAPD/7P8UAO3/7v/s/+j/7P8AAOz/7P/s/+3/7f8UAOz/7P8VAO3/6f/w/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO7/FQD5//j/7f/t/+v/9//R//P/uv/F/8n/tP+1/w4A7f/s/+7/7v/s/+z/FADu/+X/AADg/+7/9v8TANj/6//l/9X/HQDm/93/2/8AAOH/FgDm//X/9f/6//T/6/8AAOz/9v/r/+v/6f8SAOL/3//s/+z/7P/s/+z/7P8UAOz/1P/p/+z/xv/M/+f/5f8SAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA+P/M/+X/yf/V/xAA2P8IAAAA8//s/+z/AAD2/xQA7P8AAPP/7P/s/wAA9v8UAOz/5f/r/xgA6v/n/+X/5f/N/+z/7P/Y/9n/FADs/wAA3f/e/+D/IADe/+L/3f/h/+P/1//U/yoA2v/V/9X/1//Y/8z/CAC5/8f/1f/g/wwAy/8AAAAAAAAAAAAAAAAAAAAA1//c/+H/y//i/wAAGQDY/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8VAOv/7//t/+//6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAAAADQAAAOz/xP/r/xQA4//L//X/3P/s/+z/FAAAAO7/7P/s/+z/2v/Y/ykA2v/f/9f/2P/h/+z/7P8UAOz/7P/s/+z/7P/m/9j/HwDd/+j/3f/h/+v/zv/l/9T/2v8NAPX/AADu/wAAAAAAAAAAAAAAAAAAAADV//n/vP+z/9H/vv/U/xsA6//m/+v/6P/r/xUA6f/r/+z/7P/s/+b/7v8UAO3/7P/a/9//3f/z/+z/6P8AABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAN3/3v/r//j/DgDT/+z/6//s/+z/7P/s/+v/FADs/+z/7P8UAOz/7P/s/+z/zP/a/9f/IAAAAOj/7//W/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AAO//6v/q/+b/DQDf//v/7f8AAO//+v/s//P/FAAAAAAAAAAAAAAAAAAAAAAA5P/2/wAAAAAAAAAAHwAAAOr/7P/s/+//7P/r/xMAAAAAABMAAADy/wAA7v/3//L/AAAAAAAAAAAAAAAAAAAAAAwA3f/C/9D/xv/U/+H/EgDs/+z/7P/s/+7/FADs/+z/JQDc/97/2P/W/+z/3//I/9T/3P+v/+3/7//m/wAA3/8AABYA5//P/+L/AADJ/9j/FADs//H/9P/5//n/7P/s/wAAFAAAAO//AADs/+3/7P8AAAAAAAAAAAAAAAAAAAAAFADs/wAA+v8AAOz/7P/y/9b/z//O/8//z/8pAOb/x//v/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAsA9/8AAMf/8//e/x4A6v/I/wsA6/8JAOn/yf/k/+b/wP8AAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACg/7f/7f/N/+D/IQDD//H/8v/6/+f/AAAYAO3/5/8XAOr/6v/z/+v/6f/p/+3/FAAAAAAA+v/j/9//6//Y/+7/8v/3/wAAAADt/+3/FADs/+v/6/8VAOz/5//t/+z/6v8XAOr/6f/m/9//3v/c/9L/AADY//D/7//s/wAA2P/p/+n/9v/q//P/9v/e/yYA7f/s/+z/7f/v/+z/FADw/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/s//f/7f8UAOz/6P/s/+3/5v/o/ywA5//b/wAA1v/r/+n/7P/M/+z/FwDu/wAAvP+w/6n/5f8hALH/AAATAAAA8f8AAO3/9f/w/wAAAAAAAAAAAAAAAAAAAAAOAOz/7f/w//b/8//s/+3/MwDv/+X/0//d/+X/y//N/xQA7//6//n/AADt/+z/+P8WAOv/6//s/+r/5P/r/+v/FADs/+3/7//s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/t/+3/7P/s/+z/7P/s/+3/7f/s/+3/FADs/wAAAAAAAAAAAAAAAAAAAADc/9D/5f/n/9v/FwC0/wAAAAAAAAAA9f8AABQAAAD4/wsAuf/7/6z/5f+r//D/2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/xQA7P/4//P/8v/s/+z/7P/Y/y4A4v/m/9j/5//J/+L/2P8qAN7/1P/Y/9j/1//T/7z/SwDA/8n/x//c/7H/xv/s/xcA6v/q/+z/6//n/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/AAD7/wAA7P/r/+r/6//u/wAAAAAAAPD/FQAAAAUA1v/W/9T/1P/R/wcA1//s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAA0AAADo/+n/2P/b/+T/2P8AAAAAAAAAAAAAAAAAAAAA0v8OANj/r/+j/+f/r//J/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P8AAOf/6//l/8z/AADZ/+z/7P8UAOr/6//s/+v/6v/s/+j/FQDs/+z/6//s/+v/7P/t/xUA7P/s/+n/6v/r/yAA0//p/9f/AADN/97/0f/t//H/7f8AAOz/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+r/AAD1/wAAIADr//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/9X/1//M/9n/+v/m/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/9z/7P8UAOz/6f8AAOv/+v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADZ/+r/2f/Y/+z/4f/k/xIA8v/u/6f/tv+x/wAA+v+y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/xUA+P/7/+z/6//r/wgAAADm/+n/4P/X/+v/1v8AAAAAAAAAAAAAAAAAAAAAAADg/yAAAAAAAPb/5f8AAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDw/wAAAAAAABMA7P/0/wAAAAAAAAAAAAAAAAAAAADs/xQA+v/x//f/7P/s/+//9/8AAAAAAAAAAOz/6f8sAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f8UAPH/9v/v/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAOH/KAD5/wAAAAAAAAAA7f/s/+//7v/v/xQA7P/s/+n/6f/r/+v/6//k/+v/FgDq/xcA+v/w/+z/7P/k//j/AAAAAAAAAAAAAAAAAAAAABsA5f/3//b/7//r/9H/3v/L/+n/4v/r/97/6P8fANX/AAAAAAAAAAAAAAAAAAAAAOL/5/+t/97/sP/p/9//2P/i/+b/sP/S/+7/AACT//H/AAAAAAAAAAAAAAAAAAAAAMz/7P/V/9T/IQDq/9H/vf8AAAAAAAAAAAAAAAAAAAAAAADD/8L/w//4//f/AACx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7v/s/+v/7P/7/+3/AADv//r/7P/z/xQAAAAAAAAAAAAAAAAAAAAAAPD/AAAXAO//8P/j/+r/6v8UAPP/+P/1//v/AADt//L/FQDs/+//8/8AAOz/2f/x/+n/AADn/+T/3f/U/w4A8f8AAAAAAAAAAAAAAAAAAAAA8P/q/+r/5v/r/+v/FQDr/+v/8P8AAO3/7P/s/9z/FgDy//v/AAAAAAAAAAASAAAA3f/s/+v/6f/s/+z/AAAUAAoAn/+z/83/uf/b/+P/AADn/+L/4v/Y/9//EwAAANf/AAD7/wAA+v8AAPP/CgAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAD6/wAA1f/L/+z/7P/w/+D/KwDl/+v/6v8VAOz/7P/p/+v/6P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/+T/5P/i/9z/5v/f/x0A1P8UAOz/7P/s//P/7P/s/+z/3P/o/xwA5//Q/9H/8f/R/+j/6P8VAOn/6//o/+v/6//u/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAAAAAADp/wAAAAAAAAAAAAAAAAAAAAAAAO7/7P/K/+b/EwDh/97/FADp/+v/6f/b/+v/4/8XAOz/EAAAAAAAAAAAAPn/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/t/+7/7v/6/xQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/Y/9r/FAAAAOP/2P/f/xoAAAD5/wAA+//h/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/+z/FADs/+z/7P/w/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAN//EgDt/wAA2f/n/9v/AADs/+r/7P/t/+n/FADs/+z/AAAAAAAAAAAAAAAAAAAAABYA6//q/+v/6//q/+r/4//r/+r/FQDh/+z/6v/r/+n/FADs/+z/7f/t/+z/7P/s/+z/7P/s/+v/7P/s/xQA7P/s/+z/7P/r/+z/7P8UAOz/IgDO/5v/gv/z/77/gP/R/wAAAAAAAAAAAAAAAAAAAAAVAOz/+f8AAOn/6//e/+3/FADs/+3/7v/3/+z/7P/s/+z/7P/t/+7/FADs/+z/7P8iAOz/7P/q/+v/5P/p/9j/FADt/+z/+v/u/+3/7P/t//b/AADy//r/AAASAPX/AAAAAAAAAAAAAAAAAAAAAAAA6P/4/xQA5P/h/+b/9v/m/+z/7P/s/xQA7P/v/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAO3/xP/X/9j/+v/G/9L/GwAAAAAAAAAAAPP/5f8AAKr/3f/q/w8Atv8IANf/z/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t//j/7P/Y/9j/JADs/+z/7P/s/+7/FADs/+z/8P/I/wwAxv+Y/+H/6f8AAAAAAAAAAAAAAAAAAAAAAADt/+7/8//z//T/7f8UAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApAOT/7f/w/+7/5f/X/+3/8f/s/+v/9v/1/+z/FADs//f/8f8AAAAAAADx/xIA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FwDq/+n/5v/f/97/3P8XAPb/AAAAAAAA7v/5//j/AADp/+P/4v/p/xQA1//r//j/+//b/9L/8P/G/83/0f/s//X/AAD3/wAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/AADQ/9X/5v/2/+3/AAAAAAAAAAAAAAAAAAAAAPf/IgDx/+z/9P/3/9v/7f/i/yEA3v/g/9z/2P/q/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/5f/b/9T/BQDf/wAA2P/I/+D/6//m/9L/0f8yANz/5f/m/+f/GADY/+X/6v8pAMr/zP/R/7z/HwC6/9D/9P8AAAAAAAAAAAAADwAAAAAA8v8AAAAAAAD5/xEAAAAUAOz/7P/s/+z/7P/s/+z/EAAAAAAAAAAAAPf/8v8AAPT/9P/1/wAAAAATAPj/+P/N/wAA2P/P/+P/6v8SANr/7P8UAOz/7P/t/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADm/wAA6P/o/9j/3P/3/wAAAAAAAAAAAAAAAAAAAAAAABUA6//r//D/7P/q/+z/7P8UAOz/7v/s//T/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6P/t/+z/6f/r/xQA6//k/9D/1v/Y//D/CgAAACgA5f/r/+z/8//j/9j/3/8AANj/2P/Z/+j/2P/X/xIA6v/Y/+z/6v/r/+f/6v8WAPf/8f8AAAAAAADx/xIA9v8AANr/2P/i/+P/2P8AAOb/AAAAAAAA7f8AAOf/6P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/wAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/9z/2P/Z/93/4f8nANn/3/8AAAAAAAAAAAAAAAAAAAAA1/8OANP/3v/J/+3/AADr/+z/7P/s/+z/7P8UAOz/7f/T/9b/1v/k/83/4P/U/zIA7P/s/+z/+v/y/+3/FADy/yMA2v/i/+n/6//W//H/2v8AAAAAAAAAAAAAAAAAAAAA0f/Y/8b/1//q/yAA7//T/xQA7P/s/+z/7P/s/+z/7P/E/8b/pP/w/7T/uv8AAB4AGADr/+r/7f/s/+n/5f/r/9X/5v/p/+z/7P/q/xkA7P/Q/93/9f8AAPj/AAAwAAAA0v/1/9P/0f/X/xEA4v/U/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/u/+z/7P/s/xQA1P/U/9b/x//Y/9P/KwDX/+z/7P/2/9f/8v/o/ycA2P/Y/9f/0//j/9z/KwDX/9f/AAAAAAAAAAAAAAAAAAAAAOv/5//r/+v/6//r/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/t/+n/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/8T/zv/I/xMAAADU/9T/AAAAAAAAAAAAAAAAAAAAAOf/6f/l/9r/2P/j/wkAAAAAAAAAAAAAAAAAAAAAAAAA6//Y/+X/2f8RANj/1/8AABoA5f/q/wAA8P/m/+b/5//q/+v/7v/w/+z/7P8WAOz/7P8AANH/1v/g/9j/CADg/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7f/s/xQA1//X/9z/2v/i/yQA1v/s/wAAAAAAABoAAAD4/+//AADd/xYA6f/r/+r/3v/2/+r/AAAAAAAAAAAAAAAAAAAAAOD/AADm/+r/6v/m/w4A6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/s/+//8f/0v+7/y4A0P/u/xQA7v/w/+7/7P/u//H/AAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/d/wUA6f/r/+z/6//s/+z/6/8UAOz/7f/s/+z/AADs/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAeAAAA5f/f/9T/0f/G/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5f/z/+b/AAAAAOz/FQDn/+X/8//m/wAAAADs/xUAAAAUAAAA7/8AAOz/7f/s/+z/6//w/+z/3v/Y/xQAAADY/+z/7P8AAO//FADp/+z/DADn/+v/6f/b/wAA1//p/+z/7P/t/+z/7P/s/xQA7P8UAAAA8P8AAPT/7P/s//H/6v8VAOv/6//r/+z/7P/p/+z/7P/s/+z/7P8UAOz/7f/W/+P/1/+k/53/wf/u/wAA8P8UAO//7v8AAPX/7P8AAOv/5v/r/+j/6/8VAOn/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO3/9f8AAPj/9v/r//L/9v8AAAAA7P8AAOz/AAAUAOz/6v/q/+3/7//r/xUA7P8RAOn/7P/b/+v/1v/p/wAAGQDg/+n/6v/q/+j/6v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8TANj/3f/t/9j/AADf/xgA5P/r/+L/6f/Y/+j/7P8UAOz/7P/s/+z/7P/s/+z/9P8AAAAAAAAAAAAAEQAAAKf/3P/T/+z/y/+7//j/+f/j/+T/4//U/+P/2f/i/x4AAAAAAAAAAAAAAAAAAAAAAOr/3f97/+v/CQAAAJv/0//s/xQA7P/s/+z/7P/s/+z/7P/c/+j/z//p/9//1P8VAOz/FADs/+z/7//v/+z/7P/s/+z/zv/c/9r/2f8RAAAA5//t/+r/7v/v/xQA4f/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/6v/v//T/6f/r/xQA8/8AAAAAAAAAAAAAAAAAAAAAFwDr/+n/6f/s/+v/4f/q//L/FgDw/+3/7f/w/+f/9f8AAOD/6P/Z/+j/zv8JAN3/7P/p/+n/6//s/+v/FwDr//n/7/8AAPn/AAAbAO//+P9PALf/sv+5/5v/z//O/6P/OgDB/8r/yP+9/93/zP+x/xQA8f/z//D/9f/s/+z/7f8NAOf/1//G/8f/tP/c//r/MADj/93/3v/e/8H/0//R/yIA2P/Y/9//6v/f/+r/6//B/87/wP/c/wAA+f/D/wAAAADt//P/FQDt/+z/7P/q/wAA2P/p/+r/AADZ/+f/AADr/+n/7//t//D/6/8WAO7/AADo/+n/3f/r/9P/AADo//j/6f/z/wAAAAAbAOv/AAD5/xYAAAAAAAAAAADr/wAADQDZ/+f/6//r/+T/5f/5/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQA7/8WAPr/+f8AAAAA6/8AAOz/7P/s/+z/7v8UAOz/7P/s/+z/8//5/xQA7P/s/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADf/8j/EwDS/9b/xf/6/8v/7f/f/9z/3v/n//b/DQDg/wAAAAAAAAAAAAAAAAAAAADM/9f/0v/E/9b/EAAXANj/AAAAAAAAAAAAAAAAAAAAAOz/7v/t/+z/7f8UAOz/7P/j/+j/4//l/+j/GQDj/+v/7P/t//D/8f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5//v//X/8v/r/+v/FwDW/9H/8//m/7//0//V/0cA0P/d/9T/5v+1/8D/x/86AOz/7P/t/+z/7P/s/+z/FADr/xUA6//r/+v/6//r/+r/2P/r/xQA7P/s/+v/9//s/x0A+f8AAAAAAAD3/+T/AAD4/+j/AAAAAAAAAAAWAPr/AAAAAAAAAAAAAAAAAAAAAAoAAADV/+f/5f/q/9b/2f/X/w4A4//n/+L/4//r/wAAAAAAAPH/1//z/+z/2v/R/9H/0//U/9X/4//U/8v/JQAAAAAAAAAAAAAAAAAAAAAAy//R/wUAv//i/9T/EQC//wAA7P8AAAAAAAAUAO3/AAAAAMX/4f/Y/xgAz//L/8n/7P/s/+z/7P/s/xQA7P/s//n/AAAAAAAAAADy/xMAAAAAAAAAAAD0/xQAAAD4/+v/EAAAAAAAAAAAAPn/9/8AAAAAAAAAAAAAAAAAAAAAAAD7/9b/1P/l/9n/2P8GAOr/AAAAAAAAAAAAAAAAAAAAANj/4P/E/8j/1v/f/y4AyP/X/9j/GQDi/+3/2//o/wAA5v/m/+j/GQDq/+r/2v/o/9//kv+//+H/2f9DAPT/ov/o/xYA7f/y//f/7v/m/wAA6f/q/+z/AADw/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P/4//P/8f/q/xcA8v/s//f/AAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAND/yP++/wsAtv/y/83/HAAFANH/1f/I/+b/+v/P/wsA6/8UAOz/7P/s/+z/7P/s/+v/FgDs/+r/7P/p/+v/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/xAA6v/r/+v/4f8AAOv/AAAAAAAAAAAAAAAAAAAAAOv/6//q/+v/6//r/+z/FQAAAPX/tv++/8X/vv/z/77/AAAAAAAAAAAAAAAAAAAAAAUAIADV/+P/4f/S/8z/5P8AAAAAAAAAAAAACAAAAAAA1P/n/xwAAADW/9z/5v/T/+b/+f8TABUA8f/Z/+r/6/8AAAAAAAAAAAAAAAAAAAAA6//r/+r/6//r/+v/7P8VAAAA7f8AAOz/AAAVAOv/7v/s/+z/7f/s/+z/7P8UAOz/+P8OAPj/+f/p/+b/+f8NAAAAAAAAAAAAAAAAAAAAAADs//r/AAAAAAAAFAD4/wAA+v/u/xYA7P/6//D/6v/r/+z/7P/s//r/8v/t/xQA8v8AAAAACQAAAAAAAAD7/wAA7P8UAOz/7P/s/+z/7P/s/xQA2//a//b/9//o/+7/6/8AAAAA9P8AAAAA9/8XAAAA9f/D/wAA1v/R/xAA6P/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf/l/+3/6//Y/+n/DgAgAOz/3//s/+v/8v8mAM7/3v/r/+v/6v/V/wAAAADz//T/AAAAAAAAAAAAAAAAAAAAAMr/5//Y/xQA3f/p/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/4f/M//D/vP/x/8X/r//s/+z/6P/r//n/7P8VAOP/AAAAAAAAAAAAAAAAAAAAAO3/5v/n//X/AADq/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAANAPn/6//l/9v/AAAAANv/AADm/+v/7P/m/+z/7P/Z/xYAAAAAAAAAAAAAAAAAAAAAAAoA6//s/+v/6//o/wcA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAN3/yf+y/77/yf/0/6z/FAD7/+z/6v/t/+z/6v/t/wAAAAAAAAAAAAAAAAAAAADs//r/AAAAAAAAFAD4/wAAAAC1/9j/zP/Q/ysAz/++/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//p/9n/7P8AAN3/5v8AAAAAAAAAAAAAAAAAAAAA6//w/wAA7f/s/+z/3P8WANf/6v/h/+L/JwDo/+D/3v8AAPn/AAAAAAAA+/8AAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/xIA6f/q/97/AADq/83/6//p/+//6//s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/r/+z/6//s/woA1f++/7n/y/+y/xAAwf/Y/9f/3v/x/9j/1f8pANn/AAAAAAAAAAAAAAAAAAAAAAAA+P8rAPL/AADy/+T/AADY/xQA2P/s/9r/AADY/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/xEAvP/I/9H/1P8AANj/6v/j/87/+/+3/woAAADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+L/AAD0/xQA6//q/xYA6//q/+r/8//r/+3/AAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAPn/9/8AAN7/7P8dANv/4//q/97/4P8AAAAAAAAAAAAAAAAAAAAA1P/U/9b/1f/o/wAACADT/9j/KQDb/+D/6v/p/9b/4f/Z/+v/7P8UAOv/2P/r/wAA7f/x//j/9//4/+v/FQD7/7L/wf/2//j/4f8jANz/0v+u/7b/zv/6/6j/FwDf/+r/6f/r/93/1//h//X/EgDI/wAA4P/l/9j/0f/S/wAA7f/i/+r/5f/n/xMA+v/q/+j/7/8VAOb/6//1/+b/7P/x/+//FQDm/+v/9f/m/+z/8f/p/9z/6v/a/+j/LgDP/9f/9P8AAAAAAAAAAOz/8P8UAOz/7P/t/+z/7P/s/xQA7P8UAOz/7f/s/+z/7P/s/+z/IgDJ/+L/4P/n/+H/4P/U/wAAAAAAAAAAAAAAAAAAAADw/+r/6f/3/+v/6/8WAOr/LQAAAAAAAAAAAND/2v/4/xQA7P/t/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/2f/e/9j/1f/u/9f/7P/t/+z/7v/v/+z/FADs/7D/5P/z/+r/wf/c//P/tP8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/t/+z/FADs/+z/7P/s/+z/7P/X/+z/7f/t/+7/7f8oAOz/+f8VAAAAAAAAAPf/8v8AAPT/4/8AANj/6P8UAOf/3f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/97/5v/r/+L/5f/T/9r/IAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/6//s/+z/7P/r/xQA6/8AANn/3f/n//L/AADb/+z/EgDI/7T/tv8YANT/2P/z/+v/+//u//n/AAAVAOz/7f/U/+v/z//l/9P/1/8aAPT/2/8pAMr/2//j/9D/2P/X/+//7P/r/+f/6/8AABIA2P/q/+f/6f/u/+z/6v8WAOn/AAAAAAAAAAAAAAAAAAAAABQA7P/3//L/8f/s/+z/7P8UAO3/9/8AAO3/7v/s//b/AADZ/9X/uf/Z/+r/BwDs/+r/6//p/+z/7f8YANr/6v/s/xUA7P/s/+z/6//q/+v/0v/M/ykA1P/R/+n/yf/O/+z/7P/0/wAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAxP/Z/9f/3P/X/wAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8UAPj/7v8AAOz/8P/t/+T/7f8fAO7/9/8SAOz/7//r/xYA7P/q/+z/6f/r/+j/yP/P/9P/8//Q/8//GwDL/xQA0P/H/8//5//S/xkA1v/q/9D/1f8AAOn/2P/q/xAA7P/n/9j/7P8UANj/AADr/67/2//G/+j/3P/a/yQA5f/r/+z/6f/s/+z/6v8VAOz/7P/s/+z/7P/s/+z/FADs/+z/6f/p/+v/7P/r/xcA6//u/wAA8v/s/+z/DQDF/+b/sv/h/8D/wf+7/xkA4f8IAOz/7v/2/wAA9P8UAO3/7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/2/xUA6//s/+v/FADL/83/7P/h/wAA7P8AAAAAAAAAAAAAAAAAAAAA6//Z/xQA6v/x/xEA4v/V/wAAAAAAAAAAAAAAAAAAAADx/+z/6//2//X/7P8UAOz/5//l//P/5v8AAAAA7P8VAA0A0v/a/+H/2v/r/9P/BgAAAAAAAAAAAAAAFAAAAOz/0v/T/9L/1P/a/9T/1f8qABIA6P/t/xQAAADe/+z/AAAAAM7/8P/W/wwAuv/4/+b/FADw/wAAAAAAAPD/7P8AABQA8f8AAAAAAADs/+z/AADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/+P/u//D/6f8XAPT/FADs/+3/8v/t/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/1v/L/wAAAAAAAPn/+v/L/+z/7P/s/+3/7f/s/xQA7f/q//L/+v/r/+z/GADi/+r/7P/s/+z/7f/s/+z/FADt/+v/7P/s/+//7P/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAwf/s/9X/1//J/7P/4v8SAN7/HgDn/9f/1P/l/7//2v8bAO7/7f8AAPD/7v/j/+3/IQDO/9v/1f/a/9H/4P/Z/wAAAAAAAAAAAADv/xEAAAAYAOv/7//5/+z/6v/o/+n/7P/r/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADw//X/AAD4//j/7/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/q//n/6f8WAO3/AAAAAAAAAAAAAAAAAAAAAOj/2v/o/+X/6f/j/+f/GwAAAAAAAAAAAAAAAAAAAAAA7P/u/+v/7f8AABQA7v/w/xQAAAAAAAAAAAAAAOz/AAAAAPL/AAAAAPL/8v/s/xQA6f/q/+r/6f/x/+z/FADs/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s//f/7P/s/xQA5v8VAOr/7P/r/+v/7P/s/wAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAA7P/w//D/7/8AABQA7P/t/wAAAAAAAAAAAAAAAAAAAADa/+f/5f/r/+z/6v8iAOv/AAAUAOX/2//s/+P/2f/f/yIA7v/u/wAA8//t/9r/7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAVAOv/7P/s/+f/6//r/wAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA9P8AAAAAAADt/9//AADE/8n/6//a/9z/5/8YANv/7f/u//T/9v/s/w8A7P/2/xkA5v/o/+j/7f/g/+j/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKz/zP8FAAAA3f/o/63/DAAAAM//2//T/9L/6v8MAOb/7P/s/+//8f/1/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f8AAAAAAADs/+z/AADs/+r/7P/s//T/FADs/+z/6f/d/9n/2v/x/w8AAADb/+H/y//J/9r/2f8cAOj/8v8AAAAAAAAAAAAAAAAAAAAAFgAAAPj/AADu/+T/6//y/97/zf/M/9z/1v/O/zQA6P8AAAAAAAAAAAAAAAAAAAAA5/8WAOn/6v/q/+j/6v/q/+z/7P/t/+3/7f/s/xQA7v/A/zkA3P/F/8z/xf+7/6r/y/8AANT/4P/V/9X/DADS/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAN7/0v/m/+X/2P8LAND/1v/s//H/7P/s/+z/FwDs/w8Awf+x/6T/+v/u/8X/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv/N/8D/BwDF//j/IAC9/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/j/xwA5P/5/+r/5P/l/9j/2f/k/9f/6f/v/ycAxP/5//H/AAAAAAAA9f8pAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/t/xQA7P/n/x0A5v/s/+b/5f/i/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAD6/wAA7P/s//L/AAAPAAAAAAD0/wAA+f8AAOv/4P/m/+D/5//h/yMA4P8AAAAAAAAAAAAAAAAAAAAAGwDx/+T/6f/t/9j/5f/k/woA+f/J/7X/1v/W/+//6//W/9T/2v/i/+P/5v8nAOT/u//i/73/x/8yAMD/x//q/+P/9v/L/8b/u/+r/8z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5f/j/+b/5v/n/xsA5f8AAAAAAAAAAAAAAAAAAAAA2P/4/wAA+P8AAOD/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+3/7P/x/xQA7P/s/+j/yf/x/8H/KQDE/9z/3f/q/+3/7//u/xQA8P/s/+z/FQDr/+3/8v/0//H/7P/q/wAAAAAAAAAAAAAAAAAAAADs/9//7P/t//X/HADW/+j/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/xQA7P8KAMT/sf/T/7H/4f+e/wcAAADf/6j/sf+Y/8b/uP8WAOL/3//l/xgA4//s/+f/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/NgDp/9b/2P/S/9P/yv/i/x0A5P/n/+n/5f/j/+f/+f8sAJv/wv+u/8H/zv+d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f/r/+v/7P/n/xYA7f/s/+z/7P8UAOz/7v/j/+v/GwAAAAAAAAAAAPP/5f8AAOz/7P/t/+z/7f/r/xQA6v/o/+b/6f/q/+r/5/8XAOn/AAAAAAAAAAAAAAAAAAAAAOj/3v8XAN7/8f/l/+r/6f8IAN3/4v/3/9z/u/8GANT/GQAAAPf/AAD4//f/5//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQA3//u/wAA8v/0/wAABwDz/9v/6P8AAOr/7/8AAAAA6f8cAAAAAAAAAAAA9f/g/wAAEQDS/9X/yv/j/+j/BwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQAAADs/5n/1/+//4v/3/+x/wAAAAAAAAAAAAAAAAAAAADV/67/rP/Y/9b/tf9EAMr/6v/L/9L/yv/N/9X/IgDc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/t/+z/7P/D/xoAxP/c/7j/6v/b/9b/1//1/6f/9P+Y/57/6P/4/wAAAAAAAAAAAAAAAAAAAADY/w4A6P8AAOL/1//p/+b/7//5/+7/6v8QAN7/6f/l/83/OwCw/7T/1P+6/9L/3v/p/ykA3v/a/9j/5P/m/9j/7P/s/+z/+v/y/+3/FADy/+z/7P/t//T/+v8UAOz/7P/M/xAA1/8AAMr/0f/i/7T/AAAAAAAAAAAAAAAAAAAAAAAAGwAAAAAAAAAAAOb/AAAAAAAAAAAAAAAAAAAAAAAA4//X/9X/y//b/97/8v8kAO//KQDs//L/9//z/9j/7P8UAAAA2v/r/9j/4P/o/9n/AAAAAAAAAAAAAAsA9/8AABQA7P/v//X/8P/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAADy/9n/1//Z/w8Ay//c/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9//5P/s/9n/BQDf/+//5P+s/7j/5v/f/xAAsP8AAOz/7P8UAOf/6//Y/+j/w/+//4T/FwCp/4r/JgCh/xsAAAAAAAAAAADu//H/AAAfAOz/AAAAAAAA0v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfAL//vf+5/6v/AADD/9//7f/s//X/8P/t/xQA7f/s/wAAAAAAAAAAAAAAAAAAAADI/87/1v/Y/zAA6P/R//D/FQDp/+j/6v/Z/9r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADX/xoA3v/o/+j/5f/1/+X/AAAAAAAAAAAAAAAAAAAAAL7/0//N/9f/1P/4/zgAu/8AAAAAAAAAAAAAAAAAAAAA7f/s/wAA7f/v/xQA7P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/r/+z/FADs//j/GQD1/wAAAAD4/wAAAADV/+j/1f/w/9D/AAD5/8f/+P/s/+7/FADt/+z/7f/s/9//9/8AAAAAAAAAACEAAADs/+z/7P/v/+7/FADs/+3/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/6//k/97/xv8TAMz/AAD5/+z/+f/t/wAAFADt/+7/AAAAAAAAAAAAAAAAAAAAAOL/yv/d/9P/1v8mANf/5/8AAAAAAAAAAAAAAAAAAAAAFADs/+3/7P/s/+z/7P/s/9j/4//g/9r/5P/h/x8A3f/c/wAA7v/0/wAAEwDf/9//w//W/7T/2v+3/wgA9P/U/8f/5f/I/8f/zf/e/yQAz//s/+z/7P8UAOz/7P/s/+z/xP+2/83/zf/w/zwAvf/f/97/6P/Z/+3/2f/y/+j/AAAAAPL/AAAUAAAA8f/s/wAAAAAAAAAAAAAAAAAAAAAAANj/5v/Y/9j/3P/X/yQA2f8QAOP/8//4/wAAAAD6/+r/CQAUAOv/6f/Y/8f/6//0/wAA4/8AAOL/5//X/xoA4/+9/+b/6//R/+f/yv80ANT/3v/X/9v/4f/X/+j/KADc/9//6//s/9n/7f/S/xsA7f/l/5//FACM/4//KQD2/4P/7P/s/+z/7P/s/xQA7P/s/+z/7P8UAAAA7f/s/+z/7P/7/+3/AADv//r/7P/z/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7f/E//b/uf/H/9X/GwDH/83/EQDs//j/7//s/+n/2f8VANH/4f/s/93/2v8dAOj/0v8AAAAAAAAAAAAAAAAAAAAA6v/H/6v/qP+w/yAAzP8AANb/xf/o/+P/0/9KAMv/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/FQDp/+z/7P/s/+v/7P/s/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAO//0v/J/8f/wv+5/yUAxP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+3/7f8AAOz/7P8GALL/5P8AAL7/3f/k/xkA1P/s/+z/FAAAAO3/7P/s/+z/FADs/+z/7P/v/+z/7P/s//b/+/8AAAAAAAAbAAAA+v8VAOz/9/8AAO3/6//f/+r/+P8AAAAAAAAAAAAADQAAAOz/3v/d/+r/3v/S/9H/GwAAAAAAAAAAAAAAAAAAAAAAGgAAAAAAAAAAAAAA6P8AAOr/7f/v/+7/FADw/+z/7P/r/+f/6//l/+v/HwDe/9L/7P/s//r/7P/t/xQA7P/s/+j/7P/t/+z/7P8YAN3/4P8iAAAAAAAAAAAA9f/h/wAAAADy/wAA9f8AABEA+f8AAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/3/+z/7P8UAOv/AADs/+z/7P/h/xMA7P8AAAAAAAAAAAAAAAAAAAAA6//q/+v/6//s/+v/FQDr/87/3P/B/8r/3v/n/xoA3P8AAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAJABQA9f8AAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAFADw/+3/7//t/+7/7P/t/+v/7P/s/+3/7P8UAOr/7P/u//L/9/8AAAAA7f/t/xQAAAAAAAAAAAAAAAAAAAAAAPX/3v/D/+X/AAAAALL/4//F/87/+P8AAMX/z//y/xIA7P/s//P/4f8AAO3/7P8AABQA7P/s/+z/7f/s/+z/7P/f/yUA7//y/+v/3//r/+j/AAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/s/+v/9v/1/+z/FADs/wAAAAAAAAAAAAAAAAAAAADi/9f/3P/W/9f/6P/X/ygA6v/n/+n/7v/s/+r/FgDp//b/yf/D/4H/3//Y//T/9f/s/+v/FADs/+7/6//s/+z/6P/7/wAA+P/0/+H/+v8AAAAAAAAAAAAAAAAAAAAAAADl/+H/+v/6/wAAGgDq//v/AAAAAAAAAAAAAAAAAAAAAOn/6v/p/+b/6//r/xUA6/8AAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/Z/+z/4/8HAOv/AADs/+3/7P/5/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA9//O/8T/zf+v/83/6//t/+z/+f/s//H/7P/w/xQAAAAAAAAAAAAAAAAAAAAAAAAA6v/i/9n/5v/0//r/4/8AAAAAAAAAAAAAAAAAAAAA7P8JAO3/8v8AAOb/EAD6/+z/7P8UAO3/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//p/+//7f/w/+v/FgDu/+z/7P/s/+z/7P/s/+z/FAAAANn/6v/l/9//BwDY/+v/AAAeAAAAAAAAAAAA6P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/9P8AAAAAFADt/+z/7P/s/+z/7f/s/+z/FADs/wAAzf/o//j/8/8AANP/6//v/+//7/8AAAAAEwDz//D/u/8ZAAAAnf+t/3L/w//g/+z/7P/h/+X/FQDs/+D/2P8VAOv/6v/y/+z/6v/r/+r/AAAAAAAAAAAAAAAAAAAAAOv/7P/u/+v/7f8UAO3/8v/q/+r/6f/o/+r/FgDm/+v/AAAAAAAAAAAAAAAAAAAAAPr/EADq/+r/7P/d/+j/1/8UAO3/AAD7//L/9P/r//b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAA5v/m/wAAAAD6/wAAGgDz/wAA+v8AAAAAAAAJAAAAAACk/+r/4P+1//b/u//n/wAAAAD6/+//7v/x/xEA5P/O/+z/7f/z//n/8f8UAO3/7f8AAAAAAAAAAAAAAAAAAAAAFADu/+3/8//4/+z/7P/s/wAAEwAAAAAAAAAAAO7/AAAAAPn/AAAAAAAAIAAAAPL/8//Q/+b/4v+2/7D/FQAAAAAAAAAAAAAAAAAAAAAAAADF/+v/7f88ANn/1/+q/9P/4v/l/wAACgDo/9b/1v/W/xUA8//z/+7/7v/r/+v/7P/F/9v/FADp/9j/3//a/w8A7f/r/+f/7P/s/+T/7P8VAAAAAAAAAAAAAAAAAAAAAAD3/xIA1v/T/9b/xf/R/8j/AAAAAAAAAAAAAAAAAAAAAMr/1f/3/+j/7f8NABgAvf/W/9z/1f8dANn/zf/k/9//3P/T/9z/1P/o/9r/JADn/wAAAAAAAAAAAAAAAAAAAAAWAOn/6//r/+v/6P/p/+r/7P/r/+v/6//s/xYA6P/p/xUA7P/y/+//7v/s/+v/7f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/9H/4v9FALv/r//M/8T/vv/q/+L/GQDt//D/8P/p//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/sP/Z/9T/tf8SAO3/CQDe/+r/6f/p/+X/2f8cAN3/5P8tANH/zP/s/83/4f/R/+z/6//s/+X/6//o/+X/FwD6/+n/7//w/9n/5v/g/yUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/5v/o/+n/3P/a/wgAAADt//H/+P/3//j/6/8VAPv/CAC9/8L/x//M/7H/CQDV/wAAAAAAAAAAAAALAPf/AADn/wYAz//X/+z/zP/g/+r/DADX/+z/2//n/8n/zP8SAAAAAAAAAAAAAAAAAAAAAAC8/9L/4v/x/9P/t/8JAAUA3v/r/+n/7f8SAN7/6P8AAJv/wv8AAAYAv//G//X/2//5//D/6P8AAAAA9P8fAPb/8v/7/wAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAkAAAAfAOz/AAD5/wAA3v/2/+7/7P/O/+r/6//q/xQACQDV/wAAAAAAAAAAAAAAAAAAAADp/wAA2//j/9z/6v8AAOX/AAAAAAAAAAAAAAAAAAAAANj/5v8AABQA5v/a/9b/3v9HAOf/n/8PAKb/p/+t/6X/AAAAAAAAAAAAAAAAAAAAANn/HADp/+v/2P/v/+r/7P/s/+z/7P/t/+3/FADs/+z/4v8UAAAA3f/m/+T/3v/y/wAAAAAAAAAAAAAAAAAAAAAUAO3/7f/u/+z/7P/s/+z/AADy/wAAAAAAAPn/EQAAAOr/6P/q/+r/6v/o/xcA6f8AAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAAAA6f8AAOz/7P/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7P/r/+7/8P/s/+v/FADt/wAAAAAAAAAAAAAAAAAAAAD5/+r/1v/Z/+z/0/8AANf/AAAAAAAAAAAAAAAAAAAAAPD/5v/k/9z/4/8SAPD/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+z/FADs/9L/6f/V/9H/x//k/+n/uP/t/wUAAAAAAAAAEQDi/wAAAAAAAAAAAAD4/+z/+f8UAAAAAAAAAAAAAAAAAAAAAADs/+P/+v8AAPr/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AADs/+z/7P/t/+7/FADs/+7/6//q/+z/7P/t/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/t//H/7f8AAOz/7P/t/xQAEQAJAMb/7//Q/7j/x//K/+z/7P/s//L/7v/s/+z/FADs/+z/7P/v/xQA7P/s/+z/7P/s/+z/7f/s/+z/7P8UAOz/8P/w/+//AAAUAOz/7f/Y/wAAyP/4/87/2f8RAM3/0P/k/8X/EgAAAL//3P8QAOz/7P/q//j/FADr/+r/AAAAAAAAAAAAAAAAAAAAAAAA7P/0/+7/AADs/+z/FADu/+z/7P/q/+z/7P/r/xQA7P/s/xQA7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/wAA6v/r/+n/FgDT/wAAAAD6/wAAAAAUAAAA+f/Y/9f/3v/x/9j/1f8pANn/AADA/9f/5P/Z/9T/AADM/+z/FADs/+z/7P/s/+z/7P/s/xMA6//s/+n/3//5/+z/AAAAAAAAAAAAAAAAAAAAAOv/6v/p/+D/6//s/xYA6v/S/8b/wv/M/97/HgDo/8H/7P/u/+z/7P/s/9n/7P8VAMv/yf8UAMf/z/8PAMn/5P/r/+r/8f/2//T/FQDr/+r/AAAAAAAAAAAAAAAAAAAAALL/uv/g/9v/1P/B/wAADwDr/+r/xP/n/+X/yv8tAOD/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7//s/xQA7P8AANb/1v/y/9v/2f/2/+r/7//s/+z/7//s/+z/EwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/93/6v/o/+z/uP/6/wAAEADX/9T/wf++/w4A5P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7v/q/+n/6v/o/xYA6/8PANX/0f/n/+b/zv8AAPP/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAVAOT/8//Q/wAA1P/z//f/AAAAAAAAAAAAAAAAAAAAAOP/FwDo/+v/6//m/+r/6P/r/+z/7//1/+3/9f8VAO7/xP+n/47/y//U//T/AAAPAAAA9v/u/wAAAAAlAPX/AAAAAAAAAAAAAAAAAAAAAAAAFADZ/+v/5//p/+j/7v/s/+z/7f/s/+7/7//s/xQA7P8cAPT/AAAAAAAA7f/f/wAA0P/f/6H/IACY/9X/5v/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA+P8AAAAAAADs/+f/AADt/xQA7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/+D/KADF/9z/1//1/+H/2P/U/+r/w//F/9D/GQDT/wgA1P/P/8n/sv8GANj/EADs/wAA2f/6//L/3v8AANz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADr/xsAAADn//r/6P/c/+P/GwDu/+3/AADw/+7/4//t/9f/3P/n/+X/FQDP/9r/DgAjANn/6//Y/9z/2v/W/+3/AAAAAAAAAAAAAAAAAAAAANj/2P8QANv/6P/v/8z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/F/+r/vv+6/9X/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/1//P/+7/2f/M//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9f/x//E/zkAuf+7/+7/7f/s/+7/7f8UAOz/7P/s/wAAAAAAAPn/8P/x/+D/+v8AAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAA+v8AAPr/1P/S/8v/0f/U/xcAs/8AAAAAAAAAAAAAAAAAAAAAvv/H/wAAxf/T/y4AAADH/xUA7P/u/+v/8//r/+r/+P/r/+b/6//o/+v/FQDp/+v/7P8UAOz/7f/t/+z/7P/t/xQA8P8AAAAAAADw/+z/AAAAAAAAAAAAAAAAAAAAAAAA4//i/+j/6//q/+n/GADq/wAAAAAAAAAAAAAAAAAAAADq/wAAy//U/+f/CwCp/9P/7P/w//D/7/8AABQA7P/t/wgA2P/x/+z/AADm/+v/7P8YAOv/6v/t/+z/6f/l/+v/7P8VAOz/7P/t/+r/5//s/+z/8/8AAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAABQDS/87/yf/V/7j/BwC8/+z/7P/s//r/8v/t/xQA8v8AAAAAAAAAAAAAAAAAAAAA5f/z/wAAAAAAAAAAHgAAAOn/6//y/+v/7P/r/xYA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/53/sv+i/8P/rf+//9P/WgAXAO3/AAAAAAAA6//p/wAA1/8qAN7/2P/Y/9b/1v/Y/wAAAAAAAAAAAAAAAAAAAADy/9z/LQCn/8f/w/+x/9L/FADz//j/9f/7/wAA7f/y/wAAAAAAAAAAAAAAAAAAAAAIAOj/5v/r/9r/1v/y/+P/8v/g/+D/1P/l/+r/EgDm/xQA7f/z/wAA8f/s/+z/8//s/9n/6f/Y/+r/JADe/9n/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADS/9b/AAC+/67/6v/T/+v/AAAAAAAAAAAAAAAAAAAAAO//7f/s//L/8f/s/xQA7/8AAOz/7P/s/wAA7P8GAOz/CQDi/9v/3P/p//L/2f/b/wAAAAAAAAAAAAAAAAAAAADK/9z/6//t/9f/5f+a/ykAAAAAAAAAAAAAAAAAAAAAALf/zv/i/+b/AAAAAMP/5v/s/+z/6v/s/+z/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/s/9z/7P/w/9v/EAAAAOz/6v/s/+3/6f8UAOz/7P/s/+r/6//u/9b/6v/l/xkAGQDg/+n/6v/q/+j/6v/m/9//zv/5/+3/6P/o/yIA4v/E/xAAEgDJ/9D/zP/n/8r/6f/r/+n/2//r/+P/FwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMb/zv/b/7//0v/j/+v/KQDw/+7/+P/s/+z/FADx//T/AAAAAAAAAAAAAAAAAAAAAOH/IwDQ/87/3f/P/9H/2v8AAAAAAAAAAAAAAAAAAAAAt//k/83/0/+//9//KwDD/y4A9v/m//b/+P/U/9P/5f8AAAAAAAAAAAAAAAAAAAAAFwDt//P/6/8AAOT/6v/q//L/9f8AAAAAAAAAABYAAADq/+v/7P/0/xQA5v8HANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPX/3//U/9T/3P/7/xIAwf/s/+z/7f/s/+z/7P/r/xQADwDr/9b/AADn/+v/1v/Y/xQA7P/t/+z/7P/s/+z/7P8AABcA8f8AAAAAAADm/wAAoP/E/7r/aQDL/7//hf+a/9v/3P/Y/yMA5//p/+f/6P/Q/97/yP8uANf/0v/f/9b/6//s/+v/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsP/F/5f/uf8AANL/qP8wAAAAAAAAAAAAAAAAAAAAAAAAAOL/rP+6/8P/3P8KANv/2P8NAOL/6v/b/+n/AADi/xIAAADs/+7/8f/m/9j/8f8UAOz/7P/s/+3/7P/s/+z/HAD0/wAAAAAAAO3/3/8AAO//7P/t/+3/AADs/+z/BgAPAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAML/AADg/8H/wf/Q/w0Atf/s/+v/6//q/+z/7P8UAOz/6v/q/9j/2v/o/+j/IADT/wAAAAAAAAAAAAAAAAAAAADd/9v/1//d/9//3v8lAN7/3v/X/9b/1f/K/wAAzf8JABQA7v/t//P/+P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6/8VAOv/7P/t/+z/6//s/+z/7P/1/+v/7P8UAOz/7P/c/+H/2P/g/+D/3v8gAOb/AAAAAAAAAAAAAAAAAAAAABoA5v/s/+3/7P/s/+T/6/8AAAAAAAAAAAAAAAAAAAAA5f/4/+//9//x/xoA7P/s/xQA8P/t/+//7f/u/+z/7f8AAAAAAAAAAAAAAAAAAAAAyv/5/+H/3v/n/xsA6//J/wAAAAAAAAAAAAAAAAAAAAANAOz/4v/3//L/AADs/+v/7P8AAPL/+f/q/+v/5v8UAAAAAAAAAAAAAAAAAAAAAAAeAOv/4P/Y/9r/4v/U/+v/AAAAAAAAAAAAAAAAAAAAAOv/7//5//D/+v8UAOz/7P8AAN7/2P/q/9//2v8AAN7/y//G/8z/yP+7/0sAsv+5//f/8P/7/+f/+v9CANT/5P/k/+r/6f/T/9j/HADU/9f/6v/s/+j/6v/s/+3/FADn/8L/CgDU/8v/3f+m/8r/HgAAAAAAAAAAAAAAAAAAAAAA4v8VAAAAAADw/+v/7P8AAOv/6P/f/+v/6P/r/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/zP/X/93/AADX/xsA1//e/+L/6v/j/x8A+//M/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAOz/7P/u/+z/7P/s/+L/3v/i/9//4//n/+f/IwAAAAAAAAAAAAAAFAAAAOz/9//X/9r/5P/v/wAADwDa//j/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/GQDl/+v/6P/p/93/6P/u/+j/oP8AAAAAuf/q/9n/3v/f/9j/3/8uAM//2f/H/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/i/+b/2//u/ygA3P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+f8AAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAGADn//H/7P/r//T/6v/g/wAAv/+r//j/yv/K/yYAxf8AAAAAAAAAAAAAAAAAAAAA4P/f/6H/4f+z/yEAxP+m/+X/5//q/xYA6v/n/+r/6v8AAAAAAAAAAAAAAAAAAAAA6//s/xQA7P/s/+z/7P/s/xQA6f/s/+3/7f/s/+z/7f8UAOz/8f/0//n/+f/s/+z/7P/z/+3/+//s/+z/FADu/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAFADs/+n/2//o/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA9/8AANv/2f/a/+z/2f/p/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/r/+X/4v8hAOn/4P/K/9z/AADD/7L/xf8PAL3/u//7/+7/1f/V/9n/DQC2/8X/yv8TAAgA2v/a/9r/wv/Y/9T/AADS/9T/xP/7/+n/0v8AAAAAAAAAAAAAAAAAAAAAAAAVAOv/7f/u/+L/5//c/+n/zv8AAAAA9P8wAM//AAAWAOj/7P8AAO7/7f/o/+r/1P/n//P/2f/y/wAA9//r/+3/9f/w/9v/9P8SANn/7//q/+b/2f/k/9X/3/8XAOb/6v/d/+j/5P8xANv/3//C/8P/6P/X/8j/1f8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/3P/P/+f/xP/h/ygA0/8KAOL/7P8UAO7/5f/s/+z/8f8UAOz/7f/s/+v/7P/s/wAAAADS/9T/1P/m//P/xf/r/xQA7f/t/+z/7P/s/+z/AADy/wAAAADy//L/7P8UAOP/0//n//H/0//k/x4A4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/r/w4A6//N/7X/2v/B/8r/sP8RACIAFADs/+z/7P/t/+z/7P/s/+z/7P/u//T/7P8UAOz/6//z/9j/tv+//7n/zv/6/+b/FADs//f/8v/x/+z/7P/s/9//6//u/+v/6f8bANL/6//6/wAAAADt/wAA7//5/xQAAAAAAAAAAAAAAAAAAAAAAPT/9P/a/8r/2v/N/+v/sf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/AADM/+b/AAAAANz/AAAUAOz/8v/v/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPr/7v8WAOz/+v/w/+r/6//s/+3/8//5//H/FADt/+3/AAAAAAAAAAAAAAAAAAAAABYA6//q/+v/6//q/+r/4/8QAAAAAAAAAAAA+f/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAA6//h/+n/HQDX/9P/6P/c/+b/6P8wAOn/3//F/wAAAAAAAAAAAAAAAAAAAADX/wAA6//o/+r/EgDW/9j/IQDO/9v/1f/a/9H/4P/Z/6f/wv+7/w0Arv8hAPj/gf8WAPT/AAAAAPr/5//r//P/FAD0/wAAAAAAAPD/7P8AABQA8P8AAAAAAADw/+z/AADr/+b/6v/l/+r/DwAAAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOz/6v/r/+v/6//c/+v/7P/0/wAAFAAAAPf/6/8AAAAAAAAAAAAAAAAAAAAAAADp/+P/AADY/9n/AADP/+z/7f/t/+3/7f/s/ygA7f/Z/7f/DADP/8z/4v+5/xAAAADu//f/AAAAAAAAAAAUAAAA6//s/xQA7P/s/+z/7P/s/+z/7P/s/+3/7f8UAOz/7P/3/83/2f/K/87/GwDt/7j/3f/n/+v/7v/6/+n/GgAAAA8A6v8AAO//+P/y/93/2f/Q/+T/AADn/w4A0//l/wAA0P/p/+T/4P/c/wwAFADT/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAZAMz/4v/B/9f/0//E/wAAAAAAAAAAAAAAAAAAAADY/9j/7P/q/wAA5f8VAOv/5f8AANv/6f/d/wAAAADS//D/FAAAAPD/AAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAA1P/m/8X/zP/R/wAAEwC4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAAD1/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL3/3//V/wUAxP8AANr/4/8AAAAAAAAAAAAAAAAAAAAA3v/T/9X/3f/n/yIA2//p/ygA7P/w/+z/+P/h/9j/6v8AAL7/EQDA/8D/9f/P/wAA7P8UAOz/7P/s/+z/7P/s/wAA6f/i/9f/4v8VAOL/7P/s/+7/7P/u//H/7P8UAOz/AADZ//r/8//y/9n/AADb/xcA7f8AAAAAAADr/+n/AAAUAOz/7v/s//T/7f/s/wAAFADu/+z/7v/t/+3/7P/s/wwAAAAAAAAAAAAAAPT/AAALAAAAAAAAAAAAAAD2/wAA7P/r/+v/FQDs/+f/7P/s/+r/6//o/+v/7P8WAOv/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9b/2P/x/+r/AADV/wAA7v/s/xQA7v/t/+z/7P/s/9z/5f/m/+f/GADY/+X/6v/e/+X/8f/n/+T/2P/e/yAA7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/xAAAAAAAAAAAAD3//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/9P/w//T/7f/s//P/zP/f/87/0v/A/9D/AAAcANb/2P/a/9//2v/W/yoA1//x/+X/zv/a/+L/4P8VAOL/7P/s/+z/7P/q/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+n/1v/Z/+r/1P8TAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/9v/s/+z/7P8UAKf/wf+g/6j/7f8cAOb/v/8SANP/7f/u//b/4//q/wAAGAD3//X/AAD4/+b/6P/y/xQA6//Z/9P/7P8AAOz/5/8AAB8AAADz//n/9//i//n/AAAAAAAAAAAAAAAAAAAAAPj/DgDC/8n/AADk/7v/t//N/w4Ayf/O/87/AADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJADY/+n/6//q/9j/6v/q/wAAAAAAAAAAAAAAAAAAAADN/7T/bv8XAN//EAC+/97/CwDY/+v/5/8VANj/+P/i/+P/4v/o/+v/6v/p/xgA6v8AAAAAAAAAAAAAAAAAAAAA6v/q/+v/7P/s/xUA7P/p/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/6/8UAOv/7P8UAOz/7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+3/7v/t/wAA7//s/+z/7P8UAL7/5P+w/67/tP8SALX/CgAAAAAAAAAAAAAAAAAAAAAA6//p/+z/8v/x/9P/6P8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/s/+r/+v8AABUA8P/s/+z/7f/1//H/8v8WAOb/6v/c/zMA1f/f/9f/2//A/+f/7P/s/+3/7P/s/+z/FADs/wAAAADr/+z/6/8UAM7/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiALj/2//z//L/wf/j//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/s/+z/7P8UAOj/7P8UAOz/7P/t/+3/7P/s/+z/AAANALv/6f/Z/8T/y//I/wAAEgDr/+z/7P/i/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/0v/d/+f/zv8FANP/AAAAAAAAAAAAAAAAAAAAAAAAFADw/wAAAAAAAPD/7P8AALH/AADN/5z/t/+p/wAAxf/e/ycA9v/m//T/3//r/+j/6//q/+n/4P/r/+z/FgDq/+L/2v/r/+z/6/8hANT/AADk/+X/4P/q/+T/4/8aAM7/y/9HALP/0f/C/9X/sv+//9T/1f/c/9H/2f/V/yoA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//S/9H/2v8AAAAA7v/4/+z/FADs/+z/6v/s/+z/6//u/8z/AACa/6f/3//y/w4AGwAAAAAAAAAAAPP/5f8AAOv/xP/j/xIA1f/f/wAAyf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAOH/HgDr/9//5//f/+T/5/8aAMv/1v/p/9H/y//x/8T/6v/y//r/6//s/xgA4v/q/xAAyv/Y/8X/2/8AAOj/3v8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADY/9r/2f/u/+n/5v/Y/x4A6f/l/+3/+/8AAOv/FwDs/+v/yP/r/87/2v/s/wsAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+v/8P/s/+r/7P/s/+r/6//q/+v/6//p/xUA6v/s/+z/7P/s/+z/FADs/+z/3//X/+j/7P8AAND/CwDa/wgA5P/e/9j/3f92//f/AAAQAAAA2v/b/9v/2f/o/9r/6v8WAOv/6v/q//P/6//t/woA4//A/6X/wv/7/wcAsv8AAAAAAAAAAAAAAAAAAAAAFADt/+z/7P/s/9j/7P8AAAAAAAAAAAAAAAAAAAAAAAD0/9X/x//l/9r/0f8hAMz/FADs/+z/7P/s/+z/7P/s/+v/6v8UAOz/7P/r/+v/7P/r/+b/6v8WAOv/5//p/+j/7//q/wAA8f/f/9j/3/8oAJD/3P+n/7L/AAANAKr/BwAAAAAAAAAAAAAAAAAAAAAA6/8WAOr/6v/o/+z/6f/r/7z/DQDD/7v/EgDd/7L/tv8AAAAAAAAAAAAAAAAAAAAAGQDs/+z/7P/s/9T/7P/s/xsA7//u//H/AADu/+P/2P/6/+7/FgDs//r/8P/q/+v/AAAAAAAAAAAAAAAAAAAAAOr/6//p/+r/6//p/xUA6v/l//j/7//3//H/GgDs/+z/0v+4/9z/DADy/8L/2/8AAAAAAAAAAAAAAAAAAAAAAADT/7b/+/8PAM//CQDb/6P/yv/i/+r/2P/T/yUAzv8AAO7/7P8AAO7/AADs/+z/FADu/+z/7P/u/+z/7P8UAO3/KQDz/8n/xv/O/9L/1//J//b/AAAAAAAAAAAAAAwAAADs//r/AAAAAAAAFAD4/wAA6//n/+j/4/8ZAOf/6//Z/+z/FQDs/+3/+v/2/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/IQAAAPj/6//n/+H/5P8AAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAOz/7P/2/xkA5v/j/+n/5//Y/+D/9f/s/+v/6v/t/+z/6f8VAO3/EwDr/+T/0f/S/9r/8f/s/xgA4v+0/wAAzP+r/8//vv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/3//S/9r/4v/1/wsA1/8UAOn/7P/r/+v/6v/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/AAAAAAAAFAD4/wAA2f8lAOH/zP/O/9z/6v/Y/8z/KQDl/+T/3P/i/8//3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/83/v//o/9z/HADX/9n/6f8AAOb/9/8AABsA5/8AAAAAAAAAAAAAAAAAAAAAAADr/+v/6//q/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7P/s/+z/7P/r/+z/FQDs/9f/7f8UAO3/7f/t/+z/7P/s/+z/LQDi/+v/9//2/9P/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/MAAAAPL/8f/t/97/6P8AAAAAAAAAAAAAAAAAAAAA7P/p/+3/FQD2/+v/6//s/wAAAAAAAAAAAAAAAAAAAADo/9j/6//Z/wAA2/8RAOX/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOz/7P/s/+z/7P/T/+z/AAAAAAAAAAAAAAAAAAAAAOP/5P/j/9T/4//Z/+L/HgDr/9b/5//m/+j/FAAAAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAD7//P/+P/3/9z/AADp/9f/KQD6//v/4f/Y/+j/AAAAAAAAAAAAAAAAAAAAAOv/6//M/+n/6v8AAA4A6v/R/7//7f/O/+L/AAAJANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+z/7P/t/wAA6//s/wYA7f/s/+3/7P/w/xQA6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/FADs/+z/sv/M/7X/5f/B/wkA2v8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDt/+v/9f/z/+z/6P/1/+z/7P/v/+3/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAA+v/I/9f/2f/Z/x0A6v/Q/8b/wf/e/9f/xP8AANf/EQDs/xUA6v/s/+j/6//r/+z/7P8VAOr/7P/o/+v/6//s//f/AAD3/wAAAAAWAPP/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/7v/c/9n/zP/g/9X/BQDw/9T/tf+o/7j/AAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+T/5P/T/+L/4P/i/xwADwDo/9n/2//d/xAA2v/b/wAA8//l/wAA+P8kAPD/AAAAAAAAAAAAAAAAAAAAAAAA6f/o/xUA6v/r/+n/6//r/8P/CADy//b/yP/T/7P/1/8AAAAAAAAAAAAAAAAAAAAA5//Z/9v/2f/t/woA2v/4/wAA9v8AAAAAAAAAAOf/IQC7/+v/vP/M/7X/tf8bANX/AAAAAAAAAAAAAAAAAAAAAOv/GwAAAOf/+v/o/9z/4/8AAAAAAAAAAAAAAAAAAAAA3P8GAAAA2f/n/9b/1//U/z4A2/8AAPn/AADM/8H/8v8AAAAAAAAAAAAAAAAAAAAA7P/s//D/7P/s/xQA7P/o/wAAAAAAAAAAAAAAAAAAAADH/83/NADN/83/xv/M/8H/7P/s/+z/7/8UAOz/7P/s/xUA6//o/+n/6v/Z/wAA6v8UAO3/7v/5/wAA7P/s//L/AAAAAAAAAAAAAAAAAAAAAOz/6//t/+7/FADs/+n/6//b/+j/zv/e/97/IwDg/+n/7//0/wAAAAAAAAAAHgD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/p//L/AADr/9z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/5v/o/+r/5v8WAOn/8P/s/+v/+f/3/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+3/8//5//H/FADt/+3/6v8YAOv/7P/s/+v/4P/s/+X/6f/g/+X/5//n/xoA3f/r/+z/6//s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/5/xQA7f/4/wAAAAAAAAAAEQD0//v/AAAAAAAAAAAAAAAAAAAAAK3/o/8GAJ7/nP8VAKX/9//V/+T/sv/U/9r/AAAZANX/AAAAAAAAAAAAAAAAAAAAAPT/+f8AAAAAAAAWAAAAAADg/9j/sf/D/9b/3f/Y/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOP/7P/s/+z/7P/s/+L/6f8AAOb/9/8AABsA5/8AAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/6/+v/7f/s/xQA7P8UAOz/7P/s/+z/7P/s/+j/FgDt//L/9//u/+b/AADh/9X/6//p/93/4P/p/x0AGgAAAAAAAAAAAPr/6P8AAOn/7P/q/+v/FgDp/+v/6f/o/+T/5//p/+n/6P8bAOn/yf/X/8//9/+///f/CgDo/+z/7P/q/+z/7P8VAOv/7P/g/+T/wv8QAND/DQCk/+//7P8UAO3/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAANv/6v/t/+z/4v8RAN//FQDs/+//7v/t/+3/6//u/+T/6P/Z/9//+P/Y/yIA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+//8f/1/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9j/6//i/wAAKQDj/93/6P/l/+j/1v/q/+X/5/8aAAAAAAAAAAAAAAAAAAAAAADS/wsA1//Y/9z/AADk/9X/7P/s/+z/7P/z/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/3v/c/wgA2P/h/+j/CwDX/9j/6//s/wAA7P8UANj/7P/t/9n/7P8AAOz/2//r/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/xQA7P/s/+z/7P/s/+z/FgDs/+n/6P/r/+r/6v/r/+z/FAAAAAAA+f/x/+L/2v+j//H/rP/T/8D/t/8pALv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/2v/b/9j/KADp/9j/6//s/+3/7f/s/xQA6v/s/+P/9v/l/wAAAADt/x4A6//a/93/5v/f/+D/3P8oAOj/FQDr/+v/8P/s/+r/7P/s/8n/NgDI/8f/zv/O/8b/yv8AAAAAAAAAAAAAAAAAAAAA2//J/9n/7/8AACEAzv/w/87/y//M/9D/1f8nAN3/5v/S/+//0//m/+z/8/8ZAOz/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAOb/9/8AABsA5/8AANT/+//j/83/3f/Y/9j/BwDs/+z/7v/u/+7/7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/8f/s/+v/9v/1/+z/FADs/+z/FADs/+z/7//v/+z/7P/f/83/8v/0//H/3//e/+3/AAAAAAAAAAAAAAAAAAAAAN3/FADe/+f/4v8AANj/4f/s/xcA6v/s/+3/7P/k/+v/1P/R/w8A1f/f/wAAzP/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/K/8z/xv/i/0QAwv+///v/6P8AAAAAFAAAAAAA7P/s/xQA7P/t/+z/7P/s/+P/5P8AANv/6//q/+j/BgDn/9n/4//Y/9z/2P/r/9n/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAAAAAAAUAO3/AADd/xUA6//Z/9b/1f/7/97/y//q/8//3v8SANT/6/8MACMAAADp/xMA3P+7/93/3P/m/8//5f/1//j/7P/n/x4AKQDX/+L/+f/r/9T/1//i/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/6v/r/+j/6//s/xYA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/zf/O/9P/1v/r/9b/JwD2//n/AAAAAAAAAAAXAAAAAAAAAAAAAAAAAAAAAAAAAOP/4//p/+z/7v/l/y4A6v/A/wAAtv+1/wAA1//J/yIA2v/Z/+b/6v/Y/+n/2P8jAOP/4//p/+z/7v/l/y4A6v8XAOn/5v/o/+X/4f/n/+n/7P8UAOz/7P/s/+z/7P/s//T/AAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//b/AAD0/xQA7f/u/wAAAAAAAAAAAAAAAAAAAADs/+z/6v/s/+z/FQDr/+3/8P/q/+n/9//r/+v/FgDq/yAAy/+6/7j/vv/V//T/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAOz/7P/l/+b/3P/m/+n/6/8aAOX/5v/f/97/5P/W/+r/GgDh/x8A7P8AAPn/AADe//b/7v/t/wcA0/8UANf/6v/U/9b/7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/7//u/+v/5f8VAN3/1//S/+3/6f8AANb/8//Y/ykA2//g/+r/6f/W/+H/AAAAAAAAAAAAAAAAAAAAANL/1f/Y/yQA5v/T//r/1//e/9n/5P/j/+n/HQDm/+b/GQDh/8b/1v+1/8f/AAAIAAAAAAAAAAAAAAAAAAAAAADk/9b/GwDp/+f/8P/b/+L/AAAAAAAAAAAAAAAAAAAAANn/6v/d/+3/2P/Z/+T/IADj/+b/0v/Z/+n/w/8hANT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADP/8n/zP/Z/+P/z/8zANL/EQDs/+r/3v/t/xAAzv8AANb/DwDc/93/6P/Z/wsA0//Z/9j/7P/7//D/5v8gANr/7P/s/+z/7P/s/+z/FADs/+z/FADs/+z/7P8AAOz/2P/p/97/0//U/+r/5v/2/xMA7P/s//T/AAAAABQA7f/s/7v/7v/n/xQAx//X/+f/AAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAAAADwAAAND/u/+t/7X/j//f//T/JwD2/9r/1//Y/93/AADP/xEA6//s/+z/5P/u/+v/7P8UAAAAAAAAAAAAAAAAAAAAAAD2/8j/wv/l/8X/CgAAANH/5//s/9H/7P/b/wwA7P8AAOf/zP+//+z/vv8SAMb/3//J/+X/xP/E/8n/LgDT/8z/7P/s//X/8v/s/xUA6v/p/wAAAAAAAAAAAAAAAAAAAADp/+v/8v/r/+z/6/8WAO3/6//n/+//9f/y/+v/6/8XAOr/y//Z/9n/5f8OANn/AADm/9L/1f/D/8P/EgC0/+f/7P/h/+v/1P/x//L/wP8RAO3/4f/u//r/AADx/xYAAADs/xQA7f/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA+f8AAAAAAAD1/+z/AAAAAOf/7v/5//T/7f8ZAPb/AAAAAAAAAAAAAAAAAAAAANT/1//e/9f/4f/k/9X/JwDM/9X/1f/Y/9n/MADN/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+H/DgDX/8v/0f8MAMv/AADy/wAAAADy//L/7P8UAAAAAAAAAAAAAAAAAAAAAAD3/yIA8f/s//T/9//b/+3/AAD6/wAAAAAAAAAAAAAHAAAAIwAAAAAA6f/j//b/7//1/7T/y//T/8z/xP8yAMD/AAAAANX/0f/M/+j/vf8KAOX/5f/j/+b/5v/n/xsA5f/q/97/7v8WAAAA6f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+j/6v8VAOb/5f/e/xAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA4f8aAOH/3//h/+D/5v/l/xQA7P/t//P/7v/s/+z/7v/p/yAA9v8AAAAA8v/0//b/7P8fAPn/AAAAAPX/9P/4/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/7/8VAOb/6//1/+b/7P/x/xcA1//n//L/9f/r/9L/0v+//73/2P/Q/8n/DQAgAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/+f/t//P/7P8UAOz/GgDm/+z/7f/s/+z/5P/r/w0A5f/Y/+D/7f/e/wAA7P/s//b/6//r/+n/EgDi/9//0/8FANX/yP+8/8P/AAC9/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5f/l/+P/5v/m/+f/GwDl/+v/5//r/+X/6/8eAN//2P8AAAAAAAAAAAAAAAAAAAAA4P/m/+X/6v/p/+j/GQDn/wAAAAAAAAAAAAAAAAAAAADs/+z/AAD3//H/7P8UAOz/+f/l/77/vf/Y/9f/AAC+/9r/6P/O/93/8//G/9P/AADs/+z/7P/p/+z/7P/s/xQA7P/s/+z/7P8AAOz/7P8GAMD/yv+6/63/IQDC/wAA8//s/+z/7f/u/+3/7P8UAOz/6f8fANj/5P/5//j/AADb//n/5//V/8L/0v/K/wYA1//W/+v/z/8AAOf/3P/Y/wwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACX/wAAAADo/5j/5//S/7v/BgAAAAAAAAAAAPr/AAAAABQA7P/3//L/8f/s/+z/7P8YAPn/AAD6/wAA8v/o/+v/FADs/wAA+v8AAOz/7P/y/xQA7//6//n/AADt/+z/+P/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8jAN3/1//i/+b/3v/a/yYA2P/f/+7/AADY/+v/5f8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P8AAPn/AADs/wAA1f8AAOb/EADX/9P/2P/W/+z/7P/t/+v/5P/Y/xQAAAAAANH/0f/I/9f/AAD0/9D/3P8VAAAA6v/s/9L/8P/Y//T/DQAUAPj/7P/m/+D/3f/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABoAAAD5/wAA+//h/+z/8/8AABMAAAAAAAAAAADt/wAA7P8VAOv/7P/s/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFgD5/+7/AAAAAAAAAAAAAAAAAAAAADUAzv/V/87/1P/P/8H/6/8UAO3/9/8AAO3/7v/s//b/yP/Q/8D/v//n/wgABQDh//r/7v8WAOz/+v/w/+r/6/8TAAAA2P/V/+b/1P8AANn/6//q/xQA5//w/wAA5P/o/+z/8P/w/+//AAAUAOz/7f8JAPn/AAD3/wAA8f8MAAAAAAAYAAAAAAAAAAAA6P8AAAAAAAAAAAAAAAAAAAAAAADo/+L/0f/G/xUAvf8AAMn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAx//a/zYAsv+s/9T/1P/I/+b/AADO/+T/AADT/+n/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/9P/s/+r/FADs/+z/7P/t/+z/FADs/+z/zP/U/9f/1v/m/yIAx//p/wAAAAAAAAAAAAAAAAAAAAD1/+3/AAAAAAAA9P8dAAAA9f/t/wAAAAAAAPT/HQAAAAAAAAAAAAAAAAAAAAAAAADU/+j/zP/a/+L/vP8nAND/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+//7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA6f/h/+D/4//p/+D/IADh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOj/3f/o/8j/0/8AAOT/1/8HAMX/x//J/9H/IgAAALr/yP/M/9D/wf8NANH/AAAAAAAAAAAAAAAAAAAAAOv/5f/g/+j/AAAZAPj/1v/S/+z/y//m/+r/LQDw/wAAAAAAAAAAAAAAAAAAAAAAAN3/5//h/+z/2v/m/9j/IgDv/xMAAAAAAAAAAAAKAPv/9v/x/wAAAAAAAPT/9P8SALf/tv86ANP/3v/e/9//vf/3/7T/uf+6/7//AAD2//T/GgAAAAAAAAAAAAAA6P8AAOf/z//U/9P/2v8MAMv/DQDs/+z/7P/s/+z/FADs/+z/+v8FAOL/6//u/9//3//c/wAA2/8AAAAAMQDT/+H/AADr/9v/AADh/+n/6f/m/xQA8P/t/+z/AADz/+z/FADs/+z/7v/y//j/6//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6v8XAPX/7v/m/+z/5f/0/wAAAAAAAAAAAAAAAAAAAAAUAM7/1f/V/+H/7P/3/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/yEAAAAAAPP/7f/d/wAA7P/s/+z/7P/u/xQA7P/s/73/CwC0/57/yP+o/yEArf/s/xQA7P/s/+z/7P/s/+z/1P8AAOv/AADr/wAA3//h/wAA8v8AAAAA8v/y/+z/FADt/+v/7f/Z/9//FwDs/+z/7P/s/+z/7P/s/+v/7P8UAOz/7P/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAADl/9//7f/f/93/AADZ/8L/y//R/9X/5v/b/9L/LwDi/+n/6//u/+z/6v8bAOz/AADl/9//7f/f/93/AADZ/+z/7P/s/+z/7P8UAOz/7P/L/8X/yv+6/9P/PQC9/8j/9/8aAAAAAAD3//n/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/7P/s/+z/7f8UAOD/7P/r/wsA2v/Y/+v/AADT/+H/AADu/xUA8/8GAOz/1//5/wAAAAAAAAAAAAAAAAAAAAAUAPn/AAAAAAAA9f/s/wAAAAAAAAAAAAAAAAAAAAAAAOT/HwDw/+b/+f/l/+T/8f/s/+3/AAAUAPn/7P/0//v/AAAAAAAAAAAAAAAAAAAAAOv/7P/v//X/7f/1/xUA7v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQAAADt/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xYA7P/t/+//6//p/+z/4P8AAOr/4P/p/+r/AADr/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAHwDs/wAA+f8AAN7/9v/u/87/yv8vANP/1P/T/9D/0/8AAAAAAAAAAAAAAAAAAAAA6//s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7//x//X/7P8UAO3/1/8nANb/2P/X/9b/4f/r/wAAAAAAAAAAAAAAAAAAAADi/8r/AADX/9v/AADD//r/AAAAAAAAAAAAAAAAAAAAAPD/6v/p//f/6//r/xYA6v/D/8P/0f/R/8L/NQDP/9P/AAAAAAAAAAAAAAAAAAAAAAgAuP/m/9L/2f/7/9T/8v/Z/93/4f/d/+H/IgDZ/93/nv/E/77/wP+m/1oAqv+r//H/DQDD/+r/uP/O/+D/q//L/+7/zP/G/wAA2v/t/8T/7P/s/+z/7P/s/+z/FADs/xAA2P+9/7P/0f8AAML/5v8OAOf/4//s/+X/FADl/+z/0//Y/+v/3//k/8//yf8sAN3/FwDQ/9X/0f/Y//T/2P8AAAAAAAAAAAAAAAAAAAAA2f85AMD/zf++/8T/s/+x/wAAAAAAAAAAAAAAAAAAAAAAAO3/8/8VAO3/7P/s/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/9v8VAOv/7P/s/+f/2//o/+z/FADp/+n/6P/R/9//2f/k/+v/HgDU/9b/3P/X/+X/6P/f/ykA4v/x/+z/6//2//X/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6v8WAOj/7P/q/+f/6v/r/wAAAAAAAAAAAAALAPf/AAA0AND/9//3/8f/r//N/2//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8AAO3/7P/s/xQA3P/y/+D/uf/e/wAAwP/z/ygA8P/y/wAAAAD7/+b/AAAAAAAAAAAAAAAAAAAAAAAA7P/q//P/+f8AAO3/7P8PAOz/7P/s/+//FADs/+z/7P8AAAAAAAAAAAAAAAAGAAAADgDs/+3/8P/2//P/7P/t/9b/7//p/+z/2f/L//L/FADl/9n/6v/d/+v/2P/q/yEAGgDl/+r/AADw/+b/5v/n/xQA7P/5//b/+f/x/+v/8f8AAAAAAAAAAAAAAAAAAAAAFADs/+3/7P/s/+z/7P/s/+//7P/t/+3/7f/s/+z/FAAAAOz/7f/t/+z/2f8GAOz/5v/k/+n/0//n/9P/GwDl/+z/4v/t/+f/7f/s/9//GADl//P/AAAAAAAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAAMj/4f+o/8j/2/+3/wwAFAAUAOz/8f/0//n/+f/s/+z/7v/y//f/AAAAAO3/7f8UAOb/EQAAANj/2f/r/9j/2P/X/wAA2//n/+T/1P/W/wAAAAAAAAAAAAAAAAAAAAAAANf/3f/q/+3/KgDc/9f/zv8AAAAAAADw/xQA+P8AAOz/y//5/9b/1P8AAMX/0v/X/xQA7P/t/+7/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA2f/q/9j/2f/Y/9n/6f8hAO7/8v/3/wAAAADt/+3/FAAAAAAAAAAAAAAAAAAAAAAA9P8UANb/8P/O/83/5//b/wAAAAAAAAAAAAAAAAAAAAAGABoA2/8AAOb/zP/Q/9f/AAAAAAAAAAAAAAAAAAAAAAAAEAAAAPP/AAAAAAAAAAAcANT/4v/M/9v/9f/V/7X/3v80AOD/6P/n/9z/1P/o/yEA5f/r/+z/7//r/9r/6P8AAB0AAAAAAAAA9P/p/wAAAAAAAAAAAAAAAAAAAAAAAO3/FgDv//X/AAAAAOj/AADs/+z/7P/s/+3/7P/s/xQA4f8AANj/6//s/w0A7f/k/9b/3P/j/9b/2//F/zoA5//s/+z/7f/s/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOj/FADs/+z/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA2P/e/+z/4//p/9v/GwDo/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA1v8IAAAA0f/X/9j/1f/O/wAAAAAAAAAAAAAAAAAAAADV/zQA7//q/+H/5P/Y/+D/7P/s/+z/8v/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAiANj/2P/f/+r/3//q/+v/FADq/+P/7f/u/+3/7P/s/+z/7P/s/+z/7P/s/+z/FADv/+//+P8AAAAA7P8gAAAA8P/q/+n/9//r/+v/FgDq/+z/FADt/+z/7f/s/+z/7P/u/xcA6f/o/+v/5//p//H/7P/q/+z/7P/0/xQA7P/s/+H/7P/r/+X/7P/o/xoA6v8UAPn/AAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAPn/DwAAAPf/AAAAAAAAAADs//D/8f/s/wAAEQDs/wAA8P/u//j/7P/s/xQA8f/0/wAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAPj/7P/e/+z/4//k/+L/8//2/93/IgAAAAAAAAAAAAAAAAAAAAAAAAAfAOz/AAD5/wAA3v/2/+7/CgDq/9f/1f/c/7T/AAC+/wAAAAAAAAAAAAAAAAAAAAAvANj/0P/Z/8b/zf/c/6r/8//t/+//AAD1/xMA+P8AAAAAAAAAAAAAAAAAAAAAAADW/xMA6f/p/9j/EwDP/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9AMP/0v/H/9//vf/F/8P/AAAAAAAAAAAAAAAAAAAAAOf/2v8OANz/2P/n/9//AAAQALX/8f/0/93/+f+t/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADv/wAA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/+z/7P/s/xQA7P/0/wAAAAAAAAAA+v8RAAAA0P/L/9f/0v/z/9b/NADe//T/AAAAAAAAAADs//D/FAAAAAAAAAAAAAAAAAAAAAAA6v8WAPP/6//7/+3/8v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2f/Z/+r/6P8oANr/2f/s/+z/7f/0/+//7P/s/xQAKgDA/8//tf+k/+H/8f/G/+z/8P/w/+//AAAUAOz/7f/k/wsA3f/l/+7/FgDr/+3/7f/o/+P/5/8AAMP/CADN/wAAAAAAAAAAAAAAAAAAAAAFAOz/7P/s/+z/7P8AAOz/7P/p/+3/FQD2/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/b/+r/7f/s/+v/6/8kAAcAAAAAAAAAAAAAAAAAAADo/xUA7P/o/9r/2P/q/wAAAAAAAAAAAAAAAAAAAAAAAOb/yf/d/9z/4f8dANb/2//f/+H/2P/Y/9j/FAAAAOX/AADm/+P/5//A/wAA9P/o/+z/7P8UAAAA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2v/h/+H/4v/l/+b/3P8cAAAAAAAAAAAAAAAAAAAAAADq/xYA8//r//v/7f/y/+v/AAAAAAAAAAAAAAAAAAAAABkA2//o/+T/6v/Z/+j/4//V/+n/3f/r/xQA6v/l/wAA7//s/+3/7f/t/+z/7P8UAOz/7P/1/+z/FADs/+z/7P/k/+j/5f/1//v/8/8cAOr/AAAAAAAAAAD4/+z/+f8UAOz/6P/i/9//8P8AAO3/AACW/0IAkv/I//L/qv/C/3D/6/8VAOz/6//r/+n/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/GQDq/+j/7f/p/9v/6/8AAAAAAAAAAAAAAAAAAAAA2v8mAN//8v/f/9z/4f/r/8n/PADS/8b/xv/J/8H/0v8AAAAAAAAAAAAAAAAAAAAA7P8VAOv/7P/s/+v/6//r/+n/FQDr/+f/6//q/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8UAPn/+P8AAO//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8VAPL/8v/3//b/7P/3/+v/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5f8jAOr/5f/Z/9f/2P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8VAPL/8v/3//b/7P/3//b/FAD5//j/AADv/+z/AAAAAAAAAAAAAAAAAAAAAAAA3f/g/xoA4v/k/+X/5//h/+n/FQDl/+v/6//r/+z/6f8AAAAAAAAAAAAAAAAAAAAAi/9rAKv/wP+V/4z/vv+c/xQA7P8AAPr/AADs/+z/8v8AAB8AAADz//n/9//i//n/7P/s/+z/8f/u/+z/FADu/wAA8P8AAO3/5P/r/9j/1P8AAAAAAAAAAAAAAAAAAAAAx//b/8f/3v+//+L/LwDJ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDo/+3/8f/t/+r/7P/r/+z/6f/s//D/8f/L/+j/GADR/wgAAADg/wgA2//l/9j/7P/s/+z/7f/t/xQA7P/s/7n/2v/X//H/xf/3/9T/DQC0/8n/o/8SAAAA0/+s/wAA5/8PANn/2P/c/w0A6f/j/wAAAAAAAAAAAAAAAAAAAADY/yIA4f/r/+n/4v8AANX/3P8AAOX/2P/r/wAA3P/a/8j/yP+z/7T/4P/g/xQABgAAAN3/2v/W/+D/zv/q//v/9P/q//X/AAAAAAAAFgAAAOb/4P8dAOj/5f/i/9z/4v8AAAAAAAAAAAAAAAAAAAAA4v82AN//x//m/9b/wv/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//f/8v/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADZ/8T/w/+7/zcA4f+//8b/v//L/9D/0/8tAKf/0/8RAAAAAAAAAAAAAAAAAAAAAADT/yAAsP+6/xwAuf+T/9r/AAAAAAAA8P8UAPj/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+j/4f/S/97/1v8jAMr/GwCf/6r/vP+r/+r/yf/G/9v/3f/X/7D/zf8AAML/+v/p/9n/3//Y/+T/IwDq/+r/AAAAAAAAAAAAAAAAAAAAADUAzf/N/7v/0//F/9L/uv8AAAAAAAAAAAAAAAAAAAAA1P/q/wAA5//d/w8Azv/y/wAAx//Y/9D/AADX//X/4v/o/+z/6v/i/xUA7P/b/+v/+v/F/8//0//a/8D/GQDO/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/0P/T/wAA1f8TANb/AADr/+7/7P/g/+z/7P/o/xUAAAAAAAAAAAAAAAAAAAAAABsA6f8AAAAAAAD4/+X/9f/h/xAAw//D/93/2/8VANX/y//A/97/xP/U/+j/HADU/+v/AADn/9n/6/8GANr/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8/8r/wf/J/8D/o/9TALn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/AAAAAAAAFAD4/wAA+v8AAAAA7f8AANj/6P8oAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAEQD0//v/7P/r/9z/AADs/+z/2P8UAPn/DwAAAPf/AAAAAAAAAAAUAOz/7P/s/+7/7P/r/+z/AADs/+P/7f/u/xEA5P/3/+z/7P/u//T/7P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAA3P/b/9v/2f/f/9//KADa/wAAAAAAAAAAAAAAAAoAAADr/xYA6v/q/+j/7P/p/+v/pf/w/+n/xv/A/8L/FgC9/+n/FQDr/+f/6//q/+z/6//t/+z/+f/s//H/7P/w/xQA6//w/+v/7P/t/9n/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/EQDs/wAA7f/T/7z/uf/E/wAA9f/N/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs//H/FQDv/+7/7f/v/+f/9P8AAAAAAAAAAAAAAAAAAAAAFQDn/+z/7f/p/+T/7P/s/+z/7f/s/+7/7//s/xQA7P/W/wAA6P/j/+j/5/8AAOH/4f/Z/+3/6//b/xcAAADt/yoA1v+k/5j/kf+m/9b/j/8AANn/1//h/+r/FADR/+v/AADj/8n/4P/X/87/AAC+/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/w/+3/7P8UAO3/uv/o/5f/o//1/8H/4v8lAO3/+f/t//n/AAAUAOz/+P/s/wAAAAAAAAAAFADu/wAA7P/s/+z/7P/s/xQA7P/s/+z/9P/y//D/8P8UAO7/7P/s/+z/FADx/+z/6//r/+v/FAD5/wAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAD4/+j/7P/p/+z/1//r/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOANP/1f/S/+X/3v/z/+j/AAAAAAAAAAAAAAAAAAAAAMv/x/++/9f/w/8WAOz/9f/y/wAAAAAAAAAAAADt/xMA6//p/97/5//q/9f/3v8jACQA6P/R/+X/1//i/9P/4//r/xcA8//o//T/5f/n/+n/5v/e/+H/6//r/9z/IQDi/wAAAAAAAAAAAAAAAAAAAAAyALD/zP/H/87/vP/k/8X/RACc/7H/s/+s/8z/zv+d/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADD/9T/zP/T/8D/8/8AAOz/7P/t/+7/7f/s/xQA7P/S/87/z//O/9z/zf8yANP/AADt//P/FQDt/+z/7P/q/wAAFAAAAAAAAADu/+z/AADs/+n/6f/r/+z/6/8XAOv/wP9UALn/sf/K/8v/rP/E/wAAEwAAAPL/AADu//f/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+v/6v/s/+v/FQAAAMr/AAAAAMj/zP/s/9f/8//s/+f/IwDu/+z/6//X/9//3//j/9D/6P/d/yAA5P/m/+X/6f/a/+r/3v8aAOf/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/AADs/xQA7P/s/+v/9P/s/+7/7P/h/xQA6//q/+3/7P/u/+v/FQDt//T/AAAAAAAAAAAAABEAAAApANr/2P/I/9z/5//X/9z/6f8jANX/0//q/+v/5v/m/+n/1//R/9n/z/8ZANn/6f/s/+z/7P/s/+z/7P8UAOz/+v/k/8z/7v/e/9v/BgDZ/xgA6//m/+r/5//q/+X/5//m/xsA+f/m/9f/2P/L/wAAAAAAAAAAAAAAAAAAAAAAAOz/rv+j/5P/xP/P/ycAuf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9v/7f/w/+b/AAAAAOH/3v/7/8T/xv+9/wYA7P+9/+3/2P/y/+v/7P8kANL/5//p/wAA5f/r/+z/FADW/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAEADt//H/7f8AAOz/7P/t/xQA5v8XAOv/6v/r/8//6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+3/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAADt/+z/FADs//n/7P/s/+//AAAAAAAAAAAAAAAAAAAAAOX/5v/n//j/9f/t/wAAAAC8/xgAyf+//8b/5P8VAML/FwDo/77/5//R/6//AADT/zQA9v8AAO//7P/Y/67/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL//CQDd/+z/2P/o//r/2P8AAAAAAAAAAAAAAAAAAAAAFADt/9v/2P/X/wAA6//n/xsA7v/t/wAA8P/u/+P/7f8AAAAAAAAAAAAAAAAAAAAAGwDo/9b/2P/Z/+H/z/8AAOv/FQDs/+v/6//p/+z/6v+t/+z/sv/a/9P/z/8AAMz/7P/s/+//7f/s/+7/FADx/wAAAAAAAAAAAAAAAAAAAAAmAOj/7P/t/+7/2P/p/+7/6//q/9n/7P/i/wcA6/8AAPH/8P8AAAAAAAASAAAA+v8AAAAAAAAAAAAAAAAAAAAAv//S/xYAyP/Y/9b/5P/2/+v/7f8AAAAAAAAYAOX/AADo/xEA1P/x/+P/3//X//v/AAAAAAAAAAAAAAAAAAAAAOv/7P/q/+7/7P8UAOr/7P8AAAAAAAAAAAAAAAAAAAAA7P/t//D/9f/v/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/8v/6/+f/AAAYAO3/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf/n/wAA1v/p/xAAz/8AAAAAAAAAAAAAAAAAAAAA5f/s/+z/DADr//L/DwDM/+r/FwD6//D/7P/s/+T/+P9CAOj/yP/W/8j/w//f/8b/AAAkANn/2P/h/9X/1P/d//r/tf+1/6P/u/+1/w4A7P8AAAAAAAAAAAAAAAAAAAAAHQDU/9X/vv/B/67/BQC1/xUA6//t//L/9P/x/+z/6v8fAOz/AAD5/wAA3v/2/+7/AAAAAAAAAAAAAAAAAAAAAOv/6f/s/+v/7P/p/xYA6/8AAAAAAAAAAAAAAAAKAAAA8P8AAOT/FQAAAAAA6v/r/zEA4P8AAPn/AADh/9H/AAAAAAAAAAAAAAAAAAAAAAAAEwDs/+3/9f/v/+7/7f/s/xYA6P/s//j/7v/s/+j/6v8AAPT/AAAAAAAAAADw/xUA7P/s/+z/7P/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADp/+r/6//r/+v/1//o/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/3P/W/+7/FQDY/9n/6//q/xUA7P/s/+T/6//r/7T/yP/o//L/qv8LAPb/AADn/9f/vf/b/+X/AAAFAAAA5f/s/wAA4//i/xQA3P/Y/+v/6//r/+v/7P/o/xQA7P/s/+z/7P/t/+3/7P8UAO3/v//D/8//w//i/8T/KwDr/xAAAAD1/wAA+v/b/wAA9P/t/+z/FADv/+z/7P/s/+3/6/8VAOz/6//s/+v/6v/s/+z/7f/w//H/7P8UAOz/7P/h/wAA2P/r/+z/DQDt/+T/BwDo/+n/7v/s/9//6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7v/5/wAAAAD1/+r/9f/k/9f/5//W/+r/2P8pANf/AAAAAPT/AAAAAPf/FwAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/2//D/7P/s/+7/HwDs/wAA+f8AAN7/9v/u/wAAAAAAAAAAAAAAAAAAAAD0/9z/KQDy/wAA3P/j/+f/q//V/1AAq/+j/7n/mf+r/9f/yf84AMz/5P+w/8b/uP/p//f/MQDv/+7/0P/y//b/AAAAAAAAAAAAAAAAAAAAAAAAAADV/+X/+P+4/8L/m/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/1/wAAFADs/+z/7P8TAAAAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAOP/DgDG/9T/yv/W//b/0v/q/+z/6//r/+z/6/8UAOz/1v/6/wAAzP/d/7r/BwDX//L/0v/o/8b/4v/I/yAA1f+f/wAAvv/E/9n/5P+x/+D/6//7/+7/+f8AABUA7P/t/+v/FADs/+v/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2f/r/+f/7P/h/8//6f8kAA8A7f/u/wAA7//L/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8TAPb/AAAAAAAA9f8AAOz/7P/t/+3/7v/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/1//X/9j/1/8TANn/AADF/wkA4v/h/9z/wP8IAMX/IADa/8v/2f/s/9r/4//i/9j/2P/r/9n/AAATANj/7P8AAAAAAAAAAAAAAAAAAAAA6//3//X/7P/s/wAA1v8SAOr/FQDq/+z/6P/r//D/6//Z/9z/6f8RANv/8/8AANz/1//o/8v/yf/D/xYA7//Z/+//1//p/wAAAAD6/ykAAADm/8n/yf/O/97/2/8pAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD1/+v/7P/z//L/6//s/+z/7P/s/+z/7P8UAOz/7P/r/+z/8f/4/+3/+P8VAPL/7P/s/+3/7v/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADv/xUA5v/r//X/5v/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA/9L/xv/0/+//AADG/wYAzv/V/9j/yP8PAOP/+v/6/+j/2P/o/xQAAADa/+j/3v/s/+z/7P/t/+3/FADs/+z/6//p/93/7f/s/9n/JgDc/+X/IADn//X/9f8AAN//8v/t//f/9P8AAN3/6P/Z/9H/AAAAAAAAAAAAAAAAAAAAAOP/5P/l/9X/4v/Z/+L/IAAAAAAAAAAAAAAAAAAAAAAA7P8VAOv/7//t/+//6//v/+//5v/A/8//uP+8/+b/2v/i/yYA3//j//X/9f/X/+z/4v8mAN//4//1//X/1//s//f/EgDW/9P/1v/F/9H/yP/O/9r/xf/H/9H/AAAbAMX/6v/s/xUA+P/7/+z/6//r/xkA5v/j/+n/5//l/+D/5f/s/+z/7P/z//j/7P/q/xQAz/+5/8f/xv+6/+r/AAASAAAAAAAAAAAAAAAAAAAAAADk/+j/4P/m/97/yf8RABYAAAAAAAAAAAAAAAAAAAAAAOn/2P/c/9T/FAAAAAAA2P8AAOP/7f8oAAAA3v/Y//b/2P8oANr/2P/Y/9j/2P/Y/ykA7//5/wAAAAD5/9f/9v/t//H/7f8AAOz/7P/t/xQA6v/Y/93/HwC7/77/0P/H/wAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAAAA0A6/8UAOz/4v/l/+7/6//Z/+f/FgDp/+r/6v/o/+r/6v/s/+z/7f/u/+3/7P/s/xQA0P/H/8z/1v/O/wAAwv8UABQA7P/t/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA7P/l/+n/6P/k/8z/1/8UAOz/3//b//D/+P/X/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FAAAAO3/7P/s/+z/7f/s/+z/7P/3/+z/7P8UAN3/4v8AAO3/+v/Y/w0AAAAAAAAAAAAAAAAAAAAAAAAAAADT/+n/z//f/xsAy//Z/xMAAAAAAAAAAAAAAO3/AAAAAMv/1f/d/8X/5v8TALP/AAAAAAAAAAAAAAAAAAAAANz/2v/e/wAA5P8AANn/2v8UAPT/AAAAAAAA8f/s//f/AAAuAPH/9/8AAOL/1v8AAND/1P/Y/wAA2v/c/yIA5P8eALH/tv+v/8P/3v/4//L/tP/l/8T/0v/p/+n/+P/0/9H/5P/s/xQAAAD5/7z/6v/C/wAAwv/W/8f/AAD3/8L/KADr/+z/6//s/+v/1P/s/wAAAAAAAAAAAAAAAAAAAAD5/xYAAAAAAAAAAADr/wAA9P8AAAAAAAAAAAAAEQAAAA=='
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