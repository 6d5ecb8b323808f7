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
    features: "b:0 0\nb:0 a\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 a7aef8b1\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 after\nb:0 all\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 argument\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assignment\nb:0 at\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 between\nb:0 bin\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 built\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 cart\nb:0 catch\nb:0 cc\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 clean\nb:0 cleanup_file_variables\nb:0 code\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 core\nb:0 could\nb:0 cp314\nb:0 critical\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 date\nb:0 db\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 declarations\nb:0 def\nb:0 default\nb:0 dependencies\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e8f\nb:0 eadcdc7d\nb:0 echo\nb:0 efde290b\nb:0 efe31b98f2\nb:0 eff\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 executing\nb:0 exit\nb:0 exited\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f20260413\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 for\nb:0 format\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 gcc\nb:0 gcr\nb:0 generated\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 github\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 head\nb:0 high\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 int\nb:0 into\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 item\nb:0 items\nb:0 j30\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 lost\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 measured\nb:0 mecho\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 name\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newline\nb:0 no\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 p1\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 price_cents\nb:0 print\nb:0 problems\nb:0 process\nb:0 projects\nb:0 pub\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quantity\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 repack\nb:0 requires\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 saas\nb:0 scenarios\nb:0 sec\nb:0 second\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 sh\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 source\nb:0 spond\nb:0 src\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t03\nb:0 t06\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t11\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t20\nb:0 t21\nb:0 target\nb:0 task\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 title\nb:0 to\nb:0 too\nb:0 total\nb:0 trailing\nb:0 true\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 ubuntu2\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 unused\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 v0\nb:0 var\nb:0 variable\nb:0 variante\nb:0 verify\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 webpack\nb:0 weighted\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xfailed\nb:0 z\nb:0 zig\nb:a 0\nb:a at\nb:a b\nb:a bash\nb:a binary\nb:a blank\nb:a branch\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a directory\nb:a e\nb:a expected\nb:a failure\nb:a feeds\nb:a few\nb:a file\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a healthy\nb:a i\nb:a invoices\nb:a is\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a promise\nb:a proxy\nb:a r\nb:a received\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a return\nb:a s\nb:a safe\nb:a separate\nb:a shutdown\nb:a signed\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:aaa api\nb:aaa go\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action download\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action use\nb:action v2\nb:action v3\nb:action v4\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions runner\nb:actions setup\nb:actions task\nb:actions upload\nb:activity kt\nb:actual 0\nb:actual behavior\nb:actual classes\nb:actual typealiases\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add the\nb:add url\nb:added 0\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address 0\nb:address all\nb:address range\nb:addresses should\nb:admin py\nb:admin web\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories g\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after catch\nb:after changing\nb:after opening\nb:after running\nb:agent 0\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent machine\nb:agent name\nb:agent process\nb:agent running\nb:agent version\nb:agent_1 container\nb:aiogithubapi 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:all 0\nb:all check\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all tests\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allowed 0\nb:allowed time\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:also see\nb:always auth\nb:always error\nb:always fails\nb:ambroisie test\nb:amd64 components\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an agent\nb:an argument\nb:an assembly\nb:an error\nb:an exception\nb:an item\nb:an iterator\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and audited\nb:and cache\nb:and contributors\nb:and d\nb:and declarations\nb:and deleting\nb:and determine\nb:and file\nb:and firewall\nb:and handle\nb:and hooks\nb:and instead\nb:and is\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and should\nb:and sub\nb:and test\nb:and that\nb:and upgrading\nb:and use\nb:and value\nb:and word\nb:and writing\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android kt\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:ankitshubham workspace\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:annotations enums\nb:annotations should\nb:anonymous file\nb:anonymous test\nb:answer action\nb:any branches\nb:any changes\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:anything in\nb:anything that\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache org\nb:apache pulsar\nb:api 0\nb:api aaa\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api github\nb:api gradle\nb:api internal\nb:api proto\nb:api src\nb:api tasks\nb:api test\nb:api users\nb:apis proto\nb:apk add\nb:app 0\nb:app beringin\nb:app build\nb:app compile\nb:app css\nb:app data\nb:app export\nb:app git\nb:app help\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app onepager\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application spec\nb:applies a\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt get\nb:archinstall archinstall\nb:archinstall lib\nb:architecture x64\nb:archive ubuntu\nb:are 0\nb:are allowed\nb:are behind\nb:are deprecated\nb:are equal\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:are you\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument named\nb:argument type\nb:arguments but\nb:arguments no\nb:arm64 0\nb:arm64 main\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:arrays are\nb:artifact junit\nb:artifact org\nb:artifact v4\nb:artifacts clone\nb:artifacts for\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:assembling a\nb:assembly reference\nb:assert 0\nb:assert a\nb:assert are\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assets familjen\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at t\nb:at test\nb:at the\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth supabase\nb:authenticating and\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available checksums\nb:available v0\nb:avg c\nb:avoid a\nb:avoid using\nb:awesomeness has\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b l\nb:b linting\nb:b main\nb:b master\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b1a9 travis\nb:b1f0ba2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b_ a\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ t\nb:b_ w\nb:babel parser\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bb code\nb:bc run\nb:be 0\nb:be a\nb:be auto\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be on\nb:be one\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be src\nb:be strictly\nb:be suffixed\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be used\nb:be within\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because of\nb:because the\nb:become dashes\nb:been deprecated\nb:been fixed\nb:been moved\nb:been received\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before it\nb:before making\nb:before operand\nb:before the\nb:before token\nb:begin with\nb:behind a\nb:being treated\nb:belanyi fr\nb:below zero\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:beta you\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing rb\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin go\nb:bin links\nb:bin ninja\nb:bin node\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:binary bitwise\nb:bind home\nb:bind p\nb:bintray com\nb:bitwise operator\nb:bitwise warnings\nb:bk ci\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blockchain client\nb:blocks its\nb:bluetooth 0\nb:blur cpp\nb:bodies of\nb:body expression\nb:body should\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:br l\nb:branch can\nb:branch linting\nb:branch m\nb:branch main\nb:branch master\nb:branch name\nb:branch refactor\nb:branch to\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridgecrewio checkov\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:buf push\nb:buf u8\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build container\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build default\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build environment\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build g\nb:build gradle\nb:build has\nb:build itself\nb:build libs\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build or\nb:build output\nb:build post\nb:build prod\nb:build project\nb:build queued\nb:build reference\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build work\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds platform\nb:builds private\nb:builds timekit\nb:builds will\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundlers node_modules\nb:busted test\nb:but does\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but they\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by adding\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:byte as\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c e\nb:c e_\nb:c f\nb:c g\nb:c gcc\nb:c h\nb:c home\nb:c i\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c protocol\nb:c python\nb:c r\nb:c s\nb:c s0103\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c1d2e3 update\nb:c1e 0\nb:c2065 current\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache bazel\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache pip\nb:cache restored\nb:cache service\nb:cache size\nb:cache true\nb:cache tzst\nb:cache v2\nb:cache v4\nb:cached dependency\nb:cachedir pytest_cache\nb:caches 0\nb:caches jars\nb:caches kotlin\nb:caches modules\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:caddy api\nb:caddy caddy\nb:caddy latest\nb:call failed\nb:call last\nb:call to\nb:callback until\nb:called if\nb:calls runtime\nb:can be\nb:can cause\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo deny\nb:cargo lock\nb:cargo output\nb:cargo test\nb:cargo toml\nb:cart applies\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart src\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:cell 0\nb:central https\nb:cf cache\nb:cfg conf\nb:cfg dotfiles\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed but\nb:changed significantly\nb:changed source\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check default\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout progress\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:ci 0\nb:ci agent\nb:ci can\nb:ci dockerfile\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:circus build\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classes flag\nb:classes including\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:click 0\nb:client api\nb:client component\nb:client git\nb:client kotlin\nb:client py\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client ts\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code c\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code loomy\nb:code paisa\nb:code style\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codecov action\nb:codecov codecov\nb:codegen cpp\nb:codehaus mojo\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:col 0\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting collected\nb:collecting py\nb:collecting pytest\nb:collecting tests\nb:collection 0\nb:collection import\nb:colors in\nb:colr property\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com data\nb:com default\nb:com docs\nb:com embedded\nb:com ethereum\nb:com extraheader\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com increase\nb:com infra\nb:com instead\nb:com inverse\nb:com issue\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com mani\nb:com maps\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com ratelimit\nb:com retry\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com ubuntu\nb:com usnistgov\nb:com zerox80\nb:come from\nb:comma before\nb:command 0\nb:command bin\nb:command c\nb:command command\nb:command did\nb:command exited\nb:command failed\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit s\nb:commits you\nb:common main\nb:common ui\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compatible set\nb:compatible versions\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile c\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling c\nb:compiling distribution\nb:compiling futures\nb:compiling stackage\nb:compiling stg\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:component 0\nb:component browser\nb:component clippy\nb:component html\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components mavi\nb:components small\nb:composer json\nb:composer plugin\nb:composer update\nb:compress program\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:config 0\nb:config as\nb:config c\nb:config changes\nb:config cmake\nb:config config\nb:config deploy\nb:config file\nb:config git\nb:config global\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config nim\nb:config remote\nb:config set\nb:config trim_trailing_whitespace\nb:config variable\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configuring done\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection anything\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider removing\nb:consider using\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:consumer http\nb:contain a\nb:contain package\nb:container 0\nb:container build\nb:container for\nb:container fragment\nb:container_test_runner py\nb:content differs\nb:content hash\nb:content security\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context null\nb:context of\nb:continue due\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core app\nb:core csproj\nb:core jar\nb:core kt\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core ssh\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could have\nb:could n\nb:could not\nb:couldn t\nb:count 0\nb:count of\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coupon 0\nb:coupon never\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu family\nb:cpu x86_64\nb:cr 0\nb:cr me\nb:crates corp\nb:crates io\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials ab284314\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:cronjs parser\nb:cross site\nb:crossbeam epoch\nb:crypto aes\nb:crypto pbkdf2\nb:crypto pure\nb:crypto_sign falcon\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:cspell json\nb:csproj error\nb:csproj in\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:curl 0\nb:curl f\nb:curl fs\nb:curl ls\nb:current agent\nb:current context\nb:current image\nb:current runner\nb:current undeclared\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d ds\nb:d e\nb:d e24\nb:d e_\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d i\nb:d in\nb:d is\nb:d k\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d_ a\nb:d_ t\nb:daemon at\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:daemon toomanyrequests\nb:dangerously allow\nb:dart 0\nb:dart md\nb:dart pub\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data from\nb:data local\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:database 0\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date time\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days test\nb:db 0\nb:db git\nb:dbkit integration\nb:deadline exceeded\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug 0\nb:debug deps\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations and\nb:declarations move\nb:declarations with\nb:declarative checkout\nb:declared to\nb:decorator makes\nb:deep equal\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default instance\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default test\nb:default the\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:definition from\nb:defs annotation\nb:delay 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:demospring rest\nb:denial of\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependency and\nb:dependency conflicts\nb:dependency is\nb:dependency lock\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps get\nb:depth 0\nb:depth set\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description get\nb:description metadata\nb:description run\nb:design assets\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:details feature\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev 0\nb:dev null\nb:dev optional\nb:dev rnp\nb:dev server\nb:dev src\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development the\nb:device home\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:differs from\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir src\nb:dir var\nb:directly in\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:disable incremental\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:discount code\nb:dispatch v1\nb:display m\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution found\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:do echo\nb:do not\nb:do s\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker build\nb:docker com\nb:docker daemon\nb:docker dockerfile\nb:docker driver\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker io\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs faq\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs template\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet sdk\nb:dotnet10 dotnet\nb:double quote\nb:download 0\nb:download all\nb:download complete\nb:download immutable\nb:download info\nb:download page\nb:downloading amphp\nb:downloading cryptography\nb:downloading flutter\nb:downloading https\nb:downloading laravel\nb:downloading phpunit\nb:downloading psr\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloads example\nb:drone git\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dsl 0\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e build\nb:e c\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e d\nb:e e\nb:e f\nb:e failed\nb:e false\nb:e fix\nb:e full\nb:e g\nb:e home\nb:e if\nb:e is\nb:e l\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e noprofile\nb:e o\nb:e opt\nb:e p\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e s\nb:e s_\nb:e switch\nb:e t\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e x\nb:e0277 a\nb:e0308 mismatched\nb:e0401 unable\nb:e0425 cannot\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e24 true\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ c\nb:e_ d\nb:e_ j\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ w\nb:e_path cc\nb:echo build\nb:echo c\nb:echo n\nb:echo toolchain\nb:edeandrea xjc\nb:edge proxy\nb:editor config\nb:efe31b98f2 found\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:elapsed time\nb:elements of\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty space\nb:empty subject\nb:en latest\nb:enable colors\nb:enable full\nb:encoding u\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entities js\nb:entities lib\nb:entries plus\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:enums and\nb:env 0\nb:env g\nb:environment 0\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variable\nb:environment will\nb:eo pipefail\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality 0\nb:equality of\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:error 0\nb:error a\nb:error accordingly\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error bad\nb:error c\nb:error c2065\nb:error cache\nb:error can\nb:error cannot\nb:error code\nb:error command\nb:error could\nb:error deployment\nb:error during\nb:error e\nb:error e0277\nb:error e0308\nb:error e0425\nb:error empty\nb:error encountered\nb:error errno\nb:error error\nb:error executing\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error fetch\nb:error file\nb:error files\nb:error for\nb:error function\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error install\nb:error instead\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error on\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error test\nb:error the\nb:error this\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error we\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors in\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:ev issue\nb:evaluator test\nb:even 0\nb:events 0\nb:ever returns\nb:ex 0\nb:ex unit\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example github\nb:example left\nb:example lint\nb:example net\nb:example orders\nb:example org\nb:example platform\nb:example port\nb:example reports\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exclude tests\nb:exe submodule\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist in\nb:exist with\nb:existing false\nb:existing resource\nb:exit 0\nb:exit code\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export buttons\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions worktree\nb:external packages\nb:extra node_modules\nb:extra semicolon\nb:extracting archive\nb:extracting sha256\nb:extraheader a\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f l\nb:f o\nb:f p\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f20260413 0\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:fail package\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features seeds\nb:features steps\nb:features were\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch http\nb:fetch https\nb:fetch js\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching the\nb:few minutes\nb:field browser\nb:field name\nb:file 0\nb:file based\nb:file builds\nb:file c\nb:file content\nb:file could\nb:file details\nb:file does\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file provided\nb:file run\nb:file src\nb:file sync\nb:file test\nb:file this\nb:file to\nb:file usr\nb:file was\nb:file would\nb:files 0\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files file\nb:files found\nb:files from\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files run\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable https\nb:fixable with\nb:fixed coupon\nb:fixed in\nb:fixed value\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter release\nb:flutter s\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for action\nb:for addresses\nb:for async\nb:for build\nb:for c\nb:for changes\nb:for configuration\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for installation\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for rust\nb:for setup\nb:for stable\nb:for swift\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for ubuntu\nb:for url\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force b\nb:force refs\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:fork src\nb:form tsx\nb:form vue\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting output\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found but\nb:found composer\nb:found error\nb:found errors\nb:found fatal\nb:found for\nb:found github\nb:found ignoring\nb:found in\nb:found packages\nb:found return\nb:found warn\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework quasar\nb:framework src\nb:framework test\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from c\nb:from cache\nb:from commit\nb:from daemon\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from manifest\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from src\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full stack\nb:func returns\nb:func1 0\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund for\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g org\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g_ c\nb:g_ m\nb:g_ p\nb:garbage collection\nb:gateway addresses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gconnect 0\nb:gcr io\nb:gem install\nb:gemfile changed\nb:gemfile lock\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate debug\nb:generate job\nb:generate the\nb:generated 0\nb:generated gradle\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator has\nb:generator next\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:ghcr io\nb:gi b\nb:git 0\nb:git belanyi\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git corp\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git fetch\nb:git file\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git log\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:gitdir home\nb:github aashish\nb:github actions\nb:github com\nb:github edeandrea\nb:github formatter\nb:github iml1s\nb:github io\nb:github repo\nb:github src\nb:github token\nb:github workflows\nb:github workspace\nb:gitlab com\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob versions\nb:global add\nb:global config\nb:global git\nb:global init\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go caddy\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go skywire\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:goes below\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got key\nb:got other\nb:gpg could\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle jars\nb:gradle kotlin\nb:gradle kts\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greeting component_test\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group build\nb:group run\nb:groups get\nb:gui is\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h cannot\nb:h e\nb:h e_\nb:h h600\nb:h i\nb:h o\nb:h p\nb:h r\nb:h ref\nb:h s\nb:h t\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h600 compilation\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has changed\nb:has correct\nb:has exceeded\nb:has incompatible\nb:has no\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash fast\nb:hash validation\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have an\nb:have been\nb:have comment\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:head to\nb:header filter\nb:header in\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help if\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help you\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:here is\nb:hhp hs\nb:hicpp signed\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint to\nb:hint used\nb:hint will\nb:hit for\nb:hive simulators\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home dev\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hosted runner\nb:hostedtoolcache dart\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html doc_markdown\nb:html entities\nb:html erb\nb:html must_use_candidate\nb:html needless_borrow\nb:html needless_return\nb:html sec\nb:html shell\nb:html uninlined_format_args\nb:http 0\nb:http archive\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http server\nb:http_client 0\nb:httpcore 0\nb:https aka\nb:https api\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https npm\nb:https osv\nb:https packages\nb:https pip\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https spdx\nb:https www\nb:https youtrack\nb:httpx 0\nb:hub action\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i get\nb:i in\nb:i info\nb:i instead\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i o_\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i t\nb:i try\nb:i u\nb:i unsafe\nb:i x\nb:i z\nb:ibis bigquery\nb:ic3bur g\nb:icons mdi\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identical details\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:identifier of\nb:identifier read\nb:idx 0\nb:if c\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if n\nb:if no\nb:if out\nb:if returning\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:if you\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image release\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images releases\nb:images ubuntu\nb:images windows\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc imgproc\nb:imgproc src\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:impacting any\nb:implementation of\nb:implemented for\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import os\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib report\nb:imports are\nb:imports on\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in apt\nb:in assignment\nb:in async\nb:in beta\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in home\nb:in import_module\nb:in module\nb:in multiline\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in source\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:inc packetfence\nb:include hidden\nb:include if\nb:include the\nb:include workspace\nb:included software\nb:includeif gitdir\nb:including interfaces\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:inconsistent vendoring\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:indicate success\nb:indicates a\nb:individual deprecation\nb:ineffective mark\nb:infallibly using\nb:info 0\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info latest\nb:info msg\nb:info or\nb:info syncing\nb:info there\nb:information 0\nb:information about\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:init d\nb:init default\nb:init home\nb:init users\nb:init__ py\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inner declarations\nb:inner t\nb:input files\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install and\nb:install before\nb:install dependencies\nb:install error\nb:install for\nb:install frozen\nb:install g\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install registry\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install v1\nb:install which\nb:install_gui_linux py\nb:installed 0\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing environment\nb:installing laravel\nb:installing openssh\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:instance of\nb:instance travis\nb:instance using\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:int as\nb:int cannot\nb:int error_count\nb:integer operand\nb:integration integration\nb:integrity check\nb:intentional prefix\nb:interface tools\nb:interfaces objects\nb:internal 0\nb:internal artifacts\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal operations\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:inverse inc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io en\nb:io github\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io index\nb:io library\nb:io reviewdog\nb:io rust\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipfs podcasting\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is an\nb:is assigned\nb:is available\nb:is called\nb:is canceled\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is disabled\nb:is equality\nb:is even\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is imported\nb:is in\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is required\nb:is set\nb:is stopped\nb:is subject\nb:is the\nb:is too\nb:is undefined\nb:is users\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:isn t\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issue k\nb:issues 0\nb:issues by\nb:issues found\nb:ist is\nb:it can\nb:it does\nb:it for\nb:it has\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it should\nb:it starts\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item sku\nb:item str\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:its it\nb:its network\nb:its progress\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:jar 0\nb:jar and\nb:jar c\nb:jars 0\nb:jars and\nb:jars gradle\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jest circus\nb:jetbrains com\nb:jl 0\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jonesn idea\nb:jooq gradle\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:k 0\nb:k b\nb:k e\nb:k e_\nb:k f\nb:k f_to_c\nb:k g_\nb:k i\nb:k n\nb:k t\nb:k version\nb:k8s deploy\nb:kata check_s390x_test\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key dependencies\nb:key error\nb:key failed\nb:key generated\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key should\nb:key the\nb:key v8\nb:key wrapper\nb:keycloak token\nb:keygen c\nb:keymanapp dependency\nb:keys linux\nb:keystore models_test\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:kiriyaga nami\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known discount\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:knows sunday\nb:koans builders\nb:kotlin address\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ o\nb:l_ u\nb:label n\nb:landing landing\nb:lang github\nb:lang modules\nb:lang r\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest run\nb:latest update\nb:latest v0\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:let or\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level high\nb:level info\nb:level package\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib cabal\nb:lib due\nb:lib gconnect\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib kt\nb:lib lib\nb:lib p\nb:lib pkgconfig\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libc6 dev\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libtonode tests\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license is\nb:license list\nb:license needs\nb:license or\nb:license ref\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses or\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line for\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines of\nb:link build\nb:link plugins\nb:link type\nb:link u\nb:linker for\nb:linkid 0\nb:linking c\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint suspicious\nb:lint windows\nb:linted 0\nb:linting refs\nb:linting set\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:list any\nb:list found\nb:list of\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:littpi net\nb:live log\nb:llama cpp\nb:load 0\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low 0\nb:low go\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d\nb:m d013\nb:m docs\nb:m e\nb:m echo\nb:m enable\nb:m error\nb:m execution\nb:m first\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m updating\nb:m v\nb:m value\nb:m variables\nb:m w\nb:m0s this\nb:m104 0\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:macos latest\nb:macos macos\nb:made by\nb:maierj fastlane\nb:main activity\nb:main c\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main refs\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main yml\nb:main zig\nb:make 0\nb:make error\nb:make experimental\nb:make files\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager go\nb:manager kt\nb:mani fork\nb:mani lang\nb:manifest txt\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masque rs\nb:master are\nb:master https\nb:master index\nb:master refs\nb:master set\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:match the\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:max git\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may increase\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:maybe fixable\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:me br\nb:me kiriyaga\nb:measured 0\nb:megalinter io\nb:melos 0\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:memory or\nb:merge 0\nb:merge request\nb:merror 0\nb:meson build\nb:meson setup\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata 0\nb:metadata for\nb:metadata org\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method parentheses\nb:method running\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft com\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:might be\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minutes 0\nb:minutes are\nb:minutes marking\nb:mirror sync\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode true\nb:model bin\nb:model kt\nb:model state\nb:model test\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules files\nb:modules find\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:money rb\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more information\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms d\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:multiline condition\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple___ spaces\nb:multiplication with\nb:must be\nb:must end\nb:must not\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:n 0\nb:n a\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n target\nb:n test\nb:n tools\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ c\nb:n_ e\nb:n_ f\nb:n_ m\nb:n_ s\nb:nabucasa 0\nb:name actionpack\nb:name assertion\nb:name azure\nb:name build\nb:name err\nb:name fv\nb:name gateway\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name only\nb:name or\nb:name to\nb:name w\nb:name_ should_\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace name\nb:naming to\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need to\nb:needs network\nb:needs review\nb:needs to\nb:nested steps\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:never goes\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new repositories\nb:new tag\nb:newest version\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newtonsoft json\nb:next anonymous\nb:next headers\nb:next js\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:nix ipfs\nb:no any\nb:no attribute\nb:no audit\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no recurse\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no untyped\nb:no unused\nb:no update\nb:no var\nb:no versions\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node net\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node_config in\nb:node_modules babel\nb:node_modules jest\nb:node_modules material\nb:node_modules node\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none any\nb:none func\nb:none listed\nb:none no\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not run\nb:not set\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not use\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note referenced\nb:note some\nb:note warn\nb:notebook cleanup\nb:notes app\nb:notes html\nb:nothing provides\nb:notice s\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm config\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu get\nb:null 0\nb:null continue\nb:null null\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o c\nb:o compiling\nb:o d\nb:o detecting\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o g\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ h\nb:o_ i\nb:o_ m\nb:o_ n\nb:o_ p\nb:o_ r\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object to\nb:object where\nb:objects annotations\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:oes src\nb:of 0\nb:of a\nb:of all\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of different\nb:of false\nb:of get\nb:of home\nb:of is\nb:of its\nb:of l\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of org\nb:of p\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:on 0\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on dependencies\nb:on device\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on runner\nb:on swift\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:one of\nb:one or\nb:onepager component\nb:onepager onepager\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:oo8i vb\nb:op date\nb:opam 0\nb:opam opam\nb:open deep\nb:open metadata\nb:open protocol\nb:open t\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:operand in\nb:operand with\nb:operating system\nb:operation runner\nb:operation timed\nb:operation was\nb:operation with\nb:operations default\nb:operator hicpp\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or more\nb:or namespace\nb:or npm\nb:or one\nb:or package\nb:or patterns\nb:or plugins\nb:or service\nb:or something\nb:or that\nb:or undo\nb:or use\nb:or windows\nb:order java\nb:order older\nb:order service\nb:ordered fetch\nb:orders git\nb:orders order\nb:orders service\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org example\nb:org gradle\nb:org junit\nb:org licenses\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin refactor\nb:origin refs\nb:origin url\nb:orphan processes\nb:os imported\nb:osv dev\nb:other 0\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output package\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over test\nb:override d\nb:overriding h\nb:overwrite existing\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p k\nb:p l\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p t\nb:p t_\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:p1 r5\nb:p_ c\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package d\nb:package dependencies\nb:package description\nb:package example\nb:package for\nb:package github\nb:package handle\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package level\nb:package license\nb:package license_file\nb:package linux\nb:package lock\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package name\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages microsoft\nb:packages net\nb:packages please\nb:packages react\nb:packages read\nb:packages src\nb:packages when\nb:packaging 0\nb:packetfence go\nb:pad failed\nb:padding spaces\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parentheses are\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser lib\nb:parser py\nb:parser test\nb:parsing a\nb:part of\nb:partition 0\nb:pasha code\nb:pass 0\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:patched versions\nb:path 0\nb:path home\nb:path is\nb:path kotlin\nb:path opt\nb:path tex\nb:path users\nb:path version\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pedantic add\nb:peer deps\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:perf data\nb:performance tests\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php v2\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:pid 0\nb:pin versions\nb:pinot tools\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip is\nb:pip pypa\nb:pip tools\nb:pip vendor\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:planet myplanet\nb:platform deploy\nb:platform git\nb:platform ops\nb:platform satu\nb:platform shared\nb:please make\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins are\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnpm install\nb:podcasting nix\nb:pods 0\nb:poetry lock\nb:policy deny_test\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:pr 0\nb:pr go\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefs manager\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparer java\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:prettier check\nb:prettier code\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:price_cents 0\nb:print 0\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proceed with\nb:process completed\nb:process did\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing wheels\nb:processor should\nb:prod exited\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress force\nb:progress meter\nb:progress true\nb:project 0\nb:project actions\nb:project directory\nb:project git\nb:project home\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project version\nb:project w\nb:projectcleverweb lastautoindex\nb:projects egeria\nb:projects openemr\nb:promise anonymous\nb:promise ensure\nb:properly see\nb:properties of\nb:property colr\nb:property line\nb:property no\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol interpreter\nb:protocol version\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune no\nb:prune origin\nb:pub fn\nb:public acls\nb:public build\nb:public class\nb:publish py\nb:pull 0\nb:pull complete\nb:pull image\nb:pull rate\nb:pull request\nb:pulling docker\nb:pulling fs\nb:pure build\nb:pure kotlin\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py bin\nb:py d\nb:py e\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_restock_adds\nb:py test_timeout_is_retried\nb:py2 py3\nb:py3 none\nb:pydantic 0\nb:pydantic core\nb:pypa io\nb:pypi corp\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python location\nb:python m\nb:python names\nb:python sha256\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q u\nb:qty 0\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue js\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r e\nb:r e_\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r im\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r p\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r retrying\nb:r reuse\nb:r s\nb:r s_\nb:r script\nb:r see\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:range 0\nb:range start\nb:range test\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:rb 0\nb:rb git\nb:rb money\nb:re run\nb:reached the\nb:reached your\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read errors\nb:read file\nb:read more\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:recurse submodules\nb:ref 0\nb:ref and\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refused connect\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp include\nb:region westus\nb:register layer\nb:register passkey\nb:registry 0\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry terraform\nb:registry ts\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:relative to\nb:release 0\nb:release gpg\nb:release https\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:releases download\nb:releases protoc\nb:releases tag\nb:relying on\nb:remaining 0\nb:remote add\nb:remote git\nb:remote origin\nb:remotes origin\nb:remotes pull\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:remove unused\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report ui\nb:reported issue\nb:reporter github\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repositories which\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository codecov\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository maps\nb:repository maven\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request for\nb:request handler\nb:request py\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset by\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolve s\nb:resolved 0\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resolving to\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response status\nb:rest src\nb:restore cache\nb:restore keys\nb:restore v8\nb:restored from\nb:restored successfully\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retrying fetch\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned by\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse docs\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:rev parse\nb:review other\nb:reviewdog action\nb:revision 0\nb:revive exported\nb:right failed\nb:ring test\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root directory\nb:root md\nb:root project\nb:rootdir home\nb:routes and\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs parser\nb:rs tmp\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby json\nb:ruby setup\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules length\nb:rules property\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run bash\nb:run build\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run create\nb:run curl\nb:run default\nb:run disable\nb:run dtolnay\nb:run elm\nb:run failed\nb:run format\nb:run go\nb:run gradlew\nb:run index\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run pip\nb:run poetry\nb:run profiler\nb:run python\nb:run ruby\nb:run rustup\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run tsc\nb:run with\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner git\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner java\nb:runner m2\nb:runner npm\nb:runner process\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs of\nb:runtime test\nb:rust 0\nb:rust clippy\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s 0\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s c\nb:s c2086\nb:s chars\nb:s ci\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s n\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s transform\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ c\nb:s_ i\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:satu platform\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:scikit base\nb:scikit learn\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:screen kt\nb:screens settings\nb:screens vpn\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script returned\nb:script s\nb:scripts deploy\nb:scripts git\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts run\nb:sdk 0\nb:sdk api\nb:sdk js\nb:sdk linux\nb:sdk telemetry\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:second 0\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security cryptography\nb:security implications\nb:security issue\nb:security policy\nb:security vulnerabilities\nb:security vulnerability\nb:see a\nb:see also\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:send email\nb:sensor c\nb:sensor sensor\nb:separate line\nb:sequence any\nb:sequential filter_numbers\nb:server 0\nb:server anything\nb:server client\nb:server compiled\nb:server component\nb:server exec\nb:server failed\nb:server id\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service java\nb:service kt\nb:service not\nb:service notification\nb:service orders\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set n\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:setting config\nb:setting java\nb:setting up\nb:settings screen\nb:settings true\nb:settings xml\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup uv\nb:several a\nb:severity 0\nb:severity e\nb:severity vulnerability\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:share cmake\nb:shared config\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:side of\nb:signal terminated\nb:signal this\nb:signed bitwise\nb:signed integer\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since it\nb:since poetry\nb:sit list\nb:site command\nb:site docs\nb:site packages\nb:site scripting\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size 0\nb:size is\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping git\nb:skipping integrity\nb:sku a\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:socket emit\nb:sockeye image_captioning\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source s\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:sources from\nb:space berui\nb:space between\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:spdx org\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified in\nb:specifiers in\nb:specs 0\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:sr ht\nb:src android\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src blur\nb:src c\nb:src cart\nb:src chapter3\nb:src client\nb:src codegen\nb:src com\nb:src common\nb:src components\nb:src copy\nb:src css\nb:src d\nb:src drone\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src newtonsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src registry\nb:src scene\nb:src scripts\nb:src search\nb:src source\nb:src src\nb:src stg\nb:src storefront\nb:src styles\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable aarch64\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start at\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:starts with\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state java\nb:state run\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdune 0\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stgi 0\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:stored in\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:stream 0\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string instead\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:structure test\nb:stub files\nb:studio 0\nb:studios cargo\nb:style issues\nb:stylelint 0\nb:stylelint formatter\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submodules depth\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:succeeded 0\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:suffixed with\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:sun nio\nb:supabase client\nb:support appcompat\nb:support for\nb:supported and\nb:supported file\nb:supports git\nb:suppress this\nb:sure it\nb:sure that\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svg from\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch to\nb:switched to\nb:switching back\nb:symbol class\nb:symfony polyfill\nb:sync client\nb:sync from\nb:sync is\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t could\nb:t d\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t exist\nb:t f\nb:t find\nb:t found\nb:t from\nb:t h\nb:t h_\nb:t https\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t line\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t o_\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t slug\nb:t state\nb:t t\nb:t test\nb:t type\nb:t u\nb:t wstat\nb:t y\nb:t00 0\nb:t03 0\nb:t06 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t11 0\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t20 0\nb:t21 0\nb:t_ a\nb:t_ b\nb:t_ d\nb:t_ p\nb:t_ s\nb:tabs tabs\nb:tabs ts\nb:tag must\nb:tag ubuntu24\nb:tag v0\nb:tags false\nb:tags prune\nb:take a\nb:take empties\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar gz\nb:tar posix\nb:tar xf\nb:tar xz\nb:tarball 0\nb:tarball error\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target s\nb:target t\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets true\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task_queues 0\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:temp 0\nb:template 0\nb:template ts\nb:templates tests\nb:temporarily overriding\nb:temporary git\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terminates an\nb:terminates the\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform io\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test android\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test count\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test duration\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kotlin\nb:test kt\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test multiplication\nb:test new\nb:test offline\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test perf\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test that\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests csproj\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests files\nb:tests from\nb:tests func1\nb:tests in\nb:tests integration\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than or\nb:than the\nb:thapa wlctl\nb:that always\nb:that are\nb:that does\nb:that is\nb:that it\nb:that need\nb:that satisfies\nb:that terminates\nb:that the\nb:that two\nb:the 0\nb:the a\nb:the ability\nb:the above\nb:the action\nb:the agent\nb:the ammount\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the expected\nb:the expression\nb:the failure\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the hosted\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the license\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the mix\nb:the module\nb:the name\nb:the newest\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the path\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the query\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the types\nb:the update\nb:the value\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:theme kt\nb:theme theme\nb:then 0\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this declaration\nb:this environment\nb:this error\nb:this expression\nb:this function\nb:this functionality\nb:this id\nb:this install\nb:this is\nb:this may\nb:this message\nb:this might\nb:this operation\nb:this please\nb:this potentially\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thread main\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timers 0\nb:timeseries timeseries\nb:timestamp 0\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title cart\nb:title n\nb:title stylelint\nb:title want\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to build\nb:to but\nb:to c\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to date\nb:to deserialize\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to get\nb:to git\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to https\nb:to ignore\nb:to image\nb:to import\nb:to install\nb:to java\nb:to l\nb:to load\nb:to main\nb:to make\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to pull\nb:to query\nb:to re\nb:to read\nb:to register\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to update\nb:to upgrade\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:todo 0\nb:token 0\nb:token manager\nb:tokens on\nb:toml 0\nb:toml changed\nb:toml started\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolchain 0\nb:toolchain install\nb:toolchain stable\nb:toolchains xml\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools py\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace deprecation\nb:trace of\nb:traceback most\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:transport got\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree org\nb:tree sitter\nb:tree src\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trouble with\nb:true failed\nb:true object\nb:true to\nb:true truthy\nb:truncate test\nb:truncate the\nb:trunk and\nb:trusty updates\nb:truthy value\nb:try rustc\nb:try to\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt line\nb:type annotation\nb:type answer\nb:type coercion\nb:type comparison\nb:type error\nb:type generator\nb:type hard\nb:type ignore\nb:type int\nb:type is\nb:type native\nb:type none\nb:type number\nb:type of\nb:type or\nb:type running\nb:type sequence\nb:type str\nb:type string\nb:type test\nb:type u32\nb:typealiases are\nb:types 0\nb:types in\nb:types int\nb:types react\nb:typescript eslint\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:tzst p\nb:u 0\nb:u b_\nb:u c\nb:u d\nb:u e\nb:u g\nb:u i\nb:u l\nb:u m\nb:u memory\nb:u n\nb:u or\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u1101 unable\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u64 can\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu ubuntu2404\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit maybe\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe amd64\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown in\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsatisfiable requirements\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update lock\nb:update model\nb:update on\nb:update or\nb:update the\nb:update to\nb:update xml\nb:update your\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates test\nb:updates tsx\nb:updating 0\nb:upgrade to\nb:upgrade your\nb:upgrading https\nb:upload artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use a\nb:use apt\nb:use compress\nb:use const\nb:use eslint\nb:use git\nb:use home\nb:use in\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:use xexpect\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used to\nb:used typescript\nb:used unable\nb:user git\nb:user home\nb:user interface\nb:userguide command_line_interface\nb:username g\nb:users ankitshubham\nb:users api\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users david\nb:users jonesn\nb:users js\nb:users julian\nb:users kevin\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users runneradmin\nb:users usr\nb:using 0\nb:using c\nb:using check\nb:using docker\nb:using first\nb:using from\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:util concurrent\nb:util is\nb:util java\nb:util test\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rxs\nb:v s\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dockerfile\nb:v2 s\nb:v20 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vars identifier\nb:vec str\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendor urllib3\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verification failed\nb:verification metadata\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version of\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:version verbose\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:virtualenv 0\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:vpn android\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn gui\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w a\nb:w ampere\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want to\nb:want unicode\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning also\nb:warning as\nb:warning error\nb:warning github\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning spurious\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was not\nb:was passed\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we have\nb:we location\nb:we stopped\nb:we try\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were used\nb:werror unused\nb:what s\nb:what went\nb:wheel for\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when the\nb:when true\nb:when used\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which will\nb:while assembling\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will change\nb:will do\nb:will suppress\nb:win2012 x86\nb:win22 0\nb:window mean\nb:windows 0\nb:windows latest\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:with 0\nb:with a\nb:with an\nb:with annotations\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with dependency\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with frozen\nb:with git\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with timeout\nb:with vulnerabilities\nb:with your\nb:within 0\nb:within the\nb:without any\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work configr\nb:work counter\nb:work crc\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work imgproc\nb:work integration\nb:work inventory\nb:work ipfs\nb:work kotlin\nb:work landing\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work ops\nb:work orders\nb:work org\nb:work parser\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work satu\nb:work sensor\nb:work shop\nb:work shorturl\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow job\nb:workflow that\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace geo\nb:workspace go\nb:workspace home\nb:workspace mani\nb:workspace orders\nb:workspace queue\nb:workspace root\nb:workspace units\nb:worktree config\nb:would be\nb:would have\nb:would reformat\nb:wrapper dists\nb:wrapper zips\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x 0\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x test_client\nb:x x\nb:x y\nb:x000001 b\nb:x32_2 0\nb:x64 0\nb:x64 bin\nb:x64 lib\nb:x64 main\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86 0\nb:x86_64 linux\nb:x86_64 unknown\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xexpect actual\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xjc generation\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y a\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:yaml 0\nb:yaml truthy\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yml 0\nb:yml line\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you mean\nb:you missing\nb:you must\nb:you re\nb:you want\nb:your build\nb:your code\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your new\nb:your own\nb:your package\nb:your pipfile\nb:your plan\nb:your pull\nb:your test\nb:your workflow\nb:youtrack jetbrains\nb:z a\nb:z action\nb:z c\nb:z current\nb:z debug\nb:z group\nb:z l\nb:z m\nb:z post\nb:zero code\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zips 0\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nf:0\nf:a\nf:action\nf:actual\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:api\nf:app\nf:apr\nf:arch\nf:archinstall\nf:artifact\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:benchmarks\nf:beringin\nf:billing\nf:bin\nf:black\nf:branch\nf:bucket\nf:build\nf:building\nf:buildx\nf:built\nf:bundle\nf:bundler\nf:busted\nf:but\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:caddy\nf:can\nf:cancelled\nf:cancelling\nf:cannot\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:client\nf:cloning\nf:cmake\nf:code\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:composer\nf:compression\nf:config\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disabling\nf:distribution\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:echo\nf:elixir\nf:else\nf:enable\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:example\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:explicit\nf:export\nf:exporting\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetching\nf:field\nf:file\nf:files\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:from\nf:g\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:git\nf:github\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:gulp\nf:gyp\nf:h\nf:h5\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:import\nf:in\nf:include\nf:included\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:internal\nf:interrupted\nf:ios\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:level\nf:lfs\nf:lib\nf:libfreetype6\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:medium\nf:melos\nf:meson\nf:message\nf:metadata\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mnt\nf:models\nf:moderate\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:open\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:r\nf:rake\nf:ran\nf:range\nf:read\nf:reading\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:release\nf:removing\nf:repository\nf:resolve\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restricted\nf:result\nf:results\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scikit\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:see\nf:self\nf:sensor\nf:sentry\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:string\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:suites\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:task\nf:team\nf:teamcity\nf:temporarily\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:tmp\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:total\nf:traceback\nf:transferring\nf:tree\nf:trim\nf:true\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unformatted\nf:unfortunately\nf:unit\nf:unknown\nf:unpacking\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:usr\nf:uv\nf:v0\nf:v1\nf:value\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:worker\nf:workflow\nf:working\nf:workspace\nf:would\nf:writing\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a4ef43be\nnw:a619\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:abuild\nnw:acceptance\nnw:access\nnw:accessing\nnw:account\nnw:action\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:aspx\nnw:assembly\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:assignment\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:awesome\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b4d9834c2\nnw:b_\nnw:back\nnw:backticks\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:bigquery\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:builduri\nnw:built\nnw:builtin\nnw:bundle\nnw:bundler\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2013\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cargo_common_metadata\nnw:cart\nnw:cart_spec\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:ce\nnw:central\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codecov\nnw:codes\nnw:coding\nnw:coercion\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contrib\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:datatypes\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:def\nnw:default\nnw:defined\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:did\nnw:diff\nnw:different\nnw:differs\nnw:digest\nnw:dir\nnw:directive\nnw:directory\nnw:disable\nnw:disabled\nnw:discount\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documentation\nnw:documents\nnw:does\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:editor\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:en\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:eslint\nnw:est\nnw:establish\nnw:ethereum\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixtures\nnw:flag\nnw:flags\nnw:flutter\nnw:fmt\nnw:fn\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:formed\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:gui\nnw:gulp\nnw:gyp\nnw:gz\nnw:h\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hashmap\nnw:hatch\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:holds\nnw:home\nnw:hook\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:ibis\nnw:ibis_bigquery\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignore\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indexes\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instrument\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:invoice\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:iso8601\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:its\nnw:j\nnw:jar\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:kernel\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:looking\nnw:loop\nnw:low\nnw:lower\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:mhelp\nnw:microsoft\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:name\nnw:namespace\nnw:native\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:ng\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:paket\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parsed\nnw:parser\nnw:parsing\nnw:part\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pcguid\nnw:pd\nnw:pelago\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pipenv\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pods\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:private\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pypi\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:rate\nnw:ratelimit\nnw:rather\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:reassigned\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rspec\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s0246\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:satisfies\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:schemas\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:sensor\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:shade\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:spelling\nnw:splitting\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:style\nnw:sub\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:teamcity\nnw:telemetry\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_error\nnw:test_fail\nnw:test_low_stock_threshold\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unknown\nnw:unordered\nnw:unresolved\nnw:unsafe\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:visualstudio\nnw:vite\nnw:vpn\nnw:vstfs\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:winappstudio\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:y_\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yarnpkg\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a07\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a5\nw:a62\nw:a7aef8b1\nw:a_\nw:aa\nw:aaa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:activity\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:additions\nw:addresses\nw:admin\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:aiogithubapi\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:aliases\nw:all\nw:allocation\nw:allow\nw:allowed\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:alternative\nw:always\nw:ambroisie\nw:amd64\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:and\nw:andi\nw:android\nw:ankitshubham\nw:annotated\nw:annotation\nw:annotations\nw:anonymous\nw:ansi\nw:answer\nw:any\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:appears\nw:apple\nw:application\nw:applied\nw:applies\nw:apply\nw:approval\nw:approx\nw:apps\nw:apr\nw:apt\nw:arch\nw:archinstall\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:arm64\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assembly\nw:assert\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:at\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatic\nw:automatically\nw:automation\nw:available\nw:avg\nw:avoid\nw:await\nw:awesomeness\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b28\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b7\nw:b7c1d6e3f\nw:b_\nw:b_allowed\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backticks\nw:backtrace\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:bats\nw:bazel\nw:bb\nw:bc\nw:be\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:below\nw:benchmarks\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigquery\nw:billing\nw:bin\nw:binary\nw:bintray\nw:biome\nw:bitwise\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bluetooth\nw:blur\nw:bodies\nw:body\nw:book\nw:bookmarks\nw:bookworm\nw:bool\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:bound\nw:bounds\nw:br\nw:branch\nw:branches\nw:breadcrumbs\nw:break\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:browser\nw:brulee\nw:bs\nw:bucket\nw:buf\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:builddir\nw:builder\nw:builders\nw:building\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:buttons\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c1d2e3\nw:c1e\nw:c2\nw:c2065\nw:c2086\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:caddy\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:cast_possible_truncation\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:cell\nw:central\nw:cf\nw:cfg\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:chapter3\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:cinterop\nw:circle\nw:circleci\nw:circus\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cli\nw:cliargs_spec\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:closure\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:coder\nw:codespell\nw:coercion\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:color\nw:colors\nw:colr\nw:column\nw:columns\nw:com\nw:come\nw:comma\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:commits\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:component\nw:component_test\nw:components\nw:composer\nw:compress\nw:compression\nw:compute\nw:computed\nw:concepts\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:considered\nw:console\nw:const\nw:constraint\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:continue\nw:contract\nw:contracts\nw:contrib\nw:contributors\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:converted\nw:cop\nw:copy\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:coupon\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp314\nw:cpp\nw:cpu\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:creme\nw:cronjs\nw:cross\nw:crossbeam\nw:crypto\nw:crypto_sign\nw:crystal\nw:cs\nw:cspell\nw:csproj\nw:css\nw:cssx\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:curl\nw:current\nw:currently\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2c1e0f\nw:d2f6c0b\nw:d55\nw:d_\nw:daemon\nw:daemons\nw:dangerously\nw:dart\nw:dart_web3\nw:darwin\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:days\nw:db\nw:dbkit\nw:dd\nw:dd7935\nw:deadline\nw:deb12u1\nw:debian\nw:debug\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delay\nw:deleted\nw:deleting\nw:delimiter\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:dereferenced\nw:derive\nw:deriving\nw:derliebemarcus\nw:desc\nw:describe\nw:description\nw:deserialize\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detector\nw:detectors\nw:detekt\nw:determine\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:digest\nw:dir\nw:direct\nw:directly\nw:directory\nw:disable\nw:disabled\nw:disabling\nw:discount\nw:discovered\nw:dispatcher\nw:display\nw:dist\nw:distribution\nw:distributions\nw:div\nw:division\nw:django\nw:dl\nw:dll\nw:do\nw:doc\nw:doc_markdown\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:driver\nw:drone\nw:dronelink\nw:dropdown\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:e\nw:e0277\nw:e0308\nw:e0401\nw:e0425\nw:e1101\nw:e225\nw:e231\nw:e24\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e8f\nw:e_\nw:e_path\nw:each\nw:eadcdc7d\nw:echo\nw:edeandrea\nw:edge\nw:editor\nw:efde290b\nw:efe31b98f2\nw:eff\nw:egeria\nw:either\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:emitter\nw:empties\nw:empty\nw:en\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:ensure\nw:entering\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:enum\nw:enums\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:erson\nw:es\nw:escape\nw:eslint\nw:est\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:example\nw:examples\nw:exceeded\nw:exception\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:explain\nw:explicit\nw:explicitly\nw:export\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extension\nw:extensions\nw:extra\nw:extracting\nw:extraheader\nw:extras\nw:f\nw:f1d2c3b\nw:f20260413\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f841\nw:f909ac5\nw:f_to_c\nw:factory\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:faster\nw:fastlane\nw:fatal\nw:fc58aa\nw:fc97a4c5\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetched\nw:fetcher\nw:fetching\nw:few\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixable\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forgot\nw:fork\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:found\nw:foundation\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freetype\nw:fresh\nw:from\nw:frontend\nw:frozen\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g8001\nw:g_\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gconnect\nw:gcr\nw:gem\nw:gemfile\nw:gems\nw:gen\nw:generate\nw:generated\nw:generating\nw:generation\nw:generator\nw:generic\nw:geo\nw:get\nw:get_sources\nw:getaddrinfo\nw:getter\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:ghcr\nw:gi\nw:git\nw:gitdir\nw:github\nw:gitlab\nw:gitleaks\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:goes\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greeting\nw:grep\nw:grgit\nw:grotesk\nw:group\nw:groups\nw:gui\nw:guilouro\nw:gulp\nw:gyp\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h5\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hi\nw:hicpp\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:hit\nw:hits\nw:hive\nw:home\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:httpcore\nw:https\nw:httpx\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic3bur\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idx\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implement\nw:implementation\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:imports\nw:in\nw:inc\nw:include\nw:included\nw:includeif\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:individual\nw:ineffective\nw:infallibly\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inner\nw:input\nw:insensitive\nw:inside\nw:insights\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:inverse\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ipfs\nw:ipynb\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:isn\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:itoa\nw:its\nw:itself\nw:j\nw:j2\nw:j30\nw:jar\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:jl\nw:job\nw:jobs\nw:john\nw:jonesn\nw:jooq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julia\nw:julian\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:k\nw:k8s\nw:kata\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:kiriyaga\nw:km_to_miles\nw:knob\nw:known\nw:knows\nw:koans\nw:koch\nw:kotlin\nw:kt\nw:ktlint\nw:kts\nw:kube\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:lab\nw:label\nw:lambda\nw:landing\nw:lang\nw:language\nw:laravel\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libc\nw:libc6\nw:libfreetype6\nw:library\nw:libs\nw:libtonode\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linker\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:low\nw:lower\nw:lower_snake_case\nw:lru\nw:ls\nw:lspconfig\nw:lua\nw:m\nw:m0s\nw:m104\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malicious\nw:manager\nw:mani\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:map\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:maybe\nw:mb\nw:mcgdiff\nw:md\nw:mdi\nw:mdurl\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:mecho\nw:media\nw:meeting\nw:megalinter\nw:melos\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:metadata\nw:meter\nw:method\nw:methods\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:mif\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minitest\nw:mintimeout\nw:minutes\nw:mirror\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:money\nw:mono\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:multi\nw:multiline\nw:multiple\nw:multiple___\nw:multiplication\nw:musl\nw:must\nw:must_use\nw:must_use_candidate\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:nami\nw:naming\nw:native\nw:native_lib\nw:nav\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newline\nw:newtonsoft\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:odder\nw:oder\nw:odor\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:ole\nw:omit\nw:on\nw:once\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:openemr\nw:opening\nw:openproject\nw:openssh\nw:opentelemetry\nw:operand\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p1\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packet\nw:packetfence\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:params\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pdf\nw:pedantic\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:period\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:platform\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnpm\nw:pod\nw:podcasting\nw:pods\nw:podspec\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:pool\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:power\nw:pp\nw:pr\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:prettier\nw:prevent\nw:previous\nw:price\nw:price_cents\nw:print\nw:printed\nw:println\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:processor\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:prompts\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psr\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pydantic\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qty\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queued\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:rb\nw:rc\nw:re\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readme\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:record\nw:recorded\nw:records\nw:recurse\nw:recursive\nw:redirect\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:renamed\nw:render\nw:rendering\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returning\nw:returns\nw:reuse\nw:reused\nw:rev\nw:review\nw:reviewdog\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:rights\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:roundtrip\nw:route\nw:router\nw:routes\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runneradmin\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safety\nw:same\nw:sample\nw:sandbox\nw:sardonyx\nw:sata\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scm\nw:scope\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:search\nw:sebastian\nw:sec\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secs\nw:section\nw:section_end\nw:section_start\nw:sections\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seed\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:selector\nw:self\nw:semicolon\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sentence\nw:sentry\nw:separate\nw:separated\nw:sequence\nw:sequential\nw:serialize\nw:serve\nw:server\nw:service\nw:services\nw:session\nw:set\nw:sets\nw:setting\nw:settings\nw:setup\nw:setuptools\nw:several\nw:severity\nw:sf\nw:sh\nw:sha256\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:shorturl\nw:should\nw:should_\nw:show\nw:shows\nw:shrinkwrap\nw:shutdown\nw:side\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simdjson\nw:simple\nw:simplified\nw:simulator\nw:simulators\nw:sin\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skip\nw:skipped\nw:skipping\nw:sku\nw:skywire\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:soap\nw:sock\nw:socket\nw:sockeye\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:sorted\nw:source\nw:sources\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spdx\nw:spec\nw:specific\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:sqlalchemy\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stack\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:step\nw:step_script\nw:steps\nw:stg\nw:stgi\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:store\nw:stored\nw:storefront\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:strip\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:stylelint\nw:styles\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:sunday\nw:supabase\nw:support\nw:supported\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:svg\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symfony\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t00\nw:t03\nw:t06\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t11\nw:t14\nw:t15\nw:t16\nw:t17\nw:t20\nw:t21\nw:t_\nw:tab\nw:tabs\nw:tag\nw:take\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tar\nw:target\nw:targets\nw:task\nw:task_queues\nw:tasks\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:teamcity\nw:telemetry\nw:temp\nw:template\nw:templates\nw:temporarily\nw:temporary\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminate\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:them\nw:theme\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tment\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:tooling\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:total\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transferring\nw:transform\nw:transition\nw:transitive\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:trusty\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typealiases\nw:typecheck\nw:typed\nw:types\nw:typescript\nw:typing\nw:typo\nw:tzdata\nw:tzst\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:u64\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu2\nw:ubuntu24\nw:ubuntu2404\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underlying\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unifont\nw:uninlined_format_args\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgrading\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:urls\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:uuid\nw:uv\nw:uv_manager\nw:uvu\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variant\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verifying\nw:version\nw:versions\nw:via\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:wait\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:welcome\nw:well\nw:went\nw:were\nw:werror\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:why\nw:widgets\nw:wiki\nw:wildcard\nw:will\nw:win2012\nw:win22\nw:window\nw:windows\nw:windows2022\nw:windows_\nw:with\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:workflows\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:worktree\nw:world\nw:would\nw:wrap\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xexpect\nw:xf\nw:xfailed\nw:xfonts\nw:xjc\nw:xml\nw:xs\nw:xz\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarn\nw:yesterday\nw:yet\nw:yml\nw:yoke\nw:you\nw:your\nw:youtrack\nw:z\nw:zero\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zips\nw:zstd\nw:zurichsee_ha",
    causeBias: -127,
    cause: '6P8qANv/w//i/+L/LQDQ/8X/z//r/wsAzf8ZANL/yf/o/9D/WAA+AMX/rv+9/9//GQC4/8H/tv8zAAwAFgD//87/u/+z/x8A2//i/9v/w//O/+j/6//Q/zYAuf8VAEwA6v87AEAAKwD5/9H/tf9//xwAzv/Z/8n/FwDZ/9v/4//i/6v/6f+X/8//JgBgAPr/mf/r/9D/IAD0/zcAif8tAPz/lv8tAEsA5/8dANr/KADn/zcAFwAjAML/JAC1/xkA2P8qAOr/6v/G/9v/4v/j/+L/6//H/yYA6//Q/9v/QwAdAMj/7P/0/+b/yv8GABUAxP8eAAUA1/8uAB8AUQAsACEANwBTAB0A4/8xAOL/xP/q/8j/FADW/87/RQA7AGQAqP/H/8//BQBrAAIAsf9VAOf/q/8gALb/EACs/+r/wv9UABUA6f/p/83/tv9iAEAA6P/b/8X/RQD7/2AAuf88AKf/uP+J/8L/IQDn/0EAIQAVAPj/4/8VALD/JADR//j/IADr/yIA2/83AHsAIwDi/zAAIADZ/ycA5v/N/7//ggCG/6//UADe/1b/3//i/5T/HwDA/w0Atf+Y/7v/6f+8//n/LgAyAM3/9/+w/7P/FwDK/+P/g//S/xoA5v9bABwAov/R/7//3v+q/9P/v//T/9j/HwBdACUAsf8YAIz/IQDe/xUA0P8/AOD/6v/k/93/yf/h/8T/3v/d/+P/2//s/+n/IwAvALj/vP/L/yoAy//R/6MAMADD/8X/tP/m/xUAoP8tAGIAsP/R/73/HACW/+7/FADY/8z/t/8mAOr/IAAqAB4AHgAeAB4AKQAQAOD/NwDL/xAAl//T/xsAsP82AD4AKwC1/8//EgAfAN//HwB0/ywAEAD7/7n/MgALAML/yv++/+z/MgDh/yYA2f+x/73/rv/+/8j/OwDP/1wAt//c/+b/0v/d/8b//v8uALz/o//c/xUAHwALABUA4v8wALD/tf+6/wUAq//a/yEAyv9A/yIArP/P/x4Az//A/0QAw//C/9n/3f8VAHj/XgDk/yIArf9YAMn/0//A/y4AZwC6/97/DwDp/1QASQBPACsAFQDp/+v/tf82ALj/2P8hAD4A7P8gANX/6v8tANP/zv/r/7z/qv/0/+r/GADL/8D/0f/T/7D/zf/N/9//AQC0/9j/WgAeAAkAzf+//9X/rf8XAAUAGABz/zoAp/9qAMH/FADr/6j/4f8UAAwAJAAbAD8ANQDR/0wANwA1ADEA//++/3r/2v+v/14AOgArABQAKgCm/4EAMwDq//L/8v+3/83/KABeAND/tf8nAL7/JQAEAJ//2v8kALr/3f+i/xoAz//I/7b/wf/c/w0AFQAWAN7//v8cAOT/FQAfAOD/JQC5/+r/HAAIAN3/EgAVALf/wv+4/xQAGgDB/9D/5f8WABEA0f88AOb/EwAVALT/GAAaAL//vP8nACwA1//r/7//SQAIALL/BQD0/9L/EAAbAMX/5f8VAOf/8P/s/ygA4P/c/5//6v/b/xsA/v8pABYA4f87ANP/QgDs/8P/tP+L/yUA/f82AO7/w//Y/wYA1v/b/+L/IwAUABQAyf8DAB0A1v/L/9H/DwAQAMb/0/9PAPb/JADF/xgAJwAZANf/2f8dAN3/xP+x/8n/yf+n/8X/0P/Y/+b/5f/d/8P/4P8XABgALQDp/8r/qv/j/y0A6v/U/8//xP/P/ywA6//M/77/6//V/9z/z//m/6z/UAD7/9D/7P/s/9n/1v84ALr/ov/o/8z/rP+//+j/6v9HANv/JwCu/9L/GgBAAMf/6f/p/6//+v/p/yMAWgCK/9T/TgAjAEoAMwAsADAAIAAmAKH/KgDT/yUA1f8AAMP/KQDK/03/6f+k/4j/vf/m/87/5f/W/93/KgAZANn/xP/O/5v/vv82AJj/yv81ACsArv/P/9f/2//q/43/z//S/5f/HwDs/xAAHQDP/9n/2P/H/ycAnf+q/6z/v//g/x4AIQDo/9D/6P/S/8//WADF/+z/a/8hABEA/f+9/93/3f8pABgAGADC/xQAAQAUALj/l//e/0IA3v9IANj/FQDu/xQAv//V/+X/5P/s/x0AIADs/+L/KQDp/xsARwAKAN7/GgAWABUA3P/d/xoAuv8pAB4Aov/r/xQA3v+z/yMA4//a/7v/NgCe/ycANwDe/9D/DQC7/zEA1/8FAM7/yf/c/+z/7P8dAM7/r/8XAOT/3v/J/+H/5P+6/1QA2P8hANT/KAAUABQAKADw/+H/FgDw/xQAFwDT/9P/EwDQ/8X/LQAgAOf/FwAVAB0A7P/D/63/0//D/+D/HAAUADAA1f8AAK3/GQDd/7H/sP8bALb/7//q/wAAvf8lAOD/DQAwAMn/9f/5/+j/uP8vACUARAATACgAKAAxACwA5/8iAMX/1f8ZAB4AIgDi/xoAxP/g/+T/3v82AND/NwDS/wcAMABBABQAFADT/xUA1v8cAAEA3/8ZAN3/5//g/+f/HQDT/zcAzP/A/z8AHAAWAN//FADd/7v/KgC+/xsASQDY/+f/GgAgABQA3f+7/6v/FQDd/83/1v+k/9D/KAAUAP3/JAAZABgAFwA6AND/FAAiAD4ARAA3AP//MgDE/+n/JwADAD8AAwAAABYA6/8kANn/6f+2/8v/GwC2/9L/HQDa/5X/PADj/8b/DACG/x0A6v+1/yMAsf+//7r/BgDD/7z/x/+Q/9//l//g/5X/q//o/+j/v/+d/9b/+v8KAPD/GgAkABoAW//h//v/LAAZABkAtP++/y8As//Z/77/LQAlAGv/SAAZALj/FAB9/8j/LwDh/+n/KgDG/77/4f8eAND/tf/s/zoAIQAWACwA4P+8/9j/4/+8//7/2P/0/8z/yv8cACQAg/8dAND/LgC1/53/EwDh/9H/5P+4/7L/3v/r/xwA4//b/8z/HwDi/9v/zv+5/+D/kv+V/9T/yf/s/+T/vf8aAM//1/8gAEgAhf/g/+f/0f/i/+L/tP/b/+L/NQA1AJX/mP+Y/1f/4f/M/97/1v+n/zMAFQDi/+f/TAAvAB4A2/8fAE4A1f8lACMAIQDl/7P/EgAgADIA9v8gAEUAKQA4ANL/JQAyAN3/3v/c/xUAMAA+ACEAIgBDAFgAMAC+/x8A4f8gABQA5/8yALj/wf+6/+j/FgA+AMj/6v8fABkAFQArADYAxf8oADcAUQBWAMX/EAD9/xQA5P+3/y8A7P/f/x8ABABAAEkAPwCx/9f/NADa/7P/+v/T/+n/4f+//zIArP+m/+X/u/+e/+H/7P/Q/9z/TAAYALz//v/G/xwAuf/+/0IAGgCv/yQAFQBqAOf/4v/l/7//JgBKACwA6/8YAOv/+//s/yUAPgAWANT/zP/6/+j/y/+9/9L/if8QANr/5f/k/xQA3v/Z/yUAzv/q/3r/OQBCAMT/5/8aANv/tf/7/zAAzP/L/6X/q//L/8P/vf+5/+r/lv/o/9j/ov8ZANj/pP/C/xEA0/9p/9D/GACt/xUAzf80AB4AkP8oANf/0/8BAC8AFgAOALL/6v8AALj/0P+//6j/AgCo/+v/GADs/8f/FADR/wsApv+9/zIA3f8aANb/4//e/8b/GAAIAMD/oP8wAOb/wP/A/+P/eP/Y/+b/7P/Y/8r/PQAqAC8ALwDJ/7r/LQC+/9L/5P/Q/9P/rf/b/7n/5f/O/zYABwCt/6b/4P84ABQAKAD3/xwALgA6AAIAxP8nAOb/JQBlACUADgC5/9H/tf8UAN//0P+u/yoAFADF/8L/+//k/+n/9v/k/zYAHgDD////4P+0/ysAQwADAC8Azf/P/9L/zP/L/8D/GwDp/ycAvP+F//7/wP+L/6z/0f8jAOf/3//k/8v/vP8uACIA6v/I/8T/yP/S/+n/rv8KABMAJwDT/xIApP+g/xoApv/k/wYAz/8uAAcAqP99/8z/FwDZ/9v/GAA2ADUAFQAFAKf/4//i/+n/LwCb/+X/2v8yABUA+P/f/x4A6P+6/7z/i//o/9X/gf8IANz/2f/K/8//wf9//87/yf/N/8P/1f+c/27/4/+h/8//zv+3/+P/6//e/9T/4v+3/+r/FAAUABQA4v/c/yMAMgAbALT/9v8YACkAGwDT/xcAPACy/6v/PgC//wgAPAAgAIwAFAAhAKf/IAAVABoA4/8aAKH/pP/L/8n/BQDq/6v/wf/5/8n/DABJANj/m/9bABUAl/8TACoA0/8gACEA2/8EAC0AIQCf/xsAGABIAOv/6//f/9X/6f8qANP/r//T/+j/FQAdAOj/6P/b/yoA0P/i/+r/JwAYAMX/1P9DAKT/GgDD/+f/tv8iAKwALQDL/9j/9P8lAP7/sv8LANn/nf/q/8j/rP8fAB0Adf80ANf/KQDV/7n/vf/Q/9L/w/+F/wQA7P8bAPr/7P9SAKP/GAAYAJL/rf/A/+z/1//m/6n/iP+9/+n/3P+y/8r/wP/h/x4AJAAeAN7/HgB4/8f/4P/W/ykA6P/k/9P/FQAXAOn/x/8aANP/4v/C/wgA6P8XANf/yf8eAOj/HADs/+z/6P8bAKD/qv+k//v/aP+s/8j/3f8cADkAPAAZAOz/FQDB/8X/zf/T/+v/xP/S/+r/FADh/5v/3P8XANj/6f/h/+D/0//o/0wA4f/B/xQA3/+p/9//3/8ZACAABQC5/67/wv8fABwANADs/wsAJAA4AEoAFQAmALL/IQDW/wcA5/8cAAQALQARAOr/6v8BAB8AGwDU/9X/1f9LADUAnP/a/9r/2P/Y/7//sf8VAOr/GAAWAOf/MgCS/9v//P/D/y8AyP/Y/93/yv/d/xIA0f/V/5H/5P/A/x4AFQDm/xQAAQDZ/xwArv/F/xQA4v/o/xQA7P/p/+f/JQAFAMT/HACn/9z/1f+7/7//2v/L/+X/5P8IAD4AHQAtAMv/2v/E/8z/2P+4/+L/rv/r/9b/0v/s/yAA3P8FALv/GAAdAAUApf/V/5j/4v+1/z0AFgDc/+j/NgDL/7j/uP/K/+T/3f+6/wkAIwAiACoA0/+n/8D/6P+s/+j/sf+///7/GQDg/9f/LAC6/ycAIwBCACUAGQAxAPz/MQAVACsAHQDS/y0Avv++/5b/v//d//v/uv9WAN//1/8RAL7/EwDr/8b/0v/o/8n/yv/Q/9H/1v/e/3T/uf8gAI//0P8IAAgAxf/e/yMA3v87ALX/GQAnABQA4f8cAC8A4//L/1T/IADG/xwAFQAVANf/HADq/xgAxf+I/xQA2P/d//T/0P8oAEoAFwDh/9P/4f+s/xYA6f/R/xUAGQDh/6b/6v+a/8H/3//I/zcANQDm/yYAFQDm/yoAHgABAMT/MAAmAD0A+f8pACcAJADK/+z/mf+t/9r/SwDM/0AA4v8UAL3/NADq/+L/3v85ABcADgAEAKv/yP9r/8T/u/9AACcA1P/i/ysA6//p/x8ALQDr/6D/HgAHABoA4f8nAOH/w/8jAPb/3P8fAAUA6P/k/xwA3v8sAPb/IgBXABIADgCy/97/xP/e/9P/4v/e/xQAuf8nANr/6P/Y/+T/GAAeAMr/xP/b//r/+v/h/+z/3v/R/+X/5P/s/8D/2P/l/8f/6P8ZAKL/GwAgAMP/6P/W/6v/m//z/xYACAAnAE4Arf/l//v/wf8wACEAFgATACMA0f8wAML/v/++/+r/5//o/xEA7P/j/+b/jv8nAL7/gf8YAOr/JQDY/7//3//n//b/zP8RAIX/zP/V/7D/sP/p/wcAt/89AB4AQv/7/6r/v//r/xwA5f8NAB4A9P/e/+r/ef8kAL7/TwDd/9P/KgBDADIAyf/W/8//FQDW/14ACgD//ygA4v/j/+L/CQDY/zwA4f88ALL/5f8UAM//VAAaAL7/3P/I/xoAuf/a/9z/NQBJAB8A3v+u/y8AFgBc/1QA4P8nANb/2f/J/6X/JgDo/8v/QAAcAOv/4//R/8f/GADQ/87/NwDZ/+n/4f/N/93/4P+L//P/FADQ/1cAKwArAB8AHQAfAB0Asv/h/+D/+/+1/yEAw//n/6//FQCS/6X/3f/a/9L/3P8/AOn/2v/C/+z/FABHAN3/sv8oAMX/7P/e/wsAGAA2AMj/FgAaAN//6//O/zUA6f8YACwAJQB8/xUAIADB/0EA0f/n/xkAGABLAMT/IAAUAAgAQwAWAM7/KwDh/+n/HQArAB8Aqf/J/9n/kf9LAA4AMADn/+L/4P/q/9j/sf+y/+z/6P/C/+f/IgDn/woA7P8XAOz/1v8bAMf/xv/g/2kA3v/H/xQAIACk/+n/7v8UAOn/x/8VACwAHQCt/zcAIgDs/7X/BwDP/8r/6v/J/9b/sf+//+P/6P8VANj/s//j/+b/3/+s/8X/uv/Y/9b/FwA0ANL/EQAmABAA9//3/z4AFwA5AOH/6//H/9T/4f+0/73/2v8kAOL/IQD2/9//6v+1/7r/zP8aALr/xv8yABgA3/+3/+r/6//T/+j/cwDE/6b/3v8kAHb/6P/i/y8A6P/o/8v/6/85AJP/uP/3/xQAIgD2/9L/KQDV/+T/vP+//9//NwAZAOH/KQDr/xwAJQC//9j/LgCb/xUA6f8iAEEAFwAgANb/FgBcAMP/AACt/87/4f8bAGP/yf8UABQAGQAUAAwAxf+e/73/yv/D/xMAqP+g/0QA6P+e/93/qv+x/1//kP/i//3/GAAYACIAjf/Q/zIAGgDd/wQA8P8hAMn/j//T/8n/yP8tADUA//9LAFgA6f+Q/00AFABbAMf/QADu/9j/9f8cAL//FgBCACIA1P8hAMn/V/+5//n/LQDk/+v/3/82AOj/9/+T/y8ABgDC/9j/0f8GANz/5v/m/0EA3/+o/9//KgBNAAwAJABCACwAPgAaADcAUwDp/x0A4//i/ycAMQDi/83/uP8UABEA5/+6/xQAsv8lAOn/5/8cAOH/w//s/9P/JwAUANb/4/8lAKf/JAAVAOL/0v8lAOv/u//T/7j/z/8mALD/zP8ZAB0AOgAWAOr/6f+//xsAOwCn/0wAIADq/z0AGwAbANv/zv/e/97/4f8UAB8A0//s/zcA5f/g/xUAP//L/9X/ef/h/93/mP8YADIAPwAdACUAFQBCAPX/t/+u/+r/3P8bACQA5v9XAOn/kf/h/9P/TwBDAOH/SAAqACkA3f8aAGAAOQDV/9D/IADc/zIAJABCAD4Ax/8jADoABQAIALb/UwDo/6n/HAApAMj/FAC5/8r/+P/b/ykAxP/0/7b/AQAyAL//u/+y/xcAOAA1AEIAPwDR/6wAOgDo/14A6P88ACMAxf9nABMA7P8TAL3/JQD3/+z/MgBSAOH/sP/m/ysAMwAhAGsA6f8oALn/HAAnAFsA0/8LAB0AHADY/xUA3P8lAFQAGABVAGYALwBDADIA4P8nAFMAKABBAAQALgCi/+P/XQC+/zoAJQDn/9X/4f/n/zsAOwDc/z8A/P8JAOb/uP8hADgA4P/z/yUAMQDD/zcA1f/V/7j/sf8XAC4AsP/o/8X/RgDJ/x4AJwBEALD/HAAvACIA4v8JAM7/6v8aAOr/NwC4/yUAQwDW/6j/HgA2ACAAOQA0ACkALQDx/xUAHQAzACAA5f+y/+f/p/+r/8f/5v/H/wYA6f8fANL/y//L/9n/AQAbAOb/CQC7/zwAHwAcANT/6f/K/9X/6P/d/9L/FQAWABcAyf/M/w0Ax/8gAAMA+f/s/7//3v9MAEYAgAAoAIX/IADZ/xcAZACd/20ATABCAIn/VAA/AAEA5v/q/zYAOAAhACQAGwAqAOX/NQAPAJP/3v/m/0IA5/8lACcA5/8AAMz/uf+6/87/IgA9ABcAyP/A/7r/IQAbAPL/JwCp/8r/FADj/yAAtv+1/+P/f/8OAJT/xP8ZAOT/q/8qAPv/wP8xAAYADwDw/77/6v8TANn/FQDp/z8A6f8vAIv/HgDB/xcARQAiAAEAKwDM/ykAxv/B/0AA8f/E/+H/+f+KABwAzP9nAC8AEwA+AB4AHQAUAOX/9P/V/yAAIAC6/y8AJAAVABcAWgBWACsABwDg/+f/EwDp/8H/oP/8/7L/FAA+ADQAHgDB/+f/MQAVAG8A0f/N/7L/2P/j/18AKQDp/8T/GQA5ACgAMwDq/wwACQDc/8P/0//q/zsAwv8LAM//Cv/B/+X/CwAIAL3/5f/n/+f/RAB8/8P/q//F/8v/zv9Y/7n/zv9FALL/4v/M/9b/OQDd/+7/x/8TACsAKwDn/yYAzP9J/83//P8NACYAJADS/+v/wf8zAOL/PQD///D/HQAeADsAq//i/2YA6/8HALv/RwDr/8b/7v+p/+j/tP83AMj/4P82AH7/3P+5/93/IACg/7v/zv+q/wwA3v8UALn/4//H/8X/wP/l/wkAVAAcANf/OgAqAMv/KAAWAGEAPgDE/zIAGwAfABkApv/E/8D/r/+E/9D/uv/V/z0Awf+9/6j/2v+0/7//KQDC/yoAPgA+ADoA3P/h/+j/zv/j/x8AFgAhAM7/FACr/83/zP8eACcAHAAfACYAvf+9/+H/0P8lAPX/RAAWAB8AvP87AL7/2P8/ANz/4f/h/+f/y//r/9z/EQAaAO//IAC0/3EAwP/E/+n/1f8eAFcAPwDh/73/EgDq/+r/GwDz//b/1/8uAEX/5v8cAMT/z/83AOn/QACm/xUA6P8WABgAzv/B/xQAHwDn/9H/xv/d/9L/9v8+ABsAy//e/xwAnf/r/yYA6//c/xQAFwDh/wYAz//e/zEA0f+d/0IA6P8cANz/6v/A/04AFQAFANz/FADN/4f/eQDY/2D/IQAvANv/4f/v/zkA8v83ADoAFwAmABQAHAAnAPb/KABOAMf/3f/K/04AJACp/yEAvf/S/yEA/f/i/6b/KwDP/8z/IQDQ/6L/GQC//zkA5/8cAOb/yP81ABQAq//Y/7T/OQDh/9H/FADV/3z/FQDd/9T/LgDo/8//zf8iAOX/GwC9/xQA6P/l/yoAvP+9/5z/IQDq/yQANAAcAL7/3f/D/xcAzP8UAOL/pP/I/+P/ov/R/8v/0f/q/+n/zf8kAOb/6P/L/yoA4f/S/+H/uf/B/6j/zv8aABwA6P/s/8//5/+8/+L/FQAeAOL/9f8UAEIA7v/K/xQASgDA/0QAqv8fAD8AqP/S//7/0P/W/yf/JAD6/8D/+P/x/9P/HAC//xQA6f/C/xoAyP/L/9H/1P9QABgA+P88AOv/rv8/ABoAyf+8/6b/xf8WANj/4/8YALP/g//s/+z/FwC1/5H/cwCo/7r/q////x8ARwDG/9n/FgAYAMf/5//G/13/tP/D/yQAKAB0/8H/5v/D/x4Ay//R/+P//f+0/6T/BQCt/6r/AwCd/8b/6v8mANb/6f/W/6D/2v/U/7v/2/8rAN//xv/q/9P/4f+G/2D/LAC6/5n/zP/n/6n/FAC1/4H/4P/e/5T/3f/h/tP/AwCR//z/7P/h/wsA4v9LANb/ov/e/xIADAAeABcAFgAUALD/6//M/+r/xf/q/8r/1f8jAOD/0P91/ygABwAUAEgANwAs/xQAqv9B/8P/5/8bAOn/PAAVACMAz/9PAIv/IADW//3/q/8CALP/Qf/w/7v/e//4/xwAAwAUALP/IQAnANX/HQA6ABwAl//1/9j//P/T/z8Azf/s/xoAq//l/+X/0f/g/yAAuf/q/6v/vf/U/+P/6/8bALH/xv/Y/87/p/+1/7r/ov/N/+L/zP8UAN3/OwDI/yoA6f/q/9D/2f9JABgANQDf/+T/tf8QAJ//fP8UAPH/n//Z/zQAnf8WACkA2f8QAO//mv8fAOP/zf/Z/+n/OgDq/9P/0P/i/xUA6f8bAMH/OwAhABwAFQDk/08A0/8uAB4AGwDP//D/y/8XAN3/MgDr/7r/HQABADIAxP8dAOj/IgBOAO//FADi/5r/6f/O/0EAr//g/+X/FgDn/87/HQAdADkA6P8hALX/3//M/+X/1v+a/8T/3f/r/xkAw/+z/+X/4//Q/xoAUwDf/+n/6v8WAP3/xv/P/ywAGwAvAOz/0v+p/+j/zP/p/+L/4P/s/+T/6v/c/9X/JADm/xQAs//H/wgA1v/j/93/+v/d/8//1f/k/9j/4P96AB4AGwDD/4j/0/8sABUAwP8qAFT/KAC3/4b/6P/W/+L/t//Y/+P/6P/o/0EAuP8vAF0At//e/xQA/P8vAOr/zf/1/+T/2P/i/+D/HQDr/yYA4f/N/9//QACR/8T/0f++/9D/GQAtAOb/5/8VAOj/EgDn/zsA9P/F/ycAHADE/7n/KQDJ/+j/DABMAMH/FgDj/xQAHQDJ/8f/6P8UAOz/7P/r//L/zf/d/97/6P/t/wcATQDe/53/0/8NAOb/BwC+//3/2f8mAOz/0f8dANz/w//8/zkAuP8NABUAy/+4/xQA/f8+AN//OQC2/yAA4/9AAMX/FADk/5L/FwBCAD4A4/8UAMb/IAAVACwAFAAOAOT/1f/p/6n/0//K/7L/qf/X/xsA3f/s/7//wv+1/wIA0//I/4z/QADd/7T/y/++/8T/x//L/6j/vf/o/+r/4P/H/4f/vv/F/xoA3v/n/+j/4v/Y/7r/4P+z/wMASgAqABsAyv/k/yYA4f8kAND/4v9eAMz/FgAsAKr/FACc/7n/6//D/7//1//V/8X/FQAmAC8AoP+l/8z/3/8oABoAMQC+//P/tP/o/xgAAwC2/+z/RgC//7b/r//O/+r/JwDM/8T/lv8wANP/IABHAOP/SQCR/+D/5f8OAN//l/8oALr/EgAeADgAkv8kAB8ALwAXADMAu/+N/xUA4f8bAM//MwC//yAAsf8VAOf/3f8UABQAxv/e/+L/3f/e/87/7P/T/wMA2f88ADIAGgAUABQAFwDh/xUAyf8rACwA5v8kABYA7P8WACEA/P/N/5//3P/N/8L/w//k/83/tv8wAOT/6v/n/9P/yf+4/8v/6v+S/7n/4P/p/83/sP/K/3j/RADS/xYAIQAjADYA5P8VAMf/PADc//v/BQDH/zAAGADN/7//IgDV/+b/2v/p/9f/0/+8/ycAMADO/7L/xf8zAIr/2f+k/9z/sv/E/9//zv/O/+L/6//p/9L/LwAnACUARwAyABUA6/8VAB8AvP/+/9n/6f/r/9f/7P/c//v/1v/k/7b/5/88AOn/tv/p/8r/6P8UAN7/y/+2/7L/GwAbABsAyP/p/0IA5//R/x4A3f/m/xQANAArANP/KQDF/+j/KQAWAA4A0P8WAPf/HQDP/9v/5//Y/8//2P/Y/8z/0v/r/xUAvv/A/7j/z/8YAA8ArP8bABoAyP/V/7L/5f8XABgAJgAuADoA0v+e/xsA8/8UAOv/MgAnANv/sP8uAJT/JAASAJz/EwBCANv/BgAfABoA6f/i/x4AIADL/zsANwAvAOH/QAAyALH/LgDs/xIArP8XADIAJQAaABgAyf8VAOr/zP8yAMz/wf8bAOX/FAA2ALj/3v8gAP7/0//A/8n/2f/f/97/xv/c/9z/JAAyABgAIADL/4X/FADc/8j/0v/X/+n/2f/i/+L/SwDQ/+r/4//p/8r/yv/l/xYANgCA/+j/9/+z/x4A6/8fAAEAqP8dAN//2/+p/+j/4P+5/+j/3v/V/6b/6P/s/+f/yv+l/9T/FgDp/63/b/8eANn/v/+Z/6j/tv8WAOP/GgDr/9//PAAZABUANwDg/6z/JQAVABUAFAAUAAUAVwAUADoAFQDn/xgAHQAYABgAOADo/6j/h//O/6b/IAAvAL//9P8bANT/zP8OABsAIwDi/67/1P8XABUA4//r/97/vf/X/xcANwA3ANf/5f8zAPv/6f+1/xoAHQAkANL/NwDN/+n/SQCt/xkA+f9qABsAGAAbAEEABQAvAMz/6//l/zQALwDo/8L/1v8aALP/5f8WAN7/v//6/9X/uP/E/xsAKQAuABIA3P/q/87/OgAVAFcAEwDb/6X/6v8pANv/1//s//T/NQA8AMr/4/8iACQA5P/m/owALwCg/1EA2f/E/x4A1/8WAMz/zP/n/wUA4f/7/6L/GAAXAN7/0f/e/7//wf+y/3X/6//D/xQAuv+y/8n/1f/n/9//NQA3AKj/rv/p/8z/wv/V/6X/MwBDACUANwA/APb/xP/k/8//sv8yAEIAWADZ/1gA3v8mAE4AMACs/9//4f+2/77/5P/U/8z/v/8lAGP/TgDG/xgA6P+S/9r/qP8hACgA6P/p/ygARACo/x0A+f8lAEwANQD0/9//FgAoAPf/w//b/xcAtv/B/+D/uv9BAPT/8P80AD8AJwAUAE4AJQAUACUAJwBy/1QAFACx/97/3v86ANv/HQAUACkAFgAhADsAFADR////GQAcAA4AVgAgAPj/iv8YABgAFQACAN//FQDM/9X/p//B/yQAHACj/yIAmP9OAOz/2f+1/9X/NgDj//T/4f/J/6v/xv/Q/wcAvf/E/97/3v/X/0oA3f/P/xwA2f/P/zIAyv/Z/xQAEgDX/xcABADE/9v/xf8eALP/y/8gAC8AuP/d/4X/6P/g/8X/HQDa/8j/z//h/8P/OQDn/x4AuP8CADMA1v8gAMz/4v8uANP/TgAgAEQAQQDm/yUALgAYABgA5v8WACwAGgAsAMj/OgARAAUAJQAaANz/BQBf/8X/NwAuADMAFAC5/83/2//3/zgA2P/R/7//7P8eAMr/LADT/6H/2/+t/7X/1v/k/ywAGQDq/yAAMgDI/+b/wv81AML/v//Q//b/wv/o/+H/6P9H/9r/ev/f/y0AIQDN/xgA//8cAA8A3P/m/xgAHwAoAOH/t//q/0IAu/8YACAA9f/X/5X/pv+9/wMAmP/p/73/PQBCAOn/4v/a/7T/1v/s/67//P/R/8j/PAAcAMj/4//g/9L/IQBEABYA4P/R/9//6v/k/9D/3f/J/+H/xP/e/93/4//b/+z/6f+f/xQAGgDF/9v/0f/f/xYAvP/U/+z/5//2/xkAUAATABQANACk/8j/4P8pAKT/6/+B/9X/3P8ZANT/kf8gAMn/XACu/+D/z//d/+//NwBQANP/kv/B/wQAgf8wACcAKgDb/yAA2P/g/8X/5//d/yEAYQAFAAUA6P8aAC8ANwAnAOT/5v/g/8v/r/+z/x8Awf/n/8X/MAAkAOD/5f/Y/+T/2/8IABYALAD3/wUAKQDP/yQAmf9GABcAl/8fAAwA1//e/0cA6/8dAB4AJADS/97/HwC8/wMAx//N/+X/6f/m/x8AFgAnAOH/8f9AAN3/OQAeAEQAKADn/xQANAAcALn/LQAhAEkA5/8lABQAwP/6/+n/vP/J/8H/HAAhALb/1f9gACIAKADp/+D/ygDq/8X/JQAUADoANwCs/xsAOADd/x8AQf8fAOz/IgA9AKb/w//J/7T/6f+p/zkAIgAUAKL/6P/g/+r/KwAWAOn/7P87AOf/oP83ADAA0//o/yUAQgC6/yAATQBBACUA+/8kADcAMwAuAPj/FwBwAEIAHAA9ACwASABFADUAIAAbABgAGAArACMAHwAvAEAABADm/47/IgCw/xQAk/+D/9f/5/8VAJz/IADE/zAA7P/J/wMAWQDp/y8ASQAiABoAuf+t/7f/OQAXABQAyf8oANn/NAAiACcAJAAsABoAFAAfALL/uP/m/+X/yv/K/7r/yv/e/+P/5v/f/7r/2P/W/9T/FQDi/9j/5//Y/+j/5/8fAOT/3f8gAPX/zP+j/+b/zf84ANz/2P/o/x8A6P+5/8H/EgAYALz/4v8bAC0AKADV/+L/4v/o/x8A6v+3/ygAJwAxACUAGAA5ACcAFADr/yYA2P+m/ywA6//c/9n/t//h/+L/4f+9/+//7f/j/+P/OwAYABwALQA/ALf/zf8UAOz/KQC4/wUAagCZ/wsAEwAoANL/4f8DAOn/qf/M/0EAEwBYANb/BQDg/9T/6f/p//T/uP/e//X+o/+z/wEAFwAkABcAGwASAOv/vf8DALP/rv+w/8z/r/9WAC0A3P9DAM//CwC//8P/3f/r/3YAc/9N/6b/GwC8/xoA1P+5/xsAGADn/77/yv/F/x4AJgDg/xoAFADd/8D/4f8hACEANgA1ABUASwC0/57/TgBEAD4Aof9AANv/7P8lANr/HgAeAB4AHgDa/9j/s//W/97/yP/K/xgAMgApAAQAzP+1/83/NwAUACUA9v98/xwAJwApAMf/gv/r/9H/z/9ZADEAKQAmABQAtf8VAMr/5/8TANH/5v/G/+X/0v/b/9b/6//h/+L/q/94/9//kv/d/9r/RwCr/wcADwDI/yYAtf9CANP/2P8nAMn/RACf/wgAsP86ACcAIgA2ABcAvP/p/xoA6f9OADMATQAmAMP/BgAJADAAAACs/73/tv/c/+j/xv+w/9f/lv++/wIA6/+B/+H/u//n/+T/u/+h/9//VP8sAOz/6v/C/97/xP/n/+T/6P/X/+j/zP8VAOf/MgApANT/6P+5/+v/2//e/8z/4f84AKr/rv/W/ykAJQAnAAoAFwBWAPb/HADf/5//OwANAE0ALADi/+z/BQAlAEQAKwAXAE0APgDE/9f/LQAkAOf/vf8WAOf/JABvAFIAJwA5AOj/5f/M/8n/CwAqACcAv//u/+z/4P8sACMA0f/g/9f/OACh/9r/BQDp/xgAsv/c/zEAxf/W/8n/v//d/4f/0v+g/7r/IACR/8//tP8XANn/IwAtAOr/pP/W/xoA0f/a/9v/zv/C/zcAzv+k/3r/6P/o/y8A0v/g/9j/2f+x/9r//v/q/8r/6v/Y/yQAEwCC/8z/yv/G/+T/LgDn/xkA/P/e/4P/x//g/4f/wP/N/ycA/f8RABYApv/9/yUAyv+y/4L/fP8yANf/BQDb/5P/9f/6/7z/0P8VAN3/s/8XAB8AYv/h//n/t/+f/8L/nf/M/9j/0f8fANL/1v+5/+z/s/89AAkA/f/T/9b/4P+3/7T/yf9E/zYA6f/c/9z/n//O/8b/JgDW/ykA7P8kAMX/1f/8/0QAGwAbABsAGADU/+v/sf8YAL7/t/8ZAJf/IQAqAAIAKQAfAK//KQD+/xQAJQDl/yAA4P/t/xkAGgDo/+P/KQATALj/SQC4/xoAHAAkAOf/FAAtABYABwD5/8D/EQAhAOz/KwDl/+b/JADp/zYASAA9AB4Awv+8/8//tv8bAOH/AgAbAEQAGwCx/9f/KwAzANf/lP+5/93/5P8/AML/3v8kADEABgAwABQA1f/I/zYAw/8KAOH/3f/2//7/7f/v/yYA6P+b/+f/FgDg/9v/wv8hAOP/GwA9AMP/y/8gACgA/v9k/9P/KwDs/9L/0//+/7X/t//f/8j/0P/g/7f//f/c/zgA2//n/+v/1/8fABoAvP8iABgAMADN/+v/JAAaAPH/MwCd//7/FAAVAP7/JQAaAOz/w/8WABQA0v/r/97/QQAbAD0ACwCw/2MAr/8cALX/KgDo//D/HwAVAN//tf/o/+v/DAAcABQAOwDh/xcA1P+u/zgAw//n/7r/2v+f/6n/2v+4/+T/vv8TAEwA4P+9//X/KgA1ANf/vP/f/9j/xf8cAKP/3f8rAAcA2/8eAOb/uf8WANX/tf81AMT/6f/g/9T/GwAkAMn/2f/F/8n/uf/s/8b/CwDN/8n/OQDV/+f/rf/e/xwAMgAVACoAo/8KAB4AQgDl/8P/zv/V//b/DAD2//v/zP8VAMX/vf8CAAcA3//d/9D/yv8bAOL/FwDT/wMADQAIADcAHgAVAN//qP8FACQA1P8lACUAHADm/3UAQADU/xYAIQAoAEkASQA0AEgA0P8bAMH/FQAiACIACAAeAKP/1f/I/04AFwDi/8P/wf8lACUA3f9c/xQAFQC6/xQARwAlALr/EwDS/9j/6f8WACwAvf+i/xwAxf80AOn/AwDp/xwAKgAdADwAQQAiAAoALADU/z4Awf/a/9r/5P/L/+v/FgBCAOz/2f/C/8r/5f/R/wcAmv/6/77/IAC5/9L/w/+2/77/5f+y/7//6v8uALH/CwDS/8H/6/+t/+P/5//H/zAAMgArANv/9/8SAMP/MwAzACcAm/86ADEA0P/Q/6b/6P9OAMP/v/+0/97/lf+q/8j/VwCi/yIAHAAQAKn/2P8eAKf/FgDT////4f/d/7z/1v/F/6//v/+V/9P/w//f/83/4//Y/9r/3//Q/9//5P/j/4v/HQDn/9X/4v8bAB4A4//p/+H/zv/T/8r/0f/q/97/3P/g/y8A+v/c/+L/MgAyABcA4f8XABwAwP/c/y4AAwAYACgAGgCj/zoA4f/S/8f/x//r/yIAGAA1AB4AHADW//T/q//G/y8A3P/j/+z/pf+2/+n/IADL/8L/4f8WANz/4/85AK3/FwA9ACUA3v8fAK3/af8dAIb/4P/k/9//2f+j/8D/qv8rAHT/z/8MACAAsv8eACMAyv/+/8L/7//k/x4A2//b/6v/JgAXACQA4f/h/xQA/P8fALn/HwDb/+X/GADe/zQAxP8oABgAHQDp/9L/HgAfADEA0v/n/97/IADc/+z/kv+u/9X/4v8VAMX/x/+r/xwAFgC5/xQAGQDj/8D/x/8bANb/IQAYACAAGAAaAKf/yf8bAOn/IADq/+L/2f8aALf/GgAFABQA1v/p/7b/xf/p/6v/1/8sAMz/KACS/7T/uP8hABQAzP+z/8j/5v/q/yYA2v/c/wQAFgDs/ycA0//q/+f/GgCU/8b/yv/A/8r/1//k/83/6P/U/9n/tf8WABwABgA8AMr//f/n/9j/uf+//6//AwDT/8b/m//i/+v/0v9F/9r/7/+6/9v/1v+w/+n/HwCc/wYAIwDh/+r/t/8eAMz/x/8oABoANwAuAAwAKwDo/5X/pv+v/9j/DABgAKv/UADo/wgAHAATAB8Ai/9NAIL/KADZ/wYA3P/Z/7n/kv8NANL/IgDh/4EAe/8cABYA7P8OAJ//0//f/xQAGgDY/6L/nv/c/xEABQA5AOL/7P9QAEkABwAYAOn/NAC8/+X/6//R/yAAwP+v/xwAAgDU/0EA3f/E/7L/vP87ACwAxP8WAGwAcf+b/8j/QgDk/+T/5/+e/5X/n/8ZALn/LgAEABkAw/+s/8L/OgA7ACoAvv/D/8r/HgAUACgAJQDq/yIA4P+X//H/JwAhANz/HgAeAOf/of/q/97/SQD6/+f/2P/L/x0AJQDA/0wAGwDL/yMAQgDc/93/5/8rAOf/lP/Z/7f/FgDO/+n/7f8UANn/vv+9/0QA1//S/xQARQAaAB0AGwDR/xUAVQAyAM3/FAARANf/NwDs/7j/3P/p/97/MADM/87/6f/R/y8AFwDB/zUAJQA4ABsAJwCC/z8A6P/7/7f/TADY/8j/KABEANL/7P/P/zYAFQC6/6T/5P/h/9L/vP/M/+z/zv/j/+j/6P/b/ycAJQAcAB0Azf/D/zQAGQDh/+H/wv+8/y4Am//h/7r/MwAaABkAGADr/7T/yv/j/7P/2//q/7X/uv+c/9H/yf/T/8v/sP/H/yQASQCw/6//0P/W/9T/v/+n/8T/4P/g/4b/3/+m/xoA6v+0/77/xP8gAOX/IgAcADcArf/x/+f/HwAaANH/JgCe/xQAHQAsAL//5v/H/xwAPAA/AND/xf8NAKf/IAC2/xkAMgAbAFUAFABDAMn/2v8nABkAAwAUAL7/FAA+ALz/sP8UAMD/zP/N/97/zf/V/zoAFAAkABYAwv/R/93/3f/E/9b/FACg/6b/0f/k/+X/5/8yAN3/sf/E/97/5//n/8j/5f+v/8b/1P/k/ywA1v+V/5T/1v9OACcAJwAFAAoAIgDA/xsA4f/o/+j/6//R/5n/CADM/04A3f+i/yIANwAVADgAtv+5/7D/AQA4ADMAp//q/97//v84AMT/FwAZAMf/2/8aAB4AeAC9/53/7P8XAAQAJADt/9f/x/9JACIA0P+o/0AAwv+T/57/w/+9/73/FQDJ/67/hf9DACsAFwAYANX/AADY/8X/v/+p/wsAuf+Z/+L/5v8vAOT/6//Y/8z/4v/i/wUAqP/U/6z/s/+9/5j/rf/S/z8AU//r/57/CgDB/9T/GAAfAK//0P/p/5L/GACo/83/5P/w/8z/sf8XALr/tv/b/ywAkf/c/xsAy/9f/93/GgDb/8r/H/8oAOb/FQAaAB0Agf8NAEQA1P8VAN3/jP8bANX/FgCk/87/GACu//f/NgDQ/6b/IgDk/yQA6v/W/+f/KQDB/8L/x//d/8L/r//c/97/6f/H/8n/wP/R/9b/8v9EAH7/n/8fANL/DADI/9j/OACl/x4AJwCe/wsAFgBKAAwA5v+i/+z/zf+1/0EA9P+u//X/3v9IAOD/JAAGAB8A2v/A/73/yP8UADIAJQATANT/cf9AAOL/2v/E/xAAFwApACcAJAAXABkALADd/83/3P/c/+r/0v/d/7n/FwAUAOn/FAA0ANH/4/8yAAkAIADN/53/1P8UACsAFQDj/+P/5//i/7f/2P/E/7b/FADe/yAAIgAZAOD/hP8dADkA3v/A/y4A5P/H/4X/1f/T/+z/y/8SANX/4P/Q/+X/rf/k/93/XgDX/7v/PQC7/97/rf8rACsA6v8cAHT/wf/b/+L/GgAwAAwANQAOAJL/CQC+/6j/7P8zANb/AwCh/xkA8P8zADsAvf/N/+n/wv/F/xkA1f9FAOr/1v96/xUA3v/X/ycA0v8YAJL/NwCv/8P/6v8dAMX/3f8kAL//x//N/+f/PQAaAO7/GADD/xgAFgDD/9X/JQA2ADgAWADo/yMA1v+Y/3j/1//I/7n/UgDW/9H/uv/W/6X/ov/p/97/hP8iALn/xv/i/8X/w/+3/+n/3/+Q/7n/wv+9/67/2P8qAC4ABQDm/1gA7/8jANb/PwDm/+z/5v/X/xUA0P9IAMf/QgDg/8P/2f/c/x0AGQBD/9r/LgAdAMT/x/+8/7z/yP/l/7P/2//P/7f/4P+w/6z/xv+8/0EAMgAyADcAAQAXANX/SADF/zQAHgAZAJL/7P/n/xoAGwA/ACkAGwD9//7/JgAYAD0AJABHANj/1f/e/+v/GAAyAC0A1v/e/wgA0v/L/8z/NwDZ/83/zP/4/9L/nv/p//7/1/8pAMP/v//7/yIAxv/u/zUA9/+f/8L/3f8UAPz/3P8gAEoAov8iAOP/GgDe/zoA3P8VAAQAXwC6/9r/XgAWABoArf8UAMX/sf/L/ysAGADD/xcAq//E/xYAFQCz/9b/LwAdADMAagAnAAcAHQDC/yYAMAAsACwAy/8UALn/KgAVAAkAHgCs//r/zf/s/zcARAAFAEwAXgAuAGEALQDb/9j/HgATABQAJwC3/8j/tf/g/x4AGgD7/ycADwDn/zMAAQAFAN7/9P8tANv/Qv8YADcAFADD/73/EgC7/9b/KABTABYAkf9CALj/KwDc//3/MgAUACQAFACh/xoAMgDg/+n/wf/j/8H/v/8UABwAFwAwADAALwDs/yQAKAC5/9f/xP+t/8z/PQCi//b/4P/c/+n/pP+L/7f/6v/p/7f/3v/J/wYAXADd//L/s//e/9X/LQDZ/8T/FgAsABUAq/+F/9n/y//d/y4A0/83AMP/OwDT/8D/GgC6/+H/yv+k/6v/2/+p/xQA7/8YANn/4//e/97/6f/L/9P/EwDa/+D/0/8NAOj/uP+m/6b/3v/f/43/vf8bAOP/2f/Z/9P/PgAYANH/4v85ABoAxv/W/+H/MADW/9L/4f+5/+L/x//C/8v/GADD/7X/xf+k/7n/HQDh/xUAEABgAMj/GwAbACEAFwDX/+v/GADs/9v/MAAwAB4Axv86ADUAq//p/0v/tf8ZAOX/2/8xANj/z/+7/xUA6/9PABUA6f/S/9r/of83ANX/3P83AMb/nv/F/9b/uP8NAOj/3P/J/+D/zP/L/8X/4v/o/zYA5f+7/9T/FAAFACcAbv9JALz/6f+c/+T/s//S/7z/1//z/xUAJwAtALb/of/M/+X/PQDq/9n/FwAVAAsAMADO/2MAGAAfAKf/KQAJABEAzv8rAAYAFgAUACgA4f/+/+H/4P/Y/1cA9v/n/8r/7P/J/+f/QwDh/9T/4f8rACUAQgAEAOH/JgAtAE//5//p//f/9P/E/yEAsP+x/wcAJAAXABkAv//s/yAAzf8nALb/FgC9/9P/zv/r/7z/qv/0/+r/GADL/8D/0f/T/7D/zf/s/9X/pP+u/9X/2P/Y/7n/5//R/3z/6f/A/zwADwC8/7n/vv/k/+D/0f8VAOr/5v/n/7D/GQAaALr/6v+d/xYAv//h/ygA0v/h/+H/3P+s/0P/if8DANr/HADf/xoApv9e/7P/vf8vADEAwP8XAN7/s//X/8v/HQDY/+z/7P80AAIA4f/E/w0A0v8kALH/xf/q/+j/DwApABQAKAAwANj/x/8XALT/rf+y/yEARwARAOr/3//f/67/0/+2/6//HAC5/9//rf+r/yEAHADO/xgApf8gAKX/s//o/+j//v/9/8n/1f8LAKf/YgApAMP/y//U/63/av8hAMn/vv/H/zsA4P84ADIAIgB0//D/VwA4AF4AIgA7ANn/4v9TABQApf+r//7/zf+q/x8A9//M/8v/1f9gAKf/EgAbAMX/uf+H/87/BAAbAF8AFACY/+D/IQDR/y4A/P/W/9H/o/+6/zwAMwAGAMD/EQAJAAUAPP8BANj/NADG/+T/vf+c/9H/NQDA/xgAy//j/wYAEQCP/7P/rv/a/wkAkv/S/xgAr//p/+X/3v/3/+b/BQAEAOf/IAAYACgA9f+i/x4Avf+S/7n/tP+3/+b/GAAbAOD/KgBDAOT/OwDS/8H/PADo/6b/z//V/8X/o/+1//3/OAAXADUAGABhAMv/rv/a/5L/6f/e/7r/uP8XAC4AGgDn/7D/0f/g//T/MAAeACQA+v8DAAEA1P8VAPL/6/9LADQAGADH/yIA/P/D/9H/5v8MAAwA3f/M/x4A7P87AJj/vP8tAL3/DgAWACgA9f/f/zIAHgAcAMj/4v8nAO7/HQC//8j/OwAOAOX/0P8KAN//uv+I/7L/zv84AOv/IQDm/5j/KAAXANf/0v/b/xUA7P/p/7//pf8pAOj/KgDL/8b/IAA/ABQAJwAkADQAJACt/xYAt/+z/8//JgDs/7b/+//t/6z//v86ANn/4P8KAAgA/P+U/8v+pP81AIr/IgA0ALH/nv/p/xYALAAyACcA6v8yAOb/CgDC/93/PQD//97/KAApAOf/1//p/zMAMwDh/zAA6P+4/xsAQgDL/+z/6f8bALT/QwAcAN3/vf8BACYA6P8XACcA7f8KALz/HgDS/+D/FgDS/+b/rv8uAOL/RADG/yYAHQC7/y0AKwAbABsAzP/R/7v/qf8eAMP/HgA8ABkA2P/X/30Ayv+2//L/xv9CAOv/4v8xADwAzf+y/8//5v/O/+v/0v/M/y0AFQAcADAAHADs/zMA0P+n/wIAJwA/AMf/VwDo/zEAFgD+/z8A9v+4/yoA6f8NACMAMwAgAOr/QgDg/0IAGADF/xIA8P8VANX/x//B/6z/HQANANL/KwDp/woA8f/8//v/+P8aAD0AFgDn/zQAu//8/y8Aof8jAAcAwP8sAAMAHwAUABAA6v/N/zYA7P8fAPH/6P89AOv/2f+7/xcAMAACACEABgDW/yQAMADI/ykATwCz/+X/yv8vAK7/t//M/00A6v8ZAAYAJADl/9n/n/+4/z4AyP8uALj/JAAhAEQA2f9LADEA6v/O/5T/6//F/93/0v/H/0IAuf83ADMA5P+x/xgA1P8WAE8Az/8cALz/TwCU/87/yv/p/6D/zP8xAOP/o/+7/8v/7P8XABQAwv+//9//GgCs/87/qv/M/9b/jP/n/+b/3P/I/8P/IABqAEMAPgDZ/xYAFgAfAMb/xv/i/+n/5v/W/9b/4v/k/xAAFgDo/9f/wP+2/8T/4/8IABYAMAAUADAAsP8pAOb/LQDg/83/KQDc/9L/6f8cAPX/tv/B//3/ov/R/+D/vP/g/8z/u/+4/8X/NQAvAFz/MgDp/z8AGwAWAAgA1/+4/xcANgAUAEEAIgAVANP/FQABAMD/FQAYABsAFAAXAOr/5f8cADv/9v/s/5j/AwAfAKn/1P+6/yAAsv+c/yIAJQDE/+P/0v+Z/6v/EACs/zUACwCO/wAAKABDABQAzv/d/5T/MwAGAB8AFwAXANv/GwDd//b/IQDn/+f/IQDn/7n/LAAUAL//pv8cAOL/4f8UAOL/4v8dACgAJADP/xkA0/8gAOD/MwDF/7n/0/9kAFUA8//h/y4AGwCW/0IALAAtADkAOQAVABwAGwAhABoATgBEADAA0v/a/w8APwAVABUALwAdADcAFgAmAEgAMAAvADsAHADk/xQAFABGAMn/JgAXACUAe/8cAMv/2P/Q/+f/GADQ/+H/l/+R/wQAGgDm/xgARAAsABoA0P83ANn/AwDn/0MAtv82ACwAMwAjAFQA3/8xADIA4P+5/+z/7P/g/7j/GwDT/xIABwAlAHv/5f/T/+r/+//n/5P/yv/a/9X/x//i/73/1P+r/xMAef+s/ysA6/8vAMP/HgArABEA6f/7/ywAMwC2/8H/5v/g/+P/0P/p/xQArP/Z/8j/1/+6/zwAMgDn/xgA4/8lANj/JQDq/+r/MADf/y0Atv8eAM//tP/L/+n/7P84AOz/NgDk/yEA6v/E/wcAMwAjAAQA1P8VAIv/zf/X/+T/xf8FAN3/FQDe/9b/yf/j/z0AGADi/8T/6v8WAAcA1P82AOD/1f/s/8b/OgAhADYAzP/f/9b/6v/T/5X/4v/f/+P/EwAcANj/uv+v/8f/6f/V/87/HAAbANj/vv/m/8X/ov/Y/+//1/+//1IA3/+p/6T/p//g/8P/q//R/yYA4P8cAOv/nP/a/zIAoP8YAMz/u//R/+H/v/+E/7T/4P90/+v/zP+2/8j/x/8NAMv/yP/o/+v/zv/i/xcAuP8zABUA2/8DABsAxP/o/xsALAA5ACkA1f/4/97/2f/q/0AAMADd/+n/LQDg/wUA3P/v/w4AFQAhACsAFAArACsA3f/p/w4A6f/N/6z/5////zwAv/83ACsAJAAWAKv/3f9J/zMAs/8sAMH/pv+j//P/XwDN/zQAGADi/97/k/81ADUAIgDp/+T/NADe/+T/6f/P/+j/u/9ZABwABgD7//r/4f/o/xkAwP/q/7H/2/+3/xQA5P9HANz/7P8sADMAUAAhABkAGQAYAL3/IQBZAFkA2/8TAJP/1f/d/+P/RAABAEoASgAgAB4AIwBkABQAMABCALv/w//d/xkAGAAOAM7/BgDh/00AEwAfAM3/l/87ANv/uP8qANb/0v+3/+r/CQAsAOX/HADS/6P/SwDl/+b/rf/s/xsAvf/s/+z/2f84ABUA2v+7/8b/CQDn/1oA4/+s/0wAEABR/+v/7P/d/zYAGADo/yAAJQArADYA9/81AMP/2P+n/8//2P/Z/+n/OgA5ADoAyP/L/8b/0f/r/9P/SwAiALD/zf+3/9D/x/88ACgAIgC7/0gAjv/P/yoA7f8gAOr/IwBHAKv/3//s/8f/yf8qANL/GwDG/wkA0f8LABUAQAApAOf/AQAcACYA6/8oADUAvv+l/0wAyv+0/woAUwDZ/zcAFgBGABYA8v/I/8n/wf+f/xAAIQAhANr/XgCZ/+r/KQDr/+r/5f84AML/w//j/0sAmf8eAOX/5f+8//3/7P+S/x0AAgAxABcAJQA9AKD/GADm/9D/8/+w//v/NwD6/6b/6v/V/83/t//F/+z/zP8qAOX/1P/N/8P/1f/2//r/9//r/yAAPQDv/zAA6/+x/+T/7P8cAMj/IwDn/+L/1v/F/8z/xP/g/+D/BACx/6f/yf/R/7P/0f/c/8j/1v+//7P/9//e/9b/yf/T/+n/uP/F/73/4v+t/8L/3f/h/0AAuv8DANn/3f/r/9b/zP/D/+H/tv/D/xsA0/8WAMD/IgCY/+L/5P+8/ycAyv/W/9P/rP/q/9P/wP+//wEA0f/V/+j/vP/v/8L/LwDW/7P/1//l/wcAz//M/87/u//P/8P/0P/Q/xAA3//m/3H/of/i/4b/1P8oABwA6P+P/0cAp//G//3/5f8FABcAGAC//+n/yv84AAkAagDi/+X/wP+h/+P/7P/G/yUAFgAbAN//FADa/7f/IQDR/8v/3f8RACwAqf9WACkA///f/93/6f/A/6D/8f8kABQAGQCm/83/4P/r/9z/5/8xAAwA6v/E/+b/GgBSAOn/7P/n/9D/w//s/+j/HwDp/8P/y/8nAID/FgB4/4UAw/8wAB8A3P8iAFD/qf+w/7f/JQAlAC4Ayf8tAJj/5f/N////7/8UACIAIwDW/8D/1f8BALn/GgAlADAA6//Q/xUAVAAeABQA4v8oAOz/4/8IAOr/xP/Y/9D/GwD2/+z/BQAZACIAof/U/8b/1v/l/+f/5v/f/6X/1P8RAFr/tP+//1oA+P/8/4L/qv9r/xkAmf/K/8//0f/B/0QAq/8oAJ7/MAB9ANf/l/+D/6D/d/+8/57/of9r/2MA7//N/zQALgAgAMj/QgCY/3D/AwDP/xgAtv8XAJT/6//f/yT/t//d/xQACwCr/z4AVACP/2AArP8YABgAKgB1/2L/kv/d/+b/y//R/2P/rv9LANT/n/+T/2z/NQC2/6P/IgD///v+uv8SAEgA/f5v/5b/y//E/6b/pv/I/z0Abf+2/0AANABn/yMAKQBFALr/vv/6/0YAZP+k/xYATP+//5L/KADC/7v/mP8XAGb/t//I/1gACwA/ANb/1f+l/63/rv+S/6z/xf8//z8AJADG/+f/FgAZAPX/OgD3/10ADwA1/7f/BACO/4//BQD0/7//sf+O/4b/3f+u/zwAcf/S/zEAw//D/0YAFwBCADgABgCV/6b/zf90/zwANwAbALv/uv+7/6T/+/8kAFoAsv8kAP3/OgB5/6L/AgAfADsAHv9j/87/w/8SAM3/Yf8pAMP/uf+//yYAuv+8/ysAnP92/7v/7//k/1b/0P7y/zwAxf+h/3X/cwD6/5r/Yv8JANX/1f8CAK3/fP+p/4L/0v81AN//qf8eAOT/BgC1/33/mv8QADr/xf/g/3oA0f9U/+P/MAAvAHf/0P+G/4P/n/90/3b/1f/G/97/4f/7//X/sP9w/5j/MABc/2f/6f+s/8j/1f97AHL/zv/E/+j/lv+D/x0AGwC8/47/nP9E/73/xv/C/6X/pv9j/ykAEwAgALH/2v+m//z/lf9GAMX/HgC+/6f/r/+2/6T/JQCu/9D/tf+T/8L/sv+j/zwAuv+6/5v/v/8HAOj/Qf+R/zgA6v8+AEEAFADk/yUANACa/73/ov+r/2UAaADd/wQAW/+k/6b/q//7/2n/NgAMAGb/AADD/5r/nf/G/3H/1f9EAFsAM/8HACEAZP+1/x0AwP8iAJ3/9P+Z/1z/8P/e/67/IgCk/8v/vv/R/6P/pv+2/27/m/+E/x8AI/8tAKT/mf+Y/1n/bf+6/7P/DACr//j/vv+J/8L/s/+5/xgAi/+S/9r/p//b/9b//v+g/3n/fP98/6H/EABIAOf/JQCq/8f/GP/U/7b/i//1/+L/3f/U/5L/pv+y//b/wP8zAI7//v/y/7T/qP8XADoAiP88ACr/X/8G/5X/i//p/7//r//N/8n/rf90/8H/yv/Q/57/dP8ZALv/e/94/5n/rf99/3X/Tf+f/8b/6/+G/3X/nv8iAKL/IgAaAJT/AwDX/8r/7P8JAHf/0v9K/9L/kf9d/6v/T/9n/+T/wf/D/6//AgDR/6r/sf+7/zoAR/+u/67/j/+G//3//P+c/7P/of/6/+z/LQCu/0IA5P8CAN//xf9VALX/DwDR/xQAlP/o/x8A9P+3/5z/ov9DABMA5f8DAC0AyP8bAMv/7P+o/8z/LACh/7n/o/4sAKT/sf8xAKD/qf8XAAgAnf96/67/rf/p/wAAn/99/5z+OwDz/6n/LwA5ADEABwDC/1AAzf+f/9P/9v/E/9P/jf+R/8L/DQDs/zYA4P/4/kj/if8aABIARwBEADsAJAC2/6D/jv9UAFz/kf/D/zMAhv+b/7v/k/+r/10AWv5T/9T/l//+/2oAu/8QAMv/MAAIAKj/7v8FAKX/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/zAAwP90/5P/3v/vAKYADQAnAMj/5P9m/7T/tP8FAEEAL/5JAIsAvv9pACYAjP8IAKD/GgBq/xkADAAOANb/2//D/+L/4v9EAM3/LQDQ/9f/HgAUAML/AwAdANb/5//R/w8AggD3/9P/NAD2/yQAxf/g/wUA6f/E/9n/HQAsAGD/5v/l/9H/yf+q/1QApf+V/7T/FAAiADUAAgDN/5j/+v+o/33/RwDf/+r/6//6/9P/2/8+AE4Apv9ZACEA1f8zAPz/5v/O/+X/1v/d/yoAGgDZ/8T/vP/W/77/1f+C/z0Ayf8hALf/0P/o/3H/WAC7/+D//f95/zEAGADE/+n/3f8VACEA4f/a//r/BQAPAMz/+v/N/67/FwDn/xgAFAADAEAA2//d/7f/BAANAFQADADx/9T/+f/F/0sATgA6AEQAEwCE/ygAEgD7/yYAFACi/wgADgDC////q//Z/zcA0P8FAKT/5P+o/ygAFAAfACIAJwApAMn/sv8nAAYAHADm/w8A3P/Z/+n/zP+2//3/Vv/7/9P/4v85AKn/7/8kACUAQgAUAFH/fP/6/9b/0v+7/7D/zP+q/yEALgC+/wsAvP/F//r/4//b/8z/DgAfAOL/KAAGANv/w/8oAM7/6P/i/97/v/+y/+b/4P/Q/z8A8f/5//L/v//V/6T/2//f/xAAvv8IAMP/JgA/AOL/NgAnALr/AADq/zYA1P+M/8X/8v/9/+n/7//k/7f/LwAUAGAA3/8YAPf/QAD8/yIAGgC5/9L//f8aADgAPQCy/xUAbADR/yMA6/+0/8D/OADm/67/6//7/+z/AAAlABYA0f+s/6P/lf+F//j/yv/A//r/wf8YABQAMQDU/97/2f8lACMA6v/5//P/cv8mAOb/HAAfALr/HAACANH/tf8XAOL/yv/k/9D/tv8TAJX/qf8LAD8A4P+x/y0ADwArAAAABwDD/+//uP8VAC0AzP8XANn/2/+c/ykADADj/+L/q//J/+n/TgDD/wQAm//o/7f/4//f/+P/zP8UANX/4f+9/xMAEgDf/3n/IABXAKv/PgBoABoA4/8aAP3/JwBU/zcAKgDT/wwAo//9/8j/6P8uAOH/IQCn/4//GwDf/0gA3/8wABMAmf/N/yAAHQDn/6v/1v/B/yoA0P+//97/3v/h/xsAVACs/+f/4f8hAMj/HQDz//f/7/8bAA8A3f/e/7j/yv/6//X/LADa/6T/VQCU/8f/4P/W/x8A2f+h/+//3f/C/wgA6P8mAOL/4v/Y/63/6P8nAPz/rP8OAJb/4v8uABUAj/9DAAMAmf9MAJP/t/+f/9//8/8dAOn/4f/1/9z/v/8cAEwANAAtAC0AEQAEAL3/i/8BAB8AGwARADYASwD4/zUAjf9p/7r/2/8VABgAAgDn/zkALADi/+f/yv/k/93/uv8JADsA/P9XAJf/v/8cAP7/1f/g/9f/XgCs/9b/OADs/0YA0/8eABQAAwCx/+L/sv+L//7/wP87ADsA6/8GAMv/3P/G/ykA//8VAMX/8v/X/7X/IgAeAKH/1v+e/67/oP9mANb/3/+y/8j/IgAqAAQAKQAnAN//rP9a/+n/GADR/zQATgD6/9T/3v+j/6j/2f9PAIv/7v8MALz/2P/Z/8n/5v+s/9H/WwDW/+v/EAA8AAoAyv/8/wUAqf/o/6n/LwATAN7/JwBXAPr/of/e/5X/8P9PAJ3/iv/o/+j/2P8JAL7//f/l/0sAAgCg/8T/4/8bAMX/bP/z/xYA7f8nAOP/+/8hAA0ACgAkAKP/4f+//6X/o//q/6////+g//L/6v8VAL//3//n//3////b/ygAwv/i/+P/4v/r/yQA7/8tANH/z/8OANn/t/++/5v/4P/W/+7/JACY/xYAFQCX/9P/tP+d/xoAy/8DAOD/UgDr/+D/vf/q/8P/0P9rADoARADW/7v/u//O/+r/vf+k/9D/rP8cANH/xf/s/6b/4v/w/8z/wf8WABoAo/8hAJz/NQAIAC8AIAAVAB8AyP89AJb/9P/w/+D/GwARABgAxv8EACIAtP/a/y0A/v8gAJv/uP+x/8X/yv92AJn/IgAiAAMAAgCu/8X/rP/M/xgA2P+l/+P/5v/f/6z/xf+6/9j/1v8VAM7/GAA0AM//MgDP/0MAJwAHADkA2f97/73/9P/D/93/DAC7//7/XgDI/53/NAAPAKz/tP/E/0EA6P/r/9T/3//o/8D/8/+4/xAASACx/0MAHADx/xsA/P+t/7L/zv+4/9b/BAAUAAUAxf/e/yT/uP/3/9L/MwAYAOn/IgCN/5r/MgDd/wQA/f8YAA4ABwAdAI//h/8sACIAIQANACwA6v8hADcAUwDp/x0A4/+n/ycAMQBKAOL/CQDp/+v/xP/p/+z/CQAnAMj/FADW/+P/1f/O////EAAkAJb/FQDi/7j/4P/r/6f/pf+5/9r/PAAAAPb/4/+o/9D/t//D/2EAEAAgANf/hf89AMz/2f/i/7j/zf/Z/x8A2f/4/+z/hP/T/8T/p//6/0gAGAAnAAcARwA2AGMAMQDl/7f/t/80AFIA/v9oAML/5//M/5v/1f/6/7b//f+u/yAA+/8xAKr/CgAkALH/uv/L/7X/zv/n/6//IwBAAAMAnwDn/7D/lv/R/73/2v/I/8v/zv9WALv/EQDd/97/0//l/9T/6P88AOz/0f/Z/zIASgDn/9z/8f8sAPD/GAC7/zIA0P/p/yEAKgDq/53/EQDS/zQAmv+R/7//7/+s/+r/wv82AF8Asv/p/z8A6f8vANb/8/+iAN7/1//X/ysA8P/j/9f/vP/p/+j/FwC+/xkASADW/9T/AwC7/xQAOwCy//b/oP+S/9T/uP+q/6n/7v8sAA8AFgAnAOb/wv+5/7P/wP/d/x8APACO/x0A5f9h/7//KQDB/zIA3P/h/+v/zP/p/6L/v/8CAB4AGgDx/wEAJgC6/73/4f+2/zkAHwC8//r/2v/L/xoA2v8NAOb/n/8BAOH/DAAkAPb/wP9OAB4A+f9GADcAIADb/y4AagDm//3/4v8kAM7/BAAeAJj/IADV/x4Adf+i/7b/0f/q/x8AxP+Y/xkAwf+U/8T/z/+t/8P/vP+9/xUAKgBqAPf/wv8gABoAw//2/87/TgAYAPj/aQC8/1oA+f8aAL7/df/U/xwAGQBsAAcAsP8lAO7/u/8eAAkAtP/L/9H//f/i//f/GwA4AO3/JwAUAI7/h/8MANX/BwAoAC8A8f/0/xQACAAgAMz/EAAnAO7/HACX//H/w//N//7/r//l/8z/FADd/zsA//83AOn/0/+3/xUAGAAVANv/tf8EACMA4v/N/9//HgDZ/9P/6f8rAKv/OADi/x4A2f/2/83/p/8HAJj/CgDm/0UA/P+9/8v/6//V/y8AJACk/xgAHAApABEAw//B/xwAOQDo/yEAxP+//2sAuf/Z/6//FQDS//3/HQDP/zwA8f/S/zD/o//F/9X/GQDZ/+D/TQAGAP//9v+z/+P/zf/o/0EA5/8qAD0AFAAJAO3/vv/Q//f/6//c/9j/sf8dADkAQABJAMX/BwBYAOP/NADG/0YALADP/+D/g/9AANf/iP9T/xoAAADc/+f/CwAEAJ//5P+S/xgA5f/R/wwAFADQ/67/nf8mAJr/GQAtAP7/c/+7/87/2v/p/5j/LwAvADsAGgAUABcA4f8VABsAJADR/+z/FgAhAMj/1f8MAMj/hP8NALz/pP9n/0QA4/8VACEARgDN/zYAyv8wAPv/xf+1/7f/FAA0AJj/FQDr/wMA7f9K/+n/6/8VANf/0/8JADIAyP/E/6b/t//b/x4Aof8UAF0A0//9/ykA2v8KAMz/HgDr/wwA8//+/9H/zf/h/0AAMgDO/6r/OgDd/zIA3v/5/3b/2v/6//D/IgD8/9//3/+o/7P/8//p/8r/yv/n/+j/nf+5/6H/6P/n/9X/of/H/+f/lv/o//f/4/8aACgArP/3/ykACADh/xgAHAAYADgAsP/e/xgA4v8OAFMArf/i/wwAMwD7/+n/jP8jAD8ALgDS/xcAowDm/+n/SQCg/yEAAwDp/4v/AAD5/2D/GwARAMT/FgC0/7j/DQAeACwALwDX/8H/NAAgAJf/GQAZAMH/yv+a/+b/GwAPAMj/0f8fAJf/AQBLAM7/tP/Q/9X/KwC2////x/8DAPj/pf8HAKH/o//M/7//JQBj/wAABwAUABMAqv/m/0EAdgAlACsA4/8UALT/ov9VANH/PAACAOz/3P/h/xUA1f+N/8j/9P/v/73/8P/f/zIAyv/v//v/GwD//7//DADb/8//HgC2//n/p//V//7/rv+1/9b/+//3/00A1P/r/xsALADO/7X//P+6/9H/v/8DACkA4P+3/63/tf/W/0YA5P9mAOb/HwAyANX/p//C/y0ABQA/AOD/yv/q/+T/0P/d/8n/4f/E/8f/3f/j/9v/7P/p/wQAt/+a/6z/wf/d/+v/GQD+/zQA5v/1/9j/4P/Q/wgA0v/l/9D/KQBBAFQALwAFAOH/4f/a/8v/6//R/7P/FAC1/6n/nv/B/8X/MAAkAPj/BADP/8n/1f8QAEgAl/8vAOD/BQDI//L/OwDv/0AAGQAtAOf/FADn/xQAuf/v/zAAwP/b/0EA+f/I/8v/KQCk/8n/jv8nAAAAq/+jAMb/6f+d/yAA2f/s/1gA5/+X/8P/xf+x/zUAGwAYAAwA5v+6/+r/FADW/xYA6f/s/0kA5/8SANP/sv/o/ycAQgCl/3YABgABABgAJADm/9D/+f+w/9H/FgCy/4P/wP8sAMT/4v/Q/+7/GgD4/wsAFQDk/4b/3P8jABoAAgDc/9j/LADo/9L/1v/e/8P/3P+3/+P/y/8oACgAJwAUAMT/CAAaAOL/3f/c/9n/6v+h/7T/4f+m/+n/eP+FAN7/6/9MAB4AKADp/8v/6f/d/83/IQATAMH/NgA1ABUAIgAcANj/3/9fACoAPAANAB4AHgAeAB4Axv/I/8r/5/88AA0A1v+r/8//gwAUANL/wv/b/7P/FAASAMz/DADU/zQAq//E/9r/lf8CAOj/JgDE/97/zP/M/0AArv9cALH/OABl//n/pf8GALz/MQCT/+P/vf/N/+j/LgB//9D//f/P/yIAPgD4/8r/xv+2/y0A5P+Q//7/4P/L/9b/sv+n/ycA1f8rAMX/1f/0/0QAGwAbABsAGAAnACYANgAeADoA2P8QALb/4f+f/yEA2f/z/+3/3//i/xYAEAAwAMv/yv+n/yAA6f/b/x4A2v9k/+n/BADj/9v/vP+n/yIA9f8DAAgAVAAfAK7/EQDD/8f/pP/E/xMAIAANAAEAOwDg//7/3/+1/yQA0P8mALD/+v/8/9D/2f/r/9//vf+2/2YAqv/7/7f/LAAUAEMAJQAYAAEA6f8sAJj/6P8DANH/HAC1/yoAGwC2//T/FABBAE8Awf8nACgAsP/L/7P/jv8GANH/5f/R/wcA5//d/5z/uf+u/6T/tv+i//r/xv/t/0YAy/++/63/x//T/xUAMgD0/7r/r/8rAMn/3/+7//v/w//5/ycAm/8xAND/0P+4/+b/7v+u/7//dP+u/zkADACY/9z/HgDT/wkAi/8f//v/2v/B/+b/AQAkAMT/xf8bANr/4f/6/+X/MgAyABcAmf/h/wgA9f86AOH/uv/l/xoA6/9IAPr/LgAsANL/pf8mAOD/1v8RAKv/FADj/wAA6v9t/9n/JwDK/yoAq//c/0gA6v8TACoAuv/9/5j/HwCY/9b/vf/k/7H/s/+q/ysAQgACAJ7/+//+/xMA7/+8/+T/HgCa/9v/IAAnALj/FAC4/2z/2/8UAAkApf/x/x4AHwDT/8r/1f9IAAsAGQDv//3/n//J//n/IwATAL7/2f8gAOb/6v+k/4v/0f/6/x0AFACo/+H/wv/n/6D/yf+a/zIAEADX/7j/FgAiAAgA7P8EANr/3P8MAOj/tv+4////pv/j/xIABQDy/w8A/f/Y/7f/8v/a//j/2//W/7r/sP/z/yMA4f/q/+X/t/8GAN3/6//B/ygALgAuAM3/AAD6/xkAo/+t/9//5P8ZABQAWgDO/6L/AQDN/0gA4v8ZAOj/OwC6/xgAJQDO/0QAJQDC/+f/7//j//r/IADn/9j/rv8DADkA1/8IAHUAHAAZAOj/HwDm/xEA5v/K/9n/t//a/xYApP/p/5n/EgDZ/9r/JwDS/yYAvP+s/xUAagAWAAkALwACAOz/ov/n/6f/BwC8//D/NQDO/zMAOAAYAJb/NgAVAB8A1/8+APj/mv/Q/xYAJgAnALr/IADO/8b/u//o//H/y/+6//D/MQDf/9z/yP++//n/HQBLAP3/z/8UANf/KQC0/9D/+v8MAEIAGQBRACUA4f8bAJX/nf8fANX/JADP/73/yv/P//7/gv/k/+X/6//p/8j/HAAhANj/1//x/93/zP8WALP/ov8iAND/sv8bAOX/GAAyAAAAHQCO/+r/3v/+/yIAPwCk/6j/u/+S//P/LgAKABUAJAD7/zkAwv8MAOP/yf8mAAQA1f/V/+j/7/9gANT/BADg/yIA1P/1/yIAwv+B/+r/r//B/9H/FgAnACQAFwAZACwA3f/E/93/3f+B/6n/NgAlAAcA6f8UAM//NABgAJz/tf/C/6f/IgD+/9f//v+r/xQAi//s/+P/5f/J/0cAzP/U/x8A4/8gACAADADo//f/DADF/9v/YP+Q/zMAtP8SANX/NwB0/8H/GgDK//X/5v/0/x4Aw/8ZANr/DgCo/+z/X/9MAJb/HwAVAKj/3f+7/ykA6f8qANb/BwDh/ysAHAAOAI3/3//Y/7X/xv+o/9X/4f8iAOH/HQD0/yYA//8tAOf/mf8yAMT/6P/H/7z/5P/O/6z/tf9tAB4A6v/d/xoAGwA/AAoASADD//3/JgAYAMn/PQD7/7///f/V/97/IQAyAAAAsf+2/8z/NwDL/5D/2P/B//7//f/D/ykA6f/r//f/IgD6/8L/nv/9/ygAs//8/9X/IABZAKL/+/8NACgApP8XAAAA5f8pANz/JQACAFcADAA1APb/8P/3/0QARQA1AMT/FAD6/9D/Wv/s/woAVQD//6f/IwAVAC0A1f83ALn/FAAtAOD/ev+B/x4A7f/R/5r/wf/Z/xYALAAOALv/sf/E/2T/jf/q/xgA1f8eAPj/+/8jAI7/EQC+//X/pv/O/73/CAAUAI3/vv/W//j/FwDi/7P/6f+v/9T/qv+l/+D/1v/f/97/sv8zAGz/3P8OACsAy/82AOv/mv8qACUA9P/r//n/BADM/+b/HQDG//r/FAC4/7//MADl/67/rP8wAIn/bf+//1UAEgAVAC4AxP/4/8H/7f/2/9b/BQCR/wUA1v+L/6j/5f8lALf/KAAKAE4A4v+c/9//CwAWAMD/5/+b/8z//v+s/8D/PADT/87/6/+8/6r/9P/q/xgAy//A/9H/0/+w/83/Z/8yANX/f/8HAAoAvP92/9H/CQA5AO//6v/e/7D/3f8tAOz/7P8RAEUAHADJ/8X/5P/T/yEAxf/z/4H/DwDG/0QA3/8eABgACwAyAFcApv80ACAA3P/A/9f/FADL/wwAVQDj/wYAwP/9/4//mf/a/wkAkv+6/9L/+f8YALb/6f/l/97/7//N/zUAzP8FAAQA5/8KACgAmv+3/yUA3f+z/y4AJgC8/0oAsv/g//T/WQBcAAMAIgAOAAkA5P+M//D/6f/I/83/vP8JANX/HADY/8r/ff9DAK7/u/8bAKj/AwB9AKH/OgCz/7L/3//m/73/6/+j/xcAzP8dAAsAKACl/5L/1f+2/9z/tv8iABAAIwCc/7X/xv/M/7X/6/8zALr/t/8HALL/LQDL/4H/pv+2/6r/ZQDV/9z/FgAqAKn/kv/p/97/5v+y/xAAsP/W/5X/8/8WAAcAMADr/x4Ay//h/z8Aov/o/xUAAQDE/83/xf8zAC8APf/p/zIAFQDG/xUAKwAWALv/MgDs/xYAGgC//+f/6P/Q/8T/4//5/wEAFwAkABcAGwDK/+v/z//h/xQADADi/+L/JwDT/2QAJABYAFUA8//g/9X/NAB5ADEACwCk/0EA0v9lACIAKgA5AOL/9v/V/+j/8v+p/8H/0P/h/xIAKQA+AAAALAAaAND/NwCq/8L/AwDQ/0MALAA2APL/JwAnADEAMgAzAKz/QQDB/8b/5v/n/6D/KgAGAB0AjP+u/xQA2P/A/8n/v//I/1oAc/8EABIAIAAfAMP/EgAgABgAHADD/9r/xf/k/77/ZP/W/9b/2f8tABwAPADY/73/3v8cAGz/2P+w/wcA6/8VAMz/u//N/4T/oP+L/6//pP8NAJj/w//N/9T/mf8TAAwAGwAgACMA3f8oABQAKwAAACsAsf8rAOn/yv/2/xYAGAARAM3/xf8BANz/PACp/zcAbP+i/xgAOwCG//L/5f/3/8z/WQA4AD8AOwDT/8z/OwDn//r/DgDA/5n/q/8SAAAA2/8ZAAYAk/+5/xQA3f88ACoAUwDF/93/DAAqAM7/1v/C/8b/6v9TAP3/t//s/xoA7P8MAML/rP/6/+r/BQAiANP/ev/O/8f/NwAoAOf/HgA2APb/MwDe/+X/zf+k/+X/OgDV/y4ABQDy/9T/ov/c/7L/4//s/6j/6v/l/zgAJwDl/7z/7f8FAAEAAwDI/zQANADx/+D/f//O/97/dP9EAPX/PgA+AMr/HwBGANr/1v8jAN3/wP8YAKD/DgAkABsA7P/P/x8A2v8kABQAx/8IAN3/rv/5/xoAz//I/yoAFQDp/+z/5/+2/6D/7P+2/6b/sP8VAMP/HQCe/5v/x//f/yYAtv8cAAoA7P/N/zIAzP+0/8L/p//l/8f/qv8=',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-53, -21, -32, -20, -36, -51, -39, 2],
    classWeights: '+f/e//T/CwC5/wwAvP/A/9j/5v/h/+L/AADr/wAAzP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAA+/8AAO3/AAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/+3/AADs/+z/7/8RAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAAAAD0/+z/FAD0/wAAAAAAAAAA7f/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/9f/R/9T/zP8mANf/4v/s/xQA7v/s/+z/7P/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/y//T/7P/s//P/GQAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FQDY//j/6//o/+v/8P/Y/yoA2f/X/9j/2P/U/9b/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAA9P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xcA6//q/+v/6P/a/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/w/+z/6f/r//X/7v/v/wAA+f8AAO7/7f8UAOz/7P/u/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/EwAAAAAAAAD6/wAA9P/r/9z/FgDW/+z/6f/q/+L/6//s/+z/4//s/+v/FADr/9L/8P8AAOb/FgDc/8v/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//P/7//t//H/FADu/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/t/+z/FADZ/7X/KgDK/+L/6v+s/9j/7P/t/+3/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+v/7P/s/+z/FQDr/xUA7P/s/+z/7f/m/+z/6//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+n/6//r/+P/CwDq/+z/7P/s/+r/6P/n/xUA6//Q/8X/x/8UAM3/u/8FANz/AAAAAAAAAAAAAAAAAAAAAOr/5//q/+r/6//p/+v/FgDn/wAA1v/r/9b/6v8MAOL/AAAAAAAAAAAAAAAAAAAAAO3/6v/r/+z/7P/s/xUA7P/m/9n/3P/k/+X/6v8eANn/7P8AAPP/+/8AAO3/FAAAAOv/HQDs/+3/7v/o/+L/7P8AAAAAAAAAAAAAAAAAAAAAFAD3/wAA9v/x/+z/6//v/xQA7P8AAO3/AADj/+z/6//s/+z/8P/u//D/8/8UAPn/8f/s//r/+f8AAOz/7P8UANH/3P/r/+z/6//c/9r/JAAAAAAAAAAAAAAAAAAAAAAA7P/i/97/6//h/+v/7P8aAAAAAAAAAAAAAAAAAAAAAAATAPv/AAAAAAAA7//t/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//r/+3/8//s/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ//H/4//o//j/3v8mAPL/7/87AO3/9v/n//D/0//0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/1/8AAOn/1/8IANX/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/7f/5/wAAAAAUAPP/AADr/+3/+v/t//L/8P/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/s/+//FADr/+z/AAAAAAAAAAAAAAAAAAAAAPD/7f/s//D/7f/t/xQA7f/r/+j/9f/s/+r/7P/r/xUA1v/E/8z/kv/c//P/GQDY/wAAAAAAAAAAAAD2/wsAAADQ/+f/2f/o/+j/2f8kAO3/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAPr/AAAAABIA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgC3/+//tv/A/9j/9P+5/+7/EwAAAAAAAAD6/wAA9P/R/wAA0v8AAMP/zf8SAML/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAO3/6/8AABQA7P/t//X/1v/h/xIAyf/V/8H/+f/w/xUA+f8AAPf/9f/s/+z/AAAAAAAAAAAAAAAAAAAAALj/CwDL/8v/yv/y/wAA0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/+f/1/wAAAAAAAB0AAAAAAAAAAAAAAAAAAAAAAAAA3P8iANj/z//k/+v/6//E/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//2f/Z//f/+f/X/y8AAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/yQA6P/h/83/z//p/93/AAAAAAAAAAAAAAAAAAAAAOv/GADr/+z/6P/b/+T/6//W/zYA1//Z/9P/zP/K/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+v/7P/s/+z/FQDs/+H/5f/r/+j/6P/r/xcA4//e/8r/x//Z/+L/5v8wAN3/AAAAAAAAAAAAAAAAAAAAAOr/1v/m/+b/2f8nAOD/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDb/9r/IADh//n/3//i/9H/0f/T/+H/1v/i/wkAwf8eAOz/7P/y/+3/FADs/+z/7P/j/9b/0//o/9b/2P8iAOr/4//q/xoA5v/N/8z/1/8AABMAAAAAAAAAAADt/wAAAADs/+z/7P/s/xQA7//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/wAAJgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/9z/4f/X/+P/KgDW/87/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADo/9f/HgDi/+X/2v/i/+T/6/8XAPr/4P8AAPn/6//r/wAAAAAAAAAAAAAAAAAABwDA/9r/IADV/+H/0v/2//j/7P/r/9r/2v8eAOr/7P/Y/wAAAAAAAAAAAAAAAAAAAAATAOv/AADa/+3/7f/e/8T/+P/5/+3/9f8AABMAAADy/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v+//+L/AADE/8r/KgC0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/w/+v/6f/r/+v/1/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/+b/FAD3/wAAAADq/9r/FAD4/wAA+P8AAAAA7P/3/wAAAAAAAAAAAAAAAAAAAADj/ysA+v8AAPf/6P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOr/+P8AAOz/2P/c/+z/6P/p/xcA5P/r/+r/6f/m/+z/7P/s/+z/7f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA8P8UAO7/AADu//X/7f/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+X/6P/p/+v/5f/p/xcAAAAAAAAAAAAAAAAAAAAAAOr/6/8fAOz/7P/Z/+D/7f/Z/9r/AADY/+z/7P8IAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7/8AAPn/AADu/+3/FAAAAAAAAAAAAAAAAAAAAAAA7P/q/+v/FQDs/+v/6//p/wAAAAAAAAAAAAAAAAAAAADq//P/4//m/+L/3f8YAOj/AAAAAAAAAAAAAAAAAAAAANH/3P/r/+X/4v/W/y0A2/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAA7P8AABQA0//U/+j/AADH/+j/BQDz/+b/1f/j/9j/KADr/9j/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/v/wAAAADz/wAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+r/7P/r/+3/7P8VAO3/BgDr/+z/7P/t/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAANf/3v/c/9r/HgDb/+v/1P/I/8v/v/+1/8X/AAAhAL//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/w/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADp//P/AAAAAAAAFQDs//L/BgDr/+z/7P/t/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAARACsA0v/V/8f/wv/a/7X/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/8//u/xQA7v8AAAAAAAAAAAAAAAAAAAAA5P/f/+f/4P/n/+X/HADi/+z/7P8UAOz/7//s/+z/7P/s/xQA7P/u/+z/7P/s/+z/7P8UAOz/7v/s/+z/7P/s/+z/FADs/+7/7P/s/+z/7P/s/xQA7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANT/wP/Y/8n/3P/q/9f/GAAAAAAAAAAAAAAAAAAAAAAACQDs/+L/6v/b/+H/6f8AAAAAAAAAAAAAAAAAAAAAAADr/+v/6P/r/+v/FgDq/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8AANz/FADd/+z/5f/s/+z/6//r/+n/6//s/xUA7P/o/yEA4v/d/9n/4P/a/+P/7P/s/+3/7f/s/+3/7P8UAOz/7P/1/+v/AAAUAOz/EwDx/wAAAAAAAAAA7P8AABQA7P8UAOz/7P/s/+z/7P/s/8T/7f/3/8T/xf8AAN3/0P8AAAAAAAAAAAAAAAAAAAAA6//r/yIA7P/s/+L/2P/t/wAAAAAAAAAAAAAAAAAAAAAAAN//7v/j//n/+f8iAPD/4f8dAOb/3//k/+P/4f/h/+X/JgDp/+n/2//o/93/1v8AAAAAAAAAAAAAAAAAAAAAAAAZAAAAAAD0//n/8v/4/+z/GwDv/+z/7f/t/+L/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8aAOv/8P/i/+//5//r/wAAAAAAAAAAAAAAAAAAAADt/+z/7v/s//L/7P/5/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FADu/wAA7v/1/+3/9/8AAAAAAAAAAAAAAAAAAAAA6//q/9X/4v/r/+r/HwDr/wAAAAAAAAAAAAAAAAAAAADc/xYA7f/t/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FADt/+3/8P8UAO7/AADu//X/7f/3//X/AAAAAAAAAAAAAA0AAAAUAAAA+f8AAOz/6//t/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7//s/xQA7f/s/+z/6v/w//r/AADs/+z/4/8oAOf/5P/p/+j/6v/m/xsA5//s/+z/7v/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOv/AADt/xQAAAD3/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9P/0//o/+v/LQDV/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/wAA3P/u/9v/+P/a/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7//7//D/7f8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/p/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/zEAuf+//+v/zf/z/9v/AAAAAAAAAAAAAAAAAAAAAOj/IQDm/+H/4//q/9z/5v/y/xQAAAAAAAAA9f/v//X/7P/s/+3/8f/t//r/7f8UANv/9//s/+r/IwDr/93/z//s/+z/FADs/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAOb/5v/i/+z/3f/G/+D/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+3/7P/w/+3/7f8UAO3/y/8NAMn/x//P/83/9v/M/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8YAOz/6v/n/+n/6P/q/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+3/2f8fAOX/+P/Y/+b/2//h/9H/MADR/87/1f/f/9D/zv/H/yAAy//b/+L/0//0/9v/7P/s/+3/9P/w/+3/FADu/wAAAAAAAAAAAAAUAOz/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/GADs/+v/7P/p/+T/+v8AAAAAAAAAAAAAAAAAAAAA7P8UAO7/8P/s//T/7P/s//T/FQDv/wAA7P/v/+v/+v/Z/+j/2P/Z/9j/1/8aANj/AAAAAAAAAAAAAAAAAAAAAO3/GADw//D/5P/s/+f/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/+v/b/9T/2f8AAPP/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/u/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6P/r/+H/7/8dAOL/5/8AAAAAAAAAAAAAAAAAAAAAs/8uAMf/vP+m/67/8f+c/wAAAAAAAAAAAAAAAAAAAADK/y4Aw//N/9r/zv/Z/77/7P/r/+r/6//r/9r/6/8VAO3/FADs/+z/7P/s/+z/7P/p/+v/6//Z/93/AADl/xIAAAAAAAAAAAAAAAAAAAAAAOT/7P/t/+7/7f/s/xcA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/1/wAAFADu/+z/7P/s/+v/7P/s/+z/7P/s/xQA7P8AAPD/AAAAAO3/AADw/wAAAAAAAAAAAAAAAAAAAAAdAO//+v8AAAAA8f/k/wAA2P8oANn/2//a/9r/2f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7P/u/+z/7P/s/+z/7P8UAOz/+f/h/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/FwDu/+z/8//5/+j/7f/x//j/AAD6/+z/7P8UABcA6//o/+z/7P/r/+f/7P9AANr/xP/W/7z/0f/C/8L/AADq/+v/6f/m/9j/CgDm/wAAAAAAAAAAAAAAAAAAAAAAAN7/AADY/+j/2P/3/9j/AADv/+//+//t//H/FADx/xcA5v/r/+r/7v/q/+r/5v8AAAAAAAAAAAAAAAAAAAAA7P/s//D/7v/w//P/FAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9T/5P/H/+r/0f8yANb/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//l/97/2f/Z/xgA5P/s/+z/7P8VAOz/7P/s/+v/7P/Y/+T/JQDV/9T/yf/e/9b/HwDr/+v/2//a/9j/AADJ/wAAAAAAAAAAAAAAAAAAAADc/+n/5f/i/+P/2v8jAOv/4P8AANv/4//g/9z/DwDb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2//X/9v/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/7//p/+r/4P8AAAAA5f8AAAAAAAAAAAAAAAAAAAAA7v/q/+z/7f/s/+z/FgDy/+r/FQDs/+z/6//r/+v/7P/t/+z/7v/r/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//AAAAAPn/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/3/93/4P8SAOz/6//Z/wAAAAAAAAAAAAAAAAAAAADa/yAADgDe/9T/z//c/9j/AAAUAAAAAAAAAAAA7P8AANX/IQDR/+T/2v/T/wAA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/Y/9//2v/x/+r/6/8TAOX/BgD0/9D/1v/c/xwA1P8AAAAAAAAAAAAAAAAAAAAA7P8AAPX/AAD6/xUA6//3/wAAAAAAAAAAAAAAAAAAAADF/9j/yv/q/wAA4f/y/w0A6f8UAPL/0f8AAOz/7f8AAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAA+P8IAAAA6P8AANz/4//h/+v/1f8UAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAA+f8AAAAA7P/s//H/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADw/+3/AAAAAAAAFADs/+3/AAAAAAAAAAAAAAAAAAAAAPX/7v8AAO3/7P/t/+//FADl/wAAzf+M/9v/tv8HAJT/AAAAAAAAAAAAAAAAAAAAAN3/7P/2/wAAAADq/xgA+/8AAAAAAAAAAAAAAAAAAAAA8P/q/wAA1//O/87/AADa/9b/9v8IAMn/p/+l/9z/IQAAAAAAAAAAAAAAAAAAAAAAEgDf/+T/4/8AAMD/3P/H/+3/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/9X/GADl/+v/6f/H/9j/2P/b/97/6P/k/wAAEAAAAAAAAAAAAAAAAAAAAAAA5f/t//H/5//u/+n/GwD0/+z/7P/3/wAA7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAzv/K/8z/9v/k//D/2P8RAN//5v/o/+X/4f8oANj/2P8AAAAAAAAAAAAAAAAAAAAA6v/r/+r/6v/s/xcA6v/o/+z/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5f/z/7j/1/8AANP/w/8AAAAAFAAAAAAAAAAAAOz/AADs/wAA8//7/wAA7f8UAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADm/+n/6/8AAO3/3P8pAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/w4Au//5/+H/x//f/7z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+v/7P/s/xQA7P/s/+z/7P/t/+z/FADs/+z/7P/s/+3/7f/s/xQA7P8AAAAAAAAAABwA+f/6//X/AAAAAAAAAAAAAAAAAAAAAPT/7f/E/7n/vP8MANX/4f8AAAAAAAAAAAAAAAAAAAAA7P8VAAAA7P/q/+v/6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P8UAO3/6//s/+v/8v/w/wAAAAAAAAAAAAAAAAAAAADq/9T/1f8AANf/6f/W/xMAEQDr/+//AAAAAOz/8P/z/+f/6//u/+7/5v8VAOz/2P/j/+z/FgDw/wAA6v/k/+//7P/s/xQA7v/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAOD/6P/4/+z/5/8iAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/l/wAAAAAAAPD/IQD0/+7/AAD6/wAAAAASAPj/AADu/wAA+v8AAAAAEgD4/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7v8UAOz/7P8WAO7/6f/v//T/7f/r//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/7P/s/+z/7P/x/+v/HQDs/+3/7v/o/+L/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//q/+v/6//o/xkA6/8WAOr/7P/q/+3/7P/r//b/2P8MAOv/8v/1/wAA7P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABUAz//Z/+H/6v/l/73/6/8vAOL/7v/1/+3/AADs/xkA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/AAAAAAAAFADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAD2/wAAAADv/+//AAAAAAAAFADv/+z/7v/0/wAA+P/1//n/7P8UAOz/FADs/+z/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//T/AAD4//X/+f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAoA7f8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/+f8AAOz/7P/v/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/4/wAAAAAXAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FwDr//L/7v/y/+n/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/4P/j/+n/5f/r/xUA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/xQA7P/t/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6//s/+z/7f/s/xQA7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+//9P/2/+z/7P/1/+z/7P8UAOz/7P/r/+z/7P/s/+z/FADs/+z/7P/s/+z/0P/b/9j/z/8WAMr/4//3/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/6//r/xUA6/8AAAAAAAAAAAAAAAAAAAAA7//t//r/7P/s/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAARAA0AAAAAAAAA7v8AAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwAAAAAA2v8AAAAAAAAAAAAAAAAAAAAA7//h/9n/7P8AANn/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/q//f/7f/5/xoAAADp/+v/3P/w/+j/2/8SAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2AOz/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7//s/+z/7P8AAAAAAADu/+P/HwAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7f/s/+z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+3/7P/s/+z/5P/q/+//6//r/+v/4/8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9f8UAPf/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAPn/AAD3//H/+v/u/wAAAAD7/+z/9/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/6v/r/+j/2P/Z/wcAAADs/xQAAADt/+3/7f/s/+//7P8UAAAA7f/t/+3/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADp/+r/6v/o/+j/6P/o/xUA+P/6/wAAAADp/+z/+//s/+z/7f/t//P/FQDs/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f8AAPn/7P/s/+//AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/r/+//FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/t/xQA7P/s/9j/AADo/xQA5//s/+j/7P/r/+z/7P/s/xUA7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8TAAAAAAAAAPD/9//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/7P/s/+z/7f/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA4f/c/+3/9//z/+7/HwDv/wAAAAAAAAAAAAAkAPf/7f/s/+z/7v/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9D/3P/W/9j/JwDL/+r/AAAAAAAAAAAAAAAAAAAAAO3/7P/1/+3/AAAAABIA5v/t/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAD5/wAAAADs/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+T/7P/x/+r/4P8aAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s//H/AADo/+n/2v/x/9//AADj/wAAAAAAAAAAAAAAAAAAAAAaAOb/AAAAAAAAAAAAAAAA7P8UAPb/7P/y/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA8P/s/wAAAAAAAAAAAAAAAAAAAADo//H/+v/q/+7/IQAAAN//GgDm/wAAAAAAAAAAAAAAABQA7v8AAPn/AAD6//L/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADv//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9r/2//c/+D/KgDc/9D/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAOz/AAAVAAAAAAAAAAAAAAAAAAAAAADs/wAA8v/y//r/FADs//X/7P/n/9f/IQDr/97/4//Y/9//9//2/9T/4//L/wAAAAAAAAAAAAAAAAAA+//u/wUA+P8AAAAA+f8AAOz/7f8UAOH/6P/u/+3/8v8dANr/7P/u/wAA+v8AAAAAEgD4/wAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPn/AADs/+v/7f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/0/wAA+P/1//n/7P8UAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAFADs//T/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAHAOX/+v/5/+z/6v/6/+r/AAAUAAAAAADx/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDZ/+X/2f/r/9j/5//r/xUA6//s/+3/5f/r/97/6//s//f/7v/6/wAA7f8UAO7/7P/3//D/8f/u/xQA7P/x/xQA9f/z/+3/7P/s/+z/+f8AAAAAAAAAAAAAAAAAAAAA6/8AAAAA8/8AAO3/FQAAAO//7P/y/+7/AADt/xQA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/8v/6//b/AAD6/xMAAAAAAAAAAAAAAAAAAAAAAAAAFAD1//P/7f/s/+z/7P/5/wAAAAAAAAAAAAAAAAAAAADi/+L/3//d/+P/3f8lANv/AAAAAAAAAAAAAAAAAAAAAAAA2v/q/9//8f8UAOr/3P/W/93/2v/X/+D/1/8rAOP/7P/s/+z/7P/u/xQA8P/s/wAA7P/s/+3/7P/p/+b/FAAAAAAAAAAAAAAAAAAAAAAA7P8UAPH/7//s/+z/7P/s/wAAFwDy/wAA+v8AAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P/w/wAAAAAAAAAA6/8bAAAA7P/s//T/6f/s/+3/7P8UAPH/9//u//f/AADp/xgA+f/s/+//9f/u/wAA7P8UAO//7P/v//X/7v8AAOz/FADv/+f/+P/u/+X/6/8ZAOv/6//o/+j/8f/f/+j/6//m/xYA+v8AAAAA7v/0/+z/FADs/+3/FADu//P/7P/t/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f8XAOn/7P/r/+z/5//s/wAAAAAAAAAAAAARAAAA7//h/9z/7f/3//P/7v8fAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//k/8//2P/R/xAA+v/N/+z/7P/v/+//8f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA3P8bAOz/5//o/+j/5//p/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/93/GQDr/+j/6//o/+n/6/8VAPj/+v8AAAAA6f/s//v/7P8UAAAA7P/t/+3/7P/u/wAAAAAAAAAAAAAAAAAAAAAGAOv/7P/s/+3/AADs/+z/AAAAAAAAAAAAAAAAAAAAANL/FAD1//D/7//1/97/7v8YAOn/6v/q/+j/6P/o/+j/FADs/+7/8v/0/+z/7P/z/xkAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/zYA6/8AAPL/AADG//j/AAAAAAAAAAAAAAcA+/8AAPj/AAAAAPn/AADs/+3/FAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAABQA7P/w/+z/7P/s/+z/7P8UAOz/7P/s/+z/+f8AAAAA7P/s/xQA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6//r/+z/AADQ/+n/1f/o/+D/DgDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/xQA7P8AAAAAAADt/+3/+v/s/xQAAADs/+3/7f/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/p/+v/AADt/9z/KQDh/xUA+P/6/wAAAADp/+z/+//s/xQA7P/u/+7/7v/s//H/7/8VAO3/7//u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAA+v8AAPP/IwAAAAAAAADp/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAA7P/t/+3/7P/u/+H/FwDq/+z/6//s/+f/7f/N/zYA2P/c/9H/xP/Q/8j/6v8VAO7/4P/s/+7/6v/r/9X/LADg/9f/6P/W/9P/0f/Y/yoA2f/X/9j/2P/U/9b/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/wAA+v8AAOH/7P/x/9n/5v8AAAAAAAD1/ycAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/m/+3/FQDq/+L/6P/l/93/6P/p/xkA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/7P8XAPX/7v/y/+n/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAANj/6//m/+n/5v/X/xkA+v8SAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/W/+b/5v/Z/ycA4P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6//q/+v/6v8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/wAA4v8AAOj/AADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA7//o//n/6P8AANv/4f8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAAAAAAAAAO//7v/s/wAAGQAAAAAA9P/5//L/+P/l/xMA6P/c/+v/2P/r/wkAAAAOAAAAAAAAAAAAAADw/yIA5//2/+//AADe//T/9P8AAAAAAAAAAAAADAD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOL/7v/1/+3/AADs/xkA8P/i/+7/9f/t/wAA7P8ZAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+r/FwDp/+n/6//o/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xUA7P/s/+z/6//s/9v/6P8mAN7/8f/b/93/3P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s//L/7v8AAO3/FAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/0/wAA+f8AABsA7v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAA7P8UAOz/7P/s/+z/7P/s/+//9f/v//j/+/8TAPn/9f/s/+z/FADs/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//P/7f8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAADq/xcA6//q/+v/6P/a/+X/6v8ZAOn/7P/p/+3/4//s/+3/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/5P/o//L/9f/j/xYAAAAAAAAAAAAAAAAAAAAAAAAA3P/r/+X/6v/n/x0A4v/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//X/7f8AAOv/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FAD2//D/7v/s/+3/7f/2/wAAAAAAAAAAFADs/+//7P/s//X/FAD0/+z/7P/t/xAA0P+w/+X/wv/q/wAAsf/q/xkA6f/k/+n/6P/j/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAOf/5//Y/93/5P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA6//x/+v/5v/m/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAD5/xQA7P/s/+z/7f8AAAAA+f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/x4A8f/0/+7/5P/j//v/7P/s/+3/9P/w/+3/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/X/9j/5f/d/wAAAADU/+//7P/y/+7/AADt/xQA+f8AAAAAAAAAAAAAAAAAAAAAFADs/+z/+f/1/+z/7P/t/xQA+P8AAPj/AAAAAOz/9//o/+j/3//r/+v/6v8WAOv/AAAAAAAAAAAAAAAAAAAAAO//GADp/+b/7P/r/+n/5//h/xQA7v/s//D/7P/s/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/+v8AAAAA7P/s//r/5v/l/+v/7f/q/+j/GgDl/+z/7v/t//n/AAD7/xQA+//s/+z/7P/s/+z/7P8UAOz/GAAAAAAAAAAAAAAA6f8AAN3/5v/m/+P/7P8oANj/2/8AAAAAAAAAAAAAAAAAAAAA6f/q/+z/7P/t/+3/FQDt/+r/2//n/+L/5f/r/xcA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/4P/i/9j/7P8FANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAO7/FAAAAPr/AADt/+3/7f8AAPT/8P8AAAAA9P8VAAAA7f/s/+z/7f/s/+z/7P8UAOv/HAD5/wAAAAD4/+3/7f/s/yMA4//5/+b/6//e/+z/7P/t/+//+//w/+3/FADw/+z/4P8AAO3/8P/q/xAA3//t//D/8P/h//P/FQDr/+z/HQDp/9//AAAAAOP/2P/N/wAAAAAAAAAAAAD4/wgAAAAAAOX/AAD6/wAAIgDg/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAO7/8v/z/+//AADs/+7/FADx/+z/7P8AAAAA7P/u/+z/7P8UAAwAAAAAAAAAFAAAAMj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAPn/+v/1/+z/7P/s/+7/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/y/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAADv/+z/9P/5//P/+v/w/xYA+f/s/+z/7P/r/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7//7/+3/8f8UAPH/KADp/wAAAAAAAAAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7P/t/+z/7P/s//r/7v8AAAAA+//s//f/FAAAABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPr/+//0/wAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/AAD4/wAAAADs//f/6//u/wAA+v/u/+r/6f8XAOz/7P8AAPr/AAAAABQA9//s/+z/AAD5/wAAAAAUAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8AAAAAAAAAAO3/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+z/7P/s/+z/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/6//w//X/1/8WAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/m/+v/7P/s/+v/FgDi//D/3f/q/+3/4/8oAOn/0/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAA8v8WAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P/s/+z/7P/s/+3/7P8UAOz/EgAAAAAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAADx/+z/FwD1/+7/8v/p//j/7P/s/+7/7f/t/xQA7P/s/9v/5//d/9L/3f/g/x4A2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/x/+7/+v/0/+3/GgD4/9r/2v/q/+7/8//f/zIA+f/s/+z/FADs/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFQAAAAAAAAAAAAAAAAAAAAAAFADq/wAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQD5/wAA+f/2/+z/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAA5P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAD2/wAAFADs/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDp/+z/6P/q/+X/6v/s/w4A4f/q/9f/4v/X/wAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7P/t/9n/6P8AAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/s/+z/FADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx/+//AADz/+z/7f/7/wAAAAAAAAAAAAAAAAAAAADm//P/AAAAAOz/AAAXAOz/AAAAAAAAAAAAAAAAAAAAAOj/2f/p/9X/y//q/+L/HgDs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAABcA1P/p/67/4f+5//P/1f/r/+z/7P/s/xUA7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAkA9P8AAO3/8P8NAO3/2P/a/+n/6v/m/wYA5v/Y/wAAAAAAAAAAAAAcAPn/+v/1/xkA+v8AAAAAAADt/+//5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v8AAPr/7v/q/+n/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAPn/+v/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+r/7v/s/+r/6f/r/xQA7P8AAAAA8v/x/wAA7P8AAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAABQA7P/w/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAAAAAAAAANj/2f/i/+n/AAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAO//7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/8P/s//T/7P/s//H/8v/5//f/9f8AAPj/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/x//H/7P/c/xMA3//Y/+//7f/6/+z/7P/s/+3/FAATAPr/+//0/wAAAADu/wAAEwD6//v/9P8AAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/z/+z/7f/s/+7/5v/l/+P/4f/l/+n/HQDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAADu/wAA+v8AAAAAEgD4/wAAKQDp/9n/5P/n/9D/0v/i/xQA9v/6/wAAAADs/+z/8v/s/+7/7v/t//H/FADs/+z/+v/7/wAAAAAAABgA+P/5/+z/6//v/+j/+v8YAOn/9v/J/+L/AAAAAAAA9/83AAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAPj/AAAiAPn/7f/s/+z/7v/2/wAAFADs//r/4//q/+n/6v/r/+j/GADp/97/JwDb/+H/2//a/9f/5f/t//D/8/8AAPr/FADs/+z/7P/r/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/7f8UAOz/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xUA6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAA6f8AAAAAAAAAAAAAAAAAAAAAAADw/+3/6v8GAOv/1/8AAOr/7f/s/+z/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADr/+z/7//r//D/FgDq/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/7f/s/xQA8P/O/xMAyf/b/9j/AADV/8L/DgAHANf/4//Y/9b/wv/s/xQA7P/s/+3/7P/s/+z/AAAAAAAADAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAXAAAA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8JAOT/AADV/9z/AADW/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/w4A2P/l/+f/IgDM/9X/AAAAAAAAAAAAAAAAAAAAABQA6//h/+z/8P/Z/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/AADY/+X/6/8UAOv/6//E/8f/2P/O/wAAAAA5AOz/AAAAAAAAAAAAAAAAAAAAAO3/AAAAABUAAAAAAPn/AAAFAOf/3v/s/9j/AADo/9f/AAAAAAAAAAAAAAAAAAAAAAAA5//a/xQA3v/s/9r/7P/s/+z/9/8AAO3/FADs/+z/CQDY/8b/6v/H/8b/7v8bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/yv8bAOv/zP/c/+L/1f8iAPn/AAD4/wAA4//s/wAAFAAAAAAAAAAAAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAUAPD/8//0//v/7P/s/+7/6/8AANv/xP/c/+r/HwDQ/wAAAAAAAAAAAAAAAAAAAAAUAO//AAAAAPn/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7f/s/+z/7P8AANT/wv/b/9H/AADX/8j/AAAAAAAAAAAAAAAAAAAAAMf/2v8tALv/4//W/+j/zP/s/+z/FADr/+z/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+3/AADw/+z/7P/2/xQA7f/s//D/8//t/+z/8v8SAAAAAAAAAAAAAAD1/wAAEgAAAAAAAAAAAAAA9v8AAPn/9f/w/wAAAAD5/yAA9//w/+3/7P/w/+3/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+r/6v/p/+f/FgDq/+r/FAAAAAAAAAAAAOz/7f8AABUA7f/u/+7/7v/q/+z/7f8AAN7/3//e/9//CADQ/+b/IADp/+X/6//r/9//6f/k/wAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYA6f/t/+z/2v/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAPr/AAAAABIA+P8AAO7/AAD6/wAAAAASAPj/AADu/wAA+v8AAAAAEgD4/wAAGQD6/wAAAAAAAO3/7//n/wAAAAAAAAAAAAAAAAAAAADo/+v/6//s/+z/6/8VAOv/7P8UAOz/7P/s/+z/7P/s/+z/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA8P/0/+z/7P/s/wAAAAAAAAAAAADs/wAAFQDr/+v/6//r/+v/6/8VAOv/7f/s/+z/7P/r/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAOz/AADu/+z/7f/s/+z/DwD0/93/3P/1/wAAz//V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q/+n/6f8XAOT/4//k/wAAAAAAAPn/AAAUAAAA7P8zAML/3//7/9f/uP/l/8z/7P/s/+z/6v/s/+z/7P8UABQA7P8AAAAAAADt/+3/+v8HAOn/3//r/+P/+P/i/9//AAAAAAAAAAAAABMAAADv/xQA7P/u/wAA8f/p/+7/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA7v/y/xQA7P/s/+z/7P/s/+z/7P/s/+z/7//v//L/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/t/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/7/wAAAAAAABwA8P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDy/wAA+v8AAPT/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+3/7P/s/+z/7P8AABQAAAAAAAAAAADs/wAAAAAUAAAAAAAAAAAA7P8AANP/1v/f/9L/2f/X/y0A4v/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAA9f/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA6//r/+3/6//r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAVAMP/3v/Y/9j/2/8AAAUA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAD7/+7/BQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAA+P8AACIA+f/t/+7/7f/y//D/7f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/2f/m/+v/AAAnANr/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA6v/o/+T/5v/d/+P/5P/f/+b/6v8AAO//6P8fAO3/5//q//P/7//n/xQA6P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6v/o/+f/FQDr/+f/6v/z/+//5/8UAOj/7P8VAOv/7P/p/+3/6//r/+v/AAAAAAAAAAAAAAAAAAAAAOv/HQDs/+3/7v/o/+L/7P8AAPr/AAAUAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s//H/9//s/+T/7//z/xUAAAAAAAAAAAAAAAAAAAAAAOb/6P/q/xgA6f/m/+f/6P/x/+f/5P/o/+n/HgDY/+H/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+v/+v/t/+r/5f8cAOj/AAAAAAAAAAAAAAAAAAAAABcA6//o/+z/7P/r/+f/7P/u/wAA1v8AAAAA4P8sAAAAAAAAAAAAAAAAAAAAAAAAAM//7f/6//P/AADp/yAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAA+f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAD2/wAAFADj/87/8f/Y/+r/4v8iAOv/7f/x/wAAAAAAABQA7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+X/6//s/+r/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/1/wAAFADu/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+n/6f/g/+f/6f8SAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/1/wAAFADu/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7//s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f8UAO7/8//s/+3/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UABQA7P8AAAAA8v/x/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+//7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/s/+z/7P8qAAAA9v/4/wAA8v/b//r/7P/s/+z/7P/s/+z/FADs/+v/AAAAAPP/AADt/xUAAAAAAAAAAAAAAAAAAAAAAAAA9v8SAAAAAAAAAPn/8f/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAGwD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAOT/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA+f8AAPj/AADZ/+v/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABAA4f/g/9T/yv/X/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAFADs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7f/5/wAA+/8UAPv/BgDr/+z/7P/t/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9/8AAPn/AADt/xgAAAAUAOz/7P/t/+3/7P/s/+z/3P/0/wAA7f/w/yMA7P/h/wsA3v/D/7T/rf/w/83/CgAUAO3/7v8AAO3/6//s/+z/7f/y//r/AAAAAOz/7P8UAOX/2v/n/9r/6P8MAOz/CADT/8X/5P/W/8X/5f/h/x4A7P/s/+3/9P/w/+3/FADu/7n/w//k/8j/5//q/+D/IwAAAAAAAAAAAAAAAAAAAAAA6//t/+z/7f/w/xUA7P/t/wAAAAAAAAAAAAAAAAAAAADs//L/AAAAAAAAFAAAAO7/7P/s/+z/7P/s/+z/FADs/+7/FADv/wAA+v8AAO7/AAAZAPr/AAAAAAAA7f/v/+f/AAAYAAAAAAAAAAAA6f8AANn/5//r/+r/6/8VAOz/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA7v/z/wAAAADp/+n/9f8AAAAAAAAAAAAA+P8AAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/2f/c/+T/5f/q/x4A2f8cANb/2v/S/+f/6v/o/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/y/+3/9f/6/+z/FADt/9n/7P/r/+3/8v/q/yEA6//s/wAA8//7/wAA7f8UAAAAyv/O/+r/EwDX/+v/7v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/xQA7P/t/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADp/+z/7f/s/+j/FgDz/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+D/6P/f/+n/6/8VAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+//7P8UAOz/9f/u/wAA7f/s/+3/7/8UAO3/7P/u/+z/8v/s//r/FADs/wAA8v/y//r/FADs//X/3f/t/+3/7P/x/wAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/u/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA+v8AAAAAEgD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/FADt/+z/7P/s/xQA7v8AAPn/AAD6//L/9/8AAAAAAAAAAAAAAAAAAAAA9P/t/wAA9P8AAPD/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/u/+z/7P/X/9n/2//V/9L/KADN/9n/7P/x//f/7P/k/+//8/8VAOv/AADt/xQAAAD3/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/6/+//8v/s/+P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/3/wAA7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA+P/2/wAAAAASAPn/+v/w/+z/7P/w/+z/FADs/+z/7P8AAML/6f/n/8X/0f/q/wkAFQDv/wAAAAAAAOz/6v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+b/2f/j/+H/GADk/+n/FQDr/+r/7v/s/+r/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAALAAAA7P8UAO7/8//s/+3/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/u/+z/7f/s/+z/6/8WAOv/6f/r/+v/6//r/+z/7f/v//v/8P/t/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAA+f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAJQDr//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/u/wAA7f/s/+P/7v8VAAAAAAAAAAAAAAAAAAAAAAD1/xQAAADs//b/+v/r/wAA6v8VAOr/7P/l/+z/6//t/+H/5f/q/9z/3v/j/x0A5//s/wAA9f8AAPr/FQDr//f/9P/x/wAA7f/y/xMA9P/x/xgA4//r//D/6v/a/+z/3/8kANr/2P/N/83/zP/s/8T/KgDq/+//AADr/+v/4P/j/xQA7P/v/+z/8P/s/+z/8P/q/+z/7f/r/+z/FADs/+z/FwDo/+v/7//l/+r/2//o/wAAAAAAAAAAAAAAAAAAAAAhAOn/8P/5/+3/4v/D/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfAO//+/8AAAAA7P/h/+v/AAAAAAAAAAAAAAAAAAAAACIA5//s/+T/5//Y/+P/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9/8AAPb/8f/s/+v/7/8AAAAAAAAAAAAAAAAAAAAAEwDa/9b/y//Y/9z/w//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA7P/s/+z/6//o/+z/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMP/x//Y/8D/5v8GAOf/AADb/+b/AADh/+D/AADc/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/9v/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOv/6//6//L/+P/5/xUA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPf/AAAAAPv/7P/6//H/AAAAAAAAAAAAAAAAAAAAAOz/7v/u/+3/8f8UAOz/7P/u/wAA+P8AAAAAFQDr//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDp/+3/7P/a/+r/6/8AAAAAAAAAAAAAAAAAAAAAAADo/xwAAAD5/wAA8v/i/wAA7P/s/+7/7f/t/xQA7P/s/+z/7P/u/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/w/+z/7P/t/xQA7//s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAAAAAAAAAAAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//v/AAAAAAAA2v/s/xYAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADt/+z/AADr/+r/6v/v//L/yf8XAOv/3v/d/+T/2//f/9j/0/8mAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+v/AAAAAAAA+/8AACUA6//1/+z/7P/s/+z/7P8VAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA7f/s//T/7P/y/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADU/+b/3v/m/9n/xP+9/zkAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADv/+3/+v/s/+z/7P/t/xQAAAAAAAAAAAAAAAAA8v8PAMr/1//X/+z/3v/V/9n/LgAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/s/+z/7P8UAOz/8/8AAAAA5P/r//L/HwAAAAAAAAAAAAAAAAAAAAAA7P/s//n/+v/x/+3/7v8VAOz/7P/s/+z/7P/s/+z/FADs/xQA7P/s/+z/7P/s/+z/8f/s/xcA9f/u//L/6f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/wAAAAAAAO7/FAAAAAAAAAAAAAAAAAAAAAAAAAAcANj/6f/x/+v/6v/k/+n/7P/s/+z/7P/u/+z/FADs/+7/AAD6/wAAAAASAPj/AAAAAAAAAAAAAAAAAAAAAAAA6P/Z/+n/1f/L/+r/4v8eAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5v/w//X/6//o/xcA5//s/+z/7f/s/+z/FADs/+z/6v/q/xoA5v/q/+j/5P/m/+//6f8fAN7/5v8AAOn/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/1f/q/9r/FgDP/+n/7P8UAAAAAAAAAAAA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6//r/+7/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/AAD4/wAAAADs//f/6//E/xcA1f/t/+j/4//Q//X/FAAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+z/7P/s/+b/AAAAAAAAAAAcAPf/9v8MAO7/6f/1/wAA5P8AAPX/AAAAAAAA+f8AABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/5f8AAAAAAADw/yEA9P/s/+3/9P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FQDt/+3/6//t/+v/7P/X/9L/6f/s/9v/6//r/xwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+n/AADt//f/7P8ZAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/wAAFADu//D/zv/T/8b/9v/z/wkApf/3/wAA2P/X/8//5v8iANP/+P/q/yAA2v/h/9r/4v/f/+n/7f8UAOz/7f/x/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOr/GADq/+n/5//q/+j/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8QAMr/0//P/+b/8v+3/xQA7v/s//P/+P/u/+z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/x4A+f8AAPD/+P/t//n/7f8VAPn/AAD5//b/7P/5/wAAAAAAAAAAAAAAAAAAAADr/wAA7f8UAAAA9//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs//j/EwAAAAAAAADw//f/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FQD5/wAA+f/2/+z/+f/s//L/AAAAAAAAFAAAAO7/+v/x/xkA8v/r/wAA8//k/+z/7P8UAOz/7//s/+z/7P8UAOz/7//0//b/7P/s//X/AAAAAAAAAAAAAAAAAAAAABQA7P/w//X/+P/s/+z/9v/s/+z/7v/s/+//7f8UAO//AAAAAAAAAAAAAAAAAAAAAOz/7f8UAOz/7f/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/AADs/+z/7P/s/9j/BwDs/+r/+P/p/+//9//m/xkA7P/R/9j/AADX/9H/FgDo/9H/AAAAAAAAAAAAAAAAAAAAAOz/9//u//r/AADt/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9v/2P/a/+v/1f/d/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/t/wAA8P/s/+z/9v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACu/w8A0v/1/6r/zf8AAOz/1/8HAM//xP/D/xMA5f/X/xQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/r/9H/5P8UAOr/4//r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/wAAFADu//D/AAAAAAAA9v8AAO3/AAATAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAMX/0P8oANT/1v/1/+z/xP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/1P/e/9j/6v8ZAOv/1f8AAO//7//7/+3/8f8UAPH/7f8AAO3/FAAAAOz/7P/s//H/9//u//f/AADp/xgA+f/t//b/7P/t//H/7P8UAPD/6//h/9n/4f/j/+v/IgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/Y/+f/FADr/+3/AADr/+X/0f8cAOn/6P/Z/+T/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgDb/9r/4f/W/9j/0v/m/wAAFAAAAAAAAADt/+z/AADs/+z/8v8AABQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/x/+3/+v/t/xQA0//Y/+b/HgDQ/+n/6v/Y/+r/6//f/+z/6f/t/xYA3//r/+z/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+z/6v/s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/q/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+r/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAADQDV/9//6v/r/+D/+f/o//X/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/8P/x/+7/FADs//H/5v8dAOv/6v/r/+3/4//r//D/7f/2//D/AADu/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQAAAAAAPr/AADs/wAA7P/y/wAAAAAAABQAAADu/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/FQDr/+r/EQAAAAAAAAAAAPL/9f8AAO3/7P/t/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/V/+r/2v8WAM//6f/s/wAAAAAAAAAAAADw/+7/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8RAOX/2P/f/wAA4f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDo/+v/7//l/+r/2//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/q/+z/6/8VAOv/3P/s/+z/6v/s/+X/GwDo/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+r/7P/r/+z/7P/0//n/8//6//D/FgD5/+z/9P/5//P/+v/w/xYA+f/k/+v/7P/u/+f/4P8YAOv/AAAAAAAAAAAAAAAAAAAAAOT/6//s/+7/5//g/xgA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8gAAAAAAAAAPr/AAD6/wAAAAAAAAAAAAAAAAAAAADr/+3/7P/t//D/FQDs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/4v/6/xAAAADb/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/FAAAAO3/8f/u/+z/7v8AAAAAAAAAAAAAAAAAAAAA7P8UAAAA7P/t/+3/7P/u/+z/6//s/+z/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA7P/s/+v/7P/s/+z/AAALAAAAAAAAAAAAAAD4//P/EwAAAAAAAADu//P/+f8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/t/+z/7P/s/9n/4v8eANr/5//e/+n/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/x0A6//q/+v/7f/j/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7v/t/+7/7P8UAO3/8P8AAAAAAAAAAOv/GwAAAAAAAAAAAAAAAAAAAAAAAADp/+L/+v/l/+3/AADf/wAA3f/m/+b/4//s/ygA2P/b/+3/7v/z/+7/7f8UAOz/7P/c/+P/DwDN/+P/+P/V/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAJQDr//X/AAAAAAAAAAAAAAAAAAAAAOP/5v/s/xUA6v/m/+v/4v8AAAAAAAAAAAAAAAAAAAAA6v/r/xUA7P/o/+z/6//s/+z/7P/s/xQA7P/s/+z/7P/t//r/8v/t/+z/FADs/+z/7v/s/+3/7P/s/xQA7P/s/+//+P/x//r/AAATAAAA+P8AAAAAAAAAAAAAAAAAAAAA3v/f//L/1//s/x8A4//j/+f/9//x//f/AADm/yYAAAAAAAAAAAAAAAAAAAAAAAAA6P/n/+v/7//w/xkA7P/e/+r/7P/t/+v/7P8UAOz/7P/j/9P/3v/B/87/HQDo/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/4//v//T/9v/n/y8A8v8UAOz/+v/w/+3/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOr/6//x/+r/6v/r/wAAAAAAAAAAAAAAAAAAAADq/xYA6v/r//H/6v/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAPj/+P/x/wAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAA+P8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAA5P/u/wAAFADs/wAAAAAAAO3/7f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8bAAAAAAAAAAAA7P8AAO3/FADt/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+n/FADs/+z/6/8WAOv/8f/r/+z/6v8AAAAAAAAAAAAAAAAAAAAAAADs/xQA9v/s//L/7P/s/+z/7P8UAPL/7P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/t//n/AAAAABQA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8f8AAAAA7f8AAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7f/6/+3/8v/w/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/wAA9//y//j/+P/t/+n/JwAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s//T/0v/Z/8n/FgC3/8z/AAAIANv/0P/f/93/yP8AAM7/7P/x//X/8f8AABQA7v/s/+z/8f/1//H/AAAUAO7/7P/J/+v/3v/V//L/vP8WANL/7P/s/+3/7P/s/xQA7P/s/+r/5v/w//X/6//o/xcA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7v/s/xQA7v8AAAAAAAAAAAAAAAAAAAAA+f8SAAAAAAAAAAAA8f8AAOr/6//r/+v/6//q/+z/FQDt/+z/AADl/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+z/7P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/v/+//AAAAAAAAFADv/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+v/6v/r/+v/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AADt//P/7v8UAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAA9v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAUAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAOX/x//s/+H/9P/2/yEA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/0/+z/7P/s/+z/FADs/+z/7f/t/+3/7P/s/xQA7P/s/+z/6v/s/+z/7P8UAO3/9v/s/+3/8f/s/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//r/AAD6/wAA9f/z/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/2f/r/+3/AADs/xIA1/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/x//n/5/8UAOv/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/HQAAAAAAAAAAAAAA5//3/wAAAAAAAAAAAAAAAAAAAADj/+r/6f/p/+z/5v8ZAOr/7P/t/+3/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/t/+z/7P/s/9z/FgDt/+3/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA2f/X/9D/uP/I/woA5v/a/wAAAAAAAAAAAAAAAAAAAADs/+z/8P/s/+//FADr/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAAUAOz/8P/5/wAAAAAAAAAAFADs//D/2f8AAPH/7P/n/xcA6//v//n/AAAAAAAAAAAUAOz/8P/y/+T/7P/x/+r/4P8aAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v8AAAAAAAAUAO7/7P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/+j/5f/h/8H/5P/n/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+7/AAAAAPv/7P/3/xQAFADx/+//AADz/+z/7f/7/xQA8f/v/wAA8//s/+3/+//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/6//w//X/1/8WAO7/FAAAAAAAAAAAAO7/7P8AAAAAAAAAAAAAAAAAAAAAAADq/xUA7P/s/+v/6//r/+z/4P/L/wAA5P/6/+n/DgDn/9j/IQDY/+z/3v/r/+P/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/FADs/+z/7P/o/+n/7P/m/93/1v/i/x0Av//d/y4Axv/d/9f/1//p/9v/FQDr/+H/6P/Y/wAAAADs/xQA7P/v//H/8f/t//P/FADt/+7/AADt/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADJ/9z/+P++/8r/tv8AAAAA7f/s/+3/7f/t/xQA7P/s/+D/QgDs/+v/xP/J/73/0P8AAAAAAAAAAAAAAAAAAAAA6v/c/9//4P/0/yoA7f/O//f/DgDs/8b/x/+9/6T/0P8TAPr/+//0/wAAAADu/wAA6P/V/+H/zP8AAMf/6P8IAAAAAAAAAAAAAADx/+//EgAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+L/KADS/9n/1v/e/9f/y//i/+j/5f/d/+j/6f8ZAOX/FADt/+z/7P/t/+z/7P/s//D/7f8AAAAAAAAUAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7f8AAAAAAAAUAOz/7f/e/9j/2f/a/+T/4P8tAOr/5v/j/+v/9P/b/xgA6//p/+b/4v/o/+v/8P/n/xoA+P8AAPP/2P8LANn/2P/D/wAAAAAAAAAAAAAAAAAAAAAAAAAA2f/c/9b/GwDF/+X/yf8AAAAAAAAAAAAAAAAAAAAA6v8UAO7/7f/t//r/6v/f/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/r/+v/AADj/+L/8v/j/8T/1P/s/wkA0f/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/AADS/9H/9f8AAAkA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/yf/b/+P/0f8AAOz/GQDo/+f/6//v//D/GQDs/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8TAOH/6f/r/97/+v/d/+z/FQDr/+3/5//s/+r/7P/a/ygA2P/Y/+j/4P/c/9n/FADs/+3/AAD5/+z/7P/v/x4A6P/o/9//2//m/93/5v8AAAAAAAAAAAAA9v8LAAAAFQDs/+3/8//t/+r/6//s/+z/7P/u/+z/7P/t/xQA8P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+//7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA7//s/+z/7P/s/wAAFADu//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7v/4//f/6/8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/u//j/9//r/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/u/+z/8v/s//r/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+3/FADs/+7/AAD6/wAAAAASAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AADx/xYAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/AAD5/+z/7P/v/+z/7P/t//T/8P/t/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+z/6//q/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/8f/u//r/9P/t/xoA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9P/5//P/+v/w/xYA+f8AAAAAAAAAAAAAAAAAAAAA6v/r/+H/7P/s/+v/FQDs/+3/+v/y/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8f8AAAAA7f8UAPH/7P/Z/9j/3f/i/+r/HwDj/+z/6//s/+z/7P/s/xQA7P/l/+3/8f/n/+7/6f8bAPT/7P/u/+3/+f8AAPv/FAD7/wAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAAAAAOAAAA7P8UAO3/7f/s/+z/7P/s/+z/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD0//P/AAAUAOz/5v/s/+z/8v/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7//7/+3/8f8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/8/8AAAAA7P8AABcA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xoA6//w/+L/7//n/+v/7P8UAOz/7P/s/+z/7P/s//n/HAAAAAAAAADw//j/AADn//f/FADs/+3/6//q/+v/AAAUAAAAAAAAAAAA7P8AAPD/FQDu//P/+//2/+3/+//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABcA6//o/+z/7P/r/+f/7P/J/9f/0f/o/9n/1P/Z/y4AxP/N/w8A4P+y/7z/8P/l/9b/2P8AAOj/4//W/wAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8lANn/5//r/+v/5//r/wAA9P/T/+T/0v/7//f/wf8AAAAAAAAAAAAAAAAAAAAA6v8WAOv/8f/r/+b/5v/m/xYA+v8AAAAAAADk/+z/AAAvAM3/1v/t/+r/2f/X//b/AAAAAAAAAAAAAAAAAAAAABEA8f/x/+X/9v/v/93/4v8PANf/1f/o/+n/FADb/+D/7v/O/+D/xf8AAAAADAALAAAAyf/m/9r/5v8LAMv/1//r/xQAAAAAAAAA2v/s/xAA4v/n/+n/5v8aAOT/5P/k/+T/MgAAAAAA6v/6/9X/3f/F/+H/yf++/8v/7f/i/+//FADs/+3/AAD5/+z/7P/v/x4A6P/o/9//2//m/93/5v8VAOz/7f/z/+3/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAN7/6f/b/+b/2P8PAOL/AADb/9X/2//m/9r/1P/X/y4A6/8TAOf/0//i/8X/1//1/xUAAAAAAAAAAADr/wAAAADr/xUA6//o/+n/6//o/+r/FwAUAOv/7f/s/9n/1v/r/w0A2f/o/+L/o/+5/6//JgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADu/wAA7v/o/wAA5//0/xMAAAAAAAAA7v/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAPb/8P/u/+z/7f/t/xIA6v/r//v/6//s/9f/AAAaAOv/9P/p/wAA5//n/+7/AAAAAAAAAAAAAAAAAAAAABMABQDF/8r/1P/p/9L/zf8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/m/+3/FQDq/+z/7P/y/+3/8//s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA9v/w/+7/7P/t/+3/3f/Q/9f/zf/r/8n/1/8kABwA1v/a/9L/5//q/+j/4//h/+X/6v/c/97/4/8dAOf/FQDW/+z/7P/r/+r/7P/a/wAAAAAAAAAAAAAAAAAAAADf/+b/6v8AAO//6P8fAO3/7P/r/+//6P/6/xgA6f/2/wAAEADn/+f/2P/d/+T/4//g/9z/5//o/+P/6f8gAOj/AADb/+r/7f/q/+z/6v8UAOL/6//q//D/5v8dAOL/x//c/7//AADP/7H/FgDW/8j/8P/z/wAA7f/0/+z/7v8UAO//y//E/9b/wf8AAOz/yP/f/9z/2//r/+n/+P8gANn/AAAAAAAAAAAAAAAAAAAAAOL/6//r/+z/7P8AAOn/EgAAAAAAAAAAAAAAAAAAAAAAy/8AAAkAAAAAADIA4P8AABQA7P/6//D/7f/s/+z/7P/T/9b/3P/Z/8//DQDq/wAA7P/s/+3/7f/t/93/6P8XAM//7f/6//P/AADp/yAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+n/6//x/xUA6//2/xUAAAAAAAAAAADs/wAAFwDr/+7/AADV/+n/3P/o/+z/7f/u//T/8P/s/xQA7//s/xQA9//2/+3/7P/s/+z/FADw/+//7P8AAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDW//T/8P/w//D/5//u/xQA7P/t/+z/7P/t/+z/7f8kAPD/AAAAAAAAwf/d/9//yP/R/+P/x//F/87/MADZ/9j/w//l/87/7f/v/9v/8f/s/+z/7P/s/+z/7P8UAOz/7P8UAPD/9f/s/+z/7P/s/+z/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA5v/p/8L/1f/k/9//3v/Z/+z/5P8AABQA7P/n//n/7//v/wAAAAAAABQA7//s/ywA4P/b/9X/zf/R/8X/3P8ZAOn/5v/n/+X/5v/n/+j/AADO/8v/tf/A/8P/AADs/+D/3v/h/9b/3f/d/yEA0v8hAOn/6P/e/9z/6P/Z/+X/AAAAAAAAAAAAAAAAAAAAAC8A1P/d/9j/6P/Y/8z/2f/V/+r/0//Y/+X/6v8qANj/7P/v//X/7v8AAOz/FADv/+z/8v8AAAAAAAAUAAAA7f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+3/AAAAAAAAGwDs/+v/+P8AAAAAAAAAAPb/EwAAAAAAAAAAAAAAAAAAAAAAAADY/9j/5//d/+j/1/8AABcA7f/w//P/AAD6/xQA7P/s/+z/AADz//v/AADt/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xMAAAAAAAAA+v8AAPT/1//5/9r/2v/W/9r/CAD2/wAAAAAAAAAAAAAAAAAAAADg/9r/1v+//9z/1f8pAMz/1f/n/+r/4//a/9j/KADs/+v/6//r/+v/7v8VAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6f/r/wAA7f/c/ykA4f/p/9L/4//U/+f/IwDc/97/AAAAAAAAAAAAAAAAAAAAAOf/7P/s/+r/7P/r/xYA6//p/9L/4//U/+f/IwDc/97/9//7/wAAAAAAAPj/GgAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/u//D/8/8UAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADv//P/AAAAAAAAAAAAAAAAEwDw//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAOn/8P/5/+3/4v/D/+v/5/8WAOr/7f/r/+z/6//r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+//7P8UAOz/pf/j/8X/sf/T/w0Aov/4//r/7f8AAPD/8P/s/wAAGAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/w/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/xQA8v/s/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAACcA+v8AAAAAAAAAANj/8P8AAAAAAAAAAAAAAAAAAAAA7v/3//v/AAAAAO//7P8UAPP/AAAAAAAAAAD1/+z/FAAAAAAAAAD5/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAD5/wAA9//x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/97/DwDY/9H/FADU/9H/9v/i/+f/6f/m/xoA5P/k/+T/4//p/+r/5P/o/+b/GQDo/+j/2f/p/9X/y//q/+L/HgDb/8//4P/u/wcA5P/k/wAA6v8WAOz/7P/q/+v/6v/q/+z/7P/5//r/8f/t/+7/FQAAAAAAAAAAAAAAJwDZ//f/BwDl//r/+f/s/+r/+v/q/+7/1P/w/+v/4P/i//T/AADs/+z/7P/s/+z/7P/p/xQA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj//H/+v/2/+z/+v/s/+//AAAAAAAAAAAAAAAAAAAAAOz/7P/y/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//o//n/6P8AANv/4f8pAAcA5f/6//n/7P/q//r/6v8AAAAAAAAAAAAAAAAAAAAACgDW/93/9P/f/9b/+v/g/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/yYA7P/s/9j/7f/s//n/7f8UAO3/7P/s/+3/7P/s/+z/FADt/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/t/xQA7P/s/xUAAAAAAAAAAADn/+z/AAD3/wAAAAAAAAAAFADs//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8UAO3/7P/u/+z/BwDS/8T/uv/B/+7/yf8aAAUA2//d/6T/w//e/8v/AAAAAPD/8v/Y/9z/1f/V/9j/6P/0/9L/xP/d/8v/0f8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/KQDr/+v/5//a/9j/5//n/xYA6v/t/+v/7P/r/+v/5P8fAN7/6//f/wkA9v/D/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/r/xQA9v/w/+7/7P/t/+3/KADs/wAAAAAAAAAA2P8AAAAAAAAAAAAAAAAAAAAAAAAHABkA0//h/9T/xv/M/9z/6/8VAOz/7P/r/+r/6f/s//D/FQDu//P/+//2/+3/+/8AAAAAAAAAAAAAAAAAAAAA6P80AN3/AAD2//L/1//s/+z/FADs/+z/7P/s/+z/7P8YAOn/6v/q/+j/6P/o/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz/82AOr/3//j//P/2P/p/+H/FADu/+z/8P/s/+z/3v/5/xIAAAAAAAAAAADz//f/7f8UAO7/8P/u/+7/7v/t/+z/FADz//r/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v8VAOz/6//r/+z/7P/s/xQA7P/s/+z/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA7/8VAAAA+/8AAO3/7v/t/wAAAAAAAAAAAAAAAAAAAADo/+X/5v/f/+j/3v8aAOr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+v/7P/t/+z/7P/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABQA9f/z/+3/7P/s/+z/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+//+//w/+3/FADw/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/2/+7/7f8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+b/7f8VAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAABQA7P/w/wAAAAAAAAAAAAAAAAAAAADk//n/9f8AAAAAAAAdAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/s/+v/7P/s/+r/FADs/+T/AADN/4v/2v+x/wAA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7f/s/+//7f/s/xQA7P/Z/wAA7P/Y/+v/7P8UAN3/AAAAAAAAAAAAAAAAAAAAAPn/x//q/8f/6f8LAAAA2P/t/wAA5P8UAN//6//m/+z/2v+//+X/9f/g/8v/IgDF/9z/2f/Y/yQA3f/M/+j/4v/t/xQA7//t/+3/+v/q/+H/5/8WAAAA6//t//P/+v/q/+r/6v/k/+3/7v/a/+r/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6v/q/+r/6//p/xcA6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/s/+z/7P/s/+//5v/q/xUA6v/o/+v/6/8AABEAAAAAAAAA9v8AAAAAxv80AMX/0f+z/9P/1f/i/+H/FwDq/+z/6//s/+f/7f/r/xQA8f/s/+z/6//r/+z/9v8VAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6/8UAOz/7P/s/+//6/8UAOX/AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8RAOH/4P/n/8f/AADX/87/KADp/9D/4f/X/9v/5v/t/+z/7P/s/xQA7f/t/+z/5v/q/+v/4v/s/+H/4f8cAML/UQD2/9T/5f/3/77/4/8AABEAAAAAAAAA2f/3/wAA8f/o/8f/yv/X/xUA1P8AABIAAAAAAAAA4f/Z/9n/4//s/xQA7P/u/+z/7P/s/+z/5P/q/+//6//r/+v/4/8XAOz/FAAAAOz/7f/t/+z/7v/t/xQA7f/s/+7/7P/s/+z/z//U/9T/1P/V/+n/IgDc/+r/HQDp/+T/5//p/+H/5v/Z/yIA5v/c/+D/4v/b/+H/9P/4/wAA7v/5/+z/7/8UAAAAAAAAAAAAAAAAAAAAAADa/+r/FwDp/+n/6//o/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8AAAAAKADs/+z/9f8AABQA7v/s/+z/6P8YAOr/4//p/+n/4P/q/9n/LQDi/9r/3//d/9X/2P/Y/9r/4f8AANv/2P/n/wwA9v+Y/7L/5/+1/97/t/8JABgA2P/q/9P/zf/L/+7/9/8AAAAAAAAAAAAAAAAAAAAA7P8UAO7/8f/s/+z/7P/s/+z/7P/u/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/4v/i/+T/AADh/9r/AAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7P/u/+z/7P/s//H/GADz//r/6//4/+v/+f8AABMAAAAAAAAAAAAAAAAA7P/s/+z/6//v/+z/FADs/+r/FwDr/+n/6f/q/+n/6v8AAAAAAAAAAAAAAAAAAAAAzf/6/9T/1v/S/9H/xf8UAAAAAAAAAAAA2/8AAAAAKADu/xQA7f/z/+3/8f/s//D/AAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAD0/wAADQAAAAAAAAAAAAAAAAAAAAAA2P8pANn/2f/n/97/1//Z/+z/7P/u/+z/7//t/xQA7//r/zIA3/8AAPb/AADV/+7/6f/q/+z/7P/t/+3/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/w//v/8v/w//T/7P8UAAAA5f/t/+//7P/r/9z/FADm/+n/6/8AAO3/3P8pAOH/5//s/+n/1//o/9X/3P8kAOz/FQDs/+7/7f/t/+r/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7v/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/6//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w//r/7//y/+z/4/8UAAAA9/8AAPj/+//w//n/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/t/wAA8P/w/+z/AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+z/7P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/m//D/9f/r/+j/FwDn/wAAAAAAAAAAAAAAAAAAAAD5/xsAAAAAAAAAAADs/wAA7P8AAPX/AAD6/xUA6//3/+b/7P/x//H/8P/i/xcA7P/2/x8AAAAAAAAAAADp/wAA8/8UAAAAAAAAAAAA7v/4/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/t/+z/EgDs//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAA6v/7/9//2/8AANr/5P/q/+b/7P/q/+v/6/8VAAAAAAAAAAAAAAAqAN3/4f/l/+3/8f/n/+7/6f8bAPT/7P8UAPD/8//t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAUAO3/7P/t/+3/6P/s/9H/AAAAAAAAAAAAAAAAAAAAAOz/6//r/+D/6//i/xcA6//s/+z/7P/s/+z/FQDr/+v/AAAAAAAAAAAAAAcAAAAAABAA3v/p/+f/5v/a//L/4P/s/+//AAD5/wAA+f8UAPf/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/u//H/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9v/5//i/+X/6/8XANv/5//Y/+L/2v/c/97/LADg/+z/6//s/+r/7P/q/xUA6/8AAAAAAAAAAAAAAAAAAAAA7v8AANb/AAAAAOD/LAAAAPX/FAAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAA+f8bAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/yv/O/xQA1f/U/wAAw/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//r/+n/6//s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/+P8TAAAAAAAAAPD/9//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/+r/2P8lAOz/3//Z/9P/AAAAAAAAAAAAAAAAAAAAABQA9/8AAAAA+//s//r/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/w4A5//k/+D/7P/q/w8A6f/s/+3/7P/o/xYA8//m/+z/FADw//X/7P/s/+z/7P8UAOz/+v/w/+3/7P/s/+z/5v/a//D/4v/k/ykA3//T/+z/8P/w/+z/+P8UAOf/7f8AAAAAAAAAAAAAAAAAAAAAAADV/+r/5f/c/wcA5v/o/wYA6//t/+z/7/8AANj/6v8UAOz/7v/u/+//7f/s/+v/FQDs/+3/8//t/+r/6//s/wAAAAAAAAAAAAAAAAAAAADl/93/7v/6/+3/FwDX/+z/7P/s/+z/7P8AABQA7v/w/+z/7P/y/+3/FADs/+z/7P/p/9f/7P/q/yAA2//l/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVANr/8//W/+n/5v/m/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8oAOT/0//k/9P/1f/T/9X/KADk/9P/5P/T/9X/0/8AAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/y//D/7f8UAOz/7f/X/9f/2//q/9f/2/8pANf/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADw//L/7//x//D/7v/s/+3/9f8UAPf/7P/s/+3/8P8AAAAAAAAAAPL/FgAAAO3/9/8AAPn/AADt/xgAAADl/+3/8f/n/+7/6f8bAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7f/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7v/t/+z/7v8UAOz/7P8UAPD/8//0//v/7P/s/+7/1f/o/+X/4f/B/+T/5/8jAAAA2f8AAPj/AAAlAOX/7v8AAOX/AAD6/wAAIgDg/+3/AAAAAAAAAAAAAAAAAAAAANn/4P/a/9n/3/8lAN3/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/6//s/+z/7P/r/xUA7f8AAAAAAADr/+r/7v/r/+v/6//r/+z/6/8VAOv/3f/m/+b/4//s/ygA2P/b/+z/FADu//H/7P/s/+z/7P/U/9b/4//x/8//3f8XAMH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7//s/xQA7P/r/9X/7P/s/+z/7P8pAOz/7P8UAOz/7P/s/+z/7P/s/+v/AAD3/x0AAADq//b/AAAAAAAAAAAAAAAAAAAAAAAA6v8WAOz/7P/q/+v/6v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s/+v/7P/s/+z/FQDs/+v/6/8AAAAAAAAAAAAA7P8AABUAAAAAAAAAAAAAAAAAAAAAANz/3f/s/+r/6f8iANj/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAA7f8AAPX/3//k/wAA6f8AAAAAAAAAAAAAAADl/wAAGwDs/+z/7P/q/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAHQD5/wAA4v/o/+n/FwDj/+v/6v/o/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA9P/z/wAAFADs/+b/7f/L/+//1/8PANL/3f/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/p/xQA7P/s/+z/7P/s/+3/7P8UAOz/6//5//T/AADu/9r/EwD5/wgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAD5/wAA+//t/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAAAAHgAAAAAA7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAKANb/3f/0/9//1v/6/+D/7//s//L/7v8AAO3/FAD5//j/6//L/xQADQDU/8//4P/n//j/7v/l/+v/GQDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANn/7P/s/+f/FADY/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+P/6f/p/+b/6/8YAOr/7P/s/+7/7f/t/xQA7P/s/xQA7v8AAPn/AAD6//L/9/8AAAAAAAAAAAAAAAAAAAAAFAD3/wAAAAD7/+z/+v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/k/+D/6P/h/+T/IADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/7P/s/+z/7P/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/7P/r/xUA6//q/+b/8P/1/+v/6P8XAOf/qv+p/wgAwv+0/6n/IADK/+r/5P8YAOz/7f/W/+v/6f/s/+v/7P/t/+3/7f8UAO3/6/8UAPb/8P/u/+z/7f/t/+z/7P/t/+7/8//u/xQA7v/u/wAA+v8AAAAAEgD4/wAA7P/u/+7/7f/x/xQA7P/s//b/2f/o/+n/2P8ZAM//4P/k/9b/5f/m/+v/7P8UAO//5v/p/+v/AADt/9z/KQDh/+L/7P/r/+P/6/8VAOz/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/0P/U//n/z/8AAAAAy//s/+z/FQDs/+z/7P/r/+z/IADm/+n/4P/V/+T/2v/q/wAAAAAAAAAAAAAAAAAAAADr/+3/7P/t//D/FQDs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+3/7P/t//D/FQDs/+3/+v/u/wAAAAD7/+z/9/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8PAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//t/+z/7f/w/xUA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//2//r/7P/i/9j/6/8UAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P8AAOz/7f/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/s//n/9f/s/+z/7f/s//L/AAAAAAAAFAAAAO7/AAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAA+f8UAOz/7P/s/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/m//D/9f/r/+j/FwDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADr/+P/+f/t//H/EwDs/xUA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA8P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/8f8AAPn/AAAbAOb/9v8AAAAAAAAAAAAAAAAAAAAA6P8aAOX/5v/h/+L/5//n/wAAAAAAAAAAAAAAAAAAAAAUAPf/AAAAAPv/7P/6//H/AAAAAAAAAAAAAAAAAAAAANj/7//2/+f/5f/Y/xMAAAAAAAAAAAAAAAAA7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/AAAAAAAAFADs//D/AADx/wAAAAAAAAUAAAANABQA7P/s/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAPT/JgDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAA8P/e/+v/7P/t/+3/IQDo/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/FgDr/+//6//r/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADx/wAAAADw/xQA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/u/wAA7f/s/+3/7/8UAAAA2v/c/9j/2P/k/wAA2f8AAAAAAAAAAAAAAAAAAAAA6v/s/+f/AADt/xUA2P/h/wAAAAAAAAAAAAAAAAAAAADp/xsA3//Q/9L/y//s/+r/7P/s/+3/9f/t/wUA2/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f/k/zUAz//F/6//y//N/+3/AADt/xQAAADs/+z/7P/s/+z/9P/p/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/y/+z/7P/u/xQA8v/s/9j/3/8YAOX/5v/s/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9/8AAO3/FADs/+z/5//r/xkA1P/p/9n/7P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/i/97/6//h/+v/7P8aABQA7f/u/wAA7f/r/+z/7P8AAAAAAAAAAAAAAAAAAAAA3f/Y/+z/AAAAANn/AADZ/+T/7P/r/+z/7P/q/xQA7P8AAAAAAAAAAAAAAAAAAAAA2P8UANv/2P/Y/9j/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/v//T/9v/s/+z/9f8UAOz/7P/s/+z/7P/s//T/7P/s/+z/7P8UAO//7P/s/+v/7P/s/+r/6v8VAOn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAPP/9P/w/wAAFwASAAAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/y//D/7f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/u/+z/8v/s//r/FADt/+z/7v/s//L/7P/6/xQA2//g/+P/2v/h/+X/IwDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+v/6v/r/+v/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/FQDs/+v/6//t//f/AAD5/wAA7f8YAAAA7P/r/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/AAAgAPH/9//u//f/AADp/xgA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7P/z//j/7v/s//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/u/wAAAAD7/+z/9/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/Q/yQA1f/u/+3/9f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA+f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/3//v/AAAAAO//7P8UAOr/4//t/+z/7f/e/+//FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/3//v/AAAAAO//7P8UAO//AAAAAAAAAADv//H/EwDs/+z/7v/2/wAAFADs//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/m//n/2v/e/wAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+r/FADr/9v/5v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPL/8v/6/xQA7P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAACI/7H/wf8dAKv/9P/L//H/7f/s/+7/7P/y/+z/+v8UAAAAAAAAAAAAAAAAAAAAAAAQAOz/7P/a//f/AADs/9//7f/u/+z/7P/u/+3/FADs/xQA7f/s/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7f/s//D/7f/t/xQA7f/n/woAFADq/+r/6//r/+v/6v/x//n/5/8UAOv/6//t/+z/7P/0/+n/7P/t/+z/FAD5/xIAAAAAAAAAAADx/wAA7P/s/+z/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/5P/s//H/6v/g/xoA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+X/6v/q/+n/6/8WAOr/HwDX/9P/1P/r/8v/wf+o/+z/AADy//L/+v8UAOz/9f8UAOz/7P/s/+3/7P/s/+z/AADv/+//+//t//H/FADx/wAAAAAAAAAAAAAAAAAAAADu/wAA+v8AAAAAEgD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+T/9//p/xQA7v/x//X/7v8AAO3/7P/t/+//FADU/+b/8P/M/97/IgDg/8//AAAAAAAAAAAAAAAAAAAAAOr/6//q/+j/6/8WAOj/6/8AAAAAAAAAAAAAAAAAAAAA7P/u/+3/+f8AAPv/FAD7/wAAAAAAAAAAAAAAAAAAAADs/wAA7f8AAPD/FAD0/wAAFQDs/+3/6//v/+z/7P/q/+z/6f/x//T/AAAUAOz/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/3//o/97/0v/S/x8A5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8VAOz/7P/q/+v/7P/6/wAAAAD5/wAA+//t/wUA3//3//b/1P/j/8v/AAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA4P/s//b/AAAAACgA5P8AAOz/7P/s/+z/7v/t/xQA7P8AAAAAAAAAAAAAAAAAAAAA3f/t/+3/7P/x/wAA7P8UAAAAAAAAAAAAAAAAAAYAAADs/+3/7P/s//D/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO7/FgAAAOX/AAAAAOr/8f8AAAAAAAAAAAAAAAAAAAAA6/8UAPb/8P/u/+z/7f/t/wAAAAAAAAAAAAAAAAAAAADs/+3/8P/t/+3/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAOj/8f/6/+r/7v8hAAAA3//2/+v/7P/s/+v/7P8LANX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAO7/7P8AAB4AAAAAAAAAAAD0/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/u/+z/8v/s//r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//r//r/8v/4//n/FQD5/wAAAAAAAAAAAAAAAAAAAADw/+r/9//t//n/GgAAAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+//AAAAAAAAFADv/+z/7P/u//D/+P/z/+3/FQDz/wAA6//s/+z/7P8FAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6/8UAOz/4f/t/+z/6v/w/+3/AAAAAAAAFADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA7//Y/wAA2P/m/97/7f/T/xQAAAAAAAAAAAAAAAAAAAAAABQA7P/s//T/6//s/+r/7P/g/9v/EwDP/+X/6f8AAN//9v/x/+//9v/t/+f/DgDy/93/DgDb/9n/3//b//f/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/0v8aANf/1P/P/+r/2f/Q//r/0f/n/8r/yf/y/x4AAAAAAAAAAAAAAAAAAAAAAOz/7P/y/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//T/6//s/+r/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+//6P/6/xgA6f/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAOv/7P/s/+3/AADs/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/6//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAxv/Q/xEAyP/o/83/1/8NAOz/FADs/+z/7P/s/+z/7P/q/97/7P/n/xMA2v/n//D/AAAAAAAAAADw/xQA7f/t/wAAAAAAAAAAAAAAAAAAAADm/9T/5P/w/wcA6f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAFQDp/+L/5f/n/9v/6P/s/+z/7P/s/xQA7P/s/+z/7f/s/+z/7P/r/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+b/7f8VAOr/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAFQDt/+7/7v/u/+r/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xYA+//t/+3/0v/u/+z/6P/I/xQA6//s/+z/FADs/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/wAA5//m/+H/DwDs/9v/7P/t/+//+//w/+3/FADw/w8AwP/O/wkAzf/Z/9b/vP/r/+v/6//r/+z/6/8VAOv/7P/s/+3/7f/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9b/AAAYAOT/5v/s/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/u/wAA7f/s/+3/7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/q/+//6//r/+v/4/8XAOT/6v/v/+v/6//r/+P/FwAAAPL/7P8AAOz/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/FgDs/+v/6v/p/+r/5f8AAAAAAAAAAAAAAAAAAAAA5//R//X/BgDx//j/DgDS/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAAAADz/wAA7f8VAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAADs/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/p/+f/GADl/+b/6f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+7/7v/s/+z/9v8UABQA7P/s/+z/7P/s/+z/7P/s/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/9L/FwDp/8//7P/r/+r/7P/u/xQA7P/u/+z/7P/s/9r/6v8XAOn/6f/r/+j/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8MAOv/8v/1/wAA7P/o/wAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAA5P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+n/6f/g/+f/6f8SAAAA7P8AAPH/AAAAAO3/AADx/+T/6v/m/+z/6v/r/+v/FQAAAAAAAAAAAAAAAAAAAAAAuP/5/93/5v/I//f/+f/q/wAAAAAAAAAAAAAAAAAAAAD0/xMAAAAAAAAA7v/z/wAAFADw/wAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/xv/s/+D/6f/C/x4Ayv/n/yEA6//r/9j/3f/p/9//7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7/8AAAAAAADp//r/FwDV/+v/6v/r/+f/2//V/xkAAAAAAAAAAAAAAAAAAAAAAPD/5P/a/+3/AADb/9v/AAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAOz/AAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/xkA6//o/+v/6P/p/+v/AAAAAAAAAAAAAAAAAAAAAOz/7f/u/+7/7v/s/xQA7f8GANz/1f/g/+f/yv8PANP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8v/y//r/FADs//X/FAD4//b/7f/s/+z/7P8AABMA+v/7//T/AAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x//f/7P/k/+//8/8VAAAAAAAAAAAAAAAAAAAAAAD4//P/8P/u//r/8P/6/xQA7P/t//D/7f/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADY/+n/8f/r/+r/5P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//c//D/6P/b/xIA7P8AAO7/9P8AAPj/9f/5/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6//y//r/5/8UAN7/7f/t/wAAAAAAAAAAAAAAAAAAAAAAAO//AADx//P/7/8AABgA6//k/wAAAAAAANb/7P8iAOz/2f8AAAgA2//o/+f/2//s/+z/7P/s/+7/7f8UAOz/7P/t/+z/7P/w/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/+z/6//b/+z/2/8dANv/2v8gAN7/5//o/+L/4f8AAAAAAAAAAAAAAAAAAAAA7f/6//L/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+v/6v/r/+v/2//r/xUAAAAAAAAAAAAAAPv/7v8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAD5/wAAAADs/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/s/+z/7P/s/xQA+f/t/wAAAAAUAPT/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/3//a/+v/7f8AABQA7P8RAOH/BwDl/+b/vv/c/8P/DwDg/xAAzv/R/9T/2P8IAAoA9/8AAPn/AADs/xIAAAAUAAAAAAAAAAAA7P8AAAAA9v8VAAAAAAAAAAAA7P8AANr/6f8nAOX/6f/e/9D/6P/r/+z/7P/s/xUA7P/r/+v/IgDf/9r/7P/p/93/3f/s/wAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAA9f8aAAAAAAAAAAAAAAAAAAAAAAAAAO3/7/+6/2z/zv/4/+//t/8GAOL/1v/e/wwAxv/p/8X/j//i/73/8v/y/+H/AADk/x4Ay//J/93/1f/C/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/AADY/9b/6f/v/9r/CwDq/xUA+P8AAPD/7f/r/+//AAAAAAAAAAAAAAAAAAAAAO//DADr/+f/6v/q/93/3//s/+z/7P/q/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6//r/+v/6/8VAOv/BgDs/+P/EgDx/83/y//j//r/2/8AAAAA5P/W//b/4f8AAAAAAAAAAAAAAAAAAAAA2f/o/ygA2P/y/+L/2P/Z/wAAAAAAAAAAAAAAAAAAAADr/+v/9f/t/wAA6/8VAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAPr/AAAAABQA9/8AAAAAAAAAAAAAAAAAAAAAFAD3/wAAAAD7/+z/+v/x/+3/FADt/+z/AADs/+z/7f8AAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAAAABQA7P/x/+v/6//s/+v/6//q/xQA6//U/8v/3//Y/9z/z/81AOD/AAAAAAAAAAAAAAAAAAAAAO3/FADt/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/r/xUA7P/o/+z/6//s/yMA2//f//L/6P/c/+X/AADs/+z/7P8UAO3/7P/s/+z/AAAAAAAABwAAAPn/AAAAAOz/7/8AAPn/AAD5/xQA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/8f/v//L/7v8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Y/xAA2f/a/+b/7P8NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/7f8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAiAOf/AAAAAAAAAAD2/wAAFADq/wAAAAAAAAAA7P8AAOz/8P/w/+z/+P8UAOf/7f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FADt/+3/AAAAAAAAAAAAAAAAAAAAAPH/7P8XAPX/7v/y/+n/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/wAAAAAAABQAAADu/wAAAAAAAAAAAAD2/wsAAAAAAAAAAAAAAAAA9v8LAAAAFAD3/wAAAAD7/+z/+v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+H/6v/p/+r/6//o/xgA6f8AAPL/7P/r//T/AADb/+n/9P8AAAAAAAAAAPf/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//1/+7/AADs/xQA7//h/9z/7f/3//P/7v8fAO//AAAAAAAAAAAAAAAAAAAAAOb/uv/g/8f/y//a/xsA2P8UAOf/5v/s/9j/6//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx//f/7v/3/wAA6f8YAPn/7P/s/+z/7P/m/+3/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/l/+v/6//s/+v/FgDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/x/xkA8v/r/wAA8//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/f/+v/2v/f/wsA2f8AAAAAAAAAAAAAAAAAAAAA1f8pAOT/1P/k/9P/1f/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/y//B/+j/yP8MAPH/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/k/+z/6P/s/xYA6f/q/+3/9v/s/+3/8f/s/xQA8P/l/+z/6v/s/+z/6/8XAOz/AAAAAAAAAAAAAAAAAAAAAO3/8f8AAAAAAAAUAOz/8P/s/xUA7f/t/+v/7f/r/+z/HwDW/9v/5//p/+r/5v/o//f/AAAAAAAAAAAUAOz/8f8vAN//4P/q/wAAyf/T/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAO//AAAAAAAAAAAAAAAAAAAAAAwA7f/J/6b/4P+u/wAAr/8LAML/1//P/7T/t//c/wAA7v/U//D/6//g/+L/9P8AAAAAAAAAAAAAAAAAAAAAAAAuAOr/7P/2/+//0v/n/97/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA3v/m//b/7v/v/+3/7P8XAOj/HAAAAPn/AADy/+L/AADu/wAA+v8AAAAAEgD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAA7f8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+b/7v8UAOr/AAAAAAAAAAAAAAAAAAAAAOz/7P/k//f/6f8UAO7/8f/s/+z/8v/t//P/7P8UAO7/4f/c/+3/9//z/+7/HwDv/+z/7P/t/+3/7f/s/+z/FADs/+z/7f/t/+3/7P/s/xQA6//r/+v/6//r/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AADl/+z/2P/Y/9n/CAAaAKX/z//f/+f/w//3/+P/AAAAAAAAAAAAAAAAAAAAAO3/8v/6/wAAAADs/+z/FAAAAAAAAAAAABwA+f/6//X/AAAAAAAAAAAAAAAAAAAAAOz/7P/u//T/7P/s/+v/FAAAAAAAAAAAAAAAAAAAAAAA6v8AAOz/7f/u/9//DQDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9/8AAAAAAAAUAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/7P/s/+z/FADs/+z/7P8UAOz/7P/s/+z/5v8AAAAAAAAAABwA9//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/X/+H/3v/Y/87/LADZ/wAAAAAAAAAAAAAAAAAAAAA2APX/AAAAAAAAAADT/+X/7P8UAOz/7P/s/+z/7P/s/+v/FgDr/+n/6//r/+v/6//s/+v/6//p/+v/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAA7/8AAAAAAAAAAAAAAAAAAAAA6//s/+z/6v/q/xUA6f/q/wAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAPT/JgDj/wAA7P/s//f/AADt/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/8f/3/+7/9/8AAOn/GAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/+v/7f/z/+z/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+z/FADs/+z/7f/q/+z/7P/v/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+3/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/w/wAAAAAAAAAAEwAAANb/1v/d/+H/3P/r/xwA1//s/+z/9v8AAAAA7f8UAPv/7P/s/+z/7f/s/+z/FADs/+z/7P/y/+3/8//s/xQA7v/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8UAPj/AAD4/wAAAADs//f/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/8/8AAAAA7P8AABcA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7v8AABQAAAAAAAAAAADs/+7/AAAUAAAAAAAAAAAA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+//7P/r/+v/6v8TAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA+v8AAAAAEgD4/wAA4P8AAAAAAAAAAO3/GAAAABQA7v8AAPb/AADu/+z/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs//P/+f/4//T/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAO3/+v/y/+3/7P8UAOz/7P8IAOz/6//U/+v/AAD7/9n/AAAAAAAAAAAAAAAAAAAAAO//9f/v//j/+/8TAPn/9f/f/+X/AADx/+H/7//w/yIA6/8AAO3/FAAAAPf/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//b/AAAUAOz/+v/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/9/8AAAAA9v/u/xYA6v/Z/+b/AAAAAAAA9f8nAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P/t/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOr/6//x/+r/6v/r/+z/7P/t/+z/7P8UAOz/7P/4//T/AAD5/wAAGwDu/+v/5/8UAPT/8v/2/+//7P/l/wAAAAAAAAAAAAATAPD/8f/s/+v/7//o//r/GADp//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/7P/v/wAA+f8AAPn/FAD3/wAAAAAAAAcAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADu/+z/7f/1/xQA9//s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/4//s/+z/6/8JAAAA2f8AAAAAAAAAAAAAAAAAAAAA1P/m/9f/2P/d/83/JQDT/wAAt//N//L/p//s/+n/t/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/9P/3//e/+f/5/8qAOH/2P8AAAAAAAAAAAAAAAAAAAAA9P/w/wAA9f8AABUA7P/u/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+r/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAO3/7f/6/wAAAAAAAAAAAAAAAAAAAADM/ygA5P/O/9f/2//c/9//+v8WAAAAAAAAAAAA8P8AAOz/FADs/+z/7P/r/+z/6/8AAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAO7/6v8AAAAAGQAAAAAA9P/5//L/+P8AAAAAAAAAAAAAAAAAAAAA8P/t/+z/8P/t/+3/FADt/wAAAAAAAAAAAAAAAAAAAADt/+r/6//s/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAOb/5/8AAOL/2f/W/wAA5v/s/+z/7P/s/+3/7P8UAO7/FADl/wAA6v/s/+X/5P/s/+z/7v/u/+3/8f8UAOz/7P8AAAAAAAAAAAAA7P8AABUAAAAAAAAABwAAAPn/AAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAO7/7f8AAOz/7P/s/+z/7f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P/q/xcA6//p/+n/6v/p/+r/AAAAAAAABwAAAPn/AAAAAOz/7P/s/+v/7P/r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xQA7v8AAO7/9f/t//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/AAD5/+z/7P/v/+z/7P/s/+z/7f/s/xQA7v8AAAAAAAAAAAAA7P8AABUA4v/n/+n/5v8aAOT/5P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//n/7P/v/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAOz/+v/w/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAPn/AAD7/+3/BQAAAAAAAAAAAAAAAAAAAAAA7P/t/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/u/+//8P/t/+v/7P8UAOz/7P/t/+3/7P/s/+z/AADX/9v/7P/T/83/8//b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//l/wAA8f/h/+//8P8iAAAAAAAAAAAAAAAAAAAAAADu/xMA7P/f/97/1P/S//H/AAAAAAAAAAAAAAAAAAAAABQA+P8AAPj/AAAAAOz/9/8oAPr/AAAAAAAAAADY//H/AAAAAAAAAAAAAAAAAAAAAOT/6v/v/+v/6//r/+P/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/f/+z/AADa/9L/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAdAPn/AADi/9P/yP/R/93/9//R/8v/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/yv/o/9n/HwDa/9L/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAHQD5/wAA4v8AAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA7v8AAM3/+P/O/73/2f/3/wgA2P8VAAAAAAD5/wAA6v/t/wAA+v8WAAAAAAAAAAAA8P8AAAAAFAAAAAAAAAAAAOz/AADs/+z/7P/s/+z/6/8UAOz/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAAAA9v8AANn/EwDw/wAAAAAAAAAAAAARAAAA7/8AAAAAAAAAAAAAEQAAAO//+f8AAAAAAAAAABQA7P/w//n/AAAAAAAAAAAUAOz/8P/s/+z/8P/s/+//FADr/+z/6//V/+z/7P/s/+z/KQDs//n/AAAAAAAAAAAUAOz/8P/q/+v/FADr/+z/AADc/+z/AAAAAAAAAAAAABEAAADv/wAAAAAAAAAAAAAAAAAAAAAUAPH/7/8AAPP/7P/t//v/+v8SAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAALAPb/AAAAAAAAAAAAAAAACwD2/wAA5f/g/+T/4v/i/+D/HQDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/7f/t/xQA7P/s/+z/FADs/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v8AANj/2P/c/+D/AADY/9T/4v8AAAcA6P/c/+X/AAAAAAAAAAAAAAAAAAAAAAAAAADm/wAA+/8AACIA4//z/xQA7P/6//D/7f/s/+z/7P8XAOv/6P/s/+z/6//n/+z/6/8WAOv/6f/r/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FAD2//D/7v/s/+3/7f8AAOf/9v8AAOb/2P/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA9v/w/+7/7P/t/+3/AADv/+//+//t//H/FADx/wAA7//v//v/7f/x/xQA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+//7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+//AAAAAAAAAAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/I/8X/yv/F/8L/xv8jAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA8//s/wAAxv8+ANr/3v/b/9f/x//f/wAAAAAAAAAAAAAAAAAAAADi/+7/9f/t/wAA7P8ZAPD/AAAXAPL/AAD6/wAA9P8AABQA9f/z/+3/7P/s/+z/AADs/+7/FADs/+7/7P/s/+z/6P/p/xcA4//r/+r/6P/m/+z/7P8UAOz/7P/s/+z/7P/s/+7/FADx//b/7P/s/wAA+v8WAAAAAAAAAAAA8P8AABMA+v/7//T/AAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/w//X/+P/s/+z/9v/k/+z/6//z/+X/6v8XAOv/EwD6//v/9P8AAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/w/+z/+P8UAOf/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkA1f/I/9L/yv/D/wAA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAAAAAAAAAAAA9P/l/wAA7P/s/+z/7P/s/+z/7P8UAKb/AADz/wAAyf/q//j/vf8bAOz/6v/s/+T/7P/d/+D/AAAAAAAAAAAAAAAAAAAAAAAA6P+8/8f/w//v/8//yf8AAAAAAAAAAAAAAAAAAAAA6P8AALb/iP/b//j/9v/N/+//8f/z/wAAAAD2/xQA5//r/9X/7P/s/+z/7P8pAOz/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/H/8//3v/D/wAA7//y/+z/FQDt/+3/7P/t/+v/7P/y/9L/AADc/wAAAABKAAAA8v/S/wAA3P8AAAAASgAAAAAAAAAAAAAAAAAAAAAAAADL/8L/CwDU/+b/EwDw/9j/5v8dAOv/6v/r/+3/4//r//r/FgAAAAAAAAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+v/4//p/+r/FQD4/wAAAAAAAAAA2P8AAC4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/xcA9P/Z//n/7//r/wAA+/8lAAAAAAAAAAAA3v8AALz/KgDF/8v/1v/o/8T/zf/n/9n/5v/i/+j/IADr/7P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//b/7P/t//H/7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAAsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/AAD5/wAA+v/y//f/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/JADs/+r/3f8AAAAAAAAAAAAAAAAAAAAA7v/t//L/8P/t/xQA7P/t/+z/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA+v8AAAAAEgD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADW/9r/0v/n/+r/6P/j/+v/5f/q/+r/6f/r/xYA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/o/+H/4f/j/9P/w/8jAPT/+P8AAO7/+f/s/+//FADu/+r/7P/t/+z/7P8WAPL/1f8sAOD/1//o/9b/0//R/+z/7P/s/+z/7P/s/xQA7P/m/+X/6//t/+r/6P8aAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6f/q/+T/6P/m/xkA6P/h/+X/6v/c/97/4/8dAOf/6v/s/wAA7P/v/+7/FQAAAAAAAAAAAAAAAAAAAAAAAADq/+z/AADs/+//7v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAOn/5f/r/+v/3//p/+T/+//z/wAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/t/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAIADp/+X/6//r/9//6f/k/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//9f/u/wAA7P8UAO//MgDO/9P/2//W/83/x//Z/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+3/7P8UAOz/t/8lANn/4P/d/8//4f/Z/9X/AAAAAPT/AADr/ykAAADk/+D/5P/p/+n/4v8eAOj/6v8VAPj/AADw/+3/6//v/xQA7P/s/+3/7P/s/+z/7P8AAAkAAAAAAAAAAAD5/wAA7P/y/wAAAAAAABQAAADu/xUAAAAAAAAAAADt/+z/AADs//H/9f/x/wAAFADu/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAD5/+v/AADk/+j/6P8XAOv/6f/m/+X/7P/s/+z/IwDs/+z/7P/Y/+b/6P/q/xgA6f/m/+f/6P/s/+z/7f8UAO7/7P/s/+z/7P/s/+z/FADs/+z/7P/s/wAAAAAAAAcAAAD5/wAAAADs/+z/7P8UAO3/7P/s/+z/AAAAAAAA8/8AAPH/FgAAAAAAAAAAAAcAAAD5/wAAAAAAAAAAAADz/wAA8f8WAAAA7P/t//X/FAD3/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADq/+n/6P8WAOn/6f/q/+r/AAAAAAAABwAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAA5P/q/+//6//r/+v/4/8XAOz/7P/t/+3/7f/s/+z/FADp/+P/7P/g/wAA7P/o/xMAAAD3/wAAAAAdAPn/AADi/wAAAAAAAAAAAAAAAAAAAADW/9f/2P/o//f/2P/Y/wUA7P/s/+3/7f/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAANz/wP+5/6r/7v/4/+b/7P/0//n/8//6//D/FgD5/wAAAAAAAAAAAAAAAAAAAADj/+b/yP/s/+H/1f8cAML/AAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADt/+3/+v/f/+b/6v8AAO//6P8fAO3/AAAAAAAAAAAAAAAAAAAAABQA8f/v/wAA8//s/+3/+/8UAPH/7/8AAPP/7P/t//v/AAAAAAAAAAAAAAAAAAAAAOX/HQDl/+j/5//o/+L/3P8AAAAAAAAAAAAAAAAAAAAA9f/u/wAA7f/s/+3/7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+n/6v/q/+j/6/8XAOj/5f/p/wAA7f/3/+z/GQDy/wAAAAAAAAAAAAAAAAAAAADs/xQA8v/s/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOn/2//m//L/6//r/xUA1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/FADt/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/q/+j/5/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO3/7v/u/+7/6v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAA+f8AAAAA3/8AAOn/6v/p/+n/DQDl/wAAAAAAAAAAAAAAAAAAAAD5/xIAAAAAAAAAAADx/wAA6v/W/+b/5v/Z/ycA4P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/s//P/+P/u/+z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/s/+z/7f8UAO//7P/u/xQAAAAAAPr/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x//f/7P/k/+//8/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3//D/8f/u/xQA7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA5//2/+//AADe//T/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADt/+3/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA2P/d/+z/7P/s/yYA6//p/wAAAAAAAAAAAAAYAO7/8v/Y/9//2f/q/+j/MgDW/9f/5v/l/9v/1v/e/xUA4f/s/+v/7f8UAOv/7P8AAOD/6f/t/+z/7P/s/+z/FADs/+z/+v/7/wAAAAAAABgA+P/5/+7/7f/y//D/7f8UAOz/7f/u/+3/8v/w/+3/FADs/+3/AAAAAAAAAAAAAA4A9v8AAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAJADp//X/AAAAAAAAAAAAAAwA+P8AAAAA9/8AAPj/AAAiAPn/7f8AAAAAAAAAAAAAAAAAAAAA7P/r/+//6P/6/xgA6f/2/+z/6v/x/+z/+P8YAOj/9//s/+z/8P/s/+//FADr/+z/7f/x//T/AAD7/xQA7P/s/wAAAAAAAAAAAAAMAPj/AADt/+z/7P/t/+z/FADs/+z/7P/s//D/7P/v/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPb/7P/y/+z/7P/s/+T/6v/m/+z/6v/r/+v/FQAXAOv/7v8AANX/6f/c/+j/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+z/7P/s/+z/8f/w//L/+v/2/wAA+v8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//m/+r/AADv/+j/HwDt/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA0v/J/8n/yv82AND/1v/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/GwAAAAAA+//3/wAA+P/w/+7/AADt/+z/4//u/xUA7P/s/xQA7P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+7/7f/5/wAA+/8UAPv/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/KADf//H/3f/r/9T/6v8AAAAAAAAAAAAAAAAAAAAA1v/b/wAA2P/t/+v/EADj/wAA4//T//j/7/8FALP/u/8WAOr/7P/q/+3/7P/r//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+//7P8UAOz/6v/r/9//7P/p/+3/FgDf/wAAAAAAAAAAAAAAAAAAAAAAAOP/EQDS//P/vf/j/8r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//b/AAAAABIA+f/6//D/7f/s//n/7f8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/9H/yf8uANb/6v/O/+T/AAAAAAAAAAAAAAAAAAAAAOz/FAAAAO3/7f/t/+z/7/8AAAAAAAAAAAAAAAAAAAAAAADq/xQA7P/r/9r/2P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj//T/7v/0/wAAGgDu//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgDP/8r/0P/Z/9f/6v/R/+3/7v/s/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPANj/1v/S/+3/w//Q/wAAAAAAAAAAAAAAAAAAAAAMAO7/AADo/+f/FADq/+f/AAAAAAAAAAAAAAAAAAAAAOr/6f/r/+v/FgDq/+X/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/0/+n/7P/t/+z/FAAAAAAAAAAAABwA+f/6//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAO//2P/7/+v/8v/c/ycA7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+7/AADt/+z/7f/v/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAOn/AADt//D/+//y//D/9P/s/xQAAAAAAAAAAAAAAAAAAAAAABQA7/8AAAAA+f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAADgDt/+//7P/4/woA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA1f/V/9f/zf/A/9f/7P8AAAAAAAAAAAAAAAAAAAAAFADt//L/+f/7/+z/7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAlAOv/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7P/4/+z/7v/r/xMA7P8AAAAAAAAAAAAAAAAAAAAAxv/k/93/1f/f/87/KwDK/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgANz/4f/Y/+r/2v/h/+j/1f8AAOj/GADm/+L/0v/h/wUA5//e/+z/2P8AAOj/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9b/5v/m/9n/JwDg/+T/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7f8AACgAAAAAAAAAAADY/wAA8P8bAPL/AAAAAAAA4P8AAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+z/FgDs/+z/5v/o/+r/GADp/+b/5//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt/+//6v/x/+3/6//s/xQA7v8AAPn/AAD6//L/9/8UAO7/AAD5/wAA+v/y//f/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P/s/+z/FAAAAAAA8/8AAAAAAAASAAAA6v/t/+//7P/v//H/6/8WAB4A6//3/wAAAADs/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//f/AAD5/wAA7f8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAA6P/g/+X/6//Z/9f/4v/v//j/8f/6/wAAEwAAAPj/7P8UAOv/7P/s/+z/7P/s/xQA7P/0/+z/7P/s/+z/7P/s/+z/8P/s/+//FADr/+z/7P/p/+//5P/l/yEA7P/c/wAAAAAAAAAAAAAAAAAAAADy/wAA7f/z/+7/FAAAAOz/AAAAAAAAAAAAAAAAAAAAAN//1//a/+P/4/8XAOv/2f/s/+z/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAABQA+P8AAPj/AAAAAOz/9/8UAO7/7f/s//r/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xcA6//y/+7/8v/p//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/+7/BQDj/87/8f/Y/+r/4v8iAOv/7f/x/wAAAAAAABQA7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAJAAAAAAAAAAAAAAAAAAAAAADf//f/9v/U/+P/y/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/xQAAADt//H/7v/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAkA+P8AAAAA+f8AAOz/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//h/9v/2f/p/9n/KADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//p/+r/5P/o/+b/GQDo/+z/7P/s/+z/FADs/+z/7P8AAPf/AAAAABQAAAAAAOz/8f/x//b/7v8bAPT/7//d/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P/s/xQA6P/o/+v/6//r/+v/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/9f/1f/r/9z/yv8nANH/7P8AAPP/+/8AAO3/FAAAAO3/7f/t/xQA7f/s/+z/7P8UAPf/AAAAAPv/7P/6//H/AAAAAAAAAAAAAAAAAAAAAO3/FQD5/wAA+f/2/+z/+f8UAAAAAAAAAAAA8//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDW//T/8P/w//D/5//u/9D/5//Z/+j/6P/Z/yQA7f8AAAAAAAAAAAAAAAAAAAAA6//q//T/5//s/+v/6v8VAOD/3P/o/+j/5P/p/yAA6P/U/77/xf/A/9v/1v/o/yYA+P8AAAAAAAAAAOz/AAAVAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA8v/1/wAA4P/q/+z/6//t/+z/FQDt/+j/6//s/+v/6v8XAOv/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/FADs/+3/FADt/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAGAAAA6v/t/+//7P/v//H/6/8WAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/u/wAA7f/u/+z/7P/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAACQAAAAAAAAAAAAAAAAAAAAAA7f8UAO7/8//s/+3/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/u/wAA7f/s/+3/7/8UAAAAAAAAAAAAAAAAAAAAAADs//f/8P/x/+7/FADs//H/6/8AAPb/7v8AABQA7P/y/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/+3/7P8UABQA7P/s/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/HgDo/9//6P/o/9X/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/GwDs/+f/6P/o/+f/6f/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/FADs/+z/HgDo/+j/3//b/+b/3f/m/xQA+P/6/wAAAADs/+z/+v8AAAAAAAAAAAAAAAAAAAAA5v/O/9f/z//Z/ykA5P/W/+P/6v/p/+n/7P/m/xkA6v8AAAAAAADz/wAA8f8WAAAA5f/H/+z/4f/0//b/IQD3/+3/8f8AAAAAAAAUAOz/8P/s/+n/8f/0/wAAFADs/+n/7P/Y/+H/GADl/+b/7P/Y/wAAAAAAAAAAAAATAPD/8f/q/+n/6P8WAOn/6f/q/+r/7P/t/+3/7f/t/+z/FADs/+z/7P/t/+z/7f/t/xQA7v/t/+3/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAANL/4f/f/+n/3f8gAOH/6v/s/+z/7P8UAO3/7P/s/+z/4f/r/+b/7P/V/x4A4v/J/83/5P/Y/8n/5P+t/zEAz/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADIAAAD6/wAAAADo/9T/6/8UAPH/7/8AAPP/7P/t//v/FADx/+//AADz/+z/7f/7/+v/6//r/+v/7v8VAOv/6//r/+7/+//c//r/MwDV/9v/7P/s/+z/7P/s/+z/FADs/wAA7//s/+D/7v8vAMz/5v/s/+z/7P/s/+z/6/8UAOz/5P/r//r/7f/q/+X/HADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDq/+j/5P/m/93/4//k/wAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAFADs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+7/AAD6/+7/6v/p/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/yUAAAAAAAAAAADe/wAA8P/t//b/8P8AAO7/FAAAAOz/7f/v//v/8P/t/xQA8P/r/+//AAAAAAAAAAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQD1/+z/5v/J/8X/xv/P/+z/7f/t/+3/7f/s/xQA7P/u/wAA+v8AAAAAEgD4/wAAAAAAAAAAAAAAAAAAAAAAAOz/7//1/+7/AADs/xQA7/8AAAAAAAAAAAAAAAAAAAAAEwDo/+z/7P/m/+n/7f/s/8v/4//r//D/2/8fAOP/5v/2/9n/6P/p/9j/GQDP/+D/7f/x/wAAAAAAABQA7P/w/xQA7P/s/+z/7P/s/+z/7P/s/wAAAAAAAAAAFQDs/wAA7P8AAPT/8/8AABQA7P/m/+T/6//s/+7/5//g/xgA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDr/+z/7P/t/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6/8VAOz/6P/s/+v/7P8XAOv/7v8AANX/6f/c/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+z/AADb/+z/6v/t/xcAAAAAAAAAAAAAAAAAAAAAAOz/FADv//P/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+v/7P/u/+f/4P8YAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADw//P/9P/7/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P/q/xYA7P/s/+r/6//q/+r/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8v/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+r/7P/t/+z/7P8WAPL/7//v/wAAAAAAABQA7//s/9v/AADY/9n/2f/Z/wAA3v8AACgAAAAAAAAAAADY/wAAAAAAAAAAAAAAAAAAAAAAAOf/zP/Z/8P/wP/t/zAAyv/l/+3/8f/n/+7/6f8bAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9j/FADo/97/2v8AANj/GgDh/9z/2f/o/+b/6//x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf8AANX/0f/n/+z/6v8AAAAAAAAAAAAAAAAAAAAAAADu/xQA7/8AAPr/AADu/wAAAAAYAAAAAAAAAAAA6f8AAND/zP/l/wgA1v/Y/wAAx/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADt/+z/7v/s/+z/7P/6/9f/6v/F/9f/8v8AANL/7/8VAAAA+/8AAO3/7v/t/wAA0P/U/wkA1P/f/wAA3f+b/+n/zf/a//r/+f/v/97/FAD1//P/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAC1/wAAz//m/wYA8//F/+z/1P/i/wAABwDn/9z/5f8AAO3/7P8AAOz/8f/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/2f/f/+r/3//X/9r/NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/7b/9P8dALz/AADQ/9r/2P/7/+v/8v/c/ycA7P/x/8//4f8AANv/2P8UAOv/6/8AAAAAAAAAAAAAAAAAAAAA1v/Z/9//6v/f/9f/2v80AAAAAAAAAAAAAAAAAAAAAAAAAM7/2//3//f/zf8OAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+z/2//r/9j/7P8SAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ//D/8f/2/wAALQDm//D/9/8AAAAAAAAAABQA7P/x/+v/7f/s/+7/8v8VAO3/7v/s/+z/7f/s/+z/FADs/+z/3v/Z/xgA5f/Y/9n/6//p/8j/OADr/9H/y//Z/8P/yP/s/+n/7P/q/+z/7P/r/xQAAAAAAAAAAAAAAAAAAAAAACUAyv/i/9L/3//h/9n/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//vP/V/+3/AABZAPn/4P/s/+z/6v/s/+z/FADs/+z/7f/s/+z/7f/s/xQA7P/s/8v/yP/M/8v/6P83AMz/zP8AAAAAAAAAAAAAAAAAAAAAFADt/+7/AADt/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+f/HADf/+X/5//m/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDr/+j/7P/s/+v/5//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/u/+z/7P/s/+z/2//b//T/+P/g/yYA2f/o/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/7f8UAPD/FQD4//r/AAAAAOn/7P/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/8P/z/+3/7P/y/xIAAAAAAAAAAAAAAPX/AAASAAAAAAAAAAAAAAD2/wAA4//m/+z/FQDq/+b/6//i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADt/+z/7P/s/9v/5v/u/wAA+v8AANj/AADn/+r/6f/p/xcA5P/j/+T/AAAAAAAAAAAAAAAAAAAAAOL/6/8UAOr/7P/i/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/7P/s/wAA7v/s/+v/FAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/s/+z/7P/s/+z/FADs/+7/7P/s/+z/7P/s/xQA7P/u/+z/7P/s/+z/7P8UAOz/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AABUA7P/s/+3/4P/Z/+r/7P8aAOz/7P/s/+z/7P/s/+z/FADl/9T/6//m/+H/1/8uAMv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/z/wAA7f/0/+z/7v8UAAAAFAAAAAAAAAAAAOz/AADs/+z/9v8AAAAA7f8UAPv/zv/o/9n/2//f/9L/JgDT/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7f/t/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/7f/x/+f/7v/p/xsA9P/5/wAAAAAAAAAAFADs//D/AAAAAAAAAAAAAAAAAAAAABQA7P/u/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA6f/m/+f/5f/m/+f/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/9v8AABQA7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/e/+H/FgDM/+z/6//d/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/r/+z/6/8VAOz/6f/r//r/8/8AAO7/GQDz/wAAAAAAAAAAAAAAAAAAAADy//H/7v/6//T/7f8aAPj/AAAAAAAAAAAAAAAAAAAAAOj/5f/m/9//6P/e/xoA6v/s/+z/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAABQA7P/t/+z/7P/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA0P/X/+H/3v/Y/87/LADZ/wAAAAAAAAAAAAAAAAAAAADr/+r/6/8VAOv/6//r/+r/AAAAAAAAAADw/xQA7f/t/8//0f/F/9L/2f8rANj/yf/0/+X/2v/o/+j/2f8UAOv/y//j/+v/8P/b/x8A4//m/+H/6P/r/+T/FADs//r/7P/3/wAAAAAAAAAAFADs//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFQDs/wAAAAAAAAAAAAAAAAAAAAAAANb/zf/G/9H/z/8jAOP/xP/k/+j/4f/h/+P/0//D/yMAEQDV/9f/2v/Y/wAA6//X/wAAAAAAAAAAAAAAAAAAAADs/wAA8f8AAAAA8P8UAPj/vv/c/+v/3f/b/9L/KwDm/9v/3P/o/+//7f8lANn/7f/7//P/AAAAAAAAAAARAAAA8//v/wAA7P/u/xQA8f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAA+v/4/wAAAADr/8//+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAZAAAAAAD0//n/8v/4/9L/CADY/9f/1v8UANL/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAA6v/s/+D/5f/Y/+L/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//v/9z/5//Y/wYA8//O/+D/5P/W/+f/9f8dAOf/7f/t/+3/FADt/+z/7P/s/xQA7/8AAPr/AADh/+z/8f8AAAAAAADy//v/HwDu/+n/1P/V/9H/BQDS/9L/AADo/wAAAAAAAAAAAAAAAAAAAAAUAOb/AADu/+z/7P8AAOz/z//t//r/8/8AAOn/IADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u//n/FAD1/+z/7P/s/+b/6//y/+n/4//e/+r/HQDr/+3/7P/s//H/7f8UAOz/3P/j/+f/2v/d/wAABgDq//b/EgAAAAAAAADv//X/AAAUAOb/7P/p/+v/+v/q/+j/CQAAAO//6v/q/+j/1P/m/+z/7P/s/xQA7P/s/+v/7P/6/+3/AADw//D/7P8AABgA0/8JANL/vP+5/wAA1//m/+P/1f/t/+T/JgDO/9j/5v/T/+v/5P/l/+r/1/8oANn/5v+r/67/sv+Z/zgA5v+8/wAA+v8AABQAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAHgDW/9z/5//p/+r/5v/o/+3/8v/6/wAAAADs/+z/FADe/+D/4f/Q/9j/JQDY/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+j/7P/w/xUA7P/s/9n/LADO/9H/1f/Y/9n/2P/k/+v/6//q/+n/6/8XAOf/7P/t//X/FAD3/+z/7P/t/9H/3P/Y/8L/4f8YAMn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA9v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8YAPn/4P/D/8T/zf/I/wAAAAAAAAAAAADs/+7/FADt/+z/7f/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA4P/s/9r/2P/e/xAA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/xUA7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/g/+T/4v/i/+D/HQDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/+X/5//q/xgA6f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/q/+z/7P8gAOv/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP8AAN7/xf/W/wAA3P/6/83/3P/U/6z/5P8VAM3/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/8v/v/+3/+P/v//f/FAAAAAAAAAAAAAAAAAAAAAAA7f/u/wAAAADy/xQA7f/s/9//yP/g/+T/5v/n/+P/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//q/+7/7P/q/+n/6/8AAAAAAAAAAAAAIAD7//D/AAAAAAAAAAAAAAAAAAAAAPD/FAAAAAAA7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+j/7P/s/+z/6P/s/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6v/r/+v/2v/r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5/+//8//w/xQA7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAPf/8P/t/+3/7v8cAAAAAAAAAAAA7v/f/wAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//r/xkA1P/p/9n/7P/n/+j/AADd/xQA5f/o/9j/7P8AAAAAAAAAAAAAAAAAAAAAJgDb/9r/4f/W/9j/0v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+//7f8UAO//HQDh//D/4P/u/+L/5P/m/+n/7P/s/+z/7P/s/+n/FQAAANj/6f8RAOb/7P/w/8n/AAAAAAAAAAAAAAAAAAAAAOv/FAD2//D/7v/s/+3/7f/p/+v/AADn/+P/4P/f/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/2f/m/+L/6P8gAOv/s/8AAAAAAAAAAAAAAAAAAAAACgDT//j/x//I/9//y//3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDZ/57/4/+7/8T/8v8WABkA5f/r/+z/4P/p/+b/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/4f/g/+L/1f/a/9z/IAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/xf/4/9b/xv/q/wAAx//s/+z/9f8UAPT/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk//P/4f/t//b/2f/6/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFANr/7/8AAOz/7v8UANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/5/+//+z/1P8NAMr/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/x//I/77/CAAPAAAAx//m/+T/6/8ZAOn/5P/k/93/x//J/wsABwDc/9n/2f/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/2//o/+b/AADZ//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8UAPT/8v/2/+//7P/l/wAAFAAAAAAAAAAAAOz/AADs/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPn/EgAAAAAAAAAAAPP/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/8/8VAOz/6v/s/+3/7f/t/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx/+//AADz/+z/7f/7/7H/6v+p/73/AADS/8r/AADs/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPH/9//u//f/AADp/xgA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAAPP/AADt/xUAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/9v/3//e/+f/6P8cAOb/6f8UAPL/7v/4/wAA7P/s/+//6f/q/+z/7P/t/+3/FQDt/+3/9/8AAPn/AADt/xgAAAAAAAAAAAAAAAAAAAAAAAAA8P/r//T/AAAAAPH/GQDt//P/5f/7/+b/8f/1/9j/GwAAAAAAAAAHAAAA+f8AAAAA7v/q/+z/7f/s/+z/FgDy/wAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7f/t//r/AAAAAAAAAAAAAAAAAAAAAOr/0//b/9n/xv/W/9f/JwDi/+7/9f/t/wAA7P8ZAPD/7P/s/+7/7P/s/+3/FADw/wAAAAAAAAAAAAAAAAAAAADS//L/9f/y/wAA5P8uAPr/7f/w/+H/1f/x/yIA6f/S/+3/9v/s/+3/8f/s/xQA8P8AAAAAAAAAAAAAAAAAAAAA7/8cAOv/+//0/wAA8//w/wAAAAAAAAAAAAAAAAAAAADs/+z/7//v//L/7P8UAOz/2f/i/x4A2v/n/93/6f/d/+b/GgDp/+//6v/t/+X/6f8AAAAAAAAAAAAAAAAAAAAA8//v/wAA7P/u/xQA8f/s/+f/6v/z/+//5/8UAOj/7P/h/x0A4//p/+f/6f/h/+n/sv+k/6T/9f+h/wcA8P/j//D/FQDu//P/+//2/+3/+//s/+z/7v/u/+z/7P/s/xQADAAWAN3/3f/m/9z/yP/h/xQA7P/u/wAA8f/p/+7/6f8AAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAAAPL/FgAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7//r//D/FgDq/+v/7P8UAPD/8//t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+v/6//p/+v/7P8VAOz/6//p/+z/5//e/9v/4v8bAOD/3P/g/93/2f/l/yMA3//Z/ywAzv/R/9X/2P/Z/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/V/9f/6P/6/9n/2P8AANT/yf/i/9n/HwDY/9L/4v/Y/9n/4f/r/+v/KADd/9j/7P/s/+z/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6//u/xUA6//r/+T/6P/h/+H/4//T/8P/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/i/+j/6f/h/+b/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAOz/FADw//P/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA4//x//r/9v/s//r/7P/v/wAAAAAAAAAAMgAAAAAA0P/z/+//AADs/+7/FADx/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//v//H/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOz/4//r/+z/6v8HAAAA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/5f/p/+f/6v/e/wAADgDq/+v/FQDs/+j/7P/r/+z/FAD1//P/7f/s/+z/7P/5/xQA9f/z/+3/7P/s/+z/+f/s/+3/9f8UAPf/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+3/FADs/xEAAAAAAAAAAADy//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7f/s/+3/8P8VAOz/7f8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/+3/7P8UAOr/2f/g//T/2//k/+v/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+v/7f/r/+v/6//r/wAAAAAAAAAAAAAAAAAAAADr/+v/6v/s/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/y/+3/FADs/+z/7P/t/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7f/v//v/8P/t/xQA8P8AAAAAAAAAAAAA7P8AABUA+//z/wAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/t/+3/6P/s/9H/5//1/xQA7P/s/+v/6v/r/+H/3P/t//f/8//u/x8A7//j/+z/FgDw/wAA6v/k/+//7P/r/+v/4P/r/+L/FwDr/wAAAAAAAAAAAAAAAAAAAADq/+v/FQDs/+j/7P/r/+z/FQD4//r/AAAAAOn/7P/7/wAAAAAAAAAAAAARAAAA7//z/+X/+//m//H/9f/Y/xsAAAAAAAAA8/8AAPH/FgAAAOv/6v/p/+n/7v/o/xcA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAD5//r/9f8AAAAAAAAHAAAA+f8AAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAD0/+3/AAAUAOz/8v8AAAAAAAAAAAAAAAAAAAAAEwDy/wAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAlAAAAAAAAAAAAAADa/+//6/8VAOz/7P/r/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAnAPr/AAAAAAAAAADY//D/JQAAAAAAAAAAAAAA2v/v/xMAAAAAAPj/AAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAA8P/q//f/7f/5/xoAAADp/wAAAAAAAAAAAAAAAAAAAADe//P/9//I/+j/6//4/wAAAAAAAAAAAAAAAPj/AAAJAOz/7P/u/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnAPr/AAAAAAAACwDY/9f/9v/r/+z/7P/r/+z/CwDV/wAAAAAAAAAAAAAHAPv/AAAAAAAAAAAHAAAA+f8AAAAAAAAAAAAAAAAAAPv/7v8FAAAAAAAAAAAAAAAAAAAAAAD2//L/7//t//j/7//3/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+z/9v8AAAAAKADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6v/q/+r/6//p/xcA6f/b/9r/IADe/+f/6P/i/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/xQA7P/s/+z/2//K/9j/z/8bAN3/5//5/+z/7f8AAAAA+f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC9/+T/0f/l/9r/JADQ/+3/AAAAAAAAAAAAAAAAAAAAAOz/FADw//X/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//H/7P/s/+z/7P8UAOz/7P/0/wAAFADs/+z/7P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/s/+z/7P/z/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAD5//r/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/t/xQA7v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/wAA+f/s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9j/3P/Z/9//2P8AABQA6/8AANn/3P/q/+z/EQDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+v/6//r/+v/6/8VAPD/7P8AAPn/AADt/+z/FADT/9j/5v8eAND/6f/q/9j/FAAAANj/4f/c/9z/2f/Z/wAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAA8v8WAAAA7P/s//L/AAAUAOz/7P/s/93/DgDb/9n/3//b//f/5P8YAOf/2P/q/9z/2v/S/wAAAAAAAAAAAAAAAAAAAAAAABAA5P/E/xAAz//W/+z/zv/Y/+D/3v/Y//D/AAAAAOH/4f/t/+v/7f/q/xQA7P/s/+H/7f/r/+3/6v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/2f8AAN7/2f/Z/wAA2v/l/wAA4f8VAOb/4//U/9H/9P/Q/9j/AAATAMn/6v/X/+j/6P/j/+n/6P/o/xgA6//O/xIA5v/d/wAA7v/o/9j/AAAAAAAAAAAAAAAAAAAAAM//KwDc//D/2f/u/9j/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAVAO7/FADw//X/7f/u/+z/9P/r/+v/FAAAAOz/6//Y/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+L/6P/r//D/5/8aAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FQDr/+v/7P/s/+3/7P/s/xQA7P/s//n/+v/z/+//AAAhAOj/+v8AAAAAAAD4/wAAIgAAAOj/AAAAAAAA9/8AAPj/FgAAAOz/FADt/+3/7P/u/+z/7P++/87/zP/X/83/NADR/9f/yP8AAAAAAAAAADIA1//z/wYA6//s/+z/7f8AAOz/7P/d/+v/6//s/+z/FAAAAOz/AAAAAAAAAAAAAAAAAAAAANr/6//t/+r/7P8VAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AADx/xYAAAAAAAAAAADz/wAA8f8WAAAAAAAAAAAAAAAAAAAAAAAAAOv/7f8UAOv/7P8AAOD/6f/t/+7/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv/y/+b/9v/l/z0A3//d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAA8/8XAAAA7P/t/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v8UAOz/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/t/xQA7P/s/+z/9//r/+3/8//s/xQA8f/s//f/6//t//P/7P8UAPH/7P/m/+7/7f/x/xcA4P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FQDs/+z/7P/r/+z/9/8AAAAAAAAAABQA7P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/7P/s/wAA7v/s/+v/FADs/wAA9f8AAPr/FQDr//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAFADs//D/AAAAAAAAAAAAABEAAADv/wAAAAAAAAAAAAAAAAAAAADu/wAA+v8AAAAAEgD4/wAA8v/2/wAA7f/2/+z/7/8UAO7/6v/s/+3/7P/s/xYA8v8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+3/8P8AAO3/9P/u/+z/FADx/wAAAAAAAAAA+P8TAPr/AAAAAAAAAAAAAAAAAAAAAOz/8v8AAAAAAAAUAAAA7v8AAN//7v/j//n/+f8iAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6v/r/+r/IADj/+D/2P8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7P/s/+3/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmAPv/AAAAAAAA4f/b/wAAAAAAAAAAAAAAAAAAAAAAAO3/FADu//P/7P/t/+z/8v/h/+P/7P/p/9z/2P8fAOr/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADh/x0A5v/f/+T/4//h/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/wAAAAAAABQAAADu/+j/6f/j/+n/6f/o/xgA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/AAAAAAAAFAAAAO7/7v8TAAAAAAAAAPr/AAD0/9T/GQDY/97/wf/T/9j/9P8AAAAAAAAAAAAAAAAAAAAA+v/7/wAAAAAAABwA8P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAPX/AAATAO3/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7//y/wAAAAAAABgA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/7P/s/+3/FADv/+z/AAAZAAAAAAD0//n/8v/4/+z/GwDv/+z/7f/t/+L/6f8AAAAAAAAAAAAAAAAAAAAA7v8UAAAA7P/v//L/7P/6/+v/7P/t/xUA7P/r/+r/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+v/4P/r/+L/FwDr/+z/6//r/+D/6//i/xcA6//s/+3/9f8UAPf/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAfAO//+/8AAAAA7P/h/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7f/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/5P/q/+f/6f/p/xsA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAPj/AADw/+3/6//v/wAAAAAAAAAAAAAAAAAAAADs//f/6//t//P/7P8UAPH/7P/s//L/FADs/+z/7P/s/+z/6/8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/2/+z/7f/x/+z/FADw/+3/9v/s/+3/8f/s/xQA8P8AAAAAAAAAAAAAAAAAAAAA7f/6//L/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADv/+z/AAD4/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t//P/7f8UAO3/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/FQDr/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/+z/7P/s/+v/FwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDu/+n/7//0/+3/6//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9//7/wAAAADv/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA9/8AAO3/HADn/+H/7P/k/wAA9v/y/xUA4f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8aAOv/8P/i/+//5//r/+r/GgDr//D/4v/v/+f/6//w/wAA7f/x/+7/JAAAANr/AAAAAAAAAAAAAAAAAAAAAM//3P/d/wAA3v/h/+3/9v/s/+7/7v/t//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+D/4f/Q/9j/JQDY/+D/3//3//b/1P/j/8v/AAAAABQA8f/v/wAA8//s/+3/+//s/+//9f/u/wAA7P8UAO//EgAAAAAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//b/AAAUAOz/+v/r/wAAAAD4//P/FQDw/+3/7v/t//L/8P/t/xQA7P/t/+b/HQDr/+r/6//t/+P/6/8AAAAAAAAAAAAAAADy/w8AAAAAAAAAAAAAAPH/7/8SAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAA9//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/FQDw/+H/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+z/7P/t/xQA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAD5//r/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACoAAAD2//j/AADy/9v/+v8AAAAAAAAAAAAAAAAAAAAA7P/s//X/AAAUAO7/7P/s/9L/4f/f/+n/3f8gAOH/6v/s/+z/9v8AAAAA7f8UAPv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8f/3/+z/5P/v//P/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8VAO//7f/n/+r/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/5P/s//H/6v/g/xoA7P/6//v/AAAAAAAAHADw//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPD/FADu/wAA7v/1/+3/9/8AAAAAAAAAAAAAAAAAAAAA6//r/+v/6//s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/+7/+v8AAO3/FADu/+r/6//q/+r/7P8XAOr/6P/s/+v/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAO//yf/H/9n/x/+8/wcA6f8OAOz/7P/y/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//L/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAVAAAAAAAAAAAAAAAAAAAAAADp/+v/7P/s/+z/7P/r/xUAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//b/7v/t/xQA7v8VAOv/6v/u/+z/6v/p/+v/7P/x//f/7P/k/+//8/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/s/+z/7P/s/+z/FQDt/+3/6//t/+v/7P/p/+H/6//e/+3/2f/r/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/n/+n/5v8aAOT/5P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+v/6//q/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAD5/wAA+//t/wUA8v/X/+T/1f/x/8v/GADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAA+f8AAAAA6f/p/+v/5//s/xYA5//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAFADs/+7/AADx/+n/7v/p/+z/8v/t//X/+v/s/xQA7f8UAOz/AAAAAAAA7f/t//r/7P/y/+3/9f/6/+z/FADt/+r/6//r/+z/7P/s/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+7/AAAAAAAAAAAAAAAAAAAAAAAA7P/u/+3/+f8AAPv/FAD7/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAPj/AAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABUA7P8AAOn/6v/l/+f/6v8YAOn/5v/s/wAA9P/z/wAAFADs/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/w//X/+P/s/+z/9v/v/xwA6//7//T/AADz//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC//9n/2f/Q/9P/x/85ANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+//7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/c/+3/9//z/+7/HwDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/+v/y/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA4v/i/9//3f/j/93/JQDb/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFQDr/+v/7f/r/+v/6//r/+z/FAD3//X/AADw/+z/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/h/+f/GwDn/9b/4v/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//b/+b/z//Y/yIA3//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+//+//t//H/FADx/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/r/+v/AADj/+L/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADw/xQA7v8AAO7/9f/t//f/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAAAAA0AAADy/+T/7P/x/+r/4P8aAOz/yv/z/9L/6/8AAM7/FQDp/+D/EwDe/8T/9f/D/+D/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7//s/+z/IQDn/9f/5//d/9n/8//k/9P/u//g/97/5f8AAOT/CgAAAAAAAAAAAAAAAAAAAAAAKQDJ//T/2f/X/9P/4P/Y/+z/7P/5//r/8f/t/+7/FQAAANj/6/8UANX/x//w/xEAAADv/+//+//t//H/FADx/7f/7//M/9X/z//r/wsA4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/3f8AAAAAAADy/wAAFQAAAAAAAAAAAAAAAAAAAAAAKQDp/9n/5P/n/9D/0f/h/wAAAAAAAAAAAAAAAAAAAADF//H/8v/2/73/+P/2//L/AAAAAAAAAAAAAAAAAAAAAMT/tv/K/7b/yP/G/0IAyv/s/+n/7P/q/+z/7P/r/xQAAAAAAAAAAAAAAAAAAAAAACwA1f8AAAAAAADe/+z/7//s/+z/7P/s/+z/7P/s/xQA4//m/wcA5f/c/8P/AAC//wAAAAAAAAAAAAAAAAAAAAAIAOP/z//T/7T/AADp/7X/6f/a/93/4f8AAN//3/8AAAAAEwDe/+v/6//c/+v/8P8AAPn/AAAAAAAAAAALAAAA4P/s/+v/6//h/+j/5P8XANb/6P/Z/w4AEQDW/+v/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMT/zv/K/+j/1/8uAMv/6f/t//T/xf/X/wUA4//E//L/+P/g/wAA+//l/7z/9P9DAOz/7f/e/+z/4/8VAOz/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7//n/AAAAAAAA2f8AACgA5f/u/9n/8f/4/9j/AADY/+r/6/8VAOz/6P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAAAABQA7P/v/+r/z//g/+j/5f8XAM7/6v/v/xwA6//7//T/AADz//D/5f/r/8j/2//m/+v/8//m/+D/9//r/+7/6/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/7r/vf/V/wUA2f8AAAAAAAAAAAAAAAAAAAAA6//o//X/7P/q/+z/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/BQDs/+z/2f8XANv/9P/j/8f/zv/T/wAAAAAAAAAAAAAAAAAAAADH/9T/1f/H/8n/9/8UAOr/7P/s/+z/7P/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8NABsA6P/R/6f/oP/U/9n/5f/s/+T/7v8gAOv/6//s/+z/7P/s/+n/FADs/+z/AAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAAD1//H/AADa/9H/2P/K/87/zv8tAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xUAAAD7/wAA7f/u/+3/4f/t/+v/7f/q/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2f/i/9r/KADa/9j/2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/FADs//r/FgAAAAAAAAAAAPD/AADl/+b/2f/p/9r/2P/m/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+7/7P/s/+z/7P/s/+z/7P/s/+z/FADr/xEA6//q/+n/4v/6/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+z/7P/t/+3/7f/s/+z/FADn/yEA6//r/9j/3f/p/9//7f/t/+3/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/w8AAAAAAAAA7/8AAAAAFADs/+7/7P/s/+z/7P/s/xQA7P/u/wAA8f/p/+7/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8PAAAAAAAAAAAAAAAAAPL/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAPP/FwAAAOn/HgD5/wAA8P/4/+3/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//b/AAAAAO3/FAD7/wAAAAAAAAAAAAAAAAAAAADW/xUA6P/r/9H/+P/s/8P/7f/s/+z/7P/r/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/yQA7P/q/93/6/8lAOv/7P/s/+z/2P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPP/+/8AAO3/FAAAAOz/7P8VAO//7f/n/+r/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//4//H/+v8AABMAAAD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/y/+//7f/4/+//9/8UAAAAAAAAAAcAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//L/7//t//j/7//3/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAFADs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAOP/5f/u//P/AADr/+r/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+3/FADs/+z/5P/i/+X/5P/l/+P/IwDi/+j/2f/r/+n/6//s/yMA7P/m/+X/6//t/+r/6P8aAOX/FAD3/wAAAAD7/+z/+v/x/xUA7P/t/+v/7//s/+z/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/r/wAA+f8AAOP/3f8mAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAO3/FAAAAPf/6//s/wAAAAAAAAAAAAAAAAAAAADs/+v/6v/r/+v/2v/r/xUA8f/5//L/AAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAADm/x0A6//q/+v/7f/j/+v/7P/s/+z/FADs/+z/6//s/+H/3f/m/+D/6P8dAOT/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/CAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8P/t/+3/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAB8A7//7/wAAAADs/+H/6/8AAAAAAAAAAAAAAAAAAAAA4v/m/+v/7P/s/+v/FgDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/p/+v/AADt/9z/KQDh/9X/6P/l/+H/wf/k/+f/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//v//H/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAADs/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xgA6v/p/+f/6v/o/+f/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/s/+z/7P8AAAAAAAAAAAAA+//u/wUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/x/+z/7P/s/+z/4v/u//X/7f8AAOz/GQDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+3/7P/w/+3/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO7/8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt//D/+//y//D/9P/s/xQA7//v/wAAAAAAABQA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/AAAAAAAAFADs//D/7P/t/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//v//L/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/+P8AAO7/+f/s/+//FAAAAAAAAAAAAAAAAAAAAAAA6//s/+v/6//j/+n/6v8VAAAA7/8AAAAAAADs/wAAJgDq/+3/7//s/+//8f/r/xYAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/3/wAA+f8AAO3/GAAAAOz/AAAAAAAAAAAVAOz/AAAAAAAAAAAAAAAAAAAAAAAA3v/g/+H/0P/Y/yUA2P/g/wAAAAAAAAAAAAAAAAAAAADz/+//AADs/+7/FADx/+z/AADv/wAAAAAAAOz/AAAmAOz/7P/s/+z/6f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7v/t//H/FADs/+z/6//s/+z/6v/q/xUA6f/q/wAA2f8AAPj/AAAlAOX/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA+P/5/+3/9f8AABMAAADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAJQDr//X/5f/d/+7/+v/t/xcA1//s/+z/7P/s/+z/7P8UAOr/6//n/+T/5f/b/+L/6//u/xUAFgAAAAAAAAAAAOT/7v8AAOz/6//t/+f/5v8RAOn/8P/o/+f/6//v//D/GQDs/97/AAAAAAAAAAAAAAAAAAAAANP/4v/q/+v/5//Q/9f/HAAAAPT/AAAAAAAAAAAAAO7/AAAAAAAA+P8AACIAAADo/wAAAAAAAAcAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAA8//v/wAA7P/u/xQA8f/s//v/9v8AAPn/AAAlAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P/s/xQA7P/s/+3/7f/t/+z/7P8UAO3/8v/6/wAAAADs/+z/FAAUAOz/7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/xQA7P/r/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/97/4f/W/93/3f8hANL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//7f/6//P/AADp/yAA7f8eAOv/9/8AAAAA7P/j/wAACAAQAOb/6//m/9b/1v/Q/+z/7P/3/wAA7f8UAOz/7P/t/xQA7P/t//H/7P/t/+z/6//s/+v/6//j/+n/6v8VAOv/6P/1/+z/6v/s/+v/FQDs/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/wAAIwDt/+r/7P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7//7//D/7f8UAPD/1f8sAOD/1//o/9b/0//R/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAPj/AAAAAPT/6//6/+z/FADs/+z/7P/s/+z/7f/s/+v/6//g/+v/4v8XAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/6f/t/+v/6//r/+r/FgDq/+v/8f/q/+r/6/8AAAAAAAAAAAAAAAAAAAAAFADu/+3/7P/6/+z/7P/s/wAA9P8AAAAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/0P/c/9b/2P8nAMv/6v/s/+3/9P/s/+3/7P8UAOz/9f8AAAAAAAAAAAAAEAAAAPX/9f/4//r/+P8UAPn/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8ZAPr/AAAAAAAA7f/v/+f/2P8MAOv/8v/1/wAA7P/o/8T/7P/N/+P/6/+u/xYA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMb/PgDa/97/2//X/8f/3/8AAAAAAAAAAAAAEwDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/6v/q/xUA6f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3P/a/+P/3//U/zAAz//s/+z/FQDv/+3/5//q/+3/AAAAAAAAAAAAAAAAAAAAAOz/8v/t//X/+v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7v8UAPX/9P/s//P/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAOv/5f/x/8X/w//K/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAD4/wAAAAAVAOv/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/yYA8P/n/9v/8v/a/+X/AAAAAAAAAAAAAAAAAAAAAOj/7P/5/+z/FADq/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAD4//j/AAAAAAAAAAAAAAAAAAAAAPD/FAAAAAAA7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t//L/8P/t/xQA7P/t/+z/FQDt/+3/6//t/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8P/z/wAA+v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/0/+n/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAoA7f8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+v/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAADs/wAAFQAAAAAAAAAAAAAAAAAAAAAA6//t//r/7f/y//D/7P8VAO3/7P/s/+z/7P/s/+z/FADs//H/9//s/+T/7//z/xUAAAAAAAAAAAAAAAAAAAAAANb/9f/Y/+b/xv/r/+z/5v/s/+z/9P/p/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/7f/6/+3/8v/w/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD5/+z/7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA9f/u/wAA7f/s/+3/7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/2/wAAAAASAPn/+v/w/wAAAAAAAAAAAAAAAAAAAADW/8r/6P/Z/x8A2v/S/+L/7P/s/+7/+f/v/+3/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+//+//w/+3/FADw/+3/7v/s/+z/7v/t/xQA7P/m/xoA6f/v/+r/7f/l/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+j/AADs/+f/7P8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/u/+z/7P/s/+z/1P+7/wYAs//H/+P/DgC1/+H/7P/u/+//7v/r/xgA7P8AAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAAAABQA7P/v/wAAEADn/+f/2P/d/+T/4//a//r/5/8UAOP/CADs//f/8v/k/+z/8f/q/+D/GgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8MAAAAAAAAAAAAAAAAAAAAAADV/9L/2f8AAOn/DwDj/8X/2P/T/y4A1v/a/8r/zv/b/wAAAAAAAAAAAAAAAAAAAADG/+T/DQAIANf/t/++/wAA5/8UAAAA8f8AAAAA4P/p/+v/AADr/+j/5f/i/xQA6//c/wkA5P/i/+//+//X/wUAGgDh/9X/6//m/+L/3//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOz/7P/t/+z/7P/s/wAAAAAAAAcAAAD5/wAAAAAAABYAAAAAAAAA+f/r/wAA7P/s/+z/6v/o/+f/FQDr/wAAAAAAAAAAAAAAAAAAAAAZAAAAAADp/+j/EQDg/+b/+v8AAAAA+f8AAPv/7f8FABEA0//l/9D/5/8eANX/qP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/1v/r/woAAADa/wAAxv8AAO//7//7/+3/8f8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADF/+r/AAD0/8f/6P/X/77/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/s/+z/7P/s/+z/7P/s/+3/7P8UAO7/DADu//b/+v8AAPX/AAAAAJb/CAAVAJL/wv+j/9z/rf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/0/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA0v8fAOv/7//m/+f/3f/w/wAAAAAAAAAAAAAAAAAAAAAAALX/0P/Q/93/7P8RALz/6/8UAPb/8P/u/+z/7f/t/yIA+f8AAPj/AADj/+z/AAAUAAAAAAAAAAAA7P/t/wAAFADu/wAA9/8AAOb/7P/w/xIAAAAAAAAAAADv//P/AAAZAAAAAAAAAAAAAADs/wAA7P/s/xQA7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAOz/7f/t/+z/7v8AAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAABQA7P/w/wAA8f8AAAAAAAAFAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/0P/5/wAAAAAAAC8AAADs/xQA9f/z/+3/7P/p/+z/+P/s//j/7P/u/+v/EwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAAAADk/+7/AAD2/xUAAAAAAAAAAADs/wAA6P8hAOb/4f/j/+r/3P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn//r/5f/w/+b/GwDr//P/AAAAAAAAAAAAAAAAAAAAAOT/6v/v/+v/6//r/+P/FwDi/+v/5//t/+P/HQDi/8r/AAAAAAAAAAAAAAAAAAAAAOv/6P/1/+z/6v/s/+v/FQDw/+3/7P/w/+3/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/+f/o/+v/5P8XAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAO//+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8f/t//r/7f8UAOz/FwDz//j/6v/u/+r/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8VAO//7f/n/+r/7f/s/+z/FQDv/+3/5//q/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/q/xcA6f/p/+v/6P/q/+z/7f8UAOz/7f/s/+z/7P/x/+z/FwD1/+7/8v/p//j/6P/p/xgA6//s/+f/6P/p/+r/6v8aAOb/6v/o/+T/5v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/s/wAA6P8PAOj/4f/y/xcA6//u/wAA1f/p/9z/6P8AAAAAAAAAAAAAAAAAAAAA6P8PANj/3P/Y/+r/AADZ/wAAAAAAAAAAAAAAAAAAAADk/+r/5v/s/+r/6//r/xUA6v/r/+r/6v/s/xcA6v/o/9//6//m/+r/5v8eAN//5P/Z/+X/7P/k/+7/IADr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/u/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAVAPH/8P/7/wAA7f/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/t/+//7P/v//H/6/8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7v/p/+//9P/t/+v/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/7f8AAO3/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+3/7P/s/+z/7P/s/+z/FAAlAAAAAAAAAAAAAADa/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgD0/wAA+/8AAAAA2f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8AAAAA9P8AAOv/KQAAACUAAAAAAAAAAAAAANr/7//w//L/+v/2/wAA+v8TAAAA5v/m/+P/7P/d/8b/3/8jAAAAAAAAAAAAAAAAAAAAAADe/+X/AAAAAAAA8P8hAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/w/+H/1f/x/yIA6f/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7//s/+z/7P/s/+z/7P/s/+7/7P8UAOz/7P/u/xQA7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADY/+T/6//p/+v/HwDd/9b/AADt/wAAAADm/xQA7P/n/+r/5//q/+r/6//p/+v/FgAAAAAAAAAAAAAAAAAAAAAA6P/e/8//3//X/woAAADh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/6/8UAOz/6/8GAOv/7P/s/+3/AADs/+z/7v/3//v/AAAAAO//7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADz/wAAAAAAAO3/7P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//H/9//s/+T/7//z/xUA7P/s/xQA6//s/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/t/+z/8P/t/+3/FADt/+z/8f/3/+z/5P/v//P/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAADY/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/+b/5//n/9D/2/8iAMz/7P8UAOz/7P/s/+z/7P/s/+r/GgDr//D/4v/v/+f/6/8AAO//7//7/+3/8f8UAPH/2P/r/+H/3f/x/+z/KADw//n/EgAAAAAAAAAAAPH/AAD6/xcA6f/m/+z/7f/q/+3/7P8UAOz/7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/s/+z/7P/s/+v/AAAAAPP/AADt/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAD7//D/7f/s/+z/7P/r/+z/7P8UAOz/7P/s/+z/7P/s/xQA7P/r/+n/7f/u/+z/7P/r/xUA7f/s/+z/7P/r/+z/7P8UAOz/7P/s/+z/7f/s/xQA7P/s/+z/7P/s/+3/7P8UAOz/AADs/+v/7P/s/+v/DgDs/+7/7f/y//D/7f8UAOz/7f/Z/8r/4f/X/9//JwDS/93/AAAAAAAAAAAAAAAAAAAAAO7/7P/6//X/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAAAAAAAAAAAAAADn//f/7v/t//L/8P/t/xQA7P/t/+z/7P/s/+z/7f/s/xQA7v/s/+z/7v/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6//H/GQDy/+v/AADz/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8bAOz/5//o/+j/5//p/xIA+v8AAAAAAAD3/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/6f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xQA7v8AAO7/9f/t//f/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA8P8VAPn/AAD3//X/7P/s/+3/FADt/+3/7v/s/+z/7P/s/xQA7P/s/+z/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOX/6//k//b/+f/R/xUA0//s/xQA7P/s/+z/7P/s/+3/5/8ZAO//9P/r/+n/5v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9/8AAAAA+//s//r/8f/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7v/t//n/AAD7/xQA+//Z/x8A5f/4/9j/5v/b/+H/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/s/+3/FADw/wAAAAAAAAAAAAAAAAAAAADb/9z/2v/g/+H/LQDS/9P/AAAAAAAAAAAAAAAAAAAAAAYA6P/s/+z/2v/q/+v/AAAZAPr/AAAAAAAA7f/v/+f/0v/R/8n/0v/F/yIA4v/r/wAAAAAAAAAAAAAAAAAAAAAAAPr/AAAUAAAAAADs/+z/z/8xANH/zv/V/9//0P/N/wAAAAAAAAAAHAD5//r/9f/h/9z/7f/3//P/7v8fAO//AAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAAUAOz/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/yAA3v/Z/+L/2//g/9r/7P8AAO3/AAAAAPv/FgAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAAFADs//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+3/7P/s/+z/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwD6//v/9P8AAAAA7v8AAAAAAAAAAAAAAAAAAAAAAADk/+j/4f/h/+P/0//D/yMAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAANj/AADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u//P/7v8UAO7/7P8UAOz/7P/s/+z/7P/t/+z/CwDm/+n/4f/r//r/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s//b/EgAAAAAAAAD5//H/9P/s/xQA7P/u/+z/7f/s/+z/7f8UAPD/8v/v//H/8P/u/wAAAAAAAAAAAAAAAAAAAADp/x4A+f8AAPD/+P/t//n/AAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/7/8UAOv/7P8AAAAAAAAAAAAAAAAAAAcA+v/t/wAA8P/w/+z/AAAYAOz/7P/w/+z/7/8UAOv/7P/k/+D/5P/p/+n/4v8eAOj/AADu//L/+P/w/+3/FADy//D/7f/s//D/7f/t/xQA7f/s/+z/7P/w/+7/7f8UAO3/6//s/+z/4//s/+v/FADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8WAOz/6//q/+v/6//q/+f/HQDu/+f/7P/o/+H/5f/s/wAA8v/y//r/FADs//X/GgDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAMv/z//F/8//yP8AAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/7P/s/+z/EgAAAAAAAAAAAAAA7v8AABQA6v8AAAAAAAAAAOz/AAAaAAAAAAAKAAAA5f/s/wAA0//u/+D/0//Z/9f/FgDi/wAAAAAAAAAAAAAAAAAAAAAWAPn/AAD4/wAA2f/r/9r/GADu//P/AAAAAOn/6f/1/xQA7v8AAPn/AAD6//L/9/8AAAAAAAAAAAAAAAAAAAAAFAD3/wAAAAD7/+z/+v/x/+v/xP8XANX/7f/o/+P/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f/v/wAA8//s/+3/+//s/+z/8P/u//D/8/8UAPn/+f8AAAAAAAAAABQA7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADw//P/9P/7/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADm/9r/+P/r/+H/AAAAAOX/6//l/+r/6v/p/+v/FgDq/+T/6f/n/xgA5f/m/+n/6v8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAACEArP/P/+L/6//Y/+b/6P8AAAAAAAAAAAAAAAAAAAAAFADu/wAA9v8AAO7/7P/v/wAAAAAAAAAAAAAAAAAAAAC5/yQA2//l/+P/7P/h/9L/FQDt/+7/7v/u/+r/7P/t/woA1v/d/93/yf+6//L/y/8AAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAABQA7P/w/wAAAAAAAAAAAAAAAAAAAADu//r/9f/6/wAA7v8hAAAA+P/u/+3/8P/2/wwA5P/w/xkA6P/0//j/8//u/+f/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAO//+f8AAPn/AAAAAAAAAAAUAOz/8P8nAPn/AAAAAAAA8v/a/wAADQAAAAAAAAAAAPf/AAAAAOz/9//u//r/AADt/xQA7v/s//f/7v/6/wAA7f8UAO7/EwD6//v/9P8AAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAcAAAAAAAAAAAA7v/f/wAA6//r//v/AAD7//n/FQD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAO//8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/7//H/8/8AAOD/JQD6/wAAAAAAAAAAAAAAAAAAAAAWAOr/7P/q/+3/7P/r//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAADk/+z/6//r/wAA7P8OAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/t//H/7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAPn/+v/1/wAAAAAAAAAAAAAAAAAAAAAGAOv/7P/s/+3/AADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8VAOz/5//r/+z/6P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAA+f8AAAAAFADv/wAAAAD5/+z/7P/t/wAAAAAAAAAAAADs/wAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//s/+v/6f/s/+X/GgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAu//R/8//AACz/+b/vf8QAOT/1v/r/+P/5v/F/wAAIwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/2P/l/+z/GADY/9r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q/+n/6f8XAOT/4//k/+z/FADu//D/7P/0/+z/7P8AAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAPf/AAAAAAAA8v/s/wAA7P/t/+z/FADt/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/+7/+v8AAO3/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s//n/9f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAA6/8AAO3/FAAAAPf/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA+f/5/wAA7f/t/+3/FADs//T/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/6P/6/wAAAAAAAAAAHQD4/xQA7v8AAPj/AADl/+z/8P8AAAAAAAAAAAAAAAAAAAAA4v8WAOv/7P/r/+z/6f/s/+3/FADu//D/7v/u/+7/7f/0/xUA7/8AAOz/7//r//r/+f8SAAAAAAAAAAAA8f8AANz/FgDt/+3/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA7P/Y/+z/6//q/+z/JwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/+7/+v8AAO3/FADu/+z/9//u//r/AADt/xQA7v/t/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOr/6//h/+z/7P/r/xUA7P/z/93/3v/u/+//0v8qANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOv/7P/s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDx//b/7P8AAOz/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/FADt/+z/7f/t/+j/7P/R/+r/6//q/+j/6/8WAOj/6/8AAPT/8P8AAAAA9P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xYA8P/s/+7/8//p/+z/AAAAAAAAAAAAAAAAAAAAAOz/6f/x//T/AAAUAOz/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/AADY/9j/5f/v/wAA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAPD/7P8AAAAAAAD2/wAA7f8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/FAAAAO3/8f/u/+z/7v/s/+z/7f/s/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD3/wAAAAD7/+z/+v/x/w8A5f/d/7z/yf+x//X/yv8ZAOv/+v/l/+T/6f/m/+T/AAAAAAAAAAAAAAAAAAAAABgA6P/s/+7/7//r/+v/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7/8AAPn/AAD5/xQA9/8AAAAAAAAAAAAAEQAAAO//7P8UAOz/7P/s/+z/7P/s/+f/6v/z/+//5/8UAOj/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+3/+v/s/+3/FADv/+z/JADj/+f/0//I/8j/3P/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/xQA7P/s/wAAAAAAAAAA2/8AAAAAKADs/+z/7P/s/+z/7P/p/xQA7P/t/xQA7P/t/+z/7P/s/+z/AADz/+3/+v8UAOz/8f+r//r/uP8pAK7/3P/T/9//7P8UAAAA7f/u/+r/7P/w//T/FADt/+z/7P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA3v/n/+v/5P/t/ygA2P/d/+7/8P/0/wAAAAAfANz/7/8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/7v8VAOv/6//p/wAAAAAAAAAAGQD7//r/+P8AAAAA+f8AAOz/7f8UAO3/7P/t/+3/7f8UAOz/7P8VAAAAAAAAAAAA7f/s/wAAAAAAAAAAAAAAAAAAAAAAANj/DgDV/8r/AAALAPb/x/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/xAA1v8fANP/vv/E/+H/7P/s/+z/7P8AABQA7v/w/+v/6//r/xUA6//p/+z/5f8AAAAAAAAAAAAAAAAAAAAAFADe/+v/7P/v//n/6v/p/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/z/+3/AADt/xQA6P/H/wAAtv/l/8//DgCj/wAAAAAAAAAAAAAAAAAAAADo//P/+P/1/wAA9f8YAAAAAAAAAAAAAAAAAAAAAAAAAPT/7v/t//T/7P/u/xQA7v8KAO7/8P8AAO7/4P/s/wAA7f8AAAAAFQAAAAAA+f8AAOv/FQAAAAAAAADv/+7/7P8AAAAAAAAAAAAAAAAAAAAA6v/q/+r/6f/q/wAAFQDb/xQA7P/r/+T/6v/2/8f/3f8AAAAAAAAAAAAAAAAAAAAADgDU/ycAs//L/7v/0P+4/wAAAAAAAAAAAAAAAAAAAADQ/9v/1f/X/9P/0v8AAB8A6//1/9P/7P/k/8j/EwDa/wAAAAAAAAAAAAAAAAAAAAARAO//5f/B/93/7//R/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/wAABgDU//P/FADr/8j/FADu/wAA9/8AAOb/7P/w/xIAAAAAAAAAAADv//P/AAAZAAAAAAAAAAAAAADs/wAA8P8VAPn/AAD3//X/7P/s/wAAAAAAAAAAAAAAAAAAAADQ//v/0//S/8r/x/8AAB8A0v8vAOT/9//p/+T/2f/l/xQA7P/t/+z/7P/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA1f84APP/9f/j/+P/yP/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/u/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAPj/EwD6//H/AAAAAAAAAAD4/xMA+v/o/+r/6f/r/+v/6v8WAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7v/s/+z/5/8WAAAA6//t//P/+v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/7f8UAOz/7P8AAAAAAAAAAAAAEgAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/x/wAA9P/y//T/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+n/5//t//j/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY//n/6P/r/+T/FwDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//s/+3/5f/r/97/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/2P8AAPf/5v/b/x4A0f8AAAAAAAAAAAAAAAAAAAAABwDl//r/+f/s/+r/+v/q/wAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA+v/7//T/AAAAAO7/AAAfAO//+/8AAAAA7P/h/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/1/wAAFADu/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDl//r/+f/s/+r/+v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/1//v/7f/s/+j/FADl/x0A5f/o/+f/6P/i/9z/7f8UAO3/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+r/7P/s/+z/FQDp/+z/AAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAADu/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8WAAAA6//t//P/+v/q/+v/6f/t/+7/7P/s/+v/FQAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAOz/AAAVAAAAAAAAAPb/AADt/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+f/y/wAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8XAOn/4//p/+r/4//q//L/FAAAAAAAAAD1/+//9f/5/yIAAAAAAAAAAADj/wAA6v8XAOv/8v/u//L/6f/z/xoA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO7/8//s/+3/7P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAMn/2v/W/9b/EwDj/+v/6P8cAAAA+f8AAPL/4v8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/6//s/+z/7P/s/+z/FADs//j/EwAAAAAAAADw//f/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/FAAAAO3/8f/u/+z/7v8AAAAAAAAAAAAAAAAAAAAA3P8WAOz/6v/s/+v/6//s//r/7v8AAAAA+//s//f/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADw//P/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAqv/w/8z/tP+U/8H/GADC/+v/JwDr/+v/7P/m/9j/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQAAADs/+//8v/s//r/AAAAAAAAAAAAAAAAAAAAAOT/6//q/+r/6f/s/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/+v/y//j/+f8VAPn/AAAAAAAAAAAAAAAAAAAAAOr/FQD4/wAA8P/t/+v/7/8AABkAAAAAAPT/+f/y//j/8f8LAAAAFwAAAAAA8//6/wAAFAAAAAAAAAAAAOz/AAAaAOb/AAAAAAAAAAAAAAAA3v8AANv/2f/r/93/AADi/wAACwAAAAAAAAAAAAAAAAD5/ywAAAAAAAAAAADV/wAA7f8UAO7/8//s/+3/7P/y/+L/HgDo/9//6P/o/9X/5//r/xYA6//x/+v/7P/q/wAAAAAAAAAAAAAAAAAAAAAAAM7/LwDp/9j/yP/W/9H/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/zMAAAD0//n/7v/T//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/x0A6f/k/+f/6f/h/+b/7v8UAAAA7P/v//L/7P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5P/o/+f/6P/p/xsA6f8AAAAAAAAAAAAAAAAAAAAA5v8mAPL/7P/n/+7/1v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAOz/7P/r/+v/6//s/+b/LADw/+j/2v/y/9H/5f/D/0QAzv/P/9X/3P/C/9X/FgAAAAAAAAAAAOT/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8SAAAAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAD2/xQAAAD7/wAAAADr/wAA1/8lAAAAAAAAAAAA3f8AAPD/FAAAAAAA7v/s/+z/7P/u/xYA8P/s/+7/8//p/+z/AAAAAAAAAAAAAAAAAAAAAOv/FQAAAAAAAADv/+7/7P/s/xQA7f/t/+z/7v/s/+z/2f8xAOH/4v/X/+n/z//Y/+f/HQDu/+f/7P/o/+H/5f8AAAAAAAAAAAAAAAAAAAAA6v8UAOz/7P/j/+r/7P/s/+f/GQDv//T/6//p/+b/6v/4/yEAAAAAAAAA+P/n//P/AAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAA+f8AAPf/8f8AAAAAAAAAAAAAAAAAAAAA4v/q/+v/6v8gAOP/4P/Y/wAAAAAAAAAAAAAAAAAAAAAAABUA6//v/+z/1//X/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADj/xQA7P/s/+v/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/x0A7v/n/+z/6P/h/+X/6v8UAOz/7P/j/+r/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xkA7//0/+v/6f/m/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/IQAAAAAAAAD4/+f/8//s/xQA7P/u/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAOf/GQDv//T/6//p/+b/6v/q/xQA7P/s/+P/6v/s/+z/+P8hAAAAAAAAAPj/5//z/wAAFwAAAAAAAADz/+n/+P8AAAAAAAAAAAAAAAAAAAAA7P/u/+3/+f8AAPv/FAD7/+j/6f8XAOP/6//q/+j/5v8AAAAAAAAAAAAAAAAAAAAA4f8dAOP/6f/n/+n/4f/p/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/x4A6//p/+r/4P/X/+b/7P8UAAAA7f/t/+3/7P/v/+z/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA7v8AAAAAAAAAAAAAAAAAAAAAAADs/+3/FADs/+z/7P/s/+z/7v8TAAAAAAAAAPr/AAD0/9H/MADR/87/1f/f/9D/zv8AAAAAAAAAAAAAAAAAAAAA9f/s/wAA9f8AAPT/FAAAAPT/EwAAAAAAAADu//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+7/7P/s/97/7P/Z/xQA7P8UAOz/7P/s/+z/7P/t/+7/FAD1//T/7P/z/+z/7v/s/xQA7v/x/+z/7P/s/+z/7P8UAAAA7f/u/+r/7P/w/+f/KAAAAOz/4v/o/9r/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8hAAAAAAAAAPj/5//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAA7f/t/+3/7P/v/xIAAAAAAAAAAADv//P/AADs/+z/7P/s/+7/7P8UAOz/FADv/wAAAAD5/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/4f/Z/+P/5P8oAN3/3f/m/+3/FADs/+z/7P/s/+z/7P/n//X/FADs/+z/6//q/+v/2f/Z/93/2P8NAAAA2f/Y/+z/7P/s/+3/7v8UAOz/7P8AABUAAAAAAPn/AAD3//H/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/7f8UAOz/7P/j/+z/FgDw/wAA6v/k/+//AAAAAAAABwAAAPn/AAAAAOP/5v/s/xUA6v/m/+v/4v8AAPH/AAAAAAAABQAAAA0AAAAAAAAAAAAAAOz/AAAVAAAAAAAAAAAAAAAAAAAAAADh/xcA6f/s/+v/7P/n/+z/6v/n/+j/6f/p/+j/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/n/+H/FgDr/+b/6//T/93/6v/e/9D/4//f/zAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/w//U/93/GwC6/+P/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/7P8AAOz/4P/t/+z/FQAAAAAAAAAAAAAAAAAAAAAA6//s/+z/4//s/+v/FADr/+//+P/x//r/AAATAAAA+P8VAAAAAAAAAAAA7f/s/wAA8//7/+n/6P/i//f/5v/5/+z/7P/s/+z/7P/s/xQA7P/s/+z/8v8AABQA7P/s/+z/7P/s/+z/6//s/xQA7P/s/+z/7v/u/+3/8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/GADq/+n/5//q/+j/5/8AAAAA+P/v/wAAEwDs//b/6//3/wAAAAD2/+7/FgDq/wAAAAAAAAAAAAAAAAAAAADt//D/+P/x/+//FADs/+z/6//s/+z/7P/s/xQA7P/s/+z/7P/s/+r/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/CwDE/73/5P/N//H/AAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAFAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/1P/s/9v/6/8oANj/2v/p/83/v//A/6z/8P/4/8D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAO3/7P8AAOv/KAD0//L/7P/q/9n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMb/tv/X/8P/EADP/8f/AAAAAAAAAAAAAAAAAAAAAAAA3v/b/9r/6/8QABMA2P/W/wAAAAAAAAcAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAOf/3v/4//H/3f8VAOL/7P/a/+r/7f/o/+z/FgDs/+n/5P/q/+b/7P/q/+v/6/8VAPH/7f8AAO3/7P/s/+3/FADs/+z/7P/q/ycA7P/r/9j/7P/i/97/6//h/+v/7P8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+3/AAAAAAAAAAAAAAAAAAAAAAAA7P/t//X/FAD3/+z/7P/t/+n/4v/k//j/3//V/+v/GgAAAAAAAAAAAAAAAAAAAAAA3P/W/93/3P/g/9r/KgDl/+z/6//u/+z/7f8VAN//7P8AAAAAAAAAAAAAAAAAAAAA6f/r/+z/7P/s/+z/6/8VAOP/6f/m/+z/2v/Z/ycA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+3/8f/s/+3/7P/Z/+L/6/8UANn/6v/Y/wAA6v8UAO7/7P/s/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu//H/7P/s/+z/7P/s/+z/7f8UAOz/7P/s/+z/6//s/+v/6//j/+n/6v8VANT/6P/t/+3/4v8hAPD/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/6//r/+z/FADT/y0AAADp/9z/1//L/+n/8P/u/wAA7f/s/+P/7v8VAOz/FADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/y/+3/8//s/xQA7v/r/xYA6//x/+v/7P/q/wAA6//n/+r/6/8LAOb/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHgDQ/+//0//W/9r/6v/O/xUA9f8AAPX/+//s/+v/7P8AAAAAAAAAAAAA9P8AAA0AAAAAAAAAAAAAAAAAAAAAANb/5f/s/9f/5/8rANb/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+z/7P/s/xQA+P8LAAAA3f/n/+v/BgDs/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/x/+z/7P/s/+z/8P8VAO7/8//7//b/7f/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/6//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAVAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAAUAOz/8f/t/+z/7P/t/+z/FADs/+z/6//3/wAAAAD2/+7/FgDq//D/AAAAAAAAAAAhAO7/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAPn/+v/1/wAAAAAAAAAAAAAAAAAAAADs/+3/9P/s/+3/7P8UAOz/FgDs/+3/9P/t/+n/6//s//D/7f/s//D/7f/t/xQA7f8AAAAAAAAAAAAAAAAAAAAA4f/s/+7/7//u/+v/GADs/wAAAAAAAAAAAAAAAAAAAADu/9T/8P/r/+D/4v/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xYA7P/s/+r/6//q/+r/7P8UAPn/7P/s/+z/7P/v/xQAAAAAAAAAAADs/+7/AAAUAAAAAAAAAAAA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//f/3P/f/xIA7P/r/9n/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+v/0v/g/+L/GADr/9//3P/l/+j/7//i//X/5v/g/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACU/8T/wv/E/zUAoP/b//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xkA5f/m/+H/4v/n/+f/AAAAAAAAAAAAAAAAAAAAAOf/5f/x/+z/FQDt/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/GADk/+f/2f/s/+j/6v/q/+n/7P/o/xQA5v/b//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAO3/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAADp/wAAAAAUAAAAAAAAAAAA7P8AAO7/FADv/wAA+v8AAO7/AADs//f/7v/6/wAA7f8UAO7/7v8UAO//AAD6/wAA7v8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOj/9v8UAOz/7P/r/+v/6//s/+v/7f/t/+z/FADt/+z/z//Z/+H/6v/l/73/6/8vAOv/6P/1//b/AAAVAOr/7f8AAAAAAAAAAAAAAAAAAAAA6v/r/+v/4v/s//T/FQDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/w/xMA7f8AAOD/1//s/wAAv/8UABYA5f/l/9r/5f/h/+j/9f8AAAAAAAAAAAAAAAAAAAAA7P/v/wAAAAAAAOz/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/r/xQA7P8IANb/8f/j/+T/1v/M//n/FQDs/+3/7P/r/+z/6//s/wYA6f/t/+z/2v/q/+v/AAAAAAAAAAAAAAAAAAAAAAAA2v/p/+T/6P/o/9f/yf8qAAAAAAAAAPr/AAALAAAAAADs//D/+P8AAO3/7P/w/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7f/t/+z/FADs/+z/7P/s/xQA8P/0/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9f8AAPn/9//6/+z/FAAAAAAAAAAAAAAAAAAAAAAA6f8UAOz/7P/s/+z/7P/r/+v/6//r/+v/7v8VAOv/6//j//H/+v/2/+z/+v/s/+//9v8VAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPH/AADx/+//7P/l/xEA7P/s/+z/8//s/+3/7P8UANr/EADp/wAA4f8eAN//xP/o/+b/6//m/xYA6v/p/+r/5P/k/+z/2//d/+7/HQDZ/xQA7/8AAAAA+f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAOz/7P/5/wAAAADs/+z/FADv/wAAAAAAAAAA4v/s/xUAAAAAAAAAAAAAAAAAAAAAAOv/FQDr/+j/6f/r/+j/6v/a/+r/FwDp/+n/6//o/+r/AAAAAAAAAAAAAAAAAAAAAPL/9v8AAO3/9v/s/+//FADs/+z/7P/t/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wsAAADs/+z/7P/s/+z/FADs/+z/FAD4/wAA+P8AAAAA7P/3/wAAAAAAAAcAAAD5/wAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/xUA6v/a/+v/AADm/93/AAAAAAAAAAAAAAAAAAAAAOT/6//s/+7/5//g/xgA6//g/9r/4v/b/+j/AADo/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA7//z/wAAGgDW/9z/6P/i/+X/6v/m//P/5f/s//T/6//j/xoA7P8AAAAAAAAAAAAAAAAAAAAA5v/s/+z/6//p/+v/6/8VAAAAAAAAAAAAAAAAAAAAAAD2/w4A8v8AAPT/5/8NAO3/5f/r/wAA+f8AAOP/3f8mAAAAAAAAAAAAAAAAAAAAAADt/+n/9P/r/+v/2P/q/ygA4P+o/9H/4f/c/xgAsP/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/6v/q/+v/6P8AAAAA3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+X/6f/k/9T/KADr/9j/AAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAAAAD0/+z/FADy/xYA6//v/+v/6//p/+z/GgDp/+3/7f/P/9b/3v/t/+z/6//s/+r/4f/s/+v/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//EgDr/+n/3v/Y/9v/AADn/+r/6f/p/xcA5P/j/+T/AAAAAAAAAAAAAAAAAAAAAPj/AAAAAPn/AADs/+3/FAAAAAAAAAAAAAAAAAAAAAAAFADu/wAA9/8AAOb/7P/w/wAAAAAAAAAAAAAAAAAAAAD6/+3/AADw//D/7P8AABgAAAAAAAAAAAAAAAAAAAAAANj/2P/Z/9n/2f/Y/ygA2f/b//H/6v/k/9n/PAC6/8T/AAAAAAAAAAD0/wAAAAAQAOP/0f/U/8//2P8qANv/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+X/6v/c/97/4/8dAOf/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/8v/w/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAANL/6v/p/+z/FADs/wAA7P8TAN7/6P/v//D/6P/Z/w4A8v8UAAAAAAAAAPX/7//1/+3/7P/s/+z/FADt/+3/7P8AAAAAAAAAAAAAAAAAAAAA6v/r/+r/6P/r/xYA6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/8f/6/+r/7v8hAAAA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADv//P/AADs/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqf/3//T/xv/P/9n/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/yoAAAAAAPL/7//l//b/6//V/+r/6P/U/9P/IQDk/wAAAAAAAAAAAAAAAAAAAADs//L/AAAAAAAAFAAAAO7/+P8AAAAA+f8AAOz/7f8UAAAAAAAAAAAAAAD4/wAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/EwAAAAAAAADu//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/s/+3/7P/s/+z/FADs/+z/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/1v/i/9r/4P/d/ysA2v/s/+z/7P/s/+7/7f8UAOz/7f/s/+z/7f/s/+z/7P8UAOz/FAAAAOz/7f/t/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/s/+z/7f/t/xUA7f/q/xQA7P/s/+P/6v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/+z/7P/t/+3/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/z/9v/yv/D/8//rP8OAMr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/6v/n/+z/7P8XAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//D/+P/z/+3/FQDz//v/JQAAAAAAAAAAAN7/AAAAAAAAAAAAAAAAAAAAAAAAGwAAAAAAAADY/9n/4v/p/wAAAAAAAAAAAAAAAAAAAADp/zYA6/8AAPL/AADG//j/4v8WAOv/7P/r/+z/6f/s/+z/8P/w/+z/+P8UAOf/7f/f/9H/2P/q/9b/FwDs/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA7//z/wAA7P/s/+//7//x/+z/FADu/+3/FADt/+z/7v/s/+z/7P8UAAAA1v/r/+n/z//l/9n/7P/s/+z/7P/s/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/xIA5v/d/8//1P/h//H/4P8AAAAAAAAAAAAAAAAAAAAA0/8YAOv/7P/q/+v/7P/p/xQA7v8AAPb/AADo/+z/7/8YAOf/6f/n/+j/6v/j/+T/FQD4//r/AAAAAOn/7P/7/+z/7P/u//b/7v/t/xQA7v8AAAAAAAAAAAAAAAAAAAAAFADs/+z/+f/1/+z/7P/t/yMA6//s/+z/7f/r/9r/6/8AAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/m/+3/FQDq/xQA+P8AAPj/AAAAAOz/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//n/7f/1/wAAEwAAAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Y/+D/2f8AAAAAHgDw/wAAAAAAAAAAAAAAAAAAAAAAABQA6f/t/+r/6P/a/9v/8f/1/+f/3/+//93/+P/K/wAAAAAAAAAAAAAAAAAAAADF/+j/JwDY/9L/zf/R/+3/+P8AAAAAAAAAAOz/AAAVAMP/2//6//H/xv/I/w0A3P8AAAAAAAAAAAAAAAAAAAAA7P/s//L/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADQ/wAA2P/Y/8z/0P+w/wAAzP8HAOf/AADQ/8r/vv/w/8L/9v++/8j/AAASAPL/1v/w/xQAAAAAAO7/7P/s/+z/9/8AAAAAAAAAABQA7P/x/+z/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn//j/7v/l/+v/GQDr/+v/6P/o//H/3//o/+v/5v8WABYAAAAAAAAAAADk/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+//EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7v/p/+//9P/t/+v/9v8VAAAAAAAAAAAA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//L/8v/1v8KAAAA9v8sAOD/2//V/83/0f/F/9z/8v8VAPH/9P8AAPL/7P/2/wAAAAAAAAAAAAAAAAAAAAAcAOf/4f/n/+X/2f/h/+j/FwDr/+j/7P/s/+v/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDo/+r/7P/q/+n/6//q/xoA3f/o//H/9f/t/+r/6P8qAAAA9v/4/wAA8v/b//r/FgDp/+z/6P/q/+X/6v/s/+z/7P/s/+z/7P/s/xQA7P8UAOz/7P/t/+3/7P/s/+z/FADs/+z/7P/t/+z/7P/s/xQA7P/u/wAA8f/p/+7/6f8UAO//AAAAAPn/7P/s/+3/GQDr/+3/7P/z/+X/5//v//r/7f8AAPD/8P/s/wAAGADr/xYA7v/5/wAA8//q//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/+v/z/wAA7v8ZAPP/6//y//D/8//4/+7/GwD4/97/3f/Y/+r/2P/Y/93/JgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsANH/2f/o/+b/3//U/9L/7P/s/+z/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/9v/1/+7/6f8UAN7/+//z/wAAAAAAAAAAEQAAAM7/0f/N/9H/0v/L/zIA0f/u/+7/+f8UAPX/7P/s/+z/7v8UAO//AAD6/wAA7v8AAAAAAAAAAAAAAAAAAAAAAADs/xQAAADs/+3/7f/s/+7/7P8UAAAA7P/t/+3/7P/u/+f/FgDq/+3/6//s/+v/6/8AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/wwA6//r/+n/2//j/9z/7P/t/xQA7P/s/+z/7P/s/+3/FADu//P/7P/t/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAA7f/t/+3/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAPr/AAAAAAAA7f/v/+f/7P8AAPH/AAAAAPD/FAD4/+v/7P/s/+z/7P/s/+z/FADs//L/7f/1//r/7P8UAO3/7P/s/+v/7P/u/+r/FADs/+D/3v/h/9b/3f/d/yEA0v/r/+r/6f/p/+7/6P8XAOz/AAAAAAAAAAAAAAAAAAAAAAAA7//v//v/7f/x/xQA8f8AAAAAAAAAAAAAAAAAAAAA6//r//X/7v/z//T/FQD1/+z/AADz//v/AADt/xQAAAAXAOf/7P/q/+//6v/p/+f/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+//8f/s/xQA7v/s/+z/7P/s/+n/FADs/+z/7P/r/+v/4P/r/+L/FwDr/+v/7P/s/+z/7P/s/xQA7P8hAOn/6P/e/9z/6P/Z/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAA7P8UAAAA7P/s/+//7v/v//H/FAD3/wAAAAAAAAAAAAAAAAAAAADz/wAAAAAAAAAA7f8UAAAA3//z/wAA+f8AAPP/IgAAAOz/7P8AAAAAAAD5/xQA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoANz/3v/Y/+n/5//f/9n/vv/c/+v/3f/a/9L/KgDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/6//s/+z/FQDr/+z/7P/s/+7/9v8AABQA7P/6//v/JQAAAAAAAAAAAN7/AAAAAAAAAAAAAAAAAAAAAAAA7P/u//P/6//0/xYA6v/r/+//7P8AAAAA9/8VAOD/7P/v/+3/8//w/+z/FgDp/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8ZAO//5P8AAPf/AAD4/wAAIgD5/+3/7f/y//b/AAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+j/FgDr/+v/6f/q/+r/7P/s//L/7f/z/+z/FADu/+3/AAD2/+7/AAAUAOz/8//x//f/7v/3/wAA6f8YAPn/AAAAAAAAAAAAAAAAAAAAAOz/7P/2/wAAAADt/xQA+/8AAAAAAAAAAAAAAAAAAAAA7P/s/+//7f/w/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//z/wAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAADY/9n/7P/s/+v/6/8nAOv/AAAAAAAAAAAAAAAAAAAAAO3/9v/s/+3/8f/s/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDq/+v/8f/q/+r/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+T/AAAAAAAA8/8oAAAA5P/s/+z/7f/t/+z/FwDs/97/5f8AAAAAAADw/yEA9P/s/+z/FADw//T/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v8AAPn/AAD6//L/9/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/9P/w/+3/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa//v/8f/z/wAA4P8lAPr/FADx/+//AADz/+z/7f/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/s/+z/7P/s//L/AAAAAAAAFAAAAO7/AAAAAAAAAAAAAAAAAAAAAOz/9//w//H/7v8UAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//v//H/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//s/+z/7P/s/+v/FQAAAAAAAAAAAAAAAAAAAAAAIgDf//n/7/8AAN7/8P8NAAAAAAAAAAAAAAAAAAAAAADs/+//9f/u/wAA7P8UAO//GgAAAAAAAAAAAOf/7v8AAO3/FADu//P/7P/t/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAANj/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/w/+z/7P8UAOz/7f/s/+z/7//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/7P/q/+z/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/8j/EADS/9P/+P/N/4b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+T/JgDY/9v/2P/k/9j/AAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/8P/s/+z/FADK/9H/2//V/9P/JwDD/+z/AAAAAAAAAAAAAAAAAAAAAOz/7//t/+z/8f/s/+z/FAAVAOz/7f/s/+v/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAO//7/8AAAAAAAAUAO//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAPD/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAANz/HgDx//T/7v/k/+P/+//s/xQA7f/t/+3/7P/s//b/AAAAAAAAAAAAAAAAAAAAANn/5v8AAAAAAAD1/ycAAAAZAOr/7v/f/+L/5v/o/8//4P8AAAAA9/8AAOX/IAAAAAAAAAAAAAAAAAAAAAAAAAAyAAAA+v8AAAAA6P/U/+v/MAD6//j/AAAAAOv/z//4/9z/1v/Y/+7/5v/e/ycA5//p/+r/7P/s/+3/7f8VAO3/IgD6/wAAAAAAAOj/3v/5//X/FAAAAOz/9v/6/+v/AADv/xUAAAD7/wAA7f/u/+3/AAAAAAAAAAAAAAAAAAAAAAYA7P/t/+7/7f/s/wAA7P/q/+j/6//r/+r/6/8RAAAA+//z/wAAAAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDd/+r/7P/p/+j/9v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+b/7f8VAOr/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABYAAAAaAOr/6f/Y/+D/6f/e/+H/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD3/wAAAAD7/+z/+v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//AAD5/wAA+f8UAPf/FADs/+z/+f/1/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P8AAPj/AADs/+z/FADs/+z/5P/3/+n/FADu//H/AAAAAAAAAAAAAAAAAAAAAOv/6P/s/+z/7P/o/+z/FwDq/+z/7f/r/+z/FADs/+z/7f/x/wAAAAAAABQA7P/w//X/7v8AAO3/7P/t/+//FAAAAAAAAAAAAAAAAAAAAAAAwv/U/8D/EgDI//r/yf/6/wAAAAAAAAAAAAAAAAAAAADf/+v/5v/q/+b/HgDf/+T/AAAAAAAAAAAAAAAAAAAAACAA6f/l/+v/6//f/+n/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//r/9v/t/wAAFADs//H/0v/R/8n/0v/F/yIA4v/r/wAAAAAAAAAAAAAAAAAAAAAAAPH/AAAAAAAABQAAAA0A7//v/wAAAAAAABQA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7f/v/xQA7P/s/+z/7f8AAAAA+f8UAOz/7P/0//H/AADt//L/EwD0//H/7P/3/+v/7f/z/+z/FADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAUAAAANAPP/7/8AAOz/7v8UAPH/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAA8v8WAAAAAAAAABcA7f/0//j/8v8AAO3/+v/y/+3/7P8UAOz/7P/X/wAA7P/s/+r/4/8UANj/DAAAAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+3/AAD0/wAA8P8TAAAAAAAAAAAAAAAAAAAAAAAAAPT/7f8AAPT/AADw/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/s/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/+P/p/+//9//m/xkA7P8AAAAAAAAAAAAAAAAAAAAAFADw/wAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/p/xsA4//b/93/6f/W/+z/7P8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/z//l/yYA2//h/9r/2P/W/+r/6/8VAOz/6P/s/+v/7P/q/+z/FgDs/+v/2v/s/+f/7P/s/xQA7P/s/+v/7P/s/97/5/8eAOH/1P/O/+P/3//s/+7/FADs/+3/6//s/+z/8P/u/xkA8P/v/+T/6P/3/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz//T/v//E/wUA3P/C//H/7P8UAAAA7f/t/+3/7P/v/+v/2P8UANj/3//Y/wAA2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+v/7f/t//D/7P8UAO3/1P/i/wAABwDn/9z/5f8AAPX/AADh/97/3v/a/wAA5/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7v/s/+z/7P/t/9n/2f/Y/yQA3f/g/+j/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7f/6/+z/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAA7P/s//T/AAAUAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8ZAOn/5P/p/+j/4//o/+z/CwDm/+n/4f/r//r/7f8AAAAAAAAAAAAAAAAAAAAA7v8UAO//AAD6/wAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//s/+z/6v/q/+z/FQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDq/+v/8f/q/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+b/6P/q/+n/FgDs/wAAAAAAAAAAAAAAAAAAAADr/xMA0v/p/9j/2P/3/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+T/6//o/+v/7P8XAOz/FADs/+3/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/Z/+D/9P/b/+T/6/8bAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+z/6/8VAOz/7v/t//L/8P/t/xQA7P/t/+b/AADj/+n/5/8FANv/CwD6//v/AAAAAAAAHADw//L/7f/w//P/AAD6/xQA7P/s/+z/FAD5/+z/7P/s/+z/7//s/+z/7P/r/+z/6/8VAOz/7P/x//X/8f8AABQA7v/s/+z/FADs/+z/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/u/+z/7P/s/xQAAAAAAAAAAAAAAAAABgAAAAAA8v/s/wAA7P/t/+z/FAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAANj/3/8AACgAAAAAAAAAAADY/9//AAD2/xUAAAAAAAAAAADs/wAA0P/j/+//9P/2/+f/LwDy//L/8f8AAPn/AAAbAOb/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/FgAAAAAAAAAAAPD/AADs//b/9f/2/+//7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/7P/n/97/2//i/xsA9f/1//j/+v/4/xQA+f/t/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/x/+z/7P/s/+z/7P/s/+z/7P/s/+v/FADs/+r/6/8VAOz/6P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAJwDc/97/2P/n/+j/4f/Z/9j/DwDs/+r/AADb/+n/2v/1//X/+P/6//j/FAD5/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/9P8AAPn/AAAbAO7/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+v/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAPD/9P/s/+z/7P8AAAAAAAAAAAAAEQAAAO//8P8UAO7/AADu//X/7f/3/+z/7P/s/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA+v/p/+r/+//l/+//AADU/wAAAAAAAAAAAAAAAAAAAAAAAPb/AAD3/wAAEwDu//f/AAAAAAAAAAAAAAAAAAAAAOb/6f/r/wAA7f/c/ykA4f/s/+3/AAAAAPn/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+3/8P/x//r/HADs/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAAD2/xMAAADs/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/u/+3/FADs/9v/1v/i/9r/4P/d/ysA2v/s/+z/7P/s/+z/7P8UAOz/5//r/+z/6v/o/9f/GQDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAOv/9P/p/wAA5//n/+7/6//t/+z/7f/w/xUA7P/t/+v/7f/s/+3/8P8VAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs//D/AADy/+7/AAAAABQAAAAAAAAAAAAAAAAAAAAAAOr/FgDq/+v/8f/q/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/9X/4v/b/9r/2//p/yoA4//l/+v/4/8AAOP/FgDg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xUA6//r/+f/+P/u/+X/6/8ZAOv/6//r/xQA9v/w/+7/7P/t/+3/AAAAAAAAAAAAAAAAAAAAAOL/6v/g/6//wv/X/9D/AAAAAAAAAAAAAAAAAAAAAAAA7f/6//L/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4/9T/2P/J/8L/wP8AAAAAAAAAAAAAAAAAAAAAAAAAANz/zv/T/8//8P/U/xUA3v/r/+z/7v/t/yEA6P/Z//D/AAAAAAAAAAAhAO7/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/t/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/2f/e/97/AADW/8v/IAAUAPf/AAD2//H/7P/r/+//xv/Y/+3/2v/o/97/1v8oAAAAAAAAAAAAAAAAAAAAAADq/+v/FQDs/+j/7P/r/+z/6v/s/+P/6v/r/wAA4/8TAOj/5v/r/+b/FgDq/+n/6v/r/+L/6P/h/wAA6P/q/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/xQA7P/x/+z/6/8AAAAAAAAAAAAAAAAAAAAA8v/k/+z/8f/q/+D/GgDs/+z/AADz//v/AADt/xQAAAAMAO7/9v/6/wAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//u/wAA+v/u/+r/6f8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x//X/8f8AABQA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAD6/wAAAAAUAPf/AAAAAAAAAAAAAAAAAAAAACIA5/8AAAAAAAAAAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//b/AAAUAOz/+v8UAOz/8P/1//j/7P/s//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/u/wAAAAAAAAAAAAAAAAAAAAAAACYA9P8AAPv/AAAAANn/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+//7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUA+P8AAAAA9P/r//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAA2P/f/wAAAAAAAAAAAAAAAAAAAAAAANr/AADs/+z/7v/q/wAA6v8AAAAAAAAAAAAAAAAAAAAAEwD6//v/9P8AAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P/s/+z/FQDp/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAOv/9P/p/wAA5//n/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAADs/wAAFQDv/+3/7P/v/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xcA6//y/+7/8v/p//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7f8AAPD/FAD0/wAAAAAAAAAAAAAAAAAAAAAAABQA7v8AAPn/AAD6//L/9/8RAAAAAAAAAAAAAADw/wAA7f/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/2//n/+L/5f/r/xcA2//Y/9j/4f/b/+n/EADz/+j/6P/Z/+r/5//q/+v/JADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8//s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADu/+r/7P/t/+z/7P8WAPL/AAAAAAAAAAAcAPn/+v/1/+j/FgDs/+z/6v/p/+f/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//X/7f8AAOv/FQAAAOz/JADw/+P/3v/Z/9z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAADY/9f/3//b/9X/1f/q/8P/6f/s/+v/9v8bAAAAAAAAAAAAAAAAAAAAAAAAACIA+v8AAAAAAADo/97/+f8iAPn/AAD4/wAA4//s/wAA7P/s/+3/FADu/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAADy//H/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/+P/u/+X/6/8ZAOv/6//q/xcA6//p/+n/6v/p/+r/7P/w/wAA8v/u/wAAAAAUAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P/s/xQAFADv/wAAAAD5/+z/7P/t/wAAAAAAAPj/AAAiAAAA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/u/+z/8v/s//r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/6//D/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9P8UAO3/7P/s/+z/7P/v/wAAAAAAAAAAAAAAAAAAAADN/+n/2P/i/+j/IwDZ/+P/AAAAAAAAAAAAAAAAAAAAAO3/AADt/xQAAADs/+z/7P8AAOr/FADa/+n/6//f/+X/0P/j/+//9P/2/+f/LwDy/+z/6//s/+z/7f/s/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/FADt/+z/7P/s/+3/8P/z/wAA+v8UAOz/7P/w/+3/7P/w/+3/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAOr/2P/Y/9n/2f8AAAwA2P/s/+z/7v/u/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/Y/+3/7/8AABMAFwDl/+j/4f/q/9b/6v/W/xUA+P/6/wAAAADp/+z/+/8VAOv/7f8AAOz/6//n/+r/FADs/+7/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+L/3v/r/+H/6//s/xoA8P8UAAAAAADu/+z/7P/s/+L/6f8AAOn/7v8gAOv/5v8AAAAAAAAAAAAAAAAAAAAA8P8AAPr/AAAAABgA6//l/+3/8f/0/wAA9P8UAOz/7P/t/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAO//7P/r/+z/7P/s/xUA6//q/+z/7P/s/+z/FADs/+z/7P/s/+z/7f/t/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAAADs/wAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/u/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8AABQA7v/w/xYA6v/s/+r/7f/s/+v/9v8AAAAAAAAAAAAAAAAAAAAA7P/s//f/AADt/xQA7P/s/+X/HADm/+D/6f/i/+T/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA7P/r/+v/7P/q/+L/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8//7/wAA7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACd/xEAzf9r/8X/4v8PAFn/6//k/9T/2v/c/+H/DQAAANL/3P/h/9f/4/8qANb/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADt/+z/7P/s/+z/4v/j/+T/5f/r/+H/5v8WANn/5//r/+r/6/8VAOz/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+D/6v/m/+v/AADY/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+z/6v/n/+v/6//r/wAAAAAAAAAAAAAAAAAAAADs/+z/9P/p/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7//1/+7/AADs/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAbAPv/AAAAAAAA9P/7/8n/LQDd/9f/4v/Z/9X/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/r/+r/6//q/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/xcA3//b/9f/FwDi/7//7P/s/xQA7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADg/wAAAAAAAAAA7f8YAAAA6v/o/+j/6P/g/+7/BwDW/+3/7P8AAAAA+v/2/yMA9f8AAAAAAAAAAAAAAAAAAAAADgDh/+r/1//i/9f/AADn/9X/5v/c/97/HADc/+v/3P8AAAAAAAAAAAAAAAAAAAAAGQD6/wAAAAAAAO3/7//n/wAAAAAAAAAAAAAAAAAAAAD2/xgAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/S/8n/wv+y/w4AAAAAAPT/7P/s/+z/7f8TAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA+v8AAAAAEgD4/wAA6/8VAAAAAAAAAO//7v/s/wAAAAAAAAAAAAAAAAAAAADn/+r/6f/p/xcA5P/j/+T/CQDb/+v/6P/r/9H/6f8UAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANj/7P/s/+z/7P/s/yMA2P8UAOz/7P/s/+3/7P/s/+f/FADs/+3/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/GQDr/+r/3v/n/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/s/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADW/9r/0v/n/+r/6P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPL/7P/v/+z/7P/s/73/2P/o/+j/AAAfAOj/v/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIAz//q/+//6P/a/+r/0v8pANf/1//d/93/2P+9/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcANj/6f/x/+v/6v/k/+n/6P/Z/+n/1f/L/+r/4v8eAAAAAAAAAAAAAAAAAAAAAADe/+X/AAAAAAAA8P8hAPT/xP/f/+j/1v/r/yMA5v8AABUA7P/r/+3/6f/f/87/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+v/6//q/+z/FQDe/9z/LADI/87/6P/q/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9v/2P/a/+v/1f/d/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAOn/4f/4/+7/4/8AAO3/6//s/+z/7P/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v8AAPr/7v/q/+n/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+b/7P8VAOv/5//r/+T/6v/s/+3/6//s/xQA7P/s/9D/4//v//T/9v/n/y8A8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9f/5f/p/+f/HQAAANn/0P8sANz/y//U/9T/1f/S/wAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAA+P8AAAAA7P/s/+z/7P/s/+z/FADs//v/5P/b/+H/6f/P/wAAAADx//r/7//0//n/7P8UAPn/6f/X/9r/5f/i/+z/IwDo/+z/7P/q/+v/7P/r/xUA7P/4/+3/7//z/+7/7P8UAO//3v/d/+T/2//f/9j/0/8mAAAAAAAAAAAAAAAAAAAAAADV/+j/5f/h/8H/5P/n/yMA6v8VAOz/7P/r/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8SANn/2v8AAA4Atf/d/+3/7f/u//j/9//r/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+7/7v/4/+z/8P8UAPD/7P/s/+7/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAGAKf/xv/J/+T/6v/w/+b/AAAAAAAAAAAAAAAAAAAAAOf/7P/s/+r/7P/r/xYA6//3//v/AAAAAAAA+P8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xYA6v/t/+v/7P/r/+v/AAARAAAAAAD2/wAA8//0/+r/6//m/+j/6v/p/xYA7P/R/9X/1//n/yIA1f8AAMf/7v/U//D/6//g/+L/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOwDZ/9n/+v/y/8n/5P/O/wAAAAAAAAAAAAAAAAAAAACu/63/2//H/8n/6P/U/zEA6/8UAOv/7P/s/+z/7P/r/9T/IADJ/9T/1v/o/8f/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnP/x/9T/pv+5/8n/EADo/93/5//b/+b/5//m/x0A3v/c/9//4//S/+T/2v8jANr/AAAAAAAAAAAAAAAAAAAAANP/BQDP/9H/0f8VANL/0v/m/yQA8//X/7j/BwCx/8H/xv9BAMr/3P/F/9H/wP/M/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/+n/1//o/9b/3P8kAOz/FADs/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgDq/+f/4//a/9H/6P/U/9D/3f/V/zAA4//V/9D/xv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDq/+n/6f/q/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+3/8f/n/+7/6f8bAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+D/5f/e/9//IADd/9//7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/6//s/+v/FQDr/9H/zP8vAO//4v/J/9n/w/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7P/s/+z/FADr/+z/7P/q/+r/FQDp/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+v/6v/r/+v/FgDs//r/4P/3/wAAAADO/zMAAAAAAAAAAAAAAAAAAAAAAAAA1v/W/yQA1P/z/+z/+P8TAL7/0//w/8P/y//K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv/R/9b/yP8SANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/w//j/8//t/xUA8/8AAOv/7P/s/+z/BQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAA2f8iAOb/3P/g/+L/2//h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/1P83AMP/zf/M/8X/yv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6f/e/9j/6f8AAPb/3v/i/8b/7P/g/+n/wv8eAMr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAO7/+f8AAPP/6v/3/+z/7f/u/+7/7v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA6P/X/x4A4v/l/9r/4v/k/9n/rf8YAAAA9v/g/wgAx/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/Y/9z/2P/l/+v/HwDg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+n/7P/q/xYA6//P//j/1P/b/+f/3//u/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/q/+z/7P/v/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADv/+//9v8UAOz/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//3P8kAOD/6v/Y/9n/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7f/s/+z/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/xIAAAAAAAAAAAD3/wAAFwDr/+j/7P/s/+v/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//q/+n/6v/c/xYA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAOT/3f/R/9P/BwAAANH/7P/q/xcA7v/s//P/+f/o/+z/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/r/+v/7P/s/+j/FgDm/wAAAAAAAAAAAAAAAAAAAADp/9v/5v/y/+v/6/8VANb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+z/8//4/+7/7P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/IwDr/+P/2P/Y/wAAAAAAAAAAAAAAAAAAAAD3/8//0f/U/9n/3f8JALz/AADW/9j/CADW/9P/0//U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6//s/+v/6v8XAOv/6//s/+z/7P/s/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xcA8//4/+r/7v/q/+//AAAAAAAAAAAAAAAAAAAAALj/xP/4/xUAyP/V/+j/1P/r/+z/3P/p/+v/AAARAOb/+f8AAAAAAAAAABQA7P/w/+z/7f/v//v/8P/t/xQA8P/s/+z/FADs/+z/7P/s/+z/AADm/+z/7P/s/wAA5v/r/+z/FADu//H/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+P/y/8AALj/AADG/9T/y//L/zUAyP/Q/8z/0f/R/wAAAAAAAAAAAAAAAAAAAAAfAAAAAADm/+b/AADZ/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/5v/o/+P/2f/3/xQA8/8AAAAAAAAAAAAAAAAAAAAA5f8cAOb/4P/p/+L/5P/i/9n/LADO/9H/1f/Y/9n/2P8AAAAAAAAAAAAAAAAAAAAA6f/q/+X/5//q/xgA6f/m/7T/4f/e/7b/zf/0/8r/HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+3/7/8UAOz/7P/g/9z/4P/d/9n/5f8jAN//AAAAAAAAAAAAAAAAAAAAANj/2f/h/+v/6/8oAN3/2P/r/+3/7P/t//D/FQDs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/6//t/+v/6//r/+v/AAAAAAAAAAAAAAAAAAAAAPL/FQDr/+7/7P/g/+X/1/8AAAAAAAAAAAAAAAAAAAAA3v8aAOz/6f/b/+n/5//o/wAAAAAAAAAAAAAAAAAAAADt/+z/7v/r/xQA7P/s/+z/2v/k/yAAAADk/9f/zv/n/+X/7P/s/wAA7v/s/+v/FAAAAAAAAAAAAAAAAAAAAAAA7v/q/+z/7P8WAOv/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6P/m/+r/7P/q/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/Z/9//3P/Y/+H/JgDU/wAAAAAAAAAAAAAAAAAAAADF/8D/z//N/7n/vf+q/0MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/8v/w/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAAOH/1//X/+b/9/8lAOz/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AANf/1//W/+T/FADN/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/h/+D/4v/V/9r/3P8gALz/8f/E/8r/wv/I/8L/EgAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/4//j/+P/5/8cAOT/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/6P8AANn/2P/d/9j/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+j/7P8XANz/7P/Z/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//r/+D/6//i/xcA6/8AAAAAAAAAAAAAAAAAAAAAFQDr/+z/6f/t/+v/6//r/xQA7v/t/+z/+v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOX/6v/r/+n/6f/q/xYA6P8iAN//2v/s/+n/3f/d/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/1f8YAN7/5v/b//X/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA8f/w//v/AADt/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P8wAOL/7f/Q/9H/0P/Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA7P/s/+z/7P/u/+z/7P/t/xQA8P8AAAAAAAAAAAAAAAAAAAAA5f/p/+r/6v/o/+v/FwDo/wAAAAAAAAAAAAAAAAAAAADs/xYA7//w/+7/7f/o/+z/7P/s//D/7P/v/xQA6//s/w4Amv/s/wAA1//H/+v/tv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/X/+H/9f8pANz/2v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/4f/s/+z/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6//p/+v/8f8VAOv/FAD3/wAA9v/x/+z/6//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADMAx//N/9D/4//N/8P/0//s/+z/7P/s/+z/7P/p/xQA6/8JANj/1/8UAMf/0//N/wAAAAAAAAAAAAAAAAAAAAAWAOr/6//r/+b/6//p/+v/0P/Y/+v/6/8SANj/AADm/+X/HQDl/+j/5//o/+L/3P/t/xQA7f/s/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOP/zv/W/ykA1v/L/9H/4f8AAAAAAAAAAAAAAAAAAAAADwD0/+n/5P/G/8z/9v/p/wAAAAAAAAAAAAAAAAAAAADj/xQA7P/s/+v/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+7/7P/r/+v/7P/o/+n/FwDj/+v/6v/o/+b/4f8dAOP/6f/n/+n/4f/p/wAAAAAAAAAAAAAAAAAAAADY/xYA2//Z/9j/2f/s/9f/AAAAAAAAAAAAAAAAAAAAAOX/uv+5/wAA9P/n/8z/AADs/xQA7v/x/+z/7P/s/+z/6//y/wAAAADy/+v/FgDp/+z/FADt/+z/7P/t/+v/7P/q/xYA7P/s/+r/6//q/+r/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+7/AADs/xQA7f/t/+z/7v/s/+z/1v/V/9j/1/8pANb/0f/e/+//7f8UAPD/7f/y/+3/9f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/t/wAA4P/o//j/7P/n/yIA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/FADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAK//rP/2/9f/y/+p/yMAtf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/r/+3/7P8AAOz/7f/b/9b/4v/a/+D/3f8rANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/xcA6//r/+r/6v/t/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQDQ/9L/xP/U/wAA2//D//L/FQDx//T/AADy/+z/9v8AAAAAAAAAAAAAAAAAAAAAzv/R/83/0f/S/8v/MgDR/+7/7v/5/xQA9f/s/+z/7P/r/xUA6//s/+z/6//r/+v/GQDo/+b/5P/q/+b/5//e/wAAAAAAAAAAAAAAAAAAAADU/97/2f/X/9L/1v8pANf/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3//b/AAD7//r/HAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+3/7P/r/+z/6//s/+//HADr//v/9P8AAPP/8P8aAOr/6f/Y/+D/6f/e/+H/AAAAAAAAAAAAAAAAAAAAAOf/6P/m/93/4v8ZANz/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAO3/9P/4//L/AAAnAOv/7f/x/+z/2P/s/+3/IgDs//f/+P8AAOT/3v/0/9z/6f8bAOP/2//d/+n/1v/O/9v/HgDZ/+X/2v/p/97/6v/s/xYA7P/r/9r/7P/n/wAAAAAAAAAAAAAAAAAAAACt//D/w//a//r/+P+k/wYAAAAAAAAAAAAAAAAAAAAAAN7/2P/r/9//5P/Y/yYA5v/v//b/AAAAAPj/AADs/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+P/3f/u/9j/6v/Z/yYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/1//j/+v/4/xQA+f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5f/o/+n/6//l/+n/FwDo/9n/6v/n/+r/6/8kAOn/AAAAAAAAAAAAAAAAAAAAABQA7//s/+3/6//s/+f/7P8AAAAAAAAAAAAAAAAAAAAAzf/p/9j/4v/o/yMA2f/j/+z/6//s/+z/7f/s/xUA7P/t/+3/7f8UAO3/7P/s/+z/CwDh/+z/2P/i/wYA4v/V/8n/3f/Y/9T/v/8oAMn/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/3v/1/+//vf/Y//L/mf+9//j/AADC/wAAvP/Z/8n/+f8OAAAAAADh//L/9/8UAPD/7P8AAO3/AADs/+3/AADw/+z/AADt/wAA7P/t/wAA2f/d/93/2v/t/wUA6/8UAOz/4//p/9n/+v8YAOz/5v8WAO7/6f/v//T/7f/r//b/2/8UAPD/7f8AANj/7P/w/wwA2P/Y/+P/2P/J/+v/AADR/9D/2f/b/w4Auv/n/xoA1v/W/9j/1f/Y/ywA1P/S/+T/2/+4/+v/0P8YAMz/6/8AAPn/0//R/8X/1f8AAPD/7P8fAOL/6//d/+H/2//o/+z/FADt//L/7f/t/+v/7f/s/9n/BwDu/+X/6P8AAAAA+v/7/wAAAAAAABwA8P/y/xQA4P8JAOr/6//p/+z/4P8AANn/yf/G/7//+P/S/wAAAADN/8r/0/++/+f/9P8AAPb/DgDh/7n/3f+9/+z/zv8AANX/yP/J/8L/2/8GANL/2P/s/+z/7v8UANz/7P/7/+z/3v/h/+j/5f/r/xUA6f/Q/9D/JwDR/+T/2f/m/9D/6P/q/xgA5v/o/+j/6f/o/9v/6f8fAOL/0v/O/+j/1v+4//D/yf+0/97/zv/5/wAAxP8AAMz/1P/v/+L/y/8NAO//8f+m/+P/x//f//P/sP/r/+z/7P/m/93/AAATANj/4f/X/wsAEgDX/9H/4f/U/8b/zv8UAOz/8f8QAOj/0f/Z/93/6f/N//D/JADr/+X/+P/y/8v/yv/a/9//0f/J/xUA7P/t/+z/7f/w/+v/8v/s/9b/3P/m/9r/6/8lAOz/LQDK/9L/5f/L/8D/1f/u/9n/0//Y/9r/zP8MAAAA2P/L/8T/4//u/7f/9//n/wYAyf8JALz/x//N/9r/+f/R/xQA+P/2/+3/7P/s/+z/AADq/+v/6//s/+z/6P8WAOb/+v/4/+7/AADz/+j/1v8JAOf/8//v/wAA+f/w/xkA8f/P/7j/3f+5/9b/7f8dALH/x//P/7T/JADG/+H/1/8AAOD/0f8AAOX/1f8AAAYA1v/4/33/uv/B/93/+P8AAOz/AADs/+z/7f/s/+v/2P8UABYA6//r/+v/7P/n/+j/6v8dAO3/+P/3/9j/6f/H/8v/BQDY/9n/6f/s/+b/6f8AAOP/5v/s/xUA6v/m/+v/4v/T/ygAxf/c/+D/7P/a/+D/AADb/+X/4P/X/wkA3//Y/9L/FQDq/9n/2P/Y/83/AADr/+r/FgDp/+X/5//r/+v/6P/o//H/3//o/+v/5v8WALf/AADe/8T/CQDV/wAA0/8jANn/xv/V/7//6//r/8X/KADr//L/+P8AAOf/2P/p/97/9//z/+7/9P8jAPD/5f8WAOr/5v/p/+T/3//s/+P/7P/s//D/7v/w//P/FAD5/9P/3f8AAMb/5//r/8X/EADN/yQA5P/Y/77/CgDj/8z/x//U/93/0f+r/w4AJQDR//D/7P8AAO3/AADs/+3/AAAVAAAAAAAAAAAA5//s/wAA2/82ANX/y//X/7r/5f+v/9n/NADY/+H/1P/d/8b/3f/G/y0A4v/V/+r/1P/H/9H/3/8dAOb/zv/q/9P/5//k/wcA6v/c/8j/3v/R/xMAvv8XAAAAAAAAAAAA7v/w/wAA5//q/+z/7f/t/+v/FgDs/+f/+v8AAAAA7f8AABcA7//X/xkA3v/m/9b/AADl/97/7P8oAMb/zv/R/9//tf/r/9b/AADh/+v/5v/Y/wAA1P/G/8b/RQDL/8j/tf+6/+3/FgDe/+j/6P/f/wAA2//Y/+z/7P/s/+z/7P/s/+z/FAD4/9//DADV/87/0v/Z/xQA6//q/xYA6f/l/+f/6//r/9j/FADp/+z/7P/f/wAA6//6/9j/8P/p/+D/2P+3/wsA6v/q/wAA8P/j/9n/3P8oANX/7v+1/9T/uf/i/+D/3v/5/w4AAAAAAOH/8v/3/xQA8P/s/wAA7f8AAOz/7f8AAOr/6v/Y/+X/2f8eANj/2f/Q/9v/6v8UAOf/6P/c//P/+v/r/+3/9P/s/+v/FgDr/9j/AADs/+v/2v/q/9f/EwDp/xYA6v/r/+n/6P/q/+r/6f/k/+L/4f/Z/w0ADwDq/9n/5P/f/wAAAADm/+b/AAATANr/AAAAAAAAAADe/9j/6v+s/93/nP/P/wAAGwDC/xUA+P/C/63/vf+0/6r/t/8rANj/2v/Y/8T/0//r/+b/5//b/9r/7P/l/xMA+v/f/+D/CADF/8r/wP+W/x0A7//e/6r/uv/F/xIAGwC8/+H/9P8HAM3/0P8iAMj/vf/i/6v/lP+5/8D/7v+r/zcA4//p/+T/6P/n/+j/6f8bAOn/8P/r/wAA7f/l/+z/7v8UANX/8v/O/9r/2P/s/wAAFADs/+z/AAD6/wAAAAAUAPf/s//A/9P/0P/c/+j/8P8NAAAAlv/V/6z/z/8PAPH/1f/Q/9H/AADB/9L/AADx/9j/7P/t//b/9f8AAOz/FADs/ycAAAAAAAAAAADi/+//4v/s/+v/7P/s/+z/6/8VAOv/2P/Y/9r/0//Z/+r/KADl/93/2v/d/+r/7P/s/wAAEwAUAOz/6//s/+z/7P/t/+z/7P/r/9j/7f/Y/9r/EQAAABQA7P/s/+3/7f/Y/+z/AADr/+z/7v/t/+z/FQDo/+z/AADy//b/4P8AAAAAEgDo/9j/2P/a/9r/5P/l/+r/KADX/9v/AADZ/+L/IADg/9T/FgDq/+z/6P/q/+X/6v/s/6n/sP+m/wAAt//A/9j/GwAuAI7/mP+U/x8A2/+r//f/EQDt/wAAAAD2/xIA7P/c/wAA4v+4/8H/yf/q/7j/FQDm/+j/6v8YAOn/4//n/+j/3P8AAKb/zP+v/xkAzP+s//D/7P8AAO3/AADs/+3/AADm/+f/5v/q/9n/FwDq/9z/2v/e/+n/6f/l/w0A4P8AAPj/BwDa/9n/5/8AANT/1/+7/9D/2v8AAMP/4v/P/wAAHAAUAOD/0v/q/8//0P/F/7j/1f/3/7v/p//0/wAAAAAAAM3/1P/S/9L/2f8GANz/EgDj/9b/0v/r/7P/0P8nAOX/1v8JAOP/2f/X/9j/EAD6/+v/7f/0/+z/6/8WAOv/+//t//D/9f/u/+z/FADw/yUA4f/a//P/8//q/9v/9f/N/9v/5f/z/+//2P8tANL/4//s/+z/7f/s/+z/FQDj//n/DgAAAAAA4f/y//f/FAAQAM//1P/f/+j/EADY/9r/1P8oAOr/7v/b/9r/zf8AABQA2f/M/9b/1//o/7v/tv/f/yAA0P/G/6j/+f+3/+f/yf8XAPf/y//B/9H/0v+0/9n/sP8HAL//u/8hALv/6P/K/9n/2//Y/wkA5//I/wsA2v/q/+n/6f8XAOT/4//s/x8A6f/r/+v/5P/r/97/0v/0/wAAAAAAAAAA7/8WAAAAwP/K/wgAJQC9//T/zf++/+3/7v/s/+z/7f/s/xQA7f/S/ycA6P/i/93/v//z/8f/7P8UAOz/7P/s/+z/7P/s/8//AADh/+3/6//r/xUA4//r/xQA9v/6/+//7f/s/+7/6v8AAO3/5//i/wgA6f8AAMn/0v/Q/8j/v/+o/+3/IgAZAOj/3//r/+f/zf/o/83/7//Z/7v/4v/U/xEA8v/b/9n/3f/p/83/8P8kAOv/5f/w/+z/AADt/wAA7P/t/wAAAAAAAAAAAAAAAOz/7v8UAAAAFgAAAAAAAAD5/+v/AADs/+z/7//s/+3/7v8UAOr/4f/6/9X/3/8AAMn/5f/L/9X/2v/e/93/2P+2/9j/MgAMAND/3//q/+r/3v8AAOf/x//T/9f/xf/G/wYABwDp/+z/7P/s/+v/7P8VAOz/1v/w/7H/AADm/9j/vv8nAIr/6P/d/9L/x//h/9L/LgDa/+T/8v+0/+H/uf/B/xAAsv/1/9j/1f8AANz/3f8IAM//6f/s/+//7P/s/xYA6P/s/+T/4v/l/+T/5f/j/yMA4v/X/xYA6f/Y/+H/AADb/+X/5v/Z/6L/uv8aAO7/zf/2/9r/6P/a/+X/EADY/+P/AAARAOP/0//W/+j/1/8AAOb/2P/Y/+D/6v/p/ygA3f/X/9P/EgAAANj/4P/e/+b/3P/a/+T/4P8AAAAA5v/m/wAA6P/k/9L/6f/u/8b/AADr/9n/5P/f/wAAAADm/+b/AADn/xgA7P/s/+r/yP/p//f/9//Y/9//4f/f/+D/GwD1/9z/KADi/+r/3//i/9n/4P8RANT/5//g/9T/wP/k/9z/3P/o/9j/1//Z/9f/KQDm/+j/8f/t/+n/4/8RAOz/AAC+/9X/2P/T/8z/xP8NABMA+f/D/8b/2f/b/wsA2P/W/9v/zP+6/8L/0v8AAPr/yP8UAO3/7P/t/+3/7P/s/+z/3v/3//P/7v/0/yMA8P/l/5b/kP91/7D/gf/d/wAAtv/s/xQA7P/s/+z/7P/s/+//6f/e//b/AAAAAOz/7v8UAOz/FADs/+z/7P/s/+z/7P/i/+n/7P/s/+H/7P8VAO3/6v/r/+7/8P/c/+j/FwDR/9v/5v/M/9z/zP/4/xEA4v8AAMf/1v/b/97/zP8AAOL/zf/a/+n/7P/I/+f/MADl/9n/u/8LAMX/6f+7/9H/8v/s/+z/7P/s/+z/7P8UAOz/3v/n/53/sP/X/8n/2//j/xEAxP+n/6b/mP+6/9n/7//R/+r/2P/X/9j/3f8PABQA5f8NAPX/z//d/8T/9v/G/8b/3v/e/8z/EwDk/wAA7P/F/9z/2P/J/9P/EgDZ/wAAJwC4/8H/2f/F/7T/1P/G/0cAjP+5/8v/uP8AAMf/uf85ANn/2P/p/+X/0/+3/93/IgDJ/6n/w//O/8L/vf8JAAsApP/A/+z/vv/S/9X/GgCk/9j/wP/g/8v/9P/Y/wAAAADq/9n/0/8MAMj/2f8AANr/2v/7/+//+//6/ykA+//m/9n/2//m/+n/6f8iAOj/7P/s/xQA6//s/+7/7P/n//H/AAAAAAAAAAAAABYAAADO/9f/4v/r/+L/IQDU/+v/6//3/+L/6//o/+3/EgDt/97/5P8VAOn/5//V/+n/AADX/9X/AADY/9j/1P8AANf/DgCb/9//zP/1/83/9/+3/+f/+v/G/7z/AAAYAML/5f/q/+D/2f/c/9T/GQDo/8b/5v/m/+j/5v/W/x8A6P/L/8L/wf+5/5//rv+o/9P/XwDU/+P/z//e/9H/0//b/zQA6f/n/+3/7f/m/+z/6/8VAMn/2P8AAND/EwDb/+L/AAAbANf/2P/n/97/AADP/+j/AAAJANv/2P/N/8P/z//I/+n/FADs/9//8f/2/+z/AADd/xYA6//q/+r/5P/s/+T/0f/S/9L/3//M/+j/GgDD/9n/4f/b/+D/4P8oANj/4P/j/wgA5v/h/wwAyP/k/8z/2P/r/+r/7P/q/xAA2P8AAOz/7f/u/+3/7v/s/xQA7f/p/+z/6//s/+3/FADu/+v/6//h/xYA1v/t/+n/6v/n/8T/0f/j/zQA4//Z/8D/zf+8/+P/zv/Y/9b/GAAgAOb/y/+4/+j/6//U/7n/5/81AOz/7P/s/+z/7P/s/xQA7P8AAOP/vv/w/9D/8P+r/yYAKwDq/97/4v/p/9X/0f/l/9L/EQDY/+H/5P/p/wAA6f/3/xoA3P/Q/9P/y//q/+r/6v/r/+r/6P/r/xYA6P/r/+r/DQDn/9v/AADp/+j/4v/R/xwAz//o/9X/uP/z/+H/6//r/xUA5//s/+n/7P/q/8T/1P8AAOz/x//0/9b/CwDt/+v/7P/s/+3/6/8UAOz/6/8AAM3/0f/Y/+v/AADN/+z/7v/s//P/7P8UAOz/7f/h/9b/HQDj/+r/8P/m/+H/w//W/yMAvv/i/93/5v/g//X/AADr/+z/6//Z/wcA6f/z/+z/7P/r/+z/BgD3/+z/7P8FAO//2v/i/+b/DwDn/8H/z//G/83/6v/C/+f/KQAHALj/tP/I/8P/BQDx/7L/7f/s/+v/6P/s/+r/FAD0/8T/xP/P/8v/1//S/zgAzP/m/+X/5v/n/+n/5v8eAOX/6f/q/xkA5//l/9z/5//q/+T/FADs/+z/7P/Y/+n/AAD7/+v/+v/k/wAAwP+7/9v/6//c/+D/7P/k//T/GwDg/+P/6v/p/+n/7P/m/xkA6v/5/w4AAAAAAOH/8v/3/xQAFgD3/wAA2P/W/+v/6f+v/+//0P/F/8X/xf/r/xIAu//V//T/2P/W/+P/xP8TAPH/BwAqAAAAAAAAAAAA2P8AAAAA7v8AAPn/AAAAACMA+P/X/8X/MgC+/8P/FgCl/8f/6P/r/+z/5//s/yIA7f/U/yQA6v/r/+z/1//k/+b/zv/q/+v/7f/v/93/6P8XANb/7P8UAOz/7f/q/+z/6//s/+r/z//c/+b/2//j/xkA4P+t/xkAtf/I/8z/4f/q/8j/kv/e/7P/zP/e/w8A9v/G/+v/4P/o/+n/6/8AAAAA4v/d/9L/zv85ANL/4f/L/9b/5f8AAOf/CwDu/+H/6//l/+z/7f/u/+7/7v/s/xQA7f9+/7D/+f8AAJL/AADH/9D/rP+y//r/uP/Q/yYA6/+d/9L/xf/R/9r/0v8wANz/0/+1/7//4v/y/yQA0f/W//j/2P/m/93/5P/t/wwA5v8AAOj/+//r/wAA6P/g//n/6//s/wAA6f/y//n/2P8AAOz/7P/s/+f/7P/r/wAAEgDj/xEA1//P/9X/zv/s/+n/7f/d/9r/3f/q/+z/7P8AABMA+f/i/woAAAAAAOf/uv/S/77/zv/B/7X/u/+8/z8AuP/s/+z/7f/s/+3/7P8UAO7/5P8PAAAA4P/Z/+H/2f/d/8X/2//z/+//+f8OAPb/6f/W/7//vv+k/x8ADwDY/7//3v8AAOr/5f/f/9v/BwDd/+r/y//S/9T/4f8AACMA2P/r/wAAAAAAAAAA8f8WAO3/4P/c/+f/6P/j/+n/IADo/woAAAD5/9j/z//D/9b/6f8VAAAAAAAAAAAA5//s/wAAuf8JAAsA6v/5/83/vv/e/+j/3//6/+j/4v/1/w8A1v8AAAAAAAAAAAAA7P8AABQA6v8VAOz/7P/s/+D/7P/r/wAA0v/j/9P/2P/k/wAADAAOAMb/2P/n/9v/HQDd/+T/6f/W//P/2P/a/wAADgDX/9j/3P/p/8b/5f8kAOv/4/8HANX/9P/s/97/AAAAANj/3v+p/8T/vP/W/wAA+P+0/+P/zf/T//f/0P/F/wAAJADY/9v/7P/u/wAA7P8SANj/qf+q/7z/xP8LAOb/1/8AAOD/6v/p/+r/7P/Y/ykA6v/k/9f/AADY/9j/yP8VAOn/z//T/8f/7P/M/wAA5f8AABkA0f/t/9D/0//g/wwAyP/O/9//7f+2/9z/GwDm/+f/+f/p//r/2f/X/8X/CwDS/9j/CQDx/+z/z/8dAOX/3v/W/93/6//4//L/2f8sANn/4//q/+n/6f/s/+b/GQDq//D/ov/a/7X/rf8aANj/+f/R/9X/3//Z/97/NADJ/9//6P/H//L/z//a/+H/CQAAABQA6P/v/wAA8//b/+3/AADq/+r/6//w//X/1/8WAO7/v//V/93/4v8AAAAA4v8AAM7/0//W/9X/3f/R/zAA2P/j//P/+v/x//T/6f8cAPD/4//z//r/8f/0/+n/HADw/7D/NQDD/73/6f/U/+T/wv+8/yIA0f/l/8n/6f/Y/87/4/8YAOv/8v/s/+b/5v/m//X/5P/R/9z/wP8ZALb/y//z/+n/7P/x/+//s//e/9L/7P/t/+7/7f/u/+z/FADt//n/DgAAAAAA4f/y//f/FADs/+n/yP++/8P/MQDM/8j/5//s/+z/7P/s/+v/FwDs/+n/z//Y/9P/+f/C/xkA0v/s/+z/7P/s/+7/9P8UAOz/EwDH/9f/2v/Z/xMA6//V/xQAAADJ/9L/1v/n/wAA5P/R/yIA6//m/+v/5//N/+v/BgDG/9r/1//q/9D/+v/q/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P8VAO3/5P/Z/9v/HwDa/+r/2//c/97/yP8AAMT/8//B/9X/z//N/x0A1//P/9P/x//s/8z/AADl/wAAEgDK/+r/2P/L/wAAuv/R/9D/5f/T/+D/5f8PAAAAAADs/+z/7P/s/+z/7P8UAOz/7//s/8T/zf/H/8H/FgDH/77/w//a/8z/zv/J/0QAyP/n//P/7/8AAPn/8P8ZAPH/5//z/+//AAD5//D/GQDx/9j/6P/e/9b/2f/T/yQA2f8OANj/6//0/9z/9//W/8v/vP/q/wAAtf+//wYAyP+n/+D/2P/S/8r/yP83AMf/xv/4/+v/2//q/+n/AAAGAOb/6f8XAOL/6//n/+r/6f/o/8b/FwAQANL/zf/q/7H/1P/U/zYA2P/P/+X/5//K/+T/HwDd/+X/4P/b/8X/3f/5/+z/7f/2//X/AADs/xQA7P+t//j/x/8AANT/rP/Y/zwAGQAAALf/ff++/8f/4v/1/+X/EAAAAAAAAAD5/w8A9/+y//X/wv/s/7H/AAAAAOn/0v/m/8b/0P/q/wAAHAC0/+z/7P/t/+z/7f/s/xQA7v/v/+z/AAD4/wAA6f/s/xQA7P/s//D/7v/w//P/FAD5/+X/FADs/+z/7P8AAN//2P/p/+z/7P/2/+v/7P/q/xUAw/8TAOj/9v/0/9P/7v8AAA4A2P/p/9f/2v/R//L/9v8LAAAA2v/u/93/yf/G/+j/2v/X/97/AADa/9r/DADY/wcA7f/I/7D/5//D/8L/EQDv/xoA3P/a/+f/8f/U/8H/2P8TAOr/3P8AAOr/3//c/y8A2f/e/9H/0v+n/8//9v/m/+//9f8AAAAAAAARAPb/IQDT/+L/7//p/8//7f/X/+n/6//c/9j/FADr/wAA5P/n/wAA5v/p/+b/FADf/+v/9f/U/wAA5//p/+z/7f8AANr/4v/j/6//vv/r//n/2//7//r/s//H//v/9P/a/8v/3v/r/wAA6//q/+v/GQDR//r/7P/t/+//7P8dANv/7P/t/+n/6//q/9r/5//N/xcA4v8TAO7/7v/s//f/6v/Y//D/1P+T/8X/0//q/+H/5/8AAOT/t/+g/9n/0//d/yAA0/8oAMX/3P/g/+z/2v/g/7n/QwDJ/73/zv+z/8b/0v/m/xgA6v/r/+n/7P/j/+z/9/9IALD/m//K/5T/rP+g/8r/EgALANj/7P/U/9r/2v/k/93/6/8UAOz/9P/r/+r/FADp//L/7P/s/+z/7P/y/wAAwf/C/9X/zP/n/wsA0v/l/xQA7f8AANX/7P/r/+r/3v/M//L/DADU/8L/AADC/+z/6//s/+b/5/8OABQA6v/u//r/AAAAAAAAJQDs/9T/zv/Y/+D/1//f/+b/LADq/wcAEQCY/9//ov/C//P/l//N/9P/2f/U//D/4P87APb/yP8qALX/vv/E/+f/rv/h/woAAAB//6j/1//y/87/v//o/xEAu//L/xYA2f+1/9r/3f/m/+r/3/8AAOv/FQDP/+j/HwC3/7X/pf/H//n/+//b/xcA2v/i/9D/0v/t/+P/5P8YAMT/8f/K/87/y//1/9//2P/n/ykA2v/Y/9f/3P/s/+z/7P8VAO3/5P/Z/9v/6v/Z/+D/9P/b/+T/6/8bAAAA5f8KAMz/5f/y/9j/8f8VAOv/7P/s/+z/7f/r/+z/CADj/9b/2f/d/97/BgDl/9H/CwDP//P/0v/H//X/yv8UAOz/7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/8L/GgDH/87/s//d/63/IwDp/wAA6//q/+v/6/8RAO3/AAAOANP/0v/l/8r/0v+6/+H/2P/Y/wAA1/8dAOf/5//d/6n/0/8cAMX/1f8cAK7/AAAIAAAAFADu/+r/2P/s//D/AADN/7r/2v/0/7n/AADi/9n/6//p/9r/7P8AABUA1f/Y/9v/2f8SAMX/5/8AAMb/FgC1/7T/GgDT/7z/ov/X/9f/9f/f/9b/zP8AAAcA9f/I/+L/5P/x/w4A5v/n/8n/wv8GAMn/4P+g/zIA0P/Y/+v/6//s/+z/6v8iAOz/z//K/yAA0v/X/+f/+v/O/9b/6//V/9b/0v/S/xMA5f/s/+3/+f/4/wAA7P8UAOz/yf8kAO3/2P/Y/+j/7//k//v/BQDP/8X/zf/6/9n/zP+0/77/FADe/9H/0f8dALn/AADX/9P/1//K/7H/AADq/+z/6//o/+z/6//d/xgA6v/V//r/y//6/9D/9//u/8v/2P/d/+n/3f/i/9j/NQDa/7//vf8mAJT/tv/X/53/3//J/87/0f/a/+//DgDC/+v/7P/j/+n/6v/m/+v/GADq//H/AAAAAAAAAAAAABYAAAC9/8//0P/Q/8r/wv9BAM//2//n/97/4//n/9P/IQDq/+X/6//s/+f/6v/c/x0A5P/m/9r/6//m/+r/2v8eAOj/7P/s/+z/7P/s/+z/FADs/8n/2/8AAMb/3v8AAOv/1P/1/xQA+f/s/+z/4//n/9H/yf8AAM3/1f/J/xgA6v/E/wAAxf/e/6//yP/s/8n/DwDa/+v/6//t/+3/IgDm/9n/7/8aAAAA7P/c/+j/zP/O/8P/nP+S/7j/uf/0/+3/zv/r/+3/5//r/+7/5f8mAN//uP/w/wcA5f/u/wAAwf/y/xIA+P/0/wAA8v/g/xEA7P/d/97/7P/r/9f/z//g/zEA0v/n/xUA5f/m/97/9f/r/9f/6P8HAN//6P8TAOf/5v/g/+H/8//e/93/1//0/y0A8P/P//n/8P/u/ycAvv/I/+L/+v/g/+L/v/8XAOv/2P/d/9X/2P/W/9//3/8nAN3/tP/a/67/0v+5/yIA8f/k/+n/7/8AANb/AADP//H/LwDt/+X/JADj/wAAFADZ/+z/FADu/+z/8//4/+7/7P/2/wAA6v/q/+r/5f8RAOf/6//Z/4r/of/V/9f/AADT/+H/3P/R//f/9f+1/xAAsP/h/9T/1v/s/8z/4v/W//r/EADW/xUACwDX/+v/x//Y/9f/7v8UAOz/7v/t/+v/6//y/83/2//l//P/7//Y/y0A0v8TAOT/7f/t/+v/AADs/wAA4P/c/+f/6P/j/+n/IADo/wAA4P/H/6//0/8RAMf/mP/m/+f/4//p/9z/AAAAAPL/1f/Z/yQA3P/b/+j/4P/Y/+3/7f/1//T/+v/r/xQA7P8AAOz/FADu/+z/9v/e/+j/6P8UANX/y//7/8H/5//p//T/CQDW/9n/2v/7/+j/1//n/+T/5f/b/+L/6//u/xUA2P/P/+n/4//g/9f/KwDl/+r/6//q/+j/6/8WAOj/6//s/+P/FADr/+v/7P/r/+z/2v/a//v/7//7//r/KQD7/woAJwDR/+X/6v/Y/9D/6v/l/9T/6v/o/+X/2/8lAMT/BQDr/+//7//v/8//DwDW/wAA6//s/+v/7P8AAOv/6f/F/7j/1P+4//D/+P/g/xMA3v/Q/w0AoP/g/7//9f/7/xUAzP/b/9//1v8HANz/0/8bAOj/4v/m/+r/3//j/+v/2P/s/97/0//Y/9P/JADS/+X/7f/q/xQA7f/s/+z/7P8AACcAAAAAAO//AADb//r/AADR/9b/4f8TAMb/xP/i/4z/sv/1//j/FwC2/93/0/8AAOz/3v/s/+7/FADe/+v/1v/b/w0A3//r/9f/6/8AABYA7P/u//D/7P/p/+j/6//t/+z/7P/0/+z/FADs/+r/CADp//P/8v/D/8f/zv8IAOv/3//e/yEA4f/Z/+H/3v/X/xYA6f/Y/+H/AADb/+X/5P8QAOr/4//n/+j/+v/d//L/JADw//n/AAAAANn/AADw/8n/w//Y/87/3/8YAN7/2f/i/wAA2//b/wAA2P/Y/+j/6//Z/+v/7P8dANv/6f/T/9T/MADW/9n/z//S/9X/3v/3//P/7v/0/yMA8P/l/xwA8//n/+X/5f/V/9b/5//r/+//AAAUAO3/8v/s//v/xv/3//L/6f/x/+H/0//e/9j/y/+3/8L/xv+9/z8Av//k/xUA7v/v/+z/7P/v/+b/7P/t/+7/7v/u/+z/FADt/ywAxf/b/+f/6P/m/+X/5//B/8j/xP/u/9H/vP8eAPr/wP/Q/9L/w//W/+j/6v8dALv/1/8AAOX/5v+t/8D/EwDr/+z/7P/t/+z/7P/r/xUA3//w/8z/DACM//r/2//m/+z/7P8AAPr/AAAAABQA9//s/+z/AAD6/wAAAAAUAPf/1v/q/+L/1f/f/wwA+//r//L/2P+k/6z/wP/Z/wAAq//Z/zQA2P/h/9T/3f/G/9z/6v/o/xQA7P/j/+P/AADs/wgA4//W/xwA0P/j/+r/2P/y/xkAvf/G/9r/+f/N/wAAAADr/+7/7v/y/9n/AADt/9z/1P8aAOX/1P/p/+X/AAAAANn/4//f/+P/1v/r/xYA8v/e/wkA2//o/9P/AADH/wAAj/+v/8n/2//X/xcAwf/1/+D/zv/V/+P/DADt/9//4//U/+X/4f/l/+b/HwDl/+7/2P+Y/6T/+v/z/87/FwDU/wYA3P/Q/8T/5//X/wAAFADt/+3/7f/u/9j/7P8AAOr/7P8UAOH/8f8LAOP/0f/e//f/8//u//T/IwDw/+X/5f/v//D/9P/6/xwA6//y/87/xv/2/87/0v/X/xAA1P/h/9z/7f/3//P/7v8fAO//7P/t/+z/7P/o/+z/7P8UAB8Auf/P/83/zv/p/9X/8v/v/+v/AAD2/wAA7P/s/xQA4P/Z//n/AADx/9n/7P8lAM//CADG/6//z//d/87/FgDE/87/1v8vAN7/9v/T/+j/zf8AANv/6P/f/9P/HADY/+r/6//r/+n/7P/o/xcA6v/t/xQA7P/s/+z/7P/s/+z/HADd/8//xP/I/8r/7f/Q/+H/HQDm/9//5P/j/+H/4v/y/6r/o//E/7//HQDX//H/2P/b/+v/6//o/97/IwDd/93/2f/5/9n/0f8MAM7/6v+1/8b/zP+x/9X/MQDm/6//0v/S/97/1//o/8T/KwDs/8T/z//s/7//2v/D/zsA2P/e/9T/0P/e/9X/2P8nAOP/PQDU/+v/4v/q/8r/w//Z/83/FwDr/+r/6//C/+X/DgDs/+v/7v/t/+z/6//r/xUA2f/T/8H/xv/p/wYAAAAAABQA9P8AAAAAAADs/+3/AADa/+r/6f/p/xcA5P/j/+z/AADh/9f/yf/W/8f/AAAAAOj/2f/q/+v/6//s//X/FADk/xMAEQDa/+v/1v/p/wAAAADM/9z/2v+//9X/AADg/wAA5/8AAPb/AADk/wAA7//H/wAA9f+9//P/xv/n/+n/FADs/+z/7P/t/+z/7P/s/8X/6P/J/97/mv8WAMv/6//s/+z/7//u/+//8f8UAPf/AAAZAAAAAAD0//n/8v/4/9D/7P/s/+v/FADq/wgA2v/I/5v/sP8IAMP/0P9GAOD/7P/q/+r/6f/x/+z/FQDs/9n/HQDW/9n/1v/y/wAA3P/k/woA0v/m/+n/6f8SAOr/6/8TAOz/7//s/9f/AADY/+z/6P/W/+n/2P/o/xQAAADk/xAA1v/V/8T/vf/V/93/z//g/wgA3f/q/+v/2v8TAMT/3f+f/7f/vv/Y/wsAAAAbAOf/7f/r/wAA5v/Z/8n/CgDg/9j/2v/p/wYA+v/d/+r/4P/r/9j/7P/V/9f/JADy/93/3v/V/9f/w//T/xMA2P8AAOv/5v/a/wsA2v/q/9P/3f+n/9z/CQC1/wAA9f/a/9f/2v/a/97/+//Z/xgA+/8PALX/tv/a/9b/1//S/9X/vv/W/83/1//5/yIA7v/Y/wAA6//m/9r/CwDa/+r/3P8LAOT/6f/a/wAA1f/Z/+D/+/+r//H/0f8NAND/mP/h/x0A5v/f/+T/4//h/+L/8f8UAAAA7P/0/wAA7P8AAO3/4v/V/+b/5f/S/w4A6/8UAOr/7P/t/+3/3P/s/+H/5P8TAAAA5P/j/8z/7P/b/ygA8P/6//X/9//R/+H/AAAhAMr/5v/l/93/6v/f/9j/AADF/9D/z//Z/8//FQC4/9D/2P/q/+//4P/X/ysA3//4/+v/9/8AAOP/5/8AAOr/1//T/+T/6/8AABUA6//Q/9v/+v8AANb/2f+//8f/1P8AANT/2P/k/+f/8P8AAO3/zv8oAOn/0P/h/9f/2//m//P/s//V/8//5P+1/yEA4P/P/+r/3P/l/+z/GADr/+b/rf8YAOT/l//6/8r/nP/0/+b/4P/S/+b/1P/N/+L/LgAWAOz/7v/w/+z/6f/o/+v/+f/r/9j/2v/c/w4A3v/Z/+D/3P/n/+j/4//p/yAA6P/t//b/7P8AAAAAFADs//f/vv/v/6f/4f+b/7j/CgAIAPr/6//t//T/7P/r/xYA6//s/xUA7f/t/+z/7f/r/+z/5P/E/8z/2v/T/+T/KADS/9T/w//X/9T/2P/U/zwA1v/Z/9j/4//m/wAA4P8FAOj/4//m/+z/FQDq/+b/6//i/+z/2/+W/5T/vf/g/wcA3P/0/87/7P/i/9b/1//5/+n/AAAAAOf/7f/c/xMA7P/t/wAAFgAAAAAAAAD5/+v/AAC7/7P/uf9UANn/sf/C/6n/7P/s/+z/FQDt/+T/2f/b/6r/tv/T/1QAtf/H/5//1f/j/+n/5v8lAOb/4P/Z/+j/6v8ZAOz/7P/r/97/1f/s/wAAAAD2/+7/6v8AAOb/2P/s/+n/7P/q/wAA2P/q/xcA0//T/6T/kf+k/+f/KQCy/wsAAADG/7X/vv+z/wAA1f8AAO//6v/r/+v/EQDj/+v/BwD1/wAA9v/f/+L/7f8hALT/pv/C/+L/z//T/1IA2//M/9P/2v/S/8b/9/8UAOn/7f/q/+z/7P/x/+//IQDl/7z/sf+n/9D/pf/0/y4A5/8IALv/tf+x/8z/DADB/+j/uf/r/+v/7//V/8b/GwDn/xQA7v/s//P/+P/u/+z/9v/X/+P/0v/n/+b/AADl/xYA8P/P/+H/5v/r/x4A2v/a/+r/FADo/+b/7P/2/+z/z/80AMj/1//L/9r/9v/S/9f/5P8AANf/6v/Y/+j/4v8RAPv/8P/R/8L/xP/f/9T/wf/l/+f/AADe/+P/FQDb/+D/u//N/w8Auv/O/xIAxv/j/9H/+v/W//j/zP8AAM//2//O/9j/3P/g/9n/HwDi//P/yf8LAOf/w/+4//n/9v8FAMX/AADS/8r/0P/H/w4A1//S/+3/xv/M//T/AACw/w0AEQDq/9z/+v/A/+n/8f/0/7T/vP/V/7b/wf/T/xsAAAD7/+3/8P/1/+7/7P8UAPD/3v/L/ysA2//e/9j/1//Y/97/4f/b/+3/AAAUAO3/8//s/+z/7P/s/+z/7P8UAOz/7v8WAPX/+P/y//T/8P/v/9j/1P/6/woAAACp/+P/ov/t/+v/7P/v/xQA7P/s/+z/8//Y/+j/6P/X/xoA2f/5//X/FgDq/+z/6v/h/+r/6v/Y/+L/2f/2/9n/JADU//H/AAD5/wAAAAAtABIA8f/F/+r/2f/g//T/2//k/+v/GwDz/8j/xv++/8L/uv/N/xIA+v+6/5H/v/+p/8H/FgDi/wwA2v+k/9L/sv/r/9n/1f8xAMv/4v/3/87/0v/V/9//4//i/9j/6//g/wAAAADk/9f/2P/b/97/5//Z/ykA3//j//P/+v/x//T/6f8cAPD/7P/t//X/9P/6/+z/FADs/+X/AADI/9j/tv8UAMb/7/8AAAoAyf/h/8L/0P/j//b/2/8mANL/tP+0/wcAwv/U/+X/AAAUAOz/4f/s/97/7P/N/9r/zP/E/8L/BgDm/xQA6P8AAOT/6f/f/+n/FADq/8v/1//t/wAAx//z/x8A2f/k/wAAAADw//b/7P/u/xQA2v/p/+D/2//5/+b/JwD3/9f/6v/o/+v/7P/f/wAADwDx/77/t//F//X/2f/4/wAA9P/2/+v/9f/6/9T/FAD6/+z/7P/t/+z/7f/t/xQA7v+y/6X/n//V/7P/yf9WALX/4//m/+z/FQDq/+b/6//i/w0AOAAAAPf/+v/t/+D/8f8AAAAA0//Y/9D/FwDT/6v/KADr/+n/5P/p/9j/3P/h/9T/yf85AN3/4f/S/8f/zP/f/+j/4/8UAN3/4P8AAOz/8//n/9D/0/+8/+D/FgDX/w0ANgAAAPf/7f/s/77/+v/n//P/7/8AAPn/8P8ZAPH/1P/p/wAAzf/Z/xYA7//n//r/AADU/+P/5//n//X/6P/t/+7/7P/s/+3/7P8UAO3/2f8AAOz/6//s/wgAAADr/+f/5P/e/+L/6//Y/9r/GwDN/wAA2P/Y/8//AADS/8z/xP/o/8P/zP8lAMf/tv/X/+z/7P/s/+3/7P/t/+z/FAAUAOr/2f/c/+z/AADm/9v/3/+//8r/7f++/wwAAACo/xQACQDv/wAA7//t/+H/+v/p/+j/5P/j/+H/BgASAN7/vv/D/9r/zP/O/8n/RADI//r/AADp/wAAAAAUAOz/8f/5/xsA0f/Z/9D/6P/Y/9P/y//h/+T/5P/k/ycA4P/T/+z/7f/u/+z/7f/t/xQA7P/v/87/2f/p/+X/1v8TAN7/5v/Z/8j/2v/P/9D/LADW/8D/vP/J/7T/q/8AAA8ApP/1/6r/5//C/8v/AADs/8j/DgDj/w0Azv/Y/+D/xv/U/9z/GQDP/8L/sP/x/8v/9v/s/+z/7f/s/+3/7f8UAO7/0/8SANH/pP+6/wAA0//u/+L/0//p/+v/5v8AACIA1//s/xQA7P/s/+z/7P/r/+7/+P/q/8f/xP/N/+b/FgDX/+7/AADr/+b/1//d/9j/3//Q/4v/nP8VAJP/BgDD/9f/wP/H/7j/yv/r/xsA7P/N/+b/6//l/+b/7P8VAOz/6v/2/+j/DgC7/7T/5/+4//H/FQDo/+7/5//m/+P/7//z/xwA1//l/+r/4P/f/+T/AAD2/8T/0//1/87/CADl/93/5//W/xIA5v8AANX/3//k/8P/v//x/9f/6P/2/+j/HADl/+X/yv/F/9P/s//6/zEA1v8TAOj/5//r/8//AADa/7j/1f+y/67/uv+w/xgACgDE/9j/3v/Z/+j/1f8rAOf/FwDs/8f/yf/R//T/x//a/xQA+P/2/+3/7P/s/+z/AAATAOz/7P/s/+z/6//u/+z/1//b/9//3//Y/9v/6v8nAAAA7P/3/wAAAAAQAOv/+f+7/6//yf/u/7z/BwDh/+T/CgDH/8X/zP/G//L/4v8LAPn/2P/p/9n/6v8AAPb/6f+9//L/xf/B/7//BgCv//f/rf+z/77/GAC//xoA3P8AABUA6//r/+v/7P/r/+v/6v/0/8z/0f8hAO7/AACp/8z/+v/r/+3/9P/s/+v/FgDr/+j/7P/t/+3/7f8VAOv/7P/o/+r/4//w//D/HADs/+b/7P8UAOz/7P/s/+v/7P/s/+z/FADs/+z/7P/r/+z/7P/h/+v/wv/V/8X/AADT//f/0P/A/8n/5f/a/9f/yP8rAOv/wf/L/+X/xf/Q/x8Av//W/9T/2v/S/9X/LgDU/9H/6//u/+3/7//1/xUA7f/v/+j/4P/n/+L/3P/b/x8A6v/y/xEA4//d/+b/AADJ/9X/6//q/xYA6f/l/+f/6//r/wAA2v+b/9H/FACz/7//4v8VAOv/7P/s/+z/7f/r/+z/DwDO//P/7v/a/87/yf8XAAAA2//p/+X/2v/p/+r/AAAPAN3/2v/V/+H/DQDm/7v/0v8VALL/vv/f/83/xv8mAOX/BwATAOj/5f/n/+P/5v/g/8//BgDX/97/HgC3/+L/AADd/+D/9P8AADkA8P/c/+//8v/X/wAA5P8AAPH/u//P/xQAxf/V/9v/wf/E/yoAxf/O/+f/6f/k/wAA9v8AAOv/AADs/+z/6//h/xMA6f/b/9j/3f/Z/9n/5P8jANX/2v8pAOv/3v/b/+L/1f/W/wAAov+7/+P/+//o/wAA0//s/xQA7P/s/+z/6//s/+z/0v/m/+3/xv/T/7X/LwD1/8//AADR/9j/2//M/wAA6v8AAMT/wP/S/8H/DQDa/8z/7v/q/+b/6v8UAND/AAAAANj/7P/h/9n/9f8AAAAA4//W/8r/xv/H/wAA3f/G/xIA7P8AAPD/6/8AABQA7P/v/+3/FADl/+L/5v/s/+7/1//l/+v/7P/s/+z/AAAUANn/AADp/9X/0f/q/wYAAADn/7f/gf8AAMT/5P/y/wAAwv8VAOz/8//s/wAA7P/q/+T/FQDs//T/7P8AAOz/6v/l/xwAof/M/+z/rv/t/+n/4P/j/+r/6f/p/+z/5v8ZAOr/x//L/+L/4P/f/+j/EQAVAOn/5P/k/+f/6P/l/xwA5//j/+T/6v/n/+v/AAAHAOn/5f/q/+n/FADg/9j/AADZ/+b/AADW/8H/8//C/9z/9f/j/+7/tP+i/+7/nv8bAK7/6//s/+z/7f/t/+z/FADs/8T/DADe/+z/9P+z/+v/7P/r/7//3P+j/4j/OgD6/6b/DwDf/7T/0f/C/xAArf/y/9j/3P/r/+v/5//e/yIA3f/c/9//1v8AAMn/wv/b/x0A7v/q/+z/7f/s/+z/FgDy/wAACADr/+D/3//e/+j/3//Y/9z/6//r/+f/3v8iAN3/6/8AAO3/+P/s/+z/AADs/wAAFQDs/+7/6//m/9r/7P/l/+3/6P/q/+j/6/8WAOj/3v8jAMr/FQDa/9//3v/R/+v/7/8AABQA7f/y/+z/+/8VAOv/7P/u/+z/4v/r/+v/7P8AAN//5//a/+P/EgDj/xQA+P/2/+3/7P/s/+z/AADY/xQA6v/c/+P/6v8AAOr/tP8nALD/zP/U/67/5f/n/+v/7P8VAOv/7P/t/+v/6f8oANj/8//F/9X/uf/w/7//3P8JAOv/2f/c/+T/DwDk//D/7P8AAO3/AADs/+3/AADr/+n/6//q/9r/6P/R/xcAAAAZAAAAAAD0//n/8v/4//T/FQAAAPb/4v/t/+v/7//i/xEA5P8AANT/x//r/+r/KADr/+n/5P/p/9j/3P/h/+v/7P/a/+z/FADs/+7/7f/f/8P/4P/P/8v/1f9NAM3/6v8VAPj/AADw/+3/6//v/8D/2P/x/8H/zv/g/wAAAAAAAN//2f/b/97/4f8AAOz/+P/r/9v/6v/p/wAABgDm/9n/wv8AAM7/AACp/+3/3v/g/9j/6v/n/w4A2P/d/wAA7P/r/+z/7P/s/xUA6//q/7j/t/8MAM7/1f8wAMX/2f8UAOz/7P/s/+3/7P/s/+z/AADT/87/0P/g/wAA6f/X/w8A8f8AAAAAAADz/+r/8v/v/+n/zv/U/9f/CQDg/+P/2f/Y/+T/+P/N/+P/GQDZ//n/0//n/9T/9v/E/xcA5f/L/8v/FgDU/8v/DgDm/9f/z//a/+n/6/8AAA8Azv/I/+f/HQDt/+v/7v8AAOL/7P/n/+b/6v/j/+j/AAD0/wAA2//S/+T/5v/P/8P/tv81AOz/2P/f/+P/7//r//P/KADj/wAA7P/l/+H/FADY/+z/1v/d/9P/6f8RANH/AADm/+n/5//p/+v/AADn/xQA2P/G/xQA5f/W/+L/AADs/wAAEgDY/9j/6P/Y/+j/AADf/8P/x//V/+H/EgDw//j/3//a/+f/7P/s/wAAFADY/+X/y//h/wAAAAAAAOz/IwAUAOn/7P/r/+L/6/8ZAOz/2P/r/97/5//h/+n/2P8eAOj/zf/b/+X/8//v/9j/LQDS/9j/HgDY/+H/3P/b/+r/3f8nANn/3//e/+7/2P/e/9j/0f/U/8f/6f/q/ywA7f/o/8b/5f/R/9n/4f8IABQA4v+7/9L/8f/O/wAA9/8RAM3/AADL/7b/yf/j//b/yf/O/wgA6P/o/+X/AADt/+X/3P/1/xQA5f/h/+j/6v/s/+P/y/++/8f/IADx/w8A2P+1//T/yP+w/+j/m//e/+j/uP/c/ygA4v/q/9//4v/Z/+D/6//r/+v/7P/s/+z/FQDq/9L/6P8fAOv/4v/d/wAA2f/m/+z/7P/r/+3/6//r/xUA3v/2/+D/5P/Z/xUA5v/i/+v/1f/Y/+b/zf8XAOz/1//y/+7/AADu/+j/7P/u/xQA5f8AAOn/6f/s/+n/AADq/9H/sf/b/8b/t/+0/y8AtP/s/+z/7P/s/+z/7P/s/xQA7P/q/+3/7P/s/+v/6/8VAOr/AADk/+j/5P8IANn/6//Y/xQA8P/w/wAAAADs//r/p//4/9z/1f+9/8v/GgDR/9f/2P/b/9T/6f8mAOH/tP/v/+v/AAD2/wAA7P/s/xQA6v/a/+z/5P/r/+H/GgDk/6z/7f/V/+D/1P8VAOD/0f+v//D/6//Z/+P/FADU/+z/AADC/8T/yP/d/+3/+f/T/+z/FADs/+3/6v/s/+v/7P/q/xcA6//u/+L/7P/i/+//6v/r/+r/6P/r/xYA6P/r/wAAEgDS/9X/0v/W//b/2f/r/9z/2v/s/+L/7v8bANr/6//c/9r/7P/i/+7/GwDa/+z/6//f/+z/7P/f/xYA6P/N/9v/5f/z/+//2P8tANL/2P/D/xkA9v/d/8L/ov/n/8T/4f/T/+j/9P8hAN3/+P/N/w4ABgDY/9b/yP/U/8L/1/8SAOf/9f/o/+v/1v8SAOP/AADW/9f/2v8ZAND/2v/s/+z/7P/s/+z/7P/s/xQAFQAAAOX/3//Y/9//6f/k//v/7f/w//X/7v/s/xQA8P8UAOz/7P/v/+3/7P/s/+z/1f8iAOj/4//m/77/5f/r/8r/1v/X/xcA2f/t//L/2v/k/+z/7P/s/+v/3/8AABAACQDg/+r/EgDZ/8v/oP+m/9H/+f/o/xMA4f/Q/9b/+/8AANz/7f/q/9z/xP8AABEAAADY/+r/0//Z/wAAyf8AANn/6P8AAAAAAAD1/ycAAADZ/9f/5//o/+v/4f8qAOv/yv8AAMj/z/8AALL/vP8RAOD/GQDQ/8b/sv/5/9L/5//Z/9f/5//o/+v/4f8qAOv/BgAOAOv/5P/i/9r/1v/S/9b/6//m/9b/4v8AAPv/AADl/9n/9f/2//P/2f8AAAAAuP/G/9j/CQDh/+n/y/8FAA0A0v/7//T/4/8AANf/2f/b/+b/xf/H/8L/zf8dAL3/2//m/9H/yv/M/9H/HQDM/8v/FwDc/+j/5f/6/9b/AADs/xQA7P/s/+z/7f/s/+3/2f/q//P/5v/d/9D/7P8oAL7/t/+t/9T/z//o/8j/GgDk/93/5P8UAOX/9P/n/+j/7P8UAOz/7P/s/+z/7P/s/+j/5P8AAO3/6f/s/+v/FQAnAPf/8/8AAAAA1f/5/wAAHQDf/9P/w//w/+H/z/8AAOr/6//u//D/3P/o/xcA0f/Y/9n/7/8AAAAA2P8AAAAA2v/i/9f/0P/R/x8A6/8AANb/4f/2/+L/5P/h/yEAyv/q/+z/4v/q/+z/6f8WAOr/2f8UAPX/9f/f/9j/3f8AAMf/y//F/73/wf8TACMAxf/j//P/+v/x//T/6f8cAPD/AADL//X/yf/X/+L/y/8RAO3/mP8KACIAuv/e/6n/2//s/wAA7P/c/+v/4P8AAOb/t/+4/8j/1P/B/7H/AAAeAO//7f/p/+H/9/8UAOf/7P++/+v/rv8NAL3/DADa/9b/4/8KAAAAAAAAAOv/EQDp/wAA8v/Q/9v/AADa/+n/8//f/9z/2f/T/9v/FADh/+//7//r/wAA+P8AAOn/7P8UANL/2//W/9j/2P8NAAAA0P+n/8P/xf/M/8r/DwASAMn/4f/Z/+z/6//a/xQA2//7/9n/2f/Z/+T/6v8kAOL/1//V/9X/0//a/87/IADk/+r/0f/d//n/1v/e/wAAz/8RAND/sv/X//L/0f8ZAMv/AADZ/9r/4/8UAOX/AADQ/+b/yv/W/5v/2P/V/y4Ap//3/ygA5v/n/87/3P/O/9D/BgALAOH/1P/J/9L/1v8HAOD/AADe/97/5f/m/8H/2P8jABAA2//V/9P/4f8AAN//5//U/8P/2P/U/8P/PQDQ/8P/7P/5/9P/7v/v/xQA7//m/9v/EADn/9f/AADT/wAA1P/Y/xoA8f/q/xMA6P/c/+v/7P/s/+7/x//3/8b/6/8VANz/6P/X/9j/zf8AANn/AADs/+z/7P/t/+3/7P8UAOz/wP/K/77/uP/p/w0AwP8MANz/CgDq/+f/6P/5/8n/7f8hANL/2f/n/8j/xv8AAMr/vP/p/8f/zP/u/wAA3f/t/9n/6f/s/ygA3f/n/8X/6/8AABUA7P/t/+3/7v/f/+7/6P8gAOX/9//4//r/7f/1/xMADQDg//j/+v8AAOv/+f/n//P/7/8AAPn/8P8ZAPH/DgDV/+z/7//p//b/4//a/9r/6f/a/+P/5/8pANv/0//s/+z/7P/s/+z/7P8UAOz/7P8fAOL/6//d/+H/2//o/9r/0//P/9r/4P/k/yYAu//s/xQA7P/s/+z/7P/s/+z/5P/p/+v/6f/p/+n/FwDo/+H/1v8AAOr/0v/s/wgA6f/s/9v/3P/r/+n/7f8VANv/x//X/9L/xP+//xEA5P+z/97/1v/X/9T/oP/Z/8//6f/l/+r/6P/h/+z/5//h/xwAu/8OANX/sf8ZABQA3f+b/7f/CgDM/9H/xf/a/+D/DwDp/xQA7f/v/97/7P/y/+r/4v/1/+X/6v8AABYAxv/o/8b/5v/G/wAA1//I/wsA+f+W/+n/7v/u/wAA3//r//H/FQAAAAAAAAAAAOf/7P8AABQA+P/2/+3/7P/s/+z/AADV/xkA7P/q/+T/6//q/+r/AADR/+7/+f/U/8L/EwDR/yYAyf/e/9v/6f/Y/9z/8f/s/+z/4v/x//D/9//s/xMA9P8AANv/2v/X/+n/2f8TANT/AADm//D/1v8eANb/2f/p/wAAFADs/9n/7P/g/9j/4f/h/yQA2f/X/9L/4//O/+z/FQDs/+7/7f/t/+r/7P/G/+P/wP/A/8r/w/8RAB4AFAD4//b/7f/s/+z/7P8AACwAz//g/+n/2f/J/+n/x//s/+P/FADr/+v/7P/r/+z/5f+9/7//v//N/wkA+/+4/9T/zP/O/9z/0f8uAPf/zP/d/wAA2v/s/9//FADr/9v/2f/Y/9r/4v/b/wAAAADb/+n/6v/k/+X/6/8kANj/2P/j/8f/7v8AADsA0f/Z/9z/DwDp/9//6v/a/+z/3P8AAMj/GwC2/+P/9f/k//X/4P/a/9D/4P8AAAAA5f/m/xIA1f/k/+D/AAAAAOX/6P8AAMn/6f8bAM3/4P/X/+j/AADr/83/CgAPAMb/6//w/67/zf8NANn/5//i/9j/GADh/+z/6/8AAPb/AADw/xkA9f/s/+v/AAD2/wAA8P8ZAPX/7P8UAOz/7P/s/+z/7P/t/+3/7P/s/+7/7f/s/xQA7P+//+P/1P/n/9n/4/8xAOf/6/8UAOz/5P/n/+z/6//z/ygA2f/g/+D/7P/Y/9v/2P/s/+z/7P/s/+z/7P8UAOz/2P/j/xQA6//s/9f/AADp/wAA4P/6/7X/7P+a/8v/AADJ/8H/2//Y//H/xP8hAPT/9//U/7//5v/P/w8AAADp/9H/1//e/9b/5P8OAAAA6P/t/+3/7f/t/+3/FADs/+z/5v/j/+f/2//k//P/2v8UAN7/7//y/+P/7f/m/w8A4P/Q/8j/NQDD/97/tf/t/87/uv+t/+H/vP++/+P/MgCu/9P/zP/n/+L/4/8WAM3/AADs//b/AADv//f/2f/s/xwAyP/g/9r/q/+v/yYA3v/D/xEAw/8aAOj/yv+7/8T/7v+7/+7/3P+0/5z/2v8AAO//JwDZ/9//4v/m/8//8v/o/8r/8f/r/+H/z/8KAKX/9v+z/z0Axf/R/8D/wv8GANP/AADh/9T/xv/G/7z/DADh/9L/6f8SAOr/5v/T/+r/BgDN//j/xP/E//H/y//K/wAAAADt/+3/6f/w/93/7P8UAOb/yP/x/+v/MgAUAPL/8P/s/+r/6v/p//H/7P8VAOz/0//t/+j/+P8AAN3/9v/1/+z/FADs/+z/7P/w/+v/7f/e/yMA6P/q/+j/4P/p/+f/6P/r/+H/FADo/9j/AADf/+L/6f/s/+z/4f/s/xUA7f/X/wAA7f/s/+7/6v8AAOr/7P8VAOz/7f/s/+3/6//v/9f/DwDa/+T/4v/i/wAA4f/o/xQA7P/s/+z/7P/v/+z/6f8YAOr/6v/p/+D/6v/o/wAAx//2//T/4f8OANT/wv/j/+X/5f/r/+v/5f/Z/yAAvv/L/0AAqP+y/8v/y//R/+f/3f/k/9r/2v8lAOP/0v8NAO//2v/T/93/1P8AAOT/wf/D/97/1P8AAOH/JQDn/+X/EgDh/+n/6//l//P/6//Z/6L/FgC3/8n/3//I/+7/EQDr/9r/6v/r/93/6v8AAO3/7P/s/+z/7P/s/xQA7P/I/yQAvP+7/7D/xf/g/8L/4v/p/+z/7P/h/+z/FQDt/9r/2P/a/xQA2P/e/wAA4v+1/zkA2f/U/+f/xf/I/8L/1/8AAO//FADs/+D/6P/d/9L/1//0/+X/wv/o/yAAyf/Z/xoA6v/n/9b/0v/j/wcA6P/Z/+D/4v/f/+P/GwDn/+n/7P/s/+z/7//s/xUA7P/N/9v/5f/z/+//2P8tANL/JACl/7r/6P+n/77/+f/G/9v/3f/r/+D/6P/H/9j/LQAAAMP/xP/f/8z/EgDQ/97/3f/z/wAAwP8AAPT/AAATAO3/7P/s/+3/7f/s/xQA7P/P/wgA1v/L/8L/0v8AALT/0v8bANv/4f/k/8T/+//h/97/JQDp/+3/2f/Y/+H/1f/l/wAAzv/X/xMAAADW/+r/BQC9/8r/zf/2/9f/5/8AAOr/6//r/+L/3f/o/xcA1v/q/9f/1P/b/wAA7P8TAN7/2v/c/+b/5v/U/wwA5v8AANX/9v8AAK//m//N/8D/FAARAOn/6P/p/9b/4/+9/xcA3f8AAOv/5f/a/wsA1v/q/7r/zP+z/7//CQDb/9//HwDa/9f/7f8AAPD/5f/p/x8AAAAAANr/0f/u/8//yf/V/+z/FgDr/+r/6//s/+j/6v8ZAOL/5v/F/9P/xf8AAMT/6v8AAOz/7P/r/+n/AADr/9L/GQDA/wAAzv+1/7b/+f8ZAOL/0P/F/9b/yv/X/9f/2f8pAPf/4f/V/97/z//c/87/CQDY/9j/6f8AAN3/zf/O/9D/1P/g/9X/6P8xANf/7P8UAOz/7P/s/+v/7P/s/7z/IgDR/+X/yf/p/9j/zv+w/+//xP+q/7j/DQDf/9P/uP8AAMr/0v/r/77/xv/4/wYA4v/X/+f/4//X//P/AAAAABUA6v/p/97/AADp/8b/yv/F/9f/1f/S/x0A+v/a/+z/7P/s/+z/7P/s/xQA7P/O/y4Az//b/+L/3//Z/9f/z/8qAN//7f/M/9j/3P/h/7b/GgDL//D/sf/z/+D/3P/l/9z/3//Z/+v/FgDs/9n/AADQ/9X/6//q/+z/AADa/87/AADs/xMA2//4/9f/6f/n/+j/6//i/+v/CQDp/wAACADy/+j/3P/q/+L/AADo/9X/1v/C/9//0/8VAA0Atf8jANv/6P/Z/9r/1f/m/93/1v8PAAAAAADg/ysA7//3/zQA1P++/9D/zP+2/9b/r//W/ykA7P/o/+P/5f/W/8v/1//e/+3/x//5/+n/4/8YALj/0//i/+b/8/8lANT/5//U/9z/uv/2/wAA1v/L/xcAFgDZ/+n/1P/N/9T/3//U/9//5f/n/+f/GgDb//r/4f/N/+T/6P/q/+z/7f8VAOz/3/8AAOj/5f8AANf/w//v/xQA7P/t/wAAAADs/+z/6f/R/9n/3v/a/wAAGgDo/+P/2v/Y/+L/+P/f/8j/2/8tAC4AyP+3/7//1v8AANH/v//Y/97/2v/h/9z/DgDr/wAAEADb/7P/wv+8/xMA6f+r/wAAyv+t/8j/vf/W//j/pv/p/+H/v/++/7z/q/8XAOH/1/8AANj/2P/H/+L/4/8AAO3/7P8AAO7/9f/q/xQA7/+6/93/CwDf/9P/AADr/9n/6v/O/97/0P/W/wAACQDn/9f/1f/b/9j/AAD4//L/AAAFANL/1P/P/9L/1f/5/9L/+f/L/8z/yf8TAMH/2v8MAOb/5P/r/xkA6f/k/+b/3f/x/8v/u//F/8X/5f/u/+L/iv9FAKv/bP8YAK3/wv+f/8L/OADX/9z/wv/N/9D/z//Q/zsAyv/A/8X/1//W/8b/AAAWAAAAAAAAAAAA+v8AAPP/FADv/wAA8P/5/+7/AADg/yAA6P/x/+X/5//b/+z/ev87ALv/w/8OAMb/u//D/wAAFgDv/wAA6//W/9j/6f/X/yUA6v/q/9T/5P/j/+z/+P8eAOv/3f/o/9//2f/Y/wAA0/8AAMv/yv+q/wAAvf/U/7//yP/k/9f/s//H/0kA1//R/xIAvP8AAPH/8//T/5T/3//0//P/8/8GAMT/8P/K/+T/y/8KAM//zf/M/8X/+v8LAAYA0//f/9D/6//W/8r/9f/Q/87/DQDy/9D/8P/q/+P/tP8OALb/DQCz/+r/yf8TAAkA3v/q/+r/y//p/+z/FADs/+z/7P/t/+z/7f/o/5z/yP+T/wcABwDR/+7/1f8LAOb/5f/m/+z/AADP/93/1//j//n/KQDr/9r/4f/q/+3/6//s/+z/7P8VAO3/yP/S/y8Avv/f/9//5//i/9v/LQDs/97/2P/m/8j/2f/M/w4ArP+r/xIAsf/D//f/xf8JAOj/4P/p/97/1P8FANH/+v/l/9T/AAC6/wAA0f/Z/+3/7P/w/xQA7P8AAOz/6//n/wYA6f/r/+f/6/8WAOz/7P/t/+z/7f/s/xQA7v/W/wYACADB/8z/qP/u/6j/zv++//P/yf/0/+T/EgDt/+b/2P/A/7b/DQDt/7H/+v8RAA4A5v/W/+T/0f/H/9b/GQD6/wAAAAAAAOn/6/8AANv/2v/m/xkA3f/2/9P/+f8SAOn/6v/s/+z/6v/x/+z/2v/o/+n/+v8UAOT/8P/s/+r/6//q/+j/6/8WAOj/6//o/+j/GADr/+v/5//o/+n/2P/s/+3/7P/q/9//IwDY/wgA2v/i//v/5f/d/+X/CgCf/yQArP+5/7j/ov8AAPn/7P/S/+//8//0/wAAJADJ/8j/HgDW/9j/uP/X/9v/5//R/+3/2f/K/7j/uv8YAMX/AAAAAAAAAAAAAOz/7v8UABQA7P/s/+7/7f/s/+z/7P/p/+v/7P/s/+z/AADn/w4A2P/g/+L/6P8AAOT/6/8LAOb/0P/k/9X/5/8nANL/2f/K/ywA4v/V/9H/2f/X/9X/7P8UAOz/7P/s/+z/7P/u/9j/6//l/+D/7P/5/+r/FADI/+//AADN/9z/DwDn/+n/5//k/+X/2//i/+v/7v8VABIA3v/g/9f/1v/P//j/8P/R/9T/2f8UANv/5P/f/wAA7v/h/7D/wv/G/7//CgDm/xQA7v8AAPb/AADu/+z/7//s/+7/8P/4//P/7f8VAPP/7P8UAOz/7P/s/+v/7P/s/wAA7P/l/9j/y//n//j/AAC8/+j/x//T/8H/FwDd/7j/FQDb/+f/u//V/wAA3f/H/+r/7//X/8b/uf+8//r/sP/o/9j/3P/a/9j/3v8kAOf/oP+9/woA2v8AALj/0//W/9v/6f/s/+b/2v/j/9//JgAGAN//2//h//T/CwDd/9//3v/P/9v/xP/L/xUA3v8AANn/1v/Y/+v/6P/S/xMACADq/+r/2v/S/97/4/8XAM//AAAAAAAA+f8AABwA9v/v/yUA4f/a//P/8//q/9v/9f85ANz/zf/b/7X/wv/Q/8P/0f/I/x8A1//o/9H/1//2/7//yv/W/9r/0f+4/z4A8//s/xQA7P/s/+z/7P/s/+7/9v8AAAAAyf+5/87/CwDJ/8D/LgDo/+n/4v/K/9z/1f/V/+v/EwDd/9L/wf/6/7b/3v/Y/+n/7f/s/+7/HADw/wAA3f/b/9n/4//h//n/5f/p/wgA2f/W/8X/4P8SALn/7P/s/xUA7P/s/+v/6//r/7r/xP+w/8P/vv/Q/0gAzv/k/9b/7v/w/+z/0v8IAOr/8P+l/wAAof+k/yIAxP/N/8//0//0/8n/AAAlANj/3f/m/+T/6//d/+T/6v/u/xYA1P/j/wwA2v8AAAAAz//H/9D/1P8MANX/FADZ/+j/5P/s/+z/7P/s/+z/7P/s/xQAzP8XANn/2P/G/7//9P/R/+z/4P/o/+z/6//r/xgA7P/w/+z/AAD6/wAA6f/s/xQA0f/c/+n/4P/j/9f/KwDQ/8X/7//F/9b/EgDh/9v/AADs/+b/9P/s//P/+v8UAOj/rP/S/97/p/+j/wkAAADd/+//2P/b//H/2P+9/yIA3v/1/+j/y//W/+3/DQDZ/8j/AADM/9b/x//R/+j/4P/f/+L/xv8lAMj/1f/j/9r/6/8QAJf/x/+V/8//+v/u/97/vv+9//P/2P+7/7j/6P8QAAoAzv/W/+r/4//g/w0A7/8UAO7/7f/t/+//AADs//P/6v+l/yoA3P+w/9b/zP+7/8X/s/8AAAAA0/8AANb/EADK//v/8f/i/8f/CwAGAMv/3P/r/+L/5P/s/wAA5f8TAO3/yv/p/9f/9/8QANj/2//x/+v/7P/q/+j/3/8RAOD/5//s/93/7P/p/wwAAADs/8L/9f/T/8r/z//O/y0Az/8SAAAA3v/o//f/1P/R/9b/5P/j/9T/yP/R//H/BgDq//v/wf/g/9D/x//h/w0A3//e/+T/4P8AAAAA5v/m/wAA3P/p/+z/4//t/wAABQDq/9j/2v/w//n/+P8AAOz/FADY/9j/FADb/93/AADm/+f/JADg/9z/2f/i/+b/2P/i/9n/5//Y/+L/5/8hAOP/4v8KANf/3f/o/xEA2P/n/wAAqv+6/zAA7v/i/xQAs/+V/5L/if/6/6v/wP8oAL//9//U/9j/z/8TAOL/6/8FAOz/AADm/9n/4P/g/9j/BwDZ/+z/6/8UAOv/8v8AAOz/5v/J/8n/sv/I/8H/AAD5/wAA6//p/+v/6v/a/+j/0f8XAPD/7P8AAO3/AADs/+3/AAApANP/4//n/9z/4v/W/+r/2v/p/+D/2//5/+b/JwD3//D/7P8AAO3/AADs/+3/AAAAAAwA7P/b/+v/2f/S//v/3f/j/yEA6P/q/8X/6f/V/9P/1v8vALv/2//h/8n/y//V/8r/HwDm/8v/5v/i/+P/0P/j/x4Ayf/o/9b/3//o/9//0/8RAAAAxv/K/+v/EADs/+z/8/8AABQA7P/p/+z/0v/e/xMA1v8YAL7/5P/J/xIAyf/Y/+X/0//b/8b/GwDT/xgA0v/E/9X/yv/3/8T/3P/t/+r/3//j/9P/EQDl/9H/1f8AAN3/zf/L/xoA7v+m/8b/AADQ/+H/yf86AMj/zv/o/9H/vP8lAMj/6P/q/9r/KQDd/9z/3v/a/9j/4f8AAKf/v//N/+v/CQAAAPn/y//w/+v/6v/i/xMA5v/W/8X/yf8JAKr/sP/2/xcAvv8VAO//6//v/+7/AADr//D/FQDy/wAA9f/4/wAA6//4/8r/8f/n/wAA4P8LANT/0//J/83/2P/Z/9n/RQDQ/8X/z//b/yAAz/+//w4Arv8SAOz/AADZ/+b/5v/r/xQA6//R/+v/HwDr/+L/AADs/+L/uv/j/7X/qf+P/xIAx//k/8//z//X/93/4//g/yoA4P/J/83/2P/Z/9n/RQDQ/8X/IQDH/+L/7P/f/+D/3v/s/9X/AADR/9j/wv+v//P/AADw/+z/AADt/wAA7P/t/wAAvP/f/87/5//e/9f/0P8mANb/0v/K/wUAAADU/8P/8P/U/w0A0f/O/wsA0f/K/+T/3//l/+H/GQDl/+//4v/r/9f/1v/T/97/4v/M/y0A1v/N//r/uf+6/8z/x/8KAMj/7P/q//T/1v/X/+L/uv/4/77/w//U/9L/wv/O//D/EQAZAOv/6P8AAO//4v/n/+f/6//a/+v/FQDr/+n/7f/n/+v/7f/W/8r/AADp/+H/DQDk/y4A0v/L/8//4P/j/9P/5P8uANL/y//P/+D/4//T/9j/FwDq/+T/6P8HAOL/0P/I/9L/vf+8/7f/vf8xALv/3v/z/+H/6f/g/+r/FAAAAMn/5v/k/+n/AAATAOv/1f/R/y4A1v/R/8r/1//W/83/9P/b/8L/8f/Z/77/+P8IAN3/AADZ/9j/k//Y/9n/8f/c/ycA6//s/+P/2f/d/9v/KgDp/+P/5v/q//L/xv/s/xQA7P/u/+//7P/s/+z/7P8gAOf/6//m/+z/2P/m/+r/AADZ/+z/2//s/wUA6v/r/9//6/8AANv/2f/Z/xEA4P/t/+z/1f/q/8X/FQDN/9b/7P/s/wAAAAAAAAAAFAD6//P/wv/U/7z/2f8AAAkA2v/Q/8f/6v/2//n/6/8wAPL/wv/N/+//8//L/xAA3f/r/8//0//H/+z/zP8AAOX/AADZ/yQA7P/s/9j/2P/m/9j/5v/H/8j/AADa/6z/FwDj/xcAnP+X/9f/x//2/9H/AADC/8j/0/8AABgA3v/Q//r/4P8AAOD/3P/3/w8A4P/R/9f/CQC2/7P/wf/z//f/vf8WAAAA4//o/9P/6P/U/+L/AADv/wAA7f/s/+D/4P8UAOr/6f/r/+r/6//r/xYA7P/q//D/AAAAAAYAvf/f/8z/h/+o/6L/0P+K/x8AIwDG/9j/2f8AANj/2f/Y/wAA2f/Q/8X/jv/L/8r/LwCx/xAAt/+8/6z/1/+3/63/TQCz/+7/5v+5/7L/uv8FAB0Apv/F/yQAsf+x/7v/FQDS/83/AAAAALH/+v/F/xIArv+//7H/yf+2/73/qf/q/zMAvP/s/wAA8v8AAAAA7f8AAPL/v/8KAAAAm/+S/6P/0v/B/9r/FADw/9n/sP+v/9P/yf/H/9P/4v/C/+L/x//1/8b/4f/q/8X/AAAAANH/AACq/97/1//J/9D/qv/0/9n/AADW/+r/8P/2//P/7f/p/+7/AAAAAAAAAAAAAAAAAAAAANT/JgDS/5j/4P/Z/9//2P8fAKj/rP+X/67/yf8WAIT/zf/P/9b/xP/I/8v/PQDK/wAAyv/e/4n/sf/7//P/t//r/+L/1//K/+z/5P/0/8n/6//q/+v/6v/r/+r/FQDr/+r/AAAAAOj/rv/G/8f/tv8AAAAAAAAAAAAAAAAAAAAA7f/X/9j/3v/V/9f/DQDx/+3/7P/r/+n/7f/x/xUA7P/Y/+r/9//o/+r/qP/m/+L/3P/2/93/6v/r/9X/6f/s/xQA7P/s/+z/7f/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/7P/u/+//7v/r/xgA7P8AAAAAAAAAAAAAAAAAAAAAAAANAAAA+/8AAO3/AAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/j/9j/6P/j/+f/GwDp/+7/AAD6/wAAAAASAPj/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/xQA7P/s/xYA7v/p/+//9P/t/+v/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s//H/8P8AANj/2v8SAM//1P/o/+v/7f/t/+7/6//s/xQA8v/g/x0A7v/z//T/8//i/+z/yP/X/wwAzf/T/8//DQDP/xYA6v/s/+r/7f/s/+v/9v/Y/wwA6//y//X/AADs/+j/AAAAAAAAAAAAAAAAAAAAAOD/4P/o/9//6f/r/xUA5f/I/9D/EgC+/9H/zf/y/9n/AAAAAAAAAAAAAAAAAAAAAO7/8f/u//n/8P/t/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACw/+L/tf/H/9z/8/+5/wAAAAAAAAAAAAAAAAAAAAAAAO3/7v/s/+z/7v/t/xQA7P/j/+f/HADf/+X/5//m/+T/FADx/+X/5v/v/+v/AAD7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/f/ykA0P/L/9r/1//Z/93/5P8fAOb/4P/j/+P/0v8AAAAAAAAAAAAAAAAAAAAA7v8eAL7/0f/H/9b/6v/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/d/9j/x//c/xUA9//v/+z/7f/s/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6v8XAOv/8v/u//L/6f/z/wAAAAAAAAAAAAAAAAAAAAASAPr/AAAAAAAA9//v/wAA7P/s/+z/7P/s/+z/FADs/+L/0v/j/wAA0f/e/wAA4/8AAAAAAAAAAAAAAAAAAAAA7P/u/xQA7P/t/+v/7P/s/9n/5P8gANn/3//Z/+j/4v8UAOz/7//0//b/7P/s//X/4//4/yoA8v8AAAAAAAD0/+H/3v8lAOT/3//n/9j/4v+q/8b/yP+//xUA5P/v//T/AAAAAAAAAAAAAAAAAAAAALH/pf+h/6//5v/C/63/JwDZ/+f/6//q/+v/FQDs/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+r/9//t//n/GgAAAOn/2f/I/+T/3//J/xIA7f/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/xEA5P/W/+X/BgDh/8r/5P/q/+//6//r/+v/4/8XAOz/7f/1/xQA9//s/+z/7f/R/+b/2//6/xEAzv/z/+T/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/+v/u/wAAAAD7/+z/9/8UAAAAAAAAAAAAAAAAAAAAAADG/9f/5//l/9f/zv8aAAAA7P8UAAAA7f/t/+3/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDd/7j/0P+1/9P/5v/z/+z/7P/u/+3/7f8UAOz/7P8VAOr/7f/r/9T/6f/s/+z/2f/e/8v/9P/j/+f/4f/3/wAAAAAAAAAAAAAAAAAAAAAAAAgA1P/C/83/yP/w/8P/FADu/wAA+f8AAPr/8v/3/+v/7P/s/+P/7P/r/xQA6//y//H/7v8AAPv/+P8cAAAA8P/a/wAAAAAAAAAAJQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAO//8/8AANb/2f/P/87/1f/4/ygAyP8AAAAAAAAAAAAA7P8AABUA7P8AAPL/8v/6/xQA7P/1/+z/AADY/xIA6//l/wAA4v/s/93/6//l/9T/7f8XAMr/AAAAAAAAAAAAAAAAAAAAAOz/+f/x/+3/9/8UAOz/7/8AAAAAAAAAAAAAAAAAAAAA6f+U/5//+P+U/wAAAAC2/+z/7P/s/+z/7v8UAPD/7P8AAOz/7P/t/+z/6f/m/xQAIQDs//b/6//o/93/4v/m/yMA9f/j/93/1P/O/9P/1v8AAAAAAAAAAAAAAAAAAAAAAAAXAPL/AAD6/wAA9P8AAO7/7/8AAPn/AADu/+3/FADj/+b/7P8VAOr/5v/r/+L/6P8jANn/6v/k/+H/4v/b/+D/AAAAAAAAAAALAAsAAADs/+z/9P/p/+z/7f/s/xQA8f/3/+7/9/8AAOn/GAD5/wAAAAAAAAAAAAAAAAAAAADs/+//9f/u/wAA7P8UAO//5//4/+7/5f/r/xkA6//r/wAA0//r/87/5v/i/9H/FgDD/yQAsP+t/6D/1v/w/7r/7P8UAAAA7P/t/+3/7P/u/wAAAAAAAAAAAAAAAAAAAAAGAOv/7P/s/+3/AADs/+z/OgDd/9P/qv+s/7r/yf+8/xkAAAAAAAAAAAAAAOz/AAAgAOr/7P/g/+X/2P/i/+H/GgDm/wAAAAAAAAAAAAAAAOn/NgDr/wAA8v8AAMb/+P/s/+z/8P/u//D/8/8UAPn/AAAAAAAAAAAAAAAAAAAAALX/u//J/9L/6P8AAML/FQDs/+z/7P/s/+z/GwDY/+z/AADI/8//v/8RAKb/8v/s/wAAAAAAAAAAAAAAAAAAAADm/+n/6/8AAO3/3P8pAOH/FQD4//r/AAAAAOn/7P/7/73/SwDQ/9r/0v/I/8L/z//h/xcA6v/s/+v/7P/n/+3/tf9IANf/xv/A/8L/vv/A/+D/HADf/9j/6//r/+H/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7/8AAPr/AADh/+z/8f/Z/+b/AAAAAAAA9f8nAAAA5//W/+P/0//Q/9X/JwDQ/wAAAAAAAAAAAAAAAAAAAADx/+z/FwD1/+7/8v/p//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOr/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAPX/5f/A/6r/2P/B/ykAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/AADj/+v/5//Y/wAA1P8AAAAAAAAAAAAAAAAAAAAAy//q/xcA5v/n/9f/6P8AAOz/7P8VAOz/7P/s/+v/7P/b/+j/JgDe//H/2//d/9z/IgDQ/+X/4P/y/wAAz//U/+z/7P/t/+3/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7//s//L/7v8AAO3/FAD5//j/9P8AAPn/AAAbAO7/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/7P/s/+v/7f/r/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/v//L/wwAvv+3/+//1v/k/wAAAAAAAAAAAAAAAAAAAAAAAPr/FgAAAPf/AAAAAPj/AAAAAAAAAAAAAAAAAAAAAOH/6//1/+v/EADe/9n/AADf/+z/0v8JANj/GADC/6n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA8P/0/+z/7P/s/wAAEADn/+f/2P/d/+T/4/8AAAAAAAAAAAAAAAAAAAAA8P/r/xUA9v/t//D/6//2//j/+P8rAPf/AAD7/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAAFwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/AAAUAO7/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+z/7f/u/+7/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/9v8AAPv/+v8cAAAA6/8UAPb/8P/u/+z/7f/t/93/AADZ/+z/3f/r/+v/FADq/xgA6v/p/+f/6v/o/+f/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v8XAO7/7P/z//n/6P/s/+3/AAAAAPn/FADs/+z/5f/V/9r/1/8AAN3/4/8NANz/HgDx//T/7v/k/+P/+/8AAAAAAAAAAAAAAAAAAAAAEwD1/wAA8//Z/wAA7//Y/+T/2f/V/+f/4P/i/x0A6P8AAAAAAAAAAAAAAAAAAAAAwv/a/+f/6v+1/9j/HADr/8z/AADZ/8H/AAAaAOD/3P8AAAAAAAAAAAAAAAAAAAAAw//i/9r/3P8AAB8A6//N/wAAAAAAAAAAAAAAAAAAAADZ/7z/uv/E/wAAw/8TAKL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7P/t/+z/7P/s//r/7v8AAAAA+//s//f/FAAAABQAAAAAAAAAAADs/wAA7P/s/xQA7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwD6//v/9P8AAAAA7v8AACgA2//z/+r/9P/Z/9n/8//d/wAA6v/y/+z/5P8AAPb/AAAAAAAAAAAAAAAAAAAAAAAA1//p/9n/6f/c/wAA2v/r/+7/AAD6/+7/6v/p/xcA7P/s/wAA+v8AAAAAFAD3/+D/9v/y/wAA9f/b/wAAEwAAAKn/uP+s/7L/4v8KAOX/0f/I/73/1v/P/wwAAADT/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/xIAAAAAAAAAAAAAAO7/AADo/+r/7v/w/+3/6v8XAOr/7P/p/xUA8P/h/+z/6//t/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+3/FADs/+z/2//n/93/0v/d/+D/HgDa/xQA7f/s/+z/7v/s/+z/7P/f/9v/IADZ/+H/6P/m/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/FADs/+v/7P/s/+v/9f8AAAAAAAAAAO3/CAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6v8AAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA8f/J/9n/1//i/8//1/8AAOX/5f/k/+j/5//m/xoA5v8UAOz/7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xUA+f8AAPn/9v/s//n/5P/Y/+X/FAAAAOj/6//p/+r/6v/r/+v/6//p/xUA6/8WAAAAAAAAAAAA5P/u/wAA7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAPb/AAAUAOz/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA0v/u/wAA+/8AAOz/7P8VAOz/5f/r/+z/6v8UAOz/7P/t/xUA+f8AAPn/9v/s//n/AAAAAAAAAAAAAAAAAAAAAA0A+P/k/9H/1P/X/wAA3//j//j/KgDy/wAAAAAAAPT/6//b/xYA1f/k/+n/6v/Z/x0A4f/w/+D/7v/i/+T/5v/r/+z/7P/j/+z/6/8UAOv/6//s/+z/4//s/+v/FADr/x8Amv/C/6P/JwCq/7r/xv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/6v/r/9r/6f8AAN3/EgATAPr/+//0/wAAAADu/wAAAADf/+r/2P8UANj/2f/R/wAAAAAAAAAAAAAAAAAAAADs//H/7f/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA7f/u/+z/8f/s/+v/6v8UAOz/7P/5//X/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOr/FAAAAM//6//a//L/5v/l/9D/2v/y/93/AADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsAAAAAAAAAAAAAAAAAAADo/7f/wP+1/wAAyv/N/wAAAAAAAAAAAAAAAAkAAAAUAPX/8//t/+z/7P/s//n/vP/F//D/AAC4/wAA7v/z/wAAAAAAAAAAAAAAAAAAAAAaAOb/AAAAAAAAAAAAAAAA7P/s/+3/7f/s/+z/7P8UAOz/7P/u/+3/7f8UAOz/7P8AAO3/KgDR/7n/2//h/8//AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvAM3/1v/t/+r/2f/X//b/8v/k/+z/8f/q/+D/GgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8jANn/6v/k/+H/4v/b/woAAAAAAAAAAAD4/wAAAAANAM7/zv/G/7z/EAC//+X/BwDY/93/2/8AAOb/6f/5/9b/7//s//f/+P8qAPH/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAD6/wAAAAASAPj/AADQ/9L/8//R/87/xf/v/w4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/5f8cAOj/5//m/93/7P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/k//r/5v/I//b/0P8QALr/1v/c/9r/0f/W/9P/NgAAAAAAAAAAAAAAAAAAAAAA5//q/+n/6f8XAOT/4//k/x0Au//C/87/wf8hAL3/3//s/+z/7//v//L/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/t/xQA8P8UAOz/7P/s/+z/7P/s/+z/4P8UAPb/7P/r/+z/7P/z//r/+/8AAAAAAAAcAPD/8v/B/ygA5f/e/9z/2v/7/8P/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA1v/c/8r/9//c//T/AAAAAAAAAAAAAAAAAAAAABUA6//r/+3/6//r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7//t/xQA7/8UAO3/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/0/wAA+P/b//T/AADD/97/2P/Y/9v/AAAFANn/FADt/+3/7f/u/+v/7P/v//X/2P/h/9j/6f/Y/9j/EgDp/+H/6//e/+3/2f/r/xcAAAAAAAAAAAAAAPT/DgAAAAAAAAAAAAAAAAAAAAAAAAD1/+H/7P/s/+r/6/8SAOv/AAAAAAAAAAAAAPv/7v8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7f8UAOz/7P/v/+3/9f/x/+z/FgDp/+j/AAAAAAAAAAAAAAAAAAAAAM3/2P/Z/9z/5v/5/xAAzP/s/+z/7P/s/+z/FADs/+z/x//s/wAA7P/i/9j/7P8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/v/+3/FADv/w4A0P/p/+v/6P/d/wAA2P8AAAAAAAAAAAAAAAAAAAAA7//p/x8A3v/m/wAA6f/j/+z/6f/s/+j/5v8RAAYA1/8VAOv/7P/p/+3/6//r/+v/xP/V/87/7f/U/9T/EwD1/xcA6//o/+z/7P/r/+f/7P/P/+3/3f/1/wAA6P8hAO3/7P/s/+z/7P/s/+3/FADs/9n/GADr/+v/3v8AAOr/2P/t/+z/7P/s/xQA7P/s/+z/AAAAAAAA+/8AAPb/AAAUAOH/0f/X/9D/1//R/ysA1f/j/87/8f/Y/+r/4v8iAOv/xf/D/8r/1v/X/zsA2f/C/+//+P/x//r/AAATAAAA+P8AAAAAAAAAAAAAAAAAAAAA5P/i/+X/5P/l/+P/IwDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+X/6//s/+r/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+f/6//q/wcA6f/d/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+n/6f/g/+f/6f8SAAAAAAAAAAAAAAAAAAAAAAAAANn/6//s/+3/AADs/+X/EgAUAOv/7P/t/+z/7P/s/+z/7v/s/+z/7P/s/+X/FQDs/8v/5v++/9X/0P/X/yoA3f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UANv/3f/s/+r/6f8iANj/2v/c/xUAyf/b/83/4P/s/7//AAAAAAAAAAAAAAAAAAAAANH/EQDP/9r/0v/K/wcA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//l/+n/4//V/yEA1f/2/xIAAAAAAAAA+f/x//T/KQDi/+b/1//h/7P/2v/O/9z/6f/p/9z/4v/l/xwA6P8AAAAAAAAAAAAAGAD5/+//AAAAAAAAAAAAAAAAAAAAAAgAEADh/+D/1P/K/9f/xv8AAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAABQA7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//n/7P/v/+3/7P8UAO3/7P8AAOz/8f/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA2P/u/+3/3f/q/93/DgAAANn/5//r/wAA6P8UAOD/2/8GAOb/4//r/9T/AADO/9r/2f8AAPX/8v8AAAAAAAD2/xQA7P/s/+3/7f/s/+z/7P/r/xUA7P/s/+v/6v/p/+z/3P/0/wAA7f/w/yMA7P/h//j/xf/l/5r/l//6/9P/IwAAABgAAAAAAAAAAADp/wAA2f/n/+v/6v/r/xUA7P/o/xoAAAAAAAAAAADn/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA7v/z/wAAAADp/+n/9f8AAAAAAAAAAAAA+P8AAAkAAAAAAAAAAAAAAAAAAAAAAM7/4//g/83/zf/T/yMAzf/s/+z/7//v//H/7P8UAO7/5v/Z/9z/5P/l/+r/HgDZ/wgA1v/x/+P/5P/W/8z/+f8cANb/2v/S/+f/6v/o/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAA6v/q/+r/7P8LAOz/GADn/+3/6v/n/+n/6f/q/x8A3f/m/+X/5P/k/+H/3//s//L/7f/1//r/7P8UAO3/2f/s/+v/7P/Y/+j/GgAAAOz/AADz//v/AADt/xQAAADS/9D/m/8tANf/z//R//f/0v/h/+j/1v/R/+j/3P8jAAAAAAAAAAAAAAAAAAAAAADc/wAAzv/N/wcAFACj//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+7/7P/t/+z/7P8MAOP/5f/a/+b/6f/Y/wAA6/8WAOv/6f/r/+v/6//r/9X/7P/g/8r/t//J/xMA+v/Y/xoA6f/4/+j/AADb/9j/AAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAAhAO7/6f/f/yYA6v/5//L/AADS//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Y/9//3f/s/9b/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwDk/+n/3v/h/+P/1//i//X/FAAAAOz/9v/6/+v/AADd/wAA1v/h/87/zf8AANL/6f/r/+v/6v/r/+z/FQDr/+v/8f/2/+P/8/8ZAOv/7/8+ALj/1f/E/9H/of/3/7H/LwDE/8T/x//G/wAA2//C/xQA9/8AAPb/8f/s/+v/7//7/9v/4v/p/+v/5P8JAAAAHADc/8//4f/i/8z/6//R/xgA7P/s/+z/6//o/+z/2P/D/8//2P/E/+b/BgDm/wAABQDp/+r/vv8LALr/1f/4/+v/6//6//L/+P/5/xUA+f8iANX/1P/l/9v/0v8AAOz/6//v/+7/7f/z/xcA4P/s//b/HwAAAAAAAAAAAOn/AAAAAAAAAAAAAAAAAAAAAAAABgDp/+3/7P/a/+r/6/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA6P8cAAAA+f8AAPL/4v8AAOz/7P/u/+3/7f8UAOz/7P/s/+z/8v8AABQA7P/s/+z/6v/q/+v/6//r/+n/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//R/xcAyP/G/8P/7//C/xQArP+2/8P/4P/h//b/5f8AAAAAAAAAAAAAAAAAAAAA1f/I/+b/5P/n/xgAAADI/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/1//j/+v/4/xQA+f/t/9T/0//b/97/5f8mAN3/2f/t//r/8v/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UALT/w//U/8T/s//A/9P/VQC4/9H/5//l/8r/y//O/0EA7P/s/+z/7P/s/+z/7P8UAOz/FADs/+z/7P/s/+z/7P/s/+X/AADt/+D/6/8SAPH/AAAAAAAAAAAAAAAAAAAAABQAAAAAAPf/AADt/+z/9/8AAOz/+v8AAAAA7P8PAAAA7P/u/+7/7f/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA4P/Y/9n/2v/X/9n/6v8VAOv/6f/q/+v/6v8AAAAA7P/g/+r/2P/r/wcA2P/U/77/xf/B/9v/1v/o/yYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s//L/7v8AAO3/FAD5/6f/wv/0/9r/t//x/wAA5P/w/+3/AAAAAAAAFADs/+3/5//N/8//x/8AALz/EQDS/+v/3v/Y/9n/5v8kANf/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAD2/xQAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAPH/7f8UAA8A3P/s/xQA7P/s/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6f/V/9j/2f/V/9b/JgDU/wAAAAAAAAAAAAAAAAAAAAAUAPj/AAD4/wAAAADs//f/z//V/9D/yP/J/9P/MQDM/8v/5/8XANb/2//X/8//+//p/97/4f8WAMz/7P/r/93/1P/S/+z/0f/r/yEADgC4/+z/FQDt/+3/6//t/+v/7P/X/9L/6f/s/9v/6//r/xwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s//L/7v8AAO3/FAD5/+X/6f8AAO3/9//s/xkA8v8AAAAAAAAAAAAAAAAAAAAAtf/F/8X/9v/y/xAAnf8AAAAA2P/X/8//5v8iANP/+P/p/yAA2f/h/9r/3//f/+n/3P8WAOz/6v/s/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8oAO//7v/s/+3/2P/s/+r/6//q/+j/6/8WAOj/6/8AAAAAAAAAAAAAAAAAAAAA1/8AANz/2P/Y/9j/AADY/wAAAAAAAAAAAAAAAAAAAADq/+v/6//r/+v/6v/s/xUAAAAAAAAAAAAAAAAAAAAAAOT/EADG/9P/0P/m//H/t/8AAAAAAAAAAAAAAAAAAAAAEgDz/93/y//U/9X/yP/b//T/8f8AAO3/8v8TAPT/8f/a/9T/KwDl/8H/1//i/8b/8f/6/xoADQAAANr/6f/a/wAAAAAAAAAAAAAAAAAAAADq/+v/6//r/+v/6v/s/xUA7f/s/+z/7f/s/xQA7P/s/+z/7P/s/+z/7P/s/xQA7P/s//j/AADt/+7/6P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/FQD5/wAA+f/2/+z/+f/s//L/AAAAAAAAFAAAAO7/+v/x/xkA8v/r/wAA8//k/+z/7P8UAOz/7//s/+z/7P8UAOz/8P/1//j/7P/s//b/7P/s/+7/7P/v/+3/FADv/+z/FADs/+z/7P/s/+z/7P8AAOz/7P/s/+z/2P8HAOz/6v/4/+n/7//3/+b/GQDs/wAA6f8AAOH/5f/2//X/5//s//f/7v/6/wAA7f8UAO7/EwAAAAAAAAD5/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwP/a/9f/2v/r/9X/+P8jAAYA7f/l/+//8/8TAOz/9v/T/9b/5P/m/wAAAADr/+z/AAAAAAAAAAAAAAAAAAAAANj/2f/Y/xMA5v/l/wAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/97/0f8WAMP/6v/T/77/6v/r/9//7P/p/+3/FgDf/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/9r/3//Y/xEA6/8AAOz/5//j/+v/3//Y/+b/HgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0A1f/f/+r/6//g//n/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAA3v+a/77/2//3/6X/FQD7//D/6v/w/+3/6//s/wAAAAAAAAAAAAAAAAAAAADs//L/AAAAAAAAFAAAAO7/1P/N/9X/1P/W/x0A6f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+v/6//n/+n/FADm/+v/AAAAAAAAAAAAAAAAAAAAAOv/7v8AAPr/7v/q/+n/FwAAAAAAAAAAAAAAAAAAAAAA6f/J/9T/zP8nAMP/z//d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPANL/2f/b//j/3v/V/9z/7P/s/+r/7P/l/xsA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+D/6//e/9r/2v81AMz/y//Y/93/wP/k/9b/0P/X/+H/3v/Y/87/LADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7f/s/wAAAAAAAAAAAAAAAAAAAADr/+//7f/u//L/FQDt/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/xkA6/8AAOv/9v/3/9H/AAAAAAAAAAAAAAAAAAAAAMP/wv/A/+P/yf/t/xwA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAOv/FQDs/+z/6//s/+z/7P/4/xMAAAAAAAAA8P/3//n/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7f/s/+z/7P/Z/+L/HgDa/+f/3v/p/9z/AAAAAAAAAAAAAAAAAAAAAOv/3f/r/+r/6P8AAAAA5/8AAAAAAAAAAAAAAAAAAAAA5v8dAOv/6v/r/+3/4//r/+//4//r/xMAAADO/9b/FQDs/+3/7v/u/+7/7P8UAO3/u/+0/+X/6f+o/y8AvP/i/8D/vP/A/xIAv/8GAOX/7//j/9P/3v/B/87/HQDo/9H/5P/E/+H/2v/V/8n/AAAAANb/4f/W/9b/BgAQAN//1f/q/xYA6v/r//H/6v/q/+v/6v8WAOr/6//x/+r/6v/r/+v/7/8AANr/9v89AMf/1P/x/wAAAAAAAAAA7P8AABQA7P/s/+z/7P/s/+z/FADs/xoA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA+v8AAAAAAADt/+//5/8XAOr/6v/p/+v/6v/o/+n/AAAAAAAA9/8AAPj/FgAAAOz/7P8UAPD/9P/s/+z/7P/t/+r/6//s/+z/7P8VAOz/FAAAAAAAAAAAAOz/7P8AABQA7P8AAAAAAADt/+3/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAA0//r/9H/1P8AAMj/7P/s/+z/7P/s/+z/FADs/9D/vv/6//j/3P/x/xEAvv8AAAAAAAAAAAAAAAAAAAAA7P8UAPb/7P/y/+z/7P/s/+z/FADy/+z/7//s/+z/7P/P/9//9P/z/+v/6/8wAOz/6/8VAAAAAAAAAO//7v/s/wAAAAAAAAAAAAAAAAAAAADs/wAAAADS/+H/8/8AAMr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/k/+j/4f/h/+P/0//D/yMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7f/6/+3/8v/w/+z/FQDr/+z/7P/s/+z/7P8UAOz/AADd/+r/6P/s/wAA4v/s/wAA9//y//j/+P/t/+n/JwAAAAAAAAAAAAAAAAAAAAAADgC+/7r/u/8AAJz/6f/s/+z/8f/1//H/AAAUAO7/7P/V/9n/5P/o/+D/HAAAAAAAyP8zANv/yv/N/9D/zP/P/wAA6//q/+z/7f8UANn/7P/q/+b/8P/1/+v/6P8XAOf/6//l/+r/6v/p/+v/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY//H/6P/h/9r/AADn/w0AxP/Z/9D/vP/k/9r/4P8AAAAAAAAAAAAADgD2/wAA2P/Y/9//2v/d/wAABwDZ/wAAAAAAAAAAAAAAAAAAAADq/ygA5P/r/+D/7P/a/+v/yP/M/y4Ay//P/+b/x//Q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/n/+v/6f/r//j/FgD7/wAABwDj//X/7v/s/9j/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAOz/7P/s/+z/7f/s/+z/AADs/+3/EwDs/+z/AAAAAAAAAAAAAAAAAAAAANz/FgDs/+r/7P/r/+v/7P/a/9T/4P8AAM3/yP8qANf/6v/e/9j/2f/j/9r/KADm/wAAAAAAAAAAAAAAAAAAAAAAANv/2f/u/9X/vf/4/xkA1v/Z/+v/7f8AAOz/EgDX/wAAAAAAAAAAAAAAAAAAAADm/8X/1P/K//X/sP8MAAgA5v/X/9X/2//h/9r/IgDk/wAAAAAAAAAAAAAAAAAAAADq/+X/6//i/+n/2v8XAOT/6f/r/+v/6v/r/+z/FQDr/xEAAADp/+r/3//U/+v/2P8AAAAAAAAAAAAAAAAAAAAAz//V/8f/t/+i/wkA8v/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7P/v/xQA6//s/9r/AADp/+r/4//Y/xAA2v8AAAAAAAAAAAAAAAAAAAAA4P8AAPT/7v/t/x0A5P/n//n/AAAAAAAAAAAUAOz/8P/z/+T/7P/y/+r/4f8aAOz/7P/s//n/7P/v/+3/7P8UAO//mf+x/7b/sv8ZANP/EwAAAAAAAAD5/wAAFAAAAOz/1f/o/+X/4f/B/+T/5/8jABMAAAAAABoAAAD2/+z/+P8AAAAAAAAAAAAAAAAAAAAA9f/A/9z/6v/5/9P/DwDt/xQA8f/v/wAA8//s/+3/+/8UAAAAAAAAAAAA7f/s/wAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/+v/8P/1/9f/FgDu/wAAAAAAAAAAAAAAAAAAAADq/xUA7P/s/+v/6//r/+z/zP+3/+3/EADm/+X/+v/m/+z/7P/s/+z/7P/s/xQA7P/p/+v/+v/z/wAA7v8ZAPP/5P/p/+7/AAAAAO//GwAAANj/IQDY/+z/3v/r/+P/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/2f/V/9v/CgDS//b/+P/x/wAA4//J//b/9P/R/8v/FADs/+3/AAD5/+z/7P/v/x4A6P/o/9//2//m/93/5v8AAAAAAAAAAAAA9v8LAAAAFQDs/+3/8//t/+r/6//s/9D/5//Z/+j/6P/Z/yQA7f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+//7f8UAO//AAAAAAAAAAAAAAAAAAAAANP/xf/k/9b/xf/l/+H/HgAAAAAAAAAAAAAAAAAAAAAA2P/Z/9v/4/8AAAoAEgDm/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/u/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOL/6//k/+z/7f/i/xcA7P/t/+z/7v/s//L/7P/6/xQA6/8VAOv/7P/r/+r/6v/r/+z/7P/s/+z/7v/t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7v8AAPr/AAAAABIA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAPb/7v8AABQA7P/0/wAACgAAAAAAAADy/wAACADo/+j/4//p/+j/6P8YAOv/+P8YAN3/0//r/9v/0P/s/ygA3P/t/wAAAADa/9j/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/9P/w/+3/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwAUAOr/6//r/9n/5v/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPP/AAAAAAAA7f/s//n/7P8UAO3/7f/s/+7/7P/s/9D/6//I/9b/x//Z/yoA1f/t/wAA9f/f/+T/AADp/wAAGQDo/+b/5P/q/+b/5//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI/9b/8f/y/7T/CwC3//v/EQDf/9f/0//M/8//AADf/+z/7v/t//n/AAD7/xQA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADt/+z/AADs/+n/8f/0/wAAFADs/+n/7P/s//L/7f8UAOz/7P/s/xQAAAAAAPf/AADt/+z/9/8AAAAAAAAAAAAAAAAAAAAA3P/y/+f/3P/t/wAAAADk/8X/zP/o/+b/3//6/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUAAAAAAAAAAAD3/+X/AADS/87/2P/h/9j/4f8yAOL/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7//s/+z/7P/q/xcA6//p/+n/6v/p/+r/7P/s/+z/7f/s/+z/FADs/9z/EwAJANj/6//N/+n/2f++/w4AzP+//8L/uv8AAMD/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAv//k/9j/vv/G/wgAvf/P/+3/+v/z/wAA6f8gAO3/yv/X/9j/7v/f/9X/2f8uABQA2v+m/5r/wv/o/9r/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/EwAAAAAAAAD6/wAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/8v+4/+v/tf+4/yoA4f8AAAAAAAAAAAAAAAAAAAAA7P8AAO3/AADw/xQA9P8AAAAAAAAAAAAAAAAAAAAAAADv/+3/FADw/+3/8v/t//X/5//r/+f/5f/r//v/FgDO//f/+/8AAAAAAAD4/xoAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7v/w//P/FAD5/+v/FgDu/+r/6f/q/+f/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADv//P/AAAAABQAAAAAAPH/AADs/wAA7v/q/+z/6//s/+3/FQDt/wAAAAAAAAAAAAAAAAAAAAAAAPT/AAD1/wAAEwDt//P/FAAAAOH/zP/s/9L/0f+2/7j/AAC4/7b/m//d//X/CADq/+v/5v/o/+r/6f8WAOz/vv/y/7D/wv88AMz/tP/f/+D/3v/k/9z/2v/E/+7/LQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5f/j/+H/5f/p/x0A5/8AAAAAAAAAAAAAAAAAAAAAz//y//b/4v8QAPn/4v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAPD/6/8AABQA7P/v//T/0//6/9X/OAC4/97/s//s/+z/7P/s/xQA7//s/+z/FgDr/+z/+P/r/+v/5f/j/wAAAAAAAAAAAAAAAAAAAAAAAOf/8f/q/+r/HADY/9n/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8TANL/u//5/7L/5f/B/xQA+f/0/9L/xP/b/8j/0P8LANz/0P/K/xoA0P/y/9v/z/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/KQDr/+v/5//a/9j/5//n/xYA6v/t/+v/7P/r/+v/FAApAKb/w//C/57/sP+i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/l/+f/4P/o/9//GQDq/9j/2f/Z/wAA3f8NAOr/2v8UAPX/8//t/+z/7P/s//n/AADZ/+H/7P/o/+r/AADo/wAAAAAAAAAAAAAAAAAAAADn/+j/5//p/+n/5f8YAOj/AAAAAAAAAAAAAAAAAAAAAO//6f8fAN7/5v8AAOn/4/8AAAAAAAAAAAAAAAAAAAAA2/++/wwAAADc/8f/CADN/xQA8v/u//j/AADs/+z/7/8AAAAAAAAAAAAAAAAAAAAA0//Y/+j/5v/p/8//KwDe/+b/7P/v/+z/6f/j/xcA7P8PANX/4v/J/83/3f8GANT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8AABsAvv/n/5T/EQCz/9T/6//i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/5//a/+b/5//k/x4A3v/e/9T/0P/e/9X/2P8nAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAy/8bALb/4v/S/97/u/8AAAAA+P9+/7r/0P+c/+3/EQAAAAAAAAAAAAAAAAAAAAAA2P8AAOn/FADX/9f/4P/y/+P/9//r/+P/8f/f/8n/7v+9/zIArv+4/7//0v/6/+v/xP9YAMX/xv/A/7b/tv/F/+z/7P/u/+z/7//t/xQA7//m/wAAAAAAAAAAHAD3//b/xv8UAOH/4//Y/8r/CQDB/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPn/AAAAAPL/6/8AAAAAAAAAAAAAAAAAAAAAAADt//D/+//y//D/9P/s/xQA1P/r/+f/1//j/9L/4v80AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAOz/7v/t/+3/AADs/+r/GgDq/+j/3P/o/+P/6f/s/wAA8v/y//r/FADs//X/FADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADI/wAA5f/Z/9n/7P/g/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8//z//D/7/8UAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/7P/s/+z/CwDp/+v/wv+j/6n/4P/s//v/7f8UAOv/5f8AAOz/2//s/93/xv+H/6r/NADK/6L/IACp/yEAAAAAAAAAAADX/wAA4/8UAPr/AAAAAAAA7P8AABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAAAAzP+4/7P/BwC6/9T/6v/W/+b/5v/Z/ycA4P/k/wAAAAAAAAAAAAAAAAAAAADj/8//5v/g/yoAzf/X/+H/AADW//T/6v/W/+v/5f8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAACy/wAAv/+5/8L/s/8AALn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/97/4P/j/+T/4v8wAMf/AAAAAAAAAAAAAAAAAAAAAPf/FAAGAAAAAAAYAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/6//q/+r/6f/s/xYA6//t/xQA8P/y/+//8f/w/+7/3P/e/87/GADX//T/3f/Y/+j/+f8AAAAAAADt/xgAAADs/+f/7P/s/+//FgDq/+z/5f/t//H/5//u/+n/GwD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD7/+f/4P/Q/8H/6v/U/x4AAADl/wAA+v8AACIA4P/t/wAAAAAAAAAAAAAAAAAAAADZ/+D/2v/Z/9//JQDd/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//AAAAAPn/7P/s/+3/6v/f/+j/3v/S/9L/HwDk/+D/EgAAAAAAAAD7//P/+P/p/83/v//A/6z/8P/4/8D/AAAAAAAAAAAAAAAAAAAAAMH/AADe/8f/5v+8/yIAy//r/wAA9/8dAAAA6v/2/wAA0v+1/8b/xv8VACYAl//Z/9j/5P/Z/wAA4f8UAOv/2P8AAAAAAAAUAAAACQDs/+z/AAAAAAAAAAAAAAAAAAAAAOz/4//p/+n/5v/r/xgA6v/q/+v/6f/r/+v/6/8VAOv/7v/s/+7/7f/u/+7/FADx/xAAEADr/+D/1v/q/+f/+P/V/+D/5//j/9n/0/8nAOH/xv/h/+X/3f/h/8b/LQDg/+j/1//c/+D/1//g/ycA2v/m/+z/7P/s/+v/5/8WAOr/o/9p/zEAqv9x/yMA9/9l/+v/7f/s/+3/8P8VAOz/7f/6/+7/AAAAAPv/7P/3/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/X/+P/2//m//L/FgDs/+P/AADs//b/7v/s/+b/7P8UANb/5v8AAMH/z/8KAOD/0f8AAAAAAAAAAAAAAAAAAAAA5/8AALn/uf+1//r/2P8UAAAAAAAAAAAAAAAAAAAAAADb/+v/7P/u/+3/IgDm/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/ygA0v/Z/9b/3v/X/8v/7P/s//L/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADU/9D/5P/d/+f/y/8tANX/7//s//L/7v8AAO3/FAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+7/AADt/+z/7f/v/xQAxv+l//b/kP/d/+n/4v/A/xQA9f/z/+3/7P/s/+z/AADu/wAA7/8AAAAAFwDx/+T/AAAAAAAAAAAAAAAAAAAAAPH/6f/r/+b/3v/o/wYAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAN7/4v/u/+n/6v/Z/9v/KAAAAAAAAAAAAAAAAAAAAAAAFADs/+//9P/2/+z/7P/1/xQA7P/s/+z/7P/s/+z/9P/s/+z/7P/s/xQA7//s/+z/5//r/+z/6f/m/wcA6f8AAOL/6f8AAOn/7v8gAOv/5v/f/+7/+v/z//X/AAD7/xIAIwAAAAAAAAAAAO7/3/8AAAAAAAAAAAAAAAALAAAAAADu/+3/8v/w/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAAO3/7P/u/+z/8v/s//r/FADp//r/5P/i/+j/zf8VAOz/AAAAAAAAAAAAAAAAAAAAANz/2P/i/97/2f/Z/yYA3v/O/9z/1v/F/+X/+f8LANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA7f/s/wAAAAAAAAAAAAAAAAAAAAAAABQA7v/s//P/+P/u/+z/9v/Z/+z/7P/v/9v/FQDr/+r/7v/v/wAA+f8AAO7/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f/X/+P/AADH/xAAuv/q/wAAAAAAAAAAAAAAAAAAAAC0/4j/xv8IAJz/5f/S/93/2v/X//T/5P8TAOD/yP/w/9//3v8gAN7/5v/e/+P/5f/r/ygA9//1/+3/6v/Z/+z/7P/s/+z/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/5P/s//H/6v/g/xoA7P8AAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+z/7P8UAOv/5f/q/+r/6f/r/xYA6v8AALL/uP+i/7L/5P/v/9L/7P/s/xUA7P/s/+r/6//s/+P/8f/6//b/7P/6/+z/7/8AABQAAAAAAAAAAADs/wAA1v/q/+v/6f/V/+v/GADl/+P/7f/5/wAAAAAnAOj/AAAAAAAAAAAAAAAAAAAAAAAA6v/n/+j/6f/p/+j/FQDr/+z/7P/s/+z/7v/t/xQA7P/d/+7/7f/s//L/AADs/xQA7P/t/+z/7P/w/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADy//D/2v+4/8r/vf/X/wAA7P/t//D/7f/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADw/9X/6//k/+H/2v8XAO3/AAAAAAAAAAAAAAAAAAAAAOj/DgD0//T/+//n/xMA+/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+v/+v/y//j/+f8VAPn/1v/S/+H/2f/e/9n/4P8jAAAA7f/6//T/AAARAOz/6v8AAAAAAAAAAAAAAAAAAAAAEgD6/wAAAAAAAPf/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//v/wAAAAAAABQA7//s/+z/7v/w//j/8//t/xUA8/8AAOv/7P/s/+z/BQDs/+z/AAAAAAAAAAAAAAAAAAAAAN//4f8UAMT/1//X/wAABwDs/+v/2v/a/x4A6v/s/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAAD0/xQA7P/s//T/6//s/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/r/+z/7P/z/xEA7P8AAAAAAAAAAAAAAAAAAAAA5//m/+j/5v/j/xgA6f/c/wAAAAAAAAAAAAAAAAAAAAAFAA8A6v/r/+X/+//J/+f/7P/s/+z/7//u/+z/FADu/xQA9v8AAO3/8f/v/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/6//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA1f/d/+//+f/6/+3/KgD6//v/9P8AAAAAAAATAAAAAADs/xIA7f+6/xUAyv/H/9r/7v/s/93/7P/t/xUA7f/s/wAAAAAAAAAAAAAAAAAAAAAVAO3/7v/u/+7/6v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAEwAAAPD/x//d/+f/5//B/wAA7f8AAAAAAAAAAAAAAAAAAAAAAADk/8v/6/86AOL/2P/O/8n/EADU/9z/AADX/+r/0//j/+z/5f/r/+z/6v8UAOz/7P8VAOz/7f/r/+//7P/s/+r/AAAAAAAAAAAAAAAAAAAAAPX/7v8AAO3/7P/t/+//FADr/9f/9//h/9f/1//n/xoAAADy/+z/AADs/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADr/xYA7P/r/+r/6f/q/+X/AAAAAAAAAAAAAAAAAAAAANj/3f/5/wAA0P/i/zwAzf/k/+n/5/8YAOX/5v/p/+r/4f/j/+z/6f/c/9j/HwDq/wAAAAAAAAAAAAAAAAAAAAAAANX/4v/W/+b/7P/Y/xQA6//s/+//6//w/xYA6v/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/8v8WAOv/7//r/+v/6f/s/wAAAAAAAAAAAAAAAAAAAACu/8T/QQDJ/7P/1//M/8H/4//s/xYA8P8AAOr/5P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP/w/6n/yf+u//n/5v/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/i/+v/3f/Y/8D/HADB/+n/LwDe/9j/4P/Y/+b/y//W/+T/6//r/+f/0P/Q/y8A4//Z/9P/6P/u/8P/0P8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/xkA6//o/+v/6P/p/+v/6//q/+v/3f/j/9j/EgAAAOz/7f/u/+7/7v/s/xQA7f8GANz/1f/g/+f/yv8PANP/7P8AAPL/8v/6/xQA7P/1/9T/AADg/9b/EgDD/wAA6//w/8P/6f/X/9b/6//C/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA/7D/2P8AAOj/x//l/xwAAAAAAAAAAAAAAAAAAAAAAMr/5f/5/9r/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/g/wAA+f/K/+X/3P/t/+3/7v/4//f/6/8VAO3/7P/s/wAA+v8AAAAAFAD3/+z/7P8AAPn/AAAAABQA9v8AAAAAAAAAAAAAAAAAAAAAFAD3/wAAAAD7/+z/+v/x/8//AADY/9b/1/8AAO7/zP8AAAAAAAAAAAAAAAAAAAAA1/8HANf/5P/Y/+D/AADZ/wAAAAAAAAAAAAAAAAAAAADg/+L/BQASANL/yv/X/+P/QADZ/8T/AADf/57/xv/e/wAAAAAAAAAAAAAAAAAAAADh/w8A1v/X/8n/3/8AAMf/7P/s/+z/7f/u/xQA7P/s/9D/3P8QANb/2f/m/+T/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA9P/w/wAA7P/s/+z/7v/s/+z/7f8UAPD/3f/m/97/3//c/+X/HwDl/wAAAAAAAAAAAAAAAAAAAAAUAOr/AAAAAAAAAADs/wAAEADs/+z/2v/3/wAA7P/f/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xQA7f/t/wAAAAAAAAAAAAAAAAAAAADx/+z/FwD1/+7/8v/p//j/3f/Y/9v/5v/a/+r/HADh/wAAAAAAAAAAAAAAAAAAAADo/+z/7f/t/+7/8P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/6v/p/+f/6//z/xEA5f/s/+//9f/u/wAA7P8UAO//4f/d/+7/+P/0/+7/IADw/x4Arf/1/8P/qf+z/9X/sP/f/xsA+/8AAAAAAADi/wAAAAAAAAAA9v8AAO3/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/5v/u/xQA6v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/9r/7P/w/wAA9f8oAPD/7//Y/97/2f/P/9r/0v8qANn/4f/c/+3/9//z/+7/HwDv/+z/7P/t/+3/7f/s/+z/FADr/+v/6//r/+v/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAOP/+v8AAO7/8//j/yQAAAATAPL/zv/v/+D/tf/2/9T/7f/y//r/AAAAAOz/7P8UAAAAAAAAAAAAHAD5//r/9f8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/9P/s/+z/6/8UAAAAAAAAAAAAAAAAAAAAAADi/9f/uf/H/7v/AADr/+//w//i/+z/FQDe/9b/6v8VAOj/7P/x/+v/FADf/+z/AADs/+z/7P/v/+7/7P8UAO7/4//t/+n/5P/n/+v/FQDr/93/3P/b/9z/6//Z/yUA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9X/AADW/9f/1/8AAN7/0P/X/+H/3v/Y/87/LADZ/wAA0//r/+L/4//W/xgA3//s/xQA7P/s/+z/7P/s/+z/1/8AANz/4//c/+D/DgDX/wAAAAAAAAAAAAAAAAAAAADs/+v/6//p/+v/7P8VAOz/wv+//7f/vf/F/y0A5//L/+3/6v/s/+z/7//s/xQA7//s/+z/7P/s/+z/7P/s/xQAtf/f/wAAyf/O/+3/0/+5/+b/7f/w//H/+v8cAOz/6v8AAAAAAAAAAAAAAAAAAAAAwP/G/8D/1//H/7f/IwAAAMX/3P/j/93/6P/U/zIA3P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAgAND/6f/p/+f/0//m/+H/+P/s/+v/7P/t/+v/DQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALT/1//E/97/1v/q//H/EADb/8z/5P+9/9L/JQDj/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAADQAAAAAAAAAAAAAAAAAAAAAA6//v/+z/6//r/+r/EwDr//D/2v/p/+r/1v/R/wwAAADs/xQA7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO7/AAD6/wAAAAASAPj/AAAAAOf/AAD2/wAA5P8AAO//AAAAAAAAAAAAAAAAAAAAAOb/IwDg//D/5P/g/9T/4f/s/+z/7P/t/+3/7P8UAOz/2P/N/9j/1f8OAND/AAARAAAAAADx/wAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAADwDY/9b/3f/m/83/EQDr/+z/7P/u//b/AAAUAOz/+v/s/+z/7P/s/+z/7P8UAOz/FADz/wAAAAAAAO3/7P/5/97/0f+W//D/mv8RANj/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAAAA7v/q/wAAAAAZAAAAAAD0//n/8v/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/b/yMA3//p/8r/3v/d/9f/1/8AAN7/yP/D/y4A1//s/+z/7P/s/+3/7P8UAO7/GgDb/+f/4f/D//P/2v/J/wgAAADv/wAA8P/2/97/AADk/+L/7v/s//b/5/8gAPr/AAAAAAAAAAAAAAAAAAAAAN3/HQDn//b/6v/l/+T/6f8UAOz/7f8AAPn/7P/s/+//2P/Z/+z/AAD4/wkA6/8AAMD/0P/T/9X/AADB/+r/+v8AAAAAAAAAABwA+f/6//X/FADr/wAA7P/W/83/2f8JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Y/xQA5f/o//H/z//w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoA5//U/9b/xf+u/9H/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/3//s/wAA1v/H/+z/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAPH/rf+i/7v/tP8hAL3/uf/u/wAA9/8AAAAAHQD5/wAA4v8SAAAAAAAAAPX/4v/r//H/AAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO7/AAAAAOX/wv+z/8L/2P8HAMb/AAAAAAAAAAAAAAAAAAAAALL/uv/P/77/xv8uAPT/AAAiAPn/AAD4/wAA4//s/wAA2f/n/+v/6v/r/xUA7P/o/wAAEQAAAAAAAAAAAAAA8f8UAPH/7/8AAPP/7P/t//v/AAAKAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAALAPb/AADl/+D/5P/i/+L/4P8dAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/yAA5f/m/9n/GADH//L/AADs//P/7P8UANr/2//Z/xcA6//o/+z/7P/r/+f/7P/r/xYA7P/q/+v/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+b/AACs/8X/u//s/7r/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7//t/xQA7/8AAAAAAAAAAAAAAAAAAAAA7P/x/wAA9v8AAO7/FADv/97/5f8AAAAAAADw/yEA9P/e/+n/6/8AAPj/5v8eAPP/2//Q/9z/8//d/+P/1f8mAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/xQA7P/s/+z/n/+b/7L/of+X/+b/mv9cAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA8//s/wAAxv8+ANr/3v/b/9f/x//f/wAAAAAAAAAAAAAAAAAAAADh/9X/KQDC/9X/qv/U/8D/+v8WAAAAAAAAAAAA8P8AABMA+v/7//T/AAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAKQDT/9f/zf/C/+P/4f/F/wkA1f/I/9L/yv/D/wAA0v8AAAAAAAAAAAAAAAAAAAAAHgAAAAAAAAAAAPT/5f8AAOz/6//0/9n/3f8nANn/2P8AAAAAAAAAAAAAAAAAAAAAAADM/9D/8v+a/wkAyf/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/3/+7/9/8AAOn/GAD5/+3/9v/s/+3/8f/s/xQA8P/s/+z/7v/s/+z/7P/s/xQAHwDW/+H/2f/t//v/zP/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAND/3v/p/+D/xv8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvf/F/9D/6P8JAA4A0f8AAOn/6f/r/+f/7P8WAOf/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+f/6P/q/xQA+P/n/+b/7P/l/+v/7P/q/xQA7P/s/+z/6v/0/9n/3P/c/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA1v/a/9L/5//q/+j/4/8AAAAAAAAAAAAAAAAAAAAA4P/c/+j/6P/k/+n/IADo/8v/AAAMANL/0f/Z/8//z//l/+X/5P/o/+f/5v8aAOb/AAAAAAAAAAAAAAAAAAAAAOz/7P/5/wAAAADs/+z/FAAAAAAAAAAAAAAAAAAAAAAAw//T/8//zv/J/8v/CQAeAAAAAAAAAAAAAAAAAAAAAADT/xgA6//s/+r/6//s/+n/AAAAAAAAAAAAAAAAAAAAANP/1v/i/9j/z//g/ywA4f8gAOn/5f/r/+v/3//p/+T/AAAAAAAAAAAAAAAAAAAAABQA7v/t/+z/+v/s/+z/7P/7//P/AAAAAAAAAAARAAAA2//Y/+v/5f8AAOH/AADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAOAMb/uf+9/8L/8//2/8H/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+r/FwDu/+z/8//5/+j/AADZ/+z/EwDs/9j/4//s/xkA+v8AAAAAAADt/+//5/8AABYAAAAAAAAA+f/r/wAAi/+Y/8b/aADZ/6n/rf+z/wAAAAAAAPP/AADx/xYAAADr/+D/3f8VAPb/7P/r/9n/2f/X/9X/LgDV/8z/0//S/9z/6f/p/9r/4f/l/xwA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAANL/3f/H/9L/8v+//8n/OAAAAAAAAAAAAAAAAAAAAAAA7f/d/6b/rP+I/+z/DQDd/+r/8P/j/+n/4v/O/xoA2//6/wAA3v/m/9D/EwDp/9T/EQAAAAAAAAAAAPL/9f8AABQA8/8AAAAAAADt/+z/+f/1/+7/AADt/+z/7f/v/xQAFAAAAAAAAAAAAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAC4/w8AzP/W/8P/8/8MAMr/7P/s/+z/6v/o/+f/FQDr/73/yf/V/+b/w//F/zcAw/8AAAAAAAAAAAAAAAAAAAAA7P/s/+r/6//s/+v/FQDs/9v/5v/r/+D/7P8AAOf/CwAVAO3/7v/u/+7/6v/s/+3/AAAAAAAAAAAAAAAAAAAAAN7/AADi/+b/6f/n/w8A5f/i/+j/AADn/+r/GgDn/+f/4v/i/+H/5v/l/+b/HgDn/+r/1v/m/+b/2f8nAOD/5P8AAAAAAAAAAAAAAAAAAAAAFQDs/+z/6v/n/+v/6//r/wAAAAAAAAAAAAAAAAAAAADr//b/8v/4/wAAFQDq/+T/FADu/+z/8//4/+7/7P/2/wAAAAAAAAAAAAAAAAAAAADl/+3/6P/a/+z/HADs/9v/AAAAAAAAAAAAAAAAAAAAAAAA6//5//T/9P8AAOj/5f/Z/xQA7v/a/+H/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAA4A5v/1//X/8//y/+z/AAAAAAAAAAAAAAAAAAAAAAAA6f/v/+3/9v/1/xgA7//b/+z/7P/s/+z/8P/s/xQA7P+3/7X/1v+4/8D/PQDW/8r/AAAAAPj/6v/5/04Avf/q/7r/3f/c/9L/3f8vANr/1f/q/9v/6P/m/97/AAAAANL/vv/5//n/wP/Y/7r/1f/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8AAOX/2//k/93/AADw/+L/1//r/9n/5f/X/9r/JQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/1v/n/+b/FADm/+z/6P/T/8n/yv/L/zYA3//U/8r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/6//s/+z/+f8bAAAAAAD7//f/AAD4/8//y//X/9H/6v/b/9P/HwDs/+z/FADs/+//7P/s/+z/AADa/8z/7v/2/xQA7f/k/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/ygA3//x/93/6//U/+r/AADA/83/CwAJAMP/yv+s/+b/1f/j/9j/KADr/9j/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+3/6//t/+r/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPX/7v8AAO3/7P/t/+//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAADp/wAA7f/w//v/8v/w//T/7P8UAB8AAAAAAOb/5v8AANn/4//z/8L/uf8IALL/sf8SAN3/AAAAAAAAAAAAAAAAAAAAAAAA9f/D/+X/z/8AAMr/wv/m/+j/6v8YAOn/5v/n/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/8P/s/+v/4//s/+H/EQDm/xQA7v8AAPn/AAD6//L/9/8AAAAAAAAAAAAAAAAAAAAA4//s/+n/4//n/+v/FQDr/wAAAADz/wAAAAAAABIAAADt/+z/7P/s/+z/7P/s/xQAAAAAAPP/AAAAAAAAEgAAABMA3v/o/+//8P/o/9n/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPL/8v/6/xQA7P/1/9r/3v/w//f/7P/Y/wAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAvANX/yf/b/+D/5v/W/87/BwAAAOn/1f/k/w0A0f/H/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOb/AAAUAOv/7P/q/9j/7P/j/+z/3P/r/+v/AAAAAN3/AAAAAAAAAAAAAAAAAAAAACQA8v/Z/9z/6//d/9X/2//s/+z/7P/x/+z/FADs/+z/HQDi/+P/6v/j/+3/4//Q/wAAAAAAAAAAAAAAAAAAAADU/+z/AAD2//b/AADZ/+//AAAAAAAAAAAAAPv/7v8FANv/4f/b/9n/6f/Z/ygA4/8AAAAAAAAAAAAAAAAAAAAAAADI/9n/3P/X/9T/AADl/+z/7P/s/+r/JwDs/+v/2P8AAAAAAAAAAAAAAAAAAAAA2//i/+P/1//h/9j/CwARAAAAAAAAAAAAAAAAAAAAAAD3/xUAAAD2//f/8f/u//f/AAAAAAAAAAAAAAAAAAAAANz/1v/S/+r/wf+n/zEAyv8AAO7/7v8UAO3/2v/s/+z/AAAAAAAAAAAAAAAAAAAAABEAEQAAAAAAAAD3/+f/AAAHAAAAxf/f/9r/vf/t/83/7P8UAOz/7v/s/+v/6//s/+z/7P/u/+7/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5P/s/+v/8//l/+r/FwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/5f/a/+j/6P/Z/xQA6//R/9P/0v/N/67/rP8OAC0AEQAAAAAAAAAAAPL/9f8AAOD/6v/s/+v/7f/s/xUA7f/o/+v/7P/r/+r/FwDr/+v/5//j/8P/vf+s/9b/BgDq/xQAAAAAAAAAAADs/+7/AADd/+b/5v/j/+z/KADY/9v/4//t/+z/7P/v//f/EgDs/wAAAAAAAAAAAAAAAAAAAAAAAPf/7P/n/+b/6P8AAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/wAAAADi/9n/CADx/wAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+3/AAD6//H/GQDy/+v/AADz/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/+3/7P8UABYA6f/s/+j/6v/l/+r/7P8UAOz/7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/wYA0//M/9b/AADI/9L/AAAAAAAAAAAAAAAAAAAAANf/3//c/9r/HgDb/+v/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAOb/2P/Y/9b/AADo/9b/HgDo/+j/3//b/+b/3f/m/wAAAAAAAAAAAAAAAAAAAACy/6v/yv8KAK7/IwAAAK//MgAAAPr/AAAAAOj/1P/r/xQAAADv/wAA7//t/+L/AAAUAPH/7/8AAPP/7P/t//v/6//s/93/6f/s/wAAEQDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDq/+j/5P/m/93/4//k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/q//r/EgDj/xMA2v/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/5f/u/8P/3f8hANb/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/yQA7P/Y/+P/+v/d/+P/6f/b/xMAAADY/9v/4//y/+7/3P8oAOn/6//v/wAAAAAAAAAAFQAAAOz/7P8UAOz/7P/s/+z/7P/s/+z/7P/t/+7/FADs/+z/AADY/9v/2f/f//j/2//K/+b/4v/o/+v/8P/n/xoA+P8GAOT/AADs/+3/+//Y/+P/AAAAAAAAAAAAAPj/AAAJAM7/LwDp/9j/yP/W/9H/3P/s/+z/+f/6//H/7f/u/xUA1v/4/+P/sP8JALr/tP/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/a/9H/1//Q/wAAIADQ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/FwC9/8L/sP8HANj/u/8AAAAAAAAAAAAAAAAAAAAA5//q/9f/4f8UAOT/9P/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb//f/0//X/8//7P8OAMb/AAAoAAAAAAAAAAAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f+6/9L/0/+5//L/HgDM/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAPn/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+H/z/8ZANn/+v+n/wkAAAAAAAAAAAAAAAAAAAAAAM3/6f/Y/+L/6P8jANn/4/8ZAOb/6//s/+H/6f/m/+f/AAAAAAAAAAAAAAAAAAAAAAAAw/8bALD/2f+8/9z/1P/s/xQA7P/u/+z/7P/s/+z/7P/L/8b/vv/F/xYA3f/v/+z/7v/s/+z/7P/s/xQA7P8UAOj/6v/n/+b/6P/v/+7/FAAAAAAAAAAAAPP/7P8AAAAAAAAAAAAAAAAAAAAAAAAcANn/6P/s/+z/3P/k/+z/AAAAAAAAAAAAAAAAAAAAAOj/7P/t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADt/+z/8P/z/+3/7P/y/xIAAAAAAAAAAAAAAPX/AAASAAAAAAAAAAAAAAD2/wAA4v/p/+z/FQDq/+b/6v/U/+z/7P/r/+z/7P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/xf/I//f/v/8AAMr/9v/s/+z/FADs/+//7P/s/+z/5//q/+n/6f8XAOT/4//k/+v/2v8AAOr/1f/Y/8L/CwDs/xQA7P/u/+z/7P/s/+z/7P8UAOz/7v/s/+z/7P/s/+z/FADs/+7/7P/s/+z/7P/s/xQA7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7//u/+z/7P/7/9H/0f/W/8//xf+u/w4AHwDM/xAA2P/f/+H/zv/3/9P/4f/0/8f/0f/B/8X/5/8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/+3/6//s/+X/FwDv//n/AAAAAAAAAAAUAOz/8P8UAOz/7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDp/+X/1v/k/9r/5/8AAO7/7v/s/+z/7P/s/+7/FAAAAAAAAAAAAAAAAAAAAAAA7P/s//n/+v/x/+3/7v8VAOz/7P/w//r/AAATAOz/CADa/+v/tf/k//r/AADE/+b/AAAAAAAAAAAAAAAAAAAAABAA2P/n/+P/4f/Y/+j/AAAwAPr/+P8AAAAA6//P//j/GQDg/+v/6f/j/+3/4v/m//f/FQAAAPb/9//x/+7/9/8AAAAAAAAAAAAAAAAAAAAAAADv/7//zP/i/wgAsf/k/9P/FwDr/+z/6v/q/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOn/3//r/+H/7P/m/93/AAAAAAAAAAAAAAAAAAAAAAAAsv+E/w4A0f8UAMb/0P8AAOz/8f/u/xUA5f/k/+v/5f/g/+T/4v/i/+D/HQDm/wAAAAAAAAAAAAAAAAAAAADp/+r/5f/n/+r/GADp/+b/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/6//s/+z/7P8AAAAA7P/u/+z/7P8UALH/8v/Q/6P/v/8PALv/CQAAAAAAAAAAAAAAAAAAAAAA7P/r/+r/6//r/9r/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/5/+//8//w/xQA7P/z/8T/PwDv/+P/5P/q/8j/7f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAgA7v/s/+z/7P8UANb/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6//p/+z/6v8WAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/7T/8f8MANT/4//M/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/b/+j/zv8HANn/9P8dAOH/8P/g/+7/4v/k/+b/5v8hAOn/4//l/9L/1P/4/wAAAADv/+T/8f/c/9r/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/6//r/+n/6//t/+f/JQDs/+3/7f/t/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx/+//AADz/+z/7f/7/9j/8P/q/8X/rv/f/wAA5f/a/yUA7P/Y/+v/4//Z/+f/7P/r/+v/6f/r/+z/FQDs/+v/6f/s/+f/3v8AAOP/CgDg/9z/4P/d/9n/5f8jAN//zf82AMD/zP/B/9X/0//L/+L/5//l/9j/4//p/x0A2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACu/+b/wv/d/+f/6P8QAPb/7P8UAPD/9P/s/+z/7P/s/+P/8//2/9j/5//d/xcA5P8UAPX/8//t/+z/7P/s//n/IADO/7//AADK/8f/6//b/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7f8UAOz/6f8YAAAA6v/j/+P/5f/g/w0A0v/m/8z/xv/Z//H/uP/s/+z/7v/s//L/FADs/+z/CgDO/9j/1//S/wYA4//f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAPL/9f8AAAAAAAAAAAAAAAAAAAAAAADt/+z/AADl/+3/FADs/+z/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADq/+z/6//t/+z/6f/i/xUA0v/c//D/+f/t/+j/JADu/83/2f/Y/9v/3v/l//b/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r/+3/6//r/+v/6//r/+v/6v/s/+v/6/8VAOz/6v/t/+v/5P/d/ygA6f/Y/wAA3f/P/+H/FADW//X/zv8FANX/6f/J/5X/4//c/+3/8f8UAO3/7f/t/+3/6//r/+v/FQDs/+z/6//s/+z/7P8nAPr/AAAAAAAAAADY//D/4f8MANv/pv/U/+v/EQDY/wAAAAAAAAAAAAAAAAAAAAD6/+z/7P/p/+z/6/8RAOz/AAAAAAAAAAAAAAAAAAAAAPX/6f/n/+j/5//o/xYA5f8WAOr/6v/r/+r/6f/p/+v/2//a/yAA3v/n/+j/4v/h/+z/7P/s/xUA7f/k/9n/2//s/wAAAADd/+f/2P/q/ygAiP/R/6H/sf8yAOb/x/8AAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/tf8AANr/yv8SAPP/yf/o/wAAAAAAAAAAAAAAAAAAAAAdAOn/3/8AAAAA4//Y/83/EgDq/+3/AAAUAOf/2//s//r/8f8ZAPL/6/8AAPP/5P8AAAAAAAAAAAAAAAAAAAAA6v/r/+n/6//r/+v/FQDr/+v/9v/y//j/AAAVAOr/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/rP/w/xcACQDi//D/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC7/8D/AADV/6H/MQDN/8X/AAAAAAAAAAAAAAAAAAAAAAAAx/8AALr/2f/d/8f/6v8AAAAAAAAAAAAAAAAAAAAAAADf/+7/4//5//n/IgDw/+7/AAD6/wAAAAASAPj/AAD0//j/AADu//n/7P/v/xQA7v/q/+z/7f/s/+z/FgDy/yMAAADr/9j/2//G/+r/1P8AANr/7P/Y/9v/2P/Y/wAA7P/y/wAAAAAAABQAAADu/wAA3//u/+P/+f/5/yIA8P8AAAAAAAAAAAAAAAAAAAAA4v/q/+v/6v8gAOP/4P/Y/+z/FADt/+z/7P/t/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8eAO3/7f/e/+v/3v/l/wAAAAAAAAAAAAAAAAAAAAA6AAAAAAAAAAAAyv/b/wAAAAAAAAAAAAAAAAAAAAAAABUA5//s/9r/4f/Y/9f/+P/s/+T/3P/s/+z/6P8UAOX/AAAAAAAAAAAAAAAAAAAAAOz/AADl/+z/3P/q/xEA6f8AAAAAAAAAAAAAAAAAAAAAIADf/8P/AADa/7X/6//J/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/o/+T/6f/r/wAAGADr/+j/6P/j/+n/6P/o/xgA6/8AANj/7f/x/+b/2P8AAN3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/AAAAAAAAFAAAAO7/4/8TAOz/4P/s/+f/+P/o/9P/GgDY/97/wP/U/9f/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoA6P/Z/+H/2f/1/wAA6v/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/r/xQA7P/p/+r/6v/p//H/AAAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/8//4P/o/+X/FwDO/+r/AAAZAAAAAAD0//n/8v/4/+z/GwDv/+z/7f/t/+L/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/FwDs/+z/zP/b/+n/2v8AAAAAAAAAAAAAAAAAAAAA6//s/+3/FQDs/+v/6v/s/wAAAAAAAAAAAAAAAAAAAADs/+z/+P/v/xQA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//r/+D/6//i/xcA6//s/+3/9f8UAPf/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAB8A7//7/wAAAADs/+H/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/+H/6P/W/9H/6P/c/yMA0f/q/8P/1f/T//n/FgDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAADq/xUA+P8AAPD/7f/r/+//6//p/xUA7//e/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/g/+H/2P/i//H/EwDY/+z/7P/y/xQA7P/s/+z/7P/U/9r/AADY/8v/yv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+r/8v/s/xQA2P/s//D/7P/r/+z/7P/s/xUA6//q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/0v/Q/9n/2//l//f/AAD7/+j/6//s/+v/6v8XAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOX/vv/e/+r/5f8LANP/+P/Y/9X/5v/h/8r/6v/U/x8A6v8aAOv/8P/i/+//5//r/+r/GgDr//D/4v/v/+f/6//w/wAA7f/x/+7/JAAAANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/+v/4P/y/93/8f/6/9n/3f/b/8D/vv+9/wAAGADl/wAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+3/7P8UAOz/7P/S/+H/7P/S/8n/6f/c/yMA7P/s/+7/9v8AABQA7P/6/wAA1//a/9n/3v8AANf/1v8AAAAA6v8AAAAAHgAAAAAA7P/s/xQA7P/r/+z/7P/r/8j/BgAAABAA1v/i/8P/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/u/+z/8v/s//n/FAAAAAAAAAAAAAAA8//t/xQAAAAAAAAAAAAAAAAAAAAAAMn/+f/S/9v/yf/m/ycA2f8AAAAAAAAAAAAAAAAAAAAA3f8dAOf/9v/q/+X/5P/p/wAAAAAAAAAAAAAAAAAAAADR/wAAHwDb/9X/x//R/9X/AADt//b/8P8AANr/AADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/s/xQA5f/s/wAA7P/Z/wAAAAAAAAAAAAAAAAAAAADY/9P/LgDW/9r/yv/O/9v/AAAAAAAAAAAcAPn/+v/1/wAAAAAAAAAAAAAAAAAAAAAcAOT/6P/d/9v/1v8AAOH/KgAAAPb/+P8AAPL/2//6/+z/7P/1/wAAFADu/+z/7P/S/+H/3//p/93/IADh/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/2/wAAAADt/xQA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+f/+P/r/+X/6v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FQDv/+3/5//q/+3/2v/Y/9n/4P/Y/+b/JgDp//P/5f/s//T/6//j/xoA7P8AAAAAAAAAAAAAAAAAAAAAzf8MAMX/3P/L/xQA5f/W//D/FADu/wAA7v/1/+3/9//n/9X/5P/c/9T/1f8lANL/6//r/+v/6//s/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//v/+z/FADs/wAAAAAAAAAA8P8UAO3/7f8AAAAAAAAAAAAAAAAAAAAA4f+6/xUApP+z//b/+v/X/9b/2P/N/97/5f8AABsA5v8AAAAAAAAAAAAAAAAAAAAAxf/n/8T/z/8JAPH/zP8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/+f/v/+3/FADv/xUA6//q/+7/7P/q/+n/6//s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/8f/3/+z/5P/v//P/FQDs/xQA7P/u/+z/7P/s/+z/7P8VAO3/7f/r/+3/6//s//H/vf/F/8D/3//d/8//EgAUAPD/8v/3//n/7P/s//L/4v/n/+n/5v8aAOT/5P/k/+n/5P/o/+f/6P/p/xsA6f/g/woA2//4/+P/vv8dAM//6f/p/+v/5//s/xYA5//o/8//AADi/xQA1v/3/9P/3//t/+z/AADl/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P/6//X/5f/6/+z/7f/b//L/AAAAAOz/FADw/+r/6//r/+z/7P/s/xUA7f8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7v8AAOz/7v/t//n/AAD7/xQA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+z/6//s/ycA2//n/+b/7P/s/+v/6f/r/+v/FQDH/wAA0v/c/9b/BQDQ/9r/7P8AAPT/8/8AABQA7P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7f8UAOz/7P/R/87/HwDW/9//1v8AAN//2P/b/+r/AADa/xEA2P/k/+z/6//h/wAA5//Y/+X/CgAAAAAAAAAAAAAAAAAAAAAA+P8AAAAA+f8AAOz/7f8UANr/IQDb/9//2P/i/+P/4v/s/+z/8f/s/+z/7P/s/xQAGQDh/8f/zP/L/+X/6v/K//H/GwDz/wAA+P8AAPX/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALX/wv/O/+T/yf+0/0QAwv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA9//1/wAA8P/s//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/+z/6v/e/9n/JwDl/9j/3f/s/+3/9P/i/xUA6//q/+j/8//4//X/AAD1/xgAAADs/+z/7P/r/+z/7P8UAOv/FQDr/+v/7f/r/+v/6//r/+j/HADl/+b/4f/i/9n/5/8AAAAAAAAAAAAAAAAAAAAAxf/z/8n/+v/N/+3/yP/7/wAAAAAAAAAAAAAAAAAAAADG/9j/3v/L/9P/DgDL/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/AADY/9v/4P/k/wwA0//s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPD/FADu/wAA7v/1/+3/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/m/+//6//r/+f/6//q/xUAAAAUAAAAAADx/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAADQAAAPX/AAAAAAAAAAAAAA0AAADt/+z/7f/s/xQA7P/t/+z/8v/k/+z/8f/q/+D/GgDs/+v/FgDr/+n/6//r/+v/6//n/9f/y//l//r/AAC6/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/9f/r/+7/7v8UAOz/7P/h/x0A4//p/+f/6f/h/+n/wP/T/y8A0/++/9z/zf/B/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//l/9P/x//R/xgA2f/o/9r/2f/i/9r/KADa/9j/2P/o/yQA8f8AAN//3P/d/wAA7P/s/+z/7P/v/+z/FADs/+X/5v/Z/+n/2v/Y/+b/IADs/xQA7f/t/+z/7v/s/+z/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr/xEA6//q/+n/4v/6/9r/AAAAAAAAAAAAAA0AAAD5/wAA3//k/9v/5/8AANr/4f/e/+T/2f/c/wAA0f/u/xcADQAAAMz/EgDV/9b/2f/B/wAA2P/s/8b/x//R/+H/LAAAAAAAAAAAAAAAAAAAAAAABwDY/+v/6//q/+r/5f8UAAAAAAAAAPb/AADz/xcAAADp/x4A+f8AAPD/+P/t//n/7P/s/+v/7P/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//0P/e/87/xP/p/8j/LQD6/+z/+f8AAAAA7f8SAAAAAAAAAAAAAAAAAAAAAAAAAOb/5f/q/+z/7v/p/xsA6v+//xMA1P/D/9v/vf/N/xoA2P/Z/9v/4v/Z/9j/2P8oAOb/5f/q/+z/7v/p/xsA6v8lANP/4P/U/97/3P/W/93/5P8kAOz/+f/c/9j/3P/4/+z/AADz//v/AADt/xQAAADs/+z/FQDv/+3/5//q/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//j/8f/6/wAAEwAAAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s//f/+P/6/+z/7P8UAPj/2P/Y/+X/8v/z/8f/DwAAAAAAAAAAAAAAAAAAAAAA7f/q/+v/7P/s/+z/FQDs/wAAAAAAAAAAAAAAAAAAAAAQAOz/6//d/+z/8v/y/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+3/FADs/+z/6P/Z/+r/5//q/+v/JADp/+r/2//n/+L/5f/r/xcA2/8UAPf/AAAAAPv/7P/6//H/9f8AANT/FADU/9v/1//i/8r/1//Y/+z/3v/V/9n/LgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/r/wAA+f8AAOP/3f8mAAAAAAAAAAAAAAAAAAAAAADs/+v/6f8AAOz/3f/q/wAA5v8dAOv/6v/r/+3/4//r/wAAAAAAAAAAAAAAAAAAAADW/9X/4v8qAOT/yf/q/8b/4f/d/+b/4P/o/x0A5P/n/9T/yP/R/67/ov/C/wAACgAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7//x/+z/FADu/wAAAAAAAAAAAAAAAAAAAADM/+P/FADT/8//zP/f/wkAAAAAAAAAAAAAAAAAAAAAAN//5f8AAPH/4f/v//D/IgDa//f/6P/l/9X/xf8lANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/zIA4v/h/+X/8P/S/9D/FADs/+7/7P/s/+z/7P/s/+r/GADq/+n/5//q/+j/5/8AAAAAAAAAAAAAAAAAAAAA5P/f/+f/4P/n/+X/HADi/wAAAAAAAAAAAAAAAAAAAAAAAOT/4P/i/+z/9f/Y/wAA1/8AAMj/1//f/9f/HADM//D/7f/t/+v/7f/e/ygA2P/q/+r/6//r/+v/6f8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7//y/+z/AADs/9j/2P/Y/9//2P/b/9n/AAAAAOz/6//4//f/8/8AABQA2P/O/9H/1//q/9P/yv8ZAPn/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+//8v/s/xQA7P/U/9//0P/f/9L/2v8AACcA9v/e/+f/3v/T/wAAz/8MAOb/6v/v//L/9P/p/+z/FQDX/9n/2//V/9L/KADN/9n/9f+1/+f/w//K/yYAz//I/9T/6P/t/+3/4v8hAPD/8//V/9T/6/8AANP/CwDP/+L/y//D/87/1f/X/zkAw//e/wAA7/8AAAAA9P8mAOP/AAAAAAAAAAAAAAAAAAAAAAAA3v/p/+v/AAD4/+b/HgDz/+z/7P/s/+z/7P/s/+z/FADQ/+//0v/N/+f/FwDb//H/AAAAAAAA+/8AACUA6//1/8v/2f/Q/8D/4P8pAKb/8P/w/+P/7f/a/+//BgDY/wAA7v/6//X/+v8AAPH/IQAAAOz/FADt/+3/7P/s/+z/7P8AAAAAAAAHAAAA+f8AAAAAEgD6/wAAAAAAAPf/7/8AAOv/4v/l//f/6P/3/x0A8/8AAAAAAAAAAAAAAAAAAAAA6v/p/9//5v/Y/9H/2f8kANL/0//j/+f/1f8sAND/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//7v/s/xQA7v/H/9j/CgDN/83/xv/l/xEA7P/s/+7/7v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8SAOv/7P/s/+z/6/8AANL/t/+4/7T/wf8UAOX/AADX/wAA7P/t/9n/2f/V/xcA7f++/7b/u/+7/8n/MQDe//H/AADW/+f/3P/g/8P/8f/s/xQA7f/t/+z/7P/s/+z/5v/l/+P/4f/l/+n/HQDn/9z/6P/s/xcA3P/s/9n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/xQA7v/p/+3/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/v//v/8P/t/xQA8P/s/+3/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANX/LADg/9f/6P/W/9P/0f8AAAAAAAD2/wAA7f8AABMAFADy//n/AAAAAAAA7P8AAOz/FADs/+z/7P/s/+z/7f/s/xQA7P/t/+3/7f/s/+3/7P/r/+v/4P/r/+L/FwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//s/+n/7f/r/+v/6//q/xYA6v/r//H/6v/q/+v/GADP/+//7f/r/+v/6f/Q/93/5v/f/8//zP8AAB8Ax/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/9P/s/+3/7P8UAOz/FQDK/93/0v/R/+H/9P/m/+3/FADs/+3/8f/s/+3/7P/t/+z/7P/s/+z/7P8UAOH/2P8MAOv/8v/1/wAA7P/o/8H/IQDC/8n/u//D/+H/uP/s/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOb/5f/j/+H/5f/p/x0A5//r/+z/7P/p/+r/FQDp/+f/AAAAAAAAAAAAAAAAAAAAAOX/6v/r/+n/6f/q/xYA6P/p/9j/AADr/93/6/8HAOv/7P8AAPD/AAAAAO3/FADw//r/AAAAAO7/9P/s/xQA7P+//87/5P/H/wAA4/8PAMz/wf/o/9X/xf+3/9z/3f8eAOX/6v/o/+H/7P/n/+H/HAAAAAAAAAAAAAAAAAAAAAAA6v/v/wAA6f8UAO7/3P/s/57/0//R/7n/CQDO//H/AADs/+3/7//7//D/7f8UAPD/1P8GAOn/7P/f/+j/EgDr//L/CgDK/8H/3v+5/+f/2v/Y/9j/6f/0/+n/2P/f/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//AAAAAAAA7P/z/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v8AABIA8v/C/+f/0//Y/xQAAAAAAAAAAADs/+3/AAAUAO7/AAD3/wAA5v/s//D/EgAAAAAAAAAAAO//8/8AABkAAAAAAAAAAAAAAOz/AADr/+v/FADs/+z/8//r/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwP8LANr/0f/d/9b/6//d/xQA7P/x/+z/8v/s/+n/8v8WAOv/7P/s/+7/6//s/+z/AAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAAUAOz/8P8AAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAAAAUAAAANAOD/CQDV/wUA1f/W/9D/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/s/+z/4P/r/9j/FAAAAOr/zf/U/9f/3P/w//v/2P/Y/wAA7v/s/93/2f8OAOH/7P8eAPP/8//f/+v/3v/l/wAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAAAA5P/u/wAA9v8VAAAAAAAAAAAA7P8AAOj/IQDm/+H/4//q/9z/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+z/AAD3/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApANb/2v/n/93/5f/c/8//FADt/wAA9//w/+3/7f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/S/8P/tf8AAPD/8f/c//r/8f8ZAPL/6/8AAPP/5P8AAO7/yP/E/9L/0P8SANP/2f8AAPL/7f/q/xcA6//x/w4AAAAAAAAAAADy/wAAAAAAAAAAAAAAAAAAAAAAAAAA8v8UAAAAAAAAAPX/7//1/+z/7P/t//H/7f/6/+3/FAC+//j/z//N/xEAwv/R/8j/7P/s/xQA7v/s/+z/7P/t/+z/7P8VAO//7f/n/+r/7f8AAAAAAAAAAAAAAAAAAAAA3/8AAPD/AADy/+j/6/8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAAAAAAAAAO//7v/s/wAAAAAAAAAAAAAAAAAAAAC//7j/SgDA/8H/xP/F/8L/AAAAAAAAAAAAAAAAAAAAANj/+P/B/+b/CQDQ/9z/7/8aAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/6v/m/+z/6v/r/+v/FQDq/+v/6v/q/+z/FwDq/+j/1//l/+n/5P/U/ygA6//Y/wAAAAAAAAAAAAAAAAAAAADy/+7/AAD2/wAA8/8TAPP/AAAAAAAAAAAAAAAAAAAAAM3/5P/Z/8n/5f+t/zEAz/8AAAAAAAAAAAAAAAAAAAAA6v/p/+v/6/8WAOr/5f/q/xUA8f/w//v/AADt/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/9L/5P/s//D/5/8uAOj/AAAAAAAAAAAAAAAAAAAAAO//7f8UAPD/7f/y/+3/9f8AAAAAAAAAAAAAAAAAAAAA6//2//L/+P8AABUA6v/k/wAAAAAAAAAAAAAAAAAAAAAQABMA7P/K/9f/w//F/wAAv//Q/xwAxP/k/8L/5P8SAA0AuP/g/8D/2//J//b/0P8AAAAAAAAAAAAAAAAAAAAA4v/V/9n/y/8UACYAyf/s/+z/7P/s/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6//s/+v/7P/s/+3/7P8UAPj/EgAAAO3/8P/u/+//7f/0/wAAAAAAAAAA7f/t/xQAAAAAAAAAAAAAAAAAAAAAANn/1P8nAMj/sP/P//f/vP8AAAAAAAAAAAAAAAAAAAAA2//S/9P/x//i/wAA9v/6/83/x//V/9j/3/8SAMb/+v/b/9v/9P/4/+D/JgDZ/+j/8v/a/9r/2f/e/w0A7P/a/+b/3f/o/+z/EQDV/+H/AADc/9j/AADc/9j/2P/Y/wkA8P/t/+z/8P/t/+3/FADt/+z/CQD3/+z/4v/u/9n/FAAAAAAAAAAAAAAAAAAAAAAA2/80AAAAAAD3/+T/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgDj/+//+P/5/9f/BQDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAA+v8AABQA7f/u/6//KgDR/87/5P/G/woAzP/s/xQA7P/u/+z/7P/s/+z/1//3/+P/AADk/9j/AADi/+z/7P/u/+7/7P/s/+z/FAAAAAAAAAAAAAAAIAD7//D/7f/s/+z/7P/r/+z/7P8UAOz/7P/s/+z/7P/s/xQA7P8AAOz/6//s/+z/6/8OAOz/1v/N/9H/xP/q/9j/z/8vAAAAAAAAAAAAAAAAAAAAAADp/+T/6//o/+v/7P8XAOz/AADs/+v/7P/s/+v/DgDs/+7/7f/y//D/7f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA2f/K/+H/1//f/ycA0v/d/+z/9P/4//T/9v/s/+v/FAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAADy//H/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAx/8AANv/0P/i/+z/7//e/+z/7P/s/+z/7f/s/xQA7v/s/+r/AAAAABQA6//f/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8bAOz/5//o/+j/5//p/xIA+v8AAAAAAAD3/+//AAAAAAAAAAAAAAAAAAAAAAAA6f8YAOz/6v/n/+n/6P/q/+z/7v8AABQA7f/x/+z/+v/w/xQA7v8AAO7/9f/t//f/7P8AAO3/AADw/xQA9P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAADv/wAAAADb/yEA3P/g/9n/4v/j/9//7P8UAOz/7P/s/+z/7P/u/9H/DADb/+D/2f/h//n/4f/n/xkA7//0/+v/6f/m/+r/AAAAAAAAAAAAAAAAAAAAABQA9/8AAAAA+//s//r/8f/g/9j/JADc/+L/1v/h/9n/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/u/+3/+f8AAPv/FAD7/+L/FwDr/+v/1v/e/9j/AAAAAAAAAAAAAAAAAAAAAAAA1/8AAAAAz//W/wAAyv/e/+r/AAAAACEAAAD7//D/9v/s/+z/7P/p/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/t/xQA8P/t/+r/6//s/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAANb/zf/G/9H/z/8jAOP/xP8AAAAAAAAAAAAAAAAAAAAAGgDq/+7/7f/P/9f/2v/t/+r/3//W/9L/0v8RAMj/z//b/+L/3f/V/83/JwDa/9f/AADl/8H/EwCm/7n/6v/p/+n/6//q/+r/+//e/xQA4v/h/9z/7f/3//P/7v8fAO//CQDz/87/wv/E//f/7//O/x0A1v/6/9P/4P/y/+j/yP/S/+T/zP/e/+H/zP/f/y8A0/8LAMH/z//H/9X/AADX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAPn/AAAAAPD/KwDo/+n/2//N/9b/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+z/7/8UAOv/7P/a/+P/+v/g/+7/AADi/woA5f/g/9n/6f/q/93/IADo/9H/6v/q/+v/1P/q/yYA4/8AAAAAAAAAAAAAAAAAAAAA8v/k/+z/8f/q/+D/GgDs/+z/7P/t//T/8P/t/xQA7v/r/+z/7P/j/+z/6/8UAOv/AAAAAAAAAAAAAAAAAAAAAOL/HgDo/9//6P/o/9X/5/8AAAAAAAAAAAAAAAAAAAAA7P8AAPL/8v/6/xQA7P/1/ycAuv/j//L/x//V/9z/mP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7/8AAAAAAADs//P/FAD6/9j/6f/Z/9v/AADI/wAAGAD2/wAA7f/4/+r/5P/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//p/+7/7P8UAN3/7P/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA+f/6//X/AAAAAAAAAAAAAAAAAAAAAAYA6//s/+z/7f8AAOz/7P/U/wAA4P/m/8j/1P8PAAAA6//s/+z/7P/s/+z/6/8UABQA6//s/+3/7P/s/+z/7P8UAOz/+P/s/wAA7f/s/+v/AAAAAAAABwAAAPn/AAAAABQA7/8AAAAA+f/s/+z/7f8AAAAAAAAAAAAA7P8AABUAEwAAAAAAAAAAAO7/7v8AAL3/wf/E/+H/1f/q/yYA3f/u/wAA7//X/wAAAAAiAAAA5//s/wAA7P/x/9j/7P8XAN7/5f8AAAAAAADw/yEA9P8AAAAAAAAAAAAAAAAAAAAA0P/r/wAA5//z/zAA1P/O/wAAAAAAAAAAAAAAAAAAAADP/9b/rP/k/9j/d/8AACgAFADu/wAA+f8AAPr/8v/3/+7/7/8AAPn/AADu/+3/FAAAAAAAAAAAAAAAAAAAAAAA6P/d/x4A4v/l/9v/5P/j/+H/GADs/+v/7P/p/+T/+v8AAAAAAAAAAAAAAAAAAAAA7P/Y/+X/7P8YANj/2v/s/wAAAAAAAAAAFAAAAPb/7P/e/wAA1f/W/wAA0v/W/9D/DQAAAAAAAAAAAPf/AAAAAA0AAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAO//1/8AAAAAIgAAAAAAAAAAAAAAAAAAAAAAAADt/+z/4//s/9j/7P/q/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+//AAD5/wAA7v/t/xQAAAAAAAAAAAAAAAAAAAAAAOz/9//u//r/AADt/xQA7v8AABMA6v/s/+z/5f/Y/+r/AAAAAAAAAAAAAAAAAAAAAAAAAADa//n/0//T/8z/zv8AAAAAAAAAAAAAAAAAAAAA7v8UAAAA+v8AAO3/7f/t/ygA4P/q/+v/4/8AAMT/1v/Y/xkA5f/q/+H/6//p/+b/AAAAAAAAAAAAAAAAAAAAACoAyP/g/9z/4f/o/9b/6P/0/xUA7/8AAOz/7//r//r/AAAAAAAAAAAAAAAAAAAAAPb/GAAAAAAAAAAAAO3/AADl/+z/7P8AAO7/7P/r/xQA1/8AAOz/7P/q/+P/FADY/wAAAAAAAAAAAAAAAAAAAADW/9T/6P/l/9v/2/8zAN7/5P/r//r/7f/q/+X/HADo/+z/AADw/wAAAADt/xQA8P/s//f/7v/6/wAA7f8UAO7/6f8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADq/+v/4f/s/+z/6/8VAOz/7P/s/+z/6/8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8TAAAA0v/l/+f/3P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/KQDm/+//2v/x/9j/0//t//L/+v8AAAAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAABgA7P/s/+z/6//o/+z/2P8AANf/6f/o/+H/AAAAANX/1v/S/+H/2f/e/9n/4P8jAAAA9P/w/wAAAAD0/xUAAADt/+r/6//s/+z/7P8VAOz/8P8UAAAAAADu/+z/7P/s/93/KgDh/+v/2P/c/9b/7P/s/+n/8f/0/wAAFADs/+n/4f8AANj/2P/l/+//AADa/xgAAAAAAAAAAAAAAOn/AAAAAAAAAAAAAAAAAAAAAAAA+v8WAAAAAAAAAAAA8P8AAAAAAAAAAAAAAAAAAAAAAADi/9v/3//Z/+z/FQDs/97/FADs//H/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8UAAAA7f/x/+7/7P/u/+z/7P/t/+z/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/w/+z/7P/t/xQA7//s/xQA9/8AAAAA+//s//r/8f/3//H/7P/N/+X/FQAAANf/7P/s/+z/6//v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDW/83/4//g/8H/3//I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8UAOz/7P/r/wAA5//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJADi/+f/zP+//+7/3P/J/wAAAAAAAAAAAAAAAAAAAADo/+r/AADY/+n/AADS/xEAEwCw/+n/AAAAAAAA0f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+7/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f/r/+b/6v/a/wAA5v/x/wAAAAAAAAAA+P8TAPr/6P/q/+n/6//r/+r/FgDq/+z/FADt/+3/7P/u/+z/7P/p/xcA7//Z/+z/7P/s/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+//7f/u/xQA7P/s/yoAof/F/6j/lv8VANr/p//W/x0A5//q/8r/FwDq/+b/AADB/87/6v8dAML/AADA/wAAAAAAAAAAAAAAAAAAAAAHAOX/+v/5/+z/6v/6/+r/AAAAAAAAAAAAAAAAAAAAAOv/7P/t/xUA7P/r/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/1//v/7f/s/+j/FAAAAAAAAAAAAAAAAAAAAAAA2P8cAOX/2P/i/9j/2/8AAO3/FADt/+z/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAADADX/97/5P/a/wAA5f/Y//H/1//W/83/5//i/wAA3v8MAMD/6P/f/+X/5/8AANb/AAAAAAAAAAAAAAAAAAAAAOL/4P/n/+L/5f/h/9r/HAAAAAAAAAAAAAAAAAAAAAAA5/8WAAAA6//t//P/+v/q/wAAAAAAAAAAAAAAAAAAAAAFANL/1P/P/9L/1f/5/9L/AAAAAAAAAAAAAAAAAAAAANf/6f/q/+j/FADq/+f/AAAAAAAAAAAAAAAA7P8AABUA3//Y//T/5/8oANv/3P/n/+z/7P/y/+3/8//s/xQA7v/j/87/1v8pANb/w//S/+H/8f/5//L/AAAAAAUAAAAAAMj/SABm/+z/wv+9/9n/mP/t/xUA7P/s/+v/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8UAOz/7P/r/+z/6//s/wAAAAAAAAAAAAAAAAAAAADn/xYA7P/r/+r/6//r/+r/z/8vAN//y//a/8//3v/P/wAAAAAAAAAAAAAAAAAAAADn/x0A7v/n/+z/6P/h/+X/AAAAAAAAAAAAAAAAAAAAAOr/FADs/+z/4//q/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xkA7//0/+v/6f/m/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAPP/6f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8hAAAAAAAAAPj/5//z/+z/FADs/+7/7P/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA6v8UAOz/6//g/+r/6f/s/wAAAAAAAAAAAAAAAAAAAADi/x0A7P/n/+L/5//h/+n/AAAAAAAAAAAAAAAAAAAAAPj/IQAAAAAAAAD4/+f/8/8AABcAAAAAAAAA8//p//j/AAAAAAAAAAAAAAAAAAAAAOj/6f8XAOP/6//q/+j/5v8AAAAAAAAAAAAAAAAAAAAA7P8ZAN3/5f/j/+v/3P/s/wAAAAAAAAAAAAAAAAAAAACl/0kAxP+c/5T/nf/P/9f/EgAAAAAAAAAAAO//8/8AAPf/FQAAAPb/9//x/+7/9//s/+z/7P/s/+7/7P8UAOz/AAAAAPr/+v/g/9j/2//Z/wAAAAAAAAAAAAAAAAAAAADG/+T/3f/V/9//zv8rAMr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/7P/r/+r/6//r/9r/6/8VAKb/9v/j/8H/AADj/7H/xv/s/+z/7P/t/+7/FADs/+z/3//n/9D/6/+u/xUA4/+0/6X/8/+r//L/IgDQ/8n/2P/O/xMA9P/m/+3/AADN/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wsA3v/k/+T/3//s/wAA3P8GAPD/2v/h/wAA2P/k/+z/7P/u//b/AAAUAOz/+v/n/8P/2v/T/8H/2v8PABkAAAAAAAAAAAAAAAAAAAAAAO3/5v/W/+n/0v/h//T/AAAAAAAAAAAAAAAAAAAAAAAA8v/s//n/AAAAAPf/FAD3/9v/4P8gAOD/4f/e/93/5P/s/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOn/HwDd/+z/2//n/9n/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/+7/AAAAAAAAAAAAAAAAAAAAAAAA7v/O/9b/zf8pAMb/sv/j/5T/xP/C/8T/NQCg/9v/+/8AAAAAAAAAAAAAAAAAAAAAzf8PANT/zP8nAKn/vv/U/wAAAAAAAAAAFAAAAPb/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/AADt/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW//T/8v/c/9f/xv/3/9H/AAAAAAAAAAAAAAAAAAAAAOf/AADl/8n/2P8MAMT/AADA//X/rv+g/83/AADa//H/6//o/+//6P/q/yIA3v/Y/wAAAAAAAAAAAAAAAAAAAAA2AND/2f/o/+b/3//I/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9j/AADZ/9n/+//Z/+P/AAAAAAAAAAAAAAAAAAAAANT/6v/p/+z/FADs/wAA7f/c/wAA7P/s/xEA3f/b/9z/5v/h/+n/3v/n/wkAAADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/x//L/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/R/9j/EgDa/83/1v8AAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/9//g/83/t/+1/xgA6v8AAAAAAAAAAAAAAAAAAAAAzf/T/9r/1v/J/9b/JADq/+3/EwDt/+3/9f/v/+3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//X/+r/6P/V/9P/IQDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/wAAAAAAABQAAADu/wAAAAAAAAAAAADs/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FADt/+3/6//w//r/FwD2/+//7P8VAPT/EwAAAAAAAADu//P/AAAUAOz/7f/s/+3/7P/s/+z/FgDs/9T/6f/o/wAA6v/p/+j/6//s/+v/6v8XAOv/6/8AAAAAAAAAAAAAAAAAAAAA3v/W/+P/3P/i/9//KwDb/+z/7P/s/+z/7v/t/xQA7P/s/xQA7P/s/+z/7P/s/+z/7f/s/+z/7f/s/+z/7P8UAM3/DwDz/8X/r//K//n/y//q/xQA7P/s/+P/6v/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/w/+3/7f/s/+3/FADo/+z/6//s/+z/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/6P/U/7z/sv/C/+L/FQDA/wAAAAAAAAAAAAAAAAAAAADu//H/7v/5//D/7f/t/xQAAAAAAAAAAAAAAAAAAAAAAOz/7v/w//j/8//t/xUA8//7/yUAAAAAAAAAAADe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAbAAAAAAAAANj/2f/i/+n/HADq//b/9P/i/+v/5P/c/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/5v8AAOv/5//q/+f/EwDk/+z/8P/w/+z/+P8UAOf/7f/F/+f/wv/V/9T/AAAAAAAAPQDt/7b/yv/X/4z/0P+4/wAAAAAAAAAAAAAAAAAAAAAWAOv/5//s/+z/DADm/97/7P8AAPX/AAAAAAAACADx/wAA5P/b/+f/3P/P/woA0//4//n/7f/1/wAAEwAAAPL/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/vv/H/+z/5v8AAOz/BgDZ//D/8f/2/wAALQDm//D/9/8AAAAAAAAAABQA7P/x/+v/7f/s/+7/8v8VAO3/7v/s/+z/7f/s/+z/FADs/+z/3v/Z/xgA5f/Y/9n/6//p/xgAAAAAAAAAAAAAAOn/AAAAAAAAAAAAAAAAAAAAAAAA6//q/+X/3v/m/+v/3/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/xcA7v/s//P/+f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9z/2P/j/8z/AADq/wAAAAAAAAAAAAAAAAAAAAAAANP/y//L/9b/CgAAAPb/7f/x//j/AAD6/+z/7P8UAOb/5v/j/+z/3f/G/9//IwAsAOD/2//V/83/0f/F/9z/8v8VAPH/9P8AAPL/7P/2/+b/5f/r/+3/6v/o/xoA5f8AAAAAAAAAAAAAAAAAAAAAGgDj/+D/4f/g/8f/8f/i/0IAsf+k/7n/zP/B/+f/q//s/+3/9f8UAPf/7P/s/+3/+v/t/wAA8P/w/+z/AAAYAAAAAAAAAAAAAAAAAAAAAADd/xkA6//o/+v/6P/p/+v/AAAAAAAAAAAAAAAAAAAAAAAAnf+6/87/1P/C/wUACQDs/+3/7//7//D/7f8UAPD/zv/R/83/0f/S/8v/MgDR/+7/7v/5/xQA9f/s/+z/7P/u/xQA7/8AAPr/AADu/wAA6f/r/+v/6v/r/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAtP88AAAAsv+6/7//v/++/+z/FAAAAO3/7f/t/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/p/+z/7P/s/xQA6v/C//b/3v/O/8T/9f8IAOv/7P/r/yIA7P/s/+z/2v/k/9v/5f/W/9r/3P8fAN3/4P/e/+H/1v/d/93/IQDS/+v/6v/p/+n/7v/o/xcA7P8AAAAAAAAAAAAAAAAAAAAAAADv/+//+//t//H/FADx/+//6P/5/+j/AADb/+H/KQAAAAAAAAAAAAAAAAAAAAAA6//r//X/7v/z//T/FQD1/+z/AADz//v/AADt/xQAAAAXAOf/7P/q/+//6v/p/+f/6P8AAPX/zP/M/+n/DgC5/+f/6//Z/+X/6f8eAOb/2P/s/+v/6//g/+v/4v8XAOv/6v/Y/9j/2f/a/9f/IgDY/yEA6f/o/9//3f/o/9n/5f8AAAAAAAAAAAAAAAAAAAAA2P8UAOz/6P/s/9j/6/8AAOz/7P8UAPD/9P/s/+z/7P/s/wAA8f8AAAAA8P8UAPj/8P/G/7P/qP+8/8r/QwC7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/wAA4v/d/9j/DwDy/+D/DQDW/9//0P/T/wgA9//G/+3/6P/x/+L/9P8VAOn/7P/r//j/5v/s/9b/FADd/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAEADs/+z/7f/t/+3/7P/s/xQA0f8cANj/6P/V/9j/6P/N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+v/AADY/+f/5f8UAOj/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/wAA7f/s/+z/FADr/+r/BQDa/+//3P/l/xEA7P/s/+7/AADt/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/m/+X/6P/Z/9v/AAAAAOn/6//r/+r/6//s/xUA6//h/9f/yf/a/9D/AAAAAML/+f/A/+//4v/N/8n/HQD4/+7/AADr/9T/3f/J/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6P/Q/9D/0f/r/8H/xf8AAAAAAAAAAAAAAAAAAAAA7P8AAOz/2//Z/9//DwDT/xQA7P/t/wAA+f/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA5//L/9P/1v/G/wAA6v/3/+3/FQDs/+z/6//s/+v/6//G/+L/1/8AAL3/0f/6/+7/6//g/wAA2P/h/+H/BgDY/wAAAAAAAAAAAAAAAAAAAAAVAOz/7P/s/+z/5v/s/+z/AAAAAAAAAAAAAAAAAAAAAN3/7f/t/+z/8f8AAOz/FAAAAAAAAAAAAAAADAD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/8T/EwC+/8L/7P++//T/yv/R/9v/1f/T/ycAw//s/wAA3P/s/+v/2P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/7f/u//j/6P8VAOv/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAPD/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/x//r/8D/z/8QAOv/AAAAAAAAAAAAAAAAAAAAANj/2P/i/+7/5v8SAO3/2f/c/x4A8f/0/+7/5P/j//v/MAD3/6//yP/A/4n/y/+1//j/FwDx/+z/AADh/+f/5//X/83/1f+4/9P/vP8wAOX/AAAAAAAAAAAAAAAAAAAAACQAu//I/8b/wv+7/wYAzf8WAOv/7P/4/+v/6//l/+P/AAAAAAAAAAAAAAAAAAAAABQA9/8AAAAA+//s//r/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4A0P/a/9r/5P/k/wAA1P/s/+z/7P/s/+7/7f8UAOz/6/8AAO3/FAAAAPf/6//s/yMA2//g//T/6v/c/+X/AAAAAAAAAAAAAAAAAAAAAAAAAADY/9r/4P/c/93/AADY/y0A1f/u/+v/4v/i/+L/0P/v/+z/AAD4/wAA7P/s/xQA7P/s/+T/9//p/xQA7v/x/wAAAAAAAAAAAAAAAAAAAADr/+j/7P/s/+z/6P/s/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7//s/+z/FgDo/+z/6//q/xUA6v/r/+v/6//n/wAAAAAAAAAAAAAAAAAAAADN/5H/9//p/8f/GQDr/73/1f/R/97/3P/m/woAAADI/+n/3P/x/8r/x/8AABIAy//s/+z/7P/s/+z/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/m/9r/6f/S/+X/1/8wANH/FADt/+z/7v/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAFwDt//T/+P/y/wAAzP8oAOT/zv/X/9v/3P/f/+3/+v/y/+3/7P8UAOz/7P/X/wAA7P/s/+r/4/8UANj/EQDr/+3/8//t//H/7P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACIA7P/3//j/AADk/97/9P/b/+H/2//Z/+n/2f8oAOP/AAAAAAAAAAAAAAAAAAAAAOn/4//s/+b/6f/q/yEA2P/q//j/6f/v//f/5v8ZAOz/AAAAAAAAAAAAAAAAAAAAABQA8P8AAAAAAAAAAOz/AAAUAPf/AAAAAPv/7P/6//H/AAAAAAAAAAAAAAAAAAAAANz/6f8bAOP/2//d/+n/1v+m/6j/XgC3/7z/o/+8/67/vP+//1oAt//E/7z/of+t//j/8f83AN3/+P/M//P/4f8AAAAAAAAAAAAAAAAAAAAA3//p/woACAD2/8b/7P/u/+//7f/6/+z/7P/s/+3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/0/wAAFADs/+z/7P8UAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAOn/EADg/+T/zf/q//n/1//e/9j/6//f/+T/2P8mAOb/2/8AAAAA2P/Q/73/FAD4/83/+f/W/9T/1//N/yEAzf/4/xIAr/+0/+b/+//J/+v/7P/x//X/8f8AABQA7v/s/+z/FADs/+z/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMb/4v/W/9P/5//F/+v/JgDx/83/2v/c/+L/t/9EAO7/7//y/wAAAAAAABgA6/8AAPL/8f8AAPn/AAAbAOb/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8WAAAAAAAAAAAA8P8AAOz/9v/1//b/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/s/+f/3v/k/+L/GwDX/wAAAADg//X/1f8RAMD/LwDc/97/2P/p/+H/z//Z/wAAAAAAAAAAAAAAAAAAAADY/w8A7P/q/wAA3P/p/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+z/AADs/+v/6//Y/xQA2f8IAOj/3//b/9r/AADa//r/6P/q//v/0f/v//T/5v8AAO3/6//o/+v/HwDQ/8//7P/r/+z/7P/s/+z/FADs/87/x//G/9r/4v/U/zIA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/+7/7P/s//b/FAAaAOv/9P/p/wAA5//n/+7/6//t/+z/7f/w/xUA7P/t/wAAAAAAAAAAAAAAAAAAAADg/9z/3P/d/+L/3P8AABIA7P/w/wAA8v/u/wAAAAAUAAAAAAAAAAAAAAAAAAAAAADq/xYA6v/r//H/6v/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f+t/7b/AADr/wAAwv8AAOj/zv/m/9//CgDX/+P/AADr/9r/6P8UAAAA4v/s/9n/7P/s/+z/7f/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADT/9D/4f/c/+L/0v8xANr/5v8aAOj/8f/m/9z/5v/m/9j/9f/a/+b/x//r/+v/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/4f/u/9j/1P/k/9z/JwDw/+3/7P/w/+3/7f8UAO3/AAAAAAAAAAAAAAAAAAAAABMAAADZ/+z/6//s/+r/7P/Y/9j/AAD5/8T/zf/f/w8A5f8mAOH/2v/g/+H/5//Z/+X/JgDh/9r/4P/h/+f/2f8AAAAAAAAAAAAAAAAAAAAA6/8WAOz/6//q/+n/6v/l/77/s//C/63/yv8GABgAtv/s/+z/FADw//T/7P/s/+z/GADn/+n/5//o/+r/4//k/+T/6v/n/+z/7v/r/+v/FQDW/8P/1v/m/8r/AAALAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/n/93/6P/X/wAAFwAAAAAAAAAAAAAAAAAAAAAA6P/q/+z/7f8AAPf/FADe//D/AAAAABQAAAAAAOz/7P/o/xYA7P/s/+r/6f/n/+n/GwDx//f/AAAAAOz/5P/6/+z/7P/t/+3/7f/s/+z/FAAgAAYAq//w/6z/rf/a/6b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8AAO//6f/s/xkA7v/p/+r/FwDr/+n/6f/q/+n/6v8AAAAAAAAAAAAAAAAAAAAA7P/w/wAA8v/u/wAAAAAUAOz/7P/s/+3/7P/s/+z/FAAUAO//AAAAAPn/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/8f/s/+L/6//i/9//EwDs/wAA+v/5/xAAAADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+7/7P/y/+z/+v8UAOz/7v8UAOz/7f/e/wAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/7f/6/9T/5f8dALj/zP8UAAAAAAAAAAAA7P8AAAAA2v+5/9n/8P/V/xcA9f/K/wAAAAAAAAAAAAAAAAAAAADc/+j/6/8UAO3/AADl/9j/EwD1/wAAAAAAAPL/7v8AAPT/JADa/+3/+//e/+D/9//T/9b/6f/6/+n/zv8qANj/AAAAAAAAAAAAAAAAAAAAABkAvP/C/6n/sP+8/+//AADs/9H/yf/e/+L/3/+7/yAAAAAAAAAAAAAAAAAAAAAAAMb/2v/c/xQAAAAAANj/6v/f/wwA3//W/8H/7P8AAND/AAAAAAAAAAAAAAAAAAAAABoA7P/r/+v/7P/q/+H/7P8AAAAAAAAAAAAAAAAAAAAA9v8fAAAAAAAAAAAA6f8AAAAAAAAAAAAAAAAAAAAAAADs/wAA8//7/wAA7f8UAAAAAAAAAAAAAAAAAAAAAAAAAA=='
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