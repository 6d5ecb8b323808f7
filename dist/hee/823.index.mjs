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
    rule('js-test-cross', raw `^\s*[×✕✗] (?!No solution found|Dependency resolution exceeded|Some (?:errors|warnings|diagnostics) were emitted while |[Ff]ailed to |[Cc]ould not |[Uu]nable to |\[(?:\d{3}|ERR(?:OR)?|TIMEOUT)\] |[\w-]+\([\w/-]+\): |${ERROR_REPORT}|This environment is externally managed|Encountered error while|.{0,160}\bdid not run successfully\b|(?:Low|Medium|High|Critical) severity vulnerability|.{0,60}\b(?:CVE|GHSA)-\d)\S`, 66),
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
    // TeamCity's service message of a failed test, which PHPUnit (--teamcity), jest-teamcity,
    // pytest's and .NET's TeamCity loggers print: `##teamcity[testFailed name='x' message='…']`.
    rule('teamcity-test-failed', raw `^##teamcity\[testFailed name=`, 80),
    // Ruby's test-unit: `Failure: test_split(TestMoney)` and `Error: test_x(TestY): RuntimeError: …`.
    rule('test-unit-failure', raw `^(?:Failure|Error): test\w*\([A-Z][\w:]{0,200}\)(?::|$)`, 80),
    // go test -json: a test's fail event (the package's own fail event names no test).
    rule('go-test-json-fail', raw `^\{"Time":"[^"]{1,40}","Action":"fail","Package":"[^"]{1,300}","Test":"`, 78),
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
    // Jasmine's numbered failure under its `Failures:` heading (`1) temperatures calls 25 warm`).
    rule('jasmine-numbered', raw `^\d+\) \S`, 80, { context: { after: raw `^Failures:$`, within: 60 } }),
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
    // secretlint's row of a credential found (`  3:0  error  [AWSSecretAccessKey] found AWS Secret
    // Access Key: ****`), in the stylish table eslint's rows use.
    // lockfile-lint's finding: a package resolved from a host, scheme or name its policy rejects.
    rule('lockfile-lint-detected', raw `^detected (?:invalid|non-https|untrusted) (?:host\(s\)|protocol|scheme|package name|integrity)\S{0,20} for package: \S`, 80),
    rule('secretlint-found', raw `^\s*\d+:\d+\s+error\s+\[[A-Z]\w{2,60}\] found \S`, 82),
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
    // licensee's verdict on a package under its name (`left-pad@1.3.0` / `  NOT APPROVED`).
    rule('licensee-not-approved', raw `^\s*NOT APPROVED$`, 78),
    rule('license-not-allowed', raw `\blicen[cs]e\b.{0,80}\bnot (?:allowed|permitted|approved)`, 70, { flags: 'i' }),
    rule('spotless-license-header', raw `Step 'licenseHeader' found problem in`, 80),
    rule('pip-licenses-fail-on', raw `\bfail-on license .{1,200} was found for package\b`, 80)
];
const timeout = [
    rule('gha-job-timeout', raw `has exceeded the maximum execution time of \d+ minutes`, 95),
    // Kubernetes-native pipelines: Tekton's run that failed to finish within its timeout (its
    // reasons PipelineRunTimeout, TaskRunTimeout), and a pod past its activeDeadlineSeconds as
    // Argo Workflows reports it.
    rule('k8s-pipeline-timeout', raw `\b(?:PipelineRun|TaskRun) "[^"]{1,200}" failed to finish within "|\b(?:PipelineRun|TaskRun)Timeout\b|\bPod was active on the node longer than the specified deadline\b|\bStep exceeded its deadline\b`, 84),
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
    // npm ls's problems with the installed tree (`npm error invalid: ms@2.1.3 …`, `missing:`,
    // `extraneous:`, under `code ELSPROBLEMS`; npm 6's `npm ERR! missing: x@^1, required by …`).
    rule('npm-ls-problem', raw `^npm (?:ERR!|error) (?:missing|invalid|extraneous|peer dep missing): \S`, 78),
    // make's own words for a recipe's program that does not exist.
    rule('command-not-found', raw `: command not found\b|^\S+: \d+: \S+: not found$|^make(?:\[\d+\])?: \S+: (?:No such file or directory|Command not found)$`, 64),
    // uv's and pip's resolver and build errors (a dependency that cannot be resolved or built;
    // pip's resolution-too-deep, a graph it gave up on, among them).
    rule('python-resolver-failed', raw `^\s*× (?:No solution found when resolving dependencies|Dependency resolution exceeded maximum depth)|^\s*× (?:Getting requirements to build wheel|Building wheel for \S+|Preparing metadata \S+|pip subprocess to install build dependencies) .{0,40}did not run successfully`, 80),
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
    // biome's verdict after its diagnostics (`× Some errors were emitted while running checks.`).
    rule('biome-verdict', raw `^\s*× Some (?:errors|warnings|diagnostics) were emitted while (?:running checks|applying fixes)`, 60),
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
    cue('command-missing', 'PAT-006', /\b(?:command|executable|program|binary|tool) (?:not found|is not installed|does not exist)\b|: command not found\b|: not found$|\bError: not found: [\w.+-]{1,40}$|\bis not recognized as (?:an internal|the name)\b|\bno such (?:command|program|tool)\b|\bnot installed\b|\bexecutable file not found\b|\blinker \x60\S{1,100}\x60 not found\b|\bno '\S{1,60}' command could be found\b|\bJAVA_HOME is not set\b|\bno (?:python )?interpreter (?:was )?found\b|\bno (?:binary|executable) (?:for|found)\b|\bcould not find (?:the )?(?:expected )?(?:browser|chrome|chromium|firefox)\b|\bInterpreterNotFound\b|\bcannot locate python\b|\bcould not find (?:a )?(?:suitable |compatible )?python (?:interpreter|executable|installation)\b|\bMissing script: ["']?[\w:.@/-]{1,100}|\bCommand "[\w:.@/-]{1,100}" not found\b|\bScript not found "[\w:.@/-]{1,100}"/i, 56, true),
    cue('package-missing', 'PAT-006', /\b(?:module|package|gem|crate|library|dependency|artifact|plugin|jar|wheel|formula|pod|extension|bundle) .{0,80}\b(?:not found|could not be found|does not exist|is not available|not available|not installed)\b|\bcannot find (?:module|package|library|-l\w)|\bcould not find (?:module|package|gem|a version|any version|a matching|artifact|library|dependency|plugin|com\.|org\.)|\bno (?:module|package|podspec|matching (?:version|distribution|package|manifest)|such package|versions? available) (?:named|found|for|matching)?|\bunable to find a specification for\b|\bunable to (?:find|locate|resolve|load) (?:package|module|dependenc|version|library|plugin|gem|crate)|\bCouldn't find any versions for\b|\bCould not find directory of \w+ installation\b|\bno valid module file was found\b/i, 56),
    cue('resolution', 'PAT-006', /\b(?:could not|cannot|can't|unable to|failed to) (?:resolve|satisfy|install|fetch|download|restore)\b(?! from [\x60'"]?[a-z]{2,8}:\/\/).{0,60}\b(?:dependenc(?:y|ies)|packages?|modules?|versions?|requirements?|plugins?|artifacts?|gems?|crates?)\b|\bunresolved dependenc|\bdependency (?:resolution|conflict|error|tree)\b|\bconflicting (?:dependenc|requirement|peer|versions?)|\bversion (?:conflict|solving failed)\b|\bincompatible (?:versions?|dependenc|requirements?)\b|\bunsatisfiable\b|\bno solution found\b|\bnothing provides (?:requested )?\S|\bResolutionImpossible\b|\bpeer dep(?:endency)?\b|\brequires .{1,80} but .{1,80} (?:is|was) (?:installed|required|selected|locked)|\bcould not be resolved\b|\bfailed to select a version\b|\bcandidate versions found which didn't match\b|\bcould not solve\b|\bbackjumping, conflict set\b|\bcompatible versions? (?:for|of)\b|\brestore failed\b|\bfailed to retrieve information about\b/i, 56),
    cue('version-not-found', 'PAT-006', /\b(?:version|release) '?[\w.*^~<>=-]{1,40}'? .{0,60}\b(?:was |is )?not (?:found|available)\b|\bunable to find \S+ version\b|\bthere is no package called\b/i, 54),
    cue('lockfile', 'PAT-006', /\block ?file\b.{0,120}\b(?:out of date|outdated|not up[- ]to[- ]date|out of sync|needs? (?:to be )?updat|would (?:have been )?modifi|mismatch|inconsistent|changed significantly|does not match|is not in sync|can(?:'|no)t be updated|does not contain a compatible)|\bfrozen[- ]lockfile\b|\b(?:cannot|can't|unable to) update the lock ?file\b|\b--locked was passed\b|\bAdd the current platform to the lock ?file\b|\block ?file (?:had changes|is frozen)\b|\bmodified lock ?file\b|\brequires lock ?file changes\b|\bWould change \d{1,5} dependenc|\bnot present in the lock ?file\b|\block mismatch\b|\bchanges to the lock ?file\b|\bupdates? to (?:go\.mod|go\.sum|[\w.-]{1,60}\.lock|(?:the )?lock ?file) (?:is |are )?needed\b|\bdisabled by -mod=(?:readonly|vendor)\b|\b(?:in|because) (?:deployment|frozen) mode\b|\bdependency verification failed\b|\bverifying \S{1,200}: checksum mismatch\b|\block state\b.{0,120}\bout of date\b|\bsince (?:the )?(?:[\w.-]{1,60}\.lock|lock ?file) was (?:last )?(?:generated|updated|created)\b|\b(?:update|regenerate|refresh|fix|sync) (?:your |the )?lock ?file\b|\b(?:run|try) \W?[\w-]{1,20} lock\b|\b(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Gemfile\.lock|Cargo\.lock|composer\.lock|Pipfile\.lock|uv\.lock|go\.sum|packages\.lock\.json|Podfile\.lock|mix\.lock|pubspec\.lock|Package\.resolved|flake\.lock|gradle\.lockfile|bun\.lockb?|[\w-]{1,60}?-lock\.(?:ya?ml|json)|[\w-]{1,60}?\.lock)\b.{0,120}\b(?:out of date|outdated|not up[- ]to[- ]date|out of sync|needs? (?:to be )?updat|missing|mismatch|inconsistent|does not|would)/i, 58, true),
    // A diff of a dependency manifest or lock file, as a check that re-resolves and diffs prints
    // (`go mod tidy && git diff --exit-code`, `npm install && git diff package-lock.json`): the
    // committed manifest is out of date with what the resolver makes of it.
    cue('manifest-diff', 'PAT-006', /^(?:diff --git a\/|--- a\/|\+\+\+ b\/)(?:\S{0,200}\/)?(?:go\.mod|go\.sum|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|Cargo\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|Gemfile\.lock|composer\.lock|mix\.lock|pubspec\.lock|Package\.resolved|flake\.lock|gradle\.lockfile|packages\.lock\.json)\b/, 52, true),
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
    cue('network', 'PAT-008', /\b(?:ECONNRESET|ECONNREFUSED|ETIMEDOUT|ESOCKETTIMEDOUT|EAI_AGAIN|ENOTFOUND|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|EPROTO)\b|\bconnection (?:reset|refused|closed|aborted|timed out|lost|broken|failed|was forcibly closed)\b|\bsocket hang up\b|\bconnResetException\b|\bnetwork (?:error|is unreachable|unreachable|timeout|failure|problem|connection)\b|\b(?:read|connect|connection|handshake|i\/o|socket|request|gateway|dial tcp)\b.{0,40}(?<![-_])\btim(?:ed ?out|eout)\b|\bTLS handshake\b|\bSSL(?:_ERROR\w*|Error| error)\b|\bcertificate (?:verify failed|has expired)\b|\bcould(?: not|n'?t) resolve (?:host|proxy)\b|\bcould not resolve ['"]?[a-z\d-]{1,63}\.[a-z\d-]{1,63}\.[a-z\d.-]{1,200}['"]?(?![\w.:/-])|\btemporary failure (?:in name resolution|resolving)\b|\bname or service not known\b|\bno route to host\b|(?<!\b(?:parse|syntax) error\b.{0,300})\bunexpected EOF\b|\bearly EOF\b|\bremote end hung up\b|\bRPC failed\b|\bcurl: \((?:6|7|18|28|35|52|56|92)\)|\bMax retries exceeded\b|\bproxy error\b|\bspurious network error\b|\bTimeout was reached\b|\bserver misbehaving\b|\bdial tcp(?: \S{1,60})?: lookup \S|\bUnable to load the service index for source\b|\bSSL connection could not be established\b|\bcannot be reached\b|\bCONNECTION FAILED\b|\bconnection to (?:the )?(?:server )?\S{1,200} was refused\b|\b(?:could(?: not|n'?t)|unable to|failed to) (?:create|establish|open|make) (?:an? )?(?:\w{1,10} )?connection\b|\bempty reply from server\b|\bOperation too slow\b|\bLess than \d{1,12} bytes\/sec transferred\b/i, 56, true),
    cue('http-client-timeout', 'PAT-008', /\bClient\.Timeout exceeded\b|\brequest canceled while waiting for connection\b|\bwhile awaiting headers\b|\bdial tcp\b.{0,120}\b(?:timeout|refused|reset|unreachable)\b|\bcurl error (?:6|7|18|28|35|52|56)\b|\bOperation timed out after \d+ milliseconds\b|\b(?:Get|Post|Head|Put) "?https?:\/\/\S{1,300}"?: (?:net\/http: )?(?:context deadline exceeded|request canceled)/i, 64, true),
    cue('server-error', 'PAT-008', /\bservice (?:unavailable|temporarily unavailable)\b|\bbad gateway\b|\bgateway time-?out\b|\binternal server error\b|\b(?:HTTP|status|code|error|response|returned)(?: code)?[: ]{1,3}5\d\d\b|\b5\d\d (?:Server Error|Internal|Bad Gateway|Service|Gateway)\b|\bserver (?:error|responded with (?:a )?5)|\bcode E5\d\d\b/i, 54, true),
    cue('rate-limit', 'PAT-008', /\brate[- ]limit(?:ed|ing)?\b|\btoo many requests\b|\btoomanyrequests\b|\bpull rate limit\b|\babuse detection\b|\bsecondary rate\b/i, 58, true),
    cue('runner', 'PAT-008', /\b(?:runner|agent|executor|worker|machine|VM|instance|container|pod|node) .{0,60}\b(?:lost|disconnected|offline|went away|shut ?down|died|crashed|preempt(?:ed|ion)|evicted|unhealthy|not responding|stopped responding|was terminated)\b|\blost communication\b|\bshutdown signal\b|\bstopped hearing from\b|\bsystem failure\b|\binfrastructure (?:error|failure|issue)\b|\bhosted runner\b|\bBacking channel\b|\bChannelClosedException\b|\bClosedChannelException\b|\bchannel is closing down\b|\bnot acquired by (?:Runner|agent)\b|\bCannot contact \S{1,100}: java\.lang\.\w+|\bwrapper script does not seem to be touching the log file\b|\bprovisioning resources\b|\(Error Type: \w+\)|\bno (?:active |online )?runners? (?:online|available|that match)|\bjob is stuck\b|\bNo hosted parallelism\b|\b(?:job|workflow|build) was not started\b|\bspending limit (?:needs to be increased|reached|exceeded)\b|\b(?:failed to|could not|couldn't|unable to) (?:start|create|provision|launch|allocate) (?:an? |the )?(?:instance|runner|agent|vm|virtual machine|executor)\b|\b(?:exit code|exit status|exited with) 143\b|\b(?:agent|runner|executor|worker|instance|VM|machine) (?:was |has been |got )?(?:removed|deleted|reclaimed|rescheduled)\b|\b(?:agent|runner|executor|worker|instance) did not (?:connect|come online|register|start)\b|\bagent connect error\b|\bJob failed: prepare environment\b|\bPreparation failed: |\bCannot connect to the Docker daemon\b|\bIs the docker daemon running\?/i, 62, true),
    cue('resources', 'PAT-008', /\bno space left\b|\bENOSPC\b|\bdisk (?:is )?full\b|\bnot enough (?:disk )?space\b|\bout of (?:disk|space)\b|\bquota exceeded\b|\bout of memory\b|\bOOM(?:Killed| killer|-killed| kill(?:ed)?)\b|\bheap out of memory\b|\bOutOfMemoryError\b|\bCannot allocate memory\b|MemoryError\b|\bUnable to allocate [\d.]{1,12} ?[KMGT]i?B\b|\bsignal 9\b|\bSIGKILL\b|\bKilled signal terminated\b|\bKilled \(program \w+\)|: line \d+: {1,4}\d+ Killed\b|\bexit code 137\b|\bran out of memory\b|^Killed$|\bJVM heap space is exhausted\b|\bdaemon disappeared unexpectedly\b|\bCould not reserve enough space for (?:\d+KB )?object heap\b|\bfailed to create new OS thread\b|\bexceeded (?:the |its |your |a )?memory limit\b|\bmemory limit (?:was )?(?:exceeded|reached)\b|\bThe node was low on resource: [a-z-]{3,40}\b|\bnodes are available: .{0,300}\bInsufficient (?:cpu|memory|ephemeral-storage|pods|[\w.]{1,40}\/gpu)\b/i, 62, true),
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
    // report through GitHub (`::error file=a.css,line=3::Unexpected unknown property (property-no-unknown)`),
    // or whose title is the rule's (biome's `::error title=lint/suspicious/noDebugger,file=…`,
    // oxlint's `title=eslint(no-debugger)`).
    cue('annotation-lint', 'PAT-007', /^::(?:error|warning)\b[^:]{0,300}\bfile=[^:]{1,300}::.{0,600}(?:\((?:@?[\w-]+\/)?[\w-]{2,60}\)|\[[A-Za-z][\w.,-]{1,80}\]|\b[A-Z]{1,4}\d{3,4}\b.{1,300})$|^::(?:error|warning) (?:[^:]{0,300},)?title=(?:[a-z][\w-]{1,30}(?:\/[\w-]{1,60}){1,3}|[\w-]{2,30}\([\w/-]{2,60}\))[,:][^:]{0,300}\bfile=/, 56, { severity: 0.9 }),
    // A linter's message as an annotation shows it, file dropped: a sentence, then its rule's id.
    cue('message-rule-id', 'PAT-007', /[a-z)'"\x60]\. \((?:@?[\w-]{1,40}\/)?[a-z][a-z\d]*(?:-[a-z\d]+){1,8}\)$/, 44),
    // The same from linters that name the check after the message with no full stop, as
    // golangci-lint's annotations read in the web view (`Error: ineffectual assignment to err
    // (ineffassign)`, `##[error]Error return value of \x60f\x60 is not checked (errcheck)`), even
    // quoted in a sentence. A compiler's `(os error 2)` has blanks in it: not one.
    cue('error-message-check-id', 'PAT-007', /\b(?:Error|ERROR|error)\b.{1,600}[a-z\x60'"] \((?:@?[\w-]{1,40}\/)?[a-z][a-z\d]{2,30}(?:[-_][a-z\d]{1,30}){0,6}\)["'\x60]?\)?$/, 44),
    cue('lint-code', 'PAT-007', /^\S{1,300}?:\d+(?::\d+)?:?\s+(?:\[?(?:error|warning|info|style|convention|refactor)\]?:?\s+)?(?!TS\d|CS\d|FS\d|BC\d|NU\d|LNK\d|MSB\d|C\d{4}\b)[A-Z]{1,4}\d{3,4}\b|^\S{1,300}?:\d+(?::\d+)?:? (?:SC\d{4}|DL\d{4}|MD\d{3}|RUF\d{3}|[EWFC]\d{3,4})\b|^\s{0,12}(?!(?:TS|CS|FS|BC|NU|LNK|MSB)\d|W\d{4} [A-Z])(?:[A-Z]{1,3}\d{3,4}|[A-Z]{2,6}-\d{3})\b(?! ?[:=-]\d| \d\d:\d\d:\d\d)/, 50, { severity: 0.6 }),
    // A finding whose rule code opens the line with the letter of a warning (cfn-lint's `W2001
    // Parameter X not used.` beside its `E3012 …` errors): a finding, quoted after the errors.
    cue('lint-code-warning', 'PAT-007', /^\s{0,12}W\d{4} [A-Z]/, 50, { severity: 0.3 }),
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
    'manifest-diff': ['go.mod', 'go.sum', 'lock', 'shrinkwrap', 'package.resolved'],
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
    features: "b:0 0\nb:0 a\nb:0 a04\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a4\nb:0 a62\nb:0 a7aef8b1\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 all\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 amd64\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assigned\nb:0 assignment\nb:0 at\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bash\nb:0 between\nb:0 bin\nb:0 binutils\nb:0 black\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 branchpoint\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 builtin\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 cart\nb:0 catch\nb:0 cc\nb:0 cgen\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 class\nb:0 clean\nb:0 cleanup_file_variables\nb:0 client\nb:0 code\nb:0 codex\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 contract\nb:0 core\nb:0 could\nb:0 cp310\nb:0 cp311\nb:0 cp314\nb:0 critical\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 date\nb:0 db\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 declarations\nb:0 def\nb:0 default\nb:0 dependencies\nb:0 depends\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e7\nb:0 e8f\nb:0 eadcdc7d\nb:0 echo\nb:0 efde290b\nb:0 efe31b98f2\nb:0 eff\nb:0 either\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 executing\nb:0 exit\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f7\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 fb\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 flash\nb:0 fn\nb:0 for\nb:0 format\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 gcc\nb:0 gcr\nb:0 gdb\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 head\nb:0 high\nb:0 home\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 i128\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 insufficient\nb:0 int\nb:0 into\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 item\nb:0 items\nb:0 j30\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 low\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m12\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 measured\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minute\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 n\nb:0 name\nb:0 nanopb\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newlib\nb:0 newline\nb:0 newly\nb:0 no\nb:0 nodes\nb:0 none\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 on\nb:0 operation\nb:0 or\nb:0 origin\nb:0 p\nb:0 p1\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 post1\nb:0 pre\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 price_cents\nb:0 print\nb:0 problems\nb:0 process\nb:0 prod\nb:0 projects\nb:0 pub\nb:0 pull\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quantity\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 rc1\nb:0 rc2\nb:0 rc3\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 releases\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 s2n\nb:0 saas\nb:0 scenarios\nb:0 sdks\nb:0 sec\nb:0 second\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 severity\nb:0 sh\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 sid\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 soroban_sdk\nb:0 source\nb:0 spond\nb:0 src\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t03\nb:0 t06\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t20\nb:0 t21\nb:0 t22\nb:0 tar\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 template\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 title\nb:0 tmp\nb:0 to\nb:0 too\nb:0 toolchain\nb:0 total\nb:0 trailing\nb:0 true\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 ubuntu2\nb:0 ubuntu3\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 upgraded\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 usr\nb:0 v0\nb:0 v1\nb:0 var\nb:0 variable\nb:0 variante\nb:0 verify\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 we\nb:0 webpack\nb:0 weighted\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 you\nb:0 z\nb:0 zephyr\nb:0 zig\nb:0 zzpmw\nb:a 0\nb:a b\nb:a bash\nb:a binary\nb:a blank\nb:a branch\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a e\nb:a failure\nb:a feeds\nb:a few\nb:a file\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a in\nb:a invoices\nb:a is\nb:a k\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a required\nb:a return\nb:a s\nb:a safe\nb:a shutdown\nb:a signed\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a userland\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a x_\nb:a y\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4 0\nb:a4006 this\nb:a_ m\nb:aaa api\nb:aaa go\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action cogni\nb:action download\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions runner\nb:actions runs\nb:actions setup\nb:actions task\nb:actions upload\nb:active on\nb:activity kt\nb:actual 0\nb:actual behavior\nb:actual classes\nb:actual typealiases\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add the\nb:add url\nb:added 0\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address all\nb:address range\nb:addresses should\nb:admin py\nb:admin rs\nb:admin web\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after catch\nb:after changing\nb:after opening\nb:after running\nb:agent 0\nb:agent action\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent machine\nb:agent md\nb:agent name\nb:agent process\nb:agent running\nb:agent version\nb:agent_1 container\nb:agents a\nb:agents cogni\nb:aggregate py\nb:ago 0\nb:ai agent\nb:ai architect\nb:ai code\nb:ai config\nb:ai devops\nb:ai elite\nb:ai plan\nb:ai reviewer\nb:ai security\nb:aiogithubapi 0\nb:aiohappyeyeballs 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:all 0\nb:all build\nb:all check\nb:all configured\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all tests\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allow the\nb:allowed 0\nb:allowed time\nb:allows for\nb:alongside the\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:also see\nb:alternative instead\nb:always auth\nb:always error\nb:always fails\nb:always false\nb:ambroisie test\nb:amd64 c\nb:amd64 components\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an agent\nb:an argument\nb:an empty\nb:an error\nb:an exception\nb:an existing\nb:an item\nb:an iterator\nb:an s\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and audited\nb:and because\nb:and cache\nb:and commit\nb:and contributors\nb:and d\nb:and declarations\nb:and deleting\nb:and determine\nb:and file\nb:and firewall\nb:and handle\nb:and hooks\nb:and installed\nb:and instead\nb:and is\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and s\nb:and scrapling\nb:and should\nb:and sub\nb:and test\nb:and the\nb:and upgrading\nb:and use\nb:and value\nb:and word\nb:and writing\nb:and you\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:annotations enums\nb:annotations should\nb:anomaly_history json\nb:anonymous file\nb:anonymous test\nb:ansible galaxy\nb:ansible role\nb:answer action\nb:any branches\nb:any changes\nb:any commits\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:anyio 0\nb:anything that\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api 0\nb:api aaa\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api github\nb:api gradle\nb:api internal\nb:api proto\nb:api src\nb:api tasks\nb:api test\nb:api users\nb:apis poe\nb:apis proto\nb:apk add\nb:app 0\nb:app beringin\nb:app build\nb:app compile\nb:app css\nb:app data\nb:app export\nb:app git\nb:app help\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app onepager\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application ex\nb:application spec\nb:applies a\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt apt\nb:apt get\nb:apt mirrors\nb:archinstall archinstall\nb:archinstall lib\nb:architect agent\nb:architecture x64\nb:archive false\nb:archive ubuntu\nb:are 0\nb:are allowed\nb:are available\nb:are behind\nb:are deprecated\nb:are enabled\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are missing\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are test\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument named\nb:argument of\nb:arguments but\nb:arguments no\nb:arguments were\nb:ark ff\nb:arm64 0\nb:arm64 main\nb:arm64 packages\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:array v0\nb:arrays are\nb:artifact content\nb:artifact i\nb:artifact junit\nb:artifact name\nb:artifact org\nb:artifact upload\nb:artifact v4\nb:artifacts clone\nb:artifacts for\nb:artifacts will\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as failed\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:assembling a\nb:assert 0\nb:assert a\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assets familjen\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async 0\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at t\nb:at the\nb:at trace\nb:at traces\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth supabase\nb:authenticating and\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available checksums\nb:available for\nb:available v0\nb:avg c\nb:avoid a\nb:avoid using\nb:awaiting headers\nb:awaiting response\nb:awesomeness has\nb:awk allow\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure archive\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b in\nb:b l\nb:b main\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b y\nb:b1a9 travis\nb:b1f0ba2 0\nb:b2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b8ej_ z\nb:b_ a\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ r\nb:b_ s\nb:b_ t\nb:b_ w\nb:babel parser\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backports tarfile\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash true\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bb code\nb:bc run\nb:be 0\nb:be a\nb:be auto\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be of\nb:be on\nb:be one\nb:be packed\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be strictly\nb:be suffixed\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be uploaded\nb:be used\nb:be within\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because of\nb:because pnpm\nb:because scrapling\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been fixed\nb:been moved\nb:been received\nb:been successfully\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before expression\nb:before it\nb:before making\nb:before the\nb:before token\nb:begin with\nb:behind a\nb:being treated\nb:belanyi fr\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:beta you\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigint v0\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing rb\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin links\nb:bin ninja\nb:bin node\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:binary bitwise\nb:bind home\nb:bind p\nb:bintray com\nb:binutils 0\nb:binutils csl\nb:bitwise operator\nb:bitwise warnings\nb:bk ci\nb:black 0\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob storage\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blockchain client\nb:blocks its\nb:blog changelog\nb:bluetooth 0\nb:blur cpp\nb:bodies of\nb:body did\nb:body expression\nb:body should\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:branch can\nb:branch cygwin\nb:branch linting\nb:branch m\nb:branch master\nb:branch name\nb:branch refactor\nb:branch refs\nb:branch this\nb:branch to\nb:branch unlabeled\nb:branch zephyr\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:buf push\nb:buf u8\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build default\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build duration\nb:build environment\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build g\nb:build git\nb:build gradle\nb:build has\nb:build id\nb:build itself\nb:build j2\nb:build libs\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build output\nb:build prod\nb:build queued\nb:build reference\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build work\nb:build_dir tmp\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds timekit\nb:builds will\nb:buildtree default\nb:builtin compat\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler audit\nb:bundlers node_modules\nb:busted test\nb:but 0\nb:but are\nb:but does\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but they\nb:but unused\nb:but was\nb:but yarn\nb:by a\nb:by adding\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by severity\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c date\nb:c e\nb:c f\nb:c g\nb:c gcc\nb:c git\nb:c h\nb:c home\nb:c i\nb:c imaging\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c k_\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c n\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c r\nb:c s\nb:c s0103\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c with\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c12 g\nb:c1d2e3 update\nb:c1e 0\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2_ c\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache bazel\nb:cache dependency\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache ms\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache paths\nb:cache pip\nb:cache provider\nb:cache restored\nb:cache service\nb:cache size\nb:cache targets\nb:cache true\nb:cache tzst\nb:cache v2\nb:cache v4\nb:cache_rs b627fbcd5589ae52\nb:cached dependency\nb:cachedir pytest_cache\nb:cachekey echo\nb:caches jars\nb:caches kotlin\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:caddy api\nb:caddy caddy\nb:caddy latest\nb:call failed\nb:call last\nb:call to\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:camoufox 0\nb:can cause\nb:can conclude\nb:can discard\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:canceled while\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cargo bin\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo deny\nb:cargo fmt\nb:cargo lock\nb:cargo output\nb:cargo registry\nb:cargo sparse\nb:cargo test\nb:cargo toml\nb:cart applies\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd exit\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:cell 0\nb:central https\nb:certifi 0\nb:cffi 0\nb:cfg conf\nb:cfg dotfiles\nb:cgen snapshot\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed significantly\nb:changed source\nb:changelog 0\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check if\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking ark\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:chunks test\nb:chunks traces\nb:ci 0\nb:ci agent\nb:ci build\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:circus build\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classes flag\nb:classes including\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli run\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:click 0\nb:client api\nb:client component\nb:client escrow_id\nb:client get_settled_at\nb:client git\nb:client init\nb:client kotlin\nb:client py\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client timeout\nb:client ts\nb:clippy cast_possible_truncation\nb:clippy is\nb:clippy llvm\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:clone v1\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code c\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code loomy\nb:code paisa\nb:code reviewer\nb:code style\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:cogni a\nb:cogni ai\nb:col 0\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting aiohappyeyeballs\nb:collecting attrs\nb:collecting collected\nb:collecting frozenlist\nb:collecting h11\nb:collecting jaraco\nb:collecting orjson\nb:collecting packaging\nb:collecting propcache\nb:collecting py\nb:collecting pydantic\nb:collecting pyproject_hooks\nb:collecting pytest\nb:collecting python\nb:collecting tests\nb:collecting typing\nb:collecting yarl\nb:collection 0\nb:collection import\nb:colors in\nb:colr property\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com cogni\nb:com data\nb:com default\nb:com docs\nb:com embedded\nb:com en\nb:com ethereum\nb:com extraheader\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com increase\nb:com infra\nb:com instead\nb:com inverse\nb:com issue\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com liquifact\nb:com lowagie\nb:com maps\nb:com masonj0\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com repos\nb:com retry\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com ubuntu\nb:com usnistgov\nb:com zephyrproject\nb:com zerox80\nb:come from\nb:comma before\nb:comma separated\nb:command 0\nb:command bin\nb:command c\nb:command command\nb:command did\nb:command example\nb:command exited\nb:command failed\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command v\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit date\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit s\nb:commit them\nb:commits you\nb:common main\nb:common ui\nb:common v0\nb:common v25\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compat typescript\nb:compatible set\nb:compatible versions\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile c\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling ark\nb:compiling base64\nb:compiling c\nb:compiling crate\nb:compiling distribution\nb:compiling dyn\nb:compiling futures\nb:compiling hashbrown\nb:compiling itertools\nb:compiling libc\nb:compiling num\nb:compiling rand_core\nb:compiling serde_json\nb:compiling soroban\nb:compiling stackage\nb:compiling stellar\nb:compiling stg\nb:compiling thiserror\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:component 0\nb:component browser\nb:component clippy\nb:component llvm\nb:component rustfmt\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components mavi\nb:components rustfmt\nb:components small\nb:composer json\nb:composer plugin\nb:composer update\nb:compress program\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:conclude that\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:config 0\nb:config as\nb:config c\nb:config changes\nb:config cmake\nb:config config\nb:config dactyl\nb:config deploy\nb:config file\nb:config files\nb:config git\nb:config global\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config modules\nb:config nim\nb:config remote\nb:config rules\nb:config set\nb:config trim_trailing_whitespace\nb:config variable\nb:config zephyr\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:conflict is\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection client\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider removing\nb:consider using\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:construct rustup\nb:consumer http\nb:contain a\nb:contain package\nb:container 0\nb:container build\nb:container fragment\nb:container_test_runner py\nb:content differs\nb:content hash\nb:content security\nb:content to\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context null\nb:context of\nb:continue allow\nb:continue due\nb:contracts escrow\nb:contracts liquifact\nb:contracts target\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core app\nb:core csproj\nb:core jar\nb:core kt\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core ssh\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could be\nb:could have\nb:could not\nb:couldn t\nb:count 0\nb:count of\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coupon 0\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp310 cp310\nb:cp310 manylinux_2_17_x86_64\nb:cp311 cp311\nb:cp311 manylinux_2_17_x86_64\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu 0\nb:cpu family\nb:cpu x86_64\nb:cpufeatures v0\nb:cr 0\nb:crate git\nb:crates corp\nb:crates false\nb:crates io\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials 0\nb:credentials ab284314\nb:credentials config\nb:credentials specified\nb:credentials true\nb:critical 0\nb:cronjs parser\nb:cross os\nb:cross site\nb:crossbeam epoch\nb:crypto aes\nb:crypto bigint\nb:crypto common\nb:crypto pbkdf2\nb:crypto pure\nb:crypto_sign falcon\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:csl sourcerygxx\nb:cspell json\nb:csproj error\nb:csproj in\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:ctrl c\nb:curl 0\nb:curl f\nb:curl fs\nb:curl ls\nb:curl sf\nb:current agent\nb:current context\nb:current image\nb:current n\nb:current npm\nb:current runner\nb:current scope\nb:curve25519 dalek\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cygwin 0\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d dactyl_left\nb:d ds\nb:d e\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d i\nb:d in\nb:d is\nb:d k\nb:d k1045\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d see\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d yhz\nb:d z\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d_ a\nb:d_ b\nb:d_ e\nb:d_ t\nb:dactyl zmk\nb:dactyl_left d\nb:daemon at\nb:daemon get\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:daemon toomanyrequests\nb:dalek v4\nb:dangerously allow\nb:darling_macro v0\nb:dart 0\nb:dart md\nb:dart pub\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data for\nb:data from\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:database 0\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date s\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days 0\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbkit integration\nb:deadline exceeded\nb:dealing with\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug 0\nb:debug analysis\nb:debug deps\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debug_html_parser py\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations and\nb:declarations move\nb:declarations with\nb:declarative checkout\nb:declared to\nb:decorator makes\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default instance\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default skill\nb:default stable\nb:default test\nb:default the\nb:default toolchain\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defined here\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:demospring rest\nb:denial of\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies finished\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies started\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency and\nb:dependency is\nb:dependency lock\nb:dependency of\nb:dependency path\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps cache_rs\nb:deps foreground\nb:deps get\nb:deps is\nb:depth 0\nb:depth set\nb:der v0\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description elite\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:detailed explanations\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev 0\nb:dev null\nb:dev optional\nb:dev profile\nb:dev rnp\nb:dev server\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development the\nb:device home\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:differs from\nb:digest debian\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:direct dependencies\nb:directly in\nb:directory all\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:disable incremental\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:discard any\nb:discount code\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:do echo\nb:do not\nb:do s\nb:do so\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker allow\nb:docker build\nb:docker com\nb:docker daemon\nb:docker dockerfile\nb:docker driver\nb:docker error\nb:docker executor\nb:docker image\nb:docker io\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs faq\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs template\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet download\nb:dotnet sdk\nb:dotnet10 dotnet\nb:double quote\nb:downgrade g\nb:download 0\nb:download action\nb:download all\nb:download app\nb:download complete\nb:download immutable\nb:download info\nb:download page\nb:download the\nb:downloaded ark\nb:downloaded crypto\nb:downloaded curve25519\nb:downloaded hashbrown\nb:downloaded hex\nb:downloaded num\nb:downloaded rand\nb:downloaded soroban\nb:downloaded thiserror\nb:downloaded time\nb:downloading amphp\nb:downloading component\nb:downloading cryptography\nb:downloading flutter\nb:downloading https\nb:downloading language_tags\nb:downloading laravel\nb:downloading phpunit\nb:downloading psr\nb:downloading py\nb:downloading scrapling\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloading uv\nb:downloads example\nb:drone git\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dsl 0\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:dyn clone\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e build\nb:e c\nb:e c2_\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e d\nb:e d_\nb:e f\nb:e failed\nb:e false\nb:e fix\nb:e full\nb:e g\nb:e home\nb:e is\nb:e l\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e noprofile\nb:e o\nb:e opt\nb:e p\nb:e p0040\nb:e p_\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e s\nb:e s_\nb:e switch\nb:e t\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e work\nb:e x\nb:e y\nb:e0061 this\nb:e0277 a\nb:e0308 mismatched\nb:e0401 unable\nb:e0425 cannot\nb:e0599 no\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ j\nb:e_ m\nb:e_ n\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ v\nb:e_ w\nb:e_path cc\nb:each npm\nb:echo build\nb:echo c\nb:echo cachekey\nb:echo d\nb:echo h\nb:echo n\nb:echo run\nb:echo toolchain\nb:edeandrea xjc\nb:edge proxy\nb:edit deny\nb:edit true\nb:editor config\nb:eebxo6ax project\nb:efe31b98f2 found\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:either target\nb:elapsed time\nb:elements of\nb:elite agent\nb:elite autonomous\nb:elite cogni\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty or\nb:empty space\nb:empty subject\nb:en 0\nb:enable cargo\nb:enable colors\nb:enable cross\nb:enable full\nb:enable running\nb:enabled for\nb:encoding u\nb:encoding v2\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:enforce required\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries plus\nb:entries pointing\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:enums and\nb:env 0\nb:env a\nb:env common\nb:env target\nb:environment 0\nb:environment considered\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variable\nb:environment variables\nb:environment will\nb:eo pipefail\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:equivalent v1\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error c\nb:error c2065\nb:error cache\nb:error can\nb:error cannot\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error connection\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0061\nb:error e0277\nb:error e0308\nb:error e0425\nb:error e0599\nb:error empty\nb:error enable\nb:error encountered\nb:error errno\nb:error error\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error fetch\nb:error file\nb:error files\nb:error for\nb:error foreground\nb:error function\nb:error fund\nb:error funding\nb:error global\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error log\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error time\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unit\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors have\nb:errors in\nb:errors json\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:escrow client\nb:escrow error\nb:escrow src\nb:escrow_id sme\nb:escrow_id token\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:eta 0\nb:etc apt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl mem\nb:etl py\nb:ev issue\nb:evaluator test\nb:even 0\nb:event name\nb:events 0\nb:ever returns\nb:ex 0\nb:ex allow\nb:ex unit\nb:example 0\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example github\nb:example left\nb:example lint\nb:example net\nb:example org\nb:example platform\nb:example port\nb:example reports\nb:example retry\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exceeded while\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exclude tests\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist in\nb:exist with\nb:existing false\nb:existing install\nb:existing installation\nb:existing resource\nb:exit 0\nb:exit code\nb:exit or\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expect settled_at\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export buttons\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression body\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions worktree\nb:external packages\nb:extra argument\nb:extra fetchers\nb:extra node_modules\nb:extra semicolon\nb:extra_cmake_args d\nb:extracting archive\nb:extracting sha256\nb:extraheader a\nb:extreme prejudice\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f l\nb:f metadata\nb:f o\nb:f p\nb:f parameters\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:fail package\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:fall through\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastapi 0\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features seeds\nb:features steps\nb:features were\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch http\nb:fetch https\nb:fetch js\nb:fetch no\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetched 0\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching need\nb:fetching the\nb:few minutes\nb:ff v0\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file based\nb:file builds\nb:file c\nb:file changes\nb:file content\nb:file could\nb:file does\nb:file etc\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file test\nb:file this\nb:file to\nb:file users\nb:file usr\nb:file var\nb:file would\nb:files 0\nb:files and\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files found\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finalizing artifact\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished uploading\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed in\nb:fixed value\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter pub\nb:flutter release\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt build\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn init\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for addresses\nb:for async\nb:for build\nb:for changes\nb:for configuration\nb:for connection\nb:for debian\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for input\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for longz4wqz\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for rust\nb:for setup\nb:for stable\nb:for struct\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for this\nb:for ubuntu\nb:for url\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:form tsx\nb:form vue\nb:format 0\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting output\nb:fortuna fortuna\nb:fortuna git\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found but\nb:found composer\nb:found error\nb:found errors\nb:found existing\nb:found fatal\nb:found for\nb:found github\nb:found ignoring\nb:found in\nb:found packages\nb:found python3\nb:found return\nb:found skipping\nb:found warn\nb:found with\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework inference\nb:framework quasar\nb:framework src\nb:framework test\nb:freethreaded false\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from build\nb:from c\nb:from cache\nb:from camoufox\nb:from commit\nb:from daemon\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from i\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from scrapling\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:frozenlist 0\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full report\nb:full stack\nb:func returns\nb:func1 0\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:funding batch\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g org\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g_ b\nb:g_ c\nb:g_ h\nb:g_ m\nb:galaxy allow\nb:garbage collection\nb:gateway addresses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gconnect 0\nb:gcr io\nb:gdb csl\nb:gem install\nb:gemfile lock\nb:gemini 0\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate debug\nb:generate job\nb:generate the\nb:generate_summary py\nb:generated 0\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator has\nb:generator next\nb:generic array\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get update\nb:get_settled_at is_none\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:gh issue\nb:gh pr\nb:ghcr io\nb:gi b\nb:git 0\nb:git all\nb:git allow\nb:git belanyi\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git corp\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git fetch\nb:git file\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git path\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git revision\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:git worktrees\nb:gitconfig to\nb:gitdir home\nb:github aashish\nb:github actions\nb:github blog\nb:github com\nb:github edeandrea\nb:github formatter\nb:github iml1s\nb:github io\nb:github pr\nb:github repo\nb:github runner_temp\nb:github skills\nb:github src\nb:github token\nb:github workflows\nb:github workspace\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob allow\nb:glob versions\nb:global config\nb:global git\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go caddy\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got other\nb:gpg could\nb:gpt 0\nb:grace period\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle kts\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greenlet 0\nb:greeting component_test\nb:grep allow\nb:grep q\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group run\nb:groups get\nb:gui is\nb:guide rules\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h e\nb:h e_\nb:h h600\nb:h head\nb:h home\nb:h i\nb:h o\nb:h p\nb:h r\nb:h ref\nb:h s\nb:h t\nb:h t_\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h600 compilation\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has changed\nb:has correct\nb:has exceeded\nb:has incompatible\nb:has no\nb:has not\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash fast\nb:hash validation\nb:hashbrown v0\nb:hashicorp aws\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have an\nb:have been\nb:have comment\nb:have detailed\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:head c12\nb:head to\nb:header filter\nb:header in\nb:heads main\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help visit\nb:help you\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:here is\nb:hex literal\nb:hhp hs\nb:hicpp signed\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint to\nb:hint used\nb:hint using\nb:hint will\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hostedtoolcache dart\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html debug\nb:html entities\nb:html erb\nb:html needless_borrow\nb:html needless_return\nb:html not\nb:html python\nb:html sec\nb:html shell\nb:http 0\nb:http archive\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http request\nb:http server\nb:http_client 0\nb:httpcore 0\nb:https aka\nb:https api\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https opencode\nb:https osv\nb:https packages\nb:https pip\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https spdx\nb:https stylelint\nb:https www\nb:https youtrack\nb:httpx 0\nb:hub action\nb:hub does\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i get\nb:i in\nb:i info\nb:i instead\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i o_\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i python\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i s_\nb:i t\nb:i t_\nb:i toolchain\nb:i try\nb:i u\nb:i unsafe\nb:i uw\nb:i x\nb:i z\nb:i_ k\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identical details\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:identifier of\nb:idna 0\nb:idx 0\nb:ie preinstall\nb:if c\nb:if entries\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if n\nb:if needed\nb:if no\nb:if out\nb:if returning\nb:if rustc\nb:if set\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:if you\nb:if z\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images ubuntu\nb:images windows\nb:imaging c\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc imgproc\nb:imgproc src\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:impacting any\nb:implementation of\nb:implemented for\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import os\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib metadata\nb:importlib report\nb:imports are\nb:imports on\nb:impossible for\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in apt\nb:in assignment\nb:in async\nb:in beta\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in headers\nb:in home\nb:in import_module\nb:in liquifact\nb:in module\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in source\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in tmp\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:inc packetfence\nb:include hidden\nb:include if\nb:include prod\nb:include workspace\nb:included software\nb:includeif gitdir\nb:including interfaces\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:inconsistent vendoring\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicate success\nb:indicates a\nb:indicates that\nb:individual deprecation\nb:ineffective mark\nb:infallibly using\nb:inference targets\nb:info 0\nb:info component\nb:info default\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info latest\nb:info or\nb:info syncing\nb:info there\nb:info using\nb:information 0\nb:information about\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:init d\nb:init home\nb:init users\nb:init__ py\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inner declarations\nb:inner t\nb:input 0\nb:input files\nb:input keys\nb:inputs itself\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install frozen\nb:install g\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install packages\nb:install r\nb:install registry\nb:install rustup\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install upgrade\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing environment\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance of\nb:instance travis\nb:instance using\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:insufficient cpu\nb:insufficient memory\nb:int as\nb:int cannot\nb:int error_count\nb:integer operand\nb:integer v0\nb:integration integration\nb:integration rs\nb:integrity check\nb:intentional allow\nb:intentional prefix\nb:interface tools\nb:interfaces objects\nb:internal 0\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal operations\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:into home\nb:invalid s\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:inverse inc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io github\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io index\nb:io library\nb:io reviewdog\nb:io rust\nb:io user\nb:io v2\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipfs podcasting\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is an\nb:is assigned\nb:is available\nb:is being\nb:is bot\nb:is called\nb:is canceled\nb:is caused\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is disabled\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is in\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is required\nb:is running\nb:is stopped\nb:is subject\nb:is the\nb:is undefined\nb:is up\nb:is users\nb:is valid\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:is_settleable found\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issue k\nb:issues 0\nb:issues by\nb:issues found\nb:issues reached\nb:ist is\nb:it before\nb:it can\nb:it does\nb:it for\nb:it has\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it s\nb:it should\nb:it starts\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item sku\nb:item str\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:itertools v0\nb:itoa v1\nb:its it\nb:its network\nb:its progress\nb:itself https\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:jar 0\nb:jar and\nb:jar c\nb:jaraco context\nb:jars and\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jest circus\nb:jetbrains com\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jobsys queue\nb:jonesn idea\nb:jooq gradle\nb:jq allow\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json echo\nb:json files\nb:json has\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:julia stdlib\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:k 0\nb:k b\nb:k but\nb:k does\nb:k e\nb:k e_\nb:k f\nb:k f_to_c\nb:k from\nb:k g_\nb:k i\nb:k n\nb:k s_\nb:k t\nb:k that\nb:k version\nb:k1045 the\nb:k8s deploy\nb:k_ e\nb:k_ i\nb:kata check_s390x_test\nb:keccak v0\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key error\nb:key failed\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key setup\nb:key should\nb:key the\nb:key true\nb:key v0\nb:key v8\nb:keycloak token\nb:keygen c\nb:keymanapp dependency\nb:keyring 0\nb:keys linux\nb:keystore models_test\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:kiriyaga nami\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known discount\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:kotlin address\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y_\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ o\nb:l_ p\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lang github\nb:lang r\nb:language_tags 0\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:later by\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest topics\nb:latest update\nb:latest v0\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger ledger\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:less than\nb:let client\nb:let or\nb:let stored\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level high\nb:level node_modules\nb:level package\nb:level template\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib example\nb:lib gconnect\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib jenkins\nb:lib kt\nb:lib lib\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libatk1 0\nb:libc v0\nb:libc6 dev\nb:libdbus 0\nb:libglib2 0\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license list\nb:license needs\nb:license or\nb:license ref\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses or\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line for\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines of\nb:link type\nb:link u\nb:linked legacy\nb:linker for\nb:linkid 0\nb:linking c\nb:links allow\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint suspicious\nb:lint with\nb:linted 0\nb:linting set\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:liquifact contracts\nb:liquifact escrow\nb:liquifact liquifact\nb:list allow\nb:list any\nb:list found\nb:list of\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:lite86 v0\nb:literal v0\nb:littpi net\nb:live log\nb:llama cpp\nb:llvm tools\nb:load 0\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading 0\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local show\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low 0\nb:low go\nb:low on\nb:lowagie pdfkit\nb:lower or\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d\nb:m d013\nb:m docs\nb:m e\nb:m enable\nb:m error\nb:m execution\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m k_\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pip\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m u\nb:m updating\nb:m v\nb:m value\nb:m variables\nb:m version\nb:m w\nb:m0s this\nb:m104 0\nb:m12 0\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:m_ o\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:macos latest\nb:macos macos\nb:macro2 v1\nb:macros v0\nb:macros v25\nb:made by\nb:maierj fastlane\nb:main activity\nb:main amd64\nb:main arm64\nb:main c\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make in\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager go\nb:manager kt\nb:manually installed\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux2014_x86_64 whl\nb:manylinux_2_17_x86_64 manylinux2014_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_24_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masonj0 fortuna\nb:masque rs\nb:master are\nb:master as\nb:master https\nb:master index\nb:master refs\nb:master set\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:mawk allow\nb:max git\nb:max issues\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may 0\nb:may be\nb:may increase\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:me kiriyaga\nb:measured 0\nb:media imaging\nb:medium 0\nb:megalinter io\nb:melos 0\nb:mem aggregate\nb:mem git\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:merge 0\nb:merge pull\nb:merror 0\nb:meson build\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata 0\nb:metadata for\nb:metadata org\nb:metadata pyproject\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method defined\nb:method named\nb:method not\nb:method parentheses\nb:method running\nb:method takes\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft com\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:might be\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minutes 0\nb:minutes ago\nb:minutes are\nb:minutes failed\nb:minutes marking\nb:mirror sync\nb:mirrorlist 0\nb:mirrors txt\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing whitespace\nb:missing_offset in\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode primary\nb:mode true\nb:model bin\nb:model kt\nb:model opencode\nb:model state\nb:model test\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules find\nb:modules hal\nb:modules lib\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:molecule allow\nb:mon may\nb:money rb\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more information\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms d\nb:ms dotnet\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms playwright\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:multidict 0\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple___ spaces\nb:multiplication with\nb:multiverse amd64\nb:multiverse translation\nb:must be\nb:must end\nb:must not\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:my project\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:mypy extensions\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n h\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n target\nb:n test\nb:n tools\nb:n true\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ a\nb:n_ c\nb:n_ d\nb:n_ e\nb:n_ f\nb:n_ m\nb:n_ n\nb:n_ p\nb:n_ s\nb:n_ v\nb:nabucasa 0\nb:name actionpack\nb:name assertion\nb:name azure\nb:name build\nb:name e2e\nb:name err\nb:name fmt\nb:name for\nb:name fv\nb:name gateway\nb:name is\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name not\nb:name only\nb:name or\nb:name to\nb:name w\nb:name_ should_\nb:named is_settleable\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace runner\nb:naming to\nb:nanopb 0\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:ne s\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need revision\nb:need to\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net 0\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new repositories\nb:new tag\nb:newest version\nb:newlib 0\nb:newlib csl\nb:newlib snapshot\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newly installed\nb:newtonsoft json\nb:next anonymous\nb:next js\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:nix ipfs\nb:no any\nb:no artifacts\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no install\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no method\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no tags\nb:no unit\nb:no unknown\nb:no untyped\nb:no unused\nb:no update\nb:no user\nb:no var\nb:no versions\nb:noble backports\nb:noble in\nb:noble main\nb:noble security\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node longer\nb:node net\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node was\nb:node_config in\nb:node_modules babel\nb:node_modules install\nb:node_modules jest\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodes are\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none any\nb:none func\nb:none listed\nb:none manylinux_2_17_x86_64\nb:none no\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not enforce\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not run\nb:not set\nb:not support\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not upgraded\nb:not use\nb:not used\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note method\nb:note referenced\nb:note some\nb:note switching\nb:note warn\nb:notebook cleanup\nb:notes app\nb:notes html\nb:nothing provides\nb:notice s\nb:notice to\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:now or\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm command\nb:npm config\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu get\nb:nuget org\nb:null 0\nb:null continue\nb:null null\nb:null then\nb:num integer\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o c\nb:o compiling\nb:o d\nb:o detecting\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o fonts\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o w_\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ h\nb:o_ i\nb:o_ m\nb:o_ p\nb:o_ r\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object where\nb:objects annotations\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:of 0\nb:of a\nb:of all\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of dependencies\nb:of different\nb:of each\nb:of false\nb:of get\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of l\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of org\nb:of p\nb:of package\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline packages\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omit dev\nb:omit from\nb:on 0\nb:on a\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on click\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on resource\nb:on runner\nb:on swift\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:once_cell v1\nb:one of\nb:one or\nb:onepager component\nb:onepager onepager\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:opam 0\nb:opam opam\nb:open a\nb:open deep\nb:open metadata\nb:open protocol\nb:open t\nb:opencode ai\nb:opencode gemini\nb:opencode gpt\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:operand with\nb:operating system\nb:operation runner\nb:operation timed\nb:operation was\nb:operation with\nb:operations default\nb:operator hicpp\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or cd\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or lower\nb:or more\nb:or npm\nb:or one\nb:or package\nb:or patterns\nb:or plugins\nb:or s\nb:or service\nb:or something\nb:or that\nb:or undo\nb:or use\nb:or windows\nb:order java\nb:order older\nb:order service\nb:ordered fetch\nb:orders db\nb:orders git\nb:orders order\nb:orders service\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org example\nb:org gradle\nb:org junit\nb:org licenses\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin name\nb:origin refactor\nb:origin url\nb:orjson 0\nb:orphan processes\nb:os archive\nb:os imported\nb:osv dev\nb:other 0\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out in\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output package\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over test\nb:override d\nb:overriding h\nb:overwrite existing\nb:overwrite false\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p i_\nb:p k\nb:p l\nb:p liquifact_escrow\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p t\nb:p t_\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:p0040 deprecation\nb:p1 r5\nb:p256 v0\nb:p_ c\nb:p_ s\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package cosmos\nb:package d\nb:package dependencies\nb:package for\nb:package github\nb:package handle\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package level\nb:package libasound2\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package lock\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package ms\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages microsoft\nb:packages net\nb:packages nuget\nb:packages please\nb:packages react\nb:packages read\nb:packages src\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:packetfence go\nb:pad failed\nb:padding spaces\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:pandas 0\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parameters json\nb:parentheses are\nb:parentheses around\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse toolchain\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser lib\nb:parser py\nb:parser rs\nb:parser test\nb:parsing a\nb:part of\nb:partition 0\nb:pasha code\nb:pass 0\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:paste v1\nb:patch typescript\nb:patched versions\nb:path 0\nb:path home\nb:path kotlin\nb:path race\nb:path tex\nb:path users\nb:path version\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pdfkit core\nb:pdfkit pdfkit\nb:pedantic add\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:performance tests\nb:period terminating\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php slugger\nb:php v2\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:pid 0\nb:pin versions\nb:pinned packages\nb:pinot tools\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip is\nb:pip pypa\nb:pip tools\nb:pip vendor\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline run\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:plan reviewer\nb:planet myplanet\nb:platform deploy\nb:platform git\nb:platform ops\nb:platform satu\nb:platform shared\nb:platform site\nb:platformdirs 0\nb:please check\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins are\nb:plugins maven\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnc i\nb:pnpm install\nb:pnpm lock\nb:pod failed\nb:pod was\nb:podcasting nix\nb:pods 0\nb:poetry lock\nb:pointing to\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:post setup\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:ppv lite86\nb:pr 0\nb:pr go\nb:pr review\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefix key\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparer java\nb:preparing metadata\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:press ctrl\nb:prettier check\nb:prettier code\nb:prettyplease v0\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:price_cents 0\nb:print 0\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proc macro2\nb:proceed with\nb:process completed\nb:process did\nb:process env\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing triggers\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:prod noble\nb:production only\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress meter\nb:progress true\nb:project actions\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project test\nb:project version\nb:project w\nb:projectcleverweb lastautoindex\nb:projects egeria\nb:projects openemr\nb:projects users\nb:promise anonymous\nb:promise ensure\nb:prompt file\nb:propcache 0\nb:properly see\nb:properties of\nb:properties rs\nb:property colr\nb:property line\nb:property no\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:psutil 0\nb:pub fn\nb:pub get\nb:public acls\nb:public build\nb:public class\nb:publish py\nb:pull 0\nb:pull complete\nb:pull image\nb:pull rate\nb:pull request\nb:pulling docker\nb:pulling fs\nb:punycode module\nb:pure build\nb:pure kotlin\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py g\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py socks\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_timeout_is_retried\nb:py y\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pydantic settings\nb:pygments 0\nb:pypa io\nb:pyproject toml\nb:pyproject_hooks from\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python linux\nb:python location\nb:python m\nb:python names\nb:python scripts\nb:python sha256\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pytz 0\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q release\nb:q u\nb:qty 0\nb:qualified_races json\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue js\nb:queue lib\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r a_\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r dependency\nb:r e\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r found\nb:r g\nb:r help\nb:r https\nb:r i\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r resolution\nb:r retrying\nb:r reuse\nb:r s\nb:r s_\nb:r script\nb:r see\nb:r set\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:race report\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:rand v0\nb:rand_core v0\nb:range 0\nb:range start\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:raw_race_data json\nb:ray6y documents\nb:rb 0\nb:rb git\nb:rb money\nb:rc2 v1\nb:rdk rules\nb:re run\nb:reached the\nb:reached your\nb:react cssx\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read error\nb:read errors\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:reading state\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:recursive git\nb:redis 0\nb:ref 0\nb:ref and\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refs west\nb:refused connect\nb:refused simple\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp include\nb:regexp remote\nb:region northcentralus\nb:region westus\nb:register layer\nb:register passkey\nb:registry 0\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry terraform\nb:registry ts\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release 0\nb:release cmake\nb:release cygwin\nb:release gpg\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:release yml\nb:releases download\nb:releases protoc\nb:releases tag\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote git\nb:remote origin\nb:remotes origin\nb:remotes pull\nb:remove and\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:removing include\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report ui\nb:reported by\nb:reported issue\nb:reporter github\nb:reports 0\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repositories which\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository codecov\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository liquifact\nb:repository maps\nb:repository masonj0\nb:repository maven\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request 0\nb:request canceled\nb:request for\nb:request handler\nb:request py\nb:request sent\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:required true\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset branch\nb:reset by\nb:resolution dealing\nb:resolution impossible\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolve s\nb:resolved 0\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resolving to\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response read\nb:response status\nb:rest src\nb:restore cache\nb:restore keys\nb:restore v8\nb:restored from\nb:restored successfully\nb:restoring cache\nb:restricted amd64\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retention days\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retry workflow\nb:retrying fetch\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned by\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse docs\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:rev parse\nb:review allow\nb:review other\nb:reviewdog action\nb:reviewer agent\nb:reviewer cogni\nb:revision 0\nb:revision v0\nb:revive exported\nb:right failed\nb:ring c\nb:ring test\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:role wine\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root directory\nb:root install\nb:root md\nb:root project\nb:root when\nb:rootdir home\nb:ropenscilabs available\nb:routes and\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs tmp\nb:rs v0\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby json\nb:ruby setup\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules config\nb:rules e\nb:rules property\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run bash\nb:run build\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run construct\nb:run create\nb:run curl\nb:run default\nb:run disable\nb:run dtolnay\nb:run echo\nb:run elm\nb:run enable\nb:run every\nb:run failed\nb:run format\nb:run go\nb:run gradlew\nb:run index\nb:run install\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run parse\nb:run pip\nb:run poetry\nb:run profiler\nb:run python\nb:run ruby\nb:run rustc\nb:run rustup\nb:run script\nb:run scripts\nb:run set\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run timeout\nb:run tsc\nb:run uv\nb:run with\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner eebxo6ax\nb:runner git\nb:runner gitconfig\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner issues\nb:runner java\nb:runner m2\nb:runner namespace\nb:runner npm\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runner_temp git\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs for\nb:runs of\nb:runtime test\nb:rust 0\nb:rust cache\nb:rust clippy\nb:rust fmt\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustfmt clippy\nb:rustfmt component\nb:rustup command\nb:rustup default\nb:rustup dev\nb:rustup if\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s 0\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s c\nb:s c2086\nb:s c2164\nb:s chars\nb:s ci\nb:s commit\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s e_\nb:s eta\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s js\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s md\nb:s microsoft\nb:s n\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s pf\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s then\nb:s transform\nb:s true\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s2n run\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ c\nb:s_ i\nb:s_ p\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample rdk\nb:samples sample\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:satu platform\nb:save always\nb:save if\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:schema https\nb:scikit base\nb:scikit learn\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scrapling 0\nb:scrapling fetchers\nb:scratch failed_e2e\nb:screen kt\nb:screens settings\nb:screens vpn\nb:script 0\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts dangerously\nb:scripts debug_html_parser\nb:scripts deploy\nb:scripts generate_summary\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk 0\nb:sdk api\nb:sdk dotnet\nb:sdk js\nb:sdk linux\nb:sdk macros\nb:sdk targets\nb:sdk telemetry\nb:sdk v25\nb:sdks microsoft\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:sec1 v0\nb:second 0\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secretstorage 0\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security auditor\nb:security cryptography\nb:security implications\nb:security in\nb:security issue\nb:security main\nb:security multiverse\nb:security policy\nb:security universe\nb:security vulnerabilities\nb:security vulnerability\nb:sed ne\nb:see a\nb:see also\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:semver v1\nb:send email\nb:sensor c\nb:sensor sensor\nb:sent awaiting\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:serde v1\nb:serde_derive v1\nb:serde_json v1\nb:serde_with v3\nb:server 0\nb:server client\nb:server compiled\nb:server exec\nb:server failed\nb:server id\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service kt\nb:service not\nb:service notification\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set o\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings 0\nb:settings screen\nb:settings true\nb:settings xml\nb:settled_at must\nb:settlement rs\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup uv\nb:setuptools 0\nb:setuptools wheel\nb:several a\nb:severity 0\nb:severity e\nb:severity error\nb:severity vulnerability\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:shallow linked\nb:share cmake\nb:share dotnet\nb:share julia\nb:shared config\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show error\nb:show origin\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:sid snapshot\nb:side of\nb:sidekick apis\nb:signal terminated\nb:signal this\nb:signed bitwise\nb:signed integer\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since poetry\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site scripting\nb:site theme\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size is\nb:skills a\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping analysis\nb:skipping git\nb:skipping integrity\nb:sku a\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger php\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:sme env\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot 0\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so now\nb:socket emit\nb:sockeye image_captioning\nb:socks 0\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:soroban env\nb:soroban sdk\nb:soroban_sdk address\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source s\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:sourcerygxx 0\nb:sources from\nb:space berui\nb:space between\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:sparse registry\nb:spdx org\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified deadline\nb:specified in\nb:specifiers in\nb:specs 0\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:sr ht\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src chapter3\nb:src client\nb:src codegen\nb:src common\nb:src copy\nb:src css\nb:src d\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src newtonsoft\nb:src node_modules\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src registry\nb:src ring\nb:src scene\nb:src scripts\nb:src search\nb:src sidekick\nb:src source\nb:src src\nb:src stg\nb:src storefront\nb:src styles\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src tests\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable aarch64\nb:stable component\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stable_deref_trait v1\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start at\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:starts with\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state information\nb:state java\nb:state run\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdlib v1\nb:stdune 0\nb:stellar strkey\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:stored client\nb:stored in\nb:stored settle_ts\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:strkey v0\nb:strsim v0\nb:struct liquifact\nb:structure test\nb:stub files\nb:studio 0\nb:studio offline\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint io\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:succeeded 0\nb:success 0\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:sudo apt\nb:suffixed with\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:sun nio\nb:supabase client\nb:support appcompat\nb:support for\nb:support targeting\nb:supported and\nb:supported file\nb:supports git\nb:supports n\nb:suppress this\nb:sure it\nb:sure that\nb:sure the\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svg from\nb:swatinem rust\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch command\nb:switch to\nb:switched to\nb:switching back\nb:switching to\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync from\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t could\nb:t d\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t exist\nb:t f\nb:t found\nb:t from\nb:t h\nb:t h_\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t sdk\nb:t slug\nb:t state\nb:t t\nb:t target\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t y\nb:t00 0\nb:t03 0\nb:t06 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t20 0\nb:t21 0\nb:t22 0\nb:t_ b\nb:t_ c\nb:t_ d\nb:t_ i\nb:t_ p\nb:t_ r\nb:t_ s\nb:t_ t\nb:tabs tabs\nb:tabs ts\nb:tag 0\nb:tag binutils\nb:tag cgen\nb:tag cygwin\nb:tag gdb\nb:tag must\nb:tag nanopb\nb:tag newlib\nb:tag releases\nb:tag sid\nb:tag v0\nb:tag v1\nb:tag v2\nb:tag zephyr\nb:tags false\nb:take a\nb:take empties\nb:takes 0\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar gz\nb:tar xf\nb:tar xz\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target n\nb:target s\nb:target t\nb:target w\nb:targeting n\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets microsoft\nb:targets true\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task run\nb:task_queues 0\nb:taskrun that\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temp agents\nb:temp git\nb:temp skills\nb:temp then\nb:temp true\nb:temperatures calls\nb:template 0\nb:template section\nb:template ts\nb:templates tests\nb:temporarily overriding\nb:temporary git\nb:temps js\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terminates an\nb:terminating with\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform io\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test b8ej_\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test count\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test duration\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test get\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kt\nb:test linux\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test multiplication\nb:test new\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test php\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests admin\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests csproj\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests files\nb:tests from\nb:tests func1\nb:tests in\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests properties\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests settlement\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:than 0\nb:than initial\nb:than once\nb:than or\nb:than the\nb:thapa wlctl\nb:that allows\nb:that are\nb:that does\nb:that is\nb:that need\nb:that runs\nb:that satisfies\nb:that scrapling\nb:that supports\nb:that terminates\nb:that the\nb:that two\nb:that were\nb:that you\nb:the 0\nb:the a\nb:the ability\nb:the above\nb:the action\nb:the agent\nb:the allow\nb:the ammount\nb:the apache\nb:the artifact\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the expected\nb:the expression\nb:the extra\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the latest\nb:the license\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the method\nb:the mix\nb:the module\nb:the n\nb:the name\nb:the newest\nb:the node\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the path\nb:the plugin\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the punycode\nb:the query\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the specified\nb:the strategy\nb:the switch\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the update\nb:the upstream\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:them and\nb:theme kt\nb:theme site\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this declaration\nb:this default\nb:this environment\nb:this error\nb:this expression\nb:this function\nb:this functionality\nb:this id\nb:this install\nb:this may\nb:this message\nb:this method\nb:this might\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thiserror impl\nb:thiserror v1\nb:thread main\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout exceeded\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timers 0\nb:timeseries timeseries\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title n\nb:title stylelint\nb:title want\nb:tldextract 0\nb:tmp build\nb:tmp pnc\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:tmp tmp\nb:tmp zmk\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to blob\nb:to build\nb:to but\nb:to c\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to credentials\nb:to date\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to get\nb:to git\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to ignore\nb:to image\nb:to import\nb:to install\nb:to java\nb:to l\nb:to load\nb:to main\nb:to make\nb:to manually\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to provide\nb:to pull\nb:to query\nb:to re\nb:to refs\nb:to register\nb:to remove\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to update\nb:to upgrade\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:todo 0\nb:token 0\nb:token manager\nb:token sme\nb:tokens on\nb:toml 0\nb:toml changed\nb:toml finished\nb:toml started\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolchain 0\nb:toolchain install\nb:toolchain none\nb:toolchain stable\nb:toolchain version\nb:toolchains xml\nb:tools 0\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools preview\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:topics dependency\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace deprecation\nb:trace file\nb:trace of\nb:traceback most\nb:traces file\nb:traces u4x\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:translation en\nb:transport got\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:triggers for\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true inputs\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate test\nb:truncate the\nb:trunk and\nb:truthy value\nb:try rustc\nb:try to\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt mirrorlist\nb:type annotation\nb:type answer\nb:type coercion\nb:type comparison\nb:type error\nb:type generator\nb:type hard\nb:type ignore\nb:type int\nb:type is\nb:type native\nb:type none\nb:type number\nb:type of\nb:type remote\nb:type running\nb:type sequence\nb:type str\nb:type string\nb:type test\nb:type u32\nb:typealiases are\nb:typenum v1\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript npm\nb:typescript patch\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:tzst p\nb:u 0\nb:u b\nb:u b_\nb:u c\nb:u cogni\nb:u d\nb:u e\nb:u e_\nb:u g\nb:u i\nb:u l\nb:u m\nb:u n\nb:u or\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u1101 unable\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u4x d\nb:u64 can\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu python\nb:ubuntu ubuntu2404\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ubuntu3 0\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected argument\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected unknown\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe translation\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown https\nb:unknown in\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unlabeled 0\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsatisfiable requirements\nb:unschedulable 0\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up job\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update lock\nb:update model\nb:update on\nb:update or\nb:update run\nb:update the\nb:update to\nb:update xml\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates main\nb:updates multiverse\nb:updates restricted\nb:updates test\nb:updates tsx\nb:updates universe\nb:updating 0\nb:updating crates\nb:upgrade pip\nb:upgrade to\nb:upgrade your\nb:upgraded 0\nb:upgrading https\nb:upload artifact\nb:uploading artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use a\nb:use apt\nb:use cd\nb:use compress\nb:use const\nb:use eslint\nb:use git\nb:use in\nb:use it\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:use xexpect\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used typescript\nb:used unable\nb:user git\nb:user guide\nb:user home\nb:user interface\nb:userguide command_line_interface\nb:userland alternative\nb:username g\nb:users api\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users csproj\nb:users david\nb:users jonesn\nb:users js\nb:users kevin\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users ray6y\nb:users runner\nb:users users\nb:users usr\nb:using 0\nb:using c\nb:using cached\nb:using check\nb:using docker\nb:using existing\nb:using first\nb:using from\nb:using master\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:usr share\nb:util concurrent\nb:util java\nb:util test\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv lock\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:uw u\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rustup\nb:v rxs\nb:v s\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dockerfile\nb:v2 net\nb:v2 s\nb:v20 0\nb:v25 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable for\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendor urllib3\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verbose grep\nb:verbose sed\nb:verification failed\nb:verification metadata\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version of\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:version verbose\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:virtualenv 0\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:vpn android\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w d_\nb:w dactyl\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w r\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning also\nb:warning as\nb:warning error\nb:warning github\nb:warning into\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning s\nb:warning spurious\nb:warning the\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was active\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was low\nb:was not\nb:was passed\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:wasmi_core v0\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we can\nb:we location\nb:we stopped\nb:we try\nb:web 0\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were supplied\nb:were used\nb:werror unused\nb:west cygwin\nb:west main\nb:west master\nb:west unlabeled\nb:west zephyr\nb:what s\nb:what was\nb:what went\nb:wheel 0\nb:wheel finished\nb:wheel for\nb:wheel started\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when used\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which types\nb:which will\nb:while assembling\nb:while awaiting\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:while waiting\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will change\nb:will do\nb:will suppress\nb:win2012 x86\nb:win22 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:wine ansible\nb:wine git\nb:with 0\nb:with a\nb:with allow\nb:with an\nb:with annotations\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with dependency\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with extreme\nb:with frozen\nb:with git\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with timeout\nb:with version\nb:with vulnerabilities\nb:with your\nb:within 0\nb:within a\nb:within grace\nb:within the\nb:without any\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work ansible\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work cogni\nb:work configr\nb:work counter\nb:work crc\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fortuna\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work imgproc\nb:work integration\nb:work inventory\nb:work ipfs\nb:work kotlin\nb:work landing\nb:work ledger\nb:work liquifact\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work ops\nb:work org\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work satu\nb:work sdk\nb:work sensor\nb:work shop\nb:work shorturl\nb:work site\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow is\nb:workflow job\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace etl\nb:workspace geo\nb:workspace home\nb:workspace imgproc\nb:workspace name\nb:workspace queue\nb:workspace root\nb:workspace samples\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:worktree config\nb:worktrees path\nb:would be\nb:would have\nb:would reformat\nb:wrapper dists\nb:write true\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x 0\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x t\nb:x test_client\nb:x x\nb:x y\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 lib\nb:x64 main\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86 0\nb:x86_64 linux\nb:x86_64 unknown\nb:x_ r\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xexpect actual\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xjc generation\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y a\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:y t\nb:y w\nb:y_ d\nb:yaml 0\nb:yaml is\nb:yaml safe_load\nb:yaml truthy\nb:yarl 0\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yhz z\nb:yml 0\nb:yml line\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you make\nb:you may\nb:you mean\nb:you must\nb:you need\nb:you want\nb:your build\nb:your code\nb:your dependencies\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your new\nb:your own\nb:your package\nb:your pipfile\nb:your plan\nb:your pull\nb:your requirements\nb:your test\nb:youtrack jetbrains\nb:z a\nb:z c\nb:z current\nb:z debug\nb:z group\nb:z h\nb:z js\nb:z m\nb:z post\nb:zephyr module\nb:zephyr v1\nb:zephyrproject rtos\nb:zero code\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zipp 0\nb:zmk config\nb:zmkfirmware zmk\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nb:zzpmw to\nf:0\nf:a\nf:action\nf:actions\nf:actual\nf:add\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:anomaly_history\nf:ansible\nf:api\nf:app\nf:apr\nf:arch\nf:archinstall\nf:archive\nf:artifact\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:benchmarks\nf:beringin\nf:billing\nf:bin\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:build_dir\nf:building\nf:buildx\nf:built\nf:bundle\nf:bundler\nf:busted\nf:but\nf:by\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:caddy\nf:cancelled\nf:cancelling\nf:cannot\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:changes\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:click\nf:client\nf:cloning\nf:cmake\nf:cmd\nf:code\nf:cogni\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:components\nf:composer\nf:compression\nf:config\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:context7\nf:continue\nf:copying\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:create\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disabling\nf:do\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:e1001\nf:echo\nf:edit\nf:elif\nf:elixir\nf:else\nf:enable\nf:end\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:escrow\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:example\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:explicit\nf:export\nf:exporting\nf:extra_cmake_args\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetched\nf:fetching\nf:fi\nf:field\nf:file\nf:files\nf:finalizing\nf:find\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:freethreaded\nf:from\nf:g\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:gh\nf:git\nf:github\nf:glob\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:grep\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:import\nf:in\nf:include\nf:included\nf:includeif\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:instructions\nf:internal\nf:interrupted\nf:invalid\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:let\nf:level\nf:lfs\nf:lib\nf:libdbus\nf:libfreetype6\nf:libgbm1\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:mcp\nf:medium\nf:melos\nf:meson\nf:message\nf:meta\nf:metadata\nf:method\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mkdir\nf:mnt\nf:mode\nf:model\nf:moderate\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:notice\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:one\nf:open\nf:opencode\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:pre\nf:prefix\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:prompt\nf:provider\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:qualified_races\nf:r\nf:rake\nf:ran\nf:range\nf:raw_race_data\nf:read\nf:reading\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:release\nf:removing\nf:repository\nf:required\nf:reset\nf:resolve\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restoring\nf:restricted\nf:result\nf:results\nf:retention\nf:retries\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scan\nf:scanned\nf:schema\nf:scikit\nf:scrapling\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:see\nf:self\nf:sensor\nf:sentry\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skill\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:stored\nf:string\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:sudo\nf:suites\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:targets\nf:task\nf:team\nf:teamcity\nf:temporarily\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:tools\nf:total\nf:touch\nf:traceback\nf:transferring\nf:tree\nf:trim\nf:true\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unit\nf:unknown\nf:unpacking\nf:unschedulable\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v0\nf:v1\nf:value\nf:var\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:worker\nf:workflow\nf:working\nf:workspace\nf:workspaces\nf:would\nf:write\nf:writing\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:access\nnw:account\nnw:action\nnw:actionpack\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:again\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amd64\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:args\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:artifact\nnw:artifacts\nnw:as\nnw:assembly\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assigned\nnw:assignment\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:awesome\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:backend\nnw:backticks\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:bundle\nnw:bundler\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2013\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cargo_common_metadata\nnw:cart\nnw:cart_spec\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloning\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codes\nnw:coding\nnw:coercion\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connected\nnw:connecting\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:container\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contracts\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:cpu\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:deep\nnw:def\nnw:default\nnw:defined\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:did\nnw:diff\nnw:different\nnw:differs\nnw:digest\nnw:dir\nnw:directive\nnw:directory\nnw:disable\nnw:discount\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documents\nnw:does\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:downloads\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:editor\nnw:eebxo6ax\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:escrow\nnw:eslint\nnw:est\nnw:establish\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:fffff\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flow\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:formed\nnw:forum\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:graph\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:groups\nnw:gui\nnw:guide\nnw:gulp\nnw:gz\nnw:h\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hatch\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indexes\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instrument\nnw:insufficient\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:invoice\nnw:io\nnw:ip\nnw:is\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:libc6\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:longer\nnw:looking\nnw:loop\nnw:low\nnw:lower\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:manual\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:mhelp\nnw:microsoft\nnw:mid0064\nnw:mid0065\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:n_\nnw:name\nnw:namespace\nnw:native\nnw:ne2\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:nodes\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:paket\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parser\nnw:parsing\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pd\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:phase\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pod\nnw:pods\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:protocol\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pypi\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:ratelimit\nnw:rather\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:releases\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rspec\nnw:rubyonrails\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s0103\nnw:s0246\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shrinkwrap\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solve\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:spelling\nnw:splitting\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:style\nnw:stylelint\nnw:sub\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:teamcity\nnw:telemetry\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_create\nnw:test_error\nnw:test_fail\nnw:test_features\nnw:test_low_stock_threshold\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:through\nnw:thrown\nnw:tightening\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:topic\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:u1101\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unix\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:unschedulable\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:upload\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validating\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:vite\nnw:vpn\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\nnw:zzpmw\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a04\nw:a07\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4\nw:a4006\nw:a5\nw:a62\nw:a7aef8b1\nw:a_\nw:aa\nw:aaa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:abort\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:absent\nw:abuild\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:activity\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:address\nw:addresses\nw:admin\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:agents\nw:aggregate\nw:ago\nw:ai\nw:aiogithubapi\nw:aiohappyeyeballs\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:aliases\nw:all\nw:allocate\nw:allocation\nw:allow\nw:allowed\nw:allows\nw:alongside\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:alternative\nw:always\nw:ambroisie\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:analyze\nw:and\nw:andi\nw:android\nw:annotated\nw:annotation\nw:annotations\nw:anomaly_history\nw:anonymous\nw:ansi\nw:ansible\nw:answer\nw:any\nw:any_\nw:anyio\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:appears\nw:apple\nw:application\nw:applied\nw:applies\nw:apply\nw:approval\nw:approved\nw:approx\nw:apps\nw:apr\nw:apt\nw:arc\nw:arch\nw:archinstall\nw:architect\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:ark\nw:arm\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assert\nw:assert_eq\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:asyncio\nw:at\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatic\nw:automatically\nw:automation\nw:autonomous\nw:available\nw:avg\nw:avoid\nw:await\nw:awaiting\nw:awesomeness\nw:awk\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b2\nw:b28\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b627fbcd5589ae52\nw:b7\nw:b7c1d6e3f\nw:b8ej_\nw:b_\nw:b_allowed\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backports\nw:backticks\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:batch\nw:bats\nw:bazel\nw:bb\nw:bc\nw:be\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:benchmarks\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigint\nw:bigquery\nw:billing\nw:bin\nw:binaries\nw:binary\nw:bind\nw:bintray\nw:binutils\nw:biome\nw:bit\nw:bitwise\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bluetooth\nw:blur\nw:bodies\nw:body\nw:book\nw:bookmarks\nw:bookworm\nw:bool\nw:boolean\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:branch\nw:branches\nw:branchpoint\nw:breadcrumbs\nw:breaking\nw:brianbancroft\nw:british\nw:broadcast\nw:broken\nw:browser\nw:bs\nw:bs4\nw:bucket\nw:buf\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:build_dir\nw:builddir\nw:builder\nw:building\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:buttons\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c12\nw:c1d2e3\nw:c1e\nw:c2\nw:c2065\nw:c2086\nw:c2164\nw:c2_\nw:c3\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cache_rs\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:caddy\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:camoufox\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:candidate\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:cast_possible_truncation\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:cell\nw:central\nw:certifi\nw:cf\nw:cffi\nw:cfg\nw:cgen\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:chapter3\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:cinterop\nw:circle\nw:circleci\nw:circus\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cmsis\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:coder\nw:codespell\nw:codex\nw:coercion\nw:cogni\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:collision\nw:color\nw:colors\nw:colr\nw:column\nw:columns\nw:com\nw:come\nw:comma\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:commits\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:completion\nw:component\nw:component_test\nw:components\nw:composer\nw:compress\nw:compression\nw:compute\nw:computed\nw:concepts\nw:conclude\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:considered\nw:console\nw:constraint\nw:constraints\nw:construct\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:context7\nw:continue\nw:contract\nw:contracts\nw:contrib\nw:contributors\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:converted\nw:cop\nw:copy\nw:copying\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:cosmos\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:cov\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp310\nw:cp311\nw:cp314\nw:cpp\nw:cpu\nw:cpufeatures\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:critical\nw:cronjs\nw:cross\nw:crossbeam\nw:crypto\nw:crypto_sign\nw:cryptography\nw:crystal\nw:cs\nw:csl\nw:cspell\nw:csproj\nw:css\nw:cssx\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:ctrl\nw:curl\nw:current\nw:currently\nw:curve25519\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cygwin\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2\nw:d2c1e0f\nw:d2f6c0b\nw:d55\nw:d_\nw:dactyl\nw:dactyl_left\nw:daemon\nw:daemons\nw:dalek\nw:dangerously\nw:darling_macro\nw:dart\nw:dart_web3\nw:darwin\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:days\nw:db\nw:dbkit\nw:dd\nw:dd7935\nw:deadline\nw:dealing\nw:deb12u1\nw:debian\nw:debug\nw:debug_html_parser\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delete\nw:deleted\nw:deleting\nw:delimiter\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:der\nw:dereferenced\nw:derive\nw:deriving\nw:derliebemarcus\nw:desc\nw:describe\nw:description\nw:descriptors\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detection\nw:detector\nw:detectors\nw:detekt\nw:determine\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:differs\nw:digest\nw:dir\nw:direct\nw:directly\nw:directories\nw:directory\nw:disabled\nw:disabling\nw:discard\nw:discount\nw:discovered\nw:discovery\nw:disk\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distribution\nw:distributions\nw:div\nw:division\nw:django\nw:dl\nw:dll\nw:do\nw:doc\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotenv\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:downgrade\nw:download\nw:downloaded\nw:downloading\nw:driver\nw:drone\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:dyn\nw:e\nw:e0\nw:e0061\nw:e0106\nw:e0277\nw:e0308\nw:e0401\nw:e0425\nw:e0599\nw:e10\nw:e1001\nw:e1101\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e7\nw:e8f\nw:e_\nw:e_path\nw:eadcdc7d\nw:ec\nw:echo\nw:ed25519\nw:edeandrea\nw:edge\nw:edit\nw:editor\nw:ee\nw:eebxo6ax\nw:efde290b\nw:efe31b98f2\nw:eff\nw:egeria\nw:either\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elif\nw:elite\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empties\nw:empty\nw:en\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:enforce\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:ensure\nw:entering\nw:entirely\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:enums\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:equivalent\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:escaped\nw:escrow\nw:escrow_id\nw:eslint\nw:est\nw:eta\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:exactly\nw:example\nw:examples\nw:exceeded\nw:exceeds\nw:exception\nw:exceptions\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:explain\nw:explanations\nw:explicit\nw:explicitly\nw:explore\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:external\nw:extra\nw:extra_cmake_args\nw:extracting\nw:extraheader\nw:extras\nw:extreme\nw:f\nw:f1d2c3b\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f7\nw:f841\nw:f909ac5\nw:f_to_c\nw:factory\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fall\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:fastapi\nw:faster\nw:fastlane\nw:fatal\nw:fb\nw:fc58aa\nw:fc97a4c5\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetched\nw:fetcher\nw:fetchers\nw:fetching\nw:few\nw:ff\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finalizing\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixable\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flash\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forgot\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:fortuna\nw:forwarder\nw:found\nw:foundation\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freethreaded\nw:freetype\nw:freezing\nw:fresh\nw:from\nw:frozen\nw:frozenlist\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g8001\nw:g_\nw:galaxy\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gconnect\nw:gcr\nw:gdb\nw:gem\nw:gemfile\nw:gemini\nw:gems\nw:gen\nw:generate\nw:generate_summary\nw:generated\nw:generating\nw:generation\nw:generator\nw:generic\nw:geo\nw:get\nw:get_settled_at\nw:get_sources\nw:getaddrinfo\nw:getter\nw:getting\nw:ggml\nw:gh\nw:ghcr\nw:gi\nw:git\nw:gitconfig\nw:gitdir\nw:github\nw:gitlab\nw:gitleaks\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:gpt\nw:grace\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greenlet\nw:greeting\nw:grep\nw:grgit\nw:grotesk\nw:group\nw:groups\nw:gui\nw:guide\nw:guilouro\nw:gulp\nw:gyp\nw:gz\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h5\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:hal\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashbrown\nw:hashicorp\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hhp\nw:hi\nw:hicpp\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:httpcore\nw:https\nw:httpx\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i128\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idna\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implement\nw:implementation\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:imports\nw:impossible\nw:in\nw:inc\nw:include\nw:included\nw:includeif\nw:includes\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistencies\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:individual\nw:ineffective\nw:infallibly\nw:inference\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inner\nw:input\nw:inputs\nw:insensitive\nw:inside\nw:insights\nw:inspect\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:insufficient\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:intermediate\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:inverse\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:iot\nw:ip\nw:ipfs\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:is_none\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:itertools\nw:itoa\nw:its\nw:itself\nw:j\nw:j2\nw:j30\nw:jar\nw:jaraco\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:job\nw:jobs\nw:jobsys\nw:jonesn\nw:jooq\nw:jq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:k\nw:k1045\nw:k8s\nw:k_\nw:kata\nw:keccak\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keyring\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:kiriyaga\nw:km_to_miles\nw:knob\nw:known\nw:koch\nw:kotlin\nw:kt\nw:ktlint\nw:kts\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:lab\nw:label\nw:labs\nw:lambda\nw:landing\nw:lang\nw:language\nw:language_tags\nw:laravel\nw:large\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:lazy\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:less\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libasound2\nw:libatk1\nw:libc\nw:libc6\nw:libdbus\nw:libfreetype6\nw:libgbm1\nw:libglib2\nw:library\nw:libs\nw:libtonode\nw:libxcomposite1\nw:libxfixes3\nw:libxrender1\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:liquifact\nw:liquifact_escrow\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:lite86\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:llvm\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:longz4wqz\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:low\nw:lowagie\nw:lower\nw:lower_snake_case\nw:lru\nw:ls\nw:lspconfig\nw:lua\nw:lxml\nw:m\nw:m0s\nw:m104\nw:m12\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:macro2\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malformed\nw:malicious\nw:manager\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux1_x86_64\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_24_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:manylinux_2_5_x86_64\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:masonj0\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:mawk\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:maybe\nw:mb\nw:mcgdiff\nw:mcp\nw:md\nw:mdi\nw:mdurl\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:media\nw:medium\nw:meeting\nw:megalinter\nw:melos\nw:mem\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:meta\nw:metadata\nw:meter\nw:method\nw:methods\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:mif\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minimum\nw:minitest\nw:mintimeout\nw:minute\nw:minutes\nw:mirror\nw:mirrorlist\nw:mirrors\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:molecule\nw:mon\nw:money\nw:mono\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:multi\nw:multidict\nw:multiline\nw:multiple\nw:multiple___\nw:multiplication\nw:multiverse\nw:musl\nw:must\nw:must_use\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:namespace\nw:nami\nw:naming\nw:native\nw:native_lib\nw:nav\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newlib\nw:newline\nw:newly\nw:newtonsoft\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:northcentralus\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:nuget\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:odder\nw:oder\nw:odor\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:older\nw:ole\nw:omit\nw:on\nw:once\nw:once_cell\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:opencode\nw:openemr\nw:opening\nw:openssh\nw:opentelemetry\nw:operand\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orjson\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outputs\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p0040\nw:p1\nw:p256\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:packetfence\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parameters\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patch\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pdf\nw:pdfkit\nw:pedantic\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:period\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:person\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinned\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:plans\nw:platform\nw:platformdirs\nw:playwright\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnc\nw:pnpm\nw:pod\nw:podcasting\nw:pods\nw:podspec\nw:poe\nw:pointing\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:pool\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:post1\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:power\nw:pp\nw:ppv\nw:pr\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:preinstall\nw:prejudice\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:press\nw:prettier\nw:prettyplease\nw:prevent\nw:previous\nw:price\nw:price_cents\nw:primary\nw:print\nw:printed\nw:printf\nw:println\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:processor\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:promise\nw:prompt\nw:prompts\nw:propcache\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:psutil\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:punycode\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pycparser\nw:pydantic\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyproject\nw:pyproject_hooks\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qty\nw:qualified_races\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queue\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:rand\nw:rand_core\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:raw_race_data\nw:ray6y\nw:rb\nw:rc\nw:rc1\nw:rc2\nw:rc3\nw:rdk\nw:re\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readme\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:record\nw:recorded\nw:records\nw:recursive\nw:redirect\nw:redis\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:rejects\nw:related\nw:relative\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:rename\nw:renamed\nw:render\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:res\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retention\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returning\nw:returns\nw:reuse\nw:reused\nw:rev\nw:review\nw:reviewdog\nw:reviewer\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:role\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:ropenscilabs\nw:roundtrip\nw:route\nw:router\nw:routes\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rtos\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runner_temp\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustfmt\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s2n\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safe_load\nw:safety\nw:same\nw:sample\nw:samples\nw:sandbox\nw:sardonyx\nw:sata\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scm\nw:scope\nw:score\nw:scrapling\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:sdks\nw:search\nw:sebastian\nw:sec\nw:sec1\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secretstorage\nw:secs\nw:section\nw:section_end\nw:section_start\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:self\nw:semicolon\nw:semver\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sent\nw:sentence\nw:sentry\nw:separate\nw:sequence\nw:sequential\nw:serde\nw:serde_derive\nw:serde_json\nw:serde_with\nw:serialize\nw:server\nw:service\nw:services\nw:session\nw:sessions\nw:set\nw:sets\nw:setting\nw:settings\nw:settle\nw:settle_ts\nw:settled_at\nw:settlement\nw:setup\nw:setuptools\nw:several\nw:severity\nw:sf\nw:sh\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:shorturl\nw:should\nw:should_\nw:show\nw:shrinkwrap\nw:shutdown\nw:sid\nw:side\nw:sidekick\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simdjson\nw:simple\nw:simplified\nw:simulators\nw:sin\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skill\nw:skills\nw:skip\nw:skipped\nw:skipping\nw:sku\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:sme\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:sock\nw:socket\nw:sockeye\nw:socks\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:soroban\nw:soroban_sdk\nw:sorted\nw:source\nw:sourcerygxx\nw:sources\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spdx\nw:spec\nw:specific\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:sql\nw:sqlalchemy\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stable_deref_trait\nw:stack\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:stat\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:stellar\nw:step\nw:step_script\nw:steps\nw:stg\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:stored\nw:storefront\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:strip\nw:strkey\nw:strsim\nw:struct\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:stylelint\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggested\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:supabase\nw:supplied\nw:support\nw:supported\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:swatinem\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t00\nw:t03\nw:t06\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t14\nw:t15\nw:t16\nw:t17\nw:t20\nw:t21\nw:t22\nw:t_\nw:tab\nw:table\nw:tabs\nw:tag\nw:tags\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:tarball\nw:tarfile\nw:target\nw:targeting\nw:targets\nw:task\nw:task_queues\nw:taskrun\nw:tasks\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:teamcity\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:template\nw:templates\nw:temporalio\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminate\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_core\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_total_rounding\nw:test_unicode\nw:testcafe\nw:testdata\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:their\nw:them\nw:theme\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tldextract\nw:tment\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:tooling\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topics\nw:topologies\nw:total\nw:touch\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transferring\nw:transform\nw:transition\nw:transitive\nw:translation\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:trusty\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typealiases\nw:typecheck\nw:typed\nw:typenum\nw:types\nw:typescript\nw:typo\nw:tzdata\nw:tzst\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:u4x\nw:u64\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu2\nw:ubuntu24\nw:ubuntu2404\nw:ubuntu3\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unifont\nw:uninstalled\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlabeled\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unschedulable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgraded\nw:upgrading\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:userland\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:uuid\nw:uv\nw:uv_manager\nw:uvicorn\nw:uvu\nw:uw\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v25\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:verifying\nw:version\nw:versions\nw:via\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:w_\nw:wait\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:wasmi_core\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:welcome\nw:went\nw:were\nw:werror\nw:west\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:wildcard\nw:will\nw:win2012\nw:win22\nw:window\nw:windows\nw:windows2022\nw:windows_\nw:wine\nw:with\nw:withdraw\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:workflows\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:worktrees\nw:world\nw:would\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writer\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:x_\nw:xauth\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xexpect\nw:xf\nw:xfailed\nw:xfonts\nw:xjc\nw:xml\nw:xs\nw:xz\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarl\nw:yarn\nw:yesterday\nw:yet\nw:yhz\nw:yml\nw:yoke\nw:you\nw:your\nw:youtrack\nw:z\nw:zephyr\nw:zephyrproject\nw:zero\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zipp\nw:zmk\nw:zmkfirmware\nw:zstd\nw:zurichsee_ha\nw:zzpmw",
    causeBias: -131,
    cause: '8/8hACUA3f/K/+L/4f8WAB8AyP+5/8//6P/+/7L/t//f/8z/0f9AAOn/FADa/8T/w//p/7//x//E/zgAAwD8/zwA8v/O/67/o//1/93/5P/i/93/xP/m/+T/xv82AN7/2//R/x4ANgDI/8z/MgA6ABUA7P/X/8z/EwCZ/xYAKADm/wkA0f8VAOD/3f/l/+L/qf/m/37/w/8VADQAAgCT/93/0//Z/xMA8/8sAL7/CwDc/woArP/A/zMA1P9BAOb/IQDj/zAA8/9MAAoANwDS/ycAr/+2/xQA1v/N/+P/KQDk/+T/1f/d/+P/5f/i/+b/3v8rAN3/5//R/z4AFQCR/+r/BwCi/9n/rv/4/ycACwAUAAAAtP8mACQATQAcABsARAA3AC0A5f8mAOH/4v/F/+T/0f8UAOj/FQC+/zYAMgA+AKj/3f/P/+v/WwCP/00A2P+3/wMAwv/y/6//x/9oABYA4P/m/+b/wP+5/18ATQDn/93/3P+w/x4A3P9OAMD/KQDl/8v/zP+4/3z/zf8iANX/UAAnABQA+P/j/xUAjf8dAM///v/k/yAA3f8yAHQAIQDa/0kAIQDc/yYACgDg/9X/nv9jAKf/1v+g/zwA2/9l/+f/4v+s/xcAw/8YAMj/nv8jAKT/4P+d/97/FgAaAMv/5P/W/73/MADj/7D/iv8uACwA5v9cABwAl//Q/77/4P+Y/8b/uf/V/9L/HgBJABoApv8DAKD/IADF/xUAu/8qAOr/BADn/+P/2f/h/93/3f/h/+r/6P/c/+z/6P8gAC8Av//C/ykAxf/L/6oARgC3/6b/3v/d/wwAxP8UADcAYQDg/9L/3v8ZAJP/5//6/+T/yf/H/xcA6//5/yoA5/8pABoAGgAaABoA0P8cAOX/2P8jAIf/0P8/AOL/FwCX/+f/IACQ/zIAPgDq/yMAwv+3/wkA4v8kAGf/NgAbAPf/xv82ABIAqf/b/73/0v8zAOD/HADU/7//HQC+/6//qP/4/9H/MADF/9b/PQCX/97/4f/i/9b/wf/F//j/FgDO/6P/2/81ANr/5v/I/zEAEgAeALr/EgC+/6n/2/+7/wIA6f+1/9f/HACr/yX/GACO/7n/HwCv/0gA0P9z/9r//P/i/w4AFQB4/ywA7P8rAJz/SADJ/xgAz//Q/yYAZgDm/8v/yP8GAOf/TwBJAEsA1v8+ACoAzv/p/5T/OgCh/9//IwA6AOn/IADJ/+T/HgDL/8T/1//D/9T/6f/l/9P/1P/I/8b/rP+p/8v/yv/V/9L/WQAVAPr/1f/q/0cAGAACANz/zf/Y/7b/NAAZABYAaf8iANr/1P9DALT/HAAEAJn/z/8UAOj/zP9LACEAOAA5ALn/WAAzAC8APgDl/8r/nv/p/8r/xP/M/3YAJgAnABUAFQCl/2sAUgDk/+b/9/+y/9D/z/8hACUAvv+q/wMAtP8kAAQAuf/c/x0As//q/6j/IwDf/7n/DgCm/8r/5v/n/9T/MwAeAPX/3/8DACMA5v8dAAAA4f8ZAKf/8/9aAAUAFQC7/8j/tP8UAB0At//G/+H/4/8UAAMAGgDK/ygA9//Y/zoADwCu/xkAFQDY/8j/JAA6AOP/5P+v/zMA9//q/+3/7P+0//f/vP8VAM3/3v/m//7/6P8mAOT/2//a/7b/6P8iAAMAJwAbANv/OQDo/zoA7P/e/9v/6v+O/y0A8f8qAPL/8v/d/yYAoP/T/+j/3f/i/xYAFwDp/xQAFACz/woALQDo/9H/1/8WACIA1P/I/0QAAQAfALn/FAAwABwA2P/h/xQA2f/V/8j/sf/b/7j/w/+x/8n/wv/o/8r/2//c/+n/FQAVACoA4P/W/63/6f8qAMb/vP+z/xYAFgDb/xQA5//S/67/3P/T/9r/4//Z/9z/vf8hABkA9f/N/+z/7P/q/+j/OwDk/5L/3P++/5f/qP/h/+j/SgDn/9f/5/8cADoAPAAPAOP/4//j/97/KwBfAJn/tv9JACsASQAkAD8ALgAiABQAqv/b/xcAFADR/ycAtf8KALz/MgC7/+D/W//R/37/b/+b/2P/4P/L/zYAyf+8/7T/x//I/8f/7P+1/7z/6//p/9j/wP/Z/+j/HQAPAM//u//f/+L/q//j/9T/zP84AIX/zP8iACQA1//K/6f/1//X/4X/yv/b/7z/HADq/woAJADK/+j/sv++/yYAoP/I/6X/y/+j/+n/5P8tAOL/5f8gANH/0f/R/7r/zf9AAOP/7P/q/2f/JwAaAMD//P/b/9j/4v/Z/zgAHgAeANb/FQARACwA1P9//x4A6f89AOH/6/9EAMD/HgDl/wUAxP/I/93/wf/k/97/7P8VACQA6v/b/yAA6P8VAN3/KgAeAOz/x/8jABcAHgDf/9n/FwDA/wQAuP8rABgAq//c/xQA4f+6/x8A6f/k/+X/rf8sAJ7/LQDs/9P/EQC7/y8A6P+2/+D/2v/r/+z/FQC9/8P/2v/O/9n/HgDm/87/5P/r/+n/zf/I/2wA6P8YANr/vP8VABQAKADp/+j/FQDo/xQAIQC8/9r/JgC//5//EwAgANX/IQAVACEA4//J/yEAyP/I/8v/vf8iABQAFwDe/+z/sv8jANH/nf+5/xcAvP/d/+v////O/x8A6/8RADAAs//y//H/+f/b/7v/MAAcAEgA3f/h/93/FwAXANX/LQDK/yYA//8qACMAzf/P/+T/FAAxANP/IwDP/97/s//P/9X/LwDZ/zcADQDd/wUALgA9ABUA6f8WAKX/NQARAOf/6f/i/9X/1v/r/+L/6v/p/y0A4f9EALP/nP/j/zYAtv/W/xwAwP8VAMj/3f8XANv/0//S/0sAuP8tADAA3v/o/xYAHAAyABUAxv+r/9D/FADq/+f/xv9+/6j/JgD6/2cAGgAZAD0AyP8VADIAPgBQADUACAAzANL/5v8zAAgAKwAEAP3/PADm/yQAwv/T/7z/vP/Z/xUAvP+8/xoA5v/P/ykAwf+p/wwAlv8aAOv/0v8gANL/pP+g/xYA5P/D/8L/zP/D/53/5v+b/6//5//a/7T/wP/I/+X/1P/e/+n/HAD6/zIAXf/f/wMAOgAcABwAu/8kANH/MgCj/8L/0f/l/y8AHwBn/1UAHADJ/xQAdv/F/yQA0v/W/y8AwP8zANT/FAD4/8H/5v/o/xwAFAAaACAA0P8sADEA3P+6/wAA1/+u/6D/9f8HAPD/2v/f/xMAHQCg//r/3P8hAM7/rP/T/xIA0v+T/6r/6f/y/yYACADl/93/5P/a/yQA4v/d/+b/3v+X/67/q//M/4//6f/k/8z/6//m/8r/FgDJ/9L/0f8vAEIAlf/S/+L/wf/k/+T/yv/E/9v/MgAyAIj///6j/4D/2v/M/9//q//Q/6P/KAAqAOX/3P9QACQAFADj/xcAVQDe/0QAIAAdAOH/nv8JABUAFQDw/zkASgBGACoA3f87AOX/HgA4AOv/zf8oADAABAAvABgAOwBwANP/OwCy/xgAvP8zACQA3/8aAOH/XAC4//3/3//O/+r/GwDR/z4A0v/r/xsAHAAVACoAFAA4ANH/MwBhAE0Azf8KAPz/3v+0/xkA7P/i/xcAAQCx/yEAXwAYAMf/pv82AMb/u/8UAOn/0f/f/8j/SACs/5b/t/+t/97/u/+d/7L/QQAMAMb/AwDL/yUAtf/O/+H/AwAgABYAjP+b/yQAHgBuAOn/tv/f/9z/uf8mADoAMQC//xQA6v/m/+7/6//z/x4AJQAZANf/zP/o/+n/6//B/8n/uP/r/9H/v//r/+r/2//Z/+b/HgDV/xoA3//r/2P/LgBOAN3/6/8KALH/p/8HABoAwv+n/73/yP+7/7T/1P+n/6z/3f/n/5P/GgDX/5X/wf8IANL/hv/T/7//MgDb/zEALQB1/y0A3P/L/x8A+v8uACEAGwDr/w4At//q/wEA0P+6/7z/m/+p/wwA1f8XAOP/HAC5/8z/LADL/xYAvP/I/9z/1f8aANT/zf+1/xoA3f/N/6T/yP9r/9b/z//f/+j/3/+q/zwAFAAZABkA5P/F/xYA6P/d/+r/0P/R/6D/sP8nAMH/4f/r/xYAyf9EABoAwf+r/wwA3P9GANX/1f8UAC4ABAAgAE4ASwAKAMX/9v8sAGMAMQCs/7n/x/8UANX/w/+3/y8AEADP/8n////e/+P/EgDw/+b/FwASAMf/AADj/+r/m/8jAEgA7f8wANH/4P/R/9X/zP/W/+n/IgAjAJ7/m//j/xEAxf+N/8v/rv+2/y8Asf/O/+L/7f/d/yAAxP80AC0AEACo/8L/BQDf/7D/9f8DAB8A6f8FALX/h/8jAMv/4v8PALr/PgDr/+j/of+G/9X/FQDp/+D/3f8cADsAFAATALf/4P/l/+L/5v8wAJ3/6//Y/zUAAADv/8P/IgDA/+D/tv/B/2n/4f/h/5P//P/m/9n/r/+s/9H/wP9R/6P/u/+y/3j/v//F/8f/xP+2/0z/6//B/9L/GgDH/7L/6f/r/9n/4//I/+b/FAAUABQA4P/c/ykAMwAVAB0As/+0/xQAxP/k/xYAIgDh/0UAQwCr/yYAp/89AMv/IAAeADIAYgAwABQAGQC0/zMAFAA0AOj/GACi/9D/wv/Z/7z/4f/o/77/rP/b/7n/vv/5/+n/AABkAOv/mv9IAMn//P8mALT/JAAgAOD/AwA8AB0Anf9JABQARwDd/93/4v/R/9H/HACy/x8Asf/R/9H/FgAvALz/vf/o/8n/0/8wANn/0//r/xsAz//q/7z/VgDU/0YAwf/S/8//FwA9AEEAzf/A//P/IAACAM7/IACQ/9T/w/+i/zQAIwDU/4v/IQDe/yAAtP/H/87/u/+//7b/j/8LAL//6/8hAPf/6/8oAIr/w/8aABoAkP+o/9r/3v/J/83/u/+k/53/5f/Y/83/sf/b/zIAIwAUALH/FADJ/8X/3v/W/yEAw//e/+n/yf/R/xQAJgA0ANb/5v/D/xYA1v/h/77/+P/r/zQAyf+x/x8A2f8SAOz/7P/X/z0Auf+s/83/4v/4/xP/pf+t/97/GAA0AFgA6f8jAOv/IgDm/97/uf/Y/9D/uf/S/8P/v//P/+f/HgDb/97/1v8UABEA6f/S/8r/4f/T/+H/zv/k/+v/PQDR/7//FwDG/9z/pv/V/9X/HQAVAB8A0v/O/93/NgDl/xgALADv/xEANAAtAEkAKgAOALH/GQDW/xQAtP/r/yIACQAqABQA6v/x/xgAIADU/9P/0//R/5z/QQA3ALv/xv+h/+X/vf+0/8//tP/H/+X/3//a/63/0f+s/5T/zf/A/9j/of8WAL7/GAATAOb/LwB8/9r/6f/V/x8Av//X/73/0f/C/+L/FwDH/+j/0f+P/8D/xf8fABUA3/8UABEAzf8wALL/sf8UAMP/3P8UAOz/5//Z/yMAzf/h/6v/z/8kAMT/v//N/6v/2/+u/9L/5f/Y//H/PQAjACYAzf+F/8P/uv/Y/6z/4f/I/+3/xP/B/8X/6v8ZAOP/4f8UALr/OwAdAOj/AQCV/8D/v//i/7n/TAAZAOH/sf9EAMT/qP+4/9n/xf/q/+v/uf8KAC4AGAAnANL/ov/p/5X/5f+U/+X/mf/k/9v/AAAnANT/5//e/+X/IgCf/0oAIgA3ABYAGQAbADQA9P8oABYAJAD3/97/OwDD/9z/rv/D/+X/BQCM/1UA2v+3//j/yv/9/93/1f/e/9P/vf/e/9D/q//X/9P/3P/D/9X/2v/P/8//zv/Q/9z/vP/X/9z/1v96/6f/DACz/9H/EwADAM7/tv/K/7//3P9EAJf/JwAsAM//FQDJ/yAAIwDr/7f/V/8uAMP/w/8YAB4AHgDJ/wUA6P8YANH/mv/I/+n/yv/e/+X/7f/i/yYAPAD4/+T/3f/N/+L/4P+r/xsA4/8OAMH/DwAZANz/of/r/+T/lf9BAL7/5/+3/zIASgDD/zkAJgDm/xQAJwABAM3/MAAYAEkA7P8gACIAJADM/+v/oP+W/9T/MgDU/8b/MgD4/xQAh/8xAOT/zv8qACEACQC2/wgAxP/A/13/sv+S/zkAHwDI/+L/u/8jAEQACgCs/+n/3v8XADYA7P98/ycA5/8SADEA0f8sAOb/xP8XAPr/zP8lABUA4f/d/yoA6f/r/zoANQBKAC4ACQCe/8f/y//H/9P/2P/h/7H/MwCz/9n/1v/X/83/3//j/8r/JAAWAL//CwDb/6z/vP/l/9T/5P+a//f/yf/C/+r/p//e/5L/6P/l/+r/pP/p/+//o/8QACQA1P/Q/+n/6P/h/4j/n/8gABUAyv8LADcASQC4/9T/pv/Q//j/t/8rACAAHwDg/w0ALgDG/xcAwv+w/7r/5P/S/+H/0v8aAOv/6v/i/9b/cf8fAKr/FQDl/3X/JQDl/+T/GgDZ/8j/5//V/+H/8P/S/wgAnv/H/9r/6f+d/9T/jf8VAB8AV/8EAM//qv/3/xUALwDJ/w0AFgDx/9//6/97/yoAuP9oAOL/IQDh/yUApQAVAJD/zf/k/xQA3P8sAA4A6f/p//n/JwDj/+X/4v/4/9v/yP/n/+P/6f8eACYA0v8eAM3/4f8UAOn/yv/J/2YAFQCw/6v/2P8WAJ7//f/p/y0AOAAaAN//l/80ABUAjP9NAOP/RQDC/8D/w/+8/8v/KwCs/8n/u/85ABwAMADd/5j/3P/M//7/n//+/7f/JgDZ/+f/3//P/7T/2v+o/9H/BAADAMr/TQAqACoAJgAVACYAFQDY/+n/4P+0/xkAwf/a/8//HgCZ/8D/z//j/93/3/8oAOr/1/+j/7r/8//r/7T/FQBKAOL/yv8mAMD/4v+7/+v/4f8QACoAHADA/xkAIwDE/+r/4f8tAM7/GgAeABwAVP8UADkAwf/M/1EA1//k/xkAGgCy/00AwP8dAN3/GQA3ACwACQDA/8f/NQDg/+f/GADh/yQAEwC3/8X/2f+l/5P/SwAPAC4A2v+m/9j/6v+//9T/xP/o/+r/xf/n/yIA4v8GAOr/GgDn/w4A7P/K/9j/sf8QAMn/3P/V/+T/YwDf/xYAvP8eADIA1f/j/9j/HADe/77/FgAdABAANwCt/y0AKgDq/6X/DwDd/9b/0//r/+H/y/+1/9j/6f8nANf/2//r/+r/6//E/6z/zf/T/8T/IQBJALP/CAAtABYA/P/8/1wAIQAqAOH/7P/r/+D/uv/i/8b/6//D/9D/xf8oANr/2/8nANT/0//o/7P/xf+l/xAAtv/A/+T/IAAVAOf/3P+v/+P/3P/Y/8P/eADh/5X/3P8YACsAFgB2/9T/2v8vANH/zv/U/+b/6P86AG3/2P/K/woAFAAcAAwA3f8hAMT/lP/t/9f/OAADAOn/IADn/xoAJQDU/9f/FgCw/xYA6v9LAE8AFQAvANb/GQA9AM//7v/H/9L/0P8VAHP/1P8XABcALQAEABcAFgCw/83/w/+P/y0Aqf/W/9z/JgAtAOX/3f/L/+D/2v/Q/+X/2v/X/9T/x/+1/7b/RADU/9L/z//f/6j/1P/j/4v/sf+9/8D/4f/8/x4AqP/Z/0gAFgDV/wQA7/8MANr/iv+//9r/x/8WACMA3P/q/0MAJwCs/5T/OwDg/xwAVgDM/08A+P8VAAcAFgC1/z4AKgAPANv/1f/e/+//9f8eAP//4//q/x8A2//q/+r/6f8NAAkACwCa/+f/0v/6/9//2v/i/x8AuP+g/83/MwBQABYA/P/C/9X/KAA8ABwAVgAlABgARAA3AC0A5f/T/9P/LAAmAOL/3P+4/97/l//K/6H/JgDT/9D/LwDW/9z/s/8qAOn/6f/J/9D/qP+d/+j/rv+1/3r/HgAzABQA6P/P/xkAFQDL/ygA4f/V/+H/KgDl/9v/JwDr/7v/0v/W/8z/JgC2/8z/IADu/xUAPwCn/9v/vv/K/+f/5P/k/9L/1v8ZAD0AsP88ABUA6P/X/00AFQAVANv/wf/j/+b/5v/d/+X/FAAbAIv/7P8UANf/5//W/9r/rv8eAJP/yf+1/1j/2//4/+v/o/8dADMAIgBQADIAOQDR//b/rP/I/wgA2v8hABgA5v/8/zQA6P/i/3X/x//p/1UAVADf/6L/QgC8/xcAGgDc/0IAIgC8/zAA4//p/04Awv/R/+H/JQC5/+H/SADV/ygAPABWACUAv//k/ykAMAAKALz/cQDr/6z/GwAbALr/FQC4/9L/o//T/7//5f8VAMP/rf/z/5j/AwAxAOT/tf/G/xgAt/8eADAANwDC/zcAQwDX/z0ASwDh/+j/OgDz/zwAHQDB/x4AMwC8/wEAr/+3/8X/4v+h/yEAAQDP/xoAKADp/8j/9/8UAEAAPADM/+D/XgDa/zMAwv8cACUAFgDl/7T/MAAgANv/KQDX/xUA3v8gAEsAFQBYAEMAMwDl/0EANgDg/yYApP81ABcAOgDQ/9//9/9MAK3/LgAxAOb/yv/C/+f/MgAtAN//OwDY//X/rf8IANr/s/8iAOH/sv8AAOn/6f8nAN3/8f8oAC0A3P/d/7z/TADR/9H/0/+4/7f/o/8eADMAq/+3/+n/sv/F/0UA6P/y/8b/HwAOACYAsv8ZAEMAKgDh/6X/BwAvAOD/9P8yANz/GQBJANL/qP8eADwAJQA/ADEAJQApABQA6P8UACEAMQBOAPr/rf+//83/w//c/+L/JADl/xsA6f/B/8H/z/8UACAA3P///5r/HAAwADkA6f/q/+b/xP/Y/9L/sv8eABEAGAC7/9D/tP/Y/wQAzP8fABIA+P8BAOj/xf/h/1QAvv9FAHsAEQCP/yIA9v8eAFwAqP9eAEwAOQB//zsAIgARAND/6/8XAEkAGgAeADsAFQDE/yQAHgCZ/9H/1/9AAOj/LwAXAOj/7P/U/9H/xP/Y/xgARQAVAL3/xf/X/x0AFAAQAOn/JADX/8z/FwDD/6P/3f8nAOn/wv+i/93/8/+k////rv/j//j/7v/G/0IA5P/b/83/NQDg/yYADwDb/7j/GgDl/xYA4P8rAOb/MACH/xoAsf8VABkAMgADABQA0/8fANf/wf82ABQAwP/f/wMAfgA5AMT/dAAWAAUAPQAaACQAFQDO/+H/3f8kAFAAu/8yAB0ALwAjAEoAWgAUAAIA3v/e/xcA+f+//7j/+P+g/xwASAAzAB8Awv/q/zgALwBiANX/y/+x/+r/y/8WAEQAKgDm/9v/tv80AEwAJgA8APD/AAAKAOD/4/+0/+r/JQDI/xAAsv8c/67/6f8FABUAw/8XAOn/2v/a/yYAi//j/7j/1f+s/+L/zP+8/yr/x//A/9//HgC0/9r/2//Y/8b/AAAqAN//4P/d/xEALgAnAND/JQDM/0z/6f/u/woANAAfAM7/5f/B/zIA3f/c/1sA2/8ZABQAIQDu/7j/vv94APr/wf8dAM//SQDs/7H/sv/F/zkAw//g/zIAlP/h/8X/JACO/9r/uf+n/w8AFgDg/xUAwP/p/6D/yP+6/8r/zv8AAEoAKQDZ/zYALADj/0cANwBDAFYA6v8mABsAJwDM/9X/y/+p/43/tv+G/9D/4f86ALr/qf+n/7j/d/+l/yAA0P8mAEQARAAcANj/3f/b/9r/3/8aAD4A2v/F/+n/t/8kACYAJQA2ADQAyv/K/8H/zf8oAP//BQBEABgAx/85ANT/tf/F/yQA2P/T/9r/5v/r/9L/6P/f/w0ALgDx/zkA2f9tANT/1f/e/+P/HwBWACIA0/+1//r/5/8VABYAt/8mACYA4f/i/5H/5v8aAM//yP8yAOf/IAC5/8//FADg/9D/FgAXAMf/2P/+/xQACgDn/9f/uv/i/8z/KQAlAAoA2f/P/z4Auv/r/xAA4v/E/yUAIQDm//7/5//o/9H/LQDh/5r/QgDT/+n/qf9LAB4A4P8VAKL/0/9N/3gAp/+A/yYAGQDb/7j/8f8qAJ7/0/8BABkAPQAeABcAFAAgAOD/9v+0/yYARADD/9//9P9NAA8AQQC6/7L/1f8ZALf/0/8ZAPz/5P+0/xsAtf8VAMX/GQDd/6T/o/8iAJ7/PADD/zQAsv/h/63/s/8yABQA5v+e/9f/yf8qAOn/rP8VAM7/oP9+/xYA3f+2/zMA3P/R/yIAz/8rAJf/i/8VAMj/0P+3/x4Aqf+7/5T/HQC//+v/IwAXABgAuv/d/+P/FADM/xQAs//c/6v/wP/q/63/4//I/97/6//n/73/CwCs/9r/6f/O/zcA6f/p/+b/0v/S/6n/0/8rABoA6v/r/+P/uv/T/+v/uv/O/xUAKADn/+z/JgBKAOT/zv8UAE0Az/9IAKX/PwAsALP/yf8IANv/1f8B/yMA7f++/xYAAQDn/wUAsP+9/3j/FADF/7//HADF/7n/zv/X/0wAGAD4/+P/PAC+/8n/QwAWALr/qv+q/8X/NQDs/9z/GwCo/5z/6P/o/xkA0v/j/4P/eACu/8f/r/8WADYASgCg/9v/FgAOALL/4//f/3D/p/+8/9L/1/8dACYAL//H/8//1/8WAM//mP/i/8//4f/j/7T//P/F/6j/GACx/6z/AACr/8z/BwA2ANj/5//Y/5//0P++/7r/wv8sAOb/rv/o/8z/7P+y/zkAgP/Z/9b/LQDk/6n/vv/U/+X/u/8UAMH/U//k/9X/mP/Y/+f+2f/Q/9H/CgC7/+r//P/o/7j/CgDb/63/PQDk/6f/2/+R/9z/+f8KABoAGwAUANH/yf/k/+j/0f+//9H/HwDg/8H/uP81AAQAFABVADMAHv8UAJr/KP/H/9L/FQDe/ysAFQAUAMP/TwCO/xUAw/+T/9v/rP9B/+r/r/8K//H/PgAhAMz/JAAeAMr/GgAcABkArP/n/8D/v/9XAK//8//K//L/MgDT/9L/4f+5/+r/IACY/+r/0/+s/8v/EQDN/8r/1v/c/7r/x//P/7r/vf/a/8X/HgDi/73/RACg/+n/p/8dAOb/uv/b/xcAAwAVAFsA0v/N/87/EACl/2n/BAAUAPb/iP/l/+n/sf9TALH/AgAYANv/CADN/9H/ev8bANj/uP/l/+f/SwDi/+T/5/+9/xYA6P8iAMv/WAAgAAIAAwDd/xgA6f9BAOr/LQAiALj/5//S/yEAqP/n/9r/NQDn/8b/KAAAADoAzP8VAPP/GADY/y0A8f8UAOr/i//p/+P/t/9JANz/4v+8/87/FACp/7f/JAAkADwA4f8ZALz/1f/M/+D/1v/c/47/vv+4/+z/IwDH/8D/1f/G/xwA3v8cAFYAxf/e/wUArv81AO//sf/X/x8AIAAyAOj/3f+n/+n/xf/m/+r/3v/s/9v/6//r/+P/0f/p/9r/HwDi/x4Apf/F//j/+P/Y//H/zf+7/9z/z//Z/+b/gQAeABUAvP+w/+T/LQApAMj/MwBX/9L/qv/p/9T/4f/c/9T/5f/r/+n/PQDk/yAAaACv/9z/FAAjABkA2f/V//b/4f/q/7r/2f/q/yMAEwDg/+X/5/8yAI//2v8UAOT/yP+5/w8AEwDi/+L/HgDR//r/1f9CAPr/wP8eABkAvv+1/yAArf/Y/97/SQCu/xYA2P8oAC8Ar//A/9T/FADt/+P/7P/O/+n/6P/Z/8X/6f/G/8T/9v84AP//sf/i/wkA2v/q/8r/BgDO/zIAxP/X/xQA3//H/xsAOwCt/2//FQAUAMn/rP8QABIAiv8rALf/6f/L/yMAwP/a/yAA3f+6/yEA4v+u/xUA4/+g/xgASwA3AM//HADV/x0AcQAmABQAn//d/+P/w//l/9n/tf/b/9r/k/+8/7L/3/8VAOz/7P/h/+r/zP++/7X/9P+2/9L/w//D/zMA3//M/9T/2P/V/9P/3v+w/87/3v/d/5X/f/+q/7z/GADb/+n/3v/J/8f/yP/g/83/6/9HACwAEADW/+b/EwDN/yQAw//q/yUAtf8VABwA6f8VAJT/nP/f/6v/0f/W/83/uv8WADMAMgC0/9T/zP/n/9z/FwAjACYAHADX/wkAtP/q/yYABAC8/+z/SwC5/87/qP+j/77/KgCz/+j/l/8uAOH/LwBFAOn/UgCS/9X/5v8aAC0A5//N/6H/wP8UABYAOQCG/yMAJQA1ABgAKgDk/4//FQDm/yIA2P8xAMv/uf8MALH/FADo//f/GQAUALH/0f/e/87/2//f/+z/6f8EAOX/KwAxACMAFAAUAAAA1P8UAOP/MAA6ANH/6/80ABsA5P/q/xQAHQAVAPv/w/+e/9//oP/E/+X/sP+6/8//z/8wAND/2//e/+v/0f+q/8n/0f+6/8X/3P/m/6v/tv/N/1r/OgDE/8H/HwDP/+j/IAAuADIAvP/S/xUA4v/J/8X/PAC7/wUAGQDi/87/LgAmALT/ov8gAPL/LQDQ/7z/4//i/9j/5f/E/67/4/+1/6X/FwBKADkA4f/I/93/zP/O/y8AXv/e/5X/y//F/97/4v/g/+f/yf/m/9r/5P/m/93/SAAkACkAKgAxABYA6/8jACMAFAAXAMj/AwDY/7//LgDn/+n/7P/Y/+z/1v/o/+r/yP/S/zsAz/+u/93/uP/m/xkAxf/B/6//uP8WABYAFgDH/8P/IQDS/9D/zv8HABoA6P/i/xQANgAqANP/JwCa/9j/IAAZAOf/LAD6/xAAtP/k/+v/AwAUANX/0P/V/9X/zf/n//X/FgCX/7H/mP/N/x4AIACC/xcAuP8VABUAQQC3/+D/yv/Q/yEA8/8jADMADABLANn/r/8QABQA6/8aACYA5//E/xcAmP8SAAYA8P+i/xIAbADn/wAADgAVAOb/BwAyAMP/q/+7/zQALwAeANr/GgA+AOL/NgCj/yYA7P/u/4z/+v8ZABoAwf8MABwAFADK/xQA6v/B/xoAwf/B/xUACQDl/xQAOADR/+n/LwD4/+L/4P+7/87/5f/N/9X/4/+//ygA1v/A/xoAFAAlAOj/3/+//yMA1f/l/77/xP/r/9z/0f/j/0wAtP/m/93/4//j/+T/GQA4AJH/4v/6/77/NgDm/xcA9P+o/yQAxf/H/6f/6f/a/7X/6f/s/87/qv/r/+z/3P+R/8j/FgDE/6j/ef8lAM//x/+T/6T/uP8WAOr/z/8WAMP/5v/p/zIAGAAdADEA3P/M/woAFQAVABcAFwCu/9r/GwAAAFYAFwAlAEQA5f8ZABoAGAAYADkA6f+a/4//AwAVAML/yP8AADAALQDB/wgANwDg/9T/FQDQ/xUADwDp/7D/IQCu/y4A5f+o/x4AFQDr/9n/rv/J/x4A4/8zADMAkP+3/+n/NAD4/+f/zv/G/xYALQAYAJ7/MgDp/+v/UACo/xwA+f9lACAAFwAZADwAGQDT/7//0P8TABkAyf+d/9H/FgCw/8j/DgDS/8P/CgDE/8v/t/8RACAAOgDS/9//6f/J/y0AIABWABoAyv+B/+j/HwD8/8D/5//r/+b/LQAyANf/5v8oADEA2v/K/nkALwCu/z4Af//m/9L/FgDm/xwAFADi/9T/yv/r/9H/0v8XAJf/GwAhAN//0P/f/77/6P+q/8H/i/8cALr/FADC/83/v//b/9r/4v83AEwAmf+0/xwA5f+x/7z/2P+W/zwAWAAkADUAOwD9/8T/u/+p/xcANwBUAM7/VADg/xsAMgAfANj/HADN/8b/5f/j/5n/0f/F/9f/CwC6/7n/IwBz/zIAwP/y/xgA2/+Y/8r/qv/y/xcAKADb/xcALADT/xwA5/83AFAAKwDo/xUAJgD8/7n/z/+3/8//FADM/8j/4P/Y/7//uv9PAMj/6f/2/zUAJgD2/zAAFABOABkAFAAZACYAYP9OABQAsP/f/93/4/8cAOf/JAAUACgAFgAnAEwAFADX/xQAIAAjACkATQAyAAAAsP8ZAP//6f/i/xUAx//T/+P/tf/f/6f/NwAqAM//KgCS/0kA6//M/+f/zP9HAOn/8//W/6L/yv/T/wUAxv+O/9z/3//R/1UA4v/i/08A0P/c/zUAwf8EAOH/uv/V/9v/FAAhAOn/GgAIAMX/xv+u/7D/wf8WALb/sf+x/wsANAC9/+b/kP/m/9z/qv+z/yMApP/F/6T/3P/h/0kA4v8UALz/6//r/zIAvP8yAOX/xP8rAKn/VQAzADgAXwANAD8ATgAbABsAGgDd/zUAZwAyABoAMADD/0sAIAAAADEAMgDd/wAAe//B/y0AMwBAAA8Ap//P/+f/9P9IANf/0P++/wEAHgDX/zoA4f+r/9n/tv+j/9b/3f8iAAAA5f81AOH/FQAVABUAzP/i/8P/PwDD/8n/4P8BANL/4f/S/+H/Zv/l/2P/2v88AB0Ayv8CAPn/GgAoAN//OwAwAN3/vP/p/ysA6v8eAC8A6f8KAMT/j/+o/8n/EQCn/+j/yv8zACUA6P+u/9z/3P/b/+T/7P+p/xcAuf/G/0wAKgDg/+D/1//q/8T/JgDB/0gAGwDq/wQAtf/e/+f/4//T/9n/4f/d/93/4f/q/+j/3P/s/+j/s/8UABwAFQC8/+H/wP/X/xQAuv/F/9T/6f/f/9n/4//w/zQAGQDd/+r/DAAUAB4An/+8/+L/LQCo//H/ev/U/xkAu/93/y8AzP9dAJ3/3v/Q/+n/PQDk/14A4f+P/+T/vf8IAJX/HQArAD4A5f8DAM3/2f/g/9H/0f/i/ycASwCp/xUALwAkACIAyf/f/9//zv/q/+T/0f+9/8L/NgDB/+j/zv8aAMP/JgDe/+v/6v/h/+P/uf/3/ywAHADk/wAAGQDK/ysAp/8tACAAtP8XABQAyv/f/0oA5v8vADIAIwDe/93/GAC1/yEA5P/R//X/5//a/xgAFQAsAOf///83ANL/2P8ZAD8ALQAWACUA2v/G//v/FAA5ABoAx/88AEMA5v8jABUAwP/r/8L/0v8MAK3/uv++/9X/HAAbAKT/CwA8ACAA4P/S/9MA/v/X/9z/GgAcABwAJACU/xYAHADm/xgA3f8e/xgA6//A/yUAw/8qAEUA1f/C/7f/qf+S/+j/kv9JABoAIAC5/+T/6f/r/yMAGQDl/9L/NwDa/5//FwA3ADYAGgDR/93/3f/U/z8APADS/y8ATABPABkA+P8jADsAOAAzAPv/FQBSACMAGgBMACYAVgA7AEMAGQDs/zoAIwASADQAVwA2AAsA0f/O/xcA4P8XAMr/vP/X/+j/FwCG/yIAzP8uAJP/lf+9/wUARgC//93/LwA4ABgAFgDd/6v/yP87ABUAFACt/xcA5P88ANn/4P8jAB0AGAAUACYAsP/J/8L/6P+4/8X/uf+b/87/6//q/+v/zf/T/8T/AgCk/7v/6v/K/+j/6//m/+r/GADY/8b/wf/i/x0A/v/M/5D/5//P/0AA3P/k/+r/JgDq/+L/NAAFABQAzf8tAOr/FQApAEEA2P/R/+r/6v/m/xsA6//H/8D/JAAmACQAFQAuACsAFADW/9j/7/80ANn/qP86AOj/x//b/6n/9//j/+T/4//H/+b/+v9r/xYA6P/d/x0AGgAiACoAPACe/7f/HAD3/30AxP8CAGUAKwC3/xIABwAUAL3/6f/8/97/3f/U/1wAFQAqAOX/AADk/7r/tP/n/9f/rf/V/07/w/+B/7P/8/8YABkAIQAtADIA+//W/w8Aw/++/8L/4v+0/18AMgDd/0MA4P+s/9X/+f+3/9v/MwDg/8H/oP/n/3QAff9b/5D/1/8hAMP/6/+6/xwAvP/X/6n/FQAUAMz/4/+z/9j/s/8aABoAFwDe/xgAMwDb/+f/zf/R/xcAFwDr/xwAOwAUAE0AvP+a/5L/TgBeAOn/PQDl/+r/SACw/+v/LwC7/xoAGgAaABoAzf/N/7//t//K/73/v/8UADQAIAD+/7P/5//N/yQAKQD4/2D/GAAkACcAwv9q/+z/jv/N/9j/5v/j/1EAGwAcADQA5f8XANL/of/l/zMA4//p/9X/6f/J/9v/yP/1/+n/0//o/+r/4/+D/+X/af/f/9T/TwCI/x0AFwC1/yYAsP9AAPT/3/8lAOP/OgC4/7H/GwC3/xUAHwAlANn/IQAYALH/GADl/0EAPABIABcAGwAEANv/CQABALz/HADf/9v/tP/a/8n/2f+I/7z/5v/D/9H/t//W/63/yP///8n/IQCj/+z/lf/i/+L/u/+Q/+D//v41ADYA6//a/+v/3v/W//P/4f/e/8z/w//X/yMA2P/Y/w8A2v82ACEA2v/p/7T/7P/n/9f/3P/L/9f/OQDX/5z/2P9BACMAMwAjABAATQADAB4A1f+X/0EAFwAoACgA6P/f/+z/IQAvACYAOgAbAEMAHQC8/8r/MgA0AOT/tP81AOj/IQBlAFIAJgA9AOn/7/+v/xUAvf/9/x4ARQDl/8L/qv/N/+v/4/8VACMAwP/L/9H/2P/i/zkAqf/e/xMA3v/C/ygA6v/W/zAAw//k/8D/rv/o/7j/j//T/7D/5f/H/9r/BwCi/7r/w/8XAMT/BAAtAOX/iP/g/xkAxv+h/+f/p//B/0EAxv9R/33/6v/q/yMAz//d/9X/wf++/9r//P8VANn/2v/r/9n/2P8YABIAg//U/7X/wv/i/yoADQAcABQA1f/g/+7/2v99/7//qf8sAP3/DAAPAMz/1f9JAM3/xf/C/1r/SQDm/woA1P/J/wsAyv/W/8P/AADr/7r/9f8ZANH/1//x/8j/yv+0/7r/2P+//87/OQDe/7b/2P/r/5//NQAHAOj/pv/n/9X/4P+0/8r/sf8E/xYA3//f/7P/x//J/yMAJwDs/x4Atv/O/+n/QwAgACAAIAAAAPX/vP8mAMn/yP8jALv/IAA8AOL/7P/c/yoANgDa/8P/IAD9/xQAJADp/zIA3v/q/xwAGADc//H/CgAPABMAlv9HAKn/NAAnACAAy/8kAEEAKgDu/xYAw/8TABkA6/9EAOf/zv8fAOP/MgBQABUAOAAiANn/mP/e/9b/IADj/8v/4f8sAN//JAA+ADAAsf/i/4T/IwA8AOH/0/+Z/7f/4v/d/zsAo//f/x8AJgAkADUAXAAkABAA6/++/y8A4/8OAOb/6//W/xoACgDa/93/EgDp/4T/4/9AABsAxv+6/8r/GQDP/xYAFQDe/8n/1P/K/9H/IgADAHX/4v8jAN//1P/i/wMAtP/D/+X/wf/T/+b/oP8AANj/4v8cAOr/6//o/8T/GwAVAMv/GAAUAB8A5f8cAM//5f8xACMAGAAyALf/FQAKABUA/f8ZACQA6v/q/8z/GwAUANT/yv/f/z4AIAAaABAAvv/M/ygA5v8iANr/HQDR/+n/GAAeAOf/s//U/+T/FAAcABQANQDj/xcAv//E/zsAx//S/+T/uP+l/6H/6//R/+X/x/+1/8r/GgBJAOT/yv/7/yAAMgDf/8L/GgDR/8b/uv8pAMf/k/8hAAUA5/8eAL3/x/8bALD/v/9QAL//4P/c/9n/IAAoAN7/6v/R/7v/nf+a/+r/nP/k/9n/x/84AMH/+P+A/8z/JQAVAAEAGQC6/5z/9//f/zYAJwAFANv/4P/N/wAAJgAPAOT/yv8ZAM3/yf/5//7/6v/i/8f/wf/p/+//1v9JANz/IQAVAN7/GgBhACEAFgDa//X/qP8OABgA1/8OABkAGQBPANX/DQAJABoANwDM/zcAGQA0AFgAewAYAGIApf8gAL//HgAgACAA8v8iAJn/yP/V/00AGADU/57/rv8vABUAGQDi/1D/FwAVAOP/uP/d/xQAJAAkAMf/JgDV/8X/4P8VADYAyP/K/6z/GgDD/zUA6P8MAN3/GgAnAC0AHQAdAOD/KgDw//v/HQC2/zwAoP/Q/77/rP/l/73/3v8VAEEA6/++/9D/xP/L/+f/z/8UANr/9f+//1MAxv/X/+j/2f8WANP/zv/L/8T/wP8rANn/BQC0/8H/6P+m/+L/4f/h/+z/n//e/97/NwA2AC4Axv8QAPP/5v8yADIAJgCd/xwALwDZ/9n/WP/Z/0wA1P/E/7b/3P/g/6D/wv/P/1MAtP8gAPz/EQAMAKf/6/8WAKf/FgDU////1/+v/5D/1/+f/1D/NQBp/z//t//z/7b/p/+u/9f/4/+r/9v/t/8KANj/jv8tAOX/zP/C/zcALQDX/+r/7P/j/93/0v/V/8j/yP+5/7n/IgDf/+r/GQAzANf/tP8zADMASQDS/wAAIACw/9//GwAhABcAFgCy/xwA3f/m/+T/2v+8/xoAJwAhAPX/IwAbAOX/LQDj/+P/JwAWAOj/JwDN/5//LgDf/+n/1v+R/9n/z//h/wsA2f/n/8f/GwDh/8b/uf80AMT/j/80AEwAKQDr/7f/GgDj/6j/hv8jAIT/2f/a/93/1//U/6n/0f+l/xkA0v96/8r/0f8WAFMAtP8UABwA2v/4/6//8f/m/x8AsP/n/4D/FQANAC4A1P/U/9//FAAHABsAz/+3/xsAxv/X/xQAxf8jAM//sP8yAN7/DADW/8j/IwDl/8v/GgAlACsA3//U/9X/JQDr/33/0//b/yYAzP8dAOb/vf8+AAkA+f+r/xQAHQDP/7r/FQDC/xUA4P/f/9z/GQC5/xgAMgAYACIAlf+6/93/FgAVAOv/0P/g/zIA2f8YABMAFADc/8//0//N/7j/u//T/wQAMQDC/ycAsP+1/7L/JwAUAKD/u//A/+r/zf/Q/yAA3P/h/wAAHwAsANH/7P+p/77/IwCH/9T/3v/k/+f/y//C/9T/6v/j/9X/5/+i/6f/5P/M/xYA3//R/wkAWADH/wAA7f/Z/97/pP+h//r/vf/k/77/0//q/8L/6//U//f+5v8IAKv/3f/b/7X/wf/r/x8AvP/p/+3/CQC//8X/BwCu/x0ABwDU/9X/NAAVADgAFgAWABEAFgDp/2n/uv+1/8///P9NALn/PgDX/wUALwBVAA0Ak/86AJ//LADU//v/2v+f/53/3P8cAIsAWv///xQA5P8EALP/3v/P/w8AKQC+/7//rf/W/x0ABwAbAOT/RQBHAP3/6f/n/x8Av/8cAOn/5//c/ykAu//I/+v/HgARAL//RADQ/87/kv/o/0gAHQDP/xUAcwB5/8v/nf8nALX/2P/a/+f/hf+z/7//GQDa/6b/uP8rABsAzv+3/83/JQAsALf/FQBAAMz/1//m/+D/yP8tABQA9/8mACMA6/8hAOb/GgBn/xkA3/8nACcA6/+N/+v/wv/b/1gA+f/i/9L/1/87ACkA2/9gACIAyf8aAEsA3P/Z/+b/GQDa/5j/3v/I/ywAx//q/6z/IAAUANv/uP+o/0MA2v/V/xcATAAVACUAEADL/x4AUwAzANX/FQDq/9H/tv8yAOX/6P+9/8z/1//r/9b/0P8mAN//DgDs/8b/IwAZAMH/LQAvADcAIwBu/+v/5P9XAAUAx/9BAMj/t/8mAEQAFQDD/+v/1/8vABQA5P/j/9T/5f/S/9n/5f/T/7b/7P+a/+X/5//p/8H/MwAeABgALwCt/7b/JwA1ABwAtv/U/7z/qP8IACQAvv+l/+X/1P/k/zQAMQA0ABUA7P+r/8v/6v/Y/+H/6P/Z/8//wP+9/7X/xP/T/7b/xv/N/9H/IwB7AKz/1v/i/9n/qP/Y/6P/2f/e/+T/kf/A/7z/NACy/xQA5//K/8r/GgDA/1AA2f8oABUAJACo//X/6P/v/xgA0v8uAI//6P8kABUAHQC1/8//2v8gADwAGwDO/67/z/8cABwAHwCx/yEA2f8ZACYAJgBVAB4AKADl/9D/RQAnABoAFAC8/yQANgCp/wAAFACw/9j/0f/j/9H/x/8xABQAGgA0ABkAu//B/9z/3f/G/7r/1P/n//3/p/+5/9f/yP/q/8H/2v8zANn/kv/L/+H/2v/a/5f/2v/p/7X/yf/X/83/NQDH/8f/jv/i/xkAIgAoABQA+/8oALv/FQDp/+n/6f/n/+P/kv8AAL7/2P9OAMr/6f/p/8//1P8YADUA+P8ZAC8Auf/F/6H/GgBDADIAtP/r/9//AgDZ/zcA4f8gACcA5f/X/xcABgDp/4cA2P/k/9b/zv/s/yEACQAfAPz/xv/G/1AAxv/i/63/QADY/33/pv+q/8P/w/8gAK//rv+f/0gAGQDg/+D/GADY/ykA0f/O/6v/l//3/6f/hv/l/+v/IwDM/87/1//n/8f/yP/F/+X/3v/j/wYAn//M/8P/5v/F/87/Yf+q/97/KgCO//3/yf8YAL3/1P+q/xsAJQCJ/+D/w/+8/ywA2v/H/8j/GgB2/7X/WgDd/xYA3v/e/67/CgDF/3b/2f8zABQA0P+V/4j/IgDI/2P/2/8VAOj/yv/D/zMA7P7a/ycAFQAjAHX/DwBIAOT/2v8nAOL/i/8jALX/FAB+/8n/KQCc/xsAQwDG/6P/GADf//7/IADr/8b/xv/r/7j/HwC+/9H/4P/V/8P/rf/e/+j/z//o/8b/uv/Z/7z/5f/W/8T/3P/U/+T/CgAhAIb/p/8kAK//FgAfAMb/1v/r/x0Afv8QAC8Ayv8dAL//3P/z/z8AEwDq/5v/6P/e/7r/tf9PAPP/wf/9/8f/FQDd/1QA4P8ZABwA2v8fAID/3P/i/9X/HgAaAPT/GgCG/4f/GwDX/+r/df/b/77/8/8eACUAHwAxAB4AKgAsADEA4v/k/9//w/8pAOf/1P/i/8H/FQAVAOD/4P/m/xcAFwC2/8D/t//p/yUAEAAvAL3/uv/k/x4AFAAOAOL/4v/b/8f/xP/B/9v/6v+8/x4AGwDp/9X/HwAaACAAIQDW/0b/JAA4AN//4/+7/yYA4f/R/9P/7P/U/+P/5/+Q/7r/3f/q/9X/4//C/9r/BgCy/+v/3P/T/+L/FQDA/9n/FQDQ/97/6/+t/ywA3P/a/xQA2v/P/4j/GQAZAJv/5P8aAIX/wf/Z/9f/DQDU/ysADwDh/0EAy//f/wkA6/+Q////6//R/7z/wP9AANz//f+3/xYA9P9UAEgA2f/K/+X/1//O/7j/LADL/xoARgDj/+v/wP/U/9b/x//U/3r/0P+3/6f/FACg/yQAsf/o/+f/LQDC/9j/FAC8/8P/x//l/zgAFQBDAMz/KADK/8f/NwAZAEgASADU/xcA1/+u/2v/0/+z/93/uv+b/+f/KwDc/8b/xf/c/3D/xP/g/+P/uP+8/+T/GgCa/7v/pv8dAOr/1/+j/9f/yf/g/7P/qv/N/8P/yv+7/9H/4v8pACsA2/8aAMb/TQDf/xkA0P9UAOL/6//i/9n/6f8CAC0AGQCy/2IA5f9WAOb/3v+9/+H/IwAbAJD/u/8mACMAxf/l/8j/5P+d/7L/4P+k/7z/FQDE/7v/rP+7/8//vf9BADMAMwAzABoAx/87AMP/IQAaACMAzv/r/33/6v/i/xkAIgDm/zsAIQAtACIA7/8DADgAGwA9AB0AQQDV/9H/3/8bABoAFgDS/9P/yP8LALn/2f/R/73/NwDK/9z/2P8AAML/uv+b/+f/+P/L/ycAwv/Q//v/NACa/93/3v9CAP//wv+x/+L/FQDp//n/1v8VAMr/SwC4/x8A6P/m/xgAuP/b/0AA3/82AAkAXQDQ/9j/XAAbAOL/3v/U/yMAi/8XAM//mf/Z/ykAGgDX/xgAzf/V/xkAFgC7/+D/3P8ZABUAPABDACsABQAtALT/FwAdAC4APwC0/9v/FACW/yYAIgAKACQAtf/5/yEA0v/3/wEAJgAAAFAAWQAmABwAKADN/7//LwARABQAyf/Y/+b/3P8nABYA7v8pAA8A3/8VAPH/5f82ANv/V/9MABcA4//D/wUA0P/L/zUAVgA1AI//SgDJ/yoA4//u/zUADAAmABcA9/+d/zEAGQDa/93/wf/k/+L/yv/X/y0AFwAYACUAFwAXABkA6/8YAAEAsP8OAMv/3/+P/+P/SgBy/wEA3P/M/+f/iv81/97/5v/o/+b/2f/o/6b/wv/X/1gA0v/d/77/3P/i/xYAz/+t/xsASQAWALP/g//P/7//1v8rALf/IgDK/1cAyv+9/xUA1//q/8b/yv+x/83/1f8UAM7/FADX/+n/wv/e/97/3f/S/+H/DgDU/9f/zP8TAKj/1v+0/9j/zf/g/4//GQDb/+L/AwDp/8//z/+0/z0AGgDJ/zwAFQDV/83/0P/I/8n/FwDC/7P/6v+7/+j/pP/L/+D/6f/G/w4Aw/+0/8z/iv/L/xQA2v8UADcAv/8kADsA4v+7/xoAIwAaAND/FQDr/xwA3v/p/9v/7f8XABcAGADV/z8ANQCu/+X/UP/B/xsA4f/G/yoAKwDA/8T/t/8WAOX/TwCl/ygAyP+t/8H/yf87AMn/3/84AM//tv/F/8j/yf8RAOb/FQDY/8b/5P8VAOD/wP/N/+j/6v/1/0cA4/+e/8f/FQDG/wEAKQBo/0UAxP/o/+f/jf/m/9j/s/+3/+X/vv/W/xUAIgBBAM//h/+6/9D/MADk/+X/IQAvACUAKwCM/0cAHgAbAKP/IAABAAgA3/8jABEAFQAYACYA5v/p/+H/3v/V/0wA7v/L/8L/xP85AOb/4P/R/yQAKAA+ANH/GgA1AHH/8v/0/+n/wP9oALn/hf/k/zEAHgAqABUA0P/s/yIAFQDW/yUAtP/k/w4Aqv/L/8T/1//D/9T/6f/l/9P/1P/I/8b/rP+p/8v/nf/n/83/z//N/9X/2P+N/8X/xf/G/9n/0f/c/+P/0f/n/9D/5f/m/8//zP/T/+f/i/+m/zsA1f8PALv/sf+5/9//1v/G/x4Aw//U/8z/HwAxAMj/uf/s//n/SwAVALj/5v/W/xUASgDb/+b/5v8VAOv/1v8b/5r/EwDQ/wwA0v8WAKr/R/+x/3z/GQAvAKT/NABhAMX//v+4/+D/wf8hANf/6//r/0oA///B/7D/5f8QAL//0//h/+f/3f9ZANP/CwAYAMv/0f/o/+L/6f8PAC0AFQDz/ykAxf/Q/xkAy//E/8L/VABKAN7/6//V/8b/o//R/7n/oP8SAMD/1f/H/5f/GgAYAMP/HQCY/yQAy/+///X/4f/q//z/2v/R/9f/of8oABoA4//i/+j/nv+o/wkA1v/e/93/xf9EAOv/OQA2ACQAqf9LALj/RgBRACoANwDd/+r/UQAUAKv/vv8NAPf/zf9+/z4AGAC9/67/0P9kAJb/9/8jAM7/wf+W/7r/BAACAFEAHgCu/+b/JwDm/0AA/v/g/9L/sf/B/zsAQQAJALb/FgAGAAMANP/S/zUAw/8NANH/jP+//yIAzP8PAND/0/8JABYAhv/C/5T/vv8GAKD/z/8aAHj/+P/Y/8f////u/wMA3v8VABcANAD5/5//GgC0/5H/sP/V/6n/5P88AB4AFQDc/zAAQwDo/zIAz/+//zQA2f+n/9T/pP/E/7n/CgC5/y8AIAA1AB0AHgBpAND/lP++/6D/+P/H/63/sf8eACsAIwDD/83/zf/k/0YAGAAkADEAEQAKAOL/zP8eAN7/TQD+/xcAvv8VABQAxP8xAMH/GADi/8f/1//R/wwA8v/j/9n/FgDs/9b/FADr/0gAvf/H/zQAnf8lACwAJgDo/8X/FQDk/yMAIADA/+L/MwD8/zgAz//d/yAAAADI/9H/EwDb/7D/lP/D/5z/FQDa/zEA4/8mAMr/k/8mAFsA3v/d/+H/6v/m/+D/y/8hAOn/JwDP/7H/0v8VAEMACAAdABQAMgAjAK7/4f81AMj/FQCx/83/QgAkAN//qv8MANr/l//r//P/QADg/+X/6v/7/xEAFgCY/x//1P81AO3/KAApAMb/m//o/yEAMAAzACEA4P/o/yIA6P8xAM3/AwDa/9n/MwDI/6v/PQDi/8r/5//k/y4A3v8uAMr/7P8wANX/u/8jADkAw//q/+P/IgC3/ycAIwDr/+v/4P/k/yYA6v8YABcACADq/+r/FADU/+r/GwAgAN3/1/+s/yYA0/8hANj/5v/T/ywAFADA/ykAKAAWABYAy//T/7z/f/8tAMf/LQDj/0kAIgDS/8v/gQDj/8D/vf/D/zUAFACq/73/OAAoANT/uP/i/6f/xf+1/8H/KgAiABcAIgC4/xUA2v/r/yUA/v/a/+P/p////zAARgC5/1QA2/8WAD8Atv/4/ysAFQCk/x4A5v8UABgAMwAuAOv/JgDt/xkAFADR/+X/FwAWALT/wf/U/7f/NAAQANP/FADj/x8A3P8DABYA//8jABUANQAOACEAvv///zIArv8DAMX/FgD4/xcAFAD7/+v/0v+p/zAA6P8mAA4A6v/h/xUA3//q/8T/HgA9AP7/y/8nAAoA1//Y/yYAy/+7/0cAUACi/+r/yf8uAJ3/0f99/1cA6f8iAAcAMADk/+n/lv/n/z0Ay/8hAN7/MQAdACYA1P8tADwA6v8QAMf/5P+a/9z/wv+I/zcAwv8xADQA6f/d/9H/GwDA/9j/JQA1AMT/OQCp/08AmP/Y/+b/5f/K/5b/rP/C/+z/LwDd/8P/4v/I/7r/HgAUAAEAuf/l/xwALQCM/9P/mP/U/8z/sP/i/97/2v/c/+n/6f/L/8r/GQBDAEUASADh/xUAFQAYAMP/tP/q/93/1P/Q/8X/t//f/+L/CgAZAMT/1//h/8X/vP/j/8//wv///xsAMADs/+P/3P8VAOj/2v86AOX/5f8qAOP/7v88AN7/KgDe/+D/6P8mAPD/l//U//3/1v/K/8P/yf/p/+P/vv+6/83/WwAvADb/LADj/+P/NgAkAA4ACQDd/9H/HgAvABwAUQAZABkA0v8UAPn/zf8TABoAEwBo/xUA6//n/zUAQP/w/+z/2P+2/wQAFwDi/7P/4f/Q/xYAFgDX/yEAif+U/08AGgC8/+v/2f/A/3r/nP/R//H/dv+p/zAADwB//xIAGAAVAO7/zP+D/xoA9f8oABgAIQDq/y0A6v/w/+n/HQDr/9L/HQDr/6L/JgACAM7/uP8WAOT/3//P/xQA3v/f/8z/LQAmACwA0/8nAM//HwDG/y4A2/+p/73/YQBYAPv/rv8kACEAlv89ACsAKQA0AC4AFgAYADcAGQAjADYAJgA2ANT/w//U/xcAQAAzABQAJwAtADEAGwAbAAUARAAcADYAQQAiAN7/FQAVAEUAxf8bABUAif8SAMj/3f/R/7r/HgDG/+P/iP+M/wkABQArANn/GABRANv/NQAkAMr/MwCt//z/5v86AMD/LwAdACMAMgAjAFMAuP8+ADMA4P/S/+v/6//g/7b/MADS/y0A8P8vAIP/5//S/+v/BADp/0b/v/+j/+b/6//B/9v/fP/U/9f/JgBY/7v/PQD1/y8Auv8WAML/JQAbANb/MABJAM//yP/Y/8n/2f/h/+b/5//X/7H/tf+9/9D/5f8UAL3/4f++/+D/s//B/yMAMQDV/yYAHwDr/ykAv/8jAOz/EQAcAN7/HgC+/xYAyv/O/8b/6P/q/zcA7P84ANv/JgDq/8z/+/8qABcA0P8WADX/AwC9/9j/6v/q/8L/zv8qANX/1v8VAMP/z/9KAOX/vv/r/xkAFAAVAMD/FQA1APn/6P/l/+v/j//Q/xwAHQDr/y8Awv/l/8T/5P/O/3z/6v/C/8X/MQASANf/vP/i/83/AQDb/9j/GQAVALD/1P/i/8//y/++/+v/2v/4/+T/tP9UAMb/qv+8/4//5P/O/7j/2f/U/xsA6v8ZAOT/nP+6/zQAmf8VAMT/u//C/9n/JgC1/3H/x//H/9z/rf/c/8r/ov/H/7n/DQC4/8j/vv/k/9//6v8hAJD/KAAKANz/AgAcAA4A6f86ADYARwAqANf/AwDR/87/AgBNABwA2P/j/y4Auf/J/wkA6v///xoAFAAmACcAFQAnACcA2P/o/9X/sP/o////KwCm/0EA6f/r/yQAIwAUAJz/sv9M/1QAsP8vAMf/lP+i/8z/XQC6/xcAFQDh/+j/nP8yAD0AIADs/+L/FwCX/+b/5v/N/+n/xf9GACUAGADp//b/1//D/ycAsP/j/4z/2f/C/xQA3/81AMn/UgA0ABkAFwAcACAAQgDW/yQARgBGAOr/DQDK/9z/2P/Y/0wAEgBJAEkAHQAgACsATQAUACkAQgCl/8X/4v/9/w8AHgDW/+n/DADM/woA4/83ABsABADR/63/2/8jANP/q/8UAND/zv+0/+T/EgAuAOT/2/8iAKv/MP86AOf/6P+k/+z/LQDD/+n/4//q/9T/NwAgABQA0f/U/6j/u/8RAOL/OgDG/6n/JgAKAEv/6v8hAN//1/84ABsANQD5/1MAMQAoADgA6P+n/yIAtP/W/7P/0P/V/9b/2f8cADwAHAAmAPP/yv+6/9j/BgDi/0sAIgDC/8//wP/V/7T/MgAhAEsAvv9QAMP/zP8lAN3/HQDV/+r/NwDr/9b/3v/b/9n/MwCy/9b/3//L/+P/1P/f/+P/2f8vAML/IwCj/93/+P/V/xcA5P8VAEcAJwDi/wwAGgAYAOL/7P8mABQAMgCg/9T/SwDL/63/JgDz/zcA2P9EABsAWAA+AAUA2f/a/+P/sv+C//v/GQAZALv/JQCj/+v/JwDs/9//3P83AKv/5f/A/+L/TQCs/yIA3P/c/8v/4v/h/+//3P/p/7//FQAFAC0AHgAeADoAfP8bANv/uv/r/7L//P/z/ygA9/+i/+r/xP/P/6n/yP/2/9j/wP9EAMj/sP+9/9T/4v/P//v/FwCq/w0AHQA/ACEA6P/z/z4A4/+w/+b/7P8HAOH/HwDm/9r/tv/i/97/s//S/9L/vf8BAMf/5v/V/9v/wf+n/8L/q//Y/8L/tf/b//z/3P/T/9T/v//P/9P/rP/K/57/zv+j/9b/2v/W/yEAtv/r/7//6P/1/8z/yv8cAAoA1//j/7z/l/8WAN3/xf+l/8L/2v+q/ywAx//D/7z/t//X/8//5P+r/xoAyP/r/8v///+9/97/2f+x/xkAwv+s/+j/wP/3/+L/wf/Y/77/3v/J//D/1f/7/6//2f90/8n/4f+E/0EAyP8tANP/pf9KAKD/uv+0/+H/4v/I/xsAr//g/8f/yP/k/+n/5P/M/9n/OwAEAHQA2v+G/87/1f/p/9f/zv8kABsAHwDf/xQAu/+4/yEAAADi/8D/IAAkALn/TQAlAOP/5v/i/+f/6P/c/6D/z/8dABcAtv/E/+L/5v/m/+X/LQD+/9//y//Z/7T/IwAgAOb/7P/U/7b/v//o/9D/GADW/9T/4P/5/5r/FABH/34Aw/8tAN7/oP/R/5L/2v8aALP/IgDX/xL/rv+k/7r/IwAxAOn/JgDM/xkAnv/q/7T/IgDk/+T/4/8lAMH/0/+z/7r/AAD7/5//JAAZADAA7P+9/xQATQAtABQAAwDq/+z/3f/n/9D/1/+7/97/6f/p/+P/4//n/8H/FAAaABoAh//K/8P/zv+//97/3f/m/8X/r/8zAKr/3/8XAKb/dP+H/4X/uP9fAOH/DgCd/6X/Z/8VAIj/5//J/73/qP/X/4v/SACo/xcAqP+Q/xEAegDB/5j/ef+Z/2z/oP9m/47/I/9XAOz/1P82ACYALwDb/8v/TgCY/9//dv/+/57/CwC6/xUAn/8OAAAA3/9M/7L/w/8UAKf/PQA3AFj/cQCt/w4AHwAcAI7/5P9Q/4f/s//l/8n/uP8G/6r/PQDe/6T/l/9y/6f/av+E/zcAzf9X/yoA5//x/p//FQBKAM/+ef/P/6L/t//K/6H/tf+3/ykAev9j/zIAMQBa/5L/xP/Q/xcALABDAMn/0P8EAFQAoP92/7n/FwBC/8j/mv8nALz/3f+X/w0Anf+B/8D/SgAUACYAzP+3/5b/NwCt/5//tv/E/6z/R/9nACYAwP/o/yIAEADd/0MA/f9qAAsAOP/A/wQAhf+K/ycAKwDR/7X/pP+s/4H/mv+s/4L/yf/I/0AASf+D/97/LQC8/7v/MAAYAEgARgAEAJv/zf/J/1X/JAAlACAA0P/D/7H/6f+U//T/EQBcAKz/EgATADEAef+S/+n/JwAlAD//z/8l/1X/3//Z/xUAyP+k/7v/hv8XAKj/wf/I/zQAs//H/yAA0v+l/7z/8f/M/6T/C/8C/+7/PADF/53/jv94AM7/iv+h/5X/6v+s/9H/1f8QALz/dv+h/47/s/++/1sA0v+s/yMAs/8RALz/jv+8/xQAOf+//9X/gQCo/1f/5f82ACAAY//A/3n/a/+W/3L/o//l/7H/2//a/9T/6f/u/7b/V/+Z/zkAgv9P/+b/pf/I/8f/BwDO/xcAaACP/6b/mv/p/5n/dP8aACEAu/+J/6r/Qf+5/6//vP+q/8D/sv9z/zQAxf8SALX/IQCw/wEAn/8MAJD/SwDB/xYAwf+l/6P/mf/C/z8Arf/K/6P/m//D/5v/qP87AK//y/+w/4T/tP8BAAwAp/8e/8P/mv8oANn/OQBUAJ3/FwBj/7//JADr/5L/z/+r/7P/ZwBuANv/CAAt/6f/t/+q/wkAVv82ABcAb/8OANf/2P9R/7f/wv9k/87/QwBcAGL/CwDG/xkAkf91/7T/GgC+/y4Al//0/3b/RP/9/+H/u/8mAJv/vf+b/8//jv+W/9P/ef+d/33/HQBE/y4AgP+U/6T/f/+u/6v/Zf++/8f//f+c//f/yv9n/8P/m/8SALT/u/+g/xsAgf/Y/+b/oP/d/9v/v//s/5v/h/+9/7f/k/9u/ycAQwDa/y8AmP+H//H+6v+u/6T/h/94/wYA0/+p/9z/+v+n/8H/CwCX/9T/9P/G/zIAj/8CAPH/mP++/yEAPACK/zUA9f5j/xD/r/+x/9z/vf+y/6L/EAD7/8f/rP9V/9b/iP+F/8H/y/+s/4z/eP8sAMf/R/+X/67/aP9//1T/av++/8//8v90/8H/af+b/zQAuP8fABgApP8hAMn/mv/3/xYA5f+L/0H/wv+X/1H/gf80/1j/5v+9/4//q/8CAMn/rv/N/63/wf8/AE7/s/+x/5v/pv+q/xYA9P+N/7P/h//+/+3/MgCe/0UAof+4////w//R/1kArv8XAK//CgCQ/93/GADX/6n/x/+1/zkAFwAOAAwAKQC6/xYAz//l/7z/vf/V/8L/ev41AIP/kv9u/yAAmP+e/6L/EAD//3f/gv+y/6X/4//z/53/aP+8/lQA+/+d/9b/NgArADEA5//A/yMATwDU/4v/rP/v/8z/6//o/2b/kv/E/x4ABQASAEQAtP/i/ln/jv8aAAgASgBMAEYAMQDA/7n/1f9GAIv/pv+3/yQAr/+X/77/v/+I/1gAoP5m/8j/q/8RAM//dACG/6n/AADN/0AAFwDL/xMAEQC6/87/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/GADI/33/mf8DAOcApgAGACsA3v9l/6r/vv8TAFYAgf5RAI0As/95ACsAfv8YAJ7/EACD/x0A/f8MAOj/JQDd/8r/4v/h/xYAIQDF/x8AyP/S/zAAFACz/woALQDo/6z/1/8WAMT/YQD2/9f/GQABAN3/HwC5//v/EADn/7X/4f8UADEAm//C/+j/3f8WAMf/y/9gALT/kv8GAB0AHgAZAAMAsv/Q//H/kf94/0oAr//l/+n/HgDP/8//MwBJAKz/YQAkAN3/KgAOAL//w/8XAJz/6//p/9j/wP/Z/+j/HQAhAM//u/+v/+L/zP8ZANL/dP8oAOL/5f/f/yAA0v/R/9H/Zf9AALL/2//8/6P/8f8zAB4Aw//m/9D/HgC+/6n/5//l//n/CADP/wEAvf/U/8L/vP8eAN//7P+8/xQAFADn/zYA2f/G/7f/+v8RAEcADgDv/83/+f/M/00AHwBQADwASADb/8n/gP8XALz/CAAIACUAFQDb/+T/BgDA/5//tv/T/9D/v//S/0wA3P/5/6P/3//E/yYAEwC3/zIAJAAaAJ7/mf8zACEAMgDi/xIAzv/C/9P/4f+8/7L/6P9a/wMA0P/o/ykAn//f/ywAGgAnABQAdv/B/wEAq//S/8j/BgDk/9D/zv8XACAA0P9JAKz/IQC6/9H/9v/l/93/5P/a/yQA4v8YAA8A3f/E/0kAGgDm/+T/3v/q/9X/oP+t/9P/w//M/9r/VAAuAOr/tv/i/8j/xv+6/x4A8v80ANP/s/8lAEMA5f8/AC4AzP8VAOv/RADe/5L/zf8WAPz/7P/e/7T/GQAaAEIA4v8xAPT/sf8hAPr/GgC9/zoAJgC1/9f/z/+4/+//FgBMAD8Awf8eAG4Ap/8XAL//3//G/xkAzf+3/+b/7v/r//P/OAAZANz/v/+o/6f/s/+K/xAA6P/B/9X/3f8NAMn/HgCn/9X/GgBMAOj/4v9X/5j/PwDv/x4AHADJ/x0A8v/X/9//0f8BAMr/6v+6/8j/BwCe/9v/wf8TAE0A3P+1/ygACAAdAOz/EQDU/9//wv8eACUAwf8VAOn/4P/d/9n/GgAWAB8A4P+l/+X/4v+p/8f/5v9QAN3/FACQ/xoA3P+y/6T/5f+2/67/FADS/+b/wv8oADIA1f/e/7T/JwBgAKf/PQAWAJAANADo/xgADQAeAG//LwAmALT/JACh/wAAu//e/0QA0f8dAJj/j/9JAP3/RwDq/zAAHQCe/7X/IAAvALz/4P+9/6L/0f/I/7X/MADZ/7D/5v/K/9z/GgATAJ7/3//2/xQAxv8LAP7/5P/h/yEAKwDs/8T/n/+//+7/8f87AM//wv9TALT/xf/e/9b/BgC+/6D/2/+t/77/+P/r/zYA3//g/9n/vP/X/xoAEwCl/zAArP/k/0MAIgDY/5r/PgAAAJj/PQCa/6n/l//V/9X/GwACAOz/4/+//xgAsf9MACwALwAqABQA8//U/5H/8f8YACAAAwDU/y8AnP9BAPv/NwC4/0v/pP/C/9z/HQAYABUA5v9LAC0A6P/x/8X/6v/r/7n/CgASAAUAPwCk/5f/CQDO/7D/3v/l/ygArv/l/z0A3v80ANf/IAABAA4Au//9/7j/lf/s/xUA4P9EACAABAADALf/zf/D/yAAw/8GAB4A3P/Z/8n/r/8iABkAuP8GAI//z//G/2oA3f/n/7f/OQAjAAoAIAAiAOT/hv9h/xsAsf/G/7r/LgBHAPz/+P/O/67/jf/V/0QAYP8WAIT/HQDC/wQAyP+///D/lP/O/zgA4P/r/wcAJADQ/zAA4f/8/xUAkv/h/6v/JAAkABUA6f8dAEoACQCh/8f/ff+S/08Atf+a/9n/+//W/83/4/8gAAMAvP8BANz/YwAFAKL/xv/O/xAAxf9X/w8AFQDf/zcAzf/4/+H/IAACANT/DQAyAL3/9f+w/5r/t//k/6P/0v/7/8P//P/l/+T/GQDI/+f/1f/h//v/+f/d/ycAvP/j/+X/HgDi/+b/HQDr/+P/EQA2ALn/xv/K/8n/DgCR/6b/qf++/8v/xP/u/wsAl/8VAOn/rv+9/73/wv8EALv/BQDN/08AHADd/93/0v/R//D/u//K/08ALQBPANf/z//I/8z/FAC3/4n/uv+t/xkAyv+7/+v/uf8hAAMA0//c/xkAIwC6/y0AtP8tAAAAIAArAAQADADP/yYAk//+/xIA2f+x/xAA7P8dANz/CQApAML/7P8PAOX/MgDT/6f/wf/M/9X/YgCf/8T/FwAqAB0A4/+f/8f/yv/t/x8Az//Y/+v/6v/r/8T/rP/N/9P/xP8nANr/GQBJALH/NADj/2EALQAqANT/hP+n//v/4//D//D/rv/k/w4AXgApAOH/5v/S/9z/OwACALL/s//V/14A0f/p/+b/5P/k/9X/vf8OAFYAnP81AAEA0v8gAO//x//D/9L/0f8lALX//f8XAA8Ayf+w//7/Ef+2/93/PAAeAKj/mf9IANX/BAD9/yoA0/8UAPD/AgCK/5r/NgDQ/zQAz//S/xUAHQAFABwA+f8UALD/KwAbAEQANwAtAOX/tv8sACYASQDh/+L/GQDW/8X/z//m/8f/6P/w/7P/HgAdADMA0f8UAOj/z//N/9X/CgAXADEAnP/U/7f/KgDl/4L/DADr/5b/rf+K//b/OwAIAOz/1//W/9b/ov+//2AABAAVAN//CACG/00Av//M/93/pP/j/9X/yv8MAN7/7P9b/77/yv+d/wMATgAaADcADQAqAC4AbgAtAL7/5v+s/6z/OAAoABwAXwCT/+f/xv+P/8r/AwCs/7r/JAC9/9v/2P/q/y0A3P+J/xoAKwCj/6f/yf+Y/4X/5//R/xQAFwBWAAQAlgAtANb/4v+J/2r/uP+4/9H/sv/B/83/SQDI/ygA0v/M/wQA8f/s////OgDo/77/9f9FAGUA2P/e/9j/AQAnAJr/MwCx/zMA2f/3/x0AFwC//6D/BwAFAPf/FQAVAOn/gv+P/9L/8//i/6//x/8yAGIArP/g/+b/KwDm/zAA6/8WAKIA1f/h/8H/JQDr/8v/FgDu/+X/5v/O/93/tv/L/zQARQDn/+r/r/8DALj/FAAlAMH/3v+k/8P/6f+9/7T/rP+s/0n/8v81ABIAFQAcANv/vv/A/8X/mv/I/5f/LAApAJz/RQDb/4b/pf8gAMn/NQDY/93/8v/P/+v/qf/I/woAJAAfAP//+f/M/zQAs//K/63/zP88ABgAx//s/9v/x/8jAOr/GADh/8L/DgDT/woAJgDw/6n/SwA0ADAALQAnAPL/QQCI/wgAcADt//z/5P8JAOX/1/+k/y4AUQCW/x8A9f/c/3//rf/E/97/6/8PAMv/gf/z/8H/vf+q/8j/l//R/7r/vf8VACQAZQAUAM7/v/9IABwAov/9/9L/SQAYAPj/4/9SALz/yf9OAPb/5v/s/6X/jv/N/w8AFQBhAAgAn/+N/x0A3/+j/xYA7//i/8//1P/Q/9X/9f8TACkA1P8eABQAwP+C/xYA1f8FADUAOADv//7/6f8RALr/EgAeANT/+f8ZAKz/0v/K/6//8//K/xwAnP/G/8X/HgDi/73/RADa/x8A5v/I/8r/FQADABUAIwDO//P/zv8LACEA2v+4/77/IwDl/6v/5/8jALT/RgCk/73/MACu/8r/u/+i/wAAsP8QAOj/TgDz/6j/5/+0/83/5/+3/ykAEgDF/yoAKwAhAOr/r//N/0MAPADh/xkAqP+q/20A1P/b/5r/2//5/7D/7//8/9X/SwAYAN3/Nv+s/7//0f/p/9r/EQDZ/+b/OwD0/wMADQCe/+X/DQDp/z0A4P8fADcAFAD8//7/yP+5//n/zv/r/7//nf82ANb/CQAhAF8A4v+u/0MAz/9GANX/PAApAJ//xv/j/+z/sv81AND/p/9B/xgA7/+h/9v/CgAPAK3/5v+y/x0A9v+w/w8ABQDD/4X/uP8ZALH/FwAcACMAAADC/7H/3//H/8f/2/+x/yEA0P8yAEMAIwAUAAAA1P8UACAANADf/+r/FAAdABUA2v/S/wUAj/+y/w8Amf+t/zD/RADq/wIAv/8gAEAAvf8qADIA9/85AP//pf/C/77/+/8mAHX/FgDr/yMA+//x/9//5//r/w8A2P/S/xUACABLAMf/rf+U/9H/JAAaAOf/FABLANP/AwAnAN7/zf8VAPX/7/8NALb/xf/a/9L/PgDi/zYAzP+O/0wAx/8aAAcA3v+K/6f/BwDr/7L/HwAvAM3/qf/P/73/8/+g/+j/v//j/+b/6f+T/7X/nf/p//D/zv9y/8v/qf/g/+r/z/8WAMP/FQDM/+L/JQAiAB0AGAA5AMr/0/8LABUAFgDk/wMArv80ALD/5f8qADQA4//n/87/pf8XAFkAHAAuADgAogDm/+v/UACV/xoAev8HAAoAlf8RAA8A9P++/yMAzP+q/w0AFgAgABQAv/+W/8P/IAAZANL/of+5/xIAHQDL/9D/r//v//L/BQC9/9L/EQAdAJX//v9CAPP/0//O/9j/KQD9/8P/5P/W/yAA7/+q/w4AHwC0/8//uv+5/yMAc//1//H/t//h/xQAzP8SAJ//yP+r/9D/TwCp/7L/uf+BABkAMQD+/xoAw/+u/zkA1v87AAQAIQDM//f/FQDW/5P/1//z/9n/q//4/9T/NQDB/wIAxP/7/+//GgDy/7L/xv8HALD/w/8OALf/kv8BALT/1f/4/47/x/+8/9j/QgDR//b/FwARALr/tf/d/8X/0P++/wgAIQD+/+D/n/+2/6P/1v8+AN3/UgD0/+H/IAAVANH/t//D/zUA4f8BACoA6v8EAMP/5//j/9P/2f/h/93/3f/G/+r/6P/c/+z/6P8EAKL/tP+j/5n/3//J/7r/NADi/z4Azf/1/9n/4P+0/woABQDu/9L/DgBIACUALwASANf/2P/Z/+r/4v/R/9j/p//C/xQA3f+x/6X/yf/O/xoAw/8mAAgABADK/9z/3P8eADkAtP8hAOf/CACd/+//NQD8/zcA0v/m/zIA2v8aAM//FwC0/6L/2/8tAMD/2/88AAEAuf/2//j/lf+t/5L/uP8fAEsAjv+qAOr/8v+Y/zkA7P/j/+v/LADi/5P/t/+m/5z/DAAVABQAKADd/8X/6/8LAL7/GQDl/9L/vf9EANr/FAAiANH/3f/d/7D/1P8hADwAwf9xAAgAFQAuANH/u//9/+D/0v/0/7b/rP+n/zUAzP/r/9//z/8WAPP/EwACAP//qP/U/6v/xP8TAAsADgDc/+T/BADq/8T/1v/8/8L/8v/H/+L/1v/A/yQAKAArABQAzP+O//X/HwC9/8f/2//r/6v/x//j/7L/5P9H/34AtP/n/08AGgAZACEA6//b/83/FwAlANX/HAA7ABQAHgAOAOH/1P9NACkAOwAaABoAGgAaABoAkP+9/7//1P86AAIAxv+n/83/0P9kAOX/FwDC/8H/1f+k/yQA7/+x/wwA1P9BAJv/4v/L//T/5f8hANj/KwDI/9z/y//L/0AA1v+c/1EArf85AIH//P9u/+//vf8wAOn//v+a/9r/6v8iAGr/w//8/9f/4v8PAPv/+P+1/8L/zf8HAOL/t//t/9n/wv/V/5//1f8nAOH/JwC2/87/8P9DACAAIAAgABwAPgAyABIANwDm/wEA1v/p/+P/uP8gAOz/1v/o/9r/7P/I/xsAEABQAML/0/85/6L/IgDh/wgAEAB1/wkAyf/K/8//rP+m//f/3P/f/xMARgAQAMD/FwDH/9H/x/+Y/9v/FQAyABAA7/86AMr/+//o/8b/nP8bANj/EwC6//X/5v+9/8H/CADq/+L/x/+P/87/ZAC3//j/tf/d/zYAFABYACQAKQDi////NgCe/+f/DACx/xoAuf8mACUAof/A/6z/KwBXALb/QwAdAPz/vf/S/53/DwDR/+f/z/8UAOz/3f+v/7b/nP+M/xYA0/+l//z/0f/1/yoAt//K/6b/4P/h/+T/FgA2AAIAt/+f/y0Avv/l/7v/BADm//j/JgCd/xoALwDZ/9n/sP+2/xAAt/+2/5r/tv87AAAAq/+w/yAA/P/l//D/mf9n////4//J/woA9P8aAOD/sP83ANH/4//8/wMAuf+6//f/MwAzAEkAlP/S//T/EwAcAN3/1P/a/w4ADAD1/0UAGQAhAOX/LwAyALf/sP8cAAcA6P86AM3/GQDe/+v/CgB9/9T/v/8WAKv/MgCj/+H/FQDG/9P/+/8SAKj/GQDG/xoA4//z/5f/yf+v/9r/rf/H/6X/GQDS/z8A0f/+/5b/8f/4/9z/AgDx/wwAwv/m/x8Aff/n/xoAKwDS/xEArv/D/+v/9v8HAIr/6f8aACUA7//C/9D/SQAOAB0A2v8hABUAov+0/9//2f/g/xUAGQCs//P/FQDX/+v/tP+Y/7n/9//Y/xcAFACw/9L/gP/e/w8A4P+4/97/pv8lAOf/2f97/xUAFgDq/xUA4//g/9z/4f/4/+P/v//n/8b/m//4/6z/3f8lAAYA3//R//n/GQAAAMT/sv/Q/+b/2//d/9v/2//B//z/CQC//8X/BwDZ/67/+v/f/7//oP80ABYAFgANAPL/FQApAKP/pP/i/7j/7f/4/1sAtP+w/+//vP/a/6b/QQDk/xsA2v8sAKH/t/8VADMAGADa/+b/yP/g/8b/PAAwAOj/6/8KAAAA+f8iAOL/0v/W/yEAKQDA/wQAgQAWACAA3v8aAOX/FgDJ/73/3v/I/8T/LACz/7H/FwCs/+b/0f8vANX/NgD8/8f/HgB0ABgA8/8DAOj/q//j/5X/8f++/9X/LQCn/z0ANwDl/7v/7P8GAIv/LwAUABwA0f8yAOD/ZP/B/+X/BwAzALv/EQDQ/9r/2P8RAMr/u/+3/+v/IAD3//v/u/+v/xsABgBPAAYA7/8cAAYALgC2/53/zv/6////QAAZADMARQDi/xUA9P/j/xMAx/8hAOL/u/+w/8X//P+G/8j/6v/B/9//7P++/xQAJADo/9L/3//r/77/IQC2/+H/t/8YAN7/qv8gABcAKgDj/x4Aj//r/9//AgCy/xkAOQC//77/zv+v/6H/3P8nANn/IwAfAPP/KADY/8H/GwDj/6//KgAbALz/4f8IAPz/ZwDk/+v/4v8YAPL/4f8ZAMP/lf+9//H/wv/d/9T/FgAfADEAHgAqAPz/MQDi/8b/4v/i/4//s/+f/yQANQDg/wcA5v8XALz/FwBMALP/oP+0/6v/NQADAN//AgD0/7D/HgDg//X/4v/Z/9L/NACp/7//CgDp/9z/6f8fAB8A+/8KAAMA5v8VAKL/z/9p/63/vf8oAOP/GACb/8n/KQCF/8H/y//Z/+v/9v/j/xYAzP8EAL//af9FAM7/l/8mAAwArP8YAOj/x/8eACIAwP/U/9b/x//U/9j/LgAbAAcApP/F/+X/0v+2/wUAzf/E/6b/HQCx/63/3f8VAAAAIQD7//D/FwDy/xEA8/+S/zgAKgDl/+3/yP/k/+P/2/+7/7L/ZgAaAAgAGQAiAOb/OwAtAB4AVwCr//L/OAAbAM7/PQDu/7T/0f/f/y8AGgDp/8H/vP+9/zcAuf/D/63/j//P/8D/+P/H/ycA5//X/+T/NAAwANn/qf/g/zoAwv+l//n/v/8VAEQAuP8JAB4Afv8WALj/+P/I/ywA3/8/APP/VgAKACEAn/+d//D/6//g/+D/UQBNAEMAo/8UAPz/wf+q//z/9v9TAPf/kP8fACoAKACn/zAAKACx/xQAJQDc/+T/n//C/yoA/v/c/57/9v/o/xsASQDZ/9b/x//d/3n/of+2/xQAGwC0/y0A4P8HABcArv89AKj/9/+j/+r/xv8TAAoAwv+t/6b/vf8JACUAuv+5/7//0v+u//X/vf/f/+D/x/8uAGL/zf8OADkAwv/i/7v/OACt/zQALwDX/+v/8/8LAMr/DwDV//v/HAC9/3L/HgDh/7P/t/8rAHD/af/D/08A6/8oAK//IADF//H/uf/l//D/yP/G/9X/5P/k/7z/hv/1/y0Av/8cAMb/YADV/43/4/8hAMv/7/+B/7r/DQDC/3X/RADL/8T/1//D/9T/6f/l/9P/1P/I/8b/rP+p/8v/YP8uAOn/wv9V/5n/9v/N/6z/xv/A/xkA0f9GABUA2P8IAMX//v+R/6T/JADr/+v/GgBMAAoAvf+0/+X/s/9ZAP3/DgDr/9H/9v/i/2H/DwC9/zgA1f8YABQAAwAxAIAAsf81ABEA2v/M/8L/CgAIAND/DABOANP/CQC2/wEAhv+P/77/BgCg/7z/z/8aAK//+P/Y/8f/6v/U/x4A4f8DAN7/FQAGAB8AnP+p/w0A4f/H/ysAIQCv/0IArP/k/0cARwAKABYAIQDM//r/FQBw//z/9P/A/8v/zf8BANj/DwAEAOv/YP9AAKn/lf8WAK7/8v+BAMj/WgDH/7j/vP/X/9X/xf+A/yYAuP+9/zAA/P85AK7/uP/P/8b/wP+S/z0A/f8YAJH/jv+6/+3/x//T/ywA9f+6/xwAAgD6/9L/y/9DANH/hf+X/7j/pv+DALb/4/8VAB4Aov+m/93/x//k/x0An/8KAPH/zv+L/+b/GwAFADAA2P8NAMP/4P9CALb/3/8bABgAov+3/83/UAAvAF3/7P8sAC8As/8WAC0ADgDa/y4A7P8VAAIA2P/W/9P/2/+8/+v/+//z/xgAGQAhAC0Ao//p/+r/0//P/xQA6P/e/9//zP8BAL3/YQBLAEgAWAD7/+j/0v8+AHMASwC6/z0A1P9YABgALQArANP//v/j/7P/JQCt/7X/xv/s//b/RwDb/zsA4f81ACQAyv8zANT/wP/8/+H/OgAwAB8AIwDt/0EANQA+ADwAJQDK/zYAr/+7/+j/1P/p/yUA3//3/4D/of+2/xQA0P/V/5z/sP/g/10Ajf8aABcAOADY/ycAJwAfAA8A5P/p/+r/wv/i/7b/rP++/8T/2f8bABAAQgDX/6n/0v8ZAEz/6/8dAMH/2v/6/+P/+v/E/7v/2/9x/8f/sv+W/5n/1P8MAJ3/2P+2/6f/rf8MABwAJQAiADwA2P8+ABwAJwAnALP/JwDo/9z/CwAbAA4A/v+z/9j/AwDR/ysAiP9BAKv/tP8cACoAGwB1/w4A8//f/+H/RgA4AC0ANgALAMz/NADe//b/BgCd/8n/t//w/wIA6v8zAAYAyv/V/xUA2P8qADUAXADe/+L/AAAUAJz/j//Q/7//1//k/ygAVwASAKT/6P8mANj/p/8IAKz/0v/N/wMADQAiAOT/kv+0/7T/LwAhANn/IwDr/z0ApP/Q/9D/uf/M/9z/MAADADoA3v/2/8b/uf/j/+D/vP/z/+j/xP/f/9z/NwAhANz/y//Z//f/w/8TAOD/CgDh/yAAOgD3/8//eP/X/9z/nf9GAOz/SQBJAKD/zP/Z/wkAUgDp/wgA9f/O/8X/EQC0//H/JgAfAPn/y/8xANz/HQAXAND/9//q/73/9f+b/7D/IwDf/7n/HwAMAOb/7P/U/6b/qv/o/8//tv/M/w8Azv8CAJH/1/+x/8//5//p/ycAtf8hAAUA7P/e//P/wf9EALT/qP+7/5b/v//Q/93/0v/C/zMA',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-41, -37, -27, -18, -47, -57, -7, -69],
    classWeights: '3f+r/wAA7//S//X/r/+1//X/+f/r/9j/BgDs/ygA7//y/wAA8f8AAO//8v/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//T/AAATAPf/8f/3/xIA+P8AAPH/7f8AABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AADz/+z/AAD6/w4AAAAAAAAAAAAAAAAAAAAAAAAA+f/5/wAAAAAAAOz/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0/8AAOb/2v/L/x8A3v/k/wAAFAD2/wAA8v/y/+z/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA8P8AAAAAAAAAAO7/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/x8A7//5//H/6f/c/+3/6f8XAOr/6f/r/+r/6f/i/xwA4P/n/+z/8P/l/+X/4/8AAAAAAAAAAAAAAAAAAAAA7P/s//L/9f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/SQDb/+3/4P/V/8z/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//L/7P/s/+z/+P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/9f/7/+z/7f/s/+n/3P8XANv/7P/q/+r/6f/s/+z/7P/s/+z/7P8UAOr/2//b/+b/8P8AAOv/2P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//p/+v/7P/s/xYA6//l/wAAAAAAAAAAAAAAAAAAAAAAAAAA7//0/wAAEwD3//H/5f/r/+P/6v/s/yMA5//q/wAAAAAAAAAAAAAAAAAAAADt/+3/+P/x/+z/6//s/xQA3f/j/yYA1v/g/+f/1//j//T/8//z//n/AADs/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//p/+r/6v/p/xYA6f8VAPr/AAAAAAAA2//r/wAA+f8XAPj/AAAAAAAA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/7j/xP/f/9z/z/8PAMv/7P/q/+n/6//s/+b/FgDp/7n/1v/h/yMAyf/H/xAA5v8AAAAAAAAAAAAAAAAAAAAA5f/l/9//6f/m/+X/5v8aAAAAAAAAAAAAAAAAAAAAAADY/xcA4v/y/+3/2/8AAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOn/6//r/+z/7v/p/xYA6//s//b/7f/v/+//7f8UAAAA7f8VAPn/9P/v/+7/6//s/wAAAAAAAAAAAAAAAAAAAAAUAO//AAAAAPj/7P/r/+3/KADs//X/7v8AAN7/2P/Y/+z/7P/s/+3/8P/s/xQA7f8AAOX/7f8AAPf/+v/z/x8A2P/q/+v/3//X/9v/5/8jAAAAAAAAAAAAAAAAAAAAAADs/+v/6//s/+P/7P/r/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAA9f/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//s/yQA9v/1//j/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/q/+z/7//2/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/7v/v/+L/AADg/yUA8//2/zsA7f/6/+3/0//2//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/xcA6f/r/+z/5P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/9P/5/wAAAAAYAAAAAADs//L/7v/1//H/8P/t/xQA7P8AAAAA8f/u/+//7/8UAOz/7P/s/+7/7f8UAOz/7P/s/+z/7P/s/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAPH/+//2/wAAAAD1/xQA9f/q/+j/7P/o/+j/6f/p/xcA4f++/wAAm//D/+v/DwDT/wAAAAAAAAAAAAD5/wgAAADW/+f/6//d/+T/6/8dAOj/AAAAAAAAAAAAAPr/CgAAAAAA+v8AAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA8f/y/+3/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAqAM3/sP+U/4n/rP/4/6//7P8UAO3/9f/7/+z/7f/s/wAA7v/L/+j/o/+b/wAA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/8P/u/wAAFADs//L/GADU/9n/9P/k/9b/2f/u/wAAAAAAAAAAAAAAAAAAAADU/yEA4//h/9j/+v/O/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk//j/8/8AAAAA8P8bAPD/AAAAAAAAAAAAAAAAAAAAAM3/IwDV/9P/3v/K/9r/xf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/3//d/9n/7f/f/yQA5f/s/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAA1f8AALv/0v+t/7j/2/8OAAAAAAAAAAAAAAAAAAAAAADr/xUA3//4/+D/1//s/+L/6P8YAN//6P/s/+z/4v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+//7P8UAOz/1f/p/9z/2P/W/+P/HgDm/87/2//D/73/xP/J/yoAx/8AAAAAAAAAAAAAAAAAAAAA4f/s/+z/9P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAOz/9/8AABcA6f/n/xoA7v8AAOj/5f/W/9f/5//l/+b/6P8AAM7/AADs/+z/AAAAABQA7P/s/+3/7P/U/9j/5P/q/9D/GAC8/+b/2P8VANj/zv/c/+v/AAAUAAAAAAAAAAAA9v/v/+z/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADm/wAA9f/w/+3/2v/t/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//q/+b/5v/r/xoA3v/e/wAAAAAAAAAAAAAAAAAAAADr/87/KwDW/+v/yv/U/9z/6/8VAOz/4v/0/+z/7//r/wAA+v8AAAAA7P/3/wAAFwDR/+L/BwDJ/9f/1f/m/xEA2v/Y/+3/7/8hAOz/3f/p/wAAAAAAAAAAAAAAAAAAAAD0/8T/EwDF/9r/FQDq/9X/AAAAAO//9P8AABMA9//x/wAAAAAAAAAAAAAAAAAAAAD3/+z/JAD2//X/+P/q/+r/7P/s/+3/AADt/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/wf/v/wcArf+o/yMAzv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAA4f/m/+v/7P/i/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7f/y/+z/9/8RAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/HwDt/wAA5f/3/+H/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAA+P/t/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/83/6f8UAOb/1P/J/wAA6v/r/xcA6v/s/+r/5f/q//L/7P/s/+7/+f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA9f8UAPL/AADt/+7/7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q//D/6//t/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P/s/+z/FADo/+r/6f/m/+v/6f/q/xcAAAAAAAAAAAAAAAAAAAAAAOz/7P8WAOv/7P/X/+j/7P/s/+z/AADc/wAA7P8UAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA2f/o/+T/GQDe/9z/7P/i/wAAAAAAAAAAAAAAAAAAAADs//D/7P/0/+j/6P8UAOj/AAAAAAAAAAAAAAAAAAAAAOD/6//E/+H/5//C/y0A3P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD3/+z/JAD2//X/+P/q/+r/xv/U/93/DQDs/8f/BgDp/9H/3v/e/9j/MADM/9j/wv8AAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAXAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7//s/+z/6v/t/+z/7P/t//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/+z/JAD2//X/+P/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s//n/7P8UAOz/EwDY/9j/6//u//X/2P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADt/+3/9//x/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAANH/zv/W/9H/4P/P/9D/IADb/wAA1//m/xsA1P/U/7//y//Z/8j/z//F/w0AGgDT/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s/+3/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/z/xQA7P/s/wsA7P/r/wAAAAD2/+3/7P8AAAAAAAAAAAAAAAAAAAAABgAiAML/zP/D/87/2f+4/wAAAAAAAAAAAAAAAAAAAADd/+r/8v8AAAAA5v8eAPj/AAAAAAAAAAAAAAAAAAAAAPL/GgAAAAAAAAAAAPn/AADh/9X/5f/l/9r/2P8fAN7/AAAAAAAAAAAAAAAAAAAAAPf/7P8kAPb/9f/4/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+7/7//v/xQA7f8AAAAAAAAAAAAAAAAAAAAA2v/s/+3/8v/q/wAADQAAAAAA7f/t/wAA+P/t/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA6v/Y/9n/3f/r/9P/AAAAAAAAAAAAAAAA+f8HAAAA7P/s/+z/7P/s/xQA6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/xQA3//s/+z/7P/n/+n/4v/Y/+r/5P8YAOf/2v8iAOL/3//g/93/3P/V/+z/7v8AAO3/8P/s/+z/FADt/+3/9//x/+z/6//s/xQA6//j/+3/4f8AAAAA6v8AAOz/AAD7/+z/9f/s/+z/FADq/+P/3P/K/wAA2/8HAM//AAAAAAAAAAAAAAAAAAAAAOL/3/9FAOf/AAC+/8T/9P8AAAAAAAAAAAAAAAAAAAAA9//m/+f/7P/z/+j/GQDq/97/IADg/+L/6P/i/9//4v/r/xcA6f/h/8//7P/B/9z/AAAAAAAAAAAAAAAAAAAAAPb/EwD2/wAA8P/w//D/9f/q/xoA9/8AAPb/9v/k/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f/t/wAA7P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/FADy/wAA7f/u/+7/7f8AAAAAAAAAAAAAAAAAAAAA6//m/7r/x//n/9//HQDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P8VAO3/7//s/wAA3f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPX/+f/1/xQA8v8AAO3/7v/u/+3/9f8AAAAAAAAAAAAADQAAABQA6//s/+H/7P/u/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7v/6//v/FADo/+H/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+f/+f8AAAAA2v/e/ygA5//j/+f/6P/r/+X/HgDh/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7//z/+z/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/3//o/+//KADe/+T/AAAAAAAAEAAAAPX/AADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAOX/5f/g/+3/2f8NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//AADu/+7/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/t//n/7P8AAPD/FAAAAAAAAAAAAAAAAAAAAAAAAADd/+j/8f/g/+r/5v/o/x4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/zIArP+0/8X/v//u/9L/2v/Z/+j/7f8nAOn/4f/s/wAAAAAAAAAAAAAAAAAAAADm/xoA6P/r/+n/6v/g/+b/8f/y/+3/AAAAABQA7P/s//D/HQAAAAAAAAD2/+7/9P/t/+3/7P/v//T/+//2/xQA4v8AAOv/7P8IAOT/3v/W/+L/3v8oAO//+f/Y/+D/8/8AAAAAAAAAAAAAAAAAAAAA1//Y/+b/4P/p/+f/4v8aAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//v/9v8AAAAA9f8UAPX/6/8iAOz/7f/t/+z/2v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/JAD5//n/4P/q/9j/6f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/r/+z/7P/s/+f/HADs/wAA6f/j/9z/3f/a/ysAz//M/9P/4//Z/9P/AAAAAAAAAAAAAAAAAAAAAOH/IgDj/+j/6P/e/9z/5P8AAAAAAAAAAAAA7f8UAAAA9v8AAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P8AAOz/7P/o/+n/0P8UAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/7v8UAO3/9v/u/+z/7P/s/9n/6P/Y/9r/3v/Y/yMA2P8AAAAAAAAAAAAAAAAAAAAA4v8nAPr/AADj//n/2P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/6P/e//j/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/s/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7f/r//H/9P8XAOz/7P8AAAAAAAAAAAAAAAAAAAAA5v8aAOb/5v/n/+b/5f/l/wAAAAAAAAAAAAAAAAAAAADI/x4A6P/h/7//vf8AAMn/AAAAAAAAAAAAAAAAAAAAANv/KgDN/9b/2P/Z/8n/1//n/+n/6v/q/+z/2v/q/xoA7P8UAOz/7P/t/+z/7P/s/9D/2P/f/9z/0P8QANj/AAAAAAAAAAAAAAAAAAAAAAAA5v/u/+z/9v/v/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/s/+3/AAAWAOz/7P/q//H/AAAAAAAAAADu/xQA8v8TAPr/AAAAAAAA+P/1/+//AAAAAAAAAAAAAAAAAAAAABUA7P/u//f/+P/s/+r/8P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AAPn/8/8UAOz/AADc/+z/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/GgD5/wAA7v8AAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/DwAZAOv/6P/y/+z/6v/l/+z/MgCx/83/1//P/8v/0P/N/9j/2f/X/+X/3f/Z/ysA3v8AAAAAAAAAAAAAAAAAAAAAEQDa/+r/3//m/9D/9//q/+7/7P/s/+3/7P/s/xQA7P8cAOz/6v/s//T/6//f/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//H/7f8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/87/4P/E/+n/y/8aAAgA5v/f/+b/7P/z/9n/HwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6f/m/xUA7P/s/+n/6/8WAOv/6v/r/+n/6P/K/8H/MQDP/8//1v/f/9P/IQDR/9P/xf/b/9j/7P/N/wAAAAAAAAAAAAAAAAAAAADJ/9D/yP/L/9D/0P9BAOX/6f/Z/9j/2f/Y/9j/JwDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v8AAPn/+f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/8//6//T/+3/6v8RAPr/AAAAAAAAAAAAAAAAAAAAAPP/6v/q//L/7P/r/xYA6//s/xQA7P/s/+z/7P/r/+v/9v/m//D/3f8aAPT/5//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAA+f8AAB4AAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8AAOv/4P8TANj/5P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7v/t/+z/7P8UAOb/PQAUAPf/3P/j/+v/6v/l/wAAzf/k/+D/5f8WANj/AAAAAAAAAAAAAAAAAAAAAOz/7f/t//f/9P/t/xQA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/2v/d/9r/AADs/9r/EADQ/wAA5f/S/9f/4f8RAOL/AAAAAAAAAAAAAAAAAAAAAAAA7v/y/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA2P/Y/9P/2P8AANf/8P8AAAAAEgAAAPX/AADz//j/+//s/+z/FADs/+z/7P/s/+z/1/8WAOn/1v/V/9n/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAD1/wAA8//s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/7v8AAPL/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAJADV/w4Auf+k/+3/t//6/8f/FADu//T/7v/x/+z/7P/x/wAAAAAAAAAAAAAAAAAAAADs//D/8v8AAAAA8/8UAO//7P8UAO3/8v8AAOz/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAM3/FAAAAPb/5v/l/+z/1P/H/+b/qf+1/6n/4v8nAAAAAAAAAAAAAAAAAAAAAAAUAO3/6P/s/+//7P/q/+z/7P/t/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9b/zf8KAOf/vv/w/+b/3v/c/9v/4//h/xMAAADZ/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+z/7P8UAOz/7v/t/+3/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADW/8r/xP/v/9f/+v/c/xYA6f/r/+n/3//t/ysAy//n/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+7/FQDs/+v/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADi/7P/1v/J/8n/yf/p/+z/9v/t/+//7//t/xQAAADs/+7/8v/s/+//7f8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/xMA3f/7/+z/4f8IANb/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs/+3/7f/3//T/7f8UAPP/7P/s/+z/7f/t/+z/FADs/+3/7f/z/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAFwDr/7z/3v+9/+b/x//t/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/s/9z/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/xIA6P/0/+3/6P8FAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P8UAOz/6P/s/+7/8f/q/+n/6P/v/+j/DwDi/77/2//i/+3/1f8TAOf/7//s/+z/FADw//j/7P/o/+z/7P/s/xQA9P/v/+3/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//0/wAAEwD3//H/6//0//r/AAAAAAAAGAD6/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+//FADs/+z/7P/s/+z/7f/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+7/7f/w//j/FQDs/+v/FADt/+z/7v/u/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD2/wAA8v/y/+z/+//t/xUA+f/0/+//7v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+v/7P8UAOz/FADs/+z/7f/v/+3/7P/t/+v/EwAAAAAAAAAMAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/+n/6v/Y/+D/JwDm/+z/5f8AAAAA6/8YAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAA+v8UAPD/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/t/+3/7f8AAAAAAAAUAPL/7P8AAAAAAAAAAAAA9f8AABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+//7f8UAOz/7P/s/+z/7P/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/6P/t/+z/GwDr/+z/6v8AAAAAAAAAAAAAAAAAAAAA2P8AAPP/7P8AAPr/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//j/AAAAABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOr/7P/s/+7/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/9v/w/wAAAAD5/xIAAADp/9f/4P/e/+L/6/8iAN3/7P/s/+z/7f/y/+7/FADs/+7/AADt/+z/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/e/ygA7//5/9j/4P/z/+3/7P8UAO3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/z/wAAAADs/+z/7v/i/97/KADv//n/2P/g//P/7P/s/xQA7P/s/+z/7P/s/+n/3P/p/+f/HQDj/93/AAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/9f/s/xUA6//q/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAABQA8v/u/wAAAAAAAAAAAADs/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAATABIAAAAAAO//+v/x/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAA4P8AAAAAAAAAAAAAAAAAAAAAAAD5/+v/AADz/+v/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/6//n/xUA7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//z//j/3//0/x0AAADh/+v/7P/o/+z/7P8AANv/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/1/+3/9f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P/6/wAAAAAAAAAAHQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//L/AADs/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP8dAAAAAAAAAOL/5f/c/wAAAAAAAAAAAAAAAAAAAAAVAOb/6//o/+v/6f/r/+n/7P/s//L/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7f8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/u/+z/FADt/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAA9P/w/wAA7f/x/+z/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9b/1//s/+v/6v8AABQA7P8UAPr/9P/t/+3/7P/s/+z/FAD6//T/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//s/+z/7P/r/+r/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAHQD7//T/AAAAAAAAAAAAAAAAAAAAABQA7v/v/+7/8P/u/+z/7f/1//v/AAAUAO3/9v/s/+3/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/FADr/wAA6v/Y/+n/2f/r/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5f/a/+7/AAAAAPP/JAAAAOr/5//o/+//9//p/xkA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/wAA8//s/xQA7f/l/+v/7P/s/+3/GgDq/97/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/L/8b/3v/V/ykAyP/o/wAAAAAAAAAAAAAAAAAAAADw/+3/9v/s//P/FQDr/+r/AAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAAUAO//8P/s/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAUAAAA7P8AAAAAAAAAAAAA9f8AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7P/u/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPb/AADy//L/7P/7/wAA7P/r/+v/8v/l/wAA7f8AAAAAAAAAAAAAAAAAAAAA7P8hAOv/8P8AAO7/2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/7P/w/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAKAD6/9j/EgDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+n/6//X/+3/JQDZ/+D/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwDy/wAA1//r/9v/JwDk/9r/6//U/9P/AADz/77/4P/E/woA9v/t/wAA+v/z//n/AAAAAAAA7P/5//T/8P/y/+z/+/8UAAAAAAAAAAAAAAAGAAAAAADs/+z/7P/t/+//FADs/+z/AAD6//b/AAAAAPD/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/4P/s/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAVAL//6f8AAOL/AADp/yQAyf/t/+z/7//s/+//FADs/+z/AAD6//b/AAAAAPD/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/6/8HAOz/AAASAAAAAADx//r/8P8AAAAAAAAAAAAAAAAAAAAAAADu/+//7P/6/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA2f/z//r/6P/s/+f/0P8UAOz/7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAACwD2/+z/8//t/wAAAAAUAPP/8f8UAO3/7f/1//D/7P/s//T/AAAAAAAAAAAAAAAAAAAAAOb/AAAAAAAAAAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7//v/wAA8P8VAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t//X/8P/s/+z/9P8AAAAAAAAAAAAAAAAAAAAA5v/j/+L/6P/l/+r/GgDl/wAAAAAAAAAAAAAAAAAAAAAAAOz/3//t//X/AAD4/9j/3v/f/+r/6P/m/9j/IADs/+3/7f/t/+z/8P8UAOz/7P8TAN7/3P/x/+L/5//q/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/x//f/7v/t/+z/7P/l/xYAAAD2//f/6//4/+v/+P8gAPL/AAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/6//4/+z/7P/s//D/7//v//b/+f/r/xUAAADd/+j/8f/g/+r/5v/o/x4AAAAAAAAAAAAAAAAAAAAAAPf/7v/s//f/+P/r/xUA+f8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/AAAAAO3/FAD0/+z/7P/u/wAAAADt/xQA9P8AAAAAAAAAAAAAAAAAAAAA1v/v/+r/4//t/xoA6//q/wAAAAAAAAAAAAAAAAAAAADr/+v/7P/o/+z/1P/s/xgA7P/5/wAA9v8AAOz/FgDq/+7/FADw/+7/7P8AAOz/8P8AAO3/7f8AAPj/7f/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/xQA7P/s/+v/FgDq/+v/6//r/+r/6//t/+3/8v/z/wAAFADs/+z/7P/t/+7/AADz/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/+P/zP/h/9r/DgAGAOj/9f/3//r/+P8AAOz/GgD2/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+v/7P/s/+z/7f8UAAAA4v/t/+v/7P/r/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/u/+z/7f/s/+z/7P/t/+z/9f/s/xUA6//q/9j/JwDc/+b/6f/e/9j/2f/s/xQA+P/y/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAsA7P/r/wAAAAD2/+3/7P8AAAAAAAAAAAAAAAAAAAAA6/8UAO3/7f/w/+7/7P/t/xUA6//s/+z/7P/r/+r/6/8FAAAAAAAAAAAAAAAAAAAAEwDw/wAAAAAAAAAA7v/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwDy/wAAAAAAAAAAAAAAAAAAAAAAAOz/+f/0//D/8v/s//v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAOAAAAAADw//X/AADu//L/FAD0/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA7f/s/+z/FADs/+z/7P/s/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAOb/8v8UAPH/+//n/+z/7P/y/8v/1v/W/9r/1v8OANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+X/+/8AAC0A+P/v/83/+P/2//D/AAAAAPn/EgAAABQA7P/t/+7/7P/s/+z/7P/s/xQA+P/y/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD2/wAAAAAAAPr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7//t/+z/FADs/+v/FQDq/+3/6P/s/+z/7P/j/zcA+P8AAO7/4v/i/+P/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAD1/wAAAAAAABoAAAAAAAAAAAD0//b/AAAAAAAAAAAAAAAAAAAAAOz/FAD4//L/7P/s/+z/7P/q/xcA6v/r/+v/6//q/+z/xP88ANr/3//H/9T/s//G/9j/HgDj/+7/AADb/+z/5P/l/xkA5//j/9f/5f/o/93/6f8XAOr/6f/r/+r/6f/i/+7/FQDs/+//7v/z/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcA+/8AAAAAAAD6/9z/AADs/wAAAAAAAAAA7v8UAO7/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+//7f/r/xQA7P/p/+n/6f/k/+r/6f8YAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADt/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAN7/6//o/+r/zP/e/9L/IwDw/xQA8v8AAAAA+P/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+z/7P/0/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+n/7P/y/wAA9P8VAPv/AAAAAAAAAAAAAAAAAAAAAOz/FQDw/+3/7v/p/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+r/7f/o/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAPX/AADz/wAAAAAAAAAAAAAAAAAAAAASAOT/3f/i/+r/2v/4/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/9//s/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wwAAAAAAAAAAAAAAAAA6/8OAOr/5v/r/+v/5/8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8SAAAAAADx/wAAAADw/xwA7f/q//r/AADj/+v/7//1//X/AAAAAAAAEwAAAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOb/7P/l/wAAAADr/xgA9P/m/+z/5f8AAAAA6/8YAPT/AAAAAAAAAAAAAAAAAAAAAOr/+f8AAOv/+v/l/wAAGwAAAAAAAAAAAAAAAAAAAAAA5//e/xUA5P/k/+z/6P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/FgDr/+r/6//p/+j/6//x/xkA6f/z/+j/5P/q/wAAAAAAAAAAAAAAAAAAAAArAN3/3P/z/+X/3//U/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAFADv//H/AAAAAAAAAAAAAAAAAAAAAOz/6//q/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/xQA7P/s/9//7P/s/8X/6v8kAOX/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAA2f8AAPn/6//c/+H/5v8oAAAAAAAAAAAA8v8AAAAAEQDs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f8UAOz/7P/s/+z/FADs/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAA3P/2/ycAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAFADy/+7/AAAAAAAAAAAAAAAAAAAAAAAA1f9JANv/7f/g/9X/zP/T/+v/GADs//T/7v/q/+b/8f/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P8UAPH/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/8v8AAAAA7P8MAPL/AAAAAAAAAAAAAAAAAAAAANz/5v/l/+b/5/8jANP/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+X/5P/Z/9z/AAAUAOT/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/8P/s/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAPn/AAAAACwA3f/S/9T/2//P/8b/0v/r/xgA6//v/+z/4//m/+3/6/8WAAAA9/8AAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4A6v/s/+f/6v/a/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA7P/p//L/6//p/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//b/+v/t/xUA7P/q/+z/7P/2//r/7f8VAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8WAOz/7P/q/+z/6v/s/wAAAAAAAAAAAADt/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/2P/Y/+X/5/8AAAAA1/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/xQA7P/s/xIAAAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAA5f/o/+r/5v/o/+P/FwDs/wAAAAAAAAAAAAAAAAAAAADs/xUA5//t/+z/7P/q/+z/3P80AAAA9P/7/+f/0f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/7f/u/+z/7P/s/+b/4//j/+f/5//m/xwA5P/t/+z/7P/s/+7/7P8UAOz/+P/2//D/AAAAAPn/EgAAABQA7f/t/+3/7v/t/+z/7P/m/+j/5//p/+3/FADs/+z/4//R/+v/7P/S/9L/IgDZ/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/4//T/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAOT/1P/l/+T/3f/U/x0A6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/4v/n/9b/+P8AANb/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//9/8AAOz/7P/t/wAA+P/5/wAAAADt/yAAAADs/+3/7f/3/+3/7P/s/xQA7P8UAO3/7f/v/+z/7P/s/9X/HgDp//b/7f/p/9//6v/s/+z/7/8AAO7/7v8UAO7/7P/s/xQA7P/t/+z/7P/s/9r/5f/l/+f/7P8YANz/6/8AAAAAAAAAAAAAAAAAAAAAHADs/+r/7v/u/9L/6//n/wAAAAAAAAAAAAD2/wsAAADu/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+7/8P/s//T/FADw/+v/7P/u/wAA7f/w/+z/7P8UAPb/AAAAAAAAAAARAPP/9/8AAAAAAAAAAAAAAAAAAAAAAADr/+v/7v8AAAAA2v/N/wAAAAAAAAAAAAAAAAAAAADt/+z/+P/s//L/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//P/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/+3/7P/s/+z/7f/t/+3/FADs/+3/7f/y//P/AAAUAOz/7P/v//L/7//z/+7/9P8VAPL/AAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7f/r/xQA7P8AAAAAAAAAAAAAAAAAAAAA7v/s/+z/7f/s/+z/FADs/yYA5v/v/wAAAAD1/9v/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA5v/r/+j/6//p/+v/6f/0//D/AADt//H/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s//D/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+v/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/5//D/7P8UAOz/7P/s/+3/9//v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//s/+z/+f/u/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/6f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7f/w/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/o/9b/7P/r/+D/IgDL/+3/7P/r/+v/2f8hANj/3P8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/9//0/+3/FADz/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/9//0/+3/FADz/+z/7f/t//f/9P/t/xQA8/8UAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADt/+3/7P/s/+3/7P/s/+z/7P/s/xQA7P/s/9T/0P/n/9H/0f/M/zEA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5P/m//b/6//p/xgA7f/e/+D/4f/v/+v/5f8fAPD/7P/s/xQA7P/s/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAPT/AAAAAAAA9f/n/+n/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//L/9P/1/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u//n/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDp/+j/5//q/+L/xv/g/wAA3f/m/93/1f/P/wAA1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/2P/i/+7/2v8AANj/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7f/s/+z/FADs/+z/7P/s/xQA7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8TAAAAAADv/wAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/u/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0/8AAAAAAAAAAPD/IwAAAAAAAAAAAAAAAAAAAAAAAADb/9L/1P/U/9T/z//j/ysA6v/s/+7/7P8UAO3/7f/s/wAAAAAAAAAAAAAAAAAAAAAbAOP/3v/L//D/z//v/+L/6//s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+7/9P/5/+z/7P/t/xYADgAAAAAA9v8AABwA+P/H/+z/7P/r/+z/4//s/+r/FwDz//T/AAAAAB4A+//4//n/7f/t//P/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAPf/9f/y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7//2/+z/6v/s/+r/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAPD/7f/u/+n/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/4f/s/+v/6//g/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P/s/+//7f/x/+7/7v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+r/4//R/+r/DwDP/9f/AAAAAAAAAADs/wAAAAAUABQA7P/s/+z/8P/t/+z/7f8UAOz/7P/s//D/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/r/+z/7P8WAOv/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//0/wAAEwD3//H/AAAAAAAAAAAAAAAAAAAAAPn/IAAAAPv/9f8AAOD/+f/p/+n/6f/r/+n/6v8XAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//n/AADr//r/5f8AABsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7/8UAOz/7P8uAOT/5/++/+r/0f/V/+b/KADZ/+T/AAAAAOX/2P/s/wAAAAAAAAAAAAAIAAAAAADs/+z/7P/s/+z/FADs/+z/9f/4//L/AADx/xQA7v/6/+z/AAD4/wAA5f/V/xQA5v8AAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAABUA7//s/9H/zf/T/9f/4f/R/zQA3f/e/yAA5//m/9r/2v/U/+r/7v/w/wAAAAAAABUAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD/9z/9P/o//T/FADt/+z/7P/s/+z/7/8AABQA7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/4/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//s/yQA9v/1//j/6v/q/xQA7f/t/+3/7v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA2P/m/+D/GwDi/9j/AADq/+3/7P/4/+z/8v8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P8AACUA5v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/3//H/7P/r/+z/FADw/9n/AADD/+H/DQDc/+X/6v/s/xcA6f/s/+n/6v/l/+z/FADs/+v/+P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5f/h/x0A7//r/+P/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAw//f/7X/AADK/8X/DQC2/+z/7f/s/+z/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9f/v/wAAAADv/+3/AADF/+f/2P/W/wAAKADU/9T/AAAAAAAAAAAAAAAAAAAAABsA2f/f/+z/9v/i/+r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/+3/6v/L/wAAMQDW/9H/AAAAAAAAAAAAAAAAAAAAAN3/5P/m/9v/8/8AACgA4v8AAAAAAAAAAAAAAAAAAAAA5//j/+H/HQDo/+b/4v/m/wAA3P/q/9v/6/8NAOX/5v/s/+3/7P/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA6//q/xQA4v/Y/9j/3f/u/+3/7f/t/+z/FADs/+z/EwDk/9j/5//2/83/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/q//X/8f/t/+H/6f8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/xcA6f/l/+7/6v/l/+7/5//s/+z/8f/m/xQA7P8UAAAA7/8AAAAA7P/v/wAAAAAAAAAAAAAAAAAAAAAAABQA6//t//f/+P/s/+z/8P/W//P/5P/h/9v/1/8bAOj/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t//D/6v/s//r/AADj//L/2/8AAOn/1/8AAAAAAAAAAAAAAAAAAAAA2P/W/yUA1f/h/9L/yf/n/+v/6P8WAO3/8v/q/+r/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/z//P/+f8AAOz/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAPX/AAATAAAAAAAAAAAAAADz/wAAFADs/+z/7P/t/+z/7P/s/+3/7P/s/+z/AADs/xQA7P/x//v/9v8AAAAA9f8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+v/+P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAxv/Q/87/xv/c/zQAx//U/x0AAAD3/wAAAADk/+n/+P8WAO7/7f8AAAAA6//o/+//7f/s/+v/7f/s/xUA6//s/xYA6f/q//T/8P/l/+v/7P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAPb/8P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQDo/+z/7f/s/+L/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/v/xQA7P/s/+z/7P/s/+3/7/8UAOz/7P/s/+z/7P/t/+//FADs/+z/FAAAAAAAAAD3//X/8v/s/wAAAAAAAAAAAAAAAAAAAADp/+v/6f/r/+r/6P8WAOn/7v8VAOz/7//u//P/6//r/+z/FADt/+3/7P/s/+z/7P/o/xgA6P/o/+r/6P/o/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAANj/6P/a/+b/CQDY/+v/6//a/+r/6P/t/xEA0P/q/wAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAPD/9v8AABMAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/FADs/+z/6f8AAAAAAAD7/wAAFAAAAOz/LwDX/9z/AADg/7f/3v/K/+z/7P/v//D/6//s/+z/FAAUAOz/7f/u/+z/7P/s/+z/DQDn/+X/7f/s/wYA3P/l/7j/y//K/9H/1v9IALX/uf/v//L/AADt/wAAEwAAAAAAFADs/+z/8P/t/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD2/wAAAAAAAPr/7P8AAAAAAAAAAAAAAADm/yAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u/+z/7//v/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/IADy/wAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAACAAAAAAAAAAAAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA0P/Y/+L/6f/r/+D/LQDv//n/FwD4/wAAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADv/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFQDs/+v/8f/t/+v/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/r/+z/6//s/wAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDm/+v/6P/r/+n/6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/t/+z/FADs/+3/AAD6//P/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAA+P8AAPX/FADy/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//6//P/AADy/xwA6f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADb/9j/3f/g/9r/5P/e/+P/7P/s/wAA8P/t/xkA7f/n/+3/8//v/+3/FwDq/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/6f/r/+z/5v8WAOn/5//t//P/7//t/xcA6v/n/xUA7P/s/+z/9f/t/+v/9f8AAAAAAAAAAAAAAAAAAAAA7f8VAPn/9P/v/+7/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3//P/8P/l//H/4/8iANn/7P/t//L/8//2/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/i/+j/GQDn/+X/6P/k//X/AADY/9X/AAAoANr/2//s/+3/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7P/s/xQA7P/s/+z/+f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABkA6//o//L/7P/q/+X/7P/o//D/5f/4/wAA7P8ZAPn/AAAAAAAAAAAAAAAAAAAAAOL/7P/u/+3/7v/s/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9v/6/+3/FQDs/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAPj/AADw//j/EwDa/97/7f/Y//X/2/8ZAOj/AAAAAAAAAAAAAA0A9f8AAOz/7P/s/+7/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAA7P/t//D/8f8AABQA7P/s/+j/7P/t/wAAFgDs/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/b/+f/4P/q/9j/AAAAAAAAAAAAAAAAAAAAAAAAAADo/+z/7f8AABYA7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+3/+f/s/wAA8P8UAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADw/+7/7P8AAOz/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6v/q//D/9f/b/+j/GwAUAOz/7v/v/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA+v/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQAAAAAAAAAAAPD/4/8AABQA7P/s/+z/7P/t/+z/7P8AAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAOb/AAAAAAAAAAAAABoAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/8f/1/wAA8f8UAOz/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//L/9P/1/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/AAD5/+v/3P/h/+b/KAAUAO3/7v/4/wAA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAOr/6v/p/+L/4v/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+3/FADs/+3/7P/s/+z/7v/s/xQA7P8TANj/2P/r/+7/9f/Y/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/4/wAAAAAAAOz/GAD2/wAAAAAAAAAAAAAAAAAAAAAdAAAAAAAAAAAA8P/j/wAA3P/z/8v/8//t/zgA2v/m//r/2v/N/8n/3v/o/7j/BwAWAO//AAD4/wAA8v/r//f/AAAAAAAAAAAAAPL/+f8fAMX/tf+N/9z/xf/4/7z/DQDr/+v/6f/r/+r/3v/o/xkAAAAAAAAAAAAAAO3/FAAAAOf/5v/n/+r/6f/r/+r/GAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADq/wAAAAAAAAAAFgAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/8f8AAAAAAAD2/xQA+f/t/xQA8v/w//L/7P/s/+//FAAAAAAAAAD3//X/8v/s/wAAFgAAAAAAAAAAAOv/AADn/+v/7P/s/+z/FQDr/+f/AAAAAAAAAAAAAAAAAAAAABUA8f/x//v/AADw/+v/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+v/7P/u/+n/FgDr/xoA3P/k/+L/5//o/+f/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7/8AAAAA8P8AAAAAGQDx/+z/7P/s//P/AADp/xQA7P/s//b/7f/v/+//7f8UAAAA5//m/9j/5f/O/8L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/5/xQAAAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAADv/+7/7//s//X/FQDt/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/r/+n/6//r/+v/FQDp/wAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/7f/5/+z/AADw/xQAAAAAAAAAAAAAAAAAAAAAABAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAPAPL/AADg/+r/7P/Z/+7/AADp/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAPb/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/t//D/8v/x/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AABUA3v/j/+P/3f/h/yEA2f/X/+z/7f/y//P/9v/s/+z/FADv//P/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/t/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAATAAAAAAD4/+7/7P/v/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA8v/P/+n/3//e/9T/xP8gABEA8//4/wAAAAD5/+v/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//W/+D/0//X/x4A6P/P/xUA7P/v//b/7P/q/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/IAAAAPv/9f8AAOD/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDs/+7/7P/s/+v/6//r/xYA6v/s/+z/7P/r/+v/7P/s/+//AADu/+7/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//b/+v/t/xUA7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/7f/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAD0/xQA+f/v//H/+v/s//P/7P8UAOz/7P/t/+7/7P/s/9n/1P/p/9D/5//g/ycA2P8AAAAA7//0/wAAEwD3//H/AADu//L/7P/u/xQA7P/s//v/8v/3//v/AAASAPv/8/8dAOj/6v/h/9r/2P/n/9n/HgDE/9f/4P/S/+r/EADX/yUA6//s/+3/7f/f/+H/5f8UAOz/+v8AAAAA7P/s/+3/3f/r/97/6//3/x8A2v/s/xQA7P/u/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAHQDq//P/+P/t/+X/4f/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQDs/wAAAAAAAOv/1//s/wAAAAAAAAAAAAAAAAAAAAAXAN//6//s/+P/6v/r/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//AAAAAPj/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAAAA6//q/+3/7f/U/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/7P/s/+z/7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmf+v/63/1f8OAO3/q//s/+b/2v8AAOj/6/8AANn/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//x//L/8v/x/xUA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAADv//T/7P/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUA6P/s/+3/7P/i/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDr/+7/8v8AAOv/7v/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAOv/AAAAAAAAAAAAAAAAAAAAABQA7//s/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/v//D/8f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAAAA7P/5/+D/7P8kAAAAAAAAAAAAAAAAAAAAAAAUAPL/7P8AAPf/7P/s/+z/7P/r/+r/6//x/+v/FQDr/+X/4P/g/+P/6P/h/9v/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7//3/wAAAAATAPj/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/7v/l/+z/7P8AAAAAAAAAAAAAAAAAAAAA8/8AAAAA8v/4/yQA8f/b/+z/7f/x/+3/8f8UAOz/7P/s/+z/7f/s//j/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/4//y/+H/AAAYAOT/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAOz/9/8AABcA7P/r/9v/8P/n/+r/7P8WAPX/+/8AAAAAAAAAAAAAEADs/9b/1P/L//j/xv/d/yEA7v8AAAAAAADw//b/AAATAOz/7f/v/+z/7P/s/+z/FAAAAAAAAAAAAOz/AAAAABQAAAAAAAAAAAAAAPb/7/8SAN//3P/c/9n/6f/b/+r/IgAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/9//t/+z/7P8UANb/5P8AAPf/8f/c/+L/MADr/+v/7P/s//T/7P/s/xcA6v/r/wAA9//v/+3/7P8WAOz/7f/v/+z/7P/s/+z/FADm/xYA6v/q/+r/6//n/+v/7f/s/xQA7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//y//f/AAAAAPj/FQDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDc/+f/8f/p/+r/5f/q/wAA2//x/9j/7/8UAAAA7P/s/+z/7P/t/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAANv/0v/U/9T/1P/P/+P/KwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/8P/t//X/9//s/xUA7f/t//r/8P/1//j/FgDv/+3/6f/o/xoA5//q/+P/5v/l/wAAAAAAAAAAAAAAAAAAAADr/+n/FQDr/+3/6v/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9D/4v/J/xYA6v/n/+n/FAAAAO//AAAAAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/q/+r/7P/s//b/5v8WAOz/6v/q/+z/7P/2/+b/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9D/GQDb/+z/6v/o/+D/8P8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P8UAPH/7P/s/+z/7P/5/+7/8v/s/xQA7P/s/+P/AAD7/wAAAAAaAPf/7P8UAOv/7P/s/+3/7P/4/+z/AAAAAAAA+/8AABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/9P/6/wAAAAAAABgA+v/s//f/AADu//n/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/k/+b/5//t/9j/7P/s/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t//r/5P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v+y/77/+v+4/+7/u/8AAPv/zf/U/+r/6P8AANH/AADs/xQA7P/s/+3/7P/s/+z/7P8UAPP/7f/u/+//7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AANv/wv/N/+T/CgDj/xQA7P/s/+7/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADt/+3/AAD4/+3/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//P/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/+P/s//L/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOz/7v/y/+z/7//t/xQA7P8AABAAAAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/7P8kAPb/9f/4/+r/6v/q/wAAAAAAAAAAFgAAAAAAAAAAAAAAAAAAAAAAAAAAAO//6/8WAOv/7v/r/+r/6v/s/+z/FADs/+3/7P/r/+v/FADt//P/AAAAAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/1/wAAAADs/+z/7v/s/+z/7f8AAPr/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAD6//X/AADs/xQA7P/s/+z/7P/s/+z/AADc/9n/7P/w/+j/DQDe/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+3/7P8UAO7/2P/a/xMA3f/h/w8A5v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6//e/9//1//V/+b/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADv/wAAAADs/+//AAAAAAAAAAAAAAAAAAAAAAAA8f/y/+3/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//T/7v/x/+z/7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAu/8AAPf/o/+i/wsA7v/r/9b/DgDm/9P/5v/m/9n/2f8UAOz/7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/2//s/xQA4P8AAOz/AAAAAPT/AAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAD6/+3/+f/s/wAA8P8UAAAAAAAAAAAAAAAAAAAAAAAAANf/2/8UAMD/7f8AAAAA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/5P/X/+D/5f8tAOH/1P/x//L/7f8AAAAAFADs/+z/7v/s/+z/7f/s/+z/FADs/+3/7//t/xQA9v/s/+z/7v/3/+7/7P/3//j/6/8VAPn/8P/s/+z/7//2/+z/FADt/9v/7P/q/+X/7P/e/xwA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/2f/f/xMA3v/v//r/6v/n/8//RADb/+z/0v/X/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+v/7P/s/+T/6//s/wAAAAAAAAAAAAAAAAAAAAAbAOf/0v/Y/97/1f/S/9b/AAAWAAAAAAAAAPr/9P8AAOz/7P/u/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPb/AAAAAAAA+v/s/wAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s/+//9P/7//b/FADr/+z/7P8VAOr/7P/g/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/2v/s/wAA8f8YAOn/4v/e/+P/6f8AAOL/HwDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//D/6//s/+z/FADu/wAAAAAAAPD/9v8AABMAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//D/6//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/4v/r/+v/1/8AAOj/9f8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAFQDp//f/+v/t/+v/6//m/wAAAAAAAAAAAAAAAAAAAADT/xwA4P/g/+v/8P/k/9//AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+7/7//v/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAADq/wAAAAAAAAAAFgAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6P/s/+z/7P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAAAABEA8//3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/0P/i/8n/FgDq/+f/6f/4//r/7/8AAPD/FADy/+3/AAAAAAAAAAAAAOz/+v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA9v/5//v/EgD1/+7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/z//P/5v/6/+v/JQD0/+v/7P/s/+n/7P/r/xUA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+//8v/v//P/7v/0/xUA8v/v//L/7//z/+7/9P8VAPL/6v/r/+z/7v/r/+v/FgDq/wAAAAAAAAAAAAAAAAAAAADq/+v/7P/u/+v/6/8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7P/5/xQA7P/Y/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA4v/t/+v/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPj/8v/s/+z/7P/s/+L/4f/q/+v/2f/r/x0A6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8v/s/wAA9//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/FQDq/+z/7P/s/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAD6/wAA7P/s/xQA6//s/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/HADg/+D/6//w/+T/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/u/wAA7v/s/xQA7//w/+//7//2//n/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAOb/4v/v/9n/9v8AANn/AADm/+j/5//p/+3/FADs/+z/AAAAAAAAAAAAABkAAADq/wAAAAAAAAAAAAAAAAAAAADE/9f/+v/V/83/DgDi/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/t//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+j/6/8XAOv/4f/q/+L/AAAAAAAAAAAAAAAAAAAAAOD/6/8kAN3/5v/Z/9n/7P8AAAAAAAAAAAAAAAAAAAAA7f/s//H/FADu/+z/7P/s/+7/7v/t/+3/7v8UAOz/7P/s/+z/7P/u/+7/FADs/+z/7P/s/+3/AADt/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+r/7f/r/xYA6//p/+3/7v/3//D/AADs/xQAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAOr/9v8AABwA6f/m/wAAAAAAAAAAAAAAAAAAAADd/+v/3v/r//f/HwDa/+z/6v/l/+v/4//h/wgAAADf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/s/+7/AADs/9z/GADg/xQA7P/s/+z/7P/s/+z/7P/s/+3/7P/1/+z/FQDr/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/yQA4v/r/+z/2f/c/+H/AAAAAAAAAAAAAAAAAAAAAOX/JADi/+v/7P/Z/9z/4f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAJgDw/+7/AAAAAAAAAAAAAAAAAAAAAOz/AAD7/+z/9f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/y/+z/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/x/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+//7f8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/y//T/9f/s/+z/7v8UAOz/7f/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/t/+z/FADs/+j/3P/s/9P/7P8VAOz/6f/s/xQA7P/s/+z/7P/r/+z/6f/r/xcA6f/q/+n/4P/g/wAAAAAAAAAAAAAAAAAAAADs/yEA6//w/wAA7v/Y/+z/7P8UAO7/7v/4/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/0//n/AAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/u//X/8f/w/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/6//D/9f/4/xYA7//t/wAA7P/r/wAA8f/z/+v/FgAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7P/s/+z/7P/s//D/5//P/7P/CADL/97/1v8WAM7/xP/X/8D/zv/z/8r/7P/6/wAAAAAAABQA9v/7/+z/+v8AAAAAAAAUAPb/+//l/9b/6P/b/+v/0/8uANj/7f/6//D/9f/4/xYA7//t/+f/8P/t//X/9//s/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAPb/8f8AAO3/AADs/+z/7P/s/+z/7P/s/xQA6f/o/wAA7P8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6v/r/+v/FgDq/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+3/7f8AAAAAAAAUAPL/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+n/6v/r/+f/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7P/s/+3/7P/v/wAA8//4//D/GQAAAAAAHQAAAPf/AAAAAOT/6f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t//r/7f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AABQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/2f/m/+3/+P/o/xsA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+7/9P/5/+z/7P/t/xYAAAAAAAAAAAAAAPX/AAAQAOz/7P/v//D/6//s/+z/FADw/+z/7P/v//b/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAPH/7v/v/+//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/3P/s//L/AADs/xIA2/8AAAAAAAAAAAAAAAAAAAAA7P/t/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//P/8/8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+n/4v/b/+z/6/8WAOP/9P/z//P/+f8AAOz/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAA+v8AANT/FQDt/+//7P8AAN3/7P8AAAAAAAAAAAAAAAAAAAAAzv/b/8f/rv/d/xgA5f8AAOz/7P/s/+7/7v8UAOz/7P/s/+z/7P/s/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAOAAAAAADz/wAAAAAAAAAADgAAAAAA8P/x/+3/AAAAABQA7P/s/8f/5/8UAAAAAAAWAOj/2P/z/wAAAAAAAAAADgAAAAAA6f/s/+z/7v8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAVAAAAAAAAAAAAAAAAAAAAAADw//H/7f8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAPr/FADw/+z/FADs/+z/7f/v/+z/6//s//D/8f/t/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/h/+b/6P/f/+f/5P8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/8P8AAO3/8f/s/+7/FAD6/xoA9/8AAO3/AADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//t//D/6/8VAOz/EwD6/wAAAAAAAPj/9f/v/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+v/0P/H/wAA3v/r//H/AADh/+r/JwDs//D/+P/r/9n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/FADs/+z/7P/m/9n/2f/g/97/1//W/yQAAAAAAAAAAAAAAAAAAAAAAM3/2/8nANb/4P/S/7j/5//c//D/y//p/+P/3/8AABMA6/8VAOr/8P/t/+z/7P/t/xYA7/8AAPj/AADy/+v/9/8AAAAAAAAAAAAAAAAAAAAAtP/P//T/s//w/7T/AAAhAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAEAD0//j/1P8xAPT/5P/g/9f/y//Q/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/FADq/+z/4v/x/wsAvv/0/+D/vP/T/93/6P/m/9r/9f8AAAAA2v/o/+H/w//H/xQA2P8AAOz/AAAAAAAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAADp/+X/8f/1/wAA6/8eAAAA7P8WAOv/7P/q/+j/5f/s/+n/6f/p/+T/6v/p/xgA3/8UAPD/7f/w/wAA+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA2P/X/+f/6f8VANj/3v/r/+z/7v/s/+z/GQDY/+H/yf/a/+n/5//l/9r/IwDp/+n/6//s/+z/7P8VAOz/7P/r/+z/7v8AAPj/6/8VAPf/6P+//8D/+v/E/9r/7/8AAAAAAAAAAAAAAAAAAAAAAAAAANj/2f/W/w4A0//i/+n/AAAAAAAAAAAAAAAAAAAAAN//EwAAAO//AAAPANj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5f/l/+f/6f8aAOf/5f/q/xQA7P/s//D/AADe/9j/5//n/83/5f8AAOv/AADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIv/8P/Y/8j/5P8LAAkA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/1P/J/8X/9P/g/9v/IgDz/wAA6v/2/wAAHADp/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//3/+3/7v8AAOz/EwDv/+z/FADs/+z/6//s/+v/7P8UAOz/7P/s//D/7f/s/+3/1P8rAOf/3v/p//L/1//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+//7v/w/+7/7P/t/xwA5v/o/+f/6f/k/+T/3/8AAAAAAAAAAAAA+f8IAAAAFADs//L/7v/t/+v/7P/s/xQA7v/0/+7/8f/s/+z/8f/t/+7/7P/v/+//7P8UAO3/AAAAAAAAAAAAAPr/CgAAAAAA+v8AAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/s/+z/8/8AAOn/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAOT/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/7P/s//P/AADp/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+//9/8AAAAAEwD4/+3/7P/s/+7/7f/s/+z/FADs/+z/7P/t/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAATAAAA8f/y/+3/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO7/7//u//D/7v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//k/+b/9v/r/+n/GADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//y/+//8//u//T/FQDy/wAAAAAAAAAAAAAVAPX/+f8AAAAAAAAAAAAAAAAAAAAA6v/r/+v/6P/o/+T/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAAAADv/xMA9v/q//L/7P8AAAAA7/8iAPf/7f/p/+z/8v8AAPT/FQD7/+r/7P/s/+z/7P/s/xQA7P/t/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAA7P8UAO3/7f/s/+z/7P/s/+z/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v//L/7P8AABQA7P/s/+z/7P8AAAAAFADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0/8AAAAAAAAAAPD/IwAAAOz/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA6//s/+z/7P/r/+z/AAARAAAAAAAAAPv/9v8AAPr/CwAAAAAAAAAAAAAAAADc//P/FADj//X/8P/i/+v/7f8UAO7/7//z/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADr/+v/8//1/+3/7P8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/x/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABkA6//o//L/7P/q/+X/7P/r/+v/7P/t/+z/7P/s/xUAAAAAAAAAAAAAAAAAAAAAANb/2P8AAM//o//G/+L/FgDg/9j/AAAAAO3/yv8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//0/+7/6//q/+r/4P/s/9b/0//T//r/8P/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOz/6f/y/+v/6f/q/wAAAAAAAAAAAAAAAAAAAAAVAO3/6//t/+//6//4/+z/FADs/+z/7//z/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAQAO3/9//6/wAA8f/p//D/BwDZ/93/7//o/wgA5P/U/wAAAAAAAAAAAAAAAAAAAAAAANH/xP+//9r/+f8AAOv/AAAAAAAAAAAAAAAAAAAAAAAA1//r/+T/4v8VANH/uv/s/+z/7P/s/+n/7P/s/xQA6/8AAPn/AAAAABEA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/n/93/3/8YAOn/0v/r/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/yP8AANT/zf/U/8n/8v/w/wAAAAAAAAAAAAAAAAAAAAAUAO7/7//u//D/7v/s/+3/HADm/+j/5//p/+T/5P/f/xQA7P/y/+7/7f/r/+z/7P8UAO7/9P/u//H/7P/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9j/5//q/9//AADk/xMA6//r/+z/7P/r/+z/7P8VAN//AADf/9P/zf/r/7b/AADs/xQA7P/s/+z/7P/s/+z/GQAAAOP/6//w/8z/xv/Z/w4A1v/e/8n/vP/K/8z/HQAAAAAAAAAAAAAAAAAAAAAA8v/3/wAAAAAAAAAAAAARANr/AAAAAAAA6//d/wAA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/9P/u/+r/6//s/xYA9v/r/+3/AADs/+r/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA5P/k/+b/2//6/8v/3/8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7//t/+v/FADs/+P/+P/q//f/AADs/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/6//s/+z/FgDr/+X/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/8P/s/+7/7P/c/+v/6v/s/+r/2P/f/yMAGgDc/+T/4v/n/+j/5//m/wAAAAAAAAAAAAAAAAAAAADZ/9T/6f/Q/+f/4P8nANj/KgDp/9n/3//g/9j/1v/X/wAAAAAAAAAAAAAAAAAAAADj/+z/7P8AAPD/7f8ZAO3/9f/4//L/AADx/xQA7v/6/+z/7v8AAO3/8P/s/+z/FAAAAA4A6v/s/+f/6v/a/+P/1v/o/+z/7f/t/+z/JADs/yUA3//k/9r/2f/b/8r/7f/j/+D/4//m/+f/KgDH/+H/5v/W/xMA3//j/xQA2//P/wAAAAAAAAAAAAAAAAAAAADQ/+j/5P/m/9T/DQAAANX/6P/G/7f/yP/k/xAAAADD/+z/7f/w//H/AAAUAOz/7P/Y/9j/2P/a/9//AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/+H/FAAAAAAAEQDs/+z/FADs/+z/7P/s/+z/7P/s/7X/z/+9/6b/w/8AAMn/BwDq/wAAAAAAAPf/8/8AACAA4v/s/+7/7f/u/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/v/+3/FADs//L/EAAAAAAAAAAAAAAAAAAVAOn/7v/u/+z/7P/r/+r/7P/s//L/8v/t/+z/FAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAO3/9f/5/+v/7v/s/xUA8P/w/+7/AADs/+r/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4A6f/o/wAAAADf/9L/5v8ZANr/3v/p/+z/5f/r/+b/FADs//T/AAAAAOz/6//s/wAAAAAAAAAAAAAAAAAAAADb/9T/1v/I/8v/2v8qAN//5v/W/+D/5f/Z/wkA5P/6/+z/7v/y/+z/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAA2f8jAPT/AADd/+n/7v/Y/+z/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA5v/n/+f/6//q/+P/6//s/+v/6//s/xQA7P/p/+//7f/t/wAAAAAAABQA8v/s/ykA4//W/83/3v/Q/9L/1P8ZAOX/4P/e/93/6f/p/+L/DQDc/+P/2//Z/+b/5/8AAOz/FAD6//T/7f/t/+z/7P/i/+f/4//m/+j/3f8eANv/IgDf/+L/5P/h/+X/2v/X/wAAAAAAAAAAAAAAAAAAAAApANn/wf/X/wAA2//e/9z/AAAAAAAAAAAAAAAAAAAAAOL/3P/c/+T/7P/e/x0A7P/s/+z/7v8AAAAA7f8UAPT/2f8AAAAAAAAAACcAAAAAAOn/5f/x//X/AADr/x4AAAAAAAAAAAAAAAAAAAAAAAAA4P/b/+z/7v/d/yMA6P/Z/+v/AAAAAAAAAAD3/x0AAAAAAAAAAAAAAAAAAAAAAAAA5P/c/9n/6v/h/9j/AAASAO7/8P8AAAAAAAAVAAAA8P/s//b/7f/v/+//7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/9f/7/+z/7f/s/93/AADR/9L/zP/D/wAA9f8AAAAAAAAAAAAAAAAAAAAA3v/W/8D/3P/d/9H/LgDV/wAAAAAAAAAAAAAAAAAAAADp/9b/3f/q/+P/7P8VAOn/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7f/s/xQA7P8UAO7/9P/u//H/7P/s//H/AAAAAAAAAAAAAAAAAAAAAOr/6v/s/+z/9v/m/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/4f/g/83/6v8UAOD/7P8AAAAAAAAAAAAAAAAAAAAA6v/y//n/5P8AAOj/GwDx//T/4f/g/83/6v8UAOD/7P/s/+z/7f/t/+3/7v8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/w/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwD7//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDq//P/+P/t/+X/4f/j/wAAAAAAAAAAAAAAAAAAAADj/x4A5P/n/+b/5//f/+L/AAAAAAAAAADs//n/AAAXABQA7P/x//f/7v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA+v/t//n/7P8AAPD/FAAAALr/9f+7/9X/wv8dAMn/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s/+3/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/7v/4/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+v/+f8hAAAAAAAAAAAAAAAAAOz/JQAAAAAAAAD7/wAAFAAAAOz/7f/s/+z/7P8UAOz/7P/s/wAA+v8AAAAA7P/3/wAAFwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/FADs/+z/7P/l//j/5P/m/wYA1v/p/wAA5f/n/93/3/8YAOn/0v/r/+z/7P/s/+z/6v/s/xQA7P/b/9L/1P/U/9T/z//j/ysA1P/U/9//5/8ZANr/2f/4/+X/FQDq/+z/2//m/+v/5//Z/wAA+f/r/9z/4f/m/ygA6v/r/wAA9//v/+3/7P8WAO3/7f/x/+3/8f8UAOz/7P8AAOz/7P/s/+3/6/8HAOz/6v/Y/+3/2f/t/9n/9P8NAOP/2P/c/9j/2v/c/9b/KwDg/+n/+//f/wAA6f8YAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//q//f/AADE/+//+f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/3/+z/AADs/+z/FAAAAOz/7P/s/+3/6/8HAOz/AAAAAAAAAAAAAAAAAAAAABEA5f/p/+v/2f/n//r/3/8AAAAAAAAAAAAAAAAAAAAA7P/Y/+r/2f8eAOr/6//p/wAA9P8AAAAAHQAAAAAA8P/e/+P/2//p/xoA7P/q/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8mAAAA8f8AAAAA6//i/wAA+v8AAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAA7f8UAAAA3P/u/9j/3f/U/9T/0v/z/+v/w/8SAAAAAAAAAAAAAAD5/wsAAADz/+X/1f/V/8v/zv/H/w8AAAAAAOz/6v/e/9D/1//K/9j/7//I/8j/tP++/8L/LwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xwA1//X/9r/5v/j/+f/AAAAAAAAAAAAAAAAAAAAAOP/HgDk/+f/5v/n/9//4v/U/wAAzf/X/9f/AADr/9z/6//q/+z/6//t/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/a/+7/AAAAAPP/JAAAAOz/FADt/+3/8P/s/+7/7P8SAOz/6//v//P/7f8IAOr/AAAAAAAAAAAAAAAAAAAAACQACQDT/8//2P/G/8z/1f/j/xcA5//h/+z/6f/j/9f/7f8UAO7/7//z/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADr/xcA7P/t/+3/4//r/+z/AAARAAAAAAAAAPv/9v8AABUA6//s/+z/7P/r/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xUA7P/r/+v/7P/q/+z/3P80AAAA9P/7/+f/0f/i/+z/FADt/+//7f/s/+z/7f/v/xQA7/8AAPX/7P/x/+3/1v8jAPn/AADf/+n/8f/Z/wAAAAAAAAAAAAAAAAAAAADQ/zEA7f/b/9b/2//g/9f/GwDl/+b/8f8AAOf/4v/k/wAAAAAAAAAAAAAAAAAAAADs/xQA8P/5/wAA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOP/5f/j/9b/4f/a/yUA3/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+v/7P/s/+3/7P/4/+z/8v8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAFADt/+3/9f/w/+z/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7/8AAO7/7v8UAO7/AAAAAAAAAAAAAAAAAAAAAOz/7P/t//n/7f/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/y/+z/7//t/xQA7P/s/+z/7v/v/+3/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/+P/z/wAAAADw/xsA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P8UAOz/7P/s/+z/7P/s/+z/9v/s/xQA7P/P/woAt/+j/+v/sv/z/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/s/wAA7P8UAPD/6//t/+z/6v8AAO3/FADs/wAAAAAAAAAAAAAAAAAAAADr/9P/w/+3/wAAGwAPALP/7P/v/+z/FAD4/+3/6//s/wAAAAAAAAAAAAAAAAAAAADR/8H/tf8MAAAAuP8AANT/9//p/+T/GQDo/9D/2//o/wAAAAAAAAAAAAAAAAAAAADg/xIAAADy/wAADwDY/+z/5P8bAPn/5/8AAPn/AADp/+X/5v/q/9j/+P/R/+n/KwAAAAAAAAAAAAAAAAAAAAAA1f/Y/+D/6v/c/9j/JwDc/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/6//4/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/FADs/+z/6//r/+z/FADs/+z/7P/s/+z/7f/D/zoAv/+h/7P/6P+x/8D/6v8XAOr/6//r/+v/6v/s/93/JgDn/9f/4//k/9j/2f/y/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/v/+z/7P/s/+z/FADs/+z/7P/s//D/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+L/7P/s/xQA7P/c/+z/7v/s/xQA5f/5/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/7P/t/+3/7P8TAOv/yv85ANj/zv/W/8X/wf+9/97/4//b/+n/GgDs/+r/2P8AAOv/6v/k/+n/2//Y/wAA5v8WAOz/6//r/+j/6v/s/wAAAAAAAAAAAAAAAAAAAAALAN3/2f/n/8T/6f/4//H/FADz/wAAAADn/+X/5P/g/wAAAAAAAAAAAAAAAAAAAADs/+z/8v/t/+z/7P/s/xQA7P8UAPj/8v/s/+z/7P/s/wAACQAAAAAAAAAAAPf/AADg/+r/2//U/9z/6P8bAM7/5/8ZAOX/6P/r/+j/3//h/+j/FwDr/+v/6//q/+r/5P/7/wAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAOf/3v8VAOT/5P/s/+j/6P8AAAAAAAAAAAAAAAAAAAAA7P/t//D/8v/2/+z/7P8UAOj/6//s/+f/FgDt/+z/6v/f/yEA4P/o/+b/3v/Z/+r/0/8yAOH/4f/j/9X/x//Q/+v/6v/u/wAA7f/u/+r/FADp/8f/uv8AANH/5v+4/xgAHADd/+j/5//a/7X/2v/w/wAAAAAAAAAAAAAAAAAAAADs/xUA8P/t/+7/6f/r/+v/7P/t/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/h/+7/4v8YAOb/4f/3/wAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAA7P8UAOz/7P/p/+j/7P/s/wAAAAAAAAAAAAAAAAAAAAD6/+3/+f/s/wAA8P8UAAAA6/8XAOr/7f/s/+n/5v/p/wAAAAAAAAAAAAAAAAAAAADU//f/3f/Y/+P/z//j/yQA7P/t//D/8v/2/+z/7P8UANL/NADb/+z/y//f/9j/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/zMA4P/Y/+f/6P/L/83/7P/s/+3/AAD6/+3/FAAAAAAA7P/4/+z/AADu/xQA+//r/xcA7P/t/+3/5P/r/+v/7P/s/+7/+P/0/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/6//q/+r/6P/l/xYA7P/s/+z/7//t/+z/FADs/+n/1v/b/+L/6f/S/8//LwDs/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FQDs/+7/7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDs/+7/+f/4/+z/5P/x/wAAAAAAAAAAAAAAAAAAAADo/xUA6v/s/+z/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFADw/+7/+P8AAPD/7P/5/xQAAAAAAAAAAAAAAAAAAAAAAOz/AAD7/+z/9f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAABUA7//s/+f/8P/t//X/9//s/xUA7f8AAAAAAAAAAAAAAAAAAAAAAADu//L/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADr/+z/AADu/+z/6/8VAOn/7v8dAAAAAAAAAPj/4//x/wAADAAAAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAA1f/o/+v/8//q/wAA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8bAAAAAAAAAPv/6//m/+z/7P/s/+z/7v/o/+z/FADw/wAAAAAAAAAAGADr//n/6v/s/+z/7P/s/+z/FADs/+z/FADw//L/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAGADz/+z/7v/v/+z/7P/e/wAAAAAAAAAAAAAAAAAAAADq/+f/3//m/+z/6P8aAOP/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/+P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAACgDa//H/8v/q/+P/9//t/+v/6//z//X/7f/s/xUA7v/s/+z/7P/u/+3/FADs/+z/7P/y/+//9f8AABUA7P/r/wAA+P/r/+f/6/8TANL/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/1P/l/+T/3f/U/x0A6f/H/+b/yP/E/87/zf8kANb/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+n/7P/p/xUA7P8AAAAAAAAAAAAAAAAAAAAA6P/w/+X/+P8AAOz/GQD5//D/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/6v8dAOj/5v/a/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+n/4v/Y/+r/5P8YAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+j/5P8YAOr/2f/p/+r/7P/p/+r/FgDq/+r/6P/p/wAAAAAAAAAAAAAAAAAAAAAUAOz/7v/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/4//k/9n/9f8AANj/AADv/+7/7//s//X/FQDt/+v/2f8jAPT/AADd/+n/7v/Y/xQA7P/s/+z/7P/s/+z/7P/s/+z/7f/r/+r/FADs/+z/4/8AAAAA7/8AACYA8v/r/wAAAAAAAAAAAAAAAAAAAAAAAOz/6v/v/+3/AADq/+P/CwDx//P/AAAAAPb/8//6/yYA7v/w//T/8//z/9n/7f8UAOz/8v/u/+3/6//s/+z/AAAAAAAAAAAAAAAAAAAAAOL/7f/r/+r/5v8VANT/7P/s/+z/AAAAABQA7P/s/+3/yf/k/9b/3P8mANf/3//X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA6//z/+T/6v/k/+f/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/xsA5P/m/9z/5v/l/+X/4/8bAOT/5v/c/+b/5f/l/wAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAPj/AAD1/xQA8v/t/9n/7P/s/+z/7P/j/yEA2v/p/+X/8f/1/wAA6/8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FgDv//j/6v/t//T/7v/u/+z/7f8UAOz/7P/s/+z/7P/s/+3/7P/t/+z/FADs/+r/+P8AAAAAAADs/xgA9v/q/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAOL/9v/6/+7/9/8VAOz/6/8UAOv/7f/3//j/7P/s//D/8P/t//b/7P/z/xUA6//q/+H/4f/m/+j/3//n/+T/HwDu/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAN//5P/i/+f/6P8dAOL/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAOP/2P/k/+f/2P/a/9D/FADw/wAAAAAAAOz/7f/5/+r/6f/o/+r/6//o/xcA6f/m/+j/5//p/+3/FADs/+z/6/8VAAAA+f/s/+z/9f/s/+D/5P/b/wgA5v/R/w0A1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/t//n/7P8AAPD/FAAAAOn/1//r/+z/7f/u/yYA5/8AABEAAAAAAAAA+//2/wAAAAAAAPr/HwAAAOr/+f8AAAAAAAAAAAAAAAAAAAAAAADl/xUA6v/s/9v/5v/r/+f/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P/r/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMn/2P/u/+r/9P8YAOr/6//u/wAAAAAAAPD/9v8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAA7P/3/wAAFwAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AADy/wkA9P8AAAAAAAAAAAAAAAD0/wAADAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/r/+P/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+v/6/8XAOv/7P/r/+T/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/FADs/+z/6//t/+//8v/s/wAAFADs/+z/AADX/+z/6f/p/9j/2f8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/X/w0A1P/V/wsAw//N/+z/7P/s/+3/7/8UAOz/7P/m/9n/3v/m/+T/AADh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA9v/w//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/9P/u//H/7P/s//H/7f/6//D/9f/4/xYA7//t/wAAAAAAAAAAAAAAAAAAAAARAOX/6f/r/9n/5//6/9//AAAAAAAAAAAAAAAAAAAAAOr/2P/p/xMAAADY/9z/1v8AAAAAAAAAAAAAAAAAAAAA1v/v/+r/4//t/xoA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/9j/5f/Z/wAA6v/g/xIAAAAAAAAAAAAAAAAAAAAAAN//4//i/9v/5v/S/x4A4f/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/u/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/r/+z/6v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/a/+3/3v/x/9X/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+j/6v/r/+j/FwDp/+f/8P/t//X/9//s/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKH/wP/s/5X/rf+6/0MA0f/n/9r/GQDn/+//2f/s/9v/7//u/+3/AAAAAO//FADw/+z/FADt/+3/8P/s/+7/7P/d/+r/8v8AAAAA5v8eAPj/7P/s/+z/7f/v/xQA7P/s/wAAAAAAAAAAAAAIAAAAAAD5/+r/6v/s/+z/FgDS/9//6v/f/+//6//i/+z/FQDs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/+3/7P8UAOz/4P/n/+v/6v/o/xAA1P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/S/97/BwDl/wgA2/+9/+n/6/8WAOv/6v/r/+n/6P/c/+X/5v/K/+v/GgDl/+X/IADc/+f/zf/o/+T/0f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/0//D/AADt//H/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA9f8AAAAA+P/s//L/AAAAAAAAAAAAAAAAAAAAAPH/8v/t/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t/+7/4f/b/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AADz/+T/8P8jAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/2//r/7f8VAOz/6v/n/wAAAAAAAPP/8/8AAB0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/8P/t//X/9//s/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6v/q/+//6v8WAOj/6/8AAAAAAAAAAAAAAAAAAAAA7P/1/+3/AAAAABQA7P/v/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwD7//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAPb/AAAAAAAAAAAAAAAAAAAAAN7/IgDh/9v/5f/P/9f/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/u/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7v8AAOf/8f/a/wAAAADt/wAA+P/z//f/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0A9f8AAO7/7f/r//b/8P/7/+z/BgAdAAAAAAAAAAAA8P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/3/wAA+P/y/ysA3P/j/wAAAAAAAAAAAAAAAAAAAADw//T/AADt/wAAEwAAAAAA8f/t/wAAAAAAACEA9v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8XAOj/8f/r/+n/6f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAD0/wAAAADw/xMA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAEADY/9r/2P/u/+v/AADY/wAAAAAAAAAAAAAAAAAAAADW/+7/7f8UAPr/AADs/+3/AAAAAAAADgAAAPj/AAD1/+r/FgDs/+X/5v/X/+v/7P/p/+v/7f/u//n/BwDc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACv/8P/LwDs/77/0f/c/87/7f/v/+3/FAD2/+z/7P/u/93/6P/x/+D/6v/m/+j/HgAAAAAAAAAAAAAAAAAAAAAA5v/w/wAAAAAAAAAAGwAAANr/7P/y/xQAAADr/+n/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/t/+3/7P8UAOz/7P/q/+j/FgDH/9//6//s/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+P/7P/r/xcAFgDv/wAA+P8AAPL/6//3/wAAAAAAAAAAAAAAAAAAAADs/+v/2P/p/xMA4f8AAOT/7P/s/+z/7P/2/+z/FADs/wAAAAAAAAAAAAAAAAAAAADp/xQA2P/Y/9n/6v/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//y/wAA7f8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/2//D/AAAAAPn/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8/8AAAAA7P/s/+7/FADv/+z/7f/t/+z/7P/s/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA6P/g/+f/5P/o/xoA5v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/AAAXABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAPj/AAD1/xQA8v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADq/+j/4v/q/+b/5P8XAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+n/6v/r/+f/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/FADs/+z/7P/q//j/AAAAAAAA7P8YAPb/4v/h/+r/6//Z/+v/HQDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8AAAAA8f/g/9n/6v8qAPf/7v/s//f/+P/r/xUA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPL/7P8AAPf/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/w/wAA7f/x/+z/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/X/ysA2v8AANz/7//V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//1/+z/7v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+v/+f8hAOz/8/8AAOH/8P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAKAOz/+f8AAO3/+v/t/+z/EwDz/wAAAAAAAAAAFQDv/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/5//D/AAD1/+X/EwATAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADo/+z/AADo/9j/6v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+3/8P/4/xUA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqf+z/+T/DADK//P/5P/o/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADt//f/+/8AAPP/7P/q/+z/7P/s/+z/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/t/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//v/9v8AAAAA9f8UAPX/2P8UAAsA6P/0/9r/1v/g/+P/7P/s/+X/6v/s/+v/FQAAABMAAAD2//H/AADt/wAAAAD2/+//9/8AAAAAEwD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+z/7v8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6//s/+3/7f/s/xoA7P8gANf/yv+0/97/0v/F/8X/AAAAAAAAAAAAAA8A8v8AACsA3f/c//P/5f/f/9T/7P/u/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//T/FADs/+3/AAAAAAAAAAAAAAAAAAAQAMf/2f/5/9H/0/8QAL7/s/8AAAAAAAAAAAAAAAAAAAAA6v/p/+v/6v/p/xYA5v/r/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P/t/+3/8f/s/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+X/2//h/+X/5v8bANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+j/FwDq//D/6f/o/+n/7f8AAPb/8P/1/wAAAAAAANP/AADz/77/4P/E/woA9v8AAAAAAAAAAAAAAAAAAAAA7P/p//X/AAAAABQA7P8AAAAA9v/v//f/AAAAABMA+P8AAAAAAAAAAAAAAAAAAAAA4P/q/+z/2f/u/wAA6f8FAAAAAAAAAAAAAAAAAAYAAADt/+3/7P/t/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+j/+v/l/+z/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAPv/AAD1/wAAEgAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAKAD6/9j/AADr/+z/6f/s/wAAAADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv//p/wAA4v8AAOn/JADJ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwD5/wAAFQAAAAAAAAAAAPv/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/xQA8P8AAPP/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//H/8v/y//H/FQD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//8//4/9//9P8dAAAA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPb/+/8AAPn/IgDv/+3/7f8AAAAAAAAUAPL/7P/s/+z/9//3/+7/7P8UAPv/9f/p/+f/6//m/xgA4//T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/h/xcA6/8AAO7/3//r/+z/6f/s/+z/8P8AABIA2f8AAAAAAAAAAAAAAAAAAAAAHQAAAPf/AAAAAOT/6f/4/+//8v8AAO3/AAATAAAAAADd/wAA2P/Z/+3/+P/V/wUAAAAAAAAAAAAAAAAAAAAAABUA7P/r/+7/7P/q/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/sP8AANH/yf/v/+f/pP/a/+z/7P/q/+z/5/8UAPH/6/8AAOv/3//Z/+7/BgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//c/yEA2//l/+f/7P/c/9X/7P/r/wAA5P/1//D/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAFADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/r/+7/7P/q/+v/6/8AAAAAAAAAAAAAAAAAAAAA9f/4//L/AADx/xQA7v/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAOz/6/8AAAAA9v/t/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/yMA7P/Y/wAAy//6/+z/FADs/+z/7P/s/+z/7P/j/+L/4v/f/wsA2P/X//r/AAAAAAAAAAAAABUA9f/5/wAAAAAAAAAAAAAAAAAAAADb/9j/6v/c/woA2P/r/wAAAAAAAAAAAAAAAAAAAAAAAMD/CADY/7P/tP/r//T/uv8AAAAAAAD7/wAAFAAAAOz/6v/s/+7/7P8UAO3/7f/s/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7//t/+v/FADs/wAAAAAAAAAAAAAAAAAAAADt//r/8P/1//j/FgDv/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAFgDu/+3/AAAAAOv/6P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAD0/xQA8v/s/+3/2P/l/93/8f/r/xYA6v/y/+z/FADw/wAA8//t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xMA7P/e/+v/AADZ/+z/7P/s/+//AADu/+7/FADu/wAAAAAAAAAAAAAAAAAAAAATANb/1/8LANz/4f/U/9H/6v/p/+j/6v/r/+j/FwDp/wAAAAAAAAAAAAD1/wAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/2P/6/yEA6P/K/+X/yf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/7f/s/+z/7P8UAOz/7P/y/+3/7P/s/+z/FAAAAAAA6/8AAPP/5P/w/yMAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+r/2P/U/9X/3/8AAAAAAAAAAAAAAAAAAAAA1f/X//P/EQDb/+r/GADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8AAAAAAAAAAAAAGgAAAAAAAAAAAAAAAAAAAAAAAADt/+7/7P/s//X/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//r/7/8AAPD/FADy/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+j/6v8aAOv/5f/l/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//n/AADr//r/5f8AABsAAAAAAAAAAAAAAAAAAAAAABUA9P8AAAAAAAD2/+z/AADs/+3/7f/3//T/7f8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/8L/TgDC/8n/wv+5/8f/8//7/xQAAAAAAAAA7P/s/+f/3v8VAOT/5P/s/+j/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8TAAAAAAAAAAwA9P8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/8v/0//X/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9v/5//g/+r/2P8AAAAA7P/s/+z/7P/u/+j/7P8UAAAAAAAAAAAAAAAAAAAAAAC1/8v/5//e/9f/5v8MAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmAPX/AAD6/wAAAADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//Y/+f/4v/h/+P/IwDq/+j/IwDr/+n/0v/n/+r/2P/s/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/wAA6f/r/+z/7P8UAOz/7P/s/+r/7f/r/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAD7/+z/AAAAAOv/7/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8nANz/5v/p/97/2P/Z/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/6/+7/6P8YAPD/DgDE/8H/3f/W/87/CADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A8v8AABQA7f/t//j/8f/s/+z/9v8UAOz/7P/s//D/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/8//1/+3/7P8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8v/z//b/7P/s/xQA7P/t/+3/7//t/+z/7P8UAAAA9P8AAPv/AAD1/wAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A3P/n//H/6f/q/+X/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/AAD5/+v/3P/h/+b/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6P/s/+z/AADb/wgAAAAAAAAAAAAAAPX/AAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/8v/0/wAA6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/4/wAAFwDq//P/AADp/+L/4P/r/yQA2//l//X/GwDO/87/7f/U/wAA9v/v//f/AAAAABMA+P/t/+3/7P/t/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/p/xUA7P/g/+z/5//r/wAAAAAAAAAAAAAAAAAAAAD4//r/7/8AAPD/FADy/+3/AAAAAAAAAAAAAAAAAAAAANf/6f/r/+j/6P/W/+r/LADt/wAA+v/z//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAPX/AADz//r/AAD2//v/AAD5/yIA7/8AAAAAAAAAAAAA9f8AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+7/9P/5/+z/7P/t/xYAAAAAAAAAAAAAAAAAAAAAAPP/9P8AAAAAHgD7//j/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY//D/8//q/wAAFAAOAO//0P/D/+7/+v/Q/87/8/++/9f/3/8iAMT/1P/k/9H/AAAlAOz/6v/t/+3/1//t/+r/CwAAAAAAAAAAAPn/+/8AAPL/EAAAAAAAAAAAAAAAAAC//7n/KQAGAMP/xP/X/8f/6//s/+z/7P8UAOz/7P/s/zQA6v/1/wAAAADa/9T/+P8AAAAAAAAAAAAAAAAAAAAA5v/5/+T/AAAAAOP/JQDy/wAAAAAAAAAAAAAAAAAAAAAMAPj/of+D/9b/tP/w/+T/6//r/+v/6f8WAOX/3P+z/63/1/+o/xQA1v/2//X/0P8eAPT/z//s/77/yf/1/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc//L/zf/R/9X/3f/I/yYA7P8UAPf/+//u/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8UAOz/6//0/wYA2P/X/+z/7P/r/+z/6//j/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7P/0/9n/3/8HAAAA9P/f/+f/AAAAAAAAAAAAAAAAAAAAAKf/9f/r/yEA2P+z/8X/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FQDa/+z/7P/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/r//r/7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/5//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/t/+3/7P/s/+z/+/8AAAAAAAASAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAACQAAAAAA9v/y//f/5v/k/93/JwDY/+z/6//s/+z/7P/s/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAADg/+v/JADd/+b/2f/Z/+z/HQAAAPf/AAAAAPX/6P8AAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAQAAAA9f8AAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/q//n/9v8AAAAABQDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADr/+3/1v/q/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u/+z/7//v/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAD2/wAAAAAAAAAA0P/l/xkA9P8AAAAAAAD1/+f/6f/j/wAAAADv/wAAJgDy/+v/7P/u//L/7P/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9f/5/wAAAAAAAAAAAAAAAAAAAADt/+z/FADt/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAWAAAAAAAAAAAAAAAAAAAA+f8IAAAAAAAAAAAAAAAAAPn/CAAAABQA7P/u/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/s/+z/9f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f/s/xQA7P/Q/83/0//X/+L/z/81AN3/BgDl/+j/7P8AABMA5P/s/+z/7f/t//X/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/AAAAAO3/FAD0/+z/7f/u/wAA8//s/xQA7f8AAAAAAAAAAAAAAAAAAAAA+P/6/+//AADw/xQA8v/t/9v/1f/1/9P/2P/P/wAAAAAAAOz/6//Y/+z/6v/Y/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/+7/7P/3//j/6/8VAPn/7P/s/+7/7//t/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/o/9D/6v/p/+D/IgDK/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//r/xYA6//u/+v/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//X/7P8VAOv/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6f/s/+z/5//p/+//7P8AAAAAAAAAAAAAAAAAAAAA4v8oAOT/5f/b/+b/2v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAEQD6/6b/s//I/+n/CQDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5//a/9n/5/8jANj/4v/w/+z/7P/v//b/7P8UAO3/6v/s/+j/6P/u/+v/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQD1/wAA7P8UAOz/7P/s/+z/7P/s/yMA2//c/9n/5v/p/8//6//6/wAAAAAAAAAACQAAAAAAKgDa//f/4v8AANf/0//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//L/8/8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAADd//T/0v+m//r/8f/r/7z/GADW/+L/1v/X/9P/2f8OAOr/2P/t/9n/7f/Z//T/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/xQAAADU/+z/7f8AAAAAAAAAAAAAAAAAAAAAFAD2/wAAAAAAAPr/7P8AAAAAAAAAAAAAAAAAAAAAAADo/+3/AADr/+z/7f/s/xcA6v8WAOv/7v/y/wAA6//u/+z/7P/s/+3/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w//H/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/0/xQA7P/t/+P/+P/q//f/AADs/xUA7f/s/+3/7v8AAPP/7P8UAO3/AAAAAAAAAAAAAPX/AAAQAAAAAAAAAAAAAAD1/wAAEADr/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f8AAOv/3P/l/9v/1/8SAEMAsP+0/8j/6P+6/+b/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//n/HwDt/+3/8/8AABQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//T/AAAAAAAA+f/a/ykAAAAAAAAAAAAAAAAAAAAAAPH/8v/t/wAAAAAUAOz/7P/x/yQA9f8AAOH/9v8IAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//AAAAAAAAFADv/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//f/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA4//i/+T/GgDp/+r/4v/l/+P/AAD7/wAAAAAaAPf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+z/7v/r/+v/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADb//T/6P8AAOH/z//c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+v/FgDq/+z/7P/s/+v/6//n/+n/4v/Y/+r/5P8YAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8v/z/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/g/+f/5P/o/xoA5v/o/wAAAAAAAAAAAAAAAAAAAAD5//f/AAD4//L/KwDc/+P/7v/t/+3/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/9f/s/xUA6//q//f/7v/s//f/+P/r/xUA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/6v/s/+//9v/s/xQA7f/M/9H/yP/M/+D/KQDe/+j/7P/x//X/AADx/xQA7P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAAAA9/8AAAAA5P/p//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//j/7P/y/xQA7P/t//f/AAAAAAAAAAASAPP/9v/r/+n/5P/g/+//5P8bAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u/+z/7//v/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/4/wAAAAAAAAAAFgAAANj/2//q/+H/3P/r/xgA2P/s//D/8v8AAAAA8/8UAO//5f/a/+7/AAAAAPP/JAAAAOP/+P/q//f/AADs/xUA7f/s/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAA+P/t/+3/FAAAAO3/7f8AAPj/7f/t/xQAFAD2/wAAAAAAAPr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/9//0/+3/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/x/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/wAAAAAAAAAA8P8jAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAADy/wAAAADr/+f/AAAiAAAA8v8AAAAA6//n/wAAIgAAAPL/AAAAAOv/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/r/+z/7P/k/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+//FADs/+z/7P/v/+z/7P/5/+7/FADt/xkA7P8AAAAAAAAAAOj/9/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/+z/9P/w/+7/7//s//b/FAAAAAAAAAAAAAAAAAAAAAAA7P/t/+//7P/s/+z/7P8UABAA6//3//r/AADv//j/2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/xQA7P/s/+P/7P/w/+z/7P/n/+z/FQDv//P/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPb/+/8AAPn/IgDv/+z/AAAAAPH/7v/v/+//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAAAAFQDv/+z/7P/t/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u//n/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAO7/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P/s/+3/7P/s/+z/7P/s/xQA+P/j//L/4f8AABgA5P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/JADi/+v/7P/Z/9z/4f/t//r/8P/1//j/FgDv/+3/AAD4/wAAAAAAABQA7//x/97/OwAAAPj/AADk/9P/5/8AAAAAAAAAAAAACwD7//v/7f/s//j/7P/y/xQA7P/t//X/+P/y/wAA8f8UAO7/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/y/+z/7//t/xQA7P8AAAAAAAAQAAAA9f8AAPP/AAAAAAAAAAAAAAAAAAAAAPL/7P/s/+7/+f/s/xQA7v/u/+z/7f8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+n/7P/Y/wAAAAAAAOL/AAAAAAAAAAAAAAAAAAAAAMX/wv/l/+D/6f/f/zMA2v/s/+z/9f/w/+//FADs/+z/BwDI/9L/DAC0/8X/9P/A/wAAAAAAAAAAAAAAAAAAAADl/+v/6v/r/+P/GADl/+v/1//Y/9n/3P/X/ykA1//j/wAAAAAAAAAAAAAAAAAAAAAAAPP/AAD4/wAAFQDt/+z/AAAAAAAAAADs/wAAAAAkAOz/7f/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5P/a/+L/3P/Z/9v/5f8eABQA7P/t/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xkA6f/h/+z/3f/f/+v/AAAQAAAAAAAAAAAA9/8AAOL/HwDf/+b/5//g/9//3f8AAAAAAAAAAAAAAAAAAAAAFADu//T/7v/x/+z/7P/x/xQA9P/s/wAA+f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9v8TAPb/AADw//D/8P/1/wAAAAAAAAAAAAAAAAAAAADx//v/9v8AAAAA9f8UAPX/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6v/r/xcA6//s/+r/5v/q/+z/7f/5//T/9f/s/xQA7P/y/+z/7P/u//n/7P8UAO7/AAAAAAAA+/8AABQAAADs/wAA2f8UAOf/5f/j/9v/6v8AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAD1/wAA8/8UAPb/AAAAAAAA+v/s/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+//7P/s/+z/7P/y/+z/7P/u//n/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/8v/s/+z/7v/5/+z/FADu/+v/FwDq/+3/7P/p/+b/6f8AAAAAAAAQAAAA9f8AAPP/7P/s/+v/7P/t/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/FADy/wAA7f/u/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7//u//D/7v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+z/7P/u//n/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOX/5//d/9//GADp/9L/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+7/7f/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAPb/8P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+n/KQDT//T/1//4//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAA4A4v/0//T/5v/H/9z/CgAAAAAAAAAAAAAA+v8AAN7/6f/n/wAA9f/q/wAA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/7P/w/+z/7P/n/+z/FQAAAAAAAAAAAAAAAAAAAAAA8v/r/9n/3f/u/+T/1v8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAPT/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/a//L/9v/E//P/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+L/xP/C/9D/AADY/8b/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t/+//IADs/+z/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA5//c/6v/tv/i/wAAFgDk/xsAAAAAAAAAAADm/wAAAAAAABAAAAAAAAAAAAD3/wAA8/8AAAAAAAAAAO//EgAAAOD/6v/o/+v/6//s/xQA6f8ZAO3/3P/g/+7/7P/l/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/97/EwDg/+P/6P/w/+z/7f/t//L/8/8AABQA7P/s/+3/7f/y//P/AAAUAOz/7P/z/wAAAAAAAAAADgAAAAAA8/8AAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAO3/7P8AABQA7P/s/+z/7P/s/+z/7P8UAOz/7f/p/9f/6//s/+3/7v8mAOf/8/8AAAAAAAAAAA4AAAAAAPL/7f8UAOz/7v/s/+z/7P/t/+3/8f/1/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAPT/EwAAAAAA7/8AAAAA7v/w/xQA8v8AAAAA+P/s//H/AAAAAAAAAAAAABIA7/8AAAAAAAAAAAAAAAASAO//AADs/+z/7P/r/+v/6f8VAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/8v8AAOz/7P/y//H/8v/t/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/+f8AAOH/AAAiAPb/+v/s/xQA7P/r//j/7P/s/+z/8P/x/+3/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAADU/wAA0f/H/8r/2P8AAOz/2P/d/+X/AADr/+v/1v8IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/y/+3/AAAAABQA7P/s/+//7P/t/+z/7f8UAOz/7P/x//L/7f8AAAAAFADs/+z/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDr/+j/8v/s/+r/5f/s/wAAAAAAAAAAAAAAAAAAAADr/xYA6v/s/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t//D/7P/u/+z/7v/s//j/AAD2/+z/6/8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t//D/7P/u/+z/AAAAAAAAAAAAAAAAAAAAAO7/7P/s/+3/7P/s/xQA7P/u/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA+v/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/AAAAAAAAAAAZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/K/8z/y//H/87/zP8mAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAA0/8eAOv/7P/Y/+f/5f/b/wAAAAAAAAAAAAAAAAAAAADm/+z/5f8AAAAA6/8YAPT/+P8gAPL/AAAAAAAA9f8AABQA7f/t//X/8P/s/+z/9P/z//v/FAAAAAAAAADs/+z/6//r/xcA6//s/+v/5P/q/+z/7P8UAOz/7P/s/+z/7P/r//L/KwDj/wAA1v/Z/+//FADs/+z/7P/w/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//X/AAAAAOz/7P/u/+j/7P/o//D/6//q/xYA6f8UAOz/7P/s//D/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8AAAAA7/8AACYA8v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+T/2f/o/97/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAD7/+z/8P/s/+3/7//s/+z/7P/s/xQA3f/f//T/+P+//8X/EgDV/xQA7P/r/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAPwDV/+T/1P/J/7P/rv/V/wAAAAAAAAAAAAAAAAAAAADO/wYAvv+e//b/0v/L/8v/7//f/+v/7f8AABAAFADt/+n/1//r/+z/7f/u/yYA5//W/+L/2f8nAOb/4v/V/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/7//yv8QAMz/6f/1/+v/7P8UAOz/7P/s/+z/7P/s/9v/4f/Z/+P/5f/p/w4AAADs/+z/8f/s/wAAAAAUAPj/DwAPAAAAAAAAAAAA7f/5/wAAAAAAAAAAAAAAAAAAAACq/7z/LQC0/wAAAADa/7//0/8cAOD/4P/r//D/5P/f/wAAEAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/6//d/+L/3P/Z/+v/FwDl/+L/4P/s/+v/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/ygA6//g/+7/8f/Q/+r/+f8dAAAAAAD7/wAA6f8AALj/OADu/9X/3/8AAML/z//r/9f/6f/q/+n/IwDg/8r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s/+z/7//2/+z/FADt/wAAAAAAAAAAAAAAAAAAAADu/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/1//f/9z/FQDl/+r/6/8AAAAAAAAAAAAAAAAAAAAA9v8AAPj/AAD1/xQA8v/t/+3/+v/w//X/+P8WAO//7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/+v/v/wAA8P8UAPL/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA3P/k/+L/5//o/+f/5v/j/+v/7P/t/+3/7P8aAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8AAO3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+r/3//c/+H/3f/W/yYAAAAAAAAAAAAAAAAAAAAAAPP/6v/q//L/7P/r/xYA6//l/xkA5//j/9f/5f/o/93/5v/f/+b/7P/z/9n/HwDq/+b/4//j/+f/5//m/xwA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+r/7P8UAOz/2f/U/+n/0P/n/+D/JwDY/+b/7P/x/+3/AAD4/xYA+/8AAAAAAAAAAAAAAAAAAAAA5v/s//H/7f8AAPj/FgD7/wAAAAAAAAAAAAAAAAAAAAAAAPL/7/8AAPf/8P8TAPD/FgDp/+r/9P/w/+X/6//s/+D/EQD3/+b/5P/k/93/BQAAAAAAAAAAAAAAAAAAAAAA7f/7/wAAAAAAAAAAFgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/m/+n/6v/o/+P/GgDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FAD2/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAWAOn/6v/0//D/5f/r/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/x//f/7v/t/+z/7P8UAO//7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/wAA4f8AAAAAAAAAAAAAAAAAAAAA2P/s/+z/7P/s/+r/AAAUAAAAAAAAAAAAAAAAAAAAAADs/+z/7v8AAAAA7f8UAPT/FQDr/+v/6P/s/+v/6v/r/wAAAAAAAAAAAAAAAAAAAADs//n/AAAAAAAA7/8UAO//x/8RAOr/6//Z/9r/9P/U/+T/+/8AAAAAAAAAABsA+f/n/+X/5//l/+r/6f8bAN//7P8UAPf/+//u/+3/7P/t/+3/FAD6//f/7f/t/+z/7P/q/wAAAAAAAAAAFgAAAAAAFADy/+z/AAD3/+z/7P/s/+z/+v8AAAAAAAAUAPb/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAOv/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/9j/7P/n/xUA5P/f/+v/6f/m/+L/6P8ZAOf/5f/o/+T/7P/s/+z/FADs/+z/7P/s/+P/4v/k/xoA6f/q/+L/5f/s/+z/7P8UAO7/6//s/+z/AAAAAAAAEAAAAPX/AADz/+7/7P/s/xQA7P/s/+z/7P8AAAAAAADy/wAAAAATAAAAAAAAAAAAEAAAAPX/AADz/wAAAAAAAPL/AAAAABMAAADu/+z/7f8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/r/xUA7P/s/+v/7P8AAAAAAAAQAAAA9f8AAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/7f/s/+z/7P8UAAAAAAAAAAAAAAD1/wAAEADq/9n/6P/n/wAA2f/q/xEA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADc/+r/3P/s/+//7P/f/xUAAAAAAAAAAAAAAPX/AAAQAAAAAAAAAAAAAAAAAAAAAAAAAO//1f/Q/8X/4v8HAOX/7//y/+//8//u//T/FQDy/wAAAAAAAAAAAAAAAAAAAADY/+f/3P/f/+n/5P8dAOn/AAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7P/s/+z/7P/j/+z/7P8AAPD/7f8ZAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xYA6v/r/+z/6v/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+z/7P/s/+z/FADq/+z/7P/t/+3/+v/k/xQAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/7v/4/+7/7P/s/wAAAAAAAAAAAAAAAAAAAADc/+r/7P/q/+z/2P8mAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u//P/8f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+n/6//s/+b/FgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+L/5v/g/93/2P/d/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAO7/7f8AAAAA6//o/+//AAAAAAAAAAAAAAAAAAAAAOr/6v/s/+z/9v/m/xYA7P8UAO7/9P/u//H/7P/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAPX/AADz/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAATAAAA9v/x/wAA7f8AAOH/7P/s//T/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAOv/AAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8v/z//b/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/7f8AAAAAFADz//H/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAHADt/+r/+v8AAOP/6//v/wAAAAAAAAAAAAAAAAAAAADq//H/6//s/+3/6/8WAOv/AAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAA9P/M/+r/9//q/0AA3//W/wAAAAAAAAAAAAAAAAAAAADJ/83/4P/W/+n/KQDW/97/6P/u/+H/zf/t/yAA4P/m/+z/4f8AANj/7P8AAOP/6P/t/+3/7P/t/+3/FADs/+z/7P/s/+z/7P/s/xQA7P/s//b/AAD4/wAA9f8UAPL/7f/2/wAA+P8AAPX/FADy/+3/9v8AAAAAAAAAABEA8//3/+7/AAAAAAAAAAATAO//AAAAAAAAAAAAAAAABQAAAAAA7P/s/+3/7f/t/xQA7P/s//X/9f8AAAAAAAATAAAA8//2/wAAAAAAAAAAEQDz//f/7P/s/+z/7f/w/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD1//j/8v8AAPH/FADu//r/9f/3//P/+//w/xoA5//w/+z/7P/s/+z/7P8UAOz/7f/w//H/AAAAAAAAFQAAAPH/9f/1/wAAAAAAABMAAADz/+3/7P/4/+z/8v8UAOz/7f/s/+z/7P/s/+z/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/yEA6//w/wAA7v/Y/+z/7P/s/+z/7P/u/+j/7P8UABUA6f/u/+7/7P/s/+v/6v/r/+r/6//3/+3/6/8VAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPb/AADy//L/7P/7/+v/6//v/+//AADw/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+z/7P8AAPD/7f8ZAO3/6//s/+v/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADd/9//0P/W/yoA6v/i/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8OAAAAAAAAAPr/AAAAAAAAAAAAAAAA7P8AAAAAFAD3/+z/JAD2//X/+P/q/+r/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P/s/+z/FAAAAAAAAAD7/wAAFAAAAOz/8f/y/+3/AAAAABQA7P/s/+3/7P/s/+z/7v/s/xQA7P/4//b/8P8AAAAA+f8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8ZAOf/7//b/+L/5//g/wAAAAAAAAAAAAAAAAAAAADs/+z/9P/c//r/7P8UAOb/3f/Z/+f/EAAAAB8A1f/L/xQA7P/s/+3/7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/7f/5/+z/AADw/xQAAADm/+z/2v/s/wAA8f8YAOn/AAAAAAAAAAAAAAAAAAAAAMX/3P8AANL/AADt//j/AAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAATAAAAAAD4/wAA9P8AAAAAHQAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/9r/vf8wANX/vf/K/+v/AAAAAAAAAAAAAAAAAAAAAOz/FAD6//T/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8UANj/5P/Y/+L/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+v/9P/y/yYA5f/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA2//Y/9z/3v/n/wAA6//t/+3/7P/s//n/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/w0A2f/F/97/EQC+/97/AAAAAAAAAAAAAAAAAAAAAAoA6//7//D/AAARAN//6f8AAAAAAAAAAAAAAAAAAAAA6v/n/+j/6f8XAOf/5//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+j/8f/g/+r/5v/o/x4A7f/t//P/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAABcAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//8v8AAO3/AAATAAAAAADc/+7/7P/x/+v/GwDr//P/9P8AAAAA+v8AABIA8v/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t/+3/7v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADn/+L/3v/k/wAACADs/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACADg/+H/6//n/8b/3v/r/wAAAAAAAAAAAAAAAAAAAAAUAO3/+P8AAAAA7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/t//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AADx/wAA2f8AAOf/AAAAAAAAAAAAAAAAAAAAANX/zP/R/8n/1P/E/zQAwf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOz/7f/v//D/7P/q/+3/5v/m/+j/GQDo/+X/5f/k/wAAAAAAAAAAAAAAAAAAAAAAANz/6v/b/+v/DQDl/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/7P/s//T/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/v/+z/7P/t/wAAFgAAAAAAAAAAAOz/AADu/xUA9//0//b/7v/r//L/AAAAAAAAAAAAAAAAAAAAAOr/7v8AAAAAAAAWAAAA7v8AAAAAAAAOAAAA+P8AAPX/5v/i/+j/GQDn/+X/6P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6f/v/+L/AADs/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/7P/s/xQA7f/s/+z/7f/w/+z/FADs/+z/7f/s/+z/7//s/+z/FAAVAOz/7f/0//X/7P/q/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/4/wAAAAAAAOz/GAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQA7//u/+z/AAD1/9L/8P/s/+z/7P/u/+7/FADs/+z/5/8WAOv/6v/q/+r/6//q/xQA7P/s/+z/7P/r/+z/5//s/+z/7P/s/+z/FADs/+3/+f/x//T/7v8AABQA9f/s/wAAAAAAAAAAAAAAAAAAAADv/wAA8//4//D/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/3v/X/9j/4v8gANr/6//g/+r/6P/r/+v/7P8UAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO7/7v/s/wAA7P/q/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA6v/s/+z/7v/r/+3/AAAAAAAAAAAAAAAAAAAAAO3/AAD6//P/+f8AAAAAAADa/97/7f/Y//X/2/8ZAOj/AAAAAAAAAAAAAA0A9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/wAA8/++/+D/xP8KAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAADi/+3/6//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5//T/8P/y/+z/+/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/n/9j/2f/z/9n/JwDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/5//T/9f/s/xQA7P/s/+z/7P/s/+r/7P8UAOz/6v/s/+7/7P8UAO3/7f/s/+3/7f/s/+7/FADs/+z/7P/s/+z/7P/s/xwA7P/s/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//n/AAAAAAAACAAWAM//AAAAAAAAAAAAAPX/AAAQALn/x//L/9//4v/h/y0A4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9X/wf/r//T/1P8zALv/7P/2/+3/7//v/+3/FAAAAOz/7P/s/xQA9v/t/+z/7P8UAOz/7v/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/7P8kAPb/9f/4/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALgDp/+j/AAAAAN//0v/m/9b/5//r/93/5P/r/x0A6P8AAAAAAAAAAAAAAAAAAAAA1P/k/9X/1v/R/93/0P8uANb/6P/v/+3/7f/s/yQA6//N/+f/yv/g/9T/7P/Q/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s//n/7P8UAOz/7P/s/+z/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/5/+z/FADs/wAACQAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAGAAAA7P/t/+z/7P/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAiAAAA8v8AAAAA6//n/wAA7f/t/+z/7P/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/9P/u//H/7P/s//H/AAAAAAAAAAAAAAAAAAAAAO7/FADw/+7/7P8AAOz/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAOz/8//t/wAAAAAUAPP/8f/U//P/7f8AAAAAFADs/+z/7P8AAPb/AAAAAAkAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADt/+3/9//x/+z/6//s/xQACgAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8dAOj/6//q/+P/1P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+v/5/8VAOz/6v/s/+z/FADs/+z/6//s/+z/7P/q/+v/6//n/xUA7P/q/+z/7P/s/+z/7P8UAOz/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/t/+3/FADs/+z/HADm/+j/5//p/+T/5P/f/xQA7f/t/+3/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA0v/L/8D/vf/K/z4Ay//n/+f/6f/i/9v/7P/r/xYA4/8AAAAAAADy/wAAAAATAAAA+v/Z/+b/7f/4/+j/GwDr/wAAAAAAAAAAAAANAPX/AADt/+3/8f/s/wAAFADs/+z/6v/Y/+n/IgAAAOL/6//d/wAAAAAAAAAAAAALAPv/+//s/+z/6/8VAOz/7P/r/+z/9P/z//P/+f8AAOz/FQAAAOz/7P/t/+3/7v/v/xQA7v/t/+z/7P/s//f/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOj/7P/s/9H/1/8WANj/7P/s/+z/7P8UAOz/7P/s/+z/3v/f/97/5f/Y/x4A0P/l/83/5v/h/+D/2v/Z/yQA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAD5/xwAAAAYAPr/AAAAAAAA2//r/+r/7P/s/+z/7P/s/xQA7P/s/wAAAAD7//T/AAA1AOj/6v/3//P/8P/l//H/4/8iANn/AAAAAOv/2f8AADAA2v/t/+z/7P/s/+L/7P/s/xQA7P/s/+z/7P/v/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcANv/2P/d/+D/2v/k/97/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6v/r/+v/FgDq/+v/AAAAAAAAAAAAAAAAAAAAAOz/7f/s//X/7P8VAOv/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8dAAAAAAD7/wAA6f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7/8AAO7/7v8UAO7/7P/z/wAAAAAAAAAAGQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAA7v/c/8j/1f/0//P/8//5/wAA7P8VAAAA7P/s/+z/7f/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7v8AAAAA7f8UAPT/AAAAAAAAAAAAAAAAAAAAAPn/7P/s/+z/7P/s/xQA7P/T/+v/6v/s/+v/HQDe/9//+f/q/+r/7P/s/xYA0v/f/wAAAAAAAAAAAAANAPX/AAAUAO7/7f/u/+7/7P/s/+z/7P/0/wAAAAAAABQA6/8AAO3/7//y/+z/AAAUAOz/7P/q/+v/7P/u/+v/6/8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwDs/+v/AAAAAPb/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+v/JADd/+b/2f/Z/+z/FQDp/+7/7v/s/+z/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//f/+f/v/+3/7P8WAAAAAAAAAAAAAAAAAAAAAAAVAPX/5//y//T/0//c/8//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+z/7v/r/+v/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//r/xcA6P/h//b/1f/V/xQA6//t//f/+P/s/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/8f/t/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s/+X/FQDq/+z/2//m/+v/5/8ZAM//4/8AAPD/7P/k/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+r/6v/y/+z/6/8WAOv/7f/t/wAAAAAAABQA8v/s/+v/FADs/+z/8f/r/+z/7f8AABYAAAAAAAAAAADs/wAA7P8UAPX/8P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/m/9f/5//q/+z/HwDq/+r/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAA9P8AAAAA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//Z/wkA2P/0/9v/AADY/xAA2P/O/9X/+f8AAMj/AADs/+z/7P/s/+//7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW//T/5f/r/+T/8f8TAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADy//D/8v/s/+z/7/8AABYAAAAAAAAAAADr/wAAxf/L/9X/FQD4/77/+P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AABgAzP/U/9r/2v8AAO3/3//s/xQA8P/5/wAA7P/s/+3/AADc/9H/EQDM/9r/7v/Q/8j/7P/J/wAA6f/i/+H/4f8UAO3/7f/1//D/7P/s//T/7P/s/+z/7P/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADj/wAA4v/z/wAAAADe/9X/2P/a/+X/AADo/+v/1v8IAOv/7P/u/+//8P/v/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/1f/l/9b/+/+z/9j/SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACv/6j/yv8dAKb/+/+H/wwA3P/u/+z/8f/r/xsA6//z/9L/8f/5/+P/7v8qAM7/+v8AAAAAAAAAAAAAAAAAAAAA2f/V/+X/1v/7/7P/2P9IAAAAAAAAAAAAAAAAAAAAAADs/9j/2/8AAAAA5f/n/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/s/+z/9P/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/w/+//AAAAABgA4P/t//r/AAAAAAAAAAAJAAAAAADs/+z/7P/s/+3/FADs/+z/7f/6//D/9f/4/xYA7//t/+j/9v8UAPX/AADo/+z/7P/E/zsA1v/l/8r/yv/F/8z/7P/s/+z/7P/s/+v/6/8UAAAAAAAAAAAAAAAAAAAAAAAZAOL/6f/J/+n/3//o/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+z/7P/u/+j/6//u/xUA7P/r/+3/7P/4/+z/8v8UAOz/7f/V/9v/0P/l//X/LgDe/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDv/wAA+P8AAPL/6//3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADw/+3/8P8AAPn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+X/IwDS/+X/2v/L/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA6//o//L/7P/q/+X/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//b/8P8AAAAA+f8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAO//AAAAAOv/4f8AAAAAAAAAAAAAAAAAAAAAAADs//j/8P/u/wAAFADs//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/9P/u//H/7P/s//H/AADV/wAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/7P/v/+//7P8UAO3/7f/s/+z/7v/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8P/t//D/AAD5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAD1/wAAEwAAAAAAAAAAAAAA8/8AABQA7P/s/+z/7f/s/+z/7P/p/+j/6/8XAOv/4f/q/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+z/FADs/+z/7P/s/+b/6P/t/9z/2/8PAOn/9P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/6/8UAOz/7P/p/wAAEgAAAAAA8f/6//D/AAAAAAAAAAAAAAAAAAAAAAAA0//W//T/0v/e/7r/y/8bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+v/7P/y/+r/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//7/8AANj/7P/t/ygA7P/t/+//7P/s/+z/7P8UANP/6f+//8b/y//l/ykA0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w//L/AAAAAPP/FADv/9j/1//q/+P/7v/b/ykA3/8AAAAAAAAAAAAAAAAAAAAAHQAAAAAAAAAAAPD/4/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+7/7/8UAO7/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+7/7//v/xQA7f/q/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOX/4P/e/93/6f/p/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAVAO//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/O/+z/HQDW/9P/0v/b/wAAAAAAAAAAAAAAAAAAAADs//T/+v/n/wAA7P8XAPP/7P/s/+3/7//w/+z/FQDu/wAAAAAAAAAAAAAAAAAAAADr/+T/5v/2/+v/6f8YAO3/AAAAAAAAAAAAAAAAAAAAAOP/5f/j/9b/4f/a/yUA3//g/+r/6P/r/+v/7P8UAOn/AAAAAAAAAAAAAAAAAAAAABkA2v/e/+n/7P/l/+v/5v8AAAAAAAAAAAAAAAAAAAAA6v/q/+z/7v/r/+v/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/6//s/wAAAAAAAAAAAAAVAPX/+f/p/93/xP/Y/+L/IQDa/+v/+v/n/+v/3v/m/+r/DQDn/xQA7v/0/+7/8f/s/+z/8f/T/+v/6v/s/+v/HQDe/9//1v/X/+v/2/8MAN7/AADE//r/AAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0/wAAAAAAABQA6/8AAAAAAAAAAAAAAAAAAAAAAADC/7v/xP/C/8T/LADR/+T/1v/q/9//3P/h/93/1v8mAAAA6f/p/+f/6P8VANf/0//s/wAA+//s//X/7P/s/xQAAADy/+//AAD3//D/EwDw//T/AAAAAPb/AAAAABYA9f/u/wAA9P8AAAAA8P8TAO7/6f/W/9j/1//q/9H/GgDV//T/AAD5/wAA9/8XAOr/6/8AAAAAAAAAAAAAAAAAAAAA7f/7/wAAAAAAAAAAFgAAAPL/7v/w/+z/9P8UAPD/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//H/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7v/o/+3/7P8bAOv/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P/s/+z/FAAdAAAAAAAAAAAA9f/k//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAD0/wAAAADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f8AAPj/7f/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPb/EwD2/wAA8P/w//D/9f/T/wcA3//W/+X/FADX/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+3/7f/j/+v/6//f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDc/+L/7v/v/+z/7//y/7r/3f/V/83/7P/R/z4A3v/s/+z/7P8UAPb/7f/s/+z/JwD7/wAAAAAAAPr/3P8AAOP/7P/u/8L/7P8nAOT/0v8AANr/6P8TAND/yP/w//r/AAAAAAAAAAAAAAAAAAAAABUA6//q/+r/6v/p/+n/7P/i/+z/7v/t/+7/7P8WAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO7/7P/s/+z/0f/K/+r/zv/R/8X/xP80AOz/6//s/8X/4/8YAAAA6//q/+f/6P/m/+v/AAAHAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+z/6//s/+3/EwDs/+z/AAAAAO7/7P/s/+v/6f/r/+z/7P/s/xQA7f/r/+z/7P8AAAAAAAAAAAAAAAAAAAAA5P++/8H/uf/K/x8Arv/k/83/3f/t/+H/KwDT/+L/2P/V/+v/6f/X/+r/z/8gAOn/6v/c/5f/mP+V/0AAz/++/+3/7P8AABQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAIwDb/9v/2P/m/+n/0v/r/wAAAAAAAAAAAADy//n/HwDg/9r/2//b/+H/IwDc/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAOT/IADg/9v/4P/k/9j/5P/q/wAA5f/a/97/6/8AAOr/7v/s/+3/FADs/+z/7P/s/8r/5P/Y/9f/4f8HANf/CwAAAAAAAAAAAAAAAAAAAAAA9f/1/wAA+P8UAPD/AADs/wAAAAAAAAAAAAAAAAAAAADx//L/7f8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAFADX/8T/2//S/8j/0//t/wAA+P/z//f/7P8AABQA9v8AAAAAAAAAABEA8//3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/i/9r/6P/m/wwA1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wcAAADr/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+v/6f8VAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+j/6//r/+r/FwDp/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+r/6f/p/87/IwDl/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f8HANP/1f/Q/+3/0/8cALr/r/+5/93/vP8dAL7/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//m/+D/4P/l/yYA4//a/+v/4v/p/+L/6v/o/+b/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/v//b/7P/q/+z/6v/t/+3/9P/1/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAPX/FQD7/wAA7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+L/4//n/+7/5P/q/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+j/6v/r/+z/1v/q/ykAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//m/+3/9f8AABUA6v/d//X/AAAAAAAAAAANAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAD1/+D/+//l/+v/6v/r/+P/GADl/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/FgDH/9//6//s/+L/2f8AAOn/FAD4/+H/2P/q/wAAAAAAAAAAAAAAAAAAAAAFANP/v//j/8//FAC+/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//n/AADh/wAAIgD2//r/AAAAAAAAAAAAAAAAAAAAAOz/6//s//P/+P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P8WAOr/6v/i/+r/6//p/+j/4v/r/9T/6P/s/9n/6/8WAAAAz//c/w4A+P/S//T/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/0f8RANP/1v/m/9v/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//X/+n/6v/p/yMA4P/K/wAAAAAAAAAAAAAAAAAAAAAIAMf/+v+//7b/7f/D/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAPL/xv/T/9v/tv/0/+f/GgDp/+3/8f8AAPT/5f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//l/+D/5f/L/+X/5v8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACj//r/5v/W/8z/6v+4/wAAAAAAAAkAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/W/+T/zP/m/w8Az/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/s/+z/5//Z/xQA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//A/8H/6v/G/xAAlP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f+1/9H/pf8IANf/9P/J/+T/6v/r/xcA6//i/+T/3//V/8P/+f8AAOn/5f++/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6/8AAAAAEwDl//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/zsAAAD4/wAA5P/T/+f/7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/v/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAPr/AAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALr/+v/M/7v/AADy/+P/8P/s/+3/7f/3//T/7f8UAPP/AAAAAAAAAAAAAAAAAAAAAPf/7v/s//f/+P/r/xUA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/AAAAAAAAAAAAABoAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/9r/2v/Z/93/2f8oANj/5f8AAAAAAAAAAAAAAAAAAAAAIgD3//L/AAAAAOf/3v/2/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/4//T/7f8UAO3/6v/4/wAAAAAAAOz/GAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s/+v/9P/y/+3/FQDr/+//7v/6/+z/AAD0/+X/FAAAAAAAAAAQAAAA9f8AAPP/8//q/+r/8v/s/+v/FgDr/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANT/2v/m/+T/6f/p/8b/LQDm/+z/5f8AAAAA6/8YAPT/7f/u/+z/7//v/+z/FADt/wAAAAAAAAAAAAAAAAAAAADo/wAA8/8AAAAA6P8ZAPn/7P/s/+3/AADt/+z/7P8UAPf/7//l/+z/7/8VAOf/6v/w/+z/7P/v//b/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAPn/GQAAAAAA9/8AAPT/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/IAAAAOz/7P8UAOv/7P/m/+v/7f/P/zAA2v/n/+X/AADQ/9H/AAAAAAAAAAAAAAAAAAAAAPL/7v/w/+z/9P8UAPD/6//n/+3/8//v/+3/FwDq/+f/7P8UAOz/7f/t/+z/7P/t/6//yP/M/wAAuP/r/xgA5f/t/xQA7v/v//P/7P/s/+7/7P/s/+3/7P/s/+z/7P8UAPn/9//J/9j/tv+u/+n/tv8UAOz/7P/w/+3/6//s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P8AACUA5v/m/+z/FADw//L/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5//p/+L/2P/q/+T/GADn/+f/2f/Z/+H/3//Y/9f/IwD1/wAAAAAAAAAADQD6/wAAzf/c/93/2//e/+b/IADm/+T/IADg/9v/4P/k/9j/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/q/+v/4//s/+r/FwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8gAOz/7P/Z/+v/6//s/+z/8P8UAOv/7P/s/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/9b/6v/f/9z/4f/d/9b/JgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/9//5v/s//P/2f8fAOr/6v/s/+v/6v/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/xQA8P/y/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANf/6v/3/wAAxP/v//n/AADs/+v/7P/s/+z/7P/s/xQAAAAAAAAAAAAjAAAA+v/d//L/7v/w/+z/9P8UAPD/6//s/+z/7f/s/+z/7P/s/xQA7v/o/+3/7P8bAOv/7P/q/wAAAAAAAAAAAAAAAAAAAAD1//f/+v/4/wAA7P8aAPb/AAAAAAAAAAAAAAAAAAAAAOv/2P/s/+D/5/8AAAAA1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7//g//f/2P8OAAAA4P/r/yQA3f/m/9n/2f/s/xQA7f/t//X/8P/s/+z/9P8UAO3/7f/1//D/7P/s//T/7v/s/+3/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/x//X/AAAUAOz/7P8AAPb/7//3/wAAAAATAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAiAAAA8v8AAAAA6//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//f/9P/t/xQA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/3//H/7P/r/+z/FADs/+z/7v/y/+z/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/3//T/7f8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/r//H/7f/r/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/6//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAUAOz/7P/t/+z/7f/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//AADu/+7/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8LAAAAAAAAAAAAAAAAAAAAAAAAAO3/+/8AAAAAAAAAABYAAAAAAAAAAAAAAAAAAAAAAAAAGADz/+z/7v/v/+z/7P/e/9r/8v8UAN7/7v/o/+H/6v/s/+3/7v8AAPP/7P8UAO3/7P/s/xQA8P/4/+z/6P/s/+r/5//f/+b/7P/o/xoA4/8AAAAAAAAAAAAAAAAAAAAA8f/y/+3/AAAAABQA7P/s/+D/6/8kAN3/5v/Z/9n/7P/t/+3/8v/z/wAAFADs/+z/7//u//r/7P8AAPT/5f8UAAAAAAAAAPL/AAAAABMAAADj//L/4P/p//j/9/8jAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//P/AAAUAOz/7P/s/wAAAAAAABAAAAD1/wAA8/8AAAAAAAAAAAAAAAAAAAAA8f/y/+3/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAMAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AADo/xUA6v/s/+z/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAAFAAAAAAAAAAAAAAA7P8AAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//z//j/3//0/x0AAADh/wAAAAAAAAAAAAAAAAAAAADa//f/9P++/9v/3f/6/w4AAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAADgDs/9v/AADr/+z/6f/s/wAAAADa/wAAAAAAAAAAAAAPAPL/AAAAAAAAAAAQAAAA9f8AAPP/7f8AAAAA9P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/u/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/9f8AAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/Y/+D/6v/c/9j/JwDc/9r/6f8VAOz/4P/s/+f/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/q/9r/6f/n/x0A5P/d/wAA7P/s//b/+v/t/xUA7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAARAAAAAAAAAAAAAAAAAAAAAACw/9P/zv/M/7j/JwDd/+z/AAAAAAAAAAAAAAAAAAAAANn/IwD0/wAA3f/p/+7/2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7P/w/+z/FADs/+z/7P/s/xQA7f/u/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/FADs/+z/7P/y/wAA8f8AAO//8v/s/xUAAAAAAAAAAAAAAAAAAAAAAO3/7f/z/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/v/+7/8P/u/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/6//o/+z/FADt/9P/AADc/+b/7P8AABIA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/FQDq/+z/4P/r/xQAAADY/+z/7//n/+v/2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/+z/FADs/+z/7P/u/+z/FADs/+z/7P/r/wAA6//f/9n/7v8GAOv/DQDb/9n/2P/T/9n/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDW/9D/AADW/8r/1//V/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/Y/xQA8f8AAOr/1v/x/+j/4//w/zMA5f/5/9b/8f/o/+P/8P8zAOX/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/u/+z/7P/o/xQA7P/i/wAA4P8XAOX/4v/V/9X/3f/H/8X/8f8AAAsAw//L/+f/7v/l/+f/6//q/xgA7P/R/xQA9f/v/w0AAADp/9b/AAAAAAAAAAAAAAAAAAAAANr/KADe/+v/8P/p/97/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADx/+//7P8AAOz/8P/V/9H/CgATAOP/4//s/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7v8AAPj/6/8VAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s//j/FADs/+z/7f/6//D/9f/4/xYA7//t//X/AAAAAAAAAAANAPr/AADs/+z/7P/s/+z/FADs/+z/7P/1/+7/9f8AABUA7f/s/9X/3//Y/83/0f8pAOT/2f/r/+z/7P/Z//H/IgDm/9n/CwDs/+v/AAAAAPb/7f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7f8UAOb/AAAAAAAAAAAAAAAAAAAAANb/2v/U/8f/6f8/ALT/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5f/l/+f/6f8aAOf/5f8AAAAAAADy/wAAAAATAAAAAAAAAAAA8v8AAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/h/wAA2P/s/wAA4//o/+7/AADt/+z/AAAUAOz/7P/t/+3/7P/s//n/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/FwDp/+r/6f/g/+D/0//C/8X/2f/r/zMA1v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAAAAAXAAAAAAAAAAAA6/8AAAAAHwAAAAAAAAAAAAAAAAAVAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/+/8UAAAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s//D/6v/s/+//9v/s/xQA7f/w/+r/7P/v//b/7P8UAO3/7//w/wAA9/8AACQA4//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/FgDr/+r/6//p/+j/+v8AAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//r/+z/8v/q/+v/FAD1/wAAAAAAAAAADQD6/wAAAADu//L/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAA4AAAAAAO3/7f/y//P/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAPP/6v/q//L/7P/r/xYA6/8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/v/+z/6//s//j/AAAAAAAAAAAAAAAADgDs/+//AAAAAAAA6v8fAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAWAAAAAAD3/+b/5//s//P/6P8ZAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+n/6f/l/xYA6//r/9X/AAAAAAAAAAAAAAAAAAAAAOz/FgDp/+v/7P/r/+b/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQAAAAAAAAAAAPX/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAPD/7v/s/wAA7P/w/xQA7P/t//X/7f/s/+z/7f/r/+f/9P/p/+v/0v8WAOv/FADu/+3/7v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADe/yAA4P/i/+j/4v/f/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAWAAAAAADn/+3/5f/m/+3/6f8YAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAWAAAAAADs/xQA7f/1//v/7P/t/+z/zP8lAM7/1P+4/+n/xf/1/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//T/AAATAPf/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcAAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AABQAAADs/wAAAAAAAPv/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAADr//b/EwD2/wAA8P/w//D/9f/q/xoA9/8AAPb/9v/k/+j/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/xQA+f/t/+z/7P/s/+z/7//s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/5//f/+b/7P/o/xoA4//q/+f/3//m/+z/6P8aAOP/7v/s/+3/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAKQDs/wAAAAAAAOv/1//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAADi/9n/2v/i/+T/5v8mAOX/AAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9//7/+7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAPD/6v/s/+//9v/s/xQA7f/w/+3/9v/s//P/FQDr/+r/7P/v/wAAFQAAAPT/6/8AAOP/3f8eAOL/5P/j/+H/4/8AAAAAAAAAAAAAAAAAAAAA8P/s/+z/7//2/+z/FADt//D/7P/s/+//9v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA+P/6/+//AADw/xQA8v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/q/+v/6/8VAOz/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2f/o/+3/JwDp/+H/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAFADy/+7/AAAAAAAAAAAAAAAAAAAAAAAA7P/o/+z/7P/s/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/0P/l//b/6P/c/zAA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/s/+7/7v/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAO3/6v/3//L/7P/m//f/6v/s/+7/7P8UAO3/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//n/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//T/7P/v/xQA7P/s/+r/6//1//L/AAAbANr/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+z/7P/s/+v/7P/s/xUA6//s/+z/7P/r/+z/8P8AAPX/7P/w/yIAAAD3/wAAAAAAAAAAAAAAAAAAAADM//L/6/8AANL/8v/1//r/AAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/a/9v/2//h/yMA3P/W/9P/AADz/77/4P/E/woA9v/s/+z/7v8AAAAA7f8UAPT/FAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAAEQDz//f/5f/r/+v/4P/m/+r/6v8ZAO7/6P/t/+z/GwDr/+z/6v/z/wAAAAAAAAAAFQDv/+z/4f/3/9X/7//o/ygA2v/i//b/AAD4/wAA9f8UAPL/7f8AAAAAAAAAAAAAAAAAAAAA0/8cAOD/4P/r//D/5P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7/8SAAAAAAAAAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/3/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/xYA6v/p/+v/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//P/AAAUAOz/7P/s/+3/AAAAAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7P/t/wAAFgDs/+z/6v/o/+z/7P/R/9f/FgDY/+z/7P/w//L/AAAAAPP/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7v/v/+//FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/y//P/9v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/GQD1//D/6v/m/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/s/+7/AADs/xQA7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f8UAOz/7P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPX/FADy/wAA7f/u/+7/7f8AAAAAAAAAAAAAAAAAAAAA6v/p/+j/6v/r/+j/FwDp/wAAAAAAAAAAAAAAAAAAAAD6/+3/+f/s/wAA8P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwD2/+v/7P/s/+z/7f8UAOz/6//s/+j/4P/x/+3/6v8XAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//y/wAA7f8AABMAAAAAAKL/sP+0/9X/DQDu/7b/7P/s/+z/AAAAABQA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/6f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+//9v/s/+r/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//L/8//2/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/e/+v/6//t/+z/2P/g/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/n/93/3/8YAOn/0v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7v8AANn/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAD2//D/9f8AAAAAAADu/+z/7f/s//D/7P8UAOz/AAAcAAAA7f8AAPD/1f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAA9f8AAPP/6v/q/+v/6//s/xYA6f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAA0A+v8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/8P/t/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADv/wAAAADw/wAAAAAZAPH/FADs/+3/7v/s/+z/7P/s/+//AAAAAPD/AAAAABkA8f/u/+z/7P/t//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAPL/AAAAAOv/5/8AAO3/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/4/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD1//X/AAAAAAAAEwAAAPP/AAAAAAAAAAAAAAAAAAAAAOz/9P8AAAAAAAAUAOv/AADo/+j/6//r/+r/FwDp/+n/7f/v//L/7P8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+3/9v/s//P/FQDr/+r/7P/s/xQA7P/s/+v/6//r/wAAAAAAAAAAAAAAAAAAAADi/97/4//p/wAA4v8fAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/1/wAAAADs/+z/7v/5/xkAAAAAAPf/AAD0//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC+/9r/wP/b/97/sP85AN//AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+7/AADz/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//r/7/8AAPD/FADy/+3/9v8AAPj/AAD1/xQA8v/t/wAAAAAAAAAAAAAAAAAAAADm/+P/4v/o/+X/6v8aAOX/AAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/6//x/+3/6//p/+z/7f8VAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9P/0v8qANX/4//e/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/5f/m/8r/6/8aAOX/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xQA7P/s//D/AADe/9j/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+z/7P/q/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs//n/AAAAAAAA7/8UAO//7P/5/wAAAAAAAO//FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAADQAAAOn/7P/s/+7/AADs/xQA7P/A//H/2v/G/+P/5P/y/w4A6v8AAMX/0P8UAOL/yv/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/IgDr/+3/7v/0/9b/6v/s/+v/6f/T/9v/6f/y/+f/GAAAAAAAAAAAAAAAAAAAAAAAHgDX/+3/6P/j/+T/1f/q/+r/6/8AAPf/7//t/+z/FgAAANf/1v/y/8//9v/r/wAA7v/s/+z/7f/s/+z/FADs/9j/2P/m/8f/2f8pANj/4v/u//f/xf8AAMH/+/8AAML/AAAAAAAAAAAAAAAAAAAAAOz/7f/2/wAA8P/s//n/FAAAAAAAAAAAAAAAAAAAAAAALgDk/+f/vf/q/9H/1P/p/wAAAAAAAAAAAAAAAAAAAADA/+//8v8AALL/+v/5/wAAzv+w/77/s/+9/7r/NwC0/+z/7P/s/+z/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAA7P/t/+//7P/s/+z/7P8UAMv/w//v//r/zP/U//T/v/8AAOv/2v/G/97/DwDF/9n/6P/S/8z/5P8HANj/2f8JAAwABgD0//T/AAD0/9v/AAAAAAAAAAAAAAAAAAAAAAAA4//r/93/4//b/9j/6/8XANb/1P/V/w8ABgDU/+v/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6v/s/8v/1f8YAMH/7P/x/+r/zv/g/9X/2v/P/+b/6//T/+P/8//l/9j/4f8oAOz/7//s/+z/6v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+b/7P8AAPP/2f8AACcAAADV/9T/6P/N/+r/DgDP/+//7f8UAO3/7P/s/+z/+f8AAAAAAAAAAAAAAAAAAAAA+P/m/+X/0//r/xUA5f/r//n/GQAAAAAA9/8AAPT/+P/p/+D/zv/m//D/7P8AAO7/2P8KANn/3f/y/wAA2P/i/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPj/+v/v/wAA8P8UAPL/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/8v+o/67/5//i//r/CwAAAAAAAAAAAAAAAAAAAAAA6v/o/+z/6P/o/+n/6f8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/p/+f/6//m/xgA4//T/+z/FAD0/wAAAAD3/9n/1/8AAAAAAAAAAAAAAAAAAAAA1v/W/+b/2//Z//n/GADo/wAA+P8AAPr/+v/6/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAFQDx/8L/6//p/+P/2//q/+f/7P/a/+v/FADr/+z/6P/c/+z/0//s/xUA7P/p/wAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAD5/+7/2P/Y/9j/5v/f/9j/KADe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPD/+f8AAOz/7P/t/9b/8f/o/+P/8P8zAOX/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/z/wAAAAAUAO7/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AADs/xQA7P/Z/9//6//r/9n/0//c/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/s/+z/7P/u/9j/5//s/9r/2//r/wAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAA0A+v8AAOH/FADi/+f/5v/o/wAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/u/+z/FADt/+3/7P8AAAAAAAAAAAAA9f8AABAAIQAAAAAA9P8AAAAA5f8AAOj/IwDr/+n/0v/n/+r/2P/s/+z/7P8UAPb/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAARAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/w/+3/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+//EgAAAAAAAAAAAAAA9v/v/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAAAAAXAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/+/8AAAAAAAAAAAAAEADs//D/8v8AAAAA8/8UAO//AAAAAAAAAAAAAAAAAAAAANX/PADd/+3/3P/z/8n/0P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOH/1v/b/93/FQDm/+v/6//m/xYA6//q/+r/6f/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//b/7f/v/+//7f8UAAAA7P/s/xkA9f/w/+r/5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+z/7v/t/+z/7P8UAAAAAAAAABAAAAD1/wAA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/u/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAOz/6//s/+z/AADq/+r/7P/u//L/7P/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/6P/o/+f/5//t/+L/GgDe/+z/7P/s/+z/7P/r/xQA7P/m/+P/4//n/+f/5v8cAOT/FADs/+7/7f/t/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAA7P/3/wAAFwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAA8f/u/+//7/8UAO//8//s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5//o/+r/6//s/9b/6v8pAO3/7P/s/+//7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA0/8cAOD/4P/r//D/5P/f/+z/7P/s/xQA7f/r/+z/7P/r/+z/6//s/+z/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAPv/AAD1/wAAEgApAOz/AAAAAAAA6//X/+z/AAAAAAAAAAAAAAAAAAAAAND/6P/W/+z/6//g/yIAy/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7f/s/xQA7P/h/+H/5v/o/9//5//k/x8A7//5//r/AAD6//P/FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/9//6//j/AADs/xoA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAdAAAAAAAAAAAA8P/j/wAA7f8AAPr/8//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//p/+v/7P/s/xYA6//l/+z/FQDw/+3/7v/p/+v/6//m/+z/5f8AAAAA6/8YAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+f8AAPb/AADs/xYA6v/x//v/9v8AAAAA9f8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA8P/t/+7/6f/r/+v/AAAAAAAAAAAAAPn/AAAJAAAAAAAAAAAAAAAAAAAAAADt/+3/AAAAAAAAFADy/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0A9f8AAAAAAAAAAOv/AAAAAB8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/IAAAAAAAAAAAAAAAAAAAAAAAAADZ/wAA+f/r/9z/4f/m/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAARAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAOT/6//d/+L/3P/Z/+v/FwDt/+z/7v/3//P/7P/s/xQA7P/t/+z/7P/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/wAAFADu/+3/AAAAAAAAAAAAAAAAAAAAAOr/+P8AAAAAAADs/xgA9v/s//T/AAAAAAAAFADr/wAAAAAAAAAAAAAAAAAAAAAAAOD/2v/b/9v/4f8jANz/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7v/w/+z/9P8UAPD/6//t/+z/7v/3//P/7P/s/xQA6P/c/+z/0//s/xUA7P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x//X/AADx/xQA7P/4/wAAAAAAAAAAAAAIAAAAAADo/+D/5//k/+j/GgDm/+j/7//s/+3/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/+v/v/wAA8P8UAPL/7f/4//r/7/8AAPD/FADy/+3/7P/t/+v/7//u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA7//0/wAAEwD3//H/AAAAAAAAAAAAAAAAAAAAAOz/7f/x/+3/8f8UAOz/7P/i/+3/6//q/+b/FQDU/+z/6//u//j/7P/0/xQA7P/r/+v/6//s/+j/7P/c/+z/FwAUAOz/8v/0//X/7P/s/+7/6/8AAPX/8P/4/wAAAAAAAPP/AADq//b/AAAcAOn/5v8AAAAAAAAAAAAAAAAAAAAA6//s/+z/6f/s/9j/4P8nAAAA7P/v/+3/7v8AAOz/7P/s//X/7v/1/wAAFQDt/+z/AAAAAAAAEAAAAPX/AADz/wAAAAAAAAAAAAAAAAAAAADy/+7/8P/s//T/FADw/+v/AAD7/wAAAAAAABcA8P/v/wAAAAAAAAAAAAAAAAAAAADe/+L/4//0/wAAIgDW/+z/AAAAAAAAEAAAAPX/AADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/e/+b/2P/e/93/KADn/wAAAAAAAPP/8/8AAB0AAAAAAAAAAADy/wAAAAARAAAAAAAAAAAAAADy//n/HwAKAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/FQDr/+z/6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FQDs/+//7v/z/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/n/+P/5v/o/93/HgDb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+z/7v/t/+7/7P8WAOz/FQDs/+3/9P/1/+z/6v/u/xgAAADb/9X/3v/a/+D/5v/u/+3/7f/t/+z/FADs/+z/7P8UAPP/7f/u/+//7P/t/+T/6//d/+L/3P/Z/+v/FwDq/+j/7P/o/+j/6f/p/xcA7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAABQA7//y/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/wAA7v/u/xQA7v/l/xkA5//j/9f/5f/o/93/IgDo/+7/AAAAAPX/3f/z/wAAAAAAAAAAAAAAAAAAAADs/xQA7v8AAPj/9f/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/AAD0/+//2P/f/+z/FADu/wAA+P/1/+z/7//q/+f/3//m/+z/6P8aAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7P/1/+3/6//1/wAAAAAAAAAAAAAAAAAAAADl/yQA4v/r/+z/2f/c/+H/AAAAAAAAAAAAAAAAAAAAABUA7v/u/+z/AADs/+r/7f8AAOz/7//t/+7/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/8v/xv/e/9X/KQDI/+j/7P/3/wAA7v/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/9v8AAAAA8P8YAAAAFAAAAAAAAAD3//X/8v/s/+v/EwAAAAAAAAAMAPT/AADj/9z/5P/U/83/0f8tANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/x4A6//s/9j/5//l/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8XAPj/AAAAAAAA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/4P/n/+T/6P8aAOb/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/s/xkA9f/w/+r/5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAA8P8AAAAAGQDx/wAAAAAAAAAAAAAAAAAAAADe/wwA6f/k/xIA4v/n/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA2P/s/+H/6//m/+v/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//T/7P/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xcA7P/s/+j/7P/p/+r/AAAAAAAAAAAAAAAAAAAAANb/2f8AAAAAAADc/wAA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AACYA8P/u/wAAAAAAAAAAAAAAAAAAAAD1/xUA+/8AAO3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/y/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAA+P8AAPX/FADy/+3/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9n/6P/t/ycA6f/h/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//Z/+r/2P8jAOz/5f/i/wAAAAAAAAAAAAAAAAAAAAD1//X/AAAAAAAAEwAAAPP/7v/w/wAAAAAAABUAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/o//H/4P/q/+b/6P8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+7/7f/s/+z/FAAAAAAAAAAAAAoAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/u/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/7v/1//H/8P/t/xQA7P/t/+z/7P/s/+z/7P8UAOz/7f/y//P/9v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//Y/+b/3f/X/9v/6v/a/93/6P/x/+D/6v/m/+j/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/u//X/8f/w/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAATAAAAAAD4/wAAAAAAAAAAAAAAAAAAAADY/9v/6//j/yAA4P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//AADu/+7/FADu/+z/7P/s/+z/7//t/xQA7P/r/+z/7P/s/xQA7P/s/+v/z/8wANr/5//l/wAA0P/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//Z/+z/FADY/8//1P8NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvf+4/yAAyv/o/+L/AAC6/+D/7f/s//r/8f/s/xcA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgDq/+z/5//q/9r/4//n/+7/7/8AAOz/DwDo//L/6f/s/+z/7v8AAOz/FADs/wAAAAAAAAAAAAD5/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/x/xkAAAAAAAAAAAAAAAAAAAAAANL/4//X/9//5v8wAN//0f/Y/9b/KQDe/+H/y//W/9L/AAAAAAAAAAAAAAAAAAAAANn/BgDe/xIA7//K/+P/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAPb/9v8UAOz/7P/X/xQA6P/m/9//2P8AAOv/9v/v/8X/1//g/wAA0P8AAAAAtP/G/wAA3f/x/8j/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/8P/q/+z/AAAAAAAAEAAAAPX/AADz/wAAFgAAAAAAAAAAAOv/AADs/+r/6f/r/+z/5v8WAOn/AAAAAAAAAAAAAAAAAAAAAAsA8P8AAOj/AAAQAOn/9f8AAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAA0A+v8AAO3/AAD2//D/9f8AAAAAAAANANL/6P/T/+L/HgC7/8T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/+r/7P8VAN7/AADn/97/AAAAAAAAAAAAAAAAAAAAAO7/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/AAALAPH/xf/R/+3/+P8AAAAAAAAAAAAAAAAAAAAA8v/s/xQA8P8AAPP/7f/s//L/7P/s/+7/+f/s/xQA7v8cAOX/AAD1/wAA4//0/wAAov/u/wsAu//a/9T/DADg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADN/+j/yf/s/wAACwDK/+z/FADt/+3/8P/s/+7/7P8fAOn/+v/l/wAA5f/f//X/FAAAAO//AAAAAOz/7/8AACkA+f8AAAAAAAD3/9n/AAAFAAAAAAAAAAAAAAAAAAAAEwDw/wAAAAAAAAAA7v/y/9r/2f/o/+3/JwDp/+H/7P/s/+z/FADs/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD4//L/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAAAADgAAAAAA7v/t/+v/9v/w//v/7P8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+f/6/8AAAAA8P8iAAAA7/8WAAAA+//7/+v/6f/u/wAA+/8AAPH/AADZ/wAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8v/0//X/7P/s/+7/8v8QAAAAAAAAAAAAAAAAAOb/GgDo/+v/6f/q/+D/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+z/FADw/wAA8//t/+z/7P/x//X/AADx/xQA7P/4/+z/8f/1/wAA8f8UAOz/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/Z/+j/7f8nAOn/4f/s/+f/6P/s/+b/6/8bAOj/7f8AAAAAAAAAAAAAAAAAAAAA7P/s//L/7f/s/+z/7P8UAOD/4P/f/+X/4/8dANH/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6P/s/+j/6P/p/+n/FwDx//v/9v8AAAAA9f8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/u/+b/AAAAABsA7P/s/wAAAAAAAAAAAAAAAAAAAADw//b/FAD5/wAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/y/+3/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/y/+3/AAAAABQA7P/s/xAAAAAAAAAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/v//T/+//2/xQA6v8bAOv/AADo//f/7f/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xkA9f/w/+r/5v/s/+z/7P8ZAPX/8P/q/+b/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//e/xUA5P/k/+z/6P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAA+v/1/wAA7f/s/xQA7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+v/FQDq/+v/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+j/GgDn/+r/4//m/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/97/KADv//n/2P/g//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAABUA6f/u/+7/7P/s/+v/6v8AAAAAAAAAAAAAAAAAAAAA5P8AAOz/2//s/+n/DgDX/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/6P/s/xQA6//s/+z/7P/t/xQA7P/r/9v/9//Z/9r/7P8YAOv/6f/q/+f/7P/a/+v/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//8P/t/+z/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADs/+z/+f/u/+z/3v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+//7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/7v/u/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/93/KgDe//n/2f/Z/83/7P/t/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/7/wAAAAAAAAAAGwD5/xQAAAAAAAAAAAAAAOz/AADr/+v/7//v/wAA8P8VAAAA1//X/+b/3//p/+f/4v8aAAAAAAAAAAAAAAAAAAAAAADr//T/+v8AAAAAAAAYAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//v/+X/7P/v/xUA5//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/7P8kAPb/9f/4/+r/6v/s/+z/7P/u/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPP/+/8UAAAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAA6P/c/97/2f/Y/yMA1//s/wgA7f/u/+7/7P8UAOz/7P/l/+X/3//p/+b/5f/m/xoAAAAAAAAAAAAAAAAAAAAAAL//zv/d/8n/1P8cAO3/sP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+f/7P/u/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAsA7P/r/wAAAAD2/+3/7P/w//H/7f8AAAAAFADs/+z/9P8TAAAAAADv/wAAAADu/wAAAAAAAAAAAAD6/wAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADw/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//L/8//2/+z/7P8UAOj/6f8ZAOr/7f/p/+f/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+//2/wAAAAD1/xQA9f/s/+3/8v/z//b/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgD5//f/AAAAAOn/7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//p/+v/7P/s/xYA6//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/yv+k/7P/oP+T/zgAs//u/xUA7P/v/+7/8//r/+v/7P8VAOv/7P/s/+z/6//s/+7/7P/s/+3/7P/s/xQA7P8AABMAAAD2//H/AADt/wAAAAAiAN//8//z/+z/4P8AAOz/FADs/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAAAAAAAAAAAAAaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/9P/1/wAAFADs/+z/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADm/9//5v/s//P/2f8fAOr/7v/v/+z/+v8AABQA7P/s/+n/7P/r/+z/6v/s/+v/FwDs/+z/7P/s/+z/7P/s/xQA7P/t/+3/9//0/+3/FADz/+z/7f/t//f/9P/t/xQA8//s/+z/7P/w/+3/6/8UAOz/9v8AAPj/AAD1/xQA8v/t/9T/wP/J/8r/6P8nANT/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAD4/wAA9f8UAPL/7f/y/+z/7P/u//n/7P8UAO7/7f/s/+3/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//6/8WAOv/7v/r/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/r/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA7v/y/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8UAPL/AADt/+7/7v/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P/3/xwAAAAAAAAAAADz/wAA6/8UAOz/7P/t/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAA7P/s//b/7f8AAOv/FADs/+z/FADs/+z/6//s/+z/7P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5/8cAOz/AADp/+P/3P/d/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/7P/v/+//7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/83/2P/S/9D/JwDk/9r/AAAAAAAAAAAAAAAAAAAAAAAA6P/s/+3/7P/i/+z/AAAUAAAAAAAAAPf/9f/y/+z/4P/T/93/1v/G/yQA3f/n/wAAAAAAAAAAAAAAAAAAAADt/+z/AAAUAOz/7P/s/+z/3v8lAL3/u//G/+r/xv/W/+3/7f/z/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7v8AAPP/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/yIA4//o/+j/3v/c/+T/7f/4/+b/AAAAAAAAJQAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAD6/wAA7P/t/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/8P/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA1v/q/9//3P/h/93/1v8mAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAADs/wAA7P8UAO3/7v/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/q//L/AAAAAOb/HgD4/+z/FADs/+z/7//s/+z/7f/s/wAA5//s/9r/5f8AANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAPX/AADz/wAAAAAAAAAAAAAAAAAAAAD5/xcA+P8AAAAAAADy/wAA7P8UAOz/7P/s/+z/7P/s/+z/FQDs/+7/7P/s/+v/6//p/xYA7//4/+r/7f/0/+7/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/u/+j/7f/s/xsA6//s/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7f8AAPr/AAAAAOz/9/8AABcAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7f/n/+X/5//l/+r/6f8bAN//AAAAAAAAAAAAAPn/CwAAAPH/+//2/wAAAAD1/xQA9f8AAPv/AAAAAAAAAAAOAAAA7P/s/+z/7P/s/+z/FADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8YAOr/6//q/+n/7P/s/+T/GwDu//P/+P/n/+b/7v8AAAAAAAAAAAAADwDy/wAAAAAAAAAAAAAAAAAAAAAAAAAA2v/l/+j/6f/Y/woA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/xQA8f/s/+z/7P8UAAAAAAAAAAAAAADs/wAAGQD0/wAAAAAAAPX/5//p/wAA2v/c/wkA8//h/9P/5f/Q/9j/4//p/+3/4P8tAPD/DwAAAAAAAAAAAAAA8v8AABQA7f/u//j/AADs/+v/7P8VAPH/8f/7/wAA8P/r//T/AAAAAAAAAAAAAAAAAAAAAOX/0P8ZANv/7P/q/+j/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8P/s/xQA7f/z/wAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOv/7f/3//j/7P/s//D/AAAAAAAAAAAAAAAAAAAAANj/6P8AAOz/+f8SAPv/2P/j/+v/7P/t/+3/7P8aAOz/6P/o/+r/GgDr/+X/5f/q/xUA9P8AAAAAAAD2/+z/AAAAAAAAAAAAAAAAAAAAAAAAQgDE/8j/yv/n/9D/x//e/wAAAAAAAAAAAAAAAAAAAAAZAOz/AAAAAAAAAADo//f/AAAAAAAAAAAAAAAAAAAAAOb/EQDq/+v/2v8VAPT/1/8WAO7/7f8AAAAA6//o/+//MQDo/9H/7f/o/6D/6v/D/wAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAAAADgAAAAAAIQAAAAAA9P8AAAAA5f8AAAAAAAAAAAAAAAAAAAAAAADh/+//+//z/wAABgAAAAAA7f/s/+z/7f/t/xQA7P/s/xoA6//0/wAAAADx/+b/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA6P/u/wAAAAD1/93/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAD0/wAAAADw//H/7f8AAAAAFADs/+z/8/8AAAAAAAAAAA4AAAAAACgA+v/5/wAAAAD0/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwD2/wAAAAAAAAAAAAAAAAsA9v8UAOz/7P/s//D/7f/s/+3/AAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAD1/+D/+//j/9f/6f8UAPH/6P/u/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/9P/v/xQA7P8AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/5//n/6P8AAOH/JAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+//7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//H/7v/s/+z/FAD1/8j/3v/p/+b/FgDf/+D/AAAAAAAAAAAAAAAAAAAAAOz/FADz/+3/7v/v/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8/8AABQA7P/s/+z/7P8AAPj/AAAAAO3/FADt/wsA7P/r/wAAAAD2/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA7P/q/+z/6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAD1/wAA8/8UAOz/7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/u/+//4P8AAN//JwDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//l/9P/0v/O/93/0f8nAOj/4v/n/+f/5v/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8TAAAAAADv/wAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/Y/9n/2/8dAOv/6f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/xQA7P/s/+n/7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAPP/5P/w/yMA7P/t/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//P/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//T/AADs/+z/7f8UAOz/7P/s/+z/6//s/+f/AAAAAAAAAAAAAAAAAAAAABQA9v8AAAAAAAD6/+z/AAASAPj/AAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAOD/PgDj/+n/6v/l/87/6v/v/xQA7/8AAPX/7P/x/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/9P/u//H/7P/s//H/7v8UAO3/9v/u/+z/7P/s/wAAEwAAAPb/8f8AAO3/AADU/xUA7f/v/+z/AADd/+z/9f8AAAAAAAAAAA0A+v8AAAAAAAAAAAAAAAAAAAAAAADq/+n/7//u/+3/7f8XAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPb/+/8AAPn/IgDv/wAAAAAAAAAAAAAAAAsA9v8AAAAAAAAAAAAAAAALAPb/7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADq/+v/6//o/+j/5P8WAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+n/GQDq/+3/6f/n/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAA5//m/9j/3v8MANj/AAAAAAAAAAAAAPL/+f8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/z/wAAAAD4/xMAAAAYAPP/7P/u/+//7P/s/97/6v/p/+v/6v/p/xYA5v/r/wAAAAAAAAAAAAAAAAAAAAAAAPj/+f8AAAAA7f8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/yoAAAAAAPr/AADg/+T/AAAAAAAAAAAAAAAAAAAAAO3/7f/x/+z/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/AADY/+f/7P/q/wAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t/+z/8P8UAOz/7P8AAAAA9P8AAAAA7P8AABQA8f/y/+3/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDw/wAAAAAAAAAAAAAAAAAAAAAAAPH/8v/t/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAA9f8AAPP/AAAAAAAAAAAAAAAAAAAAAO3/FAAAAOL/7f/r/+z/6//s/+3/7v/z//H/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADv/xQA+P/r/+3/3f/t/+3/GgDl//f/9//j/+r/4f/c/wAAAAAAAAAAAAAAAAAAAAAWAN//7P/s/+3/6//s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8v/z/wAAFADs/+z/5v8WAOr/6v/q/+v/5//r/+f/7f/z/+//7f8XAOr/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQAAANz/QADK/8z/3P/L/73/wf/H/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/6//D/9f/4/xYA7//t/+z/7f/w//L/9v/s/+z/FADj/9j/3P/Y/9r/3P/W/ysAAAAAABEAAAAAAPr/9f8AAPD/8f/t/wAAAAAUAOz/7P+n/+f/ov8IALf/jP/P/wAA7P8UAAAA9//t/+3/7P/t/+j/FgAAAPX/AAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAA4f/q/97/4P/m/ygA3f/Y/9f/1//q/97/6v8UAMb/AAAUAOz/7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/k/wAAAAAAAAAAGQAAAO3/7P/5//T/8P/y/+z/+/8UAPb/AAAAAAAAAAARAPP/9/8UAPL/7P8AAPf/7P/s/+z/AAAAAAAAAAAAAAAAAAAAALn/HQC+/8H/AAAAAMz/s/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/+z/0f8AANL/3P/A/wAA6P/l/+f/GgDp/+P/4f/e/wAAAAAAAAAAAAAAAAAAAAAFANz/5P/a/wAA+P8AAM7/AAAAAAAAAAAAAAAAAAAAAAAA6//p/9z/5v/Q//j/2f8AAAAAAAAAAAAAAAAAAAAA4/8AAOb/+f8AAOX/HgD2/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/7P8UAOz/DwDu//j/+/8AANb/6f8eAOf/4//h/x0A6P/m/+L/5v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/wAAEQDa/wkA4f/b/9v/3/8XAN//6v8AAAAAAAAAAAAAAAAAAAAAAADX/yUAx/+9/8f/8f/U/9X/7P/r/+z/4//p/wAAEgDe/xYA6//s/9L/4f8QAOf/AAAAAAAAAAAAAAAAAAAAAA4A3f/a/9j/3f/w/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6v8AANn/+f8YAOb/6f8pAPn/AAAAAAAA9//Z/wAABQAAAAAAAAAAAAAAAAAAABMA8P8AAAAAAAAAAO7/8v/x//L/7f8AAAAAFADs/+z/7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADV/+z/6//r/+T/6f8AABIA8f/y/+3/AAAAABQA7P/s/97/JgD1//j/AAD1/+X/+f8ZANr/3v/p/+z/5f/r/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//v/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/s/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//AAAAAAAA6v8fAAAA7P/v/wAAAAAAAOr/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/s/+z/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOT/GwD5/+f/AAD5/wAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAPAAAAAAAAAAAAAAD5/wAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA1f/i/+n/+f8AABkA7P/s//H/8v/t/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//L/7f8AAAAAFADs/+z/2P/u/+b/AAAAABsA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/8v/t/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/s/+z/7P/s/+v/GADs/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/6/8HAOz/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/w/+3/7P/t/ykA7P8AAAAAAADr/9f/7P8AAAAAAAAAAAAAAAAAAAAA6P/s/+3/AAAWAOz/7P/q/93/5v/X/9z/HQDJ/9b/5f8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/r/wcA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9f/2v/z/+j/3P/r/ycA6f8WAOr/6//s/+r/6v/q/wAACQAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5P/p/+j/5f8XAOn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/GgDm/+b/5//m/+X/5f8AAAAAAAAAAAAAAAAAAAAA5v/m/+n/6v/o/+P/GgDm/yAAAAAAAAAAAAD1/+D/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/GwD5/+f/AAD5/wAA6f/p/+z/6//s/+r/7P/r/xcAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/FADs/+z/7P8AAAAA9P8AAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/v/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7P/s/+z/7P/w/x0AAAAAAAAA9v/u//T/+f8ZAAAAAAD5/wAA7f8AAOz/FQDq/+z/7P/u/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/y//H/7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADw/+7/7P8AAOz/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADW/+j/5P/e/wAAy//Y/+r/FgDr/+7/8v8AAOv/7v8AAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA+P8AAOz/7P/s/+3/7P/s/xQA6/8AABAAAAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAADi/+3/6//s/+v/AAAAAAAAAAAAAAAAAAAAAOf/FQDs/+z/7P/r/+z/7P/0//D/AADt//H/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8P/y/+z/7P/s/+z/7P8UAO3/7f/0/+3/7P/s/9j/5v/R/8f/yP/R/ygA2//Z/xcA2//a/9b/0//r/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAPD/7f/u//H/7P/u/wAAAAAAAAAAAAAAAAAAAADr/+v/7//t/+z/9f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAA7v/u//n/AAAAAAAAAAAAAAAAAAAAAOv/6//x//L/8v/x/xUA+v8AAAAAAAAAAAAAAAAAAAAA7P8UAPf/+//u/+3/7P/t//b/EwD2/wAA8P/w//D/9f/Y/xEA3/8QAAAA5v/Y/9v/AAAKAAAAAAAAAAAA+v8AAAAABQAAAAAAAAD7/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAOP/AADu/xQA8P/u/+z/AADs//D/5/8dAOj/6//q/+P/1P/p/+z/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA0f8sAOr/1v/e/9v/yv/c/+z/FAD1//D/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAOL/7f/r/+z/6//s/xQA7f/t/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xkA5f/o/+v/6P/f/+H/+v/r//r/8P8AAO7/FQDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/3f/q/+r/5f/n/xsA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//r/9n/FQDo/+b/+f/o/+f/4//p/xUA7P/r/+r/7P/q/+z/FADs//L/9P/1/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA9v/x/wAA7f8AAAAAAAAAAAAAAAAAAAAAAADi/zEAAAAAAPX/AADP/wAA0f8yAAAAAAD4/wAAz//x//X/FQD7/wAA7f/s/+z/7f/0/yoAAAAAAPr/AADg/+T/AAAAAAAAAAAAAAAAAAAAAPj/DAAAAAAAAAAAAAAAAADs/xQA7f/s/+z/7P/s/+7/2v8wAOP/3P/L/9j/0v/s/+T/GwDu//P/+P/n/+b/7v8AAAAAAAAAAAAAAAAAAAAA7P8VAOz/3P/s/+v/7P/r/+z/FADs/+z/7P/s/+z/7P/v/xkAAAAAAPf/AADv//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+n/6f/l/xYA6//r/9X/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAN3/IgDr/wAA6P/z/9T/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/GwDu//P/+P/n/+b/7v/s/xUA7P/c/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8ZAAAAAAD3/wAA7//2/+z/FADt/+//7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/FQDs/9z/7P/r/+z/6//v/xkAAAAAAPf/AADv//b/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7v/s/xQA7P/r/+v/FwDr/+z/6//k/+r/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8sAM7/1f/Z/9f/1P/d/+z/7P/s/+3/8v/u/xQA7P/s/xQA+v/0/+3/7f/s/+z/7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/1//v/7P/t/+z/2v8rAM//zP/T/+P/2f/T/wAAAAAAAAAAAAAAAAAAAAD3/+v/9//v/wAA7f8VAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8AAOD/5P/Y/9n/4v8KAAAAAAAAAAAAAAAAAAAAAADs/xQA7v8AAPj/9f/s/+//7P8UAAAA9//t/+//7P/v/+z/FQDw/+3/7v/p/+v/6/8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA9//t/+3/7P/t/9v/JwD2/+D/6//a/9j/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8ZAAAAAAD3/wAA7//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPr/9P/t/+3/7P/s/wUAAAAAAAAAAAAAAAAAAADs/+z/7P/u/wAA7P8UAOz/FADs/+z/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+P/3P/r/xoA7P/q/9j/7P8UAOz/7P/t/+z/7P/s/xsAAADo/+7/3P/Y/+X/1//a//L/FADe/+7/6P/h/+r/6f/o/+z/6v8iAOz/6//o/+z/7v/t//D/+P8VAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/+z/FADw//j/7P/o/+z/6f/o/+v/FwDr/+H/6v/i/+v/7P/s/+z/FADs/+z/6//u/+3/6//2//D/+//s/wYAAAAAAAAAAAAAAAAAAAAAAPH/8v/t/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDq/+v/6//r/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/4v/n/+X/6f/q/xoA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAwAAADs/+n/6P/q/xUA4//Y/+v/0v/R/+v/1//V/8//z/89AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+r/FgDq/+r/6P/p/wAAAAAAAPv/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADb/9b/4//K/xkAr//Z/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+P/5v/a/9j/3//Z/ycAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA6v/s/+z/7P/u/+7/FADs/+z/FADy/+z/AAD3/+z/7P/s/+n/+f/G/8r/3v8HAMP/4f/s/+7/8v/s/+//7f8UAOz/7P/s/+7/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAD4/+P/8v/h/wAAGADk/+r/AAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/7P/s/wAA4//r/+r/9/8JANn/7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAA8f/m/+r/4//d/+D/HgDg/+L/7P/s/+//8P/r/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/v/+n/4f/p/+n/CgAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAUAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAFADv/wAA7P/t/wAAAAAAAAAAAAAAAAAAAADs/+v/7f/r/+3/FQDr/+v/xP/g/83/9f/P//H/+P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8v/s/wAA9//s/+z/7P/j/ycAAADx/+7/4v/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/3//h/9z/JQDe/8f/7f8AAAAAAAAAAAAAAAAAAAAA3v/Y/9//4f8VAOz/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAA9f8AAPP/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7v8UAOz/7P/q/+3/7f/t/+3/FADs/+z/6f/T/+H/z//f/ysA0f/q/+z/7P/s/+z/7v/o/+z/FAAAAAAAAAAAAOz/AAAAABQA4//T/9//4f8rAOn/2f/T/+z/7P/s/+z/4//s/+v/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/y/+3/AAAAABQA7P/s/xQAAADv/wAAAADs/+//AAAAAAAAAAAAAAAAAAAAAAAA6//p/+j/2P8AAOL/6v8RAO7/7P/t/xQA7P/s/+z/7P/s/+z/8P/0/+z/7f/u/xQAAAAAAAAAAAAAAAAAAAAAAOv/2f/Y/9r/2P/Z/ygA2P/k//H/8//z//r/FQDs/+v/AAAAAAAAAAAAAAAAAAAAAOz/7v8AAO3/8P/s/+z/FADr/+z/7P/s/+n/7P/s/xQA1//u//n/8P8AAOj/JADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADz/+3/7v/v/+z/7f/o/+L/7P8UANj/2f/r/wAA3f8mAN//1f/l/+T/1//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDw/+3/7v/p/+v/6//s/+z/AAAUAPT/+v/s/+7/5P/r/93/4v/c/9n/6/8XALv/2v/J/+n/zP8RANP/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7P/s/+z/FADs/yAA9v/m/+v/2P/P/+f/7P/s//P/7//Y/+z/7f8nAO7/FQDs/+//7v/z/+v/6//u/+j/7f/s/xsA6//s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xYA6v/q/+r/6//n/+v/AAAAAAAAAAAAAAAAAAAAAOP/+P/q//f/AADs/xUA7f/s/xQA7P/s/+z/7P/r/+z/2f/p/+L/5v8QANj/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgDR/+n/1v/X/+f/0//X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//z/+r/4f/x/x0A6P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//f/7f/s/+z/FADm/woAAADi/+z/6f8AAOn/7P/s//D/7f/t/xQA7P/r/+z/FQDw/+3/7v/p/+v/6//t/xQA7v/v//P/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/y/+z/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAJAAAAAADt/+z/+P/s//L/FADs/+3/8f/2/wAAAAAAAB4A6f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//P/AAAUAOz/7P/s/+7/AADt/+z/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/3/wAA7v/5/+z/FADs/xUA7P/y/+7/7f/r/+z/7P/x//v/9v8AAAAA9f8UAPX/AAAAAAAAAAAAAAAAAAAAAOD/7f/s//r/8f/s/xcA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9j/7f/Z/+3/2f/0/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xUA6v/s/9v/5v/r/+f/7P8UAOz/7P/t/+z/7P/s/yIAAADy/wAAAADr/+f/AAAiAAAA8v8AAAAA6//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAA6//g/xMA2P/k/+X/AAAAAAAAAAAAAAAAAAAAAOr/7P/u/+z/FADt/+3/7P8AAAAAAAAAAAAAAAAAAAAA6v/s/+7/7P8UAO3/7f/s/wAAAAAAAAAAAAAAAAAAAADK/9L/5v/Z/yoA6f/Y/9v/5f/e/+z/3f8HAOv/6//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtP/M/9X/xP8vALL/1P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAOAM7/yP/R/97/w//o/wAAAAAAAAAAAAAAAAAAAADZ/9X/AADv/zIA6P/t/+L/2f8AAPn/6//c/+H/5v8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8dAN//3v/W/9j/6v/Y/+z/7P/s/+z/AADs/+z/BQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAA6/8AAO3/FADy//D/8v/s/+z/7/8AAAAAAAAAAAAAAAALAPb/7f8UAPL/8P/y/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAATAPr/AAAAAAAA+P/1/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/xgAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/s/+7/5f/s/+z/2//z/xQA4P/x/+v/4f/q/+r/6f/Y/+v/4v8SAAAA6v/r/+z/7f/p/+r/2P/g/ycA2P/s//T/7P8AABYA5//s/wAAAAAAAAAAAAAAAAAAAADp/+v/6f/W/+r/AAAWAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AADc//b/JwD2/xEAq//C/8P/BQCz/woAAAAAAAAAAAAAAAAAAAAAABUA6v/f/93/7P/n/+n/7v8AAAAAAAAAAAAAAAAAAAAA6f8AAAAAAAAAAOj/AAAZAAAAAAAAAAAAAAAAAAAAAADt/wAA+P/z//f/7P8AABQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+L/7P/s/xQA7P8VAOT/9f/i//D/2f/Y/wAAGwDj//H/9//o/9//3//k/wUA6P/s/+3/7P/i/+z/AAAAAAAAAAAAAAAAAAAAAAAA1P/b/+D/4f/4/87/1/8yAPj/AAAAAPn/AAAeAAAA8f/s/+z/+P8AAAAA7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAAAABIA8//3/+z/7f/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAEgAAAAAAAAAAAAAAAAAAAAAA2v83AOT/8v/2/+7/2f/v/+z/7P/s/+z/7P8UAOz/7P/X/+r/9/8AAMT/7//5/wAA8v8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAPb/AAAAAAAA7f8AABMA8v8AAPH/AADv//L/7P8VANr/DgDy//H/1f8UAMb/7P/e/9j/2v/c/ykA2f/Y/7T/x//t/wAA9P/5/wAAFADY/xQA7P/s/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAOz/7P/t/wAA7f/s/+z/FAD3/wAA+v8AAAAACQD1//v/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/n/97/FQDk/+T/7P/o/+j/AAAAAAAAAAAAAAAAAAAAAOz/7v/t//D/+P8VAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/CAAAAOz/7f/s//X/7P8VAOv/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAPX/AADz/+j/6v/q/+//6v8WAOj/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/yoA1//h/9j/3//O/9b/AAAAAAAAAAAAAAAAAAAAAOr/6//s/+7/6//r/xYA6v/r/+7/7P/t/+7/8P/r/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAABkA5//c/+v/1f/o/+v/zf/p/9j/2v/m/+3/CwAAAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQACADm/9//5f/a/wsA5f/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+z/6//t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+f/6//S/9f/FwDc/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/9P/s/+z/FAD2/xcA6P/x/+v/6f/p/+b/BgDo/+3/7v/t/+L/7P8AAOz/7P/s/+z/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AADX/9j/z//Z/+n/CgDs/+z/7P/r/xQA7P/s/+n/AAAAAAAAAAAAAAAAAAAAAOz/+P/0//D/8v/s//v/FAAAAAAAAAAAAAAAAAAAAAAAKQD5/wAAAAAAAPf/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//2P/c/+v/4v/Z/yEA5f/I/+X/7P/3/+v/PADL/97/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+X/7P8kANj/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9T/6f/Q/+f/4P8nANj/AAAAAAAAAAAAAAAAAAAAABkA7f/c/+D/7v/s/+X/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAPj/AAD1/xQA8v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Y/9z/3P8AANn/AADY/xQA6f/b/9v/5f/c/93/AADw/x0AAAAAAAAA9v/u//T/3v/j/9v/6f8aAOz/6v/Y/wAAAAAAAAAAAAAAAAAAAADq/+n/6//q/+n/FgDm/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AACgA+v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAEADm/+b/6f/q/+j/4/8aAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//r/7/8AAPD/FADy/+3/6v/r/xYA6v/t/+n/6//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wkA6P/s/+T/4f8AAOv/5P/q/9f/6f/Y/9j/JADc/wAAAAAAAAAAAAAAAAAAAADq/wAAAAAAAAAAFgAAAAAA7P/5//T/8P/y/+z/+/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDm/+v/6P/r/+n/6//p/woAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//4f/v/+D/3//w/yYA7P8AAPb/7//3/wAAAAATAPj/7P/t/+3/9//t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD4//L/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/EQAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//j/9P/t/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P8VAOz/3P/s/+v/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/+P/0/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAANv/3f/e//X/2f/3/97/EgAAAPj/wf/F/9X/5v8OANL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/9//u/+z/FAD7//n/HQAAAAAA+/8AAOn/AAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/4f/s/+v/6//g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOz/7P/s/+z/6//s/+D/PgDj/+n/6v/l/87/6v/j/wAAAADv/wAAJgDy/+v/1f/s/+z/5f/t/yMA2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAPX/9//6//j/AADs/xoA9v8AAAkAAAAAAAAAAAD3/wAAEAAIANv/5f/R/8r/u//R/+z/7P/t/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9v8AAAAAAAD6/+z/AAAUAOv/3P/k/+7/4P/t/+z/AAAAAAAAAAAAAAAAAAAAANv/IwDW/97/5//h/9//3f8oAPf/AAAAAAAA+f/X/wAAGQDk/+T/6f/o/+b/6P/n/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/5/+3/7f8UAO3/AAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO7/AADu/+3/7P/s//j/7f8UAO3/AAAAAAAAAAAAAAAAAAAAABQA7f/t/+3/7v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/v/+3/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//0/wAAEwD3//H/AAAAAO//9P8AABMA9//x/wAAAAAAAAAAAAAAAAAAAAAAAAAA7//0/wAAEwD3//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9X/3//s/+z/FAAJAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABUAAAD1/wAA+v/f/wAAGAD3/7//xP/J/93/+v/I/wAAAAAAAAAAAAAAAAAAAADd/+n/CADN/9n/6v/Y/wAA5f+y/8P/2v/K/7b/4v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOP/9f/e/9b/wf/W/+X/FwDV/wAA6v8SANP/2f/m/wAA1//4/9j/2P8VAPf/yf+///X/FQD7/wAA7f/s/+z/7f/6/wAAAAAAAAAACQAAAAAA7f/6//D/9f/4/xYA7//t/wAAAAAAAAAAAAAAAAAAAADm//L/FADx//v/5//s/+z/AAAAAAAAAAAAAAAAAAAAABQA7f/t/+3/7v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+//6v/j/+3/GgDr/+r/6//r/+z/6P/s/9T/7P8YABQA7P/y//T/9f/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/7v/u/+v/7P/s/xQA8v/s/wAA9//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv+u/73/3f/O/xEA4v/p/ykA4//W/83/3v/Q/9L/1P/s/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAACEA2P/Z/9L/y//a/+L/5f8ZAOv/6P/y/+z/6v/l/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOv/6f/t/+v/6v/r/+v/FQDT/+v/8P/t/+v/7P/s/xQA7P/s/+z/7P/t/+z/7P8nAOn/6P/n/+r/4v/G/+D/7P/t/+z/7f/t/+z/FADs/x0AAAAAAAAAAADw/+P/AAAaAO3/6v/3//L/7P/m//f/FADs/+z/8P/t/+v/7P/s/xQA7P/s/+z/7P/s/+v/7P9LANH/2P8AAPj/wf+3//v/AAAAAAAAAAAAAAAAAAAAAOv/FQDr/+r/8f/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v//D/7P8VAO7/3P/a/+b/8//e/93/KADu/+v/7P/r/+z/6//p/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAOf/6f/q/+j/5v/T/+f/AAD2/+//9/8AAAAAEwD4/wAA8v/v/wAA9//w/xMA8P/0/wAAAAD2/wAAAAAWAPX/2P/c/+n/6//s/+r/IADl/+3/+/8AAAAAAAAAABYAAADf/+X/3//i/+j/4/8eANn/7P/s/+z/FADu/+z/7P/s/+3/FADy//D/8v/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA7P8UAPj/8v/s/+z/7P/s/+z/FAD4//L/7P/s/+z/7P/j/x4A5P/n/+b/5//f/+L/6/8dAAAAAAAAAPj/6//3/wAA8v/v/wAA9//w/xMA8P/E/yoA5v/o/8//4//W/9X/AAAAAAAAAAAAAAAAAAAAAO7/FADw/+7/7P8AAOz/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPr/9P/t/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAPf/9f/y/+z/9P8AAAAA9v8AAAAAFgD1/+7/AAD0/wAAAADw/xMA7v/s/+z/7P/s/+z/7P/r/xQA7/8AAAAA8P8AAAAAGQDx/9j/6f/s/+//8f/s/xgA9f8AAAAAAAAAAAAAAAAAAAAA4v/n/+P/5v/o/93/HgDb/+P/8v/g/+n/+P/3/yMA6/8AAAAAAAAAAAAAAAAAAAAA7v/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADr/+v/7v/v/+7/7v8VAPb/7P/2/+3/7//v/+3/FAAAABwA7P/q/+z/9P/r/9//7P8AAAAAAAAAAAAAAAAAAAAA9f/3//r/+P8AAOz/GgD2/+j/3P/s/9P/7P8VAOz/6f8AAO3/7f8AAPj/7f/t/xQA6v/n/9//5v/s/+j/GgDj/+z/7P/s/+3/7P/s/xQA6/8iAN//4v/k/+H/5f/a/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xUA7P/v/+7/8//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/7P/s//X/7f8UAOz/+/8AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAADa/9z/5//s/93/2P8jAOf/7P/s/+3/7P/2/+7/FAAAAOP/AAAAAAAAAAAAAB4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/2//Y//D/5P/3/+f/7P/Y/+H/4v/s/9T/FQDV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAASAPP/9/8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/v/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+r/7P/r/xYA6f/q//P/AAAAAAAAAAAVAO//7P/5/x0AAAAAAPv/AADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//P/AAAiAOv/7/8AAAAAAAAAAAAAAAAAAAAA3f/2/wAAAAAAADsAzf/e//j/AAD6/wAA9v8UAPL/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/w/xQA7P/s/+z/6//t/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/+7/HQDk//n/8//l/+7/4//4/+r/9/8AAOz/FQDt/+3/8//s/wAAAAAUAOz/7P/3/+7/7P/3//j/6/8VAPn/AAAAAAAAAAAAAPn/CwAAAAAAAAAAAAAAAAAAAAAAAADs//D/8v8AAAAA8/8UAO//AAAAAAAAAAAAAAAAAAAAAPb/+f/t//P/AADs/xQA7/8AAAAAAAAAAAAAAAAAAAAAFAD2/wAAAAAAAPr/7P8AAO3/+/8AAAAAAAAAABYAAAAAAAAAAAAAAAAAAAAAAAAA1P/c/+j/6//r/+r/IQDl/wAAAAAAAAAAAAAAAAAAAADw/+z/7P/v//b/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/yQA4v/r/+z/2f/c/+H/AAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7f/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAAAAAAAAAAAAGAAAAOb/7f/s//P/7v/s/xYA7P/r//T/+v8AAAAAAAAYAPr/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA+v8AAPb/+/8AAPn/IgDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAANAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/+f/5/+j/AADh/yQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAD6/wAA6v8AAAAAAAAAABYAAAAAAPX/AAAAAAAAAAANAPr/AAAQAAAA4v/h/+3/3P/m/9f/9f8AAAAAAAAAAA0A+v8AAOv/8v/t/wAAAAAVAPD/2//2/+D/8//w//L/8f/m/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//f/+v/4/wAA7P8aAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/6f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAHADt/+v/+f/6/+P/6/8AAPD/8f/t/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAOv/7f8AAO7/FADw/+7/7P8AAOz/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgD5//f/AAAAAOn/7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+z/7f/u/+z/7P8UAO3/7P/s/+3/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//X/AAAAAAAAEwAAAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/r/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//zf8aANf/zf/1/8P/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+b/FgDr/+3/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAO3/7f/s/+3/7v/s/+z/FADZ/83/0P/M/77/JwDc/+3/AAAAAAAAAAAAAAAAAAAAAO3/8P/s/+3/7P/s/+z/FAAbAOP/8f/3/+j/3//f/+T/AAAAAAAAAAAAAAAAAAAAAO3/7f8AAAAAAAAUAPL/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAAAADw//b/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/7P/w/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+v/w//X/+P8WAO//7f8AAAAAAAAAAAAAAAAAAAAA5v8WAOz/7P/q/+z/6v/s/wcAEwDa/+n/8//q/97/0v8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAO7/FADu/yAA0//Y/9b/4P/l/9H/1P/q//P/AAD6//v/7/8WAAAAAAAAAAAAAAAAAAAAAAAAABgA+v8AAAAAAADb/+v/6v8dAAAAAAAAAAAA9f/k//X/9//s/+L/7P/r/+v/EgDq/+z/7P/u//j/9P/t/xQA7f8UAOz/7f/s/+z/7P/s/+z/9P8UAPn/7//x//r/7P/z/+z/FADw//n/AADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/AADR/9n/6//r/+z/7P/n//r/FADt//v/AAAAAAAAAAAWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/4v/v/+D/2/8AAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/v/+3/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAAAABcAAAAVAOv/6v/s/+z/5//r/+b/FAD2/wAAAAAAAPr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xUA7P/s/+z/7f/0/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADk/+L/4//n/+7/5P/q/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+v/3v/r//f/HwDa/+z/AAAAAAAAAAAAAA0A9f8AAAAAAAAAAAAA7P8AAAAAJAAAAAAAAAAAAAAAAAAAAAAAyv/Y/9T/AADi/xIA1P/x/wAAAAAAAAAAAAAAAAAAAADb//f/2f/a/+z/GADr/+n/AAAAAAAAAAAAAAAAAAAAABYA6f/q//T/8P/l/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//P/7f8AAAAAFADs/+z/4P/T/93/1v/G/yQA3f/n/wAAAAAAAAAAAAAAAAAAAADu/+3/6//2//D/+//s/wYA7f/t/wAAAAAAABQA8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAoAAAAAAOz/7P/2//r/7f8VAOz/6v/7//L/9//7/wAAEgD7//P/8P/q/+z/7//2/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t/+v/9v/w//v/7P8GAPL/7v/w/+z/9P8UAPD/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAOz/AAAAAAcAAAAAAAAAAAAAAPj/+v/v/wAA8P8UAPL/7f/T/wYA3v/x/+z/AAAOAOD/FADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/7//t/+7/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7f/w//L/8f8UAO3/AAAAAAAAAAAAAAAAAAAAAO7/7P/t//D/8v/x/xQA7f8AAAAAAAAAAAAAAAAAAAAA7f/t/+z/7P/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/t/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAmAPX/AAD6/wAAAADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/f/9r/IADg/9z/4P/k/+L/4P/r/yQA3f/m/9n/2f/s/+v/6f8VAOf/4f/s/+z/4//i/97/KADv//n/2P/g//P/y//K/ysA3//V/9j/6P/Y//H/+f8UAAAAAAAAAOz/7P/q/+P/JADd//X/4//c/9z/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/8P8UAOz/+P/0/+z/7P/3/+r/zf/a/9X/3f+9/+b/7P8UAPr/9P/t/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//s/wAA7P/w/+v/EQDs/wAAAAAAAAAAAAAAAAAAAADp/+X/8f/1/wAA6/8eAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//f/AADs/xQA7v/Y/9r/5f8AAOj/6//W/wgA6//y/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA9P/v/+3/7P/t/+b/6f/k/xkA6P/c/+X/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAA7P/f/9n/6/8UANn/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8YAOv/7//s/+P/5v/t/+z/AADn/+z/2v/l/wAA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADy//D/8v/s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//q/+j/6//s/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/y/xQA8f/7/+f/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8kAOL/6//s/9n/3P/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6P/n/+P/6P/q/xcA9v8AAAAAAAAAAAAAAAAAAAAA6P/s/+v/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/a/+T/+P/1/+f/KAD0/xUA5v/r/+j/6//p/+v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/6P/t/+z/GwDr/+z/6v/s/+z/7v/y/+z/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7f/r/xQA7P/2/wAA+P8AAPX/FADy/+3/7P/r/+z/7P/s/+z/7P8UAMv/6v/s/9f/3P8AANn/AADs/+z/7P/s/+z/FADs/+z/7v/w/wAAAAAAABUAAADw/+z/FADs/+z/7f/s/+z/7P/s/+z/6//s/+3/6/8UAOz/7P/6/wAAAAAAABQA9v/7/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAA6/8AAPP/5P/w/yMAAAAAAAAAAAAAAAAABgAAAAAAAAD4/wAA9//z/+b/GwDu/wAA7f/s/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAPn/9/8AAAAA6f/s//n/FgD5//f/AAAAAOn/7P/5//L/EAAAAAAAAAAAAAAAAADo/+z/7v8AAOz/3P8YAOD/AAAAAAAAAAAAABAAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAA9/8AAOv/7v8AAPn/+f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/2f/Z/+H/3//Y/9f/IwAAAAAAAAAAAAAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAOz/FQDw/+3/7v/p/+v/6//g/+r/6P/r/+v/7P8UAOn/4P/r/yQA3f/m/9n/2f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDd/9f/7P8AANX/6f/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPH/7P8UAOz/2v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAUAO//8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7f/y//P/AAAUAOz/7P/1/xQA8v8AAO3/7v/u/+3/7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADn/9b/6/8GAOn/+v/3/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7f/s/xQA7P/Z/wAA+f/r/9z/4f/m/ygA7P/s//b/+v/t/xUA7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/p/9n/2v/Z/yUA2//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAAAADw//b/AAATAO3/6f/s//L/AAD0/xUA+/8AAPr/AAAAAAAAAAAKAAAA6/8AAAAAAAAAAPf/HQAAAAAAAAAAAAAAAAD6/woAAAAAAPb/7//3/wAAAAATAPj/7//h/+//4P/f//D/JgDs/+n/5f/x//X/AADr/x4AAADn/+n/5//q/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAPb/6//t/wAA7P/q//T/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOX/JADi/+v/7P/Z/9z/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/0/++/8D/vP/u/woA0v/r/+v/5//r/+j/FgDu/wAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAHQD7//T/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/+P8UAOz/7P/W/+//6v/j/+3/GgDr/+r/7P8UAO3/7f/w/+z/7v/s/wAAAAAAAAAAAAAAAAAAAADs//j/5P/p/9L/1v/m/wAAAAAAAAAAAAAAAAAAAAAAAPj/+v/v/wAA8P8UAPL/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4AvP/N/8b/0f/O/8L/8v8AAAAAAAAAAAAAAAAAAAAA9v/h/9z/1f/4//D/1/8AAOz/7P/v/+z/FADs/+z/7P/x/+7/AAAAAAAAJQDw/+j/8f/2/wAAAAAAAB4A6f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4//l/y0A8f/Y/+L/1P/r/+z/6//s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAAAAAQAPT/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/uv/I/77/AADq/8j/KQAUAO//AAAAAPj/7P/r/+3/2v/Q/wAA0//y/+n/wf8dAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO7/7P/s/+z/4P/r/yQA3f/m/9n/2f/s/+j/3v/Y/93/6v8AANj/CADe/9j/2v/c/ykA2f/Y/7T/AAAAAAAAAAAAAPb/CwAAAOz/7P/v/+z/FADs/+z/7P/b/+z/6v/p/wAA6v/q/wwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//o/xQA6/8QAMf/5f8AAAAAAAAAAAAAAAAAAAAA6f/s/+z/7v8AAOz/FADs/+z/9v/t/+//7//t/xQAAAAcAOX/AAD1/wAA4//0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/AAAAAAAAFAD2//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/5//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAADAA9v8AAAAAAAAAAND/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAVAO//7P8UAOz/9f8AAAAA7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA7f/s/+z/FADq/+r/7P/s//b/5v8WAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAADy/wAAAADr/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8AAPT/7//Y/9//AAAAAAAAAAAAAAAAAAAAAPD/9v8UAPn/AAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAFgD5//f/AAAAAOn/7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAA7/8AAOv/AADv/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s//D/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5P/p/+j/5f8XAOn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA7f/s/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAABYA9v/r/+3/AADs/+r/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+v/6//g/+X/6v/q/xkAAAAAAAAAAAAAAAAAAAAAAO//+f/6/wAA+v/z/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDq/+z/7P/u/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/wAAAAAAAPL/7P/v/wAAAAAAAAAAAAAAAAAAAADs//H/+P8AAAAA7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/U/+X/5P/d/9T/HQDp/9f/2f/Y/9n/5/8TAPX/2f/q/+n/6P/m/+D/5/8YAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAA8f8AAO//8v/s/xUAAAAAAAAAAAAAAAAAAAAAAPP/6v/q//L/7P/r/xYA6//t/+3/8/8AABQA7P/s/+z/4/8jANr/2f/Y/9j/2P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/r//r/7/8UAAAA7P8UAAAA9f/t/+3/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQAAANj/wv/p/9//5//T/+z/7P/s//j/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADs/+3/7P/s/+z/7P/s/x8A6f/6/+X/AADl/9//9f/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/v/+r/4//t/xoA6//q/+v/FwDq/+3/7P/p/+b/6f/s/+z/7v/s/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/6//s/+z/9f/u//X/AAAVAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6P8WAAAA9f8AAAAA7f8AAAAAAAAAAAAAAAAAAAAAAADH/93/1f/O/+H/JwDV/+b/AAAAAAAAAAAAAAAAAAAAAO3/7//t/xQA9v/s/+z/7v8UANr/CgDr/+7/0v/s/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/s/+7/AADs/9z/GADg//b/AAAAAAAAAAARAPP/9/8AAAAAAAAAAAAAAAAAAAAA9//t/wAA9/8AAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FAD2/+3/7P/s/+7/8P8AAAAAAAAVAAAA8P8AAAAAAAAAAAAAAAAAAAAA8f/7//b/AAAAAPX/FAD1/wAAAAAAAAAAAAAAAAAAAADe/97/2//0/+r/AAAAANb/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv//K/+n/1f/d/wAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAA8AKQDZ/+P/2P/Z/9f/1v/Z/xUA7P/w/+z/7P/s/+r/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/4//s/+v/FwD1/xUA+/8AAO3/7P/s/+3/AAAAAPL/7P8AACUA5v/m/+v/9P8AAOr/9P8bAPD/5P8AAAAAAAAAAAAAAAAAAAAA7f/p/+3/2P/s/x4A5P/q//D/8f8AAAAAAAAWAPv/8P/s/+3/7f/3/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8v/z/wAAFADs/+z/7P/o/+z/7P/s/xQA7P/r/+r/7P/u/+z/FADt/+3/7P8AAAAAAAAAAAAA9f8AABAA7v/5/+L/5f8AACAA4P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t/+3/7f/s/xQA7P/s/+b/GwDo/+n/6P/n/+P/5f8AAPL/7/8AAPf/8P8TAPD/AAAAAAAAAAAAAAAAAAAAACUA3v/a/9z/5v/Y/+f/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/s/+7/5f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/9v/t/+//7//t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+7/7f/s/+z/FAB+/x8A9f9Y/8v/nf/1/5n/vv/W/+L/DQDc/9z/AADj/9//6v/m/+b/6/8aAN7/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8UAO3/7f/s/+z/7P/p/+z/6//s/+z/7P/r/xUA5//r/+z/7P/s/xUA6//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/w//Y/8f/1v8AAM3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA7P/t//L/7P/r/+n/7P8AAAAAAAAAAAAADgDz/wAA3f/o//H/4P/q/+b/6P8eAAAAAAAAAAAAAAAAAAAAAADs/+z/7v8AAAAA7f8UAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/yYAAAAAAPj/+//u//H/0f8zAMj/yP/F/+P/0f+5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6v/t/+j/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALX/DADc/+b/2f8TAOj/5v/s//P/FgDx//j/6//q/wAAAAAAAAAAAAAAAAAAAAAAAOz/7//s/+z/+f/u/xQA7f/a/+r/6//n/+v/DwAAAOv/9//z//T/AAAAAPP/GgDn/+z/7P/v/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADd/+b/3f/V/8//AADW/9n/9v/n/9j/GQDg/+j/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA9//1//L/7P8AAAAAAAAAAAAAAAAAAAAA+P8fAAAA+P/z/wAA4P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/7P8kAPb/9f/4/+r/6v/t/7D/7P+1/8X/1f/R//r/AAAAAO3/8f8AABgA7f/N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/6/8UAOz/7P/p/wgA2P/Y/+r/7P++/9z/EwAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADX/9j/9P/o//P/FAD7/9r/FQDk/+z/6//u/+v/6//p/xUA5v/r/+j/6//p/+v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v8YAOb/4v/p/+r/5v/L/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/t/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaANz/5P/i/+f/6P/n/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/u//j/7v/s/+z/xP/X/9j/0f8AABAAwv/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDj/+L/2P/U/9P/2v/Y/zkA2//g/+T/3f/C/9b/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xYA6v/q/+r/6//n/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdANz/5//x/+n/6v/l/+r/2//S/9T/1P/U/8//4/8rAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//T/+v8AAAAAAAAYAPr/qf/Z/9b/yP/a/xgAuP8PACEA2//S/+v/9v/T/+j/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADP/8v/MADU/9D/yf/j/87/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/r/+j/4P/X/9X/5v8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//v/8f8AAOz/DAD6/+L/3v/j/+n/AADi/x8A5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/U/9f/AADY//j/1v/e/8r/2P/r/+j/7P8qAMz/6f/o/+z/7v8AAOz/3P8YAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/xcA6f/q/+n/4P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/yP/M/8H/xP/6/x0Ayf/V/ygA2//Y/+P/2//b/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+j/6v/o/+v/8f8nANj/AADZ/+v/4P/c/+r/EgDY/wAAAAAAAAAAAAD2/wsAAADr/9b/1//m/+z/7P8eAOf/6v/r/+r/6P/r/+v/FgDp/wAAAAAAAAAAAAD2/xAAAADl/+D/4P/j/+j/4f/b/yEAAAAAAAAAAAAAAAAAAAAAAOH/4f/m/+j/3//n/+T/HwDs/xQA7P/s/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/woAs//W/+v/EAC6/8P/7P/s/9v/4v/r/+v/FQDr//T/7P/s//P/AADp/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+z/7P8UAOz/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAARALr/w/+q/8L/5//d/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo//X/9v/l/wAA6/8iAPX/7P/s/+3/7f/t/+7/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8eAOT/5//m/+f/3//i/wAAAAAAAAAAAAAAAAAAAADq/+f/5v/j/+j/6f8YAOP/5//r/+n/7P8VAOf/FADQ/+r/2P/t/9n/7f/Z//T/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADt/+z/7P8AAAAAAAAAAAAAAAAAAAAA3//f/9j/4P/R/+n/5f8hAOb/FgDr/+r/6v/p/+n/6v/V/zAA1P/V/9j/9f/T/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/xIAzf+6/5T/zv/1//f/5f/k/8j/zf/m/9X/KgDO/+j/5v/l/+j/6f/p/xgA6v8AAAAAAAAAAAAAAAAAAAAA1v8AAN3/1v/X/wkA1v/a/7n/KQDa/7n/rv8AAKT/+P+z/1AAvv/P/7X/w/++/8H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9b/2//k/+n/z//Y/ycA7P8UAOz/7P/s/+z/7P/s/xcA7P/u//n/+P/s/+T/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAyP/R/9D/0f/O//j/0P/N/9T/0P8sANf/xv/V/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/JwDd/9r/3//b/9f/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+T/4//n/+j/HQDi/9f/8/8AAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+j/6v/r/+j/FwDp/57/t/8yAAwAx//E/9X/vf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+7/5//v/+b/8v/m/xoA6P/g/+f/5P/o/xoA5v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//p/+r/6//n/xUA6//s/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9b/IADl//n/7P/s/xQAxv/1/wAA2f/k/8v/1v8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALf/1P/V/9H/xf8AAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9//3/+7/7P8UAPv/9f/p/+f/6//m/xgA4//T/wAAAAAAAAAA8v8AAAAAEQD4/xEAAAAAAPn/+v8AAPX/AAAAAAAAAAAAAAAAAAAAAOj/FwDr/+v/6//q/+r/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/9v/IgDb/+X/4f/f/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC1/wAAAADp/+v/AAD0/9j/5//Y/+f/4v/h/+P/IwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+r/8f/s/+v/6//t/+z/7f/6/+7/6P8YAPD/AAAAAAAAAAAAAAAAAAAAAOv/zv8rANb/6//K/9T/3P/Q/7f/4/8AAAYAxP/3/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMb/2v/Q/+r/4v/e/ysAxv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/j/+T/3P/1/+v/FgDi/9H/AADb/9r/5v/O//T/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/5P/g/+//5P8bAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAPX/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+v/7P/s/+T/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQA5v/o/x8A1P/n/+v/2f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/8v8AAOz/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FADy/wAAAAD4/+z/8f8ZAOv/6P/y/+z/6v/l/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/7P/yP+//7r/6f8YANX/AAAAAAAAAAAAAAAAAAAAAAAA8v8aAPn/AADu/wAA6v8AAAAAAAAAAAAAAAAAAAAA7v/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADp/+v/6v/r/+z/6/8WAOv/AAAAAAAAAAAAAAAAAAAAANz/6v/s/+r/7P/Y/yYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9H/1P8nANz/0f/m/8v/AAAAAAAAAAAAAAAAAAAAAAAA4//X/8P/2v8AAO//1/8MANP/1f8FANf/6v/X/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/wAA7P8UAOz/AADs/9n/7P/c/xYA5/8RAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/GwDr/wAA6P/3/+3/9f8AAAAAAAAAAAAAAAAAAAAA0v/p//n/GQDW/87/yf/g/+b/3//r/+b/2/8AAAAA5f8AAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/xEAzf/T/+z/3P8AAN//2P/r/xUAAAD5/+z/7P/1/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDu/9f/AADl/8z/5//E/77/1f9CALH/zP+3/6P/w/8AAAAAAAAAAAAAAAAAAAAALQD7//b/+P/6//n/2//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALH/xv+j//r/6P/m/wAAAAAAAAAAAAAAAAAAAAAAAOb/GwDo/+n/6P/n/+P/5f/k/yAA4P/b/+D/5P/Y/+T/AAAAAAAAAAAAAAAAAAAAAOj/6P/r/+v/6v8XAOn/6f8AAAAAAAAAAAAAAAAAAAAArf/w/8z/zf+///j/s/8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAoAAAAAAM3/3P/d/9v/3v/m/yAA5v8AAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/w/xQA6//s/+//7P8UAO7/AADw/+z/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/8f/t/+v/6f/s/wAAAAAAAAAAAAAAAAAAAAD7/wAA2//k/97/6/8AAOT/AAAAAAAAAAAAAAAAAAAAAOT/HgDp/+n/4f/h/+H/6P8AAAAAAAAAAAAAAAAAAAAA9v/m//D/3f8aAPT/5//n/+j/5v8AAAoA6v/Y/+T/6P/s/+v/6//s//L/6v/r/xQAAAAAAAAAAAAAAAAAAAAAAO3/6f/p/+j/FgDr/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/a/x4A4v/o/9L/z/8AANr/2f/o/+3/JwDp/+H/7P8KAN//7P/u/+z/3f/5/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/a/+H/2f/p/9v/JgDb/wAAAAAAAAAAAAAAAAAAAADM/7z/yf/R/xEAr//A/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAA+P8AAPX/FADy/+3/AAAAAAAAAAAAAAAAAAAAAPr/0f/v/9//AAAyAAAA0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/9v/Y/9n/6P/R/xMA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9b/4P/k/wAA5P/k/x0A1f/g/9//3//b/93/2P8kAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+T/4P/l/+f/HADm/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//p/wAA1//Y/9f/2P8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8bAAAAAAAAAAAAAADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAO3/KADv/87/7P/X/wAAAAAAAAAAAAAAAAAAAADq/+f/3//m/+z/6P8aAOP/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/9f/t/+v/9f8VAO7/7v/s/wAA7P/q/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/9v8AAAAA8P8YAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+v/6//r/+j/6P8VAOv/NADq//X/AAAAANr/1P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/k/wsAz//d/+r/EADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/yUA9v/5/+L/3P/5/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPr/AAAAAAAA+P/1/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA7P/s//n/7v/s/97/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P8ZAN//5v/n/9T/6f/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA7P/s/+3/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f8UAOz/7P/t/+7/7P/v/+//7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOn/7P/s/+z/7P/s/xQA6v8AAAAAAAAAAAAAAAAAAAAA7P8WAOn/7v/s/+P/7P/m/+z/7P/s/+z/7P8UAOz/7f8NANj/yP/7/8L/u//u/77/AAAAAPj/AAD3//P/5v8bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/FADr/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+j/6P/k/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+//7f8UAOz/FADv/wAAAAD4/+z/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADUAy//U/87/2P/X/9X/y//X/+D/2//h/+L/4f/c/y0A1v8mAMr/0v8AANL/sP/Y/wAAAAAAAAAAAAAAAAAAAAAVAOv/7P/u/+z/6//s/+r/AAAAAAAAAAAAAAAAAAAAANT/1//W/9n/BQDQ/wAAuP/p/xYA6v/r/+z/6v/q/+r/AAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAADj/9b/5P8gAOX/4P/X/9r/AAAAAAAAAAAAAAAAAAAAABMA8v/o/+b/1f/l//P/6v8AAAAAAAAAAAAAAAAAAAAA3f8iAOv/AADo//P/1P/m/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/v/+z/7P/s/+//6//r/xcA6//s/+v/5P/q/+z/FADs/+3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAx/8AANf/1P/R/9L/AADJ/wAAAAAAAAAAAAAAAAAAAACj/9z/sP/0/wAAzP/N/w4A7P8VAPD/7f/u/+n/6//r/+z/7P/s/+v/7P8AAAUA6v/s/xYA6f/r/+z/6//m/+r/5f8VAOr/7P/b/+b/6//n/wAAAAAAAAAAAAAAAAAAAAAiAAAA8v8AAAAA6//n/wAA7P8UAO3/7P/s/+z/7P/v/+r/5v/o/+n/FwDn/+f/6f/w/+r/GADr//L/6P/p/+j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7P/a/9z/FADf/+v/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9v/AADV/+L/0f8bAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDf/+v/+f/6/+b/4f/i/+//4f/v/+D/3//w/yYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/IADQ/8r/5f/N/9r/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMANL/0//Y/83/+P/K/8v/7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD0//f/8v/2//r/9P8UAPP/3//l/9//4v/o/+P/HgDZ/+z/7P/s/xQA7v/s/+z/7P/q/xoA5v/o/+n/5v/f/+n/HwDl/9v/5f/l/9v/4P/c/wAAAAAAAAAAAAAAAAAAAAAAAO3/7f8AAPj/7f/t/xQA1//R/9n/xv/c/83/MgDP/xQA7P/s/+3/7//s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7P/r//X/7v/t/xUA8f8AAAAAAAAAAAAAAAAAAAAAKQDx//P/AAAAAAAA2f/5/+//8f/z//H/AADp/xsA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOP/8f/3/+j/3//f/+T/+f8ZAAAAAAD3/wAA9P/4/wAA7//5/wAAAADd/wAA3P8VAOv/6v/s/+z/5//r/+b/AAAAAAAAAAAAAAAAAAAAANf/4P/j/+P/5/8fANn/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAeANH/6P/W/+j/6f/S/9b/KADy//T/AAAAAPP/2P/4/+z/7P8UAOz/7f/s/+z/7P/g/+H/GgDh/+L/5//q/+T/6//p/xUA5//h/+z/7P/j/wAAAAAAAAAAAAAAAAAAAADY/xsAxv/W//P/8v++/9X/7f/s/+z/7v/t/+z/7P8UAOn/6//q/+j/7P/r/xUA6/8AAOj/AAAAAAAAAAD5/yUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+f/2P/p/+f/0v/h/y0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6v/p/+b/6//p/+r/FwDs//j/8v8AAAAAAAAUAAAA6v/p/+j/5v/g/+f/GADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQDu/9r/+v/U/+X/yv/V/wAAAAAAAAAAAAAAAAAAAADH/93/1f/O/+H/JwDV/+b/9//t/wAA9/8AAAAAIQAAAOz/7P/s/xQA9v/t/+z/7P8SANj/7P/F/+f/AADQ/8T/3v/Y/+r/xv/P/w8A6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/v/+v/6f/r/8//9v+r/8X/CQD5/6z/2P/F/9v/wP/z/+D/3v/W/+b/9//Z/+n/2P/t/+z/2v/5/wYAwv8TAOz/6//s/+n/7/8UAO3/7P8UAO3/7P/u/+7/6//s/+z/4P8UAPr/AAAIAMn/7P8QAAAA2f/a/9j/2P/Y/9z/AADW/9v/6P/Z/xAAy//q/xgA3P/T/9b/1//m/ysA0//V/8X/4P/K/9r/3v8OALn/JAAAANT/0f/J/9L/x/8AABEA6f8WAO//+P/q/+3/9P/u/+//KgDa//j/3//W/9b/4//s/+n/BgAAAPr/2//7/wAACADq/xQA7P/u/+z/2v/r/+7/8//V/8H/5//z/+L/AADt/+z/FADt/+3/7P/s/+z/AADT/73/1/+9//H/FQDe/+v/GgDt/83/0f+z/9D/zv/y/9//n/+5/77/4f8jAOf/2P/c/+z/AAAUANr/6/8AAOn/1f/e/9z/4//q/yQA1//D/7//NQDL/9b/2P/K/83/0v/U/zEAx//Z/8X/1P/T/+D/6P8gAOH/2f/h/9n/6P+Y/+f/vP+8/6X/0/8AAO7/AADl/+L/5/8UANv/6v/q/8n/1v/W/9D/3v/z/7//FQC2/9b/sP8LAMP/JgAAAL//x//J/8f/4f/I//H/FADQ/8v/7f/w/wwAzf/M/9D/sP/q/+T/+v/V/+z/FADf/+z/6v/l/+z/1f/s/xQA7P/s//D/+P/w/+n/+v8AAOr/6/8YAO3/7P/t//T/6v/n/+n/AAAAAAAA9//7/+f/DQANAPH/AAAAAAAAAAAAABUAAADy/+r/6v/4/+3/6/8WAOz/MQAAAAcA8v+z/6P/s//u/+v/2P/f/9v/2//Y/yAA6v+Q/8z/9v/a/7j/AADS/9j/uf8QAMr/w//W/9D/EACx/+n/6//q/+v/7P/r/xYA6/8RAPH/8f/5/+X/2f/s/wAA6v8AAPT/AAAAAAAAFgAAALb/1v8AANT/3f8TAPP/2/+9/7T/zf8pALz/4f/a/wAA1v/V/9f/4f/X/xQAAADp/+z/7P/5//P/AAAUAOz/7f/v/7T/tP+8/wAArv8AAOL/7//t/+7/+P/t/+z/5f8UABoAzf/d/8T/2f/c/87/6v/r/w4A6f/U/9b/5f/4/8j/AADY/+H/3f/v/93/5f8AAOn/6P/r/xcA6//h/+r/4v/T/zMAxf/m/+L/xv/T/8X/3v8AAOv/7v+y/xoA3P+5/9j/AADg/9L/1//X/9b/AADY/93/NgDb/+X/3P/f/+j/6//r/+z/6P/s/9T/7P8YAKz/EQD0/8//8v+M/wYAyv8AAOf/6P/P/+L/CwDZ/9b/9v/6/+z/3//w/w0A2P/r/xwA7P/s/+3/7/8UAOr/7P/Z/+z/7P/s/+z/FADs/+z/GQDr//H/8f/q/+T/6v/m/77/zf8TAMP/v//z/7r/AADA/xIAyf+0/7z/EQDV/+r/uf/Y/9j/xP+f/y0ACADC/xUAAAD2/wAAAAAAAOL/AADD/0QA0//j/9T/rv+2/8v/5/8iAN7/5//R/+z/0//s/73/MQDd/9b/yP/Z/7j/5P/T/zgAw//X/8z/xf/H/8T/IgDT/8z/tf/n/8r/BgDq/+X/3P/x/wAAAAD2/x4A9v8UAOz/8v8AAAAA7P/s/+3/2f8WAO//9v/q/wAA2v/f/+j/GQCw/8P/wf/c/8P/y//p/xUA3f/s/+3/6//u/+r/5f/M/y0A2P/R/7L/zf/3/xUA7P/g/+z/6f/r/+n/7P/f/+b/7f/s/+z/2v/e/ygA3f+t/wAAvP/K/+r/4/8MANj/3f82ANv/5f/c/9//6P/y/yYA6v/z/wAA+//4//D/4f/i//P/2P/m/+v/9v8UAOz/7P/s/+z/AADp/+z/BgDb/wAAyP+h/7//AADN/+X/8//g/97/1v/m//f/2f/p/9D/7P/r//X/AAAvAOn/4P/s/+r/7/8AAOz/2P/c/xIACQD7/wAAAAD7/xAA6P/c/+3/7P/s/+//7f/s/xQA7P/d/xcA6v/r/+v/2P/k/wAA4/8fANr/5P/m/+X/4P/e/9X/yf/P/9L/1v81AMT/x//Z/9n/2P/Y/xAA5v/l/xMAEADs//f/AADu/xUA2v/q/7f/wP+z//b/y/8AABsAz/8UAAsAyv/S/8v/yP/F/+X/OgDG/9b/3v/n/8X/0/+7/+v/+P/u/wAAAAAUAAAA3//D/wAAyP+6/6X/y/8iAO//7v+//9T/yv8GACUA1v/I/wAADQDJ/8//+v/e/9H/0f+1/6//tP+w/w0ApP8qAOv/5//d/+r/6v/l/+f/GwDs//j/5v/x//n/9P/s/+7/FADn/+H/z//j/+H/7P/3/xQAz//U/9j/6v8AAAAAAADU/8D/r/+j//P/9P8AAOn/3f/g/9j/EgDW/9j/7P8AAOj/7P/s/+3/7f/u/+z/FADs/xoAAAAAAAAAAAD3/+z/4P/a/+X/8v/h/+r/8f8lANP/5//m/+j/7P/s/83/GADs//r/8v/s/wAA5P/w/xQAAAD4/97/4//q//D/5f8gAPP/+f8AAOv/AADx/+v/AAAVACYA4//b/wAA+P/j/7f/AADs/+z/+f/z/wAAFADs/+3/AADr/+X/2f/r/wgA6f/Y/9j/2f/c/93/2v/s/+f/IQDL/+n/BgDS/9f/HwDR/9f/EAAUANb/7P/q/+z/2//l/7j/gf+f/xIAmf+3/9L/7/8yAIX/xv+N/+T/5f/G/wAAAADs/+3/7P/u/xQA7P/r/wYAxv/U/9L/x/+8/7f/AAD6/+H/5/8ZAOb/1v/V/9D/DQAHAMr/8P/Z/+//xv+x/+X/6f/a/+L/2f8fAM7/6f8JAOn/3v/r/8//FADK/+v/wf/r/+f/FwDd//T/0v/h/wcADAC4/9b/1P/Q/9r/z/+j/83/wf+o/63/8P8XAAYACgDY/9D/3P/f/8T/BgC//xoAxf/Z/9j/xf/k/77/GQDQ/8L/+f/M/9j/2//O/yYA7f/s/+z/7//t/+z/FADs//r/7f/s/wAA8//t/xUA+P/d/9f/6//e/+T/4P8dAOj/4v/g/+z/8v/t/9T/LgDi//P/4P/e/9b/5v/3/9n/6f8AANT/6P/V/9X/EgDe/+D/wv8AANn/6f/U/woA5//s/y8A2P/m/9f/2f/K/8D/6P/t/yQAsf+u/8L/yP+q/77/xv8SAPL/xf/F//X/yf/n//L/2f/O/63/ef8dAKj/xv/U/7r/4f/X/woA5v/h/wwA5f/l/+v/4f8QAOz/2P8AAC4A4f/X//n/y//c/73/5f/s/wAAAAAAAAAA6/8bAPv/qf/I//j/FQDB/wAAwv/l/+3/7f/s/+z/+f/s/xQA7P/T/ysA4P/Z/+P/1f/2/9z/+f8XAPj/AAAAAAAA8v8AAMX/AADs/+z/3v/c/xUA4f/s/xQA9f/5/+3/7f/s/+z/7P8UAOz/7f/s/9n/6/8AAL7/2//S/9f/1P++/+P/LQAHANH/uf8TAL7/r//C/wAA3P/V/+b/4v/S/ywA7P/J/+r/5f/s/9X/7P8UAOz/7P8AABYAAAAAAAAAAADr/wAA4//r/+z/FADv//r/7f/s/9P/BgDk/+j/FQDF/wAA6//V/+X/6v/k/9r/6f/i/yQAAACw/7X/r/+t/63/BQC0/9b/1f/k/8n/2P8HAA8Awv/x/+z/8P/h//L/PQDu/9v/uv/B/+j/7f/g/xEAHAC5/+v/6f/Q/+H/6f/m/xoA7P+f/7z/0v/4/7L/3/8cAKr/7f/U/9b/9f/H/8n/8f/T/93/6//t//H/AAAfANr/7f/o/+j/5//n/+3/4v8aAN7/5v8XAOr/3//a/xEA1P/l/wsA3//F/8j/DQD5/wAAxv/e/9z/2P/e/xQA1//d/wAA+//5/9L/rv/Y/9X/8/8AAOv/6//s/+r/7/8UAOz/7P/T/x4A3//a/8L/1f/p/8H/zf/Y/9f/2P8QANv/4f8kAPP/zf+t/73/7P/W/wAA5f/Z/9n/2P/Y/xAA5v/l/xMA6v8WAPX/9P/t/97/5/8AAPD/2P/l/97/2//R/wYAAADr/xcA6P/r/9z/6v/n/+T/HADp/93/5f/h/87/8v/p/8T/0v/n/+b/yv/T/zIA1//s/+z/7f/l//j/9P8UAPL/AAAAAAAA4P/x/+T/+v84AMn/zP/r/+H/xv/U/wwAFAAAAMv/4f+6/9z/IwDK/+f/1//a/+X/2v/o/+j/HQDY/xQA7P/s/+3/7f/r/+z/7P/Z/+z/7P/s/+z/FADs/+z/1//K/8T/y/99/wAAAADj/+z/FADs/+z/8P/s/+z/7P/5/xcA+P8AAAAAAADy/wAA7P/s/+z/9f/t/+z/FADt/+z/7P/r/+z/7P/r/xQA7P/D/+X/1P/Z/9L/7f8RAMr/AADr/9L/4f/q/9L/AADP/87/y//r/9n/xf/b/ysA2P/S/+D/6P/x/+D/4v/y/83/7P/u//L/7P/v/+3/FADs/9L/1P+7/8X/BwDM/8//1f/0/7z/y/+9/7z/2//e/wkAxv/G/9z/3P/W/9P/FwAAANj/0f8GANH/z/8QAOz/v//a/xMA7P/q/wAA3//o/9X/2f/X/9j/1f/W/xQA1/8AAB4Asf/D/8v/w/+3/8D/+/9GAL//zf+2/7D/7//X/8D/LQDl/+r/0f/N/87/3//S/zgAtv+h/5//6v+7/7j/7/8NANf/6v/p/9j/5v8VAM7/wv/5/7f/wf/C/6H/3v8lAPr/6//Z/9T/DgDP/9b/AADi/9j/6v/s//P/6v8lAAAA2f/Y/97/1f/Y/9b/KQDY//n/8f8KAN//AAAYANn/3f/o/+v/7P/Y/8P/FgC+/+z/1P/z/8T/3//M/xEA4P8AAOX/6f8VAOv/0v/o/+r/AADc/97/FgDk/+b/6v/z/+j/EADH/wAA2v8AALL/EgDO/+H/9/+3/wAA5//0/9b/0v/V/+z/7P/a/+z/KwDr/+D/1f/V/9D/3v/X/ywA1v/W/87/3//P/8r/0//R/9j/OADr/+z/7P/t/+v/7P/q/xUA6//s/+z/7f/r/+z/6v8VAMf/sf/G/7j/qv/R/7X/RQD1/+X/5P/1//b/7P/u/xQAwf/D/+j/FAD6/7T/0P8AAA8At/+6/8r/0v/W//T/vv8LAAYA4f/Z/9f/xv/U/9X/6/8AAOz/7P/x/xQA5f/s/+n/z//I/8X/x//t/wAAAADo/xQA6//s/+r/7P/q/+z/yv/S/+H/6P/U/9z/IgDR/+7/6f/s//D/AAAUAOz/7P/T/+P/w//h/yIAxf8HAOH/6//s/+r/6//r/wAA3v8TAC0A3P+//8b/xP/R/9X/0P/n/+v/6f/u/wAA9/8TANf/6f/c/xcA3P/t/+r/6v/p/8//5f/g/yUA5//G/9v/5P/e/8n/1//V/7P/EgAOANb/wf/B/9v/5f+6/8f/6v8mAAAA+P/0/wAAAADu/xgAAADm/9D/2P/q/9//1P+9/yYAKADq/+f/6//h/9f/2P/b/9j/DwDa/+3/4f/a/wAA6//q/yYA1//T/8v/yv/Y/9j/6v/p/+v/6v/p/xYA5v/r/+z/CQDD/8//4/+//wAAx//5/wAAq/+2/8T/0P/z/wAA+//r/+n/8P/u/+P/5P8SAOz/6/8VAOb/6v/r/+f/6/+c/7L/9//2/8f/DACx//X/AADr/+H/6P8TAN7/5//Y/9H/HQDR/9T/4f8PANr/zv/R/9v/GADg/+T/AADn/9X/xf/i/xsAx//J/9T/wf/s/+//7P/s/+3/7v/f/xQA7P/X//T/AAAAAAAAEwAAAMn/0f8gAN//6P/i/+b/9f/F/+P/2P/i/+P/yP/P/wgACwD5/8//5v/i/8r/FQDS/8T/4f/Y/9f/7f/j/xAAAAAAAOj/2f/s/9T/AADe/xwA2P/r/+n/6P/o/+3/5v8YAOP/1v/X/zQA4f/f/9b/4P/W/9j/DQDa/+z/7P/b/9f/AACp/97/AAAAAOv/2f/H/7//2P/Y/9n/7P/7//L/KADb/+f/6f/i/9v/7P/r/xYA4//z/+D/3v/W/+b/9//Z/+n/3/8AAAAA2v/I/9X/5v+3//r/1P+9/+D/1P/x/wwA3v/1//L/4v/V/9n/0P8PANr/1v/F//f/0P/Q/x8A1//p/8D/2v8VANj/0v8OAM//yf8pANb/1P/Z/9P/w//K/+j/6P/x/+7/9v8AAOj/GQDs/+z/FADs/+z/7P/s/+z/7P/z/9f/3v/3/93/0P8oANf/4v/6/+n/5v/r/xQA6//p/67/OwC0/8//1v/L/+H/wf+9/wsAo/+R/+v/5f8KAKT/4//e/9L/2P/o/wAAAADW/6n/t/+m/zQA3//T/9b/yP/w/+z/7P8UAO3/7P/s/+z/7f/s/+3/+v/u/+j/GADw/6//of/1//f/nf8wAMX/0v+L/7H/5f+1/6H/QwDJ/7L/0P/Y/+H/1P/O/x8A5P/q/7r/2v8AAAAAIQDN/9f/1f/j/9v/5f/r/wAA2P/r/w4A2P/t/9b/AADc/8//+v/Y/+P/IwDi//T/7f/R//H/3f/i/+z/EgDn/+v/AADZ/+T/DgC8/8n/xP/J/wAA0//p//r/8v/s/wAA5P/w/xQAAAAXAOD/AAD2/wAA1//Y/8b/wv/K/w4Av//B/+T/GgC+/+z/7P/t/+3/7f/u/xQA7f/X/wkA7P/G/8j/y//b/9j/wv+p/97/AAD0/wAAz/+0//n/1f/W/9P/HgAAAMT/xv/m/97/6v/q/+L/5/8bAOz/2P/q/+L/6v/p/xQA9f/r/+z/7P/s/+z/7P/s/xQA7P/W/+j/7P/t/+3/7P8kAOz/5f/l/9b/sf/Q/6r/qv/2/xUAAAD1/wAAAAAAAN//AADT/+T/8//Q/9z/AACy/xQA3v/c/wAA5v/r/9//AADh/+z/FADu/+3/8v/s/+v/7f8JANX/2//n/9v/6v/I/w8ACgDX/9n/7P/a/wgA0f/s/9//0P/y//r/7v/6/wAA3//q/+b/7P/V/+3/FADs/+z/FADZ/+b/6P/l//f/1//S/xMAlf/J/8D/6P/r/+r/w//f/8v/1/8AAOv/1/8MABUA1f/c/+z/8f8AAOz/EgDb/7T/xv/U/+D/9f8OAAkA5f/n/+n/4v/b/+3/6/8WAOT/2f/W/xMA2f/l/9v/AADb//D/2P/Z/9r/7P/p/yIA2v/M/wsA7//b/+L/CQC9/8f/AADi//v/6//W/8//CgDo/8b/6/8UAN//z/8WAOj/2P/e/9j/6//g/+X/4P8dAOj/5//p/+L/2//s/+v/FgDj/9X/zf/2/9r/1/8HAL3/EQDM/9H/z//j/9X/MQDP/8b/xv/j/+z/2v8PAOv/4/8AAOv/7P/s/+3/6//s/+r/FQDs/+z/6//t//D/6/8VAOz/zf/Q/9f/1v8AAAAA2v/5/9j/1v/T/9f/1v/h/ysA2f/q/+z/7f8AAOv/2/8XAN//6v/s/+3/AADr/9v/FwDf/6b/DgC9/+P/1v+7/wwAr//l/x8A4f/c/+H/5f/a/+r/1/8pANj/5v/u/9j/3P/W//j/5f/k/+n/4/+z/9L/GgDn/+3/5//J/+b/6f/L/83/7P/r/+z/+P/u/+j/GADv//P/4P/e/9b/5v/3/9n/6f/Y/9z/0v+4/97/OADe/8j/0P/Q/+X/9v/o/9z/MADZ/8z/4P/R/+H/AADQ/y0A1v/x/+3/6P/3/wAAEwAAAPT/7f/s/+n/7//t/+z/7P8UACsA2P/Y/+L/+f8AANT/2P8AANb/7P/h/9j/0P8LAOz/6/8ZAOz/5//l/97/5v/o/wAA6v/o/+j/6v/m/wwA3f/s/+7/7P/3/+z/FgDr/+r/3P/s/+r/FwDt/+r/4v/q//P/xP/b//r/6v/P/9X/FQDs/wAAr//G/77/y//u/77/IwDX/wAA3P/b/9f/z//E/9f/wf/M/9f/3v/v//n/DQDs/+7/8v/s/+//7f8UAOz/8P8AANX/0//M/9H/BgDn/8r/w//L/9//5//T/z8AwP/q/wAA9P8AAAAAAAAWAAAA6v8AAPT/AAAAAAAAFgAAAOr/5//f/+b/7f/o/xoA4/8VAOz/+P/v/+3/7P/q/+j/w//H/wAAwv/o/xIAAADa/7L/tf/B/73/uf9SAND/tv8AANT/w//X/9//BgD5/97/6/8ZAOb/7P/j/+D/3//m/9z/KAD6/+v/6P/Q/9D/6P/k/ygA6P/d//D/6//Y/+T/DgDT/9X/5//Z/8L/zv8RAOz/7P/t/+3/7v/s/xQA7P/L/+z/0v/Y/8z/yf/Q/y8AAADq/77/dv/c/77/4P/w/+z/FADt//r/AADs//b/7P/P/w4Axf/L/6b/6f8lANb/EADd/9j/2P/Y/8j/+P/K/9T/6//m/+j/6v/z/ykAy//s/+z/7f/t/+3/7/8UAO3/7//t//D/AAD6/+z/7P8UAOX/AAD4/wAA6f8AAO7/4P/q/+v/6//x/+f/z//o/xwA5/8AAOv/6v/j/97/AAAAAMP/y//P/9b/2P/I/xoAGgAIAO//1v/X/+X/7P8QAOj/6//r/+j/AADu/9j/FADi/xAA2//U/4//4//b/7//AADp/woA0f/f/9H/3P8AAM3/1f/q/9P/0P8GAAsAx/+///v/+//s/8z/vP/j/7f/DADq//r/7P/t/+7/6/8IAOj/IwDH/+3/7v/r/8v/8v/f/+L/7P/m/9r/FADr/wAA2P/G/wAA2P/f/9L/IADg/+b/+//r/wAA6v/s//L/AADq/+H/7P/u/9b/zP/g//j/DQDr/+T/yv/i/8//AAD5/+L/w//V/wAA5//z/xMA7f/h/wkA6v/p/wAA8v8TAOD/6P8AANr/3f/g/9b/2P/W/x4A7v8QAOz/7P/m/wAA6v/e/9T/5v+f/57/7f/B//T/AAAWAOL/wv/P/87/z/+o/+T/0/8zAMX/5v/i/8b/0//F/8L/QQCn/7L/pv/O/6r/4f/i/xcA6v/r/+n/6P/r/+r/4/9NAMj/vv+q/5P/w/+x/9z/7v8RAOP/1P8AANj/7P8AANn/xf8AAOL/DADR/+f/FQDs/+D/4//x/+z/6v/x/wAA1f/E/9T/zf/m/wkAxv/o/xUA7/8AAN//6//a/+f/zP/D/wAAFgDJ/7r/5//M/9f/1/8TANj/3f/s//X/6P/x/wAAAAAAAAAAGgD7/wAA7P/M//P/AAD0/9b/FgDt/w4AKACD//D/uf/O//P/xv/s/+z/7P/r/+z/7P8UAOz/3v8AAMT/5P/T/8n/5f8UAOz/KABt/4j/5f+8/6X/x//D/wYAuP/O/xMA3f/L/9v/wf/N/9f/9P8qAM//BwDT/8j/EADp/6P/hP/J/xMAx/8AAOr/qf/J/6P/EQDi/9j/x/8rANL/+v/6/67/sP/o/+z/7P/t/xUA6f/s/+b/6//c/+z/6v8XAO3/6v/i/+r/7P/s/+7/8v/s/+z/7f8UAPf/1f/g/9H/zf/5/9L/CQAYAOX/7P/r//D/6v/n/+n/6//n/+3/6f/t/+T/GQDr/9f/FQDl/wAA2P/L/9r/1f8XAOz/7v/5//j/7P/k//H/FwDs/+3/+v/6//L/5P/d/9T/BQDR/8X/yv/e/9b/EQD5//n/9P/5/wAA9v8kAOv/AAAIAOv/5//g/9X/AADX/wsA2v+2/wAA6v/P/+3/4//S/+z/7P8UAOz/BwDr/+v/iv+n/4z/CgCW/8X/SgDk/+L/BwAAAAcA2v/b/+v/2v8uALv/1//e/7T/AADJ/+H/0f/G/8v/2v/k/wAA7P8MANH/2f/T/+P/IgDk/9//AADL//j/tv/N/y4A5v/M/9D/6f/k/+D/5P/p/wAA6f8SABUA1//N/9r/2v/v/+T/2f/t/8T/EADE/7r/vv8iANH/6P/R/+T/8v/v/+z/IgDs/+P/1v8FANv/2f/T/xEA6v/p/xYA7//4/+r/7f/0/+7/7P/h/+z/6v/Y/+L/GQDq/+n/FgDv//j/6v/t//T/7v/Y/9r/5P/e/+X/CwAAAOj/2P8AAN7/2//c/9r/AADZ/wAAAAAAAAAAJQAAAPf/2//q/wwAwP/a/8n/EgDl/9n/xf/G/wAAwf/B/87/JQDk//P/1v/p/9v/xP/C/ycAy//i/wsA7f8AAAAADADU/+v/2v/c/9b/6/8AANf/KADf/9//5/+2/wAApP/L/wYAt//o/+T/4//Y/9T/vf8nANv/wv+o/xgA2P+6/8T/0v8JAOP/6/+//9v/FADq/8b/AADq/+P/5f/r/93/6/8aAOr/4f/Q//j/0f/W/87/NgDl/+n/1//Z/9X/2P/m/yIA2f/Y/9//2v/Y/+r/7P8XAOv/0f/R/9z/1f/b/9n/LwDo/wAA+P/0/wAAAADu/xgAAADt/+z/FADt/+3/7P/s/+z/2v+z/xwAz/+l/+f/FACf/+3/FADs/+z/7f/r/+v/7P/U/wwA1P/h/wAAEgDJ/87/BwDD/9X/ov+//wAA5//0/+z/6//t//H/8v8VAOz/6//D/xIA0f/Z/wAA3f/N/+r/AACo/77/vf/K//P/AAD0/+7/7f/s/+z/+//s/xQA7P/O/7T/9f8AAI//6f/N//H/GwD6//r/AAAAAO3/GQDl/xIA7P/r/wAA5//d/9j/AADZ/+n/EwDi/9f/6//2/9//6v/q/xQA7P/Y/wAA6f/l/+j/+v8AANj/7P/g//j/HgAAANH/2P/e/+L/FgDj/+n/4f/z/87/2f/T/xEA9P/q/+f/1f/a/9T/2v/b/yoA1v/F/9n/s/+7/7D/8//y/wAA5f/p/wAAFAD4/wAA6f/d/xQA7P/s/+7/7//s/+z/7P8XAPH/7P/0/wAA7v/n/83/BQDO/+P/8/8AAOL/DwDD/+f/yf/e/7n/nf/v/7z/4P/f/87/y//R/9r/1v8JAAAA3f8AABMA2f/O/9j/1P/n//v/AADs/9v/5v/U/wAAAADd/9f/6//e/+T/4P8dAOj/FQDt/+z/7f/w//D/6v/p/9b/6P/s/+3/7f/s/yQA7P8AAOD/AACG/9L/BwDL/6f/1v/b/9j/3//b/wAA6v8KANX/7P8VAOz/5v8AAOf/6//u/wAAAAAAAAAA4P8bAAAAyf/q/xQAAADw/wAA1//s/93/AADY/9H/MgDF/9b/2P/n/yEA2P/o/9D/8P/i/8//6//r/+z/6P/s/9z/7P8XAOH/0/+//87/tf/p//L/2P/z/+b/6//f/97/AADd/9b/6v/p/+v/6v/p/xYA5v/r/+3/6f8lAOn/7P/U/+z/9v/i/9j/6v/s//P/6v8lAAAAIQD0/8f/yv/N/8L/zf/Z/+3/7P8UAO3/7f/s/+z/7P/1/+T/4//f/9b/2P8fAMH/+v8AAPb/+/8AAPn/IgDv/wAA2//W/9L/2v/X/wAA1v/Z/9j/2v/X/wAACQDc/+v/w/+x/xcAs/+c/9P/CADh/xMA5//Y/9r/2/8AAOD/6v8AAAgA6v/f/+n/3//b/+f/6f/t/93/2v/o/+j/HgDi/9//2//s/xIA8P8AANv/4//s//H/8P/x/+r/7P/s/xQAAADF/9b/4/8UAOv/3P/R/7D/vv/1/7b/AADw/9n/zf8UAOz/6//s/+7/9f/r/+j/2P/p/xMA6P/o/9j/3/8AAAAAAAD0/wAA+/8UAPH/7P/U/w8A4P8AAMb/5//W//f/2v/s/9f/IwDs/+r/z//g/+j/FwDq/97/2v8SANX/5f/I/wYA1//M/9X/xP8AANL/7/8VAPj/9//4/+//7P/0/9T/xv/F/8H/zf++/y4AzP/h/9n/AADa//P/AADW/9b/6f/m/+n/5P/l/xoA4v/o/+H/2P8jANr/1P/k/9r/5f/Z/+z/7P/s/+z/FADs/+z/MwDO/9z/1v/l/8v/zv/L/6r/3P/i//L/zP/R/9L/AADG/8f/zP/K/8//yf8vAN7/AADs/+n/7P/q/9n/2P8UAOv/FQDZ/+z/7f/s/+r/6v/t/+z/7f/6/+7/6P8YAPD/JQDZ/8j/2P/n/+n/z//p/+f/8//E/+n/8/+5/wAA0v/O/8r/+f8AAMn/rv/Y/xIAuf+o/wAAAADr/5T/xv8eAOv/7P/t/+z/7P/s/+z/FQDv/9r/6f/7/53/4v/R/+r/5//p/+z/2P/s/wcAAADY/8z/yf/N/9D/AADM/ycA2f/n/yIA3v/n/9H/7P/T/+z/7P/r/xYA4//1/+n/FADt/wAA6//n/xsA6f/J/9f/1//d/wAAv/+x/7r/+P/b//f/1/8AABQA3v/p/+X/1v8AAOL/2f/n/+r/CgDc/+n/AADm/9j/DwDY/+z/0f/5/9b/tP/X/7z/wP/L/w8AIADO/wAA7P/r/+v/6//W/wsA6//o/9f/1//c/9n/6/8eAOX/y//i/7v/tP/I//f/sf/X/9n/EwDe/9D/yf8TANj/3P85AMb/zv/a/9//xf/W/+7/7f/s/xQA6f/u/+3/6v/s/9n/7P/s/+z/7P8UAOz/7P/p//D/7v/7/wAAGADf/+3/2P/g/w0A7P/n/9b/AADs/+z/7f/u/wAA8//s/xQA7f/a/xgA4//q/8X/1P/M/yYACACs/+X/5v/H//b/0P/o/wAAAAAAAAAAAADp/wAAFwDn/9z/AAAAAAAAzf/7/zIA0v/p//j/zf/A//n/2/8AAMz/0v/S/zYAwv/i/97/0f+x/wkA1P/b/+L/2P8AANf/7P/W/9X/x//t/+v/FgDp/+3/FADs/+3/7v/s/+z/7P8lALr/zP/W/93/w//y/8b/4/8LAMz/z//U/9b/+P/X/97/qf+r/5X/lP8QAOz/AADX/+f/4//f//D/1/8fANf/2v/d/woA3//e/wAA1//k/73/uv/E/9H/yv9GAK//yP/E/9L/6v/F/+j/yP8qAOr/z//B/+H/z//g/wkACgDq/9j/5f/i/+f/5f/Z/yYA3v/t/+z/6f/v/+3/7P/s/xQAMADX/+H/1v/d/+X/zP/q/+//GwDQ/8z/tf+2/83/AADt/+z/7P/s/+3/7P/s/xQA5//W/+f/zf+5/woAAADb/yMAAADz/wAAAADr/9v/AADl/+X/6//h/xAA7P/Y/wAAEwDs/+3/3P/k/+f/7v/t/9j/7P/s/9n/2f/Y/xIAAAD5/9X/7v/D/7v/zv/F/wAAAADV/+//1//d/8//CQDr/wAA5v/t/+z/AADx/xIA7P/Z/7n/1f/L/9//+v/f/+D/MADa/9b/9//o/9//0v/x/+X/3f/d/8X/Xf8UALr/4P/n/9f/2v/c/wAA1v8JAOn/tf+k/9j/5//H/+H/MwCv/9n/6f/r/+f/7//d/xoA2/8AANf/rf/n/8P/7f/x/wAA7P8aAOb/6f/k/93/2P/q/+v/8v/s/+7/6//l/xQA7P/a/+n/6//n/+H/2v8ZAO7/5v8KAOv/3P+6/9j/6v8UAOb/2v8AAOr/+f/e/8D/AADW/yoA3//m/9L/2P/N/8z/AACv/8L/rv+g/9T/AAAAABgA2P/r/9f/AADX/9z/5P8HAPv/2P/p/+j/AADw/+b/1//k/+D/2P/Y/9//7P8gAPP/6//s/+v/7P/a/9L/FwDn/xUA2P/1/97/+P/Z/+z/6/+q/7j/xP/j/87/+f/o/+v/4v/U/+n/5v/r/+v/FgAKAPn/qP/M/77/6P/e/+z/3P+6/wwA1//F/8H/MgDq/+f/FQDY/+P/3v/4/9n/7P/I//r/3v/k/9D/+f/t/9n/9//K/+D/h//s/wAAsv/X/97/IADg/+L/6P/j/9//4v/i/+f/5//h/+L/3f8QAAcAFgDg/+z/7P/w/+n/6//p/+b/4/8UAO//7P/r/+7/8v8UAOz/7P/t//H/6v/s/+3/JgDK/9j/5v/a/8//4v+//wAA3P/l/9n/6P/d/w8A3f/o/+z/6f/4/+v/6v8WAOr/AADo/+T/AADq/9v/AADf/+v/7P/r/+z/FAAAANj/7P+0//b/BwDj/33/1//y/9z/BgDn/+n/7f/s/+D/EwDr/8r/OQDY/87/1v/F/8H/vf/k/+b/3P/6/wAAzv8OAPf/yP/k/9b/1P/f/yIA3//m/8H/DwDa/8X/6v+i/7H/DwDV/9X/1P/n/97/4//V/yYAFwDs/+z/7f/q/+z/6v/g//D/7P/s/+7/9v8UAOz/7f/W/+j/7P/t/+3/7P8kAOz/AADW/9f/1//n/wAA1//l/6j/CwDO/+X/xv/W/w4A7//t/+z/7P/v/+3/7P8UAOz/7P8UAOz/7P/s/+z/7P/s/9b/0//T/9//6v/d/y0A4P/l/8j/xP++/93/wf8tAMX/zv/m/+j/3/8UANf/BgDS/+n/6P/r/xcA6//h/+r/4v/t//L/jv+x/6//z//2//v/AAAAAAAA9/8AANz/9v8nAAAAv//g/8T/w//p//b/AADu/wAA5v/s/+b/EQDo/+z/AAAWAAAAAAAAAAAA6/8AAKv/1f+y/1UA0v+q/6v/xf/c/+z/6v8XAO3/6v/i/+r/1v/Y/9z/QADO/8r/1P+//+f/6P/q/yEA6v/a/9z/6v/r/x0A7P/s/+z/5f/W/9z/yP/s/9//5f8UAN3/6v8AAM3/1v+4/3//o//R/wwA3f8PAPX/6v/O/9X/y/8SANb/AAD4/9n/3P/Z/xMA1//a/+3/7P/w/+3/7P/g/+z/FACl/7L/4//p/6n/u/9dAK7/1//V//b/y//Z//r/GgDV/8j/zv/b/8H/0//5/ykA0f8AAM//zf/U/9D/AADM/wAAvP/q/wcA7v/l/+H/9v/2/xQA7P/s/+7/7//s/+z/7P/L/+7/0f/U/8T/BgDr/wAA0f/r/+H/3v/p/zAA1f/p/+P/DwDg/8n/AAAAAPj/4v8AAL//0//a/+P/HwDc/9n/6//2/+z/8P/Y/xQA7f/r/9j/1f8JAOT/zP8AAOX/9P/q/+v/FADl/+z/AADr/9b/o/+t/wgAwP/F/x0AtP/g/9//AADo/wAA2v8GANf/6v/a/+r/8f/p/+//FADj/9b/0f8nAJT/u/+N//H/y//N/+j/AADq/+X/7f/r/wYA7P/5/wAA2//m/8b/EQDS//j/EwDd/9v/AADJ/+D/7v/S//b/7P/u/+z/JwDs/+3/2P/b/9T/1//I/8z/+v8pANj/+v/t/+z/AADz/+3/FQD4/9D/zP8uAM3/1//W/9L/zf/q/+z/7P/t//D/AAAOANj/AAD4//T/AAAAAPD/GAAAAOz/FgDr//H/7P/k/+z/5/+6/6P/t//e/wAA+P8AALb/7P/s/+3/7/8UAOz/7P/g/+//vf/O/83/wf8AANT/8v/s/ywA0//a/9b/z//D/8z/7P/t/9r/7P/n/xQA7P/t/wAAAAAAAAAAFAARAPL/7P/s/+z/7v/y/+z/7P/t/xQABwDl/8j/2P/H/8//0/8WABQAsf+6/7P/hv+v/wgA2f/h/9P/6P++/77/5f8IABAAJQDs/8n/FADU/9L/6//M/+P/3P/u/+j/8f8UAO3/7P/W/9f/1//n/9z/3v8qANb/7P/r/9r/2P/t/xQA8v/p/+r/7P/t/wAA6//b/xcA3//s/+z/7f/t/+3/7P8UAOz/1v/Y/+n/2P/Y/wsA6f8AANH/AADU/wAA5//l/+L/CgAHAAAAsP/Q/9D/7v+3/7b/6f8YAOz/5P/r/+z/6v/X/+P/AADa/8r/yf8AAMH/CADl/+3/6P/p/+r/5/8VAOv/2//M//n/CQAAANv/+v8AANr/5//Y/9n/7f/Z/ycA2f/W/+z/7P/r/9j/4P8hAO//6v/a/8f/zf/3/wgACQDj/wAA5v/t//j/9v/X//n/+//s/+z/7f/t/+7/7/8UAO7/tf/B/6n/AADf/9H/OADY/+n/6P/r/xcA6//h/+r/4v/p/xoA7P/t/+v/0P/j/+L/GQAAANX/zv/g//r/2v/M/xUA7P/r/+z/7P/j/+r/6f/Q/8r/MQDF/8f/1P/Q/9T/1f/W/9P/7f/M/8v/AAANAPj/wf/i/6v/AADm/xUAuP/5/y4A7/8AAO//2v/O/93/6v8AAPT/AAAAAAAAFgAAANL/0P/j/8P/uf8kAOb/wf/r/wAA2P/X/+T/zf/2/+H/7f/t/+z/7P/5/+z/FADs/8H/8P/S/+f/6/8XAPT/3P8iAAAA8v8AAAAA6//n/wAAIgAAAPL/AAAAAOv/5/8AANP/4P/p//L/6//l/+v/FgDX/yAA1//Z/9T/AADX/9j/2P8JANj/5P8bAOT/4v/W/9b/1/8AANb/6f/V/+b/DAAAAN//7P/t/+3/EwDY/+z/tf/e/9P/BwC2/yAALgDG/wAAFgAAAAAA+v8AAPH/+v/d/+b/6f/e/87/CgD3/+P/yv/D/8v/3//n/9P/PwDA/+f/+f/n/wAAAADx/xcAAADZ/yMA6//p/9//2v/X/+b/x//R/9T/0v/U/zQA0v+3/+v/6v/s/+j/7v8UAO3/7v/l/9j/6f/z/+P/2/8nAOb/2f/d/+H/2f/c/9n/IADn/+j/xP+9/73/0/8jAAAAvP/p/7D/DQCg/7z/HADC/9v/7P/i/xQA8f8AAOz/FQDo/wAAAAAAAAAA9P/B/7j/xf/v/wAArf+q/7X/8/++/9D/7P/s/+3/7f/u/+//FADu/yIAEwCt/7L/sv/f/7D/5P/T/+j/1f/U/9P/DwD3/+z/7P8UAOz/7P/x/+z/7P/u/8n/8f/Y/8//5f/Z/x8A5f/0//T/6f/e//T/zP+0//n/9P/l/8v/LADk/+f/zv/R/87/3v/X/9D/6f8kANv/5//k/9b/w//X/+//HADr/+T/4f/n/87/1v/q/+f/HQDq/+//v/8PAOD/mv/e/8v/2//M/8//5//r/+D/7f/2/wAAEgDX/8P/0v/o/+z/5v8AABQAAAAAAAAAAAAAAPP/AADv/9T/5P8TAOX/xv/4/+H/5f/V/xIA5P8AANj/4//4/9X/6//1/+L/2P/J/wAAIQDc/8n/0f/X/9X/9f/h/wYA1v8AAPX/AADn/9v/HADV/9//9f+3/7v/u//D/wwAAADW/+T/6f/l/+j/6/8XAOz/JgDe/9f/2f/Y/wAAxP/Y/wAA2f/j//b/+P/Z/w4A6P/X/+L/2v/Y/9j/2P/m/ygACQD7/wAA9/8AAN3/z//r/8L/rv/7//L/AADy/+7/wf8KANP/wv/K/8L/3P/n/xAA6P+k/8n/xf+0/xkAtv/z/+L/AADj/+P/2//Y/9j/AADQ/yMAxP+7/8//AAC7/8//wv+x/8//CgDM/wYA5v/7/xoAzf/a/8P/2P/g/9P/6v/F//X/2f8ZAPj/4/+z/+H/7f/s/+z/7//t/+z/FADs/wAAAAAAAAAA+v8bAOH/AAAAAPH/1f/q/wAAMgDx/9r/2f8XAOv/4//l/+f/6//p/9n/FwDr/+P/5f/n/+v/6f+j/8v/z/+6/5//DwCx/w4A3v/r//n/6v/l/9P/3v8nAPH/rv/c/+//x/+p/yUAmf/j/9P/2v/i/97/MAC7/7z/7P/s/+z/7f/t/xQA7P/p/+r/EgDq/+v/7P/R//f/6P/p/xQAvv/i/+T/AADZ/+v/2P/d/zYA2//l/9z/3//o/wAA5//J/97/CADc/83/8v8YAOX/7P/r//D/6v/n/+n/BwDU/9f/xP/G/9//5P8KAAUA3//q//X/5//n/9f/BQALAMT/zv/g/9T/DgDg/8v/xP8bAOD/6P/W/8z/tP8bANn/AAAAANv/3v/Y/9j/2f8GAMj/2/+o/6H/+v/H/97/7P/s/+z/7P/t/xQA7P/s/+b/5v8NAJv/V//Q/+T/3P/X//T/6//r/9j/5v8PAAAAz//m/+b/5//o/w4A5//2/9n/BgDv//v/7P/p/xEA1f/o/+b/6v/o/+P/5f8XAOr/xv8bAND/zP8AAMj/vf/Z/77/0f+w//r/AAAAAO7/uv/s/xQA7P/s/+3/7P/s/+z/vf/1/+f/vf/L//j/DQD1/9r/CQDH/wAA5v/m/+P/5f8AAMH/0f/S/8j/HQDN/+f/4//3/wAAzv8AAMD/1f/F/9z/+P/n/+X/AAAAAAAA6v/Q/8H/1P/D/wAADwDg/wAA6//7//X/8P8AABEA+v/4/+z/FQDT/+7/7v/r/+r/6v/p/9P/4//u/+H/AAAXANf/4v/R/87/7P/e/xwACgDJ/8b/s/8HAL7/o//r/xcA3P8bAOz/7v/u//T/7P/Z/+z/GwDs/+7/7//2/+z/2f/s/wYAyf/Q/+r/x//Y/9D/AADn/+n/4v/b/+z/6/8WAOP/2v/o/+r/4P/r/9j/EwAAANv/3f/l/+n/4//U/yAA7P/j/+v/6P/o/+r/AAATANj/v//m/87/FwDc/97/AADl/xMA4v/a/77/5f8AAMn/7//D/xUAt/+5/7z/pf8OANn/2P/Z/9r/6f/a/9v/JwDk/33/0/+t/ysAAADV//D/0f/O/+//BwCc/4//FgDi/6z/zf/N/97/ov+X/zkArP/O/9f/5//k/+T/8v/Y/x8A4f/h/8b/vv/1/+H/6//c/w8A8//q/+r/8v/s/+v/FgDr/wAAAADk/+L/6f/T/wAA6v/X/+f/5P/k//L/2P8fAOH/7P8LAOz/6//s/+z/AADr//r/AADj/9//3P/b/wAA2f/h/wAA5//Y/9n/3f8AAOf/1f8MAM//7P/V/9T/5v+8/xUA6//o/+r/7f/r/+r/6v/c/xQA6v/2/+3/1//6/+z/y/8lAPb/6//o/+L/CADp/7f/LACz/7T/pP/G/8P/9//s/+z/FQDr/+3/6//r/+v/9//C/wgA4P/z/7n/+f/l/+v/KADs/9j/yP/M/+v/4//r/9v/6v/f/9b/2//g/yEA3/8AANv/5//f/9n/2P8AAOz/AADs/wAA5//r/9n/5/8VAOz/6//s/+z/4//q/+n/2P/Y/+z/7P8AAOT/EQDq/wwA2P/I/8n/zP8AAPb/4/+i/9j/z/+1/8P/rv8wAMT/7P8UAPf/+//u/+3/7P/t/9T/0f/q/+b/3P/h/xMA6v8AAOf/2P/e/+b/1/8AANf/AADU/8P/1//f/wYA+f/e/+P/0/8AAMH/0v/G/87/IADk/+n/6//s/xUA6//q/wAAzf/X/xcAzv/O/x0Atf/b/ysA3f/c//P/5f/f/9T/7P8TANH/0P/K/9r/8P/1/87/9//s/+z/7v/u/xQA7P/s/yYA+f+z//n/m//r/8r/4v/W/9z/+f/1/+3/AADn/wAA7//S/9X/5f/s/9j/9//u/+X/1f8pANr/0v/R/9P/2//p/9j/4f/q/+j/3//k/yIA7P/r/9j/4/8UAAAA2v/q/8X/CADj/+j/7f8UANf/7P/Y/+j/4v8AAOv/AADY/wAA2f/L/+f/6P/0/+j/1f8dAOL/3v/a/9n/6P/Z/97/JADc/wAA6//X/+z/EwDY/+f/9P+t/7f/xP/b/+P/8f/l/+b/z//i/+7/AADp/yEA6P/b/wAA5f/Z/9z/2P/U/wAABwDc/97/5//Y/9j/AADs/+j/5P/R/+H/EwAIAO3/5//o/+z/5//H/xYAAADs/+r/5P/0//f/AAAAAOz/GwAUAPP/+f/X/+v/AABJAPP/tf/p/+T/6P/k/+f/6/8XAOH/3f/X/+v/3v/k/+D/HQDo/+j/GgDr/+3/7P/p/9n/7P8AANP/1//W/9n/2P8AANb/of+r/8b/u/+l/yUACQDk/9j/4P8AANv/AAD4/w0A0v/M/7f/5f/J/woAEQDS/+3/EADs/9D/6P8TAAAA4//c/w0AEwDs/93/5//2/83/6v/T/6v/uP/c/+X/EgDI//r/9f+g/wgAyf+u/93/2//n/+v/FwDo/+v/3P/q/+f/5P/Y/9n/3/8UAOj/2f/2/9b/AADs/+z/7f/x/+z/FADp/yIAAADy/wAAAADr/+f/AADW/+z/FADw//v/7/8AAN//2P/f/9v/3f/f/wAA4P8AAOH/8P/p/+n/7P8XAOj/6v/h/+z/7P/5/+3/FADs/+z/+v/l/+v/+v/2/wAA6/8TALT/6P/i/+P/1f8GAAYA2f/l/7X/6f/6/8T/wv8UAOf/3//m/+3/7P/s/9r/3v8oAOz/7P/s/+z/7f/s/+z/FADv/x4A9f/7/wAAGQDc/+j/8v8UAOz/7/8AAPT/5//s/4X/8f/o/7j/ef/y/wAAAADn/+X/7P/r//X/FwDq/+T/AAAAAAAA+/8AABQAAADs/97/z//e/+L/6v/d/zIA1P/O/+//w//s/9n/IQDE/9T/2P8AAOv/6//g/9r/3v8QAPT/5v/j/+D/7P8AAPn/zf/s/xQA7P/s/+z/7P/s/+z/6/8VAOr/7v/T/+v/6f/p/+r/6f/r/+r/6f8WAOb/6//p/w0A0v/Y/9H/0v8NANL/6//s/+z/8f/1/+//FADs/+v/7P/s//H/9f/v/xQA7P/e/9r/2P/p/+j/2P8oANr/3f/X/+v/3v/k/+D/HQDo/8T/z//n/9X/7v8NANH/9v+5/+b/wf++//H/AACf//H/5//3/xQA1/8AAOz/5P/s/+v/FQDt/+//6//r/+r/7P/r/+n/5v/k/+r/FgDq/+r/0v/R/+f/w//H/9H/CwAOAN//5v/t/+z/7P/a/97/KAAQABQA1//s/+r/7P/c/+b/+v/t/+z/AADz/+3/FQD4/ycAAAAAAAAAAADt/9f/8//r/xYA3//h/7r/6v/E/wAA1P/R/93/AADT/+v/yv8AANj/2v/l/9//7v/C/wYAAAAAANL/1/8AANP/5/+7/+r/9f/q/77/2P+0/8P/r/8GABcA5//n/9L/8//X/wkAGgDY/8T/z//A/+b/6/8AAAAA2P/p/+z/7f/t/+v/HQDn/9j/JwDQ/9D/0f/M/8j/4v/2/wkAuf+3/9D/1v+//8T/2P/p/+z/7f/t/+v/HQDn/wAAAADS/9H/4v/b/9T/rf/n/+n/6v/Y/+z/9/8AAAAA8P/q/+D/AAD0/+z/8v8UANb/2P/p/wUA1/+9/+X/IwAYANn/AADu//X/1//p/8f/4v/j/9//3P/L/9b/JADT/+P/5v/i/93/zv/Y/yEA1P/U/x4A3P/i/9r/9f/E/+7/2f8nAOH/8f/v/+z/2P/k/+v/4v/n/+3/7P/Y/9r/KADU/9r/3//w/+H/zf/S/yEA7P/s/+z/FADt/+7/7P/s//b/KwD4/wAAAAAAAOn/+v/2/+X/8f/3//f/7P/v/xQAFgD5//j/AAAAAOn/7P8AAAoA0v/n/+X/+P/e/+n/+P/s/+z/7f/u/+v/7P/s/xQA7P/s/+v/7P/s/+v/FADs/+n/6v/t/wAA7P/p/wAACQDY/+z/7P/Y/+r/DgDY/wAAx//K/wAAxf/B/xAA7v/q/8z/3P/l/73/3/8AAAAA3v/c/xUAAAAAAAAA4v8AAAAAtv/O/83/p//M//T/AAD1/+r/7P/t/wAA6//b/xcA3/8UANf/AADX/9v/1//q/wAAAADs/+//GACy/9j/zf/Y/93/AADs/9z/3v/b/wAA2P/r/+r/5v/g/+z/5P8UABQA7f/t/+z/4/8AABQA1f/s//j/4P/G/xYA0f/m/9X/DgDk/wAAAAAAAAAA6/8aAAAAyP8AAMv/zf8AAN3/w/8AAOP/6P/P/+T/6f8mAN7/AADu/+3/8P8AAPn/7P/s/xUA6v/s/+n/6v/s//b/FADd/7X/zv+5/9L/xf8lAB4ArP/q//D/7P8AAO3/FADu/wAA2f/h/+z/6v/7/xgA6v/k/9z/0v/W/93/1f8eAOv/6/+5/8H/6/++/7z/JgDP/+T/1//S/7f/4v/N/ycAq/8AAL3/y//T/xAA1/8VAMn/zP/o/7r/zf/m/8H/KADh/9H/IADE/87/zf/O/8f/s/8FAPr/1P+7/7T/1v/S/xcA1//d/97/7P/w/9v/xP/h/z0AAADY/+H/5//p/xQA2P/h/9D/x/8UANn/1v8pAOb/zv/q/9z/1v/n/+X/CQAAANj/zP8AAN7/q/+6/6H/AADZ/+D/AAD7/+L/EwDY/+//2f/b/+3/3P/j/xQAz//s/wAA2P8AAN//6//i//P/6P8UAOz/8P8AAAAAAAD6/xQAAADn/8r/uP+y/9v/5v+4/yQA6P/N/+z/AADu//P/2/8OAOz/7/+s/8L/yP/i/wAACwAOANn/5P/k/wAAAAAAANv/6f8WAO//+P/q/+3/9P/u/+j/9//n/yMA4//X/+r/xP8AABQA2P/y//b/4//E/93/7v8UAO//8f/z/+z/7P/v/x0AAADh/+3/9v/j/9b/4//q/wAA9P8AAAAAAAAWAAAAAADq/+L/7//p/wAA5//k/6n/r//V/8T/x/9AANn/w/8AAPr/9v8AAAAA8P8YAAAA7/8qANr/+P/f/9b/1v/j//H/u/+z/xAAv//C//f/4P/5/xcA+P8AAAAAAADy/wAA7f/s/xQA7f/t/+z/7P/s/+n/6//o/+r/5//k/xYA6//o/+X/BQDY/+v/6f8JAOv/yf/v/8v/4//o/8r/UgDG/9n/BwDX/9r/FAAAANf/tv/g/97/3P/f/3//4v/P/woA6//r/+z/5P/s/+r/6/8VAIT/4P/N/63/DwAqAMX/0v/K/wwAu//P/xIAwP/v/wAA6P8VAO3/+f/t/+v/9//s/wAA2f8AAMr/6f/r/9X/6v/N/+X/yP8AANj/x/8PAA4AqP/a/73/AAAKANn/AAC8/yIAAADy/wAAAADr/+f/AAAVAAAA9f8AAAAAAADf/wAAEADs/9T/2v/e/+z/9f/X/+z/GQDY/9f/6P/X/+j/6/8AANX/1v/g/9D/r/8NAMH/+f/j/9D/0v/b/9b/2/8UAAAAEwDV/9v/2//O/9b/+v/q/xUA6v/s/+b/AADJ/+n/7P8UAOz/7P/s/+z/7P/r/9j/x/8tAMX/0//Z/+n/0P/s/xQA7P/s/+z/7P/s/+z/4//Z/7r/vv+//7T/AAAKABcA8P/B/9n/5P/b/+L/4//t/+n/JQDp/+z/1P/s//b/yf/N/9r/pv/o/+3/CQAAANL/tv/H/8j/tP8XAAkAv/8QAOr/HADf/+r/EADO/9z/5v/i/87/xv/a/ywA6P/P/+b/2/8UAOD/DgDn/+z/2P8GANb/4v/v//j/2v/j/xMA1/8KANj/5v/p//n/DQDf/8z/wP+5/73/DwDq/+//GwDY/9n/8P/K/xAA5v/j/w4A5f/r/xUAuP/s/+T/y//t/xoAxf+3/y4A0v+9/8//i//R/wAA6P/r/9f/3/8UANv/7P/s/+v/8P/w/+z/FQDs/+z/7P/r//D/8P/s/xUA7P/p//T/6//s/+H/2P8UAOX/7P/a//X/AAAAAO7/FADw/+j/tv+9/+r/8//U/xwA0v/Z/xMA7P/o/9j/6f/b/wAA7P/u//L/7P/v/+3/FADs/+v/6/8AAOP/7P/r/xQA5//l/8P/tP+s/wYA0P8AAO//7P/a/9b/3v8AANb/8v8AABYA0//l/9z/3f/Z/+z/6f/M/9L/0v/e/+z/JgDk/8r/+P8AAPn/AAAAACgA8f/Z/+r/1f/H/+v/8f8AAOj/EwDY/+f/6f/q/+b/2P8nANz/wv+r/zMAsv/D/87/4f/I/4//vP+//7//qf8zAB8Ajf/o/+z/7P/s/+z/BgDa/xMA2P+y/+P/0//n/z4A0P/C/+v/t//0/9//2P+//xAA+f+3/77/3/8FAHb/4//c/wAAJQDc/+D/6//u/9r/9f/g/+H/8//g/+j/1f8UAM//7/94/y8AvP+T/6b/1P/l/7f/CADg/9P/5f/b/+n/5/8AAAAAAAD4/wAAAAAWAPv/9//g/8j/AAC5/9L/uP/N/zIA5P/5/+X/y/8NAOr/xP8NAAAA7P/s/wAAAADs/+r/FADZ/+z/7P/p/xQAAADZ/+3/2f/p/+v/5//v/93/GgDb/7H/2v/o//L/AAAAAOf/4//Z/ycA4v/y//L/7P/Z/+X/1v8fAOb/2v/r/wAAwv/Z/+r/7P/s/wAA7P/s/xMA4P/s/+z/7P/1/+3/7P8UAO3/2f8AAO3/6P/s/9n/AADr/+z/FADs/+z/8f/s/+z/7f/c/xQA5P/k/+z/4f8AAOz/6v8VAOP/7v/w/+v/6P/p//T/CADJ/9j/2//m/8D/x/8gANz/5f/r/+7/5f/S/9b/3f/R/+n/6//p/9b/6v8nALb/zf8tAM3/yP/1/9b/wv/s/+z/6v/t/+v/FgDs/+n/5P/g/9f/1//n/yUA4v/V/wAAAADk/9L/vv/V/wAAyv/E/9n/2v/Z/xEAyv8oAPv/7P/v/+r/8//1/+z/FADt/wAAwf8QAMn/AADl/9r/6f8GAND/7P/L/8f/EQDI/9j/DwDc/+n/7P/m/+T/AADh/6//MQC1/8D/tv++/97/zf/s/+z/7P/1/+3/7P8UAO3/7P/s/+v/BgDs/93/FADS/93/LgDY/9z/2f/V/8L/1//a/xMAAAAAAOv/4P/a/+v/vv/I/wAA1f/c/wAABQDY/+D/FwAAAO3/2v/H/+X/CwDR/9T/yv/R/9T/xP89ANf/7P/s/+z/6//w/+v/FADs/93/1//r/97/5P/g/x0A6P8iALX/8/+p/6P/mv8IALT/7P/s/+z/7P/s/+z/7P8UAAAA1v+z/8f/wP/q/4r/CgDb/+P/6v/W/93/4v/X/x4A4P/Z//H/AAAAAPj/KgAAANb/3f/H/9n/8f/K/yoA1/+9/+r/2P/c/83/wP8mAMD/0P8qAPr/AADm//j/2//V/83/JADM/6X/9v8AAMT/qv/w/wAA7/8nAAAA2v8AANn/4f/T/8v/0f/u/9X/8f8JAOj/8v/u//b/AADp/xoA7f/s/+j/7P/a/xwA7P8fAOz/8v/o/+b/6v/s/+n/9v8UAOz/+f/Y/6//5v+e/8j/7/8WAMn/1//R/8T/6v/g/wkAAAAOAOz/9v/p/xMAyP/E/8T/pv++/7H/IwDw/wAA5//I/7v/vf+7/8b/0v/w/y0A9//p/+f/2/8IAOr/xv/w/+r/FwDq/+r/7P/q/+n/5P8lAML/4P/F/+H/uf/t/8f/w//1/8H/wf/i/9z/4/8OAMv/AADq/yIA4v/k/+v/3f83AM7/2P/E/9f/o/+//8P/1v8YAAAA6f/Y/+L/z//r/9b/DADm/9z/2/8AAM//1v/W/73/1//U/93/1/8qAOv/+v8AAPb/+/8AAPn/IgDv/+z/FADs/+z/7f/s/+z/7P/l/x8A4f/c/+H/5f/a/+r/2f/X/9v/y/8AABoA2//V/+z/AADs/+z/5v/o/+v/FAD3/+P/3v/q/+r/6v8AAAAA7v/Z/9n/1//W/yIA4f/V/87/xP/G/8P/0/8qAMr/uP8AAPr/9v8AAAAA8P8YAAAA2P8oAN//1v/c/9j/2P/Q/+v/FQDs/+3/7P/r/+v/6P/I//r/3v8AAM3/GAC8/+n/+f/V/+L/3v/4/xAA2//M/wwA0f/t//r/8v/s//v/5f/X/+r/2f8aANr/6f/b/+j/2f/d/87/2v/4/zAA2P/b/wUAAADZ/8T/w//4//P/yv/B/9D/wf/r/9H/IgAQAL7/HwDn/+P/6P/f/+X/y//r/87/AAAAAAAA6v8aAO7/4P8NAMH/5//b/+v/4f8AAMH/7P8UAO3/7P/s/+3/7P/s/9T/1f/e/+r/+P+1/8j/KwDW/83/5P/Q/+3/IADX/8T/AADm//b/z//s/8n/0v8AAAAAAAAAAOD/2v/V/+D/EADs/+z/7P/t/xQA7P/t/+v/3P/Y/+r/2f/1/xQAAADY/9j/EQDY/9v/AADr/93/3P8ZAAAAAAAAAAAA3f/q/+v/2P/P/9r/1/8AAA0A2v/m/+z/7P/w//b/7P/s/+//FAAuAOf/zv/T/8f/4f/W/8v/2P/e/9b/2P/Y/yQA0v/5/xQA1f+//8f/uf8bAMr/4/8XAMD/yv/K/9X/4v/u/77/5//g/9P/2f/K/9T/GADy/+v/2//q/+D/1v/c/+D/IQDn//T/FADz/wAA5v/t/+z/0v8KAMf/v//v/wkA3f/d/+v/1v/s/9//4P8AAAgA3P8PAMj/zf+x/+//+P/d/+v/CwDb/8//1//k/9L/+f/O/+//0P/I/9H/EwC5/8L/EQDl/+r/6/8XAOv/4v/l/9//FgDg/9f/0f/n/9//AADl/8j/SgCD/3//AADE/7H/f/8AABQAAAAAAAAA9v/x/wAAx/86AN3/2//M/9j/vf/Q/9f/FgDm/97/5//U/+v/2v8AABQAAAAAAAAA9v/x/wAA7P8UAOz/8v/2/+z/7f/t/+z/FQDs//H/3v/s/+r/6f/V/y8A3f/t/87/4v+7/+b/qv80AH7/n//c/9P/s//z//T/DwDu/wAA7P/r//P/8//W/yEA5f/h/+D/6f/W/8b/2P8gAMv/zP/Y/7j/AADd/xEAv//q/8j/s//J/xIApf/e/+v/5v/q/+T/5//h/xkAzv8HAN7/t/8YAPT/AAC7/8v/6P/X/wAABgDZ/53/5f/n/8//2f/w/wUA3v+M//D/FAAAAAAA0v/W/+n/7P/R/9f/2P/G/7n/4//T/w4A8v/c/wAAxf/U/8L/9P/J/7v/5//u/xoA8//p/+n/4//Y/9n/JwDh//H/7//s/9j/5P8AAJ3/1//4/+b/1v/b/+j/0f8AAOP/z//U/+P/AADL/+7/7P/s/+3/FADr/+r/7P/s/+z/FADs/+z/7P/s/+z/5/8nANr/2P/X/9n/6f/X/yIAAADy/wAAAADr/+f/AAC7/9r/pv+4/xUAvP/z//P/0f/E/8r/4/8AANP/3f8ZAN//7v/M/9r/KADT/97/0f/d/+7/4v/z/xMA8f/u/+r/2v/O/wAA5P/v/+D/2P8PAOz/7P/t/+3/7f/u/xQA7f/M//n/GADF/9H/zf/l/9H/7f/E/+T/2P8AAMr/AAAHAPP/8P8AAL7/EQDE/5X/FwAoAAAA1v/V/9P/2P/W/83/DgDs/+3/4v/y/9L/EwDt/+n/6v/r/wAA5f/W/+T/EwDM/9X/5//v/+j/EgALAOb/2f/Y/9j/EwDv/9j/AADE/+r/6f/r/+r/6f8WAOb/6//p/+n/FgDo/+j/6//o/+r/1//q/+3/7f/u/9z/KADY/+X/2v/k/+P/wv/f/xEAAADt/+z/FADt/+3/7P/s/+z/1f85AMX/zP++/63/1P/b/9b/2f/q/9//2//J/xUA8f/E/zgAwv/D/9X/rv/V/9r/uv/z/9j/yv+8/7//EwDD//X/6v/p/+//6v8TAOz/0v/X/+X/2v/b/9j/EwDj/wAAyP/O/9L/4f/s//b/8//Y/wAA5P/T/+T/6v8eAOP/0P+0/yYAyf/I/7H/v//j/9L/AAA1APj/AAAAAPD/2P8AANz/1f/Y/9r/4P8AANj/DwDJ/wAA3f/c/+v/q//r/7n/6//r/+z/6P/s/9z/7P8XAN//1P/W/8T/+f8PAOD/4f/p/+n/6/8AAOv/AADr/wAACADu/9P/vP/H/9P/+P/0/xgA8/8AAAAAAAAAAOf/9f/s/+z/9//3/+7/7P8UAPv/7P8UAOz/7P/t/+z/7P/s/8P/AADQ/+H/zf/W/wUAAADE/9f/6P/D/7n/KwDo/7z/+f/b//r/1v/1/9j/AADX/9L/y//W/+D/4//X/ywA4v/M/9T/2//S/9b/1f8qANn/xv/r/x8Asv8JAN7/y//V/+3/AAAAAAAAAAAVAAAAAADv/97/4P/V/+P/5//h/yIAEgDm/+f/7P/o/wwAx//i/9r/sv/P/9H/wP8AAM7/BgDK/+r/4P/p/+T/2v8RAAAA6v/o/+b/4//b/9z/HQDX/+3/7f/s/+z/7f8UAOz/7P8rAPD/s/+v/8P/4//E/7v/7f/a/xIA3f/s/9n/6f8QAOn/yf/C/9X/0f+4/xUA9P/s/xQA7P/s//H/7P/s/+7/0f8XAAAA4v/b/97/xP/h/9r/JwDX/9D/5v+//+L/2v/q/+f/9v/k/+//2P8UAAAAAADB/xYA6/+2/wAA1v/X/9r/6f/s/+z/7P/l/xUA7P/r/+n/8//0/wAA9v8WAAAAEgDf/9j/2P/Z/+H/AADh/9r/AAD6/+n/2//d/w0A5f/t/+z/6f/v/+3/7P/s/xQA6//w/xUA7P/o/+n/6//q/7r/2f+///D/xv+7/zEA3v/P/+D/EgDc/wAA5P/g/+f/9f/R/xkAyf+2//r/0v/Y/9D/zf8AAMb/CQARAOf/1//q/+z/7P/o/+z/3P/s/xcAzP/D//v/1v/w/woA1P/o/8b/4f8NANr/EgDU/+n/3P/f/+b/7f/s/+z/2v/e/ygACADE/8j/yv/B/xkAuf/I/8f/JQDZ/8X/zP++/+X/v//g/9r/4//q/9T/6/8iAOb/7//t//H/AAD7/+z/7P8UANb/2f/f/9//3//X/ykA1f/Z/wAAyv/d/xMA1v/H/wAA7P/s/+v/7P/s/xMA7f/s/9D/vv/a/7v/sv8MABQAzv8AAJ7/0f8AALn/5v8HALr/EwDs/9f/5f/1/wAAzf/G/wAA3f/k/9n/5//1/+T/AADN/8r/AADQ/9L/AAD4/9T/3P+9/97/8P/r/+n/yP/h/8j/4P8WAOX/xP/p/9z/CgAUAK7/vP/F/+f/1v8OAPX/EwDr/+z/7v/0/wAA6v/p/9n/sf8wAOH/oP/O/+//6v+u/8n/AADW/7z/BwDE//X/nP+Z/9f/uP+q/wwA3//d/+H/6//s/xQA2P/l/+n/AAD0/9j/7P/c/+//FADn/+z/7v/n/9r/5f/Y/+T/EQDq/+7/7v8AAAAAAAAVAAAA7//p/+3/6//r/+z/7P8UAOT/CAALAN3/2P/X/+b/AADq/+v/AADP/+z/FADp/9P/6v8AAAAAzv/U/8L/+//5/+X/AAC0/9H/xP/Y/+v/CADR/xIA1P/I/9f/AADT/+j/BwDZ/9b/3P/u/+3/AAAAANn/6v/h/+z/8f/q/wAA6v8AAPr/9/8AAPH/AAAAANj/8/81AOX/6//R/9//1P/I/+f/4v/a/+z/6//v/xcA5//s/wwA5f/m/+r/FADW/9P/7/+u/6T/NACw/9v/BgDi/67/y//L/xgAxv+5//b/3f/i/+j/1f/Q//X/5/+9/y0Ayf8AAOT/2v/n/97/7P8KAOX/5//r/xMA5//Z/wAA2P/q/9j/5P/r/+r/9f/h/w8AAADr/9v/6v/f/9b/2//g/yEAIgDc/+n/4v/p/+H/3f/S/9r/5//Y/9n/7f/Z/ycA2f8KAOD/2//Y/+f/8P/F/+f/2f/X/ycA2P/d/9r/2//K/8n/zv80ANT/3v/H/9v/zP/r/+r/GgDf/+f/6f/X/+r/4P/n/ywA3//V/9D/1f/i/7P/0P8lAPP/vP/n/9P/5P/s/97/2v/r/x8A6f/Y/+v/ov/a/+n/z/8lAM7/0f/s/wAA0P/D/8j/0P/M/6n/CwDn//r/xf+9/8v/DADo/9//6f8AAOr/6P/s/+v/FADr//r/0/8JALP/0/+9//n/DwCY/93/BwDW/+D/zf88ANH/+f8AAMn/1v8MAKv/zv/q/+r/AADa/9v/2//g/97/EwDc/83/zv8SANr/z//v/wAA2/8AAOn/yf/h/wAA8P+//8f/2v/l/9f/1//1/x8A4/8qAOn/1//5/+//5v/J/93/KgDs/+z/+v/w/+r/zP/t/9n/DQDH/8X/xf/w/+7/of/l/+T/7P/r//L/FwDq/+b/o//S/wAAEwCc//L/yP8AAOv/FQDp//H/7P/r//f/6v/d/wAAFADk/8v/8P/W/+r/5v8QANv/5v+p/w8A7P/l/8r/1//a/+v/6f/X/y8A4P/N/8L/6f/l/9L/HADp/+L/JwDp/+P/4f/v/9f/2//j/+n/6f/i/9j/3f/r/67/EgD4/+r/6v/p/+j/zf/b/yMAAADq/8H/2/+m//P/3P/y/8D/6/++/8z/IADd/83/0P/H/+L/wv8SAOb/FADV/+n/uv/X/+T/2P/h/9H/KQDo/7r/AADD/8H/1P/S/wAAuP/S/9r/3v/L/6f/1v/P/wcA4/+6/9H/1v/Z/9L/+P8IABcA4f8AAAAAAADf/+v/4f/U/97/1P8LAN3/0P8AANX/9f/K/8z/t//X/wUA4P/1/9j/FgDp/97/6P/d/+v/3f/Y/xYA6f/e/+j/3f/r/93/1f8gAOr/w//C/xQAxf/s/9b/4v/Z/9P/w//M/yoAz//o//D/6P/o/+b/6v8VAPn/1P/P/7z/yP+//wAADQCv/9//IwDn/+H/5f/Z/+X/1//3/+P/u//u/77/1P/O/+P/vf8FAIv/AAB3/+T/r//s/+r/FgDb/+3/6//r/+r/6v8hANH/xv/A/9f/AADE/9v/MwDd//P/+f/e/+r/DwDI/ygAy//c/8X/2f/M/8z/6v/6/+j/7P/z/wAABQC9/9H/5P/e/+7/FADr/83/7f/i/9v/1P/r/8j/o//q//P/4P/q/9f/zP/E/xAA+f/x/+D/yv/W//n/AAAAAAAANwDy/8b/vP/Z/wAA0f8cALn/yv/Y/xgA6//i/9v/5v/r/+f/rf/A/73/DQDE/63/HADE/wAArf+7/9L/0f8AAOr/3v/e/8j/AADr/+T/+P/w/8r/rP/X/+j/yf8VACAA9P+4/9b/JwDV/9r/6f/g/+T/0/8ZAAAA3P/Y/9f/yf/k/9j/FwATAAAA+v/Y/+P/7P8QAO3/7P/p/+//7f/s/+z/FADr/+v/6f/q/+v/5/8VAOv/u//N/wAAGgDi/7T/qv/A/7j/t//B/xAAyv/g/x0Awf/r/+z/FADs/+z/5//w/+z/1/+1/3b/6//B/9v/4P/5/9f/w/+x/7r/n/+V/xwA+P/l//r/r/+w/+z/9v8QALr/wf8MAMz/2P/K/woAxv/Z/wAAAACT/8v/kP/x/4f/sf/5/9b/3f/H/8T/EQALAOf/lf/p/+v/3v9T/7H/v//S/9T/BwDx/9//u/+j/9T/2v/T/8b/3/+2/8//4f8AANT/uP+s/+X/+//V/97/AACv/+T/uP/i/8j/nP8AAPr/6f/e/67/3v/N/9j/5v/D/wAAAAAAAAAAAAAAAAAAAAAAALv/MgCk/3L/uv/C/+3/1v8bALP/pv+X/6X/mP8eAKX/uf/f/wAA5f/k/8//MwDm/xwAtP/i/37/sP/B/+//0v/g/+b/rf/b/+r/6//O/9v/6//r/+v/6v/t/+j/FgDq/wAADQAAAPn/6v/P/8L/xP8AAAAAAAAAAAAAAAAAAAAAAADd/9D/0v/Y/8r/+//z/+z/FADp/+r/7f/s/wAA6//S/wAA7v/R//H/wf/P/87/zf/L/9j/q/+6/6D/+v/b/xsA5f/m//H/AADn/+L/5P8AAAAAAAAAAAAAAAAAAAAA8v8AAPH/AADv//L/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//0/wAAEwD3//H/4P/t/+z/+v/x/+z/FwDs/wAAAAAAAAAAAAAAAAAAAAD3/xIA+P8AAPH/7f8AABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/93/4f/d/+T/4f8cAN7/7P/s/+z/7f/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+7/7f/w//j/FQDs/+v/FADt/+z/7v/u/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD2/wAA8v/y/+z/+/8AAAAAAAAAAAAAAAAAAAAA+P/3/9X/v/8JAML/1f8oAOz/7P/v//D/8v/s/xQA7P/h/xMA+v/4//D/GQDe/9//+P/a/wAA2P/L/9H/BgC0/xQA7P/s/+3/7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAA6/8TAAAAAAAAAAwA9P8AAAAAAAAAAAAAAAAAAAAAAADW/+v/6f/r/+v/6/8VAOn/0//I/woA1v/U//L/4v8KAAAAAAAAAAAAAAAAAAAAAADs/+z/+f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuv8AAM3/0//0/w4Avf/d/+z/7P/s/+z/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+3/FADs/97/5f8jANL/5f/a/8v/3f/s/+7/7f/s/wAA8P8UAOz/AAAAAAAAAAAAAAAAAAAAAO7/6P/t/+z/GwDr/+z/6v/Z/9b/JwDb/9r/2f/b/9X/3P/e/yUA4v/d/9z/2P/a/wAAAAAAAAAAAAAAAAAAAAANAAAAuv/E/9X/zv/t/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+b/4//Z/+7/AAAAANj/8P/t//b/7P/z/xUA6//q/wAAAAAAAAAAAAAAAAAAAADs/xUA6v/s/+z/7v/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//b/8P8AAAAA+f8SAAAA6//q/+T/8P/W/+v/BQDW/wAAAAAAAAAAAAAAAAAAAADx//n/FAAAAAAAAADs/+z/6P/r/xUA6//t/9//4P/s/xQA7f/z/wAAAADs/+z/7v/v/wAAFADv/wAAAAD6//D/6v/s/xUA7P/s/+L/6v/s/97/2v/N/93/CADv/wAA8v8AAAAAAAAAAAAAAAAAAAAAy//J/8z/wP/5/8v/5v8bAOf/6//s/+z/7P8VAOv/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+f/FQDs/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//z//j/3//0/x0AAADh/9f/6f/n/+z/7P8AAO//CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAN//4P/V/wAA+f/R/+H/5P/j/9j/5P/g/9//HwDs/+z/8v/t/+z/7P/s/xQA7v/s/+3/FADs/+z/7P/s/8D/zf/f/wsA+P+6/wAAxv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/6//L/+/8AAOX/EwD1//T/8P8AAO3/8f/s/+7/FAAAAAAAAAAAAAAAAAAAAAAA7P/t//j/+v8AAPj/FAD6/9n/1v/Y/+z/6//q/wAAFADs/xQA+v/0/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAMv/zv/f/9P/5P8PAPj/7P/s/+z/7P/s/xQA7P/s/ygA5//r/9H/1//m/9n/zf8AAAAAAAAAAAAAAAAAAAAA0v8AAO7/z//m/wAAzP+p/wAAAAAAAAAAAAAAAAAAAAD3/xgA4f/Q//T/7f/y/8T/7P/s/+z/7P/s/+z/FADq/+z/7f/s/+3/7P/s/xQA7P/w/+z/AAAAAAAA+v8VAAAAAAAAAAAAAAAAAAAAAAAAAO7/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAADW/+n/4f/A/9L/IwD4/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A8v8AAMr/9//M/xAAwP/p//n/AAD3/9//0P/l/8//DQAAALj/AAAAAAAAAAAAAAAAAAAAAO7/7//s//r/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAADgCy/7X/yv+v/7P/BgCb/+3/7f/t/+z/8P8UAOz/7P8TAN7/3P/x/+L/5//q/wAAHQDt//H/9P/s/93/5P/o/ygA9f/v/9j/4f+1/9r/1/8AAAAAAAAAAAAAAAAAAAAA+P8gAPL/AAAAAAAA9f8AAOz/7P/s/+z/7P/s/+z/FADp/+j/6/8XAOv/4f/q/+L/7P/s/+z/FAD2/+3/7P/s/+n/HwDY/+v/7v/Y/+j/2P/c/xIA7v/5/+3/BwDf/9r/3f/o//H/4P/q/+b/6P8eAPf/7v/s//f/+P/r/xUA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/wAAAADt/xQA9P8AAAAAAAAAAAAAAAAAAAAA1v/v/+r/4//t/xoA6//q/wAA6v/s/+j/7P/D/+T/FwC8/x0A0v/N/7n/3v8KAMH/7P8UAPj/8v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAALAOz/6/8AAAAA9v/t/+z/KgD1/7v/rv/A/7//1v+j/xMA8P8AAAAAAAAAAO7/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//t/+3/4//r/+v/3/8UAOz/7f/5/+7/7P/s/+7/EgDy/wAAAAAAAAAAAAAAAOz/FQDs/+z/7P/s/+v/7P/s/+z/7P/t//D/7P8UAO3/AAAAAAAAAAAAAAAAAAAAANH/x//Y/87/xv8AANn/BwDp/+3/9v/s//L/FADs/+z/6v/y/wAA2v8TALL/0v/o/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/+3/7P8UAOz/xv83AOv/7f/W/9n/w//E/wAAAAAAAAAAAAAAAAAAAADq/xcA6v/r/+v/6//q/+z/pv9hAMH/vv+6/8r/lf+x/+f/GADl/+n/6f/q/+n/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcA+/8AAAAAAAD6/9z/AADu/9v/3f/5/wAA6P8SAOD/9v/H/8f/v//D/9L/FwC3/wAAAAAAAAAAAAAAAAAAAADt/+z/FADt/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOj/6P/s/+j/3v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/r/+L/y/+g/+n/tP8sAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xUA1v/t/+3/6//v/+r/AAAAAAAAAAAAAAAAAAAAANn/3v8VANv/5f/r/+j/8P/p/+v/FgDr/+r/6//p/+j/6//x/xkA6f/z/+j/5P/q//f/2f/R/+b/EwD3/8b/4v8AAAAAAAAAAAAA9f8AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAFADv//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/T/8v/wv/F/wAAzP8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAANj/AAAAAOn/1//k/+L/LADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAML/yf8MANb/wv8PANX/7v8AAAAAAAAAAAAAAAAAAAAA9//l/yoA5v8AAOj/2v/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAA2P/z/xUAAAD4/5z/5P/j//n/p/+b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4A6v/s/+f/6v/a/+P/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/s/+z/7P8AAAAAJAAAAAAA9P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAwA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P/v/+z/AAAUAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/+v8AAAAAIADd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//s/+v/9f/u/+3/FQDx/9b/AADf/+v/7P/j/+v/EwDr/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAD7//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8aAPn/AADu/wAA6v/s/+z/9v/6/+3/FQDs/+r/2f/r/+n/2v8AAN3/5/8HANj/DgDo/+v/2f/Y/wAA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACkA6//r//P/6f/S/9n/2P/R/9T/0f/r/+L/8v8jANX/AAAAAAAAAAAAAAAAAAAAAOf/5P/X/+v/wP/k/xAA5f/r/+X/4P+7/8f/LACw/9D/AAAAAAAAAAAAAAAAAAAAANX/AADe/9j/CQDl/8H/4v8AAAAAAAAAAAAAAAAAAAAA1f+7/8X/xf/q/+7/OQCs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA5v/r/+j/6//p/+v/6f/0//D/AADt//H/7P/u/xQA7P/z/xYA8f/4/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/w/+3/7P/t/ygA5//t/+7/7v/Y/+n/6v/a/wAA6f/0/+z/5f8AAPn/AAAAAAAAAAAAAAAAAAAAAOj/4//o/+b/6v/r/xoA5v/s/+z/7f/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//n/8P/s/xQA7P/a/9r/7P/c/9v/2P8NAAAA9v+9/8X/yf+5/+n/0v8eAAAAAAAAAAAAAAAAAAAAAADZ/9z/6f/j/+L/HADv/+n/7P/s/+3/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/3//T/7f8UAPP/FAAAAAAAAAAAAAAA7P8AAPb/3//4//T/AADv/zAA1f/q/+n/FgDq/+n/6//p/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/U/9D/5//R/9H/zP8xANz/FADt/+z/7P8AAPD/7P/t/9b/6v8jAN7/0v/f/9r/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6/8VAOv/7P/r/+r/6v/s/+z/7P/u//L/7f8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQD0/wAAAAAAAPX/5//p/wAAAAAAAAAAAAAAAAAAAADh/7z/y//K/+f/0v+8/xcA5//r/+r/4//r/+j/FgDs/woAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/+z/AAAUANj/5v/f/+z/7P/s/+z/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADs//L/9P/1/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAADo/xQA7/8AAAAA7P/o//r/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+f/3//V/8//AADX/+//AAAUAO//AAAAAPr/8P/p/9z/FwDc/+3/6v/q/+j/FgDq/+r/4v/q/+v/6f/o/+z/7P/s/+z/7P/s/xQA6v/s/+z/7P/s/+z/7P8UAOr/PADE/6b/cv8AAJn/tP/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/6//j/9b/2P8PAM//6v8AAOz/7P/Y/xQA3v/c/9j/AAAAAAAAAAAAAAAAAAAAAM7/5f/c/+L/CgAWAOr/3f8AAAAAAAAAAAAAAAAAAAAAFwDs/+3/7f/s/+z/7P/n/xIAAAAAAAAAAAAAAO7/AAAAAAAA7//0/wAAEwD3//H/AAAAAAAAAAAAAAAAAAAAANf/+/8MANb/zP/g/+f/1P/R/9j/2P8SAN7/7P/a//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDp/6//vf/C/xkA0f/c/+z/7P/s/+3/7f/s/xQA7P8UAO3/7f/1//D/7P/s//T/3//g/+L/EwDV/wAA5P8AAAAAAAAAAAAAAAAAAAAAAAASAPL/AAAAAAAAAAAAAAAA7f/u//r/8v/s/+r/7P8UAOz/7P/s/+z/7P8UAOz/7P/3/9H/JgCT/3//5/+5/8z/AAAAAAAAAAAAAAAAAAAAAPT/8//z//n/AADs/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7//z/+z/7P/s/+n/7P/s/+7/AADs/xQA7P8AAAAAAAAAAAAA+f8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/HwDY/+v/7v/Y/+j/2P8UAOz/7f/u/+z/7P/t/+z/6P/h/9T/5f/i/wcAuv8GABYA3P/Z/+D/AADD/9H/5P/s/+z/7P/s/+z/7P/s/xQA7P/t/+//7P/y/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/v/xQA7P/s/+P/1v/y/9T/zP/I//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FQDs/+//7v/z/+v/6//Q/xkA5P/j/9j/8P/M/+j/AAAAAAAAAAAAAAAAAAAAAOb/GgDm/+b/5//m/+X/5f8AAAAAAAAAAAAAAAAAAAAA+P/L/+3/xf+5/+z/8f/l/+P/zP/I/8X/6f/D/8D/LAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6/8UAOz/7P/p/+P/5f/l/+f/6f8aAOf/5f8SAMX/lf/A/7b/9/+z/wAAAAAAAAAAAAAAAOb/IAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/7P/v/+//7P8UAO3/FADs/+z/7f/v/+z/6//s/+f/FQDv/+z/7P/s/+r/7P/s/+z/7P/s/+z/FADs/+z/xP8WANb/x//Y/9T/DADZ//n/FwD4/wAAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAA7v/w/+n/2P/K/+7/AADq/wAAAAAAAAAAAAAAAAAAAAAVAOz/6//x/+3/6//p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8AAPr/7f8UAAAAFADw/+3/8P8AAPn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/3//D/7f/s/+z/2P/r/+z/6//s/wAA5/8AACoA6v/q/+z/7//b/9f/1f8TAOb/6v/n/+n/6f/r/wUA3v/r/+v/7f/s/9j/4P8iAAAAAAAAAAAAAAD5/wsAAAAAAAAAAAAAAAAAAAAAAAAADQDq/+P/3P/c/9r/AADi/+3/AAD6//P/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAADw/+3/9v/s//P/FQDr/+r/7P/t/+3/7v/v/xUA7P/l/wAAAAAAAAAAAAAAAAAAAADU/97/3//f/9z/8f/7/8f/7P/t/+z/9f/s/xUA6//q/9H/4//p/9v/2P/P/9n/KAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAAAA8v8AAOz/7P/t/wAA+v/t/xQAAAAAAMH/wP/Z/9L/0/8AAL7/AAAAAAAAAAAAAAAAAAAAAOv/6f8VAOv/7f/q/+v/6//Y/9X/2P/F/9j/FQDw/8b/FQDs/+z/7P/1/+3/6//1/7v/vv+//+3/tP/f/yYA+f8ZAOv/6P/y/+z/6v/l/+z/4v/s/+f/7f/v/+z/FgDs/9j/2P/o/+H/3P/k/ygA4f/g/wAA2P/V/9X/DgDX/+j/7P/s/+z/7P8UAOz/7P/s//b/AAAAAPj/AADw//j/EwDT/8n/5f/I/+r/6f8qAML/2v/e/+3/2P/1/9v/GQDo/9L/3f/R/9L/4/8eANj/6v/s/+z/7P/u/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOj/6P/n/+f/7f/i/xoA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v+8/8L/0P8fAPr/wP/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/b/+f/4P/q/9j/AAAAAAAAAAAAAAAAAAAAAAAAAADc/+P/7f/f/xUA2//Y/wAAFADs/+z/7v/s/+z/7P/s/93/2P/e/+n/3P/Y/yQA4P8UAAAA5//B/9r/7P/5/+z/AAAAAAAAAAAAAAAAAAAAAOX/6v/q//D/9f/b/+j/GwDd/+v/7P/n//b/IQDa/9r/8f8fAOn/6P/a/9j/4P/Y/wAAAAAAAAAAAAAAAAAAAADr//X/6v/r/+r/3v8TAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATANX/4//h/+T/3f8AANj/7P8UAOz/7P/s/+z/7P/s/+z/8f/1/wAA8f8UAOz/+P8qAMz/4v/J/8T/1//V//f/5v/m/+j/6//t/+3/GQDr/+v/9f/s/+7/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAATAOr/6v/p/+L/4v/f/wAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+7/7f/s/xQA2f/d/+n/5P/k/+H/DQAAAMX/3f/s/+r/2P/N/yIA+f/p/+r/8/8AAAAAFADs//b/EQDV/83/6//Z//r/xP/Z/xQA7P/v//L/7P/s/wAA7P8dAAAAAAAAAAAA8P/j/wAAAAAAAAAAAAAAAAAAAAAAAOP/FwDn/+H/7P/p/+P/1//c//P/y//z/+3/OADa/+b/xf+//9j/nP+9/+7/3f8ZAAAAFgAAAAAAAAAAAOv/AADn/+v/7P/s/+z/FQDr/+f/FQAAAAAAAAAAAOv/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAkAFQDx//H/+/8AAPD/6//0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/9f/2v/W/9n/KQDU/wAAAAAAAAAAAAAAAAAAAAD1//f/+v/4/wAA7P8aAPb/AAAAAAAAAAAAAAAAAAAAAOn/6//r/+z/7v/p/xYA6/8VAOT/9f/i//D/2f/Y/wAAGgDc/+T/4v/n/+j/5//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAOr/7P/t/+v/EgDs/wAAAAAAAAAAAAAAAAAAAAAVAOv/7v/u/+z/6//r/+z/HgDm/+3/8P/q/+T/4v/x/+//AAAAAPD/AAAAABkA8f/p/97/7P/f/9r/0/8UAAAA7P/2/+3/7//v/+3/FAAAAGP/tv+q//j/rP/M/+r/+P/l/+v/6//g/+X/6v/q/xkAAAAAAAAAAAAAAAAAAAAAAN7/5v+l/6v/HQAAAMn/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOz/7v/s/+z/6//r//D/5//p/93/6P/d/+f/FQDr/xYA6v/s/+z/7P/r/+v/2P/a/9X/6//k/8//AAAWAOX/AADY/97/2v8VANf/6f8AAAAAAAAAAAAAAAAAAAAA8f/2/wAAAAAAAB4A6f/i/+P/AADy/+3/9P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/7v/3/+z/7P8TABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAOX/6P/a/+v/5P/k/9//9P8UAPn/7//x//r/7P/z/wAA9f/I/9f/y//q/wgA1//o/+r/6v/o/+n/6f8WAOn/AADg/+r/4v/n/ygA4v/a/zMAsv/O/9z/xv/Z/wAAw/85AMD/5v/f/73/3P/v/9j/FADv/wAAAAD4/+z/6//t/9n/1f/d/9n/0P/l/xwA8P8rAOn/zP/h/9H/uP/Y/9b/FADs//D/7P/s/+z/7P/o/5n/w/+u/9D/AADh/5n/5P/1//X/AAD4/xQA8P8AAOz/9//X//P/uf8LAN3/uP/G/+v/6//x//L/8v/x/xUA+v8iANj/1//N/9f/5//4/8v/AADx//P/6v/y/yQA5P/s/+7/HQAAAAAAAAD4/+P/8f8AAAAAAAAAAAAAAAAAAAAABQDo/+z/7f/s/+L/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+3/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOP/AADZ/97/2//m/9j/AADs/+z/7P/s/+z/FADs/+z/7P/s/+7/7P8UAOz/7P/s/+z/7P/s/+z/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/2/8KANP/1//O//b/0f8VAMj/z//S/9//r//v/xoAAAAAAAAAAAAAAAAAAAAAAPf/oP+u/77/xf8PAAAA0f8AAAAAAAAAAAAAAAAAAAAA7v8AAO3/7P8AABQA7P/s/wAAAAAAAAAAAAAUAAAA7P/X/9r/6P/W/+D/HQDe/+b/+P/6/+//AADw/xQA8v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8f/u/+z/7P8UANj/4P/X/73/qv+y/8r/TACb/8n/yf/Y/6//sf/A/1sA7P/t/+//7P/s/+z/7P8UAOb/FgDq/+r/6v/r/+f/6//Y/+L/FADt/+3/6v8AAO3/AAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO//AAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAOH/2f/Y/97/1f/Y/+n/EwDs/+b/2P/r/+T/AAAAAOn/6//D/87/EwDj/+r/zf/m/8v/4P/U/+z/0P8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC6/8//+v/N/8v/wf8WAMf/7f/u/wAA8v8AABQA7P/s/+X/zP/V/8H/FgDa/wAAyP8AAAAAAAAAAAAAAAAAAAAA2P/h/+H/4P/d/yEA3P/m/wAAAAAAAAAAAAAAAAAAAADq/+r/7P/s//b/5v8WAOz/7f/t/+3/+v/t/+z/FADu/wAAAAAAAAAAAAAAAAAAAAD5//n/AAD7/xQAAAD5/+z/CgAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAANv/6f/q/9//6/8JAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/9P/yv/U/9P/zP8vAMz/0//M/xkA2//u/+b/6P8AAAAAAAAAAAAAAAAAAAAAAADs/87/7P8dANb/0//S/9v/FQDZ/+f/6//d//v/EQC1/+z/FADs/+z/7P/s/+z/7P/k/+b/5//t/9j/7P/s/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/+v/k/xQAAAD1/wAAAAAAAAAADQD6/wAAAAAAAAAAAAAAAAAAAAAAAMH/sf++//r/tP/2/6//CQD7/83/1P/q/+j/AADR/wAA5P8UAOz/6v/r/+z/7P/s/+f/FQDs/+z/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6//q/+n/FgDm/+v/AAAAAAAAAAAAAAAAAAAAANj/EwDr/+v/6//q/wAA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//R/7r/y//d/wAA3P8AAO3/7f8AAPj/7f/t/xQAAAAAAAAAAAAAAAAAAAAAABcAEwDb/9b/0v/M/+T/5//7//L/9//7/wAAEgD7//P/2//d/xgADgDM/9j/5v/m/+j/9v8WAAkA4//V/9r/2f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAO3/7P/4/+z/8v8UAOz/7f/s/+7/8v/s/+//7f8UAOz/7P8MAAAAAADr/+n/8f8AAAAAAAAAAAAAAAAAAAAAAAD3/+z/JAD2//X/+P/q/+r/6v8AAAAAAAAAABYAAAAAAO//6/8WAOv/7v/r/+r/6v/s/+z/FADs/+3/7P/r/+v/FADs//X/AAAAAOz/7P/u/+z/7P/t/wAA+v/t/xQAAAAAAAAAEQAAAAAA+v/1/wAA7P8UAOz/7P/s/+z/7P/s/wAA3P/Z/+z/8P/o/w0A3v8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/t/+z/FADu//P/vf8AANH/1//1//r/yv8AAAAAAAAAAAAAAAALAPb/IQAAAAAA9P8AAAAA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/6v/o/+H/1//V//X/HwDu/93/7P/v//f/CwDZ/+z/6/+6/8r/xv/6//L/8P8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//u/+z/9f/b/9j/FADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACq/8H/y/8AAMz/4v/h/8j/5v/s/9r/7P8AAPH/GADp/wAAAAAAAAAAAAAAAAAAAADi/97/4//p/wAA4v8fAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/0v/S/9j/2f/s/wAA7f8AAAAAAAAAAAAAAAAAAAAAMADK/83/1P/Q/9T/xv/G/9n/4v/4//n/7v/a/93/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+L/6//s/9f/AADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/2/8AANH/wP++/woAr/8oAPT/6P/u//r/4P/Y//j/AAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAWAAAAAADb/9z/2v/f/9r/KADY/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/n/9D/6P8UAOr/4/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+v/7P8UAAAAAAAAAAAAAAAAAAAAAADm/87/wf/N/ysA1//W/9H/+P/6/+//AADw/xQA8v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADN/8f/yf/G/87/1v/4/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/p/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/BQCt/63/uf/P/7n/EgDN/+r/6v/s/+7/6//r/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P8UAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f/g/+j/7P/U/xcA6v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8AAMf/4P/J//H/1//n/wAAAAAAAAAAAAAAAAAAAAAGAM7/1f/4/8P/8v/6/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD0/wAAAAAPABQA9//o/xUA6v/s/+z/7P/q/+z/AAAQAAAAAAAAAAAAAADx/wAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAD6/wAA7P/s/xQA6//s/+v/6//s/wAAAAAAAAAAAAAAAAAAAADr/+v/6//q/+3/6P8WAOr/AAAAAAAAAAAAAAAAAAAAANP/HADg/+D/6//w/+T/3//r/+X/7P8RAAAA2P/p/wAA7f/s/+3/+v/u/+j/GADw/63/sP/5/9T/xv8kAM3/4v+p/7f/xf/b/8H/EwDR//n/6v/l/+v/4//h/wgAAADf/wAA2P/I/+P/1//X/wkA4f/k/+b/0//g/xcA+P/I/+r/5f8kAOL/6//s/9n/3P/h/+X/JADi/+v/7P/Z/9z/4f/q/+T/5v/a/+n/FgDO/wAA4f/s/+z/2v/s/wAA3/8AAAAAAAAAAAAAAAAAAAAAAADs/+7/8v/s/+//7f8UAOz/EgDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAD3//X/8v/s/xsA3P/Z/97/4//g/+X/3//s/+z/7P/s//H/7P8UAOz/7P/s/+z/7P/v/+3/FADs/+z/7P/s/+z/7P/s/xQA7P8UAO3/+f/6/wAA7P/s//H/FADs/+3/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/Z/+P/2f/b/wAA6f/s/+3/7P/t/+3/7P8UAOz/tP/u/w0A3P/c/9j/6P+4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8hAOv/8P8AAO7/2P/s/+z/FADu/+7/+P/u/+z/7P/S/+z/7P/s/+z/6/8kANj/+P8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOf/AADZ/+b/3//F/+r/AAAAAAAAAAAAAAAAAAAAAOj/6v/q/+//6v8WAOj/6//W/+r/3//c/+H/3f/W/yYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/u//X/8f/w/+3/FADs/+z/7P/t/+z/7P8UAOv/AADs//L/9//6/wAA2v/k/wAA7P/r/wAA8f/z/+v/FgAAAAAAAAAAAAAAAAAAAAAA9v/e/7L/r/8IAMn/6f/T/+z/+v8AAAAAAAAUAPb/+/+5/wAAz//C/8//BQAIAOT/0/8vANv/2P/a/9L/0f/Z/+f/8P/t//X/9//s/xUA7f/j/+v/7P/t/+3/7P8aAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+f/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAgA7f/Z/8T/6f/q/8b/3f/Y/+j/6//r/+b/AAATAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/w//H/zQAxv/M/7//w//Y/wAAAAAAAAAAAAD5/wAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/r/+n/6v/r/w4AFADs/wAA2v/e/+j/2f/i/93/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/9r/AADp/+r/AADk/9n/AAAAAAAAAAAAAAAAAAAAAOf/FQDs/+z/7P/r/+z/7P/g/9L/6v8AAMz/z/8nAN//AADV/8r/2v/t/8f/AADS/9//t//r/+P/yP/q/xAAAADV/9z/7P/y/wAA7P8SANv/AAAAAAAAAAAAAAAAAAAAANz/qf+3/63/zP+7/xIADgDn/+n/4v/c/+3/6/8XAOT/AAAAAAAAAAAAAAAAAAAAAOv/6v/s/+v/7P/p/xUA7P/o/+r/6v/o/+n/6f8WAOn/IgD0/+f/6v/Y/+D/0//P/wAAAAAAAAAAAAAAAAAAAADP/9r/zf+v/+T/FAAAAO7/7P/s/+z/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+3/2f8QANf/3f/n/+r/AADp/+n/5P/z/+b/6//k/xsA7v8AAAAAAAAAAAAAAAAAAAAA+//a/xMA3v/k//j/6P/M//P/AAAAAAAAAAAOAAAAAADq/+z/7P/v/wAA7P8UAOz/7P/s/+3/7f/u/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAD2/9z/3f/g/9f/AADL/xEAAAAAAAAA+/8AABQAAADs/+H/4f/m/+j/3//n/+T/HwAAAAAAAAAAAAAAAAAAAAAA4v/r/+7/6/8UANf/+f/a//r/GgD3/wAA7f8AAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+3/8P/r/xUA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//r/9D/xv8AAPH/6//m/wAA3f/r/+v/8//1/+3/7P8VAO7/7P/t/+z/7P/t/xQA7P/s/+z/7P/t/+//8P/s/xUA7v/c/9n/+/8AAAAAAAAlAAAA6v8nAOz/8P/4/+v/2f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f8JANr/wv/5/8v/0f/u/wAAAAAAAAAAAAAAAAAAAADM/+//vv/I/9n/9v+i/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOn/6f/p/+j/6v/q/93/FADu/+//7v/w/+7/7P/t/xwA5v/o/+f/6f/k/+T/3/8AAAAAAAAAAAAA+f8IAAAAFADs//L/7v/t/+v/7P/s/xQA7v/0/+7/8f/s/+z/8f8AAAAAAAAAAAAAAAAAAAAA7P/s/9v/4v/r/+v/FQDr/9b/5//r/93/5P/r/x0A6P8AAAAAAAAAAAAA+v8KAAAAAAD6/wAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6//r/+n/6//q/97/6P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//f/+r/2f8AACUADwDk/xwAAAAAAAAAAAAAAOT/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//d/+r/7P/r/xUA2/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAD2/+//9/8AAAAAEwD4//X/9f8AAPj/FADw/wAA7P/t/+z/7P/u/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/9f/t//v/AAAUAOz/7P/s/xQA7f/s/+z/7P/s/+7/5//s/+T/5P/s/+n/GADs/woABwDl/9j/wf/p/+b/wf8kAOr/6v/k/+n/5f/a/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAAAA8v8AAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA8P/s/wAA7P8UAO3/7P/s/+z/7P/u/+X/6P/p/+b/5//i/xgA7P8AAAAA7v8AAPL/CQD0/wAAHwDl/9v/5f/l/9v/4P/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/8X/BgDy/87/AADF/xAACwDe/+r/1//X/9r/CwDr/+3/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA8P/t//b/7P/z/xUA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/x/+z/AAAUAOz/7P/s/+z/AAAAABQA7P/s/+3/AAAAAAAAAAAAAAAAAAAAANn/7P/s/+v/7P8AAAAA7P/N/+n/1//Y/9b/GQD7//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAAAAAAAAAAAA6//n//T/6//l/+v/7P/q/+z/FwDs/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7P/r/+v/6/8XAOr/7f/s/+n/5v/p/+X/2v/u/wAAAADz/yQAAADL/x8ADQDp/+j/0f/h/+D/yf8AAMX/yf/K/9L/DQDE/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//P/9f/t/+z/FQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgCf/8f/vP+y/8L/EAC2/+L/7P/u/+3/7v/s/xYA7P/r/+v/7P/u/+3/7P/s/xUAHQDG/53/f/+r//D/yf/I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/9f/7/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/57/zf+T/+T/GgDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/q/xgA6//y/+j/6f/o/wAAAAAAAAAAAAAAAAAAAAAAAOr/6//n/+v/1f8IAOv/AAAAAAAAAAAAAAAAAAAAAOn/4v/n/8j/6v8AABkA2P/s/+z/7f/t/+3/7v8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//D/7P8UAO3/7P8WAOv/7//q/+n/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAEgAAAAAA8f/6//D/AADs/+v/7P/s/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAO3/5P/j//D/6f/l/+b/7P/s/+z/6f/s/+z/FADs/+f/BgC+/7H/1f8NAOX/8//q/+f/5v/j/+j/6f8YAOP/vv/3/6v/wP8zALX/2v/d/+z/FADt/+3/7P/s/+z/DgDe/9T/1f/k/87/9/8AAPn/+f8AAAAAAAAAAPP/7v8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+n/6//p/+r/FwDo/wAAAAAAAAAAAAAAAAAAAADI/9T/+f8AAPj/7//4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/x/wAAAADX/+z/BgDk/9v/yf8hAL7/6P+3/+z/7P/s/+z/FADs/+z/7P8UAOv/7P/s/+z/7P/s/+b/AAAAAAAAAAAAAAAAAAAAAPP/7P/s/+3/7v8TAOz/7P8AAAAA8f8AAAAAHQD7//T/AADl/+z/9P/6/9j/EADv//D/yP+2/9f/2P/L/6f/HQDf//b/x//I/7H/uv+7/y0AxP/N/8T/GwDV//n/v//i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8dANf/1//a/+b/4//n/+P/HgDk/+f/5v/n/9//4v8SAEMAnf/A/7j/4P/F/7T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/o/+b/1//o//H/EQDv/+f/5//s/xQA6/8AAOb/6f8AAAAAAAAAAAAAAAAAAAAAAADY/9//8P/l/+r/AADe/wAAAAAAAAAAAAAAAAAAAADm/+n/6v/q/+v/6f8WAOf/AAAAAAAAAAAAAAAAAAAAAOv/6f8VAOv/7f/q/+v/6/8AAAAAAAAAAAAAAAAAAAAA6v/P/+H/EQDQ/9j/AADd/yIA9//y/wAAAADn/97/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/5P8jAOv/7P8AAO//7P/r/xUA7f/r/+z/+//r/+z/6/8VAO//EQAAAAAAAAAAAAAA9v/u/wAAx//J/8v/yv/a/xwAyv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAwA7P/s/+//7P8UAOz/7P/s/9//AACY/wAA6v+k/+r/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/x/++/8r/3v+9/0QAzf/Y/+X/4v/n/+X/2f8mAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/r//j/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMX/EADY/9r/yP/5/7z/7v/z/+z/i/+v/+H/rP/c/wAAAAAAAAAAAAAAAAAAAAAAANj/AADr/+3/2//D/9b/9//n//j/+f/y/woA5v/l/+j/0P8jAMX/vv/b/6n/0f8IAOb/KgDP/9P/6v/n/9X/4f/s/+z/7f8AAPr/7f8UAAAAAADs//j/7P8AAO7/FAD7/+P/AAD7/wAAAAAaAPf/7P/j/yQA0/8AAOf/yv/n/83/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/M/9//zv/P/7n/CQAjAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADs/+v/7f/q/wAA6//q/xcA6//s/+P/6//n/+r/AAAAAAAAAAAAAA8A8v8AABcA7P/u//n/+P/s/+T/8f8AAAAAAAAAAAAAAAAAAAAA6v/7/+n/1P/R/8b/EQAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x//X/AADx/xQA7P/4/+z/7P/s/+7/7//4/xQA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6v/k//n/AADh/wAAyv+w/6v/wP/x//j/6v8AAOv/6f8UAOX/5P/q/9//xv/G/3v/BwCz/5j/OACt/xwAAAAAAAAAAADt/wAA9P8UAOz/7v/e/+3/3f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgCs/8j/rv/W/wAAx//h/+H/7P/s//T/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAyv/V/9P/2/8wANH/0P/y/wAA1//1/+r/1//g/9j/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/v/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAw/8UAND/0f/K/9L/CADR/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/s/+z/7P/t/+T/IwDY/wAA8v/v/wAA9//w/xMA8P/3/wAAEwAAAAAAHADw/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7//t/+z/9f8VAAAA6f8WAO//+P/q/+3/9P/u/+v/5f/a/wkA1v/k/xIA2f/m//L/+P/0//T/8v8ZAPH/2//v/+f/8f8AACkA2f/Y/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAOf/zv/N/9r/y/8RAOL/CwDu/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAN//5P/i/+f/6P8dAOL/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+v/7P/h/+X/2//h/+X/5v8bANr/2/8RAAAAAAAAABEA+v/d/8T/4P/N//X/z//x//j/8f8AAAAAAAAAAAAAAAAAAAAA6f/W/+v/2P/w/+v/LwDo/wAAAAD6/x8AAADq//n/AADF/6T/3P/2//f/HwCj/6//5P/s/+H/AADx/xQA7P/k/+T/7P8AABQA7f8HANn/7P8AAAAAAAAAAAAAAAAAAAAA3//j/+L/2//m/9L/HgDh/+z/7P/r/+z/6//s/xQA7P/r/wAA2v/h/+P/0P/M/w4A2//m/wAA4f/r/8z/IgDr/8r/0//W/7H/0f/d/0IAwf/k/+r/5v/m/+v/6f8XAOP/5P/W/97/1f/6/8X/PgDZ/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P8UAOz/AACo/xEAif9j/xAA4/+R/+z/7P/s/+z/7P8UAOz/7P/0//D/AADt//H/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAOv/6//z//X/7f/s/xUA7v/T/woA1P/p/+z/DwDO/8T/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+//FADs/+z/wP88ANL/x//f/8b/1//C/wAAAAAAAAAAAAAAAAAAAADh/9b/qf+s/5r/2P/Q/wAA6//v/wAA6f/5/zgA6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FgDr/+z/6v/o/+X/7P/s/+z/AAAAABQA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAyP++/8v/w/+s/xMA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAC8//b/BgDf/xAAxf/k/9r/FADt/+3/9f/w/+z/7P/0/+L/6P/t/+r/AAAcAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/e/+f/2P/X/+X/FAD4//b/8P8AAAAA+f8SAAAAAAAAAAAAAAAAAAAAAAAAAPn/9P/p//X/3v/m/9j/CgAAAAAAAAAAAAAAAAAAAAAAFADt//P/AAAAAOz/7P/u/xQA7//s/+3/7f/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOX/5P/V/+r/3P8WAOH/7f/r//T/AADq//T/GwDw/+T/AAAAAAAAAAAAAAAAAAAAAOH/5P/p/9j/y/8nAOT/3v8UAAAAAAAAAAAA8//s/wAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAA+P8AAPX/FADy/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADY/+7/2v/l/9j/xP8mANH/AAAAAAAAAAAAAAAAAAAAAOv/6//p/+r/6//m/xUA6//1/+T/x//F/+n/0v8QAND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADy/+z/AAD3/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+//7P/s/+z/4//x/+f/6v/j/xsA5v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACd/6T/9f+z/9r/hP8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P+2/8j/+v/F/9T/w//0/+z/2P/Z/9z/6//Z/9j/FQDd/9r/HwDj/+X/2//a/9n/5P8nAAAA9f/x/+L/7f/v/wAA9v/v//f/AAAAABMA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7P/u/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAANr/4v/m/+D/3f/Y/93/KADj/+v/7P/t/+3/7P8aAOz/8v/Q/7r/dP+v/+D/9v/g/+f/6P8XAOr/8P/p/+j/6f/X/+r/9/8AAMT/7//5/wAA5v/p/97/6v/m/+P/GQDq/+z/7f/4/wAAAAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAA5P/i/+f/5f/p/+r/GgDm/wAA9v/v//f/AAAAABMA+P8AAAAAAAAAAAAAAAAAAAAA4P/q/+z/2v/u/wAA6f8FAO3/7f/s/+3/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/0f+9/97/s/8AAAAA9P8AAPv/AAD1/wAAEgAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADn/8j/1v/W/8n/6v/o//T/AAAAAAAAAAAAAAAAAAAAAOz/AAD7//D/9v/r/xMA+v8AAAAAAAAAAAAAAAAAAAAA8v/s/xQA8P8AAPP/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//H/8v/y//H/FQD6/+z/7P/s/+z/7P/r/+z/FAAJAPL/+f/k//j/EAD3/9P/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAD2//v/AAD5/yIA7//t/+3/AAAAAAAAFADy/+z/7P/s//f/9//u/+z/FAD7//X/6f/n/+v/5v8YAOP/0/8AAAAAAAAAAOz/+v8AABcAAAAAAAAAAAAAAAAAAAAAANv/0f/p/8T/u//B//L/GwDa/9j/7f/v/yEA7P/d/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8RAAAAAAD5//r/AAD1/xUA7P/r/+7/7P/q/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/6f/w/+b/7v/v/xYA9v8AAAAAAAAAAAAAAAAAAAAA6v/l/+P/6P/q/xgA6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGANr/5P/r//X/y//a/+z/7P/s/+3/7v/s/xQA7P8UAAAA9v/q//P/4v/Y/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAAp//V/wkAr/8LAOD/mf8AAA8AAADt//X/AAASAO7/4P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAWAO7/7f8AAAAA6//o/+//AAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAADu/+7/+f8AAAAA9f8AAPn/FAD2/+z/9//4/+D/AADQ/87/7P/n/+z/AAD0/+7/7f/t/+3/FADm/87/AAA3AOL/4//P/+b/1f/R//H/7v+8/7P/rf/6/+z/7P/s/+z/7P8UAOz/7P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAJADo/9j/AADb/9n/5P/a/yAAAAAAAOv/AADz/+T/8P8jAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q/9j/1P/V/9//AAAAAAAAAAAAAAAAAAAAALb/wv/b//P/1f8AADQAs//o/+j/6v8aAOv/5v/l/+r/6//n//T/6f/r/9L/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAOT/6//Y/+f/1v/o/xIAAAAAAPL/7P8AACUA5v/m/xUA9P8AAAAAAAD2/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/9//0/+3/FADz//b/FwDo//H/6//p/+n/5v8AAAAAAAAAAAAAAAAAAAAAtf+p/z8AsP+9/9r/2f+2/+z/7P8UAPD/+P/s/+j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf+x/9z/3v/E//P/+f/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//6/+P/4f/f/93/CQDn/+j/LwDb/9f/5v/e/97/xv/a/9v/AADo/9v/yf/Q/zIA7P/s/+r/7P/s/+v/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f8cAOn/6f/p/+P/5v/d/wAAAAAAAAAAAAAAAAAAAADY/ycA3P/m/+n/3v/Y/9n/6//s/+z/7P/s/+z/FADt/+3/7P/t//r/7v/o/xgA8P8OAMT/wf/d/9b/zv8IANn/AAAAAAAAAAAAAA8A8v8AABEA9//a/93/2P++/+//3v8AAMj/9v/Q/+f/0f/g/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACc/6H/3P/u/8P/s//X/xcAAAAAAAAAAAAAAAAAAAAAAMf/5f/x/wAA8v/l/xEAJwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//2/9H/3v+x//H/wv8AAAAAAAAAAAAAAAAAAAAA9P/s/+z/8/8AAOn/FQDs/+z/7P/t//n/8P/s/xQA7P/s/+z/7f/3/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9j/6P/i/+L/5f8jAOr/AAAAAAAAAAAAAAAAAAAAANr/FQDZ/93/3//i/wAA2P8AAAAAAAAAAAAAAAAAAAAA1f/W/ykACwDH/7z/uv/U/yMA5f/b/xMAx/+o/8H/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/xwA6//n/9n/4//o/93/7P/u/+3/8P/4/xUA7P/r/+r/AAD6/+X/7P/V/+D/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsAAAAAAAAAAAAAAAAA5f/t/+7/7P/v/+//7P8UAO3/4P/i/+L/5f/g/+X/HADj/wAAAAAAAAAAAAAAAAAAAAAZAPT/AAAAAAAA9f/n/+n/FADt//f/+/8AAPP/7P/q/+z/7v/y/+z/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9f/5/wAAAAAAAAAAAAAAAAAAAADt/+z/FADt/+3/7P/s/+3/5v/Y/+D/7P/n/9j/JADj/wAAAAAAAAAAAAAAAAAAAAAFAN3/w//V/8j/9/8AANn/AAAAAAAAAAAAAAAAAAAAAOH/xv/P/8f/3f/g/ycAyP/s/+z/7v8AAAAA7f8UAPT/4//Y/+b/4v/0/+z/HADt//j/+v/v/wAA8P8UAPL/7f8fAOb/pf/q/73/6f/T/8//6//x/+v/6v/t/xQA6//s/wAAAAD0/wAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/8f/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD4/wAAAAAAAAAAAAAAAAAAAAAAAOr/7f/s//D/AAAUAOz/7v/p/+f/3P/m/+3/2v8hAOP/7P/t/+7/AADz/+z/FADt/wAAAAAAAAAAAAD1/wAAEADr/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANz/5P/1/wAA7P/o/x8A5P8LABIA2P/5/+D/pv+9/+v/AAAAAAAAAAAAAPL/+f8fAO3/7f/z/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA9f/0/wAAAAAAAPn/2v8pAAAAAAAAAAAAAAAAAAAAAADx//L/7f8AAAAAFADs/+z/6P/7/9L/2//c/+n/6v8AAOf/0P/Q/wAA4//J/8n/GwDm/+z/7//f/xQA4P/r/wAA7P/s/+z/7f/u/+z/FADs/+r/6v/s/+v/7P/s/xQA7f/M/9f/2v/m/+z/0f8oANP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/o/wAA5P/q/9//FwDg/+r/6v/s/+7/6//r/xYA6v8AAOn/6P/q/+j/1/8UAND/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/d/wAA3P/n/+j/4f8SANn/AAAAAAAAAAAAAAAAAAAAAPX/FQD7/wAA7f/s/+z/7f/n/+n/4v/Y/+r/5P8YAOf/l/+0/9X/t/+9/xQACwC2/+v/6f/k/+D/7//k/xsA3v/p/9r/1//n/9r/DQDq/xQAu//f/xMA0P/O/x4Aw//c/9j/6f/Z/9r/2f8lANv/3v8AAAAAAAAAAAAAAAAAAAAAtv+7/9j/xf/Q/8j/CAAGAMP/2P/p/+r/4f/r/xkA1f8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAO3/7f8AAPj/7f/t/xQADwDV/+n/8P/m/+j/8f/r/+//7f/t//n/9//r/xEA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/+v8AAAAA7P/s/+3/6v/H/9f/2//a/wAA+P8GAOX/5f/k/8//6/8ZAOT/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOz/9f/B/wAAvf/n/9b/1/8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/v/xQA7P/s/wAA5v/t/+z/AADx/xIA7P8AAAAAAAAAAAAAAAAAAAAA3P8iANz/4//h/+T/3f/e/+z/7P/s/+3/7f/s/xQA7P/V/8P/x//e/wAA3P/X//v/AAAAAAAAAAAAAAAAAAAAABgA0f/R/9T/2v/j/wcA2P/z/wAAAAAAAAAAFQDv/+z/FAAAAAAAAAAAAPD/7P8AAMT/v/+y/wkAh/8AAAkA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD0/+z/AAD5/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD2/xMA9v8AAPD/8P/w//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+b/HwDU/+j/6//d/+T/zf/h/+//yP/J/7D/JQDU//L/7P/s/+7/+f/s/xQA7v/2/+3/EgDY/8z/7//S/87/EgD1/+v/7//k/+j/7v/r/9D/2//j/+//8//f/zQA+v8AAAAAAAAAAAAAAAAAAAAA4v8aAOb/9f/u/+f/5v/j/xQA7v/v/+7/8P/u/+z/7f8AAAAAAAAAAAAAAAAAAAAA3P/Z/9//8f/m/wgA3/8AANr/4//S/9D/GADK/+X/EADt/+3/8/8AABQA7P/s/+z/AADa/9r/2P/b/8r/2P8IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/+7/2P/i/wcA3P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/3P/w/7r/s//G//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/2v/n/8//v//z/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvv/A/9H/2v8+AND/tv/1/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA7//X/6//lP+p/+r/JQDH/wAAAAAAAAAAAAAAAAAAAAC0/77/CgDV/+D/GQDl/xEAHwDp//r/5f8AAOX/3//1/+f/6//s/+z/7P8VAOv/5//z/xQA9/8AAAAAAADs//X/AAAAAAAAAAAAABIA7/8AAOz/7P/s/+v/6//p/xUA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKf/EQC1//H/x/8nANX/4//x//L/7f8AAAAAFADs/+z/AADn/+r/3v8UANj/3P/Y/wAAAAAAAAAAAAAAAAAAAAAZAOv/6P/y/+z/6v/l/+z/AAAAAAAAAAAAAAAAAAAAAOb/FQDp/+v/6//r/+v/6//x/wAAAAAAAAAAEQD1/wAAAAAAAAAAAAAAAAAAAAAAAO7/9v8AAMP/5f/G//b/2/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/AAD6/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPT/AAAAAAAAFAD0/+v/9P/6/wAAAAAAABgA+v/s/+z/7f/s/+3/7P8UAOz/+f/a/9P/2v/s/+T/5v8dAOz/6//s/+z/7P/s/+z/FADl/9r/2P/Z/wwA2P/a/wAAvf+q/6r/r/+t/5z/sP9dAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAA0/8eAOv/7P/Y/+f/5f/b/wAAAAAAAAAAAAAAAAAAAAAAAOf/MQDc/9j/x//J/+f/AAAAAAAAAAAAAAAAAAAAAC4At//W/+f/wf/P/9z/vv8AANz/5P/Z/+j/3v8AAOv/AAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAD7/+z/8P/p/+j/AADs/wAAFADs/+z/7P/t/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAANn/5f+9/8D/5//U/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/+7/7P/3//j/6/8VAPn/8P/s/+z/7//2/+z/FADt/+z/7f/s/+z/7f/s/+z/FAAXAOz/2v/i//b/6//p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//q/8n/6//R/9z/wv8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/8z/6P/f/wAA5v/C/xQA6v/q/+v/6//s/xYA6f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/wv+//87/EwDb/+r/8//s/+z/7P/s/+z/FADs/+z/2P/d/+j/6//r/9//AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/9P/t/xQA7P/z/xoA3P/k/+L/5//o/+f/5v8AAAAAAAAAAAAAAAAAAAAA1v/o/+//7f/t/+z/JADr/83/AAATANn/0f/V/8b/xP/n/+v/6v/j/+v/6P8WAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAyf/k/9D/1v/a/87/4v8lAPf/7f/s//n/8f/v/xQA9f8AAAAAAAAAAAAAAAAAAAAA2/8jANb/3v/n/+H/3//d/wAAAAAAAAAAAAAAAAAAAAC5/+D/zf/e/9r/x/84ANr/FgDp/+r/9P/w/+X/6//s/wAAAAAAAAAAAAAAAAAAAAAVAO7/7v/s/wAA7P/q/+3/4P8RAPf/5v/k/+T/3f8FAO3/+/8AAAAAAAAAABYAAADY/+z/1//l/xQA5P8AANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAPb/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOX/8/+5/87/yv/o/+b/7//j/+X/5f/n/+n/GgDn/+X/AAAAAAAAAAAAAAAAAAAAAOz/7P/y/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8aAPn/AADu/wAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6//b/yMA8f/s/+v/2/8UAAAAAAAAAPf/9f/y/+z/AAAWAAAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJr/xv+2/14AtP+o/7L/vv8AAAAAAADy/wAAAAATAAAA3//n/9z/GQDs/+v/2f/s/9T/xf/L/zoAzP/I/8b/wv/n/+X/5v/q/+z/4v8aAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAC//8j/1f/D/yEA0f+6/xoAAAAAAAAAAAAAAAAAAAAAAPr/6v/N/7v/pv/Z/w8A3P/r/+7/4v/f/9z/3/8bANj/8/8VAOr/7P/s/+r/4//q/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA8P/s/wAAAAAAAAAAAAAAAAAAAAAQAB0AAAD3/wAAAADk/+n/+P8AAAAAAAAAAAAAAAAAAAAAo//y/8v/rv/B/9n/LwDA/+z/6v/p/+v/7P/m/xYA6f/W/9X/2P/Y/9f/1f8kAOf/AAAAAAAAAAAAAAAAAAAAAOr/6//q/+j/6//r/xYA6f/Z/+j/3//o/9j/EADo/wAAFgDu/+3/AAAAAOv/6P/v/wAAAAAAAAAAAAAAAAAAAAAAAOr/6//n/+v/1f8IAOv/AAAAAAAAAAAAAAAAAAAAAOn/KADY/9r/2P/b/+D/5//p/+//AADp//D/GgDt/+T/4//l/+D/4P/n/+f/HADk/+H/7P/s//T/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA7P/t//L/7P/r/+n/7P8AAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAAAABUAAAAAABQA7P/s/+7/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/CQDo/+v/1f8AANj/xP8AAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA7f/z/+z/AADx//T/8//s/9j/FAAAAAAAAAAAAAAAAAAAAAAAAADr/97/5//s/wAAAADs/wAAAAAAAAAAAAAAAAAAAAD7/+n/7P/k/+H/6f8SAN//vP/I/93/uv/U/zAAu//b/+r/7f/t/+v/7v8VAOj/7P/p/9H/4//S/+D/LgDP/+j/1P/p/9j/2v/b/+3/FADp/9v/7f/I/7L/yP+4/8D/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/EwDk/+7/9//n/+7/AADs/+z/7P/s/+v/7P/p/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAMn/xv/Y/wAA0f/v/8n/3f/f/9D/1v8qAOr/4v/L/+v/7P/s/+z/FADs/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+H/6//Y/w8A5//3/w4AAAAAAAAA+v8AAAAA3P/e/+T/4f/r/+L/4P8ZAOz/6//v/+z/7P/s/+z/FAAAAAAAAAD7/wAAFAAAAOz/AADg/+v/7P/l//n/DADH//j/9v/w/wAAAAD5/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xkA5//v/9v/4v/n/+D/AAAAAAAAAAAAAAAAAAAAAAgArf/z/9L/9v/B/8r/2//R/97/3v/Y/zAAzP/Y/8L/AAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAFwAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/8f/o/+P/8P8zAOX/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/t/+7/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAC0A+//2//j/+v/5/9v/6f/5/7X/mf+5/5r/2P8TALH/AAAAAAAAAAAAAAAAAAAAAOv/9f/P/97/x/8RAL7/zf/m/+L/6P8ZAOf/5f/o/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAD5/wAAHgAAAPH/7P/s/xQA7P/s/+z/7P/s/93/4P/m/9f/3P/u/xUAy/8AAAAAAAAAAAAAAAAAAAAA2P/s/+v/5//s/+z/FAAAAO3/7P/s/+3/8P/s/xQA7P/s/+3/7P/s/+z/7P/s/xQA7f/s/+z/7f/w/+z/FADs/xQA6f/b/9v/5f/c/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwDy/wAA4f/2/wAAAAAAAOj/CgAWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AOL/1v/r/+r/AADN/9L/7P8AANL/wP/H/woAyf/U/wAAAAAAAAAAAAAAAAAAAADw/+3/9v/s//P/FQDr/+r/AAAAAAAAAAAAAAAAAAAAAOP/AAAUAOz/7P/o/9//7P/n/93/wv/H/8v/DADw/+r/AAAAAAAAAAAAAAAAAAAAAAAAFQDp/+r/7f/Y/9v/6v/s/+z/+P/4/+7/FADp/+3/FADl/9j/2f/d/wAA6//r/wAAAAAAAAAAAAAAAAAAAADZ/+r/+/8AAMn/7//5/wAA7f8AAAAA9P/6/wAAAAAAAN7/5//Y/9n/8//Z/ycA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/6//k/+v/5v/j/yAA0P/c/8r/1//g/ysA7//Y/9H/AAAAAAAAAAAAAAAAAAAAAKv/vf/Z/+D/1//s/w0A6v8AAPL/7/8AAPf/8P8TAPD/8v8WAAAA9//y/+3/7f/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv/V/8X/8v/q/+D/KgDh/wAA2//r/xQA3v/Y/9v/6v8AAAAAAAAAAAAAAAAAAAAA+/8TAPb/AADv/+T/5f/r//T/IwCm/7n/u/+p/9z/s//s/xQA7f/v/+z/7P/s/+//7P/s/+3/7P/s/+z/7P8UAOj/7P/o//D/6//q/xYA6f/3/+z/JAD2//X/+P/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/5//r/97/5v/q/w0A5/+x/7D/qf+b/7X/w//7/0YAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/+f/s/xQA7P/s/+z/7P8AAOz/FADs/wAAAADA/+r/rv+4/9n/DgAAACIAAADy/wAAAADr/+f/AADm/+j/5//p/+3/FADs/+z/8P/t//b/7P/z/xUA6//q/+r/6f/s/+n/+f8AAAAA2P8AAAAAAAAAAAAAAAAAAAAACgAAANf/0P/l/7//4P/G/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA3/8UAOn/7v/u/wcA4f/a/yQAAADv/wAAAADr/+H/AAAAAAAAAAAAAAAAAAAAAAAA7//r/xYA6//u/+v/6v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO3/7f/3//H/7P/r/+z/FAAnAOn/6P/n/+r/4v/G/+D/CgAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/HADX/9n/6f8MAMr/0v8AAAAAAAAAAAAAAAAAAAAA0f/O/9b/0f/g/8//0P8gANv/AADX/+b/GwDU/9T/v/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAADU/9f/1P8AAOn/1v8cAOb/6P/n/+n/5P/k/9//AAAAAAAAAAAAAAAAAAAAAMP/wP/Z/ygAtP8XAOz/rv8YAPr/AAAAAAAA2//r/+r/AAALAAAAAAAAAAAA9/8AAOf/4P/r/+f/3P8AAAAA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA2//Y/93/4P/a/+T/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/+P8AABUAAAAJAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/8H/0//G/8T/DQDZ/xEAAAAAAAAAAAAAAAAAAAAAAOH/8P/s/wAA7P88ANn/1//a/9j/1//e/9z/zP8AABIA7P/s//D/AADv/+//FADv/+z/8/8AAAAAAAAAABkAAADs/+z/FADs/+z/7P/s/+z/7P/u/+3/8P/4/xUA7P/r/+P/4P/T/8H/yf8pAAAAuf/r/+z/7v8AAPj/6/8VAPf/AADZ/xQA4//r/+L/6//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/LADq/9b/3v/b/8r/3P/q/+v/AAD3/+//7f/s/xYADwDQ/wAAtv/o/87/vP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/W/+r/5f/Y/9j/JQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDu/8//wP/b/8D/+f8AAAAAAAAAAAAAAAAAAAAA5//s/+T/4P8UAOD/9f/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AAOf/7f/a/wAAAADY/wAAFgAAAAAAAAAAAOz/AADs/xQA9f/w/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/9f/x//i/+T/y/8qANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAA9P8AAAAA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADADW/9r/BgC6/+3/8//B/wAAAAAAAAAAAAAAAAAAAADH/93/1f/O/+H/JwDV/+b/GgDt/+7/9f8AAPj/5f8AAAAAAAAAAAAAAAAAAAAAAAANALD/GgCU/8H/xv/w/9n/AAAAAAAAAAAAAAAAAAAAAAkA1/+0/6X/yv8AAKf/5/8NAMf/1P/m/9f/9f/i//r/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/4P8AAAAA7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAA9f8AABMAAAAAAAAAAAAAAPP/AAAUAOz/7P/s/+3/7P/s/+z/3P/4/+r/FgDq/97/6f/i/+v/6v/q/+v/6/8WAOr/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/1v/Z//b/0/8OAMr/7f/3/+z/JAD2//X/+P/q/+r/7P/s/+z/6/8UAOz/7P/p/wAA3v/4/8n/3v/F/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/+//AAAAAO//7f8AAMn/0/+9/8L/yv+0/xMAPQDG/+z/5v/p/+L/zv8xANT/9v/W/8X/zv/P/+D/9f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/5P/p/+T/5//r/xcA7P8AAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAA4AAAAAABQA7v/w/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOX/4f/Z/93/6f/p/+b/AAAAAAAA5/8AAOj/AAAaAAAAAAAAAAAAAAAAAAAAAADq/+v/AAD3/+//7f/s/xYA3P8AAPv/6f/5/wAA2f8AAOL/uf+j/9v/4f/5/8j/6P8AAAAAAAAAAAAAAAAAAAAACgDC/9P/xP/s/8D/1f8LAB0AAAAAAAAAAAD1/+T/9f8HAOX/2v/f/+X/FADE/9L/7P/s//n/7P/s/+z/7P8UAPf/+f/u//v/8//q/+v/FAAAAAAAAAAAAAAAAAAAAAAAEQAAAOL/x//6/wAA6v/L/8j/DwDB/9b/zf/4/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqANj/7P/t/+X/1//k/8//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/97/mP8PAPD/EwC4/5v/AADr/+z/7P8UAOL/2P/b/+z/7P/s/+v/6//p/xUA6f8AAAAAAAAAAAAAAAAAAAAA6P/o/+v/6//q/xcA6f/p/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+z/7P/s/+z/7v8AAO3/8P/s/+z/FACn/9T/0P+z/6r/FQC+/wcAAAAAAAAAAAAAAAAAAAAAAOf/6P/q/+v/7P/W/+r/KQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5v/t//X/AAAVAOr/3f/j/wAA+/8AAAAAJQD0/+3/5/8VAOz/6//r/+z/6P/s/+r/5//o/+//9//p/xkA6/8cAAAAAAAAAAAAAADk//f/AAAAAOr/6//b/wwA2f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/4//k/9z/9f/r/xYA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwP/1/wUA2f/d//T/vf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//t/+v/9P/r/xoA5P/1/xYA6v/q/+L/6v/r/+n/6P/d/xEAx//E/83/vv/s/8H/AAATAO7/7//u/9j/4v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/O/9D/1v/X/wAA0/8KAAAAAAD6/wAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD/+f/6//M/7P/4/8AAPj/6P8kAOz/3//e/+b/2f/e/+f/6f/i/9j/6v/k/xgA5//W/9n/2v/Y/9//IQDK/wAAzf/c/93/2//e/+b/IADm/+H/MQDP/9P/z//f/73/2v/l/+b/5//p/+n/6v8aAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAK3/3P+8/8//AAD3/73/EQAbAAAA6P/y/9z/2f/k/9f/AAAAAAAAAAAAAAAAAAAAANH/5//3/8f/w/+h/yUA2/8UAO3/7f/1//D/7P/s//T/5v+9/9X/BQDW/+f/6f/K/wAAAAAAAAAAAAAAAAAAAAAAAPb/7//3/wAAAAATAPj/xv83AAAA9f/n/+X/2P/S/xcA5//s/+v/6f/q/+j/6P/s/+3/7P/s/+3/FADs/+z/6P/X/9j/xP/f/wAA8f/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+j/AADs/wAAFADs/+z/7P/t/+3/9//0/+3/FADz/wAAAAAAAAAAAAAAAAAAAADs/+v/8P/q/+H/4//Y/xsA7P/p/+3/6//1/9b/FADt/+v/3f/v/9z/+v8AAAAA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/r//H/7f/r/+n/7P/s/+z/7P/s/+v/7P8UAOz/AAAAAAAAAAAAABUA+f/r/+//1v/s/+X/AADJ/xEA6f/t/87/EQDa/9v/uP/q//b/EQANAOb/6v/g/+f/5P/f/+j/FQDq/+z/7P/s/+r/7P8UAAAAAAAAAAAAAADs/wAAAAAAAMz/v//R/wAA+v/f/wAAAAAAAAAAAAAAAAAAAAD1/+j/3f/X/+r/2f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/8T/zv/h/8f/xP8RAMn/KwDd/+L/6P/r/9//0f/c/9r/6f8VAOz/4P/s/+f/6//c/+z/6v8XAO3/6v/i/+r/7P/w//P/7//0/+r/7P8VAJH/y/+0/67/GQAAALP/HAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7v/s/+3/7P/s/5n/3v/H/5b/+//T//f/m/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA7P/q/+7/7v/S/+v/5/8UAO7/8P/u/wAA7f/s/9j/7//r/xYA6//u/+v/6v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+v/7P8UAOz/6/8AAAAAAAAAABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/E/8X/CQAAAMH/9f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApv++//H/1P+a/zsA0v+U/wAAAAAAAAAAAAAAAAAAAADJ/8P/6//O/8b/EQC9/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/+b/5//s//P/6P8ZAOr/7P/s/+z/7f/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADz/+r/6v/y/+z/6/8WAOv/AAAbAOj/6f/a/7f/5v/k/xAA7v/1/+z/7//q/+n/9P/q/wAAAAAAAAAAFgAAAAAA9//m/+f/7P/z/+j/GQDq/wAAAAAAAAAAAAAAAAAAAADt/+n/6f/l/xYA6//r/9X/7P8WAOn/6//s/+v/5v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xgAAAAAAOr/7P/n/+j/AAAAAAAAAAAAAAAAAAAAAB0AAAAAAAAAAADz/+//AAAAAAAAAAAAAAAAAAAAAAAABQDQ/9j/4//V/97/2v8MAN//1//p/+D/6v/l/yMA7f8AAAAAAAAAAAAAAAAAAAAAEgAAAOf/1v/Y/+z/2v/n/+3/7P/s/+7/7//v/xQA7f8AAOr/vf/R/6//pv/z/5P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW//D/5v/r/+7/AAAYAOz/5//s/+T/5P/s/+n/GADs/w8A6//m/+v/6P/f/wAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAWAAAAAADp/wAA3P/a/97/6/8AAOT/uf8SANf/5P+8/w4Ayv/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//0/wAAEwD3//H/AAAAAAAAAAAAAAAAAAAAAAgA6P/s/+P/2P/t/w4A3f/s/+z/7P/v/wAAFADu/+3/AAAAAAAAAAAAAAAAAAAAAOD/6v/o/+v/6//s/xQA6f/m//f/4v/v//r/AAAeAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA+P/m/+X/0//r/xUA5f/r//b/EwD2/wAA8P/w//D/9f/a/wAA3f/j/9z/2f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/xsA8//t/9n/2v/q/9b/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/xQA+f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//H/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADq/+f/3//m/+z/6P8aAOP/7v/s/+3/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAKQDs/wAAAAAAAOv/1//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6//r/+D/5f/q/+r/GQC3/9H/sf+8/8v/7P8qALr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAA4AAAAAAOz/FAD3//v/7v/t/+z/7f/q/+n/FgDq/+j/6//q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+f/7P/h//P/7P8UAOX/8P/t//b/7P/z/xUA6//q/+z/7/8AABUAAAD0/+v/AADT/+n/8//T/+//7P8UAN//AAAAAAAAAAAAAAAAAAAAAOf/6v/r/+f/FQDs/+r/6//W/+H/8v/l/xMA0v/X/wAA7P/o/+z/7P/s/xQA7P/r/wAAAAAAAAAAAAAAAAAAAADo/+r/6v/v/+r/FgDo/+v/8v/r/9j/3//g/xUA5f/c/+z/7P/s/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA7f/q//f/8v/s/+b/9//q/+z/7v/s/xQA7f/t/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/5/+z/7P/s/+z/FAAAAMX/6f/V/9L/IADW/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/+b/7P/U/9n/AADH/yIA7P8VAOv/7P/s/+z/6//s/+z/FQDr/+z/7P/s/+v/7P/w/wAA9f/s//D/IgAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA//L/7P/6/9P/8f/1/wAA2P/o/8P/sP/C/8f/7//m/wAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA8P/i/wAAKADZ/9r/3f/F/8T/xf/p/+X/yv8SAPP/AAAAAAAAAAAVAO//7P8gANL/z//m/+n/7P/a/87/7f/s/+z/7P/t/xQA7P/s/+7/7//s//r/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA6//r/xUA6//s/+v/6v/q/9//BwAaAAAA6v/X/9D/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+3/7f8AAOz/EwAAAAAAAAAAAAAA7P/t/xUAAAAAAAAAAAAAAAAAAAAAAL7/6f/F/83/pv/M/xQAAAAAAAAAAAAAAAAAAAAAAAAA4v8aAOb/9f/u/+f/5v/j/wAAAAAAAAAAAAAAAAAAAADm//n/FgDp/+n/6v/i/+v/PQAAAAAAAAAAAPr/w/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7P8jAOL/+v8RANz/6f8AAAAAAAAAAAAAAAAAAAAA2P/W/ykA3v/h/8v/1v/S/+3/7f/z/wAAFADs/+z/7P/t/wAAAAAAAAAAFADt/wAABwDR/9v/yv/n/+X/AADL/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7f/s/+z/6P/s/+3/AAAWAOz/7P/q/+j/7P/s/9H/1/8WANj/7P8AAAAAAAAAAAAAAAAAAAAA7P/w//L/AAAAAPP/FADv/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/u/+//7/8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/t//P/9P/4/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xkA9f/w/+r/5v/s/wAAAAAAAAAAAAAAAAAAAADO/9T/2f/l/+f/3v8tANX/AAAAAAAAAAAAAAAAAAAAAOn/2P/a/+b/7f8LAAAA5/8AAAAAAAAAAAAAAAAAAAAA5/8aAOb/7P/s/wAAz//Y//X/FADy/wAA7f/u/+7/7f8AAAAAAAAAAAAAAAAAAAAA4f/p/+D/5P/q/+j/GwDf/+r/6f/o/+r/6//o/xcA6f/p/+f/GgDu/wAA6P/l/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+3/+f/s/wAA8P8UAAAAAAAAAAAAAAAAABUA9f/5/wAAAAAAAAAAAAAAAAAAAADX/7//GwDB/7v/DgC5/wAA2P/X/7H/wP/Y/wAADADW/wAAAAAAAAAAAAAAAAAAAACn/83/0P/N//D/AAC+/xUAAAAAAAAAAAAAAAAAAAAAAOr/8f/r/+z/7f/r/xYA6/8AAAAAAAAAAAAAAAAAAAAAFQDs/+//9v/s/+r/7P/q/+z/7P/s/+//AAAUAO7/7f8AAAAAAAAAAAAAAAAAAAAA7P/t//L/8//2/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/9//Y/97/6f/a/+r/zf8PABQA7P/s/+z/7P/s/+z/7P/l/+f/3f/f/xgA6f/S/+v/5//d/+r/6v/l/+f/GwDs/9//2f/o/yIAAADD/wAA4f/q/+r/6//r/+z/FgDp/+b/0f8VANj/3v/r/wUAs//q/+n/6P8AAOz/AAAUAOz/7P/s/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA1//I/9P/3//M//n/1f8AANn/6//s/93/5P8JAOP/7v/s/+z/7f/w/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD2/+v/FQDp/+v/6P/p/+v/7f/s/+z/7P/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9r/7//p/wAAKADf/9v/6//s/+v/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADN/w0A1//X/+f/CADC/9X/7f/v//L/7P8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/t//b/7P/z/xUA6//q/+X/yP8GAMf/uf/T/xsA5f/Y/+f/6v8AAOf/GwDa/+f/5//o/wAAEwDw/9r/5v8AAAAAAAAAAAAAAAAAAAAAAADs//n/9P/w//L/7P/7/xQAAAAcAAAAAADw/wAA4f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAHgDZ/9n/5P/o/9j/5f/Y/wAAFAASAAAA+v8AAPT/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALH/1v+y//T/xf+4/zMA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/9f/l/+T/5P8tANP/3f/j//b/6v/r/+b/GwDm/+j/9v8AAPj/AAD1/xQA8v/t/wAAAAAAAAAAAAAAAAAAAADj/wAA5v/5/wAA5f8eAPb/7//q/+n/6P/t//X/KQDr/xUA7P/r//H/7f/r/+n/7P/e/yMA4f/b/+X/z//X/9b/AAAAAAAAAAAAAAAAAAAAAM//w/+//yYA1f/0/9L/1v8AAAAAAAAAAAAAAAAAAAAA3P/l/+b/y//r/xoA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD/wAA5v/Y/+z/AAAhAN7/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+z/7P/q/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7/8AABQA7v/t/+r/8f/r/+T/6f/s/+v/FADs//v/AAAAAAAA7/8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAANAAAA9f8AAAAAAAAAAAAADQAAAOz/7P/s/+3/FADs/+z/7P/p/+z/7P/u/wAA7P8UAOz/6/8WAOr/7P/s/+z/6//r/9n/1v/F/wkADADq/9n/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8KANr/3v/6/wAA2P/i/+z/FADs/+3/7f/s/+z/7f/X/9D/CwDk/9L/EADR/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/5v/o/+r/FgDq/+v/+f/z/wAAAAAUAO7/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAOv/7//q/+v/6f/e/+z/7P/s/+//AADt/xQA7P/Z/9//6//r/9n/0//c/ygA7P8UAO3/7P/s/+z/7P/u/9j/5//s/9r/2//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAANAPr/AADh/xQA4v/n/+b/6P8AANj/8f8AAAAAAAAAACEA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v/p/+7/AADY/9j/0f/X/+z/5/8AAOX/+f8UAAsADgDk/xQAxv+9/+T/3f8OAOH/2P/J/97/yP/2//P/AAAAAAAAAAAAAAAAAAAAABEAz//k/+j/4//l/+j/DwAAAAAAAADv/wAAAAAXAAAA7P8UAOz/7P/s/+z/7P/s/+v/6v/q/+v/6/8WAOr/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9b/4P/k/wAA5f/l/x0A7P/x//X/AAAAAPb/FADx/wAAAAAAAAAAAAAAAAAAAADj/+P/7f/t//L/5/8eAOP/tP8AAKL/nf/I/8b/s/8WANj/3P/x/+j/5//r/9j/JwDj/+P/7f/t//L/5/8eAOP/HgDj/+b/5//l/+T/2f/i/+z/FADs/+3/7P/s/+v/7f/s//b/7f/v/+//7f8UAAAA7P/s/xkA9f/w/+r/5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/h/+z/8P/u/+z/FAD4/wAAAAAAAAAAAAAAAAAAAADj/+P/2P/a/+n/AADY/xIAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAJQDZ/9X/yP/W/8r/+P/I/+r/8f/r/+z/7f/r/xYA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+r/6f/o/+b/4P/n/xgA5v/k/9T/5f/k/93/1P8dAOn/AAAAANL/AADW/9f/3f/o/9//3P/c/9n/1v/b/+r/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADO/+r/3v/z/9X/BgDi//r/0/8cAOD/4P/r//D/5P/f/wAAAAAAAAAAAAAAAAAAAADZ/+D/6P8lANb/yP8AAML/6//s/+v/7P/s/xUA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/CwAAABcAuv/N/83/y/+g//D/CQAAAAAAAAAAAAAAAAAAAAAA9f/3//r/+P8AAOz/GgD2/wAAAAAAAAAAAAAAAAAAAADC/9f/DADS/9P/4f/M/wAAAAAAAAAAAAAAAAAAAAAAAOP/7P/w/+z/7P/n/+z/FQDi/+7/2v/r/93/2v8qAMv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+v/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA4f/V/+X/5f/a/9j/HwDe/wAAAAAAAAAAAAAAAAAAAAAUAOz/6//s/+z/6P/s//H/yf/o/+T/2v/Z//b/CwDp/+n/+//3/wAAAADs/xYA6v/s/+z/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA8v/k/+//EwDq/+v/7P/n/+v/6//y/9b/FAAAAOv/7P/t/+//8P8AABQA2P/A/wAA0//y/+L/6v/y/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/yAAAADN/97/1//m/9X/AADu/xsAEADP/9L/wv+7/wAA3f8AAOH/6f/c/93/6//r/+L/FgDe/+P/4//d/+H/IQDZ/9f/8//J/7//tP/N/wUA4//H/6//yP+3/9b/xv8WAL//7v/K/9X/6/8HANf/AADL/9T/x//p/9D/3v/j/x0A5v/o//n/9/8AAPj/8v8rANz/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f/s/xQA7P/s/+z/7f/x/+7/7P/s/xQAuf+3/7f/tf+8/yUA1v/5/+z/7f/x/+3/8f8UAOz/7P8SAL//w/++/8f/CQDF/+z/7f/k/+z/1/8AAAAAyv8AAO3/8P8AAPT/AADt/xQAAADs/xQA7f/t/+z/7P/s/+z/7f/k/+b/DAAAABAA3f/v/xEA2P/Z/9n/2f/Y/9n/AADX/+z/6P/Y/+n/5P8fAOv/AAAAAAAAAAAAAAAAAAAAAL7/0//n/+P/vf/K/9f/PADD/+P/1f/j/+P/PQDR/87/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+7/7P8UAOz/2P/I/w0A1f/U/8r/6f8NAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAA5v/m/+L/8P/a/w0Axv/B/8P/1v8AAAAAuf/e/+r/DQDu/wAA4f/p/+z/FgDz/7//1P/O/8//zv8rAOH/AAD5/8H/u/+7/+v/4f8AAOz/FADt/+3/7P/s/+z/7P/p/+n/6f/r/+n/6v8XAOj/6f8AAO3/KADv/87/7P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+z/FADt/+n/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/wAA7v/u/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/GQDn/+P/1//l/+j/3f8iAOj/7v8AAAAA9f/d//P/7P8UAO7/AAD4//X/7P/v/wAAAADf/wAA+P/0/9j/4//q/+f/3//m/+z/6P8aAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7P/1/+3/6//1/wAAAAAAAAAAAAAAAAAAAADl/yQA4v/r/+z/2f/c/+H/DADe/+f/4//d//r/6P/Z/83/5//n/+j/3//b/w0ABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/wAA7v/5/+z/FADs/wAAw//c/9n/3v/V/wAA2f/s/xQA8//t/+7/7//s/+3/CgD6//j/AAAAAPH/EgDl/+v/EwAAAAAAAAAMAPT/AADv//r/1P/G/6j/wv8KANb/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+n/6//p/+r/FwDo/9X/0//j/9j/2/8uANP/2/8AAAAAAAAAAAAAAAAAAAAA6//r/+v/6//o/+j/FQDr/+f/6/8ZANb/7P/G/+v/4P/6/wAA9v/7/wAA+f8iAO//7P/5/wAA9v8AAOz/FgDq/+b/2v+7/6j/AAC8/wwAu//e/8r/5P/R/7X/0P/j/wsA6//r/+z/5P/s/+r/6/8VAAAAAAAAAAAAAAAAAAAAAADs//H/7//1/wAA7v/u/wAA0v/d/7//0v8AAMz/CAAGAOz/7P/v/wAA7v/u/xQA7v/q/9r/4f/o/wAA2/8RAOz/5f8PANv/2//a/9D/AADO/7j/xf/Z/xQAw/+6/9P/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAAAAAAAAAA6P8AABkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf8FAA0A9/+m/9H/yv+o/xQAAADv/wAAAADs/+//AAApAPn/AAAAAAAA9//Z/wAABQAAAAAAAAAAAAAAAAAAABMA8P8AAAAAAAAAAO7/8v/a/9n/6P/t/ycA6f/h/+z/2//Y/wAA2P/l/xMA2//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/yUAzP/H/+b/x//N/+b/KADa/wAAAAAAANj/3f/r/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+7/7P/s/+//AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t/+v/9v/w//v/7P8GAOL/8v/k/xYA6//q/93/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/X/+7/8f/4/+z/+/8UAAAA6P/l/+z/6v/s/xAA7P/g/xYAAADs//r/1//4/9j/6P8XACEA+f/q/+n/3//o/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs//L/9P/1/+z/7P/u//L/EAAAAAAAAAAAAAAAAADm/xoA6P/r/+n/6v/g/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//r//n/7/8AAPH/FQDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQDF/8r/0v/O/8n/z//e//L/7P8UAPD/AADz/+3/7P/s//H/9f8AAPH/FADs//j/FADu/wAAAADv/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/d/7r/wP/i//P/4v8AAO//6/8WAOv/7v/r/+r/6v8AAO//1P/W/9j/5v8TAMn/wf/r/wAA7f/w/yoA1P/F//H/8v/t/wAAAAAUAOz/7P8IAAAAAAAAAAAA9/8JAAAAAAAAAAAAAAAAAAAAAAAAAPL/FgAAAAAA7//w/+//EQAAAAAAAAAAAAAAAAAAAAAA7f/t/+z/7//0//v/9v8UANX/EwDo/+v/DADY/93/y//s/+z/FAD0/+//7f/s/+3/7P/s/xkA9f/w/+r/5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/6/97/6//q/+j/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/1P8xANH/v//S/+b/1/8AAAAAAAAAAAAAAAAAAAAAAADm/8P/zP/4/8z/9f/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/6P/s/xQA6//s/+z/7P/t/xQA7P/r/+P/5//r/9L/1/8XANz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/5v/h/+D/2//Z/yQA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5//o/+n/FwDn/+f/6v8YAOz/7P/5/+7/7P/e/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/0P/p/+r/8f/f/zEA1f/w/+r/GADr//L/6P/p/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAAFQAAAAAA9//p/7j/v/+6/8v/uv82APT/2/8TAN7/zf/S/9H/DwAAAOr/5P/p/+L/3v8AAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9j/2P/X/wAADwAAAMP/7P/t/+z/9P/t/xQA7P/z/wAAAAAAAAAAAAAAAAAAAADY/87/6v/W/9r/8v/U/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgAAAO7/AAD0/+D/6//5//n/AAAAAAAA7P/z/xQAAAAAAAAAAAAAAAAAAAAAALv/xv8yAMf/yP/i/+j/wv/z//b/6//j//j/HwDl/+v/vP/C/87/vP+u/ycA7v/l/+n/6P/d/+n/8P8gANj/6P/z/wAAAAAAAAAAFQDv/+z/AADV/wAAAAAAACwAAAAAAAoA8f/a/wAA9f8AANj/2v8LAPL/AAAAACwA4f/e/+H/7P/k/wUA3v/s/+//4P8UAPH/+//2/wAAAAD1/xQA9f/s/+7/8//0//b/7P/s/xQAFQDs/+z/7P/u/+X/7P/s/wAAAAAAAAAAAAAAAAAAAADR/ysAAAAAAN7/6//Y//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAMv/7f/u/wAA6f/t/+P/6//p/+v/7P/s/xYA6//l/wAAAAAAAAAAAAAAAAAAAADs/+3/7v/s//n/FADs/+z/rP8lANT/v/++/7//EADQ/wAAAAAAAAAAAAAAAAAAAADT/wwA6/8AAPD/AADy/93/7f/t//T/9f8AABQA7P/s/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5v/f/+b/7P/z/9n/HwDq//D/8f/t/wAAAAAUAOz/7P/s/+z/7P/w/+3/6/8UAOz/4v+6/6z/rf/q/67/zP8qAAAAAAAAAAAAAAAAAAAAAADY/9r/5P/4//X/5/8oAPT/7P/s/+z/8P/t/+v/FADs//b/AAD4/wAA9f8UAPL/7f8AAAAAAAAAAAAAAAAAAAAA1P/A/8n/yv/o/ycA1P/b//L/HQAAAAAA8f8AANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xUA7f/Y/+z/AADY/+v/8v/s/+z/7v/5/+z/FADu/+v/7P8AAAAAFADp/+f/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+v/7P/s/+z/FADs/+z/7f/t/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/JAD5//n/4P/q/9j/6f/1//v/AAAUAO3/9v/s/+3/9f8UAPL/AADt/+7/7v/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPD/9v8UAPn/AAAAAOz/7P/s/xQA8P/x/+v/7v/r/+z/6/8UAOz/7P/t/+z/7P/r/9n/AADs/+v/7P/b/wAA7P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/u/+3/7f/s/+z/7P/i/9r/HgDo/+T/0//P/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7v/s/xQA7P/Y/wAA1//X/+r/6v/Z/xAAAAAAAAAAAAAAAAAAAAAAAM//4f/t/9D/1v8AAMv/CAAAAAAAAAAAAPH/+v/t/xQAAAAAAAAAAAAAAAAAAAAAAO3/7v/s/+//7//s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADC/7v/xP/C/8T/LADR/+T/AAAAAAAAAAAAAAAAAAAAAAAA4P/n/+P/2P8AAOr/9v/b/9z/zv/Y/97/KgDT/9H/0//J/93/0/++/y4A1f/i/xQA7//Y/wAAz//Y/8v/3f/r/+v/7P/t/wAA3P8RANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7v8AAPP/7P8UAO3/LADh/7f/pv/M/9r/6f/M/wAAAAAAAAAAAAAAAAAAAAAqAOr/+P/f/+r/AADS/9H/4//i/9T/1v/g/8v/xf82AMP/GgDR/9j/v//Q/+//3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAD1/wAA8//q/zQAyv/N/7f/tv+8/7v/AAAAAAAAAAAAAAAAAAAAAO//6P/t/+z/GwDr/+z/6v8AANX/2f/Z/+b/AADW/8n/4v/S/9f/y//e/wkA1f8AANv/5f/U/+T/6//j/x0A3//T/9r/6//m/8X/2f8gAOf/AAAAAAAAAAAAAAAAAAAAAOn/7P/s/+7/AADs/xQA7P8AAAAAAAAAAAAA7f8UAAAA7P/s/+z/7P/s/+z/FADq/wAAAAAAAAAAAAAAAAAAAADn/x0A6P/r/+r/4//U/+n/6//r/+//7f/s//X/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwDy/wAAFACP/83/2v+v/5//9P9d/wAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAPf/8//m/xsA6f8AAAAAAAAAAOj/AAAZAAAAAAAAAAAAAAAAAAAAAAAHALz/3f/B/9L/CwDQ/+r/LwDj/+//AAAAANX/2f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//s/+r/6v8UAOn/7P/6/wAAAAAAAAAAAAAAAAAAAADt/+3/8/8AABQA7P/s/+z/7P8AAPj/AAAAAO3/FADt/wsA7P/r/wAAAAD2/+3/7P/V/wAA3v/R/8j/1f8NAOz/6P/j/+z/3f/b/9j/6/8gABQA7P/s/+7/7P/s/+z/7P8UAOz/8//t/wAA7f/s/+z/AAAAAAAAEAAAAPX/AADz/xQA7P/s/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAFQDr/+z/6P/s/+z/6//r/wAAAAAAAAAAAAAAAAAAAADO/+H/3P/F/+r/6P8tAOX/+P8AAAAA8f8AAAAAGwAAAOv/7P/u/+//8P/b/+z/FADr//T/+v8AAAAAAAAYAPr/AAAAAAAAAAAAAAAAAAAAAOn/7P/t/+7/7/8WAOL/7P8AAAAAAAAAAAAAAAAAAAAA4f+4/7b/yf/S/5X/zf8sABMA8/8AAAAAAAD3/+3/+v/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/AAArANf/5f/L/9b/2P/U/wAA7P/s/+j/6f/Q/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9j/2f/b/x0A6//p/9j/9f/1/wAA+P8UAPD/AADs/+P/EADY/9n/AADY/+j/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAPH/AAAAABsAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+n/7f/s/+n/7P8VAAAAAAAAAAAAAAAAAAAAAAD2/+D/8//w//L/8f/m/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA9v/r/xsA6//m/+r/0f8UAOv/AAAAAAAAAAAAAAAAAAAAAA0AAADh/wAA0P/Q/+b/2P8AAAAAAAAAAAAAAAAAAAAA7P8UAO//9/8AAOz/7P/t/xQAu//G/8b/zf/7//b/2v/h/yEA5v/s/+v/6//P/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALADd/+j/4v/q/9j/0//i/wAAAAAAAAAAAAAAAAAAAAD4/x8AAAD4//P/AADg//f/7P/r/+v/7P/y/+r/6/8UANP/BgDe//H/7P8AAA4A4P8AAAAAAAAAAAAAAAAAAAAAzP/o/8j/2P/U/9j/LgDE/+z/7P/s/+//7P/s/xQA7P/6/wAA9v/7/wAA+f8iAO//6/8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADq/+v/6//o/+j/5P8WAOz/5P/r/+z/6v8fANb/5//H/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/8YAOz/3//q/93/2P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AADn/+b/2P/e/wsA2P8AAAAAAAAAAAAA8v/5/x8AAAAAAAAAAAAAAAAAAAAAABEA6P/Y/9n/2P/Y/9n/AAD1/9n/1v/i/+f/CADr/8n/7P/s/+z/7P/s/+v/7P8UAAAA+P/5/wAAAADt/yAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs//X/FQD7/wAA7f/s/+z/7f/s/xQA7P/s/+z/7P/r/+z/7f/t//H/7P8AABQA7P/s/+X/AADY/+f/7P/q/wAA6v8UAO3/7f/t/+7/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/f/+n/3//5/x0A7P/g/xQA7//0/+z/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAPj/AAD1/+3/FAAAAOL/7f/r/+z/6//s/+3/7v/z//H/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAA6/8AAAAAAAAAAAAAAAAAAAAA9v8PANn/1P/n/wAA1v/V//r/7f/5/+z/AADw/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQA2//l/+f/2//D/9T/0/8AAAAAAAAAAAAAAAAAAAAAzf8AAND/zf/S/xkA0f/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPwDK/8z/3P/L/8L/wf/E/wAAAAAAAAAAAAAAAAAAAADY/9v/FADl/+X/6v/r/wAAFQC9/+7/zv+Z/wAAsv/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/s/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/Z/+D/2P/Y/wAA6/8AAAAAAAAAAAAAAAAAAAAA7P/v/wAAAAAAAOr/HwAAAOz/7P/s/+n/7P/s/xQA7P/s/wAA+//s//X/7P/s/xQA7P8VAOz/3//u/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f8UAOz/7P8AAAAAAAAAAAAA9f8AABUAAAAAAAAAAAAAAAAAAAAAAAsArP+//5j/vf/x/9f/2P/x//L/7f8AAAAAFADs/+z/1/8VAOX/5//Q/xsA6//s/yAAs//Y/9P/5v/R/+//wP8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P8UAOz/7P/r/wAA7P/s/+z/7f/r/wcA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//FAD5/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/X/9r/8//o/9z/6/8nAAAAAAAAAAAAAAAAAAAAAADo/wAA4P/Y/9j/6v/W/w8AAAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/k/+f/5//m/xcA6f/t/+b/GgDm/+b/5//m/+X/5f/Y/+D/6v/n/9n/7P8VANr/CADC/8n/yv/G/+j/AADg//D/9v8UAPn/AAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAA3//c/93/2P/i/8//5P8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8bAPn/5/8AAPn/AADp/wAAAAAAAAAAAAAAAAAAAAALANv/z//X/+T/0v/5/87/AAAAAAAAAAAAAAAAAAAAANX/3P/j/+v/FADr/+b/AAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/7P8UAOz/7P/s/+P/+P/q//f/AADs/xUA7f/j/9b/5P8gAOb/3f/X/9v/7f/s/+z/7//v/xQA7P/s/7f/YgCl/+r/6f+I/8z/ev/n/xoA9P/1/+z/5v/n/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f8iAOv/AADo//P/1P/m/wAAFQAAAAAAAADu/+7/+f8AAAAAAAAAAAAAAAAAAAAA6P8YAOr/6//q/+n/7P/s/9T/FwDo/+H/3P/c/+v/3/8AAAAAAAAAAAAAAAAAAAAA5P8bAO7/8//4/+f/5v/u/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/c/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8ZAAAAAAD3/wAA7//2/+z/FADt/+//7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA2f8nAN7/5f/Y/9j/2f/p/wAAAAAAAAAAAAAAAAAAAADZ/ygA9P/g/9//4//Z/+r/AAALAAAAAAAAAAAAAAAAAO//GQAAAAAA9/8AAO//9v8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/u/+z/FADs/+v/6/8XAOv/7P/r/+T/6v8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/8P/u/+z/7P/v/wAAAAAAAAAAAAAAAAAAAACM/1sAoP/M/5L/sv/F/87/BQAAAAAAAAAAAAAAAAAAAPL/FgAAAPf/8v/t/+3/9//s/+z/7P/u/wAA7P8UAOz/AAAKAAAA4P/h/9X/2P/c/wAAAAAAAAAAAAAAAAAAAADV/8z/0f/J/9T/xP80AMH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+n/6v/q/+z/2v/q/xoAwf8OAPD/0v8VANP/4v/Z/+z/7v/t//D/+P8VAOz/6//M/8H/EAD0/8f/AAC+/9H/vf++/5P/DQAQAMz/xv8AAAAAAAAAAAAAAAAAAAAAAADs/wAA+P/t/+7/JwDZ/+D/+f8AAAAAAADu//D/9f8TAAAAAAAAAAAAAAAAAAAAAADH//D/0f/C/+L/CQDY//n/3P8TAO7/2P/1/wAA2P/Z//P/AAAAAAAAAAAVAO//7P/X/7X/wf+1/7r/AAAHAPH/AAAAAAAAAAAAAAAAAAAAAOr/7P/W/8f/2v/W//L/DQAAAAAAAAAAAAAAAAAAAAAA7P/o/+z/7f/t/+3/GADs/8P/yf8UAMr/y//d/9X/AAAAAOz/+P/s/wAA7v8UAPv/AAAAAAAAAAAAAAAAAAAAANj/IADY/9n/0//Y/+v/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAAADy/wAAAADr/+f/AAAAAAAAAAAAAAAAAAAAAAAAxP/L/8//x/8wAMj/wP/7/7T/zP/V/8T/LwCy/9T/9f8AAAAAAAAAAAAAAAAAAAAA7v/0/8L/zf8uAKn/z//n//X/9f8AAPj/FADw/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+b/8f/l/+f/3/8kAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/8n/tv/A/73/9f/i/xwAz//T/7P/mP/T/+D/uP8AANj/6P/x/+z/AAAiANz/7P8AAAAAAAAAAAAAAAAAAAAAHADn/+n/6v/n/+b/xP/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s//T/7P/r/wAAAAAAAAAAAAAAAAAAAADf/9T/sf/L/wAA6/8AAOP/3v/k/9z/6v8aAOz/6v/Y//X/1f/p/+j/4v8AAO//zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/+f/0//X/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPP/5f/p//j/6//x/+L/FwDi/+n/7v/s//H/2v/g/ycA5v/m/+n/6v/o/+P/GgDm/wAAAAAAAAAAAAAAAAAAAAD4//r/7/8AAPD/FADy/+3/FADs//H/9//u/+3/7P/s/8r/AADo/8L/4f/e/wcAz/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/1v/z/93/2f/p/yQA6v/s/xQA9//s//D/9f/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL7/AADH/9b/xf/H/xUA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAWAAAAAADt/wAA+P/z//f/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9f/5/wAAAAAAAAAAAAAAAAAAAADk/+r/7v8UAO//5f/s/wAAAAAAAAAAAAAAAAAAAAAAABUA5v/r/+j/6//p/+v/6f8JAOH/1P/n/wAAAACq//f/7P/s/+z/AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAD0/+L/8//l/+H/9f8lAO7/AAD2/+//9/8AAAAAEwD4/+z/FADt/+7/7P/t/+z/7P/s/+3/7f/3/+3/7P/s/xQAxP8NAOf/xP/b/8H/DgDJ/+z/FQDs/9z/7P/r/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAD0/wAA+/8AAPX/AAASAOX/9//s//f/7//Z/xQA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/3f/e//X/2f/3/97/EgD0//f/vv+w/8n/+f8VANH/AAAAAAAAAAAAAAAAAAAAAOz/7P/5/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/9//u/+z/FAD7//n/HQAAAAAA+/8AAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+H/7P/r/+v/4P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f/s/xQA7P/c//T/6P/r/+v/6/8PAOj/4/8AAAAA7/8AACYA8v/r/8L/3//s/8//1v8KAO3/AAA3AOX/3P/J/7T/r//e/67/AAAAAAAAAAAAAAAAAAAAAAgA2P/k/+D/4/8AAOP/6v/p/+3/7f/t//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAA8Az//K/8r/2P/r//n/5/8AAAAA7//0/wAAEwD3//H/7P/s/+z/7v/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/M/+7/AADr/9j/2P8AAOn/8P/v/wAAAAAYAOD/7f/6/wAAAAAAAAAACQAAAAAA7P/s/+z/7P/t/xQA7P/s/+3/+v/w//X/+P8WAO//7f/o//b/FAD1/wAA6P/s/+z/FADt/+3/7f/u/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADY/9f/1P/b/+z/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/xoA+f8AAO7/AADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A5//V/+b/5v/M//b/z/8AAAAAAAAAAAAAAAAAAAAAxv+u/73/3f/O/xEA4v/p/wAAAAAAAAAAAAAAAPr/DwDX/9f/5v/f/+n/5//i/xoAKQDj/9b/zf/e/9D/0v/U/+z/FADs/+z/7f/s/+z/7P/m/+P/4//n/+f/5v8cAOT/AAAAAAAAAAAAAAAAAAAAACQA0v/M/87/vP/E//D/4f8oAKv/vf/E/6P/pP/2/5b/7v/s/+3/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADY/ycA3P/m/+n/3v/Y/9n/AAAAAAAAAAAAAAAAAAAAAA4Az//W/9D/uf/U/wAA+P/s/+z/7/8AAO7/7v8UAO7/3//l/9//4v/o/+P/HgDZ/+z/7P/s/xQA7v/s/+z/7P/t/xQA8v/w//L/7P/s/+//6P/q/+r/6P/p/+n/FgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8xALT/w//G/9X/0P/c/+z/FAD6//T/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+v/t/xQAAADJ/73/8P+j/7L/2/8HAAAAAAAAAAAAAAAAAAAAAADb/9v/7P8iAOP/2P/j/+r/4f/b/8//1f/U/8z/IQDW/+L/5//j/+b/6P/d/x4A2//j//L/4P/p//j/9/8jAOv/AAAAAAAAAAAAAAAAAAAAAO7/7P/s/+3/7P/s/xQA7P/u/+3/9//s/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/6//u/+//7v/u/xUA9v/s//b/7f/v/+//7f8UAAAAHADs/+r/7P/0/+v/3//s/9T/DQAPANH/zP/m/+f/4P/p/+v/2P/p/+r/GwDp/+v/AADt/+3/AAD4/+3/7f8UAOr/5//f/+b/7P/o/xoA4//g/9j/3P/v/+P/2P8hAOX/IgDf/+L/5P/i/+X/2v/X/wAAAAAAAAAAAAAAAAAAAADs/wAA5P/m/+L/7P/f/xMA7P/s/xQA7P/s/+z/7P/s/+7/AAD0/wAAAADw/xMA7v/p/7//sP+m/6L/of8xAK7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/3v/j/97/5//u/+7/AADC/6//uf/W/9T/KwDf/87/2f/k/+X/5//s/xoA1P/q/+X/CwDm/+f/2/8TAM7/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AABAA1f8oANf/2//Y/+r/1//W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+H/AADY/8//2P8cANn/AAAAAAAAAAAAAAAAAAAAAOn/4//k/wAA7f/m/9X/HQAAAPr/GQD3/wAA+//j/woA6f/j/+T/AADt/+b/1f8dAAAAAAAAAAAAAAAAAAAAAADs/+z/4//s/+z/6/8AABQA6P/q/+r/6P/p/+n/FgDp/7b/0f/D/9f/1f8AACoAxv/c/7f/EgDX/9P/xv8VAPf/7v8AAPX/9f8AAOr/2f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0A8f/Y/wAA1f8AAMP/3/8AAAAAAAAAAAAAAAAAAAAAFAAAAO3/7f/k/+z/8f/m/xQA7v/v/+7/8P/u/+z/7f8AAAAAAAAAAAAAAAAAAAAAAADs/+j/7P/p/97/2/8MAOf/GgD0//X/7P/m/+f/6P/C/+r/w//t/8X/0/8JAAAA3P/g/+3/5v/t/+z/IQD4/wAAAAAAAAAAAAAAAAAAAAArANL/1f8AAPX/6f/Q/+j/AAAAAAAAAAAAAAAAAAAAAOD/6v/s/9n/7v8AAOn/BQD1//X/AAAAAAAAEwAAAPP/AAAAAAAAAAAAAAAAAAAAAOz/8f/1/wAA8f8UAOz/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALX/xP8RAM3/tv/y/7//9//Z/83/0P/M/77/JwDc/+3/+P/h/+z/7v/T/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8AAOj/3v/b//f/yf8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t/+z/8P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/8//7P8UANX/0v/3/+3/AAAAAAAAAAAAAAAAAAAAAN//3f/q/wAA8//3/xYA6v/m/xYA7P/s/+r/7P/q/+z/HwC//67/2f/A/8T/AADV/+P/LgDR/+r/8v/V/8n/1//0/7//0//A/9L/p/8TANP/AAAAAAAAAAAAAAAAAAAAAAcAw//b/7f/pv+5/ycAuf8AANj/6v/s/9r/2P8IAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/U/+b/5v/x/9P/FQDV/wAA9v/v//f/AAAAABMA+P/v//P/7P8UAO3/7P/s/+z/HAAAAPn/AAAAAPf/6f8AAAAAAAAAAAAAAAAAAAAAAADm//X/AAD7/wAA+f8fAO//FADs/+z/7f/u/+z/7P/s/wAAAAAAAAAAAAAAAPT/FQDs/+z/7P/t//T/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOT/4v/j/+f/7v/k/+r/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/6//t//H/AAAfANr/7f/o/+v/FgDr/+r/6f/l/+r/AAAAAAAAAADs/wAAAAAkAAAAAAAAAAAAAAAAAAAAAADD/9D/AADv/7//GQDK/77/wv/D/+v/4f/J//D/EgDa/+D/2f8UAOr/6//n/wAA4//O/8f/0P/Z/9f/2P8XAOr/AAAAAAAAAAAAAAAAAAAAAOv/6//z//X/7f/s/xUA7v/p/8b/1v+z/9H/t/8rANb/7f/s/+3/7f/t/+z/FADs/+H/5P/j/9j/5P/g/9//HwAAAAAABwAAAAAAAAAAAAAA6f8ZAOn/4f/s/93/3//r//j/+v/v/wAA8P8UAPL/7f/T/wYA3v/x/+z/AAAOAOD/HADR/+j/2P/o/+v/0v/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA8v/0/wAAAADz/9j/+P/e/+f/2P/Z//P/2f8nANn/AAAAAAAAAAAAAAAAAAAAAOr/0//W/+b/6f/o/y4A2f/s/+3/7P/s/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAACYA9f8AAPr/AAAAANr/AAAUAOz/7v/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/s/+z/7P+r/9X/TwCx/7H/uv+v/8n/u/+k/1MAuP/F/7r/xP+x/+v/8v8eAPD/7//g/+v/6f8AAAAAAAAAAAAAAAAAAAAA0v8IANv/0v/Z/+D/3/+7/wAAAAAAAAAA7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9//2f/r/xQA2f/Y/wAACwAAAAAAAAAAAPn/+/8AAAAAAAAAAAAAAAAAAAAAAADi/wAA5v/s/9X/5f8AANr/1P8tANT/5P/W/97/1P/Q/+n/6//q/+j/7P/r/xUA6/+z/wsAFADg/9//sP/s/+3/2P/U/8v/y//T/9X/NQDP/+b/BwC//8D/8f/0/8T/EQDs//r/AAAAAAAAFAD2//v/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/6//a/+T/6//p/93/GQAAAND/5//f//D/6/8AANT/AAAAAAAAAAAAABcAAADx/wAAAAAAAAAAAAAQAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAA9/8AAOv/7v8AAPn/+f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5//Z/9r/4f/f/9j/1/8iAMX/AAAjALT/AAC0/9b/zv88AOf/xv/W//L/5v/B/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA9P/s/xQA7P/a/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+n/EwDh/93/9//b/+r/2f8UAOj/6f/q/+n/AADi/+b/z//n/wUA1v/f//b/9//m/8f/vv+1/7j/KgDo/87/7f/p/+z/8v8AAPT/FQD7/9P/2P/B/+j/2P/U/zkA0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//n/AADr//r/5f8AABsAFgD2/+v/7f8AAOz/6v/0/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA2P/f/+D/4f/e/93/AAAAAOz/7P/u/+z/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA5f8kAOL/6//s/9n/3P/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/9//xP8AANr/r//Q/wAAAAAAAAAAAAAAAAAAAAAAAMf/5P/V/9r/EwDX/93/9//q/+v/5P8AABQA9v/f/+v/7P/u/+3/8P/4/xUA7P/r/wAAAAAAAAAAAAAAAAAAAACv/+z/3f/q/+j/5v8aAOz/6f8AAOz/6//r/+z/EwDq//L/0f/Z/9b/2P/S/+b/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6P/c/9j/AADd/9//FgDx//v/9v8AAAAA9f8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAFQDp/9j/6f/Y/9j/2P/1/73/z//L/7n/1//p/wAA2P8WAOn/4f/o/97/6//f/9j/FgDp/+H/6P/e/+v/3/8SAOz/7P/v/+7/7v/u/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q/9j/1P/V/9//y//Y/9H/yv/I/+3/KgDT/xkA5P/k/+n/6P/m/+j/5//s/+z/7P/t//D/6P/s/xQA1v/Z/+T/3P/g/+T/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/c/9n/6v/h/9j/AAASAAAAAAAAAAAAAAAAAAAAAADB/+r/6v/4/wAA5f8VANj/6//Y/+7/IgDm/9r/6//Z/+P/IwDa/9n/2P/Y/9j/6f8mAPT/9P8AAAAA7P/h//j/AAAAAAAAAAAAAPX/AAAQAO3/BgDD/xMAm//G/9H/vf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/wAA6//p/+L/GgDs/+L/6/8XAOr/7f/s/+n/5v/p/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/7f/s/xQAAADY/9r/1v/R/9T/1f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADZ//j/+v/o/9j/1//X/xQA7P/r//D/7P/w/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADt/wAACAAAAAAA7P8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAMz/2f/n/83/IQC8/9T/CwAAAAAAAAAAAPn/+/8AAN7/rP/L/9n/4//7/wAAtP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//t/xQAAAD4/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAzAOj/AAAAAO3/3f8AAAAAAAAAAAAAAAAAAAAAAADX/+n/6/8AANv/1/8iAOz/AAAAAAAAAAAAAAAAAAAAABkAof/E/8L/wP/Q/+P/+v/a/83/1/8IAML/+//d/+//AAAAAAAAAAAAAAAAAAAAAAAA3v/q/+j/7f8JAOL/1/8VAOz/7P/s/+7/5f/s/+z/AAAAAAAAAAAAAAAAAAAAALP/CQC6/8P/3/8RAAoA5P8AAAAAAAAAAAAAAAAAAAAAJwDc/9f/3P/o/9f/5P/Y/wAAAAAAAAAAAAAAAAAAAADu/x0AAAAAAAAA+P/j//H/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/7v/l/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/2/+3/7//v/+3/FAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/u/+3/7P/s/xQA'
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
/**
 * The class model reads a cause line's own features and its neighbours' words, apart. A runner's
 * or wrapper's echo of the exit code after the line (`Process completed with exit code 1.`,
 * `make: *** [all] Error 2`) closes failures of every class: it is no neighbour, in training as
 * in use.
 */
function windowFeatures(lines, at, spread = 2) {
    const out = new Set(lineFeatures(lines[at] ?? ''));
    for (let i = Math.max(0, at - spread); i <= Math.min(lines.length - 1, at + spread); i++) {
        if (i === at || (i > at && ECHO.test(lines[i])))
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
 * with a rule's name, when no lint cue read the line already; undefined otherwise. In a step
 * whose command ran a linter and no other family's tool (`stepLints`), every error annotation
 * but the runner's exit-code line is the linter's finding, whatever its message says (biome's
 * `##[error]Using == may be unsafe …`, a workflow's `##[error]a.go is not formatted`).
 */
function annotationLintCue(text, command, cues, stepLints = false) {
    if (stepLints && command === 'error' && !cues.some((c) => c.pattern === 'PAT-007' || c.alone) && !ECHO.test(text))
        return ANNOTATION_LINT_HIT;
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
// failed) and PHPUnit's verdicts (`FAILURES!`, `ERRORS!`, then the counts). The go command's
// own fatal error in a `go test ./...` run (`go: no such tool "covdata"` under a package's
// `# pkg` header, `go: inconsistent vendoring`) fails the run whatever the packages after it
// print: their `ok  \tpkg` lines do not make it a test binary's expected output.
const STEP_FAILING = /^(?:go: (?:no such tool "[\w.-]{1,40}"|updates to go\.(?:mod|sum) needed|inconsistent vendoring)|\[(?:INFO|ERROR)\] BUILD FAILURE$|\[INFO\] \S.{0,200} \.{2,} ?FAILURE \[ {0,4}[\d:.]{1,12} ?(?:s|min|h)?\]$|FAILURE: Build failed with an exception|Build FAILED\.$|\*\* [A-Z]{1,20}(?: [A-Z]{1,20})? FAILED \*\*$|(?:FAILURES|ERRORS)!$)/;
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
        regex: /\baudit\b|\bvuln|\bsecurity\b|\bsnyk\b|\btrivy\b|\bgrype\b|\bosv-scanner\b|\bsafety (?:check|scan)\b|\bbandit\b|\bgosec\b|\bgovulncheck\b|\bdependency-check\b|\bcargo[- ]deny check (?:advisories|bans)|\bretire\b|\bsemgrep\b|\bcodeql\b|\bbrakeman\b|\bgitleaks\b|\btrufflehog\b|\bcheckov\b|\btfsec\b|\bsast\b|\banchore\b|\bscout\b|\bxray\b|\bnancy\b|\bosv\b|\bdependency-review\b|\bsecretlint\b|\bdetect-secrets\b|\bggshield\b|\bsecrets? ?scan/i,
        points: 20
    },
    {
        pattern: 'PAT-007',
        regex: /\blint|\bfmt\b|(?<![-=])\bformat|\bprettier\b|\bstyle\b|\bstylecheck|\bclippy\b|\brubocop\b|\bflake8\b|\bpylint\b|\bruff\b|\bblack\b|\bisort\b|\bgolangci|\bstaticcheck\b|\bgofmt\b|\bgoimports\b|\bgo vet\b|\bktlint|\bdetekt|\bspotless|\bcheckstyle|\bswiftlint\b|\bshellcheck\b|\bhadolint\b|\bmarkdownlint|\byamllint\b|\bactionlint\b|\bpre-commit\b|\bcodespell\b|\bcspell\b|\btypos\b|\bspell(?:ing|[- ]?check\w*)\b|\bmisspell\b|\beditorconfig|\bphpcs\b|\bphp-cs-fixer\b|\bphpstan\b|\bpsalm\b|\bcredo\b|\bbiome\b|\bclang-tidy\b|\bcpplint\b|\bcommitlint\b|\bdprint\b|\btflint\b|\bkubeconform\b|\bkube-score\b|\bconftest\b|\bbuf (?:lint|breaking|format)\b|\bsqlfluff\b|\breviewdog\b|\bsuper-linter\b|\bmegalinter\b|\btrunk check\b|\b(?:es|style|ox|ts|js|html|sass-|scss-|ls-|erb_?|haml-|slim-|golang|luac|selene|sol|hado)lint\b|\b(?:jshint|htmlhint|rustfmt|clang-format|shfmt|yapf|autopep8|pycodestyle|pydocstyle|pyflakes|pylama|prospector|vulture|standardrb|scalafmt|scalafix|scalastyle|ktfmt|swift-format|swiftformat|stylua|luacheck|hlint|ormolu|fourmolu|elm-format|djlint|textlint|vale|proselint|cppcheck|rstcheck|doc8|rst-lint|restructuredtext-lint|gofumpt|revive|misspell|taplo|yamlfmt|oxc)\b|\b(?:dart|flutter) analyze\b|\bdotnet format\b|\bmix (?:format|credo)\b/i,
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
const MODEL_CLASS_WEIGHT = 2;
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
    /** A log saved by `gh run view --log` shows its ANSI codes' escapes as `^[`: read as escapes. */
    carets = new log_line/* CaretEscapes */.SA();
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
    /** stepLints' answer for a step, while its title and commands stay as they were. */
    lintStep;
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
        this.feed(this.carets.next(chunk));
    }
    feed(chunk) {
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
        const held = this.carets.end();
        if (held !== undefined)
            this.feed(held);
        const { lines, bytes: read } = this.splitter.end();
        const bytes = read + this.carets.removed;
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
    /** Whether the current step's title and commands name a linter and no other family's tool. */
    stepLints() {
        const s = this.step;
        const key = (s.title?.length ?? 0) * 65536 + s.commands.length;
        if (this.lintStep?.step !== s || this.lintStep.key !== key) {
            const said = stepPriors([s.title, s.commands].filter(Boolean).join('\n'));
            this.lintStep = { step: s, key, lints: said.has('PAT-007') && said.size === 1 };
        }
        return this.lintStep.lints;
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
        const annotated = candidate
            ? annotationLintCue(text, v.command, cues, v.command === 'error' && this.stepLints())
            : undefined;
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
            // A class whose rule read only a line the passing run printed too is that run's noise.
            if (x.noise && x !== best)
                continue;
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
    /**
     * A line's neighbours as far as the recent lines and its excerpt hold them (for the line
     * model), without the lines a passing run of the job printed too: they are noise to it as well.
     */
    windowAt(line, excerpt) {
        const before = [];
        for (let i = 0; i < this.recent.size; i++) {
            const r = this.recent.newest(i);
            if (r.line >= line || r.line < line - MODEL_SPREAD)
                continue;
            const text = recentText(r, MAX_EVIDENCE_TEXT);
            if (this.baseline?.has(text) !== true)
                before.unshift(text);
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
/**
 * On the failure's own line, or a few lines under it where tools give the cause of an error
 * (cargo's `Caused by:` block: `process didn't exit successfully: … (signal: 9, SIGKILL: kill)`),
 * the cause's cue may weigh less: it is part of the error the tool reported, even on a line with
 * no error word (go's `go: m@v1.6.0: Get "…": dial tcp …: connect: connection refused`).
 */
const EXPLAINING_MIN_CUE_CLOSE = 30;
const EXPLAINING_CLOSE_AFTER = 3;
function explainingCause(scores) {
    const best = scores[0];
    if (!best)
        return undefined;
    const line = best.hit?.line ?? best.ev?.line;
    for (const e of EXPLAINING_CUES) {
        if (best.pattern === e.pattern || (e.over !== 'any' && !e.over.includes(best.pattern)))
            continue;
        const cause = scores.find((x) => x.pattern === e.pattern);
        if (!cause?.ev || !cause.cueId || !e.cues.includes(cause.cueId))
            continue;
        const close = line !== undefined && cause.ev.line >= line && cause.ev.line <= line + EXPLAINING_CLOSE_AFTER;
        if (cause.cue < (close ? EXPLAINING_MIN_CUE_CLOSE : EXPLAINING_MIN_CUE))
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