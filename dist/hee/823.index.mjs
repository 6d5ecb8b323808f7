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
    rule('js-test-cross', raw `^\s*[×✕✗] (?!No solution found|Some (?:errors|warnings|diagnostics) were emitted while |[Ff]ailed to |[Cc]ould not |[Uu]nable to |\[(?:\d{3}|ERR(?:OR)?|TIMEOUT)\] |[\w-]+\([\w/-]+\): |${ERROR_REPORT}|This environment is externally managed|Encountered error while|.{0,160}\bdid not run successfully\b|(?:Low|Medium|High|Critical) severity vulnerability|.{0,60}\b(?:CVE|GHSA)-\d)\S`, 66),
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
    features: "b:0 0\nb:0 a\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 a7aef8b1\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 all\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assigned\nb:0 assignment\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 be95da1\nb:0 between\nb:0 bin\nb:0 binutils\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 branchpoint\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 catch\nb:0 cc\nb:0 cgen\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 class\nb:0 clause\nb:0 clean\nb:0 cleanup_file_variables\nb:0 client\nb:0 code\nb:0 codex\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connection\nb:0 console\nb:0 container\nb:0 contract\nb:0 core\nb:0 could\nb:0 cp314\nb:0 critical\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 date\nb:0 db\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 def\nb:0 default\nb:0 dependencies\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e8f\nb:0 eadcdc7d\nb:0 echo\nb:0 efde290b\nb:0 efe31b98f2\nb:0 eff\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 executing\nb:0 exit\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f7\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 fb\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 flash\nb:0 fn\nb:0 for\nb:0 format\nb:0 fp4\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 g4q\nb:0 gcc\nb:0 gcr\nb:0 gdb\nb:0 generated\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 hass\nb:0 head\nb:0 high\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 i128\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 insufficient\nb:0 int\nb:0 into\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 item\nb:0 items\nb:0 j30\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 lost\nb:0 low\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m12\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 main\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 measured\nb:0 mecho\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minute\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 n\nb:0 name\nb:0 nanopb\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newlib\nb:0 newline\nb:0 no\nb:0 nodes\nb:0 none\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 p1\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 price_cents\nb:0 print\nb:0 problems\nb:0 process\nb:0 projects\nb:0 pub\nb:0 pull\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quantity\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 rc1\nb:0 rc2\nb:0 rc3\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 releases\nb:0 repack\nb:0 requires\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 s2n\nb:0 saas\nb:0 scenarios\nb:0 sec\nb:0 second\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 severity\nb:0 sh\nb:0 sha\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 sid\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 soroban_sdk\nb:0 source\nb:0 spond\nb:0 src\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t03\nb:0 t06\nb:0 t07\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t11\nb:0 t12\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t18\nb:0 t20\nb:0 t21\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 title\nb:0 tmp\nb:0 to\nb:0 too\nb:0 toolchain\nb:0 total\nb:0 trailing\nb:0 true\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 ubuntu2\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 unused\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 usr\nb:0 v0\nb:0 v1\nb:0 var\nb:0 variable\nb:0 variante\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 you\nb:0 z\nb:0 zephyr\nb:0 zig\nb:0 zzpmw\nb:a 0\nb:a b\nb:a bash\nb:a branch\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a directory\nb:a e\nb:a failure\nb:a feeds\nb:a few\nb:a first\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a in\nb:a invoices\nb:a is\nb:a k\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a required\nb:a return\nb:a s\nb:a safe\nb:a shutdown\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a userland\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:a_ m\nb:aaa api\nb:aaa go\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action cogni\nb:action download\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions runner\nb:actions setup\nb:actions task\nb:actions upload\nb:active on\nb:activity kt\nb:actual 0\nb:actual behavior\nb:actual type\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add the\nb:add url\nb:added 0\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address 0\nb:address all\nb:address range\nb:addresses should\nb:ade2 ce061790ffbc\nb:admin py\nb:admin rs\nb:admin web\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories g\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affect your\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after catch\nb:after changing\nb:after opening\nb:after running\nb:agent 0\nb:agent action\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent hooks\nb:agent hosted\nb:agent machine\nb:agent md\nb:agent name\nb:agent process\nb:agent running\nb:agent version\nb:agent_1 container\nb:agents a\nb:agents cogni\nb:aggregate py\nb:ago 0\nb:ai agent\nb:ai architect\nb:ai code\nb:ai config\nb:ai devops\nb:ai elite\nb:ai reviewer\nb:ai security\nb:aiogithubapi 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:all 0\nb:all artifacts\nb:all build\nb:all check\nb:all configured\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all tests\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allowed 0\nb:allowed time\nb:allows for\nb:alongside the\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:alternative instead\nb:always auth\nb:always error\nb:always false\nb:ambroisie test\nb:amd64 components\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an argument\nb:an assembly\nb:an empty\nb:an error\nb:an exception\nb:an existing\nb:an item\nb:an iterator\nb:an s\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and audited\nb:and cache\nb:and commit\nb:and contributors\nb:and d\nb:and deleting\nb:and determine\nb:and file\nb:and firewall\nb:and handle\nb:and hooks\nb:and installed\nb:and instead\nb:and is\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and should\nb:and sub\nb:and test\nb:and the\nb:and upgrading\nb:and use\nb:and value\nb:and word\nb:and writing\nb:and you\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android kt\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:anonymous file\nb:anonymous test\nb:ansible galaxy\nb:ansible role\nb:answer action\nb:any branches\nb:any changes\nb:any commits\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:anything in\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api aaa\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api github\nb:api gradle\nb:api internal\nb:api proto\nb:api src\nb:api tasks\nb:api users\nb:apis proto\nb:apk add\nb:app 0\nb:app beringin\nb:app build\nb:app compile\nb:app css\nb:app data\nb:app features\nb:app git\nb:app help\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application ex\nb:application spec\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:archinstall archinstall\nb:archinstall lib\nb:architect agent\nb:architecture x64\nb:archive false\nb:archive ubuntu\nb:are allowed\nb:are available\nb:are behind\nb:are deprecated\nb:are enabled\nb:are equal\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are missing\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are test\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:are you\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument named\nb:argument of\nb:argument type\nb:arguments but\nb:arguments no\nb:arguments were\nb:ark ff\nb:arm64 0\nb:arm64 main\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:array v0\nb:arrays are\nb:artifact junit\nb:artifact org\nb:artifact v4\nb:artifacts clone\nb:artifacts for\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as failed\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:assembling a\nb:assembly reference\nb:assert 0\nb:assert a\nb:assert are\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assets familjen\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async 0\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at t\nb:at test\nb:at the\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth supabase\nb:authenticating and\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available checksums\nb:available for\nb:available v0\nb:avg c\nb:avoid a\nb:avoid using\nb:awaiting headers\nb:awaiting response\nb:awesomeness has\nb:awk allow\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b err\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b l\nb:b main\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b y\nb:b1a9 travis\nb:b1f0ba2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b_ a\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ r\nb:b_ t\nb:b_ w\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash true\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bazel 0\nb:bb code\nb:bc run\nb:be 0\nb:be a\nb:be auto\nb:be because\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be of\nb:be on\nb:be one\nb:be packed\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be src\nb:be strictly\nb:be suffixed\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be used\nb:be within\nb:be95da1 0\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because of\nb:because pnpm\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been fixed\nb:been moved\nb:been received\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before it\nb:before making\nb:before operand\nb:before the\nb:before token\nb:begin with\nb:behind a\nb:being treated\nb:belanyi fr\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigint v0\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing rb\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin links\nb:bin ninja\nb:bin node\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:bind home\nb:bind p\nb:bintray com\nb:binutils 0\nb:binutils csl\nb:bitwise warnings\nb:bk ci\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blockchain client\nb:blocks its\nb:bluetooth 0\nb:blur cpp\nb:bodies of\nb:body did\nb:body expression\nb:body should\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:br l\nb:branch can\nb:branch cygwin\nb:branch linting\nb:branch m\nb:branch main\nb:branch master\nb:branch name\nb:branch refactor\nb:branch refs\nb:branch this\nb:branch to\nb:branch unlabeled\nb:branch zephyr\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridgecrewio checkov\nb:british spelling\nb:broken by\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:buf push\nb:buf u8\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build environment\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build g\nb:build git\nb:build gradle\nb:build has\nb:build itself\nb:build libs\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build or\nb:build output\nb:build prod\nb:build project\nb:build queued\nb:build reference\nb:build release\nb:build result\nb:build run\nb:build scope\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build work\nb:build_dir tmp\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildkite agent\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds jobsys\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds timekit\nb:builds will\nb:buildtree default\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler audit\nb:bundlers node_modules\nb:busted test\nb:but 0\nb:but are\nb:but does\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by adding\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by severity\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c date\nb:c e\nb:c e_\nb:c f\nb:c g\nb:c gcc\nb:c git\nb:c h\nb:c home\nb:c i\nb:c imaging\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c r\nb:c s\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c with\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c12 g\nb:c1d2e3 update\nb:c1e 0\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2_ c\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache bazel\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache paths\nb:cache pip\nb:cache provider\nb:cache restored\nb:cache service\nb:cache size\nb:cache targets\nb:cache true\nb:cache tzst\nb:cache v2\nb:cache v4\nb:cache_rs b627fbcd5589ae52\nb:cached dependency\nb:cachedir pytest_cache\nb:cachekey echo\nb:caches 0\nb:caches jars\nb:caches kotlin\nb:caches modules\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:caddy api\nb:caddy caddy\nb:caddy latest\nb:call failed\nb:call last\nb:call to\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:can be\nb:can cause\nb:can discard\nb:can find\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:canceled while\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cardreader cs\nb:cargo bin\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo deny\nb:cargo fmt\nb:cargo lock\nb:cargo output\nb:cargo registry\nb:cargo sparse\nb:cargo test\nb:cargo toml\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:ce061790ffbc config\nb:cell 0\nb:central https\nb:cf cache\nb:cfg conf\nb:cfg dotfiles\nb:cgen snapshot\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed but\nb:changed significantly\nb:changed source\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check default\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking ark\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:ci 0\nb:ci agent\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:click 0\nb:client a\nb:client api\nb:client component\nb:client escrow_id\nb:client get_settled_at\nb:client git\nb:client init\nb:client kotlin\nb:client py\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client timeout\nb:client ts\nb:clippy is\nb:clippy llvm\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:clone v1\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code c\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code loomy\nb:code paisa\nb:code reviewer\nb:code style\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:cogni a\nb:cogni ai\nb:col 0\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting collected\nb:collecting py\nb:collecting pytest\nb:collecting tests\nb:collection 0\nb:collection import\nb:colors in\nb:colr property\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com cogni\nb:com data\nb:com default\nb:com docs\nb:com embedded\nb:com en\nb:com ethereum\nb:com example\nb:com extraheader\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com increase\nb:com infra\nb:com instead\nb:com inverse\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com liquifact\nb:com lowagie\nb:com maps\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com ratelimit\nb:com repos\nb:com retry\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com usnistgov\nb:com zephyrproject\nb:com zerox80\nb:come from\nb:comma before\nb:comma separated\nb:command 0\nb:command bin\nb:command c\nb:command command\nb:command did\nb:command example\nb:command exited\nb:command failed\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command v\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit date\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit s\nb:commit them\nb:commits you\nb:common ui\nb:common v0\nb:common v25\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compatible set\nb:compatible versions\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling ark\nb:compiling base64\nb:compiling c\nb:compiling crate\nb:compiling distribution\nb:compiling dyn\nb:compiling futures\nb:compiling hashbrown\nb:compiling itertools\nb:compiling libc\nb:compiling num\nb:compiling rand_core\nb:compiling serde_json\nb:compiling soroban\nb:compiling stackage\nb:compiling stellar\nb:compiling stg\nb:compiling thiserror\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:compliant with\nb:component 0\nb:component browser\nb:component clippy\nb:component html\nb:component llvm\nb:component rustfmt\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components mavi\nb:components rustfmt\nb:components small\nb:composer json\nb:composer plugin\nb:composer update\nb:compress program\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:config 0\nb:config as\nb:config c\nb:config changes\nb:config cmake\nb:config config\nb:config dactyl\nb:config deploy\nb:config file\nb:config files\nb:config git\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config modules\nb:config nim\nb:config remote\nb:config rules\nb:config set\nb:config trim_trailing_whitespace\nb:config variable\nb:config zephyr\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection client\nb:connection error\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider removing\nb:consider using\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:construct rustup\nb:consumer http\nb:contain a\nb:contain package\nb:container 0\nb:container build\nb:container fragment\nb:container_test_runner py\nb:contains a\nb:content differs\nb:content hash\nb:content security\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context null\nb:context of\nb:continue allow\nb:continue due\nb:contracts escrow\nb:contracts liquifact\nb:contracts target\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core csproj\nb:core jar\nb:core kt\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core ssh\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could have\nb:could n\nb:could not\nb:couldn t\nb:count 0\nb:count of\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coupon 0\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu family\nb:cpu x86_64\nb:cpufeatures v0\nb:cr 0\nb:cr me\nb:crate git\nb:crates corp\nb:crates false\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials 0\nb:credentials ab284314\nb:credentials config\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:critical 0\nb:cronjs parser\nb:cross os\nb:cross site\nb:crossbeam epoch\nb:crypto aes\nb:crypto bigint\nb:crypto common\nb:crypto pbkdf2\nb:crypto pure\nb:crypto_sign falcon\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:csl sourcerygxx\nb:cspell json\nb:csproj 0\nb:csproj error\nb:csproj in\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:curl 0\nb:curl f\nb:curl fs\nb:curl ls\nb:curl sf\nb:current agent\nb:current image\nb:current node\nb:current npm\nb:current runner\nb:current scope\nb:curve25519 dalek\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cygwin 0\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d dactyl_left\nb:d ds\nb:d e\nb:d e24\nb:d e_\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d i\nb:d in\nb:d is\nb:d k\nb:d key\nb:d l\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d see\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d z\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d_ a\nb:d_ b\nb:d_ e\nb:d_ t\nb:dactyl zmk\nb:dactyl_left d\nb:daemon at\nb:daemon get\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:daemon toomanyrequests\nb:dalek v4\nb:dangerously allow\nb:darling_macro v0\nb:dart 0\nb:dart md\nb:dart pub\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data from\nb:data local\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:database 0\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date s\nb:date time\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbkit integration\nb:deadline exceeded\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug deps\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations move\nb:declarative checkout\nb:declared to\nb:decorator makes\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default instance\nb:default l\nb:default on\nb:default resources\nb:default skill\nb:default stable\nb:default test\nb:default the\nb:default toolchain\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defined here\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:demospring rest\nb:denial of\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency conflicts\nb:dependency is\nb:dependency lock\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps cache_rs\nb:deps foreground\nb:deps get\nb:deps is\nb:depth 0\nb:depth set\nb:der v0\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description elite\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop lando\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:detailed explanations\nb:details feature\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev 0\nb:dev null\nb:dev optional\nb:dev profile\nb:dev rnp\nb:dev server\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development the\nb:device home\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:differs from\nb:digest debian\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:direct dependencies\nb:directly in\nb:directory all\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:disable incremental\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:discard any\nb:discount code\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:do echo\nb:do not\nb:do s\nb:do so\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker allow\nb:docker build\nb:docker com\nb:docker daemon\nb:docker driver\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker io\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet sdk\nb:dotnet temporalio\nb:dotnet10 dotnet\nb:double quote\nb:downgrade g\nb:download 0\nb:download action\nb:download all\nb:download complete\nb:download immutable\nb:download info\nb:download page\nb:downloaded ark\nb:downloaded crypto\nb:downloaded curve25519\nb:downloaded hashbrown\nb:downloaded hex\nb:downloaded num\nb:downloaded rand\nb:downloaded soroban\nb:downloaded thiserror\nb:downloaded time\nb:downloading amphp\nb:downloading component\nb:downloading cryptography\nb:downloading flutter\nb:downloading https\nb:downloading laravel\nb:downloading phpunit\nb:downloading psr\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloads example\nb:drone git\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:dyn clone\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e bin\nb:e build\nb:e c\nb:e c2_\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e current\nb:e d\nb:e d_\nb:e f\nb:e failed\nb:e false\nb:e file\nb:e fix\nb:e full\nb:e g\nb:e home\nb:e if\nb:e is\nb:e l\nb:e l_\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e o\nb:e opt\nb:e p\nb:e p0040\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e s\nb:e specification\nb:e switch\nb:e t\nb:e u\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e work\nb:e x\nb:e y\nb:e0061 this\nb:e0277 a\nb:e0308 mismatched\nb:e0401 unable\nb:e0425 cannot\nb:e0599 no\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e24 true\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ d\nb:e_ j\nb:e_ n\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ v\nb:e_ w\nb:e_path cc\nb:each npm\nb:echo build\nb:echo c\nb:echo cachekey\nb:echo d\nb:echo h\nb:echo n\nb:echo toolchain\nb:eclipse jetty\nb:edeandrea xjc\nb:edge proxy\nb:edit deny\nb:edit true\nb:editor config\nb:eebxo6ax project\nb:efe31b98f2 found\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:elapsed time\nb:elements of\nb:elite agent\nb:elite autonomous\nb:elite cogni\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty or\nb:empty subject\nb:en latest\nb:enable cargo\nb:enable colors\nb:enable cross\nb:enable full\nb:enable running\nb:enabled for\nb:encoding u\nb:encoding v2\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:enforce required\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries plus\nb:entries pointing\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:env 0\nb:env a\nb:env common\nb:env target\nb:environment 0\nb:environment considered\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variables\nb:environment will\nb:eo pipefail\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:equivalent v1\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error c\nb:error c2065\nb:error cache\nb:error can\nb:error cannot\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error connection\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0061\nb:error e0277\nb:error e0308\nb:error e0425\nb:error e0599\nb:error empty\nb:error enable\nb:error encountered\nb:error errno\nb:error error\nb:error executing\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error fetch\nb:error file\nb:error foreground\nb:error function\nb:error fund\nb:error funding\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error no\nb:error not\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error running\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors have\nb:errors in\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:escrow client\nb:escrow error\nb:escrow src\nb:escrow_id sme\nb:escrow_id token\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl mem\nb:etl py\nb:ev issue\nb:evaluator test\nb:even 0\nb:event name\nb:events 0\nb:events events\nb:ever returns\nb:ex 0\nb:ex allow\nb:ex unit\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example github\nb:example left\nb:example lint\nb:example net\nb:example orders\nb:example org\nb:example platform\nb:example port\nb:example reports\nb:example retry\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exceeded while\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exception was\nb:exclude tests\nb:exe submodule\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist with\nb:existing false\nb:existing install\nb:existing resource\nb:exit 0\nb:exit code\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expect settled_at\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions worktree\nb:external packages\nb:extra argument\nb:extra node_modules\nb:extra semicolon\nb:extra_cmake_args d\nb:extracting archive\nb:extracting sha256\nb:extraheader a\nb:extreme prejudice\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f f\nb:f home\nb:f i\nb:f l\nb:f o\nb:f p\nb:f parameters\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:fail package\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:fb ade2\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features plugins\nb:features seeds\nb:features steps\nb:features were\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch https\nb:fetch js\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching need\nb:fetching the\nb:few minutes\nb:ff v0\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file based\nb:file builds\nb:file c\nb:file content\nb:file could\nb:file details\nb:file does\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file test\nb:file this\nb:file to\nb:file usr\nb:file var\nb:file was\nb:file would\nb:files 0\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files file\nb:files found\nb:files from\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files in\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed in\nb:fixed value\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter release\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt build\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn init\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for addresses\nb:for async\nb:for build\nb:for changes\nb:for configuration\nb:for connection\nb:for debian\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for input\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for longz4wqz\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for rust\nb:for stable\nb:for struct\nb:for swift\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for this\nb:for ubuntu\nb:for url\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:form tsx\nb:form vue\nb:format 0\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting output\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found but\nb:found composer\nb:found error\nb:found errors\nb:found fatal\nb:found for\nb:found github\nb:found ignoring\nb:found in\nb:found packages\nb:found python3\nb:found return\nb:found warn\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fp4 home\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework quasar\nb:framework src\nb:framework test\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from c\nb:from cache\nb:from commit\nb:from daemon\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from manifest\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full stack\nb:func returns\nb:func1 0\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:funding batch\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g org\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g4q xg66\nb:g_ c\nb:g_ m\nb:galaxy allow\nb:garbage collection\nb:gateway addresses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gconnect 0\nb:gcr io\nb:gdb csl\nb:gem install\nb:gemfile changed\nb:gemfile lock\nb:gemini 0\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate debug\nb:generate job\nb:generate the\nb:generated 0\nb:generated gradle\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator has\nb:generator next\nb:generic array\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get_settled_at is_none\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:gh issue\nb:gh pr\nb:ghc 0\nb:ghcr io\nb:gi b\nb:git 0\nb:git all\nb:git allow\nb:git belanyi\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git corp\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git fetch\nb:git file\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git p\nb:git path\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git revision\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:gitconfig to\nb:gitdir home\nb:github aashish\nb:github actions\nb:github com\nb:github edeandrea\nb:github formatter\nb:github iml1s\nb:github pr\nb:github repo\nb:github runner_temp\nb:github skills\nb:github src\nb:github token\nb:github workflows\nb:github workspace\nb:gitlab com\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob allow\nb:glob versions\nb:global config\nb:global git\nb:global init\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu 0\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go caddy\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got key\nb:got other\nb:gpg could\nb:gpt 0\nb:grace period\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle jars\nb:gradle kts\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greeting component_test\nb:grep allow\nb:grep q\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group run\nb:groups get\nb:gui is\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h e\nb:h e_\nb:h h600\nb:h head\nb:h i\nb:h o\nb:h p\nb:h r\nb:h ref\nb:h s\nb:h t\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h600 compilation\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has correct\nb:has exceeded\nb:has incompatible\nb:has no\nb:has not\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash fast\nb:hash validation\nb:hashbrown v0\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have been\nb:have comment\nb:have detailed\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:head c12\nb:head to\nb:header filter\nb:header in\nb:heads main\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help you\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:here is\nb:hex literal\nb:hhp hs\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint used\nb:hint using\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home vsts\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hosted runner\nb:hostedtoolcache dart\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html builders\nb:html entities\nb:html erb\nb:html needless_borrow\nb:html needless_return\nb:html sec\nb:html shell\nb:http 0\nb:http archive\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http request\nb:http server\nb:http_client 0\nb:httpcore 0\nb:https aka\nb:https api\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https npm\nb:https opencode\nb:https osv\nb:https packages\nb:https pip\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https www\nb:httpx 0\nb:hub action\nb:hub actions\nb:hub does\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i get\nb:i in\nb:i info\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i s_\nb:i t\nb:i t_\nb:i toolchain\nb:i try\nb:i u\nb:i unsafe\nb:i uw\nb:i x\nb:i z\nb:i_ k\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identical details\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:idx 0\nb:ie preinstall\nb:if c\nb:if entries\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if n\nb:if needed\nb:if no\nb:if notified\nb:if out\nb:if returning\nb:if set\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:if you\nb:if z\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images ubuntu\nb:images windows\nb:imaging c\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc imgproc\nb:imgproc src\nb:iml1s crypto\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:impacting any\nb:implemented for\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib report\nb:imports are\nb:imports on\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in apt\nb:in assignment\nb:in async\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in headers\nb:in home\nb:in import_module\nb:in liquifact\nb:in module\nb:in multiline\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in source\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in tmp\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:inc packetfence\nb:include hidden\nb:include if\nb:include prod\nb:include the\nb:include workspace\nb:included software\nb:includeif gitdir\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:inconsistent vendoring\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicate success\nb:indicates a\nb:indicates that\nb:individual deprecation\nb:ineffective mark\nb:infallibly using\nb:info 0\nb:info component\nb:info default\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info latest\nb:info msg\nb:info or\nb:info syncing\nb:info there\nb:info using\nb:information 0\nb:information about\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:init d\nb:init default\nb:init home\nb:init users\nb:init__ py\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inner declarations\nb:inner t\nb:input 0\nb:input files\nb:input keys\nb:inputs itself\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install frozen\nb:install g\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install packages\nb:install registry\nb:install rustup\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install upgrade\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing environment\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance travis\nb:instance using\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:insufficient cpu\nb:insufficient memory\nb:int as\nb:int cannot\nb:int error_count\nb:integer v0\nb:integration integration\nb:integration rs\nb:integrity check\nb:intentional prefix\nb:interface tools\nb:internal 0\nb:internal artifacts\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:into home\nb:invalid s\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:inverse inc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io en\nb:io github\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io index\nb:io library\nb:io reviewdog\nb:io rust\nb:io v2\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is an\nb:is assigned\nb:is available\nb:is bot\nb:is called\nb:is canceled\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is running\nb:is stopped\nb:is subject\nb:is the\nb:is undefined\nb:is up\nb:is users\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:is_settleable found\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:ist is\nb:it before\nb:it can\nb:it does\nb:it fails\nb:it for\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it s\nb:it should\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item sku\nb:item str\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:itertools v0\nb:itoa v1\nb:its it\nb:its network\nb:its progress\nb:itself https\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:jar 0\nb:jar and\nb:jar c\nb:jars 0\nb:jars and\nb:jars gradle\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jonesn idea\nb:jooq gradle\nb:jq allow\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json files\nb:json has\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:k 0\nb:k b\nb:k but\nb:k e\nb:k e_\nb:k f_to_c\nb:k g_\nb:k i\nb:k n\nb:k s_\nb:k t\nb:k version\nb:k8s deploy\nb:k_ e\nb:kata check_s390x_test\nb:keccak v0\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key dependencies\nb:key error\nb:key failed\nb:key generated\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key should\nb:key the\nb:key true\nb:key v0\nb:key v8\nb:keycloak token\nb:keygen c\nb:keymanapp dependency\nb:keys linux\nb:keystore models_test\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:koen desktop\nb:kotlin address\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin io\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ d\nb:l_ o\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lando lando\nb:lando master\nb:lando netfx40\nb:lang github\nb:lang r\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:later by\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest run\nb:latest update\nb:latest v0\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:less than\nb:let client\nb:let or\nb:let stored\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level high\nb:level info\nb:level node_modules\nb:level package\nb:level template\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib buildkite\nb:lib cabal\nb:lib due\nb:lib example\nb:lib gconnect\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib jenkins\nb:lib kt\nb:lib legacy\nb:lib lib\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libc v0\nb:libc6 dev\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license needs\nb:license or\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines of\nb:link build\nb:link plugins\nb:link type\nb:link u\nb:linked legacy\nb:linked openproject\nb:linker for\nb:linkid 0\nb:linking c\nb:links allow\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint suspicious\nb:lint windows\nb:linted 0\nb:linting set\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:liquifact contracts\nb:liquifact escrow\nb:liquifact liquifact\nb:list allow\nb:list any\nb:list of\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:lite86 v0\nb:literal v0\nb:littpi net\nb:live log\nb:llama cpp\nb:llvm tools\nb:load 0\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load error\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading 0\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low 0\nb:low go\nb:low on\nb:lowagie pdfkit\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d\nb:m d013\nb:m docs\nb:m e\nb:m enable\nb:m error\nb:m execution\nb:m first\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m k_\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m u\nb:m updating\nb:m v\nb:m value\nb:m variables\nb:m version\nb:m w\nb:m0s this\nb:m104 0\nb:m12 0\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:m_ o\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:macos latest\nb:macos macos\nb:macro2 v1\nb:macros v0\nb:macros v25\nb:made by\nb:maierj fastlane\nb:main activity\nb:main c\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make in\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager go\nb:manager kt\nb:manifest txt\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masque rs\nb:master are\nb:master as\nb:master index\nb:master refs\nb:master set\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:mawk allow\nb:max git\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may 0\nb:may be\nb:may increase\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:me br\nb:measured 0\nb:media imaging\nb:medium 0\nb:megalinter io\nb:melos 0\nb:mem aggregate\nb:mem git\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:memory or\nb:merge 0\nb:merge pull\nb:merge request\nb:merror 0\nb:meson build\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata 0\nb:metadata for\nb:metadata org\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method defined\nb:method named\nb:method not\nb:method parentheses\nb:method running\nb:method takes\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:might be\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minutes 0\nb:minutes ago\nb:minutes are\nb:minutes failed\nb:minutes marking\nb:mirror sync\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode primary\nb:mode true\nb:model bin\nb:model kt\nb:model opencode\nb:model state\nb:model test\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules files\nb:modules find\nb:modules hal\nb:modules lib\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:molecule allow\nb:mon may\nb:money rb\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more information\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms d\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:multiline condition\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple versions\nb:multiple___ spaces\nb:must be\nb:must end\nb:must not\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n h\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n target\nb:n test\nb:n tools\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ a\nb:n_ c\nb:n_ f\nb:n_ m\nb:n_ n\nb:n_ p\nb:n_ s\nb:nabucasa 0\nb:name actionpack\nb:name assertion\nb:name azure\nb:name build\nb:name e2e\nb:name err\nb:name fmt\nb:name for\nb:name fv\nb:name gateway\nb:name level\nb:name lint\nb:name not\nb:name only\nb:name or\nb:name should\nb:name to\nb:name w\nb:name_ should_\nb:named is_settleable\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace name\nb:namespace runner\nb:naming to\nb:nanopb 0\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:nav a\nb:ne s\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need revision\nb:need to\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netfx40 csproj\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:netplus netplus\nb:netplus projects\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new tag\nb:newest version\nb:newlib 0\nb:newlib csl\nb:newlib snapshot\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newtonsoft json\nb:next anonymous\nb:next headers\nb:next js\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:no any\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no corresponding\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no method\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no untyped\nb:no unused\nb:no update\nb:no var\nb:no versions\nb:noble universe\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node longer\nb:node net\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node was\nb:node_config in\nb:node_modules install\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules ts\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodes are\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none any\nb:none func\nb:none listed\nb:none no\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not enforce\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not run\nb:not set\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not use\nb:not used\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note method\nb:note referenced\nb:note some\nb:note switching\nb:note warn\nb:notebook cleanup\nb:notes app\nb:notes html\nb:nothing provides\nb:notice s\nb:notice to\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:now or\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm ci\nb:npm command\nb:npm config\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu get\nb:nuget org\nb:null 0\nb:null continue\nb:null null\nb:null then\nb:num integer\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o compiling\nb:o d\nb:o detecting\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o fonts\nb:o g\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o w_\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ h\nb:o_ i\nb:o_ m\nb:o_ n\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object to\nb:object where\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:oes src\nb:of 0\nb:of a\nb:of all\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of dependencies\nb:of different\nb:of each\nb:of false\nb:of get\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of org\nb:of p\nb:of package\nb:of packages\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline mode\nb:offline packages\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omit dev\nb:omit from\nb:on 0\nb:on agent\nb:on an\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on resource\nb:on runner\nb:on swift\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:once_cell v1\nb:one of\nb:one or\nb:onepager component\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:op date\nb:opam 0\nb:opam opam\nb:open a\nb:open deep\nb:open metadata\nb:open protocol\nb:open t\nb:opencode ai\nb:opencode gemini\nb:opencode gpt\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:openproject gitlab_integration\nb:operand in\nb:operating system\nb:operation runner\nb:operation timed\nb:operation was\nb:operation with\nb:operations default\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or more\nb:or namespace\nb:or npm\nb:or one\nb:or package\nb:or patterns\nb:or plugins\nb:or s\nb:or service\nb:or something\nb:or undo\nb:or use\nb:or windows\nb:order java\nb:order older\nb:order service\nb:ordered fetch\nb:orders db\nb:orders git\nb:orders order\nb:orders service\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org eclipse\nb:org example\nb:org gradle\nb:org junit\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin refactor\nb:origin url\nb:orphan processes\nb:os archive\nb:os imported\nb:osv dev\nb:other 0\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out in\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output package\nb:output run\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over test\nb:override d\nb:overriding h\nb:overwrite existing\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p i_\nb:p k\nb:p l\nb:p liquifact_escrow\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p netplus\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p t_\nb:p to\nb:p tsconfig\nb:p u\nb:p y\nb:p0040 deprecation\nb:p1 r5\nb:p256 v0\nb:p_ c\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package cosmos\nb:package d\nb:package dependencies\nb:package description\nb:package example\nb:package for\nb:package github\nb:package handle\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package level\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package lock\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package microsoft\nb:package ms\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages microsoft\nb:packages net\nb:packages nuget\nb:packages please\nb:packages react\nb:packages read\nb:packages src\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:packetfence go\nb:pad failed\nb:padding spaces\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parameters json\nb:parentheses are\nb:parentheses around\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse toolchain\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser py\nb:parser rs\nb:parser test\nb:parsing a\nb:part of\nb:partial eq\nb:partition 0\nb:pasha code\nb:pass 0\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:paste v1\nb:patched versions\nb:path 0\nb:path home\nb:path is\nb:path kotlin\nb:path opt\nb:path tex\nb:path users\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pdfkit core\nb:pdfkit pdfkit\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:performance tests\nb:period terminating\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php v2\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:pid 0\nb:pin versions\nb:pinot tools\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip is\nb:pip pypa\nb:pip tools\nb:pip vendor\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline run\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:planet myplanet\nb:platform deploy\nb:platform git\nb:platform ops\nb:platform satu\nb:platform site\nb:platform theme\nb:please check\nb:please make\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins are\nb:plugins linked\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnc i\nb:pnpm install\nb:pnpm lock\nb:pod failed\nb:pod was\nb:pods 0\nb:poetry lock\nb:pointing to\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:post setup\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:ppv lite86\nb:pr 0\nb:pr go\nb:pr review\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefix key\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparer java\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:prettier check\nb:prettier code\nb:prettier with\nb:prettyplease v0\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:price_cents 0\nb:print 0\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proc macro2\nb:proceed with\nb:process completed\nb:process did\nb:process env\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:production only\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress meter\nb:progress true\nb:project 0\nb:project actions\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project test\nb:project version\nb:projectcleverweb lastautoindex\nb:projects cmake\nb:projects egeria\nb:projects openemr\nb:projects users\nb:promise anonymous\nb:promise ensure\nb:prompt file\nb:properly see\nb:properties of\nb:properties rs\nb:property colr\nb:property line\nb:property no\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:pub fn\nb:public acls\nb:public build\nb:public class\nb:publish py\nb:pull 0\nb:pull complete\nb:pull image\nb:pull rate\nb:pull request\nb:pulling docker\nb:pulling fs\nb:punycode module\nb:pure build\nb:pure kotlin\nb:pure src\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_low_stock_threshold\nb:py test_timeout_is_retried\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pypa io\nb:pypi corp\nb:pyproject toml\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python linux\nb:python location\nb:python m\nb:python names\nb:python sha256\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q release\nb:q u\nb:qty 0\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue js\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r a_\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r dependency\nb:r e\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r load\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r retrying\nb:r s\nb:r script\nb:r see\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:rand v0\nb:rand_core v0\nb:range 0\nb:range start\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:ray6y documents\nb:rb 0\nb:rb git\nb:rb money\nb:rc2 v1\nb:rdk rules\nb:re run\nb:reached the\nb:reached your\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read error\nb:read errors\nb:read file\nb:read more\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:ref 0\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference c\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refs west\nb:refused connect\nb:refused simple\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp http\nb:regexp include\nb:region westus\nb:register layer\nb:register passkey\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry terraform\nb:registry ts\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release 0\nb:release cygwin\nb:release gpg\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:release yml\nb:releases download\nb:releases protoc\nb:releases tag\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote git\nb:remote origin\nb:remotes origin\nb:remotes pull\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:removing include\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report ui\nb:reported issue\nb:reporter github\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository codecov\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository liquifact\nb:repository maps\nb:repository maven\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request 0\nb:request canceled\nb:request for\nb:request handler\nb:request py\nb:request sent\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:required true\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset branch\nb:reset by\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolved 0\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response read\nb:response status\nb:rest src\nb:restore cache\nb:restore keys\nb:restore v8\nb:restored from\nb:restored successfully\nb:restoring cache\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retry workflow\nb:retrying fetch\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned by\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:rev parse\nb:review allow\nb:review other\nb:reviewdog action\nb:reviewer agent\nb:reviewer cogni\nb:revision 0\nb:revision v0\nb:revive exported\nb:right failed\nb:ring c\nb:ring test\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:role wine\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root directory\nb:root install\nb:root md\nb:root when\nb:rootdir home\nb:ropenscilabs available\nb:routes and\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs cargo\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs parser\nb:rs tmp\nb:rs v0\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby json\nb:ruby setup\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules config\nb:rules e\nb:rules no\nb:rules property\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run bash\nb:run build\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run construct\nb:run create\nb:run curl\nb:run default\nb:run disable\nb:run dtolnay\nb:run echo\nb:run elm\nb:run enable\nb:run every\nb:run failed\nb:run file\nb:run format\nb:run go\nb:run gradlew\nb:run in\nb:run index\nb:run install\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run parse\nb:run pip\nb:run poetry\nb:run prettier\nb:run profiler\nb:run python\nb:run ruby\nb:run rustc\nb:run rustup\nb:run script\nb:run scripts\nb:run set\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run timeout\nb:run tsc\nb:run with\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner eebxo6ax\nb:runner git\nb:runner gitconfig\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner issues\nb:runner java\nb:runner m2\nb:runner namespace\nb:runner npm\nb:runner process\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runner_temp git\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs for\nb:runs of\nb:runtime test\nb:rust 0\nb:rust cache\nb:rust clippy\nb:rust fmt\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustfmt clippy\nb:rustfmt component\nb:rustup command\nb:rustup default\nb:rustup dev\nb:rustup if\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s build\nb:s c\nb:s c2086\nb:s chars\nb:s ci\nb:s commit\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s e_\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s k\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s md\nb:s microsoft\nb:s n\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s pf\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s then\nb:s transform\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s2n run\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ i\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample rdk\nb:samples sample\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:satu platform\nb:save always\nb:save if\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:schema https\nb:scikit base\nb:scikit learn\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:screen kt\nb:screens settings\nb:screens vpn\nb:script 0\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts dangerously\nb:scripts deploy\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk 0\nb:sdk api\nb:sdk js\nb:sdk linux\nb:sdk macros\nb:sdk telemetry\nb:sdk v25\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:sec1 v0\nb:second 0\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security auditor\nb:security cryptography\nb:security implications\nb:security issue\nb:security policy\nb:security vulnerabilities\nb:security vulnerability\nb:sed ne\nb:see a\nb:see also\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:selector nav\nb:selectors https\nb:self counts\nb:self update\nb:semicolon app\nb:semver v1\nb:send email\nb:sensor c\nb:sensor sensor\nb:sent awaiting\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:serde v1\nb:serde_derive v1\nb:serde_json v1\nb:serde_with v3\nb:server 0\nb:server anything\nb:server client\nb:server compiled\nb:server exec\nb:server failed\nb:server id\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service java\nb:service kt\nb:service not\nb:service notification\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set o\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings screen\nb:settings true\nb:settings xml\nb:settled_at must\nb:settlement rs\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup uv\nb:several a\nb:severity 0\nb:severity e\nb:severity vulnerability\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:shallow linked\nb:share cmake\nb:shared config\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show error\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:sid snapshot\nb:side of\nb:signal terminated\nb:signal this\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since poetry\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site scripting\nb:site theme\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size is\nb:skills a\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping git\nb:skipping integrity\nb:sku a\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:sme env\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot 0\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so now\nb:socket emit\nb:sockeye image_captioning\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:soroban env\nb:soroban sdk\nb:soroban_sdk address\nb:soroban_sdk events\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source s\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:sourcerygxx 0\nb:sources from\nb:space berui\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:sparse registry\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified deadline\nb:specified in\nb:specifiers in\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:spurious network\nb:sr ht\nb:src android\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src chapter3\nb:src client\nb:src codegen\nb:src common\nb:src components\nb:src copy\nb:src css\nb:src d\nb:src drone\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lando\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src newtonsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src registry\nb:src ring\nb:src scene\nb:src scripts\nb:src search\nb:src source\nb:src src\nb:src stg\nb:src storefront\nb:src styles\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src tests\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable aarch64\nb:stable component\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stable_deref_trait v1\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start at\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state java\nb:state run\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status none\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdune 0\nb:stellar strkey\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:stored client\nb:stored in\nb:stored settle_ts\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string instead\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:strkey v0\nb:strsim v0\nb:struct liquifact\nb:structure test\nb:stub files\nb:studio 0\nb:studio offline\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:succeeded 0\nb:success 0\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:suffixed with\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:sun nio\nb:supabase client\nb:support appcompat\nb:support for\nb:supported and\nb:supported file\nb:supports git\nb:suppress this\nb:sure it\nb:sure that\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svg from\nb:swatinem rust\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch command\nb:switch to\nb:switched to\nb:switching back\nb:switching to\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync from\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:system text\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t could\nb:t d\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t exist\nb:t f\nb:t find\nb:t found\nb:t from\nb:t g\nb:t h\nb:t h_\nb:t https\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t line\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t o_\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t slug\nb:t state\nb:t t\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t y\nb:t00 0\nb:t03 0\nb:t06 0\nb:t07 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t11 0\nb:t12 0\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t18 0\nb:t20 0\nb:t21 0\nb:t_ b\nb:t_ c\nb:t_ d\nb:t_ i\nb:t_ p\nb:t_ s\nb:tabs tabs\nb:tabs ts\nb:tag 0\nb:tag binutils\nb:tag cgen\nb:tag cygwin\nb:tag gdb\nb:tag must\nb:tag nanopb\nb:tag newlib\nb:tag releases\nb:tag sid\nb:tag v0\nb:tag v1\nb:tag v2\nb:tag zephyr\nb:tags false\nb:take a\nb:take empties\nb:takes 0\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar xf\nb:tar xz\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target s\nb:target t\nb:target w\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets true\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task run\nb:task_queues 0\nb:taskrun that\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temp agents\nb:temp git\nb:temp skills\nb:temp then\nb:temp true\nb:temperatures calls\nb:template 0\nb:template section\nb:template ts\nb:templates tests\nb:temporalio sln\nb:temporarily overriding\nb:temporary git\nb:temps js\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terminates the\nb:terminating with\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform io\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test android\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test count\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test duration\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kotlin\nb:test kt\nb:test linux\nb:test load\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test new\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests admin\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests from\nb:tests func1\nb:tests in\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests properties\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests settlement\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text json\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than once\nb:than or\nb:than the\nb:thapa wlctl\nb:that allows\nb:that are\nb:that does\nb:that have\nb:that is\nb:that need\nb:that runs\nb:that satisfies\nb:that terminates\nb:that the\nb:that two\nb:that were\nb:the 0\nb:the a\nb:the ability\nb:the above\nb:the action\nb:the agent\nb:the allow\nb:the ammount\nb:the apache\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the exception\nb:the expected\nb:the expression\nb:the extra\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the hosted\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the latest\nb:the license\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the method\nb:the mix\nb:the module\nb:the name\nb:the newest\nb:the node\nb:the only\nb:the output\nb:the p\nb:the package\nb:the packages\nb:the path\nb:the plugin\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the punycode\nb:the query\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the request\nb:the requested\nb:the requirement\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the specified\nb:the strategy\nb:the switch\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the update\nb:the upstream\nb:the value\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:them and\nb:theme git\nb:theme kt\nb:theme site\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this default\nb:this environment\nb:this error\nb:this expression\nb:this file\nb:this function\nb:this functionality\nb:this id\nb:this install\nb:this is\nb:this message\nb:this might\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thiserror impl\nb:thiserror v1\nb:thread main\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout exceeded\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timers 0\nb:timeseries timeseries\nb:timestamp 0\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title lint\nb:title n\nb:title stylelint\nb:title want\nb:tmp build\nb:tmp pnc\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:tmp tmp\nb:tmp zmk\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to build\nb:to but\nb:to c\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to credentials\nb:to deserialize\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to git\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to ignore\nb:to image\nb:to install\nb:to java\nb:to load\nb:to make\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to pull\nb:to query\nb:to re\nb:to read\nb:to refs\nb:to register\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to root\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to update\nb:to upgrade\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:todo 0\nb:token 0\nb:token manager\nb:token sme\nb:tokens on\nb:toml 0\nb:toml changed\nb:toml started\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolchain 0\nb:toolchain install\nb:toolchain none\nb:toolchain stable\nb:toolchain version\nb:toolchains xml\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools preview\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace deprecation\nb:trace of\nb:traceback most\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:transport got\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree 0\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true inputs\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate test\nb:truncate the\nb:trunk and\nb:trusty updates\nb:truthy value\nb:try rustc\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:ts loader\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt line\nb:type annotation\nb:type answer\nb:type coercion\nb:type comparison\nb:type error\nb:type generator\nb:type hard\nb:type ignore\nb:type int\nb:type is\nb:type native\nb:type none\nb:type number\nb:type of\nb:type or\nb:type remote\nb:type running\nb:type sequence\nb:type string\nb:type test\nb:type u32\nb:typenum v1\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:tzst p\nb:u 0\nb:u b\nb:u b_\nb:u c\nb:u cogni\nb:u d\nb:u e\nb:u e_\nb:u g\nb:u i\nb:u l\nb:u m\nb:u memory\nb:u n\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u1101 unable\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u64 can\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu python\nb:ubuntu ubuntu2404\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected argument\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe amd64\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown in\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unlabeled 0\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsatisfiable requirements\nb:unschedulable 0\nb:unset all\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update model\nb:update on\nb:update or\nb:update run\nb:update the\nb:update to\nb:update xml\nb:update your\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates test\nb:updates tsx\nb:updating 0\nb:updating crates\nb:upgrade pip\nb:upgrade to\nb:upgrade your\nb:upgrading https\nb:upload artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use a\nb:use apt\nb:use compress\nb:use const\nb:use eslint\nb:use in\nb:use it\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used to\nb:used typescript\nb:used unable\nb:user git\nb:user home\nb:user interface\nb:userguide command_line_interface\nb:userland alternative\nb:username g\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users csproj\nb:users david\nb:users jonesn\nb:users js\nb:users julian\nb:users kevin\nb:users koen\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users ray6y\nb:users runner\nb:users runneradmin\nb:users users\nb:users usr\nb:using 0\nb:using c\nb:using check\nb:using docker\nb:using existing\nb:using first\nb:using from\nb:using master\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:util concurrent\nb:util is\nb:util java\nb:util test\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:uw u\nb:v 0\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rustup\nb:v rxs\nb:v s\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dockerfile\nb:v2 net\nb:v2 s\nb:v20 0\nb:v25 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable for\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendor urllib3\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verbose grep\nb:verbose sed\nb:verification failed\nb:verification metadata\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version of\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:version verbose\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:vpn android\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w d_\nb:w dactyl\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:warn code\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning as\nb:warning error\nb:warning failed\nb:warning github\nb:warning into\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning spurious\nb:warning the\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was active\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was low\nb:was not\nb:was passed\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:wasmi_core v0\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we have\nb:we location\nb:we stopped\nb:we try\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were supplied\nb:were used\nb:werror unused\nb:west cygwin\nb:west main\nb:west master\nb:west unlabeled\nb:west zephyr\nb:what s\nb:what was\nb:what went\nb:wheel for\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when used\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which types\nb:which you\nb:while assembling\nb:while awaiting\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:while waiting\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will do\nb:win2012 x86\nb:win22 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:with 0\nb:with a\nb:with an\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with default\nb:with dependency\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with extreme\nb:with frozen\nb:with git\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with the\nb:with timeout\nb:with version\nb:with vulnerabilities\nb:with write\nb:with your\nb:within 0\nb:within grace\nb:within the\nb:without any\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work cogni\nb:work configr\nb:work counter\nb:work crc\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work imgproc\nb:work integration\nb:work inventory\nb:work kotlin\nb:work landing\nb:work legacy\nb:work liquifact\nb:work mavi\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work ops\nb:work org\nb:work parser\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work satu\nb:work sensor\nb:work shop\nb:work shorturl\nb:work site\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow is\nb:workflow job\nb:workflow that\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace etl\nb:workspace geo\nb:workspace home\nb:workspace imgproc\nb:workspace name\nb:workspace queue\nb:workspace root\nb:workspace samples\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:worktree config\nb:would be\nb:would have\nb:would reformat\nb:wrapper dists\nb:write to\nb:write true\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x 0\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x t\nb:x test_client\nb:x x\nb:x y\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 lib\nb:x64 main\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86 0\nb:x86_64 linux\nb:x86_64 pc\nb:x86_64 unknown\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xg66 0\nb:xjc generation\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y a\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:y_ p\nb:yaml 0\nb:yaml is\nb:yaml safe_load\nb:yaml truthy\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yml 0\nb:yml line\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you make\nb:you mean\nb:you missing\nb:you must\nb:you need\nb:you want\nb:your build\nb:your code\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your own\nb:your package\nb:your pipfile\nb:your plan\nb:your project\nb:your pull\nb:your test\nb:your workflow\nb:z a\nb:z action\nb:z c\nb:z cleaning\nb:z current\nb:z debug\nb:z group\nb:z l\nb:z m\nb:z post\nb:zephyr module\nb:zephyr v1\nb:zephyrproject rtos\nb:zero code\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zmk config\nb:zmkfirmware zmk\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nb:zzpmw to\nf:0\nf:a\nf:action\nf:actual\nf:add\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:ansible\nf:api\nf:app\nf:apr\nf:arch\nf:archinstall\nf:artifact\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:beringin\nf:billing\nf:bin\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:build_dir\nf:building\nf:builds\nf:buildx\nf:built\nf:bundle\nf:bundler\nf:busted\nf:but\nf:by\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:caddy\nf:can\nf:cancelled\nf:cancelling\nf:cannot\nf:cardreader\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:changes\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:client\nf:cloning\nf:cmake\nf:cmd\nf:code\nf:cogni\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:components\nf:composer\nf:compression\nf:config\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:context7\nf:continue\nf:copying\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:create\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disabling\nf:distribution\nf:do\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:e1001\nf:echo\nf:edit\nf:elif\nf:elixir\nf:else\nf:enable\nf:end\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:escrow\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:explicit\nf:export\nf:exporting\nf:extra_cmake_args\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetching\nf:fi\nf:field\nf:file\nf:files\nf:find\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:from\nf:g\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:gh\nf:git\nf:github\nf:glob\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:grep\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:import\nf:in\nf:include\nf:included\nf:includeif\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:instructions\nf:internal\nf:interrupted\nf:invalid\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:let\nf:level\nf:lfs\nf:lib\nf:libfreetype6\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:mcp\nf:medium\nf:melos\nf:meson\nf:message\nf:meta\nf:metadata\nf:method\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mnt\nf:mode\nf:model\nf:moderate\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:notice\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:one\nf:open\nf:opencode\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:pre\nf:prefix\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:prompt\nf:provider\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:r\nf:rake\nf:ran\nf:range\nf:read\nf:reading\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:release\nf:removing\nf:repository\nf:required\nf:reset\nf:resolve\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restoring\nf:restricted\nf:result\nf:results\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scan\nf:scanned\nf:schema\nf:scikit\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:see\nf:self\nf:sensor\nf:sentry\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skill\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:stored\nf:string\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:suites\nf:summary\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:targets\nf:task\nf:team\nf:teamcity\nf:temporarily\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:tools\nf:total\nf:touch\nf:traceback\nf:transferring\nf:trim\nf:true\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unit\nf:unknown\nf:unpacking\nf:unschedulable\nf:unused\nf:update\nf:updating\nf:uploading\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v0\nf:v1\nf:value\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:worker\nf:workflow\nf:working\nf:workspace\nf:would\nf:write\nf:writing\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:access\nnw:accessing\nnw:account\nnw:action\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:again\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amd64\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:args\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:assembly\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:avoid\nnw:awesome\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:backticks\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:builtin\nnw:bundle\nnw:bundler\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cargo_common_metadata\nnw:cart\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:central\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloning\nnw:closing\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codecov\nnw:coding\nnw:coercion\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connected\nnw:connecting\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:container\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contracts\nnw:contrib\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:cpu\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:def\nnw:default\nnw:defined\nnw:delete\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:dial\nnw:did\nnw:diff\nnw:different\nnw:digest\nnw:dir\nnw:directive\nnw:directory\nnw:disable\nnw:disabled\nnw:discount\nnw:dispatch\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documentation\nnw:documents\nnw:does\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:downloads\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:eebxo6ax\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:en\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:ependen\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:escrow\nnw:eslint\nnw:est\nnw:ethereum\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flow\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goproxy\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:gui\nnw:guilouro\nnw:gulp\nnw:gyp\nnw:gz\nnw:h\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hashmap\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:holds\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignore\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:increase\nnw:index\nnw:indexes\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instrument\nnw:insufficient\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:longer\nnw:looking\nnw:low\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:manual\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:mhelp\nnw:microsoft\nnw:mid0064\nnw:mid0065\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:n_\nnw:name\nnw:named\nnw:namespace\nnw:native\nnw:ne13\nnw:ne2\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:nodes\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:paket\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parsed\nnw:parser\nnw:parsing\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pd\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:phase\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pipenv\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pod\nnw:pods\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:possibly\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:private\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:protocol\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pypi\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:ratelimit\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:reassigned\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:releases\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpmbuild\nnw:rs\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s0103\nnw:s0246\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:sensor\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shrinkwrap\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:spelling\nnw:splitting\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:style\nnw:sub\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:symfony\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:tcp\nnw:teamcity\nnw:telemetry\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_create\nnw:test_error\nnw:test_fail\nnw:test_features\nnw:test_low_stock_threshold\nnw:test_run\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:tightening\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:unschedulable\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:uploading\nnw:uri\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:vite\nnw:vpn\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yarnpkg\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\nnw:zzpmw\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a07\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a5\nw:a62\nw:a7aef8b1\nw:a_\nw:aa\nw:aaa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:activity\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:addresses\nw:ade2\nw:admin\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:affect\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:agents\nw:aggregate\nw:ago\nw:ai\nw:aiogithubapi\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:aliases\nw:all\nw:allocate\nw:allocation\nw:allow\nw:allowed\nw:allows\nw:alongside\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:alternative\nw:always\nw:ambroisie\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:and\nw:andi\nw:android\nw:annotated\nw:annotation\nw:annotations\nw:anonymous\nw:ansi\nw:ansible\nw:answer\nw:any\nw:any_\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:appears\nw:apple\nw:application\nw:applied\nw:apply\nw:approval\nw:approx\nw:apps\nw:apr\nw:arc\nw:arch\nw:archinstall\nw:architect\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:ark\nw:arm\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assembly\nw:assert\nw:assert_eq\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:at\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatically\nw:automation\nw:autonomous\nw:available\nw:avg\nw:avoid\nw:await\nw:awaiting\nw:awesomeness\nw:awk\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b28\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b627fbcd5589ae52\nw:b7\nw:b7c1d6e3f\nw:b_\nw:b_allowed\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backticks\nw:backtrace\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:batch\nw:bats\nw:bazel\nw:bb\nw:bc\nw:be\nw:be95da1\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigint\nw:bigquery\nw:billing\nw:bin\nw:binary\nw:bind\nw:bintray\nw:binutils\nw:biome\nw:bit\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bluetooth\nw:blur\nw:bodies\nw:body\nw:book\nw:bookmark\nw:bookmarks\nw:bookworm\nw:bool\nw:boolean\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:br\nw:branch\nw:branches\nw:branchpoint\nw:breadcrumbs\nw:break\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:browser\nw:brulee\nw:bs\nw:bucket\nw:buf\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:build_amd64\nw:build_dir\nw:builddir\nw:builder\nw:building\nw:buildkite\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c12\nw:c1d2e3\nw:c1e\nw:c2\nw:c2065\nw:c2086\nw:c2_\nw:c3\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cache_rs\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:caddy\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cardreader\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:cast_possible_truncation\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:ce061790ffbc\nw:cell\nw:central\nw:cf\nw:cfg\nw:cgen\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:chapter3\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:cinterop\nw:circle\nw:circleci\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clause\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:closure\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cmsis\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:coder\nw:codespell\nw:codex\nw:coercion\nw:cogni\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:collision\nw:color\nw:colors\nw:colr\nw:column\nw:columns\nw:com\nw:come\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:completion\nw:compliant\nw:component\nw:component_test\nw:components\nw:composer\nw:compression\nw:compute\nw:computed\nw:concepts\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:considered\nw:console\nw:const\nw:constraints\nw:construct\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:context7\nw:continue\nw:contract\nw:contracts\nw:contrib\nw:contributors\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:converted\nw:cop\nw:copy\nw:copying\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:corresponding\nw:cosmos\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:cov\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp314\nw:cpp\nw:cpufeatures\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:creme\nw:critical\nw:cronjs\nw:cross\nw:crossbeam\nw:crypto\nw:crypto_sign\nw:crystal\nw:cs\nw:csl\nw:cspell\nw:csproj\nw:css\nw:cssx\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:curl\nw:current\nw:currently\nw:curve25519\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cygwin\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2\nw:d2c1e0f\nw:d55\nw:d_\nw:dactyl\nw:dactyl_left\nw:daemon\nw:daemons\nw:dalek\nw:dangerously\nw:darling_macro\nw:dart\nw:dart_web3\nw:darwin\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:days\nw:db\nw:dbkit\nw:dd\nw:dd7935\nw:deadline\nw:deb12u1\nw:debian\nw:debug\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delay\nw:delete\nw:deleted\nw:delimiter\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:der\nw:dereferenced\nw:derive\nw:deriving\nw:derliebemarcus\nw:desc\nw:describe\nw:description\nw:deserialize\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detection\nw:detector\nw:detectors\nw:detekt\nw:determine\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:digest\nw:dir\nw:direct\nw:directly\nw:directories\nw:directory\nw:disable\nw:disabled\nw:disabling\nw:discard\nw:discount\nw:discovered\nw:discovery\nw:disk\nw:dispatch\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distribution\nw:distributions\nw:dists\nw:div\nw:division\nw:django\nw:dl\nw:dll\nw:do\nw:doc\nw:doc_markdown\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:downgrade\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:driver\nw:drone\nw:dronelink\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:dyn\nw:e\nw:e0\nw:e0061\nw:e0106\nw:e0277\nw:e0308\nw:e0401\nw:e0425\nw:e0599\nw:e1001\nw:e1101\nw:e225\nw:e231\nw:e24\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e8f\nw:e_\nw:e_path\nw:each\nw:eadcdc7d\nw:ec\nw:echo\nw:eclipse\nw:ed25519\nw:edeandrea\nw:edge\nw:edit\nw:editor\nw:ee\nw:eebxo6ax\nw:efde290b\nw:efe31b98f2\nw:eff\nw:egeria\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elif\nw:elite\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empties\nw:empty\nw:en\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:ensure\nw:entering\nw:entirely\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:enum\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:equivalent\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:escaped\nw:escrow\nw:escrow_id\nw:eslint\nw:est\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:exactly\nw:example\nw:examples\nw:exceeded\nw:exceeds\nw:exception\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:explain\nw:explanations\nw:explicit\nw:explicitly\nw:explore\nw:export\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:extra\nw:extra_cmake_args\nw:extracting\nw:extraheader\nw:extras\nw:extreme\nw:f\nw:f1d2c3b\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f7\nw:f841\nw:f909ac5\nw:f_to_c\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:faster\nw:fastlane\nw:fatal\nw:fb\nw:fc58aa\nw:fc97a4c5\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetched\nw:fetcher\nw:fetching\nw:few\nw:ff\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixable\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flagged\nw:flags\nw:flake\nw:flash\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forgot\nw:fork\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:forwarder\nw:found\nw:foundation\nw:fp4\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freetype\nw:freezing\nw:fresh\nw:from\nw:frontend\nw:frozen\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g4q\nw:g8001\nw:galaxy\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gconnect\nw:gcr\nw:gdb\nw:gem\nw:gemfile\nw:gemini\nw:gems\nw:gen\nw:generated\nw:generating\nw:generation\nw:generator\nw:geo\nw:get\nw:get_settled_at\nw:get_sources\nw:getaddrinfo\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:ghcr\nw:gi\nw:git\nw:gitconfig\nw:gitdir\nw:github\nw:gitlab\nw:gitlab_integration\nw:gitleaks\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:gofmt\nw:goleveldb\nw:gone\nw:goo\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:gpt\nw:grace\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:grotesk\nw:group\nw:groups\nw:guilouro\nw:gulp\nw:gyp\nw:gz\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h5\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:hal\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashbrown\nw:hashmap\nw:haskell\nw:hass\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hhp\nw:hi\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:httpcore\nw:https\nw:httpx\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i128\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implement\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:imports\nw:in\nw:inc\nw:include\nw:included\nw:includeif\nw:includes\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistencies\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:individual\nw:ineffective\nw:infallibly\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inner\nw:input\nw:inputs\nw:insensitive\nw:inside\nw:insights\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:insufficient\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:inverse\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:is_none\nw:is_settleable\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:itertools\nw:itoa\nw:its\nw:itself\nw:j\nw:j2\nw:j30\nw:jar\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:jetty\nw:job\nw:jobs\nw:jonesn\nw:jooq\nw:jq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julia\nw:julian\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:k\nw:k8s\nw:k_\nw:kata\nw:keccak\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:km_to_miles\nw:knob\nw:known\nw:koch\nw:koen\nw:kotlin\nw:kt\nw:ktlint\nw:kts\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3013\nw:l_\nw:lab\nw:label\nw:labs\nw:lambda\nw:landing\nw:lando\nw:lang\nw:language\nw:laravel\nw:large\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:lazy\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:less\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libc\nw:libc6\nw:libfreetype6\nw:library\nw:libs\nw:libtonode\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:liquifact\nw:liquifact_escrow\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:lite86\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:llvm\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:longz4wqz\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:low\nw:lowagie\nw:lower\nw:lower_snake_case\nw:lru\nw:ls\nw:lspconfig\nw:lua\nw:m\nw:m0s\nw:m104\nw:m12\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:macro2\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malformed\nw:malicious\nw:manager\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:mawk\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:maybe\nw:mb\nw:mcgdiff\nw:mcp\nw:md\nw:mdi\nw:mdurl\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:mecho\nw:media\nw:medium\nw:meeting\nw:megalinter\nw:melos\nw:mem\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:metadata\nw:meter\nw:method\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:middleware\nw:mif\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minimum\nw:minitest\nw:mintimeout\nw:minute\nw:minutes\nw:mirror\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:molecule\nw:mon\nw:money\nw:mono\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:multi\nw:multiline\nw:multiple\nw:multiple___\nw:musl\nw:must\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:naming\nw:native\nw:native_lib\nw:nav\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netfx40\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newlib\nw:newline\nw:newtonsoft\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:nuget\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:odder\nw:oder\nw:odor\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:older\nw:ole\nw:omit\nw:on\nw:once\nw:once_cell\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:opencode\nw:openemr\nw:opening\nw:openproject\nw:openssh\nw:opentelemetry\nw:operand\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p0040\nw:p1\nw:p256\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:packetfence\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parameters\nw:params\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parsed\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partial\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pc\nw:pdf\nw:pdfkit\nw:pedantic\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:period\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:plans\nw:platform\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnc\nw:pnpm\nw:pod\nw:pods\nw:podspec\nw:pointing\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:pool\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:power\nw:pp\nw:ppv\nw:pr\nw:pre\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:preinstall\nw:prejudice\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:prettier\nw:prettyplease\nw:prevent\nw:previous\nw:previously\nw:price\nw:price_cents\nw:primary\nw:print\nw:printed\nw:printf\nw:println\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:prompt\nw:prompts\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:punycode\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pydantic\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyproject\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qt\nw:qty\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queue\nw:queued\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:rand\nw:rand_core\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:ray6y\nw:rb\nw:rc\nw:rc1\nw:rc2\nw:rc3\nw:rdk\nw:re\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readme\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:record\nw:recorded\nw:records\nw:recursive\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:related\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:rename\nw:renamed\nw:render\nw:rendering\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:res\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returns\nw:reuse\nw:reused\nw:rev\nw:reverse\nw:review\nw:reviewdog\nw:reviewer\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:role\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:ropenscilabs\nw:roundtrip\nw:route\nw:router\nw:routes\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rtos\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runner_temp\nw:runneradmin\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustfmt\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s2322\nw:s2345\nw:s2554\nw:s2n\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safe_load\nw:safety\nw:same\nw:sample\nw:samples\nw:sandbox\nw:sardonyx\nw:sata\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scm\nw:scope\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:search\nw:sebastian\nw:sec\nw:sec1\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secs\nw:section\nw:section_end\nw:section_start\nw:sections\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seed\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:selector\nw:self\nw:semicolon\nw:semver\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sent\nw:sentence\nw:sentry\nw:separate\nw:sequence\nw:sequential\nw:serde\nw:serde_derive\nw:serde_json\nw:serde_with\nw:serialize\nw:serve\nw:server\nw:service\nw:services\nw:session\nw:set\nw:sets\nw:setting\nw:settings\nw:settle\nw:settle_ts\nw:settled_at\nw:settlement\nw:setup\nw:setuptools\nw:several\nw:severity\nw:sf\nw:sh\nw:sha256\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:short\nw:shorturl\nw:should\nw:should_\nw:show\nw:shows\nw:shrinkwrap\nw:shutdown\nw:sid\nw:side\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simdjson\nw:simple\nw:simplified\nw:simulator\nw:simulators\nw:sin\nw:since\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skill\nw:skills\nw:skip\nw:skipped\nw:skipping\nw:sku\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slow\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:sme\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:sock\nw:socket\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:soroban\nw:soroban_sdk\nw:source\nw:sourcerygxx\nw:sources\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spec\nw:specific\nw:specification\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:spurious\nw:sql\nw:sqlalchemy\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stable_deref_trait\nw:stack\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:stat\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:stellar\nw:step\nw:step_script\nw:steps\nw:stg\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:store\nw:stored\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:strip\nw:strkey\nw:strsim\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:supabase\nw:supplied\nw:support\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:svg\nw:swatinem\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symfony\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t00\nw:t03\nw:t06\nw:t07\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t11\nw:t12\nw:t14\nw:t15\nw:t16\nw:t17\nw:t18\nw:t20\nw:t21\nw:t_\nw:tab\nw:tabs\nw:tag\nw:tags\nw:take\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:tarball\nw:target\nw:targets\nw:task\nw:task_queues\nw:taskrun\nw:tasks\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:teamcity\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:template\nw:templates\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminate\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:testdata\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:their\nw:them\nw:theme\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:times\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tment\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:tooling\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topologies\nw:total\nw:touch\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transferring\nw:transform\nw:transition\nw:transitive\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:trusty\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typecheck\nw:typed\nw:typenum\nw:types\nw:typescript\nw:typo\nw:tzdata\nw:tzst\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:u64\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu2\nw:ubuntu24\nw:ubuntu2404\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unifont\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlabeled\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unschedulable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgrading\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:userland\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:uuid\nw:uv\nw:uv_manager\nw:uvu\nw:uw\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v25\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variant\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:verifying\nw:version\nw:versions\nw:via\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:w_\nw:wait\nw:wait_for_db\nw:waiting\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:wasmi_core\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:well\nw:went\nw:were\nw:werror\nw:west\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:wildcard\nw:will\nw:win2012\nw:win22\nw:window\nw:windows\nw:windows2022\nw:windows_\nw:wine\nw:with\nw:withdraw\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:workflows\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:world\nw:would\nw:wrap\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writer\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:x_\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xf\nw:xfailed\nw:xfonts\nw:xg66\nw:xjc\nw:xml\nw:xs\nw:xz\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarn\nw:yesterday\nw:yet\nw:yml\nw:yoke\nw:you\nw:your\nw:z\nw:zephyr\nw:zephyrproject\nw:zero\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zmk\nw:zmkfirmware\nw:zstd\nw:zurichsee_ha\nw:zzpmw",
    causeBias: -131,
    cause: '6P/4/9//0f/h/+X/JgDR/9P/vP/p/wcAzv+s/9P/4P/g/1AAEgDT/7D/3f/r/8j/uf+d/zsAGgALABoAzP/C/87/+v/f/+H/3//P/9H/6P/5/+P/4P8tALr/4/8bAEkAqv/T/x8APQAcAPH/2//b/yUAv/85AN//5P/T/xkA4f/f/+D/4f+y/+f/Zv/i/yYALgCf/+r/4v/M/xsA7f8tAMj/HADZ/wYA8v+q/8r/IQDY/00A6/8xAOD/FQDd/zsALgC8/zUAtv/D/0MA5f8jAOn/6f/d/9//2v/g/+H/3v8XAOr/5f/e/14Axv/s/wUAvv/Q/w8AFgDs/x4ABwDY/zUAIgBNABgAGwAvADMANQDg/yYA4f/F/+v/vv8UAOf/xP8xAB8ATgCk/+n/vP/u/2UAtP9FAOT/xP8dANL/4v+//8T/VQAXAML/4v/n/9T/s/9YAD4A3v/l/9b/uP8hAM//SQCi/ywAtv+8/9z/wf+6//H/FQBAAOv/RQAyABUABAD1/+n/6/8aAKD/HQDN/xcA6f84AOn/GACFACEA3f9eAB8A5//p/x8A6P/Q/7T/QwC5/83/of9MAOD/V//j/+b/sf8cAL3/EwC2/6H/KQCz/8L/jf/h/ywALACj/+3/n/+3/zAA4v/c/3n/GAAtAOP/WAAUAKP/3v++/9j/uv/l/7j/tf/S/yUANQAhAKj/BwCM/yIA3P8VABQAx/8oAOf/CgDq/9b/3P/b/+j/2v/I/+n/2f/M/+v/6P/H/zYAQwC8/6n/4P8jAND/xf+nAEUAt/+l/9z/2P8bAKj/GwA1AEsA1f/N/8z/HACP//H/EQDo/8r/x/8hAOv/5/8qAOf/IwAaABoAGgAaAND/FwDp/ykAtv/j/zEA0f/8/67/5v8wAGf/OgArAB4AvP/N/xIAGwDl/x8AZ/85ABYA+//J/y8AGAC5/+T/o//O/zIA5P8fAMr/w/+x/4b/+v/H/y4A1/86AJD/2f/g/+P/3f/S/9r/+v80AK//nf/e/xEAxP/M/8j/FQANABsAx/8gANH/zP/p/+b//v+o/+H/DQDC/1f/FQCs/8//NADD/0UA1P+J/+X/BQDh/w8AgP80AOL/HQDC/2IArv8ZALr/GADM/zUAeADG/8P/4v8IAM3/TwBHAEAA2f9LAB8Au//G/zMA0f/X/xwARgDb/yEAz//p/ysAyf/n/9v/FwCj/9v/5//d/xoA1//H/+f/tP/l/+X/tP/L/9P/vf9XAAcArP/q/04AEgAEANP/wv/e/7f/OwAAACUAGACE/yQA3v/s/yQAuv8UANj/n//j/xQABgAYACUARQBbAN3/VwAuAC8ARAAGAJ7/n//o/+H/nP/l/3YAJQA5AB8Arv9zAFUA6f/4/wIAtP/h/zYAAABWAMf/i/8QANX/IAAEAMP/3f8dAK7/6f+R/x8A3v/B/9r/t//Q/8n/zf/Q/zEABQACAN//6f8jABAA4v8XANT/9v8bAA4A2f8UAJ//0P+t/+r/EwDM/7D/6f/g/yEACAAeAND/LgD1/9X/GAA7ANf/CAAdAML/tf85ADwA7//b/8n/PwAEAMD/7//v/9T/CADR/xUA3//b/+v/AQDq/yMA5f/F/9z/vP/s/xgAJQAWAOr/NADM/zUA6//M/8r/6/+M/yYACQAdAPr/r//O/xgA5//f/+H/IQDp/xQAFAC//wQALgDn/9f/2P8NAC8An//I/0EA+v8oANP/FAA+ABQA0v/n/xsA3P/C/7r/0v/p/7z/wP+6/8n/z//n/9v/w/+g/9n/FQAdABQA3f/d/4//6f8UAOX/r/+Y/xgAGACm/y0A6f/P/8v/0v/S/9H/0//n/8X/KQBFANj/x//h/9X/y/88ANf/tv/j/8z/tf+//+T/7P9GAOb/IADZ/+n/GgDg/zQAKwAcAOX/5f/G/87/2f8xAFsAt/+9/1EA6/8xAEcAMQBAADEAFgAWAJ7/w/8dABQAyv82AK3/wf8qALb/5v+Y/+f/j/+c/6r/ev/m/73/MACj/8j/1f/Q/+f/2P/Z/7n/0v/R/+b/3P/k/ywAFgDS/9P/4f/i/7X/3//p/8//2v8vAHf/zP8kABkA2f/R/7r/4P/d/67/uf/o/5f/EQDq/w4AGgC5/9X/qP/L/yoAov/F/7z/yv+9/9z/IQDk/9r/IgDm/+D/5v+w/9f/UADU/+v/e/8XAM7/+P/n/+H/0/8iABsAGwDc/wQAFgAGAL3/mf8SAN7/IwDb/+j/RQDS/xsA9/8JAMT/0v/p/+L/4f/r/x4A6v/i/yoA4f8VAOL/LAASAOv/wv8qABYAGwDL/9P/UwDE/yMAEgCm/9v/FADo/7v/HgDp/+L/0//P/zQAmv8NADcA7P/k/xIAuP8kAO3/yf/N/9z/6//I/+D/v//U/xQA6f/V/+L/6v/m/+j/wv9GAOH/GADe/xQAFAAzAOX/6f8TABQAJgDL/9j/FADd/7D/BQAoAPj/JgAUAB0Asf/l/9X/4//L/wwAHgAjAOz/5P+v/xkA0/+Z/6D/JQDQ/+r/DgDV/yYA7/8SACoAv//4/+j/6f+s/zQAIABFADAAMADm/zUA2f8+ACcAKQDf/9P/3f8jAB4ALADh/yoAyf/j/7n/xf/c/yMAzf88APz/2v8KADEAQAAWABcA6f8cALz/LQAEAOv/6f/r/9j/1//f/+n/5//q/zUA3v8vAMP/l/+5/ysAIgATANv/GgDf/9j/GgDJ/zcAPwDZ/+H/IAAaADIAFwDc/7j/5P8UAOn/0P/n/4//s/8jABYA/v9YACMAFQA9AEMAzP8XAC0AQgBBADUAFAA3AOv/6/8gAAgAOQD9/wMAGgDr/yIAzf/T/8v/qf/p/xUAqf/A/y0A6/+Q/ywAzP/c/xAAlP/q/9n/HgDJ/+j/1/8RANj/u//q/5T/4v9r/9v/vP+e/+H/z/+w/5z/0f/p/xoAxf84AAMAFABs/97/BwA8ABQAFADT/xkA0v8yALL/1f/S/9r/MQAcAHv/LwAWAN3/FAB9/8//KwDl/+j/IwDJ/zgA3v8eABwAyf/Y/+r/HAAqABgAIgDX/xQALADV/7X/z/+m/6r/9/++//X/3//M/x8AHQCQ//f/HQDQ/ywA0P++/yEAzf+0/7T/0f/h/x8ADQDg/9//3/8mAOH/3//R/4v/tP+N/7b/nP/p/7v/6f/O/xkAu//j/z0ASwCY/8f/5v/E/+T/5P/a/8D/4v82ADYAbP9d/53/bv/g/8f/3/+7/9//qf8wAPH/HwDf/53/YQArAB4AHABHAMX/LwAjABoA6f+s/wEAGwA0AP3/KgA6ABcAKgDi/zYA5f8gAEEA3f/A/8X/FQAqADgAJAAVACwAMwAnAK3/4P8VANv/LAAmAOv/KAB1AMf/FADB/7X/6/8WAEQAv//q/xcAGAAUACMAOQDM/yEALgBEADUA3/8OAPj/4f+a/xkA3v8cAPX/q/8kABwAQADH/8X/LQDL/63/GADk/9f/w/+K/zIApf9//7L/qv/H/6j/0f+5/0YA/f/D/7f/NQDO/7v/5/8rABkAtf8iABsAdgDq/+X/5f+4/x4APQAsAOH/FADr////6//1/yAAJgAZANz/0v/j//D/6//k/8//rf/d/4v//f/C/9n/6v/h/+L/0v/p/xYA1P/h/yQA6v/h/+r/d/8yAE8A2v/r/woA3v+N/wYAIADH/6z/p//K/5z/5P+8/7j/rf/q/+H/rf/Z/7H/yP8HAMH/gv+9/xQAqP8lAMT/OAAhAJz/HgDi/+L/FgAQADQAFgD5/7z/6P8EANX/3f+i/9X/FgCv/xcADgDh/xoAq/+y/5v/LwDi/xkA3P/c/+T/0v8bAAoA3/+I/yAA6P/H/6//5P+G/+P/zf/l/9v/4P/F/zAAFAAZABkA0f/f/ygAzP/a//n/4P/H/8r/FQCf/9v/FgDX/+n/6//M/zIACACl/6f/MADV/0IA1//L/xQAVgD9/yAAFQBAAPH/yf8dAB4AZwA9AAsAt/+z/8L/FADR/9n/w/8vABMAx/+1//n/4f/l/x8A/f/p/0MAGgDK/xUA5v/n/8H/HgBHAMn/NADR//H/sf+c/8P/3/8rAOz/FwCS/7D/7f///6r/iv/S/7H/s/8SAND/3v8DAMr/q/81ABcA1v/R/8P/4v/a/6H/6P8TAOT/IwDR/5D/HwCt/9X//P+4/yYA2//k/6T/hv+x/xkA2P/h/9//LQAxABkAJAC5/+r/4P/h/+f/NACt/8T/3P8fAAkA5v+y/x0A6f+z/6z/gf/g/9v/j/8ZAOf/1P+1/7//r/+0/7X/uf/N/6z/uf+2/8r/sv+w/0r/5v/P/8//DwDV/7H/2P/r/+P/zf/c/+v/s//h/xQAFAAUAN7/3v8nADcAFQAWAMv/8/8UAOL/GQAWABgA3v9BAC4A3P8UALX/PwDH/wMAIQAyAEoAAwAVABsAy/8sABQALgDZ/xcAGACh/7P/vf/h/7n/tf/e/9b/0v/n/9b/xP/C/wgASwDE/5T/XwCq/wwALACy/zQAIgC6/xcANgAaAKf/XwAUAD8A6v/q/97/pP/X/x0At/+2/8r/5v/g/xcAMwDi/+n/2f/i/ysAzP/c/+r/MQAgAOD/1P9MAM3/HQCy/87/wv8bAIUANADC/9L/7f8dAAkA2P8WAP//sf/j/+j/ov8hACcAi/8yAOf/KgDQ/5b/1f+1/+X/1/+f/wsA1v/r/yUABADr/0kAhv+t/xUAFQCS/8T/3P/m/7n/r//K/3P/t//K/8H/xv/N/8P/MgApAB4AtP8eAL7/wv/j/9j/IgDS/8L/yv8UADsArf/n/8T/GQDF/+X/y//+/zsA0f/V/zQA0P8bANj/FAC0/6j/xf/i/+3/Kv+w/7D/4/8bADoANAAZAOv/JgDe//7/1//H/9v/3f/e/8L/xv/o/9L/6v8WAOr/rv/b/yoA+v/Q/9j/0//l/9T/0P/p/+r/OAC6/63/GgDS/9X/n//R/9H/GAAbAAEAtf+4/83/JwDn/xsAIQDz/xcAGAA8AEwAHwAmAK3/IwDY/x4A1f/5/yEA/v8yAA8A6P/y/xYAMAC7/9L/0v/k/6H/TQAwAMD/zv/G/+v/5P/K/7L/FwDW/xYAEwDr/ysAnf/R/83/5/8iALv/z//F/+T/zf/h/wsAvP/m/9b/FwCh/8n/xP80ABUA0/8UAAcAyP8VALr/xv8UAN//4/8UAOH/0f8qAMb/4f+u/ycAvf+4/8z/vf/d/6r/4v/c/+D/AAABAD4AJwAgAM7/l/+//8f/oP/a/+X/0v/B/+L/vP/q/xQA5v/g/xcAvP8hAC0A5P8IAI7/xf+Z/9//1/9IAB0A6f+E/zIAx/+6/7//2v/M/8//3//J/w0AKwAVADUAyf+p/+P/4v/e/6z/3v/I/+L/zv8nANL/7P/j/9n/IQCo/0sAJgA2ABcAIAArAOn/LQAmAOr/1P8bAIP/zP+N/9H/4/8MAKD/VADg/9n/xv/y/+r/3//U/9f/rP/H/8T/0//R/73/1f/W/73/yv+x/57/1P/D/93/3P+z/+T/tv+D/9T/DAC4/7r/CAARAAAAzP/Y/x0A5P/n/9z/KwC0/ycAFgDJ/xQA2f8gACUA5v/M/1X/RQDC/xQAGwAbALn/HADs/xkAzP+7/+f/6f/K/8n/6f8nABgAWAAIAOj/6v/r/9H/6v+z/xgA5f8VAM//AAAcAOD/qf/q/+P/pf/X/8//vP8YAD8A0v83ABQA5f/m/xQAFADh/8T/KgArAD4A9v8qACMAIgDc/+v/jv+5/9L/HwDX/7r/SAD9/xQAp/84AOT/5//k/zoAGQAKAAEAsv/J/2P/xf/C/zsAyv/f/7P/LABCAAsAsf/K/xwANADp/5//IADq/1YAz/8WAN//x/8hAAwA2P8tAAgA4P/b/zYA3v88APH/KwBzABwAAACz/9L/xP/S/9H/yP/b/4r/IQC7/9D/5f/n/yYAMgDf/93/u//F//P/8P/O/8b/zv/d/9X/4f+o/9L/uP/m/+f/4f+1/+v/+P+O/xEAHgDZ/9X/4f/n/9X/hP+i//X/GwAgANn/DgA4AFEAtP/S/63/2//t/8L/OQAiACcA6P8LABUAUADk/yMAvv/Y/63/6f/O/+r/IwDn/+j/5f/P/5z/tv/b/9r/Zv8jAM7/6f8kANr/v//P/7//3v/n/9H/3P8HALr/2f/W/+n/qv/T/+z/AgCu/xYANABw//H/s/+x//P/FQDi/xsA6v/d/+L/cP8rAMn/UADh/x4A3v8mADsAFQDD/7z/5v8UAL7/NAAHAOn/BwAgANr/4P/h//n/1//W/+H/4f/p/yEAFADl/yEAov/p/xQA3f+5/77/PQA9ALz/0//J/xkAn//A/+//MQAzAB0A3v+2/ykAIACE/zgAz//l/zAAz//K/83/vv8XAK3/6//L/zsAFQDq/9P/1//m/woAuf8qANT/5//D/9v/5P/r/6//9v8GAMT/NQAjACMAHAAcAMH/5v/Z/7P/IwC2/+j/2/8bAK7/vv/b/+D/2v/U/zAA4f+5/8T/6P/r/8v/FwBKAOH/s/8YANP/5P/J/+v/6f8LAB0AGQDJ/xkAIwDK/+r/1/8xANj/FQAyACAAh/9XACoAsf8/ANj/5v8cABUAUADF/x4A4v/5/0UAFADV/ykA2f/h/xQA5/8mACEAoP/l/9P/of+J/10ALQAxAOj/0f/d/+j/4P/X/7v/6v/r/+T/0f8zAL7//P/q/w8A2P8GAOv/wf/J/6f/EQDd/+D/3//l/yUA3/8YALn/2/8WADIAuf/l/9n/2f8UANn/x/8XAC4AGAAwALr/NwAsAOr/sv84AOr/3P/i/+r/2P+8/7H/yv/r/xYAz//S/9b/6//K/7z/vv/J/+z/y/8ZAFgA2/8HACcAEwDp/+n/VgAZADoA3P/K/9P/6f+8/9P/wv/m/9D/3v/H/yIA5v/i/zsA5P/S/+z/lf/B/7r/FACz/8n/4v8fAB0Az//i/8b/6P/S/8n/0v+BAOH/ov/k/wYANgANAI3/4v/d/zEA5v/X/97/4v/k/0sAhf/H/87/DwAUAB8A2v8UAML/8/+1/9//zf8sAAAA0v8qAB8AKADT/8//NADU/xcAJABHABkAPQDY/xkAOgDS//7/x//Y/9H/FQB6/8//GgAaABEAFQAaABAAov+t//P/kv+n/93/oP8JAN//3v/J/87/yf/h/9P/5v/c/+f/xv/Y/6r/QgDi/6P/uv/B/7v/sv+E/+v/+P8UABQAHgCJ/9f/MgDK/wQA9f8VANz/pv/r/9z/xf8oADYA1f/4/y8AKgDc/+T/kv8pAOr/KgBZAMb/KQDb/+j/LAD+/xUApP8DABQAQgAHANP/HADD//P/4/8AAOj/MADr//D/JADn/9v/6/+t/zsAAAC8/+H/zf8UABEA1f8NABEAGAC2/6v/tv8dAEUAGAD8/77/1/8VAEAAGABbACMAFwAvADMA7P81AOD/1v+1/yoAJgDh/9D/uf8JAM7/zv+m/x0Al//Y/xgA2//i/9L/LQDR/9j/uv/R/6f//v/1/7H/2f+W/z8AMQAUAOf/2/8XALL/FQDo/9//6P8fAN//3f81AOb/tf/J/8j/0/8eAKX/zf8cAOj/NgATAOf/1v/Z/+f/4//d/7f/1P8VABwAvP9FABsA6//k/00AFQAVAOD/1f/m/+b/5v/o/+n/FAAXALj/JgDY/+z/1f+7/7X/GwBV/97/rf9g/wkA3f+d/y0AMgArABsAGwBBALb/7f+9/9L/8P/a/yUADgDg/97/MgDh/+L/cv/d/+n/UQBTAN7/mP9LALz/IAAjAN//HQA4ANH/MQDm/93/PwDJ/83/5/8zANT/4v9QANf/FQBAAFsAIwDK/+P/HwBCABQABAC+/3MA/P+i/y0AOgDC/8H/vv/j/8///P/5/wwAxf/F//H/pv/8/z0A5f/V/93/EgCp/xgAMAAwALX/NgAwANj/hQBAAOX/agADADoAEQBjADMAAAC6/7z/x//k/7b/OgD7/+n/IABJAOb/4v/9/9//MQA7AEAA2v/X/zEABwA6AMz/JQAqAFgA5/+3/yQAIwAXAMr/FADc/yIAPAAdAFQASwAuAEIAPQDZ/yMArP80ADAAFQD+/8X/+/8wALX/MAA9AOv/1f/E/9H/HwAhAMv/SQDZ/wAACQDV/6//DgDV/9D////q/+r/KADV/+3/GQA2AMH/OwDW/9b/wf+9/8H/pP8UADUAt/+g/+j/6f/F/8f/RAD4/9D/NAAfACwA1v8cACIALADr/w0Atf/6/zoA4f/z/xgAwv8wAEYAqv+k/x0ANAAzACwAOAAxACYAKgDs/xYAHQA1AB0A7//W/8H/6/+j/8v/vv/n/+b/KAAXAOb/0v/S/9v/HAAdAOf/8f+t/y4AGwAkAMz/u//C/9v/y/+5/xsAFQC5/9r/3v8GAM3/FQDl//b/6v/d/9v/TgDV/0QAdAAFAJb/FgD1/xgAVwCk/14AUQBBAIL/NgArAAQAxP/r/zMANAAiABkAHQA0ANv/JAAKAIL/x//L/0UA4f8oADUA4f/X/6H/r//Q/xUAFAA+AMP/yf/C/xoAEQDw/zkAx//M/xoArf/W/x0A6f/S/7D/zv/1/6v/AgCW/9P/2/+a/zIA5//E/ywA6v8QABwAAQDJ/xoA3f8XAML/OQDn/zQAjv8aAKn/FQAmAC0AAQAxAOn/KgDW/67/OQAbAJD/3v/w/3oAJAC6/2EAIwD9/zMAGgAaABcA5//7/9D/LwAtALL/MgAdABQAHABAAFYAGQABAOH/z//y/7n/of8EAKb/FAA8ADUANAC8/9X/NwAUAGQA5P+9/63/6f/F/0EAKgDr/93/QAAwACMARQDg//7/CAANAL//5P/g/7L/6P84AND/CwCu/3n/tf/S/xYAr//S/+f/5/8sAIX/5//A/8z/4P+//6//kf+2/7D/4f8hAMb/5v/i/9z/4f86AN3/2f/k/yEAHgAdAOj/MADS/1H/1//i/woAJwAvAN7/3/+u/zEA4v/g/0sA/v8WAB4AWgDJ/8//5P9pAPD/FQDS/zwA6f++/9n/rv/i/8D/SQDo/+b/CgA6AJ7/4P/a/x4AgP/O/8D/p/8SABcA2P8UAKL/6f+6/4//2//T//b/PwAXANn/VwAzAM7/PAAwADsAWwDq/z4AIQAXADsAu//g/93/XP97/8T/qf/P/xAAuv+Z/7//wv/A/9H/KgDI/zEARABEABwA2//o/+n/yP/c/zkAFADI/8j/5/+//yoAKgA1ACcAJwDO/87/1v/A/xsA+/9CABUAxf9CAM//0P/N/zwA2//a/9n/3//r/+D/6f/L/xQAHAD2/yoAuP9pAOn/vP/Z/+P/NABFACsA4//Q//j/6v8VAA8A2f8pABQA3P/k/57/zv8fAMn/0v8YAOH/LQDl/87/KgDX/9X/GgAfANX/yv/5/xQACQDl/9j/5P/Y/77/OgBKAB0A2v/l/ywA0f/T/xEAuv8jABAAGQDm/+7/1//i/9r/NQDi/6L/QQDX/xkAwv9QABsA4v8UALr/6P+G/3gA4P9i/x8ALQDW/7H/9v86AAEATgAaABgAIQAUACAAJAD9/yMAXgDE/93/z/9OAAsAKwCu/yMArv/Q/yMAFQD4/+T/sf9JANT/v/8jAN3/jv8nAMP/NgDo/yAA6v+2/zYAGADB/6X/2f/E/zoA5v+//yEAx/+n/xcA4P++/zUA4v/Y/9b/QADf/yYAvf8UAOT/1f+z/xwAxP/f/7b/GgC//+r/KQBAABsA1f+7/+D/EADS/xUAp/+z/9b/6P/S/+L/sv/a/+r/5//S/xYA1f/p/77/OQDm/+b/3//B/8n/mf/E/xgAHwDr/+v/3/+z/+P/6f+1/+f/FQAyAM7/+f8UAEwAzv/K/xQAMgDA/0UAsf84AEEAh//i/9//2f/H/wP/FgAZAJf/AAABAOb/BgAVAL3/FQDN/8n/GgDP/6//2P/c/1wAGQD1/+n/OADq/8z/2v8gABkA0f/B/6n/yf8YAMb/6/8gALT/jf/1//X/DADZ/7n/vf+BANX/xv+v/xUAJwBKAMr/yv8cABkAsf/n/6v/b/+d/9//4f8dABgAm/++/83/4f8yALf/sP8UAOL/zf/P/+n/vP/4/8D/zv8MAJz/qP8KAH//yf/6/xcAyf/h/8n/of/e/8r/vP+w/xMA2f+k/+z/yf/g/4f/KwBi/wEA4f/b/ygA1/+F/93/zv/n/8r/FADH/3//5f/d/5T/zv/p/sT/2f8EAJn/EAD1/7H/FADM/0YA5/+v/9P/pv/X//L/DwAKACcAGAAUANH/wf/p/+z/zP/s/8//w/8eAOb/xP8UAK7/MQABABQALwAuAF7/FACn/yf/yv/Q/xsA2f8zABUAJwDi/08AiP8bAOr/m//x/77/If/3/7b/MP/q/ywAEQDJ/xoAPwDE/x0AHAAcAK3/9v/S/wIAp/9RAL7/9f/n/xEAJQDi/+b/6f/j/+r/KACp/+j/4v/Z/5r/6/8OAJ//4P/j/97/sv/C/5z/qv/Y/93/v/8yAOH/KwC//+v/vP8sAOv/yv/K/08AHQBGANH/5v/Q/xsAqv9y/wcAFQDU/4H/5f/Y/2UA7////yEAyv8AAPH/cf8XAN3/3v/l/+v/QADW/+T/5f+//xwA4f8YALn/VgAiAAkA2/8lAOn/LgDq/yEAGAC8/+v/4P8ZAML/0P8fAOH/vf8hABAAOwC4//r/FQDZ/0cA9v8UAOn/v//Y/+X/1P9MAKz/4P/a/9b/IQCp/+T/GgAaADYA4P8hAMb/1/+8/97/rf/m/3n/rf+1/+n/GQDB/8P/y//R/9r/FgBXAN7/2f/3/7b/GAC+/6P/GgBKADIA6v/a/6n/6//g/9n/6f/j/+j/6v/b/9b/6//f/ygA6/8WALL/wv/+/+3/zv/2/+z/5P/k/9r/6v+AABIAFQDB/3//5v8XABUAsv8+AFX/FADf/8D/6//K/+P/zf+5/+D/1P/r/0AAkf87AHwAxv/k/xQAGQDQ/+3/0//e/+r/JwANANP/sP/P/0gAof/W/yoAzf/L/8X/FgAFAOX/5v8bAOb/4P/H/x4AAgCu/z8AHACt/87/KgDQ/+z/GwDM/z4AwP8VAMr/AwAzAMH/wf/i/+X/4P/7/yIA6//K/83/3v/g//P/CwA/ABMAvv/S/wwA4//o/8b/2f8mANv/1/8nANL/MQA2AL7/MwAqAM3/tP8BAP//uf9WAL7/3//E/y4AwP/Z/xgAzv/V/yQA4v+y/xQA7v+h/xUARgA6ANv/FADf/x4AHwAvANv/6f/A/+n/6P+h/8z/5f+u/7j/rv8JAOH/FQDr/9j/6v/G/9v/wv8cAOj/yf/o/8D/WQDd/8H/5f/H/9r/1f/l/8D/sv/C/8L/w/+T/7b/t/8XAOD/6v/k/9//yv/W/+b/tP/v/yMA/P8zABEA3f/p/9H/IgDZ/+D/VgCz/yAAGADN/xQAtv/B/8P/s//X/9n/1f8XAB8AIwCy/8H/0v/j/zAAKgAmAN//2/+6/9r/GQD9/6n/SwC4/+P/q/+1/9b/KgDD/8r/n/8xAN7/PQBMAOn/YABl/9L/0v8YADcA4//K/6P/IQDe//3/GwAuALH/KQAtAE8AFQA+AOH/m/8UAOb/KwDu/zUA2v+4/xAAo/8UAOH/9P8kABQAvv/J/+P/zP/m/+D/2v/p//3/2P8zAD0AKgAUABQAAQDe/xoA4v84AB4A4//m/xgAFgDl/+r/EAAaAPj/wv/F/7b/ov+3/77/0/+w/+b/2//C/yoA2v/T/+f/6f/m/7H/3f/b/+z/qP+4/87/6P/R/6X/1/+I/zgAxv+o/yEAzv/r/yIAKwA6ANH/0/8UAOL/yf/H/zgAt//l/xgA4v/M/zEAGQDZ/6r/IwACAM//uP/g/+X/3P/m/97/n//m/8D/q/81AFQANwDn/8j/4v+s/9n/HgCF/9P/sf/Q/+j/zv/l/9f/3//C/63/3//n/9r/NwAjAB0ALAA9ABcA4/8pACkAFAAcANH/5//L/yYA4f/p/9L/2/8NANj/4P/a/87/NwDR/67/5//O/+j/wv/S/4n/x/8UABQAFADF/83/GgDO/9L/rf8MABoAy//V/xQALQA0AMD/JQC8/+z/KgATABsA5f8UAPT/HgDb/8L/6f8aAOP/4f/j/+P/wv/p/xcAnf+v/6H/1/8XACEAqP/D/xUAHQC8/8v/s//u/xkAJAA1AB4AQADE/6H/EQDp/ywAKgDm/8X/GQCU/zEACQARAJj/IAB8AOb/FwAdANn/+v8yAML/xf8eACoAFgDZ/x4AGQDi/y8ApP81APL/kf8FACwA4P8WABsAGgAUABQA6P/i/ywAyf/c/xUA6f/n/zkAyP/e/z0A+v/Q/8D/yP/Z/9v/y/+3/+b/xP8VAMH/s/8sABQAMwDr/8v/rP8UAN3/4v/J/9f/vf/p/+P/6/9KAOv/4f/r/+r/4v/i/+r/GQA+AJn/2P/0/7b/NQAcAAQAt/8aAOf/0/+W/+v/6//O/+L/5f/L/8D/rf+U/8r/GgDd/8T/hf8kANv/yv+Z/6X/yv8aANv/GQDD/+7/7v8/ABcAHQAxANX/pf/r/xQAFAAaABoA4P8MAAcARQAaADQAQADM/xQALQAaABoAPQDr/63/fv8AAMv/qP80AMv/9v8UAOr/6P/4/y0A6f8lAJf/KwDf/7//3P8YACwA6//j/83/0//j/xgALgAuAJX/1v/q/yQA7f/h/7L/GwA1AD0AtP9QAOf/TgDE/xQAXwBKAB8AGwAvABkA2//B/+H/2/8oAPz/GQDk/7D/qP8ZANX/3/8FAM7/0f8IAOD/0v/E/w4AKgAcAPT/1P/s/6//LgAWAEUAxf+D////IwDa/7P/1v/n/87/MQA/AMf/6v8aADIA4f+//noAMgCH/0wAwP/V/xsAFwDc/xcAxf/X/8T/GADb/xgA6f+6//H/o/8gABkA3f/e/93/vv/k/9f/p/+L/+H/sP8UAL//ov+4/8D/6P/e/zAAQwCk/7T/yv+7/8f/xP+W/y8AJQAgADUAOgD4/9v/+v/Z/7X/EwA2AFUA2f9VANj/GAA7ADQA2/84ANr/5v/b/+L/tf/S/+b/x//c/xMAx/+4/yoAX/8EADsAtv/4/xkA6f/m/+P/1P/y/ykA8f9OAOn/MAAfAMH/JADw/x8ATwAiAP7/7/8gABgA6f+q/8//sf8UAOT/yv/G/8//RQDF/9b/DwAyACoA8v8wAFEAFwAXACoAbP9MALj/6//P/+b/HADm/xoAFAApABoAFwArABQA2P8LABwAGQA1ADIAAgCo/xQAFAAWAPH/6//k/97/FQDE/9r/3//C/8T/yf84ADYA0v8sAJn/QQDn/7f/w//L/yMA3v/t/97/lv/g/+T/CQDN/5j/5P/f/8//YwDh/8H/NwDD/8n/HwDN/wkA1f/H/8j/3P8GAOb/JwAIALH/vf+2/9v/wP8yANP/wP+0/xsAKQDT/xcA2P+O/9n/1f/I/63/JwCe/8//u//M/+b/QQDm/x4Aov/j/0gAsf8yAMP/z/82AHv/NwAsAC8ATwAXAEQAFQAgACAAKADj/xgAGQAUACgAPQDo/0AAFQAHAD0AFADe/wcAg//A/zcAIwA7ABQA1P/b/+b/5v8yAMT/3v++/wIAHQDU/0IA3v/X/87/sv+w/9j/0/8hAA8A1/83AOH/GwA0AMr/5f+7/zIAu/+5/7z/+v/V/+T/5f/k/3j/0/93/8//NgAaANj/AgAHAB8AIQDo/yEAGwAqAOj/uv/o/yEA6f8bAD0A6f/3/9v/kf+s/63//f+b/+H/1P8yAD4A6P/L/9j/tv/q/+v/pP8AAMP/0v9aAB4A4P/d/83/5//m/x8Ap/9FABYA5/8KALj/3f/q/9b/5P/c/9v/6P/a/8j/6f/Z/8z/6//o/7j/FQAsABUAq//Q/8H/zf8hALX/0//b/+r/wf/J/+P//f9AAEUAGgAUABoAyv+q/+f/MAC4/+v/f//j/xwAuf+X/zAAzP9oAL3/4//h//T/KADl/2kA3v+t/+L/4P8IAJD/GwAmADYA5/8ZAPL/2P/Z/8z/1P/h/xcAUgDi/x0AQwAmACQA5//N/77/1/+b/73/JwDc/+H/3v8gAB4A4//q/9P/2v/J/wAAFAAfAOL/BwAZANH/NgCx/0IAFwC1/xwAEACU/93/RgAzADIAKQDU/8//FgDO/xEA0P/a//z/5//V/xYAEwAWANz/9/83ANP/zv8sACEAHQAcAOf/wf8DABQAKgAfALb/NgBLAOv/KgAUAMj/8P+p/8z/BADQ/8P/z//L/yUAGwCs/wIAagAWABQAwv/p/+X/wwD3/7//4v8kABQAHAAmAKz/FAAIANj/FgBV/xYA5//T/yMAtP8nABQA1/+o/7f/sv+2/5D/QQAnABYArv/B/9H/6v8eABkA5v/Y/zwA5/+J/x8APAAwACAA5v/R/0QAQADB/z0AQgBHABcA7/8pADoAPwA1APH/GQBPADoAHwAhAC8ASABGAFIAFAD9/z4AFAAUACwAFQAhAC4AOQALAOP/sP8bANX/GgC8/53/w//h/ykAjv8UANn/MQCe/6n/ov8EAFUA1P/n/zIAMwAVABsAt//U/zcAGQAUAM//MADr/yoAGQAkACkAHgAZABQAHACx/7f/z//n/87/zP/J/8D/5//W/+v/yv/J/+z/y//c/xoA0P/f/+n/w//h/9v/6P/V/xYA2P/B/9H/2P8eAP//vP/B/+//2/83AN7/6P/r/xwA6//A/zQAIwA3ALv/4P8VACYAMgDe/+D/4P/Z/xcA6v/H/yEAOQAmACAAHQAhABcAJgDb/ycA0P+s/zwAzP/d/8r/uv/P/+T/z//l//3/jP8YANn/zv8bABUAIQAyAEYAnv+l/xQA//88AK//FQBfABkA0v8TABMAGwCz/9T/HgDZ/7D/1/9OAPj/LQDq/yAA5f/Z/9z/4f/V/8H/v/8J/6r/fv/7/xUAIwAZADcAHgD7/+H/9//K/9P/wf/X/7P/SQA2AN7/SQDq/6r/tv/b/yEA6v/e/+H/dAB6/5j/r//U/yUAwP/q/7X/GgDc/9T/yv/n/6r/HwDg/8z/GgAeABYA4/8XABYAMQDn/+f/x//G/ykAKQDq/93/LQAxABkAUACv/6v/jP9RAB0A6/8/ALr/TwDb/+f/MQDM/xoAGgAaABoAGADS/9j/1f/E/+n/zP++/wEACwAUAD4AKgD8/8P/vf/D/xYAHQDw/6X/GwA5ACUA6v+Q/47/1//O/+f/xv+DABkAFwAnABoA2f8gANj/zP8oAOj/z//S/+T/4v/g/9H/5v/k/63/3/+Q/73/a//d/9L/RgAQAIT/EQAbAMz/HgCz/0UA2P/L/yoA4v84ALT/DQCn/x0AHgAjABkAIAAVAM3/GQDm/z4ALwBHABgA1f/x//j/OADJ/9v/qf+9/6n/5//S/97/oP/X/8X/y//7/+j/KQCl/8r/jv++/9T/sv+Q/9n/6/43ADUA3//j/6n/6v/h/8//FwDi/9L/yf8pAOz/3v8RAOj/LwAPAN7/6f+x/8H/4P/k/8f/2f86AOX/o//V/zIAKgAgABgAEgA1AO3/MADR/37/PAAAABoANADr/wsA5/8dACgALAA4ABoAQQBKAMv/yv81ABgAz/+3/xgA4f8vAGMAVgAqADYA6f/e/7T/sf8qABwAMADK/6P/1//r/8n/MgAiANP/vv/O/9v/zf89AM3/4f8MANn/1P8XAMD/2/8tAK7/2f/O/7H/5P/a/4v/0P+j/xIA2v/N/+D/EACZ/7P/3v8bAM//HAArAN3/n//i/xwA1P/O/+b/tv+3/0QAyf9j/4X/6//r/ycA4P/V/+D/2/+u/77/5v8UAOr/5f/q/9r/5//h/yYAIACV/9f/z/+5/9T/JgDB/xYASADi/8//6/99/9L/1v8qAP//CQAZALv/2P/z/yIA1//o/6v/Zv9IANz/GQDM/6n/4P/s/9v/vv/U/93/nP/w/xwAnf/Z//j/1P/P/+f/0f/e/8//2P8kANL/q//S/+f/o/9OACAADAC7/+b/x//h/8n/3P+n/w//GADs/7j/zf+s/yQA4P8lABkA4v/L//j/UQAwADAAMAAUAAwA6v/P/xkAyv/U/xkAhv8iAEkA5P/p/+L/KgAnAN//zf88APn/IADW/zIA4//e/xQAFwDj//j/FQAfAMn/QgCt/y4AJQA7ANH/JgA0ABsAAQD//77/CwAbAOv/HQDi/93/LwDl/zoAVADf/xQAOgAwAMj/jf/b/6v/MADP/+f/5/8mAFAAAQA4ABkAo//N/ywALwDn/9L/lP+0/+H/2/86ALX/3/8vACYAKAA3ABoAJgAXANv/x/8jANP/CgDf/93/r//6////1v8lAOn/p//n/z8AGADl/7r/w//E/yMA2/8UABYAzP/a/9j/zv/V/xYA5P8hAHf/4/8eANj/2v/j/7v/sf/a/9b/5P/q/7L/AADb/+T/JwDk/+v/zP/O/xcAHQDE/xUAFADn/zgA2//f/0cAKgANADEAjP///xYAFAD5/xcAGADq/9n/w/8WANr/6f/f/xgAMAA6AAsA5//C/xoAwf8YANP/LADm/+j/FgAbAM//lf/i//7//v8ZACIAFQDP/xsAyv+a/zsAwf/i/9f/yv+M/6f/wv/r/73/2f8aAD4Ar//U/wQAMgA2AOH/qf8YAML/yP+0/xcA0P+c/yUACgDm/x0AtP+W/xYAvv/P/0EAxP/d/+z/1f/o/zAAFQCC/9X/zP+5/6j/6v+w/w8Ayv/Y/zQA3v/d/5f/4/81ABUA/v8WANX/rP8RAM7/FAAqAAYA2/8BAMD/7P8MABcA9v8LABgAx/8QAMT/5v8MAOv/5f/A/97/2//d/18A4P8ZABQA0P8sAB4AAAApADIAHADf/wIAt/8BAD0A3P8XABcANwDI/xcABAA+ADcA2/8UADAALgAiADgAWAA5ABsA1P9KALn/GwAjACMATgC0/9L/zv9OABUAyP+3/8D/MQAUABcA2P9q/xoAFADm/7j/4v8UABYAIACy/wkA2f/W/8L/IAA5ANT/ov8fALv/VwDo//b/2f8fADUANQAWAD0A6v8nAPT/BAAeAL7/KwDA/97/uv+u/6r/w//p/yAARQDQ//L/qP/M/+L/IgDN/x4Aw//0/8//LwDJ/9L/2v/I/9f/qP/a/9T/y//l/zYA3//U/67/zP+t/93/4f/h/9P/4//o/y8ALwA6ANP/KgD1/87/MQAxACoAoP8cADEAwv/C/5f/0P9KAL//qv/l/7z/of++/7//TACq/yMAHAAPALD/vP8bALv/FQDK/xQA2f+e/5b/v/+F/1H/KgBP/3T/3P/e/9P/p/+m/8//6//B/8r/vv/q/8r/iP8uAMz/xv/r/y0AIQDd/8//5f/e/9f/yf/H//3/KQDm/8v/6v8XAPX/z//T/zIAMgAgAND/7P8gAN7/1P8jAOT/EQAUADAAGQCo/xwA6P/W/9D/2f+2/ygAPwApABYAIADp/zEA5v/g/xQAFQDY/ywAy/+u/y4Ay//p/+n/lP++/9P/6v8bANr/3P/d/xYA4P+9/7v/OgDa/6X/OwAhAB0A6P/W/x0A6f/A/4L/JwCA/87/6f/N/9j/5P+7/7z/JgCN/9H//v/B/xAALwCV/x4AGwDl//r/w//2/9z/NADb/+b/gv8jAAgAHADe/97/wf8VAP7/FwDb/7P/FwDT/73/FADC/yoA3f9PAOP/FwDF/ycA5v/G/xoALQAqANr/zf/U/zMA5/+f/+T/0v/i/x4AtP8nANL/yf8sACQAEQCd/xUACwDb/77/FADq/xUA5v/m/xsAvf8WADIAFgAwAM3/0f/i/xQAGwDq/+D/1/8UALD/GQAMABQA5v/V/+D/3//A/7X/LADH/yAAt/+v/8j/FwAUAM3/1v/W/+v/5v/g//z/OADY/+D/DQBDACoA5//C/8f/KgCT/7H/6f/A/8z/2P/e/8L/4P/d/+T/nf/H/xUAFgDb/xYANADV/wAA7v/a/8j/3/+a//v/w//l/7X/n//p/9P/5v8Z/+b/6P/G/+H/2P+t/+T/FgC2/+v/FgAcAMn/CwDo/y8A5f/h/yIAPQAsADQAEAAaAPH/6f+y/7b/qv+x//X/WwC5/0AA8P/0/xUAPQAWAJb/TwCc/0MAvP8jAOb/5v+i/1//DgDU/xkAggBp/+v/FwDq/xcA7f+4/+D/8/8fACMAtP/Z/7n/2/8WAP//HQDh/1MAQgAMAAgA5/8ZAKv/0v/g/6//sf8OACQAy/8zAOL/y/+r/wMARgAuAOX/LwBrAGr/uP/I/yoA4P/j/9H/vP+w/5z/PgDG/5j/tf82AB4A5P+c/7D/NwBAABQANQDb/7v/zP/q/9n/IQAUABcAKgDq/yQA2/8YAHL/FQAhABsAy/8UABQA6/+r/+r/4P84APf/5v/a/7z/MAAdAMH/XgAYAM3/KgBCAN7/0//r/yYA3/+U/9T/1P8UANX/JQDK/8n/bv9IAND/3P8YABoAQAAVACIAEQC+/xsATQA7AMr/FADf/9b/qf8YAOr/6v+o/9j/7P/m/8P/GADF/+b/1P8nABUAuf8xACgAOgAlAIb/yf9RAAwAvP9GAL7/n/8jAEIAHgCo/+f/6P8jACAA1//p/83/6//Z/93/2/+7/+v/tv/p/8f/6/+4/yEAIAAbADMArf/Q/yUAJwAUAN7/3v/H/8r/MgDK/9r/3v/d/ycAFABAAB0Apv+0/+X/6f++/+z/0P+m/8//3f+7/8j/3/+l/9j/tv8pAFgAif/S/87/tv/R/7z/Z/+i/8r/5f/M/8T/2f8uANX/KgDq/9r/nv8YAJD/LQDZ/xoAJgDA/+//4f/r/xkAzf8mAJL/6/8mAB8ALgCx/83/yP8gADgAGADd/7H/x/8vALn/HwC+/xwAPgASAGQAFgA4AOH/3v8rABcALAC6/yYAJADE/6j/wP/e/9r/5f/a/8r/LQAYABgAGAAZAKj/wv/f/+D/tv+o/9//GQCK/7L/vP/U/+H/xv83ANP/tv/m/+n/5//n/7D/1//S/7T/yf/c/+j/OgDU/5z/nP/j/xAAJAAkABcA8/8aAK//FQDm/+n/6f/i/6X/CwDd/8n/UQDb/+r/6v+y/87/FQA1AOf/HwA7AKv/2v+l/xoAPAAxAMv/6v/e/wkA1P81AOH/FQAXAOL/4P9TABkA6/87AN3/wf+8/+v/JgD+/ygA+/8iAOL/tv9OAA8Azv/K/6X/QwC2/73/s//F/8D/wP81AMH/xP9Y/0IAJgDq/+r/6v8WAN7/FwDZ/8//1v+c/9v/1P/F/+r/6f8lAMf/zf/r/8r/1//c/9b/3//B/+b/AwAPAK7/4//a/9j/3v/A/9X/u//V/+T/SACd//z/zP8RANX/0v+e/yAA/f8tANT/w//r/+j/IQDg/87/w/8VAHD/pP9TANj/yf/B/9H/FACk/43/1P8xAC0AxP85/87/GADT/3P/4P8dAOv/zP/O/zEADv8UANv/FgAdACcAZv8DAEUA5/+3/xYA4f+G/xMArf8hAI//zf8hALr/IQAVAM7/r/8VAPn/OwDq/7v/yv/p/9P/IADJ/8z/6f/K/7v/m//c/+P/yf/s/7r/xP/a/7j/5v+//9n/y//D/xEAUwCD/5z/JgDp/8P/EADH/+P/3f8pAJn/FQAiANT/BwC0/wwAUwDz/+L/e//q/7D/RQDt/67//v/I/xQA4P86AOH/KAAXANn/FgDU/8v/xf/F/zIALAACACMAx/+K/xsA4//g/87/0v8NABgAKAAlABQANAAhACwA4f/m/83/1v/M/+H/wv8VABcA6v/q/+f/GgBAAMj/zv+m/+n/KQATADAA0v/R/9z/FgAxAA8A5v/m/9r/0P/c/5j/1P/q/6n/MgDU/xUALwAUAB8A2/9X/xoAOADf/+D/r/81AOr/4//X/+n/2P+O/9f/2f/q/8j/5v+//+D/GwDO/9X/5P/K/+f/0v+2/+H/3/+v/zQA3f/O/ywAzv/l/5P/JgAmAOn/HwBy/87/3P/a/woA3v85AAEAPAAKAKz/+v/d/+D/wP+3/zsA5v/8/8b/FgDw/z8ARgC1/+r/6v/N/+b/wv+7/7z/JADO/xgAFwDm/+v/x//d/+P/s//Q/4//FQDi/9n/y/83AKH/JgC2/9r/6v8uALv/zv8hALf/xP/q/+f/NwAdABYAFwDD/xcAzv/K/x8ALgAyAFEA4v8hANH/lP+G/87/sf/i/8f/2f/r/yYA5v/U/8H/6/+e/8D/1//l/8L/iv8vAKj/vP+2/0kA4P+//7P/3P/X/9n/w/+j/+L/wP+r/+j/IwA2ABQAyv9oAOj/FQDf/1AA5f/n/+X/0f/r/xoA7P8bAOL/UgDb/8j/0v/g/ycALABo/8z/NQAnALH/5//M/8X/l//U/9X/v/+4/w8A0v+G/7P/sv/A/+D/QwA3ADIALgAIACcAx/81ALv/OAAaABkAyv+f/+r/vv8cABgAxv86AC0AGAApACAAIAAdAE8A4//W/93/IAAsACgAyP/O/+L/DgDA/87/1f+//zwAwP/T/97/9f+6/57/4f/6/+D/JQC//8D///8yALT/6P8qAPb/tf/T/+H/FADq/wMA2/8bALr/SgCb/x0A5P/L/xcA4P88AMv/NAD+/1kAv//f/2kAFgDi/8f/w//o/yoAlv8aAOD/yP/S/zoAJQDh/xUA0/+8/xkAFwCt/+j/3v8ZAC8AJAAmAAoANQDE/yEAGwArAEAArP/n/6z/LAAmAA0AKgC///f/KQDc/+z/LAAHAE8AmQA1ABcAHQDV/8//IAATAMT/FAANALr/7v/Y/9X/IAAZAP//GQAdAOr/TwDy/9j/+v80ANb/cP8UADsAGgDg/6//IwDH/9b/MQBXABgAc/8tAN3/NADm/9v/9v8fAA0AHgAaAMT/TAAuANr/2f+5/+f/5v+v/9v/GgAbABYAIwAjABkA6/8mAB0AsP8QAOD/2f+S/93/IgCO//r/1f/Y/+H/g/96/9z/6f/s/7L/0f/j/8n/vf/1/1gAy//a/77/5P/d/ygA2/+a/xYAPgAcAKn/jP/S/7X/4f82ANz/PQDL/1gA2f+i/x0Awv/k/7L/zv+D/9H/3P/Y/xQA5//p/8n/yf/n/9D/3v8TANL/y//R/wgAx//p/73/u//N/8v/5/+b/7z/6v8EAOn/2//b/7L/PwAbAL//NgAdANL/2v/A/8b/zv8jALr/2//q/+j/5P/g/9f/6/+7/xsA5v+7/7n/g/+9/x8A2f8UAB8ARQDV/yYAHQDq/8P/HgAcACcA4/8UAOb/FQDo/9v/1v8jACMAEgDS/zYAMgDF/9r/b//H/ywA6f/T/z0AFgDS/73/ov8+AN//TwAVAOr/zf/C/93/OgDP/8X/PwDA/6L/yf/R/93/EgDn/+v/z//l/9f/sP/f/+n//P8jANj/pv/e/xQAyv8cADMAYP9HAKv/5P/n/5n/6f/b/7j/zP/n/9D/1/8UACMANADC/4T/x//Y/ycA6f/d/xkAFAAGADkAFQC1/1EAFAAaAKn/CQAVAAcA4f8sABMAFwAYAOb/7f/j/+j/s/9cAPH/7f/M/xQA3P/Y/+X/KADm//j/uv8YACUAOgAOALr/HAAoAHP/xf/s/wgA6P+Q/zAAtP+Z/+n/JQAUADQAwP/r/x8A4P8qAND/5f8aAJL/yf/n/9v/FwCj/9v/5//d/xoA1//H/+f/tP/l/+X/tP/L/7b/5//I/93/1//f/9b/1v/c/+D/4f/D/+n/uf/n/9D/xv/G/7b/4f/I/83/hf+m/zsA1/8cAKP/zP/D/7r/s//U/xsAzf+m/1sAFADk/8f/1//0/xYAqv/m/9X/KQDo/+b/5v+7/8b/Zv+F/xUA3v8cAL3/GQCp/0z/jP+d/xkAMQCv/zsAVgDC//n/sf+8/9L/HQDP/+v/6/9dAPH/1v/P/+f/3f+b/8f/2f/r/6f/VwDe/xMAJgC8/xUAzP/s/8X/6/8cAC0AFAD1/ysAzf/Q/xUAzv/l/8L/JgBGABIA6v/R/8v/rP/I/6z/of8bAMX/0f+j/57/EwAUAMj/GgCI/x4Avv/R//z/6v/z//j/3P/D/9j/m/9BACMA5//g/9H/jf+E/xsAuv+U/8L/KwDD/zUALwAlAHz/9/8nANP/IgBCAFMAJwA8APf/6f9NAKn/2P/8//r/xP+v/xcA5v+6/8//YgCl/wEAJQC7/6b/kv+5/wQAFwBcABYAlP/b/zsAtv8xAP7/4f/A/5j/pv87AEEA9f+4/xIADgD3/0r/2v9XAML//f/V/3D/xv8kAMn/FgC+/+D/9f8SAIr/y//E/7r/DgCg/9T/FQCP/+z/1P/T//b/8f/3//r/z/8bAB8AIgDs/5r/GgCe/5X/sP+s/63/8v8rABsAFQDV/ysAIAAfALv/uf9PAMT/1v+2/6L/y/8JAL3/OwAdADsASQAUAF8Avv/E/7r/oP/s/9P/rP+9/xQANgAVAB8Aw/+7/9r/5f/+/z0AEgAaAEcAMQAEAOT/z/8bAOT/2P9QAPn/QAAUAKT/LADK/+X/0v/Y/9P/BQAEAOb/0/8XANn/HgDr/zQAwf/K/ywAt/8VABQAGADj/8b/FQDj/x0AIADJ/9//IQAIAEMAyv/J/ygA+v/U/8L/IgCv/9b/tP+h/63/o/8HAMj/JQDg/x8AyP+0/xgAJQDq/9r/0P8VAOr/6P/I/87/DQDr/zsA1v/c/+v/IgBfAAUAGQAhADwAFgCm/8//GADU/+H/1/9KACoAvv8AAP3/5v+1/+P/AwBHANf/6v/r//P/FAAJAJT/9P7N/zsAdP/l/xoARgDD/4z/+P8UADQANwApANf/5P8jAOz/PQDT/woA6P/T/xoA4P+x/xQAJgC+/9j/5//i//3/OQDo/zkA5P/r/yoA8f/P/yYAQQDJ/+r/5f8YAM3/KQDq/93/3v/6/+j/JwDr/xUANQDj/8//HgDa/+r/FgAaANr/3v+2/zUA3P9TANT/4v+9/xwAGwDF/yYAMQAUABQA6P+5/9T/nv8hAMr/IQDm/0cAIQDa/+D/eQDk/8X/6P/C/xwAKgDb/8X/MAAwAML/x//G/+f/tv/g/9T/3/8yABQAIQAjACEAFQDZ/+f/LAAKANn/+v+y/+f/PgBDALz/VwDp/xUAPAAYADkADwDR/xwA2f8dACQAIABFAOr/JADZ/xQANwDR/+n/+f8XALn/4P/Z/7r/OwAHANv/MQDl/yEAzf8CABoABgAfABYAGAA+ALz/DAAyAJb/4//J//n/HADV/9z/MwDq/xwA9f/r/+f/FgDk/9X/xf8UAEEA/v8XAAoAwf8nANv/GACt/0YAQQC8/+H/x/8gABQAvf/K/8n/VgDl/z8ABAAkAOj/6/+V/9j/PwDL/xUA4v8lABoALADY/ysALgDo/xUA2v/p/6v/0f+6/6j/NgDG/zEAJADq/9v/sP8gAKv/EQA7ANP/JADE/08AlP/J/53/5v/X/9D/rv/W/yQA1v+q/+L/sv/F/xQAFAD6/7j/2/8SAJH/xP+e/9f/2P+R/77/1f/e/8v/y/8UACQAKgBCAOf/IAATABYAy//Z/+D/5//E/7n/2v/U/w4A1P8ZAOv/yf/n/6//vv/p/9n/BgAYACoA6//m/+L/FwDr/+D/MgDa/8n/KgDg//H/NgDj/+T/KgDc/+H/MwDr/+n/1//+/5//0P8XAN3/ov+9/93/wf+v/8T/RgAyAFT/LwDl/+D/KwAmAAUACQDJ/7z/FAAjABQAXwAZABYAyf8UAO3/x/8IACcAAwAWAHT/PgDr/0AARv/9/9H/p//9/xwA5P+m/+f/zP/C/x8Atv+2/0gAJACy/+b/xP+5/3L/WP/k//L/sP+s/ycA4/+K/wkAFAAlAPr/0P+Y/1MAFAAiABUAGQDk/zcA6f/9/xoA6//j/xoA6//J/z4AEgDT/+D/FQDl/+X/4/8UAOX/5f8uABgAFwCM/ycAz/8VAN3/OQDV/97/w/9aAFQA8v+l/zEAJQCc/yUAMAA9ADoAMgAXABsALQAbAB8AMgAsAC8A2v+2/9L/GwAzACsAGgAiADUAQwAYABgARwA4AC8APAAhAOH/FwAXAEQAwv8YAC0Acf8bAMr/yP+2/63/GwDO/8f/l/+O//7/GADo/xYATwDi/zoAGADE/y4A2P8dAOv/NwDA/yMALgApAOz/MQAmAFMAtv9EADcA2f/B/+v/6//Z/9T/IADJ/8r/UAB7/+L/yf/n//H/x/+c/7D/s//N/8T/4v+d/93/1f8JAGD/xP9AADIAsP8eANT/IQAfAOj/6f89ABoAwv+3/8f/2//N/67/wP+//+j/FADF/9f/0//A/9j/NAA9AMv/GQDm/x0A4P/q/xQAOADl/yYAvf8bANH/1f/Q/+H/6v81ADkA6P8fAOj/lP/9/0oAIQD8/8z/FwB6/9j/0v/P/+v/u/8fANT/2P8UAM3/2/8iABQA3//b/8//6v8ZAB4AFADc/7f/FAAxAAkA2//r/6n/2v8cABoA6v8jANf/2//B/+n/0f/K/+z/5//I/xwAGwDP/7r/wv/G/+f/xP/Q/xwAGwCs/8b/5f/G/6T/2//Z/+v/+P/R/9D/XQDS/77/yv+g/+X/zP/A/9r/w/8SAOf/HADe/7z/y/8lAJ3/HQCx/7L/w//V/xQAsv9+/9b/sP/V/83/0v+y/9L/wf+8/xIAuf/L/93/6f/h/+n/GQCS/zAAFADf/wAAAwDh/+n/PgA1AC8AKgDZ/w0Ax//Z/wYASwA4AM7/5f8qALz/2v8BAOr/AgAXABQAHwA5ABQAOQA5AM7/6P/j/8P/4f8UADMAyP9EAOv/3f8mACkAIQCz/6T/Uf8/AKz/NwC+/6L/o//+/1kAxf9AAB0A5f/j/6n/NgBGACMA3P/U/0AAo//c/+f/2//r/8T/VQA1APv/+f/g/9L/FwDe/+j/t//U/8j/HwDe/zQApf9DACQARQApABYAFAAXANf/FwBVAFUA5P8LALz/5P/O/8r/SgAKAEcASgAeACMAMQBTACYALwBBALz/u//h/+D/IAAbANX/6f/5/8j//P/P/z4AEwAeAK3/qf8vANb/u/8UAN//2v/J/+n/DAArAOX/xv8hAP7/vv9z/0kA4v+0/7f/NwC5/xQA2//g/+r/3v81ACAA2v/S/3b/y/8HAL7/QwDR/5z/LwAOAGH/2/8pANj/3P85ACAANwD+/y8APQAxADkA0/+v/yQA5P/j/8X/4f/j/+T/4v8cADYAHAAYANv/sv/I//P/0v9dAEAAzv/h/7//1P+z/z8ANgAkALz/VADF/9P/NwDe/x4A1//o/0cA5P+3/9P/4v/S/0UAs//R/77/5f/h/9X/IwC6/yUArf/i//f/2v8WAN3/FAA5ACUAvv/8/x8AQgDk/+T/IwAqADYAuf/B/00AzP+p/xQA+/8zANv/LwAYADgAFAAJANb/sf/m/8r/kv8DACMAIwDM/1YAsf8lAOL/5f81AJr/5/+l/93/RwCm/00A5f/l/7r/EADe/7L/AQA1ABgAIAA5AJ//6/8pANP/tP/x/9H//P/1/10A4f+v/+j/wv/b/7v/wP8iAPH/0/86AOb/x//S/9n/3f/v/xsA2/8RAB4A/v81AAAA9f9HAOn/uP/p/+v/FwDp/x4A6//g/7z/1//D/+v/x//L//X/x//m/9P/w//P/7T/1f/T/8n/z//F/9L/6f/k/87/z//r/9X/wf/M/87/5//J/9v/0P+9/yQAuf/v/8v/y//g/8T/8f8LACAAu//P/9D/p/8UANn/r/8PAKD/6//p/8H/KgDV/+r/1/+c/+T/z//A/5r/GgDJ/87/5v/g/+j/5v/T/xkAuv++/9//5//+/8b/3//J/8H/2/+x/xoA1P8DAOT/6v+F/4n/5f+A/0YAyv8UAFsA1/+P/0YArP+//7X/n/8SAM7/HQDV/+r/tP/O/93/6//j/8z/NgAPAHIA3f/+/57/vP/D/+n/1/+9/yAAFgAbAK//FADM/7r/GQATAMD/0P8NAB4Ar/86ACgACwDe/+H/5//n/8v/oP8SAB0AFADJ/9f/5//n/8z/NQACAOL/yf8SAOj/HwAzAOf/zf+s/9D/FQD1/9X/FgDo/9n/wf/u/4j/FwBF/4cAsP8gABQA5v/d/ygA2P8iADz/zf/U/3b/KgA9ADUAu/8jALL/4f/M/yMA4v/x/xYAKQC8/8b/5f/K//3/qv8jAAcAKgC7/xQAOAAhAOj/FADp/xQAzv8AAOH/5f/M/8T/y/8hAPP/2P/m/83/4v8XAAkAGADA/8D/u//E//b/tv/r/+b/5P8xAKr/xP8bAG3/tf+o/7P/WwDR/+n/i/+8/3v/BwCV/9T/yf/G/8z/g/9FAJ//MAC7/40A0P/D/2D/kf92/6r/Xf+N/yT/PQCu/y0AKQAeAN//y/9PAKT/4P9//+n/7f+f/xEArf8VAIr/HQAPAAwAR/+x/+D/FAAWALX/PwA3ABgAW/9qALz/BwAxAB0Aef/i/xj/gv+4/9f/zf/W/yb/vP9GAMP/kf+p/6//KP+6/zAAxf/A/ywA4//7/qj/AwBZACD/hf/J/5P/zP+2/6n/lv+8/zsAiv+P/0gAOABg/7D/vf/E/yEAHQBEAMD/kP8IAFcAu/+u/5z/LAA8/7//o/8gALD/vv+n/xgAo/9o/8n/PgAbAD8AvP+v/5b/MAC6/63/wP+8/77/YP9VACAAyf/l/+T/DgAiANr/TgDh/5IA4/9L/8r/BABt/6b/IAA0APD/oP/J/7P/jP+s/6X/rP+1/9L/OwBN/4X/1/82AMH/r/9CAEoAPgAJAKH/rv+4/3L/OwAhADQArf/E/7X/6f+j//b/IQBdAKL/NgAJADIAgv+f/wkAKAA4AGj/gf94/+H/xv8SAL7/v/9g/xUAuv/J/8X/JwDA/8X/GgDg/3L/nf/2/+D/Xf/j/uj/OADJ/53/fv+BAOD/mP9n/7P/8P+7/8P/5P8cALz/gv+s/5H/l/+6/0YA0f+y/xQAxP8UAMb/mv+n/yIAS//S/+j/gACj/1X/4P8vADsALP+m/4f/aP99/4b/mv/i/77/4P/m/97/2//1/6X/g/+a/zcAXf+V/+f/p//Q/8X/DADg/x8AfQCQ/8f/hv/i/4n/ff8tACUAvv+D/47/Uf+o/77/x/+5/6//t/9f/zIAEwAOALj/9f+Z/wYAov9AAMD/MgDS/6L/sv+P/6b/RAC//9H/sP+D/7v/z/+l/zYAv/+t/7D/k/+//////v/H/1X/tP+U/y0A0/8yAEIAGgB8/9T/JwAtALP/0P+r/5H/YQB3AOf/6/9V/7T/xf+t//H/ov82AAwAff8KANz/zv+e/6D/uf9+/8v/UQBdAGP/FwC1/yMArP93/7v/DQDO/zUAlP/1/3j/Kv/7/87/qv83AKT/w/+E/83/nv9v/9f/lP+g/4//MABZ/zkAjf+a/53/fv/J/6b/e/+5/7D/CgCo/y8Aq/+J/8H/l/8IAMP/1v+e/yAApf/g/+b/lv/h/9j/2/+X/4f/g/9n/6v/NABMAN//KACQ/6L/Tf/q/7H/1P+y/4v/EgDH/7f/0f/i/7X/s//a/wIAsf8xALz/CQD+/7n/m/8mAD0Ad/8+AAX/c/8R/6P/p/+O/+X/uv+u/wUAAADQ/8n/sP+T/3L/zv/M/8L/jf91/yQAvv+r/4j/c/+I/3r/lf8s/7L/wP/m/5n/v/9e/57/MgCb/x0AFwCG/xwAuf+z/+z/DwDQ/4D/X/+6/5f/Vv+r/3P/ev/p/77/hv/A/xgAv/+u/7//mv++/zYAbv+n/6T/fP+R/xAAmf+4/4T/FgDl/0AAwv8vALL/tv/x/83/zP9TAJ7/KADY/xIAk//m/yIA1P+t/6j/uP9QAAgA9v8mALz/FADK/9//vf+//7z/xv/Z/jIAi/+o/3//IQCs/67/uf8GAIX/s//a/6b/5f8IAIf/Tv/R/i4A8v+Q/+j/LwA5AB8AAADP/ykALADW/6H/0P+U//X/6v9z/4b/t/8UAO//OADe/wj/cv+X/xgA/f9KAEoASgAjALH/i//P/08Ajf+x/+T/KACc/7r/vP/K/5r/UgCu/nz/yv+c/wUAcgCe/73/AgC4/zIAHAC9//7/CwC5/8T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAK3/GQDG/4L/lv/o/98AoQAMACsA6P/j/2P/qf+2/wMAVQCQ/kwAlQCT/2kAKABo/xAArv8YAHv/HAAXAAIA5//f/9H/4f/l/1MA2/8mANH/1P8eABQAtf8EAC4A5//C/9j/DQBrAAkA2P8kAPr/KADT/+z/HQDc/8n/5/8bACwAfv/P/+f/8P8YAKn/wv9kAJb/of/a/xcAFgA+APD/zv/U/+f/p/9a/0YA1f/r/+D/GgDV/4b/RwBRAOv/zP9aACYA1f8ZAOn/m/+w/x8Aj//S/9H/5v/c/+T/LAAXANL/0//B/+P/5P80AN7/df8fAOT/2v/T/yIArf/g/+b/g/9QAMv/0//4/7j///8dABsAtv/n/97/GwAXANn/0//2/xYA2v8EAHH/zf+c/xQA5//r/xQAFAD2/0gA3P/C/7X/AAASAEsA6//3/8b/q/9QAE8AEABFANb/g/8wAMj/DQD+/yQAFwDg/+X/GQDT/6j/uf/q/9b/5f/W/zsAvf/9/7f/w//R/yMAFgAlALb/LQAWABQAvP+f/yAAIQA2AOv/FADl/83/0//K/6n///9n/wcA2v/k/0cAvP/U/y0ABQAwABQAnP+I/+P/z//O/+T/z//C/8j/NAAiANf/TQC//w4Atf/T/x8A4P/f/9//FgAmAOH/GQAZAN//z/8cAA8A0f/o/8T/4v+e/8r/4P/d/7z/ZADz//L/+v/I/7//of/B/8r/FgDy/zAA4v+6/x8AVwDf/0wA4P8rAMz/8v/q/zcAov/f/+f/+P/h/5r/GQANAHYA3v9MAN//q/8kABYAGgAyADwAzv/f/+D/tv8ZACgAQQCn/xsAhQCm/xwA4f/W/8b/HADV/6v/6////+v/6f8mAOr/GQDX/6X/1P+w/7v/k/8VAOP/sP/J//D/vP8IANL/FgArAK7/1P/h/yQASADw/9j/9f9w/zgA5v8jAB4A5v8UAPz/2/8LAOD/qf8lAMb/+f/g/8j/2v8JAM7/4/+Y/xMAPwDV/8//NwATABsADwDG/+X/vP8bAB0Apv8ZANj/4f/f/6//IwAQAOr/u//g/+H/sv/Y/+f/TwDN////dP8PALH/qP+9/+X/z/8UAOf/3//m/ycANwDR//7/KwBRALX/PwCEAC4A2f8XABkAJwAYAF3/IwAsALL/KACI/wAA0P/q/zgAxv8aALn/j/9fAOv/PwDn/zEAGQCw/9H/4P8wADMA4P/Q/+H/0f/A/ysAzP/B/9f/w//y/xkAQACz/+r/6/8cAMf/CwD5/+b/4v8lABsA9//b/8H/ov8AAOb/NQC9/00AtP/C/+P/2P8EAOL/hP8DANH/y//+/yIAxf/3//H/xv/Y/xsA7/8VALD///+q/+f/NgAmAM//Yf9BAAoAoP84AKH/fP+R/9H/6P8cAMr/EwD2/8f/v/8bAMv/UQAhACIAMgAPAOf/vP/R//L/FgAwAOT/2P8jAKH/TQD8/zAAvP+S/6D/y//g/w8AFgADAOv/OwBDAPL/zP/P/9//yf8NAC8AAwBbAJ//mv/M/83/4//Z/ysAsP/U/ywA2/9EAOL/HAAfAAsA0v8DAKP/ev/3/xQAEQDY/ysAMgD6/8z/1P/C/yoACgAbAOX/+P+5/73/GwAJAMD/+P+j/93/1P9wAOX/z//M/7z/PwBAACcAKgAjANz/mv9k//b/zf+6/7z/TAA7AAIA/P/n/6n/s//P/1sAdP8VAKj///+4/wgA3/+3/47/w/9EAN//6/8FAC8AxP8kANH/7/8IAJD/4P+8/ysA/v8QABQA3v8rAHMACgCv/9L/e/+o/08ArP/F/9D//P/l/w8Axf8KAOH/UADW/7z/5P/h/xEA8/9g//X/+/8gAOr/OADZ/+3/IgATANj///9CAK7/6f/Y/5j/u//p/5r/AgDs//D/zv/p/ycAv//P/7//3v8EAAcA3/8gALD/2v/g/yYA4f8dANr/4f8AACwA4//M/7n/vv8NAMT/vP+//8j/xP/B/+b/DQCn/yAA6/++/8P/tv+p/woAy/8EAOj/VADq/8v/7P8AAML/xP81AD4ATAC//9H/yv/S/9z/rv96/8D/tf8wAMv/yf/r/87/2P8lAPT/yP8ZACMAof8vAHr/MQAJADsAEQAcACEAvf8yAI//+//8/8D/p/8RAPv/LQDg//7/HQDU//T/IgDm/zIAtf+n/7X/yP/V/1MArf/f/zIALAAFAPj/rf/A/6z/sP8ZANf/uf/W/+v/yv+8/77/yf/s/8v/FgDi/zIAWADb/xkAzf9qACwA8v86ALz/i/+q//P/wf+8/63/9/+//+L///9dAB8A5//w/5//qf/i/y8ADQCh/+n/q//S/zYA5v/q/8j/3f/r/8v/yv/T//T/SwCt/zIA/v/e/zAA+v/H/8b/2P/F/8D/AgAaABQA3P+i/wIALv/A/+f/2v8/ABQAHgCJ/4//MgDK/wQAAwAcAOj/GAAHAP3/pv+a/y8Azf8vAMD/w/8dABQADQAYAAgABgA0ABsALwAzAOz/NQDg/7T/KgAmAEwA4f8WANv/1//F/+L/7P/+/8//9f/+/53/PwAYADEAvv8UAOf/2/8DAAYABwAgAMn/3v+Q/x8A3/+S//r/5v+j/6n/mP///zsAFwD9/8n/2//B/5b/0P9oABIAGwDh/2P/TQC3/9f/5f+v/+b/0P/p/yEA6f/3/2z/y/+u/6X/7P9MABUAOAAaACwATQBsABUAxv/L/73/vf8wAEkAFwBsAKr/0f/n/6L/xP/+/77/0P8bAJ//0P/b/9z/NgCw/xEAPgCk/6L/v/+3/9f/vf8SAA8AVQDx/58ALADe/4r/u/+9/8v/z/+t/9L/yv9xALT/LgDL/9H/DwD0/9j/8/9HAOr/vP+9/0QAUQDk/9z/2f8AADcAw//m/yIAtf8ZAMP/3f8aABcAxf+S/9r/GgDg/y0A6f+T/6H/4//1//D/v//E/zUAYQCi/8L/4v85AOf/NADm/6sA1P/c/9P/NQD9/8X/6P/g/+v/0P/z/9z/QABGAN7/wv/a//3/2f8UADgAtv/X/7j/kv+5/63/xv+o/1D/1f80AAEAIgAOAOb/tv+i/6X/r/+z/ycALACC/zcA2v9g/9H/KgDC/00A2//o/9v/2P/g/6z/xf8NACoAHQDj/wEA/v/c/ycAwP/O/9L/tf83ABUAxf/5/7j/xP8fAPb/FQDe/6//9f/j/xAAFwDk/8L/UAAvAP3/MAAyADsA4P8xAAQAZgDf/xUA+P/k/xQA4P/h/yAATgCC/xYA6f8LAIn/0v/A/9r/6v8FAOP/pv8MALL/p//B/9L/0v/H/7X/vv8VABUAFQBfAL//yf8oABoAt//r/9L/UQAZAPX/6f9NAMD/2v8yAPz/pf9+/+v/DABWAAUAr/+g/zEAr/8yAOv/x//i/83/zP/E/+D/7P8OAOT/KADT/z8AFAC+/27/EADk/wkAMQA0AOj//f/O/8f/BwA/AO//HACt/8j/x/++//X/5/8CAM7/uv+//zIA4f8rAP7/NgAeAOv/5P/W/x0AKADI/xwA0P8XACEA3f/e/+v/FADl/67/6/8yAKL/RgDQ/7//HwDJ/9j/x//H/wEAn/8dAOP/TQDd/8L/vP/t/+H/MwAKANn/FQBWACIA3//W/ysANgDg/yEAqv/A/20AuP/K/5b/DwASALT/DwDi/1EADQDa/z//tv/S/9b/6//f/xcA2v/q/1EABQAnACEAp//g/x0A6/9AAOz/MwA4ABQAJAD0/8v/xf8FAOD/2//g/7j/LQDN/wQAJAAcAOL/sv8EAEYA2/82AN//OgArAN3/6f/0/6H/QgDJ/6n/Q/8XAOP/vf/U/xQAAADD/+n/qf8aAJf/AQADANn/jP+f/yEAqf8FACIA/v98/77/2v+4/+f/4P+O/xgA3P9DACgAKgAUAAEA3v8nADcAGADc/+r/EAAaAM7/yP8BAKP/q/8HAMn/kv9M/zoA6/8VAL3/IgA1ANL/OgDZ/zcA4P/O/73/w/8NADkAhP8XAOP/KQD6/9//6//h/+n/EQDS/8D/CABEAMX/vf+i/9L/DgAaAKv/FAAtAMD/GQAlAMr/DADC/yUA7/8CALP/sv/Z/9///f8ZAOL/LwCl/5P/UwDH/ywA7//V/3X/qv8PAPn/wf88ABwA2/+0/8v/t/8JAOr/r//i//3/6/+g/87/lf/i//j/y/+N/9z//v+X/93/2/8ZAMP/IgCl//3/KAAPAOj/FAAaAD0A1v/F/xsA/v/p//b/l/9HALn/3//4/yQA7P/h/6X/IQAyADMAGAAkAKUA4/9OAL3/IwCU/9v/CQAHAKD/DgArAAkAz/8nAMH/sv8bABQAFAAaANL/qf/L/9v/QwAjAJ//zP8ZABUAzP/M/3//9/8cAAcAw/+w/wYAJQDe//f/WgDU/9D/0v/E/ysA6/+6//f/z/8WAOb/uf8NADQAoP/V/8f/uP8qAF//9f/n/xQAEwDa/8L/RQB/ABcAKQAVADIA5f/B/zsA2P8xAAcAHQC9//L/FQDR/5z/2v/t/9f/vf/l/87/HwDN//H/4f/u/93/GQD8/6z/vf8SANv/wv/1/83/yP8HAKT/BgDm/7H/wv+x//v/OwDk//L/FgATAML/0P/2/8L/3v++////FgD5/9f/xP+y/7D/2P9JANP/WAARAOH/HwA0AM7/lf+7/yQAAAAoAOf/CgDN/+r/1v/k/9z/2//o/9r/w//p/9n/zP/r/+j/6/+f/9b/k/+t/8H/3P/1/0AA6P9AAMn/9v/Y/9n/v//0/w4ADADV/yQAXABTAEMAFQDh/+H/tP/X/53/vf8UAMn/v/+t/8b/3v8gAB4ADgATANH/zv/g/wsAPgC1/0EA7/8KALP/3/8VAPb/NwDT//j/LQDn/xoA5v8gAK//m//x/zYAyP/S/0YADQDZ/+D/AQDw/3X/0P+T/73/HgBGAK3/pwDL/+L/n/8qANP/5/8yAKL/t/+l/6v/JwAAANj/ov/q/xUAtv8ZAOb/2P/K/zUA5/8bAB0A5v+9/9H/GQBAAKb/cQAoABUAFAAaAOP/ov8YANX/zf/j/8v/iP+0/xwA2f/x/8b/5/8bANv/BAAUAOv/fv/P/6j/rf8uAAcAGADe/+j/HwDr/7D/2P8KAL//4v/H/93/1v84ACcAJgCY/wMAtP/d/8r/6/+o/6f/z/+H/+D/Rf+HAN7/4f9KABoAQADl/wkA5//R/ykADwDA/y0AMQAZACYACQDn/9P/xf9UACMAKwAhABoAGgAaABoAGACs/8z/vv/h/zUAEgCq/8j/1//N/18AGgDU/7b/x/98/xEA4/+i/wYA3v9SAK//2//Z/9z//P8lAOz/MwCn/+T/x//H/zIAo/9UAKD/KQCF/wMAiv8SAKj/LQCn/wIAtf/Q/+v/JQBu/77/5v/f/8b/JQAWAPX/z/+l/8D/JADU/5n/AQDi/7P/x//G/8f/QADI/yIA4v/L//n/UQAwADAAMAAUABwAKgA6AAMAHgDc/+T/q//U/8//vP8pAPj/r//s/9b/6P/o/xgACQAvANr/wv+D/6z/FgDc/+P/CADj/3f/BADn/+r/1/+n/6D/CQDx/+//FAAtAB4A2/8GAMH/tP+m/9L/CQAdAAsA4P86AN3/AwDq/7n/JQDf/xIAwf8PANX/u//b/wEA6//l/8D/yP/J/04AxP/4/7b/4v85ABQAJQAgACAAyv/n/zkAm//i//b/wf8fAMv/MQAWALb/7f+1/xcAQwBLALf/OAAXAMT/w//f/7r/m/8TALz/4v8iAM3/HgDh/+H/n/+W/6b/k//X/33/y//H//f/HwDV/8D/rf8SAND/4f/p/y0ALwD//7L/sf86AOP/2f+y/wcAzv/8/yoAoP8xAML/wv+b/67///+r/6r/lP+6/zYAJQCb/8//GgDf/xIAkf9r/wQA6/+R/93/BwAMAMr/5f8tALf/z//+/wgA6f8yADIAIACa/9D/5/8BABwA6P+f/9n/BAAcAEIACgDp/yYANADM/7v/HwATANj/NQDL/xoA1P8HAO7/nP/K/yEAuv8kALn/4P9FAL3/yv/S/+7/HgCw/xEAl/8dAOn/9f+0/9f/sf/p/6H/sP+8/yYASQDB//7/Yv/p/+//+v+A//j/9v8jAMn/3P80AKr/5v8aADIA6P8LALb/9P/z//v/x//t/xoALQDs/6j/rf9cAP7/FQD8/xQAlP/E/+X/3//x/wEAtP8IABsA4P/q/73/nv/j/+n/HAAUAMD/5f+P/+X/9//S/87/nv89AAoA0f+w/xMAFQDr/xQA6f8MANj/4P/2/+D/wP/k/5n/8P/N/7T/OAD7/9v/BgATAAAAsv+x/9v/5v/D/+H/2P/a/63/BgDG/xwAyf8LAN//6P/1/9T/vv/n/8D/IgA0ADQA6f/p/yQAKwCd/7b/5f+7//b/DABUALT/p/8rAJf/xv+Y/zUA4f8eANP/QACf/xQAHQAaAMT/zP/I/+r/1/9aABcA7//r//3/DQD3/xQA5v/a/8X/GAAeAMj/EQCCAB4AIwDh/yAA6v8dANv/yf/U/9T/4f8UALz/s////8L/IQDc/zoA+v+s/xsAcgAaAAwAEwAAAOr/lP/n/6v/AACr/wMAMQC2/zsAOgDR/xoAsP8jACAAGADW/yUA1f+S/8L/4/8zAB8AIQDm/xkA2//e/9P/AQDk/8//zf/T/zkA1P/j/63/oP/y/yYAUAD9/9v/AgDS/zYAs/+p/93/BQAKADYAHABBABMA2v8VAOP/BgDK/ycAvf+e/7r/s/8FAHP/1P/h/+r/0/+f/wIAJgDK/+7/3f/d/xMAIgCp/9H/kv8VAM//y/8PAAMAHgAJAC0AvP/q/97/CQCz/xYAQgCb/5v/vP/L/5f/3f8gANr/FwAoAAYAPAC2/+L/EQD1/8H/FQANAM//5/8NAPz/YQDn/7f//v/f/xUA4P/W//v/u/9w/8v/2f+4/8z/w/8UACUAFAA0AAUAQADh/8n/4f/h/5b/2P+m/zUAHwDq/+3/5/8aAL3/QABQAJj/rf/D/9H/MQDz//X/CAD8/5X/FgCw/+7/5v/Y/+j/HADG/8r/EgDS/xUAFQAOAA0A/P/n/5z/rv9J/6//pv8TAKz/HwDj/yYAcv/O/xEAzP/U/9//5//7/+D/FgDa/wwAoP/Q/47/UAC7/3z/EgAcALD/FwDR/77/GQAbAMf/3f/j/7P/0P/A/+T/LAARAAEAiv/m/+//x//U/8r/vP+2/0kAov/W/+j/HwD8/xoA/P8WAPb/KwDD/5P/NAAvAOf/2f/M/8X/6//o/7L/DgDd/1gAGgDg/+H/HAAYAMb/OgAIAGUAr//z/ykAIAC2/yAA5v+9/w8A1v/d/+b/IwAsANX/y/++/7//PACk/7j/tv+K/9H/sv/6/87/JQDN/5r/IwAGADIAKADZ/6j/5f8ZALH/tP8DANX/GwA8AJv/BgAgALX/AQDf/wAAy/8tAAgAUwAWADoAzv+c/9n/6P/k/1sATgBSAM3/AADB/wMAxv/4/wUAUQABAND/HgAfAB0Auv82AMT/EACy/xQAIQDV/9D/d/+9/y4A8//D/5r/5f/a/xYAPgDl/7H/tv/L/37/3f/X/xQAEQDB/x8A9P8CACEAnP8UALv///+f/77/nv8JACMAoP/I/7n/1P/1/xYAt//I/73/zv+u/wkAuf+c/9r/vP85AFX/xf8QADkAp//q/8P/TQAPAKP/IwAxAPL/5v/u/wsAEgDS/xEAKADN/27/NADp/6f/rP80ALP/hf/l/0gAEgAVABoAwP8QANX/zP/9/9H/w//X/+z/sf+///z/DQC1/xwADwDK/2YA0v+Z/+b/JgAVAMf/+P90/8f/DgCq/6T/OgDJ/+f/2/8XAKP/2//n/93/GgDX/8f/5/+0/+X/5f+0/8v/ef8oANP/Zf/E//r/6/+P/3L/1P8IABEAQwDz/wMAwv/5/7j/2P8XAOv/6/8KAEAADADJ/3b/5//a/1cA7f8gAMz////F/4T/HACu/0cA1P8wABQACQA9AGkAuf8uACIAzf/J/9j/EAC+/w8AVADg//X/uP/9/4r/sv+6/w4AoP/A/9T/+v8VAIn/7P/U/9P/8f/C/y4A0f/3//r/z/8XABcAHACU/63/GwDg/8b/NgAOALL/WgCX/+X//v9OAFMABAAkABQA2v/5/8P/g//0/+X/wP+8/9H/AADe/x4AAgDc/3r/RAC5/6n/FADV/9z/eQDQ/1MAxP/H/+P/vf/c/6r/4P+m/xMAv/8sAAcALADG/4r/1f+j/8T/lf8nAAQADgDD/5j/y//c/77/9P83AOD/t/8DAPP/o/+s/zEAwf+L/6T/sf+k/1gAj//m/yAAHAC5/5H/5//D//L/5/8OAOn/4f+H//r/GAAKACoA4v8LAOH/0/8xAKr/0v8ZABgAs//M/8T/LwAyAFX/5f8vAB8AzP8XADQABQDG/x4AKQD//9H/1//g/8f/sv/m/+v/+/8VACMAGQA3ALn/5P+v/+P/FAAGAOX/5f8AAMP/WgAYAFEAVADy//f/z/9LAHgARACz/0AA2v9rABUAEgA5AMD/+//j/xAAwv+//87/x/8cAD8A4v81AOf/OgAYAMT/LgCw/8//HQDV/zcAMAAxACkABAAtADYARAA5ABoAzf80AMX/y/+0/83/1P8lAAsADwCG/8H/FADr/7z/xP/J/9P/RgBy/xkAJwAfAMr/IwARABYAEADH/+j/6/+7/+P/rP/M/9T/wf/r/xkA9v8vAM//u//O/xwAzv/b/6//2f/5/9n/+v+x/7L/0f9+/9b/iv+q/8D/nP8RAJv/t/+8/8P/l//u////JgAaAC8Azv8nAAYAOQACADkAvf85AOj/0f/i/xgAGwAPAMb/DAD2/zMAiP9EAIj/of8RADwAKACV/wkA7P/v/9H/VQBCAE0AMgAgAMn/HgDw//n//v/K/4j/vf/y//z/5P8WAP3/vP/b/xQAzv8sACoAWQDk/+H/AgAUAK3/xP/f/8P/6f9bAFUACwCt/xkALADU/6//EgCt/6r/2f8QANz/QADm/6//tf+z/yoANgAgACgA1/9IAJf/w//k/3z/b//i/0cA1P8xAPn/AADO/6b/5v/g/7//2f/h/7z/4v/l/zUAKADl/7r/1P/e/8v/IwDZ/wQA6f8xABoA8f/W/1v/z//X/37/PgDl/0kASQDr/8z/HwBYAPL/1/8EAPj/vP+x/wcApP8EACoAGwAAAMv/KADd/x0AFAC1//v/6f+v/wkAuP8fAN7/wf8yABQA5//N/7f/w/8VAPX/u/+s/6b/FwDn//v/hv+d/+n/4P8oAOP/DwAPAOr//f/i/zIAvv+7/7P/zP/i/7b/xv/D/zEA',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-64, -32, 33, -12, -35, -77, 5, -42],
    classWeights: '7f/X/yAA8v/F/w8Av/+y/+n/JwDY/+v/AADQ/97/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO7/7f/s/9j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/wcA6v/s/+z/6/8AAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/8f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf/4/7//vf/B/zAA2P+l/+z/FADs/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA9P8AAAAAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/yYA2P/v/+X/2v/c/9r/1v8qANr/5f/X/+X/1v/h/xUA6//s//v/7P/s/+v/6v8UAOz/9f/y//f/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f84AMv/1//h/9H/yf/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7/8AAOz/6v/j//v/HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/AADk/9//4f/s/+D/FADu//j/AAAAAPf/7v/y/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAPD/7P/2/wAA7P/s/xUA6v/2/+z/6f/v/+z/6//s/+z/7P/r/xQA7P/O/+P/4//P/xEA4f/B/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOr/7P/y//r/9v8UAO3/7P8AAAAAAAAAAAAAAAAAAAAA7f/u//P/AADs/+z/7P8UAOb/6f8hAOH/6P8AANX/2f/4/wAA9v8AAAAA5/8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+r/6P/s/+v/6/8XAOn/GgDi/+j/5f/d/+n/4//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/1P/g/+L/1/8AAN7/7P/s/+z/6//s/+z/FADs/8n/tP/F/xQAz//c/wgA3P8AAAAAAAAAAAAAAAAAAAAA3//Y/+P/4P/k/+P/4P8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAAAA6//u/wAA2P8TAOj/2f/h/+n/AADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAADZ/+r/7f/x//D/3f8pAOv/7v/v/+z/9v8AAO//FAAAAPH/GADs/+L/6P/r/9//6v8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/xQA7f/2//X/AADk/+z/5//s//D/7f/5/wAAAAAVAPf/1v/C/9P/3f/a/8P/z/9EAAAAAAAAAAAAAAAAAAAAAADw/+L/+//6/9b/7P/r/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPf/AAAAAAAA7P/q//j/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/q/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/j/xoA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7f/w//T/8f/s/xYA7//s/x4A6P/3//X/7v/m//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9v/AADY/9b/DgDW/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+7/5f/7/wAAGgDs//H/7v/u//L/+v/r//T/8f8XAOz/8f/t/+//7P/s/+z/FADt//b/AAAAAAAAFAD0/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs//P/AAAAAAAA9f8UAO7/7P/s/+z/7P/s/+v/7P8UAMX/3v/h/7//1v/s/wkAAADt//X/7v8AAAAA7P8UAPH/6P/r/+v/6f/o/+z/FwDt/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/w/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACcA3f/L/6X/tf+0//f/r//s/xQAAAAAAPD/7P/2/wAAo//f/7v/9/+l/43/LQC5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/t/+z/AAAUAOz/7P8KAL//0f8TAMz/1v/T/87/AAAAAAAAAAAAAAAAAAAAANP/EQDG/87/z/8LAPr/z/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//+f8AAAAAAAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAv/8rALX/wP/R/+X/5P/O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/d/9n/9v/y/9v/LwD6/+z/7f/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//y/+z/AAAUAAAAAAAAAAAAAAAAAAAAAACv/wAAxf/M/+D/CwDP/+n/AAAAAAAAAAAAAAAAAAAAAOv/FgDq/+r/7P/s/+n/6//l/zsAyv/S/87/4v/H/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7f/4/wAAAADv/xQA8v/d/+f/6f/W/9r/6P8fAN3/pf/k/7f/yv/V/7P/JgDA/wAAAAAAAAAAAAAAAAAAAADr/+z/6//s/+z/FADs/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAACwDr/+n/FADr//v/7P/s/+v/AAAAABQAAAAAAOz/+f8AAOb/0P/c/9L/4f/T/7v/LADs/+z/AAAAABQA7P/s/+3/2//j/+r/6//f/9n/IwDf/9f/vv8nAMn/vv/W/8//DgAAAAAAFAAAAAAA7P/5/wAAGQAAAAAAAAAAAOn/AAD3/+z/7P/t//n/FADu/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/t//D/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+H/5P/n/+X/HQDk/97/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/r/+v/7P/s/xQA6P/p/+3/7P/s/+z/AAAAAAAAAAAAAPb/AAALANr/6P8GAMP/0v/k/+j/EwDl/+L/4f/3/xcA6//r/9r/AAAAAAAAAAAAAAAAAAAAABAA1v/p/+v/AAALAOH/s//6//n/8f8AAAAAEwDu//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI/9b/+P/S/7X/FwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/FADi/+3/7//y/+n/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/n/wAA8f/q/wwAxv/b/xMAAAAAAAAAAADt/+7/9f8AAAAAAAAAAAAAAAAAAAAA+f8XAOv/AAAAAAAA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/+7/AAAAAAAA9/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA7P/k/wAA6//g/9j/6v/T/9X/AADg/+j/0/8AANT/7f/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD7/xQA7f/4//P/+//t/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/8//CgDL/+j/IQDr/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7f/s/+z/7P8UAOr/4v/r/+T/5//r/+r/FgAAAAAAAAAAAAAAAAAAAAAA4P/Z/xoA4//c/+r/3//b/+z/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/4/wAAAAD3/+7/8v8UAAAAAAAAAAAAAAAAAAAAAADr/9j/6/8nAOb/2P/Y/9j/AAAAAAAAAAAAAAAAAAAAANT/EwDU/83/5P/r/wAA6v8AAAAAAAAAAAAAAAAAAAAA5P/G/9P/yf/k/+n/GADo/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/7P/s/+z/FADs/+z/FADs/+z/6v/s/+z/4f/Z/+L/2P8AAN7/FADf/9r/zf/N/93/MgDb/83/0/8AAAAAAAAAAAAAAAAAAAAAAADl//v/AAAaAPP/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xIA+P8UAPH/2P/s/+z/AAAAAAAAAAAAAPn/DAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/q/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+f/7P/s/xUA5P8QANj/2//a//L/7//d/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/7f/y/wAA7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA2f/R/9b/0//j/8//1P8dAN7/5P/F/8v/LADh/9b/0v+1/+P/yP/n/+f/FwAmAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3//D/4//3/9n/8P8pAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/x/+7/FADs/+z/AADq/+X/6/8AAAAA8f/u/wAAAAAAAAAAAAAAAAAAAAD7/xYAy//F/7L/w/+y/9j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//P/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAA9/8AAOD/3f/d/+r/6P/a/yMA1f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+r/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAAAAAAFAAAAMf/6v/o/9v/2P/t/wAAAAAAAPn/7v8AAAAAAAD3/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOv/6f/q/+z/3//r/xUAAAAAAAAAAAAAAAAAAAAAAOH/4v/l/+r/4/8aAOf/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xMA7v8AANn/2P/Z/9j/6v/i/+v/6v/r/+v/GADq/93/JQDc/8//1v/W/9z/2P/t/+3/8v8AAOz/7P/s/xQA2//f//v/7P/x/wAA4/8AAO//AAAAAPP/9P/s/+7/FAD5/x0AAAAAAPn/AADl/wAAx/8TAPH/vv8AANj/6v/W/wAAAAAAAAAAAAAAAAAAAADj/9j/IgDs/+z/2v8AAOP/AAAAAAAAAAAAAAAAAAAAAPP/7P/s/+r/7//t/xQA7v/d/x4A4//h/97/2//j/97/0v8iAN7/7P/q/8b/4v/d/wAAAAAAAAAAAAAAAAAAAAAAABQA+P8AAAAA8//s/wAA7f8WAOz/7v/v/+7/6f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xgA6//x/+z/7v/l/+r/AAAAAAAAAAAAAAAAAAAAAOz/8f/s/+r/AAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8UAO3/+P/z//v/7f/v/wAAAAAAAAAAAAAAAAAAAADT/9n/yv/P/97/zv83ANf/AAAAAAAAAAAAAAAAAAAAAOv/FgDp/+f/5f/g/9n/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAPf/EgDy/wAA+/8UAO3/+P/z//v/7f/v//T/AAAAAAAAAAAAAA8AAAAUAPP/+v8AAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD5/y4AAAD6/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/h/97/4P/l/9//7P8oAOz/6//s/+z/7P/s/xQA7P/s/+z/7P/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO//AAD3/xQAAADw/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/a/+j/6P/i/ykA2//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//T/+/8AAPn/1v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/+v/7P/w/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD6/+z/8v/r/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADC/woAq/+P/9r/4f/o/xIA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/s/+v/7P/r/+v/+f8SAAAAAAAAAPj/+f/y/wAA7P/1//j/AAD2//H/FADa/9n/3P/h/ygA2P/Z/93/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADT/9r/5v/c/+j/6P/j/xkAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//n/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAADs//P/AAAAAAAA9f8UAO7/5/8iAOj/6f/p/+n/2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAgAAAAAAAAAAAAAAAAAAAAAAN3/FwDs/+r/5f/r/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAZAPH/AAAAAAAA6P8AANf/HAD6/wAA7P/T/+n/6P/N/zIA0f/R/9z/0v/N/9H/AAAAAAAAAAAAAAAAAAAAAMz/DgDL/+L/4f/K//f/3P8AAAAAAAD6/wAAAAAPAAAABgDs/+z/7f/t/wAA6v/p/wAAAAAAAAAAAAAAAAAAAADW/wsA6v/p/9v/1f/W/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//D/7P/s/+z/7/8AACYAAAAAAAAAAADZ//D/1//p/+b/2P/c/9T/GQDX/wAAAAAAAAAAAAAAAAAAAADn/xgA7P8AAOH/+f/o//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI/wAA0P/V/8//9f8AAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAUAOz/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADu/+z/8f8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+3/7P/s/+7/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAOf/FwDg/+r/5//r/+r/6P/H/w0Awv++/9v/3/8UAL3/AAAAAAAAAAAAAAAAAAAAANv/LgDW/9X/5P/a/9z/zf/r/+j/6f/r/+z/5v/n/xcA7f8UAO3/7f/t/+z/7P/t/+b/2f/U/93/AAD3/+r/DwAAAAAAAAAAAAAAAAAAAAAA0f/4/wAAAAAAAOP/MgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/AAAUAO7/6//r/+z/7v/t/+//7f/s/+z/FADq/xMAAAAAAAAA5f8AAAAAFADs/+3/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7v/u//r/7f/s//H/AAAAAAAAAAAAAAAAAAAAAPH/KgDf//L/7//1/97/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAPT/AAAAAAAAFAD2//X/7P/7/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAVAOn/6f/s/+r/6//p/+z/OgCS/8z/w//P/6v/yv/c/wAA4v/l/+r/6f/h/wwA2P8AAAAAAAAAAAAAAAAAAAAAEgDe/wAA0v/q/+j/AADU/wAA7P/s/+//7f/s/xQA7P9PAM3/0P/X/+b/x/+0/97/AAAAAAAAAAAAAAAAAAAAAOz/8P/t//n/AAAAABUA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAAAAFADt//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/8v/vf/D/8H/v/88AN3/5P/n/+//8v/u/+n/GADr/wAAAAAAAAAAAAAAAAAAAADf/+r/2v/h/9z/FgDr/9z/7f/h/xwA6//o/+j/4//t/7P/r/9dALz/xf+7/7D/pP8ZANj/1v/X/+L/xP8fAMz/AAAAAAAAAAAAAAAAAAAAAOX/y//T/8D/4P/q/xsA4//u/+f/7P/n/+3/7f8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+z/7f8UAOz/7P/v/+//FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/2P/k/9j/3/8AAOz/9P8AAAAAAAAAAAAAAAAAAAAA7v/l/+z/8f/u/+z/GgDu/+r/FwDq/+v/6v/o/+b/6v/y/+v/7P/q/xYA7P/s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/0/+3/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/r/wAAFgD5//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA4//p/xQA3P/s/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQArP8nAOT/EwDa/7H/1P/p/8n/IwDP/8z/5f/V/wAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+z/FADY/+f/AADs/wcACQDP/9T/z/8AAMn/AAAAAAAAAAAAAAAAAAAAAPH/9/8AAPj/9/8VAOv/8P8AAAAAAAAAAAAAAAAAAAAA1//L/83/5f8MAOr/9v8AAPX/AADu/93/AADy/xIA9//r/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAPr/CgAAANj/FgDm/9r/2P/Z/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADw/+7/9/8AAAAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/9f8AABIAAAAAALj/jf/o/8T/9f+//xQA7v/w/+7/7v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+//AAAAAO3/FAD5/+z/FADy/wAAAADs/+z/8/8AAAAAAAAAAAAAAAAAAAAACAAAAO//1//n/+f/6P/b/+T/4P8RAND/2P/Y/+j/EQAAAAAAAAAAAAAAAAAAAAAAKAAAANv/1v/0/9X/yP/U/+7/7f/t/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/E/6r/CQDi/8H/AADB/9//7P/q/+j/7P8AABQA4v8AAAAAAAAAAAAAAAAAAAAA5//p/+3/6//z/+z/GADv/+z/7P/y/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAy//C/9D/8//f//j/3v8NAOf/1v/Y/9b/5/8jANb/5P8AAAAAAAAAAAAAAAAAAAAA6//p/9//3v/n/xYA6P/r/wAAAAAAAAAAAAAAAAAAAADs/xQA8P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPP/6f+6/93/4f/x/8j/AADu/+//7P/2/wAA7/8UAAAA7P/5//D/7//x/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8NANz/7f/g/+f/AADU/wAAAAAAAAAAAAAAAAAAAADm/+b/7f/s/+r/5//s/xYA7P/s/+z/7f/s/+z/FADs/+z/7f/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAFAMP/y//H/wAAyP/5/wAAAAAAAAAAAAAAAAAAAADs/xcA7P/q/9j/6v/r/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xQA7P/u/+7/9f/w//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+r/4v8UAOv/4//s/wAABQDg/+r/AAAAANj/AADz/+z/7//t/+j/5v8JANv/+v/s/+z/FADu//H/7v/s/wAA7P/s/xQA8/8AAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAD5//n/6/8AAAAAAAAcAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwD0/wAAAAAAAAAAAAAAAA8A9P8AAAAAAAAAAAAAAAAAAAAAAADq/+z/AADu//X/FwDp/+z/FQDt/+z/9v/r/+v/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+v/7P/x/xgA7P/i/+j/6//f/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+v/7P8VAO3/HQDj//f/AAAAAAAA6v8AANv/FADu//n/AAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/7//s/+z/7f8UAOv/6//r/+T/6v/j/+r/FwDs/+z/7P/t/wAA7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAVAAAA9/8AAAAAAAAAAAAAAAAAAAAA7f8UAOz/7f/s/+z/7P/s/+z/7f/x//T/7/8UAO3/7P/w//f/AAAAAPr/7v/z/xsAAAAhAAAAAAD7/+7/9P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/9/8AAAAA+v/u//P/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+7/7P8UAOz/7f/s/+z/7f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7P8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAADj/wcA6v/s/+z/6/8AAOz/AAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADt/+//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8//n//P/+v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDp//T/8P/v/+v/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//r/AAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/6/8VAOz/7P/s/+z/7P/t/+z/FADt/+z/7P/s/+z/7P8UAOj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/FgDw/wAA2//s/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAFAD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7f/v/+z/AAAAAAAA+//y/+z/AAAUAOz/7P8UAOz/7P/s/+z/7P/p/+r/GQDr/+r/2//q/+v/4P/k/9v/3P8UANn/1v8AAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+z/FADs/+z/7P/u/wAAAAAAAAAAFAAAAOj/7P/s/+z/7P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAIwAAAAAA5/8AAAAAAAAAAO//8P/z/xcAAAAAAAAAAAAAAAAAAAAAAO7/FADu/+3/7P/q/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/4v/Y//H/CADY/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/o/+v/6v8XAO3/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//r/7P/i/wAAGgD2/+v/6//t/+3/7f/s/+3/5f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7f/u/+z/7/8nAOz/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FwDs/+z/7f/n/+v/6f/5//P/AADp//r/FgDs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADy/wAAAADs/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAA8v/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAVAOz/7f/s/+z/6//r/+v/6//q/+z/7P/s/+v/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//n/5/8UAO3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+//7f8UAO3/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//v/7v/s//L/FAAAAAAAAAAAAAAAAAAAAAAAAADu//r/8P/v/+z/8P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5f/t//D/3f/Y/xUAAADt/xQAAAAAAAAA+P/u/+3/7f8UAAAAAAAAAPj/7v/t/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/q/+z/7P/s/+z/FAAAAAAAAAAAAOz/7P/y/wAAIQAAAAAA+//u//T/+f/s/+z/7f/w/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAA+v8iAPL/5P8AAAAAAAAAAAAAAAAAAAAAFADv//D/AAAAAO7/7P/v/+7/8/8AABQA8//y/+z/AAAAAAAAAAAAAAAAAAAAAAAA6P/i/93/3P/s/+z/EwDy/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/FADs/+z/2P8AANn/FADZ/+D/4//s/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wwAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/l/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/FADw/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/X//L/AAAAAO3/FAAAAOn/5/8AAPj/+//l/xkA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//P/7v/s/xQA7P8AAPr/AAAAAAAAFQD3/+7/7P/s/+z/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/g/+z/5f/n/yAA2v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAA7f8UAO3/7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAOz/7f/t//D/AAD1/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/s/+z/7P/s/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+v/7P/1/9//7f/s/+7/6/8MAOv/AAAAAAAAAAAAAAAAAAAAAB0A4/8AAAAAAAAAAAAAAAAAACAA+f8AAAAAAADq//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+//8v/s//v/FADt/+z/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAOX/+/8UAPH/7P8dAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/yP/u/97/4f80AMT/2f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+z/7P/s/xQA9f8AAAAAAAAAABEA9/8AANX/yv/h/zIAzP/T/8b/5f+7/w8A9P/H/+X/1f8AAOn/7P/0/wAAAAAAAAAAAAAFAOz/8P8AAAAAAADs/wAAFAAAAAAAAAAAAAAADwD0/wAA7P/s/+z/8//w/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADz//r/AADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/3/wAAAAD6/+7/8/8bANv/8f8AAAAAAADq/ygA9//u/wAAAAAAAAAAFQDs//H/7P/s/+z/8//w/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAO3/7/8AAPL/2P8AANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOL/3f/m/+z/6f/Z/+z/GQDq/+v/5//m/+n/4f/n/wAAAAAAAAAAAAAAAAAAAADq//n/AAAAAAAAFgAAAAAABgAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAADs/+3/8v/6/wAA7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+7/9v/w/+3/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/k/+b/5v/i/+b/HADZ/wAAAAAAAAAAAAAAAAAAAAD1/+D/7f/s//D/BgAMAOH/2//n/9b/zP/W/+v/HwDp/+7/7//y/+z/+/8UAO3/7P8TANj/7v/g/93/6//p/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/w/wAA8f/s/+z/7f/s/xQAAADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA6P/r/+3/7P/s/+j/9v/5//b/AAAAAOr/HgAAAPr/7P/y/+v/7P/s/+z/FADs/+z/7P/u/wAA7P8UAO//7P/s/+z/7v8AAOz/FADv/wAAAAAAAAAAAAAAAAAAAADl//P/6v/d/+j/KQDu/9n/AAAAAAAAAAAAAAAAAAAAAOr/4//o/8P/7v/l/+v/GwDs/xQA7P/s/+z/7P/s/+z/AAD5/+7/AAAAAAAA9/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/t//b/AAAAAAAAFAD0/+z/6v8XAOj/7f/s/+v/5//s/wAAAAAAAAAAAAASAAAA7v/s/+z/7v/z/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/9v/Q/7b/v/8AANL/zf/s/+//+f8AAAAA7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/FgDq/+v/6v/r/+r/6//v/xQA9//s/+7/7P/g/+z/AAAAAAAAAAAAAAAAAAAAAOz/HADx//n/7//v/+T/9//t/+z/7P/t/+z/FADs/+z/5P8VAOz/6//s/+v/6//r/xQAAAAAAAAAAADs/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/l/+v/AAAAAPH/7v8AAAAAAAAAAAAAAAAAAAAA6P8UAOv/9//u/+3/7P/s/xQA7P/s/+r/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA9P8AAAAAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/ycA6P8AAPn/9v/a/wAA7P/s/+z/7//t/xQA7f/s/+z/8P8AAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAA7P/y/wAAAAAAABQA7f/t/wAAAAAAAPP/AAASAAAAAADw/+z/8P8AAPf/7P/s/xQA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/+v/c/+v/2P/o/+r/DQDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAAAAAzAAAA9//g/wAA+v/6/wAAAAAAAA0AAAAUAOz/7v/v/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA+P8AAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8UAAAAAAAAAAAA7P/s//L/7P8UAOv/7P/s/+z/7P/s/+z/FQDr//H/7f/s/+v/6//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/HADp//v/+P/y//X/8v/s/xQAAAAAAAAA9//t/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xcA6P/u/+z/7P/n/+z/1P8xANH/5f/N/9j/vf/Y/+z/FADr/+n/8f/s/+r/7P/r/xYA7P/r/+z/7P/p/+v/1v8qANr/5f/X/+X/1v/h/+z/FADv//L/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9//x//f/9f/t/+z/8f/b/+7/8/8AAAAA5/8lAAAAAAAAAAAAAAAAAAAAAAAAAOP/7P/u/+z/7f/s/xwA7f/n/+v/6v/j/+j/6/8XAOj/FADs//X/8v/3/+z/7f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABEA4v/n/+v/6P/e/9v/AAAAABwAAAD6/wAAAADr//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6//s/+z/FADs/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//X/9f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/m/+X/6P/m/+T/GgDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA8P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/w8A7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQAAAAAAAAA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/6//v/+z/7f/r/9T/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FgD4/wAAAAAAAOv/AAAAABQA+P8AAAAA8//s/wAA0/8nAPH/3v/c/9b/1P/u/9n/AADm/9//5P8RANj/5v8jAPD/6//t//r/3f/x//D/AAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/wAA7P8UAO//7P/s/+z/7f8AAOz/FADv/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//P/6/8AABQAAAAAAAAAAAAAAAAAAAAAAM3/3P8dAOr/5f/b/9n/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/h/xwA6//o/+j/4//t/wAAAAAaAPP/+P/r/+f/+f8AAAAAAAAAAAAAAAAAAAAAJQDm/+X/8f/r/9z/2v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//D/AAD1/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/w/wAAAAAAABQA7v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/6f/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/9v8AAAAAAAAUAPT/7P/o/9j/4//Q/9j/IwDQ/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAAAACgAAAOz/8f/t//D/7P/s/+z/FAAAAAAAAAAAAPX/AAAAABEA7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAIwAAAAAA5/8AAAAAAAAAAAAAAAAAAAAA2f84AMv/1//h/9H/yf/h/+P/GQDp/+D/5f/p/9b/6P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f8UAPD/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+X/5v/x/+3/4v8XAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+n/0//X/+L/IwDb/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/8z/2P/i//n/HQAOANv/AAAAAAAAAAAAAAAAAAAAAOz/FADt//b/7v/s/+z/7P/s//D/AAAAAAAAFADt/+3/AAAAAAAAGQAAAOv/7v8AABgA8f/I/8T/yP/Z/9f/3P/e/xkA6f/d/+P/6f/W/+f/AAASAOz/FAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAADd/9P/4f/S/9v/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOr/9f/t/97/0//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAAAUAO3/7P/s/+3/AAAAAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/FQDs/+z/7v/s/+v/8v8ZAAAAAAAAAAAA6f8AAPf/AAAAAAAA+v8AAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/Y/+n/6//t/wsAAADp/wAAAAAAAAAAAAAAAAAAAADt//b/AAAAAAAAFAD0/+z/EwAAAAAAAAAAAO3/7v/1/+P/4v/r/+j/6//r/xgA6v8AAAAAAAAAAAAAAAAAAAAAAAAZAPD/6//n//D/6f/s/+D/FADs/+7/8f/r/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+v8AAAAAAADs/+z/8f/s/+z/7P/s/+z/7P8UAOz/7//t//j/AAD6/+//EwDx/wAA+v/6/wAAAAAAAA0AAAAgAAAAAAAAAAAAAADh/wAA6v/s/+b/6P/r/xYA5v/s/+v/y//s/+z/yv/G/xsA3f8AAAAAAAAAAAAAAAAAAAAA7v/s/+3/8P/u/+3/FADt/wAAAAAAAAAAAAAAAAAAAADm/+b/4v/W/9n/6P8eANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+v/4//q/9n/9v/T/xMAAAAAAAAAAAAAAAAAAAAAAO7/FAAAAAAAAADu/+z/AADs/xQA7P/u/+3/7P/s/+z/7P/s/+z/8P/u/+z/FADs/+z/7P/5/+//7f/s/+//FADm/yQAAADy/wAA9v/e//L/6/8WAOv/8P/n/+z/6v/n/+z/7P/t/+3/7f/s/xQA7P/s/+b/AADt/wAA7P8TAOn/4//m//b/1P/w/ywA0f/a/xcA2f/3/wAAAADp/87/3f8AAAAAAAAAAAAA+v8KAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/w/+z/7f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA8P/2/+3/+P8AAPb/8f8VAPn/7P/s/+3/AADu/+z/7P/w/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/x/+T/AADt/+z/1f8AAAAAAAAAAAAAAAAAAAAA7f/s/wAA7f/1/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/FADs/+z/7P/n/+L/AADl/ygA3f/j/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAA7v/2/+//8f8AAAAA9v8WAAAA6v/k/+r/4f/q/+D/HQDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+z/FADs/xQA7f8AAAAAAAD5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/t/+z/7P/r/+v/6/8AAO7/+v/w/+//7P/w/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA+f/v/wAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADt/+7/9f/s/+3/AAD6/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/7f/s/xQA7P/s/+z/7f/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPr/FAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/6//o/+z/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7f/3//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+n/5//m/+j/6/8aANn/EwDq/8f/0//S/wgAy//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/wAA8v8AAOz/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/xQA7P8LAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/s/+z/7P/s/+7/FADs/+z/6v/K/8//2//r/8X/GwDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+T/4/8AAO3/8P8hAPj/8f/h/+H/AADy//P/LgD7/+z/7P8UAOz/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P/t//H/7//s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAgAPD/AAAAAAAAAADk//r/AAAAAAAAAAAAAAAAAAAAAOz/7f/u/+3/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA9f8AAAAAAADv/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/0//f/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/x/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPr/AAAAAAAA7P/s//H/AAAAAAAAAAAAAAAAAAAAAO3/7/8AAPL/8f/t/+7/FADs/+3/7P/3/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEA1f/i/+f/4v/U/9v/5/8IAOD/5f/I/8//6/8UANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+H/+//s/+f/AADZ/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/+//t/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADy/xQAAAAAAAAAAAAAAAAAAAAAAAAA5v/l/+b/5f/n/+j/6P8ZAO3/7f/v/+3/FADt/+3/7P8AAAAAAAAAAAAAAAAAAAAAAADF/83/wv/U/7v/BQDe/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA6P/j//j/+P/n//L/6f8bABQA7P/t/+b/7f8AAOz/2P/f/9n/+v/g/wAA7P/g/wAA7P/t/+z/7P8UAOz/7P/s/xQA7P/y//H/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAPr/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAXAND/9//t/+n/4//h/+r/GQDn/wAAAAD1/+f/9f/0/wAAAAAAAAAAAAAAAAAAAADs//L/AAAAAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgD3//T/AADo/+z/7P/Y/wAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//n/FADu/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//D/7P/s/+z/7//s/+n/7v/1/+r/8P/t/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAPn/+v/y/+7/7//a/+v/AAAAAAAAAADv//D/8/8XABIAAAAAAAAAAAD5/+//AAASAAAAAAAAAAAA+f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAAAAAAAAAAAA6f8AAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xQA7//s/+//9f/r/+//7P/s/+z/6//s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/z/+v/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwD0/wAADgCv/9P/3P/p/8T/9P/i/xQA7P/s/+//AADs/+z/7f8AAAAA+v8AAAAACAAAAAAA8P/6/wAAAAAAABUA8v/v/+3/7f/s/+//+v8WAOf/7v/M/+//9f8AAAAA5v8wAAAAAAAAAAAAAAAAAAAAAAAAAO//7f/v/+//7f8UAOz/7P/n/+H/6P/n/+f/5f8ZAOP/vP8/ANH/3P/f/8T/zv/Q//L/AAAAAAAAAAAUAAAA7P/s/+7/7f/v/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//D/AAD1/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/8/8AAAAAAAAUAPP/6//n/wAA6//u/wAAGADs//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/7f/q/+//FwDp/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6v/s/+z/IAAAAAAAAAAAAAAA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAO3/0f8AANj/1//r/+P/7f/s/wAA7f/1/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADs/+r/6//r/+j/FQDr/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//L/AADs/+z/7P8UAPr/w//x/67/yP/S/+X/vf/r//P/FADi/+z/7P/a/+z/7P8VAOj/6//t/+z/7P/o/wAAAAAAAAAAAAAAAAAAAADg/wAA6v8UAAAA8P/5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALf/HADQ/wYA5P+y/+3/6P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr//H/AAAAAOz/7P/5/+n/AADk/9j/6/8UANz/6v8AAAAAAAAAAAAAAAAAAAAAFADY/9f/6/8AAOf/7P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AADk/9j/6/8UANz/6v+8/9j/2f/q/+7/9/8WANr/AAAAAAAAAAAAAAAAAAAAAN3/AADp/x4AAAAAAPX/AAD4/9P/2P/j/97/CwDQ/+z/AAAAAAAAAAAAAAAAAAAAAOz/7v/u/xQA8v/s/+z/7P/s/+z/8v/t/+3/FADs/+z/AADM/8D/3P/a/wAA5/8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/s//T/6P/k/+z/7f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/xQA4v/r/+//6//s/w0A6//Y/9j/5v/s/wAA6f8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/0/+z/7P/s/+z/AADQ/+P/4f/N/w0Atv8AAAAAAAAAAAAAAAAAAAAAFADt/+3/9P/t/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/8f/s/+z/+//4/9r/3P/d/wsAx//V/wAAAAAAAAAAAAAAAAAAAADY/+f/LADY/+b/4f/G/+P/6P/n/xoA6//t/+3/5v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAA9v8AAAAA5/8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+//AAD2/+7/7P/w/xgA+v/z/wAAAAAAAO7/AAAYAPr/9P8AAAAAAADu/wAAAAAAAOL/AAAAAOj/LwAAAOz/8/8AAAAAAAD1/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOj/6//t/+z/7P/o/wAAAAAAAAAAAAAAAAAAAADi/9r/4P/e/9n/IQDf/+L/JgAAAAAAAAAAANv/9f8AABgA6v/r//X/AADn/+n/+f8AAOT/6v/q/+X/AADi/+b/IgDs/+7/9P/0/9v/2v/0/wAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/n/9f/2f/c/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwD0/wAAAAAAAAAAAAAAAA8A9P8AAAAAAAAAAAAAAAAPAPT/AAAUAOz/8v/x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANT/6v/o/+z/6//r/xcA6f/s/xQA7//y/+7/7P/s/+z/7P8UAPD/7P/s/+z/7P/s/97/IQDh/+j/3//p/9//4v8AAAAAAAAAAAAAAAAAAAAA7f/t/xQA7v/2//f/7P/t/+z/7f/x/+//7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAA7v/t/wAA9//s/+z/7P8UAOj/7P/s/+z/7P/s/xUA7P/m/+b/7f/s/+r/5//s/xYAAAAAAAAAAAAAAAAAAAAAAA0A5v8AAPH/6/8AANz/1/8KANj/yP/E/9T/+v/U/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/6v8VAOz/7P/o/wAAAAAAAAAAAAAUAAAA7P84AOj/7P8AAO3/1P/C/+z/8P8AAAAA7f/n//X/6f8YABQA7P/u/+//7v/s/+z/7P8GAOn/4//q/+z/AADC/+b/3P/g/97/4v/i/yQA1P/T/+z/7P/s/+3/7P8UAOz/7P8rANj/9v8AAPb/3P/e/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAPD/9v8VAPj/AAAAAAAAAADs/wAA5f8AAAAAAAAAAPP/HAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/u/+//7P8UAO3/FAD1/wAAAAAAAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/+v8AAAAAAAAVAO//7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA7P/s/+v/7P/r/+r/7f8UAAAAAAAAAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAO7/FAAAAAAAAADu/+z/AADn/+v/6v/q/+z/6/8WAOz/7P8UAOz/7//t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAD2/wAA7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAVAOv/7P/3/+//6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/x/+//7P/s/+3/FADY/+z/3//c/+j/4v8QAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7f/s/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+3/7P8UAOz/7P/0/wAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f8AAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t/+//7//t/xQA7P/s/+z/7f/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/6f/o//H/+v8bAOj/6/8AAAAAAAAAAAAAAAAAAAAA8P/x/wAAAAAAABQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA3v/n/+j/6f/q/+r/6P/s/+v/8P8AAPb/7v8UAPL/0//Z//f/6v/m/yYA0f/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+z/FADs/9P/2f/3/+r/5v8mANH/3/8UAOv/7P/s/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAAPH/GADs/+L/6P/r/9//6v/s//f/AAAUAPj/7P/l/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/j//j/8v/0/97/9v/w/ykAAAAAAAAAAAAAAAAAAAAAAOj/6f/r/xYA5//m/+r/5//7/9v/6//U/+T/IQDi/9v/7P/q/+z/5f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/+v/0//D/5f8ZAOr/7P/z//H/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAVAOn/6f/s/+r/6//p/+z/3//s/+n/AAAAAOz/GAD2/wAAAAAAAAAAAAAAAAAAAADo/+7/AAD6/wAA2P8bAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAABQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+//AADy//H/7f/u/xQA3v/Y//n/6f8AAMH/IgDr/+z/7P/t//D/7f8UAO3/7P/t//b/AAAAAAAAFAD0/+z/AAAAAAAAAAAAAAAAAAAAAO3/9v8AAAAAAAAUAPT/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/7P/s/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA7f/s/+z/7v8AABQA7v/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/3f/q/9j/3P/n/xcABQDs/+z/7v8AABQA7v/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+z/6//s//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/l/+f/5//q/+v/5v/n/xoAGQDn/wAAAAD1/+f/9f/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/w//L/8P8UAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/s/+z/7P/s/+z/7P8WAO7/+P/1//r/7P/q/+z/7P/t/+7/+P/v/+z/FADx/+z/7f/y//r/AADs/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO7/8P/u/+7/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA+v8AAAAAAADs/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/7f/w/+z/7P/s/xQAIQDs/+7/9f/t/+z/2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwASAOr/6//r/9j/xP/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/wAAAAAAABQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7f/4/wAA+v/v/xMA8f8QANj/2//a//L/7//d/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/2/wAA9/8AAOz/GQD6/wAAAAAAAAAAAAAAAAAAAAAUAO3/7P/s/+z/7P/s/+z/6//s/+z/7P/s/xQA7P/q//n/6P/N/8z/5f/y/9D/DgAUAOz/7f/v/+z/7P/s/+z/7//1/wAA+v/4/+3/8f8bAL3/3P/V/8b/5v8AAMj/CADN/7j/0P/D/9b/sf/U/z4AAAAAAAAA+v8AAAAADwAAAOf/4P/q/+T/6f/o/+r/GAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/w/xQA6//v/wAAAAAAAAAAAAAAAAAAAADl/+z/9f/7//f/FQDu/+z/AAAAAAAAAAAAAAAAAAAAAPH/9f8AAO7/+P/s/xUA7f8AABUA9f8AAAAA7f/s/wAAFADs//L/8f/s/+z/7P/s/wAAEwAAAAAAAAAAAO//AADs/+v/3//m/+f/FQDr/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/u//r/+f/z/+z/8f8AAAAAAAAAAAAA9P8AAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/q/+3/8f/w/93/KQDr/x4A1v/V/9r/2//q/+b/yf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/v/+z/AADu/9v/KADu/+7/7//s//b/AADv/xQAAADg/+n/5f8AAOr/3/8KAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/FgDw/wAA2//s/wAAAAAAAAAAAAAAAAAAAAAAAOz/9P/3/9//AAAoAOz/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6//s/+v/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/8v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAA+v8VAPX/AAD7/wAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P/r/+z/8P/s/xQA7P8AAAAAAAAAAAAA9f8AAA8A7P/v/+z/6//7/+v/7f8VAPX/AAAAAAAAAAARAPf/AADY//r/4//d//f/AADY/woAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/+//+P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/w/wAA9f/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/8f/t/xQA9f/t/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAADs//P/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7v/s/+z/7P/s//D/9/8AAAAA+v/u//P/GwDg/+D/1//V/93/IADf/+X/4//4//L/9P/e//b/8P8pAO//AAD3/xQAAADw/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPv/8P8AAAAAFwAAAPv/AADt/+z/9P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAgA4v/i/9f/5P/a/9H/BwAAAOb/7P/5/+3/FADm/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/1//S/9H/0f8iAOL/3/8XAND/9//t/+n/4//h/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xQA7//s/+//9f/r/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/r/+z/6//r/+v/6v8WAOv/7P/y/+r/6//r/+z/7P/t/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADw/xQA8f/v/+//7P/u/+z/AAAvAAAA+P8AAAAA0/8AANH/4v/b/9j/5P/h/ygA5v/x//f/AAD4//f/FQDr//D/7P/s/+z/7P/s/xQA7P/s/yYA3f/s//D/6v/c/+H/2P8cAMb/5v/K/+b/5/8SAOj/FgDr/+3/7//y/+v/5P/m/9z/6v/w//T/8P8dAOT/6f8vANr/5P/s/+X/1P/M/9X/AAAAAAAAAAAAAAAAAAAAABgA6v/x//j/5f/q/+f/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADkA7/8AAAAAAAD4/9D/6/8AAAAAAAAAAAAAAAAAAAAAFgDs/+v/7P/n/+P/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAz//k/+T/6//n/8z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDq/9v/5v/u/+D/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP+k/83/t/8QAOr/0P/2//D/7v/4/xQA7P/s/+z/7P8AAAAAEADr/wAA9//4//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAAAA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//m/+3/8P/v/+7/GQDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAIAAAAAAD0//r/AAAAAPr/FADs//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+f/1//Z/9z/1/8AAAAAAAAAAAAAAAAAAAAAAADk/xoA6f/u//P/+//m//X/7P/s/+z/7P/u/xQA7P/s/+z/7P/s/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7//z//L/8//1/xQA8v/s/wAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPb/AAD7/wAA7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7f/w/+7/7P/p/+r/FwAUAO3/AAD7/wAA7f/s/+z/7P/r/+3/+f/y/+z/FADs/9D/4//a/+P/5//k/9X/JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7f8AAAAAAAATAPL/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAD6/wAA5v8AACgA7//Z//D/AAAAAAAAAAATAPL/9P/q/+r/7f/q/+//FwDp/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAACwDZ/9z/5v/d/wAA2v/Y/ygAAAD5/wAAAAAAAAAAAAAKANL/y/+9/8P/1v/Q/9H/OQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+X/7P/s/+z/FAAAAAAAAAAAAO//8P/z/xcA7f/s//D/+P/x/+z/7P8UAMH/t//Z/9n/4P+5/8H/SwAAAAAAAAAAAAAAAAAAAAAA7P/s//n/7//t/+z/7/8UAOz/7P/w//H/8v/s/wAAFADt/+b/AADq/+7/2P/l/yoA6v/o//P/7f/t/+r/6/8WAOz/6v/s/+X/7P/s/+z/FADr/xUA6//q/+r/7P/q/+v/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/t/wAAAAAAAPL/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDm/8j/3//h/+v/5P/T/+n/7P/s/+z/7v8AABEA7P8AAAAAAAAAAAAADwD0/wAAAAAAAAAAAAAAAAAAAAAAAOb/5f/m/+X/5//o/+j/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+T/6//4/+//5/8WAOn/7v8AAOz/+P/u/xQA7v/s/+v/6v8VAOb/6//q/+v/6v/i/+r/JQDW/+P/8P/i/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/+D/5P/c/x4A6f/j/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+f/6//s/xYA6v/r/+r/3v/q/+f/7//s/xYA5f/q/97/6v/n/+//7P8WAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7f/u//X/6//q/xkA6f/3/93/2P/Y/wAABwAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/FADw/+z/7P/s//f/AAAAAAAA+/8dAPb/+f/x//H/7v/s/wAA7v8UAPD/AAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7f/s/+7/+P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANL/JQDt/wAA5f/0/97/AADa/9X/7v/t/+L/4v/a/y8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+D/3f/a//L/6v8iAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+z/7P/t//b/FADs/+z/5v/T/9X/AAD5/wAAsf8AAO//3v/j/9P/3/8UAM3/+f/t/xQA7f/u/+7/7P/s/+7/7P8UAPD/7P/1/wAA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOv/6//q/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAvv+8/9L/0//4/9D/FQDw/+7/AAD7//D/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/x0A9//0//D/+P/k//D/7P8UAOz/9P/3/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAA7f/1/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADs//n/8P/v//H/7P8UAOz/+f8MAAAAAAAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/0//f/7f/s/+3/7P/s/xQA7P/s/+r/7P/s/+X/7P/1//v/9/8VAO7/7P8AAAAAAAAAAAAAAAAAAAAA+v/0/xgA6//w/wAA7P/m/+//7P8VAOv/8f/s/+v/6/8UAOz/AAAAAAAA7f/v/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAO3/8P/s/+z/7P/s//D/8v/w/xQA+/8AAAAAAAAAAAAAAAAAAAAA7P/w/xQA7//5/+3/7P8AAOz/FADt/+3/7P/s/+z/7P8dAOr/5//g/wAA2P/t/+//AAAAAAAAAAAAAAAAAAAAAOz/7P/t//L/7f/s/xQA7P/s//D/FADv/wAA7f/s/wAA4v/Y/wkA6v/r/xsA1//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/n/9P/7//S/+r/5v8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/w/+7/7v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//f/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/AADg/7P/0v/E/+3/BQDi/xwA5//j/+b/1f/0/+f/FgDn/wAA9P/5/+v/6//q/xQA7P/s/+z/+//t/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/2P/r/+j/AADV/wAA1P8AAAAAAAAAAAAAAAAAAAAA2f/s/+z/7f/2/xQA7P/s/wAAAAAAAPv/8v/s/wAAFAAAAAAAAAAAAAAA9v8AAAsA8v/s/+v/7P/w/+z/FADs/wAAAAAAAAAAAAAAAAAAAADc/9j/EwDF/+3/AADs/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+v/4//g/+n/GgDn/9n/AADs/+z/7//t/+z/FADs/+z/8P/s/xQAAADs/+z/8f/6//f/+P/x/wAA7P8UAPn/6v/m/9v/3f8AAPH/JgDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/c/9//DAD4/wAA6//o/+z/7P8UAOz/7f/t/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+3/6f/r/+v/AAAAAAAAAAAAAAAAAAAAACAA4P/n/9r/3v/K/87/0/8AABcAAAAAAAAA7v/q//n/6v/s/+3/9v8UAO3/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA+P8AAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAADs//X/+P8AAPb/8f8UAOr/6f/5/yIA7P/Z/+r/7P8AAAAAAAAAAAAAAAAAAAAA4f/s/+H/4//6/+7/FQDt/+z/7P/r/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/6f/q/+z/6v/s/xUAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAADt/+f/9f/p/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAADt/+f/9f/p/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8P8AAPX/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDQ/+T/5P/f/+f/6//V//T/AAAAAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAEADq//n/AAAAAAAAFgAAAAAA1f8XAOv/6v/o/+v/6v/j/wAAAAAAAAAAAAAAAAAAAADs//D/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcAAAAAAAAAAADt/wAA5f/s//X/+//3/xUA7v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/q/+v/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/+D/5P/c/x4A6f/j/+X/7P/s//H/7//4/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAC8A2v/k/+z/5f/U/8z/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s//n/9//5/+r/FwD2/9j/2//s/+X/2v/Y/ygA2P8AAAAAAAAAAAAAAAAAAAAA6P8iAOX/8v/x/+z/5P/v//b/7//x/wAAAAD2/xYAAAD2/+//8f8AAAAA9v8WAAAA7P/q/+z/8v/r/+j/FQDq/+z/6v/s//L/6//o/xUA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/w/xQA6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/93/8/8QAOH/2P/I//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAPf/7P/u/+z/4P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/2f/r//j/6v/U/ycA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAPv/AADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/FQDs/+z/7P/s/+v/7P8AAAUAAAAAAAAAAAAAAAAA9P8QAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAATAPX/AAAAAAAA7//u/wAA6//r/xUA6//s/+z/6v/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/FwDr/+r/6P/r/+r/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADv/wAAAADr/xUA9//2//n/9v8AAAAA6v8eAAAAAAAAAAAAAAAAAAAAAAAAAOf/6//4/+z/6P/s/9X/FADq/+z/5v/o/+v/FgDm/+z/8f/w/wAA7P/s/xUA7f/r/+j/yP8AAMv/zv8NAMr/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAATAPL/9P8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FQDs/+X/5v/q/+z/AAAAAAAAAAAAAAAAAAAAAOz/AADz/+3/7P8UAOz/7P/s/+z/7f/t/+z/FADs/+z/7f/5/wAAAAAAABQA9//s/wAAAAAAAAAAAAAAAAAAAADY/9r/5//K/+P/NQDF/9T/7v/u/+3/7P8AAO3/FADu/wAAAAAAAAAAAAAAAAAAAADv/+3/1//z/wAAMAD3/8//AAAAAAAAAAAAAAAAAAAAANz/6v/w//T/8P8dAOT/6f/J/+n/2f/U/8r/BQAAALz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+P/7P/5/+//7P8VAO3/FADu//f/7f/t/+z/7P/s/+3/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FgDc/+r/7//b/+r/5/8AAAAAAAAAAAAAAAAAAAAA6f8WANz/6v/v/9v/6v/n/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7/8AAAAA8//0/+z/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5//D/7//x/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/0/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFAD1/wAAAAAAAOz/7P/u/xUA+v8AAAAAAADs/+z/8f8UAOz/7v/v/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAA9v8AAAAADQAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f/s/xQA7P/s/+z/6//s/+z/FADs/+z/7f8YAOX/6f/p/+n/6P/u/+T/7P8eAOz/7f/f/+X/6v8AAAAAAAAAAAAAAAAAAAAAAAAgAPn/AAAAAAAA6v/4//r/FQD1/wAA+/8AAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/7v/l//v/AAAaAOz/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/8v/6/+v/9P/x/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AADs//j/7v8UAO7/7P/y/wAA7v/x/wAA9//s/xUAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/+//t/+7/7f/6/93/5P/d/wAAtP/7/9H/GgDH/83/6//j/97/6v/X/9f/7//4//f/AAApAOv/5v/X/+//+P/3/wAAKQDr/+b/4f/W/+b/5P/q/+j/GgDg/+7/AADs//j/7v8UAO7/7P/r/+T/6//4/+//5/8WAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8//3//f/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADs/wAA5v/n/+7/6P/q/+n/5P8ZAOz/7P/4/+z/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/6//s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDs/+z/6//s/+v/6v/s/+3/8f/0/+//FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/2//a/9z/6//d/yEA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOf/AAD0//n/6//r/+r/8P/0//L/AADu/xMA7/8AACYAAAAAAAAAAADb//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//n/7/8AAAAA7P8UAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/AAAUAPj/7P/l/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/7r/3v/e/+P/zf86AOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/j//j/+P/n//L/6f8bAO3/7f/w/wAA9f/s/wAAFADw/wAAAADt/+f/9f/p/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAD6//r/9f8VAAAAAAAAAAAAAAAAAAAAAADs//H/7f/v/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+T/6//s/wAA4/8aANr/AAAAAAAAAAAAAAAAAAAAAOz/6v/s/+X/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA1P/6//T/6f8AAO7/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/Y/+z/7f/r/xUA6//4/wAA9v8AAAAA5/8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPX/AAAAAAAA7//u/wAA6/8WAOn/5//l/+D/2f/a/+7/7v8AAPj/AAAUAO3/7P/M/wAA1//X/8//DADg/wAA6//s/+z/7f/s/xUA7P/q/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAPD/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/wAAAAAAABQA7f/t/+z/8v8AAAAAAAAUAO3/7f/c/wAAEgAAAAAADwDt/wAAAAAAABQAAAAAAOz/+f8AAOz/8v8AAAAAAAAUAO3/7f/a/+z/7P/s/+z/7P8WAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//f/AAAAAPr/7v/z/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAABUAAAD3/xQA7P/t/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/e/9//5P/h/9n/2/8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//r/8P/v/+z/8P8VABQA7P/s/+7/7P/s/+z/7P8UAOz/7P/u/+z/7P/s/+z/AAAXAPf/AAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/9//w/+z/FADs/wAAAAAAAAAAAAAAAAAAAADq/xcA6v/r/+r/6P/m/+r/uv/C/+f/y//w/+3/9P/X/+T/KgDq//v/8f/k/9H/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/+z/FADs/+z/7P/b/9v/4f/X/9H/2v/n/yYAAAAAAAAAAAAAAAAAAAAAANr/5/8iANz/2f/V/8T/AADd//j/yf/Y/93/6v/1/xIA7P8VAOT/7P/s/+z/6//s/xQA7P/t/+//7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/4/8PAA0A0/+///b/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/HADh/9z/1P/a/+f/5v8AAAAAAAAAAAAAAAAAAAAA1//i/+v/3//m/xwA7P/d/wAAAAAAAAAAAAAAAAAAAADM/xUAuv+j/73/lP+r/7H/7f/s/+z/7P/x//P/EwDs/9b/vf/R/73/FADP/wYAEwDs/+3/8v/w//r/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADt//D/7P/q/+f/4//h/wAA4P8mAO7/6f8kANf/6P/e/+D/1//V/+f/6//q/+P/6P/r/xcA6P8UAOz/7P/y/wAA7f/s//D/8P/u//f/AAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAAGANj/3P/p/+//AADZ/8//BgAAAAAAAAAAAAAA+v8AANb/1v/0/wAAAAAkAPT/4//O/8b/2v/e/+3/8v86AOj/mP+n/+L/8v/q/2EAqf/W/+b/5P/m/+z/6f/h/xwA8P/x/+n/yf8AAOv/3P/j/wAA9P/K/9n/1f8aAOz/2f/q/wAAAAAAAAAAAAAAAAAAAAD3/wAA3f/n/wAAEQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAA1//f/+X/AADq/9j/5v/x/6H/yf/u//L/3P/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJv/CQC8/wAA0f8AAAAA2//w/+7/+P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMv/2v/V/87/4//3/9P/FwDw/+7/+P8UAOz/7P/s/+z/7//t/9f/8/8AADAA9//P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/DwDY/+T/9f/a/wAA3f/t/yAA3//y/+//9P/r/+3/EgAAAAAAAAAAAPn/7/8AAOz/JgDa/9z/4f/u/+H/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//w/wAAAADu/+z/7/8iAN//5f/m/+T/2//d/+P/7f/1/+7/AAAAAOz/FADx/xkA7P/5/wAAAADk/+n/7v8UAO7/8P/u/+7/7P/s/+7/7P/t/+z/7v/v/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/w/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/+n/AAD0/wAA9/8dAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/7P/s/+3/9v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s//T/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/0/+z/FADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAWAOz/7//s/+v/+//r/+3/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7f8AAAAAAAATAPL/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAPAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/8P/v/+z/8P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADv//D/AAAAAO7/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5P/j/wAA7f/w/yEA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7//x/wAAAAD2/xYAAADy/wAAAAAAAPf/EgDy/wAA6v/s/+v/7P/s/+z/FQDr/+z/AADz/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAAAAAAABIAAADl//D/7P/0/wAAAAAlAAAA7P/s/+z/7f/1//X/FAAAAOf/6f/t/+v/8//s/xgA7//v/+3/+P8AAPr/7/8TAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAA7P8UAPD/7P/s/+z/7P/s/+z/FADw/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAA+f8AABcA9P/6/+z/7P8AAAAAFADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8YAOv/8f/s/+7/5f/q/+z/GADz/wAAAAD7/+j/AADr/xQA7P/s/+z/7P/r/+v/2P8JAAwA4v/n/9z/1//Y/+z/FAD3/+3/9P/u/+z/7v8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/9//z/+z/FQD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/3/wAAAAAAAPL/GAD5/wAAAAAAAAAAAAAAAAAAAAAVAOn/6f/s/+r/6//p/+z/5//k/+3/8//3/+j/6/8VAAAAAAAAAAAAAAD2/wAACwDY/7r/6v/Y/8D/0v/y/xIA5//r/xQA+//4/93/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8XAOL/6//o/+v/4P/n/wAA1f/U/9b/5//j/xQA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDq//X/7f/e/9P/4/8AAAAAAAAAAAAAAAAAAAAAHADp//H/AAAAANn/7P/0/xUA7P/r/+//7f/r/+f/7P8AAAAAAAAAAAAAAAAAAAAAAADo/+j/2f/0/wAAtP/l//b/1P/d/+j/6v8OANb/2/8AAAAAAAAAAAAAAAAAAAAAAADf/8//wv/h/8H/DQDY/wAAAAAAAAAAAAAAAAAAAAAWAOn/6v/a/+v/AADm/9f/7f/r//j/6v/s/+z/5P8WANz/AADa/+T/8v8AANj/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/6f/m/+r/FwDq/+r/6v8AAAAAAAAAAAAAAAAAAAAA9/8jAAAAAAAAAPr/+P/v/93/DADl/8//1P/p/wAA5P8AAAAAAAAAAAAAAAAAAAAAFADv//D/AAAAAO7/7P/v/yIA3//l/+b/5P/b/93/4/8ZAOz/+f8AAAAA5P/p/+7/FADu//D/7v/u/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//Y/+L/4//q/wAA2P8TAOb/4//r/+3/8P/l/+v/FwDr/+X/v/+0/6//8f/B/+b/FgAAAAAAAAAAAO3/AAAAAOz/FADs/+3/7P/r/+z/7P8ZAAAA4f/v//H/7P/g/9//5//i/7n/0P+g/+L/sv8AAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAAABAA6f8TAAAAAAAAAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/9v/u/+z/7P/s/wUA7P/o//f/8v/s/9n/EAAVAOv/7P/q//L/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/I/+T/6f/P/77/AAAAAAAAAAAAAAAAAAAAAOP/7P/u/+z/7f/s/xwA7f/z//H/+P8AAAAA7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/2/+7/7P/s/+z/4f/Y/9//4v/j/9j/1/8jAB4A1v/V/9r/2//q/+b/yf8AAAAAAAAAAAAAAAAAAAAA0f/i/9v/2P/k/+H/KADm/xgA6v/0//v/6v/q/+b/2f8AAAAAAAAAAAAAAAAAAAAA7P/r//D/AAD2/+7/FADy/+3/7f/s/+//+v8WAOf/7v8GAAAA3f/T/+H/0v/b/+j/5f/O/+X/8P/p/+r/HADn/xoA1//m/8//1//q/9//AADQ/+X/6P/z/+//LgDY/9H/8v/G/wkA2//i/xYAzP+k//T/0v/g/93/1v8GAOb/6P/j/8j/y/+r/9P/9v8ZAOr/6//s/+D/2f/q/xQA5/8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8AABIAAAAAAAAA7/8AABQA7v/3/+3/7f/s/+z/7P+a/6n/tf++/8r/AAC8/xAA7P/t//L/AAD2/+z/+P8VAOj/7v8AAPr/AADY/xsA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/8P8AAAAAFwAAAPv/AADs/+v/7P/s//b/7/8VAOf/AAALAAAAAAAAAAAA9v8AABQA7P/3/wAA5P/s/+z/7P/s/+z/7f/7//D/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/ygAAADs/93/6v/g/93/FgAAAPn/+/8AAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs//b/9P/u/+z/5P/t/xQA7P/s/+z/7P/s/+z/7P8oAOz/5//1/+z/7P/F/+z/AAAAAAAAAAAAAAAAAAAAAL3/6f/E/8T/yf/F/yMAuv/s/+v/7P/r//b/2v/4/xAA7P/5//D/7//x/+z/FADs/+z/FADw/+3/7P/s//P/7P/s/xQA8P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlANz/4//e/9r/0v/X/9v/6v/s/+3/+f8UAO3/7P/q/+z/7f/x//T/7/8UAO3/7P8lAOT/1f/V/+L/3f/Q/9L/KQDP/+b/zv/V/9P/2P/S/wwAxP/o/+H/5v/N//T/CADS/+n/3//Y/+n/1P8tANT/HgDj/+P/2//j/+L/4v/b/wAAAAAAAAAAAAAAAAAAAAA8AOj/yv/Y//L/2//H/+r/AAAAAAAAAAAAAAAAAAAAANf/6//c/9f/6//o/ycA2P/s/+z/7P/u/wAA7P8UAO//AADs//X/+//3/wYA7v/s/+r/5//j/+H/AADg/yYA7v8AAAAAAAAAAAAAAAAAAAAA4f/s/wAAAAAAABUA7P/s/+P/AAAAAAAAAADn/yIAAAAAAAAAAAAAAAAAAAAAAAAA3P/a/9n/6//o/+b/5v8bAPL/AAAAAAAAAAAUAAAA7P/u/+//7P/2/wAA7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAADw/+z/9v8AALv/EwDD/9P/1/+4//f/6v8AAAAAAAAAAAAAAAAAAAAAvv/O/8n/y//J/8n/NwDG/wAAAAAAAAAAAAAAAAAAAADO/8r/4P/K/+X/2v81AN7/6f/r/+f/6//s/xYA6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/xQA7v/w/+7/7v/s/+z/7v8AAAAAAAAAAAAAAAAAAAAA6v/e/+r/5//v/+z/FgDl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+r/6v/q/xYA6v/q/wAAAAAAAAAAAAAAAAAAAADd/+7/AAD6/wAA2P8qAAAA6f/p/+r/6v/q/xYA6v/q/+n/8/8AAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+3/+f8AAAAAFQD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA6v/x//j/5f/q/+f/2P8AAAAAAAAAAAAAAAAAAAAA4f8hAOT/5f/k/+f/2v/k/xQA7P/w/wAA8f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA8v/s/+v/7P/w/+z/FADs/9//7//V/9T/1v8dAN7/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//w/+P/9//Z//D/KQAAAOz/9f/4/wAA9v/x/xQA+v8VAPX/AAD7/wAA7/8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/0//X/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO//7f/x//j/3v/s/+3/FQDb/+r/7P8AAN//6f/c/x4AAAAAAAAAAAAAABQAAADs/+z/7P/v/+z/FADs/+z/7P8AAAAAAAAAAAAA9v8AAAsAAAAAAAAAAAAAAAAAAAAAAPX/FADx//f/+P/t//H/7//v/xQA8//z/+//7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/xUA7P/r/+v/5P/1/9r/zf8HAM//1f/x/+T/6f/m/+r/FwDq/+r/6v/o/+P/6v/r/+H/6P8aAOb/5v/l/+b/5f/n/+j/6P8ZAOz/6//s/+3/GwDZ/+H/6v/x/yUA5P/w/+D/4f/U/+L/7P/x/+3/8P/s/+z/7P8UAOr/6P/z/+3/7f/q/+v/FgDs/wAA+/8AAAAAFADs/+n/AADt/+//AADy/9j/AADW/+z/xf/z/+n/6//r/wwAAADk/+X/6P/o/+L/5f/n/xwA7P/u/wAA+P8AAOv/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/6//r/8//a//X/8//u/+z/7P8AAAAAFADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+//7P/t/+v/1P8VAAAA7f/v/wAA8v/Y/wAA1v8AAAAAAAAAAAAAAAAAAAAAKADZ/+n/9f/l/8T/1P/M/wAAAAAAAAAAAAAAAAAAAADm/+v/6//f/yAA6f/q/9//+f/V/wAAAAAnAOz/4f/i/+z/6//s/9j/GgDr/+z/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/FADs/+z/7P/0/wAAAAAAABQA7f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f8AABQA9f/r//T/+v8SAOD/3P/S/+f/9P/J/wgAFgDf/9X/yv/S/+f/2f8AABkA6f/s/+D/6//m/+v/yv/H/+r/0P/V/9D/qP/I/zMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8bAND/z//l/8j/6//n/wAAAAAAAAAAAAAAAAAAAADh/yEA5P/l/+T/5//a/+T/0v8cAOf/5v/r/+n/8f/o/9v/0f/s//L/6P8hAOz/5P8AAAAAAAAAAAAAAAAAAAAA7P/u/wAAAAAAAAAAFAAAAOz/1//y/wAAAADt/xQAAADs/xQA7f/2/+7/7P/s/+z/FADu/wAAAAAAAPr/7P8AAAAAAAAAAAAAAAAAAAAAAAAdABIAx//S/8z/x//a/87/6v8XAOj/7P/l/+T/5f/q/+z/FAD3/+3/9P/u/+z/7v8AAAAAAAAAAAAAAAAAAAAA6f8YAOv/8f/v/+z/6P/n/+z/GADz/wAAAAD7/+j/AAAUAOz/7P/q/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf9JAOX/2f/k//D/uv/d/+D/FADs/+7/8f/r/+z/6f8AAAoAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAOz/FADz/+3/7P/s//T/7P8AAAAAAAAAAAAAAAAAAAAA1f8sAN//4v/Y/9L/0v/f/yAA4P/g/+H/9v/i/93/5v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7//t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADi/+P/5f/p/+r/5v8aAOf/AAAAAAAAAAAAAAAAAAAAAOL/5//r/xgA8f/f/+n/6//t/+z/AADt//X/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P8UAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5//D/7//x/+z/FADs/+P/7P/u/+z/7f/s/xwA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/AAAAAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//n/AAAAAAAAAAAaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/+3/FADt/+z/7P/i/9H/7P/j//f/5f8tANz/AAAAALP/i//n/7H/8f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/5f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAANL/5P/L/+3/CQAAAOv/9/8UAOX/AAD0/9v/2P/r/9//3P/V/wAA6//O/xUA6f/n/+v/7P8UAOz/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAPn/AADf/+n/AAARAOv/7f/p/xYA7//r/wAA+v/7/+z/4//i/97/5f8AAOT/7v8yAAAAAAAAAAAAAAAAAAAAAADo/+P/6f/n/+f/5/8ZAOP/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA6P/r/+3/7P/s/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6/8YAOr/3P/n/+j/7f8UAOz/7f/s/+z/7P/s/67/RQDM/9L/yv+p/8b/yP/q/xcA6P/u/+z/7P/n/+z/6f8oAOv/6f/r/9f/6v/Y/wAACwAAAAAAAAAAAPb/AAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/5f/s/+z/7P8UAOz/6v/6/+n/7P/s/+L/FgAAAAAAAAAAAAAAAAAAAAAA6v/r/+z/7P/s/+z/FADs/9z/7P/z/+3/FADs/wAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/BwDo/+n/6P/j//r/2P/l/x4A5//m/+j/2v/f/+j/7P/r/+z/2P8aAOv/7P/U//D/6v/b/+j/2P/s/+X/GADZ/x4A6//m/+z/6v/l/+n/+f8IAAAAAAAAAAAAAAAAAMf/xv/L/9L/yv/x/8r/HgAUAPn/AAAAAOz/7P/j/9z/AAAAAAAAAAAAAAAAAAAAAOv/6v/s/+z/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAA9P8AAOP/5v/V/9v/6P/V/yAA6v/0/x8A6f/w/+b/5//f/9X/5v8bAOf/6f/p/+H/5P/l/wAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAzf/c/x0A6v/l/9v/2f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/+/8AAA4A6//q/+7/AAAgAPD/6v/r/+v/FwDq/+v/6v/r/+T/6//q/xkA3//o/+z/6//l/+n/5v/b/+3/CwDs/+z/7P8UANv/df+Z/6X/wP/a/6n/AAAAAOH/5//h/9P/4P/z//n/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/6v/s/+z/FQDs/+r/8P8AAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAA9P8AAAAAFQD4//r/AAD0/+v/AAAAAA0AAAAAAAAAAAD4/wAA8v/s/+v/7P/w/+z/FADs/+v/FwDr/+v/6//p/+n/6P8AAAAAAAAAAAAAAAAAAAAAyv8RAMv/yP/E/9X/5P8PAAAAAAAAAAAA+//7/wAADgDp/xgA6f/q/9z/5v/o/+r/7f/s//D/+P/x/+3/FADt/wAAAAAAAAAAAADw/wAAEAAAAAAAAAAAAAAAAAAAAAAA6f8rAN3/2//p/+z/1f/b/+z/7P/s//D/8v/w/xQA+//p/xgA6//s/97/AADn/+D/7v/s/+3/8P/u/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//r/+3/3f/s/+j/AADs/+z/7P/s/+z/7P8UAOz/5v/q/+r/1P/q/9v/6P8dAAAAAAAAAAAAAAAAAAAAAADu/xYA7P/z/+3/7//r/+z/6/8WAOz/7P/r/+z/6//q/+z/FQDs/+v/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/u/+//AADt/+z/8v8AAAAAAAAAAAAAAAAAAAAA0P8VAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+f/8v/x//T/3v/3/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7f/4/wAAAADv/xQA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5P/r//j/7//n/xYA6f8AAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAA9v8AAPH/9/8AAPj/9/8VAOv/8P/n/+r/7/8UAO3/2f8UAOz/8f8UAO3/7P/t/+//7P/t/wAAHAAAAAAAAAAAAOf/AAAAAAAAAAAAAAAAAAAAAAAA1//e/9j/5P/e/wAA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AAAAAAADz/wAA1//r/+z/6v/s/+r/7P/s/+z/FADv/wAAAADr/wAAGADw/+3/5//p/+3/6//z/+z/GADv//T/FgAAAAAA+v8AAOv/AAAAAAAAAAAAAAAAAAAAAAAAFADu//r/+P/t/+r/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/j/+z/6/8WAOv/AAAAAAAAAAAAAAAAAAAAAOr/6v/t/+r/7/8XAOn/6P8AAAAAAAD2/wAAAAALAAAACQDa/+T/7f/y/9b/AAD2/+z/6//s//f/8//s/xUA+v/t//b/AAAAAAAAFAD0/+z/3v/g//f/0v/6/yMA2P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/wAA+P8AABQA7f/s/+b/5v/i/9b/2f/o/x4A3P/O/+P/zv+5/9D/zf8mANH/4f/m/+b/3v/f/9L/HgDi/wAAAAAAAAAAAAAAAAAAAADf/+z/6f8AAAAA7P8YAPb/AAAHAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/I/87/DADh/+v/DQDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA7P8AAOr/4v/r/+r/6//r/xgA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wwAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/1P/W/ysA0f/N/9T/0f/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/9z/6f/N/9P/8v/k/xEA7P/0//f/3/8AACgA7P/Y/+z/FADw/+3/7P/s//P/7P8UAO7/9//t/+3/7P/s/+z/5//o/+3/2v/c/xgA6v/p/+n/AAD7/+7/AAAWAOz/7f8AAAAAAAAAAAAAAAAAAAAA+f/X/+z/7f/t/wgA6//s/wAA5P/2//T/AAAFAO3/7f8UAOz/7f/x//b/7P/p/+z/GQDs//n/AAAAAOT/6f/u/wAAAAAAAAAAAAAAAAAAAADW/+z/3v/e/9b/GwDW/+n/2f/s/+z/7f/2/xQA7P/s/+z/7P8AAAAAFADs/+z/7f/E/9r/1f/Z/y0A5v/H/8//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOn/7P/V/+v/5v/r/8r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/5f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8aANz/5//h/+T/5//a/+X/GgDc/+f/4f/k/+f/2v/4/wAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/7P8UAOz/7P/W/9j/3v/e/9j/6f8hANj/6v/n/+P/4f8AAOD/JgDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA7v/1//H/8f/u//D/7P/5/+f/FADt/+z/7P/t/+z/8/8AAPL/AADs/xQA8f/q//b/AAD3/wAA7P8ZAPr/5//p/+3/6//z/+z/GADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAADu/+3/7f/s/+7/FADs/+z/FADs/+z/7f/0/+z/7P/s/9z/3v/f/+T/4f/Z/9v/IADt/+z/8P/s/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOn/6f/P/+n/6v8aANz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAOD/3//g/9z/2P/d/9z/MADg/wAAAAD7/8//2v/4/+r/6f/o/+X/6//p/xYA6//q/+z/5v/o/+v/FgDm/+z/7P8UAO7/7P/s/+z/8P/s/+f/0P/E//b/2//p/xQA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/+v/7P/w/+z/FADs/8D/4P/X/9f/zP/e/yAAt//s/xgA8/8AAAAA+//o/wAA7//2/+H/KQAAAN3/4f8AAAAAAAAAAAAAAAAAAAAAAADx/yUA5P/w/+D/4f/U/+L/AAAAAAAAAAAAAAAAAAAAAOz/FADw/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAANf/5P/c/9n/4f9BAMz/wf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAACwAAAAAAAAAAAAAAAAAAAAAA7P8AAPf/7v/s/w8A7P/z/+z/7v8AAPf/+v/s//r/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/9//7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/AADs/+b/5/8XAOn/6f/n/+r/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/FADs/+z/7P/x/wAAAAD5/wAAFwD0//r/BgDT/9n/4f8TANj/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/i/woA4P/o/wAA3//b/+7/5v/g/+7/6/8XAOX/7P/l/+z/5//p/+v/AADb/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/AAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/7P/p/+r/6//p/xUAAAAAAAAAAAAAAAAAAAAAABQA7v/w/+7/7v/s/+z/7v/Q//j/6P/3//T/IADm//b/7v8AAOz/+P/u/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAoANn/6f/1/+X/xP/U/8z/AAAAAAAAAAAAAAAAAAAAAPf/tv/W/wAA7f8RAMr/yf8AAAAAAAAAAAAAAAAAAAAA5f/z/+r/3f/o/ykA7v/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/xUA8P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADn/9z/6f/a/wAA5//b/w4AAAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/6//q/xUA7P/s/+z/7P/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/+T/3v/r/+X/6f8ZAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+//9//5/9z/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+j/5f/r/+n/FgDr/+v/5P/r//j/7//n/xYA6f+9/6j/GQCZ/83/1P8VAOb/5P/i/ygA6//z/9j/2P/l/+v/6//s/xQAAADv/xQA7P/s/xQA7f/2/+7/7P/s/+z/7P/s/+z/8//u/+z/FADs/wAAAAAAAAAAAAAPAPT/AAAAAAAA+v8AAAAACAAAAAAA9f/c/97/0v/r/w0A3v/r/+L/5//w/8n/5f/r/xYA5v/s/+z/7P/s/+z/7P8UAOz/6//I/9L/1v/R/x0AvP/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/Y//T/AADZ/wwA2P/h/+3/4f8cAOv/6P/o/+P/7f/o/+L/6P/n/+r/GQDo/+P/IADS/97/1v/o/9n/4P/i/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//D/FADr/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//D/FADr/+//AAAAABQAAAAAAOz/+f8AAAAA7v/6//D/7//s//D/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwAAAAAAAAAAAO7/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8P8UAOv/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AADu/+3/3v/r/+v/FAAAAAAAAAAAAAAAAAAAAAAA8//x/+z/AADr/+z/7/8VAAAAAAAAAAAAAAAAAAAAAAAUAO7/7v8AAAAA7f/s/+3/5f/s//X/+//3/xUA7v/s/wAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAAFADt/+z/7f/t//H/AAD2/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+T/6//4/+//5/8WAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/p/+z/FADq/+z/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADl/9v/KADs/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/x8A5f/i/+X/3f/h/+D/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5f/5/9v/6f/Y/wAADADs//P/AAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/t/xQA7f/s//T/AAD0/97/7f/y/+3/DgAUAO3/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/l/wAA3v/n/x8A3f/k/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/FADs/+z/9v8AAAAAAAAAABUAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA6//v/+z/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAA+/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAPAOz/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA0//n/9v/AAAAABwA3f/o/wAAAAAAABQAAADy/wAA7P/h/xwA5//j/+X/1v/e/+f/+f/Z//X/AAAAABEA9P8AAOz/7P/s//b/7f/s/+//FAAAAAAAAAAAAAAAAAAAAAAA3P/5/zYA3//p/77/0//E/+z/8P/s/xQAAADs/+z/8f/6/+z/8v/r/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOL/u/8AAAAAAAD6/0wAAADr/9b/+f8nAAAA6f/o/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/t/+3/FADs/+z/2P/p/xoA6//q/9T/3P/I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/n//n/9//X/+z/7P8hABQA7P/t/+//7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3P/d/+f/7/8AAOz/EwDX/+L/0f/s/+P/9//l/y0A3P8AAAAAAAAAAAAAAAAAAAAA2P8AAOj/6v/q/9j/5P8SAAAAAAAUAAAAAADs//n/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//r/AAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7f/v/+z/EQAAAAAAAAAAAAAA8P8AAOz/7P/t//n/FADu/+z/8v8AAAAAAAAAAAAAAAAAAAAA5v/p/+v/5P/q/xgA5f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAACAALAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//s/+v/+//r/+3/FQDs/+//7P/r//v/6//t/xUA2//K/9v/2P/S/9L/JwD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/2//a/9z/6//d/yEA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/6v/2/wAA9/8AAOz/GQD6//D/2f/r//j/6v/U/ycA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7P/a/+b/4f/Y/9j/KADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAD7/wAA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA8P/u/wAA+//w/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/+P8AAAAA9//u//L/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/6//D/7//s//D/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAA9/8oAPD/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7f/x//j/3v/s/+3/FQDs/+z/7P/r/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/u//T/7f/s/+z/FADr/+3/AAD0//H/FADq/+z/7f/t/wAAAAD2/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6//x/+7/6/8AAPj/FQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAVAOv/8f8AAAAA7P/s//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAOj/4f8UAOv/3f/s/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAABEA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P8AAO7/9f8XAOn/7P8AAAAAAAAAAAAAAAAAAAAA4P/P/87/GgDl//L/4P/4/+z/7//s/+v/+//r/+3/FQAAAAAAAAAAAAAAAAAAAAAAEADs/wAA+f8AAAAA2v/s/wAAAAAAAAAAAAAAAAAAAAAVAOn/7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8/8AAAAAAAD1/xQA7v/r/xQABgDb/+j/6v/o/9z/1P/6//T/6f8AAO7/8f8AAOz/6f/s/93/7P/a/+D/HQAAABUAAAAAAAAAAADs/wAAAADv/+3/AAAAAAAAEwDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/7P/s/+z/7P/s/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAA+v/6//X/FQAAAAAAAAAAAAAAAAAAAAAA6//i/+j/8P/u/+z/FQDq/wcAuP+Z/7P/y//U/8j/6f/1/wAAAAAAAAAAEQD3/wAAJQDm/+X/8f/r/9z/2v/m/wAA7P/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//f/AADt//X/6/8AABgAAAAAAAAAAAAAAAAAAAAAAOz/5//t/+7/9v8VAOz/9v8AAAAAAAAAAAAA9f8AAA8Azf/f/wAA1v/S/ycA2f/m/wAAAAAAAAAAAAAAAAAAAADp/+r/6//p/+r/FwDp/+v/AAAAAAAAAAAAAAAAAAAAAO//7f/4/wAA+v/v/xMA8f8AAAAAAAAAAAAAAAAAAAAAGQDp/+3/7P/w/+f/6P/n/+r/+f/y//b/AAAbAPL/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/3//m/9r/2//Y/yMA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOv/7P/q/+v/6//s//H/AAAAAAAAAAAAAAUAu/8PAPT/x//l/9X/AADp/wAAAAAAAAAAAAAAAAAAAADu//T/7//7/wAAFAD3/wAAAADv/+3/AAAAAAAAEwDy/wAAAAAAAAAAAAAAAAAAAADY//r/4//d//f/AADY/woA+P8AAAAAAAAAAAAACgAAAOz/9//w/+P/9//Z//D/KQAAAAAAAAAAAAAAAAAAAAAA7P8UAOr/6f/v/+z/6//s/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/2/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAD3/wAADwAAAAAAAAAAAAAAAAAAAAAA7P/t/+7/7f8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAADt/wAAAADl//v/FADx/+z/5P/l/+//9v/t/wAAAADS/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//x/wAAAAAAAOr/KAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA9v8AAAAAFADs/+7/AAAAAAAAAAAAAAAAAAAAABQA7P/v//T/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//s/+v/+//r/+3/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//m/+3/8P/v/+7/GQDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/+v/s/+L/AAAaAPb/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/9P/v/xQA7f/s/+z/7P/u/wAA8//s/xQA8P8AANn/3v/m/+3/AADl/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/NADh/wAAAAD0//j/2f/Z/9z/5P/o/w0AEwDY/wAAAAAAAAAAAAAAAAAAAAAmAAAAAAAAAAAA2//1/wAA7P/s/+z/7f/s/xQA7P/s/9X/AADS/+D/6f/s/+n/7f8AAAAAAAAAAAAAAAAAAAAAGQDs/+z/9/8AAOX/5P/r/wAAAAAAAAAAAAAAAAAAAADw/7n/BgDS/+r/vP8NAMD/7P/Z/+b/5f/l//n/CgAAANj/EwDr/9n/2P/l/wAA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6v8YAOn/7f/q/+f/6//V//D/1v/j/+z/2f/4/xcAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAFADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA7P/s//f/AADl/+T/6/8AAAAAAAAAAAAAAAAAAAAA7f/t/+z/7//6/xYA5//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/r/wAAAADx/+7/AAAAAAAAAAAAAAAAAAAAAOb/5v/t/+z/6v/n/+z/FgAAAAAAAAAAAAAAAAAAAAAA4P/k/wAAAADZ/w4A1v/a/+z/FADt/+3/7P/s/+z/7P/X/8b/0P/U/yEA2f/c/+7/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+3/GwDZ/+H/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAM3/xf/D/8b/6P+3/wAAAAAAAAAAAAAUAAAA7P/t/+3/7//t/xQA7f/t/+z/5v/m/+3/7P/q/+f/7P8WAAAAAAAAAAAAAAAAAAAAAADj/+z/7v/s/+3/7P8cAO3/AAAAAAAAAAAAAAAAAAAAAO7/AADs//j/7v8UAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA6v/r//X/AADn/+n/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/8v/n/+v/3f8oAOL/5f/s/+z/9f/s/wAA1f8UAOz/7P/s/xQA7P/t/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADr/xQA7P/b/+z/AADY/+z/7P/s/+3/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAATAN7/0f8MANz/6//S/+n/6v/p/+j/5f/r/+n/FgDr/+3/7f/w/wAA9f/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P8UABQA7v/q/+n/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//X/AAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+z/7P/s/+v/7P8UAOv/6v/s/+z/7P/r/+z/FADz//H/7P8AAOv/7P/v/xUAAAAAAAAAAAAAAAAAAAAAAOb/FgDk/97/4//W/9D/zf8AAAAAAAAAAAAAAAAAAAAA3f/K/wAABwAAAPr/DgDR/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//L/+v8AAOz/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/4v/a/x8A5P/l/+H/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8//r/wAAFAAAAAAAAAAAAAAAAAAAAAAAPADs/wAA+P8AAO7/xf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/V/yAAxv/k/97/5v/g/+z/9P8WAPH/AADb/+z/AADN/9z/HQDq/+X/2//Z/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/xQA7v/5/wAAAADs/wAAAAAAAAAAAAAAAAAAAAAAABUA+v8AAAAAAADs/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/3f/q/9j/3P/n/xcABQDs/+r/7P/q/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAMn/AADJ/9//0P/w//H/8P8AAAAAAAAAAAAAAAAAAAAAFADv/wAAAAAAAPT/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5f/h/9j/3f/j/x4A3f/g/xgA2f/c/+H/3f/j/+r/7P8UAPD/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/7/+v/7P/b/+D/JQDr/+z/6//k/+v/6v/r/xYAAAAAAAAAAAAAAAAAAAAAAOv/6//j/+z/FADr/+v/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xUA7P/r/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAO3/+//w/wAAAADr/xUA+f8HAOr/1P/m/+r/6v8AAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAEQD3/wAAEgAAAAAAAAAAAPn/7/8AAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/3//P/7P8VAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//4//L/9P/e//b/8P8pAOz/7P/r/+z/7f/s/+z/FAAAAAAAAAD6/wAA9/8AAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOb/yP/f/+H/6//k/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/7f/w/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//t/+3/7f/s/+3/5f8UAPD/9/8AAAAA+v/u//P/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA1/8AAPT/6v8AAM3/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAoA6v/q//L/7f/c/+j/6f8ZAAAA6f/c/wkA6//m/+j/AAAAAO//7f8AAAAAAAATAPL/7P/3//D/4//3/9n/8P8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/5f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//r/AAAAAPr/9f8UAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAOz/AADz/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA3f/o/+D/6v/Y/9f/2P8nAOz/9P8AAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8P8AAPX/7P8AABQAAAAAAAAAAAAAAAAAAAAAAOj/4//4//j/5//y/+n/GwDs/+z/7//t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/9j/5v/u/wAAEwAKAOz/+P/q/w8AAADa/9//4//Y/9j/y/8WANH/5f/M/9P/DgAVAOz/7P/t//L/6P/u/+z/AAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAPb/AADH/+b/HwAAANr/0v/X/+z/7P/s/+z/7P8UAOz/7P/s/x0A4v/o/+z/4//k/9b/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACp/3r/4P/l/+z/0v8AAMT/0v/X/xkA6P/Y/+j/z//X/5n/2f/Z//H/AAD3/+7/EgDT/9b/1f/l/+z/6/8AAAAAAAAAAAAAAAAAAAAAzv8AAMn/5v/o/+3/5f8UAPH/HgAAAAAA9v/x/+L/9f8AAAAAAAAAAAAAAAAAAAAA7P/6/87/3v/l/wcA4P/W/+z/7P/s/+z/7P/f/+z/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7P/s/+z/7P/s/xUA7P8AAOz/2//o/+3/EwDT/+z/AAAAAAAAAAAAAAAAAAAAAOz/4f8SABEAyv/T/7D/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADw/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+L/5f/m//b/4/8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/w/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAAAA7f/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs//T/AAAAAAAAFADt/+7/5f/f//P/9v/5/+7/JgDo/+D/4//r/+v/6//j/x0A5f8AAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/FQDs/+X/5v/q/+z/FADs/+z/7v/s/+v/7P/s/+z/7P/0/xQA7P/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADt/+3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P8UAPD/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/4v/3/wAA+f8AABMA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/S/xQAAAD0/+z/7P8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7//s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEA7f8AAAAAAAAAAOP/+P8gAPD/AAAAAAAAAADk//r/FADs/wAAAAAAAO3/8P/s/+n/AAD7/+7/AAAWAOz/7f/s//n/8P/v//H/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+z/9f/7//f/FQDu/+z/7f/1/+7/AAAAAOz/FADx/+3/9f/u/wAAAADs/xQA8f8UAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f/s/xQA7P/n/+H/6P/n/+f/5f8aAOP/FQDs/+3/7f/t/+v/2v/s//L/AAAAAAAAAADw/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/wAA7P8UAO//7P/s/+7/8//u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADX/7b/8v+8/7//2/8HAOj/AADf/+v/3//m/9n/3/8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/+P/7P/u/+z/7f/s/xwA7f8AAAAAAAAAAAAAAAAAAAAA5P/p/+f/5v/n/+v/GgDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/0/xgA6//w/wAA7P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/s/+//7f/a/w0A5P8AAAAAAAAAAAAAAAAAAAAA4/8nAOn/1f/a/9j/0//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAEQDU/7z/wf/q/8H/+f8AAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+v/2f/Z/+z/KADb/+P/+v/3//j/8f8AAOz/FAD5/+z/7P/m/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/t/xQA7f/s/9L/JQDt/wAA5f/0/97/AAAXAOr/0f/q/+3/5//o/+D/7P/0/wAAAAAAABQA7f/u/xQA7v/v/wAA+v/s/+n/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAA7v8AAAAAAAAAAAAAAAAAAAAA8f/0/9X/+f8AAAAA2//N/xQAxP/Q/9X/v/+y/9//+P/s/8X/8//p/+v/6/8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/3P8UAO7/1v/s/+v/AAAAAAAAAAAAAAAAAAAAABUA+P8AAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA5P/r/+7/0//q/+3/6P8VAOT/GgDp/+7/8//7/+b/9f8AAAAAAAAAAAAADwD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//y/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/+b/7//t/+7/3P8IANz/AAAAAAAAAAAAAAAAAAAAAOz/5//t/+7/9v8VAOz/9v/z//H/+P8AAAAA7P8UAO3/7P/s/+7/8//u/+z/FADs/+3/7f/w/wAA9f/s/wAAFADt/+3/8P8AAPX/7P8AABQA6P/s/+z/7P/s/+z/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/DgD1/+//z//f/+f/FgAXAJ3/vv/M//b/3v/q/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//X/AAD6//j/7f/x/xsA7P/t/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADY/xUA6v/y//j/7P8AAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wwAAAAAAAAACgAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/+f/v/+3/7P/v/xQAAAAAAAAAAAAAAAAAAAAAAOz/6f/r/xYA6v/m/+r/6v/s/+3/7P/1/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9v/2//s/9r/1f8pANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AADt//P/7P/s/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/6v8WAOv/7P/y/+r/6//r/+r/4v/r/+r/6//r/xgA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+n/6//k/+r/GADl/+X/AAAAAAAAAAAAAAAAAAAAAPD/5f8AAN7/5/8fAN3/5P/s/+z/8v/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+z/FADs/+z/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+P/GgDs/9b/2v/d/+L/4P84AM3/wf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgAAAAAAAAAAANv/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AAO3/9f8UAOz/7f8AAAAAAAAAAAAADgAAAPj/7f/l/+P/6//s/+z/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/xkA6//q/9v/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/7/wAAAAAAAAAADwAAAN//5P/g/+j/3P/i/yAA2f/u/+z/+v8AAAAA7v8VAAAA7P/X//L/AAAAAO3/FAAAAPP/8f/4/wAAAADs/xQA7f/s/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA+f/u/wAAAAAAAPf/EwAAAPn/7v8AAAAAAAD3/xMAFQD4/wAAAAAAAAAA7P8AABMAAAAAAAAAAADt/+7/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAAAAAVAOz/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7f/u/+v/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAADr/+z/AAAWAAAAAAAAAAAA6//s/wAAFgAAAAAAAAAAAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8AANj/6v/Y/9j/AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/p/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwD0/wAA7P8AAAAAAAAAAPr/FAD6/xYA+f8AAAAAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAADq/wAAFgAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/5f/s/+z/7P8UAOz/AADz/+3/7P8UAOz/7P8KAOT/5//g/9//9v8AANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7f/o/+z/4P/q/xUA7/8AAPf/FAAAAPD/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/t/+//7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7f/s//f/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/y/+//7P/s/xQA7P/b/+7/8/8AAAAA5/8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8P/s/+z/7P/s/+z/7v/t/+3/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FgDc/+r/7//b/+r/5//u/wAA7P/4/+7/FADu/+z/4f8UAO3/8f/1/+3/7P/q/wAAAAAAAAAAAAAMAAAA9P/t/+z/AADt//X/FADs/+3/7f/t/+z/7//6/xYA5//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5//D/7//x/+z/FADs/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/7P8UAOz/7P/5/+f/FADt/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//Z/+v/xv/t/yAA+v/S/wAAAAAAAAAAAAAAAAAAAADh/+L/6P/j/+j/3P8hAND/2f/r//D/6//w/ygA2P/k//L/y/+k/8//jf+y/xMAmf8AAAAAAAAAAAAAAAAAAAAA6P/q/+f/7P/t/xUA7P/s/9v/4P/l/9//3/8fANb/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//X/AAASAO7/7f/t/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6v/o/wAA4P/i/+z/3f8dABQA7P/u/+//7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/HADq/+f/6f/m/+L/4v/4/xQAAAAAAAAAAAD2/wAA6/8WAOv/6f/s/+n/6//q/wAAAAAAAAAAAAAAAAAAAAAUAO7/8P/u/+7/7P/s/+7/HADd/wAA+f8AAOz/3v/Y/wAAAAAAAAAAAAAAAAAAAAAAABQA+P8AAAAA8//s/wAAAAAAAAAAAAAAAAAAAAAAAOz/8/8AAAAAAAD1/xQA7v/r/+v/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAML/xv/3/8j/1v/I/wwA1//t/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAABQAAADs/xQA7P8GAOX/7P/s/+X/7P8AAAAA+v8AAAAACAAAAAAA9f8UAPH/9//4/+3/8f/v/+z/7f/x/+//7P/s/+3/FAAVAPj/AAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAABQA7P/v//D/7//s/+z/7P/t/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8P/s/+z/7P/s/+z/7f/s/+z/7P/s/+z/FADs/+v/FwDr/+v/6//p/+n/6P/q/+T/6v/h/+r/4P8dAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8UAO3/+P/z//v/7f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//w/wAAAADu/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P/s/xQA7P/s/+3/8f/v/+z/7P/t/xQA5P/p/+b/6v8XAOr/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//u/+z/9v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADu//f/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/AAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAOr/2/8eAMb/4//m/9z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/z//j/7P/n/+z/EwD1/wAAAAAAAO//7v8AAOz/2P/e/xQAAADo/xIA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/+j/7P/g/+r/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAO//5v/z/8b/2v8AABMAAAAAAAAAAADt/+7/9f8UAOz/7f/0//X/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6v/s/+z/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9n/+P/a/+b/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/AADs/7j/3//N/+X/BwDo/9v/JwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/HwDs/+z/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD4/wAA7P8AAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAD2/+f/wv/d/+z/6f8SANj/IQAAAAAAAAAAAOj/6/8AAPj/FAAAAAAAAAAAAPb/AADq/xMAAAAAAAAA6f8AAAAA6v/q/+z/6P/s/+v/FQDs/xUA6//s/+z/9//s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAPn/7v/r/xQA7v8AAAAAAAAAAAAAEgAAAO7/AAAAAAAAAAAAABIAAADu/+z/8v8AAAAAAAAUAO3/7f/s//L/AAAAAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOj/7P/s/+z/7P/s/+z/FADs/+z/wP/g/9f/1//M/97/IAC3/+z/8v8AAAAAAAAUAO3/7f8AAAAAFwDq/wAAAADx//j/AAAAAAAAAAAAABUAAADs/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+z/7P/s/+z/AAAcAAAA+v8AAAAA6//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//j/+H/5//f/+T/HADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADy/wAAAADs/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDo/+v/7f/s/+z/6P8AAAAAAAAAAAAAAAAAAAAAx/8AANn/1P/Y/9z/AAAAANj/3//r/wAA6//h/9n/BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/x/+3/7f8UAOz/7f8UAO7/9//t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA6f/p/+z/6v/r/+n/7P8AAAAAAAAAAAAAAAAAAAAA6v8WAOv/7P/y/+r/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//b/7v/s/+z/7P/7/+r/6//r/9r/4//b/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/2/+7/7P/s/+z/AADs/+z/7//t/+z/FADs/wAA7P/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/y//D/FAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/yv/N/9P/y//C/8b/JQAAAAAAAAAAAAAAAAAAAAAAxv8yANr/3f/W/9r/z//e/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/wAA7P8UAO//AAAAAAAAAAAAAAAAAAAAAOz/9P8WAPH/AADb/+z/AADm/+f/FwDp/+n/5//q/+X/6f/q/xkA6//q/9v/6v/r/+7/8v8UAPn/9v/s/+z/8/8SAAAAAAAAAAAA+f/v/wAAFAD1/wAAAAAAAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAO3/8P/s/8z/6//r/+7/0//Z/xkA3/8UAOz/AAAAAAAA7f/w/+z/EgAAAAAAAAAAAPn/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AAD7/+7/AAAWAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkA6P/N/8n/5v/J/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7//0/+7/7P/s/+z/7P/q/+z/5f/s/+z/7P8UAMj/8v/B//j/wP/C/wYAwf8oANb/5v/r/+r/2P/l/9v/AAAAAAAAAAAAAAAAAAAAABkA6v/I/8n/2f/G/9P/xP8AAAAAAAAAAAAAAAAAAAAAz/8cAJf/dv/G/67/tP+z/+z/4//l/9n/7P8JAAAA7P/A/+D/1//X/8z/3v8gALf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAMX/wv8AANb/2//f//r/7P8VAOz/7P/s/+z/5v/s/9n/7P/Y/9n/2v/c/woAAADs/+z/7f/v//j/7f8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9v/BwDR/+3/FADQ/+z/1f8XAOv/6v/o/+v/6v/j//j/FAAAAAAAAAAAAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/W/+j/4//s/+v/FQDV/93/+P8AAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC7/zsAuv/b/+v/4/+p/93/9v8gAAAAAAAAAAAA7v8AANL/HgDH/9P/1//h/9b/xP/j/+H/5//L/+X/IgDa/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//f/+P/x/wAA7P8UAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/wAAAAAAAOz/7P/u/xQA9f8AAAAAAADs/+z/7v8UAPX/AAAAAAAA7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/7P/s/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/7P8UAOz/7P/u/wAA7P/4/+7/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeANb/1f/a/9v/6v/m/8n/6//i/+j/8P/u/+z/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+f/1v/q/+P/2P/Z/ykAAADs//r/AAAAAPn/9f8UAO7/5f/s//H/7v/s/xoA7v/r/xYA7P/r/+z/7P/p/+v/5P/n/+//8v/u/+n/GADr/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/j/+r/6//h/+j/GgDm/9H/4v/b/9j/5P/h/ygA5v/h/+z/7f/0//r/7v8VAPj/AAAAAAAAAAAAAAAAAAAAAOH/7P/t//T/+v/u/xUA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA7P/u//T/9P/b/9r/9P/s/xQA8//q/+n/AADs/wwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/6//s/+v/5f8XAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//H/7f8UAPX/7f/s//L/AAAAAAAAAAAAAAAAAAAAABkAAAAAAAAAAADp/wAA9/8iAOz/7v/0//T/2//a//T/AAAAAAAAAAAAAAAAAAAAABQA7P/w/wAA8f/s/+z/7f8RAAAAAAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA7P/t//P/8//s/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9P8AAOz/9v8AAAAAAADs/xQABwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8AAOz/FADv/xYA5//s/+L/6f/f/+f/6/8AAAAAAAAAAAAAAAAAAAAA7P/2/wAAAAAAAO//FAAAALT/EwDQ/8b/1f/V//X/wv/s/+7/9P8AAAAA7f8UAO3/6//q/+r/6//r/+j/FgDr//H/HgAAAAAA9v/x/+L/9f8WAOn/8//y//L/6//q/+z/7v8UAPP/7P/t/+z/6//s/+X/7P/1//v/9/8VAO7/7P8UAO3/AAD7/wAA7f/s/+z/1//v//j/9/8AACkA6//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAOz/AAAAAAAA3/8AAAAAAAAAAAAAAAAAAAAAAADr/+z/7P8UAOv/7P/s/+z/4//s/+z/JwDs/97/6//Y/+j/6f/r/xYA5//m/+r/5//q/+r/+f8hAOz/2f/s/+z/7P/p/+v/FgDq/+b/6v/q/+b/5f/r/xUA9//b/+n/7P/r/+v/7P8VAO//6v/r/+r/8//w/+//7P/w/+3/FADs//P/8P/v/+z/8P/t/xQA7P/s//n/5/8UAO3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOv/7P/p/xUA6//s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAADr/+r/7P/s/+z/6//s/xQA7f/t//D/AAD1/+z/AAAUAOr/4f/a/9n/AADb/9v/EQAAAAAAAAAAABQA+P8AAOz/7P/s/+3/+//u/+z/8v8UANP/zP/f/+T/+v/r/97/GQDt/+3/8P8AAPX/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAkA8P+6/7//uf/d/+3/6P/2/+//8f8AAAAA9v8WAAAA6v/Y/8//2f/d/9v/JADa/wAAAAAAAAAAAAAAAAAAAAAUAOz/7v/v/+7/7P/s/+z/7P/r//D/AAD2/+7/FADy/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+z/7P/s/+z/FADs/+z/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA6v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/c/+D/3f/a//L/6v8iAPH/AAAAAAAAAAAAAAAAAAAAAPr/FQD1/wAA+/8AAO//AAAAAAAAAAAAAAAAAAAAAAAA2v/r/+z/7P/q/9j/JQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+z/5//w//D/5f8cAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+z/6f/q/+v/6f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADq/+v/9f8AAOf/6f/5/wAAAAAAAAAAAAAAAAAAAADq/97/6v/n/+//7P8WAOX/FADu//D/7v/u/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/AADi/+T/7P/a/wAA6P8AAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA7P8AAOv/7P/r/+z/7P8UAOz/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA8P/u/wAA+//w/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//P/8v/z//X/FADy/+z/AAAXAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAPD/7P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//4//L/9P/e//b/8P8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/5/wAAAAAAABYAAAAAAAAAAAAAAAAAAAAAAAAAAADt//b/AAAAAAAAFAD0/+z/AAAAAAAAAAAAAAAAAAAAACMA8P/r/+3/+v/d//H/8P/o/+n/6//r/+n/3/8YAOf/AAAAAAAAAAAAAAAAAAAAABQA7P/u/+//7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//n/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/xQA7P/s/wAAAAAAAAAAAAAaAPD/9v/P/9H/3P/q/+v/NADJ/87/0//Q//D/y//U/zQA3P/K/wAAAAAUAO3/AAAUAPn/7P/s/+z/7f/s/+z/FADs/+z/8P/6/wAAAAAAABUA8v/v/+z/7f/t/+z/7P8UAOz/7P/s/+3/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAA9/8UAPD/7f8AAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAAAABYA8f/w/wAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t/+//7//t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADt/+3/7P/v//r/FgDn/+7/7P/l/+z/5v/f/xsA4v/d/+z/7P/s/+z/7P8UAOz/7P/z/wAAAAAAAAAAFgAAAOz/AAAAAAAAAAAAAA4AAAAAAO3/7P8AAO3/9f8UAOz/7f/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAA+f8AAAAAAADq//j/7P/q/+z/6v/s/+z/7P8UABQA7P/3/wAA5P/s/+z/7P/s/+z/7f/z/+z/6/8UAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//s/+z/6//u//b/8P/t/xQA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/8P8AAPb/7v8UAPL/7P/r/+z/7P8VAOz/6//r/wAAAAAAAAAAAAAAAAAAAADL/9X/x//a/zEAzv/F/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+7/7P/s/+z/FADs/+z/FADs/+z/6v/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+3/7P/s/+z/FAAAAAAAAAAAAAAAFAAAAOz/7//t//j/AAD6/+//EwDx/wAA+v/6/wAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xgA6v/r/9z/5v/o/+r/AAAAAAAAAAAAAAAAAAAAAOv/7f/s/+f/7P/s/xUA4f/s/+z/3P8AAO3/EwDW/+z/HQDj//f/AAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/+v/7P/w/+z/FADs/+H/7P/h/+P/+v/u/xUA7f8AAAAAAAAAAAAAAAAAAAAA1//K/+X/ov8aAOj/2f/5/wAAAAAAAAAAAAAAAAAAAAD7//D/AAAAABcAAAD7/wAA+f/V/wAAAAAnAOz/4f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9f/yf8ZANP/CgC3/+b/AAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAAAAD4/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8UAOz/6//Z/+P/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/o//P/AADz/xsA9//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAyP/W/+j/6P/a/+H/4P8AAPf/8v/t//f/7/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/e/+H/0f/7/9X/0v8AAAAAAAAAAAAAAAAAAAAADQDt//j/5f8AABMA7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7//n/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/7P/y/+v/7P/s/+z/FADs/+3/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA5f/7/wAAGgDz/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/xQA7P/s/+r/8P/s/+z/7f8WAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/1/wAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/9P/t/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAOn/5f/t/+z/AADZ/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACADo/+T/8f/v/+v/8f8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7v/v/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAAEwDy//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+r/AADt//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAALP/xP/Q/8P/0P/O/0IAwP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXANz/7P/0/+//5//p/+7/1v8AANf/AADV/9b/1v/X/wAAAAAAAAAAAAAAAAAAAAD4/9P/2P/j/97/CwDQ/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/7P8UAOz/4f8AAAAAAAAAAAAAAAAAAAAA7P8UAPP/7f/u/+z/7P/1/wAAFgDt/wAAAADu/+n/AAAAACUA9/8AAAAA7//g/wAAAAAAAAAAAAAAAAAAAAAAANf/6//1/+7/AAApAPf/8f/y//P/AAAGAAAAEwDw/9j/6P/p/+v/FgDn/+b/6v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/7/+7/7P/y/xQA9f/c/+z/7P/t/+r/DADn/wAAAAAAAAAAAAAAAAAAAADu/+3/7f/t/+z/7P/s/xQAAAAAAAAAAAAAAPn/DAAAAOf/+f/r/+z/8f/s/+v/FgAUAOz/7f/t//f/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/2/wAA9/8AAOz/GQD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAPT/6P/o/wAA6//Z/+z/7f/5/wAAAAAAABQA9//s/97/GwDp/+X/4v/m/9//3v8UAOz/+P/t/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+7/7P8UAO3/7P8AAAAAAAAAAAAAAAAAAAAA8P/0//L/AADu/xMA7/8AAAAAAAAAAAAAAAAAAAAAAADQ/+v/6//i/+v/FwDW/+j/6v/q/+z/6P/s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7f/u//X/FgAAAPT/+P8AAOz/6v/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAOn/9P/w/+//6//v/+z/9P8AAAAAAAAAAAAABQDe/9j/+f/p/wAAwf8iAOv/7P/s/+3/8P/t/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAANAAAAAAAAAAAAAAAAAAAAAAC7/w8A9P/H/+X/1f8AAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA9//s/+7/7P/g/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAA0A7P/w/wAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/y//X/7v/6//D/KADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/4//q/+v/4f/o/xoA5v/t/+3/7//t/xQA7f/t/+z/7P/s/+z/7P8fAOz/7P/f//n/8f/3/wAAIwDz//D/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6P/5/wAAAAAJAAAA7P/t/+3/8P8AAPX/7P8AABQA3//r/+j/6P/Z/9f/GgDc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/4v/P/8L/3P/Y/yUAxv/u/+//7P/2/wAA7/8UAAAA8v/x/+3/FAD1/+3/7P/y/xQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/9P/3/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+r/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/9v/0/+7/7P/k/+3/6P/r/+v/6f/o/+z/FwDt/wAAAAAAAAAAAAAAAAAAAADY/+b/1f/d/+X/5f/P/ygA5f/P/wAA8f/r/+r/HADb/+b/5f/m/+X/4f/Y/+T/IgDs/+z/7//t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAD6/wAA7P/s/+z/5//s/+z/FQDk/+T/7P/6//T/7f8WAOz/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//f/7P/s/xQA7f8AAA0AAAAAAAAAAAD0/wAA+P8AAAAAAAAAAAAACgAAAOf/+f/r/+z/8f/s/+v/FgAAAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAOv/7P8AAAAA9//y/+3/9//v/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/8P/u/+7/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/5/wAAAAAAABYAAAAAAOz/7v/s/wAA7v8UAOn/7P/u//P/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//b/AAAAAAAAFAD0/+z/AAAAAAAAAAAAAAAAAAAAAO3/7f/y/wAA7P/s/+z/FAATAPX/AAAAAAAA7//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xgA5f/p/+v/6//h/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+j/6//q/xcA7f/q/+v/7P8WAOr/6//q/+v/6v/r/+X/6P/r/+r/FwDt/+r/6//s/+z/7P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/FADs/+z/IgDf/+X/5v/k/9v/3f/j/xQA+v8AAAAAAADs/+z/8f8AAAAAAAAAAAAAAAAAAAAA7P/p/9f/5f/r/xYA0f/r/+z/7P/Y/+z/7f/r/xUA6//z//D/7//s//D/7f8UAOz/6P+6/97/3v/j/83/OgDl/+z/7P/t//D/7f8UAO3/7P/q//n/8v/2/wAAGwDy//r/6v/s//f/FQD3/+r/6v/n/wAAAAAAAAAAAAAMAAAA9P/r/+z/6f8VAOv/7P/s/+v/+P8AAPb/AAAAAOf/HwAAAOz/7P/v//r/9P/t/xUAAAAAAAAA+P/x/wAAAAAbAAAAAAAAAAAAAAAAAAAAAAAAAOP/vf/o/8v/2/8YAOr/4P/s/+z/9P8UAOz/7P/s/+7/v//h/9v/2P/Y/zkA1f/E/7z/zf/D/9D/1P+1/0UA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u//f/7//s/xQA8P8rAAAAAAAAAAAA2v/d/+z/FADs/+z/7v/s/+z/7P/s/xQA7P/s/+7/7P/s/+z/7P/p/+v/5//r/+z/FgDq/+v/7P/s/+z/3//s/xYA2v/r/+z/7P/s/+z/7P/s/xQA7P8AAN7/+f/X//L/KwDd/+P/6v/r/+z/7P/s/+z/FADs/+r/6f/6//T/8P/l/xkA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA3v/n/+j/6f/q/+r/6P8AAAAAAAAAAAAAAAAAAAAA7P/y/wAAAAAAABQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//r/7v/w/wAA9v/u/xMAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAPr/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/yAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7P/s/+z/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAD3/+b/2P/l/93/+P8AAPb/AAAAAOf/HwAAAAAAAAAAAAAAAAAPAPT/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8AAOz/FADv/wAAAAAAAAAAAAAAAAAAAAAAAOf/6P/h//T/2f8AAOT/5f/d/+r/7P/r/xoA5f/s//X/3P/e/9L/6/8NAN7/6//s/+z/7f/w/+3/FADt/+z/FADs/+3/7f/t/+z/7P/s/+z/AADu//P/+P8UAOz/7P/x/wAAAAD5/wAAFwD0//r/7P/q/+z/8v/r/+j/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/r/wAAAADx/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8VAOz/5f/m/+r/7P8UAOz/9/8AAOT/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAA+v/7/+T/9f/v/zYAAAAAAAAAAAAAAAAAAAAAAO7/AADk/97/CgDY/9b/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/y/+v/6P8VAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/+r/CgDa/93/AADS/9b/FADs/+z/7f/0/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADw/+z/7P/s/+z/7P/x/yUA5P/w/+D/4f/U/+L/HADS/9v/+P/q/+r/5P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+X/7P/x/+7/7P8aAO7/7P/t//H/9P/v/xQA7f/s/+v/AADs/97/5P/q/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAWAO3/AAAAAO7/6f8AANj/5//r/+L/2f/n/yQA6f/n/+n/7f/r//P/7P8YAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9P/9f/i//r/6P8sANz/CgDZ/9//zv8AAAAAzv8FAO3/7P/s/+3/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/8f+6/77/6v/z/+v/EwAAAAAAAAAAAAAAAAAAAAAAAAAVAPX/AAAAAO3/7P8AAAAAEwAAAAAAAAAAAO//AADl/+z/2f8AAO3/0v8AAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAD0/wAA9//Y/93/yv/T/+f/DwDQ/+z/FADs/+//7f/s/+z/7P8AAMj/zP8AAOn/DwDi/+b/yv/6/8X/9//n//X/6f/o/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7f8UAOz/AAAAAAAAAAAAAAAAAAAAANf/AADT//L/6//5/7f/7f/Y/97/6v8AAOr/4f/Z/wYA7P/r//D/7f/7/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/e/+X/3f/v/+j/w/8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/tf+M/x8A3//4/7P/AADq//D/7P/s/+3/FgDs/+//5f/l/wAA2P/a/wkA2P/n/wAAAAAAAAAAAAAAAAAAAADQ/97/5f/d/+//6P/D/xoAAAAAAAAAAAAAAAAAAAAAAAAA7P/Q/wAAAADT/wYA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/6f/p/+v/7P/w/+//FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/6//t/+z/7f8oANv/2f/s//T/AAAAAAAAFADt/+7/7P/t/+z/7P/y/xQA6//x/+7/AADs//j/7v8UAO7/7P/f/+z/FgDs/+z/6//q/+z/0P8yAOH/1//a/+b/0P/a/+b/7P/p/+r/7P/q/+z/FQAAAAAAAAAAAAAAAAAAAAAAHQDe/+r/yv/e/9X/5v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+j/7P/t/xUA7P/s/8v/7v/i/wAAAAAnAOz/8v/t/+z/AADt//X/FADs/+3/3//n/9T/3//t/xkA6//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/y/wAA7f/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/g/yAA3v/l/9L/4P/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOn/6f/s/+r/6//p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//r/AAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+3/7P8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/w/+7/7v/s/+z/7v/U/9L/7f/z/+3/KwDf/+r/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7//s/xQA7f8UAAAAAAAAAAAA7P/s//L/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//L/AADt/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+//AAD2/+7/7P/w/xgA+v/z/wAAAAAAAO7/AAAYAPr/9P8AAAAAAADu/wAA7P/s/+v/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/xUA7//q/+v/6v/O/wAAAADn/+3/IwDq/+X/AAAAAAAAAAAAAAAAAAAAAOz/7P/r/+r/FQDs/+z/6P8AAAAAAAAAAAAAAAAAAAAA4//Z/wAA2//s/+r/6/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//o//b/8f8AAOv/6P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/wAAAAAAAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/8f8AAAAA7P/s//n/FQDr//H/AAAAAOz/7P/5/+z/7f/x/+//7P/s/+3/FADt/+z/AADy/+3/7P/x/xQA7P/q/+z/5f/s/+z/7P8UAN//5v/K/9P/6P/V/y4A1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkA7v/s//r/AAAAAO7/FQAAAOD/6f/p/+T/6//e/x8A3P8AAAAAAAAAAAAAAAAAAAAAFADt/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//r/9P/t/xUAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAAAAAAFAAAAOf/6f/t/+v/8//s/xgA7//s//L/AAAAAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAABQA7f/s/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACkAz//m/87/1f/T/9j/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/M/9z/FgDL/9r/0f/o/x0A4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x/wAA+v8AANz/HAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/k/+P/AADt//D/IQD4/wAAAAAAAAAAAAAAAAAAAADi/+P/5f/p/+r/5v8aAOf/6v/q/+z/6P/s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANj/2//b/+z/2v/V/ykA2f8AAAAAAAAAAAAAAAAAAAAA5//o/+z/FgDr/+b/6v/p//L/AAAAAAAA9/8SAPL/AADC/9n/2P/m/+H/KwDD/+L/AADo/9r/2//d/9r/AADa/xQA7v/w/+7/7v/s/+z/7v/l/93/6v/s/+v/GgDl/+z/6f/r/+X/6f8bAN//4//o/+z/9P8AAAAAAAAUAO3/7v8AAAAAAAAAAAAAAAAAAAAA7P8AAO7/8//4/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADj/+b/1f/V/9j/JwDC/9//4f/n/9b/6v/j/9j/2f8pAAAA5v/q/+j/5v8WAOb/2P8AAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAAPv/EwAAAKP/zf/d/9v/5P/G/1oA2v/q/+j/7f/t/+z/GgDe/+b/AAAAAAAAAAAAAAAACwAAAO3/+P8AAPb/8f8VAPn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+3/7v/r/+v/FQAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7P8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+3/7P/s/+z/FAAgAPb/+f8AAAAA6f/h//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAOz/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/u/wAAAAAAAPf/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAPP/7P8AANf/BQDh/+f/3P8AANb/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7v/t//T/7v/r/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/Y/+P/AADY/ygA7f/W/8r/1//U/9P/9f8hAND/8v/x/+3/FAD1/+3/7P/y/xQA9//x//f/9f/t/+z/8f/j/9b/5f/Q/8z/NwC+/8D/CgC+/9H/9f/U/8//6f/X/wAAAAAAAAAAAAAAAAAAAAAWAOP/7P/r/+v/6//s/+r/6P/u/wAA+v8AANj/GwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/u//j/FADs/+z/7P/s/9r/1P/n/9T/4//j/9L/MQDu/+z/7P/s//H/AAARAOz/2v/r/+j/2v/r/wAACwDp/wAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAAAA9f/t/+3/AADs/+z/7P/x/xIA6//s/xQA7P/s/+v/7P/s/+z/7P/i/+f/6/8YAPH/3//p/+v/AAAAAAAAAAAAAAAAAAAAAOn/zP/N/8T/y/8kAMb/3//c/9j/5f/g/yQA2f/o/9X/u//S/+P/x//O/+r/GgDd/+X/y/+n/5n/kv9CAMT/wP/s//f/AAAUAPj/7P/l/+z/AAAAAAAAAAAAAAAAAAAAABcA6//c/+r/7v/o/+n/3//v//X/AAD6//j/7f/x/xsA4f/i/+X/3f/m/yAA0f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAADY/ykA3P/U/9X/3f/U/9z/6f/v/+3/7P/q/+T/FADs/+z/+f/n/xQA7f/s/+z/7f/Z/+n/4v8AAOv/AADc/wAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAO3/FADv/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/9X/1//b/9T/1//s//P/AAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDi/+L/2P/r/9j/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/4//h/+f/3//k/xwA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6v/r/+v/6/8WAOv/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+3/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/2v/m/+r/6/8bAOv/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgD6/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvf/o/9P/uf/V//r/oP8LAKD/7P/U/9L/8P8UAMP/BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5v/l//r/8P/w/ygA5v/Y/+v/4P/q//L/5v/p/+r/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA0P/3/+3/6f/j/+H/6v8AAAAAAAAAAAAAEwAAAO7/AAAAAAAAAAAAAAAAAAAAAPL/FQD5/wAA7P/s/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+b/2f/l/+n/6P/Y/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+j/6f/r/+z/5f/n/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/c/9n/7P/s/wAAAADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA8/8AAAAAAAD3/+7/AAAUAPD/7f/w/+//7P/s/+7/6P/q/+f/7P/t/xUA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/p/xoA6//q/9T/3P/I/9j/AADs/yUA8v/l/93/2v8AAAAAAAAAAAAAAAAAAAAAEgDM/9j/1v/e/wAAvP+7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/6f8AAPT/AAD3/x0A6v8WAOv/7P/r/+z/6v/o/+j/6v/r/9j/4f/s/9n/6P8WAAAA3v/Z/wwA9//Z/wAAvf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//b/7v/s/+z/7P/q/+j/FADs/+f/7P/r//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/4f/n/8z/5v8iANr/3P8AAAAAAAAAAAAAAAAAAAAACgCi/wAAxf+8/9r/zv/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AALT/z//Z/+n/4v/5/ygA5P/o/+T/5f/Y/9j/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/2v/g/+X/2f/W/97/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//2P8FANT/1f/J//H/0f8AAAAAAAAZAAAA6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/8v/w//g/9//8//4/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAOz/7P/w/+3/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/vf+P/9v/x/8HAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/1v/J/8X/GgDr/wAA2v/p/+X/7P8XAOn/5f/m/+T/2P/Y/xYA8f/p/+D/sf8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+//AAAAAPb/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/xQA7f/x//X/7f/s/+r/7v8UAAAAAAAAAO7/7P8AAOz/7P/s/+3/7P/s/xQA7P8AAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/w/+3/FADs/+z/AAAAAPj/AAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7P/s/+z/7P+j/w4Az//D//D/zv/j/+T/7P/s/+z/7v/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8v/6/wAA7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P/b/+D/5f/g/+H/HwDW/+v/AAAAAAAAAAAAAAAAAAAAAB0A5P/q/+//AADs/+P/9f8AAAAAAAAAAAAAAAAAAAAA7v/s/+3/8P/u/+3/FADt/+r/9v8AAPf/AADs/xkA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/u//L/7f/s/xUA6//s/+v/9f/s/+3/7P/S/xQA7v/l/+z/8f/u/+z/GgDu/wAAAAAAAAAAAAAAAAAAAAAUAOz/7v/v/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMb/zf/p/9z/2P/d/8//NQDs/+z/7P/t/wAA7P8UAO//7P/t/+z/7v/v/+z/FADt/wAAAAAAAAAAAAAAAAAAAADd//j/AAAAAAAA5f8jAAAA8P/s//D/AAD3/+z/7P8UANr/4P/q/93/3/8oAN7/2P8AAAAAAAAAAAAAAAAAAAAA9f8fAOj/AAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAADl/wAAAAAAAAAA8/8cAAAA6//r/xUA6//s/+n/6v/y/8j/FgDq/+v/4v/r/+r/3P8AAAAAAAAAAAAAAAAAAAAA7f/4/wAA9v/x/xUA+f/s/9P/2f/3/+r/5v8mANH/3//q/xkA6v/o/+f/6P/k/+n/yP/B/8b/8P/P/+L/GQD0/+z/FAD3/+3/9P/u/+z/7v/u/+3/AAD3/+z/7P/s/xQA+v8OAMf/wv/h/7b/8f+w/ysA2P/2/wAA9v/c/97/5/8AAAAAAAAAAAAAAAAAAAAA7P/z/wAA8v8AAOz/FADx/wAAAAAAAAAAAAAAAAAAAADs/+r/6//r/+j/FQDr/+n/9P8WAAAAAAD6/wAA6/8AAAAAAAAAAAAAAAAAAAAAAADq/+L/6//q/+v/6/8YAOr/4P/c/+b/3v/d/93/6P8gAAAAAAAAAAAAAAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA4v/o/+v/5P/o/+n/GQDi/9j/KQDc/9T/1f/d/9T/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5v/t/+3/AADY/9j/DQD5/+b/9//4/ygA9//v/9j/AAAhAAAAAAD7/+7/9P/5/+v/4v/p/+//6/8WANv/6f/t/+z/7f/v//D/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/5//r/+z/FgDq/+v/4f/n/9b/6v/j/9j/2f8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/5//v//L/7v/p/xgA6//s//H/7P/u/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPT/FgAAAAAA+v8AAOv/AAAAAAAAAAAAAAAAAAAAAAAA1v/6//r/8//a//X/8//u/+z/6//s/+3/7P/s/+z/FADs/+z/7P/s/xQA7P/s/+z/7f/4/wAA9v/x/xUA+f/s/+v/4/8AAOn/5P/s/+r/FwDs/+z/8P/s/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7//5/wAAAADs/xQA7f8AAAAAAAAAAAAAAAAAAAAA2f/W/9j/2P/Y//T/EADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/1//t/9j/5f/Y/xIAAADs/+z/FQDs/+X/5v/q/+z/FADt/wAAAAAAAOz/7P/t/+z/+f/n/xQA7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAOz/AADv/+3/AAAAAAAAEwDy/wYAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//D/FADr/+//AAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAADr/+z/AAAAAAAAAAAAAAAA9v8AAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAAAAAAAAAAUAAAABgAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/y/wAA7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/9//v/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/r/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7P/s/+3/7v/t/+3/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P8UAOz/7P/t//H/7//s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/6//j/7f/q/+z/7P/s//T/FADr/+z/7f/r/+z/7P/s/+7/8//u/+z/FADs/+z/7P8UAO7/8f/u/+z/AADs/+z/7P/j/+z/6/8WAOv/AAAAAAAAAAAAAAAAAAAAAOz/7P8VAOz/5f/m/+r/7P8UAAAAAAAAAAAA7P/s//L/AAAAAAAAAAAAABIAAADu/+z/6//1/+z/7f/s/9L/FADz//D/7//s//D/7f8UAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAABMA7f/5/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/v/+//7P/t/+z/AAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADx//T/AADQ/xUA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/0//X/7P/s/+z/EgAAAAAAAAAAAPH/9P8AABQA7P/s/+3/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/6/+z/4v8AABoA9v/r/wAAAAAAAAAAAAAAAAAAAADf/wAA9/+5/+D/5v/y/wAAAAAAAAAAAAAAAPT/AAANAOz/7P/s/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AABYAFADs/+3/9P/1/wAA7P/Y//L/5f/n//X/7f8AAOj/z//s/+z/7P/v/+3/FADt/+z/7P/1/wAA+f8AAAcAAAD5/wAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//T/7//7/wAAFAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/4//p/+f/5//n/xkA4//s/+z/FADs/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/5f/d/9v/4f8WAOb/1v/y/+z/7f8AAAAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAEQAAAAAAAAAAAAAAAAAAAAAAs//f/8//0P/T/xwAwf8HAAAAAAAAAAAAAAAAAAAAAADs/xQA8P/t/+z/7P/z/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADd/+X/6//4/wAA6//r/wAA7P8cAPH/+f/v/+//5P/3/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/xUA7P/r/+v/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAA+//u//T/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv//D/AAAAAO7/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/3//i/97/6v/r//f/FACy/8v/wP/W/9H/+f8kAL7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6P/t/+z/6//s/xQAAAAAAAAAAAAAAPv/AAAGAOr/6f/5/yIA7P/Z/+r/7P8QAAAA2P/s/+v/6//p/9n/AAAAAAAAAAAAAAAAAAAAAOz/8/8AAPL/AADs/xQA8f/q/+z/7f/2/xQA7f/s/+r/2P8TAOv/2f/Y/+X/AADi/w8A1f/o/9b/4v++/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/n/xEA2P/Y/9j/6/8AAAAAAAAAAAAAAAAAAAAA7P/o/9j/2P8UAOv/AADn/+v/7P/q/+r/6/8VAOn/7P/r/+z/6v/q/+v/FQDp/+z/AAAAAAAAAAAAAAAAAAAAABUA6//x/wAAAADs/+z/+f8AAAAAAAAAAAAAAAAAAAAA7P/Y/xQA7P/q/+b/AADn/9r/AADq/xcA3f/l/9f/2f8AAND/1v8AABIAzv/Z/9f/6v/j/+r/2P/l/+P/FwDm/+v/2f/y/wAA8//6/+L/CQDq/xQA4//j//D/AADs/9r/AAAAAAAAAAAAAAAAAAAAAOH/IgDf/+T/5v/j/9z/2/8AAAAAAAAAAAAAAAAAAAAA7P/t//H/7//s/+z/7f8UAOT/yv8AAA4A7f/q/+z/0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/k/+b/7P/p/+H/HADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+3/6v/v/xcA6f/o/+7/AADs//j/7v8UAO7/7P8AAAAAAAAAAAAAAAAAAAAAAADw//f/AAAAACIA6P8AAOv/+v/s/+j/8f8VAOv/6/8AAAAA+v/0/wAAAAAUAAAA7f8UAOz/7v/s/+z/7P/s/9D/vv/j/83/zv8sANf/6P/s/wAA7//v/wAAFADs/+z/AADq/+X/6/8AAAAA8f/u/wAAAAAAAAAAAAAAAAAAAADY/+r/6f/6/+7/AAANAN3/AAAAAAAAAAAAAAAAAAAAAOD/5P/j/9v/4/8XAOf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/8P/v/+z/8P/t/xQA7P/z//D/7//s//D/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAAFAD5/+z/7P/s/+z/7P/s/xQA6P/s/wAA9//y/+3/9//v/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P8AAAAAAAAUAO3/7f/k/+z/HgDs/+3/3//l/+r/6v/s/+v/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA+f/z/wAAAAAVAAAAAAAAAPj/8P8AAAAAGwAAAPD/8f/1/9//AAAYAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P8WAPH/AADb/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/+z/7P/s/+z/7f/j/xoA7P/s/+z/7P/s/+3/4/8aAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/4f8cAOv/6P/o/+P/7f/s//T/AAAAAAAAFADt/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//o//b/8f8AAOv/6P8VAAAAAAAAAAAAAAAAAAAAAADx//f/AAD4//f/FQDr//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/AAAAAAAAFADt/+3/AAAAAAAAAAAAABIAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAPT/AAAAAAAAAAAAAAAAAAAAAAYA7v/l/+z/8f/u/+z/GgDu/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/u/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/AAAAAAAAAADy/xcAAAAAAAAAAAAAAAAAAAAAAAAA5f/s//X/+//3/xUA7v/s//P/7P/s/+r/7//t/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/k/+f/5/8cAOD/5f/e/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9/8AAAAAAADs/+r/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8VAOv/7P/w/+//7P/r/+z/6//r/+z/7P/r/+z/FADs/xQA7P/t/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3f8eAOP/4f/e/9v/4//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+z/9f/7//f/FQDu/+z/BgDs/9j/6P/r/+v/AADg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+z/9f/7//f/FQDu/+z/7P8UAAAAAADw/+z/9v8AANz/OADX//P/4//J/8P/5v8AAAAAAAAAAAAAAAAAAAAA8P/6/wAAAAAAABUA7//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/5/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//P/8v/z//X/FADy/+z/AAAUAPj/AAAAAPP/7P8AAO3/FgDs/+7/7//u/+n/6P8AAAAAAAAAAAAAAAAAAAAA8f/e//X/HwAAAN7/5P/l/+z/7f/u/+3/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/4//s/+v/FgDr/+z/7P/s/+P/7P/r/xYA6//s//n/5/8UAO3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAAAAoAAAA5AO//AAAAAAAA+P/Q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAOX/2v/l/+D/3v/T/yUA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8eAAAAAAD2//H/4v/1/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/4/8aAOz/7P8AAAAAFAAAAOz/7P/u/+X/2f8aAOj/6//b/97/4f8AAAAAAAAAAAAAAAAAAAAA+v/3//j/8f8AAOz/FAD5//r/9//4//H/AADs/xQA+f8AAAAAAAAAAAAAAAAAAAAA7P8AAPP/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADv/+z/9f8AAPb/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//h/+j/5/8bAOz/4P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAIwAAAAAA5/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/6v/r/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/7P/s//j/7P/Y/ykA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f/s//b/6//r/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAPD/8v/7//j/6//q//r/7f/t/+//7f8UAO3/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAABcA7P/z//H/7P/s/+z/7P8UAO7/7v8AAPj/AAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+v8AAPv/9v8VAOv/8v/y//D/AADs/+r/MQDu/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xgA6//x/+z/7v/l/+r/7v8YAOv/8f/s/+7/5f/q/wAAAAAAAO3/+P8aAPj/6f8AAAAAAAAAAAAAAAAAAAAAwv/4/+L/7f/O/9n/8v/t/wAAAAD6/wAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/4v/l/93/5v8gANH/5v8GAAAAAAAAAAAAAAD6/wAAu/8PAPT/x//l/9X/AADp/xQA7P/s/+7/7P/s/+z/7P/s/+z/7P/u/wAA7P8UAO//CwAAAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/l/+n/5//x/+X/4v8QAOz/7P/w/+z/FADt/+z/7P/a/wAA+P/6//X/JgDT/+H/7P/t/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADV/xcA6//q/+j/6//q/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/8P/4//H/7P/s/xQA7P/t//L/8P/6/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADJ/9P/4//P/9P/1v/H/zQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FQDs/+z/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//8//y//P/9f8UAPL/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDu//j/9f/6/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/AAAUAO7/6//r/+P/vf/o/8v/2/8YAOr/4P/u/+z/+v8AAAAA7v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//4//L/9P/e//b/8P8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/xoA9v8AAOb/5v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/1/wAA7v/4/+z/FQDt/wAAAAAAAAAAAAAAAAAAAADa/+z/7P/s/+z/7P8WAOz/8P/6/wAAAAAAABUA7//u/wAAAAAAAAAAAAAAAAAAAADt//b/AAAAAAAAFAD0/+z/7/8WAOr/8P/x//H/7//y/wAAAAAAAAAAAAAAAAAAAAD7/xQA7f/4//P/+//t/+//AAAAAAAAAAAAAAAAAAAAAOr/6f/o/+X/6//p/xYA6/8AAAAAAAAAAAAAAAAAAAAA8v/s/+v/7P/w/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6v/r/+z/FwDq/+n/9f/m//H/8f/z//T/GQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P8UAOz/7P92/63/rv+//wAA5v+v//n/7P/s/wAAAAAUAOz/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAUAOz/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/7//s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/r/+j/7P/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDQ//f/7f/p/+P/4f/q/wAAAAAAAAAAAAAAAAAAAADj//j/8v/0/97/9v/w/ykAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v8lAO3/AADl//T/3v8AAOT/2P/h/+D/7P/Y/9j/IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+n/5v/q/xcA6v/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+f/7v/o/+r/6f/k/xkAAAAAAAAAAAAAAAAAAAAAAOz/6P/s/wAA2f8SANj/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f8AAAAAAAAAAAAABQAUAOv/4v/k/+n/4v/y/+z/AAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADs/+r/6//g/+v/FQDo/+r/FQDr//H/AAAAAOz/7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArANj/9v8AAPb/3P/e/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/v/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/s//f/8f/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAA6//s/wAA7//t//j/AAD6/+//EwDx/wAAAAAAAAAAAAAAAAAAAADq/+r/7f/q/+//FwDp/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAO7/8//4/xQA7P/s/+j/6v/r/+v/6/8WAOv/6f/x/wAAAAD5/wAAFwD0//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+v/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/+//u/+z/8v8UAO3/7f/w/wAA9f/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADt//D/7P8UAOz/AAAAAAAA7f/w/+z/9f8fAOj/AAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAu/+//7H/vP/F/8H/VADU/wAAAAAAAAAAAAAAAAAAAAD5/+n/AAD0/wAA9/8dAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/8//u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8//t/+z/FADs/+z/AAAAAAAAAAAAAPj/AAAIAOz/7f/t/+z/7P8UAOz/7P/m/+T/5v/m/+L/5v8cANn/7P/t/+7/+P/v/+z/FADx/wAAAAAAAAAAAAAAAAAAAAAVAOv/7P/3/+//6//r/+z/9P8UAO3/+P8AAO7/7P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/8X/0/8dAMz/5//r/8//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/i/+j/5//q/xkA6P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AANf/3//l/wAA6v/Y/+//FgDq//D/8f/x/+//8v8AAAAAAAAAAAAAAAAAAAAA7P/7/+j/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs//b/AAAAAAAA7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAAPAAAA2v/s/+z/7P/s/+z/FgDs/8L/+v+v/9P/AAC6/9f/8f/t/xAA5P/j/wAAzf/H/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//n/FADu/+z/8v8nANn/6P/o/wAA2f8AAOj/zP/X/9f/zv/c/wAAtf8HAAAAAAAAAAAAAAAAAAAAAAAaAOn/7P/f/+v/5f/r/8r/6v/o//P/7f/t/+r/6/8WAO//yf/g/woAy//Y/9v/CwAAAOz/7P/v/+3/7P8UAOz/0//g/+D/wf/V/zAA3//H/63/3/+1/+L/xv8TANf/6P8AAAAAAAAAAAAAAAAAAAAA4f/Z/wAAAAAAAPf/9/8lAAAAAAAAAAAAAAAAAAAAAAAiAML/3v/a/+n/2P/g/+T/AAAAAAAAAAAAAAAAAAAAAM3/9P/s//n/1//4/wAA8P/s/+7/7P/t/+z/7P/s/xQA5f/c/97/1//h/9X/HwDY/+b/7P/p/+r/7P/q/+z/FQAAAAAAAAAAAAAAAAAAAAAA7P/t/+//9f/u/+z/FADs/+z/6v/s/+X/7P/s/+z/FADS/+v/DwDy/+r/7P/s/+r/CQDI/+L/2//j//n/zP/P/93/5f/q/8z/BwDp/+r/9v8UABQA7P/u/wAA2//s//j/AAAAAAAAAAAAAAAAAAAAAOr/7P/X/+r/5f/s/+v/FQDs/xQAAAAAAPD/7P/2/wAA6f/s/9n/AAAUAOv/3f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//k/9P/vf/l/yUA1f/p//D/9f/N//H/6//0/7v/7f/P/8z/8//t//X/x//v/zwA7P/s/+z/7P/q/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/7f/3//b/+P/H//T/PADw/9T/vf/n/9//8//x/9v/6//v/xUA6v/t/+3/6//1/wAAAAAAAAAAAAAAAAAAAADX/9f/2P/Z/93/KADY/9n/9f8fAOj/AAAAAAAA7f8AAOr/1P+t/9D/3//2//D/6f/f/wAA3v/l/+D/BwDY/+n/AAAAAAAAAAAAAAAAAAAAAOv/FwDs/+z/7f/n/+v/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/AADX/7j/yf++/wAA9//s/+z/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAA2f/e/+b/7f8AAOX/7P/s/xcA5/8AAO3/7P/f/+n/AAAAAAAAAAAAAAAAAAAAANj/5P/l/8b/6v/y/xcA6f/v/+z/7v/3//D/7f8UAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FADr/+D/2P/B/+f/4//i/+z/4//s/xUA7P/s/+z/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+3/8f/y/+z/7f/s/+z/2f/E/+j/7P/o/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+//7f/s/+z/7P/r/+z/6v/q/+v/FQDp/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//q//X/+P8XAPX/7//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//n/7f/s/xQA7f/Z/9r/2f/h/9n/4f/a/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7v/s/+z/7P/s/+P/5//u/+v/6v/q/wAADgAAAAAAAAAAAAAAAAAAAAAA3P8UAOn/0v/f/93/7//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+//7f8UAO3/7f/s/+3/7f/w/wAA9f/s/wAAFADg/xgA2f/c/+H/3f/j/+r/8v/x/+3/FAD1/+3/7P/y/wAAAAAAAAAAAAAAAAAAAADr/xcA7P/s/+3/5//r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAEQAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPX/FAAAABQA7f/s/+z/7f/s/+z/7P8rANj/9v8AAPb/3P/e/+f/AAAAAAAAAAAAAAAAAAAAAO3/7P/w//j/8f/s/+z/FADt/+z/8P/4//H/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//P/AAAAABUAAADw/x0A9//0//D/+P/k//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAKAO7/7P/6/wAAAADu/xUAAAAAAAAAAAAAAAAAAAAAAAAA6v8oAOv/7v/s/+T/2P/k/+b/5v/t/+z/6v/n/+z/FgAAAAAAAAAAAAAAAAAAAAAA7P/o/+z/7P8UAOz/7P/q/8n/FgDW/9X/0//Q/+z/y/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7//s//b/AADv/xQAAADq/+v/GgD2/wAA5v/m/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+f8AAAAAAAAUAPf/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9f8AAAAAAADs/+z/7v/s//L/AAAAAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/4f/q/9z/AADY/+z/7P/5//D/7//x/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/FADs/+z/7P/r/+v/7P/s/+z/FADs//P/5P/7/+//AADe/zQA6f/s/+z/7P/s/+z/7P8UAOz/FAAAAAAAAAAAAOz/AAAAABkA6f/t/+z/8P/n/+j/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/5/wAAAAD2/+f/7v8lAAAAAAAAAAAAAAAAAAAAAADv/wAA9/8UAAAA8P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6P/p/+v/7P/l/+f/FwDt/wAAAAAAAAAAEgD4/+//AAAAAAAAAAAAAAAAAAAAANX/FwDr/+r/6P/r/+r/4//i/+f/6/8YAPH/3//p/+v/6v/l/+v/6f/l/xYA6v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAD3/wAADwA5AO//AAAAAAAA+P/Q/+v/AAAAAAAAAAAAAAAAAAAAAOT/6f/n/+b/6P/r/xoA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/c/97/3//k/+H/2f/b/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//5/wAAAADs/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//r/+r/6//r/+v/AAAAAAAAAAAAAAAAAAAAABQA7f/s/+z/7P/s/+z/7P/s//T/AAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+3/FADs/+z/7P8UAAAA9v/t/+z/7f/u/+z/7P/s/+3/AADs/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/wAAAAAAAPX/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAD2/+3/7P/t/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8f/0/+//FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/7f8UAO3/7P8AAAAA+P/w/wAAAAAbAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/AAAAAAAAAADz/xwAAAAAAAAAAAAAAAAAAAAAAAAA7P/x/+3/8P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAADq/+z/1v/o/+P/7P/r/xUA5//5/+v/7P/x/+z/6/8WAAAAAAAAAAAAAAAAAAAAAADn/wAA6//u/wAAGADs//f/AAAAAAAAAAAAAAAAAAAAAOr/9v8AAPf/AADs/xkA+v/s/wAA7v/z//j/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOH/4v/l/93/5v8gANH/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+P8AAPb/8f8VAPn/7P8AAAAAAAAAAAAA7P8AABQA7P/s/+v/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAIAAAAAADm/+n/6//k/+r/GADl/+X/7f/s//H/7f/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/6P/Y/wAAAAAeAOn/7P8AAAAAAAAAAAAAAAAAAAAA+v/5//H/AAAAABMA7v/0/wAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAAEwDy//T/1v/s/97/3v/W/xsA1v/p/+r/7v/v/+z/8P8nAOz/2P/L/+z/6//W/9//wv/t/zEAFQD6/wAAAAAAAOz/7P/x/+H/8P8AAN3/6P8AAAAAAADv/+3/1//z/wAAMAD3/8//AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+T/6//o/+v/FgAAAO3/+v8AAAAABwDw/+z/6//6/+z/6P/x/xUA6//r/wAAAAAAAAAAAAAAAAAAAADt//j/AAD2//H/FQD5/+z/8v/y//j/3/8AABgA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+z/6P/q/+r/6f8VAO3/7f/x/wAA9v/s/wAAFAAAAAAAAAAAAPX/AAAAABEA7//1/wAA+v/4/+3/8f8bABMA9f8AAAAAAADv/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA6//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADv//L/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/p/9//2P/p/9T/LQDU/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+7/AAD6/wAA2P8bAOz/FADs/+3/7f/3/+z/7P/v/x4A8P/M/8r/y//p/+H/v//s/+z/8v/t/+3/FADs/+z/7P8UAPD/7P/1/wAA7P/t/+r/7P/W/+j/4//s/+v/FQDs/+z/7P/s/+z/6//s/xQA7P8UAPD/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/2/wAAFAD4/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/FQDv/+r/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+z/FADs/+v/FgDs/+v/7P/s/+n/6/8UAO7/AAAAAAAA9P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/7P8UAOz/7f/s/+z/7P/s/+z/7P/s/+P/7P/r/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOv/7P/s/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAAOn/FgDc/+r/7//b/+r/5/8AAAAAAAAAAAAAAAAAAAAAFgAAAPT/+P8AAOz/6v/6/wAA7f/6/wAAAAAHAPD/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/4P/s/+X/5/8gANr/4f/s/+7/+P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8//w/+z/FADs/xQA7P/y//H/7P/s/+z/7P/b/xQA7v/5/wAAAADs/wAA0v/4/9T/1f/Z/+j/EADT/wAAAAAAAAAAAAAZAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMb/MgDa/93/1v/a/8//3v8AAAAAAAAAAAAAGQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7//t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6f/r/+T/6v8YAOX/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6//u/+v/6/8VAOr/6v/r/xoA9v8AAOb/5v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AMP/9f/u/9D/6//R/8r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/+v8AAAAA+v8UAOz/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f85AN7/4v/N//H/w//X/wAAHwAAAAAAAAAAAOT/AAAAAAAAAAAAAAAAAAAAAAAA6v/a//b/AAAAANj/BwDh/wAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAPf/FADw/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADy/xUA+f8AAOz/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAOz/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+z/FADs/+z/8f/1/wAA7v/4/+z/FQDt/9L/JQDt/wAA5f/0/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/1//q/+f/KADj/+j/5/8AAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/s//L/6//s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs/+z/7//t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/m/+3/7P/q/+f/7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/t/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7v/u//L/+v/r//T/8f8XAO7/7f/t/+3/7P/s/+z/FADj//j/8v/0/97/9v/w/ykAAAAAAAAAAAAAAAAAAAAAAN3/+v/K/97/0f/w//H/6//6/+z/8v/r/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/8v/6/+v/9P/x/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/q/+3/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/1/wAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/8P8AAAAAFwAAAPv/AAAAAAAAAAAAAAAAAAAAAAAA3P/r/+z/6P8fAOv/7P/g/+z/7P/t/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7P/s/+z/7P/u/xQA7P/s/+z/yP8WAOr/6//i/+v/6v/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/g//H/DgDb/+b/xP8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+j/AAATAOD/wf8RAOP/7P/s/+7/7f/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs//D/AAAAAAAAFADt/+3/BgAAAN3/0//h/9L/2//o/+7/AAAAAAAA9/8UAPD/7f/p/+z/6/8AAOz/FQDp/+7/2v/s/+z/7P/s/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/y//r/8//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA1f/X/8//z//m/y4A5v/H/9T/0/8rANb/2f/N/9n/zf8AAAAAAAAAAAAAAAAAAAAAzf8PAAAACgDI/9b/1f/g/wAAAAAAAAAAAAAAAAAAAADr/xQA7P/t//D/9f/t/9//2P8SANf/1v/Y/9j/AADe/wAA0P/a/+T/8/8AAN3/AAAlAOb/vP/o/9//wv/H/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/8f/s/+z/AAAgAOz/AAAAAAAA3/8AAOz/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x/wAAAAAAAAAAAAAFAAsA4P/n/8T/3P8TALP/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f/l/yIA7f/b/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//X/3f+//+P/1f/r/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7f/s/+z/7f/s/+z/7P/s/+z/FADs/wAA4v/v/+3/AADs/wAA8/+7//T/AACs/63/vf8AALr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7v/t/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/ysA4//1/9f/AADe//D/AAAAAAAAAAAAAAAAAAAAAAAA7P/o/9b/7P/z/wkA4//s/xQA7f/2/+7/7P/s/+z/FADs/+3/7f/t/+z/7P/s/xQA9f/w//T/8//t/+z/8P8AAAAAAAAAAAAAAAAAAAAAGAD0/wAAAAAAAAAA8v8AAOz/7P/s/+z/FADs/+z/7P/s/+z/FADs/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/wAAAAAAABQA7f/t//T/AAD0/97/7f/y/+3/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+//AAAAAPf/LQAAAAAAAAAAAOH/7f/p/97/2f/w/+r/AADt//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD6/wAAAAAAAOz/7P/x/wAACwAAAAAAAAAAAPb/AADs/xUA7P/s/+v/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/6f/s/+z/6v/r/xYA6//t/wAAAAAAAAAAAAAAAAAAAADr/+r/7P/s/+z/6//s/xQAzf/j/9X/5f/d/y4A2P/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+v/7P8UAOz/8/8AAAAAAAD1/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8AAAAAAAAAABsA7f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAPn/AAAAAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f/4/wAA9v/x/xQA9P8dAOr/AAD6/wAA9P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/xoA9v8AAOb/5v/r/+r/6/8aAPb/AADm/+b/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/9z/HQDq/+X/2//Z/+j/AAAAAAAAAAAAAAAAAAAAAOz/8P8UAO//+f/t/+z/AADs/+z/FADs/+z/7P/s/+z/6P/f/yoA4f/r//L/1v/b/+v/6v8VAOb/6//q/+v/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//EgDx/wAAAAAUAOz/9/8AAOT/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANj/EwDr/9r/2P/s/wAA2P8AAAAAAAAAAAAAAAAAAAAA7P/q/+z/6v/s/+z/7P8UAOz/7P/q/+v/7P8XAOr/6f/s/+3/7P/0/+z/FADs/+z/4//i/+z/4//s/xUA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/9//u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADo/+z/7f/y/+v/3P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//5/+v/7P/x/+z/6/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f/s//b/6//r/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/x//b/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/c/zwAuf/r//f/yf/R/+7/7f/t/+3/7P/s/+z/FAASAAAAAAAAAAAA8f/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/9P8AAAAA7f8UAO3/EgAAAAAAAAAAAPH/9P8AAOz/6//u//b/8P/t/xQA8//T/9r/5v/b/+b/6P/j/xkAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+D/6v/d/9//KADe/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+r/7P/s/+z/7f/t//n/7f/s/xQA7f/s//T/FgDx/wAA2//s/wAAAAAAAAAAAAAAAAAAAAAAAOz/6//S/+X/5v8XAOX/6f8UAOr/7P/p/9//AADi/+r/3//Y/+P/4P/k/+P/4P8dAAAAAAAAAAAAAAAAAAAAAADL/87/yf/G/8D/GQAAAM//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/1/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOr/5f/r/wAAAADx/+7/7f/s/+7/9P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx/wAA+v8AAOz/6P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj//j/8v/0/97/9v/w/ykAAADv/xwA7f/r//P/5P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/wAAAAAAAPX/FADu/+P/+P/y//T/3v/2//D/KQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6//r//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAm/8AAMP/1f/c/8v/HwDp/+z/FADv//L/7v/s/+z/7P/u/xgA6//x/+z/7v/l/+r/AADs/+z/7//t/+z/FADs/+z/7P/p/+v/7f/s/xQA7P8AABUAAAAAAAAAAADs/wAAAAAZAOz/6f/k/+v/6f/p/+3/FADs/+3/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8v/6/wAA7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA7v/m/+b/7f/s/+r/5//s/xYAAAAAAAAAAAAAAAAAAAAAAOT/5//v//L/7v/p/xgA6//o/+z/6v/1/+X/6P/k/xgA5v/m/+3/7P/q/+f/7P8WAO7/7P/s/+z/7P/s/xMA7P/s/+3/7f/s/+z/FADs/+z/6//m/9X/2P/p/xgAvf/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/s/xQA7P/s/+3/7P/s/+z/7P/s/xQA7P/s/+z/8f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/0/xgA6//w/wAA7P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xYA6v/r/+r/6//q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8WAPr/9v/x//P/6P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/FADt//j/8//7/+3/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAA7v8mAO7/AAD0//H/3v/5/+3/FADy/+3/7v/s/+z/+P8AAAAAAAAAAAAAAAAAAAAA5f/f/+7/9v8AAOv/GQDq/wAAGQDx/wAAAAAAAOj/AADr/xUA6//t/+v/6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO//7f/4/wAA+v/v/xMA8f8AAAAAAAAAAAAAAAAAAAAA1/8cAPr/AADs/9P/6f/o/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/w//L/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/u/+//7P8UAO3/AAAAAAAAAAAAAAAAAAAAANH/0f/T/9T/0P8uANP/0/8AAAAAAAAAAAAAAAAAAAAA8P/r/+j/2f/q/+T/1/8RABQA7P/y//H/7P/s/+z/7P/C/8f/w//J/7v/MgDb/7z/AAAAAAAAAAAAAAAAAAAAAOz/9/8AABQA+P/s/+X/7P/i/zMAw//S/9P/6v+7/8b/7P/t/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/z/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/8v8AAAAAAAAUAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/x4A3f/j/+H/3P/j/93/7P/2/+3/AAAAAPT/FAAAAAAAAAAAAAAAAAAAAAAAAADs//T/AAAAAAAAFADt/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPX/AAAAAAAA7//u/wAA7P/t/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAD5/+//AADh/+f/1v/q/+P/2P/Z/ykAAAAAAAAAAAAAAAAAAAAAAAAAFgDt/wAAAADu/+n/AADs/xwA8f/5/+//7//k//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/z/+7/7P8UAOz/7P8UAPP/7f/u/+z/7P/1/+P/AADs/9//5//a/wAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7//t/+z/7P/t/+z/FADs/+z/7P/s/+z/7P/s/xUA7P/r/+z/6//r/+v/7v8UAO7/9f/x//H/7v/w/wAAAAAAAAAAAAAAAAAAAADw/x0A9//0//D/+P/k//D/7P/s//D/7P8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/r/+r/6v/r/+v/6P8WAOv/7P/s/+z/7P/s/+z/FADs/+z/8/8AAAAAAAD1/xQA7v8AAAAAAAAAAAAAAAAKAAAA7P/r/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOr/6//r/+v/6//r/+L/HQDn/+r/7f/o/+H/6P8AAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAABEA9/8AAB0A4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADV/9T/zf/Y/+z/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/FADw/+z/7P/s/wsAAAAAAAAAAAAAAPf/AAAgAPD/AAAAAAAAAADk//r/FADs/+n/+f/t/+z/7P/s/+f/AADq/+r/7P/q/wcA7P8TAAAAAAAAAAAA+P/t/wAAIQDs/+7/9f/t/+z/2P/s/xQA7P/u//r/+f/z/+z/8f8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAOv/6v8ZAOn/9//d/9j/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7P/s/+z/7P/s//D/7f/5/wAAAAAVAPf/7P/y/wAAAAAAABQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/0/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADa/+z/9//r/+v/AAAAAOv/6//i/+j/8P/u/+z/FQDq/+T/4v/a/x8A5P/l/+H/5P88AOz/AAD4/wAA7v/F/wAAAAAAAAAAAAAAAAAAAAAAABsAqf/J/8f/+v/s/6n/8f8AAAAAAAAAAAAAAAAAAAAAFgD5/wAAAAAAAAAA8v8AAAAAAAAAAAAAAAAAAAAAAAAUAPX/AAAAAAAA7P/s/+7/4P8AAMH/x//S/xQA4f/s/xgA6v/r//X/AADn/+n/+f8QAOn/1//h/+n/2/8AAOb/AAAAAAAAAAAAAAAAAAAAAOz/8v8AAAAAAAAUAO3/7f8AAAAAAAAAAAAAAAAAAAAA8P/x/+7/7P8AAO7/FADw/wAA7//p/+z/9/8AANz/9P8fANv/AAAAAAAA+f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAAAA9P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAD5/wAAAADg/wAA7P/y/wAAAAAAABQA7f/t/ycA4P/y/wAAAAAAANr/AAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA+f/v/wAAAAAAAAAAAAAAAAAAAAAAABQA8P/t//D/7//s/+z/7v/e/+r/3v8UAOL/7P/5/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+3/7v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//x//j/AAD5/+z/FgDz/wAAAAAAAAAAAAAAAAAAAAAdAOP/9/8AAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+3/7v/r/+v/FQDw/+H/2//l/93/8v/d/w0AAAAAAAAAAAAAAAAAAAAAAOz/FADw/+z/9f8AAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAABQAAAAAA6v/l/+v/AAAAAPH/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t//n/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/7f/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t//T/7f/s/+z/7v/s/+3/8f/v/+z/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6v/x//T/8v/r/xcA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALz/1f/H/w8Az//Q/9D/AADT/9L/6v/n/9j/1//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2v/q/+r/JwDd/83/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/6v8VAOz/7P/o/+z/FADs//D/7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA8//x/+z/AADr/+z/7/8VAO7/7f/t/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAA9/8UAAAA8P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAUAOz/+P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA+P8AAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAJAAAAHQAAAAAAAAAAAAAA5P8AAAAAAAAAAAAAAAAAAAAAAADq/xYA6P/t/+z/6//p/+v/AAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//D/7v/u/+z/7P/u/wAAJgAAAAAAAAAAANn/8P8AABUAAAAAAAAAAADs/wAA6/8WAOn/5//l/+D/2f/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/p/+3/6f/s/9r/FwDa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADq/+z/6//s/+z/7P8VAOv/7P/s/+v/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//HADt/+v/8//k/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/z/+z/7f/u/+7/7//1/wAA+v/4/+3/8f8bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/7v/s/xQA7P8UAO7/+v/4/+3/6v/s/+z/6f/q/+v/6f/q/xcA6f/r/+z/7P/s//D/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHgD3//v/+P8AAOH/+f8AAAAAAAAAAAAAAAAAAAAA6v/5//L/9v8AABsA8v/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AAN//3f/s/+v/AADe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/v//L/7P/7/xQA7f/s/wAAAAAAAPv/8v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAPf/7P/u/+z/4P/s/+j/7P/n//D/8P/l/xwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAA0A7v/d/9r/7f/p//b/6v8VAOz/6P/r/+n/6f/k/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAA7v/r/xUA6//q/+r/7P/q/+v/0//Z//f/6v/m/yYA0f/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f8AAPT/7v8UAPX/7P8qANb/0f/T/+D/1P/X/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA7P/4/+7/FADu/+z/AAAAAAAAAAD7//v/AAAOAOT/5f/o/+j/4v/l/+f/HADs//D/FADv//n/7f/s/wAAAAAAABQAAAAAAOz/+f8AAPL/AAAAAAAAAAAUAO3/9//0/wAAr//1/77/zP/y/+D/7f8UAAAAAAAAAPv/7//t/wAAFADs/+3/AAD0/+z/+P8AAAAAAAAAAAAAAAAAAAAA6v/r/+b/5//o/xgA3f/n/+n/7P/s/+j/3f8TAO3/8/8UAOz/7P/s//v/7f/u/+3/AAAAAAAAAAAAAAAAAAAAAOn/6//n/+v/7P8WAOr/6//s//D/AAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAABQA7f8AAPv/AADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAqv8yALn/rf8AAOj/rv/N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/AADm/xQA7P/s/9X/7P/Z/+z/7P/t//b/FADs/+z/7P/s/+H/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7P8UAOz/8f/Y/9n/0P/6/wAAAADk/wAAAAAAAAAAAAAAAAAAAAAAAOz/+P8AAAAA+f/z/xQA3v/0/wYA9P8GAMb/3//E/wAAAAAAAAAAAAAAAAAAAADn/+D/5P/x/wAA4P8bAPj/AAAAAAAAAAAAAAAAAAAAAPb/7P/s/+3/7P/s/xQA7P8SAOz/6v/w/+r/2P/o/wcA3f8AAOn/HgAAAAAA9f8AAO3/FgD4/wAAAAAAAOv/AAAAAAAAAAAAAAAAAAAAAAAAyf/Q/9j/4v/i//r/GgDk//L/2//p/9j/5P8YANX/6v8AAAAAAAAAAAAAAAAAAAAAAAC9/xEAzf/C/8P/6//M/wAAAAAAAAAAAAAAAAAAAADW/+T/5//f/+v/3v8AABcAyP8AANL/1//b/+H/GwDY/wAAAAAAAAAAAAAAAAAAAAAAAOX/1/+w/8P/AACl/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/wAAAADY/93/+f/W/8r/FAD1//D/9P/z/+3/7P/w/wAAAAAAAAAAAAAAAAAAAAAYAPT/AAAAAAAAAADy/wAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW//D/5P/X/+z/3v8AABcA6/8UAOz/8P/v//n/7P/6/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/wAA7f/1/+z/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAUAOz/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADu/+z/8f8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAA8v8XAAAA6/8AAAAAAAAAAPL/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+v/6//s/+z/FADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/FgDv/+v/AAD6//v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//T/AAD5//f/7v/y/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADr//D/7//x//f/FwDc/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8AAAAAAAAAABsA7f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOr/6//n/+b/6f/h/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+f/7f8AAO3/2v8hAN7/AAAAAAAAAAAAAAAAAAAAAAAA7f/v/wAA8v/Y/wAA1v8AAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA+f/v/wAAOQDv/wAAAAAAAPj/0P/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7v8AABQA7v/r/+v/5//N/+f/6/8qANr/4f/j/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+//AADy/9j/AADW/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2//h/+H/7v/a/+3/KADs/xQA6v/s/+z/7P/s/+z/AAANAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/e//P/5//s/xYA6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8XAOD/6v/n/+v/6v/o/wAAAAAAAAAAAAAAAAAAAADp/+v/6//s/+v/5f8XAOD/FADw/+3/8P/v/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAA7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FgDv/+v/AAD6//v/7P/o/+z/6v/1/+X/6P/k/xgA7P/s/+//7f/s/+z/7P8UAOz/7f/u/+3/FADt/+z/7P8AAAAAAAD7//L/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAEgD4/+//AAAAAAAAAAAAAAAAAAAAAOv/FgDs/+v/6v/r/+f/6//5/xIAAAAAAAAA+P/5//L/8/8iAAAAAAAAAAAA7f8AAOv/FgDp//T/8P/v/+v/7/8dAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADG/7j/wf+1/wAArv/L/+T/GgDp/+7/8//7/+b/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/5/wwAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA9//s/+7/7P/g/+z/AAAAAAAAAAAAAAAAAAAAAOv/FgDh/+b/5P/f/9b/2f8AAO7/+v/w/+//7P/w/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xYAAAAAAPr/AADr/wAAAAAUAPH/AAAAAAAA7v8AAKn/7v+7/6//t/+8/xgApf/r/yQA6//Y/+v/5v/s/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAO3/7f/t/+z/7//s/wAAAAAAAAAAAAAAAAAAAADo/+j/6//t/+v/5/8XAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//m/+3/8P/v/+7/GQDx/wAAAAAAAAAAAAAAAAAAAADx/x4AAAAAAPb/8f/i//X/AAAUAPj/AAAAAPP/7P8AAOz/7P/6/xQA9//s/+z/7P/v/xQAAAAAAAAA7//s/wAAHQDj/wAAAAAAAAAAAAAAAPD/8P/u//r/8v/t/xMA9/8AAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAAAA7f8AAAAACQAAAAAAAAAAAAAAAAD5/xcA3v/z//b/7f/p/+z/7P8UAOz/7P/s/+z/7P/s/+r/GADl/+n/6//r/+H/6P/t/xgA5f/p/+n/6f/o/+7/AAAAAAAAAAAAAAAAAAAAANf/KwDf/9D/2//e/87/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FAD3/+z/7v/s/+D/7P/r/xsA7//4/+7/7f/l//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/x8A6f/w/+b/5//f/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/j/9f/6P/q/+r/GwDr/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/u/+v/7f/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xcA6v/r/+r/6P/m/+r/7P/v/+z/7P8UAOz/6//s/+D/GgDc/+P/6f/s/+P/6/8VAPr/AAAAAAAA7P/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOr/AADt/wAA+/8TANf/7v/o/ywAAAAAAPr/AADU/wAA8v8VAPn/AADs/+z/6v/s/wAAHgD3//v/+P8AAOH/+f8AAAAAAAAAAAAAAAAAAAAA7f8WAPj/AAAAAAAA6/8AAO3/FADs/+7/7P/s/+z/7P/k/yQA4f/k/9P/2P/j/+j/4v8dAOf/6v/t/+j/4f/o/wAAAAAAAAAAAAAAAAAAAADq/xUA7P/p/+v/7P/q/+v/6/8VAOv/7f/r/+v/6v/q/+n/FQDt//j/7f/v/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/5P/n/+f/HADg/+X/3v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FwDs/+z/7f/n/+v/6f8AAAAAAAAAAAAAAAAAAAAAv/8mAOH/9v/v//f/3//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8dAOf/6v/t/+j/4f/o/+r/FQDs/+n/6//s/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOv/7f/r/+v/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xUA7f/4/+3/7//s//L/7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/xUA6//t/+v/6//q/+r/6v8VAOz/6f/r/+z/6v/r/+n/FQDt//j/7f/v/+z/8v/t/xQA7f/s/+//7v/s/+3/AAAAAAAAAAAAAAAAAAAAAO//7f/4/wAA+v/v/xMA8f/m/+f/FwDp/+n/5//q/+X/AAAAAAAAAAAAAAAAAAAAAOr/GQDq/+j/5//o/+T/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv8+AMn/zf/l/9b/wv/Q/+z/7P/s/+z/7f/s/xQA7f/t/xQAAAAAAAAA+P/u/+3/7P8UAPD/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABUA7f8AAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA8P/s//b/AADN/zIA0f/R/9z/0v/N/9H/AAAAAAAAAAAAAAAAAAAAAPf/AADz/+z/+f/s/wAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/EwDq//L/7P/s/+v/DAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/+z/FwD1//L/7//w/+f/9v/s/xQAAAD2/+3/7P/t/+7/AAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAAAAD7/+//7f/s/yMAAAAAAPX/5v/a/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FQDt//j/7f/v/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAAAAD4/+7/7f8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/+f/t/+z/FADt/wAAAAAUAAAAAADs//n/AAAUAO3/7f/0/+3/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6f/z//L/8v/r/+r/7P/Z/+n/4P/b/yMA5P/Y/9z/7f8UAO3/7f/t/+z/7P/t/wAAEgDY/+3/7P/r/9j/6//s//T/FADr/+z/7f/r/+z/2f/Z/8r/2/8oAO3/1v/L/+r/7P8AAO7/9f8XAOn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAOz/7P/s/+z/FADs/+3/7f/s/+z/7P/s/xQA7v/x/+7/7P8AAOz/7P/r/xQA7P/s/+z/7P/s/+z/7P/u/xQA7P/s/+z/9P8AAPT/3v/t//L/7f8OAOz/7f/x/+//7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAA6v8XAOj/7f/s/+v/5//s/wAAAAAAAAAAAAAAAAAAAADr/+r/6//k/+v/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAADx/wAA8v8TAAAA7P/y//v/6/8VAOv/6//r/9f/zf/o/9T/4v/c/8b/MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/2/wAAAAAAABQA9P/s/wAAAAAAAAAAAAAAAAAAAADa/97/yv/H/yQAx//L//r/AAAAAAAAAAAAAAAAAAAAAO7/7v8AAPj/AAAUAO3/7P/r/+v/4v/b/+z/2f/i/xYAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P/r/xQA7P/t//n/AAAAAAAAFAD3/+z/FADt/wAA+/8AAO3/7P/s/97/IwDQ/9//xf/i/8r/6//s//n/8P/v//H/7P8UAOz/6v/s/+3/9v8UAO3/7P/q/wAAAAAAAAAAAAAAAAAAAADm/+j/6f/q/+//GQDn/+f/AAAAAPr/AAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOv/6//q/+v/6//r/wcA6//s/+b/6v8LAML/7P/s/+3/8v/v/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPT/9P8AAO3/7P8YAO//6f/q/+z/7v/t/+z/FQDs/+v/8P8AAAAA7f/n//X/6f8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAx/8AANb/y//Y/93/AADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/wAAFAD4/+z/5f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/7f/6/wAA9P8XANn/7P8AAAAAAAAAAAAAAAAAAAAA5//r/97/3v/m/xoA5//Z/93/8P/U/+r/0P8LAPL/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAD7/wAA7f/s/+z/7P8UAAAA7P/t/+z/5f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/p/+z/1P8fAOP/1//n/wAAAAAAAAAAAAAAAAAAAADq/+n/5f/s/xQAAADr/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADw/wAA7P8AAAAAAAAAAAAAAAAAAAAA7f/5/wAAAAAAABQA9//t/+n/7v/u/+z/6/8XAOr/6f/k/+f/6v/R/97/IgDJ/+j/7P/q/+z/6v/s/+z/7P8UAAAAAAAAAAAA8v/x//b/FgDm/+r/6//g/yEA6f/p/97/7v/n//n/9//X/+z/7P8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAN3/2P/r/9j/AADp/+z/DQDs//n/5/8UAO3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/2P/Z/+r/7P/Y/yIA5f/e//L/3f/5/+n/KADt/9j/7v8AAAAAAAD3/xQA8P/t/wAAAAAAAAAAAAAAAAAAAADs/+3/AADu/+z/7P/w/xQA6v/s/+z/6//o/+z/7P8VAMv/2P8AAOT/1f/1/wsA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8P/s//X/AADs/+3/6f/o//n/FADp/9r/6v/z/+3/FADy/+7/7f/r/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAD2/+3/7P/t/+7/5f/V//L/JQDr//L/6P/c/wAAAAAAAPv/8v/s/wAAFADq/+z/1v/o/+P/7P/r/xUA7P/u/+z/2v/j/wkA6f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/m/93/3v/X/+v/2P8cAOj/MwDx//L/3//g/8T/5f/h/+z/8f/l/+P/7P/s/xUA7P8UAO//8v/u/+z/7P/s/+z/7P/w/+z/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+r/6v/s/+r/6/8AAAAAAAAAAAAAAAAAAAAA8//x//j/AAAAAOz/FADt/+3/GADl/+n/6f/p/+j/7v/r/+z/9v/t/xQA4//i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqANf/5v/k/+r/3f/a/9b/AAAAAAAAAAAAAPD/AAAQAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/3f/Y/+H/yv/g/z0A0f/G/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAABcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/+f/v/+3/7P/v/xQA2f8UAPr/7P/v/+v/AADd/+z/6//t/+z/8v8VAOv/6f/s/xQAAAD2/+3/7P/t/+7/7P8UAPf/7f/0/+7/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5v/t/+z/6v/n/+z/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/7//s/+z/7f8UAOz/+f/w/+//8f/s/xQA7P/u/+3/AAD3/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//T/AAAAAAAAFADt/+7/7f/s/wAA7f/1/xQA7P/t/+z/7f/y/+//7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f/2/wAAAAAAABQA9P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P8UAOz/7P/s/+z/7P/s/+z/7P8UAOj/7P8AAAAAAAAAAAAAAAAAAAAA7P/u//j/7P/u/+z/FADs/xoA6//6/wAAAADd/+n/7f/s//P/AAAAAAAA9f8UAO7/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/8X/8//p/+v/6/8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/yUA5P/w/+D/4f/U/+L/7P8VAOz/6v/t/+v/7P/s/xYAAAAAAAAAAADr/+z/AAAWAAAAAAAAAAAA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA4//o/xQA3P/s/9v/AAAAAAAAAAAAAAAAAAAAAO3/7f/v/+3/FADt/+3/7P8AAAAAAAAAAAAAAAAAAAAA7f/t/+//7f8UAO3/7f/s/wAAAAAAAAAAAAAAAAAAAADO/+D/2f/Z/yIA6//X/9T/3v/n/+v/3/8HAOv/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuP/M/8v/v/8pAMX/yP8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8fAOX/4v/l/83/4f/u/wAAAAAAAAAAAAAAAAAAAADl/+z/7P/0/wAA7P/s/w8A7P/x/+3/8P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOn/7P/r/+z/6//r/+z/8f/t/93/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7//L/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAVAPX/AAAAAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAABUA9f8AAAAA7f/s/wAAFADs/+3/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAAAAAAAAAAAA9f8AAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/w/+z/7P/s/9j/CQAMAOL/5v/b/9f/2P/s/+z/7P/s/+7/FADs/+z/6//r/+v/5P/q/+P/6v8XAOz/+//q//T/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA0P/p/+P/2f/q/wAAEwDa/wAAAAAAAAAAAAAAAAAAAADs/+3/9P/x//r/7P/s/xQA9v/4/9H/5f/f/8z/uv8qABQA6//d/+b/6P/Y/+j/AAAAAAAAAAAAAAAAAAAAAAAA7P/4/+//AAD0/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADs//P/AAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+z/7P/s/xQA7P8UAOv/7v/s/+j/z/+6/w4AFADs//D/7P/r/+z/6//s/wAA6v/n/9f/2f/c/9f/AAAAAAAAAAAAAAAAAAAAAAAA0//K/7v/xP/f/9H/1f82AAAAAADx/+v/AAAWAPn/8v/s/+z/7f/u//D/7P/5/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/xQA7v/2//f/7P/t/+z/7f/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/9/8AAAAAAADi//X/JQAAAAAAAAAAAAAAAAAAAAAA4P8oAN//6v/r/+X/0P/f/+n/6//n/+v/7P8WAOr/6//W//r/+v/z/9r/9f/z/+7/AAALAAAAAAAAAAAA9v8AAAAAAAAAAAAAAAAAAAAAAADt/+v/6//r/+z/EQDa/+b/7P/s/+z/7P/s/+z/7P8UAOn/7f/e/9j/1P8hAMn/1P/o/+H/5//r/x4A2v/j/+D/2v/q/+3/5//s/wAACQDl/xQA7f/t//T/7f/s/+z/7v8AAAAAAAAAAAAA9v8AAAsAAAAAAAAAAAAAAAAAAAAAANr/3f/y//n/6/8AAN//AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+v/7P/s/83/3P8dAOr/5f/b/9n/6P8AAAAAAAAAAAAAAAAAAAAA6v/s/wAA7v/1/xcA6f/s/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+z/FADs/+z/EwAAAAAAAAAAAO3/7v/1/+v/7P/s/+n/7P8UAOr/7P8AAAAAAAAAAAAAAAAAAAAA0/8HANX/4//W/xEA6f/k/wAAAAAAAAAAAAAAAAAAAADs/+r/7P/y/+v/6P8VAOr/2P/e/+j/6P/c/wAA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhANz/6P/c/+f/6P/h/9f/2v/s/+3/7f/t/+3/FgDs/+z/7P/t//v/7v/s//L/FADr/+n/6//r/+v/6v/m/xYAAAAAAAAAAAAAAAAAAAAAAPT/CADz/wAAAAAAABMA+/8AAAAAAAAAAAAAAAAAAAAA5f/5/wAAAAD2/+f/7v8lAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQACQDI/8P/xf+4/xMAvf/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/woAAADm/+P/6v/k/9n/AAAAAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//e/9//4//q/yMA6v/n/wAAAAAAAAAAAAAAAAAAAADc/+b/8//d/+D/5v/k/x4A7P8UAOv/7//s/+z/7P/r/xUA6P/Z/9L/z//J/87/7f/m/+z/6f/q/+z/6v/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//p/+r/7P/o/+z/7P/s/+v/6v8VAOz/7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AACgAAAAAAAAAAAAAAAAAAAAAABQA9f/w//T/8//t/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+r/4//r/+z/6/8YAOz/xf/m/+D/3v/K/zgAxv/T/wAAAAAAAAAAAAD1/wAADQDr/+r/5P/r/+r/FQDh/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/i/9v/2P/k/+H/KADm/wAAAAAAAAAAAAAAAAAAAAAVAOv/7P/s//f/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA2P/r/+v/7P8VAOz/AADq/xQA7P/g/9v/8f/q/+v/AAD5/xIAAAAAAAAA+P/5//L/7P/r/+z/2P8aAOv/7P/U/wAAAAAAAAAAAAAAAAAAAADp/+r/6//p/+r/FwDp/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAADl//v/FADx/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//D/AAD1/+z/AAAUAOn/6//r/+z/6//l/xcA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/EAAAAM3/7v/s//T/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f8VAPL/7//t/+v/7P/v/93/zf/a/9j/0//i/y8A2P8AAAAAAAAAAAAAAAAAAAAA5f/s//X/+//3/xUA7v/s/+z/8P8AAAAAAADs/wAAFAAAAAAAAAAAAAAA9P8AAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7f/s/+z/6//r/+v/7/8AAAAA8//0/+z/7v8UABMA9f8AAAAAAADv/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+v/8f/r/+v/FwDy/wAA7//t/wAAAAAAABMA8v/s/+z/+f/v/+3/7P/v/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8hAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+3/8P/u/+3/FADt/wAAAAAAAAAAAAAAAAAAAADq/xUA7P/p/+v/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+3/8P/u/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7f/s/xQA7P/s/xwA+P/B/7n/1//m/8v/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADs/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/AADz/+z/FADw//b/IAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAJgD3//T/AADo/+z/7P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8nAOj/AAD5//b/2v8AAOr/FgDo/+3/7P/r/+n/6//p/wAA+//u/wAAFgDs/+3/2//s/+j/5//s/yMA2P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//5/wAAAADs/xQA7f8AAA0AAAAAAAAAAAD0/wAAEgAHAMT/vf/L/9//sP+2/+z/7P/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA+P8AAAAAAAAAAOz/AAASAOz/3//b/9//1P8AAOv/AAAAAAAAAAAAAAAAAAAAAOH/IgDd/9n/5f/b/9P/1/8UAPP/7//0//L/7f/s/+//FwDq/+v/6P/r/+r/5//q/xQAAAAAAAAAAADs/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGANr/2f/b/+j/6/8AANr/AAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/7P/u/+z/7f/s/xwA7f8TAAAAAAAAAAAA7f/u//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//n/8f8AAAAAEwDu//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/9//s/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/+z/7P/t/+f/FAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUABMA6v/q/+D/2f/Z/9v/4f/0/7L/0P+8/+v/7f/S/wAAAAAAAAAAAAAAAAAAAADa/9v/AADp/+f/2P/Y/xUA7P/s/+//7f/s/+z/7P8UANz/2//i/+z/1//N/wAAAADq/+z/7f/2/xQA7f/s/+r/AAAAAAAAAAAAAAAAAAAAAOn/CgDI/+f/1//r/+j/FQDW/w0AAADs/8X/zP/Y/8L/2/8MAM3/xv8aAOr/1P/s//L/FQD5/wAA7P/s/+r/7P/s//T/AAAAAAAAFADt/+7/7v8AAOz/+P/u/xQA7v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/8//q/93/6P8pAO7/2f/q/+P/6P/D/+7/5f/r/xsAFQD6/wAAAAAAAOz/7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//L/8P/6/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f/s//b/6//r/+z/7f8UAO3/AAD7/wAA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/1f/U/8//3P8IANb/DgAlAOT/1f/V/+L/3f/Q/9L/6f8gAPT/5P8AAOz/4P/o/wAAAAAAAAAAAAAAAAAAAAAjAOb/0f/W/9j/6P/Z/97/FQDp/+n/7P/q/+v/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDm/9j/5f/k/+L/4//i/yUA1v/m/+f/4P/Y/+f/0f8WAO7/+P/1//r/7P/q/+z/IQDV/+L/5//i/9T/2//n/+z/7f/s/+3/7f/s/xQA7P8UAO3/7P/s/+z/7P/s/+z/GQDw//L/+//4/+v/6v/6/ysA2P/2/wAA9v/c/97/5/8UAO3/7f/0/+3/7P/s/+7/GADo/+z/7//r/8b/6P/r/wAAAAAAAAAAAAAAAAAAAADm/xwA5P/4/wAA3//i/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs//H/6f/b/wAA9f/0/ycAAADp/+v/6//o/+z/7P/m/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDW/9b/y//T/+f/2v/c/wAA7//t/wAAAAAAABMA8v8AAAAAAAAAAAAAAAAAAAAA3//Y/+//7//s/+j/IADp/wAAAAAAAAAAAAAAAAsAAADd/8z/1P/S/9f/0f8xANP/8P/u//j/FADs/+z/7P/s/wAAFQD1/wAAAADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/yEA5P/l/+T/5//a/+T/AAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xUA6//q/+j/7P/q/+v/7P/u/xQA7f/4/+z/7P8AAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAAAAAPj/7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8v/x/+z/7P/s/+z/7f8AAAAAAAAAAPv/EwAAAOv/6v/s/+n/6v/r/+n/FQAAAAAAAAAAAAAAAAAAAAAA5v/p//H/AADv/+z/FQDu/wAAAAAAAAAAAAAAAAAAAADS/+n/3//Y/+n/1P8tANT/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/6//s/+7/7f/t/xUA7v/u/+//7P/2/wAA7/8UAAAAJQDf/9D/1v/n/+j/2//q/wAAAAAAAAAAAAAAAAAAAADs/+//+f8AAAAA7P8UAO3/7P/s/+v/7P/s/xQA7P/s/wAA+f/u/wAAAAAAAPf/EwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/4//s/+v/FgDr/+z/7P/s/+z/7P/s/xQA7P8eAOP/4//b/+P/4v/i/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//y/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/0/+3/AAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/7f/s//X/6/8WAAAA3P/s/wAAAAAAAO//GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0A6//R/9j/8//m/8f/6f+y/9f/6P/p/+n/yf9LANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+r/6f8VAOv/6P/2/yAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAO7/6//u/+v/6v8WAOv/6f8AAAAAAAAAAAAAAAAAAAAA2v/w/wAA6//X/zIA4f/V/+z/7f/t/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAABUA+f/u/+//7f/v/+//7f8UAOz/7P/q/wAAAAAAAAAAKgD3/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//D/AAD1/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/xUA6//s/+v/6//r//P/8f/4/wAAAADs/xQA7f/1/wAAAAAAAAAAEwDt//v/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADu/+z/+v8AAAAA7v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPj/AAAAAAAAAADs/wAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAADV/8X/2f/j/+D/5v8pAOj/AAAAAAAAAAAAAAAAAAAAAPr/9//4//H/AADs/xQA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FgDc/+r/7//b/+r/5//q/+T/6v/h/+r/4P8dAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7v/y/wAAAADu/xYAAADO//X/AAAAAAAA3v80APv/7P/s/+3/7f/t/+z/FADt/+3/7f8UAO7/9v/3/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/8f/4/wAA+f/s/xYA8/8UAOz/7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA9f8AAAAAAADs/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA9f8AAAAAAADv/+7/AADl/+z/9f/7//f/FQDu/+z/AAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADu/+//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//j/7f8UAOz/7P8AAOX/AAAAAO//+f/j/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//5/wAAAADs/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/6//o/+z/7P8VAAAAAAAAAAAAAAAAAAAAAAAVAPP/6//x//n/0v/v/wsAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AADs/xQA7/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6//r//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/8P/j//f/2f/w/ykA8f/3/wAA7f/1/+v/AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AADu/+z/7P/w/xQA5v/s/+n/6v/s/+r/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//g/xQA8v/l/wAA1f/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4v8gAOz/4P/Y/9n/6/8AAAAAAAAAAAAAAAAAAAAA7P/3//D/4//3/9n/8P8pALn/zP/D/8z/w/8ZAMv/9P8AAAAAAAAAAAAAAAAAAAAA2v8AAOX/2P/h/8f/2P8dABQA7P/w/+z/6//s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P/t//H/9P/v/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+//8v/s//v/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAOz/+P/u/xQA7v/s/wAAAAAAAAAAAAAAAAAAAADd/xUA7P/s/+7/7P/r//L/FAAAAOz/AADv/9n/6v/p/wAAAAAAAAAAAAAAAAAAAADb/+7/8/8AAAAA5/8lAAAAKgDk//b/6v/n/9j/0v/R/8T/AAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAKwAAAAAAAAAAANr/3f/s/yAA9v/5/wAAAADp/+H/8v/h/+v/7f/v/+//0/8iAOP/7v/s/+3/8P/u/+3/FADt/xQA7P/y//r/+//r/+z/7//w/xQA8f/v/+//7P/u/+z/7P8UAOz/7//t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAHAOz/7f/z//T/7P8AAOz/6v/R/9n/2P/W/+f/EwAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/o//f/6v/l/wAA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/7P/u/+z/7f/s/xwA7f8AAAAAAAAAAAAAAAAAAAAA7P/3/wAAAAAAAPX/FAD1/xYA6//a/+r/7P/p/+v/4P8VAPj/AAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/1/wAA9v/s/+z/FADs/+f/7f/u//b/FQDs//b/AAAAAAAAAAAAAAAAAAAAANf/5v/Z/+X/6f/o/9j/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/6v/w//T/8P8dAOT/6f/s/+z/7f/w/+3/FADt/+z/AAAAAAAAAAD4//X/AAASAAAAAAAAAAAAAAAAAAAAAADW/77/w/8AAMz/+v+0//f/AAAAAAAAAAAAAAAAAAAAAOz/7f/s//T/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAIgDs/+7/9P/0/9v/2v/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAAUAO3/+v/C/8f/w//J/7v/MgDb/7z/AAAAAAAAAAAAAAAAAAAAAPT/AAD0/97/7f/y/+3/DgDs/+3/8f/0/+//FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAACgAAAAAA7P/t/wAAAAAAABQA7f/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+3/4/8aAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAA9P/e/+3/8v/t/w4A7f/4/wAA9v/x/xUA+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8/8AAPL/AADs/xQA8f/s/wAA8//t/+z/FADs/+z/1/8AAOv/3v/l/9H/BQDW/wwAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAADt//r/AAAAAAcA8P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/wAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAADs//P/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//y/+3/9//v/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//L/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADv/wAAAAAAAPT/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7f/t/+z/7P/r//L/7P8VAPD/7P/r/+z/7P/p/+r/GQDr/+r/2//q/+v/2v/n/xwA4//h/+n/3P/l/+z/7P8VAOz/5f/m/+r/7P/s/+T/GQDs/+X/6P/r/9v/7P/s/xQA7P/s/+z/7P/s/7n/vP9RAMD/zf++/7L/t//s//L/FgDw/wAA2//s/wAA7P/s/xQA7P/s/+j/6//s//L/7P8VAPD/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQD0/wAAAAD5//f/AAD1/83/7v/r//T/nv/t/+3/FAAAAAAAAAD4/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/yv8GAM//7f/i/wAAyv8AAAAAAAAAAAAAAAAAAAAA6v/n/+P/4f8AAOD/JgDu/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/t//b/7v8TAOz/2P/e/+r/AADq/+H/2f8GAAAA8P/g/+H/7v/s/xEA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA8/8AAOz/7P/s/+b/6//s/xQA6//s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//w//P/FwAAAAAAAAAAAAAAAAAAAAAA6//Z/+v/7P8AAOz/5v8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v8ZAOn/3f/j/+n/1v/n/+P/AADs/9//5//a/wAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD1/wAAAADt/+z/AADx//X/AADu//j/7P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/q/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FgDc/+r/7//b/+r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2//l/9n/3P/h/ycA4f8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/5v/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/o/+v/6//s/+z/GADs/xUA7P/t/+z/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/FADt/+z/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOr/5P/q/+H/6v/g/x0A5P/s/+3/7f/s/+z/FADs/+z/7P/r/+z/7f/s/+z/7P8UAOb/+//s/97/2/8MAOP/AADw//r/AAAAAAAAFQDv/+7/8v8AAAAAAAAAABQAAADs/+z/FQDs/+r/7f/r/+z/7P/q/+T/6v/h/+r/4P8dAOT/1//v//j/9/8AACkA6//m/wAAAAAAAAAAAAAAAAAAAADr/xcA7P/s/+3/5//r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t/wAA9//s/+z/7P8UAPj/AAAAAAAAAAAAAAoAAADz//H/7P8AAOv/7P/v/xUA+P8AAAAAAAAAAAAACgAAAOz/7P/s/+z/7P8UAOj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADr/+v/+v8VAAAAAAAAAAAA6//r//r/AAALAAAAAAAAAAAA9v8AAOv/4//s//n/7//s/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xQAAAAAAAAAAAD2/wAA7P/s/+7/7f/s/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/c/+b/3v/d/93/6P8gAAAAAAD6//L/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA9v/t/+z/7f/u/+r/6v/s/+j/7P/r/xUA7P/s/+z/FQDs/+X/5v/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAOz/3P/Y//L/5v/a/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/wAA7//t/xQA6f/Z/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAD6//L/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/w/wAAAAAAABQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+b/7f/t/+r/5//s/xYAAAAAAAAAAAAAAAAAAAAAAO3/7f8UAO7/9v/3/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAADu//v/FADt//j/8//7/+3/7//s/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOr/yv/U/97/zP/z/+b/xv8AAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAABQA9P8AAAAAAAAAAAAAAAAAAAAAAADu/+3/AAD3/+z/7P/s/xQA7P/s/+z/7P/s/+z/FADs/+z/8f/t//D/7P/s/+z/FADs/+3/AAAAAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/6v/z/+T/KADZ/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/1//X/FAAAAOz/7P/s//D/7f/s/xQA7f/j/wAAAAAAAAAA5/8iAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t/wAAAAAAABMA8v/q/+n/6//x/+v/6/8XAPL/6v/n/+P/4f8AAOD/JgDu/9j/6//e/+n/3P/b/ygA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//s/+r/8v/s/+v/6//s/+z/7P/s//D/FADr/+//7P/s/+z/7P/w/xQA6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/s/+z/7v/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/FgDc/+r/7//b/+r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//U/8D/yP/T/6b/+/8XAM//6f/X/8X/2P/X/x8A8//6/wAAAAAAAPr/IgDy/+T/6v/q/+3/6v/v/xcA6f/o/+X/8//q/93/6P8pAO7/2f/s/xQA7f/2/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/+P/l/+D/0f/F/9X/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADz/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA5P/V/8L/1//c/9P/8f8AAAAAAAAAAAAAAAAAAAAA+//l/+D/5//q//r/5P8JAOz/7f/u/+3/FADt/+z/7P/1/wAAAAAAAOz/FwDt/+v/7P/s/wAAAAD3/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/6P/r/xcA7//X/+r/7P/s/+v/7P/s/xUA7P/r/+v/7P8UAAAAAAAAAPP/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/zv/X/8n/DwDp/9z/CgDJ/9b/0//D//H/9P+5/xkAAAAAAAAAAAAAAAAAAAAAAPH/7v/5/xQA7P/s/+z/7P/s/+z/FQDs/+X/5v/q/+z/8f/1/wAA7v/4/+z/FQDt/+z/7P/Z/+n/6/8AANb/EwDo/+H/5//r/x4A2v/j/+D/7P/t/+7/7f8UAO3/7P/s/9b/6//i/9//AADs/+X/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+z/FADr//r/4f/r/wAAAAAAAAAAAAAAAAAAAADa/+z/7P/s/+z/7P8WAOz/7v/v/+z/9v8AAO//FAAAAAAA4v/v/+3/AADs/wAA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAD6/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//v//j/9/8AACkA6//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/w/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAACEA7f8AAAAAAAAAAOP/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADt//D/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9P8AAOr/3v/q/+f/7//s/xYA5f/s//P/AAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/p/wAA9P8AAPf/HQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAOv/6//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//y//P/AAAAAOj/BwDw/wAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA+f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/3v/z/+f/7P8WAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADo/+z/AAAAAAAAAAAAAAAAAAAAABUA6//s/+r/8v/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+b/6f/n/+n/5f/i/xgAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA6f/0//D/7//r/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA+f8AAAAAAAAAAOr/AAAAAAAAAAAAAAAAAAAAAAAA7P/y/wAAAAAAAO3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/m/+L/1v/Z/+j/HgDc/+n/5v/o/9n/6/8AAAcA5f/r/+v/6v/q/+v/7P8VAOv/AAAAAAAAAAAAAAAAAAAAAPH/9f8AAO7/+P/s/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADu/+X/7P/x/+7/7P8aAO7/7P/t/+z/7P8UAOz/7P/s/9v/KwDZ/+H/2//Z/9T/1/8AAAAAAAAAAAAAAAAAAAAA7f/t//D/AAD1/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/i/+X/5v/2/+P/IQAAAO3/KADo/+3/AAD4/9j/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADY/8b/3P/V/93/4P/W/8v/5//W/+r/4f8gAOL/AAAAAAAAAAAAAAAAAAAAABQA7P/y//r/+//r/+z/7/8UAOz/7f/t/+3/7P/s/+z/6v/q//n/IQDs/9n/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA5/8AAAAA9f/n//X/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/z/+r/3f/o/ykA7v/Z/+v/FwDr/+v/6//p/+n/6P/s/+z/7v/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAA+v/6//X/FQDr/+r/7P/p/+r/6//p/xUAFADt/+3/9P/t/+z/7P/u/+v/+v/s/+j/8f8VAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAOz/+f8AAOz/7//s/+v/+//r/+3/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/3/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f8AAPT/7P/4/wAAAAAAAAAAAAAAAAAAAADW/9z/zf/V/+X/JwDc/9r/AAAAAAAAAAAAAAAAAAAAAOz/8P/s/xQAAADs/+z/8f8SAMv/BgAOAPT/y//s/+z/AAAAAAAAAAAAAAAAAAAAAOv/4//s//n/7//s/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+//7f/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/x/+3/FAD1/+3/7P/y//L/AAAAAAAAAAAUAAAA7P/s//P/AAAAAAAA9f8UAO7/AAAAAAAAAAAAAAAAAAAAANn/6//s/+3/7P8HAAAA7P/u/+3/AAD3/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9f/7//h//L/AADv/wAAAAAAAAAAAAAAAAAAAAAAACIA2v/Z/+v/5P/g/9z/3f8UAAAAAAAAAAAA7P/s//L/LADY/wAA9//x/9D/zv/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/n//n/9//X/+z/7P8hAPL/FQD5/wAA7P/s/+r/7P/s/+v/+v/s/+z/GgDq/+b/AAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAoAOT/7P/w/wAAAAAAAAAAFAAAAOz/7P/s//n/7//t/+z/7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAO7/7P/s/+z/6v/r/xQA7P/r/+3/7f/v/+3/FADt/+3/7P/w/+7/+P8UAOz/7P/s/+z/7f/t//D/AAD1/+z/AAAUAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/7P/s/+3/9v8UAOz/7P8dAOP/9/8AAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/y/+3/7f8UAOz/7P/k/xwA4//o/+D/1//h/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAOv/4v/t/+r/7P/X/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO7/7//s//b/AADv/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FACP/y0A1P9c/8H/ov8KAMD/xf/X/+r/AADH/9b/CgD1/+D/4f/k/+f/5f8dAOT/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+P8AAAAAAAAAAOr/5f/o/+v/6v/j/9v/GADs/+v/3//m/+f/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/F/+H/1//j/xQA1P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqANn/8f/r/+L/4v/T/+n/AAAAAAAAAAAAAA4A8/8AAPr/7P/y/+v/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8AAOz/FADv/wAAAAAAAAAAAAAAAAAAAADL/y4A2P/e/+T/1//c/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+b/5f/o/+b/5P8aAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv8AAMf/5P/O/xUA2v/V/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA+v8UAPr/6//r/+X/3//n//P/EQDY/+j/6f/t/wAA+f/n/xkA6f/s/+3/7v/t/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAgA4P/l/8j/z//r/xQA2P/k/+7/5f/i/xUA6v/q/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//L/8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD3/xQA7v/s/+7/9P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+r/7P/s/wgA0v+u/8L/2P/b/+v/GgAAAPj/AADr//b/AAD2/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A9P8AAO3/FgD4/wAAAAAAAOv/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/6v8VAOz/7P/o/wAA6f/v/+H/7P/V/+v/FAAUAPX/AAAAAAAA7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAA4f/s/+//7v/t/wAAFADs/xQA7P8AAO7/9//s/+z/6v8VAOz/7f/s/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/GwDq/+n/2//k/+H/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6f/s/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeANb/1f/a/9v/6v/m/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/xUA9f8AAPv/AADv/wAA0f/l/+D/z/8AAAoAv//S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDS/97/5v/c/+j/6P/s/y4A1//p/+n/5f/N/8z/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//q/+r/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAOb/yP/f/+H/6//k/9P/5v/l/+b/5f/n/+j/6P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P8UAO3/pP+//6n/nv/b/y4Azv/q/yUA0//e/9//8v/W/+n/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5//u/+j/6v/p/+T/GQDF/8T/NgDM/87/zf/K/8r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/n/+v/8f/S/+r/5v8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+L/6//r/9j/AADZ/+z/7P/r/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAD6/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/FADs/+z/7P/s/9z/6v/w//T/8P8dAOT/6f/r/+P/7P/5/+//7P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/s/x4A7P/t/9//5f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/0//H/9L/4P8SAPf/6P/K/y4A2f/T/8//zv/O/83/AAAAAAAAAAAAAAAAAAAAABYA5/8AAPT/+f/r/+v/6v8AAAAAAAAAAAAAAAAAAAAA3P/m/+3/+f/x/+X/IQDp//X/4P/w/9z/4v/r/xMA+v/s/+z/7P/s/+z/7P8UAOz/4P/W/+H/2v/h/+v/LADn/+r/6v/p/+n/6//r/xYA6v/s/+z/7P/s/+z/7P8UAOz/0P/j/9r/4//n/+T/1f8kAAAAAAAAAAAAAAAAAAAAAADc/97/3//k/+H/2f/b/yAA6v8XAOr/6//q/+j/5v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8OAJz/zf/d/wAAzf/a/+z/6v/Y/9v/2v/q/xUA5v/t/+z/7P/s//T/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/s/+z/7v/t/+z/FADs/+z/7P/s/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAADwCk/6n/3P/o//r/x//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/r/wAA+f8AAOf/KAD5/+n/8/8AAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/IQDk/+X/5P/n/9r/5P/e/9r/5f/Z/9z/4f8gAOH/1//L/9j/2/8QAM3/CQDA/+z/xf/z/+n/6//r/wwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAA6f/s/wAAAADa/9z/2/8AAAAAAAAAAAAAAAAAAAAA1v/X/9f/2v/k/97/5v8kAM7/MADV/9P/0f/T/8X/y/+1/0sAnf+4/7z/1/+h/7X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/w4Azv+l/7L/vf8AAOj/5//d/+b/4v/j/8z/HADh/+T/4f/n/+D/6P/j/xwA5f8AAAAAAAAAAAAAAAAAAAAA1/8SANj/4//b/wAA2f/V/8j/MQDR/6D/pv/m/5H/xv/j/x8A1P/i/8j/4f/e/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+r/6v/U/+r/3P/o/x0A6/8WAOz/7P/r/+z/6//q/xQA7P/u/+//AADt/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADd/+f/5//m/+T/7f/V/+P/0f/P/zMA5v/l/8L/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/zEA3P/a/9T/zf/K/8z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//p/+3/6//z/+z/GADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/9H/6f/q/xoA3P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/o/+X/6//p/xYA6//W/9f/JgDj/+f/2//h/8//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7P/4/+z/6f/q/xcA5v/p/+v/5P/q/xgA5f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/2//a/9z/6//d/yEA4f/u/+j/7v/v//b/0/8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAGwDf//f/7f/w/xMA1v8AANb/w/+9/8//9f8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/vf+1/7f/t/8AAOL/xP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v8AAPP/7P8UAPD/AADZ/97/5v/t/wAA5f/s/wAAAAAAAAAA9f8AAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/GwDn/+n/6f/h/+T/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9T/IQDd/+b/5v/d/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/xMA7//s/+z/AADz/+P/4//l/+H/2P/d/+P/HgDd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/HADk//j/AADf/+L/3//t//v/8P8AAAAA6/8VAPn/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/r/+v/7P/W/83/CQDm/+v/xv8SALL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/5P/k/+b/5v/r/xoA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/q/+r/5//r/+r/FwDq/7P/+f/K/9L/1v/D/8//EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+X/4//r/+z/7P8WAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/t/+n/6//r/wAAAAAAAAAAAAAAAAAAAADr/+P/AADp/+T/7P/q/xcA7P/s/xcA5f/s/+z/5v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPL/AAAAAOz/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAPr/AAAAAOv/8/8VAOn/6f/s/+r/6//p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/j/+j/6v/n/+D/GwDd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL7/sP+7/8f/2f8FAJz/AAD5/xUA7f8AAAAAAAAAAOv/6//s/xUA7//q/+v/6v8AAAAAAAAAAAAAAAAAAAAA6//r/+z/7f/t/+z/FQDp/wAAAAAAAAAAAAAAAAAAAADa/+v/7P/s/+r/2P8lAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDw/+7/AAD7//D/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/9X/GgDs/+n/4f/s/wAAAAAAAAAAAAAAAAAAAAD4/+D/3v/j/+D/+v/v/9P/DQDW/9f/AADU/+f/1f/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+z/+v/0/+3/FgDs//f/6P/Y/9z/7v8IANz/CwDP/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/x0A6v8AAPr/AAD0//b/AAAAAAAAAAAAAAAAAAAAAOj/5P8AABkA2f/P/9f/0f/X/+n/4v/d/9//+f8QANj/7P/y/wAAAAAAABQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/xQA7P/s/+z/7P/s/wkA2P/W/8z/5P8AANb/2//s/xQA7v/s/+z/7P/w/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/7f/DgDH/7n/wP/F/9X/zv80AM//0v/Q/8f/t/8AAAAAAAAAAAAAAAAAAAAAJADv//v/4v8AAPf/5//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJ7/oP+O/wAAzf/H//v/AAAAAAAAAAAAAAAAAAAAAOT/HADj/+j/4P/X/+H/5P/Y/ykA3P/U/9X/3f/U/9z/AAAAAAAAAAAAAAAAAAAAAOj/6v/r/+v/6/8WAOv/6f8AAAAAAAAAAAAAAAAAAAAAt//s/6n/uf/F/wAAov8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAoAAAAAAOL/6P/r/+T/6P/p/xkA4v8AAAAAAAAAAAAAAAAAAAAA6//i/+n/7//r/xYA2//p/+z/7P8UAOz/7P/s/+z/7P/s/+z/7P/s//D/FADr/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/9//v/+v/6//s/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/t/+//6f/7/+L/AAAAAAAAAAAAAAAAAAAAAOn/GgD7/+v/6P/j/+D/5v8AAAAAAAAAAAAAAAAAAAAA8v/r/+z/6v8WAOz/7P/m/+j/AAAZABEA5//Z/9j/5//r/+j/9v/x/wAA6//o/xUAAAAAAAAAAAAAAAAAAAAAAOn/5f/q/+j/GwDo/+f/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/r/wYA1f/p/+v/6/8UAOz/7P/s/+z/FADs/+z/7P8AAOr/6f/2/+f/3/8AAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/j/+b/5v/n/97/HgDi/wAAAAAAAAAAAAAAAAAAAACm/7z/ov+q/woApv+i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6P/2/+n/6//r/+H/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOH/4v/n/+H/+f8eAOD/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOX/5v/r/+f/7v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/n/83/0f8MAMP/yv8NANb/AADN/8//yv/D/+D/DgAAAAAAAAAAAAAAAAAAAAAA4v/n/+v/GADx/9//6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAASAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//l/9//5v/i/x0A4v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5/8UAOv/7P/s/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp//D/AAAVAPH/2//Z/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+P/7P/r/xYA6/8AAAAAAAAAAAAAAAAAAAAAFADr/+z/7P/s/+v/7P/r/xYAAAD0//j/AADs/+r/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//P/8P/s/xQA7P/s/xUA6v/t/+X/7P/s/+n/AAAAAAAAAAAAAAAAAAAAAOr/6v/p/+z/5//o/xcA5/8dAOL/6P/s/+P/5P/W/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+X/FQDe/+f/8P/u/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/FADv/+z/6//s/+z/AAD2/x0A+v/1/+7/7//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAOj/7P/t//L/6//c/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/NQDq//b/6f/m/8b/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAPL/7f/u/+z/7P/4/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/w//L/FADs/+3/7P/t/+z/7v/v/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAPv/AADs/+z/7P/s/+z/FADs/+z/+P/Y/wAADgDi/8n/BgDU/+z/7f/v//b/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9v/6v/p/x8A3v/a/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/6//s/+z/7P8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s//b/7/8VAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgDf/+X/1v/g/+j/2P/W/+j/5//q/+j/6P/n/+j/GQCt/ycAxv/C/wAA2v/D/7X/AAAAAAAAAAAAAAAAAAAAABUA6//s/+v/6v/r/+v/6/8AAAAAAAAAAAAAAAAAAAAAzP/r/+r/4v8MALv/GQC2/+z/FADq/+z/7P/s/+z/7P8AAA0AAAAAAAAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAMj/wP/T/zEAy//F/8f/z/8AAAAAAAAAAAAAAAAAAAAAEADp/+P/v/+x/93/EADL/wAAAAAAAAAAAAAAAAAAAAC//yYA4f/2/+//9//f/+3/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P/m/+f/FwDp/+n/5//q/+X/6v8ZAOr/6P/n/+j/5P/p/wAAAAAAAAAAAAAAAAAAAADY/xYA3P/Z/9//2P/r/97/AAAAAAAAAAAAAAAAAAAAALz/zf++//n/AADf/8z/EADe/+f/6//n/9z/BwAAAOf/7P8UAOz/7P/s/+3/7P/s//H/JQDk//D/4P/h/9T/4v8AAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAOv/7P8AAO7/FADt/+7/7P/s/+3/7P/r/+v/6f/n/xUA7P/s/9//7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD5//n/6/8AAAAAAAAcAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6//q/xUA7P/p/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/e/+f/2f/b/9z/IgDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/r//H/6//r/xcA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/9L/xv/r/+T/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOT/6f/c/9r/6P/k/+L/6f8gAPT/5P8AAOz/4P/o/wAAAAAAAAAAAAAAAAAAAADt/+z/7v/t/+3/7P8UAOz/3f/M/9T/0v/X/9H/MQDT//D/7v/4/xQA7P/s/+z/7P/s/xQA6//r/+z/7P/s/+z/FADs/+z/6//s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAPn/7v8AAAAAAAD3/xMA1v/a/9X/xP/e/97/KQDi/xQA7P/t/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAOr/AADz/wAA3//r/wAA7P/u//T/+f/5/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/w/+z/6//s/+v/7P/1/x8A6P8AAAAAAADt/wAAFgDr/9r/6v/s/+n/6//g/wAAAAAAAAAAAAAAAAAAAADn/+v/6f/r/+n/FQDf/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+//FADt/+z/7f/s/+7/MQDh/wAAAAAAAPH/4v8AABUA6v/w/wAAAAD2/+z/9f/t/+z/FADt/+3/7P/s/+v/2v/n/xsA4//l/+n/3//l/+z/5P8ZAOz/5f/o/+v/2/8AAAAAAAAAAAAAAAAAAAAA0f8SANP/z//s/wAAq//i/+z/7P/s/+z/7P/s/+z/FADs/+z/8f/p//D/7P8UAOD/AAD3/wAAAAAAAAAA8v8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/+b/3f/Y/9n/2v8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//L/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+L/6//k/+f/6//q/xYA6//r/+r/6v/r/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAN//5//m/+X/2//R/wAAAAAAAAAAAAAAAAAAAADW/9z/zf/V/+X/JwDc/9r/7f/s/+z/7//t/+3/FADt//L/8f/t/xQA9f/t/+z/8v8AAOj/6f/Y/+v/BQDn/+n/6v/r/+X/1v/S/xMA5P8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/m/xsA6v/k/9n/AAC6/7j/+f/1/+r/+P+8//X/8P/R//r/5v/x/+v/AADH//n/4P/Z/9n/4f8AAAAA2v8QAOz/6P/q/+j/7P8UAOz/7P8VAO3/7P/2/+v/6//s/+3/2f8GAOf/7P8AANn/4//u/wgA0//L/+r/1//T/9j/EQDL/+f/zP/U/xAA0//Y/xAA3f/b/9f/1//o/ysA3//D/83/CwDr/+D/7f8MAMD/9v8SAAAAuv/C/9f/3f8IANz/7v8UAO7/9f/x//H/7v/w/+7/FADs//X/7f/s/+z/7P/Y/9j/GADs/+X/2P8AAPD/8P/6/wAAAAAAABUA7//u/wkA0P8UAO3/AADr/8//zP/w/+P/3P/j/9H/AADt//X/IgDE/7f/vP+7/87/DQDn/+b/BgDa/67/uv+q/+j/uf/m//D/2f+9/9//FgDi/9f/7P/q/+7/3/8OAOr/2f/5/+v/6//r/+z/7P/q/xUA7P/V/9b/LADc/8n/zf/B/+D/5f/h/x8A3//o/8j/4v/c/+L/6f8WANb/4P/g/+v/6P/T/8P/yP/J/9j/2/8aACIAAAAAAAAAAAATABEA+f/b/9P/zP/G/8P/8v8AANj/IgDz/+n/vP/x/9T/8//f/8r/1//Y/9//5P/G/+z/KADM/8z/9/8NABcA5P+z/7f/vv/j/97/6v/f/+z/FgDr/+v/4v/e/+n/3//s/xYA6//r//H/4P/q/9n/9v8AABEA1/8TAM//7v/Z/9//0//I/xIA7P/1/wAAAAAAAOz/FAD0/9r/4v8AAAAAAADo/ykAAADi/+X/7f/0/+//7P8aAO//MwD3/+X/8f/N/7j/2//m/9j/5f/Y/+D/3v8AABwA6/+y/8D/7P/z/7b/3//Z//r/x/8RAMX/1//d//H/FgDj/+v/6//s/+3/7f/s/xUA6f8AAOv/7f/u/+r/2//G/xQA7P/t/+//+P/z/+3/FADw/6j/0v8JANH/1/8AAPH/z/8AAOL/9/8aAMv/2//f/+L/0f/X//P/6P/e/wAAEQDz/+z/5v/s/+3/7P8UAOr/6/8XAJ//oP+l/8D/2v/4/+P/AADs//v/8P/t/+z/2P8UACQA2v/Z/87/3f/h/9b/5/8PAPH/1v/M/8j/CQCw/93/DADc/+n/6v/t/+r/6f8AAOz/7P/r/xQA7P/s/+z/7P/a/xwA3v/c/+v/4v/p/+n/CAAAANf/1//k/wAA2v/U/9r/8f/a/+j/yf/s/+T/GADs/+z/FADr/+z/7P/r/+v/6v/j/+j/w//u/+X/6/8bAMj/AADs/8n/wv/N//j/AAAAAOD/7P/g//P/BwDW/9//FAAAAMn/4//Q/+j/xf/m/yQAAAD1/wAAAADb/+T/AADr/+z/7P/s/+z/FQDs/+v/IwDb/+n/7P/q/+f/4P/d/+z/8P/t//n/AAAAABUA9//Y/8n/BwDF/97/9P+9/w8A8f8AAL7/ov/M/xEAu/+s/83/+v/f/8f/yv8AAAgA7f8dAAAAAAAAAAAA2f/q//T/2P8pANv/4v/j/9n/1//d/9r/LADF/93/2//a/9X/2P+8/1YAjv+3/8T/s/+u/8v/q/8wALv/sf/L/9D/1P/O/xsA6v/p/+T/6f+7/w4A4/8kAPn/AAAAAAAAAADj/wAA7P/X//f/AAAAAOr/FAAAANv/AADf/+n/2/8bAMD/1P/s/yIAtP/j/8f/9v/f/8T/2P8TANn/3//t/+f/AADq/9P/2f8tANP/4f/O/9P/6/81AOr/6P/s/+L/EwDh/9z/6//s/+X/5v/x/+z/3P8XAOH/3P8AANX/4//X/8f/HQDs/+z/FADr/+z/7P/r/+v/+f8jAAAAAAAAAAAA5v8AAO3/FADv//D/7f/s/+z/7f/w/87/CwDO/+H/0v/p/wcA6f/i/9v/2//Z/9n/5/8mAOT/8//A/9z/4f8AALj/9//R//r/5v/x/+v/AADH//n/yP/u/8r/0f/1/z4A0//a/+z/6//s/wAA6//q/9v/BwDs/+z/7P/s/+z/7P8UAOz/rv8HANv/yv/e/7n/0/8WAOD/IgDW/+j/4//V/+H/5P/I/8r/2v/T/9L/LwDi/+H/xv/Q/8z/5v8MAMr/7f/2/xQA6f/t/+z/7P8AAOv/2P/U/8D/0f/Z/9D/8f8ZAMP/EwAAAM7/uv/S/8j/uf/H/yUA6v/p/9//4v/H/9H/xf/c/+7/3P8AAOz/CQAAAOz/uP8AAM3/vv/M/73/9f8KAAAAsf+y/63/2v8iAL7/2v/b/w4A3f/C/yQA6P/P/83/0//C/8r/2P/z/8z/KAD3/+D/4//X/+j/6v/q/xsA6//n/9j/AAD4/wAA0v/2/zsA6v8AAOz/7/8AAN7/EwAGANT/xf/X/9P/9P8UAAAAAADr/57/z//Q/+z/7P8AANz/xP/T/+v/1v/O//T/AADI/+v/9v8AAPb/AADs/xQA9P80AAAAAAAAAAAA1v/5/+f/6//r/+v/7P/s/+r/FQDr/+v/6//q/+z/6v/o/xUA7P/z/+3/7P/o/+z/8f8AAAkA7v/c/+H/6//5/9z/JgD5/+v/4//Z//j/4f/d/xEACwAXAOr/2//w/+v/5v/n//n/AADg/9f/4f/p/wsA3P/o/+z/7P/t/+3/7P/Y/+z/JADD/wAAFQDZ/+H/FQDj/87/DQAUAOv/1f/o/+v/yP/a/8P/z//Q/wAA2//p/7f/IwA3ANP/p/+y//P/y/+1/9b/AADs//P/7f/q/xQA7P/Y/9v/1/+5/+n/6//N/+H/LAAAAOn/6/8WAOj/zf/n/9P/zf8aALj/9//P/wAA3P/F/wAA3v/v/wAAAAAAAN//8f/Z//L/7v8AAPP/EQDo/wAAAADs/xMA2P/i/wAAwP/R/+X/zf/f/9j/x//4/83/8v8AAAAAu/+s/77/1v/0/8b/ov+2/+b/oP+e/+L/AAARABwA2P/W/9j/1v/n//b/6f8cALj/4v/Z/9v/5P/R/wAAy/+u/w4A0//e//X/0/8AAOz/7P/s/+z/7P/s/xQA7P8VAOz/7P/v/+3/7P/o/+z/7P/j/9z/3//u/93/HADo/+L/3v/j/+j/4f/Q/x8A4f/R//r/5v/x/+v/AADH//n/CwDe/8f/xv/T/w8AxP/N/wAAAADQ/9v/wv8NANX/2/8uANj/2v/f/+H/zf/g/8v/5f9EAK3/kf/N/+j/mv+v/7//DwARALz/3P/n/67/zf/4/9j/9f+g/63/EABp//r/5//e/+P/6v/r/+j/0/8eANv/3//q/+r/DQDr/+P/AAAWAAAA4v/v/+v/xf/k/+L/7P/x/wAA+/8AAOz/FADx/8b/tv/E/w8AkP/n/83/AAAAAPf/8v/t//f/7/8UAOz/wv8rAOb/5v/d/8b/2//L/8T/AADK/8j/2v/r/xMAvf/7/xoAAAAAAAAAAADn/wAA9f8FAOj/7//n/+H/1/8pAM3/0v/m/7//vv+z/+v/GgAoANH/2//M/9D/yv/E//X/CwDR/9//3f/k/xcA4//Q/+L/3v/p/9//7P8WAOv/6//s//P/AAAAAAAA7P8AABQAAAAgAOz/AAAAAAAA3/8AAOj/6v/v/+r/+f/4/w4A7//t//r/9f/h/wAA6/8UANf/z//U/9T/0//X/+T/1P8sAAYAy//W/8T/zf/L/wAAz//V/93/5f/P/+n/AAAXANj/3v/p/+r/1v/z/yoA2f/j/8//vP/X/yUAvv/b/xAAtP/X/9j/zP/R/+n/2/8xANn/6v/N/9T/+//f/8T/KgDa/xcADQDW/+X/xf/L//D/yf/s/+b/7P/v/+z/FQDp/+v/7P/r/+v/7P/s/+z/FADs/9T/IwDa/9T/zv/z/8r/0v8IALj/zP/D//T/xP/L/wYA2P/Z/+n/6/8AAOn/5/8RAAAA0P/a/8T/x//g/xEAAADr/+L/6P/R/+v/FgDb/+j/5v8bAPT/0f/O/w4Avv/k/8b/0P/M/+b/DADK/+3/9v/m/8L/s//n/wAA2P/e/+L/xv/Q/8z/5v8MAMr/7f/2/87/FwDm/+L/7P/P/+z/7f/d/+b/uv/A/8//0/8AABYA6v8YAOv/6//c/+b/6P/q/yEA1f/V/8v/1//e/+3/AADH/9T/2f/h/9n/zv81AND/2P/s/+z/6//s/wAA6/8UAOz/7P/s/+v/7P/n/+v/FQDs/+b/AAAAAAAAAAAUAAAA6/+u/9P/y//B/9T/DAAmAA0A1//H/+n/6f8JAL7/0/8eAN//1v/e/+r/4v/k/+D/FQDp/+z/7P/s/+z/6//s/+v/7P/s/+z/7P8VAOz/6//e/9D/mP/N/7D/9f/c/+L/7/8UAOD/7//x/+z/7P8AAPv/7P8AAAAAAAAAABUABgDc/8r/2f/a/9z/5P8rAOj/0f/i/+3/8v/s/97/IgDp/9L/8//b/9n/5f/W/ygA1/8oANv/7P/r//P/1f/t/+z/xf/W/+X/+v/j/+v/LgDp/8X/v//6/wcA0//T/9b/7f/s//n/8P/v//H/7P8UAOz/5f+c/4z/y/8AAA8Avf8AABAA3v/L/7r/sP/Z/7T/7v/e/+7/yf/Y/9j/6P8jAOX/CADM/wAA1v/R/9f/+v/d/+D/7f/p/+n/AADs/xMA2P/P/9X/5//N/9n/AADf/wAAIADW/+r/3P/K/9//rP/r/zwAnv/M/7D/qP8AAKL/t/8oANb/1//F/8T/3//g/8T/OADF/63/rP/Y/8//1f/k//L/6v/D/9X/xv/4//f/8v/S/+b/tv/q/9n/5P/W/wAABwDO/+L/2v8KAOf/2f/z/+n/1v/g/+n/5v/q/x8A6//P/9L/6f/Q/9b/wP8yANP/1//v/woA5v/u/xUA0f/k/+//9P/6//n/AAAAACUA9//o/+f/1v/F/+f/IwDX/+r/6//z/+P/6v/q/+v/4v8UAM7/1/8AAN3/4//R/9j/GgDq/+z/FQDs/+z/7P/q/+z/5P/C/97/rf/Y/7D/AADn/8b/BgDo/wAAAAAAANz/7//V/+z/5f/i/+f/KgDX/9T/6P/n/+P/5P/a/xsA6P/Z/8//vf+4/6r/0P+9/7j/UQDr/+r/7P/u/+H/5//n/xYA6//q/+z/7v/h/+f/5/8WAM3/4v+y/9L/1v/D/8r/NwDr/+r/7P/s/+3/6//w/xUAxP/Y/+f/EgDd/8X/5f/0//T/5v/V/8j/2v8AAOD/xf8AABoA6P/p/+D/yf/V/8//1/8AAO3/4/8AAAAAAAD4/9n/4v/V/+X/1/8TAOr/AADY/ycA0//S/9z/6/8AAM//5f/a/+j/9//m/93/IgDP/9r/6v/t/+n/+f8oANv/6f/O/wsAq//D/+r/zf8MAMP/3f/s/+j/6f/r/xEA2f/2/zsAzv/N/8n/0v/G/9D/wf/s/wAA7/8AAAAA6/8VAPf/5P/p/9z/3P8AABQA8f/r/+z/7P8VAOr/+f/s/+n/8v/V/8//xP8sANf/zP/c/9D/zf/V/6n/tv/o/wwAJQDq/8X/5P+3/+L/5P/F/77/LgDZ/57/gf/5/6b/3f+H/xYAFADs/+z/7P/s/+z/6v/s/9X/FADI/97/5v/s/+3/7f8UAB0AyP+1/9T/7P/e/9j/6f/q/+v/6f/q/xcA6f/r/9v/BwDC/9P/FQCi/9f/0P/o/woAxf+7/9P/1P/6//H/6//Z/+v/7P8AAOz/5v8SANX/z/8uANb/2v/k/+H/3/+n/8H/0/8HALr/AACr/w0AGgDl/9r/9v8UAMj/5P/S/9v/DwDT/9T/1P/2/9D/1//X/9T/GADI/8//DgDN/+f/yf/J/yAA5//I/8T/zf/q/wAACQDr/+z/5f/W/wAA5P/5/9f/5P8AAPL/CgDg/8b/1/8AAOb/6f/j/+r/BQDq/8r/xP/R/+7/zP/c//r/HAAWAOf/w//O/+D/6f/t/8v/AADx/+j/6P8AAAAAFwATAN7/7P/o/+z/2v/Y/xcA6//r/8X/2P/V/9//4f84ANX/7P/s/xQA6//s/+z/6//r/9f/EwDx/+3/8P/X/+v/AADU/wAAzP8AAOv/g//F/9//2f/p/+X/7f8AAO3/GgDx/+z/7P/Y/+z/7f/r/xUA6//R//r/5v/x/+v/AADH//n/CwDr/wAA0v/M/8H/3P/M/wAA0f/A/9b/5/8LAOb/vf/2//H/2f/L/9j/+f/2/+L/AAAJAAAAAAD5//L/1v/3/+T/6/8YAOL/wP8MAM3/2v+9/9T/GwDR/9D/GwDh/+T/FAAAAOr/6//q/wAA1v/J/9n/5P/v/wAA9P/s/xcA2v/o/yIA5f/y//H/7P/k/+//9v/Z/9P/8P/c/8n/EgDi/77/PwDI/+H/2P/M/9n/1v/1/9r/wv/V/wAA1v8mAMb/4f/n/+v/3f/r/wAAFADY/+3/8f/3/+T/AAAFABMA+v/A/7P/uv85AM//yP/J/+D/7P/2/+z/FQD1/+n/4//q/+3/+//w/wAAAADr/xUA+f+7/6//xv/A/7f/PgCz/+j/1//K/7P/uf/O/0AA0P/J/8b/1f/I/8X/y/8sAOP/w/+0/9z/4//w/yIA1//C/9P/6f/q/+v/6v8AAOX/6v8SAOj/AADk/xQA6//p/+f/5f/s/xYA4//s//f/5P/q/+v/5f/j/+L/2//m/w0AAADp/xYAzv/O/+n/4//p/+P/9f/z/+3/7P/o/+z/8f8AAAkAAAAQANv/8f/p/+D/zv/Q/9T/2P/h/8b/y//I/y8Ayf/u/+z/7v/5//L/7f8UAPr/0/8FAAAA5f/o/9r/1//d/8T/5v/G/+T/9f/u/+z/2//z/wAA7//x/wAA3f/v/xwAAADL/8j/3P8NAAAA1//Z/9n/5v/G/8z/6P/p/xsA5//Q/9r/2v/n/9n/JwAKANj/5f/O/+X/8P/p/+r/HADn//j/5f/y/+D/1//a/9r/FwAVAAAAAAAAAAAA7P/s/wAA5v/m//P/mP/A/83/7f8LAOL/6/8VAOf/7P/x/+r/6P/u/+3/9v8AAPj/xP8TABkA7P8UAO3/+//v/+z/7P/s/+z/7f/x//T/7/8UAO3/7P8OAM3/0v/k/+f/vP/D/ycA6//r/+v/7P/q/wAA3P8KAOT/7P8AAPH/9v8TAO3/6//i/97/6v/f/+z/FgDr/+v/AADL/+3/3//p/wkA6P/c/xIA4//M/9H/2f/u/wAAxf/L/87/0v/n/+H/zv/o/ygA3f/b/+X/9P8IAOz/EgDc/+//2//Z/+7/6/8GAOf/5//s/+z/1P/s/+7/6/8VAOr/yf/I/w4A5f/q/9T/AAD5/87/5P/q/+L/6v8NANb/9v8UAOv/6//Z/+3/6/8XAOv/AADi/xAA5P/t/wAA3/+7/+j/wf8AAO7/EgDD/7b/0P/j/wwA8f/2/9T/IADT/9j/7P/j/93/3//w/93/HADp/+z/7P/Y/+z/7f/r/xUA6//h/+H/7f/V/97/AAC6/wwA6f/p/8z/6f/q/xsA2v/q/9f/6//r/+n/EwDk/+//AADr/+r/7P/u/+H/5//n/xYAFADs/+3/7P/s/wAA7P/a/+z/6//t//f/8P/s/xQA7P/H/9L/2f/X//n/DgDQ/wAA1P/o/9n/1P/d/+r/HwDX/+v/6v/s//f/7v/s/xQA7P/r/+r/7P/3/+7/7P8UAOz/2v80AL7/uP/A/7P/4P+9/9r/JwDc/9X/1v/e/9r/3P/p/xkA5f/1/+//yP/G/93/DgDb/8X/5v/H//n/0f/r/+T/5/8AAOD/5f/E//T/4P/1/wAA+P8AAAAA3/8rAAAA0f/6/+b/8f/r/wAAx//5/+v/6P+9/8X/vP8AAL7/0//X/+z/7P/4/+z/2P8pANz/1//P/9X/1v8TANj/AADo/+z/7P/s/+z/7P/s/+z/FAAXAOf/5f/l/+3/6//g/+j/AADQ/+z/0//Y/+P/EwDs/97/MQDi/+T/2f/S/8j/4f/f/+X/6//o/+3/6f8kANj/7f/s/+z/7f/s/xQA7P/s/9j/6v/Y/xcA6f/r/+r/6v8lANz/5P/t/+f/1v/I/+L/0v8HAMP/0P/K/8X/CgDl/87/5P/q/+L/6v8NANb/9v8VANj/AADO/9v/8v/l/83/1//D/8n/1P/X/+7/AAD5/+z/+f/w/+//8f/s/xQA7P8QAOP/x/+8/6z/xf/1/7H/4f/g/9r/4v/e/+f/HwDe/+z/7f/v//j/8//t/xQA8P/s/+3/7//4//P/7f8UAPD/6f/Z/+b/4v/s/+f/KQDk/xUA6v/v//D/7//r/+z/4f/V/7P/AADB/9H/FgD3/9T/vv/I/7j/q/+j/0YAq/+9/wAA2f/A/8v/1v/y/wAAxf8AABkAAAAAAAAA9v/q/wAAx/8sAMj/zf/M/9T/1v/C/+H/JQDf/+P/6f/X/9L/7P/q/yYA6//j/+z/7P/X/+n/JQDh/93/w//R/+T/yf/h/+v/9v8AAPb/AADs/xQA9P/a//L/0v/R//f/sf/P/z0A8//q/7//a/+y/+f/2v/s/+v/FAAAAAAA8//s/woAAAB9/wAAvP/V/7r/FADv/9H/JQDN/+L/2//X/7H/8f/L/8n/wv/L/97/7//4/zYAxv/r/+z/7v/6//P/7f8VAPv/7P/w/+3/+f8AAAAAFQD3/+3/FAD3//n/8//s/+z/7P/o/+r/9v/7/+T/xP/m/x0Awv8AAPb/8P/u/+v/+/8HAAAA1P/p/+r/6v/M/x8A4f8AAAAA6P/1/+X/0//e/8X/7P/s/+v/AADh/97/DQDa/93/8/+2/5X/pv+2/4z/EQD0/wUAz//X/8L/6P/5/8n/1v8UANn/5P8AAOr/4f/l/+v/3v/c/8D/sv+r/+T/6//m/+n/6P/v//X/AAAqAOj/AAC//+7/6//o/87/AADW/+z/6//Y/+r/FADq/wAA2P/Q/wAA6P/Z/9n/GgDY/+T/BwDs/wAA5//w/9z/CgDx/+z/8f/l/8X/1P/W/wAAAADH//T/sf/D/9v/7v/I/7b/3P/r/wYA5P/w/+z/AAAAAAAAyP/o/+7/9v8MAOX/xf8TAMT/3P/X/97/2v/d/xMAAADk//T/AAAAABMA0f/s/9P/zv+Z/87/0P/n/+z/0//J/8H/uv+c/6X/8v/a/yAA2v8cAN7/3P/r/+L/6f/p/5L/RgCG/5b/l/++/8j/rv/d/xgA5P/a/+f/5//q/+r/AABPANX/hv+c/7X/xv+G/87/EgAUANH/5f/a/+f/1/8AANT/y//5//f/CADI/+z/GQDX/+z/4//4/+z/4f/g/+v/4v/U/9b/2f/l/xgA6f+6/xkA8f8AAOv/0/8AAO7/5f/B/+H/GgDb/8L/HQDr/+z/7P/1/+v/7P/s/xQA6//m/+z/AAAAAAAAFgDd/+z/2P/e/+n/AAD2/+z/JwDt/wAAEADS//L/wP/J/8v/uv/d/+H/3v/d/+n/6P8gAOb/2P8WAN//AADm/9r/0P8AABgAFwCT/6D/4v+9/8T/2v/L/wgAvv/X/xQA6//O/+f/uf/y/9X/0/8AANj/BgCo//X/JADl/6v/vf/N/+T/4v8AACAA0//i/9n/1v/U/+v/2v8gAN7/8P8AAMb/yP/G/9b/zv/b/ysA5f/W/9X/4v/Y/+r/2P8XAOn/6//q/+r/7P/s/+z/7P/s/+z/7P8UAKz/rf/w/8r/sP8aALb/7f8oAN//+v/f/+3/2P/c/+b/4//1/9D/zv/f/9n/DADS/+X/FADQ/wAAxP/S/9n/zv8UAOz/7v/v/wAA7f/s//L/FADs/9v/7//i/wAA7P/Y/9H/7/+z/7b/tP/N/7T/KwD3/wAA4P/g/9b/4P8AANj/5v/p/3D/3f/Q/+3/5f/m/+P/2//Y/wAA6v8bAN7/5v/Q/7b/if/m/6//xv8tANj/7P8FAPn/EgDj/+f/3f/e/wwA3v+q/73/zf8WAMD/w//e/+j/2P/W/97/5v8UAAAA0v/Y/9//6/8hAOX/6P8AAAcA5P+Q/6b/EwDr/7//z/+//8f/7P/F/9T/6f/R/xAACADx/9T/1v/e/9H/AADR/8f/0P8AAKj/2f/B/ykA4P/s/+L/7f/s/+3/7P8WAOz/zf/M//D/wv/U/9T/HADU/+7/FADu//X/8f/x/+7/8P/D//T/w//F/8f/xf8TAOD/7v8UAO7/9f/x//H/7v/w/9j/9P8AAPj/AAAAAAAA7P/p/yMA5f/n/+3/6//Z/+z/AAAFAAAAAAAUAAAA7//p//r/5v+9/8L/y/8ZANr/vf/g/+n/FADq/9n/1P8HAN3/AADb/+j/6f/U/+f/FwDM/9z/BwAAAAAAAAAUAPr/AADq/+z/6//s/+3/6/8UAOz/GQAAAK//AADG/7b/9f/F/8L/8//T/9f/6v/Q/xwA1v/G/8P/BQDc/w8Axf/I/xAAyv/U/+D/5f8AAAgA1//r/+v/6//r/+v/6//p/xUA7P/v//T/+v/5/wAAAAAlAPf/+f+z/93/wv/G/9H/MgC//9f/3f/j/+X/4//f/ycA2f/r/+z/7P/s/+z/7P8UAOz/zP/X/97/1P/K/9T/MQDS/9H/1f/x/9b/vP8OABMAtv/u/xQA7P/q/+3/8P/r/+H/yv8AANH/4f/q/xYAsv/P/wAAzv+x/6L/tP8RALb/5v/s/+v/6P/t/+v/FwDd/+j/9v8IAMr/3P/g//H/3f/a/+n/pv+7/83/zP8RAPP/6v/a//b/6v/r/+3/2v8nAN7/0P/D/wAABgDZ/6P/vP/h/wAA7P/s//H/5v/r/xQA2P/p/+r/2v/t/+z/7P/a/xoA4P/V/wAA1//S//H/8/8AAOj/6v8AANT/7P8UAOz/7P/q/+P/7P/b/+P/5//t/yQA8f/r/9z/4P/r/xkA2P/q/wAAAADR/+P/+v8AAOn/2v/U/+T/1f/b/+D/6P8oAN7/vP/j/9f/zv/Q/xsABgDN/9j/AAAAAO7/AAD1//b/LwDs/xMAAADq/+v/3f/b/+j/FQDw/+7/AAD7//D/7P/z/wAA6//u/9z/+v8AAOr/2v8AANT/1P/t/wAA5f/1/wAA6P/S/9b/FgC7/+H/tP/v/9P/4v/p/9P/4v/O//f/HgDA/zUAEwDe/8z/xP/G/7n/+f8PAOb/7P/s/9P/+P8AAOz/4//c/9//7v/d/xwA6P8UAOz/+//x/wAA7P/s/+//5f/O/+X/8P/p/+r/HADn/wUA4P/A/7L/HQAWAMH/sP8MAOb/1//M/9f/7P/p//D/2P/n/wAA1v/U/wAA0v8IAA8A7P/t/+z/7f/a/wAA7P/o/9f/4v/4/9H/AADF/+3/6v/1/+//4f/0/+7/7/8bANP/EwDk/+P/AADL/9P/4//J/xEA0f/G/+T/9v/M/9X/y//s/+v/1v/f/8L/7f8xAAAAvv/D/8n/0f+//y0A2//p/+r/6//p/+r/FwDp/+v/1//N/ycAuv/e/9P/5//n/+n/1v/g/+n/5v/q/x8A6/8gABQA2v/k/+j/xf/q/9j/7P/o/9P/3v/l/+P/HQDp/+z/7f/x//T/7/8UAO3/7P/6/9r/6P/s/+r/4/8SANb/BwDR/9T/3P/p/wAA0v/r/wAA2v/O/9L/AADs/9P/1P/z/7j/8v+J/6H/2f/r/+v/AADq/+z/6//s/xQA5P/q/xAABgDW/+T/5f/T/9n/2P/H/wAAxv/E/9T/3v8UANT/6P8AAO//AADk/9n/2f/Y/xQA7P/Z/+v/AADY/9D/6//j/7T/7f/1/wwAzP/y/8b/8P/j/9j/AADc/xoAz//Z/9D/1P8SAND/1f+0/+L/FQAkAOj/3P/v/9//2v/j/+j/7//q/+H/7//e/zYA0f/a/+7/+P/t//H/3/8oAOX/5//r//r/3f8LAN3/6f/w/+r/7v/Y/8z/DwDY/9j/1v/K/9T/IQDb/9T/0f/z/8v/1P/R/xUAz//f/+f/zP8AAOr/AAAbAOz/AAAAAO//5P8AAOb/1/+f/9D/yv+w/yMAzf/s/+X/FADr//D/4//r/wAA3//s/97/6//o/xcA3f/r/+L/5v8jANr/5P/b/9n/5P/r/+z/7P/s/+z/FQDs/+v/IQDy/+b/3//o/8n/s//f/+//7f8AABUA9v/0/+v/AADc/+j/2v+r/8P/DQDb/8P/sf+7/7v/sf+x/7H/TwCw/xQA6v/o/9X/1f/b/+r/CADs/xQA7f/v/+3/7P/s/+r/7f/7//D/AAAAAOv/FQD5/yMA2P/i/9b/6P/l/9T/4/+8/+n/0P/q/9n/zP8fAM//2/+s/+3/5v+2/77/0v8fAL7/ov8dABsA4P+e/8X/DgDq/+v/7P/s/+z/6v/q/xUAsv/t/9//EADC/+//xP/s/9X/3v/W/+P/5/8ZAOn/7P/o/6f/v/+///X/DQApAKj/6v8YANj/7P/p/+z/6P/r/9j/0/8eAMb/2f/Y/wAA4v8IAN7/7P8OANr/4//T/9j/4//7/63/kv+q/+j/7f8KAO3/7P/s/+//+v/t/xQA7P/N/+//AADT/9X/0//N/+r/8v/d/9f/3//e/8j/2v8mAOz/7P8UAOz/7P/i/+3/6v/2/8v/tP+9/83/BgAAANj/7f/c/9n/3P/t/9X/IgDp/9b/yP/E/8P/yv/Y/ywA1//S/+j/5f/z/+z/+v/u/9f/y/84ANz/yP/i/97/0P/f/yUA2P/r/+X/8f/r/9j/EQDZ/+v/FADH/9z/AADr/9X/6//s/+z/7P/s/xUA7P/r/+v/8f/u//D/9f8UAO3/7P/J/7P/8v/P/8P/0P8VANb/6//4/+T/4f/a/+z/zP8WACQA3v/R/+j/xP/r/8v/0/8AAAAAAAAAAAAA3v8AACIA5//k//v/+f/q/+b/8/8gAAAA+f/e/57/qf/i/wAA8/+0/8T/m/8lAMT/y//t/8H/1f/t/+j/6//n/9j/KADN/+z/6//k/+b/7f/s/xQA7P/n/xQA6//u/+3/6P/s/+j/EgDL/9//yv/T/+z/AAC+/+T/IwDW/8//1v/r/9L/2f+q/6n/wP+t/8v/NwDZ//H/2//U/8//6f/r/+r/JgDj/+X/wv8jANT/1/8AAAoA0v/A/7z/xf/d/97/RADD/9f/2P/U/+X/0//e/9b/KAD6/9X/4P8AANL/6//2/xIA7P/W/9//2//Y/+T/1v8pANf/7P/s/+z/7P/s/+z/7P8UADAA0P/M/7P/zf/D/8r/5P8AABoA6//s/83/3P/G/wkA7P/s/+n/7//t/+r/7P8UAOH/qv/z/7H/vv8AAA8A6f8oAPX/AADz/wAA2P/a/wAA2//f/+r/6v8NAOv/4/8AAO7/3f/r/+v/6P/c/wAAEgDe/+n/4f/W/93/2P8AAAAAAADm/xQA6//s/83/w//v//j/2P/l/9T/1//c/xwA7P/T/8b/y/+7/9z/+v8WAOz/MwDf/+z/9//x/8v/1v/n/+n/7f/0//b/pf/4/8H/7v/s/+7/7f/3//v/AAAWAPX/2P/e/9j/4f8SANj/IwDr/7n/mv+l/97/vv/W/0cAxf/d/9j/2P/g/+//2f8oANv/4/8AANP/AADV//f/AADU/+f/GgDd/93/5P/q/+H/5//m/xIA4P/f/97/5/8AANv/2f/Y/9f/4P/S/9T/KADu/wAA8f/W/8D/0P/k/8X/AADY/9j/DADd/+P/7P/g/xEAv/8bAOD/1//j/83/6f/k/+j/0P/H/5//xv/p/xYA8v8fANT/4P/c/wwA4f/b/8j/AADp/97/5f/t/wAA9f/q/9//1//p/9j/2P/o/+L/IQAAAOr/6P/r/9//2f/m/w0Ax/8jANX/9//h/wAA6v/4/9z/vf+X/9H/CADJ/+L/8f/b/+X/6v/b/9r/BwDZ/wAAAAD5/3j/j/+f//H/2f/0/9z/iP+l/67/z//0/zIA0f/n//H/6//s/+z/FADs/+z/3v/g/+v/7P/n/xMAAADr/67/AADO/7v/+P/w/8r/AADk/yMA1v/P/9b/6//R/9n/0/++/+D/uv/B/9H/EAAQABQA7P8AAO//+P/s/+v/6//H/9b/GQDq/+r/4f8AAN//IgD5/wAAAAAAAO3/4P8AAEIA5P/S//b/0/+7/7z/1f8VAOD/zv/i/8z/tf8AANf/zP/r/+z/9v/a/+L/GQDt/+D/2//p//r/2v/n/wYA9P/s/9P/7//s/zAAFADs/9r/4P/e/woAAAC2/9v/2f/5/wkA2P/Z/+H/2v/U/wAA2f/l/x4A5//m/+j/2v/f/+j/AADY/+j/AAAAANP/+f8AANn/3v/P/9v/5P8iAOL/2//C//b/DADK/wkAzP+7/wAA2f/F/9L/6//s/9b/0v8pACQA6P/c/+//3//a/+P/6P8SAOX/6v/q/+z/AADs/+z/5f/O/+X/8P/p/+r/HADn/xgA5v/o//L/9f8GAOX/4v/R/w0AwP/e/9D/xf/2/wAA7P/s/+z/7P/s/+z/FADs/+z/FQDs/+z/7P/s/+b/7P/n/8P/0P/p/+L/1f85AOv/z//K/9b/xv/X/+b/IADN/9j/6v/X/+P/FADo//T/5f/s/+z/6/8UAOz/7P/s/+z/1/8JALP/y//C/9T/9P/2/9j/6P/q/7//6v8KAAAAEADs/+3/7P/s/+z/FADo/+z/AAAgAOz/AAAAAAAA3/8AANH/y/+b/1MA0v+L/7v/3P/Y/+r/2P8XAOn/6//q/+r/rf/I/9b/NgDP/73/w//Z/9//4v/K/yQA5f/V/97/4//7/xoA2//e/93/1v/p/9f/AAAAAPX/7f/q/wYA2v/i/9X/1//k/9r/AADS/9b/FgD4/8r/r/94/57/AAARALz/BgDx/8n/3f/W/9f/CgDj/yMA+f/U/+D/6f/X/8f/2//Y/9j/6P/n/9j/7P/Y/yUA1f+1/77/6v+w/9j/NgC9/+P/3f/p/9H/6v/w/yIA2P/K/9D/1/+r/+P/8v8gAOP/EADH/8f/1f/I/wAA6f/u/8X/3f+4/xQAv//U/+r/+P8VAPD/7v8AAPv/8P/s//P/2f+//77/xP/M/xsAu/8PAOn/1//h/+T/4f8nANj/2P/a/wAA1v/V/+H/AAAAANL/CQDX/6X/yf/Y/wAAz/8AAOP/AADs/93/2P8QAOz/2f8AAOD/FADr/+f/zv/X//H/5v/b/wAA5P/l/xUA4P/r/7P/1f/d/6f/0P8yAKv/0f/E/xAA5P/4/9b/9P/I/9v/5f/q//b/3f/o/xEA1f/n/7T/7v/T/7j/yP8PAAAA2f/K/w0A3P/p/+v/2v8FAOv/6P/z/9X/yf/x/xUAs//l/wAA7f/p/wAA0//g/wAA6//4/wAAAADu/yoA9P8AANz/t//C/8X/vP/G/+3/LADp/+P/1/8hAOL/5f/o/9r/5//s/xQA6//s/+z/7P/s/+z/yv/v/9r/DAD4//L/9//J/+z/1/8AANb/IwDr/+v/1//w/9//6//N/87/GgDV/+j/6v8lAOr/9//q/9f/1//n/9//6v/Z//L/0f8VAOn/7v/s/+z/7P/s/+z/7P/s/xQA+//l/8r/1v/D/9z/yf8VAO7/7P+D/8P/rP/g/woA3v/z/+3/ov/5/8L/0f/a//T/KgC7/8X/t//A/7r/uv8AANP/6v/v/wAA+P8VAAAA7//S/9f/2f/f/9n/5f8UAA8A1f/R/+L/6f/r/wAACgDf/+v/6v/s//f/7v/s/xQA7P/s//X/AAD2/wAA7P8UAPP/xv8SAOb/5P/X//n/4f/7/wAA0/+4//P/z//I//X/4v8KAAAA0P/H/9P/AADN/8v/yf8OAAAA3//d/9P/2P/Y/+X/BwDk/9r/2/8AAMX/CADf/wAA0P/a/+L/2P8dANX/AADM//j/4f/T//P/9f/U/+z/9P8AAPT/AADs//r/FADY/+z/7P/s/+z/7P8jAOz/5v/o/97/7P/Y/9j/EQAAAPj/xf+w/6j/1P/O//D/9f/c/+X/6//q/+7/1/8NAAAA7P/s/+//+v/0/+3/FQAAALr/4v+y/+3/zf+6/y0AqP/s/+z/6/8UAOz/7P/s/+z/4/8aAOv/9v/l/+j/5//u/xEAAAC+/8v/0v8mALD/v/8UAOz/7f/r/+3/7P/r/+z/5v/l/x8A2P/i/9v/4P/Y/9D/AADp/wAA4//W/wAACQDi//j/dv+g/+b/wf8AAMn/AAAoANb/7f/l/+X/x//g/+z/7f/v//j/8//t/xQA8P/h/+L/6P/U/9r/HwDz/+r/DgDl/+P/1//Z/+b/AADg/wAA9//y/+3/9//v/xQA7P/e/+j/4P/f/+D/HgDI/9j/FgAAAAAAAAAAAOv/7P8AABYAAAAAAAAAAADr/+z/AADh/9z/7//3/+z/5//q/xEA6v/5/9L/yv/I/xcA4P/M/8L/9//H/8n/LgDi/8v/xv/b/+r/HgDt/9j/3//X/wAAEgDs/9r/5f/g/wAA1//n/9r/xv+7/9f/p/8KAAAA2f8UAO//7f/u/+j/6f/p/+r/4//j/9n/0//l/w8AAADp/+H/4P/a/+L/3v/n/x8A3v/s/+P/7P8AAAAAFAAAAO3/7/8ZANn/2//O/+f/2v/W/8r/5//H/9T/3P8pANn/6v/F/9b/3P/X/9//DgDx//j/4v/Z/+7/7v/v/+T/IADl/87/z//c/9X/zv/V/zMAwv8KAKT/kP+w/8L/AADO/6P/GgCu/87/uv/B//P/5//B/+v/7P8UAOz/7f/p/wAA2P8IAPj/7v/j/9f/nP+o/9j/DQDq/6H/t/+8/wAAzv/p/+z/7P/v//r/9P/t/xUAAAAAACUA2//Y/9j/tP/I/wsAyv/n/8n/6v/I/+j/DADI/93/KADt/97/4f/Y/9j/7P/J//n/yP/P/+T/4v8UAMf/AADl/+j/1f/i/+3/x//s//r/1v/S/y4Arf/j/8n/vv/W/9z/zf/V/+X/JwDc/9r/wv/k/7n/5P/x/yAA6v/l/+r/wf/G/73/0//m/xgA0f8IANv/+f+9/6v/8//o/9r/9P/c/wAAAAAAAOv/DgDl/93/5//o/+v/7P/k//H/FAAVAOr/3v/t/+7/+v+7/+//FADv/+//AAD5/+//7P/x/xQA7//u/wAA+f/v/+z/8f8NANr/1f8AAO7/4v/n/+v/2v/f/wAA2f8MANv/1v8AAMX/4f8AAM3/6P8AAAAAEAAAAOD/tf/U/9P/t//Z/xgA1/8dAN7/9//2/9//AADX//D/q/+1/63/w/+//xsA3v/r/9D/6P/y//j/3f8WAPL/CQDL/9f/3//S/wAA1//P/wAA5//r/+//AADd/wAA7P/p/+r/6//m/+z/4P/j/xgA+//t/wAADwAAABIA6//Y/7z/pv/W//r/t/8xAPr/pv8MAKj/qf+c/4//9/+2//H/6v/j/8T/xP/X/woA0//z/+z/7P/s/+z/7P/s/+z/FADe/wcAz//W/9L/HwC3/+b/jf+r/6v/KAC0/wAAuP8AABwA6P/q/97/1f/V/+n/y//Q/wAA3P8aAM7/AAC4/7j/7P/s/+z/7P/s/+z/FADs//f/+v/t//v/AAAWAOz/9//s//T/3//0/wAAKwD5/8//6v8UAOz/7P/u/+z/7P/s/+r/FADs/+z/7v/s/+z/7P/H/9v/yP+M/63/BwCu/xgA6v/n//j/7P/s/9b/6P8XAPj/3f8AAAAA5//M/yMA2P/n/9H/5//W/9D/KADS/9L/2P/t/9j/3v/s/ygA2P/s/+D/6f/x//H/8P/n/xkA6//b/x0Asf/T/8z/AADP/8r/7P/s/xQA6//s/+z/6//r/yAAxP+S/+T/4P/T/8T/v/8oAN//+v/f/+3/2P/c/+b/0f/X/8v/2P/p/+r/v/8uAAAA7P/r/+3/6f/r/97/AAAAALn/vf/S/9n/CgDh/9b/8P8bAM7/wP+1/8z/rf8AAOv/CgAAANn/5v/l/+P/5//q/9T/AADB/8X/DADd/9T/7P/s/+z/7f/t/xQA7P/s/w0A8P/T//H/nf/s/+j/2P/b//L/2v/f/9z/4f/w/w0At//c//P/6//y/x0A8P8HANf/AADc/+f/8//Z/wAA5P/n/+f/5v/Q/9X/6f8dANz/tv8ZAOD/r/8AALf/tv+p/wwAyv97/9n/HQAAAOH/u//t/xQA7P/t/+7/7P/s/+3/1P/P/5j/tf+k/7n/KADO/8z/CADl/9H/4//i/w8A3f8AAN//4f/o/9z/FQDC/93/6f/s/+j/6v8dALr/FAD0/9n/6//r/+n/AAAAAAAA2v/W/9j/3P/k/9L/CQDM/xkA2P/s/+b/2//u/wAAAADa//D/FADq/+f/7f/s/+v/4/8UAN3/2P/U//b/6//w/+z/AADJ/8b/3//S/wYA9f/s/+r/uv/0//H/4//j/wAAy/8cAPH/AAD2/wAA5v/0//v/FADs/+3/7f/0/+z/7P/s/wkAqv/v/+D/c/8AAM7/yv/s/+z/2P/s/+3/6/8VAOv/6//r/+v/6v/r/+v/FQDt/9L/4//K/+n/6f/a/x8A6v/q/+n/6f/o/+v/FAAQAOz/zv/W/9b/AADZ/9f/AADW/xkA5P+X/6n/u/+x/8r/2f/V/w0Al/+h/5r/yP/7/9P/2P/Y/+H/5v/a/9n/KADb/5f/5f+d/9H/CwAPANr/qv+w/7r/JACk/6v/GADM/8H/zv/t/9H/0f/U/y8Arf/p/93/2v/Y/+v/7P/q/yQA5P/q/+v/2P8MAOz/6v/o/xUA7v/l/+z/8f/u/+z/GgDu//n/EADr/+X/6P/U/+3/6f/d/9r/2P/r/+z/6v8kAOT/7P8AAPX/9P/x/+z/AADs/wAAHgDz//n/6//0/+T/4P/s/+z/6//s/+z/7P8UAOz/5P8VAOn/AADs/+r/6v/Z/+//7f8AABUA9v/0/+v/AAAWAOr/6v/s/+z/7P/h/+r/6f8AAOn/3v/Y/+v/EgDc/+H/EwDm/9n/7P/M/wAA6f9//zEArf+m/93/l/+3/8//2f/Z/wAA4v/g/wAA1//X/wAA0f8AALr/AADm/9r/6f/G/zMAyf/K/9f/0f/u/9P/3f/Y/+v/5P/p/+D/2P8nAN//AADk/+j/5//j/9n/DQDq/xQA9P8YANf/6f/W/93/FADs/+3/6//t/+z/6//s/9j/2//5/wAAAADY/wAA3P/a/+T/3P/m/+X/FAAAAOv/uf/F/8D/uP/X/9j/PQDZ//H/HgAAAAAA9v/x/+L/9f/U/97/AADR/9z/CAAAAOr/AADo/+z/6//s/9j/EwDs/wAA2f/A/8v/1v/y/wAAxf/l/9D/AAC+/+X/y/8AAAcA2//M/+n/6//7/+z/2v8RAOz/7P/s/+r/6/8UAOz/6//F/+L/EwDJ/97/MQC8/9v/JQDm/+X/8f/r/9z/2v/m/xEAzf/Z/9P/3P8AAO7/yf/1/+j/AAAAAAAAEwDe/+z/DQDu/6f/8/+f/+f/6f/a/wsA0f8AAOj/2v/u//H/yP8XANr/wv/h/9r/z//3/9//4f/a/w4Axf/O/wAAyP/g/+b/7P/p/+v/5v/i/9j/IAD2/+n/6//s/wcAFADr/+X/0/8XAOv/6v/p/+3/6v/i/9T/2P/S/wAA9f/1/9j/7P/l/7L/w//S/9T/xP/F/0kA2P/o/9r/1f/T/9T/AAAxAOL/9f/r/+z/7P8UAOb/7P8GAOv/6P/6/+7/7P8AAOz/5f+5/6//5/8AAOH/2v/f/97/5v/v/9//AADc/wcA2P/m//r/0v/F/9H/EwDp/wAACQDU/9j/2P/b/+L/AADc/9T/3//e/+D/FAAAAAAA4//s/+v/yv/Y/xQAFADr/+v/5f/r//D/AAAAAMb/AAAtAOz/7P/s/+z/7f8WAOz/6P/m/9P/0v/h/9f/7P8YANL/7P/j/9z/3//u/93/HADo/9D/MwDm//n/+f/M/8X/8/8AAN//7P/Y/+j/6v8IANj/1v/c/+v/6//s/yYA+P/s/6H/3f/X/7r/2P8AAPT/BQDW/8//AADf/wAA7/8fANH/6P/W/6z/6v/v//L/w//p//T/1P/H/9n/DQAAAOH/0/8AAAwAxf+8/83/AADW/9j/AAC+/7X/+//s/+b/9v8AAAAAvf/n//H/xP/a/9T/+//q/xgA6//r/9z/5v/o/+r/x//Y/+7/AADq/8z/IADp/+3/7P/t//n/8//r/xQA6/8WAAAAAAAAAAAA6//s/wAA6v/n/xQA1//q/83/EwDo/9f/2f/h/+D/3v8AANX/AADd/wgAw//T/8n/HADl/9r/6//s/+v/7P/t/xQA7P/l/+z/3v8AAPv/AADY//n/OQDC/wAAxf/Z/+D/DgDy/97/xf/P/wAA0//j/9f/KgDT/+v/7P/l/+b/8f/s/9z/FwDY/9j/3f/i/9z/4P/Y/ygA7P/s/+3/7f/s/xQA7P/s/+z/FwDX/9f/7/8UAOr/6/+P/+j/6v/F/6T/6/8XAPL/2P/H/87/zP/y/0kA1v/J/wAAAAAAAAAAAADe/wAAIgDf/8n/7P/C/9b/1/8wALP/w/8NALT/0P/E/w8A0//I/97/AADW/+L/5P/r/+T/BwAmAMr/zv+7/9r/4//n/8P/6P8iAOX/8v/x/+z/5P/v/+z/FADq/+z/7P/s/+v/7P/p/+r/6//p/+r/FwDp/+v/6v8HAM7/4f/h/9H/DADM/+z/6//t//D/AAD0/xUA7//s/+v/7f/w/wAA9P8VAO//7f/s//H/AAAAAOz/FQD3/+z/4//c/9//7v/d/xwA6P/h/9r/CgDq/+X/6P/h/wAA0f8JAM3/rv/s/+3/nP/b/+r/AADt/9X/EwDk/9f/3v/q/xMA6//v/+v/6v/q/wAA2P8QAOn/5v/p/wAA2//r/+P/5v/R/93/3//i//H/HQDr/+z/5f/m//H/7P/c/xcADQAUAOz/1v/p/+v/yP/a/yQA8P/3/wAAAADq/8r/8v/E/yAA3P/K/8D/x//p/+P/s//E/8z/FQDk/+j/6//m/9T/2v/e/9P/2//o/wAAAAAAAOP/4v8UAOn/2v/V/97/7v8AAMf/1f/j/7//EQAGAO//0v/h/9r/9P/S/+7/GgAAALP/x//E//f/3P8AAOb/AADh//H/AAAAAOr/AAAAANP/zv/o//D/8P/m/y0A7P+j/yMAwv/B/9X/tf/F/wAA+P8AALf/oP/c/+//r//C/9P/zv/o//D/8P/m/y0A7P8tAO7/zP/N/+X/0//A/9P/1f/e/9v/4//p/xkA6f/s/+z/7P/s/+z/7P/Y/xQAAADT/9j/6P8OAN7/AADZ/+L/GgC2/wAAAADv//j/yf/Z/9r/1//n/97/5v/b/yUA0v/i/+j/6//k/+j/6f8ZAOH/1/8FANn/6P/m/xMA3P/s/+n/FQDs/+j/7P/s/+v/7P/G/9f/2//Y/9z/t//z/0UA2f/n/+X/7P/c/8f/5/8RAOz/6v/Z/wAA7P8UAOv/7P/s/xQA7P/x/+3/7P/s/+3/7P/q/+z/7P/t/+v/7f8VAAAA7P/s//L/7//Y/xQA7P8AALr/yv+1/+v/BwDD/+7/7P/s/+3/8v/r/+z/7P8UANH/4v/t//L/7P/e/yIA6f/Z/9v/2f/s/9//2/8AABAA6f/m/+z/6f/s/xQA7P8MAMn/AADu/8P/uP/N/wAAyP/R/+X/1//C/9r/+f8UAMz/2P8AAO7/3f/r/+z/6/8TANT/3v/X/9X/3f8gAPn/5v/r/+r/7P/3/+7/7P8UAOz/AADA//r/yP/c/+v/3/8PAOr/v//P/zkAxf/D/9b/6v/w/xQA3v/s/+//7f8AAOz/3P/r/+z/6//r/+n/9/8UAOT/6v/f/9r/4P8YANj/6v/g/9z/uv8bAL3/DgDV/wAA7P8AAAAAAAAAAOz/FADy/7H/8P/C/73/7P/Z/9P/HADQ/9b/zv/f/9f/AAC9/zEAAAAAAAAAAAAAAN7/AAAiAOr/7P/j/9//5v8AABIA1//B/5//tv+g/8n/GwASALT/zv/6/9r/AADn/ycA8P8AAMn/z//R/9H/8/86ANH/zf/P/9f/yP/W/9D/JgDr/7z/4f/O//j/yP/c/xgA5f/y//j/m/+q/+3/0v8PAK7/yf/K/8f/0P8AANj/IQDL/8T/0P/S/7H/EgDK/xUA2f/n/w4Azf/R/9n/1v/F/8n/IgDa/7n/wv+v/73/sf8rALj/1f/E/+j/8P/e/+L/0f81AAAA1P/Z/+X/5/8AANX/6P+6/+L/7v/b/9H/LwDN/9b/2P/h/9T/9f/f/wAADQDY/6z/AAC9/7T/zf+x/97/9P/q/wAA7P/W/xQA6v/r/9b/2P/c//v/7v8VAO7/6/8JANP/AADY/9//3f/n/8X/KAC+/9L/9v8AAAAA3P9DAPr/1P/O/8b/2P/I//v/2f8iAN3/8//z//H/6v/c/9j/FgDz/9//y//c/+X/2P/y/xwA+f/A/+b/zv8UAPf/9//R/+7/FADu//X/8f/x/+7/8P/n/+j/2v8aAPX/xP/E/+z/AAAVAOz/6f/s/+z/3f/s/+z/FQDn/+//9//w/+z/8P8AABQA7v/w//v/7//Y//L/7P/t/+//+P/z/+3/FADw/xAAzP/Y/+H/0/8AANX/6v+k/8b/0f/U/9n/JwAQAKT/7v8UAOz/9f/t/+z/7P/s/wAA5v/H/9D/xf/P/xMAvP/l/+b/5v/h/+f/5/8bAOP/zf/N/wUA1//f/87/AADo/8b/6//F/9b/4P/n/x0A6//n/9D/vf/d/83/CwDr/6v/4//A//H/2f+v//T/6f8pAN3/6v/Z/+j/1//s/+X/GADZ/wAAyP+4/wwAAADT/+3/wv8AAL3/0P/2/87/0P/6/8X/KAAAAPn/6v/a//f/AAAOAOr/2f/P//b/8P/N/+L/uv/Z/9P/IgDX/8z/AADt/9D/7//0/+P/+v/W/wgAz/8WAAAAAAAAAAAA6//s/wAAFQAAAAAAAAAAAOz/7P8AABMA5v/d/8//3v/s//L/3//Y/zgA3f/f/9f/zP8AAOD/6v/X/87/zf/L/+n/CADG/+H/xP/Y/8X/2f/J/w8AAAAAABAA6v/n/+v/wf/H/wAA3P8LAPb/7v/T/yMArv/n/+f/AAATAPj/7//e/93/2f/n/9X/MwDV/9T/0f/O/9D/7v8WAOz/8//t/+//6//s/8b/3//V/7f/uP+y/woAFgAtANP/t/++/6X/vP/p/7X/1//N/ycAuv/e/9P/5//n//P/qP/n/53/DwDX//L/5//I/9b/1f/Y/8b/JAAAAM//9f8TAOz/7P/r//b/zf/f/wAA7v/v/wAA+P8VAOz/AADS/9//2//l/97/KQDd/+P/7P/b/+3/6/8gANf/2v/p/yAA2//b/+n/AADS/9v/FADa/wAAxf/l/+P/+//o//L/9f/m/73/y//w/wYAxv8GAAAAwf/D/9X/5//E//T/3P/f/9n/JADa/+j/6v/k/9n/DQDw/8//DADa/8v/y/+k/8r/GwDd/+H/yP/S/wYA0f/o/+r/6//l/+j/6v8bANj/6P/q/+v/5f/o/+r/GwDY/8n/DgDa//D/5P/P/9T/AADs/+T/+f8AAAAA7/8UAAAA1//G/+X/+P/t/+v/KQDl/97/BwDk/8r/7P/b/+j/CgAqANj/6//Z/9z/2P/W/9f/7P/5//D/7//x/+z/FADs/9j/6P8UAOn/7v/a/wAA6f+1/7v/0P+X/zAAjf+b//D/yP/n/7P/1P/z/9D/JADv/xcAzP/e/9n/3v8AAO3/1/+v/7z/tf+6//H/OwDf/9P/8/8AAPT/9v/j/yoA6f/n/+f/2//W/+//9/8hAOv/HgDr/+z/6//u/+3/FAD6/+z/zP/W/ycA1//4/9P/zP/f/9//zv/4/9r/3P/w/yEAw//F/9j/2f/x/+L/EQDX/wAA8f/a/9f/vf/j/woA6v/Z//X/vf/u/8b/tf/X/8f/DADG/7z/4f/4/5P/9f8SANn/FwDY/9j/3P/a/+T/AADY/8r/GQDX/9r/6v/u/8b/EwCu/zAAyf+r/8L/4f/2/9j/9P/h/9//3f/i/+v/+f8HAAAAAAAAAAAAAAAgAPr/6P/V/+L/DwDr/9L/yP/q/ysA2//h/+L/6P8JAOj/4P8TABUA+v/0/wAAAADX/+f/EQDl/9f/5f/c/xUAAAAKANf/3f/Y/9j/4P/v/9n/KADb/9D/8v/e/+D/9v8AANr/1P/p/xUA7P/o/+z/7P/r/+z/8P87ANv/9//w//L/tf/s/9j/6//X/xUA3P/Y/wAA5P/c/8r/2f/a/9z/5P8rAOj/6f8RAOr/7f/r/9n/AADs/+H/KADv/+H/5v/Y/9j/7P/g/wsA6f/o/+v/7P8AAOP/zf8iAN7/9//y/8r/5P/e/wAADgDP/9b/zP8PAM//1P8VAOX/AAAAAPP/7f/M/9X/0//l/8v/3//m/+j/1f8iANX/4P80ANH/z/+9/8T/0//U/9//4f/n/97/IgDe/+f/3v8AAM3/xP/G/9P/DgD2/8f/+f/W/9X/2v/F/wAA3f/s/wAA5v/m/+L/6/8JAOv/6P+3/zMArv/O//b/v/8AABIA6P/V/9j/0v8AANj/5f8AAM//AAAAAAAA+P8LAAAAvP8nAKL/pP+d/8T/AAC0/9z/yv/Z/9r/3P/k/ysA6P/W/9j/6f8TANr/xv8AAOn/vf8/AM//3//g/87/xv/X/87/CAAPAPj/0f/Q/9//1//F/9j/5v+z/8T/1//4/wAA2v8VAOH/4v/0/9f/6f8AAN3/1//T/9r/2v/p/ygA2v/s/+z/5f/4/+3/7P8VAO3/7P/j/9z/3//u/93/HADo/zQAx/++/6f/nv+5/wAAvP/Z/+z/5P/s/+v/5P/i/x0ALwC+/8P/3P/U/+7/1v/P//j/0//m/8n/z/+0//X/CQDs/97/9/8AAAAA7v8UAAAA7v8QAML/2//j/+j/FADr/9n/FADc//L/2//q//T/5P/o/xoA7P/s/+z/3v/m/+L/t/8dALX/y/8nAO7/t//Q/+r/9/8AABUA9//b//f/7P/g/7H/y//P/w4A6P/J/w0A2f/j/9z/5v/2/+z/GADa/9H/1f/J/9j/HADY/wAA2P/l/9j/2f/T/+3/9P/s/xQAn//p/+3/xP8AAMv/3/8aACgAzP/X/9r/1f/W/73/EwAAAAAA0//v/+H/AADF/9D/jP/7/7H/vP8AANT/DQAAAOn/5//Q/8b/xv8AAOH/CQDn/wAA1f/b/wkA4P/O/+f/5/8eAOz/6//u/+z/4//s/ygA2//h/9j/4f/Y/+H/2P/a//j/0P/a/+P/2v/g/x0A5P8SANH/EgDY/9j/1v/E/x8AAADo/+P/7P/T/8j/3//L/1AA7P/a/87/2v/D/9L/2f8AAM7/6//c/wAA1P/S/+b/xf/V/8n/0//r/ywA1P/t/xQA7P/t/+7/7P/s/+3/2v8nANz/1f/W/97/2v/c/7f/AADR/83/AAAAANr/xP/s//H/7P/s/+v/7P/r/xQA3P/r/+z/7v/s/+z/AAAUAAAAAADM/+L/3/8JAOr/5//w/+n/7P/D/9D/AAANANb/7P8VAOz/2v/s/+n/6//n/9X/IwDi/+7/0f/q/93/4f+e/y4Asv8AAMz/9v/R/7H/FADp/+H/2v/m/wAA5//Y/w4Aw//v/wAA8v/s/wAA6v/W/+X/1/8VAOf/7f/I/+z/1//m/+z/7P/t/wcA3v8AABkA0v+//7r/1f/k/wAA4f+w/9n/zP/x/9D/9/8hAMf/GgDl/+L/7P/w/+j/0P/r/wAAAAAaAAAAAADt//n/AADr//v/7/8AANv/GQDs/+T/NADX/8b/z//Y/8P/1v/V/+X/FADh/+v/6v/f//r/6/+7/7D/5v/d//n/xf/b/z4Az//X/wkA6/8AAAoA3P/O/xEAzf/l/+D/8//F/8X/5f8fAOT/z//M/8b/zf/G/9r/7P/s/+z/7P8UAOz/7P/r/9v/7P/q/+v/7P8AABQA7P8AAPr/wf/R//H/5P/T/xMAFADw//L/AAAAAN//7P/s/wAAyv/I/9H/AAAAAND/xv/s/+z/7P/s/+z/7P/s/xQAOADi/7z/tv/b/7b/AADN/+v/7P/s/+3/7P8AAOr/EwAAAAAAtv/N/9f/AAC1/9f/CADm/5P/tP/t/+b/xf/P/7P/zP/f/8j/4f/p/xkAEwDz/wAA7//x/wAA3f/v/xwA1//r/+v/5f/p/93/xf8lAPb/8/8GAAAAAADn/xQA7v+s//r/y/+7/7z/7P+8/wYADADD/8j/yf/a/wAABgDX/9v/4f/h/+b/+f8JAAAA3P8HANH/5P/i/9n/1P8AANT/9v/F/8z/wf/z/+j/yP8FAN3/5f/r/xcA6v/k//P/4/8LAOD/1//H/9v/4v8LAOb/s/9EAJX/o/8KALv/uv+O/wAAFwAAAAAAAAD2/+z/AADU/yUA2//n/+f/4//P/+D/6/8YAOr/5v/a/+H/6P/m/wAAFwAAAAAAAAD2/+z/AAD6/zIAzf/5//X/AADc/+7/AAAZAAAAAAAAAPb/6v8AAPr/MADP//j/9f8AAN3/7v/O/x0A5//q/+j/4f/y/+r/tf9BALX/zv+//5D/5v/u/+f/JgAAAAAAAADe/+z/5f/P/z4Ay//V/8n/y/+9/9T/yv8uAMf/yv+5/8P/6v/I/xEAvP/t/7b/vf+t//L/r//r/+f/2f/s/+z/6P/r/xcAxf/3/+j/0/8PAAAADwDS/9D/AADe/wAA3v/c/8r/z/+3/8//8v/4//L/7//k/7v/AAAAAOn/0f/N/+P/AADQ/+H/9//L/9b/6//W/wAABgDx/wAAzP/s/97/AAC6/9P/6//5/xQA7P8AAOn/6v/n/+n/FQDs/+j/7P/s/+v/7P/o/9H/z/+R/8f/FQCv/+7/6v8WAOz/6//s/+v/6v/r/9n/y//q/+r/HwDz/8f/1f8AAB0A9v8AAAAAAADq/wAA7f/p/xUA3f/y/+v/8f/l/9j/IQDm/+n/6v/Y/+j/6f8WAAAAAAAAAAAA6//s/wAA5f/w/8r/l/8yANH/y//s/7D/AADW/+v/6P/J/9j/GADU/+v/xf/Y/xUAv//r//n/6/8UAOr/4v8AAOr/7P/Y/9f/5v/r/+T/6v/o/9j/GwDu/+z/7v/5//L/7f8UAPr/1//6/wAA2P/p/+X/AADd//X/vf/k/8//7v/d/w4A9f/l/9//1f/c/+D/xv/g/+7/DQARAM//wf/L/7v/uv+4/8P/w//k/wUA1v/q/8T/9f/s/+z/8f8AAPn/7/8UAPT/0f/X/9n/AAAUANT/AADr/+r/6v/r/+n/6v8WAOn/6v/s/+z/FQDs/+z/7P/o/+z/7P/q/+P/7v/s/+H/FQDs/+f/v//Y/9j/t//P/wcA2P/L/zAAzf/O/8T/rf+y/9L/5P/X//n/9f/t/wAAJADI/73/KQDd/8L/4P/d/8P/2//f/9P/2v/E/7//4P8fAMr/7P/z/wAAAAAAAOz/AAAUACUA5P/u//L/6v8AAMf/4//q/+v/7P/r/+z/6v/q/xUAxf+r/9r/xv/m/+b/7P8AAPf/zP/T/8r/xP8TAMP/1P/D/ykA4P/E/73/vP/c/8H/+P8iAO3/AAD5/+3/zv8AANj/6P/a/9n/2v8AANj/EwDE/xAA+f/1//X/xv/H/7n/y//s/+v/1v/f/8L/7f8xAAAAuP/H/8n/5f/0/9P/AADQ/8//1/8TANP/8P/J/wAAFADc/63/sP/B/+X/BgDn/xQA8f/v//T/8v/t/+z/7//s/+z/7v8AAPP/7P8UAPD/7f8UAOz/7f/u/+z/7P/t//P/AADS/+T/5f/W/wcA6v/I/+D/1f/k/9X/DQDv/+r/IADB/wAAxf/d/7//AAC6//f/2f/U/9L/2P/I/wwA4//n/97/6v/k/+v/6v8XAOb/vf/m/x8As//7/83/0f/3/w8A3v/d/87/2P/H/+H/EgAnANT/2P/N/+j/BQDS/8D/8f+Y/8H/rP+p/xsAtP/5/+r/4P/G/+r/5f/g/wAAAADs/+v/6//q/+v/7P8VAOr/AAAAAAAAAAD4/xUA9v/s/xUA7P/s/+//7f/s/+j/7P8uAPL/wv/D/8D/4//C/9f/7P/s/xQA7P/t/+f/4P/q/8X/6v/l/+j/6f/X/yoA2P/u/xQA9//u/+//7P/s//r/vv8gAOT/w//M/8z/+f/Q/9H/MgDg/+D/5f/H/8z/1//R/+X/9//E/6z/AADy/9H/vf/s/+z/3v/q/+j/FQDs/+z/5f/w/wAA9f/u/xYA+f8OAMn/1f/g/9v/2P/z/93/tv8AAOj/xv/a/9z/IADg/+z/7P/s/+z/7P/s/+z/FADr/+v/FQDr/+z/6//q/+r/0/+//7L/4v/E/67/PgDL/5z/4v8LAMn/5v/s/+7/5//6/7//CwCj/7X/FQCr//H/1f/N/wAA1f/g/x0Ayf/n/+P/9//y/+T/6f/P//H/LQDc/7j/7/+6//f/HgC8/8j/zv/O/w8A0f8eAOP/1/++/+v/7P/l/+b/8f/s/9z/FwAPAA8Avv+o/8z/vf/P/63/7P/r/+v/7P/r/+z/FQDs/+D/yf/Q/9r/1//Y/zUA1v/Y/wAA4f/j/+n/3f/a/xQA9P/O//P/6f/p//D/EwDn//D/0P/6/8L/0//0/xAA4P/m/93/1v/y/9v/0P8tAML/+v8AAND/0v8AAOr/6P/R/xkAv/+4/7r/2v8IAPv/qP/P/8D/7P/N/6z/CwDt//X/8P/H/+L/1f/o/93/CADc/8v/3P8UAAAA5v/b/+//6/8WAL3/yP/m/+j/5/8cAOL/5v/Y/+P/3v/4//n/1/8AAL//rP8nALD/BgDN/+j/0v/3/9b/3P8AAMv/5//k/woApP/k/wAA4f/o/xMA2P/x/+b/5v/W/+f/2P/1/wkAAAAAANX/3P/g/+v/GgDp/+P/3P/l/+z/6//s/9n/IQAAAOv/AADi//P/5v8AABQA2P/j/xAA2//g/97/3P/6/97/6P8hAN//5//y/+z/1//m//f/4f+q/9X/5P/u/wsA6//5/77/pv/N/7j/4v8JALj/8v/A/7n/5P8AAMz/5//j/9n/6v/s/+3/7v8UAAAA7P/Y/+v/4//v/+X/AADq/xQA7P/s/wAA8P/w/wAA4v/t/yIA3P/q/9b/1//q/+f/6//r/93/6P/t/+r/FgDZ/+j/AADm/+P/6/8UANj/2P/w/9T/kf8gAKL/9/8UAKb/zv/C/8v/GQC4/8//JQC5/+j/4P/i/+r/AADp/+j/AADY/xAA6f/t/+3/7f/Y//f/7P/p/+v/FADY/+D/7f/s/+f/tP/X/+r/6P/t//L/JgDb/93/2P/r/+T/6f/g/9j/JwAXANf/5v/s/+H/7P/o/+T/2P/s/+z/7P/s/+z/IwDs/+L/DADU//P/6/8AALn/+f+2/7T/SwDI/9X/wv++/7H/xf/d/y4A1v/c/7T/6f/L/+X/yv8uAOv/2P/k/8v/1/+y/9f/IgC7/8v/2v/p/9D/yP+//+P/CgCx//H/w//g/+T/AAD4//H/BwDq/+D/yv/W/+n/8f/q/xYAx//P/wAA6//I/9D/0v/o/+j/xf8uAO7/EgCy/5r/xP/u/+7/1//r//v/5P/m//D/7P8TAN//7f/u/wYA1//V/8P/5/8gAKH/sP8PANX/5f+2/0AA4f/E//P/0//K/w8AtP/1//v/7v8mAPD/8/8AAPf/4f/y/xoA3v/S/9X/2P/Y/wAA2/+5//X/3//Y/83/EQDf/9n/uv/l/8z/rf+4/+b/FwCz/yIA6//Z/+z/6//l/9r/2/8dAOv/3P/r/+v/6//a/9v/vP/4/9f/7P/K/xAAyv/C/9j/2P/a/9H/8f87ANr/yf/I/+r/FADq/9T/8f/F/w8A7P8VAOT/7P/s/+z/7P/s/8T/8P8PANf/4f/x/8T/wv/V/xUAtP/G/7v/6f8RAOT/1f+8/9P/5P/d/9j/MgDh/9j/2P/a/9H/8f87ANr/yf8VAOr/7P/4/+7/5//r//X/7//N/7r/tv/f//D/4f8GALv/x//W/9j/1/+y/93/NgDx//X/mP/p/67/1//a/+D/2P/t/8r/w/8NANf/BQDT/8T/2v/c/ygA6/8AANT/xv/X/8//w//O/+P/y/8xANn/4v8IANP/3P/q/+f/DQDq/xIAsv/t/8b/uP/f/+X/3f/Y/9X/2P/h/87/6P/o/xkAFADr//L/AAAAAOv/7P/s/+X/2v/g/xQA6P/f/wAA4v/0/83/y//O/+D/CQDW/wAA6/8XAOv/6P/b/+3/6P/q/+v/FwDr/+j/2//t/+j/6v+5/x8AyP/M/9j/AADW/9j/4v/N/9f/1v/V/9D/LADZ/+v/+P/R/+L/7P/s/xQA+P+0/+n/1P/G/9H/CQAAALn/5v8cAOb/1f/k/+v/4f/m//b/3P/E/wAA4P/l/wAAAAD2/wAArv8AAML/2//f/8f/6v8UAO3/7v/t/+z/7P/q/x8A2v/U/8X/0v/v/9P/1P8UAOz/8f/0/+//7P/s/+v/LwDP/9j/y//d/9z/xf/n//n/2f+//7r/8/8aANT/2//l/9j/FAAAAOz/5//k/+L/7/8AAOP/0/+z/woAy//c/8b/sv+j/8r/yv8HAB0A3v/l/9P/6//3/+r/3/8oAOP/3//b//n/FADn/wAA5f/x/87/5P/q/+L/6v8NANb/9v/Z/xkA6f/c/9j/2P/s/9j/4//I/7P/BQDO/8T/HwDE/xwAsP+3/9L/zP/T/+X/3/+0/8b/3v/S/9z/AAC+//n/qP/h/8f/1/8SACgA2f+z/97/HwDJ/8T/2v8LAPb/v/8MAA4A2v/q/8r/6//g/+f/FgAJAAAAAAD0/+P/5v8VAOz/7P/s/+z/7P/s/+z/FADn/9v/2v/c/+v/3f8hAOH/7f/O/y8ACgDq/9P/vP+8/8v/2v/K//P/yP8KABkAq//2//H/DAAAAPn/7P8UAO3/+v/F/53/w/+i/xYA2f8AAKz/5P+v/97/oP+Z/ygA2P/Z/wcAtv+v/9v/yv8UALv/3v8dANP/3f/g//H/wf/k/wAA5f/y//T/j//z/4D/q//i/9//oP+8/7X/0/8cAKb/6/8TAAAAAAAAAOv/AAAAANL/CQDZ/77/kv8AAOP/z//l/xMAv//o/6f/tf/O//P/3v/d/+z/qv/W/+b/BgDd/7n/0f8AAPX/AADH/xEA2P/s/9T/7P/w/9P/xf/4//n/7v/A/7X/2P/H//n/w//0/wAAAAAAAAAAAAAAAAAAAAC//xYAw/+e/8n/8P/g/+D/MQDT/2//nP+u/7T/CQCs/6P/xv/Z/9b/2P/V/0IA4f8AALz/7v+a/7H/2P80AL3/3//u/5X/z//j//T/+P/k/+j/5v/l/+j/5v/k/xoA4//y/+n/AADr/8T/uv/C/53/AAAAAAAAAAAAAAAAAAAAAOr/1//p/+j/7P/k/+j/FQDs/xQA3P/m//D/7P8JAPP/0P8FABgA6f/z/77/7P/V/9j/5f8RANn/zv/h/+X/w/8gAOD/4P/h//b/4v/d/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAO3/FADu/+3/7P/Y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/3f/b/9//2P/S/x4A1/8AAAAAAAAAAAAADwD0/wAAAAAAAAAAAAAAAAAAAAAAAOr/7P8AAO7/9f8XAOn/7P8VAO3/7P/2/+v/6//s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//s/93/9P/j/77/AADN/9D/AADs/+z/+v/v/+v/7P8UAO3/7P8AAOH/3v/s/xQA6f/s/+v/0v8MAM7/0P/O//L/xf8dAOP/9/8AAAAAAADq/wAA2/8UAO7/+f8AAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADr/+v/6//s/+v/6/8VAOv/z//b/woA4v/i/+P/1v8UAAAAAAAAAAAAAAAAAAAAAADs//P/8f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/8H/tf/r/w4A0v/G/+3/7P/s/+3/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/u/+z/FADs/+L/4P8gAN7/5f/S/+D/2//s/93/2P/o/+z/7P8AAAkAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/FADt/+z/7P/Z/9f/KADd/9r/1//Y/9X/0//V/ygA3//c/9L/2//W/wAAAAAAAAAAAAAAAAAAAADw/xIAz//R/+r/4P8AANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+//3//c/+7/FADu/+z/7f/s/+3/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADr/xYA6f/0//D/7//r/+//AAAAAAAAAAAAAAAAAAAAAAAA+v/6/wAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAA1//M/9T/3P/Y/wAAEADq/wAAAAAAAAAAAAAAAAAAAADs//L/FgDw/wAA2//s/wAA7P/s/xQA7P/s/+z/7P/s/xQA7P8AAAAAAADt/+//7P8AAAAAAAD7//L/7P8AABQA7P/s/xQA7P/s/+z/7P/s/+z/6/8aAOv/6//q/9n/4v/H/+H/x//V/xIA6v8MAO7/AAAAAAAAAAAAAAAAAAAAALn/yv/K/7z/6f/L/7X/JgDs/+v/3//m/+f/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+j/6//q/xcA7f/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/6/+z/4v8AABoA9v/r/9f/2v/o/+z/7P/t//j/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8AALL/tv/C/wAA5P/1/+H/1P/Z/9P/0//P/87/IADr/+r/7P/s/+z/6//s/xQA7P/5/+f/FADt/+z/7P/t/8P/BQDM//L/+v/U/+b/yf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/5/+z/8v/m/+v/4v8TAAAA7v/6//D/7//s//D/FQAAAAAAAAAAAAAAAAAAAAAA0P/k//X/AAAAAOn/KwD6/+L/5f/t//L/3v/Y/xYAAADt/xQAAAAAAAAA+P/u/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9AKv/v//O/8j/z//o/8X/7P/s/+z/7P/u/xQA7P/s/ycA3v/t/+X/6v/W/9r/3P/m/wAAu/8NAO//7/8AAMj/AAAAAAAAAAAAAAAAAAAAAOT/FADh/97/6/8AAPj/3P/s/+v/7P/s/+z/6/8UAOz/7//3//L/AAAAAPj/FwAAAOL/6P8AAAAAAADw/yYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//u/7//xP+4/xMA7//Q/wAAAAAAAAAAAAAAAAAAAADs/+3/8f/v/+z/7P/t/xQA9f8AAAAAAAAAABEA9/8AAMb/4v/d//n/wv/1//H/+P/h/97/2//L/73/CAAKAMX/AAAAAAAAAAAAAAAAAAAAAPD/+/8AAAAAAAAUAOz/9P8AAAAAAAAAAAAAAAAAAAAAAADE/8L/8//V/9H/FwC6/+7/7//y/+z/+/8UAO3/7P8TANj/7v/g/93/6//p/wAAFADu/+3/8f/t/+z/7P/w/yMAAADd/+X/0f/Y/+D/0v8AAAAAAAAAAAAAAAAAAAAA7v/4/wAAAAD3/+7/8v8UAOz/7P/r/xQA7P/s/+z/7P/d/xsA4f/c/+v/4v/q/+n/7P8AAOz/2//m/xQA7P/Y//r/7P/y/+v/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AADs/xQA7/8AAAAAAAAAAAAAAAAAAAAA5f/z/+r/3f/o/ykA7v/Z/wAAzv/d/8H/7//i/9v/GwDD/ykAzP/H/73/6f8AAKr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/r/wAAAADx/+7/MwDu/9j/xf/K/87/0f++/xgA9P8AAAAAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7v/t//T/7v/r/+z/8v8UAOz/7P/z//L/7P/t/+z/HQDj/wAAAAAAAAAAAAAAAPH/JwDo/wAA+f/2/9r/AADs//D/7f/5/wAAAAAVAPf/AAAAAAAAAAAAAAAAAAAAANf/zv/i/+n/0/8GALz/CADs//T/AAAAAAAAFADt/+3/7//W//H/0/8TAL7/AADP/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/FAAAAAAAAAAAAOz/7P/y/9f/LwDh/+n/5//J/9D/2v8AAAAAAAAAAAAAAAAAAAAA6v8XAOj/7v/s/+z/5//s/7z/QwC9/8//xP/D/83/0f/i/yYAyf/Y/9z/6//Y/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPf/8f/3//X/7f/s//H/BgDp/+v/AAD2/9f/AADv//T/1f/H/8n/1//U/xcA1f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADv/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA+f/5/+P/8/+q/8v/8f/U/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/xMA2P/f/+3/5/8AAOr/AAAAAAAAAAAAAAAAAAAAAOL/yf8JANb/1P/h/9j/AADt/+H/HADr/+j/6P/j/+3/AAAAABoA8//4/+v/5//5/wAA4P/M/7X/2/8HANn/+v/t/+3/8P8AAPX/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADC/9b/1v/Q/+T/7v/r/yIAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAA7P/0/+3/8f/s/+z/7P8UAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA1v/Y/x8A2v/Q/+L/6f/s/wAAAAAAAAAAAAAAAAAAAADy/+T/JADV//D/AADi/93/AAAAAAAAAAAAAAAAAAAAAOz/7f/5//T/EADs/+z/FADl//b/jP8NAO//KQDF/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/xQA7v/2//f/7P/t/wYAAADd/9P/4f/S/9v/6P8AAAAAAAAAAAAAAAAAAAAAAAAAABYAAAD6/wAA8/8AAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P8AAAAAAADs/wAAFADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+z/7P/t//b/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDc/+3/8//0/w8A2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//b/7v/s/+z/7P/q/xYA6v/h/+z/2//X/+r/6/8VAOv/6//q/+v/6//r/wAAAAAAAAAAAAAAAAAAAADs/xgA8/8AAAAA+//o/wAA7P8UAAAAAAAAAPD/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAPn/FQDt/wAAAAAAAAAA7P/t/wAAAAAAABQA7f/s/+P/6P/s/+j/AADZ/+D/FADY/xIA7P/p/+H/2P8AANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOX/7f/r/+z/6//t/+r/y//J/83/3P/V/wkAHQDq/wAAAAAAAAAAAAAAAAAAAADe/+f/pv/N/7j/y/8ZAAAAAAAAAAAAAAAAAAAAAAAAAA0Ayv+4/6//1P8MAKD/yP8AAAAAAAAAAAAAAAAAAAAAw//a/83/zf8gAO//yf/f/wAAAAAAAAAAAAAAAAAAAADo/8f/xf/K//P/8v8OAMb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7f/s/+z/6//r/+v/AADu//r/8P/v/+z/8P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAPn/7/8AACgA2P/f/+3/AADZ/9z/3//Z/wAA5P/g/+H/7P/g/xQAAAAAAAAAAAAAAAAAAAAAAAAA5P/t/+T/6//Y/wAA2f/s/+3/AAD6/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/7f/s/xQA7P/k//f/9//s/+//7P8AABQAAADC/8X/1//h/9T/6/8cANv/1P/T/8f/4f8eAPn/3v8RAOr/AAD1/wAA5//6/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPf/AADr/+v/6//t/+z/6/8VAOv/7P/s/xUA7P/s/+z/6v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/FADs/+z/6v/K/8//2//r/8X/GwDh/xQA9P/t/+z/AADt/+z/8P/e/9P/HgDY/+X/2v/2/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADr/+z/7P/s/+z/7P/t//H/7//s/+z/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAA8P8AAAAAAAAAAOT/+v8AAAAAAAAAAAAAAAAAAAAAAADU/9j/z//r/9b/xP8AANj/4//b/+D/3f/Z/yIA3v8TAPX/AAAAAAAA7//u/wAAEwD1/wAAAAAAAO//7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+//8P8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/0//f/7f/s/+3/2f/Y/9r/FAAAANj/6//r/+r/5//o/+z/5P/n/xcA6v8AAAAAAAAAAAAAAAAAAAAAFQD6/wAAAAAAAOz/7P/x//b/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7/8AAPL/8f/t/+7/FADs/+3/7P/3/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAANr/EgAAAPn/8v/b/9//FgDs/+r/7P/s/+z/FADs/+v/7P8UAOz/9P/3/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAIAOL/7P/L/9H/6/8UANj/7P/s/xQA7P/s/+z/7P/s/+z/7P8VAOr/+f/s/+n/8f8WAOv/7P/r/+z/6v/o/+j/7P/r/+z/7P/s/+v/FADs/+z/6//s/+z/7P/r/xQA7P8vAML/jP9+/ycAw/+6/63/AAAAAAAAAAAAAAAAAAAAABUA6//x/wAAAADs/+z/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoA+/8AAPb/6f/c/8j/AAAPAOz/2f/Y/xQA2v/j/9f/GQAAAAAAAAAAAOn/AAD3/wAAAAAAAAAAAAAAAAAAAADY/+z/2f/n/wAADADY/9j/AAAAAAAAAAAAAAAAAAAAABgA5v/h/9n/7P/e/+j/6f8UAO7/7v8AAAAA7f/s/+3/+v/5//H/AAAAABMA7v/0/wAAAAAAAAAAAAAAAAAAAADb/wAA4//b/9j/zP8AANj/5//Z/9H/7f/b/woA2f/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAABgA9f+o/6v/tf8gAKf/uv8AAAAAAAAAAAAAAAAAAAAA2P+9/+D/2/+s//T/6//X/wAAAAAAAAAAAAAAAAAAAAAdAOP/AAAAAAAAAAAAAAAA5//d/+//AADg/+v/4P8hAOz/7P/s/+z/7v8UAOz/7P/7/9T/KwDo/7j/3/+w/9X/AAAAAAAAAAAAAAAAAAAAAPj/AAD2/wAAAADn/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+v/7//t/+v/5//s/9r/7P/s/+z/7P/s/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f8bAOH/3P/r/+L/6v/p/xYA5/8AAPT/+f/r/+v/6v/z/8P/sf+3/8//EAC9/8T/2f8HANT/zf8AAMn/4v/c/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAPT/AADv/+f/AADj/+f/3P8LAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//y/+7/7P/s/+z/0v8lAOn/1//Y/+7/xf/Y/wAAAAAAAAAAAAAAAAAAAADn/xcA4P/q/+f/6//q/+j/DgC5/7f/vP++/87/0/8WAND/2P/l/+r/yP/W/8j/NAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/6v8VAOz/7P/o/w4A4//J/7//qv8GAIb/4v/l/wAAAAAAAAAA8/8cAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7//s/xQA7f8UAOz/7f/u/+3/7P/s/+z/2P8jAN//5//f/8v/3//z/xQA9f8AAAAAAADs/+z/7v/w//r/AAAAAAAAFQDv/+7/5P8PANz/6f/o/+f/AADq/+z/FADs/+//7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAy/8AAOH/zP/H/9f/+v/t/wAAAAAAAAAAAAAAAAAAAAAVAOv/7P/3/+//6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/w//L/8P8UAPv/FADs/+z/8v8AAO3/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+D/8f/v/+z/7P/p/xQA2P/s/9//3P/o/+L/EAD4/xQA7P8AAPD/AADs/+z/7P8NAOz/6P/s/+n/6v/r/wAA5P/Y/+H/4P/s/9j/2P8gAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//s/+r/6//s/xAA5P/s//T/AAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f8AAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/7f8UAOz/7P/Z/9z/2v/a/9j/KADZ/9n/AAAAAAAAAAAAAAAAAAAAAMD/wP/I/83/yf8AAAwA0v/t/+z/7P/t/+z/FADs/+z/6f/r/93/2v/s/8f/4P8YAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA+P/t/wAA7P/s/+z/8P/y//D/FAD7/wYAv//U/9n/x//E/wAAxv8AAAAAAAAAAAAAAAAAAAAA4v/q/yUA1v/j//D/4v/k/9j/4P/e/+b/4/8KAAAA6v8UAOv/7P/s/+z/6//s/+v/tf/a/7b/7//P/+T/IQDi/xUA6f/p/+z/6v/r/+n/7P/o/+r/3//6/wAA1/8cAOz/7P/s/+z/7P/t/+z/FADt/9P/BwDk/+X/0v8UAM3/7P/s/+z/7P/s/xQA7P/s/+z/7f/v/wAA8v/x/+3/7v8UANT/3f/X/9f/1v/Y/ywA1//e/9j/+f/p/wAAwf8iAOv/1f/a/9X/1f/i/zAAvP/f/wAAAAAAAAAAAAAAAAAAAADs/+v/6//s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+z/7P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/xv/h/9L/GgDy/8H/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/3f/q/9j/3P/n/xcABQDp/+r/7//j/xMA2v/Y/wAAGwDl//r/AAAAANz/6f/3/9j/2P/b/+D/3P/a/ygA2f/p/wYA1v/G/+j/1/8AANb/AAAAAAAAAAAAAAAAAAAAAOX/5//n/+r/6//m/+f/GgDd/+r/+P/n//b/MADe/9T/AAAAAAAAGQAAAOv/7v8AAN7/KgDV/9z/1f/N//b/zv8AAAAAAAAAAAAAAAAAAAAA4/8HAN3/5//d/+D/EwDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P++/9b/yP/V/8v/FwDV/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFgDS/8n/y//H/9z/8f/x/+D/5v/o/+n/6P/m/x4A4v/x/wAAAAAAAPf/KADw//P/AAAAAAAAAAAAAAAAAAAAAAsAEgDq/+v/6//Y/8T/6v8AAAAAAAAAAAAAAAAAAAAA7P/y/wAAAAAAABQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+7/7P/2/+z/7P8UAOz/6//w/+3/+v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA1v/J/+r/7f/n/9n/FQASAOz/8v/u/wAAAAAUAOz/6v8LAMT/yP/Y/+r/AADS/9P/EwDq/wAA+P8AAOr/AADw/xQA7f/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v8XAOj/7P/l/+T/5f/q/+v/7P/s/+z/7P8UAOz/6v/z/8//4v+p/9n/8//K/wYAAAATAAAAAAAAAAAA7/8AAOz/6//f/+b/5/8VAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/6//n/8//s//H/AAAAAAAAAAAAAPT/AAANAAAAAAAAAAAAAAAAAAAAAADd/93/3f/g/97/1P8lAND/AAAAAAAAAAAAAAAAAAAAAOz/7//5/wAAAADs/xQA7f8AAAAAAAAAAAAAAAAAAAAA2f/q/+3/8f/w/93/KQDr/xQA6//u/+z/6P/P/7r/DgAeANb/1f/a/9v/6v/m/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAA7P/t/+7/6/8TAOz/AAAAAAAAAAAAAAAAAAAAAA4A6f/t/+r/6f/g/xEA7P8jANr/4v/n/+r/1//e//D/AAAAAAAAAAAAAAAAAAAAANn/6//s/wAA5//H/yMAAADu/+//7P/2/wAA7/8UAAAAw/+y/7j/KADs//X/CQDO/+n/5v/p/+f/6f/l/+L/GADP/9L/f/+n/xwAEgC3/8D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDs/+v/7P/r/+v/6//c/wAA1v/f/8v/zf/W/wAA6v8WAOv/7P/y/+r/6//r/+z/2v/V/+f/2//p/w0AAADr/xQA+f8AAPT/FADE/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADt//P/8/8AAOz/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9j/3v/i/+j/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAOf/5P/a/+j/5f/g/+D/8P8UAPH/7//v/+z/7v/s/wsAzv/U/8v/1P/r/xIA4f/p/+r/6v/r/+r/6f8WAOj/7P/s/+z/7P/s/xcA5//s/0gAkv/Q/7r/0f/F//D/zP8rAJH/of+v/6//CgCn/77/FADs/+z/7P/s/+z/7P/s/xIAzv/b/9//2v/R/+D/+P8kAOb/6v/i/+X/6f/Y/93/IwDq/9v/5v/u/+D/5//s/8z/y//N/7r/EADq/8//9v/y/wAAAADt/xQA7/8AAOz/8P/u//j/FADs/+z/7P/s/xQAzP/i/8b/CgDY/9j/8v/r/+b/7f/w/+//7v8ZAPH/IgDQ/+X/6v/n/9//CgDq//n/AAAAAAAAAAAUAOz/+P8AAAAAAAAAAAAAAAAAAAAAAADq/+f/1//Z/9z/1/8AAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/l/+z/7P/s/xQA7P/t/+z/7P/s/+z/6/8UAOz/7P/s/+z/7v8UAOz/7P/q/+z/7f/2/xQA7f/s/+r/6v/n/+j/7P/k/+f/FwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/q/xcA5f/r/+r/6f/o/9T/xP+j/7P/0f+y/wAADQAAAAAAAAAAAAAAAAAAAAAA1f/j/9//xv/a/yQA6//G/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADo/+z/AAAAAPr/8v8AABQAAADs/9n/3v/V/9v/4/8nANr/2//s/wAA8//t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7f/u/+v/6/8VAM7/vv/X/6H/tv/O/8L/VgCy/9z/yf/6/9X/tv+h/zsA7P/q/+z/5f/s/+z/7P8UAOv/FQDr/+r/6v/s/+r/6//c/+j/FADs/+z/7P/3/+z/AAAAAAAAAAAAAAAAAAAAACQA4P8AAAAAAAAAAO7/AAAAAOP/7/8AAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAMAOn/6v/g/9j/3P/e/9z/DQDr/+n/2P/n/9//AADx/+H/7P/s/9X/6v8LANn/5v/k/+f/5f/h/9j/4/8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/8n/FQDn/+j/8//3/8X/8P/u//f/AAAAABQAAADs//L/0P/a/9b/HgDW/+v/3/8AAAAAAAAAAAAAAAAAAAAA2P/Y/+T/2P/q/ygA2f/q/wAAAAAAAAAAAAAAAAAAAADq/97/6v/n/+//7P8WAOX/7P/5/+//AAAAAOz/FAD0/wAAAAAAAAAAAAAAAAAAAAATAPX/AAAAAAAA7//u/wAAAAAAAAAAAAAAAAAAAAAAAO7/6v/c/+f/6v/o/xQA2f8AAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO3/7v/1/9X/2f/N/8b/y//N/y4Ayf/c/9r/GQDp/+r/yf/Y/+z/AAAAAAAAAAAAAAAAAAAAAOz/zP/c/xYAy//a/9H/6P/J/9f/xv/R/+X/BwAzAJj/0v8lAO3/AADl//T/3v8AANr/1f/u/+3/4v/i/9r/LwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/g/93/2v/y/+r/IgDx/x0A4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/yf/P/wAA+P8AAKf/BQDv/97/4//T/9//FADN//n/4/8UAOz/2//t/+3/7P/q/+v/FgDh/+b/5P/f/9b/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/6//p/+r/FwDp/+v/AAAAAAAAAAAAAAAAAAAAANj/AADj/+n/4f/j/wAA5v8AAAAAAAAAAAAAAAAAAAAA5v/n/+7/6P/q/+n/5P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAsAvv+8/9L/0//4/9D/AAAAAAAAAAAAAAAAAAAAABsAAADh/9n/4f/c/+X/6P/s/+z/7P/s/+z/FADs/+z/4//k/xgAEQDV/+r/6//f/9T/6f8SABQA6f/L/+r/7P8AAAAAAAAAAAAAAAAAAAAA5v/n/+7/6P/q/+n/5P8ZAO3/7P8AAO3/9f8UAOz/7f/s//n/8P/v//H/7P8UAOz/7f8AAAAAAADs/wAA7/8YAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/0//f/7f/s/+3/7P/s/xQA7P/s/+r/7P/s/+X/7P/1//v/9/8VAO7/7P/6//T/GADr//D/AADs/+b/7//s/xUA6//x/+z/6//r/xQA7P8AAAAAAADt//D/7P/s/+z/7P/w//L/8P8UAPv/7P8UAO3/7f/s/+z/7P/s/x0A6v/n/+D/AADY/+3/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/8v/t/+z/FADs/+//xv8AAOb/6f8QANT/tP8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwP/Y/+n/8f/K/+r/8f8hABsA5v/Z/93/4f/4/9f/2P/i/7f/xP+//+3/+f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//H/7P8AAOr/5v8AANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMT/4P+i/+z/sP/D/+r/qv/h/+z/4f/j//r/7v8VAO3/AAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+L/2P/Y/+v/6f8AABIAAAAAAAAAAAAAAAAAAAAAADEA0//X/8//0v/K/9H/zP/t/+3/8f/y/+z/7P/g/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA0P/l/+X/5P/n/+v/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/x0A4f+9/7T/iv/3/8f/FAD6/+z/6v/t/+z/4P/t/wAAAAAAAAAAAAAAAAAAAADl/+z/9f/7//f/FQDu/+z/2//g/+b/4v/h/x8A1v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+L/1v/W/9H/+f8AANj/AAAAAAAAAAAAAAAAAAAAAOz/7f8AAPr/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAxf/X/9r/y/8yANr/1f/L/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDJ/9X/0v/E/wAAxP/v/9j/2//s/+X/2v/Y/ygA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAGwDm//f/9//p/+f/7v8JAM7/y/+7/8j/wv8TAOb/2P/b/9v/7P/a/9X/KQDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/xgA6v8AAOn/9P/1/wAAAAAAAAAAAAAAAAAAAADY/xQA2P/a/+z/AADq/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0/wYAxv/a/9b/5v/t/6//AAAAAAAAAAAAAAAAAAAAAPD/5//N/+r/5v8AAAUA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8f/3/+T/AAAFABMA+v/Q/xUA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAABMA9f8AAAAAAADv/+7/AADr/+v/FQDr/+z/7P/q/93/AAAAAAAAAAAAAAAAAAAAANz/1P/i/9z/2f/5/wYA0P8AAAAAAAAAAAAAAAAAAAAA1f8XAOv/6v/o/+v/6v/j/+f/4//e/wAA3//b/9H/EQDt//v/8P8AAAAA6/8VAPn/uP/Y/wAACgDV/xEAyv/R/8f/0f/X//H/3f8ZAND/6P/J/+n/2f/U/8r/BQAAALz/AADZ/9v/1P/W/8r/EAAAAOD/3//c/+T/FgAAAN7/2//p/xYA3P/q/+//2//q/+f/6f8WANz/6v/v/9v/6v/n/9r/6//Y/9P/3v8WANX/AADv/wAAAADz//T/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAOz/+f/w/+//8f/s/xQA7P8dAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8v/x/+z/7P/s/+z/FgDf/+j/6v/q/+v/6//o/wAAAAD6//T/AAAAABQAAADt/+3/FADu//b/9//s/+3/6//r/+z/7P/s/+v/FADs/xcA+P8AAAAAAADi/+v/6/8UAOz/7v/v/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQDb/97/6P/o/+f/AADl/+z/7f/s/+3/7f/s/xQA7P+1/7v/GgDa/8z/+f/d/8j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAA+f8AAAAAAADq//j/+v8VAPX/AAD7/wAA7/8AAMv/7P/s/+3/7P/o/zAA7P/t/xYA+P8AAAAAAADr/wAAAAAAAAAAAAAAAAAAAAAAANT/AAD1/+P/4P8TANf/0f8AAAAAAAAAAAAAAAAAAAAA6//s/+z/6f/s/xQA6v/s/+H/5//W/+r/4//Y/9n/KQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u//L/+v/r//T/8f8XAOz/7P/s/+z/7P/s/xQA7P8AAOr/6f/i/+7/EgDY/+z/8v8AAO7/8f8AAPf/7P8VAAAAAAAAAAAAAAAAAAAAAAA4ALH/vf/g/wAAqP/i/73/1//v//j/9/8AACkA6//m/7f/4P/D/8z/0v8SAPf/AADZ/zIAxv+//9f/v//g/8D/BgDm/+z/9v/v/xQA1f/s/+v/5P/r//j/7//n/xYA6f/r/+L/6P/w/+7/7P8VAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/9P/6//j/3P8AAOX/AAAAAAAAAAAAAAAAAAAAAAAA6v/R/9r/wf/5/wAA2f/u/wAAAAAAAPf/FADw/+3/2P/Z/+T/4f/m/ygA2P/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOr/6v/o/+z/7P/o/8D/xf8uANT/zf/q/8v/3f8AAAAAAAAAAAAA7f8AABQAAAAAAAAAAAAAAAAAAAAAAOz/7f/x//T/7/8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADC/7r/wf/S/+L/NAAAAOn/DADs//j/AADy//f/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAA9/8AAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+v/+v/m/+j/EQDs/+n/AAAAAAAAAAAAAAAAAAAAAOv/FgDh/+b/5P/f/9b/2f/b/8//7P8AANv/2v8kANj/EgDj/9r/5v/m/+T/AADX/wAAAAAAAAAAAAAAAAAAAADn/+T/3v/e/9j/zf/1/yQA2P/k/+v/7P8AAOP/GgDa/wAAAAAAAAAAAAAAAAAAAAAQAJ//2f+v/8H/xv8AAOz/7P/s/9n/7P/u/+v/FQDs/wAAAAAAAAAAAAAAAAAAAADi/8n/4f/T/+n/6P8gAN3/6f/q/+r/6//q/+n/FgDo/+v/+v/0/+D/4P8AANH/yP8AAAAAAAAAAAAAAAAAAAAAwv/4/9T/1v+6/wkA8f8AAOv/7P/s/+3/7P8VAOz/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/9n/AADp/9v/2P/Z/xMA2P8AAAAAAAAAAAAAAAAAAAAA4//k//H/AADw/yAA1v/Z/+z/8v8AAAAAAAAUAO3/7f/a/+z/7P/t/+3/7P8WAOz/7P/r/+7/7P/2/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADz/+L/0f/g/9P/1f/O/y0AAAAAAAAAAAAAABQAAADs/9z/3v/f/+T/4f/Z/9v/IADs/+z/+v8UAPX/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABEA6f/Z/87/AADY/wAA0P8UAOz/7P/u/+z/7P/s/+z/AAAXAPf/AAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/9//w/+z/FADs/wAAAAAAAAAAAAAAAAAAAADq/xcA6v/r/+r/6P/m/+r/uv/B/+f/5//w/+z/6//L/+z/6//s//f/8//s/xUA+v/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7f/t/+z/FADs/+T/2v/1/wAAAAD5/x4AAADk/yoA6v/7//H/5P/R/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/+b/vv/E/wcA6P/r/wAAAAAAAAAAAAAAAAAAAAAAAOn/AAAAAOT/5P/U/7z/xv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA5f/n/+n/7f/l/+j/5f8UAO//8P8AAAAA7v/s/+//IgDf/+X/5v/k/9v/3f/j/+3/9f/u/wAAAADs/xQA8f8ZAOz/+f8AAAAA5P/p/+7/FADu//D/7v/u/+z/7P/u/+z/6v/Y/9v/2v/q/xUA5v/o/+v/6//p/+j/7P8XAO3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/p/wAA9P8AAPf/HQDq/wAAAAAAAAAAAAAAAAAAAADN/7j/0P/D/9b/sf/U/z4AAAAAAAAAAAAAAAAAAAAAAOz/0f/a/9j/7P8QAAAA6/8HAAAAAAAAAAAAAAD6/wAA7v/t/wAA9//s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/Z/+r/3f/c/9n/JwDf/wAAAAAAAAAAAADq/wAAFgAAAAAAAAAAAAAAAAAAAAAA7P/v/+z/6//7/+v/7f8VAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADv/+3/AAAAAAAAEwDy//L/AAAAAO3/FADv/wAA7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADt/+3/7P/s/+3/7f/q/+L/6v/T/+H/4v8XAOX/0v8sAN7/3v/r/9f/zv/q/xQA6v/s/wAAAADd/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/6//Y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA+P/t/wAAAAAAAAAAAAAAAAAAAAAAABQA8f8AAPr/AADs/+j/8v/t/xQA7P/u/+z/7P/s/+z/4//i/+r/6P/r/+z/GADq/+z/AAD3/+7/7P8PAOz/8/8UAOz/7P/r/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD/u/8HAPr/3v/1/7L/BQAeAN//1//V/+H/4P/l/+P/7//t//j/AAD6/+//EwDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPD/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//n/8v/2/wAAGwDy//r/7P/s/wAAAAAUAOz/7P/t/yQA4P8AAAAAAAAAAO7/AADb/+3/6//b/+7/AAAJAOL/rf/O/9L/xP+7/yUA8//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALQD7/wAAAAAAAN7/2//x/+P/5//c/+v/6//r/xgA6/8AAAAAAAAAAAAAAAAAAAAA7//s/xUA6//x/+z/6//r/+v/FwDr/+v/6//p/+n/6P/s/9f/8v8AAAAA7f8UAAAAy/8hAPr/3v/p/9j/yv/Z/8T/HgDC/8z/xf+7/+r/vf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s//f/8//s/xUA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8Avf/F/9f/xv/R//X/1f/o/+7/AAD6/wAA2P8bAOz/6P/e/+3/9v/6/9v/6/8qACIA2v+Y/5D/pf/Z/8X/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA8P/s//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/qP+X/+r/rP+w/yYAu/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADe/+n/4v/j/+f/FADd/wAAAAAAAAAAAAAAAAAAAADW/9D/4f/n/+X/7P8eANz/6f/z/wAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAADs//D/7f/5/wAAAAAVAPf/7P8YAOz/7f/k/+3/5f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8UAPb/+f/s/+z/7P/s//f/4//t/+n/9v/1/x8A6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA8f/W/+r/7f/k/97/xv/s/+r/6//r/+z/7P8UAOv/+//u/5r/ef+6//b/qf/O/97/2v/l/9n/3P/h/yAA4f+j/9//tv+8/zwAuP+p/9j/7P8UAOz/7f/s/+z/7P/0/+3/0//D/7H/2P/W/wAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAzv/o/wAA7/8IAPP/AADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/+//7P8AABQA7P/s/8f/yP8UAM//EgDX/wAAzf/s/+z/7f/5/xQA7v/s//L/FgDr/+z/7f/u/+r/5P/l/wAAAAAAAAAAAAAAAAAAAADu/9n/7P/s//P/HgDX/9j/+v8AAAAAAAD6/yIA8v/k/wAA2P8AAPv/AADb/w4A9f8NANz/v//N/+X/8f+w/xUA9P/h/8//1f/L/7L/xP8yAND/yf/E/xYAxf8AAOL/yv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/GwDQ/9D/5f/I/+v/5//h/yEA5P/l/+T/5//a/+T/EQA3AKn/7v/I/8n/0v+t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/3v/l/+L/2P8AAAYA5f/W/97/6/8VAO//AADX/9z/AAAAAAAAAAAAAAAAAAAAABQA7f8AAAAAAADs/+z/7f/t/+z/7f/t/+3/6f8UAOz/AAAAAAAAAAAAAAAAAAAAAOf/5v/n/+T/5//o/xoA5P8AAAAAAAAAAAAAAAAAAAAA4v/q/yUA1v/j//D/4v/k/wAAAAAAAAAAAAAAAAAAAADJ/57/0/8kAMD/vv8GAMP/HQDk/+r/7/8AAOz/4//1/wAAAAAAAAAAAAAAAAAAAADZ/9v/+v/Z/+n/4f/L/zYA5//q//L/FADt/9n/FADs/+n/7P/u/+z/7P/s/xQA7f8TAMv/1P/K/8H/6/8KAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/wAA9//6/+z/+v8UAOz/7f/u/+3/FADt/+z/7P/y/+n/lv8RANH/0P/v/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9z/5P/i/+P/yv8cAOH/1v/f/9v/2P/k/9b/KQDX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//y/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOj/6//t/+z/7P/o/83/GAC+//r/vf/t/9D/4f/t/wAAjP+5/9X/vf/h/+T/AAAAAAAAAAAAAAAAAAAAANn/7v/s/wAA6P/a/9j/BgDf/yAA0f/u//L/0v/S/83/wv8xAKf/pP/o/7z/xP8AAOr/JgDo/9j/4//l/9r/2//s/+z/7P/w//L/8P8UAPv/7P/t/+z/9f/s/xQA7P/s/9P/8//I//r/1P/W/+7/uP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/KwDw/wAAAAAAANP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/3f/l/9H/5//G/wAAKgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xMA3P/r/+P/5//u/9z/6f8YANr/6P/r/+n/6f/p//X/AAAAAAAAAAARAPf/AAAUAOz/7v/v/wAA7f/s//L/AAAAAAAAAAAAAAAAAAAAAOr/5P/Y/93/6P8dAOj/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/y//n/9f8RAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQDi/+z/2v/r/xQAzv/r/wAAAACf/+X/1//M//T/v/8UANj/4v8AAOv/2f/h/9j/0P/q/3H/AACS/7f/HgC1/yoAAAAAAAAAAADR//r/4P8UAAAAAAD6//r/7P/x/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOz/vP+6/6v/BQCQ/7//6//s/+v/7P/s/xQA7P/h/wAAAAAAAAAAAAAAAAAAAADO/7j/yv/O/zMA0//c/9D/BQDV/+X/5P/X/9P/1/8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/5f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADV/xgA4v/K/9L/0v/5/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADB/9H/2f/X/9r/AAAfANL/AAAAAAAAAAAAAAAAAAAAAOj/AAANAAAAAAAUANj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6P/r/+3/6//n/xcA9P/u/xQA7v/1//H/8f/u//D/3//C/87/7/+0//X/+f/A/+7/7P/x/xQA7f/s/+z/7P/R/wAAAAAAAAAAAAAvAAAA5P/j/wAA8f/z/xcA6v/r/wAAAAAAAAAAAAAAAAAAAADn/+n/7f/r//P/7P8YAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAx//H/8X/xP8RANj/7P/t/+z/8P/s/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOn/6f/P/+n/6v8aANz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t//T/7f/s/+z/7v/T/9//5v/a/9v/2P8jANf/7P/x/+z/AADt/xQA7P/s/93/8P/U/+r/0P8LAPL/7f8AAAAAAAAAAAAAAAAAAAAArv/M/+f/6//h/+f/MwDq/+//9v/h/ykAAADd/+H/AADQ/7z/5P/5/w0AAACc//f/3//p/+z/FADs/wAA1v/s/9n/AAAAAAwA9v8AAOH/2P8AAAAAAAAAAAAAAAAAAAAA6//r/+v/6//r/+r/FQDs/+v/7P/r/+z/6//s/xQA7P8FAOb/4P/u//j/7P8AAPb/AAAUAOX/3f/Y/8X/6f8AAO3/2f/1/+H/5P/Q/yEA4//Q/83/5P/N/97/x/9BAM7/6v/Y/9j/2P/X/9z/JgDe/+H/4f/c/9j/7P/s/xgA5f/s/+z/7P/s/+3/7f8UAOz/8f91/xgA4f9s/xgA1/+J/+z/7P/s/+z/8P8UAOv/7/8AAAAAFAAAAAAA7P/5/wAAAADu//r/8P/v/+z/8P8VAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/3//P/7P8VAPr/0P/1/9L/1v/z/yAAvP/c/+z/7P/s/+z/7P/s/+z/FADs//H/7P/l/+z/FADs/+z/0P8YAOb/4//n/9n/6v/o/wAAAAAAAAAAAAAAAAAAAADj/8z/jv+Z/5f/+P+3//j/AAAAAAAAAAAAAAAAAAAAAOz/7P/o//D/7P8YAOT/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/JADX/+j/3v/g/9f/1f/s/+z/AAAAABQA7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOX/4v/o/+v/3//X/yIA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAADwCJ/9X/5f/V/73/9P/y/wAAAAAAABQAAAAAAOz/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8v8AAO3/7f/s/+3/7/8AAPr/+v8AAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAO7/8f/y/wAA7f/a/+X/JgAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAO3/7//s/xEAAAAAAAAAAAAAAPD/AADs/+z/7f/5/xQA7v/s//L/AAAAAAAAAAAAAAAAAAAAAMj/1P/Q/7j/0P8dANn/9v/s/+v/+v/s/+z/GgDq/+b/AAAAAAAAAAAAAAAAAAAAAN3/3v/o//P/6v8nANr/2f8nAPf/AAAAAAAA6f/f/wAA7P/t/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+//7P/r//v/6//t/xUA7f8AANT/3v/S/9b/7f/b/+f/2//a/9z/7P/a/yIA4/+9/9v/u//E//f/CQAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA8P/u/wAA+//w/+z/8//q//L/6f/r/+j/FwDn/+r/7v/4/wAAAAD3/+7/8v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//Q/9j/9//Y/wsAsf8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/8z/GgDg/+n/9v/v/+v/6f/s/93/AADa/+D/DgAGAAAAAAAAAAAAAAD6/wAA3P/o/xwA3v/o/+P/6v/i/+z/FgAAAOz/7v/t/+T/7P8AAO//7f8AAAAAAAATAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/s/+z/7P/s/+z/FgDs/wAAAAAAAAAAAAAAAAAAAADr/+r/7P/p/+r/6//p/xUA6//i/+j/8P/u/+z/FQDq//b/w//K/6n/4P8UAAAAqP/s/+z/FADr/+z/6v/r/+v/1v/6//r/8//a//X/8//u/9D/7P/5/9r/4f/s/xUA6/8AAAAAAAAAAAAAAAAAAAAA6//q/+v/5P/r/+z/FQDs/wAA7//t/wAAAAAAABMA8v/Y//v/5P/f//n/AADY/woA7P/3//D/4//3/9n/8P8pAAAAAAAAAAAAAAAAAAAAAAD0//f/2/+8/8X/yP/O/yYAAAAAAAAA+v8AAPf/AAAPAAAAAAAAAAAAAAAAAAAAAADs/+3/7v/t/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAABIA6v/T/8j/0//t/wAA6/8AAAAAAAAAAAAAAAAAAAAA7/8AAO7/7P/7/+3/EwDu/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/5v/t//D/7//u/xkA8f/q/+L/6f/q/+n/3f/j/xkAFADs/+v/0v/t/+//7P/q//n/LQD5//D/AAAAAM//+v8AAAAAAAAAAAAAAAAAAAAAEwDx//P/AAAAAO3/+//y/wAAAAAAAAAAAAAAAAAAAADs/+3/8f/0/+//FADt/+z/7P/s/+7/AADz/+z/FADw/wAA2f/e/+b/7f8AAOX/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALv/4v/e/4r/wv8AAO//AADl/+L/4f/3/xcA6//r/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA7P/s//f/AADl/+T/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/6P/s//D/AAAVAPT/7/8AAAAAAAAAAAAAAAAAAAAA6f/n/+P/5f/q/xgA6f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8IANr/1v/n/+z/0//U/+z/7P/z//f/9//s/xQA7P8AABEA7P/s/+3/7P/Y/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+b/7f/s/+r/5//s/xYAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//f/9P/v/xQA7P/t//L/AAAAAAAAFADu/+3/1P/d/7T/2f8TABEAzf+5/+n/AADc/wAA6f8oAOf/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA6v/r//X/AADn/+n/+f8AAAAAAAAAAAAAAAAAAAAA7v/4/+3/8f/f/ygA5f/n//j/v//u/97/rf/n/wAAyf/s/+7/7P/t/+z/7P/s/xQA+v/F/8n/IADV/7//zv+r/wAAxP/r/+z/6v/X/9P/AADs/+r/7P/s/+z/FADs/+v/GQDp/+3/7P/w/+f/6P/n/wAAAAAAAAAAAAAAAAAAAADG/+r/EwDq/+H/3P/P/wwA8//x/+z/AADr/+z/7/8VAAAAAAAAAAAAAAAAAAAAAADm/xYA5P/e/+P/1v/Q/83/AAAAAAAAAAAAAAAAAAAAAOr/0//3/+T/3v8LAC8Aqf/l/+P/2/8fAOX/5f/h/+X/6//r/+z/7P/r/+z/FADs/wAAAAAAAAAAAAAAAAAAAAASAOr/5P/n/+z/4P/s/wAA7P/q/+v/6//o/xUA6//p/zwA7P8AAPj/AADu/8X/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOv/7//s/+z/7P/r/wAAAAAAAAAAAAAAAAAAAADB/7//PADJ/9j/1//F/8b/7P/s/xQA7v/x/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/wUAm//C/8L/CgDW/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+b/4f/X/9n/4/8dANv/6/8hANf/6v/s/+L/5v/a/+T/5P8AAOT/6P/P/+H/GwDb/9b/yf/N//n/4P/Q/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/yMA3P/h/9//3f/d/9n/AAAAAAAAAAAAAAAAAAAAAOT/FQDs/+v/7P/r/+v/6//o/+z/7P/s/+z/5/8VAO7/7f/7//D/AAAAAOv/FQD5/wcA6v/U/+b/6v/q/wAA4P/1/wAAAAAAAAAAEQD3/wAAIQDg/+T/sf/x/8f/4f/R/9f/wf/h/9b/vf/J/8j/MwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/vv/k/wwA2v/E/wAAAAAAAAAAAAAAAAAAAAAAAAAA2P/o//H/7P/r/wAA8f8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//W/x0A+f8AALT/4P/U/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s//T/7P8UAOv/7P/s/+3/8P/t/+z/FADs/+z/7P/t/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAADq/7//6f/W/xIAEgD6/8r/AAAAAAAAAAAAAAAAAAAAANf/EwDk/9r/6f/X/wAA2f8AAAAAAAAAAAAAAAAAAAAA7P/r/xUA7v/k/+b/6f/s/zkAzP+q/wwAw/+3/6//1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALz/DADd/9L/0v/r//b/u//q/+z/AADu//X/FwDp/+z/0/8AABQA5f/u/+z/6P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AADl/+z/8/8AAOz/7f/s/+7/7//s/xQA7f/l/+b/2v/T/+n/6f8aAOT/AAAAAAAAAAAAAAAAAAAAACAA8P8AAAAAAAAAAOT/+v8QAOz/AAD5/wAAAADa/+z/7P/5//D/7//x/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+//2P/o/+z/2v/b/yYA5f8AAAAAAAAAAAAAAAAAAAAAAADj/8n/5P/l/wAAFADr/wAAAAAAAAAAAAAAAAAAAAAAAN//1P/V/9v/4v8FAOP/7P/s/+z/7v8AAOz/FADv/+v/6//q/+P/7v/s/xUA7P/2/+L/3P/w/73/2v/o/8b/3v8ZAOz/7P/7/wwA1v8AAAAAAAAAAPv/8v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//m/+//7f/u/9z/CADc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/4//u/+//9f8oANz/7f/a/9n/3v/f/+H/6f8oANn/7P/s/+7/8//u/+z/FADs/+3/7f/w/wAA9f/s/wAAFADo/+z/7P/s/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAOn/8f/5/wAAAADs/xcA9f8VAOX/wP/f/7//0v/p/8T/7//1/wAA+v/4/+3/8f8bAOz/7f/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADm//b/qf/g/8H/u//f/w4A1/++/9H/AADP/wAAsv8AAOH/5f/j/+P/EADr/+z/AADs/+z/8//3//f/7P8UAOz/6v/r/9v/7P/h/9j/GgDr/93/1//k/9z/+f/P/yoA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9L/FADs/+X/1/8AAOz/2P/b/9v/7P/a/9X/KQDZ/wAA5//u/+v/7P/X/xMAz/8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s/9z/AADa/+D/8f/s/xMA3f8AAAAAAAAAAAAAAAAAAAAA6v/i/+v/6v/r/+v/GADq/6f/uf+1/8H/2f8kAPb/5v/t/+X/4//r/+z/7P8WAOv/4f/f/+P/2//Y/xEA2P8AAM3/zf/w/8j/0f8xALX/3P/Y/9n/6v/z/+T/KADZ/+r/AAAAAAAAAAAAAAAAAAAAANf/xf/U/8D/xv/Y/x4AEADX/+P/4P/r/9//4P8sANf/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAD5/+7/AAAAAAAA9/8TAAgA2v/V/+H/5f/Z//L/6P/u/+z/7P/t/+3/7P8TAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArv8AAOr/3//p/9j/BgD0//f/z//V/+L/3P8ZAMH/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAQAAAAAAAAAAAAAAAAAAAAAADV/wAA2P/q/9j/2P8AANj/8v/V/wgAtv/F/wAA0//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A9P8AAPP/+v8AAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAA5v8gAOr/+P/s/+b/3v/m/+z/7P/s/+3/7P/s/xQA7P/T/7//z//Y/+b/vP8UAN7/5P/v/+7/9//3/xgA2v/s/wAAAAAAAAAAAAAAAAAAAAASANb/2f/j/9n/4v8AANn/FADx/wAA+v8AAOz/6P/y/9z/4//L/x4Aj/8IAN//z/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//D/7v/u/+z/7P/u/xwA3f8AAPn/AADs/97/2P8AAAAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAPP/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/i/xYA5f/s/+P/BgDo/+n/1f/L/8P/zP+q/yAA6v/t/+z/7P/s/+z/7P8UAOz/CgDW/6j/AACy/+j/vf/z/xIAAADg/wAA+f/u/+T/6P8AAO//9/8AAAAA+/8eAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDu//n/7//s/+v/6/8UAO//8P8AAAAA7v/s/+//AAAAAAAAAAAAAAAAAAAAAND/7P/u/wAA+v8FAM//FADU/7//y/+3/wAA2//l/xUA7P/t/+z/7P8UAOz/7P/s/yIA2P/h/9j/3P/Y/9j/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/uv8AALn/0v8AANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/0v/2/9f/4//m/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/2f/y/8X/5v/4/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAWALj/2v/Y/87/LwDV/7z/5P8AAAAAAAAAABQA+P8AAOz/AAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAADi/7z/s/+w/+b/DwDA/wAAAAAAAAAAAAAAAAAAAADC/6P/yv+6/8f/PQD0//r/FADs/+3/7f/t/+z/7P/s/+z/6//f/+b/5/8VAOv/7P/s/xQA7f/s/+z/7f/s/+z/FADs/+z/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADn/+P/4f/n/9//5P8cAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wYAuv/V/77/IgC5//n/AADr//v/5f8UANj/6f/g/wAAAAAAAAAAAAAAAAAAAAAVAOn/6f/s/+r/6//p/+z/AAAAAAAAAAAAAAAAAAAAAN//KgDa/+z/9P/s/9n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA6P/s/9D/xP+3/9T/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/y//D/FAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+z/FADt/9f/5f8AAAAAAADk/yMA8//q/8z/2f/0/wAAy//V/zYA7P/r/+z/7f/s/+z/7P8UANj/6f/Y/9r/DwDo/9j/AAC//5//n/+Q/4n/sf+5/2AAAAAAAAAAAAAAAAAAAAAAAMb/MgDa/93/1v/a/8//3v8AAAAAAAAAAAAAAAAAAAAACAAAABQAsf/Q/9b/0v/A/wAAAAAAAAAAAAAAAAAAAAAUAPX/AAAAAAAA7P/s/+7/LgDU/9j/9f/L/+n/4v/o/wkA6P/N/8n/5v/J/+v/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+//9P/u/+z/7P/s/+v/7P8AAOz/AAAUAOz/7P/s/+r/7P/l/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAyv8AAAcAvf/h/9f/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/9//4//H/AADs/xQA+f8AAOz/7P/w/+7/7P8UAO3/7P/s/+z/7P/s/+z/7P8UACQA1//a/+P/7f/c/93/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPX/AAAAAAAA7P/s/+7/4//x/+z/AADl/+L/vP8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/tv/U/9P/AAAOAMD/8f/s/+r/6//g/+v/FQDo/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//K/9b/y/8LAMz/7P8AAOz/6v/s/+z/7P8UAOz/6//d/+X/+P/7/9f/4f8LAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//b/zf/7/+//IQDw//j/HgDW/9X/2v/b/+r/5v/J/wAAAAAAAAAAAAAAAAAAAADl/8//AADx/+v/6v8cANv/0v8LAAgAy//V/+D/1v/Q/9j/4//b/+D/3f/Z/yIA3v8AAAAAAAAAAAAAAAAAAAAA8P/s//D/AAD3/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADS/wYA1v/d/8n/s//1/wsAAAAAAAAAAAAAAA0A+v8AAAAAAAAAAAAAAAAAAAAAAADh/yIA3f/Z/+X/2//T/9f/AAAAAAAAAAAAAAAAAAAAAPH/zf+6/77/yf/V/yAAv/8iAOz/7v/0//T/2//a//T/AAAAAAAAAAAAAAAAAAAAABYAAAD0//j/AADs/+r/+v/s/xQA8//q/+n/AADs/wwAAAAAAAAAAAAAAAAACwAAANj/6f/R/9r/FADp//T/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/8f/t/xQA9f/t/+z/8v8AAAAAAAAAAAAAAAAAAAAAAADd/7L/rv/B/wAAAADH/+z/7P8AAOz/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAD5/xUA7f8AAAAAAAAAAAAA2f/r/xQA7f/c/9j/7P8UAOz/8v/x/+z/7P/s/+z/AAAgAOz/AAAAAAAA3/8AAMP/uf+t/2AAwP+A/63/y//z//D/7//s//D/7f8UAOz/2P/s/+n/IgDe/+P/2f/q/8//1f/P/zMA5v/D/8f/6f/g/+b/5v/j/+b/5f8eAOL/AAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAAAAoAAACv/7X/sf+z/+j/vv+a/0YAAAAAAAAAAAAAAAAAAAAAAAAA5P+g/6T/vv/K/xMA4v/V/xMA1P/Q/+X/7P8AAOr/AAAAAOv/4v/p//r/2f/b/wYAAAAAAAAAAAAAAPr/AAAUAPH/AAD6/wAA7P/o//L/AAAAAAAAAAAAAPX/AAAPACYAAAAAAAAAAADb//X/AAAAAAAAAAAAAAAAAAAAAAAA0//K/+D/1v/V//r/KwDc/+z/7P/s/+v/7P/s/xQA7P/L/9f/6//O/9T/0f8lAN7/AAAAAAAAAAAAAAAAAAAAAOr/6v/p/+n/6//r/xYA6v/X/+r/4v/o/9b/EgDp/wAAGADq/+v/9f8AAOf/6f/5/wAAAAAAAAAAAAAAAAAAAAAAAN7/6f/i/+P/5/8UAN3/AAAAAAAAAAAAAAAAAAAAANf/AADN/xQA3v/A/wAA7P/r/+r/9v/r/+v/FgDq/+n/6v/q/+z/7f/r/+v/FgDr/+v/7P/r/+z/7P8UAOz/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACoA2f/x/+v/4v/i/9P/6f8AAAAAAAAAAAAAAAAAAAAA3P/s/+z/7P/u/yMA6v/r/xUA8P/u/wAA+//w/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6v/s/+H/5v8hANb/4v8AAAAAAAAAAAAAAAAAAAAAEADs/wAAAAAAAPL/7P/i/+n/FADs/+z/6P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7//z/+H/5//k//P/AADq/wAAAAAAAAAAAAAAAAAAAAASAOj/2v/y/9v/3P/1/+T/vf/O/83/2P/W/zIAu//g/+r/7P/u/+f/7P8VAOH/7P/k/+X/5v/H/9//KwC8/+D/5//j/+j/6P/f/wAAAADX/+P/tP8JANT/6v/A/8D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/EwDq/+z/6//r/wAA7P/r/+v/6//r/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/9L/6v/r/xQA6v8NAN3/y//V/8f/2v8xAM//xf/U/+z/7P/s/+7/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/o/+//7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3f/U/9X/0//W/+v/1/8lAOT/2P8AAOD/2//c/93/EwAAAAAAAAAAAAAAFAAAAOz/AADZ/wAAAAAAAAAAAADY/wAA+v/6/wAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xgA6v/r/9z/5v/o/+r/7//U/87/+/8PALz/8P/J/9r/zf/N/93/MgDb/83/0/8AAAAAAAAAAAAAAAAAAAAAAADl//v/AAAaAPP/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+r/6v/r/xUA6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/9f8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAOH/AAAAAAAAAAAAAAAAAAAAAAAAJADv//v/4v8AAPf/5//6/wwA1v+o/8D/t//n/wAA3f8AAAAAAAAAAAAAAAAAAAAAz/8FALb/DADH/xIAuP+4/+j/6f/r/xYA5//m/+r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+v/AAAWAPn/8v/r/+z/FADs/+z/7P/s/+z/wP/N/83/uv/P/wAA8/8AAAAAAAAAAAAAAAAAAAAAAADn/+3/3f/r/+v/4P/7/xQAAAAAAAAAAAAAAPn/DAAAAO7/7f/t/+3/7P/s/+z/FAAAAAAAAAAAAAAA+f8MAAAAFADs/+D/2//x/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAARAPf/AADY/+H/6//j/+f/2P8AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAJwAAANH/0P/p/wAAyP/D/wUA8f/f/8T/0v8YAK3/3P8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADZ/wAAFAD1/+7/2//g/+v/wv8KAMT/4v/a//H/9P/M/wAAAAAAAAAAAAAAAAAAAAAeAA8A6v/4//X/1v/S/+f/4P/n//H/AAAAACIA1P/u/x4A2f/q/+r/4/8GAOL/5P8AAAAAAAAAAAAAAAAAAAAA1v/o/+f/2//e/w4A+P/i/+z/9f8AAPn/AAAHAAAA+f/Y//L/9f/u//r/8P8oAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/4P/s/+T/3P8VAOz/5v/q/+v/4P8hAOn/6f/e/wAAAAAAAAAAAAAAAAAAAADE/9L/5P/U/+f/9P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAGQAAAPj/+P/4/+j/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//4f/H/+z/1v++/ycAxP8UAPP/7f8UAPn/7P/s//P/AAAAAAAAAAAAAAAAAAAAAPD/FADu/wAAAADv/+z/9P8WAAAAw//q/+D/2//W/9L/7P8UAOz/7f/s/+z/7P/s/+7/7f8AAPf/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAzP/r/+v/7v/T/9n/GQDf/+z/7P8UAOz/7P/q/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9r/2//d/9r/AADa/6v/t/+Q/7P/rv/W/+z/ZQAGAAAAAAAAAAAAAAD6/wAA7P/s/+z/5//s/+z/FQDk/+T/7P/6//T/7f8WAOz/9/8zALj/tv+w/8v/ov8AAO7/FgAAAAAAAAAAAOv/7P8AAOr/7P/m/+j/6/8WAOb/7P/s/+z/7P/e/+//FAAAAOb/AAAAAAAAAAAAAAAAAAAAAN//DADi/8T/1v+5/wgAzv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAz/8UAO//7f/p/wwA4P/X//r/9P8YAOv/8P8AAOz/5v8AAAAAAAAAAAAAAAAAAAAA7f/2/wAAAAAAABQA9P/s/wAAAAAAAAAAAAAAAAAAAADt/+3/8v8AAOz/7P/s/xQAIQDV/+L/5//i/9T/2//n/xMA9f8AAAAAAADv/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xcA1//e/+X/CADU/8v/AAAAAAAAAAAAAAAAAAAAANn/0f/W/9P/4//P/9T/HQDe/+T/xf/M/ywA4f/W/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+z/6//s/xQA6P/o/yIA3//l/+b/5P/b/93/4/8AAAAAAAAAAAAAAAAAAAAAu/+9//D/AADA/y4A9v/B/ysAAAAAAAAAAADa/93/7P8UAO//7P/u/+j/6f/p/+r/FADs/+z/7v/s/+z/7P/s/9j/4//T/8//4f8SAAAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA3v/n/+j/6f/q/+r/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8/8AABQAAAAUAN3/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/9//AADW/9L/JwDZ/+n/AAAAAAAAAAAAAAAAAAAAAOb/7P/t/+7/7P8kAOz/2v++/9L/0//i/+j/6v/1/xQA7P/s/+7/7f/u/+z/FADs/+z/7P/t/+z/7P/s/xQA7P/r/+z/FADs/+z/7P/s/+z/6v/s/wAA7v/1/xcA6f/s/+H/xv8AANL/zf8cANP/vv/m/+T/5v/s/+n/4f8cAPD/EwDC//n/xv/t/+3/wP/C/wAAAAAAAAAAAAD0/wAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/KwDf/9D/2//e/87/0v/q/+j/8//t/+3/6v/r/xYAFwDq/xMA3v8IAKv/yv/B/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/L/9n/2//V/wgAAADh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/AADj/7b/qf/2/53/9f8AAAAAAAAAAAAAAAAAAAAA3//k/+T/4v8UAOb/7//W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+P/4P/S/9T/AAAKANj/AAAWAO3/AAAAAO7/6f8AAAAAAAAAAAAAAAAAAAAAAADX/+X/6v/f/9j/9v8jAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/8j/pP/g/5b/7//Y/wAAAAAAAAAAAAAAAAAAAAAAANb/3P/N/9X/5f8nANz/2v8oAOP/6P/n/+X/2v/X/9n/AAAAAAAAAAAAAAAAAAAAABMAzv8KAKf/yf/C/+H/9v8AAAAAAAAAAAAAAAAAAAAALQC0/7D/qv+0//b/sv/x/+z/9P/s/+3/7f/s/xQA7P/X/+f/6P/r/+z/7//y/xQAAAAAAAAAAAAAAAAAAAAAABYA6v/f//f/AADo/97/7P8AAAAAAAAAAAAAAAAAAAAA6P/x/wAA8P8AAOr/GgAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7/8AAPb/7v/s//D/GAD6//P/AAAAAAAA7v8AABgA+v/0/wAAAAAAAO7/AADs/+z/6/8UAOz/7P/s/+z/7P/r/+z/6//s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/x//T//T/4P8VAM3/0f/s/+z/FADs/+z/6v/s/+z/7P/s/+v/6v8VAOz/7P/o/8j/AADx/9P/2P/C/9b/EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/wAAAAAAAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//x/wAAAADs/+z/+f/G/8//tf+//8//3f8AAB8A3/8AAOj/5f/q/9n/AADS/xAA0P/f/9j/4v/o//r/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/87/5v/u//X/3P8WAO7/7P/y/wAAAAAAABQA7f/t/xQA7f/s/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAOX/3P/p/+X/6v/h/xMA7P/s/+z/6//s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADq/+j/8//t/+3/6v/r/xYA6v/t/wAA9P/w/xMA7P/w/9//vP+k/7n/+P8MAOb/z/8AAAAAAAAAAAAAAAAAAAAAyv/I/+X/2P8AANr/6/8UACAA9v/5/wAAAADp/+H/8v8AAOf/zP/Q/9v/FgDX/9f/7P/z//H/7P/s/+z/7P8UAAAACQDu/wAAAAAAAOT/EgAAAAAAAAAAAAAAAAAAAAAA8P8UAMz/zf8AANz/rf+7/+H/IgDl/9v/4//d/9P/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAN//6f/p/+f/2P/Z/+b/AAAAAAAAAAAAAAAAAAAAAOL/v/+l/w8A7f8AANj/3//w/+z/7P/s/xQA7f/s/+z/5//j/+H/5//f/+T/HADl/wAAAAAAAAAAAAAAAAAAAADo/+r/6//r/+v/FgDr/+n/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f8UAOz/7f/u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/t/+7/7P/s/+3/7P/t/wAA7v/s/+z/8P8UAM7/5/+g/6n/qf8ZAMj/AAAAAAAAAAAAAAAAAAAAAAAA6//o/+n/6//s/+X/5/8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/c/9n/7P/s/wAAAADY/+//AADt/wAA7/8UAO//7P/O/x8A6//i/+T/7P/Y/9P/6f/n/wAA+P/7/+X/GQDv/wcAAAAAAAAAAAAAAPr/AAAUAOz/zf/W/9D/AADA/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/q/+r/5//r/+r/FwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//A/+f/4P/Q/+v/2v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+P/6//t/+7/EwDl/+//FgDr/+z/6//s/+r/6P/o/9v/FgDf/8r/xv/T//j/2v8TAO7/8P/w/wAA7P/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9j/2//P/+j/EQDT/wAAAAAAAPj/AAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7P/s/+z/7P+9/wwAlf/X/7f/y/8AAPH/2P85APb/7P8AAAAA4//s/+r/4v/r/+r/6//r/xgA6v/g/9z/5//f/93/AADo/wsA4v/o/+v/5P/o/+n/GQDi/8n/OwDU/9L/zP/R/73/0//c/+b/5f/b/97/3v8fAM7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/sf+I/4X/7P/r/8X/CQAAABsA1//t/+z/6v/R/+v/AAAAAAAAAAAAAAAAAAAAANv/4P8SAM7/1v+5/wAA+P8UAO3/AAAAAAAA7P/s/+3/AADZ/+X/7P/b/+f/9P/K/wAAAAAAAAAAAAAAAAAAAAAAAO//7f8AAAAAAAATAPL/5P8eAPv/5//l/+r/xv/m/xIA5v/p/9j/5f/b//r/1P/s/+z/7P/s/+z/FADs/+z/9v/o/8b/1//s/+T/CQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/wAAAAAAAAAAFAAAAAYAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAA7P/s//j/7P8AABQA7P/s/+z/7P/s/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6P/r/+z/7P/Y/+n/4f8jAMX/2P/l/+z/+//n/zsA3P/Y/97/3v/r/+j/EgAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/7P/3/+//6//r/+z/7f/s/+z/7P/r/+z/FADt/+X/9//1//b/8/8oAOv/5v/v/9H/5P/d/xQA4f/v/77/7f/u/wcA+v/P/6n/DADj/xQAAADs/+7/3//r/9b/6//Q/xUA7P/s/+z/7P/r/+z/FADs/+3/9P/1/+z/7P/s/wwA7/+7/+D/w//t//H/1v8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+D/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAM//2P/S/9T/1P8AAND/KgDb/+D/8v/u/9z/2P/q/+z/7P8UAOz/7P/r/+v/7P/Y/+r/2P8XAOn/6//q/+r/7P/u/wAA7//s/97/8/8dAIr/1f+n/6T/IAALAKP/+f8AAAAAAAAAAAAAAAAAAAAA7P8cAPH/+f/v/+//5P/3/8f/AADf/77/GwDy/8L/6/8AAAAAAAAAAAAAAAAAAAAAFwDZ//f/AAAAAOn/zv/d/xQA8f/y/+3/EgDr/+z/2P/6//T/GADr//D/AADs/+b/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/6//s/xQA7P/c/+z/7P/s/+7/IwDq/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACs/5f/1v8WAL//4f+y/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACu/8j/FADQ/87/HQDh/7v/AAAAAAAAAAAAAAAAAAAAAOz/uf/T/6b/0v8XAMz/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7P/s/+r/7//t/xQA7v8AAAAAAAAAAAAADwD0/wAAAADs//r/AAAAAPn/9f8UAO7/5f/s//H/7v/s/xoA7v8NAB0A4//k/+T/xP/s/9r/FADu/+3/7P/u/+z/7f/s/+X/7P/1//v/9/8VAO7/7P/z/+z/7P/q/+//7f8UAO7/AAAAAAAAAAAAAAAAAAAAAOj/5P/n/+f/HADg/+X/3v/s/xQA7P/s/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/KQD5//D/3v/Z/9f/1f8AAAAAAAAAAAAAAAAAAAAAFAD5/wAAAAAAAOz/7P/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDq/+v/6P/r/+j/5//r/9j/3v/d/97/7//p/ycA3v8AAAAAAAAAAAAAAAAAAAAA7f8TAN3/2v/s/9//9v/q/+z/8P8AAAAAAAAAABQAAAAeAOj/wf/s/8D/0f/0/9b/AAAAAAAAAAAAAAAAAAAAAO7/8/8AABQA8//y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAADr/9j/6P/r/wAAAADY/+r/4v/q/9P/4f/i/xcA5f8AANv/+f/t/+z/2f8AAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/s//X/+//3/xUA7v/s/9T/CQDh/9r/2f/j/wAA1/+6/xsA2v/t/9X/2v/I/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/8T/1v/H/9r/AADl/9v/5/8AAOv/7v8AABgA7P/3/wAAAAAAAAAAAAAAAAAAAADq/+r/7P/o/+z/6/8VAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAA+v/6//X/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAADX/9f/2P/Z/93/KADY/9n/AAAUAPj/AAAAAPP/7P8AAOz/8v/n/+z/7P/s/9//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/GADu/+z/3P/s/8j/6/8AAAAAAAAAAAAAAAAAAAAA8f/e//X/HwAAAN7/5P/l/wAAAAAAAAAAAAAAAAAAAADs/+3/7//t/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+P/7P/r/xYA6//s//n/5/8UAO3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAADkA7/8AAAAAAAD4/9D/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+b/6f/n/+n/5f/i/xgA0P+5/+v/x//Q/xAAHQDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAASAPT/AADx/x4AAAAAAPb/8f/i//X/7v/t/xwA8P/2//r/6f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+r/3v/o/+j/GADd/+z/AAAAABQAAADs/+z/7v+y/9n/9f/A/8v/8f8hAPn/AAAAAAAAAAAAAAAAAAAAAOv/4f/o/+f/GwDs/+D/6v/s/+z/7//t/+z/7f/t/xQA7P/s/+z/6v/r/xQA7P/r/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/p/+z/FADq/+z/1P/r/+n/7P/p/ykA8f/r/+T/7P/6//T/7f8WAOz/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA8P/y//v/+P/r/+r/+v/t/+3/7//t/xQA7f/t/+z/AAAAAAAAAAAAAAAAAAAAAOz/8//x/+z/7P/s/+z/FADl/8r/1f/S/7//CADM/wAAq//G/9n/w//c/wcAsv8FAO7/GADr//H/7P/u/+X/6v/u/xgA6//x/+z/7v/l/+r/AAAAAAAA7f/4/xoA+P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP/0/9v/2f/h/8n/4P8AAPb/6f/K/53/0/8AAAwAwv/4/wAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7//t/xQA6f/s/8r/5//m/9T/+f/6/9X/GQAAANj/6//q/+3/EwDf/+r/0P/4/+j/9//0/yAA5v/2/wAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+z/7P/s/+z/zf/0/wAA6P/V/9X/wP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x/+z/6v8AAAAA7v8AAOv/2f/r//D/7//l/+T/HQAAAAAAAAAAAAAAAAAAAAAAjf/m/7j/l/+E/5r/3P8LAAAAAAAAAAAAAAAAAAAAAADs/xUA7v/5/+//7P/r/+v/AAAAAAAAAAAAAAAAAAAAAN//8/8iANn/6//r/+L/2f8UAAAAAAAAAAAA8P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+T/JQDT/+7/DgDe/9j/AAAAAAAAAAAAAAAAAAAAANT/0/8rANb/2f/N/9n/zf/s/+3/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAABoA5//a/9n/5f/Z//v/3/8AAAAAAAAAAAAAAAAAAAAAFgDu//j/9f/6/+z/6v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7v8AABQA7v/r/+v/4/+9/+j/y//b/xgA6v/g/wAAAAAAAAAAAAAAAAAAAADu/+z/+v8AAAAA7v8VAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+7/7f8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAADM//r/9P/2/9//8v8AACkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/GgD2/wAA5v/m/+v/yP/B/97/1f/U/9n/PQDS/wAAAAAAAAAAAAAAAAAAAADa/+z/7f/t/+3/7f8WAOz/AAAAAAAAAAAAAAAAAAAAAO3/9v8AAAAAAAAUAPT/7P/Q/xgA6f/3//n/AADZ/+v/+/8UAO3/+P/z//v/7f/v/wAAAAAAAAAAAAAAAAAAAADd/+r/2v/i/+f/5/8ZAOj/6v/p/+j/5f/r/+n/FgDr/+v/6f8UAOv/+//s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P/r/+z/8P/s/xQA7P/y/wAAAAAAAPf/EgDy/wAAAAAAAAAAAAAAAAAAAAAAAML/q/8HAKz/wP8XAK3/7//C/8X/xf/L/8n/8/8jAL7/AAAAAAAAAAAAAAAAAAAAANj/9P+y/9r/8f/x/7L/IAAAAAAAAAAAAAAAAAAAAAAA6P/p/+v/6//p/9//GADn/xcA0P/3/+3/6f/j/+H/6v/n/wAA6//u/wAAGADs//f/AAAAAAAAAAAAAAAAAAAAAOP/+P/y//T/3v/2//D/KQAAAAAAAAAAAAAAAAAAAAAA0v8lAO3/AADl//T/3v8AAOH/2P/h/+X/5//Y/9f/IwAAAAAAAAAAAAAAAAAAAAAA5P/p/+b/6v8XAOr/6v/q/+D/4//X/+j/6v/q/xsA6//v//r/5/8MAO3/5P/w/9z/7P/q/+v/4P/r/xUA6P/q/7v/7f/V//H/0f8cALL/2v/s/+z/+P/s/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAC2/9b/6v/u/8//CwDW/wgA1f/Q/9T/5P/K/xIA4//r/+z/7P/3//H/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7v/q/+b/7P/v/+3/+P8AAPr/7/8TAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/3f/v/+X/7f8qAOD/3f/r/+n/6//r/+v/6v/m/xYA6v/3/87/2f/L/yEA5P/W//H/AAAAAPn/AAAXAPT/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o//b/6f/r/+v/4f8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/t/xQA7P/s/9n/0P8KANf/0v/o/xAAw//W//T/6f8RAOj/AADW/9b/7P/p/+//CgDp/+n/2/8AAAAAAAAAAAAAAAAAAAAAAADs//D/AAAAAAAA7P8AABQAAAAgAPv/AAAAAAAA5P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAHQDr/97/3f/s/+n/1P/r//j/HAASAAAAAAAAAPH/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJ3/4f/J/wgA4//F/y4Az/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8UAO3/+P8AAO7/7P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/1/9r/2//i/ycA0//d/+r/9//q/+z/6f8JAOf/+P/s/+3/7f/s/+z/FADs/+z/5//g/+T/8f8AAOD/GwD4/+v/5P/e/9n/2v/q/xoA4f8VAOv/7P/3/+//6//r/+z/0P8zANH/0//f/8n/z//R/wAAAAAAAAAAAAAAAAAAAADK/93/wf/q/7X/CQDU/wAAAAAAAAAAAAAAAAAAAAAAANX/z//U/9P/1/8AANn/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf/y/9P/3v/k/+3/AADV/wAAAAAAAAAAAAAAAAAAAADv/xYA6v/w//H/8f/v//L/AAAAAAAAAAAAAAAAAAAAAOz/+//o/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/AADr/+7/AAAYAOz/9//q/wAA6v/h/+v/6v/X/xYAAADu/wAAAAAAAOr/AADy//P/FAD2//n/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAAAA8AAAD0/wAAAAAAAAAAAAAPAAAA6//Z/+b/2f8AAN7/EwDZ/9r/7P/s/+z/7P/s/xYA7P/q/xYA6//s//L/6v/r/+v/1//s/wAA8//2/+P/yf/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/wAA0//b//P/BgDX/+T/6v8ZAOr/6P/n/+j/5P/p/8T/xf8PANP/w/8IAMf/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/i/+H/6P8VAOr/4P/3/+r/9f/4/xcA9f/v/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/x8A5v8AAOn/2//l//r/7P/v/+3/AADt/+z/FADt/9n/2v/Z/+H/2f/h/9r/KADt/xQA7P/u/+z/7P/s/+z/4//n/+7/6//q/+r/AAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8UAOn/0v/f/93/7//Y/+3/7P/t/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+n/5//f/wAA3//a/83/2P/d/8//5//Z/wAADQAhAAAAxf8AAOb/1P/Z/9j/BwDN/97/3f/o/8j/2P8gAAAAAAAAAAAAAAAAAAAAAAAqAMb/9f/h//H/0P/g/+r/AAAAAPn/8/8AAAAAFQAAAPD/HQD3//T/8P/4/+T/8P/s/+v/7P/r/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/i/8v/0P8MALf/x/8lAPD/7P8AAAAAAADw/xUAAAAAAAAAAAAAAAAAAAAAAAAA6P/r/+z/7P/s/+v/FQDs/7L/EwCq/6r/+P/Y/7T/IwDY/93/9P/i/9j/6P/Y/ygA6P/r/+z/7P/s/+v/FQDs/yIA2//o/9//5P/g/9f/4f/f/x4A5P8AAOb/2v/l//b/7v/v/+z/9v8AAO//FAAAAOr/6/8aAPb/AADm/+b/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+f8AAAAAAAAUAPf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5//X/xMA6v/t/+P/9f8AAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAATANz/xf/D/+H/9P/d/8r/6P/p/+v/6//p/9//GADn/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/FADs/+z/6//r/+r/6v/r/+z/FQDr/+b/5v/i/9b/2f/o/x4A3P8UAAAAAAAAAAAA7P8AAAAA5f8OANX/FADU/93/5P/n/8L/uP/a/9r/4f+5/8H/SwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/5/wAAAAD2/+f/7v8lAAAAAAAAAAAAAAAAAAAAAADd/+j/4f8AANj/3f/X/xcA1f8XAOv/6v/o/+v/6v/j/wAAAAAAAAAAAAAAAAAAAADk/9T/1f8ZAN//2v8AANr/6v/l/+v/6f/l/xYA6v/m/wAAAAAAAAAAAAAAAAAAAADu/7j/1v/K/8j/0P8YAAgAAAAAAAAAAAAAAAAAAAAAAOz/7//5/wAAAADs/xQA7f8AAAAAAAAAAAAAAAAAAAAA1//p/xYA6v/p/wAA3v/o/wAAAAAAAAAAAAAAAAAAAADr/+z/7f/o/+z/4P/q/xUA2P8TAOP/2v/s/+r/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+z/7f/s/+z/7P8UAO3/7P/s/+3/7P/s/+z/6/8VAOv/6//q/+v/6//r/wAAAAAAAAAAAAAAAAAAAADg/93/3f/q/+j/2v8jANX/AAAAAAAAAAAAAAAAAAAAAAAA2v/l/9//4f/7/9//AADV//n/2P/L/9X/AAAAANv/6f/n/wAAAAAAAOn/KADY/+r/5//o/+z/5P/n/xcA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAPf/7v8HAO3/7P/U/9P/4f/Z/+L/z/8AABEA2P/Y/+//9P/v/xAAAADr/+X/2v/Q/9z/vf8OAOX/AAAAAAAAAAAAAAAAAAAAAAAA5f8AAAAAAAAAAPP/HAAAALf/1f/D/+D/2P/i/+L/LwAAANP/vP/K/8r/AADg/w4A6f8AAO3/5v/6/97/6v8iAOD/4P/X/9X/3f8gAN//5f/u/7//z/+5/8H/IQDi/8//2P/j/+b/2v/S/xcA6//1/9b/6f/q/wAA5v8KAMr/1f/L/9X/wP/k/9P/PADV/+D/8P/l/wAA3v/n/x8A3f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//l/wAAAAAAAOT/IwDz/+z/6//s/+3/7v/r/+v/FQCb/7z/vP+5/9H/HQCe//X/8P8AAAAAAAAAABMA8v/0/+7/2P/a/wAA5P/6/8P/8v/K/9j/4v/c/9b/CwDI/wAA4//k/+X/3v8AABIAAADr/+z/FADw/+z/7P/s/+z/7P/x/+n/7P/u/+z/6//s/xQAxv/r/8r/z//q/+r/IgDi/wAAAAAAAAAAAAAAAAAAAADW/+b/2v/d/9T/4//M/ykAw//d/9z/1f+//0MAwf/C/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/9//3/+z/FADs/8H/yf8ZANX/5P/Y//j/2P/u/+3/AAD3/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xIA7f/y//H/7P/s/wAA2f/b/9f/zv8AACAA3f/e/+H/8v/0/+H/2f/a//L/EwAAAK7/sP/M/8L/zP8NAMf/AADj/73/qv+Z//D/5P8YAOz/7P/s/+v/7P/s/xQA7P/p//D/AAAVAPH/2//Z/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7v/s//b/7P/s/xQA6//s/+z/FQDs/9n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7P/s/+7/FADt//j/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOv/FgDs/+v/7P/s/+n/6/8UAO7/AAAAAAAA9P/s/wAA7P8UAOz/7f/s/+z/7P/s/+z/FADs/+3/7P/s/+z/7P/s/+z/7P/j/+z/6/8WAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr/+z/7P/s/+v/7P/r/wAAAAAAAAAAAAAAAAAAAADp/xYA3P/q/+//2//q/+f/AADf//r/AAD7/wYA1v/s/7n/1f/n/+D/zf8NABgAxP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//j/7P/u/+z/FADs/ykA1//W/+P/1f/d/wAA5v/s/xQA8P/s//X/AADs/+3/AADs/+z/8P/d/+b/EwDY/9v/FADu//n/AAAAAOz/AADe/wAAz//T/8P/6P8JAMP/7P8VAOr/7f/l/+z/7P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+z/FADs/+H/5f/r/9f/3v8gAOP/0v8AAAAAAAAAAAAAAAAAAAAA6v/q/+n/7P/n/+j/FwDn/9T/4P8ZANn/2f/d/+7/1v/u/+z/7//u/+//7f8UAOz/7P/t/wAAAAAAAO7/FADs/+b/sv+6/7z/FwD3/wUAtP/H//T/1v/m/+r/vv/f/yUA3f/q/9n/6P/X/+z/5f8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//x//X/7v8UAO3/8//s/9r/3f/P/97/DwC+/wAA9v/s/+z/7f/t/+3/7P8UAOz/yf8AAOr/3v8AANf/CgDo//j/9f/j/83/2v/P/wgAzf/V/9P/2P/6/8z/1/+7/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/4/+//AAD0/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL3/3f8GAAAAlP/d/wAA1f8UAPX/8P/0//P/7f/s//D/AAAAAAAAAAAAAAAAAAAAABgA9P8AAAAAAAAAAPL/AADs/+z/7P/s/xQA7P/s/+z/7P/s/xQA7P/s/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/0QA1v/Y/8z/1v+0/+L/FADs/+7/7v8AAOv/7P/u/wAAAAAAAAAAAAAAAAAAAAAkAPr/9P8AAAAA5f/2/wAAAAAAAAAAAAAAAAAAAAAAAOz/8v8AAAAAAAAUAO3/7f8AAAAAAAAAAAAAAAAAAAAA9P8AAPT/3v/t//L/7f8OANf/AADl/xgA5P/p/+T/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/a//P/8//u/+r/AAAUAAAA5f/Y/+v/7P/e/w0A7P/d//r/AADb/97/7P8UAOD/3/8AABQA7f/a/+r/6v/l/wAA9v8dAPr/9f/u/+//8v8AAAAAAAAAAAAAAAAAAAAAFQD6/wAAAAAAAOz/7P/x/wAACwAAAAAAAAAAAPb/AADs/xUA7P/s/+v/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//j/3f8AAAgAFQD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANADq/8r/6f/X/73/wf/u/xMA8/8AAAAAAAD3/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//uf+f/8X/7P/o/9f/x//6//T/GADr//D/AADs/+b/FADq/9//1//q/9j/AADn/9T/+v8RAAAAAAAlANf/8v/t/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAADwAAAAAA6v/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/+P8AAPb/8f8UAMb/6P/E/9D/MgDW/8L/zf/s/+z/FADz/wAA7P/s/+z/6v/r/xoA9v8AAOb/5v/r/wAAAAAAAAAAAAAAAAAAAADa/wAA6//Z/+b/1/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xYA+P8AAAAAAADr/wAAAAAAAAAAAAAAAAAAAAAAAL3/zf8yAL//zP/g/9T/uv8AAAAAAAAAAAAAAAAAAAAAGQD1/9D/wP8MANf/9v/X/x0A4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/6v/s/+z/7P8UAOz/7P/q/+v/7P8XAOr/6f/X/97/3//j/+r/IwDq/+f/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAvP/N/8T/0f/V/7b/RQDS/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//5/8UAOz/7P/s/yAA6P/s/+3/8v/r/9z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/h/+b/5//y/+b/IQDo/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/7P/s/+z/7v8jAOr/6/8AAAAAAAAAAAAAAAAAAAAADAD0/7H/r//Q/9f/wP8UAOX/t//B/7b/tf+i/wcAJQDy/+r/xf+9/9//2f8NANr/AAAAAAAAAAAAAAAAAAAAAOv/6v/r/9j/AAAbAOn/1P/s//b/zf/7/+//IQDw//j/AAAAAAAAAAAAAAAAAAAAAOr/6v/s/9j/6v/m/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAA8v8AAOz/7P/u/+3/8f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAyf+o/x4AmP8QAMf/yf+k/+z/6f/2/83/8f8WAOb/5v/k/6f/s//Z/8P/GQD1/9z/zP/V/9b/3P/n/yQA1v/0/9T/0v/t//P/7f8rAN//6v8AAAAA4f/d/+n/BQDb/93/AADq//P/9f8AAOX/5v8TAOL/9/8XAPD/0v/3/+L/HQDs//P/AAAAAAAA9f8UAO7/1/8MAOn/8f/N//H/6f8aABQA7P/s/+z/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3P8VAOz/7P/t/+z/7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADj/+z/+f/2/+D/AAD0/+3/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA+v8VAPH/AAAAAAAA6/8AAO//AAAAAPL/AAAVAPP/8/+r/wsApv+4/8f/r/8UAOX/AAAAAAAAAAAAAAAAAAAAANj/9v/V//H/1v8TAAAA7P/u/+3/AAD3/+z/7P/s/xQAAAAAAAAAAAAAABMAAADu/+b/5v/t/+z/6v/n/+z/FgAAAAAAAAAAAAAAAAAAAAAA5P/n/+//8v/u/+n/GADr/+7/7P/s/+z/7P/s/xMA7P/P/8P/q/+7/w4A6v/F/zAAAAAAAAAAAAAAAAAAAAAAAOb/6P/r/+v/7P/s/xgA7P/u/+z/7P/s/+z/7P8TAOz/7P/t/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADr/+b/1f/Y/+n/GAC9/+v/7P8XAO//AAD0/wAA6/8AAAAAAAAAAAAAAAAAAAAAAAAZAOf/AAAAAPX/5//1//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7f/s/+z/AADY/+v/1/8AAOL/6f/h/xQA6P/p/+3/7P/s/+z/7P/s/xQA7P/p/+z/AAAAABQA6v/l/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8WAOr/6//q/+v/6v/r/xMA8f/z/wAAAADt//v/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/xcA7P/q/+X/6//p/+z/7v/z/wAAFADz//L/7P8AAPv/FADt//j/8//7/+3/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAA7P/5/wAAAAAAAAAAAADq/wAAAAAXAPP/NADl/wAA9v/1/9X/AADt/xQA8v/t/+7/7P/s//j/3/8HAO7/AAAAAOb/8v/0/+v/FQDr/+3/6//r/+r/6v8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAANb/1v8iAOD/4P/T/9z/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7//t//j/AAD6/+//EwDx/8r/CwDm/9j/1f/p/+H/EwAAAAAAAAAAAAAAAAAAAAAA3P/n/wAA3//Q/xQA2//J/+z/+v/4/+v/5P/w/+n/GAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAADj/+b/1f/V/9j/JwDC/9//AAAAAAAAAAAAAAAAAAAAAAAA1v/W/8b/xv8LANT/2f/b/+X/2//b/97/IADk/9f/rP/D/7H/wv+3/zwA1/+o/w8AAADL/wAA2f/C/+b/1f/Y/9D/3P/X/xMA6/8AAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//P/w//T/8//GgD1/6z/AAAAAAAAAAAAAAAAAAAAABMA2v/u/9r/3/8AAOD/1v/c/8r/vf/j/9n/wv/B/y0A5f/3/9D/1P/V/+n/AADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8wAML/3f/H/8j/0v/h/wAAAAAAAAAAAAAAAAAAAADw/+7/+P8UAOz/7P/s/+z/7P/s//L/7P8UAO3/7P/s/xYA2f/Z/9n/2v8AAOf/3f/a/9z/6v/d/9z/HQDj/+3/5//q/+X/6//r/+D/FwDr/8//yP/L/9b/5P/n/zEA3/8AAAAAAAAAAAAAAAAAAAAA2v/s/+z/7P/s/+z/FgDs/wAAAAAAAPr/AAAAAA8AAADs/+v/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAOr/GADl/+n/6//r/+H/6P8AAAAAAAAAAAAAAAAAAAAA6P/o/+v/7f/r/+f/FwD0/wAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAEQD3/wAAQQC5/8z/AADO/7L/AACF/wAAAAAAAAAAAAAAAAAAAADs/+3/7//2/+3/7P/s/xQA7P/4/+//AAD0/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADf/83/vv/o/9z/DADD/wAAKgDV/+7/6P8AANv/2v/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/9v/4v8PAOz/6v8AAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAABQAAAAAA6v/l/+v/AAAAAPH/7v/V/xQAz//Z/8z/4f8AAAAA2f/t/+z/2v/s/97/7P8YABsA5f/6/wAAAADc/+n/9/8UAOz/8v/x/wAA8//s/+b/AAAAAAAAFAAAAPD/AADs/xQA7f/t//T/7f/s/+z/7v/s/+3/8f/v/+z/7P/t/xQAFQDq/+z/4v/r/+j/6P/r/wAAAAAAAAAAAAAAAAAAAAC7/7f/uv+7/9f/1/83ANL/8f/r/+3/2P8AAAAAGgD2/+P/3v/h/+f/8//c/9j/JwDs/+z/7f/t/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOj/7P/s/+z/7P8WAOv/7P8AAAAAAAAAAAAAAAAAAAAA0//a/7j/+f/0/7X/5P8dABQA7v/5/+7/9//s/+//9v/u//j/AAAAAPf/7v/y/xQAAAAAAAAAAAAAAAAAAAAAANv/DAAAANj/2f/Y/+n/2v/W/wsA6v/p/9v/1f/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9r/6v/q/ycA3f/N/+n/8v8AAAAA7f8UAO//AADs/+n/8v/n/+r/FADr/+v/5/8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPH/6//t/9j/AAAAABoA9v8AAAAAAAAAAAAAAAAAAAAA7P/r/93/7v/r/+r/7P8WAAAAAAAAAAAAAAAAAAAAAAAAAOX/AAAAAO//+f/j/yAA7v/4/wAAAAD3/+7/8v8UAAAAAAAAAAAAAAAAAAAAAAAOAAAA2f/p/+v/0f/r/9j/AAAAAAAAAAAAAAAAAAAAABcADQDT/wAA3f/c/+D/2P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/t/+z/7P/s/w0AxP/A/6n/yv8AAM7/1f/q/xYA6P/t/+z/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANgDp/+T/yP/c/9f/uP/I/wAAJgAAAAAAAAAAANn/8P8AAAAAAAAAAAAAAAAAAAAA9/8UAO7/7P/u//T/7P/v/+v/6P/2//H/AADr/+j/FQDX/wAA6//e/+X/0f8FANb/AAAAAAAAAAAAAAAAAAAAAKz/6f/k/8r/3v+6/xoAxf/q/+n/+v/0//D/5f8ZAOr/7P8UAO3/7v/t/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADq/+z/6//s/+z/7P8VAOv/7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8AABQA4v/r/+f/1//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FwDl//X/7P/t/+b/7v/v//X/AAD6//j/7f/x/xsAAAAAAAAAAAAAAAAAAAAAACEA6v/H/93/2P/M/87/+v/s/+v/2P/U/9P/AAAPAMj/6v/i/+n/6v/p/93/4/8ZAOz/7P/s//D/7v/s/xQA7P/r/+v/7P/s/+z/6/8UAOz/8v8VAPn/AADs/+z/6v/s//D/LADa/+j/3f/r/9b/7v/q//n/8v/2/wAAGwDy//r/2P8AAN//3f/s/+v/AADe/yAAAAAAAAAAAAAAAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/AAD6/wAAEgDb/wAAAAAAAAAAAAAAAAAAAAAAAPL/8/8AAAYAAAATAPD/2P/v/xQA9//s/+7/7P/g/+z/6P/s/+f/8P/w/+X/HAAAAAAAAAAAAAAAAAAAAAAAAADv//P/8v/z//X/FADy/+z/FAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAbAN//0v/J/+T/4//h/+n/8v/s/+v/7P/w/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALQDa/9P/1//V/+T/zf/g//X/AAAAAAAAAAAPAPn/AAAAAAAAAAAAAAAAAAAAAAAA2/8NAOv/6f/p/w8A5f/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgDW/9H/0//f/9X/1//f/wAAAAAAAAAAAAAAAAAAAAC7/+P/+P/m/8j/EADG/wAAEwC+/wsAAAD2/9H/uf/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAFADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v/s//H/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/+r/6//Z/wYA2f/r/wAAAAAAAAAA8v8XAAAA7P/q/+v/6//s/+z/FADr/+//AAAAAPP/9P/s/+7/FADt/xQA7P/u/+z/7P/s/+z/5v8mAPT/6/8AAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAOz/7P/w//f/AAAAAPr/7v/z/xsAKQC8/8f/xP+9/+H/5v/j/6f/GwDl/+X/3f8bANz/2f/n/6j/w//X/yEAoP/3/73/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/FADs/+z/7P8AAO3/7/8AAPL/2P8AANb/AAAAAAAAAAAAAAAAAAAAAPH/3v/1/x8AAADe/+T/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2//h/+H/7v/a/+3/KAAAAAAAAAAAAAAAAAAAAAAA2v8AAOT/2v/g/+H/2P8IAAAADQAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/1//a/+X/7P8WAOv/6//n/xcA4P/q/+f/6//q/+j/CQC2/7r/m/+2//r/6v/J/+H/4v/f/8f/6v/y/xUA6P8AAAAAAAAAAAAAAAAAAAAA1f/Z/97/3P/Y/+b/3f8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8WAO//6/8AAPr/+//s/wAAAAAAAAAAAAAAAAAAAAAHANH/5P/i/9n/1P8AANT/AAAAAAAAAAAAAAAAAAAAAOj/5v/t/9r/FADY/9H/CgDs/+3/8f/v/+z/7P/t/xQA2P/r/+z/5P8jAOn/2P/l//P/8f/4/wAAAADs/xQA7f/I/8D/0/8xAMv/v//H/+P/7f8AAAAAAAAAABIA+P/v/4L/PgCA/9D/y/9z/9b/q//s/xQA7P/t/+z/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv/8mAOH/9v/v//f/3//t/wAAAAAAAAAAAAAAAAAAAADr/xUA6v/r/+v/6//r/+v/6f8YAOr/6f/S/+b/6P/q/wAAAAAAAAAAAAAAAAAAAADi/x0A5//q/+3/6P/h/+j/AAAAAAAAAAAAAAAAAAAAAOr/FQDs/+n/6//s/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//t/+v/6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7P/v/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8VAO3/+P/t/+//7P/y/+z/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA4P8XAOr/3v/p/+z/3f/p/wAAAAAAAAAAAAAAAAAAAADf/ykA5f/Z/9//4//O/97/AAAAAAAAAAAAAAAAAAAAAOn/FQDt//j/7f/v/+z/8v/t/xQA7f/s/+//7v/s/+3/AAAAAAAAAAAAAAAAAAAAAO//7f/4/wAA+v/v/xMA8f/m/+f/FwDp/+n/5//q/+X/AAAAAAAAAAAAAAAAAAAAAO//GQDq/+n/6P/p/+T/6v8AAAAAAAAAAAAAAAAAAAAAg/9qAJz/lv+e/6n/6v+f/wAAAAAAAAAAAAAAAAAAAAAAABkAAAD4//j/+P/o//f/7P/t/+3/+f/t/+z/FADt/wAAGADu/93/4f/p/9f/1/8AAAAAAAAAAAAAAAAAAAAAs//E/9D/w//Q/87/QgDA/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDp//P/8v/y/+v/6v/s/+v/6P/p/+v/7P/m/+f/FwD3/wAAEwDa/xEAvv/I/9P/6v/s/wAA7v/1/xcA6f/s/+D/4/8AAB8A3//P/6b/8v+//8f/fP8AADAAwf/H/+//AAAAAAAAAAAAAAAAAAAAAN7/+//k/97/4v8lANb/y/8AAAAAAAAAAOr/AAAAABcAAAAAAAAAAAAAAAAAAAAAALf/CADY/9L/5P/o/+v/9//Z/wAA9//Y//b/AADb/9j/7f/t/wAAAAD2/xQA7P/s//L/mv+c/6r/2//i/x0A+P8AAAAAAAAAAAAAAAAAAAAA3/8AAN3/2P/a/+v/AAD6/wAAAAAAAAAAAAAAAAAAAADr/wAA5//v//L/9P8OAOf/sf+1//v/uv+9/8n/5/8AAPb/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8YAOz/6v/T/+r/6v/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAOv/7P8AAAAAAAAAAAAAAAAAAAAAAADk/+b/yv+6/ywArP/Q//f/uP/M/8v/v/8pAMX/yP8FAAAAAAAAAAAAAAAAAAAAAAC0/+H/q//G/z4A0v+0/+r/8v8AAAAA7f8UAO//AADs/wAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/8v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/wAAAADZ/+n/6f8GANj/AAAAAAAAAAAAAAAAAAAAACAA3v/B/8v/sP/z/7H/3//m/9f/2//f/+T/2//v/93/2P/s/+H/6v8AACMA2P/s/wAAAAAAAAAAAAAAAAAAAAAoANb/zP/L/8X/1//J//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/97/AADY/93/BQDY//D/AAAAAAAAAAAAAAAAAAAAAOT/3v/q/+n/FADr//f/7f/g/wAA4v/Y/xgA3f/i/8L/6P/T/+j/5//m/wsAAADg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAADP/9f/5//X/+7/1f/0/+v/7f/m/+n/8//s/9//FwDp/+v/6//s/+v/5f8XAOD/AAAAAAAAAAAAAAAAAAAAABQA7P/w/wAA8f/s/+z/7f+///X/zv/W/87/yv8PAMn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+T/6f/Y/+r/2/8iAOz/7P8AAPP/5v/5/xEA3//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb//X/2v/N/9H/4/8oANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+z/9f/7//f/FQDu/+z/7P/z/wAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAA9/8SAPL/AADb/+z/8v8UAOX/6//p/wAA9P8NAAAAAAAAAAAAAAAAABUA7P/t/+z/7P/r/+v/6/8VAOz/y//t//b/AADd/9b/5P/s//r/9P/t/xYA7P/3/wAAAAAAAAAAAAAAAAAAAADs/+r/7P/z/+z/7f8XAPX/AADv/+3/AAAAAAAAEwDy/+z/HADx//n/7//v/+T/9//s/+z/+f/v/+3/7P/v/xQAxf/Q/+r/y//S/8z/LwDK/+r/FQDs/+n/6//s/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPf/AAAPANj/AADc/+7/5//i/wAA2v8AAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+3/7P8UAOz/7P8AAOz/z//T/9z/3/8YAMj/AAAAAAAAAAAAAAAAAAAAAOz/8//x/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/AADz/+z/FADw//b/IAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA9//0/wAA6P/s/+z/2P8tANH/AAD6/+z/5v/U/8v/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7f/s/xQA7P/j/wAA4//l/+z/6P8AAOr/6f8AAPv/7v8AABYA7P/t/9j/6f/l/9r/3P8UANX/AAAtAM3/uP8IAMD/kP/T/93/EwDp/+n/7P/q/wAA6P/Z/9z/AAAAAAAAAAASAAcA8v8AAAAAAAAAAAAAAAAAAAAADQDK/8r/yv/g/+r/9P/p//r/+f/x/wAAAAATAO7/9P/s/+3/7P/3/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/8D/yv/E/w4AwP/B/w8A1//r/+3/7P/t/ygA2//Z/+z/9P8AAAAAAAAUAO3/7v/s/+3/7P/s//L/FADr//H/7v8AAOz/+P/u/xQA7v/s/9//7P8WAOz/7P/r/+r/7P8gAAAAAAAAAAAAAADh/wAAAAAAAAAAAAAAAAAAAAAAAO7/4//n/8L/4P/m/+r/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEA2f/c/9H/5v/e/+H/2P8AAAAAAAAAAAAAAAAAAAAA3v/V/9T/z//c/wgA1v8OAAAAAAAAAAAAAAAAAAAACADT/9r/5v/b/+b/6P/j/xkAJQDk/9X/1f/i/93/0P/S/+n/IAD0/+T/AADs/+D/6P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAACYA4v/D/9T/zf/F/+z/1f85AK3/qP+n/8H/vP/a/8D/7P/5/+f/FADt/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADk/xUA7P/r/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAtv/V/8//t//F/xwA6v/s/+z/7f/t/+3/7P8UAOz/3f/M/9T/0v/X/9H/MQDT//D/7v/4/xQA7P/s/+z/7P8AABUA9f8AAAAA7f/s/wAA6f/q/+r/6//q/+n/FgDo/wAAAAAAAAAAAAAAAAAAAADG/yAA8//e/9z/2//U/+j/7f8UAAAAAAAAAPj/7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+v/4/+v/5P/w/+n/GAAAANL/yf/Q/8D/xP8AANz/AAAAAAAAAAAAAAAAAAAAAOX/7f/w/yIA7v/s/+v/2//f/9//3v/b/+X/3/8hAN7/0v/p/9//2P/p/9T/LQDU/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+z/FADs/+z/6//v/+z/7f/r/9T/FQAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7v/t/+3/FQDu/+7/7//s//b/AADv/xQAAAAlAN//0P/W/+f/6P/b/+r/0/8qAN3/zv/Z/9j/AADi/9b/4P/o/+b/6v8hANn/6f8AAPn/7v8AAAAAAAD3/xMA7P/s/+z/4//s/+v/FgDr/+n/6v/i/+r/7P/r/xcA7P8eAOT/4//W/+P/4//i/9v/AAAAAAAAAAAAAAAAAAAAAOX/AADv/+v/6f/a/9j/EADt/+3/FADu//b/9//s/+3/7f8AAAAAAAAAAPv/EwAAAAcAvv+w/6z/xf+s/xgAwf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf/5/9D/4f/q/+r/7v8AAPf/yv/M/9D/2/8RANv/zP/g/+T/9v/V//D/LgDS/9n/6/8JAOv/7P/s/xYA2//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAA0A7f/t//D/AAD1/+z/AAAUAOn/FwDZ/+r/4//p/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/b/wAA4f/s/9P/JgDu/wAAAAAAAAAAAAAAAAAAAAD4/+r/AAAAAAAA+//n/yEA4//h/wAA2f/e/9j/2P8GAPj/6v8AAAAAAAD7/+f/IQAAAAAAAAAAAAAAAAAAAAAA4//g//r/AADf/9j/BgAAAOn/6v/q/+v/6v/p/xYA6P+p/8n/r//B/7T/8/8sAOP/4f/n/9n/2//c/7j/KQDp/+z/AADw/+z/3v/H/wAA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOD/2f8AANX/8v/I/8H/AAAAAAAAAAAAAAAAAAAAAAwA7f/s/8j/2f/Z/wAAv/8UAO//8P8AAAAA7v/s/+//AAAAAAAAAAAAAAAAAAAAAPn/6//i/+v/6P/i/+P/EwDs/xQA7P/t/+z/7P/s/+v/rv8OAMf/+P/i/7v/8v8AANj/2P8TANj/7f/Z/wAA6/8AAAAAAAAAAAAAAAAAAAAAKwDk/+f/+//u/9j/4P/f/wAAAAAAAAAAAAAAAAAAAADY//r/4//d//f/AADY/woAAAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/3P8gAOb/2f/6/7X/2P+5/8z/w//M/8P/GQDL//T/+v/r/+j/v/+7//r/EQDS/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/z/+n/4f/o//r/6v8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7//y/+z/+/8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAN3/0/8AAOH/yv/s/+//AAAAAAAAAAAAAAAAAAAAANb/5//s/9z/7f8SAAAA5v/d/xUA7P/s/+7/7P/r//L/DAC9/8X/sf/C/+b/AADM/+v/IgDY/9f/3P/Y/8b/3P8AANj/4v/M/8r/6f8UAPf/AAAAAAAAAAAAAAAAAAAAACYAzv+Y/8D/pf+w/+z/p/8AAOn/2P/Y/9z/3f8AANf/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//yP/i/+n/7P/G/zMA1P8AAO//7f8AAAAAAAATAPL/7/8AAPf/FAAAAPD/7P/s/xQA7P/s/+7/7f/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+v/7f/s/+v/AADs/zIAyf/s/+v/5//W/9//4//s/+f/7f/u//b/FQDs//b/AAAAAAAAAAAAAAAAAAAAANf/5v/Z/+X/6f/o/9j/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5v/s/+//7P8VAOn/6//m/+r/FgDr/+r/5//m/+r/AAAAAAAAAAD4//X/AAASAAAAAAAAAAAAAAAAAAAAAACu/8D/w//z/8r/KgD1/9X/3//q/+D/3P/e//T/FwDh/9T/2P8AANj/1//5//n/2P++/9H/5v/J/9f/1P8WAOr/AAAAAAAAAAAAAAAAAAAAAOz/6//s//f/8//s/xUA+v/k/87/1v/J/9z/vf87AMX/EADr/+z/7f/s/9j/9//s/+H/1P/Z/9P/0//P/87/IADu/+//FADt/+z/7f/s/+7/5f8cAOr/5//p/+b/4v/i/+z/AADz/+3/7P8UAOz/7P/X/wAA6//e/+X/0f8FANb/AADS/wAAAAAAAAcA2f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6v/w/wAAAAD2/+z/9f/Y//L/9f/u//r/8P8oAO3/AAAAAAAAAAAAAAAAAAAAANn/1v/h/9n/6//a/ykA5//s/+z/7f/y/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7/8AAAAAAAD0/+z/AAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8UAO3/7f/s/+z/6//g/8f/QwDO/6n/w/+1/8D/x//R/zsA0//g/9T/wP/T/+P/4v8hAOb/6P/e/+D/3f8AAAAAAAAAAAAAAAAAAAAAvP/e/9//DQDJ/9P/2P/h/wAAAAAAAAAA7//w//P/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9n/6//s/wAA7P/m/xEAAAAAAAAAAAAAAAAAAAAAAOH/AADW/9v/4P/N/wAA3P/I/zkA0//N/8z/y//N/8r/7P/s//H/6f/w/+z/FADg/9H/8/8TAOn/6v/g//n/5//i/83/2P+8/9f/5/8mAMP/4v8GALb/zP/1//L/yP8OANf/7//4//f/AAApAOv/5v8AAAAAAAAAAAAAAAAAAAAA6/8XAOz/7P/t/+f/6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/M/+D/2f+8/9f/1/84AN//0P/Z/93/4f8IAAsA7f8AAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xQAAAAAAAAAAAD2/wAA7P/s/+7/7f/s/+3/FADs/wAAAAAAAAAAAAAAAAAAAADY/9j/2//M/9b/EwDn/wAA6f8AABQA6f/b/8P/9f/r/y8A6v+7/9j/8P/e/8T/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//AADo/93/DAAQANr/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6//3/+H/4f8AANL/AADs/+//6P/s/+z/7P8UAOz/6/+//9n/3v/K/9//4//n/+L/4v/W/+D/1v8OAOv/5P/s/+z/7P/t//X/9f8UAAAA0//C/7f/0v/U/9b/PADR/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8//r/wAAFAAVAOv/7P/q//L/7P/r/+v/7P/s/+z/7P/w/xQA6//v/wAAAAAAAAAAAAAAAAAAAADs/+P/7P/u/+3/7P8UAPP/7P/s/+7/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADp/xYA3P/q/+//2//q/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALH/wf/t//H/AADO/83/CgAAAAAAAAAAAAAAAAAAAAAAwf/a/9X/0/8ZAOb/xf/s/+n/1//r/xMAAADm/9z/2f/q/+z/AADu//X/FwDp/+z/AAAAAAAAAAAAAAAAAAAAANf/6//p/+3/6//c/xkA7P/J/xYA6f/t/+n/7f/q/93/4f/6/8r/0//S//D/7v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf/N/9X/0f/6/+r/zv8bAOz/8/8AAAAAAAD1/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAVANz/2f/d/9j/4P/Y/wAA+//U/9b/v//o/+T/DgDr/xcA6//q/9z/7P/p/+z/6/8XAOv/6v/c/+z/6f/s/wAA6v/x/wAAAADd/xIA8/8AAAAAAAAAAAAAAAAAAAAA5v8WAOT/3v/j/9b/0P/N/9P/3P/S/73/0//t/ycAyf/t/+3/FADu//b/9//s/+3/FwDq/+v/6P/r/+r/5//q/+z/6//s/+z/7P/s/+z/FADX/8X/zv/b/9P/1/8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/9r/2f/r/+j/5v/m/xsAAAAAAAAAAAAAAAAAAAAAAN3/0v/l/+v/FAAAAAYA1v/a/+z/+f8jAPH/4//s/9j/2/8rANn/4f/b/9n/1P/X/xQA7f/w/wAAAAD3/+z/9f/t/+3/8P8AAPX/7P8AABQABgALAJ3/CwC5/+7/3//L/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FADm/+j/6v8TAOz/zf/r/xcA6//r/+v/6f/p/+j/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/7P/s/+z/FAAAAOv/2//g/9b/2v/g/wAAAAAAAAAAAAAAAAAAAAAAABQA7f/t//T/7f/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA3v/j/+X/6v/k/9D/7P/y/93/7P/o//D/FADr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAADs//n/AADs/+//7P/r//v/6//t/xUA2v/p/xQA8P8AAN3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/8v/+//i/xgAxv/Q/wAAAAAAAAAAAAAAAAAAAAAAAMH/4P/J/8X/zP8hAMb/AAAAAAAAAAAAAAAAAAAAAPL/9f/u/w8A+/8RAOL/7P8UAO//7/8AAAAA7P/2/+//AAAtAOr/+f8AAOz/1v/y/87/4P/d/+3/6v/S/yAA2P8AAAAAAAAAAAAAAAAAAAAAHQCx/7T/qv+9//P/wv/2/8//w/+x/9P/wP/i/8r/HwDt//P/zf/3/xQA6f/j/8b/FADs/+z/7P/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAC5/xwAzf/A/77/3f/y/7//AAAAAAAAAAAAAAAAAAAAABwA6f/a/+7/6v/s/9b/7P8AAAAAAAAAAAAAAAAAAAAA8f8UAO3/7P/t/+//7P/t/xQA7P/s/+z/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v/v/+z/9v8AAO//FAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA'
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