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
    cue('command-missing', 'PAT-006', /\b(?:command|executable|program|binary|tool) (?:not found|is not installed|does not exist)\b|: command not found\b|: not found$|\bError: not found: [\w.+-]{1,40}$|\bis not recognized as (?:an internal|the name)\b|\bno such (?:command|program)\b|\bnot installed\b|\bexecutable file not found\b|\blinker \x60\S{1,100}\x60 not found\b|\bno '\S{1,60}' command could be found\b|\bJAVA_HOME is not set\b|\bno (?:python )?interpreter (?:was )?found\b|\bno (?:binary|executable) (?:for|found)\b|\bcould not find (?:the )?(?:expected )?(?:browser|chrome|chromium|firefox)\b|\bInterpreterNotFound\b|\bcannot locate python\b|\bcould not find (?:a )?(?:suitable |compatible )?python (?:interpreter|executable|installation)\b|\bMissing script: ["']?[\w:.@/-]{1,100}|\bCommand "[\w:.@/-]{1,100}" not found\b|\bScript not found "[\w:.@/-]{1,100}"/i, 56, true),
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
    features: "b:0 0\nb:0 a\nb:0 a07\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 actual\nb:0 after\nb:0 all\nb:0 alpha1\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 attempt\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b3a\nb:0 b4c\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 between\nb:0 bin\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 building\nb:0 built\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 call\nb:0 cannot\nb:0 cart\nb:0 catch\nb:0 cc\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 clause\nb:0 clean\nb:0 cleanup_file_variables\nb:0 code\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 core\nb:0 could\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 deb12u1\nb:0 debugger\nb:0 decimal\nb:0 def\nb:0 dependencies\nb:0 deprecation\nb:0 descriptors\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 don\nb:0 double\nb:0 during\nb:0 e\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e8f\nb:0 echo\nb:0 efe31b98f2\nb:0 end\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 executing\nb:0 exit\nb:0 exited\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 f\nb:0 f1d2c3b\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 for\nb:0 format\nb:0 found\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 gcc\nb:0 gcr\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 has\nb:0 hash\nb:0 head\nb:0 high\nb:0 home\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 int\nb:0 invalid\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 it\nb:0 items\nb:0 j30\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 lost\nb:0 low\nb:0 m\nb:0 m0s\nb:0 main\nb:0 make\nb:0 measured\nb:0 medium\nb:0 memory\nb:0 message\nb:0 milliseconds\nb:0 min\nb:0 minutes\nb:0 missing\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 ms\nb:0 multiple\nb:0 n\nb:0 name\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 no\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 operation\nb:0 or\nb:0 origin\nb:0 p\nb:0 package\nb:0 packages\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 prepare_executor\nb:0 previous\nb:0 print\nb:0 problems\nb:0 projects\nb:0 pub\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 ran\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 release\nb:0 repack\nb:0 requires\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 saas\nb:0 scenarios\nb:0 sec\nb:0 second\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 sh\nb:0 sha\nb:0 shellcheck\nb:0 should\nb:0 simple\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 source\nb:0 spond\nb:0 src\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t09\nb:0 t10_00_00_000\nb:0 t12\nb:0 t17\nb:0 t20\nb:0 t21\nb:0 tar\nb:0 target\nb:0 task\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 title\nb:0 tmp\nb:0 to\nb:0 too\nb:0 total\nb:0 true\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu1_amd64\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unused\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 v\nb:0 var\nb:0 variable\nb:0 verify\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xfailed\nb:0 z\nb:0 zig\nb:a 0\nb:a at\nb:a b\nb:a bash\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a directory\nb:a e\nb:a expected\nb:a failure\nb:a feeds\nb:a few\nb:a file\nb:a free\nb:a g\nb:a healthy\nb:a i\nb:a invoices\nb:a is\nb:a k\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a missing\nb:a n\nb:a new\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a promise\nb:a proxy\nb:a r\nb:a received\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a s\nb:a shutdown\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a test\nb:a u\nb:a v\nb:a valid\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:aaa api\nb:aaa go\nb:aashish thapa\nb:ab0x go\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:action download\nb:action guilouro\nb:action https\nb:action output\nb:action repository\nb:action tarball\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actions 0\nb:actions checkout\nb:actions runner\nb:actions runs\nb:actions setup\nb:actions task\nb:actual 0\nb:actual behavior\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add the\nb:added 0\nb:added go\nb:added to\nb:addition works\nb:additional logging\nb:address all\nb:addresses should\nb:admin py\nb:admin web\nb:advisories 0\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:affect your\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after changing\nb:after running\nb:agent 0\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent hooks\nb:agent hosted\nb:agent machine\nb:agent name\nb:agent process\nb:agent running\nb:agent version\nb:agent_1 container\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:all artifacts\nb:all dependencies\nb:all error\nb:all false\nb:all files\nb:all issues\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all test\nb:all tests\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allowed time\nb:alphabetical case\nb:also home\nb:always auth\nb:always error\nb:always fails\nb:ambroisie test\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:an agent\nb:an argument\nb:an error\nb:an exception\nb:an item\nb:an iterator\nb:an s\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and audited\nb:and contributors\nb:and deleting\nb:and file\nb:and firewall\nb:and has\nb:and hooks\nb:and instead\nb:and is\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and sub\nb:and test\nb:and that\nb:and the\nb:and upgrading\nb:and value\nb:and word\nb:android 0\nb:android log\nb:android sdk\nb:android support\nb:android tools\nb:annotation unchecked\nb:anonymous file\nb:anonymous test\nb:any changes\nb:any of\nb:any whl\nb:anything in\nb:anything that\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache org\nb:api 0\nb:api aaa\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api github\nb:api gradle\nb:api internal\nb:api proto\nb:api src\nb:api tasks\nb:api users\nb:apis proto\nb:apk add\nb:app build\nb:app compile\nb:app css\nb:app data\nb:app features\nb:app help\nb:app lint\nb:app login\nb:app notes\nb:app onepager\nb:app prototypes\nb:app py\nb:app src\nb:app ts\nb:appcompat v7\nb:appears to\nb:application ex\nb:application spec\nb:applies a\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt get\nb:archinstall archinstall\nb:archinstall lib\nb:architecture x64\nb:archive ubuntu\nb:are 0\nb:are allowed\nb:are behind\nb:are deprecated\nb:are for\nb:are identical\nb:are incorrectly\nb:are looking\nb:are no\nb:are not\nb:are relying\nb:are sixty\nb:are trimmed\nb:are trying\nb:are understood\nb:area tests\nb:args cmake\nb:argument error\nb:argument named\nb:arguments but\nb:arm64 0\nb:arm64 readme\nb:around keyword\nb:around operator\nb:array 0\nb:arrays are\nb:artifact junit\nb:artifacts clone\nb:artifacts for\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as explicit\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u64\nb:as vsts\nb:assembling a\nb:assert 0\nb:assert a\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:associated with\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at test\nb:at the\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attribute access\nb:attribute of\nb:audit due\nb:audit fix\nb:audit for\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:authenticating and\nb:author microsoft\nb:auto update\nb:automatic dependency\nb:available checksums\nb:avg c\nb:avoid a\nb:avoid using\nb:awesomeness has\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure archive\nb:azure devops\nb:azure pipelines\nb:b 0\nb:b a\nb:b b\nb:b build\nb:b c\nb:b d55\nb:b e\nb:b err\nb:b f\nb:b go\nb:b i\nb:b l\nb:b main\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b y\nb:b1a9 travis\nb:b1f0ba2 0\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b_ a\nb:b_ t\nb:babel parser\nb:backend api\nb:backend ci\nb:backend svc\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base base\nb:base container\nb:base h\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bb code\nb:bc run\nb:be 0\nb:be a\nb:be because\nb:be built\nb:be completed\nb:be converted\nb:be empty\nb:be equal\nb:be expected\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be one\nb:be reformatted\nb:be resolved\nb:be reused\nb:be src\nb:be strictly\nb:be suffixed\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be used\nb:be within\nb:because flutter_api_samples\nb:because locked\nb:because no\nb:because of\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been moved\nb:been received\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before continuing\nb:before declaration\nb:before identifier\nb:before it\nb:before making\nb:before the\nb:before token\nb:behind a\nb:being treated\nb:belanyi fr\nb:below zero\nb:bergmann and\nb:berui kotlin\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing rb\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin dsafio\nb:bin git\nb:bin go\nb:bin links\nb:bin ninja\nb:bin node\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:bind home\nb:bind p\nb:bintray com\nb:bitwise warnings\nb:bk ci\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blocks its\nb:bodies of\nb:body did\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:branch main\nb:branch master\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridgecrewio checkov\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:build 0\nb:build agent\nb:build and\nb:build as\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build codec_test\nb:build ctest\nb:build d\nb:build date\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build g\nb:build gradle\nb:build has\nb:build id\nb:build itself\nb:build j2\nb:build john\nb:build libs\nb:build log\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build or\nb:build output\nb:build prod\nb:build queued\nb:build reference\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build test\nb:build timed\nb:build type\nb:build ubuntu\nb:build variables\nb:builddir meson\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:builds acme\nb:builds ci\nb:builds jobsys\nb:builds platform\nb:builds private\nb:builds timekit\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler audit\nb:bundlers node_modules\nb:busted test\nb:but does\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but they\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by severity\nb:by summing\nb:by the\nb:by this\nb:by time\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c e\nb:c gcc\nb:c h\nb:c i\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c r\nb:c s0103\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c text\nb:c u\nb:c users\nb:c v\nb:c w\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c1d2e3 update\nb:c1e 0\nb:c2065 current\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2146 syntax\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache bazel\nb:cache dir\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache npm\nb:cache opt\nb:cache restored\nb:cache service\nb:cache size\nb:cache true\nb:cached dependency\nb:cachedir pytest_cache\nb:caddy api\nb:caddy caddy\nb:caddy latest\nb:call failed\nb:callback until\nb:called if\nb:calls runtime\nb:can be\nb:can cause\nb:can fix\nb:can happen\nb:can only\nb:can t\nb:can use\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:captioner py\nb:cardreader cs\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo test\nb:cargo toml\nb:cart applies\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart src\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:catch err\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd var\nb:cell 0\nb:central https\nb:cfg conf\nb:cfg dotfiles\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:changed but\nb:changed significantly\nb:changed source\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking job\nb:checking out\nb:checkout deploy\nb:checkout f\nb:checkout ledger\nb:checkout progress\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:christophe documents\nb:chunks dep\nb:ci 0\nb:ci agent\nb:ci build\nb:ci can\nb:ci dockerfile\nb:ci sardonyx\nb:ci src\nb:ci worker\nb:circle c\nb:circleci project\nb:circus build\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:client api\nb:client git\nb:client py\nb:client retry\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client ts\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:cloning into\nb:close the\nb:closed during\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code loomy\nb:code paisa\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codegen cpp\nb:codehaus mojo\nb:col 0\nb:collect2 error\nb:collected 0\nb:collecting collected\nb:collecting tests\nb:collection import\nb:colr property\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com data\nb:com default\nb:com embedded\nb:com ethereum\nb:com example\nb:com extraheader\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com http\nb:com increase\nb:com infra\nb:com inverse\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com lowagie\nb:com maps\nb:com metrics\nb:com netkit\nb:com netops\nb:com nvuillam\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com rails\nb:com repos\nb:com retry\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com usnistgov\nb:command bin\nb:command c\nb:command command\nb:command did\nb:command exited\nb:command failed\nb:command home\nb:command in\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command usr\nb:command_spec lua\nb:commas inside\nb:comment or\nb:commit 0\nb:commit message\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compatible set\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile c\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile orders\nb:compile release\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling c\nb:compiling distribution\nb:compiling stackage\nb:compiling stg\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed is\nb:completed with\nb:compliant with\nb:component 0\nb:component html\nb:component_test ts\nb:components small\nb:composer json\nb:composer plugin\nb:composer update\nb:compute agent\nb:compute cache\nb:computed to\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:config 0\nb:config c\nb:config changes\nb:config cmake\nb:config config\nb:config deploy\nb:config file\nb:config isn\nb:config js\nb:config json\nb:config nim\nb:config remote\nb:config set\nb:config trim_trailing_whitespace\nb:configr configr\nb:configuration classpath\nb:configuration file\nb:configuring done\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection anything\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider using\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:consumer http\nb:contain a\nb:contain package\nb:container 0\nb:container build\nb:container fragment\nb:content differs\nb:content hash\nb:content security\nb:content type\nb:contents read\nb:context anonymous\nb:context deadline\nb:context home\nb:context of\nb:continue due\nb:controller java\nb:converted to\nb:copy c\nb:copyright information\nb:copyright u\nb:core 0\nb:core app\nb:core csproj\nb:core jar\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could be\nb:could n\nb:could not\nb:couldn t\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coupon 0\nb:coupon never\nb:coverage 0\nb:coverage badge\nb:covered class\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu family\nb:cpu x86_64\nb:cr 0\nb:crates corp\nb:crates io\nb:crc builddir\nb:crc crc\nb:create meeting\nb:create seed\nb:created at\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials specified\nb:credentials true\nb:critical 0\nb:cronjs parser\nb:cross site\nb:crypto_sign falcon\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:cspell json\nb:csproj error\nb:csproj in\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csys 0\nb:ctest changing\nb:ctest test\nb:curl 0\nb:curl f\nb:curl fs\nb:current agent\nb:current c\nb:current context\nb:current image\nb:current runner\nb:current undeclared\nb:cusr 0\nb:custom british\nb:cwiki apache\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d ds\nb:d e\nb:d e_\nb:d f\nb:d failed\nb:d failure\nb:d i\nb:d in\nb:d is\nb:d k\nb:d key\nb:d l\nb:d l3013\nb:d m\nb:d math\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s\nb:d s_6b1e4f7ab1ec\nb:d t\nb:d tests\nb:d timed\nb:d u\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d_ a\nb:d_ l\nb:d_ t\nb:daemon at\nb:daemon running\nb:daemon toomanyrequests\nb:dangerously allow\nb:dart 0\nb:dart md\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data from\nb:data local\nb:data main\nb:data roaming\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date with\nb:dates dates\nb:david projects\nb:days test\nb:db git\nb:dbkit integration\nb:deadline exceeded\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debug deps\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug target\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations move\nb:declarative checkout\nb:deep equal\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:default and\nb:default cli\nb:default compile\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default test\nb:default the\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:demospring rest\nb:denial of\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies n\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependency and\nb:dependency conflicts\nb:dependency is\nb:dependency lock\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated raise\nb:deprecated use\nb:deprecation warning\nb:depth 0\nb:depth set\nb:dereferenced by\nb:description get\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop lando\nb:desktop test\nb:destructure property\nb:detached h\nb:details feature\nb:details home\nb:details https\nb:detect undefined\nb:detected for\nb:detected in\nb:detecting c\nb:detector test\nb:detectors android\nb:dev null\nb:dev optional\nb:dev rnp\nb:dev server\nb:dev src\nb:dev templates\nb:dev vuln\nb:device home\nb:devops pipelines\nb:diagnostics debug\nb:dial tcp\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:differs from\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory true\nb:disabled by\nb:discount code\nb:dispatch v1\nb:display m\nb:dist build\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:django contrib\nb:do not\nb:do s\nb:doc tests\nb:docker 0\nb:docker build\nb:docker com\nb:docker daemon\nb:docker dockerfile\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:docs concepts\nb:docs faq\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet sdk\nb:dotnet10 dotnet\nb:double quote\nb:download action\nb:download all\nb:download info\nb:download page\nb:downloading flutter\nb:downloading task\nb:downloads example\nb:drone git\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duplicate selector\nb:duplicate selectors\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:e 0\nb:e a\nb:e assertion\nb:e build\nb:e c\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e d\nb:e data\nb:e e\nb:e f\nb:e failed\nb:e fix\nb:e full\nb:e home\nb:e is\nb:e l\nb:e l_\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e o\nb:e p\nb:e q\nb:e r\nb:e release\nb:e s\nb:e specification\nb:e switch\nb:e t\nb:e u\nb:e unable\nb:e w\nb:e where\nb:e work\nb:e x\nb:e0277 a\nb:e0308 mismatched\nb:e0401 unable\nb:e0425 cannot\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ b\nb:e_ c\nb:e_ d\nb:e_ p\nb:e_path cc\nb:echo build\nb:edeandrea xjc\nb:edge proxy\nb:editor config\nb:efe31b98f2 found\nb:egeria open\nb:elapsed time\nb:elements of\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty subject\nb:en latest\nb:enable full\nb:encoding u\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entities js\nb:entities lib\nb:entry for\nb:entrypoint file\nb:env 0\nb:env g\nb:environment 0\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variable\nb:environment will\nb:eo pipefail\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality 0\nb:equality of\nb:erb 0\nb:erl 0\nb:err http\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:error 0\nb:error a\nb:error allow\nb:error and\nb:error assert\nb:error at\nb:error attempt\nb:error bad\nb:error c\nb:error c2065\nb:error c2146\nb:error can\nb:error cannot\nb:error code\nb:error command\nb:error could\nb:error deployment\nb:error during\nb:error e\nb:error e0277\nb:error e0308\nb:error e0425\nb:error empty\nb:error encountered\nb:error errno\nb:error error\nb:error executing\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error file\nb:error files\nb:error for\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error install\nb:error instead\nb:error key\nb:error killed\nb:error ld\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error log\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error msg\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error on\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error run\nb:error running\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error test\nb:error the\nb:error this\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error unused\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error we\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors in\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:ev issue\nb:even 0\nb:events 0\nb:ex 0\nb:ex unit\nb:example 0\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example github\nb:example left\nb:example lint\nb:example net\nb:example org\nb:example port\nb:example reports\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exception connection\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exception was\nb:exclude tests\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:executer execute\nb:executer java\nb:executing command\nb:executing step_script\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist in\nb:exist with\nb:existing resource\nb:exit 0\nb:exit code\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect apply\nb:expect received\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export const\nb:export function\nb:exported exported\nb:exported method\nb:exported type\nb:express typescript\nb:expression creates\nb:expression has\nb:external packages\nb:extra node_modules\nb:extra semicolon\nb:extreme prejudice\nb:f 0\nb:f a\nb:f c\nb:f f\nb:f i\nb:f l\nb:f o\nb:f p\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:false to\nb:false true\nb:family x86_64\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features plugins\nb:features seeds\nb:features steps\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch js\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching the\nb:few minutes\nb:field browser\nb:field name\nb:file 0\nb:file based\nb:file builds\nb:file c\nb:file content\nb:file details\nb:file does\nb:file error\nb:file extension\nb:file f\nb:file failed\nb:file from\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file provided\nb:file run\nb:file src\nb:file sync\nb:file test\nb:file this\nb:file to\nb:file users\nb:file usr\nb:file would\nb:files 0\nb:files are\nb:files c\nb:files file\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files ringbuf\nb:files tests\nb:files to\nb:files took\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:finalize job\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find gem\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first in\nb:first out\nb:first person\nb:first used\nb:first_upper s\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed coupon\nb:fixed in\nb:fixed value\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter pub\nb:flutter release\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt check\nb:fn first_upper\nb:fn is_empty_list\nb:fn once\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following vulnerability\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for async\nb:for changes\nb:for configuration\nb:for details\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for installation\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for project\nb:for projects\nb:for python\nb:for registry\nb:for rust\nb:for setup\nb:for stable\nb:for swift\nb:for system\nb:for task\nb:for the\nb:for this\nb:for ubuntu\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force b\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:form vue\nb:format failed\nb:format github\nb:format h\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting delete\nb:formatting output\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found but\nb:found composer\nb:found error\nb:found errors\nb:found fatal\nb:found for\nb:found in\nb:found packages\nb:found return\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework src\nb:framework test\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from c\nb:from commit\nb:from daemon\nb:from distribution\nb:from file\nb:from formatting\nb:from git\nb:from home\nb:from https\nb:from instrument\nb:from ledger\nb:from lock\nb:from material\nb:from node\nb:from src\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from typing\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:frontend src\nb:frozen false\nb:frozen installation\nb:frozen lockfile\nb:fs js\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full stack\nb:func1 0\nb:function fn\nb:function j\nb:function spec\nb:function total\nb:functionality has\nb:functions are\nb:fund for\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g on\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g_ m\nb:gateway addresses\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gconnect 0\nb:gcr io\nb:gem install\nb:gemfile lock\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate the\nb:generated 0\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator next\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get a\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get more\nb:get selected\nb:get sources\nb:get the\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting source\nb:ggml c\nb:gi b\nb:git belanyi\nb:git bin\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git could\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git fetch\nb:git file\nb:git github\nb:git https\nb:git hub\nb:git init\nb:git log\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git sr\nb:git submodules\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:github aashish\nb:github actions\nb:github com\nb:github edeandrea\nb:github formatter\nb:github io\nb:github repo\nb:github src\nb:github workflows\nb:github workspace\nb:gitlab com\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob versions\nb:global git\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go caddy\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go pkg\nb:go protoparser\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:goes below\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got key\nb:got the\nb:gpg could\nb:grace period\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle exception\nb:gradle execution\nb:gradle internal\nb:gradle kts\nb:gradle org\nb:gradle plugin\nb:greater than\nb:green 0\nb:greeting component_test\nb:grep v\nb:grgit 0\nb:groups get\nb:guide rules\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h e\nb:h h600\nb:h i\nb:h o\nb:h p\nb:h ref\nb:h s\nb:h t\nb:h u\nb:h0m0s timeout\nb:h600 compilation\nb:had changes\nb:handbook docs\nb:handle standard\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has correct\nb:has exceeded\nb:has no\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash validation\nb:hashmap hashmap\nb:haskell cabal\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have added\nb:have been\nb:have comment\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:header filter\nb:header in\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help change\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help you\nb:helper py\nb:here for\nb:here is\nb:hhp hs\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:hint make\nb:hint used\nb:hit for\nb:hive simulators\nb:home abuild\nb:home breadcrumbs\nb:home cholerae\nb:home circleci\nb:home dev\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hosted runner\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html entities\nb:html erb\nb:html needless_borrow\nb:html needless_return\nb:html shell\nb:http 0\nb:http archive\nb:http azure\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http_client 0\nb:https aka\nb:https api\nb:https bandit\nb:https conda\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https nvuillam\nb:https osv\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https spdx\nb:https stylelint\nb:https www\nb:hub action\nb:hub actions\nb:i 0\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i g\nb:i get\nb:i in\nb:i info\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i t\nb:i try\nb:i u\nb:i unsafe\nb:i x\nb:ibis bigquery\nb:icons mdi\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identical details\nb:identification is\nb:identified with\nb:identifier c\nb:identifier current\nb:identifier header\nb:identifier of\nb:idx 0\nb:if c\nb:if i\nb:if it\nb:if items\nb:if n\nb:if out\nb:if returning\nb:if the\nb:if this\nb:if true\nb:if v\nb:if you\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:image debian\nb:image docker\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images ubuntu\nb:images windows\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc src\nb:immediately dereferenced\nb:implementation of\nb:implemented for\nb:implications associated\nb:implied by\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import os\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib init__\nb:importlib report\nb:imports are\nb:imports on\nb:in 0\nb:in a\nb:in action\nb:in apt\nb:in assignment\nb:in async\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in connect\nb:in d\nb:in deploy\nb:in deployment\nb:in file\nb:in first\nb:in function\nb:in go\nb:in home\nb:in import_module\nb:in module\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in source\nb:in src\nb:in stdlib\nb:in sync\nb:in the\nb:in this\nb:in thread\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:inc packetfence\nb:include the\nb:include workspace\nb:included software\nb:incompatible types\nb:inconsistent vendoring\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicate success\nb:indicates a\nb:ineffective mark\nb:info 0\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info msg\nb:info or\nb:info syncing\nb:info there\nb:information 0\nb:information about\nb:information visit\nb:infra mirror\nb:infra retry\nb:init d\nb:init home\nb:init users\nb:init__ py\nb:initialize job\nb:initialized empty\nb:initializing the\nb:inner declarations\nb:input files\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install and\nb:install before\nb:install dependencies\nb:install error\nb:install frozen\nb:install g\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install registry\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install v1\nb:install which\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing environment\nb:instance of\nb:instance travis\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:int as\nb:int cannot\nb:int error_count\nb:integration integration\nb:integrity check\nb:intentional prefix\nb:interface tools\nb:internal 0\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal modules\nb:internal mojo\nb:internal operations\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into a\nb:into directory\nb:into example\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:inverse inc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io en\nb:io hashicorp\nb:io i\nb:io index\nb:io mega\nb:io rust\nb:io user\nb:iot sensor\nb:ipynb cell\nb:is 0\nb:is a\nb:is an\nb:is assigned\nb:is available\nb:is called\nb:is canceled\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is in\nb:is intentional\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is running\nb:is set\nb:is stopped\nb:is the\nb:is undefined\nb:is users\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:isn t\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:issues reached\nb:it before\nb:it can\nb:it fails\nb:it for\nb:it has\nb:it i\nb:it resolves\nb:it s\nb:it should\nb:it starts\nb:it was\nb:it with\nb:item costing\nb:item yesterday\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:its network\nb:its progress\nb:j a\nb:j d\nb:j s\nb:j2 c\nb:jar 0\nb:jar c\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jest circus\nb:job 0\nb:job cleanup\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:jobs 0\nb:jobs and\nb:jobsys queue\nb:john sundell\nb:jonesn idea\nb:jooq gradle\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:julia stdlib\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:k 0\nb:k a\nb:k b\nb:k but\nb:k e\nb:k e_\nb:k f\nb:k f_to_c\nb:k i\nb:k n\nb:k t\nb:k version\nb:k8s deploy\nb:kata check_s390x_test\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key error\nb:key failed\nb:key not\nb:key should\nb:key the\nb:keygen c\nb:keymanapp dependency\nb:keystore models_test\nb:keyword parameter\nb:ki b\nb:killed signal\nb:kind fixed\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known discount\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:koen desktop\nb:kotlin koans\nb:kotlin plugins\nb:kt 0\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y\nb:l3013 pin\nb:l_ u\nb:label n\nb:landing landing\nb:lando lando\nb:lando master\nb:lando netfx40\nb:lang github\nb:lang r\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:latest blacklists\nb:latest false\nb:latest v0\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy peer\nb:len 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:let or\nb:let sum\nb:let top\nb:level 0\nb:level error\nb:level info\nb:level package\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib buildkite\nb:lib cabal\nb:lib due\nb:lib example\nb:lib gconnect\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib jenkins\nb:lib legacy\nb:lib lib\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libc6 dev\nb:library core\nb:library for\nb:libtonode tests\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license list\nb:license needs\nb:license ref\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses or\nb:licenses without\nb:lifecycle internal\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line length\nb:line of\nb:line too\nb:lines of\nb:link build\nb:link plugins\nb:link u\nb:linked openproject\nb:linker for\nb:linkid 0\nb:linking c\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint report\nb:lint suspicious\nb:linted 0\nb:linter actions\nb:linux amd64\nb:linux extras\nb:linux gnu\nb:linux nopie\nb:linux or\nb:linux python\nb:linux small\nb:linux x64\nb:liquid haskell\nb:liquidhaskell cabal\nb:list found\nb:list of\nb:list stub\nb:lists txt\nb:lite badge\nb:littpi net\nb:live log\nb:llama cpp\nb:load 0\nb:load config\nb:load database\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading for\nb:local go\nb:local lib\nb:local microsoft\nb:local package\nb:local pf\nb:local share\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location path\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log of\nb:log output\nb:logging output\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:looking for\nb:looking in\nb:looks like\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low go\nb:lowagie pdfkit\nb:lower snake\nb:lower_snake_case such\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m b\nb:m bs\nb:m change\nb:m d\nb:m d013\nb:m e\nb:m error\nb:m execution\nb:m failed\nb:m i\nb:m is\nb:m l\nb:m m\nb:m npm\nb:m o\nb:m p\nb:m pytest\nb:m run\nb:m s\nb:m start\nb:m t\nb:m w\nb:m0s this\nb:m2 settings\nb:m2 toolchains\nb:m2repository com\nb:m_ l\nb:m_ n\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:macos macos\nb:made by\nb:maierj fastlane\nb:main g\nb:main go\nb:main i\nb:main java\nb:main js\nb:main main\nb:main refs\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main zig\nb:make 0\nb:make error\nb:make files\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:making global\nb:manager gitlab\nb:manager go\nb:manually started\nb:many requests\nb:many return\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:marked as\nb:marketing landing\nb:marking the\nb:master https\nb:master index\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matching distribution\nb:matching files\nb:matching package\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:max git\nb:max issues\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may be\nb:may increase\nb:may not\nb:may take\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:measured 0\nb:mega linter\nb:megalinter io\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:memory or\nb:meson build\nb:meson setup\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata org\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method parentheses\nb:method running\nb:metrics counter\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minutes 0\nb:minutes are\nb:minutes marking\nb:mirror sync\nb:mismatch the\nb:mismatched types\nb:missing before\nb:missing binary\nb:missing docstring\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mod but\nb:mod dial\nb:mod readonly\nb:mode after\nb:model bin\nb:model test\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules cjs\nb:modules find\nb:modules packages\nb:modules txt\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:money rb\nb:more dependencies\nb:more details\nb:more info\nb:more information\nb:more log\nb:more than\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:msg loaded\nb:msg process\nb:msg reading\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple___ spaces\nb:multiplication with\nb:must be\nb:must end\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:n 0\nb:n a\nb:n actionlint\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n skipping\nb:n t\nb:n test\nb:n tools\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:name actionpack\nb:name assertion\nb:name azure\nb:name build\nb:name err\nb:name fv\nb:name gateway\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name or\nb:name test\nb:name w\nb:name_ should_\nb:named shapely\nb:namespace has\nb:native build\nb:native castle\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:needs network\nb:needs review\nb:needs to\nb:nested steps\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netfx40 csproj\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network git\nb:network if\nb:network request\nb:never goes\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new object\nb:new ref\nb:newline after\nb:newline n\nb:newtonsoft json\nb:next anonymous\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:no audit\nb:no cache\nb:no cacheprovider\nb:no color\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no unknown\nb:no unused\nb:no var\nb:no versions\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node net\nb:node sha256\nb:node test\nb:node v10\nb:node v20\nb:node v4\nb:node version\nb:node_config in\nb:node_modules babel\nb:node_modules jest\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules uvu\nb:node_modules vite\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non matching\nb:non zero\nb:none any\nb:none listed\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not run\nb:not set\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note referenced\nb:note some\nb:note warn\nb:notebook cleanup\nb:notes app\nb:nothing provides\nb:notice s\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm ci\nb:npm config\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu get\nb:nuget org\nb:null 0\nb:null continue\nb:null null\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:nvm versions\nb:nvuillam github\nb:nvuillam mega\nb:o 0\nb:o a\nb:o b\nb:o building\nb:o c\nb:o compiling\nb:o d\nb:o detecting\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o g\nb:o i\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o0 o\nb:o111 m\nb:o2 wall\nb:o_ m\nb:object anonymous\nb:object c\nb:object is\nb:object to\nb:object where\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:oes src\nb:of 0\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of different\nb:of false\nb:of get\nb:of is\nb:of its\nb:of l\nb:of left\nb:of locate\nb:of memory\nb:of module\nb:of namespace\nb:of p\nb:of package\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of req\nb:of service\nb:of spaces\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:offenses detected\nb:offline during\nb:offline mode\nb:offline packages\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:ole planet\nb:on 0\nb:on a\nb:on agent\nb:on an\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on dependencies\nb:on device\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on runner\nb:on swift\nb:on the\nb:on this\nb:on type\nb:on your\nb:once call_once\nb:once installed\nb:one of\nb:one or\nb:onepager component\nb:onepager onepager\nb:only allow\nb:oo8i vb\nb:opam 0\nb:opam opam\nb:open deep\nb:open metadata\nb:open protocol\nb:open t\nb:openemr services\nb:openemr sites\nb:openproject gitlab_integration\nb:operating system\nb:operation could\nb:operation timed\nb:operation was\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option to\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or more\nb:or npm\nb:or one\nb:or service\nb:or something\nb:or that\nb:or windows\nb:order java\nb:order service\nb:ordered fetch\nb:orders git\nb:orders order\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org example\nb:org gradle\nb:org junit\nb:org licenses\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin main\nb:origin url\nb:orphan processes\nb:os imported\nb:osv dev\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output package\nb:output run\nb:output src1489103279\nb:over elements\nb:override d\nb:overriding h\nb:overwrite settings\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p l\nb:p m\nb:p m_\nb:p n\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p to\nb:p tsconfig\nb:p u\nb:p y\nb:package a\nb:package configuration\nb:package content\nb:package cosmos\nb:package d\nb:package dependencies\nb:package for\nb:package git\nb:package github\nb:package handle\nb:package is\nb:package jdk\nb:package json\nb:package level\nb:package lock\nb:package microsoft\nb:package pkg\nb:package resolved\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages net\nb:packages nuget\nb:packages please\nb:packages react\nb:packages src\nb:packages when\nb:packetfence go\nb:pad failed\nb:padding spaces\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:panic free\nb:panic ok\nb:panic test\nb:panicked at\nb:panicking rs\nb:parameter equals\nb:parameter of\nb:parentheses are\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse resolve\nb:parse test\nb:parse units\nb:parse_test go\nb:parser from\nb:parser hs\nb:parser lib\nb:parser py\nb:parser test\nb:parsing a\nb:part of\nb:partition 0\nb:pasha code\nb:pass 0\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:password g\nb:patched versions\nb:path 0\nb:path is\nb:path opt\nb:path tex\nb:pathutil pathutil\nb:pattern go\nb:pdfkit core\nb:pdfkit pdfkit\nb:peer deps\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:perf data\nb:performance tests\nb:period terminating\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:php 0\nb:php array\nb:php return\nb:php v2\nb:phpkit slugger\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:pid 0\nb:pin versions\nb:pinot tools\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip vendor\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:planet myplanet\nb:platform deploy\nb:platform ops\nb:please read\nb:please run\nb:please update\nb:please upgrade\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins are\nb:plugins linked\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:pmd foo\nb:pmd plugin\nb:pnpm install\nb:pods 0\nb:poetry lock\nb:policy deny_test\nb:pool host\nb:pool main\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post job\nb:post resolution\nb:post run\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:pr go\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparing the\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:prettier check\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:proceed with\nb:process completed\nb:process did\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:processing wheels\nb:processor should\nb:prod exited\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:programming scratch\nb:progress deadline\nb:progress force\nb:progress meter\nb:project 0\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project name\nb:project org\nb:project src\nb:project version\nb:project w\nb:projectcleverweb lastautoindex\nb:projects egeria\nb:projects openemr\nb:projects users\nb:promise ensure\nb:properly see\nb:properties of\nb:property colr\nb:property line\nb:property no\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:pub fn\nb:pub get\nb:public acls\nb:public class\nb:publish py\nb:pull 0\nb:pull image\nb:pull rate\nb:pulling docker\nb:push 0\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py reports\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_timeout_is_retried\nb:py3 none\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python m\nb:python names\nb:python sha256\nb:python v5\nb:python version\nb:python3 0\nb:python3 m\nb:q l_\nb:q p\nb:q u\nb:qty 0\nb:quant timeseries\nb:queue js\nb:queue lib\nb:queue queue\nb:queued 0\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r e\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r m\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r p\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r retrying\nb:r reuse\nb:r s\nb:r script\nb:r see\nb:r stack\nb:r t\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r var\nb:r x\nb:r y\nb:r_ a\nb:r_ p\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:range start\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:ray6y documents\nb:rb 0\nb:rb git\nb:rb money\nb:re run\nb:reached the\nb:reached your\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read errors\nb:read file\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:reading prototype\nb:readme md\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:ref 0\nb:ref and\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:reference c\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refused connect\nb:reg exp\nb:register layer\nb:registry https\nb:registry npm\nb:registry npmjs\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release cmake\nb:release gpg\nb:release kotlin\nb:release sh\nb:release skipped\nb:release target\nb:release timed\nb:release yml\nb:releases download\nb:releases protoc\nb:releases tag\nb:relying on\nb:remaining 0\nb:remote add\nb:remote git\nb:remote origin\nb:remotes origin\nb:remove build\nb:remove return\nb:remove the\nb:renamed to\nb:render engine\nb:renders the\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report at\nb:report attribute\nb:report py\nb:report ui\nb:reported issue\nb:reporter github\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repository acme\nb:repository actions\nb:repository apis\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository https\nb:repository in\nb:repository maps\nb:repository maven\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:repository timekit\nb:req capability\nb:request handler\nb:request py\nb:request timed\nb:request to\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required plugins\nb:required tasks\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset by\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolve s\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resolving to\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response status\nb:rest src\nb:restore cache\nb:restored successfully\nb:restricted to\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retrying fetch\nb:return 0\nb:return bootstrap\nb:return statement\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned error\nb:returned exit\nb:returning a\nb:reuse docs\nb:reuse latest\nb:reuse lint\nb:rev parse\nb:review other\nb:revision 0\nb:revive exported\nb:right failed\nb:ring c\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root md\nb:root project\nb:rootdir home\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs cargo\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs parser\nb:rs tmp\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby json\nb:ruby setup\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules property\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run bash\nb:run build\nb:run can\nb:run cargo\nb:run cmake\nb:run composer\nb:run curl\nb:run dtolnay\nb:run elm\nb:run failed\nb:run go\nb:run gradlew\nb:run index\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run pip\nb:run poetry\nb:run prettier\nb:run profiler\nb:run python\nb:run ruby\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run tsc\nb:run uv\nb:run with\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner git\nb:runner go\nb:runner has\nb:runner image\nb:runner images\nb:runner is\nb:runner m2\nb:runner npm\nb:runner process\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs of\nb:runtime test\nb:rust 0\nb:rust clippy\nb:rust lang\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s 0\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s c\nb:s c2086\nb:s chars\nb:s connection\nb:s create\nb:s d\nb:s e\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s microsoft\nb:s n\nb:s o\nb:s on\nb:s p\nb:s q\nb:s rx\nb:s s\nb:s score\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s2322 type\nb:s2554 expected\nb:s3 block\nb:s6 vzpvo\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:script build\nb:script contents\nb:script heap\nb:script on\nb:script returned\nb:script s\nb:scripts deploy\nb:scripts git\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts run\nb:sdk 0\nb:sdk api\nb:sdk js\nb:sdk linux\nb:sdk telemetry\nb:search ts\nb:sebastian bergmann\nb:second 0\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secs 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security cryptography\nb:security implications\nb:security issue\nb:security policy\nb:security vulnerability\nb:see a\nb:see also\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:send email\nb:sensor c\nb:sensor sensor\nb:sequential filter_numbers\nb:server 0\nb:server anything\nb:server compiled\nb:server failed\nb:server id\nb:server message\nb:server password\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service git\nb:service in\nb:service is\nb:service not\nb:service orders\nb:service php\nb:service responded\nb:service run\nb:service ts\nb:service unavailable\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set to\nb:set up\nb:setting java\nb:settings true\nb:settings xml\nb:setup builddir\nb:setup go\nb:setup java\nb:setup node\nb:setup php\nb:setup python\nb:setup ruby\nb:severity 0\nb:severity e\nb:severity vulnerability\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh tmp\nb:sha256 0\nb:share cmake\nb:share julia\nb:shared rollup\nb:shared updates\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shivammathur setup\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should_ fail\nb:show app\nb:shrinkwrap json\nb:shutdown signal\nb:side of\nb:signal terminated\nb:signal this\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulators ethereum\nb:sin lat2\nb:since it\nb:since poetry\nb:site command\nb:site docs\nb:site scripting\nb:site tools\nb:sites default\nb:sixty seconds\nb:size is\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping git\nb:skipping integrity\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger php\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:socket emit\nb:sockeye image_captioning\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source dir\nb:source file\nb:source from\nb:source s\nb:source tree\nb:source tutor\nb:sources from\nb:space berui\nb:space left\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spdx org\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified in\nb:specifiers in\nb:specs 0\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:spurious network\nb:sr ht\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src c\nb:src cart\nb:src chapter3\nb:src client\nb:src codegen\nb:src components\nb:src copy\nb:src css\nb:src drone\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src index\nb:src invoice\nb:src iter\nb:src lando\nb:src lib\nb:src liquid\nb:src main\nb:src microsoft\nb:src newtonsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src ring\nb:src scene\nb:src search\nb:src source\nb:src src\nb:src storefront\nb:src styles\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src time\nb:src tools\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable profile\nb:stable s\nb:stable x86_64\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start cleaning\nb:start line\nb:start of\nb:start tracking\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:starts with\nb:startup 0\nb:starves it\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stdlib go1\nb:stdlib v1\nb:stdune 0\nb:step 0\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str usize\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:structure test\nb:stub files\nb:studio 0\nb:studio offline\nb:studio threading\nb:stylelint 0\nb:stylelint formatter\nb:stylelint io\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subtests node\nb:succeeded 0\nb:success 0\nb:successfully got\nb:successfully set\nb:such as\nb:such file\nb:suffixed with\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:sun nio\nb:sundell files\nb:support appcompat\nb:supported file\nb:supports git\nb:sure it\nb:sure that\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svg from\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch to\nb:switched to\nb:symbol class\nb:sync client\nb:sync from\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t d\nb:t defined\nb:t e\nb:t exist\nb:t f\nb:t find\nb:t found\nb:t from\nb:t g\nb:t h\nb:t h_\nb:t https\nb:t i\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t load\nb:t m\nb:t match\nb:t o\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2554\nb:t slug\nb:t t\nb:t test\nb:t type\nb:t wstat\nb:t y\nb:t09 0\nb:t10_00_00_000 z\nb:t12 0\nb:t17 0\nb:t20 0\nb:t21 0\nb:t_ b\nb:tabs tabs\nb:tabs ts\nb:tag must\nb:tags false\nb:take a\nb:take empties\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar gz\nb:tarball 0\nb:tarball error\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target s\nb:targets 0\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task get\nb:task key\nb:task kt\nb:task persona_flutter\nb:task prebuild\nb:task_queues 0\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:temp 0\nb:template ts\nb:templates tests\nb:temporarily overriding\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terminates an\nb:terminates the\nb:terminating with\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test count\nb:test coverage\nb:test creating\nb:test days\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test duration\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failure\nb:test failures\nb:test fetch\nb:test fetcher\nb:test files\nb:test fixed\nb:test from\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kt\nb:test load\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test multiplication\nb:test offline\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test perf\nb:test php\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test v\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests did\nb:tests failed\nb:tests failing\nb:tests files\nb:tests from\nb:tests func1\nb:tests in\nb:tests integration\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests unit\nb:tex range\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than or\nb:than the\nb:thapa wlctl\nb:that are\nb:that does\nb:that have\nb:that is\nb:that it\nb:that need\nb:that satisfies\nb:that terminates\nb:that the\nb:that two\nb:the 0\nb:the a\nb:the ability\nb:the above\nb:the action\nb:the agent\nb:the ammount\nb:the apache\nb:the artifact\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the conflict\nb:the constraint\nb:the context\nb:the coverage\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the exception\nb:the expected\nb:the expression\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the host\nb:the hosted\nb:the install\nb:the installation\nb:the job\nb:the last\nb:the latest\nb:the license\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the mix\nb:the module\nb:the name\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the packages\nb:the path\nb:the process\nb:the project\nb:the proxy\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the stack\nb:the sync\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the update\nb:the value\nb:the version\nb:the x\nb:thebeatles item\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:this can\nb:this command\nb:this environment\nb:this error\nb:this expression\nb:this functionality\nb:this id\nb:this install\nb:this may\nb:this might\nb:this potentially\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout node\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timers 0\nb:timeseries timeseries\nb:timestamp 0\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title cart\nb:title lint\nb:title n\nb:title stylelint\nb:title want\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to build\nb:to but\nb:to capture\nb:to central\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to date\nb:to detect\nb:to display\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to failed\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to git\nb:to have\nb:to high\nb:to home\nb:to ignore\nb:to import\nb:to install\nb:to java\nb:to l\nb:to load\nb:to make\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to open\nb:to override\nb:to parse\nb:to prevent\nb:to pull\nb:to query\nb:to re\nb:to read\nb:to register\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to run\nb:to s\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to start\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to underlying\nb:to unsigned\nb:to update\nb:to upgrade\nb:to use\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:todo 0\nb:token 0\nb:tokens on\nb:toml 0\nb:toml changed\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool is\nb:toolbox toolbox\nb:toolchain install\nb:toolchain stable\nb:toolchains xml\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace of\nb:trace run\nb:track origin\nb:tracking orphan\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer metadata\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree demospring\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trouble with\nb:true failed\nb:true object\nb:true to\nb:true truthy\nb:truncate test\nb:trusty updates\nb:truthy value\nb:try rustc\nb:trying to\nb:ts 0\nb:ts cart\nb:ts format\nb:ts git\nb:ts invoices\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:two arrays\nb:two strings\nb:txt 0\nb:type coercion\nb:type comparison\nb:type error\nb:type int\nb:type is\nb:type native\nb:type number\nb:type running\nb:type string\nb:type test\nb:type u32\nb:types 0\nb:types in\nb:types int\nb:types react\nb:typescript starter\nb:typescript version\nb:typing import\nb:typing list\nb:typo location\nb:u 0\nb:u b_\nb:u c\nb:u d\nb:u g\nb:u i\nb:u l\nb:u m\nb:u memory\nb:u n\nb:u or\nb:u p\nb:u r\nb:u s\nb:u t\nb:u1101 unable\nb:u1403 package\nb:u1903 warning\nb:u32 cannot\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu pool\nb:ubuntu ubuntu2404\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ui ab0x\nb:ui app\nb:ui core\nb:ui report\nb:ui styles\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected unknown\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown https\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unneeded return\nb:unoptimized debuginfo\nb:unordered key\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsatisfiable requirements\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:until assertions\nb:untyped defs\nb:untyped functions\nb:unused 0\nb:unused function\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up c\nb:up go\nb:up orphan\nb:up project\nb:up task\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update model\nb:update or\nb:update the\nb:update to\nb:update xml\nb:updated because\nb:updated but\nb:updates for\nb:updates test\nb:updates tsx\nb:upgrade to\nb:upgrade your\nb:upgrading https\nb:uploading artifacts\nb:url https\nb:urllib request\nb:usage of\nb:use apt\nb:use const\nb:use let\nb:use of\nb:use pip\nb:use window\nb:used at\nb:used before\nb:used config\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used unable\nb:user git\nb:user guide\nb:user interface\nb:username g\nb:users api\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users csproj\nb:users david\nb:users jonesn\nb:users js\nb:users julian\nb:users kevin\nb:users koen\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users ray6y\nb:users runner\nb:users users\nb:users usr\nb:using 0\nb:using check\nb:using docker\nb:using first\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:util concurrent\nb:util is\nb:util java\nb:util test\nb:utility bash\nb:utils format\nb:utils geo\nb:uuid v\nb:uuid v1\nb:uv lock\nb:v a\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v prune\nb:v rxs\nb:v s\nb:v v1\nb:v0 0\nb:v1 0\nb:v1 app\nb:v1 unable\nb:v10 0\nb:v20 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 s\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value but\nb:value for\nb:value is\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var log\nb:var use\nb:varfish server\nb:variable declaration\nb:variable error_count\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variant filter\nb:variants vueapp\nb:vec str\nb:vendor bin\nb:vendor modules\nb:vendor urllib3\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verification failed\nb:verification metadata\nb:verify the\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:versions 0\nb:versions baseline\nb:versions in\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:viper bind\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest run\nb:viz dashboard\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w e\nb:w h\nb:w home\nb:w n\nb:w o\nb:w repo\nb:w s\nb:w t\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want unicode\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning as\nb:warning failed\nb:warning github\nb:warning rolling_mean\nb:warning s\nb:warning spurious\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was canceled\nb:was defined\nb:was last\nb:was not\nb:was passed\nb:was provided\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:watch all\nb:we location\nb:we stopped\nb:we try\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web yaml\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:werror unused\nb:what s\nb:what went\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when the\nb:when true\nb:when used\nb:when your\nb:where 0\nb:where a\nb:which is\nb:while assembling\nb:while checking\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:will be\nb:will do\nb:win22 0\nb:window mean\nb:windows 0\nb:windows server\nb:windows windows2022\nb:windows2022 readme\nb:with 0\nb:with a\nb:with an\nb:with any\nb:with architecture\nb:with backtrace\nb:with code\nb:with copyright\nb:with default\nb:with digest\nb:with env\nb:with error\nb:with exit\nb:with extreme\nb:with frozen\nb:with git\nb:with gitlab\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with package\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with the\nb:with version\nb:with vulnerabilities\nb:with your\nb:within 0\nb:within grace\nb:within the\nb:without file\nb:without the\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work api\nb:work assets\nb:work badge\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work configr\nb:work counter\nb:work crc\nb:work dashboard\nb:work dates\nb:work deploy\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fw\nb:work geo\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work integration\nb:work inventory\nb:work landing\nb:work legacy\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work ops\nb:work orders\nb:work parser\nb:work phpunit\nb:work pkgtool\nb:work proto\nb:work py\nb:work pyserve\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work sensor\nb:work shop\nb:work shorturl\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow that\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace geo\nb:workspace imgproc\nb:workspace queue\nb:workspace root\nb:workspace units\nb:workspaces vs\nb:would be\nb:would have\nb:would reformat\nb:writely notes\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x test_client\nb:x x\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86_64 linux\nb:x86_64 unknown\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xfailed in\nb:xjc generation\nb:xml 0\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:yaml 0\nb:yaml truthy\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yesterday thebeatles\nb:yml 0\nb:you are\nb:you can\nb:you don\nb:you have\nb:you mean\nb:you must\nb:your build\nb:your code\nb:your gemfile\nb:your lock\nb:your network\nb:your package\nb:your pipfile\nb:your plan\nb:your project\nb:your pull\nb:your test\nb:your workflow\nb:z debug\nb:z l\nb:z m\nb:zero code\nb:zero exit\nb:zero no\nb:zig 0\nb:zig build\nb:zigler 0\nb:zstd is\nf:0\nf:a\nf:actual\nf:added\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:api\nf:app\nf:apr\nf:archinstall\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:b\nf:bad\nf:bash\nf:because\nf:benchmarks\nf:billing\nf:bin\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:building\nf:builds\nf:buildx\nf:bundle\nf:bundler\nf:busted\nf:but\nf:by\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caddy\nf:cancelled\nf:cancelling\nf:cannot\nf:cardreader\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:check\nf:checked\nf:checking\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:cloning\nf:cmake\nf:code\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:composer\nf:config\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:created\nf:creating\nf:curl\nf:current\nf:d\nf:d101\nf:datacenter\nf:dd\nf:def\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detecting\nf:dev\nf:did\nf:diff\nf:difference\nf:distribution\nf:doc\nf:docker\nf:docs\nf:done\nf:double\nf:download\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:echo\nf:elixir\nf:else\nf:environment\nf:err\nf:error\nf:errors\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:exceeded\nf:exception\nf:exec\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:f\nf:f401\nf:f403\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetching\nf:field\nf:file\nf:files\nf:finished\nf:finishing\nf:first\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:formatter\nf:found\nf:from\nf:frontend\nf:g\nf:gcc\nf:gem\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:git\nf:github\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:image\nf:import\nf:in\nf:included\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:installed\nf:installing\nf:instance\nf:internal\nf:interrupted\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:knows\nf:l\nf:ledger\nf:lerna\nf:lfs\nf:lib\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:medium\nf:meson\nf:metadata\nf:microsoft\nf:minutes\nf:missing\nf:mix\nf:mnt\nf:models\nf:moderate\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:network\nf:new\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:npm\nf:npx\nf:number\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:open\nf:operating\nf:operator\nf:opt\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:pulling\nf:pyproject\nf:pytest\nf:python\nf:python3\nf:r\nf:rake\nf:ran\nf:range\nf:read\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:repository\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restricted\nf:result\nf:results\nf:return\nf:returns\nf:reuse\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rustc\nf:rustup\nf:s\nf:safety\nf:scan\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:see\nf:self\nf:sensor\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:shell\nf:shellcheck\nf:short\nf:should\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:status\nf:step\nf:steps\nf:string\nf:stylelint\nf:subject\nf:submodules\nf:success\nf:successfully\nf:suites\nf:summary\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:task\nf:team\nf:teamcity\nf:temporarily\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:there\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tmp\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:total\nf:traceback\nf:trim\nf:true\nf:try\nf:tsc\nf:type\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unit\nf:unknown\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:usr\nf:v1\nf:value\nf:variable\nf:venv\nf:version\nf:via\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:we\nf:web\nf:webpack\nf:what\nf:when\nf:with\nf:worker\nf:working\nf:workspace\nf:workspaces\nf:would\nf:writing\nf:x\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:acceptance\nnw:access\nnw:account\nnw:action\nnw:actionpack\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:assembly\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:awesome\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:backticks\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:builtin\nnw:bundle\nnw:bundler\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cart\nnw:cart_spec\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codecov\nnw:codes\nnw:coding\nnw:coercion\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:coverage\nnw:cpp\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:date\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:def\nnw:default\nnw:defined\nnw:deny\nnw:dep\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:desktop\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:did\nnw:diff\nnw:different\nnw:digest\nnw:dir\nnw:directive\nnw:directory\nnw:disable\nnw:disabled\nnw:discount\nnw:dispatch\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documentation\nnw:documents\nnw:does\nnw:doesn\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:editor\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:en\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:eslint\nnw:est\nnw:establish\nnw:ethereum\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:experiment\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:externalize\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:fffff\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:formed\nnw:forum\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getting\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goproxy\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:greater\nnw:greeting\nnw:group\nnw:groups\nnw:guide\nnw:guilouro\nnw:gulp\nnw:gyp\nnw:gz\nnw:h\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hashmap\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:holds\nnw:home\nnw:hook\nnw:hostedtoolcache\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instructions\nnw:instrument\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:issue\nnw:issues\nnw:it\nnw:item\nnw:items\nnw:j\nnw:jar\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:kernel\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:library\nnw:libs\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:looking\nnw:low\nnw:lower\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:manager\nnw:mapping\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:member\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:microsoft\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:name\nnw:namespace\nnw:native\nnw:nav\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:ng\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:pad\nnw:padding\nnw:page\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parsed\nnw:parser\nnw:parsing\nnw:part\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pd\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pipenv\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pods\nnw:poet\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:private\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:ratelimit\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rspec\nnw:rubyonrails\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s0246\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:satisfies\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:schemas\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:sensor\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shutdown\nnw:signal\nnw:simple\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:spelling\nnw:splitting\nnw:spurious\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:style\nnw:stylelint\nnw:sub\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:tags\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:teamcity\nnw:telemetry\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_error\nnw:test_fail\nnw:test_low_stock_threshold\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:toml\nnw:too\nnw:took\nnw:toolbox\nnw:tooling\nnw:tools\nnw:topic\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:u1101\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unintended\nnw:unit\nnw:units\nnw:unix\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:vite\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:y_\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yarnpkg\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a07\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a62\nw:a_\nw:aaa\nw:aashish\nw:ab0x\nw:ability\nw:able\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:accept\nw:access\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:action\nw:action_actionlint\nw:actionlint\nw:actionpack\nw:actions\nw:activemodel\nw:activerecord\nw:actual\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:address\nw:addresses\nw:admin\nw:advisories\nw:advisory\nw:affect\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:all\nw:allocation\nw:allow\nw:allowed\nw:alpha1\nw:alphabetical\nw:alpine\nw:already\nw:also\nw:always\nw:ambroisie\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:and\nw:android\nw:annotations\nw:anonymous\nw:ansi\nw:any\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apk\nw:app\nw:appcompat\nw:appears\nw:apple\nw:application\nw:applies\nw:apply\nw:approval\nw:approved\nw:approx\nw:apps\nw:apr\nw:apt\nw:arch\nw:archinstall\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assert\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:associated\nw:ast\nw:async\nw:async_hooks\nw:at\nw:attempt\nw:attempts\nw:attribute\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatic\nw:automatically\nw:automation\nw:available\nw:avg\nw:avoid\nw:await\nw:awesomeness\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b3073\nw:b3a\nw:b403\nw:b4c\nw:b6\nw:b7c1d6e3f\nw:b_\nw:babel\nw:backend\nw:backoff\nw:backtrace\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:based\nw:baseline\nw:bash\nw:basic\nw:bats\nw:bazel\nw:bb\nw:bc\nw:be\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:benchmarks\nw:bergmann\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigquery\nw:billing\nw:bin\nw:binary\nw:bintray\nw:biome\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bodies\nw:body\nw:book\nw:bookmark\nw:bookmarks\nw:bookworm\nw:bool\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:bound\nw:bounds\nw:branch\nw:breadcrumbs\nw:break\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:browser\nw:bs\nw:bucket\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:builddir\nw:builder\nw:building\nw:builds\nw:buildx\nw:built\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:but\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c1d2e3\nw:c1e\nw:c2065\nw:c2086\nw:c2146\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cached\nw:cachedir\nw:cacheprovider\nw:caddy\nw:call\nw:call_once\nw:called\nw:calling\nw:calls\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:cannot\nw:capability\nw:captioner\nw:capture\nw:cardreader\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:castle\nw:cat\nw:catch\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cell\nw:central\nw:cfg\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:chapter3\nw:char\nw:characters\nw:chars\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:circle\nw:circleci\nw:circus\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clause\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:closure\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:coercion\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:color\nw:colors\nw:colr\nw:column\nw:columns\nw:com\nw:come\nw:comma\nw:command\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:common\nw:comms\nw:communication\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:compliant\nw:component\nw:component_test\nw:components\nw:composer\nw:compress\nw:compute\nw:computed\nw:concepts\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:console\nw:const\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:containing\nw:content\nw:contents\nw:context\nw:continue\nw:contrib\nw:contributors\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:cop\nw:copy\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:correctness\nw:cosmos\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:coverage\nw:covered\nw:cp\nw:cpp\nw:cpu\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:cronjs\nw:cross\nw:crypto_sign\nw:cryptography\nw:crystal\nw:cs\nw:csproj\nw:css\nw:cssx\nw:cstuff\nw:csvkit\nw:csys\nw:ctest\nw:curl\nw:current\nw:currently\nw:cusr\nw:custom\nw:cwiki\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d1c2f4a\nw:d1f\nw:d2c1e0f\nw:d2f6c0b\nw:d55\nw:d_\nw:daemon\nw:dangerously\nw:dart\nw:dashboard\nw:dashes\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:david\nw:days\nw:db\nw:dbkit\nw:dd\nw:deadline\nw:deb\nw:deb12u1\nw:debian\nw:debug\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:decode\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defined\nw:defining\nw:defs\nw:degraded\nw:delay\nw:deleted\nw:delimiter\nw:demo\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:dereferenced\nw:desc\nw:describe\nw:description\nw:descriptors\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detector\nw:detectors\nw:detekt\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:digest\nw:dir\nw:directly\nw:directory\nw:disabled\nw:discount\nw:discovered\nw:dispatch\nw:display\nw:dist\nw:distribution\nw:distributions\nw:div\nw:division\nw:django\nw:dll\nw:do\nw:doc\nw:docker\nw:dockerfile\nw:docs\nw:docstring\nw:document\nw:documentation\nw:documents\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:drone\nw:dronelink\nw:dropdown\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:e\nw:e0277\nw:e0308\nw:e0401\nw:e0425\nw:e1101\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e8f\nw:e_\nw:e_path\nw:echo\nw:edeandrea\nw:edge\nw:editor\nw:efe31b98f2\nw:egeria\nw:either\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empties\nw:empty\nw:en\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:engine\nw:engineers\nw:enough\nw:entering\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:env\nw:environment\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:eslint\nw:est\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:event\nw:events\nw:every\nw:ex\nw:example\nw:examples\nw:exceeded\nw:exception\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:experimental\nw:explain\nw:explicit\nw:explicitly\nw:exported\nw:exports\nw:expr\nw:express\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:external\nw:extra\nw:extracting\nw:extraheader\nw:extras\nw:extreme\nw:f\nw:f1d2c3b\nw:f401\nw:f403\nw:f53616\nw:f841\nw:f909ac5\nw:f_to_c\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fallback\nw:false\nw:family\nw:fastlane\nw:fatal\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetcher\nw:fetching\nw:few\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fix\nw:fixable\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:fork\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:found\nw:foundation\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freetype\nw:fresh\nw:from\nw:frozen\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functionality\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g8001\nw:g_\nw:gateway\nw:gateway_addresses\nw:gcc\nw:gcd_import\nw:gconnect\nw:gcr\nw:gem\nw:gemfile\nw:gems\nw:gen\nw:generate\nw:generated\nw:generating\nw:generation\nw:generator\nw:generic\nw:geo\nw:get\nw:get_sources\nw:getaddrinfo\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:gi\nw:git\nw:github\nw:gitlab\nw:gitlab_integration\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:goes\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:grace\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:greater\nw:green\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:groups\nw:guide\nw:guilouro\nw:gulp\nw:gyp\nw:gz\nw:h\nw:h0m0s\nw:h5\nw:h600\nw:h_\nw:had\nw:hadrian\nw:handbook\nw:handle\nw:handler\nw:hang\nw:happen\nw:happy\nw:hard\nw:has\nw:hash\nw:hashmap\nw:haskell\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hhp\nw:hi\nw:hidden\nw:high\nw:higher\nw:hint\nw:hit\nw:hits\nw:hive\nw:home\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:https\nw:hub\nw:i\nw:i_\nw:ibis\nw:ibis_bigquery\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idx\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:immediately\nw:immutable\nw:impl\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importing\nw:importlib\nw:imports\nw:in\nw:inc\nw:include\nw:included\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:index\nw:indicate\nw:indicates\nw:ineffective\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initial\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inner\nw:input\nw:insensitive\nw:inside\nw:insights\nw:inspected\nw:install\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:inverse\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:isn\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:itoa\nw:its\nw:j\nw:j2\nw:j30\nw:jar\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:job\nw:jobs\nw:jobsys\nw:jonesn\nw:jooq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julian\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:k\nw:k8s\nw:kata\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keygen\nw:keymanapp\nw:keys\nw:keystore\nw:keyword\nw:ki\nw:kill\nw:killed\nw:kind\nw:km_to_miles\nw:knob\nw:known\nw:koans\nw:koch\nw:koen\nw:kotlin\nw:kt\nw:kts\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l3\nw:l3013\nw:l_\nw:lab\nw:label\nw:landing\nw:lando\nw:lang\nw:language\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:ld\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libc\nw:libc6\nw:library\nw:libs\nw:libtonode\nw:license\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:locate\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:looking\nw:looks\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:low\nw:lowagie\nw:lower\nw:lower_snake_case\nw:ls\nw:lspconfig\nw:lua\nw:m\nw:m0s\nw:m2\nw:m2repository\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:making\nw:malicious\nw:manager\nw:manifests\nw:manual\nw:manually\nw:many\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:master\nw:match\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maven\nw:maven2\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:mcgdiff\nw:md\nw:mdi\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:media\nw:meeting\nw:mega\nw:megalinter\nw:member\nw:memory\nw:merge\nw:meson\nw:message\nw:messages\nw:met\nw:metadata\nw:meter\nw:method\nw:metrics\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minitest\nw:mintimeout\nw:minutes\nw:mirror\nw:mismatch\nw:mismatched\nw:missing\nw:missing_offset\nw:mission\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnt\nw:mocha\nw:mod\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:money\nw:more\nw:move\nw:moved\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:multiple\nw:multiple___\nw:multiplication\nw:must\nw:mut\nw:mutual\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:native\nw:nav\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netfx40\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newline\nw:newtonsoft\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:nuget\nw:null\nw:nullable\nw:number\nw:numeric\nw:nvm\nw:nvuillam\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:older\nw:ole\nw:omit\nw:on\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:openemr\nw:openproject\nw:operating\nw:operation\nw:operations\nw:operator\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:oxlint\nw:p\nw:pack\nw:package\nw:packages\nw:packetfence\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:panic\nw:panicked\nw:panicking\nw:panics_on_zero\nw:parallel\nw:param\nw:parameter\nw:parcel\nw:parens\nw:parentheses\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:password\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:pb\nw:pdfkit\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:period\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:person\nw:persona_flutter\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pin\nw:pinned\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:plans\nw:platform\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:pmd\nw:pod\nw:pods\nw:podspec\nw:policies\nw:policy\nw:polymer\nw:pom\nw:pool\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:power\nw:pp\nw:pr\nw:pre\nw:prebuild\nw:prebuilt\nw:prefer\nw:prefix\nw:prejudice\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:prettier\nw:prevent\nw:previous\nw:previously\nw:price\nw:print\nw:printed\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:proxy\nw:prune\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:punctuation\nw:pure\nw:push\nw:py\nw:py3\nw:pylint\nw:pypa\nw:pypi\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python3\nw:q\nw:qty\nw:quant\nw:quartz\nw:queries\nw:query\nw:queue\nw:queued\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:ray6y\nw:rb\nw:re\nw:reached\nw:react\nw:read\nw:reading\nw:readme\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:recorded\nw:records\nw:redirect\nw:ref\nw:refactoring\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:register\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:renamed\nw:render\nw:renders\nw:repack\nw:replace\nw:repo\nw:report\nw:reported\nw:reporter\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolve\nw:resolved\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restricted\nw:result\nw:results\nw:retail\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returns\nw:reuse\nw:reused\nw:rev\nw:review\nw:revision\nw:revive\nw:right\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:roundtrip\nw:router\nw:routes\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2554\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safety\nw:same\nw:sample\nw:sandbox\nw:sardonyx\nw:sata\nw:satisfies\nw:satisfy\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:scm\nw:scope\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:search\nw:sebastian\nw:sec\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secs\nw:section\nw:section_end\nw:section_start\nw:securedrop_client\nw:security\nw:see\nw:seed\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:selector\nw:selectors\nw:self\nw:semicolon\nw:send\nw:sending\nw:sensor\nw:sensors\nw:separate\nw:sequential\nw:serve\nw:server\nw:service\nw:services\nw:session\nw:set\nw:sets\nw:setting\nw:settings\nw:setup\nw:severity\nw:sh\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shipkit\nw:shivammathur\nw:shop\nw:shopco\nw:shopfront\nw:shorturl\nw:should\nw:should_\nw:show\nw:shrinkwrap\nw:shutdown\nw:side\nw:sign\nw:signal\nw:signed\nw:signedness\nw:significantly\nw:simdjson\nw:simple\nw:simplified\nw:simulators\nw:sin\nw:single\nw:site\nw:sites\nw:sixty\nw:size\nw:skip\nw:skipped\nw:skipping\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:soap\nw:sock\nw:socket\nw:sockeye\nw:software\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:sorted\nw:source\nw:sources\nw:space\nw:spaces\nw:spdx\nw:spec\nw:specific\nw:specification\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:spurious\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stack\nw:stackage\nw:stacktrace\nw:stage\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:status\nw:std\nw:stderr\nw:stdlib\nw:stdout\nw:stdune\nw:step\nw:step_script\nw:steps\nw:still\nw:stopped\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:style\nw:styled\nw:stylelint\nw:styles\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodules\nw:subprocess\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:sundell\nw:supported\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:svg\nw:swift\nw:switch\nw:switched\nw:symbol\nw:symfony\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t09\nw:t10_00_00_000\nw:t12\nw:t17\nw:t20\nw:t21\nw:t_\nw:tab\nw:tabs\nw:tag\nw:tags\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:tarball\nw:target\nw:targets\nw:task\nw:task_queues\nw:tasks\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:teamcity\nw:telemetry\nw:temp\nw:template\nw:templates\nw:temporarily\nw:temporary\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_total_rounding\nw:test_unicode\nw:testcafe\nw:tested\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:thebeatles\nw:them\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thread\nw:threading\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:toml\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:tooling\nw:tools\nw:toomanyrequests\nw:top\nw:topologies\nw:total\nw:tpl\nw:trace\nw:traceback\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transform\nw:transitive\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trouble\nw:true\nw:truncate\nw:trusty\nw:truthy\nw:try\nw:trying\nw:ts\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:turbo\nw:tutor\nw:two\nw:txt\nw:type\nw:typecheck\nw:types\nw:typing\nw:typo\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:u64\nw:ubuntu\nw:ubuntu1_amd64\nw:ubuntu24\nw:ubuntu2404\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underlying\nw:underscore\nw:understood\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:unix\nw:unknown\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unoptimized\nw:unordered\nw:unpack\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unset\nw:unsigned\nw:unsupported\nw:until\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgrading\nw:upload\nw:uploading\nw:upstream\nw:uri\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:us\nw:usage\nw:use\nw:used\nw:user\nw:userguide\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:uuid\nw:uv\nw:uvu\nw:v\nw:v0\nw:v1\nw:v10\nw:v2\nw:v20\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variant\nw:variants\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:version\nw:versions\nw:via\nw:view\nw:views\nw:violations\nw:viper\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:watch\nw:wdio\nw:we\nw:web\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:welcome\nw:well\nw:went\nw:were\nw:werror\nw:what\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:why\nw:widgets\nw:wiki\nw:will\nw:win22\nw:window\nw:windows\nw:windows2022\nw:with\nw:within\nw:without\nw:wlctl\nw:word\nw:words\nw:work\nw:worker\nw:workflow\nw:workflows\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:world\nw:would\nw:wrap\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x86\nw:x86_64\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xfailed\nw:xjc\nw:xml\nw:xs\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarn\nw:yesterday\nw:yet\nw:yml\nw:you\nw:your\nw:z\nw:zero\nw:zig\nw:zigler\nw:zip\nw:zstd",
    causeBias: -135,
    cause: '//8LANj/4v/l/x0A/P8cAMH/tP8QAMz/yP/W/xUAxf+6/8v/KwD7/87/qP8eANj/4v/Y/9//8/+z/0gA0P8cADoA6v8lADUALADt/7//pv8YANL/5v/m/xYA1P/Y/+D/4v+x/+j/WP8oAFoABQCk/+T/yf8DAPX/OADF/xsAAgATALf/JABNAOv/DgDP/xUA2f8zAAkAIwC+/x0Auf9NACkAGQDo/+j/4//Y/8//4P/i/+f/5P++/1QAi/8SANT/yP8wAOD/FAAPACIAHQBfADwAHAAxAFcAFgDg/zYA4v/r/xQA5v/L/0YAJQBCAL7/6/9YAAQApP9KAOn/w/8rAAAAs/9OABUA6v/o/8j/tv9cAFAA1v/T/8f/IQDo/0wAwf8xAM7/5P+H/wYAKAAsANr/PgALABkA//82AKv/JQDP/xgA6/8qAOL/OwCDAD0ALQAfAOj/IADl/8D/1f9EAML/lv81AN3/YP/i/6H/FAC9/w8Awf+n/97/uP8NAB0AuP/A/7z/KADq/6//q/+9/ygA5P9lAAoAlP/N/73/4v+E/8j/rv/T/8z/FAAtAJP/HgDH/yMAx/8UACIA+P9NANr/LQDF/ykA2P81AB4AtP8qAEkAvf8ZAJ7/AgATANb/FwDq/yoAKQAaABoAGgAaABEAOwDl/ycAwv/h/43/NgA9ACMA3f/G/wsAGgB9/xoAEADM/y4ALQC9/8v/xP83AMf/JADO/63/s/88ADQA1//m/8f/vf8tAL3/yf82ACwAEwAcAMj/EgC1/9v//P/C/9v/IADX/2b/FwCA/73/IADX/9D/PwDL/6r/w//i/xIAlv8mAPL/LACw/2YA4f8ZACIAbADA/w0A4v9PADoAVgAnABkAvf/d/z8Atf/v/yIA6f8bAKn/6P8qAN//6v/L/8j/sv++/+v/wP/I//3/0//5/0UAHQARAMj/0/+Z/y4AFgBEACcAif8gAMj/yP8UAOz/nP8UACEAJQBLAG0A4v9NACcALwD5/9X/g//Q/7r/ZQAyACoAEgDj/24ATwDo/wEAGwC9/+b/LADy/xAAsv8pAP//z/+8/yUAov/W/x8Ax//T/6z/0v/c/xAAFAAaAOP/NwAUANT/HgCy/wsALAANAOj/JgAUALb/5v/V/xsAFwDB/xQAGADI/1gA6v8XABYAq/8TABQAvP/b/9b/LAAQAK3//P/0/+j/BQAUAOP/5v8UAOv/BADr/yYA5f+2/x4AJAAVAOb/TwBgANH/t/84ADEAAQDW/9v/GQDY/+L/HwAUABQAAQAnANn/BwAZAOH/nv9SAOv/JwAUADUAKwDW/9z/FQCz/8f/w//n/7X/yv/O/6n/4v8VACkA3P+m/ykA1/8oACgAFQDH/9z//P/O/+X/3f/H/9j/5f8rANv/uf/I/7r/zv9GAOf/xP8dADYAxP+w/+v/MgBaAH//yv/q/zIATAAXADQAHwCx/ykAFADb/y4A1v/C/zEAsP9e/+P/of+l/7j/IAAVANH/s//a/+j/IwCi/ysAAADE/8P/3v/e/6P/1/+H/w0AEQAVANf/2P/Y/8D/LADJ/7L/qf+q/yUAIwC//2X/JgAbAPn/4v/X/zMAGgAaACoAAQDA/6v/5f8xAN//1/83ANr/HAD2/xAAw//g/ykA3f8eAAgAFAAvAA8AHwAYABwA5//X/xgAr/8dAOD/2//U/xcAxf8XAMz/LwDf/wYAGwDr/8v/4f/R/zQA4f8UACoAGAAuAPr/5/8oABQAKgCh/+r/GACt/6T/KQAgAMv/KgAvADgA1P+3/97/IAAVACAA4P/k/x4Ao/82AK7/6v/r//f/EQDd/wYAQwD4/wIA/v/b/6//LQAWAD8AGgAkACQAIQAsAPH/IgDj/9//FAAyAB8A1f/r/+D/KQBAAAAANABAABUAHwAhAAEAFQDq/+r/FgAxALX/HwAbABgA1P/p/y0Aw/9HACQA4v8dAC8AFQDK/9f/sf8XAOf/of8mAAwARwAYADgAKADK/xUAMgAvAEAAMQAHADYAwP8fAPX/KwAiABYAJADA/+n/FADA/8v/GADe/77/MQDo/73/AQCc/ysA6//C/xkA6P+n/5n/DwDb/8r/lP/X/4b/5//Q/5z/6v/H/6r/zP8sAND/HQAMAC4AXP/g/ysAKwA+AL7/x/8iACgAZf9BABcAdf/B/zAAFACz/+v/GgAjADMAGgDh/6//FQDk/7v//f8IAAAA3P8IACUA7/8UAMf/KADQ/xAA4P+4/8L//v/y/xkA/v/g/9j/IwDi/9j/sP/R/+v/zP8dALf/RgCo/8D/5f/m/+b/0v/d/zkAOQCF/5D/i/+B/9j/wf/j/9X/nP8nABkA3f+r/zYAFADe/xsAFABFAEMAHQDH/xAAIgAYAPz/LQAnADIAOwDj/9b/zP83AC8APgBUABcALgBWACEA2f8eADsAGgDS/1MAxv8DALL/6v8VAEEA0//r/yoAFgAqABgAMgDP/ycAJQDj/xEA+f8YAOD/LgDl/xQAGABHACMAPwCt/8f/MADO//7/2P/W/9X/PwCV/9v/sf+d/9z/6v/Z/8f/UgD5/77/7P8aALj/MgAdAJ7/JAAcAG8A6v/h/+P/rv8oAEIAGgAUAOv/+f8rANb/2P/q/yIAzv/z/0MA2v/r/3X/PwA5AC8Asf8bADYAz//i/+X/1//C/+j/7P+1/7z/DADn/4f/5v8UAKH/6P83ACUAkP8pANH/6v8BADMAGgAVAM3/GwD//6f/CgDG/8//v//J/xUArv8MAMX/GAC9/xIAq/+6/0MAHQDK/+z/1//K/yMA1f+8/zYAw//f/4n/2v8UAC4ALgDb/7P/KADZ/9v/OgCR/97/2v/G/y8AGgCl/8f/JADh/1EAFAAfAO//KAAgAD0A//+z/xsA5f8kAGIANgAAALn/yP8XAMz/3v+8/yAACgDJ/8//BADg/xYA/P9CAB8AzP+8/yMASgASAC0Atv/Q/7//t//W/7b/EgC9/zAAo//I/8X/FADl/+X/8P+6/y8ACgDx/53/sP/T/8L/pv8NABYA2P8hAND/hv8fANL/BQBFAOn/m/+J/7f/FgDU/9j/KwAXACMAHgALAJ7/GADg/+L/6P8tAJr/2//M/zAACgD3/zAA5v+y/2X/5P/Z/yYA3//j/7X/rP/I/6//0/8t/37/2/+v/xQAFAAUAO7/NgAUAML/0/8UAB4AHgAnAF4Avf/E/zwAwv8ZACkALwBUACEAHQCz/zsAFwA0ABkAGgCm/7X/r/+w/8b//v+z/xQASADW/5f/YgAUAJ7/BgAsAM//KQAjAMv/GgCq/xQAWwDk/+T/5f+g/9b/KwCu/9v/FQBHAOr/pf87AMn/1v8bABoA2v/g/0kA1P8xALv/zf/Z/xUAbwAZAD8Aw//a//X/IAAJANT/HACm/83/4/+s/yQAIgCk/yEA8/8eAK7/tP+2/4H/AwDe/+v/JQDf/+v/OQCm/xgAGADH/9//zf+8/8f/6//H/9f/x//c/0UAIAAUANj/FACl/8X/0v/p/+r/2/8dAIAALgDo/x0A5f+3/wYA6/8uAMj/2f8gAOH/HADi/xcAkf+b/6n/+v85/6z/pf/e/yUAJgBfAB4A6/8jAMr/1P/L/+X/IgDm/5b/4/9TAOv/zf/h/8D/TADd/8b/GADB/6P/zP/M/yIABADm/9v/vv8jACUAPgD4/zIAOwBNABkAJACk/yQA0v8DACQA8/8qABwA+v8gAE0AMgCq/+D/zv8VABEACQDr/xoAlv/c/yIAxf/k/9T/xv/i/6f/sv8mAJH/rP/N/yAAFQDV/xgACAAVABcAuP8UAN//uf8dAOb/sf+//7D/wf8AAJz/y//D/6T/2P8pAD0AIgASAL7/nP+w/73/xP/G/+X/2P/F/xAA2/8XAB8ABACR/8L/z/9EABQA0P+9/y8Axv+Y/xAAIgAXAJD/sP/J/x0Arv9HACcANgAeADsA6P8+ABYAMwAtAMb/MQDQ/7j/jP/d/wYAUwDb/9b/6P+f/wQA5P/T/8b/1f++/6n/5v/K/9f/d/+y/xAAs/8bAAcADwA3AAEAKgAVANb/KAAvAGT/JgDB/xcAHAAcAA8AGgDP/6D/CADg/8//KQBPAAwA5v/Z/+P/FgC8/wwA6v+P/9j/5//I/zsASQDV/zwALwDw/xQAGAD0/8b/LwBGAB8ACAAeAB8AJADr/5j/yv/e/zkA3v89AP3/FAC4/zcA5v8qACQACAD8/5T/vP88ABYAz/8mACsAFAAuAK3/HQD+/wkALQDO/+f/1f8fAA8AKwD+/+T/2/84AOX/0//u/y8AZQCn/87/xP/O/+H/5f/c/xgAq/8oAOH/NgA5AN3/0v/B/woAxP/t/9L/vf+Z/+D/xf8TAJT/IwApAN3/0/+Z/6D/HgAYABQA+v8VACMAQQAhAFkA4v8gANL/yv/o/83/5/8vAOv/zP+l/xgAFgDB/4L/KwDo/0MA5//S//v/+//r/wwAu//e/6D/x/8EAKr/HwAgAPv/sf/D/wUAFQDT/x0A4//c/8D/OQDD/1wA6f/i/yYAZQAmANz/FwDZ/yYADQARACAAz//g/+L/9f8UAOz/KQApABYA1/85ABsAwP8dAJ//zP8CADIA5/8mABgAgv9DACIAwv/D/9X/pP+x/zwAFQDk/7X/4//M/y0A4//U/9X/5P/s//b/DADX/2YAKgAqAB0AHQDH//v/tf8kAL//HADn/8//3f8xAOj/2//f/+v/FQBCAOL/sv8pAOv/5/8ZAA8AGQArACsAIgAyAOr/GAAbABYAcv8kAC0A3P89ANn/zP8YAEwAzP8aABoA//85ACgA2/8wAOv/3/8fADMAIgDm/8n/5f+g/1gABwA0AMT/6//d/73/6//q/8r/MQAbAK//zf8jAOX/4/8oANH/7P8iAC8Aw//N/xQA6/8VACsAHgDI/y8AJgDK/9j/6//A/+X/yf/f/zAA5P8kAEYADAA4ABkA7f/t/0UAJAAqANX/5f/d/8n/5f/d/9f/1f/c/93/OwAVAOX/vP8UADMAFQDn/9P/u//p/3MA6v+X/9f/BgA8AP3/l/8aAMj/1/+b/9v/7f8XAB0A8P8qAND/3v+h/9z/OQAcAB4A7P8uAMr/5P8tAKn/FQAdAE0AFgDS/ysANADo/wEArP/b/xQAev/O/xgAGAAJABgAEwDp/3X/4v8UADsAsv/q//n/FAAUAB4AqP/p/z8A2P////j/DgAOACwA4v+2/8//4v/G/ygAMQDo/z4AMQCg/0wAFABgAMn/SQD1/xYA1//1/xUAJgAyAOj/0/+M/+f/3//p/ywA+P/p/0oA9P8xAB0A7P8CAA8A5P8CAA8AHwD//00AJQD6/zEAQQA8ADkAGQAxAFcAFgDg/+v/IAA2AOL/3/8hABgADgDq/+D/7P+y/ykAFADg/7X/MQAZAN3/0v8dAKz/0f/E/9H/KACj/8L/HwA/ABoA1P/H/zYASgDP/zEAIgDd/zIAFAAUAND/zP/Y/9j/HwAqACcA2/+0/xwALf/T/9b/eP/n/+P/i/83ADYAGgAZABQAPgD6/7//2P/Q/yUAEQDP//P/NwCN/+D/dwBdAOD/RgAzACMAGAASAFMAKgDh/8j/NwDS/zsAMQBBADkA0P86AEMAUgAAAMH/RgAJAJ//VADc/yoA3P8aAOL/JAC3/+j/yP8iACsA1f+x/xoAOwAyADYAMADZ/28APQDX//T/XgANADcA5v8hANz/XgA9AMP/GAC1/3oA8P/8/z4AOQCs/xIA2P8WAEYALABIAOX/SgDa/zYAMABNANP/FgAkABwA3v8vAOL/IABWABUAUwBBADIAPwBIACAAPgAkAE8Ay/8bAN3/+P9TAMP/OgA2AOv/w//a/8r/JQArAOf/QQDy/xUA5P+6/x8ANgC+/xMAOABCAML/MwCy/7L/6P+j/zMAk/+4/z8A6//4/7H/IAAVABgAxf8ZABsAJgDq/8z/HQDU/zsAv/8jAEQA0/++/y8AOAA3ADcAJwAqAO//OAAjACwA8P/c/7H/2//e/8j/5f/l/x8A4f8qAMv/y//i/9X/MQDl/wIA6P9DADEANgDh/+j/3f/Q/+j/1/+4/xwAJAAVAOL/7f/V/x8A8P///+v/3P9PAD8AewDy/5j/5f8aACUAn/9lAEsAPgCR/zsANgABAC8AGAAkAB4AGADO/yQACgCq/9v/vf9GAOL/KwAjAOL/3v/A/xcAFgA4ANT/IwDq/xgA4/8rAPn/Yf8ZAKD/7f8nAB0Auv8uACEAFgDu/8P/EQDM/xUA6v8rAOj/LQB8/xoAzf8oADIA6v8WAN//HgDR/8f/NQAOAMf/4P8gAIEANgC//08APQDZ/0AAGgAVABUA2P8KAOr/HABEALf/PgAlABUALgBQAEYASQAQAOn/3f8cAPX/qv+8//b/s/8UADsAPQAgALj/6f9BABUAYQC7/6T/9//X/0gAJwDS/zIAPAAmAEEABgAUABAAqP/k/9n/z/8gAOb/DwDm/1n/p//p/7P/6f/g/+D/GACA/7r/vv/f/+H/yf9+/8r/2v8hAOr/3f/h/7b/KgDN/+z/GwAEAB8AMQA/AGz/1P/3/wwALAAqANb/8//H/y8A6/88AOf/2/8aABQARAAwAK//ZADr/w4Atv/N/9v/PgDj/+T/NgDB/ykArf/M/5v/HQAPAOL/FQDB/8L/lf/W/6z/9v85ABwAOgDS/zcAIwArADkA3/8lABkAKgAXAKr/tv/n/7v/j/+9/57/4P9QALT/o//U/6//cv+g/x4AuP9CAEIAGgAOAOf/2//W/+P/KwAmANb/GAC3/+f/w/8rACwAGgAjACwAzP/M/9D/wv8sAPb/6v87AB4Ay/8tANf/5//d/+f/5/8EAD4A8P8tAK3/ZwDr/yAAXgA2AOv/sv8fABQA1v8hAIr/1f/R/zsA3/8zAOf/KADT/xcAFwDb/97/HwAbANr/2f/3/0IADADb/zsA5v/l/ygAKQDn/9//BgAkAAIA7f/D/yEAnv87ANX/HgDr/77/UwAcABUAeAC//6D/QADc/7//8P8ZACoADQArADEAGgAXABQAKAArAPr/JgBJALj/TAAuACQAvv/X/yQA+f/m/7r/GwDj/yQAsf+U/wYAtf8qAOz/OQAWALv/0f8qAND/EwCp/xUAzP8zAMP/3P8VANP/wv8oAMv/gf/r/yAALAAlANn/OAAhAOX/pv/M/6//3//K/7H/6//U/8b/LQDk/7r/5//U/6j/y//q/+v/xv/q/6//xf8VACcA5P///ywASQDt/xQATQCk/z8AOQAtAM//6v/+/xIA3P8dAMr/DQD+/+H/CwAhAB0AnP/Y/9b/GgD//z0AyP8jAB0Ay/+E/zUA4/8aALP/hP/s/+z/wv+L/3MAwP+v/xMAIwBCALD/3v8/ABoAv//P/6H/xP+7/yUAKQBU/9H/u/85AM//+f/b/ysAsv+b//L/m//D/xgA3//N/5r/3P+i/9v/HgDm/6T/r//+/5L/oP8yANv/n//c/xgA1P/l/9n/sv/N///+AQC+//X/7P+//+H/KgDa/+X/GwAXAAgAJAAWABQA6//r/8//3P/J/xcA5P/A/8f/OQAUABgAQQAnAHP/FAC1/zH/zP/q/xkA6/8xABUALwB+/yIAvv/p/7n/XP/9/77/X//8/zsAFQAYANv/KwApAMz/LgAaABkAq/8xANr//P/r/1cA+f/V//v/MAAgAOj/2f8oALD/7P8UAOL/KgDI/yAA3v8HABUASgDd/xcArv9U/+3/IQASAN7/PwCr/xIA3v8gACoAt/8qAN7/PQDl/x8AHgCx/z0AIwARANv/LQANACUAHgDB/+r/JADE/zAAwf85ABkA4f/9/xcARQDw/xcA4f+j/8j/SQDY/8v/rv8UALz/oP8VABUAKgDk/x8Asf/S/9b/4f/E/8P/y//d/x4Aw//C/8//2P+5/1EA6//6/xgAIAAWAD4A6//h/+r/2f+y/ycAIgDF/wYA5f/w/83//P/m/7j/5f91ABgAFADC/8X/GAAdAN//MgBk/xQArv/s/+n/0/+z/+D/x//s/0AAp/8sAH0A0//X/xgAFwAuAMD/+v/r/9T/IgAVAOH/FQDL/+f/PQCR/+n/vv8VACkA5f8cAAUA6f8gAAgAzP8pABkAw/+4/x4AyP/X/wAAMQDf/xQARwC2/+r/GwD+/8D/+f8VAOP/5f/n/+b/JABHAN//nv8HANv/BgCf/9f/LgDo/7f/DwCr/wcAPADI/yUAKACu/7P////s/zIAyv8aAK7/IwBHABUArP8VAD4AMQDg/xQA0/8aACEAGAAqABsA2//H/7L/yv/b/8P/2f8UAOX/2P++/7v/+//j/5z/PADe/9//5P/F/9b/zP/g/+D/3P+n/3T/wf+9/xkA3f/q/+D/4//A/+T/vf8VACMAHADG/yQA3v+3/xgAPADT/xUAgf+p/+b/yP/G/+j/1P/V/xUALgBEAL//0v/i/yQAHwA2ANf/uP+7/xoAIgDA/1AArv/b/8P/yP8XANv/pP80AEEAUQCQ/9r/DQDi/7D/yf8OAB0ANQCx/yAAKwBAABUANQCg/xYA///u/yMArv8uAMD/FwDi/wQAFQAUANn/5v/d/xsAMQArAB8AFwAXANL/LQAwANn/1/8yABUAGAAWAM//if+w/+P/vv/c/+T/2f8vANv/5v/q/7z/k//L/7P/rP/f/6L/o/+F/zQAGQAjACIANgDK/xYAvv89AOb/JwC7/zQAGgDb/6P/JACs/8z/1//M/8H/1P8jAMv/w/8nAGn/0//r/+j/HAAWADEALwArABUAFwAUALz/0P/f/93/1v/j/83/KQDm/7P/5f8aAML/y/++/9b/FwAXABcAxv8uAM3/2/8aAOL/6v8UADAAFQDC/yQAyP/X/x4AGgAzAAAAEQAAAOr/BwCv/xUAu/+s/yUAHQC2/xQAFADI/+n/sv/8/yQAHgAzAAkAPQC9/33/IwAbAN3/LADn/8P/CwCy/x0Ayf8MALj/CgBzAOf/DQAcABQA9P8vANT/IQAqABIA3f8vAC4Ao/8iABQAqv8SABEA5v8YABoAFADE/xcAFADK/+j/GwAyANz/5f/m/9f/0f/X/+v/4v/i/+f/y/8xABQANwDd/7X/6v/o/87/VADq/+r/FwArAFIAr//G/wAAsP9XAOf/FAD7/8v/FQDB/+j/zP/s/+z/uP/n//P/yf+t/+v/0f+J/xcA3f/H/3f/IgDV/8v/jv+//xcA1P8bAOD/HQDF/9L/LQBFABwAKgDh/8L/yv8WABYAGAAYAA8AXgAYACkAFgDW/xgAFAAYABcAFwA6AMz/5f+y//v/vP/T/xYALQDt/0AA0f8OAAcAJQAiAN3/xf8aABYAGgAnACcA+v/f/xsAFgC9/z0A5/9QAMf/KwD+/2MAFgAXAB0AMwAuAOz/LgAdAAAAKAAeACQA+P/d/9n/7P8zACIAXgAdAM3/g/8CACoA4//Q/7j/6//z/zIALQC+/8z/HAAf/4sAKgCv/0EA6P8dADUA3v/E/xoA7P8aAOr/3f8LAJT/GgAkANz/zf/c/73/6P+k/xQA5f8yAEwA0f+l/8f/xv/E/9z/sP8zACoAKQAxADgA/v/F/9j/sP82AD8A1/8/AOL/GwAnAB8A2v/r/6D/5v/c/9b/vf+u/x0AYv8WACcAyv/4/xoA2/+X/8//oP/s/xkANwDb/yQAGAC9/yQA8/8oAFYAFAD8/+f/GAApAO3/uv/b/x0A5v/e/1cA9f/9/zQAKgD8/ysAGwBKABsALABP/08AGwCw/9f/GgDn/xUAFwBEABcAJgArABcA2f8AAB8AMwAvAAEAg/8UABQA///k/+X/FQDK/7X/wv/L/zgAhv8mAKH/TgDr/9P/OgD1/wAAyv/f/wMA1//j/67/4v/I/zAAzf8bABQAJAAOANz/3v/F/zkAqv8UACYAo//q/+H/4f8iAL3/zf9HABQAqf/s/yYAv/8vAMz/JQBAADsALAApAOL/QgAgABoAGgDf/zUARwAuAE0A4/89ABYADwBFAC4A5v8PAKD/xf8vABEARgCy/+T/5/82ANr/zf+9/wEALwDm/yoAuP/h/63/0v/6/x0A6//m/yIAGAC7/yoAu/+n/7r/6/+I/3X/zf8BABEAFAAXADEAKAA0ABoABQC3/wMAxv87AKz/rf/5/9H/5/8/ABUAwf/g/9//IQA5AKb/5P+t/9z/FACv/73/6v/8/zIAFAAhAK7/HwCv/4L/6//j/4T/GADI/1kAp//i/zgAYQCo/9f/DgCT/xsAMAA9ANf/CgDG/+b/z//i/yYAFAA2ACAAuv+v/yMA4v/F/zYA6v/r//r/KAAbAP3/DwAOADwAp/87AKv/FAAFANH/3P9GAOf/RwBFACAAxv/X/yAAyP8VANH/4v/o/9T/5P8gAM3/EQAlADIAIwDg/wcAFwAtAMr/GwDr/x0AFQDF////yP82ABwAyv/a/0YAGwAUAO3/qP9DABQAGgA2ALD/FwAgAGT/IADr/yIAFgC9/5P/RwAhABUAuP/r/yMAKwDX/9T/KADg/5b/QAA2ALz/QgBBABgARQBNABEAIAAsAD4AMwD2/xYALgAtACoARwA5APj/PgAUABQAJgASACQAJQA1AAMA2f+X/xUAGADJ/6r/4v8hABwANAAKACoAFwAbALX/sP/V/z4AFgAUANv/JAA4ACwAKwAgADYALAAfAB0Aq/+z/7P/FADh/+L/5f/p/yAAtf8aAAwAuf/k/+T/IgDq/x0A6v/E/8j/IQA9ABQAKgBPANP/6v8qAOv/NgApABUAJgAwACEA8P8sAN7/w//h/+b/4f/v/9f/KAA8ABgAJAAqADQAu/+5/xQAGgAfALL/FABjALr/DgAsABkA5/8LAOv/xf/e/0MAIQAmANL/FQDl/wMA3//v/07/tP+q//r/FQAkACQAGwATAP//FwCY/6P/kf/H/73/SwAtAOb/RwBtAIn/Xv/O/yUAr/8dANb/qf8mABYAxv/G/8b/GgAkABkAw//j/xcAIwAeAEwAy/9KAGIAPADT/0EA3v/r/ygAtf8aABoAGgAaABoA1P/J/7T/fv/b/6//1/8UACsAHgAEAOD/tv8hABgAMQAHAJX/JQAkAHb/LgAsABgAwv/W/x0A5f/r/8r/yf/q/9D/zP/e/6H/2P+a/97/UQCZ/wwAGQDC/ygAtf9GAOT/3v8wANL/NACt/xIA0/8vAB4ALABGABUAwf8sANf/SAAzACIAGwARAAgAHwDS/7//wP/f/+n/k//o/6T/vv8TAL7/fP/V/6P/4v+b/+H/jP88AOv/6//H/9X/1P/q/93/1v/p/9f/4v8bAC4AGQDh/6D/3v/X/8H/5v85AJz/x/84AB0AHwAkAB0A8v8ZAMz/of9UABUAKAAbAM//3v8QACsAGAA0ABoATAA+AL7/uf82ADIA3v/D/zUA4v8rAF8AVAAsADAA+f+m/6n/CAAoACIAGADr/97/FgAoANb/0P/h/zoAqv8AAOv/rf/j/ywAsP/G/8P/w//e/7n/1//i/7D/z/8NAJn/xv/a/xoAxv8BACUA6v+w/93/IADj/9D/5//R/8X/PgDI/33/tP/q/+r/KADT/77/sP+y/6//zv8AABQA6//b/+v/5P8WAAoArv/e/83/4v8AAAAALgC+/wYA5P/z/+z/df/j/yAABwAhACYAqv/w/0cA0/+l/4r/aQAhALz/0f/3/wcAxv+7/+H/4/+W/wIADACh/+b/BADV/67/0v/m/+L/4//Y/0MAxP++/+v/u/9IAAcAGwDh/9z/z/8nAJn/5f8eAMr/JAAkAM//yf/8/xwAFAD8/xoA1P/V/x4Ak/8jADcA8/8nACMAJgAhABsAKQAvAPT/KwAZAOf/HAAuAB0Aq/9EADQAJQAiABoAPwARAP3/+//Q/yIAHQDr/yMA2v/u/yoANgBNANj/FAAyAD4A2f+v/87/w//h/zkA6/8gAOv/MQAuAMD/4f8mADMAo/+s/+L/2/84AMP/4/8qADYAHwA+ABoAw/+t/ykADgDn/+P/AAAaAMP/6v8YABYA3P/R/yQA4P8XAB8Azf/J/+T/Y/8bACMA8P/D/+j/5v+t/9//pP/9/+f/PgDC/yoAFADY/xcAFAAfAOT/8/8ZAB8A9f8vAMf/GgAWACEAzf8VABsA4/9rABYADwCq/xkAFwDL/yAA+v8gABwA5//t/xUAGwAbABQA4f8aAK//KwDD/8j/2/9X/9n/tv8RADEAAwAWADkA2f/F/9z/3v+//xwAxP/E/y0AAADn/y8Ay/+0/xUAuv+t/zkAyP/c/+D/4f8xANj/z//G/9D/3P+v/8f/LQDZ////q//X/xoAJgASABMA+P8VACAADAC///D/IAAtAPb/0f8DABMAvP/d/ywA5//r/yQAFADw//3/MwDS/yEAHwALAMv/CADW/+L/FAAlACkAFgCq/xwAJAAkAB8A3f/D/9X/TAAVAOH/sP8oABQAHgDc/xgAFgAUADMAKQAUAOz/1v/q/xgArf+4/0QAEADr/xYAUQAiAAkANgDM/zwA3P/Y/9H/wf8YAD4A6//H/6T/0v/a/8//AwC4//f/w/9BAMz/wf/A/6b/v//s/yUA6P/H/+b/5v/P/zMALgA2AOH/4/8fAPn/3v8vAC8ALACg/xoARQCQ/+H/SgDA/57/sf/F/7X/UQDI/yQAFQAKAKT//P8dAP3/5v/A/8T/4f+T/67/wP+C/8X/vP/X/9f/u//k/9b/yv+7/8X/7f/f/37/JwDW/8L/OQAlAOj/6P/h/9D/tP/n/x4AIQDY/zcANwA/AMf/AwAoANP/3f8qAOT/FQAUACQAHQCi/xoA1//R/8P/JAAaADIAGAAVAOf/3v/n/ywA5/+J/7H/qv8UANv/6v/g/xUA2v8mANX/LgAtADEA1/+1/4f/IgBj/93/3P+0/8b/sv8gAIr/EwBBALD/FAANANv/8P/r/yAA3v/n/4T/HQAHADAAIQAAACoAKgDh/9b/FADC/+b/RQAMACIA1//Y/xoAKwAwAML/zv83AOv/6/+5/93/HADh/w8Asv87ACQAvP8bABwA4P++/xQAFADh/x0AEQAvABEAMgB0/8v/FwAiAOv/6/8uAML/LAAAAB8A4f+7/7//4/++/9v/6v8aACAAqv+3/yYAFwDD/zsAIgBHACAAz//N/8z/HwCP/9j/q//S/9f/z//h/wUAXwDF//3//P+4/6v/s//4/5T/4f/l/9j/gP/y/7T/FQCn/zEADgDB/zoAFQDO/8X/GwA5AC0AEwAYAPL/qf/B/+D/BABfALz/RwDU/wkAFQAJAK//PwCH/x4AGADn/9f/8/+v/0oA4v8NAH4AUv8NADUA5v/x/8T/7/8LAEAAu/+k/3z/4/8pABIALAAUAEAARAATAPr/1P8WANH/6f/s/+D/tP+4/yIA+P9BAAYA2/+p//P/PQArACkAWwCs/9n/IADY/9z/yv/G/6T/i/8eACUALwDK/87/4/84ADwAFABSANz/1f/a/yUAFwAYAB0A6/8cAOf/lv/b/x0A5/8YABgA6//d/woA5f/F/9X/MAAxAM3/QgAeAK7/HwBCANf/6/8gAN3/sv/V/9X/KADb/x4AGwDe/8P/o/9CABoAGABJABoAIgAjANb/HABGACgAz/8VAAAA1P87AOv/KQDg/+P/KAAyACsAOgAvAM3/VwAGAFIA0/8mADsAPQDS/+v/yf8pACIA2//U/9n/1P/R/8D/0v/V/8L/KAAlAEcAtv+3/zYAKwDE/8X/IgCr/9H/NwAVADIAFQCw/7T/w//f/7b/tv+0/8P/o//F/yAAm//f/9H/rf/K/9j/xP/R/7n/5f+q/9T/NADS/9X/x/9EABwAHQA2ALX/xf/i/yMALAAwAHX/GgAdACsAqv8oAD0AHgDE/8n/GQCu/x8Asf8lABUAWAAiAEUAzP/c/ywAHQD9/xsAGgBFAMv/s/8bALz/4v/i/97/4v/T/y4AFgAyACsAuP+v/+T/mf+r/8r/sf/f/zYA1/+7/+L/5//g/+D/vf/p/6P/1v83AH3/sv/X/zkAIAAvABAAHAC0/xQA7P/f/4//3P9KALj/FwAxAP3/OwCi/8H/rP/8/zsALwCz/+v/5/8JADIA6v8KAB0A6v/e/xgAZADo/8T/KgDz/ycAv/8kAOL/rP9QAB0AzP+7/0UAxP/P/6P/yf+7/7v/NQC2/27/QQAgABEA0/8cAMX/y//D/6T/CACy/7r/xv8vANv/1P/d/wUA1f+w/9f/xP+t/+D/NABu/93/sP/K/xoA7P8rANH/0/+a/xgAg/+o/+L/LgDn/8L/BgDB/xUAW/8eAIb/3P8UANn/EP8UADAAFAAiAIL/HQA/ADAA4v+O/ygA1v8UAKH/vv8XAJz/CgAWAMz/rv8XAOP/IgDr/8z/6v8nAN3/2P+7/7z/4v/X/7T/4f/G/8X/HgAJADcAef+t/yMArf8TAMn/OQCv/xMADQAIAFMA8P+6/8T/6//3/8z/VwD1/4//9P8UAM//YQAjAP3/FQDG/9n/FAAqAC8A0f94/0QA7//S/xQAGgAdABYAHwAVABoA4v/i/7z/HAAVAOj/GAAsACUACwAYAMb/5v/V/yIAFgASAOb/5v/F/9//wP8UAM7/1v9O/xUA4/+0/yIAwv+2/6P/zf/Q/83/IgCn/+H/3//B/8j/4P8mAOX/zP9LAMz/4P+d/yAAIADo/33/zv/T/9T/PgAVACQALwAIAPn/0f+z/0YA4f/3/8H/DQD9/zgAPQDF/+D/1//C/8z/LwDk/8L/gP8UANb/PQCs/zYAwf8nAMP/zf8UAOL/u/80ABQAzf/q/83/0/8oADYAZgAfAML/sP+J/zUA4f/j/7z/vP+5/9f/xv/F/6j/xv/j/+H/pP+//7v/KQAlABAASQDo/ygA1f85AOv/CQAUABgA6v/n/yIAKACX/7X/IgAiANz/wP+d/9f/3P+3/8T/0f+//9T/r/+//8P/m/89ADYANwAnAAgAJADE/0IAuP8aAB4AIAAeADgAGgAeADYAGgAvACUANgCy/9z/4/8aACgAzP8UAM7/yf9AAKv/4v/4/9D/1P/f/9j/JADN/9n/BQAtAJn/0v8IADQA+P/o/8z/4v8VAPv/4/8iAFEAmf8uANb/GQDd/0YA5/8VAPP/YQCn/+n/YwAVAB8Anf8YANr/uP8oALv/FQArABUA5P8uADMAMAAAABYAt/8XABsAKgAbALL/LAAjABAAKwCr/woAxv/5/zsAGAAPAFYAUwAiABYAOQDl/+P/HwAIACIAGADt/7P/4f8dAB0AMwADAOj/UwD6/xUALgDc/xQAMwAYANn/s/8hAM7///85AFEAGABKABUA5//s//f/MAD3/xkAGAC2/x4AKADY/+v//f/m/8j/GAAhACAAIAAuAOv/FgACAMX/2P/a/2IApv/r/+H/3/+k/57/yf/X/9//xv8BAFkA1//j/7L/1//k/ygA1f+7/xUAUgAfAKH/gv/R/8P/JQDF/7n/zf+5/xQA1P+j/8X/vf+V/77/GwDk/xQADwDe/6//uv/9/6j/uf/K/+L/oP8YAL//EADV/9X/z/88ACMAxv8qABQAyv/a/yAApP+y/xkA6P/D/7//pP/K/xEA3f8XAE0A5P8dAB4AIgAkANX/FAAZAOn/3P/+/yAAIAAdAMr/PwA6AFv/1P8oAOH/MwAfANr/uP8ZAPP/NwDe/8f/6P/R/ywAqf/H/zMAw/+X/8z/GwAGANf/5f++/+P/4f/q/zoA1P+a/93/FQAHADoAc/9FANT/lf+3/8r/6P8WAB8APwDZ/5z/vf/m/yQA6P/M/yQAFQAQABUA3f9jABsAFgCc/zMA9v8MANr/JgD8/xQAKQD+/+D/agDu/+7/0v8VAP//2//p/zYA2//d/2IAFgBBAN3/NAATANj//P8aAMf/KACo/6j/8v8fABUA2f8MAOv/MAATANL/3//q/8v/yP+y/77/0f/W/9b/x/+A/9z/OgAWAKL/1P+x/8//0//j/xwA2P8ZABUAy//s/6v/FwDQ/yIA8P9I/6n/CADU/zcAyP8dAEb/iv8uAEUALgDC/8v/OADk/+v/6/9GAP//0P/L/x0AFgDJ/8//7P8WABoAKgAUAPn/HADX/7X/3P/I/8P/NQBGAOv/zP/f/6f/1//F/6D/HAC3/8z/sv/C/ygAFwDL/xoAmv8pANX/6v/n/wAA+f/i/8n/w//A/1MA4f8jALr/4f+5/03/u//F/yoAzf88AC4ANwCy/yAAIwBRAEAAIgAoAO3/4f9MACEAtv8FAL3/tf85AOP/xf+q/8b/4P9kAJf/EwAvAL//of/d////CQBXACIAsP/n/zsANwD0/9n/6f+1/67/OgA0AP3/sv8aAAwABQA//8X/RADB/0UAo/8rAMr/DgDE/+T//f8aAJv/n/+3/9j/DADH/9n/GADD/+//3v/g//j/+/8FAN3/IgAXAAMAof8aALT/jP/F/9P/rP8PABoAFADh/zsAOQAlAND/qv/j/6D/sv+w/8v/xf/C/xAAOwA0ADcAGwBcAMT/t//Y/8f/7//g/+D/JQAfANb/o/++/+X//P9JAB0AGQAEAAEAx/8cABQA8f/b/0wALAAUALr/MgD9/6v/2f/h/wUABADX/w8A+v8UAOv/RwCt/9n/NAAwACgAKQADANf/JgAUACgAz/8oADYA1//t/y8AAgDj/6f/NQDV/9z/sP+e/8H/DgDW/yIA+//j/47/KQA/AOT/FADF/6z/GgAgANz/x/8VADYA/v8FABQAKwAdAL//NQDV/7z/GADw/9T////w/+f/uv8KAFEA6/8bAA0Asv8v/9T/NwB1/xwAVQDQ/5n/AQAJAB0ANgDq/x8AKwDj/w0A4P/X/zAA1f/S/ycA1P/m/y8A7f+t/xMAPgDW/x4AmP/j/8//+f/q/xUAIwAoABQAFQD3/8b/IgDW/zcADgAZABkAGQAVAKn/KgA5ABcAFwC6/9//of+R/yUAzP8lAEIAEQDF/9j/eQDG/8X/2P/B/0cAzf8wADEAz//W/8f/5//R/7f/uv+9/yoAFAAnACQAIAAkAOv/NQDM/77/8v81ACwAy/9TANv/FQAnAAMAKwC7/ygAEQA7ACIAJgAqAOH/HgA9AB0AFQDV/8b/xf9IACYAw/8WABsAEwDJ//X/+/8VAB8AHwA1AEAAAQA+ALv/5P88APb/FAAbAPn/yP87AOv/HQD//+r/HwDY/yEAEwAmAP7/w/8eACkAt/9DAFUAz/82AKf/0v9lANj/HAD3/w4AGQDB//D/PADI/yAA4v8fABgAOABQAOj/IwDr/6T/y//Q/6f/NgC4/yoA2/+7/xoACQAwALv/NgDL/7L/1P/X/6P/3f8bAOP/tP/p/8r/FwDg/67/6/8TAKr/y/+z/97/wf+Q/+T/6//I/7n/LQBOANz/GAAgAMH/w//c/+L/EQArAMj/CgAWAC8AFQA8ALb/JwD7/+P/JwDi/y4ADQC1/wcApv/I/6f/vP9KACoA5/9DAB8AHQAOACkAFABDABcADgDD/xYAOAAsAKT//P+3/yIAFACl/9T/HwCB/ygAQwC9/7f/qP/s/xoAGACy//3/FAAXACoA1f+k/zMAFwAVACQARwD8//T/LADs/87/FQDh/xQA4f/h/ycAKQDF/+L/0f/H/67/n/9eAFMAAwDH/zMAJQCe/y8ARQA+ACYAPwAVACUAOQAdAB8AKAAYAC4A3v8ZADwAKQAWACoAFgAbABEANwAfADcAVAAkAOD/FQAVAD8Ay/8bACAA5P8cAMb/4/+4/9X/GgDM/5n/iP/z/xEAAAARAEkANwDX/ycABgDr/zQArv8pACsALwAPAEgANgDr/+v/rP8aACUA2P8pAHX/2v/W/wcAyv+m/9H/v//d/4r/w/8UAHj/o/8pACoAGQAYABkAwf9NAEwA2f/r/+f/m//n/xcArf/Q/9D/KwAaADEAHwAjAB0AMgAOADIA6v+l/+b/OQAfABUAnv8HANb/w/+//xkAzv/S/xQAw//g/2IAFADd/+z/tf/r/ysAAwAUABEAFABMAN7/6/+v/xoAKQDM/+v/xf/o/9f/of/O/8H/4f8eABwA5P/0/+H/GQAZAC4A+//S/0UAwf+2/8v/q//l/77/xf8nABkAAADB/zMAFQDF/3//wP/h/6r/tf/N/9X/BQDk/+v/2v/h/yQAsP8nANX/9f8LAOj/PgA8AGEAJwDt/0cA2//X/00AHwDN/zEA2f8iAN7/DQAWABcAFQDN/+H/nf/i//3/MQDK/z4AMwAgABQAwv9s/zgAyv8lANH/tv+v/2EAyf8sABUA5f+y/zkAJADi/ywAzP/r/+j/GgAIAN3/wf/p/x0A0/+v/7P/GQAhAMn/5f/N/9//QgAMAEwAPAAaAAkAMgBdABQAOgA7AKr/yP/i/8j/DgAaAOf/JgDh/ywAIAC2/9j/LAC2/xQA1f+6/8//6P8XACoAJADG/6r/FgDa/+n/z/9HABYA6f8yACwAIgDe/5H/3P8UAE0A2P+w/zcAEQCC/9//8P8yABoAAwBBAC4ANgA5ADIA1/8rABoAKgAaAMD/6f/A/9r/+f9YAOD/5v+s/+P/rf8tACwAHQBNAND/0f8wAN7/GgBAAEUA3P/O/7T/MADQ/y8Avf8XAMD/HAAWAD4AJAD1/yYAOQDS/1IA0v+5//v/VwDX/zEAFgBFACYABAC8/4D/EAAkACQAtf+r/yQA4/8yALf/n//j/+P/6P/r/4f/AgAhABoAMgCt/xUAw//f//n/5v/5/yAA7f+u/9D/5P/P/8r//P/V/7n/FwDR/8b/3f/k//P/HwAPABoAPwDc//n/LQCw/x4AFwDr/9b/0v/K/8D/wP8YAK3/l//c/7z/qv+9/8D/wv/h/+3/1//M/87/z/+7/+j/3//M/8X/fP/E/5H/RwDA/9D/4v/E/xkA1f/h/67/rv8XAND/6v8dALX/wv+E/yAAxf/A/87/3f/i/6v/xf/8/+T/8/+b/wgAzP8uAKT/uf+7/8H/HADH/73/1P/O/9T/5//j/xAA6f/Y/2b/5f9j/xQAPQDV/67/RgDC/77/xv8yANX/sv8ZADIAEwBnANT/3f/R/ykAFQAWANj/FwC1/ycA5//R/7b/JwAiALT/UwAdABIA5v/i/9T/xv+b/yUAFAC//+f/3//W/yEABQDJ/wAAHwA7AOj/xP/s/xUA0/8gAMH/3f/k/5T/FgB9/4wA2v8RAOn/8/8hADX/rv/N/5r/HQA2AOb/IgArAK3/vf/o/+7/JwDA/9L/EAArAC8AFgBDACUADwAXAOH/FADa/xkA6/8QAAgAGQDB/7//0//r/67/zP9Z/6v/WgD5//3/vv+y/2X/FgCP/xQAlv8/ACQALAB1AM//4v+K/6D/bf+P/5r/Jf9XAPL/MAAoACEA8//I/zkAhv+c/9P/CwAUAMP/HACh/x4ABQDp/2P/r/8UAMT/PABOABoAdf9TALD/FQATACsAnv9z/6n/yP+u/9v/MP+2/yoAmP++/4b/MgC8/8L/JgDd/w7/rv8dADkAgv93/5r/v/+P/8j/KgB5/5b/PQA3AJT/HwAvAEQAwf/I/wIAUwBv/7b/DQBb/9L/IACV/woAm/9OADMARgCj/+L/jv/I/7L/Sv9QACMA9/8JAAUARwD8/04AFgAJAP//gv+2/xQA9P/H/7//yv/Y/0EAcf/g/0IAwv+V/z8ARAAbAL7/2P+H/zoANwD+//z/GQBaACAABAA2AIb/lP8WAB0AIABv/23/2v/l/w4Azv9a/xEAt/+i/ywAtv/L/xIA2f+J//D/2P8A/xoAQ//z/z0Aqv9x/3MABACE/3r/GgDJ/9//2f+g/3L/SgDd/7X/HADb/wIAsf9V/6r/GgCE/77/5f91AK3/ZP/g/y4ALAB2/97/g/+r/3D/k//g/93/IADr/6P/fv+j/3n/dP/o/9P/xv91AH//pv+4/+f/kf95/xgAJQCf/2D/xP/J/2L/OAAdALD/BgCr/xMAuP/F/zkAxP+q/7f/of/A/0IArP/T/7j/u/+5/7r/OgDT/8z/j/8ZAGT/pv8uAEoAUgAYABcAEgA6AKv/zf+l/7L/WgB5AAMAYv+0/5//8v8q/yQAEACM//7/vf+a/4D/wf/J/xwAXABQ/wwAJABj/8P/DQA4ALP/DACj/3H/BgAdADMAp//B/5H/z/+r/6j/wP+//6D/kv80AC3/OACK/5X/mv93/4P/lP+2/w8Am/8UANP/bf/D/xoAf//X/6L/7/+J/43/vv+P//7/OQDd/ysAU//L/5j/DwC1/8v/+v+n/5n/xP/+/y8Ai/8JAPL/mv8qAEAAi/86ABL/hv8C/8//1/+x/7L//v+e/53/ff/O/9L/yP+X/y8AhP+K/9b/qf91/0f/zf/D//D/dv/U/y0Amf8uABkAuv8AALf/+f86AH//x/9f/9D/mP91/5L/bv9u/6H/AADG/5r/vv8/AFv/pv+f/6X/CwCV/7f/nP/7/wQALgDO/zUA7P///7z/z/9XAKz/EgDX/yIAnv/h/xcA2P+s/6H/pf9JAP3/EAAqAL7/FwDD/xAAp/8mAMv/uP/I/jEAl/+7/y4ApP8KAIr/jf/U/0QAV//a/kMAAwCL/9f/NwA9ACYA+v8+AND/sP+t/+P/pf/b/3T/HAD7/zQA1P8E/4j/EwBFAEIARgAbAL//yv+8/0AARv+6/wQAuf/U/9T/zv+I/sj/tf8iABkAZwDZ////KgAhAMX/EAAeAMT/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/FwDg/3n/wP/b/9MAqgASANP/xf/k/3b/uv+2/xAASwAt/hcAeQC0/2EAIwCQ/+v/pP8EAHT/GAD8//n/2P/i/+X/NwAdAN//FAABACcA2f8HAGUA8//N/yMA6/8nAPH/IADV/9z/FQAaAH7/6/8oANL/VwCp/xsAGgDx/9b/6/+l/63/RgDN/6j/HQAMAOL/UADq/83/ZQAUANL/KwD9/yAAFgDR/7P/p//q//b/uP84ALT/IwCo/5f/uf8OAPn/tP/q/z4AGgDo/9b/HAD//9//CQAGAJL/yv/3/xQAGADu/y0A0//e//X/BgBQAA8A2P/+/8X/TAAYAEUAOQA/ABoA0f8kAAgAEgAqABUA3v8AADsA5/8SABsAnv/e/zMA4v8SALP/xP+u/yYAFgAyAB4AEAC9/7z/HwAdAC0A//+6//D/wP/4/07/tv8hANb/FwAoAE8AFwBz/8f/GgC1/9f/4/+V/+T/jP8jAEkAt/8IAK//4v/4/+D/2P8jAOL/GQDY/zUA3/8HAJT/0P/Z/8///P/l/9D/wf+4/8f/DwDV/xUAtf8sAFgA3f8sADsAv//8/+v/LwDS/3P/4//c//n/8v/g/y4AKAA6AOX/HgDa/0cA/P8aAEQAuP/T/x0AKwAyAOj/HABwAMX/MwDT/ysA1v+z/+v//v81AN//KwDj/7H/u//W/6D/HwDP/9P/4/8iACAA3f/O//P/QwBTAOn/4v9t/ysAKQAGAND/IQD5/7D/AAB9/53/GgCV/6j/IgApAOH/rv8NAP//1f/h/+b/HAAVALf/FgDU/9j/IwATABgA4P/i/7H/x//o/0UAzf8fAIb/1P+v/9j/FADW/+f/JgDM/6T/JABmAMT/PAB7ADQAGQD9/xoAUP8CACwAz/8gAJ///f/j/63/lf/S/1sA5v88AA8A0v8tAEcA3f/M/7X/OwDJ/9f/3v+s/+j/FwAtAOj//P8NAMn/7P8CAPf/JQD6/97/0P/C/8v/4f/V/0AAtf9GAJT/xf/S/zUAz//P/9z/t/8GAOv/MAAOAM3/3v/D/+L/GAD5/+f/rP8DALf/IQAjAKX/hv85APL/uv9MAJn/kP+Y/8z/0/87AMT/3v/v/8b/tv8lAEsAPgAfACoAHADe/8L/w//6/yAAKQBNAN//MgCo/5T/2/+7/yAAEQDz/+v/IQAjALX/6v8QAE0A+P9XAM7/n//z/8n/IgDd/ykA6v9BAPH/LwApAAgAuv8CAND/zP/p/w8A1v8qACcA7f8UAOD/wf8eAAIAHADb//D/u/8dAB8A2v/v/6z/5f9PAOb/5/+w/8j/SgAhAAgAHgAfAMr/S//J/9X/NgBHABYA3v+v/z0Amv/t//b/6f/R//z/sP+x/0sA3/8FACkAGAC4//H//v+T/+T/pP8WABQA5f8eAGUA+/+l/87/l//I/+H/+v8fAMb/CwDd/1oA8/+u/8z/3v8jAMr/dP8YAPr/+v8VACMAJgAXAJ//5v/K/8T/6P+l/w8Ap//b/+j/NgDn/9L/CQARANj/IADP/+D/4v/n/yUA9/8XANf/MwCU/6j/xf/i/zUAlf8YABIAjP+p/9T/DgCx/woARAAVAOT/rf/i/+j/wP/X/0wAIQA0AOH/vf/2/77/gv/w/zMA1f/r/9L/6f8IAL7/wv8rACIAnP8dADIABgAsABwABgAiALX/JACl/xMA7f+q/yMA8/8uAKn/8/8lANr/LwDD/8P/tP/I/+H/cQC//y8AJgD2/7//tP+7/xkA5P8wAMf/FwBGAC0A3f9XACoA6/8qAAgAh//o/9D/NwACAGMAAAC+/yYACQDL/6P/2f9IAPv/3//U/87/8v8JAGwAKQACAAsA+v+s/8r/2//i/5f/4/8YAAwA1P8DANX/AADy/z4AFADk/x4AqP+d/z8A2P///wYALAD4/xMADwC2/57/LAASACwAAwA8AP3/HAAxAFcAFgDg/7n/IAA2AE0A4v8VAOr/1P/s/w0AKQAUAOD/6P/d//f/+P8eAK3/GQDd/6X/zP+j/6j/vv/x/zoACQAFAP7/3//c/7v/agAUACIA2f9n/zIAu/+z/8D/4v8SAOH/yP+4/8D/CABNABgA//8vADoAZgAWAOP/v/+//ywAOQAGAF8Az//K/9//lP/M//H/uP+7/y0AAwBCALf/LQAsAKP/zv/M/6f//v+q/zIASgDb/6UA0v+d/6f/zP+j/83/qv/L/6D/egDB/zAA1/+i/8j/FgDk/wMANQDr/7f/z/8/AGMA6f+9/+L/+P8gADIAHQDB/+//FADH/5f/8f/v/w4ACAA0AKP/kf/f//n/BACz/zcAXgDq/ysA6P8tAA0AogDO/9j/0/8nAAsA1//k/+3/4/8yAGgA/f/J/xgAIADP/9b/aP/I/9X/m//H/9D/NAAZAA0ACADY/73/wf/e/77/oP8wADEAiv8zAOD/Wv+g/x4AsP8/AOf/2P/g/+3/z/+i/xwAKwAfAPD/+P8sALb/zP/Q/6//HQAeAMv///+w/x8A9/8HAOf/BADr/wsAPAD4/77/UwAIACsAFgAjAMP/LgB5AN7/+f/m/xEA1v/0/xkAiP8gAAsAh/+v/7//sf/r/xsAz//O/w0AFQCz/7T/1f/R/6n/r/+m/xUAHQBjAA0AQAAdAOf/1v8aAP//XADC/zgA8v8jALn/cf/W/z0AIABeACMAq/8qAKn/OQAdANv/z//2/wcAGQDk/+T/KQAUANz/pf8TAN//AwA5ACkA8f/+/xgACAAWAL3/EAApAND/+P8ZAKv/7f9XAPn/1f8cAKr/RwAUAOL/KgDr/zkAHQDc/wcAFQAhANT/GwADAD0AHADe/7z/HQA+AOX/OAD1/7b/DgCd/wgATAADAKr/vf/N/04AFgCX/zAAFgAAAJb/7f8zACoA5P8fAND/tv9SABUA3v+b/wsACwC2/woANQD1/3f/qv++/7L/BwBOACwA1v8ZAKT/4P/m/+z/QAD3/ykAOgAYABMA1f++//b//f8WACYARwAjAPX/QgDg/0MA0/87ABYA5P/+/7z/PQDC/z//GQD2/7T/DgC7/9H/rv8kAP//3v+U/+L/JQDD/+X/CQA0APz/eP+9/xIAi/8fAD8ANgAfABcALQAyAOj/GADR/7r/BwCl/5f/EAAdAKL/h/9v/00AGQAPACMANgDG/zYA2f++/9r/4f/P/wsAVACZ/xUAHADo/2v/3//d/xsA1v8FADYAxv+2/7b/8P/a/xoAzf8UAEQAwv8CACQAxP81AK//PwDs/wUAxf/W/93/LwAuAKL/kP9cAPD////k/3f/rP8RAMr/JwDr/5r/1P+8/wsA6v/q/+L/7P+4/7j/s//n/+7/yf+Z/7L/5v/U/+D/HQAbAML/AAAdAA4AFAAbABcAOgC2/wQA+//g/z4Auf/d/yUA+v/f/7//HwApAL3/DQCeAOT/UADH/xIA3f+n/+z/HwD//ygAEgAOALX/BwC3/x0A/P8jAAwApP/s/xoAIgAWABwAvv++/7P//f8rAB8AIgDx/1cA9/+6/9n/3P8uAP3/pP/5/83/KQD3/8n/7P/L/6n/vf+u/x0AYv8MAP7/FAC6/9v/VwByABoA+f8eAKv/v/89ANn/MwAKABYAz//l/xUA0/+Y/8n/9f/h/4b/GADC/zAAzf/r//D/KAAGANz/GADe/8j/OQC0/wIApP/o//3/tf+i/7//BwAFAP3/NQDI/+v/GwAgAL//7v/Q/83/vf/7/xoAzf+t/9L/QAD6/1AA6v/m/xYAGACc/7v/IwAhAE0A2f/f/xAAh//T/7r/u//8/zIA6v9CAOX/9P/m/8v/DQDx/yEAFgAUABoAuv+v/xgA4f/W/7L/wv/F/zYA+v8HABMARQCr/zsA4P/t/wUAFAAOACQA4P/z/7v/4f8lAPf/TwAFAOH/JQB9////yP8eABgAqP/a/9L/t/8tAKT/6/9QALb/xv8jACYAFgAFAMz/6/8bANb/KwDX/9T/MwDg/w0AvP9VAEEAZwA1ABgAFAAsANn/y/8OAOH/lf9HAOX/6P/n/xsA8P/6/xIA+P/F/+f/PgAWADIA6v/S/+r/zf/4/zUAMAAhABEAu//e/6T/qP/h/67/AwB9/4wA9P9cABoACADy/+r/rP8tABcAIwAeACkADwDN/+v/2/8xACkAOwAuABoAGgAaABoAGgCe/6//1//Q/yUAKADY/00AGACY/9D/0v+O/wcA3P/Z/yEA5/85ALj/0f+g/+//9f/X/z4Ay//X/8H/wf9OAJz/TACh/zoAgf/7/7z/+v8sAIj/yP+9/9z/6v8lAHz/u/8AANr/3P8YAPz/zf/i/wAAmv/1/9X/v//c/8//JQAqAOL/IADP/8n/+/8cABQAGQAgADYAFgAqAOb/+v/D/+T/4f+m/wMA9v/D/+v/yP8WAA4AIQC1/7v/pv/g/2P/BgDF/wEA1v+J/xcA2P/y/xwALAAPANz/GwDD/+X/mv/E/wgAIAAzAPT/IADd/wAA5v+3/y0A6f8RAMn/EgDo/7L/8/+7/0gA8f8UACoAKQBJAN7/5v/3/xAAyv/C/xoAwP/i/zUAUQA/APH/wf+z/5b/sv/a/8//AwD//9D/rv/M/8D/o//x/+f/BAC6/+b/EQAuAPP/sP+i/ywAyP8BAL//DADe/xEALACg/xoARQCp/8n/6f+z/57/kf/T/zwAAgDD/zEA4v/u/woAhv8m//z/1v+X/8r/8f+1/67/OQDc/+H/GAD//+D/NwA3AD8Alf/H/9v/3P8aALL/BABKAAUAGwA6ALX/JAAUAAwA3v8vAMv/8v/e/4z/EQDT/zMAxP/a/ycABQCo//z/LQD7/7L/+f+s/9T/zv/X/7b/sv8gAFkAEwCU/xQAAQAFAPD/6/8gALb/5/8mADYA2/8HAK//rv8JAB0Aqf/w/xoAKwDm/8D/3v9BABUAHADg/8z/EQAaACgAyP/I/yIA3f/r/7T/o//r/wAA0f8PAB8AzP+6/8v/zv+l/z8ABQDp/7z/HgAYAAsACADQ/7r/PwD9/+L/CAD9/9n/r//s/9f/KAAOAMH/tv8PAOH/sv/p/y0ALQDi//f/IAAdAMn/AAAWAFcAv/+w/x4A4f9CAOz/LwDS/zwAov8UADUAzf9XAAMAu/8uAN3/CgAcAOX/xf/V/+X/MgCz/w4AcAALABcA2v8nAOr/HwDc/+j/1f/V/ygAoP8YAOv/IQAwANL/1P8cAGcADwAFACEA9v/r/6v/EAASADIA0f8/ADoAAQDE/ykAIgAXANT/MwAGALP/1f/9/ygA2/8OANr/nP/+//L/0/9PAO3/3P+3/7D//f8YAFYA8P8QAAIAEAAXAKH/xP8BABMALwBPACYAFACO/8X/CQDT/x0A3P+B/7L/EQCF/7H/5f/b/9T/JgAhAOb/9//j/9z/FQC4/xcAMADz/zQA6P8ZAIr/6//n/wkAGAAiAMH/mv+5/xEACAAZACcAx/9AAMT/IwDy/7b/OQATANX/4P/p/+v/XADj/xcA9v/s/wAAu/+j/8j/xv/F/xQAFgAfABUALgDi/8//4v/i/4D/jf8lADgA+v/o/xgALABPADYA///4/wcA6P/A/yIA6//h/+b/r/8EABIA+P/1/wUAyf/g/2D/uP8eAMn/CQDM/xMAff/O/9L/+//u/9r/2f8NAOr//v+l//7/DgBY/0IAxv8qAAcAzf8kAML/6P8UAB0ACgCc/6z/BADB/7L/tf8rABkAMgDp/yQADQDE/9j/e/9CANz/4v/A/+3/pf+//+H/ZAAaAPL/IAAeADgADwBiAPP/NgAaAC8A5//A/7L/3P8oANX/sv9AAOf/xv/g/8T/1/8kAOL/uP8AAC0AIQDG/7X/6v86ALz/+//L/yIATgCZ/w4ACwAnAKD/GAACACsA5/8ZAP7/WAAFAD4A3//2/9P/SwBOABsAEQDS/wYAiv/5/w8AXQDk/xcAGQA5AN//GwAiABgAKADh/37/cv8mAO7/nP/g/xUAUgD+/93/4f/q/2v/mv/S/xQAzf8pAPv/7/8fAKr///+l/8D/HAAgAJr/r//i/wQApv/7//f/rv88AIX/zP/T/ykAHQAiAJj/JwAoAM//4/8DAM//6f8YAMr//v8cAIX/HgCt/yQAeP94/8D/KwAEADcAJwDm/w8As//i//z/zP8bAMH/lv/o/ygAqv8qAAMARAD4/5X/IwAuAND/AgCT/73/BwCd/8D/MQDf/+r/y//I/7L/vv+o/ygAyf+x/9T/EQDd/6z/4//w/xgAQgD3/8P/wv+T/yQA6//r/zUASQALALT/y//g/9n/GgDP/wYAj/8WAM3/OAAcABQAFwArAFoAoP87ABAA2v/K/9f/CwDE/xIATgDk//3/sv8FAJv/pf/Y/wwAx/+s/9n/GAC+/+//3v/g/+7/z/8sANL/BQDd/wcAnP+s/w4A3v/G/yUAGwB7/z0AZP/l//z/RQBZAAEADQADAOb/9v+V//f/5f/Q/7T/FgDc/9P/HgDx/+P/sP89ALH/q/8XAMD/CQB5ALL/MADR/9b/t//n/7H/t/+N//z/JAAKACkAuP/e/9v//v8iAAMAqv97/53/3f/q//H/OQC7/wYA7v9AANP/iP+t/6L/XwDG/+f/GAAoALD/v/8gAKf/EQDu/8z/pP/k/xYAAAAvAOz/1f/h/ysAuf8mABsAzv+8/0EAKgC1/0MAFQArANr/TgAlAPP/GQC4//7/+v8VACQAJAAbAIX/qP+9/xQA4f/h//j/n/9eACEAZgBTAAMA5//F/1AAdgAsABUApv9AAG8AFwAdAD0A0P8WABoAuP+s/8z/HwA7ADgA/P83ANf/JwDY/wYA1P80ACYAPQD4/0cAWgA+AOv/SwC6/9z/6f+7/yIA/P/p/6P/iv8XAPn/ov/E/0QApf82ABkAPgDM/y4AFgAOAKv/0P/D/+H/0P+w/5n/xf/b/ycA//8xAOT/4/8YAKf/r//9/wAA+//F/9f/f/+v/43/kf/E/wUA1//r/xgArP8GABUAIAA+ADIAzf8mAO7/8/+z//j/FgAZAAcA1//t/9//1f8xAKL/PgCJ/57/LwA9ABwA5f/L/wQA2P85ACcACQDT/yEACADd//7/0v+v/8f/GABOAB4Ayf/B/xUAzf84ADMAYADk/+L///8UANX/uv/d/+j/WwACAJf/AQATAMT/FADS//7/0//F/7P/uv+t/yoALADa/8P/JwALAEQA4//c/9v/MwDA/y8A5v8CANP/u//M/9H/3f/F/+P/MgCV/+P/5/8IAPr/AQA6ADEAAACa/9P/5f+l/zEA4P9HAEcAFABbAOX/7v8mABcA1P8XALr/5f88ABYA8v+g/x4AvP8lABQA+P8EAL7/EwAfAMf/0/8cABoA6P+s/+z/+/+2/wgA1v8aAJn/l/+1/+n/BwAAAPv/1P84ALf/wf/X/+v/',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-71, -51, 23, -37, -39, -70, 12, -26],
    classWeights: '7P/S/+H/BwDC/wAAzf++/+b/AADo/9n/9P/W/wAAzP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAA7P/4/wwA5P/v//n/7P/y/+f/EgDe/+3/7P8AAAAAAADv/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/EgDW/8b/2/8iAMf/0//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAPT/AAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8YAOz/7P/v/+T/6v/w/+f/KQDX/9L/4v/g/9b/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/KgDO/9v/5f/h/8v/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/AAAoAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P/t/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAA7v/u//b/7f/s/+z/FADs/+3/7//s//T/6v/r/+r/6//s/+v/FQDs/83/5//s/9v/IQDP/9n/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/AAAAAAAA+f/x/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAOD/AAArAMj/2v8AALz/vv/s/+z/7P/s/+7/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/6P/p/+v/7P/q/xgA6/8gAO3/+f/q/+//3v/l/+P/7P8UAOz/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoA1//M/+T/3v/d//j/zv/p/+v/6//s/+z/5/8WAOz/1/+m/87/DwDr/9f/6P8AAAAAAAAAAAAAAAAAAAAAAADi/+L/6f/n/+j/5P/o/xoA7P/t/+z/FAAAAOz/7P/s/+n/AADW/9r/1//Q/wUA5P8AAAAAAAAAAAAAAAAAAAAA7f/r/+v/8f/v/+3/FQDt/9b/3P/x/+3/8//d/yoA5v8AAPD/AADs/wAA+P8UAAAA7P8UAO3/7P/v/+n/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO7/7v/t/+7/7P/t/+z/KADY/wAA8P/6/+z/2P/d/+b/4v/s/+3/7//v/xYA7f/6/+z/+v8AAAAAAAD5/xUA2//X/+b/5f/j/+f/1/8hAAAAAAAAAAAAAAAAAAAAAADs/+z/6v/r/+r/7P/s/xUAAAAAAAAAAAAAAAAAAAAAAPL/7P8AAAAAAADs/9//FADs/+z/FADs/+z/7P/s/+z/AAD6/wAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+X/8P/u/+b/GgDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAPH/AADx/xUAAADy/yIA7P/3//L/5P/j/+X/AAAAAAAAAAAAAAAAAAAAAOT/2v8WAN3/6v8AAOj/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/z//H/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7f/v/wAAAAAAABMA8f/v/+z/7P/s/+z/7P8UAOz/7P/t//T/7v8AAAAAAAAUAO7/5f/o/+3/6f/q/+X/6v8ZAA4A3P/U/7n/xv8AAAkA2v8AAAAAAAAAAAAA+P8NAAAA2P/L/9n/3f/d/+L/KgD0/wAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//X/AADz/wAAFADs/wAA8v8AAAAAAAAAAPH/EQAAAAAAAAAAAAAAAAAAAAAAAAAbAPH/uP/C/8j/wP/N/6v/7f8UAAAAAADu/+7/9v/t/8j/5P8AAAcAxP+9/wYAwP8AAAAAAAAAAAAAAAAAAAAA6/8AAAAA7v8AABQA7P8AABYA2f/n/wAA6v/Y/+P/5//u/xcAAAAAAPj/9f/y//P/AAAAAAAAAAAAAAAAAAAAALP/FgDN/87/2f/r/+L/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/X/ykA1//E/9j/zP/f/9L/AAAAAAAAAAAAAAAAAAAAAMj/5//p/wAAAADj/0sAAADs/+z/7P/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAO3/1f/a/+r/2v8AAOj/AAAAAAAAAAAAAAAAAAAAAOH/LwDl/9//6//O/9D/4P/j/xoA4f/l/+v/6v/j/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v//r/7f8AAPj/FADv/8T/0//k/9T/1//i/ysA3P/G/7z/yf/E/8P/yP8/AM//AAAAAAAAAAAAAAAAAAAAAOv/6v/P/+z/9v8VAOz/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAOz/AADs/+z/FADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAYAAAAAANb/6f/Y/8j/6v8AAMj/EQDs/+z/7P/u/xQA7P/s/+z/2P/j/9j/1//X/9T/JwDW/9r/0v8iANT/1f/F/9//9/8UAO3/AADw/wAA7P/v/+z/6//r//n/6/8VAOj/6//s/+7/7v/u/+//8P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/+n/6//o/+r/GwDn/+f/AAAAAAAAAAAAAAAAAAAAAO3/0v8oANn/7//f/+L/3v/q/xUA6//r//L/7v/r/+r/AADt/wAA7P8AAOz/7P8UANr/CAD5/8L/w//Q/+r/5f/Y/9j/5f/f/ygA2v/Z/9j/AADp/+n/7P8PAPr/2v/W/wAAAAAAAAAAAAAQAPL/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+3/7P8AAPn/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/2P/g//L/0v/F/w4ACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/DgDg/+v/6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+3/EgD0//H/9P8NAN//DgAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xgAAADz//X/7f/o//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA6f/Y/wAA7//c/8v/AADf/9v/AADX/9f/1f8AANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//o/wYA3v/t/xYA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+b/6//n/+n/5f/q/xgAAAAAAAAAAAAAAAAAAAAAAOL/3v8gANr/4v/h/+H/4f/t/+z/CADj/wAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/GgDs/97/3v/r/9v/AADY/+f/5P/q/wAA7P8AAAAAAAAAAAAAAAAAAAAA3P/S/+z/5P/t/+r/FwDs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/4P/s/wAAAAD0/9j/CQDd/+r/z//f/+j/KgDo/87/xf8AAA0AAAAAAAAAAAD0/wAAAAAUAOr/7f/y//b/7P/6/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA5P/T/+j/9f8AAN//3//s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAMn/3P/S/9b/PgDJ/9P/vf/K/93/ov/A/9T/FQAXAMP/AAAAAAAAAAAAAAAAAAAAAPD/7//w//D/8//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5f/5/wAA9/8AAC0A0/8AAAAA5P/T/+j/9f8AAN//3/8AADgAvv/E/8//qP+1/9n/6/8AAAAAAAAAAPT/HwAAAAAADQAAAAAAAAAAAPT/AADq/+v/6P/s/+z/6v8VAOz/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/+z/7f/r/+z/AAAQAAAAAADe/9r/2f/d/9j/2P8AAAAAAAAAAAAAAAAAAAAAAADf//D/5f/g/+r/JwDi/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/wAA7/8UAOj/7P/k/+T/6P/j/+r/6//p/+n/GADp/+f/HgDO/+H/5v/r/9//6v/s/+z/7f/s/+z/7P/s/xQA6P/l//r/6f/0/woA3f8AAPj/AAAAAPb/8v/s//H/FACy/w0A7v+n//r/+f/N/8z/5//r/xUA6//s/+j/9//s/wAAAAAAAAAAAAAAAAAAAADf/x0A4v/i/+P/3P/k/+D/2P8tAN3/6f/K/9z/1v/V/wAAAAAAAAAAAAAAAAAAAADy/xQA+f/x//f/7P/s/+//7P8UAO3/8f/t/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADr/+z/7P/s/+r/7P8AAAAAAAAAAAAAAAAAAAAA4v/g/+b/2P/1/wAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/6f/Q/8P/2f/p/yAA1//Z/xIA6v/n/+r/EQDl/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A+f8AAAAAAAAAAAAAAAAAAAAAAAAUAPj/+f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPL/6v8AAPX/FAD3/9//7P/r/+b/AADw//L/4P/0/ycA3P/e/+P/5v/l/9v/IQDj/+z/7P/t/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7v/x/+3/FAD4/+//7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+r/6//t/xYA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8AAOz/3P/r/+j/3f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//L/6//t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//k/wAA5v/p//f/6v8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v84AKL/wv8OAOf/wf/U/wAAAAAAAAAAAAAAAAAAAADi/yAA3f/m/+P/5//f/+L/AAARAAAAAAAAAAAA8P8AAAAA7P8AAPj/AAAAAAAAFADq/+b/6//p/xwA6//r/9j/8v/w/x8A+f/4/+L/4//5/wAAAAAAAAAAAAAAAAAAAADW/8n/3f/j/+//0//C/zcAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADt/+3/AADt//T/7v8AAAAAAAAUAO7/6/8dANr/6//n/+v/2v/r/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/y/+z/7v/s/+7/AAAAAAAAAAAAAAAAAAAAAPX/FwD5/wAAAAD5/+n/AADj/xYA7P/s/+n/6//r/+v/6P8ZAN//5v/p/+v/5v/m/9b/HADV/+P/4//g/+T/3P/2//f/7/8AAAAAAAATAPf/7f8AAAAAAAAAABQA8P/w/wAAAAAAAAAAAAAAAAAAAADj/w8A5P/p/+D/3//b/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+3/7P/t/+z/6//v/xYAAAAAAAAA7f/h/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADv/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/AADG/9b/1/8AAPb/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/7f/u/+//FADs/+z/6//r/+//7P/2/xUA6//v/wAAAAAAAAAAAAAAAAAAAADJ/x4Av//I/8T/1v/r/7j/AAAAAAAAAAAAAAAAAAAAAOn/HgDi/+n/3f/Z/9P/3f/r/+z/7f/s/+z/6v/r/xUA7v8UAOz/7P/s/+z/7P/u/+v/1v/U/9b/AAD3/83/EwDs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/t/xQA7P/s/+v/3v/q/+z/5//z/+f/5P8aAPD/AAAAAAAAAADw/w0AAAATAAAAAAAAAAAA8P/y//b/AAAAAAAAAAAAAAAAAAAAABQA7P/x/+3/8P/u/+z/7v/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAPn/AAAAAPL/EwDs/wAA7P/w/wYAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/+7/7v/s/+3/FADs/+z/7//w//D/7P/s/xQAFQDZ/93/7//n/+P/6//z/zEAo/+o/6n/rf+1/9f/wP/j/+z/6f/q/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAPL/6P/d/+z/3P/p/wwA6//t/+z/AADs//v/7P8UAPb/OwDY/+T/0//j/9z/zf/e/+b/4v/s/+3/7//v/xYA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//S/9z/1f/r/9P/EwASANr/5v/z/+P/+P/k/x8A7//s//n/8P/x/+z/7f/t/xQA6P/g/9f/5f/f/xwA5f/k/+z/6/8VAO3/7P/s/+v/7P/G/9L/GwDO/9H/4//p/+f/GADs/+b/2P/q/8j/AADf/wAAAAAAAAAAAAAAAAAAAADS/9X/1f/Y/+D/z/82AOD/6//m/9D/6P/s/+z/GADf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/wAAAAAAAOz/FADs/wAA7f8AAAAAAAAeAPD/AADM/9b/6f/O/93/CADu/wAAAAAAAAAAAAAAAAAAAAAAAPH/7P/t//T/8//s/xQA7v/r/xUA6//r/+z/6//r/+v/7//p/+//6/8VAOv/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/x/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAN7/7f8UANj/6//s/wAAAAAAAAAAAAAAAAAAAADM/yUA+f/U/9v/1//T/9b/AAASAAAAAAAAAAAA7v8AANX/KQDU/9f/3v/V/+//5/8AAAAAAAAAAAAAAAAAAAAA3v/j/97/6f8AANn/2P8AANj/FQDb/+n/6v/l/wAA1P8AAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAAAABUA6//w/wAAAAAAAAAAAAAAAAAAAADp/+z/3f/Q/xQA1//r/wAAAAD5//b/4P8AAAAAJgAAAOz/7P8UAOz/7P/s/+z/7P/4/wAAAAAAAAAA8v8TAAAA3/8VAOv/4P/i/+b/6//4/wAAEgAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/q//D/7P/q/+v/7f8WAAAA7v8AAAAAAAATAPr/7//s/wAA9P/0/+j/7v/t/xUA4f8NALz/uf/o/9L/5v+j/wAAAAAAAAAAAAAAAAAAAAD0/+j/AAAAAAAAAAAmAAAA7P8UAPH/+f8AAOz/7P/w//f/AADr/9b/AADV/+3/6//Y/+//7P+U/7P/yv8SABAAAAAAAAAAAAAAAAAAAAAAABUA0//l/+D/AADm/+v/1//s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA1P/J/wkA+f/s//P/5v/j/+n/7P/f/+7/AAAAABMA5v/0//v/7v8AAPb/GgD5/+z/6//s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA1v/r/9j/EQDY/+r/2v/6/+f/7P/e/+D/7v8YAOf/7P8AAAAAAAAAAAAAAAAAAAAA3P/f/+X/2P/j/ygA5v/Y/+z/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAM//6v/o/+v/wv8NAAAAEgAAAAAAAAAAAO7/AAAAAPD/AADs/wAA+P8UAAAA7P/t/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADo/93/7P/s//D/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAL3/CQDU/+r/zf/q/wsAwv/s/+z/7f/s/+v/7P/s/xQA7P/s/+z/7P/t/+z/FADr//T/7//4//f/FADv/+z/7P8AAAAAAAAAAAAAAAAAAAAA9v8MAND/3P/R/+7/0v/5/+f/FwD0/+v/1v/s/9n/5P/q/xoA+//w/wAA8/8GAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P/X/+z/7//n/+H/FADp/+v/7P/s/xQA7f/t/+z/7P/t/+z/7P8VAO7/+f/t/+v/7f8AAAAAAAAAAAAAAAAAAAAA8f/1/+3/AAD0//T/FAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAGAAAAO3/9f8AAPP/AAAUAOz/AADt//X/AADz/wAAFADs/wAA7P/p//T/6//t/xQA7P/t/xQA7P/s/+//7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/FADt/+z/7//p/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6v/r/+v/4v/r/xcA2v8YAOn/+f/4/wAAAADp/wAA6/8AAO3/6P/x/xQA2//y/+z/AAD0//T/7P/u/+3/FADL/+T/5f/H/9P/1f/Z/y8A6v/r//b/7/8AAOz/FQDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/3/wAAAAAAACsAAADX/+z/7P8AAAAAAAAVAAAA6/8AAAAAAAAAAAAAAAAAAAsA7P8UAOz/8P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAPL/7f/v/+z/AAD3/xQA7P/y/+3/7//s/wAA9/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/t/+//7P8AAPf/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/v//r/7P/z/+f/EgDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/4P8AAOL/AAAXAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADp/+z/7f/u/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAD6/wAAAAAAABIAAADn/+r/7P/u/+7/6v8gAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/w/x8A+f/4/+L/4//5/+//7P8UAOz/7P/s/+7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AADs//b/FADy//D/HwD5//j/4v/j//n/7P/s/xQA7P/s/+z/7P/s/+n/7f/L/9z/9//b/93/DADs/+z/7f/t/+z/FADs/+z/6v/r/+r/6//r/+v/FgDp/wAAAAAAAAAAAAAAAAAAAADs/+//8v/x/wAA7f/q/wAAAAAAAAAAAADs/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAAUAO7/AAD0/wAA7P/x/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+7/6//0/+v/6f/r/xYA7P/5//D/8f/s/+3/7f8UAAAAAAAAAAAAAAAAAAAAAADs//n/8P/x/+z/7f/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/3P8AACkAAADz/+v/7P/y/+z/1/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm//f/8v/f/+//KQD6/+f/3P8AAPn/6f8AABYAAADr/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/5/8AAPn/5f/5/x4A+f/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADx//n/AADs/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAD6/+3/7P/s/+z/FADs/+z/7P/s/+z/6v/s/+v/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+v/FAD4/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/9P/t/xQA7P8AAO3/7P8UAOz/7P/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAPv/AADw/+//AADw/+//7P/5/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9j/5//s/+z/7P8AABQAAAARAAAA+f8AAPn/AADw/wAAEQAAAPn/AAD5/wAA8P/s//n/8P/x/+z/7f/t/xQAFgDq/+v/6//r/+v/6v/q/+z/7f/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsAAAD7//f/AAAAAOX/AADw/+7/9/8UAO3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAANz/4P8AAAAAAADr/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/xQA7P/s/+v/FADr/wAA5f/Y/9z/2P/s/+z/7P/s/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/8v/7/+3/7P/q/+r/FgDh/+z/7P/s/xMA6//r//j/7P8UAO3/7f/s/+z/7P/s/+r/x//q//X/AADp/yMAAADq/+r/+P/u//n/6f8XAPb/7P/s/+//8//y/+3/FADs/+3/6//3/wAAAAAWAO//7f/s/+z/7f/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/8r/3f/d/9P/KgDO/+r/AAAAAAAAAAAAAAAAAAAAAO7/FADs/+z/7P/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAUAAAA7P/s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOr/9//s/wAAAADi/yYA7//s/xQA7P/s/+z/7P/s/+z/7P8UAPD/7f/u/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAFAAAAAAA7P/s/+z/7P/s/xUA7P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADF/9b/2v/c/+D/OADF/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//n/8P/x/+z/7f/t/xQA7P8AAO//9P8AABQA7P/s/93/zv/J/ycA1f/q/8b/z//i/wAA8P/Q/+z/3f8AAOb/7//0/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAGAAAAAADt//X/AADz/wAAFADs/wAA7P/u/+3/9P8AAOz/FAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD4//n/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAOz/2//u/+H/+P/m/xUA7P8AAAAAAAAAAAAAAAAAAAAA7P/u/+3/9P8AAOz/FAD6/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADr/+P/5v/k/+f/1P/X/xYA6f/q/+3/6//n/+n/6f/v/wAAAAAAAAAA7v8TAAAA4P8AAAAAAAAAAB8A9P/6/xAAAAAAAAAAAAAAAPP/AADf/wAAAAD6/wAA6/8hAAAAAAAAAAAAAAAAAAAAAAAAANj/4v/5//f/+f/f/yYA+/8AAAAAAAAAAAAAAAAAAAAAFADw/+3/7P8AAOz/7P/7/wAAAAAAAAAAAAAAAAAAAADr/+z/6//r/+z/7P8VAOz/+P/s/+f/6//z/xQA7P/s/93/4P/p/+D/6f/b/yMA8P8AAAAAAADt/wAAFAAAAAAAGADp/wAA7P/5/9b/yP8aABQA7f/6/wAAAADv/+3/7f/s/xQA7f/s/+//7P/u/+z/AAAdAOv/AAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/u/+z/7P/s/+z/7P/s/+z/7f/s/xQA7P/r/+T/AADm/+n/9//q/yEA7P/s/+7/7v/t/+z/FADs/+z/7f/0/+//AADs/xQA8f/s/+3/9P/v/wAA7P8UAPH/2//z/+f/2v/t/ykA5//p/+j/7P/j/9T/6v/X/+7/FwDu/+z/AADs//T/7P8UAOr/7f8UAO3/7f/t/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v/wAAAAAAABMA8f/v//X/OQD3/wAA+//1/83/9v/s/+z/7//z//L/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/wUAzv/U/9v/AADt/7T/7P/s/+3/7P/s/+z/FADs/+n/IgDZ/9z/2P/q/9z/3P/r/xUA8P/u/+3/7P/r/+z/7P/s/+3/7f/s/xQA7P/s/+v/FQDb/+b/4P/p/+v/6v8AABIAAAD3/wAA9/8AAO//AADk/9P/6P/1/wAA3//f/9j/AADZ/+r/7P8SAOL/2/8WAOr/6//r/+v/6//q/+r/GwD0/wAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAPn/4v/3/wAAAAAAAAAAAAAWAOz/AADs/wAAAAAAAAAAFAAAAO//5v/3//L/3//v/ykA+v/n/+3/7P8AAPn/AADs/+z/FAD2/97/7f/1/y0A9v/r/9P/AAAAAAAAAAAAAAAAAAAAAO7/7v8UAOz/8P/s/+z/7v/5/9z/1//e/9L/2/8TANr/AAAAAAAAAAAAAAAAAAAAAPX/AAD6/wAAAAAAABIAAAAUAPH/AAAAAAAA7f/t//v/AAASAAAA9/8AAPf/AADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/3f/s/+z/8P/r/xUA6//s/xQA6//s/+z/7P/s/+z/7P8XAOj/6v/m/+D/5P/o/wAAAAAAAAAAAAAAAAAAAADy/xUA8P/2//X/7//t//b/+v8aAAAAAAAAAAAA+v/0/wAAAAAAAAAAAAAAAAAAAAAAABIAAAD3/wAA9/8AAO//9v84APn/AAAAAPf/z//3/9j/NADX/+b/1P/h/8H/1f/r/xsA4P/b/+7/7P/e/+D/1P8tAOX/1f/X/9T/z//W/+f/KQDX/9L/4v/g/9b/2v/t/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAB8A9P8AAPr/AADl/+r/AADm//n/AAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAOz/4v/v//H/7P/s/xQA7P/p/+X/5//o/+r/6v8YAOT/AADy/xUAAAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOP/5f/g/9j/2f/G/xYA7P8UAO7/7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/8//7P/2/xUA7P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/d/+n/AAAAAPH/IAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/6//q/+3/6f8XAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/q/+7/7P/t/+r/DQDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAADo/+z/8//q/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/FAD5//H/9//s/+z/7//n/wAA7P/a/+z/3P/q/xEAAAAGAAAAAAAAAAAAAAAAABwA5v/l//T/8v/k/+j/7P/1//v/AAAAAAAAEgAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/9v/v/wAA7P8VAPH/6v/r//b/7/8AAOz/FQDx/+f/7P8WAOv/7P/p/+X/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6/8VAO3/7P/s/+v/7P/c/wAAIgDg//D/3f/i/+P/AAAAAAAAAAAAAAAAAAAAACEA4f/g/+n/7f/Z/+D/6v/s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+z/AAD1/wAAFADt//v/7f/v/wAAAAAAABMA8f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/+z/FADs/+z/7P/t/+z/7P/t/+//AAAAAAAAEwDx/+//7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//b/7//u/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADs/+//8v/x/wAA7f/q/wAA5f8qAM7/2//l/+H/y//T/+L/FwDp/+v/6f/h/+r/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/xUA7P/r/+z/4/8AAAAAAAAAAAAAAAAAAAAA+f/j/+n/+P8AANr/FwD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//M/9L/0//V/yUA3f/W/wAAAAAAAAAAAAAAAAAAAADq/+r/+v/1/wAA8P8WAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//D/AADs/+3/7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/FAAAAOz/7P/s/y4At//b/9D/4//w/8X/1//h/xcA6f/q/+j/3//q/+r/AAAhAAAA8P8AAPX/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAOj/3P/m/+n/6//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA8/8AAAAAAADt//L/+f8AAAAAAAAAAAAAAAAAAAAA7P8VANr/7P/s/+z/6f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/0//X/FQDs/+r/7P/s//L/9P/1/xUA7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDt/+z/7P/p/+j/7//2//f/7/8AAAAAAAATAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9f/6//r/+z/EgAAAOz/7f/v/wAAAAAAABMA8f/v/xQAAAAAAAAAAAAAAOz/AAD6/wkAAAAAAAAAAAAAAAAADgAAAAAA+/8AAAAAAAAAAOf/6P/o/+j/6//p/xgA6v8AABoA8v/r//b/9//s/wAA7P8UAOz/7P/s/+z/6//s/xQA7v/2/+z/AADs/+z/8//s/+v/7P/s/+z/7P8VAOv/7P/u//r/7f8AAPb/FADu//X/AAD6/wAAAAAAABIAAAAUAAAA9//z/wAAAADs/wAA7P/s/+v/7P/s/xQA7P/s/+z/6v/s/+3/7v/t/xUA7v/a/+b/3P/p/93/4/8dAN3/3v/U/+j/6f/q/wUA0v/v/wAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADu/wAA7P8UAO//7P/2/+3/7P/u/+z/7f/s//D/AADs/xQA9f/x/+r/+//p//j/1//r/xoA9/8qAPb/8v8AAPb/5//2/+3/FADs/+z/7v/s/+z/7//s/+z/7f/s/+3/7P8UAO3/7P/s/wAA7P/s/+v/CwDf/+z/7P/W/9T/0/8ZANr/7P8aANL/2//l/wAA5//h/9n/+P8AAAAAAAAAAPL/EwAAAOz/7P/t/+z/7P8UAOz/7P/s//T/7v/w//H/FADs/+z/8v/t/+//7f/w/xQA7f/s/+z/7f/1/+z/7f/s/+z/FAAMAPH/AAAAAAAAEgDK/9X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/7//4//f/FADv/+z/7P/s/+z/7P/r/yAA3f/r/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/xQA7P/s/+z/7v8AAAAAAAAAABMA7//t/+X/5//4//D/8v/v/x0AAAAUAO3/8f/0/wAA7v/u/wAA6//s/+v/7P/s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAADt/+z/AADs//v/7P8UAPb/FQDv/wAA8P/4//f/6f/v/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/q/+z/8P/v/wAA8P/v/+z/+f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD4//P/AADv//L/7P/x/wAAAAAAAAAAAAAAAAAAAAAOAAAAAAD7/wAAAAAAAAAA6/8AAAAAAAD1/+n/5P8bAOz/7P8AAPH/7//t/xQA7P/s/+z/AADw/+//7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPn/AAAAAPD/FAD6/wAAAAAAAAAAAAAAAAAAAADg/+T/5v/k/+b/2v/l/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//d/+n/6f/p/9v/KADi/+7/7P/s/+v/7P8UAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/+z/FADs/xMA8/8AAAAAAADt//L/+f8AAAAAAAAAAAAAAAAAAAAAAADy/xUAAAAAAAAA9f8AAOz/7P/t/+z/7f8UAOz/7P/K/8f/6//o/8j/wv8lAND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/3//h//D/6P/l/yEA8v/R/9b/3//o/+D/1P8uAPP/7P/s/xQA7P/s/+z/7P/s/+z/AAD0//T/7P/u/+3/FAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7f8UAOz/7P/s/xQA7f8AAAAAAADu//j/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAAAAAAAPf/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDk/+f/6v/o/+j/3v/q/wAA3v/a/+L/1//T/wAA3v/Z/93/+P/Y/93/EgDp/w0AAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADv/+D/7v/x/yYA9v/n/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+r/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA8v/7/wAAAADz//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/5P/o/9b/2//j/+L/HADv/+z/9P/t/xQA7P8AAO3/AAAAAAAAAAAAAAAAAAAAABoA5P/r/8T/6v+s/+7/0P/s/+z/7P/s/xQA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8VAOz/3//n/+v/6v/c/wAA2//s/wsA7P/s/+z/7P8UAOz/7P/s//T/7//4//f/FADv/+z/7P8AAAAAAAAAAAAAAAAAAAAA+v8JAAAAAAAAAAAAAAAAABQA7v/5//H/8P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA6/8AAAAAAAD1/+n/5P8bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+//+P/3/xQA7//s/+z/AAAAAAAAAAAAAAAAAAAAABUA1//s/+z/7P/s/+z/6f8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAADv/wAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAADt/+z/6v/t/+z/EwDz/wAAAAAAAO3/8v/5/wAAAAAAAAAAAAAAAAAAAADr/+v/+f/r/xUA6P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/t/+z/7f/s/+v/7P/t/+//7//s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADv/+D/7v/x/yYA9v/n/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAFAAUAPj/8/8AAO//8v/s//H/FAD4//P/AADv//L/7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/1/wAAAAAqAAAA8//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xUAAADu//T/7f/q/wAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAPr/9/8AANf/AAAnAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAA7f/1/wAA8/8AABQA7P8AABUA6P/q/+v/6P/q/97/7P8tAOT/AAAAAAAA4//i/wAAAAAAAAAAAAAAAAYAAAAAAPn/AAAAAAAAAAAQAAAA8v/s/+z/8P/t/+7/FQDr/+3/7P/3/wAA8f8AAO3/FADw/wAAAAAAAAAAAAAAAAAAAADt//L/7//t/+7/GAD2/+r/AAAAAAAAAAAAABAA8//7/7//4P/V/+f/5//O/0kA4/+1/0YA1P/W/9v/tv/L/8z/7P/s//L/7f/4/xQA7//s/97/6v/s/+f/8//n/+T/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9v/7v/h//j/5v8VAOz/7P/w/+z/7v8AABQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/6/8AABUA6//p/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/FAAAAPf/8/8AAAAA7P8AAPv/yf/E//j/0f+8/+v/0f/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQA3P/d//n/rv/T/8P/3/+6/9H/1/8pAOH/2v/f/9f/zv/s/xQA7P/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAA8P8XAAAA+v/4//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8VANr/8v/r/+T/8//Y/wAAAAAAAAAAAAAAAAAAAADZ/wAA2f/Y/+z/DwDb/9j/EwDh/93/6/8PANv/1v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8AANv/4P/z/xMA3f/b/9H/2P/d/9j/7P8AAAYA2v8AAAAAAAAAAAAAAAAAAAAA6f/4/+v/GAD6//X/8//0/wAA4f/F/+z/9/8FAOz/1v/t/+3/7P8VAOz/6f/o/+P/7P/r/+z/7P/s/xQA7P/s//T/wf/o/+X/3f/h/9H/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/7v/x/+z/5P/s/+b/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/1P8pAOH/1P/i/9f/zP8SAAAAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADs/+//AAD4/wAAAADM/wAA3P8MANj/AAAAAAAAAAAAAAAAAAAAABQA7P/t//H/7f/t/+z/7P/s/xQA7P/s/+z/7f/s/+z/+//e/9v/6f/b//L/4P/n/9H/yf8aAMz/2f/R/8r/6//s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/s//r/+v/z/+z/+v8PAAAAAAAAAAAAAAD5/wAADgAAAAAAAAAAAAAA+v8AAAAA8P/5/+z/AADY/yoAAADt//T/7v8AAAAAAAAUAO7/FADt//H/9P8AAO7/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6P/U/+b/2P/g/yMA3P/i/xgAAAAAAAAAAADp/wAAAAAUAOz/7P/t//X/7P/s/+z/+//j/+H/5//p/wAA5v/k/xQA7P/u//H/8v/s/+v/7v8UAO3/AAD0/wAA6//y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAOv/7P/q/+r/7P/d//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//X/AADz/wAAFADs/wAA7f/1/wAA8/8AABQA7P8AAO3/9f8AAPP/AAAUAOz/AAAUAO7/+f/x//D/7f/s/+z/7f8UAOz/7f/t/+z/7P/s/+z/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/xQA7f/v/+z/7P/s/+z/AAD0//T/7P/u/+3/FADq/+v/6v/r/+v/6/8WAOn/7P/s/+3/7P/r/+z/7P8UAAAA5f/z/+r/7/8AANj/2P8AAOn/3//m/+j/EQDX/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/s/xUA6v/s/+v/AAAAAAAA8/8AABQAAADs/y4AtP/q/wAA5P/P/7//3v/s/+7/7f/s/+z/7f/s/xQAFADx/wAAAAAAAO3/7f/7/wwAy//f/+n/5f8AAMz/4f8AAAAAAADu/wAAEgAAAAAAKQDb//P/+P/5/9z/4P/p/wAAAAAAAAAAAAAAAAAAAADs//T/7v/w//H/FADs/+z/FAAAAAAAAAAAAAAA7P8AAPr/AAAAAAAAAADz/xQAAADt//X/9v/v/+//7/8UAPT/FADt//L/7P8AAOz/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAOv/AAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAADs/xUA6//s/+z/7f/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7f8AAAAAEgAAAAAAAAAAAO7/AAAAABIAAAAAAAAAAADu/wAA2v/W/9n/3P/h/9b/KADk/+z/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAFQDr/+j/7P/v/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADs/wAA9P/0/+z/7v/t/xQA2P/O/8v/1v/U/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/u/+z/FADs/+//9P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8v/v/+3/7v8YAPb/6v/u/+//9P/0//D/FADw/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/t/+7/FQDr/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAMz/1//d/9f/zv/h/9b/7P/r//H/8P8AAOz/FADv/wAA+v8AAAAAAAAAAAoAAADo/+f/6//s/+r/FwDq/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/6//s/+z/5/8WAOz/6P/n/+v/7P/q/xcA6v/n/xUA7P/s/+v/8v/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/v/+n/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/u//L/7v/s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADr/+z/4v8VAOr/7P/q/+v/7P/u/+z/7P/s/xQA7P/r//H/8v/7/+3/7P/q/+r/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v//P/7v/u/+r/FQDr/+3/7P/u/+z/7P/s//H/FAAAAAAAAAAAAAAAAAAAAAAAFQDZ/93/7//n/+P/6//z/+z/7P/r/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAzv/s/+7/7P/u/+z/GQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/0//X/FQDs/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAAAAAAAPf/GADd/9j/AADV/+//6/8cAOv/AAAAAAAAAAAAABQA7v8AAO3/7/8AAAAAAAATAPH/7/8AAAAAAAAAAAAAAAAAAAAA7f/v/wAAAAAAABMA8f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA8/8AAAAAAADt//L/+f/t/wAAAAAAAAAAFADu/+3/7P/s//L/7f8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAATAPP/AAAAAAAA7f/y//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/7P/q/+j/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/y/+3/FADs/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/y/+v/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7f8UAO3/7f/t/+7/7P/t/+z/7f/2//j/+v/u/+z/FAAUAOz/7v/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+//9P/w/+7/FQD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/x/+3/7P/s/+z/JQD3//j/AAAAAAAA5P8AAAAAAAAAAAAAAAAAAAkAAADf/wAAAAD6/wAA6/8hAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADw/+//7v/v/+3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7/8AAAAA+//s/+z/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADe/+j/8v/g/+j/1//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/+v/t/wAA9v8UAO7/AADk/9P/6P/1/wAA3//f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAPn/AADt/xcAAAAUAOz/7f/x/+3/7P/s/+z/7P/s/+3/7P/t/xQA7P/s//L/6P/E/9H/wf/d//H/GwDs/+3/8P/w//L/7P/s/xQAvf/A/8//xf/X/wAA1/8AAOH/6v/k/+b/4P/p/+j/FwD2//f/7/8AAAAAAAATAPf/vP++/8X/wP/R/9n/x/9EAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOv/9/8AAAAAAAAVAAAA8f/5/xQA7P/s/+3/8f/s//D/FADu//n/8f/w/+3/7P/s/wAAEwAAAAAAAAAAAO7/AADj/+b/6v/p/+r/FwDo/+f/FAD2/wAA+/8AAPr/7P/7/wAAAAAAAAAAAAAAAAAABwDW/9z/8f/t//P/3f8qAOb/FwDp/+f/7P/r/+v/6f/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7v/s/xQA7P/6/wAA8//2//L/AAAXAPD/2f/o/+z/8v/y/+T/KADo/wAA8P8AAOz/AAD4/xQAAADL/8j/2P/v/8//yP8AAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FQDs/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/GgAAAAAA+f/x/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/8v/r/+3/7P8UAO3/7P8AAPT/9P8AAO7/7f8AAO7/7P/s/+z/9f/s/+z/FADs/wAA7//0/wAAFADs/+z/2v/w//H/6P/1//b/5v8UAOz/7P/z/+7/7v/s/+3/FADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/9f8AAPP/AAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/3/xQA9f/s/+z/7P8AAAAAAADz/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7f/v/+z/AAD3/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwDa/9P/4P/a/93/HgDm/+T/7P/u//L/7v/s/+z/7f8UAO7/8f/t/xQA+P/v/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOv/7v8AAO7/FADs/+3/7P/s/+7/AADv/xQA7P/s/+z/AADk/+b/6v/q/+n/1v8LABQA7P/4//n/+f/s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/1v/Y/9X/1v8kANj/2v8VANf/7P/s/+z/7P/s/+n/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAOz/8//s/xQA8P/4/xUAAADu//T/7f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA8f/t/+z/7f/s/+7/6/8VAOv/7P/v/+3/7P/t/+z/7P/t/+z/7f/s/xQA7f/s/+z/8v/0//X/FQDs/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAABMAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+z/7P/t/+z/8P/7/yoAAAAAAAAA+v/Y/wAA5f/j/+T/4//o/+T/GwDi/+//AAAAAAAAAAAVAOv/8P8YAOn/7//u/+n/6//W/+v/FADH/9b/zP/Q/+L/CwDc/xQA7P/t/+z/9P/r/+z/6/8UAOz/8v/s/wAA7P/s/+z/6f/f/+v/7P/q/xcA3//s/xcA6v/r//D/6//n/+n/6/8AAAAAAAAAAAAAAAAAAAAALQDT//P/AADx/9z/1P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAA9f/k/+f/FADq/+n/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+7/7f/u/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAUANj/yf/Y/+v/2f/Y//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/5//s/+b/AAAAAAAAAAAAAAAAAAAAAPr/CQAAAAAAAAAAAAAAAADb/+H/z//k/+7/AADN/w4A7v/t//D/FADv/+z/6v/k/+D/3P8AANn/9/8AANj/2P8UAPL/7f/s/wAA7P/s/wAA6v/o//P/8v/v/+z/FwAAABQA7P/z/+z/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAPH/AAAAAAAAAAAVAOz/8/8AAAAAAAAAAAAAAAAAAAAACQDr/+z/6v/q/+z/3f/3/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/t/+z/7f/s/wAA7P/s/+3/7P/t/xQA7P/s/+z/7P/t/+z/7f8UAOz/7P/s//H/7f/s/+z/FQDv/+v/FAAAAAAAAAAAAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv//j/8P8AAOz/7P/u/wAA6//i/+H/6//d/wAA3P/f/+L/1v/j/+r/5P/Y/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/v/+//8P8AAPj/EwDz/wAAAAAAAAAAAAAAAAAAAADe//n/9v/k//T/FgD6/+z/6//r/+z/6/8AABUA6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AADs/wAA7P/s/xQA6//p//H/+P/2//n/7P8XAAAAAAAAAAAAAAAAAAAABgDk/+n/1v/H/8r/4//X/yEA7P8AAPH/8v/s/+3/7f8UAPH/8v/7/+3/7P/q/+r/FgAAAAAAAAAAAOz/AAAAABQAAAAAAAAAAAAAAAAA8/8QANv/1v/k/+X/5v/n/9j/IAAAAAAAAAAAAAAAAAAAAAAA8f/q//v/6f/4/9f/6/8aAOv/6/8AAO3/9f/o/wAAIgAAAO3/AADs/wAA7P/s/xQA7P/v/wAA8f/y/+v/7/8VAPH/8v/7/+3/7P/q/+r/FgDr/xUA6//s/+z/7P/r/+r/AADy/xUAAAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAA7f8UAAAAAAAAAAAAAAAAAAAAAAAAABoA6P/m/+3/4v/p/+L/5//o/+z/AADs/+3/7f8UAOv/7f/1/wAA8/8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAADo/+T/6P/W/9v/4//i/xwAAAAAAAAAAAAAAAAAAAAAAOn/8f/5/wAAAADq/xgA6v/s/+z/7f/s/+z/FADs/+z/4//j/xoA5//n/+X/5//j/+r/6v8WAOr/7P/r/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/6//Y/+f/FwDr/9j/3f8SAAAAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8UAO3/AAAAAAAA7v/4/wAADgAAAAAA+/8AAAAAAAAAAOv/2f8fAOb/4f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/FQDs/+v/7P/j/+//AAAAAPr/AAAkAPf/3v/q//b/AAAAAAAAFgDr/+v/7P/s/+z/7//2/+z/FADu/wAAAAAAAPP/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAAABgAAADs/+z/8f/y//L/7P8UAOz/6/8WAPj/+P/s//L/6v8AAOL/xP/z/+z/+f/p/9n/HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/4/8AAPP/AADe/zkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7/8UAOz/7P/f/8L/4v8MAPT/6f+0/wAAAADq/9z/5f/n/xAA0v/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDp/+r/6f/q/+n/6/8AAAAAAAAAAAAAAAAAAAAA9P/w/7n/1P/R/+L/AADR/xQA7//t/wAAAAD3/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/s/wAAAAAAAO7/AAAUAO7/8f/t/xQA+P/v/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/s/+z/FADs/wAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+v/9/8AAAAAAAAVAAAA8f/z/+//FQDt//L/9v/u/+r/6//r/+//9P/w/+7/FQD6//b/9v8UAPX/9f/t/+z/7//s/xQA7P/s/+z/7f/s/+z/EADZ/9z/7P8AAOv/AADq/+z/7P/t/+z/7P/s/xQA7P/S/+b/+//h/+v/NADH/8//AAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAADu/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6f/b/+r/6//Z/9v/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8f/0/wAA7v/u/wAAEgAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/yUA0f/a/8f/rv/r/+3/1/8SANn/6f/q//f/AADb/x4A+v8AAAAAAADk//v/+v8UAOz/7P/s/+z/6v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//P/5f8UANj/2f/a/+z/7P/t/+z/7/8UAOz/7P8AAAAAAADy/wAA7P/2/xQAAADt/wAA7P8AAOz/7P8UAO3/7P/y/+v/7f/s/xQA7f/s/+v/AADb//f/FAAAAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+n/2P/c/9n/HwDZ/9r/7f/s/wAA7P/7/+z/FAD2//n/8//t/xQAAADt/+z/7P8AAPb/7v8AAAAA7P8UAAAAAADX/+z/7P8AAAAAGwDm/wAAAAAAAAAAAAAAAAAAAADs/+n/7v8AAOz/3f8JANj/1f/d/y0A1f/p/+f/1//d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcANj/2//p/+r/2//m/+D/7P8UAO3/7P/s/+z/7P/s//D/7P/1/+z/FADt/+3/7P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD4/wAAAAAAABQA0f/d/97/LQDa/+T/1f/Y/+3/7P/3/+3/9f/t/xQA9f/r/+v/4//3/wAA8/8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAPL/7P8AAOz/AAAUAAAA+/8AAAAAAAAAAAAAAAAAAAAA7P/u/+3/7P/s/+3/7P8UAOz/7v/t/+z/7P/t/+z/FADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAACMAvP/C/9H/8P/Q//f/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA8/8AAAAAAADt//L/+f8AAAAAAAAAAAAAAAAAAAAA+v/s/wAA7P8AAOz/7P8UAOD/AAAAAAAAAAAfAPT/+v/Y/ykA2v/l/+j/4v/X/+D/AAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAPn/AADr//f/AAAAAAAAFQAAAPH/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/6//y/+z/AADs/wAAFAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+v/2P/n/xcA6//Y/93/7P/s//P/7v/u/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOr/6//w/+v/5//p/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+b/8v/j/+//3/8kAOn/2v/z/wAA5v8AAOj/JgD2/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/s/+z/6//s/+z/5f/n//j/8P/y/+//HQAAAOX/5//4//D/8v/v/x0AAADq/+z/7P/s/+z/6/8VAOv/6v/s/+z/7P/s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/s//P/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/4f/3/xQA7P/l/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+z/7P/s//H/7P8AAAAAAAAAAAAAAAAAAAAAAAASAAAA9/8AAPf/AADv/+z/6v/s/+z/6//r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//4//D/AADs/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAoAAADk/xoA6P/v/+n/8f/j/+r/AAAHAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAUAO3/AAAAAAAA7v/4/wAA2f/r/xwA4v/b/+r/6P/Y/9j/KQDa/+X/6P/i/9f/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAwAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANP/1//v/9j/7f8AANj/AADs/+z/6//s/+z/FADs/+z/AAD3/wAA+//6/yUA7f/k/9b/1/8IAOn/2/8AAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/yv8VAOz/6v/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/7f8UAOz/7P/s/+z/7P/s/+z/7v8UAOz/7P/s/+z/8v8AAPD/7v/t/xQA7v/s//L/7P/v/+z/7f8UAOz/7v/u//H/AAAAAAAAEwDz//D/AAAAAAAAAAAAAAAAAAAAAOr/2v/v/+P/5/8pAOj/2P/s/+z/7P/t//L/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/6f/p/9//6//s/+r/FwDf/+z/2//a/9b/3P/c/xUAAADE/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+r/9P/0//H/6/8eAPr/FQDo//D/7f/s/+n/6//o/+z/7P/t/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8nAO7/7f/7/+v/2P/s/+3/JwDu/+3/+//r/9j/7P/4/wAAAAD2//L/7P/x/xQAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7f/v/+z/AAD3/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADt//L/7P8AAOz/7P/w/xQA7P/s/+z/7P/s/+z/7P8UAPH/AAAAAAAA7f/t//v/AAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAAAADu/wAA7v8AAAcAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7v/s/xQA7P/p/97/4P/r/+v/HADl/97/7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADs/xQA8P/t/+7/7P/s/+7/8v8aAAAAAAD5//H/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAAAA8f8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/8//x/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/7P/0/+//8f8AAPf/AAD1/xUAFADs/+z/7P/s/+r/7P/s//H/2//Q/7P/EgDC/+T/+f8LAM7/3//r/+P/6v8GAOj/7P8AAPr/+f8AABQA8f/2/+z/AAD6//n/AAAUAPH/9v/m/+P/7P/r/+z/6P8YANj/7P/s/+3/7P/s/xQA7P/s/+n/8f/5/wAAAADq/xgA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8UAAAA7f/x/+3/7P8AAOr/6f/r/+r/6v/o/+j/FwDs/+z/7f/s/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/xUA6//s/+z/7f/s/+v/7P/s/wAAAAAAABUAAADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6v/s/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHgD6/wAAAAAAAOT/+//6//j/AADu/wAAAAAkAAAA5v8YAAAAAAAAAAAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAD6/w8AAADu/+z/AAAUAOz/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//y//P/AADu/wAA7v8VAOz/7P/t/+z/7P/s/+z/FADs/+7/7f/s/+z/7f/s/xQAAAD2/+7/AAAAAOz/FAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA+v/3/wAAAAAAAAAA+P8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/2v/t/+7/FADq/w0A5v/x//L/+//t/+z/6v/q/xYA7v/t//P/FADt/+3/7P/s/+z/7v/z/+7/AADs/+3/BQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADn/+j/5//q/+7/6f8YAO//7P/s/+z/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAAAA7v/4/wAA2f8SAOr/5//q/xEA5f/T/wAAAAAAAAAAAAAAAAAAAAC0/+7/y//V/8//EwDg/+X/7v/x/wAAAAAAABMA8//w/+z/7P/s/+z/7P8UAOz/7P/s/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAO//7P8AAAAAAAAAABQAAADv/+v/7P8AAOz/AAAUAOz/7P/s/wAAAAAAAAAAFAAAAO//6v/3/+z/AAAAAOL/JgDv/wAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAA9f/3/wAAAAAAACsAAADX/xQA7P/t/+7/7P/r/+z/7P/X/9X/1f/V/9X/1f/T/ywAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+//AADw/+//7P/5/xQAEgDy//v/AAAAAPP/8v8AABIA8v/7/wAAAADz//L/AADx/xcA9f/5//n/9f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+7/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOv/FQDr/+v/7P/r/+v/6//H/7v/3v/G/+7/AAD5/9X/5v/s/+3/7P/t/+v/FADt/+b/7P/t/+z/7f/r/xQA7f/s/xUA2v/s/+3/7f/p/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//X/AAAAACoAAADz/+T/5P/n/97/6f/n/9r/1/8aAOr/6f8mAM//3P/O/9j/2v/V/wcA1P/N/+r/0P/x/wAA7P8WAOT/6v/s/+f/6P/r/wAAAAAAAAAAAAAAAAAAAAC2//T/1f/A/9T/4v/i/xMA8v/s/wAA7P8AABQAAAD7/8v/LQDn/+H/2v/W/9T/3P8AAAAAAAAAAAAAAAAAAAAA6f/5/+v/5//0/ykA+//Y//b/+f/O//n/5v/H/7T/9/8TAPP/AAAAAAAA7f/y//n/FAD4//P/AADv//L/7P/x//X/xP/5/8//CgDs/wAAFgDs/+z/9f/u/+7/7P/t/xQA7P/s/+z/8P/5/+z/FADv/+n/FgDg/+r/7P/q/+v/6P8UAOz/+//5/wAA7f/u//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA7P/r//j/AADu/wAAAAAAABMA+v/v/+n/zP/t/+3/AAAAAB8A6//s/+H/7//t/+r/FwC+/+n/2v/e/+L/8/8AAOP/JwAAAOr/5//S/+T/4P/o/8X/HwAAANn/6//r/xYA4P/e/+X/AAAbAAAA8P8AAAAA6P/u/+r/FQDq/+z/7f/3/+v/6v/j/97/t//V//D/9v/i/9D/AAAAAAAAAAAAAAAAAAAAAMf/7P+3/8v/3f8iAAAA3P/u/+3/8P8UAO//7P/q/+T/AAAAAAAAAAAAAAAAAAAAAOj/6P/j/9//2v8LAOv/GQDu/+3/8P8UAO//7P/q/+T/7P/s/+3/7P/s/xQA7P/p/wAAIwAAAO//AADx/+X/AADn/yQA2f/j/9z/2//Z/+L/FAD4//P/AADv//L/7P/x/+X/OgDk/9f/6P/b/8j/4f8bAAAA+//3/wAAAADl/wAAHwDg/+L/6v/o/+X/2f/q/wAAAAAAAAAAAAD4/w0AAAAXAOz/7f/t/+z/6//e/+z/7f/1//b/7//v/+//FAD0/wAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+z/FADt/wAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAASAAAAAADs/+z/7f/s/+//FADs/+z/7f/p/+j/7P/v/+v/FQDs/xMA7f8AAAAAAAD0/+7/AAAAAAAAAAAAAAAAAAAAAAAA7v/s/+z/7P/1/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD0/+//7//w/wAA+P8TAPP/7f/1/wAA8/8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwAAAPv/9/8AAAAA5f8AAPb/9//v/wAAAAAAABMA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/FwDq/+n/6f/o/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/f/+H/8P/o/+X/IQDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/n//j/8P/y/+//HQAAAOv/6//q/+z/7P/r/xUA6//y/wAA8P/u/+3/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAAAA8f8RAAAA7P/k//f/AAAAAPD/HgAAAOH/3f/p/wAAAADx/yAAAADm//T/+//u/wAA9v8aAPn/7P/u//r/7f8AAPb/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAA7P8UAO3/7f/s/+z/7P/s/+z/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPD/9/8AABQA7P/s/+z/7P/s/+7/FADs/+z/7P/t/+z/AADs//v/7P8UAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAPn/+v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADr/+z/7P/s/+r/7P/t/xQA8P/4//r/8v/s//X/7f8UAAAA8//3/+3/7P/t/+//EwAGAOz/AADy/+3/8P8AABIAAAAAAAAAAADu/wAA6/8bAO//8v8AAO3/6P/v/+z/7P/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVANn/3f/v/+f/4//r//P/5P/q/+z/7P/t/+r/2f8pAAAA7f8AAOz/AADs/+z/FADn/8L/AAAAAMT/y//l/woA4f/g/w8A5v8AAOf/7v8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8XAOf/6//n/+z/6f/o/9r/7f/P/8n/1//q/+r/wv8AAAAAAAAAAAAAAAAAAAAA7P8VANr/7P/s/+z/6f/t/xQA7v8AAOz/AADs/+7/+P8oANr/5//3//D/4f/Y//r/FADt//H/9P8AAO7/7v8AAAAA7P/r/+z/7P8AAOj/7P8HANr/2f/J/9j/GAC6/8b/AADq/+7/7P/a/9P/EwDn/xgA5v/r/+v/6P/l/+r/6f/e/+b/6P/s//P/AADu/wAA6f/i/9D/5f8aAOf/3v/n//H/FgAAAPv/8v/v//T/7P/a/+X/5//U/+j/5P8IAAAAGwAAAPv/9/8AAAAA5f8AAB8A4P/i/+r/6P/l/9n/6v8XAOz/7f/t/+z/6//e/+z/AAAAAAAAAAAAAAAAAAAAANX/4f/Y/9j/2P8cANP/AADr/9X/6//s/+3/6//r/xUABgDm/9L/0f/Q/+P/6P8AABQA7f8AAPT/AADr//L/7P/n/xkA6v/p/+n/4f/j/+b/IQAAANb/2//s/8T/1f/r/y4Av//F/7v/xP/H/7P/DwAAAAAAAAAAAAAAAAAAAAAA8P8GAAAAAAAAAPD/DAAAAPr/CQAAAAAAAAAAAAAAAADs//n/8P/x/+z/7f/t/xQAAAAAAAAAAAAAAAAAAAAAAOz/FADs//D/AADs/+3/7P8UAOj/6//s/+//4f/Z/wAAGAAAAPr/9v8AAPT/6v/3/wAAAAAAAAAAAAAAAAAAAAALAAcAyf/J/9f/1f/I/+P/AAAAAAAAAAAAAAAAAAAAAOz/4v/v//H/7P/s/xQA7P/5//f/+P/4/wAA9P8aAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/w/wAA7P/t/+z/2f/p/93/6f/s/+P/6/8mABcA6f/n/+z/6//r/+n/3v/l/+P/5P/j/+j/5P8bAOL/OwDU//f/AAD2/9T/wv/Y/wAAAAAAAAAAAAAAAAAAAADs/+v/8f/w/wAA7P8UAO//7P/s//D/7f/u/xUA6//t/+z/7f/1/+z/7f/s/+z/FAAGAAAA6P/c/+b/6f/r/+f/1P/p/+H/5f/l/+b/IADX/xMA6//j/97/2//q/9//AAD6/9P/1v/Q/9//CADP/9X/7P/s/+z/7v8UAOz/7P/s/9j/6//d/9n/4P8eAMv/5v8AAAAAAAAAAAAAAAAAAAAA9//Q/8r/y//E/w0AAADB//H/6f/V/8H/1//o/yAA1//t/wAAAAAAAAAAFADu/+3/6//i/+z/7f/s/xQA2v/3/wAAAAAAAAAAAAAAAAAAAADu/+z/AADt/+z/FADr/+z/FQDo//D/7f/s/+n/6//o/7n/nP/M/7T/vP8ZAOX/9P/p/+r/7P/s/+z/4P/b/xsAzv/s/+7/7P/u/+z/GQDu/wAAAAAAAAAAAAAAAAAAAADr/+7/AADu/xQA7P/t/+z/6f/s/+n/7P/x//b/FADs/+3/EwAAAAAAAADw/wAA8P8UAOz/8P/t/+n/7P/s/+z/3P/0/wAAAAAAAOX/KAAAAOL/FQDt/+z/3v/s/+3/3/8oAAAAAADr/wAA7//a//H/+/8AAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAWAOH/9v/5//v/+//r/+z/FADs/+z/7P/s/+z/7P/r/xQA6/8AAAAAAADp/+z/9//X/9b/2f/P/93/1f8qAM3/9/+8/+r/1/8AALr/DwDR/+z/7f/t/+z/7P/s/xQA7P/t/xQA7f/t/+z/7P/y/+z/7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgDd/9v/3//b/8//3//V/+f/7P/3/+3/FADn/+r/8v/s/+z/AAAAAAAAFQAAAOv/LADD/83/yf/l/8//4f/M/xoA5//d/9j/4//o/+b/6P8HAM7/1P/F/9P/w//3//T/1f/c/+H/5v/b/9//KQDJ/yUA3P/d/97/5P/a/9n/4v8wANX/5f/V/+//y//U/+X/1f/q/9P/2f/a/9b/KwDb/+z/7f/0/+//AADs/xQA8f/s/wAAAAAAAAAAFAAAAAAA7P/s/+z/8P/5/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//b/9v/3/xUA7P/q/+r/9P8AAAAAAADs/xYAAAAAAAAAAAAAAAAAAAAAAAAA7P/k/+z/6//r/+j/CwAAAOz/7P/y/+3/+P8UAO//7P8AAPD/AADs/wAA+P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAADu/+7/9v/t/8//AADX/9P/2//o/wkA7v8AAAAAAAAAAAAAAAAAAAAA1P/P/9H/xP/Z/9T/MQDW/9f/5//G/9j/4//Z/ycA5f/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/93/7P/s//D/6/8VAOv/7P/s/+z/7P/s/xUA7P/q/wAAAAAAAAAAAAAAAAAAAADs/+z/8v/p//L/6v8WAOz/7P/s/+z/7P/s/xUA7P/q/+z/7P/u/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5v/i/+z/7f/v/+//FgDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAPr/AAAAAAAAAAAAAAAAAAAAAC0A0//z/wAA8f/c/9T/1//l/xcA6v/q/+v/7P/p/+z/AADt/wAA7f8AAOz/7P8UABQA7f/6/wAAAADv/+3/7f8AAAAAAAAAAAAAAAAAAAAA7f/s//L/6//t/+z/FADt/9j/AADc/9r/0/8XAOL/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7//w//D/8//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA8v8aAAAAAAD5//H/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/wAAAAAAAO//AAAUAAAAAAAAAPP/AAAUAAAA7P8AAO3/AADs/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9z/6//o/yQA5//d/9j/xv8AAM//1v8JANX/1//f/+n/4v/Q/+X/GgDn/97/5//o/+T/6P/W/9v/4//i/xwA5v/h/+T/6v8RANn/1v8AANf/IQDb/9r/3v/g/+H/1P/s/+//AADx//L/6//v/xUAAADs/+z/7P/s/+z/AADs//b/0v/s/+z/7P/m//n/BQDr/+X/0//u/+b/7P/s/xUA6//s//D/7P/4/+z/FADs/wAADQAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf//n/8//s/+f/5f/4/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/AADs/wAAAAAAAAAAAAAAAAAAAAAAAOb/4//s/9j/6f8AAOz/AAAAAAAAAAAAAAAAAAAAAOv/4P/s/+b/IwDZ/+3/4//s/+v/7v/w/xUA7P/r/+v/4v/s/+3/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/FADs/+z/DAAAAAAAAAAAAPb/AAAAAOz/AAAAAAAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAAAADr//n/FADt/+v/7P/a/+n/0//H/+D/1P/6/7r/HgARAOn/4f/o/+P/2P/T/wAAGADo/+z/7P/o/+D/6v/p/+3/7P+x/9z/1v/Y/8P/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/HADj/+f/5P/j/+b/3P/l/xcA6v/q/+v/7P/p/+z/o//s/7H/zP/S/+j/IADG/+v/6P/q/+r/6/8WAOv/6v8AAAAAAAAAAAAAAAAAAAAA6v/H/+r/9f8AAOn/IwAAAOz/FADs//D/AADs/+3/7P8VAO//AADw//j/9//p/+//AAAAAAAAAAAAAAAAAAAAABgAFQDD/9//zv/o/6L/5//n/xkA6v/p/+f/6v/l/+r/6/8bAO//8v8AAO3/6P/v/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/s//L/7P/s//D/7f8UAPD/+P/6//L/7P/1/xYA6v/r/+v/6//r/+r/6v/q/xcA6//r/+v/6//o/+v/7P8UAOz/7P/s/+z/6//s/wAACgAAAAAAAAAAAAAAAADw/xIA9v/2/wAA9v/1/wAA5P8UAO3/7f/s/+z/9v/s/wAADAAAAAAAAAAAAPX/AADO/zAA2//V/9b/1v/S/9H/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA8P/s//j/7P/s/+7/AAAAAAAAAAAAAAAAAAAAANf/2f/a/9j/2v/W/yoA5/8AAAAAAAAAAAAAAAAAAAAA6v/q/+r/FQDs/+j/7P/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/s/+z/FADs/+z/4v/v//H/7P/s/xQA7P/s/wAAAAAAAAAAFAAAAO//AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/8P/t/xQA7P/s/+z/7v/g/+j/7P8AAOL/FADs/+D/CgC8/7P/6P/J/+T/zf8AAAAAAAAAAAAAAAAAAAAA5v/u/+z/6P/5/+v/FADs//f/3//r/8//+/8NACMAwv/t//f/+v8UAPn/7P/s/+z/zv/o/9T/6v/p/9X/IQDy/wAA2v/n/xkA6f/Q/+n/5P8AABoAAADy/wAAAADr//H/6v8WAPD/6//4//D/+P/r/wAA2P8AAO3/AADs/+z/FgAAAAAAAAAAAAAAAAAAAAAA3f/p/+T/6f/r/+r/JwDn//n/AAAAAAAAAAD7/wwAAADs/+z/7P/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+v/7P/s/7D/OwDF/9j/y//S/8b/0f/2/zgA+f8AAAAA9//P//f/6v8XAPX/7P/t/+b/7P/o/+3/EwAAAAAAAADw/wAA8P8AAAAAAAAAAAAAAAAAAAAA8f/y//v/7f/s/+r/6v8WAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAA2//s/+z/7P/s/+v/FQDs/+3/3/8AAOv/GwDs/xIA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/CQDf/+L/2v/K/wAAx//I/xsA5//k/+T/1P/c/+r/4v/s/+3/7P8UAOz/7P/s/wAA2P/s/9n/5v/p/9f/AADW/ysA1v/O/9j/2v/W/9f/DgAGAAAAAAAAAPD/AAAAAOX/3v/A/9L/zf8iAOb/6P/s/xQA8P/t//D/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/+z/FAAAABIAAAD3/wAA9/8AAO//AAAHAAAAAAAAAAAA+f8AAOz/6P/r/9n/5//s/xgA2f/d/ycA4v/v/+D/3f/Z/9T/3P8iAPH/4//m/+D/3//g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/xYA6//s/+n/5f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//AAAAACIA7P/s//L/7f8UAOz/7P/r/93/FwDr/+j/6P/Y/+v/3f/X/yIAzf/r/+z/6v/a/+v/5P/p//L/DQDj/9//6P8PAPn/yv+g/+z/uP+u/7X/NQAnAMf/0f/B/+n/wf/m/9D/AAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA7f/s/+z/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9n/6v/j/wAA6v/X/wAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAPn/AADy/xUA+v/y//n/7P/p/+//AAAWAAAA+/8AAAAA+P8AAO3/7P/y/+v/7f/s/xQA7f/q/xUA6//r/+v/6//r/+r/AAAAAAAAAAAAAAAAAAAAAM//9//T/9T/0//K/87/GgAAAAAAAAAAAN//AAAAACIA6f8oAOj/5v/c/+X/1//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOP/6//r/+z/6//r/+v/6//v//T/8P/u/xUA+v/s/xQA7P/s//H/9f/s/+r/7P/q/+z/7f/u/+3/FQDu/wAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAkA7//p/+z/2//s/9j/2v8VAOj/3f/s/+z/8P/r/xUA6//O/+f/3v/T/+L/wf/T/y4A5f8oAOr/6//r/+P/6v/Y/+z/FQDr/+z/7P/t/+z/6//t/xQA8f/t/+z/7f/s/+7/AAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/z/+3/8f/u/+z/7v8AAAAAAAAAAAAAAAAAAAAA5P8aAOj/7//p//H/4//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//6/+3/AAD4/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/x//n/AAAAAOr/GADq/+3/FAAAAAAAAADu/wAA7v/v/wAAAAAAAAAAFQDr//D/+v8JAAAAAAAAAAAAAAAAAOv/6/8AAO3/7//Y/yUA7P8AACkAAAAAAAAAAADV/wAAAAASAAAAAAAAAPb/7/8AANX/1//g/9j/5f/1/+P/DAAAAAAAAAAAAAAAAAAAAAAA2v8cAAAAAAD3/9r/AADo/+z/7P/r/+z/7P/s/+z/FADs/9D/7f/a/+z/FwDd/+r/5v/0//v/7v8AAPb/GgD5//j/FAAAAAAAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAKADw/wAA9//2/93/2P/j/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P8UAOz/6//r/+z/6/8AABUA6//p/+z/8f/v//H/7P/0/xMA6/8ZAOX/6P/x/+z/6f/n/+r/7P/t//D/7f/y/+z/FADt/+z/7P/t/+z/7P/s/xQA7P/t/+//AAAAAAAAEwDx/+//2v/n/+//6f/h/yAA2P/s/+v/IQAAAAAA9/8AAPH/AAAAAAAAAAAAAAAAAAAAAAAA2v/m/9z/6f/d/+P/HQDd/9j/4//f/9X/5f/e/yAA5P/l/+f/6v/r/+j/4v8XAOn/AAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAAAADu/wAA7v8AAAAAAAAAAAAAAAAAAAAA5//b/+b/IQDk/9z/4f/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/j/+r/6//p/+n/GADp/wAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/W/9f/KgDW/93/1v/V/+z/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs//P/7P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/v/+D/zP8AAAUA2v8LAOz/7P/s/+z/7P8VAOz/3//t/xQA7f/t/+z/7P/y/+z/6v/s/+z/7P/s/xYA6//g/wAAAAAAAAAAAAAAAAAAAAD4/73/z//d/+b/CADh/8P/7v/h/9v/+f8AABYA6//l/xsA6f/y/+3/5//o/93/3v8XAOz/7f/t/+z/6//e/+z/AAAAAAAAAAAAAAAAAAAAANj/2f/6//P/7v8pAOr/1//s/+z/7f/s/+//FADs/+z/7P/s/+z/7v8UAOz/7P/s/9f/xf/j/9r/JgDo/9H/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA5v/q/+z/6P/g/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//L/+//t/+z/6v/q/xYAAAAAAAAAAAAAAAAAAAAAAOn/GgDg/+n/5v/n/9v/6f/p/xoA4P/p/+b/5//b/+n/7P/s/+z/7P/t/+z/FADs/+b/7P/t/+z/7f/r/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+//9P/0//D/FADw/+3/1v/X/9n/2v/Z/9f/IQDr/+z/7P/s//D/+f/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/IQDv//b/8P/6//H/9f/s/+7/6/8UAPj/7P/s/+z/7P/s/+3/7P/t/+z/FADt//r/AAAAAPn/AADt/xcAAADm//T/+//u/wAA9v8aAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/7v8UAOz/7P8UAOz/AAAAAAAA7P/v/wAA7P/s/+3/7P/t/xQA7P/s/9f/1f/V/9X/1f/V/9P/LADs/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAN3/2P/W/+b/4f8fAOf/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4A6P/k/+b/5P/g/97/3/8UAOz/9P/1//X/7P/s/+7/6f/r/+r/7P/r/+v/FQDq/+z/7P/r/+z/7P8UAOz/7P/s/xQA7P/s/+z/7P/v/+z/3f/O/+b/BgDe/9D/GADc/wAAAAAAAAAAAAAAAAAAAADt/+z/8v/r/+3/7P8UAO3/3v/a/+P/2v/h/93/JgDb/+3/FADw//j/+v/y/+z/9f/r/wAA5v8lAPb/3f/u//v/AAAAAAAAAAAAAAAAAAAAANf/IQDb/9r/3v/g/+H/1P/s/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/4f/t/9X/6/8YAOH/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AADs/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPb/AADy/+v/7f8TAO3/7f8AAAAAAAAAAAAA6v8AABYA7P/m/+b/2f/j/9n/3P8oAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/6v/q/xYA6v/r/+n/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPD/9/8AABQA7P/s/97/5f/r/+v/HADP/+r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/3v/g/+v/6/8cAOX/3v/T/8r/6v/r/+X/MADT/+r/AAAAAAAA9f/h/xoAAAAdAAAAAAAAAAAAAAAAAAAAAADu//H/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//H/AAAAAAAAEwDz//D/6//s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAO3/AAAAACQA7v8AAOz/7P/t/+z/7P8UAOz/7P8AAOb/4//s/9j/6f8AAOz/8f/Y/+z/EwAAAAAA1v/e/wAAAAAAAAAAAAAAAAAAAADb//P/5//a/+3/KQDn/+n/AAAAAAAAAAAAAAAAAAAAAPj/6f8XAO7/8f/s/+r/8/8AAAAAAAAAAAAAAAAAAAAA2P/r//L/2P8UAN//5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/p/+X/5v/q/+H/FwDl/+z/7P/t/+z/7f8UAOz/7P8UAOz/8//s/+//7P/s/+z/4P/r/+v/6//r/+z/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//q//L/7P8AAOz/FwDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+r/7P/r/+v/FQDq/wAA+v8AAAAAAAAAAAoAAADp//H/+f8AAAAA6v8YAOr/kf+n/+v/nv+4/8P/PgDV/+r/7P8YAOj/7f/s/9f/5P/n/+D/7f8AAAAA+P8eAAAA7P8UAOz/8P8AAOz/7f/s/+v/AAAAAAAAAAD0/x8AAADt//X/AADz/wAAFADs/wAAAAAAAAAAAAAAAAYAAAAAAPf/4f/q/+z/6/8QANn/6P/X/+n/5P/c/+P/2f8nAOv/6P/d/+z/7P/w/+v/FQDr/9X/yf/f/9P/4v80ANH/5P/j/7z/2/8AANb/GgDX/9f/7P/r/xUA7f/s/+z/6//s/z8Axv/j/+H/1/+6/8P/5f/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/8P/v/wAA8P/v/+z/+f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO//7f/u/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xMA7//s/+//7P/Z//P/AAAAAAAAAAAAAAAAAAAAAOz/7P/Z/+7/6//f/+n/GADr//f/AAAAAAAAFQAAAPH/7P/s//L/9P/1/xUA7P/q/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/8f/5/wAAAADq/xgA6v8AAAAAAAAAAAAAAAAAAAAA6P/p/+v/6v/s/xUA6//r/+n/7P8AAOn/+f8AAOn/DQDs/+z/7P/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/z/+z/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2P/p/+//2v/e/9j/EgD4/+//8/8AAOz/AADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAA6v8AAAAA4f8AAAAAAAAMABQA7P/t//H/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5P/c//n/9v/t/ycA3f/a/wAAAAAAAO//AAARAAAAAADs/9n/8v/Z//r/GADw/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD0//T/AADu/+3/AAATANj/7v/g/+3/2v8AANj/AAAAAAAAAAAAAAAAAAAAALv/0//n/xQAAAAlAOz/7P8AAAAAAAAAAAAAAAAAAAAA6/8XAOj/6v/p/+v/6//b/wAA7P8AAAAAAAANAAAAFADs/+z/8//u/+7/7P/t/xQA4v/r/zcA6f/Z/8T/x//T//n/8//t/xQAAADt/+z/7P/r/+T/AADm/+n/9//q/yEA+v/0/wAAAAAAAAAAFAAAAOv/6f/t/xUA6v/m/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P8UAOz/7P/r/+r/FQDr/+v/6//s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/q/+v/6v/s/+z/FQAAAAAAAAAAAAAAAAAAAAAA7P/Z//v/7P8AAOz/FADa/+7/4P/o/+z/AADi/xQA7P8AAAAAAAAAAAAAAAAAAAAA2P8AAOD/7P/t/+f/7P8TAAAAAAAAAO7/AAASAAAAAAD1/wAA+v8AAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAO3/7f8AAOv/6//5/+v/FQDo/+v/7P/Z/+X/4f/j/+P/IQDg/9b/AAAAAAAAAAAAAAAAAAAAAAAA7f8AAO3/AADs/+z/FAATAPP/AAAAAAAA7f/y//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7//0//T/8P8UAPD/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/+z/9f/s/+z/FADu/+z/7P/s//X/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6v/s/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+v/+v8AAAAA+f8AAO3/FwAAAOz/6v/s/+z/6//r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7v/v//D/8f/s/+z/FADs/+z/7v/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv//j/8P8AAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//t/wAAAAD3/+3/AAAAAAAAAAAAAAAAAAAAAAAA8P/v/wAA8P/v/+z/+f8UAAAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+7/7P/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAAAAD2/wAAJwDx/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//D/+//L/+j/5v/0/xwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/1/wAA+f/1/woA8//3/wAAAAAAAAAAAAAQAPP/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAAAADh/wAAHgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA6f/q/wAA3P/Z/9//2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7//0/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p//T/6//t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAC//5z/pf/2/5n/5v/y/wAA7v/s/+z/7P/1/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADy/+3/7//s/wAA9/8UAOz/FADt/+3/9P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt//T/7v8AAAAAAAAUAO7/6v/t/xQA7P/s/+z/5//s/+z/7v/z/+7/AADs/+3/BQDr/+T/AADm/+n/9//q/yEA9P8UAAAA7f/x/+3/7P8AAPT/7//v//D/AAD4/xMA8//s/+z/8//u/+7/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//f/7P8AAAAA4v8mAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/r/+b/6v/r/+r/FgDh/xwA6/8AAND/7v/k/9n/tP/s/wAA7//0/wAAFADs/+z/IQDh/+D/6f/t/9n/4P/q/+3/7P8AAOz/+//s/xQA9v8AAAAAAAAAAAAAAAAAAAAA7f/1/wAA8/8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+7/7//v//H/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7v/y//j/8v8UAOz/8//s/wAA9P/0/wAA7v/t/wAAyf/k/+D/zf/Z/zIAy//i/wAAAAAAAAAAAAAAAAAAAADs/+7/+v/t/wAA9v8UAO7/FADs/+z/7P/s/+z/7P/s/+z/5v/x/+L/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/5f/c/9r/4v/e/x0A2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v8VAOn/6//n/+v/6//u//H/AADs/wAAAAAAAAAA4v8AAPD/0P/s/93/AADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//t/wAA7v8AABsA7//0//T/7//v//D/AAD4/xMA8/8AAAAAAAAAAAAAAAAAAAAA2v/w//H/6P/1//b/5v8UAOz/7P/s/+z/7f/s/xQA7P/w/+//8P/w//P/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAUAEQDr/+v/+P/y/9j/6v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/8P8AAOz/7f/s/+z/7f/1/+z/7f/s/+z/FAAAAPf/AAD3/wAA9/8AABAA7P/s//D/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FQDs/9//AADQ/+v/2f/c/+P/DADX/+z/2//u/+H/+P/m/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9f8AAAAAAADs//H/+P8AAAAAAAAAAAAAAAAAAAAA7v/s/+z/7P/1/+z/7P8UAAAAAAASAPL/AAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAA6v/o//P/8v/v/+z/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/c/wAAKQAAAPP/AAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAA+//w/xYA+f/s/+z/AAAAAAAAFQAAAOv/4f/0/wAAAAAAAOf/HwAAAPv/6v/5/+z/8v8TAOz/2P8AAOr/IADb//f/AADt/+7/AADu/wAAAAAAABMA+v/v/wAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAA6f8AAAAAAAAAAAAA7v8AABIAAAAAANn/AADY/+f/5v/s/9z/EwAVAOv/6//s/+//6//r/+r/2v/q/yQA4v/i/9j/+P/Y/+//8/8AAOz/AAAAAAAAAADZ/woA2P/Y/+b/2/8AAOD/AAAAAAAAAAAAAAAAAAAAAOv/4P8gAN//7f/Y/+P/3v/F/+P/DgDp/9v/2//X/w0AAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/FADs/+z/7P8VAOv/6//s/+//6//r/+r/7P/s//D/7f/u/xUA6//t/wAAAAAAAAAAAAAAAAAAAAAAAOT/0//o//X/AADf/9//7P/s/+3/7P/r/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADn/+r/AADa/9z/2f/X/wYA7P8UAOz/7P/s/+3/7P/s/+f/2P/h/+H/KwDR/9r/2/8AAAAAAAAAAAAAAAAAAAAA5v/i/9//5/8AANr/2P8AAN//EQDB/8b/w//C/+3/wf/v/+z/9P/t/xQA7P8AAO3/7P/s/+3/7P/r/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+L/7//x/+z/7P8UAOz/7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t//X/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAO7/AAAWAAAA7P/k/+z/AADY//P/1P8VAOz/AAAAAAAAAAAAAAAAAAAAAOH/BQDg/9v/2v8SAOr/6P/s/+z/7f/s/+3/7P8UAO3/AADc/+b/IgDj/9j/vP/P/+n/6//q/+z/6//r/xUA6v/s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//o/wAAFQDe/8b/6//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD0//T/6P/u/+3/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/+z/FADr/+z/7P/s/+z/7P/s/xQA7P/s/9n/7v/r/9//6f8YAAAAAAAAAAAAAAAAAAAAAADv/xYA7f/l/+j/6v/p/+X/AAAAAAAAAAAAAAAAAAAAANf/zP8AABIA4f8NABAA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/wAAAAD6/wAA6/8hAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+X/3/8aAOD/4f/n/+P/AAAAAAAAAAAAAAAAAAAAAO7/AAD6//f/AADX/wAAJwAVAPj/9P/y//b/7P/r//X/6P/l/xkA4//o/+v/3//q//v/AAAWAPr/+//r/+v/8v/n/+z/FgDr/+z/6f/l/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAA7f/o//H/FADb//L/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADp/+v/7P/q/+j/6/8UAAAA8v8AAAAAAAAAAPH/DAAAAOz/7P/r/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA4v/G/8//5P/J/wAA5f/p/wAAAAAAAAAAAAAAAAAAAAD6/wkAAAAAAAAAAAAAAAAAFwD5/wAAAAAAAPr/7/8AAOP/4P/m/+T/5v/Z/x0A5//p/xsA7P/p/+v/6f/h/9b/7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/u/wAA6P/l/+f/8f8aAOv/7v/s/+n/6//o/+z/FwAAAAAAAAAAAAAAAAAAAAAA6//s/93/7P8UAOn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA2//m/+D/6f/r/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7//t/xQA7P8nAMP/vf+7/8v/w//j/8T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7//0/wAAFADs/+z/FADy/+3/7P8AAOz/7P8AABQA+P/z/wAA7//y/+z/8f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//L/7v/s/+z/7f8UAOz/7P/t/+z/7P/s/+z/FAAAAPf/AAD3/wAA9/8AABAA7P/s//X/7v/u/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDo/+b/7f/i/+n/4v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/y/+z/1/8UAOz/AAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f8UAOz/7P/s/+//9P/u/wAA6v/t/wYAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAO3/AADs/+z/FADt//H/AADt/+r/5//1/xoAAADn/7//GgDo/+j/6f/X//T/7//v//D/AAD4/xMA8//w/+//8P/w//P/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//L/+//t/+z/6v/q/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+3/7//s/wAA9/8UAOz/7P/q/xQA5//x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+z/7v/s/+3/6v/r/xUA7//0/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAA+//w/xYA+f/s/+z/7f/s/+z/7P/s/xQA6//y//P/AADu/wAA7v8VAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+P/7v/n//P/FAD5/+z/AADL/yMA+P/S/9T/y/+3/9//1/8XALv/wf+h/6T/9v/5/+r/AAAAAAAA7f8mAPn/EwAAAAAAAAAAAO3/AAAAAOv/6/8kAPb/4v/h/8r/2P/s/+z/7P/s/xQA7P/s/+v/FADs/+v/7f/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8IALv/n//o//H/7P+Y/wAA2//o/+r/EgDZ/97/6f/I/+f/w//a/97/6f8TANr/GQDd/8//wv/q/9X/tf/1/wAAAAAAAAAAAAAAAAAAAADZ/wAA2v/Y/9f/7f/Z/xEA9v8fAAAAAAAAAPb/4v8AAAAAAAAAAAAAAAAAAAAAAAARAOf/xP/V/93/AADE/+L/7P/m/+b/2f/j/9n/3P8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+r/6//r/+v/FgDp/wkA+v/Z/wwAAADx/+b/6P/o/9//2v8vANb/v//Y/9T/AAAAAAAAAAAAAAAAAAAAAAAA8/8UAO3/AAAAAPb/AAAAAAAAAAAAAAAAAAAAAAAA6v/q//r/9f8AAPD/FgAAAOz/7P8AAPH/7//t/xQA7P8UAOz/8//s/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAOz/8v/r/+v/6//r/+z/6/8VAOr/6v/n/+r/6//r/+v/FwDq/wAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f8UAOz/7P/s/+z/7P8UAO3/7//3//P/6v/s//j/FADt//H/9P8AAO7/7v8AAOX/3v/t/xcA7P/e/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/xAAAAD7/7z/0v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//X/9v/v/+//7/8UAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/4/+7/8//z//D/7f/s/+3/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAA8A+f8AAAAAAAAAAAAAAAAAAAAAAAAAAPL/FQAAAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//f/AAAAAAAAFQAAAPH/AAAAAAAAAAAAAPj/DQAAAAAAAAAAAAAAAAD4/w0AAAAUAOz/8//s/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+7/7P8UAOz/1//W/9L/2v/c/+H/KwDY/wAA8v/l/9n/9P8AANX/2f/5/wAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9P/v/wAA7P8UAPH/7P/s/+//8//y/+3/FADs/wAAAAAAAAAAAAAAAAYAAADj/8z/AAC2/8T/1v8AAAAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/u/+3/7P8UAOz/7P/i/+//8f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADX/93/6f/i/+f/2/8oAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7/8VAO3/8v/2/+7/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P8UAOz/7P/6/+r/7P/s/+v/6v8SAOr/6f8aAOD/6f/m/+f/2//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/Z/9T/5v/k/w0A8v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6//q/+v/7P8XAOr/6/8AAPb/7v8AAAAA7P8UAAAA3v/c/8n/9v8AAN//NQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAA6/8WAPj/+P/s//L/6v8AACYA5P/W/87/5v/Y/9j/1f/s/wAAAAAAAAAAFADs//L/GAD0/wAA+P/u/9//3v/t/wAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAAEwDv/+3/xf8MANn/y/8KANv/7v/Y/ycAz//N/9D/1//e/8j/AAD2/9L/7P/s/+z/5v/5/wUAAAAAAAAAAAAAAAAAAAAAADkA2v/f/wAA9v+//9r/7f8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADa/+f/3f/a/+L/AADf/xIA7P8UAO7/7f/s/+3/7P8AAO3/9f8AAPP/AAAUAOz/AAAAAAAAAADy/wAA7P/2/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/+P/9f/1//X/6v8SAOv/7P/u//L/+P/y/xQA7P/z//n/9//4//j/AAD0/xoA+//s/+z/7//z//L/7f8UAOz/7P/s/+3/7P/s/+z/7P8UAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA3v8AAPT/7//s/9j/3P8TADYAuf+//8n/3v/D/+n/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/w//D/8v/s/+z/FAD0/+//+P/3/xQA7//s/+z/7P/s/+z/7P/s/+z/7P8UANX/FADe//D/8v/s//L/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAKAD5/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/6v/7/+n/+P/X/+v/GgDt/+r/6/8VAOz/7P/s/+v/6v/2/wAAAAAAABYA6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/7P/s/+z/6v8VAOv/FADw//v/7P8AAOz/7P/s/+z/FADs/+z/7P/t/+z/7P/r/xUA6//s/+//7f/s/+3/6P/j/+r/6//p/+n/GADp/wAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAAEwDv/+3/AAAAAAAAAAAAAAAAAAAAANn/5f/h/+P/4/8hAOD/1v/k/9z/+f/2/+3/JwDd/9r/7P/r/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/FADs/+z/7P/s/+7/7v/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+X/8P/u/+b/GgDt/wAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9f/2/+//7//v/xQA9P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAA+f8AAOz/FAAAAMb/3P/J/83/1v/k/yIA3v/4/+r/AAAAAAAA+/8iAAAA6v/H/+r/9f8AAOn/IwAAAPn/9//4//j/AAD0/xoA+//s/+z/7P/u/+7/7P8UAOz/FAAAAAAAAAAAAAAA7P8AAA4AAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+3/9/8AAOv/6/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAPn/+v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAPn/AAAAAAkAAAAAAAAAAAD5/wAAAAAJAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAOn/AADr/+n/6v/m/wAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9f8AAPP/AAAUAOz/AADs/wAA+f8AAAAA8P8UAPr/GAD4/wAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOv/7f/u//j/7P/5/+z/AAAUAAAAAAAAAAAAAAAAAAAAAADx//L/+//t/+z/6v/q/xYA8v8AAPD/7v/t/xQA7v/s/+3/7/8AAAAAAAATAPH/7//Y/9n/6//k/9v/6//k/ycA7v/x/+3/FAD4/+//7P/s//L/7f/v/+z/AAD3/xQA7P8AAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAD7//D/FgD5/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//X/AAAAAAAA7P8UAPf/5v/5/wAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/JwDu/+3/+//r/9j/7P/s/+z/7f/s/+z/FADs/+z/7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAIAAAA+v/s/+z/7P/s/+z/FADs/+z/7P/s//D/7f/u/xUA6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+v/FAD4/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/m//H/6v/1/y4A0//q/wAAAAAAAAAAAAAAAAAAAADl/+j/4f/e/9z/4P8eANn/AAAAAAAAAAAAAA8A+f8AAA4AnP+u/wsAtP/u/+D/1f8AAAAAAAAAAAAAAAAAAAAA2P+//9P/zP8AAEEA5v/r/+v/7P/e/9n/6f8ZAOX/6/8AAAAAAAAAAAAAAAAAAAAA7P8AAPT/9P/o/+7/7f8VAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQA7P/u/+3/7P/s/+3/7P8UABQA8f8AAAAAAADt/+3/+/8AAAAAAAAAAAAAAAAAAAAA3/8XAOz/6//s/+v/6f/s/wAADAAAAAAAAAAAAPj/AADs/xUA6//r/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAABQA8P/7//H/AADs/+z/7//y/xQA+f/x//f/7P/s/+//AAAAAAAAAAAAAAAAAAAAAO3/9P/u/wAAAAAAABQA7v/t/+v/6//x/+//7f8VAO3/AAAAAAAAAAAAAAAAAAAAAM7/2v8AANf/z//Q/wAAyv/3/wAAAAAAAAAAAAAXAOz/AAAAAAAA8/8AABQAAADs/wAA2P8UANj/3f/Y/+b/2f8AAAAAAAAAAAAAAAAAAAAA7P8AAPT/9P/s/+7/7f8UAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAA7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADq/xUA6//r/+v/6//r/+r/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/7P/r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0A+v8AAAAAAAAAAAAA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsAAAD7//f/AAAAAOX/AADs/wAA9P/0/+z/7v/t/xQA6f/i/9D/5f8aAOf/3v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDo//D/7f/s/+n/6//o/wAAAAAAAAAAAAAAAAAAAADu//H/AADs/wAAAAAAAAAA7P/s/xYA3f/y/+v/+P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAOf/6v/i/9v/1v/N/xQA7f8AAAAAAADu//j/AAAJANj/6v8IAPj/yv/Y/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/6//k/9v/6//k/ycAAAAAAAAAAAAAAAAAAAAAAPX/6//s/+z/7P/j/9P/EwAAAAAAAAAAAAAAAAAAAAAADgAAAAAA+/8AAAAAAAAAACcA3/8AAPL/8f/d/+3/3P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/8n/5f/3/+z/2f/u/wwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/w//k/83/4P8HAOv/3P8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f8oAOz/6//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPr/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDz/wAAAAAAAO3/8v/5/93/uf/Q/8f/5P/o/x4A0/8UAOz/7P/s/+z/7P/s/+z/AAAMAAAAAAAAAAAA+P8AAAAADAAAAAAAAAAAAPX/AADn/+X/6v/o/+v/4/8XAOj/FADs/+7/7P/t/+3/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//b/7P/t/+z/FADs/+7/AAAAAAAAAAATAO//7f/u/wAAAAAAAAAAEwDv/+3/7P8AAAAAAAAAABQAAADv/+z/AAAAAAAAAAAUAAAA7//s/+z/7P/s/+z/FADs/+z/3v/a/+P/2v/h/93/JgDb/+z/AAAAAAAAAAAUAAAA7//s/+L/AADg/+z/DgDY/+b/7v8AAAAAAAAAABMA7//t/wAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAPr/EgDy//v/AAAAAPP/8v8AAOz/FADu/+3/7f/s/+z/7f8AAAAAAAAAAAAADwDz/wAAAAAAAAAAAAAAAA8A8/8AAOH/2v/n/+T/4P/j/yEA3v8AAAAAAAAAAAAAAAAAAAAAAADu/wAAAAAAABMA+v/v/wAAAAAAAAAAAAAAAAAAAADs/xQA8f/5/wAA7P/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+z/AADs/wAAFAAAAAAA7P8UAOz/7P/u/+z/7P/s/+z/FADs/+z/7P/t/+z/7P/Y/+f/7v8AAOv/2P/Y/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f8UAOz/7P8VAOj/8P/t/+z/6f/r/+j/FQDZ/93/7//n/+P/6//z/+v/FQDr/+z/7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//D/AADs/+3/7P8AANv/+v/g/+r/4//s/wAA7P8UAOz/8P8AAOz/7f/s/+3/7P8AAOz/+//s/xQA9v/t/+z/AADs//v/7P8UAPb/6//r/+//9P/w/+7/FQD6/wAAAAAAAAAAAAAAAAAAAADv/wAAAAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/8v/x//K/8r/w//L/yYAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/7P/r/+j/7P8AAAAAAAAAAAAAAAAAAAAA6v/r//b/7/8AAOz/FQDx/wAAHQDr/wAAAAAAAO7/AAAUAPD/7f/s/wAA7P/s//v/+/8AABYA+v/7/+v/6//y/+r/6v8WAOr/6//p/+r/6//s/+z/FADs/+z/7P/s/+z/7P/s/xUA7P/s/+z/6v/s/xQA+P/z/wAA7//y/+z/8f8UAO3/8v/s/wAA7P/s//D/FAD4//P/AADv//L/7P/x/xMA8/8AAAAAAADt//L/+f/4/+v/6v/l/+r/6f8QAOv/FAD1/wAAAAAAAOz/8f/4//H/8v/7/+3/7P/q/+r/FgDA/zEA8f/k/77/sf+//8n/OADk//v/4//n/9L/4P/R/wAAAAAAAAAAAAAAAAAAAAAoAMj/2//X/+T/8//F/+L/AAAAAAAAAAAAAAAAAAAAAPb/AADW/6j/7v/i/8L/0f/1/+v/7f/q//X/AAAVAO3/3v/a/+P/2v/h/93/JgDb/+r/7P/s/xQA7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/2//L//L/w/8PANv/7//r/xYAAAD7/+3/9v/q/wAA7f/s//P/7P/w/+z/FADx/+3/7P/z/+z/8P/s/xQA8f8UAAgAAAAAAAAA7P/d/wAAAAAAAAAAAAAAAAAAAAAAAN//3f8eAMr/6//5/wAA5P/Y/ykA2v/l/+j/4v/X/+D/AAAMAAAAAAAAAAAA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/9f/5f/W/+n/5P8WAAAAAAAAAAAAAAAAAAAAAADF/z8A6v/Z/+P/zv/I/wAA7P8UAOz/7P/s/+z/7P/v/9b/AADj/+z/1P8UAMH/2P/q/+b/zf/n/+P/JADq/7b/FAD2/+z/7P8AAPn/7P/t/wAA9v/u/wAAAADs/xQAAADs/+z/AADs//P/7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8v/s/wAA7P/s//D/FADt//L/7P8AAOz/7P/w/xQA7f/y/+z/AADs/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FQDs/+r/6f8AAAAAAAAAAAAAAAAAAAAA7v/v//T/9P/w/xQA8P/t/+z/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//X/AADz/wAAFADs/wAAAAAAAAAAAAAAAAAAAAAAABcA6f/n/+z/6//r/+n/3v/o/+v/5v/q/+v/6v8WAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/6v/h/9f/1//X/9H/KwAAAAAAAAAAAAAAAAAAAAAA8f/s/+3/9P/z/+z/FADu/9T/LQDl/9X/1//U/8//1v/a/+b/8//j//j/5P8fAO//7P/r/+z/7P/s/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/4//k/+P/6P/k/xsA4v/t/+z/+f/t//X/7f8UAPj/AAAAAAAAAAAAAAAAAAAAAO3/7P/5/+3/9f/t/xQA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAABQA7P/u//H/8v/s/+v/7v/s/+z/AAAAAAAA7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/9/8UAPX/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7f8AAPD/AADs/+//7P8UAOz/7v/x//L/7P/r/+7/AAAAAAAAAAAAAAAAAAAAABQA7f/6/wAAAADv/+3/7f8UAAAAAAAAAAAA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAD7/xAAAADs/+z/7P/s/+z/FADs/+z/7P/s/+3/7//t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADs/+3/9P/v/wAA7P8UAPH/FwDr/+X/3P/p/+j/6v/q/wAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAA+f8SAAAA6v8TAOv/7P/r/+H/+v/q/9b/8P8AAPX/AADl/ykAAADq/+X/5f/p/+r/6P8ZAOr/9v8fAAAAAAAAAPb/4v8AABUA6v/y//n/7v/r/+v/6v8AAAkAAAAAAAAAAAD4/wAA6//3/wAAAAAAABUAAADx/xQA7//4//D/AADs/+z/7v/s/wAA+v/5/wAAFADx//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAPr/8v/w/wAA7P/s/+z/FADs/+z/7P/s/+r/2P/s/ycA6//s/9j/6//r/+z/4v8VAOr/7P/q/+v/5v/n/+3/FwDt/+b/6v/s/+3/6v/r/xUA7P/s/+z/6//z/+v/6/8VAO7/6P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/u/+v/FAD4/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P/s/xQA7P/s/+3/7P/s/+z/7P8UANj/3v/Y/9v/AADc/9j/DQDs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAANH/2//k/9//+f/q/+v/EgDs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPj/AAC3/8L/x/8AAOL/4f/l/+f/+P/w//L/7/8dAAAA2P/q/+X/6//S/9//HgDW/xQA8f8AAAAAAADt/+3/+//s/+v/8f/w/wAA7P8UAO//AAAAAAAAAAAAAAAAAAAAABIA8v/7/wAAAADz//L/AAASAPL/+/8AAAAA8//y/wAA6/8VAOv/7P/s/+v/6//r/xAAAAAAAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAPT/9P8AAO7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/+P/AADz/wAA3v85AAAAAAAAAAAAAAAAAAAAAAAAAPL/GgAAAAAA+f/x/+3/AAAAAAAAAAAAAAAAAAAAAAAA2v/W/+z/6v/d/9z/IwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/7//n/9/8AAOz/FQAAAOn/6//r/+z/7P/n/xYA7P/y/+3/7//s/wAA9/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/97/7P/r/+v/5f/f/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t//X/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7f/s/+z/9P8UAAAA7f/x/+3/7P8AAOv/6v/P/+z/9v8VAOz/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//7f8AAAAA9//t/wAAAAAAAAAAAAAAAAAAAAAAAOz/8f/t/+z/7P8VAO//6/8AAAkAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/y/+7/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/AAAAAAAAAAAfAPT/+v/t/+//AAAAAAAAEwDx/+//AAAAAAAAAAAAAAAAAAAAABwA5v/l//T/8v/k/+j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f8AAAAAAADt/+3/+/8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/7v/u/+7/FADs/9n/7P/s/+z/7P8bAOr/7P/s//T/7v/w//H/FADs/+z/6f/X/+3/4//s/yIAvf/Y/9r/2f/p/+z/6P8ZANj/2v/s/+L/AADg/+3/DgDW/+b/AADw//f/AAAAACoA9f/3//n/AAAAAAAAAAAQAAAA8v/u/+//9P/0//D/FADw/+3/7v/v//T/9P/w/xQA8P/t//T/7f8AAPD/AAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAA2v/4//L/9P/0/ygA4//Y//X/+/8AAAAAAAASAAAA8P/t//L/7//t/+7/GAD2/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/w/+3/7v8VAOv/7f/s/+v/8f/t/+3/FQDq/+v/7P/s/+z/7P/s/xQA7P/s/+z/7P/z/+7/+f8UAPD/7P/1//v/AAAAAAAAEgAAAPD/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADw/+3/7v/s/+z/7v/s/+z/6//s/+z/7P/s/xQAFADs//D/7f/p/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/4v/5//f/+f/f/yYA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/8f/w/wAA7P8UAO//2v/c/+v/6P8kAOf/3f/Y/wAAAAAAAAAAAAAAAAAAAADl/+z/8f/s/yMA7P/r/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAD0/wAAAAAAAAAAAAAAAO3/AAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAUAAAA7P/s/+7/+v/t/wAA9v8UAO7/9f8AAPr/AAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAADp/ysA8//t/+T/6//W/+7/AAAAAAAAAAAAAAAAAAAAAAAA8/8UAO3/AAAAAPb/AAAUAOv/6P/3//L/AADZ/8n/GADp//n/+P8AAAAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/y/+v/7f/s/xQA7f/t/+z/9//t//X/7f8UAPX/2//c/+n/3f8VANf/4v8AAOv/7v8AAO7/FADs/+3/7P/s/+v/7v/w/xUA7P/r/+v/9f/1/wAAAAAqAAAA8//k/9X/6f/U/zQA6P/X/8z/1f8AABEAAAD5/wAA+f8AAPD/FQDa/wAA2P/Y/+b/6f/Y/wAAAAAAAAAAAAAAAAAAAAD4//D/AADz/wAAFgDx/+r/AAAAAAAAAAAAAAAAAAAAAB8Ayv/m/9L/6v/L/+v/0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/+v/Z/8X/4P8AAND/1/8AAAAAAAAAAAAAAAAAAAAAFQDk/wAA8P/7/wcA6//k/+v/5P8AAOb/6f/3/+r/IQD0/+//+P/3/xQA7//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AABIAAAAAAOz/9v/w/+X/4/8WAOv/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPT/9P/o/+7/7f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAD3//P/AAAAAOz/AAD6/wAAAAAAAAAAAAAAAAkA7P/s//P/7v/u/+z/7f8UAAcA6f/v/+j/9P/z//b/6P8AAAAAAAAAAAAAAAAAAAAAEgDD/9v/3f/O/9b/qP/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s//X/9v/3/+z/FADs/wAAAAAAAAAAAAAAAAAAAADN/7v/zf/L/9D/3/81AMn/AAAAAAAAAAAAAAAAAAAAACQA3P/n/+H/6v/m/9v/6//p/wAA4v8VAOr/7P/W/+v/AADh/8X/7P/3/wUA7P/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/8//7P/2/xUA7P/k/wAAAAAAAAAAAAAAAAAAAAD0/xsA7f/5/wAA8v/g/wAAAAAUAAAAAAAAAPf/7P8AAAAAFADs/+3/7//1/+z/9P8AAAAAAAAAAAAAAAAAAAAAxv/l/+r/5f8AADgA9//t/wAAAAAAAAAAAAAAAAAAAADr/+z/4v8VAOr/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAOr/+v/r/+v/7//t/+r/FwAUAOz/8P/t/+7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAD5/wAA7f8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+D/7v/x/yYA9v/n/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcANj/yP/b/+j/6//Y/9X/7v/x/wAAAAAAABMA8//w/+b/GADk/+n/6f/m/+j/6f8UAOz/7v/s/+3/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/wAA8f/z/+7/9/8UAO7/7P/4/wAA7v8AAAAAJAAAAOb/AAAAAAAAAAAAAAAAAAAAAOX/6//p/+v/6/8ZAOP/6f8AAAAAAAAAAAAAAAAAAAAADgAAAAAA+/8AAAAAAAAAABYAAAD3/+v/AADs/+v/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADp/+z/7f/u/+z/7P8AAAAAAAAAAAAAAAAAAAAA7//0/wAA7P8AAAAAAAAAAN3/2P8AANX/7//r/xwA6/8AAAAAAAAAAAAAFADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAOL/AADw/9D/7P/d/wAA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+z/7P/s//H/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAAAAAAAFwDs/+//7P/0/+3/FADs/wAA7f/s/+z/7f/s/xQA7P/s/+n/7P/s/+z/7P8kAOz/7P/Y/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/8P8UAOj/7P/s/+3/7P/s/+z/7P8UAOf/6f/q/+j/6//q/xcA6v8AAAAAAAAAAAAAAAAAAAAA2P/m/9j/4v/o/+v/IQDY/wAA8P8AAOz/AAD4/xQAAADt/+3/9/8UAPX/7P/s/+z/FADs//P/7P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADy/+3/7//s/wAA9/8UAOz/AAAAAAAAAAAAAAAAAAAAABYA4f/2//n/+//7/+v/7P/Y/8v/2f/d/93/4v8qAPT/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+r/FADA/9X/EgDp/9j/6v8MAOz/0//R/9L/yf/V/9n/5P8qAAAAAAAAAAAAAAAAAAAAAADr/+7/AADs/+7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAD5/wAA7P/s/+z/7P/t/+z/FADs/+r/+v/r/+v/7//t/+r/FwAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAADt/xQA7f/t/+3/7v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8AAAAAAAAAAB8A9P/6/+v/7P8AAOz/+f8UAOz/6//s/wAAAAAAAAAAFADt//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQAFADt/wAAAAAAAO7/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8iANz/3//p/+j/2P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8iANn/3P/Y/+r/3P/c/+//4P/u//H/JgD2/+f/2v8AAAAAAAAAAAAAAAAAAAAAAADw//f/AAAAACoA9f/3/x8A4P/i/+r/6P/l/9n/6v8UAO3/8f/0/wAA7v/u/wAA6P/r/9v/6v/q/xkA6//n/+f/6P/n/+r/7v/p/xgA7//i/7z/3P/s/wAA3f8dAOz/AAAAAAAAAAAAABQA7v8AAOz/5v/x/+L/AAAUAOz/7P/q/+n/7v8VAO3/2P/s/+z/AAAAAAAAAAAAAAgAAAD6/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+7/7f8UAOz/7P/s/+//7f/s/+z/FADs/87/6P/Y/+n/5f8bAOH/4//l/97/7f8XAOz/3v/q/+v/5v/m/+b/3v/l/xwA4//f/73/5f/S/8j/1//C/0AA5P/r//j/AAAAAAAA6/8eAAAAFQDs/+z/7P/s/+z/5v/s/xIA8v/7/wAAAADz//L/AAASAPL/+/8AAAAA8//y/wAA7P/s/+z/7P/s/xQA7P/s/+L/6//u/+v/7f8dAN3/2f/s/+z/7P/s/+z/7P8UAOz/7//z/+z/5//t/xwA6//s/9v/7P/s/+z/7P/r/xUA7P/s/+//8//u/+7/6v8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAMz/1//d/9f/zv/h/9b/7P8AAAAAAAAAABQAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7P/s/+3/7f/s/xQA7P/s/+v/AAAAAAAA9f/p/+T/GwDs/xQA7P/s/+z/7P/s/+//7P/s/+3/7P/t/+z/FADt/+//AAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/xQAAAAAAO//7P/j/+z/7P/s/+z/7P/u/+3/FADs/+3/9f8AAPP/AAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/t//T/7/8AAOz/FADx/wkA7P8AAOb/AADt/wYA+f/s/+H/7//t/+r/FwC+/+n/9//h/+r/7P/r/xAA2f/o/wAAAAAAAAAAAAAUAO7/AAAUAOz/7//s/+3/7v/s/+z/6P/6/wAA7/8AABUA7P/v/+z/AADw//f/AAAUAOz/7P/q/+z/7P/s/+z/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/9P/6P/1/wAA3//f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAOz/7f8UAOz/7P/s/+z/7P8UAOz/8P/t/+n/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANr/8P/t/+z/+v/p/97/CAAAAAAAAAAAAAAAAAAAAAAA5/8AAOj/6/8KAN3/7P/Y/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+z/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAOz/7/8AAOz/7P8AAAAAAADu/wAAFADs/xQA7f/t/+z/7P/s/+z/1/8hANv/2v/e/+D/4f/U/xsAxv/T/+7/8//s/+T/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAPH/7P/t//T/8//s/xQA7v/s/+z/AAAAAAAAFQAAAOv/7v8ZAO//AAAAAPL/7/8AAAAAFAAAAAAAAAD3/+z/AAD5/xMAAAD0/wAA9P8AAO7/6v/L/8b/yP/c/wAAJADZ/+b/9P/7/+7/AAD2/xoA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/zf8TANj/AADj/wAA3v8UANn/3P/c/wAAAADT/wAA8v/t/+//7P8AAPf/FADs/9//2P/o/9j/7P8AAN7/FAAAAAAAAAAAAAAAAAAAAAAA+f8UAOz/7P/t//H/7P/w/wAAEwAAAAAAAAAAAO7/AADe/8f/4f/3/+//5v/x/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAD5/wAAAADp/+X/6f/n/xAAAADY/+z/FADw/+z/+P/s/+z/7v/r/+j/xP/k/8z/1v8AAMP/3f8IAOf/8v8AAAAA9P/m/xQA8P/t/+z/AADs/+z/+/8AAAAAAAAAAAAAAAAAAAAA3/8NAOj/7v8AAAAA3f/d/9j/5v/u/wAA6//Y/9j/AADt/+z/AAD1/wAA+f/s/xUAAAAAAAAAAAAAAAAAAAAAAOH/2P/n/9n/5f/i/+T/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/9X/1/8HAND/AACj//v/7P/2//D/5f/j/xYA6//u/9n/7P/2/+L/5/8OAMj/3P8AAAAAAAAAAAAAAAAAAAAA4f/Y/+f/2f/l/+L/5P8iAAAAAAAAAAAAAAAAAAAAAADm/+v/0P/3//L/2v8UAMv/AAAAAAAAAAAAAAAAAAAAAOr/4v/t/+j/7f/s//n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+b/+v/b/wAAJwDh//j/7P8AAAAAAAAAABQA7P/y/9n/6//s/+z/7f8oAOz/2f/s/+z/7f/s/+z/FADs/+z/7v/u/xQA7P/x/+z/7P/v/87/MADw/9n/1P/W/83/4v/s/+z/7P/s/+z/7P/s/xQAGQDn/+n/6//p/9v/yv/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/P/9f/2v8AADIA5v/o/+j/8//o//L/AAAmAOv/AADs/+z/7P/s/+z/FADs/+z/6v/r/+P/6f/s/xUA7P/r/9P/2f8qAND/3v/e/9b/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVANn/3f/v/+f/4//r//P/AAAAAAAAAAAAAAAAAAAAAPX/AAD6/wAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAD4/wAAAAAKAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6P/v/+7/7P8VAOf/7P/t//X/9v/v/+//7/8UAPT/AAAAAAAAAAAAAAAAAAAAABQA7P/7//n/AADt/+7/+/8UAO3/7P/6//r/8//s//r/DwAAAAAAAAAAAAAA+f8AAA4AAAAAAAAAAAAAAPr/AADm/+z/yv8VAOz/6v/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P/s/+f/7//Z/+D/EQDw//f/6//r/+z/7P8VAOr/7P/r/wAAAAAAAAAAAAAAAAAAAADX/9b/AADX/9n/2//b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+3/+v/w//D/6//v/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8v/s/wAA7P/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD0//T/7P/u/+3/FADs/9r/9f/v/+j/4f/r/xoA8f/y//v/7f/s/+r/6v8WANb/0//V/8j/yv/U/xwA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/q/wAAAAAAAPv/IgAAAOT/6f/h/97/3P/f/x8A2f8AAAAAAAAAAAAAAAAAAAAAFADs/+3/8f/t/+z/7P/s/+z/7P/s/+z/7f/s/xQA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7f/s/+z/FADs/+b/9P/7/+7/AAD2/xoA+f/s/wAAAAAAAAAAFAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAOf/3f/Y/+P/6P/m/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/F/+X/JwDn/9z/0//I/wAAAAAAAAAAAAAAAAAAAADt//P/+//s//n/5P8iAPb/5P/s/+3/6//s/+r/FADt/wAAAAAAAAAAAAAAAAAAAADi/9//4f/w/+j/5f8hAPL/AAAAAAAAAAAAAAAAAAAAANf/2f/a/9j/2v/W/yoA5//n/+X/6v/o/+v/4/8XAOj/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/6/8AAAAAAAAAAAAAAAAAAAAA6v/r/+z/7P/s/+r/FQDr/wAAAAAAAAAAAAAAAAAAAADr/+v/7P8WAOv/7P/i/+v/AAAAAAAAAAAAAA8A+f8AAOT/6//p/+v/6/8aAOL/5/8AAMj/2//e/97/4/8AAO3/7P/h/+//7f/q/xcAvv/p/9//yP/Z/97/EwDV//H/wf/s/wAAAAAAAAAAFADs//L/AAAAAAAAAAAAAAAAAAAAAOj/+v8AAO//AAAVAOz/7/8AAAAAAAAAAAAAAAAAAAAA1P/r/8//4v/Z/ygAxP/J/+T/6v/h/9f/1//X/9H/KwAXANP/7f/Z//L/HgDF/9f/AAAAAAAAAAAAAAAACgAAAAAAAAD3//r/9v8AAB8A9f/i/+n/7P/r/+z/6f8XAOv/7P/s/wAAAAAAAO3/FAAAAPL/7f/v/+3/8P8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/t//f/AADr/+v/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA7//w//r/9P/p/+r/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/y/xQA+f/x//f/7P/s/+//3v8AANr/1v/Y/xEA3P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/p/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADZ/9z/0/8AAMn/FAD0/+X/6v/t/+r/7P8AAAAA6//t/+3/9/8UAPX/7P/s/+z/HwD0/wAA+v8AAOX/6v8AAO3/7P/s/+z/7P8UAOz/7P8AAMn/5/8NAOH/0P/x//D/HADT/+n/3f/o/+T/5v/i/87/7P/u/+z/7v/s/xkA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/w/xQA7//s/+r/5P/R/+T/1f/O/8//v//O/zgA3P/s/wAA7P/u//H/FADs/+n/6//s/+v/6/8AAAYA6/8AAAcAAAAAAAAAAAAAAAAAAADa/+3/6v/w/wAA3v/a/wAAAADp/+n/6f/X/+j/1v/q/+r/6v8VAOz/6P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/l/+f/6f8TANX/6v/Y/+n/7P/V/ysA1f/s/9j/1//n/9f/6v/X/9P/JwDT/+f/4P9//6//vf8+AOL/ov/u/+z/AAAUAOz/AADs/+z/AAAAAAAAAAAAAAAAAAAAACsA2P/Y/9T/2//Y/87/1f/s/+3/8P/w//L/7P/s/xQA3v/f/9//3//e/yIA3f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/zMAwf/S/+D/1v/K/8j/1/8AAN7/3f/Y/9j/AADZ/+z/7v/r/xQA+P/s/+z/7P/D/+X/4v/O/+z/DwD7//T/AAD1/wAAAAAUAPj/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8kAOX/w//g/8T/2//J/+//8/8AAOz/AADs/wAAFADy/+z/AADs/wAAFAAAAPv/EgDs/+7/6f/l/8r/CgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/9r/5//k/+D/4/8hAN7/AAAAAAAAAAAAAAAAAAAAAOn/6v/d/+f/6/8XAOv/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA7P/r/+3/6//s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/1v/i/+H/7/8WAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAFADu/+3/AAAAAAAAAAAAAAAAAAAAAMD/8f+6/9//yv8AAKr/AAC+/73/2f/L/9H/HgDA/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANj/5v/t/+v/7P8oANj/2P/q/+L/3f/l/+n/6v/b/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVANf/7P/s/+z/7P/s/+n/7P/t/+7/7P/t/xQA6//s/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/t/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/q/+H/7P/x/+b/2v8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+3/7P/s/+r/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//L/AADw/xQA3f/s/wAAAAAAAAAAFADs/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAAAAAAAO7/7P8AABUAAAAAAPP/9P/t/+b/+P/Y/7//0//M/wAAQQDm/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7f/v/+z/AAD3/xQA7P/y/+3/7//s/wAA9/8UAOz/6//q/xUA6//r/+v/7P/s/+v/FADu/xIA6v/r/+v/zv8cANj/2//p/+r/2//m/+D/AAAAAAAAAAAAAAAAAAAAAPT/7P8AAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P8UAO3/GADi/+3/6//u/+n/5v/l/9T/0v/U/+T/2//h/+z/HgAAANr/7f8GAPf/7P/y/9z/AAAAAAAAAAAAAAAAAAAAAOz/FADs//D/AADs/+3/7P/q/9r/AADZ/+L/2f/c/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/m/87/5//j/yQA6v+2/w0A1f/6/8//0//M/8r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/2P/l/+D/5P/h/9j/IQAoANj/8//g/+r/2P/Y/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+L/4f/m/+T/4f/l/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/CgDf/9b/5P8AANL/7P/t/+z/FAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/Z/83/5//k/+7/9f/O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//H/7P/a/+b/FADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/93/yP/3/8L/8//D/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//2//Y/8L/AAAAAPn/3v/s/+z/6v8UAOz/7P/s/+j/yP/h/x0A7//a/8f/1//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/r/+n/7f8AAOr/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+v/7P8AABIAAAAAAAAAAADu/wAA7P/s/+z/7P/t/+z/FADr/wAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/7P8UAOz/7P8AAAAA+/8AAAAACQAAAAAAEgDy//v/AAAAAPP/8v8AAMH/2//I/9X/8//n/8//CgDs/+z/7v/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/wAAAAD6/wAA6/8hAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/t/+z/7P/s/+z/4P/Z/+r/GADp/+v/FADs/+z/7f/w/+3/7P/t/+z/6v/s/+3/7v/t/xUA7v/6/wAAAAD5/wAA7f8XAAAA7v/s//L/8P/4/+//FADu/+H/4v/2/+P/8P8AAOD/EwAAAAAAAAAAAAAAAAAAAAAA8f/s/+3/9P/z/+z/FADu/xQA8f8AAAAAAADt/+3/+//W/8f/1P/J/+j/0P/m/ywA6v/r//b/7/8AAOz/FQDx/+3/9f/2/+//7//v/xQA9P/M/wAAAAAAAAAA+P8xAAAA7f/s/wAA+f8AAOz/7P8UAOr/7f/t/+z/7f8VAOn/6/8AAPb/7v8AAAAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAPD/FQD2//f/9f8AAOz/+P/6/wAAAAAAAAAA8/8UAAAA2f/r/xwA4v/b/+n/6P/Y/+f/GQDo/+3/7//z/+b/7//y/+3/7//t//D/FADt/+z/6P/n/+v/7P/q/xcA6v/n/+v/FQDZ/+z/6//s/+v/7v+1/+T/vv/6/7D/AAD5/+z/6/8bAO//8v8AAO3/6P/v/+z/7P/s/+z/7P/s/+z/FAAVABIA2f/f/+H/wv+v/9X/KQDb//P/+P/5/9z/4P/p/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/6v/1/+z/+v8WAOr/6v/4/xQAAAAAAAAAAADw/wAA6P/j/+r/6//p/+n/GADp/+X/5//e/+r/5//b/9j/GgAAAAAAAADz/wAAFAAAAOz/7P8AAAAAAAAAABQA7P/v/9T/4f/Z/9v/2P/U/yoA1//J/zMAwf/S/+D/1v/K/8j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+b/6v/h//H/7P/s/xMAAAAAAAAAAAAAAAAAAAAAAPj/7f8AAPr/FAD6/+T/7P/s/xQA7P/w/+z/7P/s/+z/6//o//D/7//w/xYA6//q/+z/7P/q/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/k/+r/4f/X/9f/1//R/ysAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/5v/z/+P/+P/k/x8A7//n/+v/6//p/+v/6/8WAOr/AAAAAAAAAAAAAAAAAAAAAPj/FAAAAAAAAAAAAPD/AAAAAAAAAAAAAAAAAAAGAAAA3//5//P/7P/n/+X/+P/t/+z/7P/t/+z/FADs/+z/7P/y/+3/7//t//D/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P8UAOz/1//X/93/2P/e/wAAEwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//X/+3/2f/t/9n/AAAAAOz/7f8UAOz/7P/s/+z/7P8UAPD/7f/s/wAA7P/s//v/FADw/+3/7P8AAOz/7P/7/+z/7v/r/xQA+P/s/+z/7P/0/+//7//w/wAA+P8TAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD5/wAAAAAAAO3/AADs/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAPr/CQAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQA4P/n/wAA+//w/+n/9v8wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//o/+z/7//r/+z/7P8AAAAAAAAAAAAAAAAAAAAA2P/X/+r/2P/k/wAAAADb/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/xQA7P/s/+z/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAO3/7P8AAPT/9P/s/+7/7f8UAOz/7P8AAAAAAADt/xQAAAAAAAAAAAAAAAAAAAAAAAAAKADw/wAA9//2/93/2P/j/+7/FAAGAOv/+f/v/+3/7P/s/+z/7//z//L/7f8UAOz/7P/s/xQA7f/t/+z/7P/t/+z/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/t/xQA7P/s/+z/7P/s/+7/AAAAAAAAAAATAO//7f/h/+L/9v/j//D/AADg/xMAAAAAAAAAAAAAAAAAAAAAAPT/7//4//f/FADv/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAPj/AAD5/wAAAAAUAO7/AADy//D/7f/t/+3/5P8aAOj/7//p//H/4//q/wAAAAAAAAAAAAAAAAAAAAAUAO//AAD0//H/7v/t/+3/EAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAA8v/c/wAAKQAAAPP/3/8AAPH/zP/s/9H/AAAAAAAAAAAAAAAAAAAAAAAABwDs/+z/7f/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQA7/8AAPP/8v8AAO3/2P8AAND/6//Z/9z/4/8MANf/AAAAAAAAAAAAABYA7P8AAAAAAAAAAAAAAAAAAAAAAADu//T/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA2//t/wAA7v8AABsA7//0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/6f/k/+n/6//q/ycA5//s/+r/FADn//H/7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+r/zf/U/9//FQDm/93/EADs/+z/8v/0//X/FQDs/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/f/8v/zv/R/xQA6P8KAAAAAAAAAAAAAAAAAAAAAADt/xQA7f/t/+z/7P/y/+z/AAAAAAAAAAAAAAAAAAAAAO3/6v/w/+z/6v/r/+3/FgDy/+z/+f/t/xQA7v/t//T/6/8VAPD/7v/t/+z/6//s/wAAAAAAAAAAAAAAAAAAAADa/9z/6//o/yQA5//d/9j/7P/s//D/7//w/+r/7P8UAAAAAAAAAAAAAAAAAAAAAAD0/+//+P/3/xQA7//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/8f/u/+3/7f8UAPD/AAAAAAAAAAAAAAAAAAAAAOz/FADs//D/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsAAAD7//f/AAAAAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ/87/FADo/+P/4f/s/+//1P/6/8D/6v/H/+f/FADA/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/+v/7P/s/+n/6v8UAAAA2P8AAO3/AADs/+z/FgDR/93/3v8tANr/5P/V/9j/AAAUAOn/2f/s/+3/6P/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAO3/8P/s//X/7P8UAO3/7f/s/9n/CgDY/9j/5v/b/wAA4P8cAND/5v/N/9z/tP/G/xMAAADU/+P/GQDY/9b/2f/k/83/2P8AANf/AADt/wAAyP/k/+z/+f/r//X/FgDd/+v/5P/s//n/6//1/xYA3f/r/wAAAAAAAAAAAAAAAAAAAADl/+z/DwDr/+X/5f8QAN//3f/5/9j/EwDZ/+z/2P/Y//P/7P/q/xQAAADs/+P/0//o/+n/5//p/+v/5P8YAOn/8P/1/wAA7P8AAAAA+P8AAPD/GwD6/+n/FgAAAMb/9v/W/ysA1v/f/+L/5P/Y/+L/AAAAAAAAAAAAAAAAAAAAAOz/AAD0//T/7P/u/+3/FADh/9L/AAATAOb/1v/s/9z/2v/e/+L/8/8AAOP/JwAAAOv/6//s/+v/AAAVAOv/6f/s/+z/7f/s/+z/FADs/+z/7P8AAAAAAAAAABQA7P/v//L/2P/r//T/AAAwAPH/8f/r/+3/4P/s//D/FADt/+z/u//W/9j/2//W/y8Azf/W/+z/AADv//T/AAAUAOz/7P/n//b/AADs/wAAGgDm//D/AADk/9P/6P/1/wAA3//f/+T/7P/u/+z/7P8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAxv/r/9v/5v/e/yYAx//J/wAAAAAAAAAAAAAAAAAAAADs/+L/AADg/+3/DgDW/+b/AAAAAAAAAAAAAAAAAAAAAOv/7P/S/+z/7P8UAOv/6//t/+3/8P/s//D/FADx/+z/+/8AABYA+v/7/+v/6//y/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/FADs/+z/7f/s/+X/8P/u/+b/GgDt/+3/7P/l//D/7v/m/xoA7f8AAPD/AAAAAAAAGgAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/xUA7f/s/+z/6//s/+z/AAAAAAAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7f/6//D/8P/r/+//FQDs/wAAAAAAAAAAFADs/+//7/8AAAAAAAAAABUA6//w/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAO//7v8AAAAAAAAAABMA7//t/+3/9f8AAPP/AAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAA8f/s/+3/9P/z/+z/FADu/xQA7P/t/+7/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/3/wAAAAAAAO7/FgD5/wAAAAAAAAAAAAAAAAAAAADr//f/AAAAAAAAFQAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+L/6v/k/x8A5v/k/9v/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDv/wAAAAAAAOz/2/8AAO3/FADt/+3/7f/u/+z/7f/q/+v/6//s/+v/6P8WAOv/FADs/+//7P/t/+7/7P/s/wAAAAAAAAAAAAAAAAAAAADf/x0A4v/i/+P/3P/k/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/9/8AAAAAAAAVAAAA8f/o/+n/5//p/+v/5P8YAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//3/wAAAAAAABUAAADx/+3/FAAAAAAA7v/u//b/7f/P/ywA3P/g/8j/w//O//H/AAAAAAAAAAAAAAAAAAAAAOz/+f/x//P/9f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/u/+7/7v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAAFAAAAOz/AAAAAAAA8/8AABQAAADs/wAAAAAAAAAAAAAAAAAAAADs//H/7f/s/+z/FQDv/+v/8v8UAPn/8f/3/+z/7P/v/+z/FADt//H/7f/u/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAUAAAA8P8AAAAA7P8AAOL/1f/w/ysA7P/l/+X/7f/s/+z/8P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/xQA7P/s/+z/7P/s/+7/7P8UAOz/7P/u/+v/FAD4/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/HAAAAAAAAAAAAPX/5P/n/wAABwAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAA6//n/+r/6//r/+v/GADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8fAAAAAAAAAPb/4v8AAAAAAAAAAAAAAAAAAAAAAADt/+z/5f/w/+7/5v8aAO3/7P/s/+7/FADy/+z/7P/s/+r/4v8XAOv/6//o/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAD2/+7/AAAAAOz/FAAAAAAA9v/u/wAAAADs/xQAAAAAAOz/AAAAAAAAAADy/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v//L/8f8AAO3/6v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/S/+T/7f/c/9z/KwDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7//t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDt/+3/8P/u/+3/6//0/+//7P/0/+3/FADs/wAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAAFgDr//L/7v/s/wAAAAAAABcA7//r/wAAAAAAAAAAAAAAAAAAAADs/xQA6//s/+z/7P/q/+z/7P8UAOv/7P/s/+z/6v/s/+7/AADu/+7/+P8VAPr/6/8AAAAAAAAAAAAAAAAAAAAA1v/3/8r/7P/X/+T/5f/d/wAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/3//f/9//3v8iAN3/2P8QAAAAAAAAAAAAAADz/wAA4v8AAPD/0P/s/93/AADm/xIA8v/7/wAAAADz//L/AADs/+3/9P/v/wAA7P8UAPH/EwDz/wAAAAAAAO3/8v/5/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/+7/7//0//T/8P8UAPD/7f/Y/ykA2v/l/+j/4v/X/+D/AAAAAAAAAAAAAAAA8/8QAOz/7P/1/+7/7v/s/+3/FADt/+3/AAAAAAAA7//1/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/FADu//L/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/t/+z/7P8VAO//6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+//+P/3/xQA7//s/+z/AAAAAAAAAAAAAAAAAAAAACUA9//4/wAAAAAAAOT/AAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/7f8UAOz/7P/r/87/6P/Y/+n/5f8bAOH/4//4/+r/AAAAAAAA+/8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//L/7v/s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/0v8dAOb/9//c/+P/6v8AAAAAAAAAAAAAAAAAAAAA6v/3/+z/AAAAAOL/JgDv/+z/+f/x//P/9f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/v/wAAAAAAABMA8f/v/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f/r/+r/7P/r/+v/FQDq/wAAAAAAAAAAAAAAAAAAAADt/+z/8v/r/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAAAAO7/EwAAAOz/6//r/+z/7P8UAOz/7P/t/+v/6f/t/+3/7P8UAPD/AAAAAAAA7v8AABIAAAAAANz/4f/P/+T/3v8AAM3/DgDs/+z/7P/u/xQA7P/s/+z/7P/s/+z/7v8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPT/9P/s/+7/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/xUA1//s/+z/7P/s/+z/6f/s/+7/8v/u/+z/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAPj/+P/s//L/6v8AAOf/1v/R/9v/9//T/9r/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/4v/Q/+X/GgDn/97/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+v/6v/q/+j/6P8XAAAAAAAAAAAAAAAAAAAAAADu/+3/8P8UAO//7P/q/+T/AAAAAAAAAAAAAAAAAAAAAO7/8f8AAOz/AAAAAAAAAADs/+z/7P/r/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6v/r/+z/FgDr/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADs/+//7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAApANv/8//4//n/3P/g/+n/+v8AAPP/9v/y/wAAFwDw/xQA8f8AAAAAAADt/+3/+//6/wAA8//2//L/AAAXAPD/7P/i/9z/7P8AANn/GgDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAPn/AAAAAOz/7v/6/+3/AAD2/xQA7v8AAAAAAAAAAAAAAAAAAAAA6//r/+z/6/8AABUA6//p//X/+/8AAAAAAAASAAAA8P8AAAAAAAAAAAAAAAAAAAAA6P/6/wAA7/8AABUA7P/v/+n/6v/d/+f/6/8XAOv/5//s/wAA8P/3/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/xQA7P/s/+z/7P8UAOz/7P/s/+z/7P/r/+v/4//3/wAA8/8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADw/xUA9v/3//X/AADs//j/v//W/7//6f/h/8j/OQDR/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//8//y/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6//r/+z/7P8VAOz/AAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/6P/s/+//6//s/+z/6P8VAPP/8P8AAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/2P/d/yIA4//X/+P/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/n/+f/6v8XANn/5v8AAAAAAAAAAAAAAAAAAAAA7f/s/wAA7P/7/+z/FAD2/wAAAAAAAAAAAAAAAAAAAADq/xUA6v/s/+3/9//r/+r/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAA+f8SAAAA7v8AAAAAAAAAAPn/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/3/+z/AAAAAOL/JgDv/8H/AADF/7X/AADS/+n/AADr/wcA6f/q/wAA6//q/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/+f/r/xUA6P/r/+z/AADZ/+//4f8AAOT/BgDZ/8D/wv++/9L/1//2/9L/GQAAAAAAAAAAAAAAAAAAAAAAHwDa/93/2P/r/9j/1v/g/+z/7/8AAPH/8v/r/+//FQAFAOv/4P8UAOj/4v/s/wAA7f/s/wAA7P/7/+z/FAD2/9L/6P+v/+P/2v8AAPv/+/8AAAAAAAAAAAAAAAAAAAAA2//s/wAA7P/t/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAcAOj/6f/r/+n/6v+y/+z/0P8GAPT/7P/i/+v/AADv/wAAAAAAAAAAAAAAAAAAAADR/9H/2P/D/9D/4f8tAM//7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAOv/AADp/+P/3/8TAOP/8f/y//v/7f/s/+r/6v8WAND/y/8pAPb/1//i/+L/xP8ZAOX/zv/e/+X/7P+8/+D/2P/s/+j/6f8HAOv/6v8AABQA7//t/+T/8P/r/+z/9f/s/+z/AADs//P/7P8UAPD/7P/o/9j/5v/X/+n/5P8WAOX/6P/g/wAAFQDr/+T/5P8AAAAAAAAAAAAAAAAAAAAAv//Y/8H/6P/a/yoA0//X/+7/AADR/+v/8P/0//P/7v/s/+z/7f/t//X/7P/t/xQA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/wAAIQDn/8//yP/6/93/6//s/8b/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+z/5//r/+v/FgDr/+j/8P8VAPb/9//1/wAA7P/4/+T/4P+4/9b/4P/4/+3/0f/Z//b/6//m//b/FgDW/+H/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/z/xQA7f/t/+z/7P/S/woAwP/C/9v/zv8HAAAA5f/o/+3/6f/q/+X/6v8ZAAAAAAAAAAAAAAAAAAAAAAD7/+r/+f/s//L/EwDs/9j/AAAUAPL/AADn/93/6v/U/+P/6//s/+n/6//z/w4A6v8AAPb/AAAAAAAA7/8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAYADADR/+L/yf/R/+j/7P/s/wAA7P/t/xQA8P/s/+n/3v/g/+v/6/8cAOX/3v8UAPH/AAD5/wAA7P/5/+z/4//q/93/xv/n/8X/HgDO/wAAAAAAAAAAAAAAAAAAAADs/xQA8P/s//j/7P/s/+7/5P/s//n/6//1/xYA3f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7f8AAPj/FAD5/+L/7P/s/+7/7P/u/+7/7v8UAOz/6P/o/9j/5f/Z/+v/4v8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//P/7P/s/+z/7f/Z/9v/3//j/9r/3P8AAAgA7P8AAAAAAAAAABQA7P/v/+X/EgDi/9j/4v/U/wAA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/9P/t/xQA7P8AAO3/7P/s/+3/7P/s/+z/7P8UAOn/GwDs/+n/6//p/+H/1v/t/+3/9/8UAPX/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/2/+7/+v/s/xQA7v8pANv/8//4//n/3P/g/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/EAAAAAAAAAAAAAAAAADz/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAPj/6v8AAAAAAAD7/yIAAAAAAAAAAAAAAAAAAAAAAAAA6v8ZAOf/6v/p/+3/2v/f/+z/7P/t/+z/6//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8VAOz/6v/p/+v/GADk/+j/6f/p/+f/4P8AAAAAAAAAAAAAAAAAAAAAAADw/wAA7P8AAPj/FAAAANr/0v8dAOb/9//c/+P/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/x/wAAAAAAABMA8//w/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAUAO3/8v/s/wAA7P/s//D/7P8AAAAAAAAAABQAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwDo/+z/2f/t/wAA5P/s/+z/7f/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/xQA7P/s/+b/6f/q/+j/6//o/xgA6//s/+z/7v/t/+3/7P8UAO3/7P/r/+z/7P/s/+z/FQDr/xQA7P/z/+z/7//s/+z/7P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA7f8AAOz/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAO7/8f/t/xQA+P/v/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//s/+3/7P/s/+r/6/8VANj/KQDa/+X/6P/i/9f/4P/q/+r/6v8VAOz/6P/s/+z/5v/m/+b/6P/p/xkA5//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAA9/8AAPf/AAAQABwAAAAAAAAAAAD1/+T/5//X/93/6f/p/+n/2/8oAOL/AAAAAAAAAAAAAAAAAAAAAOj/3f/s/+z/8P/r/xUA6//X/9X/1f/V/9X/1f/T/ywA7f/y/+3/AAAAAPv/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/xQA7P/s/+z/AAAAAAAA7v8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOn/6v/p/+r/6f/r/xQA7P/t//H/7f/s/+z/7P/v//T/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAO3/7P/s/+z/6v/r//b/7/8AAOz/FQDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/0/+7/AAAAAAAAFADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAkA7P/s/wAAAAAAABUAAADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAPP/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+j/1//l/9b/6f/k/xYAAAAAAAAAAAAAAOz/AAAUAOr/+v/r/+v/7//t/+r/FwAAAAAAAAAAAAAAAAAAAAAA7P/w/+z/7v8AABQA7P/u/wAAAAAAAAAAAAAAAAAAAAD6/wAAAAD5/wAA7f8XAAAA6P/6/wAA7/8AABUA7P/v/97/3//f/9//3v8iAN3/2P8AAAAAAAAAAAAAAAAAAAAA8v/t/+//7f/w/xQA7f/s/wAAAAAAAAAAAADs/wAAFADp/97/4P/r/+v/HADl/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAADZ/+X/4f/j/+P/IQDg/9b/7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//s/+n/6v8AAB0A6v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADy/wAAAAAAAAAAAAAAAAAAAAAAANj/2f/6//P/7v8pAOr/1//T//r/9f/h//b/GAAAAOv/1v/Y/+X/w//c/9r/AAAsABQA7P/s/+z/7P/s/+z/7P/l/+z/9//n//f/AAAAAAAA7P/s/+3/7P/s/xQA7P/p/wAAAAAAAAAAAAAAAAAAAADK/+H/4//H/9D/1f/Y/y8AAADs//j/7f/y/wAA7f/s/+v/7f/g/+z/8P8UAO3/7P8AAAAAAAAAAAAAAAAAAAAA8v/t/+//7f/w/xQA7f/s/+z/2v/x/+z/8f8XANz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+n/7P/r/+z/5P/r/yAA7P/s/+z/7P/s/+z/7P8UAOz/7f/w//D/8v/s/+z/FAAUAO3/AAAAAAAA7v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/3P/h/+b/2//f/ykAyf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/+z/7v/s/+7/7P8ZAO7/FADs//D/7f/u/+3/7P/t/xcAAADm/+n/4P/p/9j/3P/s/+v/7P/s/+z/FADs/+z/7P/o/9f/5f/W/+n/5P8WAOX/6P/t/+n/6v/l/+r/GQDs/xQA7f/t/+z/7P/s/+z/7v/t//P/FADt/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/+z/FADt/9T/LQDl/9X/1//U/8//1v8WAPb/AAAAAAAAAADt/wAA4/8jAOr/6//s/9v/3P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADz//T/9P/s/+z/+f/j/yMA6v/r/+z/2//c//H/7P/s/+z/7P/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+v/8v/r/+v/7P/t/ycA7v/t//v/6//Y/+z/AAAAAAAAAAAAAAAAAAAAABYAAAD3/+v/AADs/+v/7/8AAOz/+P/t//L/AADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/8r/3f/d/9P/KgDO/+r/AAAAAAAAAAAAAAAAAAAAAPL/+v8AAOz/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA7P/u/+3/9P8AAOz/FAD6/xQA7v/5//H/8P/t/+z/7P/r/wAA7f/o//H/FADb//L/2v8FANj/2f/b/9T/AADh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/7P/r/+j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/l/+H/4//j/yEA4P/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/K/9T/6v/q/9v/NwDM/9r/0v8dAOb/9//c/+P/6v/6/wAA8//2//L/AAAXAPD/AAAAAAAAAAAAAAAAAAAAAOX/IwD6//r/7v/0/+L/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADL/+H/3f/b/9j/2P/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAAAAAVAOz/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/ywAAADy/9z/9//N/+X/4v/s/+3/7v8UAOT/7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/s/+7/7P/t/xQA7P/u/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/t/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+//9P/0//D/FADw/+3/7P/v/+7/8f/s/+z/FADs/+v/FgD4//j/7P/y/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/7/wAAAAAAABIAAADw/+z/7P/y/+3/+P8UAO//7P8AAAAAAAAAAAAAAAAAAAAA6//k/wAA5v/p//f/6v8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/6//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/8//x/+3/7P/s/xQA7P/s/+3/7P/s/+z/7P8UAOz/7v/y/+7/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAA4//G/8//5P/P/wAA6f/f/+v/5P8AAOb/6f/3/+r/IQDs/+7/8//x/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9v/s/+z/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOz/AAD0//T/6P/u/+3/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v8AAO7/FADs/+3/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f8oAOz/6//Y/+z/7P/t/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f/s/xQA7f/y/+3/7//s/wAA9/8UAOz/5/8ZAOj/7f/v//P/5v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/1f/T/wAA0//s/8b/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/1v8gAMP/7f/U/wAA1f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAA6P/c/+b/6f/r/+f/5f/5/+f/HADl/wAA3v8AAOr/9//s/wAAAADi/yYA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8OAAAAAAAAAAAAAAAAAAAAAADG/+f/xP/v/9n/HQDY/9T/sf/l/wAACADI/9P/9/8LAO7/FADw/+7/7v/u/+z/7P/W/wAA3v/c/97/3f8AANn/2f8AAPj/7P8AAAAA6P8AACUA7P++/+z/AAAAAL//y/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAATAAAAAAD6//L/8P8AAOn/6//r/+z/7P/n/xYA7P8AAAAAAAAAAAAAAAAAAAAAFQAAAAAA4P8AAAcA6//z/+z/AAAAAAAAAAAUAOz/7//u//H/AADs/wAAAAAAAAAAAADm/8L/5P/j/yIA1P+2/wAAAAAAAAAAAAAAAAAAAADE/9P/yv8tAOb/1f/s/9b/7f/s/wAA7P/7/+z/FAD2/wAAAAAAAAAAAAAAAAAAAADR/wAAwP/z/9f/4f8GAAAAAAAAABIA8v8AAAAAAAD1/+z/7P/s//H/AADs/xQA8P+x/+//+//Q/8j/0f8WAK3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/t/xQA7P/s/+z/zP8XAOv/7f/s/+v/6//0/wAAAAAAAAAAAAAAAAAAAAAAAOv/3P/W/wAA+P8fAMD/7P8UAOz/8P8AAOz/7f/s/xQA8v8AAPX/7f/w//b/7f8SAAAAAAAAAAAA8f8AAAAAFQAAAAAA+f/6//D/6v8AABsA9P8AAAAAAAAAAOz/AADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAPf/AAD3/wAA7/8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAADv/+r/AAAAAOH/AAAAAAAADADX/9L/5//y/wAA6/80AAAA9v8UAO3/7P/x/+z/1v/s/+7/7P/1//b/9//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/7f8TAAAAAAAAAPD/AADw/+L/IADd/+b/4//n/9//4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAPL/AAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAA7f/4//P/6f/r/xsA6P8AAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOX/6P/t/+n/6v/l/+r/GQDt//T/7v8AAAAAAAAUAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/wAA7P/5/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAAAAAADr/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPj/AAAAAAAAFADs/xQA7f/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9L/HQDm//f/3P/j/+r/2v/S/x0A5v/3/9z/4//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/xYA6//s/+n/5f/r//b/9v8UAPX/9f/t/+z/7/8AAPL/FQAAAAAAAAD1/wAA7P/q/x8A7P/s/+r/2//j/+P/4/8aAOf/5//l/+f/4//y//D/HwD5//j/4v/j//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P/t/+n/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/AADq/+z/6//Y/xQA6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/+z/7P8UAOz/6//r/+z/7P8UAOz/7P/r/+z/7P/r/+z/FgDs/+n/7P/s/wAA7P/t/xQA8P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9f8AAAAAAADr/xgAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+r/7//0/+7/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAO7/AAAUAAAAAAAAAAAAAAAAAAAAAADq//r/6//r/+//7f/q/xcAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+//7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/6//s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7f8AAO//7v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/8P8AAPX/AADl/ykAAADY/+L/+f/3//n/3/8mAPv/1v/I/9n/4v/t/9P/wf83AOr/AAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+3/7f/s/+3/FQDp/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+z/7v/s/+7/7v/u/xQA7P/7/wAAFgD6//v/6//r//L/0P/Z/+P/1//f/ygA4//S/+7/7P/t/+z/7P8UAOz/6//i/+L/6f/n/+j/5P/o/xoAAAAAAAAAAAAAAAAAAAAAANz/xP/O/9T/1f8fAO7/z/8AAAAAAAAAAAAAAAAAAAAA6f/X/+H/7P8AABQA7P/m/wAA5P/T/+j/9f8AAN//3/8AAAoAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/8v/u/+z/7P/t/xQA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/0/+7/AAAAAAAAFADu/+z/7v/y/+7/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAOv/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/AADM/+X/0P/S/w8A0v/t/xQA7P/t/+3/7P/s/+z/7P8UAOv/7P/s/+z/6v/s/+3/7P8AAOz/+//s/xQA9v/s/+z/7f/s/+7/7P8UAO3/9P8UAAAA7f/x/+3/7P8AAAAAGgDx/+j/8P/x/+r/+P/u/xQA7P/r/+3/6//s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/wAAAAD6/wAA6/8hAAAA7P/t/+7/7P/t/xQA6//s/+z/7P/t/+z/6//s/+z/FADa/+b/8//j//j/5P8fAO//6//r/+v/7f/s/+3/7P8VAOz/7P/t/+z/6//s/+z/FAAAANj/6//m/+H/4f8AAOr/7v/v//T/9P/w/xQA8P/t/9j/6P/q/+D/5P8bAOj/5v8AAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA+v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAA9P8AAO7/7//0//T/8P8UAPD/7f/1//X/AAAAACoAAADz/+T/AAAAAAAAAAAAAAAAAAAAAPP/7/8VAO3/8v/2/+7/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/IgDZ/9z/2P/q/9z/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/IgAAAAAA9f/5/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADr/wAAAAAAAAAAAAAAAAAAAADu/xcAAAAAAPj/9f/y//P/9P8UAPr/9v/t//D/7P/6//b/FADp/+z/7//v/+z/9v8AAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAA+f8AAOj/6f/j//T/7P/c/xoA6v/1/xcA+f8AAAAA+f/p/wAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/z/+z/7//s/+z/7P/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7v/6/+3/AAD2/xQA7v/j/xYA7P/s/+n/6//r/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/q/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/1//b/7//v/+//FAD0/wAAAAAAAAAAAAAAAAAAAADo/9j/4//U/+j/JQDY/9f/AAAAAAAAAAAAAAAAAAAAAAAA6//s/+v/7P/s/+z/AAAUAO7/+f/x//D/7f/s/+z/3f/Q/9X/5f/e/yoA4f/W/wAAAAAAAAAAAAAAAAAAAADu/+z/AAAUAOz/AADs/+z/5/8aAN//5v/o/+r/5v/h//T/7//4//f/FADv/+z/7P/s/+z/7//z//L/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/HADV/+P/4//g/+T/3P8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7P/y/xQA7f8AAAAAAADu//j/AADs/+z/7P/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA+P/z/wAA7//y/+z/8f/k/+r/4f/X/9f/1//R/ysAAAAUAAAAAAAAAPf/7P8AAOv/FQDw/+7/7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAAAAAAAD0/x8AAAD0/xsA7f/5/wAA8v/g/wAA6/8AAOD/9P/0/+X/AADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/s/+3/FADw/+//7v/v/+3/7v/t/xQA8f/t/+z/7f/s/+7/7v8hAO//9v/w//r/8f/1/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAO3/AADs/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/q/+X/5f/p/+r/6P8ZAOr/AAAAAAAAAAAAAAAAAAAAAO3/9P/u/wAAAAAAABQA7v8AAAAAAAAAAAAAAAAHAAAA6v/r/+r/6//s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOv/6//r/+v/6//r/+r/FgDr/+z/7P/r/+n/6P/s/+z/AAAAAAAA7v8AABQA7P8AAO//9P8AABQA7P/s/wAAyv/g/9f/6v/X/woA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/xUA7P/r/+z/4/8TAPP/AAAAAAAA7f/y//n/DADy//L/BgDt/+//8v/t/9r/6P/b/97/4//W/ygA5v8AAAAAAAAAAAAAAAAAAAAAFADv/wAAAAD7/+z/7P/k/xQA9v8AAPv/AAD6/+z/+/8UAOz/8//s/+//7P/s/+z/6//Z/x8A5v/h/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAASAPL/+/8AAAAA8//y/wAA5v/i/+z/7f/v/+//FgDt/+z/AAAAAAAAAAAUAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADs/+//AAAAAAAAAAAAAAAAAAAAAAAA5//Y/97/2v/l/wAACADs/+j/6//m/+r/6//q/xYA4f/l/+X/3/8aAOD/4f/n/+P/FQD4//T/8v/2/+z/6//1/0cAuf/C/83/4f/O/7H/4v8YAPj/AAAAAAAAAADw/wAAAAAAAAAAAAAAAAAAAAAAABQA7f/y/+z/AADs/+z/8P/Y/xMA6//s/+z/AAD6/+r/FADs/+z/7f/1/+z/7P/s/xMA0P/d/+z/5v/W/+f/xP8AAPr/AAAAAAAAAAAKAAAA7P8AAAAAAAAAABQAAADv/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/v//b/7P8UAO7/AADs/+z/7P/u/woA4f/t/yoA3/8AAAAA+v/6/9j/6f8AAAAAAAAAAAAAAAAAAAAAFgD2/wAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAAAAAADr/wAA7P8AAAAAAAAAABQAAADv/yMA8/8AAAAAAADt/9n/+v/v/wAAAAAAAAAA7v8TAAAA7/8AAAAAAAAAAO7/EwAAABQA+P/z/wAA7//y/+z/8f8AAAAAAAAAAAAAAAAAAAAAFQAAAAAA8//0/+3/5v/4/+n/5//1/wAA8P/Y/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA7/8AAAAAAADt/+//AADt/wAAAAD5/wAA+v8UAAAAAAAAAAAAAAAAAAAAAAAAABgA6f/5//j/AAAAAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/t//f/AADr/+v/FgDn/+v/7v/b/+n/AADY/wAAAAAAAAAAAAAAAAAAAAAAAO3/FAD4/+z/8v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//X/AAAAACoAAADz/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+//+P/3/xQA7//s/+z/AAAAAAAAAAAAAAAABQAAAAAA5P/T/+j/9f8AAN//3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/7v/u/+7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t//H/7f/t/+z/7P/s/wAA9P/0/+z/7v/t/xQA6v/y//n/4//4/9n/JAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//3/73/6P/C/93/1P8dANf/y//d/9j/5P/S/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAA3f/o/+z/6/8bAOX/3v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+z/FQDq/+z/6//s/xQA7v/t/+z/7f/s/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/Z/+7/6//f/+n/GADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAAAAAAAAAA7v8TAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AADu//H/7f8UAPj/7//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAPn/AAD4/wAAAAAUAOz/7v/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAATAPL/AAAAAAAA7//w/wAAAAAAAAAAAAAAAAAAAAAAAPH/LAD1//r/+P/0/+D/9f/w/xIA9v/2/wAA9v/1/wAA7/8WAAAAAAAAAO3/4f8AAPT/FAAAAO3/8f/t/+z/AADZ/xIA6v/n/+r/EQDl/9P/7P8AAAAAAAAAABQA7P/v/wAA+v8AAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAA+//w/xYA+f/v/wAAAAAAAAAA7v8TAAAA7/8AAAAAAAAAAO7/EwAAAO7/FADs/+z/7P/s/+z/7v8AAAAAAAAAAAAAAAAAAAAA6//r/+r/7P/s/+v/FQDr/9r/1v++/+H/6f/A/zwA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5P8TAOP/7P/t/+//8P/q/+z/7f/w//D/8v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//D/AADs/xQA9f8oAPD/AAD3//b/3f/Y/+P/7P/t/+z/8P8AAOz/FAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnAAAAAADy/wAA1v/w/wAAAAAAAAAAAAAAAAAAAADs/+b/8f/i/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ//D/4P/q/9v/4P8SAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8JAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAUAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+z/7P/s//H/7P/s//v/+f/3/wAA7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//P/7P/v/+z/7P/s/wAA+f/m/8L/6v/O//T/zP8oANn/2//b/9n/2P/Y/9n/AAAAAAAAAAAAAAAAAAAAACsA6//o//j/8f/X/+j/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAAAAATAO//7f/r/xUA6//s/+z/7P/r/+r/6P/n/+v/7P/q/xcA6v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/+f8AAAAAAAAaAAAA5f82AMX/y//R/9z/wf/L/8v/AAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAD7/wwAAADs/+z/7f/s/+z/FADs/+z/AAAAAAAAAADf/wAAAAAiAOv/5f/T/+7/5v/s/+z/FQD2//b/FAD1//X/7f/s/+//7P/s/wAA7P/1/xQA7P/s/7f/7f+//wwAvP/J//P/2/8AABEAAAAAAAAAAAAAAPH/AAAjAAAA7/8AAPH/5f8AAAAAAAAAAAAAAAAAAAAAAADr/+z/6//s/+z/FQDd/+v/6//s/wAA6v8AAOz/5P8UABQA7P/s/+z/7P/q/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+r/+v8AAAAAAAAWAO3/7P/y/+z/AADs/wAAFAAAAPv/FADv//j/8P8AAOz/7P/u/6b/GgCf/8b/7/8PAK//rv8AAAAAAAAAAAAAAAAAAAAAx//n/9D/8//R/9n/zP8AAOz/7P/t/+z/7/8UAOz/7P/n/+f/6f8XAOj/5f/q/+n/AAAAAAAAAAAAAAAAAAAAAO3/7P8AAOz/+//s/xQA9v8AAOT/2f/Y//T/+/8AAOP/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAPv/AAAAAAAAFADu/8v/AADm/xQAu/8AANb/2v/h/wAA+v8AAPT/KAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+z/2//Z/+P/2/8SAOn/+P/r/xgA+v/1//P/9P8AAAAAAAAAAAAAAAAAAAAA2f/m/+b/5v/n/+n/GgDh/wAA1P/Y/9r/y/8SAMz/z/8HAOL/HgDE/9X/u//p/8//xv/j/w4A1P/Z/9v/3v8NAOf/DADu/+f/6v/n//j/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+n/6P/s/wAA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/u/wgA6v/c/xMA4v/b/xUAAAAAAPn/+v/w/+r/AAAbAPT/AAAAAAAAAADs/wAA7v8XAAAAAAD4//X/8v/z/8X/4/8OANT/2v/b/9//DQDa/yoA5f/u/+//6f/X//v/FADs/+z/7P/s/+z/7P/r/+L/IQD6//f/6v/l/93/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAAAAAADu/xYA+f/s//f/AAAAAAAA7v8WAPn/6//r/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/8//s/+z/7P/t/+r/FgDw/+v/+P/w//j/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/FADs/+z/7P/w/+3/7v/v/xQA7P/s//j/AAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/s//X/6v/2/xUA6//s/wAAAAAAAAAAAAAAAAAAAADr/+z/AADs//n/FADs/+z/FgDp/+r/7f/r/+f/6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/s/+z/7P/s/+z/IwDs/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8AAOz/AAAAAAAAAAAAAAAAAAAAABMA8/8AAAAAAADt//L/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+P/z/wAA7//y/+z/8f8cAAAAAAAAAAAA9f/k/+f/7P/s//L/7f8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/4v/1/+z/9P/l//j/KADr/xUA6//s/+z/6//r/+v/AAAHAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAAAADr/+3/7P/s/+3/FQDr/+z/FQAAAAAA8//0/+3/5v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDw/+v/+P/w//j/6//r/+v/6//t/+z/7f/s/xUA7P/5//D/8f/s/+3/7f8UAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/t/xQA7P/s/+z/AAAAAAAA8v8AAOz/9v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/IgDp/+T/4v/o/9X/2/8AABEAAAAAAAAAAADw/wAA7P8UAOz/7P/s/+z/7P/u/+z/FADp/+z/7f/u/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7f/t/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/4P/Q/8X/EwC0/+b/7P8UAO7/7f/s/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAAAAAADy/wAA7P/q//D/7P/t/+v/FADv/wAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/7P/s/+z/8f/s/wAAAAAAAAAAAAAAAAAAAADr/xUA6//s/+r/1f/q/+X/8P/v/wAA8P/v/+z/+f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8UAAAAAAAAAAAA8P8AAPT/FgAAAPv/9v/v//H/9/+v/wAAyP+6/8j/tf8AALX/AAANAAAAAAAAAAAA9P8AAOv/FQDm/+j/5f/s/9j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPD/AAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+j/8//y/+//7P8XAAAAAAAAAAAAAAAAAAAAAAAAAPb/HwAAAAAAAAD2/+L/AADy/xQA+f/x//f/7P/s/+//6/8UAO//AADu/+L/6//t/wAAEgAAAAAAAAAAAO//AAAAABwAAAAAAAAA8//y/wAAAAAJAAAAAAAAAAAA+f8AAAAADgAAAAAAAAAAAAAAAADs/ygA+P/u//X/8v/Y/wAA7f8UAO3/7f/t/+7/7P/t/+T/IgDc/9//6f/o/9j/4//s/xQA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOb/HgDn/+T/4f/e/+H/4v/5/xMAAAD0/wAA9P8AAO7/AAAAAAAAAAAAAAAAAAAAAOv/FQDv/+3/7f/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/JwDi/+//4P/d/9n/1P8AABQAAADw/wAAAADs/wAAAAAHAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5P/p/+r/6//q/xoA6/8AAAAAAAAAAAAAAAAAAAAA1/8vAOj/+P/j//P/z//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//r/+z/6//r/+v/7f88AAAA8f/c/+//yP/i/+r/FwDr/+v/6v/q/+f/6/8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xQAAADt//H/7f/s/wAA2P84AAAAAAD5/wAAyv8AAOn/FgAAAAAAAADz/+r/AADs/xQA7v/t/+7/7P/s/+z/AAAnAAAAAADy/wAA1v/w/wAAAAAAAAAAAAAAAAAAAAD0/xQAAAAAAAAA7v/t/wAA7P8UAOz/8//s/+z/7P/t/9r/OQDK/+X/z//R/9P/3//q/xYA6//s/+z/6//p/+j/AAAAAAAAAAAAAAAAAAAAAOj/GADm/+r/6P/p/+f/5v/s/xQA7P/s/+z/7P/s/+z/7/8UAPL/8P/s/+3/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/i/+r/5P8fAOb/5P/b/wAAAAAAAAAAAAAAAAAAAAD6/wAA6//m/+z/1v/X//L/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5P8cAM//7P/n/+7/3//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOv/7P/s/+v/6f/o/+j/GADm/+r/6P/p/+f/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA8v/w/+z/7f/s//P/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/6P8YAOb/6v/o/+n/5//m/+//FADy//D/7P/t/+z/8/8AAAAAAAAAAAAAAAAAAAAA7P/u//r/7f8AAPb/FADu/+r/6v8WAOr/6//p/+r/6//r/xUA2f/s/+v/7P/r/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/KADX/9v/1//b/9b/1f8AABEAAAD5/wAA+f8AAPD/7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+3/FAAAAAAA7v/u//b/7f/o/xkA3//m/+n/6//m/+b/AAAAAAAAAAAAAAAAAAAAAPr/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/wAA3P/s/+z/5v/r/wAA4/8jAOr/6//s/9v/3P/x/+X/IwD6//r/7v/0/+L/+//s/xQAAAAAAO3/7P/s/+z/AAARAAAAAAAAAAAAAADx/9//JwDz/+L/7//i/+T/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAPL/8P/s/+3/7P/z/wAAAAAAAAAAAAAAAAAAAAAAABEAAAD5/wAA+f8AAPD/7P/u/+z/7v/u/+7/FADs/xQA7P/t//H/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDq//L/+f/u/+v/6//q/+r/5P/r/+r/JADY/+X/2P/u/xQA7P/s/+z/7P/s/+7/7v8UAAYA6//5/+//7f/s/+3/7P/v/+z/AAAUAOz/2P/s/+n/9P/r/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f8UAOz/7P8AAAAAEgDy/wAAAAAAAPX/7P/s/xQA7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADm/+z/yv8VAOz/6v/s/+v/6v8AAAAA4f8AAAAAAAAMAOz/AAD0//T/7P/u/+3/FAAAAAAAAAAAAAAAAAAAAAAA9f85APf/AAD7//X/zf/2/97/2P/T/9z/3P/g/yEA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+//7P/s/xQA7P/s/+v/7P/s/xQA7P/r/+z/6P/N/9P/0//J/83/0/83AAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAA8/8AABQAAADs/+3/7/8AAAAAAAATAPH/7/8AAAAAAAAAAAAAAAAAAAAA5v/Q/+T/yv8YALL/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/i/+b/4//l/+r/6/8nAOr/6//q/+v/7P/r/xUA7P/u//H/AAAAAAAAEwDz//D/FADv//j/8P8AAOz/7P/u//D/DADH/77/vP/4/7n/8v/s/+3/7f/s/+z/7P8UAOz/8P/s//X/7P8UAO3/7f/s/9v/4P/q/9//5/8cAOH/4/8AAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDp/+r/6f/q/+n/6//x//X/AAAAAAAA7P8UAPf/AAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAhAPP/7P/m/+z/8P/t/+3/FQDs/+v/7P/u/+3/7P/s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f8AAOX/5f/b/+D/FQDn/wAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAD0/wAA7v/s/wAAFADs/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//m//D/9v/e/xMA2v/n/wAAAAAAAAAAAAAAAAAAAADq/+f/5//q/+n/GQDl/+j/6f8AAMf/6v/Q/wAA9P/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv//j/8P8AAOz/7P/u/9r/KADk/9v/5P/Y/+z/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//a/+f/5v8oANb/2v/n/+v/6f/r/+n/EwAAAN3/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/8f8AAAAAAAATAPP/8f/J/+r/7//u//L/MgDZ/8j/3f/d/9f/3//b/yIA3f/p/+z/7P/r/+z/7P/s/+z/FAAAAAAAAAAAAO3/AAAAABMA6P/f/+j/6v8qANX/6f/W/+z/7P/q/+v/6v/s/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA8f8AAAAA7P/u/+v/FAD4/+z/7P/s/+b/9f8AAAAA9v/y//r/KgAAAAAAAAAAAAAAAAAAAAAA2f/n/+j/5f/i/+z/HADe/+3/7P/u/+z/7P8UAOz/7P/0/+3/AADw/wAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAOD/5P/m/+T/5v/a/+X/HQDF/9j/7//h/97/9f8MANz/AAAAAAAAAAAAAAAAAAAAANv/3f/b/xQA2P/r/9j/AADp/xcA7v/s/+z/5v/s/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAADt/+z/7P/s/87/5//v/x8A6f/q/+X/4P/s/+j/1//l/9b/6f/k/xYA1f/g/+n/xf/c/y4A0//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/r/+z/7P8UAOX/JADh/+r/2f/q/9j/6f8AAAAAAAAAAO3/AAAAABMA7f8UAOz/7f/t/+z/7P/s/wAADQAAAAAAAAAAAPT/AADr/xUA6//s/+z/7P/r/+r/+f/3//j/+P8AAPT/GgD7/+z/FADs/+z/7P/s/+v/7P/g/+r/7f/m/wAA2f/s/wwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjANT/3P/Y/+H/4//U/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+n/4v/S/+j/HADn/+n/AAAAAAAAAAAAAAAAAAAAAA0A+v8AAAAAAAAAAAAA+P/x/+r/+//p//j/1//r/xoA6/8LAPD/4v/s/+z/AADi/wAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAO3/7P/s/+z/6/8bAO//8v8AAO3/6P/v/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+v/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA9P/0/+z/7v/t/xQA7P/t/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADs//L/7P/s/+z/7P/s/xQA7P/s/+D/8P8AAAAAAAApAAAA1//t/+//AAAAAAAAEwDx/+//9P/v//j/9/8UAO//7P/s/+z/7P/x//L/8v/s/xQA7P8XAOz/7f/t/+z/6//d/+z/7f/0/+7/AAAAAAAAFADu/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/9v/S/+z/7P/s/+b/+f8FAAAA+v8AAAAAAAAAAAoAAAAAAPr/AAAAAAAAAAAKAAAAAAD6/wAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8hANv/2v/e/+D/4f/U/+z/FAD2/+z/7P/s/+z/7v8JAAAAAAAAAAAA+f8AAAAACQAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAN3/7P8UANj/6//s/wAAAAAAAAAAAAAAAAAAAADv/+z/9P/t/xQA7P8AAO3/AAAAAAAAAAAAAAAAAAAAAO//7P/0/+3/FADs/wAA7f/j/9//5//p/ycA1f/l/9T/4P/m/+D/5/8AAOT/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtP/J/9b/3v83AMf/wf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQARAMf/yf/g/9D/yv/n/wAAAAAAAAAAAAAAAAAAAADf/+P/5v/m/xMA5//R//T/AAAAAAAAAAAAAAAAAAAAAOr/GADm/+j/5//p/+j/6f/g/+r/8f/n/wYA5//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAOz/9v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADu/wAAAAASAAAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAD5/xQA7P/s/+3/8f/s//D/7/8AAAAAAAAAAO7/EwAAAPn/FADs/+z/7f/x/+z/8P8AAAAAAAAAAAAAAAAAAAAA7f8UAO7/7v/s/+z/7P/w/wAAAAAAAAAAAAAAAAAAAADv/xQABgDr//v/8P/t/+3/2f/c/9r/5P/e/wAAAADg/8v/5P/l/8f/0//V/9n/LwDr/9z/8v/Z/wAAFwDb/+v/AAAAAAAAAAAAAAAAAAAAAND/1P/V/+n/2P8MAAAA1/8AAAAAAAAAAAAAAAAAAAAA7P/s//b/7//u/+z/7f8UANP/GADl/+T/6P8AALv/9f8AANb/6//b/+b/6v/X/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//P/AADs/wAA7P8AABQA2//s/+z/7P/s/+v/FQDs/xkA1//t/9j/5P/Z/9f/AAAVAOf/6//q/+n/5f/o/+v/CQDr/+z/6v/q/+z/3f/3/+f/6f/b/9H/4P/l/+v/GADs/+3/7v/s/+7/FADv/+z/7P/p/wAA7v/z/+X/AAAUAOz/7P8AAAAAAADu/wAAFADz/+z/AADs/wAAFAAAAAAA7P/s/+z/7v/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAO3/AADt/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAND/GgDI/+H/5f/o/+r/5//s/+z/7P/s/+z/FADs/+z/3//5//P/7P/n/+X/+P/t/+3/EwAAAAAAAADw/wAA8P/6/wkAAAAAAAAAAAAAAAAA7v/s//n/8P/w/+z/7v8UAOz/7P/w/+//8P/q/+z/FADX/w4A6f/n/+z/KgDp/8j/3//m/+L/4/8fAOX/4f/g/8b/2P/d/+v/1//6/wAA1/8UAOz/7f/x/+3/7f/s/+z/AADt/wAA7P8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAADu//j/AAD5/wAAIQAAAOD/5/8ZAOr/6f/p/+H/4//m/+f/7P8WAOv/7P/p/+X/6/8AAAAAAAAAAAAAAAAAAAAA7P/p//T/6//t/xQA7P/t/wAAAAAAAAAAAAD4/w0AAADs/+z/7f/t/+z/FADs/+z/DgAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+n/6//q/+z/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAN3/FgDi/+b/5v8AANf/5f8AAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P/s/+v/FQDr/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA7P8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAdANz/5v/o/9H/6P/l/+n/5f/1/+T/+v8AABMA+f/r/wAAAAAAAAAAAAAAAAAAAADb/97/3P/l/+j/6//n/xYAAAAAAAAAAAAAAAAAAAAAAPT/AADv/wAAAAAAABIAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/6v/r/9z/4//X/+r/KgD6/8n/1f/r/+f/GADL/7H/AAAAAAAAAAAAAAAAAAAAANn/1//q/9j/5P8AAAAA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7P/k/+r/4/8ZANj/6P8AAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAAAAO//AAAUAOz/FADs/+z/7P/s/+z/7P8JAOv/7f/r/+v/6//d//f/7P/s/+z/7P/e/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADg/xUA6v/q/9n/6//a/wAA6//r/+z/7P8VAOr/7P/r/wAAAAAAAAAAAAAAAAAAAADt//D/AADs/wAA7P8AABQAAAAAAAAAAAAAAAAAAAAAABUAAAAAAPn/+v/w/+r/AAAAAAAAAAAAAAAAAAAAAAAA6//d/+T/6//n/+X/FQDx/8X/+P/Y/8r/0/8VANL/y/8AAAAAAAAAAPr/AAAAAAsA6f/b/9T/6f/p/xwA4//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/j/+T/4//o/+T/GwDi/wAAAAAAAAAAAAAAAAAAAAAUAOz/7v/s/+3/7f/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+//9P/0//D/FADw/+3/6//h/9n/3/8TAOb/DwDO/xQA7P/h/+v/6P/h/+z/AAAAABEAAAAAAAAAAADw/wAA4v/s/+3/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8VAOz/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/5v82AM//4f/l/9P/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8YAAAA7f/u/+v/7//u/+f/5f/k/+b/6f/W/x0A6f8AAAAAAAAAAAAAAAAAAAAA6//3/wAAAAAAABUAAADx/wAAAAAAAAAAAAAAAAAABwD6/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/6v/s/xQA7f8AAAAAAADu//j/AAAAAAwAAAAAAAAAAAD1/wAA6v/n/+j/6//q/+v/GADn//T/7//v//D/AAD4/xMA8//x/+r/+//p//j/1//r/xoAAAASAAAA9/8AAPf/AADv/wAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+z/7f/u/+3/FQDu/+j/GADm/+r/6P/p/+f/5v8AAAAAAAAAAAAAAAAAAAAA7P/q/+z/7f/u/+3/FQDu/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/FADs/+z/AAC7/9f/y//N/8z/AADV/wAAAAAAAAAAAAAAAAAAAADr/+v/6//r/+z/7P8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/9P8AAAAAAADn/x8AAADs/xQA7P/s/+z/7P/s/+//AAAAAAAAAAAAAAAAAAAAABUAAAAAAO3/7P/q/+3/7P8AACAAAAAAAAAA+f/i//f/8f8sAPX/+v/4//T/4P/1/+r/6v/S/+r/+f8jANv/5P/s/+z/7f/s/+z/7P8UAOz/AAAHAAAAAAAAAAAA+f8AADMA+/+0/6z/zv+t/7z/rv8UAAAAAAAAAAAAAADs/wAA6//o/+v/6//r/+r/FgDr/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAD3//n/7//s/wAAAAAAAAAAAAAAAAAAAAAAACwA9f8AAAAAAADm/9X/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAPf/8/8AAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADs/+L/7//x/+z/7P8UAOz/DgAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/+z/8v8UAO3/7P8MABIA+P/a/+n/1v/I/+H/JwAAALv/sv/Q//P/p//d/wAAAAAAAAAAAAAAAAAAAADs/+z/9P/q/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA4//h/9j/1f/F/+P/+//s//n/8P/x/+z/7f/t/xQA8P/s//X/7P8UAO3/7f/s/+r/EgDU/8n/0P/m/87/FgC1/+3/AAAKAOT/2f8AAAAAyf/w/8//yf8AAA8A3P/U/+z/AAAAAAAAAAAUAOz/8v/s/+z/7f/s/+z/FADs/+z/7v/u/xQA7P/w/+z/7P/u/xQAAAD3//P/AAAAAOz/AADb//P/5//a/+3/KQDn/+n/6P/s/+P/1P/q/9f/7v8XABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//X/7v/u/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADs/+z/8//u/+7/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/v/+3/7P/s/+z/FADv//j/8P8AAOz/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3f+1/9H/0v8AAM3/FwAsAMP/zf/J/+X/z//h/8z/7/8aAOv/6/8AAPD/7P/s/wAAAAAAAAAAAAAAAAAAAAAeAOb/1v/Y/+P/5//X/+j/FQDZ/93/7//n/+P/6//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgDf/9z/6P/m/+P/4v/f/xoA1v/b/+z/6P/q/+v/3v8lAPf/+P8AAAAAAADk/wAAGwDk/+f/6v/o/+j/3v/q/+z/7P/s/+7/7v/s/xQA7P8UAOz/7f/x/+3/7P/s/+z/FgDt/+3/8P/u/+3/6//0/ykA2//z//j/+f/c/+D/6f8UAOz/7f/x/+3/7f/s/+z/GADq/+//7v/w/+r/6P/u/wAAAAAAAAAAAAAAAAAAAADr/xQA8f/t//D/7v/s/+z/AAAAAAAAAAAAAAAAAAAAAOT/7P/t/+v/7P/q/xQA7f/b/9L/6f/v/+b/3v8wAPn/2P/Y/9z/3//h/9j/2f8oAAAAAAAAAAAAAAAAAAAAAAAxAND/1P/X/9T/yP/Q/9P/9P/v/+//8P8AAPj/EwDz/wAAAAAAAAAAAAAAAAoAAAAAAAAA9//6//b/AAAfAPX/8f/1/wAAAAAAAOz/FAD3/+z/7P8AAAAAAADt/xQAAADq/+n/5P/q/+v/6/8XAOn/7v/t//D/FADv/+z/6v/k//n/FADs/+z/7f/x/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAASAAAA9/8AAPf/AADv/wAAEgAAAPf/AAD3/wAA7//l/xcA6v/q/+v/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAADC/yQA0f/q/+f/5P/h/9X/AAD7/woAAAAAAAAAAAAAAO3/FADt/+3/7f/u/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAA+f8AAPn/AADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/5//H/8P/t/+z/7P8AAAAA9//6//b/AAAfAPX/6//s/+z/7P/s/+z/7P8UAPr/AADz//b/8v8AABcA8P/f/+z/7v/s/+7/7P8eAO3/1f/c/+H/5v/b/9//KQDJ/wAAAAAAAAAAAAAAAAAAAADt/+z/AADs//v/7P8UAPb/6v/q//D/7//t/+z/FgD5/wAA8P8AAOz/AAD4/xQAAAA7ANj/5v/V/+T/3P/N/9//AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/xQA7P/p/97/4P/r/+v/HADl/97/7P/s/+z/7P/u/+z/FADs/+z/6v/w/+z/7f/r/xQA7/8lANz/3f/e/+T/2v/Z/+L/7f8UAOz/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAAAACgAAAOz/7P/s/+//7//u/xQA8P/6/wAAAAAAAAAAAAALAAAA6f/4/wAAAAAAAPr/GQAAAOH/9/8AAAAAAAAAACkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4A1//l/9X/8f/s/9b/5P/i/+n/7P/r/+z/6f8XAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+7/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/s/xQA7P/s/+z/7P/s/+//7f/s//r/7v8AABYA6v/q/9P/6//1/+//+f8pANr/yP/v/+//9v/1//H/FADw/+3/AAAAAAAAAAAAAAAAAAAAAO3/8v/v/+3/7v8YAPb/6v/s/+z/9f/u/wAAFADx/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/3//j/+P8AAPT/GgD7/+z/7P/u/+7/7f/s/xQA7P/4/+r/AAAAAAAA+/8iAAAA7P/s/wAAAAAAAO3/FAAAAOz/7P/t/+3/8v/g/xUA7P8AAPb/7v8AAAAA7P8UAAAA7f8nAO7/7f/7/+v/2P/s/+b/7P/t/+z/7f/r/xQA7f/r/+z/6//s/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh//j/AAAAAAAAAAAkAAAA7P/s/+z/7P/s/+z/FADs/+r/AAAAAAAAAAAAABgAAADs/+z/7P/u/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAA+//w/xYA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//f/7/8AAAAAAAATAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADs/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAD5/wAA+v8UAAAAEgDy//v/AAAAAPP/8v8AAAAAAAAAAAAAAAAAAAAAAAAUAO3/8v/s/wAA7P/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAAAA7v/4/wAA6//3/wAAAAAAABUAAADx/+z/AAAAAAAAAAAUAOz/7//x/yAAAAAAAPf/AADt/wAA7P8AAAAAAAAAABQA7P/v/9L/+f8AAAAAAAAsANz/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/7P/s/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+T/5v/k/+b/2v/l/x0AAAAAAAAAAAAAAAAAAAAAABUA3f/m//n/9v/d/+H/AAAAAAAAAAAAAAAAAAAAAAAA7P/t//T/7/8AAOz/FADx/xQA7/8AAAAAAADt/wAA7//t/xQA7f/t/+3/7v/s/+3/AAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADr/+P/AAAAAAAAAAAAAAAAAAAAAAAA8P/v//D/8P/z/+z/7P8UAO//7v/v/+//8f/s/+z/FAD1//v/AAAAAAAAEgAAAPD/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADa/+X/AAAAAMz/DgDM/7r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAPT/AAAAAAAA+P/w/+//8P/w//P/7P/s/xQA2P/L/+D/2f/d/xwA1f/r//L/8f/y//P/9f/s/+z/FAAVAOf/6//q/+n/5f/o/+v/7P/s/wAAAAAAABUAAADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u/wAA+P/3/xQA7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOv/FQDt/+z/7P/p/+j/7//s/xQA8f/5/wAA7P/s//D/5v/5/wAAAAAAAAAAIAAAABkA6v/r/+r/6//n/+f/5v/r//H/8f/s//n/7P8VAAAAFQDs/+z/7P/s/+z/5v/s/xcA7//w//r/9P/p/+r/+f/j/+L/6P/g/+j/2/8gAOj/7P/q/+z/7f/u/+3/FQDu/yAA+P8AAAAAAADe/+j/AADs/xQA7f/s/+z/7f/s//D/7P8UAPD/7P/4/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADo/+v/6//s/+v/5/8AABQA7P/s/wAAAAAAAO3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/s/+v/6v8AAOv/AAAAAAAAAAAAAAAAAAAAAOz/4v/v//H/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8AAPX/AAD3/+7/FAD3/xcA5//r/+b/6//r/+H/5v8UAAAAAAAAAAAAAADs/wAAFADs//P/7P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADy/xQA7P/u//L/+P/y/xQA7P/z/wAAAAAAAAAAAAAAAAAAAADY/+r/4f/s//H/5v/a/xgA6f/f/+v/7P/q/xcA3//s/wAAAAAAAAAAAAAUAO7/AADs/wAA9P/0/+j/7v/t/xUAuv/Q/8b/6v/U/x0AyP/e/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/r/+z/FgDs/+n/AAAAAAAAAAAAAAAAAAAAABQA7P/u//H/8v/s/+v/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9D/1f/l/97/KgDh/9b/AAAAAAAAAAAAAAAAAAAAAOr/AAAAAOH/AAAAAAAADADs/+z/AAAAAAAAFQAAAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAJAAAAAADs/+z/8v/0//X/FQDs/+r/7f/s/+X/8P/u/+b/GgDt/wAAAAAAAAAAAAAAAAAAAADq/wAAAADh/wAAAAAAAAwA8v/t/+//7f/w/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/+z/FADt//L/AADw/+7/7f8UAO7/7P/Z/xIA7f/p/+v/EQDm/9T/FADu/wAA+P8AAOz/7P/5/wAAAAAAAAAAAAAAAAAAAAAAAOz/+P/t//L/AADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAACgAAAOz/7P/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFwD5/wAAAAAAAPr/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P8AAO3/7P/s//j/6f8XAO7/8f/s/+r/8//s/+z/FADs/+z/7P/s/+z/3P/l/xsA5f/g/+X/5//d/+z/7f8UAOz/7P/s/+z/7P/r/+v/FQDs/+v/6//s/+z/8v/w/x8A+f/4/+L/4//5/8b/0/8bAM//0f/j/+n/5/8AAAAAEQAAAAAA9f/y/wAA7P/r/xQA6//s/+z/7P/p//j/6f8XAO7/8f/s/+r/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FADs/wAAAADy//j/AAAAAND/6f/x//r/2//u/wAAEQAAAPn/AAD5/wAA8P/s/+z/FADY/+z/6/8AAOX/7P/s/+z/8P/5/+z/FADv/wAAAAAAAAAAAAAAAAAAAADY/+b/7v8AAOv/2P/Y/wAA7v/s/wAA7P8AAOz/FAD5/wAAAAAAAAAAAAAAAAAAAADs/+z/FQDu//n/7f/r/+3/6P/a/+f/GQDr/+D/6v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAABQAAAAAAAAAAAAAAAAAAAAAAPL/7P/5/+3/FADu/+3/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/FwDp/+r/6P/f/+r/6v/r/wAA4P/0//T/5f8AAO//+f8UAOz/7P/t//H/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//k/+b/4v/m/9n/GwDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v8UAOz/8P/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/JwDu/+3/+//r/9j/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAO7/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/4f/e/+T/5v/a/ycA5P/s/+v/3f/j//L/7/8ZAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+f/7P/s/+z/6/8ZAOz/FADs/+z/7P/s/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/n/wAA+//w/+n/9v8wAOv/7P/r/+z/7P/r/xUA7P/u/+//9P/0//D/FADw/+3/0P/0/+j/6v/q/+7/3P8UAOz/+f/x//P/9f8UAOz/7P/1//v/AAAAAAAAEgAAAPD/7P/s//L/7f/4/xQA7//s/+z/FAD2/+z/7P/s/+z/7v/r/+z/6//s/+z/6/8VAOz/7P8AAPr/+f8AABQA8f/2/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/s/+3/7P8UAOz/7P/s/9n/7v/r/9//6f8YAOz/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6//j/wAAFQAAAAAAAAAAAOv/4/8AAOL/6v/0//T/8f/r/x4A+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAPj/AADs//P/AAAAAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOX/5//e/+r/5//b/9j/GgDy//r/AADs/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA7f/s/+z/7P/n/+X/6v/o/+v/4/8XAOj/7P/t/xQA7P/s/+z/7P/s/y0A2f/l/9X/7//n/9b/5f/s/+3/8//t/xQA7P/t/+z/8v/6/wAA7P8AABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//s/wAA9f8AABQA7f/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/6//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7f/v/+z/7P/s/+7/AAAAAAAAAAATAO//7f/s/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P/t/+z/FADr/9j/3v/X/+r/2/8LAPT/2f/o/93/7P/s//D/6/8VAOv/7P/s//L/9P/1/xUA7P/q/wAAAAAAAAAAAAAAAAAAAADY/9//6v/j/97/KADb/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/93/6f8AAAAA8f8gAAAAAAAAAAAAAAAAAAAAAAAAAOr/9P8AAAAAAADs/xYAAAAAAAAAAAAAAAAAAAALAAAA9P/v/+//8P8AAPj/EwDz/+r/5//o/+v/6v/r/xgA5//s/+z/7P/w//n/7P8UAO//0//X/9v/5//r/9j/KgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAPr/9v8AAPT/6v/3/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAO3/JwDu/+3/+//r/9j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/e/8//1P/Z/8v/AAAkAOf/6v/h/+P/AADY/xwA3f8AAAAAAAAAAAAAAAAAAAAA6//r/+z/6/8AABUA6//p/9v/8//n/9r/7f8pAOf/6f/s/xQA7P/w/wAA7P/t/+z/BgAAANX/x//l/+n/6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAL3/x/+x/+r/zP+4//H/8v/g/87/4//X/wAAzP8AAOz/7P/w/+3/FADs/+z/7P/s/9n/8//a//n/GADj/+z/4P/w/wAAAAAAACkAAADX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/q/+v/FQDt/+z/7P/r/9r/3P/r/+j/JADn/93/2P/5/xMAAAD0/wAA9P8AAO7/8v/s/wAA7P8AABQAAAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+X/6P/Y//j/1f/Z/yYA1//W/+3/y//i/wAAx/8NANn/7f/x/xQA8P/t/+r/4P/s/+3/FADs/+z/7P/s/+z/3v/k/+H/0v/o//f/1v8AAN//5v/i/+P/HwDl/+H/4P/s/+z/8P/t/xQA7P/s/+z/y//L/9//1P/3/+v/y/8NAAAAAAAAAAAAAAAAAAAAAADo/+z/5/8MAOv/AADp/+v/6v/3/+z/AAAAAOL/JgDv/wAA8P8AAOz/AAD4/xQAAADs/+z/7P/x/wAA7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAAAAA9f/p/+T/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA+v/5/wAAFADx//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA8f/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAA7//u/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADz//T/9P/s/+z/+f8AAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAOv/4/8AAAAAAAAAAAAAAAAAAAAAAADn//v/6f8AAPT/3f8JAOv/AAAAAAAAAAAAAAAAAAAAABQA+P/z/wAA7//y/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//t/+z/7P/t/xUA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAA+v/2/wAA9P/q//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/y/+3/AAAAAPv/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOn/7P/t/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAD0/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAoAAADa/+b/3P/p/93/4/8dAN3/5//X/9j/2f/l/wsAAADp/+z/1P/W/9j/3P/q/xcA1v8AAAAAAAAAAAAAAAAAAAAA7P/s//D/7//w/+r/7P8UAAAAAAAAAAAAAAAAAAAAAADx/+z/7f/0//P/7P8UAO7/9P/v//j/9/8UAO//7P/s/9D/LwDc/9T/1f/S/9H/1f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADq/+r/+v/1/wAA8P8WAAAAAAAbAAAA7/8AAPj/9P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQAAANj/4f/l/9r/1//j/+v/7P/s/+3/7P/p/xQA+P8AAAAAAAAAAAAAAAAAAAAAIAD4/wAAAAAAAN7/6P8AABQA8v8AAPX/7f/w//b/7f/m/+f/7f8XAO3/5v/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/7f/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb//P/5//a/+3/KQDn/+n/6v8VAOv/6//r/+v/6//q/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P/s/xQAFADs/+3/8f/t/+3/7P/s/+v/7f/g/+z/8P8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/s/+z/9f/s/+z/FAD2//b/FAD1//X/7f/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAAAA7/8AAPH/5f8AAAAAAAAAAAAAAAAAAAAAAADV/+b/xf/j/9//JADd/9n/AAAAAAAAAAAAAAAAAAAAAPn/8//t/xQAAADt/+z/7P8AAOP/EgDY/+7/6f/Y/+X/4v/q//T/9P/x/+v/HgD6/+z/7P/s/+3/7f/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//f/FAD1/+z/7P/s/+z/7P/y/+3/+P8UAO//7P8NAPr/AAAAAAAAAAAAAPj/7f/0/+7/AAAAAAAAFADu/+j/6v/l/+r/2P8AABIA2f/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/4v/t/+j/7P/s/wAABgAWAOr/6//r/+v/6//q/+r/FQDs//n/7P/u/+v/6v/r/+z/7P/q/+v/6v/s/+z/FQDs/xQA7v/t/+7/7P/s/+z/7P/s/+z/7P/s/xcA7f/q/+r/AAAAAAAAAAAbAN7/7P/x/+r/+//p//j/1//r/xoA7v8AAAAAAAAAABMA7//t/+z/7P/s/+z/7P8UAOz/6//v/+z/9P/t/xQA7P8AAO3/7v/t//D/FADv/+z/6v/k/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+//FADs/+z/GADp//n/+P8AAAAA6f8AAOz/6//s/+z/7P8UAOz/7P/p/xgA7P/p/+r/6//n/+T/AAAAAAAAAAAAAAAACgAAAB4A6f/k/+P/6v/p/9n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAOz/AAD4/xQAAACb/ysA1f+M/8P/xv/n/2X/5v/n/+z/AADq/+3/9f/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/xQA7P/s/+z/7v/s/9r/3P/i/+j/6P/g/+f/HQDj/+b/6v/p/+r/FwDo/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/+H/1v/b/wAAxP/p/wAAAAAAAAAAAAAAAAAAAAAVAOb/7P/v/+v/6v/r/+v/AAAAAAAAAAAAAAAAAAAAAOv/5P8AAOb/6f/3/+r/IQDs/+3/9P/v/wAA7P8UAPH/7f8UAPr/8P/z/+3/7P/s/8L/TADH/7f/2P/d/8H/vv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/r/+r/7f/p/xcA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AADo/+n/4P8WAN//4v/t/+z/FADs/+3/7P/s/+3/7P8AAPn/AAAAAPD/FAD6/+z/7f/t/+z/7//y/xQA6f/v/+X/7//u/+//6P8bAOn/7P/s//D/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAN7/2v/i/9f/0/8AAN7/1v8AAOf/6P8WAOb/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//n/8f/w/+3/7P/s//f/FAAAAO3/8v/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AADe/8T/sf/I/+f/5v/7/wAA8f/z/+z/9P8TAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9f8AAPP/AAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7P8VAOr/7P/r/wUAxP/Z/9b/2P/T/8X/KAAUAO3/8v/s/wAA7P/s//D/AAAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAPj/AAAAAAAAAAAAAAAAAAAAAAAA7P/c//H/3v8AAOb/FQDs/xQA8/8AAO3/AADs/+r/7P8UAOz/7P/s/+z/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8WAOf/7P/r/+j/2f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/0/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDp/+f/7P/r/+v/6f/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8aAAAAAAD5//H/7f8AAMD/4f/X/9D/BwARAN3/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACkA2P/d/9r/6f/h/9X/4v8dANf/6P/g/+z/6f/W/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOv/7P/s/+z/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDo/+b/7f/i/+n/4v/n/+j/5P/o/9b/2//j/+L/HAAAAAAAAAAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAGAAAAOT/3f/e/9b/6f8dAMP/CwAWAOv/7P/s/+z/7P/m/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6//q/+r/6P/o/xcA6P/g/xYA4f/c/+v/7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/o//f/3//r/9X/2/8YAAAAAAAAAAAAAAAAAAAAAAAAANv/7P/b/9r/3f8IANj/6//r/+P/9/8AAPP/JQAAAAAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAPX/6f/k/xsAAAAAAAAAAAAAAAAAAAAAAOz/2P+//wAA2f8OANf/5v/p/9//6//s/+r/FwDf/+z/4v/q//T/9P/x/+v/HgD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMP/3//n/9j/0v8NAAAAsP/G/ycA0v/d/+T/1v/e/97/HgD6/wAAAAAAAOT/+//6/+r/6//s/+z/7P/s/xUA6//7/+b/5//q/+v/0f/y/xEA2//J/9X/1P/g/+X/OADp/+v/6v/p/+r/6//r/xYA6v8AAAAAAAAAAAAAAAAIAAAA3//i/9b/4//q/+T/2P8iANf/1f/V/9X/1f/V/9P/LADr/xUA6//r/+z/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9//o//P/+j/CADV//H/7f/p/+j/7P/v/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADw/7L/vv/l/9//AAAAAK7/AAAAAAAAAAAAAAAAAAAAAOz/6v/v/+j/7v/q/xYA6//s/+z/7v/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xcA6v/q/+v/7P/p/+z/4P/C/9n/3v8kAOD/AADS//b/0v/s/+z/7P/m//n/BQAAAAAAAAAAAAAAAAAAAAAAIAD3/wAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAADl/9//5v/n/+b/2P/q/xsA6/8YAOT/6P/p/+n/5//g/7D/SADB/8v/3f/s/8b/zv+w/yQA0f/U/7n/1P/a/9j/0//V/7//3v/a/83/MgDZ/+n/5f/W/+n/6f/m/xwA6v/n/xUA5f/n/+H/AADX/9//3f8vANH/lv+Z/+D/of/4/8z/RgDC/8n/yP/D/7j/xv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/5//e/9P/4//G/9n/KQDs/xUA6//s/+z/7f/s/+v/FADs//P/7f/x/+7/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAv//O/93/0//F//X/w//T/+H/zP8vAOb/zf/M/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/ycA3v/W/9r/2//Y/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm//T/+//u/wAA9v8aAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9j/3f/m/+T/HQDn/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/6v/s/+v/6/8VAOr/v//A/y0A9v/Y/+H/1/+6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/t/+z/FADZ/+X/4f/j/+P/IQDg/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6v/s/+z/6/8VAOz/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+v/2f/s/wAA2f/o/w0A1P/U/83/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAx/+6/8b/yv/C/xEA7v8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/0/wAAAAAAAOf/HwAAAPv/6v/5/+z/8v8TAOz/2P8AAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA+f/6/wAAAAAAAAAAAAAAAAAAAADc/yIA8f/j/+b/4P/f/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/O/yMA0//k/+H/3P/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/9//4//p/wAA2P/a/+P/4P/m/+T/5v/Z/x0A5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA8f/t//D/7v/s/+z/7P/s/+3/7f/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAADt/9L/KADZ/+//3//i/97/wv/a/wAA5f8AALf/EACW/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/6v/V/+j/3//I/y4A2/8AAAAAAAAAAAAAAAAAAAAA4//e/+b/5v/p/+v/FgDm/6z/KgDU/7v/0//O/wYA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7f/w//n/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOn/4P8sANz/4//Y/83/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADx//n/AADs/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/t/+3/7P/s/+3/FQDZ/93/7//n/+P/6//z/wAAAAAAAAAAAAAAAAAAAADY/+b/5v/l/+X/5/8aAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDO/8b/vf/W/+v/DwDH/+z/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5//q/+z/7P/t/+f/FwDr/wAAAAAAAAAAAAAAAAAAAADa/9b/7P/q/93/3P8jAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//7f8AAAAA9//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/9/8AAAAAKgD1//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5//p/x4A6P/j/93/3f8AAAAAAAAAAAAAAAAAAAAAAADU/87/uv/R/9j/AADV//b/6//i/xUA6v/j/+f/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v8AAOz/7v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+z/7f/s/+z/7P/E/+X/AAARAOL/zf/e/9T/3f/a/9b/yf/Z/w4AAADZ/+z/AAAAAAAAAAAUAAAA7//s/+z/7f/s/+3/7P8UAO3/7P/s/xQA7P/s/+z/7P/s/wYA6//q/+r/7P8AANj/4P/s/xQA7P/s/+z/7P/v/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/n/+P/EgDC//r/xP/H/9j/x/8sANn/xP/H/8H/4P8VAPX/+v/u//f/9P/r/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/J/9j/zP/V/w8ABgD2/wAAAAAAAAAAAAAAAAAAAADp/xgA7P/p/+r/6//n/+T/yf8zAMH/0v/g/9b/yv/I/wAAAAAAAAAAAAAAAAAAAADp/+r/3f/n/+v/FwDr/+f/q//a/6//3f/D/wAAsv8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAACQAAAAAA1P/h/9n/2//Y/9T/KgDX/wAAAAAAAAAAAAAAAAAAAADr/+j/8P/v//D/FgDr/+r/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+j/7P/v/+v/7P/s/wAAAADn/+j/5//s/wAA7P8AAAAAAAAAAAAAAAAAAAAA6v8XAO7/6v/r/+b/2P/r/wAAAAAAAAAAAAAAAAAAAADv/+n/7//r/xUA6//q/+v/4f/c/wAA5P/r/wAA2P/Y/+v/7f/6//D/8P/r/+//FQDr/+L/6v/o/xwA5//n/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/3v8WAOv/4P/c/9j/AAAAAAAAAAAAAAAAAAAAAAAADADp/+v/6//m/+T/9v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9b/2v/f/9r/0/8oANv/AAAAAAAAAAAAAAAAAAAAAOv/6v/o/+v/6v/e/+j/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+//9P/0//D/FADw/+3/AAAAAAAAAAAAAAAAAAAAAN//1v/q/9n/9P8jAOz/4/8AAAAAAAAAAAAAAAAAAAAA6f8RAOn/6//u/+L/+P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+L/4f/m/+T/4f/l/x0A2f/6/8f/yv/J/8P/x/8PAAAAAAAAAAAAAAAAAAAAAADq/+r/6v8VAOz/6P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/j/+f/4//o/x4A3v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/X/xUA7P/r/+P/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/5/xUA5f/s/+j/4v/s/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABUA7P/s/+v/8v/r/+v/7P8WAAAA9//r/wAA7P/r/+//AAAAAAAAAAAAAAAAAAAAAOz/7v/t//T/AADs/xQA+v/s/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/p/+z/7P/r/xUA6/8UAOz/6//t/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/3v8aAOL/6v8AAOX/2f8AAAAAAAAAAAAAAAAAAAAAAADn/yYAAAAAAPD/6P8AABMAAAAAAAAAAADw//L/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/6v/v//T/7v/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/yUA2f/o/+b/2P/Z/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xQA6f/s/+//7//s//b/AAAAAAAAAAAAAAAAAAAAAOz/7P/q/+z/7f8UAOz/7P/t//X/9v/v/+//7/8UAPT/AAAAAAAAAAAAAAAAAAAAAOv/6//r/+z/7P/s/xUA6v/y/xMA9v/5/wAA+P/2/wAA7P/s/+z/7P/s/xQA7P/s/+3/8f8AAPD/y/+3//H/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/o/+z/6/8aAOX/3//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//q/+z/7P/r/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+n/7P/x//b/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA5v/n/+r/7P/q/+f/5v/b/93/1//w/9r/2P/W/y8A0f8TAOD/2P8TAOD/1//l/wAAAAAAAAAAAAAAAAAAAAAXAOr/6//q/+j/5//n/+n/0f/Z/+v/6/8TAOn/BgDr/+v/FQDr/+z/7P/r/+v/6/8AAAcAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAANL/1P/c/yQA4f/V/+H/1/8AAAAAAAAAAAAAAAAAAAAA6P/d/8X/yv/G/6T/EwDG/wAAAAAAAAAAAAAAAAAAAADk/xwAz//s/+f/7v/f/+r/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/q/+r/FgDq/+v/6f/q/+v/6/8VANn/7P/r/+z/6//u/wAAAAAAAAAAAAAAAAAAAADo/xYA6//l/+r/6v/q/+v/AAAAAAAAAAAAAAAAAAAAAL7/4v+q/+v/FADb/+H/5P/s/xQAAAAAAO3/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/9f/IQDb/9r/3v/g/+H/1P8AAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAPn/AAAAAOz/FADs//P/7P/s/+z/7f/R/9j/2//o/xcA6//s/9D/9P/f/xwA6//u//H/5//l//L/FADv//D/7f/s/+r/8v/x//X/7f8AAPT/9P8UAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/9z/6P/k/yQA3v/d/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/8D/6v/A/8n/2P8XAML/AAAAAAAAAAAAAAAAAAAAAOr/5//o/+v/6v/r/xgA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/wYAyv/Z/9D/w//t/7X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/9L/zv/Y/8f/6v/V/xAA7/8aAOv/6/8AAPD/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA9v/5//X/AAAiAPP/6v/p/+T/6v/r/+v/FwDp/+7/7f/w/xQA7//s/+r/5P/r/xUA0//r/+z/6//r/+7/FADs//b/6v/s/+r/5//r/8v/4P/T/87/3P/Z/ygA4f8UAOz/7f/u/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABUA7P8AAAAAAADt//n/AAAAAAAAAAAAAAAAAAAAAAAAFQDn/+v/6v/p/+X/6P/r//D/FQD2//f/9f8AAOz/+P8XAOf/6//m/+v/6//h/+b/AAAAAAAAAAAAAAAAAAAAAOD/6f/o/+n/5/8YAOD/6v8AAAAAAAAAAAAAAAAAAAAAIADa/+z/6v/r/+D/4v/h/ygA7v/7/wAAAAD3/9n/AADs/+z/FADs/wAA7f/s/+z/3v/p/xgA5v/l/+n/6//h/+v/6/8VAOz/6//r/+z/7P8AAAAAAAAAAAAAAAAAAAAA3/8LAOn/+v8AAAAAyf/x/wAAAAAAAAAAAAAAAAAAAADW/+T/4P/p/9j/2P8kAN7/7f/t/wAAAAAAAPH/AAAUAAAAAAAAAAAAAAAAAAAAAADq/8r/2P/Z/+n/3P/k/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//r/AADs/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/5v/r/+f/6f/l/+r/GAAAAPr/AAAAAAAAAAAKAAAA7P/U/9b/2P/c/+r/FwDW/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/r/+z/1f/m/8X/4//f/yQA3f/Z/+z/7P/s/+3/7f/t/xQA7f/t/+3/9/8UAPX/7P/s/+z/AADa/+3/5v/s/w0A6//o/+j/6//a/9j/1P8XANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/zv8TAOX/0v/Z/+z/1f/Q/9r/AADT/8j/4f/w/8r/7v8AAAAAAAD6/93/AAAHAAAAxv/v/9b/9P8AANb/EADt/9j/7f/Z/wAAIwDz/+T/FADs/+z/7//t/+z/7P/s/+v/AADs/+v/AADr/+v/AADb/9z/3v/o/+r/zv/Y/yIA1P8AANH/0P/W/7n/3f8PAOL/0P/O/+f/1v8qANb/0P/p/wAA6P/m/+//AADV/wAA+f8AANj/wP/T/+3/6P8OAO7/IQDv//b/8P/6//H/9f/s/xQA7P/s/+z/7P/s/+z/5v8VAAAA9P/4/+v/7P/r/9f/5//q/+j/FADo//T/AAAAANT/JgDa/+//6P+0/9//FADh/9D/0f/J/93/pf/Z/+//7P8UAOz/7P/s/+7/7P8rAKr/tP/I/7//4f/s/9b/4f8AAMH/xf/E/7z/BgCy/9D/yf+8/7X/4/8lAPL/1f/Y/9v/AADq/xQA7P/t/wAA4//o/+v/7f/t/+f/IwDs/+n/1v8tAMr/2//l/9H/xP/r/+v/FwDm/+n/5f/r/+D/2P/Z/xYA4f/s/+r/7P/q/83/0//J/8T/7P/o/wsAAADv/+X/zf+y/+r/y/+e/wAAsP/h/9D/+/++/xIA6P/2/+v/6P/r/+r/4f8AABUA2P/E/8b/AAAdANP/xf/X/87/7P/r//H/6v/t/xUA5//s/+v/6//h/+r/7P8VAOj/7P8QAOz/2//b//n/AADW/+r/HwD2/wAA7f8AAOz/1//s/+z/9f/5/wAAAADu/xQAAADs/9f/4f/3//X/6P8oAOj/DwDr//f/0f++/9T/+v/o/+z/6P/s//n/9/8TACgA3//P/9T/AAD6/9z/5P/j//T/z/8AAOH/5f/Y/w0A6//Q/xQA8v/t/+z/AADs/+z/AADn/+r/7P/s/+3/5/8XAOv/7P8TAO7/5f/t/9r/6/8OAOz/7P/w/+//+P/s/xQA7v/h/8H/8f+v/83/EwD6/6n/wv+//6z/MwDK/97/yP/p/+L/vv/r/8r/wv8YAPP/uf/s/+3/8P/u/+7/FADq/+z/DQDA/6H/uP+r/wAA2P/X/xQA1/8AAOv/+f/o/+z/BwAdAM//z//D/+r/0f/P/+n/FAAAAN7/5//q/93/z//f//T/5P/M/9j/1P8AANn/7//m/+z/yv8VAOz/6v/s/+v/zf8yANb/xf/Z/9b/xP/R/wAA6//s/+v/2P/m/xMA1//s/wkA7P/q/+v/7P/p/xEA4f/k/xUA5v/m/+n/5P/s/+j/7P/j/9T/6v/X/+7/FwDZ/wAA7v+p/6v/rf8OAND/FgDs/97/4f/p/9f/1//a/x4A7v/z//H/9P/s/+T/7v/s/+3/7f/s/+7/FADs/+z/KADZ/9j/3P/Z/9j/2P/Z/+b/4v/s/+3/7//v/xYA7f/V/8H/9P/m/+D/8v/P/xMA0f8hAML/wv/S/+j/t//K/97/5f+u/5j/p//3/+T/0f8NAO//+v/s/wAA9P/m/+3/w/9BALX/1v/F/9f/1f+3/9H/LADQ/9//3f/a/9X/2//J/0AAu//f/8D/3/+n/7//5f8pANj/2//U/8j/xf/Q/xQA3//W/9b/1P/B//j/zf8WAPD/AAAAAAAA7//q/wAA6//o//b/+v8AAOv/FQAAAAAAAADZ/+H/4P/5/+X/2//J/wgArv/q/6//+v/B/wAA1f8AAOb/3f/s/9H/AADT/8P/r/8kALL/tv/W/8//HAANAOr/1v/r/+b/FADj/+v/7P/s/+z/7P/s/+z/7P8UAAAA1/8iAN7/5v/F/+v/8f/h/+T/FQDm/+b/6f/k/+z/AAAZAPL/+f/0/wAA+f/z//D/zv8GAOT/6P/Z/8T/AADs/+z/9P/n/+z/5v/s/wcA2f/0/6//3P93/+P/qf8VAO7/AAAAAAAA+v/d/wAABwCz/83/2f/j/wAAWwDf/+b/2P/g/+v/AADc/9P/4/8UAPT/AADp/wAA+v/3/yMAAADa/ysAxv/H/9n/s//p/+X/yv8lAN3/4P/e/9D/3v/c/93/5v/R/+n/2f8iANj/0//Y/9X/5v/a/wAAzf8AAAAAAADr/+7/7//s/w8A1//q/8//1f+2/8z/wP/n/ysArP8oAAAAz//c/9f/1//M/97/NgDX/9//1//S/8j/wP/Q/8v/9//w/wAAAAAiAAsA3//H/xEAzP+3/6H/3v8UALX/AADC/57/tv8eAA0A0v/F/+v/GADB/7z/CQDM/9P/1v/d/6P/r//S/wAA0/8sAMv/6//k/+n/6v/r/+r/GgDr/+z/7P/t/+7/+P/s/+7/FADX/wAA3v/r/+H/7P/m/xQA2v/P/9r/5v8AAAAAAADh/+X/qP+//8H/5/8KABMA4//l/+T/5P/n/+f/BwAZAOT/7P/s/+7/7P/t/+z/FADt/xcA6/8AAPv/AADo/+n/7P/r/+r/7P/q/+v/6/8VAOr/6v/j/+X/zP/t/+T/JwDY/wAA4f/y//n/6/8AACcAAADg/9r/8//a//b/5v80AAAA5//m/+r/9f/s/+n/+v8WABcA6v/q//f/7//Y/+T/AADs/+3/8P/u/+7/FADs/+z/AADs//b/6//z/wAA7//p/+X/2v/t/+v/6//W/9v/LwDS/wYA+f/T/8b/EADQ/77/GwDk/+f/6v/o/+j/3v/q/6D/wP+2/wUAxv8AAKv/FQARAKX/pv+9/+b/DwDb/7T/8P/s/+3/7P/t/xQA7P/p/ykAxf/B/7j/2P++/6P/zP/2/+r/4v8VAOr/4//q/+r/yP/z/8P/AAAKANv/2P/H/wAA7P/s/+z/7P8IAKn/7P/s/+7/7f/u/+z/+f/r/xQA7v8AAOz/x//Y/wAAyf/m/9b/wv/f/wAA2//v/8D/EwAAABkAtv/T/8b/AADC/8b/zP/g/w4Axv+u/9T/6f8TABAA5v/c/8r/4v/q//v/4/8ZAOH/3f/B/97/sP/Q/xsAEADA/zQA6f+X/7b/ov8hAPT/AADp/wAA+v/3/yMAAAAmAOP/3P8AAAAA8//c/wAA5P/b/9D/3f/m/9v/JwDR/+v/7P/s//H/8P/s/xQA6//u/wAAAAAAAPr/3f8AAAcA1//P/8v/3f/n/x8A4//k/+L/AADd/9j/zv8UAMj/7/8yANj/0v/Z/9z/1f/Z/9r/2P8xANL/x//U/93/y//C/8X/DAAQANH/yf/b/8v/z//X/6j/AADa/8b/IACr/9T/yf/z/8b/1v/R/9f/1f8KANv/6v/r/+z/FQDp/+v/8P88AOb/xf/t/+r/zv/H/97/AAAAAAAAAAAAAPH/FAAAANf/uP/x/xwAqv/V/9P/AAC1/yYAyf/D/9T/v/8AAOL/7P8UAOz/7f/t/+z/7P/s/9L/EwDn/9z/7P/Y/xEA6f8AABYAAAAAAAAA+f/s/wAA6P8NAOf/4P/s/+z/6/8AAMX/8f/S/+L/5v/P//X/JAAxANb/2f/q/+v/u//G/9n/5f/O/93/zP/m/xoA9//U/+v/6//h/+r/7P8VAOj/7P/W/8b/4f8UAOb/7P/w/+z/2v8AAOf/1f8UAOr/AADr/+b/6v/s/+z/7P/X/9//JAATAMX/xP++/8n/v//y/8P/4v/h/+j/1//r/wAAAADk/9j/4//Q/9b/3P8sANf/2f+c/8//6P8XAML/rf8IAKT/2P/p/8z/4P/d/+T/JADY/9n/BwDQ//j/zf/R//H/xP8AAPH/xv/p/7X/uf8AAKr/6f/h/+//7v/s/xcA3v/s/+b/6f/q/+j/6//o/xgA6//M/ycAwf/G/8r/7P/J/9f/5f/N/7X/5f8WAAsAqv/O/9n/2P/s/+v/AADp/+P/EwAAANf/zv/V/9v/0/8AAPf/5P/p/+z/7P/s/xkA2f/c/+H/CwDq/+j/4/8PANv/1//X/8r/3//X/9v/2/8AACcA4v/3/7v/2f8AAOb/8P/3/9j/1f/m/9r/AADN/wAAAADa/wgA2v/d/9n/6P/Y/w8A6P8AAOL/6P/f/+3/6//v/+r/JQDt/+b/4f/k/9n/6v/3/9v/6P/Y/9r/xf8RAPD/1v/L/9j/6f/m/97/IADr/+z/AAAAAOn/AAASAAAABQDV/9L/1P+8/9P/yv8aAAcA8f/Y/8b/2P/m/yEA3P/e/wAA5P/T/+f/BwD6/wAAx/8UAO3/7f/0/+7/7P/s/+z/7P/t/+3/7P/u/xQA7P/s/+//r//I/8n/vf8AAPL/DADs/y4A1//e/+b/7P/S//T/7P/n//D/8f/y/+z/7f8UAOz/FADs/+3/7f/s/+z/7P/r/+z/7P/t/+3/5/8UAPv/7P/s/+3/7P/t/+r/FADs/9r/9f/T/+j/6f/f/yUA2P8AAN3/6v/d/+r/zP8ZANL/xv/c/9j/4f/b/8b/OADT/9n/1f8AAPD/3f8AAJv/AADs/+3/7f/s/+z/7P8UAOz/vP/b/6z/8/8AAB8AxP/t//X/1v+w/97/2//n/9n/FgDV/+X/1f/W/+f/6/8hAPj/yv/l/wAAyf/6/97/EQDS/+D/7f/q/9f/AADW/xQA0f/Y/+v/yv/m/+H/EQDO//v/HwDY/9n/0P+9/9D/rf/s/zoAnf/E/93/tv8AAK//qP82AMf/5/+7/8f/xP/u/8D/IwDS/63/rP8AANH/q//b/wAAzP/X/+T/0P/P/xUA4//x/+v/5f/P/+X/5P/g/woAAADp/93/zf8SAMz/2P8AAOT/5v/1//L/8P/p/xsAAADs/9v/5f/X/+P/5f8lAOn/7f/t/wAA7P/u/xMA6P/s/+b/5P/s/+z/7v/u/xYA7P/O/9r/0v/p/9//JADX/9v/2v8VANj/2P/Z/9z/9P/w/8P/zf8jAND/yP/E/+r/9f/p/+r/HwDs/+v/6f/c/+P/CwDm/wAA5v/r/8D/7P/l/7L/5//q/+v/+/8nAN7/w//W/+b/6v/s/+z/HADs/+P/3//h/9j/6P/q/xsA5//X/8b/4//K/7z/vP+7/77/PQDj/+X/z//Y/9j/zf/L/ygA2P/Y/+L/6//s/9r/6f8mAOP/5P8UAPD/8f/a/9b/AAAAAM3/1//U/9z/CQC2/9j/AAAUANL/5//f/+v/w//g/9n/AAD0/+L/AAAAANn/9v/k/ygAxP/b/+b/2f/X/8v/wf/A/83/AADd/w4ADADe/+r/2f/l/+3/AAAUAOz/5//p/xMA1//Z/wAAzv/b/9f/3v/Y/9v/4v/Z/x4A1/8AAMb/0v/F/9//EAAAAPH/2v/Z/wAAEQDq/+z/4//r/+3/yf/T/9b/OgDn/83/wf/l//L/u//R/9b/4P8AAAYA7//f/8P/AADu/wAA6v/Y/x4A6v8AAPv/AAAAAPT/JgAAANz/5/+//+7/5f/h/6f/EQAUAOr/7f/w//L/7P/r/+7/2P8OANL/3v/p/9n/9v/n//D/GADf/+r/5v/r/9r/6P/P//f/zP/M//b/6v8TAMr/6/8AAL3/0P/Z/93/9//c/+z/6v8YAOn/7P/e/+L/5v+e/7L/1//j/5f/DACZ/xQAFgDW/+7/7P8AAOL/AADo/9f/GwDW/+L/4//p/+r/zP/b/+3/AAAAAPT/HgDl/wAA6v/e/xcA6v/m/xQA5f/W/8X/0P8yANr/0f/O/8//0P8NAPT/7//s/wAA9P/m/9v/+P/s/wAA3/8AAA0A5f/p/9//+v/u/+P/6P/m/xIA2v/U/9b/y//o/+f/2P/0/yUA4f/q/8b/3P/G/w4A7//V/+3/4f/X/+b/8//4/wcAEQDb/9//yv/X/97/2P8fANb/3P/F/+H/6P/s/9P/QgDt/9z/5P8VAOL/5v/j/9n/7P/r//j/AAD2//b/6//3/xUA3/8PAAAAAACO/7T/4v+q/+3/6P/0/+b/8//t/xgA3//n/+j/5//q/+7/6f8YAO//7v8AAAAAAAD6/93/AAAHAAsA6/8IANH/6//W/wAA1P8IAO//5v/f/+H/+f8AAOT/9f8AANf/1v/Z/8n/AADW/wAAFQAAAAAA+//O/9z/9P/r/+f/GgDh/+f/FADs/+X/CgAAAOz/5P/o//b/0//c/+z/7P/t/+z/7P/r/xQA7P/s/xUA7P/s/+z/6//s/+z/EwDp//D/7f/p/9n/7f/u/9j/LgDU/9b/1v/U/83/2P/L/+v/zf/k//n/CwAAALr/2f/l/+P/2P/m/wAABwDX/8f/4f/C/zMA1P/h/8j/1f/p/xIA2/8AAOr/6f/p/+H/r//v/+D/v/+n/ygAtf/J/5j/vf/p/7j/uP86ANb/tP/A/8//uv/O/8n/OgDb/73/vf/o/+v/9v8GAAYA4//b/9r/1P/G/9X/DAAAANP/6v/Z/+L/3f8MAN7/2P8AANr/4/8mAPX/8f/3/+D/5f/t/+n/6//q/9v/6v8AAA8A2f/r/8//2//a/+L/8v/S/wYACwDj//b/5v8AAOT/AADz/wAA4f/y//n/6/8AACcAAADT/9n/+P/t/+r/8P+6/8H/v//d/9P/u/++/8H/OQDA/wAA+P8AAAAAAADy/xsAAADW/+//9P/D/83/z//1/8b/u//U/6b/vP/L/wAAAAD0/+//0f/b/93/KwD2/77/xP/X//r/z//U/9f/1/8GAM7/2v/q/+n/7P/s/xQA7v/s/9T/6f/h/+X/5f/m/yAA1//p/+n/6v+5/7D/nf+L/xcAAAAAAAAAAAAAABAA3v/2/+b/8v/a/5T/zf/A//H/AADH/9f/AADF/9P/DgDX/8n/AAAAAAAAAAAAAOz/AAAUANj/JADg/+v/7f/Z/+z/6f/s/+z/AAAAAAAAFQAAAOv/CADH/8L/5//h/+z/1P8AAAYAAADU/9r/3P/z/9v/7v/r/+P/AADa/+L/AAAQAOX/6//f/+v/4//o/yIA7P/Y/xEA1//g/8z/2P/7/+D/0/8AAKn/vf+5/+P/DgD0/9H/3//X/9j/7f/X/9T/CwAoAOX/2v/r/+7/FADq/w0A5v/d/7X/yf+z/wAA8P/t//r/5//o/+j/6v/v/+n/GADx/+f/t//1/8j/zP/Z/xgADgDp/+v/7f/q/+//AADs/wAAAADM/+7/1P/w/wAAAADa/wAA4v/u/9v/2P8JANz/7v8AAAcAAADr/wAADgAAAAAAAADg/wAAzP8AAMj/DgDY/9z/7P8AAOz/3f8VAOz/6v/k/9z/0f/e/+f/2/8nANL/5//o/+f/6v/u/+n/GADv/9j/5f/H/9L/sP8AALr/FwDN/8r/yf/S/9L/MQDT/87/uf+6/wAAxP/w/73/1v8AAA4A7f8AAN3/9f/7//P/6v/s/+z/7f/s/+7/7P8UAO3/xP/S/9j/2P8AAAAA3P/f/9P/6//V/9n/2v/m/xsA1//s/+3/AAD5//X/7f8UAPj/7P/t/wAA+f/1/+3/FAD4/97/IgC4/7f/vv+8/+n/rP/R/zIAwf/S/+D/1v/L/8n/6f8cANn/6P/q/+n/2P/b/+P/yv/H/+H/2/8AAOP/AADh/+b/3v/J/+L/w//z/93/7v8AAAAAAAD6/93/AAAHAPH/zv/E/8j/zP8xAOT/zP/W/9L/5P/t/9z/3P8rANj/1//V/8n/1f8HANH/KAC9/+D/7//t/+7/AAAAAAAA4/8LAOj/vv/c/8z/BgDy/9j/AAATAOb/zP/X/+D/5f/D/+j/IgDb/9r/5f/H/9T/6v/v/+v/6//g/+L/4v8OANj/7P/s/+3/7f/s/xQA7P/s/+z/6//s/x4A7f/g/9j/6v8jAMX/7f/f//L/vf/V/+3/2f8RAN7/4f/h/9b/AADc/+n/6//t/+r/7/8AAOz/AAAAANX/AADX/9v/5v/U/8r/xP/k/9X/5v/r/xUAAAAAAOz/7f/t/+z/7P/s/xQA7P/4//H/xv/P/9P/1P8AAM//6P/k/+T/3//p/+n/GgDj/+z/7P/w/+//+P/s/xQA7v/s/+z/8P/v//j/7P8UAO7/7P/s/+z/7P/v/+z/FADs//v/4//w/93/7/8LAOn/2f/j/8n/AADN/97/JADm/9H/2P/I/7v/5v/O/y4A2P/x/wAA6//s/+v/6v/w/xEA5P/g/ykA0v/m/9n/1v/W/+D/2f9JAMv/xP/Y/8X/q//F/9X/IADn/+X/6//Z/+X/2v8uANL/1f/V/+D/0f/W//b/7P/s/+7/7P/t/+z/FADt/8f/AADn/wAA6//N/8D/KAAHAAAAx/9//8H/y//5/+r/3P8TAAAAAADv/9r/CADt/6j/DQDB/+f/qP/M/w8Au//p/9r/3v/r/+v/DgAAAOr/7P/s/+7/7P/s/+z/FADs/wAA7P8AAAAAAADr/wAAJwDm/+L/7P/t/+//7/8WAO3/0f/P/9//0v/a/+j/3/8ZAOv/FADk/+r/9//q/8z/EwAAAOP/5P/g/+f/5f8VAN3/8v8UAOn/7P/r/9D/7f/l/9b/6v/S/wAA5v/Y/xMA4f/0/+f/qP+l/9P/3v+y/wkAAAASANn/z//X/+j/6//h/87/AADP/8b/HwDn/9f/3P/r//b/zP/Z/9L/xv/T/xEA2P8AAOz/6//s/9n/DQDY/wUA6P/m/9r/2f/R/wcA1f/k/8f/9f/s/xUAAAAWAOz/1/8AANj/3//Y/xIA3f/k//T/4/8UANP/5P/R//P/+/8AAAAA1/+2/9z/1v+3/wAADwDb/87/z/8aAMf/3v+X/+v/4/8UANn/7P/m/wsA2/8MAN7/7P/r/wAAAADm/7//AADm/+z/6v/s/93/2P8YAA8A3f/q/+z/7P8AANP/2f/s/+T/xf+4/+T/6P8AAPb/w//V/6r/zP/L//H/1f8aAM3/MgDW/8X/2f/W/8T/0f/C/1AAnv/Q/8P/tv+2/7v/2v8WAOD/6v/m/+b/7P/n//v/QAC+/87/uf+3/+D/qv/0/+T/AAD4/wAADwAAAAAA2P/b/wAA1//t/xUA2v/O/+X/1//p/xQA5f/t/+r/2f8UAPL/7f/s/wAA7P/s//r/1//l/9T/1v/W/+r/IwDY/83/FQD2/wAA3f/j/+z/yf/Z/9P/4f8fAND/6//h/9L/5f/o/+X/6f/s/wAAEwDl/9r/AAAAAAAAAAAmAAAA8/8AAOz/+P/t//L/AADt/+z/6P/M/+j/5v/k/9b/HgDb/wAAFgDQ/9H/0//r/9X/tP/d/7n/5//E/+r/1f9CAPf/6f8gALD/2v+m/9b/t/8UABgAAABH/2P/yP/O/6D/9f+6/wYAuv+t/xcA6f+t/+n/6v/b/+L/3f8TAOv/EwDA/+r/IADM/8P/lv+X/+X/0//q/xwA1v/k/8X/y//o/8b/pv80AM3/9f/K/77/sf/s/9j/1v/Z/yoA2P/Y/8//2P/s/+v/7P8eAO3/4P/Y/+r/4P/n/wAA+//w/+n/9v8wANT/2v/3/73/wv8AANv/7/8fAO//9//t/wAA7P/W/+z/FADt/+7/8//w/+z/7f/r/9f/9P+5/xUA2f/q/+j/6v8UAOz/8//t//H/7v/s/+7/FADs//T/7v/y/+7/7P/v/9L/+f+z/77/wv/U/9T/IwDv/wAA+v8AAPn/7/8WAPb/9P/i/9z/2//i/8D/9v/U/wgACABr/wkAxf/a/8r/qv/h/9j/2P8AANn/HQDZ/9f/uv+r/3T/CQCj//H/RwCr/+v/CgDv/wAA5//s/9n/6v8KAOD/zf/H/+L/0/+8/yEAxf/q/8n/2f/X/9v/EgAAALv/vv/k/+T/GADq/9f/8v/6/xAA1//h/w4A4f/O/7X/3P/Z/w0A2v/Y/+X/6/8AAPH/5P/T/9j/6v/y/x4AyP+r/6P/DQC7/9H/3P8AAMv/7//C/+L/+v/7/+7/LAD5/9//6f8uAOP/6f/f/+H/zv/u/yEA7//2//D/+v/x//X/1v/l/8r/6P/p/9L/GwDq/+7/IQDv//b/8P/6//H/9f/n/+z/7P/s/+3/9P8TANn/zf8UAPb/6v/t/+z/AADv/+z/AADU/+P/3P8AANf/2P/J/+T/AADS/93/5/8OALv/6P/k/+z/6//n/+j/GADR//j/BQAAAAAAAAARAOb/AADh/+v/3v/e/wAA3v8VAOz/6f8AALT/AADK//f/AACu/8X/4P/I/9f/zP/X/x8A3v/Q/7n/KwDC//H/6/+4/8//1f/M/9j/yv/Y/ykA0P/v/+n/1v/m/+j/6P/p/ycA6v/m/+T/7P/s/+7/7v8WAOz/6P/I/xAAtv+7/7v/IQDN/9T/3//n/9H/2P/S/ywA2f/W/9v/6v/q/+v/0f8rAN//x//W/+X/1f/i/9L/NAC6/+r/AAD7/wAAAAD0/yYAAADv/+z/FADs/+z/7P/u/+z/0P+S/5n/AACH/woACQCk/wAAAADs/+v/6v8AAM7/6v8AAOz/AADs//r/EADo/+z/DADD/+//q//E//L/wv8NANr/5v/w/+r/4v8hANn/3P/v/wAA0P/3/73/0v/F/9b/EADL/9f/3//i//H/0v/w/9n/2v/3//X/4P/E/9b/CQAAAO3/7f/y/wAA7P8UANH/6P/S/93/3f/e/9j/3P8iANH/1/8KANf/2//m/+D/EwDl/+H/CQDj/+z/FADq/+z/4//m/+j/2P/o/+//6v8UAPr/2P/q/+v/7f8RAOj/3//6/wAA5P/n/+r/BgDM/+j/4P/Y/+f/2v/i/9j/JQDc/+D/9P+r/8P/nf/n/woA1v/v/+j/CwAUAPL/7P/s/+r/FADs/+z/2P/x//f/7f/s/+L/1P/C/+P/AAAAAOP/AADs//H/uf8KAMb/0P/Q/93/2P/m/9n/5P8SAOz/z/8AANb/KgAAAMz/1f/E/9P/2f8AABMA9f/i/+3/5//h/wAA5P/b/9D/3f/m/9v/JwDR//X/4v/t/+T/7P8AANf/EgDU/+n/4f/l/+X/5v8gANf/EwDX/6b/zP/M/wwA3/+0/+j/q//M/9z/z//g/+//AADL/+n/JgDZ/+L/5f/S/9T/AADv//v/9P/6/9//AAAAAO3/4/8AAOv/3P8TAOX/x/8AAAAAAAAAAAAA7f8AABYA4P8LANb/6f8GAOn/3f/L/+j/CADl/+b/5/8AAAAA1P/W/9j/5f/D/9z/2v8AACwA+P/R/+L/4//O/wUABwDD/+v/7P8VAOv/7P/q/+z/7P/k/+b/9f/y//D/6f8bAAAAKgDj/+T/5f/m/+L/4P/Y/+//7P8UAOz/7P/s/+7/7P/x/wAAAAAAAPv/8P8WAPn/7P/s/wAAAAAAABUAAADr/wAA2v/5//T/9v/V/w8A3P8AAOf/8P/s/+v/EgDo/9j/6f/r/9T/6v8JABUA6P/r/9z/xf/S/7b/hf/3/wAA7f8sAOr/0P/X/9r/6v/K/+L/2P/f/9n/2f/n/9j/KADY/9n/3//m/wAA4v8AANn/2P8AAB0AAAAAAAAAAAD3/+//GwDs/9f/4P8AANb/1P/b/7P/yf/P/xIADQDt/+H/wv8eANn/5//a/9n/AADY/9j/1P/m/xMA5f/k/9j/6f8AABcA6v/r/+z/7P/r/+j/4P/r/xQA7P/s/+z/7v/q/+z/7/8AAAAA8f8AABUAAAD0//f/7P/u/+n/yf/U/87/HADp/9n/2P8pANn/2P/S/9X/0/8WAMf/2P/X/wAAwP/Y/9b/AADb/+X/0P/b/wkA3v/s/ygA2v/d/+H/7f/Y/+z/8f+3/7H/0v/W/9D/HQC7/8z/2f8AAOX/5f/p/9j/CgDs/+b/6P/h/+D/FgDr/+v/6//q/yYA6P/r/9b/0//i/+z/7f/t/+z/7v8UAOz/7P8oAOX/4P/Z/9j/6f/T/+j/6//g//f/FgDu/+r/7P/t/9z/3v/k/87/2P/X/8r/2//Z/8f/vf/X/8n/0P82AMD/1P8AAOv/3v/q/8z/AADV/zgA0P/F/9P/z//M/8X/0f+2/9H/pf/S/xIA2f8cAMT/0f/c/8T/tP/T/9T/2f8YAMn/nf8PAA4A5P/g/6n/GgDW/+v/7f/r/+z/AADs/wAAw//n/+v/9//x/+b/xf+u/+n/2P/m/9P/5v8KAPj/2P/P/8v/wf/Z/+7/8f8sAMj/0f8sAND/3v/d/9n/1f/a/8r/1P8AANX/0P/J/xIA2v/x/+n/uv8WAOD/7P/U/9//4//3//b/t/+s/+7/8f8AAOb/5v8TAOr/3P/p/9v/AADz/+b/6//n/w4A1//g/wAAEQDk/wAAyP/a/9r/2f/S/9n/wv+k/+L/1P8AADQAt//7/9T/2f/R/+b/4P/i/8r/1P/n/9P/1P/X/9z/JgDd/wAA6P/X/73/z//z/8f/5P/n/xgA4P/q/+b/7v/Z/+j/FAD5/wAA7v8AANz/6v8AAOP/3v8AAOv/3P8JANj/2f/s/+3/7f/s/+7/FADs/+z/2P/m//j/2v8AACcA4f/1/9j/2P8QAOn/5//s/wAA7f/s/+z/7//z//L/7f8UAOz/7P8AAOv/7P/m/+v/2v8UACgA4P/B/9H/zP+q/8z/8//m/9D/8P/o//H/6v/s/xgA3v/c/6j/y/+v/wcA0v/t/7T/tP+g/yEAyP/z/9b/v//W//L/5v/h/9v/6/8YAOH/6//p/+n/6v/u/+r/FwDw//D/FADs/+z/7f/s/+z/8P8PAOb/3//T/9j/1f8HAOT/xv8QAMr/vv/O/+n/AAC+/7L/qf+K/9v/yP8qANP/+P/o/xIADgDg/+H/5//Y/9j/3v/r/73/5v/m/xsA4P/m/+X/wf/W/9L/5f+4/wAAAADe/9H/9P/l/+j/AAAVANL/8//u/+z/8P/w/+j/EwDx/93/4f/T/+j/6f/g/ygA2P8uAOL/1P/l/9n/6f/W/9H/7P/0/+z/7P/r/+D/3P8VAAAA1f/r/9r/5//o/9j/AADX/8L/0P+3/+n/DAD6/xoAGwD6/wAAAAAAAPT/AAAAANv/6v/r/+z/FQDp/+v/8P/2/woA9P/l/+X/1f/v/wAA5v/Y/+f/2f/q/+r/AAAOANv/2P8AANj/2//m/9j/FgDk/7v/5f/R/9n/xP8gAOr/qP/Y/+L/4f8AAN7/FQD1/xwA5P/i/+v/7f/e/+X/7v+u//H/0v/q/4v/9v/a//L/5f/i/+z/7P/u/+7/FgDq/+f/1f/n/+n/FADq/wAA0P+6/5H/n//y/7//6/8wAMr/6v8ZAKb/DQCz/+j/tf/F/9f/IwDQ/+D/5v/l/+P/4P/n/xQA4//q/+z/sf8bAOn/DADr/9//wf/Y/8T/0v/r/wAA2f8AANn/9f/d/9r/AADi/7v/p//J/97/6//t/wAAAADr//T/2v8FANj/7P/Z//H/2//n/+b/AAAAAPL/4P/W/+X/3P/q/+v/zf/Y/yUA+v/o/9j/xv/n/9j/xf8NANL/FgDZ/+3/4//v/+z/4f/S//X/pv/O/xMAz//4/wAA3P/Y/+P/6f/s/xQA2//1/wAAAACo/7z/vv/a//b/vf/j/7H/2//U/+r/2v81AAwAz/8WAM3/6//j//D/6v/g/+z/8//z/+//7/8UAOr/7P/r//X/nv/D/8f/AACz/wAA1v8wAM7/0f/R/8v/0P/P/+z/DwAAAPL/AAAUAOb/8f+2/+n/0v/g/7z/1f8YAN7/JADb//j/7P/5/9z/2v/s/+b/FAAAANr/6v/H/+T/7P8VAO3/8/8AAO//1P/s//L/MQDd//P/5f/b/9v/vf/j/wUA5v/v/+f/3P/e/wkA4f/1/9f/4P/h/9T/0v8HANr/6P/m//P/4f8KACQA0f/u/9b/AADm//b/nv/P//T/7v/0/+n/1//q/9v/3P8PAMv/yP8bAOf/5P/k/9T/3P/q/+T/1f/q/wAAAADS/xoAy//h/+j/y//l/+v/HgDg/+j/s/8gAMX/p//I/+L/vv/y/7f/y//W/8H/2v/B/7f/TQAXAOr/6//s/+z/6//o/+D/AAAAAO//9v8AAAoA5//p/9T/6f/h/+X/5f/m/yAA1//h/+z/6v8AAO3/AADd/xMA5v8GAJD/4P/H/+b/GwDI//T/AADp/wAA+v/3/yMAAADr/xYAAAD7/+3/9v/q/wAA2f/n/+j/5P/Q/93/HwDN/9X/1f/m/9f/2P/T/zEA4//V/9z/2//l/xQA1//6/+z/5v/s/8r/FQDs/+r/7P/r//j/2v+k/7D/yP/1//L/4//g/9L/EwDb/9f/x/8AAOX/7v/s/+z/7P/s/xQA6//s/9H/vP/Q/04A3P/G/6b/zf/s/+v/7P8eAO3/4P/Y/+r/zf+3/7//PgDR/+P/uP+7/+X/5f/d/yAA4P/h/+D/2f/Z/x8A2P/o/9X/6P/5/9f/8P8OAPL/4f/o/+r/5//g/+r/3v/r/+v/AADa/+b/DgDg/9v/kP+r/7b/7P8iAM3/9f8GAM7/0v/N/73/IwC6//f/CADE/8//4/8AAMz/0P8AAOr/6f/z/+3/6P/z/xIAwP/I/6X/2//A/9//LwDH/+P/4f/q/9j/6//z/xEA5f/s/+z/8v/r//r/7P8VANr/yv/A/9b/vP/T/+L/OADU/+v/1P/C/+b/zv8fAL//AADV/9v/y/8NANb/2/8AAO//q/8JAL3/wf/O/8b/2P/t//j/1//c/9j/1/8PANv/1//Y/9n/2f/s/+z/DwAAAOr/GwDP/9v/5f/i/wAA3v/d/+v/AADo/+j/2P/q/+v/EADR/+f/HwDo/+b/9v/d//T/7P/s//D/7P/s/xQA7P/r/7r/yP8AAM7/0v82AMz/1//q/w8A6/8AAOj/4//X/9L/5v/T//H/4//o/x4A5v/s/+L/BwCc/63/rv+y//P/zf/n/xMA7P/s/+z/7P8AAOz/5f8AANv/5v8UAAAAx//q/+z/AADv/+//1v/m/xAA6f/R/8P/2f/O/9z/3P8ZAAUA0f/O/yoAzP/b/+f/3//K/9j/7P/6/+n/+f8UAAAA6//s/+3/7P/y/wAA7P8UAPj/7P8ZAPT/8//v//T/7f/x/7r/xv/Z/wAAAADk//r/5P/m/9f/AADZ/yMA5f/T/9z/AADp/+L/zf/j/wYAyP/1//L/LADW/+j/6P/D/8X/6P/X/+3/5f/q/+b/DgDc/wAA4P/n/wAA+//w/+n/9v8wAAAArv+//6j/u/+m/73/AAARAJj/nP/n/7r/yf8WAPX/AADx/8T/8f/M//D/zP/7/y0A1P/W/+3/2P/S/9L/1//k/+j/6f/r/+z/6v8YAOv/7P/t/wAA+f/1/+3/FAD4/9f/AADA/9b/0v8AAMz/AAAAAO7/uP/l/8n/3P/6/9v/9/8AAMb/v//K/wAA0P+6/+X/AAATAOv/6v/q/9P/7P/Q//f/xP/p/+T/AADB/wYA6v/v/97/6//s/+r/FADs/+f/vf/y//T/3//i/xcAzf/s/+z/7P/o/+z/CgDs/wAA2//q/+n/6//r/+j/AAAIAOD/0P/K/8f/9f8AAPP/BgAAAOH/7v/y//P/2P8AAOT/7P/s/+//7f/s/+z/FADs/6//1f/K//f/wv/J/zQAuf/m/+z/yv8VAOz/6v/s/+v/EgAAAOj/3v/c/+n/1//Z/w0A7//T/+b/5v8IAN//y/9JAND/6f/h//L/y//H/9r/zv/M/xwAxv/G/83/6v/n/wAA6//3/+z/7v/h/wAA9P+///n/zv8AANz/7P/z/+j/AAAZAMP/1//P/+7/6P/D/wAAFAAAAO3/7f/j/9//7P/s/+z/8P/v//j/7P8UAO7/5//W/+n/z//Q/xgAAADk/9j/6f/a/+f/6/8AABgA6v/I//b/5f/o/97/GwDb/+r/1/8AANv/2f/U/9j/2P8AAOr/FADh/+v/6f8HAN//4v/l//X/6f/o/xkA3//j/+v/6//r/+3/7P/s/+z/7P8VAOz/7P/s/+z/7P8UAOz/7P/o/7b/o//D/7r/HgAYAIz/t//J/9T/2v/b/xIA8f/D/+j/5P/k/9//6f/p/xoA4//k/+z/8//3/+//EgAUANr/BwAGAMr/0f/b/9n/2P/P/7//xP/G/7v/vv8uALn/CADH/9b/4f/N/+L/FQAAANn/AADs/+3/7f/t/+v/EgDt/9H/4P/c/9H/2v/U/ygA0f8AAMn/wv/S/+H/CwAAALz/DgDg/+3/1f/a/woA3P/W//L/4/8OANn/AADs/xEA2P8eAOT/5//F/wAAzP+q/9j/4/8JAMH/zv/E/xAA4v/j/+z/7P/v/+3/7P/s/xQA7P/e/y4Aif+z/5L/6P+e/9f/6//3/97/5f/s/wAAEQDX//b/LQDv/wAAAAD3/9T/AAAAAMP/w//P/9r/wP86AMP/GADm/+b/1//o/8r/2v/r/9T/5f/F/xIA2P/j/9f/2//W/+b/xf/j/9//JADe/9n/6f/q/+H/6f/t/xYA7P/r/wcAqP8VAAAAzP/g/6v/AAANAO//+P/s/+7/9P/v/+z/JgDh/9H/zP/b/9z/z/8JAOz/8v/s//L/6v/r/ycA3f8FAND/0v/t/+H/6P/j/8j/1//q/wAA3/8UAOb/2f/q/7T/uf/0/7n/sv8KAOr/+//Q/8H/rP/S/8b/1P/p/x8A5f8AAOL/5P/p/9f/FQDd//j/1v+y/6v/x/+t//v/FwDr/+z/8P/r/+3/7P8UAOz/GQDg/+X/5v/o/xgA3f/j/xQA8v/t/+z/AADs/+z/AAASAOz/8f/s//L/5P/u/+//6P/r/+3/7P/s/+H/4f8WAAcA6/8AAAAA+v/p/8//EgDr/8r/z/8PAOf/AADo/9H/EQC3/7f/0P+y/wAA4v8NAAgA0P/f/97/4P8XALb/xv/m/+H/2f/s/9r/EwDm//j/0f/S/8P/CQDI/wsA5P8aACEAz//S/8P/6f/W/9b/6P/H/+X/+P8AAOX/AACb/83/9P8AAOn/AAD6//f/IwAAAN3/5v/3/+v/5v8gANj/4//t//T/3v/h/wAABgASAN//7f8UAOz/6v/t/+v/7P/s/+3/FADs/+r/7f/r/+z/7P++/8X/rf/o/8D/DgCi/woA6f/r/+b/6P/q/+D/7P8ZAAsA6v++/wAAyP+p/wsA1v/g/+P/6P/k/+j/HgDd/+L/5v/o/+f/5v/t/yMA2P/a/9D/5P/s/9n/+//Y/ykA3f8AAPn/3P/m/9z/FQDa/+b/4f/k/xUA5v/m/+n/5P/s/xIAr//q/9n/+v/T/9L/7/8fAO//9//t/wAA7P/W/+z/EgDs/+v/7P/b/+v/5/8AAAwAyP/Y/9T/6v/a/8T/EgAAALn/6P/f/+P/EwC4/93/8P8NALT/u//M/5L/pP8oANr/AAAAANj/3f/Z/9f/2f/5/9P/AADp/83/BgC+/+T/7P/e/+b/5v8AACoA8P/s//r/8v/Q/wAAsf/i/+3/zP/U/xQA3P/Y//D/y//N/w8A4P+//8v/yv/Q/xYA3P/w/+z/FQDs/+3/7P/s/+z/6//I/8z/0P/k/8r/0P83AMz/xf8tANX/y//s/7z/lP/B/+n/wP+X/+n/+//w/+z/4v/u/xQA7P/r/+3/6//s/+7/zf8AAMf/of+6/6n/CADL/6v/9f/C/w0A2P/t/9//3/8AAOr/zP/n/+D/FgDF/9L/6//j/+r/3v/4/+n/AAAGAOr/+v/6/+X/AAAAAAAAAADX/8n/yv/l/8j/FQDM/w4A7P8AAAAA8P8AABMA8f8AAOr/AADq/9D/6v/S/wAAwf/x/9z/yv/L/9r/EQD2/+j/AADs/9r/6P/q/wAA5P/s/+3/rf/V/wcAnP/a/wAAq/8UAO//AADz//D/7v/t/+z/FADv/wAA9P/x/+7/7f/s/wAAqv+c/w8Arv/x/83/8v/n/+j/5//q/+7/6f8YAO//2//l/+T/2v/Y/+D/AAAVANj/5P/m/9v/5v/Y/yMA1f/N/+b/3v/c/9v/EwAAANr/1v/Y/8v/BwDc/8v/FgDX/+L/4P+m/6P/9P/e/8X/EwD1/+j/uv/T/73/3P8XAOr/4P/k/+b/5f/s/xMAAADb/5X/5P9z//b/2f/l/+z/9P+1/7r/9/+a/5v/QQCs/5P/zv/L/5H/3P/T/zgAh//c/9n/5//I/x4A7v/X/7X/DwDx/+z/7f/0//P/7P8UAO7/9P8ZAOj/6//p/9r/4f/j/xMA+f/r/+b/5f/l/8X/5P/r/+z/7P/s/+z/7P8UAOv/5v8cANj/+P/T/9H/4P++/+v/4P/3/xYA7v/q/+z/7f89AND/9v/7//P/xf/G/+L/4v8TAPj/8f/u/+z/AAD0/xQA8v/t/+z/AADs/+z/AADI/wAA6P/U/+b/AAAAANz/kf8NAMD/3P8SAK7/2v/i/+z/7P8VAOz/7P/s/+v/6/8RAOX/4/+5/wAA6P/7/9v/1P8UAOD/2f/X/+v/AADV/+X/5v/s/+z/7P/r/+v/GADd/xcA7f/n/8v/6//r/+//zv8PAPj/IgDW/87/vv/M/0kA0P/p/+H/8v/L/8f/2v/j/9n/2v/r/wAA2v8AANj/0P/5/8v/0//O/8z/HwDU//b/HwAAAAAAAAD2/+L/AADG/9j/AADi/+P/BgDa/wAAAADs/+3/4f/t/9r/DwDZ/wAA6//s/+v/6v/w/xEA5P/P/8D/8P/Q/+v/qf8AAAAA0P/Q/9j/2P8AAOP/wv8AAOz/7P/s/+z/7P8UAOz/6//Z/8j/AADQ/+v/MADJ/8T/IQDh/+D/6f/t/9n/4P/q/wkAz//o/+j/7P/r/xEA1/8AANr/+//5//f/AADY/+b/1/8LAK//1f/D/woA2P8AAOf/x//e/+j/6v8AAPn/AAANAJf/0f+1/97/q//t/+n/yv/k/xMA0P/S/wAAy//J/wAA3//e/+v/2/8JAOr/6f/s/+3/7P/y/wAA7P8UAPj/2P8pANz/5v/o/+T/1//j/+z/6//m/+j/7P8KAOH/AADj/+b/2v/a/+L/3v/Y/xAA4v/a//D/6P/l/8X/9/8eANj/9f/f/+3/8P8NAM3/2//f/+z/uf/Y/wAA+f/u/+7/4P+w/9D/5f8QANT/IgDm/8z/AADF/8T/2v8JANX/CQAQANj/1//Z/9j/2P/7/9j/vf/g/+L/2f/h/wAAJADU/9j/2P/r/+z/AAASANn/1//h//f/AAAAAAAA6/8lABQA7P/i/9f/4f/t/zMA7//M/8v/tf/R/9T/x//K/zQA0P/k/9v/0P/d/+b/2/8nANH/2f/4/9r/6v/Z/xMA2//g/wYA3//V/9z/0v/Y/w0A2f/Q/+v/3P/q/+v/IQAAAOb/w//h/8v/3//G/w0ABQDv/9D/5/8AAOD/AAASANz/1v8AANz/5P/X/xEAAADP/8v/FwDo/+T/5v/n/+3/5//n/wgAAADs/9T/+f8AAMv/6//k/77/vv8AAOD/GQDc/9f/6P/d/9j/AADJ/wAA2f/6/+r/JQDt/+b/4f/k/9n/6v/h/+z/AAAAAAAAAAD2//r/AADW/9z/2v8AANv/BwDq/9j/6/8IANn/6f8FAAAA2P/J/8v/2//Y/9v/AADV/wAA1/8AAOX/3//o/xkAxP/h/9j/6v/G/+z/+v8fAOv/2f/s/+z/7v/v//r/7P/v/xQAz//n/9j/5f/b/wAAAADn/63/4v/h//v/5v/J/w8Awf/s/+z/7P/s/+z/7P/s/xQA7P/o/+v/7P/t/+n/6/8UAOv/7v/q/+v/6P8UAOr/7P/X/wgA6f/Z/wAAEgDf/+//lv8cAOX/y/+r/9j/AADv/87/tP/i/9j/7v8NAAAAxP/f/9X/6v/q/+n/4P8sAOr/wP/6/9f/AADQ//D/2f/0/8f/AADO/8//1P/s/7H/HQDz/+v/xP/s/97/7f8JALX/7P8VAOz/7P/s/+v/7P/s/+z/FQDp/+z/7P/s/+z/7P/a/xoA4P/p/+b/5f/0/+n/8P/i//H/6P/5/wAAIQDs//D/4v/x/+j/+f8AACEA7P/s/+T/9f/v/+//7v8VAPT/5P/b/9D/3f/m/9v/JwDR/9P/1v8QAND/1//E/6//y/+//wAAv//M/+X/EQC//+H/0P8AABQAyP8AAOv/5v/j/9T/AADs/+H/6//F/wAA7f/R/xEA0//T/9T/EwDS/8z/5f8AAOv/6//v/+n/CADs/+z/7P/s/+z/7P/s/+z/FAAHABMA5v/X/+H/6//S/9j/IQDx//L/AAD2/9X/4v/7/9P/KgDR/9r/x//H/+b/6P/H/8b/xP8OALf/DAD1/8f/3v/s/+z/7P/s/9j/AAAYAAoA6v/A/xMA3//w/8b/1f8AABIAyf/s/9b/xf/6/+7/EgDk/93/6v/s/+P/AAD5/+P/6v/s/9v/6v8PANv/EgDr/+j/6P/r/+v/6v8XAOv/5f8AAM3/y//6/9f/2v8MAOT/JADV/9f/1f/r/93/wv/r/+j/6P/r/+v/6v8XAOv/JwDt/8b/4f/Q/9b/yP/o/+n/2P/q/9L/6v8LAPj/7P/l/+n/7v/t/+3/1/8AACYA2f/X/93/EgDW/+P/2P8AAB0A2P8AAOb/6//g/9L/6//q/8P/xP/H/8n/5f8cALr/6v/Q/83/y//P/+b/GwDF/8X/NQDS/+n/8//b/9D/9f/n/xYA7//v//b/7P/r//T/AADs/wAAAAAAANf/AAAnANb/6f/X//j/5f/U/+X/KwDs/+z/5P8AAOv/EwDa/+r/6/8VAOv/6//j/+T/6//s/9j/2P/k/+v/7P/a/+n/JgAAAO3/7f/y/wAA1/8UAPj/GQDi/7T/v//o//X/p//t/+z/7P/t/+z/7f/q/xQA7P/o/+b/6v/4/wAAz//1/ycA0//r/+X/2P/T/wwAzf8TALj/1/8AAMf/xf/a/w4Atf/r/9z/6P/r/+X/6/8WAOH/6/8AANz/2f/s/9j/6/8TANr/6P/R/9L/4f8IABUA0f/s/+3/AAD5//X/7f8UAPj/AADC//P/1P/O/wAA0f/5/9f/v//c/xEA0f+u/9r/xf/s/xQA1v/s/+z/7P8HAOz/y//g/+r/6//r/9X/EQARANr/3P/u/+z/7f8cAOz/2P/c/+//rP8qAM7/9f+9/9//AAARAAAAAAAAAOr/AAAAAMn/CADD/7n/2f/o/8f/EgDe/+X/5P/o/+X/GwDH//n/AADs/wAAAAAAAOv/AAAnANf/2P/Y/+H/2P8HAAAA3f+2/8H/1//P/9H/GgAQALX/5v/r/+X/AAD6//L/AAARAOP/zv/W/+H/5P8VAOz/zP/G/8f/xf/V/9n/OADi/8P/3f8AAOz/0f/f/wAAyv/g/8r/3P/V//X/xv8RAN3/4f/C/87/yv8AAMX/IQDB/9T/2f+v/5H/AADQ/w8As/+7/zIAzv/C/9T/yf/T/87/AAAAAOf/2v/K/9v/zf8PANL/6f/q/+z/7P/s/9T/2/8eAOD/4f/Z/+n/6v8ZAOf/5/+n/7z/1//O/9X/RQDO/77/6//c/+r/7P/m/+3/FgDe/8D/+P/F/77/xf/d/xQA6f/O/xYA5P/m/wAA5//m/+T/4//l/wAA3f8AAOf/0f8oANL/AADR/9//2//r/9b/FgDc/9X/wv/I/9z/EADK/woA1f/l/wAA+v8AAN3/8/8oAAUA0f+//9L/0v/P/wkAw//2/+n/1v/s/wAAFADk/+P/7v8hAO//9v/w//r/8f/1/+z/6//l/xoA5v/s/9P/2//h/yYA7f/u/+3/2//Y//T/4P8mAPH/8f/5//L/4//z/+//JAD2//f/AAD2/+H/+P/s/+z/8P/v//j/7P8UAO7/DADp/+z/4P/r//v/4P/g//L/2f/j/+r/4f8SAAAAyf/s/+7/7f/0/wAA7P8UAPr/7P8UAOz/7P/s/+z/7P/s//H/0/+h/9b/zP/K/w8Atf/s/xQA7P/t/+3/7P/s/+z/7//s/xQA7P/s/+z/7v/s/+v/6v/k/+n/6//r/xYA6f/F/9r/AADp/9D/2P8RANj/8f/u//f/AAAAAPD/GwDy/9f/9P/f/+T/8f/w//P/0v/v/9L/v//D/7f/2v/X//P/7P/r/+z/6//s/+z/6/8UAMn/CgDG/7X/9f8AAPL/tv/i/yIA1f/j/9f/y//0/+z/z/8VAPT/8P/k/+T/AADS//r/FgDu/+j/4/8AAMH/2v/l/8f/0f8MANH/z/8IAO3/vP/2/woAzf/n/9D/+//6/wAAAAAAAAAAAAAQAN7/9v8UAPL/7f/s/wAA7P/s/wAA7P8oAOv/2v/t/9n/4v/a/wAA1//i/+v/4//r/xgA6/8mANj/2P/Z/9n/2f/X/+n/AADs//n/AAAAABkAAAAUAAcABQDa/9f/2P/V/9f/AADs/xkA7f/r/9P/FADr/93/8P8zAAAAAAD5/+r/wf/h/+r/2f8lAOL/6P/U/9T/1//l/ygA6v/r/+v/4//q/9j/w//e/9L/5P/q/+7/0P8aABQA8v/t/+z/AADs/+z/AAAyANv/xP/W/9L/0f/b/8r/6//s/xUA6//s/+r/7P/s/9H/x//A/7L/DwDe/+//+P/n/+n/2//W/9n/EAARALb/8f/x/wUA7P/l/xAA4f/h/9//2f/1//f/7P8eAOn/AADj/+z/6v/r/+r/GwDP/9b/5P/o/+z/6/8mANf/3v/Y/woA4v/s/9r/6v/n/93/EADR/ysAwf/S/+n/wP/2/8P/6v/b/+j/0/8AAMb/8v8AANf/1f/e/8P/9f/F/+j/CADr/+j/HQDQ/+b/4P/c//P/JgC7/9r/+f8AANz/2f+o/8H/GQDj/+P/vv/V/wgAy//s/+z/7v/r/+3/7P8UAO3/7P/s/+7/6//t/+z/FADt/+r/FQDu/+//7v/r/+z/8P/r/+n/9/8AAAAA7P8VAAAA3v/T/9b/3v/Z/9T/JwDb/9H/JQDS/9n/4P/a/+r/8P8oANj/2P/Z/9n/2f/W/9j/7P/t/+3/7P/s/+z/FADs/97/6v8AAOr/5v/k/w0A1//S//P/8/+6//T/xP/3//f/5v+o/9D/wP8AALP/AADT/+//0v+9/9D/4f8HAPn/6P+//+P/wv/R/xMAAADk/+j/4//s/wAA7P8AABQAAAD0/+z/7P/H/+D/3f/t/9z/FADa/w0A6//r/+r/7P8AAOP/xf/K/0kA1P/X/6//x//N/8z/4P+5/+b/yv8vAAgAn/+6/9X/7//p/+v/FwDU/xkA+P/o/8f/1v/H/xMA3v/d/wAAxv8AANb/3P/F/9j/+P+//9H/wP/0/43/BgAAANf/AADr/+3/7//u/9f/FADt/9j/AADM/8f/yf/4/7j/7v/P/ycAt//I/8v/4P/4/8b/AADZ/9v/0P/m/+T/3v8TAMb/xP/s/8f/wP+2/9D/HgC2/wAA0f/N//n/wf/W//D/DQDq/+3/8P8AANb/2/8kAMj/4//C/wYA6v/x//X/uP/s/wAA6v/s/+z/FADc/+z/5/8nANf/2//U/+f/2P/c/9X/2//i/xQA2//W/wAA5//r/+z/7P/t/+3/5/8UAPv/3P8RAOb/7f/r/8r/8//m/+z/LgDY/97/6P/u/9H/9v/o/wAA7f/r/+z/7P8AAO7/6v8VAO7/8P/x/+z/7P/t/9H/KQDK/8z/zP/p/83/2f8AAA8A6v/m/97/AADF/8v/6f/W/+X/3P/r/9//6f8mANb/zP8qANP/0//n/83/4//E/wgAw//I/8T/0f8NANj/yP/n//P/2v8AAMX/JQDc/+z/7P/u/+n/8//t/xQA7P/d/5//AAC5/+X/2v/E/xwADADF/8j/0f/h/+r/5v8HAAAA7P/s//D/5P/s/w4A6f/W/xIAtv/B/8L/z/8UAMz/6//s/+z/7f/t/+f/FAD7/9f/3//Z/xMA2P/p/wAA2P/T/y8A1//p/9v/yv/X/9b/2P8PAAAA6P/W/8n/0P/O/7P/0f/k/7H/wv8AAPb/zP/s/xQA7//2/+//6P/s//j/5v/R/9L/3P/X/+T/JQDW/+r/3f/s/+H/7v/h/ygA7P/k/9v/0P/d/+b/2/8nANH/6f/n/wAAAAAAANj/4/8oACoAuf+x/7r/1v/A/wAAzP/g/9D/4//T/+j/6//G/xkAJADU/73/8f/Y/wsA4v/U/+f/2f8AAMv/6f/z/83/+P/r/+j/8//5/wAA6/8VAAAAAAAAANX/2P/c/+z/AADQ/9//9f/a/9r/5P/V/xQA5v/q/xAA6P/s/+3/CwDr/9f/0//7/9z/1v/h//j/+f8PAN7/zf/N/9L/4v/H/+//CADs/+z/7f/s/+3/6/8UAOz/2P/Z/9z/5v/6/+v/IwDq/+z/zP/e/+n/8/8AANb/BgDM//D/AAC9/8X/0/++/wkAJADa/8v/3v/Y/+f/1v8AAO7/FADa/+z/6v/v/9T/5/+Y/8z/u//I/ysA2P/l/8v/1//r/+T/3v8MANv/AAAKAPH/6P/q/+b/FADd/8//6P/X/yoA6P/j/+r/2P/o/9j/DgDU/9f/1//Y/8b/9f/Y/9z/EQDm/+n/4v/h//r/2P/o//P/6/8eAOz/6//f/9z/KwDV/9f/0//U/8X/3P+0/+v/+f8UAOv/3P/s/97/6f/Y/w4A4P/Z/9n/CQDY/+b/1v/U/9f/4v/W/9L/LADW//H/AAAAAAAA+//w/xYA+f/u/xQA7P/r/+3/6//s/+7/0f8yAMH/0v/g/9b/y//J/9b/BgDV/9P/1v8AANn/4v/c/wAA2f/X/87/6//l/yMAAADY/9z/4P/h/9v/+f8AAPj/AADR/8//wv8WAMj/3v8RAOv/9P/h/wAA+v/p/8v/7P/u/+3/9P8AAOz/FAD6/+v/FgDs/+L/6//n/+j/6f/V/yoA3f/X/9f/2P/g/9n/yP8AAK//5f+o/wkAvf+x/+z/7P8AAOz/+v8UAOz/7P8KAML/0f/r/+X/7P8AAN3/3P/q/9v/IgDd/+n/1v/K/+r/5P/R/9H/3f/u/+f/EgAMANf/tf+i/+T/uP/e/9P/zv/e/9D/AADI/xUAGADI/zYA2P/x//P/7f/P/97/0P/O/wAA+//o/9b/FAD3/9r/MADi/+D/5f/b/9L/1P/i/+j/GwD5/+7/7//q/+D/5f/q/+z/8//r//H/6//p/yUAyf/X/9n/yv8NABgA0P/X/9D/1f/D/8n/5f/E/+b/1v8sAND/AADf/9b/tf/I/+r/2//c/97/6P8eAOH/AADh/+r/1//m/+b/7/8UAAAA2f/s//H/8f/u//D/FADs//P/AAAAAOn/6/8UANX/4f/p/xYA7P/s/+z/7P/s/+L/7P/U/+r/wf/q/wgAHADa/+D/3f/o//H/8f/v/+X/7P8lACcA7P+a/8j/wv/y/9v/rv/Z/+v/3v/i/9b/FADo/wAABQDv/9L/0P+4/xMA1P/U/wkA5v+z/5b/1//W/9r/yP/R/9f/qv+x/8b/rP8rANn/5f/m/+z/7P/s/+z/6/8YAAAA+v8AAAAAAAD3/xYAAADX//j/3f/E/+T/AAD6//b/1f/n/+D/2P/r/wAACQDa/+f/2P/q/9n/6f8AAAAA4f8WANz/6P/c/+j/1v/7/+f/2P/W/7r/yv8gAOX/zP8AANj/7P/Y/xQA6P/r/wAA1v/v/8H/tP+6/73/tv/v/wYAmf9MAF7/o//z/8D/w/94/+v/FQDp/+z/6v/o/+b/6//r/xYA2f/o/+r/7P/r/+D/7P8UAO7/7f/u/+7/7f/t/+z/FADt/+z/7P/s/+z/7P/n/yIA7P/p/+f/5v/I/+b/pv9WAIb/tf/Y/8//qP/1/wAABgD6/wAA9P/Z/+r/5P/V/yoA1//Y/9f/1f/L/9f/+P8eAN3/6f/b/9L/3f/O/wwAqP/o/67/t//C/wwAwf/p/+v/5v/n/+n/6//s/xUAy//f/8v/2v/6/xYA4f/R/9D/1v/J/x0A2P/1/7v/zP/L/9H/4//2/+7/7v/c//L/AADt/xMA4//r/9T/6//q/7r/BgDM/8T/3f/2/wgA0v/R/+r/xP8AAOf/HADa/9T/2P8AAAAA2P/d/9j/2P/Z/+f/FgDv/+//9v/s/+v/9P/r/8D/2v+t/+v/CADi//P/wv8rAOT/1v/W/8//6v/R/+r/6P/s/+v/GgDl/9//6//Y/xQA6v/b/+7/6v8AAOb/2f/Y/ycA2P/6/+j/2//g/+z/FQDr/+v/7P/s/+v/6v/e//r/pv+5/xMAuf+0/wgAxf/l/93/1v/4/8b/yv8cALX/+v/L/9H/LQC+//T/yP/p/wUA+f/Z/xEA3f/x/+P/y//p/wAA4P/x/+b/zv8YAAAA+P8AAAAAAADy/xsAAACy/wAAIQDB/8z/x//h/+r/8f+9/+T/2v/0/wAABgDM/wAA5P/s/+P/8P+v/57/AAAMABQA0//i/9f/3v/Z/+n/6P/r/+f/FQDr/+j/6f/u/+P/6v/a/+D/4//p/yMA2f/v/+v/6v8AAAAA5/8AAMX/7P/q/x8A7P/s/+r/2//j/9v/7P/w/+3/7f/o/yUA2P8AANP/5v/2/8b/CADo//L/7//s/xQA7P/s/+z/7v/s/6f/PACy/6r/0P+b/9H/u/+6/9j/8P8SANz/+f8LAN3/y/8yANb/0f/V/7j/4P/N/8j/AADk/+H/2P/f/ycA4f8UAOz/7P/t/+z/FQDj/+z/4//d/9r/2f/Z/xIA4P8AANL/uP/E/7X/2v/j/xYA8f8AANb/z//Z/+r/HwDa/7z/0/8LAOr/4v/Y/+b/DQDg/+z/FADy/+3/8v/x/+z/9//r/9z/7P/r/+z/FADs//j/tP/N/+H/6P/m/wAA2P+z/9b/2P/l/8P/3P/a/wAALAAAALX/xv/e/xEAz//2/9f/xf/O/9P/AADP/xAA1f/L/w8A5f+q/8D/2P/H/+b/+P8fAO//AAD1//j/4//p/wAA4f/0/wAAAAAAAOf/HwAAAO7/FADs/+v/7f/r/+z/7v/L/xYA1P/S/9L/tf/s/93/vv/s/9v/yv/o/w0A7v+4/yIA1f/Q/7P/wv+4/xcAy/8AAPb/0//S/83/y/8AALj/6v/p/9b/6v/d/+D/GwDq/7T/AAASAL7/EADm/8X/vv/Y/wAAAAAAAAAAKADs/+j/6f/Y/+r/6//f//T/zf8lAB4A6v/r/9D/7f/t/+L/2f/S/9L/yv/U/9j/AAD3/ywA3P/E/8D/vv/H/8D/KAD2/+z/2P/e/9n/4f/r/xYA2v/v/+z/7f/s/+z/FADs/+3/JgDj/9z/AAAAAPP/3P8AADcA7P/d/9j/0f/N/83/zf/s/+z/FQDr/+3/6//s/+b/5//a/+X/5f/g/+X/IgDz/+z/FQDg/+3/8//w/+z/+f8AAOz/+P/t//L/AADt/+z/sf8YAAAAwP/V/7H/4f+//7r/LwDn/9P/5P/C/9L/1v/s/+//AADs/+//7P/s/xQA2P8YABIAwv+5/8b/8v/e/+D/6/8AAOz/3v/d/xkA4v/K/8P/7P/v//D/6v8hAPT/DwDR/9v/2//V/9v/AADV/+X/AADe/97/2P/o/w0A6P/s/+z/FQDs/+z/6//r/+v/0v/K/7P/+P/E/9//LgC8/9P/yP8AAL//1v/h/+H/HADl/6X/AADR/8H/LgDM/9D/yv/I/9//wv8AAB0Au//C/9r/3//n/7b/5P/c//j/KADA/83/5f/b//b/CQC8/+T/tv/s/zcA0f8UAMP/yP/J/+z/7P/s/+z/7P/s/+z/FAD1/yMAxP/Q/9P/vP+4/87/6v/V/+f/6P/n/+n/JwDq/wAA7P8AAAAAAADf//T/JwDr/9v/7P/q//D/5v8VAOz/5v8UAN3/2P/n/9j/2P8AAPD/yP/1/+n/AAARAPv/4f/Z/77/7P/B/6n/AAATANH/5P/K/9L/EQDj/+b/AADY/+z/AADg/+b/CgD3/9r/0P8AANX/1v/Q/8z/9/8QAMf/tP/W//X/1P/R/w8ADgC0/wsAuv/R/8r/4v8QAOz/zv/P/9j/CwDi/+f/6f/I/wwAAADr/+f/0P/r/9L/GQD1/wAA9v8AANz/AAAAAOH/2f+3/5L/JwDl/+n/7f/U/8b/4f/C/+H/CwDQ//H/zP/w/+X/9f/5/8j/xv8HALj/AADs/+v/5P8AAOz/7P/a/xQAAADg/+j/6v/t/wAA7f/Y/+H/0//Y/9D/3P/o/wAAEQDg/+z/5v/q/+r/CQAAAOv/AADp/9b/zf/L/9r/BgDJ/+z/KgDK/+b/7v/c/7r/6f8AAAAA4P/Q/+H/6/8AANT/AADP/7P/xP/L/8v/DgC7/+n/2P/n/9z/AAC9/+z/AADY/+z/7P/s/+z/FAAAAO3/5//s//v/AAD6/wcA3v8nAOz/7P8RAO3/7v8SAOn/7P88AOT/2P/a/9X/wv/S/+T/6v/U/+j/5//o/xoA1//b/yIA7P/K/97/7v/Y/9n/+P++/7v/KwDC/+T/LgCU/83/zv/D/wsAjP+e/w0AqP8AAOv/7P/p/wAA5//Y/xIA2P8AAOv/5//s/+n/6/8AAN3/7P/q/xQA7P/t/+3/7P/r/9//5//a/9f/z/8AAAAAAADl/+b/7P/s/+z/6//r/xgAIQDY/9j/7P/f/+z/4//b/+z/DQDn/+r/7v/V/wAA5/+0/8r/MgDL/9f/zv/i/8f/2P/d/yUA3P/c/9//1f/o/+T/5f8yANv/5//c/9H/1/+//8L/JgDI/9f/4f/k/9X/z/+s/xMABwDj/8L/3P/u/wAA4/8AAPf/JgDt/+b/6v/L/9f/7f/S/yEA1f/p/8f/AADH/9n/2f/s/+z/0/8TABEACAC7/6z/5f/i/+v/xP/W/wAA3//p/9n/1/8eAN7/AADH/woAyv+8/9D/AADv/5X/sf+9/4r/tf+e/1QAkf++/+z/rv+n/wAA5f/G/wAA2f8lAOz/5v/m/+b/AADp/wYA5P+v/+7/xv8HANr/4v/n/wAA7f/a/9z/AADt//D/pP/h/83/zP/N//n/GwC3/ygA2f/r/+j/7//p/9j/6/8oAOz/5/8AAAAA+v/Y//H/5/8AAOH/AADR//n/2//J/+f/1f/g/+f/AAAVAOz/1/+W/+X/7//s/8b/3f+z/wYA7P81ANz/7P/w/+r/7P/l/9f/1f/5/9L/7v8aANz/5v/O/wAAm//o/9L/GADR/7f/5//l/+X/6P/q/+j/GQDp/+f/1f/g/+f/AAAVAOz/1/80AOj/9P/Y/+P/0P++/+z/+//k/9j/0v/6/9L/y/8dAMP/CwDU/9b/zf/W//v/BgD3/+X/z//w/87/wf/a/wAAxP8WAMX/3/8AAMX/9P/W/9D/5//U/xkA4/8OAOX/1P/J/87/yf/R/9v/zf86AMP/0f8UAL7/yf/k/+n/8f/p/+H/4P/D/8X/xP/c/9z/9//e/+r/5v/o/+b/1//l/yYAFADs//T/7v/s/+z/7v/s/9z/vv/p/xcA6P/l/xEA6v/u/wAAw//l/wAA4//M/xAA6/8WANv/6f/r/+z/6//g/+v/FgDb/+n/6//s/+v/4P/I/yYA0//G/8b/+P/V/8r/4/+9/8P/y//B/+L/JACw/8P/5v/E/9P/yf/O/woA8P/d/+X/3//Q/+r/AAAcAMj/5/8cAOz/6P/p/+b/4//c//n/3//P/wAA4P/T/wAAAADe//P/s//4/5z/8P/D/7P/z/8NAOj/2P/d/9P/AADN//P/2v/f/9r/x/8bAMP/9v8UAOz/7P/s/+z/7P/t/+z/HQDQ/87/tf/q/9L/0f/o/xEA6v/N/+j/AAD7/9f/7P/s/+z/AADs/+z/1/8NAOv/uP/n/8z/BwCt//r/z/+R/+v/6f8RANj/2f/e/xQA2//f/8//1//m/wAAJAAAAMT/7P/e//P/+f8AAOz/FAAAAOv/1v/e/wAA1f8LAMf/5//p/+v/7f/q/+//AADs/wAA5f8eANj/3f/s/+f/2P/s/+L/w/+o/+v/zv+2/yIAo/8TALj/yP/e/8b/6//a/wgA5//h/8//9//6/+v/7v8AAN//7P/B/9X/AAAdAN3/wv/q/wAA2//p/+f/EgDk/8j/CQAVAOj/0v/O/9L/wv/R/wAAFAAAAO7/2//l/+z/DQDr/+v/6v/s/+z/6/8VAOz/8f/f/wkA4v/i/8n/9v/O/7P/x//F/w0A1v8RAA4Ax//4/+//EwDu//T/7P8GAPT/4//r/7P/5v+u/w4Avf/x/7//+v+z/+H/zf/L/yAAv//x/x8Ao/+8/8H/1f/u/4r/vf8nALr/0v/E//n/zP/U/+P/CADr/+r/uf8UAKP/2f8AANP/yP/N/9L/FgAcANb/8/8AAAAAAAAAAPL/DAAAALn/GADv//X/cv/W/+z/vv/j/wgA3P/c/8X/k/+z/87/5f/f/wAAr//h/+D/BgC9/9n/x//v/wAA4v/N//H/pv/c/+j/rP/G/5v/AAAGAAAA2f/M/wsA4f/i/+T/yv8WAAAAAAAAAAAAAAAAAAAAAAC2/w8AAACr/8z/v//K/93/LQC0/4L/p/+6/87/KAB+/7//0f/V/9X/2P/X/zwA1v8JAMn/DQCL/7P/0f8hAJD/0v/h/6z/1P/s/wAA3v/A/+r/6v/r/+r/7f/p/xcA6//7/xAA7f8AAOT/wf+q/8j/AAAAAAAAAAAAAAAAAAAAAAAA2P/G/8X/zf/F//H/7P/s/xIA2//g/+3/7/8HAOv/3//6/wgAz//b/7j/+f/e/+X/4//6/wUA3f+z//X/9P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAPb/AADs//j/DAAAAAAAAAAAAAAAAAAAAAAA7f/1/wAA8/8AABQA7P8AAOz/6f/0/+v/7f8UAOz/7f8UAOz/7P/v/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/n/+r/xP+1/7L/3/+o/yAA6//s/+7/7P/r/+z/FADy/9//FADu/+3/8/8AAOv/3f/Y/9b/GQDf/93/2P8AAOD/GADp//n/+P8AAAAA6f8AAOv/AADt/+j/8f8UANv/8v/r/+j/9f/s//L/5v8VAOz/2//J/wkAuP/o/9X/4f8JAO3/7P/u/+z/7P/s//H/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAEADX/8H/5f8KAPL/0f/U//L/7f/v/+z/AAD3/xQA7P/y/+3/7//s/wAA9/8UAOz/0//Z/yoA0P/e/97/1v/U/wAA8v/5/+z/AAAAABQA7f/Z/+P/HwDi/+P/4f/j/9z/3v/k/yEA3//i/+b/4P/c/67/AAC8/8n/zf/F/w4Au/8AAAAAAAAAAAAAAAAAAAAA1/8UAOn/5v/r/wAA6v/Y/+z/7P/t/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOn/7P/t/+7/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAPr/AAAAAAAAEgAAANL/1//q/wAA7f/l/wsA2P8AAAAAEQAAAAAA9f/y/wAA7v/s/xgA7P/s/9f/1//s/wAAAAAAAPL/AADs//b/FADz//r/FgDr/wAA8/8AAO7/7P/s/xUA7P/s/+v/6f/s/8j/2/+7/8f/5//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAxP/B/8T/vP8AALr/q/8dAOP/5v/q/+n/6v8XAOj/5/8AAAAA8v/c/wAAKQAAAPP/3P/r/+n/7P/X/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/NwDZ/+L/4//V/9r/yf/r/+z/7P/s/+z/7P/s/xQA7P/u/+v/FAD4/+z/7P/s/8D/+P/H/wAAEgDR//D/0v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8P8AAPb/AAD1/xUAAADw/+//AADw/+//7P/5/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAADr/9j/6P/s/+z/7P8AABQAAAARAAAA+f8AAPn/AADw/wAAAAAAAAAAAAAAAAAAAAAeAL//mv/N/7//2f/q/wAA7P/s/+3/7P/t/xQA7P/s/ysAzf/p/9n/5v/W/9P/2P/h//X/4P/l/wsAAACb//L/3P8AAOL/5f/e/w8A1f/S/8//0P8AAAAAAADb/zoAAAAAAA0AAAAAAAAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAK//4P/D/9D/zv8dAAAAy//s/wAA9P/0/+z/7v/t/xQA7P8AAO//9P8AABQA7P/s/9b/6v+2/yMAw//d/+j/1/8IALv/4P+1/8//yf8WANP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/9b/0P/x/73/AAAGAKv/AAAAAAAA7f8AABQAAAAAABgA6f8AAOz/+f/W/8j/GgAUAOz/7f/s/+z/7P/s/+z/FAAAAN7/6v/s/+D/1P/r/wAAHQDr/wAAAAAAAO7/AADs/+z/7P/s/+z/7P/s/xQA5v/s/8r/FQDs/+r/7P/r/+3/7f/3/xQA9f/s/+z/7P/a/x0A6v/Y/93/6P/Y/+T/7P/s/+3/7P/u/wAAFADq/+v/5P8AAOb/6f/3/+r/IQDs/+z/7v/u/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7f/0/+//AADs/xQA8f/b//P/5//a/+3/KQDn/+n/AADq/+D/zv/q/8r/5P8XAMj/IACB/5L/l/++/wAAxf8AABIAAAD3/wAA9/8AAO//AAAAAAAAAAAAAAAAAAAAAAAA5P/T/+j/9f8AAN//3/8YANv/o//E/+X/+f+h/7f/GwD0/wAAAAAAAAAA7P8AABQA7P/p/+z/7P/s/+z/7P8jAPj/6P8AAAAAAADs//n/AAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAD5/+L/9//m/+L/7P/t/+//7/8WAO3/AAAAAAAAAAAAAAAAAAAAANH/1f/r/9j/7P/x/+j/EgDs/wAA+//q//r/FQAAAO7/6P/u/+n/wv/w/6v/AADm/wAAAAAAAAAAAAAAAAAAAADo/93/7P/s//D/6/8VAOv/0f8uAOj/6//o/+f/xf/Q//b/OAD5/wAAAAD3/8//9//M/0MA0f/f/83/0v+r/8v/5f82AMf/xf/c/9X/y//O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwD0/wAA+v8AAOX/6v8AAOb/+f8AAAAAAAAAACAAAADY/+T/5//o/+r/3/8lAOL/AADy/xUAAAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAADu/xQA6v/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/9//F/5X/lP/u/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/AADp/9//8P/R/wAA1P/n/+z/FgDr/+z/6P/l/+v/7P/r/xUA7f/s/+z/6//s/9z/AAAiAOD/8P/d/+L/4//v/9n/0//f/wAAEADI/9j/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//s/wAA9f8AABQA7f/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuv/c/8r/4v/j/wAA5f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/t/+z/7P/I/9j/FQDf/9P/AADT/+P/AAAAAAAAAAAAAAAAAAAAAPn/6P8aAO7/+v8AAPL/6P8AAAAAAAAAAAAAAAAAAAAA4P/s/+3/6//s/+r/2/8IAOz/AACU/9//6P8AAIz/nf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAADo/9z/5v/p/+v/5/8AAAAAAAAAAAAAAAAAAAAAAADt/xYA+f/5/wAA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAA8AAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADs//f/7f/v/xIA6//t/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/w/wAA7P/t/+z/7P8VANr/7P/s/+v/6f/w/+r/FgDp/+r/6f/q/+n/6/8AAAAAAAAAAAAAAAAAAAAA7f8UAPD/+P/6//L/7P/1/wAAAAAAAAAAAAAAAAAAAAAAANj/KQD5/wAAAAAAAAAA7P/s//L/9P/1/xUA7P/q/8z/0v/W/+D/FQDq/+v/AADr/xUA7f/s/+z/6f/o/+//AAAAAAAAAAAAAAAAAAAAACwA2//s/8//4v/S/+T/6f/N/8D/yf/o/93/9v83AMj/AAAAAAAAAAAAAAAAAAAAAMP/5//a//D/vP/M/xEAy/+//+j/3//I/+T/JwDJ/+D/AAAAAAAAAAAAAAAAAAAAAM//4v/c/97/KgAAANb/v/8AAAAAAAAAAAAAAAAAAAAA6v+3/6b/1v/4/+T/CgCv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+r/7P/w/+//AADw/+//7P/5/xQA7f/s/xQA7P/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAUAPj/8/8AAO//8v/s//H/FADs//j/7f8AAOz/7f/s/+z/FADs/+3/7P/s/+3/7P8AAAAAAAAAAAAAAAAAAAAA6P/Y/9//3P/f/+D/HwDf/+v/AAAAAAAA9f/p/+T/GwDs/+z/AADx/+//7f8UAOz/5v/l/+X/5f/f/9j/EgAAAAAAuv+8/7f/sP/W/wAAAADa/9j/x//L/8z/FQAAAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPP/AAAAAAAA7f/y//n/6//q/+v/6v/r/+v/FQDq/+//7P8UAO7/8v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/t/xQA7P/s/8r/x//r/+j/yP/C/yUA0P8UAPb/7P/s/wAA+f/s/+3/7v/R/xUAtf/K/7r/zP/E/+z/7P8VAOz/7P/s/+v/7P/s/+P/7P/y/+z/7v/2/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/O/9P/2P8SAND/1/8MAOf/4//k/+f/4P/S/yYA4/8UAO3/AAAAAAAA7v/4/wAAFADt/wAAAAAAAO7/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+r/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/p/+v/AAAUANj/4f/Y/xQA7P/s/+z/7P/s/+z/7P/t/+z/9v/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAAAAD3/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/+//AAAAAPD/2P/2/xoA6v/r/+n/7P/s/xQA6f/r/wAAAAAAAAAAAAAAAAAAAADt/xMA4f/P/9X/3//y/8z/7P/s/xQA7P/t//D/7f/3/xgA4v/t/+v/7v/p/+b/5f/q/+v/6v/r/+z/6/8VAOz/6v/r/+r/6//s/+v/FQDs/ysAsP+b/8H/+P/7/7//2P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAA7v/l/+3/7v/t/x0A+P8AAAAAIwDs//b/0v/a/wAA9v/l/yIA4P/g/97/GwDs/+z/7P/r/+z/3f/j/xQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA2v8AAOn/2P/Z/9D/AADm/+z/3P/s/wAA7f8QANj/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4ACQCa/9r/yv/v/8z/1v+5/7L/+f/z/8T/+f/R/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQA7P/s/+3/7P/t/xQA7P/s/+f/AAAZANH/1v/E/6P/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADa/+f/9//w/+H/2P/6/+r/9//s/wAAAADi/yYA7/8UAO3/8f/0/wAA7v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/x0A6v/Y/93/6P/Y/+T/HgD6/wAAAAAAAOT/+//6/wYA5f/B/8j/1P8AAM7/EgAZAMv/2v/O//r/2P++/93/5/8AAAAA8v8AABkA9//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/1/wAA8/8AABQA7P8AAOP/1P8TAOn/3//Z/wAA3/8AAAAAAAAAAAAAAAAAAAAA1f8YANz/2f/o/+X/7P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+f/2P+//wAAw/8GAMn/0//Z/9b/5P/m/9v/KgAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7P8VAOr/7P/r/xkA1P/L/9j/zf8WAI//zP/6/wAAAAAAAAAA8/8UAAAA7f/1//b/7//v/+//FAD0/xQA7P/t/+7/7P/r/+z/7P8UAO3/8v/s/wAA7P/s//D/7P/5//H/8//1/xQA7P/s/8n/FQDX/9b/2f/X/wgA6v/s/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOT/9P/T/9L/1f/a/wAA6f8AAAAAAAAAAAAAAAAAAAAAFQDr/+j/7P/v/+v/7P/s/xQA7P/7//n/AADt/+7/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/3P/y//T/7P/o/+f/FADY/87/y//W/9T/7/8AAAAAOwDe/wAA1/8AAMj/y//d//X/2P/Y/9n/3v/Z/9f/EwDn/9b/0f/b//f/0//a/xkA+f8AAAAAAAAAAAAACAAAABIA6//j/+v/6//m/wAA2P/v//T/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/FADs/+z/6P/u/+z/4//o/xwA8P/o/wAAAAAAAAAAAAAAAAAAAADK/wAA3//I/+P/AAAAANj/7P/s/+3/7f/s/xQA7P/s/77/zv/g/93/zv/r/9j/GAAAAAAAAAAAAAAAAAAAAAAA6//r/+//9P/w/+7/FQD6/xUA1P/F/9j/1//U//P/2P8AAAAAAAAAAAAAAAAAAAAA4//X/+b/1//r/xEAAADW/xUA7P/s/+v/8v/r/+v/7P/E/5j/u/8JAOn/t//7/wAAFQDZ/93/7//n/+P/6//z/8r/6//t/+z/6//r/xoA4v/N/9D/6P/z//D/9f88APv/3v8AANn/2f/Y/xIA4//h/+z/7P/s/+z/FADs/+z/7P/2/wAAAAAAAAAAAAD3/xgA0v/H/9r/4v/o/+P/IgDr/93/2P8AANX/7//r/xwA6//j/93/zP/D/+b/LADS/+X/AAAAAAAAAAAAAAAAAAAAAOb/6f/q/+j/6//o/xgA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/6f/s/+z/FADp/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/7v/z//H/xAA2P+6/9D/AAAAAAAAAAAAAAAAAAAAAOn/6//s/+r/6P/r/xQAAAAAAAAAAAAAAAAAAAAAAAAA6v/n/93/2f8UAOr/3P8AABQA7P/u/+z/7P/s/+z/7P8AAOr/9v/w//D/4v8UAPb/7v/w/93/6f/i/+b/DADj/wAAAAAAAAAAAAAAAAAAAADs/+3/9v/4//r/7v/s/xQA6f/g/+3/1//q/xgA4P/d/+z/7f/s/xQAAADs/+z/7P8SAAAAwv/P/+z/6v/n/+z/AAAAAAAAAAAAAAAAAAAAANT/AADZ/9//3f/f/woA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAOT/5f/c/+X/7f/Q/+3/FADw/+//7v/v/+3/7v8AAAAAAAAAAAAAAAAAAAAAHADh/+T/6v/q/8z/6P/m/+v/6//r/+v/6//s/xUA6//o/wAAAAD2/wAAJwDx/9r/AAAAAAAAAAAAAAAAAAAAACgA3v/o//L/4P/o/9f/2P8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/wAA8P8AAPX/7P8VAOz/6/8AAPD/AAD1/+z/FQAAAA0AAAAAAAAAAAD0/wAA3//n//j/2P/o/9v/DQAAAOf/7P/w/xQA9/8AANv/7P8hANH/3//Z/+f/8P/Y/+b/7P8AAPL/9f8AABQA7f/s/xQA7P/t//H/7f/s/+z/7P/n/xkA6v/p/+f/6v/l/+r/7P/s/+3/7P/t/xQA7P/s/+r/9v/A/8P/uv/T/+3/IQAAABMAAAAAAAAAAADu/wAA4//m/+r/6f/q/xcA6P/n/xQA7/8AAAAAAADt/wAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9v8AAPv/AAD6/+z/+/8AAAAAAAAAAAAAAAAAAAcA7P/s/+3/7P/s/+z/FADs/9b/3P/x/+3/8//d/yoA5v8ZANf/7f/Y/+T/2f/X/wAAFwDp/+f/7P/r/+v/6f/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8AAOz/7v/w/+P/EADs/xQA6//o/+P/6f/q/wAA3P8ZAOT/5v/r/+r/6P/n/+f/+v8AAPP/9v/y/wAAFwDw/8b/2//Z/+b/6//Y/w4ABwAAAPD/AADs/wAA+P8UAAAAyv+6/5H/GwDd/xUA3v/u/+X/4//j/+X/4P/c/+P/GwAAAAAAAAAAAAAAAAAAAAAA6v/V/5H/5P8FAAAA1f/y/+3/FADx/+3/7P/t/+z/7v8GAOj/6//a/9T/zf/X/xEA6/8VAOv/7P/v/+3/7P/t/9r/3//Y/9v/2P/n/xEAAADr//T/3P/b/+D/FQDb/+n/AAAAAAAAAAAAAAAAAAAAAAAAAADn/+3/8P/q/+r/8P8AAAAAAAAAAAAAAAAAAAAA7P/r/wAA9//d//H/FAAAAAAAAAAAAAAAAAAAAAAAAAA0AM//zv/R/83/wv/G/8v/7P8UAO3/7P/s/+3/7P/w//n/0P/S/9D/1f/Q/wcAz//p/+f/6v/r/+j/6P8XAOf/8P8AAAAA9v8AABcA7P/t/0EAuf+7/8j/zf+7/+H/zP8zAIr/wv+t/6X/9f+v/6f/FADu/+7/7f/u/+z/7f/s/xUAtP/L/9f/x//A//f/6P8wAMj/5//n/+f/6P/E/9j/FADs/+z/7P/s/+f/7P/m/9v/4f/Q/+T/7v8AAM3/DgDu/+3/8P8UAO//7P/q/+T/AADn//f/wf8SAMH/z//3/+r/6P/z//L/7//s/xcAAAATAOf/1f/Y/9f/5/8QAOv/9f8AAAAAAAAAABQA7v/4/wAAKQAAAAAAAAAAANX/AAAJAOv/7P/q/+r/7P/d//f/AAAAAAAAAAAAAAAAAAAAAPH/8v/7/+3/7P/q/+r/FgDs/xQA7v/t/+z/7f/s/wAA7P/s/+3/7P/t/xQA7P/s//D/7P/1/+z/FADt/+3/7P/p/+j/6P/r/+r/5/8XAOr/AAAAAAAAAAAAAAAAAAAAAOj/6v8iANT/2P/T/97/3f8AAMr/vP/Q/+H/wv8AAAoAAAAAAAAAAAAAAAAAAAAAAAAA2v/N/8T/6f/6/w4A2v8AAAAAAAAAAAAAAAAAAAAA8v/6/wAA7P8AABQAAADs/9D/zv/B/+T/5v8fAOP/3P/y/wAA8P/u/+3/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+3/9/8AAOv/6/8WAOH/5v/X/73/tP/X/7j/QQC0/8//4v/z/97/5f/M/zIA8f/y//v/7f/s/+r/6v8WAOv/FQDr/+z/7P/s/+v/6v/r/+v/AAD5//X/8v8VAAAAFQDu//j/AAAAAPb/8P8AAO//7P8AAAAAAADt/xIAAAAAAAAAAAAAAAAAAAAAAAAAFAD4/+D/6f/V/+j/1v/d/9n/AADf/9b/5v/W/9f/FAAAAOb/6//c/+n/4P8NANj/0//R/9L/yf/V/9n/5P8qAAAAAAAAAAAAAAAAAAAAAAC9/87/AAC1/9//AAD5/+D/AADu/wAAAAAAABMA+v/v/wAA4v/G/97/FwDo/8b/x//J/9j/yP/g/9L/KwDY/9T/+v8AAAAAAAAAAPr/DwAAAAAAAAAAAAAAAAAAAAAAAADs//b/7//z/wcAFADs/9j/FADt/wAAAAAAAO7/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAOf/6//s/+v/7P8AAOz/AAAAAAAAAAAAAAAAAAAAANP/0P/R/9H/0//P/y8A0//Y/9n/HwDl/+L/7P/s/wAA6f/F/+X/JwDn/9z/0//I/9r/vP/N/8H/AADz/yEA3P/r/xYA+P/4/+z/8v/q/wAA4v/E//P/7P/5/+n/2f8cAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/4/8AAPP/AADe/zkAAADs/wAAAAAAAAAAFADs/+//AAAAAAAAAAAAAAAAAAAAAN7/t//h/wAA8//y/6n/BwAAAOr/3P/l/+f/EADS//P/4v8oAN7/3P/b/9n/2P/j/+v/FQDr/+z/6v/V/+r/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADY/9f/1//X/xQA2P8AAAAAAAAAAAAAAAAAAAAA6v/p/+v/6v/q/+j/6P8XAPj/7/+y/9T/0v/a/wAAx/8AAAAAAAAAAAAAAAAAAAAA+f8lANT/0v/k/7b/vv/a//v/AAD6/+//AAAhAAAA7P/o/+T/AAATAOr/4f/Y/+L/2P/Y/xEAAADi/9j/2//v/wAAAAAAAAAAAAAAAAAAAADq/+n/6//q/+r/6P/o/xcA7P/s/+z/7P/s/xQA7P/s/+z/7f/t/+z/7P/s/xQA7P/i/wAAAAAAAPn/AAD0/xIAAAAAAAAAAAAAAAAAAAAAAOv/9/8AAAAAAAAVAAAA8f/z/+//FQDt//L/9v/u/+r/6//r/+//9P/w/+7/FQD6//b/9v8UAPX/9f/t/+z/7//s/xQA7P/s/+z/7f/s/+z/EADZ/9z/7P8AAOv/AADq/wYA0P/c/9z/4//7/+f/uf/v/wAAAAAAAAAA7v8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/+H/9//f/+v/1f/0/xgA3//s/+7/6//Z/xwA6//j/8T/1//Y/8f/6v8FAAAA7v8AAAAAAAAAAAAAAAAAAAAA2f8NAOz/AADd/9j/2f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/8P/6P/P/8z/8f/k/+3/7P/3/+3/9f/t/xQA9f8AAAAAAAAAAAAAAAAAAAAA6//r/+P/9/8AAPP/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/r/9z/3P/h/wUA3P8AAOv/7P/r/+r/2P/s/9//HQAAAAAAAAAAAAAAAAAAAAAAIwC8/8X/0v/y/9D/9//O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAADx/8D/4v/c/9j/BwAUAPf/8P/s//n/6//j/+//AAAAAAAAAAAAAAAAAAAAAOv/9/8AAAAAAAAVAAAA8f/Y/9n/0P/L/9n/LADX/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQDs/+7/6//1/xIAyP/m/wAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAPX/6f/k/xsA0f/o/7P/2f8oANn/wv/S/+z/7P/1/+7/7v/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/b/+v/1v8OAOn/2P/a//P/AADm/wAA6P8mAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xUA7P/t/+z/6//s/+z/HgDL/8z/2v/T/9T/+f/a/+r/6//s/+z/7P/q/xUA6/8AAAAAAAAAAAAAAAAAAAAA7f/s/xQA7P/4/+z/7P/s/9j/DQDY/9j/2/8AANn/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/AADW/wAA0//w/9f/3//T/9X/1/8AANX/3v8GAMv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/GgDo/+//6f/x/+P/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAAAAAADu//j/AADZ/+v/HADi/9v/6v/o/9j/AAAAAAAAAAAAAAAAAAAAAOn/4//r/+r/7P/q/xYA6//Y/ykA2v/l/+j/4v/X/+D/1//Y//b/EgD1/9j/2f8AAOz/7P/t/+3/7//t/xQA7P/L/9X/+v/y/7z/JQCx/9f/vP/K/8D/+v/h/yQA5f+8/9v/2v/W/9z/3P8VAAAAxP/k/+L/6//r/+v/5//1/xQA5f/X/8D/4P8XAPn/1P/X/+3/JwDu/+3/+//r/9j/7P/t/ycA7v/t//v/6//Y/+z/4//r/+//7P/t/x0A3f/Z//j/AAAAAPb/8v/s//H/FADs/+3/7f/s/+z/7P8UAOz/FADu//n/8f/w/+3/7P/s/x0A0f/c/+D/4//Z/+T/2f8AAAAAAAAAAAAAAAAAAAAA8v/t/+//7P8AAPf/FADs/+3/6//r//H/7//t/xUA7f8kAOz/7P/h/+z/2P/b/+z/FADx/wAAAAAAAO3/7f/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA5v/Y/9n/2P/a/wAA2P/s/+z/7P/u/+7/7P8UAOz/1v/1/wAA4P/d/87/1/+//wAAAAAAAAAAAAAAAAAAAADs/xQA8P/t/+7/7P/s/+7/8v8aAAAAAAD5//H/7f8AAMr/7P/s/+z/7P/s/yMA7P8TANf/7f/J/+v/9//X/+j/AAAAAAAAAAAAAAAAAAAAAOj/6f/r/+r/7P8VAOv/6//k/+r/4f/X/9f/1//R/ysAAAAAAAAAAAAAAAAAAAAAAOz/7v/z//H/7f/s/+z/FADs/+r/8P/s/+3/6/8UAO//AADZ/+z/6P/s/xAA6//j//T/7//x/wAA9/8AAPX/FQAIAML/vf+Y/xIAt//n//j/7P8AAPr/+f8AABQA8f/2/67/9P/T/8P/u//5/+7/xf/m/zIAvv/J/9L/y//M/9f/AADn/+L/6//s/xQA6v/s/+n/8f/5/wAAAADq/xgA6v/o/+v/5v/q/+v/6v8WAOH/AAAAAAAAAAAAAAAAAAAAABQA7f8AAAAAAADu/+z/AADw//r/3v/W/8//6f/y/+X/5v/G/9f/3P/a/xQABgDX/+f/KADn/+j/6v/u/9n/4P/i/+X/JwDf/+n/2P/j/+T/7P/s/wAAAAAAABUAAADr/wAAAAAAAAAAAAAAAAAAAADQ/+v/6f/r/+z/7f8UAAAAAAD4//n/7P8AAOf/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6/8AAOz/7v8SAOz/7f/r/xUA6//s/+r/1f/q/+X/1f/V/97/EwDC/8X/CQC8/wAAyP/g/9j/7//Q/xEA5//6/+H/5v/u/9f/0f/u/xoA5f/a/+3/7v8UAOr/DQDm/7z/oP+9/+X/9/+t/xAA+v/r/+X/1//j/+X/1v8YAOz/1//Z/9//4//s/+L/JwDf/+n/5//q/+v/6P/o/xcA5//Z/wAA7v/m/+v/EQDk/9T/qf/t/8j/1P/G/xEA8f/i/+7/8f8AAAAAAAATAPP/8P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/9//AADp/9z/2P/Y/wAA2P8AAAAAAAAAAAAAAAAAAAAA3f/s/wAA7P8AABUA7P/q/+z/AAAAAAAAAAAUAAAA7//q//j/7f8AAAAA5P8mAO//7P/r/wAA8P8AAPX/7P8VAOb/3P+//9b/w//4/7z/KAAAAAAAAADz/wAAFAAAAOz/1//V/9X/1f/V/9X/0/8sABQA7P/t/wAA7f/i/+r/7P/j/+T/7P/s/xQA1v8AANj/EgDy//v/AAAAAPP/8v8AAAcAAAAAAAAAAAAAAPr/AADx/xcA9f/5//n/9f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+7/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOv/FQDr/+v/7P/r/+v/6//D/7r/3v/c/+7/9f/4/8z/7P/s/+3/7P/s/+z/FADs/+T/7P/t/+v/7P/q/xQA7f/s/+z/7//y//n/7P8UAAAA7P8VANr/7P/t/+3/6f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/x/8n/0//T/8L/9/8GAOn/7//n/9P/3f/T/8b/6P8bAAAA+//3/wAAAADl/wAAHwDg/+L/6v/o/+X/2f/q/wAAAAAAAAAAAAD4/w0AAAAXAOz/7f/t/+z/6//e/+z/2P/L/9n/3f/d/+L/KgD0/wAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+z/FADt/wAAAAAAAAAAAAAAAAYAAADh/+r/5P/m/+D/6f/o/xcAAAAAAAAAAAAAAAAAAAAAANv/2P/f/9j/7v8AAAAA2v8TAO3/AAAAAAAA9P/u/wAA2P/d/+j/5f/g/8T/OQDh/+7/7P/s/+z/9f/s/+z/FADm/xcA6v/p/+n/6P/q/+r/9P/v/+//8P8AAPj/EwDz/+3/9f8AAPP/AAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA7P/3/xQA7P/s/wAADQAAAAAAAAD0/wAAAADo/+n/5//p/+v/5P8YAOn/7f8dANj/zP/s/8z/xf/s/y0AAAAAAAAAAAAAAOX/AAAAAAAAAAAAAAAAAAAAAAAA9v/3/+//AAAAAAAAEwD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAOn/5//g/+H/4f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEA8/8AAAAAAADh/+P/+v/s/xQA7P/z/+z/7P/s/+3/5f8AAOD/6P/n/9f/FwDo//b/AADy/+v/7f8TAO3/7f8UAOz/9v/q/+z/6v/n/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAt/+9/wsACgDO/wAAzP/f/w0Azf/j/+L/4//H//T/3f/s/+7/+v/t/wAA9v8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAA+v8AAOz/5v/x/+L/AAAUAOz/7P/s/+z/7P/u/xQA7P/s/+z/6/8NAO3/2P/s//H/8v/s/8r/3v/c/+v/2P8gAOz/+v8AAAAAAAAAAAAAAAAAAAAAGgAAAPr/AAD5/+L/6v/6/87/0v/I/+X/3//d/y8A6/8AAAAAAAAAAAAAAAAAAAAA6v8VAOv/6//r/+v/6//q/+r/x//q//X/AADp/yMAAADU/xIAAADo/+n/zf/L/+b/0/8SAOT/6//l/9//DADm/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAN7/zv/V/9T/4/8PAMf/zv/s/+7/7P/u/+z/GQDu/9v/1//m/+X/6P/n/9j/IAATANr/vf+i/6n/xv/K//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAO7/7v/2/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/9j/6P/4/7D/xv8uAKv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/9//HADr/+7/8f/n/+X/5v/r/+v/6//s/xQAAADq/+z/7P/u/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5v/i/+z/7f/v/+//FgDt/9j/IwD4/wAA4//0/+D/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA7/8AAAAAAADt/+//AAAAAAgAAAAAAAAAAAAAAAAA8v/b//b/7P/1/+3/KQDx/wAAAAAAAAAAAAAAAAAAAAAaAAkA6v/r/wAA1v/J/8n/x//E/67/rf+V/wAA4f/4/+f/3//e/+T/4//c/xkA4f+f//X/m//J/zgAzv+e/+3/+f/D/+L/w//Z/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADT//j/2v/s/wAA5P/j/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/AADj/wAAAADZ/+z/6P+5//L/rv8vALf/xP/O/+v/6//5/+v/FQDo/+v/7P8UAOz/7P/s//D/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAPn/2//r/+j/8v8SAMj/yf8AAAAAAAAAAAAAAAAAAAAACQDg//r/7/8AAOL/CwDs/xAAxP/T/wAAyP/i/6H/DwD5/+b/rf/a/9X/1v/A/x4A0f/j/9X/IgDW/wAA0//X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8cAOP/5//k/+P/5v/c/+X/FwDq/+r/6//s/+n/7P8dACgAn//d/8H/3//A/6P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/m/97/0//Z/wAACwDi/+z/3//i/wAA6f8SANj/6f/1/+z/7f/p/+7/7P8UAOz/5v/k/+j/5//p/+f/GQDo/wAAAAAAAAAAAAAAAAAAAADq/+r/FgDq/+z/6//q/+v/2f/B/wAACADk/87/AADW/xQA7P/s/+3/8P/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA7//v//r/7//t/+z/6/8VAOX/5f8AAOj/7f/p/xwA6//j/+H/AADl/+f/6/8aAOn/AADv/wAA+v8AAAAA9//Z/+7/sv/m/8n/v//Q/xsA0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAFgDs/+z/8P/t/xQA7P/s/+z/9//3/7T/5f/l/8H/6P8QAAAAAAAAAAAAAAAAAAAAAADS/9X/vv/e/9v/zP8zANr/3f/h/9P/6P/p/+D/KADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7v/s/+z/7P/X/xMA1v/7/9//AADI/+j/3v8AAHf/o/+o/6D/5P/6/wAAAAAAAAAAAAAAAAAAAADQ/wAA6/8AAOv/0//W/wcA5P/k//j/5v8AAPH/4f8AAIv/DgCn/6//6P+Z/87/3//h/ycA3f/X/+n/2P/f/93/6//r/+//9P/w/+7/FQD6/+r/9v8AAAAAAAAWAOv/6//M/y8A0v/n/9P/yv/i/9T/AAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAACQDt/9D/zf+u/+f/qf/t/xsA5v8oAOr/6//r/+X/6v/Y/+r/HQDr/+r/5//i/93/6//s/wAA7//0/wAAFADs/+z/FADs//P/7f/x/+7/7P/u/wAAAAAAAAAAAAAAAAAAAADn/+3/4v/w/+f/6v/d/xQAAAAAAAAAAAAAAAAAAAAAAOD/8P8AAAAAAAApAAAA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/3v/s/9//2f8AAOn/7v/E/5b/p//U/+T/9f8AABcA6P/y/wcA9v/q/9j/1f/K/8D/gP8TAJH/dv8PAJn/FgAAAAAAAAAAAOv/AAAAABQA7P/1/+z/7P/r/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA4v/S/9f/tf8ZAJr/1f/r/+r/z//s//b/FQDs/+T/AAAAAAAAAAAAAAAAAAAAANT/1v/Z/8T/KwDT/+r/4/8OAOX/6f/Y/+X/1f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//L/+//t/+z/6v/q/xYAAAAAAAAAAAAAAAAAAAAAAND/CADU/+f/4//b/woA1P8AAAAAAAAAAAAAAAAAAAAAnP+s/8L/6v+4//j/BgDS/wAAAAAAAAAAAAAAAAoAAADr/+z/FADs/+3/AADy/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/7v/s/+z/6/8XAOz/7v8hAO//9v/w//r/8f/1/9j/4v/U/wsA2f/0//n/zP/g/+n/+f/v/wAA6f8fAAAA7P/r//n/7P/u/xQA7P/u/+b/9P/7/+7/AAD2/xoA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAA5v/W/9//6f/B/wsA5P8SAOz/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA3f/Y/9b/5v/h/x8A5//h/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/x/+3/7f/s/+z/0v/l/9z/2v/i/97/HQDY/+L/AAAAAAAAAAAVAO3/6//p/wAAx//q/9D/AAD0/8r/zf/L/9X/6v/d/+v/MwDn/+v/AADm/yUA9v/d/+7/+//Z/7j/4P/u/xMAFACm/+X/6f/d/9j/AADe/xQA2f/b/+n/2P8AAAAA6f8UANj/3/8AAAAAAAAAAAAAAAAAAAAA4v/p/+X/5v/q/+H/FwDl/wgA4v/x//r/AADz/x8A9/8RAAAA1P/f/9X/6//V//v/8f/h/xEAxv/Q/8b/CwDX/73/0P/o/8P/y//O/0sAxf/X/9//4f/a/+f/5f8fAN3/7P/r/+v/1f/k/+L/FwDa/wAAn/8aALr/nv8MAOf/f//s/+z/7P/s/+z/FADs/+z/8P/v/wAA8P/v/+z/+f8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P8UAOz/uP8AANP/zP/b/wkAzf/U/wcA6//z/+3/6P/X/+7/FgDq/93/8//o/+T/GADo/+z/AAAAAAAAAAAAAAAAAAAAAAAA5f+x/6T/qf/o/8X/CQDr/9P/8//Y/+T/HADV/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xYA4P/q/+z/6v/r/+j/7P/s/+z/7v8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADY/9L/uv/R/8f/1f84ANH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA9P/0/wAA7v/t/wAAqP/p/yYA2v/T/8n/7f/n/xQA8P/t/+z/AADs/+z/+//u/wAA9v/g/wAAFQDs/+//FAAAAAAA7v/s/+z/7//s//X/AAD6/wAAAAAAABIAAAAAAN7/7f/d/+b/6//Z/wAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADt/+3/AADr/+v/+f/r/xUA6P/r/+z/3//T/9T/6v/l/yQAzP/c/+z/7P/s/+z/7P8XAO3/6v/e/+3/8v/q//D/7P/s/xQAFwDz/wAAAAAAAOz/3//6/wAAAAAAAAAAAAAAAAAAAADu/+//9P/0//D/FADw/+3/AAAAAAAAAAAAAAAAAAAAAO7/7P/s/+z/9f/s/+z/FADq/xQA6v/s/+n/6v/x/+z/AAAAAAAAAAAAAAAAAAAAAOv/6//q/+z/7P/r/xUA7P+Y/7b/s//I//P/7P8AAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/+3/AAAAAPf/7f8AAOX/7P/x/+3/6/8XAOn/6//s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPP/kP/T/83/2f8AAKj/8P/2/+H/CgAHAL3/xv/Q/+//7P/p//X/6/8AAOz/5v8GABAAAAAAAAAAAAAAAPP/AADb/ygA5P/b/+f/2P/s/+f/9P/v/+//8P8AAPj/EwDz/+z/7P/z/+7/7v/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/9//s/wAAAADi/yYA7/8AAAAAAAAAAAAAAAAAAAAA5P/e/+z/6//r/+X/3/8nAOj/6//m/+r/6//q/xYA4f8AANP/9v+8/+r/7v8AAKv/6//q/xUA6f/r/+f/6//r/9//+f/z/+z/5//l//j/7f8AAAAAAAAAAAAAAAAAAAAA6//j/+n/5v/p/+j/FgDm/9z/7f8AAO//AAAaAPL/9/8AAAAAAAAAAAAAAAAAAAAA3v/Y/9P/3P/c/+D/IQDh//T/7//v//D/AAD4/xMA8/8AAAAAAAAAAAAAAAAAAAAAxf/e/9j/1f/h//X/+f8FAPD/7//w//D/8//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA4v8XAMr/1v/C/7X/tf8AAAAA9/8AAPf/AAD3/wAAEADs/+z/8P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/4v/g/+P/zf8GAAUAzv8AAAAAAAAAAAAAAAAAAAAA2P8GANn/6P/s/9j/AADp/wAAAAASAPL/AAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAA6v/o//P/8v/v/+z/FwAAAOz/7P/s/+z/7P/s/+v/FAAOAAAA9v/g/wAAGgD2//H/9P8iAAAAAAAAAPL/3/8AAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAPv/8P8WAPn/7P/s/wAAAAAAABUAAADr/+H/9P8AAAAAAADn/x8AAAD7/+r/+f/s//L/EwDs/9j/4P/s/+n/6//w/+//3f8SALr/9v8pAKr/xv+u/8z/AADY/9j/5f/f/ygA2v/Z/9j/AAAVAAAAAAAAAAAA+f/6/xUA6//r/+z/7//r/+v/6v8AAAAAAAAAAAAAAAAAAAAA6P/q/+r/2P/t/xQA+v/k/+D/4f/Z/+j/6v8ZAOf/5/8AAAAAAAAAAAAAAAAAAAAAAAASAN//6//s/+X/6f/m/xQA7P8AAAAAAADw/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/r/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADO/93/AAD6/wAAAAAyAAAAuP/0/9D/0/8tALf/tv/0/wAA6//w/+z/7P8RAOz/5P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/1/+z/7P/s/wAABQAAAAAAAAAAAAAAAADv/wAAAADx/wAAFQAAAPT/3v+8/8L/AADN/97/+v8VAAAAAAAAAAAAAAAAAAAAAADj/8z/AAA2AOn/2P/F/9//1//Z/xIAAADX/9j/1v/h/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8AAPT/9P/o/+7/7f8VAOr/2P/p/9f/2v/Z/9j/IADs/+z/2f/u/+v/3//p/xgAAAAAAAAAAAAAAAAAAAAAAO//FgDt/+X/6P/q/+n/5f8AAAAAAAAAAAAAAAAAAAAAt//M/wAAEgDc/yEAEADb/+X/5f/f/xoA3f/g/+f/5//q/+v/6//s/+v/6P8WAOv/AAAAAAAAAAAAAAAAAAAAABYA6v/s/+v/6//r/+r/6//s/+r/9f/s//r/FgDq/+r/FQD4//T/8v/2/+z/6//1/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/0f/Q/z0AyP/D/83/sP/O/+z/7P8UAO3/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/j/73/5f/g/xAA9v/v/+L/5P/l/+P/5f/Z/xwA5//Y/ykA6//n/9r/5v/N/9H/zv/k/+f/y//S/9X/zv8vAOr/6//d/+v/DgDg/+r/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VANv/5v/g/+n/6//q/+r/6//r/+r/6//q/xYA6//s/+z/7f/t/+//7f8UAOz/JwDD/73/u//L/8P/4//E/+z/AADv//T/AAAUAOz/7P/s/wAAvv+0//v/s//1/wAA5f/m/9T/1v/U/8n/v/8dAAAAAAAAAAAAAAAAAAAAAADV/8b/4v/w/+b/1//d/yAA6f/3/wAA+f/5/+j/9/8ZAPH/6f8AAOT/7P/V//H/rv/t/+n/6P/s/+//6/8VAOz/7P/s/wAA8f/v/+3/FADs/+z/7P8AAPD/7//t/xQA7P8UAOz/8//s/+//7P/s/+z/0v/W/9b/5/8QAPf/BwDT/wAAAAAAAAAAAAAAAAAAAADQ/x4A1f/Z/9z/0v/g/8//AAAAAAAAAAAAAAAAAAAAANv/6/8gAOb/2v/Z/+b/4v9CANv/tv/Y/9j/vP+1/9r/AAAAAAAAAAAAAAAAAAAAAOj/BgDV/+f/1//h/wAA6P/s/+n/9P/r/+3/FADs/+3/6v8OAAgA6//s/83/4v8AAAAAAAAAAAAAAAAAAAAAAAAeAAAAAAAAAAAA7P8AAOH/7f/1//b/7//v/+//FAD0/97/4P/g/+L/5P/f/x8A5P8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8VAAAAAAAAAPX/AADY/+v/8f/s/+r/7P8kAOz/AAAAAAAAAAAAAAAAAAAAAPD/2P/t/93/7P/q/xMA6P8AAAAAAAAAAAAAAAAAAAAA9f/J/8P/xf/X//L/CADP/wAAAAAAAAAAAAAAAAAAAADs/+3/9P/v/wAA7P8UAPH/7P/s//D/9P/z/+7/FADs/+r/8v/d/7z/7f/S/+7/sP/Y/wAA8P/h/+3/EwDY/wAAAAAAAAAA8v8AAOz/9v8UAAAAAAAAAAAAAAAAAAAAAADz/+P/9f/1//X/6v8SAOv/AAAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAPL/AADY/+n/+f/w//j/KADe//b/6v/e/+v/3v/w/9n/KADr/+z/7P/v//P/8v/t/xQA7P/s/+z/7f/s/+z/7P/s/xQALAD6/7H/7P/Y/5//4f/2/+z/7f/w//D/8v/s/+z/FAD0/+//+P/3/xQA7//s/+z/7P/s/+z/7P/s/+z/7P8UAOv/DwCa/9P/sP+5/87/z//G/7v/vv/3//r/x/+p/xEA7P/r/+z/3v8UAOr/7P/t/wAAAAAAAAAAAAAAAAAAAADo/+7/7P/q/+v/6/8WAOr/6//p/+n/6f/r/+r/FwDr/+7/FADs/+3/7f/s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/8v/r/+z/6/8WAOn/6v/r/+z/7P/s/+r/FQDr/xoAzP/h/9f/4f/N/wAA0P/s/xQA7P/s/+z/7f/s/+z/6v8AAOv/7P/y/+v/AADv/wAAAAAAAAAAAAAAAAAAAADo/+P/6v/r/+n/6f8YAOn/xP/a/6r/1f/A/yYA7P+7/+b/4//m/9X/4P/v/9v/HwDJ/9P/EwDY/83/BwDJ/77/2P/f/+r/4//e/ygA2//Y/wAAAAAAAAAAAAAAAAAAAADD/7H/yv/I/8v/zf8HAAYAwf/V/8z/z//b/+T/JQDg/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+7/7P8UAOz/AADn/+n/7P/r/+v/AADr//P/6v/p/+v/6//o/xMA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAANf/6f/H/8r/0/8AAPr/3P8AAOj/6P/n/+r/DQDI/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAOv/6f/q/+b/AADp/wAAyv/R/9H/6P/R//L/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9f8AAPP/AAAUAOz/AAD0/wAAAAAAAAAA9f8QAAAAAAAAAAAAAAAAAAAAAAAAAOr/FQDr/+z/7P/p/+v/6//s/+z/7P/s/+3/7P8UAOv/sf+z/8z/3v/p/93/7P/4//n/AAD0/wAAAAAbAPX/AAAAAAAAAAAAAAAAAAAAAAAAEQDZ/9b/4P/m/9b/JADr/yEA8/8AAAAAAADh/+P/+v/U/wAA2v8AAIb/2/8AAMP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADw//v/8f8AAOz/7P/v//L/FAD5//H/9//s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//3/8sANz/5P/W/8//3//V/8b/AADW/8//vv8eANf/8f/f/+j/w//D//L/0P/Z/+z/FADt/+3/7f/t/+z/7P/h/+T/7v/p//L/4v8dAPn/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8bAAAA+//3/wAAAADl/wAA5v/c/+z/9v/w/wcA2P8AANj/wf/B/8n/BgDG/7z/FwApAND/9v/s/+z/1f/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9T/9f/r/+X/AADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/9r/xP/j/7D/sv+b/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/8n/5P/3/+T/2f/u/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM/8n/4P/j/y8AzP/J/+f/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDz/wAAAAAAAO3/8v/5/wkA3P/C/8n/1P/K/wAAvf8AAAAAAAAAAAAAAAAAAAAAu/+R/9P/uP/K/zUA6/8AABQA8v8AAPX/7f/w//b/7f/j/+b/6v/p/+r/FwDo/+f/EgDy//v/AAAAAPP/8v8AAO3/FADw/+3/7//t/+v/7/8AAAAAAAAAAAAADwDz/wAA4f/a/+f/5P/g/+P/IQDe/wAAAAAAAAAAAAAAAAAAAADc/wAArv/S/7H/HwCv/93/AADs/+z/6P8UANX/2v/s/xUA2f/d/+//5//j/+v/8//q/x0A6//t//L/7v/m/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/+X/2P/r/8f/0/8OAM//6//r/+//9P/w/+7/FQD6/wAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAKAAAA6v8AAAAAAAAAAAAAGAAAANH/9P8AAPb/AADt/yoAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/7L/kf+X/4r/n//n/4z/WAAAAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/s/+v/6P/s/wAAAAAAAAAAAAAAAAAAAADd/+7/KgDJ/9P/1f+y/8r/FAD4//P/AADv//L/7P/x/wAAAAAAAAAAAAAAAAAAAAAUAO3/8v/s/wAA7P/s//D/JwDR/87/2P+1/8L/4f/P//j/6//q/+X/6v/p/xAA6/8UAPX/AAAAAAAA7P/x//j/7P/Y/97/2v/l/ycA2P/Z//H/8v/7/+3/7P/q/+r/FgAAAAAAAAAAAAAAAAAAAAAA3P/m/wAAw//N/woA9f/o/wAAAAAAAAAAAAAAAAAAAAAAAPb/7v8AAAAA7P8UAAAA9f/s/wAA7P8AAOz/FAD2/+z/7P/s/+z/7P/s/+z/FAAlAN7/7v/n//D/6P/a//L/AAAAAAAAAAAAAAAAAAAAABQA7f/y/+z/AADs/+z/8P/0/+X/6f8AAOH/1//I/x0AAAAAAAAAAAAAAAAAAAAAAOn/5f/q/9r/EADj/9z/AADr/+v/6v/r/+z/FgDr/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/V/+L/yP/z/+f/FAD6/+r/6//p/+z/7P8UAOn/6//s/+z/7P/t/+z/7P/s/xQAFwDp/+f/7P/r/+v/6f/e/8D/1f8SAOn/2P/q/wwA7P/Y/wAAGgDi/+n/1v/m/9r/5//j/+T/5//g/9L/JgDj/wAAAAAAAAAAAAAAAAAAAADt/+z/AAD5/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAANn/3v/P/8v/1v/V/+v/LADr/9r/2//m/+H/EwAAAOz/AAAAAAAAAAAAAAAAAAAAANL/JQDe/+D/5f/f/+T/1v8AAAAAAAAAAAAAAAAAAAAAxv/m/8j/2P/Q/8f/LAC//xQA7P/u//H/8v/s/+v/7v8AAAAAAAAAAAAAAAAAAAAAFgAAAPf/6/8AAOz/6//v/+z/7P8AAAAAAADt/xQAAADg/+v/6//u/xQA6P/w/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/9/8UAPX/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOL/5/+u/7L/tP8cAN7/6P/s/+z/7P/s/+v/7P/s/xQA7P/s//P/7v/u/+z/7f8UABIA6v/Z/wAA5//r/9j/2P8UAO7/+f/x//D/7f/s/+z/AAATAAAAAAD6//L/8P8AAM3/uP+4/1YA0/++/57/wv/s/9v/6/8XAPf/5v/q/+r/2v/q/9b/JQDn/8z/2f/W/+v/6//q/+v/6//s/xUA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/9D/wP+t/83/AAC4/7b/OQAAAAAAAAAAAAAAAAAAAAAA1v/w/4z/n/+r/+P/EQDN/9v/AADS/+f/5P/q/wAA7P8AAAAA3v/h/+z/2//Z/+f/EAAAAAAAAAAAAAAA8/8AACEA8/8AAAAAAADh/+P/+v/s/wAA9P/0/wAA7v/t/wAAGAAAAAAAAAAAAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAC8/+f/yP/h/9P/BwAMAMf/6f/r/+v/7P/s/+f/FgDs/9X/0f/X/9L/1v/k/ywAzv8AAAAAAAAAAAAAAAAAAAAA6//q/+n/6v/r/+v/FgDq/+b/6//g/9z/2P8PAN//AAAUAOz/7P/t//X/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANr/KADk/9v/2f/f/9j/5//s/+z/7P/s/+z/FADs/+r/2f/Z/9r/5P/l/+H/JwD4/+v/6v/P/+z/9v8VAOz/5P8AAAAAAAAAAAAAAAAAAAAAFQDm/+z/7//r/+r/6//r/wAAAAAAAAAAAAAAAAAAAADo/+r/7//w//b/GADq/+r/FADv/+3/AAAAAPf/7f8AAAAAAAAAAAAAAAAAAAAAAADG//j/4v/c/+P/KQDm/9P/AAAAAAAAAAAAAAAAAAAAAOz/+P8AAAAAAAAUAPb/+v/q/xQA6//s/9j/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAA4v/s/wAAAAAAAOT/8/8AAAAAAAAAAAAAAAAAAAAA4v/7//b/6v/2/xkA8P/o/xQA8f8AAAAAAADt/+3/+/8RAOX/6P/s/+//3v8AANH/2//E/+f/s//Y/zQAqP/M/9P/7f/c/9H/2/84ANT/yv/h/87/wP/H/8D/KwCv/+P/2P/Z/9//2f/e/wAAFADr/8r/7v/E/7T/7P+z/7D/BwAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/+z/8f/s/9b/3f/f/9n/2f/X/+r/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/2v/Z/93/EgDl/yMAzf/m/+z/8v/s/yMA7P/r/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/9z/8P/s/+v/7f/s/wAAFQAAAAAAAAD0/wAAAADq/+X/6P/p/+X/6v/q/xgA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAPP/AAAUAAAA7P/Z/+z/+P/p//r/FAAAAOr/9f8AAPr/AAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8rAPP/7f/k/+v/1v/u/+3/4v+r/xYAAACd/+L/s//q/8//3//o/yoA6P/O/8X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+z/+f/r//X/FgDd/+v/AAAAAAAAAAAAAAAAAAAAAOz/AAD0//T/6P/u/+3/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAD3//P/AAAAAOz/AAD6/wAAAAAAAAAAAAAAAAkAFQD1//r/7v/3//T/6//u/wAAz/+C/8X/h/+W/+n/AAAAAAAAAAAAAAAAAAAAAAAA4/8JAMz/AADZ/xIA1f/F/+v/7P/i/xUA6v/s/+r/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wkA0//k/+j/8v/r/wgA7P/o/+7/7P/q/+v/6/8VAOr/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAUAOz/4f/r/+j/4f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7//0/wAAFADs/+z/4f/m/+z/3f/r/9n/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+D/7v/x/yYA9v/n/9r/BwDH/77/y//R/wwA0v/q/w8ADAC//9r/zP/0/8L/qf/d/wAAFQDw//b/2f/Z/+7/y//7/8//xv/E/wAA4P/O/wAAAAAAAAAAAAAAAAAAAAD5/xQA6v/n/+7/7v/r/+z/x//A/wAAAAD0/ywA4P/n/xQA7P/s/+z/7P/s/+z/7P/f//n/9//s/+j/5v/4/+3/7v/0/wAA6/8AAAAAAAAAAOH/wf/X/9//3f/b/0EAwP/o/9//6P/q/yoA1f/p/9b/AAAAAAAAAAAAAAAAAAAAAN//0v/Y/9f/1f/Y/w0ADwAAAAAAAAAAAAAAAAAAAAAAxv/l/8L/6f/U/8D/JQDI/xQA6//y/wAA7f/j/9j/3v8UAO3/7f/w/+//7P/r/+z/9f8SANL/1P/b/9X/6v/g/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/s/+z/7P/s/xQA4f/r/9//6v/l/9v/GgDn/wAAAAAAAAAAAAAAAAAAAADy/+3/7//s/wAA9/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAyP/b/97/3v/j/wAA7f+u/6//CwDF/73/sf/t/x0AEAAAAAAAAAAAAAAA8/8AAOv/7v8AAOz/7v8UAOz/AAAAANP/3f/W/+n/xf8ZAO7/CQAAAAAAAAAAAPn/AAAAAOz/7P/r/+z/7P8UAOz/7P8AAAAAAAAAAAAADwDz/wAAAAAAAAAAAAAAAAAAAAAAAAAA7f/n/+b/5P/m/wgA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMH/+v/p/+v/7P8bANb/6/8IAAAAAAAAAAAA+P8AAAAACgAAAAAAAAAAAPr/AAAAAPP/7/8VAO3/8v/2/+7/6v/t/+//AAAAAAAAEwDx/+//AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAbAOT/5//q/+j/6P/e/+r/FADt/wAAAAAAAO7/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/6/8r/6f/U/xsAxv/k/wAAAAAAAAAAAAAAAAAAAADU/wAAv//D/yoAt//C/6r/AAAAAAAAAAAAAAAAAAAAAN//DgD1/+X/7P8QAM7/2/8fAOD/4v/q/+j/5f/Z/+r/2P+w/5r/CAC//xgA5f+L/xUA7P/s/+z/7P/s/+b/7P8RAPT/AAAAAAAA9f/z/wAAEgDy//v/AAAAAPP/8v8AAN3/1P/S/7//0P8QAAAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAzP/X/93/1//O/+H/1v/l/+v/9P8UAAAAEgDs/9n/AAAAAAAAAAAAAAAAAAAAALj/z//N/7r/x/8eALr/CADa/9n/7f/c/+b/OADZ/8n/v/8SANT/5P/q/8b/AAD3/+z/7P/t/+z/7f/s/xQA7f/v/wAAAAAAAAAAAAASAAAA7P/s/xQA7P/s/+z/7P/s/+z/6f/0/+v/7f8UAOz/7f/i/wAAzv/e/9T/+f/u/7L/2v/e/+L/8/8AAOP/JwAAAAAA0f8UAOv/8f/p/+z/7P8AAAAAAAAAAAAAAAAAAAcA5v8eAOf/5P/h/97/4f/i/9b/9//6/+P/EwCy/+L/4f/V/8j/1P/K/9X/AAAJAMf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xMAvf/T/8v/9P+v/9j/AAAAAAAAAAAAAAAAAAAAANj/3f/k/+v/AADp/wcA2f/h/+z/5v8AAPr/BgAAAOr/AAAUAAAAAAAAAPf/7P8AAPn/EwAAAPT/AAD0/wAA7v8AAMf/r/+6/8L/5/8fANX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//U/6n/CgCl/+v/zv/0/wAAAAAAAAAAAAAAAAAAAADV/+b/xf/j/9//JADd/9n/KADZ//f/4f/q/9j/2P/i/yMAuv8AALD/0f/f/+X/y/8AAAAAAAAAAAAAAAAAAAAA+v/b/8T/xP/X/xIAyf8AAOz/8//t/+7/7//s/xQA7P8UAO3/9P/s/+v/7P/0//H/FADs//v/+f8AAO3/7v/7/9P/2f/q/+L/7P/d/y4A4f8UAO3/7P/6//r/8//s//r/DwAAAAAAAAAAAAAA+f8AAA4AAAAAAAAAAAAAAPr/AADm/+z/yv8VAOz/6v/s/+v/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/1v/R/+z/2P8RANr/9f/s/+z/FADs/+z/7P/s/+z/6//r/+z/7P8VAOr/7P/r/8n/0f8AANf/2f/V/9v/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//L/7P8AAOz/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+//7f/t/+z/8P/R/8r/0//G/8L/xP8bABQA5P/o/+H/3v/c/9//HwDZ//r/zv/R/9H/0v/m/w0A9v/r/+z/8P/r/+3/7P8UAOz/7P8AAAAAAAAAABQAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAOf/3f/W/+P/5//m/+n/9/8AAPX/5v/4/+b/AAAbAOz/7P/0/+z/7/8UAOz/7P/s/+//AADx//L/6//v/xUA+v8AAAAA+f/1/wAA6f8SALP/zv+g/9H/DQAPAA4A5v8SANj/5v/s/+7/2P/o/wAAFwDv//D/+v/0/+n/6v/5/wAA6//4//r/AAAAANf/7P/t/+z/7v/s/+z/7P/x/xQA7P8UAO3/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAKAAAA0P/c/wAA9//I/7v/t/8RAN//zv/i/+z/1P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA2P/o/9//7P/p/+f/3v8AAAAAAAAAAAAAAAAAAAAA3P+l/5X/HgDH/xcAsf/F//P/7P/t/+z/FADs/+r/7P/h/9r/5//k/+D/4/8hAN7/AAAAAAAAAAAAAAAAAAAAAOn/6v/d/+f/6/8XAOv/5/8AAAAAAAAAAAAAAAAAAAAA7P/q//D/7P/t/+v/FADv/+7/FADs/+v/7f/r/+z/7v8AAAAAAAAAAAAAAAAAAAAA7v8UAOz/6//t/+v/7P/u/+z/7f/1/+z/7f/s/+z/FADN/9//t//b/73/DQCO/woAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/+z/7P/q/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//L/AADw/xQA3f/s/wAAAAAAAAAAFADs//H/2v8gAOb/5v/p/+f/5v/q/+r/6v/4/+7/+f/p/xcA9v8aAPv/1P/T/+T/DwCx/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+3/7//s/wAA9/8UAOz/AAAAAAAAAAAAAAAAAAAAAOj/rf8NAPP/3P/p/7X/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+v/4//m/wAA6v/f/xgA4v/t/+v/7v/p/+b/5f/s/ywA3//i/9L/1f/S/+D/FADs//j/7v8AAOz/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//Y/+z/xP/o/w0Axv8AAAAAAAD7/wAAAAAJAAAAAAASAPL/+/8AAAAA8//y/wAAxv/l/8H/xP+x/9D/GQAAAOT/KwD4/+3/AAD4/+z/6v/o/+P/6v/r/+n/6f8YAOn/1//n/9//6v/n/xEAzv8KANT/4f/Z/9v/2P/U/yoA1/+8/z4AqP/K/8z/1P/E/9b/1//g/+H/3//f/9n/JQDc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/+v/oP/D/+3/1v8AAAAA0f/I/wAAwP/S/8T/EgDr/xQA8P/t/+z/AADs/+z/+//r/9D/5f/5/+n/5v/0/8L/AAAAAAAAAAAAAAAAAAAAAPT/7//v//D/AAD4/xMA8//n/xgAAADo/+j/5//p/+f/AADQ/+L/2P/b/+P/BwDH/+z/7P/s/+z/7P8UAOz/7P8AAMf/0/+2/+f/9P/i/xQAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/s/+z/7P8UANj/6//s/+7/9//c/ycA2f/r/97/6//Y/+D/+v8AAO7/AAAAAAAAAAAAAAAAAAAAABUA6//o/+z/7//r/+z/7P/Y/9f/6v/Y/+T/AAAAANv/7f/z/+//7f/t/xUA8P/r/wAAyf/l/8b/FADT//f/3f8AAOD/yv/B/4P/2v/o//H/AAAAAOz/3P/Z/+P/2P/Z/+T/GgDo/+//6f/x/+P/6v8UAO//AAD0//H/7v/t/+3/1/8AAND/tP/K/+D/9//z/wAAAAAAAAAAAAAAAAAAAAAGAOj/6f/a//H/6P/h/xMAAAAAAAAAAAAAAAAAAAAAAAAA5P/d/9X/2//L/yUA1v8UAOz/7P/s/+z/7P/s/+z/7P/q/xQA5//x/+z/7P/s/+z/6//s/x4A7f/g/9j/6v/s/+7/+P/s/+7/6//s/xQAmf/X/7z/v/8xAPb/rf8AAAAAAAAAAAAAAAAAAAAAAADr/xUA8P/u/+3/7P/r/+z/uv8gALH/1v8AANH/9v/a/wAAAAAAAAAAAAAAAAAAAAAaANL/2//l/wAA5//h/9n/GwD7/wAA+f8RAAAA5f/m//P/7/8VAO3/8v/2/+7/6v8AAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/q/+z/FQDr/+j/6v/v//D/9v8YAOr/6v8AAAAAAAAAAAAAAAAAAAAAqf+7/+j/BgAAAMP/AADi/wAAAAAAAAAAAAAAAAAAAADV/8b/6/+y/7z/JADJ/9b/uv+9/+n/x//C/yoAqP/d/+3/9f8AAPP/AAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAA8f/s/+3/9P/z/+z/FADu//j/EgDf/+r/3P/C/wAAyP/s//r/AAAAAAAA8f8VAAAA6//3/wAAAAAAABUAAADx/+r/4v/q/+T/HwDm/+T/2//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xoA+P/u/+b/5P/l/+j/AAAAAAAAAAAAAAAAAAAAACAA8P8AAAAAAADk/93/AAAXAOj/7P/p/+r/6v/m/+r/6f/X/+v/6//r/+j/KQDu/9n/DQDp/9v/6v/a/wAA6v8PAND/nv8SAMH/4v/e/8D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+P/5//p/+z/FAAYANX/AADk//D/5P/p/9b/AADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//3/wAAAAAAABUAAADx/7X/DADV/8T/wP/4/+r/v//B/y8A0P/i/7r/AAC5/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgDW/7n/2f/r/xIA2P/F/+z/8P/s/+7/AAAUAOz/7v8AAAAAAAAAAAAAAAAAAAAA5//l/+r/6P/r/+P/FwDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/wAAFAAAAOz/6//s/+f/6//r/xYA6//o//L/FAD5//H/9//s/+z/7//s/xQA7f/x/+3/7v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/y0AAADn/+H/4//U/+b/AAAAAAAAAAAAAAAAAAAAAOL/1f/w/ysA7P/l/+X/7f8AAAAAAAAAAAAAAAAAAAAA7P/t//P/7f8UAOz/7f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P8UAOz/7P/u/+v/FAD4/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/HAAAAAAAAAAAAPX/5P/n/wAAAAAAAAAAAAAAAAAAAADl/+P/4//l/+D/3P/j/xsA5v/m/9b/3v/j/wAAFADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAQAAAAAAD2/x8AAAAAAAAA9v/i/wAA7v/s/xQA7f/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADn/+D/1//b/+f/6f8YAN3/7P/s/+3/7P/t/xQA7P/s/+z/7P/u/xQA8v/s/+z/7P/n/+r/7v/P/+H/5v8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9P/7//g/wAA6f/m/wAA7P/s/+z/7P/s/xQA7P/r/wAAAAAAAAAAAAAAAAAAAADo/+n/6//q/+z/FQDr/+v/4P/d/9T/5f/s/y0A4P/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDt/+3/8P/u/+3/6//0/+//7P/0/+3/FADs/wAA7f8AAAAAAAAAAAAAAAAAAAAA7f/s/+7/7P/s/+z/8f8UABAAx//R/8T/6v8PANT/5P/K/9P/6P/i/9H/AAC+/xgA7P8UAOv/7P/s/+z/6v/s/+z/FADr/+z/7P/s/+r/7P/u/wAA7v/u//j/FQD6/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE//f/zP/o/9f/4v/j/+b/y//7/8j/wv/N/wAA5P/m/+z/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5f/j/+T/5f/W/93/4/8bAAAA2P/m/+v/7f8SAOz/6f/1/wAA7f8AAAAAJADu/wAA7P/s/xUA7f/s/+7/6//s/8H/FgDp/wAAw//S/6//2P8AAAAAAAAAAAAAAAAAAAAA4v/g/+b/2P/1/wAA5/8AAOz/7P/3//D/7//s/+z/FADP//T/0v/b/8H/yv8qANr/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2P8AABQA5v/x/9n/6P/s/xQA7/8AAAAA+v/s/+z/8f8AAAAAAAAAAAAAAAAAAAAA2//a/wAA2P/Z/wAA2P/d/wAAAAAAAAAAAAAAAAAAAADT/8//LwDQ/9X/xf/Y/8z/9P/v//j/9/8UAO//7P/s/wAAAAAAAAAAAAAAAAAAAAAMAND/zv/Q/9//5f8HAMv/JQD3//j/AAAAAAAA5P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/t/xQA7P/s/+v/zv/o/9j/6f/l/xsA4f/j//j/6v8AAAAAAAD7/yIAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADY/+D/8//u/+z/2v8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/0v8dAOb/9//c/+P/6v/W/9n/4//Y/9X/2v8uANH/5f/1/+T/+v8AABMA+f/r/wAAAAAAAAAAAAAAAAAAAADt/+//AAAAAAAAEwDx/+//2f8eAOz/7P/s/97/4P/s/9T/5P/l/+f/6v/p/x0A5P/p/+v/6v/s/+v/6/8VAOr/AAAAAAAAAAAAAAAAAAAAAO3/7P/y/+v/7f/s/xQA7f8AAAAAAAAAAAAADwD5/wAAAAAAAAAAAAAAAAAAAAAAALP/rP8XALr/wf8YAMn/2P/c/9X/yv/S/97/DwALAOH/AAAAAAAAAAAAAAAAAAAAAMP/8/+5/9//4v/4/7P/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA1//s/+z/7P/s/+z/6f/s//D/7P/u/wAAFADs/+7/AAAAAAAAAAAAAAAAAAAAAOz/7v/y/+7/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAA6/8WAPj/+P/s//L/6v8AANn/6v/d/+r/7P/k/+v/JgAMAAAAAAAAAAAAAAD1/wAA6f/i/9D/5f8aAOf/3v/n/+v/5P/p/+r/6//q/xoA6/8AAAYAwP8LANT/vP/q/8f/6//r/+r/6//s/xYA6//q/+D/4//Z//b/6f8HAKz/9P8AAAAAAAAAAAAAAAAAAAAAJwDC//X/4v/6/9n/+v/q/wAA7f8AAPP/AAARAOr/+v/s/+L/3P/s/wAA2f8aAO//AAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD5/wAAAADs/+7/+v/t/wAA9v8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/4//r/+n/AAApAOT/1//b/97/3P/l/+j/6//n/xYAAAAAAAAAAAAAAAAAAAAAANr/7//e/+f/6/8ZAN3/5//s/wAA8P/3/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f8UAOz/7P+q/7D/FQC8/9//sf8AAMv/2P/Y/+H/AADp/xMA2P/Y/+v/6//s/wAA6//a/+D/CwAAAAAAAAAAAAAAAAAAAAAA9v8WAPr/AAAAAPr/6v8AABcA6//l/9z/6f/o/+r/6v/q//L/FADs/+z/7P/c/+z/sf8AAK7/7f/K/8v/JwC4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/u/+b/4f/c/ygA5v/Y/+f/7v/1//D/7f8XAOr/6//a/+H/AAD6/wAA9P8oAPb/7f/s//L/7P/u/+z/FQDs/xUA6//o/+z/7//r/+z/7P/H/zkAyf/I/9f/xf/L/87/AAAAAAAAAAAAAAAAAAAAAMz/yf+5/wAA0f8OANH/wv/q/+n/6P/n/+r/FwDZ/+b/zP/5/9P/6f/c/+z/EwDY/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/s/+7/AAAUAOz/7v/Y//f/3P/e/+j/6//a/xYAFADu//n/7P8AAOz/7v/3/wAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/q//f/7P8AAAAA4v8mAO//6/8VAOv/7P/v/+3/7P/t/8//0f+d/+//9f/n/7z/5v8AAAAAAAAAAAAAAAAAAAAAy//f/9n/1/8AABEA1P/Y/+v/FQDZ/+z/6//s/+v/7v/j/+b/GwDm/+T/6v/m/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9X/6f/Z/+r/GwDT/+n/9v/t/wAA+P8UAPn/4v/s/+b/GQD2//X/8P/i/+j/9f/n/wAA7P/v/+//7v8JAOz/6P/o/9j/5f/Z/+v/4v8hAOz/FADs//P/7P/s/+z/7f/Z/9v/3//j/9r/3P8AAAgAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAOz/7//l/xIA4v/Y/+L/1P8AAOL/AAAAAAAAAAAAABAA8//7/+z/6f/s/+v/AADf/+v/FQAmABoA7P8AAOv/2P/N/8//7v/r/+z/7/8AANj/AAAmADoAzf/4//n/+//U/8z/1v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+D/3v/k/+T/4f/a/ywA+v/w/wAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAADs/8v/0v/e/9z/2f8YANX/w/8NAML/0P/0/67/tf8WANj/2//c/+T/2f/r/9n/JQDs/8v/0v/e/9z/2f8YANX/HgDl/+X/3//b/9z/4f/T/+X/GQDv//D/7P/j/+j/+f8AAPD/AADs/wAA+P8UAAAA2v/S/x0A5v/3/9z/4//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//H/AAAAAAAAEwDz//D/AAAAAAAAAAAAAAAAAAAAAPr/7P/x/wAAAAAAAAAAFADo/+j/1v/m/+H/AADf/xMA7f/r/+v/8f/v/+3/FQDt/xMAwP/N/9j/0f/s//b/xv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f8UAOz/7P/s/9T/1v/Y/9z/6v8XANb/2v/m/9z/6f/d/+P/HQDd/xQA7P/z/+z/7//s/+z/7P8AABoA0//t/8r/xf/J/8X/2//W/+X/5f/n/+f/2P8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAOv/7P/q/wAA7f/q/+b/DADY/ykA2v/l/+j/4v/X/+D/AAAAAAAAAAAAAAAAAAAAAOT/6v/Y/xwA5v/i/+z/2P/m/+b/5v/o/+n/GQDn/+b/IQDO/8H/vf+7/6X/6f8bAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P8UAOz/7P/s/wAAAAAAAO7/AAAUAM7/0P8UANf/3v/T/9L/+P8AAAAAAAAAAAAAAAAAAAAA2P/Z/+v/5P/b/+v/5P8nANf/EwDq/9//7P/q/wYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADy/+z/7P/s/+z/7P/q/xYA6f/q/+n/6v/p/+v/AAAAAAAAAAAAAAAAAAAAAOr/6//o/+z/7P/q/xUA7P8AAN//4f/c/+T/FQDY/+3/0P8AANv/1//Y/9f/JwDD/+v/2v/v/+v/AADh/ygA1//p/+j/6P/r/+r/5/8XAOr/7P8UAAAA+f/u//v/7P/Y/9n/6f/s/+r/8v/h/xYAAADs/+z/AAAAAAAAFQAAAOv/3v/q/+j/6v/l/+j/EwAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAA8/8UAAAAo//A/5v/mv/L/8r/AABAAAAA2v/Y/9n/2P/z/8n/AADs/+z/8f/0//b/1//v/ykA2v/T/+D/2v/d/x4A5v/k//H/n/+k/6f/y/8OANj/yf/V/+D/6f/F/9z/LgDT/+P/yv/X/9D/AADb/wUAz//W/9P/3//Q/93/1/8xAND/1v/k/9z/+f/2/+3/JwDd/9r/AAAAAAAAAAAAAAAAAAAAANH/9P8AAPb/AADt/yoAAADq/+n/7f/3/wAA6//r/xYAv/+8/7L/vP/N/wwAy//0/wcA2P/X/9L/2v8PAMP/1v/R/7X/2f/W/9r/GAC7/+v/7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAA5//n/9j/7P/x/+z/GQDq/wAAAAAAAAAAAAAAAAAAAADn/+n/6P/q/9v/0//J/yUAuv+8/9b/zf/V/0MAzv++/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvf/A/xYAwf/P/7b/9//k/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5P8AAOz/3P/r/+j/3f8TAMv/1f/g/8f/2/8XAM3/CADo/wAA7//s/+v/6f/m/wAA9//D/8T/0//O/+L/JQDQ/wkABgDi/+f/3f/u/7n/AADs/+z/7P/s/+z/7P8UAOz/7P/s//n/FQDl/+z/6P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+r/7P/u/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+3/7P8UAO3/1P8tAOX/1f/X/9T/z//W/xYA9v8AAAAAAAAAAO3/AADj/yMA6v/r/+z/2//c//H/5P8iAOz/7f/s/9v/3P/y/+z/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/r//L/6//r/+z/7f8nAO7/7f/7/+v/2P/s/wsA4P/4/97/7f/5/9z/2v/M/9X/2f+8/9f/7f8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/y//L/7P8UAOz/FQDm/+z/7//r/+r/6//r/wAA6v/t//D/+f/s/wkA2f/r/wAA7f/o//H/FADb//L/+f8OANX/z//e/8f/5//j/+z/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+D/0//U/+r/5P8jAMz/5P8AAAAAAAAAAAAAAAAAAAAA6//s/+n/7P/s/+v/FQDr/+H/7P8QAOv/7f/r/wAA6v/x/wAAAAAAAPv/8P8WAPn/7v/s/wAA7P/0/+z/FADq/+7/yf+l/7L/3P/4/8//uf/W/7H/tP+0/9L/8P/Q/xMA7P/r/+z/6//s/+z/6/8UALz/1P/B/7r/PQCz/wAAtP/s/+z/7f/s/+3/7P8UAO3/5f8YAOT/2f/z//P/AADZ//n/3f/p/9X/6P/c/woA2f/H/87/v/8AAL//5/+1/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+//JQDN/8L/9f8FANT/EgAAAAAAAAAAAPH/AAAAABUAAAAAAPn/+v/w/+r/AAAbAPT/AAAAAAAAAADs/wAA7P/s/xQA7P/t/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/KgDW/+L/2P/e/9b/3f8ZAN7/6//r/+z/6P/a/+f/HADz/+r/9//w/+P/7f/u/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAAAAO//6v8AAAAA4f8AAAAAAAAMAOf/+v/a/xUA6v/f/+n/6//Y/8H/6f/h/+7/0f8AAA8A7v/V/+D/yv/Y/wYA+v/X/9v/EwDs/+z/7v/r/wAA2P/p/xkAGgDw/+b/5P/k/+j/9f/u/xQA7f/v/+3/7//w/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/7f8TAAAAAAAAAPD/AADw/+L/IADd/+b/4//n/9//4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAA0//N/9z/4P/h/8r/1f/k/+P/yf+w/+j/6P8AANL/8//v/xUA7f/y//b/7v/q/wAAEQDs/+j/4v/c/wAA1v/r/+z/AADs/wAAFADs/+z/7f/s/+3/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADw/wAAAADs/wAA+P8AAAAAAAAUANn/CQDF/8v/BwDY/8f/yP/s/+z/FQDu//n/7f/r/+3/2v/S/x0A5v/3/9z/4//q/wAAAAAAAAAAAAAAAAAAAADs//H/8P/s/+3/7P/e/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/O/zcA0//R/7//7P/O//D/5//P/8f/8P+z//v/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P/s/+z/FADs/+v/6//s/+z/FADs/+z/2P/s/+T/6v/j/xkA2P/o/wAAAAAAAAAAAAAAAAAAAADm/+z/7f/s/+3/6/8UAO3/5v/s/+3/7P/t/+v/FADt/wAAAAAAAAAAAAAAAAAAAADh/9L/z//D/87/zP8jANL/AAAAAAAAAAAAAAAAAAAAAOX/6P/t/+n/FQDr/+z/5/8VAOz/6v/v//T/7v/r/+3/AAAAAAAAAAAAAAAAAAAAANH/zv/U/9b/2v/Q/zEA0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/Q/8T/y/+r/97/FQDZ/9X/CADO/+X/0v/W/yIAAADV/9L/y//W/8f/9//M/wAAAAAAAAAAAAAAAAAAAADc/9n/3P/n/+z/KADY/8X/7P/y/+z/8v/x/xQA9P/x/wAAAAAAAAAAAAAAAAAAAADZ/+z/7P/s/+f/7//I/xYA7P8UAO7/7P/s/+z/8//s/7v/1/83ANH/x//G/9r/u//U/5n/r/+v/73/IgDv/+D/y//C/9D/1v/h/wAA1v8TAAAAAAAAAAAAAAAQAPP/+//s/+j/7//u/+z/FQDn/+z/AADq/9P/7P/2/wAA7P/s/xsA6f8AAPj/JADq/9f/8v/l/+z/FADs/9j/4f/s/wAA7f/0/+7/AAAAAAAAFADu/+v/AADx/+7/7P/s/+j/FAAAAAAAAAAAAAAAAAAAAAAA6/8VAO3/7P/s/+r/6f/t/wAAAAAAAAAAAAAAAAAAAAAVAOP/8P/1//f/6/8AAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAAAAAAAAAAIgDf//r/1P8aAKH/yv+9/77/FQDC/wAAAAAAAAAAAAAAAAAAAADd/wgA6/8AAO3/AADZ/9//7P/t/+7/7P/t/xQA6//s/+z/7P/t/+z/6//s/+z/FADa/+b/8//j//j/5P8fAO//AADY/+v/5v/h/+H/AADq/8H/t/+o/8H/DQDa/+T/HgDk/+f/7P/s/+z/6/8ZAOz/AADY/+v/5v/h/+H/AADq/+7/7//0//T/8P8UAPD/7f/Y/+j/6v/g/+T/GwDo/+b/5v8AAPj/7v/s/+z/2/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/EwDe/9j/6f8AANj/2P/5//T/FADt/xMA4f/u/+v/AAAAAAAAAAAAAAAAAAAAAOn/IgDZ/9z/2P/q/9z/3P8IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//L/7P/u/+z/7v/w/+7/9/8UAO3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA6/8AAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAPL/8P8AAOz/IQD6//f/7v/v/9r/+f/2/xQA6f/s/+//7//s//b/1v8PAOf/AAD2/87/9P/n/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs//P/7P/v/+z/7P/s/9f/0P8nAOD/1f/S/9b/4P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+7/+v/t/wAA9v8UAO7/0/8hAL//xf/X/+H/1/8AAAAAAAAAAAAAAAAAAAAAAADE/8X/7P/P/9D/HgC+//H/4f/q/wAAFQAAAOz/7P/5/+z/7f/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7f/1//b/7//v/+//FAD0/+3/6//r//H/7//t/xUA7f/U/+v/z//i/9n/KADE/8n/AAAAAAAAAAAAAAAAAAAAAPP/5P/e/+v/6v8RAN//4//W/+P/0P/j/+D/JgDf/9f/w//I/8P/4v/N/zYA3f/G/wAACgDU/wAA2//V/8j/wP/Y/+b/5v/m/wAA5v8ZANr/7P/s/+//8//y/+3/FADs/9f/4f/I/77/1v8cAAAAzP8TAOT/3f/Y/+b/8v/n/+b/2f/o/9P/0P/U/9X/yf82ANT/FwDW/+H/6P/X/+r/6v8AAAAAAAAAAAAAAAAAAAAA+v8hANP/xv/P/7//1//W/wAAAAAAAAAAAAAAAAAAAADu/+3/8P8UAO//7P/q/+T/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/g/+n/2f/r/+H/CgDk/wAA5v/k/+X/6f/p/+f/GgDn/97/wf/U/+r/4P/P/zcA3//q//f/7P8AAAAA4v8mAO//9v/3/+//AAAAAAAAEwD3/+r/6//q/+v/7P/r/xUA7P8AAAAAAAAAAAAAAAAAAAAA5P8iANz/3//p/+j/2P/j/+z/7P8AAAAAAADu/wAAFADs/wAA7//0/wAAFADs/+z/LwC9/+T/6//P/9//zP+L/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//n/8f/z/+z/7/8UAPD/2v/d/7//6v8MALP/9v8ZAPT/9v8AAAAA6v/z/wAAAAAAAAAAAAAAAAAAAAAAANj/2v/0/+n/DwDp/9n/AAD0/+//+P/3/xQA7//s/+z/AAAAAAAAAAAAAAAABQAAAAAA5P/T/+j/9f8AAN//3//L/wAA2//q/9f/6P/u/wkA7P/o/+r/4f/r/+f/7P8YABQA7P/u/+z/7P/s/+z/7P8UAOz/AAD4//j/7v/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/t//H/7f/t/+z/7P/s/wAA9P/0/+z/7v/t/xQAAAAAAAAAAAAAAAAAAAAAALz/6//W/9X/1P/j/yYA0f/7//D/8f/b/wAAAAArAAAA5P/Y//r/7P/2/+z/2P8VAOr/AAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAA9P+//8P/4v/Y/6r/9P8jABQA8P/0//r/AADx//r/+v/s/+z/7P/s/+z/7P/s/xQA9P/m/ycA2v/1/+D/5P/i/+P/DwDk/+n/4P/f/9v/AAAAAAAAAAAAAAAAAAAAAAAA3f/o/+z/6/8bAOX/3v/q/wAA9f8AAAAAFAD4/wAA7P/p/+//6//r/xUA6f/h/+v/AAAAAAAAAAAAAAAAAAAAAOL/2v/J/9j/2f/Y/9j/KADr/wAA5f/e/+n/2P8LAN7/AAAAAAAAAAAAAAAAAAAAAAkAFQDC/wAAyf/b/7n/2P8AAAAAAAAAAAAAAAAAAAAA7P8UAO//7P/2/+3/7P/u/xkAxP/b/8P/xf/T/9z/xv/u/yoA9v/5//v/9P/d//n/GQDh/+z/8v/s/+r/5//k/+//FgAAAAAAAADt/+H/AAAAAAAAAAAAAAAAAAAAAAAA9/8UAAAA7f/y/+3/7P8AAOv/7f/6//D/8P/r/+//FQDZ/xIA7f/p/+v/EQDm/9T/yv/F/8v/vf/f/73/QwDV/+z/7//z/+7/7v/q/xUA6//x/wAAAAAAAPv/8P8WAPn/7/8AAAAAAAAAAO7/EwAAANf/FQDs/+3/7f/s/+v/7/8AAAAAAAAAAAAAAAAAAAAA6//r/+r/7P/s/+v/FQDr/9f/8v/q/97/IwDf/9z/3v8AAAAAAAAAAAAAAAAAAAAA4v8HAA8A6v/r/97/4f/m/wAAAAAAAAAAAAAAAAAAAADp/xoA3f/n/+j/6f/k/+j/7P/t//D/8P/y/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/5//s/+b/CwDV/+r/yP/2//P/CQDE/+z/7P/s/+z/7P/s/+v/FADs/+3/7P/w/wAA7P8UAPX/7f/r/+v/8f/v/+3/FQDt/+z/FADu/+3/7v/s/+z/7P/s/xQA7P/s/+z/7P/r/+z/7P/m//H/4v8AABQA7P/s/9n/8P/g/+r/2//g/xIA6f8UAAAA9//z/wAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAPr/CQAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADu/+z/7P/s//H/7P/s//v/+f/3/wAA7P8VAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/t/+z/7P8VAO//6/8UAOz/8//s/+//7P/s/+z/FAD3/9j/rP/j/87/6P+m/+3/7P/y/+v/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAPwDM/83/u//G/8r/v/+7/wAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAx//6/9f/1v/Y//f/5//L/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANgDF/8z/0f/c/8H/y//L//n/AAAAAAAAAAD7/wwAAADW/+v/+v/s/+n/IgDY/wAA+/+4/9T/6f/O/xYAvv/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/6v/s/+z/6/8VAOz/7P/3/wAAAAAAAO7/FgD5/+v/6//s/+z/7f/s/xQA7P/4/wAAAAD2//L/7P/x/xQA6f8pAPb/7f8AAPb/7f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2f/a/9n/3f8oANj/2f8AAAAAAAAAAAAAAAAAAAsAPwDh/7n/1f+7/wAA6P+v/+H/7f/o/+r/xP8UAOv/7P/r/9P/6P/n/x4A0//5/9T/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/wAA7P/i/9X/8P8rAOz/5f/l/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+L/9f/s//T/5f/4/ygAAAAAAAAAAAAAAAAAAAAAAOv/AADb/+v/3P/q/9z/FAAAAAcAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAOz/2f/s/+3/7/8VAOv/7P/5/83/2P/G/9//AADx//D/6v/q/+j/6f/r//P/DQDq/wAAAAAAAAAAAAAAAAAAAADj/+H/5//n/+b/3P/i/xwAAAAAAAAAAAAAAAAAAAAAAOr/FgDw/+v/+P/w//j/6/8AAAAAAAAAAAAAAAAAAAAAFgDc/+j/3P/o/9b/+//n/9f/6//q/+v/HwDc/+n/+P/s/wAA9P/0/+z/7v/t/xQA2P/s/+z/7P8jAN3/6//Z//n/9//4//j/AAD0/xoA+//S/9T/3P8kAOH/0f/h/9j/7//y/wAA+P8AABAA9P8AAMz/SABk/8P/w/+r/+f/Yf/t/xYA7f/s/+r/7P/r/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8cAM//7P/n/+7/3//q/wAAAAAAAAAAAAAAAAAAAADq/xYA6//r/+v/6//r/+v/6P8YANf/5P/e/+v/6P/r/wAAAAAAAAAAAAAAAAAAAADq/xYA6//s/+z/6//p/+j/AAAAAAAAAAAAAAAAAAAAAOj/GADm/+r/6P/p/+f/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA8v/w/+z/7f/s//P/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADh/x4A6//h/+j/1v/m/+n/AAAAAAAAAAAAAAAAAAAAAOr/FwDr/+r/6v/p/+n/6v8AAAAAAAAAAAAAAAAAAAAA7/8UAPL/8P/s/+3/7P/z/wAAAAAAAAAAAAAAAAAAAADq/+r/FgDq/+v/6f/q/+v/7f8VANv/7f/t/+3/6//y/wAAAAAAAAAAAAAAAAAAAACp/2wApv/L/6v/sP+p/6z/EwDv/wAAAAAAAO3/7/8AAOz/FADt/+z/7P/s/+z/7P/s/+7/7P/u/+7/7v8UAOz/EwAAAOj/2//s/9j/6//q/wAAAAAAAAAAAAAAAAAAAADN/7v/zf/L/9D/3/81AMn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOr/8v/5/+7/6//r/+r/6//s/+3/7P/s/+r/6/8VAMP/9P/4/+L/KADe/8P/tP/s/+n/9P/r/+3/FADs/+3/rv/U//j/AAC4/xEAxf/X/7X/zf+7/w0AHQDC/63/9P8NAPr/AAAAAAAAAAAAAPj/6f8UAO//5//x//P/1//p/wAAAAAAAAAAAAAAAAAAAADY/x8A3P/W/+b/4f/F/9X/2P8AAOH/2v/x/wAA1v/b/wAAAAAAAAAAAAAQAPP/+//i/9L/0P+3/6//3P8oAOn/4v8PANj/4f/b/9n/9//x/wAA+v8AAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAPT/8v/0/wAABQAAAOP/5v8aAOn/6v/q/+P/5f/t/+z/9v/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANP/GADb/+n/zv/s/9P/y/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAA2v/a/9H/5f8oAKn/xP/7/7T/yf/W/97/NwDH/8H/AAAAAAAAAAAAAAAAAAAAAAAA6P/r/7D/zv80AND/wf/K/wAA9f8AAAAAFAD4/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AADs//b/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi//f/5v/Z/9z/1f8QANv/wf/2/8H/xP/J/+j/z/8PAND/8f+0/87/2f/W/8z/8f/c/+j/7P/Y//H/IgDg/+X/AAAAAAAAAAAAAAAAAAAAAEUAvf/G/8X/wv+3/7z/wP8AAAAAAAAAAAAAAAAAAAAAyP/W/wAAz//W/wAA0v8AAAwA0f/L/+D/DQDR//T/0//j/+z/7v/s/xQA7P/s/+z/8v/r/+z/6//s/+n/FADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAAAABcA7P8AANv/1/8AAN7/DADC/wAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAO3/+v8AAAAA7//t/+3/vP/0/8v/xf/c/87/AAAAAOP/6//s/+r/6//U/yAA6v/t/xMAAADt//X/AADc/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/m/+T/5f/o/9X/HQDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//3/wAAAAAAABUAAADx/+//8/8AAOz/AADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A+f8AAOv/4P8AAAAA9f/b/9//FAD6/wkAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/6v/s/wAA5//Y/+v/7P8TANj/9//r/+7/AADs/+7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAOv/6P/o/+v/6v/s/xgA6P/0/+//7//w/wAA+P8TAPP/6/8VAPD/7v/t/+z/6//s//H/6v/7/+n/+P/X/+v/GgDL//f/EwDp/9X/0/8KAOn/6P8YAOb/6v/o/+n/5//m/wAA9/8AAPf/AAD3/wAAEADc/xEA2//k/9//5f/y/9//7P/t/+z/7f/t/+3/FADs/+z/7P/t/+3/7P8UAOz/7P8AAPH/q//Z/9r/AADr/+j/7f/s/+7/7P/s/+z/8f8UAAAAAAAAAAAAAAAAAAAAAADh//T/AAAAAAAA5/8fAAAA7P8UAOz/7P/s/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAVAAAAAADt/+z/6v/t/+z/7P/s/+z/7v/u/+z/FADs/9j/AADr//D/6v/e/wAA5//W/+j/1f/Y/9r/HADY/wAAQADl/5n/wP+c/6j/+v+i/xUA3P/h/+z/6f8UAOv/1f8GANX/4//q/+n/3P8AAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD/8X/pP/o/9v/2P8AABUA2P/m//r/2/8AACcA4f/4/+z/AAAAAAAAAAAUAOz/8v/Z/+v/7P/s/+3/KADs/9n/7P/s/+3/7P/s/xQA7P/s/+7/7v8UAOz/8f/s/+z/7/8UAAAA9//z/wAAAADs/wAAAAAAAAAAAAAAAAAAAAAAABEA2v/q/+r/6//J/+f/AADs/+z/8//u/+7/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAOD/3v/T/93/x//0/+v/AAAAAAAAAAAAAAAAAAAAANj/3f+1/9H/0v8AAM3/FwDs/+z/7//w//D/7P/s/xQA1v/I/9n/4v/t/9P/wf83ACwAw//N/8n/5f/P/+H/zP/v/xoA6//r/wAA8P/s/+z/7P/r/+z/7P/s/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAApAOb/1f/V/+P/1v/i/+j/SQCr/5n/ov+p/5f/0f++/+z/7v/r/xQA+P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDb/+b/4P/p/+v/6v8RAMv/rP+6/6r/uP/0/w8A7P/s/+3/7P/t/+z/FADt/+r/6f/k/+r/6//r/xcA6f/u/+3/8P8UAO//7P/q/+T/+f8UAOz/7P/t//H/7P/w/+n/5//q/+v/6P/o/xcA5/+r/0gAzv/H/93/zP/H/8f/AAARAAAA+f8AAPn/AADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/s/+z/7P8UAAgA1//B//f/r//Q/wAA3P/r/+z/3v8dAOz/7P/c/9//4v/V/9//3//c/87/IgDT/9X/3P/h/+b/2//f/ykAyf8AAAAAAAAAAAAAAAAAAAAA7f/s/wAA7P/7/+z/FAD2/+j/7P/z/+r/7f/s/+z/FADq/+r/8P/v/+3/7P8WAPn/AADw/wAA7P8AAPj/FAAAADsA2P/m/9X/5P/c/83/3//h/wsA7P/L/9n/5P8IANv/3P/m/+L/6f/o/x4A3f/i/+z/7P/s/+z/7v/s/xQA7P8AAMv/6P/m/97/3v8AAOv/EQDI/8n/2P/R/wAAxf/R/9j/FADs/9j/6P/Y/+X/AAAAAAAAAAAAAAAAAAAAAAAAAACz/7X/rv/P/8v/GADO/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/AADd/+j/2v8OAPH/2f/f/+j/r/+v/7j/DQDb/57/7P/s/9b/1P/U/xkA2v/s/+r/+v/r/+v/7P8UAOf/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAALAOz/7P/t/+z/7P/s/+z/FADY/ykA3P/b/9n/1//X/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/AADm/+v/2f8IANj/AAAAAAAAAAAAAAAAAAAAAOb/zP/7/wAAAADm/93/KwDl/+v/FADs/+z/6//a/wUA5v/M//v/AAAAAOb/3f8rAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAkP/o/4r/1/+2/wAAHAC///b/0//d/8z/yf+2/ycA7/8MAAAAAADS/+H/0//p/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/4//x/+T/7//g/+f/AAAAAAAAAAAAAAAAAAAAAAAAAADS/9v/2P/Y/xwAzP8bAAAA+//3/wAAAADl/wAAAAAAAAAAAAAAAAAAAAAAAAYA6//S/+r/1/8AAOr/BgDt/xYA7f/s/+r/7P/r/+j/zf/n/7X/EwC+/+T/6P8AAOr/6//t/+v/7P/q/xYA7/8AAAAAAAAAAAAAAAAAAAAAAADP/+r/7f/t/9f/+f/q/9r/8P/x/+j/9f/2/+b/FAD1//v/AAAAAAAAEgAAAPD/AAAAAAAAAAAAAAAAAAAAALT/5f8AAAAAy/8HALD/5//Y/8v/4P/Z/93/HADV/+v/2//F/9v/5f/Y/+n/8/8AAAAAAAAAAAAAAAAAAAAAAADr/+L/7P/o/+D/FgDr/+v/AAAAAAAAAAAAAAAAAAAAAO3/7v8AAPj/9/8UAO7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/7P8TAOz/xv/4/9n/AAAAAAAAAAAAAAAAAAAAAOj/2f/u/+T/6/8UAAAA2P/r/xUA7f/s/+z/6f/o/+//MwDY/7//uf/F/6//AAC3/xMAAADZ/9H/2f/U/+D/3v/c/7z/0v+s/9L/wP8kAAAAAAAAAAAAAAAAAAAAAAAAABsAj/+//7z/o/+L/wAAm/8UAOz/7P/s//D/7P/s/+v/FADs//P/7P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADm/+n/7P/r/+z/6f8XAOv/9P/v/+//8P8AAPj/EwDz/+7/8f/t/xQA+P/v/+z/7P8oANn/3//x//D/3f/Y//f/AAAAAAAAAAAAAAAAAAAAAAAA8P8AAPf/AAD3/wAA6v8UAOz/7P/s/+z/7P/s/+z/AADs/wAAAAAAAAAA8v8UAOz/7v/y//j/8v8UAOz/8/8AAAAAAAAAAAAAAAAAAAAA2P/q/+H/7P/x/+b/2v8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/h/+//7v/s/xcA3v/s/+L/6v8XAOj/5v/i/+n/5v/s/wAA9P/0/+j/7v/t/xUAvP/V/7H/1f+m/xUA3P+7/+r/6f/g/8f/5P8AAAYA9v/Z/+r/AADY/9j/EgDd/9j/1//d/+L/4v/i/+H/FgDr/+z/7P/t/+z/7P/s/xQA7P/S/+T/6f/L/9//4v8bAOz/AADr/+b/7P/o/+v/AADc/+z/7P8UAOz/7P/s/+z/7P/f/xcA7P/r/+z/6//p/+z/8v8AAPD/7v/t/xQA7v/s/9n/EgDt/+n/6/8RAOb/1P8TANr/8P/q/+v/7//i/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADu//v/AAAAAPf/2f8AAOH/2P/f/93/3//i/yEA4f/s/+z/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABcA+f8AAAAAAAD6/+//AAAUAOz/8//s/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/AADt/+z/7P+6/7v/QgDJ/7v/wf/P/7j/wP/T/0UAt//T/9L/yf+z/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAvv/q/wgA5v/Q/9L/8v/o/wAAAAAAAAAA7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAA8v/s//n/7f8UAO7/7f/0/xMAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAA1v8UAMP/4//W/9n/+v/X/9b/5P/g/+n/2P/Y/yQA3v+n//v/7//D/9v/yf8AAPj/9v/N/8L/2v/D/9f/KADY/+D/CgCk/6j/v/8AANb/3//s/wAA+v/5/wAAFADx//b/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADH/8//wP+5/9j/xv/k/y4AEQDs/+//7P/s/9b/DADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAD4/wAA7P/z/wAAAAAAAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/n/9//6f/n/+7/2P8ZAOH/AAAAAN//EQDH//L/1P8vAND/5P/V/+//1v/V/+L/2//j//P/4/8MAAAA6f/Z/wAAAAAAAAAAAAAAAAAAAADq/+X/AADs/+v/7f/Y/xEA1P8jANL/2//a/83/7P/h/9b/0v/N/+T/1v8HAN7/AADd/wUAv//o/9j/AADg/8n/4f/d/+n/AAAAAPH/IAAAANb/4f/f/+b/6f/L/yMA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAD6//f/AADX/wAAJwAYAAAA+v/2/wAA9P/q//f/7P/s/+z/7P/s/xQA7P/s/+L/6v/t/9z/7P/n/wUAEwAAAAAAAAAAAAAAAAAAAAAA7f8nAO7/7f/7/+v/2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/S//X/6P/M/9f/qv8fAMv/sv/c/8j/BgDo/73/CQDY/+D/3/8MAAAA+P/c/9//7P/p//T/6//t/xQA7P/t/97/7P/k/+r/8f/r/x8A5v/a/wkA4f/p/+v/8f8AAOz/4v/B/7v/4//O/wAA7P/f/wAAAAAAAAAAAAAAAAAAAADl/+P/5f/l/+H/3P/j/xsA7f/0/+7/AAAAAAAAFADu/wAAAAAAAAAAAAAAAAAAAADs/xQA6f/s/+3/7v/s/+z/1f/j/xEA9P/b/83/wf8UAOz/FADr/+z/7P/s/+z/7P/s/xQA6//s/+z/7P/s/+z/7/8WAO3/5f/o/+r/6f/l/+X/vf+t/7j/tP/y/y0Auv/t/+z/FADt/+//7P/s/+z/FwDo/+z/6f/q/+r/5v/q/+z/7P/s/+z/7P/s/+z/FADj/9v/2f/T/9T/2v8AABcAAAAAAAAAAAAAAAAAAAAAAOz/5P/s/+v/6//o/wsAAAAAAAAAAAAAAAAAAAAAAAAAx//f/+r/6//s/xEAFgDl/+L/7P8AABUA7f/l/+z/7P/Q/y8A3P/U/9X/0v/R/9X/KAD6/wAAAAAAAO7/6/8AAOz/7P/t/+z/7P/s/+z/FAAVAAAApf+4/9H/uf+5/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/t/+3/7P/t/xQA2/8AAOn/2//u/ygA5P/n/+r/FQDr/+v/6//r/+v/6v/s/+z/7f/v/+z/8f/v/xQA3f/I/9r/2f/Y/wAA2P8AABQA7P/t//H/7f/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAxP/b/87/2f/V/9T/y/8AANn/2f/s/9j/CADa/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7P/s//X/7P/s/xQA6P/b/xQA2v/3/9r/AADX/wAAAAAAAAAAAAAAAAAAAAAAAOT/1//u/8r/IQDL/8f/EwAAAAAAAAAAAO3/AAAAAOP/4//M//j/y//z/wAAw/8AAAAAAAAAAAAAAAAAAAAA3v/X/+j/+v/s/x0A1f/e/w0A+v8AAAAAAAAAAAAA+P/6/yQA3v/k/wAA4P/e//H/1//S/+j/7P/r/7H/QwDf/wAAzP/S/8z/wf/R/wAACADO/9L/0v/m/97/CwDH/xUAEQDX/8j/2P8AAO//1P/Z/7r/FwDL/9j/wf/5//f/zv8gAOn/5v/l/+v/6f/U/+z/AAAAAAAAAAAAAAAAAAAAAAAAKQAAAAAAAAAAANX/AAAAAPD/AADs/wAA+P8UAAAA'
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
        regex: /\baudit\b|\bvuln|\bsecurity\b|\bsnyk\b|\btrivy\b|\bgrype\b|\bosv-scanner\b|\bsafety (?:check|scan)\b|\bbandit\b|\bgosec\b|\bgovulncheck\b|\bdependency-check\b|\bcargo[- ]deny check (?:advisories|bans)|\bretire\b|\bsemgrep\b|\bcodeql\b|\bbrakeman\b|\bgitleaks\b|\btrufflehog\b|\bcheckov\b|\btfsec\b|\bsast\b|\banchore\b|\bscout\b|\bxray\b|\bnancy\b|\bosv\b|\bdependency-review\b|\bsecretlint\b|\bdetect-secrets\b|\bggshield\b|\bsecrets? ?scan/i,
        points: 20
    },
    {
        pattern: 'PAT-007',
        regex: /\blint|\bfmt\b|(?<![-=])\bformat|\bprettier\b|\bstyle\b|\bstylecheck|\bclippy\b|\brubocop\b|\bflake8\b|\bpylint\b|\bruff\b|\bblack\b|\bisort\b|\bgolangci|\bstaticcheck\b|\bgofmt\b|\bgoimports\b|\bgo vet\b|\bktlint|\bdetekt|\bspotless|\bcheckstyle|\bswiftlint\b|\bshellcheck\b|\bhadolint\b|\bmarkdownlint|\byamllint\b|\bactionlint\b|\bpre-commit\b|\bcodespell\b|\bcspell\b|\btypos\b|\bspell(?:ing|[- ]?check\w*)\b|\bmisspell\b|\beditorconfig|\bphpcs\b|\bphp-cs-fixer\b|\bphpstan\b|\bpsalm\b|\bcredo\b|\bbiome\b|\bclang-tidy\b|\bcpplint\b|\bcommitlint\b|\bdprint\b|\btflint\b|\bkubeconform\b|\bkube-score\b|\bconftest\b|\bbuf (?:lint|breaking|format)\b|\bsqlfluff\b|\breviewdog\b|\bsuper-linter\b|\bmegalinter\b|\btrunk check\b|\b(?:es|style|ox|ts|js|html|sass-|scss-|ls-|erb_?|haml-|slim-|golang|luac|selene|sol|hado)lint\b|\b(?:jshint|htmlhint|rustfmt|clang-format|shfmt|yapf|autopep8|pycodestyle|pydocstyle|pyflakes|pylama|prospector|vulture|standardrb|scalafmt|scalafix|scalastyle|ktfmt|swift-format|swiftformat|stylua|luacheck|hlint|ormolu|fourmolu|elm-format|djlint|textlint|vale|proselint|cppcheck|gofumpt|revive|misspell|taplo|yamlfmt|oxc)\b|\b(?:dart|flutter) analyze\b|\bdotnet format\b|\bmix (?:format|credo)\b/i,
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
 * On the very line the failure's own rule reads, the cause's cue may weigh less: the rule says
 * the line is an error line even when it has no error word (go's `go: m@v1.6.0: Get "…": dial
 * tcp …: connect: connection refused`).
 */
const EXPLAINING_MIN_CUE_SAME_LINE = 30;
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
        if (cause.cue < (cause.ev.line === best.hit?.line ? EXPLAINING_MIN_CUE_SAME_LINE : EXPLAINING_MIN_CUE))
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