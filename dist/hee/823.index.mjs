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
    features: "b:0 0\nb:0 a\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 a7aef8b1\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 ad613ffba\nb:0 after\nb:0 all\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assignment\nb:0 at\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 between\nb:0 bin\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 catch\nb:0 cc\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 class\nb:0 clean\nb:0 cleanup_file_variables\nb:0 code\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 core\nb:0 could\nb:0 cp314\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 date\nb:0 db\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 def\nb:0 default\nb:0 dependencies\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e8f\nb:0 eadcdc7d\nb:0 echo\nb:0 efde290b\nb:0 efe31b98f2\nb:0 eff\nb:0 either\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 executing\nb:0 exit\nb:0 exited\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f20260105\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f7\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 for\nb:0 format\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 gcc\nb:0 gcr\nb:0 generated\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 head\nb:0 high\nb:0 home\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 int\nb:0 into\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 items\nb:0 j30\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 lost\nb:0 low\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m12\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 measured\nb:0 mecho\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 n\nb:0 name\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newline\nb:0 no\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 p1\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parameter\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 print\nb:0 problems\nb:0 process\nb:0 projects\nb:0 pub\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 resources\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 saas\nb:0 scenarios\nb:0 sdks\nb:0 sec\nb:0 second\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 severity\nb:0 sh\nb:0 sha\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 source\nb:0 spond\nb:0 src\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t03\nb:0 t06\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t20\nb:0 t21\nb:0 tar\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 title\nb:0 tmp\nb:0 to\nb:0 too\nb:0 total\nb:0 trailing\nb:0 true\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 ubuntu2\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 usr\nb:0 v0\nb:0 var\nb:0 variable\nb:0 variante\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 z\nb:0 zig\nb:a 0\nb:a b\nb:a bash\nb:a blank\nb:a branch\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a directory\nb:a e\nb:a f\nb:a failure\nb:a feeds\nb:a few\nb:a file\nb:a first\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a invoices\nb:a is\nb:a k\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a return\nb:a s\nb:a safe\nb:a separate\nb:a shutdown\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a v\nb:a valid\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:aaa api\nb:aaa go\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action download\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions runner\nb:actions runs\nb:actions setup\nb:actions task\nb:actions upload\nb:activity kt\nb:actual 0\nb:actual behavior\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add the\nb:add url\nb:added 0\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address 0\nb:address all\nb:address range\nb:addresses should\nb:admin py\nb:admin web\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affect your\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after catch\nb:after changing\nb:after connection\nb:after opening\nb:after running\nb:agent 0\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent machine\nb:agent name\nb:agent running\nb:agent version\nb:agent_1 container\nb:aiogithubapi 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:all 0\nb:all artifacts\nb:all build\nb:all check\nb:all configured\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all tests\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allow the\nb:allowed 0\nb:allowed time\nb:allows for\nb:alongside the\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:always auth\nb:always error\nb:always fails\nb:ambroisie test\nb:amd64 components\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an argument\nb:an assembly\nb:an empty\nb:an error\nb:an exception\nb:an existing\nb:an item\nb:an iterator\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and audited\nb:and cache\nb:and contributors\nb:and d\nb:and deleting\nb:and determine\nb:and file\nb:and firewall\nb:and handle\nb:and has\nb:and hooks\nb:and installed\nb:and instead\nb:and is\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and s\nb:and should\nb:and sub\nb:and test\nb:and that\nb:and the\nb:and upgrading\nb:and use\nb:and value\nb:and word\nb:and writing\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:ankitshubham workspace\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:anonymous file\nb:anonymous test\nb:answer action\nb:any branches\nb:any changes\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:anything in\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache pulsar\nb:api aaa\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api github\nb:api gradle\nb:api internal\nb:api proto\nb:api src\nb:api tasks\nb:api users\nb:apis poe\nb:apis proto\nb:apk add\nb:app 0\nb:app beringin\nb:app build\nb:app compile\nb:app css\nb:app data\nb:app git\nb:app help\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application ex\nb:application spec\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt get\nb:archinstall archinstall\nb:archinstall lib\nb:architecture x64\nb:archive ubuntu\nb:are allowed\nb:are behind\nb:are deprecated\nb:are enabled\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:are you\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument named\nb:arguments but\nb:arguments no\nb:arm64 0\nb:arm64 main\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:arrays are\nb:artifact junit\nb:artifact org\nb:artifact v4\nb:artifacts clone\nb:artifacts for\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:assembling a\nb:assembly reference\nb:assert 0\nb:assert a\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assets familjen\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at test\nb:at the\nb:at trace\nb:at traces\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth supabase\nb:authenticating and\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available checksums\nb:available v0\nb:avg c\nb:avoid a\nb:avoid using\nb:awesomeness has\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure archive\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b err\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b l\nb:b linting\nb:b main\nb:b master\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b1a9 travis\nb:b1f0ba2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b8ej_ z\nb:b_ a\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ t\nb:b_ w\nb:babel parser\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bb code\nb:bc run\nb:be 0\nb:be a\nb:be auto\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be met\nb:be on\nb:be one\nb:be packed\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be run\nb:be strictly\nb:be suffixed\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be used\nb:be within\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because of\nb:because pnpm\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been fixed\nb:been moved\nb:been received\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before expression\nb:before it\nb:before making\nb:before operand\nb:before the\nb:before token\nb:begin with\nb:behind a\nb:being treated\nb:belanyi fr\nb:below zero\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing rb\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin go\nb:bin links\nb:bin ninja\nb:bin node\nb:bin npm\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:bind home\nb:bind p\nb:bintray com\nb:bitwise warnings\nb:bk ci\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blockchain client\nb:blocks its\nb:bluetooth 0\nb:blur cpp\nb:bodies of\nb:body expression\nb:body should\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:br l\nb:branch can\nb:branch linting\nb:branch m\nb:branch main\nb:branch master\nb:branch name\nb:branch refactor\nb:branch this\nb:branch to\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridgecrewio checkov\nb:british spelling\nb:broken by\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:buf push\nb:buf u8\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build environment\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build g\nb:build gradle\nb:build has\nb:build id\nb:build itself\nb:build j2\nb:build libs\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build or\nb:build output\nb:build prod\nb:build project\nb:build property\nb:build queued\nb:build reference\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build work\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds jobsys\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds timekit\nb:builds will\nb:buildtree default\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler audit\nb:bundlers node_modules\nb:busted test\nb:but does\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by adding\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by severity\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c and\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c e\nb:c e_\nb:c f\nb:c g\nb:c gcc\nb:c h\nb:c home\nb:c i\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c r\nb:c s\nb:c s0103\nb:c skipped\nb:c t\nb:c test\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c1d2e3 update\nb:c1e 0\nb:c2065 current\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache bazel\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache pip\nb:cache restored\nb:cache service\nb:cache size\nb:cache true\nb:cache v2\nb:cache v4\nb:cached dependency\nb:cachedir pytest_cache\nb:caches 0\nb:caches jars\nb:caches kotlin\nb:caches modules\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:caddy api\nb:caddy caddy\nb:caddy latest\nb:call failed\nb:call last\nb:call to\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:can be\nb:can cause\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cardreader cs\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo deny\nb:cargo lock\nb:cargo output\nb:cargo test\nb:cargo toml\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:cell 0\nb:central https\nb:cfg conf\nb:cfg dotfiles\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed but\nb:changed significantly\nb:changed source\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check default\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout progress\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:chunks test\nb:chunks traces\nb:ci 0\nb:ci agent\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:click 0\nb:client api\nb:client component\nb:client git\nb:client kotlin\nb:client py\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client ts\nb:clippy cast_possible_truncation\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code c\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code loomy\nb:code paisa\nb:code style\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:col 0\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting collected\nb:collecting py\nb:collecting pytest\nb:collecting tests\nb:collection 0\nb:collection import\nb:colors in\nb:colr property\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com data\nb:com default\nb:com docs\nb:com embedded\nb:com en\nb:com ethereum\nb:com example\nb:com extraheader\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com increase\nb:com infra\nb:com instead\nb:com inverse\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com lowagie\nb:com mani\nb:com maps\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com ratelimit\nb:com retry\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com usnistgov\nb:com zerox80\nb:come from\nb:comma before\nb:comma separated\nb:command 0\nb:command bin\nb:command c\nb:command command\nb:command did\nb:command exited\nb:command failed\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit s\nb:commits you\nb:common main\nb:common ui\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compatible set\nb:compatible versions\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling c\nb:compiling distribution\nb:compiling futures\nb:compiling stackage\nb:compiling stg\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:compliant with\nb:component 0\nb:component browser\nb:component clippy\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components mavi\nb:components small\nb:composer json\nb:composer plugin\nb:composer update\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:config 0\nb:config as\nb:config c\nb:config changes\nb:config cmake\nb:config config\nb:config deploy\nb:config file\nb:config get\nb:config git\nb:config global\nb:config is\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config nim\nb:config remote\nb:config set\nb:config trim_trailing_whitespace\nb:config variable\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect none\nb:connect to\nb:connection broken\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider removing\nb:consider using\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:consumer http\nb:contain a\nb:contain package\nb:container 0\nb:container build\nb:container fragment\nb:container_test_runner py\nb:content differs\nb:content hash\nb:content security\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context null\nb:context of\nb:continue due\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core app\nb:core csproj\nb:core jar\nb:core kt\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core ssh\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could have\nb:could not\nb:couldn t\nb:count 0\nb:count of\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coupon 0\nb:coupon never\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu family\nb:cpu x86_64\nb:cr 0\nb:cr me\nb:crates corp\nb:crates io\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials ab284314\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:cronjs parser\nb:cross site\nb:crossbeam epoch\nb:crypto aes\nb:crypto pbkdf2\nb:crypto pure\nb:crypto_sign falcon\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:cspell json\nb:csproj error\nb:csproj in\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:curl 0\nb:curl f\nb:curl fs\nb:curl ls\nb:current agent\nb:current context\nb:current image\nb:current n\nb:current node\nb:current npm\nb:current runner\nb:current undeclared\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d ds\nb:d e\nb:d e24\nb:d e_\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d i\nb:d in\nb:d is\nb:d k\nb:d k1045\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d yhz\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d_ a\nb:d_ t\nb:daemon at\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:daemon toomanyrequests\nb:dangerously allow\nb:dart 0\nb:dart md\nb:dart pub\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data from\nb:data local\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:database 0\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbkit integration\nb:deadline exceeded\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug 0\nb:debug deps\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations move\nb:declarative checkout\nb:declared to\nb:decorator makes\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default instance\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default the\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:demospring rest\nb:denial of\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies for\nb:dependencies from\nb:dependencies metadata\nb:dependencies n\nb:dependencies so\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency conflicts\nb:dependency is\nb:dependency lock\nb:dependency of\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps foreground\nb:deps is\nb:depth 0\nb:depth set\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:details feature\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev 0\nb:dev null\nb:dev optional\nb:dev rnp\nb:dev server\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development the\nb:device home\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:differs from\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:direct dependencies\nb:directly in\nb:directory all\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:disable incremental\nb:disable the\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:discount code\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:do echo\nb:do not\nb:do s\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker build\nb:docker com\nb:docker daemon\nb:docker dockerfile\nb:docker driver\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker io\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet download\nb:dotnet sdk\nb:dotnet10 dotnet\nb:double quote\nb:download 0\nb:download action\nb:download all\nb:download app\nb:download complete\nb:download immutable\nb:download info\nb:download page\nb:download the\nb:downloading amphp\nb:downloading cryptography\nb:downloading flutter\nb:downloading https\nb:downloading laravel\nb:downloading phpunit\nb:downloading psr\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloads example\nb:drone git\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dsl 0\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duplicate selector\nb:duplicate selectors\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e build\nb:e c\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e current\nb:e d\nb:e d_\nb:e data\nb:e e\nb:e f\nb:e failed\nb:e false\nb:e file\nb:e fix\nb:e full\nb:e g\nb:e home\nb:e if\nb:e is\nb:e l\nb:e l_\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e o\nb:e opt\nb:e p\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e s\nb:e s_\nb:e specification\nb:e switch\nb:e t\nb:e u\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e work\nb:e x\nb:e0277 a\nb:e0308 mismatched\nb:e0401 unable\nb:e0425 cannot\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e24 true\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ c\nb:e_ j\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ w\nb:e_path cc\nb:each npm\nb:echo build\nb:echo c\nb:echo n\nb:echo toolchain\nb:eclipse jetty\nb:edeandrea xjc\nb:edge proxy\nb:editor config\nb:efe31b98f2 found\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:either target\nb:elapsed time\nb:elements of\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty subject\nb:en latest\nb:enable colors\nb:enable full\nb:enable running\nb:enabled for\nb:encoding u\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries plus\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:env 0\nb:env g\nb:environment 0\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variable\nb:environment will\nb:eo pipefail\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error c\nb:error c2065\nb:error cache\nb:error can\nb:error cannot\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0277\nb:error e0308\nb:error e0425\nb:error empty\nb:error enable\nb:error encountered\nb:error errno\nb:error error\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error file\nb:error files\nb:error foreground\nb:error function\nb:error fund\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error log\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error running\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors in\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl py\nb:ev issue\nb:evaluate option\nb:evaluator test\nb:even 0\nb:events 0\nb:ever returns\nb:ex 0\nb:ex unit\nb:example 0\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example github\nb:example left\nb:example lint\nb:example net\nb:example org\nb:example port\nb:example reports\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exclude tests\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing command\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist in\nb:existing false\nb:existing resource\nb:exit code\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit force\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression body\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions worktree\nb:external packages\nb:extra node_modules\nb:extra semicolon\nb:extracting archive\nb:extracting sha256\nb:extraheader a\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f l\nb:f o\nb:f p\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f20260105 0\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:fail package\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:fall through\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features seeds\nb:features steps\nb:features were\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch js\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching the\nb:few minutes\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file based\nb:file builds\nb:file c\nb:file content\nb:file could\nb:file details\nb:file does\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file in\nb:file is\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file test\nb:file this\nb:file to\nb:file users\nb:file usr\nb:file was\nb:file would\nb:files 0\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files file\nb:files found\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files run\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:files without\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first used\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable https\nb:fixable with\nb:fixed coupon\nb:fixed in\nb:fixed value\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flush true\nb:flutter 0\nb:flutter pub\nb:flutter release\nb:flutter s\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for addresses\nb:for async\nb:for build\nb:for changes\nb:for configuration\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for rust\nb:for setup\nb:for stable\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for this\nb:for ubuntu\nb:for url\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force b\nb:force evaluate\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:fork src\nb:form tsx\nb:form vue\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting delete\nb:formatting output\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found but\nb:found composer\nb:found error\nb:found errors\nb:found fatal\nb:found for\nb:found github\nb:found ignoring\nb:found in\nb:found packages\nb:found return\nb:found warn\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework inference\nb:framework quasar\nb:framework src\nb:framework test\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from c\nb:from cache\nb:from commit\nb:from daemon\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full stack\nb:func returns\nb:func1 0\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g org\nb:g p\nb:g r\nb:g retrying\nb:g s\nb:g std\nb:g u\nb:g_ c\nb:g_ m\nb:g_ p\nb:garbage collection\nb:gateway addresses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gconnect 0\nb:gcr io\nb:gem install\nb:gemfile lock\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate debug\nb:generate job\nb:generate the\nb:generated 0\nb:generated gradle\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator has\nb:generator next\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cache\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:ghcr io\nb:gi b\nb:git 0\nb:git all\nb:git belanyi\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git fetch\nb:git file\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git vdx\nb:git version\nb:gitdir home\nb:github aashish\nb:github actions\nb:github com\nb:github edeandrea\nb:github formatter\nb:github iml1s\nb:github io\nb:github repo\nb:github src\nb:github token\nb:github workspace\nb:gitlab com\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob versions\nb:global config\nb:global git\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu 0\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go caddy\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:goes below\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got key\nb:got other\nb:gpg could\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle jars\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greeting component_test\nb:grep q\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group run\nb:groups get\nb:gui is\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h e\nb:h e_\nb:h h600\nb:h i\nb:h opt\nb:h p\nb:h ref\nb:h s\nb:h t\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h600 compilation\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has changed\nb:has correct\nb:has exceeded\nb:has incompatible\nb:has no\nb:has not\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash fast\nb:hash validation\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have been\nb:have comment\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:head to\nb:header filter\nb:header in\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help you\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:here is\nb:hhp hs\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint used\nb:hint using\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hosted runner\nb:hostedtoolcache dart\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html builders\nb:html doc_markdown\nb:html entities\nb:html erb\nb:html must_use_candidate\nb:html needless_borrow\nb:html needless_return\nb:html sec\nb:html shell\nb:html uninlined_format_args\nb:http 0\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http server\nb:http_client 0\nb:httpcore 0\nb:https aka\nb:https api\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https osv\nb:https packages\nb:https pip\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https spdx\nb:https www\nb:httpx 0\nb:hu voidcontext\nb:hub action\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i g_\nb:i get\nb:i in\nb:i info\nb:i instead\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i o_\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i t\nb:i try\nb:i u\nb:i unsafe\nb:i x\nb:i z\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:id 0\nb:id github\nb:id prettier\nb:id trailing\nb:idea projects\nb:identical details\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:identifier of\nb:identifier read\nb:idx 0\nb:ie preinstall\nb:if c\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if n\nb:if no\nb:if out\nb:if returning\nb:if set\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:if you\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image release\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images releases\nb:images ubuntu\nb:images windows\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc imgproc\nb:imgproc src\nb:iml1s crypto\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:impacting any\nb:implementation of\nb:implemented for\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import icons\nb:import list\nb:import math\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib report\nb:imports are\nb:imports on\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in apt\nb:in assignment\nb:in async\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in home\nb:in import_module\nb:in module\nb:in multiline\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:inc packetfence\nb:include hidden\nb:include if\nb:include prod\nb:include the\nb:include workspace\nb:included software\nb:includeif gitdir\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:inconsistent vendoring\nb:inconsistent with\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicate success\nb:indicates a\nb:indicates that\nb:individual deprecation\nb:ineffective mark\nb:infallibly using\nb:inference targets\nb:info 0\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info latest\nb:info msg\nb:info or\nb:info syncing\nb:info there\nb:information 0\nb:information about\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:init d\nb:init home\nb:init users\nb:init__ py\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inlang settings\nb:inner declarations\nb:inner t\nb:input files\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install frozen\nb:install g\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install registry\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing environment\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance travis\nb:instance using\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:int as\nb:int cannot\nb:int error_count\nb:integration integration\nb:integrity check\nb:intentional allow\nb:intentional prefix\nb:interface tools\nb:internal 0\nb:internal artifacts\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal operations\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:inverse inc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io en\nb:io github\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io index\nb:io library\nb:io reviewdog\nb:io rust\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipfs podcasting\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is an\nb:is assigned\nb:is available\nb:is called\nb:is canceled\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is disabled\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is in\nb:is inconsistent\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is required\nb:is running\nb:is set\nb:is stopped\nb:is subject\nb:is the\nb:is undefined\nb:is users\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:issues reached\nb:ist is\nb:it before\nb:it can\nb:it does\nb:it for\nb:it has\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it s\nb:it should\nb:it starts\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item str\nb:item yesterday\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:its it\nb:its network\nb:its progress\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:jar and\nb:jar c\nb:jars 0\nb:jars and\nb:jars gradle\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jobsys queue\nb:jonesn idea\nb:jooq gradle\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json files\nb:json has\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:k 0\nb:k b\nb:k but\nb:k does\nb:k e_\nb:k f\nb:k f_to_c\nb:k from\nb:k g_\nb:k i\nb:k n\nb:k t\nb:k that\nb:k version\nb:k1045 the\nb:k8s deploy\nb:kata check_s390x_test\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key dependencies\nb:key error\nb:key failed\nb:key generated\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key should\nb:key the\nb:key v8\nb:key wrapper\nb:keycloak token\nb:keygen c\nb:keymanapp dependency\nb:keys linux\nb:keystore models_test\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:kiriyaga nami\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:koans builders\nb:kotlin address\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin io\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ o\nb:l_ p\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lando lando\nb:lando netfx40\nb:lang github\nb:lang modules\nb:lang r\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest run\nb:latest update\nb:latest v0\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger ledger\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:let or\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level high\nb:level info\nb:level node_modules\nb:level package\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib example\nb:lib gconnect\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib jenkins\nb:lib kt\nb:lib lib\nb:lib p\nb:lib pkgconfig\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libc6 dev\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license list\nb:license needs\nb:license or\nb:license ref\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses or\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line for\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines of\nb:link build\nb:link plugins\nb:link type\nb:link u\nb:linked legacy\nb:linker for\nb:linkid 0\nb:linking c\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint suspicious\nb:lint windows\nb:lint with\nb:linted 0\nb:linting refs\nb:linting set\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:list allow\nb:list any\nb:list found\nb:list of\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:littpi net\nb:live log\nb:llama cpp\nb:load 0\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low go\nb:lowagie pdfkit\nb:lower or\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d\nb:m d013\nb:m docs\nb:m e\nb:m echo\nb:m enable\nb:m error\nb:m execution\nb:m failed\nb:m first\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m updating\nb:m v\nb:m value\nb:m variables\nb:m w\nb:m0s this\nb:m104 0\nb:m12 0\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:m_ o\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:macos latest\nb:macos macos\nb:maierj fastlane\nb:main 0\nb:main activity\nb:main c\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main refs\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main yml\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager go\nb:manager kt\nb:mani fork\nb:mani lang\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masque rs\nb:master are\nb:master as\nb:master https\nb:master index\nb:master refs\nb:master set\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven using\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:max git\nb:max issues\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may be\nb:may increase\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:maybe fixable\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:me br\nb:me kiriyaga\nb:measured 0\nb:megalinter io\nb:melos 0\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:memory or\nb:merge 0\nb:merror 0\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata 0\nb:metadata for\nb:metadata org\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method parentheses\nb:method running\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft com\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:might be\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minutes 0\nb:minutes are\nb:minutes marking\nb:mirror sync\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode disable\nb:mode m\nb:mode true\nb:model bin\nb:model kt\nb:model state\nb:model test\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules files\nb:modules find\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:money rb\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more information\nb:more log\nb:more on\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms could\nb:ms d\nb:ms dotnet\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:multiline condition\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple___ spaces\nb:must be\nb:must end\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n target\nb:n test\nb:n tools\nb:n u\nb:n u1004\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ c\nb:n_ e\nb:n_ f\nb:n_ m\nb:n_ s\nb:nabucasa 0\nb:name actionpack\nb:name assertion\nb:name azure\nb:name build\nb:name e2e\nb:name err\nb:name for\nb:name fv\nb:name gateway\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name only\nb:name or\nb:name test\nb:name to\nb:name w\nb:name_ should_\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace name\nb:naming to\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:nav a\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need to\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net 0\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netfx40 csproj\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:never goes\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new tag\nb:newest version\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newtonsoft json\nb:next anonymous\nb:next js\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:nix config\nb:nix ipfs\nb:no any\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no module\nb:no output\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no untyped\nb:no unused\nb:no var\nb:no versions\nb:noble universe\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node net\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node_config in\nb:node_modules babel\nb:node_modules install\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none after\nb:none any\nb:none func\nb:none listed\nb:none no\nb:none read\nb:none redirect\nb:none root\nb:none status\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not run\nb:not set\nb:not support\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not use\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note referenced\nb:note some\nb:note warn\nb:notebook cleanup\nb:notes app\nb:notes html\nb:nothing provides\nb:notice s\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm ci\nb:npm command\nb:npm config\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu get\nb:null 0\nb:null continue\nb:null null\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o c\nb:o compiling\nb:o d\nb:o detecting\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o g\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ h\nb:o_ i\nb:o_ m\nb:o_ n\nb:o_ p\nb:o_ r\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object to\nb:object where\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:oes src\nb:of 0\nb:of a\nb:of all\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of dependencies\nb:of different\nb:of each\nb:of false\nb:of get\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of l\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of org\nb:of p\nb:of package\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline mode\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omit dev\nb:omit from\nb:on 0\nb:on agent\nb:on an\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on runner\nb:on swift\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:one of\nb:one or\nb:onepager component\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:opam 0\nb:opam opam\nb:open deep\nb:open metadata\nb:open protocol\nb:open t\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:operand in\nb:operating system\nb:operation runner\nb:operation timed\nb:operation was\nb:operation with\nb:operations default\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or lower\nb:or more\nb:or namespace\nb:or npm\nb:or one\nb:or package\nb:or pass\nb:or patterns\nb:or plugins\nb:or s\nb:or service\nb:or something\nb:or that\nb:or undo\nb:or windows\nb:order java\nb:order older\nb:order service\nb:ordered fetch\nb:orders db\nb:orders git\nb:orders order\nb:orders service\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org eclipse\nb:org example\nb:org gradle\nb:org junit\nb:org licenses\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin refactor\nb:origin refs\nb:origin url\nb:orphan processes\nb:os imported\nb:osv dev\nb:other 0\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output package\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over test\nb:override d\nb:overriding h\nb:overwrite existing\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p k\nb:p l\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p s\nb:p t\nb:p t_\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:p1 r5\nb:p_ c\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package d\nb:package dependencies\nb:package description\nb:package example\nb:package for\nb:package git\nb:package github\nb:package handle\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package level\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package lock\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package ms\nb:package name\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages have\nb:packages in\nb:packages lock\nb:packages microsoft\nb:packages net\nb:packages please\nb:packages react\nb:packages read\nb:packages src\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:packetfence go\nb:pad failed\nb:padding spaces\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parentheses are\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser lib\nb:parser py\nb:parser rs\nb:parser test\nb:parsing a\nb:part of\nb:partition 0\nb:pasha code\nb:pass 0\nb:pass an\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:patched versions\nb:path 0\nb:path home\nb:path is\nb:path kotlin\nb:path opt\nb:path tex\nb:path users\nb:path version\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pdfkit core\nb:pdfkit pdfkit\nb:pedantic add\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:perf data\nb:performance tests\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php slugger\nb:php v2\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:phreeqc test\nb:pid 0\nb:pin versions\nb:pinned packages\nb:pinot tools\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip is\nb:pip pypa\nb:pip tools\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:planet myplanet\nb:platform deploy\nb:platform git\nb:platform linux\nb:platform ops\nb:platform satu\nb:please check\nb:please make\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins are\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnpm install\nb:pnpm lock\nb:podcasting nix\nb:pods 0\nb:poetry lock\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:post setup\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:pr 0\nb:pr go\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparer java\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:prettier check\nb:prettier code\nb:prettier with\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:print 0\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proceed with\nb:process completed\nb:process did\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:production only\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress force\nb:progress meter\nb:progress true\nb:project 0\nb:project actions\nb:project dependencies\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project test\nb:project version\nb:project w\nb:projectcleverweb lastautoindex\nb:projects egeria\nb:projects openemr\nb:promise anonymous\nb:promise ensure\nb:properly see\nb:properties of\nb:property colr\nb:property line\nb:property no\nb:property or\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:pub fn\nb:pub get\nb:public acls\nb:public build\nb:public class\nb:publish py\nb:pull 0\nb:pull complete\nb:pull image\nb:pull rate\nb:pull request\nb:pulling docker\nb:pulling fs\nb:pure build\nb:pure kotlin\nb:pure src\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_timeout_is_retried\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pypa io\nb:pypi corp\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python location\nb:python m\nb:python names\nb:python sha256\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q release\nb:q u\nb:qty 0\nb:quant timeseries\nb:quasar go\nb:queue js\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r e\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r im\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r p\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r retrying\nb:r s\nb:r s_\nb:r script\nb:r see\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:range 0\nb:range start\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:rb 0\nb:rb git\nb:rb money\nb:re run\nb:reached the\nb:reached your\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read errors\nb:read more\nb:read none\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:redirect none\nb:ref 0\nb:ref and\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference c\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refused connect\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp include\nb:region westus\nb:register layer\nb:register passkey\nb:registry 0\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry terraform\nb:registry ts\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:relative to\nb:release 0\nb:release cmake\nb:release gpg\nb:release https\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:releases download\nb:releases protoc\nb:releases tag\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote git\nb:remote origin\nb:remotes origin\nb:remotes pull\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report ui\nb:reported issue\nb:reporter github\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository codecov\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository maps\nb:repository maven\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request for\nb:request handler\nb:request py\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset by\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolve s\nb:resolved 0\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resolving to\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response status\nb:rest src\nb:restore cache\nb:restore can\nb:restore keys\nb:restore to\nb:restore v8\nb:restored from\nb:restored successfully\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retry total\nb:retrying fetch\nb:retrying retry\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:rev parse\nb:review other\nb:reviewdog action\nb:revision 0\nb:revive exported\nb:right failed\nb:ring c\nb:ring test\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:rolling_mean is\nb:rollup dist\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root directory\nb:root install\nb:root md\nb:root project\nb:root when\nb:rootdir home\nb:routes and\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs cargo\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs parser\nb:rs tmp\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby json\nb:ruby setup\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules no\nb:rules property\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run bash\nb:run build\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run create\nb:run curl\nb:run default\nb:run disable\nb:run dtolnay\nb:run elm\nb:run every\nb:run failed\nb:run format\nb:run go\nb:run gradlew\nb:run index\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run pip\nb:run poetry\nb:run prettier\nb:run profiler\nb:run python\nb:run restore\nb:run ruby\nb:run rustup\nb:run scripts\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run tsc\nb:run with\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner git\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner java\nb:runner m2\nb:runner npm\nb:runner process\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs of\nb:runtime test\nb:rust 0\nb:rust clippy\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s 0\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s build\nb:s c\nb:s c2086\nb:s chars\nb:s ci\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s js\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s transform\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ c\nb:s_ i\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:satu platform\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:scikit base\nb:scikit learn\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:screen kt\nb:screens settings\nb:screens vpn\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts dangerously\nb:scripts deploy\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk api\nb:sdk js\nb:sdk linux\nb:sdk targets\nb:sdk telemetry\nb:sdks microsoft\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:second 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security cryptography\nb:security implications\nb:security issue\nb:security policy\nb:security vulnerabilities\nb:security vulnerability\nb:see a\nb:see also\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:selector nav\nb:selectors https\nb:self counts\nb:self update\nb:semicolon app\nb:send email\nb:sensor c\nb:sensor sensor\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:server 0\nb:server anything\nb:server client\nb:server compiled\nb:server exec\nb:server failed\nb:server id\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service kt\nb:service not\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings component\nb:settings screen\nb:settings true\nb:settings xml\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup uv\nb:several a\nb:severity 0\nb:severity e\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:shallow linked\nb:share cmake\nb:share dotnet\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:side of\nb:sidekick apis\nb:signal terminated\nb:signal this\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since poetry\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site scripting\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size 0\nb:size is\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping git\nb:skipping integrity\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger php\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so restore\nb:socket emit\nb:sockeye image_captioning\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:sources from\nb:space berui\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:spdx org\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified in\nb:specifiers in\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:spurious network\nb:sr ht\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src client\nb:src codegen\nb:src com\nb:src common\nb:src components\nb:src copy\nb:src css\nb:src d\nb:src drone\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src microsoft\nb:src newtonsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src registry\nb:src ring\nb:src scene\nb:src scripts\nb:src search\nb:src sidekick\nb:src source\nb:src src\nb:src storefront\nb:src styles\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable aarch64\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start at\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:starts with\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state java\nb:state run\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status none\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdune 0\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:stored in\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:structure test\nb:stub files\nb:studio 0\nb:studio threading\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:succeeded 0\nb:success 0\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:suffixed with\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:sun nio\nb:supabase client\nb:support appcompat\nb:support for\nb:support targeting\nb:supported and\nb:supported file\nb:supports git\nb:supports n\nb:suppress this\nb:sure it\nb:sure that\nb:sure your\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svg from\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch to\nb:switched to\nb:switching back\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync from\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t could\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t exist\nb:t f\nb:t found\nb:t from\nb:t g\nb:t h\nb:t h_\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t o_\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t sdk\nb:t slug\nb:t state\nb:t t\nb:t target\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t y\nb:t00 0\nb:t03 0\nb:t06 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t20 0\nb:t21 0\nb:t_ b\nb:t_ d\nb:t_ p\nb:t_ r\nb:t_ s\nb:tabs tabs\nb:tabs ts\nb:tag must\nb:tag ubuntu24\nb:tag v0\nb:tags false\nb:take a\nb:take empties\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar gz\nb:tar xf\nb:tar xz\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target n\nb:target s\nb:target t\nb:targeting n\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets microsoft\nb:targets true\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task_queues 0\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temperatures calls\nb:template 0\nb:template ts\nb:templates tests\nb:temporarily overriding\nb:temporary git\nb:temps js\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terminates the\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform io\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test b8ej_\nb:test browser\nb:test but\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test count\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test dir\nb:test dll\nb:test drone\nb:test duration\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test get\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kt\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test new\nb:test offline\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test perf\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests csproj\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests files\nb:tests from\nb:tests func1\nb:tests in\nb:tests integration\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than or\nb:than the\nb:thapa wlctl\nb:that allows\nb:that are\nb:that does\nb:that is\nb:that it\nb:that need\nb:that satisfies\nb:that supports\nb:that terminates\nb:that the\nb:that two\nb:the 0\nb:the a\nb:the ability\nb:the above\nb:the action\nb:the agent\nb:the allow\nb:the ammount\nb:the apache\nb:the artifact\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the expected\nb:the expression\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the frozen\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the hosted\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the license\nb:the limit\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the mix\nb:the module\nb:the n\nb:the name\nb:the newest\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the packages\nb:the path\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the request\nb:the requested\nb:the requirement\nb:the restore\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the strategy\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the types\nb:the update\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:thebeatles item\nb:theme kt\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this declaration\nb:this default\nb:this environment\nb:this error\nb:this expression\nb:this function\nb:this functionality\nb:this install\nb:this is\nb:this may\nb:this message\nb:this might\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timers 0\nb:timeseries timeseries\nb:timestamp 0\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title n\nb:title stylelint\nb:title want\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to avoid\nb:to azure\nb:to be\nb:to build\nb:to but\nb:to c\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to date\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to get\nb:to git\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to ignore\nb:to image\nb:to import\nb:to install\nb:to java\nb:to l\nb:to load\nb:to make\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to pull\nb:to query\nb:to re\nb:to read\nb:to register\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to root\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to update\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:todo 0\nb:token 0\nb:token manager\nb:tokens on\nb:toml 0\nb:toml changed\nb:toml started\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolchain 0\nb:toolchain install\nb:toolchain stable\nb:toolchains xml\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace deprecation\nb:trace file\nb:trace of\nb:traceback most\nb:traces file\nb:traces u4x\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:transport got\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree 0\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate test\nb:truncate the\nb:trunk and\nb:trusty updates\nb:truthy value\nb:try rustc\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt line\nb:type annotation\nb:type answer\nb:type coercion\nb:type comparison\nb:type error\nb:type generator\nb:type hard\nb:type ignore\nb:type int\nb:type is\nb:type native\nb:type none\nb:type number\nb:type of\nb:type or\nb:type running\nb:type sequence\nb:type str\nb:type string\nb:type test\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:u 0\nb:u b_\nb:u c\nb:u d\nb:u e\nb:u g\nb:u i\nb:u l\nb:u m\nb:u memory\nb:u n\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u1004 the\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u4x d\nb:u64 can\nb:u64 to\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu ubuntu2404\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe amd64\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown in\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsatisfiable requirements\nb:unset all\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update lock\nb:update model\nb:update on\nb:update or\nb:update the\nb:update to\nb:update xml\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates test\nb:updates tsx\nb:updating 0\nb:upgrade to\nb:upgrade your\nb:upgrading https\nb:upload artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use a\nb:use apt\nb:use const\nb:use eslint\nb:use git\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:used at\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used typescript\nb:used unable\nb:user git\nb:user home\nb:user interface\nb:userguide command_line_interface\nb:username g\nb:users ankitshubham\nb:users api\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users david\nb:users jonesn\nb:users js\nb:users julian\nb:users kevin\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users runner\nb:users usr\nb:using 0\nb:using c\nb:using check\nb:using docker\nb:using first\nb:using from\nb:using master\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:usr share\nb:util concurrent\nb:util is\nb:util java\nb:util test\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rxs\nb:v s\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dockerfile\nb:v2 s\nb:v20 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vars identifier\nb:vdx hu\nb:vec str\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verbose grep\nb:verification failed\nb:verification metadata\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version of\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:version verbose\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:virtualenv 0\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:voidcontext nix\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn gui\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:warn code\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning as\nb:warning error\nb:warning failed\nb:warning github\nb:warning into\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning s\nb:warning spurious\nb:warning the\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was not\nb:was passed\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we have\nb:we location\nb:we stopped\nb:we try\nb:web 0\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were used\nb:werror unused\nb:what s\nb:what went\nb:wheel for\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which types\nb:while assembling\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will do\nb:win2012 x86\nb:win22 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:with 0\nb:with a\nb:with allow\nb:with an\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with dependency\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with frozen\nb:with git\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with the\nb:with timeout\nb:with version\nb:with vulnerabilities\nb:with write\nb:with your\nb:within 0\nb:within a\nb:within the\nb:without any\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work configr\nb:work counter\nb:work crc\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work imgproc\nb:work integration\nb:work inventory\nb:work ipfs\nb:work kotlin\nb:work landing\nb:work ledger\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work ops\nb:work org\nb:work parser\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work satu\nb:work sensor\nb:work shop\nb:work shorturl\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow job\nb:workflow that\nb:workflows main\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace geo\nb:workspace home\nb:workspace imgproc\nb:workspace mani\nb:workspace name\nb:workspace root\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:workspaces vs\nb:worktree config\nb:would be\nb:would have\nb:would reformat\nb:wrapper dists\nb:wrapper zips\nb:write to\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x 0\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x test_client\nb:x x\nb:x y\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 lib\nb:x64 main\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86 0\nb:x86_64 linux\nb:x86_64 pc\nb:x86_64 unknown\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xjc generation\nb:xml 0\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y a\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:yaml 0\nb:yaml is\nb:yaml truthy\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yesterday thebeatles\nb:yhz z\nb:yml 0\nb:yml line\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you may\nb:you mean\nb:you missing\nb:you must\nb:you want\nb:your build\nb:your code\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your own\nb:your package\nb:your pipfile\nb:your plan\nb:your project\nb:your pull\nb:your test\nb:your workflow\nb:z a\nb:z action\nb:z c\nb:z current\nb:z debug\nb:z group\nb:z h\nb:z js\nb:z l\nb:z m\nb:z post\nb:zero code\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zips 0\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nf:0\nf:a\nf:action\nf:actual\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:api\nf:app\nf:apr\nf:arch\nf:archinstall\nf:artifact\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:beringin\nf:billing\nf:bin\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:building\nf:builds\nf:buildx\nf:built\nf:bundle\nf:bundler\nf:busted\nf:but\nf:by\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:caddy\nf:cancelled\nf:cancelling\nf:cannot\nf:cardreader\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:client\nf:cloning\nf:cmake\nf:code\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:composer\nf:compression\nf:config\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disabling\nf:distribution\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:echo\nf:elixir\nf:else\nf:enable\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:example\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:explicit\nf:export\nf:exporting\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetching\nf:field\nf:file\nf:files\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:from\nf:frontend\nf:g\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:git\nf:github\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:import\nf:in\nf:include\nf:included\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:internal\nf:interrupted\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:level\nf:lfs\nf:lib\nf:libfreetype6\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:medium\nf:melos\nf:metadata\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mnt\nf:models\nf:moderate\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:open\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:r\nf:rake\nf:ran\nf:range\nf:read\nf:reading\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:release\nf:removing\nf:repository\nf:required\nf:resolve\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restricted\nf:result\nf:results\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scan\nf:scikit\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:see\nf:self\nf:sensor\nf:sentry\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:string\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:suites\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:task\nf:team\nf:teamcity\nf:temporarily\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:tmp\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:total\nf:traceback\nf:transferring\nf:tree\nf:trim\nf:true\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unit\nf:unknown\nf:unpacking\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v0\nf:v1\nf:value\nf:var\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:worker\nf:workflow\nf:working\nf:workspace\nf:workspaces\nf:would\nf:writing\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a4ef43be\nnw:a619\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:abuild\nnw:acceptance\nnw:access\nnw:accessing\nnw:account\nnw:action\nnw:actionpack\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:again\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amd64\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:artifact\nnw:artifacts\nnw:as\nnw:aspx\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b4d9834c2\nnw:b_\nnw:back\nnw:backticks\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:bigquery\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:builduri\nnw:built\nnw:builtin\nnw:bundle\nnw:bundler\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2013\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cargo_common_metadata\nnw:cart\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:ce\nnw:central\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codecov\nnw:coding\nnw:coercion\nnw:col\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contrib\nnw:control\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:datatypes\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:def\nnw:default\nnw:defined\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:dial\nnw:did\nnw:diff\nnw:different\nnw:differs\nnw:digest\nnw:dir\nnw:directory\nnw:disable\nnw:disabled\nnw:discount\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documentation\nnw:documents\nnw:does\nnw:doesn\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:en\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:eslint\nnw:establish\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixtures\nnw:flag\nnw:flags\nnw:flutter\nnw:fmt\nnw:fn\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:formed\nnw:forum\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goproxy\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:groups\nnw:gui\nnw:gulp\nnw:gyp\nnw:gz\nnw:h\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hashmap\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:holds\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:ibis\nnw:ibis_bigquery\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignore\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indexes\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instrument\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:lenght\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:looking\nnw:loop\nnw:low\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:mhelp\nnw:microsoft\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:name\nnw:namespace\nnw:native\nnw:nav\nnw:ne13\nnw:ne2\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:paket\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parsed\nnw:parser\nnw:parsing\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pcguid\nnw:pd\nnw:pending\nnw:performance\nnw:perhaps\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pipenv\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pods\nnw:poet\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:possibly\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:private\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pypi\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:ratelimit\nnw:rather\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rubyonrails\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:same\nnw:sample\nnw:samples\nnw:satisfies\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:sensor\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:shade\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shrinkwrap\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:spelling\nnw:splitting\nnw:spurious\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:studio\nnw:style\nnw:sub\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:tags\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:tcp\nnw:teamcity\nnw:telemetry\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_error\nnw:test_fail\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:topic\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unix\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:visual\nnw:visualstudio\nnw:vite\nnw:vpn\nnw:vstfs\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:winappstudio\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:y_\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yarnpkg\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a07\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a5\nw:a62\nw:a7aef8b1\nw:a_\nw:aa\nw:aaa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:additions\nw:admin\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:affect\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:aiogithubapi\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:aliases\nw:all\nw:allocation\nw:allow\nw:allowed\nw:allows\nw:alongside\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:also\nw:alternative\nw:always\nw:ambroisie\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:and\nw:andi\nw:android\nw:ankitshubham\nw:annotated\nw:annotation\nw:annotations\nw:anonymous\nw:ansi\nw:answer\nw:any\nw:any_\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:appears\nw:apple\nw:application\nw:applied\nw:apply\nw:approval\nw:approved\nw:approx\nw:apps\nw:apr\nw:apt\nw:arch\nw:archinstall\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assembly\nw:assert\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:at\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatic\nw:automatically\nw:automation\nw:available\nw:avg\nw:avoid\nw:await\nw:awesomeness\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b28\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b7\nw:b7c1d6e3f\nw:b8ej_\nw:b_\nw:b_allowed\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backticks\nw:backtrace\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:bats\nw:bazel\nw:bb\nw:bc\nw:be\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:below\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigquery\nw:billing\nw:bin\nw:binary\nw:bind\nw:bintray\nw:biome\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bluetooth\nw:blur\nw:bodies\nw:body\nw:book\nw:bookmarks\nw:bookworm\nw:bool\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:br\nw:branch\nw:branches\nw:breadcrumbs\nw:break\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:browser\nw:brulee\nw:bs\nw:bucket\nw:buf\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:builddir\nw:builder\nw:building\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:by\nw:bypass\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c1d2e3\nw:c1e\nw:c2\nw:c2065\nw:c2086\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:caddy\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cardreader\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:cast_lossless\nw:cast_possible_truncation\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:cell\nw:central\nw:cf\nw:cfg\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:cinterop\nw:circle\nw:circleci\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clause\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:coder\nw:codespell\nw:coercion\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:color\nw:colors\nw:colr\nw:column\nw:columns\nw:com\nw:come\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:commits\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:compliant\nw:component\nw:component_test\nw:components\nw:composer\nw:compress\nw:compression\nw:compute\nw:computed\nw:concepts\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:considered\nw:console\nw:const\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:continue\nw:contrib\nw:contributors\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:cop\nw:copy\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:coupon\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp314\nw:cpp\nw:cpu\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:creme\nw:cronjs\nw:cross\nw:crossbeam\nw:crypto\nw:crypto_sign\nw:cryptography\nw:crystal\nw:cs\nw:cspell\nw:csproj\nw:css\nw:cssx\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:curl\nw:current\nw:currently\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2c1e0f\nw:d2f6c0b\nw:d55\nw:d_\nw:daemon\nw:daemons\nw:dangerously\nw:dart\nw:dart_web3\nw:darwin\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:days\nw:db\nw:dbkit\nw:dd\nw:dd7935\nw:deadline\nw:deb\nw:deb12u1\nw:debian\nw:debug\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delay\nw:deleted\nw:deleting\nw:delimiter\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:dereferenced\nw:deriving\nw:derliebemarcus\nw:desc\nw:describe\nw:description\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detector\nw:detectors\nw:detekt\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:digest\nw:dir\nw:direct\nw:directly\nw:directories\nw:directory\nw:disable\nw:disabled\nw:disabling\nw:discount\nw:discovered\nw:disk\nw:dispatch\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distribution\nw:distributions\nw:div\nw:division\nw:django\nw:dl\nw:dll\nw:do\nw:doc\nw:doc_markdown\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:download\nw:downloaded\nw:downloading\nw:driver\nw:drone\nw:dronelink\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:e\nw:e0308\nw:e0401\nw:e0425\nw:e1101\nw:e225\nw:e231\nw:e24\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e8f\nw:e_\nw:e_path\nw:each\nw:eadcdc7d\nw:echo\nw:eclipse\nw:edeandrea\nw:edge\nw:editor\nw:ee\nw:efde290b\nw:efe31b98f2\nw:eff\nw:egeria\nw:either\nw:elem\nw:element\nw:elements\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empties\nw:empty\nw:en\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:enforce\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:entering\nw:entirely\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:enum\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:eslint\nw:est\nw:etc\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:even\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:example\nw:examples\nw:exceeded\nw:exception\nw:exceptions\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:explain\nw:explicit\nw:explicitly\nw:export\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:extra\nw:extracting\nw:extraheader\nw:extras\nw:f\nw:f1d2c3b\nw:f20260105\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f7\nw:f841\nw:f909ac5\nw:f_to_c\nw:factory\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fall\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:faster\nw:fastlane\nw:fatal\nw:fc58aa\nw:fc97a4c5\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetched\nw:fetcher\nw:fetching\nw:few\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forge\nw:forgot\nw:fork\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:found\nw:foundation\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freetype\nw:freezing\nw:fresh\nw:from\nw:frozen\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g8001\nw:g_\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gconnect\nw:gcr\nw:gem\nw:gemfile\nw:gems\nw:gen\nw:generate\nw:generated\nw:generating\nw:generation\nw:generator\nw:geo\nw:get\nw:get_sources\nw:getaddrinfo\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:ghcr\nw:gi\nw:git\nw:gitdir\nw:github\nw:gitlab\nw:gitleaks\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:goes\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:grotesk\nw:group\nw:groups\nw:guilouro\nw:gulp\nw:gyp\nw:gz\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h5\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashes\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hhp\nw:hi\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:httpcore\nw:https\nw:httpx\nw:hu\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implement\nw:implementation\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:imports\nw:in\nw:inc\nw:include\nw:included\nw:includeif\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:individual\nw:ineffective\nw:infallibly\nw:inference\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inlang\nw:inner\nw:input\nw:insensitive\nw:inside\nw:insights\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:inverse\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ipfs\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:itoa\nw:its\nw:itself\nw:j\nw:j2\nw:j30\nw:jar\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:jetty\nw:job\nw:jobs\nw:jobsys\nw:jonesn\nw:jooq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julia\nw:julian\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:k\nw:k1045\nw:k8s\nw:kata\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:kiriyaga\nw:km_to_miles\nw:knob\nw:known\nw:koans\nw:koch\nw:kotlin\nw:kt\nw:ktlint\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:l_\nw:lab\nw:label\nw:lambda\nw:landing\nw:lang\nw:language\nw:laravel\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:lazy\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libc\nw:libc6\nw:libfreetype6\nw:library\nw:libs\nw:libtonode\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:locate\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:lowagie\nw:lower\nw:lower_snake_case\nw:lru\nw:ls\nw:lspconfig\nw:lua\nw:m\nw:m0s\nw:m104\nw:m12\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malformed\nw:malicious\nw:manager\nw:mani\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:maybe\nw:mb\nw:mcgdiff\nw:md\nw:mdi\nw:mdurl\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:mecho\nw:media\nw:meeting\nw:megalinter\nw:melos\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:meta\nw:metadata\nw:meter\nw:method\nw:methods\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:mif\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minitest\nw:mintimeout\nw:minutes\nw:mirror\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:money\nw:mono\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:multi\nw:multiline\nw:multiple\nw:multiple___\nw:musl\nw:must\nw:must_use\nw:must_use_candidate\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:nami\nw:naming\nw:native\nw:native_lib\nw:nav\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netfx40\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newline\nw:newtonsoft\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:nuget\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:odder\nw:oder\nw:odor\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:ole\nw:omit\nw:on\nw:once\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:openemr\nw:opening\nw:openproject\nw:openssh\nw:opentelemetry\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p1\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:packetfence\nw:pad\nw:padding\nw:page\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pc\nw:pdf\nw:pdfkit\nw:pedantic\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:period\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinned\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:plans\nw:platform\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnpm\nw:pod\nw:podcasting\nw:pods\nw:poe\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:pool\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:power\nw:pp\nw:pr\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:preinstall\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:prettier\nw:prevent\nw:previous\nw:price\nw:print\nw:printed\nw:println\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:proceed\nw:process\nw:processes\nw:processing\nw:processor\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:promise\nw:prompts\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pydantic\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qty\nw:quant\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queue\nw:queued\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:rb\nw:rc\nw:re\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readme\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:record\nw:recorded\nw:records\nw:recursive\nw:redirect\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:relative\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removed\nw:removing\nw:renamed\nw:render\nw:rendering\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returning\nw:returns\nw:reuse\nw:reused\nw:rev\nw:review\nw:reviewdog\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:rights\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:roundtrip\nw:route\nw:router\nw:routes\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safety\nw:same\nw:sample\nw:sandbox\nw:sardonyx\nw:sata\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scm\nw:scope\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:sdks\nw:search\nw:sebastian\nw:sec\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secs\nw:section\nw:section_end\nw:section_start\nw:sections\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:selector\nw:selectors\nw:self\nw:semicolon\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sentence\nw:sentry\nw:separate\nw:sequence\nw:sequential\nw:serialize\nw:serve\nw:server\nw:service\nw:services\nw:session\nw:set\nw:sets\nw:setting\nw:settings\nw:setup\nw:setuptools\nw:several\nw:severity\nw:sf\nw:sh\nw:sha\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:shorturl\nw:should\nw:should_\nw:show\nw:shrinkwrap\nw:shutdown\nw:side\nw:sidekick\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simdjson\nw:simple\nw:simplified\nw:simulator\nw:simulators\nw:sin\nw:since\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skip\nw:skipped\nw:skipping\nw:sleep\nw:slice\nw:slim\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:soap\nw:sock\nw:socket\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:sorted\nw:source\nw:sources\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spdx\nw:spec\nw:specific\nw:specification\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:spurious\nw:sql\nw:sqlalchemy\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stack\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:step\nw:step_script\nw:steps\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:store\nw:stored\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:strip\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:stylelint\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:sun\nw:supabase\nw:support\nw:supported\nw:suppress\nw:sure\nw:suspicious\nw:svc\nw:svelte\nw:svg\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symfony\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t00\nw:t03\nw:t06\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t14\nw:t15\nw:t16\nw:t17\nw:t20\nw:t21\nw:t_\nw:tab\nw:tabs\nw:tag\nw:tags\nw:take\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:tarball\nw:target\nw:targeting\nw:targets\nw:task\nw:task_queues\nw:tasks\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:teamcity\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:template\nw:templates\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminate\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:testdata\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:thebeatles\nw:them\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threading\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:times\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tment\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topologies\nw:total\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transferring\nw:transform\nw:transition\nw:transitive\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typecheck\nw:types\nw:typescript\nw:typo\nw:tzdata\nw:u\nw:u1004\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:u4x\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu2\nw:ubuntu24\nw:ubuntu2404\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unifont\nw:uninlined_format_args\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgrading\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:uuid\nw:uv\nw:uv_manager\nw:uvu\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variant\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:vdx\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:verifying\nw:version\nw:versions\nw:via\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:voidcontext\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:wait\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:well\nw:went\nw:were\nw:werror\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:wildcard\nw:will\nw:win2012\nw:win22\nw:window\nw:windows\nw:windows2022\nw:windows_\nw:with\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:world\nw:would\nw:wrap\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xf\nw:xfailed\nw:xfonts\nw:xjc\nw:xml\nw:xs\nw:xz\nw:y\nw:yaml\nw:yamllint\nw:yarn\nw:yesterday\nw:yet\nw:yhz\nw:yml\nw:yoke\nw:you\nw:your\nw:z\nw:zero\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zips\nw:zstd\nw:zurichsee_ha",
    causeBias: -123,
    cause: '7f8AAOD/wP/j/97/MgDT/93/yv/i/7j/FACu/8z/y//D/0IAGADO/8r/2/8sALr/yf+6/2AAGABAAOX/z/+z/6b/EgDg/+P/4P/P/7j/5//v/8X/HAC8/x4APQDK/zAAPwAXAPb/1P/B/ygAs/81ANr/zf/c/y8A4f/g/+X/4/+t/+n/df+8/yQAhQCP/+v/xP8QAO7/IQCV/y8A6/8UALT/JwBaAOT/IADa/ykA9/83ABcAMQDV/yEAx/9AAM//LAAdAOr/6v/X/+D/3f/l/+P/6v/J/xwA6//g/9v/PgDP/+v////m/7j/LQBPALn/FAALAKL/FgAVAFcAFAAcADgAQAAlAOX/NwDj/8P/6P+0/xQA0/8UAMD/OAAwAE0Apf/d/8r/+f9hAAQAzf9cAOn/vv8dAND/AQC5/+r/o/9iABcA5//v/+n/r/+3/2YAJQDj/+D/wv8cANX/TQC+/0QA4f/K/47/5f9DAOT/MwAeABUA/P/b/xQAmP8gAM7/CgDp/ycA2v84AHoALgDa/0gAHQDk/xYAAgDW/8H/uf9TAJn/pv89ANr/XP/m/+j/sf8UAM7/CQCj/6n/s//l/6v/6f8SAC8Aq/++/73/LwDX/9j/j//V/yoA6f9jACwAo//I/8P/4/+j/83/vP/D/7z/JAA+ACAAo/8jAJ3/IgC0/xcAFwC7/z8A5f8KAOn/5//k/9//6P/c/93/7P/a/8//6//k/xQALgC3/7//3f8sAND/1/+dAC4Atv/C/5b/2/8hAKv/JQA/AK3/2f/m/xgAav/v/xQA6P/M/8v/FQDZ/wMAPAAsABcAFwAXABcAMgD//8v/MQDa/xYAxv/a/xcAkP8zAD4AJAC3/83/DgAXAOP/FwBW/ywAGgAPAP3/uv81AB8Azv+0/7z/6/8yAL3/EADM/7j/oP+q/6v/MgC5/x4Axf/k/9n/zf/J/8b/JADY/6r/2f8IACYACgAeAKn/JgC5/9X/1/8MANn/p//V/+P/Nv8hAJD/xP8bAMv/vv9DAMr/tf/Q/+T/GAAUAJf/UADy/zMAqf9XAJ3/FwDn/wUAxP8WAHgAmv/b/xkA2f9KAE0AUAA7ACkA1//n/7D/QQCe/+L/KABCAOr/EgDc/+r/IgDO/8P/2v/F/9j/7f/d/8v/2/+p/83/r/+6/+b/7//N/1cA9/+8/9f/WgAZAAQA0v/R/+j/v/8mABMAFAAVAJL/KADD/0wAxf8UANP/nv/E/xYA8v8yABsARQBBALb/ZAAjADwAIADN/3z/5f/a/9P/cgAjAB4AMQCx/2kAUADq/+z//f+8/7b/JAAHACIAvP/C/wEAtv8jAPv/jv++/yAAuv/s/5f/IQDY/8r//f++/9X/2P8PAO//2/8oAOH/EgD//9r/FwDU/+z/KgAAAM3/4/8AAKv/u/++/xgA6v8YAMT/yP/o/9//FAAIAOf/MQAUANL/FQASAKX/EwAUAKj/tv8vAC0A6//q/7f/SgACALb/+v/8/8r/GQDA/xUA5P/s/+T//f/s/ycA5f/e/5T/6P/p/xcAKAAWANL/QwDi/zgA6//j/7j/m/8XAC0A8P/D/8v/GADT/+D/4/8jABQAFADd//v/MADT/+j/1/8IADMA2P/T/0UA9v8bAN3/FAAkACUAz//e/ygA3P/Y/8L/2//J/8n/3/+x/8L/5P/k/8r/lf/p/yEAMQAxANv/1f/F/+b/MQDf/8T/p/8lACUA3/81AOD/1f+c/9j/4v/U/97/2v/k/8f/GAD4/8P/3f/o/ysA2/+b/+j/wv/G/8n/zP/o/0QA4v8eANb/5v8VADAADADo/+j/zf/J/zQAWgCv/6T/PgDr/zQARgApADYAKgD8/yYADADF/wIAJADn/y0Aq/8EAL3/PQDp/zn/iP+N/8H/2f/T/+j/2f/Y/ykABgDf/8P/4P/a/7b/7P/Z/+f/5f83AL7/zf8xAB8A1v/N/7//0f/K/4b/yP/e/4j/DgDr/wsAIADI/9r/uv+6/y4Alv/Y/5v/vP+p/+r/1f8aAOb/6P8iANr/w//a/8//0P9CAOL/f/8VABwA9//M/+T/1/8pABQAFADK/wcAFAAMAN//i/8cAOn/SgDq/zUA1f8eAPT/AQDQ/8z/4//i/+v/GwDr/9v/HwDk//v/FQDo/y4ACwDq/8v/IwAkAB4A5P/X/ycAsf8NACIAGQCn/+f/2P8ZAOf/1P8dAOb/4v/B/zEAqv8bAOz/3f8LAL//HADh/wAAxf/j/97/6v+//9z/HQDh/9r/6f/i/+b/xv9nANn/GADS/xYAGgAjAOb/FAAUADUAt//p/xIAoP/Z/zEALwDh/zUAIwAoAM7/KQC9/8H/p/+3/xkAJQAUAOH/r/8eAOP/yP+l/xMAuf/r//X/0f8fAOH/CwApAN3/9P/z/+T/1v8uADcAQwAPABkAGQAxADIAJQDk/9f/6P8UACYA4f8jAMX/3P/k/+//KwDK/z4A2f8FACoARAAUABQA5/8VAM//HgAHACwA5f/o/+f/6P8lANj/OADj/9b/GAAbABQA5f8UAOz/0/8gAMv/HwA0ANf/4f8VAB4AFADN/7r/wv8ZAOz/zf/l/4j/v/8nABQA8P9GABYAHAA7ANf/FAAnAD0AKgAzABMANADr/+L/FgAGADQAAAASAEAA5P8xAL//rv+//+X/FQC//9v/FgDe/8//RADZ/6H/HwCi/x4A4f/K/zYAwv+u/7L/DADC/8b/xP+x/8z/ev/f/9H/mf/p/+D/sv+s/83/HwDJ/+j/7P8zACcAGABf/9P/FQAtACUAJQCq/yIAzP80ALD/v//M/+j/MwAlAH//WwAmANb/GQB9/8f/IwDT/97/IgC//+L/5P8UAMn/xf/s/yQAIgAaACsA1f+i/x0A5P/e/8T/8f/m//v/0//i/yoAIACO/+3/FwDL/yIA2/+s/xwA3f/m/9f/yf+w/9f/9v8rAOX/4P/T/zoA4//g/7j/6P++/6H/u//K/9X/yv/s/+H/yP8cANX/yP9BAEkAof+4/9T/s//j/+P/zv/V/9v/LwAvAHP/jf+n/27/5P+8/9v/2f+X/zgAKQDf/6z/TQAjABQA3/8UAEYA0v9DACAAIQDo/7X/BwAXABoAKwA8ACsA6P89ANT/IgBBANn/FADQ/zUAKQAfADwAIQA/AD0AOgDT/xUA5P8eAC8A5f8YADkAuP8SAMH/uv/o/xYANgCy/+v/GwAiABYALAAZADYAxv8cACMATQA+AOT/CwD3/xYA4v+v/yAA3f8UABoAIgBCABkAyf+t/zEAwv/N/+n/0f/r/9z/yv8jALz/lv/e/7T/m//X/+n/ov/j/8D/PADw/7X/vP8XAK3/GwAcAKT/MQAeAFwA6P/j/+b/vP8dADEAKwC//xQA5P8RAOr/IgBCABUA1v/S/+f//P/q/7L/xP/X/7r/6f/a/+v/4//h/xYA4f/l/x4A+v/g/+H/f/8gADoA3P/k/wYA5P+b/wYAGwDP/7X/yv/E/6T/4v/Y/7T/pP/l/8D/pf/Z/6//uv8LAN7/af/K/xQApP8JANH/NgAaAHT/HwDM/+b/EwAeAA4AFgDh/wAAm//l//T/vf+p/4n/3P8AAKL/BwD+/xQAvP8UAND/KACv/7n/LQDI/xwA1//d/9P/x/8tAKb/zP+n/xsA6f/E/57/x/95/8//wP/h/9b/4/8tACQAIAAgAN7/y/8YANr/3P/d/9n/5/8cAKD/vv8oAN3/6P/s/+L/UQATAJ//3P/x/9X/RAAUAD8A7P8bAC0AOQAGAMn/IwAkAHoAMAATAML/x//U/xkA1//G/7r/JwAWAMv/uP/0/+L/6P8dAOH/OwAhAML/BgDo/+X/pP8kAEsAAQD7/y4AtP/g/8//wP/N/8b/FwDn/x4A0P+g/w8AxP+X/8L/2P8sAOH/3f/c/7j/zP84ACIA8v+8/8z/8f+7/7b/9f8bABcA0f/L/5f/IQCq/+j/BgC7/zIA1P+t/6b/wP8vAOH/4P8XAC0ANQAlABQAv//l/+P/6f8uAKH/2P/c/ywA+v8GAMv/HwDd/8L/yf+Z/+L/1v+5/woA4f/P/7z/q//D/2f/rf+5/93/wv/d/7L/T//F/9v/3f+x/9v/6//R/+H/2f+o/+v/FAAUABQA2P/h/yUANAAVAAYAqP/Z/xQADgAXANj/SgA7AOD/r/8/AMj/FgA3AB4APgAYABUAHwCs/x4AGQAhANr/GAAXALT/tv/c/9f/FQDT/8r/s//p/xEAbQDr/5v/SACm/wwAKwDA/xsAIgDR/xYALQAhAJj/RQAUAEYA6//r/93/p//r/xsAvv/b/+f/2v8XABUA6f+v/zUAxP/Z/+v/IwAWAM7/0/9CAKv/FwDI/+j/3f8mAHcAHQAlAMj/1f/u/wwAAwDi/xcA+/+U/9v/1v+r/zYAJAB3/yUA2P8fAMj/l//R/8//4v/T/6X/EADh/+r/GwALAOr/NQDB/xYAFgCZ/7T/3f/h/8D/0f/M/2b/s//g/+n/1f/T/6D/zP9BACMAFADE/xQAyf/E/9z/1/8gAOT/6P/s/9D/5/8pACYAuv/p/77/HADo/97/vv/5/yYA0v/A/xsA6v8eAPL/GgCp/7L/rf/a//3/J/+2/+X/4v8lADYAKQAeAOr/IQDZ/+T/1f/b/9H/7P+//+n/FgDS/63/2f8NAOr/1v/b/83/s//W/+n/OADU/8D/FADD/7D/1//X/yEAFwAFANT/2f/T/yUA6P8lACwA+P8PADMAQgBPACkAFAC0/ycA1//+//b/IAAEADkAEgDr/wkAFAAXAOL/4v/i/1oAMgCd/+X/2f/f/8//yv+t/xcA0/8XABUA5P8bAIT/1P/o/ycA2//k/+X/wP/k/w0Axf/U/8r/HQCi/9j/y/8bABgA1v8aAAQA6v80ALH/1/8ZAL7/6P8UAOn/tP8eAOb/AADO/x0ArP/h/8f/wf/L/9j/sv/d/+P/BAAqACQAJwDj/5j/3P/Z/63/qf/e/8H/y/+d/+v/JQDh/+T/HADV/xcAIgD0/4//vf/W/8v/vP9GAAsA4f+j/1EAtv/D/6r/2//b/+b/uv8RACAAIQApANT/p//F/93/wP/d/8X/qP8SAB0A3P/M/x8AuP9HACgALgAXABEANgDe/0oAJgANAMf/GwDB/9D/rP+7/9//CACX/08AyP/S/9D/AgDr/9L/x//r/6b/vv/K/9v/1//T/3L/1P8QALr/t/8FABIADADe/7b/4/9DALf/HQAtABUA2v8bACcAzP9c/yAAyP8pAB4AHgDA/w8A6P8HAMb/kf/6/+D/xv/p/xwA6//q/xcARgAGAOf/5f/W/8T/JgDo/9r/AAAYAMr/rf/r/9//qf+0/9j/tP84ADIA3//8/zUA/P/j/yQAIwAHAMj/KQA9AD0A9P8fAB4AMQC5/+r/of+Y/9b/MgDX/zUA//8UAMH/NgDj/8T/KwAfAB0ABwDO/8v/Vv+1/5j/QwAXANj/y/8sAOL/0v8UADYA3P+I/ywA9P8YADsAuf8tAOH/w/8jAAMA1v8mABYA4v/c/zkA6f8tAC0AYgApABkAsf/R/8P/0f/P/+r/5/8WALb/JwCy/+r/z//i/yYAGgDC/9z/vP8PAPz/4v/q/+j/5f/j/8X/6v/X/8T/6P/j/73/6v8KAJv/FgAbAMz/6P/T/6z/nP/w/x4ADQAnAD4Apv/R//3/wf8oACIATgAOACgAz/8UAMr/3f/B/+r/6P/m/w4A6//f/+j/fP8XAKv/FADm/+j/hv8XAOr/HgDU/8j/2P/m/9//4f8KAAsAuv/E/9X/sv/E/+f/JgCI/z0AGwBy//H/v//J/wQAFAArAMH/FQAXAAEA3f/k/63/GgDL/04A5P/Y/yQAXQA2ALj/2f/k/xkAs/9QAAEA7P/+/yQA3f/l/+P/+v/A/zcA0/83AMr/6P8XAMj/XAAuANj/3P/T/xwAlv/i/+n/KABMAB4A2P+o/zEAHgBp/08AFwC2/8z/rv+z/xwAov/m/7b/QwA0AOv/5//d/9z/DQDe/7z/NQDP/97/3P/I/73/5P+J//3/EQDf/1AALAAsAB0AHQDV/+L/2f+v/ycAwf/q/97/HgCE/9H/4P/a/9z/4v81AOT/1f/q/xQATADk/8r/FwDm/7f/6v/p/x0ADAAWAEEAy/8VACcA2P/o/8j/KADn/xYAGQA3AHr/VwArAMz/PQDX/xgAFgAUAEsAwv8gAOj/EQA7ABsABADd/ycA3v/p/xQA5/8mABwA0//k/+D/1P+X/0YAGQAqAOr/2v/Y/+X/3f/V/8T/7P/o/8X/6f8vANb/EQDr/+v/6v+p/9n/FgDH/9r/5f+OANv/JQCl/xYAHgC0/+j/0P8UAMn/vP8XADIAIAA1ALD/GwAxAOv/rv8vAOX/5f/r/7P/q/+w/9D/6v9PAOT/0f/e/9b/6/+l/8n/t//J/9L/HwAyANT/CwA3ABoA7f/t/zsAHwArAOr/0P/L/+X/v//A/+f/2v/m/83/TADl/9v/LgD1/9X/6P+G/6L/xv8UAB0Awv+//yYAMQDY/+b/q//q/9j/yv/k/30Az/+Z/9P/GAAwABkAb//J/9r/GQDa/+T/1f/r/z8AfP/H//j/GQAPAP//3P8nAN//8/+//9b/1/8eAB4A6P8fACYALADF/+T/JADK/xcAIABHAC8AQQDX/xUAHgDN//j/rv/N/+j/FQBY/9v/FAAUACkAGQAUABIAuP/V/5L/KQCx/9X/lf8fACkAuv/C/0QAyf/M/7T/zP+n/53/pv/p//f/FAAUACwArf+0/yMAFQDL//v/8P8IAAgAHADL/5n/5f/L/8j/GAAqAN//PwBsAPH/iv9YABcAWQDH/xcA5v///wIAFwDm//X/NADB//7/KAA2AC0Axv8ZAMD/3P/q/+T/BwAXAPb/1v8wAM////+B/yoABgC7/8D/5f8NANb/EgDk/+//EgAWAMj/q//Z/zsAUQAbAPf/PAA9ABQAHQAYADgAQADn/yUA5f/j/9H/JwA3AOP/5P/L/xUAv/+v/xkAt/8UAN//5v/D/zMA6P/B/+j/7v+Z/y8AFADT/8j/IgAUAKn/PAApAN//1/84AOb/v//R/83/zv8dAKz/zv8ZADkADgDT/97/3//o/8r/FAAnALL/SQAXANr/OQAVABUA6f+9/+j/1v/W/+j/KwAbALL/IwDe/9D/HgBR/7P/q/+G/+r/2f+n/xsAMgAeAEsAHAA5APT/tP/B/+P/3f8bAAgA2//0/zkA5P/a/2L/uv/n/2sATADT/5n/SQCo/xYALADk/wUAWADA/zgA4f/p/7j/zv/n/yEArf/o/zgAPAA9AB0Az//f/0IAPgAGALL/ewDi/5b/GQDG/6r/1P+5/9H//P/t/w4A0P+l/+7/w//+/zEA5v+z/9r/HQCs/xYAUgAyALX/LgAwANf/dwA5AOf/3v9HAPH/JwAlAF4AKACd////sv+0/83/5v+Z/x0A6v8DAEYANQDi/6n/EwDc/y8AMgAwAOX/5P9QAMj/QAC2/x8AGgApAOj/2/8mACYARwDd/yMA3/8gAEcAMQBWAEoAJwA8AEUA2f8nAKH/IgAZAEsAwP/d//j/OQCy/08AMADk/9f/1P/p/zAANQDk/04A9v8WAOT/t/8QADwAx//x/yUANgC9/zcAyv/K/8L/uv+4/xQAHQA6AK3/5//S/0QA6P/0/6v/GwAXACgA3f8YABsAMQDp/7r/NgDg/zgA1v8cAEYA0/+l/xoAMwAhAD4ANgAoACMA7/8VACgAIwAZAPX/v//V/9f/1f/k/+H/EwDk/xsAy/+v/6//3v/Z/x0AEwDk//f/yf8lADcALgDJ/+T/4//f/9n/3//I/x4AFwC5/+r/0P8bAAAA+//s/+f/5/9UAEQAegAMAJv/JgDr/xYAYgCu/2wAUwA5AJL/LQAeAAcAv//r/zcAOAAeAB4ANgA6AN7/MwAdAKf/0//o/z4AFADh/yoAKgDh/9f/yf+//+j/IQA1ABkAu//M/8//IQAZABYA6f8vAKz/zf8UAOv/HQDQ/5j/0/+Q/wcAl//f/wIA5f/E/xEAAAC9/ykAHAAOAOP/y//q/w0A4/8XAOf/NADp/y4Alv8XAMT/IQA4ACcA2f8vANn/HwDe/8z/LwAIAKf/0//1/4MALgDU/1MANgAUAD8AFwAgABQA0//+/9v/JAA3AMj/NAAgABYAJgBXAFAANwD8/+T/6f8SAP7/xv+x/xAAj/8UAD4ANQAbALb/sv80ABYAYQDT/93/tP/j/9//IABJACsA4v/c/x8APQAnADYA6/8RABEAsv/Z/8D/5f8oALv/DADj/27/pP/n/77/5//n/+f/KACJ/9z/u//p/87/0v9e/7X/4P8cAMb/5f/b/+H/z/8rANr/0P/i/wgAQAAlAOr/LgDS/4D/9f/0/ywAHQDD/9//zP8wAOj/3v8kAPP/GgAUACwAAwCy/+n/agD6/xwA4P9FANz/vP/Q/6v/zP9BANb/1P8zAJn/5P/h/+7/GwCQ/8P/t/+s/wwAFADj/xUAvv/m/6j/k//L/9r/BgBFAEcAxv9BAC0Aw/85ABkANAAdAM7/IwAqABsAGACt/9f/6f+9/3X/vf/C/6j/LwC2/8r/rv+h/7X/wP8fANT/KQA/AD8AJAAIANb/6P/k/8H/6v8wACgAGQDB/xYAvP/r/8j/IwAuABcAJQAsAMj/yP/T/7j/IAAEAEQAFgAVAL7/OADn/8T/LwDW/+b/4f/k/+v/4v/k/xEAGAD1/ysA2/97AOT/1f/J/+f/GwBTAB4A4P+0/w8A6f8VAA0A0v8kAOb/nv/R/yYAxf/a/zgA6f87AAAAKADk/+j/MwAnAN3/3P8rAB4A5v/X/73/5f/T/x0ANwAIAOH/u/8UAMX/0P8dAOr/rP8fAOj/8f/d/9n/vv8xANP/uP9CAOv/IADp/xQArf9OAB4AAADV/xUAvP+X/3UApP+I/0IAIQDT/8P/9f8dACsABABAACsAFgAVABQAGwAhAP7/JwBHAL7/2v/J/00AKACr/ycAuv/J/ycA9//j/6j/FgC2/xQA5/8nAMj/m/8rAKv/KwDp/zcA2f+y/y8AFwDd/6n/2f/E/ysA4v++//7/4v97/xcA6v+2/zoAvP/k/ycA0P8FAMH/FQDU/+j/yf8VAK7/zf+h/yEAzv/r/yMAFQAlALv/0f/Z/y4A0v8bAL//w//J/9//sv/Q/73/2v/h/97/0/8SAOT/5//T/ysA4v/L/+H/1P/S/6D/z/8VACYA6P/q/93/zf/o/6L/3P8YACkAzf/e/ykASgDv/+X/FgBNAKL/QwC3/1QAMwC//+b//v/2/9n/VP8hAAcArv/4//z/5//a/yAAw/8VAOL/vv8VAMf/y//U/9b/WAAHAPz/PQDC/0MAHADg/+T/lf+6/ygAy//b/xYA0P9d/+7/7v8IAMr/m/99ANj/3P/L/wkA6f8lAEwAzv/g/xUAGwC4/+r/4/+B/57/4/8gABcAfv++/8D/4/8aAMj/zv/V/+P/9//M/6f/HwDd/7L/CwCd/7X/LQDT/+n/2f+x/+b/xP/V/yIA5//E/+j/w//q/7T/LACI/+r/MwDb/4X/5f/j/8z/GgC7/8z/5f/l/4//3P8VACD/6P/7/6n/7f/u/8P/AgDm/z4Avv+f/wEADgAdACEAJgAWAL3/6f/o/8b/0f/I/x0A1P/G/xQA2P8sAP7/GgBbACMAL/8UALP/Mv/C/9j/FwDJ/ywAGAAXALz/SQCe/xcAsv+z//b/zf8Z/+b/1v84/wQAFAAEABYAzv8VAC8Ay/8YACQAGACx//D/1f8RANX/IQDG/+T/FgDf/+T/6P/h/+f/LwC1/+X/3/99/5n/2//b/+X/z//p/6v/zP+R/5X/xP/a/+f/FADk/0MA6f/G/ykA4v/C/+D/SwAxAFAA2P++/9v/DgDD/4D/CgAVAPb/mf/Z/yUA7P8OAOD/FADV/6P/GwDl/7//2f/l/zkA4f/M/+D/vv8VAOT/FwDE/0gAIgAEABgA3P8lAOf/KwDZ/xoAFwC8/9b/6/8fANH/LADm/8D/GgAfADMAzf/v/yEASgD1/xkA5/+v/+j/x/9MAMz/5f/i/xQAtv/f/yAAIAArAOL/IACu/9v/0P/B/7r/3/+W/7f/1f/s/x4Awv+8/+D/4//M/yQAUgDI/8n/AAAdALz/sv8QABYANADs/9n/iv/q/8X/4//n/9z/6f/r/9n/yv/q/9n/GwDg/xYA0//E//n/CADc/+b/5v+m/97/3v/U/+n/eQAgABUAvf+p/7f/GAAmAM7/QABc/xYAwf+i/+P/2P/N/87/2//l/+b/4/9EAN3/GQBwAKv/0/8aACAA2//B//T/6//W/9f/5/8kANH/GADJ/9j/NQCi/9b/p//E/7v/BgAxAOj/1P8eANr//v/q/0EABgDD/y8AGAC3/63/HwC4/8f/QADO/xIA0P8dABUAwP/g/8n/GADD/97/FQD4/+H/w//p/8X/2f8IACMA0P+d/8T/GQAMAOb/+v/Q/wIA4f8oAAAA3f8lANb/3/8fAD8Axf8lACgAxv/E/xEADwA9AMb/LwDO/xYA0/8iANr/pv8VAOn/j/9CAC8AyP8UANL/IAAYACsAGAAZANz/2f++/+r/u/+3/9b/wf+r/9z/FQDq/9r/6//G/9H/tv8BANT/1v+t/ykA2v/H/9H/z//f/+L/zv+r/7X/6P/c/8v/x/9t/6v/sP8YANr/6P/o/+P/4v/d/9T/6P8FACwA8v8tABYA1f/h/ycA0v8xAMb/5P8iANf/HgAUABUAof+h/7f/vf/A/9P/v/8XACwAWQCp/83/0v/m/xkAIwA3AMv/4P+0/8f/GwAAAL//TAC8/8r/sP+t/9P/HADj/5//r/8qANj/QQBEAOb/TQCB/77/2f8fAOb/nP8cAMP/CgAXADMAp/8jACYAMgAuAMz/l/8WAOj/GQDs/yMAvP8CAJH/GQDh/9//GgAUALz/wf/n/9v/qv/a/+f/5/8UAMj/LAAUADEAIwAZABkAHwDk/xkA1f80ACIA0P/n/zMAFgDm/+v/CAAhABQAFwC1/4n/v//L/9D/sP/g/8j/3f8pAOj/4v/o/8P/p//W/+n/ov+p/+T/4//M/6z/x/+G/9//NwDI/xUAIgAgADMAwP/T/xYA2v/Q/83/PQDI//n/KwDa/7v/KgAbALX/gv8dANX/3//o/9z/6f/K/8n/4f+s/yoASgAyAOf/v//o/6//u/8oAG3/2f+v/7L/uP/V/+P/5P+0/6n/4f/Z/+n/3P8cABIAJAAuADEAFwDr/xkAFADT/97/6f/q/+z/z//Z//z/1//d/97/6P86ANT/o//Z/8j/3P/w/9b/r/+O/8//FgAWABYAyP/l/0gA6P/W/xcAzf/R/xQAMQAVAM7/KACu/8f/HwAOABAA4P8aAPT/GgDc/8n/6P/h/+X/4f/h/7P/5v/r/xcAqf/E/8P/0P8aABUAsv8VABQAtP/U/8r/3P8fABQAIwA6ABMAOQDZ/6r/FgAYABQA6/8vAC4A4v/B/xAAj/8pAOf/DwCu/xkARADi/wcA/f8bABQA4/8VAB4AuP84ACEAJQDm/ysA2v81ALj/FgAMALf/BgAaAC8A4P8EABgAFADN/xkA5f/q/y8Axf/L/xUA+P/n/xgANgDR/+n/QQDh/+n/2v/P/+H/4P/B/9f/5f/O/zwALwAUACEAxP+l/xwAv//O/9f/6f/W/+T/2f9TANH/6//b/+n/1//X/wgAFQAxAKP/4//0/8H/GwDq/xQAHwC3/yAA1//R/7L/4//k/63/6f/4/8X/lP/N/4X/2P8zAOL/tP9w/yIA2f/O/5z/0f/I/zMA5v/I/xwA8//r/z8AOAAcADMA1f/a/x4AFgAWABQAFADf/woACwBTABQAMgBIAOn/FAAWADUANQA3AOr/oP+S/wgAFACz/xcALgApAMP/5v8fAOv/FADu/xQAGQAbACAA3//H/+H/FgAWANv/6//R/6b/4/8WACMAIwDY/+v/NAD9/+n/yv8aACUAGgDV/zYA6//2/0oAtP8lAGkAFgAnABkARgAgAMn/v//R/ygA8v8gANf/xv+m/xwAiv/Q/w8AwP+7/wUA2f/K/6v/HwAxANL/4v/j/6b/JwAYAFMADgC//47/wf8lANH/z//v/+v/4v8oAD8Anv/f/xYARQDd/87+cgAqAKH/SADb/8//FwDl/yMAJADh/9f/0/8XABcA6P8AANT/DgCj/xYAHwDd/8j/3f/D/7T/wf93/9n/sP8UAKj/yv/k/8z/6v/d/zIAOACm/7X/JgDg/7L/w//e/6D/OgAkACMAMwA6AAAAw//X/8H/tf8lAC4ASADh/0gA4/8fACUAHACh/+D/6P+h/8z/4P/N/9b/2f+8/x4AdP8lAMz/9P8HAOT/0P/J/8H/6f8sAEcA5P/i/xkAIwDW/y4A/P8oAEwAJwD2/9D/HgAXAO3/lP/X/yAA0//c/7v/w/9TANj/9v8KABwAKwADACoAGABLACIAGAAiAC4AY/9IABgAtP/s/8X/4f8kAOL/IAAZADcAMwAVACoAGQDX/wkAGQAoACQAPgAeAPz/r/8UABQAFAAFAOr/3f8YAL//3f+z/6n/3v8jADkAav8xAKz/TwDr/+v/vf+5/yAA3P/q/+7/3f/Q/6X/5f/d//v/sv+x/9P/2/+6/0kA5P/M/xkAlv+9/ywAyv/V/9//GAAbANT/IQAPAMn/vv/F/xoAnP/D/xwAMQC+/9f/mv/a/9X/tv8kAM//x/+//9L/s/8xAOn/FACs/wUAJgDQ/x4AwP/i/zEA2/8iAB4ALgBBAAAAJQAtABYAFgAYAMv/KABEABgAGAAoANb/OQAXAAsAMAAYANL/CwCE/8X/GwAaADIAGQDU/8j/4v/1/z0Avv/I/8P//P8aANn/QgDY/9L/uf+q/67/1//c/x8Az//m/xQAFwAaANf/6P/C/0AAwv+5/+v/9v/S/8z/0//M/4L/4v9//9b/LQAhALn/FgD+/yYAHwDW/+n/FwA3AP7/KADo/7D/5v83AMz/FABBAAEA4v94/8f/xP8BAJr/5P/T/x4AMgDk/9z/2P/Z/+f/6/+v/wYA0P+4/0QAHQDh/8z/5f/p/0IAQwAWAOX/CgC7/+L/6f/n/93/5P/f/+j/3P/d/+z/2v/P/+v/5P+u/xUAQgAtAJv/1v+//9f/FACi/93/1f/o/x8AFAAYAAoAFgArAJr/u//n/zEAk//u/3j/5//p/xgAqf97/0YAzv9dALH/3P/l/9T/5f9MAOb/OgDY/4z/zf8PAJb/MgA1AEcA3v8uAMf/5v/Z/8b/5P/k/xUATwAAAAAAFAAuADgAKADi/+T/2f/o/7X/xv8lAMv/4f/g/xsAJQDc/+v/5f/W/9f/3/8bABsA9/8LAAgAzf8wAKb/MQAaAKP/FADP/93/RADq/xUAQQAjAMf/xf8UALH/BADG/83/3v/k/xQAFAAtAOj/9f9ZANz/GgA+ABoAGQA3AOf/CgAZADMAJgC1/y0AGQBZAOT/HgAVANX//P/2/7//uP/N/x8AHAC4/+T/SwAnABYA5f/KANf/5v8eABQAJAA4AMD/FgAoANf/FABJ/xQA6/8lADUAq/+2/8f/lv/n/67/MQApABQAqv/m/+r/6/8kABUA6f/r/ywA5/+S/z4AGwDD/9n/JQA9ANT/QQAqAEcAIgD5/yMAKwBIADoA+f8vAB4AMAAmADwAKwBIAEAASgAlAO//XgAUABQALAAYADYAVAAvABAA0P+m/yYArf8UANn/sP/q/+H/FQCO/yQAu/8qAOv/FAAUALD/BABOANn/KgBMACEAGgDW/6n/xf83AC8AFADZ/xkAzP8tABkAIQAjACIANgArAB0Ap/+9/+T/5P/I/9v/uv/g/8T/3v/W/+v/t//J/9L/4f8UAOf/1v/h/+r/3P+y/xQA1v/l/yAAEwDQ/8f/0f/I//n/JADh/+j/6P8dAOj/zP8vADAAwv8pAOT/FQAjADAA6P/k/+T/2v8bAOv/y/8cAC8ANwAjADEAGgA1AOf/LADH/y0A3//h/+D/wP/g/+P/4P/Z/+b/DQAlANr/0/8xABYAIAA5AEIAwP+1/xQA5/+qAMD/+/9pAMX/CwAVABQAyP/l/xQAyf+S/9f/OAAiADMA1P8AAOX/6f/n/+n/yP/T/7L//f6l/6j/BQApAB8AHwAdAA0Awv8EALj/y//J/9r/uv9SACoA0v89ANT/BgDB/9T/2v/m/3UAiP85/83/2f8bAOv/ov8VANb/w/8sABUA6v+8/9P/3v+5/xcAFQDc/xgAFADk/8T/3/8sACwA6v8tADUAJQBLAK3/of9LAEUA6v8/ANr/vP9AAL7/6/8xAMP/FwAXABcAFwAXAMj/y//U/+D/6P/J/8L/FAAxAB8AAwDj/7H/u/8XABYAJAAAAIT/JQAvACgAxP+L/9H/0P9rABUAMgAsABQAyv/F/+n/GgDk/+r/x//G/+b/6f/N/xUA6//i/+b/2P/d/8v/zv+C/9r/1v9RAKz/EQATANz/HQDE/z4A5f/X/xoA1f83ANT/CQDG/yIAIAAZAD0A3P82AOn/PgA6AE8AHwDR/wQAHADg/+H/wv+M/7//4f/k/9z/rf/A/8T/xP8UAMT/lP/q/6H/1v/h/8j/nf/i/0r/YADs/9n/4//a/9n/z//p/8v/5P/K/8f/6v8iAOr/NQAkAPz/0v/n/73/z//8//z/0f/8/9P/uP/e/zIAzf+n/9P/MwAeABYAJQAVAD4A//8rANf/nv8+AP7/MgAtAOP/yP8JACoAKABBAB4AUAA8ALT/zv8xADMA3f+v/ygA4f8cAF8AYgAuAD0A5//2/6X/FADJ/x0AFQAXALf/7//q/9H/FgAeANP/z//d/zcAxv/Q/wUAyf+2/9n/NwDd/8b/v//J/63/j//J/57/+f/o/8X/3//5/5z/zf/c/xoAu//5/x4A3f+P/+H/JgDW/7v/4v/W/8L/NgC2/1//jv/o/+j/KADK/8f/x/+v/9b/3//2/+H/1v/h/97/KwAZAHz/1//P/7H/4f8jAM3/JgAxAMr/o//r/+T/iv/f/4//JwAGABMAPQCt/wMAIwDH/7j/oP9j/18A5f8KALj/gf/2//D/w//V/wYA2f+i/xEAk//e/wUAxf+8/6f/xf/q/9j/1P9LANn/vv+w/+v/l/8lAAcACADa/9n/0f/F/83/tf9I/xsA5//W/9b/rv+6/+r/IwDY/ygAHgDN/8X//P9EABcAFwAXABQA+v/k/9L/GwCu/8X/HgC2/yIAKgDm/+//5v8rACUA2f/e/z8A6f8YACMA6P8eANz/6/8lABgA6P/w/xAAJAABALr/RQCx/yEAKQAwAOX/LwAlABoA/f8fAM3/GAAfAOr/GwDm/+H/HQDo/zMASwDi/zAAMgDd/7H/6v+w/xcA4P/b/+f/GQAfAPT/PwAkAJH/3f8sADoA5/+0/5z/of/k/9z/OgDB/9v/HQA3ABMASgAvAB4Asf/B/ysA5f8dAOH/2f/p//7/6/8WAOf/jf/q/0cAJgDb/87/JwDI/xYAPQDT/9P/JQAcAHT/1/8kAPH/2v/X/8z/4f/g/+D/3f/p/7r////W/+b/JgDk/+T/3//T/xsAFADU/yEAFADo/xwAyP/f/xwAIwDy/zAAjP8UAP7/FAAWAOn/IgAUACgA6//p/8T/FgAYANr/2/9BABcAKAAMANH/1/9SANL/FgCy/ykA2v8CABQAHgDY/4b/yf/o/7f/GwAbABgAHQDg/xoAxP+n/ysAwv/T/9v/rf+P/77/2v/s/+r/tv8NAEAAxP/T/wYAGwAvANz/v//N/9//wv9HAKb/1/88AAUA4v8aANP/l/8WAMf/uv86ALj/2//V/73/FwA8AJr/3f/G/7n/pv/r/57/0//C/9b/JADF/+D/w//M/xcANgAMAB0Av/8RABgAKgDz/9T/sP/N/+f/CgAGAAwACQDC/w8A0P/h/+3/CQDj/9r/3//V/0UA3v8fAN7/BAATAAQAQwDi/xwAFQDZ/+f/t//x/xoA1v8iACIAGQDV/wAABQB6AFkAv/81ABUAOQA+ADUAWABdADkAo/8WAMb/HgAdAB0AOgCQ/8z/y/9NAMH/n/8UAM7/MQAXANv/TP8UABYA4f+x/+j/FAAXACMAw/8fAOz/xf/n/x4ALADT/6n/JgDD/0UA5P8AAOL/JgApACUALgBdACUA9f8iALb/KwDQ/+b/3P/d/8P/6/8eADoA7P/U//j/o//J/+b/zv/+/7j/FADu/9r/MwC6/8z/uv+q/8f/4//Y/77/6/8xAM7/4//K/8z/3/+m/8j/5v/m/+f/qv/n/9b/MgA1ADUAzf/4/xMAyP8wADAALgCb/yQAMgDg/+D/ef/q/0wA4v/P/+f/6f++/7j/rv/c/0wA6f+5/x0A/P8TACcAm//n/xcAyv8SANn/3v+r/9P/1P/K/9v/kv+I/7L/uP/S/7j/3v/k/+X/qf/L/9n/4f/Q/6f/MADp/8D/2f8yABoAwv/k/+D/5v/o/xsA4f/k/xQA5v/k/+f/GgAAANP/y/8yADIAHwCq/xMAGwDM/+L/JAAEABQAGQAcAKH/JADo/8z/xv/G/xgA6/8bABYAKADo/9//IwA0ANf/KADX/+X/PgDk/+b/3/+F/8H/5P/o/xwA4f/K/7r/FgDk/+b/NgDC/yYAPAAkAOr/HgDZ/6//af8kAIT/3P/m/9f/4v+g/9H/m/8qAJX/zf/8/xIAMwCw/xQACwDW/7n/9f/k/xsAvv/i/5b/FAAbAB8A5P/k/xUA+v8bAK7/GwDN/9P/FADW/ykA4/8bAOf/BwDY/yQA6f/g/xcAJgBEALv/2f/h/yEA6f/r/4z/ov/i/xQA2/8hAMn/HgDA/7H/FAAhAB4Arf8YABgAyP+5/8T/FQDf/x8AFwAeABcAFAAkAOP/4P/o/xYAFwDr/97/2/8YALr/NgAFACsA3/+h/8r/5P+7/87//f8rAM//JACv/6n/pf8VABkA0f+l/8n/6v/m//L/LADY/+T/CwAVACcA2v/H/8n/IwCf/8T/2//C/8n/xv/O/9n/zf/e/6T/0f8SABwA/P8pALn////i/9T/rf+i/97/BgDF/8f/z//n/9D/wf8u/7f///+y/+b/vP/O/+v/MACZ/+n/AwAMAOL/wP8xANT/vP8+AC4AHgAkABIAGQDW/7D/vP+q/7v/EwBRAL7/QgDg////KwDs/4v/OACb/z0A1P8NAOT/2v+3/7j/AwDs/ykA3/90AGX/HwAkAN//+/+u/7//5/8MADgAwP/A/6b/2f8nABEALwDK/+v/VQBFAAkAAwDe/y8Aqv/n/8r/FwCw/7v/GADv/8r/UQD0/8P/i//j/z8AMgDg/zQASgBN/9H/n/8qAOP/4//p/63/qP+K/y8Ar/8xADkAzv+w/7T/JQAzAEIAzP/F/8X/GgAZACkAHgDh/zIA3/92/ycA/P8fAOT/IwAjAOT/mf/r/9r/NQAPANT/zf/g/y0AJAC//0UAFwDG/y8ARQDh/9f/5P8qAOT/j/+0/8X/GwDd//z/FgAYAOD/y/+R/0UAwv/S/xcAFABIAGUAMgAWANP/HgBPADgA2f8VAA4A3P84AOz/yf/W/+n/4f8YAOD/2v/k/9b/KAAwAKz/KAAqADkAIAAZALD/4f8hAOj/CAC4/zwA0//a/ycARADo/+v/zP8rACEA2//j/6v/6v/e/7r/xP+0/+v/w//K/+r/1/8nACIAJQAVAMf/uv8oADcAJQDk/+T/w//J/xYAnP/o/+T/tv81ABsAHwAxAK//1v/X/8z/0f/o/8v/wv+o/9X/uP+5/+T/rP+g/yMAWACK/8L/zP/D/+b/v/+l/6X/yf/l/7n/wv/K/yEA6f/O/83/p/83AM3/FgA2ADgAr//x/+H/JQA2AOX/JgCS/y8ATgAyALD/wP/G/xsAPQAdAMz/y/8cALf/HQDB/xgAIwATAGEAFgAzAOX/5v8yABsABAAYAMj/LwAjAK7/sP8YAMf/6v/N/9j/zf/d/ygAFwAzABUAxf8UAN3/FADk/+r/xf/m//7/k/+v/8n/rf/j/8r/NADX/9n/5//p/+f/5//I//z/5//8/6r/y//W/+b/NADa/5f/pP/D/zIAKAAoABwAFgCw/xUA4v/n/+f/0P+x//7/5f9LAMr/r/8hADMA9P8dACcAtP/h/6X/EwA7ADAArP/r/9j/AwA3AM//GwDR/9H/JwAsAN//aACk/+j/t//r/zUABAAbAPb/FgDQ/+P/SgABAN7/pv9BAMH/qv+1/7j/vv++/xQAwP/G/27/SAAqAOr/FwDo/ywA1f+w/8T/pf/t/9T/l//m/9L/JwDF/+j/1//G/+D/3//o/wUA0f/j/6v/of/R/9z/tf/U/zQAif+5/7b/AADN/6D/FgD6/yYApf8UANP/6v/f/2v/FgCd/8j/xv/F/+P/tv8aALf/rf/S/zUAi//P/xcAz/9j/9f/FACv/9T/Ev8WALn/TwAUACQAhv8IAEMAp/9PAOT/hP8wAKv/FACI/8L/FwCT/zEAHgDe/6f/IQDP/zAA4f/i/+j/HgC8/8T/y//L/8L/jv/f/8r/6f+9/+P/w//C/xsAAQAtAKD/sf86AN3/vf8SAJ//z/80AMf/CgAwAKT/EQD1/0gABQDl/7v/7P/o/8j/tf9TAO7/ov/2/0kA0f8lAP//MADc/8P/6P/C/xQALwAVAB8AtP+t/xkA5P+y/8b/GAAWAB0AFwAWAB0ALAArAOT/5P/W/9b/6f+//+T/yf8VABQA6f8UABUA5P/m/yQACABGANP/xf/A/xYALwAYAN3/3f/g/8n/r//j/87/v/8UAOH/IAAeACIA4P89/yAAKADb/9//sP8WAOv/0/+6/9n/6/+a/8H/0//r/9X/6P/Q/9//xf/V/93/FADl/xQAvf/i/+b/UADD/xUAw//S/5D/KgAqAOr/JgCI/7T/2P/j/xIAKAAHACsAHQCd//3/wf/f/+b/MgDf//H/w/8CAPz/VQA/AN//6v/q/8f/6f/C/8j/MwDg/zwA4f/r/7//Vv8XAM3/0v+i/zAAj/84ANv/uv/p/zAAov/c/yIAy/++/8z/4/89ABQAQgDE/9P/3f8oACEAPQBXAMn/IwDA/6f/ef/S/87/6P+9/4H/JwDf/9b/ov/n/6z/vP/k/+j/uf+w/9//HgCm/5//5P/X/7D/xP/L/+L/u/+0/7f/vv/A/+j/LAAxAOj/VwDa/xgA2f9cAOj/6//o/9P/6v8UACkAOQDR/z4A3//G/8H/0f8kACQAmP/D/xYAJADJ/+j/1f/H/5j/0P/Q/9j/uv8VAN//r/+b/8D/xv+t/0MANAAyACMAAgAhAOf/OwDD/zsAFwAeAIz/6//W/yYAFwA6ACkAKgAXAC8AFgBAACAAPgDh/8r/3f8WAC8AGADb/8z/2/8NAMz/0/+7/z4A6v/D/+r//v/R/5z/6f/F/ygAtP+p/wAAKgCz/+L/+P84APX/3//C/+T/FQD5/9n/FwBPAJj/KgAUAM7/GADa/zsA5P8VAAQAXAC4/+f/XQAWACMAkP8UAM7/xf/C/ycAGwDj/7v/1f8VABcAzf/j/yAAOgBMADUABQAlAMX/FQAyACoANgCs/xgApP8rACEAEQAjAJX/DwDW//P/KAALAEwAaAAWADMAGADc/9j/NAAJAOT/GgC8/8T/xf/V/ywAHAARADYAFgBZAAkAAACc/+z/NgDT/3L/FAA3ABQA2f++/6D/zP8sAFIAHQCK/zsA1v8VAOX//f8sAA8AJQAdABQAs/8nACkAzP/i/6z/9P/d/7z/yv8pABQAMAAUABQAIADq/ysADQCr/8X/yf/F/9b/KwC6//b/1f/W/+n/kP9X/8b/uf+U/7n/yv+k//L/WQDf/+X/xP/T/+f/GADZ/7P/FgBBABUAtf+w/9//yv/b/zEAsv8+AMz/UQC9/6n/FADP/+j/rv+a/6P/wf/b/xgA0P8UAN//5v/D/8P/2f/a/9j/EgDW/+L/0f/1/+D/+//E/7v/sv/B/+f/l//J//n/5v/Z/9n/wP8/AC0Axv8rABQAx//W/9f/FADF/9T/6v+r/+b/zv/T/+T/6v+z/xgA2f/M/7//kP/O/xcA5v8ZAFIAzP8yADYAKAAhAOz/HQDm/xAA1v/q/9P/FAAUABkAx/85AEUA2v/o/3b/u/8kAOj/zf9AABgA1f+//7//GwDf/0kANQC9/9X/3//G/ysA3P/l/00Axv+g/7r/zf/W/wsA7v8UANn/2f/l/xQA6/+2/+T/5/8gANf/wv/l/xUAHAAqAGj/QADM/97/ov/h/7//2//o/93/wP8WAB4AJQDd/6D/2f/o/y0A6v/j/x8AFgANACgAm/9eABUAGgCX/xwAGwALAOD/LAAlABQAFwDo/+3/4f/o/5T/XADc/8n/GQAGAPH/WADo/8v/1P8qAB0AQADU/y8AIAB6/9r/5//y/xAAp/9tAIj/mv/t/xYAHQAsABQAqf/r/yEAFADM/xoAuf/m/y4Asf/O/8P/2v/F/9j/7f/d/8v/2/+p/83/r/+6/7T/y//B/9n/4f/F/8X/yf/p/9H/if+1/zsADgDI/9v/yf/E/5P/1v8eAN//2f/X/yAAGwDU/8b/6P/V/yYAFADU/+j/FAAxAN7/6P/o/xQAzv/M/3L/kP8SAMb/FADN/xwAlf9u/77/hP8gADIAnv8mANb/w/+7/6//KADk/+r/6v8yAAUA0/+8/+j/EgBXAK//KwCr/8b/6P/h/+P/DgAqABYAKgDE/+b/MADW/83/sv8hAEQA6P/h/9f/s//s/6n/mf8eANn/1/+s/6v/GgApAL//FgCv/xsAs//J/+b/BAD3/8v/yP/h/7n/WQAWANz/zv/J/5v/rP81AMH/wf/i/8T/QwDQ/z4ANQAtAKH/VQBEAEcAJQAsAPH/5/9NAKf/pv8JANH/x/8/APj/0P+9/6j/ZQCw/wEAIADT/7f/i/+3//v/EwBeABYAp//f/y4A2P9CAPT/3f/n/7f/uv87AD4AAACu/xQACwAFADL/zf9FAMj/9/+2/3j/v/8xAMT/CQDH/+f/AAAUAKD/yf+q/9z/CwCL/7z/FgCS/+j/4f/C//X/6v8FAPv/6f8XACcAPgDu/7H/FwC//23/q/+8/6z///8UABUA1f81ACcA6v8wAMH/xv9KAOr/pP+m/8H/vv+w/8T/FQAnAB0AOAAVAGAAx/+q/9z/i//o/8L/jf/N/x0AMQAhANb/nv/F/+X/9v9BABkAHAACAPv/5v/c/x4A7P/n/0sAFQAUABQAvP8mAOL/3//X//H/+////+j/1/8UAN//1v8UAOr/TQC2/9D/SwCz/ykAGwAXANn/2/82AN//HwAbAMv/y/8nAO//MQC7/8v/KQD//9//v/8xANr/tv+g/7j//v/B/ygA5v9CAAwA4f+v/xcATgDl/9n/1v8XAOv/4//Q/7b/HQDq/zQAuf/9/+j/JwA4AAkAFgAiAC8AIQCn/ygAxf8UALr/0P8tAPH/1/8DAPT/4P/F/+r/OADb/+v/FQAHAI//8/6r/zgAW//k/xYAJAAUALX/sf/l/xcAHwA0AOT/HgDo/zEA6f8UAOf/1/8cAO3/4/8mANb/4v/e/+n/IQAhAND/6v8pAO//sf8YADkAzP/r/+j/FwDD/yIAKADr/9n/2v8DACgA6P8qAOj/GgDF/xQA2v/n/xYAHQDZ/97/zf8WANn/LQDp/w4AHQAdAB0AKADL/yMAMgAWABYA5v/D/5v/oP8aAML/GgDh/0EAIADN/8X/YgC1/9r/3f/I/1oA6//B/ysALgDO/8//x//v/9b/zP+u/9f/OQAgABQAIADr/ykA3v+p/+f/JAAsANf/VQDk/+X/QwBEAO3/NAANALH/FQDj/yAAJwArACAA6/8sAN3/NQAwANL/AgAXAMv/3f/a/6v/KwAWAOL/LwDo/x8A2P/2//P/CwAhAD0AKADx/y4Asv/6/zQArP/6/8z/FAAAABQAGAAKAM7/PQDs/x0ABQDo/+f/PQDr/93/zP8dAE0AAgAVAAkAuv8mABgAu/8qAEQAuP/j/8f/IAD1/7H/zv++/08A3f8wAPv/GQDe/+v/if/B/z8Ay/8UANb/FgAhACgA4v80AC0ABgCN/+n/q//d/9H/jP8uAMT/MwA0ANz/tP8WAML/IAA6AL//LgCu/0kAj//R/7L/6f+K/9D/HADr/6X/1P+9/x0AGQDn/7z/4P8cALf/z/+p/9f/yv+M/9b/6P/k/+H/7P/s/8v/zP8lAEwAKwA4AN7/HgAUABQAvv+3/+T/2f+//6f/4P/d/+H/CwDP/xUA4P/K/+f/sP/C/9f/zv/9/yYAKQDq/+j/5v8UAN//OQDo/8D/KwDf/+r/LQDc/8v/KwDf/+T/LAAHALT/2P8GAN//5//W/9n/4f/W/8j/xP/Q/1AAKgBm/y0A6P/f/xgAMgAPABQA4v/S/x0AKwAUAG4AGQAUANT/GQD7/8T/DgAUABMAFAAZAOv/3f8WAEv/nv8AABQA5v+m/+f/2f/P/x0Atv+h/zwAHgDA/9n/ov+f/+7/of8qAAMAl/8YABYAJgCq/9r/nf8mAO3/GwAUAB8A5P8fAOz/7P8hACwA5P/p/yEA5P/d/zIABQC2/6r/NADj/8T/FgDg/+P/MAAXACkAvv8dAM3/IADj/yEAvf+v/67/YQBWAPX/0P9BABsAl/8/ADAAKQA2ACAAFwAlADIAHwAhADwAKAAzANr/1v8TADsAFwAZAEMAJQAvACYAHwA0ABwAMQA+ACAA4v8UABQARADJ/x8AMQCD/x4Aw//L/9z/2f8UAN7/zP+f/33/BAAVAOD/FwBgADQAKADf/yMA4v8HAOT/RgDO/ysAMgDs/zAAFQBRAMj/IAA0ANn/1P/q/+r/2f/F/ywA1P/g/0EAe//m/9T/BwADAOj/vv/I/7L/5f/C/9v/hP/r/7j/HwCG/6r/QQDr/yoAsP8FABIAFADe/ygASwDd/8f/1f/f/8z/yP/J/xkAx//V/9P/1//G/yYAMQDd/xsAJADd/xUAHADS/zgAqf8XAM3/xf/D/+T/6/83AAgANgDp/0IA5f+s//f/HwAjANn/FwBX/8T/z//b/6L/AAC//ykA4f/X/67/yP8rABQA3/++/+v/FQD+//X/SQDK/9n/6v/C/yQAIQDr/ysAu//g/8v/6v/L/5v/8//N/9f/5/80AB4A5P/N/9X/5v/y/7n/6P8YABcAuv/F/+j/4P+q/+r/1f/O/7b/UwDD/8X/3P/M/+X/1v+7/8L/JQDl/xgA8f+3/+X/KgDJ/zEAyf/I/8f/1P/I/4L/y//V/27/2P/Y/9H/pf/H/wsAr//R/+T/6f/g/+f/HwCr/zgABQDk/wYAEwDN/+f/XgBgAFkAKwD3/wgA0//h/+n/SQAcANz/6P8fAL//AwDN//z/EwAZAEIAHgAVAB4AHgDc/+T/GQAVAOD/2//W/+H/LAC7/zYA6f8mACMAFACz/6r/gP9VALL/IgC+/6n/qv/l/1wAv/8VADAA3v/K/7b/LwBLAB0A6f/h/xUAq//k/+n/tP/q/73/TgAXACQAAQDu//P/5P8bAMz/6v+9/9L/w/8VAN//SgDQ/9v/IAA0ABgALAAmACIAQADY/yYATgBOAOT/HQAOANn/3v/c/9D/RgAZAEYAQQAgABoANABJADAAQgC2/6n/5P/5/xoAFAD1/9n//v/g/0wAFQAaAMf/qf8+ANj/ov8kANn/uP/F/+r/FwAqAOb/4/8gAPz/rf97/0UA5v/m/77/HwCw/ysA6v/f/+v/0/83ADIAIQDm/9b/fv/F/xwA1v9NAOP/p/8vAAsAa//U//H/2/82ABYAAQAzADAAMgA2AOr/MQDi/8//1f/l/+H/4v/s/yQAKwAkABcAAQDC/6D/1/8AAMT/RgAnAMX/tv/M/83/xf8/ACQAIACy/0sAsf/O/zEA8v8gAOX/HAA0AMn/1P/h/9T/v/8iANH/IAC6/+j/HQDY/+j/FgBEACgA1v8QACYAKwDm/ycALwDL/83/SwDJ/7X//P9AANn/OAAmAEkAKAAJANX/zP/h/8v/hv8VACcAJwDD/yIApf8oANj/5v83AKL/6P/D/8j/TgCe/zkA5v/m/8H//v/p/+r/qv8KADEAFgAiADYAiP8nAN//xP/7/7P/4/9NAP7/p//l/9//yP++/8X/AwDR/8D/OwDh/7T/0//M/+f/2P/2/+v/EgAgAPz/NADa/97/NQDn/7T/4f/r/wQA3f8dAOT/1f/d/+T/4//r/7j/t/8aAMn/0v+//9r/sv/l/9z/0/+2/9v/0f/t/9P/zP/b/+X/of/C/+n/yP/c/9P/zf/R/93/IgDd/wUA3v/N/+v/5f/T/yYAxf/g/7n/3f8WANP/sP8BALr/2f/m/+T/JwC5/7L/uf+w/9r/zf/C/7n/EwDk/+D/6/+t/+3/wv8gAMX/zf/V/+X/DQDH/9f/0f/I/+r/zv///83/FQDl/+j/l/96/97/hP/Y/xYA5/8UAOv/of9EAJ//vf/i/+v/AADK/97/pP/K/+j/3//f/x0Azf89AAYAeADa/+v//P/o/8v/5v/i/67/IwAWACgAzf8ZAMP/1f9MABMAtf/P/woAOQCj/xYAHQDz/+D/5P/e/8P/rP/u/yAAFgCn/93/5//q/+H/6f8xAAIA2P+0/xIA4P8hAEsA6f/Z/8//uf/u/w4A6P8UAN7/zP/H/x4Aq/8ZAEj/hgDf/xgAHgDp/xgAIgAj/6v/v/+c/x4AMADp/+z/FgDK/x0Apv/j/8H/6P8BAPX/FAA3ANP/sf+/////q/8jAC4AKQC+/xYATwAaAPz/GQDn/xYA0/8EAMv/1/++/8L/6P/s/yoA9v/p/xwAHgAZAJr/vf+6/9P/6//k/+j/5f+r/87/IwBW/67/yP9aAP3/7P+p/5v/f/8NAJn/xf/G/9j/gP9DAKn/GQCw/xUAiADY/5D/j/+J/3b/xP9m/5z/b/9JALb/MQApACQA6v/L/zoAqf9n/9j/AgC8/w0Arf8VAKv/JwAEAPf/S/+x/9r/FACv/z8AUgAXAJz/aACi/xQAMwAbAIP/SP+V/7n/7P/G/8r/Hv+9/z4Avv+j/6H/VP8yALb/wf8xAOX/BP+4/xEAVADs/nD/j//M/7v/rf+m/7T/KgB//6H/NQA2AFD/IwAiAEYAq/+P/wMARwDB/6z/FwBb/8j/mv8kAK7/uf+W/xkAeP+t/8v/TgAOADsAvf/P/5j/NQCw/6b/mP+l/8n/Y/9RADQAv//1//r/FQCw/zwA2f93ABEATv/e//v/o/+Z/xQA2/+2/7r/qv+U/6r/wf9NAFz/4/82AL3/tv9EABQARgA0AAsAvP++/73/fP8mADwANADV/7j/qf+M//j/IgBcALj/CQAIADgAe/+V//3/HQAoAEb/Zv/g/9f/CgCn/2r/JQDL/7f/tf8sAM//vv8mAK3/rv+g//X/xf9p/xkA9/70/z0Auv/C/3v/fQDw/6T/aP8KAMj/rv8aAMP/mv+p/57/zP9QANj/xf8gANz/BQCu/2z/vP8NAEn/wv/w/3kAv/9c/+X/MwAZADD/tP+E/4X/lv9c/47/3f+8/9r/5P/c/+3/rP+A/47/MgBr/4f/6f+m/8j/5P8YAHAAgf+0/57/6f9t/3j/FgAbAMH/fv+X/y7/uv+4/8P/sv+c/3T/IgAYACYAtP/+/5v//f+q/zIAxf8aALz/nv+z/7b/jf8lALv/y/+u/7r/wv/Q/6z/TAC6/83/kf+Z/0n/jP8rAN3/RwBAABQA4/8UAD0Ar//C/6f/rv9qAFoA5P8JAFb/rv+q/7D/7P9O/zUAAAB//wIA0P+b/67/xP+N/8X/RABbACr/CgAnAHT/zP8JAMD/HgCr/+D/gf9o/97//f+2/zAAu//D/5j/zv+V/5H/qv+1/5v/kP8sADL/PACM/57/kf+L/2v/vv/J//7/nv8vALz/cv8XAMv/pf+p/xYAoP/O/7f/xf/m/7z/6P+K/6T/d/+s/5n/FwA5AOT/KgCd/9f/G//h/6n/p/+P/wcAzv/d/+b/s/+g/8b/9v/I/zAAff8DAOX/p/+O/zUAPgCA/zkAM/9j/xb/4v+e/63/zf+s/6T/EACr/9L/kP+I/7T/yf/W/4b/hf8zALz/mP9S/57/fv9//6H/PP+K/8b/x/+B/37/nP8qAJj/KgAYAI7//v/A/37/8/8LAM//uf9o/9H/o/9N/33/Lf9+/+H/uP+x/9j/BADG/6j/rv+3/zkAc/+l/9L/hf+p/xwA6f+i/7//oP8VAPv/JgC6/y8Aw/8FAMr/xv9UAJ7/FgDT/wYAqP/i/yMA2v+s/7//u/9AAAsA8v8AACMAvv8WALv/BACy/83/KwC6/8T/C/8rAJX/of86AK3/lf/1//3/i/+h/6v/t//o/wgAnf9w/6n+PQD1/4L/4/8xACkALwABAMP/OADR/7z/u//u/6z/7v/u/4P/iv/E/yQA2/8NAEEA0f8T/3z/r/8lAAkAFwBGAD4AFgCh/7b/sv9TAGD/xf/i/yoAoP+o/7L/uv+u/1oAgf6M/9j/pf8KAB0AeAC4/wEAx/9EABMAtv8iAAwAu//T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALb/FwDD/2b/lP/6/9QAowALAB8A2v/l/2L/rf+y//3/RQA3/ksAhACx/3cAIACQ//H/rf8aAHP/GQAPABAA0//g/8D/4//e/y0A1P8yANP/z/8cABQA2P/7/zAA0//d/9f/CAB0APb/5/85APb/GwDd/+H/AwDj/8T/3v8oACsAj//k/+T/zv8lAL//wP9kAIv/q//F/xQAIwABALj/zP/i/6f/mf9EAMr/6v8gANn/3f9VAD4A6//E/2cARADJ/x0A7P/Z/9P/6P/Z/9j/KQALAN//w//E/9z/2//p/7v/PwDm/+j/zP8iALD/w//a/3b/QgDR/8P/2v/3/6f/AAA9ABQAuv/p/+P/HgAHAN//4v/9/wAA///W/+3/z//R/x0A8//q/xQAGgAjACwA2P+a/7j/EgALAFkABAD9/8z/0f9LABgAUgAhAEMADwCL/xkACAD0/yAAFADS//3/IgDi/wsA9v/G//3/NwDc/w0AvP/s/8L/JwAUACsAJwAnABkAzv+1/xYAFQAOAOD//f/B/8D/rv/i/7//6P9d/xUAtP/m/yUAy//p/zAAJQAZABkAiP+3/xQApf/J/8D/uv/S/5T/IgBWALT/EACi/77////l/+D/0/8bADoA4/8TAB0A4P/P/xYAuP/n/+j/3f/K/8L/wv+0/9b/sP9kAP3///8JALH/2/+5/9X/q/8cAMD/HAC//yEAWQDf/zMAPwCm/wgA6/84AOj/oP/k/xYA9//c/+L/r/8gAAIANgDd/zkA7/8iACEALQA2ACoArf/K/xwAKgBVAMH/HgBoAOP/OQC//9T/wP8WAOb/vf/k/xEA6v8MACoAFQDd/7f/sf+w/4T/DADn/7H/u//8/8H/GgAWAB8ArP/h/+X/HgA9APL/6f/w/3f/QADe//z/GgDP/wIA+P/U/8H/EwDP/93/vP/e/xQAb//n/7v/AAAwANX/sP8bABwACwADALz/9f8eABgAwP8vAOH/4P/V/ywAEgDl/+P/rf/W/+n/UgDb/wgAgv/L/7H/mv/O/+D/zv8UANn/4f/k/yAADQDX/wcANgBWAK//PwCPACEA2v8YAP7/NAAXAEv/IgArAMD/HwCU////z//c/+b/MgDf/yEAkv+h/0UA0P9GAOL/IgAjALj/v/89ABUA0v/U/83/xP81AMT/z//+/7f//f8WABkArf/2/xIAn/8gAAMA5f/r/xsAFQDr/+T/zv+5/+P/4f8bAND/tv9PAL//xP/c/9f/EAC6/63/5f/E/77/+f8/AOP/zP/F/9D/8v8TAOv/BQC2/ywAtP80ACEAwv94/0AACwDC/zgAmP+t/6P/1//Y/w8A+/8AANb/rv8lAFMALAA1ADkAEgD0/9j/nf8JABQAFwD3/ysAWgDx/zIAlP+c/7X/zv/s/xcABgDk/zoALgDt/9v/2//m/7r/EQArAPj/OACh/6//FwDl/8D/3P/M/yoAxf/G/xsA7P9CAN3/HgAeAB4Alv/f/9T/p//v/xIAxv9DADkABwAMAMz/3P/I/x8A9f8eANz/9v/A/8L/EgAyAL7/3/+E/9r/v/9tAPn/2P/A/7T/PgAyAB4AHwAeAO7/sP9h//7/xP87ADwAGgDM/8T/kv+h/+D/RwCQ/wkADgD6/9n/8P+3/87/PADN/wYAMgAgAMT/9f8WAK7/4v+i/yMABwDp/zYAYgAGAJL/0f+8/+j/SQCf/8T/6v/s/8//JACt/xIA2v9KAPf/rP/U/9L/FgDZ/3X/8P8eAO7/JwDO//3/8P8iACQAAgAjAMb/6f/d/53/pv/q/9L/CACa/wcA6v8eAMj/2P/m/wEA/v/g/yQArv/d/+X/4//q/yAA2v8YAOH/yP8NANX/0v+i/4j/1v/L//v/GACW/x4ABwBr/8X/uv+w/9b/tv8EAOX/VADl/+v/5f/e//T/uP/f/1wANABGANT/0v+3/9H/2/+6/6f/xv+g/y0Ayv+3/+r/uP/p//L/0P+3/xUAJwCw/ysApP8oABYAGQALABEAHAC//zsAof8NAAMAoP8WABsA2v8EACAAxf8WAOz/HgCu/+D/r//S/9L/ZgCo/xoAMQAFAKb/vv+7/7z/HwDk/7f/3v/W/+v/pf/J/7f/yf/S/08A0v81ADIAy/8vAM7/SgA8AOT/KwDc/4D/nf/4/93/zv+6/x4AzP/+/14A5//r/9P/nP/m/0QADACt/67/5/80ANr/6f/d/97/2v/P/+z/vv/9/0kAxf89AAkA5v8XAO//rv/E/83/zf+v/wAAFAAHALj/5v8y/9n/3P8/ABQALACt/7H/IwDL//v///8oAAMAEQASAAgAmf+z/yMAKwARABQA8v8cADgAQADn/yUA5f+U/ycANwBPAOP/FwDf/+j/w//i/+j/7v8NAC8AFwC0/xQA0//I/+D/GQD//0MAl/8pAN//kv/s/+b/p/+4/8r/1P87ACMA8f/K/8D/1v+1/7n/cgAZABcA3P8QAHf/OQDR/8z/qf/o/8H/5P8OANH/8f98/7H/qf+d/w0ASgAWACcAHQAuAC8AYAAlAN3/tP+0/zUANQD9/1wAsf/p/+D/jP/L//n/tf/B/xUAyv82AML/OwC4/6b/t//p/6f/4f/T/8L/KgBRAPf/lgABANr/pv+b/9b/qv/o/7f/r//B/1gApv8hAN//wP8GAO//4v/8/0IA7P/L/8H/RABEAOn/3//3/ysA4f86AKn/GQDO//r/IQAXAMT/p//a/wcA3v9QAJH/ov8HAOP/uf/q/6P/NQBeALj/5//v/zQA6f8uAOP/CgCqAOH/0//P/y8ABADf/yAAy//A/+L/z/8KAL3/HwBJANj/1/8JAMn/GgAoAJf////E/5L/2P++/7L/of/t/zcAHgATACMA1v+8/77/xv+n/8T/OQBEAKX/NgD3/2r/wP8fANH/TQDW/+j/1v/Z/7//tf8NACMAFAARAPD/LADP/8j/0/+u/ygAFQC+/xMAzv/r/yEA6P8ZAOX/tf8KAOD/GAAnAOL/rf9OABkAHgAJAEMAKwAYAPX/JwBvANj/9//j/xkA+P/+/zQAUQCT/x8ABACa/7L/tP/a/+H/DADA/6r/FACt/5//xf/a/8n/0P+i/8z/GAAfAGkA+f++/zsAFQC//+D/0P8+AAcA/P9hAMr/LQDk/yQA0/97/9b/9v9cABIAmP8yAM3/GgANAMb/yP/O/9v/1P8AABYAKADV/y8AFgCh/3n/EgCu//v/LABAAAIAAgAWAPz//P/Z/xgALwDb//X/GACx/+b/3P/G//P/nf/H/+f/FADk/0MADQAlAA4A4v/Q/8X/MQA4AM7/6P/b//v/LgDa/7//5v8gANn/2v/l/yMArP8tAL7/KQC1/wUAz//F/woApP8TAPv/YwDo/xkA2f/V/+b/4f8uACIAq/8RAAQAIAAOALf/5v9HACsA4v8gAMj/pP+AAM3/4P+z//v//v/F//f/sv9aAPL/2f9D/5//wv/K/+r/2f8SANP/6f9eAAQADAADAKv/5f8QAOP/RADb/xgAPAAaAB4A5v/E/7v/9v/e/xUAEADd/6b/KAA2ACIAQgDa/6b///9JAMj/MADS/zUAQwDe/9n/2P+l/zEAvv+n/03/GADz/83/0v8CABQAq//h/47/HADn/8L/BwALAMb/vv+7/wgAu/8RACYAIgCk/77/5//j//7/qf8fADMAOQAjABkAHwDk/yYALgAzAMX/6/8IACEAFADY/8j/6v+R/6j/FwC5/53/aP83AN///f8mACIALADT/zMA2f8yAPH/v//M/8r/CgA6AJz/FwDr//7/5P9b/+n/6/8iAM//4//t/08AyP/T/6n/nv8nABcAuP8UADYAzv///ygA3v/9/7P/JgDr/+n/BQDY/87/5v8rANr/NQCw/47/LwDU/y8A8P/n/4j/pP8YAN//JgATANT/h//D/73/IwDp/8L/1//m/+P/lP+t/7n/6f/2/8X/ZP/p/+j/gP/B/+b/yP8cACIA2v/3/x0AEwDo/xQAKwA1ADcA3//i/wIAFAACAAwATQDW/9//EQA0APz/6f+M/yMAYwAcANX/DQChAOn/9v9KAKz/JgDh/3b/BgAEAJT/FwADAL7/GwDH/7b/FQAXACEAHAAFAM//3f8fABkAmf8nABgAzf+7/4L/AAABAPX/u//E//H/KACf//b/PQDi/5n/4//e/ysA+f+y//v/5/8jAAYAsv+6/7H/2f+8/x4AdP/9/wIAFgAYALb/yv9TAH8AIgAnAAYAGQC3/7D/TADX/yQAEgAFAMj/8f8YAM3/qP/T/+7/1//N/xMA+v8sAMr/3P/e/ygA/P+6/xoAvv/F/xoAzP/1/4j/9f///5//rP/Q//X/DwDx/08A5P/g/yEACwC+/9b/5f/D/8j/w/8JABgA1/+//6r/rv/X/0AA3P9ZAOb/FQAaAMf/e//C/zkABAA/AOX/CgDU/+n/5//d/+T/3//o/9z/zf/s/9r/z//r/+T//P+P/9v/p/+p/7r/3v8fAAUAOwDN/wQA5v/Z/8b/5/8AAPX/5f/W/xcANAA8AC4ACwDb/9v/0P/o/6j/xv8aANP/u/+f/9L/4P8bACUAEAD+/83/xP/b/yAAQQCj/00A2/8KAK3/CwAdAPH/WQAMACkA5/8uANn/JQCq//r/LwDV/87/RwAWAMX/3f8VAKT/uP+u/yAAIACf/50A4//X/53/KwANAO7/6/9oAOb/pf+2/8L/l/8fACwAFQAXANv/zf/r/yAA8/8VAOn/6/82AOf/DADD/8P/2f8iAD0AqP9kAP7/GAAUACsA0P/S/wwArf/Z//L/p/+d/9D/IQC7/+P/7f/M/xoA8f/8/wsA9v+N/97/LQAPAAIA4f/o/xwA6P+j/9f//f+0/9D/y//I/9b/LwAuADUAsf8fABUA6//A/+H/4P/Z/6X/pP/g/6n/6/9I/4YA2v/m/1kAFwAUAND/4f/2/+T/zv8sABkA2v8tADUAJQA7APv/1v+3/0cALAArACUAFwAXABcAFwAXANb/yf/C/+X/MgAIAND/of/Q/ywAFADC/8b/1/+V/xAA5f+U/xMA4P8/AMv/1//L/9D//f/H/xsAuv/T/7j/uP9OAKf/TAC5/zcAeP/2/73/BACT/zcAnP/+/8L/4v/o/yEAgv/V//b/6//P/wsALAAUAM//sP/M/yUA4f9+/+z/3v/I/9n/wP+5/ygAvv8cAM3/xf/w/0QAFwAXABcAFAAcADYAMwAoAC8A7f/g/7D/4P+s/wEA2//v/+v/1f/l/yYAFwAyAMf/z/+r/yYA3f/i/wsAdP/o/93/4v+7/7r/n/8MAN7//f8cACoAGACq/x4Awv/C/5T/0f8KACAAIQDk/zwA5f/8/+r/0P8aAPv/EwCz/xIA3f++/6//BwDj/8j/vf9pAL//9/+v/+j/LAAUACQAIwAhANv/LACx/+b/AAC5/yYAxP8pAB0Atv/m/y0ASQDG/zUAJQCt/8P/yf+d/xIAtP/m/87//v/w/+L/k/+3/9n/kP+q/5b/AQC9//z/NADA/8r/pv8SANH/5v/W/wcANQABAK7/s/8xAAIA7/+4/wUAyP/p/y4Am/8yAOD/4P+s/83/AwC9/+f/iv/F/z8AHwCs/7//MgD7/+3/3/+O/y7/EwDl/8b/2f/4/ykAwf+t/zIA3//g/woAAgDi/zIAMgAfAJ7/qv/3//3/JADo/6T/EwADAOv/SwApACkAKQDb/5H/EACv/9f/NADX/ycA6//o/9j/av/M/ywAuv8tAMz/5P9JAPT/BQAyALH/9f+6/x4A2f+i/+T/oP/m/7L/yf+b/yoAVQACAJr/AgAQAPX/vP/k/xsAdf/i/ygALgDp/+T/FwCv/2//6v/w/w8Avv/b/xcAJgC8/9n/0/9NABQAGAAHACUAFAC//9//CwAUAAIA3v/y/xcA5v/r/7r/mP/G/wcAy/8PACsAq//T/6b/3f8VAMP/wP+S/zoABQC0/5//FAAsABgA3f8BANj/5P8GANn/sf/e/6b/xf+7/yAABQD0/w0A//++/7H/3P+3/+P/5v+8/7j/zv8BAAwA4v/T/8D/BADf/8D/4v/Q/z4AJAAkAPD/BQAyABEAqv+f/+P/1//g/+j/XgDH/8//CACp/ycA4P85AOn/MwCu/xoAHwDW/zoAJwC6/+T/AQADAA8AJADU/83/xv/4/yUA0/8LAIcAHAAhAOb/IQDk/wEA4//Z/7T/xf/k/xsAmf+r/xgAvf/a/xwA0v86ANH/uP8eAHgAIQAOADgACADs/7D/6v+Z/xkAu//o/ygA1v9NADkA3v8TAL7/KwAhAAkA3P8iAOP/GwDE/9L/9v8kACcA1/8eANf/4/+7/xAA9f/A/9L//P8vALf/3P+7/83/9v8uAEUA8v/O/xkA3P88ALP/zP/f/+//RQAYAE0AGADf/xUAh/+h/xAA3f8cALr/qP/e/73/EwB8/63/4//h/9z/uv8hAC8A4//z//X/2f/l/yUAuf+v/yEA0v/G/xwA9/8FACIA+v8cAH3/6//Y/wMAGgApAJT/jv/B/6T/4P8YAB0AGwACAD0Awf8VAPb/wP8kAA0Ayv/X//H/9P9fAOr/8f8hAO3//P8mAML/pv/5/9D/xP/C/xwAFwAWAB0ALAArAOT/5P/k/+T/if+5/yoAJwD+/+n/FADN/xUAQgCx/6r/4f/U/zQA/f/W/wcA6P+i/xYAxv/h/93/zf/e/w8Amv/E/w8A0f8gACAADwD4/9b///8UAKr/2/9Y/53/PAC3/wUA4P81AIj/tP8bAMn/2f/P/+L/2f8CANH/7v/H/+b/CABv/08Amv8eAAQAof/X/7z/OAAmAL//5//R/ysALADs/5P/6P/g/3//3/+6/+z/6P8oAOf/IAD5//b/5P8VAAIAQAD8/9j/OgDJ/+j/9P/V/8f/7v/t/8D/lv98ABcA9/8mABcAOgApAAkAXQDD/w8ALwAWAMz/QAD4/8j/7//K/93/AwAlAC8A4f+//8L/u/8+ALX/tf/Z/9j/xf8oANn/+v8qACMAw/+n/+n/PACr//n/v/8XAEcAmP8VABYADgCR//7/0P8OAOT/IAARAFMAGgA/APX/8v/X/1cARwBKALX/GADw/9P/DwBa//P/CgBVAP//vv8dACkAGADN/yoA5P8hALX/GQArANX/yf+i/ycA7f/L/6f/2P/o/xYAQQD5/8//8P/U/6//l//E/xQAwf8tAPn/+/8jAI3/CQC1/wIAkP/U/7j//f8NALT/uv/P/+z/ov/r/7n/CwCo/7T/6//W/7X/v/87AGz/0P8jAEcAvP89ABsAt/9BADEA6f/m/+//EADm//v/x/8DABwAx/9z/z8A6P+l/5r/CgB5/4j/wv9kABIANQApAMj////J/+H/zf/J//j/3P/I/5T/HQCn/yUA/P9SAO3/ov/H/yEAJADb/wUAl//Z/w0AoP+5/zcAzv/D/9r/xf/Y/+3/3f/L/9v/qf/N/6//uv+V/0EAwf+1/77/4f8aANL/cP/W//H/JwBCABQA7//V/9b/vf+v/xYA6v/q/xIASAAEAMT/q//o/+T/VwDo/yQAxv8BAOH/h/8OALr/NgDm/xIAFAAQADEAfACf/zEAGQDM/8T/xv8FAMf/HwBJAOf/AACu/wAAoP+U/9z/CwCL/8z/vP/7/xYAjv/o/+H/wv/2/87/HADZ/wUA+//p/xUADwA+ALr/rP8TAMf/xP8xABAAhP9LALD/5f/2/1oAUwD7/yYAFwDp//f/i//l/wgAqv/W/9r/DQDr/+j/KADs/9T/c/86AKr/of8WANj/AABiANf/UADG/8//3//h/+//t//M/33/FwDN/ycAEgA8ALD/kv/M/8T/3P+y/zIAAwAKAKr/v//L/8L/7v87AMD/tf8EAPD/0v9AAM7/kv+h/7z/of+PAKr/5f8eABUAlf+//9n/1P8mALD/CwDr/9T/mf/d/yYABQApAPD/EAC6/zIAjf/O/xQABwCe/9n/0P9IACoASP/q/y0AHwDR/xcAKwAPAMf/IgAoAMj/1f/H/8D/BAAFACkAHwAfAJH/7P+7/8T/FgDy/+D/4/8TAK7/YQAyAFcAVgD1/+L/x/9DAGsAQgDO/0QA2v93ACEAFAApANf/7v/n/9L/BwDO/8j/3v/M/wwAKgA+APP/NAAoAN//IwDF/8P/BwDg/0YAPABKAAQAOAAmACAAOQBDAM7/RQDO/8X/5v/Z/6D/JgAMAPf/sv/H/xkA4//J/63/mv/T/zoAev8YABQAOADG/xAAJQAPABoAzv/l/6L/6//Q/6D/xP/L/8//JAD9/zMA5P+5/8D/GAB//+r/pv/9/+//BADJ/8j/uv+C/63/uP+0/7P/CwCu/73/1f/H/4//9v8NAC0AHgAbANz/TQAeAB4A6/8eAL7/HgDk/+D//v8mABgABQAVALb/zP///9b/LACM/zYAof+8/zEAPAAIAIz/CgDo/+r/3P9OADQAOwAkANT/1f84APz/7v///8v/rv/U/xUAEgAKAOT/KAAAANn/tP8VANz/PwAhAGoA1P/k//f/JACg/9n/pP/k/+r/VQBYACMAqP/7/xMAyf8EANP/zf/o/wcA1P8nALf/gf+6/8X/IQAkAC8AKgD2/y8A4f/p/6T/sv/q/0YA0v8xAOj/9P+y/6f/4f/c/9n/1f/p/7D/2P/m/zcAQgDm/8H/8f8KAN//+//d/xcAIADx/9H/av/P/4//VAAIAEQARAC3/83/GgBMANn/7P/3//r/6P8EALX/+P9GACgABACg/zYAvv8gABYA0////+z/s////yEA2P/K/xUABADp/9n/vv+o/+7/v/+1/9f/AQAnAJX/ov+9//r/7P8iAMr/CAASAOf/RQCY/8n/x/+N/+v/0f/F/w==',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-55, -48, 1, -10, -37, -63, -38, -5],
    classWeights: '7f/Y/wAA8P/Q/wAAwP/M/+v/7//o/+3/CADs/xQA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8PAOf/2//c/xkA6P/Q//f/FAD1//P/7//v/+z/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+v8AAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA4//o/9//6//q/+j/1P8qANj/1//l/9f/1v/W/wAAAAAAAAAAAAAAAAAAAADs/+z/7v8AAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8uANf/5P/X/97/w//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/AAD7//j/JgAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/6//t/9j/7P8AAPf/8v8AAAAAAADu/+3/FADs/+z/8//t/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/u/+7/7P/s/+z/7P/s/xQA7f/t/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P/r/97/AADx/zAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAOL/2//a/+L/2v8gAOP/2v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//p/+z/7P8UAOH/2P8kAM3/2P/h/97/6v/s/+z/7//w/+7/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+L/5v/l/+b/5P8eAN7/FwDs/+z/7f/w/9r/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAzv+//9f/0//N//P/1//r/+z/7P/h/+v/6/8VAOz/1P/R/9T/AADX/+r/GADq/wAAAAAAAAAAAAAAAAAAAADf/+f/5//f/+D/6P/o/xkAAAAAAAAAAAAAAAAAAAAAANj/FQDr/+D/5v/p/wAA6v8AAAAAAAAAAAAAAAAAAAAA7P/q/+z/7v/s/+v/FQDs/+X/4//r/+3/7//S/x4A5f/u//X/AADz/wAAAAATAAAA7P8gAOb/6P/n//L/3//v/wAAAAAAAAAAAAAAAAAAAAAUAO7/7//6//v/7P/s/+3/FADs//b/7P/v//n/7P/r/+z/7P/s/+7/7v/t/xQA7P/n/+r/7f/t/+7/2f/s/yAAz//P/9n/6//Y/+v/w/8eAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/v/+r/6P/Z/x4AAAAAAAAAAAAAAAAAAAAAABMA+v8AAAAAAADt/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/s//H/AADu/wAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/6//Z/+H/8P/j/x4A3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi//X/AAAAAAAALQDK/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf//b/9//x//b/2/8jAAAA6f8sAO7/AADy//L/4f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/W/wAA1//X/wAA1P/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAABIA9P8AAOz/7P/s/+7/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7f/4/wAAAAAAABQA7f/t/+z/7f/t/+z/8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA9/8AAPv/AAAAAAAAEwAAAOz/7P/s/+z/7P/s/+z/FADB/9T/9P/J/9T/DAALAOT/AAAAAAAAAAAAAPr/CwAAAOv/5f/o/+H/6//l/xYA7f8AAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAPf/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/7P/t/wAAFADs/+3/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAPX/8f8AAAAAAAAAAAAAAAAAAAAAGADd/4z/jf+F/2f/+v+U/+z/FADu/+7/7v/s/+z/7P/K/+L/7f/M/5j/vf8hALD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2//L/7P8AABQA7P/v/wAA6f/a//r/0//j/+f/AAAAABUAAAAAAAAA+P/s//T/AAAAAAAAAAAAAAAAAAAAAMD/KwDR/8L/zf/3/8v/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/9P8AAAAAAAD6/xgA+v8AAAAAAAAAAAAAAAAAAAAAtv8RANz/2v/f/+n/9v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6f/r/+//7v/p/xcA+v/s/+3/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AADx/wAAFQAAAAAAAAAAAAAAAAAAAAAA4/8XANT/0//F/8v/7f/T/wAAAAAAAAAAAAAAAAAAAADs/xkA6//v/+//7P/k/+v/6v8ZAOr/4v/a/+P/5//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/v//X/9//s/xQA7P/p/+T/6//c/9//5P8cAN//zP/l/8L/xf/V/8L/KwDU/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/z//D/FADs/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA7P/t/xQA3//Q/yQAAAAAAOX/2v/m/+T/6P/Z/8z/3/8GANT/AADs/+z/AAAAABQA7f/s/+z/6f/n/+T/5v/d/9L/HQDo/9b/1f8JANT/5f/O/77/EwAAAAAAAAAAAAAAAAAAAAAA6//s//b/7/8VAPH/8P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAA3P/p/+r/5v/m/xYA6v/o/wAAAAAAAAAAAAAAAAAAAADs/+b/FQDr/+z/6P/r/+f/6v8XAO7/6f/v/+r/6P/p/+z/AAAAAAAAAADs/+3/FACa/+//EwCj/87/mP+//9n/4f/Y/+z/7f8iAOz/6P/Y/wAAAAAAAAAAAAAAAAAAAADD/8n/4f/l/xMADACx/+f/8f/x/wAAAAAAABMA7v/y/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7P/s/+z/6//v//r/AAAAAOz/7f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwP+0//j/sP/A/xgAyv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/AADW/9//2P/p/9X/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/e/wAA+v/x/w8A2f/s/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPb/7//3/+7/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/X/+7/FAD6/+j/2f/s/+j/6f8YAOn/6//o/+j/6f8AAOz/7P/4/wAA7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/g/wcA5v/v/xoA6f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6v/n/+v/6P/p/xYAAAAAAAAAAAAAAAAAAAAAAOr/6/8pAOr/5//M/+T/6//i/9P/FgDS/wAA5f8JAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/8v8AAAAAAADu/+3/FAAAAAAAAAAAAAAAAAAAAAAA6P/s/+n/FADb/+z/6//s/wAAAAAAAAAAAAAAAAAAAADs//H/4//j/+v/6/8WAOz/AAAAAAAAAAAAAAAAAAAAANf/4f/r/93/7P/c/ycA3v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/8P/r/+z/7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/s/9b/z//T/wAA6v/i/xkA2v/i/+D/5P/l/zMA1//K/9L/AAAAAAAAAAAAAAAAAAAAAPH/2P8AAAAAIwD7/wAA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/xQA6/8AAPv/2//s/+v/9f/x/+n/AAAAAO3/GADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6//q/+j/7P/s/xUA7P8RAOz/7P/s//X/8v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//6f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA2P/h/9b/1/8sAOn/1v/B/8n/zP/O/+D/5/8AACAAy/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOD/7P/a/+L/AAAoANj/3P8RAOz/7P/s//X/8v/s/+z/AAAAAAAAAAAAAAAAAAAAAAYAIADX/9z/s//L/9T/wP8AAAAAAAAAAAAAAAAAAAAA5//x/wAAAAAAAN3/IQAAAAAAAAAAAAAAAAAAAAAAAADu/xkAAAAAAAAAAADg/wAA5v/a/+b/6v/r/+b/HADl/+z/7P8UAOz/7f/s/+z/7P/z/xEAAAAAAAAA8f8AAAAA8/8RAAAAAAAAAPH/AAAAAPP/EQAAAAAAAADx/wAAAADz/xEAAAAAAAAA8f8AAAAA7P/t//H/AAAAAO3/FADv/87/0//c//D/2/8AAM3/JQAAAAAAAAAAAAAAAAAAAAAACQDZ/9v/6v/f/9j/2P8AAOz/7P/t/+7/7//s/xQA7f/f//T/9v8AAPb/MQDK/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8KAOb/AADk/9j/2P/Y/+n/5P/p/+X/6v/n/xgA6v/Z/x0A5f/k/+b/4//h/93/7P/s/+3/7//p/+z/7P8UAOP/7P/s/+z/7P8AAOz/FADt/wAAAAAAAPf/7//t/xQAAAAWAAAAAAAAAAAA8f8AAMn/+P/6/8j/7//q/wAAw/8AAAAAAAAAAAAAAAAAAAAA4//p/xoA6f/m/+X/6P/p/wAAAAAAAAAAAAAAAAAAAADt/+v/6//h/+3/6/8WAOb/AAAAAAAAAAAAAAAAAAAAAOT/GgDm/+f/6v/n/+X/6v/n/xcA1P/q/9H/6//q/+D/AAAAAAAAAAAAAAAAAAAAAPr/FADv//n/9f/z/+z/8P/r/yYA8P/6//P/8f/Z/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+7/5v/r/+z/6/8AAAAAAAAAAAAAAAAAAAAA7P/r//r/2f8AABIA2//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//k/8v/zP/Y/+r/IQDr/wAAAAAAAAAAAAAAAAAAAADD/xQA7f/u/+z/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPH/FADs//T/8P8AAAAAAAAAAAAAEQAAABQA8P/2/wAA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/9f8AAPT/HQDp//D/6v/Y/+X/AAAAAPr/7P/w/ycA6//r/+v/6//s/+r/FQDr/+z/7P/z/+3/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/1/+z/FADy/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5//Y/+T/7/8WAOv/6//t/wAAAAAUAAAA7f/t/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/1/wAA8f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/9//+v/s/xUA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6//1/+v/6//u/+v/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//QACu/7//+/8AAMf/7P8AAAAAAAAAAAAAAAAAAAAA5v8eAOf/5//p/+f/4f/j/+z/AAAAAAAAAAAUAPX/8f8AAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAJAMf/BgDa/+D/JQDQ/9v/3f/q/+r/FQDt/+n/6//r/+v/AAAAAAAAAAAAAAAAAAAAAMv/5v/m/+b/7//q/9j/FwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAA9f/u/wAAAAAAAAAAAAAAAAAAAAAAAPf/AAD7/wAAAAAAABMAAADX/woA3v/t/+H/4P/5/+v/7P/6//T/AADz/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADj/zcAAAD5//b/AADI/+7/AAAAAAAAAAAAAAAAAAAAAPn/HADt//r/6//6/+n/+P/p/xQA7v/v/+z/6f/s/+z/4/8rAM//zP/S/+b/1v/N/9H/GgDf/+P/5//c/+f/3f/v/+3/7//5/wAA7P8UAPH/9/8AAAAAAAAAAA4A+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8KAOX/7v/k/9b/zf8AAAAAAAAAAAAAAAAAAAAAAADs/xsAAAD0/+7/9f/k/+b/7P8UAO//AAAAAO//7P8AAM3/6f/Y/9T/4//T/xkA1v8AAAAAAAAAAAAAAAAAAAAAzv8VAOz/8P/r//P/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v8AAM3/y//H/9b/AAC+/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/AAD6/+z/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDx/wAA3f/u/+3/5//3/yEA5P/r/wAAAAAAAAAAAAAAAAAAAADq/xgA6f/r/+r/6f/m/+r/sf86AMD/vf+o/7j/2v+j/wAAAAAAAAAAAAAAAAAAAADO/ywA0v/H/8b/6v/U/83/6f/r/+z/6v/3/87/4v8aAPD/FADs/+7/7f/s/+z/8P/D/9P/5v/l/+X/CQDS/wYAAAAAAAAAAAAAAAAAAAAAAOr/8v/v//f/9v/u/xYA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/6/wAAFADs/+v/7P/s/+z/7f/5/+z/7P/s/xQA7P/t/+3/8//z/+7/FADv/xQA7v/2/wAA9P/2/+z/7/8AAAAAAAAAAAAAAAAAAAAAIwDj//L/AAAAAOX/3P/w/+z/FADr/+z/6//s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/EwAAAAAAAAAAAPP/AAAAAPT/FgDu/wAA9v/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xkA7P8AAAAAAADw/+z/7f/u//r/8P/s/+z/FAAVAOz/7P/t/+z/6v/r/+z/QgDN/7L/w//D/7f/w//H/wAA6//o/+3/7P/q/wcA6f8AAAAAAAAAAAAAAAAAAAAAAADr/+b/7f/t/+b/AADr/+z/7P8AAAAAAADs/xQAAAAkAOz/6f/h/+f/6//a/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAx//V/+L/2//p/9T/DwAOAOv/6//y/+3/8v/r/xUA6v8AAAAAAAAAAAAAAAAAAAAA5v/k/+n/2//q/xsA5//r/+z/7P8UAOz/7P/s/+z/7P/Z/+P/IQDN/87/5v/d/93/AADo/+j/3P/Y/8P/EwDp/wAAAAAAAAAAAAAAAAAAAADB/77/xP/J/8f/wP9AANL/6//a/8r/3//g/+T/IADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/AAD1/+z/FADs/+f/9f8AABsA9P/p/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9z/5v/W/9v/6/8SAPf/AAAAAAAAAAAAAAAAAAAAAO3/2P/r/+v/6v/s/xgA7P/r/xUA7P/q/+v/6//r/+v/+f/q//T/6/8UAPP/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/AADw/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AABYAAAD5/wAAAAAAAAAAAAAAAAAAAADd/wAA7f8AAAYA6//g/9n/AAAAAAAAAAAAAAAAAAAAANf/IwAAANH/0//W/8f/v//G/yQAzP/S/9L/wv8AAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/a/+n/5/8AANj/5f8AANv/FgDp/97/6f/a/wkA1/8AAAAAAAAAAAAAAAAAAAAA7P/6/wAAAAAAABYA6f/x/wAAAAAAAAAAAAAAAAAAAADp/+z/6//R/xQAz//s/wAA7P8UAPH/2f/1/+z/AADt/+v/7P8UAOz/7P/s/+z/7P/u//D/AAAAAAAA7P8UAPf/6/8AANn/2//o/+v/3v8TAN//5P/y/+P/AADl/x0A6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAUAAAA7f/t/+7/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAABQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/4/wAAAADi/+3/6/8XAPr/AADS/6r/7v/M/wYAwf8AAAAAAAAAAAAAAAAAAAAA9f/v/wAAAAAAAAAAGwAAAOz/FADu//D/AADs/+z/+v8AAAAAAAAAAAAAAAAAAAAA8P8AAO3/3f/e/7z/AADa/xEA1f8AAL//zP/L/+H/AAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA7P8FAN7/x//a/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgDF/8b/AADZ/+H/9f/R/9j/1//c/9v/4/8NAAAA+/8AAAAAAAAAAAAAAAAAAAAA3v/t//P/6P/2/+7/IQDz/+z/7P/6/wAA8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAyf/b/9j/EwDZ//D/5P/v/9j/1//u/+b/+f8qANH/2P8AAAAAAAAAAAAAAAAAAAAA3//s/+z/5//s/yIA7P/Y/wAAAAAAAAAAAAAAAAAAAADs/xQA7//x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABAA6v/U/8//1//W/8T/7v/u//X/AADz/wAAAAATAAAA4//6//f/6P/5//n/HgD0/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//n/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/wUA4//y/+X/1P8AANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/FADs/+//7v/7/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAMADu/8j/uP/P/8j/2P/T/wAAAAAAAAAAAAAAAAAAAADZ/xgA5P8AAOL/7P/Y/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/wAAAAD5/+j/+f8aAPT/AAAAAAAAAAAAAAAAAAAAANP/2f/W/wkA4//W/93/AADP/+D/6//v/+X/KQDL/+r/5//s/xQA8P/t/+z/7P/t/+v/7P8UAO7/9v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA6v/t/+z/8//u/+z/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9P8AAAAAAAAAABoA+v/s//f/7P/t/wAAFADs/+3/7P/3/+z/7f8AABQA7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/FADt/+z/7//u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/FAD1//P/7//v/+z/9f/s/yAA5v/o/+f/8v/f/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6//r/+v/6v8WAO7/HADt//X/9/8AAAAA6v8AAOf/EwDb/+b/7P/y/+r/4f8AAAAAAAAAAAAAAAAAAAAA7f/5/wAAAAAAAO3/7v8UAOz/7P/s/+b/7P/s/+z/FADs/+z/7f/v//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/wAAAAAAABQA8v/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P8AAPb/7P/s/+//7//s/wAAAAAAABQA9P/s//n/AAAAAAAAAAD2//H/EwAAABUAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAPb/8f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/+f/x/xQA7P/s/+z/7P/s//n/8f8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//n/8f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s//n/+//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//v/8f8AAAAAGQDp//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xgA6//w//D/9P/o//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+/8AAAAAAAD2/xIAAADs/+v/7P/s/+z/7P8UAOz/7P/s//f/7P/z/xsA2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/FQDt/+n/6//r/+v/8P/s/xcA6P8AAO3/8f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAAAAAAAPP/7P8AAAAAAAAAAPj/AADx/wAAFQDq/+r/FQDt/+n/6//r/+v/7P/s/xUA7f/t/+j/7P/s/+H/y//H/9b/FQDq/9L/AAAAAAAAAAAAAAAAAAAAAAAA7v/t/+3/+P/q/xUA7P/s/+z/5f8AAAAAAADs//P/FAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P/s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA7P/5/+v/8P8AAAAAAADt/wAA8P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOQAAAAAAx/8AAAAAAAAAAAAAAAAAAAAA5v/c/+b/AAAHANn/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+//AADl/wAAHgAAAOP/7P/v/+//7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/6/wAAAAAAACEAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7f/x/+P/8v8jAOb/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/GADr/+n/7f/m/+n/5f/o//r/AAAAAAAAFwDy/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//D/AADs/+z/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f8qAAAAAAAAAPT/9/8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/1P/p/+//7P/s/+j/6/8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P8UAPT/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+//FQDq/+3/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//D/6//s/+z/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAAAAAPP/EgAAABIAAAAAAAAAAAD2//r/9v/v/wAAAAD6/+//7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/2P/r/+z/5v/s/wwAAADs/xQAAAAAAAAAAADu//n/7P8UAAAAAAAAAAAA7v/5/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/p/+z/7P/s/+z/FADu/wAAAAAAAOz/7P/w/wAAFQAAAAAAAAD0/wAAAADs/+v/AADv/wAAFQDt/+j/AAAAAAAAAAAAAAAAAAAAAOv/AAD7/wAAAAAZAAAA9P8AAAAAAAAAAAAAAAAAAAAAFADs/+3/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/m/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/+3/AAAUAOz/7P/l/xQA6f8AANj/2P/j/+L/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8UAAAAAAAAAPD/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/7v/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs//X/AAAAAPH/6v/s/w0A7P8UAO//8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADz/+L/AAAAAAAAAAAuAAAA6//r/+7/7P/v/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s//H/9/8AAOz/FAD0/wAA6v8AAAAAAAAeAAAAAADs/+z/8//t/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+T/6P/X/+r/GwDn/+f/AAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/8P8UAOz/7P8AAPL/AAAAAAAAEAAAAAAA8P8UAOz/7v/t/+z/7P/w/wAAAAAAAAAAAAAAAAAAAADt/wAAAAAUAAAA7f/t/+7/7P/2/wAAAAAAABQA7f/s//b/AAAAAPb/AAD6//b/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//P/9//n/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/FAD1//P/7//v/+z/9f/7/+r/3P/j/+X/4f8FANz/AAAAAAAAAAAAAAAAAAAAAPP/LAAAAAAA9f8AANP/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAOz/AAAaAAAA6P8AAAAAAAAAAAAAAAAAAAAA7P/1//v/7f8AABQA7P/s/xQA8//6/wAA+v8AAOz/AAAWAO3/7f/t/wAA+f/q/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/1v8AAOf/8v8sANf/1v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADt//T/+f8AAPr/7f/t/xQA7P8AAPL/AAAAABQA7P/2/9j/zf/c/zwA4P/E/9X/1//s/wAA7P/Y/+v/1/8MAPn/AAAAAAAA8f8AAOz/AAAUAOz/9//s/+3/AAAUAOz/7f/t/+v/AAAAAAAA7P8UAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPD/9v8AAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAA9v/x/xMA7P/t/+//8f8AAO3/FADr/wAAAAAAAAAAAAAUAOz/AADt/+v/AAAAAAAA7P8UAPv/AAAAAAAAAAAAAAAAAAAAAAAA7P/x//T/9P/s/wAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfANj/7v/s/+v/6f/Z/9z/HgDt/+7/9v/o/+H/4v/m/+z/7P/t//D/8P/t/xQA7v/s//v/AAAAAAAAFADx/+//AAAAAAAAAAAAAAAAAAAAAOj/AAAAAAAAAAD7/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/7f/v//D/7P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+X/4v/m/+j/6v8cAOH/AAAAAAAAAAAAAAAAAAAAAPv/6//f/+b/6f/j/wUA3v/k/+z/1//V/9X/5v8bAOj/+v8AAAAA7P8AABoAAADo/wAA7P8AAAAAAADs/9b/FAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/+//t//L/7P/s/+z/FADv/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7v/s/+z/7P/s/+z/7v/u/+3/7P8UAO3/5//r//X/6//r/+7/6/8WAO//7P/t/+z/7v/s/xQA7f/s/+z/7f/v/+//7P8UAOz/7P/s/+3/7//v/+z/FADs/+v/7P/t/+z/7P8VAOz/6//g/9//7//f//n/1P/s/y0AAAAUAAAAAAAAAPn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+P8AAAAAAAAUAO3/7f/r/y8A5v/4//b/7//R/+//AAAAAAAAAAAAAAYAAAAAAO//7P/x//f/AADs/xQA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8//P/zv+6/8r/DQD3/8z/7P/t/wAAAAAAAOz/FAD4/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7f/r/+z/AAAAAAAAAAAAAAAAAAAAAO//FQDs/+3/7P/s/+v/7P/u/+3/7f/4/+r/FQDs/+z/4f8bANn/3v/b/+f/6v/Z/xQA7v8AAAAAAADs/+z/8P/s/xQAAAAAAAAAAADt//f/AAAAAAAAAAAAAAAAAAAAABEA7P/s/+z/9f/y/+z/7P8AAAAAAAAAAAAAAAAAAAAA1f8AANz/8//3/wYA2f/k/xQA7P/s/+n/7P/s/+z/7P8UAPr/AAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8mAPP/AAAAAAAA2/8AAOz/7P/y//r/AAAUAOz/9v8AAAAAAADx/wAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAPAPf/AADx//r/AAAAAAAAIQAAAOz/6//v//r/AAAAAOz/7f8VAOz/7P/s/+//FADs/+z/6/8AAAAAAAAAAAAAAAAAAAAA2P/p/yQA7f/m/+L/2P/b/wAA6f/k/+r/6//r/wUA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+/8AAAAAAAD2/xIAAAAUAOz/AAAAAAAA7f/t/wAA7P8UAAAAAAAAAAAA7f/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/w/wAA+v/u/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/+f/s/xQA7P8UAO7/AAAAAAAA7P/s//D/9P80AOT/7//2//b/+f/0/+b/HgDb//T/7//s/+f/7f8AAAAAAAAAAAAAAAAAAAAA+f8SAPn/AAD1//v/+v/6//n/GwAAAAAAAADs/+//9v8AAAAAAAAAAAAAAAAAAAAA7P8UAAAAAAAAAAAA7f/3/+L/FADo//j/9//s/+z/7P++/zEAyv/V/6//0//R/8P/3v8VAOr/2P/x/+z/6//k/+f/GwDp/+j/6v/j/+T/5//U/yoA2P/X/+X/1//W/9b/7P8UAOz/7//t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD4/wAAAAAAAO3/7P/t/+b/9f8AAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+z/7v/s/+z/FgDs/+b/5//n/+L/6P/p/xoA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8VAAAA+v8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAMAMr/7P/v/+D/3v/X/wUAAAAWAPf/AAAAAAAA6v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8//w/xQA7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//j/+n/7P8AAPD/GgDu/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+b/6P/k/+z/4P8bAOn/AAAAAAAAAAAAAAAAAAAAAO3/AAAAABQAAADt/+3/7v8AAAAAAAAAAAAAAAAAAAAAEwDc/wAA7f/y//b/AADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8UAO//+f/1//P/7P/w/+z/FADs//f/4P/s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAPr/+/8UAO7/7P8gAOz/7P/s//H/2//s/+z/AAD5/wAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/v//D/7P8UAOz/7P/s/+3/7//w/+z/FADs/wAAAAAAAAAAAAAAAAAAAADt//X/8f/1/wAA6/8AABUAAAAAAAAAAAAAAAAAAAAAANn/2/8ZAOH/6//Z/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+b/+f8fAPL/9f/i/9z/3P8AAAAAAAAAAAAAAAAAAAAAGADp/+v/7//q/+j/5//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAA9v8AAPr/9v8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA+v/7/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+P8AAAAAAAAUAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/8P/r/+z/7P/o/wAAAAAAAAAAAAAAAAAAAADs/+z/FQDr/+7/7P/q/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAA8f/w/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADs//n/6/8AAAAAAAAAAAAAAAAAAAAA1/8uANf/5P/X/97/w//e/+r/FQDs/+r/8P/q/+n/6v/s/+z/7P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp//P/0/8aAPL/6f/f/+n/AADt/wAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAD5/+n/6//s/+v/6P8AAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9D/3//f/+P/JADa/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/7P/s/+3/FAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/8/8AAOz/7P/s//H/AAAAAAAAAAARAPX/AADs/+z/7P8UAPf/7P/s/+z/EwDw/9X/qf+z/+j/6P/J/+j/FQDs/+n/7f/p/+n/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA6v/d/+T/6//m/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/ykA2P/u//L/3v/X/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/AAAAABQA7P/s/+z/7P/x/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/xYA+P/t/+z/9//q/+3/7//t/+//+f8AAOz/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/l/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADt//j/AAAAAAAAFADt/+3/CgAAAAAAAAAAAAAA+v8AAAcAAAAAAAAAAAAAAAAAAADG/9D/6f/a/97/4f8qANz/AAAAAAAAAAAAAAAAAAAAAAAAJwAAAPj/+v/3/9v/9v/t/ywA9P/x//D/7f/Q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAAAA7P/s/+//7P/s/+z/7P/s/+z/FADr/+z/7f/v//T/9f/t/xQA7P/6//v/AAAAAAAA9v8SAAAA6//W/9z/5P/o/xYA7P/O/wAAAAAAAAAAAAAAAAAAAADq/+L/7P/t/+7/7f8XAOr/AAAAAAAAAAAAAAAAAAAAAOn/3f/g/9L/1v/i/yAA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/r/9z/7P8AAOz/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAOz/FADt/+z/7//s/+z/7P/t/+b/+f8AAAAA7/8sAPn/7P/s/wAAAAAAAOz/7f8UAO3/FQD6//n/AADu/+z/9//u/xYA6//t/+7/6//r/+n/7P/s//X/AADx/+z/FADt/9j/5v8UAO//AADk//X/7P/m/+n/3P/o/+H/HwDZ/+r/JADE//r/AAAAANz/yf/i/+7/8P8AAAAAAADs/xQA9//v/+v/AAAAAAAAFgDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAOn/AAAAAPv/AADy/wAAHAD6/+b/7P/w/wAA7f/1/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAOf/AAD4/wAAGgDE/9j/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+//7f8UAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+7/+/8AABQA7P/s/+z/0v/O/wAAAAAtANH/4f/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAUAO3/7P/s/+z/7P/v//n/+P/s/xQA7v8AAAAAAAAAAAAABgAAAAAA7v/0/wAAAAD5//j/GQAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAA7P8UAAAAKQDg/wAAAAAAAPj/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s//b/7/8AAAAA+v/v/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAADs/+3/9v/s/+z/7P/m/xUA9//u/wAA9v8AAAAAGwAAAPX/8/8AAPj/AAAAABcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//y//H/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+T/6v/n/9z/5P/n/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//2//n/7//e/xUA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//g/9v/6f/n/9n/FgDj/wAA7P/6/wAA8P8UAOz/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/AAAAAPf/AADr/xsA9v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/v/+z/FADt/wcAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAADu/xUAAAD6/wAA7P8AAOz/7P/z/+3/AAAUAOz/7P++/8T/7P+8/8z/wv8kALn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/s/+//6//q/xUA7P/r/+P/6//v/+n/5f8XAOz/7P/s/xUA6//u/+z/6v/o/wAAAAAAAAAAAAAAAAAAAADt//n/AAAAAAAA7f/u/xQAAAAAAAAAAAAAAAAAAAAAABgA7f8AAAAAAAAAAOn/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAO//AAAAAAAA7v/t//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAPn/8f/w//D/7f/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/9v/v/wAA6//s/+3/AAAAAAAAAAAAAAAAAAAAAPH/AAAAAPj/AAD2//v/IQDs/+z/7P/s/+z/7P8UAO7/7P/l/wAAAAAAAOz/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA1//p/9v/6f/n/+j/6f8AAM3/6f/P/+T/1v8AAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/7f/k/+3/DwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+3/7P/s/xQA7P/s/+z/8P8VAOz/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/x/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAD2/xQA9P8AAAAAAAAAAAAAAAAAAAAA3f/p/+b/6f/W/+X/6v8bAOz/7P/v/+//FQDq/+3/6/8AAAAAAAAAAAAAAAAAAAAAIwDh/8v/vv/d/7T/AAC2/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADs//j/7f/4/wAA4P/Y/97/3//s//H/7P/g/9j/HQAAAOj/AAAAABkAAAAAAAAA7//u//v/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9v/s/+z/7P/m/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7v/7/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADq/+//7f/r/+j/6//s/xQA7P/4//r/7f/s/+3/7P8AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAPAPf/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJADy//r/AADs/+v/7P/Y/wAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAOv/7P/2/+//FQDx//D/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/GwAAAPT/7v/1/+T/5v/s/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/w/xUA7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAPf/6/8AAOn/2f/w/wAAAAAAAO3/AADw/xMAFADs/+z/7v/u/+z/7P/s/xQA7P/s/+7/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//6/8AAAAAFADt//P/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8rAAAA+v/3/wAA1f8AAOn/5//p/+H/5//p/xgA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9f/x//X/AADr/wAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//s/+3/AAAUAOz/7f8hAM7/4//P/9b/xP/i/9r/FwDs//L/9//2/+z/6P/y/+z/7P/v//P/9/8UAOz/7P/w//H/AAAAAAAAFADs/wAA7P/s/+3/9P/s/xQA7P/u/+P/AAAAAPb/AADn/w0A7/8AAAAAAAAAAAAAAAAAAAAA8P/2/wAAAAAAABoAAAD4/+f/4f/h/+f/6f/l/xsA6f/F/zYA5//l/+L/wP/F/9r/7P/s/+7/7v/v/xQA7P/s/+z/7P/t//n/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAD2/wAA+v/2/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//L/9P8AAPf/FADv/+z/7P/s//H/+P8UAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6f/1/+n/AAAWAOv/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADa/8T/DQDN/9f/z//Q/+z/7P/v/+//7f8UAOz/7v8AAAAAAAAAAAAAAAAAAAAA6P/n/+r/6v/t/xkA5v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//6f/s/+z/FADu/73/IADJ/8r/5f/4/7X/6//s/xcA4f/s/+z/6//h/wAAAAAAAPj/AADx/wAAFQDs/xQA7P/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//7P8UAO3/7v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v8XAOv/8v/p/9b/8//i/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xQA7P/s//X/AADr/+z/AAAAAAAAAAAAAAAAAAAAAB8Av//p/+P/8f/h/9n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/EgDs/+z/+v8NAN7/7P/Y/+n/5P/s/+z/FADt/+r/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/xQA7P/s/+z/7P8MAOX/2//s/+v/AADi/9v/AAAAAAAAAAAAAAAAAAAAAOr/9//U/xoA9v/p/97/6f/s/+z/+v8AAPH/FADs/+z/AADS/8H/0//v/77/AAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/Y/wAA5//c/+v/0P8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/q/xYA4P/q/wAA4P/W/xUA6//w/+v/8//X/+z/8f8UAOz/7f/4//j/7P/s//P/AAAAAAAAAAAAAAAAAAAAAOL/AADs/+r/AADY/xQA5f8AAAAAAAAAAAAAAAAAAAAAFADt/+3/AADw/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADp/xQA6//s/+z/8//s/+z/9/8AAOf/7P/l/wkA6v/X/wAAAAAAAAAAAAAAAAAAAADq/+D/GQDJ/+f/5//r/+r/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v//D/7v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAAAADy/wAAFADs/+z/7f/s/+z/7P/s/xYAAAAAAAAAAAAAAO//AAD0/+H/0P/o/wAA2v8sAPf/9/8AAPv/AAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5v/g/+f/2//p/x0A3v/p/xgAAAAAAAAAAADp//D/AAAVAPT/7P8AAAAA6//t//f/AADn/+f/7P/r/woA1f/p/xQA7P/s/+7/7v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAFADx/wAAAADy/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAOf/7P/r/+7/6f/s//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/+z/7f8AABQA7P/t/+z/9//s/+3/AAAUAOz/7f/s//f/7P/t/wAAFADs/+3/FADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADp/8//0//k/+f/0P8bAMv/7P8UAOz/7//t/+z/7P/s/+z/FADv//H/7P/s/+z/7P/r/xUA6//s/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/9P/s/+z/7P/t//n/AAAAAAAA7f/u/xQA6v/s/+z/7P/s/+v/FQDr/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADo/wAA9/8AAAwA6f/d/wAA8P/o/93/8f8QANf/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/s//b/AAAAAAAAFADt/+z/NgDj/+3/AADk/7X/2P/s/+3/7f/2/+z/7P/s/+z/FAAUAOz/AAAAAAAA7f/t/wAAEQDr/9X/6f/Y/+f/2f/d/wAAAAAAAAAAAAAAAAAAAADq/+z/AADp/wAAGAD5/+3/GADp/+7/8//y/+z/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDp/wAAFADt//D/AAD6/+7/7P/u/+z/7P8AAAAAAADs/xQA7P8AAAAAAAAAAAAAAAAAAAAA7v/2//r/AAAAAPH/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/y/wAAAAAAABUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xwA5//t//D/6v/i/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA7v8AAAAAEgAAAAAAAAAAAO7/AADn/+b/6f/g/+z/6f8YAOz/7P8UAOz/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD1/xQAAAAAAAAA7v/s/wAA7P8UAOz/8P/r/+z/7P/o/wAAAAAAAAAAAAAAAAAAAAAUAOz/6//y/+//7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+f8AAAAAAADt/+7/FADf/8P/2P/I/93/7v8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+//7f/s/xQA7P/t/wAAAAD3/wAABgDy//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/2/wAAAAAAABoAAAD4/wAA8f/4//L/AAATAO3/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//X/7f8UAOz/7v8AAAAAAAAAAAAAAAAAAAAA7P/t/wAA+v/7/xQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA1v/Z/9z/3f/f/9v/2f/g/+r/7v/4//H/7v8aAO3/8f8AAO7/AAAAAAAAEgAAAMn/3//f/+3/2f8tAM7/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+H/6//r/xUA7P/J/9//3//t/9n/LQDO/+P/FADs/+z/6//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/yAA5v/o/+f/8v/f/+//7//s/wAAFAAAAOz/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6/8UAOz/7P/s/+3/8v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADq/+f/6/8WAOv/5f/r/+f/7P/s/+z/7P/s/xQA7P/s/+z/7P/3/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/o//j/6v/r/+n/FwDo/+7/7v8AAOz/8f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/7f/s/+r/6//s/+r/7v/a/wAAAADV/yEA8/8AAAAAAAAAAAAAAAAAAAAAz//t/wAAAAAAAOv/HwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAA+P8AAPb/+/8hAPT/4P8AANn/7//r/ysA2P/s/+z/9f8AAAAAFADs//n/7f/4/wAAAAAAABQA7f/t/wAAAAAAAAAAAAAAAAAAAADt//j/AAAAAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+r/7P8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAA+P/q/+z/+v8AABQA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6//e/+n/7P/a//X/FADq/+z/+v8AABQA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/f//r/7P8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAD5/+z/AADm/+P/7f/r/+z/6v/k/xsAFADs//j/+v/t/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//D/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+f/u/wAA9//s/+z/7v8UAOz/7P/v//P/7P/r/+z/AAAAAAAAAAAAAAAABgAAAOj/AAAAAAAAAAD7/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAA9v/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//b/7/8AAOv/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAADb/+j/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/83/4v/D/8L/1//U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAA8A9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//5//j/7P8UAO7/7P/t/+//9P/1/+3/FADs/xEA7P/s/+z/9f/y/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo//T/AAD4/wAA6v8YAPT/AAAAAAAAAAAAAAAAAAAAABQA+f/u/wAA9//s/+z/7v/q/+7/AAAAAPL/FgDu/+z/6v/e/87/tv/K/83/8v8TABQA7P8AAO7/9//s/+z/7P/s/+3/7v/6//L/7P/s/xQA6f/Y/7T/sP/1/yIA4//b/+v/0f/i/+j/5v/m/+v/FwDv/+3/7//5/wAA7P8UAPH/zP/P/9T/3f/b/8j/1P82AAAAAAAAAAAAAAAAAAAAAADs/+z/6f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/+v8AAAAAAAAUAPn/AADu/wAA+//3/wAA6v8YAPX/AAAUAO7/AAAAAO7/7f8AABQA7P/s/+z/7f/s/+z/7P/w/xQA7f/z/wAA8v/s/wAA6//q/+z/6//s/xUA6//q/wAAAAAAAAAAAAAAAAAAAAAVAOz/7f/y/+//7f/r/+3/AAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+P/6//t/+//0v8eAOX/GQDd/+X/5P/m/+T/5v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/9v/2P/a/9z/2f8nAOf/7v/1/wAA8/8AAAAAEwAAAMX/x//K//T/yP/K//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/AADq/wAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/6v8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AADx/wAAFQAAAAAAAAAAAAAAAAAAAAAA7f8YAAAAAADx/wAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/9//+v/s/xUA7v/y/wAAAAAAAA0AAADy//b/9v/y/wAA7P8AAOz/7P8UAOz/AADy/wAAAAAUAOz/9v/r/+z/7P/s/+7/7v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAPb/AAD6//b/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//s/+3/AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/xQA7//s/+z/7P/s//b/AAAAAAAAFADt/+z/FgDt/+3/7f8AAPn/6v/u/wAAAAAAAAAAAAAAAAAAAADs/+7/9f8AAAAA7v8UAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/AAD6/+z/7P/y/9T/2v/n/+P/5v8fANr/3//s/+z/7f/y/+z/7P/s/xQA7f/1/+z/FADy/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//r/AADx/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/9//5/xQA7P/s/+z/7P/s/wAAAAAUAOr/7P/s/w0A5P/b/8X/4P/j/9T/CQAAAOz/8f8AAPX/AADr/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/2P/q/+b/5v8jAN//5/8UAOr/7//t/+v/6P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAPn/AADs/xQAAADZ/ysAAAD6//f/AADV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7P/r/xUA7P/r/+3/7v/s/+v/7P/s//X/AADx/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAAkAOD/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/AAAAAOH/7f/r/xcAAAAAAAAAAAAAAAAAAAAAAO7/KAAAAAAAAAAAANz/AADt/xwAAAAAAAAAAADT/wAA0//n/+n/6P/k/+r/GwDr/+z/+v8AAAAAAAAWAOn/8f/3//v/AAAAAAAAFQAAAAAAGADq/+H/5//U/+n/yv/h/xYAx//e/+P/0P/X/wcA5P8oANj/6P/y/+z/7P/l/9j/7P/s/9r/8//u/xQA7P/t/zcA2f/w//n/6f/L/9v/1f8AAAAAAAAAAAAAAAAAAAAAHgDk/+3/+v/t/9//1//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgDs//H/9P/0/+z/3f/s/wAAAAAAAAAAAAAAAAAAAAArAOr/6v/q/9z/1P/l/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDX/93/x//2/+r/t//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA7P/s/+z/7P/d/+z/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKH/wv/A/9L/+P/t/83/AADs/+z/8P8UAO3/7P/s/+z/8f/r/woA7P8AAPv/6v/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/1P/6/wAA+P/4/ykAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO3/AAD3//r/6//t/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/v//P/9/8UAOz/7P/t/wAAAAAAAAAAFgDq//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAOf/7P/r/+7/6f/s//j/AAAAAAAAAAAAAAAAAAAAAOn/FgDs/wAA7/8AAOr/AADs/+z/8//t/wAAFADs/+z/7P/s//P/7f8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAADy//n/AAAAAPr/GwAAAOj/AAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAD1/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/y/+3/AADr/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAA8f/u/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/9f/3//r/7P/s//H/6//c//n/+v/x/93/FQDr/9f/4//l/+b/6P/c/97/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/x/wAA7v8AACgA2//Y//j/AAAAAAAAAAAkAOD/8P/m/+n/9f/p/wAAFgDr/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADs/+3/FADr/+v/7P/p/+3/7P/r/xUAAAAAAAAAAAAAAAAAAAAAAOz/5f8AAAAAAADs//P/FADr/+n/1//R/9b/5v/q/yQA7P/l/wAAAAAAAOz/8/8UAOz/7P/3/+7/7f/s/+z/FADw/wAAAAAAAO3/AADw/xMA7P8AAPn/AAD3/+z/7/8UAOL/4P/h/+v/2f/X/+H/KwAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAOz/7f8UANn/4/8AAAAAAADo//D/KADo//L/AADz//n/7P/V/xUA7P/s/+3/7P/s/+z/7P8UAOz/7P/3/+7/7f/s/+z/FADq/xUA6//r/+v/6//q/+r/AADu/xUAAAD6/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s//b/+f8AAOz/FQDw/wAAAAAAAAAAAAAAAAAAAAAfAOX/4f/k/9v/3v/n/+D/6//s/+z/7P8AAOz/FADp/+z/9//s/+3/AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAA3f/p/+b/6f/W/+X/6v8bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//o/wAAAAAAAOr/GADz/+z/AAAAAAAA+v8UAO3/7P/s/+z/FgDm/+z/6f/q/+v/7P/s/xQA6P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/Z/+r/6v8aAOb/2P/n/xQA7P/t//j/+P/s/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/j/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAADp/+r/FQDt/+7/7P/r/+z/8v8UAAAAAAAAAO3/7P8AAAAAAAAAAAAAAAAAAAAAAADp//P/0/8aAPL/6f/f/+n/7P/6/wAAAAAAABYA3P/f/+z/7P/s/+z/7P8UAOz/7P8NANn/4P/p/wAA5f8AAOr/7P/2/wAAAAAAABQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9P8AAAAAAAAAABoA+v/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAN//IADy/wAA7P/5/9//+f/j/+3/7v/u//D/0f/s/ywAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+z/+f/5/wAA4f8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/+X/zf8LAO7/6P/V/wgACwDl/9P/x//X/+7/0/8AAPL/JgDs/+//7f/r/9v/8f/s/xQA7f/s/+3/7v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8ZAOf/6f/o/+j/5P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wkAxf/T/8r/zP/s/8b/FADs/+z/8v/u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//HQDy//f/7v/w/+j/5//u/xQA+f/x//D/8P/t//T/AAAAAAAAAAAAAAAAAAAAAO3/9f/s/xQA8v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+//7f8UAOz/7v8AAAAAAAAAAAAAAAAAAAAA4//6//f/6P/5//n/HgD0//r/FAAAAAAAAADw/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FAD5//H/8P/w/+3/9P/s//r/AAAAAAAAFAD5/wAA+v/x/xcA6P8AAO//7f/o/+z/7P8VAOz/7P/s/+v/7P8UAO7/AAAAAAAA8//s/wAAAAAAAAAAAAAAAAAAAAAAAB8A7f8AAAAAAAD1/+D/AADs/+z/7P/t//D/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAAAAD7//b/AADs/xQA7P/w/+v/7P/s/+j/GwDp/+L/4P8AANH/7//m/+z/8//u//r/8//s/xUA7P/g/+L/EADp/+z/AADb/+f/AAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/8P/t/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+X/1v/W/9X/4P/j/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t//j/+P/s/+z/8/8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA9f/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb//L/r//X/6X/w/+x/wAA0/8VAOv/4v/p/+v/8v/k/xsA6f8AAAAA7v/k//b/7f8UAOz/7P/s/+z/8f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//Y/+n/FADX//D/4/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAPj/AADx/wAAFQDs/wAAAAAAAAAA7P/t/xQA7P/s/+z/3//6/+z/FQDu/wAAAAAAAAAAAAAAAAAAAADj/9n/3f/Y/+n/FAAAANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9D/6//r/wAAKwC//9f/7P8AAAAAAAAAABQA9f/x/+z/7P8AAAAAAADs/xQAAADs/+//+v8UAAAA7v/s//L/7//s/+3/7P/u/+z/FADt/+3/8P/s/+z/AADs/xQA7f/h/+r/7P/r/wAA7P8YAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/7f8UAO7/7f/t/+z/6//s/xQA7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfAOL/0v/X/9//zf/T/9D/7P8UAAAAAAAAAOz/7f/w/+v/7P/s/+3/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8P8AAPr/7v/s/+7/AAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAAAAAAACQDb/9X/7/8jAOD/1//f/9X/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/9z/+f/s/xUA2P/s/+z/7P/s//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADt/+3/9v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/7f/2/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAPX/AAD4//X/GgAAAAAAAAAAAAAAAAAAAAAAEgC//8j/zv/a/8r/8//I//D/AAAAAAAAAAAAABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADs/+z/FADs//v/AAAAAAAAFADx/+//zf8nANf/0//Y/+L/3f/i/wAAAAAAAAAAAAAAAAAAAADs/+3/8f8AAAAA7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAA7P/6/wAAAAAAABQA+f8AAAAAAAAAAAAAAAAAAAAAAADe/8v/7f/t/+7/JwDm/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi//X/AAAAAAAALQDK/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/Z/+r/6v8aAOb/2P/n/wAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANwDZ//D/+f/p/8v/2//V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+v/7//r//P/6f8YAOr/5f/s/+z/4//s/+j/GgDq/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/7v/0/wAAAAD5//j/GQAAAO7/9P8AAAAA+f/4/xkAAADr/+v/7P/z/+v/6/8VAOz/6//r/+z/8//r/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/7f8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/s/wAA7P/n/9z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAAAAAADt//f/7P/h/+v/6//r/+z/FgDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//X/9//6/+z/7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAA7v8AAAAAAAASAAAA0/8YAOz/7P/s//f/6//s//X/FAAAAAAAAADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA7/8AAAAAAADu/+3/9//Y/+v/HADc/9n/6//m/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf8nANf/0//Y/+L/3f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAAAAPL/GAAAAOz/7P/u/+7/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+//7P8UAOv/1v/c/+T/6P8WAOz/zv/u/+7/+f/u/+7/FADs/+v/0//F/wAAy//X/xcAu//o/wAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAJADg//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAADs/+z/6/8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/9v/s/+z/6/8AAAAAAAAAAAAAAAAAAAAA7P/t//f/9//t/xQA6//s/+3/7P/v//L/7f8UAOz/7P/t/wAAAAAAAAAAFADu/+3/6//v//r/AAAAAOz/7f8VAAAAAAAAAAAAAAAAAAAAAADq/9X/5v/U/97/LADB/9b/7P/s/+3/7P8AAOz/FADw/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/a//P/7v8UAOz/7f/Y/+P/0P/O/8z/EgAAAND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+z/9P8AAPf/7/8YAPH/FADt/wAA7P/s/+z/7P/t/+7/7f/t//j/6v8VAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+//8//s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7f8UAOz/7//z/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAA9//v/+3/FAAAAAAAAAAAAAAAAAAAAAAA4//6//f/6P/5//n/HgD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD4/xwAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/5//H/FADs/wAAAAAAAAAAAAAAAAAAAAAUAO3/9v/v/wAA6//s/+3/FADs/wAAAAAAAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/EwAAAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+//7f/s/xQA7P/s/+z/5v/z/+r/FQDs/+r/6f8XAOr/6v/q/+r/6P/5/+j/6/8hAOv/7P/Y/+L/6f8AAAAAAAAAAAAAAAAAAAAA8/8sAAAAAAD1/wAA0//1/+3/GAAAAAAA8f8AAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAASAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAD6/xQA7f/s/+z/7P/s/+z/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s//H/7P/s/9D/+P/Z/7P/AAC5/93/7v8JANX/3v/m/9H/1v8FAOP/6//s/+//7/8AABUA6//s/+v/7P/v/+//AAAVAOv/7P/o/+z/6v/W/+v/1f8YAOf/7P8AAAAAAAD6/xQA7f/s/+f/6P8AAAAAAADq/xgA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/m/+z/7f/2/+r/FwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8UAAAAAAD0/wAA7P8AAOz/7P/s/+z/7P/s/+z/FADZ/+L/4v/W//r/FADs/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xwA5//t//D/6v/i/+f/7//s/wAAAAAAABQA9P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9f/2//o//H/0/8rAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDp/wAAAADu/+T/9v/t/+z/8P/s//b/9/8UAOz/7v8YAAAAAAAAAAAA6f/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAPP/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/wAAFAAAAOz/7P/v/wAAAAAAAAAAAAAAAAAAAADo/8v/6//q/+r/3v8XAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/8f/v/+v/7f/t/xUA9v8AAAAA9v8AAPr/9v8ZAO3/7f/2/+z/7P/s/+z/FADt//D/7P/s/wAA7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAPf/+P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/93/y//b/xQAz/8KAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/3/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/r/+7/7f8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/6v/d/+v/7f/p/xUA6//s/+z/7//w/+7/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAO//AAAAAAAA7v/t//f/w/8UAO3/7v/s/wAA7P/s/+z/7P8AAPX/9/8UAO3/7P/1/+H/xf/H/+z/CADa//b/2v/6/wAAAAAAACEA7v/t/+z/7f/t/+z/8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAO//8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAA8A9/8AAPP/AAAAAAAAAAAPAPf/AAAAAAAAAAAAAAAAAAAAAAAA2P/l/xIAAAD4/wAA2f/e//P/AAAAAAAAAAAPAPf/AADs/+3/7P/z//f/5/8UAO//AAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAD2//H/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/wAAAAAAABQA8v/s/xcA6//s//r/7P/p/+j/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/9r/3//g/+T/3f/a/x4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+//AAAAAPr/7//t/xQAEgAAAAAAAAAAAAAA7v8AABIAAAAAAAAAAAAAAO7/AAD2/xQA8f/3//D/+P/u//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/9v/5/+//3v8VAPL/FADu//b/AAD0//b/7P/v/wAAAAAAAAAAAAAAAAAAAADr/xUA7P/q/+v/6//r/+v/yv/U//j/0v8AANH/AADF/wAA+f8AAAAAAAD3/xYAAAAAAPn/AAAAAAAA9/8WAAAA3/84ANj/9f/5/+L/xv/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//r/wAAAAAUAO3/8//u/97/4v/P/9L/y//p/+L/IADb/9X/JgDH/9j/2f/V//L/6v8WAOf/zP/r/8n/9f/t/+3/GwDq//T/8f/z//D/9f8UAOz/AADu//f/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOL/FwAAAN3/1P/k/63/EwAAAAAAAAAAAAAABwAAAAAA4/8ZAOD/3v/p/+j/6P/k/wAAAAAAAAAAAAAAAAAAAADq/+v/7P/T/+//GADq/+n/AAAAAAAAAAAAAAAAAAAAAOj/+v/J/+r/3f/H/8L/6P8MAPT/AAAAAPn/AADf//D/BwAAAAAAAAAAAAAA+v8AABQA7P/s/+7/7v/s/+z/7P/g/9//2v/T/xQA7P/s/w8AAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAfAO3/AAAAAAAA9f/g/wAA2P/j/93/7P8AAOv/KAD2/+f/KgDj/+T/4f/S/9f/0f/m/+f/5//i/+j/6f8aAOL/FgAAAAAA7P8AAAAAAAAAAAAA7f8AAAAAAAAUAO7/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA7f/0/xQA7P/s/xYAAAAAAAAAAAAAAOr/AADs/+v/AADu//j/FADr/+3/vf/Q/+T/4P/o/+P/LwDW/+X/3f/x//T/4/8jANL/0//l/+n/6//r/+r/6v8XAPD/AADu/8v/2//f/+T/yP8fABEA1//Z/9j/AADF/+r/zP8AAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAA4A5f8AAAAAAAAAAAAAAAAAAAAAAADf/xgA6v/n/+3/+//o/+b/4//x/8v/3P/6//r/6v/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAI7/AADS/6D/3P8AAAYAtf8AAAAAAAAAAAAAAAAAAAAA7P/s//D/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADa/+v/6f/j/+7/DwDs/xcA7P/s//D/FADt/+z/7P/s/+z/7P/s/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/0/+//7P8UAOz/6v8VAOn/6//j/+z/6//r/xQA7P/s/+7/7v/s/+z/7P/r/ygA7f/t/+7/9v/Y/+3/FADs/+3/7f/t/+z/7P/s/yAA4P/l/+P/4f/T/+D/4f8AAAAAAAAAAAAA+v8LAAAAFQDs/+z/7//s/+r/6//s/+7/9v/6/wAAAADx/xMAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAPf/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/p//f/zf/z//L/IADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/AADp/wAAGAD5/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+v/7P/w/wAA6v8XAOr/AAAAAAAAAAAAAAAAAAAAAPf/8/8AAAAAAAAUAAAAAAAnAAAAAAAAAAAAAADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+v/7P/w/wAA6v8XAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8AAB0A9v/y/wAA7P8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/3/+z/7f8AABQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAUAPX/8f8AAAAAAAAAAAAAAAAAAAAAFADs/+3/7f/t/+z/7P/s/+//7f/v//n/AADs/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FwDt/+z/7P/p/+n/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/s/+//6//q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9P8AAAAA+f/4/xkAAADU/9j/6v/g/+D/4/8kAN3/7P/t//f/9//t/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/9f/1/+7/FADv/+z/6//o/+n/9f/u/xYA7v/z/+P/6f/s/wAA8P8aAO7/3v/t//P/6P/2/+7/IQDz/+z/7f/v//T/9f/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAOz/FADv//H/7P/s/+z/7P/s/xQA7//x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAPT/AAAAABQA7P/u/+z/7P8AAAAAFADt/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/7f8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA9v8UAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOv/7v/m/+v/7P/r/+7/FQD1//H/+P/s/+v/8f8AAAcAAAAAAAAAAAAAAAAA3/8AAAsA4//y/+z/3P/c/+3/GADr//f/AADy/+n/+f/s/+z/7P/s/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/+j/AAAAAAAA8v82AAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+3/7P/q/+v/7P/q/9P/7P/x/+z/6//r/ykA7P8AAAAAAAAAAOz/7f8UAPr/0v/l//D/u//D//X/7v/s/+z/FADy/wAA7f/s//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/yEA3f/3//b/7v/r//D/9//p/8n/4P/M//n/8//A/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8pANj/7v/y/97/1//m/wAAAAAAAAAAAAAAAAAAAAAeAOv/7v8AAAAA6P/m/9n/FQDs/+z/9//w/+3/6//t/wAAAAAAAAAAAAAAAAAAAAAQANb/7//P/wAA8P/k/87/8P/K/93/6P/q/yUA6//Z/wAAAAAAAAAAAAAAAAAAAADm/+r/yv/C/9H/9f8RAOf/AAAAAAAAAAAAAAAAAAAAABUA6//s/+f/6//2/+r/3//q/xQA2v/q//j/7//q//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+T/1f/S/xgA6//e/+j/AAAAAAAAAAAAAAAAAAAAAPf/KwAAAAAAAADv/+T/9f/T/xEA1f/Q/9X/6v8AAM//FADs/+3/7f/t/+z/7P/s/yAA4P/l/+P/4f/T/+D/4f8VAOz/7P/v/+z/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+H/3f/o/+X/AADg/xMA6v/l/+z/7f/s/+v/6/8VAAAAAADm/8v/2f/a/8v/HQDn/xUA6//r/+z/6//n/+v/HQAKANT/4v/f/+b/zv/Y/xMA8v/Y/+n/1f/O/+j/+f8AAAAAAAAAAAAAAAAAAAAA6v8AAOn/6v/v/9n/AADb/wAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/8/8AAOz/7P/s/wAA4f/e/wAA6P/s/9j/EwAUAO7/7P/s/+7/9v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUABIAx//J/87/0//o/+T/AAAAAAAAAAAAAAAAAAAAAOn/7P/s/+7/7P/s/xYA7P/q//D/+f/4/wAA7P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/z/wAA7P/s/+z/0f/q/+z/5//o/+r/3v8rABkA3f/l/+T/5v/k/+b/6P8AAAAAAAAAAAAAAAAAAAAA0//n/+n/6P/k/+r/GwDr/x4A5P/u/wAA7v/h/9f/6v8AAAAAAAAAAAAAAAAAAAAA4P/q/+7/+P/x/+7/GgDt/+z/7P/t//T/7P8UAOz/7v/s//D/AADt//X/7P/s/xQAAAATAOr/3f/k/+v/5v/a/97/5P/k/+//6f/u/yAA5v8NAAYA3f/K/8L/6v/Z//n/0//d/+T/6v/j/y4A0P/a/+//4v8QAOr/7v8HANT/1/8KAMX/0//J/9P/AADm/8D/7P/C/9j/0P/m/+z/FgDi/wAAAAAAAAAAAAAJAAAA+P/p/9f/7//e//L/FQDT/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FAAAAPD/7f/r/+3/FADt/wAA7P/s/+z/7P/t/6j/y//O/8D/vf8KAMP/+v/s/+//8v/3//f/7P/s/xQAz//t/wAAAAAAAOv/HwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/+f8UAOz/7P/s/+z/7P/s/+z/7//s/xQA6f/3/xQAAAAAAAAA7//s/wAAFADs//P/AADx/+z/7P/u/+z/7P/u/+7/7//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/GgDq/+n/4//Z/+z/2f8UAO3/7f/t/+3/7f/s/+3/7f/7/wAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/u/+3/7P/q/+z/FQDq/+v/9//s/+v/7P/r/ygA+v8AAAAAAADq/9f/7v8AAAAAAAAAAAAAAAAAAAAAwv/T/93/yv/T/8b/MADR/xMAxP/b/9b/8f/1/+7/t//j//r/9//o//n/+f8eAPT/2f8lAAAA3f/Z/+n/6//Y/+z/FADv//H/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA2P/e/+D/4v/a/9X/2P/p/+z/7P/t/xQA6v/s/+3/7//s/wAAAAAAABQA9P/s/y0Axv/T/8b/4P/K/9b/2/8aANn/4v/a/9f/2f/q/97/BwDH/8T/w//A/9T/+f/q/+D/1v/l/9H/6f/O/x8A6f8iANP/4//h/9n/1f/f/9H/AAAAAAAAAAAAAAAAAAAAACQA3v+7/+j/0f/n/9v/6/8AAAAAAAAAAAAAAAAAAAAA2//r/9T/z//b/+D/JQDV/+z/7P/t/+//7//s/xQA7P8AAO3/AAAAAAAAAADt/+3/2P/j/93/7P8AAOv/KAD2/wAAAAAAAAAAAAAAAAAAAADs/+z/9P8AAAAAFQDs/+r/6v8AAAAAAAAAAPP/IgAAAAAAAAAAAAAAAAAAAAAAAADZ/9j/2//Y/9b/6f/6/xcA7P/s/+7/7v/v/xQA7P/s/+7/9f8AAPP/AAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/u/+7/7P/s/+z/4P/l/8X/z//O/9n/AAAAAAAAAAAAAAAAAAAAAAAAAADB/7n/x/+0/9L/sv89ALn/tv/P/9r/vf/M/8T/SwDi/+z/7P/j/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/+f/s/xQA7P/r/+v/7P/d/+z/FQDr/+v/AAAAAAAAAAAAAAAAAAAAANv/7P/0/+f/+v/f/ysA7P/r/+v/7P/d/+z/FQDr/+v/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+7/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAKAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4A5P/t//r/7f/f/9f/6v/f/xsA6f/r/+r/8//j/+n/7P8AAAAAAAAAAOz/7f8UABQA7P/t//v/7f/y/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/3//6/+z/FQDu/9D/DwDT/9L/2/8LAN//w/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7f8YAAAAAADx/wAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAOz/7P8UAOz/9v8AAAAAAAAUAO3/7P/s/wAAAAAAAAAA7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAD2//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9r/6//n/ygA3//i/9j/yf/6/9X/zv8AANL/1f/q/+X/5P/V/9L/GADr/97/6P/c/+D/5//n/+b/4f8dAOf/3f/p/+b/6f/W/+X/6v8bAOz/5P/d/+3/DwDs/8v/BwDp/xoA4v/j/+n/6f/o/9j/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAlANz/AAAAAOz/8f/0//T/7P8AAOv/6v/q/+z/6//s/+n/AAAAAOz/7P/q/+j/6//s/+z/FADs/+z/7f/u/wAA7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAO3/9f/s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAAAADv/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAADs//H/9P/0/+z/AADr/wAAAAAAAAAAAAAAAAAAAAAAAOn/8f/4/+T/5v8AAOj/AAAAAAAAAAAAAAAAAAAAAOf/5P/q/+7/FgDr/+r/5f/z/93/AAAAAC8A+/8AANz/2f/q/+n/7f8fAN7/5//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8//t/wAAFADs/+z/FADs/+3/AAAAAOz/7P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/c/9D/wf/L/+P/s/8iABgA7f/J/8L/0v/U/9P/7/8VAOv/7f/o/+v/6v/q/+r/4//z/97/1//N/8b/zv8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/HgDp/+v/2f/c/+f/5f/f/xsA6f/r/+r/8//j/+n/5/8AANX/3//q/9n/FwDm/+n/4f/q/+j/7f8cAOn/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/4v8AAAAAAAAAAC4AAADs/xQA7f/z/wAA7P/s/+z/7//o//P/AAAAAO3/EQDy/wAAAAAAAAAAAAAAAAAAAAAfAPT/0f/O/8H/uP/e/7z/5/8cAOn/6//h/+P/1f/p/+3/GADr//f/AADy/+n/+f8AAAAAAAAAAAAAAAAAAAAA6f8jAN//8v/p/9n/4v/f/+7/FQD1//H/+P/s/+v/8f8UAOz/7P/p/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v80AOj/6P/j/+b/zP/p/+3/LAD0//H/8P/t/9D/6v8AAA8AAAAAAAAAAAD4/wAA7P8UAOz/9f/t/+z/7P/s/8v/NgAAAOH/2f/V/+X/0f8AAAAAAAAAAAAAAAAAAAAA3v8iAOH/5v/i/+P/2v/h/xQA7P/t/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+n/6//a/+v/4f8YAOf/AAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P8UAO7/7P/s/+r/7P/s/+//7//t/xQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//X/AADx/+z/FADt/+z/7P/v//P/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj//r/9//o//n/+f8eAPT/6f/s/+z/7v/s/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAPAPf/AAAAAAAAAAAAAAAAAAAAAAAA6P/0/wAAAAAAAPr/GAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/7P/s/+z/7f/r/xQA7P/4/wAA0v+n/+7/zP8GAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+T/9//j/wAA5/8dAO7/3f8AAPP/1//6/+b/HQDY/wAAAAAAAAAAAAAAAAAAAAAKANX/2P/r//X/AAD0/97/7P/t/+3/FADy/+z/7P/s/8z/0//F//f/3f/S/wAAEAAOANn/4v8VAOL/5v/Y/9P/AAAAAAAAAAAAABwA5v8AAOv/FAD5/+z/9/8AAPf/6//s//j/AAAAAAAA7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+j/4//n/+n/6v8YAOn/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPP/EQAAAAAAAADx/wAAAADs/+r/7P8VAOz/6f/s/+v/7P8UAOz/AAD2/+z/7P/v/7j/HgCq/8n/nf/a/+f/tv/i/xQA6P/4//f/7P/s/+z/7P8UAOz/9f/w/+z/7P/r//f/FAAAAAAAAADv/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/7v/t/+z/7P8UAOn/7f8AAO3/9P/k/9n/HwAAAAAAAAAAAAAAAAAAAAAA6//r/+z/6//r/+j/FgDr//H/7P8AAAAAFADY/wAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/DwDX/9r/y//p/wAA1P/O/y0A4v/d/+P/xf/V/9n/2f/q/+n/7f8fAN7/5//j/+v/6v/s/+r/7P/s/+z/FQDO/1AA5//W/+P/5P+9/9f/FAD3/wAAAAD2/+z/7P/v/+j/1P/B/+T/wf8AAPj/9/8UAPr/4f/i/9n/3v/Z/9j/8/8RAAAAAAAAAPH/AAAAANT/6f/v/+z/7P/o/+v/GgDs/xQAAAAAAAAAAADt//f/7f8TAAAAAAAAAAAA8/8AAM//0f/g/9D/6f/S/yIA6f/j/yAA5//p/+j/5P/X/9//6v8WAOv/7P/r/+f/6P/q/+z/7P8AAPf/AADs/+3/FAAAAAAAAAAAAAAAAAAAAAAA2f/b/xkA4f/r/9n/6//r/wAA7f8AAAAAAAAAAAAAEwAAAAAAAAAAANr/AAAAACgA6v/s//r/AAAUAOz/6//s/+L/LADU/9X/1v/e/9H/1f/Y/yIA2P/n/+r/7P/Z/+r/4//r/wAAEwAAAOj/1v8AAAAA0f/B//n/tv/n/9b/DQASAMD/u/+1/63/zv/v/9f/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/+z/7v/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+D/7v/a/wAA7P/i/wAAAAAAAAAAAAAAAAAAAAAAAO3/EwAAAAAAAAAAAPP/AAD4/xUA8P/5//f/9f/r//D/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/9//+v/s/xUA7v/q/xUA7P/s/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAMX/9f/R/9X/0//P/8v/FgAAAAAAAAAAANr/AAAAACgA7v8UAO3/8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAOv/FgDq/+X/6//n/+r/2P/s/+z/7P/t//D/8/8UAAAA7P/s/+z/7P/2/+z/FADu/+f/IQDf/+3/3v/x/97/0v/q/+L/7P/t/+7/7f8XAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAA8v/u/xMA+f/j/+v/6v/i/+v/2P8ZAOz/7P/s/+3/+f/s/xQA7P/r/+v/1v/e/+z/6v/r/xYA9f8YAOr/9f/4/+r/7P/j//T/HADn/+3/8P/q/+L/5//s/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A4f/r/wAAAADp/+T/6P8AAAAAAAAAAAAAAAAAAAAA0/8YAOz/7P/s//f/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/v//X/9//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6P8AAAAAAADq/xgA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+v8AAAAAAAAWAOn/8f/r/+z/7f8AAO3/6/8UAOL/6f8ZAAAA9P/5/wAA5/8AAPX/FAAAAAAAAADu/+z/AAAAAAAAAAAAAAAAAAAAAAAA5//m/+v/7P/u/xIA6v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/w/+v/7P8UAOz/7P8AAO3/7f8UAOz/+v/e/+3/8//o//b/7v8hAPP/7P8UAO3/7f/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAoANn/3P/p/93/3f/Y/9j/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+v/7P/q/xUA7P8AAAAAAAAAAAAAAAAAAAAA5v/p//X/6f8AABYA6//i/wAAAAAAAAAAAAD5/xcAAAAIAOz/7P/u/+3/5//6/+3/7P/s/+z/7P/r/+v/FQDs/+3/+P8AAAAAAAAUAO3/7f/Y/+j/7f/p/+3/FwDs/9r/8f8UAOz/7P/s/+z/6v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/AAD1//f/FADt/+z/6f/d/+D/0v/W/+L/IADa/8D/5v/M/73/yf++/yUAxf/r/+v/7P/b/+v/4f8WAOj/AAAAAAAAAAAAAAAAAAAAAOr/7v/a/wAAAADV/yEA8//y/xQAAAAAAAAA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/4v/q/xgA2v/q/+f/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5P/p/+X/6v/n/xgA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA8/8AAAAA7P8VAO//+v8UAAAAAAAAAPD/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADB/9P/3/8iAOP/2v/x/8P/7P/r/+v/FgDr/+j/7P/q/wAAAAAAAAAAAAAAAAAAAAAVAO3/AAD3//r/6//t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8LANv/4P/a//P/yf8QAOz/9/8AAOr/AAAUAO3/7P/Z/yUAAADd/9n/6f/r/9j/FADt/wAA7P/s/+z/7P/t/+v/6//t/+D/5v8VAOv/6//q/wAAAAD1/wAAGQDx/+//AAAAAAAAAAAAAAAAAAAAAAAAxv/n/+//7P8AANr/3f8AAOz/6P/t/wAABgDZ/+X/FgDs/+r/7P/x/9v/6//r/xUA7P/s/+//7P/q/+v/7P8AAAAAAAAAAAAAAAAAAAAA6P/s//b/9//k/xYA1f/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/AAAAABQA7f/s/+z/3v/m/9//3v8gAOf/3P/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/5f/r/+r/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/3/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/IgDk/9z/3//T/+H/3P/d/yIA5P/c/9//0//h/9z/AAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAD3/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//j/8v8AABMA7f/2/9f/3P/r/+f/6v/m/yIA4f/Y/+P/3f/s/wAA6/8oAPb/7P/s/+z/7v/u/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/+f/u/+z/7P/t/+z/7f/s/xQA9P/s/+v/7P/j/wAAAAD3/wAA6/8bAPb/6P/0/wAA+P8AAOr/GAD0/97/7f/z/+j/9v/u/yEA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/EwAAAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAO//7f/y/xEA2P/s/+3/7P/t/+z/8P8UAOz/7P/b/9r/3//g/+T/3f/a/x4A8f/r/wAAAAAAABYA7/8AAO//6/8AAAAAAAAWAO3/AAAAAAAAAAAAAAAAAAAAAAAA1//X/+P/3P/Q/x8A2v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/r/+z/6//s/+z/FADs/+//+f/5/+z/7P/s/+r/6//s/+r/7P/r/xUA7P/r/9b/3P/k/+j/FgDs/87/7P8UAPr/7f/s/+z/7v/s/83/5v/W/wAA5f/V/xwA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/3//6/+z/FQDu/8L/1//i/+b/6f/r/ykA3//u/xUA9f/x//j/7P/r//H/2f/7/+r/JwAAAOP/8/8AAAAAAAAAAAAAAAAAAAAAAADp/xoA4v/j/+n/6f/o/9j/AAAAAAAAAAAAAAAAAAAAAOz/FADv//H/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOT/6//S/9v/6/8yAOL/yP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA7P/t/xQAAAAAAAAAAAAAAAAAAAAAAO3/7v/6//b/7v8QAOr/8/8AAAAAAADv/wAA7P8AABQA7P/s/+z/7P/s/+v/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/z/wAAAAAVAO3/AADr/+n/6f8YAOj/6v/p/+j/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AAD0/wAAAAAUAOz/7v8SAOv/4//3/wAA6v/Z/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+X/HwDq/+j/9P/b/+n/6f/r/+z/AADt/xUA7P/t//v/+v8AAAAA2f8NAAAAJwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAPP/AAAGAPD/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA+v8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAADp//H/+P/k/+b/AADo/wAAAAAAAAAAAAAAAAAAAAARANf/2P/x/wAAAADk/77/AAAAAAAAAAAAAAAAAAAAAOv/7P/t/+z/7P8VAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/6/8aAAAA9P/r/+n/9f8AAAAAAAAAAAAAAAAAAAAA4v/a/+j/7P8AAOr/6/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/zP/T/93/3//V/zQA0//s/+z/8//t/wAAFADs/+z/FgDt/+3/7f8AAPn/6v/u/wAAAAAAAAAAAAAAAAAAAAAVAO3/AAD3//r/6//t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+n/6//r/+j/6v8XAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/e/+H/5P8AANr/KADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+z/6v/s/+v/FQDs//H/AADu/wAAAAAAABIAAADn/+j/AAAAAAAA6v8YAPP/qf+m//T/v//I/7j/NwDx/+P/2P8aAOj/3//h/+v/4//s/93/6v8SAAAA7P8AAOz/7P8UAO3/8/8AAOz/7P/s/+f/8f8AAAAAAADd/yEAAADs//f/7P/t/wAAFADs/+3/7P/s/+//8//3/xQA7P/s/+r/uP/v/9f/5f8aAOH/1f/L/9T/7P/U/9P/xf83ANr/7P/s/+z/7f/5/+z/FADs/+H/xf/f/97/0f8eAOb/1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2P/Y/+7/5P8hAOb/xv/s/+z/FADs/+z/7P/s/+z/HgDF/+T/zv/f/8r/4//Y/wAAAAAAAAAAAAAAAAAAAADs/+z/6f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6f/s/+z/FADs/+z/9v/v/wAAAAD6/+//7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO7/9v8AAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAD1//H/AAAAAAAAAAAAAAAAAAAAAOz/7P/p/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/FADv/9z/7P/s/+v/+f8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/AADt/+z/6v8ZAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAD6/wAA7P/6/wAAAAAAABQA+f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/8f8AAAAAFADs/+z/9f8AAAAA9f8AAPj/9f8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+j/AAAAAAAA6v8YAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+f/6v/r/+3/FwDq/+n/AAAAAAAAAAAAAAAAAAAAAOz/8/8AAAAAAADr/+3/FQDs/+3/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+//FADs/+7/AAAAAAAAAAAAAAAAAAAAANr/IADi/+P/5f/d/9v/3v8AAAAAAAAAAAAAAAAAAAAAFQDt/wAA9//6/+v/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/s/+z/7P/s/9r/EwAAAAAAAAAAAPX/AADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9f8AAAAAFADs//n/7P/s/+3/8P/s/wAA7P8VABQA+f/u/wAA9//s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+b/8v/m/+n/HQDg/+j/AAAAAAAAAAAAAAAAAAAAAOr/7P8AAO//AAAYAPv/7//s/+z/8P/w//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/FwDt/+7/7P/o/+r/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/wAAAADv/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAADQAAAPL/9v/s/+T/9//j/wAA5/8dAO7/AAAAAAAAAAAAAAAAAAAAAOn/1f8AAA0AAAAXAOT/6f/t/wAAAAAUAAAA7v/t//D/6f8XAOv/5P/p/+r/6v/k/wAA4/8AAAAAAAASAPD/AADt/wAAAAAAAAAAAADw/xMAAAAAAAAAAAAAAAAAAAAAANr/4/8qAOT/2v/Z/8j/yv/s/+//+v8UAAAA7v/s//L/5//r//X/6//r/+7/6/8WAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/0//T/7P8UAAAA6f/s/+z/FAD1/+v/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//r/AADx/xQA7P/s/+X/7P8dANb/5//m/+f/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+//6v/o/9n/HgAUAOz/AADu//f/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOb/4P/m/+L/EwDs/w8A5f/s/+X/AAAAAAAA7P/z/xQA2//s/+z/7P/t/+v/FADs/wAAAAAAAAAAAAAAAAAAAADZ/wAA6f/s/+7/6f/r/xMAAAAAAAAAAAAAAAAAAAAAAOr/7P8AAOn/AAAYAPn/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+/8AAAAAAAD2/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAAAAAAAPP/7P8AABgAAAAAAAAAAAD1/+7/AADr/+z/9v/v/xUA8f/w/+z/6v/p/+r/6f/q/xYA6//r/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA7P/t/xQABwAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+P/y/wAAEwDt//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//L/AADs/wAA7P/s/xQA9v/y/wAA7P8AAOz/7P8UAOv/5f/o/9j/6f/l/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/1//b/+j/8f/T/ysA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOj/9P8AAPj/AADq/xgA9P/s/+H/6//r/+v/7P8WAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P/s/xQA7//s/+3/7P/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAAAAAEwAUAOz/9f/3//r/7P/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//L/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/v/wAAAAD6/+//7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//O/y4A0v8AAOr/7f/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8AAAAAAAD5/xgA5f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/y/wAA2P8AAOL/4v8wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAAAADt/xEAAAAAAAAAAAAAABIA8//4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/FADs//D/7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDZ/+D/AADj/9j/2P/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPL/AAAAABQA7P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAA9//v/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA1P/E/+3/EwDf/9T/3f8AAPb/8v8AAOz/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAAHgDu/wAAAAAAAAAA4P/2/+z/7P/s/+z/+f/x/xQA7P8nAO3/6P/x//P/2P/Y/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/FADs/+z/7P/q/+z/7P/r/+7/7f8AAOz/7P8AAOf/6//1/+v/6//u/+v/FgDw/xQAAAAAAPT/AADs/wAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/z//f/5/8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAA9//4/xQAAAAAAAAAAAAAAAAAAAAAAOj/6v/l/+7/6v/t/xgA5/8xANv/6P+6/9b/4/+t/6v/7P8AAPL/AAAAABQA7P/2/xgA6f/r/+//6v/o/+f/7f/s/+z/AAAAAAAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//s/+3/AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADu/+z/7P/z//j/FADs/+z/8v8AAAAAAAANAAAA8v/2/77/5P/1/8//z/8zAMT/0P8AAAAAAAAAAAAAAAAAAAAA5P/r/+r/7P/r/xYA6v/r/wAAAAAAAAAAAAAAAAAAAADs/+3/7//0//X/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAB0A7f/3/+f/+v/q/+n/4v/p/wAA8P8AAAAAFADs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/9P/5f/Y/97/4P8dAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+b/GADq/+v/4v/p/+r/7f8AAAAA8/8AAAYA8P/6/+z/AADs/9j/6//X/wwA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/+P/0/wAAAAAiAO3/AADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7v/u/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAQABIA8//p//H/5f/r/+f/AAAAAAAAAAAAAAAAAAAAAOz/FADt//P/AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAADs//X/+//t/wAAFADs/+z/DADW/+f/5P/6/+r/9v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+//8f8AAO3/FADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAFADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/y/wAA7P8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/y/xMA+/8AAPP/7//z/wAAAAAAAAAAAAAAAAAAAADk/9T/+v8AAPj/+P8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+//AADl/wAAHgAAAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P8AAAAAAAAUAPT/7P/s/+z/8P/w//H/7P8UAO3/AADp/wAA+f/1/wAA6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//c/zIA1v/6/wAA2f/b/wAA7f8AAAAAAAAUAO7/AAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAOn/8P8AAOr/7P8AAOn/AAAYAPn/7f/s/xQA7P/s//L/2f/h/wAAAAAAAAAAAAAAAAAAAAAAABUA6//s//f/7v/r/+v/6v/f/+P/GADS/97/4/8AANf/AAAAAAAAAAAAAAAAAAAAAOj/FwDY/8b/3f/s//j/6v8AAAAAAAAAAAAAAAAAAAAA7P/T/xoA3//d/+j/2//T/9L/2//e//X/5v/r//P/FQAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAUAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/9//u/+v/6//q/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/0/+z/FADs/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA7P/s/+z/9f/y/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADo/9P/HADP/9D/7v/Y/+n/7P8UAOz/8P/r/+z/7P/o/+T/xv/v/+//AADY/9f/BwAAAAAA+v8AAPH/FADs//T/AAAAAAAAAAAAAAAAAAAAAOz/5P/d/+v/DwDs/8v/CAAAAAAAAAAAAAAAAAAAAAAA+f8JAMP/y/+4/9r/+f/G/+z/9v8AAAAAAAAUAO3/7P/s/+z/7//v/xUA6v/t/+v/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADp/+z/7P/u/+z/7P8WAOz/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA+v8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAFQD0/+z/AAAAAOv/7f/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+z/9v/3/xQA7P/r//D/4/8AANr/8v/X/x8A7P/x//L/EwD7/wAA8//v//P/AAAAAAAAAAAAAAAAAAAAAOr/AADZ/9v/2P8IAOr/1//s/+z/9f8AAPH/7P8UAO3/9//j/+r/GADj/+v/x//b/+r/6//s/+r/7P/r/xUA7P/2/wAAAAD2/wAA+v/2/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/x/8UAA4A7f/n/9j/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/AAAAAOL/7f/r/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/+n/7//s/+z/6P/r/xoA1P/p/+//7P/s/+j/6/8aAOz/7v/s/wAA7f/s/+r/GQAAAAAAAAAAAAAAAAAAAAAA6/8WAOz/7P/r/+b/5//q/wAAAAAAAAAAAAAAAAAAAADr/8n/AAD2//b/BwAKANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAAAAAAAAAA+/8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/R/9z/IgDd/9D/3//H/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/1//H/9f8AAOv/AAAVABQA8P/0/wAA+P/t/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5f8WANb/4f/s/+v/6v/s/+7/FAAAAPX/7P/s/+3/2f/b/xkA4f/r/9n/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8TANv/5v/s//L/6v/h/wAAAAAAAAAAAAAAAAAAAAAUAO3/9v/v/wAA6//s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+v/3v/p/+z/2v/1/xQA7P/s/+z/7P/w/+v/7P8UAAAAAAAAAAAAAAAAAAAAAAAAALn/3P/j/7//8//t//H/AAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAVAPH/+v/5/wAA9//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/Z/+r/6f/Y/9L/IQDO/+z/FQDp/9j/5//r/+z/6v/s/xQA7//x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v/wAAAAD4/+j/4/8eAOz/7P/s/+X/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5v/e/+b/AAATANn/4/8AAAAAAAAAAAAAAAAAAAAAAADt//T/+f8AAPr/7f/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/GwDZ/97/2//n/+r/2f8AAAAAAAAAAAAAAAAAAAAA7P/s//L/8//x/+z/FADw/ykAyf+t/8T/sv+3/9//sf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADy/wAAAAAUAOz/9v8UAOz/7P/u/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//L/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/t//D/AAAAAO//7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwDl/+H/5P/b/97/5//g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+//7v/s/+z/7P8UAPn/AAAAAAAAAAD2//H/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/+3/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7v8AAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA7P/t/xQA7v/y/wAAAAAAAOr/5P8dAPD/y//v/wcA6f/c/93/8v/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/7v/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/j/x0A5P/s/9f/3v/m/wAAAAAAAAAAAAAAAAAAAADs/+3/9//3/+3/FADr/+z/AAAAAAAAAAAAAAAAAAAAANn/6//m/+r/+v/s/9z/FgDt/wAAAAD3/wAABgDy//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAFAAAAO3/7f/u//b/AAAAAPb/AAD6//b/GQAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAD3/+//7f8UAO3/7v/x/+//6//t/+3/FQAAAOj/AAAAABkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/g/9j/7P/s/xMA9P/s//f/6/8WAPX/6v/m/9z/0//l//r/AADH/6//2P/I/+//DwDf/wAAAADy/+z/+f/t/xQA7v8AAAAA7//s/+z/7f/3/xQAAAAAAAAA7//s/wAA7P/l/xgA9v/d/+z/2v/X/+r/7P8AAOn/AAAYAPn/7f/s/+z/7P/s/xQA7P/s/+z/IwDf/97/3//f/93/3f/k/wAAAAAAAAAAAAAAAAAAAADl/+7/+f/0/wAA6v8qAAAAAAAAAAAAAAAAAAAAAAAAAAcAAADB/5z/7f/G/wAAs/8AANL/2P/c/wAA1//X/8f/tP/Y/7//7P/p/wUA3//s//P/EADI//X/xv/n/+P/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/6//r/+D/0v8QAMb/EgDt/xQA7//y//b/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAADV/9P/6f8HAOv/5P/s/+z/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+z/6/8VAOv/FADs/+7/AAD0//D/6P/s/9f/1f/w/yQA0P+9/+L/6v8AAAAAAAAAAAAAAAAAAAAAAADk/yAA8P8AAOj/6P/n/wAAAAAAAAAAAAAAAAAAAADc/+f/8P/1//L/5v8jAAAAAAAAAAAAAAAAAAAAAAAAAPf/7v8AAPb/AAAAABsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f8AAPf/+v/r/+3/7P/u/w4AAAAAABUAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA6//W/83/3//e/+T/1v8zANX/AAAAAAAAAAAAAAAAAAAAAO3/EwAAAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/2/+z/7P/r/xcAAAAAAAAAAAAAAOv/AADr/+v/7P8UAOz/6//s/+z/7f8AAAAAFAAAAO3/7f/u//D/9v/5/+//AADt/xQA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v8AAAAAAADu/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADt/+v/2P/o/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9v/6/wAAAADx/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACkA7v8AAAAAAAAAAOD/AAAYAO3/AAAAAAAAAADp//r/HwDt/wAAAAAAAPX/4P8AAOr/AAAAAPX/AAAZAPH/7//j//r/9//o//n/+f8eAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAPH/FADs//T/AAAAAAAAAAAAAAAAAAAAAAAA7v8VAAAA+v8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/6/wAAAAAAABQA+f8AAAAAAAAAAAAAAAD6/wsAAAAVAO3/AAD3//r/6//t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+//7f/s/xQA7P/n/+H/4f/n/+n/5P8bAOn/FQDq/+r/7f/u/+z/3v/i//f/AAAAAAAAAADw/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+//7P8UAOz/7//s//H/9/8AAOz/FAD0/wAAAAAAAAAAAAAAAAAAAADh/53/EwC9/8L/6/8IANT/FADs/+z/7P/r/+v/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+3/7P/u/+z/FADt/+n/7P/s/+7/7P/s/xYA7P8AAAAAAAAAAAAAAAAAAAAAvP/q/+r/7v/o/+j/KADO/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/x/xcA6P8AAO//7f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/t//j/6v8VAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA2f/Z/9v/2//i/wAA2P8AAAAAAAAAAAAAAAAAAAAA3f8iAOT/3f/g/9L/4f/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/uv+u//f/3/8iAPr/vv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/s/+v/2v/r/xgA5//Z/+3/8P/s/+z/AADs/xQA7f/s/+z/7f/s//H/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/1/wAAAAAUAOz/+f/f/yAA8v8AAOz/+f/f//n/LQDX/9P/5//l/9P/0P/a/yoA3v/4/+z/9f/l/63/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQDU/9n/4f8LANT/2f/k/yIAz//p/9L/1P/T/8//8//q/+r/7P/r/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/xQA9//T/+z/0/8AAAAAAAAAAAAAAAAAAAAAFADt//D/AAD6/+7/7P/u/wAAAAAAAAAAAAAAAAAAAADq/97/AADS/+3/5//q/yIA6f8WAOz/AADv/wAA6v8AAOz/9//s/+3/AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAA8f8AABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/s//D/7f/s/xYA7P8AAAAAAAAAAAAAAAAAAAAA7v/s/+z/8//4/xQA7P/s/wAAAAAAAAAAAAAIAAAAAADq//D/+f/4/wAA7P8WAAAA7//s//H/9/8AAOz/FAD0//b/AAAAAPb/AAD6//b/GQD2/wAAAAD2/wAA+v/2/xkA6v/s/+z/7P/s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/FADq/+z/2P/r/+j/AAAlANP/xv+v/+L/sv/r/8f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7v/6//L/7P/s/xQA7//u//v/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAD1//H/6/8WAAAA9/8AAPX/7f/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P8AAAAAAAAUAPT/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAAADs/+3/FADs/+z/7P8UAOz/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAADgAAAAAA6//r/+z/8//r/+j/FQDs/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/v/+z/7f/s/+z/7P8UAOz/8P/r/+z/7P/o/+v/FQDs/+v/7f/u/+z/6//p/+T/6f/l/+r/5/8YAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+r/6f/q/xYA6//r/wAAAAAAAAAAAAAAAAAAAADf/+b/8v/m/+n/HQDg/+j/7P/s//r/AADx/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t/+3/+P/q/xUA7P/s/+//7P/t/+z/7v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/6//Z/+H/8P/j/x4A3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAA6f/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//v/+3/FADs/+7/+P8AAAAAAAAAAA4AAAAAAO3/6v/h/+v/8P/l/xoA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8VAO3/7f/o/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/y//P/9v/s/xQA7v/Y/9f/xf/V/9v/u/8+ANf/7P/s/wAAAAAAAO//FAAAAPP/4v8AAAAAAAAAAC4AAADq//D/+f/4/wAA7P8WAAAA7P/t/+z/7//t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAUAO3/8P8AAPr/7v/s/+7/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAD2/xQA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/AAAAAOz/7P/3/xQA7P/t/wAAAADs/+z/9/8UAOz/7f8AAAAA7P/s//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+3/7P/s/+z/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/xEAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/7P/t/wAAFADs/+3/7P/s/+//8v/x/+z/FADt/xQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAADj/wAAHQAAAAAAAAAAAAAAAAAAAAAA7P/s//f/7v/t/+z/7P8UAOz/7f/3//f/7f8UAOv/7P/u/+b/AAAAAAAA7P8TAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+j/7v/t/+v/7P/s/xQA7f/1/+z/FADy/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAPP/+P/s/+3/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7P/s/xQA7f/m//X/AAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADv//H/7P/s/+z/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7//z/+z/7P/t/+z/AAAAAAAA+v8UAO3/7P/s/+z/AAD6//v/FADu/+z/6v8cAPH/8f/v/+P/6f/h/wAAAAAAAAAAAAAKAAAA+//s/+z/7//v/+3/FADs/+7/7P/s/+3/9P/s/xQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//6//f/6P/5//n/HgD0/+3/AAAAABQAAADt/+3/7v8AAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//j/AADs/xQA7v/s/+3/7P8UAPT/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9r/2v/c/+D/FgDt/9r/AAAAAAAAAAAAAAAAAAAAANX/4//V/9r/5P/F/zMA1f8AAAAA+v8AAPH/FADs//T/DwCx/77/8P++/9L/7P+V/wAAAAAAAAAAAAAAAAAAAADs/+v/6P/r/+z/FADs/+z/6v/n/+v/6f/i/xcA6v/g/wAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAFAAAAAAA7P/4/wAAAADi/+3/6/8XAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/7P/v/9j/2P/j/9n/JwAUAOz/AAAAAAAA7f/t/wAAAAAAAAAAAAAAAAAAAAAAANv/FwDs/+n/7P/r/+n/7P/s/xQA7P/s/+z/7P/s/+z/6v8VAOn/6//q/+v/6//q/wAAAAAAAAAAAAAAAAAAAAAiAO3/8//6/wAA2v/e//L/AAAAAAAAAAAAAAAAAAAAAPr/FADv//n/9f/z/+z/8P8AAAAAAAAAAAAAAAAAAAAA9/8AAPv/AAAAAAAAEwAAAOz/6v/s/+7/7P/r/xUA7P8AAAAAAAAAAAAAAAAAAAAA5//p/xgA6f/r/+j/6P/p/+z/7P/w//n/8f/s/xQA7P8AAOz/7P/4/wAA7P8UAO7/7P/2/wAAAAAAABQA7f/s/wAA2P8UAOr/9f/b/+r/6v/s/+z/7//z//f/FADs/+z/7f/5/wAAAAAAAO3/7v8UAO3/AAAAABQAAADt/+3/7v8UAO3/8P8AAPr/7v/s/+7/AAAAAAAAAAAAAAAAAAAAABQA7f8AAAAAAADu/+7/AAAAAOz/7P/4/wAA7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//x/+z/7P/s/+z/AADs/+z/+P8AAOz/FADu/+r/FQDs/+z/7P/s/+v/6//t/wAAAAAUAAAA7f/t/+7/7P/q/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/u//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+3/7P/s/+z/AADs/+z/+P8AAOz/FADu/+3/+f8AAAAAAADt/+7/FADl/+T/1f/S/xgA6//e/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/+//s/wAA8P/p/xcAAAAAAAAAAAAAAAAAAAAAABQA7f8AAOz/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/0f8xAN3/+f/N/+v/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOz/6//s//L/2//r/+v/EwDv/wAAAAAAAO7/7f/3/+z/2P/i/wkAAADZ/wUA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6P/u/+3/6//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADu/9//2P/i/9j/2f8TAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAFADs/+//7f/x/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADU/+n/7//s/+z/6P/r/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/v//f/AADr/9n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/8/8AAAAAFQDt/wAA6//G/9T/3v/a/xwA2//b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/v/xUA7P/s/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//P/AAAAABUA7f8AAOv/7f8AAAAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAD6/wAAAACv/8n/tP/g/9b/9v/O/xoAAAAAAAAAAADy//P/AADs/xQA7P/s/+z/7P/s/+z/8P8IAAAAAAAAAAAACwAAAOv/6v/s/+v/6//p/xUA6/8UAPD/7P/u//D/+v/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FAAAAO//6//y/+n/AAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAGAAAAAADz/wAAAAAAAAAADwD3/wAA8/8AAAAAAAAAAA8A9/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/9//s//P/GwDY/+z/7P/t/+3/7P/x/xQA7P/s/8L/1//i/+b/6f/r/ykA3//z/wAAAAAAAAAADwD3/wAA7P/s/wAA2P/s/xMA6//q//X/AAAAAAAAAAAWAAAA+f8AAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA7v8AAAAAFgD3/wAAAAAAAOr/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/6v/r/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/w/wAA7P/s//r/7P8AAAAAAAAAABQA9f/x/wAAAAAAAAAAAAAAAAAAAADl//j/AAD5/wAAJAAAAPj/7P8UAOz/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAOz/2//e/+z/CADn/+T/BgDu/wAA9v/m/9P/EwAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA9f/x//H/6v8AAAAAAAAWAO//AADs/wAAAAAAAAAAFAD1//H/FADt/wAA7P/s/+z/7P/t/xUA7P/s/+3/7P/q/+v/7P/r/xUA7P/r/+3/7v/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/8/8AAOz/7P/s/wUA6P/s/+3/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt//P/AADs/+z/7P/s/+z/AAAAAAAA7P8UAAAA7P/s/wAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8P/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/8P8AAAAAAAAAABsA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/8v/0v/O/8f/4f/T/ygAAAAAAAAAAAAAAAAAAAAAABgA+P8AAAAAAAD3/+7/AADF/zMA1P/m/+X/1P/O/+D/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//8P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/u/xQAAAD1/+z/7P/t/+n/6f8YAOj/6v/p/+j/6f/s/+z/FQDt/+3/6P/s/+z/4//w/yoA7v/p/9f/z//p/xQA7P/s/+7/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8A7f8AAAAAAAD1/+D/AADW/+v/7//t/+v/5v8YAOr/HwDt/wAAAAAAAPX/4P8AABQA7P/s/+7/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAAAD1/wAAGQDx/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/9f/4f/p/+r/3P8QAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/7v/t/+z/7P8UAL7/7P/n/+j/uf/S/xMAxf8oAOb/AADp/+7/5f/a/9T/AAAAAAAAAAAAAAAAAAAAAB4A9//H/7r/u//v/+H/0v8AAAAAAAAAAAAAAAAAAAAA7v8AAMT/af/u/wAA0/+9/+H/4v/t/+3/AAASAAsA5v/C/9f/4v/m/+n/6/8pAN//6P/s/+z/FADt/+v/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgDp/83/AADh/xAAz//u/+P/IAD1/wAA7f8AAN7/AAD5/+//9f/u/wAAAAAyAAAA+f/v//X/7v8AAAAAMgAAABEAEgAAAAAAAAAAAOn/AAAAAAAAAAAAAAAAAAAAAAAA6v/Q/xoA2P/o/+3/AADY/83/JwDX/9P/2P/i/93/4v/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+T/6f/k/+r/4v/m/xwA7P/s/wAA7v/4/xQA7P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f87AOX/7P/q/97/xv8AAPL/GQAAAAAA+v8AAOr/AADl/wkA6f/o/8//FADj/+T/xf/d/+v/0P/r/yYA6P/N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/w/+z/7P8AAOz/FADt/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAA7P8UAAAA7P/s/wAA+f8AAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7f/t/+3/AAD5/+r/7v8AAAAAAAAAAAAAAAAAAAAA0f/T/9j/2P8VAOz/6//V/wAAAAAAAAAAAAAAAAAAAAAAAPH/+P/y/wAAEwDt//b/7P8AAAAAAAD6/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//s/+3/AAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAN3/5f/k/+b/5P/m/+j/6P/q/+X/7v/q/+3/GADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//v//r/AAAAAOz/7f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//Y/9//3P/j/83/4f8lAOz/7P8AAPf/AADs/+3/FADt/9j/6//r/+r/7P8YAOz/5/8bAOn/6P/q/+P/5P/n/+v/6//y/+3/8v/r/xUA6v/s/+z/7P/s/+z/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAOz/7P/y/+z/7P8UAOz/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/4P/n/+f/5v/h/x0A5//T/+f/6f/o/+T/6v8bAOv/6//s/+z/9//5/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/3//n/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7v/t/xQA7f8UAOz/7P/u/+7/7P/r/+z/7P/s//T/9v/5/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8UAO//7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+3/+//t//L/7P/s/xgAAAAAAAAAAAD1/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAA+/8AAAAA7f8AAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAA9v8OAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+//7P8UAOz/FQDr/+z/6P/s/+r/6//r/wAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAAAATAAAAt/8YAL//0P/Y/8H/7P/N/93/AAAAAAAAAAAAACMAAADr/+n/6//q/+z/5v8XAOj/7f8UAO//8v/2/+z/7P/t/xUA6//t/+z/7P/q/+v/5v/v/xQAAADw/+7/+v/s/+z/7P/6/wAAAAAAABQA+f8AABQA7P/1//f/+v/s/+z/8f/r/+z/7//v/wAAFQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAOX/AAAAAAAAAAAAAAAAAAAAAAAA5//p/+f/GADp/+r/5v/q/+X/2v/t/ygA6//Y/9j/4P/q/+f/6/8WAOv/5f/r/+f/6f/r/+7/FADt/+f/7P/o/+z/7P/s/xQA7P/s/+z/7P/j/+v/7P8VAPL/6//r/+X/7f8AAAAAFAAAAO3/7f/u/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7f8AAAAAFAAAAO3/7f/u/+z/7P/s/+z/7P/s/xQA7P/s/+3/7P8UAPT/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/xYA6//r/+r/6//t/wAAAAAUAAAA7f/t/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/p/+//7P/s/+j/6/8aAPb/AAAAAPb/AAD6//b/GQDc/93/6P/h/wAA3f/j/w4A9v/z/wAAAAAVAO3/AADr/+//AAAAAAAAAAAAAPP/EgDX/9j/6P/i/wAA1//Q/wgA9v8AAAAA9v8AAPr/9v8ZAAAAAAAAAAAAAAAAAAAAAAAAALf/uv+t/5n/8f/x/9j/7v/0/wAAAAD5//j/GQAAAAAAAAAAAAAAAAAAAAAAAADP/+X/6//T/9D/6P8eAM//AAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADt/+3/AADg/+r/7v/4//H/7v8aAO3/AAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO7/AAASAAAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAOX/FwDr/+v/6//o/+n/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAADQAAAPL/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/s/+v/6//r/xYA6v/l/+z/+f/5/wAA4f8fAAAAAAAAAAAAAAAAAAAAAAAAAO3/GAAAAAAA8f8AAOn/AAAAAAAAAAAAAAAAAAAAAAAA6//q/+z/7f/e/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/u/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/h/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPT/7P8AAAAA6//t//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAFAAAAO3/7f/u/9r/CgDb//L/7P/r/wAA6P8AAAAAAAAAAAAAAAAAAAAA8P8UAAAAAAD0/wAA7P8AAOz/7P/s//P/8P8UAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/y/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//n/AAAAAPr/GwAAAOj/AAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//L/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+/8AAAAAAAAUAPH/7/8AAAAAAAAAAAAAAAAAAAAA7f/4/wAAAAAAABQA7f/t/wAAAAAAAAAAAAAAAAAAAAAgAOz/7P/s//H/2//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAN7/2P/l//D/7v8pANn/2P8AAAAAAAAAAAAAGgDp/wAA1//W/+f/5v/i/yMA5f/T/+v/6//r/+n/5f8WAOv/5P/s/+z/AADZ/+3/EwDr//L/AADf/wAA+v8AADUA7f/f//D/8f8AAAAAAAAUAOz/AAAAAPH/+P/y/wAAEwDt//b/AADx//j/8v8AABMA7f/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/9P8AAAAAAAAVAOz/AAAAAPn/AAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/9v8AAAAAAAAaAAAA+P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/9P/s/xQA7P/u/+z/6//t/+3/6v8VAOv/4f/s/+3/7f/s//H/FADs/+z/7P/s/+//7//v/xQA7P/s/wAA+f8AAAAAAAALAAAAAADs/+z/7//v/+3/FADs/+7/7P/t/+3/7P/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8sAAAAAAD1/wAA0//1/+z/7P/s/+z/8P/r/+z/FAAUAOz/8/8AAPH/7P/s/+7/7P/q/+z/7f/r/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/FAD1//P/7//v/+z/9f/r/+r/7f/v//D/7P8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/q/+7/+P/x/+7/GgDt/+r/2v/r/+f/KADf/+L/2P8AAAAAAAAAAAAAAAAAAAAA2f/q/+n/7f8fAN7/5//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/AAAAAOH/7f/r/xcAAAAAAAAAAAAAAAAAAAAAAOz/9v8AAAAAAAAUAO3/7P/s/wAAAAAAAAAAFAD1//H/7P/t/+//9P/1/+3/FADs//r/+/8AAAAAAAD2/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/yUA5v/w/9n/3//b/9n/AAAAAAAAAAAAAAAAAAAAAOj/6//v/+j/7P/s/xUA6//l/9f/AAAAAAAAGQC7/+//HADt//X/9/8AAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/3//6/+z/FQDu/+v/7P/s/9z/+f/s/xUA2P8AAAAAAAAAAAAAAAAAAAAAv//X/8z/xf8AANX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/+f8UAOz/7P/s//P/3f8AAAAALwD7/wAA3P/v/+v/AAAAABQA7f/z/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/5f+w/ywAz//b/9H/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAAAAAAAAAAAA7v/5/wAAAAAAAAAAAAAAAAAAAAAAAOn/FADh/9v/2P/Z/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/7/8AAPT/AAAeAO3/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmAOn/3v/l/97/6/8AAM3/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAPL/3f/i/9H/8P/p/8T/AAAAAAAAAAAAAAAAAAAAABQA3f/v/+3/+P8AAOv/7f8AAAAAAAAAAAAAAAAAAAAA6//q/+z/6v8VAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//r//X/6//r/+7/6/8WAO//7v/7/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA8f/Y/wAAAAAjAPv/AADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/AADp/wAAGAD5/+3/7P/s/+z/7f/u/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/4/wAAAADi/+3/6/8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAA8v/u/xMA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO3/7f8AAPD/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABMA7P/q/+v/6v/u/+//6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/5P/m/+j/0f/U/wAAAAAAAAAAAAAAAAAAAAAAABUA7/8AAAAAAAD4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAJADg//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAMX/2P/O/8//zP/e/zcAy/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAANAAAAGADr/+z/6P/s/+r/6P/s/+T/AADq/xQA5v/T/9f/5/8AAAAAAAAAAAAAAAAAAAAADADl/9v/7P/r/wAA4v/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//P/8P8UAOz/6v8AAAAAAAAAAAAAAAAAAAAA7f8UAOz/7v/0/+z/7P/s/wAALgAAAAAAAADp/+D/AADx/xQA5v/2/wAA4v/s/wAAAAAAAAAAAAAAAAAAAAAAAOn/2v8AAPr/AAAXAPH/7//q/+3/AAAAAAAAEwDb/+z/6v/n/+v/FgDr/+X/6//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAAAAAAAAAAAADz/xIA+//p/9r/4P/h/+D/BQDa/xYA7f/t/+3/AAD5/+r/7v8WAO3/7f/t/wAA+f/q/+7/7P/s/+z/7P/s/+z/7P8UAPX/8f/p/wAAAADt/xgA8P/s/+z/7P/s/+3/7P/s/xQAJADh/+//+v8AAN7/2//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/9P8AAPj/AADq/xgA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/w/xUA7P/s/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAAUAO7/7f/s/xUA6//s/+v/6//r/+z/FQDr/wAA7//6/+z/6//r/+z/7f/t/+z/8f8UAOz/7P/s/+3/8f/z/wAAFADs/+v/AAAAAAAAAAAAAAAAAAAAAOz/8P/s//b/9/8UAOz/7v8AAAAAAAAAAAAAAAAAAAAAz//m/9f/6//p/yoA3v/b/+v/6v/s/+v/6//p/xUA6/8AAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8YAOv/8P/w//T/6P/6/wAAAAAAAAAAAAAAAAAAAADt/wAAAAD3/wAABgDy//r/9P/g/wAA2f/v/+v/KwDY/+z/7P/1/wAAAAAUAOz/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAA7P8AAOz/2P/r/9f/DAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAA8f8AAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/Z/9r/4f/i/9j/HgDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/+f/x/+z/FADs/9z/4P/n/+f/5v/h/x0A5//s/+z/7//v/xUA6v/t/+v/7P/s/+3/7/8UAOz/7P/o//b/8f8AAAAAOQDg/wAAx/8AAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAAO3/FADy//b/AAAAAPb/AAD6//b/GQDY/9//2f/h/+T/3/8gAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/u/+3/FADt/9b/0v/V/8b/5//a/zcAwf/u//X/AADz/wAAAAATAAAA7P/s/+3/FADv/+z/7P/s/xUA7f8AAPf/+v/r/+3/7P8AAAAAAAAAAAAAAAAAAAAA7v8UAPn/8f/w//D/7f/0/xgA+P8AAAAAAAD3/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/u/+3/7P/q/+z/6//l/+j/4f/r/+X/FgDt/wAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+7/7P/s/xQA3v/k/+j/8f/p//H/IADj/9z/6P/k/+n/0P/k/9n/JwDt//T/+f8AAPr/7f/t/xQAAAAAAAAAAAAAAAAAAAAAAOj/6//q/+j/7P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7v/t/xMAAAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/AAAAAOz/7P/3/+z/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAD5/+z/AADs/+z/7//z/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAADQAAAPL/9v8AAAAAAAAAAAAAAAAAAAAA7P/7/wAAAAAAABQA8f/v/+L/7P/s/+3/7f8VAOz/7P/s/wAA8P8AAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//j/AAAAAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//6f/s/+z/FAATAO//AAAAAAAA7v/t//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA7P/r/+n/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7f/r/+z/7P/s/+z/8P8VAOz/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/wAA+v8AADUA7f/f/yAA4P/l/+P/4f/T/+D/4f8UAO7/AAAAAAAA7P/s/+//AAAAAAAAAAAAAAAAAAAAAOv/5//M/8X/xf8YAOz/z//s/+r/3f/r/+3/6f8VAOv/7P/s/+z/7P/s/+z/FADs/+j/y//r/+r/6v/e/xcA6f/s/+z/9f8AAAAAFADs//n/6f8AAPD/AAAAABQA7P/w/+r/2P/c/yIA9P/s/+z/3v8AAAAAAAAAAAAACgAAAPv/6//s/+v/FgDr/+v/6v/r/+z/7P/v//D/7v/s/xQA7v/s/+z/7P/s/+z/7P8UAOz/AAAAAAAA3/8AAPP/MgAAAAAAAAAAAAAAAAAAAAAAAADn/+r/4f/i/+n/GADr/9//6//r/+z/FADs/+v/7P/s/9H/5f/r/+r/1P8pAOT/0//U/+H/u/+4/8X/0f8rANT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAAAAAAAAAA9/8fAAAAKwD4//f/AAAAANf/6v/4/xIAAAAAAAAAAAAAAO7/AAASAAAAAAAAAAAAAADu/wAA7P/s/+P/7f/t/xQA7P/s/+n/6//s/9n/7P8YAOX/1//s/+z/7P/s/+z/6/8UAOz/7P/s/+3/7v/t/xQA7P/s/+v/6//s/+v/6//o/xYA6//o/+j/+P/q/+v/6f8XAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmANb/2f/c/93/3//b/9n/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAPAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO7/7f/t//j/6v8VAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//b/7P/s/+z/5v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8ZAAAAAAD6/wAA6v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/9f8AAPH/7P8UAO3/6f/w/wAAAAAAAAAAGwD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/y//H/9f/s/+z/7v/s/+z/7//w/+7/7P8UAO7/7P/3/+z/7f8AABQA7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOf/8f/2/+b/+v/x/yAA9//m/8n/7//t/9r/HgDj/+f/6v+4/+//1//l/xoA4f/V/+z/7P/1/wAAAAAUAOz/+f8UAOz/8/8AAAAA7P/s//T/6v8AAPr/AAAAABYA7P/3/+n/AAD0/wAAAAAUAOz/7v/r/+v/7P/z/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA7P/s/+z/9f/y/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt//b/7P/s/+v/FADs//P/AADx/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/s/+z/+P8AAOr/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAA8f8AABUA6/8AAAAA7f8AAOj/8P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s//P/6//r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/3P8hAOb/7P/f/9r/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//8f/s/+z/7P/s/+n/GgDi/+P/6f/p/+j/2P8VAOf/9//4/wAA7P/r//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAFADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/2P/r/+v/6v/s/xgA7P/v/+z/AAAAAAAAFAD0/+z/2/8AAOz/8P/5/9f/AADr/wAALgAAAAAAAADp/+D/AADq/8//t/+r/8r/9P8bANn/3v/t//P/6P/2/+7/IQDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+z/7//s/+7/7P8UAOz/AADc//D/6v/1/wAA2P/5/+z/7P/s/+z/+f/x/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/7P/r/9v/6f8RAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAO7/7f8AAPD/FADt//P/AADy/+z/AADY/9j/yv8AAOH/6v/p/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xMAAAAAAAAAAADz/wAA9f/o/+z/4f/t/xQA7P/r/+z/FADt/+3/8P/s/+z/7P/n/9//3f8JAND/2/8AALf/0f/s/9b/3P/s/9r/CQDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8AAOn/7P8AAOv/5f/o/+X/7f/t/wAA9P/p/+f/EwDp/wUAAADt/wAA8f/V/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9L/4P/p/wAA5v/d/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//M/9D/+f/L/wcA1v8AAOz/7P/s/+3/7v8UAOz/7f/T/+T/EwDd/+X/8//Y/9z/AAAAAAAAAAAAAAAAAAAAANb/0v/g/+n/AADm/93/GwAAAAAAAAAAAAAAAAAAAAAADwDc/+L/CQD6/9r/8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/r/+n/2v/h/9n/AAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/6//n/9f8AADEA7//p/+z/7P/p/+z/7P8UAOz/7P/s/wAAAAAAAPr/FADt/+z/2P/p/yQA7f/p/+L/2P/c/8P/KwDq/+z/yf/H/8L/4P/s/+z/7P/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABoA4//p/9X/5//q/+H/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/0//X/9v/9f87APP/5f/s/+v/7P/s/+z/FADs/+z/7P/s/+//7//t/xQA7P/u/77/y//U/8r/3f83AND/0P8AAAAAAAAAAAAAAAAAAAAAFADs/wAA7v/3/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+H/IADg/+f/2//S/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+3/7P/q/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/+/8AAAAAAAD2/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t//j/+P/s/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xMAAAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/xEAAAAAAAAA8f8AAAAA4f/e//f/9v/x/x8A4//n/wAAAAAAAAAAAAAAAAAAAADu//b/+v8AAAAA8f8TAAAAFADu/wAAAAAAAOz/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAAAAPL/AAAUAOz/7P/t/+z/7P/s/+z/FgAAAAAAAAAAAAAA7/8AAOz/7P/r/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P/s/+z/8P/e//D/FADq//D/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AABIAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAOn/5/8YAOr/7P/g/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w//T/9//r/+v/FAAAAAAAAAAAAAAAAAAAAAAA8/8RAAAAAAAAAPH/AAAAAPP/EQAAAAAAAADx/wAAAADz/xEAAAAAAAAA8f8AAAAA8/8RAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/5/wAAAAAAAO3/7v8UANj/2f8AAAAA5f/Y/+L/KADs/+z/9//u/+3/7P/s/xQA5f/E/+P/vv/W/8r/KQDW/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAPL/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAO//FAAAANX/1v/h/9D/6v+//zQA3v8AAAAAAAAAAAAAAAAAAAAAFAD5/+7/AAD3/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/t//H/AAAAAO3/FADv/97/7f/z/+j/9v/u/yEA8//z/wAAAAAAAAAADwD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDZ/+L/2v/X/9n/6v/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAPf/7//t/xQAAAAAAAAAAAAAABIA8//4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5f/k/xcA6f/q/+T/1P8AAAAAAAAAAAAAAAAAAAAA4f/t//b/7v/6/+X/JQDt//b/7v/7/wAAAADx/xsAAAAAAAAAAAAAAAAAAAAAAAAA6//p/+z/7//r/+r/FQDs/wAAAAAAAAAAAAAAAAAAAADr/+n/6//a/+v/4f8YAOf/6//q/+z/6//r/+n/FQDr/wAAAAAAAAAAAAAAAAAAAAAVAOr/6//3/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAAOv/6//s//P/6//o/xUA7P8AAAAAAAAAAAAAAAAAAAAA4f/U/+X/IQDo/93/4P/e/wAAAAD6/wAA8f8UAOz/9P/r/9v/1//l/+7/GADr/9v/CADs/+H/4//f/+T/AADq/+b/yf/v/+3/2v8eAOP/5//V/7X/1//f/xoA2P/p/8P/AAAAAAAAAAAAAAAAAAAAAOr/AAD6/wAAAAAWAOz/9/8AAAAAAAAAAAAAAAAAAAAA2P/X/8//zv/Z/yUA5//j/9v/2P/f/9z/4//N/+H/JQAQAM//4//Y/9z/HwDg/87/7P/s/+z/7v/u/+3/FADt/+z/7P/v/wAAAADv/xQA8P/S/9b/3//Z/+3/y/9DAN3/7P/s//T/9v/5/+z/FADv/wAA+/8AAPL/AAAcAPr/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P8AAAAA7P/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA+v8UAO//+f/1//P/7P/w/9f/FQDs/+r/5/8AANr/2P/s/+X/AAAAAAAA7P/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5f8AAAAAAADs//P/FADs/+X/AAAAAAAA7P/z/xQAAAAAAAAAAAAAAAAAAAAAAOz/5f8AAAAAAADs//P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAO3/7P/s/+z/5//u/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/x//P/7f8UAO3/1P/m/+b/0f/m/wcAEwDr/+z/7P/t/xQA7//s/+z/7P8UAPj/AAAAAAAA7f/s/+3/7P/s/+z/7f/s/xQA7P/s//n/xf/o/woA5v/j/+b/CAAAAAAAAAAAAAAAAAAAAAAAKADJ/wAA6P/t/9r/9//b/8//7f8AAAAAAADr/x8A7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/xQA7f/s/+z/7P/l/9j/3f/g/77/5//p/yMA5v/s/+D/6/8AAAAACADZ/9//6v/p/9j/4P/7/w4A6f8AAAAAAAAAAAAAAAAAAAAADADb/+3/4v8AAAAA5//Z/xQA7v/s/+r/7P/q/+r/7P/r/+v/7P8UAO7/7P/s/+r/AAAAAAAAAAAAAAAAAAAAANv/CADQ/6z/v/8UAKL/0v/b/9j/9v/e/yoA5f/U/9f/5f/X/9v/yv/S/+T/IwDa/7P/yP98/2P/g/9NANf/sv/v/+z/AAAUAAAA7P/s/+//AAAAAAAAAAAAAAAAAAAAACsA1//c/+f/6f/W/9b/2v/s/+3/7v/6//L/7P/s/xQA3f/g/+H/5P/k/yIA2//g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/v//X/+f8UAOz/7P/f/ywA1P/J/9D/0f/V/9r/4f8SAOP/2//b/+v/7//e/+z/7f/s/xQA9P/s/+v/7P/B/9b/2f/c//b/GwC7/+n/AAAAAAAAAAAAAAAAAAAAAPD/6f8AAO7/FADv/wAA7P8AAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA9f/x/wAAAAAAAAAAAAAAAAAAAAAAAAAA9//i/+v/6//Z/+n/AAAAAAAA9f8AAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+3/6P/s/+P/EwDb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/v/+z/FADt/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/r/+r/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/6//r/+z/FgDr/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAOz/7v/t/+v/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/93/6f/s/+z/HwDm/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAAAABoAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/AADF/8z/zv/y/9P/EwDL/+b/yv/L/9v/AAC4/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//6/wAA7v/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/6/8AAAAA+v8lAOv/3P/s/+j/6v/t/+7/6v/m/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOr/7//t/+v/6P/r/+z/7P/s//v/7v/t/xQA7P/2/wAAAAAAAAAAAAAAAAAAAADt/xQA7v/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/p/+b/3P/r/+D/5v8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+3/6//4/83/4/8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6v/q/9n/7f8RAPn/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAPX/AAAAAAAAAAD3/wAAFADw//X/+P/5/+z/7P/s/+z/6//o/+v/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/7P8dANb/5//m/+f/3v/k/wAA7P8UAAAA2f/Y/+z/AAAAAAAAAAAAAAAAAAAAAAkAzv/J/8X/zf8TAMv/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/+P8AAPn/AAAkAAAA+P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7//t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/p//f/zf/z//L/IADn/xQA7P/s/+z/7P/s/+z/7P/b/9n/6P/b/9f/2v/Y/ygAAADY/9n/DQDc/+v/5//i/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/z/wAA7P/s/+z/2P/c/xQA4f/Y/+v/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/9z/6//S/+v/JgDo/83/AAAAAAAAAAAAAAAAAAAAAAAA5P8AANr/4v/m/9b/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/DwDS//P/3v/P/wAA+f8UAOz/AADs/wAA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/5//g/+r/6//r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAMr/CADQ/9X/yf/y/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/9z/3//w//T/9v/6/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAAPD/6/8UAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/y//F//H/yP8KANr/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//1//J/8v/6v/q//H/DQDs/+z/7P8UAO3/7P/s/+z/5//b/xoAAADp/9z/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAPb/+/8AAAAABgDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8cAPH/8f/v/+P/6f/h/wAAEgAAAAAAAAAAAO7/AADs/+z/7P/s/+z/7P8UAOz/AAAPAAAAAAAAAAAA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/wAA7/8AABUA7f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADu/wAAuv/p/87/0v8AANb/6f/u/+z/7P/t//D/7//s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7//s/+3/7P/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8AAAAAAAAAAPv/GAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/w/+v/7P/s/+j/3//k/+z/6//o/xoA6//Y/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/w//H/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOr/4v/s/+3/7v/t/xcA6v/o//T/AAD4/wAA6v8YAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/AAAAAAAA8v8nAOX/7P/s/+z/7P/s//L/7P8UAO3/AAAAABQAAADt/+3/7v/t/9j/6//r/+r/7P8YAOz/AAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADt/+3/AAAAAAAAAAAAAAAAAAAAAAAA6//Y/+X/2v/X/+H/4/8ZAOz/7P/t/+//8P/s/xQA7P/u//b/+v8AAAAA8f8TAAAAAAAAAAAAAAAAAAAAAAAAAOr/+P/t//D/8P/t/xYA7P/r/+//+v8AAAAA7P/t/xUA5P/s/+//7P/y/xQA4P/s/+3/8P/s/+z/AADs/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P8VAOv/7//2/wAA6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAA7P8UAOz/2P/r/xwA3P/a/+v/5v/Z/+j/GQDs/+7/7v/1/+b/7f8AAAAAAAAAAAAAAAAAAAAAAAD7/wAA8v8AABwA+v/m/8n/3//f/+3/2f8tAM7/4//s/xUA6//q/+z/6v/q/+r/y//A/83/+P+6//D/AAC+/+3/GADr//f/AADy/+n/+f/3//P/AAAAAO3/7f/s/xQACQAbAMz/0P/O/8//xv/X/xgA6f/u//P/8v/s/+n/6/8AAAAAAAAAAAAAAAAAAAAA4/8AAAAA9/8AAOv/GwD2/wAAAAAAAAAAAAAAAAAAAADo/+f/6v/q/+3/GQDm/+n/7P8UAO3/7f/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADp/+T/6f/l/+r/5/8YAOr/1//X/93/2P/a/9b/1v8pAOz/9v8AAAAAAAAUAO3/7P/n/+P/6v/d/+n/3v8dAN//3/8sANT/yf/Q/9H/1f/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/q/+z/2/8AAOj/2P8PAAAA9P8AAPj/OgDe//P/yv8AABUAAAAAAAAA9P8AAAAA5f/R/9z/3//r/yEA6v/a/wAA1v8AAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/j/+3/7f8UAOz/7P/b/9j/3//c/+P/zf/h/yUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//L/7f/y/+v/FQDq/9f/8v/r/+D/6//q/xYA6/8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADq/wAA7f/1/+z/5v8AAAAA7P/s/+3/7v8UAOz/7P/p/wAA+/8AAPL/AAAcAPr/5v/r/+z/8P/r/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAA7P8UAPj/AAAAAAAAAAAAAAAAAAAAAOD/4f/Z/9j/2P/7/xIA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/3P/d/+v/6v/v/+7/EwDs/+z/FADt//b/7P/s/+v/FAAAAPr/AAAAAOz/7P8AAOz/7f/s/xQA9P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAFgAAAPn/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+n/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f8AAAAA7P/s//f/7P8AAAAAAAAAAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+//6f/s/+z/FADR/97/AAAAAPP/2v/n/y0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+v/8v/v/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//q/+v/7P/r/+r/FgDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAABQA7f/s/+z/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/9f8AAPH/7P8UAO3/7f/5/wAAAAAAAO3/7v8UAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/2//n/7P8UAO//AAAAAAAAAAAAAAAAAAAAACgA2f/c/+n/3f/d/9j/2P/b/wAADADg/+3/5P/a/9r/7//s//H/9/8AAOz/FAD0/+f/7P8UAPD/7f/s/+z/7f/r/+z/6//r/+z/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAPX/8f/s/+z/FADt//b/7P/s/+v/FADu/wAAAAAAAOz/7P/w/wAAAAAAAAAAAAAGAAAAAADs/+z/7P/s/+z/8v/s/xQA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAIAAAAAADc/+P/5//k/+j/5/8gAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//u//v/AAAUAOz/7P/s/+3/AAAAABQAAADt/+3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAPT/AAAAAPj/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7f/v/+z/7P/s/9P/GADs/+z/7P/3/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/v/+3/8P/t/+z/7P8UAOz/7v/t/+//7P/s/+z/GQAAAAAA9f8AAAAA9P8AAAAAAAAAAAAAAAAAAAAAAADl/+//AADl/wAAHgAAAOP/AAAAAAAAAAAAAAAAAAAAAOz/AADt/9f/6//I/wwACwAAAAAAAAAAAAAAAAAAAAUA7P/s//P/7f8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/wAAHQAUAOz/7//t//H/AADs/9j/DADX/+n/5v8AAOr/9v/i/+z/7P/y//r/AAAUAOz/9v/t/wAAAAAUAAAA7f/t/+7/3P/5/wAA7P8AAA8A3P/y/wAAAAAAAAAAAAAAAAAAAADs/+z/7//6/wAA7v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//j/9P8AAAAAIgDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6P/j/+f/6f/q/xgA6f/s/+P/HQDk/+z/1//e/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/s/+z/5P/H/8b/1/8WAOr/0v8AAOz/7P/x/wAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+D/0/++/63/BwDe/xMAAAAAAAAAAAAAAAAAAAAAANn/JQAAAN3/2f/p/+v/2P8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/s/+z/7P8UAOz/7P/s/+3/FADu/+z/7f/v/xUA7P/t/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOr/2v/r/+f/KADf/+L/2P/1//r/7v/u/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO//7v/7/wAAFADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8v/1/wAAAADv/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd//f/5//a/8//6/8NAO3/1P/2/8r/0//o/9v/EwDQ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/c/+P/6P/c/87/1/8nAN3/AAAAAAAAAADk/+r/HADb/9X/7/8jAOD/1//f/9X/FAAAAOH/5v/b/+z/4P/q/wAAAAAAAAAAAAAAAAAAAADj/wAAAAD3/wAA6/8bAPb/6//s/+z/7f8UAO3/7P/s/+j/FwDY/8b/3f/s//j/6v8dAMv/0f/Z/8//uP+w/wAAAAAAAAAAAAAAAAAAAAAAABMA1f/X/wUA6P/n/9f/1P/a/9j/7P/f/wAA6v8QANj/5v/t/+3/7v/y/xUA7P/t/+b/7f/t/+7/8v8VAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6/8NAOP/9v/Y/xQA8//o/wAA6f8UAOT/7P/a/93/5P/q/+z/FAAAAPj/6v+8/+j/4P/n/97/6//d/xgA6P/t/+L/AAD4/wAABgDz//r/7P/v/+z/7P8AABQA7P/q/wAAAAAAAAAAAAAAAAAAAADr/xUA6f/r/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAO3/+f8AAAAAAADt/+7/FADt/xcA8f/4/wAA7P/l/+z/3v/k/xYAAADs/+f/2P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/p/+v/6//q/+r/FwDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/p//X/6f8AABYA6//i/+z/AAAAAAAA+v8UAO3/7P8AAOH/AAAAAAAAIAAAAAAA7P/w/+z/5f/5/xUA7v/p/wAAAAAAAOz/AAD4/xwAAADs/xQA7P8AAPr/7P/s//L/0//Y/93/4v/j/ywA1//T/+z/AADy/wAAAAAUAOz/9v/n/wAA7P/u/wAAFADs/+z/EQDs/+z/7P/1//L/7P/s/wAAAAAAAAAAAAAAAAAAAADa/+3/9P/4/+3/AAAUANj/AAAAAAAAAAAAAAAAAAAAANH/5//u/+P/AABJAML/zP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADZ/+3/EwDr//L/7P/s//f/7P/z/xsA2P/s/+z/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6/8hAOv/7P/Y/+L/6f8AAAAAAAAAAAAAAAAJAAAA7P/s/+z/9P/r/xQA7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAA9f8dAAAAAAAAAAAA5P8AAO7/KAAAAOz/7f8AAOH/+v8UAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v8UAAAA9f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/s//P/7f8AABQA7P/s/97/6//Z/+H/8P/j/x4A3f/e/+v/2f/h//D/4/8eAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/9P/3/+v/6/8UAOz/+v8AAAAAAAAWAOn/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAPAPf/AAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/+z/7f8AABQA7P/t/+z/7P8AAPX/AADs/+z/FADt/9j/6//r/+r/7P8YAOz/AAAAAAAAAAAAAAAAAAAAABcA6//s//r/7P/p/+j/6//y/wAAAAAAAOv/AAAAAB8A7/8AAAAAAAAAAPX/FgAAAAAAAAAAAAAAAAAAAAAAAADs//r/AAAAAAAAFAD5/wAA7f/r/+v/4f/t/+v/FgDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+T/7P/p/x4A6//q/+D/AAAAAAAAAAAAAAAAAAAAAOv/GADq/+v/6//s/+b/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwD5/wAAAAAAAO3/2v8AAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA+f/s/wAA5v/q/+n/6P/f/9f/HADp/xQA7P/z/wAAAADs/+z/9P8AAAAAAAAAAAAAAAAAAAAA5P8aAOb/5//q/+f/5f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+v8AAAAAAAAUAPn/AADo/+P/5//f/+v/3f8YAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+v8AAAAAAAAUAPn/AADs/xQA7v/u/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANj/DADX/9v/v//a/+j/AAAAAAYAAAAAAAAAAAAAAAAA8P/y/wAAAAAAABUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/wAAAAAAABQA7f/s/+z/9v8AAAAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/5/wAAAAD6/xsAAADo//r/FADv//n/9f/z/+z/8P/r/yYA8P/6//P/8f/Z/+X/AAAAAAAAAAAAAAAAAAAAAOv/FgAAAPP/AAAAAO//AADt/+z/7P8UAPX/7v/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+v/7P/q/xUA7P/r/+z/6//r/+z/6v8VAOz/7P/t/+z/FAD0/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgDs//H/9P/0/+z/3f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8TAAAAAAAAAAAA8/8AAAAAAAAAAAAAAAAAAAAAAADV/97/4//m/+f/0P8iAOD/7f8TAAAAAAAAAAAA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7//y//b/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+v/2f/h//D/4/8eAN3/7f/s/+3/7P/w/xQA7P/s/+b/AAD3/ygA9//s/9r/AADp/+b/FgDq/+v/6f/r/+r/AAAAAAAAAAAAAAAAAAAAAO3/8P/s/+z/AADs/xQA7f/t//D/7P/s/wAA7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/7f/3//f/7f8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAOz/+f/r/wAAAAAAAAAAAAAAAAAAAADe/8v/7f/t/+7/JwDm/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//r/+3/8P/s/+v/GADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/7//u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/s/+7/7P/t/+z/7f/s/+z/7//v/xUA6v/t/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8//t/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/AADs//H/7P/s/xQA7P/s/wAA9f/3/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/7/wAAAAD3/yQA4P/q//T/4v8AAPf/9v8oAOn/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+7/5v/r/+z/6//s/xUA6//u/+b/6//s/+v/7P/s/+z/7v/s/xQA7P/g/wAAAAAAAAAAAAAAAAAAAADp//n/3P/v/97/6v8AAPf/7P/s/+//8//3/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/g/+H/5P/k/yIA2//g/+z/AADs/9j/6//X/wwA+f8SAAAAAAAAAAAAAADu/wAA7P/s/+3/7//v/+z/FADs/wcAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA8//4/+r/7P8AAAAA7/8WAO3/7P8AAPH/+P/y/wAAEwDt//b/zf8nANf/0//Y/+L/3f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPn/AAD3/+z/7/8UAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAA6f/1/wAA+f/6/+v/yf8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/xQA7f/3/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//n/AAAAAPr/GwAAAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//u//v/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7//z/+z/6//s/wAAAAAAAAAAAAAAAAAAAADq/+z/+v8AABQA7P/r/+z/5//q/+H/4v/p/xgA6//f/+z/7P8AAAAAAADv/xQAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//H/AAAAAO3/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//L/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v8bAO7/+v/g/+X/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAD7//f/AADq/xgA9f/s/+3/7P/z//f/5/8UAO//8P/y/wAAAAAAABUA6/8AAAAAAAAAAAAAAAAAAAAAAADt//j/AAAAAAAAFADt/+3/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+z/6v/s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/f//r/7P8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/w/+3/FADu/+z/7P/s/+z/7P8UAOz/7P/s/+b/6v/v/+3/7P8WAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/AADp/wAAGAD5/+3/kf/C/8D/1//1/+7/zf8AAOz/7P8AAAAAFADt/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAUAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/5/wAAAAAAAO3/7v8UAAAAAAAAAAAAAAAAAAAAAADX/+T/6v/n/9z/5P/n/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADq/+//7f/r/+j/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/y/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/xEAAAAAAAAA8f8AAAAA3/8gAPL/AADs//n/3//5/9b/0//m/9D/7v/A/7j/KwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+T/1f/S/xgA6//e/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5P/p//D/FADt//D/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAA8/8AAAYA8P/6/xMA6//Q/9n/6P/V//H/w/8AAAoAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAABQAAADt/+3/7v/p/+r/6//q/+7/FgDe/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAYAOn/7v/z//L/7P/p/+v/AAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAOz/7P/w//n/+v/Y/xwA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f8AAAAA7P/s//f/7P/t/+//9P/1/+3/FADs/wAAAAAAAAAAAAAAAAAAAADm/+n/9f/p/wAAFgDr/+L/AAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAPr/AAAAABYA7P/3/+v/6f/r/+v/7P8WAOv/6P/p/wAA9P8AAAAAFADs/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/w/xQA7P/s/+z/7P8VAOv/7v/s/+r/6P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/w/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAAAAAPP/EgD2/wAAAAD2/wAA+v/2/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8A7f8AAAAAAAD1/+D/AAAfAO3/AAAAAAAA9f/g/wAA7P8VAOv/7//2/wAA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv//n/7H/1//C/8b/PgC+/wAAAAAAAAAAAAAAAAAAAADu/+n/9//N//P/8v8gAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s//H/9/8AAOz/FAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/3//f/7f8UAOv/7P/s//r/9P8AAPP/7P/t/xQA4//l/+L/5v/o/+r/HADh/wAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+v/8v/v/+z/6//r/+z/FADs/+//7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/+n/FwDq/+n/6f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//l/+v/2f/n/xkA6f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/8YAOr/5//t//v/6P/m/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAAAAARAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAAAABEAAADs/+3/7P/z//f/5/8UAO//5v/n/+n/tf8AANf/GQD2/wAA7P/D/73/AADZ/9P/y/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/9v/v/xUA8f/w/+z/KQDl/9D/+v/5/9f/5v/Y/+v/w//R/9z/5v8AAOr/CwAAAAAAAAAAAAAAAAAAAAAAGADo/+z/5v/r/+n/6f/m/+z/7P/t/+z/7P/s/+z/FADy/+n/7f8AAOz/AADs/wsA7P/s/wAAAAAAAOz/FAAAAOz/2f/T/9r/uP/l/wAA3v8AAAAAAAAAAAAAAAAAAAAA3v/s//f/5f/2/+z/FAAUAAAAAAAAAAAAAAAAAAAAAAAhAM//4//O/9b/xP/i/9f/AAAAAAAAAAAAAAAAAAAAAMT/EgDt/+T/7f/2/+//7f8AAAAAAAAAAAAAAAAAAAAAv//D/9H/vP/e/7f/OgDp/+z/7P/s/+z/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFQDs/+7/7f/u/+T/6//s/+z/7P/3/+7/7f/s/+z/FADO/9n/AADe/9f/7P8AAM3/AAAAAAAAAAAAAAAAAAAAAAgAwf/j/+X/6v8AAOv/2P/P/+f/6P/r/xwA3v/j//f/DgAQAAAAAAAAAAAA6/8AAOz/7P8AAPn/AADs/xQAAADZ/+P/6f/k/+r/4v/m/xwA4//q/+3/AAAVAOz/2f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/W/7//zP/W/yoA3f/B/+3/AADo/+T/6//o/+r/5//s/+z/7f8AAO7/7P/s/xQA2f/d/+r/2//h/yAA6P/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADw/wAAAADX/+b/KgDr/9n/3f8NAPP/6f/2/9j/7P/s/xQA7P/z/+z/7P/r/wAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAAAEQD1/wAA6//r/+z/4v/s/xUA6//r/+z/FQDr/+//9v8AAOv/7P/l/+b/zf/g//D/AADx/9//1/8UANr/4//o//b/5//o/wAAAAAAAAAAAAAAAAAAAADq/xgA6//p/+3/5v/p/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/wAA1v/c/8//xf8LAPX/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADp/wAA+f/1/wAA6v/s/wAAFADv/wAA7//r/+v/4f8AAAAAAAAAAAAAAAAAAAAAz//X/9z/x//Q//n/HwDV/wAAAAAAAPv/6v8AABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8UAOv/1//b/+H/6f/o/9z/6f/n/+z/GQDh/+j/7P/s/+b/8//q/xUA7P/q/wAAAAAAAAAAAAAAAAAAAAAOAAAAAAD5/wAAAAAAAAAA6//n/9T/0//p/+r/IgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/w/+z/7P/s/+b/7f/t/+7/8v8VAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//L/AAD1/y8A3f/w/9f/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7v/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/AAD6/+z/7P/y/9j/2f/l/9v/2P/Y/wAAAADj/x0A2P/f/+H/5//o/8z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7/8VAOr/7f/r//b/AAAAAPb/AAD6//b/GQDs/xUA6f/Y/+f/6//s/+r/7P/s/+3/FADv/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADq/xgA6//p/+3/5v/p/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/7P/l/wAAAAAAAOz/8/8UABgA6f/u//P/8v/s/+n/6/8AAAAAAAAAAAAAAAAAAAAA7P8AAPn/AAD3/+z/7/8UAOz/AAD5/wAA9//s/+//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAPX/HQAAAO//HQDy//f/7v/w/+j/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAO//FAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+n/7P/s/+v/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADR/9P/2P/Y/xUA7P/r/9X/6/8VAOv/6//r/+v/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/1/wAA8/8AAAAAEwAAAOv/6v8bAO7/+v/g/+X/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABQA7v/t/wAAAAAAAAAAAAAAAAAAAADs/+X/AAAAAAAA7P/z/xQA7P/s/+//+v8AAO7/7P8UAO3/AAAAABQAAADt/+3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//6/wAA7v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAA8A9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDs/+z/7P/w//P/6//r/+P/+v/3/+j/+f/5/x4A9P8AAAAAAAAAAAAAAAAAAAAA7P/s//P/7f8AABQA7P/s/+v/6v/q/+v/6//p/xYA6v/f/+f/4P/F/+b/2/8sANn/7P/s/+z/7P/s/+z/FADr/xUA7f8AAPf/+v/r/+3/7P8dAO3/9//n//r/6v/p/+L/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADs/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/9v8AAAAAAADu/+7/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9f/s/xQA8v/t/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f/r/+3/6//4/83/4/8aAOz/7P/t/+7/7v/u/+z/FAAAAAAAAAAAAAAAAAAAAAAAzf8nANf/0//Y/+L/3f/i/+v/6//s/xQA7v/s/+z/6v/q/+n/7P/s/+v/FQDn/+r/AAAAAAAAAAAAAAAAAAAAAO7/8P8AAAAAAADs/xQA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAIgDs//H/9P/0/+z/3f/s/wAAAAAAAAAAAAAAAAAAAADr/+D/2//p/+f/2f8WAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//n/7P8UAOz/2//a/9//4P/k/93/2v8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAADs/xQA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/GQDn/+n/6P/o/+T/5/8AAAAAAAAAAAAAAAAAAAAAFAD5/+7/AAD3/+z/7P/u/+3/AAAAAPf/AAAGAPL/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AAAUAOz/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+3/7//w/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAA+/8AAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAPL/7v8TAO//7P8AAAAAAAAUAPT/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9f8AAAAAFADs//n/AAAAAAAA5P8AAO7/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAPf/AADs/+3/FAAAAAAAAAAAAAAAAAAAAAAA2f/k/+n/5P/q/+L/5v8cAPr/AAAAAAAAAADZ/wAAJwDs/+z/7P/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//H/+P8UAOz/7v8AAAAAAAAAAAAAAAAAAAAA6P/0/wAA+P8AAOr/GAD0/+r/AAD6/wAAAAAWAOz/9/8AAAAAAAAAAAAAAAAAAAAA3f/g/+H/5P/k/yIA2//g/wAAAAAAAAAAAAAAAAAAAAAAAPv/AADy/wAAHAD6/+b/+v8AAAAAAAAAANn/AAAnAOz/7P/m//P/6v8VAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//z//f/FADs/+z/6v/p/+r/6f/q/xYA6//r//H/6/8AAAAAAAAWAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5//s/+z/7P8XAOz/3f8AAAAAAAAAAAAAAAAAAAAA8f/x/wAAAAAAABMA7v/y/wAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAAJADg//D/6P/s//b/9//k/xYA1f/s/+n/7v/z/+T/9P8jAOb/3P/n/+3/8P/g//X/6P/x/xgAFADt//b/7/8AAOv/7P/t/+n/9/8AAOL/+/8GAPH/+v/s/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+b/7P/s/+z/FAAAAO3/AAAAAAAAAADu/+3/7P/w/+z/5f/5/xUA7v/p/+3/AAAAABQAAADt/+3/7v8AAAAAAAAAAAAAAAAAAAAAAAD7/wAA8v8AABwA+v/m/+z/7P8AAOb/AAAUAO//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAABQAAADt/+3/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+n/6//q/+r/2v/k/ycA9f8AAAAA9f8AAPj/9f8aAOz/7f/u//r/8v/s/+z/FAATAO//AAAAAAAA7v/t//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+r/FgDl/+r/6f/n/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7//t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+X/AAAAAAAA7P/z/xQAAAAAAAAAAAAAAAAAAAAAAOz/5f8AAAAAAADs//P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/W/+X/0f/p/87/HwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/+3/AAAAAAAA6/8fAOz/JADh/+//+v8AAN7/2//u/xkA+P/b/9b/2P/Y/9f/5//s/+z/+v8AAPH/FADs/+z/2f/k/+n/5P/q/+L/5v8cAOz/7P/s/+z/7P/s/+z/FADs/xQA7//x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+3/AAAUAO7/7P/s/+L/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/1/wAA8f/s/xQA7f/n/xsA6f/o/+r/4//k/+f/FQDr//f/AAAAAPT/6/8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/v/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAoAOf/AAAAAPr/1f/v/+z/FADs/+//7//s/+z/7P/r/+z/6//r/+z/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/6//s/+z/7P/s/+3/FADs/+//8//s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAA7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/k/+j/1//q/xsA5//n/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAOz/8f/2/+3/+v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+v/AAAAAAAA7P8UAPv/FADs/+z/7P/t/+z/7P/s/+f/EwDb/+b/7P/y/+r/4f/o/+3/6f/P/+n/1P8YAOH/AAAAAAAAAAAAABcA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf8zANT/5v/l/9T/zv/g/wAAAAAAAAAAAAAXAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6v/p/+r/FgDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/l/+j/7v/h/+X/IADZ/+v/6v8bAO7/+v/g/+X/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xwA+v/2//T/9v/k/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0A1//t/+7/7P/p/9j/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAABYA6v/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/ygA9f/z/+D/8v/Q//P/AAAAAAAAAAAAAAAAAAAAANX/6f8AAAAAEwDd/wwA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7v/x/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAAO3/FADu/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//j/8v8AABMA7f/2/+7/AAD7//f/AADq/xgA9f/f/yAA8v8AAOz/+f/f//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+7/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6//1/+v/6//u/+v/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9P/5/wAA+v/t/+3/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7f/y/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPP/8v/2/+v/3//4/9v/4//n/+v/9f/r/+v/7v/r/xYAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADt/wAAAADs/+P/AAAAAAAAAAAAAAAAAAAAAAAA7P/4/wAAAADi/+3/6/8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/+f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADj/9j/7f/h/xQA6//j//v/7P/s//P/+v/w/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//X/AADx/+z/FADt/+z/7P/s/+z/+f/x/xQA7P/o/xkA7P/u/+7/9f/m/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/a/+z/EwDZ/8r/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/xEAAAAAAAAA8f8AAAAA6//X/xkA2f/U/+j/AADS/+r/8P/x//r/+f/v/xYA7f8AAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAABEA9f8AAAAAEwDq/93/5P/r/+b/2v8AAAAAAAAAAAAACAAAAAAA6//s/+z/9P/t/xQA7P/s/+z/7f/s//P/9//n/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAyv+x/9P/CwAAAAAAv//F/8v/zv8tANv/3P/Q/9n/1f8AAAAAAAAAAAAAAAAAAAAAs/8AAO7/8f/O/7n/+P8AAPT/CgAAAPj/AAAAAOL/8v/r/wAA5//S/9X/6/8UAOv/2v8HAPX/7v8AAAAA2f/6/xQA7P/u/wAA9P/s/+j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xQA6//s/+z/8//s/+z/7f8AAAAAFAAAAO3/7f/u/wAAHAAAAAAAAAAAAOX/AADr/+z/7P/h/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAsA7f/x/+z/+f8AAOz/6/8fAM//1/+5/8n/DwDh/7r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/8D/3P8iAOz/9P/l/8j/7P/s/wAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAO3/+v/i/9D/+v/t/wAAAAAAAAAAAAAAAAAAAADx//L/EwD7/wAA8//v//P/AADs/+z/+P8AAOz/FADu/wAA2f/f/+r/AADa/wAA9v+3/wAADwC7/9L/vf/2/7X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAANf/KQDn//n/4f/2/9z/+/8AAAAAAAAAAAAAAAAAAAAAAADi/9L/y//l/+v/FADS/+z/FADt//P/AADs/+z/7P8VAOv/8P/r//P/1//s//H/FADs/+3/+P/4/+z/7P/z/xQA9f8AAAAAAADt/+z/7f8NAAAAAAAAAAAAAAD0/wAAFAD6/wAAAAAAAAAA7P8AAOz/7P8VAOv/7v/s/+r/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAADs/xQAAAAAAAAAAADt//f/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAPAPf/AADs/+z/7f/w/+z/AADs/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/+P/AAAAAAAAAAAeAAAA7/8UAPL/8P/u/+z/2f/s/+//7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/9v/v/wAA6//s/+3/9/8UAAAAAAAAAO//7P8AAOb/HgDn/+f/6f/n/+H/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/8v8TAPv/AADz/+//8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADU/+n/7//s/+z/6P/r/xoA3f/d/9//4//h/x0A0//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAPf/AAD7/wAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA9f/x/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAD1//H/FgAAAAAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/w//H/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/xsA7v/6/+D/5f/u/+v/6v8bAO7/+v/g/+X/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9v/GQDh/+v/2f/r/+v/AAAAABYAAAAAAPv/9v8AAAAA7v8VAAAA+v8AAOz/AADZ/9z/JQDm/+z/2P/b/9z/7P/s/xYA5v/s/+n/6v/r/wAAAAAAAAAAAAAAAAAAAADq/+r/FQDt/+n/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//L/AAD4/yEAAADz/+L/FADs//P/AADx/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADa/xMA2v/f/9n/4v8AANr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8P/r/+z/FADs/+z/7P/s/+z/FADs/+z/6f/v/+7/8f/r/xUA6//s/+j/3P/p/+f/7P8ZAOH/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFQDs/+v/8//z/+z/5//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/v/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//P/+f/7/93/7f/q/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7v/s/+z/7P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/AAAAAAAAAAAAACMAAAAUAOz/7v/t/+//7P/s/+z/6//q/+3/7//w/+z/FQDt/8v/5v/m/+T/7P/q/9T/FwAAAAAAAAAAAAAAAAAAAAAA7f/0/wAAAAAAAAAAGgD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/s/+//7P/y/xQA4P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/s/+z/7P/s/+z/7f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA6//Y/9j/2f/Z/wAAEQDT/wAA7P8AAAAA7/8UAOz/4P/f/+f/5//f/+D/6P/o/xkAAAAAAAAAAAAAAAAAAAAAAKv/x//X/9b/0/8PAPT/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8AAAAAFADs//j/AAAAAAAAAAAAAAAAAAAAABEA7P/s/+z/9f/y/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPP/AAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//L/7P/s/+z/FADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAA+/8AAAAAAAATAAAA7P/s/+3/8v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f8AAAAAAADs/+j/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACa/wAA1v+9/73/rv8dAM7/7P8UAOz/7//t/+z/7P/s/+z/FQDr/+7/5v/r/+z/6//s/+z/AAAAAAAA7P8UAAAA7P/s//X/4f/z/+3/FQDt//D/FAAAAAAA9P8AAOz/AAAAABUAAAD0//f/9v/s//r/7v8UAOz/7v/t/+v/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8RAAAAAAAAAPH/AAAAAOj/AAAAAAAAAAD7/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/+//u/+3/FADs//b/7P/s/+z/7P/s/+z/7P8UAOv/6//y/+3/8v/r/xUA6v8AAAAAAAAAAAAAAAAAAAAA5P/r/+z/6//o/+z/6/8aAOz/7P/s/+z/7P/s/+z/FAAAAN3/6P/b/9r/6/8AAOP/AADx//j/8v8AABMA7f/2/97/1//Y/9H/2f8lAN7/2v8AAO3/AAAAAAAAAAAAABMA7P8AAAAAAAD6/+z/8P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/4//L/AAATAO3/9v8AAOz/7P/4/wAA7P8UAO7/7//r/wAAAAAUAO3/8//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/8f8XAOj/AADv/+3/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7f/r/+z/FADt/+7/8P/0/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8tAAAA+v/4//r/0//0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAD4/+z/9P/t/xkAAAAAAPr/AADi/wAA7f8UAOv/7v/3/+n/7P/s/wAAAAAAAAAAAAAAAAAAAADt/xMAAAAAAAAAAADz/wAA7P/s/+z/7f/s/+r/FADr//n/HADt//r/6//6/+n/+P/b/x0A8f/1/+j/9P/m//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt/wAA9//6/+v/7f/s/+v/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/t/+//9P/1/+3/FADs/+n/FADu/+//7P/p/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/8f/w/xQA7P/v/wAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/2//r/AAAAAPH/EwAAAAAAAAAAAAAAAAAAAAAAAADm/9z/0v/V/9v/HADp/+P/AAAAAAAAAAAAAAAAAAAAAAAA2/8AAOz/AADp/+n/AAAUAOz/7P/s/+3/7P/s/+z/5v/k/9P/yv/R/x8A1v/U/wAAAAAAAAAAAAAAAAAAAADv/+z/AAAUAAAA7P/s/+//0/8aAMP/wf/B/+L/6f/L/+//7v/7/wAAFADs/+z/7P/v/+z/8f/3/wAA7P8UAPT/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAPAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/xoA4v/j/+f/3P/n/9z/6//u/+3/AAAAAPL/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA7/8AAAAAAADu/+3/9//s/+3/7P/v/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+7/7P/s/+z/2//Y/9//3P/j/83/4f8lAAAAAAAAAAAAAAAAAAAAAAAAAC4AAAAAAAAA6f/g/wAA7/8VAOz/7f/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//x/wAAAAAAAN3/IQAAAO3/FADs/+7/9P/s/+z/7P/m/wAA3v/n/+n/7P8AAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAUAAAA7f/t/+7/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P8AABAAAAAAAAAAAAD2//r/7P8UAOz/7f/s/+z/7P/s/+z/FADs//n/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7/8dAPL/9//u//D/6P/n/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/s//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/8f8UAOz/7P/r/+n/6//q/+z/5v8XAOj/7P/t/+7/8P/y/+3/FADt//f/AAD7/wAAAAAAABMAAAAAAPn/AAAAAAAAAAAOAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8nAOP/6//m/+P/1//z/+z/FADs/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8AAPL/AAAAABQA7P/2/wAAAAAAAAAAAAAAAAAAAAAAAOb/3P/X/9j/1f8GAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp//P/0/8aAPL/6f/f/+n/BwAAAAAAAAAAAAAA+v8AABgA7f8AAAAAAAAAAOn/+v8UAOn/2f8KAOr/1P/r/93/5//r/+n/4f/t/+n/GADt/xgAAAAAAAAAAADb/+j/9f8VAOz/7f/y/+//7f/r/+3/FgDt/+3/7f8AAPn/6v/u/wAAAAAAAAAAAAAAAAAAAAAVAO3/AAD3//r/6//t/+z/6f/q/xUA7f/u/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA7v8AAOz/7P/s/+7/7v/t/xQA7P/z/wAAAAAAAAAADwD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/wAAAADs/+j/6v/l/+7/6v/t/xgA5//Z/9H/3P8iAN3/0P/f/8f/FADw//T/AAD4/+3/7P/4/wAAAAAAAAAAAAAAAAAAAAAkALL/yv++/+P/wP/i/97/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAApP8YAL//1f/Z/9f/7P/O/xUA9P/s/wAAAADr/+3/9/8FANj/4//n/+X/1f8MANz/AAAAAAAAAAAAAAAAAAAAAPH/AADu/wAAAAAAABIAAADz/wAAAAAAAAAADwD3/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/AADs/xQA8/8JAOX/1v/b/9z/AADq/9r/FADs/+z/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr//f/AAAAAPT/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAAAADwD3/wAAFQDt//T/AAD4//P/6//z/+z/7P/t//D/8P/t/xQA7v/s/+z/7f/w//D/7f8UAO7/FADs/+z/7v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAPD/9f/4//n/7P/s/+z/2P/Y/+L/EgD3/+H/AADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f8AAAAA+v8AAN7/IQAAAAAAAAAAAAAAAAAAAAAAAAAcAO3/9f/3/wAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/w/+3/7P/s/xQAAADK/+b/6//w/wAAyv/6/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/s/+3/7v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//r/wAAAAAUAO3/8//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//u//v/AAAUAOz/7P/s/+3/AAAAAAAAAAAAABMAAAARAOz/7P/s//X/8v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8UAO//6//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAUAAAA7f/t/+7/FADt/+3/AADw/+z/7P/s/+3/+f8AAAAAAADt/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//f/+7/3v/z/87/JQDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/t/9b/9//d/+b/2P8eAOH/6//i/9j/6v/g/wkAAAAAAAAAAAAAAAAAAAAAAAAA7P/l/wAAAAAAAOz/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/xQA7P/s/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/s/xsAAAD0/+7/9f/k/+b/AAAAAAAAAAAAAAAAAAAAAOz/7v/s/wAA7f/s/+r/GQDs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/w/+3/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//X/7P8UAPL/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+z/7v/s/+z/7P8VAOv/AADv//r/7P/r/+v/AAAAAAAAAAAAAAAAAAAAABQA7f/w/wAA+v/u/+z/7v8gAAAAAAAAAAAAAADi/wAAAAAAAAAAAAAAAAAAAAAAAOv/JwDl//b/8//r/97/6//s/xQA7P/1/+3/7P/s/+z/7P8UAO//AAAAAO//7P8AAPD/FAAAAAAA9P8AAOz/AADD/xQA7f/u/+z/AADs/+z/8f8AAO7/AAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAADj/+n/8P/w//L/4f8XAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/w/+3/FADu/+z/7P/t//D/8P/t/xQA7v/w/xQA7P/u/+3/7P/s//D/AAAAAAAAAAAAAAAAAAAAANT/2P/q/+D/4P/j/yQA3f/s/+v/7P/t/+3/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P/s/+3/6v/r/xMA6//s/+3/7v/6//L/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/7/wAAAAAAAPb/FgAAACgA2f/c/+n/3f/d/9j/2P/k/+v/6v/s/+v/FgDq/+v/7f/m//n/AAAAAO//LAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8WAO7/9v/u//L/6f/s/wAAAAAAAAAAAAAAAAAAAADp/wAA8P8AAAAAFADs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/s/+X/7P8TAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAADs/wAAGgAAAOj/AAAAAAAA+P8AAPH/AAAVAOz/AAAAAAAAAAAUAPX/8f8AAAAAAAAAAAAAAAAAAAAA7P/s//L/7P/s/xQA7P/y/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAD1//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO3/AAD3//r/6//t/+z/AAAAANf/5//r/+b/6v/s/xcA7f/r//n/4v/q/+v/6/8AAAAAAAAAAAAAAAAAAAAAGwDq/+3/6P/0/+X/8P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAADq/xUA6//r/+v/6//q/+r/yf/f/9//7f/Z/y0Azv/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArAAAA2P82AMj/0P/G/9H/sv/K/7v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAPr/FADt/+z/AAAAAAAAAADa/wAAAAAoAOz/7P/q/+j/6//s/+z/FAAAAAAAFgAAAAAA+//2/wAAAAAAAAAAAAAAAAAAAAAAAOX/AADH/xwAyv/l/9D/1f/s/xQAAAAAAAAAAADu/wAAAAATAAAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAADj/9r/4//k/+//KQDd/8T/1P/q/wAA7P/s/+z/2v8aABQA7P/s/+z/7P/x/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+P/7f/t/xQA7P/s/+L/7P/s/+z/7P8VAOz/7P8AAAAAAADx/wAA7P8AABQAFADs//X/9//6/+z/7P/x/wAAAAAAAAAAAAAAAAAAAACu/zUAvP+0/wAA4f/A/8f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8AANb/9v/s/9j/xv8AAOX/5P/q/xYA6f/l/+X/3f8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAOz/FAAAABQA2//d/+z/8f/s/+3/7P/3//P/AAAAAAAAFAAAAAAA7v8IAOv/x//t/+L/8P/M/wAAAAAAAAAAAAAAAAAAAADY/+H/AAAAAAAA+/8oAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AADx/wAA1v/s//H/7P/t/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/q/+7/7P8UAO3/EgDp/+L/3//u//P/5f/O/wAAAAAAAAAAAAAAAAAAAAAAANH/IwDS/8j/4v/y/8j/AAAAAAAAAAAAAAAAAAAAAOH/yv/H/9n/2v/r//H/FQDQ/wAA7P/W/9b/7P8QAN//AAAAAAAAAAAAAAAAAAAAAPD/6P/r/+b/7P/v/+r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/AAALANr/6P/0/8//xv8UAPX/AAAAAAAA7f/s/+3/DQAAAAAAAAAAAAAA9P8AABQA+v8AAAAAAAAAAOz/AADs/wAAAAAAAAAAFAD1//H/AAAVAAAAAAAAAPj/7P/0/wAAAAAAAAAAAAAAAAAAAADT/+H/3v/c/+T/6//2/xUA7P8AAAAAAAAAABQA9f/x/9v/KwDX//D/7f/q/9T/6/8VAOr/6//3/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xUA8P/v/+7/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/AAD6/+z/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAAD1/xYAAADv/wAAAAAAAAAA9f8WAAAA4P/D/+z/1//q/+X/FwDS/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P8AAPr/7P/s//L/6/8UAPn/7P/3/wAA9//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/+3/AAAUAOz/7P8AAAAAAAAAAAAAEQDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAA8v/v/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp//j/+P/0/wAAGADs/+n/7P8AAAAAAAAAABQA9f/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA9f/x/+z/AAAAAAAAAAAUAPb/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFAD1//H/AAAAAAAAAAAAAAAAAAAAAB4A7f/u//b/6P/h/+L/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/7v8AAAAAAADr/xkAyf8AAAAAAAAAAAAAAAAAAAAAAADs//H/9P/0/+z/AADr/wAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7v/s/+z/7P8iAOz/8f/0//T/7P/d/+z/AAAAAAAAAAAAAAAAAAAAAOr/7P/6/wAAFADs/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/9P/0/+z/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6//t/+3/7v/s/+z/JgDl/xcA6//r/+v/6P/p/+f/7f8TAAAAAAAAAAAA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/s//j/9//6/xYA6f/o/+r/GADp/+v/6v/p/+b/6v8AAAAAAAAAAAAAAAAAAAAAFADw//X/+P/5/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAPn/7P/3/wAA9//r/+T/6//s/+v/6P/s/+v/GgDt//T/+f8AAPr/7f/t/xQAAAAAAAAA+P8AAPH/AAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/u/+7/7P8UAAAAAAAAAAAAAAAAAAAAAADn/xsA5f/m/+r/6f/g/+L/AAAAAAAAAAAAAAAAAAAAAPH/IwAAAAAA+f8AAO//AADo/xgA6//w//D/9P/o//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/FAAAAAAAAADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAD5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDI/8f/yf/K/xIAvP/F/+n/FgDs/wAA7/8AAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAA8/8AAOz/6//t/+z/7P/r/xQA7f/6/xQAAAAAAAAA8P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P8UAOz/6//r/+z/7P/s//b/7/8AAAAA+v/v/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7//s/+z/7P/1/yoAAAAAAPv/AADb/wAAkf/x/8r/xv/O/6f/GgDF/9f/GQDo/9f/2P/Z/+X/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYAAADz/wAAAADv/wAAAAAAAAAAAAAAAAAAAAAAANH/6v/t/+3/6P/5/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADx//H/8f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA5P/U//r/AAD4//j/KQAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7//y//b/7P/s/+3/+v8UAO//+f/1//P/7P/w/97/AADe/w8AAADo/9j/3P/s/xQA7P/s/+z/7P/s/+z/AAAXAAAAAADw/wAA8P8AAAAAAAAAAAAAAAAAAAAAAADw/xUA7/8AAAAA1f/s/wAAAAAUAAAAAAAAAPn/7P8AAOv/FADs/+v/6f/r/+z/7P/p/xcA6v/q/+r/6v/o//n/AAAAAAAAAAAAAAAAAAAAAOr/FwDr/+n/z//s/+j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FQDs/+3/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/IADn/+n/6P/k/9f/3//r/xYAAADz/wAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//g/+b/4P/Z/+v/HgDq/wAAAAAAAAAAAAAAAAAAAADq/ywA6f/2/9//7P/U/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA7P/q/+v/6//r/+v/7f8sAPb/8//g//L/y//z/97/IADg/9//6P/n/9n/6/8UAO3/9v/v/wAA6//s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xQAAAAAAPT/AADs/wAAAAAAAAAAAAAAAAAAAAAAAOH/FAAAAPj/7P8QAN//AADt/xQAAAAAAAAA+f/s/wAA7f8UAO7/7v/s/+z/7P/s//D/FgDu//b/7v/y/+n/7P8AAAAAAAAAAAAAAAAAAAAA7f8UAPH/+//2/+3/7P/t/+z/FADs/wAA+v/s/+z/8v/b/ykA3P/w/+7/3P/O/+z/7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADl/xYA6//o/+v/6f/q/+v/2/8dAPH/9f/o//T/5v/w/+7/GwAAAPr/8v8AAOn/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5P/s/+n/HgDr/+r/4P8AAAAAAAAAAAAAAAAAAAAAAAAUAPH/7v/u/+n/1v/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/GADr/+n/7f/m/+n/5f8AAAAAAAAAAAAAAAAAAAAA0/8vANj/6f/h//f/5P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/+X/FgDr/+j/6//p/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8dAPH/9f/o//T/5v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xsAAAD6//L/AADp//n/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADb/x0A8f/1/+j/9P/m//D/5f8WAOv/6P/r/+n/6v/r/+7/GwAAAPr/8v8AAOn/+f8AACkAAAAAAAAAAADX/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f/v//T/9f/t/xQA7P/p/+n/GADo/+r/6f/o/+n/AAAAAAAAAAAAAAAAAAAAAOz/FQDr/+r/7P/q/+r/6v8AAAAAAAAAAAAAAAAAAAAA8/8RAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f81AM//xP/R/9T/yv/R/+z/FAAAAAAAAAAAAO7/+f/s/xQA7//x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+7/7v/s/+z/7P/j/ysAz//M/9L/5v/W/83/AAAAAAAAAAAAAAAAAAAAAPn/7f8AAPL/AAD3/xMAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/r/+z/6P8UAOz/FADs/+//7//s/+z/7P/q/xwA+v/2//T/9v/k/+//7P8UAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAO7/AADY/yUA6v/q/+v/4f/n/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/GwAAAPr/8v8AAOn/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAAAAAAAO7/+f8NAAAAAAAAAAAAAAD0/wAA7P/s/+z/7P/t/+z/FADu/xQA7f/t/wAA8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+3/7P/s/+r/6//m/9n/6v/p/+3/HwDe/+f/4//w/xQA7P/u/+3/7P/s//D/2/8AAAwA4P/t/+T/2v/a/+z/+f8AAAAAFgAUAO7/5v/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8//t/wAAFADs/+z/5//s/xQA8P/t/+z/7P/t/+3/AAAAABQAAADt/+3/7v/s/+z/6/8UAO3/7P/s/+z/7P/s/+3/8P/s/wAA7P8VAOz/AAAAAAAAAAAUAPX/8f/t//n/AAAAAAAA7f/u/xQAAAAAAAAAAAAAAAAAAAAAAOv/LwDm//j/9v/v/9H/7//o/+L/4//a/+n/6P8WAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAD1//n/7f8hAAAA6//y/+3/7P8VAOv/7//q/+v/7P/t/+r/0v/s/+v/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//r/xYA6//o/+z/6v/s//b/AAAAAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAO3/+P8AAAAAAAAUAO3/7f8AAAAAAAAAAAAAAAAAAAAA2//Z/+r/tv8hAML/4v8OAAAAAAAAAAAAAAAAAAAAAADs/+z/AAD1//f/FADt/+z/2//o/wAA4v/t//H/1v8nAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7f8AAAAAAAAAABQA7v/t/xQA7P/1//f/+v/s/+z/8f/i/w0A1f/L/9D/6//J/+z/4//6//f/6P/5//n/HgD0/+v/7P/s/+3/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAzf/S/9P/5P/l/yoA0f/P/+z/7P/v//P/9/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/GQDn/+n/6P/o/+T/5/8TAOz/7v8AAAAAAADs/+j/7P/s/+3/7v/s/+z/FADt/wAAAAAAAAAAAAAAAAAAAADv//D/AADx//D/FwDs/+v/6P/s//D/9f/u/xUA7P/h/+3/7f/2/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/8f/m/9b/2//e/xAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/wAAFAAAAOz/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/f/wAAAADf/wYA2P/s/wAAAAAAAAAAAAAAAAAAAADe/93/7//r//X/KADY/+T/7P8AAMD/7P/I/+//8P/Y/wAAAAAAAAAAAAAAAAAAAADq/+z/AADp/wAAGAD5/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/9f/3//r/7P/s//H/2P8oAPD/5v/d/+b/4v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//e/+r/z/8TAOr/1v/s/wAAAAAAAAAAAAAAAAAAAADs/8v/2f/c/wYAAADY/9P/7f8AAAAAFAAAAO3/7f/u//b/AAAAAPb/AAD6//b/GQAAAAAAAAAAAAAAAAAAAAAA7f/6/wAAAAAAABQA7v/t/+z/7v8AAPj/AAA7ANL/1v/h/+f/6f/c/+n/IADf/83/7P/s/+z/7P/w/+v/7P8UAOv/8//5//v/3f/t/+r/FwDn/+T/6//w/xYA6//q/9//7P/r/+z/7//q/+j/2f8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAPX/8f8UAOz/7f/4//j/7P/s//P/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/xQA9P/s/+v/7P/c/+j/AAAAAPj/4f/p/ysAAAAAAAAAAAAAAAAAAAAAAOv/7P/l/8z/6//s/xkA2v/s/+T/AAAAAAAAFADo/+z/AAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+T/6v/n/9z/5P/n/yEA6v/s/+z/7P/s/+r/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/FADp/+z/5f8AAOz/FADs//H/7v/s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/+f/s/wAAFAAAAPD/7P/s/wAAAAAAAPj/AADx/wAAFQDZ/+T/6f/k/+r/4v/m/xwA4f/s/+z/7v/n/xUA3f/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/r/+v/FQDs/xYAAAAAAAAA5v/O//j/1//Y//b/4//X/9n/2f8pAOz/FADs/+//7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v8VAOv/6//r/+v/6v/q/wAAAAAAAAAAAAAAAAAAAADq//D/+f/4/wAA7P8WAAAA6f8XAOr/6v/q/+r/6P/5/+z/7P8AAAAAFADp/97/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA4f/z/+L/6//Z/9j/6f8WAAAAAAD7/wAA6//q/wAAAAAAAAAAAAAAAAAAAAAHAOr/2//o/9f/6f8iANb/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/u//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAAADs/+3/FADz/xAAAAD0/+P/7P8PANn/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/t/xgA6//3/wAA8v/p//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/5/wAAAAAAAO3/7v8UAOP/+v/3/+j/+f/5/x4A9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+//7f8UAOz/7v/s/+z/7f/u/+z/7P8UAO3/7f8AAAAAAAAAACEA+P/i/wAAAAAAAAAAAAAAAAAAAADt//j/AAAAAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+7/+/8AABQA7P/s/+z/7P/s//f/7P/z/xsA2P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/FgDs/+z/8P/s/+n/6v/s//f/AAD7/wAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAA6v/w//H/+v/5/+//FgDt/wAAAAAAAAAAAAAAAAAAAADq/+r/7P/r/+z/6f8AAAAA8f8AAO7/AAAAAAAAEgAAAPH/AADu/wAAAAAAABIAAADx/wAA7v8AAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xoA4v/j/+n/6f/o/9j/7f8UAO3/AAAAAOz/4/8AABQA7P/t/wAAAADs/+z/9/8UAOz/7f8AAAAA7P/s//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/wAA7f8AAAYA6//h/9n/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+//FQDq/+3/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7/8VAOr/7f/r/wAAAAAAAAAAAAAAAAAAAADa/+H/x//L/yoA0//j/9L/3//Y/9v/3v8PAOv/2f8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf+7/77/yP8iANj/xv8RAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAMr/1v+//+P/uP8AAAAAAAAAAAAAAAAAAAAAAADq/+D/5P/u/wAA7P/b/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/ykA3f/c/9//1f/e/8X/7P/p/+//6f8AAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AADx/wAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8UAO3/8/8AAPL/7P8AAAAAFADu/wAAAADu/+3/AADs/+z/7f/w//D/7f8UAO7/AAAUAO7/AAAAAO7/7f8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAN3/AAALAOL/7//n/9v/2//s/+z/3//t/+v/FADt/+z/7P/s/+z/5v/s/+z/7P8UAOP/AADy/wAAAAAUAOz/8/8AAAAAAAAAAAAAAAAAAAAAzP/O/9P/6f/V/xMACgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAPH/8P8TANT/BgDC/77/zP8GALr/AAAWAOP/4v/Y/+r/3P/V//X/AAAAAAAAAAAAAAAAAAAAAOj/6/8AAAAA+P/r/+r/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAOz/AAAUAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/r/+v/6P8WAOv/AADq/+z/7P/s/9T/7P8MABQA7P/2/+z/7P/r/+z/7P8JAOf/7P/r/+7/6f/s//j/AAAAAAAAAAAAAAAAAAAAANH/3P/k/87/AADD/9r/PwAAAAAAAADt/wAAFgAAAPn/7P/t/wAAAAAAAO3/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA4f8AAOz/7f/s/+//7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADs/+n/FAAAAAAAAAAAAAAAAAAAAAAA6v8WAOn/6f/s/+j/6f/s/+z/7P/j/+3/7f8UAOz/7P/q/wAA7f/1/+z/5v8AAAAA9/8UAAAAAAAAAO//7P8AAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAA6f8AAAgA9f/6/+7/7v/s/+z/7P8UAL//BgAAAOH/xf8mAMz/2v/q/+n/7P/r/xYA7P/q/+r/7P/s/+z/7P/s/+3/FADs/xQA7f/t/wAA8P/s/+z/7P/s/wAAAAAAAAAA7P/t/xQAAAAAAAAAAAAAAAAAAAAAAOv/7//6/wAAAADs/+3/FQD0/wAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/FQDr/+v/7P/r/+f/6//Z/9v/GQDh/+v/2f/r/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/CwAAAO7/7f/t//j/6v8VAOz/7P8HAAAAAAAAAAAAAAAAAAAA7f8AAAAAFAAAAO3/7f/u/+j/5//q/+v/7f8XAOr/6f8AAAAAAAAAAAAAAAAAAAAA1/8oANj/2P/Y/+P/1P/S/wAAAAAAAAAAAAAAAAAAAADr/+v/7P/z/+v/6/8VAOz/6P/q/+//7P/t/wAA2/8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAAAAPT/AAAcANr/6f/i/+n/1//T/+v/7P/s/+7/9v/6//n/FADw/+//AAAAAAAAAAAAAPP/EgDS/+H/4P/p/+f/4f/m/yIAAAAAAAAAAAAAAAAAAAAAAOz/9//u//r/8//w/xMA7f/3//b/AAAAAAAA7v/u/xUAAAAAAAAAAAAAAAAAAAAAAOv/6v/o/+L/2P/r/+z/FQD3/9P/7P/q/9f/GwDV/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/w/wAAAAAAAOz/FAD3/+//6v/s/+z/6/8AAAgA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/8n/2P/V/9v/IwDp/+P/AAAAAAAAAAAAAAAAAAAAAOj/8v8AAPX/+f/j/9r/IwD4/xcA7f/u/+z/6P/q/+3/DQDo/+3/6//t/+j/7P/0/+z/7P/s/+z/2f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/AADa/97/6f/Y/97/EgDs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAGgAAAAAAAAAAAAAAAAAAAAAAFAD1/wAAAAAAAO3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6f/Z/+L/6//r/xoA7f/J/xEA2P/b/+X/FQDn/8r/2P/U/+f/5v/r/yYAyP/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/5//p/+j/5P/q/xsA6/8AAAAAAAAAAAAAAAAAAAAAFADw/+z/7v/w//r/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/4//L/AAATAO3/9v8AAAAAAAAAAAAAAAAAAAAA3P/S/9r/3v8VANn/AADG/wAA2P/Z/9//6v/a/9f/AAAAAAAAAAAAAAAAAAAAAAAA2f/q/+n/7f8fAN7/5//j/wAAAAAAAAAAAAAAAAAAAADk/+v/6v/s/+v/FgDq/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/1//v/7f8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAAAAD0/wAA9v8AAAAA9v8AAPr/9v8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/7v8UAOz/7P/Z/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAA+//p/+//EgDt/+v/4v/X/+D/2P/T/yIA3f8AAAAAAAAAAAAAAAAAAAAA7P/6/wAAAAAAABQA+f8AAAAAAAAAAPH/AADs/wAAFAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+3/AAAAAAAA9//v/+3/FAATAO//AAAAAAAA7v/t//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P/n/+r/4v/s/xcA6v/s/+z/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAAAAAAAO3/9/8AAAAAAAAAAAAAAAAAAAAA7f8UAPf/AAAAAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/i/+z/7f/u/+3/FwDq/wAAAAAAAAAAAAAAAAAAAADl/xYA6//o/+v/6f/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/i/+z/7f/u/+3/FwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/r/+z/+f/p/wAA5f8AAPP/+/++/8T/zP/B/xMAw/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/4P/d/97/6f/d/yQA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/w//H/7P8UAO3/8v8ZAAAAAAD6/wAA6v8AAAAAAAAAAAAAAAAAAAAAAAAkAPL/+v8AAOz/6//s/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/yYA8/8AAAAAAADb/wAA6/8nAOX/9v/z/+v/3v/r/+r/AAAAAPX/AAAZAPH/7//l/+z/7P/a//L/IgDY/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAAAAD0/wAA7P/t/wAAAAAAAOz/FAD4/+3/EwAAAAAAAAAAAPP/AAAgAAAAyP/G/8r/z/+w/+H/7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//D/AAD6/+7/7P/u/wsA6v/q/+L/8f/Y/wAA6/8AAAAAAAAAAAAAAAAAAAAA4v8fAOf/3v/j/9v/3v/b/xQA9P/6/wAAAADt/+z/7f8XAOT/7P/f/+r/6//i/+n/FADu/wAAAAAAAOz/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAA+v8AABcA4f/z/wAAAADq/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/s/+7/7P/s/xYA7P8HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//H/AAAAAAAAEwDu//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+v/FADs/+v/AAAAAAAAAAAAAAAAAAAAABMAAAAAAPP/AADr/9j/7P8RAAAAwP+3/6P/7v/i/8n/AAAAAAAAAAAAAAAAAAAAAOz/6//1/+z/7v/s/+z/FADt//T/+f8AAPr/7f/t/xQA6v/g/9n/3f/L/+D/AAAXAOv/7P/s/+3/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v8QAOn/4f/i/+D/wP8cAL//6v/5/wAA2//P/wgACQDR//H/4f/b/wgA4f8AANb/7f8UAO7/7v/s/+z/7P/s/wAAAAAAAAAAAAAIAAAAAADs/wAAAAAAAPr/FADt/+z/AAAAAAAAAAAAAAAAAAAAANj/6f8kAO3/5v/i/9j/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/+z/7P8VAOz/6//g/9//7//f//n/1P/s/y0AFADt//b/7/8AAOv/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/7//u/+z/7P/s/xQA7P/1//f/+v/s/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/K/9b/xf/J/+//8f8YAC0Axv/T/8b/4P/K/9b/2//t/x4A9//w/wAA8//m/+//AAAAAAAAAAAAAAAAAAAAAC0A0v/b/87/xv/e/9X/0P8VAOz/7P/t/+z/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAN//6//r/+v/6f/o/+j/IgDX/9r/7f/t/+j/5v/g/xQA7P/s/+//8//s/+v/7P8ZANf/6f/b/+n/5//o/+n/7P/t/+z/7//t/+z/FADs/xQA+f/u/wAA9//s/+z/7v8UAO3/7P/u/+z/7f/s/+3/GADp/+7/8//y/+z/6f/r/xQA7f/t/wAA8P/s/+z/7P8WAOz/6v/r/+r/7P/p/+v/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/7v/7/wAAAADx/xsAAADq/+n/7P/1/+z/6/8WAOz/6v/s/+z/6//s/+v/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA3v/e/+P/2v/h/9X/6P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7v/u/+3/FADt/+v/6P/p/+j/7P/r/xUA4P/s/+z/9P/2//n/7P8UAO//3P/b/9b/1P/X/9P/KQDa/+z/7P/w/xQA7f/s/+z/7P8AABQA7v8AAAAA7v/t/wAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAAAAAAAO3/9//s/xQAAAAAAAAAAADt//f/3/8bAOn/6//q//P/4//p/+z/FADu//H/9f/s/+z/7P/s/+z/7P/u/+7/7f8UAO3/6/8OAN7/4P/I/9P/0P++/wAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAAAAAAAO7/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/s/+z/7P/v/wAAAADv/xQA8P/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAMf/AADv/wAAAADp/ysA8v/g/9b/5f/R/+n/zv8fAOn/3P/j/+f/5P/o/+f/IADg/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAN3/2/8AAPr/+v/3/ykAAADu//X/AADz/wAAAAATAAAAJADs/+n/4f/n/+v/2f/n/wAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAA7P8UAPj/7P/s/+b/8//q/xUA7P/q/wAAAAAAAAAAAAAAAAAAAADr/+z/6//r/+z/6v8VAOz/7P/r/+3/7P/s/+v/FADt/yIA0//j/+H/2f/V/9//0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+//7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAOj/+P8AAAAAAAAAABoAAADk/+v/+v8AAAAA7v8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+L/2//n/9j/AADY/9T/1P/d/9j/7P/K/0MA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAOH/AAAAAAAAAAAAAAAAAAAAAAAAFwDr/+z/+v/s/+n/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/6//r/xUA6//r/wAAAAAAAAAAAAASAPP/+P/y/xkAAAAAAPr/AADq/wAAAAAAAAAAAAAAAAAAAAAAAOn/5//t/+r/8P8ZAOb/6f/s/+n/AAD7//n/FwDa/+r/AADv//X/8//4/yAA4//w/wAAAAAAAAAAAAAAAAAAAADw//b/AAAAAAAAGgAAAPj/7P/s//D/8P/x/xQA6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAD2/wAA+v/2/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+b/GADm/+r/6f/o/+j/6v/w//n/+P8AAOz/FgAAAOz/+/8AAAAAAAAUAAAA8v/v/+z/7f/s/+7/7P8UAO3/7P/s/wAAAAAAAO//FAAAAAAAAAAAAAAAAAAAAAAAAAD0//T/+v8AAAAA7P8UAPn/7P/s//T/9v/5/+z/FADv/wAAAAAAAAAAAAAAAAAAAADh/9b/2v/c/9r/2f8hANX/AAAAAAAAAAAAAAAAAAAAAO3/8P/s/+z/AADs/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+//8//s/+z/7f8AAPn/AAAAAAAA9/8WAAAA7P/q/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl//L/AAAAAAAAAAAdAAAA6v/s/+7/9P/0/+z/FgDt/+3/9P8AAAAAAAAAABoA+v8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7//t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDt/+3/7f8AAPn/6v/u/wAAAAAAAAAAAAAAAAAAAADv/+3/7//5/wAA7P8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/AAAAAPr/AADe/yEAAAASAAAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwDv/wAAAAAAAO7/7f/3/+z/+v8AAAAAAAAUAPn/AADx/xQA7P/s/+z/7P/q/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAA7P8UAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/5P/q/+f/3P/k/+f/IQAAAAAAAAAAAAAAAAAAAAAAIADs/+z/7P/0/9v/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//v/+z/FADs/xcAAAAAAAAAAAAAAOr/AAAAABQAAAAAAAAA+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f8AAAAAAADs/+j/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/+z/FADs/+z/7P/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf/c//r/DwDO/wAA2P+y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//r/yEAAAAAAN3/7f/k/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P/s/xQAvf+t/8//zv/W/0MA1f/M/wAAAAAAAAAAAAAAAAAAAADY/+P/6v/r/+3/AADg/xIAFADs//b/7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADv/+z/AAAAAAAAFAD0/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAADs/wAAGgAAAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAD6/xQA7f/s/wAAAAAAAAAAAAAAAAAAAADU/xYA+P/t/+z/9//q/+3/7P8UAO7/8P8AAOz/7P/6/wAAAAAAAAAAAAAAAAAAAADm//X/AAAAAAAAAAAcAAAAGQDo//L/+P/t/97/6f/n/+r/AAAAAAAAAAD3/xYAAAAAAAAAAAAAAAAAAAAAAAAAKwD4//f/AAAAANf/6v/4/xQA7P/s/+3/7P/s/+z/7P8GAOv/4f/t//H/3f8MAOj/6v/i/+z/7f/u/+3/FwDq/yEA8f/5/wAA+//l/9z/9f/u/ygAAAAAAAAAAADc/wAA7P8UAO3/7f/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAD7/wAAAADt/wAA2P/s/+v/6v/q/+D/AAASAOz/7P/0//b/+f/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/a//P/2v/X/wAA2v8AAAAAAAAAAAAAAAAAAAAA6f/s/+z/7v/s/+z/FgDs/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/v/+//7P8UAO3/FgDq/+r/6f/x/+r/6f/p/xQA7f/w/wAA+v/u/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f8AAPf/+v/r/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/2//n/7/8AAO3/FAD7/+3/AAAAAAAA9//v/+3/FAAKAAAAAAAAAAAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+z/8//4/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADd/+n/5v/c/+v/4P/m/xoAAAAAAAAAAAAAAAAAAAAAAOz/7P/a//P/7v8UAOz/7f/s/+z/9f8AAAAAFADs//n/7P/4/wAAAADi/+3/6/8XAAAAAAAAAAAAAAAAAAAAAACn/6D/tf8KALn/GgC//8j/AAAAAAAAAAAAAAAAAAAAAOn/7//u//H/6/8VAOv/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/u/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAPb/8v/m/+T/0//K/9H/HwDW/9T/AAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/7P8AAOz/FQDv/+z/AAAAAAAAFAD0/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/AAAAABQA7P/s//f/+/8AAAAAAAAVAAAAAADe/+v/2f/h//D/4/8eAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/w/+z/AADs/xUAAAD7/wAA8v8AABwA+v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/AAAAAPf/AADr/xsA9v/z//v/FQAAAPf/6//2//D/7P/t//f/9//t/xQA6//s/7P/CwDc//D/7P8AAAAA7P8YAPP/AAAAAAAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAAO7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAA9//v/+3/FAAAAAAAAAAAAAAAAAAAAAAA7P/u//X/AAAAAO7/FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAO7/AAAAAAAAEgAAAOz/8//u//r/8//s/xUA7P8AAAAAAAAAAAAAAAAAAAAAFQDx//r/+f8AAPf/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/b/yoA9f8AANj/5f/X//n/6/8aAAAA9P/r/+n/9f/s/+z/FQDt/+3/6P/s/+z/1//f/yMA0//Z/8r/5//Y/+z/7P8UAO3/9v/s/+z/6//r/+z/FwDr/+j/6P/r/+D/6v/q/xUA7f/p/+v/6//r/9n/4/8hAMz/z//m/93/3f/u/+z/GQDd/+//6//l/+H/+f/r/xoAAAD0/+v/6f/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8XAOz/AAAAAOr/6/8bAOr/1f/R/9j/2//m/93/7P8UAAAAAAAAAAAA7v/5/+v/2f8TANj/6f/s/wAA2P8AAAAAAAAAAAAAAAAAAAAA2P/j/93/7P8AAOv/KAD2/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/x/+7/7P8UAOz/5f/t/+3/AAD0/+n/5/8TAOz/7P8AAAAAAADs/xQAAAAAAAAAAAAAAAAAAAAAAAAA6//s/xQA7v/2/+z/7P/t/+f/6//s/xUA7v/r/+z/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAA7f8AAPD/EwAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAO7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8VAOz/6f/t/+n/6f/p/+b/AADe/+f/6f/s/wAA3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAAAADu/+3/AADu/wAA+//3/wAA6v8YAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6//p/+r/6v8WAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/p/yQA7f/m/+L/2P/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/w/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+//8//s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+n/6v/l/+v/5P8eAOr/AAAAAAAAAAAAAAAAAAAAAOb/6v/a/97/7f/r/xoA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6f/a/+D/6//s/xoA7f8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/97/AAAAAPP/2v/n/y0AAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+z/7P/s/xQA7P8AAPH/+P/y/wAAEwDt//b/2f8PAO//2v/s/wAA4f/z//D/8v8AAAAAAAAVAOv/AADs/+z/7v/u/+//FADs/+z/7f8UAO3/AAAAAOz/4/8AAOz/6v/s/+z/7P/s/xQA7P/r/+z/7//v/wAAFQDr/+z/6v8YAOv/6f/t/+b/6f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/8/8AAAAA7f/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/AADt/+z/6v8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/x8A7P/s//f/7P/z/xsA2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx/wAAAAAAAOz/6P/y/xQA8f8AAAAAAADs/+j/8v/3/xQAAAAAAAAA7//s/wAA6P/s//T/AAD3/+//GADx/+z/7P/t/+//7/8UAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/+z/8/8AAPX/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9f/3f/Y/9r/1v/W/ykA7P/x//b/7f/6/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/6//q/+z/6//r/+n/FQDr/+z/7P8UAO3/9v/s/+z/6/8AAAAAAAAAAAAAAAAAAAAAFwDp/9X/7P/v/+z/6v/s/9j/AADz/+3/FADr/9n/6//s//H/9v/t//r/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAPr/+/8UAO7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAOz/FADt//H/7f/x/+z/7f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAkA4v/o/wAA6v8AAOv/2P8AAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//n/7P8UAOz/7P/s//H/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/t/wAA9P8AACgA7P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//j/+n/7P8AAPD/GgDu/wAAAAAAAAAAAAD3/wsAAADq/wAAAAAAAAAA8/8iAAAAAAAAAAAAAAAAAAAACAAAAOz/7P/s/+z/7P/s/xQA7P/p/+j/5//q/+L/7P8XAOr/2P/j/93/7P8AAOv/KAD2/9f/0//n/9H/6//q/xgA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/s/+z/7v/2/+z/7f/s/+z/6f/s/+z/FADs/+z/7P/s/+n/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/q/+v/AAD6/+z/AADt/xUAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+//8//s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P+9/8r/yf+9/9T/6/8xAOj/2P/f/9T/7P/Y/xIA9/8AAAAAAAAAAAAAAAAAAAAA6/8AAPv/AAAAABkAAAD0/+b/6f/1/+n/AAAWAOv/4v/r/+z/7f/s/+z/FQDs/+v/7P8UAO3/8/8AAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/wAAu/+v/7n/1//Q//X/AAAAAAAAAAAAAAAAAAAAAOz/7f/3//f/7f8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/wP/I/7D/w//D/8X/EwAAAAAAAAAAAAAAAAAAAAAAAACr/7n/1P/k/wUAt//g/+z/7P/w/+//6/8UAOv/7P/t/wAAAAAAAAAAIQD4/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/s/+z/FADt/+z/7P/s/+r/2v/r/+f/KADf/+L/2P8AAAAAAAAAAAAAAAAAAAAA7//4/wAAAAAAAPv/CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//n/+f/4P8AANf/5/8dALf/vf/6/8n/6f/Z/6P/JgAAAAAAAAAAAAAAAAAAAAAA7P/s//H/FADt/+z/7P/s/+z/7P8UAO3/9v/s/+z/6//u/wAA+//3/wAA6v8YAPX/2f/Y/+3/7f/t/wkA7P8AAOr/6f/s/+v/FgDs/+r/6v/u//D/AAAAAAAA7P8UAPf/2f/b/+z/6f8AAN3/2v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6v8AAOH/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/s//P/9//n/xQA7//u//X/AADz/wAAAAATAAAAAADZ/9//6v8AANr/AAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/2/+z/7P/s/+b/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/v/+//AAAVAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//u/wAA9v8AAAAAGwAAAAAAAAAAAAAAAAAAAAAAAAApAO7/AAAAAAAAAADg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDz//j/HwDt/wAAAAAAAPX/4P8AAAAAAAAAAAAAAAAAAAAAAADr/+//+v8AAAAA7P/t/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/wAAAADs/+z/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/p//f/zf/z//L/IADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAoAOf/AAAAAPr/1f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx/wAAAAAAAOz/6P/y/wAAAAAAAAAAAAAAAAAAAADY/wAA7P/u/+z/6f8AAOv/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/s//j/9//6/xYA6f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/3/+z/8/8bANj/7P8AAAAAAAAAAAAAAAAAAAAAFADu/+z/7P/u//b/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//T/+f8AAPr/7f/t/xQA+v8AAAAAAAAAAAAADQAAAPT/AAAAAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/GADr//D/8P/0/+j/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAPD/AAAAAAAAAADq//r/FgDt/+3/7f8AAPn/6v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAA7v8AAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAOn/3f/g/9L/1v/i/yAA2v/n/9f/2P/W/9n/DQAAANn/6P/o/+b/5v/o/+H/GQDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAPv/9/8AAOr/GAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/+v/u/+7/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7f/Y/+v/6//q/+z/GADs/+//7v/7/wAAFADs/+z/7P/a/ycA2f/Z/9j/2v/Z/9//AAAAAAAAAAAAAAAAAAAAAPb/AAAAAPb/AAD6//b/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/5//w//X/8v/m/yMAAADs/xQAAAAAAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAAAA6P/U/+f/6v/X/+D/7P/q/+P/4//r/+z/FwDs/wAAAAAAAAAAAAAAAAAAAAAhAPH/+f8AAPv/5f/c//X/FQDr//D/6//z/9f/7P/x/+n/6//u/xQA7f/n/+z/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/4//r/7f/s/+3/7P8AAO3/AAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t/+z/7P8VAOz/6//q/xUA7P/s/+z/7P/r/+v/6v/r/wAA+v/s/wAA7f8VAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAA9//4/xQA7P/s/+z/7P/s/+z/7P8UABQA7f/t/wAA8P/s/+z/7P/s//D/7P/l//n/FQDu/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/8v8AAOz/AADs/+z/FAAAAAAAFgAAAAAA+//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AADs/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAA2v/b/9n/4v/p/xwA6f/o/wAAAAAAAAAAAAAAAAAAAADs/+//+v8UAAAA7v/s//L/FADm/wAA1//c/+n/6//p/+j/7P/0/wAA9//v/xgA8f8AAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/t/+3/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8UAO//7P/s/+z/7P/s/+7/7v/v/xQA7P/s/xQA7P/t/+7/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9/8AAPv/AAAAAAAAEwAAAAAAAAAAAAAAAAAAAAAAAADY/9z/7v8AAOz/BwAAAOz/9//z/wAAAADt/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+3/1v/t/xMACwDY//f/AAAAAPf/AAD6//f/GAAXAOz/4f/p/+T/2//r/+b/FADu/wAAAAAAAOz/7P/w/xcA6/8AAPP/7P/j/+f/3/8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/7//q/+j/2f8eAO3/FADu/+7/7P/s/+z/7P/e/+L/AADq/+3/JgDq/9n/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAAmAOn/8f/s/+z/7v/v/+7/FADr/+z/7P/s/wAAAAAAAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAA3v/L/+3/7f/u/ycA5v/Q/+z/7P/v/+//FQDq/+3/6//s/+z/8P8UAO3/7P/s/+z/9v8AAAAA9v8AAPr/9v8ZAAAAAAAAAAAAAAAAAAAAAADt//T/+f8AAPr/7f/t/xQAAAAAAAAAAAAAAAAAAAAAAOz/FADs/wAA+v/s/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/HADt//X/9/8AAAAA6v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/+v8AAPH/FADs/+z/6f8XAOv/6v/o/+T/6f/n/+z/7P/s/+7/7v/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAGwDY/+b/6f/k/9r/5//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9f8AAPP/AAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALb/HgDn/3z/0/+v/w0Abf/F/9b/3f/j/8v/tv8cAPX/3P/p/+r/5v/m/xYA6v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P8XAOj/AADt//H/7P/r/+v/6v/s/+z/6v/p/xUA6//q/+z/6//s/xUA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA6//s/+b/7P8KAOv/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOr/7f/r/+P/6//f/+z/AAAAAAAAAAAAAAAAAAAAAOf/6//1/+v/6//u/+v/FgAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7//v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD2/ykAAAAAAAAA6f/o//P/y/8qAMj/z//H/+n/0v/H/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//m/+j/5P/s/+D/GwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/DQDZ/9v/2f8AAOP/2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//8v/x/+z/FADt/+n/6v/t//L/5f/6/xcA2P/s/+z/7f/t/+z/7P8UAOz/7P/s//D/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAM3/6f/P/+T/1v8AAOj/1P/q/+n/4f8WANb/6f/6/wAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAAAATAAAAFADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADa/yUAAAD3//X/AADc/wAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/s//r/1P+u/6//z//Q/w0AAADu//L/+//l//f/HwDy/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/+z/7f8AABQA7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/EADB//f/7P/s/8j/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+b/5v/v//v/7P8cAOz/FADs/+3/8v/t/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xgA6v/m/+r/5f/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnAO3/6P/x//P/2P/Y/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA3f/l/+T/5v/k/+b/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/GAAAAAAA8f8AAOn/AADf/9n/0//p/wAAHwDK/8//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAN7/2f/a/9P/6f/O/9T/FwDO/93/7f/a/+z/xP/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAOv/6//r/+v/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwDl/+H/5P/b/97/5//g/93/6f/m/+n/1v/l/+r/GwAAAAAAAAAAAAAAAAAAAAAA7f/0/wAAAAAAAAAAGgD6/8v/5v/a/8n/4v8eAN7/+P8VAOn/6P/t/+7/7P/o/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA1//W/yoAz//c/9f/1//V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/l/9j/1//W/+D/4/8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+3/7P/3/+z/AADZ/+z/7P/s/+z/8P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9v/s/+z/7P/m/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/q/+v/FADc/wAA2v/q/+z/7P/a//P/7v8UAOz/7f/o/+z/9P8AAPf/7/8YAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/r/yEA6//s/9j/4v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/6//Z/8n/z/8NAAkAzv/f/x8A3//V/+j/4//o/+b/AAAAAAAAAAAAAAAAAAAAABsA6f8AAAAA7v/k//b/7f/l/+T/6//r/+f/6f8bAOP/CQDm/9n/0f/u/8T/7v/2/+7/7P/t/+z/7f/s/xQA7f/q/9b/1f/c/+7/6/8oANv/4//k/+j/5P/n/+T/GQDi/wAAAAAAAAAAAAAAAAYAAADX/+P/5f/m/+j/3P/e/x8AAAAAAAAAAAAAAAAAAAAAANv/2v/f/+D/5P/d/9r/HgDr/xUA7P/q/+v/6//r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/xAAqf+f/9P/6//W/8//2v/r/+z/8P8AAOr/FwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8//t/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAfv+4/8j/0v/6/+f/0P8AAAAAAAAAAAAAAAAAAAAA4v/q//D/5v/4/+P/HQDr/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//GwDp/+v/6v/z/+P/6f/6/xAAAAAAAAAAAADy/wAA2P/a/+r/5f/r/+b/KADo/+r/3v/b/+D/FADq/wYA6//q/+r/7P/r/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxAOD/AAAAAAAA1P/v/+b/AAAAAAAAAAAAAAAAAAAAAN3/1P/j/9v/4P/o/+r/IADr/xUA6//r/+v/6//p/+v/wP8pAMj/0//X/+n/0//N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/wkA5f/C/7X/3v8LAPr/5f/n/+D/5//p/+H/GwDo/9T/3//m/+P/4f/f/x8A4v8AAAAAAAAAAAAAAAAAAAAA1P8GAOf/1f/e/xMA5f/j/9n/LwD5/6P/mP8AAML/v//n/yoA1P/b/8//4P/U/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/1v/e/+z/6v/r/xYA9P8cAOf/7f/w/+r/4v/n/x0A4f/r/wAAAADp/+T/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmANX/2f/d/97/1v/d/9n/0//m/+L/JwDa/+n/1v/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOv/6//p/+r/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/7f/z/+j/9v/u/yEA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/1//m/9//4f8cANr/5P/7/wAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/7P/q/+z/6/8VAOz/sv/S/ygA2f/L/+P/2v/D/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADq/+n/6v/p/+r/FgDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//X/9v/6P/x/9P/KwDw/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA4P/Q/ysAzf/5/+z/6/8QAOf/5P8MANH/0P/U/9r/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/uv/J/9X/wv8JAPL/CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w//D/8f/s/xQA7f8AAOn/AAD5//X/AADq/+z/AAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAAAAAA6v8WAOv/7P/r/+f/6P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/0f8iANf/4v/c/9z/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/9f/s/+v/9P/Z/wAA0f/l/9n/6v/p/9j/0v8hAM7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/7P/y//P/8f/s/xQA8P8AAAAAAAAAAAAAAAAAAAAA7P/m/xUA6//s/+j/6//n/8r/r/8OAAkA6v/N/wAArv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf/X/97/3P/X/+D/MADO/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5v/q/+v/9P/n/xYA6v+q/xkAxv/X/8b/wP/D//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/q/+H/6//w/+X/GgDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADv/wAAAAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/w/+v/7P/s/+z/FADO/97/KwDV/9b/4//G/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/w/wAA7P/s//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAPf/AAAAAAAA6v/x/xUA7P/s/+3/7P/q/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/p/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwC8/8v/wP/I/+r/+/+6/wAA6v8ZAOz/AAAAAAAA8P/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANH/zf/W/+v/6f/a/y8A0f8AAAAAAAAAAAAAAAAAAAAA6//q/+z/7f/e/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//L/7v/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/8AAPr/AAA1AO3/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/4f/q/xsA7f/k/9j/3P8AAAAAAAAAAAAAAAAAAAAADADq/9//3//Y/+P/AADh/wcA6P/X/wAA2P/r/97/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/EAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAxP/I/wAAFgDV/87/7//W/9P/2//k/9v/3/8SAAAAzf/z/wAAAAAAAAAADwD3/wAA7P/s//X/AADx/+z/FADt/+v/7P8UAOz/7P/s/+z/7P8QAOv/6//N//f/AADG/8j/7P8UAPr/7f/s/+z/7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUA5P/X/xEA0//k/+X/yf/A/8f/QwDE/9L/tv+1/67/AAAAAAAAAAAAAAAAAAAAABQA8P/u/+z/8//u/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtf+q/6z/u//f/+7/AADg/wAAAAAAAAAAAAAAAAAAAADp/xcA6//q/+j/5P/p/+f/3/8sANT/yf/Q/9H/1f/a/wAAAAAAAAAAAAAAAAAAAADr/+n/6//r/+z/FgDr/+j/uv/s/7T/t//C//f/uf8wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/4//q/93/6f/e/x0A3/8AAAAAAAAAAAAAAAAAAAAA5f/R/9z/3//r/yEA6v/a/+z/7P/p/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/r//L/7//s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAPT/3//Z/+z/+P/p/wAAAAAAAAAAAAAAAAAAAADq/xwA7P/k/93/2P/j/+j/AAAAAAAAAAAAAAAAAAAAAPn/6v/0/+v/FADz/+z/7P/Q//P/KAAGAPb/xf/E/9//7P/s//D/9P/3/+v/6/8UAAAAAAAAAAAAAAAAAAAAAADs/+T/7P/s/xcA6//q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5f8WAOn/6//n/+r/8v8AAAAAAAAAAAAAAAAAAAAAAADl/+n/6//b/9j/AADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+L/4//k/+T/4f8eAOP/AAAAAAAAAAAAAAAAAAAAAKH/wf/B/83/6/+g/8r/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f8AAOX/8P/k/9n/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+P/y/wAAEwDt//b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P8FANb/0v/m/9//CADc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//p/+f/4P/q/+v/6/8WANb/CQDO/8//x//R/+b/EwAAAAAAAAAAAAAAAAAAAAAA6//r/+z/FADu/+z/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/AAAAAAAAAAAZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/6//r/+j/FwDq/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/AADn/9n/6//m/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/t/wAAFgDu/+r/7P/I/wAAAAAAAAAAAAAAAAAAAADr/+z/6//r/+z/6v8VAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+v/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+v/AAAAAAAA7P8UAPv/7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADp/+n/6v/q/+D/6v8XAOj/IwDf/97/3//f/93/3f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/o/xwA3v/o/+n/6v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/yEAAAAAAOz/6f8AAAAAAAAAAAAAAAAAAAAAAAAUAO7/9v8AAPT/9v/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/r//P/8//s/+f/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f8eAOf/7P/r/+X/4f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADr/+7/9//p/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/8f/w/xQA7P/v/+7/9v/6/wAAAADx/xMAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/+z/6//r/+v/FgDq/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/4/+3/7P/s/+z/7P/t/+3/7P/x/xQA7P/s/wcAt/8IANX/pv/Y/9//mf8AAAAAAAAAAAAAAADi/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9j/6v/g/+D/4/8kAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+//7P8UAOn/FADu/+//+v/7/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgAx//k/+L/0P/N/8f/w//m/+f/2//i/9j/8P/a/y8Azv8hANj/1v8AANn/wv/V/wAAAAAAAAAAAAAAAAAAAAAWAOX/6v/q/+r/6P/h/+v/1f/r/9T/3//3/8D/GADB/+X/FwDr/+v/6//o/+n/5//t/xMAAAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAOv/6v/p/xcA6v/q/+n/5v8AAAAAAAAAAAAAAAAAAAAACQDs/8v/qv+U/8n/CADM/wAAAAAAAAAAAAAAAAAAAADT/y8A2P/p/+H/9//k/+D/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/p/+n/GADo/+r/6f/o/+n/7P8VAOv/6v/s/+r/6v/q/wAAAAAAAAAAAAAAAAAAAADp/w0A6//q/+r/5f/2/+r/AAAAAAAAAAAAAAAAAAAAANH/6v+r/9//AADY/7b/AADs/xQA7P/s/+z/7P/s/+z/6//r/+z/2f/s/wAAEwDi/+v/GADq/+v/6//s/+b/6v/p/xoA4v/j/+n/6f/o/9j/AAAAAAAAAAAAAAAAAAAAABQA7P/t/wAAAADs/+z/9//s/xQA7P8AAPr/7P/s//L/1//X/9v/1v8pANj/2P/d/wAA7f8cAOr/AADp/+f/5P8AAAAAAAAAAAAAAAAAAAAA7f8UAOz/7v/v/+z/7P/s/+r/7f/s//P/7v/s/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/y//i/+r/FADq/+H/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/1v/4/+b/1//b/xYAtv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0AyP/p/+T/8P/f/+L/4P/p/+j/5//q/+L/7P8XAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wsA5v/W/97/xf/R/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDm/+X/2P/c/+r/zf8MAO3/HgD3//D/AADz/+b/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/2//W/9T/1//T/ykA2v/s/+z/8P8UAO3/7P/s/+z/6v8XAOr/6//r/+X/5//c/xkA6P/p/9n/6v/j/+X/3f8AAAAAAAAAAAAAAAAAAAAAyv/H/9n/wf/d/73/MgDZ/xcA6//s//r/7P/p/+j/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/u/wAA9P/u/xYA7P8AAAAAAAAAAAAAAAAAAAAAHQDq/+v/7v8AAO//5f/z/+z/7P8AAAAAAADs/xQA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/9v/s/+z/6//s/+z/7P8VAOv/7//2/wAA6//s/xQA+P8AAAAAAAAAAOz/AAAWAOr/6v/p//H/6v/p/+n/AAAAAAAAAAAAAAAAAAAAAMv/1//g/+r/6P8oANv/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/+/8VAAAA9//r//b/8P8aAOf/9P/3/+z/3//q/+7/FQDq/+//9v/y/9r/6//v//X/2/8qAPX/AADY/+X/1//p/+L/HgDm/9n/3P/l/+T/6//s/xcA6//o/+j/6//g/wAAAAAAAAAAAAAAAAAAAADW/xIA6/8AAAAA6//W/+3/AAAAAAAAAAAAAAAAAAAAAOr/6f/s/+r/6//p/xYA6v8AAAAAAAAAAAAA+v/z/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/2f/t/+v/4v/r/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x//b/7f/6/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/q/+f/6//o/+n/FgDx/wAA7v8AAAAAAAASAAAA6P/o/+b/5v/o/+H/GQDn/wAAAAAAAAAAAAAAAAAAAAAbAOb/6P8AAOr/6P/S/9//AAAAAAAAAAAAAAAAAAAAANr/2//Z/+L/6f8cAOn/6P/r/+v/7P/s/+3/7f8VAOv/7P/s/+3/FADv/+z/7P/s/xYA4P/n/+z/5v/z/+v/5//P/+H/6P/U/+r/CADT/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADJ//r/AADm/+7/zf/l/7f/sP/g/xwA1/+4/8j/1//p/+n/7f/t//P/4/8QAOf/AADw/wAAAAAAABUAAADv//H/8P8AAAAAAAAVAAAA7//x/+3/7P/t/+3/7f8UAOz/7f/r/+z/7P/s/+7/FADr/+b/FADt/+z/7//u/+z/7P/s/+z/+f/s/+z/FADW/9r/AAAAANL/5P/I/8f/1v/W/wAAuf/u/93/zv8MAL3/1f/x/+r/6f/r/+v/6/8WAOr/5//Z/+z/6//s/+j/EQDp/wAA6f8QANj/vv+y/+r/7P/0/+z/GADs/+z/6v/r/+P/7P/2/ycAAAAAAAAA6P/g/wAA6//s/wYA7//2/9X/DQAAAPD/8v8AAAAAAAAVAOv/AAAGAOv/FADt/+z/7P/f/+v/8v/d/9//6//o/wsA4/8AAPD/7P8XAOj/AADt//H/7P/z/8v/vf/A/6v/3P8fAND/CwDv/wAAtf+9/9T/2P+u/9f/AADb/9f/3f/j//X/3v/Y/8X/AAAAABUA7P/q/wAA7P/q/+r/6//r/+r/FgDq/7X/y/89AMz/uP/a/8T/vv/U/93/JwDO/9b/4v/k/9n/7P/r/xUA7f/s/+v/7P/r/8L/vv/R/+X/+P/j/w4AAAAUAOz/+f8AAA4A7P/s/9j/4P/Y/77/0f/7/7z/yP8dAM//4/+3/+j/tf8bALX/0//q/+r/7P/s/+r/+P8UANr/wP/q/wkAHADg/8L/x//K/9v/2v8AANf/2f8YANL/xP/b/+v/6//o/9n/GQDl/9T/EwDa//T/8/8AAO7/1//a/xUA7P/v//n/7//z/+v/8v/s/+z/AAAAAPv/7P8UAPD/0v8AAAAAAAAAAO7/LwAAAOX/2f/r/+z/6//s/xkA7P8rAAAA3P/O/5P/6P+3/+b/7P/X/9r/6//e/+n/FgDr/9b/2f++/8T/0//5/9L/2//N/+7/1//q/+v/5v82AM//0f/N/9b/6//p/9r/LwDR/wAA2v/s//n/8P/c/+H/AADb/wAAAAAAAAAAAAAwAPf/wf/c/9//qP/H/xwA+P+7/8H/1P/J/1AAxv/a/wAA+f/S/67/zv/M/+v/JADb//D/2P/Y/+z/+v/j/ygA3P/e/+7/s/+4/63/qP8AAAAA4f8AAOz/AAAAAAAA7P/Y/xQALQDU/9j/3//g/9r/yv/U/wwA9P/c/+f/1v/3/+f/zv/u/8f/7v/S//T/AADX/wAA7P/s/+v/FADt/+z/7P/s/+n/GwDm/+X/z//r/9n/5f8AAAAA7P/l/9r/EQDm/8b/6//r/+z/6v/s/+v/6/8VAOv/6P8WAOT/5v/r/+z/6//g/9//7//f//n/1P/s/y0A7//z/9X/uP+s/8f/AADm/xQA9f/X/+7/5f/u/9z/0v8AANv/3v8AAPn/6v8AAO3/1v/q/+//AADu/yoA3//d/x4A3P/x//n/6P/q/9n/7f/N/9b/AADc/97/AADP/+n/yP8rANb/zP/i//T/xv/O/8f/8f/H/6f/o/8AAAAA1//w/wAAAAAAABUAAADv//H/0v9JAMD/xf/E/8r/sf++/9f/QQDL/+L/0v/c/8D/2//U/y0Az//d/9D/0P/X/9T/wf82AOP/0//i/8H/1f/Z/wgA2P/Q/9X/1v/B/wAAx/8UAAAAAAAAAAAAAADs/wAA6//r//r/AAAAAOz/FQDy/+z/CADa/9r/2v/u/9j/1f+3/wgAvP/H//H/BgDX/+v/6v8AAOv/4P/k/9j/CADY/7P/z/8/AMH/yv++/9v/8P8pANj/6v/w/+X/2f/W/9z/7P/t/+3/7P/v/+z/7P8UAPb/1P8IAMf/1P/Q/+b/EwDr/+j/FgDk/+b/6//s/+v/AADY/wAA6f/q/+X/3P8VANn/5f/k/+r/7v/a/9r/FwDP//j/l//Y//X/8//j/9b/6f/t/+3/8//j/xAA5/8AAPD/AAAAAAAAFQAAAO//8f/a/+z/4//3/wAAJADs/9n/5v/a/+D/BgDZ/9j/5P8TAOv/8v/j//r/8v/t/yYA7P/Y/xMA5//r/+n/0//r/wAA1/8pAOD/6f/Y/9f/1v/Y/8b/zv/m/9H/5P8gAN7/0f/q/+z/7P/d/wgA6//p/wAA9P/p/+r/AAAAABMA3P/q//b/jP+b/6P/v/8OAAAAn/8YABUAvf+5/7z/vf+i/7P/OQDC/8r/1P/I/9X/xf/X/+z/6//q/+3/7f8TAO7/7P/T/xYAsv/b/8L/vP/v/9T/5//e/7z/sv8RABYArv+g/+f/DADK/8r/EQDP/9P/mP/g/7//pf+r/+P/v/8eAOf/6//g/+b/4P/Z/+v/HgDq/+n/6//f//T/5//s/+L/FQDm/wAA5P/r/+z/6P8IAOr/9//u/wAA9v8AAAAAGwAAANn/2P/Z//X/9v8AAAAAAADC/4P/pv+q/w0A8/8ZAMH/4f/o/+//6f/n//b/FgDW/+n/7P8AAPr/AADr/xYA7P8XAPb/AAAAAPX/7P/t/+z/2P/L/93/2v/U/9H/MQDX/87/0P/T/9X/2v+//zsA0f/l//L/7f/s/+r/7f8VAPf/6//b/+v/AAD5/9H/HAD3/+n/7f/q/wAA7v/s//P/FAAUAAAA7P/4//r/1P/T/wAA7v/n//D/2f/0/xUA+v/r/9z/3f/t/+j/4v/X/+b/SwDD/+T/FQDl/97/EADa/+v/GAAAAOH/2//p/9j/3//p/9r/p//P/yoAw//a/7f/BgAwAJr/p/94/xcA7f+t/+H/AADs/wAA9/8AABMA8f/Y/+X/5/+3/8z/EgDL/+H/EQAAANT/2v8SANj/6v/X/+P/2f/p/7n/zv+//wsA9P+s//D/AAAAAAAAFQAAAO//8f/u/8n/6P/m/+3/GQC6/9j/2P/Z/9v/3v/h/wAA2P8AAAAA+v/y/9X/wf8VAMr/6v/B/+b/+P8XAOr/5//H/xMAAAD0/6r/m/+z/w0A0P/T//n/xf/f/5D/p//m/+b/3v8cANf/xP/Y/8T/0P/u/8P/CQDq/9X/2v/L/9n/2P8UAOD/rf8QAIT/y//l/8f/AADr//L/4//6//L/7f8mAOz/8v/y/+//AAD7//H/GADx/xQA7P/s//b/8P/t/+v/7f/r/9D/0f/p/+X/1f8WAN//6//r/+r/7//v/+v/FQDq/+n/7f/t//P/4/8QAOf/AADd/97/1P/Y/83/JADm/+b/AAAJANP/5v/J//X/1v/r/ygA2P/c/9j/2P/V/+n/1P/e/yUAyP+z/8b/9v/d/67/t/8YAAAA1P/Z/8//yf/Q/+b/yv/d/7j/pf8ZAL//3v/Y//b/3//a/wAA2v/X/wgA6f/r/+z/7P8UAOz/7P/u/zMA8f/C//j/4v+s/8f/yv/o//n/AAAAAAAA6f8aAPn/uP/G/wAAAACn/9T/8P+j/+z/7P/s/+z/7f/s/xQA7P/N/x8AzP/P/9j/xf/r/8b/3P8AAMr/3v/f/97/FQDM/+3/FADu//D/9P/s/+z/7P/p//H/4P/0/9L/7P/L/xUA5v/h/9H/2f/M/9z/AAAWACAA6f/G//n/6P+1/+b/vP/v/+v/4//w/+b/AAASANX/2//r/+v/6P/Z/xkA5f/U//D/AAAAAAAAFQAAAO//8f8AAAAAAAD1/wAA7P8AABQAAAAcAAAAAAAAAAAA5f8AAOf/6P/v/+z/7//x/xgA9//Q/wAA8v/i/wAAyv/u/9X/5P/n/9n/2f/e/97/2/8kABcAv//M/73/w//A/+f/0v/P/9b/2v/G/87/CAASANT/6//k/+v/0v/s/xcA6/++/8H/tf8WAOH/vf+9/xoAdf/o/+j/xf/V/9f/5/8fAOr/z//7/8r/9v/A/6//7f/E/+7/7//U//X/z//X/wwAyv/Y/9j/1P/5/+b/KADc/+H/6//q/+r/6//r/+n/FgDq/8j/GADK/9v/1P/r/8//4v/0/+r/sv+r/x4A0//2/8v/5P/e/9z/5v8UANj/2P/6/wwA6P/W/8X/6P/G/woA6//l/9H/3f/a/+3/IwDq/8D/2P8WAPT/1v/Y/9n/zv/g/+r/7P/s/93/CADr/+n/AADN//f/3f/y/xMA1P8IAM3/6v/s/+z/3f8IAOv/6f8AAOb/GgDp/+v/3v/X/+b/AADD/+L/xf/c/+P/6P/t//n/7f8UAO3/8P/s/+z/7P/s/xUAy//V/+P/3//E/+n/9//Y/97/2v/h/9n/6/8lANv/9P8AAAAA4f8AAAgA9P8gANf/4v/k/+X/6P/U/wAAIQDq/9f/0P/m/+n/FwDj/9z/5P/B/9f/0f/x//f/CgDP/ycA7f/o//H/8//Y/9j/6//W/+r/7/8AAO7/KgDf/93/3v+6/67/6v+V/woA7f8AAO//FADs//H/+//o/+z/7f/s/+b/7v8AAPL/7P/s/xQA7P/q/+L/4//r/+z/FwDs/+X/6f/u//P/7v/h/xsA7f/r/+z/7v/2//b/7/8UAPD/0//Y/9L/z//X/+f/JQDQ/wYA2//c/+j/2P/W/wAA2v+//8b/2P/Y/8P/1v86ANT/vv/J/+X/DgC1/+//wP8HAOP/+v/3/+j/+f/5/x4A9P/j/7//e/+s/w4AAACK//T/AADm/9H/sf+s/93/9P/k/8r/2P/W/+T/6v/d/yQAAADh/9X/AADT/8L/9v8AANH/uf/Y//D/9P8UABAA+v/A/8j/1//Y/9T/y/8AAOz/EgAAAMz/6v/r/9n/5v/S/xgAMQCf/9v/0//P//T/5v/H/zEA1v/s/+n/6v/X/9T/4/8vALX/nP+1/+T/l/+o/wAA+//G/8P/4v+5/wAA6P8AAN7/7P/G/+3/0f/v//X/DwAPAOT/1//p/xAA5v/q/wAA6//m/+3/8f/w/+z/FQDu/9f/1//r/93/5//T/ykA5//s/9r/AADJ/9z/EQDi/9X/7P/s/+z/7f/u/+3/FADs/+j/5f/J/8r/yP8ZAOv/1//s/wAA2P/Z/8z/2/8OAOz/7P/p/xQA7P/Q/9P/6v8HAOv/4v8RANf/4v/L/wAA0f8LAMn/8//o/+b/xf8AANT/y//A/9P/BQDq/wAA1//G/8T/2P/Y/+r/6/8xANr/7P/m/+X/5//o/97/HADp/9r/3P+0/7r/vv+9/7X/2f86ANr/uf/O/9f/uP+9/+H/NgDp/+r/3P/y/+j/6v/h/xYA1v/W//r/FADv/9T/5f/z/xcA6P/a/+n/6f8IAOb/6f8AACAAzf/p/+T/uP/E/8P/3v8AAOv/1f8AABEA6//t/8j/MQDW/+r/2f/b/9n/2f/d/9f/zf/z/9v/+f8jANL/7P/s/+z/AAAAABQA7P8AABQA4f/W/9L/AADP/+r/wv/Z/+z/6v/p/+X/EwDY/wAA+/8AAAAAAAAAAPL/GAAAAOz/4f/M/8//FADu/wAA3f++/9f/0/8yAMX/6f/K/+r/zP/e/8b/2v/n/+X/JwDU/9b/2P/u/+7/8f/H/+v/OADs/+n/+f8AAAAA7P8UAPn/EADQ/43/4v/k/93/vv8XABQA7P/s/+3/7v/s/+z/7P/s/wAA3v/j/+r/6f8GAOz/6v8cAOT/5P/q/+f/2P/f/+T/6//q/+z/6/8WAOr/6//r/xQA6//q/wAA6//v/+v/3/8VAKr/xf/Q/8n/9//q/+n/2f8kANj/2v/m/93/3P/b/9j/+f/r/93/AAC4/xIAFADf/+v/7P8AAOz/7P/r/+r/BgDW/9D/1f/S/wAA1f/f/wkA7P/3/+3/AADZ/wAAtv/Z/z0A2f/R/+n/sf+//8X/z/80AMr/0f/J/83/0P8TANn/2f/r/+v/2f/6/9v/9//h/wAA7//u/wsA2f/r/+H/AADs/+f/7v/Y/wYA6//Q/9L/0P/X/9H/4P/5/yIAFgDk/8f/0P/P/9//8v+x//D/6P/r/+H/AAD2/xcA7P/z/9b/2P/U/9v/3P8JAOT/6//r/+r/6//r/+r/FQDq/+r/6P8WAOT/5v/q/+v/6//f/xMA9f/0/+7/2//Q/wsA7v8GAM//AADJ/6//3v/q/9n/2//f/93/+f/s/yQA6//s/+r/3f/r/+3/6f8VAOv/6f/t/+3/8//j/xAA5/8AABcA4f8AAOf/7v/Y/+n/1P8PAOD/o/+w/+D/7/8AALv/5P/U/93/wv/X/w8AAADh/wUAEQAAAAAAAAAAAOv/AAD1//D/AAD3/wAAAAAYAAAA5//o/xgAyv/T/xIA5v/f/+z/7P8UAOz/5/8AAOz/1f8dAM//4//p/+7/9f/m/8j/6//p/wAAAAAAAOT/FgD2/+z/FADs/+3/7P/s/+z/7P/a/+f/3P/x/8//1P8pANL/w/8sALj/y/+y/8v/3//I/8b/7/+s/87/4P/6/xQAuv/E/77/yv/R/9f/AAAAAN//2f/H/8L/NwDV/9//xP/Y/+T/AADa/wAA2//i/9j/2v/s/+z/8v/z//H/7P8UAPD/mP/K/+//4P+M/yEAqv/D/7n/3//0/6H/jv8jANP/jv/L/+L/0f/A/83/JQDR/8j/tv/R/+7/0P8TAMP/5//H/9H/1v/V/9n/7f/1/9T/+v/n/wAA5f8VAOr/3v/Y/+L/6/8AAOX/6//v/97/AADn/9//3v8AAOP/6P8TAOv/4v8MAOj/5f/k/+b/AADp//P/5f/y/+3/7P/q/+3/FQD3/+j/AADg/wAA7v8AAND/uf++/7//CQC4/8D/5/8eALv/AAAAAAAAAADv/wAAFgAAAOf/2P8AANj/2v/f/xEA5f/o/6//zv/6/9P/AAD5/6v/5P/c/9v/2v/d/+L/4/8eAA4A1//I/9D/HADn/8L/wv/j/+L/3P/W/9D/6v8dAOj/yv/q/97/6//p//D/IADi/+z/7P/t//D/7f/s/xQA7f/e/+T/5P/v/+n/7v8gAOb/9f/s/+7/2P+3/8X/yf8OAPX/5P/4/77/AAAAAMr/9v/r/+v/FgDr/+3/6v/q/+j/7P/s/+r/8v/0/9b/FAAAAOj/IQDs//b/AADr/+j/6f8KANL/3//k/+P/6f/w/wkA6f/a/8z/2f/n//b/vv8YAOz/6v8MAPT/8v/q/xQA3v/b/+v/6//o/9n/GQDl/9T/FgDW//n/+//q/+7/CADq/wAAw//Q/9X/3f8AAA4A2v8AANT/sf8MAMD/yP/f/w8A6v/q/97/5/8UANj/AADs/+r/zf/H//v/AAD0/+L/EQDn/+j/3f/q/+//4P8kAOb/0f/H/wAA1//Z/+L/+v8PANn/6//t/+7/6/8RAOr/AAASANj/2f/i/+P/5/8AANj/8f/X/xMAyf/u/wAAv//q/9X/9f8AAO//AAApAAAA7//s/9f/EwDj/wAAyv/d/9b/2P/t/wAA7f/k/wwA6P/r/+v/0f/T/+3/6//W/xYA4P/s/+r/3f/r/+3/6f8VAOv/1/+u/+D/vf/K/+v/1f8mAOj/2//T/8z/5f8tAOL/0P+3/+H/7P/f/wwA1P/t/woAAADy/wAA7f8AAPb/2f8AAOz/6//2//n/7//e/xUA8v/j/93/6v/r/xQA+P/m/wAA4//d/9f/1//W/9//KADY/+v/7f/y/wAA9P/u/xUA8P/r/+3/8v8AAPT/7v8VAPD/4f8YAMj/z//W/9j/8P/M/+D/LADU/8n/0P/R/9b/2v/s/xUA2P/s/+z/6//s/+v/x/8IAMr/3v8AAMn/4/8AAAAADQD0//P/9f/C/9T/6P/s/+z/8f/y//D/7P8UAO//6f/t/+3/8//j/xAA5/8AAOv/2P/N/+D/zv8yANn/2P/n/+v/7f/w/+z/6/8YAOv/6//X/9L/0P8AAN3/GQDp/xYA6P/p/+b/8//r/+j/6f8AAO//4//j/97/y/8OAOH/2/8dAOn/5v/g/+v/3P/s/wAA6v/R/9P/6P/W/wAA5//v/+7/7f/6/+r/FQDs/+z/6P/p/+n/HADs/9j/4f/c/yMA2P/b//j/6f/M/9j/+f8AAAAAuv+z/8X/u//6/7n/2f/r/+3/7v/r/xEA6v8AAB0A1/8AANf/3P/Y/9T/wv/T/+X/6f/n/+z/EgAAAAAA4//6//f/6P/5//n/HgD0/+//1v/O/97/2f/c/xsA4f/K/7v/z//J/83/yv9CAMr/2/8AAAAAAAAAAAAAMAD3/9v/AAAAAAAAAAAAADAA9//q/+r/6P/q/+r/6f8XAOf/FgDo//L/AADv/wAA1P/i/8H/AADm/7T/xv8AAOH/zv/B/8X/w//E/7L/PgDT/8//AADj/97/1v/V/woA3v/U/9b/KQDj/+v/5//k/9f/5/+6/00A2P/K/9T/o/+3/9T/6P8hANb/0//o/93/4f/W/zEAzP+8/9P/0P/A/9X/8f/p/+z/AAD6/wAA6/8WAOz/zv/t/8v/7/8AANP/1P8dAB0A8P+C/1f/ff/X/8j/uv/s/xQA8P/w//D/7P/s/+3/cf8JAI//zv+A/wAAAAC9/87/z//q/+z/2/8VAAAA4P8AAO//AAAAAAAA7P8AACgA7P/y/+7/7f/t/xMA6//s/+L/5//q/+7/0f/o/+X/GwDo//L/9//u/wAA2P/q/xgAAADp/+j/zv/i/9v/CwANAB0A7f/c/93/4f/B/+T/6f/h/83/x/8AAOj/2P8IANn/+//K/8//o/+v/83/xP81AAAA6v/R/9f/6P/k/83/4f/c/+z/y//a/yMA6P/Y/8r/+P/p/8b/v/+u/wAA8P/l/7b/AADt//j/9/8AAAAA7/8WAMX/2f/e/9r/1/8AANf/4v/o/+T/2P8UAOz/AADZ/9D/AADf/97/0v8nALv/zv/s/+v/FADu/+3/x//5/+L/CQD0/wAA0v/P/+7/4v/P/+j/+f/m/+j/DgDY/+7/xP/c/+z/FADs/+3/2f8HANn/FADq/+L/7v8AAAAA6//a/xIAzv/U/9f/2P/Y/+r/CAAAANj/5P/w/+H/EwDa/+v/5//J/6//y//D/+v/AAD7//L/xv/K/77/m//c/+r/AADp/xsA5v/l/8//6//Z/+X/yP9BALz/xP/E/87/0f+6/8r/NgDf/9f/3P/d/9n/3P/d/0oAv/+e/7D/r//e/6P/7P/u/xQA7P/s/+z/5f/a/9r/2v/e/wAA7/8AANj/2P8UAOr/3P/v//H/7P/s/+//CwDE/9T/1v/S/9T/AADH/8n/FgDb/wAA0//K/9//5f/p/9L/7f8VAN3/5P8SAOj/2//h/wAA1f/Q/+f/EgDl/ycA0/8AAAAA7//Z/+T/1//m/+P/4//p/+b/6f8dAOb/DQAAAMb/+f/Q/+T/3f+1/+z/6//u//H/7//s/xUA7v/F/yEAx//j/87/5/+m/+z/+v8HAI7/m//a/9r/xf/U/9T/GwDS/9H/AADR/9j/0v/q/wAA1//O/wAAwv8aAMT/+P/3//j/m/96/7b/FADh/+b/MADL/9n/0//k/73/zv/g/xMAyf8AAN3/zP/g/+n/6v/V/+H/FgDq/+v/6v/h/+j/6f/p/xwA7P/Y/+H/3P/R/97/AAAAAPP/2v/n/y0A2//L/+r/vv/O/wAAzv/t/xUA7P/t//T/7v/s/+v/7P/b/+//4v/Z//X/2P8YANr/1v8cAOn/FQDq/+n/6//r/x0A4f/r/wAAAADp/+T/6P8AAOH/7P8AAAAAAADi/9j/5P/4/8P/yv/J/+H/rP8dAAgAAADa/+P/7//X//T/yP/x//f/iv8AAOz/3v/Y/9X/0P/s/+z/FADs/wgA5P/n/6L/rP95/xEAvP+1/0wAwv/o/xQAAAAAAPH/4P/Z/+z/LgDE/7D/2//k/wAA2v/5/8T/0f/E/9b/5P8AAOf/FwDb/+H/7f/t/wAAzf/b/xMA7v/h/9L/x/8qAA4Ak//g/+f/1//u/9f/2f8SANP/AADi/9n/x//W/9n/AAAAAOH/1f/f/yUAsP/R/6v/KwCt/+z/6v/t//b/8f/s/xUA7f/p/+X/FwDU/+H/6f8AANb/2//s/93/5v/Y/+r/FgDc/+n/7P8AAAAAAADt/xUA7P/Q/xQA7f8AAAAA7P8JAAAA+P/6/87/0f/W/wcA1f/M/9f/0P8QAOT/1v+6/wcAzv8AANr/1v/Q/9b/u/8AAOH/1P/J/9b/1v/q/8v/QADr//H/IwDK/xAAzv/f//L/1v/l/97/4P/Z/9n/6/8yANb/2P+v/ykAzf/3/9z/mf/3/6T/yv/S/9T/5/8OAL7/BwDr/9j/6//r/+v/7P8WAOz/7P/s/+z/7f/u/+3/FADs/9z/vf/U/8H/zP+6/0UA0P/W/9b/5//o/+n/zf8qAOn/2f/Y/97/2v/j/9T/MADa/93/zv/g/9H/2v/S/ykA1P/s/+n/+f8AAAAA7P8UAPn/8P/s/xcA6P8AAO3/8f/s/9L/kv/l/8f/tf8sAAwAxv8AABQA6//1/wAA7P/Y/+b/AADZ/9f/4P/0/wAA1//W/wAAyf/r/5v/lP8RANb/6//o/+T/4P/w/93/HQDb/+z/9/8AANn/xv+3/wsA3P/R//j/zf+3/8T/wv/e/wAAzv/q/+z/7P/r/+3/7P8VAOz/3P/t/+j/5P/P//H/z//g//v/7f8AAAAAAADX/yYA5v/y/+z/7P/t/+v/3P/p/xIAyv/q/xEA5v/Z/+X/7P8TAOv/7P8UAOz/6P/y/+v/2//q/+b/AADx//P/7P/s/xQA+f/j//b/AADs/yQAyP/T/9T/+v/o/9L/4f8AAAAAxf/e/97/2//d/+D/4P8iAN//0//O/8H/v//A/yUAzP8GAOz/7P8AAPX/AADs/+3/FADY/+b/GgDt//v/DADI/+r/FADs/+z/8v/u/+z/7P/t/yUA8v/o/+j/+//1/97/4//t/8X/vf/E/wAABwDv/9T/wf/N/8v/CQB//x4Axv/j/+b/xf/F/9b/AADY/woAAADY/xcAAADY/9r/1v/c/+n/AAASAOv/+P/r/+v/1//0/+v/0P/R/+n/5f/V/xYA3/8UAOz/7v/4/+//AADs/+3/3v/k/+T/7//p/+7/IADm/wsA1v/O/5f/0P8TANn/lf/s/+j/6//q/9//5f8TAAAA2P/Y/ygA2v/Z/9n/2v/b/+T/7f8AAAAAAADs/xcA7P/x/83/2f/u/9z/3P/j/xMA7P/s/+z/7P/t/+z/7P8UANX/AADX/9H/FADW/9//6v/n/wAA4f/i/+X/EwDl/9//5//t//D/4P/1/+j/8f8YAPX/2/+0/7z/wf/A/xMA1f/k/+v/6v/s/+v/FgDq/+v/6//s/xQA5v/0/+v/7P/r/+v/5v/t//H/8P/s/xUA7v8sANb/1//Y/9v/4v/U/9j/8P/s/xcA6P8AAO3/8f/s//f/4P/s/9X/3f/r/xUA0f8HANr/6f/p/+j/5/8AAOD/EADr/+3/7f/t//P/7P/Y/8v/2v/Z/9X/FAAFAOv/5P/n/+//CACv/7n/2v/w/+L/AADq/+z/7P/q/xQA6P/r/x4AAADq/+n/6P/3/9v/6//p/+r/6P/o/+j/6f8XAOf/6v/n/+T/FADs/wAA6f/q//f/HQAAAAAAAADr/+P/9f8PANT/y//V/w4Azv/D/7//9//V/wgA+P8dAN//0v/C/+v/3v/g/wAA5v8hAMz/vP/q/+P/AADf/+H/5v/q/xQAFgDs/+3/AADx/+z/6//i/+v/2f/j/wAA4/8aAOf/5//s/93/7P8AAAAAFADs/wAAq/8AAAAA6/+Z/8v/zv8NAN3/6v/W/xsA3f/V/+v/1f/J/xUA1P/c/9j/9v/S/+f/zP8ZAMb/xf/k/9D/7P/S/wAAJADp/wAAAADy/+H/AADw/83/vP/I/77/v/8gAMj/2f/m/xQA5f/s/+v/1/8TAN//2P/b/+n/3P8nANz/6P/b/9//MgDT/+j/1v/V/9v/1v/q/+//AADu/yoA3//d/wsA7f/f/+f/6P/V/8v/5//s/+f/AAAUAO3/7P/s//H/pP/m/w8ACQDm/wAA0v+2/9j/uf/J/8H/2v/F/0EAu//y/83/6//x/9T/4v/J/xoA6f8UAPX/6//v/+z/7P/s/+z/7P/y//P/8f/s/xQA8P8hANv/0v/L/+n/5v/V/8n/CADV/8H/6v/s/8H/+P+//8f/vv/0/+r/tP/q/+//AADb/4r/3//6/7r/hv/O/x8A1/8AANr/4v/f/wAA1v8OANX/6f/k//n/2//s/+v/2v/3/+7/AAD2/wAAAAAbAAAA9//u/wAA9v8AAAAAGwAAAOD/7P/r/9f/7f8MAPj/4//X/8P/zv/K/wAAwP81ALv/1/9BAMv/4f/Q/9r/wP/Z/9T/0v8wAOD/6f/I/x4A5v/4/9b/2P8jANv/xf/d/8b/8v/5/5P/q/+f/8P/5v+//+z/7P/s//T/7//s/xQA7P/Z/+3/CQDa/+T/2//X/+z/DwDa/+b/5v8eAOH/zP/c/+//wv8eANj/5//C//n/zf/b/5j/mP+d/7v/7P8bAKf/AADc/9D/4P/d/+r/8f/a/8//0f/W/9//4//Y/0AA1v/q/+z/uP+p/7r/u//Y//P/5/8cAOP/5P/q/wAA1P/c/xQA7P/s//j/7//W/+z/AADu/+z/AADs//T/EwDq/+z/1v/q/+//AADu/yoA3//d/97/+f/3//P/AAAgAPH/8f/o/+j/+P/i/+r/5v8WAOP/7//s//H/9/8AAOz/FAD0/9j/EwDa/9z/5//Y/9z/AAAUANb/nv/d/6H/1f/W/wAA7P8AAAAAAAAAAOn/8f8XAOz/5f/u/wAA8v/a/+z/GADG/+L/zv+x/+3/9P/K/xMAzf/K/8z/LADQ/+3/3f+z/7f/DwDb/+//7v/D/x0A6//i/+D/6f/W//f/2f8oAOn/7P8AANn/4//d/9//AADs/xQAwf/D/+H/zv/n/+//5f/k/xoA5v/n/+r/5//l/+r/9f/B/5z/s/+s/xUAyv/v/+z/3P/s/+r/6P/o/xYA4v/m/9X/DQDe/97/AADe/83/zf/L/8v/xf/T/zQAwv/i/+P/5v/s/8f/7P/e/xkA+v/l/9j/EwDa/+//+P/5/+P/4P/L/9P/0P/Y/9v/KgDS/xwA5//o/+z/7f/o/8//5v/W/xAA6f/l/8D/vf/Q/zoADgDV/9z/5//o/+r/3//4/9T/t/8LALH/vP/p//T/AAAUAOz/6v/t/wAA7P/s//H/6f/r/+z/7P8UAOz/7P/u/9z/8P/p/77/2P/i/wAA+v/a/9j/2//Z/+r/6f8AABQA6f/a/x8A2//f/w4A1//p//r/1v/h/9z/2P/o/xUA1/+9/7//u//G/9H/wP8iAPD/FgDs/+z/7//r/+v/6v/t//X/7P+r/9L/kv8AAMP/7f/s/+z/7P/t/+7/7f8UAOz/3v/p/+r/5/8AANj/IQDF/9f/u/++/83/rf/D/z4Au//s/93/7P/p/+f/6f8WAOL/6v8AALL/7P+s/wcA1v/t/wAAGgC2/9f/yP/r/9X/4v/Y/wAA2P/p//D/2v8AAN//5P/c/+v/6//a/9b/FQD4/+z/EQD3/7L/w//g/9r/2//u/9j/AAD0//H/1//W/wAA5P8ZAOn/6P/o/+f/5P/p/83/lP9//6L/wP+8/xAAGwAlANL/5f/Q/wAA3f/U/9L/AADY/+D/+f8AAAAA1/8AANj/1v/M/9X/3//Z/+L/JgARAOz/4v/X/+3/2f/Y/wAA5v8WAL//7f/a/+H/7P/m/9b/xf+j/+H/JgDC/+D/0P/s/+b/6v/i/9H/EQDU/wAA+/8GAID/mf+P/6X/3f+4/8//mv/m/6P/ov/v/wAAFgDU/xYAv//r/9j/7//r/9//2P/a//T/AADk/ycA2//j/9L/8f+V/6j/BQATALz/6P/k/xoA5v/n/+r/5//l/+r/5//Y/wAA5//i/9n/FwD4/ygA2P/b/+z/4f/q/9j/4f/l/+n/8v/P/8f/xP8KAAAAFADs/+z/7v/s/+v/6//s/zIA2f/t//H/8v/a/9b/4f/p/9X/4//r/+v/yv8fANP/1f/r//X/7v/r/+n/GQDt/9n/6//6//D/6//s/xcA8f/Y/+z/7P/Z/xMAKADY/+v/wf/7/+3/AABx/93/6v+f/wcA7P/R/9T/5P/l/xQA3v/O/y0A4v/d/+P/xf/V/9n/5v/S/9v/9f8AANz/CgC+/+j/5v/b/+P/6/8XAOr/6f/M/ysA2/+x/6z/0P/H/wgAz//M/+T/0f/l/+v/1/8rABYA7P/t/wAA8f/s/+v/4v8AAAAA4f8AAPr/EwDp/+b/3v/k/+T/7//p/+7/IADm/93/AADw/wAAAAAaAOf/AADA//b/1v/g/+D/xv8LAPb/6//y/+P/+v/y/+3/JgDs/+P/IAD1/wAA7f8AAN7/AAAVAAAAAAD0/wAAAAD4/wAAzP/V/9//1//S/+n/KgDV/8L/xP/S/8//0f/K/00A2f/M/+v/1f/O/xQAxf8NAOP/7P/s/+v/FADt/+z/7P/s/+//+P+Q/6P/mv/O/wkA0P8RANf/4P/Z/9f/4f/1/+T/2P8SAN7/5//u/wAA2P/l/wAAHAAAAAAAAAAAAOX/AACv/8//tv9KAMf/of/P/6f/6P/p/+n/HADs/9j/4f/c/8n/2//H/zYA2f/T/8r/0v/X/9D/3P8lAN7/z//c/8f/7v8AAOz/6P/a/+T/EgDY/+3/FADs//f/9P/t/+z/6f/Z/+v/4f/f/xQAxv/b/wAA2//F/7T/rv/b//T/CgDX/wAAGwDf/9z/zP+3/w0Azv8AAAAA5P/r/+n/EwDm/+r/AADq/wAAAADt//P/6f8VAKv/q//e/+X/0/+b/3IAtP/V/9f/3P/W/9D/+v8cANX/6P/r/+X/4P8AAOz/IQDl/7b/v//d/57/rv/l/zoAyv/t/9//2v/X/9z/8P/q/xoA4P/P//X/+//R/9f/+P8SABQA7P/s//L/7v/s/+z/7f/d/wUAvP/J/7//7f/f//v/8f/r/9z/5f/l/yIA1v/N/9j/2f/d/97/8f8PAAAA7P8fANf/4P/X/9H/9P/j/9n/1f8AAOv/7//Z/xYA6//Z/xIA5//u/9n/1P/d/+z/2P/s/+z/AADq//T/FADs/+z/nP+w/x8AxP++/w0A2/+3/+r/8//a/wAA3f8PAMr/2f/j/+T/7P/w/97/EgDZ/+P/zP8AAKb/of+X//b/8v/N/+j/8v/p/+r/7f/o/wYA3f/o//f/xf+7/9z/IQDP/6T/4P8QAOX/+//r/+H/9f/f/9H/v//K/7f/v/8AABsA9v/y//L/7/8AAPv/8f8YAPH/xP+h/2IAw//F/7P/qP+6//D/6v/5/wAAAADx/zEA+//t/xQA7f8AAPD/7P/s/+7/+P/d/7j/8//H//P/1P+o/+z/5v8AAAAAFwDq/+r/6/8FAOP/1P/q/9j/DgDq/9n/EgAMANb/3//f/97/0v/Z/+P/6f/Z//b/3v8IAOT/AADR/97/AAAAAPP/2v/n/y0A9v/Z/8z/z//i/9P/1P8mAAwAj/+N/7b/hP+6/wAA6/8NAOP/p//E/6//AADN/+v/GQDY/+b/AADr/+j/5P/J/9j/6P/q/+v/7v8UAAAA5v/q/9D/2P/k/+b/0v8YAN//6//t//L/AAD0/+7/FQDw/+r/7f8AAPr/AADs/xUA7P/D//r/1f/P/8b/AADJ/wAAov8XAMz/1P/e/9b/2f/u//j/AADF/8z/yP8AANr/2P/o/wAAEwDq/+f/4//Y/+r/1f8PAM7/xv/l/wUAvP8hAOT/+f/Q/9z/1//W/xwA5f+z/6z/2v/1//H/AAD2/+z/+v8AAAAA9v8AAOz/AAAUAOz/3v/d/+L/7P/s/xUA5//Y/+X/5f/q/9T/5f8AABMA4v/L/8H/x//4/wAAAADM/xQA7P/s//L/8f/s/+z/7v/s/+z/7P/s/+z/7P8UAOz/jP+f/8X/AAC9/8j/OwDD/+z/7P/r/xQA7f/s/+z/7P/r/xUA7P/s/+z/6//r/+z/GQAAAOT/6f/r//T/0//W/xUA7P/t/+z/9v/s/+r/6//o/83/GAC+/8b/6P/s/+D/3v8AAOX/7v/m/9H/DQDU//X/BwCm/7v/tf8AAOj/vv8UAO3/7v8AAAAA7P/s//r/2/8AAAAAAAAAAAAAMAD3/+H/1P/f/+v/1/8aAO7/3//s/+3/4f/V//X/6v8UAOz/7P/s/+z/7P/t/+z/FADs/+T/AADo/+P/4P8SAOD/6//j/wAA4v/a/7z/4P/a/xQA1P8MANr/3//a/ycAwv/V/73/CgC7/8n/DwDm/+H/w//X/97/DQDg/9z/2//k/wYAAADg/+j/8f/v/xQA5f/s/9b/r/+m//r/zv8RAA0Atv8RABYAAAAAAAAA5v/q//n/4//W/+n/4P/f/wcADADP/8r/u//P/8n/zf/K/0IAyv/l/wAA5v8AAAAA+/8JAPn/AAAaANj/0//W/9f/3P/e/7//xf+//8T/vv8qAMb/BwDn/+n/7//t/+//9f8YAAAA8v/J/9n/5//g/9T/FQDX/+L/1f/e/9r/5P/X/yUA4P8AALb/sP+u/7v/BQDh/5z/8P/d/+P/yf+8/w4A5//M/w4A2v/W/7//AADH/7j/t//X//T/xf+4/7X/AADh/wAA7P/s/+z/7P/s/+z/FADs/wAADwCn/6L/hf/M/8T/5f/Y//T/6f/u/+n/+f8YANn/2/8nANn/4v/0/9b/2f/q/9n/CwDj/8H/z//Z/wAA2//m/+b/AADf/+v/6f/B/wAAAADf/+r/KwDT/9L/vf/1/9X/0v+W/6f/3f81ALX/uv/r/+r/4f/o/+z/FQDs/+v/LQC8/+7/tv+2/+//x//I/xUA7P/v/wAAAADk/+z/6P8PAM7/2f/f/+L/AADh/9//7P/s/+3/8P/w/+3/FADu/xkAAAAAAAAAAAAAAO//AAAUAOz/7P/w/+3/7P/s/+z/+P/S/9n/FADd/9T/+f/m/9r/6/8AAOT/FADp/+f/3f/b/8j/8P/F/8L/6/8AAOr/5P/W/7X/uf/d/9X/AAAfAOP/AADj//b/5v/h/wwA2P/P/+7/mf+R/8T/iP8jAAgA2P/q/+z/7P/s/+v/JwDs/xwAxP/Y/9f/1/8AAOX/yP8AAOL/7v8AAAAA5f8AAOf/6f/p/9v/2P/f/+v/6/8XABMA7f/5/wYAAADp/+v/8v/H/6j/0v/D/8v/4v8AAML/AACs/7//vf+8/woA3v/w//r/4v/E/+L/1/8bAPr/0v/G//X/0//h/9T/CADS/xcAwv+4/77/8f/M/x8A3//v/xcA6f/s/+v/6v/n/+z/6P/g/73/AAD2/9f/8/+o/8//6//y/+P/+v/y/+3/JgDs/+v/2f/g//X/3f8AAA8A6P/n/+v/7P/q/+z/FgDs/+b/7P8UAOz/7f/u/+v/7P/t/+z/FADs/+3/7v/r/+z/7f/t/8H/0f/W/8L/AADK/wkA6P/a/wAA6//r/9f/5v8WANv/yP8SAPL/0P/m//L/5P/b/+P/2f/Y/9X/IwDj/9P/5P/s/+n/7P/t/xsA6//b/+z/2//s/+H/9f/Y/xcA2v8AAAYA3f/l/9z/EQDf/9z/6//o/xYA5P/m/+v/7P/r/wAA1/+l/x0ACgDp/+H/AAAVAOz/7f/0/+7/7P/r/+z/FgDr/+z/7v/s/+z/6P/q//D/6//k/+z/7P/s/9j/FAAGANf/zv/X/8n/DQDp/8X/4P8tAMz/zf/b/8f/wP8GAOz/7/8UAOr/8//s/+n/6f8IAN3/7f+7/8H/AADP/9L/5f/r/+D/8P/6/0cA9//r//b/6f/5/+f/m//2/+r/4v/X/xYAzf/E/9P/2P/c/wAA4P/d/+v/6P/d/+b/BgAAANP/DADa//D/7P/m/wAA6P/p/+P/6P/Y/9z/4/8dANz/1v8uAOn/3v/1/8j/z//d/9P/1/9p/7j/z/8AAA0Anf/u/xQA7P/u/+3/6//s/+//0P8AALz/tv+9/67/AADM/9T/4P/S/wAA3f8GAAAA4v/u/9D/0//J/9P/GwDe/93/CwDl/wAAxP/g/9f/7P/Q/9n/8P/w/93/AAAAAAAA7v/g/+T/2v/Y/8//AADa/xEA6/8AAPj/6/8AAAAAAADz/+X/AADg/+L/6/8QANj/2P/2/8j/0P/T/+n/CAAQAOT/8f/S/+r/2f/S/+3/FADb/wAAz//H/6//e//D//n/5f8VAOv/7v/s//D/6v/s/+z/FQDr/+7/7f/w/+v/7P/s/woArv/Y/8H/g//T/+3/+P/s/+r/3f/r/+3/6f8VAOv/7P/p/+v/5//q/+v/FgDt/+r/4P/k/+L/2//l/x8A6f/W/+P/1P/Y/+P/AAAQAOH/3//o/9H/HADg/9f/+f/a//L/4P+w/53/AADT/+D/AAAkAAAAoP+K/4r/rf/d/5f/6//r/+z/7P/s/+z/FADs/7n/4v+M/wAA9//r/+3/rf/n/wAA5P+O/6D/KAC3/4n/yP/c/6r/t//C/0YAvP/R/+z/6//s//H/7v/r/xQA6//s/+z/5P84AAAA7P/t/xQA7f/Y/+v/6//q/+z/GADs/xMACQDo/+T/2P/b/9z/1//s/+v/7P/x/+7/6/8UAOv/3v8AAAAA8v8AAOf/AADn/+z/AADf/+z/4f/p/xMA2f/g/wAA3//n/+f/6f8AAOX/5/8VANz/AADn/9L/3v/p/+z/5/8AABQA7f/s/+z/8f8pANj/4P/s/+n/1v/X/9v/2f8AAOz/7//s/9j/AADr/+r/GwDq/+n/6P/i/+7/4v9z/zwAjv+T/6n/lv+T/6v/2P/Y/wUA3P/h/wAA1v/V/+z/5f/k/8P/0//2/9P/vf/R/xQA1//c/9X/6//v/9z/8P8AAAAAAAAVAAAA7//x/+v/4v/m/+f/5//r/+v/HAD3/yMAAAAAANn/4//t/w8AyP8AANv/BgDq/+P/wP/Q/xUA7P/t/+z/9v/s/+r/6/+6/87/wf/F/7z/xv86AML/7f8UAO//8v/2/+z/7P/t/9f/vv/z/9z/3f/e/wcAFQAUAOz/6v/4/+7/6f/s/+v/AADj/97/1v/V/woA3v/U/9D/vv/5/9D/3//P/9r/EQDb/+f/2//a/ygA5P/a/9r/3v/L/+3/7f/u/ycA5v/Q/93/vv8NAMP/xv8NAMr/wP8YAOn/6//v/+r/6P/n/+3/DgDN/8v/1P/V//n/8/+9/xMA7P/0/wAAAAD4/+z/3//p//X/yv8QALz/GgDH/+H/6f/H/8f/7P/V/wAAAADS/+H/4f/l/+X/8//V/x8A7P/F/8n/FADK/83/+v/R/8f/3f/s/+7/AADZ/yYA3f/c/+//8v8AAAAAAADs/xQAAADO/yYA3P/V/+D/+P/d/+z/7P/s/+//FAAAANz/7P8AAOr/4v/k/+T/5//b/+n/HgDS/9j/5f/d/9n/yP8HAAYA6/8AAOb/6f/s/xIA2v/r/wAA9v/v/wAAAADf/wAAAADd/9z/yP/h/wAA8P/Y/7//6//n/+v/8P8JAOv/FADi/8v/AADl/9j/2P/s/93/AAANANj/2P/Z/9n/zP8AANj/0P/X/9j/4/8AAAAAAADY/+n/5//c/9P/FAAAANn/7P/n//P/7v8AAAAA4P8AABUA5P/5/+H/9P8AADoA6//M/+n/4P/M/9z/0P/o/xoA4//r/9D/0f/p/+X/1f8WAN//6v8ZAOv/7f/s/+H/6P/s/woA5//m/+v/6//n//r/5v/W/97/2//n/+r/KQDv/+f/yf/b/7b/q/+t/wAACADa/7z/vv/n/9b/7P/c/wAAyP/3/9r/rP/e/w4A8v/z/9L/AADc/9j/1P/p/xMA4f+z/wAAFADk/+//7v/t/+n/9//G/63/tP8AAOj/9P/v/9P/+P/H/+r/5f/S/8b/AADR/+3/FADt//D/7P/s/+z/7P/p/93/6v8AAPX/2v8AAOb/8v/r//H/+v/y/9P/HADZ/+H/6P8AAN7/2f/e/xMA6f/r/+z/6v/t/+v/6v/s/xUA1v/4/+v/4P/q/xcA5P/o/+v/7P/s//j/9P8jANj/6v/p/+v/4P/2/+j/7P/i/xUAwv/j/8j/yf/R/xAAAADE/87/u//u/+r/2/+y/zQAwP/s/+3/7f/s/+//7P/s/xQAx//g/+f/6v/p/87/zP87AO3/EQDl//f/AAAnAOH/2f/h/xUA7P/t/+3/AADq//j/lv/0/9P/5P+i/9f/KgAAANv/1v/T//H/6v8rANH/3//s/wAAAAAAAAAA6f/x/xcA3v/X/+3/4f/i/9P/NQDc/8b/9//K/xAA3/8AANb/1//V/wAA4P/l/+r/7v/V/w8AAADl/87/wf/V/wAAAADj/+z/FADs/+3/7P/s/+z/7P/s/xUA6v/t/+3/8f/t/+3/5P/r/+r/7P/r/xYA6v/r/9H/DQDS/8v/0f/T/wAAyf/Z/9v/3//Z/+v/7P8kAOP/2f/b/9//2f/r/+z/JADj/+D/1//2/wAAAADm/ywA+f/r/9D/0f/p/+X/1f8WAN//2v/i/xwACgDo/9n/0//q/8v/7/+7/9T/EwANAOL/xf+6/yQACADB//D/0/+8/8L/6f8UAPT/7//x/+z/7P/t/9b/AADk/9f/6P8YANX/6f/Y/wAA2v/i/9//2P8AAOP/7P/t/+3/7P/v/+z/7P8UABgAAADh/9v/6f/Y/9//6f/y//L/7/8AAPv/8f8YAPH/FADs/+z/7f/s/+z/7P/s/9r/IQDf/9f/wv/a/+X/z//H/9L/2f/1/7X/CgDg/+j/3v/c/9v/3//g/+X/DwAAAAYA6//p/xQA1//n/8j/4/8MAAAA0v/q/9X/p//O/wAAFADs/9P/2P/W/9f/7/8AAOz/4P/w/+3/+f8UAOn/AADc/8z/5v/2//n/4v9FAOv/1f8UANf/1P/4/8b/2v8AAOv/DQDV/73/yf/7/+r/vv/c/8z/5v/2//n/4v9FAOv/GwDp/87/2f/o/8r/yP/q/+D/7P/q/9f/7v8LAPj/AAD5/+7/9/8AAAAAxf8UADcA3//l//H/GwAAALv/4f8ZACAAzf/t/+n/4//e/+L/0//g/9T/4//V/+P/2v8nANb/5//h/+r/3P/p/97/HQDf/9T/KQDc/+X/9f/h/9f/5v/r/xUA6//t/+//7P/s/+z/4P/I/9z/2P/L/87/4v8nANT/0f/s/+z/2f/H/97/GwDr/+r/7P8UAPD/7P/s/+j/7P8UAOf/6//u/+z/7P/q/+n/6v/z//T/6v/p/+H/FgAUAOn/+v8AAAAA7P/v//b/AADB/9f/x//j//v/AACx/+X/6f/u//P/7v/h/xsA7f/Z/+v/9f8AAPH/5f8TAAAAy//l/+j/AADc/wAA1/8RAND/0//t/8P/vf/W/ykAr//f/97/0v/n//X/3/8kAN//7P8UAPT/8v/t/+z/6f/z/9P/0f/Q/8n/xv/3/wAA6P/r/+3/8v8AAPT/7v8VAPD/KQDQ/wAA1/+8/+n/xf8RAN//2/+u/wgApf/n//X/zf/i/xQA6P/X//D/8v/u/+z/6//l/+L/3v/g/+j/7v8UANv/6//v/+r/8f8oANr/2P/2/9D/xv8jAMz/9//V/87/1/8TAPv/AAAAANv/AADv/8f/6f/U/+j/DwDW/77/AADo/9T/1v/P/8j/GwDk/wUA7P8AAAAAAAAAAN7/8v8hANj/1v/j/+n/2v8UAAAA7P/C/7j/0f/Q/+L/JAAOANz/3f/1/9n/AAD2/wkA7v8AAOn/6v/s/+P/9P8MAOz/CQDr/9T/0f/V/8D/JgDn/9z/qf/D/97/xP/m/xUAtv/t/9T/tf/D/6X/x/8+ALn/4f/g/+r/0f8HAOj/EQDV/9H/+P/I/7L/7f+8/ygAxf/f/ysAvf/R/8D/xv/B/9j/CADs/8X/1v+6/83/uv8fAM3/7P8AAO//AAD5/+L/7P8VAOj/5f/n/+j/4f8YAOr/6v/H/+n/AADs/+j/FQDi/+P/6//s/+r/7f/s/xMA7v/s/8L/3/8QANL/3//J/+7/4v/H/xkA2f/h/wAA4f/Q/8X/7P/l/wAAAAD2/+r/0/8UAOv/AADZ/9n/2f/m/+j/FADR/wAAAAAAAAAA5P8xAAAA1v/W/8H/zv+7/wAA1/8bAND/2f8AAAAAAADs/9v/EgAGAOL/uv+v/9n/wv8HAML/8/+o/+H/zP/K/w8A8/8AAOD/5/8AABkA7//q/+j/yP8AABYA6P/r//L/7P/b/+v/5f8bAOX/7//7//j/5v/t/wAAGgDl//H/AAD0/9f/7v/b/wAAAAAAAAAAAAAwAPf/HADT/+j/AADX/+b/3P/K/+H/0P/f/+//5v8uAMr/1P/t/+v/AAAAAAAA7P8UAPv/7P8YAOz/7P/q/+v/4//s/wAA2f+r/67/rP/L/xsAuP/w/+z/FwDo/wAA7f/x/+z/4f/f/+T/4P/Z/+j/HADm/+b/3v8HAN7/1v/s/wAAzP/s/+z/6f/d//T/6/8WAN//t//p/7//k/+3//X/7v+1/9j/AADT/+//of/o/87/9v/r/+r/7P/q/+z/7P/s/xUAqP8WAJb/kv8AAA4A3/+n/+T/MADS/9H/6P/d//j/8//W/xYA2f/t/9r/2//t/+b/1v8AAAAA2/8TAAAA5P/h/8//4P+9/wsA2P/k//v/AAC//8X/BgC9/8//5v/y/+b/6/8cAOv/5//t/9//1//a/w0A3P/p/9//1f/q/wAA6P8SAOn/5//r/+v/6P/m/wAA5v/1/+z/AAD5/wgA7P8AABMAAADg/+T/2P/W/+z/8//U/wAA7//5/+v/AADU/83/4P8dAAAAAAAAAO7/4//n/+b/1/8nANX/1P/m/+T/3P/1/xgA6v/1//j/6v/s/+P/v//f/8H/uP+//7f/EQAXADMA0f+d/8D/t/+b/9//iP/r/+z/FADm//T/6//s/+v/6v+R/+7/tf8WAOr/8//e/+b/6P/c/9b/1f/6/xkA1f/4/9v/AADm/+j/CwDb/93/6v/Z/+r/AADs/wAAAADs/9//7P/j/+j/3P8dANT/5v/X/9z/AADY/yEA0//S/+r/FADs/+//7f/w/+z/7P/u/9P/FADI/+P/3P/q//P/4P/H/87/3//W//n/4P8AAAAA4P/s/wAA3f8IANr/6P/t/9r/4P8jAMf/3v/r/9n/+P/Z/9T/yv8ZAPf/CAC6/9P/q/8uAOj/4f/W/+T/EQDP/+z/7P/t//P/8v/s/xQA7v/s/+z/7f/z//L/7P8UAO7/8P8cAPf/8v/y/+T/5f/0/+v/7P8AAAAAAADs/xQA8//Z/+b/0v/v/9z/6v8iANX/6f8UAPP/7f/b/+z/6P/z/xgA6f/n/+z/7P/o/+X/6v/j//r/9//o//n/+f8eAPT/0//j/xcA4P/n/87/AADY//L/vf/p/7r/AACK/7X/9v8AAOL/uf/F/+j/vP8IAPv/AACz/8z/xP/B/wAA7v/S/7j/AAC6/7X/AADp/+b/yv/o/+v/vf/R/83/7//h/xUA7P/s/+z/7f/w/wAAFADt/7H/tP86AL3/wP/R/9L/0P/X/7P/uP/K/6j/GwAfAJ7/1//T/+f/+f/n/wkA2P8PAPr/AAAAAAAA9f8AAAAAFAD5/+P/AADY/9P/+f/k/9f/CADX/yMA3v/W/8//1v/X/7v/p//Z//P/YP/I/wAA7f8AAOv/7P/s/+z/2P8UAOz/wv8MAOv/2/+7/w0Auf/2/7D/HgCL/7H/ov/q/wwAnv8AAPb/3P/o/9r/1v8AAMH/7v8AAAAAAAAAABsAAAD4/+v/6P8UAOv/zv/U/+r/CwDm//b/5v/q/xQA5P/l//T/9P/0/9P/AAAAAN7/2P8hAN3/6v/4/+j/FgAAANn/6//s/93/7P/p/+f/6f8WAOL/1P8AANn/6v8UAMn/4v/c/9j/EgDr/97/2/8AANn/7P/s/yEA5f/t/+7/7P/Y/+v/6//n/93/FADY/9j/9P/Y/+z/6v/i/+P/6//s/xcA7P/T/xUA2P/m/+j/2f/s/93/3/8nANj/5v/6/9P/2f/q/9j/AADs/+z/7P/r/wAA6//i/wAA9//1//X/5f8VAPL/0/8jANb/1//j/9X/6v/X/wcA5/8AAAAA9v/x/+j/6f/R/+j/2P/P/9j/3f/W/x8AtP+0/yoAvP+2/wAA5P/a/9L/2P/Y/+r/3v8jAOT/4v/q//X/2P/T/9X/vf8aAO//4P/n//D/1P8NALj/GAATANz/7f/S//P/8v/U/xQA1P/4/6z/DgC2/+//x//I/wwAFQDp/+L/6//r/9r/6P8AAAAA2f/n/+v/6//k/woA6P/C/y8Au//D/8P/5P/n/87/7P/q/+L/4//r/+z/FwDs/8X/z//c/yEA6f/F/wAAx//X/ycA0//m/9//zf/j/83/5f8TAN7/AADa/9n/1//a/8L/xv/r/8n/0f/0/w0Axf/o/yIA+v8AAAAA7//b/w0Axv/S/+L/5f/s/9P/PgDi/+z/7P/s/+z/7f/s/xQA7//r/9D/0f/p/+X/1f8WAN//6//0/wAAAAAAAO7/8f8WACgAv//0/8H/2f+i//b/vP/c/97/4v/w/93/x//Z/ygAEADl/7P/0f/N/xcA3f/N/9j/2P8AAO3/AADQ/+L/CQDs/+z/+f/7/wAA7P8UAPH/+P/p/9//4P/0/+T/AADd/+j/3f/W/9r/0//H/xgAuP/S/z0A7v/4/+3/1//F/+j/yP8RALv/wP/t//f/8/+f/9n/9v8AACcAAADa/+v/2P/Z/+H/2f/e/wAA5P/6/xMA5//m/wAA6v8AAOL/JgD1/+z/5f/R/9v/AADs/xcA2P/y/+n/6//n/9v/3/8AAAAAxf/t//r/s/+1/8//2P8AAPH/7v/G/9z/2//M/73/EgAAABIA0v/0/+v/8//V/93/m//X/7v/xv8qAMf/AADq/8X/wv/z/+z/9f/L/+3/4/8MAPP/5//l/w8A1v/n/9n/2v8rAOv/6v/p/9f/1f/i/xcA5P/q/+n/6//e/+r/6f/X/wAA2P/h/9f/1v8AANj/r/8lAND/AADA/7f/vf/Y/yMA2v/B/87/1P/j/8//u//C/zUA4f/i/9L/2P/K/9n/wf8iAOj/3f/f/yEA0//Y/+z/AADw/wAAAAAAABEAAADp/8j/2f/X/+j/5/8kAN7/7v8UAOz/7v/t/+v/7P/v/+D/LADU/8n/0P/R/9b/2v/A//n/4P/I/+D/CQDV/9H/4f/a/9j/2//Y/+j/6P8gAPX/3//b/93/8f/X//H/AAAAAPj/wf/R/8T/GADd/9H/CgDc/9//2P/d//j/2//N/+3/6/8AAAAAAADs/xQA+//r/xYA6//Y/+j/6v/s/+n/2f87ANj/5f/Y/8n/xP/P/7L/CgDU/9D/q//z/+v/uP8AAOL/7P/r/+z/AADZ/9j/DQDb/+L/AAD0/+z/9f/v/8X/9v8AADEAAADu/+P/1f/d/+X/4P/0/wAAAADY/wAAHwDp/9D/3v/e/+P/4//T/9T/1v/S//P/zv8QAAsA3v8ZAOr/5f/s/9j/0v/p/+b/2f8SAAAAAADw/xEA7//6/zcAv//T/8X/4//U/+z/z//t/xMA6//t/+r/3P/4/+f/3v/s/9n/2v8AAOf/6P8YAOD/xv8AAOH/CQASALr/uP+4/9D/AAD0//r/wf/l/xsADgDd//r/zv/s/8v/5P/t/+z/7P/s/+z/FADs/+z/7P/n/8H/1P/V/9v/EgAZAOv/7P/2//P/AAAAABQA7P8AAOz/CgDY/+X/BgDq/83/1/85APr/+v8AAAAA1v/h//r/yP/a/9f/1P8UAAgA6f/f/+z/6v/v/wAA8f/s/+z/FAAtAO3/0v/K/+D/rf8AALb/2P/a/+j/6//n/wAA2P8AABAA7v+8/8b/vP8QANb/3f8AAPn/yv/a//D/4P/0/7P/7P/m/+b/4f/n/9L/EgD4/+T/3P/b/9r/3f/i/+P/HgDr/+L/5v/o/+j/6//r/xwA7P/s/xQA9//z/+z/7v/t/9z/3v/4/8j/9v8XAOr/4v8AAOr/5P/f/+j/9f/y/+//7f/q/+z/2P8AAAAAAADr/wAA1//a/9z/6P/V/wAA3f/h/9b/0//d/xUAu//T/xkA7f/s/+z/FADt/+z/7P/t//H/0//F/8z/xv/h/+z/EgCX/zsAYP97//L/lf/k/2j/2P8nAOH/5v/e/9//1v/h/83/HADV/9b/4f/f/+j/xv/X/yIA2f/e/9//3P/g/9n/y/8tAJz/t/+m/7L/6P/W//v/FgAAAAAA+v/s/+f/8P/b/xsA6v/m/+j/5f/m/+r/t/8mANn/6P/e/9P/9P/J/xAAu//2/7P/sv+9/9z/vf/p/9v/5f/r/+v/6//q/xcA2//b/+H/x/8AAAAA9P+//9H/1P/2/xEAyf/3/8f/8//g/7j/pf/U/+f/AAC9/83/7v/g/wAAx//o/9f/7f/M/8v/EQDL/8H/3//S//j/9f/X//r/0v/X/7n/AADC/87/4f8UAA4A7P/v/+z/7P/s/+v/FQDr/+3/7//s/+z/7P+7/8L/2/+x/+j/HgDY/wAA1/8bAOj/5//q/9n/8v/m/+z/7P/t/+7/FADv/+v/7P/s/wsA4P/3//f/6/8UAOz/7P/r/xQA2P/s/+z/8v/r/+n/IgDr/+v/6//o/+H/6f/Y//X/o/+n/w8A8P/X/+n/1P/Y/+//8/8NAOj/4P8AAM3/EwDL/9f/HADD//b/5f/b/xAA6f/l//b/8f/k/9X/3f/p//X/2//s/+D/5v8aAAAAAAAAAAAA7/8AABYAAADX/wAA5f/F/83/1f8YAMz/w//Z/97/vP8AAM3/BwDW/97/DwDR/6f/EgDM/73/+v8WAAAA3v/k/+T/5v/V/9j/7f/q//T/8//2/9f/FADw/93/4P/r/xUA6f/p/9r/AAAAANP/4P/3/+n/3/8AANz/2v/q/+z/+P8AAOr/AADY/wAA6//q/+z/6P8UAOr/4P/Z/9v/JQDn/+z/2P/b/9z/2P/o/+z/7P/s/9n/JwDd/w8A3//q/+n/3v/n/93/AADw/+z/FwDo/wAA7f/x/+z/xP8sAMX/wv/n/67/2//I/+P/6P/t//P/6v8AACcAy//Z/yIA6f/A/93/4f/U/9H/1P8AAOH/zP/H/+P/GgDQ/wAAAAAAAPX/AADs/wAAFAAbAOb/6f8AAOr/9f/a/+D/4f/b/8r/3f/X/xIA2P8AANn/4//R/9j/5P8AAOH/FgAAAOP/4f/e/+H/GgDl/97/6f8eANf/3//U/8j/5P/f/+7/FADs/+//9v/u/+z/7P/a/9n/7P/s/+3/CQDs/wAA1f8XAPf/AAD1/9X/1//k/+f/7f/w/+D/9f/o//H/GAAAAAAA0f/c/+L/7P/m/8//xv/N/8T/FADZ/+f/1P8GAPH/5/++/7j/tv/Q/wAAy/8bAAAAAAAAAAAAAADo/wAA7P/s//D/8P/x/+z/FADt/+7/FADs/+7/7f/r/+z/7//u//r/3//Z/9b/2P8IAOv/1v/v/8b/x//S/xkA7//n/w0A6v/d/8r/wP/x/97/vv/x//H/2f/i/9v/6/8TAOb/0//P/9b/1f/f/9D/LwDc/5n/7/8aAMP/7v/y/8X/9f/T/9z/2//b/9D/6//Q/zYAFgDP/8//s//e//r/6//G/+r/vv+e/6z/sv8dAO7/0f/a/8H/3f/n/+T/5f8AABEA7P/n/+v/5v/q/+v/FgDr/+z/7P/t/+//7f8UAOz/7P8UAOz/7P/2//D/7f/r/+3/MADe/8T/0v/Q/8r/0v/W/+H/2/8oAOz/2//a/9z/3v/O/9b/xv/m/+D/y/8lAAAA3v8nANn/4f/0/93/2f/q/+v/CwARANv/5f/d/7z/xf/o/yUA4//b/+T/vv/C/8n/7P/2/wAA8P8AAOz/7P8UAOj/+f/t/9D/tf+7/+//qP/n/+z/5v/k/+j/5f8VAOv/6//n/+3/8//z/+z/FQDv/xMA5v/X/9f/1//q/wAA3P/j/wAAAADP/8P/2/8OANX/7P/6/xYA7P/s/+T/5//n/8z/y/+k/8D/lf/D/0wArf/Q/9b/2//L//X/AADv/+b/4//J/xkArv+L/yMA2P/I/8z/1f/r/77/+f8cANn/u//f/+r/+v/V//n/t//t/0QA2f/O/+P/wv/u/xwA4//A/8f/1v8GALz/HwDD/+D/3P/s/+3/7f/s/+//7P/s/xQAxP8kANf/y//d/8j/7P/X/+v/0f/p/+r/6f/r/xcA6P8AAPD/AAAAAAAA6/8AACgA2P/a/+r/6//q/9b/KADa/+r/FADh/9v/6P/Z/93/AADb/+H/6//u//j/AAASANj/0v/h/xAArf+j//T/AACu/+j/xv/Q/+f/1//M/yAAwv/r/+T/xf/K/wwA1//k/8r/+v/H/9b/4//a/wYA5//a/wAAxv/r/6D/rv/a/wwAr//4/7L/9/+z/wYA+v/g/9b/4f/j/xEAAACz/8L/9P/m/+3/zv/j/9r/6/+3/ysA9v8AANr/6P/s/+T/7f/Z/xQAAAB4/w0A1P+p/8//6f8AAMP/x//u/wAAvv/k/+X/HwDX/9X/AADW/9L/+v/L/xwA6P/k/93/AADq/+b/3/8UAAoA4P/X/9X/xf8YAOr/wv/o/+n/7P/i/+v/0f8bAAAA7P/4/+X/5//d/wYAAADm/+//2P/K/8//vP+w/xoAtf8AACwA4f/W/+j/4P/O/+j/6P/A/8f/yf/O/93/EAC9//L/u/+v/7T/sP/1/yAAyv/t/+z/7P/d/wgA6//p/wAA2P/r/+X/3f/s/wAAEADk//H/2v/u/wAAAAAAAOz/FQDs//D/AAAAAO7/4//M/xQAOADH/9b/1P/M/8//0P/H/9f/0P/U/9r/3/8rANv/z/8IANr/6P/w/xQAyf/a//r/xf+v/yYA7f8AABoAvv+6/7j/ov/2/63/t/8cAMz/EwDe/+b/6P8AAOD/1/8HAOD/AADo/+P/8//6/+P/DQDk/+j/4P8AAPP/9v8AAOX/1v/T/+b/2v/a/9z/DQAAAPj/6//i/+b/5//n/+v/6/8cAOz/AADw/wAAAAAAABEAAADw/wAAAAAAABUAAADv//H/NgDB/9r/+f/Y/9D/1v/O/+z/3v/d/+L/7P/s/xUA5//w/wAAAAAAABUAAADv//H/AADf/+D/8//k/w0A1v/6/9T/2f8pAM3/1P/i/9j/x//h/9b/LgDL/8X/zP/Z/9T/5//h/yYA3//Z/9f/4P/m/9v/yv80AMn/3v/f/83/1P/J/+T/HQDl//T/2//i//j/6v/q/wAAAAAWAPX/6f/s/9b/1f8AAML/JADb/87/w/8YAOz/2//v/+7/7P/m/+z/u/8WAML/2P/V/8//DQC0/+r/AADb/+f/6v/n/wcA6v/g/+P/9f+w/6P/kv8SAOz/jP/O/9b/pf+u/8P/SgCs/77/AADd/6f/CADi//H/tf/k/wAA7P/r/+j/5/8RAN7/GADY/8z/zf/P/6v/BwDs/8n/DwDp/+j/2P8OANb/6P/K/9L/x//O/9j/6f8nAM3/MgC//9b/8P/5/+X/zf/m/0IA9//z/wAAAAD6/7v/AADO/xQA6P8AANj/AADX/9X/2//Y/9r/8P/s/ycA2P/k/8n/6P/0/9f/1f/u/83/KQDs/+7/6//x/+//7f8UAO3/v//s/wAA2f/X/yYA0P/E/+b/AACg/7//p/8WAOz/wv/H/8b/5P/k/+X/0/80ANv/2//Y/9r/8P/s/ycA2P/k/yMA4v/a/+P/2f/O/97/7P/U/wAA2P/k/9r/+P/F/wAA8P8AAAAAAAAVAAAA7//x/8v/9v/Q/9H/x//P/wAAEgD5/+z/ov/s/6z/0//X/+b/6/8AANb/2v8TAN3/1f/q/8//6P/E/xgA4P8SAN//x//r/9H/zf/u/+3/w/8XAN7/3P8OAOf/0v/b/+X/CADo/9r/AADJ/+f/sP/v/9D/3f/U/9//0P/L/8T/6P/c/xkAFADs//X/AAD6/+z/7P/r/9T/uf/q/xYA7//k/wwA3v/Z/8j/2f+0//r/+//J//D/zv8bANX/1v/f/+L/6P/G/87/GwDV/9b/3//i/+j/xv+//ycAuf+//9b/7v+6/77/2v/U/+D/1P/j/9n/KQDW/9f/DADs/9n/3v/P/wAA3//P/w4A4f/n//f/AAD3/8z/1v8vANT/0P/b/+j/z//P/97/5f/B/+//zf+v/wAA9//n/w4A3f/6/7z/7P/a/9T/1f8oAOz/3f/p/+D/2P/Y/yAA4//p/9//5/8FANb/5f81APX/AAD6//r/8//x/8n/OADV/9j/3//g/8v/1//V//X/0f/K//P/+v8OAMb/6//l/9H/AAAAAOz/1/8AAOv/4v/z/97/AADK//f/+P+6/wAA5/8iANz/AAD3/x4A+P/r/8H/z/+z/+v/8f8IAOX/vP/R//P/AAAAAAAAVAAAANr/zP/s/wAAy/8IAMv/9f/Z/+v/7f/u/+v/EQDq/wAA1/8WAOz/3v/Z/+T/7P/W/9X/0v/O/wwA2v/R/yQA1v8lALf/j/+k/6f/y//m/wAAov/M/7T/DgDt/+n/xf/u//T/5f/I/+T/AAATAN3/0//n/ysA2v+4/9D/EQDn/7L/+v8rANX/3v/K/7//x//K//H/EwAAAAAA3v/0/+r/EgDn/9f/2//o//H/0/8rAPD/4P/g/w4AFAAAAM//2v/U/9b/qf+g/9H/tP8KACUAqv/s/+r/CAD6//f/6f8VAPP/0v/s/3H/1f+W/w8Ayv/o/6T/zv+e/9X/mf/Z/zYAnv/p/xQAlv+a/6z/zv8AAJT/3P8mANb/4f/Q/wkA0//p/+j/4//v//j/lf8AAJn/oP/h/6D/zP+8/8D/DwAVALL/7P/t/+7/9//3/+//FADw/6P/EwDQ/+D/Pf/m/+L/0v/a/wUA8//c/8z/sf/a/87/z//e/+L/qv/l/8v/6P/d/83/0P+4/9b/uP/f/+n/u//I//H/f/+u/1v/6//o/8r/+v+5//L/5/8AAOT/6f/w/wAAAAAAAAAAAAAAAAAAAACc/wYA9v+d/53/1P/j/wgAAACe/3b/q/+4/9L/HgCF/8X/zv/k/9D/yf+7/zYAuv/4/7b/DADF/9P/3P/3/8v/4f/x/7T/tv/R//D/0//X/+f/5v/o/+T/7P/g/xsA6f8YAPD/BQD5/7b/3f/I/8r/AAAAAAAAAAAAAAAAAAAAAAAA2P/r/+n/7P/r/+z/FADr/xQA1//i/+3/7P/s/+f/wv8AAAAA1v8KAL//5v/v/wAAAADT//H/3v+b/+T/xP8UAOz/7f/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//D/8f/6//n/7/8WAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/4v/Z/9z/3v/d/x0A3v/s//f/7P/t/wAAFADs/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8UAO3/7P/v/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8UAPX/8//v/+//7P/1/9j/9//m/7T/EACr/9f/AADo/+r/6//z/+v/6v8XAO7/7P/t/+z/6//q/xQA7P/s/9f/2/8fANX/3P/Q//j/5P8cAO3/9f/3/wAAAADq/wAA5/8TANv/5v/s//L/6v/h/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/6v8VAOv/5v/i//H/0v/Q/+v/AADw/wAAAAAAAAAAAAAAAAAAAADu/+7/AADs//H/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FQDr/+7/7P/q/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/7/+T/6P/3/xUA6P/c/+z/7P/s/+z/+f/x/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/5//H/FADs/+H/4f8gAOD/5//b/9L/2v/r/9v/2f/Y/xQA7P8AANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+X/HgDg/+D/4//i/+b/4v/k/x8A5P/k/+P/3//e/+X/GwDW/9X/6f/a//f/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/o/9v/7f8AAAUA7P/t/+z/7f/s//D/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOj/GADr//D/8P/0/+j/+v8AAAAAAAAAAAAAAAAAAAAAFADt/+7/8P/0/+z/7f/s/97/6//s/+j/7P8GABIA6v8AAAAAAAAAAAAAAAAAAAAA7P/t/xQAAADz/+z/7P/t/+j/5/8VANb/6//r/+v/5v8UAO7/AAAAAAAA8//s/wAAAAAAAAAA+P8AAPH/AAAVANr/4/8lANz/+v/l/+//4P/W/9//GQDY/9//6v/k/9f/t/+8/8z/2P8UAMn/AADx/wAAAAAAAAAAAAAAAAAAAADF/9L/4f/b/7r/wf/e/zgA6//q/+z/6//s/xUA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/v/wAA5f8AAB4AAADj/9j/3v/a/+X/7P/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAD1/+L/5f/r/wYAAADH/9T/6f/v/+z/7P/o/+v/GgDs/+3/7P8UAPT/7P/r/+z/yP/a/8j/AADj/+v/8f/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//D/6//s/+z/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P8AAPj/7//2/+n/9P/5//b/7/8AAAAA+v/v/+3/FAAAAAAAAAAAAAAAAAAAAAAA5/8AAAAAAAAAAOz/GwAAAOn/2P/r/+z/5v/s/wwAAADs/xQAAAAAAAAAAADu//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvALL/q//V/7r/yP/P/83/7P/s//P/7f8AABQA7P/s/wAA5//r/+f/6v/1/9b/4f/X//P/1P/d/7j/AADa/7f/AAAAAAAAAAAAAAAAAAAAAPv/FADe/93/6f/z/wAAvP8WAO3/7f/t/wAA+f/q/+7/7P/s/+z/7P/s/+z/FADs/+b/9f/5/wAAAADc/ycAAADs/+z/7P/s/+z/7P8UAOz/AAATAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAAAAD0/wAAxv/P/+D/1P/c/wAADgDC/wAAAAAAAAAAAAAAAAAAAADt//n/AAAAAAAA7f/u/xQA7P8AAPL/AAAAABQA7P/2/+T/AADa/wsA5P/m/wkAAADv/7r/z//R/8L/EwDr/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwCy/8D/6//B/+L/3//B//r/AAAAAOz/AAAaAAAA6P8AAOz/AAAAAAAA7P/W/xQAFwD3//H/+f/s/+j/7P/t/xMA+v/q/+z/6v/Z/+v/1v8AAAAAAAAAAAAAAAAAAAAA9//y/wAAAAAAAO7/7f8UAOz/7P/r/xQA7f/s/+z/7P/s/+z/7f8UAO//7P/s/+z/6/8aAOf/5f/d/+v/3P/l/+j/AADr/+r/6P8TAOb/2P/n/+v/9f/r/+v/7v/r/xYA7//s/+3/7P/u/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+//7P8UAOz/6//s/+3/7P/s/xUA7P/r/wAA0//o/+H/+v/V/9//LAC//xwAtP+l/5f/0v8QAKj/7P8UAAAAAAAAAAAA7f/3/wAAAAAAAAAAAAAAAAAAAAARAOz/7P/s//X/8v/s/+z/NQDt/8//xf+4/8v/yv/D/xQA+v8AAAAAAAAAAOz/AAAZAO3/7P/s/+z/5//u/+3/FQD1//L/AAAAAPr/6/8AABQA8//6/wAA+v8AAOz/AAD1/yYA8/8AAAAAAADb/wAA7P/s/+z/7v/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAADS/8H/4f/g/+D/CQDD/wAA9P8AAAAAAAAAACQA4v/5//X/6v8AAOn/AADQ//n/1P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/5/+z/FADs/xQA7v8AAAAAAADs/+z/8P+7/z4A4//x//P/1f/P/9b/4v8UAOj/+P/3/+z/7P/s/5T/RgCr/5r/kP/X/53/nv/p/yUA2v/T/9L/6f/c/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAAAA7f/s/+3/5v/1/wAAAAAAAAAAHAAAAPT/yf/K/83/zf/J/xcAxP8AAAAAAAAAAAAAAAAAAAAAAADu/xUAAAD6/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADu/+//7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA1f8AANT/uv+w/+L/wf8kAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAA7P/i/+X/2P8IANj/AAAAAAAAAAAAAAAAAAAAANj/2/8ZAOH/6//Y/+v/6//s/+z/FADs/+z/7P/s/+z/5v/5/x8A8v/1/+L/3P/c/ysAzf/i/9f/AADO/8L/yf/2/wAAAAD2/wAA+v/2/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAD6//v/FADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+z/5//u/+v/EwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/8P/r/+z/7P/o/+n/2P8PANf/7P/c/8n/FAAAAAAAAAAAAAAAAAAAAAAAAAD5/ywA8P8AAAAA+v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoA5v/x/wAA0f/y/6v/7v/X/yEA0f99/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/9P/s/+z/7P8AABMA6v/d/+T/6//m/9r/AAAAAAAAAAAAAAAAAAAAAPv/7f8VAPn/9v/4/+v/AAAAAAAADgAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA9/8AAAAAAAAAAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/u/wAA9P/u/xYA7P/s/xQA7f/z/wAA7P/s/+z/2v8pANj/4f/3/+D/1//w/+b/GQDn/+n/6P/o/+T/5/8AAAAAAAAAAAAAAAAAAAAA7v8VAPX/8f/4/+z/6//x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xkA7P8AAAAAAADw/+z/7P/x/wAAAAAUAOz/7P/S/+P/6v/p/xQA7P/r//X/1P8WAPj/7f/s//f/6v/t/wAAAAAAAAAAAAAAAAAAAAAoALn/AAD3/+j/4v/b/9T/0f/U/+b/6v/b/xMAAADq/wAAAAAAAAAAAAAAAAAAAADL/97/p//Q/7L/zP/p/wcA1P8AANf/w//N/wYAy/+m/wAAAAAAAAAAAAAAAAAAAADV/+f/zf/T/+z/CQC8/+v/AAAAAAAAAAAAAAAAAAAAANn/uv/E/8X/9P8IABkA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/9v/v/wAAAAD6/+//7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+7/7v/s/+z/7P8oAOT/6f/y//f/2P/i/+z/3P8AAOf/6v/r/8//BwD1/wAAAAAAAAAAAAAAAAAAAADo/+L/5//b/+n/6/8WAOv/7P/t//b/7P/s/+z/5v8VAPf/7v8AAPb/AAAAABsAAADs/+z/8P/a/+7/3f8UAAAAAAC4/7r/xf+0/8L/AADq/9X/xv+3/8L/xv8lAAAAx/8UAAAAAAD4/wAA6v/s//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAD6/wAA6v/f/+v/6P/m/9//HgDo/+z/6/8UAO3/9//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//P/7f8AABQA7P/s/77/xP/s/7z/zP/C/yQAuf8UAOz/7f/s/+7/7P/s/+z/1P/i/wAA1P/I/8X/9//K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//q/xYA5f/q/+n/5//r/+z/7P/s/+//7//i/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAO3/AAAAAAAAAADp//r/AAAAAAAAAAAAAAAAAAAAANf/5v/O/9//DADC/+H/EADf/+X/3v/T/+f/4f8fAOb/EwDv/wAAAAAAAO7/7f/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/wAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FAD5//H/8P/w/+3/9P/Z/+T/4P8AABEA2P/Y/+H/4P/c/+r/5v/r/+P/GgDq/xQA7f/2/+//AADr/+z/7f/s/+z/7P/s//b/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAD4/wAA9v/7/yEA7P/s/+z/7P/s/+z/FADu/wAAAAAAAAAAAAAAAAAAAADJ/xMA5P/h/9f/1f/j/xIA7P/s/+z/6v/s/xQA7P/t/+7/FAD5//H/8P/w/+3/9P8AAAAAAAAAAAAAAAAAAAAAAADQ/+n/z//k/9b/AADo/9r/4/8lANz/+v/l/+//4P/s/+z/FADp/+3/7P/s/+z/FADs/+z/7P/s/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/LgDb/6r/lv/y/+H/tP/J/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAA9//r/wAA5//g/xoA6//s/+z/9v/p/+z/2P8AAAAAAAAAAAAAAAAAAAAA1P/g/+z/3v8WABAAAADT/wAAAAAAAAAAAAAAAAAAAAAYAOv/7P/r/+3/6f/s/+b/CgAAAAAAAAAAAAAA+v8AAPH/8f8AAAAAAAATAO7/8v8AAAAAAAAAAAAAAAAAAAAAxv8VAAAA2f/Z/9j/AADm/9P/7P/s/xQAAADy/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk//n/xf/b/9L/FwDq/8P/9v/u/wAAAAAAAO7/GwD5//n/tP/3/+//pv/J/+r/3v8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/q/9r/7P8jAOz/7P/z/+3/AAAUAOz/7P/h/9v/DgCF/4L/9P/Q/8H/AAAAAAAAAAAAAAAAAAAAAOz/7P/v//D/7v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/3//D/7f/r/+3/7P/t/+z/8//3/+f/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8aAOf/5f/d/+v/3P/l/xsA6f8AAAAA7v/k//b/7f/7/9r/zv/U/8r/GQDe/+X/HQDB/9v/6P/t/8j/1P/k/+z/7P/u//f/8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//s/+3/AAAUAOz/7f/1/8H/EwDX/9b/0v/2/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/v/+3/7P/s/+z/3/8kANr/3P/Z/9f/6//h/wAAAAAAAAAAAAAAAAAAAADq/xgA6f/r/+r/6f/m/+r/AADI/+n/yP/V/wAA0/8AANf/2v/c/9j/2P/I/9T/LQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/xsA5P+s/9b/mv8UALz/1//s/+z/AAAAAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO7/9v/6/wAAAADx/xMAAAAXAOv/7P/6/+z/6f/o/+v/7P8UAO7/7f/u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADw//L/AAAAAAAAFQDr/wAA1/8UANf/4f/d/9r/AADk/+z/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA4P8AANf/yf/G/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/6//y/+//7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/w//P/FAAAABYAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+z/+f/3/9j/4/8HAN//w//Y/8j/3f/u/xEAAAAUAOz/7v/3/+7/7//s/+3/CQDj/9r/5//n/+r/4v8AANb/0//m/9D/7v/A/7j/KwAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/s/+v/7P/s/xEA5//t/wAAAAD3/wAABgDy//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/w/xQA7P/s//j/8P/6//X/+/8hAOT/8/8AAAAAAAAAAAAAAAAAAAAAuf8QANj/2f/k/xAA9v/a/+7/7f/t//j/6v8VAOz/7P/r/+f/7//j/+v/5P/r/xYAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/8P/z/xQAAAAbAL7/wP/V/9P/uv/w/9L/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOj/7f/s/+z/7P/r/+v/6//U/9n/AAAFAOv/FADs/+z/6//s/+z/7P/s/7D/2f/V/wAAy//s/xcA1/8VAOz/7P/t/+z/6v/r/+z/zf/t/+P/AAAAAOr/IQDs/+z/7P/s/+7/7P/r/xQA7P/o/wAA2f/j/+T/EwDd/+H/7P/s/+z/7f8UAOz/7P/s//H/AAAAAPj/AAD2//v/IQDN/9r/3P/W/9n/1v8sANn/9P/g/wAA2f/v/+v/KwDY/8//zv+9/7z/2P83ANL/u//t/wAAAAAAAAAAFADu/+3/AAAAAAAAAAAAAAAAAAAAAOv/6v/q/+v/6//p/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6v/s/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/T/9//5P8iANX/1v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//r/97/6f/s/9r/9f8UANj/2v/o/+b/EADZ/9j/+v8YAOf/7v/z/+z/5P/q/+z/7f/E/9r/4P/X/+j/FADe/wsA4v/Y/8H/7v/X/wAAy/8AAAAAAAAAAAAAAAAAAAAA5v/j/+3/6//s/+r/5P8bAOv/7P/d/+P/8P8lAOr/0f/s/+z/7P8UAPf/7P/s/+z/5/8nANf/0v/j/8//7v/O/wAAAAAAAAAAAAAAAAAAAADr//P/6//r/+r/6/8TAOv/AAAAAAAAAAAAAAAAAAAAAAAA5//V/9T/9P+m/xkAzf8AABAAAAAAAAAAAAD2//r/AAAAAAAAAAAAAAAAAAAAACAA0f/X/+D/5v/R/+z/2//N/9z/6P/f/+n/5f8mAOT/6f8AAAAAAAD5/xgA5f/r/wAAAAAAAAAAAAAAAAAAAAAAAPb/zf/i/8P/wv/X/9T/AAAAAAAAAAAAAAAAAAAAAPP/AAAAAAAAAAAPAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/7/+z/AADw/+n/FwDs/+f/8P/g/wAA6/8UAAAA6//s/+//5f/0/9j/EwAAAOz/+f/y/+3/+v8UAOz/8/8AAOf/2P/Z/+7/DwDm/9v/3v/l//P/AADw/wAAAADs/xQA+f/u/wAA9//s/+z/7v/n/xwA6f/r/+H/4//V/+n/6v/u/wAAAADy/xYA7v/s/+v/yv/X/6L/jP8OAMf/CADw/xQA7f/z/wAA8v/s/wAA6//q/+z/6//s/xUA6//q/xcAAAAAAAAAAAAAAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/t//L/7//t/+v/7f8AAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAMr/2P/X/9f/1//V/ykA2f/s/+3/AAAAAAAA7P8UAPj/5f/j/+v/7f/v/9L/HgDl/wAA6v/s/+z/7P/U/+z/DAAZAN3/5f/k/+b/5P/m/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAA7P/q/+3/5/8SAOz/FADs/+z/7P/s/+z/7P/s/xQA7P/s/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3//b/9j/2v/a/9j/JAD1/+7/9f8AAPP/AAAAABMAAACz/8H/4P8jAN//7P8AAN//0P/d/+T/0P/m/+r/4/8eAOH/4/+2/67/AAAKAOv/qf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wwA4f/p/+j/5f/g/9r/AADr/xUA7P/r/+3/7v/s/+v/2P/r/9T/1P/I/9L/AAAUAOz/AADa/+n/5P8UANv/6P8AAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAACEA+P/i/+3/HQDp//n/9/8cAMv/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9j/5f/l/9T/5/8AABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwANH/zf/T/9H/3//J/8n/7v8oAAAAAAAAAAAA3P8AAAAA4v/m/+j/5P/d/xUA6v/i/+n/6P/m/+7/5f8XAOb/6//6/wAAAAAAABoA6f/z/0sAqf+8/87/mf/F/+v/wP9CAIb/qv+u/5P/6P/l/7X/FADu/+//+v/7/+z/7P/t/ygA0v/l/8b/0//n/+T/3v8XANP/1P/q/9H/zP/r/+L/GwDs/+z/7P/s/93/7P/Y/6P/xP/C/9T/+P/t/83/AADs/+z/8P8UAO3/7P/s/+z/HwDY//X/2f8AAND/2v/r/+T/1P/6/wAA+P/4/ykAAAAbANz/5P/p/+n/zv/1/+j/7P/t//H/9v8AABQA7P/s/+n/GQAAAPT/+f8AAOf/AAAAAAAAAAAAAAAAAAAAAAAACQDn/+z/6//u/+n/7P/4/wAAAAAAAAAAAAAAAAAAAADs/+z/9//u/+3/7P/s/xQA6f8WAOz/AADv/wAA6v8AAOz/7P/z/+3/AAAUAOz/7P/r/+z/7P/t/xQA7f/s/+z/4P/c/+r/5v/r/+P/GgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/S/wsAw//G/9T/CwDH//X/z//C/9P/1v/D/xwA7v8AAAAAAAAAAAAAAAAAAAAA2f/f/9T/zf/F/xgAEgDG/wAAAAAAAAAAAAAAAAAAAADs/+z/9//s//P/GwDY/+z/7P/x//b/7f/6/xQA7P/s/9P/2v/U/87/zf8lAOb/5v/s/+3/9//3/+3/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/t/+z/7P8UANn/yP/J/7//rv/C/93/RgCq/7b/4f8AAMb/xf/B/1QA7P/s//f/7v/t/+z/7P8UAOr/FQDr/+v/6//r/+r/6v/k/9v/AADn/+3/9f8AAAAAAAAAAAAAAAAAAAAAAAAAABUA6/8AAAAAAADs/+v/AAAAAOv/5//3//L/6/8KAOn/AAAAAAAAAAAAAAAAAAAAAAkADADO/+r/6f/S/9j/zv/n/xYA7//s/9z/6f/p/wAA+P/p/+D/6v8AAPb/BQDT/9z/6P/k/+n/0P/k/9n/JwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/C/yEAAAC9/+P/6f/D/wAA7f8AAAAAAAAUAO7/AAAQANX/wv/E//T/w/8AAKr/2P/r/+T/5f/t/x4A7P/q//n/AAAAAAAAAADz/xgAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//L/8f8SABQA7P/Z/xMA7/8AAAAAAADu/+3/9/8AAAAAAAAAAAAAAAAAAAAAAADR/8f/2f/a/9D/AADO/wAAAAAAAAAAAAAAAAAAAADR/9b/0v/M/9T/yP8wAMz/2P/0/xUA7//v/+z/6f8AAOn/5f/k/xcA6f/q/+T/1P/d/9H/4P/l/+v/CAAZAMv/3/8gAPL/AADs//n/3//5/+P/7f/u/+7/8P/R/+z/LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/s//n/+f8AAOH/HwAAAAAAAAAAAAAAAAAAAAAAAADH/9P/yf8AAOX/EwDG/w8ACwDl/9P/x//X/+7/0/8AANz/JwDr/9n/6P/q/9r/2v/U/xQA7P/r/+v/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADv/wAA5P/r/+r/7P/r/xYA6v/r/wAAAAAAAAAAAAAAAAAAAADs//f/4v/Y/+X/3f8UANn/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA+f8JALr/0//G/8r/6//E/wAAAAAAAAAAAAAAAAAAAAAJAO7/2//G/9H/zf/R/9L/9//7/wAAAAAAABUAAAAAAMz/yf8qAPj/2v/M/8v/xf/s/+z/EwAAAO3/7P/b/9j/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs/+z/7//v/+3/FADs/+7/4//6//f/6P/5//n/HgD0/+v/EwD7//f/6//m/+v/EQAAAAAAAAAAAAAAAAAAAAAA7v8UAPn/8f/w//D/7f/0/+z/+v8AAAAAAAAUAPn/AAD6//H/FwDo/wAA7//t/+j/7P/s/xUA7P/s/+z/6//s/x8A7f8AAAAAAAD1/+D/AADs/+z/7P/t//D/8/8UAAAAAAAAABYAAAAAAPv/9v8AAOz/FADs//D/6//s/+z/6P8bAOn/4v/g/wAA0f/v/+b/7P/z/+7/+v/z/+z/FQDs//P/2v8AAMn/4f8MANn/5v/s/+z/7f/w//D/7f8UAO7/FADs//D/AAAAAOz/7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwf/U/9f/1//V/+D/AAAiABMA7P/u/wAAAAAAAOz/7v/p/8r/3f/B/+3/8//x/wAAAAAAAAAAAAAAAAAAAAAAAOD/9P/s/wAA2f/Y/w0A1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACu/+T/mv8XANP/xv/m//X/6//s/+z/3P/5/+z/FQDY/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAAAABMAAADb/+X/7f/i/+n/yv8AAOT/8v8AAN7/4//m/9v/KgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAv//J/9D/3f/K//P/yP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6P+j/7X/0v/5/9D/FADx/+3/7P/u/+3/7P/t/wAAAAAAAAAAAAAAAAAAAADs//r/AAAAAAAAFAD5/wAA3//l/+3/7//q/xsA6//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKANj/5P/b/9z/3P/6/9j/AAAAAAAAAAAAAAAAAAAAAOz/7f/2/+z/7P/s/+b/FQAAAAAAAAAAAAAAAAAAAAAA1P/L/+P/6f8pANb/wP/T/wAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/6v8AAAAA4v8TAOH/3P/l/+z/7P/j/+z/6P8aAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/u/+z/7P/s/+z/FQCY/5f/t/+t/5v/BgCe/+v/6//s//P/6//o/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P8UAOz/+//r/+v/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+n/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuv8YAN7/9//i/9b/5/8AAAAAAAAAAAAAAAAAAAAAAAALAMD/w//k/8X/4/8AAMr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/xgA7P/s/+z/9//r/+z/+v8UAAAAAAAAAPD/7P8AAAAAAAAAAAAAAAAAAAAAAAATAO//AAAAAAAA7v/t//f/2P/r/xwA3P/Z/+v/5v/Z/wAAAAAAAAAAAAAAAAAAAADg/9f/6P/j/97/6/8ZAOb/AAAAAAAAAAAAAAAAAAAAAM3/JwDX/9P/2P/i/93/4v/r/9j/5/8AAOz/2P/r/xQA7P/s//L/8//x/+z/FADw/6H/zv/4/wAA0P8SAMr/AACx/8b/0v/e/8z/FwDj/wsA2P/j/9D/zv/M/xIAAADQ//P/2//p/9n/vv/F//r/AADR/9H/w//H/wAAAADL/9T/7f8UAOz/7//z/+z/7P/t/+3/FADs/+//8//s/+z/7f/p/+v/7P/Z/+z/GADj/9f/7f8AAAAAAAD3/+//7f8UAOP/+v/3/+j/+f/5/x4A9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7P8XAOn/6//q/+r/5//p/+n/AAAAAAAA7P8AAPj/HAAAAOz/6v/s/+7/7P/r/xUA7P8UAO//AADz/wAA6//s/+7/FADs/wAAAAAAAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0A6//a/+H/2//f/wAA2P/s/+3/7P/v/+3/7P8UAOz/t//C/xwAzv/L/wcA1/+6/wAAAAAAAAAAAAAAAAAAAADz/ywAAAAAAPX/AADT//X/7f8YAAAAAADx/wAA6f8AANb/7P/z/wAA9f/s/ycA6/8AAAAAAAAAAAAAAAAAAAAA7v/i//T/yf/m//f/DwDC/wAAAAAAAAAAAAAAAAAAAADo/+f/6v/r/+3/FwDq/+n/2//Y/9//3P/j/83/4f8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+z/7P/s/xQA7P/r/+3/7P/s/+v/FADt/wAA4f/u/wAAAAAAAOD/7P/s/+z/7P/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPj/7f+3/6T/AACs/+f/6//r/+z/7//v/wAAFQDr/+z/w//a/7z/xf/P/woA9P8NANn/KQDL/8H/1f/U/+L/2f/u/+b/6//s/+z/8P8TAOX/5//o/wAAAAAAAOr/GADz/+j/6v/l/+7/6v/t/xgA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5v/u//D/+v/r/xcA6/8AAAAAAAAAAAAAAAAAAAAADQDg/+T/5P/i/+T/9P/p/wAAAAAAAAAAAAAIAAAAAADc/9j/5//d/93/KADY/9v/AAAAAAAAAAAAAAAAAAAAAOz/FADr/+z/7P/s/+z/6v/i/9D/LADc/9//4v/N/9D/AAAAAAAAAAAAAAAAAAAAAO//7P8AAAAAAAAUAPT/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/8r/0//e//T/CAAhAOT/2/8UANr/9//u/wAA2P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO//7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA1P8UAOz/6//r/+z/7P/s/9X/yP/Y/+3/0//d/xYA5v8AAM//y//Y/9b/u/8bANf/AAAAAAAAAAAAAAAAAAAAAPf/2P/J/wAA1/+s/9L/CgDp/93/y//b/xQAz/8KAOz/AAAAAAAAAAAAAAAAAAAAABcAv/+6/+X/1P/F/wAA+P/Y/93/z//X/+f/2/8pANj/AAAAAAAAAAAAAAAAAAAAANj/4P/h/+T/6f/W/ywA5f/i/+n/6P/m/+7/5f8XAOb/AAD6/+X/6f/j//X/sv/Y/wAAAAAAAAAAAAAAAAAAAADu/9r/v/+6/7j/CADl//T/2v/6/wAAAAAAACEA7v/t/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/s//H/FADs/+z/5f8TANX/0//h/+H/AADq/wAAAAAAAAAAAAAAAAAAAADe/+v/AADu/+3/BgDe/+r/8/8AAAAAAAAAAA8A9/8AAOz/7f/t//X/+P/n/xQA7//r/+r/+//s/wAA8P/p/xcA1//K/8//0P/k/+v/sP8vAOz/9v8AAAAAAAAUAO3/7P/b/9r/3//g/+T/3f/a/x4AAAAAAAAAAAAAAAAAAAAAAN7/2v/q/+f/AADo/xMA2/8SAAAAAAAAAAAAAADu/wAA9v8UAPH/9//w//j/7v/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r//b/+f/v/97/FQDy/wAAAAAAAAAAAAAAAAAAAADr/xUA7P/q/+v/6//r/+v/v//T//j/6/8AAMX/8//E/+z/7P/s/+z/6//r/xUA7P/s/+3/7f/s/+3/FADs/+3/9v/u//v/AAAAAPH/GwAAAN3/5/8AAAAAAAAAACMAAADf/zgA2P/1//n/4v/G/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe//f/x//H/9L/2P8AABsA5//6/+X/8//6/9z/wf/r/yAA4P/l/+P/4f/T/+D/4f8AAAAAAAAAAAAA+v8LAAAAFQDs/+z/7//s/+r/6//s/+v/5f/o/+H/6//l/xYA7f8AAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAPf/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+n/9//N//P/8v8gAOf/AAAAAAAAAAAAAAAAAAAAAOv/0f/i/+j/5v/m/+v/FwAAAAAAAAAAAAAAAAAAAAAA2P/q/+X/7P/t/xQA7f/q/ycAAAAAAAAAAAAAANn/AAD3//P/AAAAAO3/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/6P/i/+v/7f/r/xYA5v8AAAAAAAAAAAAA4/8AAB0A9v/y/wAA7P8AAOz/7P8UAOn/FwDt/+z/7P/p/+n/7f/s/+z/7P/s/+z/7P8UAOz/8P/p/wAA7v8UAO//AADs/wAAAAAAAAAAAAAAAAAAAADs//f/7P/t/wAAFADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+D/6//n/+v/AAAAANn/6P/g/+f/3v/r/93/GADo/9P/HQDt/+P/2P/j/+j/0P8oANn/2//b/9z/2f/Y/9j/AAAAAAAAAAAAAAAAAAAAAO//7f/v//n/AADs/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAEwDu/+3/6//W/+X/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADz/wAAAAAAAOz/7P8AAOz/FADs/wAA+v/s/+z/8v+2/7//2P/O/8z/1P88AMr/7f/u//r/9v/u/xAA6v/z/xkA6P/p/9n/6v/j/+X/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf/E/xEABgDD//j/sP8AAAoA1P/T/8f/0//F//f/z//s/+3/7//0//X/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/8P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AADw/wAAAAAUAOz/8P/s/+z/AAAAABQA7f/s/+z/FQDr/wAAAAAAAOz/6/8AANn/7P/7/+X/AAAAAAkA9//H/87/7P/i/+z/8P/x//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnAAAAAAAAAAAA7v/d/wAA6//k/+f/4v/c/+z/GwDq/wAAAAAAAAAAAAAAAAAAAADs/+z/FQDs/+z/7P/r/+z/6v8VAOz/7P/s/+z/6//r//P/4v8AAAAAAAAAAC4AAADa/xYA5//U/9r/6//i/9z/uv/6/8f/y//G/7//CwDH/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqAMD/uP+4/7n/xf/u/77/z//t/wAAAAAAAOv/HwDs/93/0v/q//P/7P/r/9f/GgAjANf/1v/f//H/2f/h/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/u/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/9D/0P/q/6X/uf8nAMr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/HADq/wAA6f/n/+T/6f/p/+z/1v/s/xQAAADr/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5/8eAOv/5P/a/+r/3P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAKAAAA+/8AABIAAAAAAAAAAADv/wAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALgDd/9z/z//n/77/wv/o/wAA7v+s/6r/tf/t/+b/BgDY/9r/6v/l/+v/5v8oAOj/of/r/7//z/8zAMj/rv8AANz/7f/n/+L/4f/E//r/GwAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+f/6f/h/+f/6f8YAOn/AAAAAAAAAAAAAAAAAAAAAOX/6P/t//X/AADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/1/+z/9P8AANj/6//T/7j/6//R/yAAsP/t/wYA6//s//b/7/8VAPH/8P/s/xQA7P/u/+//8//t/+n/6f8AAAAAAAAAAAAAAAAAAAAADADb/+7/6P8AAAAA5//Y/+v/AAD7/wAAAAAZAAAA9P/v/+n/8v/t//L/6/8TAOz/9//a/8P/wf/H/+L/qP8aAAYA7//e/9f/xv+//83/HwDr/9L/wP8aAMb/9P/P/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/x4A6f/r/9n/3P/n/+X/3/8bAOn/6//q//P/4//p/xwAPwCi/9f/tP+n/8//pP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/93/6//i/xgA6P/r/9v/2f8AAOn/CADY/9r/FAAAAPr/AAAAAOz/7P8AAAwA2f/r/+3/6f/a//X/3P8AAAAAAAAAAAAAAAAAAAAA5v/p/+v/6v/r/+b/FgDq/wAAAAAAAAAAAAAAAAAAAADs/+z/FADo/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOH/zP8SAAAAxv/k/+z/1P8UAOz/7P/w//H/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/z/+7/7P/s/+z/FADr/+z/7v8AAO3/6/8UAOL/7P/s/+z/7f/r/+z/FADs/wAAtv/b/87/zP/W/yUA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AADs/wAAFAD2//T/qf8FAOz/jP/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/f/97/5//o/9z/HQDo/+D/y//T/9D/2P/b/yoA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AADx/wAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAvf8UAN7/+v/E/w4Ayf/6/+n/AACC/6j/tv+5/+T/EAAAAAAAAAAAAAAAAAAAAAAA4v8UAOr/AADc/9T/3v/x//T/8v/5/+H/AADx/+b/AAC8/ycAp/+k/+T/v//m/9T/0f8nAOD/wf/D/8T/0v/r/+z/7P/s/+3/8P/z/xQAAADs/+z/7P/s//b/7P8UAO7/7P/s/+z/7P/s/xQA7P/s/83/AADi/wAA4v/B/wAA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgAAAAAAAAAAAN//AAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAPL/7v8TAOD/zf/J/9b/3f/Y/+D/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AADt/+//AADq/wAA5//u/xQA6f/r/+z/6//s/+v/7P8AAPL/AAAAABQA7P/2/x0A4f/r/wAAAADp/+T/6P8AAAAAAAAAAAAAAAAAAAAA2f8RAOr/6P/g/9//8P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/n/+7/8P/7//L/FwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/4v/n/8//6P/t/xEA3f/D/+L/wv/t/+//+f/7/7H/EwDY/+X/BgDs/9j/2f/b//v/1/90//P/qf/B/xkAlP8UAO7/9f8AAO7/7P/t/+z/AADq/wAA+P/6/9j/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwDe/6P/yf+q/xQAy/+v/+z/7P/s//P/8P8UAOz/6v8AAAAAAAAAAAAAAAAAAAAA2//M/9r/0P8rAOT/0//u/wAA2P/i/+H/2v/f/+b/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/3/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA0/8iAOH/3P/g/9L/8v/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/a/+r/4//q/9j/KQDh//f/AAAUAAAAAAAWAPP/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/6v/t/+3/6P/5/xYAAADs/xQA7P/5/+7/7P/s/+3/1f/Z/9P/BgDf/wYA4P/O/+P/9f8AAAAAAAD6/x0AAADs/+z/7f/t/+3/FADs/+z/3v/t//P/6P/2/+7/IQDz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8TAAAAAAAAAAAA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAM7/xP/I/8X/9v/j//b/7//r/wAAAAAAABYA7f8AAAAAAAAAAAAAAAAAAAAAAADX/9f/4//c/9D/HwDa/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f8AAPD/7P/s/+z/4v/T/+X/2P/e/+D/HQDq/+z/7P/s/+3/7f8UAOz/7P/s/wAAwP/s/8j/7//w/9j/AAAAAAAAAAAAAAAAAAAAAOj/yP/m/9z/3f/s/zcA5P/Z//v/6v8nAAAA4//z/wAAAAC1/+L/if/p/xQAx//b/+v/6f/Y/wAA6f8UANj/2P/0/+7/AAAUAAAAAADi/+//AAAAAAAAAAAAAAAAAAAAAN3/zP/T/93/3//V/zQA0//s/+z/8//t/wAAFADs/+z/6v/q/+r/6//q/+r/FgDq/xUA7//v//D/AAAAAOz/8/8AAPH/6f/j/+v/1//R/xIA4//k//T/5v/o/9b/LQDn/8n/z//l/+L/5//F/zgA4v/q/+X/6//j/+D/4v8aAOr/w//N/9//3v/y/9P/PgDv/7z/h/8qAM3/i/8zAOH/kP/s/+z/6f/s/+z/FADs/+z/9v/v/wAAAAD6/+//7f8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+v/6/8VAOz/6v8AAOj/6//t/w8A2f/d/xAA2//k/+3/2P/g/+D/AADf/+b/7P/r/+b/GADr/+v/yf8vANf/yf/k/8j/4v/K/wAAAAAAAAAAAAAAAAAAAADV/9T/zv/j/8v/DAD6/+f/6P/j/+H/7//c/x4A2v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8qAOP/5P/h/9L/1//R/+z/7P8AAAAAFADt/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/g/8X/zP/D/6L/EgDO/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAAAAANAAAA8v/2/6r/1P8iAK7/AADQ/wAA1v8AAAAAAAAAAAAAAAAAAAAA6v/v/wAA7/8AABgAAADu/wAAAAAAAAAAAAAAAAAAAAAQAPD/+v/r/+z/3v8AAPL/+v/7/wAAAAAAAPb/EgAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7v8AAAAAAADz/+z/AAAYAAAAAAAAAAAA9f/u/wAA6//s//b/7/8VAPH/8P/s/9v/1//X/9b/1/8nANn/4//e/+L/AADq/+3/JgDq/9n/4//t//H/AAD0/wAA5P8AACUAAAAAAAAAAADu/9z/AAAAAAAAAAAAAAAAAAAAAAAAAADx//j/8v8AABMA7f/2/wAAAAAAAAAAAAAAAAAAAAD2//L/AADs/wAA7P/s/xQA2f/x/+P/3f/j/87/JADo/9b/yv/e/+j/7f/j/y0A6/+r/9n/tv+Y/8T/6//2/93/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAPX/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/8v/u/+z/7P/t/9v/6f/o/+r/5/8eANn/1v/3//L/AAAAAAAA7v/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/8D/uf/4/wAA4f+s/xoAAAAAAAAAAAAAAAAAAAAAAMr/uf8AABIA3f/6/+D/AADY/+P/4v/l/+//3P/Y/xUA5v/o/xwA3v/o/+r/6f/l/9j/KADz/+r/4P/m/+L/6//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/8//3/+f/FADv/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQA6P/q/+X/7v/q/+3/GADn//P/vv/O/4f/t//o//r/zv/p/+b/GADq/+v/4v/p/+r/6v8AAO3/9f/s/+b/AAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7//p/9b/6/8WAOn/8v8AAPf/AAAAACAA8P8AAAAAAAAAAAAAAAAAAAAAAADo/+L/4//a/+n/6P8WAOv/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADr/+3/7f/s/+7/7v/s/xQA7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAOX/0P+z/8T/yv/C/xUAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAOr/7/+8/77/AAAAANj/AAAAAAAAAAAAAAAAAAAAANj/EgDi/9j/7f/b/wAA7P8AAAAAAAAAAAAAAAAAAAAA8f/y/xMA+/8AAPP/7//z/wAAAAAAAAAAAAAAAAAAAADk/9T/+v8AAPj/+P8pAAAA7P/s/+z/7P/s/+z/7P8UABMA7f/4/+f/+P8OAOz/0f/1/ykAAAAAAAAAAADY//n/AAAAAAAAAAAAAAAAAAAAABQA7f/u//D/9P/s/+3/7P8AAAAAAAAAAAAAAAAAAAAA7//s/wAAAAAAABQA9P/s/+z/7P/w//D/8f/s/xQA7f8AAOn/AAD5//X/AADq/+z/7P8AAAAAAAAAAOz/7P8UAAAAAAAAAAAAAAAAAAAAAADR/wAAAACy/7z/6P/h/wAA4f/Y/+z/7f8iAOz/6P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAAAAAAAAAAAAAA+f8VAOv/7P/3/+7/6//r/+r/+v/3/wAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAADY/+v/6v/o/+3/FAAAAOr/AAAAAAAAAAAAAAAAAAAAAOj/5f/n/+j/4P8YAOr/6f8AAAAAAAAAAAAAAAAAAAAAEAAAAOz/4f/b/+3/1v/e/+n/5v/s/+3/9v/q/xcA6v8UAO7/9v/s/+7/+P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/7P/1//f/+f/u/xUA7//t/+7/AAAAAAAAFADs/wAAzP/l/93/qv8IAAAA1v/4/9j/8/8AAAAAAAAoAOT/2f8AAO3/AAAAAAAAFADu/wAAAAAAAAAAAAAAAAAAAAAAABUA9P/s/wAAAADr/+3/9/8AAAAAAAAAAAAAAAAAAAAA7P8UAPH/8f/x/+z/7P/t/+z/3f/s/wAAAAAUAOz/AADR/9H/0//r/9H/AAAKAOT/AAAAAAAAAAAAAAAAAAAAAN3/wf8TACQA0P/l/77/2/8KAOb/3f8AAN7/6f/k/9v/7P/s/+z/6v/s/xQA7P/t/x0A7f/3/+f/+v/q/+n/4v8AAAAAAAAAAAAAAAAAAAAA7P/4/wAAAADi/+3/6/8XAOv/2P8AAMH/2f/i/+r/FgDs/+7/7P8AAO3/7P/q/xkAAAAAAAAAAAAAAAAAAAAAAOv/FgDs/+z/6//m/+f/6v8AAAAAAAAAAAAAAAAAAAAA1P/E/wAA7P/q/wkAHQDY/9n/0f/c/yIA3f/Q/9//yv/m/+r/6f/o/9//1/8cAOn/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+n/7P/q/+z/7f/o/+f/6v/q/+3/GQDm/+n/FADw//T/AAD4/+3/7P/4/wAAAAAAAAAAAAAAAAAAAAD4/xcA7f/u/+z/6P/q/+3/AAAAAAAAAAAAAAAAAAAAANb/x/9EAMn/vv/B/8n/v//n/+z/FADw/+3/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/qP/G/+P/vf/X/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/8//W/9X/yP+//wwA3P/n/xkA6P/M/9n/6v/o/97/3v/Y/wAA4//c/8r/6f8hAMr/xv/C/+D/AAC0/8n/JgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FQDr/+r/7P/q/+v/6v8AAAAAAAAAAAAAAAAAAAAA4f8bANn/3v/b/+f/6v/Z/+r/7P/s/+z/7P/r/xUA6//s/+z/8v/z//H/7P8UAPD/KQDJ/63/xP+y/7f/3/+x/+z/AADy/wAAAAAUAOz/9v8MABMA3f/k/+j/0P/O/93/AADS/+X/yv/Q/7n/x/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f+i/9b/8P++/6L/AAD1/wAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAPf/7//t/xQA2v/Z/+f/3v8TAOr/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/7/wAA9f/1/73/1P+6/9r/6//s//D/AADq/xcA6v/3/+7/AAD2/wAAAAAbAAAA9f/z/wAA+P8AAAAAFwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt/wAA9//6/+v/7f/s/8//7P/h/+n/1f/t//n/wf8AAAAAAAAAAAAAAAAAAAAAz/8AAOf/6P/x/+L/BgDq/wAAAAAAAAAAAAAAAAAAAADo/+L/GwDt/97/7P/a/8v/WgCa/5D/AACM/7T/wv+F/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8nANr/7P/p/9f/6//s/+z/7P/s/+z/7P8UAOz/7P/h/wAA5//f/9j/1f/V/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/1/wAA7v/2//r/AAAAAPH/EwAAAOr/7P/s/+v/6//q/xUA6/8AAAAAAAAAAAAAAAAAAAAAGADt/wAAAAAAAAAA6f/6/x4A7v8AAAAAAAAAAOD/9v/j//r/9//o//n/+f8eAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAA8f8UAOz/9P8AAAAAAAAAAAAAAAAAAAAAAADu/xUAAAD6/wAA7P8AANj/4//q/+v/3f/s/yQA3f8AAAAAAAAAAAAAAAAAAAAA7f/h/+3/9v/v/+//FADl/wAAAAAAAAAAAAAAAAAAAAAAAOD/4P/m/+j/9f8AAOj/7P/s/+3/7//v/+z/FADs/+3/7f/y//j/AADt/xUA9v8AAM3/6P8AAOz/4//b/9//7P8FAOv/7v/y/xQA7P/t/wAAAAAAAPj/AADx/wAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7P/w/+3/7P8WAOz/AAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAPP/AADr/+z/7f/6/wAAJwDe/9z/6//s/+v/6//s/+n/FQDs/+//7P/x//f/AADs/xQA9P/2/wAAAAD2/wAA+v/2/xkA6v/s/+z/7P/s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAADS//X/AAAAAPT/+P8rAAAAIQDw/7H/6f/D/8H/4P/V/+z/7f/u//r/8v/s/+z/FADv/+7/+/8AABQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA9f/x/8b/9f+Y/6//of/L/9D/0f/E/9//0P8LAOT/AADZ/wkA6v/Z/+3/7f8AAOz/4f8PAOn/5v/s/+3/9v/q/xcA6v/s/+z/1//U/9j/1v8gAN3/3v/e/+f/1P/p/9P/JgDg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/2f8AANn/6f/c/yYA0v8AAAAA+f8AAAAADgAAAAAA6//r/+z/8//r/+j/FQDs/xUAzP/m/8//1f+///D/z//s/xQA7P/w/+v/7P/s/+j/6v8TAOz/7P/u/+z/9//q/wAAAAAAAAAAAAAAAAAAAADp/+T/6f/l/+r/5/8YAOr/1P+7/8T/vP/B/0UA0P+9/+3/6v/h/+v/8P/l/xoA5P/p/+z/7P/s/+z/+P/s/xQAtf/1/+j/sP+s/x4ApP/B/9j/7f8AAPT/AAAoAOz/4/8AAAAAAAAAAAAAAAAAAAAA2f/l/+L/xP/T/9//CAAMANj/4P+4/8v/2P/J/zoA0/8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7//t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAIAND/1//a/9T/6v/q/9L/AADf/+X/5P/g/+f/AADd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/3P/r/+v/5//n/wAAEQASANb/1v/K/9b/CQDi/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAA6v/t/+z/7P/s/+v/FQDr/+P/0P/q/7H/zf/W//T/BgDz/xEAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//s/+3/AAAUAOz/7f/z/+3/9P/5//j/7P8PAPD/AAAAAAAAAAAAAAAAAAAAAOr/FwDr//P/7v/o/+n/5//s/+z/7P/s/+z/7P8UAOz/wP/E/7//2P/s/8r/DwD1/+z/7P/p//j/9/8VAOb/7P8AAAAAAAAAAAAAAAAAAAAABwDo/+n/6//p/+b/GADp/wAAAAAAAAAAAAASAPP/+P8UAPP/AAAAAAAA7P/s/wAA3f/u/8D/CgCo/wAA9P/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA7f/z//r/AADa/97/8v8AAAAAAAAAAAAAAAAAAAAA+v8UAO//+f/1//P/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/f/xcAxf/W/8//AADJ/9f/5//m/8f/vP/D/x4Ayf8AAOz/7P/4/wAA7P8UAO7/AADq/8z/uv+l/x0A3f/f/w0AAADf/+z/3P/s/93/5//p/+v/7//5//L/7f8XAPf/AAAAAAAAAAAAAAAAAAAAAN3/GgAAAAAAAADn/+f/5v8UAOz/7f/t/+3/7P/s/+z/1v/u/+3/AAAAABgA5v8AAOD/2f/P/+j/AADW/+v/EADv/+7/+/8AABQA7P/s/+z/MQDi/wAA6P/s/+j/1//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/Q/xsA3P/0/wcA2P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA6//c/wAAxf+t/8T/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/3f/h/+r/7f/l/9j/JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8AAB0Auv/A/8r/sv8xANn/uP/7//b/8/8AAAAAFQDt/wAA6//t/wAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAPr/AAAQAPH/q/+3/8X/yf/t/8L/AAAAAAAAAAAAAAAAAAAAALT/rv/4/6v/zP8xAPD/BwAVAOv/8P/r//P/1//s//H/6//q/+z/6//s/xUA6//q/wAABwAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADu/wAA7P/v//L/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/r/+r/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+3/0f/V/+T/8f/H/9z/7P8AAAAAAAAAABQA9f/x/wAA7P8AAOT/FADY/9j/7P8VAOz/7P/t/+z/6v/r/+z/7P8XAOz/7P/t//D/4v/s//P/AAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//q/wAAvf+1/8j/AADL/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t//D/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAAAAAAAoAAADt//T/AAAAAAAAAAAaAPr/7P/s/+//8P/t/+v/FADu/+v/3P/s/wAAAADS/+T/LgAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAOz/7P/s/6L/r/+f/7L/rf/A/9n/XAAAAAAAAAAAAAAAAAAAAAAAGAD4/wAAAAAAAPf/7v8AAMX/MwDU/+b/5f/U/87/4P8AAAAAAAAAAAAAAAAAAAAA8P8AAAAAxv+6/6f/9P+5/xQA7P/s/+7/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAIQDX/+3/7P/W/9z/6//b//P/1//h/+n/6v/c/xAA4/8AAAAAAAAAAAAAAAAAAAAA0v/Z/+b/0//0/xUA7P/Z/+z/7P/3/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADx//D/0//L//f/4P+y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+3/7P/u/+z/FADt/+3/8P/s/+z/AADs/xQA7f/t/+z/AAAAAAAA7P8UAAAA7P/s/+7/7P/t/+z/7P8UABMA3//T/93/2P8AANT/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/7P+//+n/x//M/83/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/xP/O/8b/6/8AAML/CADp/+r/6//q/+7/FgDe/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/k/9b/2P/6/+3/CgAAAOz/7P/s/+r/7P8UAOz/7f/S/8//4//n/+z/1f/3/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADM//T/2//4/+b/JwDy/+j/GQDd/+X/5P/m/+T/5v/o/wAAAAAAAAAAAAAAAAAAAADe/+T/6P/x/+n/8f8gAOP/4v8AABwA3f/k/+P/2//g/9//5f/e/9P/5//h/x8A5v8AAAAAAAAAAAAAAAAAAAAA6//v//r/AAAAAOz/7f8VAAAAAAAAAAAAAAAAAAAAAAC+/+T/yv/E/8f/wP/6/w4A7P/s/+H/7f/s/xQA7P/i/wAAAAAAAAAAAAAAAAAAAADi/x8A5//e/+P/2//e/9v/AAAAAAAAAAAAAAAAAAAAAMf/xv/E/9H/zP/M/zwA1f8UAOz/7P/u/+7/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/0//b/+f/s/xQA7//Y/+z/4P/q/xQA2P8AAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8UAO//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO7/9v+Z/6z/nf/l/wAAnv/s/+z/7v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA6v8ZAOz/AAAAAAAA8P8UAN3/2P8UAO//7P/Y/9z/FADs/+z/7P/t/+z/7P/s/wAAHAAAAAAAAAAAAOX/AACj/7z/hP9dAKb/nf/I/6r/7P/s/+z/7P/s/+z/FADs/+v/2P/b/x0A8//l/9r/3v/I/9f/zf8/AOH/0//L/7z/zf/c/+j/3P/o/+X/JgDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAt//F/9P/0f8OAMz/v/8eAAAAAAAAAAAAAAAAAAAAAADw/93/m/+Z/5//3f8GAMv/7P/x/+P/4//r/+v/FwDs/wsAEgDs//L/7v/m/9b/7P8GAAAAAAAAAAAAAAAAAAAAFADz/wAAAAAAAOz/7P8AAPL/AAAAAAAADQAAAPL/9v8YAAAAAAAAAAAA6f/w/wAAAAAAAAAAAAAAAAAAAAAAALv/xP/j/87/2v8AADMAtv/r/+z/7P/h/+v/6/8VAOz/vv/A/8z/zf/W/8r/OwDk/wAAAAAAAAAAAAAAAAAAAADj/+T/6P/k/+f/5P8ZAOL/4v/r/9r/5f/e/xQA6f8AABUA9P/s/wAAAADr/+3/9/8AAAAAAAAAAAAAAAAAAAAAyP8kAND/CQDm/83/4P/U/9z/4P8AAOf/6f8kAOf/2f/g/+j/6v/r/+v/6P8YAOn/7P/s/+z/8//w/xQA7P/q/wAAAAAAAAAAAAAAAAAAAAAYAOr/7f/r/+P/6//f/+z/AAAAAAAAAAAAAAAAAAAAAOv/9f8AAOv/AAAVAOP/4v8UAOz/7P/y/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOD/FADb/+P/7P8AAOv/1v8AAAAAAAAAAAAAAAAAAAAAAADs/+j/6//x/wAA7P/f/+z/AADt//D/7P/s/9j/FAAAAAAAAAAAAAAAAAAAAAAACgDO/+f/5/8AAPT/xf/Q/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/x/+7/FADs/+z/FADs/wAAAAAAAO3/7f8AAAgA2P/Y/9n/2v/d/wAA5f/D/8T/3//D/9r/LADe/8X/7P/s/+7/9P/x/xUA6//t/9b/4f/b/9f/0f8pANL/5v/j/+z/5P/Z/+r/8f8VAOj/9//V/9D/v//q/8D/1f8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAOz/7f/q/+z/AADt/+z/7P/r/+v/6v/s/+X/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/xv/T/9j/AADR/x8AwP/Z/+r/6f/t/x8A3v/n/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOr/5f/z/+r/6P/u/+n/AAAAAAAAAAAAAAAAAAAAAOf/5//n/+L/5f/q/+v/GADs//b/AAAAAAAAFADt/+z/3v/K/+r/8//2/wAAAADR//r/+/8AAAAAAAD2/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/yUA5v/w/9n/3//b/9n/CgDN/6n/AAAKAJ3/4/8AAOL/4P/k/+X/MwDX/8r/0v8AAAAAAAAAAAAAAAAAAAAA8f/Y/wAAAAAjAPv/AADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/t/+3/7v/y/xUA7P/t/wAAAAAAAAAAAAAAAAAAAADs//j/AAAAAOL/7f/r/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s//j/AAAAAAAAAADy/+7/EwAUAPD/7v/s//P/7v/s/+z/DACy/7r/6f/I/8P/FQDT/wAAAAAAAAAAAAAAAAAAAAARAAgAr//7/9T/BgDG/7j/6v/n/+v/FgDr/+X/6//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AABYAAAD5/+v/7P8UAOz/7P/s/+z/7P/y/9f/1v++/9r/7v8SANH/FgDt/+3/7f8AAPn/6v/u/wAAAAAAAAAAAAAAAAAAAADZ//b/6//j/+z/6v8WAOv/9f/x/+n/AAAAAO3/GADw/+z/7P/s/+z/7P/s/+z/FAD1//H/6f8AAAAA7f8YAPD/AADY/9n/3//q/9r/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADy/wAAAAAUAOz/9v/Y/9r/7v/k/+H/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/FQDs/+z/6v8AAAAAAAAAAAAAAAAAAAAAEwDo/9j/6//r/wAA7P/q/wAA8v+2/8L/uf8LANH/zP8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/7P/w/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADZ/xoAAADt//T/5v/o/+z/5P/4/8P/v/+//xYA9f/J/wAAAAAAAAAAAAAAAAAAAAAUAAAA4v/r/+v/7f/s/+3/6//s//D/AADu/xUA6v/s/yAA0f/p/+f/6/8GALf/x/8AAAAAAAAAAAAAAAAAAAAA4f/0/+3/8//s//D/AAD4/9z/+f8AAOz/AAAPANz/8v/q/9n/2v/h/+L/2P8eANn/AAAAAAAAAAAAAAAAAAAAAAAAx//X/+T/yv/Y/wAA1v/n/+T/6//w/xYA6//q/9//AAAAAAAAAAAAAAAAAAAAANb/2f/1/+n/7v/a/yoA7f/s/+z/7P/u/+7/7f8UAO3/7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAC+/8z/1f8AANL/vP8iALX/AADr/+3/FADx/9j/7P/s/wAAAAAAAAAAAAAAAAAAAAD6/xIAAAD4//f/9P/t//v/9f8XAM//2P/F/9b/4P/a/+z/FADs/+z/7P/s/+z/7P/3//P/AAAAAO3/7f/s/xQAAAAAAAAAAAAAAAAAAAAAANb/6//v/+3/6//m/xgA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAOz/4f/j/9//5P8AAOr/zf++/8v/1P+6/87/AAAtAAYAAAAAAAAAAAAAAAAAAADo/+v/6v/o/+z/7P8VAOz/7P/s/+3/7f/u/xQA7P/t/9r/9//M/6f/uf/P/wAAAAAUAOz/7f8AAAAA7P/s//f/6//W/9z/5P/o/xYA7P/O/+3/7P/t/+z/8P8UAOz/7P/a/9r/2v/d/+H/AAAAANr/AAAAAAAAAAAAAAAAAAAAAPb/9P/X/8//0//T/xQA0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/AADs/+3/9P8VAOX/6/8UAOz/7f/4//j/7P/s//P/AAAAAAAAAAAAAAAAAAAAAPr/8f8XAOj/AADv/+3/6P8AAAAAAAAAAAAAAAAAAAAA7f/4/wAAAAAAABQA7f/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+n/7P/s/xQAGQDX/+n/2//p/+f/6P/p/xMA7/8AAAAAAADu/+3/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FADq/9f/3P8JAOv/5f8AAAAAAAAAAAAAAAAAAAAA2P/h/9b/2P8sAOn/1v/B/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7v/q/93/6v8gAOD/5f/j/+H/0//g/+H/AAAAAAAAAAAAAAAAAAAAAKv/m//K/xMAvf8xAO3/lP8rAPj/9/8AAAAA1//q//j/EgAIAAAAAAAAAAAA7P8AABIAAAAAAAAAAAAAAO7/AADQ/8v/4v/a/9f/HgAAAMr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmANb/2f/c/93/3//b/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAfAAAACwDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP/O/9//xP+7/xYAxf8HAAAAAAAAAAAAAAAAAAAAAADp/+b/7/8AAOz/FQDc/+z/yP/m/87/1f/X/9j/CgAVAOv/7P/4/wAA8//t/xUA7f/p//D/AAAAAAAAAAAbAPj/6//s/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P/x/9b/0v/Y/7P/AAD1/7v/5f/p/+v/6//q/+r/FwDw/xEA6f8AAOb/9f/v/9j/2P8AAAAAAAAAAAAAAAAAAAUA6v8XAOv/6f/P/+z/6P/s/+z/7P/t/+z/7P/s/+z/FAAeAMz/AADo//L/1f/l/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/8//4P/K/+r/+P8WAMj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAAAA1/+m/7X/0v/E/wAAAAAAAAAAAAAAAAAAAADo/+z/3//h/xQA1f/4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//AADf/+r/7P/5/wAAzP8AAC4AAAAAAAAA6f/g/wAAAAAAAAAAAAAAAAAAAAAAANj/rP+k/5f/wf/k/y0Auf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/AAAAAOz/7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/M/9H/DgCd/wAAq//m/wAAAAAAAAAAAAAAAAAAAADa/9v/2f/i/+n/HADp/+j/FADf/wAA7/8AAAAA4//s/wAAAAAAAAAAAAAAAAAAAAAXAKr/8/9r/5L/jP/Z/9n/8/8RAAAAAAAAAPH/AAAAABQA2P/c/9b/1v8HAMj/6f/s/wAA7P/v/+3/7P8UAOv/FADu/wAAAAAAAOz/7P/y/xgA+P8AAAAAAAD3/+7/AAAAAAAAAAAAAAAAAAAAAAAAFADu/wAA+/8AAPX/7P8AAAAAAAAAAAAAAAAAAAAAAADS/+P/9//k/+//3/8oAOD/AAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAAAAPL/AAAUAOz/7P/t/+z/7P/s/+z/FgAAAAAAAAAAAAAA7/8AAOz/7f/r/xQA7f/s/+v/6//s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAMb/1v8AANv/AADm/9v/7P/s/xQA7P/t/+z/7P/s/+z/7P/s/+z/FADs/+z/7P8AANf/AADW/9r/1f/F/wAA8/8RAAAAAAAAAPH/AAAAAPP/EQAAAAAAAADx/wAAAADz/xEAAAAAAAAA8f8AAAAA8/8RAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPX/AAAAAAAA+//w/wAAzf/a/9X/vf+8/93/DwAWAMf/7//e/8//6/+5/0QA0f/u/+j/2v/N/9j/0f8HABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+r/7P/s/+z/6/8nAOz/8/8AAAAAAAAAAA8A9/8AABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZANn/2v/C/9f/yv/Y//X/AAAAAPv/2/8AAN//8v8rAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7P/s/xQA7/8AAAAAAAAAAPn/7P8SALz/r//P/8j/0f8dAPT/1f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/9f/v/+z/7P8UABQA7P/s/+3/7P/s/+z/7P8SAOn/0//c//j/DgDY/9b/7v/u/wAA7P/x/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADv/yQA0f/X/+z/4f++/8D/y/8KANT/1P/Y//b/zf8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA3f/o/+z/3P/s/+n/4P8AAAAAAAAAAAAAAAAAAAAA+v+o/1j/6f/C/+f/qv/v/+n/2P/a/9n/AADb/xMA2P/s/+v/7P/r/+r/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAOv/6f/r/+v/7P8WAOv/6P8AAAAAAAAAAAAAAAAAAAAA7P/r/+3/7P/s/+v/FADt/wAAAAAAAAAAAAAAAAAAAADu/xQA7P/u/+3/6//s/+//AAAAAAAAAAAAAAAAAAAAAO7/FADs/+7/7f/r/+z/7//s//D/AADt//X/7P/s/xQAwP/i/73/sf+9/yMAwP8QAAAAAAAAAAAAAAAAAAAAAADp/+v/7f/r//j/zf/j/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+r/6v/Z/+3/EQD5/+z/7P8AAAAAAAAAABQA7v/s/8H/GgDd/+X/6v/k/+f/5//r/+v/7v/s/+//6/8VAOv/JwAAAAAAAAAAAAAA2f8AAAAAAADp/+z/7P8TAN//5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+b/6v/r//T/5/8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUALr/AAAWAOv/4f/P//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7v8UAOz/7f8UAOz/7P/s/+z/7P/s/+z/3v8rALn/u/+6/8//4P+2/xQA9P/0/wAAAADs/+3/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/1f/y/9b/9P8AAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA7v8AAML/7f/f/9T/4v/J//L/HADo/xcA7v/Z//P/7P/s/+L/6f/k/+n/5f/q/+f/GADq/8X/yP/e/9j/2v8TAMP/9v/n/+P/6v/d/+n/3v8dAN//3v8/AL//t//A/8H/vP/W/9//3f/l/+P/5v/d/x8A3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACe/97/qP/o//r/7f/y/xYA7P8aAAAA7f/s/+v/7f/s/93/xf/6/8z/1v/Y/wAAEgAUAAAA+v8AAAAA7P/s/wAAEADI/9j/7f/V/8X/AADN/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/3f8jAAAA8f/q/93/0v/g/x0A3//o/+T/2//l/+T/6P/s/+3/7f/s/+3/FADs/+3/FQDi/8P/wf/X//D/4f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+L/4v/W//r/FADs/+b/AAAAAAAAAAAAAAAAAAAAAOz/7P/u//L/7P/s/+z/FADH/87/3v/d/wAAyf86AN//6//n/+z/3//d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+v/8v/v/+z/6//r/+//6v/r/+z/6//q/xYA7v/2/wAAAAAAAPP/GADs/9z/DADY/9z/0/8AAMr/6//U/8z/xv8AAMf/uP+a/+j/AAAUAAAA5//s/+v/6P/a/+v/0/8YAOz/7P/s//f/6//s/xQA7P/v/+3/8P/t/+z/7P8AANz/5P/O/9n/6f8AAOv/AAAAAAAAAAAAAAAAAAAAAPP/4v/b/9r/2f/e/wAA6/8AAAAAAAAAAAAAAAAAAAAAAADk/97/5v/m/+j/DwDl/y0A3P/l//D/8v/m/8//6P/s/+P/HQDk/+z/1//e/+b/6P/p/+n/HADs/9j/4f/c/+z/9P8AAO3/+f/s/+z/FAC//83/oP+q//b/5P+v/yAAAAAAAAAAAAAAAAAAAAAAAO//FQDs/+3/7P/s/+v/7P/F/wAAvv/O/wkA6f8AAMT/AAAAAAAAAAAAAAAAAAAAACQAxP/6/wAAAADc/8n/4v8UAOz/7f/r/wAA7P/s/9j/+v/x/xcA6P8AAO//7f/o/wAAAAAAAAAAAAAAAAAAAADq/+r/6v/r/+r/6v8WAOr/6//1/wAA6/8AABUA4//i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArv/L/+7/KADk/8j/7f/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJ7/rP8eANf/vv8XAOP/tP8AAAAAAAAAAAAAAAAAAAAA8f/R/wAAtf/S/+f/5P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/r/+v/4f/t/+v/FgDm/+z/9//s/+3/AAAUAOz/7f/s/+z/AAD3/wAA7P/t/xQA7f/Y/+v/6//q/+z/GADs/yQA+v/p/97/3P/S/+L/1f/s//r/AAAAAAAAFAD5/wAA7f/r/+v/4f/t/+v/FgDm/wAAAAAAAAAAAAAAAAAAAADs/+T/7P/p/x4A6//q/+D/6/8YAOr/6//r/+z/5v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xoA7f/1/+r/5//j/+r/AAAAAAAAAAAAAAAAAAAAAB0A8f8AAAAA9v/p/93/7v8XAOT/7v/f/+r/6//i/+r/5v/Y/+z/4v/t/+r/HQDq/wAAAAAAAAAAAAAAAAAAAAAAAO7/3//q/+n/4f/s//T/7P/t//H/AAAAAO3/FADv/wsABgDl//b/2/+l//X/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6P/n/+H/7f8HABIA6P/o/+D/5//e/+v/3f8YAOj/AADi//L/2//Z/9j/AADc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/6/wAAAAAAABQA+f8AANX/HQDY/9f/0//i/+X/1f/X/w0A1P/d/73/3v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/0//V/9b/AAD5/8b/7P/s/+z/8f/4/xQA7P/u/wAAAAAAAAAAAAAAAAAAAADr/+r/7P/r/+v/6f8VAOv/6//p/9b/3v/q/xQA7v/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAD3//j/FAAAAAAAAAAAAAAAAAAAAAAA7P/2/wAAAAAAABQA7f/s/wAAAAAAAAAAAAAAAAAAAADr/+v/7P/i/+z/FQDr/+v/+v8UAO//+f/1//P/7P/w/+v/JgDw//r/8//x/9n/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/GwDv//D/6//n/+P/7P/3//P/AAAAAAAAFAAAAAAA7f/s/+z/FAD1/+7/7P/s/wAAAAAAAAAAAAAAAAAAAADn/9j/6//a/wAA5v8PANn/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+v/7P/q/xUA7P/s/+3/7P8UAPT/7P/r/+z/AAAAAAAAAAAAAAAAAAAAACIA7P/x//T/9P/s/93/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/93/5P/Q/+b/6v/j/x4A3//Z/9b/z//m/wAAJwDX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/AAAAAAAAAAAZAAAAAADt/xQA7//y//b/7P/s/+3/7P/r/xQA7f/y/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/d/8j/z//h//j/CgDq/+3/7P/t/+z/8P8UAOz/7P/m/wAA9/8oAPf/7P/a/wAA5f/V/xAA4v/n/93/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7f/0/+z/7P8UAN7/y//t/+3/7v8nAOb/0P8AAAAAAAAAAAAAAAAAAAAA6P/n/+r/6//t/xcA6v/p/+T/zP/Y/+f/1v8SAAAA1v/s/+z/7f/t/+7/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/u/+z/7f/s/+3/7P/s/+//7/8VAOr/7f/r/wAAAAAAAAAAAAAAAAAAAADu/+7/AADs//H/7P/s/xQA+v/N/87/1P/U/xkAzf/p/9f/0f/q/8j/vP8PAKb/DwDs/xUA6//u/+b/6//s/+v/7P8VAOv/7v/m/+v/7P/r/+z/7P/s/+7/7P8UAOz/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/8P/b/+7/3v/y//n/AADM/+X/0v/G/9D/6v8RAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/t/wAA7f8AACwAy//v/9D/3f/m/9L/4f/q/+P/HgAAAAAAAAAAAAAAEgDz//j/EwDn//H/9f/2/+3/5v/e/wAAAAAAAAAAAAAAAAAAAADl/+r/FgDn/+r/6f/n/+v/0v8NABYAAADg/9j/xv/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r//r/2f8AABIA2//v/+z/AAAAAAAAAADs//P/FAAAAAAAAAAAAAAAAAAAAAAAsP/1/9T/4f+0/8L/CQAAAAAAAAAAAAAAAAAAAAAAAADd/xoAAAAAAAAA5//n/+b/AAAAAAAAAAAAAAAAAAAAANz/AAAUAOb/AADc/+r/6/8UAAAAAAAAAAAA8f/s//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAMv/zv8tANv/3P/Q/9n/1f/v/+7/+/8AABQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAwA0f/Y/9L/2P/l/w8AzP8UAOz/7P/v//P/7P/r/+z/6v/s//r/AAAUAOz/6//s/+f/6v/h/+L/6f8YAOv/3/8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAO//FAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8f8AAAAA7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+L/7f/0/+z/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/GwDu//r/4P/l/+7/4P/f/+j/6v/W/9n/HwDK/+z/7P/u//b/+v/5/xQA8P8AAAAAAAAAAAAAAAAAAAAA6v8YAOz/6//t/+H/6P/s/9n/5v/X/+H/5v/c/x8A4v/q/+v/7P/q/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/f//r/7P8VAO7/AAAAAPr/AADx/xQA7P/0/wAAAAAAAAAAAAAAAAAAAADN/63/9P+a/6r/FADp/9j/0f/U/8b/uv/S/wAAGgDY/wAAAAAAAAAAAAAAAAAAAADq/+z/AADp/wAAGAD5/+3/nP/Z/6n/vv/1/9D/lv8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/+v/w/+z/FADt/xQA6v/v/+3/6//o/+v/7P/s/+z/7P/x//j/FADs/+7/AAAAAAAAAAAAAAAAAAAAAOz/7P/t//L/7P/s/+z/FADz/xEAAAAAAAAA8f8AAAAA3/8gAPL/AADs//n/3//5/+T/6f/s/+f/6f/Y/9X/KwAUAOz/+P8AAAAA7P/s/+3/5f/k/9X/0v8YAOv/3v/o/+v/4P/m/+D/2f/r/x4A6v/o//H/4/8MAOP/4P/w/+3/6f/q/+v/6v/u/xYA3v/q/9T/AADX/+b/zP8UANH/3//Z/+L/4v/W//r/FADs/+b/7P8UAO//8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDU/+T/7v/t/9z/6v/Z/xQA6v8AAAAAAADs/+z/AADs/+z/8P/5//r/2P8cAOz/AAAAAAAAAAAAAAAAAAAAABEA5P8AAOD/3v/c/+v/2f/s/+3/7//0//X/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5/8AAPD/AAAaAOr/4//S/+H/4P/p/+f/4f/m/yIAAAAAAAAAAAAAAAAAAAAAAOn/6//r/+v/6/8WAOr/6P/p/wAA9P8AAAAAFADs/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6f8AAOX/8P/k/9n/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/8P8UAOz/7P/b/9L/AADe/7//1P8fAML/1P/u/+n/FADn/x4Az//d/9r/7f/u/wYA5P/l/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAOz/AAAUAOz/HAD0/wAA8v/7/+H/+f/s/+3/7f/s/+z/7P/s/xQANADX/+D/4P/j/9r/y//r/+7/FQD2/+//+f8AAOr/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKn/AACN/8n/nf++/xsAoP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/6//r/9X/FgDp/+z/6//u/+v/8P/W/+3/1v8UANj/4f8AAAAAAAD7/ygAAADo/+X/5v/o/+v/5/8sAOn/FADs/+v/8v/v/+z/6//r/8f/LwDP/8//0f/b/+b/yv8AAAAAAAAAAAAAAAAAAAAAy//x/8//AADJ//b/xv/R/wAAAAAAAAAAAAAAAAAAAADT/+X/6//Z/+f/GQDp/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/8f/h/9z/7f/s/xkA4//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8f/4/xQA7P/u/8z/CADX/+n/2//g/9v/GgDt/wAAAAAAAAAAAAATAAAAAAASAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAAAAAAEQAAAPD/AAAAAAAAAAAAABEAAADs/+z/7f/u/xQA7P/s/+z/7P/t/+z/8//3/+f/FADv/+v/FQDs/+v/7f/u/+z/6//l/9j/1v8OAA0A9v/L/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/FADa/+T/7f/2/+f/6P/s/xUA6//q/+z/6v/q/+r/0P/S/w0A0f/O/w8Azv/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//s/+z/6//s/xgA6//r//r/8v8AAPX/LwDd//D/1//Z/xgA8//4/+D/6v/i/+3/5P8RANj/3//k/+L/AADr/+z/7P/s/+z/7P/s/+z/FADs/xQA7P8AAPr/7P/s//L/2P/Z/+X/2//Y/9j/AAAAAAAAAAAAAAAAAAAAAAAAAADj/x0A2P/f/+H/5//o/8z/7P/t/+7/7f/u/xQA7P/s/xQA7P/s/+z/7P/s/+z/7P/p/9r/6f/1/wAA6f8IAAAAAAATAOP/AADk/9D/1f/Y/wgA2f/r/+3/7P/U/+z/EgAAAAAAAAAAAAAAAAAAAAAAGADY/+X/6v/t/97/7P/l/wAAAAAAAOr/AAD1/x0AAADv/x0A8v/3/+7/8P/o/+f/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/2f/o/+D/6v/Y/+v/JADu/+z/AAAAAAAA8f8UAAAAAAAAAAAAAAAAAAAAAAAAAOH/6//s/+z/7f/n/xUA6/+4/xUAuP+t/9n/uP/N/xcA7P/r//D/6P/s/93/7P8VAOH/6//s/+z/7f/n/xUA6/8WAOf/5//m/+n/6f/b/+v/3P8gAO7/AADo/9//4v/5/+7/9f8AAPP/AAAAABMAAADr/+r/GwDu//r/4P/l/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAFADu/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+P/6f8AAPL/7P8AABQA7//n/9j/9v/2/wAAyv8TAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/u/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAC8A6//m/+T/6v/M/9T/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z/+3/AAAUAOz/7P/o/+j/5v/m/+j/4f8ZAOf/6f/d/+D/0v/W/+L/IADa/xUA7f8AAPf/+v/r/+3/7P8AAAkA1//t/8//1//C/9z/4v/g/+L/6//Z/9f/4f8rAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3//b/AAAAAAAA7v/u/xUAAAAAAAAAAAAAAAAAAAAAAOH/1//W/wAA7//Z/+T/GwDN/ycA1//T/9j/4v/d/+L/AAAAAAAAAAAAAAAAAAAAAOb/5//T/wkA1//W/wkA2P/q/+n/7P/s/+v/FQDn/+r/7v/w/wAAAAAAAOz/FAD3/xQA1//C/9P/xv/J/wAA6P8AAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAAOz/FAD4/wAAAAAAAAAAAAAAAAAAAADb/+P/CwDS/8//CwDn/9X/AAAAAAAAAAAAAAAAAAAAAOv/6P/u/+3/6//s/+z/FADZ/wgA7//d/9j/2/8WAN3/7P/w/wAA7f/1/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8nAPr/7v/x/+P/3//d/xQA7P/s/+z/7P/s/+z/7P/m/xkA5//p/+j/6P/k/+f/AAAAAAAAAAAAAAAAAAAAAOb/2v/m/+r/6//m/xwA5f8AAAAAAAAAAAAAAAAAAAAACQDg/+v/8v/2/wUAxP/6/+P/AADV/9T/2f/p/w8AwP/4/wAAAAAAAAAA7P8UAOz/4P/c/+r/5v/r/+P/GgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/s/wAA7P/Y/+X/3f/o/+b/8P/N/wcAAADW/+j/8P/x/wAAFAAAAOr/xf/I/9b/9P/N/wkA7P/n/wAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAA7P8UAOz/zv/X/8b/y//A/+f/8P8iAO3/0P/h/9f/5v8AAND/FADY/9r/3v/j/93/2//Y/y4A1P/a/+f/4//m/x8A2v/f//X/xv/Z/73/vf8kAOP/oP/V/+L/2//i/9r/JwDS/97/2P/O/9X/FADq/wwA5//Z/+r/z//Q/9j/2/8fAOj/2//f/+b/8v/m/+n/HQDg/+j/AAAAAAAAAAAAAAAAAAAAAOz/7P/v//D/7f/r/xQA7v/s/+z/7P/w/+3/7P/s/xQA2v/x/9D/yv/Z/xAA5f/l//j/AAAAAAAAAAAkAOD/8P/h/8X/1v/R/9b/FADa//v/3//k/+v/3P/s/xMA7P8JANn/2f/o/9v/+P8FAAAA7P/s/xQA7//x/+z/7P/s/+z/7f8AAAAAFAAAAO3/7f/u/xQA7f/u//D/9P/s/+3/7P/s/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANv/3v/d/+v/2f/r/+v/HgDY/+r/7P/s/+j/HgDq/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+b/7P/t//b/6v8XAOr/1P/k/xAAy//D/8//4/8IAPf/8/8AAAAA7f/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs//H/7//s/+z/7f/X/7r/2//i/9n/CQDI/wAA1//Y/wAA6P/U/9v/zP8lAO//sP+5/6f/0P/i/x8A1f/v/+X/3f+8/9n/5/+3/xIA7P8UAO//8f/s/+z/7P/s/+n/5//p/+H/5//p/xgA6f/i/+3/AAAWAO7/6v/s/8j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9f8AAPH/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xsA6f/o/+r/4//k/+f/AAAAAAAA+P8AAPH/AAAVABUA6//3/wAAAAD0/+v/AADs/xQA7P/v/+//7P/s/+z/7v8UAOz/7//w/+z/7P/s/+v/7P/r/+v/7P/q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/r/+z/7P/s/+z/7f8UAOz/7//z/+z/7P/t/w8A1f/u/+3/5//Z/+z/2f/X/9b/6v/r/+b/AAAlANX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/xgA0v/l/+X/4v/r/wAA7P8AANn/6P/q/+//5/8JAN7/5/8TANv/5v/s//L/6v/h/9T/CgC8/6j/1/+z/+3/t//s/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/5//p/+H/5//p/xgA6f/q/+j/6v/o/+r/FgDq/+r/AAAAAAAAAAAAAAAAAAAAAOn/6f/q/+r/4P/q/xcA6P/v/+H/BwDe/+7/6/8AANj/7P/s/+3/9P/0/+7/FADv/wAAAAAAAAAA8v/s/xQA7P/L/8j/6P/Q//L/AAAZAMT/7P/p/+3/3f/3/9n/1f8AAOv/6v/s/+r/7P/s/+z/FQDs/+z/7P/r/wAA7P/s/wAAyP8AAMP/pf8KANr/4P/n/+z/7P/1/wAA8f/s/xQA7f/Z/wAA2f/Y/+//6f8AANj/EAAAAND/zv/O/7f/8f/o/+L/3f/Z/wAA3v/G/8b/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6/8AAAAA+P/r/+r/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAAAADy/6j/2P/w/8n/FADs/+3/+P/4/+z/7P/z/xQA9f8AAAAAAADt/+z/7f8NAAAAAAAAAAAAAAD0/wAAFAD6/wAAAAAAAAAA7P8AAOz/7P8VAOv/8P/s/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xoA6//n/+3/2v/L/9r/FADt//H/AAAAAOz/7f/7/ycA7v/t/+n/AADf//r/9P8AAAAAAAAAAAAAAAAAAAAA8/8AAAAAAAAAAA8A9/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/w/+z/AADs/xUA2v8AAOv/FQDr/+D/6//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9P/AADx/wAA7P8AABQA6f/e/8f/3f/d/woA9v/R/+H/AADs/+z/7P/d/xQA5f/s/xoAAAD5/+v/5v/j/+v/9//x/xQAAADx/+3/8v/y/wAAAAAAAAAAAAAAAAAAAAAUAO3/9v/v/wAA6//s/+3/9/8UAAAAAAAAAO//7P8AAOb/HgDn/+f/6f/n/+H/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AADo/wAADgATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtANT/6//Y/9n/yv/l/9X/EQD1/wAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuv8KALr/sP+3/wAA2v/5//r/8f8XAOj/AADv/+3/6P8AAOf/2//W/9b/3/8UANb/2P/i/xIAAAD5/wAA1//f/+z/AAAAAAAAAAAUAPX/8f8RAAAAAAAAAAAA9f/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAAkA5v/1/9P/yf8QAMX/BwC6/+v/7P8UAO7/9v/s/+z/7f/r/+r/GwDu//r/4P/l/+7/AAAAAAAAAAAAAAAAAAAAAOr/EwD0/+L/7v/Y/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADx//v/9v/t/+z/7f8AAAAAAAAAAAAAAAAAAAAAqP+3/z0Axf/A/9//v/+//wAAAAAAAAAAAAAAAAAAAAD5/wcA2v/g//H/1/8AAMP/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/8P/r/+z/FADs/+z/7P/s/+z/FADs/+z/2v/J/9j/1f/b/yMA6f/j/wAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAA9/8WAAAAAAD5/wAAAAAAAPf/FgAAAOz/7//y//j/8v/s/+z/FADU/+H/vP+5/8f/0f8rANT/AAAAAAAAAAAAAAAAAAAAAOv/6v/s/+r/FQDs/+z/6/8VAOz/6//z//P/7P/n/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//f/+f/7//2/+n/IgDr/wAA7f8cAOr/AADp/+f/5P8AAAAAAAAAAAAAAAAAAAAA6//1/wAA6/8AABUA4//i/wAAAAAAAAAAAAAAAAAAAAALAOj/wv/A/8L/rf/i/xAACgDX/wAAzv/P/7n/4v8AAAgA6v/V/8b/0v/T/wsA0/8AAAAAAAAAAAAAAAAAAAAA9v/q/+z/2f8AACAA6v/G/8z/9P/b//j/5v8nAPL/6P8AAAAAAAAAAAAAAAAAAAAA7P/s//n/2v/s/9n/7P8XAAAA9v8AAPT/AAAAABcAAAD6/wAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAMX/sP86AMb/sP/J/+f/y/8AAAAAAAAAAAAAAAAAAAAA6f+Y/67/tP+u/wAAAADV/xgAAAAAAAAAAAD1/+7/AADr/+j/6v/p/+7/FQDs//b/AAAAAAAAAAAAABIA8//4/+H/3v/3//b/8f8fAOP/5/8RAOz/7P/s/wAA8v/s/+3/DQDx/wAA+P8UAN3/2f/y/9j/3v8UAOv/2P/g/+j/AAD3/wAA+/8AAAAAAAATAAAA2P8PANz/6v/Y/93/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P8WAPb/7P/s//P/6v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADJ/+r/6P/v/+z/AADT/+z/7P/s/+7/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA6v8AAAAA+P8AAB0A0f/w/6D/EgC9/57/rP+1/xIAtP/z/xEAAAAAAAAA8f8AAAAA6P8TAPf/DgD0//D/DQDt/+z/7P/7/+7/7f8UAOz/9v/s/+z/7P/s/+z/7P/s/xQA6//r//L/7f/y/+v/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAN3/6P/b/9r/6/8AAOP/3v/J/87/sv/h/8P/y/8wAAAAAAAAAAAAAAAAAAAAAADm/+n/2v/g/+v/7P8aAO3/AADd/+j/2//a/+v/AADj/wAA8f/4//L/AAATAO3/9v8AAAAAAAAAAAAAAAAAAAAA3v/X/9j/0f/Z/yUA3v/a/+v/9f/u/wAA3v/s/9j/FAAAAAAAAAAAAAAAAAAAAAAAFADs//j/+v/t/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//P/8/8AAO//7P/4/77/AADn/9j/6/8LAOr/2f8AAOz/7P/4/wAA7P8UAO7/2P/c/wgAEwAOANj/2f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/t/+v/7P8UAO3/7v/w//T/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAOP/NwAAAPn/9v8AAMj/7v/s/+3/AAAUAO3/7P/s//D/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f8mAPr/AAD1/wAAz//5/+3/FADr/+7/9//p/+z/7P/X/xUAzf/g/8//1//q/9n/2/8dAPH/9f/o//T/5v/w/wAAAAAAAAAAAAAAAAAAAAAVAO3/AAD3//r/6//t/+z/6P/h/x4A2P/l/+X/5//i/wAAAAAAAAAAAAAAAAAAAADr/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/v//T/9f/t/xQA7P/T/yMA1v/Y/+P/1f/k/+X/AAAAAAAAAAAAAAAAAAAAAOD/AADw/93/yv8AAMv/1//s/+z/7f8UAPf/7P/s/+3/7P/s//L/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/u/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAANj/1//P/87/2f8lAOf/4/8AAAAAAAAAAAAAAAAAAAAADQDo/+3/7P/u/+n/7P/0/+H/4//g/93/3/8SAM7/3v/M/+D/xf+//8P/KADI/8L/BgAYALz/4/+z/8L/z//M/9//AADr/+j/AADR/w0Ayv/v/+z/8f/3/wAA7P8UAPT/AAAAANT/w//M/woA1//F/yYA2P/3/+b/6f/u/9v/yf/y/9L/w/+4/77/qv/M/ywA0/8HANn/3v/W/+j/AADS/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAFAAAAO3/7f/u/9r/KwDE/9//xv/B/+H/w/8AAAAAAAAAAAAAAAAAAAAA7P/s//D/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/s//H/FADs/+z/2P/w/+//6//3/+//2/8UAOf/6f/n/+v/7f/T/xgA5//S/9H/7P/r/97/6f8nANT/AAAAAAAAAAAAAAAAAAAAAOz/7f/s//P/9//n/xQA7//v/+3/7//5/wAA7P8UAPH/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADr/xQA7P/r/+n/6//s/+z/AAAAAAAAAAAAAAAAAAAAANH/6v/t/+3/6P/5/xYAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPL/AAAAABQA7P/2/yoAev8AAA0A1//E/+f/pf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8fAOj/6/8AAAAA+P/r/+r/FQAOANf/0/++/9z/9v/E/wAAFQDs/+3/8f/t/+v/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/z/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADv/+7/+/8AABQA7P/s/+z/7f8AAAAAAAAAAAAAEwAAABEA7P/s/+z/9f/y/+z/7P/b/wAA6//i/+T/zv8AAOz/7P/s/+3/5v/s/+f/7P8VABgA5//u//P/7P/k/+r/7P8UAOz/8v/s/+3/9f/s/+v/7f8AAAAAFAAAAO3/7f/u/xQA7f/t/wAA8P/s/+z/7P/t//n/AAAAAAAA7f/u/xQAAAAAAAAAAAAAAAAAAAAAANT/yf/A/8L/1v/X/zYA0f/y//D/9//m/wAAAAAkAPX/5//e/wAA7f/7/9j/6f8lAO3/9P8AAAAAAAAAABoA+v8AAAAAAAAAAAAAAAAAAAAA7P/s//L/7P/v/xUA6//s/wAAAAAAAAAAAAAAAAAAAADq/9T/vf/g/9j/wP8AABYAFgDt/+3/7f8AAPn/6v/u//f/8v8AAAAAAADu/+3/FAAAAAAAAAAAAAAAAAAAAAAA6//q/xUA6//t/+j/6v/m/9b/CgDl/+7/5P/W/83/AAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P8UAOz/7P/l//D/6f8AAO7/FADv/wAA7P/s/+7/7P/s/xQA7P/r/+z/AAAAAAAAAAAAAAAAAAAAAPL/8P/3/+b/AAAAACQA9f8AAAAAAAAAAAAAAAAAAAAA6f/s/97/7f/s/9z/6/8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//y/wAAAAAAAO7/7f8UAAAAAAAAAAAAAAAAAAAAAAD3/xgA6//r//H/4//a/+X/AAAAAAAAAAAAAAAAAAAAABMABwDW/wAA3f/f/9X/1/8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/v/+z/7P/s/wwAsf/i/9T/7f8AANv/z//Z/ygA6//3/+3/6v/Z/+v/AAAAAAAAAAAAAAAAAAAAABwA7P/r/9r/6P/a/+b/3f/s/xQA7/8AAAAA7//s/wAAAAAAAAAAAAAAAAAAAAAAANr/JQAAAPf/9f8AANz/AADs/+z/8P/0//f/6//r/xQAs/8LANz/8P/s/wAAAADs/wAAAAAAAAAAAAAAAAAAAACy/+n/2f/S/93/vv8aANb/6P/o//j/6v/r/+n/FwDo/+z/7P/t//T/9P/u/xQA7//n/ygA6f/q/+r/3//Y/+r/AAAAAAAAAAAAAAAAAAAAANT/2P/q/+D/4P/j/yQA3f/l/+z/8P/p/xoA5v/P/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/w8AEwDO/+T/1P/i/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAOz/7P/X/+v/EADo/+z/7f/u//r/8v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAGwDs/+z/7P/s/93/7P/Y/xAAz//j/9j/3f8fAOD/zv/s/+z/7P/s/+z/7P/s/xQA7f/m//n/AAAAAO//LAD5/+z/6v/s/+7/7P/r/xUA7P/t/xQA7v/u/+z/7P/s/+z/2f8rANz/4f/X/9r/1P/s/+n/AADw/wAAAAAUAOz/8P/s/+7/7P/s/+X/7P8TAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAD1/wAAFAD4//D/CwDj/+z/6P/k/wAA5f/s/wAAAAAAAAAAAAAAAAAAAADq/+3/AAAAAAAAEwDb/+z/7P/t/+z/7v/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAADy//n/AAAAAPr/GwAAAOj/FQDt/wAA9//6/+v/7f/s//T/6//X/+f/1v8AANr/3f/s/+z/7P/f//r/7P8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAOv/zv/q/9X/v//i/9D/7P/s/+7/8f/0/xQA7P/s/wAAAAAAAAAAAAAAAAAAAACx//n/x//M/8j/HADR/8P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2AMj/0P/G/9H/s//K/7r/AAAAAAAAAAAAAAAAAAAAANL/3P/4/+//1/8AAMb/AAAMAKX/1v/s/53/8v+3//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P8AAPr/7P/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/Y/9n/2/8AANj/7/8AAAAAAAAAAPX/FgAAAOD/w//s/9f/6v/l/xcA0v/t/wAAAAAAAPf/7//t/xQA7P8UAOz/AAD6/+z/7P/y/+v/KAAAAOz/AAAAAO7/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9f/u/wAAFADs/+z/+f8AAAAAAAAAAPb/8f8TADoAtf+7/6z/sP/f/+f/rv/s/wAAAAAAAAAAFAD1//H/3v8nAPb/4//a/xQAvf/v/wkA1//r/+T/AADW/wAAyP8AAAAAAAAAAAAAAAAAAAAAAADs//H/9P/0/+z/AADr/wAAAAAAAAAAAAAAAAAAAADt/+z/7P8UAPX/7v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+v/7f/t/+7/7P/s/yYAAAAAAAAAAAAAAAAAAAAAAOv/AADh/+H/3P/s/97/FADt/xMAAAAAAAAAAADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/AADy/wAAFgDp/+n/6v8YAOn/6//q/+n/5v/q/yQA2P/Z/8f/4//n/+f/4//c/9b/3P+//9D/+P8dAMP/AAAAAAAAAAAAAAAAAAAAANn/3f/l/+T/3v/h/+D/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FAD5/+z/9/8AAPf/6/8AAAAAAAAAAAAAAAAAAAAAAADX/9r/3P/o/9X/AADd/wAAAAAAAAAAAAAAAAAAAADk/+r/7P/r/xQA6v/p/xkA7f/5/wAAAAAAAO3/7v8UAOz/7P/z/+3/FADt/+z/7P/q//D/+f/4/wAA7P8WAAAA6//q/+n/FwDq/+r/6f/m/+z/7P/t/+7/7v/u/+z/FAC5/1MAa//h/+7/lv/a/2f/7P8UAO7/7//v/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/LwDY/+n/4f/3/+T/4P8AAAAAAAAAAAAAAAAAAAAA1/8nAOP/6//m/+P/1//z/+r/HQDr/8v/vv/r/9//5f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADl/xYA6//o/+v/6f/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8dAPH/9f/o//T/5v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQAAAAAAAAAAANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/GwAAAPr/8v8AAOn/+f/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOT/FwDq/+j/6//p/+T/6/8AAAAAAAAAAAAAAAAAAAAAz/8rAOL/2v/e/9n/0P/b/wAAAAAAAAAAAAAAAAAAAADu/xsAAAD6//L/AADp//n/AAApAAAAAAAAAAAA1/8AAAAAAAAAAAAAAAAAAAAAAADs/+3/7//0//X/7f8UAOz/6f/p/xgA6P/q/+n/6P/p/wAAAAAAAAAAAAAAAAAAAADn/ykA6//r/+//1//g/+f/AAAAAAAAAAAAAAAAAAAAAIL/QQB7/8n/nf+N/97/3v8NAAAAAAAAAAAAAAD0/wAA7P8UAOz/7P/t/+z/7P/s/+z/7P/s/+z/7f/s/xQA7v/r/wAAFADx/97/5P/j/9L/AAAAAAAAAAAAAAAAAAAAAMX/2P/O/8//zP/e/zcAy/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//t/+z/7P/q/+v/5v/p/+v/7P/q//f/zv/i/xoAxv/7//j/w/8bAOr/y//e/+z/7P/s/+z/7P8UAOz/7P8AANr/+v8OAMT/0v/A//b/7//l/63/GgAgAL//2P/V/xQA7P/t/+7/8P/s/+z/7P/c/xQA5v/X/+z/AADq/+D/AAAAAAAAAAAAAAAAAAAAAOD/HgDn/+j/5v/p/+f/zf/T/wUA5P/b/wAAFADs/+r/AAAAAAAAAAAAABIA8//4/9H/uv/b/9v/6P+6/yMA9/8AAAAAAAAAAAAAAAAAAAAA6v/w/+v/6v/s/+n/AAAAAPH/AADu/wAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAA6//q//L/AAAAAAAAFgAAANf/5P8fAN3/4P/b/9n/5P/s/+z/7P/s//b/7P8UAO7/AAAAAAAAAAAAAAAAAAAAANf/GgDe/+P/3//s/9T/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/wAAAADs/+z/9/8AAAAAAAAAAAAAAAAAAAAAxf+6/7f/vf85AOP/pP/p/7n/u/++/8j/IgDY/8b/EQAAAAAAAAAAAAAAAAAAAAAAuf/v/8n/0P8/ALz/vf/m//D/6f8AAO7/FADv/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAA8f8AABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5/+z/6//x/93/CwDn/wAAAAAAAAAAAAAAAAAAAAD3/wAA1f/E/8r/+f/A/+j/vf/U/8j/1f/w//j/6P8AANj/4//l/9v/+/8hAOH/4P8AAAAAAAAAAAAAAAAAAAAAKwDe/97/5P/b/+H/0f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/Y/wAA2f/g//H/2P/b/wAAAAAAAAAAAAAAAAAAAADt/7j/vv/P/wAAxf/k/+T/2f/q/+n/7f8fAN7/5//j/9P/0//q/+v/6v8VAPj/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/U/9z/2f/d/xIAwv8AAOz/7f/t/+z/7//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t//v/7f/y/+z/7P/V/wcA5P/S/8X/yv8HAPj/AAAAAAAAAAAAAAAAAAAAANX/1//c/9j/z//d/ywA1f/t/xQA7//s/+//9P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/4v/Y/+D/2P/T/yMA3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+v8AAAAAAAAUAPn/AAAAAAAAAAD1/wAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AADx/xQA7P/0/9j/4v/h/xQA3f/b/+L/AAAAAAcAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/xYA6f/r/+z/7f8UANn/7P/s/+z/7f/t/+7/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOr/6P/o/+v/4//s/xcA6v/s/+z/7P/s/+z/7P8UAOz/7/8VAOz/7f/s/+z/6//s/+z/7P8AAAAAAADs/+3/FAC//wcA+f/I/8T/uv8WAM3/5f8WAOv/6P/r/+n/6v/r/wAAAAAAAAAAAAAAAAAAAADn//v/6v/q/+b/2/8SAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+v/7P/5/+n/AADl/wAA6//Z/6f/h/+x/87/GQCq/wAAAAAAAAAAAAAAAAAAAADu/+7/AADs//H/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/w//D/8f/s/xQA7f/y/xkAAAAAAPr/AADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAPL/+v8AAOz/6//s/9j/FQDr/+3/AADt/+z/6v/r/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/v/+3/7P8UAOz/zf8TANj/6v/x/+v/7P/q/+r/AAAAAPX/AAAZAPH/7//U/+T/2P/V/+b/DQAAAO3/NgDt/9T/wv+X/6b/6f+S/xQA7P/s/+7/6/8AAOv/1v/0/9r/2f/q/+f/4/8TAOb/8f/x/wAAAAAAABMA7v/y/+z/7P/s/+z/7P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA0f/L/8z/z/8GAOX/1f8bANj/+v/5//X/AAAxAO//6f/s/+z/6f/s/+z/FADs/+z/7P8AAAAAAAD6/xQA7f/s/9j/6f8kAO3/6f/i/9j/3P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPX/wv/V/8v/2v/Q/87/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8ZAOz/AAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA2//U/8n/0P/b//D/2P8AAAAAAAAAAAAAAAAAAAAA9P/K/9b/xf/J/+//8f8YAOz/7f/u//r/8P/s/+z/FADL/+b/5v/k/+z/6v/U/xcALQDG/9P/xv/g/8r/1v/b/+3/HgD3//D/AADz/+b/7//s/+z/7P/s/+z/7P8UAOv/AAAAAAAAAAAAAAAAAAAAACEA3//H/8P/xP/H/+f/zf9MAMT/pf/A/77/u//u/8D/7P/t/+z/FAD0/+z/6//s/wAAAAAAAAAAAAAAAAAAAADh/xsA2f/e/9v/5//q/9n/AAAAAAAAAAAAAAAAAAAAAPv/sf+9/8n/xf/Q/xMA+P/s/+z/9f8AAPH/7P8UAO3/3P/b/9b/1P/X/9P/KQDa/+z/7P/w/xQA7f/s/+z/7P8AABQA7v8AAAAA7v/t/wAA4v/p/+j/5v/u/+X/FwDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8bANL/vP+5/9b/9v/L/+z/FAAAAAAAAAAAAO7/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/s/+z/7P/s/xQACwCo/6X/9P/C/9b/6P/d/9j/3P/q/yIA2f/Y/9z/6//U/97/6f/h/+j/4P8iAOf/4P/W/+X/0f/p/87/HwDp/9z/4//n/+T/6P/n/yAA4P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAOz/FAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA3f/b/wAA+v/6//f/KQAAAO7/9f8AAPP/AAAAABMAAAAkAOz/6f/h/+f/6//Z/+f/yP8pAPr/2//X/8//3f/A/+n/1v/Y/9X/1/8fANT/1v/r/+z/6//r/+z/6v8VAOz/+//c/9j/0f/Z/+v/BgDj/yIA1P/j/+H/2f/W/9//0f8AAAAAAAAAAAAAAAAAAAAA3P8UAOz/5P/u/9j/6v8AAOz/7P8UAO3/9P/s/+z/7P/s/+z/7/8AAAAA7/8UAPD/7/+6/7n/wv/U/8f/JgDL/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi//n/7P/k/8j/DwDy/8r/yf8PANL/xP/i/xgA6//B/+b/6f/c/+j/4v8fANn/6v/Y/wYA2P/d/9v/AADZ/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAADwD2/wAAAAD2/wAA+v/2/xkA6/8WANn/5f/a/+z/5//c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+H/AADY/+v/6v8VAOj/AAAAAAAAAAAAAAAAAAAAAOT/3f/4//f/AADl/9z/IwDl/9X/GADp/+3/6P/o/wAA5P/d//j/9/8AAOX/3P8jAAAAAAAAAAAAAAAAAAAAAADt/+3/AAD6/+7/5v8AAAgA4v/p/+j/5v/u/+X/FwDm/5//1f+j/6j/rP8GABkAwP/t/73/3f/Y/97/rv8aAOn/9v/s/+7/7f/1/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8MANr/7P/a//X/zv/C/wAAAAAAAAAAAAAAAAAAAAAOAOL/9f/l/9f/7//3/8X/FADs/+3/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAALAOH/2P/d/+P/AADo//X/7P8UAO7/7//v/+z/7P/t/+D/5v/J/+v/2P+8/xQAAADn/+j/7f/k/+3/7P8ZAPL/AAAAAAAAAAAAAAAAAAAAACkAxP/4/wAAAADq/8r/+P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/u/+7/7P8UAAAA+f8AAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL3/2P/o/w8AxP/6/73/9v+9/63/z//O/9b/QwDV/8z/5f/G/+v/6P/b/wAA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//0//P/9P/o/y8A0P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAA7P8AABoAAADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/j/wAA4P/g/w8A3P8AAAAAAAAAAAAAAAAAAAAA7P/Z/wAAAAD4/xEAAADM/9T/FgD4/+3/7P/3/+r/7f9NAMz/qf+i/7H/sP/W/8D/AAAUAOj/7f/0/+z/6//s/8D/xP/P/8D/w//E/ysACgAAAAAAAAAAAAAAAAAAAAAA8P/M/8X/tP+u/9X/HQC3/xQA7P/u/+//8//t/+n/6f8AAAAAAAAAAAAAAAAAAAAAFQDt/wAA9//6/+v/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//W/97/2f/t/8r/QADc/+z/7P/s/+z/7P/s/xQA7P/t//X/7P8UAPL/7f/s/+z/FgAAAAAAAAAAAAAA6/8AAO3/AAAAAAAA9//v/+3/FAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/6//s/+r/CADm/z0Ax//l/+X/6//Y/8j/1f8AAO//AAAAAAAAAAAAABEA7v/s/+z/8//4/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADd/+n/5v/c/+v/4P/m/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9j/1P/5/+b/KADc/+H/6//q/xYA6v/s/+D/6f/U/+z/+P8AAAAA4v/t/+v/FwAAAAAAAAAAAAAAAAAAAAAAxP/b/8X/6v+x/xIAtv+g/+T/2//G/87/5f8AAAAACwDg/8v/FADn/+v/AADt/+f/6//r/+v/3f/s/+P/FwDl/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+v/6/8VAOz/2P+//8X/sP/N/6T/RwDJ/wAAAADy//n/+//X/wAA6/8AAAAAAAAAAAAAAAAAAAAA8//7/xUAAAD3/+v/9v/w/9v/FwDs/+n/7P/r/+n/7P/s/+3/9//3/+3/FADr/+z/s/8LANz/8P/s/wAAAADs/woA1P/2//v/5/8AANf/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAPf/7//t/xQAFQDq/+//9v/y/9r/6//v/+r/2f/a/+H/4v/Y/x4A2f8AAAAAAAAAAAAAAAAAAAAA6P/i/9v/3P/p/+v/FgDr/+z/8//u//r/8//s/xUA7P8AAAAAAAAAAAAAAAAAAAAAFQDx//r/+f8AAPf/6/8AABUA7f8AAPf/+v/r/+3/7P8AAAAAAAAAAAAAAAAAAAAA9f/b/yoA9f8AANj/5f/X/6L/t/9GAKX/sf/d/8j/tP+3/7D/RQCm/6X/zf+9/7P/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADk/+n/9v++/8L/vP8QANj/8P8AAAAAAADt/wAA8P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f8UAO7/7P/t/xQA7v8AAAAA7//s/+z/7f8AAAAAAAAAAAAAAAAAAAAA4v8PAMr/4P/p/+r/AADb/9j/HwDf/+P/2f/p/93/5v/q/+n/7P/q/+v/6f8WAOr/0//6/yQA3v+1/+D/zf/Z/wAA1v/L/+j/4//m/xUA0//L/xgAq/+y/8b/+P/T//D/6//s/+//7/8AABUA6//s/+r/GADr/+n/7f/m/+n/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/7P/a/+v/6v/X/9T/JADx/+P/8v/l/wAA3f8WAOT/7P/s/+3/7v/t/xQA7P/t/+z/7P/t/+//7/8UAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/7P/z/wAA9f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAyP/E/83/yP/O/xMAxv/6/+P/EgAAAN3/+v/P//r/1f8vANz/zf/a/+L/3//Q/9j/AAAAAAAAAAAAAAAAAAAAANb/AADy/+X/FAAAANj/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/1//7/9r/3P8AAMb/AADd/xIA4P/Y/9H/6/8AANv/CQDi/+j/AADp/wAA5//q/wAA0/+4/8//vf8dANn/zf/z/+P/6f/s/wAA8P8aAO7/3//g/9P/0//Z/8v/LADc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9f/x//X/AADr/wAAFQAUAO7/7P/s/+7/9v/s/+3/7P/s/+n/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/9n/7f/s/+z/7f8RAAAA6v/r/wAA+v/s/wAA7f8VAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/v//P/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/R/9P/8f/d/8z/xf8SAMz/1//r/9v/CQDJ/+L/DgDo/97/5P/4/wAAEQDp/9r/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/6//2//n/1v8VAO3/2P8YANv/7P/i/+D/+f/c/wAA7f/s/+j/3v/x/9n/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/3f/l/9H/5v/p/+D/IAAAAAAAAAAAAAAAAAAAAAAAFADw/+n/7P/s/+z/7P/s/77/0P8UANX/2//r/+f/AADe/xoA3P/a/+P/4f/p/9f/3v8aANz/2v/j/+H/6f/X/xQA7f/j//T/+f/s//X/7f8AAAAAAAAAAAAAAAAAAAAA6/8WAOz/7P/r/+b/5//q/9H/v//H/7v/xP/3/zYAvP/s/+z/FADt//T/7P/s/+z/FwDk/+z/3//q/+v/4v/p/+z/7P/s/+3/9f/r/+z/FADo/9f/3f/b/9X/EwDt/wAAAAAAAAAAAAAAAAAAAAAAANn/2P/b/9j/1v/p//r/FwAAAAAAAAAAAAAAAAAAAAAA2P/Y/+v/5v8AAPD/EQDX/+v/6//u/yIA+//o/93/6v/a/ycA2f/Z/9j/2v/Z/9//GADq/+7/9//l/9j/6v/c//b/AAAAAPb/AAD6//b/GQDt/w4Azv8KANH/xP/j/73/AAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAAAAAEwAAAAAAAAAAAAAAAAAAAAcA6//t/+7/7P/t/xUA7P/r/+r/FQDs/+z/7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAA6v/r/wAA+v/s/wAA7f8VAO3/6P/s/+n/7P/m/+v/FAAUAO3/7f8AAPD/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAN3/4/8AAOT/2P/k/+v/AADY/+z/4f/i/xMA3v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//L/AADs/wAA7P/s/xQAAAAAAAoAAAAAAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDC//j/4f/d/xcA0f/Q/+j/sf/a/+n/uP+7/y8AzP8AAAAAAAAAAAAAAAAAAAAA0f/i/9z/8//a/yEA0P/a/xQA7P/t/+7/8P/s/+z/7P/u/x0A8v/z/wAA5//j/+//AAAAAAAAAAAAAAAAAAAAANj/5P/l//P/3//N/x4A3P8AAAAAAAAAAAAAAAAAAAAAGwC7/8r/zv/M/+T/AADD/wAA0P/G/+//tv8KANb/5//Y/+n/2P8AAAAABwDh/9D/yP/7/8v/uv+//+b/HQDB/wAAAAAAAAAAAAAAAAAAAAAsANn/0//c/9H/x//V/8f/AAAAAAAAAAAAAAAAAAAAAOn/GQAAAPT/+f8AAOf/AAAAAAAAAAAAAAAAAAAAAAAA7v/1/wAA8/8AAAAAEwAAAAAAAAAAAAAAAAAAAAAAAAA='
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