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
    features: "b:0 0\nb:0 a\nb:0 a04\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a4\nb:0 a62\nb:0 a7aef8b1\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 all\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 amd64\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assigned\nb:0 assignment\nb:0 at\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 between\nb:0 bin\nb:0 binutils\nb:0 black\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 branchpoint\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 builtin\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 cart\nb:0 catch\nb:0 cc\nb:0 cgen\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 class\nb:0 clean\nb:0 cleanup_file_variables\nb:0 client\nb:0 code\nb:0 codex\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 contract\nb:0 core\nb:0 could\nb:0 cp310\nb:0 cp311\nb:0 cp314\nb:0 critical\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 date\nb:0 db\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 declarations\nb:0 def\nb:0 default\nb:0 dependencies\nb:0 depends\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e7\nb:0 e8f\nb:0 eadcdc7d\nb:0 echo\nb:0 efde290b\nb:0 efe31b98f2\nb:0 eff\nb:0 either\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 executing\nb:0 exit\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f7\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 fb\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 flash\nb:0 fn\nb:0 for\nb:0 format\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 gcc\nb:0 gcr\nb:0 gdb\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 head\nb:0 high\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 i128\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 insufficient\nb:0 int\nb:0 into\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 item\nb:0 items\nb:0 j30\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 low\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m12\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 measured\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minute\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 n\nb:0 name\nb:0 nanopb\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newlib\nb:0 newline\nb:0 newly\nb:0 no\nb:0 nodes\nb:0 none\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 on\nb:0 operation\nb:0 or\nb:0 origin\nb:0 p\nb:0 p1\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 post1\nb:0 pre\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 price_cents\nb:0 print\nb:0 problems\nb:0 process\nb:0 prod\nb:0 projects\nb:0 pub\nb:0 pull\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quantity\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 rc1\nb:0 rc2\nb:0 rc3\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 releases\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 s2n\nb:0 saas\nb:0 scenarios\nb:0 sdks\nb:0 sec\nb:0 second\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 severity\nb:0 sh\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 sid\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 soroban_sdk\nb:0 source\nb:0 spond\nb:0 src\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t03\nb:0 t06\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t20\nb:0 t21\nb:0 t22\nb:0 tar\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 template\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 title\nb:0 tmp\nb:0 to\nb:0 too\nb:0 toolchain\nb:0 total\nb:0 trailing\nb:0 true\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 ubuntu2\nb:0 ubuntu3\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 upgraded\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 usr\nb:0 v0\nb:0 v1\nb:0 var\nb:0 variable\nb:0 variante\nb:0 verify\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 we\nb:0 webpack\nb:0 weighted\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 you\nb:0 z\nb:0 zephyr\nb:0 zig\nb:0 zzpmw\nb:a 0\nb:a b\nb:a bash\nb:a binary\nb:a blank\nb:a branch\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a e\nb:a failure\nb:a feeds\nb:a few\nb:a file\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a in\nb:a invoices\nb:a is\nb:a k\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a required\nb:a return\nb:a s\nb:a safe\nb:a shutdown\nb:a signed\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a userland\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a x_\nb:a y\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4 0\nb:a4006 this\nb:a_ m\nb:aaa api\nb:aaa go\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action cogni\nb:action download\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions runner\nb:actions runs\nb:actions setup\nb:actions task\nb:actions upload\nb:active on\nb:activity kt\nb:actual 0\nb:actual behavior\nb:actual classes\nb:actual typealiases\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add the\nb:add url\nb:added 0\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address all\nb:address range\nb:addresses should\nb:admin py\nb:admin rs\nb:admin web\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after catch\nb:after changing\nb:after opening\nb:after running\nb:agent 0\nb:agent action\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent machine\nb:agent md\nb:agent name\nb:agent process\nb:agent running\nb:agent version\nb:agent_1 container\nb:agents a\nb:agents cogni\nb:aggregate py\nb:ago 0\nb:ai agent\nb:ai architect\nb:ai code\nb:ai config\nb:ai devops\nb:ai elite\nb:ai plan\nb:ai reviewer\nb:ai security\nb:aiogithubapi 0\nb:aiohappyeyeballs 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:all 0\nb:all build\nb:all check\nb:all configured\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all tests\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allow the\nb:allowed 0\nb:allowed time\nb:allows for\nb:alongside the\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:also see\nb:alternative instead\nb:always auth\nb:always error\nb:always fails\nb:always false\nb:ambroisie test\nb:amd64 c\nb:amd64 components\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an agent\nb:an argument\nb:an empty\nb:an error\nb:an exception\nb:an existing\nb:an item\nb:an iterator\nb:an s\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and audited\nb:and because\nb:and cache\nb:and commit\nb:and contributors\nb:and d\nb:and declarations\nb:and deleting\nb:and determine\nb:and file\nb:and firewall\nb:and handle\nb:and hooks\nb:and installed\nb:and instead\nb:and is\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and s\nb:and scrapling\nb:and should\nb:and sub\nb:and test\nb:and the\nb:and upgrading\nb:and use\nb:and value\nb:and word\nb:and writing\nb:and you\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:annotations enums\nb:annotations should\nb:anomaly_history json\nb:anonymous file\nb:anonymous test\nb:ansible galaxy\nb:ansible role\nb:answer action\nb:any branches\nb:any changes\nb:any commits\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:anyio 0\nb:anything that\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api 0\nb:api aaa\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api github\nb:api gradle\nb:api internal\nb:api proto\nb:api src\nb:api tasks\nb:api test\nb:api users\nb:apis poe\nb:apis proto\nb:apk add\nb:app 0\nb:app beringin\nb:app build\nb:app compile\nb:app css\nb:app data\nb:app export\nb:app git\nb:app help\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app onepager\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application ex\nb:application spec\nb:applies a\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt apt\nb:apt get\nb:apt mirrors\nb:archinstall archinstall\nb:archinstall lib\nb:architect agent\nb:architecture x64\nb:archive false\nb:archive ubuntu\nb:are 0\nb:are allowed\nb:are available\nb:are behind\nb:are deprecated\nb:are enabled\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are missing\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are test\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument named\nb:argument of\nb:arguments but\nb:arguments no\nb:arguments were\nb:ark ff\nb:arm64 0\nb:arm64 main\nb:arm64 packages\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:array v0\nb:arrays are\nb:artifact content\nb:artifact i\nb:artifact junit\nb:artifact name\nb:artifact org\nb:artifact upload\nb:artifact v4\nb:artifacts clone\nb:artifacts for\nb:artifacts will\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as failed\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:assembling a\nb:assert 0\nb:assert a\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assets familjen\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async 0\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at t\nb:at the\nb:at trace\nb:at traces\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth supabase\nb:authenticating and\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available checksums\nb:available for\nb:available v0\nb:avg c\nb:avoid a\nb:avoid using\nb:awaiting headers\nb:awaiting response\nb:awesomeness has\nb:awk allow\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure archive\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b in\nb:b l\nb:b main\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b y\nb:b1a9 travis\nb:b1f0ba2 0\nb:b2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b8ej_ z\nb:b_ a\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ r\nb:b_ s\nb:b_ t\nb:b_ w\nb:babel parser\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backports tarfile\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash true\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bb code\nb:bc run\nb:be 0\nb:be a\nb:be auto\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be of\nb:be on\nb:be one\nb:be packed\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be strictly\nb:be suffixed\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be uploaded\nb:be used\nb:be within\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because of\nb:because pnpm\nb:because scrapling\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been fixed\nb:been moved\nb:been received\nb:been successfully\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before expression\nb:before it\nb:before making\nb:before the\nb:before token\nb:begin with\nb:behind a\nb:being treated\nb:belanyi fr\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:beta you\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigint v0\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing rb\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin links\nb:bin ninja\nb:bin node\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:binary bitwise\nb:bind home\nb:bind p\nb:bintray com\nb:binutils 0\nb:binutils csl\nb:bitwise operator\nb:bitwise warnings\nb:bk ci\nb:black 0\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob storage\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blockchain client\nb:blocks its\nb:blog changelog\nb:bluetooth 0\nb:blur cpp\nb:bodies of\nb:body did\nb:body expression\nb:body should\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:branch can\nb:branch cygwin\nb:branch linting\nb:branch m\nb:branch master\nb:branch name\nb:branch refactor\nb:branch refs\nb:branch this\nb:branch to\nb:branch unlabeled\nb:branch zephyr\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:buf push\nb:buf u8\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build default\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build duration\nb:build environment\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build g\nb:build git\nb:build gradle\nb:build has\nb:build id\nb:build itself\nb:build j2\nb:build libs\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build output\nb:build prod\nb:build queued\nb:build reference\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build work\nb:build_dir tmp\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds timekit\nb:builds will\nb:buildtree default\nb:builtin compat\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler audit\nb:bundlers node_modules\nb:busted test\nb:but 0\nb:but are\nb:but does\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but they\nb:but unused\nb:but was\nb:but yarn\nb:by a\nb:by adding\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by severity\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c date\nb:c e\nb:c f\nb:c g\nb:c gcc\nb:c git\nb:c h\nb:c home\nb:c i\nb:c imaging\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c k_\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c n\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c r\nb:c s\nb:c s0103\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c with\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c12 g\nb:c1d2e3 update\nb:c1e 0\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2_ c\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache bazel\nb:cache dependency\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache ms\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache paths\nb:cache pip\nb:cache provider\nb:cache restored\nb:cache service\nb:cache size\nb:cache targets\nb:cache true\nb:cache tzst\nb:cache v2\nb:cache v4\nb:cache_rs b627fbcd5589ae52\nb:cached dependency\nb:cachedir pytest_cache\nb:cachekey echo\nb:caches jars\nb:caches kotlin\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:caddy api\nb:caddy caddy\nb:caddy latest\nb:call failed\nb:call last\nb:call to\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:camoufox 0\nb:can cause\nb:can conclude\nb:can discard\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:canceled while\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cargo bin\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo deny\nb:cargo fmt\nb:cargo lock\nb:cargo output\nb:cargo registry\nb:cargo sparse\nb:cargo test\nb:cargo toml\nb:cart applies\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd exit\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:cell 0\nb:central https\nb:certifi 0\nb:cffi 0\nb:cfg conf\nb:cfg dotfiles\nb:cgen snapshot\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed significantly\nb:changed source\nb:changelog 0\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check if\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking ark\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:chunks test\nb:chunks traces\nb:ci 0\nb:ci agent\nb:ci build\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:circus build\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classes flag\nb:classes including\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli run\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:click 0\nb:client api\nb:client component\nb:client escrow_id\nb:client get_settled_at\nb:client git\nb:client init\nb:client kotlin\nb:client py\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client timeout\nb:client ts\nb:clippy cast_possible_truncation\nb:clippy is\nb:clippy llvm\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:clone v1\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code c\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code loomy\nb:code paisa\nb:code reviewer\nb:code style\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:cogni a\nb:cogni ai\nb:col 0\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting aiohappyeyeballs\nb:collecting attrs\nb:collecting collected\nb:collecting frozenlist\nb:collecting h11\nb:collecting jaraco\nb:collecting orjson\nb:collecting packaging\nb:collecting propcache\nb:collecting py\nb:collecting pydantic\nb:collecting pyproject_hooks\nb:collecting pytest\nb:collecting python\nb:collecting tests\nb:collecting typing\nb:collecting yarl\nb:collection 0\nb:collection import\nb:colors in\nb:colr property\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com cogni\nb:com data\nb:com default\nb:com docs\nb:com embedded\nb:com en\nb:com ethereum\nb:com extraheader\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com increase\nb:com infra\nb:com instead\nb:com inverse\nb:com issue\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com liquifact\nb:com lowagie\nb:com maps\nb:com masonj0\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com repos\nb:com retry\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com ubuntu\nb:com usnistgov\nb:com zephyrproject\nb:com zerox80\nb:come from\nb:comma before\nb:comma separated\nb:command 0\nb:command bin\nb:command c\nb:command command\nb:command did\nb:command example\nb:command exited\nb:command failed\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command v\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit date\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit s\nb:commit them\nb:commits you\nb:common main\nb:common ui\nb:common v0\nb:common v25\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compat typescript\nb:compatible set\nb:compatible versions\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile c\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling ark\nb:compiling base64\nb:compiling c\nb:compiling crate\nb:compiling distribution\nb:compiling dyn\nb:compiling futures\nb:compiling hashbrown\nb:compiling itertools\nb:compiling libc\nb:compiling num\nb:compiling rand_core\nb:compiling serde_json\nb:compiling soroban\nb:compiling stackage\nb:compiling stellar\nb:compiling stg\nb:compiling thiserror\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:component 0\nb:component browser\nb:component clippy\nb:component llvm\nb:component rustfmt\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components mavi\nb:components rustfmt\nb:components small\nb:composer json\nb:composer plugin\nb:composer update\nb:compress program\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:conclude that\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:config 0\nb:config as\nb:config c\nb:config changes\nb:config cmake\nb:config config\nb:config dactyl\nb:config deploy\nb:config file\nb:config files\nb:config git\nb:config global\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config modules\nb:config nim\nb:config remote\nb:config rules\nb:config set\nb:config trim_trailing_whitespace\nb:config variable\nb:config zephyr\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:conflict is\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection client\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider removing\nb:consider using\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:construct rustup\nb:consumer http\nb:contain a\nb:contain package\nb:container 0\nb:container build\nb:container fragment\nb:container_test_runner py\nb:content differs\nb:content hash\nb:content security\nb:content to\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context null\nb:context of\nb:continue allow\nb:continue due\nb:contracts escrow\nb:contracts liquifact\nb:contracts target\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core app\nb:core csproj\nb:core jar\nb:core kt\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core ssh\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could be\nb:could have\nb:could not\nb:couldn t\nb:count 0\nb:count of\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coupon 0\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp310 cp310\nb:cp310 manylinux_2_17_x86_64\nb:cp311 cp311\nb:cp311 manylinux_2_17_x86_64\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu 0\nb:cpu family\nb:cpu x86_64\nb:cpufeatures v0\nb:cr 0\nb:crate git\nb:crates corp\nb:crates false\nb:crates io\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials 0\nb:credentials ab284314\nb:credentials config\nb:credentials specified\nb:credentials true\nb:critical 0\nb:cronjs parser\nb:cross os\nb:cross site\nb:crossbeam epoch\nb:crypto aes\nb:crypto bigint\nb:crypto common\nb:crypto pbkdf2\nb:crypto pure\nb:crypto_sign falcon\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:csl sourcerygxx\nb:cspell json\nb:csproj error\nb:csproj in\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:ctrl c\nb:curl 0\nb:curl f\nb:curl fs\nb:curl ls\nb:curl sf\nb:current agent\nb:current context\nb:current image\nb:current n\nb:current npm\nb:current runner\nb:current scope\nb:curve25519 dalek\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cygwin 0\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d dactyl_left\nb:d ds\nb:d e\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d i\nb:d in\nb:d is\nb:d k\nb:d k1045\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d see\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d yhz\nb:d z\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d_ a\nb:d_ b\nb:d_ e\nb:d_ t\nb:dactyl zmk\nb:dactyl_left d\nb:daemon at\nb:daemon get\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:daemon toomanyrequests\nb:dalek v4\nb:dangerously allow\nb:darling_macro v0\nb:dart 0\nb:dart md\nb:dart pub\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data for\nb:data from\nb:data local\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:database 0\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date s\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days 0\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbkit integration\nb:deadline exceeded\nb:dealing with\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug 0\nb:debug analysis\nb:debug deps\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debug_html_parser py\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations and\nb:declarations move\nb:declarations with\nb:declarative checkout\nb:declared to\nb:decorator makes\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default instance\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default skill\nb:default stable\nb:default test\nb:default the\nb:default toolchain\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defined here\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:demospring rest\nb:denial of\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies finished\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies started\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency and\nb:dependency is\nb:dependency lock\nb:dependency path\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps cache_rs\nb:deps foreground\nb:deps get\nb:deps is\nb:depth 0\nb:depth set\nb:der v0\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description elite\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:detailed explanations\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev 0\nb:dev null\nb:dev optional\nb:dev profile\nb:dev rnp\nb:dev server\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development the\nb:device home\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:differs from\nb:digest debian\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:direct dependencies\nb:directly in\nb:directory all\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:disable incremental\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:discard any\nb:discount code\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:do echo\nb:do not\nb:do s\nb:do so\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker allow\nb:docker build\nb:docker com\nb:docker daemon\nb:docker dockerfile\nb:docker driver\nb:docker error\nb:docker executor\nb:docker image\nb:docker io\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs faq\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs template\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet download\nb:dotnet sdk\nb:dotnet10 dotnet\nb:double quote\nb:downgrade g\nb:download 0\nb:download action\nb:download all\nb:download app\nb:download complete\nb:download immutable\nb:download info\nb:download page\nb:download the\nb:downloaded ark\nb:downloaded crypto\nb:downloaded curve25519\nb:downloaded hashbrown\nb:downloaded hex\nb:downloaded num\nb:downloaded rand\nb:downloaded soroban\nb:downloaded thiserror\nb:downloaded time\nb:downloading amphp\nb:downloading component\nb:downloading cryptography\nb:downloading flutter\nb:downloading https\nb:downloading language_tags\nb:downloading laravel\nb:downloading phpunit\nb:downloading psr\nb:downloading py\nb:downloading scrapling\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloading uv\nb:downloads example\nb:drone git\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dsl 0\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:dyn clone\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e build\nb:e c\nb:e c2_\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e d\nb:e d_\nb:e f\nb:e failed\nb:e false\nb:e fix\nb:e full\nb:e g\nb:e home\nb:e is\nb:e l\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e noprofile\nb:e o\nb:e opt\nb:e p\nb:e p0040\nb:e p_\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e s\nb:e s_\nb:e switch\nb:e t\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e work\nb:e x\nb:e y\nb:e0061 this\nb:e0277 a\nb:e0308 mismatched\nb:e0401 unable\nb:e0425 cannot\nb:e0599 no\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ j\nb:e_ m\nb:e_ n\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ v\nb:e_ w\nb:e_path cc\nb:each npm\nb:echo build\nb:echo c\nb:echo cachekey\nb:echo d\nb:echo h\nb:echo n\nb:echo run\nb:echo toolchain\nb:edeandrea xjc\nb:edge proxy\nb:edit deny\nb:edit true\nb:editor config\nb:eebxo6ax project\nb:efe31b98f2 found\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:either target\nb:elapsed time\nb:elements of\nb:elite agent\nb:elite autonomous\nb:elite cogni\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty or\nb:empty space\nb:empty subject\nb:en 0\nb:enable cargo\nb:enable colors\nb:enable cross\nb:enable full\nb:enable running\nb:enabled for\nb:encoding u\nb:encoding v2\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:enforce required\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries plus\nb:entries pointing\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:enums and\nb:env 0\nb:env a\nb:env common\nb:env target\nb:environment 0\nb:environment considered\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variable\nb:environment variables\nb:environment will\nb:eo pipefail\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:equivalent v1\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error c\nb:error c2065\nb:error cache\nb:error can\nb:error cannot\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error connection\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0061\nb:error e0277\nb:error e0308\nb:error e0425\nb:error e0599\nb:error empty\nb:error enable\nb:error encountered\nb:error errno\nb:error error\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error fetch\nb:error file\nb:error files\nb:error for\nb:error foreground\nb:error function\nb:error fund\nb:error funding\nb:error global\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error log\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error time\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unit\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors have\nb:errors in\nb:errors json\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:escrow client\nb:escrow error\nb:escrow src\nb:escrow_id sme\nb:escrow_id token\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:eta 0\nb:etc apt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl mem\nb:etl py\nb:ev issue\nb:evaluator test\nb:even 0\nb:event name\nb:events 0\nb:ever returns\nb:ex 0\nb:ex allow\nb:ex unit\nb:example 0\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example github\nb:example left\nb:example lint\nb:example net\nb:example org\nb:example platform\nb:example port\nb:example reports\nb:example retry\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exceeded while\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exclude tests\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist in\nb:exist with\nb:existing false\nb:existing install\nb:existing installation\nb:existing resource\nb:exit 0\nb:exit code\nb:exit or\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expect settled_at\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export buttons\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression body\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions worktree\nb:external packages\nb:extra argument\nb:extra fetchers\nb:extra node_modules\nb:extra semicolon\nb:extra_cmake_args d\nb:extracting archive\nb:extracting sha256\nb:extraheader a\nb:extreme prejudice\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f l\nb:f metadata\nb:f o\nb:f p\nb:f parameters\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:fail package\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:fall through\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastapi 0\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features seeds\nb:features steps\nb:features were\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch http\nb:fetch https\nb:fetch js\nb:fetch no\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetched 0\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching need\nb:fetching the\nb:few minutes\nb:ff v0\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file based\nb:file builds\nb:file c\nb:file changes\nb:file content\nb:file could\nb:file does\nb:file etc\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file test\nb:file this\nb:file to\nb:file users\nb:file usr\nb:file var\nb:file would\nb:files 0\nb:files and\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files found\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finalizing artifact\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished uploading\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed in\nb:fixed value\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter pub\nb:flutter release\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt build\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn init\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for addresses\nb:for async\nb:for build\nb:for changes\nb:for configuration\nb:for connection\nb:for debian\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for input\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for longz4wqz\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for rust\nb:for setup\nb:for stable\nb:for struct\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for this\nb:for ubuntu\nb:for url\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:form tsx\nb:form vue\nb:format 0\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting output\nb:fortuna fortuna\nb:fortuna git\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found but\nb:found composer\nb:found error\nb:found errors\nb:found existing\nb:found fatal\nb:found for\nb:found github\nb:found ignoring\nb:found in\nb:found packages\nb:found python3\nb:found return\nb:found skipping\nb:found warn\nb:found with\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework inference\nb:framework quasar\nb:framework src\nb:framework test\nb:freethreaded false\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from build\nb:from c\nb:from cache\nb:from camoufox\nb:from commit\nb:from daemon\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from i\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from scrapling\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:frozenlist 0\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full report\nb:full stack\nb:func returns\nb:func1 0\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:funding batch\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g org\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g_ b\nb:g_ c\nb:g_ h\nb:g_ m\nb:galaxy allow\nb:garbage collection\nb:gateway addresses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gconnect 0\nb:gcr io\nb:gdb csl\nb:gem install\nb:gemfile lock\nb:gemini 0\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate debug\nb:generate job\nb:generate the\nb:generate_summary py\nb:generated 0\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator has\nb:generator next\nb:generic array\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get update\nb:get_settled_at is_none\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:gh issue\nb:gh pr\nb:ghcr io\nb:gi b\nb:git 0\nb:git all\nb:git allow\nb:git belanyi\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git corp\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git fetch\nb:git file\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git path\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git revision\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:git worktrees\nb:gitconfig to\nb:gitdir home\nb:github aashish\nb:github actions\nb:github blog\nb:github com\nb:github edeandrea\nb:github formatter\nb:github iml1s\nb:github io\nb:github pr\nb:github repo\nb:github runner_temp\nb:github skills\nb:github src\nb:github token\nb:github workflows\nb:github workspace\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob allow\nb:glob versions\nb:global config\nb:global git\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go caddy\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got other\nb:gpg could\nb:gpt 0\nb:grace period\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle kts\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greenlet 0\nb:greeting component_test\nb:grep allow\nb:grep q\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group run\nb:groups get\nb:gui is\nb:guide rules\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h e\nb:h e_\nb:h h600\nb:h head\nb:h home\nb:h i\nb:h o\nb:h p\nb:h r\nb:h ref\nb:h s\nb:h t\nb:h t_\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h600 compilation\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has changed\nb:has correct\nb:has exceeded\nb:has incompatible\nb:has no\nb:has not\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash fast\nb:hash validation\nb:hashbrown v0\nb:hashicorp aws\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have an\nb:have been\nb:have comment\nb:have detailed\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:head c12\nb:head to\nb:header filter\nb:header in\nb:heads main\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help visit\nb:help you\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:here is\nb:hex literal\nb:hhp hs\nb:hicpp signed\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint to\nb:hint used\nb:hint using\nb:hint will\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hostedtoolcache dart\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html debug\nb:html entities\nb:html erb\nb:html needless_borrow\nb:html needless_return\nb:html not\nb:html python\nb:html sec\nb:html shell\nb:http 0\nb:http archive\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http request\nb:http server\nb:http_client 0\nb:httpcore 0\nb:https aka\nb:https api\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https opencode\nb:https osv\nb:https packages\nb:https pip\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https spdx\nb:https stylelint\nb:https www\nb:https youtrack\nb:httpx 0\nb:hub action\nb:hub does\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i get\nb:i in\nb:i info\nb:i instead\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i o_\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i python\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i s_\nb:i t\nb:i t_\nb:i toolchain\nb:i try\nb:i u\nb:i unsafe\nb:i uw\nb:i x\nb:i z\nb:i_ k\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identical details\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:identifier of\nb:idna 0\nb:idx 0\nb:ie preinstall\nb:if c\nb:if entries\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if n\nb:if needed\nb:if no\nb:if out\nb:if returning\nb:if rustc\nb:if set\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:if you\nb:if z\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images ubuntu\nb:images windows\nb:imaging c\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc imgproc\nb:imgproc src\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:impacting any\nb:implementation of\nb:implemented for\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import os\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib metadata\nb:importlib report\nb:imports are\nb:imports on\nb:impossible for\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in apt\nb:in assignment\nb:in async\nb:in beta\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in headers\nb:in home\nb:in import_module\nb:in liquifact\nb:in module\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in source\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in tmp\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:inc packetfence\nb:include hidden\nb:include if\nb:include prod\nb:include workspace\nb:included software\nb:includeif gitdir\nb:including interfaces\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:inconsistent vendoring\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicate success\nb:indicates a\nb:indicates that\nb:individual deprecation\nb:ineffective mark\nb:infallibly using\nb:inference targets\nb:info 0\nb:info component\nb:info default\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info latest\nb:info or\nb:info syncing\nb:info there\nb:info using\nb:information 0\nb:information about\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:init d\nb:init home\nb:init users\nb:init__ py\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inner declarations\nb:inner t\nb:input 0\nb:input files\nb:input keys\nb:inputs itself\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install frozen\nb:install g\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install packages\nb:install r\nb:install registry\nb:install rustup\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install upgrade\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing environment\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance of\nb:instance travis\nb:instance using\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:insufficient cpu\nb:insufficient memory\nb:int as\nb:int cannot\nb:int error_count\nb:integer operand\nb:integer v0\nb:integration integration\nb:integration rs\nb:integrity check\nb:intentional allow\nb:intentional prefix\nb:interface tools\nb:interfaces objects\nb:internal 0\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal operations\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:into home\nb:invalid s\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:inverse inc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io github\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io index\nb:io library\nb:io reviewdog\nb:io rust\nb:io user\nb:io v2\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipfs podcasting\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is an\nb:is assigned\nb:is available\nb:is being\nb:is bot\nb:is called\nb:is canceled\nb:is caused\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is in\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is required\nb:is running\nb:is stopped\nb:is subject\nb:is the\nb:is undefined\nb:is up\nb:is users\nb:is valid\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:is_settleable found\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issue k\nb:issues 0\nb:issues by\nb:issues found\nb:issues reached\nb:ist is\nb:it before\nb:it can\nb:it does\nb:it for\nb:it has\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it s\nb:it should\nb:it starts\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item sku\nb:item str\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:itertools v0\nb:itoa v1\nb:its it\nb:its network\nb:its progress\nb:itself https\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:jar 0\nb:jar and\nb:jar c\nb:jaraco context\nb:jars and\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jest circus\nb:jetbrains com\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jobsys queue\nb:jonesn idea\nb:jooq gradle\nb:jq allow\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json echo\nb:json files\nb:json has\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:julia stdlib\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:k 0\nb:k b\nb:k but\nb:k does\nb:k e\nb:k e_\nb:k f\nb:k f_to_c\nb:k from\nb:k g_\nb:k i\nb:k n\nb:k s_\nb:k t\nb:k that\nb:k version\nb:k1045 the\nb:k8s deploy\nb:k_ e\nb:k_ i\nb:kata check_s390x_test\nb:keccak v0\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key error\nb:key failed\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key setup\nb:key should\nb:key the\nb:key true\nb:key v0\nb:key v8\nb:keycloak token\nb:keygen c\nb:keymanapp dependency\nb:keyring 0\nb:keys linux\nb:keystore models_test\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:kiriyaga nami\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known discount\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:kotlin address\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y_\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ o\nb:l_ p\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lang github\nb:lang r\nb:language_tags 0\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:later by\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest topics\nb:latest update\nb:latest v0\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger ledger\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:less than\nb:let client\nb:let or\nb:let stored\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level high\nb:level node_modules\nb:level package\nb:level template\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib example\nb:lib gconnect\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib jenkins\nb:lib kt\nb:lib legacy\nb:lib lib\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libatk1 0\nb:libc v0\nb:libc6 dev\nb:libdbus 0\nb:libglib2 0\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license list\nb:license needs\nb:license or\nb:license ref\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses or\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line for\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines of\nb:link type\nb:link u\nb:linked legacy\nb:linker for\nb:linkid 0\nb:linking c\nb:links allow\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint suspicious\nb:lint with\nb:linted 0\nb:linting set\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:liquifact contracts\nb:liquifact escrow\nb:liquifact liquifact\nb:list allow\nb:list any\nb:list found\nb:list of\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:lite86 v0\nb:literal v0\nb:littpi net\nb:live log\nb:llama cpp\nb:llvm tools\nb:load 0\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading 0\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local show\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low 0\nb:low go\nb:low on\nb:lowagie pdfkit\nb:lower or\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d\nb:m d013\nb:m docs\nb:m e\nb:m enable\nb:m error\nb:m execution\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m k_\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pip\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m u\nb:m updating\nb:m v\nb:m value\nb:m variables\nb:m version\nb:m w\nb:m0s this\nb:m104 0\nb:m12 0\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:m_ o\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:macos latest\nb:macos macos\nb:macro2 v1\nb:macros v0\nb:macros v25\nb:made by\nb:maierj fastlane\nb:main activity\nb:main amd64\nb:main arm64\nb:main c\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make in\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager go\nb:manager kt\nb:manually installed\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux2014_x86_64 whl\nb:manylinux_2_17_x86_64 manylinux2014_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_24_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masonj0 fortuna\nb:masque rs\nb:master are\nb:master as\nb:master https\nb:master index\nb:master refs\nb:master set\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:mawk allow\nb:max git\nb:max issues\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may 0\nb:may be\nb:may increase\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:me kiriyaga\nb:measured 0\nb:media imaging\nb:medium 0\nb:megalinter io\nb:melos 0\nb:mem aggregate\nb:mem git\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:merge 0\nb:merge pull\nb:merror 0\nb:meson build\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata 0\nb:metadata for\nb:metadata org\nb:metadata pyproject\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method defined\nb:method named\nb:method not\nb:method parentheses\nb:method running\nb:method takes\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft com\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:might be\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minutes 0\nb:minutes ago\nb:minutes are\nb:minutes failed\nb:minutes marking\nb:mirror sync\nb:mirrorlist 0\nb:mirrors txt\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing whitespace\nb:missing_offset in\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode primary\nb:mode true\nb:model bin\nb:model kt\nb:model opencode\nb:model state\nb:model test\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules find\nb:modules hal\nb:modules lib\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:molecule allow\nb:mon may\nb:money rb\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more information\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms d\nb:ms dotnet\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms playwright\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:multidict 0\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple___ spaces\nb:multiplication with\nb:multiverse amd64\nb:multiverse translation\nb:must be\nb:must end\nb:must not\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:my project\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:mypy extensions\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n h\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n target\nb:n test\nb:n tools\nb:n true\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ a\nb:n_ c\nb:n_ d\nb:n_ e\nb:n_ f\nb:n_ m\nb:n_ n\nb:n_ p\nb:n_ s\nb:n_ v\nb:nabucasa 0\nb:name actionpack\nb:name assertion\nb:name azure\nb:name build\nb:name e2e\nb:name err\nb:name fmt\nb:name for\nb:name fv\nb:name gateway\nb:name is\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name not\nb:name only\nb:name or\nb:name to\nb:name w\nb:name_ should_\nb:named is_settleable\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace runner\nb:naming to\nb:nanopb 0\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:ne s\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need revision\nb:need to\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net 0\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new repositories\nb:new tag\nb:newest version\nb:newlib 0\nb:newlib csl\nb:newlib snapshot\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newly installed\nb:newtonsoft json\nb:next anonymous\nb:next js\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:nix ipfs\nb:no any\nb:no artifacts\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no install\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no method\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no tags\nb:no unit\nb:no unknown\nb:no untyped\nb:no unused\nb:no update\nb:no user\nb:no var\nb:no versions\nb:noble backports\nb:noble in\nb:noble main\nb:noble security\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node longer\nb:node net\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node was\nb:node_config in\nb:node_modules babel\nb:node_modules install\nb:node_modules jest\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodes are\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none any\nb:none func\nb:none listed\nb:none manylinux_2_17_x86_64\nb:none no\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not enforce\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not run\nb:not set\nb:not support\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not upgraded\nb:not use\nb:not used\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note method\nb:note referenced\nb:note some\nb:note switching\nb:note warn\nb:notebook cleanup\nb:notes app\nb:notes html\nb:nothing provides\nb:notice s\nb:notice to\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:now or\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm command\nb:npm config\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu get\nb:nuget org\nb:null 0\nb:null continue\nb:null null\nb:null then\nb:num integer\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o c\nb:o compiling\nb:o d\nb:o detecting\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o fonts\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o w_\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ h\nb:o_ i\nb:o_ m\nb:o_ p\nb:o_ r\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object where\nb:objects annotations\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:of 0\nb:of a\nb:of all\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of dependencies\nb:of different\nb:of each\nb:of false\nb:of get\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of l\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of org\nb:of p\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline packages\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omit dev\nb:omit from\nb:on 0\nb:on a\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on click\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on resource\nb:on runner\nb:on swift\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:once_cell v1\nb:one of\nb:one or\nb:onepager component\nb:onepager onepager\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:opam 0\nb:opam opam\nb:open a\nb:open deep\nb:open metadata\nb:open protocol\nb:open t\nb:opencode ai\nb:opencode gemini\nb:opencode gpt\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:operand with\nb:operating system\nb:operation runner\nb:operation timed\nb:operation was\nb:operation with\nb:operations default\nb:operator hicpp\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or cd\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or lower\nb:or more\nb:or npm\nb:or one\nb:or package\nb:or patterns\nb:or plugins\nb:or s\nb:or service\nb:or something\nb:or that\nb:or undo\nb:or use\nb:or windows\nb:order java\nb:order older\nb:order service\nb:ordered fetch\nb:orders db\nb:orders git\nb:orders order\nb:orders service\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org example\nb:org gradle\nb:org junit\nb:org licenses\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin name\nb:origin refactor\nb:origin url\nb:orjson 0\nb:orphan processes\nb:os archive\nb:os imported\nb:osv dev\nb:other 0\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out in\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output package\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over test\nb:override d\nb:overriding h\nb:overwrite existing\nb:overwrite false\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p i_\nb:p k\nb:p l\nb:p liquifact_escrow\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p t_\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:p0040 deprecation\nb:p1 r5\nb:p256 v0\nb:p_ c\nb:p_ s\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package cosmos\nb:package d\nb:package dependencies\nb:package for\nb:package github\nb:package handle\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package level\nb:package libasound2\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package lock\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package ms\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages microsoft\nb:packages net\nb:packages nuget\nb:packages please\nb:packages react\nb:packages read\nb:packages src\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:packetfence go\nb:pad failed\nb:padding spaces\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:pandas 0\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parameters json\nb:parentheses are\nb:parentheses around\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse toolchain\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser lib\nb:parser py\nb:parser rs\nb:parser test\nb:parsing a\nb:part of\nb:partition 0\nb:pasha code\nb:pass 0\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:paste v1\nb:patch typescript\nb:patched versions\nb:path 0\nb:path home\nb:path kotlin\nb:path race\nb:path tex\nb:path users\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pdfkit core\nb:pdfkit pdfkit\nb:pedantic add\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:performance tests\nb:period terminating\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php slugger\nb:php v2\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:pid 0\nb:pin versions\nb:pinned packages\nb:pinot tools\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip is\nb:pip pypa\nb:pip tools\nb:pip vendor\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline run\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:plan reviewer\nb:planet myplanet\nb:platform deploy\nb:platform git\nb:platform ops\nb:platform satu\nb:platform shared\nb:platform site\nb:platformdirs 0\nb:please check\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins are\nb:plugins maven\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnc i\nb:pnpm install\nb:pnpm lock\nb:pod failed\nb:pod was\nb:podcasting nix\nb:pods 0\nb:poetry lock\nb:pointing to\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:post setup\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:ppv lite86\nb:pr 0\nb:pr go\nb:pr review\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefix key\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparer java\nb:preparing metadata\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:press ctrl\nb:prettier check\nb:prettier code\nb:prettier with\nb:prettyplease v0\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:price_cents 0\nb:print 0\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proc macro2\nb:proceed with\nb:process completed\nb:process did\nb:process env\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing triggers\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:prod noble\nb:production only\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress meter\nb:progress true\nb:project actions\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project test\nb:project version\nb:project w\nb:projectcleverweb lastautoindex\nb:projects egeria\nb:projects openemr\nb:projects users\nb:promise anonymous\nb:promise ensure\nb:prompt file\nb:propcache 0\nb:properly see\nb:properties of\nb:properties rs\nb:property colr\nb:property line\nb:property no\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:psutil 0\nb:pub fn\nb:pub get\nb:public acls\nb:public build\nb:public class\nb:publish py\nb:pull 0\nb:pull complete\nb:pull image\nb:pull rate\nb:pull request\nb:pulling docker\nb:pulling fs\nb:punycode module\nb:pure build\nb:pure kotlin\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py g\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py socks\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_timeout_is_retried\nb:py y\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pydantic settings\nb:pygments 0\nb:pypa io\nb:pyproject toml\nb:pyproject_hooks from\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python linux\nb:python location\nb:python m\nb:python names\nb:python scripts\nb:python sha256\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pytz 0\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q release\nb:q u\nb:qty 0\nb:qualified_races json\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue js\nb:queue lib\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r a_\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r dependency\nb:r e\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r found\nb:r g\nb:r help\nb:r https\nb:r i\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r resolution\nb:r retrying\nb:r reuse\nb:r s\nb:r s_\nb:r script\nb:r see\nb:r set\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:race report\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:rand v0\nb:rand_core v0\nb:range 0\nb:range start\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:raw_race_data json\nb:ray6y documents\nb:rb 0\nb:rb git\nb:rb money\nb:rc2 v1\nb:rdk rules\nb:re run\nb:reached the\nb:reached your\nb:react cssx\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read error\nb:read errors\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:reading state\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:recursive git\nb:redis 0\nb:ref 0\nb:ref and\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refs west\nb:refused connect\nb:refused simple\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp include\nb:regexp remote\nb:region northcentralus\nb:region westus\nb:register layer\nb:register passkey\nb:registry 0\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry terraform\nb:registry ts\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release 0\nb:release cmake\nb:release cygwin\nb:release gpg\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:release yml\nb:releases download\nb:releases protoc\nb:releases tag\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote git\nb:remote origin\nb:remotes origin\nb:remotes pull\nb:remove and\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:removing include\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report ui\nb:reported by\nb:reported issue\nb:reporter github\nb:reports 0\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repositories which\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository codecov\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository liquifact\nb:repository maps\nb:repository masonj0\nb:repository maven\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request 0\nb:request canceled\nb:request for\nb:request handler\nb:request py\nb:request sent\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:required true\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset branch\nb:reset by\nb:resolution dealing\nb:resolution impossible\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolve s\nb:resolved 0\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resolving to\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response read\nb:response status\nb:rest src\nb:restore cache\nb:restore keys\nb:restore v8\nb:restored from\nb:restored successfully\nb:restoring cache\nb:restricted amd64\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retention days\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retry workflow\nb:retrying fetch\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned by\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse docs\nb:reuse latest\nb:reuse lint\nb:rev parse\nb:review allow\nb:review other\nb:reviewdog action\nb:reviewer agent\nb:reviewer cogni\nb:revision 0\nb:revision v0\nb:revive exported\nb:right failed\nb:ring c\nb:ring test\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:role wine\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root directory\nb:root install\nb:root md\nb:root project\nb:root when\nb:rootdir home\nb:ropenscilabs available\nb:routes and\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs tmp\nb:rs v0\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby json\nb:ruby setup\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules config\nb:rules e\nb:rules property\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run bash\nb:run build\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run construct\nb:run create\nb:run curl\nb:run default\nb:run disable\nb:run dtolnay\nb:run echo\nb:run elm\nb:run enable\nb:run every\nb:run failed\nb:run file\nb:run format\nb:run go\nb:run gradlew\nb:run index\nb:run install\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run parse\nb:run pip\nb:run poetry\nb:run prettier\nb:run profiler\nb:run python\nb:run ruby\nb:run rustc\nb:run rustup\nb:run script\nb:run scripts\nb:run set\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run timeout\nb:run tsc\nb:run uv\nb:run with\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner eebxo6ax\nb:runner git\nb:runner gitconfig\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner issues\nb:runner java\nb:runner m2\nb:runner namespace\nb:runner npm\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runner_temp git\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs for\nb:runs of\nb:runtime test\nb:rust 0\nb:rust cache\nb:rust clippy\nb:rust fmt\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustfmt clippy\nb:rustfmt component\nb:rustup command\nb:rustup default\nb:rustup dev\nb:rustup if\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s 0\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s c\nb:s c2086\nb:s c2164\nb:s chars\nb:s ci\nb:s commit\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s e_\nb:s eta\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s js\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s md\nb:s microsoft\nb:s n\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s pf\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s then\nb:s transform\nb:s true\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s2n run\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ c\nb:s_ i\nb:s_ p\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample rdk\nb:samples sample\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:satu platform\nb:save always\nb:save if\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:schema https\nb:scikit base\nb:scikit learn\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scrapling 0\nb:scrapling fetchers\nb:scratch failed_e2e\nb:screen kt\nb:screens settings\nb:screens vpn\nb:script 0\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts dangerously\nb:scripts debug_html_parser\nb:scripts deploy\nb:scripts generate_summary\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk 0\nb:sdk api\nb:sdk dotnet\nb:sdk js\nb:sdk linux\nb:sdk macros\nb:sdk targets\nb:sdk telemetry\nb:sdk v25\nb:sdks microsoft\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:sec1 v0\nb:second 0\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secretstorage 0\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security auditor\nb:security cryptography\nb:security implications\nb:security in\nb:security issue\nb:security main\nb:security multiverse\nb:security policy\nb:security universe\nb:security vulnerabilities\nb:security vulnerability\nb:sed ne\nb:see a\nb:see also\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:semver v1\nb:send email\nb:sensor c\nb:sensor sensor\nb:sent awaiting\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:serde v1\nb:serde_derive v1\nb:serde_json v1\nb:serde_with v3\nb:server 0\nb:server client\nb:server compiled\nb:server exec\nb:server failed\nb:server id\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service kt\nb:service not\nb:service notification\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set o\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings 0\nb:settings screen\nb:settings true\nb:settings xml\nb:settled_at must\nb:settlement rs\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup uv\nb:setuptools 0\nb:setuptools wheel\nb:several a\nb:severity 0\nb:severity e\nb:severity error\nb:severity vulnerability\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:shallow linked\nb:share cmake\nb:share dotnet\nb:share julia\nb:shared config\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show error\nb:show origin\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:sid snapshot\nb:side of\nb:sidekick apis\nb:signal terminated\nb:signal this\nb:signed bitwise\nb:signed integer\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since poetry\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site scripting\nb:site theme\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size is\nb:skills a\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping analysis\nb:skipping git\nb:skipping integrity\nb:sku a\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger php\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:sme env\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot 0\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so now\nb:socket emit\nb:sockeye image_captioning\nb:socks 0\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:soroban env\nb:soroban sdk\nb:soroban_sdk address\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source s\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:sourcerygxx 0\nb:sources from\nb:space berui\nb:space between\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:sparse registry\nb:spdx org\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified deadline\nb:specified in\nb:specifiers in\nb:specs 0\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:sr ht\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src chapter3\nb:src client\nb:src codegen\nb:src common\nb:src copy\nb:src css\nb:src d\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src newtonsoft\nb:src node_modules\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src registry\nb:src ring\nb:src scene\nb:src scripts\nb:src search\nb:src sidekick\nb:src source\nb:src src\nb:src stg\nb:src storefront\nb:src styles\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src tests\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable aarch64\nb:stable component\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stable_deref_trait v1\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start at\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:starts with\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state information\nb:state java\nb:state run\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdlib v1\nb:stdune 0\nb:stellar strkey\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:stored client\nb:stored in\nb:stored settle_ts\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:strkey v0\nb:strsim v0\nb:struct liquifact\nb:structure test\nb:stub files\nb:studio 0\nb:studio offline\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint io\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:succeeded 0\nb:success 0\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:sudo apt\nb:suffixed with\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:sun nio\nb:supabase client\nb:support appcompat\nb:support for\nb:support targeting\nb:supported and\nb:supported file\nb:supports git\nb:supports n\nb:suppress this\nb:sure it\nb:sure that\nb:sure the\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svg from\nb:swatinem rust\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch command\nb:switch to\nb:switched to\nb:switching back\nb:switching to\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync from\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t could\nb:t d\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t exist\nb:t f\nb:t found\nb:t from\nb:t h\nb:t h_\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t sdk\nb:t slug\nb:t state\nb:t t\nb:t target\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t y\nb:t00 0\nb:t03 0\nb:t06 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t20 0\nb:t21 0\nb:t22 0\nb:t_ b\nb:t_ c\nb:t_ d\nb:t_ i\nb:t_ p\nb:t_ r\nb:t_ s\nb:t_ t\nb:tabs tabs\nb:tabs ts\nb:tag 0\nb:tag binutils\nb:tag cgen\nb:tag cygwin\nb:tag gdb\nb:tag must\nb:tag nanopb\nb:tag newlib\nb:tag releases\nb:tag sid\nb:tag v0\nb:tag v1\nb:tag v2\nb:tag zephyr\nb:tags false\nb:take a\nb:take empties\nb:takes 0\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar gz\nb:tar xf\nb:tar xz\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target n\nb:target s\nb:target t\nb:target w\nb:targeting n\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets microsoft\nb:targets true\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task run\nb:task_queues 0\nb:taskrun that\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temp agents\nb:temp git\nb:temp skills\nb:temp then\nb:temp true\nb:temperatures calls\nb:template 0\nb:template section\nb:template ts\nb:templates tests\nb:temporarily overriding\nb:temporary git\nb:temps js\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terminates an\nb:terminating with\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform io\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test b8ej_\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test count\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test duration\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test get\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kt\nb:test linux\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test multiplication\nb:test new\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test php\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests admin\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests csproj\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests files\nb:tests from\nb:tests func1\nb:tests in\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests properties\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests settlement\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:than 0\nb:than initial\nb:than once\nb:than or\nb:than the\nb:thapa wlctl\nb:that allows\nb:that are\nb:that does\nb:that is\nb:that need\nb:that runs\nb:that satisfies\nb:that scrapling\nb:that supports\nb:that terminates\nb:that the\nb:that two\nb:that were\nb:that you\nb:the 0\nb:the a\nb:the ability\nb:the above\nb:the action\nb:the agent\nb:the allow\nb:the ammount\nb:the apache\nb:the artifact\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the expected\nb:the expression\nb:the extra\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the latest\nb:the license\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the method\nb:the mix\nb:the module\nb:the n\nb:the name\nb:the newest\nb:the node\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the path\nb:the plugin\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the punycode\nb:the query\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the specified\nb:the strategy\nb:the switch\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the update\nb:the upstream\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:them and\nb:theme kt\nb:theme site\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this declaration\nb:this default\nb:this environment\nb:this error\nb:this expression\nb:this function\nb:this functionality\nb:this id\nb:this install\nb:this may\nb:this message\nb:this method\nb:this might\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thiserror impl\nb:thiserror v1\nb:thread main\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout exceeded\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timers 0\nb:timeseries timeseries\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title n\nb:title stylelint\nb:title want\nb:tldextract 0\nb:tmp build\nb:tmp pnc\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:tmp tmp\nb:tmp zmk\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to blob\nb:to build\nb:to but\nb:to c\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to credentials\nb:to date\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to git\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to ignore\nb:to image\nb:to import\nb:to install\nb:to java\nb:to l\nb:to load\nb:to main\nb:to make\nb:to manually\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to provide\nb:to pull\nb:to query\nb:to re\nb:to refs\nb:to register\nb:to remove\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to update\nb:to upgrade\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:todo 0\nb:token 0\nb:token manager\nb:token sme\nb:tokens on\nb:toml 0\nb:toml changed\nb:toml finished\nb:toml started\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolchain 0\nb:toolchain install\nb:toolchain none\nb:toolchain stable\nb:toolchain version\nb:toolchains xml\nb:tools 0\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools preview\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:topics dependency\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace deprecation\nb:trace file\nb:trace of\nb:traceback most\nb:traces file\nb:traces u4x\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:translation en\nb:transport got\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:triggers for\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true inputs\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate test\nb:truncate the\nb:trunk and\nb:truthy value\nb:try rustc\nb:try to\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt mirrorlist\nb:type annotation\nb:type answer\nb:type coercion\nb:type comparison\nb:type error\nb:type generator\nb:type hard\nb:type ignore\nb:type int\nb:type is\nb:type native\nb:type none\nb:type number\nb:type of\nb:type remote\nb:type running\nb:type sequence\nb:type str\nb:type string\nb:type test\nb:type u32\nb:typealiases are\nb:typenum v1\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript npm\nb:typescript patch\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:tzst p\nb:u 0\nb:u b\nb:u b_\nb:u c\nb:u cogni\nb:u d\nb:u e\nb:u e_\nb:u g\nb:u i\nb:u l\nb:u m\nb:u n\nb:u or\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u1101 unable\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u4x d\nb:u64 can\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu python\nb:ubuntu ubuntu2404\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ubuntu3 0\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected argument\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected unknown\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe translation\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown https\nb:unknown in\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unlabeled 0\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsatisfiable requirements\nb:unschedulable 0\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up job\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update lock\nb:update model\nb:update on\nb:update or\nb:update run\nb:update the\nb:update to\nb:update xml\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates main\nb:updates multiverse\nb:updates restricted\nb:updates test\nb:updates tsx\nb:updates universe\nb:updating 0\nb:updating crates\nb:upgrade pip\nb:upgrade to\nb:upgrade your\nb:upgraded 0\nb:upgrading https\nb:upload artifact\nb:uploading artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use a\nb:use apt\nb:use cd\nb:use compress\nb:use const\nb:use eslint\nb:use git\nb:use in\nb:use it\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:use xexpect\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used typescript\nb:used unable\nb:user git\nb:user guide\nb:user home\nb:user interface\nb:userguide command_line_interface\nb:userland alternative\nb:username g\nb:users api\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users csproj\nb:users david\nb:users jonesn\nb:users js\nb:users kevin\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users ray6y\nb:users runner\nb:users users\nb:users usr\nb:using 0\nb:using c\nb:using cached\nb:using check\nb:using docker\nb:using existing\nb:using first\nb:using from\nb:using master\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:usr share\nb:util concurrent\nb:util java\nb:util test\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv lock\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:uw u\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rustup\nb:v rxs\nb:v s\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dockerfile\nb:v2 net\nb:v2 s\nb:v20 0\nb:v25 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable for\nb:variable has\nb:variable home\nb:variable not\nb:variable of\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendor urllib3\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verbose grep\nb:verbose sed\nb:verification failed\nb:verification metadata\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version of\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:version verbose\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:virtualenv 0\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:vpn android\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w d_\nb:w dactyl\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w r\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:warn code\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning also\nb:warning as\nb:warning error\nb:warning github\nb:warning into\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning s\nb:warning spurious\nb:warning the\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was active\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was low\nb:was not\nb:was passed\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:wasmi_core v0\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we can\nb:we location\nb:we stopped\nb:we try\nb:web 0\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were supplied\nb:were used\nb:werror unused\nb:west cygwin\nb:west main\nb:west master\nb:west unlabeled\nb:west zephyr\nb:what s\nb:what was\nb:what went\nb:wheel 0\nb:wheel finished\nb:wheel for\nb:wheel started\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when used\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which types\nb:which will\nb:while assembling\nb:while awaiting\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:while waiting\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will change\nb:will do\nb:will suppress\nb:win2012 x86\nb:win22 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:wine ansible\nb:wine git\nb:with 0\nb:with a\nb:with allow\nb:with an\nb:with annotations\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with dependency\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with extreme\nb:with frozen\nb:with git\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with timeout\nb:with version\nb:with vulnerabilities\nb:with write\nb:with your\nb:within 0\nb:within a\nb:within grace\nb:within the\nb:without any\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work ansible\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work cogni\nb:work configr\nb:work counter\nb:work crc\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fortuna\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work imgproc\nb:work integration\nb:work inventory\nb:work ipfs\nb:work kotlin\nb:work landing\nb:work ledger\nb:work legacy\nb:work liquifact\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work ops\nb:work org\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work satu\nb:work sdk\nb:work sensor\nb:work shop\nb:work shorturl\nb:work site\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow is\nb:workflow job\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace etl\nb:workspace geo\nb:workspace home\nb:workspace imgproc\nb:workspace name\nb:workspace queue\nb:workspace root\nb:workspace samples\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:worktree config\nb:worktrees path\nb:would be\nb:would have\nb:would reformat\nb:wrapper dists\nb:write to\nb:write true\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x 0\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x t\nb:x test_client\nb:x x\nb:x y\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 lib\nb:x64 main\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86 0\nb:x86_64 linux\nb:x86_64 unknown\nb:x_ r\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xexpect actual\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xjc generation\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y a\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:y t\nb:y w\nb:y_ d\nb:yaml 0\nb:yaml is\nb:yaml safe_load\nb:yaml truthy\nb:yarl 0\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yhz z\nb:yml 0\nb:yml line\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you make\nb:you may\nb:you mean\nb:you must\nb:you need\nb:you want\nb:your build\nb:your code\nb:your dependencies\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your new\nb:your own\nb:your package\nb:your pipfile\nb:your plan\nb:your pull\nb:your requirements\nb:your test\nb:youtrack jetbrains\nb:z a\nb:z c\nb:z current\nb:z debug\nb:z group\nb:z h\nb:z js\nb:z m\nb:z post\nb:zephyr module\nb:zephyr v1\nb:zephyrproject rtos\nb:zero code\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zipp 0\nb:zmk config\nb:zmkfirmware zmk\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nb:zzpmw to\nf:0\nf:a\nf:action\nf:actions\nf:actual\nf:add\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:anomaly_history\nf:ansible\nf:api\nf:app\nf:apr\nf:arch\nf:archinstall\nf:archive\nf:artifact\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:benchmarks\nf:beringin\nf:billing\nf:bin\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:build_dir\nf:building\nf:buildx\nf:built\nf:bundle\nf:bundler\nf:busted\nf:but\nf:by\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:caddy\nf:cancelled\nf:cancelling\nf:cannot\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:changes\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:click\nf:client\nf:cloning\nf:cmake\nf:cmd\nf:code\nf:cogni\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:components\nf:composer\nf:compression\nf:config\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:context7\nf:continue\nf:copying\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:create\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disabling\nf:do\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:e1001\nf:echo\nf:edit\nf:elif\nf:elixir\nf:else\nf:enable\nf:end\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:escrow\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:example\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:explicit\nf:export\nf:exporting\nf:extra_cmake_args\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetched\nf:fetching\nf:fi\nf:field\nf:file\nf:files\nf:finalizing\nf:find\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:freethreaded\nf:from\nf:g\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:gh\nf:git\nf:github\nf:glob\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:grep\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:import\nf:in\nf:include\nf:included\nf:includeif\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:instructions\nf:internal\nf:interrupted\nf:invalid\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:let\nf:level\nf:lfs\nf:lib\nf:libdbus\nf:libfreetype6\nf:libgbm1\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:mcp\nf:medium\nf:melos\nf:meson\nf:message\nf:meta\nf:metadata\nf:method\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mkdir\nf:mnt\nf:mode\nf:model\nf:moderate\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:notice\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:one\nf:open\nf:opencode\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:pre\nf:prefix\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:prompt\nf:provider\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:qualified_races\nf:r\nf:rake\nf:ran\nf:range\nf:raw_race_data\nf:read\nf:reading\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:release\nf:removing\nf:repository\nf:required\nf:reset\nf:resolve\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restoring\nf:restricted\nf:result\nf:results\nf:retention\nf:retries\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scan\nf:scanned\nf:schema\nf:scikit\nf:scrapling\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:see\nf:self\nf:sensor\nf:sentry\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skill\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:stored\nf:string\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:sudo\nf:suites\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:targets\nf:task\nf:team\nf:teamcity\nf:temporarily\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:tmp\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:tools\nf:total\nf:touch\nf:traceback\nf:transferring\nf:tree\nf:trim\nf:true\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unit\nf:unknown\nf:unpacking\nf:unschedulable\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v0\nf:v1\nf:value\nf:var\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:worker\nf:workflow\nf:working\nf:workspace\nf:workspaces\nf:would\nf:write\nf:writing\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:acceptance\nnw:access\nnw:account\nnw:action\nnw:actionpack\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:again\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amd64\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:args\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:artifact\nnw:artifacts\nnw:as\nnw:assembly\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assigned\nnw:assignment\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:awesome\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:backend\nnw:backticks\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:builtin\nnw:bundle\nnw:bundler\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2013\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cargo_common_metadata\nnw:cart\nnw:cart_spec\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloning\nnw:cloud\nnw:club\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codes\nnw:coding\nnw:coercion\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connected\nnw:connecting\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:container\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contracts\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:cpu\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:deep\nnw:def\nnw:default\nnw:defined\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:did\nnw:diff\nnw:different\nnw:differs\nnw:digest\nnw:dir\nnw:directive\nnw:directory\nnw:disable\nnw:discount\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documentation\nnw:documents\nnw:does\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:downloads\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:editor\nnw:eebxo6ax\nnw:either\nnw:elapsed\nnw:element\nnw:elliot\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:en\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errors\nnw:escrow\nnw:eslint\nnw:est\nnw:establish\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:fffff\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flow\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:formed\nnw:forum\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:graph\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:groups\nnw:gui\nnw:guide\nnw:gulp\nnw:gyp\nnw:gz\nnw:h\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hashmap\nnw:hatch\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignore\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indexes\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instrument\nnw:insufficient\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:invoice\nnw:io\nnw:ip\nnw:is\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:libc6\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:longer\nnw:looking\nnw:loop\nnw:low\nnw:lower\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:manual\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:mhelp\nnw:microsoft\nnw:mid0064\nnw:mid0065\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:n_\nnw:name\nnw:namespace\nnw:native\nnw:ne2\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:nodes\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:paket\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parser\nnw:parsing\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pd\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:phase\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pipenv\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pod\nnw:pods\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:possibly\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:private\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:protocol\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:ratelimit\nnw:rather\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:releases\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rspec\nnw:rubyonrails\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s0103\nnw:s0246\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:sensor\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solve\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:spelling\nnw:splitting\nnw:spond\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:style\nnw:stylelint\nnw:sub\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:teamcity\nnw:telemetry\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_error\nnw:test_fail\nnw:test_low_stock_threshold\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:through\nnw:thrown\nnw:tightening\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:topic\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:u1101\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unix\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:unschedulable\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:upload\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:uv\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:vite\nnw:vpn\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yarnpkg\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\nnw:zzpmw\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a04\nw:a07\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4\nw:a4006\nw:a5\nw:a62\nw:a7aef8b1\nw:a_\nw:aa\nw:aaa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:abort\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:absent\nw:abuild\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:activity\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:address\nw:addresses\nw:admin\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:agents\nw:aggregate\nw:ago\nw:ai\nw:aiogithubapi\nw:aiohappyeyeballs\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:aliases\nw:all\nw:allocate\nw:allocation\nw:allow\nw:allowed\nw:allows\nw:alongside\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:alternative\nw:always\nw:ambroisie\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:analyze\nw:and\nw:andi\nw:android\nw:annotated\nw:annotation\nw:annotations\nw:anomaly_history\nw:anonymous\nw:ansi\nw:ansible\nw:answer\nw:any\nw:any_\nw:anyio\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:appears\nw:apple\nw:application\nw:applied\nw:applies\nw:apply\nw:approval\nw:approved\nw:approx\nw:apps\nw:apr\nw:apt\nw:arc\nw:arch\nw:archinstall\nw:architect\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:ark\nw:arm\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assert\nw:assert_eq\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:asyncio\nw:at\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatically\nw:automation\nw:autonomous\nw:available\nw:avg\nw:avoid\nw:await\nw:awaiting\nw:awesomeness\nw:awk\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b2\nw:b28\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b627fbcd5589ae52\nw:b7\nw:b7c1d6e3f\nw:b8ej_\nw:b_\nw:b_allowed\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backports\nw:backticks\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:batch\nw:bats\nw:bazel\nw:bb\nw:bc\nw:be\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:benchmarks\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigint\nw:bigquery\nw:billing\nw:bin\nw:binaries\nw:binary\nw:bind\nw:bintray\nw:binutils\nw:biome\nw:bit\nw:bitwise\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bluetooth\nw:blur\nw:bodies\nw:body\nw:book\nw:bookmarks\nw:bookworm\nw:bool\nw:boolean\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:branch\nw:branches\nw:branchpoint\nw:breadcrumbs\nw:breaking\nw:brianbancroft\nw:british\nw:broadcast\nw:broken\nw:browser\nw:bs\nw:bs4\nw:bucket\nw:buf\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:build_dir\nw:builddir\nw:builder\nw:building\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:buttons\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c12\nw:c1d2e3\nw:c1e\nw:c2\nw:c2065\nw:c2086\nw:c2164\nw:c2_\nw:c3\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cache_rs\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:caddy\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:camoufox\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:candidate\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:cast_possible_truncation\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:cell\nw:central\nw:certifi\nw:cf\nw:cffi\nw:cfg\nw:cgen\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:chapter3\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:cinterop\nw:circle\nw:circleci\nw:circus\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cmsis\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:coder\nw:codespell\nw:codex\nw:coercion\nw:cogni\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:collision\nw:color\nw:colors\nw:colr\nw:column\nw:columns\nw:com\nw:come\nw:comma\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:commits\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:completion\nw:component\nw:component_test\nw:components\nw:composer\nw:compress\nw:compression\nw:compute\nw:computed\nw:concepts\nw:conclude\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:considered\nw:console\nw:constraint\nw:constraints\nw:construct\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:context7\nw:continue\nw:contract\nw:contracts\nw:contrib\nw:contributors\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:converted\nw:cop\nw:copy\nw:copying\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:cosmos\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:cov\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp310\nw:cp311\nw:cp314\nw:cpp\nw:cpu\nw:cpufeatures\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:critical\nw:cronjs\nw:cross\nw:crossbeam\nw:crypto\nw:crypto_sign\nw:cryptography\nw:crystal\nw:cs\nw:csl\nw:cspell\nw:csproj\nw:css\nw:cssx\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:ctrl\nw:curl\nw:current\nw:currently\nw:curve25519\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cygwin\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2\nw:d2c1e0f\nw:d2f6c0b\nw:d55\nw:d_\nw:dactyl\nw:dactyl_left\nw:daemon\nw:daemons\nw:dalek\nw:dangerously\nw:darling_macro\nw:dart\nw:dart_web3\nw:darwin\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:days\nw:db\nw:dbkit\nw:dd\nw:dd7935\nw:deadline\nw:dealing\nw:deb12u1\nw:debian\nw:debug\nw:debug_html_parser\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delete\nw:deleted\nw:deleting\nw:delimiter\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:der\nw:dereferenced\nw:derive\nw:deriving\nw:derliebemarcus\nw:desc\nw:describe\nw:description\nw:descriptors\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detection\nw:detector\nw:detectors\nw:detekt\nw:determine\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:differs\nw:digest\nw:dir\nw:direct\nw:directly\nw:directories\nw:directory\nw:disabled\nw:disabling\nw:discard\nw:discount\nw:discovered\nw:discovery\nw:disk\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distribution\nw:distributions\nw:div\nw:division\nw:django\nw:dl\nw:dll\nw:do\nw:doc\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotenv\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:downgrade\nw:download\nw:downloaded\nw:downloading\nw:driver\nw:drone\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:dyn\nw:e\nw:e0\nw:e0061\nw:e0106\nw:e0277\nw:e0308\nw:e0401\nw:e0425\nw:e0599\nw:e10\nw:e1001\nw:e1101\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e7\nw:e8f\nw:e_\nw:e_path\nw:eadcdc7d\nw:ec\nw:echo\nw:ed25519\nw:edeandrea\nw:edge\nw:edit\nw:editor\nw:ee\nw:eebxo6ax\nw:efde290b\nw:efe31b98f2\nw:eff\nw:egeria\nw:either\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elif\nw:elite\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empties\nw:empty\nw:en\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:enforce\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:ensure\nw:entering\nw:entirely\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:enums\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:equivalent\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:escaped\nw:escrow\nw:escrow_id\nw:eslint\nw:est\nw:eta\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:exactly\nw:example\nw:examples\nw:exceeded\nw:exceeds\nw:exception\nw:exceptions\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:explain\nw:explanations\nw:explicit\nw:explicitly\nw:explore\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:external\nw:extra\nw:extra_cmake_args\nw:extracting\nw:extraheader\nw:extras\nw:extreme\nw:f\nw:f1d2c3b\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f7\nw:f841\nw:f909ac5\nw:f_to_c\nw:factory\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fall\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:fastapi\nw:faster\nw:fastlane\nw:fatal\nw:fb\nw:fc58aa\nw:fc97a4c5\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetched\nw:fetcher\nw:fetchers\nw:fetching\nw:few\nw:ff\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finalizing\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixable\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flash\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forgot\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:fortuna\nw:forwarder\nw:found\nw:foundation\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freethreaded\nw:freetype\nw:freezing\nw:fresh\nw:from\nw:frozen\nw:frozenlist\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g8001\nw:g_\nw:galaxy\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gconnect\nw:gcr\nw:gdb\nw:gem\nw:gemfile\nw:gemini\nw:gems\nw:generate\nw:generate_summary\nw:generated\nw:generating\nw:generation\nw:generator\nw:generic\nw:geo\nw:get\nw:get_settled_at\nw:get_sources\nw:getaddrinfo\nw:getter\nw:getting\nw:ggml\nw:gh\nw:ghcr\nw:gi\nw:git\nw:gitconfig\nw:gitdir\nw:github\nw:gitlab\nw:gitleaks\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:gpt\nw:grace\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greenlet\nw:greeting\nw:grep\nw:grgit\nw:grotesk\nw:group\nw:groups\nw:gui\nw:guide\nw:guilouro\nw:gulp\nw:gyp\nw:gz\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h5\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:hal\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashbrown\nw:hashicorp\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hhp\nw:hi\nw:hicpp\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:httpcore\nw:https\nw:httpx\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i128\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idna\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implement\nw:implementation\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:imports\nw:impossible\nw:in\nw:inc\nw:include\nw:included\nw:includeif\nw:includes\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistencies\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:individual\nw:ineffective\nw:infallibly\nw:inference\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inner\nw:input\nw:inputs\nw:insensitive\nw:inside\nw:insights\nw:inspect\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:insufficient\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:intermediate\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:inverse\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:iot\nw:ip\nw:ipfs\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:is_none\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:itertools\nw:itoa\nw:its\nw:itself\nw:j\nw:j2\nw:j30\nw:jar\nw:jaraco\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:job\nw:jobs\nw:jobsys\nw:jonesn\nw:jooq\nw:jq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:k\nw:k1045\nw:k8s\nw:k_\nw:kata\nw:keccak\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keyring\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:kiriyaga\nw:km_to_miles\nw:knob\nw:known\nw:koch\nw:kotlin\nw:kt\nw:ktlint\nw:kts\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:l_\nw:lab\nw:label\nw:labs\nw:lambda\nw:landing\nw:lang\nw:language\nw:language_tags\nw:laravel\nw:large\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:lazy\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:less\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libasound2\nw:libatk1\nw:libc\nw:libc6\nw:libdbus\nw:libfreetype6\nw:libgbm1\nw:libglib2\nw:library\nw:libs\nw:libtonode\nw:libxcomposite1\nw:libxfixes3\nw:libxrender1\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:liquifact\nw:liquifact_escrow\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:lite86\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:llvm\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:longz4wqz\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:low\nw:lowagie\nw:lower\nw:lower_snake_case\nw:lru\nw:ls\nw:lspconfig\nw:lua\nw:lxml\nw:m\nw:m0s\nw:m104\nw:m12\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:macro2\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malformed\nw:malicious\nw:manager\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux1_x86_64\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_24_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:manylinux_2_5_x86_64\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:masonj0\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:mawk\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:maybe\nw:mb\nw:mcgdiff\nw:mcp\nw:md\nw:mdi\nw:mdurl\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:media\nw:medium\nw:meeting\nw:megalinter\nw:melos\nw:mem\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:meta\nw:metadata\nw:meter\nw:method\nw:methods\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:mif\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minimum\nw:minitest\nw:mintimeout\nw:minute\nw:minutes\nw:mirror\nw:mirrorlist\nw:mirrors\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:molecule\nw:mon\nw:money\nw:mono\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:multi\nw:multidict\nw:multiline\nw:multiple\nw:multiple___\nw:multiplication\nw:multiverse\nw:musl\nw:must\nw:must_use\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:namespace\nw:nami\nw:naming\nw:native\nw:native_lib\nw:nav\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newlib\nw:newline\nw:newly\nw:newtonsoft\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:northcentralus\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:nuget\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:odder\nw:oder\nw:odor\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:older\nw:ole\nw:omit\nw:on\nw:once\nw:once_cell\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:opencode\nw:openemr\nw:opening\nw:openssh\nw:opentelemetry\nw:operand\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orjson\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outputs\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p0040\nw:p1\nw:p256\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:packetfence\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parameters\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patch\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pdf\nw:pdfkit\nw:pedantic\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:period\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:person\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinned\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:plans\nw:platform\nw:platformdirs\nw:playwright\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnc\nw:pnpm\nw:pod\nw:podcasting\nw:pods\nw:podspec\nw:poe\nw:pointing\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:pool\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:post1\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:power\nw:pp\nw:ppv\nw:pr\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:preinstall\nw:prejudice\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:press\nw:prettier\nw:prettyplease\nw:prevent\nw:previous\nw:price\nw:price_cents\nw:primary\nw:print\nw:printed\nw:printf\nw:println\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:processor\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:promise\nw:prompt\nw:prompts\nw:propcache\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:psutil\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:punycode\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pycparser\nw:pydantic\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyproject\nw:pyproject_hooks\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qty\nw:qualified_races\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queue\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:rand\nw:rand_core\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:raw_race_data\nw:ray6y\nw:rb\nw:rc\nw:rc1\nw:rc2\nw:rc3\nw:rdk\nw:re\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readme\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:record\nw:recorded\nw:records\nw:recursive\nw:redirect\nw:redis\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:rejects\nw:related\nw:relative\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:rename\nw:renamed\nw:render\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:res\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retention\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returning\nw:returns\nw:reuse\nw:reused\nw:rev\nw:review\nw:reviewdog\nw:reviewer\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:role\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:ropenscilabs\nw:roundtrip\nw:route\nw:router\nw:routes\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rtos\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runner_temp\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustfmt\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s2n\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safe_load\nw:safety\nw:same\nw:sample\nw:samples\nw:sandbox\nw:sardonyx\nw:sata\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scm\nw:scope\nw:score\nw:scrapling\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:sdks\nw:search\nw:sebastian\nw:sec\nw:sec1\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secretstorage\nw:secs\nw:section\nw:section_end\nw:section_start\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:self\nw:semicolon\nw:semver\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sent\nw:sentence\nw:sentry\nw:separate\nw:sequence\nw:sequential\nw:serde\nw:serde_derive\nw:serde_json\nw:serde_with\nw:serialize\nw:server\nw:service\nw:services\nw:session\nw:sessions\nw:set\nw:sets\nw:setting\nw:settings\nw:settle\nw:settle_ts\nw:settled_at\nw:settlement\nw:setup\nw:setuptools\nw:several\nw:severity\nw:sf\nw:sh\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:shorturl\nw:should\nw:should_\nw:show\nw:shrinkwrap\nw:shutdown\nw:sid\nw:side\nw:sidekick\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simdjson\nw:simple\nw:simplified\nw:simulators\nw:sin\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skill\nw:skills\nw:skip\nw:skipped\nw:skipping\nw:sku\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:sme\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:sock\nw:socket\nw:sockeye\nw:socks\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:soroban\nw:soroban_sdk\nw:sorted\nw:source\nw:sourcerygxx\nw:sources\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spdx\nw:spec\nw:specific\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:sql\nw:sqlalchemy\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stable_deref_trait\nw:stack\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:stat\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:stellar\nw:step\nw:step_script\nw:steps\nw:stg\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:stored\nw:storefront\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:strip\nw:strkey\nw:strsim\nw:struct\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:stylelint\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggested\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:supabase\nw:supplied\nw:support\nw:supported\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:swatinem\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t00\nw:t03\nw:t06\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t14\nw:t15\nw:t16\nw:t17\nw:t20\nw:t21\nw:t22\nw:t_\nw:tab\nw:table\nw:tabs\nw:tag\nw:tags\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:tarball\nw:tarfile\nw:target\nw:targeting\nw:targets\nw:task\nw:task_queues\nw:taskrun\nw:tasks\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:teamcity\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:template\nw:templates\nw:temporalio\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminate\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_core\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_total_rounding\nw:test_unicode\nw:testcafe\nw:testdata\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:their\nw:them\nw:theme\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tldextract\nw:tment\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:tooling\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topics\nw:topologies\nw:total\nw:touch\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transferring\nw:transform\nw:transition\nw:transitive\nw:translation\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:trusty\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typealiases\nw:typecheck\nw:typed\nw:typenum\nw:types\nw:typescript\nw:typo\nw:tzdata\nw:tzst\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:u4x\nw:u64\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu2\nw:ubuntu24\nw:ubuntu2404\nw:ubuntu3\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unifont\nw:uninstalled\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlabeled\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unschedulable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgraded\nw:upgrading\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:userland\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:uuid\nw:uv\nw:uv_manager\nw:uvicorn\nw:uvu\nw:uw\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v25\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:verifying\nw:version\nw:versions\nw:via\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:w_\nw:wait\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:wasmi_core\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:welcome\nw:went\nw:were\nw:werror\nw:west\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:wildcard\nw:will\nw:win2012\nw:win22\nw:window\nw:windows\nw:windows2022\nw:windows_\nw:wine\nw:with\nw:withdraw\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:workflows\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:worktrees\nw:world\nw:would\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writer\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:x_\nw:xauth\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xexpect\nw:xf\nw:xfailed\nw:xfonts\nw:xjc\nw:xml\nw:xs\nw:xz\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarl\nw:yarn\nw:yesterday\nw:yet\nw:yhz\nw:yml\nw:yoke\nw:you\nw:your\nw:youtrack\nw:z\nw:zephyr\nw:zephyrproject\nw:zero\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zipp\nw:zmk\nw:zmkfirmware\nw:zstd\nw:zurichsee_ha\nw:zzpmw",
    causeBias: -131,
    cause: '8/8hACUA3f/K/+L/4f8WAB8AyP+5/8//6P/+/7L/t//f/8z/0f9AAOn/FADa/8T/w//p/7//x//E/zgAAwD8/zwA8v/O/67/o//1/93/5P/i/93/xP/m/+T/CQDG/zYA3v/b/9H/HgA2AMj/zP8yADoAFQDs/9f/zP8TAJn/FgAoAOb/CQDR/xUA4P/d/+X/4v+p/+b/fv/D/xUANAACAJP/3f/T/9n/EwDz/ywAvv8LANz/CgCs/8D/MwDU/0EA5v8hAOP/MADz/0wACgA3ANL/JwCv/7b/FADW/83/4/8pAOT/5P/V/93/4//l/+L/5v/e/ysA3f/n/9H/PgAVAJH/6v8HAKL/2f+u//j/JwALABQAAAC0/yYAJABNABwAGwBEADcALQDl/yYA4f/i/8X/5P/R/xQA6P8VAL7/NgAyAD4AqP/d/8//6/9bAI//TQDY/7f/AwDC//L/r//H/2gAFgDg/+b/5v/A/7n/XwBNAOf/3f/c/7D/HgDc/04AwP8pAOX/y//M/7j/fP/N/yIA1f9QACcAFAD4/+P/FQCN/x0Az//+/+T/IADd/zIAdAAhANr/SQAhANz/JgDg/9X/nv9jAKf/1v+g/zwA2/9l/+f/4v+s/xcAw/8YAMj/nv8jAKT/4P+d/97/FgAaAMv/5P/W/73/MADj/7D/iv8uACwA5v9cABwAl//Q/77/4P+Y/8b/uf/V/9L/HgBJABoApv8DAKD/IADF/xUAu/8qAOr/BADn/+P/2f/h/93/3f/h/+r/6P/c/+z/6P8gAC8Av//C/ykAxf/L/6oARgC3/6b/3v/d/wwAxP8UADcAYQDg/9L/3v8ZAJP/5//6/+T/yf/H/xcA6//5/yoA5/8pABoAGgAaABoA0P8cAOX/2P8jAIf/0P8/AOL/FwCX/+f/IACQ/zIAPgDq/yMAwv+3/wkA4v8kAGf/NgAbAPf/xv82ABIAqf/b/73/0v8zAOD/HADU/7//HQC+/6//qP/4/9H/MADF/9b/PQCX/97/4f/i/9b/wf/F//j/FgDO/6P/2/81ANr/5v/I/zEAEgAeALr/EgC+/6n/2/+7/wIA6f+1/9f/HACr/yX/GACO/7n/HwCv/0gA0P9z/9r//P/i/w4AFQB4/ywA7P8rAJz/SADJ/xgAz//Q/yYAZgDm/8v/yP8GAOf/TwBJAEsA1v8+ACoAzv/p/5T/OgCh/9//IwA6AOn/IADJ/+T/HgDL/8T/1//D/9T/6f/l/9P/1P/I/8b/rP+p/8v/yv/V/9L/WQAVAPr/1f/q/0cAGAACANz/zf/Y/7b/NAAZABYAaf8iANr/1P9DALT/HAAEAJn/z/8UAOj/zP9LACEAOAA5ALn/WAAzAC8APgDl/8r/nv/p/8r/xP/M/3YAJgAnABUAFQCl/2sAUgDk/+b/9/+y/9D/z/8hACUAvv+q/wMAtP8kAAQAuf/c/x0As//q/6j/IwDf/7n/DgCm/8r/5v/n/9T/MwAeAPX/3/8DACMA5v8dAAAA4f8ZAKf/8/9aAAUAFQC7/8j/tP8UAB0At//G/+H/4/8UAAMAGgDK/ygA9//Y/zoADwCu/xkAFQDY/8j/JAA6AOP/5P+v/zMA9//q/+3/7P+0//f/vP8VAM3/3v/m//7/6P8mAOT/2//a/7b/6P8iAAMAJwAbANv/OQDo/zoA7P/e/9v/6v+O/y0A8f8qAPL/8v/d/yYAoP/T/+j/3f/i/xYAFwDp/xQAFACz/woALQDo/9H/1/8WACIA1P/I/0QAAQAfALn/FAAwABwA2P/h/xQA2f/V/8j/sf/b/7j/w/+x/8n/wv/o/8r/2//c/+n/FQAVACoA4P/W/63/6f8qAMb/vP+z/xYAFgDb/xQA5//S/67/3P/T/9r/4//Z/9z/vf8hABkA9f/N/+z/7P/q/+j/OwDk/5L/3P++/5f/qP/h/+j/SgDn/9f/5/8cADoAPAAPAOP/4//j/97/KwBfAJn/tv9JACsASQAkAD8ALgAiABQAqv/b/xcAFADR/ycAtf8KALz/MgC7/+D/W//R/37/b/+b/2P/4P/L/zYAyf+8/7T/x//I/8f/7P+1/7z/6//p/9j/wP/Z/+j/HQAPAM//u//f/+L/q//j/9T/zP84AIX/zP8iACQA1//K/6f/1//X/4X/yv/b/7z/HADq/woAJADK/+j/sv++/yYAoP/I/6X/y/+j/+n/5P8tAOL/5f8gANH/0f/R/7r/zf9AAOP/7P/q/2f/JwAaAMD//P/b/9j/4v/Z/zgAHgAeANb/FQARACwA1P9//x4A6f89AOH/6/9EAMD/HgDl/wUAxP/I/93/wf/k/97/7P8VACQA6v/b/yAA6P8VAN3/KgAeAOz/x/8jABcAHgDf/9n/FwDA/wQAuP8rABgAq//c/xQA4f+6/x8A6f/k/+X/rf8sAJ7/LQDs/9P/EQC7/y8A6P+2/+D/2v/r/+z/FQC9/8P/2v/O/9n/HgDm/87/5P/r/+n/zf/I/2wA6P8YANr/vP8VABQAKADp/+j/FQDo/xQAIQC8/9r/JgC//5//EwAgANX/IQAVACEA4//J/yEAyP/I/8v/vf8iABQAFwDe/+z/sv8jANH/nf+5/xcAvP/d/+v////O/x8A6/8RADAAs//y//H/+f/b/7v/MAAcAEgA3f/h/93/FwAXANX/LQDK/yYA//8qACMAzf/P/+T/FAAxANP/IwDP/97/s//P/9X/LwDZ/zcADQDd/wUALgA9ABUA6f8WAKX/NQARAOf/6f/i/9X/1v/r/+L/6v/p/y0A4f9EALP/nP/j/zYAtv/W/xwAwP8VAMj/3f8XANv/0//S/0sAuP8tADAA3v/o/xYAHAAyABUAxv+r/9D/FADq/+f/xv9+/6j/JgD6/2cAGgAZAD0AyP8VADIAPgBQADUACAAzANL/5v8zAAgAKwAEAP3/PADm/yQAwv/T/7z/vP/Z/xUAvP+8/xoA5v/P/ykAwf+p/wwAlv8aAOv/0v8gANL/pP+g/xYA5P/D/8L/zP/D/53/5v+b/6//5//a/7T/wP/I/+X/1P/e/+n/HAD6/zIAXf/f/wMAOgAcABwAu/8kANH/MgCj/8L/0f/l/y8AHwBn/1UAHADJ/xQAdv/F/yQA0v/W/y8AwP8zANT/FAD4/8H/5v/o/xwAFAAaACAA0P8sADEA3P+6/wAA1/+u/6D/9f8HAPD/2v/f/xMAHQCg//r/3P8hAM7/rP/T/xIA0v+T/6r/6f/y/yYACADl/93/5P/a/yQA4v/d/+b/3v+X/67/q//M/4//6f/k/8z/6//m/8r/FgDJ/9L/0f8vAEIAlf/S/+L/wf/k/+T/yv/E/9v/MgAyAIj///6j/4D/2v/M/9//q//Q/6P/KAAqAOX/3P9QACQAFADj/xcAVQDe/0QAIAAdAOH/nv8JABUAFQDw/zkASgBGACoA3f87AOX/HgA4AOv/zf8oADAABAAvABgAOwBwANP/OwCy/xgAvP8zACQA3/8aAOH/XAC4//3/3//O/+r/GwDR/z4A0v/r/xsAHAAVACoAFAA4ANH/MwBhAE0Azf8KAPz/3v+0/xkA7P/i/xcAAQCx/yEAXwAYAMf/pv82AMb/u/8UAOn/0f/f/8j/SACs/5b/t/+t/97/u/+d/7L/QQAMAMb/AwDL/yUAtf/O/+H/AwAgABYAjP+b/yQAHgBuAOn/tv/f/9z/uf8mADoAMQC//xQA6v/m/+7/6//z/x4AJQAZANf/zP/o/+n/6//B/8n/uP/r/9H/v//r/+r/2//Z/+b/HgDV/xoA3//r/2P/LgBOAN3/6/8KALH/p/8HABoAwv+n/73/yP+7/7T/1P+n/6z/3f/n/5P/GgDX/5X/wf8IANL/hv/T/7//MgDb/zEALQB1/y0A3P/L/x8A+v8uACEAGwDr/w4At//q/wEA0P+6/7z/m/+p/wwA1f8XAOP/HAC5/8z/LADL/xYAvP/I/9z/1f8aANT/zf+1/xoA3f/N/6T/yP9r/9b/z//f/+j/3/+q/zwAFAAZABkA5P/F/xYA6P/d/+r/0P/R/6D/sP8nAMH/4f/r/xYAyf9EABoAwf+r/wwA3P9GANX/1f8UAC4ABAAgAE4ASwAKAMX/9v8sAGMAMQCs/7n/x/8UANX/w/+3/y8AEADP/8n////e/+P/EgDw/+b/FwASAMf/AADj/+r/m/8jAEgA7f8wANH/4P/R/9X/zP/W/+n/IgAjAJ7/m//j/xEAxf+N/8v/rv+2/y8Asf/O/+L/7f/d/yAAxP80AC0AEACo/8L/BQDf/7D/9f8DAB8A6f8FALX/h/8jAMv/4v8PALr/PgDr/+j/of+G/9X/FQDp/+D/3f8cADsAFAATALf/4P/l/+L/5v8wAJ3/6//Y/zUAAADv/8P/IgDA/+D/tv/B/2n/4f/h/5P//P/m/9n/r/+s/9H/wP9R/6P/u/+y/3j/v//F/8f/xP+2/0z/6//B/9L/GgDH/7L/6f/r/9n/4//I/+b/FAAUABQA4P/c/ykAMwAVAB0As/+0/xQAxP/k/xYAIgDh/0UAQwCr/yYAp/89AMv/IAAeADIAYgAwABQAGQC0/zMAFAA0AOj/GACi/9D/wv/Z/7z/4f/o/77/rP/b/7n/vv/5/+n/AABkAOv/mv9IAMn//P8mALT/JAAgAOD/AwA8AB0Anf9JABQARwDd/93/4v/R/9H/HACy/x8Asf/R/9H/FgAvALz/vf/o/8n/0/8wANn/0//r/xsAz//q/7z/VgDU/0YAwf/S/8//FwA9AEEAzf/A//P/IAACAM7/IACQ/9T/w/+i/zQAIwDU/4v/IQDe/yAAtP/H/87/u/+//7b/j/8LAL//6/8hAPf/6/8oAIr/w/8aABoAkP+o/9r/3v/J/83/u/+k/53/5f/Y/83/sf/b/zIAIwAUALH/FADJ/8X/3v/W/yEAw//e/+n/yf/R/xQAJgA0ANb/5v/D/xYA1v/h/77/+P/r/zQAyf+x/x8A2f8SAOz/7P/X/z0Auf+s/83/4v/4/xP/pf+t/97/GAA0AFgA6f8jAOv/IgDm/97/uf/Y/9D/uf/S/8P/v//P/+f/HgDb/97/1v8UABEA6f/S/8r/4f/T/+H/zv/k/+v/PQDR/7//FwDG/9z/pv/V/9X/HQAVAB8A0v/O/93/NgDl/xgALADv/xEANAAtAEkAKgAOALH/GQDW/xQAtP/r/yIACQAqABQA6v/x/xgAIADU/9P/0//R/5z/QQA3ALv/xv+h/+X/vf+0/8//tP/H/+X/3//a/63/0f+s/5T/zf/A/9j/of8WAL7/GAATAOb/LwB8/9r/6f/V/x8Av//X/73/0f/C/+L/FwDH/+j/0f+P/8D/xf8fABUA3/8UABEAzf8wALL/sf8UAMP/3P8UAOz/5//Z/yMAzf/h/6v/z/8kAMT/v//N/6v/2/+u/9L/5f/Y//H/PQAjACYAzf+F/8P/uv/Y/6z/4f/I/+3/xP/B/8X/6v8ZAOP/4f8UALr/OwAdAOj/AQCV/8D/v//i/7n/TAAZAOH/sf9EAMT/qP+4/9n/xf/q/+v/uf8KAC4AGAAnANL/ov/p/5X/5f+U/+X/mf/k/9v/AAAnANT/5//e/+X/IgCf/0oAIgA3ABYAGQAbADQA9P8oABYAJAD3/97/OwDD/9z/rv/D/+X/BQCM/1UA2v+3//j/yv/9/93/1f/e/9P/vf/e/9D/q//X/9P/3P/D/9X/2v/P/8//zv/Q/9z/vP/X/9z/1v96/6f/DACz/9H/EwADAM7/tv/K/7//3P9EAJf/JwAsAM//FQDJ/yAAIwDr/7f/V/8uAMP/w/8YAB4AHgDJ/wUA6P8YANH/mv/I/+n/yv/e/+X/7f/i/yYAPAD4/+T/3f/N/+L/4P+r/xsA4/8OAMH/DwAZANz/of/r/+T/lf9BAL7/5/+3/zIASgDD/zkAJgDm/xQAJwABAM3/MAAYAEkA7P8gACIAJADM/+v/oP+W/9T/MgDU/8b/MgD4/xQAh/8xAOT/zv8qACEACQC2/wgAxP/A/13/sv+S/zkAHwDI/+L/u/8jAEQACgCs/+n/3v8XADYA7P98/ycA5/8SADEA0f8sAOb/xP8XAPr/zP8lABUA4f/d/yoA6f/r/zoANQBKAC4ACQCe/8f/y//H/9P/2P/h/7H/MwCz/9n/1v/X/83/3//j/8r/JAAWAL//CwDb/6z/vP/l/9T/5P+a//f/yf/C/+r/p//e/5L/6P/l/+r/pP/p/+//o/8QACQA1P/Q/+n/6P/h/4j/n/8gABUAyv8LADcASQC4/9T/pv/Q//j/t/8rACAAHwDg/w0ALgDG/xcAwv+w/7r/5P/S/+H/0v8aAOv/6v/i/9b/cf8fAKr/FQDl/3X/JQDl/+T/GgDZ/8j/5//V/+H/8P/S/wgAnv/H/9r/6f+d/9T/jf8VAB8AV/8EAM//qv/3/xUALwDJ/w0AFgDx/9//6/97/yoAuP9oAOL/IQDh/yUApQAVAJD/zf/k/xQA3P8sAA4A6f/p//n/JwDj/+X/4v/4/9v/yP/n/+P/6f8eACYA0v8eAM3/4f8UAOn/yv/J/2YAFQCw/6v/2P8WAJ7//f/p/wwALQA4ABoA3/+X/zQAFQCM/00A4/9FAML/wP/D/7z/y/8rAKz/yf+7/zkAHAAwAN3/mP/c/8z//v+f//7/t/8mANn/5//f/8//tP/a/6j/0f8EAAMAyv9NACoAKgAmABUAJgAVANj/6f/g/7T/GQDB/9r/z/8eAJn/wP/P/+P/3f/f/ygA6v/X/6P/uv/z/+v/tP8VAEoA4v/K/yYAwP/i/7v/6//h/xAAKgAcAMD/GQAjAMT/6v/h/y0Azv8aAB4AHABU/xQAOQDB/8z/UQDX/+T/GQAaALL/TQDA/x0A3f8ZADcALADA/8f/NQDg/+f/GADh/yQAEwC3/8X/2f+l/5P/SwAPAC4A2v+m/9j/6v+//9T/xP/o/+r/xf/n/yIA4v8GAOr/GgDn/w4A7P/K/9j/sf8QAMn/3P/V/+T/YwDf/xYAvP8eADIA1f/j/9j/HADe/77/FgAdABAANwCt/y0AKgDq/6X/DwDd/9b/0//r/+H/y/+1/9j/6f8nANf/2//r/+r/6//E/6z/zf/T/8T/IQBJALP/CAAtABYA/P/8/1wAIQAqAOH/7P/r/+D/uv/i/8b/6//D/9D/xf8oANr/2/8nANT/0//o/7P/xf+l/xAAtv/A/+T/IAAVAOf/3P+v/+P/3P/Y/8P/eADh/5X/3P8YACsAFgB2/9T/2v8vANH/zv/U/+b/6P86AG3/2P/K/woAFAAcAAwA3f8hAMT/lP/t/9f/OAADAOn/IADn/xoAJQDU/9f/FgCw/xYA6v9LAE8AFQAvANb/GQA9AM//7v/H/9L/0P8VAHP/1P8XABcALQAEABcAFgCw/83/w/+P/y0Aqf/W/9z/JgAtAOX/3f/L/+D/2v/Q/+X/2v/X/9T/x/+1/7b/RADU/9L/z//f/6j/1P/j/4v/sf+9/8D/4f/8/x4AqP/Z/0gAFgDV/wQA7/8MANr/iv+//9r/x/8WACMA3P/q/0MAJwCs/5T/OwDg/xwAVgDM/08A+P8VAAcAFgC1/z4AKgAPANv/1f/e/+//9f8eAP//4//q/x8A2//q/+r/6f8NAAkACwCa/+f/0v/6/9//2v/i/x8AuP+g/83/MwBQABYA/P/C/9X/KAA8ABwAVgAlABgARAA3AC0A5f/T/9P/LAAmAOL/3P+4/97/l//K/6H/JgDT/9D/LwDW/9z/s/8qAOn/6f/J/9D/qP+d/+j/rv+1/3r/HgAzABQA6P/P/xkAFQDL/ygA4f/V/+H/KgDl/9v/JwDr/7v/0v/W/8z/JgC2/8z/IADu/xUAPwCn/9v/vv/K/+f/5P/k/9L/1v8ZAD0AsP88ABUA6P/X/00AFQAVANv/wf/j/+b/5v/d/+X/FAAbAIv/7P8UANf/5//W/9r/rv8eAJP/yf+1/1j/2//4/+v/o/8dADMAIgBQADIAOQDR//b/rP/I/wgA2v8hABgA5v/8/zQA6P/i/3X/x//p/1UAVADf/6L/QgC8/xcAGgDc/0IAIgC8/zAA4//p/04Awv/R/+H/JQC5/+H/SADV/ygAPABWACUAv//k/ykAMAAKALz/cQDr/6z/GwAbALr/FQC4/9L/o//T/7//5f8VAMP/rf/z/5j/AwAxAOT/tf/G/xgAt/8eADAANwDC/zcAQwDX/z0ASwDh/+j/OgDz/zwAHQDB/x4AMwC8/wEAr/+3/8X/4v+h/yEAAQDP/xoAKADp/8j/9/8UAEAAPADM/+D/XgDa/zMAwv8cACUAFgDl/7T/MAAgANv/KQDX/xUA3v8gAEsAFQBYAEMAMwDl/0EANgDg/yYApP81ABcAOgDQ/9//9/9MAK3/LgAxAOb/yv/C/+f/MgAtAN//OwDY//X/rf8IANr/s/8iAOH/sv8AAOn/6f8nAN3/8f8oAC0A3P/d/7z/TADR/9H/0/+4/7f/o/8eADMAq/+3/+n/sv/F/0UA6P/y/8b/HwAOACYAsv8ZAEMAKgDh/6X/BwAvAOD/9P8yANz/GQBJANL/qP8eADwAJQA/ADEAJQApABQA6P8UACEAMQBOAPr/rf+//83/w//c/+L/JADl/xsA6f/B/8H/z/8UACAA3P///5r/HAAwADkA6f/q/+b/xP/Y/9L/sv8eABEAGAC7/9D/tP/Y/wQAzP8fABIA+P8BAOj/xf/h/1QAvv9FAHsAEQCP/yIA9v8eAFwAqP9eAEwAOQB//zsAIgARAND/6/8XAEkAGgAeADsAFQDE/yQAHgCZ/9H/1/9AAOj/LwAXAOj/7P/U/9H/xP/Y/xgARQAVAL3/xf/X/x0AFAAQAOn/JADX/8z/FwDD/6P/3f8nAOn/wv+i/93/8/+k////rv/j//j/7v/G/0IA5P/b/83/NQDg/yYADwDb/7j/GgDl/xYA4P8rAOb/MACH/xoAsf8VABkAMgADABQA0/8fANf/wf82ABQAwP/f/wMAfgA5AMT/dAAWAAUAPQAaACQAFQDO/+H/3f8kAFAAu/8yAB0ALwAjAEoAWgAUAAIA3v/e/xcA+f+//7j/+P+g/xwASAAzAB8Awv/q/zgALwBiANX/y/+x/+r/y/8WAEQAKgDm/9v/tv80AEwAJgA8APD/AAAKAOD/4/+0/+r/JQDI/xAAsv8c/67/6f8FABUAw/8XAOn/2v/a/yYAi//j/7j/1f+s/+L/zP+8/yr/x//A/9//HgC0/9r/2//Y/8b/AAAqAN//4P/d/xEALgAnAND/JQDM/0z/6f/u/woANAAfAM7/5f/B/zIA3f/c/1sA2/8ZABQAIQDu/7j/vv94APr/wf8dAM//SQDs/7H/sv/F/zkAw//g/zIAlP/h/8X/JACO/9r/uf+n/w8AFgDg/xUAwP/p/6D/yP+6/8r/zv8AAEoAKQDZ/zYALADj/0cANwBDAFYA6v8mABsAJwDM/9X/y/+p/43/tv+G/9D/4f86ALr/qf+n/7j/d/+l/yAA0P8mAEQARAAcANj/3f/b/9r/3/8aAD4A2v/F/+n/t/8kACYAJQA2ADQAyv/K/8H/zf8oAP//BQBEABgAx/85ANT/tf/F/yQA2P/T/9r/5v/r/9L/6P/f/w0ALgDx/zkA2f9tANT/1f/e/+P/HwBWACIA0/+1//r/5/8VABYAt/8mACYA4f/i/5H/5v8aAM//yP8yAOf/IAC5/8//FADg/9D/FgAXAMf/2P/+/xQACgDn/9f/uv/i/8z/KQAlAAoA2f/P/z4Auv/r/xAA4v/E/yUAIQDm//7/5//o/9H/LQDh/5r/QgDT/+n/qf9LAB4A4P8VAKL/0/9N/3gAp/+A/yYAGQDb/7j/8f8qAJ7/0/8BABkAPQAeABcAFAAgAOD/9v+0/yYARADD/9//9P9NAA8AQQC6/7L/1f8ZALf/0/8ZAPz/5P+0/xsAtf8VAMX/GQDd/6T/o/8iAJ7/PADD/zQAsv/h/63/s/8yABQA5v+e/9f/yf8qAOn/rP8VAM7/oP9+/xYA3f+2/zMA3P/R/yIAz/8rAJf/i/8VAMj/0P+3/x4Aqf+7/5T/HQC//+v/IwAXABgAuv/d/+P/FADM/xQAs//c/6v/wP/q/63/4//I/97/6//n/73/CwCs/9r/6f/O/zcA6f/p/+b/0v/S/6n/0/8rABoA6v/r/+P/uv/T/+v/uv/O/xUAKADn/+z/JgBKAOT/zv8UAE0Az/9IAKX/PwAsALP/yf8IANv/1f8B/yMA7f++/xYAAQDn/wUAsP+9/3j/FADF/7//HADF/7n/zv/X/0wAGAD4/+P/PAC+/8n/QwAWALr/qv+q/8X/NQDs/9z/GwCo/5z/6P/o/xkA0v/j/4P/eACu/8f/r/8WADYASgCg/9v/FgAOALL/4//f/3D/p/+8/9L/1/8dACYAL//H/8//1/8WAM//mP/i/8//4f/j/7T//P/F/6j/GACx/6z/AACr/8z/BwA2ANj/5//Y/5//0P++/7r/wv8sAOb/rv/o/8z/7P+y/zkAgP/Z/9b/LQDk/6n/vv/U/+X/u/8UAMH/U//k/9X/mP/Y/+f+2f/Q/9H/CgC7/+r//P/o/7j/CgDb/63/PQDk/6f/2/+R/9z/+f8KABoAGwAUANH/yf/k/+j/0f+//9H/HwDg/8H/uP81AAQAFABVADMAHv8UAJr/KP/H/9L/FQDe/ysAFQAUAMP/TwCO/xUAw/+T/9v/rP9B/+r/r/8K//H/PgAhAMz/JAAeAMr/GgAcABkArP/n/8D/v/9XAK//8//K//L/MgDT/9L/4f+5/+r/IACY/+r/0/+s/8v/EQDN/8r/1v/c/7r/x//P/7r/vf/a/8X/HgDi/73/RACg/+n/p/8dAOb/uv/b/xcAAwAVAFsA0v/N/87/EACl/2n/BAAUAPb/iP/l/+n/sf9TALH/AgAYANv/CADN/9H/ev8bANj/uP/l/+f/SwDi/+T/5/+9/xYA6P8iAMv/WAAgAAIAAwDd/xgA6f9BAOr/LQAiALj/5//S/yEAqP/n/9r/NQDn/8b/KAAAADoAzP8VAPP/GADY/y0A8f8UAOr/i//p/+P/t/9JANz/4v+8/87/FACp/7f/JAAkADwA4f8ZALz/1f/M/+D/1v/c/47/vv+4/+z/IwDH/8D/1f/G/xwA3v8cAFYAxf/e/wUArv81AO//sf/X/x8AIAAyAOj/3f+n/+n/xf/m/+r/3v/s/9v/6//r/+P/0f/p/9r/HwDi/x4Apf/F//j/+P/Y//H/zf+7/9z/z//Z/+b/gQAeABUAvP+w/+T/LQApAMj/MwBX/9L/qv/p/9T/4f/c/9T/5f/r/+n/PQDk/yAAaACv/9z/FAAjABkA2f/V//b/4f/q/7r/2f/q/yMAEwDg/+X/5/8yAI//2v8UAOT/yP+5/w8AEwDi/+L/HgDR//r/1f9CAPr/wP8eABkAvv+1/yAArf/Y/97/SQCu/xYA2P8oAC8Ar//A/9T/FADt/+P/7P/O/+n/6P/Z/8X/6f/G/8T/9v84AP//sf/i/wkA2v/q/8r/BgDO/zIAxP/X/xQA3//H/xsAOwCt/2//FQAUAMn/rP8QABIAiv8rALf/6f/L/yMAwP/a/yAA3f+6/yEA4v+u/xUA4/+g/xgASwA3AM//HADV/x0AcQAmABQAn//d/+P/w//l/9n/tf/b/9r/k/+8/7L/3/8VAOz/7P/h/+r/zP++/7X/9P+2/9L/w//D/zMA3//M/9T/2P/V/9P/3v+w/87/3v/d/5X/f/+q/7z/GADb/+n/3v/J/8f/yP/g/83/6/9HACwAEADW/+b/EwDN/yQAw//q/yUAtf8VABwA6f8VAJT/nP/f/6v/0f/W/83/uv8WADMAMgC0/9T/zP/n/9z/FwAjACYAHADX/wkAtP/q/yYABAC8/+z/SwC5/87/qP+j/77/KgCz/+j/l/8uAOH/LwBFAOn/UgCS/9X/5v8aAC0A5//N/6H/wP8UABYAOQCG/yMAJQA1ABgAKgDk/4//FQDm/yIA2P8xAMv/uf8MALH/FADo//f/GQAUALH/0f/e/87/2//f/+z/6f8EAOX/KwAxACMAFAAUAAAA1P8UAOP/MAA6ANH/6/80ABsA5P/q/xQAHQAVAPv/w/+e/9//oP/E/+X/sP+6/8//z/8wAND/2//e/+v/0f+q/8n/0f+6/8X/3P/m/6v/tv/N/1r/OgDE/8H/HwDP/+j/IAAuADIAvP/S/xUA4v/J/8X/PAC7/wUAGQDi/87/LgAmALT/ov8gAPL/LQDQ/7z/4//i/9j/5f/E/67/4/+1/6X/FwBKADkA4f/I/93/zP/O/y8AXv/e/5X/y//F/97/4v/g/+f/yf/m/9r/5P/m/93/SAAkACkAKgAxABYA6/8jACMAFAAXAMj/AwDY/7//LgDn/+n/7P/Y/+z/1v/o/+r/yP/S/zsAz/+u/93/uP/m/xkAxf/B/6//uP8WABYAFgDH/8P/IQDS/9D/zv8HABoA6P/i/xQANgAqANP/JwCa/9j/IAAZAOf/LAD6/xAAtP/k/+v/AwAUANX/0P/V/9X/zf/n//X/FgCX/7H/mP/N/x4AIACC/xcAuP8VABUAQQC3/+D/yv/Q/yEAIwAzAAwASwDZ/6//EAAUAOv/GgAmAOf/xP8XAJj/EgAGAPD/ov8SAGwA5/8AAA4AFQDm/wcAMgDD/6v/u/80AC8AHgDa/xoAPgDi/zYAo/8mAOz/7v+M//r/GQAaAMH/DAAcABQAyv8UAOr/wf8aAMH/wf8VAAkA5f8UADgA0f/p/y8A+P/i/+D/u//O/+X/zf/V/+P/v/8oANb/wP8aABQAJQDo/9//v/8jANX/5f++/8T/6//c/9H/4/9MALT/5v/d/+P/4//k/xkAOACR/+L/+v++/zYA5v8XAPT/qP8kAMX/x/+n/+n/2v+1/+n/7P/O/6r/6//s/9z/kf/I/xYAxP+o/3n/JQDP/8f/k/+k/7j/FgDq/8//FgDD/+b/6f8yABgAHQAxANz/zP8KABUAFQAXABcArv/a/xsAAABWABcAJQBEAOX/GQAaABgAGAA5AOn/mv+P/wMAFQDC/8j/AAAwAC0Awf8IADcA4P/U/xUA0P8VAA8A6f+w/yEArv8uAOX/qP8eABUA6//Z/67/yf8eAOP/MwAzAJD/t//p/zQA+P/n/87/xv8WAC0AGACe/zIA6f/r/1AAqP8cAPn/ZQAgABcAGQA8ABkA0/+//9D/EwAZAMn/nf/R/xYAsP/I/w4A0v/D/woAxP/L/7f/EQAgADoA0v/f/+n/yf8tACAAVgAaAMr/gf/o/x8A/P/A/+f/6//m/y0AMgDX/+b/KAAxANr/yv55AC8Arv8+AH//5v/S/xYA5v8cABQA4v/U/8r/6//R/9L/FwCX/xsAIQDf/9D/3/++/+j/qv/B/4v/HAC6/xQAwv/N/7//2//a/+L/NwBMAJn/tP8cAOX/sf+8/9j/lv88AFgAJAA1ADsA/f/E/+//u/+p/xcANwBUAM7/VADg/xsAMgAfANj/HADN/8b/5f/j/5n/0f/F/9f/CwC6/7n/IwBz/zIAwP/y/xgA2/+Y/8r/qv/y/xcA+f8oANv/FwAsANP/HADn/zcAUAArAOj/FQAmAPz/uf/P/7f/z/8UAMz/yP/g/9j/v/+6/08AyP/p//b/NQAmAPb/MAAUAE4AGQAUABkAJgBg/04AFACw/9//3f/j/xwA5/8kABQAKAAWACcATAAUANf/FAAgACMAKQBNADIAAACw/xkA///p/+L/FQDH/9P/4/+1/9//p/83ACoAz/8qAJL/SQDr/8z/5//M/0cA6f/z/9b/ov/K/9P/BQDG/47/3P/f/9H/VQDi/+L/TwDQ/9z/NQDB/wQA4f+6/9X/2/8UACEA6f8aAAgAxf/G/67/sP/B/xYAtv+x/7H/CwA0AL3/5v+Q/+b/3P+q/7P/IwCk/8X/pP/c/+H/SQDi/xQAvP/r/+v/MgC8/zIA5f/E/ysAqf9VADMAOABfAA0APwBOABsAGwAaAN3/NQBnADIAGgAwAMP/SwAgAAAAMQAyAN3/AAB7/8H/LQAzAEAADwCn/8//5//0/0gA1//Q/77/AQAeANf/OgDh/6v/2f+2/6P/1v/d/yIAAADl/zUA4f8VABUAFQDM/+L/w/8/AMP/yf/g/wEA0v/h/9L/4f9m/+X/Y//a/zwAHQDK/wIA+f8aACgA3/87ADAA3f+8/+n/KwDq/x4ALwDp/woAxP+P/6j/yf8RAKf/6P/K/zMAJQDo/67/3P/c/9v/5P/s/6n/FwC5/8b/TAAqAOD/4P/X/+r/xP8mAMH/SAAbAOr/BAC1/97/5//j/9P/2f/h/93/3f/h/+r/6P/c/+z/6P+z/xQAHAAVALz/4f/A/9f/FAC6/8X/1P/p/9//2f/j//D/NAAZAN3/6v8MABQAHgCf/7z/4v8tAKj/8f96/9T/GQC7/3f/LwDM/10Anf/e/9D/6f89AOT/XgDh/4//5P+9/wgAlf8dACsAPgDl/wMAzf/Z/+D/0f/R/+L/JwBLAKn/FQAvACQAIgDJ/9//3//O/+r/5P/R/73/wv82AMH/6P/O/xoAw/8mAN7/6//q/+H/4/+5//f/LAAcAOT/AAAZAMr/KwCn/y0AIAC0/xcAFADK/9//SgDm/y8AMgAjAN7/3f8YALX/IQDk/9H/9f/n/9r/GAAVACwA5////zcA0v/Y/xkAPwAtABYAJQDa/8b/+/8UADkAGgDH/zwAQwDm/yMAFQDA/+v/wv/S/wwArf+6/77/1f8cABsApP8LADwAIADg/9L/0wD+/9f/3P8aABwAHAAkAJT/FgAcAOb/GADd/x7/GADr/8D/JQDD/yoARQDV/8L/t/+p/5L/6P+S/0kAGgAgALn/5P/p/+v/IwAZAOX/0v83ANr/n/8XADcANgAaANH/3f/d/9T/PwA8ANL/LwBMAE8AGQD4/yMAOwA4ADMA+/8VAFIAIwAaAEwAJgBWADsAQwAZAOz/OgAjABIANABXADYACwDR/87/FwDg/xcAyv+8/9f/6P8XAIb/IgDM/y4Ak/+V/73/BQBGAL//3f8vADgAGAAWAN3/q//I/zsAFQAUAK3/FwDk/zwA2f/g/yMAHQAYABQAJgCw/8n/wv/o/7j/xf+5/5v/zv/r/+r/6//N/9P/xP8CAKT/u//q/8r/6P/r/+b/6v8YANj/xv/B/+L/HQD+/8z/kP/n/8//QADc/+T/6v8mAOr/4v80AAUAFADN/y0A6v8VACkAQQDY/9H/6v/q/+b/GwDr/8f/wP8kACYAJAAVAC4AKwAUANb/2P/v/zQA2f+o/zoA6P/H/9v/qf/3/+P/5P/j/8f/5v/6/2v/FgDo/93/HQAaACIAKgA8AJ7/t/8cAPf/fQDE/wIAZQArALf/EgAHABQAvf/p//z/3v/d/9T/XAAVACoA5f8AAOT/uv+0/+f/1/+t/9X/Tv/D/4H/s//z/xgAGQAhAC0AMgD7/9b/DwDD/77/wv/i/7T/XwAyAN3/QwDg/6z/1f/5/7f/2/8zAOD/wf+g/+f/dAB9/1v/kP/X/yEAw//r/7r/HAC8/9f/qf8VABQAzP/j/7P/2P+z/xoAGgAXAN7/GAAzANv/5//N/9H/FwAXAOv/HAA7ABQATQC8/5r/kv9OAF4A6f89AOX/6v9IALD/6/8vALv/GgAaABoAGgDN/83/v/+3/8r/vf+//xQANAAgAP7/s//n/83/JAApAPj/YP8YACQAJwDC/2r/7P+O/83/2P/m/+P/UQAbABwANADl/xcA0v+h/+X/MwDj/+n/1f/p/8n/2//I//X/6f/T/+j/6v/j/4P/5f9p/9//1P9PAIj/HQAXALX/JgCw/0AA9P/f/yUA4/86ALj/sf8bALf/FQAfACUA2f8hABgAsf8YAOX/QQA8AEgAFwAbAAQA2/8JAAEAvP8cAN//2/+0/9r/yf/Z/4j/vP/m/8P/0f+3/9b/rf/I////yf8hAKP/7P+V/+L/4v+7/5D/4P/+/jUANgDr/9r/6//e/9b/8//h/97/zP/D/9f/IwDY/9j/DwDa/zYAIQDa/+n/tP/s/+f/1//c/8v/1/85ANf/nP/Y/0EAIwAzACMAEABNAAMAHgDV/5f/QQAXACgAKADo/9//7P8hAC8AJgA6ABsAQwAdALz/yv8yADQA5P+0/zUA6P8hAGUAUgAmAD0A6f/v/6//FQC9//3/HgBFAOX/wv+q/83/6//j/xUAIwDA/8v/0f/Y/+L/OQCp/97/EwDe/8L/KADq/9b/MADD/+T/wP+u/+j/uP+P/9P/sP/l/8f/2v8HAKL/uv/D/xcAxP8EAC0A5f+I/+D/GQDG/6H/5/+n/8H/QQDG/1H/ff/q/+r/IwDP/93/1f/B/77/2v/8/xUA2f/a/+v/2f/Y/xgAEgCD/9T/tf/C/+L/KgANABwAFADV/+D/7v/a/33/v/+p/ywA/f8MAA8AzP/V/0kAzf/F/8L/Wv9JAOb/CgDU/8n/CwDK/9b/w/8AAOv/uv/1/xkA0f/X//H/yP/K/7T/uv/Y/7//zv85AN7/tv/Y/+v/n/81AAcA6P+m/+f/1f/g/7T/yv+x/wT/FgDf/9//s//H/8n/IwAnAOz/HgC2/87/6f9DACAAIAAgAAAA9f+8/yYAyf/I/yMAu/8gADwA4v/s/9z/KgA2ANr/w/8gAP3/FAAkAOn/MgDe/+r/HAAYANz/8f8PABMAlv9HAKn/NAAnACAAy/8kAEEAKgDu/xYAw/8TABkA6/9EAOf/zv8fAOP/MgBQABUAOAAiANn/mP/e/9b/IADj/8v/4f8sAN//JAA+ADAAsf/i/4T/IwA8AOH/0/+Z/7f/4v/d/zsAo//f/x8AJgAkADUAXAAkABAA6/++/y8A4/8OAOb/6//W/xoACgDa/93/EgDp/4T/4/9AABsAxv+6/8r/GQDP/xYAFQDe/8n/1P/K/9H/IgADAHX/4v8jAN//1P/i/wMAtP/D/+X/wf/T/+b/oP8AANj/4v8cAOr/6//o/8T/GwAVAMv/GAAUAB8A5f8cAM//5f8xACMAGAAyALf/FQAKABUA/f8ZACQA6v/q/8z/GwAUANT/yv/f/z4AIAAaABAAvv/M/ygA5v8iANr/HQDR/+n/GAAeAOf/s//U/+T/FAAcABQANQDj/xcAv//E/zsAx//S/+T/uP+l/6H/6//R/+X/x/+1/8r/GgBJAOT/yv/7/yAAMgDf/8L/GgDR/8b/uv8pAMf/k/8hAAUA5/8eAL3/x/8bALD/v/9QAL//4P/c/9n/IAAoAN7/6v/R/7v/nf+a/+r/nP/k/9n/x/84AMH/+P+A/8z/JQAVAAEAGQC6/5z/9//f/zYAJwAFANv/4P/N/wAAJgAPAPv/5P/K/xkAzf/J//n//v/q/+L/x//B/+n/7//W/0kA3P8hABUA3v8aAGEAIQAWANr/9f+o/w4AGADX/w4AGQAZAE8A1f8NAAkAGgA3AMz/NwAZADQAWAB7ABgAYgCl/yAAv/8eACAAIADy/yIAmf/I/9X/TQAYANT/nv+u/y8AFQAZAOL/UP8XABUA4/+4/93/FAAkACQAx/8mANX/xf/g/xUANgDI/8r/rP8aAMP/NQDo/wwA3f8aACcALQAdAB0A4P8qAPD/+/8dALb/PACg/9D/vv+s/+X/vf/e/xUAQQDr/77/0P/E/8v/5//P/xQA2v/1/7//UwDG/9f/6P/Z/xYA0//O/8v/xP/A/ysA2f+0/8H/6P+m/+L/4f/h/+z/n//e/97/NwA2AC4Axv8QAPP/5v8yADIAJgCd/xwALwDZ/9n/WP/Z/0wA1P/E/7b/3P/g/6D/wv/P/1MAtP8gAPz/EQAMAKf/6/8WAKf/FgDU////1/+v/5D/1/+f/1D/NQBp/z//t//z/7b/p/+u/9f/4/+r/9v/t/8KANj/jv8tAOX/zP/C/zcALQDX/+r/7P/j/93/0v/V/8j/yP+5/7n/IgDf/+r/GQAzANf/tP8zADMASQDS/wAAIACw/9//GwAhABcAFgCy/xwA3f/m/+T/2v+8/xoAJwAhAPX/IwAbAOX/LQDj/+P/JwAWAOj/JwDN/5//LgDf/+n/1v+R/9n/z//h/wsA2f/n/8f/GwDh/8b/uf80AMT/j/80AEwAKQDr/7f/GgDj/6j/hv8jAIT/2f/a/93/1//U/6n/0f+l/xkA0v96/8r/AADR/xYAUwC0/xQAHADa//j/r//x/+b/HwCw/+f/gP8VAA0ALgDU/9T/3/8UAAcAGwDP/7f/GwDG/9f/FADF/yMAz/+w/zIA3v8MANb/yP8jAOX/y/8aACUAKwDf/9T/1f8lAOv/ff/T/9v/JgDM/x0A5v+9/z4ACQD5/6v/FAAdAM//uv8VAML/FQDg/9//3P8ZALn/GAAyABgAIgCV/7r/3f8WABUA6//Q/+D/MgDZ/xgAEwAUANz/z//T/83/uP+7/9P/BAAxAML/JwCw/7X/sv8nABQAoP+7/8D/6v/N/9D/IADc/+H/AAAfACwA0f/s/6n/vv8jAIf/1P/e/+T/5//L/8L/1P/q/+P/1f/n/6L/p//k/8z/FgDf/9H/CQBYAMf/AADt/9n/3v+k/6H/+v+9/+T/vv/T/+r/wv/r/9T/9/7m/wgAq//d/9v/tf/B/+v/HwC8/+n/7f8JAL//xf8HAK7/HQAHANT/1f80ABUAOAAWABYAEQAWAOn/af+6/7X/z//8/00Auf8+ANf/BQAvAFUADQCT/zoAn/8sANT/+//a/5//nf/c/xwAiwBa////FADk/wQAs//e/8//DwApAL7/v/+t/9b/HQAHABsA5P9FAEcA/f/p/+f/HwC//xwA6f/n/9z/KQC7/8j/6/8eABEAv/9EAND/zv+S/+j/SAAdAM//FQBzAHn/y/+d/ycAtf/Y/9r/5/+F/7P/v/8ZANr/pv+4/ysAGwDO/7f/zf8lACwAt/8VAEAAzP/X/+b/4P/I/y0AFAD3/yYAIwDr/yEA5v8aAGf/GQDf/ycAJwDr/43/6//C/9v/WAD5/+L/0v/X/zsAKQDb/2AAIgDJ/xoASwDc/9n/5v8ZANr/mP/e/8j/LADH/+r/rP8gABQA2/+4/6j/QwDa/9X/FwBMABUAJQAQAMv/HgBTADMA1f8VAOr/0f+2/zIA5f/o/73/zP/X/+v/1v/Q/yYA3/8OAOz/xv8jABkAwf8tAC8ANwAjAG7/6//k/1cABQDH/0EAyP+3/yYARAAVAMP/6//X/y8AFADk/+P/1P/l/9L/2f/l/9P/tv/s/5r/5f/n/+n/wf8zAB4AGAAvAK3/tv8nADUAHAC2/9T/vP+o/wgAJAC+/6X/5f/U/+T/NAAxADQAFQDs/6v/y//q/9j/4f/o/9n/z//A/73/tf/E/9P/tv/G/83/0f8jAHsArP/W/+L/2f+o/9j/o//Z/97/5P+R/8D/vP80ALL/FADn/8r/yv8aAMD/UADZ/ygAFQAkAKj/9f/o/+//GADS/y4Aj//o/yQAFQAdALX/z//a/yAAPAAbAM7/rv/P/xwAHAAfALH/IQDZ/xkAJgAmAFUAHgAoAOX/0P9FACcAGgAUALz/JAA2AKn/AAAUALD/2P/R/+P/0f/H/zEAFAAaADQAGQC7/8H/3P/d/8b/uv/U/+f//f+n/7n/1//I/+r/wf/a/zMA2f+S/8v/4f/a/9r/l//a/+n/tf/J/9f/zf81AMf/x/+O/+L/GQAiACgAFAD7/ygAu/8VAOn/6f/p/+f/4/+S/77/2P9OAMr/6f/p/8//1P8YADUA+P8ZAC8Auf/F/6H/GgBDADIAtP/r/9//AgDZ/zcA4f8gACcA5f/X/xcABgDp/4cA2P/k/9b/zv/s/yEACQAfAPz/xv/G/1AAxv/i/63/QADY/33/pv+q/8P/w/8gAK//rv+f/0gAGQDg/+D/GADY/ykA0f/O/6v/l//3/6f/hv/l/+v/IwDM/87/1//n/8f/yP/F/+X/3v/j/wYA+P+f/8z/w//m/8X/zv9h/6r/3v8qAI7//f/J/xgAvf/U/6r/GwAAACUAif/g/8P/vP8sANr/x//I/xoAdv+1/1oA3f8WAN7/3v+u/woAxf92/9n/MwAUAND/lf+I/yIAyP9j/9v/FQDo/8r/w/8zAOz+2v8nABUAIwB1/w8ASADk/9r/JwDi/4v/IwC1/xQAfv/J/ykAnP8bAEMAxv+j/xgA3//+/yAA6//G/8b/6/+4/x8Avv/R/+D/1f/D/63/3v/o/8//6P/G/7r/2f+8/+X/1v/E/9z/1P/k/woAIQCG/6f/JACv/xYAHwDG/9b/6/8dAH7/EAAvAMr/HQC//9z/8/8/ABMA6v+b/+j/3v+6/7X/TwDz/8H//f/H/xUA3f9UAOD/GQAcANr/HwCA/9z/4v/V/x4AGgD0/xoAhv+H/xsA1//q/3X/2/++//P/HgAlAB8AMQAeACoALAAxAOL/5P/f/8P/KQDn/9T/4v/B/xUAFQDg/+D/5v8XABcAtv/A/7f/6f8lABAALwC9/7r/5P8eABQADgDi/+L/2//H/8T/wf/b/+r/vP8eABsA6f/V/x8AGgAgACEA1v9G/yQAOADf/+P/u/8mAOH/0f/T/+z/1P/j/+f/kP+6/93/6v/V/+P/wv/a/wYAsv/r/9z/0//i/xUAwP/Z/xUA0P/e/+v/rf8sANz/2v8UANr/z/+I/xkAGQCb/+T/GgCF/8H/2f/X/w0A1P8rAA8A4f9BAMv/3/8JAOv/kP///+v/0f+8/8D/QADc//3/t/8WAPT/VABIANn/yv/l/9f/zv+4/ywAy/8aAEYA4//r/8D/1P/W/8f/1P96/9D/t/+n/xQAoP8kALH/6P/n/y0Awv/Y/xQAvP/D/8f/5f84ABUAQwDM/ygAyv/H/zcAGQBIAEgA1P8XANf/rv9r/9P/s//d/7r/m//n/ysA3P/G/8X/3P9w/8T/4P/j/7j/vP/k/xoAmv+7/6b/HQDq/9f/o//X/8n/4P+z/6r/zf/D/8r/u//R/+L/KQArANv/GgDG/00A3/8ZAND/VADi/+v/4v/Z/+n/AgAtABkAsv9iAOX/VgDm/97/vf/h/yMAGwCQ/7v/JgAjAMX/5f/I/+T/nf+y/+D/pP+8/xUAxP+7/6z/u//P/73/QQAzADMAMwAaAMf/OwDD/yEAGgAjAM7/6/99/+r/4v8ZACIA5v87ACEALQAiAO//AwA4ABsAPQAdAEEA1f/R/9//GwAaABYA0v/T/8j/CwC5/9n/0f+9/zcAyv/c/9j/AADC/7r/m//n//j/y/8nAML/0P/7/zQAmv/d/97/QgD//8L/sf/i/xUA6f/5/9b/FQDK/0sAuP8fAOj/5v8YALj/2/9AAN//NgAJAF0A0P/Y/1wAGwDi/97/1P8jAIv/FwDP/5n/2f8pABoA1/8YAM3/1f8ZABYAu//g/9z/GQAVADwAQwArAAUALQC0/xcAHQAuAD8AtP/b/xQAlv8mACIACgAkALX/+f8hANL/9/8BACYAAABQAFkAJgAcACgAzf+//y8AEQAUAMn/2P/m/9z/JwAWAO7/KQAPAN//FQDx/+X/NgDb/1f/TAAXAOP/w/8FAND/y/81AFYANQCP/0oAyf8qAOP/7v81AAwAJgAXAPf/nf8xABkA2v/d/8H/5P/i/8r/1/8tABcAGAAlABcAFwAZAOv/GAABALD/DgDL/9//j//j/0oAcv8BANz/zP/n/4r/Nf/e/+b/6P/m/9n/6P+m/8L/1/9YANL/3f++/9z/4v8WAM//rf8bAEkAFgCz/4P/z/+//9b/KwC3/yIAyv9XAMr/vf8VANf/6v/G/8r/sf/N/9X/FADO/xQA1//p/8L/3v/e/93/0v/h/w4A1P/X/8z/EwCo/9b/tP/Y/83/4P+P/xkA2//i/wMA6f/P/8//tP89ABoAyf88ABUA1f/N/9D/yP/J/xcAwv+z/+r/u//o/6T/y//g/+n/xv8OAMP/tP/M/4r/y/8UANr/FAA3AL//JAA7AOL/u/8aACMAGgDQ/xUA6/8cAN7/6f/b/+3/FwAXABgA1f8/ADUArv/l/1D/wf8bAOH/xv8qACsAwP/E/7f/FgDl/08Apf8oAMj/rf/B/8n/OwDJ/9//OADP/7b/xf/I/8n/EQDm/xUA2P/G/+T/FQDg/8D/zf/o/+r/9f9HAOP/nv/H/xUAxv8BACkAaP9FAMT/6P/n/43/5v/Y/7P/t//l/77/1v8VACIAQQDP/4f/uv/Q/zAA5P/l/yEALwAlACsAjP9HAB4AGwCj/yAAAQAIAN//IwARABUAGAAmAOb/6f/h/97/1f9MAO7/y//C/8T/OQDm/+D/0f8kACgAPgDR/xoANQBx//L/9P/p/8D/aAC5/4X/5P8xAB4AKgAVAND/7P8iABUA1v8lALT/5P8OAKr/y//E/9f/w//U/+n/5f/T/9T/yP/G/6z/qf/L/53/5//N/8//zf/V/9j/jf/F/8X/xv/Z/9H/3P/j/9H/5//Q/+X/5v/P/8z/0//n/4v/pv87ANX/DwC7/7H/uf/f/9b/xv8eAMP/1P/M/x8AMQDI/7n/7P/5/0sAFQC4/+b/1v8VAEoA2//m/+b/FQDr/9b/G/+a/xMA0P8MANL/FgCq/0f/sf98/xkALwCk/zQAYQDF//7/uP/g/8H/IQDX/+v/6/9KAP//wf+w/+X/EAC//9P/4f/n/93/WQDT/wsAGADL/9H/6P/i/+n/DwAtABUA8/8pAMX/0P8ZAMv/xP/C/1QASgDe/+v/1f/G/6P/0f+5/6D/EgDA/9X/x/+X/xoAGADD/x0AmP8kAMv/v//1/+H/6v/8/9r/0f/X/6H/KAAaAOP/4v/o/57/qP8JANb/3v/d/8X/RADr/zkANgAkAKn/SwC4/0YAUQAqADcA3f/q/1EAFACr/77/DQD3/83/fv8+ABgAvf+u/9D/ZACW//f/IwDO/8H/lv+6/wQAAgBRAB4Arv/m/ycA5v9AAP7/4P/S/7H/wf87AEEACQC2/xYABgADADT/0v81AMP/DQDR/4z/v/8iAMz/DwDQ/9P/CQAWAIb/wv+U/77/BgCg/8//GgB4//j/2P/H////7v8DAN7/FQAXADQA+f+f/xoAtP+R/7D/1f+p/+T/PAAeABUA3P8wAEMA6P8yAM//v/80ANn/p//U/6T/xP+5/woAuf8vACAANQAdAB4AaQDQ/5T/vv+g//j/x/+t/7H/HgArACMAw//N/83/5P9GABgAJAAxABEACgDi/8z/HgDe/00A/v8XAL7/FQAUAMT/MQDB/xgA4v/H/9f/0f8MAPL/4//Z/xYA7P/W/xQA6/9IAL3/x/80AJ3/JQAsACYA6P/F/xUA5P8jACAAwP/i/zMA/P84AM//3f8gAAAAyP/R/xMA2/+w/5T/w/+c/xUA2v8xAOP/JgDK/5P/JgBbAN7/3f/h/+r/5v/g/8v/IQDp/ycAz/+x/9L/FQBDAAgAHQAUADIAIwCu/+H/NQDI/xUAsf/N/0IAJADf/6r/DADa/5f/6//z/0AA4P/l/+r/+/8RABYAmP8f/9T/NQDt/ygAKQDG/5v/6P8hADAAMwAhAOD/6P8iAOj/MQDN/wMA2v/Z/zMAyP+r/z0A4v/K/+f/5P8uAN7/LgDK/+z/MADV/7v/IwA5AMP/6v/j/yIAt/8nACMA6//r/+D/5P8mAOr/GAAXAAgA6v/q/xQA1P/q/xsAIADd/9f/rP8mANP/IQDY/+b/0/8sABQAwP8pACgAFgAWAMv/0/+8/3//LQDH/y0A4/9JACIA0v/L/4EA4//A/73/w/81ABQAqv+9/zgAKADU/7j/4v+n/8X/tf/B/yoAIgAXACIAuP8VANr/6/8lAP7/2v/j/6f///8wAEYAuf9UANv/FgA/ALb/+P8rABUApP8eAOb/FAAYADMALgDr/yYA7f8ZABQA0f/l/xcAFgC0/8H/1P+3/zQAEADT/xQA4/8fANz/AwAWAP//IwAVADUAIQC+////MgCu/wMAxf8WAPj/FwAUAPv/6//S/6n/MADo/yYADgDq/+H/FQDf/+r/xP8eAD0A/v/L/ycACgDX/9j/JgDL/7v/RwBQAKL/6v/J/y4Anf/R/33/VwDp/yIABwAwAOT/6f+W/+f/PQDL/yEA3v8xAB0AJgDU/y0APADq/xAAx//k/5r/3P/C/4j/NwDC/zEANADp/93/0f8bAMD/2P8lADUAxP85AKn/TwCY/9j/5v/l/8r/lv+s/8L/7P8vAN3/w//i/8j/uv8eABQAAQC5/+X/HAAtAIz/0/+Y/9T/zP+w/+L/3v/a/9z/6f/p/8v/yv8ZAEMARQBIAOH/FQAVABgAw/+0/+r/3f/U/9D/xf+3/9//4v8KABkAxP/X/+H/xf+8/+P/z//C////GwAwAOz/4//c/xUA6P/a/zoA5f/l/yoA4//u/zwA3v8qAN7/4P/o/yYA8P+X/9T//f/W/8r/w//J/+n/4/++/7r/zf9bAC8ANv8sAOP/4/82ACQADgAJAN3/0f8eAC8AHABRABkAGQDS/xQA+f/N/xMAGgATAGj/FQDr/+f/NQBA//D/7P/Y/7b/BAAXAOL/s//h/9D/FgAWANf/IQCJ/5T/TwAaALz/6//Z/8D/ev+c/9H/8f92/6n/MAAPAH//EgAYABUA7v/M/4P/GgD1/ygAGAAhAOr/LQDq//D/6f8dAOv/0v8dAOv/ov8mAAIAzv+4/xYA5P/f/8//FADe/9//zP8tACYALADT/ycAz/8fAMb/LgDb/6n/vf9hAFgA+/+u/yQAIQCW/z0AKwApADQALgAWABgANwAZACMANgAmADYA1P/D/9T/FwBAADMAFAAnAC0AMQAbABsABQBEABwANgBBACIA3v8VABUARQDF/xsAFQCJ/xIAyP/d/9H/uv8eAMb/4/+I/4z/CQAFACsA2f8YAFEA2/81ACQAyv8zAK3//P/m/zoAwP8vAB0AIwAyACMAUwC4/z4AMwDg/9L/6//r/+D/tv8wANL/LQDw/y8Ag//n/9L/6/8EAOn/Rv+//6P/5v/r/8H/2/98/9T/1/8mAFj/u/89APX/LwC6/xYAwv8lABsA1v8wAEkAz//I/9j/yf/Z/+H/5v/n/9f/sf+1/73/0P/l/xQAvf/h/77/4P+z/8H/IwAxANX/JgAfAOv/KQC//yMA7P8RABwA3v8eAL7/FgDK/87/xv/o/+r/NwDs/zgA2/8mAOr/zP/7/yoAFwDQ/xYANf8DAL3/2P/q/+r/wv/O/yoA1f/W/xUAw//P/0oA5f++/+v/GQAUABUAwP8VADUA+f/o/+X/6/+P/9D/HAAdAOv/LwDC/+X/xP/k/87/fP/q/8L/xf8xABIA1/+8/+L/zf8BANv/2P8ZABUAsP/U/+L/z//L/77/6//a//j/5P+0/1QAxv+q/7z/j//k/87/uP/Z/9T/GwDq/xkA5P+c/7r/NACZ/xUAxP+7/8L/2f8mALX/cf/H/8f/3P+t/9z/yv+i/8f/uf8NALj/yP++/+T/3//q/yEAkP8oAAoA3P8CABwADgDp/zoANgBHACoA1/8DANH/zv8CAE0AHADY/+P/LgC5/8n/CQDq/xoAFAAmACcAFQAnACcA2P/o/9X/sP/o////KwCm/0EA6f/r/yQAIwAUAJz/sv9M/1QAsP8vAMf/lP+i/8z/XQC6/xcAFQDh/+j/nP8yAD0AIADs/+L/FwCX/+b/5v/N/+n/xf9GACUAGADp//b/1//D/ycAsP/j/4z/2f/C/xQA3/81AMn/UgA0ABkAFwAcACAAQgDW/yQARgBGAOr/DQDK/9z/2P/Y/0wAEgBJAEkAHQAgACsATQAUACkAQgCl/8X/4v/9/w8AHgDW/+n/DADM/woA4/83ABsABADR/63/2/8jANP/q/8UAND/zv+0/+T/EgAuAOT/2/8iAAAAq/8w/zoA5//o/6T/7P8tAMP/6f/j/+r/1P83ACAAFADR/9T/qP+7/xEA4v86AMb/qf8mAAoAS//q/yEA3//X/zgAGwA1APn/UwAxACgAOADo/6f/IgC0/9b/s//Q/9X/1v/Z/xwAPAAcACYA8//K/7r/2P8GAOL/SwAiAML/z//A/9X/tP8yACEASwC+/1AAw//M/yUA3f8dANX/6v83AOv/1v/e/9v/2f8zALL/1v/f/8v/4//U/9//4//Z/y8Awv8jAKP/3f/4/9X/FwDk/xUARwAnAOL/DAAaABgA4v/s/yYAFAAyAKD/1P9LAMv/rf8mAPP/NwDY/0QAGwBYAD4ABQDZ/9r/4/+y/4L/+/8ZABkAu/8lAKP/6/8nAOz/3//c/zcAq//l/8D/4v9NAKz/IgDc/9z/y//i/+H/7//c/+n/v/8VAAUALQAeAB4AOgB8/xsA2/+6/+v/sv/8//P/KAD3/6L/6v/E/8//qf/I//b/2P/A/0QAyP+w/73/1P/i/8//+/8XAKr/DQAdAAAAPwAhAOj/8/8+AOP/sP/m/+z/BwDh/x8A5v/a/7b/4v/e/7P/0v/S/73/AQDH/+b/1f/b/8H/p//C/6v/2P/C/7X/2//8/9z/0//U/7//z//T/6z/yv+e/87/o//W/9r/1v8hALb/6/+//+j/9f/M/8r/HAD5/woA1//j/7z/l/8WAN3/xf+l/8L/2v+q/ywAx//D/7z/t//X/8//5P+r/xoAyP/r/8v///+9/97/2f+x/xkAwv+s/+j/wP/3/+L/wf/Y/77/3v/J//D/1f/7/6//2f90/8n/4f+E/0EAyP8tANP/pf9KAKD/uv+0/+H/4v/I/xsAr//g/8f/yP/k/+n/5P/M/9n/OwAEAHQA2v8AAIb/zv/V/+n/1//O/yQAGwAfAN//FAC7/7j/IQAAAOL/wP8gACQAuf9NACUA4//m/+L/5//o/9z/oP/P/x0AFwC2/8T/4v/m/+b/5f8tAP7/3//L/9n/tP8jACAA5v/s/9T/tv+//+j/0P8YANb/1P/g//n/mv8UAEf/fgDD/y0A3v+g/9H/kv/a/xoAs/8iANf/Ev+u/6T/uv8jADEA6f8mAMz/GQCe/+r/tP8iAOT/5P/j/yUAwf/T/7P/uv8AAPv/n/8kABkAMADs/73/FABNAC0AFAADAOr/7P/d/+f/0P/X/7v/3v/p/+n/4//j/+f/wf8UABoAGgCH/8r/w//O/7//3v/d/+b/xf+v/zMAqv/f/xcApv90/4f/hf+4/18A4f8OAJ3/pf9n/xUAiP/n/8n/vf+o/9f/i/9IAKj/FwCo/5D/EQB6AMH/mP95/5n/bP+g/2b/jv8j/1cA7P/U/zYAJgAvANv/y/9OAJj/3/92//7/nv8LALr/FQCf/w4AAADf/0z/sv/D/xQAp/89ADcAWP9xAK3/DgAfABwAjv/k/1D/h/+z/+X/yf+4/wb/qv89AN7/pP+X/3L/p/9q/4T/NwDN/1f/KgDn//H+n/8VAEoAz/55/8//ov+3/8r/of+1/7f/KQB6/2P/MgAxAFr/kv/E/9D/FwAsAEMAyf/Q/wQAVACg/3b/uf8XAEL/yP+a/ycAvP/d/5f/DQCd/4H/wP9KABQAJgDM/7f/lv83AK3/n/+2/8T/rP9H/2cAJgDA/+j/IgAQAN3/QwD9/2oACwA4/8D/BACF/4r/JwArANH/tf+k/6z/gf+a/6z/gv/J/8j/QABJ/4P/3v8tALz/u/8wABgASABGAAQAm//N/8n/Vf8kACUAIADQ/8P/sf/p/5T/9P8RAFwArP8SABMAMQB5/5L/6f8nACUAP//P/yX/Vf/f/9n/FQDI/6T/u/+G/xcAqP/B/8j/NACz/8f/IADS/6X/vP/x/8z/pP8L/wL/7v88AMX/nf+O/3gAzv+K/6H/lf/q/6z/0f/V/xAAvP92/6H/jv+z/77/WwDS/6z/IwCz/xEAvP+O/7z/FAA5/7//1f+BAKj/V//l/zYAIABj/8D/ef9r/5b/cv+j/+X/sf/b/9r/1P/p/+7/tv9X/5n/OQCC/0//5v+l/8j/x/8HAM7/FwBoAI//pv+a/+n/mf90/xoAIQC7/4n/qv9B/7n/r/+8/6r/wP+y/3P/NADF/xIAtf8hALD/AQCf/wwAkP9LAMH/FgDB/6X/o/+Z/8L/PwCt/8r/o/+b/8P/m/+o/zsAr//L/7D/hP+0/wEADACn/x7/w/+a/ygA2f85AFQAnf8XAGP/v/8kAOv/kv/P/6v/s/9nAG4A2/8IAC3/p/+3/6r/CQBW/zYAFwBv/w4A1//Y/1H/t//C/2T/zv9DAFwAYv8LAMb/GQCR/3X/tP8aAL7/LgCX//T/dv9E//3/4f+7/yYAm/+9/5v/z/+O/5b/0/95/53/ff8dAET/LgCA/5T/pP9//67/q/9l/77/x//9/5z/9//K/2f/w/+b/xIAtP+7/6D/GwCB/9j/5v+g/93/2/+//+z/m/+H/73/t/+T/27/JwBDANr/LwCY/4f/8f7q/67/pP+H/3j/BgDT/6n/3P/6/6f/wf8LAJf/1P/0/8b/MgCP/wIA8f+Y/77/IQA8AIr/NQD1/mP/EP+v/7H/3P+9/7L/ov8QAPv/x/+s/1X/1v+I/4X/wf/L/6z/jP94/ywAx/9H/5f/rv9o/3//VP9q/77/z//y/3T/wf9p/5v/NAC4/x8AGACk/yEAyf+a//f/FgDl/4v/Qf/C/5f/Uf+B/zT/WP/m/73/j/+r/wIAyf+u/83/rf/B/z8ATv+z/7H/m/+m/6r/FgD0/43/s/+H//7/7f8yAJ7/RQCh/7j////D/9H/WQCu/xcAr/8KAJD/3f8YANf/qf/H/7X/OQAXAA4ADAApALr/FgDP/+X/vP+9/wsA1f/C/3r+NQCD/5L/bv8gAJj/nv+i/xAA//93/4L/sv+l/+P/8/+d/2j/vP5UAPv/nf/W/zYAKwAxAOf/wP8jAE8A1P+L/6z/7//M/+v/6P9m/5L/xP8eAAUAEgBEALT/4v5Z/47/GgAIAEoATABGADEAwP+5/9X/RgCL/6b/t/8kAK//l/++/7//iP9YAKD+Zv/I/6v/EQDP/3QAhv+p/wAAzf9AABcAy/8TABEAuv/O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/GADI/33/mf8DAOcApgAGACsA3v9l/6r/vv8TAFYAgf5RAI0As/95ACsAfv8YAJ7/EACD/x0A/f8MAOj/JQDd/8r/4v/h/xYAIQDF/x8AyP/S/zAAFACz/woALQDo/6z/1/8WAMT/YQD2/9f/GQABAN3/HwC5//v/EADn/7X/4f8UADEAm//C/+j/3f8WAMf/y/9gALT/kv8GAB0AHgAZAAMAsv/Q//H/kf94/0oAr//l/+n/HgDP/8//MwBJAKz/YQAkAN3/KgAOAL//w/8XAJz/6//p/9j/wP/Z/+j/HQAhAM//u/+v/+L/zP8ZANL/dP8oAOL/5f/f/yAA0v/R/9H/Zf9AALL/2//8/6P/8f8zAB4Aw//m/9D/HgC+/6n/5//l//n/CADP/wEAvf/U/8L/vP8eAN//7P+8/xQAFADn/zYA2f/G/7f/+v8RAEcADgDv/83/+f/M/00AHwBQADwASADb/8n/gP8XALz/CAAIACUAFQDb/+T/BgDA/5//tv/T/9D/v//S/0wA3P/5/6P/3//E/yYAEwC3/zIAJAAaAJ7/mf8zACEAMgDi/xIAzv/C/9P/4f+8/7L/6P9a/wMA0P/o/ykAn//f/ywAGgAnABQAdv/B/6v/0v/I/wYA5P/Q/87/FwAgAND/SQCs/yEAuv/R//b/5f/d/+T/2v8kAOL/GAAPAN3/xP9JABoA5v/k/97/6v/V/6D/rf/T/8P/zP/a/1QALgDq/7b/4v/I/8b/uv8eAPL/NADT/7P/JQBDAOX/PwAuAMz/FQDr/0QA3v+S/83/FgD8/+z/3v+0/xkAGgBCAOL/MQD0/7H/IQD6/xoAvf86ACYAtf/X/8//uP/v/xYATAA/AMH/HgBuAKf/FwC//9//xv8ZAM3/t//m/+7/6//z/zgAGQDc/7//qP+n/7P/iv8QAOj/wf/V/93/DQDJ/x4Ap//V/xoATADo/+L/V/+Y/z8A7/8eABwAyf8dAPL/1//f/9H/AQDK/+r/uv/I/wcAnv/b/8H/EwBNANz/tf8oAAgAHQDs/xEA1P/f/8L/HgAlAMH/FQDp/+D/3f/Z/xoAFgAfAOD/pf/l/+L/qf/H/+b/UADd/xQAkP8aANz/sv+k/+X/tv+u/xQA0v/m/8L/KAAyANX/3v+0/ycAYACn/z0AFgCQADQA6P8YAA0AHgBv/y8AJgC0/yQAof8AALv/3v9EANH/HQCY/4//SQD9/0cA6v8wAB0Anv+1/yAALwC8/+D/vf+i/9H/yP+1/zAA2f+w/+b/yv/c/xoAEwCe/9//9v8UAMb/CwD+/+T/4f8hACsA7P/E/5//v//u//H/OwDP/8L/UwC0/8X/3v/W/wYAvv+g/9v/rf++//j/6/82AN//4P/Z/7z/1/8aABMApf8wAKz/5P9DACIA2P+a/z4AAACY/z0Amv+p/5f/1f/V/xsAAgDs/+P/v/8YALH/TAAsAC8AKgAUANT/kf/x/xgAIAADANT/LwCc/0EA+/83ALj/S/+k/8L/3P8dABgAFQDm/0sALQDo//H/xf/q/+v/uf8KABIABQA/AKT/l/8JAM7/sP/e/+X/KACu/+X/PQDe/zQA1/8gAAEADgC7//3/uP+V/+z/FQDg/0QAIAAEAAMAt//N/8P/IADD/wYAHgDc/9n/yf+v/yIAGQC4/wYAj//P/8b/agDd/+f/t/85ACMACgAgACIA5P+G/2H/GwCx/8b/uv8uAEcA/P/4/87/rv+N/9X/RABg/xYAhP8dAML/BADI/7//8P+U/87/OADg/+v/BwAkAND/MADh//z/FQCS/+H/q/8kACQAFQDp/x0ASgAJAKH/x/99/5L/TwC1/5r/2f/7/9b/zf/j/yAAAwC8/wEA3P9jAAUAov/G/87/EADF/1f/DwAVAN//NwDN//j/4f8gAAIA1P8NADIAvf/1/7D/mv+3/+T/o//S//v/w//8/+X/5P8ZAMj/5//V/+H/+//5/93/JwC8/+P/5f8eAOL/5v8dAOv/4/8RADYAuf/G/8r/yf8OAJH/pv+p/77/y//E/+7/CwCX/xUA6f+u/73/vf/C/wQAu/8FAM3/TwAcAN3/3f/S/9H/8P+7/8r/TwAtAE8A1//P/8j/zP8UALf/if+6/63/GQDK/7v/6/+5/yEAAwDT/9z/GQAjALr/LQC0/y0AAAAgACsABAAMAM//JgCT//7/EgDZ/7H/EADs/x0A3P8JACkAwv/s/w8A5f8yANP/p//B/8z/1f9iAJ//xP8XACoAHQDj/5//x//K/+3/HwDP/9j/6//q/+v/xP+s/83/0//E/ycA2v8ZAEkAsf80AOP/YQAtACoA1P+E/6f/+//j/8P/8P+u/+T/DgBeACkA4f/m/9L/3P87AAIAsv+z/9X/XgDR/+n/5v/k/+T/1f+9/w4AVgCc/zUAAQDS/yAA7//H/8P/0v/R/yUAtf/9/xcADwDJ/7D//v8R/7b/3f88AB4AqP+Z/0gA1f8EAP3/KgDT/xQA8P8CAIr/mv82AND/NADP/9L/FQAdAAUAHAD5/xQAsP8rABsARAA3AC0A5f+2/ywAJgBJAOH/4v8ZANb/xf/P/+b/x//o//D/s/8eAB0AMwDR/xQA6P/P/83/1f8KABcAMQCc/9T/t/8qAOX/gv8MAOv/lv+t/4r/9v87AAgA7P/X/9b/1v+i/7//YAAEABUA3/8IAIb/TQC//8z/3f+k/+P/1f/K/wwA3v/s/1v/vv/K/53/AwBOABoANwANACoALgBuAC0Avv/m/6z/rP84ACgAHABfAJP/5//G/4//yv8DAKz/uv8kAL3/2//Y/+r/LQDc/4n/GgArAKP/p//J/5j/hf/n/9H/FAAXAFYABACWAC0A1v/i/4n/av+4/7j/0f+y/8H/zf9JAMj/KADS/8z/BADx/+z///86AOj/vv/1/0UAZQDY/97/2P8BACcAmv8zALH/MwDZ//f/HQAXAL//oP8HAAUA9/8VABUA6f+C/4//0v/z/+L/r//H/zIAYgCs/+D/5v8rAOb/MADr/xYAogDV/+H/wf8lAOv/y/8WAO7/5f/m/87/3f+2/8v/NABFAOf/6v+v/wMAuP8UACUAwf/e/6T/w//p/73/tP+s/6z/Sf/y/zUAEgAVABwA2/++/8D/xf+a/8j/l/8sACkAnP9FANv/hv+l/yAAyf81ANj/3f/y/8//6/+p/8j/CgAkAB8A///5/8z/NACz/8r/rf/M/zwAGADH/+z/2//H/yMA6v8YAOH/wv8OANP/CgAmAPD/qf9LADQAMAAtACcA8v9BAIj/CABwAO3//P/k/wkA5f/X/6T/LgBRAJb/HwD1/9z/f/+t/8T/3v/r/w8Ay/+B//P/wf+9/6r/yP+X/9H/uv+9/xUAJABlABQAzv+//0gAHACi//3/0v9JABgA+P/j/1IAvP/J/04A5v/s/6X/jv/N/w8AFQBhAAgAn/+N/x0A3/+j/xYA7//i/8//1P/Q/9X/9f8TACkA1P8eABQAwP+C/xYA1f8FADUAOADv//7/6f8RALr/EgAeANT/+f8ZAKz/0v/K/6//8//K/xwAnP/G/8X/HgDi/73/RADa/x8A5v/I/8r/FQADABUAIwDO//P/zv8LACEA2v+4/77/IwDl/6v/5/8jALT/RgCk/73/MACu/8r/u/+i/wAAsP8QAOj/TgDz/6j/5/+0/83/5/+3/ykAEgDF/yoAKwAhAOr/r//N/0MAPADh/xkAqP+q/20A1P/b/5r/2//5/7D/7//8/9X/SwAYAN3/Nv+s/7//0f/p/9r/EQDZ/+b/OwD0/wMADQCe/+X/DQDp/z0A4P8fADcAFAD8//7/yP+5//n/zv/r/7//nf82ANb/CQAhAF8A4v+u/0MAz/9GANX/PAApAJ//xv/j/+z/sv81AND/p/9B/xgA7/+h/9v/CgAPAK3/5v+y/x0A9v+w/w8ABQDD/4X/uP8ZALH/FwAcACMAAADC/7H/3//H/8f/2/+x/yEA0P8yAEMAIwAUAAAA1P8UACAANADf/+r/FAAdABUA2v/S/wUAj/+y/w8Amf+t/zD/RADq/wIAv/8gAEAAvf8qADIA9/85AP//pf/C/77/+/8mAHX/FgDr/yMA+//x/9//5//r/w8A2P/S/xUACABLAMf/rf+U/9H/JAAaAOf/FABLANP/AwAnAN7/zf8VAPX/7/8NALb/xf/a/9L/PgDi/zYAzP+O/0wAx/8aAAcA3v+K/6f/BwDr/7L/HwAvAM3/qf/P/73/8/+g/+j/v//j/+b/6f+T/7X/nf/p//D/zv9y/8v/qf/g/+r/z/8WAMP/FQDM/+L/JQAiAB0AGAA5AMr/0/8LABUAFgDk/wMArv80ALD/5f8qADQA4//n/87/pf8XAFkAHAAuADgAogDm/+v/UACV/xoAev8HAAoAlf8RAA8A9P++/yMAzP+q/w0AFgAJACAAFAC//5b/w/8gABkA0v+h/7n/EgAdAMv/0P+v/+//8v8FAL3/0v8RAB0Alf/+/0IA8//T/87/2P8pAP3/w//k/9b/IADv/6r/DgAfALT/z/+6/7n/IwBz//X/8f+3/+H/FADM/xIAn//I/6v/0P9PAKn/sv+5/4EAGQAxAP7/GgDD/67/OQDW/zsABAAhAMz/9/8VANb/k//X//P/2f+r//j/1P81AMH/AgDE//v/7/8aAPL/sv/G/wcAsP/D/w4At/+S/wEAtP/V//j/jv/H/7z/2P9CANH/9v8XABEAuv+1/93/xf/Q/77/CAAhAP7/4P+f/7b/o//W/z4A3f9SAPT/4f8gABUA0f+3/8P/NQDh/wEAKgDq/wQAw//n/+P/0//Z/+H/3f/d/8b/6v/o/9z/7P/o/wQAov+0/6P/mf/f/8n/uv80AOL/PgDN//X/2f/g/7T/CgAFAO7/0v8OAEgAJQAvABIA1//Y/9n/6v/i/9H/2P+n/8L/FADd/7H/pf/J/87/GgDD/yYACAAEAMr/3P/c/x4AOQC0/yEA5/8IAJ3/7/81APz/NwDS/+b/MgDa/xoAz/8XALT/ov/b/y0AwP/b/zwAAQC5//b/+P+V/63/kv+4/x8ASwCO/6oA6v/y/5j/OQDs/+P/6/8sAOL/k/+3/6b/nP8MABUAFAAoAN3/xf/r/wsAvv8ZAOX/0v+9/0QA2v8UACIA0f/d/93/sP/U/yEAPADB/3EACAAVAC4A0f+7//3/4P/S//T/tv+s/6f/NQDM/+v/3//P/xYA8/8TAAIA//+o/9T/q//E/xMACwAOANz/5P8EAOr/xP/W//z/wv/y/8f/4v/W/8D/JAAoACsAFADM/47/9f8fAL3/x//b/+v/q//H/+P/sv/k/0f/fgC0/+f/TwAaABkAIQDr/9v/zf8XACUA1f8cADsAFAAeAA4A4f/U/00AKQA7ABoAGgAaABoAGgCQ/73/v//U/zoAAgDG/6f/zf/Q/2QA5f8XAML/wf/V/6T/JADv/7H/DADU/0EAm//i/8v/9P/l/yEA2P8rAMj/3P/L/8v/QADW/5z/UQCt/zkAgf/8/27/7/+9/zAA6f/+/5r/2v/q/yIAav/D//z/1//i/w8A+//4/7X/wv/N/wcA4v+3/+3/2f/C/9X/n//V/ycA4f8nALb/zv/w/0MAIAAgACAAHAA+ADIAEgA3AOb/AQDW/+n/4/+4/yAA7P/W/+j/2v/s/8j/GwAQAFAAwv/T/zn/ov8iAOH/CAAQAHX/CQDJ/8r/z/+s/6b/9//c/9//EwBGABAAwP8XAMf/0f/H/5j/2/8VADIAEADv/zoAyv/7/+j/xv+c/xsA2P8TALr/9f/m/73/wf8IAOr/4v/H/4//zv9kALf/+P+1/93/NgAUAFgAJAApAOL///82AJ7/5/8MALH/GgC5/yYAJQCh/8D/rP8rAFcAtv9DAB0A/P+9/9L/nf8PANH/5//P/xQA7P/d/6//tv+c/4z/FgDT/6X//P/R//X/KgC3/8r/pv/g/+H/5P8WADYAAgC3/5//LQC+/+X/u/8EAOb/+P8mAJ3/GgAvANn/2f+w/7b/EAC3/7b/mv+2/zsAAACr/7D/IAD8/+X/8P+Z/2f////j/8n/CgD0/xoA4P+w/zcA0f/j//z/AwC5/7r/9/8zADMASQCU/9L/9P8TABwA3f/U/9r/DgAMAPX/RQAZACEA5f8vADIAt/+w/xwABwDo/zoAzf8ZAN7/6/8KAH3/1P+//xYAq/8yAKP/4f8VAMb/0//7/xIAqP8ZAMb/GgDj//P/l//J/6//2v+t/8f/pf8ZANL/PwDR//7/lv/x//j/3P8CAPH/DADC/+b/HwB9/+f/GgArANL/EQCu/8P/6//2/wcAiv/p/xoAJQDv/8L/0P9JAA4AHQDa/yEAFQCi/7T/3//Z/+D/FQAZAKz/8/8VANf/6/+0/5j/uf/3/9j/FwAUALD/0v+A/97/DwDg/7j/3v+m/yUA5//Z/3v/FQAWAOr/FQDj/+D/3P/h//j/4/+//+f/xv+b//j/rP/d/yUABgDf/9H/+f8ZAAAAxP+y/9D/5v/b/93/2//b/8H//P8JAL//xf8HANn/rv/6/9//v/+g/zQAFgAWAA0A8v8VACkAo/+k/+L/uP/t//j/WwC0/7D/7/+8/9r/pv9BAOT/GwDa/ywAof+3/xUAMwAYANr/5v/I/+D/xv88ADAA6P/r/woAAAD5/yIA4v/S/9b/IQApAMD/BACBABYAIADe/xoA5f8WAMn/vf/e/8j/xP8sALP/sf8XAKz/5v/R/y8A1f82APz/x/8eAHQAGADz/wMA6P+r/+P/lf/x/77/1f8tAKf/PQA3AOX/u//s/wYAi/8vABQAHADR/zIA4P9k/8H/5f8HADMAu/8RAND/2v/Y/xEAyv+7/7f/6/8gAPf/+/+7/6//GwAGAE8ABgDv/xwABgAuALb/nf/O//r///9AABkAMwBFAOL/FQD0/+P/EwDH/yEA4v+7/7D/xf/8/4b/yP/q/8H/3//s/77/FAAkAOj/0v/f/+v/vv8hALb/4f+3/xgA3v+q/yAAFwAqAOP/HgCP/+v/3/8CALL/GQA5AL//vv/O/6//of/c/ycA2f8jAB8A8/8oANj/wf8bAOP/r/8qABsAvP/h/wgA/P9nAOT/6//i/xgA8v/h/xkAw/+V/73/8f/C/93/1P8WAB8AMQAeACoA/P8xAOL/xv/i/+L/j/+z/5//JAA1AOD/BwDm/xcAvP8XAEwAs/+g/7T/q/81AAMA3/8CAPT/sP8eAOD/9f/i/9n/0v80AKn/v/8KAOn/3P/p/x8AHwD7/woAAwDm/xUAov/P/2n/rf+9/ygA4/8YAJv/yf8pAIX/wf/L/9n/6//2/+P/FgDM/wQAv/9p/0UAzv+X/yYADACs/xgA6P/H/x4AIgDA/9T/1v/H/9T/2P8uABsABwCk/8X/5f/S/7b/BQDN/8T/pv8dALH/rf/d/xUAAAAhAPv/8P8XAPL/EQDz/5L/OAAqAOX/7f/I/+T/4//b/7v/sv9mABoACAAZACIA5v87AC0AHgBXAKv/8v84ABsAzv89AO7/tP/R/9//LwAaAOn/wf+8/73/NwC5/8P/rf+P/8//wP/4/8f/JwDn/9f/5P80ADAA2f+p/+D/OgDC/6X/+f+//xUARAC4/wkAHgB+/xYAuP/4/8j/LADf/z8A8/9WAAoAIQCf/53/8P/r/+D/4P9RAE0AQwCj/xQA/P/B/6r//P/2/1MA9/+Q/x8AKgAoAKf/MAAoALH/FAAlANz/5P+f/8L/KgD+/9z/nv/2/+j/GwBJANn/1v/H/93/ef+h/7b/FAAbALT/LQDg/wcAFwCu/z0AqP/3/6P/6v/G/xMACgDC/63/pv+9/wkAJQC6/7n/v//S/67/9f+9/9//4P/H/y4AYv/N/w4AOQDC/+L/u/84AK3/NAAvANf/6//z/wsAyv8PANX/+/8cAL3/cv8eAOH/s/+3/ysAcP9p/8P/TwDr/ygAr/8gAMX/8f+5/+X/8P/I/8b/1f/k/+T/vP+G//X/LQC//xwAxv9gANX/jf/j/yEAy//v/4H/uv8NAML/df9EAMv/xP/X/8P/1P/p/+X/0//U/8j/xv+s/6n/y/9g/y4A6f/C/1X/mf/2/83/rP/G/8D/GQDR/0YAFQDY/wgAxf/+/5H/pP8kAOv/6/8aAEwACgC9/7T/5f+z/1kA/f8OAOv/0f/2/+L/Yf8PAL3/OADV/xgAFAADADEAgACx/zUAEQDa/8z/wv8KAAgA0P8MAE4A0/8JALb/AQCG/4//vv8GAKD/vP/P/xoAr//4/9j/x//q/9T/HgDh/wMA3v8VAAYAHwCc/6n/DQDh/8f/KwAhAK//QgCs/+T/RwBHAAoAFgAhAMz/+v8VAHD//P/0/8D/y//N/wEA2P8PAAQA6/9g/0AAqf+V/xYArv/y/4EAyP9aAMf/uP+8/9f/1f/F/4D/JgC4/73/MAD8/zkArv+4/8//xv/A/5L/PQD9/xgAkf+O/7r/7f/H/9P/LAD1/7r/HAACAPr/0v/L/0MA0f+F/5f/uP+m/4MAtv/j/xUAHgCi/6b/3f/H/+T/HQCf/woA8f/O/4v/5v8bAAUAMADY/w0Aw//g/0IAtv/f/xsAGACi/7f/zf9QAC8AXf/s/ywALwCz/xYALQAOANr/LgDs/xUAAgDY/9b/0//b/7z/6//7//P/GAAZACEALQCj/+n/6v/T/8//FADo/97/3//M/wEAvf9hAEsASABYAPv/6P/S/z4AcwBLALr/PQDU/1gAGAAtACsA0//+/+P/s/8lAK3/tf/G/+z/9v9HANv/OwDh/zUAJADK/zMA1P/A//z/4f86ADAAHwAjAO3/QQA1AD4APAAlAMr/NgCv/7v/6P/U/+n/JQDf//f/gP+h/7b/FADQ/9X/nP+w/+D/XQCN/xoAFwA4ANj/JwAnAB8ADwDk/+n/6v/C/+L/tv+s/77/xP/Z/xsAEABCANf/qf/S/xkATP/r/x0Awf/a//r/4//6/8T/u//b/3H/x/+y/5b/mf/U/wwAnf/Y/7b/p/+t/wwAHAAlACIAPADY/z4AHAAnACcAs/8nAOj/3P8LABsADgD+/7P/2P8DANH/KwCI/0EAq/+0/xwAKgAbAHX/DgDz/9//4f9GADgALQA2AAsAzP80AN7/9v8GAJ3/yf+3//D/AgDq/zMABgDK/9X/FQDY/yoANQBcAN7/4v8AABQAnP+P/9D/v//X/+T/KABXABIApP/o/yYA2P+n/wgArP/S/83/AwAiAOT/kv+0/7T/LwAhANn/IwDr/z0ApP/Q/9D/uf/M/9z/MAADADoA3v/2/8b/uf/j/+D/vP/z/+j/xP/f/9z/NwAhANz/y//Z//f/w/8TAOD/CgDh/yAAOgD3/8//eP/X/9z/nf9GAOz/SQBJAKD/zP/Z/wkAUgDp/wgA9f/O/8X/EQC0//H/JgAfAPn/y/8xANz/HQAXAND/9//q/73/9f+b/7D/IwDf/7n/HwAMAOb/7P/U/6b/qv/o/8//tv/M/w8Azv8CAJH/1/+x/8//5//p/ycAtf8hAAUA7P/e//P/wf9EALT/qP+7/5b/v//Q/93/0v/C/zMA',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-41, -35, -25, -23, -43, -58, -6, -71],
    classWeights: '3f+t/wAA5f/T//P/sP+6//P/AADr/9n/BQDv/ycA7P/1/wAA8f8AAPD/9P/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//v/AAASAPr/+f/2/xMA9/8AAO//7P8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/AADz/+z/AAD7/w4AAAAAAAAAAAAAAAAAAAAAAAAA+P/4/wAAAAAAAOz/8f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0/8AAOr/5f/X/xwA5f/g/wAAFAD1/wAA9P/x/+z/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7/8AAAAAAAAAAO3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI/yAA7v/0/+7/6f/Z/+3/6f8XAOr/6P/q/+n/6f/i/x0A4P/n/+3/8P/l/+P/4v8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7//t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/SQDa/+j/3v/T/8n/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/y/+z/7P/s//j/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//f/+v/s/+3/7P/p/9z/FwDY/+z/6//q/+j/7P/s/+z/7P/s/+z/FADp/93/2//k/+//AADr/9n/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6P/r//H/9v8ZAOv/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAPD/+/8AABIA+v/5/9j/7P/h/+v/7f8lAOz/6f8AAAAAAAAAAAAAAAAAAAAA7//r/wAA+P/s/9//6/8VANz/4/8mANX/3v/m/9f/5v/1//T/9P/7/wAA7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+v/6f/p/+n/6P8WAOn/FgAAAAAAAAAAANv/6//5//n/FwD3/wAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v+4/8X/6f/b/9H/DgDR/+z/6//p/+v/6//k/xUA6f+8/9H/5f8jAMX/xP8NAOj/AAAAAAAAAAAAAAAAAAAAAOb/5f/h/+j/5v/m/+b/GgAAAAAAAAAAAAAAAAAAAAAA2P8XAN//7//s/9v/AADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADo/+v/6//s/+7/6v8WAOv/7P/0/+3/7v/v/+3/FAD5/+3/FQD6//P/7v/w/+v/7P8AAAAAAAAAAAAAAAAAAAAAFADx/wAA9//4/+z/6//t/ygA6//2//D/AADd/9j/2P/s/+z/7P/t//D/7P8UAO3/AADi/+z/AAD7//n/9P8jANj/6v/r/9z/2P/b/+b/JAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/h/+z/6/8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAPv/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7P8kAPb/8//5/+n/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/6//s//H/9//s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk//D/8P/m/wAA4f8jAPb/9f87AO3/AADt/9L/9f/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6/8XAOn/6//s/+T/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//H/9v8AAAAAFwAAAAAA7f/0/+//AADx//L/7f8VAOz/AAD5//D/7f/u/+7/FADs/+z/7P/t/+7/FADs/+z/7P/s/+3/7P/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADx//v/9/8AAAAA9/8UAPf/6v/p/+3/6f/p/+j/6v8XAOH/v/8AAJX/wv/u/woA3P8AAAAAAAAAAAAA+v8HAAAA1v/n/+v/3//j/+v/HgDm/wAAAAAAAAAAAAD6/wsAAAAAAPr/AAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAPL/9v/s/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAALADM/7D/kf+L/6z/9/+2/+z/FADt//f/+v/s/+3/7P8AAO7/z//r/6T/mf8AAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPj/7/8AABQA7P8AABYA2P/Z//H/5//W/+D/8f8AAAAAAAAAAAAAAAAAAAAA0/8gAOL/4v/X//v/zf/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/6//T/AAAAAPH/GwDz/wAAAAAAAAAAAAAAAAAAAADJ/yQA1f/T/9v/zP/Z/8X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/97/3f/Y/+3/3P8oANr/7P/t/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAANX/AAC1/9T/tf+6/97/DgAAAAAAAAAAAAAAAAAAAAAA6/8VAOD/+f/f/9j/7P/g/+j/GADf/+f/7P/s/+P/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/v/+z/FADs/9j/6v/j/9j/5P/f/yAA4v/O/9z/wf+//8T/yf8qAMf/AAAAAAAAAAAAAAAAAAAAAOD/7P/s//H/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAA+f/s/+//AAAXAOn/5v8aAO3/AADo/+X/1//X/+r/5f/j/97/AADP/wcA7P/s/wAA9f8UAOz/7P/s/+z/0//W/+D/6f/N/xgAvv/m/9j/FgDY/8z/2v/q/wAAFAAAAAAAAAAAAPX/7//s/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA6/8AAPX/8P/t/9z/7f8lAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAOD/6v/n/+T/6v8aANv/2/8AAAAAAAAAAAAAAAAAAAAA7P/L/ycA3P/q/8j/2f/e/+v/FQDr/+P/8//s//H/6/8AAPX/AAD5/+z/7/8AABcA1f/h/wgA0f/X/9T/6P8QANr/2P/t/+z/IQDs/9r/4f8AAAAAAAAAAAAAAAAAAAAA9//W/xQAxv/l/xMA6//W/wAAAADw//v/AAASAPr/+f8AAAAAAAAAAAAAAAAAAAAA+P/s/yQA9v/z//n/6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/v//v/wcAsf+o/yMA0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAA3//m/+v/7P/h/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/8f/0/+z/AAALAO//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/IADl/wAA5f/5/+H/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAA9//t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/8X/4P8TANb/x//E/wAA6v/r/xcA6v/s/+v/5v/q//L/7P/s/+7/AADs/xQA7/8AAAAAAAAAAAAAAAAAAAAA9P8UAPH/AADu/+7/7v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+//6//t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P/s/+z/FADo/+r/6P/l/+r/6f/q/xcAAAAAAAAAAAAAAAAAAAAAAOz/7P8XAOv/7P/X/+j/7P/s/+z/AADc//X/7f8UAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA2//p/+b/FwDZ/9//7P/l/wAAAAAAAAAAAAAAAAAAAADs/+//7P/w/+j/6f8UAOn/AAAAAAAAAAAAAAAAAAAAAOL/7P/E/+D/6f/D/ysA3f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD4/+z/JAD2//P/+f/p/+n/x//T/97/DQD0/8n/BgDq/9D/3//d/9n/MADM/9f/w/8AAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7v/r/+z/7P/t/+z/7P/t//D/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+z/JAD2//P/+f/p/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+3/7P/s//j/7P8UAOz/FADY/9j/6v/t//X/2P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADv/+r/+v/5/+z/6f/r/xUAAAAAAAAAAAAAAAAAAAAAANH/zv/W/9H/4P/O/9D/IQDc/wAA1//m/xwA0//U/8P/yv/Y/8n/0//H/w0AGwDT/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/t/+z/8P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/y/xQA7P/s/woA7P/r//f/AAD2/+7/7f8AAAAAAAAAAAAAAAAAAAAABgAiAML/0f/D/8z/2P+6/wAAAAAAAAAAAAAAAAAAAADf/+3/8v8AAAAA5v8eAPv/AAAAAAAAAAAAAAAAAAAAAPD/HgAAAAAAAAAAAPn/AADg/9X/5f/l/9n/1v8fANz/AAAAAAAAAAAAAAAAAAAAAPj/7P8kAPb/8//5/+n/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+7/7//v/xQA7f8AAAAAAAAAAAAAAAAAAAAA5f/s/+3/9P/p/wAAEgAFAAAA7f/t/wAA9//t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA6v/Y/9n/4P/r/9X/AAAAAAAAAAAAAAAA+/8GAAAA7P/s/+z/7P/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/xQA3P/s/+z/7P/n/+n/5P/Z/+r/5P8XAOf/2v8iAOL/3v/g/93/3f/V/+z/7f/7/+3/7//s/+z/FADv/+r/+v/5/+z/6f/r/xUA5P/g/+z/4/8AAAAA6v8AAOz/+P/4/+z/8P/s/+z/FADp/+P/2//I/wAA5P8KAMf/AAAAAAAAAAAAAAAAAAAAAOT/4P9EAOb/AAC//8n/9f8AAAAAAAAAAAAAAAAAAAAA9//n/+f/7f/z/+j/GQDq/97/IADg/+H/5//h/9//4v/r/xcA6P/i/87/7P/A/9//AAAAAAAAAAAAAAAAAAAAAPb/EwD3/wAA8P/x/+//9f/q/xoA9/8AAPb/+P/i/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f/t/wAA7P8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FADx/wAA7v/u/+7/7/8AAAAAAAAAAAAAAAAAAAAA6//m/7v/w//l/+H/HQDl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8VAO3/7//s/wAA4P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPX/+//0/xQA8f8AAO7/7v/u/+//9P8AAAAAAAAAAAAADQAAABQA6//s/wAA7P/u/+P/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/8P8AAAAAFADp/+T/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+L/AAAAAPj/2f/l/ykA6P/j/+n/6v/s/+b/HQDh/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA8P/0/+z/FADu/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/3f/q//D/KgDa/+X/AAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAOT/5f/h/+//2P8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/AADu/+7/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/t//r/7P8AAPT/FAAAAAAAAAAAAAAAAAAAAAAAAADf/+n/7//h/+X/5//p/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/zAAsf+0/8n/wP/u/9X/3f/Z/+v/7f8mAOr/4P/t/wAAAAAAAAAAAAAAAAAAAADm/xsA5v/q/+n/6//f/+X/8v/2/+z/AAAAABQA7P/s//D/HgAAAAAAAAD3/+v/9v/s/+z/7P/u//D/9//y/xQA3f8AAOn/6/8GAN7/2//X/+T/3v8oAO//+f/Y/+T/8v8AAAAAAAAAAAAAAAAAAAAA1v/W/+r/7P/k/+f/6P8aAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//v/9/8AAAAA9/8UAPf/6/8iAOz/7f/t/+z/2v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/IwD5//v/4v/p/9j/6v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/r/+z/7P/s/+f/GwDr//r/6P/l/9z/3v/W/y4Azv/J/9H/3v/a/9H/AAAAAAAAAAAAAAAAAAAAAOL/IgDj/+f/5//f/9z/4/8AAAAAAAD6/wAA7f8UAAAA9/8AAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8AAOv/6//o/+j/0P8UAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/7/8UAO3/8//u/+z/7P/s/9n/6f/Y/9v/3v/Y/yIA2P8AAAAAAAAAAAAAAAAAAAAA4v8nAPv/AADj//n/2P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/6P/d//f/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/s/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7f/r/+//9/8ZAOz/7P8AAAAAAAAAAAAAAAAAAAAA5v8aAOb/5v/o/+X/5v/l/wAAAAAAAAAAAAAAAAAAAADK/x8A6P/c/8H/uf8AAM//AAAAAAAAAAAAAAAAAAAAANn/KgDO/9n/2P/Z/8v/2f/o/+n/6v/u/+z/2//q/xsA7P8UAOz/7P/t/+z/7P/s/9H/2f/d/9T/zv8RANn/BgAAAAAAAAAAAAAAAAAAAAAA5v/v/+z/9f/v/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+3/AAAWAO3/7P/q//H/AAAAAAAAAADu/xMAAAATAPr/AAAAAAAA9//1/+//AAAAAAAAAAAAAAAAAAAAABUA7P/u//X/+P/s/+v/7/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AAPr/8v8UAOz/9//d/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/GgD1/wAA7v8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAZAOv/6f/0/+z/6v/k/+z/MwCv/8z/1//N/8r/0P/M/9j/2P/X/+n/3v/Z/ysA4P8AAAAAAAAAAAAAAAAAAAAAEgDb/+3/4P/k/8//+P/k/+7/7P/s/+3/7P/s/xQA7P8eAOz/6//t//P/6//e/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//T/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/8v/5v/M/+n/z/8gAAsA6//g/+b/7f/y/9n/HgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoA7P/r/+v/6v/m/xUA7P/s/+n/6/8WAOr/6v/r/+j/5//M/8P/MADQ/9D/1v/g/9D/JwDS/8f/1v/Y/9b/8P/F/wAAAAAAAAAAAAAAAAAAAADH/87/yv/L/9D/0P9CAOn/6f/Z/9j/2f/Y/9j/JwDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/8P/6//n/+v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/8j/6//U/+H/6/8PAAAAAAAAAAAAAAAAAAAAAAAAAPP/6v/q//L/7P/r/xYA6v/s/xUA7P/r/+z/6//r/+v/+f/m//P/4f8bAPj/5v/n/wAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAA9/8AAB0AAADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAOr/3P8TANj/5v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/s/+z/7P8UAOH/PgAUAN7/2P/e/+v/6f/o//r/z//i/97/5/8XANb/AAAAAAAAAAAAAAAAAAAAAOz/7f/t//j/9P/t/xQA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/2//e/9n/AADs/9v/EADQ/wAA5P/S/9T/5v8PAOP/AAAAAAAAAAAAAAAAAAAAAAAA8f/7/+z/9f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA2P/Y/9L/2P8AANj/6v8FAPr/EQAAAPL/AAD2/wAAAADs/+z/FADs/+z/7P/s/+z/1/8VAOn/1//W/9f/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAPH/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAJwDX/w0Auf+i/+z/u/8AAMn/FADu//T/7v/w/+z/7P/w/wAAAAAAAAAAAAAAAAAAAADs//D/8/8AAAAA9P8UAPH/7P8UAO3/8f8AAOz/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAM7/FAAAAPX/6P/k/+z/1v/P/+b/pP/D/6n/5v8kAAAAAAAAAAAAAAAAAAAAAAAUAO7/8P/s//r/7P/r/+z/7P/t/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9b/z/8KAOf/vv/u/+f/2P/b/9r/5P/j/xEAAADZ/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+z/7P8UAOz/+P/z//j/8P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADV/8j/xP/w/9b/+f/b/xUA6P/r/+n/4P/t/ysAzP/i/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+7/FQDs/+r/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAADwDZ/7P/0v/Q/9T/x//t/+z/9P/t/+7/7//t/xQA+f/s/+7/8v/s/+//7f8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/xQA4P8AAOz/5/8IANr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs/+3/7f/4//T/7f8UAPT/7P/s/+z/7f/t/+z/FADs/+3/7f/z/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAGQDt/7r/4v/J/+3/zf/p/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/s/9T/6//n/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/xMA6P/y/+r/6/8GAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+z/7P8UAOz/6f/s/+//8f/r/+v/6//x/+j/EADh/7//3v/l/+n/3v8UAOn/8P/s/+z/FADw//b/7P/n/+z/7P/s/xQA8v/v/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/7/wAAEgD6//n/6//0//n/AAAAAAAAGAD5/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+//FADs/+z/7P/s/+z/7v/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+7/7f/w//n/FQDs/+v/FADt/+z/8P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/wAA9P/x/+z/+v/t/xUA+v/z/+7/8P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+v/7P8UAOz/FADs/+z/7f/v/+3/7P/t/+r/EwAAAAAAAAANAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAOr/7P/s/+j/6v/Y/9//JgDk/+z/5/8AAAAA6/8aAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAA+P8UAO//7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/t/+z/7f8AAAAA+/8UAPD/7P8AAAAAAAAAAAAA6v8AABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+//7f8UAOz/7P/s/+z/7P/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//6P/t/+z/GwDr/+z/6f8AAAAAAAAAAAAAAAAAAAAA1v8AAPP/7P8AAPv/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q//X/AAAAABYA6P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOr/7P/s/+7/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/9v/w/wAAAAD5/xIA+v/o/9f/4P/k/9//6/8jAN3/7P/s/+z/7f/v/+//FADs/+7/AADx/+z/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/e/ygA7//5/9j/5P/y/+3/7P8UAO3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/z/wAAAADs/+z/7f/k/97/KADv//n/2P/k//L/7P/s/xQA7P/s/+z/7P/s/+r/2//q/+n/HgDm/+H/+v8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/8//s/xQA7P/r/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAABMA8//y/wAAAAAAAAAAAADs/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAATABIAAAAAAO3/+P/y/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQAAAAAA5P8AAAAAAAAAAAAAAAAAAAAAAAD7/+z/AAD3/+z/9P8VAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/6//n/xUA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u//T/4f/v/xoA+P/k/+z/7P/l/+z/7P8AANz/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/1/+3/9f8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P/3/wAAAAAAAAAAIQDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//H/AADs/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv8fAAAAAAAAAOL/5P/Z/wAAAAAAAAAAAAAAAAAAAAAVAOv/7P/s/+3/6//r/+z/7P/s//n/7P/s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+7/8P8UAPD/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/t/+z/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/u/wAA8f/w/+z/8P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9f/1//s/+v/6v8AABQA7P8UAPr/8v/t/+3/7P/t/+z/FAD6//L/7f/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKABUA6//s/+z/7P/r/+n/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAGQAAAPj/AAAAAAAAAAAAAAAAAAAAABQA7//v/+7/8P/u/+z/7f/0//r/AAAUAO3/8f/s/+3/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/FADr/wAA6f/Y/+X/2f/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5f/a/+7/AAAAAPP/IwAAAOz/5//o/+//9v/p/xoA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/wAA8//s/xQA7f/j/+v/7P/q/+3/HQDr/9v/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/L/8v/2v/W/y8Ax//n/wAAAAAAAAAAAAAAAAAAAADw/+z/9P/s//D/FQDs/+r/AAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAATAPD/9v/s/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAUAAAA7P/4/wAAAAAAAPr/8v8AABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/t/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPX/AAD0//H/7P/6/wAA7P/q/+3/8f/k/wAA7f8AAAAAAAAAAAAAAAAAAAAA7P8bAO3/8P8AAO//2v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD6/wAAAADu/wAAKAD1/9j/EwDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+r/6v/X/+v/JgDZ/9v/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAEADx/wAA1//r/9//JQDn/9v/6//Z/9L/+v/3/7z/4P/D/wkA9//t/wAA+v/2//j/+/8AAAUA7P/5//T/9f/y/+z/+v8UAAAAAAAAAAAAAAAGAAAAAADs/+z/7P/u/+//FADs/+z/AAD5//b/AAAAAPD/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/+v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAYAL//6f/7/+H/AADp/yIAyv/t/+z/7//s/+//FADs/+z/AAD5//b/AAAAAPD/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/6/8HAOz/AAATAAAAAADv//X/7f/3/wAAAAAAAAAAAAAAAAAAAADv//L/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA3f/o//H/6P/s/+j/0P8UAOz/7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAABQAAAOz/9v/t/wAAAAAUAPT/+P8UAO3/7f/5//D/7P/s//b/AAAAAAAAAAAAAAAAAAAAAOT/AAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7v/u/wAA8f8VAPX/AAAAAAAAAAAAAAAAAAAAABQA7f/t//n/8P/s/+z/9v8AAAAAAAAAAAAAAAAAAAAA5v/j/+L/5v/l/+n/HADk/wAAAAAAAAAAAAAAAAAAAAAAAOz/2//v//T/AAD1/9j/4P/d/+r/6P/l/9j/IQDs/+3/7P/t/+z/7v8UAOz/7P8TANz/3P/o/+L/5P/p/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/x//b/7//t/+z/7P/k/xgAAAD2//T/6//4/+n/+f8hAPP/AAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/6//3/+z/7P/s//D/8P/w//j/+f/s/xUAAADf/+n/7//h/+X/5//p/yAAAAAAAAAAAAAAAAAAAAAAAPj/7v/t//n/+v/r/xYAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/AAAAAO3/FAD3/+z/7P/t/wAAAADt/xQA9/8AAAAAAAAAAAAAAAAAAAAA1v/v/+v/4v/q/xkA6//q/wAAAAAAAAAAAAAAAAAAAADr/+v/7P/o/+z/1f/s/xgA7P/0/wAA8v/3/+z/FgDp/+7/FADv/+7/7P8AAOz/8f8AAO3/7f8AAPf/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/xQA7P/s/+v/FgDq/+v/6//r/+r/7P/s/+3/8f/u/wAAFADs/+z/7P/t/+7/AADz/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/+L/y//f/9n/DwAFAOf/9f/5//n/AAAAAO3/GAD5/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+v/7P/s/+z/7f8UAAAA4v/u/+r/7P/r/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/u/+z/7f/s/+3/7P/u/+z/8//s/xQA7P/r/9j/JgDd/+f/6v/b/9j/2v/s/xQA+P/x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAoA7P/r//f/AAD2/+7/7f8AAAAAAAAAAAAAAAAAAAAA6/8UAO3/7f/w/+7/7P/t/xUA6//s/+z/7P/r/+n/6/8GAAAAAAAAAAAAAAAAAAAAFADv/wAAAAAAAAAA7f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADx/wAAAAAAAAAAAAAAAAAAAAAAAOz/+f/0//X/8v/s//r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAPAAAAAADv//X/AADv//H/FAD1/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA7f/s/+z/FADs/+z/7P/s/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAOf/8/8UAPP/+P/o/+z/7P/x/87/1//a/+P/1/8QANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+f/AAAAACcA+P/u/9T/+f/2//D/AAAAAPn/EgD6/xQA7P/t/+//7P/s/+z/7P/s/xQA+P/x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD3/wAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/t/+z/FADs/+v/FQDq/+3/5//r/+z/7P/k/zcA+f8AAO7/5f/i/+X/AAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAD2/wAAAAAAABcAAAAAAAAAAAD1//r/AAAAAAAAAAAAAAAAAAAAAOz/FAD4//H/7P/s/+z/7P/q/xYA6v/s/+v/6//q/+z/xP88ANn/3//J/9X/s//E/9j/IwDi/+v/AADe/+z/4v/k/xkA5//h/9b/5f/o/97/6f8XAOr/6P/q/+n/6f/i/+3/FQDs/+7/7//1/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA9/8AAAAAAAD4/9r/AADs/wAAAAAAAAAA7v8UAPD/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+//7f/q/xQA7P/p/+n/6f/l/+r/6f8ZAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADt/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANv/6v/i/+v/zv/Y/8//JQDz/xQA9/8AAAAAAADs//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+z/7P/x/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+j/7P/w/wAA9v8VAPb/AAAAAAAAAAAAAAAAAAAAAOz/FQDv/+3/7f/q/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+r/7f/o/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAOD/3f/j/+r/2f/6/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8//s//n/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/w4AAAAAAAAAAAAAAAAA7P8KAO3/6f/s/+r/5f8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8TAAAAAADv/wAAAADw/xsA7P/p//T/AADl/+z/7P/2//b/AAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOT/7P/n/wAAAADr/xoA9v/k/+z/5/8AAAAA6/8aAPb/AAAAAAAAAAAAAAAAAAAAAOv/9v/4/+v/9P/k/wAAGgAAAAAAAAAAAAAAAAAAAAAA6v/o/xQA6P/i/+z/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/FgDq/+r/6//o/+f/6//z/xkA6f/0/+f/5v/p/wAAAAAAAAAAAAAAAAAAAAAqANz/3P/x/+P/3//V/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAPr/8v8AABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAEwDx//b/AAAAAAAAAAAAAAAAAAAAAOz/6//r/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/xQA7P/s/97/7P/w/8D/6v8hAOX/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAA2P/6//b/6v/b/9//5v8oAPr/AAAAAAAA8P8AAPv/EgDs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7v8UAOz/7P/s/+z/FADs/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//r/2//y/ycAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAEwDz//L/AAAAAAAAAAAAAAAAAAAAAAAA0v9JANr/6P/e/9P/yf/S/+v/GQDs//H/7v/p/+b/7//s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P8UAPP/6//s/+z/AAD6/wAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAO7/7/8AAPv/6v8MAOX/AAAAAAAAAAAAAAAAAAAAANf/5P/i/+P/5v8lANf/z/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+f/6v/n//X/AAAUAN7/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+z/8P/s/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwA2f/V/9j/3f/V/8f/1//r/xkA6//t/+z/4f/m/+v/6/8XAAAA8/8AAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A6//q/+r/6f/d/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA7P/q//H/6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/8f/u/xQA7P/r/+z/7P/w//H/7v8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8WAOz/7P/p/+z/6v/s/wAAAAAAAPr/AADt/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/2f/Y/+X/5v8AAAAA1/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/xQA7P/s/xIAAAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAA5v/o/+n/5v/n/+P/FwDs/wAAAAAAAAAAAAAAAAAAAADs/xUA6P/t/+z/7P/q/+3/3v80AAAA9f8AAOf/1P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/7f/u/+z/7P/s/+n/5v/m/+f/6v/n/xoA5v/t/+z/7P/s/+7/7P8UAOz/+f/2//D/AAAAAPn/EgD6/xQA7f/u/+3/7v/t/+z/7f/p/+r/6P/l/+3/FADs/+z/4//S/+v/7P/S/9L/IgDf/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/6//P/7f8UAO3/AAAAAAAAAAAAAAAAAAAAANr/z//f/+v/1//W/xsA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/3v/k/9b/9/8AANb/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//9f8AAOz/7P/t/wAA9//5/wAAAADu/yAAAADs/+3/7f/y/+3/7P/s/xQA7P8UAO3/7f/v/+z/7P/s/9X/HgDo//D/6v/p/93/6f/s/+z/7v8AAO7/7v8UAO7/7P/s/xQA7P/t/+z/7P/s/9v/5v/n/+j/7P8YANz/6/8AAAAAAAAAAAAAAAAAAAAAGwDs/+v/7//v/9L/7P/o/wAAAAAAAAAAAAD0/w0AAADu/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+7/8P/t//X/FADw/+v/7P/t//v/7f/v/+z/7P8UAPj/AAAAAAAAAAAQAPP/AAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/5f8AAAAA3f/G/wAAAAAAAAAAAAAAAAAAAADt/+z/+v/s/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//P/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAD1/xQA7P/s/+z/7P/s/+z/7f/t/+3/FADs/+z/7f/x/+7/AAAUAOz/7P/v//H/7//1/+7/8/8VAPT/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7f/r/xQA7P8AAAAAAAAAAAAAAAAAAAAA7v/s/+z/7f/s/+z/FADs/yEA5//y/wAAAAD1/+D/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//s/+z/7f/r/+v/7P/2/+7/AADx//D/7P/w/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t//D/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//P/7P/w/+T/6v8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/5//D/7P8UAO3/7P/s/+3/9//v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7//t/+z/AADu/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/6f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/w/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/m/9L/6v/q/9z/KQDM/+7/7P/s/+v/5f8iANz/3P8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/+P/0/+3/FAD0/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/+P/0/+3/FAD0/+z/7f/t//j/9P/t/xQA9P8UAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADt/+3/7P/s/+3/7P/s/+z/7P/s/xQA7P/s/9T/0P/n/9H/0f/L/zAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/l//X/6v/p/xgA7P/i/+D/4f/v/+r/5f8fAPD/7P/s/xQA7P/s/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAPT/AAAAAAAA9P/p/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//L/9v/1/+z/7P/v/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u//n/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQDq/+r/4//r/9//uf/f/wAA4v/q/9r/4v/T/wAA1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/2P/h/+7/2f8AANj/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/+z/FADs/+z/7P/t/xQA7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8TAAAAAADu/wAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/u/+z/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AAAAAAAAAAO//HwAAAAAAAAAAAAAAAAAAAAAAAADc/9L/1f/U/9P/z//j/yoA6v/s/+3/7P8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAbAOP/2f/N//H/0P/t/+P/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/9f/6/+z/7P/t/xUADAAAAAAA8f8AABsA9P/G/+z/7P/r/+3/4f/s/+v/FwD2//P/AAAAABwAAAD6//n/7f/t//P/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAPX/9f/x/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/8//s//D/5P/q/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/7//x/+v/6f/r/+r/AAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAO//7f/t/+r/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/AADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P/t//D/7f/3/+7/7//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/+r/4v/u/+r/EADP/9f/AAAAAAAAAADs/wAAAAAUABQA7P/s/+3/8P/t/+z/7f8UAOz/7P/t//D/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6P/r//H/9v8ZAOv/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/7/wAAEgD6//n/AAAAAAAAAAAAAAAAAAAAAPf/HgAAAPb/8/8AAOH/+P/p/+j/6f/q/+n/6v8XAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//b/+P/r//T/5P8AABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7/8UAOz/7P8uAOX/6P/G/+r/0v/S/+j/KADY/+H/AAAAAOP/2P/r/wAAAAAAAAAAAAAIAAAAAADs/+z/7P/s/+z/FADs/+z/8v/0//D/AADv/xUA6/8AAOz/AAD7/wAA5v/V/xQA5v8AAAAAAAAAAAAAAAAAAAAA8v8AAPr/AAAAABUA7v/s/83/yv/S/9j/4v/P/y0A2P/e/yEA5//m/9r/3//U/+n/AAAAAAAAAAAAABUAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAA+v/y/wAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/9z/9P/q//T/FADt/+z/7P/s/+z/7v8AABQA7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/3/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/s/yQA9v/z//n/6f/p/xQA7f/u/+3/7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA2f/Z/9D/HgDL/8n/AADq/+3/7P/6/+z/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPP/7/8AACYA6P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//6v/6//n/7P/p/+v/FQDx/9j/AADO/9//DADd/+X/6v/s/xcA6f/r/+r/6v/j/+z/FADs/+v/9//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5//h/x0A7v/r/+T/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwv/g/7T/AADJ/73/DAC7/+z/7P/s/+z/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9v/w/wAAAAD0/+3/AADI/+T/2P/S/wAAKQDX/8//AAAAAAAAAAAAAAAAAAAAAB0A4v/f//X/AADn/+n/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/+v/6v/N/wAANQDY/9X/AAAAAAAAAAAAAAAAAAAAANr/5f/n/9n/8f8AACcA6P8AAAAAAAAAAAAAAAAAAAAA5//j/+D/HQDm/+b/4v/l/wAA2v/q/9n/6/8NAOL/6f/s/+z/7P/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA6//p/xQA5P/Y/9j/5P/4//P/+P/w/+3/FADs/+z/EwDf/9f/5//u/8b/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/q/wAA7v/0/9v/5v8sAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/xcA6f/l/+3/6//j/+3/6P/s/+z/8f/q/xQA7P8UAAAA7v8AAAAA7P/t/wAAAAAAAAAAAAAAAAAAAAAAABQA6//s//f/+P/s/+z/8P/X//T/5P/d/9v/2f8ZAOn/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t//H/6v/s/wAAAADk//L/2v8AAOb/3P8AAAAAAAAAAAAAAAAAAAAA2P/V/yUA1P/h/9P/yf/n/+v/6f8VAOz/8v/q/+v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/0//T/+/8AAOz/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAPX/AAATAAAAAAAAAAAAAADz/wAAFADs/+z/7P/t/+z/7P/s/+3/7P/s/+z/+//s/xQA7P/x//v/9/8AAAAA9/8UAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+v/9//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAx//V/9L/x//d/zEAyP/Y/x4AAAD2/wAAAADj/+j/9v8WAO//7v8AAAAA6//o//D/7f/r/+v/7P/s/xUA6//s/xYA6f/q//L/8P/n/+v/6/8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAPb/8P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDo/+z/7f/s/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/v/xQA7P/s/+z/7P/s/+7/7/8UAOz/7P/s/+z/7P/u/+//FADs/+z/FAAAAAAAAAD1//X/8f/s/wAAAAAAAAAAAAAAAAAAAADo/+v/6P/r/+r/5P8WAOn/7f8VAOz/7v/v//X/6//r/+z/FADt/+3/7P/s/+z/7P/o/xgA6P/o/+r/6P/o/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAANj/6P/a/+T/DADY/+z/7P/Z/+r/6v/t/xEA0f/r/wAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAPH/9/8AABMAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/FADs/+z/6v8AAAAAAADy/wAAFAAAAOz/LwDW/9r/AADf/7L/2f/S/+z/7P/v//H/7P/s/+z/FAAUAOz/7f/v/+z/7P/s/+z/DgDn/+T/7f/s/wUA3P/l/7n/zP/J/8//1P9IALD/t//u//H/AADs/wAAFAAAAAAAFADs/+z/8P/t/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD3/wAAAAAAAAAA6/8AAAAAAAAAAAAAAADl/x8AAAAAAAAAAAAAAAAAAAAAAAAA7v/u/+z/9P/w/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/IQDz/wAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAABQAAAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAzv/Y/+D/6f/s/+T/LgDu//n/FwD3/wAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA+f/v/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFQDs/+v/8f/t/+v/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA2f/r/+z/6//s/wAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/7P/t/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/t/+z/FADs/+3/AAD6//b/+P/7/wAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAA9/8AAPb/EwDz/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/2//H/AADw/xkA6P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDc/9n/3v/h/9v/5P/d/+T/7P/s/wAA8P/t/xkA7f/n/+z/8f/u/+z/FwDq/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6f/r/+v/5P8VAOn/5//s//H/7v/s/xcA6v/n/xQA7P/s/+7/9P/t/+z/9v8AAAAAAAAAAAAAAAAAAAAA7f8VAPr/8//u//D/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//b/8P/j//D/5P8iAOL/7P/t//L/9f/0/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//k/+n/GADp/+b/6f/m//f/+//Z/9b/AAAnANv/2v/s/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/s/+z/9v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABkA6//p//T/7P/q/+T/7P/p/+//4//3/wAA7P8YAPb/AAAAAAAAAAAAAAAAAAAAAOL/7P/u/+3/7v/s/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/x/+7/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/+v8AAPH/AADs//T/FADZ/+//9//b//f/2P8YAOn/AAAAAAAAAAAAAA4A8/8AAOz/7P/s/+3/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAA7P/t//D/7f8AABQA7P/s/+n/7P/t/wAAFgDt/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/i/+r/6P/r/9n/AAANAAAAAAAAAAAAAAAAAAAAAADp/+z/7f8AABYA7f/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+3/+v/s/wAA9P8UAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADv/+7/7P8AAOz/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6f/p/+//9P/Z/+f/GwAUAOz/7f/w/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//v/+P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQAAAAAAAAAAAPL/4/8AABQA7P/s/+3/7P/t/+z/7P8AAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAOT/AAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/+z/8f/1/wAA8v8UAOz/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//L/9v/1/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/+v/2/+r/2//f/+b/KAAUAO3/7//u/wAA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAOv/6v/o/+T/4//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+3/FADs/+3/7P/s/+z/7v/s/xQA7P8UANj/2P/q/+3/9f/Y/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/4/wAAAAAAAOz/GAD5/wAAAAAAAAAAAAAAAAAAAAAdAAAAAAAAAAAA8v/j/wAA2//1/93/AAD7/zQA7P/b//f/2v/I/8v/4//o/6//CQAUAO//AAD2/wAA9f/s//j/+v8AAAAA+f8AAOf/+v8qAMH/tP+P/9n/yv/3/8n/GQDq/+r/6P/p/+X/2v/l/xwAAAAAAAAA+v8AAO3/FAAAAOj/5v/o/+n/6f/r/+r/GAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADq/wAAAAAAAAAAFgAAAAAAAAAAAAAAAAAAAAAAAAAAAO//8f8AAAAAAADx/xQA8P/t/xQA8//w//H/7P/s/+//FAAAAAAAAAD1//X/8f/s/wAAFQAAAAAAAAAAAO3/AADq/+v/7P/s/+v/FQDr/+f/AAAAAAAAAAAAAAAAAAAAABUA8P/x//v/AADx/+v/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/r/+v/7P/u/+r/FgDr/xgA5v/m/+v/6v/q/+r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA8P8AAAAA8P8AAAAAIAD1/+z/7P/s//T/AADp/xQA7f/s//T/7f/u/+//7f8UAPn/6P/o/9j/5v/M/8L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/5/xQAAAD7/wAA7P/s/wAAAAAAAAAAAAAAAAAAAADu/+3/7v/r//L/FQDs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/r/+n/7P/q/+v/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/7f/6/+z/AAD0/xQAAAAAAAAAAAAAAAAAAAAAABEA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAQAPH/AADs/+3/7f/i//L/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAA+v/y/wAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAPX/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/t//D/8v/x/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AABgA3P/j/+L/3P/h/yEA2v/W/+z/7f/y//X/9P/s/+z/FADw//T/7P8UAO7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAA7P/7/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/8//4//D/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAQAAAAAAD7/+7/7P/v/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA9v/S/+j/6f/f/8r/uP8bABEA8f/z/wAAAAD5/+v/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/W/9X/0//X/x4A6P/Y/xUA6//v//H/6//p/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/HgAAAPb/8/8AAOH/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+r/7P/r/+r/6//r/xYA6v/s/+z/6//q/+v/7P/s/+7/AADu/+7/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/8f/u/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/7f/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAD2/xQAAADv//L/AADs//f/7P8UAOz/7P/t/+7/7P/s/9n/1P/p/8//5//g/ycA2f8AAAAA8P/7/wAAEgD6//n/AADx//v/7P/1/xQA7P/s//r/8v/3//v/AAASAAAA9f8cAOj/6P/f/9r/2P/o/9j/HgDE/9b/4f/S/+r/CwDY/yYA6//r/+3/7f/g/97/5f8UAOz/8/8AAAAA7P/s/+z/2f/r/9n/7P/4/yAA2v/s/xQA7P/u/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAHADq//T/+f/t/+b/4//i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQDs/wAA9/8AAOr/1//s/wAAAAAAAAAAAAAAAAAAAAAXAOD/6f/t/+f/6v/r/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPH/AAD3//j/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAAAA6//q/+z/7f/V/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+//7f/s/+//7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtf+8/8T/1/8KAPb/wv/z/+r/2v8AAOT/6v8AANn/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/z//j/8f/0/xYA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAADz/wAA7P/4/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA6P/s/+3/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//X/AAAAAOz/8P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/FQAAAOv/AAAAAAAAAAAAAAAAAAAAABQA7//s/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/v//L/8f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAA7f/y/+v/7P8WAAAAAAAAAAAAAAAAAAAAAAAUAPL/7P8AAPf/7P/s/+z/7P/r/+j/5//x/+v/FQDo/+b/3//g/+P/5//g/9r/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7//5/wAAAAASAPf/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/7f/j/+z/6/8AAAAAAAAAAAAAAAAAAAAA8f8AAAAA8//3/yYA8f/a/+z/7f/x/+3/8f8UAOz/7P/s/+z/7P/s//f/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/5//z/97/AAAcAOj/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAD5/+z/7/8AABcA7P/r/9n/8f/s/+n/7P8WAAAAAAAAAAAAAAAAAAAACwDs/9b/1P/L//j/wP/b/x4A7v8AAAAAAADx//f/AAATAOz/7P/v/+z/7P/s/+z/FAAAAAAAAAAAAOz/AAAAABQA8/8AAAAAAAAAAPL/7v8UAN7/4f/j/9j/7f/m/+v/IQAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/8v/t/+z/7P8UANP/4/8AAPn/6//c/+f/MgDr/+v/7P/s//r/7P/t/xcA6v/r/wAA9//u/+z/7P8WAOz/7P/v/+z/7P/s/+z/FADm/xYA6v/q/+r/6//n/+r/7f/s/xQA7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//y//f/AAAAAPf/FQD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDb/+f/8v/p/+v/5v/p/wAA3v/7/9n/+P8UAAAA7P/s/+z/7P/u/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAANz/0v/V/9T/0//P/+P/KgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/8P/t//X/+P/s/xUA7P/t//v/7//2//j/FQDw/+3/6f/o/xoA5//q/+P/5v/j/wAAAAAAAAAAAAAAAAAAAADr/+n/FQDr/+z/6f/r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/8v/5P/K/xYA6v/n/+r/FAAAAO7/AAAAAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/p/+n/7P/s//L/5f8XAOz/6f/p/+z/7P/y/+X/FwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9H/GQDX/+z/6v/o/9T/7/8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P8UAPP/6//s/+z/7P/5/+7/8//s/xQA7P/s/+D/AAAAAAAAAAAcAPj/7P8UAOv/7P/r/+3/7P/0/+z/AAAAAAAA8v8AABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/9P/5/wAAAAAAABgA+f/s//j/AADt//r/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/d/93/4v/s/9H/5//s/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t//r/5P8UAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/F/8D/+P/O/+z/vP8AAPj/zf/R/+n/5v8AANX/AADs/xQA7P/s/+3/7P/s/+z/7P8UAPP/7f/u/+//7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/6//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AANv/w//N/+P/CADk/xQA7P/s/+7/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADt/+3/AAD3/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//T/7P8UAO7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/+v/s/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7v/y/+z/7//t/xQA7P8AABAAAAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7P8kAPb/8//5/+n/6f/q/wAAAAAAAAAAFgAAAAAAAAAAAAAAAAAAAAAAAAAAAO//6/8WAOv/7v/r/+r/6v/s/+z/FQDs/+3/7P/r/+v/FADs//P/AAAAAOz/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/1/wAAAADs/+z/7v/s/+z/7f/7//j/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAD5//X/AADs/xQA7P/s/+z/7P/s/+z/AADc/9n/7f/w/+j/BwDj/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+3/7P8UAO3/2P/a/xMA3//f/xAA5//i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6//Y/+b/1f/I/+b/IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADu/wAAAADs/+3/AAAAAAAAAAAAAAAAAAAAAAAA8v/2/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//T/7v/w/+z/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvP8AAPb/qP+g/wwA7P/t/9f/DwDo/9X/5f/m/9n/3P8UAOz/7v/s/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/3f/s/xQA5f8AAOz/AAAAAPL/AAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAD6/+3/+v/s/wAA9P8UAAAAAAAAAAAAAAAAAAAAAAAAANf/3P8VAMD/7P8AAAAA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/5P/X/97/5P8sAOL/0//y//b/7P8AAAAAFADs/+z/7v/s/+z/7f/s/+z/FADs/+3/7//t/xQA+P/s/+z/7v/4/+7/7f/5//r/6/8WAAAA8f/s/+z/8P/2/+z/FADt/93/7P/n/+X/7P/d/yIA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/f/xMA3f/u//f/6v/u/9D/RgDc/+//0//d/83/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+v/7f/s/+P/6//r/wAAAAAAAAAAAAAAAAAAAAAaAOf/1f/g/+H/1//U/9v/AAAUAAAAAAAAAAAA9v8AAOz/7P/u/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPf/AAAAAAAAAADr/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/8P/3//L/FADq/+z/7P8WAOn/7P/g/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+z/3P/s//r/9f8XAPH/4//c/+P/6f8AAOH/IADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/p/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//H/7P/s/+z/FADu/wAAAAAAAPH/9/8AABMAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//H/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAA+f/x/wAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/4v/r/+v/1/8AAOn/9P8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAFQDp//P/9f/s/+v/6v/l/wAAAAAAAAAAAAAAAAAAAADs//b/7f8AAAAAFAD0//j/1v8bAOD/4v/q//L/5f/h/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/u/+//7/8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAA6v8AAAAAAAAAABYAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAQAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/8v/5P/K/xYA6v/n/+r/8v/3/+7/8P/x/xQA8v/s/wAAAAAAAAAAAADs//f/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAPT/+v/7/xIA9v/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/u/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/8v/z/+b/+P/u/yQA8//r/+z/7P/q/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P/v//H/7//1/+7/8/8VAPT/7//x/+//9f/u//P/FQD0/+r/6//s/+7/6//r/xYA6v8AAAAAAAAAAAAAAAAAAAAA6v/r/+z/7v/r/+v/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+z/9f8TAO3/2P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAOL/7v/q/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD4//H/7P/s/+z/7P/i/+H/6v/r/9j/6/8cAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPL/7P8AAPf/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xUA6v/s/+z/7f/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPn/7/8AAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA+f8AAOz/7P8VAOv/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/xsA4P/i/+r/8v/l/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+//7v8AAO//7P8UAPP/8P/w//D/+P/5/+z/FQAAAAAAAAAAAAAAAAAAAAAAAADg/97/7v/Y//X/AADZ/wAA6f/q/+j/5f/t/xQA7P/s/wAAAAAAAAAAAAAVAAAA7v8AAAAAAAAAAAAAAAAAAAAAxP/X//r/1v/M/w4A4v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/7f/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/o/+v/FwDr/+H/6v/g/wAAAAAAAAAAAAAAAAAAAADg/+v/IQDc/+b/2f/Z/+z/AAAAAAAAAAAAAAAAAAAAAO3/7f/y/xQA7f/s/+z/7P/u/+3/7f/s/+//FADs/+z/7P/s/+z/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+r/6v/s/yEA6//a/+3/7v/2//D/AADs/xQAAAAAAAAAAAAAAAAAAAAAAAAA8f/7/+b/8P8AAB4A7P/g/wAAAAAAAAAAAAAAAAAAAADZ/+v/2f/s//j/IADa/+z/6//k/+v/5//f/wgAAADd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/+3/AADt/97/GADb/xQA7P/t/+z/7v/s/+z/7P/s/+7/7P/z/+z/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/yUA5P/q/+7/2v/b/+n/AAAAAAAAAAAAAAAAAAAAAOb/JQDk/+r/7v/a/9v/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAJQDt/+7/AAAAAAAAAAAAAAAAAAAAAOz/+P/4/+z/8P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/y/+z/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/y/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+//7f8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/y//b/9f/s/+z/7/8UAOz/7f/v/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/t/+z/FADs/+n/3f/s/9j/6v8VAOz/5//s/xQA7P/s/+z/7P/r/+z/6f/r/xcA6f/q/+n/3v/g/wAAAAAAAAAAAAAAAAAAAADs/xsA7f/w/wAA7//a/+z/7P8UAO7/7v/4/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/x//b/AAAAABcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9P/v/wAA8f/y/+3/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/7/+//9v/4/xUA8P/t/wAA7P/r/wAA9P/y/+3/FgAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7P/s/+3/7P/s/+//6//X/7H/CADH/9r/1/8WANH/wf/X/8H/zv/z/8b/7P8AAAAAAAAAABQA9/8AAOz/AAAAAAAAAAAUAPf/AADl/9X/6f/f/+v/1f8sANj/7f/7/+//9v/4/xUA8P/t/+b/8P/t//X/+P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPL/8P8AAO3/AADs/+z/7P/s/+z/7P/s/xQA6f/o/wAA7P8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6v/r/+z/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/7f8AAAAA+/8UAPD/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+n/6//r/+f/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7P/s/+z/7P/y/wAA9/8AAAAAGgAAAAAAHgAAAPb/AAAAAOP/6P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/u/wAA7v/s/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AABQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/2f/l/+v/9v/n/x0A6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9f/6/+z/7P/t/xUA+P8AAAAAAAD6//L/AAARAOz/7P/v//H/7P/s/+z/FADx/+z/7P/w//b/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD5//D/7f/u/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/3v/r//P/AADs/xIA2/8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/8/8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+n/5P/c/+3/6/8WAOD/9f/0//T/+/8AAOz/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA+f8AANX/FQDt/+//7P8AAOD/7P8AAAAAAAAAAAAAAAAAAAAAy//V/8P/sf/e/xkA5f8AAOz/7P/s/+7/7v8UAOz/7P/s/+z/7f/s//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAPAAAAAADx/wAAAAAAAAAADwAAAAAA8f/0/+z/AAAAABQA7P/s/8r/7/8UAAAAAAAWAOj/2P/x/wAAAAAAAAAADwAAAAAA6v/s/+z/7f8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAYAAAAAAAAAAAAAAAAAAAAAADx//T/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAPj/FADv/+z/FADs/+z/7f/w/+z/6//s//H/9P/s/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/f/+T/6P/f/+f/4/8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7v8AAPH/8P/s//D/FAD6/xkA9P8AAO3/AADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//D/6/8VAOz/EwD6/wAAAAAAAPf/9f/v/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/r/+z/6//r/+v/zv++/wAA1//s//D/AADX/+r/JwDs/+7/9v/r/9n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/FADs/+z/7P/l/9j/2f/g/93/1//W/yQAAAAAAAAAAAAAAAAAAAAAAMv/2v8nANT/4P/T/7f/5//c//H/yv/n/+P/4v8AABMA6/8VAOr/8f/s/+v/7P/t/xQA7/8AAPb/AAD1/+z/+P8AAAAAAAAAAAAAAAAAAAAAuP/W//P/sP/k/7L/AAAmAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAADwD0/wAA1f8uAPP/5f/h/9b/0P/S/wAAAAAAAAAAAAAAAAAAAADq/+r/7P/s/+z/FADp/+z/4v/x/wgAuv/z/+H/uf/U/9//6f/o/9z/9f8AAAAA3f/p/+L/w//G/xQA2v8AAPD/AAAAAAAAAAAAAOz/+f8UAAAAAAAAAAAAAAAAAAAAAADr/+X/9P/1/wAA6/8cAAAA7P8VAOv/7P/q/+n/5//s/+n/6f/p/+X/6v/p/xkA3/8TAPX/8/8AAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAA2P/X/9z/3f8VANj/3P/n/+v/8f/q//n/JQDY/9n/zP/U/+b/5v/k/9r/KwDn/+n/6//s/+z/7P8VAOz/7P/r/+v/7f8AAPb/7P8VAPn/5/+7/7//AAC//93/7P8AAAAAAAAAAAAAAAAAAAAAAAAAANf/2P/S/xAAz//f/+H/AAAAAAAAAAAAAAAAAAAAAOP/EQAAAO3/AAARANj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/4v/j/+f/5v8dAN//5P/l/xQA7P/s/+//AADZ/9j/5v/r/87/3P8AAO3/+v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIP/7v/e/8f/5P8PAAgA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/3P/H/87/8f/e/9z/IwDx//v/5v/w/wAAHgDs/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/2/+7/6f/6/+z/EgDw/+z/FADs/+3/6//s/+v/7P8UAOz/7P/t//D/7f/s/+3/1P8sAOf/3//l//b/1//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/+//7v/w/+7/7P/t/xwA5v/o/+f/6f/j/+T/3/8AAAAAAAAAAAAA+v8HAAAAFADs//L/7v/t/+z/7P/s/xQA7v/0/+7/8P/s/+z/8P/u/+7/7P/0//D/7P8UAO7/AAAAAAAAAAAAAPr/CwAAAAAA+v8AAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s/+z/7/8AAOf/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0AAAAAAAAAAAAAAOP/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P/s/+//AADn/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+//+f8AAAAAEgD3/+3/7P/s/+3/7P/s/+z/FADs/+z/7P/u/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAVAAAA8v/2/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO//7//u//D/7v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAO3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/l/+X/9f/q/+n/GADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//x/+//9f/u//P/FQD0/wAAAAAAAAAAAAAUAPX/+/8AAAAAAAAAAAAAAAAAAAAA6v/r/+v/6P/o/+T/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAADv/xMAAADp//D/7f8AAAAA7/8hAAAA7f/o/+z/8P8AAPb/FQD2/+r/7P/s/+z/7P/s/xQA7P/t/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s/+z/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAA7P8AABQA7P/s/+z/7P8AAPX/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AAAAAAAAAAO//HwAAAOz/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA6//s/+z/7P/r/+z/AAARAAAAAAAAAAAA9f8AAPr/CwAAAAAAAAAAAAAAAADc//L/FADi//L/8//l/+n/7f8UAO3/7//y/+z/7P/v/wAAAAAAAAAAAAAAAAAAAADs/+v/8//z/+3/7P8VAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/w/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABkA6//p//T/7P/q/+T/7P/r/+v/7P/t/+7/7P/s/xUAAAAAAAAAAAAAAAAAAAAAANH/0f8AAOj/l//E/+z/HADf/9j/AAD6/+3/x/8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//1/+7/6//r/+v/4f/q/9j/1f/U/wAA6P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOz/6v/x/+v/6v/q/wAAAAAAAAAAAAAAAAAAAAAVAO3/6v/u//D/6//3/+3/FADs/+z/8P/z/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAPAO3/+P8AAAAA8f/q//L/BwDZ/93/8P/o/wcA5P/V/wAAAAAAAAAAAAAAAAAAAAAJANb/xf/G/+r/8/8AAOz/AAAAAAAAAAAAAAAAAAAAAAAA1//j/87/1v8JAMz/sf/s/+z/7f/s/+X/7P/s/xQA6P8AAPn/AAAAAAoA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//n/+L/4P8YAOr/0//q/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/yf8AANT/zv/W/8f/8f/y/wAAAAAAAAAAAAAAAAAAAAAUAO//7//u//D/7v/s/+3/HADm/+j/5//p/+P/5P/f/xQA7P/y/+7/7f/s/+z/7P8UAO7/9P/u//D/7P/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/9j/5f/r/9//AADl/xMA6//r/+z/7f/t/+z/7P8VAN//AADi/9H/z//n/7b/AADs/xQA7P/s/+z/7P/s/+z/FwAAAOH/7P/v/8z/yf/a/w0A0f/b/8X/u//G/8v/IAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAALANr/AAAAAAAA7P/e/wAA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/7//t/+n/6//r/xYA9v/r/+3/AADu/+n/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA5P/k/+X/3P/6/83/4f8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7//t/+r/FADs/+H/+f/q//f/AADr/xYA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+j/6//x//b/GQDr/9n/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+z/8P/s/+7/7f/Z/+v/6v/t/+n/2P/b/yYAGADm/+b/6//q/+r/6v/n/wAAAAAAAAAAAAAAAAAAAADZ/9T/6f/P/+f/4P8nANn/KQDp/9n/3v/h/9j/1v/X/wAAAAAAAAAAAAAAAAAAAADk/+z/7P8AAPD/7f8ZAO3/8v/0//D/AADv/xUA6/8AAOz/7f/7/+3/7//s/+z/FAAAAA8A6//q/+r/6f/d/9//1v/p/+z/7f/t/+z/JADs/yQA3//l/9n/2P/b/8n/7f/n/+D/4f/l/+b/KwDR/97/5//X/xMA4f/i/xYA2v/N/wAAAAAAAAAAAAAAAAAAAADS/+j/5v/k/9b/EwAAANP/7f/L/7X/v//R/wsAAAC6/+z/7f/w/+3/AAAUAOz/7P/Y/9n/2f/c/+L/AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+X/FAAAAPr/DQDs/+z/FADs/+3/7P/u/+z/7P/s/7T/z/+4/6j/2f8GAMj/BQDq/wAAAAAAAPf/4/8AACYA4v/s/+7/7f/u/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/v/+3/FADs//H/EAAAAAAAAAAAAAAAAAAVAOr/7f/u/+z/6//r/+n/7P/s//H/8//t/+z/FAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAO3/9v/3/+z/7v/s/xUA7//v/+//AADs/+r/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwA5//n/wAAAADh/9T/5v8aAOX/3f/x/+//7//s/+b/FADo//f/9f8AAOz/6v/s/wAAAAAAAAAAAAAAAAAAAADd/9P/1//H/8r/3f8qANv/5//X/9//4//Z/woA4v/7/+z/7v/y/+z/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAA2v8kAPb/+v/e/+r/7v/Y/+z/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA5v/o/+b/6//q/+P/6//s/+z/7v/s/xQA7P/s/+3/7P/t/wAAAAD7/xQA8P/s/ykA4f/W/9L/3v/P/9H/0f8ZAOX/4P/d/97/6v/p/+T/DgDd/+T/2//Y/+b/5v8AAOz/FAD6//L/7f/t/+z/7f/i/+f/4//m/+f/3P8eANn/IgDg/+L/5f/h/+X/2//Z/wAAAAAAAAAAAAAAAAAAAAApANf/wv/W//v/3v/f/9T/AAAAAAAAAAAAAAAAAAAAAOL/3P/c/+T/6//f/x0A7P/s/+z/7f8AAAAA7f8UAPf/3f8AAAAAAAAAACMAAAAAAOv/5f/0//X/AADr/xwAAAAAAAAAAAAAAAAAAAAAAAAA2//c/+z/6//k/yQA6v/Y/+z/AAAAAAAAAAD7/xsAAAAAAAAAAAAAAAAAAAAAAAAA3P/a/9v/6v/b/93/AAAPAAAAAAAAAAAAAAAVAAAA7P/s//T/7f/u/+//7f8UAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/9//6/+z/7f/s/9//AADR/9P/z//D/wAA+P8AAAAAAAAAAAAAAAAAAAAA3f/Y/7P/y//b/9b/MADS/wAAAAAAAAAAAAAAAAAAAADo/9H/2f/e/93/6/8VAOr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7f/s/xQA7P8UAO7/9P/u//D/7P/s//D/AAAAAAAAAAAAAAAAAAAAAOn/6f/s/+z/8v/l/xcA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//4//j/8z/6f8UAN//7P8AAAAAAAAAAAAAAAAAAAAA6v/y//n/5f8AAOn/GwD0/+//4//j/8z/6f8UAN//7P/s/+z/7f/t/+3/7/8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/w/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADq//T/+f/t/+b/4//i/wAAAAAAAAAAAAAAAAAAAADj/x4A4//n/+b/5f/f/+H/AAD4/wAA+//s//D/AAAXABQA7P/x//b/7//t/+z/7P8AAAAAAAAAAAAAAAAAAAAA+v/t//r/7P8AAPT/FAAAALb/+f/D/9H/zv8dALz/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/t/+z/8P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/7v/4/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAA+f/y/+z/9/8VAAAAAAAAAAAAAAAAAO//GAAAAAAAAADy/wAAFAAAAOz/7f/s/+z/7P8UAOz/7P/s/wAA9f8AAPn/7P/v/wAAFwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/FADs/+z/7P/k//j/4//n/wUA1v/p/wAA5//n/+L/4P8YAOr/0//q/+z/7P/s/+z/6//s/xQA7P/c/9L/1f/U/9P/z//j/yoA1f/T/+H/6P8ZANr/2f/5/+T/FQDq/+v/1//k/+v/5v/Y//r/9v/q/9v/3//m/ygA6v/r/wAA9//u/+z/7P8WAO3/7f/x/+3/8f8UAOz/7P8AAOz/7P/s/+3/6/8HAOz/6v/Y/+7/5//x/93/9v8KAOT/2P/c/9z/2//b/9X/LgDf/+n/+v/c/wAA6f8YAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//n//j/AADW/+//9/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/AAD1/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/z/+z/+f/s/+z/FAAAAOz/7P/s/+3/6/8HAOz/AAAAAAAAAAAAAAAAAAAAABIA5f/p/+v/2f/o//r/4P8AAAAAAAAAAAAAAAAAAAAA7P/Y/+n/2f8dAOr/6//r/wAA9f8AAAAAHAAAAAAA8v/b/9//3P/r/xsA7P/m/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8lAAAA7/8AAAAA6//e/wAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAA7v8UAAAA2//x/9n/0P/R/8//1P/t/+j/uv8YAAAAAAAAAAAAAADz/w8AAADx/+P/2P/Y/87/0v/G/xEAAAAAAOr/5f/j/9L/3P/e/9v/8v/L/8j/tv/A/8X/KQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xwA1//X/9n/5f/h/+j/AAAAAAAAAAAAAAAAAAAAAOP/HgDj/+f/5v/l/9//4f/W/wAAzv/X/9f/AADs/93/6//q/+z/6//t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/a/+7/AAAAAPP/IwAAAOz/FADt/+z/8P/s/+7/7f8NAOz/7P/w//P/7f8IAOv/AAAAAAAAAAAAAAAAAAAAACMACQDS/8//1v/H/8n/1f/k/xcA6P/d/+z/6v/i/9H/7f8UAO3/7//y/+z/7P/v/wAAAAAAAAAAAAAAAAAAAADr/xcA7P/t/+z/5P/r/+z/AAARAAAAAAAAAAAA9f8AABUA6//s/+z/7P/r/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xUA7P/r/+v/7P/q/+z/3v80AAAA9f8AAOf/1P/k/+z/FADt/+//7f/s/+z/7f/x/xQA8P8AAPb/7P/z/+7/1v8kAAAAAADf/+r/8f/Z/wAAAAAAAAAAAAAAAAAAAADR/zAA4v/e/9b/3P/g/9f/GwDk/+f/7f/4/+b/4P/k/wAAAAAAAAAAAAAAAAAAAADs/xQA7//3/wAA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOL/4//j/9b/3v/Z/yYA5f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+v/7P/s/+3/7P/6/+z/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAFADt/+3/+f/w/+z/7P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v8AAO7/7v8UAO7/AAAAAAAAAAAAAAAAAAAAAOz/7P/t//b/7f/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/y/+z/7//t/xQA7P/s/+z/7v/v/+3/6v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/+v/0/wAAAADx/xsA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P8UAOz/7P/s/+z/7P/s/+z/8//s/xQA7P/T/wkAuP+h/+v/sP/2/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+T/7P/s/wAA6/8UAPf/6v/t/+z/6v8AAO7/FADs/wAAAAAAAAAAAAAAAAAAAADr/9X/xf+0/wAAIAAKALH/6//v/+z/FAD2/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADS/8f/w/8NAPr/u/8AANH/9//p/+X/GQDo/8//2f/n/wAAAAAAAAAAAAAAAAAAAADj/xEAAADv/wAAEQDY/+z/4/8cAPn/5/8AAPn/+v/n/+j/6f/p/9j/6f/h/+z/KAAAAAAAAAAAAAAAAAAAAAAA0v/X/97/7P/e/9j/GQDq/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/6//3/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/FADs/+z/6//r/+z/FADs/+z/7P/s/+z/7f/C/zoAvv+p/7P/6f+w/7z/6v8WAOr/7P/r/+v/6v/s/+T/IgD2/+D/3f/q/9//3P/x/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/7P/s/+z/FADs/+z/7f/s//X/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+T/7P/s/xQA7P/a/+z/7v/s/xQA5v/6/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/t/+3/7P8UAOv/yf87ANr/zf/W/8P/wv+9/9v/3//c/+v/GwDs/+b/2P8AAOv/6v/o/+n/2v/X/wAA5v8WAOv/6//r/+n/6v/s/wAAAAAAAAAAAAAAAAAAAAALAN7/1//k/8T/6//4//P/FADy/wAAAADn/+f/5f/i/wAAAAAAAAAAAAAAAAAAAADs/+z/+f/s/+z/7P/r/xQA7P8UAPj/8f/s/+z/7P/s/wAACQAAAAAAAAAAAPf/AADe/+r/2//S/9z/6P8bAM//5/8ZAOT/6f/r/+j/3v/i/+f/FwDr/+v/6//r/+r/5f8AAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAOr/6P8UAOj/4v/s/+j/6/8AAPr/AAAAAAAAAAAAAAYA7P/t//H/9P/2/+z/7P8UAOj/6//r/+f/FgDt/+z/6v/h/yEA3//o/+b/3f/Z/+v/0v8zAOD/3v/i/9T/xv/R/+r/6f/t/wAA7P/u/+r/FADp/8X/t/8AAM//4/+1/x0AHADc/+j/5f/Z/8D/2f/w/wAAAAAAAAAAAAAAAAAAAADs/xUA7//t/+3/6v/r/+v/7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/e//H/5/8WAOn/3//7/wAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAA7P8UAOz/7P/o/+j/7P/s/wAAAAAAAAAAAAAAAAAAAAD6/+3/+v/s/wAA9P8UAAAA6/8YAOr/7f/r/+n/5v/q/wAAAAAAAAAAAAAAAAAAAADW//T/3v/Y/+L/0P/l/yMA7P/t//H/9P/2/+z/7P8UANH/NADY/+n/zP/d/9j/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAADU/zQA3//Z/+P/6//L/8z/7P/s/+3/+//4/+3/FAAAAAAA7f/6/+z/AADx/xQAAADr/xcA7P/t/+z/5f/r/+z/7P/s/+7/+v/z/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/6//s/+n/6P/l/xoA7P/s/+z/7v/t/+z/FADs/+n/1v/c/+H/6f/T/9L/LQDs/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+v/FQDr/+r/7P/r/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDs/+7/9v/4/+z/5f/w/wAAAAAAAAAAAAAAAAAAAADn/xUA6v/s/+z/7f/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAADs//v/FADx//H/+P8AAPD/7P8AABQAAAAAAAAAAAAAAAAAAAAAAOz/+P/4/+z/8P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAPr/AAAAABUA7v/s/+b/8P/t//X/+P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAADx//v/7P/1/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADr/+z/+f/t/+z/6/8VAPH/7v8aAAAAAAAAAPf/5f/w/wAADgAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAA2f/l/+n/8P/p/wAA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8cAAAAAAAAAAAA4//p/+z/7P/s/+z/7v/o/+z/FADy/wAAAAAAAAAAGADt/wAA6v/s/+z/7P/s/+z/FADs/+z/FADw//L/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAGAD0/+z/7f/v/+z/7P/Z/wAAAAAAAAAAAAAAAAAAAADq/+n/3f/m/+z/6P8aAOj/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/9/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAACgDY//H/9v/q/+b/9//r/+z/6//z//P/7f/s/xUA7//s/+z/7P/t/+7/FADs/+z/7P/z//D/9f8AABUA7P/s/wAA9//r/+f/6v8TANP/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/z//f/+v/1//W/xsA6f/G/+b/yP/B/87/zP8jANX/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+n/7P/p/xUA7P8AAAAAAAAAAAAAAAAAAAAA6f/v/+P/9/8AAOz/GAD2/+//EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/6f8dAOf/5f/c/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+n/5P/Z/+r/5P8XAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+j/5P8YAOv/2f/p/+n/6//o/+n/FwDp/+n/5//m/wAAAAAAAAAAAAAAAAAAAAAUAOz/7v/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/4v/Y/9b/5/8HANf/AADu/+3/7v/r//L/FQDs/+v/2v8kAPb/+v/e/+r/7v/Y/xQA7P/t/+z/7v/s/+z/7P/q/+b/9f/n/+b/FQDr/+z/4v8AAAAA7P8AACQA6//s/wAAAAAAAAAAAAAAAAAAAAAFAOz/6//w/+3/AADr/97/CgDw//H/AAAAAPb/9f/7/yYA7v/w//X/8//z/9r/7f8UAOz/8v/u/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAN//7P/n/+r/4f8VANP/7P/s/+z/AAD1/xQA7P/s/+z/yv/j/9f/2/8nANj/3//X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA6//n/+D/5f/m/+T/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xsA5P/m/93/5f/l/+b/5P8bAOT/5v/d/+X/5f/m/wAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAPf/AAD2/xMA8//t/9r/7P/s/+v/7P/n/yEA2f/r/+X/9P/1/wAA6/8cAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FwDw//r/6//t//f/8P/x/+7/8P8UAPD/7P/t/+z/7P/s/+3/7P/t/+z/FADs/+n/+P8AAAAAAADs/xgA+f/q/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAN//9v/5/+7/9P8VAOz/6/8UAOv/7P/3//j/7P/s//D/8P/s//T/7P/w/xUA7P/q/+D/3//k/+j/3//n/+P/IADu/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAN7/5P/i/+f/6P8dAOL/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAOL/2P/j/+b/1v/Z/9L/FADv/wAAAAAAAOz/7f/4/+r/6f/p/+r/6//o/xcA6f/p/+r/6P/l/+3/FADs/+z/6/8VAAAA9//s/+z/+P/s/+H/4v/a/wgA5f/Q/w0A1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/t//r/7P8AAPT/FAAAAOn/1v/q/+3/7f/u/ycA5/8AABEAAAAAAAAAAAD1/wAAAAAAAAAAHAAAAO7/+v8AAAAAAAAAAAAAAAAAAAAAAADk/xUA6v/r/9f/5P/r/+b/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMb/2P/r/+r/9P8XAOr/6//u/wAAAAAAAPH/9/8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAPn/7P/v/wAAFwAAAAAAAAAAAAAAAAAAAAAA9f/6/+3/8v/z/xEA9f/w/wAAAAAAAAAAAADz/wAADQAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/r/9z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+v/6/8XAOr/6//r/+X/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/6//2/wAAAADs/wAAFADs/+z/+//X/+b/5//p/9b/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/X/wgA1P/V/w4Awf/P/+z/7P/s/+3/7v8UAOz/7P/m/9n/3f/m/+T/AADi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA9v/w//T/+/8AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6//r/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/9P/u//D/7P/s//D/7f/7/+//9v/4/xUA8P/t/wAAAAAAAAAAAAAAAAAAAAASAOX/6f/r/9n/6P/6/+D/AAAAAAAAAAAAAAAAAAAAAOr/2P/o/xMAAADX/9v/2v8AAAAAAAAAAAAAAAAAAAAA1v/v/+v/4v/q/xkA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/9j/5P/Z/wAA6//j/xMAAAAAAAAAAAAAAAAAAAAAAN//4//i/9n/5v/T/x4A4f/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/u/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/r/+z/6v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/a/+3/3P/x/9b/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+n/6v/r/+j/FwDp/+b/8P/t//X/+P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJ3/vv/x/6L/rf+4/0IA0P/j/93/GADm/+7/2f/s/9z/7//s/+3/AAAAAPr/FAAAAOz/FADt/+z/8P/s/+7/7f/f/+3/8v8AAAAA5v8eAPv/7P/s/+z/7v/v/xQA7P/s/wAAAAAAAAAAAAAIAAAAAAD5/+v/7P/p/+z/HADV/9n/6f/a/+z/2//e/+v/FQDs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/3f/n/+r/6v/o/xAA0//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/P/+L/CADj/wcA2P+1/+n/6/8WAOr/6v/r/+j/5//b/+L/5//J/+v/GwDj/+X/HgDW/+T/xv/l/+b/1v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/2/+7/AADx//D/7P/w/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA+v8AAAAAAADs//P/AAAAAAAAAAAAAAAAAAAAAPL/9v/s/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+7/4P/e/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAD4/+T/+P8lAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w//H/7v8UAOz/6//o/wAAAAAAAPT/8f8AABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/8P/t//X/+P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6v/q/+3/6/8WAOj/6/8AAAAAAAAAAAAAAAAAAAAA5P/5/+z/AAAAABMA7P/w/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/IgDh/9z/5f/O/9f/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/u/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/7f8AAOD/8P/h/wAAAADt/wAA+f/6//b/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4A8/8AAPH/7f/k//L/5f/3/+v/CgAdAAAAAAAAAAAA8v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/1/wAA+v/w/ykA3v/t/wAAAAAAAAAAAAAAAAAAAADv//L/AADt/wAAFAAAAAAAAAAAAAAAAAAAACcA9f/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8YAOf/7//r/+n/6P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+f/u/wAAAADu/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAEgDY/9r/2f/u/+z/AADY/wAAAAAAAAAAAAAAAAAAAADW/+//7v8UAAAAAADs/+7/AAAAAAAAAAAAAAAAAAAAAOr/FgDs/+X/5v/V/+v/7P/l/+r/7f/t//T/AADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACu/8L/MAD2/7//0v/a/8//7f/v/+3/FAD4/+z/7P/u/9//6f/v/+H/5f/n/+n/IAAAAAAAAAAAAAAAAAAAAAAA5v/s/wAAAAAAAAAAGwAAANv/7P/z/xQAAADj/+f/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/8//4//D/7f8UAOz/7P/q/+j/FgDR/+H/6//r/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+H/7P/r/xcAFADv/wAA9v8AAPX/7P/4/wAAAAAAAAAAAAAAAAAAAADs/+v/2P/m/xMA4/8AAN7/7P/s/+z/7P/z/+z/FADs/wAAAAAAAAAAAAAAAAAAAADp/xMA2P/Y/9j/6v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/x/wAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/2//D/AAAAAPn/EgD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8/8AAAAA7P/s/+3/FADv/+z/7P/u/+z/7P/s/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA6P/i/+n/5v/o/xgA6P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAADs//H/AAAXABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAPf/AAD2/xMA8//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADq/+j/4//q/+b/6P8XAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+n/6//r/+f/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/p//j/AAAAAAAA7P8YAPn/4v/h/+r/6//Y/+v/HADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8AAPr/8P/e/9n/6f8pAPj/7v/t//n/+v/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAABgAUAPL/7P8AAPf/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/u/wAA8f/w/+z/8P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/X/ykA3f8AAN7/8P/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//1/+z/7v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAA+f/y/+z/9/8VAOz/6v8AANv/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+P8AAO3/8//s/+z/FADy/wAA+v8AAAAAFQDu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/3//H/AADz/9r/EgAWAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADq/+z/AADo/9j/6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+3/8P/5/xUA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqf+2/9//DQC8/+3/5P/p/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADt//b/+P8AAPj/7P/n/+z/7P/s/+z/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//v/9/8AAAAA9/8UAPf/2P8UAAsA5f/z/93/1//e/+X/7P/s/+X/6//s/+z/FAAAABQAAADy//D/AADt/wAAAAD2/+//+f8AAAAAEgD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7f8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6//s/+3/7f/s/xsA7P8gANX/zP+9/97/0//F/8r/AAAAAAAAAAAAABAA8f8AACoA3P/c//H/4//f/9X/5v/u/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+z/7P/v/+v/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//L/FADs/+z/AAAAAAAAAAAAAAAAAAARAMD/0//2/83/0f8TAMP/rf8AAAAAAAAAAAAAAAAAAAAA6v/q/+v/6v/p/xYA5//r/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P/x/+3/9v/s/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+b/2//g/+X/5v8bANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+n/FwDq/+//6f/p/+r/7P8AAPb/8P/0//v/AAAFANL/+v/3/7z/4P/D/wkA9/8AAAAAAAAAAAAAAAAAAAAA7P/l//H/AAAAABUA7P/6/wAA9v/v//n/AAAAABIA9/8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/4v/y/wAA6/8AAAAAAAAAAAAAAAAAAAYAAADu/+3/7f/s//D/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+b/+f/j/+z/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAPn/AAD2/wAAEgAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAD6/wAAAADu/wAAKAD1/9j/AADr/+z/6f/s/wAAAADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv//p//v/4f8AAOn/IgDK/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgD6/wAAFAAAAAAAAAAAAPv/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/s/xQA8P8AAPT/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q//P/+P/x//T/FgD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/0/+H/7/8aAPj/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPf/AAAAAPj/IgDx/+z/7f8AAAAA+/8UAPD/7P/s/+z/9f/4/+7/7P8UAPr/+f/s/+7/7//s/xMA7P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/h/xcA6//4//H/5P/r/+v/5f/s/+z/7/8AABAA2f8AAAAAAAAAAAAAAAAAAAAAHgAAAPb/AAAAAOP/6P/2/+7/8f8AAOz/AAAUAAAAAADZ/wAA2P/Y/+3/+v/X/wAAAAAAAAAAAAAAAAAAAAAAABUA7P/r/+z/7P/q/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/sP8AAM7/w//5/9z/nP/a/+z/7P/s/+z/5/8UAPH/6/8AAOv/3v/Z/+7/BgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/a/yEA3f/k/+j/7P/k/9X/7P/s/wAA4//2/+v/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAPX/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/r/+z/7P/q/+v/6/8AAAAAAAAAAAAAAAAAAAAA8v/0//D/AADv/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAOz/6//3/wAA9v/u/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/yMA6//Y/wAAy//6/+z/FADs/+z/7P/s/+z/7P/j/+H/4v/e/wsA2P/V//v/AAAAAAAAAAAAABQA9f/7/wAAAAAAAAAAAAAAAAAAAADb/9j/6v/c/woA2P/r/wAAAAAAAAAAAAAAAAAAAAAAAL3/CQDe/6//xf/f//X/t/8AAAAAAADy/wAAFAAAAOz/6v/s/+3/7P8UAO3/7P/s/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7//t/+r/FADs/wAAAAAAAAAAAAAAAAAAAADt//v/7//2//j/FQDw/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAFgDv/+7/AAAAAOv/6P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAO7/AADu/xQA7//s//D/8v/0/+P/+//o/xUA7P/x/+z/FADw/wAA9P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xMA7P/a/+3/AADZ/+z/7P/s/+7/AADu/+7/FADu/wAAAAAAAAAAAAAAAAAAAAATANb/1v8JANz/3//L/9z/6v/p/+n/6v/r/+j/FwDp//j/AAAAAAAA+v/y/wAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/2P8AACEA5//Q/+b/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//n/7P/s/+z/6/8UAOz/7P/5/+z/7P/s/+v/FAAAAAAA7f8AAPj/5P/4/yUAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+r/2P/U/9X/4v8AAAAAAAAAAAAAAAAAAAAA1v/S//n/EgDf/+b/FgDb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8AAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/s//j/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//f/7v/w//H/FADy/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+j/6v8aAOr/5f/l/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//b/+P/r//T/5P8AABoAAAAAAAAAAAAAAAAAAAAAABUA9f8AAAAAAAD3/+z/AADs/+3/7f/4//T/7f8UAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/8L/TwDC/8n/w/+4/8f/8v/7/xQAAAAAAAAA7P/s/+r/6P8UAOj/4v/s/+j/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8TAAAAAAAAAA0A8f8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/8v/2//X/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+L/6v/o/+v/2f8AAA0A7P/s/+z/7P/u/+j/7P8UAAAAAAAAAAAAAAAAAAAAAAC8/8//6f/f/+D/4f8LAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAPX/AAAAAAAAAADd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/Y/+P/2f/g/+L/JADk/+r/HQDs/+v/4v/e/+T/4//s/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/m/wAA7P/p/+z/7P8UAOz/7P/s/+n/7P/q/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAO3/9v8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8mAN3/5//q/9v/2P/a/wAAAAAAAAAAAAAAAAAAAADt/+3/7f8AAO//5v8ZAPX/DwDE/7//3P/W/83/BwDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA8f8AABQA7f/t/wAA8f/s/+z/+f8UAOz/7P/t//D/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/8//z/+3/7P8VAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8v/1//T/7P/s/xQA7f/t/+z/8P/t/+z/7P8UAAAA8v8AAPn/AAD2/wAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A2//n//L/6f/r/+b/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/+v/2/+r/2//f/+b/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/5f/s/+z/AADc/wgAAAAAAAAAAAAAAOr/AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/8f/1/wAA4P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAPv/7P/w/wAAFwDs/+r/AADs/+X/6v/s/xYA2v/j//b/GgDN/8//7f/U/wAA9v/v//n/AAAAABIA9//u/+3/7f/s//D/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/p/xUA6//h/+z/5P/o/wAAAAAAAAAAAAAAAAAAAADy//f/7v/w//H/FADy/+z/AAAAAAAAAAAAAAAAAAAAANj/6f/q/+r/5//S/+n/LADt/wAA+v/2//j/+/8AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAPr/AAD3/wAAAAD4/yIA8f/4/wAAAAAAAPr/8v8AABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9f/6/+z/7P/t/xUAAAAAAAAAAAAAAAAAAAAAAPb/8/8AAAAAHAAAAPr/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+3/9v/q/wAAFAAPAPT/zf/D/+//AADR/87/8v++/9f/5v8hAMP/1P/j/9P/AAAlAOv/6v/t/+7/1//r/+v/DAAAAAAAAAAAAPr/+f8AAPH/EAAAAAAAAAAAAAAAAADC/7j/KwAKAMD/xf/c/8f/7P/s/+z/7P8UAOz/7P/s/zQA5//x/wAA+v/a/9P/+f8AAAAAAAAAAAAAAAAAAAAA5v/5/+X/AAAAAOT/JADw/wAAAAAAAAAAAAAAAAAAAAAOAPf/n/+A/9f/wP/w/+P/6P/r/+r/5f8YAOL/3//L/6b/2P+u/xcA2/8AAPD/1f8dAO//yf/t/7z/zf/z/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW//L/x//W/8b/4P/A/x8A7P8UAPf/+//u/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/8UAOz/6//z/wYA0//W/+z/7P/r/+z/6//c/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7P/y/9f/3v8IAAAA+f/i/9//AAAAAAAAAAAAAAAAAAAAAKr/9v/r/yEA2P+x/8f/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FgDZ/+z/7P/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t//r/8f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/5//D/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/t/+3/7P/s/+z/AAAAAAAAAAARAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAA9f/x//X/6P/j/+b/KADd/+z/6v/s/+z/7P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAADg/+v/IQDc/+b/2f/Z/+z/GQAAAPb/AAAAAPb/6v/1/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/k//f/+P8AAAAAAADf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADr/+3/1//p/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/+z/9P/w/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMgD5/wAAAAAAAAAAz//p/xcA9P8AAAAAAAD0/+n/6//i/wAAAADs/wAAJADr/+z/7P/u//L/7P/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9f/7/wAAAAAAAAAAAAAAAAAAAADt/+z/FADt/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAWAAAAAAAAAAAAAAAAAAAA+v8HAAAAAAAAAAAAAAAAAPr/BwAAABQA7P/u/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s/+z/+P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f/s/xQA7P/M/8r/0v/Y/+L/zP8tANj/BwDl/+v/6/8AABIA2//s/+z/7f/t//r/7f/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/AAAAAO3/FAD3/+z/7f/u/wAA8//s/xQA7f8AAAAAAAAAAAAAAAAAAAAA8v/3/+7/8P/x/xQA8v/s/9n/1f/1/9T/2P/Q/wAABQAAAOz/7P/Y/+z/6v/Y/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+7/7f/5//r/6/8WAAAA7P/s/+7/7//t/+r/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/m/8n/5v/m/9z/KQDL/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//r/xYA6//u/+v/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s//P/7P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6f/s/+z/5//p/+//7P8AAAAAAAAAAAAAAAAAAAAA4/8qAOT/5f/b/+X/2f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAA8P8AAPv/EgD6/6f/sv/K/+T/CADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5//m/9r/8f8bANn/2//x/+z/7P/w//b/7P8UAO3/6v/s/+n/6P/u/+v/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgDz/wAA7P8UAOz/7P/s/+z/7P/s/yMA2v/d/9n/6f/q/9H/6/8AAAAAAAAAAAAABgAAAAAAKgDd//T/4P8AANf/0v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/7v8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAADc//X/1/+m//r/7//o/8X/GQDV/+L/1P/X/9H/2P8OAOr/2P/u/+f/8f/d//b/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA7P/t/xQAAADS/+z/7P8AAAAAAAAAAAAAAAAAAAAAFQD3/wAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAADq/+z/AADr/+z/7f/r/xUA7P8UAOz/9f8AAAAA7P/w/+z/7P/s/+7/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w//H/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/y/xQA7P/s/+H/+f/q//f/AADr/xYA7v/s/+3/7v8AAPP/7P8UAO3/+P8AAAAAAAD6//L/AAARAPj/AAAAAAAA+v/y/wAAEQDr/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8AAOj/3P/g/9r/1/8SAEQAr/+0/7v/6f+2/+b/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAPn/AADn//r/KgDt/+3/8/8AABQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/AAAAAPH/9f/O/ykAAAAAAAAAAAAAAAAAAAAAAPL/9v/s/wAAAAAUAOz/7P/w/yYA9P8AAOD/+P8AAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAAAAPr/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//L/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5//i/+P/GgDs/+n/4f/k/+D/AAAAAAAAAAAcAPj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+z/7//r/+v/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALQDb//T/6v/6/97/zP/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+v/FgDq/+z/7P/r/+r/6//n/+n/5P/Z/+r/5P8XAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/u/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/i/+n/5v/o/xgA6P/p/wAAAAAAAAAAAAAAAAAAAAD5//X/AAD6//D/KQDe/+3/+P/z//j/8P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/8//s/xQA7P/r//j/7v/t//n/+v/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/6//s//H/9//s/xQA7f/N/9H/x//L/9z/KQDU/+j/7P/x//X/AADy/xQA7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAAAA9v8AAAAA4//o//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//r/7P8AABQA7P/s//n/AAAAAAAAAAARAPP/AADs/+n/5P/i//D/5v8aAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/+z/9P/w/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/4/wAAAAAAAPr/FQAAANj/4P/o/+H/2//r/xgA2f/s//D/8/8AAAAA9P8UAPH/5f/a/+7/AAAAAPP/IwAAAOH/+f/q//f/AADr/xYA7v/s/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAA9//t/+z/FAAAAO3/7f8AAPf/7f/s/xQAFQD3/wAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/+P/0/+3/FAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAAAAAAAAAA7/8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8AAADw/wAAAADs/+T/AAAfAAAA8P8AAAAA7P/k/wAAHwAAAPD/AAAAAOz/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/r/+3/7P/j/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+//FADs/+z/7f/v/+3/7P8AAO7/FADs/xkA6P8AAAAAAAAAAOf/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/+z/9P/w//H/7//s//X/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+z/7P8UABEA7P/2//f/AAD1//j/2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/xQA7P/s/+P/6//x/+z/7P/n/+z/FQDw//T/7P8UAO7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPf/AAAAAPj/IgDx/+z/AAD5//D/7f/u/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAA+v8AAAAAFQDu/+z/7P/t/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u//n/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAO7/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P/s/+3/7P/s/+z/7P/s/xQA9//n//P/3v8AABwA6P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/JQDk/+r/7v/a/9v/6f/t//v/7//2//j/FQDw/+3/3/88AAAA+f8AAOX/1P/q/wAAAAAAAAAAAAALAAAA+v/t/+z/+v/s/wAAFADs/+z/8v/0//D/AADv/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//L/7P/v/+3/FADs/wAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/+z/7v8AAOz/FADv//H/7v/w/xQA8P/s/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6f/s/9j/AAAAAAAA4/8AAAAAAAAAAAAAAAAAAAAAw//C/+b/3//p/+H/MgDd/+z/7P/z//D/8P8UAOz/6/8IAMr/0/8NALn/xP/1/7//AAAAAAAAAAAAAAAAAAAAAOX/6//q/+v/5P8XAOX/6//X/9j/2v/c/9f/KgDX/+P/AAAAAAAAAAAAAAAAAAAAAAAA9P8AAPr/AAAVAO7/8f8AAAAAAAAAAOz/AAAAACcA7P/t/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADq/+L/6f/Z/9v/4P/o/xcAFADs/+3/7//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/GgDp/9//7P/c/9z/6v8AABAAAAAAAAAAAAD3/wAA4v8dAN//5v/p/+P/4v/X/wAAAAAAAAAAAAAAAAAAAAAUAO7/9P/u//D/7P/s//D/FAD1/+z/AAD6/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD2/xMA9/8AAPD/8f/v//X/AAAAAAAAAAAAAAAAAAAAAPH/+//3/wAAAAD3/xQA9/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADq/+v/FwDq/+z/6//m/+r/7P/u//f/9P/2/+z/FADs//L/7P/s/+7/AADs/xQA7/8AAAAAAADy/wAAFAAAAOz/AADZ/xQA5v/h/+P/2v/q/wAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAABgAAAAAAAAAAABUA9/8AAAAAAAAAAOv/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/8P/s/+z/7P/s//L/7P/s/+7/AADs/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P/y/+z/7P/u/wAA7P8UAO//6/8YAOr/7f/r/+n/5v/q/wAAAAAAAAYAAAAAAAAAAADs/+z/7P/r/+3/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8UAPH/AADu/+7/7v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//v/+7/8P/u/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P/s/+7/AADs/xQA7/8AAAAAAAAAAAAAAAAAAAYA5//n/+L/4P8YAOr/0//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7v/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA9v/w//T/+/8AAAUAAAAAAAAAAAAAAAAAAAAAAPT/7v8pANr/9f/X//j/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIACgDj//b/9f/g/8b/3f8LAAAAAAAAAAAAAAD5/wAA2P/o/+X/AAD1/+j/AADe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//r//H/7P/s/+f/7P8VAAAAAAAAAAAAAAAAAAAAAADx/+z/1//q//L/5//Y/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/5/+z/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9z/9f/1/8T/8//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/4v/D/8P/yv8AANj/xf8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/8P8iAOz/7P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADo/93/rf+0/+P/AAAVAOf/GgAAAAAAAAAAAOb/AAAAAAAAEAAAAAAAAAAAAPf/AADz/wAAAAAAAAAA7/8SAAAA4f/q/+j/6//r/+z/FADo/xkA7f/d/+D/7v/s/+b/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/3/8TAOP/4P/p//L/7P/s/+3/8f/u/wAAFADs/+z/7P/t//H/7v8AABQA7P/s//H/AAAAAAAAAAAPAAAAAADx/wAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA8f/s/wAAFADs/+z/7P/s/+3/7P/x/xQA7P/s/+n/1v/q/+3/7f/u/ycA5//x/wAAAAAAAAAADwAAAAAA8//t/xQA7P/u/+z/7P/s/+3/7v/x/+//AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA8v8TAAAAAADu/wAAAADu//P/FAD3/wAAAAAAAOz/9P8AAAAAAAAAAAAAEgDv/wAAAAAAAAAAAAAAABIA7/8AAOz/7P/s/+z/6//q/xUA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/x/wAA7P/s//D/8v/2/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//3/wAA4P8AACUA9f8AAOz/FADs/+v/9//s/+z/7P/x//T/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAND/AADQ/8n/yf/Y/wAA7P/Z/97/5v8AAOv/6//X/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//b/7P8AAAAAFADs/+z/7//s/+3/7P/t/xQA7P/s//L/9v/s/wAAAAAUAOz/7P8UAOz/7f/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOv/6f/0/+z/6v/k/+z/AAAAAAAAAAAAAAAAAAAAAOv/FgDq/+z/7P/r/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+z/8P/s/+7/7f/u/+z/+v8AAPL/7P/r/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+z/8P/s/+7/7f8AAAAAAAAAAAAAAAAAAAAA7v/s/+z/7f/s/+z/FADs/+7/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/+//4/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8/8AAAAAAAAAABkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/8r/zP/K/8j/zf/L/yoAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAADV/x4A6f/r/9j/5P/k/9b/AAAAAAAAAAAAAAAAAAAAAOT/7P/n/wAAAADr/xoA9v/5/yEA8/8AAAAAAAD1/wAAFADt/+3/+f/w/+z/7P/2//L/+/8UAAAAAAAAAOz/7P/r/+v/FwDq/+v/6//l/+r/7P/s/xQA7P/s/+z/7P/s/+r/8/8qAOL/AADX/9f/8/8UAOz/7P/t//D/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/9f8AAAAA7P/s/+7/6f/r/+b/9P/q/+f/FwDo/xQA7P/s/+3/8P/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/wAAAADs/wAAJADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/5P/c/+j/3v8AAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAPv/7P/y/+z/7P/v/+z/7P/s/+z/FADa/+P/8f/5/77/x/8RANX/FADs/+v/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAA/ANX/5P/W/8z/tv+w/9P/AAAAAAAAAAAAAAAAAAAAANn/CQC9/6H/9v/W/8//zf/t/97/6//r/wAAEQAUAOz/6f/W/+r/7f/t/+7/JwDn/9j/4P/Z/ycA4//h/9T/3P8AAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAANX/wv/K/xEA0P/s//D/7v/s/xQA7P/s/+z/7P/s/+z/3P/k/9n/5f/k/+n/DgAAAOz/7P/x/+z/AAAAABQA+f8PABAAAAAAAAAA8//t//D/AAAAAAAAAAAAAAAAAAAAAKP/uv8wALb/AAAGANv/xP/W/xsA4P/i/+r/8v/l/+H/AAAQAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/r/9j/5v/Z/9D/6P8bAOf/6v/q/+7/+P8JAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//IgDr/+T/9P/x/8v/7P/5/x0AAAAAAAAAAADq/wAAu/8zAPP/0f/g/wAAyf/U/+n/y//l/+r/4f8jANf/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+z/7P/w//b/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAO7/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/Y/+H/3P8VAOP/6//s/wAAAAAAAAAAAAAAAAAAAAD2/wAA9/8AAPb/EwDz/+3/7f/7/+//9v/4/xUA8P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/3/+7/8P/x/xQA8v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADm/+b/6//q/+r/6v/n/+L/6//s/+3/7f/s/xsA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAA7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/6v/b/9n/3f/b/9T/JAAAAAAAAAAAAAAAAAAAAAAA8//q/+r/8v/s/+v/FgDq/+T/GQDn/+H/1v/l/+j/3v/r/+D/5v/t//L/2f8eAOr/6f/m/+b/5//q/+f/GgDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+v/7P8UAOz/2f/U/+n/z//n/+D/JwDZ/+X/7P/x/+z/+v/5/xYA+v8AAAAAAAAAAAAAAAAAAAAA5f/s//H/7P/6//n/FgD6/wAAAAAAAAAAAAAAAAAAAAD7//L/7/8AAPr/8P8TAPD/FgDp/+r/8v/w/+f/6//r/9z/DAD3/97/4P/q/9z/CwAAAAAAAAAAAAAAAAAAAAAA7f/6/wAAAAAAAAAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/m/+j/6v/n/+H/GgDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FAD1/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAWAOn/6v/y//D/5//r/+v/AAAAAAAAAAAAAAAAAAAAABQA7P/x//b/7//t/+z/7P8UAO//7P/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAADh/wAA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f8AANj/7P/s/+z/7P/q/wAAFAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/AAAAAO3/FAD3/xUA6//r/+j/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAA7P/3/wAAAAAAAO//FADx/8b/EgDo/+v/2f/b//X/1P/j//r/AAAAAAAA+/8cAAAA6P/l/+j/6P/r/+r/GwDg/+z/FAD3//v/7v/t/+z/7f/t/xQAAAD4/+3/7f/s/+z/6v8AAAAAAAAAABYAAAAAABQA8v/s/wAA9//s/+z/7P/s/wAAAAAAAAAAFAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAADr/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P/Y/+z/5/8VANv/4//s/+r/5//k/+n/GADp/+b/6f/m/+z/7P/s/xQA7P/s/+z/7P/n/+L/4/8aAOz/6f/h/+T/7f/s/+z/FADu/+z/7P/s/wAAAAAAAAYAAAAAAAAAAADu/+z/7P8UAOz/7P/s/+z/AAAAAAAA8P8AAAAAFQAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAADw/wAAAAAVAAAA8f/u//D/FADw/+z/7f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/6/8VAOz/7P/r/+v/AAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/5/+z/7P/s/+v/FAD4/wAAAAAAAPr/8v8AABEA6f/Z/+j/6P8AANP/6/8RAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA3f/q/9n/7P/r/+z/4P8WAPj/AAAAAAAA+v/y/wAAEQAAAAAAAAAAAAAAAAAAAAAAAADz/9X/zv/J/9v/BwDs/+//8f/v//X/7v/z/xUA9P8AAAAAAAAAAAAAAAAAAAAA2P/m/9//3f/p/+X/HgDq/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/v/+z/7P/s/+z/5P/s/+z/AADw/+3/GQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8WAOr/6//s/+n/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+z/7P/s/xQA6v/s/+z/7f/t//r/5P8UAPn/AAAAAAAAAAAAAAAAAAAAAOz/FADu/+7/+P/u/+z/7P8AAAAAAAAAAAAAAAAAAAAA3P/q/+z/6v/s/9j/JgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7v/1//L/7P8UAPn/AAAAAAAAAAAAAAAAAAAAAOz/6//p/+v/6//k/xUA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//h/+b/4v/e/9j/3P8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDv/+7/AAAAAOv/6P/w/wAAAAAAAAAAAAAAAAAAAADp/+n/7P/s//L/5f8XAOz/FADu//T/7v/w/+z/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAPL/8P8AAO3/AADg/+z/7P/x/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xUAAADr/wAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//L/9f/0/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/+3/AAAAABQA9P/4/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAABsA7P/p//T/AADl/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/w/+v/7f/t/+r/FgDr/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/v/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPT/6/8AAAAAAAAoAPj/9P8AAAAAAAAAAAAAAAAAAAAAyv/O/+D/1P/q/ywA1//a/+f/7f/i/8//7f8fAOD/5f/s/+L/AADY/+z/AADi/+v/7f/t/+z/7f/t/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/2/wAA9/8AAPb/EwDz/+3/9v8AAPf/AAD2/xMA8//t//j/AAAAAAAAAAAQAPP/AADv/wAAAAAAAAAAEgDx/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f8UAOz/7P/2//b/AAAAAAAAEAAAAAAA+P8AAAAAAAAAABAA8/8AAOz/7P/t/+3/8P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA8v/0//D/AADv/xUA6/8AAPL/9P/x//r/7v8YAOj/9//s/+z/7f/s//H/FADs/+z/AAAAAAAAAAAAABQAAADs//b/9v8AAAAAAAAQAAAAAADt/+z/+v/s/wAAFADs/+z/7P/s/+3/7P/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8bAO3/8P8AAO//2v/s/+z/7P/s/+z/7v/o/+z/FAAVAOr/7f/u/+z/6//r/+n/6//q/+v/9v/t/+v/FQDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/wAA9P/x/+z/+v/r/+v/7v/u/wAA8f8VAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/s/+z/AADw/+3/GQDt/+v/7P/r/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA2//b/9D/1v8rAOr/3P/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/DwAAAAAAAAD4/wAAAAAAAAAAAAAAAOz/AAAAABQA+P/s/yQA9v/z//n/6f/p/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/7P/s/xQAAAAAAAAA8v8AABQAAADs//L/9v/s/wAAAAAUAOz/7P/t/+z/7P/s/+7/7P8UAOz/+f/2//D/AAAAAPn/EgD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/GQDm/+//3P/i/+j/5f8AAAAAAAAAAAAAAAAAAAAA7P/s//T/2//4/+z/FADm/87/0v/r/wwAAAAmANT/yP8UAOz/7P/t/+//7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+3/+v/s/wAA9P8UAAAA5f/s/9z/7P/6//X/FwDx/wAAAAAAAAAAAAAAAAAAAADA/9v/AADS/wAA8//0//r/AAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAEAAAAAAA+/8AAPX/AAAAABwAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/a/73/MADW/7//zv/r/wAAAAAAAAAAAAAAAAAAAADs/xQA+v/y/+3/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//FADY/+v/2P/j/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5f/d/+7/6f8oAOD/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASANn/2P/g/+L/5/8AAOv/7f/t/+z/7P/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8OAN7/zP/q/woAwf/d/wAAAAAAAAAAAAAAAAAAAAAAAOv/AADx/wAAEwDh/+r/AAAAAAAAAAAAAAAAAAAAAOj/4//g/+X/GgDh/9X/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//p/+//4f/l/+f/6f8gAO3/7f/z/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//H/AADs/wAAFAAAAAAA3f/u/+z/8P/p/xcA6//x//b/AAAAAAAAAAARAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7v/t/+7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAADQDo/+X/6P8AAAUA3P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA4f/j/+H/7P/F/93/7P8AAAAAAAAAAAAAAAAAAAAAFADt//f/AAAAAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/7f/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AANv/AADr/wAAAAAAAAAAAAAAAAAAAADV/9D/1//N/9j/x/8yAMX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDr/+3/8f/w/+z/6v/t/+f/6P/o/xcA6f/m/+f/5v8AAAAAAAAAAAAAAAAAAAAAAADa/+r/2f/r/w0A4v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+z/7P/x/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7v/s/+z/7P8AABgAAAAAAAAAAADq/wAA7v8VAPf/8//1/+3/6//y/wAAAAAAAAAAAAAAAAAAAADq//P/AAAAAAAAFgAAAPP/AAAAAAAAAAAAAAAAAAAAAOf/5P/p/xgA6f/m/+n/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+v/7//i/wAA7f8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/+z/7P8UAO3/7P/s/+3/8P/s/xQA7f/s/+3/7P/s/+7/7P/s/xQAFQDs/+3/8v/1/+z/6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/+P8AAAAAAADs/xgA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxAO//7v/s/wAAAADU/+3/7P/s/+z/7v/u/xQA7P/s/+f/FgDr/+r/6f/q/+v/6f8UAOz/7P/s/+z/6//s/+j/7P/s/+3/7P/x/xQA7P/s/wAA8v/0//D/AAAUAPT/7P8AAAAAAAAAAAAAAAAAAAAA8v8AAPf/AAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9//1//Y/+P/HwDc/+r/4f/q/+j/6//r/+z/FADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDu/+3/7f/7/+z/6v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOr/7P/s/+7/6//t/wAAAAAAAAAAAAAAAAAAAADt/wAA+v/2//j/+/8AAAUA2f/v//f/2//3/9j/GADp/wAAAAAAAAAAAAAOAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/6//f/vP/g/8P/CQD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA4v/u/+r/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+f/0//X/8v/s//r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/5//Y/9n/8//Z/ycA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/9//0//b/7P8UAOz/7P/s/+z/7P/r/+z/FADs/+r/7P/t/+z/FADt/+z/7P/t/+3/7P/v/xQA7P/s/+z/7P/s/+z/7P8fAOz/7P/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/6/wAAAAAAAA0AFQDP//j/AAAAAAAA+v/y/wAAEQC2/8X/y//f/9//4P8uAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//V/7//6f/z/9L/LwC6/+z/9P/t/+7/7//t/xQA+f/s/+z/7P8UAPX/7f/s/+z/FADs/+7/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+z/JAD2//P/+f/p/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwA5//n/wAAAADh/9T/5v/W/+f/6//f/+P/6/8eAOb/AAAAAAAAAAAAAAAAAAAAANT/4//V/9H/0f/d/87/LQDW/+n/8f/t/+3/7P8kAOv/zf/m/8f/3f/R/+z/0P8jAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//t/+z/7P/4/+z/FADs/+z/7P/s/wAA7P8UAOz/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/+f/s/xQA7P8AAAkAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAABgAAAOz/7f/s/+z/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAHwAAAPD/AAAAAOz/5P8AAO3/7f/s/+z/+f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//T/7v/w/+z/7P/w/wAAAAAAAAAAAAAAAAAAAADu/xQA7//u/+z/AADs//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAADs//b/7f8AAAAAFAD0//j/0f/3/+3/AAAAABQA7P/s/+z/AAD7/wAAAAAGABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7//q//r/+f/s/+n/6/8VAAsAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/HADp/+z/6v/m/9T/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+f/FQDs/+v/7P/s/xQA7P/s/+v/7P/s/+z/6v/r/+v/5/8VAOz/6//s/+z/7P/s/+3/FADs/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+z/7f/t/xQA7P/s/xwA5v/o/+f/6f/j/+T/3/8UAO3/7f/t/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANL/yf+//77/yv88AM//5//n/+n/5P/c/+3/6/8WAOD/AAAAAAAA8P8AAAAAFQAAAPj/2f/l/+v/9v/n/x0A6v8AAAAAAAAAAAAADgDz/wAA8f/t//b/7P8AABQA7P/s/+f/2P/r/yIAAADl/+v/5P8AAAAAAAAAAAAACwAAAPr/7P/s/+v/FQDs/+z/6//r//X/9P/0//v/AADs/xUAAADs/+3/7v/u/+7/8P8UAO//7f/s/+z/7P/3/+z/FADs/wAAAAAAAAAAAAAAAAAAAADo/+v/7P/P/9f/FgDX/+z/7P/s/+z/FADs/+z/7P/s/+P/4f/e/+X/4/8fANn/4v/M/+X/4v/i/9r/1v8kAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAA+/8YAAAAGAAAAAAAAAAAAOX/6//t/+z/7P/s/+z/7P8UAOz/7P8AAAAA+v/v/wAALwDo/+v/+f/2//D/4//w/+T/IgDi/wAAAADr/9v/AAAqANv/7P/s/+z/7P/k/+z/7P8UAOz/7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDc/9n/3v/h/9v/5P/d/wAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+r/6//s/xUA6//r/wAAAAAAAAAAAAAAAAAAAADs/+7/7P/z/+z/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//P/7P/w/+T/6v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/HQAAAAAAAAAAAOr/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/AADu/+7/FADu/+z/8/8AAAAAAAAAABkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAO7/4v/M/9L/9f/0//T/+/8AAOz/FQAAAOz/7P/s/+7/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/AAAAAO3/FAD3/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/1f/r/+z/6f/s/yIA5//Z//n/6//s/+n/7P8cANX/2f8AAAAAAAAAAAAADgDz/wAAFADu/+3/8P/u/+z/7P/t/+z/AAAAAAAAAAAVAOf/AAD2/wAAAADs/wAAFADs/+z/6v/r/+z/7v/r/+v/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoA7P/r//f/AAD2/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/r/yEA3P/m/9n/2f/s/xUA6v/t/+7/7P/r/+v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/4/wAA8P/t/+3/FAAAAAAAAAAAAAAAAAAAAAAAFwD1/+f/8v/z/9T/3P/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+7/6//r/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6/8XAOn/6v/u/9L/3P8UAOv/7P/3//j/7P/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//T/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P/k/xUA6v/r/9f/5P/r/+b/GQDM/+T/+f/w/+z/5f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA9f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//q/+r/8v/s/+v/FgDq/+z/7f8AAAAA+/8UAPD/7P/r/xQA7P/s//D/6//s/+3/AAAYAAAAAAAAAAAA6v8AAOz/FAD1/+//7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/5v/Y/+f/6v/s/x8A6v/q/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAPX/AAAAAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/2P8KANj/7v/d/wAA2P8AAN7/1//O//j/+//L/wUA7P/s/+z/7P/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/y/+H/6//f//P/EwAAAAAAAAAAAAAAAAAAAAAAAADt/xQA8//w//H/7P/s/+//AAAVAAAAAAAAAAAA7f8AAMn/y//Y/xcA8f/B//P/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAPf/AAAUANf/1f/a/+z/AADs/+H/7P8UAO//9/8AAOz/7P/t/wAA2//c/xMAzf/g/+v/0P/O/+3/zf8AAOz/3f/d/+P/FADt/+3/+f/w/+z/7P/2/+z/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5v8AAOT/9P8AAAAA3//V/9n/2f/l/wAA6P/r/9f/CwDr/+z/7v/v//D/7//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/9z/5P/X/+z/sv/n/0sAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAs/+n/8f/HQCr/wAAj/8RAN3/7v/s//D/6f8XAOv/8f/O/+3/8//g/+//LADN//v/AAAAAAAAAAAAAAAAAAAAANv/3P/k/9f/7P+y/+f/SwAAAAAAAAAAAAAAAAAAAAAA7P/Y/9j/BgAAAOj/6f/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//q/+L/5v/s/+z/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/8//v//v/AAAaAOP/7/8AAAAAAAAAAAAABgAAAAAA7P/s/+z/7P/t/xQA7P/s/+3/+//v//b/+P8VAPD/7f/p//b/FAD3//v/6P/s/+z/w/88AM3/5f/J/8v/wv/P/+v/7P/s/+z/7P/p/+z/FAAAAAAAAAAAAAAAAAAAAAAAGQDi/+j/zv/o/+D/6P/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA7P/s/+z/7v/o//D/7/8VAOz/7P/t/+z/+v/s/wAAFADs/+z/zP/Q/8//4v/y/zMA1v+6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7/8AAPb/AAD1/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA9f/z/wAAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/k/yQA0f/l/9v/y//a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOv/6f/0/+z/6v/k/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/2//D/AAAAAPn/EgD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAADu/wAAAADr/+H/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAPj/7/8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//T/7v/w/+z/7P/w/wAA3v8AAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/+z/9P/w/+z/FADu/+3/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPX/8/8AAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAA9f8AABMAAAAAAAAAAAAAAPP/AAAUAOz/7P/s/+3/7P/s/+z/6f/o/+v/FwDr/+H/6v/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/xQA7P/s/+z/7P/l/+j/7f/b/9n/EADo//T/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/FADs/+z/6v8AABMAAAAAAO//9f/t//f/AAAAAAAAAAAAAAAAAAAAANP/0//4/9H/3P/A/8//GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/9//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA7P/u/+//+P/Y/+z/7P8nAOz/7P/v/+z/7P/s/+z/FADO/+n/wP/E/8r/5P8pANP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/z/wAAAAD0/xQA8f/Y/9f/6v/j/+3/3P8pAOP/AAAAAAAAAAAAAAAAAAAAAB0AAAAAAAAAAADy/+P/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+7/7v/u//D/FADv/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/u/+//7/8UAO3/6v/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDl/+D/3f/e/+r/6f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAA+v8AAAAAFQDu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/zf/s/x0A1f/T/9T/3v8AAAAAAAAAAAAAAAAAAAAA7P/0//v/6P8AAOz/FwD1/+z/7P/t//D/8P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA6v/l/+X/9f/q/+n/GADs/wAAAAAAAAAAAAAAAAAAAADi/+P/4//W/97/2f8mAOX/4f/q/+j/6//r/+z/FADo/wAAAAAAAAAAAAAAAAAAAAAaAOX/3f/x/+//7//s/+b/AAAAAAAAAAAAAAAAAAAAAOr/6//s/+//6//r/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+v/7P8AAAAAAAAAAAAAFAD1//v/6f/d/8f/2P/l/yIA3P/q//r/5//r/+H/5f/q/wsA5v8UAO7/9P/u//D/7P/s//D/1f/r/+z/6f/s/yIA5//Z/9T/1//q/9r/DADd/wAAxP8AAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAVAOf/AAAAAAAAAAAAAAAAAAAAAAAAxv+8/8P/wP/G/y0A1P/h/9L/6v/b/9n/3f/b/9T/JAAAAOn/6f/m/+j/FQDX/9L/7P/4//j/7P/w/+z/7P8UAPv/8v/v/wAA+v/w/xMA8P/0/wAAAAD2/wAAAAAZAPr/7f/5/+7/AAAAAO7/FADt/+j/2f/Y/9n/6P/V/xsA0v/y/wAA+P8AAPj/FwDp/+v/AAAAAAAAAAAAAAAAAAAAAO3/+v8AAAAAAAAAABUAAAD0/+7/8P/t//X/FADw/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO//6P/t/+z/GwDr/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/7P/s/xQAHwAAAAAAAAAAAPb/4//3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAA9f8AAAAA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/AAD3/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAD2/xMA9/8AAPD/8f/v//X/2f8KANz/1v/W/xQA0P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+7/5//s/+z/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA3P/e/+n/7v/s/+//9v+7/93/1f/P/+r/0f88AOX/7P/s/+z/FAD1/+3/7P/s/yYA9/8AAAAAAAD4/9r/AADh/+v/7/+5/+v/JQDj/9P/AADZ/+j/EwDP/8n/8f8AAAAAAAAAAAAAAAAAAAAAAAAYAOr/6v8AAOb/5P/x/+r/4v/s/+7/7f/u/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADu/+z/7P/s/9D/yv/p/9H/0P/K/8X/NQDs/+z/7P/F/+//GgAAAOD/6//l//H/5v/q/wAABwDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//s/+v/7P/t/xMA7P/s/wAAAADu/+z/7P/q/+n/6//s/+z/7P8UAO3/6//s/+z/AAAAAAAAAAAAAAAAAAAAAOT/wf/F/7b/1P8WALP/3f/M/97/7f/e/ysA0v/d/9X/2P/r/+z/2P/r/9P/IgDp/+7/2/+I/53/qv9BAM3/vP/t/+z/AAAUAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAACMA2v/d/9j/6f/q/9T/6//6/wAAAAD5/wAA5//6/yoA3//Z/9r/3P/g/yMA2//W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAADk/yAA4P/f/+D/4//Y/+T/6f8AAOL/2//e/+n/AADq//H/7v/w/xQA8P/s/+3/7P/H/+X/2P/X/+P/CQDX/wcAAAAAAAAAAAAAAAAAAAAAAPP/8f8AAPT/FADv/wAA7P8AAAAAAAAAAAAAAAAAAAAA8v/2/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAABIA1v/F/9r/0//N/9T/7f8AAPn/+v/2/+z/AAAUAPj/AAAAAAAAAAAQAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/4P/a/+f/5f8MANX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8GAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/r/+r/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//n/+r/6//q/xcA6P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/r/+r/6//g/yQA5f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/AADM/9T/1P/v/9L/FwCl/6v/uf/b/8j/EwCp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/v/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7f/x/+z/5v8lAOn/2//r/+T/6//r/+z/6f/q/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/7//x/+v/6f/r/+r/7f/u//P/7/8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAD1/xUA+P8AAO3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/c/93/1//r/+P/5/8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//p/+r/7//s/9L/6v8nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5v/t//X/AAAVAOv/3//4/wAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAAAAAAAAAAAA9f/c/wAA5f/r/+r/6//k/xcA5f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/o/xYA0f/h/+v/6//l/9n/AADn/xQA9//h/9j/5/8AAAAAAAAAAAAAAAAAAAAABgDT/8L/z//Q/xUAwP/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//3/wAA4P8AACUA9f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/1//f/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/FADs/+z/7//v/+z/6v/r/+L/6v/Y/+n/7P/d/+v/FgAAAM//3f8MAPX/0f/1/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9L/EwDZ/9n/5//c/ysAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/y//l/+r/4v8jANj/zv8AAAAAAAAAAAAAAAAAAAAACgDK//f/wP++//D/xf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHgD0/8H/1P/t/7b/8f/n/ycA5//3//j/AAD5/9r/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/4v/h/+f/yP/m/+j/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApv/6/+z/2v/M/+z/tf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/1P/o/8v/5/8OAM//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/7P/s/+b/2P8UANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/vf/B/+D/vf8RAKL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/tf/R/5//AADU//T/wf/j/+v/6/8XAOr/3//k/+D/1f/D/wAAAADp/+j/wv8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAAABQA6P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/88AAAA+f8AAOX/1P/q/+z/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7//t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA7P/s/wAAAAD6/wAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8//r/y/+7/wAA8f/i//D/7P/t/+3/+P/0/+3/FAD0/wAAAAAAAAAAAAAAAAAAAAD4/+7/7f/5//r/6/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/wAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/a/9z/2v/f/9n/KADY/+X/AAAAAAAAAAAAAAAAAAAAACQA+v/2/wAAAADq/9z/+f8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/+v/z/+3/FADt/+n/+P8AAAAAAADs/xgA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7P/s//X/8//u/xUA6//t/+3/9v/s//r/9//i/xQAAAAAAAAABgAAAAAAAAAAAPP/6v/q//L/7P/r/xYA6v8AAAAAAAAAAAAAAAAAAAAAFADs/+3/7//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADW/+H/6f/U/+z/5//M/ycA5P/s/+f/AAAAAOv/GgD2/+7/7v/s//T/8P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA3P8AAPT/AAAAAOr/IwD7//r/8f/k/+z/9/8VAOn/7P/x/+z/7P/w//b/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAPn/GgAAAAAA9f8AAO//+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/HwAAAOz/7P8VAOv/7P/h/+v/7v/Q/y8A2//q/+T/AADR/9L/AAAAAAAAAAAAAAAAAAAAAPT/7v/w/+3/9f8UAPD/6//n/+z/8f/u/+z/FwDq/+f/7P8UAOz/7f/t/+z/7P/t/6z/yP/L/wAAt//r/xcA5v/t/xQA7f/v//L/7P/s/+//7P/s/+3/7P/s/+z/7P8UAPj/9f/H/9j/wP+r/+n/tf8UAOz/7P/w/+3/6//s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPP/7/8AACYA6P/p/+z/FADw//L/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5//p/+T/2f/q/+T/FwDn/+b/2f/Z/+L/3v/Y/9f/IgD4/wAAAAAAAAAACwAAAAAA1f/c/+P/1//o/9//JwDY/+T/IADg/9//4P/j/9j/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/4f/s/+r/FwAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7/8iAOz/7P/Z/+v/6v/s/+z/7/8UAOv/7P/s/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/9L/6v/b/9n/3f/b/9T/JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+D/5v/t//L/2f8eAOr/6//s/+v/6v/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/xQA8P/y/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANv/5//4/wAA1v/v//f/AADs/+v/7P/s/+z/7P/s/xQAAAAAAAAAAAAfAAAAAADh//T/7v/w/+3/9f8UAPD/6//p/+v/7//s/+v/6v/r/xYA7//o/+3/7P8bAOv/7P/p/wAAAAAAAAAAAAAAAAAAAAD1//n/+f8AAAAA7f8YAPn/AAAAAAAAAAAAAAAAAAAAAOv/2P/r/+D/5f8AAAAA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/7v/h//X/2P8PAAAA4P/r/yEA3P/m/9n/2f/s/xQA7f/t//n/8P/s/+z/9v8UAO3/7f/5//D/7P/s//b/8f/u//D/FADw/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/x/+//AAAUAOz/7P8AAPb/7//5/wAAAAASAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAfAAAA8P8AAAAA7P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//j/9P/t/xQA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//6v/6//n/7P/p/+v/FQDs/+z/7v/y/+z/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/4//T/7f8UAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/r//H/7f/r/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/6//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA9f8UAOz/7P/s/+z/7f/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/AADu/+7/FADu/wAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAA8/8PAAAAAAAAAAAAAAAAAAAAAAAAAO3/+v8AAAAAAAAAABUAAAAAAAAAAAAAAAAAAAAAAAAAGAD0/+z/7f/v/+z/7P/Z/9r/8v8UAN7/7P/q/+P/6f/s/+3/7v8AAPP/7P8UAO3/7P/s/xQA8P/2/+z/5//s/+r/6f/d/+b/7P/o/xoA6P8AAAAAAAAAAAAAAAAAAAAA8v/2/+z/AAAAABQA7P/s/+D/6/8hANz/5v/Z/9n/7P/s/+3/8f/u/wAAFADs/+z/7f/t//b/7P/6//f/4v8UAAAAAAAAAPD/AAAAABUAAADj//L/4P/o//b/+P8jAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//P/AAAUAOz/7P/s/wAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/2/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/+//n/xUA6v/s/+z/7f/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAAFAAAAAAAAAAAAAAA7P/7/wgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u//T/4f/v/xoA+P/k/wAAAAAAAAAAAAAAAAAAAADc//T/9v+2/+H/3v/4/w4AAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAADgDs/9v/AADr/+z/6f/s/wAAAADa/wAAAAAAAAAAAAAQAPH/AAAAAAAAAAAGAAAAAAAAAAAA7f8AAAAA9//5//v/AAAFAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/v/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+X/8f8AAAAAFQDs//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/X/97/7P/e/9j/GQDq/9n/6f8VAOv/4f/s/+T/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/r/9r/6v/p/x4A5//h/wAA7P/s//D/8f/u/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAADw/wAA+/8SAAAAAAAAAAAAAAAAAAAAAACy/93/zf/C/7//JgDe/+f/AAAAAAAAAAAAAAAAAAAAANr/JAD2//r/3v/q/+7/2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7P/v/+z/FADs/+z/7P/s/xQA7f/u/+z/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/FADs/+z/7P/1/wAA8f8AAPD/9P/s/xUAAAAAAAAAAAAAAAAAAAAAAO3/7f/z/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s//H/7v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//v/+7/8P/u/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//t/+3/6//o/+z/FADs/8z/+//g/+j/7P8AABAA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/FgDp/+z/4P/s/xQAAADY/+z/7v/s/+v/2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/+z/FADs/+z/7P/u/+z/FADs/+z/7P/r/wAA6//e/9n/7v8GAOv/EADe/9r/1v/X/9z/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9L/BQDW/8r/0//U/wAAAAAAAAAAAAAAAAAAAADm/+z/4f/X/xQA+f8AAOL/0P/t/+j/4P/v/zAA4v/6/9D/7f/o/+D/7/8wAOL/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/t/+z/7P/n/xQA7P/g/wAA4P8XAOX/3//V/9b/2P/F/8j/9P8LAAkAxP+8/+f/7v/l/+f/6v/q/xgA7P/s/wAAAAD4//j/+//p/wUA1f8VAPP/7v8HAAkA6f/c/wAAAAAAAAAAAAAAAAAAAADa/ygA3f/n//D/6f/e/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDt/xQA8P/v/+z/AADs//H/1//P/wsAEwDj/+T/7P/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+3/AAD2/+z/FQD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/3/xQA7P/s/+3/+//v//b/+P8VAPD/7f/4/wAAAAAAAAAACwAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/9//s//P/AAAVAO7/7P/V/+D/2P/S/9D/KQDl/9n/7P/s/+z/2f/x/yIA6v/Y/woA7P/r//f/AAD2/+7/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+r/7P/u/+3/FADh/wAAAAAAAAAAAAAAAAAAAADX/9r/5P/J/wAAOwC6/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+L/4//n/+b/HQDf/+T/AAAAAAAA8P8AAAAAFQAAAAAAAAAAAPD/AAAAABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4v8AANj/7P8AAOL/6//u/wAA8f/s/wAAFADs/+z/7f/t/+z/7P/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/xcA6f/q/+n/3v/g/9f/u//F/9n/4f8wANX/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAFwAAAAAAAAAAAOv/AAAAAB4AAAAAAAAAAAD7/wAAFAAAAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//v/FAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/x/+v/7P/x//f/7P8UAO3/8f/r/+z/8f/3/+z/FADt/+z/7v8AAPb/AAAlAOD/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/xYA6v/q/+v/6P/n/wAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//f/7P/s/xQA+P8AAAAAAAAAAAsAAAAAAAAA8f/7/+z/9f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAPAAAAAADs/+3/8f/u/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADz/+r/6v/y/+z/6/8WAOr/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/8P/s/+v/7P/1/wAAAAAAAAAAAAD5/xMA7v/v/wAAAAAAAPH/HwD6/wAAAAAAAAAAAAAAAAAAAADq/wAAAAAAAAAAFgAAAAAA9//n/+f/7f/z/+j/GQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/p/+n/6P8WAOv/6//a/wAAAAAAAAAAAAAAAAAAAADs/xcA6P/q/+z/6//l/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAD6//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADv/+7/7P8AAOz/8f8UAOz/7P/2/+3/7P/s/+3/6//l/+//6P/q/8//FgDu/xQA7v/t//D/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA3v8gAOD/4f/n/+H/3//i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAAAAAAAAAFgAAAAAA5//t/+X/5f/t/+n/GADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAAAAAAAAAFgAAAAAA7P8UAO3/9//6/+z/7f/s/83/JgDN/9j/t//q/8L/9v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/7/wAAEgD6//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AABQAAADs/wAAAAAAAPL/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xUAAADr//b/EwD3/wAA8P/x/+//9f/q/xoA9/8AAPb/+P/i/+n/AAAAAAAAAAAAAAAAAAAAAOz/7P/w/xQA+v/n/+z/7P/s/+z/7//s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/6f/d/+b/7P/o/xoA6P/q/+n/3f/m/+z/6P8aAOj/8f/u//D/FADw/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAKQDs/wAA9/8AAOr/1//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAADj/9r/2v/i/+T/5v8lAOT/AAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9//7/+7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAPH/6//s//H/9//s/xQA7f/w/+z/9P/s//D/FQDs/+r/7P/v/wAAFQAAAPH/6/8AAOL/3v8fAOH/4//i/+H/4v8AAAAAAAAAAAAAAAAAAAAA8f/s/+z/8P/2/+z/FADt//H/7P/s//D/9v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA8v/3/+7/8P/x/xQA8v/s/wAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAA+P/w/x4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+v/6/8VAOz/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/2f/r/+3/JgDq/+D/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAEwDz//L/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//0P/l//X/6P/h/zAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/s//D/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAO3/6v/4//H/7P/n//X/6v/s/+3/7P8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//b/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAA7P/3/xQA7P/s/+X/6P/0/+3/AAAbANj/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+z/7P/s/+v/7P/s/xUA6//s/+z/7P/r/+z/+P8AAAAA8/8AAB8AAAD3/wAAAAAAAAAAAAAAAAAAAADQ//P/6v8AANr/8v/z//r/AAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//Z/9r/3P/g/yMA2//W/9L/+v/3/7z/4P/D/wkA9//s/+z/7f8AAAAA7f8UAPf/FAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAEADz/wAA5f/r/+v/4f/l/+v/6v8ZAO//6P/t/+z/GwDr/+z/6f/y/wAA+v8AAAAAFQDu/+z/3/8AANv/AAD7/ykA5//e//b/AAD3/wAA9v8TAPP/7f8AAAAAAAAAAAAAAAAAAAAA1v8bAOD/4v/q//L/5f/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAPL/7v8UAAAAAAAAAAAAAADs//n/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P8AAOz/5/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/xYA6//o/+v/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/FQAAAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//P/AAAUAOz/7P/s/+3/AAAAAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/t/wAAFgDt/+z/6v/o/+v/7P/P/9f/FgDX/+z/7P/w//P/AAAAAPT/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7v/v/+//FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/y//X/9P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/GQDy//D/6f/m/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//x/wAAAAAAAPH/FADw/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/t/wAA7P8UAOz/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+7/FADs/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD0/xQA8f8AAO7/7v/u/+//AAAAAAAAAAAAAAAAAAAAAOr/6f/p/+r/6//o/xcA6f8AAAAAAAAAAAAAAAAAAAAA+v/t//r/7P8AAPT/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAADr/+z/7P/s/+3/FADs/+v/7P/p/+H/7v/t/+v/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/8f8AAOz/AAAUAAAAAAC4/73/yf/a/wYA+P/H//T/7P/s/wAA9f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA9f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+n/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//v//H/6//p/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/y//X/9P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/3v/r/+v/7P/t/9j/3P8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5//i/+D/GADq/9P/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO7/AADZ/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA9v/w//T/+/8AAAUA7v/s/+7/7P/w/+v/FADs/wAAGwAAAOz/AADv/9P/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAOn/6f/r/+v/7P8XAOj/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//D/7f/r/+z/7P8AAAAAAAAAAAAAAAAAAAAA8P8AAAAA8P8AAAAAIAD1/xQA7P/t/+//7P/s/+z/7P/w/wAAAADw/wAAAAAgAPX/7v/s/+z/7f/w/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8AAADw/wAAAADs/+T/AADt/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/9/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA9v/2/wAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFQDn/wAA5//n/+r/6//q/xcA6P/p//b/AAAAAOz/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s//T/7P/w/xUA7P/q/+z/7P8UAOz/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA4//c/+P/6f8AAOH/IADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAPr/8v8AABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/9f8AAAAA7P/s/+7/+f8aAAAAAAD1/wAA7//4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvv/b/8H/1P/f/7H/OwDc/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/wAA8//s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/3/+7/8P/x/xQA8v/s//b/AAD3/wAA9v8TAPP/7f8AAAAAAAAAAAAAAAAAAAAA5v/j/+L/5v/l/+n/HADk/wAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/8f/t/+v/6f/s/+3/FQAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/R/9H/LADU/9P/0v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+L/5//J/+v/GwDj/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8UAOz/7P/v/wAA2f/Y/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/+z/6v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/3/wAAAAAAAO//FADx/+z/9/8AAAAAAADv/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAAAA0AAADq/+z/7P/t/wAA7P8UAOz/v//y/+X/xf/j/+T/+/8SAOr/AADF/9D/EwDc/8z/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/yIA6v/t/+3/9f/W/+b/7P/p/+j/y//V/+L/8v/k/xkAAAAAAAAAAAAAAAAAAAAAAB8A1//p/9j/6f/n/9n/6v/q/+v/AAD3/+7/7P/s/xYAAADZ/9z/AADg/+v/7P8KAO7/7P/s/+3/7P/s/xQA7P/Z/9j/4//E/9n/KADY/+L/8//4/8f/+f/A/wAAAADF/wAAAAAAAAAAAAAAAAAAAADs/+z/8v/6/+7/7P/3/xQAAAAAAAAAAAAAAAAAAAAAAC4A5f/o/8T/6v/S/9H/6/8AAAAAAAAAAAAAAAAAAAAAxv/s//n/AADU//n/9/8AANL/tf++/7L/yv+7/zIAvP/r/+z/7P/s/+z/6f/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/7P/s/+z/FADK/8P/7/8AAMz/0v/y/7//BgDr/9n/xP/c/w4Awf/Y/+j/zv/M/+f/BwDY/9X/CgAIAAkA9f/w/wAA+//b/wAAAAAAAAAAAAAAAAAAAAAAAOX/6v/Z/+b/2f/Q/+j/GwDU/9D/2f8QAAwAzf/r/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+r/7P/I/9P/GAC9/+z/6//o/9H/4P/g/+T/y//o/+L/0//g/+r/3//Y/+f/KADs/+7/7P/t/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//h/+j/+P/z/9j/AAAoAAAA1v/T//X/zP/o/w0A0P/u/+3/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAPL/5v/m/9L/6f8VAOP/7P/5/xoAAAAAAPX/AADv//j/6P/j/87/3v/y/+//+//s/9j/CwDW/9b/8v8GANj/4v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADy//f/7v/w//H/FADy/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA//P/u/+w/+b/5f8AAA0AAAAAAAAAAAAAAAAAAAAAAOr/6f/t/+n/6f/o/+r/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/7P/u/+//7P8TAOz/1//r/xQA8/8AAAAAAADW/9b/AAAAAAAAAAAAAAAAAAAAANf/2P/v/9//2//6/xgA7f8AAPn/AAD7//v/+v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARABEAAADG/+z/6//F/+n/6v/n/+z/2//s/xQA7P/s/+n/3f/s/9j/6v8VAOz/5/8AAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA+v/u/9j/2P/Y/+L/3v/Y/ygA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADv//f/AADs/+z/7f/Q/+3/6P/g/+//MADi//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/9f8AAAAAFADv/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/wAA7P8UAOz/2f/c/+v/6v/Z/8z/2v8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+z/7P/s/+z/7//Y/+X/7P/Z/9r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAALAAAAAADh/xQA4v/o/+b/6P8AANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7f/s/xQA7f/s/+z/+P8AAAAAAAD6//L/AAARACEAAAAAAPX/AAAAAOX/AADq/x0A7P/r/+L/3v/k/+P/7P/s/+z/FAD1/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAA8P8AAPv/EgAAAAAAAAAAAAAAAAAAAAAAFADs/+z/8P/t/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAAAA8v/u/xQA8/8AAAAAAAAAAPL/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAFwAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA7P/w//P/AAAAAPT/FADx/wAAAAAAAAAAAAAAAAAAAADV/zkA3v/w/9r/7P/M/8//7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADl/9j/3f/d/xUA5//r/+z/5v8XAOv/6v/q/+n/6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0/+3/7v/v/+3/FAD5/+z/7P8ZAPL/8P/p/+b/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/s/+//7P/s/+z/FAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+z/7//s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQDs/+v/7P/t/wAA6//r/+z/7v/y/+z/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+n/6P/n/+j/7P/k/xoA4//s/+z/7P/s/+z/6/8UAOz/6f/m/+b/5//q/+f/GgDm/xQA7P/u/+3/7f/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAD5/+z/7/8AABcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/AAD5//D/7f/u/+7/FADw//T/7P8UAO7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/6f/q/+//7P/S/+r/JwDt/+z/7P/v/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAANb/GwDg/+L/6v/y/+X/4f/s/+z/7P8UAO3/6//s/+z/6//r/+v/7P/s/xUA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAD5/wAA9v8AABIAKQDs/wAA9/8AAOr/1//s/wAAAAAAAAAAAAAAAAAAAADR/+b/0v/q/+r/3P8pAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/4P/f/+T/6P/f/+f/4/8gAO//+f/6/wAA+//1/xQA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//n/+f8AAAAA7f8YAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADs/+v/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAHQAAAAAAAAAAAPL/4/8AAO3/AAD6//b/+P/7/wAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6P/r//H/9v8ZAOv/2f/s/xUA7//t/+3/6v/r/+v/5P/s/+f/AAAAAOv/GgD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//T/AADy//f/7P8WAOn/8f/7//f/AAAAAPf/FAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAO//7f/t/+r/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAD7/xQA8P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAPP/AAAAAAAAAADr/wAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/x8AAAAAAAAAAAAAAAAAAAAAAAAA2P/6//b/6v/b/9//5v8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAA8P8AAPv/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAADl/+v/2P/m/9n/0P/o/xsA7//t/+//8f8AAOz/7P8UAOz/7f/s/+z/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8AABQA7v/t/wAAAAAAAAAAAAAAAAAAAADp//j/AAAAAAAA7P8YAPn/7P8AAAAAAAAAABUA5/8AAAAAAAAAAAAAAAAAAAAAAADf/9n/2v/c/+D/IwDb/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+7/8P/t//X/FADw/+v/7//t/+//8f8AAOz/7P8UAOn/3f/s/9j/6v8VAOz/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/1/wAA8v8UAOz/9/8AAAAAAAAAAAAACAAAAAAA6P/i/+n/5v/o/xgA6P/p/+//7P/t/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//f/7v/w//H/FADy/+z/8v/3/+7/8P/x/xQA8v/s/+z/7f/r//D/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPD/+/8AABIA+v/5/wAAAAAAAAAAAAAAAAAAAADs/+3/8f/t//H/FADs/+z/3//s/+f/6v/h/xUA0//s/+v/7v/4/+z/8/8UAOz/6//r/+v/6//o/+z/3P/s/xcAFADs//L/9v/1/+z/7P/v/+r/AAD3/+v/9//7/wAABQDx//v/5v/w/wAAHgDs/+D/AAAAAAAAAAAAAAAAAAAAAOr/7P/s/+j/6//Y/9//JgAAAOz/8P/t/+7/AADs/+z/7P/3/+z/8/8AABUA7v/s/wAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/u//D/7f/1/xQA8P/r/wAAAAAAAPv/AAAWAPP/9P8AAAAAAAAAAAAAAAAAAAAA6f/m/+f/+P8AAB4A3//3/wAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/3v/n/9j/3P/k/ygA6P8AAAAAAAD0//H/AAAaAPr/AAAAAAAA8P8AAPv/EgD6/wAAAAD5/wAA5//6/yoACwAAAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/xUA6//s/+v/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xUA7P/u/+//9f/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/5//j/+b/5//c/x4A2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/s/+7/7f/u/+z/FgDs/xUA7P/t//L/9f/s/+v/7v8XAAAA2f/Z/+T/2P/l/+f/+P/z//j/8P/t/xQA7P/s/+z/FADz/+3/7v/v/+z/7P/l/+v/2P/m/9n/0P/o/xsA6v/p/+3/6f/p/+j/6v8XAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/wAA7v/u/xQA7v/k/xkA5//h/9b/5f/o/97/IwDp//D/AAAAAPf/3P/4/wAAAAAAAAAAAAAAAAAAAADs/xQA7v8AAPf/9f/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/+//z//H/2P/i/+z/FADu/wAA9//1/+z/7v/q/+n/3f/m/+z/6P8aAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/0/+3/7P/2/wAAAAAAAAAAAAAAAAAAAADm/yUA5P/q/+7/2v/b/+n/AAAAAAAAAAAAAAAAAAAAABUA7v/t/+3/+//s/+r/7/8AAOz/8P/t/+7/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/8v/y//a/9b/LwDH/+f/7P/4/wAA7f/6/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/9v8AAAAA8P8YAAAAFAAAAAAAAAD1//X/8f/s/+r/EwAAAAAAAAANAPH/AADk/9z/4v/S/9D/0/8sANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/x4A6f/r/9j/5P/k/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8XAPf/AAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/4v/p/+b/6P8YAOj/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/s/xkA8v/w/+n/5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAA8P8AAAAAIAD1/wAAAAAAAAAAAAAAAAAAAADd/woA6//k/xIA5P/o/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA1//s//T/7P/p/+L/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAA7P/4/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xcA7P/s/+j/7P/p/+v/AAAVAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAADW/9n/AAD5/wAA2/8AANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAlAO3/7v8AAAAAAAAAAAAAAAAAAAAA9f8VAPj/AADt/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/8f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAPf/AAD2/xMA8//t/+//8f8AAAAAAADx/xQA8P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/2f/r/+3/JgDq/+D/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9n/6v/d/yMA7P/m/+X/AAAAAAAAAAAAAAAAAAAAAPb/9v8AAAAAAAAQAAAAAAAAAAAAAAAAAAAAFQAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+n/7//h/+X/5//p/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9P/v/wAA8f/y/+3/FQDs/+3/7P/s/+z/7P/s/xQA7P/t//L/9f/0/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADu/9r/5//f/97/1f/q/9r/3//p/+//4f/l/+f/6f8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/0/+//AADx//L/7f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAACcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAABAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAANf/5f/s/9z/IgDo/+z/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v8AAO7/7v8UAO7/7P/s/+z/7P/v/+3/FADs/+z/7P/s/+z/FADs/+z/6//Q/y8A2//q/+T/AADR/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9f/6v8UANb/zf/R/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA/7b/IQDI/+j/5f8AAMH/3//t/+z/+P/x/+z/GADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAOv/6v/q/+n/3f/f/+X/7//r/wAA6/8UAOj/9f/q/+z/7P/t/wAA7P8UAOz/AAAAAAAAAAAAAPP/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/+v8AAAAAAAD1/+//IAAAAAAAAAAAAAAAAAAAAAAAyP/j/9f/3v/m/zEA3f/Q/9j/1v8pAN3/4f/J/9b/0f8AAAAAAAAAAAAAAAAAAAAA1v8FANz/EwDq/8r/3v8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAA9f/z/xQA7P/s/9f/FADo/+b/4v/Z/wAA6//3/+//xf/N/+D/AADK/wAA9/+7/9T/AADe//n/zP/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/x/+r/7P8AAAAAAAAGAAAAAAAAAAAAAAAWAAAAAAAAAAAA6/8AAOz/6//p/+v/6//k/xUA6f8AAAAAAAAAAAAAAAAAAAAAAADv/wAA6P8AABIA7P/4/wAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAACwAAAAAA7P8AAPb/8P/0//v/AAAFAAsAyv/l/9P/4f8YALP/y/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/6v/s/xUA6/8AAOX/5v8AAAAAAAAAAAAAAAAAAAAA7v/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AAAgA7v/F/9H/7v/0/wAAAAAAAAAAAAAAAAAAAADx/+z/FADw/wAA9P/t/+z/8v/s/+z/7v8AAOz/FADv/x4A5f8AAPX/AADk//H/AACi/+v/CgC7/9v/0/8OAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAND/6v/J/+z/AAAQAM3/7P8UAO3/7P/w/+z/7v/t/yAA6f/5/+f/AADm/9//+P8UAAAA7v8AAAAA7P/t/wAAJwD1/wAAAAAAAPT/2P8AAAYAAAAAAAAAAAAAAAAAAAAUAO//AAAAAAAAAADt/+7/3f/Z/+v/7f8mAOr/4P/t/+z/7P8UAOz/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPj/8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAPAAAAAADx/+3/5P/y/+X/9//r/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/5v/q/wAAAADx/yQAAADq/xgAAAD6//n/6//s/+z/AAAAAAAA7v8AANv/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/y//b/9f/s/+z/7//x/xAAAAAAAAAAAAAAAAAA5v8bAOb/6v/p/+v/3//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/7P8UAPD/AAD0/+3/7P/s//H/9f8AAPL/FADs//f/7P/x//X/AADy/xQA7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9n/6//t/yYA6v/g/+3/5f/p/+f/5f/q/x0A5//w/wAAAAAAAAAAAAAAAAAAAADs/+z/+f/s/+z/7P/r/xQA5P/h/9//5f/m/x8A2f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+3/6f/p/+j/6v8XAPH/+//3/wAAAAD3/xQA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY//P/6f8AAAAAGgDs/+z/AAAAAAAAAAAAAAAAAAAAAO//9v8UAAAA+P8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//b/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//b/7P8AAAAAFADs/+z/EwAAAAAAAAAAAPH/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/8P/3//L/FADr/xwA7P8AAOf/+f/s//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/GQDy//D/6f/m/+z/7P/s/xkA8v/w/+n/5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/FADo/+L/7P/o/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAD5//X/AADt/+z/FADt/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/6/8VAOv/6//s/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P8aAOf/6v/j/+b/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/3v8oAO//+f/Y/+T/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A+P8AAAAAFQDq/+3/7v/s/+v/6//p/wAAAAAAAAAAAAAAAAAAAADk/wAA6//b/+v/6P8OANj/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/o/+z/FADr/+z/7P/s/+3/FADs/+v/2v/3/9T/1P/s/x4A6//g/+r/5//s/9v/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//w/+z/7P8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOz/7P/6/+7/7P/k/+3/AAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAA8P8AAPv/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/w/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/2v8pAN//+P/Y/9r/zP/s/+3/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj//r/AAAAAAAA+/8cAAAAFAAAAAAAAAAAAAAA7P/7/+v/6//u/+7/AADx/xUA9f/W/9b/6v/p/+T/5//o/xoAAAAAAAAAAAAAAAAAAAAAAOv/9P/5/wAAAAAAABgA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//H/5P/s//f/FQDp/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/s/yQA9v/z//n/6f/p/+z/7P/s/+//AADs/xQA7P8AAAAAAAAAAAAAAAAAAAAA8v/7/xQAAAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAADb/9z/2f/Y/9j/IgDX/+z/EgD4/wAA8//t/xQA7f/s/+b/5f/h/+j/5v/m/+b/GgAAAAAAAAAAAAAAAAAAAAAAvP/R/8//zP/W/xwA7f/A/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6f/s/+7/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAACgDs/+v/9/8AAPb/7v/t//H/9P/s/wAAAAAUAOz/7P/y/xMAAAAAAO7/AAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAPX/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8v/1//T/7P/s/xQA5//o/xkA6v/t/+j/5//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/7//f/AAAAAPf/FAD3/+z/7f/y//X/9P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPr/+P8AAAAA6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+j/6//x//b/GQDr/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/K/6P/rf+e/5b/OQCs/+3/FQDs/+7/7//1/+v/6//s/xUA6//s/+z/7P/r/+z/7v/s/+z/7f/s/+z/FADs/wAAFAAAAPL/8P8AAO3/AAAAACEA4P/2//P/7//g/wAA7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/AAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/z/+//AAAUAOz/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/4P/m/+3/8v/Z/x4A6v/v//L/7P8AAAAAFADs/+z/5f/s/+v/7v/p/+z/6/8aAOz/7P/s/+z/7P/s/+z/FADs/+3/7f/4//T/7f8UAPT/7P/t/+3/+P/0/+3/FAD0/+z/7P/s//D/7f/r/xQA7P/2/wAA9/8AAPb/EwDz/+3/0f++/8f/zv/n/ysA0f/g/wAA+v8AAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAPf/AAD2/xMA8//t//L/7P/s/+7/AADs/xQA7//t/+z/7f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//r/xYA6//u/+v/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+v/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAADv//L/7P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xQA8f8AAO7/7v/u/+//AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s//T/HgAAAAAAAAAAAPT/AADr/xQA7P/s/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAPf/AADr/+z/+P/t/wAA6/8UAO3/7P8UAOz/7P/r/+z/7P/s/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADn/xsA6//6/+j/5f/c/97/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v/s//T/8P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/zf/X/9L/0P8pAOD/2f8AAAAAAAAAAAAAAAAAAAAAAADo/+z/7f/s/+n/7P8AABQAAAAAAAAA9f/1//H/7P/f/9P/2P/a/8b/JgDd/+j/AAAAAAAAAAAAAAAAAAAAAO3/7P8AABQA7f/s/+z/7P/g/yMAvP+5/8P/6//H/9j/7f/t//P/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/wAA8//s/xQA7f8AAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/IgDj/+f/5//f/9z/4//q//f/3v8AAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPn/AADs/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/w/+3/7P/t/wAAAAAAAAAAAAAAAAAAAADS/+r/2//Z/93/2//U/yQAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAOr/AADs/xQA7f/u/+z/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+3/8v8AAAAA5v8eAPv/7P8UAOz/7P/u/+z/7P/s/+z/AADo/+z/2v/i/wAA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/FwD3/wAAAAAAAPH/AADs/xQA7P/t/+z/7P/s/+z/6/8VAOv/6v/s/+v/6v/r/+n/FwDw//r/6//t//f/8P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+//6P/t/+z/GwDr/+z/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/x/xQA7P/s/wAA9f8AAPn/7P/v/wAAFwAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/x/xQA7P/s/+j/5f/o/+j/6//q/xsA4P8AAAAAAAAAAAAA+v8IAAAA8f/7//f/AAAAAPf/FAD3/wAA+v8AAAAAAAD7/xAAAADs/+z/7P/s/+z/7P8UAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xgA6//r/+r/6f/s/+3/5P8cAPD/9//4/+f/5f/v/wAAAAAAAAAAAAAQAPH/AAAAAAAAAAAAAAAAAAAAAAAAAADY/+X/5v/p/9j/CADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/FADz/+v/7P/s/xQAAAAAAAAAAAAAAOz/AAAXAPT/AAAAAAAA9P/p/+v/AADd/9v/CQDy/+D/1P/l/87/2P/h/+n/7v/k/y4A7/8JAAAAAAAAAAAAAAD4/wAAFADt/+//7v8AAOz/6//s/xUA8P/x//v/AADx/+v/8v8AAAAAAAAAAAAAAAAAAAAA5f/R/xkA1//s/+r/6P/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/w/+z/FADt//H/AAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6//s//f/+P/s/+z/8P8AAAAAAAAAAAAAAAAAAAAA2P/p/wAA7P/5/xMA+f/Y/+L/6//s/+3/7f/s/xsA7P/o/+j/6v8aAOr/5f/l/+n/FQD1/wAAAAAAAPf/7P8AAAAAAAAAAAAAAAAAAAAAAABDAML/xv/A/+f/zP/H/9r/AAAAAAAAAAAAAAAAAAAAABkA6P8AAAAAAAAAAOf/7/8AAAAAAAAAAAAAAAAAAAAA5v8RAOn/6//a/xUA9f/V/xYA7//u/wAAAADr/+j/8P80AOj/0v/p/+f/n//o/8P/AAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAPAAAAAAAhAAAAAAD1/wAAAADl/wAAAAAAAAAAAAAAAAAAAAAAAOX/7//6//L/AAAGAAAAAADt/+z/6//t/+7/EwDs/+z/GwDr//P/AAAAAPP/5f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDp//D/AAAAAPf/3P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAPH/+/8AAPH/9P/s/wAAAAAUAOz/7P/x/wAAAAAAAAAADwAAAAAAKAD5//n/AAAAAPX/2P/6/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAABQAAABQA7P/s/+3/8P/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAJQAAAAAAAAAAAPX/3P8AAN3/1//s/xQA8P/s/+7/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/x//D/FADs/wAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAA+v/s/wAA4v8hAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//t/+z/7P8UAPj/0v/Z/9z/7P8OAN7/5/8AAAAAAAAAAAAAAAAAAAAA7P8UAPP/7f/u/+//7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/z/wAAFADs/+z/7P/s/wAA+v8AAAAA7f8UAO//CgDs/+v/9/8AAPb/7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7/8AAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+r/7P/r/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj//D/8P/h/wAA4f8lAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/+P/0f/V/83/3P/Q/ygA6P/h/+b/5f/k/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/xMAAAAAAO7/AAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9j/2f/b/x0A6v/n/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/FADs/+z/6v/s/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA+P/k//j/JQDs/+3/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/9P/s/xQA7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/8/8AAOz/7P/t/xQA7P/s/+z/7P/r/+z/6P8AAAAAAAAAAAAAAAAAAAAAFQD3/wAAAAAAAAAA6/8AABQA9f8AAAAAAAD5//D/AAAAAAAAAAAAAAAAAAAAAAAA4P8/AOP/6v/q/+T/zv/s//H/FADw/wAA9v/s//P/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/0/+7/8P/s/+z/8P/v/xQA7f/z/+7/7P/s/+z/AAAUAAAA8v/w/wAA7f8AANX/FQDt/+//7P8AAOD/7P/4/wAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/v/+7/7f/q/xcA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAA9/8AAAAA+P8iAPH/AAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAUAAADs/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/6//r/+j/6P/k/xYA7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6P8ZAOr/7f/o/+f/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AADo/+j/2P/e/wsA2P/6/wAAAAD5/wAA5//6/yoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//P/AAAAAPn/EgAAABgA9P/s/+3/7//s/+z/2f/q/+r/6//q/+n/FgDn/+v/AAAAAAAAAAAAAAAAAAAAAAAA9//5/wAAAADu/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/KQAAAAAA+v8AAOD/5/8AAAAAAAAAAAAAAAAAAAAA8f/t//b/7P8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8AANj/4P/s/+v/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/u/xQA7P/s/wAAAADy/wAAAADs/wAAFADy//b/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO3/AAAAAAAAAAAAAAAAAAAAAAAA8v/2/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA4v/u/+r/7P/r/+z/7v/u//X/8v/s/xQA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPD/FAD4/+j/7f/a/+7/7P8WAOr/9v/2/+f/7P/i/+H/AAAAAAAAAAAAAAAAAAAAABYA4P/p/+3/7f/q/+z/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/x/+7/AAAUAOz/7P/m/xYA6v/q/+r/6//n/+r/5//s//H/7v/s/xcA6v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAA4f9CAMn/yv/Y/8r/vP/A/8P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//v/7//2//j/FQDw/+3/7P/t//H/9P/2/+z/7P8UAOT/2P/c/9z/2//b/9X/LgAAAAAAEQAAAAAA+f/1/wAA8f/0/+z/AAAAABQA7P/s/67/6P+j/woAwv+C/9T/+f/s/xQAAAD0/+3/7f/s/+3/6f8YAAAA8f8AAAAA7f8AAAAAAAAAAAAAAAAAAAAAAADd/+n/2//d/+P/KADZ/9j/0f/V/+v/2v/x/yMAx//6/xQA7P/u/+z/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+H/AAAAAAAAAAAcAAAA7f/s//n/9P/1//L/7P/6/xQA+P8AAAAAAAAAABAA8/8AABQA8v/s/wAA9//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAtP8dAMX/v/8AAAAAy/+4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/7f/S/wAAz//e/8n/AADm/+L/5v8cAOf/3f/f/9v/AAAAAAAAAAAAAAAAAAAAAAAA2f/l/9j/AAAAAPn/yv8AAAAAAAAAAAAAAAAAAAAAAADq/+j/4f/m/9D/8//Z/wAAAAAAAAAAAAAAAAAAAADm//r/5v/5/wAA5P8bAPb/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P/s/xQA7P8TAPD/+//6/wAAzP/r/ygA5//j/+D/HQDm/+b/4v/l/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+7/AAAPANr/DQDh/9//3P/t/xUA5P/q/wAAAAAAAAAAAAAAAAAAAAAAANf/JQDE/73/x//w/9P/1v/s/+z/7P/i/+n/AAATANv/EgDq/+z/0//j/xEA5P8AAAAAAAAAAAAAAAAAAAAADQDc/9r/2P/d//D/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/n//b/4//5/xsA4P/o/ycA9f8AAAAAAAD0/9j/AAAGAAAAAAAAAAAAAAAAAAAAFADv/wAAAAAAAAAA7f/u//L/9v/s/wAAAAAUAOz/7P/s/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANb/7P/s/+z/4v/p/wAAEwDy//b/7P8AAAAAFADs/+z/2v8oAPT/+P8AAPf/5f/2/xoA5f/d//H/7//v/+z/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+7/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/s/+z/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7/8AAAAAAADx/x8A+v/u/+//AAAAAAAA8f8fAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/o/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+z/7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA4/8cAPn/5/8AAPn/+v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAD4/wAA7f8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADT/+b/6v/3/wAAFwDs/+z/8v/2/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/9v/s/wAAAAAUAOz/7P/Y//P/6f8AAAAAGgDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/2/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+z/7P/s/+z/6/8ZAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/r/wcA7P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t//D/7f/s/+3/KQDs/wAA9/8AAOr/1//s/wAAAAAAAAAAAAAAAAAAAADp/+z/7f8AABYA7f/s/+r/2//m/9j/1v8dAMz/1//k/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+v/BwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2P/Z//b/7f/h/+v/JgDp/xYA6v/r/+z/6f/q/+r/AAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//f/+v/7P/o/xcA6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8aAOb/5v/o/+X/5v/l/wAAAAAAAAAAAAAAAAAAAADm/+b/6P/q/+f/4f8aAOb/JQAAAAAAAAAAAPX/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8cAPn/5/8AAPn/+v/n/+X/7P/r/+7/6f/s/+v/GgAAAAAAAAAAAAAAAAAAAAoA7P/s/+//7P8UAOz/7P/s/wAAAADy/wAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+//7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+v/7P/s//D/HgAAAAAAAAD3/+v/9v/5/xgAAAAAAPn/AADt/wAA7P8VAOr/7P/s/+7/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//P/8P/s/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA+f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAO//7v/s/wAA7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApANb/5v/l/9//AADM/9r/7P8UAOz/9f8AAAAA7P/w/wAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAADz/wAA7P/s/+z/7f/s/+z/FADr/wAAEAAAAAAAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAOL/7v/q/+z/6/8AAAAAAAAAAAAAAAAAAAAA5/8VAOz/7P/s/+v/7P/s//b/7v8AAPH/8P/s//D/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADw//L/7f/s/+z/7P/s/xQA7f/t//T/7f/s/+z/2f/k/9H/xv/I/9L/KQDX/9r/GQDg/9z/2P/V/+n/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/xQA9P/t/+//9P/s//D/AAAAAAAAAAAAAAAAAAAAAOr/6v/w/+7/6//1/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAPr/AADx/+//+/8AAAAAAAAAAAAAAAAAAAAA6//q//P/+P/x//T/FgD4/wAAAAAAAAAAAAAAAAAAAADs/xQA9//7/+7/7f/s/+3/9v8TAPf/AADw//H/7//1/9n/CgDc/xEAAADl/9j/2v8AAAoAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAPv/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmAAAAAAAAAAAA4f8AAO7/FADv/+7/7P8AAOz/8f/n/xwA6f/s/+r/5v/U/+n/7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADS/ywA7P/V/97/2//K/9j/7P8UAPX/7//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAA4v/u/+r/7P/r/+z/FADt/+7/7P/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/GQDk/+n/6//o/97/4v/7/+v/9f/t/wAA7f8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//d/+r/6v/l/+j/GwDs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/r/+z/6//r/+v/2/8VAOj/5P/4/+n/5//k/+n/FQDr/+v/6v/s/+r/7P8UAOz/8v/2//X/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADy//D/AADt/wAAAAAAAAAAAAAAAAAAAAAAAOP/LQAAAAAA8v8AANL/AADP/zUAAAAAAPj/AADM//H/9f8VAPj/AADt/+z/7P/t//X/KQAAAAAA+v8AAOD/5/8AAAAAAAAAAAAAAAAAAAAA9f8OAAAAAAAAAAAAAAAAAOz/FADt/+z/7P/s/+z/7//c/y8A5v/g/8v/2P/R/+z/5P8cAPD/9//4/+f/5f/v/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/e/+z/6//s/+v/7P8UAOz/7P/s/+z/7P/s/+7/GAAAAAAA9v8AAPH/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6f/p/+j/FgDr/+v/2v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3v8hAOv/AADm//H/1P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8cAPD/9//4/+f/5f/v/+z/FADs/97/7P/r/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xgAAAAAAPb/AADx//b/7P8UAO3/7//s/+z/7P/v/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P8UAOz/3v/s/+v/7P/r/+7/GAAAAAAA9v8AAPH/9v8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/u/+z/FADs/+v/6/8XAOr/6//r/+X/6v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/ywAz//T/9r/1v/U/+f/7P/s/+z/7f/v/+//FADs/+z/FAD6//L/7f/t/+z/7f/s/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//f/+v/s/+3/7P/W/y4Azv/J/9H/3v/a/9H/AAAAAAAAAAAAAAAAAAAAAPj/6//z/+3/AADt/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/wAA3//n/9j/2f/f/wsAAAAAAAAAAAAAAAAAAAAAAOz/FADu/wAA9//1/+z/7v/s/xQAAAD5/+7/7//s//L/7P8VAO//7f/t/+r/6//r/wAAAAAAAAAAAAAAAAAAAADs/xQAAAD0/+3/7f/s/+3/2/8nAPH/4P/q/9r/2f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xgAAAAAAPb/AADx//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA+v/y/+3/7f/s/+3/BgAAAAAAAAAAAAAAAAAAAOz/7P/s/+//AADs/xQA7P8UAOz/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/3//d/+z/GwDs/+b/2P/s/xQA7P/s/+3/7P/s/+z/HAAAAOj/7v/c/9j/4//X/9r/8v8UAN7/7P/q/+P/6f/k/+n/7P/r/yAA7v/s/+r/7P/u/+3/8P/5/xUA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+z/7P8UAPD/9v/s/+f/7P/p/+j/6/8XAOv/4f/q/+D/7P/s/+z/7P8UAOz/7P/r//H/7f/k//L/5f/3/+v/CgAAAAAAAAAAAAAAAAAAAAAA8v/2/+z/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAA6/8WAOr/6//r/+v/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/i/+b/5f/p/+r/GgDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAPn/DQAAAOz/7P/s/+z/FADr/+r/7P/P/9D/6v/Z/9T/0f/O/z8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+j/6f8XAOn/6f/n/+b/AAAAAAAA8v8AABQAAADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAANb/1f/j/8j/GACz/9f/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5P/o/9r/2P/e/9n/JwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADp/+z/7P/s/+7/7v8UAOz/7P8UAPL/7P8AAPf/7P/s/+z/7v/7/8b/wP/P/woAq//j/+z/7v/y/+z/7//t/xQA7P/s/+z/7v/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPf/5//z/97/AAAcAOj/6f8AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA7P/r/+z/7P/s/+z/AADj/+v/6v/0/woA2f/s/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAD0/+f/6v/j/93/4P8eAOD/5P/s/+z/7//x/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+7/6f/h/+j/6P8KAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AABQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAUAO7/AADs/+7/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/7P8VAOv/6//B/9//zP/1/87/8P/1//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADy/+z/AAD3/+z/7P/s/+P/JAAAAO//7f/f/+z/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP/d/+L/2f8nAN7/x//q/wAAAAAAAAAAAAAAAAAAAADf/9n/3//j/xUA7f/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/u/xQA7P/s/+v/7f/t/+3/7f8UAOz/7P/p/9X/6v/K//X/KADX/9//7P/s/+z/7P/u/+j/7P8UAAAAAAAAAAAA7P8AAAAAFADk/9L/4P/i/y0A6f/Z/9H/7P/s/+v/7P/h/+z/6/8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//b/7P8AAAAAFADs/+z/FAAAAO7/AAAAAOz/7f8AAAAAAAAAAAAAAAAAAAAAAADr/+n/6P/Y/wAA5P/q/xMA8f/u//D/FADw/+z/7f/s/+z/7P/v//b/7P/s/+7/FAAAAAAAAAAAAAAAAAAAAAAA6v/Z/9j/2f/Y/9n/KADY/+b/7//y//P/+v8VAOz/6/8AAAAAAAAAAAAAAAAAAAAA7P/t//v/7f/v/+z/7P8UAOv/7P/s/+z/6f/s/+z/FADX/+//9//l/wAA6v8kANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPP/7f/u/+//7P/s/+j/4v/s/xQA2P/Z/+r/AADm/yEA7//b/+f/6v/e/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAO//7f/t/+r/6//r/+z/6/8AABUA8//6/+z/7f/l/+v/2P/m/9n/0P/o/xsAuv/d/8L/5f/V/xEA0f/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/s/+z/7P8UAOz/HwD4/+b/6//Z/9T/5v/q/+3/+f/t/9j/6//t/ygA7f8VAOz/7v/v//X/6//r/+//6P/t/+z/GwDr/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/FgDq/+r/6v/r/+f/6v8AAAAAAAAAAAAAAAAAAAAA4f/5/+r/9/8AAOv/FgDu/+z/FADs/+z/7P/s/+v/7P/Z/+n/4//m/xAA2P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhANL/5v/W/9f/6f/U/9X/AAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAADc//P/6//j/+//GwDq/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/8v/t/+z/7P8UAOj/AAAAAOH/4v/o/wAA6P/s/+z/7v/t/+7/FADs/+v/7P8VAO//7f/t/+r/6//r/+3/FADt/+//8v/s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA7P/u//L/7P/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAO3/7P/6/+z/AAAUAOz/7P/x//n/AAAAAAAAJADw/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8/8AABQA7P/s/+z/7v8AAPH/7P8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAADs//j/AADt//r/7P8UAOz/FADs//P/7v/t/+z/7P/s//H/+//3/wAAAAD3/xQA9/8AAAAAAAAAAAAAAAAAAAAA3//t/+z/+P/x/+z/GADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/2P/u/+f/8f/d//b/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/FQDq/+v/1//k/+v/5v/s/xQA7P/s/+3/7P/s/+z/HwAAAPD/AAAAAOz/5P8AAB8AAADw/wAAAADs/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AADp/9v/EwDY/+b/6v8AAAAAAAAAAAAAAAAAAAAA6v/s/+3/7P8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAADq/+z/7f/s/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAMz/0//n/93/KgDp/9r/2v/l/+H/7P/f/wkA6//r//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACy/8v/z/++/zAAtf/X//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAA4Azf/J/9H/5//E/+b/AAAAAAAAAAAAAAAAAAAAAN//1f8AAO//KQDr/+z/6v/Y//r/9v/q/9v/3//m/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/x0A3f/g/9X/2P/q/9f/7P/s/+z/7P8AAOz/7P8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADt/wAA7f8UAPP/8P/x/+z/7P/v/wAAAAAAAAAAAAAAAAUAAADt/xQA8//w//H/7P/s/+//AAAAAAAAAAAAAAAAAAAAABMA+v8AAAAAAAD3//X/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/GgAAAAAAAAAAAPr/AADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/7f/j/+z/6//b//L/FADf/+7/7f/k/+n/6v/o/9j/6//j/xIA+v/r/+r/7P/s/+j/6v/Y/9//JgDZ/+//+v/t/wAAFQDo/+z/AAAAAAAAAAAAAAAAAAAAAOj/6//o/9X/6f8AABYA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/6/9v/8v8nAPb/DwCs/73/v/8GALL/BQAAAAAAAAAAAAAAAAAAAAAAFADq/+H/3f/s/+b/6P/w/wAAAAAAAAAAAAAAAAAAAADq//r/AAAAAAAA6/8AABYAAAAAAAAAAAAAAAAAAAAAAO3/AAD5//r/9v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/5P/s/+z/FADs/xUA4f/u/9z/7f/a/9j/AAAcAOL/6f/v/+j/3v/b/+P/BgDo/+z/7f/s/+n/7P8AAAAAAAAAAAAAAAAAAAAAAADU/93/3v/f//j/zf/U/zQA+v8AAAAA9/8AAB0AAADz/+z/7P/6/wAA+v/s/+//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAEQDy/wAA7P/t/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAXAAAAAAAAAAAAAAAAAAAAAADZ/zcA4//v//b/7v/Y//H/7P/s/+z/7P/s/xQA7P/s/9v/5//4/wAA1v/v//f/AADx/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA+f8AAAAAAADq/wAAFwD1/wAA8f8AAPD/9P/s/xUA2v8OAPH/9P/T/xUAyP/r/93/2P/a/97/KQDa/9j/s//H/+3/AADo//r/AAAVANT/FADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAPj/AAAAAAUA+f8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/6v/o/xQA6P/i/+z/6P/r/wAAAAAAAAAAAAAAAAAAAADs/+7/7f/w//n/FQDs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wcAAADs/+7/7P/z/+z/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAADo/+r/6v/t/+v/FgDo/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0/8qANf/2//X/9//zv/V/wAAAAAAAAAAAAAAAAAAAADq/+v/7P/u/+v/6/8WAOr/7P/t/+z/7f/t//D/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAZAOX/3f/r/9r/6f/r/8v/6v/Z/9z/4//t/wkAAADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+r/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAkA5v/Z/+X/2P8LAOD/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+v/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/n/+v/0v/X/xcA3P/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s//r/7P/t/xQA+f8YAOf/7//r/+n/6P/m/wYA6P/t/+3/7P/p/+z/AADr/+z/7P/s/+z/6f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAA1//Y/8//2P/n/wsA7P/r/+z/6/8UAOz/7P/q/wAAAAAAAAAAAAAAAAAAAADs//j/9P/1//L/7P/6/xQAAAAAAAAAAAAAAAAAAAAAACcA9f8AAAAAAAD0/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9j/3P/p/9//2f8hAOT/yP/k/+v/8//r/zwAzP/h/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/k/+z/JADY/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/U/+n/z//n/+D/JwDZ/wAAAAAAAAAAAAAAAAAAAAAZAO3/3f/g/+7/7P/m/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAD3/wAA9v8TAPP/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/2P/b/9v/AADZ/wAA2P8UAOr/2v/a/+L/3P/d/wAA8P8eAAAAAAAAAPf/6//2/9v/3//c/+v/GwDs/+b/2P8AAAAAAAAAAAAAAAAAAAAA6v/q/+v/6v/p/xYA5//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAO7/AAAoAPX/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAPr/8v8AABEA5v/m/+j/6v/n/+H/GgDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/3/+7/8P/x/xQA8v/s/+r/6v8WAOn/6//q/+v/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8KAOb/7f/m/+H/AADr/+b/6f/Y/+v/2P/X/yQA5f8AAAAAAAAAAAAAAAAAAAAA6v8AAAAAAAAAABYAAAAAAOz/+f/0//X/8v/s//r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//s/+z/7f/r/+v/7P8LAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+H/7f/g/9v/7/8eAOz/AAD2/+//+f8AAAAAEgD3/+z/7f/t//L/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA+P/x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/6//P/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/FADs/97/7P/r/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//r/8//t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAADa/93/3v/y/9n/AADl/xIAAAD3/8D/xv/V/+T/DwDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/1//j/7v/s/xQA+v/5/x0AAAAAAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAABQA7f/t/wAA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+v/7P/g/z8A4//q/+r/5P/O/+z/4v8AAAAA7P8AACQA6//s/9z/7P/s/+v/7f8jANj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAD1//n/+f8AAAAA7f8YAPn/AAAJAAAAAAAAAAAA9/8AABMACADb/+T/0P/L/7v/0v/s/+z/7f/t/+z/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPf/AAAAAAAAAADr/wAAFADr/9z/5f/s/+D/7f/s/wAAAAAAAAAAAAAAAAAAAADb/yMA1v/e/+b/4v/f/93/JgD0/wAAAAAAAPf/1v8AABkA5P/l/+n/6f/m/+j/5/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/9v/t/+3/FADt/wAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADu/wAA7//s/+z/7P/4/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAUAO3/7v/t/+7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7//t/+r/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/+/8AABIA+v/5/wAAAADw//v/AAASAPr/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAPD/+/8AABIA+v/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/+f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/V/93/7P/r/xQABwDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAVAAAA8f8AAAAA3v8AABcA+f/B/8T/yP/h//f/vv8AAAAAAAAAAAAAAAAAAAAA3P/n/wkAzf/Z/+r/1/8AAOD/rP/E/+X/yP+9/+7/BwAAAAAAAAAAAAAAAAAAAAoA7P/s/+7/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADl/wAA2v/j/8X/zv/c/xsA1P8AAOn/EwDN/9n/5/8AANX/+f/Y/9X/FwDr/8n/wv/1/xUA+P8AAO3/7P/s/+3/AAAAAAAAAAAAAAYAAAAAAO3/+//v//b/+P8VAPD/7f8AAAAAAAAAAAAAAAAAAAAA5//z/xQA8//4/+j/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO3/7v/t/+7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/v/+v/4v/q/xkA6//q/+v/6//s/+j/7P/V/+z/GAAUAOz/8v/2//X/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/s//D/7v/s/+z/7P8UAPL/7P8AAPf/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/q/+9/9n/zP8SAOP/6P8pAOH/1v/S/97/z//R/9H/7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAhANf/2f/S/8v/2f/i/+T/GQDr/+n/9P/s/+r/5P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+r/7f/r/+v/6//r/xUA0//r//P/7f/s/+z/6/8UAOz/7P/t/+z/7f/s/+z/JQDq/+r/4//r/9//uf/f/+z/7f/s/+3/7f/s/xQA7P8dAAAAAAAAAAAA8v/j/wAAGgDt/+r/+P/x/+z/5//1/xQA7P/s//D/7f/r/+z/7P8UAOz/7P/s/+3/7P/s/+z/QQDX/9v/AAD5/8z/wf/6/wAAAAAAAAAAAAAAAAAAAADr/xUA6//r//P/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/w/+z/FADu/9r/2//m//T/4P/g/ycA7v/r/+z/6//s/+v/6f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDn/+r/6//o/+b/0//o/wAA9v/v//n/AAAAABIA9//7//L/7/8AAPr/8P8TAPD/9P8AAAAA9v8AAAAAGQD6/9j/3f/p/+v/6//p/x8A6f/t//r/AAAAAAAAAAAVAAAA4v/l/+L/3P/p/+L/HgDW/+z/7P/s/xQA7v/s/+z/7P/t/xQA8//w//H/7P/s/+//AAAAAAAAAAAAAAAAAAAAAOz/FAD4//H/7P/s/+z/7P/s/xQA+P/x/+z/7P/s/+z/4/8eAOP/5//m/+X/3//h/+z/HgAAAAAAAAD5/+7/9f/7//L/7/8AAPr/8P8TAPD/w/8gAOj/6f/R/+n/5P/f/wAAAAAAAAAAAAAAAAAAAADu/xQA7//u/+z/AADs//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD6//L/7f/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAD1//X/8f/s//T/AAAAAPb/AAAAABkA+v/t//n/7v8AAAAA7v8UAO3/7P/s/+z/7P/s/+v/6/8UAPD/AAAAAPD/AAAAACAA9f/Y/+f/7P/w//H/7P8aAPL/AAAAAAAAAAAAAAAAAAAAAOL/5//j/+b/5//c/x4A2f/j//L/4P/o//b/+P8jAOv/AAAAAAAAAAAAAAAAAAAAAO7/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6//r/+//8//u//D/FQDz/+z/9P/t/+7/7//t/xQA+f8eAOz/6//t//T/6//e/+z/AAAAAAAAAAAAAAAAAAAAAPX/+f/5/wAAAADt/xgA+f/p/93/7P/Y/+r/FQDs/+f/AADt/+3/AAD3/+3/7P8UAOr/6f/d/+b/7P/o/xoA6P/s/+z/7P/t/+z/7P8UAOv/IgDg/+L/5f/h/+X/2//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8VAOz/7v/v//X/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+z/7P/4/+3/FADs/wAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAA3P/e/+f/7P/h/9j/FwDs/+z/7P/t/+3/9v/v/xQA+f/j/wAAAAAAAAAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/9n/2P/w/+b/+P/l/+z/2v/i/+P/7P/W/xUA0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAEQDy/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/8P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+z/6/8WAOn/6//y/wAA+v8AAAAAFQDu/+z/+f8dAAAAAAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/2/wAAIQDu//H/AAAAAAAAAAAAAAAAAAAAANH/7/8AAAAAAAA6AM7/4f/3/wAA+f8AAPf/FADz/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/8P8UAOz/7P/t/+z/7f/t/+3/FQDs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAPr/8v8AABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/p/yIA5v8AANj/2P/m/+H/+f/q//f/AADr/xYA7v/s//b/7P8AAAAAFADs/+z/+P/u/+3/+f/6/+v/FgAAAAAAAAAAAAAAAADz/w8AAAAAAAAAAAAAAAAAAAAAAAAA7P/w//P/AAAAAPT/FADx/wAAAAAAAAAAAAAAAAAAAAD0//v/7f/z/wAA7P8UAPH/AAAAAAAAAAAAAAAAAAAAABUA9/8AAAAAAAAAAOv/AADt//r/AAAAAAAAAAAVAAAAAAAAAAAAAAAAAAAAAAAAANT/3P/n/+v/6//p/yEA6f8AAAAAAAAAAAAAAAAAAAAA8f/s/+z/8P/2/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8lAOT/6v/u/9r/2//p/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+3/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AAAAAAAAAAAAABgAAADm/+7/7P/y/+7/7P8WAOz/6//0//n/AAAAAAAAGAD5/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPr/AAD3/wAAAAD4/yIA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAA7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAA+v/s/wAA4v8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA+f8AAOr/AAAAAAAAAAAWAAAAAAD4/wAAAAAAAAAACwAAAAAAEAAAAOH/5P/q/9z/5v/Y//j/AAAAAAAAAAALAAAAAADr//T/7f8AAAAAFQDx/9z/+f/g//X/8v/1//T/6P8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/5//n/AAAAAO3/GAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+n/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABsA7f/q//X/+v/l/+z/AADx//T/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+z/AADu/xQA7//u/+z/AADs//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA+v/4/wAAAADq/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/t/+z/8P/r/+z/FADt/+3/7P/s/+//6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/2/wAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/6f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/8v/GgDX/8b/9//F/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/l/xYA6//t/+z/6v/r/wAAAAAAAAAAAAAAAAAAAADu/+3/7f/s//D/6//s/xQA3f/Q/87/yv+8/ycA3f/x/wAAAAAAAAAAAAAAAAAAAADt//L/7f/s/+r/7P/s/xQAHADi/+n/7//o/97/2//j/wAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAPv/FADw/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAA8f/3/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//v/7//2//j/FQDw/+3/AAAAAAAAAAAAAAAAAAAAAOb/FgDs/+z/6f/s/+r/7P8JABMA3v/q//P/6v/g/9L/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADu/xQA8P8fANP/2f/a/+D/5f/R/9D/6v/z/wAA+f/6/+//FgAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAA5f/r/+3/HwAAAAAAAAAAAPb/4//3//f/7P/j/+z/6//r/xIA6v/s/+z/7v/6//P/7f8UAO3/FADs/+7/7P/s/+z/7P/s//b/FAAAAO//8v8AAOz/9//s/xQA7//3/wAA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/wAAz//a/+v/7P/s/+z/6P8AABQA7f/6/wAAAAAAAAAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+L/7//e/9z/AADg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7//t/+r/FADs/wAAAAAAAAAAAAAAAAAAAAAVAOv/6v/s/+z/5v/r/+b/FQD3/wAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAA+P/w/x4A7P/s/+z/7f/y/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADd/9z/3f/X/+v/4//n/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+v/2f/s//j/IADa/+z/AAAAAAAAAAAAAA4A8/8AAAAAAAAAAAAA7P8AAAAAJwAAAAAAAAAAAAAAAAAAAAAAx//X/9H/AADh/xIA0f/0/wAAAAAAAAAAAAAAAAAAAADa//f/1P/U/+z/HgDr/+D/AAAAAAAAAAAAAAAAAAAAABYA6f/q//L/8P/n/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//j/7f8AAAAAFADs/+z/3//T/9j/2v/G/yYA3f/o/wAAAAAAAAAAAAAAAAAAAADx/+3/5P/y/+X/9//r/woA7P/t/wAAAAD7/xQA8P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAsAAAAAAOz/7P/w//H/7v8UAOz/6//6//L/9//7/wAAEgAAAPX/8f/r/+z/8f/3/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/t/+T/8v/l//f/6/8KAPT/7v/w/+3/9f8UAPD/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAOz/AAAAAAcAAAAAAAAAAAAAAPL/9//u//D/8f8UAPL/7P/T/wcA3//w/+z/AAANAOX/FADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/8P/t/+7/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7f/w//L/8f8UAO3/AAAAAAAAAAAAAAAAAAAAAO7/7P/t//D/8v/x/xQA7f8AAAAAAAAAAAAAAAAAAAAA7f/t/+z/7P/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAjAPX/AAAAAAAAAADd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/f/9n/HwDg/9r/4f/k/+H/4P/r/yEA3P/m/9n/2f/s/+v/6f8VAOv/4//s/+z/5f/k/97/KADv//n/2P/k//L/zP/N/yoA3v/W/9n/6P/X//H/+f8UAAAA+/8AAOz/7P/r/+L/JADf//P/5P/d/9v/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7/8UAOz/8//3/+z/7P/3/+j/0P/Z/+D/6P+6/+j/7P8UAPr/8v/t/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/s/wAA7P/u/+r/EQDs/wAAAAAAAAAAAAAAAAAAAADr/+X/9P/1/wAA6/8cAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//n/AADs/xQA7v/Z/9n/5f8AAOj/6//X/wsA6f/z/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA8v/v/+3/7P/s/+b/6v/m/xkA6P/Z/+f/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAA7P/f/9r/6/8UANv/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8ZAOv/7f/s/+H/5v/r/+z/AADo/+z/2v/i/wAA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADz//D/8f/s/+z/7//v//H/AAAAAAAA8f8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/6//r/+r/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/8/8UAPP/+P/o/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/JQDk/+r/7v/a/9v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/5//k/+j/6v8XAPP/AAAAAAAAAAAAAAAAAAAAAOn/7P/r/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2v/j//n/9P/n/ygA9f8VAOv/7P/s/+3/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+j/7f/s/xsA6//s/+n/7P/s/+7/8v/s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+3/6/8UAOz/9v8AAPf/AAD2/xMA8//t/+z/6//s/+z/7P/s/+z/FADM/+v/7P/X/9z/AADZ/wAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAVAAAA7P/s/xQA7P/s/+3/7P/s/+z/7P/s/+z/6//t/+v/FADs/+z/AAAAAAAAAAAUAPf/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAO3/AAD4/+T/+P8lAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAPr/9f/n/xoA7v8AAPH/7P8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD6//j/AAAAAOr/7P8AABUA+v/4/wAAAADq/+z/AADx/xAAAAAAAAAAAAAAAAAA5//s/+3/AADt/97/GADb/wAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAPf/AADr//D/+v/5//r/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/9n/2f/i/97/2P/X/yIAAAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAADs/xUA7//t/+3/6v/r/+v/4f/q/+j/6//r/+z/FADo/+D/6/8hANz/5v/Z/9n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA2//X/+z/AADX/+n/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADx/+z/FADs/9r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAEwDx//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7//s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/8f/u/wAAFADs/+z/9P8UAPH/AADu/+7/7v/v/+z/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5//L/+z/BgDe//H/+P/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/2P/6//b/6v/b/9//5v8oAOz/7P/w//H/7v8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6v/l/9//5v8kAOT/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAA8f/3/wAAEwDt/+j/7P/w/wAA9v8VAPb/AAD6/wAAAAAAAAAACQAAAOz/AAAAAAAAAAD7/xsAAAAAAAAAAAAAAAAA+v8LAAAAAAD2/+//+f8AAAAAEgD3/+7/4f/t/+D/2//v/x4A7P/r/+X/9P/1/wAA6/8cAAAA5//o/+j/6f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgD2/+v/7f8AAO7/6f/0/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADm/yUA5P/q/+7/2v/b/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9T/yv/C/8L/+f8AANH/6//r/+f/5P/o/xUA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAABkAAAD4/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//f/FADs/+z/1v/v/+v/4v/q/xkA6//q/+z/FADt/+z/8P/s/+7/7f8AAAAAAAAAAAAAAAAAAAAA7f/5/+X/6P/S/9X/5v8AAAAAAAAAAAAAAAAAAAAAAADy//f/7v/w//H/FADy/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAL//zP/E/9r/1f/E//T/AAAAAAAAAAAAAAAAAAAAAOj/3f/a/9j/8v/s/8v/BgDs/+z/7//s/xQA7P/s/+z/AAAAAAAAAAAAACgA7//b//H/+f8AAAAAAAAkAPD/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+X/5P8pAPb/3f/i/+D/6//s/+v/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAADwD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/7j/zv+8/wAA6v/Q/yUAFADx/wAA9//4/+z/6//t/9z/zf8AAM//8f/q/8T/HgAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADu/+z/7P/s/+D/6/8hANz/5v/Z/9n/7P/v//H/AAAAAAAA8f8UAPD/6P/h/9j/2//q/wAA2P8LAN3/2P/a/97/KQDa/9j/s/8AAAAAAAAAAAAA9P8NAAAA7P/s/+//7P8UAOz/7P/s/9v/7P/p/+n/AADr/+v/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//p/+f/FADp/xEAx//g/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/t/wAA7P8UAOz/7P/0/+3/7v/v/+3/FAD5/x4A5f8AAPX/AADk//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//P/7P/w/+T/6v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//n/8P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAMgD5/wAAAAAAAAAAz//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAPr/AAAAABUA7v/s/xQA7P/1/wAAAADs/+z/7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/AADt/+z/7P8UAAAAAAAAAAAAAAAVAO3/AADp/+n/7P/s//L/5f8XAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8AAADw/wAAAADs/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/7//P/8f/Y/+L/AAAAAAAAAAAAAAAAAAAAAO//9v8UAAAA+P8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAFQD6//j/AAAAAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAA8v8AAOv/AADx/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t//D/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/3//r/+z/6P8XAOr/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA8f/s/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAABYA9v/r/+3/AADu/+n/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+v/6//g/+X/6//q/xkAAAAAAAAAAAAAAAAAAAAAAO//+f/6/wAA+//1/xQA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDq/+z/7P/u/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADz/wAAAAAAAPH/7P/w/wAAAAAAAAAAAAAAAAAAAADs/+//+v8AAAAA7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/P/9//6//X/9b/GwDp/9f/1//a/+D/6f8TAPf/4//q/+n/6f/n/+D/6P8YAOj/AAAAAAAAAAAAAAAAAAAAAO//8f8AAAAAAADx/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAPH/AADw//T/7P8VAAAAAAAAAAAAAAAAAAAAAADz/+r/6v/y/+z/6/8WAOr/7f/t//P/AAAUAOz/7P/s/+b/IwDZ/9n/2f/Y/9j/6f8AAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAD6//L/AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/6//H/FAAAAOz/FAAAAPD/7f/t/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkAAADY/8j/6P/g/+f/1v/s/+z/7P/2/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAABQA7P/u/+z/7P/s/+z/7P8gAOn/+f/n/wAA5v/f//j/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t//D/7P/s/+z/7P8AAPr/AAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/7//r/+L/6v8ZAOv/6v/r/xgA6v/t/+v/6f/m/+r/7P/s/+//7P/s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6//r/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7P/s//f/7P/z/wAAFQDu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/GAAAAPH/AAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAx//e/9T/zP/i/ygA0//n/wAAAAAAAAAAAAAAAAAAAADt/+//7f8UAPj/7P/s/+7/FADY/wsA6//t/9b/7P/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7P/t/wAA7f/e/xgA2//4/wAAAAAAAAAAEADz/wAAAAAAAAAAAAAAAAAAAAAAAPj/7P8AAPr/AAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA9f/t/+z/7P8AAAAAAAAAAAAAFQAAAOz/AAAAAAAAAAAAAAAAAAAAAPH/+//3/wAAAAD3/xQA9/8AAAAAAAAAAAAAAAAAAAAA3v/h/97/8//r/wAAAADb/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/z//r/8T/6P/7/wAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAPL/AAARACkA2//g/9j/2f/X/9b/2P8VAOz/7v/t/+z/7P/q/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+H/7P/r/xcA9f8VAPj/AADt/+z/7P/t/wAAAADz/+//AAAmAOj/6f/s/+//AADr//D/GQDu/+X/AAAAAAAAAAAAAAAAAAAAAO3/6//y/9j/+f8fAN3/6P8AAAAAAAAAAAAAFQAAAOz/7P/t/+3/8v/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/7v8AABQA7P/s/+z/7P/s/+3/7P8UAOz/7P/q/+z/7f/s/xQA7f/s/+z/+P8AAAAAAAD6//L/AAARAPL/9v/k/+X/AAAfAN//4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+//7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/8//4//D/7f8UAOz/7P/n/xwA6P/o/+n/5v/j/+P/+//y/+//AAD6//D/EwDw/wAAAAAAAAAAAAAAAAAAAAAkAN//2//d/+f/2P/n/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7P/t/+P/7P/r/wAAAAAAAAAAAAAAAAAAAADs//T/7f/u/+//7f8UAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+z/7P/s/xQAhP8aAPn/ev/N/5L/8/+e/8P/1f/j/wsA2//d/wAA5P/g/+r/5//k/+r/GgDb/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADt/+3/7P/s/+z/6P/r/+v/7P/s/+z/6/8VAOr/6//s/+z/6/8VAOv/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/8P/1f/G/83/AADE/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAOz/8f/v/+//6//k/+v/AAAAAAAAAAAAAA0A9P8AAN//6f/v/+H/5f/n/+n/IAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/AAAAAO3/FAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8iAAAAAAD5//r/7v/2/9X/MgDK/8b/xf/i/9L/v/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+r/7f/o/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACw/woA3P/k/9j/EwDo/+b/7P/0/xYA8f/5/+v/6f8AAAAAAAAAAAAAAAAAAAAAAADt/+//7f/s/wAA7v8UAOz/2P/r/+n/4f/q/xAAAADs//f/8v/1/wAAAAD1/xoA5//s/+z/7//s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA4v/q/9r/4v/T/wAA1v/Z//b/6P/Y/xkA4v/o/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAPX/9f/x/+z/AAAAAAAAAAAAAAAAAAAAAPX/HgAAAPT/8v8AAOH/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+z/JAD2//P/+f/p/+n/7v+u/+z/sf/C/9b/zv8AAAAAAADx/+j/AAAZAOz/z/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/FADs/+z/6v8HANj/2P/r/+z/vv/a/xQAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA1//a//P/6v/z/xQA+//Z/xUA5f/s/+z/7//r/+v/5v8VAOv/7P/s/+3/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//GADm/+T/6f/p/+f/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADm/+b/6//q/+r/6v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/7v/4/+7/7P/s/8j/1P/g/9P/DgAPAMX/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA4v/e/9b/1P/R/9z/2P84ANr/3f/m/+D/wv/U/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8WAOr/6v/q/+v/5//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDb/+f/8v/p/+v/5v/p/9z/0v/V/9T/0//P/+P/KgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//0//n/AAAAAAAAGAD5/6T/2v/W/8z/2f8jAMD/DwAlANr/0v/p//P/0v/n/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAz//K/zAA1P/O/8n/4v/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6//q/+b/1f/I/+b/IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//6/+//AADs/wcA+v/j/9z/4//p/wAA4f8gAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//P/7P/w/+T/6v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/1P/X/wAA2P/4/9b/2P/H/9n/6//p/+z/KgDP/+r/5//s/+3/AADt/97/GADb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6/8XAOn/6v/p/97/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/8j/y//B/8f/AAAUAMr/1v8nANz/1//i/9r/2//a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//o/+3/6v/p//X/JgDZ/wAA2v/r/97/2//q/xIA2P8AAAAAAAAAAAAA8/8OAAAA6v/X/9f/2v/s/+z/IADe/+r/6//q/+j/6//r/xYA6f8AAAAAAAAAAAAA+f8MAAAA5v/f/+D/4//n/+D/2v8hAAAAAAAAAAAAAAAAAAAAAADg/9//5P/o/9//5//j/yAA7P8VAOz/6//s/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8KALL/2v/s/xMAuv+//+v/7P/k/+n/6//r/xUA7P/w/+z/7P/v/wAA5/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAEQC7/8L/qv/B/+L/3P/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//0//b/5f/6/+z/JQD2/+z/7P/t/+3/7f/v/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/HgDj/+f/5v/l/9//4f8AAAAAAAAAAAAAAAAAAAAA6f/n/+b/5P/o/+j/GADf/+f/6//p/+z/EgDn/xQA1P/q/9j/7v/n//H/3f/2/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAD3/wAA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAN7/3v/X/9//z//p/+P/IgDm/xcA6//q/+n/6f/q/+n/1f8xANX/0v/Z//L/z//U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv8UAND/vP+W/8z/9//3/9z/3//F/8j/5P/S/zIAwP/o/+f/5f/o/+n/6f8YAOr/AAAAAAAAAAAAAAAAAAAAANb/AADe/9b/1/8KANb/1/+5/ygA3v+7/63/AACi//T/tv9QAL//0f+1/8T/vv/F/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//W/9z/4v/q/8//2/8jAOz/FADs/+z/7P/s/+z/7P8XAOz/7v/2//j/7P/l//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAMn/0P/W/9H/zf/4/9P/zP/U/9D/LADX/8b/1f/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/ycA3f/Z/9//2v/X/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/k/+P/5//o/x0A4v/W//P/AAAAAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/p/+r/6//o/xcA6f+i/7f/MgALAMj/w//W/7r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/v/+j/AADp//P/6P8WAOj/4v/p/+b/6P8YAOj/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6f/r/+v/5/8VAOv/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//O/xoA3P/z/+z/7P8UAMn/8v8AANn/4//N/9f/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC7/9X/1f/Q/8r/CAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//X/+P/u/+z/FAD6//n/7P/u/+//7P8TAOz/1//6/wAAAAAAAPD/AAD7/xIA+P8RAAAAAAD5//n/AAD4/wAAAAAAAAAAAAAAAAAAAADn/xcA6//r/+v/6//q/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//b/yIA3//l/+D/3v/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvv8AAAAA7v/z/wAA8v/V/+b/2P/j/9n/4P/i/yQA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//r//P/7P/r/+z/7f/t/+3/AADv/+b/GQD1/wAAAAAAAAAAAAAAAAAAAADs/8v/JwDc/+r/yP/Z/97/xP+8//H/AAAAAMT/+f/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD/9b/yv/l/97/2/8zAMb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/5f/k/93/9f/r/xYA4v/R/wAA2//c/+X/y//0/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+T/4v/w/+b/GgDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgDy/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/r/+3/7P/j/+v/6/8AAAAAAAAAAAAAAAAAAAAA6f/r/+//7P/r/+r/6/8WAOb/6P8eANb/5v/r/9n/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//H/AADs/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/xQA9/8AAAAAAADs//T/GQDr/+n/9P/s/+r/5P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v+0/8b/wP+6/+j/GADX/wAAAAAAAAAAAAAAAAAAAAAAAPP/GgD1/wAA7v8AAOz/AAAAAAAAAAAAAAAAAAAAAO7/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f/r/+r/7P/s/+v/FgDr/wAAAAAAAAAAAAAAAAAAAADc/+r/7P/q/+z/2P8mAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/P/9L/IwDb/83/6f/J/wAAAAAAAAAAAAAAAAAAAAAAAN3/1v/D/9n/AADw/9j/CgDR/9X/BgDW/+v/1f/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8AAOz/FADs//L/7P/Z/+z/3v8WAOr/EgDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xwA7P8AAOf/+f/s//n/AAAAAAAAAAAAAAAAAAAAANT/6f/6/xsA1v/O/8f/4v/l/97/6v/l/9r/BQAAAOD/AAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8RAM3/1//h/+P/AADi/9j/6/8VAAAA9//s/+z/+P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6//X/wAA5f/J/+f/yP+9/9L/RACu/8v/t/+j/7f/AAAAAAAAAAAAAAAAAAAAACwAAAD6//v/AAAAAN3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0/8b/n//6/+f/4f8AAAAAAAAAAAAAAAAAAAAAAADn/xwA6P/o/+n/5v/j/+P/5P8gAOD/3//g/+P/2P/k/wAAAAAAAAAAAAAAAAAAAADn/+f/6v/r/+r/FwDo/+n/AAAAAAAAAAAAAAAAAAAAAJT/8P/E/8//yf/x/63/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAALAAAAAADV/9z/4//X/+j/3/8nANj/AAAAAAAAAAAAAAAAAAAAAOv/6v/s/+z/7/8UAOv/7P/v/+z/FADu/wAA8f/s/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/r//H/7f/r/+n/7P8AAAAAAAAAAAAAAAAAAAAA+//7/9z/3//f/+v/BQDk/wAAAAAAAAAAAAAAAAAAAADj/x8A6//r/93/5P/d/+n/AAAAAAAAAAAAAAAAAAAAAPn/5v/z/+H/GwD4/+b/5//n/9//AAAKAOX/2P/W/+v/7P/s/+z/7P/3/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADt/+n/6v/q/xYA6//s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/1f8eAOH/4//Q/9H/AADd/9n/6//t/yYA6v/g/+3/CwDi/+z/8P/s/93/+P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/3f/i/9j/6f/b/yUA2/8AAAAAAAAAAAAAAAAAAAAA0//H/9H/1v8OAKz/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//H/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAPf/AAD2/xMA8//t/wAAAAAAAAAAAAAAAAAAAAD2/9T/7//g/wAAMgAAANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc//n/1//f/+n/0f8SANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/X/+H/5/8AAOb/5f8dANf/4P/f/97/3P/a/9n/IwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/k/+H/5f/n/xwA5//i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/5/8AANj/2P/X/9j/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AADw/ygA7v/X/+z/2f8AAAAAAAAAAAAAAAAAAAAA6v/p/93/5v/s/+j/GgDo/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u//T/7f/s//b/FQDu/+3/7f/7/+z/6v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//b/AAAAAPD/GAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//r/+v/6//p/+n/FQDr/zQA5//x/wAA+v/a/9P/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/4v8MAM//3f/r/w8A4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8mAPf/9v/g/9z/9P/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwD6/wAAAAAAAPf/9f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOz/7P/6/+7/7P/k/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/GADh/+T/5v/U/+n/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+z/7v/u/+z/9P/w/+z/FADu/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+z/7P8UAOr/AAAAAAAAAAAAAAAAAAAAAOz/FQDq/+7/7P/k/+z/6f/s/+z/7f/s//H/FADs/+z/DQDY/8n/9//C/7n/7//I/wAAAAAAAAAA+v/1/+f/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/xQA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/6//o/+j/5P8WAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/v/+3/FADs/xQA8f8AAPf/+P/s/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3AM3/1P/L/9j/1f/U/8z/1v/h/9z/4v/i/+H/1/8zANT/JwDK/9L/AADS/7X/3/8AAAAAAAAAAAAAAAAAAAAAFQDr/+z/7P/s/+v/7P/r/wAAAAAAAAAAAAAAAAAAAADV/9b/1P/Y/wYAy/8AALr/6f8WAOr/6//s/+n/6v/q/wAACQAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAA4v/W/+P/IADl/+X/1//V/wAAAAAAAAAAAAAAAAAAAAATAPL/6P/n/9T/5f/x/+r/AAAAAAAAAAAAAAAAAAAAAN7/IQDr/wAA5v/x/9T/6P8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7//s/+z/7P/v/+v/6/8XAOr/6//r/+X/6v/s/xQA7P/t/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAMf/AADW/9X/z//T/wAA0/8AAAAAAAAAAAAAAAAAAAAAoP/Y/63/9f8AAMz/yf8TAOz/FQDv/+3/7f/q/+v/6//s/+z/7P/r/+z/AAAFAOn/7P8XAOj/6v/s/+v/5f/o/+T/FQDq/+v/1//k/+v/5v8AAAAAAAAAAAAAAAAAAAAAHwAAAPD/AAAAAOz/5P8AAO3/FADu/+3/7P/s/+z/8P/o/+L/4f/l/xoA4f/V/+f/8f/q/xgA7P/x/+f/6f/o/wAAAAAAAAAAAAAAAAAAAAD3/xUAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/9r/3/8UAN7/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/3P8AANX/4P/U/xkAy/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOD/6//z//j/5f/h/+D/7v/h/+3/4P/b/+//HgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8gAM//y//k/83/2v/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkA0f/R/9L/0P/6/83/y//s/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPT/9//y//b/AAD0/xUA8//i/+X/4v/c/+n/4v8eANb/7P/s/+z/FADu/+z/7P/s/+r/GADp/+v/6v/p/+f/6v8mAOH/1v/h/+D/1P/a/9H/AAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAA9//t/+z/FADW/9D/2P/C/9z/zf8yAMv/FADs/+z/7f/w/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//s/+z/9P/u/+3/FQDx/wAAAAAAAAAAAAAAAAAAAAApAPH/9v8AAAAAAADY/wAA7//z//L/+P8AAOr/GgDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA4v/p/+//6P/e/9v/4//5/xoAAAAAAPX/AADv//j/AADt//v/AAAAANz/AADf/xUA6//q/+z/7P/m/+v/5v8AAAAAAAAAAAAAAAAAAAAA1//h/+b/5P/o/xsA2//Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAB4Azv/o/9f/6P/p/9L/1/8oAPD/9P8AAAAA8//Y//b/7P/s/xQA7P/t/+z/7P/s/+D/4v8aAOL/4P/n/+r/4//r/+n/FQDr/+P/7P/s/+X/AAAAAAAAAAAAAAAAAAAAANf/GgDG/9b/7v/w/8D/1//t/+z/7P/t/+z/7P/s/xQA6f/r/+v/6//s/+n/FgDs/wAA6v8AAAAAAAAAAPv/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/5v/b/+n/6f/U/+H/KwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/q/+j/5f/q/+n/6v8XAOz/+f/2/wAAAAAAABQAAADq/+n/6f/n/+D/6P8YAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApAPf/3f/6/9f/6//c/8r/AAAAAAAAAAAAAAAAAAAAAMf/3v/U/8z/4v8oANP/5//4/+z/AAD6/wAAAAAgAAAA7P/s/+z/FAD1/+3/7P/s/xMA2P/r/8X/6P8AANT/xP/d/9j/6v/G/83/EADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+//6v/g/+r/0v/3/63/w/8AAAAArf/c/8b/2//D/wAA4P/b/9r/3v8AANn/6P/Y/+z/7P/a//T/AADC/xQA7P/r/+z/6v/v/xQA7f/s/xQA7f/s//D/7v/s/+z/7P/k/xQA+f8AAAcAzP/s/w8AAADc/9r/2f/Z/9j/1P8AANb/3P/o/9n/EADE/+n/GADU/9D/5f/i/9n/LADU/9T/wP/R/8L/2//g/xIArP8TAAAA4//S/9T/0P/E/wAABQDp/xcA8P/6/+v/7f/3//D/8f8qANr/9P/e/9b/1//j//L/FgAAAAAAAAAAAAAAAADs/+r/CgAAAAYA5v/3/wAACADq/xQA7P/v/+z/2v/q/+//8//U/7//5//4/97/AADt/+z/FADt/+3/7P/s/+z/AADT/8r/1P/D//T/FgDT/+v/GQDu/87/z/+0/9H/0P/y/+D/o/+4/8P/4v8iAPL/2P/c//D/AAAUAOD/7P8AAOj/1f/d/+H/4P/q/yUA2f/D/87/MQDD/9X/2P/I/9X/0v/U/zEAx//Y/8f/0//X/+D/5/8hAOL/2f/g/9n/6P+g/+j/vf++/6b/0/8AAPn/AADm/+P/6f8UANv/6v/q/8r/1f/V/+L/4v/z/8D/FAC2/9b/rv8MAMT/JAD5/8H/xf/G/8f/2v/I/wgAFADh/8v/7f/w/w0Azf/M/9D/sf/q/+X/+//W/+z/FADd/+z/6v/m/+z/1//t/xQA7P/s/+7/9f/u/+b/+f8AAOj/6/8YAO3/7P/t//X/6//o/+b/AAAAAAAA+f/5/+T/DAAOAPL/6v/q//j/7f/s/xYA6/86AAAABwD3/5j/n/+y/+3/6v/Y/93/2//c/9j/IADr/47/zv/1/9r/uf8GANH/1v+7/wwAzf/D/9b/0/8TALL/6f/r/+r/7P/s/+v/FgDr/xAA7f/p//n/3//Y/+z/AADq/wAA9P8AAAAAAAAXAAAAuP/V/wAA1v/d/xYA9f/I/8L/s//O/ysAuf/i/9b/BgDc/9D/2P/o/9j/DwAAAO3/7P/s//r/9P8AABQA7P/t//L/tv+w/7j/AACt/wAA4//w/+3/7v/z/+3/7P/i/xQAGwDV/93/w//d/+T/0f/p/+n/DgDq/+H/1//h//j/zP8AAN3/6P/h//H/3//j/wAA6f/o/+v/FwDr/+H/6v/g/9L/MwDF/+X/3//G/9T/xf/k/wAA6//t/7T/GQDb/7//2P8GANn/1P/X/9f/1f8AANn/3f8xAOD/5f/d/97/6f/r/+v/7P/o/+z/1f/s/xgAqP8RAPP/0P/z/47/BgDJ/wAA5f/q/8v/5f8LANz/1//2//n/7P/d//D/DgDY/+v/GADs/+r/7f/v/xQA6v/s/+P/7P/s/+z/7f8UAOz/6/8aAOz/8f/y/+7/3v/r/+n/wv/Z/xQAxP/K//H/w//5/7//EgDI/7D/uv8RANT/6v+5/+n/0v+0/6H/KwAJAL7/FwAAAPP/AAAAAPr/2f8AAMT/RADT/+T/1P+s/7b/z//n/yEA2P/o/9L/7P/U/+z/vP8xAN3/2v/I/9n/uv/m/9H/OQDB/9X/y//C/8f/wf8jAND/yf+z/+T/yf8AAOr/5f/c//H/AAAAAPf/HgD5/xQA7P/y/wAAAADs/+z/7f/Y/xUA8f/2/+v/AADh/+T/5f8bAK//w/++/+n/v//A/+n/FQDc/+z/7f/r/+7/6f/l/8v/LgDV/9H/tv/N//b/FQDs/+D/7P/n/+r/6P/s/9//5P/s/+z/5v/Z/9z/KADd/63/AAC9/8n/6//j/wsA2f/d/zEA4P/l/93/3v/p//L/JgDt//P/AAAAAPb/8//i/+L/9//Y/+f/6//3/xQA7P/s/+z/7P8AAOj/7P8FANb/AADH/8P/vf/5/8X/6P8AAOD/2//a/97/AADZ/+j/0//s/+z/8/8AACwA7//o/+z/6//v/wAA7P/Y/9r/EwAIAPr/AAAAAAAAFADo/97/7f/s/+z/7v/t/+z/FADs/9//FgDq/+v/6f/Y/+X/AADj/x8A2v/h/+f/5v/g/97/xv/H/87/zv/T/z8Aw/+8/9r/2v/Y/9b/EADp/+P/EwAHAOz/8v/0//D/FADQ/+v/vP/H/8T/9P/b/wAAIQDM/xQACgDI/9X/yf/I/8P/5v86AMz/1//h/+f/xf/Q/7H/6//5/+7/AAAAABUAAADi/7//AADG/7n/qP/D/x8ACQDu/73/0P/M/wYAJwDV/8n/AAANAL//yf/7/9v/0P/T/7j/rf+4/73/DACi/yoA6v/n/93/6v/q/+X/6P8bAOz/8v/m/+7/8P/w/+z/7/8UAOf/4v/N/9v/4v/s//X/FADB/9P/2f/s/wAABwAAANL/0/+z/6//8P/1/w0AAADW/+H/2P8RANb/2P/s/wAA6v/s/+z/7f/t/+7/7P8UAOz/GwAAAAAAAAAAAPr/7P/f/9n/4f/x/+D/6//y/yMA1P/k/+b/5//s/+3/zf8ZAOz/AAD1/+3/AADm//L/FAAAAPb/3v/j/+//8P/l/x8A9f/6/wAA7P8AAPb/7f8AABUAJwDj/9r/AAD3/+P/tf8AAOz/7P/6//T/AAAUAOz/7f8AAOz/7//d/+7/AADr/9n/2f/Y/9z/2v/j/+v/4v8nAM3/6P8GANL/1v8fANL/2P8QABMA1//r/+n/7P/b/9v/tv+C/6b/DwCe/7j/zf/x/z0Ahv/D/5v/4v/X/8D/DAAAAOz/7f/t/+7/FADs/+z/EADE/8r/0/+z/7f/t/8AAPv/5P/n/xgA5//X/9b/0v8AAAAAuf/l/9H/AACx/57/5P/p/9f/4f/Z/yAA0P/p/+X/+f/r/wAA7/8QAOD/BgAHAOX/1v/l/8v/FADH/+v/uv/r//D/GADq//f/2f/i/wAADgC7/9f/1f/S/9n/0f+o/83/v/+q/67/+f8VAAAACQDY/9L/2//d/8T/BwC7/xoAxP/W/9P/xP/l/6b/FADT/8T/+v/F/9T/2//O/ykA7f/s/+z/7v/t/+z/FADs//r/7f/s/wAA8v/u/xUA+P/f/9n/6v/k/+b/3/8cAOf/5f/i/+3/7//u/9j/KgDk/wAA4P/b/9r/3v8AANn/6P8AANP/5//a/9X/EgDa/+b/yP8IANn/6//X/wUA5//s/y0A2P/j/9X/2P/J/8L/6f/s/yUAtf+u/8L/x/+q/77/xP8VAPL/xf/J//H/y//m//H/2f/L/7D/cf8SAKH/8v/V/8L/4f/T/woA5v/k/wgA5P/m/+z/5v8QAOz/2P8AAC0A3f/U//r/y//b/7n/6P/r/wAAAAAAAAAA6v8cAAAAs/+7/wAAFQDB/wAAvv/i/+3/7f/s/+z/+f/s/xQA7P/T/ysA4P/X/+P/1v/2/97/+f8XAPf/AAAAAAAA8f8AAMb/AADs/+z/3v/X/xYA3v/s/xQA9f/5/+7/7f/s/+3/7P8UAOr/7P/s/9n/6/8AALj/3v/R/9j/1v+9/+P/LAAHANT/wf8TAND/sv/H/wAA0v/V/9X/1v/U/ysA7P/J/+r/5v/s/9f/7f8UAOz/7P8AABYAAAAAAAAAAADr/wAA5f/r/+z/FADw//T/7f/s/9f/AADo/+n/FADb/wAA7P/U/+X/6v/k/9r/6P/i/yUAAACx/7j/sf+v/7H/AAC7/9f/1v/o/8v/2v8IAA4Aw//3/+//9f/l/wAAQwDy/+T/tv/E/+n/8//g/w8AHgC7/+r/6P/Q/+H/6P/l/xsA7P+k/7n/zv/1/6X/4/8dALv/7f/T/9T/9//G/8n/8P/P/9n/6//o//P/AAAhANr/7v/p/+j/5//o/+z/5P8aAOP/5v8WAOn/4v/a/xEA1P/n/wgA3f/D/8b/DAD6//v/x//d/9r/2P/h/xQA1v/b/wAA+//7/9P/r//Y/9X/8/8AAOv/6v/s/+n/7P8VAOz/7P/S/xwA4v/d/73/3P/p/7j/yf/W/9b/1v8PANf/2v8nAAAA3P+v/7P/AADU/wAA2f/a/9r/2P/W/xAA6f/j/xMA6v8VAPX/5v/u/+b/5/8AAPb/4P/h/9j/2v/j/wcA+P/r/xcA5v/p/9z/6f/n/+b/HADp/97/4f/g/83/9v/j/8T/0v/m/+X/y//S/zMA1//s/+z/7f/c//T/9f8UAPf/+f8AAAAA2f/0/+n/9/8pAMb/0f/r/9//w//U/w4AFQAAAAAA+v/5/wAA7f8UAAAAAADL/+L/vv/a/yYAxv/q/9j/2//k/9r/6P/o/x4A2P8UAOz/7P/t/+3/7P/s/+z/4//s/+z/7P/t/xQA7P/r/8j/x//R/+3/iP/m/+f/CADs/xQA7P/s/+7/6//s/+z/+f8XAPf/AAAAAAAA8f8AAOz/7P/s//D/7f/s/xQA7f/s/+z/6//s/+z/7P8UAOz/w//m/9T/2f/T/+3/EADL/wAA6//T/+H/7P/T/wAA0P/O/87/7P/a/8X/3f8sANj/1f/d/+n/7v/g/9z/8//N/+z/7v/y/+z/7//t/xQA7P/V/9D/0//S/wAAyv/P/9T/9v/E/9H/zf++/+T/5f8GAMb/xv/a/9v/1v/V/xcAAADT/9H/AADO/8//DwDu/8D/4P8TAOz/6/8AAN//5f/T/9n/1//Y/9b/1/8UANf/AAAZALH/wf/H/8X/tP+//wAARQC+/8v/uf+z/+//2P++/ywA5P/p/9b/zv/T/97/0/82ALf/nf+g/+r/uf+1/wAAAADD/9T/1P/Y/+X/9P8VAMv/5v+6/+j/uf/x/+n/DgD5/+v/1f/W/w4A0f/X/wAA5v/Z/+z/7v/v/+7/IQD1/9j/2P/c/9X/2P/W/ykA2P8AAPL/CADg/wAAGgDa/+L/5//q/+z/1f/B/xYAwP/s/9P/8//F/+D/y/8SAOH/AADk/+j/FQDr/9T/5//o/wAA3P/e/xYA5f/l/+r/8//o/xEAyP8AANv/AAC1/xAAzP/g//P/tP8AAOP/9f/W/83/1f/s/+z/2f/s/yoA6v/h/9P/1P/Q/9b/1/8sANb/4P/G/97/zf/C/8//yf/V/zwA6//s/+z/7f/s/+z/6/8VAOv/7P/s/+3/7P/s/+v/FQDL/7b/0P+8/7r/2P+0/0UA7//i/+j/7v/x/+z/7f8UALv/xP/p/xQA+v+0/9D/AAAOAL3/v//M/+X/1//4/7z/CgAJAOL/2v/X/8b/1f/Y/+z/9//r/+v/8f8UAOT/7P/p/83/yP/G/8f/7/8AAAAA6f8VAOv/7P/q/+z/6v/s/8r/0f/i/+n/1P/b/yIA1f/u/+v/7P/v/wAAFADs/+z/0//k/8P/3f8iAMv/BQDc/+v/7P/q/+v/6/8AAN7/EwAtANz/v//F/8b/0f/X/8T/5P/q/+r/7f8AAPj/EwDX/+n/3f8XANn/7P/r/+r/6f/Q/+b/4P8mAOf/yf/a/+b/3//H/9f/1v+w/xEADgDb/7v/tP/I/+j/uP/J/+n/LQAAAPf/9P8AAAAA7v8YAAAA5//K/9T/6f/Z/9P/t/8rACgA6v/m/+n/4v/X/9j/3P/Y/w8A2v/s/+D/2/8AAOv/6f8mANf/1P/N/8b/2v/X/+r/6v/r/+r/6f8WAOf/6//s/wkAxP/N/+H/wf/7/8j/+P8GAK7/t//H/9H/8/8AAAAA6//p//D/7v/i/+P/EwDs/+v/FQDm/+r/6//o/+v/mv+y//f/9//E/wsAsv/5/wAA6//f/+n/EwDe/+f/2P/R/x4A0P/S/+H/EADZ/8v/AAAOAPn/AAAAABgA8f/0/9r/4P8ZAOH/6//t/+f/5//F/+L/GwDI/8n/1f/C/+z/8v/s/+z/7f/u/9z/FADs/9r/AAAAAAAAAAATAAAAz//Q/xwA3v/q/+P/5f/3/8v/4P/Z/+D/2P/N/9P/DgANAAAAzf/m/9//yv8VANL/xP/g/9n/1//w/+j/DgAAAAAA6f/Z/+z/1v8AAN//GwDZ/+v/6f/o/+j/7f/n/xgA5v/X/9f/NQDj/97/1f/i/9f/2P8QANr/6//t/9j/2P8AAKL/2f8GAAwA6P/V/8P/xv/Y/9j/2f/s/wAA9v8oAOD/5//p/+T/3P/t/+v/FgDg/wAA4P/b/9r/3v8AANn/6P/e//n/AADO/8n/1f/j/8z/+P/U/7//2P/Y//T/CwDi//L/8f/i/9X/2f/R/xAA2/8AABYAAAAAAAAAAADu/wAA1//F//f/zv/N/x8A2P/q/8D/2v8TANb/0v8OAM7/yf8lANL/2v/n/9v/2P/U/+j/6P/y/+7/+v8AAOn/GQDt/+z/FADs/+3/7P/s/+z/7P/1/9f/3v/2/+D/0f8hANz/4P/6/+n/5v/r/xQA6//q/6v/OwCo/87/1//N/+D/vP++/w0Ao/+T/+v/5f8KAKr/4v/e/9L/2P/o/wAAAADW/6f/u/+q/zYA3P/U/9n/zv/w/+z/7P8UAO3/7P/s/+z/7f/t/+3/AADv/+b/GQD1/7P/ov/0//j/nP8tAML/1v+M/6//5v+1/6H/RwDC/63/z//W/9//1P/O/x8A5P/r/7v/2P8AAAAAIQDP/9f/1f/f/9r/4P/r/wAA2P/r/w8A2P/s/9b/AADc/87/+v/Z/+D/JADl/+7/8v/X/+//2v/i/+z/EgDl/+v/AADZ/+T/DQDC/8//yv/Q/wUAzf/z/wAA9f/t/wAA5v/y/xQAAAAYAOT/+f/3//r/1P/W/8T/w//K/w4Av//B/+X/GQC9/+z/7P/t/+7/7v/v/xQA7//W/wAA7//I/8j/zP/b/9n/wP+s/+H/AAD0/wAA0P+x//H/2f/H/9L/GADv/7//vf/m/97/6v/p/+L/5/8bAOz/1//r/+P/6//q/xQA9P/r/+z/7P/s/+z/7P/s/xQA7P/W/+n/7P/t/+3/7P8kAOz/4f/o/9b/sf/Q/6n/sf8AABcAAADy/wAAAAD6/9j/AADZ/+T/9P/h/9v/BgC2/w8A3v/c/wAA5f/r/9//AADf/+z/FADt/+3/8v/s/+r/7v8LANb/1//m/9v/5v/H/xAACgDY/9n/6//Y/wYA2f/u/+D/0//z/wAA8P/4/wAA6f/q/+b/7P/U/+7/FADs/+z/EwDZ/+X/6f/m//f/2v/S/xQAmv/H/73/6P/s/+r/wP/h/8r/2P8AAOn/1/8MABYA1f/e/+v/8v8AAOz/EgDb/67/xv/W/+D/8f8KAAgA5f/n/+n/5P/c/+3/6/8WAOH/2v/W/xMA2v/m/9v/AADc/8H/yf/N/9r/4/8AAMb/FAD3/9j/2f/X/+z/6f8iAN//0f8HAPH/3f/g/wcAvv/K/wAA4v8AAOr/1//Q/wsA5//J/+z/FADi/9T/FgDo/9j/4P/Z/+r/5//n/9//HADo/+f/6f/k/9z/7f/r/xYA4P/S/87/9v/a/9f/DQCz/w8Ay//Q/8//3//U/zEAzv/H/8j/4//s/93/DwDs/+b/AADr/+z/7P/t/+z/7P/r/xUA7P/s/+z/7f/w/+v/FQDs/8v/0P/X/9X/+v8AANr/+f/a/9b/1P/X/9f/4/8qANj/6f/s/+3/AADs/97/FwDa/+n/7P/t/wAA7P/e/xcA2v+q/xQAxf/q/9b/v/8OAMj/5f8eAOH/4P/g/+P/2v/q/9f/KQDY/97/7P/Y/9n/1v/1/+b/4//q/+L/tf/S/xsA8//n/+r/2v/l/+r/x//A/+z/7P/s/wAA7v/m/xkA8/8AAOD/2//a/97/AADZ/+j/2v/b/9L/uv/e/zQA4f/R/8//0P/l//X/6P/h/zAA2P/P/+L/0P/f/wcA0/8tANL/8P/t/+r/+P8AABQAAADw/+7/7P/p/+7/7P/r/+v/FAArANj/1f/m//f/AADU/9j/AADV/+z/2f/X/8//DQDr/+r/GQDs/+X/5P/d/+X/6P8AAAAAAAD6/wAA7f8UAAAAAADr/+n/6v/q/+f/CwDg/+z/7v/s//X/7P8VAOv/6//a/+z/6f8YAOz/6v/g/+j/DwDE/9n/9P/n/8r/1v8IAO3/AAC0/8n/vf/L/+//v//B/8n/zf/a/+P/AADG/xQAIwDX/wAA3f/Z/9f/yv/D/9f/v//O/9f/2v/w//n/CADs/+7/8v/s/+//7f8UAOz/8P8AANT/0//M/9P/BgDn/8v/wv/N/9r/5v/V/z4Axv/q/wAA9P8AAAAAAAAXAAAA6v8AAPT/AAAAAAAAFwAAAOr/6f/d/+f/7f/o/xoA6P8VAOz/9f/v/+3/7P/q/+n/w//D/wAAyf/p/xMAAADh/7z/tv+//8H/w/9KAND/pf8AANP/w//W/9//BQD2/9//6/8YAOj/7P/k/+P/3//o/9z/KAD4/+v/6P/R/9D/6f/m/ygA6P/g//D/6//Y/+X/DgDU/9T/6P/a/8P/0P8RAOz/7P/t/+3/7v/s/xQA7P/M/9//yv/f/8r/pf/B/0kAAADt/7z/Zv/V/8H/5f/i/9L/AADF/+v/o//x/ykAxf8QAN3/2f/U/9f/yf/3/8v/1f/r/+b/6P/i//T/KQDQ/+z/7P/t/+7/7v/v/xQA7//0/+3/8//3/wAA7P/s/xQA7f8AAPn/AADu/woA6v/r/+j/6//p//D/6f/I/+L/GgDl/wAA6v/k/9z/2P8AAAAA4v/O/9D/1f/Y/8L/GAAUAAcA7//X/9n/5//s/xAA6//q/+v/5/8AAO3/2P8UAOP/DwDV/83/m//l/9//wf8AAOr/CQDN/+D/0f/f/wAA0P/U/+n/0v/N/wcACwDE/7r/+v/5/+r/zP+4/+D/tf8QAOn/+f/s/+3/7v/s/wgA5/8nAMf/7v/o/+v/0v/0/9z/4v/s/+b/2v8UAOv/AADY/8b/AADY/97/0v8fAOD/5P/6/+v/AADp/+v/8v8AAOr/4v/v/+3/2f/L/+D/9f8NAOn/4//L/+L/zf8AAPn/4//D/9b/AADp//T/EwDt/+L/DADq/+j/AADx/xAA3v/g/wAA2//a/97/0v/Y/9f/HQDt/xEA7P/s/+r/AADr/9r/1//i/9v/2//Z//L/9f8AANX/2v/Z/8z/p/8IALP/IgDS/zMAxf/l/9//xv/U/8X/wv9BAKf/rv+m/8z/qP/j/+H/FwDq/+v/6f/p/+v/6v/h/04Ayv+9/6n/m//A/7P/3v/v/xEA4P/U/wAA2P/s/wAA2f/F/wAA4v8MANH/5v8VAOz/4v/l//H/7P/r//P/AADV/8T/0v/N/+j/CQDI/+j/FQDu/wAA3v/r/9n/6v/J/8P/BQAWAMj/vf/o/9n/2P/X/xMA2v/Z//H/9v/o/+//AAAAAAAAAAAZAPr/AADs/8z/9P8AAPX/1v8WAPD/AAAoAHj/8f+y/9L/9P/Q/+z/7P/s/+v/7P/s/xQA7P/j/wYAyP/u/9P/x//e/xQA9v8pAKr/iv/h/7T/qP/E/8P/BQC4/8v/EwDg/8n/1v/H/9D/2//y/ycA0f8FANT/yP8WAOj/o/+J/8n/EADH/wAA6f+i/8v/rP8PAOL/2P/H/ysA0v/6//r/r/+y/+r/7P/s/+z/FgDp/+z/5P/s/9r/7P/p/xgA7P/q/+D/6P/s/+z/7v/y/+z/7P/t/xQA9P/T/+D/0v/U//r/1v8LABgA5f/s/+z/8f/r/+j/5v/r/+f/7v/p/+3/4v8ZAOr/2P8UAOb/AADY/8z/2f/Y/xcA7P/u//b/+P/s/+X/8P8XAOz/6//3//n/9P/l/9v/4v8GAND/yP+x/9r/1f8TAPn/+f/0//n/AAD2/yMA7f8AAAcA6//m/9//1P8AANr/DADd/7f/AADr/9f/7//a/9L/7P/s/xQA7P8GAOv/6v+G/6v/hv8NAJb/w/9FAOf/4/8HAAAACADh/9r/6v/Z/y0Au//W/+D/sf8AAMT/4v/U/8X/y//e/+T/AADs/xEAz//a/9L/5P8iAOL/3/8AAMz/9/+1/8v/LgDo/8z/zf/r/+j/6f/o/+r/AADr/xIAEwDb/8v/3//b/+v/4f/a/+//yP8RAL7/wf/B/yEAyv/p/9P/5P/w/+//7P8eAOz/4//V/wcA2v/Y/9D/EQDq/+n/FwDw//r/6//t//f/8P/s/+b/7P/r/9v/4/8YAOv/6f8XAPD/+v/r/+3/9//w/9j/2//k/97/5f8LAAAA6P/Y/wAA3v/c/93/2v8AANr/AAAAAAAAAAAnAAAA9//Z/+r/CwC3/9b/yv8VAOb/2f/D/8X/AAC4/9f/yP8mANv/8v/X/+r/3//H/8P/JQDP/97/DADt/wAAAAAIANL/6f/c/9z/1//s/wAA1v8pAOT/2v/q/7H/CACs/8n/AADC/+f/4//g/9j/0/+//ygA3P/D/6n/FgDX/8T/vP/Q/woA5P/r/7//1v8UAO3/xv/6/+n/5P/m/+r/3P/r/xoA6v/h/9D/9f/O/9b/yf83AN//6f/X/9n/0f/Y/+P/IgDb/9n/4f/b/9j/6//r/xYA7P/R/9P/2//R/97/2v8vANv/AAD3//T/AAAAAO7/GAAAAO3/7P8UAO3/7f/s/+z/7P/L/67/HgDS/63/6P8SALb/7f8UAOz/7P/u/+n/6//s/9X/DADS/+L/AAASAMf/0P8WAML/1v+o/7b/+P/o//P/7P/t/+3/8//t/xgA6//d/7D/AADQ/+v/+v/o/wAA6P8AAKn/vv++/8//9f8AAPb/7v/t/+z/7P/7/+z/FADs/9L/tP/y/wAAkf/z/9L/5/8bAPn/+/8AAAAA8f8ZAOX/EgDs/+v/AADo/9v/1/8AANj/6v8UAOb/2P/p//v/3v/q/+r/FADr/9j/AADp/+X/5//x/wAA1P/s/93/8/8bAAAA0v/Y/97/5P8WAOT/6v/e//T/yv/Z/9D/EgD2/+n/4//V/9j/1P/Z/9n/KwDW/7f/1v+u/7z/qP8AAPP/AADk/+j/AAAUAPb/AADp/93/FADs/+z/7v/v/+z/7P/s/xcA8v/u/+//AADw/+f/zv8AAM3/3//t//r/0/8LAMj/5f/I/93/uP+c//P/vf/h/9n/z//H/8z/2v/T/wwAAADc/wAAEwDY/87/1//T/+f/+P8AAOz/3P/k/9X/AAAAAN//2f/q/+T/5v/f/xwA5/8VAO3/7P/t/+3/7//r/+f/1v/p/+z/7f/t/+z/JADs//X/4P8AAIr/0P8KAMz/rv/X/9r/2P/c/9v/+//s/wkA2v/s/xUA7P/m//X/6v/q/+3/AAAAAAAAAADc/xsAAADR/+n/FAAAAPD/+v/Y/+z/3f8AANn/0v8iAMP/1v/Z/+j/IQDb/+f/0f/w/+D/0P/r/+v/6//o/+z/3P/s/xcA4v/V/8H/yf+3/+n/9P/Y//X/5f/r/+D/4P8AAOH/1//q/+r/6//q/+n/FgDn/+v/7f/q/ycA6v/s/9H/7P/3/+b/2f/s/+7/7//u/yEA9f8iAPL/x//I/83/wv/O/9P/7f/s/xQA7f/t/+z/7P/s//r/5v/k/+X/4P/d/x0AtP/6/wAA9/8AAAAA+P8iAPH/AADo/9v/8//s/9j/EADa/wAA6f/a/+z/7P8IANn/xP/Y/9j/2v/W/wAACQDb/+v/wf+y/xkApf+a/9T/BgDi/xMA5//Y/9v/2/8AAN//6v8AAAoA6f/f/+n/3v/Y/+j/6f/z/9v/2//o/+j/HADm/+H/3f/s/w8A7v8AANn/3f/s//P/8P/y/+b/7P/r/xQAAADA/9X/3P8UAOv/1//R/6r/vP/0/6n/AADx/9b/0f8UAOz/6//t/+//+v/r/+f/2P/p/xMA6P/o/9j/4P8AABcA7P/s/+3/7f/s/+v/3v/7/wAA8P8AAPD/FADt/+v/1v8QAOH/AADG/+T/1P/7/9v/7P/X/yIA7P/q/9H/3//o/xUA6f/i/9r/EQDU/+f/xv8GANb/yP/W/8X/AADL/+7/FQD3//X/9v/u/+z/9f/W/8b/x//A/8//wP8tAMv/4v/a/wAA2//x/wAA1v/W/+n/5v/p/+P/5f8ZAOL/6f/i/9f/IgDd/9P/5f/a/+X/4//s/+z/7P/t/xQA7P/r/zQAzf/d/9v/5f/L/83/yv+o/9z/4f/3/8z/2//T//T/xf/H/8L/vv/P/8f/NADa/wAA7P/j/+z/7v/Y/9b/FADr/xUA4P/s/+3/7P/q/+n/7f/t/+3/AADv/+b/GQD1/yUA2f/K/9j/6f/p/9H/6f/m//P/xv/p//P/t/8AANT/0//J//f/AADE/6r/2v8NAL3/qv8AAAAA6v+R/8b/IADr/+z/7P/s/+z/7P/r/xUA7//l/+f/AACm/+P/0v/p/+r/6v/1/9j/7P8IAAAA2f/L/8n/wv/H/wAAx/8rANb/5/8hANj/6P/S/+z/1P/s/+z/7P8VAOb/9v/p/xQA7f8AAOv/5/8aAOj/yf/X/97/3P8AAMH/sf+4//f/2v8AAPL/6//u/wAAAADp/xMA7//Y/wAAFADb/+r/5v/X/wAA9//Y/+T/6v8AAM7/5f/6/+X/2f8PANj/7P/Q//n/2P+2/9f/vf+//8z/FQAhAM//AADs/+v/6//r/9f/DADr/+j/1//W/9z/2f/r/x4A4//I/+T/u/+9/8v/8v+x/+b/3f8RANj/yv/I/xMA2P/Z/zcAwv/Q/9//3//F/9f/7v/t/+z/FADo/+7/7f/q/+z/4//s/+z/7P/t/xQA7P/r/+b/8v/u//n/AAAaAOL/7v/Y/+D/DADs/+b/1/8AAOz/7P/t/+7/AADz/+z/FADt/9n/FwDi/+n/wf/V/8v/JgAQAK7/5f/p/8P/8//N/+T/AAAAAAAAAAAAAOr/AAAWAOX/2f8AAAAAAADY/wAAMgDS/+r/+P/J/7//9v/X/wYA0f/T/9L/OADC/9//3P/X/7D/CgDS/9n/4v/Y/wAA1//s/9n/1v/H/+3/6/8WAOj/7f8UAOz/7f/u/+z/7P/s/yQAuv/M/9X/3P/D//H/wf/j/wwAzP/O/9T/2f/4/9b/6v+h/6z/qv+j/xIA9P/7/9j/5v/k/+L/8P/c/x4A2v/a/9//CwDb/97/AADX/+L/v/+9/9D/x//b/0UArf/E/8b/0P/q/8L/5v/H/ycA7//Q/7//4f/P/+D/CAAJAOr/2P/l/+P/5//m/9r/JgDf/+7/7P/p/+7/7P/r/+v/FAAvANf/6f/X//D/5f/O/9//7v8YAM7/0f+z/7b/zP8AAO3/7P/s/+z/7f/s/+z/FADr/9D/6P/K/7X/CAAAAN7/IAAAAPH/AAAAAOz/3v8AAOT/5v/s/+b/EADs/9j/AAATAOz/7f/T/+X/5v/u//H/2P/s/+z/2f/Z/9j/EgAAAAAA1v/u/9H/2f/K/8//AAAAANX/7f/X/93/zf8LAOv/BQDh/+3/7P8AAPD/EwDr/9n/uf/V/8//3v/6/97/4f8wANj/1f/2/+b/3v/S/+v/5P/j/9z/zP9a/xgAuv/b/+b/1//W/9v/AADW/wgA6v+y/6T/1f/o/8j/4P8yALz/2v/o/+z/6P/v/+D/GQDc/wAA2P+q/+T/wv/t/+7/CwDs/xoA5v/p/+T/3f/X/+v/6//z/+v/7v/r/+P/FADs/9r/6P/r/+n/6v/g/xkA7P8AAAcA4v/b/8P/xf/p/xMA5//Z/wAA6f/4/9z/vv8AANr/KQDh/+T/1f/U/8X/1/8AAKz/vv+//6L/0v8AAAAAFwDV/+v/2v8AANf/3P/o/wcA+v/Z/+n/6f8AAO7/6P/X/+X/3v/Y/9j/3f/s/yIA8P/r/+z/7P/s/9n/0f8ZAOb/FQDY//H/4P/6/9n/7P/2/7v/sP+//+3/0P8AANz/6v/e/9L/6f/l/+X/6/8WAAsA+f+l/87/u//w/9//6f/h/7v/DADY/8n/yf80AOH/5v8VANj/4v/e//v/2f/s/8n/AADY/9j/0f/y/+3/2P/1/8f/4P9//+r/AACy/97/3v8gAOD/4f/o/+L/3//i/+L/5//h/+H/4P/c/wsACgAVAN7/7P/s//H/6P/r/+b/5//k/xQA7v/s/+v/7v/v/xQA7P/s/+3/8P/q/+z/7f8mAMv/2f/m/9n/0P/h/7//AADc/+X/3P/o/97/DwDc/+n/6//o/wAA6v/o/xcA6P8AAOj/5P8AAOr/2/8AAN3/7P/s/+7/7P8UAAAA2P/s/6T/+/8LAOL/jf/Q/+r/4P8KAOb/6f/r/+z/3v8TAOz/yf87ANr/zf/W/8P/wv+9/+P/5f/c//r/AADP/w8A+P/J/+P/1P/V/9//JADb/+f/xv8SANb/zf/u/53/pP8QANb/1P/T/+r/4v/j/8//KgAXAOz/7P/t/+3/7P/r/97/8f/s/+z/7v/1/xQA7P/t/9b/6f/s/+3/7f/s/yQA7P8AANX/1v/X/+f/AADX/+b/pv8KAMv/5//F/9X/DQD1/+3/7P/s/+7/7f/s/xQA7P/s/xQA7P/s/+z/7P/s/+z/2f/S/9P/3P/q/9//LgDm/+T/x//E/77/2v/E/y4AxP/Q/+f/5f/a/xQA1/8GANj/6f/o/+v/FwDr/+H/6v/g//H/8f+L/7D/rf/M//f/9/8AAAAAAAD5//r/2//y/ycAAAC+/+L/yP/B/+j/9v8AAO3/AADp/+z/6f8SAOv/7P8AABYAAAAAAAAAAADr/wAArv/U/7P/VQDP/6j/qv/J/9r/7P/p/xgA7P/q/+D/6P/X/9j/3f8/AND/y//U/8b/5v/n/+n/IwDq/9r/2v/p/+r/HQDs/+z/7P/n/9b/4/8AAAsA7//q/+r/AADs/8v/xP/s/97/5P8UANv/6P8KAM//2/+5/33/pf/N/xAA1v8PAPT/6f/J/9X/zP8RANb/AAD3/9b/3v/Z/xMA1//Z/+3/7P/x/+3/7P/h/+z/FACk/7T/5P/t/6j/uv9UAK7/1//X//H/zv/b//r/GgDW/8z/zf/Y/8L/0v/6/yoAxv/6/83/yv/T/8v/AADM/wAAvP/r/wcA7//l/+H/9P/4/xQA7P/s/+7/7//s/+z/7P/F/+//0P/S/8D/AADr/wgA0f/r/+H/4//o/zAA1f/q/+n/DwDf/8v/AAAAAPb/4v8IALb/z//Q/9//IgDY/7j/6//3/+z/8v/V/xQA7f/r/9T/2v8JAOH/zv8AAOj/9P/n/+r/FADj/+z/AADr/9b/pv+u/wgAwP/D/x0Asf/f/+D/AADn/wAA2/8GANf/6//g/+v/8v/n/+3/FgDf/8v/z/8dAIz/uf99/+T/xP/w/+b/AADp/+L/6//s/wYA7P/w/wAA2P/h/8f/GwDS/9T/EwDg/9j/+v/C/+D/7v/P//P/7P/t/+z/JwDs/+z/2P/d/9P/2P/H/8v/AAAoANL/+v/t/+z/AADy/+7/FQD4/8//zf8uAM3/1//W/9L/zv/r/+z/6//t//D/AAAOANj/AAD3//T/AAAAAPH/FwAAAOz/FgDs//H/7P/l/+z/6v+4/6r/t//Z/wAA8f8AAMH/7f/s/+3/7/8UAOz/7P/i/+//yv/X/9L/vv8AANX/9P/x/ywA1P/a/9b/zP/C/83/7f/y/+D/7f/x/xQA7P/s/+z/7P/u//L/7P/s/+3/FAAGAOX/yP/O/8X/yf/V/xYAFQCz/7v/sv+D/67/CADa//n/u//o/6j/vf/j/+//AAAPAM3/4v/j/9r/w//E/wAA4v/c/+3/6v/w/xQA7f/s/9X/1//X/+X/2//g/ykA1v/s/+v/2f/c/+7/FADx/+r/6f/s/+3/AADs/97/FwDa/+z/7P/t/+z/7f/s/xQA7P/T/+3/5f/Q/9f/CQDh/wAAyf/6/+H/AADX/+X/4v8LAAAAAACw/8j/0f/t/7f/uP/p/xgA6//h/+r/7P/q/9b/4f8AANn/yP/D//v/wf8LAOX/7f/o/+r/6v/m/xUA6//P/7f/AAAZAO7/6P8AAOP/2v/n/9j/2f/t/9n/JwDZ/9j/7P/s/+z/2P/l/yQA7P/p/9r/yP/O//f/BgALAOr/AADm/+v/9//2/9f/7/8AAOz/7f/u/+7/7v/w/xQA7/+4/7//p/8AAN//0/84ANr/6f/o/+v/FwDr/+H/6v/g/+r/GQDr/+3/6//P/+P/4/8VAAAAy//L/9H/+f/S/8j/FQDs/+v/7P/t/+L/6v/o/9H/yf8xAMj/xv/U/9D/1P/V/9X/1P/t/9H/z/8AAAwA9//F/+L/qP8AAOP/EwC6//n/MADs/wAA7v/b/8v/3f/q/wAA9P8AAAAAAAAXAAAA0v/O/+P/xP+6/yQA5//C/+v/AADZ/9b/5P/M//X/3//t/+3/7P/s//n/7P8UAOz/wP/0/9b/6P/u/xYA8v/i/x8AAADw/wAAAADs/+T/AAAfAAAA8P8AAAAA7P/k/wAAyP/h/+H/+f/q/+D/5f8aANf/JwDS/9r/w/8AANX/2P/Y/wkA2P/k/xsA5P/g/9j/1f/Y/wAA1v/m/9X/0v8GAAAA3v/s/+3/7f8TANj/7P+y/9//1P8GALb/HwAsAMT/AAAVAAAAAAD3/wAA7v8AANz/5f/p/9z/zv8LAPf/3//L/8L/zf/a/+b/1f8+AMb/5//4/+f/AAAAAPL/FwAAANn/JADr/+j/3//Z/9b/6P/B/87/0//P/9P/NgDM/7b/6v/p/+z/5v/w/xQA7v/u/+T/2P/p//P/4//d/ycA4//Z/93/4v/Z/9z/1P8gAOf/5//D/8H/v//W/ygAAAC9/+n/r/8MAK3/yP8dAMD/5f/r/9z/EwDw/wAA7P8WAOf/AAAAAAAA+v/z/8H/s//R/+//AACt/6j/tf/z/7v/1f/s/+3/7v/u/+7/8P8UAO//JQAUAK3/sf+1/8r/rv/y/9T/5//T/9f/0v8QAPX/7P/s/xQA7P/s//D/7P/s/+3/zP/2/9j/zv/l/9j/GwDm//H/8//r/97/8f/C/7f/+v/0/+H/y/8qAOj/6//P/8//zv/f/9b/zf/p/yUA2f/n/+H/z//B/93/7/8eAOv/4//g/+X/2P/l/+r/6v8dAOv/7f++/xAA4P+Z/+D/zf/b/83/z//m/+v/3//v//X/AAATANf/0v/Z/+X/4v/p/wAAFAAAAAAAAAAAAAAA8/8AAO//1v/l/xMA5v/G//f/5f/k/9X/EgDh/wAA2P/j//b/zv/n//b/5//F//f/AAAfANn/xf/Q/9f/0v/1/9//CADW/wAA9v8AAOn/2v8cANj/3//3/7f/vf+9/8D/DAAAANf/5f/p/+f/6P/r/xcA7P8mAN//1//Y/9j/AADE/9j/AADZ/+P/8//4/9n/DADm/9f/4v/a/9j/2P/Y/+X/KQAJAPj/AADy//n/2//P//L/w/+w/wAA8f8AAPX/7P+9/xMA1f/A/8z/xv/J/+T/DgAAAKj/0v/R/83/IADI/+v/4f8AAOT/5f/a/9j/1/8AANL/HwC0/7//zf/6/8T/x//H/7H/zv8GANT/DgDi//f/GgDW/9v/xP/d/+j/1P/p/8D/9f/Z/xgA8//o/7H/4f/t/+z/7P/u/+3/7P8UAOz/AAAAAPf/AAD1/x4A2f/4/wAA7//W/+X/AAAvAPL/2f/Z/xcA6//j/+X/5v/r/+r/2f8XAOv/4//l/+b/6//q/7n/y//S/8L/r/8KALb/AADa/+r/+P/q/+L/z//c/ygA7/+r/9j/8v/M/6n/JACW/93/1P/R/+T/4P8xALz/vf/s/+z/7P/t/+3/FADs/+n/6/8SAOr/6//s/9P/+v/p/+v/FAC8/+X/5P8AANj/6//Z/93/MQDg/+X/3f/e/+n/AADo/87/2v8AAN3/0v/t/xgA5f/s/+z/8f/r/+j/5v8IANz/5//W/9T/5f/m/wYAAADg/+v/+f/o/+X/2f8AAAoAz//Z/+L/zv8OAOL/zP/F/xwA4P/o/9f/zP+2/xgA2f8AAAAA3f/f/9j/2P/Z/woAyP/b/6b/oP/4/8T/3//s/+z/7P/s/+3/FADs/+z/5P/d/w8Aov9U/9P/6f/Z/9f/8//r/+v/2P/l/xAAAADL/+b/5f/l/+j/DgDn//b/2P8FAPH/+P/t/+n/DwDe/+X/4P/p/+v/4//l/xcA6v/F/xwA1//O/wAAwf+7/9T/x//T/67/9/8AAAAA7v+4/+z/FADs/+z/7f/s/+z/7P+8//T/5/+8/8v/+f8MAPj/2v8HAMf/AADm/+b/5P/o/wAAwv/R/9H/yv8dANH/5v/q//j/AADK/wAAxf/U/9H/2v/7/+r/6/8AAAAAAADx/9X/xv/U/9D/BgAAAOT/AADs/xUA3f/u/+//6//q/+n/5v/T/+D/6f/o/wAAGQDY/+H/0//Q//D/4P8gAAgAxv/M/7T/BgC7/6b/6/8UAOP/GwDs/+7/7v/1/+z/2f/s/xsA7P/u/+7/9//s/9n/7P8AAMr/0//p/8f/1f/O/wgA5//p/+T/3P/t/+v/FgDg/9n/6P/q/+H/6v/Y/xAAAADa/93/5P/p/+P/1P8hAOz/4f/r/+f/6f/p/wAAEADY/7//5v/N/xgA2//g//n/4P8XAOT/1P/B/+T/AADN/+7/w/8gAL3/vf+//6b/FADO/9j/2f/a/+f/2v/d/ycA4f+P/9X/rf8mAPv/3P/z/8z/yv/w/wkAoP+O/xUA4P+y/9X/zf/a/5z/mf80AKr/y//Y/+f/5P/m//H/3v8dAOL/3v/E/8D/9f/h/+v/2f8TAPP/6v/q//L/7P/r/xYA6v8AAAAA5f/k/+r/1v8AAOn/2P/n/+T/5v/x/97/HQDi/+z/CgDs/+j/7P/r/wAA6//6/wAA4//e/9z/2/8AANn/3/8AAOT/2P/Z/9r/AADn/9X/CgDQ/+//0//V/+f/xf8VAOv/6P/r/+3/7P/q/+r/3v8VAOr/8v/s/9j/+v/s/8r/JwD3/+r/6P/g/woA6v+3/ywArv+3/6b/w//D//f/7P/s/xUA7P/t/+v/6//r//j/xP8IAOH/8/+6//n/4v/r/ygA6//W/8b/x//q/9v/6//b/+n/3f/R/9n/4v8fAN//AADb/+f/3v/Z/9j/AADs/wAA7P8AAOX/6//Y/+f/FQDs/+v/7P/t/+L/6v/o/9j/2P/s/+z/AADh/w8A5/8MANj/xv/E/87/+v/4/9z/p//X/9D/tP/D/7H/MQDF/+z/FAD3//v/7v/t/+z/7f/Z/9n/6//X/93/6v8TANn/AADo/9j/3v/o/9j/AADU/wAA0//D/9b/3/8FAPb/3//Q/9r/AADB/9j/yP/N/yMA5P/p/+v/7P8TAOv/6v8AAOz/7P/s/+3/7P8UAOz/7P/O/9f/FQDO/83/HwC1/9r/KgDc/9z/8f/j/9//1f/m/xMA0f/S/8r/2f/r//f/zP/6/+z/7P/u/+7/EwDs/+z/JQD6/6b/+v+Z/+T/y//h/9X/2v/x//T/6P8AAOf/AADt/9L/1v/m/+z/2P/2/+3/5f/V/ykA2f/S/9D/0//a/+n/2P/j/+n/6P/k/+b/IQDs/+v/2P/h/xQAAADb/+r/xv8HAOX/6v/t/xQA1//s/9f/5v/Z/wAA6f8AANj/AADZ/8//6P/n//f/5v/Y/xYA2P/Y/9f/4f/a/9j/3P8oAN//AADs/9j/6/8UANj/4v8UAO7/6//w/wAA7P/s/+z/AAC8/7f/v//q/+D/+P/Y/+b/0P/h/+3/AADq/x4A6f/Y/wAA5v/Z/9z/1v/S/wAABgDc/9z/5v/Z/9j/AADs/+j/5P/T/97/EwAGAO3/5f/o/+v/6f/P/xYACADs/+r/4v/y//X/AAAAAOz/GgAUAPD/9f/W/+T/+f9IAPT/sv/p/+D/6v/q/+P/6f8XAOr/3//Z/+r/5P/m/9//HADn/+j/GwDr/+3/7P/r/9n/7P8AANj/3v/a/+L/2P8AANj/1//Q/9v/0f/Z/yMA8P/s/5//y//E/73/nP8lAAYA3v/Y/+H/AADa/wAA+/8NAM//2f/P/7T/6f/0//b/1P/y/w8A7P/Q/+j/EwAAAN3/2P8GABMA7P/c/+T/AADK/+n/1/+t/7f/4v/k/xEAxv8AAPj/ov8JAMj/qf/i/9v/6f/r/xcA5v/p/9z/6f/n/+b/2P/Z/9v/FADp/9j/9//Y/wAA7P/s/+3/8f/s/xQA6f8fAAAA8P8AAAAA7P/k/wAA1f/s/xQA8f8AAPH/AADf/9j/3//a/97/3/8AAOH/AADm//D/6v/n/+z/FQDq/+r/4P/s/+z/9f/t/xQA7P/s//P/5f/j//D/8f8AAOj/EwCz/+v/4//m/9X/BgAAANr/5f+4/+n/+P/H/8L/FADm/9//5P/s/+z/5v/Z/9z/KADs/+z/7P/s/+3/7P/s/xQA6/8kAPH/+v8AABUA0v/t//H/FADs/+//AAD5/+T/7P+I//D/6f+7/4L/+f8AAAAA3f/j/+z/7P8AABwA5v/d/+j/3P/q/+r/7v/k/ycA5v/N/+//wv/s/9X/HwDC/9b/2P8AAOv/6v/i/9n/3v8RAPb/5//n/+H/7P8AAAAA2f/s/xQA7P/t/+z/7P/s/+z/6/8VAOn/7v/S/+v/6f/r/+r/6v/r/+r/6f8WAOf/6//p/w4A0//b/9L/0v8NANL/6v/s/+z/7//1//H/FADt/+r/7P/s/+//9f/x/xQA7f/e/9v/2P/v/+n/2P8oANz/3//Z/+r/5P/m/9//HADn/8//y//o/9n/7P8MANj/6f/A/+D/yP/A/wAAAACm/+b/5//4/xQA2P/4/+v/4//s/+v/FQDw/+7/7f/r/+r/6//X/xcA1v/e/+X/AADZ/9f/0//Q/+f/w//E/9H/CwAOAN//5P/s/+z/5v/Z/9z/KAAQABMA1//s/+n/7P/b/93/+v/t/+z/AADy/+7/FQD4/ygAAAAAAAAAAADv/9b/8//r/xUA4f/i/7v/6v/G/wAAwf+6/9//CADP/+r/EgDl/9f/2v/h/9//6P+8/wAAAAAAANL/1/8AANP/5/+8/+r/9P/y/8T/zv+6/8L/qf8FABQA5v/f/9D/9f/b/wgAGgDY/8T/1P/H/+v/3v8AAAAA2P/p/+z/8P/t/+v/IgDo/9n/JwDS/9L/1v/R/8z/2//1/wgAt/+2/8//1f+8/8f/2P/p/+z/8P/t/+v/IgDo/wAABgDX/9D/4v/c/9T/qf/q/+r/7v/Y/+z/+f8AAAAA9f/n/9//+f/2/+z/9v8UANX/1P/q/wAA1P+6/+X/MAAYANr/AADu//r/2P/p/8P/4P/k/+L/1v/U/9D/JQDI/+H/5v/k/9j/2f/R/yMAyf/S/yAA2P/p/9n/9//C/+v/2f8nAOP/8f/u/+z/2f/h/+b/4P/u/+n/8//X/9r/KQDT/9r/4P/s/9//yv/P/yIA7P/s/+z/FADt/+7/7P/s//P/MQD3/wAAAAD6/+H/+f/w/+L/7//v//P/7P/v/xQAFQD5//n/AAAAAOr/7P8AAAAA1P/p/+X/+f/j/+T/AADs/+z/7v/s/+n/7f/s/xQA7P/s/+v/7P/s/+z/FADs/+n/6f/q/wAA6f/o/wAACgDY/+z/7P/a/+b/DwDY/wAAxv/L/wAAxP/C/xEA7v/o/8v/3P/h/8H/3/8AAAAA3v/Z/xQAAAAAAAAA3f8AAAAAsf/N/83/pv/J//b/AADw/+n/7P/t/wAA7P/e/xcA2v8UANf/AADX/9v/1//q/wAAAADs/+z/FgCs/87/yv/S/93/AADs/93/3//d/wAA2P/r/+v/5v/f/+z/5v8WABQA7P/t/+r/4v8AABQA1//s//f/3//G/xYA0P/k/9T/EADh/wAAAAAAAAAA6v8aAAAAw/8AAMn/0P8AANv/w/8FAOH/6f/N/93/4/8nANn/AADz/+7/8//2/wAA7P/s/xUA6v/s/+r/6//s//H/FADi/7b/zf+3/9H/xP8jAB8Arf/r/+//7P8AAPH/FADu//n/0v/f/+z/6v8AABwA5f/d/9z/0//U/93/1f8gAOv/6/+5/8L/6/+//7//JwDS/+H/2//R/7L/3v/I/yQAq/8AALr/x//T/w0A1/8XAMn/zv/n/7v/yP/i/73/KgDi/9X/IADF/87/0P/O/8T/tP8NAAAA0v/E/73/1v/g/xcA4P/a/9b/6//v/9j/xf/b/zwAAADZ/+H/5//p/xMA1//i/8v/yv8UANj/0/8sAOX/zP/q/93/1//q/+b/BQAAANf/zv8AAOD/q/+6/6P/AADX/+D/AAD6/+H/EwDX/+//2P/Z/+z/3P/d/xQA0f/s/wAA2f/7/+L/6//j//L/5/8UAOz/8P8AAAAAAAD7/xQAAADn/8v/uv+3/93/8/+l/xcA6P/Z/+7/+P/t/wAA3v8GAO7/7/+s/8T/xP/i/wAACwAAAMn/y//J/9z/AAAAANb/6f8XAPD/+v/r/+3/9//w/+n/9//r/x8A4//X/+r/yP8AABQA2f/z//T/5f/E/9//7v8UAO//8f/x/+z/7P/x/x0AAADg/+//9P/l/9f/6//q/wAA9P8AAAAAAAAXAAAAAADq/+j/7//p/wAA5//j/7r/vv/W/83/1/8zANv/v/8AAPn/9v8AAAAA8P8YAAAA8f8qANr/9P/e/9b/1//j//D/uP+0/xAAwP/A//f/4//5/xcA9/8AAAAAAADx/wAA7f/s/xQA7f/t/+z/7P/s/+n/6//p/+r/5//l/xYA6//o/+X/AADY/+v/6f8LAOr/zf/y/8b/5v/r/83/UQDP/+X/AADY/9//EQAAAN//sf/f/9//3f/Y/4v/6//S/wAA6//r/+z/6P/s/+r/6/8VAIr/5P/M/8b/EgAqAMj/1f/K/wwAvP/I/xEAvf/w/wAA6P8VAO3/+f/z/+v/9//s/wAA2v8AAMj/6f/u/9X/4//M/+X/yf8AANj/yv8QAA4Apv/Z/73/AAANANb/BQC8/x8AAADw/wAAAADs/+T/AAAXAAAA8v8AAAAA+v/Y/wAAEADs/9T/2//f/+v/8//Z/+z/GQDW/9b/6P/V/+j/6/8AANT/2f/h/9D/tv8OAMH/+P/i/9T/1v/l/9P/3f8RAAAAFADh/+z/6//L/+L/+v/r/xUA7P/s/+T/AADA/+j/7P8UAOz/7P/s/+z/7P/s/9j/yP8uAMr/1P/Z/+n/2f/s/xQA7P/s/+z/7P/s/+z/5v/c/7f/yf/E/6n/AAAHACIA8f+9/9f/0//S/+L/1P/t/+r/JwDq/+z/0f/s//f/vP/L/9L/nP/3/+r/CAAAANX/uv+1/8v/vv8XAAoAtv8SAOr/HADe/+r/EADO/9z/5f/f/8n/xv/Y/ywA6P/Q/+H/2/8TAOP/CADo/+z/2P8AAN7/4P/t//P/1v/c/xMA1/8KANf/5v/p//j/DQDg/8v/wP+8/8T/DgDq//L/HwDZ/9n/7//G/xAA6P/e/xYA5P/r/xUAuf/s/+j/yv/t/xsAsv+5/zcAz/+7/+L/tv/O/wAA6f/r/9f/4P8UAN7/7P/s/+v/8v/w/+z/FQDs/+z/7P/r//L/8P/s/xUA7P/q//T/6//s/+H/1/8UAOv/7P/c//X/AAAAAO7/FADy/+j/tf+8/+n/8P/V/xwA0P/Z/xMA7P/o/9j/6v/b/wAAKQDc/97/3P/l/+T/1//Y/+z/7v/y/+z/7//t/xQA7P/q/+r/AADl/+z/6/8UAOX/5P+3/6//xf8SANH/AAD0/+v/2f/W/93/AADT//P/BgAWANL/5P/Y/9z/3P/s/+n/xv/N/9D/3v/s/ycA3//H//n/AADz/wAA8f8oAOz/3P/n/9T/x//q/+j/AADn/xMA2P/o/+n/6P/m/9j/JwDf/8H/q/8xALf/wv/P/+L/yv+x/7T/u//A/6n/NQAfAKn/5v/s/+z/7P/s/wcA1f8TANj/tP/e/9T/5/9AAMz/xP/r/7j/8v/h/9j/wf8RAAAAuv/G/+T/AACN/+H/9/8AAB8A2f/h/+v/7f/g//j/5v/e//L/3f/o/9f/FADN//D/eP8wALv/kP+n/9X/6P+2/wYA3f/P/+j/1f/b/9r/BwDg/9T/BwC6/+L/tf/T/yIA4v/6/+f/3P8OAOr/w/8IAAAA7f/v//n/AADs/+r/FADf/+z/7f/s/xQAAADZ/+7/2v/o/+z/6P/v/+D/GQDc/7H/2f/o//H/AAAAAOf/6v/Z/ycA5P/y//D/7P/Z/+P/1f8gAOj/3P/r/wAAwv/b/+r/7P/s/wAA6//s/xIA5v/s/+z/7P/w/+3/7P8UAO3/2f8AAO3/6//s/9v/AADr/+z/FADs/+z/7//s/+z/7P/Y/xQA4//i/+z/3v8AAOz/6v8WAOb/7v/w/+v/6P/q//T/CADJ/9X/3P/o/8H/yf8fANz/5//u/+//5v/R/9P/2//N/+j/5//n/9D/5/8sALb/zf8sAM7/yf/z/9f/xf8AAOX/5f/p/9f/EgDn/8//4//h/9f/1//m/ycA3//V/wAAAADh/9D/vv/T/wAA0P/E/9j/2//Z/w0AzP8oAPv/7P/v/+r/9f/0/+z/FADt/xEAu/8QAMX/5v/e/9f/6f8GAMz/7P/E/8r/DwDE/9j/DwDd/+j/7P/m/+T/AADh/7T/MgC7/8P/uP+0/9v/y//s/+z/7P/w/+3/7P8UAO3/7P/s/+z/AADs/9v/FADY/93/LgDY/9z/2f/X/8H/1//Y/xQAAAAAAOz/4//d/+v/vv/H/wAA1f/e/wAACQDc/9r/FwAAANr/2f/B/+T/BwDT/9P/0P/a/9T/xP89ANP/6//s/+z/6f/u/+v/FADs/9//2f/q/+T/5v/f/xwA5/8AAAAAAAD6/wAA7f8UAAAAJQC1//P/q/+z/5z/CQCs/+z/7P/s/+z/7P/r/+z/FADx/8//rf/r/73/AADf/9T/3f/i/+n/1f/Z/+T/1v8eAOD/2//x/wAAAAD5/ykAAADX/+D/x//X//D/x/8oANf/vv/r/9j/2//O/8H/JgDB/8//KgAAAAAA5v/0/9r/1//I/yMAxP+r//X/8v/F/6n/8v8AAPH/IwAAAN//AADk/93/1f/L/9L/7v/V//H/CADo//P/7//4/wAA6f8ZAO3/7P/p/+z/2f8eAOz/IADt//H/6P/m/+v/7P/p//b/FAC//wAAx/+i/+P/mf/E/wkAFgDN/9b/zv/B/+r/4f8AAAAADQDs//T/6v8TAMj/zP/C/7j/uv+o/yAA8v8AAOz/wP+5/8P/xP/H/8L/+P8zAPb/6f/l/+L/CQDq/8X/8f/q/xcA6v/o/+z/6f/p/+T/JADD/+L/xP/f/7//7P/I/8X/9P/B/8H/4P/e/+P/DgDL//r/6f8iAOD/4f/r/+H/OgDN/9b/xf/c/6P/vv/F/9b/GAAAAOr/2v/j/9H/6//U/xAA4//d/+T/AADP/9T/1v+8/9j/1v/j/9X/KwDj//r/AAD3/wAAAAD4/yIA8f/s/xQA7P/s/+3/7P/s/+z/5f8eAOH/4P/g/+P/2v/q/9n/1//c/8X/AAAbANj/1f/s/wAA7P/s/+X/5v/r/xQA+P/i/+H/6v/p/+r/AAAAAAAA3v/W/9f/1P8fAOL/1P/O/8X/x//E/9L/KQDM/7r/AAD5//b/AAAAAPD/GAAAANj/KADk/9H/2v/Y/9j/0f/r/xUA7P/s/+z/6//r/+n/xP/6/9n/+v/M/xcAvP/n//j/1P/i/+D/9P8RANv/zP8MANP/7f8AAPL/7P/4/+v/1//s/+f/GQDl/+n/5f/n/9j/3P/S/9b/+f8fANn/2/8GAAAA2f/E/8D/8v/z/8v/sf/h/8D/BwDN/wAAGwDb/x8A5//i/+n/3v/m/8r/6//P/w0AAAD6/+v/GQDZ/9b/DwDD/+f/3f/r/9//+v/F/+z/FADt/+z/7P/t/+z/7P/Z/9j/3//q/+v/1v/k/ygA1v/L/+T/0P/t/x8A1//F/wAA6f/5/9n/6//I/9P/AAAGAPn/AADZ/93/1f/e/w8A7P/s/+z/7P8UAOz/7f/r/97/2P/q/9n/9/8UAPv/2P/Y/xEA2P/a/wAA6//c/9v/GQAAAAAAAAAAAOf/6f/v/9n/z//a/9f/AAANANn/5//s/+z/8P/3/+z/7P/u/xQALgDo/83/0//Z/+P/1v/K/9j/3//T/9j/2P8kANL/+f8UANX/u//H/7n/GwDK/+P/FQC//8n/zf/S/+P/7v++/+b/4P/T/9j/y//U/xcA8//r/9v/6f/e/9L/2v/i/x8A5v/1/xQA9f/5/+j/7P/s/9H/CwDP/8X/9v8GAOX/2P/r/9b/7P/j/+H/AAAHAN3/DADH/83/sv/v//j/3f/r/woA3//O/9f/5f/S//j/z//t/8v/yf/T/xQAuP+5/xMA4//r/+v/FwDr/9//5P/g/xYA5f/h/9P/6v/Y//r/4v/F/0cAfP97/wAA1P+x/4b/x/89ANr/3v/M/9H/uv/L/9f/FgDl/9r/5//U/+v/2//s/xQA7P/z//b/7P/t/+3/7P8VAOz/8v/f/+z/6v/r/9b/LQDh//j/0f/j/7f/6P+q/zIAgP+a/9n/0/+0//L/8v8RAOz/AADs/+v/8v/v/9X/IQDl/+T/4f/p/9j/z//Y/yAAy//L/9b/uv8AAN3/EQC//+v/w/+y/8r/EACo/9r/6v/k/+v/4f/j/+D/GwDM/wAA3v+3/xkA8v8AAMD/y//t/+T/AAAFANz/pP/l/+n/xP/d//D/CQDr/5L/4f8UAAAA+//O/9b/6f/s/9X/2P/t/8T/t//l/9D/DQDp/93/AADG/9P/wv/z/8b/wP/n/+7/GgDy/+n/6P/j/9n/2f8nAOP/8f/u/+z/2f/h/wAAo//V//j/5v+//9f/9//Q/wAA4//O/9P/4/8AAM//7f/s/+z/7f8UAOz/6//s/+z/7P8UAOz/7P/s/+z/7P/m/ycA2f/X/9f/2f/o/9b/HwAAAPD/AAAAAOz/5P8AALz/3f+i/63/FgDB//P/7v/Q/8L/yf/h/wAAyv/U/yQA2//w/8v/1P8pANH/3P/Q/+D/7//f/+7/FADr/+7/7P/T/8n/9f/Q/+v/3//V/xAA7P/s/+3/7v/u/+//FADv/8//+P8UAM3/0f/I/+b/0f/s/8L/5P/V/wAAy/8AAAgA9v/u/wAAwf8NAND/mP8GACcAAADa/9v/1P/X/9f/1/8JAOz/7f/l//L/2v8TAO3/6f/q/+v/AADl/9f/4v8TAM3/1f/n/+//6P8RAAsA5//Z/9j/2P8TAPL/2P/6/8T/6v/q/+v/6v/p/xYA5//r/+n/6f8WAOn/5//r/+f/6//X/+v/7v/v/+//3f8oANj/6v/g/+j/4f/A/9T/EgD4/+3/7P8UAO3/7f/s/+z/7P/S/zoAxf/O/7z/qv/T/9P/vv/O/+7/DwDR/+7/EQDi/8b/NwDD/77/1f+t/9f/3v+7//X/2f/N/8n/vf8UAMD/9f/r/+r/7//q/xMA7P/U/9f/4f/Z/9j/2P8TANr/AADI/8v/0f/e/+r/9//4/9j/AADl/9D/4//p/x8A4//J/7j/KgDQ/83/wP+3/+T/yP/5/zkA8/8AAAAA8f/Y/wAA3f/W/9j/2v/i/wAA2P8RAMv/AADe/9v/6/+r/+n/t//r/+v/6//o/+z/3P/s/xcA3f/T/9b/xP/5/w8A4P/l/+j/6v/r/wAA6v8AAOj/+/8MAPD/0P+7/87/xf8AAOz/FwDx/wAAAAAAAAAA6P/v/+z/7P/1//j/7v/s/xQA+v/s/xQA7P/s/+3/7P/s/+z/3P8AAMv/4v/O/7r/BgDl/8T/2P/o/8T/vv8wAOD/xP/5/93/+f/S//X/1v8AANn/1f/M/9b/2//l/9r/LADd/8z/1P/a/9T/1v/V/yoA2v/I/+r/HADC/wgA2P/F/9j/6f8AAAAAAAAAABkAAAAAAO//3f/f/9X/4v/m/+D/IwARAOL/5f/s/+f/DgDH/+f/2P+x/8j/zv/M/wAAyf8IAMb/6f/e/+f/3//V/xIABgDq/+n/5v/m/9v/3P8bANr/7f/s/+z/6//t/xQA7P/s/ysA8f+w/6v/xP/i/8H/2P/s/9n/DwDc/+z/2P/h/xQA6f/I/8D/2v/T/7j/FQDu/+z/FADs/+z/7//s/+z/7f/R/xgAAADd/9v/3//F/+H/3f8kANr/1f/m/73/5f/c/+r/5P/4/+X/6//Y/xMAAAD6/8H/FQDs/7b/+//S/9v/2//o/+z/6//s/+P/FQDs/+v/6f/x//H/AAD3/xUAAAASAN//2P/Y/9n/4f8AAOL/2f8AAPr/6f/a/9//DQDg/+7/7P/p/+7/7P/r/+v/FADs//D/FQDs/+n/6f/r/+r/uv/Y/7//8//F/7z/MQDf/9H/4v8RANz/AADb/9//+f/0/9T/FgDH/7f/AADR/97/0P/O/wAAx/8JABAA5v/V/+n/7P/s/+j/7P/Y/+z/FwDM/8X/+//Y/+//CgDV/+n/xv/i/w0A2f8SANb/6f/c/9//5P/s/+z/5v/Z/9z/KAAJAM7/zP/M/8j/GwC4/9r/yP8lANn/wv/L/7r/4/++/+D/2v/k/+r/1P/r/yEA5f/v/+3/9P/4/wAA7P/r/xQA2f/Z/97/3v/e/9f/KQDX/9j/AADK/9v/FADX/8b/AADs/+z/6//t/+z/FADs/+z/z/+7/9X/t/+x/w0AEgDN/wAAmv/R/wAAuf/m/wgAtf8TAOv/1//g//b/AADL/8z/AADd/+X/4f/m//D/4/8AANH/zP8AANX/1/8AAPn/0v/n/8X/5P/u/+7/7//P/93/zP/o/xYA4v/S/+n/3/8GABIAt/+8/8H/6P/c/xAABwAUAO//7P/u//X/8//r/+b/8P/e/+r/AAAAACwA4//6/9n/tP8vAOP/of/P//D/6P+y/8f/AADY/7b/BgDE/wAAmv+o/9P/u/+X/woA2f/b/+f/7P/s/xQA2P/t/+v/AADz/9j/7P/d//D/FADl/+z/6//o/9v/4//Y/+b/EwDr/+f/7f/r/+v/7P/s/xQA4v8JAA0A2//W/9P/5v/6/+r/6/8AAM//6/8UAOn/1P/r/wAAAADL/9X/v/8AAPj/5/8AALH/zP/I/9n/6v8SAMj/EgDV/8f/2P8AANX/6P8MANj/1//c/+//6v8AAAAA2f/r/+X/7P/t//T/CgDr/wAA9//4/wAA8P8AAAAA3P/3/zYA4//r/9L/2//V/8T/6P/k/9v/7P/r/+7/FgDo/+z/CwDk/+f/6v8UANX/1P/s/6r/ov8xALX/1P8FAOD/uP/J/83/GQDE/7r/9v/e/+D/5//W/9D/8f/m/7//LADH/wAA4//a/+n/3f/s/woA5v/o/+r/EwDo/9n/AADY/+r/yv/n/+n/5f/p/+z/EQD2/+v/2//p/93/0f/Z/+L/HwAiANr/6f/k/+j/4P/d/9r/2v/n/9j/2f/t/9n/JwDZ/w4A6v/X/9z/4f/3/8r/5//Z/9n/JwDW/93/2//c/8n/yf/R/zMAzf/e/8r/3P/P/+v/6v8ZAOL/5//q/9f/6f/g/+X/LwDf/9f/zv/W/9n/sf/O/yQA8P++/+7/1//c/+z/3//a/+v/HwDp/9j/6/+u/9b/7P/O/yoAw//Q/+j/AADX/8b/2//b/9T/p/8HAOH/AADG/77/y/8MAOj/5P/p/wAA6//r/+z/6f8UAOz/+f/S/wgAuf/T/77/+P8SAJj/2/8GANX/4P/M/zwA1//3/wAAyf/Y/w0Aqv/M/+3/6/8AANr/3P/b/+P/3P8TAOD/zf/P/xIA2v/O/+3/AADd//r/4P/H/9b/AADv/77/xf/e/+P/2P/Y//T/HgDk/yoA6f/X//j/7//o/8r/2/8qAOz/6//6/+//6//O/+z/3P8MAMH/wf/E/+//7f+i/9z/4v/s/+v/AAAcAOb/3v+l/9P/AAATAJ3/7f/I/wAA6/8VAOn/8f/s/+v/9v/r/83/+v8UAN3/vv8AANX/6//l/xMAz//m/6b/EwDr/+P/yP/V/9n/6//p/9b/MADg/8n/vv/n/+b/0P8hAOX/2/8mAOr/4v/i/+7/1//d/+n/8f/r/+f/1//m/+f/q/8UAPT/5//j/+X/5f/E/9j/IQDj/9v/vv/q/6r/AADg/+H/vv/q/73/zP8gAOD/zP/N/8f/4f/C/xEA5v8UANP/6f+2/9j/4v/d/+L/zv8tAOf/vf8AAMb/wv/R/9H/AAC4/9L/3P/c/9T/qv/a/9D/AADk/7T/1f/B/8n/0v/5/wgAFwDj/wAAAAAAANv/6//j/9P/3//S/w4A2//K/wAA0v/4/87/0P+9/9v/AADh//H/2P8WAOf/2//n/9r/6//g/9j/FgDn/9v/5//a/+v/4P/V/yIA6f/E/8H/FADD/+z/1f/j/9z/zv/O/8b/KwDF/+f/7v/q/+v/3f/k/xUA8f/Y/87/uf/H/7z/AAALAK7/3/8jAOP/5P/n/9n/5f/Y//b/3/+5/+7/uP/S/8n/5/+//wcAjv/3/3r/6P+x/+3/6f8WAOL/7f/s/+v/6v/p/yIA0f/G/8P/2/8AAMb/2/9BAPX/+f8AAPr/7P8RALX/KADT/9v/xP/d/9P/yf/p/wAA5v/r//H/AAAAAMD/z//f/+X/8/8UAO3/zv/t/+r/3f/b/+3/wv+p/+3/8//i/+f/2f/N/8b/EAD5//L/3v/K/9T/+v8AAAAAAAA3APf/xv+9/9L/CgDT/wAAsf/U/8H/yf/N/9r/4/8AAMb/FADY/xgA6//i/9v/5v/r/+j/rP/B/73/CwDG/7D/HgDI/wAAqv+9/9L/zf8AAOr/5f/e/8j/AADl/+b/9f/v/83/ov/V/+j/zf8VACMA7/+n/9L/HQDJ/9T/5v/3/97/yP8YAAAA3f/Z/9f/yf/l/9n/GAATAAAA9v/Y/+H/7P8OAO7/7P/p/+7/7P/r/+v/FADr/+v/6f/r/+v/5/8VAOv/vP/P/wAAGgDl/7H/qf/B/7v/t//C/xAAy//c/x0Axv/r/+z/FADs/+z/6f/v/+z/1P+z/3T/4//B/+D/3//2/9j/xv+n/8//oP9+/x0A9//i//r/rv+x/+r/9f8QALz/wP8MAMz/2v/K/woAx//a/wAAAACS/8z/kP/1/4T/sv/4/9z/2f/O/8T/EAAeAOX/kv/m/+b/3v9T/7L/wf/V/9T/CADy/93/vf+i/9H/2v/T/8j/4v+5/9L/3P8AAND/u/+v/+P/8v/W/9//AACw/+P/t//n/8T/nP8IAPn/5f/d/6z/3v/U/9f/5//A/wAAAAAAAAAAAAAAAAAAAAAAALv/MgCi/3f/uf/F/+v/3P8bALH/pv+X/6P/m/8cAKf/uf/f/wAA5f/k/9H/MgDn/x4Atv/h/4b/rP/A/+//1P/h/+b/rf/a/+r/7P/N/9j/6//r/+v/6v/t/+j/FgDr/wAADgAAAAAA6v/Q/8b/yf8AAAAAAAAAAAAAAAAAAAAAAADe/9D/0//Y/83/9//5/+z/FADq/+z/7f/s/wAA7P/R/wAA8f/G//L/v//S/87/zf/O/9b/rP+7/6D/+f/b/xsA5P/n/+3/+P/m/+D/5P8AAAAAAAAAAAAAAAAAAAAA9f8AAPH/AADw//T/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/7/wAAEgD6//n/3//t/+z/+P/x/+z/GADs/wAAAAAAAAAAAAAAAAAAAAD2/xMA9/8AAO//7P8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQDl/93/4f/d/+T/4P8cAN//7P/s/+z/7v/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+7/7f/w//n/FQDs/+v/FADt/+z/8P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/wAA9P/x/+z/+v8AAAAAAAAAAAAAAAAAAAAA9f/x/9f/wv8HAL//2P8pAOz/7P/u//D/8v/s/xQA7P/c/xIA+v/3/+7/GwDf/9v/9f/b/wAA1v/L/9P/BgC0/xQA7P/s/+3/7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAA6v8TAAAAAAAAAA0A8f8AAAAAAAAAAAAAAAAAAAAAAADa/+v/6f/s/+r/6/8VAOr/1P/J/wgA1v/U//X/4f8IAAAAAAAAAAAAAAAAAAAAAADs/+z/9v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf8AAMn/0v/x/w4As//e/+z/7P/s/+z/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+3/FADs/97/5P8kANH/5f/b/8v/2v/s/+7/7f/s//j/8P8UAOz/AAAAAAAAAAAAAAAAAAAAAO//6P/t/+z/GwDr/+z/6f/Z/9b/JwDb/9v/2f/b/9T/3P/e/yUA4v/d/9v/2P/Z/wAAAAAAAAAAAAAAAAAAAAANAAAAu//G/9P/z//u/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj//H/5v/a/+//AAANANj/8P/s//T/7P/w/xUA7P/q/wAAAAAAAAAAAAAAAAAAAADs/xUA6v/s/+z/7v/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//b/8P8AAAAA+f8SAPr/6//q/+X/7v/W/+v/AADX/wAAAAAAAAAAAAAAAAAAAADx//n/FAAAAPv/AADs/+z/5//r/xUA6//t/+D/3v/s/xQA7P/z/wAAAADs/+z/7f/w/wAAFADy/wAAAAD6//L/6v/s/xUA7P/s/+L/6f/s/9//3P/P/9//CQDt/wAA7/8AAAAAAAAAAAAAAAAAAAAAzf/H/8r/vf8AAMr/5P8cAOr/6//s/+z/6/8VAOv/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+f/FQDs/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u//T/4f/v/xoA+P/k/9j/6f/l/+z/7P8AAO//CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAOX/2//j/wAA+//F/+X/6f/m/+r/5f/c/+T/GwDs/+z/+f/s/+z/7P/r/xQA8f/u//D/FADw/+z/7f/s/73/zf/c/xAA+P+6/wAAyf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/5//T/+/8AAOX/EwD5//b/7v8AAPH/8P/s//D/FAAAAAAAAAAAAAAAAAAAAAAA7P/t//b/AAAAAPf/FAD4/9j/1//X/+z/6//q/wAAFADs/xQA+v/y/+3/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAMv/z//l/9j/4f8RAPj/7P/s/+z/7P/s/xQA7P/s/ykA5v/r/9L/1v/n/9r/wv8AAAAAAAAAAAAAAAAAAAAA1P8AAO7/0P/l/wAAzP+i/wAAAAAAAAAAAAAAAAAAAADs/xMA4//R//H/7//2/8T/7P/s/+z/7P/s/+z/FADp/+z/7f/s/+3/7P/s/xQA7P/x/+z/AAAAAAAA+/8VAAAAAAAAAAAAAAAAAAAAAAAAAO7/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAADW/+n/4P/E/9H/JAD4/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAABAA8f8AAM//9P/R/wAAxP/q//j/AAD3/9z/1v/p/87/CwAAALz/AAAAAAAAAAAAAAAAAAAAAO//8v/s/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAEQCw/7P/xv+t/7L/BgCb/+3/7P/t/+z/7v8UAOz/7P8TANz/3P/o/+L/5P/p/wAAHwDv//D/9//s/+D/4v/o/ygA8//y/9n/3v+6/9r/1v8AAAAAAAAAAAAAAAAAAAAA+f8hAPP/AAAAAAAA9f8AAOz/7P/s/+z/7P/s/+z/FADp/+j/6/8XAOv/4f/q/+D/7P/s/+z/FAD1/+3/7P/s/+n/HwDY/+v/7P/Y/+j/2P/Z/xIA7//6/+3/AADg/9v/3//p/+//4f/l/+f/6f8gAPj/7v/t//n/+v/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/wAAAADt/xQA9/8AAAAAAAAAAAAAAAAAAAAA1v/v/+v/4v/q/xkA6//q/wAA6f/s/+j/7P/D/+D/GAC8/xsA0//O/7j/4/8KAMP/7P8UAPj/8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAKAOz/6//3/wAA9v/u/+3/KQD1/7r/rf+9/8L/1v+n/xQA7/8AAAAAAAAAAO3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+7/5//s/+z/5f8UAOz/7f/7/+7/7P/s/+7/EwDy/wAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+v/7P/s/+z/7P/t//D/7P8UAO3/AAAAAAAAAAAAAAAAAAAAANL/x//Y/87/xf8AANj/CADm/+3/9f/s//L/FADs/+z/6P/x/wAA2/8TALP/1P/X/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7P8UAOz/x/83AOr/6P/W/9f/w//E/wAAAAAAAAAAAAAAAAAAAADq/xYA6v/s/+v/6//q/+z/qf9fAL//wP+9/83/iv+t/+f/GADj/+f/6f/p/+n/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA9/8AAAAAAAD4/9r/AADu/9z/3//7/wAA6P8SAN//9v/I/8f/wv/D/9P/FwC3/wAAAAAAAAAAAAAAAAAAAADt/+z/FADt/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOn/6f/s/+n/3f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//n/9z/4P+g/+T/rP8vAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xUA1v/s/+3/6//v/+n/AAAAAAAAAAAAAAAAAAAAANj/6P8UANr/4v/s/+j/7v/p/+v/FgDq/+r/6//o/+f/6//z/xkA6f/0/+f/5v/p//r/2P/R/+T/EwDx/8D/5P/4/wAAAAAAAPr/8v8AABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/9L/y//F/8T/AADN/w4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAA1/8AAPn/5v/P/9//2/8uAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAwf/M/wwA1v/B/xAA1v/t/wAAAAAAAAAAAAAAAAAAAAD3/+P/KwDo//v/6v/a/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ//P/GAAAAPr/lv/r/+L/9f+k/6X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwDr/+r/6v/p/93/3/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+z/7P/t/wAA+/8kAAAAAADy/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAD4/wAADgDs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0//D/7P8AABQA7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/6/wAAAAAgANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+z/7P/0/+7/7f8VAPH/1v8AANr/7P/r/93/6/8TAOv/FADs/+v/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/xoA9f8AAO7/AADs/+z/7P/w//H/7v8UAOz/6//Y/+v/6//X/wUA0//o/wAA2P8NAN//6f/Z/9j/AADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKwDp//L/AADr/9D/7v/g/9H/0v/N/+r/4f/z/yQA0/8AAAAAAAAAAAAAAAAAAAAA6P/l/9n/5/+//+P/EADk/+n/5v/g/8D/xP8tALL/zf8AAAAAAAAAAAAAAAAAAAAA1f8AAN7/1P8JAOP/wf/i/wAAAAAAAAAAAAAAAAAAAADR/7v/x//D/+r/8P83AK//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/7P/t/+v/6//s//b/7v8AAPH/8P/s//D/FADs//T/FgDx//n/6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t//D/7f/s/+3/KADl/+z/7v/u/9j/5//l/9r/AADo//T/7P/n/wAA+v8AAAAAAAAAAAAAAAAAAAAA6f/j/+f/5f/p/+v/GgDm/+z/7v/z/+z/8P/k/+r/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/+f/w/+z/FADt/9r/2v/s/+f/3v/Y/xIAAAAAAL//yP/L/8r/6//Y/xIAAAAAAAAAAAAAAAAAAAAAANn/3//n/+b/3v8fAOz/6v/s/+z/7f/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//j/9P/t/xQA9P8UAAAAAAAAAAAAAADs/wAA9v/c//j/+f8AAPP/LgDX/+r/6v8WAOv/6P/r/+n/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/9T/0P/n/9H/0f/L/zAA2P8UAO3/7f/s/wAA9//s/+3/1v/p/yMA4f/R/93/2f/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/xUA6//s/+v/6v/q/+z/7P/s/+7/8v/t/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAPT/AAAAAAAA9P/p/+v/AAAAAAAAAAAAAAAAAAAAAOL/vv/L/8j/5//T/8T/FADk/+v/6v/a/+v/6f8WAOz/CwAAAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P8AABQA2P/i/+L/7P/s/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAUAOz/8v/2//X/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u//n/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOb/FADu/wAA+P/s/+b/AADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6v/c/+P/0/8AANf/8P8AABQA8v8AAAAA+v/y/+n/3P8XANn/7P/r/+r/5/8UAOz/7P/v/+//7P/q/+v/7P/s/+z/7P/s/+z/FADp/+z/7P/s/+z/7P/s/xQA6f87AMD/p/9u/wYAnP+4/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//q/+P/9P/Y/xAA0P/r/wAA7P/t/9j/FADf/9z/2P8AAAAAAAAAAAAAAAAAAAAA1f/d/9n/2/8HABYA4f/K/wAAAAAAAAAAAAAAAAAAAAAYAOz/7f/t/+z/7P/s/+b/EgAAAAAAAAAAAAAA7v8AAAAAAADw//v/AAASAPr/+f8AAAAAAAAAAAAAAAAAAAAA1P8AAA4A0//M/+L/6P/V/8z/3P/k/xMA3//t/+T/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/tf+//8L/FwDU/+D/7P/s/+z/7f/t/+z/FADs/xQA7f/t//n/8P/s/+z/9v/h/+H/5P8UANf/AADl/wAAAAAAAAAAAAAAAAAAAAAAABMA8v8AAAAAAAAAAAAAAADw/+3/AAD5/+z/3//r/xUA7P/s/+z/7P/s/xQA7P/s//f/0f8mAKD/hP/q/7X/yv8AAAAAAAAAAAAAAAAAAAAA9f/0//T/+/8AAOz/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/w//P/7P/s/+z/6v/s/+z/7f8AAOz/FADs/wAAAAAAAAAAAADz/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8fANj/6//s/9j/6P/Y/xQA7P/s/+7/7P/s/+z/7P/o/+L/1P/l/+L/BgC4/wAAFgDc/9n/4/8AAM3/0P/k/+z/7P/s/+z/7P/s/+z/FADt//P/+v/t/wAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+//FADs/+z/6P/W//P/0v/L/8b/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8VAOz/7v/v//X/6//r/9D/GQDj/+T/2P/w/8z/6f8AAAAAAAAAAAAAAAAAAAAA5v8aAOb/5v/o/+X/5v/l/wAAAAAAAAAAAAAAAAAAAAD4/8z/7f/G/7f/7//x/+D/4f/U/8f/xP/p/8T/wf8rAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/r/xQA7P/s/+r/4//i/+P/5//m/x0A3//k/xAAxv+t/8v/wf/5/7X/AAAAAAAAAAAAAAAA5f8fAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v/s//T/8P/s/xQA7v8UAOz/7P/t//D/7P/r/+z/5v8VAO3/7P/s/+z/6//s/+z/7P/s/+z/7P8UAOz/7P/C/xUA1v/I/9n/0f8NANn/+f8XAPf/AAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAADr//H/6P/W/8r/7v8AAOv/AAAAAAAAAAAAAAAAAAAAABUA7P/r//H/7f/r/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//v/+P/t/xQAAAATAPX/8/8AAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t//f/8P/t/+z/7P/Z/+v/7P/r/+z/AADn/wAAKQDr/+r/7f/w/9r/1//T/w4A6//p/+z/4P/r/+v/AADe/+v/6//s/+3/2P/c/yIAAAAAAAAAAAAAAPP/DwAAAAAAAAAAAAAAAAAAAAAAAAAOAOr/5P/d/93/2v8AAOb/7f8AAPr/9v/4//v/AAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAPD/7P/0/+z/8P8VAOz/6v/s/+3/7f/v//D/FQDs/+f/AAAAAAAAAAAAAAAAAAAAANT/3P/d/9D/3f/v/wAAx//s/+7/7P/z/+z/FADs/+v/z//k/+r/2//Y/8j/2f8pAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAD4/wAA7P/s/+3/+//4/+3/FAAAAAAAwP/C/9v/0//U/wAAxP8AAAAAAAAAAAAAAAAAAAAA6//p/xUA6//s/+n/6//q/9j/1f/Y/8X/2P8XAPD/x/8UAOz/7P/u//T/7f/s//b/vv+//8D/8v+1/9z/IwD6/xkA6//p//T/7P/q/+T/7P/h/+z/5v/t/+//7P8WAOz/2P/Y/+f/4v/c/+T/KADi/+T/BgDV/9P/1f8QANL/6v/s/+z/7P/s/xQA7P/s/+z/8//6/wAA8f8AAOz/9P8UANT/y//n/8j/6v/o/yoAw//Z/+//9//b//f/2P8YAOn/0//d/9P/0f/i/yAA2f/q/+z/7P/s/+7/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6f/o/+f/6P/s/+T/GgDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/7r/wP/Q/xwA+v/A/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+L/6v/o/+v/2f8AAA0AAAAAAAAAAAAAAAAAAAAAANz/4f/s/+L/FQDZ/9j/AAAUAOz/7P/t/+z/7P/s/+z/3P/Y/93/6P/c/9j/JADe/xQAAADn/8L/2//s//n/7P8AAAAAAAAAAAAAAAAAAAAA5f/p/+n/7//0/9n/5/8bANn/6//n/+n/9v8jANr/1f/x/xsA6v/n/9r/2P/b/9j/AAAAAAAAAAAAAAAAAAAAAOr/9f/q/+v/6v/d/xMA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA1f/i/+P/5f/e/wAA2P/s/xQA7P/t/+z/7P/s/+z/7P/x//X/AADy/xQA7P/3/yoAyv/f/9L/vv/W/9H/8P/l/+b/6f/r/+3/7P8aAOv/6//1/+z/7v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAABMA6//q/+j/5P/j/+T/AAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7v/t/+z/FADZ/93/6f/k/+X/4f8NAAAAxf/d/+v/5P/X/8n/IgD4/+D/7v8AAAAAAAAUAOz/AAARANX/zP/r/9f/AADE/9n/FADs/+7/8v/s/+z/+f/s/x0AAAAAAAAAAADy/+P/AAAAAAAAAAAAAAAAAAAAAAAA5P8XAOj/3f/s/+r/4v/R/9v/9f/d/wAA+/80AOz/2//H/77/0P+j/77/6P/c/xwAAAAVAAAAAAAAAAAA7f8AAOr/6//s/+z/6/8VAOv/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA8P/x//v/AADx/+v/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/1//Y/9v/1f/Z/ygA1f8AAAAAAAAAAAAAAAAAAAAA9f/5//n/AAAAAO3/GAD5/wAAAAAAAAAAAAAAAAAAAADo/+v/6//s/+7/6v8WAOv/FQDh/+7/3P/t/9r/2P8AABgA5v/m/+v/6v/q/+r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADp/+z/7f/s/xEA7P8AAAAAAAAAAAAAAAAAAAAAFgDr/+7/7//s/+v/6//t/x4A5f/u//T/6v/j/+L/7//w/wAAAADw/wAAAAAgAPX/6f/d/+z/4f/a/9P/FAAAAOz/9P/t/+7/7//t/xQA+f9n/7L/pv/4/7D/xP/q//r/5f/r/+v/4P/l/+v/6v8ZAAAAAAAAAAAAAAAAAAAAAADh/+j/ov+w/ycABwDN/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+r/7P/r/+r/6//x/+X/6P/g/+T/5v/o/xYA6/8WAOr/7P/s/+v/6v/r/9j/2f/U/+j/3v/Q/wAAGQDo/wAA1//f/9n/FADW/+v/AAAAAAAAAAAAAAAAAAAAAPH/+f8AAAAAAAAkAPD/3P/q/wAA8v/t//T/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+7/9//s/+3/FAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADk/+j/2//q/+L/5P/d//b/FAAAAO//8v8AAOz/9/8AAPT/xf/W/8z/6v8KAOb/6P/q/+r/6P/p/+n/FgDq/wAA5v/5/+L/9P8oAOL/2/8yALL/zP/d/8b/2P/5/8f/OQDA/+X/4P+9/93/7v/W/xQA8f8AAPf/+P/s/+v/7f/X/9X/2//Y/9L/5P8dAO//LADo/8z/1//R/7r/1//T/xQA7P/v/+3/7P/v/+z/6/+1/9D/xP/O//f/5f+v/+P/8//x/wAA9P8UAO//AADs//b/1//6/7n/CQDh/7v/xf/r/+r/8//4//H/9P8WAPj/IQDY/9f/z//X/+X/9//Q/wAA9/8AAOr/AAAlAOH/6//u/xoAAAAAAAAA9//l//D/AAAAAAAAAAAAAAAAAAAAAAYA6P/s/+3/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADk/wAA2f/f/+b/5v/Y/wAA7P/s/+z/7P/s/xQA7P/s/+z/7P/u/+z/FADs/+z/7P/s/+z/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/9v/CwDT/9f/zv/2/9H/FgDH/87/0v/e/7P/6/8dAAAAAAAAAAAAAAAAAAAAAAD3/6P/tP+5/8r/DQAAAMv/AAAAAAAAAAAAAAAAAAAAAO7/AADx/+z/AAAUAOz/7P8AAAAAAAAAAAAAFAAAAOz/1//Y/+j/2v/h/x0A2//p//L/9//u//D/8f8UAPL/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//7f/s/+z/FADY/+H/2v/B/6j/q//N/04AnP/M/83/1/+w/7T/wf9dAOz/7P/v/+z/7P/s/+z/FADm/xYA6v/q/+r/6//n/+r/2P/g/xQA7v/t/+r/AADu/wAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAADi/9r/2P/e/9b/3P/o/xQA7P/n/9j/6//k/wAAAADp/+r/xP/X/xYA4f/f/83/5v/I/93/0f/s/9D/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAt//N//n/zf/K/8f/EgC5/+z/7f8AAPH/AAAUAOz/7P/n/8z/0//A/xYA1//7/8v/AAAAAAAAAAAAAAAAAAAAANj/5P/q/+j/6v8fAOb/4v8AAAAAAAAAAAAAAAAAAAAA6f/p/+z/7P/y/+X/FwDs/+3/7v/u/wAA7v/s/xQA8f8AAAAAAAAAAAAAAAAAAAAA9v/1/wAA+P8UAAAA9v/s/wsAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAADa/+n/6f/f/+v/CgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//U/8v/0//U/8z/LwDN/9P/zf8ZANj/7f/p/+j/9v8AAAAAAAAAAAAAAAAAAAAA7P/N/+z/HQDV/9P/1P/e/xQA1//l/+b/2/8AAA4Atv/s/xQA7P/s/+z/7P/s/+z/3f/d/+L/7P/R/+f/7P8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t//r/5P8UAPn/+P8AAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAADB/8T/wP/4/8X/9P+w/wgA+P/N/9H/6f/m/wAA1f8AAOT/FADs/+r/6v/s/+z/7P/n/xUA7P/s/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+v/6v/p/xYA5//r/wAAAAAAAAAAAAAAAAAAAADY/xMA6//r/+v/6/8AAOv/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/0v+7/8v/3f/7/9z/AADt/+3/AAD3/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAXABMA2f/V/9L/zf/k/+f/+v/y//f/+/8AABIAAAD1/9r/3/8YAA0Ayv/b/+b/5//p//f/FgAGAOb/1P/a/9n/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADt/+z/+v/s/wAAFADs/+z/7P/u//L/7P/v/+3/FADs/+v/CwAAAAAA6f/n/+7/AAAAAAAAAAAAAAAAAAAAAAAA+P/s/yQA9v/z//n/6f/p/+r/AAAAAAAAAAAWAAAAAADv/+v/FgDr/+7/6//q/+r/7P/s/xUA7P/t/+z/6//r/xQA7P/1/wAAAADs/+z/7v/s/+z/7f/7//j/7f8UAAAAAAAAABEAAAAAAPn/9f8AAOz/FADs/+z/7P/s/+z/7P8AANz/2f/t//D/6P8HAOP/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f/s/xQA7f/z/73/AADS/9f/9f/6/9D/AAAAAAAAAAAAAAAABQAAACEAAAAAAPX/AAAAAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/+n/6v/m/9X/yP8AACAA7//c/+v/7//z/wsA2f/s/+v/v//I/8z/9//y//H/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7//s//P/2f/Y/xQA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAq//D/8f/AADL/+P/4P/K/+X/7P/c/+z/+v/1/xcA8f8AAAAAAAAAAAAAAAAAAAAA4//c/+P/6f8AAOH/IADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAABgDT/9L/1P/Z/9j/6//5//D/AAAAAAAAAAAAAAAAAAAAAC8AyP/P/9L/0P/U/8f/xv/Z/+D/+P8AAPH/2v/b/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//i/+v/7P/X/wAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/9r/AADQ/8D/uf8KALT/KAD3/+f/8P/5/+D/2P/4/wAAAAAAAAAAAAAAAAAAAADq/wAAAAAAAAAAFgAAAAAA2//e/9v/4f/a/ygA2P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/2P/K/+T/FADp/+T/AAAAAAAAAAAAAAAAAAAAAOz/7v/z/+z/8P/k/+r/FAAAAAAAAAAAAAAAAAAAAAAA5v/O/8X/zP8qANn/0//S//L/9//u//D/8f8UAPL/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEA0v/H/8n/yv/d/9b/9/8AAAAAAAAAAAAAAAAAAAAA6//s/+z/6v/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wcAsf+u/7j/yf++/xIAzf/q/+v/7P/v/+v/6/8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+z/FADs/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/4f/o/+v/0v8XAOr/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/AADG/+L/zv/x/9b/5/8AAAAAAAAAAAAAAAAAAAAABgDO/9T/+f/A//D/+v/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA9/8AAAAADgAUAPr/5/8VAOr/7P/s/+3/6v/s/wAAEAAAAAAAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA+f8AAOz/7P8VAOv/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA6//r/+v/6v/s/+j/FQDr/wAAAAAAAAAAAAAAAAAAAADW/xsA4P/i/+r/8v/l/+H/6f/l/+z/EQD7/9j/6f8AAO3/7f/t/wAA7//m/xkA9f+t/67/+P/X/8b/IwDI/+T/pv+1/8L/2P+8/x0Ayf/z/+v/5P/r/+f/3/8IAAAA3f8AANv/yv/l/9n/2P8HAOb/5v/m/9T/4P8XAPf/yf/p/+b/JQDk/+r/7v/a/9v/6f/m/yUA5P/q/+7/2v/b/+n/6f/h/+b/2//o/w0Azv8AAN7/7P/s/9v/6/8AAN3/AAAAAAAAAAAAAAAAAAAAAAAA7P/u//L/7P/v/+3/FADs/xMA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA9f/1//H/7P8bAN3/2f/d/+P/3//l/97/7P/s/+z/7P/y/+z/FADs/+z/7P/s/+z/7//t/xQA7P/s/+z/7P/s/+z/7P8UAOz/FADt//j/AAAAAOz/7P/z/xQA7P/t/+//7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/2P/l/9n/3P8AAOn/7P/t/+z/7f/t/+z/FADs/7T/8f8MANn/2//X/+f/tv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/GwDt//D/AADv/9r/7P/s/xQA7v/u//j/7v/s/+z/0f/s/+z/7P/s/+v/JQDY//X/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADp/wAA2f/p/93/xf/r/wAAAAAAAAAAAAAAAAAAAADo/+r/6v/t/+v/FgDo/+v/0v/q/9v/2f/d/9v/1P8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//T/7/8AAPH/8v/t/xUA7P/s/+z/7f/s/+z/FADr/wAA6//s//j/+v8AANr/3v8AAOz/6/8AAPT/8v/t/xYAAAAAAAAAAAAAAAAAAAAAAPn/3f+4/67/BwDF/+b/1P/s/wAAAAAAAAAAFAD3/wAAuf8AAM7/xv/L/wgAAADo/9T/LwDb/9b/2v/R/9L/2f/m//D/7f/1//j/7P8VAOz/4v/r/+z/7f/t/+z/GwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/n/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAKAO//2v/F/+v/7f/N/+v/2P/o/+v/6//m/wAAFADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/8T/yP80AMf/zf++/8P/2f8AAAAAAAAAAAAA9v8AAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/6//p/+v/6/8KABQA7f8AANr/3P/r/9n/4v/c/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//b/wAA6v/q/wAA4//b/wAAAAAAAAAAAAAAAAAAAADn/xUA7P/s/+z/6//s/+z/4P/R/+r/AADO/9D/IADd/wAA0//I/9j/6f/I/wAA0P/Z/7z/6//k/8L/6f8RAAAA1f/e/+v/8/8AAOz/EgDb/wAAAAAAAAAAAAAAAAAAAADd/6n/s/+n/8r/vP8TAA0A5//p/+T/3f/u/+r/FwDh/wAAAAAAAAAAAAAAAAAAAADr/+r/7P/r/+z/6v8VAOz/6P/q/+r/6P/p/+n/FgDq/yIA9P/m/+r/2P/i/9L/z/8AAAAAAAAAAAAAAAAAAAAAzv/U/8//sf/l/xYAAADw/+z/7P/s/+7/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/x/xQA7P/s/9n/EADX/9r/5//r/wAA6P/n/+b/6//b/+n/4v8cAPH/AAAAAAAAAAAAAAAAAAAAAAAA2/8TAOL/4//3/+j/z//x/wAAAAAAAAAADwAAAAAA6//s/+z/7v8AAOz/FADs/+z/7P/t/+3/7v/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA8//b/9z/3//X/wAAyv8SAAAAAAAAAPL/AAAUAAAA7P/g/9//5P/o/9//5//j/yAAAAAAAAAAAAAAAAAAAAAAAOL/6//u/+r/FADX//r/2f/6/xkA9P8AAO3/AADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//D/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAOz/FQDs/+v/7P/r/+v/6//O/73/AADr/+z/5f8AANX/7P/r//P/8//t/+z/FQDv/+z/7f/s/+z/7f8UAOz/7P/s/+z/7f/w//D/7P8UAO7/3f/Y//r/AAAAAAAAJAAAAOr/JwDs/+7/9v/r/9n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/CADZ/8T/9//L/9D/7/8AAAAAAAAAAAAAAAAAAAAAy//y/77/xf/d//X/ov/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDp/+n/6P/o/+r/6v/Y/xQA7//v/+7/8P/u/+z/7f8cAOb/6P/n/+n/4//k/9//AAAAAAAAAAAAAPr/BwAAABQA7P/y/+7/7f/s/+z/7P8UAO7/9P/u//D/7P/s//D/AAAAAAAAAAAAAAAAAAAAAOv/7P/k/+n/6//r/xUA7P/W/+f/6//f/+P/6/8eAOb/AAAAAAAAAAAAAPr/CwAAAAAA+v8AAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOr/6v/o/+n/5f/a/+X/HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/3v/q/9v/AAAnAA8A6v8dAAAAAAAAAAAAAADj//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/2v/p/+z/6/8VANr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs/xQA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAA9v/v//n/AAAAABIA9//z//H/AAD0/xQA7/8AAOz/7f/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//n/7f/7/wAAFADs/+z/7P8UAO3/7P/s/+z/7P/v/+f/7P/k/+P/7P/p/xgA7P8KAAgA5v/X/8H/6f/n/8P/IwDr/+r/5f/q/+b/2//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AADt/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAPj/AAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAPX/7P8AAOz/FADt/+z/7P/s/+z/7//l/+j/6f/m/+f/4v8YAOz/9f/6/+3/8v/z/xEA9f/w/yYA4f/W/+H/4P/U/9r/0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwP/B/wAA9f/K/wAAxP8QAAwA3v/q/93/2f/c/wsA7P/t/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPD/7P/0/+z/8P8VAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+3/9v/s/wAAFADs/+z/7P/s/wAA9f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADg/+z/7P/s/+z/AAAAAOz/0//q/9n/2P/q/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAPL/6f/2/+v/5f/r/+v/6v/s/xcA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/xUA7P/t/+z/6//r/+v/GADq/+3/6//p/+b/6v/l/9r/7v8AAAAA8/8jAAAAyf8gAA0A6P/o/9L/4f/h/8r/AADH/8r/yf/Y/wwAxv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//z//P/7f/s/xUA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAn//H/7z/sv/A/xAAtf/i/+z/7v/t/+7/7P8WAOz/6//r/+z/7v/v/+z/7P8VAB4Ax/+g/5D/rf/x/83/xv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//f/+v/s/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/1f+m/8r/l//h/xoA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/6v8YAOz/8f/n/+n/6P8AAAAAAAAAAAAAAAAAAAAAAADo/+v/5P/n/9b/CADq/wAAAAAAAAAAAAAAAAAAAADo/9//5v/K/+b/AAAYANn/7P/s/+3/7f/t/+//FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/w/+z/FADt/+v/FwDn/+//6f/o/+b/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAABMAAAAAAO//9f/t//f/7P/r/+z/7P/s/+z/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADt/+T/4//t/+n/5f/m/+z/6//s/+j/7P/s/xQA7P/o/wAAsf/B/8//CwDo//X/6f/n/+b/5P/o/+j/GADf/7//9/+p/77/MgC0/9r/4f/s/xQA7f/u/+z/7P/s/w0A3f/W/9b/3//T//T/AAAAAPD/+v8AAAAA+f/w/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P/p/+r/6f/q/xcA6P8AAAAAAAAAAAAAAAAAAAAAy//R//r/8v8AAO//9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAA9f8AAAAA1f/t/wcA4//X/8L/IQDA/+b/uv/s/+z/7P/s/xQA7P/s/+z/FADr/+z/7P/s/+z/7P/l/wAAAAAAAAAAAAAAAAAAAAD3/+z/6//s/+7/EwDs/+z/AAAAAPL/AAAAABkAAAD4/wcA5f/t//T/+v/Z/xAA8//s/8b/s//a/9L/zP+i/yMA4//5/8n/x/+u/7n/v/8mALv/xP+7/x0AxP/4/7b/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/HADX/9f/2v/l/+H/6P/j/x4A4//n/+b/5f/f/+H/EQBFAJ7/wv+5/9r/xP+5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//5v/l/9j/5v/v/xIA8//n/+j/7P8UAO7/AADo/9//AAAAAAAAAAAAAAAAAAAAAAAA2P/f//D/5f/r/wAA3P8AAAAAAAAAAAAAAAAAAAAA5v/p/+r/6v/r/+n/FwDn/wAAAAAAAAAAAAAAAAAAAADr/+n/FQDr/+z/6f/r/+r/AAAAAAAAAAAAAAAAAAAAAOr/z//i/xIAz//Y/wUA3f8kAPr/9v8AAAAA6v/c//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/+P/JADs/+z/AADt/+z/6/8VAPT/6//s//b/7P/s/+v/FQDv/xAAAAAAAAAAAAAAAPb/7v8AAMn/yf/N/8v/2v8cAMP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAANAOz/7P/v/+z/FADs/+z/7P/f/wAAmP8AAOr/pf/p/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADF/8D/uv/W/97/uf80ANP/2P/l/+P/5//m/9r/JgDf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/6//3/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADF/xAA2v/b/8X/+f+8/+v/8f/r/43/rf/i/6z/3v8AAAAAAAAAAAAAAAAAAAAAAADY/wAA6//t/9v/w//W/wAA6//2/wAA9/8KAOb/5f/v/9H/IwDF/8X/3P+n/8v/CgDm/ywA0v/X/+v/3f/U/+H/7P/s/+3/+//4/+3/FAAAAAAA7f/6/+z/AADx/xQAAADg/wAAAAAAAAAAHAD4/+z/5P8kANL/AADm/83/6v/N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL//y//f/83/0f+7/wcAIwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7P/m/+3/6f8AAOv/6v8XAOv/7P/k/+r/5//r/wAAAAAAAAAAAAAQAPH/AAAXAOz/7v/2//j/7P/l//D/AAAAAAAAAAAAAAAAAAAAAOn/+//p/9X/0v/E/xAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/1/wAA8v8UAOz/9//s/+z/7P/u/+//8f8UAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA7P/s/+n/7f/0/wAA3v8AAMr/sf+n/8H/9f/4/+b/AADs/+r/FADo/+r/6//m/8j/xf97/wgAs/+a/zYAq/8LAAAAAAAAAAAA+f8AAAAAFADs/+7/4P/r/+D/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsAtv/K/7f/1v/4/8b/4v/g/+z/7P/x/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAMv/1//V/9n/MADR/9H/7v8AANf/5v/j/9T/4P/j/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAMT/FQDR/9L/yv/R/wcA0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/7P/s/+v/7f/o/yQA2P/7//L/7/8AAPr/8P8TAPD/9v8AABMAAAAAACIA9f/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q//D/7v/r//X/FgAAAOn/FwDw//r/6//t//f/8P/r/+f/4P8MANz/5/8SANn/5f/y//j/9//0//L/GgDy/9r/8P/m//D/AAAoANn/2P8AAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAADn/8z/yf/Z/8v/EgDj/wsA7v/s/+z/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADe/+T/4v/n/+j/HQDi/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+3/7P/s/+z/4//m/9v/4P/l/+b/GwDZ/9P/EQAAAAAAAAAQAPj/3v/B/9//zP/1/87/8P/1//T/AAAAAAAAAAAAAAAAAAAAAOn/1v/r/9j/8P/v/zAA6P8AAAAAAAAcAAAA7v/6/wAAx/+i/9v/9//4/x0Aov+x/+D/7P/f//f/7/8UAOz/7v/l/+z/AAAUAPD/AADY/+z/AAAAAAAAAAAAAAAAAAAAAN//4//i/9n/5v/T/x4A4f/s/+z/6//s/+v/7P8UAOz/6/8AANr/4v/j/8//zP8PAN7/5/8AAOP/6//M/yEA6//K/9P/2P+0/9P/2f9EAL//4//q/+b/5v/r/+r/FwDk/+L/1v/d/8n/+P/D/0MA3f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/FADs/wAAqP8UAJT/b/8SAOD/m//s/+z/7P/s/+z/FADs/+z/9v/u/wAA8f/w/+z/8P8UAAAAAAAAAAAAAAAAAAAAAADs/+v/8//z/+3/7P8VAO//1f8AANP/6v/t/xEAzf/F/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/v/xQA7f/s/8D/PQDT/8b/3f/G/87/xP8AAAAAAAAAAAAAAAAAAAAA4f/a/6n/sv+b/9f/0P8AAOj/9v/5/+X/9v80AOL/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA6//s/+r/6f/n/+z/7P/s/wAA9f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAMj/vv/K/8P/qP8TAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAu//2/wcA4f8RAMX/4//U/xQA7f/t//n/8P/s/+z/9v/h/+b/7P/l/wAAGgDu//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/5v/s/9j/2P/s/xMA+f/2//D/AAAAAPn/EgD6/wAAAAAAAAAAAAAAAAAAAAAAAPP/6v8AAOH/6P/W/wUAAAAAAAAAAAAAAAAAAAAAABQA7P/z/wAAAADs/+z/7f8UAO//7P/s/+7/7P/s/+z/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADV/8z/1//d/83/GQDU/+7/7P/v/wAA6//w/xkA7v/l/wAAAAAAAAAAAAAAAAAAAADo/+r/7P/b/9b/JQDq/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAA9/8AAPb/EwDz/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADY/+7/2v/i/9j/xv8mAND/AAAAAAAAAAAAAAAAAAAAAOv/6//p/+r/6//m/xUA6//y/+X/x//E/+r/0P8PAND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAFADy/+z/AAD3/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+//7P/s/+z/4f/s/+T/6f/j/xwA5v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACk/6n/9v/B/9v/kf8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/+2/8P/+f/F/8//wv/2/+z/2P/Z/9v/7P/Z/9n/FADe/9r/IADj/+X/2P/b/9r/5P8jAAAA8v/v/+D/7f/r/wAA9v/v//n/AAAAABIA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/t/wAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAANv/4f/m/+L/3v/Y/9z/KADi/+v/7P/t/+3/7P8bAOz/9//O/7//jf+3/93/9f/j/+j/6f8XAOr/7//p/+n/6v/b/+f/+P8AANb/7//3/wAA6f/q/+z/6//n/+f/GADq/+z/6v/1/wAAAAAVAOz/AAAAAAAAAAAAAAAAAAAAAAAA5P/i/+b/5f/p/+r/GgDm/wAA9v/v//n/AAAAABIA9/8AAAAAAAAAAAAAAAAAAAAA7f/t/+3/4//y/wAA6/8AAO7/7f/t/+z/8P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAA+/8AAND/z/+1/9r/tP8AAAAA8v8AAPn/AAD2/wAAEgAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADl/8r/2f/W/8n/6v/q//P/AAAAAAAAAAAAAAAAAAAAAOv/AAD6/+//9v/q/xIAAAAAAAAAAAAAAAAAAAAAAAAA8f/s/xQA8P8AAPT/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q//P/+P/x//T/FgD4/+z/7P/s/+z/7P/r/+v/FAAAAOr/9f/k//H/DQD1/9L/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAD3/wAAAAD4/yIA8f/s/+3/AAAAAPv/FADw/+z/7P/s//X/+P/u/+z/FAD6//n/7P/u/+//7P8TAOz/1/8AAPj/AAD7/+z/8P8AABcAAAAAAAAAAAAAAAAAAAAAANr/0v/m/8f/u//A/+v/HwDa/9j/7f/s/yEA7P/a/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8RAAAAAAD5//n/AAD4/xUA7P/r/+z/7P/q/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/6P/t/+f/6//z/xUA+f8AAAAAAAAAAAAAAAAAAAAA6v/m/+T/6P/p/xgA6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHANv/4f/r//X/yP/Z/+z/7P/s/+3/7f/s/xQA7P8UAAAA9//o//H/3f/Y/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7//t/xQA7f8AAAAAAAAAAAAAAAAAAAAAp//W/wkAtP8LANn/l/8JAA0AAADt//v/AAAVAPD/4P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAWAO//7v8AAAAA6//o//D/AAAAAAAAAAAAAAAAAAAAAAAAFQAAAPr/AADx/+//+//6/wAA8f8AAO//FADy/+z/9//3/+T/AADM/8j/6v/l/+z/9f/y/+3/7P/t/+3/FADs/87/AAA3AOf/5P/O/+b/1f/K//P/7P+5/7P/rP/5/+z/7P/s/+z/7P8UAOz/7P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAJwDq/9j/BgDi/93/3v/g/xsAAAAAAO3/AAD4/+T/+P8lAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q/9j/1P/V/+L/AAAAAAAAAAAAAAAAAAAAALn/wP/c/+r/5f8eADAAvP/o/+j/6v8aAOr/5f/l/+n/6//l/+//6P/q/8//FgDu/wAAAAAAAAAAAAAAAAAAAAAAAN7/6f/Y/+D/1f/m/xMAAAAAAPP/7/8AACYA6P/p/xUA9f8AAAAAAAD3/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/+P/0/+3/FAD0//n/GADn/+//6//p/+j/5v8AAAAAAAAAAAAAAAAAAAAAsv+p/z8Arv+6/97/1//G/+z/7P8UAPD/9v/s/+f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP+1/9r/4P/C//H/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8AAN//2P/e/9z/CgDg/+r/LQDd/9j/6//h/+P/z//k/+T/AADl/+f/0f/S/ykA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8bAOr/6P/p/+L/4f/j/wAAAAAAAAAAAAAAAAAAAADY/yYA3f/n/+r/2//Y/9r/6//s/+z/7P/s/+v/FADu/+3/7f/t/wAA7//m/xkA9f8PAMT/v//c/9b/zf8HANj/AAAAAAAAAAAAABAA8f8AAA8A9f/Z/9//1v++/+//3/8AAMf/9v/O/+X/z//e/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACa/6D/3v/n/8H/v//W/xYAAAAAAAAAAAAAAAAAAAAAAMf/4f/y/wAA7v/a/w8AKQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/5//1/9L/3/+1/+//xf8AAAAAAAAAAAAAAAAAAAAA8P/s/+z/7/8AAOf/FQDs/+z/7P/t//n/8P/s/xQA7f/s/+z/7f/3/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/9j/5P/a/+D/5P8kAOT/AAAAAAAAAAAAAAAAAAAAANr/FQDZ/9//3//j/wAA2P8AAAAAAAAAAAAAAAAAAAAA1//W/yQADADH/7z/vP/T/yIA5f/a/xMAxP+n/8L/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/xwA6//o/9n/5//l/97/7P/u/+3/8P/5/xUA7P/r/+n/AAD4/+T/6//W/97/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsAAAAAAAAAAAAAAAAA5f/u/+7/7P/0//D/7P8UAO7/5P/j/+L/5v/i/+j/GQDm/wAAAAAAAAAAAAAAAAAAAAAXAPT/AAAAAAAA9P/p/+v/FADt//b/+P8AAPj/7P/n/+z/7v/y/+z/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9f/7/wAAAAAAAAAAAAAAAAAAAADt/+z/FADt/+3/7P/s/+3/6v/Y/+L/7P/p/9n/IwDm/wAAAAAAAAAAAAAAAAAAAAAFANz/wv/Y/8j/9v8GANL/AAAAAAAAAAAAAAAAAAAAAOX/x//O/9X/3//d/ysAxP/s/+z/7f8AAAAA7f8UAPf/4f/Y/+b/4//z/+z/HgDt//L/9//u//D/8f8UAPL/7P8fAOX/pP/t/7z/6f/Q/87/6//v/+v/7f/v/xQA6//s/wAAAADy/wAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/8f/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAOr/7f/s/+//+v8UAOz/7f/q/+n/2//m/+3/3/8dAOf/7P/t/+7/AADz/+z/FADt//j/AAAAAAAA+v/y/wAAEQDr/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOD/4//x/wAA6v/o/x0A5/8IABQA2P8AAN7/pf+//+v/+v8AAAAA+f8AAOf/+v8qAO3/7f/z/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f/q/wAAAADx//X/zv8pAAAAAAAAAAAAAAAAAAAAAADy//b/7P8AAAAAFADs/+z/5/8AAND/3v/b/+b/6f8AAOb/0P/R//n/4f/K/8X/HADl/+z/7//Z/xMA5P/s/wAA7P/s/+z/7f/t/+z/FADs/+r/6f/s/+v/7P/s/xQA7f/N/9f/2v/m/+3/0P8pANX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/o/wAA5f/q/+D/FwDg/+r/6//s/+//6//r/xYA6v8AAOn/6f/r/+j/2P8UANH/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/b/wAA2v/n/+f/4P8RANr/AAAAAAAAAAAAAAAAAAAAAPX/FQD4/wAA7f/s/+z/7f/n/+n/5P/Z/+r/5P8XAOf/mP+z/9T/sv+//xkADQC2/+z/6f/k/+L/8P/m/xoA4f/r/+X/5//o/+r/DwDs/xQAxP/f/xMAzP/O/yIAx//h/9j/6v/l/9//5v8kAOT/2/8AAAAAAAAAAAAAAAAAAAAAt/+9/9j/xf/N/8j/AAAKAMT/3v/o/+v/4P/r/xkA1/8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAO3/7f8AAPf/7f/s/xQADwDV/+n/8v/m/+n/8f/r/+7/7f/t//r/9//s/xIA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8/8AAAAA7P/s/+z/7P/H/9b/2//X/wAA9/8GAOv/4//j/87/6/8YAOH/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOz/9v/A/wAAtf/m/9b/0v8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/v/xQA7P/s/wUA4f/t/+z/AADw/xMA6/8AAAAAAAAAAAAAAAAAAAAA3f8iAN3/4//h/+T/3f/e/+z/7P/s/+3/7f/s/xQA7P/V/8L/x//c/wAA4P/W//n/AAAAAAAAAAAAAAAAAAAAABgA0f/S/9L/2//k/wYA1//y/wAA+v8AAAAAFQDu/+z/FQAAAAAAAAAAAPX/7P8AAMb/v/+y/wwAjP8AAAkA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/+z/AAD6/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD2/xMA9/8AAPD/8f/v//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+b/HgDW/+f/6//d/+b/yv/h/+7/x//I/7H/JQDV//L/7P/s/+7/AADs/xQA7//4/+z/EgDV/8r/7f/T/9D/EwD1/+v/7//k/+f/7v/s/9H/2//k//D/9P/g/zQAAAAAAAAAAAAAAAAAAAAAAAAA4f8bAOX/8v/t/+f/5f/h/xQA7//v/+7/8P/u/+z/7f8AAAAAAAAAAAAAAAAAAAAA2f/Y/9z/8f/h/wcA3v8AANf/4f/S/9L/GADF/+D/EgDt/+3/8/8AABQA7P/s/+z/CADh/+L/2P/m/8X/2P8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/+v/2f/g/wYA2//7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/2//x/8P/rv/L//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/2//n/87/wP/z/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvv+//83/1v8/AND/u//z/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA8f/Y/7H/w/+k/+//JQDR/wAAAAAAAAAAAAAAAAAAAACy/77/CgDU/+P/EwDo/wwAIADp//n/5/8AAOb/3//4/+r/6//s/+z/6/8VAOv/5//3/xQAAAAAAAAAAADs//j/AAAAAAAAAAAAABIA7/8AAOz/7P/s/+z/6//q/xUA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKr/EQC0/+//xf8qANH/4//y//b/7P8AAAAAFADs/+z/AADq/+n/2f8UANj/3//Y/wAAAAAAAAAAAAAAAAAAAAAZAOv/6f/0/+z/6v/k/+z/AAAAAAAAAAAAAAAAAAAAAOT/FQDp/+v/6//r/+v/6//0/wAAAAAAAAAADwD4/wAAAAAAAAAAAAAAAAAAAAAAAO3/+f8AAMX/6f/A/wAA4v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/+//4/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPP/AAAAAAAAFADz/+v/9P/5/wAAAAAAABgA+f/s/+z/7f/s/+3/7P8UAOz/+f/g/9//+/8AAOn/6f8XAOz/6//s/+z/7P/s/+z/FADn/9v/2P/Z/w4A2P/a/wAAwf+i/67/wP+l/57/ov9eAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAA1f8eAOn/6//Y/+T/5P/W/wAAAAAAAAAAAAAAAAAAAAAAAOb/MQDb/9j/xP/I/+f/AAAAAAAAAAAAAAAAAAAAACwAuP/X/+f/wf/U/9z/vf8AANz/5P/c/+j/3v8AAOv/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAD7/+z/8v/p/+n/AADs/wAAFADs/+z/7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAIANz/5v++/8T/4P/Z/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+7/7f/5//r/6/8WAAAA8f/s/+z/8P/2/+z/FADt/wAA7P/s/+3/7P/s/xQA7P/s/+z/7P/s/+3/7P/s/xQAFwDs/9r/5P/1/+z/6f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6v/J/wAAyv/f/8T/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P++/+b/6f8AANr/yf8OAOn/6f/r/+v/7P8XAOj/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/8b/wf/W/xQA5P/j/+f/7P/s/+z/7P/s/xQA7P/s/9j/3v/o/+v/6//e/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/7f8UAOz/7/8YAOb/5v/r/+r/6v/q/+f/AAAAAAAAAAAAAAAAAAAAANb/6f/x/+3/7f/s/yQA6//P/wcAEADT/9H/4f/H/8f/5P/r/+r/2v/r/+n/FgDs/wAAAAAAAAAAAAAAAAAAAADs/+z/7f8AAO3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAALv/4v/N/9T/2P/M/+T/JAD3/+z/7P/5//D/7/8UAPX/AAAAAAAAAAAAAAAAAAAAANv/IwDW/97/5v/i/9//3f8AAAAAAAAAAAAAAAAAAAAAuf/g/8//2//b/8r/OQDZ/xYA6f/q//L/8P/n/+v/6/8AAAAAAAAAAAAAAAAAAAAAFQDu/+3/7f/7/+z/6v/v/9z/DAD3/97/4P/q/9z/CwDt//r/AAAAAAAAAAAVAAAA2P/s/9T/4/8UAOf/AADe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FAD1/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADk//P/tv/O/8r/5v/k//T/4//i/+P/5//m/x0A3//k/wAAAAAAAAAAAAAAAAAAAADs/+z/8f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/GgD1/wAA7v8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOv/1/8fAOz/7P/r/+D/FAAAAAAAAAD1//X/8f/s/wAAFgAAAAAAAAAAAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACb/8T/tv9eALX/p/+w/8H/AAAAAAAA8P8AAAAAFQAAANr/3P/Z/x0A7v/n/9j/7P/V/8j/zP86AMj/y//H/8P/5v/l/+j/6v/s/+f/GgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAwP/M/9X/xP8gAND/v/8aAAAAAAAAAAAAAAAAAAAAAAD7/+z/zf+5/6j/0f8QAOT/6//t/+T/3f/e/+D/GgDY//P/FQDq/+3/7P/q/+T/6f8AAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAPX/7P8AAAAAAAAAAAAAAAAAAAAAEQAeAAAA9v8AAAAA4//o//b/AAAAAAAAAAAAAAAAAAAAAJ3/8f/I/67/t//b/ycAwf/s/+v/6f/r/+v/5P8VAOn/1v/U/9n/0//W/9T/JADn/wAAAAAAAAAAAAAAAAAAAADq/+v/6v/o/+v/6/8WAOn/2P/o/97/5//Y/xEA6P8AABYA7//u/wAAAADr/+j/8P8AAAAAAAAAAAAAAAAAAAAAAADo/+v/5P/n/9b/CADq/wAAAAAAAAAAAAAAAAAAAADp/ygA2//a/9j/2v/g/+b/6f/s//v/6v/u/xkA7P/k/+P/5f/h/9//5//o/xsA4//g/+z/7P/x/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAOz/8f/v/+//6//k/+v/AAAAAAAAAAAAAAAAAAAAAOv/AAAAAAAAAAAVAAAAAAAUAOz/7P/u/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/woA5//n/9L/AADY/8f/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAO3/9v/s/wAA8f/2//P/7P/Y/xQAAAAAAAAAAAAAAAAAAAAAAAAA6//f/+r/7f8AAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADp/+z/5P/h/+n/EQDg/77/yf/e/77/1P8xALv/2P/r/+3/7f/r/+7/FQDo/+z/6f/U/+z/y//x/y4A1f/U/9X/6f/g/9v/6f/s/xUA6v/Z/+f/wv+r/8b/tf/C/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xMA4f/t//f/6P/u//P/7P/s/+z/7P/s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDJ/8X/1/8AANP/7//K/9v/2//Q/9b/KwDq/9z/z//s/+z/7P/s/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/k/+v/2P8PAOn/9/8PAAAAAAAAAPj/AAAAANz/3f/j/97/6//g/97/GQDs/+v/7//s/+z/7P/s/xQAAAAAAAAA8v8AABQAAADs/wAA4P/r/+z/5v/4/wwAyP/5//b/8P8AAAAA+f8SAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8ZAOb/7//c/+L/6P/l/wAAAAAAAAAAAAAAAAAAAAAOALH/8//Q//r/uf/N/9f/0P/f/93/2f8wAMz/1//D/wAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAABYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/+3/6P/g/+//MADi//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAJwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+7/7f/u/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAsAAAA+v/7/wAAAADd/+7/AAC3/6H/vv+Z/9X/EgCr/wAAAAAAAAAAAAAAAAAAAADr//P/1f/m/87/DwDE/9X/5//k/+n/GADp/+b/6f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAA9/8AAB0AAADz/+z/7P8UAOz/7P/s/+z/7P/e/+D/5//Y/9z/7v8UAMr/AAAAAAAAAAAAAAAAAAAAANj/7P/r/+b/6//s/xQAAADt/+z/7P/t//D/7P8UAO3/7P/t/+z/7P/s/+z/7P8UAO3/7P/s/+3/8P/s/xQA7f8UAOr/2v/a/+L/3P/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA8f8AANn/7P8AAAAA+v/l/wAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMQDl/9f/6//q/wAAz//T/+3/AADT/8L/yv8GAMz/1/8AAAAAAAAAAAAAAAAAAAAA8P/s//T/7P/w/xUA7P/q/wAAAAAAAAAAAAAAAAAAAADh/wAAFADs/+z/6f/d/+z/5v/d/8b/wv/L/w0A8v/p/wAAAAAAAAAAAAAAAAAAAAAAABUA6f/q/+3/2P/b/+z/7P/s//n/+P/u/xQA6//t/xQA5f/Y/9j/3v8AAOr/6/8AAAAAAAAAAAAAAAAAAAAA3P/n/wAAAADf//D/9/8AAO3/AAAAAPf/+f/7/wAABQDe/+f/2P/Z//P/2f8nANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+v/4//r/+b/5f8fANH/3f/K/9n/4f8tAO7/2P/P/wAAAAAAAAAAAAAAAAAAAACq/7j/1//g/9T/6v8AAPP/+//y/+//AAD6//D/EwDw//H/FwAAAPb/8v/t/+z/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMT/0f/F//H/6f/k/y4A1P8AANv/6/8UAN7/2P/b/+v/AAAAAAAAAAAAAAAAAAAAAAAAEwD2/wAA8P/j/+X/7P/1/yMAov/H/7L/uf/b/7z/7P8UAO3/7//s/+z/7P/v/+z/7P/t/+z/7P/s/+z/FADp/+v/5v/0/+r/5/8XAOj/+P/s/yQA9v/z//n/6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+f/6//h/+X/6v8LAOb/tv+2/7P/pf+5/8b/AABBAAAAAAAAAAAAAAAAAAAAAADr/+3/7P/s//j/7P8UAOz/7P/s/+z/AADs/xQA7P/y/wAAwv/q/6v/tv/Z/w8ACAAfAAAA8P8AAAAA7P/k/wAA6f/q/+j/5f/t/xQA7P/s//D/7P/0/+z/8P8VAOz/6v/q/+j/7P/p//n/AAAAANj/AAAAAAAAAAAAAAAAAAAAAA4AAADf/8//5v/I/+D/wf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOD/FADo/+7/7/8GAOL/1/8hAAAA7v8AAAAA6//h/wAAAAAAAAAAAAAAAAAAAAAAAO//6/8WAOv/7v/r/+r/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADv/+r/+v/5/+z/6f/r/xUAJQDq/+r/4//r/9//uf/f/wsAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xsA0f/Y/+f/DADF/9X/AAAAAAAAAAAAAAAAAAAAANH/zv/W/9H/4P/O/9D/IQDc/wAA1//m/xwA0//U/8P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAA0//Y/9T/AADp/9b/HADm/+j/5//p/+P/5P/f/wAAAAAAAAAAAAAAAAAAAADE/8D/2f8rALH/FwDr/7D/GAAAAAAAAAAAAOX/6//t/wAAEAAAAAAA+P8AAPH/AADl/97/6//l/9r/BQAAAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdANz/2f/e/+H/2//k/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd//f/AAAVAAAACwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v+9/9P/zP+8/w0A1P8SAAAAAAAAAAAAAAAAAAAAAADe//H/7P/4/+z/PADZ/9f/1P/Y/9n/4v/a/9T/AAAOAOz/7P/v/wAA7//v/xQA7v/s//P/AAAAAAAAAAAZAAAA7P/s/xQA7P/s/+z/7P/s/+z/7v/t//D/+f8VAOz/6//j/9//1//G/8n/KwAAALn/6//r/+3/AAD2/+z/FQD5/wAA2P8UAOL/6//j/+r/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/ywA7P/V/97/2//K/9j/6v/r/wAA9//u/+z/7P8WAA4A0P/6/7T/6f/M/7z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/1v/q/+P/2P/Y/yUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUA6v/T/8D/1//A/wAAAAAAAAAAAAAAAAAAAAAAAOj/7P/j/9r/FADl//L/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/AADp/+z/2/8AAAAA2P8AABgAAAAAAAAAAADq/wAA7P8UAPX/7//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/X/8f/4v/l/83/KgDX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAPX/AAAAAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4A2P/b/wAAu//q//L/xP8AAAAAAAAAAAAAAAAAAAAAx//e/9T/zP/i/ygA0//n/ycA6//6/wAAAAAAANr/AAAAAAAAAAAAAAAAAAAAAAAADQCs/xoAlf/E/8f/7//e/wAAAAAAAAAAAAAAAAAAAAAIANn/t/+j/8n/CACu/+D/DADJ/9T/5v/X//f/4v8AAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//H/AAAAAOz/7P/u/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAPX/AAATAAAAAAAAAAAAAADz/wAAFADs/+z/7P/t/+z/7P/s/9j/+f/p/xYA6v/e/+j/4P/r/+v/6v/r/+z/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/9f/2f/5/9D/DgDK/+v/+P/s/yQA9v/z//n/6f/p/+z/6//s/+v/FADs/+z/6v8AAOL/8P/M/9r/1P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9v/w/wAAAAD0/+3/AADJ/9T/vP+7/8r/u/8TADcAxv/s/+f/6P/i/8//MADb//v/1f/F/9H/zv/e//j/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+X/6f/n/+j/6/8XAOz/AAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAPAAAAAAAUAO7/8f/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDl/+D/0v/e/+r/6f/q//r/AAD6/+n/AADl//j/GAAAAAAAAAAAAAAAAAAAAAAA6v/r/wAA9//u/+z/7P8WANv/+//4/+j/8v8AANj/AADl/7n/pP/Z/9//AADL/+P/AAAAAAAAAAAAAAAAAAAAAAsAw//T/8X/7P+//9X/DgAfAAAAAAAAAAAA9v/j//f/AADp/9z/+P8AABUA1f/J/+z/7P/2/+z/7P/s/+z/FAD2//j/7v/6//L/6v/r/xQAAAAAAAAAAAAAAAAAAAAAABEAAADk/8v/AAAAAOr/zf/I/w8AuP/S/8r/8f/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgDX/+j/7v/p/9b/4P/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/h/5z/DQD3/xMAtv+X/wAA6//m/+f/FADa/9j/2P/s/+z/7P/s/+v/6v8VAOr/AAAAAAAAAAAAAAAAAAAAAOf/5//q/+v/6v8XAOj/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADr/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P/s/+3/+//t/+//7P/s/xQAq//V/9H/vP++/xMAu/8AAAAAAAAAAAAAAAAAAAAAAADn/+n/6v/v/+z/0v/q/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+b/7f/1/wAAFQDr/9//4P8AAPX/AAAAACUA9P/t/+j/FQDs/+v/6//s/+j/7P/s/+f/6P/v//b/6f8aAO7/HQAAAAAAAAAAAAAA4//6/wAAAADq/+r/3f8NANr/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+X/5P/d//X/6/8WAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAML/8/8AANj/2//2/73/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/s//P/6v8XAOf/8/8UAOz/7P/v/+//7P/q/+v/3f8QAMb/w//M/8D/7P+//wAAEwDt/+//7v/Y/93/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/0v/Q/9z/4f8AANf/CAAAAAAA+v8AAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwv/p/+z/yP+1/+T/AAD5/+j/IwDs/9//3//m/9n/4P/n/+n/5P/Z/+r/5P8XAOf/1//Z/9n/z//e/yEAzP8AANX/3P/j/9f/6P/f/ycA2P/h/zEAz//X/87/3v+9/9v/5P/l/+b/6P/o/+r/GwDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACd/9v/uv/O/wAA9/+8/xAAHAAAAOj/8v/d/9n/4//X/wAAAAAAAAAAAAAAAAAAAADO/+X/8f+//8T/ov8oANn/FADt/+3/+f/w/+z/7P/2/+b/s//J/wAA1f/t/+L/yf8AAAAAAAAAAAAAAAAAAAAAAAD2/+//+f8AAAAAEgD3/8r/NAD6//X/5//n/9r/1P8XAOj/7P/r/+n/6//o/+n/7P/t/+z/7P/t/xQA7P/s/+j/1//X/8T/4f8AAPH/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/o/wAA7P8AABQA7P/s/+z/7f/t//j/9P/t/xQA9P8AAAAAAAAAAAAAAAAAAAAA7P/s//H/9v/l/+T/2f8YAOz/6f/t/+r/9f/W/xQA7v/r/97/7//d//n/AAAAANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/6//x/+3/6//p/+z/7P/s/+z/7P/r/+z/FADs/wAAAAAAAAAA+v8VAPn/6//u/9b/7P/k/wAAx/8QAOn/7f/N/wwA5P/Y/7X/6P8AABEADQDm/+v/4P/n/+T/3//n/xUA6v/s/+z/7f/q/+z/FAAAAAAAAAAAAAAA7P8AAAgAAADN/7X/0v/7//r/3v8AAAAAAAAAAAAAAAAAAAAA9P/g/9n/1//j/9n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/D/8z/6//I/8T/CADe/ywA3f/h/+r/6v/f/9H/2//Z/+n/FQDr/+H/7P/k/+j/2v/s/+n/GADs/+r/4P/o/+z/7v/w/+7/8f/o/+z/FQCP/83/sP+s/xoAAAC1/xoAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+7/7P/t/+z/7f+b/97/xP+c/wAAzv/2/5j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOz/6//v/+//0v/s/+j/FADs//H/7f8AAOv/7P/Y/+//6/8WAOv/7v/r/+r/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/r/+z/FADs/+v/AAAAAAAAAAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/wv/D/wsAAAC8//T/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKL/uv/z/9n/rf87ANP/mv8AAAAAAAAAAAAAAAAAAAAAxP/D/+n/xf/I/xQAv/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//n/+f/7f/z/+j/GQDq/+z/7P/s/+7/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA8//q/+r/8v/s/+v/FgDq/wAAGwDo/+j/2v+3/+b/5f8MAO7/9//s/+//6v/j//v/6v8AAAAAAAAAABYAAAAAAPf/5//n/+3/8//o/xkA6v8AAAAAAAAAAAAAAAAAAAAA7f/p/+n/6P8WAOv/6//a/+z/FwDo/+r/7P/r/+X/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8XAAAA+v/r/+v/6P/q/wAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA+//1/wAAAAAAAAAAAAAAAAAAAAAAAAUA0f/Y/+T/1f/b/+H/BwDe/9n/6P/h/+3/3P8mAO3/AAAAAAAAAAAAAAAAAAAAABIAAADm/9X/2P/r/9v/6P/t/+z/7P/u/+//7/8UAO3/AADr/73/0v+v/6r/9P+V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/w/+b/7P/u/wAAGADs/+f/7P/k/+P/7P/p/xgA7P8RAOn/3v/r/97/5v8AAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAAAAAAAAAFgAAAAAA6f8AANn/2//d/+r/AADk/7r/EwDX/+X/vf8OAMn/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/+/8AABIA+v/5/wAAAAAAAAAAAAAAAAAAAAAJAOj/7P/k/+//7f8NANv/7P/s/+z/7v8AABQA7v/t/wAAAAAAAAAAAAAAAAAAAADh/+r/6P/r/+v/7P8UAOj/5f/2/+L/7f/5/wcAGwDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAPL/5v/m/9L/6f8VAOP/7P/2/xMA9/8AAPD/8f/v//X/2v8AANz/4v/b/9r/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8jAPf/7f/Y/9r/5f/X/wAAAAAAAAAAAAAAAAAAAADs/+z/8P8UAPr/5//s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/x/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/p/93/5v/s/+j/GgDo//H/7v/w/xQA8P/s/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAACkA7P8AAPf/AADq/9f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+v/6//g/+X/6//q/xkAuf/S/7X/yP/J//H/KgDC/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAADs/xQA9//7/+7/7f/s/+3/6v/q/xYA6//o/+v/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/+z/4v/w/+z/FADl//D/7P/0/+z/8P8VAOz/6v/s/+//AAAVAAAA8f/r/wAAzv/p//T/yf/x/+7/FADY/wAAAAAAAAAAAAAAAAAAAADo/+v/6//n/xUA7P/q/+z/2f/i//X/6P8TANP/2P8AAOz/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6P/q/+r/7f/r/xYA6P/r//P/6//Y/+L/3/8VAOT/3v/s/+z/7P8AAOz/FADs//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAO3/6v/4//H/7P/n//X/6v/s/+3/7P8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/9v/s/+z/7P/s/xQAAADG/+f/1v/S/xkA1P/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf/l/+z/0//X/wkAwv8aAOz/FQDr/+z/7P/s/+v/7P/s/xUA6//s/+z/7P/r/+z/+P8AAAAA8/8AAB8AAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/y/+v/9//b//D/8/8AANb/5P/E/7D/w//G/+7/5v8AAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAA5P8AACgA2f/e/93/xf/D/8b/6f/s/8r/EwDy/wAA+v8AAAAAFQDu/+z/IADQ/9z/6f/r/+z/1v/J/+3/7P/s/+z/7f8UAOz/7P/v//L/7P8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAOv/6/8VAOv/7P/r/+r/6v/b/wcAGgAAAOn/1//R/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/+3/AADs/xIA9/8AAAAAAAAAAOz/5f8WAAAAAAAAAAAAAAAAAAAAAADD/+v/y//V/53/t/8JAAAAAAAAAAAAAAAAAAAAAAAAAOH/GwDl//L/7f/n/+X/4f8AAAAAAAAAAAAAAAAAAAAA5v/6/xYA6v/o/+v/4f/r/0gAAAAAAAAAAAD2/7j/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/+n/IQDi//f/EQDb/+j/AAAAAAAAAAAAAAAAAAAAANj/1v8pAN3/4f/J/9b/0f/t/+3/8/8AABQA7P/s/+z/7f8AAAAAAAAAABQA7f8AAAgA0P/b/8j/5//l/wAAyv8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+3/7P/s/+n/7P/t/wAAFgDt/+z/6v/o/+v/7P/P/9f/FgDX/+z/AAAAAAAAAAAAAAAAAAAAAOz/8P/z/wAAAAD0/xQA8f8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7v/v/+//FADt/wAAAAAAAAAAAAAAAAAAAADs/+z/7//s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/z//b/9v/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8ZAPL/8P/p/+b/7P8AAAAAAAAAAAAAAAAAAAAA0f/U/9r/5f/o/97/LgDU/wAAAAAAAAAAAAAAAAAAAADq/9n/3P/j/+3/CQAAAOr/AAAAAAAAAAAAAAAAAAAAAOj/GwDj/+v/7P8AAM3/2P/0/xQA8f8AAO7/7v/u/+//AAAAAAAAAAAAAAAAAAAAAOL/6f/f/+X/6v/o/xsA3//q/+n/6f/q/+v/6P8XAOn/6f/m/xoA7f8AAOj/5f/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/t//r/7P8AAPT/FAAAAAAAAAAAAAAAAAAUAPX/+/8AAAAAAAAAAAAAAAAAAAAA3f++/xoAvP+6/xEAt/8AANf/1/+y/73/2P8AAA0A1v8AAAAAAAAAAAAAAAAAAAAAn//L/87/0P/s/wAAsv8ZAAAAAAAAAAAAAAAAAAAAAADq//D/6//t/+3/6v8WAOv/AAAAAAAAAAAAAAAAAAAAABUA6//v//H/6//p/+v/6v/s/+z/7P/u/wAAFADu/+3/AAAAAAAAAAAAAAAAAAAAAOz/7f/y//X/9P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s//X/2f/e/+j/2//q/8r/EgAUAOz/7P/s/+z/7P/s/+z/5//n/+L/4P8YAOr/0//q/+f/3f/q/+r/5f/o/xsA7P/g/9f/5/8iAAAAvv/2/+b/6f/p/+v/6//s/xcA6P/n/9H/FQDY/97/6/8AALX/6//p/+j/AADs/wAAFADs/+z/7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZANf/yf/S/9//zP/5/9P/AADZ/+r/7P/c/+D/CwDl/+7/7P/s/+3/8P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA+P/s/xUA6f/q/+f/6f/q/+3/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/b/+7/6f8AACgA3//c/+v/7P/q/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAxf8OANf/1//n/wAAyP/V//b/AAAAAOz/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/x/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P/0/+z/8P8VAOz/6v/l/8n/BQDJ/7v/1P8cAOT/2f/j/+f/AADm/xsA3v/k/+f/6f8AABMA7v/Z/+H/AAAAAAAAAAAAAAAAAAAAAAAA7P/5//T/9f/y/+z/+v8UAAAAGwD5/wAA8P8AAOL/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAB4A2f/Z/+X/5//Y/+b/2P8AABQAEwAAAPj/AADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACv/9f/s//y/8X/uP80AM//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xUAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/+//5v/h/9//HgDT/+v/4f/x/+f/6//l/xsA5v/l//b/AAD3/wAA9v8TAPP/7f8AAAAAAAAAAAAAAAAAAAAA5v/6/+b/+f8AAOT/GwD2/+7/6v/p/+f/7v/0/ysA6/8VAOz/6//x/+3/6//p/+z/3f8iAOH/3P/l/8//1v/Y/wAAAAAAAAAAAAAAAAAAAADP/8L/v/8pANT/4P/G/9r/AAAAAAAAAAAAAAAAAAAAANz/4v/o/8r/6/8ZAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvv8AAOj/2P/s/wAAHwDh/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/+z/6v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AAAUAO7/7f/p//H/6v/j/+f/7P/r/xQA7P/5/wAAAAAAAO//FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAAAADQAAAPT/AAAAAAAAAAAAAA0AAADs/+z/7P/t/xQA7P/s/+z/6v/s/+z/7f8AAOz/FADs/+v/FgDq/+z/7P/r/+r/6//b/9f/xf8JABEA6v/a//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/CwDW/9b/+f8GANj/4v/s/xQA7P/t/+3/7P/s/+3/z//Q/wwA1f/Y/w0Ayv/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//m/9f/4P/e/xcA4//s//v/9f8AAAAAFADv/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+7/6v/r/+n/4P/s/+z/7P/w/wAA7f8UAO3/2f/c/+v/6v/Z/8z/2v8oAOz/FADt/+z/7P/s/+z/7//Y/+X/7P/Z/9r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAACwAAAAAA4f8UAOL/6P/m/+j/AADY//P/AAAAAAAAAAAeAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+//5//u/wAA2P/Y/9b/3f/s/+f/AADg/wAADgAAAAkA5/8TAOL/sv/p/9v/DQDh/9j/yP/e/8v/9f/x/wAAAAAAAAAAAAAAAAAAAAAPAM//3v/r/9//3v/o/xEAAAAAAAAA8P8AAAAAFwAAAOz/FADs/+z/7P/s/+z/7P/r/+v/6v/r/+z/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/X/+H/5/8AAOb/5f8dAOz/8v/2/wAAAAD2/xQA9P8AAAAAAAAAAAAAAAAAAAAA4//j/+//8f/z/+n/HgDk/7P/AACh/53/yP/G/7f/FADY/93/7//n/+j/6//Y/yYA4//j/+//8f/z/+n/HgDk/x8A4//m/+b/5P/l/9n/3//s/xQA7P/t/+z/7P/r/+3/7P/0/+3/7v/v/+3/FAD5/+z/7P8ZAPL/8P/p/+b/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/3P/s/+//7v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA5v/m/9n/2v/q/wAA2v8TAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAACQA3f/Y/8z/1//L//b/zP/q//D/6//t/+3/6v8WAOv/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/q/+n/6f/n/+D/6P8YAOj/2v/P/9//6//X/9b/GwDp/wYAAADO/wAA1//X/93/6f/e/+H/4//Y/9f/5v/r/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAzP/p/9z/9v/V/wkA4v/4/9b/GwDg/+L/6v/y/+X/4f8AAAAAAAAAAAAAAAAAAAAA2f/g/+b/JADW/8n/AADD/+v/6//r/+z/7P8VAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/w0AAAAYAL//1//U/8v/o//0/woAAAAAAAAAAAAAAAAAAAAAAPX/+f/5/wAAAADt/xgA+f8AAAAAAAAAAAAAAAAAAAAAwv/W/wwA0v/T/+H/zP8AAAAAAAAAAAAAAAAAAAAAAADj/+v/8f/s/+z/5//s/xUA4f/u/9v/6//g/9n/KQDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/r/xQA7P/r/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOD/1f/l/+X/2f/W/x8A3P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/t/+f/7P/x/8v/7P/l/97/5//v/w0A6v/q//r/+P8AAAAA7P8XAOn/7P/s/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAPD/2//u/xMA6v/r/+z/6v/r/+r/8v/i/xUA8v/r/+v/7f/v/+//AAAUANj/uP8AANP/8f/h/+r/7//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8fAAAAy//f/9f/5v/V/wAA7v8dAA4Ay//Q/77/wv8AAOD/+P/e/+f/2//b/+v/6v/c/xkA3P/j/+L/3P/h/yEA2v/W//T/xv+9/7X/yv8AAOL/uf+u/8z/sP/S/9L/GQDB/+7/zv/V/+v/AADY/wAAzv/U/8v/6f/L/+H/4/8cAOf/5//5//X/AAD6//D/KQDe/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAOz/7P/s/+3/7//t/+z/7P8UALb/tv+2/7H/u/8pANP/5//s/+3/8f/t//H/FADs/+z/EQDA/8P/v//J/woAwv/q/+b/4P/q/9f/AAAAAM3/AADv//D/+v/z/wAA7f8UAAAA7P8UAO3/7f/s/+z/7P/s//X/6v/q/wAAAAARAOj/AAARANj/2f/a/9n/2P/Z/wAA1//s/+j/2P/p/+P/IADq/wAAAAAAAAAAAAAAAAAAAADB/9P/5v/Z/73/yP/T/z4AvP/i/9H/3f/d/0IA0P/O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/9b/xv8MANL/1P/M/+r/CgDs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAOT/5v/j//P/2f8PAMj/yP/D/9f/+/8AALn/3v/r/w0A7v/4/+T/6v/s/xYA9P+//9X/z//P/8//KgDk/wAA+f+5/8z/xP/o/9P/+f/s/xQA7f/t/+z/7P/s/+z/6f/o/+n/6v/p/+r/FwDo/+v/AADw/ygA7v/X/+z/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/s/xQA7f/l/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v8AAO7/7v8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xkA5//h/9b/5f/o/97/IwDp//D/AAAAAPf/3P/4/+z/FADu/wAA9//1/+z/7v8AAAAA4P8AAPf/9v/Y/+X/6v/p/93/5v/s/+j/GgDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/9P/t/+z/9v8AAAAAAAAAAAAAAAAAAAAA5v8lAOT/6v/u/9r/2//p/wsA3//k/+T/3v/6/+n/2v/N/+b/5//p/+D/3f8NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+P8AAO3/+v/s/xQA7P8JAMP/4//V/+L/1v8AANX/7P8UAPP/7f/u/+//7P/s/woA+v/4/wAAAADx/xIA5P/q/xMAAAAAAAAADQDx/wAA8P/6/8//x/+t/8L/CgDV/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P/p/+r/6f/q/xcA6P/V/9L/5P/Z/9n/LQDU/9n/AAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/6f/p/xUA6//o/+v/GADV/+z/yv/p/+X/+v8AAPf/AAAAAPj/IgDx/+z/9P8AAPL/9//s/xYA6f/o/9r/wP+s/wAAv/8QAK7/4P/L/+b/0v+3/8r/4/8QAOv/6//s/+j/7P/q/+v/FQAAAAAAAAAAAAAAAAAAAAAA7P/u//H/9v8AAOr/7v8AANT/3//A/8z/AADU/wkAAADs/+z/7v8AAO7/7v8UAO7/6v/a/+P/6P8AAN//EQDs/+L/DwDa/+T/2f/P/wAA0f/B/8P/1/8TAML/uP/P/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/6/wAAAAAAAOv/AAAWAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALv/BwAMAPj/pf/M/8j/rf8UAAAA7v8AAAAA7P/t/wAAJwD1/wAAAAAAAPT/2P8AAAYAAAAAAAAAAAAAAAAAAAAUAO//AAAAAAAAAADt/+7/3f/Z/+v/7f8mAOr/4P/t/9v/2P8AANj/5/8TAN7/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8kAND/x//m/8f/0f/m/ygA2//2/wAAAADY/+P/6v8AAAAAAAAAAAAAAAAAAAAAFADs/+3/7f/u/+z/7P/v/wAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/7f/k//L/5f/3/+v/CgDj//D/5v8WAOv/6//i/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2//t/+//9f/s//P/FAAAAOn/5//s/+r/6/8QAOz/2/8XAAAA5//5/9f/AADZ/+j/FwAfAPj/6//q/+P/6v/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/y//b/9f/s/+z/7//x/xAAAAAAAAAAAAAAAAAA5v8bAOb/6v/p/+v/3//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/6//0/+3/AADv/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAxv/N/9b/zf/J/9T/2P/x/+z/FADw/wAA9P/t/+z/7P/x//X/AADy/xQA7P/3/xMA7/8AAAAA7//v/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/4f+5/73/5f/z/+X/AADv/+v/FgDr/+7/6//q/+r/AADy/9X/1f/Y/+j/EwDG/8X/7P8AAO3/7/8pANX/xf/y//b/7P8AAAAAFADs/+z/CwAAAAAAAAAAAPb/CQAAAAAAAAAAAAAAAAAAAAAAAADv/xQAAAD6//H/7P/s/xMAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/8P/3//L/FADS/xMA6P/r/w0A2P/c/83/7P/s/xQA8v/v/+3/7P/s/+z/7P8ZAPL/8P/p/+b/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/AADZ/+v/6//p//r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/9L/MQDR/8D/1P/k/9b/AAAAAAAAAAAAAAAAAAAAAPn/5P/D/9H/+f/H//H/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+j/7P8UAOv/7P/s/+z/7f8UAOz/6//k/+f/6//S/9f/FwDc/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/+X/4v/i/9r/1v8kAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+P/4P/l/xoA4f/V/+f/FgDs/+z/+v/u/+z/5P/t/wAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAPD/AAD7/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/8//7//w//P/5f8yANf/8f/q/xgA7P/x/+f/6f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAAAABUAAAAAAPv/7v+3/8r/yP+x/8T/MADz/9j/EwDg/8//0f/Q/xAAAADq/+T/6f/h/97/AADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/9r/1/8AABUAAAC9/+z/7P/s//D/7f8UAOz/7/8AAAAAAAAAAAAAAAAAAAAA2P/N/+v/0v/X//P/0/8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoAAADt/wAA8v/c/+r/+P/4/wAAAAAAAOz/8f8UAAAAAAAAAAAAAAAAAAAAAAC4/8X/MQDH/8j/4//o/8L/+P/6/wAA5/8AAB0A6P/v/7X/wP/I/7L/sP8oAO//5v/p/+j/4v/m/+7/HQDZ/+r/8v8AAPr/AAAAABUA7v/s/wAA3v8AAAAAAAAkAAAAAAAKAPX/2f8AAPP/AADY/9r/CQD0/wAAAAAtAOr/4P/c/+z/5P8FAN//6v/u/97/FADx//v/9/8AAAAA9/8UAPf/7P/u//P/9v/1/+z/7P8UABUA7P/s/+z/7f/j/+z/6/8AAAAAAAAAAAAAAAAAAAAA0v8rAAAAAADf/+v/1//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDL/+3/7v8AAOr/7f/r/+3/6P/r//H/9v8ZAOv/2f8AAAAAAAAAAAAAAAAAAAAA8P/3//r/7P8AABQA7P/s/6n/JQDU/73/v//C/xAA0v8AAAAAAAAAAAAAAAAAAAAA0f8QAOv/AADv/wAA8f/Y/+3/7v/z/+//AAAUAOz/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/4P/m/+3/8v/Z/x4A6v/x//T/7P8AAAAAFADs/+z/7P/s/+z/8P/t/+v/FADs/9//uP+w/6r/7v+s/83/KAAAAAAAAAAAAAAAAAAAAAAA2P/a/+P/+f/0/+f/KAD1/+z/7P/s//D/7f/r/xQA7P/2/wAA9/8AAPb/EwDz/+3/AAAAAAAAAAAAAAAAAAAAANH/vv/H/87/5/8rANH/4P/y/xgAAAAAAO7/AADb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8VAO3/2P/s/wAA2P/r//L/7P/s/+7/AADs/xQA7//r/+z/AAAAABQA5f/l/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/r/+z/7P/s/xQA7P/s/+3/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/yMA+f/7/+L/6f/Y/+r/9P/6/wAAFADt//H/7P/t//T/FADx/wAA7v/u/+7/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADv//b/FAAAAPj/AADs/+z/7P8UAO//7//r/+7/6//s/+v/FADs/+z/7P/r/+z/7P/Z/wAA7P/s/+z/3/8AAOz/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7v/t/+3/7P/s/+z/4v/Z/x4A6P/h/9H/0P/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+7/7P8UAOz/1/8AANb/1//q/+r/2f8RAAAAAAAAAAAAAAAAAAAAAADP/+H/7f/O/9b/AADM/wgAAAAAAAAAAADy/wAA7f8UAAAAAAAAAAAAAAAAAAAAAADu/+7/7P/0//D/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAxv+8/8P/wP/G/y0A1P/h/wAAAAAAAAAAAAAAAAAAAAAGAOf/7f/u/+v/6//r/wAA3v/e/9D/2v/f/ygA1P/Q/9L/yf/X/9b/vv8wANb/5P8UAO//2P8AANH/2f/J/97/6//s/+z/7f8AANz/EADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+7/AADz/+z/FADt/y0A4/+1/6v/z//Y/+j/yf8AAAAAAAAAAAAAAAAAAAAAJwDk//f/4//l/wAA0v/U/+n/4f/Q/9H/3P/I/8f/NADG/xoA0//Y/7//y//u/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAA6/82AMj/yv+2/7X/uv+8/wAAAAAAAAAAAAAAAAAAAADw/+n/7f/s/xsA6//s/+n/AADV/9X/1//a/wAA1v/F/97/y//u/93/7P8TAND/FgDZ/+X/1P/n/+v/4f8eAOD/0//Z/+v/4v/E/9v/IADm/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/t/wAA7P8UAOz/AAAAAAAA+v8AAO3/FAAAAOz/7P/s/+z/7P/s/xQA6f8AAAAAAAAAAAAAAAAAAAAA5/8cAOn/7P/q/+b/1P/p/+r/6v/w/+7/6//1/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA8f8AABQAkf/O/9b/tv+f//T/df8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//X/5/8aAOr/+v8AAAAAAADr/wAAFgAAAAAAAAAAAAAAAAAAAAAACwC3/9//wf/X/wAAz//3/zEA5P/x/wAAAADU/9n/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/7P/q/+j/FADp/+z/AAAAAAAAAAAAAAAAAAAAAAAA7f/t//P/AAAUAOz/7P/s/+z/AAD6/wAAAADt/xQA7/8KAOz/6//3/wAA9v/u/+3/1P8AAN//zv/J/9b/DADs/+f/4P/s/9v/2v/Y/+v/IAAUAOz/7P/t/+z/7P/s/+z/FADs//T/7v8AAOz/7P/s/wAAAAAAAAYAAAAAAAAAAAAUAOz/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAGABUA6//s/+j/7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAzv/h/93/xv/q/+j/LgDn//f/AAD7/+3/AAAAAB8AAADq/+z/7v/v//D/2P/s/xUA6//0//n/AAAAAAAAGAD5/wAAAAAAAAAAAAAAAAAAAADr/+z/7//s//b/FADf/+z/AAAAAAAAAAAAAAAAAAAAAN3/tP+z/8v/2v+Z/8//MQAUAPL/AAAAAAAA9//t//b/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr/wAAJwDd/+D/yf/b/9n/1v8AAOv/6//o/+j/0P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/Y/9n/2/8dAOr/5//Y//P/8f8AAPT/FADv/wAA7P/j/xAA2P/Y/wAA2P/o/+L/BQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAA+//t/wAAAAAfAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA+f/g//X/8v/1//T/6P8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAA6/8bAOv/4//r/9j/FADq/wAAAAAAAAAAAAAAAAAAAAAOAAAA3v8AANH/1f/m/9j/AAAAAAAAAAAAAAAAAAAAAOz/FADv//X/AADs/+z/7f8UALj/x//I/9D/+P8AAOj/4P8jAOX/7v/s/+v/zv/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0A3f/n/+D/5f/Y/9H/4/8AAAAAAAAAAAAAAAAAAAAA9f8eAAAA9P/y/wAA4f/1/+z/7P/s/+z/9//s/+z/FADT/wcA3//w/+z/AAANAOX/AAAAAAAAAAAAAAAAAAAAAMv/6P/H/9j/1f/Y/y0Axf/s/+z/7P/t/+z/7P8UAOz/+v8AAPf/AAAAAPj/IgDx/+r/FADs/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/r/+v/6P/o/+T/FgDs/+r/7P/s/+z/FgDk/+r/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/HQDw/+b/5P/Y/8X/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAA6P/o/9j/3v8KANj/+v8AAAAA+f8AAOf/+v8qAAAAAAAAAAAAAAAAAAAAAAATAOr/2P/Z/9j/2P/Z/wAA9f/a/9b/3//n/wgA6//H/+z/7P/s/+z/7P/r/+v/FAAAAPf/+f8AAAAA7v8gAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/1/xUA+P8AAO3/7P/s/+3/7P8UAOz/7P/s/+z/6//s//H/7f/2/+z/AAAUAOz/7P/m/wAA2P/g/+z/6/8AAOv/FADt/+7/7f/u/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/3v/p/+D/9f8dAOz/4f8UAPD/9f/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAADi/+7/6v/s/+v/7P/u/+7/9f/y/+z/FAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/FQAAAOv/AAAAAAAAAAAAAAAAAAAAAPb/EADZ/9b/5/8AANj/2f/6/+3/+v/s/wAA9P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2ANz/5//p/97/zv/T/9X/AAAAAAAAAAAAAAAAAAAAAMb/+f/P/9L/z/8UANT/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEEAyP/L/9j/yv/B/8H/wP8AAAAAAAAAAAAAAAAAAAAA2P/b/xQA6//n/+//6/8AABgAt//u/8//n/8AALP/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+z/7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/2P/g/9j/2P8AAOv/AAAAAAAAAAAAAAAAAAAAAO7/7/8AAAAAAADx/x8A+v/s/+v/7P/o/+z/7P8UAOz/7P/4//j/7P/w/+z/7P8UAOz/FQDs/+D/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAOr/AAAYAAAAAAAAAAAAAAAAAAAAAAANALD/w/+h/73/8f/b/9f/8v/2/+z/AAAAABQA7P/s/9f/FgDp/+//0/8aAOv/7P8dALX/2f/V/+f/0//w/8T/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/6/8AAOz/7P/s/+3/6/8HAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/w/xQA+v/n/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2P/Z//b/7f/h/+v/JgAAAAAAAAAAAAAAAAAAAAAA6v8AAN//2f/Y/+v/2P8RAAAACQAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/3//r/+3/7f8XAOr/6//m/xoA5v/m/+j/5f/m/+X/2f/k/+j/4P/Z/+z/FQDZ/wcAw//F/87/yP/p/wAA4P/v//b/FAAAAPj/AADs/+z/AAAAAAAAAAAAAAAAAAAAAN//3f/e/9j/4v/Q/+X/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/HAD5/+f/AAD5//r/5/8AAAAAAAAAAAAAAAAAAAAACgDf/87/1//l/9L/+P/P/wAAAAAAAAAAAAAAAAAAAADR/97/5P/r/xQA6//o/wUAAAAAAAAAAAAAAAAAAAAGAOz/7P/x/+z/FADs/+z/7P/h//n/6v/3/wAA6/8WAO7/4v/W/+P/IADl/9//1//c/+3/7P/s/+//7/8UAOz/7P+0/2QAof/q/+n/iP/O/37/5v8bAPX/9f/s/+f/6P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/IQDr/wAA5v/x/9T/6P8AABUAAAD6/wAA8f/v//v/AAAAAAAAAAAAAAAAAAAAAOj/GADr/+v/6v/p/+z/7f/U/xcA5//e/9j/2f/r/+L/AAAAAAAAAAAAAAAAAAAAAOT/HADw//f/+P/n/+X/7/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/3v/s/+v/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/GAAAAAAA9v8AAPH/9v/s/xQA7f/v/+z/7P/s/+//AAAAAAAAAAAAAAAAAAAAANn/JwDd/+X/2P/Y/9r/6P8AAAAAAAAAAAAAAAAAAAAA2f8oAPb/3//e/+L/2P/o/wAACwAAAAAAAAD7/wAAAADu/xgAAAAAAPb/AADx//b/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7v/s/xQA7P/r/+v/FwDq/+v/6//l/+r/AAAAAAAAAAAAAAAAAAAAAOz/FADt//D/7v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAjv9bAKX/0/+U/7L/wv/G/wYAAAAAAAAAAAAAAAAAAADx/xcAAAD2//L/7f/s//n/7P/s/+z/7/8AAOz/FADs/wAADgAAAOL/5P/Z/9f/3v8AAAAAAAAAAAAAAAAAAAAA1f/Q/9f/zf/Y/8f/MgDF/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/p/+r/7v/s/9v/6v8bALz/DgDw/9D/FwDU/+D/3P/s/+7/7f/w//n/FQDs/+v/1v/D/w8A9P/L/wAAwP/G/7z/v/+T/w0AEADL/8X/AAAAAAAAAAAAAAAAAAAAAAAA6/8AAPf/7v/u/ycA2v/j//b/AAAAAPb/7//s//P/FAAAAAAAAAAAAAAAAAAAAAAAyP/w/9H/wv/k/wkA2f8AANv/FADu/9j/9P8AANj/2f/y/wAA+v8AAAAAFQDu/+z/2P+1/8H/sv+4/wAABwDs/wAAAAAAAAAAAAAAAAAAAADq/+3/0v/c/9n/2//0/woAAAAAAAAAAAAAAAAAAAAAAOz/6P/s/+3/7f/t/xgA7P/E/8r/FADJ/8z/3f/W/wAAAADt//r/7P8AAPH/FAAAAAAAAAAAAAAAAAAAAAAAAADY/yEA2P/Y/8//2P/q/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfAAAA8P8AAAAA7P/k/wAAAAAAAAAAAAAAAAAAAAAAAMb/zf/R/83/MQDI/8D/+f+y/8v/z/++/zAAtf/X//T/AAAAAAAAAAAAAAAAAAAAAO3/8v/A/8z/LgCo/87/5v/z//H/AAD0/xQA7/8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/n//L/4//l/+D/IgDO/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/M/7X/wv+9//j/4v8aAND/1v+5/67/1f/e/7r/AADd/+n/+f/s/wAAIgDc/+z/AAAAAAAAAAAAAAAAAAAAABwA5//q/+v/5f/m/8X/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/u/+z/7P8AAAAAAAAAAAAAAAAAAAAA5P/U/7X/zv8AAOj/AADm/9v/3//c/+3/GwDs/+b/2P/0/9X/6f/m/+H/AADu/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//f/9P/2/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD1/+X/6P/z/+r/6//i/xcA4f/o/+3/7P/q/9r/3f8nAOb/5v/o/+r/5//h/xoA5v8AAAAAAAAAAAAAAAAAAAAA8v/3/+7/8P/x/xQA8v/s/xQA7P/x//b/7//t/+z/7P/H/wAA6//F/9//4f8FAND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9j/7f/g/9v/6f8kAOz/7P8UAPb/7P/v//f/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA//v/xf/X/8X/xv8TANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAAAAAAAAAFgAAAAAA7f8AAPn/+v/2/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPX/+/8AAAAAAAAAAAAAAAAAAAAA2v/q/+3/FADs/+T/7P8AAAAAAAAAAAAAAAAAAAAAAAAVAOv/7P/s/+3/6//r/+z/BwDY/9P/5f/4/wAAsf/3/+z/7P/s/wAA7P8UAOz/8v8AAAAAAAAAAAAAAAAAAAAA8v/i//D/5f/e//T/HQDs/wAA9v/v//n/AAAAABIA9//s/xQA7f/u/+z/7f/s/+3/7P/t/+3/8v/t/+z/7P8UAMP/DQDn/8X/2v/E/w0Ay//s/xQA7P/e/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAAAAA8v8AAPn/AAD2/wAAEgDl//f/7P/2/+3/2f8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/93/3v/y/9n/AADl/xIA8//2/77/p//G//r/FwDg/wAAAAAAAAAAAAAAAAAAAADs/+z/9v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/1//j/7v/s/xQA+v/5/x0AAAAAAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f8AAOz/7P/s/+z/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+3/7P8UAOz/3v/0/+j/7P/r/+v/DgDp/+L/AAAAAOz/AAAkAOv/7P/E/97/7P/N/9X/CwDq/wAAOADl/9n/yv+1/6//3/+w/wAAAAAAAAAAAAAAAAAAAAAXAOj/5//q/+r/FwDj/9b/5v/s/+P/7f/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAOAM//yP/N/9r/6//6/+v/AAAAAPD/+/8AABIA+v/5/+z/7P/s/+7/+f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/0f/w//v/8v/a/9v/CADm//P/7//7/wAAGgDj/+//AAAAAAAAAAAAAAYAAAAAAOz/7P/s/+z/7f8UAOz/7P/t//v/7//2//j/FQDw/+3/6f/2/xQA9//7/+j/7P/s/xQA7f/u/+3/7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA1//W/9X/2v/r/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8aAPX/AADu/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAOf/1f/m/+b/zP/1/9L/AAAAAAAAAAAAAAAAAAAAAMr/q/+9/9n/zP8SAOP/6P8AAAAAAAAAAAAAAAAAAA0A1v/W/+r/6f/k/+f/6P8aACkA4f/W/9L/3v/P/9H/0f/s/xQA7P/s/+3/7P/s/+z/6f/m/+b/5//q/+f/GgDm/wAAAAAAAAAAAAAAAAAAAAAkANH/y//O/7z/w//x/+H/KAC4/7n/xv+l/6b/9v+Z//H/7v/w/xQA8P/s/+3/7P8AAAAAAAAAAAAAAAAAAAAA2P8mAN3/5//q/9v/2P/a/wAAAAAAAAAAAAAAAAAAAAAOANL/1//P/7r/1P8AAPj/7P/s/+7/AADu/+7/FADu/+L/5f/i/9z/6f/i/x4A1v/s/+z/7P8UAO7/7P/s/+z/7f8UAPP/8P/x/+z/7P/v/+j/6v/q/+j/6f/p/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//MwC4/8f/x//U/8n/2P/s/xQA+v/y/+3/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAA7f8UAPT/zP/E/+7/qP+3/9z/CQAAAAAAAAAAAAAAAAAAAAAA3P/d/+z/IgDg/9j/3P/r/+D/3f/Q/9b/1P/M/yEA1//i/+f/4//m/+f/3P8eANn/4//y/+D/6P/2//j/IwDr/wAAAAAAAAAAAAAAAAAAAADu/+z/7P/t/+z/7P8UAOz/7f/t//P/7P/5/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr/+v/7//z/+7/8P8VAPP/7P/0/+3/7v/v/+3/FAD5/x4A7P/r/+3/9P/r/97/7P/V/w4ADwDR/8v/5v/o/+H/6P/q/9j/6P/q/x4A6f/r/wAA7f/t/wAA9//t/+z/FADq/+n/3f/m/+z/6P8aAOj/3//Y/9z/7P/g/9j/IQDk/yIA4P/i/+X/4f/l/9v/2f8AAAAAAAAAAAAAAAAAAAAA7P8AAOP/5f/j/+z/5P8TAOz/7P8UAOz/7P/s/+z/7P/t//n/7v8AAAAA7v8UAO3/6v/B/7D/tP+j/6P/MwC3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADF/+H/5v/f/+n/8v/t/wAAxf+y/8D/1v/P/y8A1v/R/9j/5f/n/+j/7f8cAM//6f/m/woA5//n/9z/EgDN/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAD6//L/AAARANX/JgDX/+D/2P/q/9j/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/h/wAA2P/Q/9j/HADf/wAAAAAAAAAAAAAAAAAAAADt/+j/9/8AAAAA6//b/xoA9f/u/yAA6/8AAO3/1f8KAO3/6P/3/wAAAADr/9v/GgAAAAAAAAAAAAAAAAAAAAAA7P/s/+X/7P/s/+z/+P8UAOj/6v/q/+j/6f/p/xYA6v+2/9D/xP/Y/9f/AAApAMn/3P+3/xIA2v/T/8X/FAD5/+7/BgD1//P/+v/r/97/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAO7/1/8AANP/AADD/97/AAAAAAAAAAAAAAAAAAAAABQAAADt/+7/5P/s//D/4v8UAO//7//u//D/7v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAA7P/n/+z/6f/e/9z/DQDm/xsA9f/1/+z/5//o/+f/yv/r/7r/5P/G/8n/AAAAAN3/4P/u/+j/7//p/x8A9/8AAAAAAAAAAAAAAAAAAAAAJgDS/9X/+P/0/+r/0P/l/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/i//L/AADr/wAA9v/2/wAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/9f8AAPL/FADs//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACz/8L/EwDD/7X/9P+9//f/3f/Q/87/yv+8/ycA3f/x//X/3P/t/+z/zP8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/9//n/+H/2f/3/8v/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/M/+z/FADU/9D/9//u/wAAAAAAAAAAAAAAAAAAAADQ/+L/7v8AAPb/+v8VAOz/5v8WAOz/7P/p/+z/6v/s/x4Avv+u/9b/wP/G/wAA1//k/zEA0f/p//T/1P/E/9r/9P+8/9j/yP/S/6r/FQDV/wAAAAAAAAAAAAAAAAAAAAAHAMv/1f+1/6v/uf8oAMP/AADX/+j/7P/a/9j/CQDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/1v/m/+b/8P/W/xUA0v8AAPb/7//5/wAAAAASAPf/8P/0/+z/FADu/+z/7P/s/xgAAAD4/wAAAAD4/+v/9v8AAAAAAAAAAAAAAAAAAAAA6P/0/wAAAAAAAPn/HQDx/xQA7P/s/+7/7f/s/+z/7P/5/wAAAAAAAAAA+P/w/x4A7P/s/+z/7f/y/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADd/9z/3f/X/+v/4//n/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+v/6P/z/wAAIQDa/+7/6P/r/xYA6//q/+n/5f/p/wAAAAAAAAAA7P8AAAAAJwAAAAAAAAAAAAAAAAAAAAAAv//R/wAA7/+9/xkAyv/A/7//z//r/+L/2f/2/xEA1P/g/9n/FADq/+r/5f8AAOf/0P/Q/9f/3P/f/9z/FwDq/wAAAAAAAAAAAAAAAAAAAADs/+v/8//z/+3/7P8VAO//6f/H/9b/sv/Y/7b/KwDX/+3/7P/t/+z/7f/s/xQA7P/l/+n/5v/q/+X/3P/k/xsAAAAAAAcAAAAAAAAAAAAAAOj/GgDp/9//7P/c/9z/6v/y//f/7v/w//H/FADy/+z/0/8HAN//8P/s/wAADQDl/xwAzv/o/9j/6P/r/9L/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAPD/9P8AAAAA8//Y//b/3v/n/9j/2f/z/9n/JwDZ/wAAAAAAAAAAAAAAAAAAAADq/9P/1//l/+n/6P8uAN7/7P/t/+z/7f/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAjAPX/AAAAAAAAAADd/wAAFADs/+7/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7P/s/+z/qv/S/08AsP+y/73/sP/F/7z/qP9TALX/xv+5/8X/uv/q//H/IADq/+//3f/s/+j/AAAAAAAAAAAAAAAAAAAAAND/BgDg/9H/3P/c/+L/vf8AAAAAAAAAAOz/AAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/f/9r/6/8UANv/2P8AAAwAAAAAAAAAAAD6//n/AAAAAAAAAAAAAAAAAAAAAAAA5f8FAOj/7P/W/+H/AADh/9b/LQDV/+L/1v/e/9P/0v/p/+v/6//r/+z/6f8WAOz/tf8PABQA3v/f/7v/7P/s/9f/0//S/8z/1v/U/zkAwP/l/wYAv/+9/+//9P/E/xMA7P8AAAAAAAAAABQA9/8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/+v/5f/f/+r/6f/a/xsAAADL/+3/3//x/+v/AADS/wAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAA9/8AAOv/8P/6//n/+v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5v/Z/9n/4v/e/9j/1/8iAMX/AAAgALT/9f+y/9f/0v87AOf/yP/W//H/6P/B/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8//s/xQA7P/a/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+r/EwDg/9v/+v/b/+f/2f8UAOf/5//q/+n/AADi/+b/xf/e/wYAyP/T//f/9f/k/8z/wf/B/7//LwDq/8T/7f/o/+z/8P8AAPb/FQD2/9T/1//D/+v/2P/V/zgA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//b/+P/r//T/5P8AABoAFgD2/+v/7f8AAO7/6f/0/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA2P/k/9//4//d/9r/AAAJAOz/7P/v/+z/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA5v8lAOT/6v/u/9r/2//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+H/w/8AAN7/uv/Q/wAAAAAAAAAAAAAAAAAAAAAAAMn/4//W/9n/EgDY/97/+f/q/+v/4/8AABQA+f/f/+z/7P/u/+3/8P/5/xUA7P/r/wAAAAAAAAAAAAAAAAAAAACu/+z/2f/q/+j/5v8bAOz/6f8AAOz/7P/r/+z/EgDp//X/0//a/9j/3//N/+b/0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6f/c/9j/AADi/9//FwDx//v/9/8AAAAA9/8UAPf/AAAAAAAAAAAAAAAAAAAAAAAAFQDq/9j/6P/Y/9j/2P/2/8H/zf/F/7n/1f/o/wAA2P8WAOj/3v/o/9v/6//i/9j/FgDo/97/6P/b/+v/4v8TAOz/7P/v/+7/7v/u/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q/9j/1P/V/+L/xf/b/83/0//F/+v/KwDT/xkA5P/l/+n/6f/m/+j/5//s/+z/7P/t/+//6f/s/xQA1//Z/+T/3f/g/+H/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/a/9v/6v/b/93/AAAPAAAAAAAAAAAAAAAAAAAAAADE/+r/6v/4/wAA5v8UANj/6v/Y/+3/IgDo/9r/6v/b/+b/IwDZ/9n/2f/Y/9j/6f8mAPP/9P8AAAAA7f/e//b/+P8AAAAAAAD6//L/AAARAO3/BwDE/xIAov/A/9L/vP8AAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAADU/wAA6//p/97/GQDs/+X/6/8YAOr/7f/r/+n/5v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7//s/+z/7f/s/xQAAADY/9n/1//T/9X/1f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADa//P/+P/s/9j/2P/Z/xQA7P/s//D/7P/t/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADt/wAACAD7/wAA7P8WAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAM7/2P/q/9H/GQC+/9b/DAAAAAAAAAAAAPr/+f8AAOL/uP/a/9r/5//0/wAAsv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/xQAAAAAAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAyAOf/AAAAAO3/3/8AAAAAAAAAAAAAAAAAAAAAAADX/+j/6v8AANr/1v8iAOz/AAAAAAAAAAAAAAAAAAAAABYAov/G/7z/wP/Q/+D/AADW/8z/2f8IAL//AADd//D/AAAAAAAAAAAAAAAAAAAAAAAA2//q//D/6v8GAN//2P8VAOz/7P/s/+3/4//s/+v/AAAAAAAAAAAAAAAAAAAAALb/DAC+/8L/tf8SAAAA5/8AAAAAAAAAAAAAAAAAAAAAJgDd/9j/3P/q/9f/5f/Z/wAAAAAAAAAAAAAAAAAAAADu/xoAAAAAAAAA9//l//D/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/7f/j/+z/6/8AAAAAAAAAAAAAAAAAAAAA7P/0/+3/7v/v/+3/FAD5/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+z/7P/s/xQA'
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
     * Nor the runner's exit-code echo after it (`Process completed with exit code 1.`).
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
        // The runner's echo of the exit code closes every failed step, whatever failed: no vote.
        const after = excerpt.slice(0, MODEL_SPREAD + 1).filter((t, i) => i === 0 || !ECHO.test(t));
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