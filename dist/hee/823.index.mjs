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
    features: "b:0 0\nb:0 a\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 a7aef8b1\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 after\nb:0 all\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assignment\nb:0 at\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 between\nb:0 bin\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 cart\nb:0 catch\nb:0 cc\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 class\nb:0 clean\nb:0 cleanup_file_variables\nb:0 code\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 core\nb:0 could\nb:0 cp314\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 date\nb:0 db\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 declarations\nb:0 def\nb:0 default\nb:0 dependencies\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e8f\nb:0 eadcdc7d\nb:0 echo\nb:0 efde290b\nb:0 eff\nb:0 end\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 exit\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f20251215\nb:0 f20260105\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f7\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 for\nb:0 format\nb:0 fp4\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 g4q\nb:0 gcc\nb:0 gcr\nb:0 generated\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 github\nb:0 glob\nb:0 go\nb:0 got\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 hass\nb:0 head\nb:0 high\nb:0 home\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 insufficient\nb:0 int\nb:0 into\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 items\nb:0 j30\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 lost\nb:0 low\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m12\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 main\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 measured\nb:0 mecho\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 name\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newline\nb:0 no\nb:0 node\nb:0 nodes\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 p1\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 print\nb:0 problems\nb:0 process\nb:0 projects\nb:0 pub\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 saas\nb:0 scenarios\nb:0 sec\nb:0 second\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 severity\nb:0 sh\nb:0 sha\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 source\nb:0 spond\nb:0 src\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t03\nb:0 t06\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t11\nb:0 t12\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t18\nb:0 t20\nb:0 t21\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 the\nb:0 then\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 title\nb:0 to\nb:0 too\nb:0 total\nb:0 trailing\nb:0 true\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 ubuntu2\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 unused\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 v0\nb:0 var\nb:0 variable\nb:0 variante\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 z\nb:0 zig\nb:0 zzpmw\nb:a 0\nb:a at\nb:a b\nb:a bash\nb:a blank\nb:a branch\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a directory\nb:a e\nb:a expected\nb:a f\nb:a failure\nb:a feeds\nb:a few\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a invoices\nb:a is\nb:a k\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a non\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a percentage\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a received\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a return\nb:a s\nb:a safe\nb:a separate\nb:a shutdown\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a vulnerability\nb:a w\nb:a warning\nb:a while\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:a_ h\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action download\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action use\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions runner\nb:actions setup\nb:actions task\nb:actions upload\nb:activity kt\nb:actual 0\nb:actual behavior\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add safe\nb:add the\nb:add url\nb:added 0\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address 0\nb:address all\nb:address range\nb:addresses should\nb:admin py\nb:admin web\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories g\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affect your\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after catch\nb:after changing\nb:after opening\nb:after running\nb:agent 0\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent machine\nb:agent name\nb:agent process\nb:agent running\nb:agent version\nb:agent_1 container\nb:aiogithubapi 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:aliases in\nb:all 0\nb:all artifacts\nb:all build\nb:all check\nb:all configured\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all tests\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allowed 0\nb:allowed time\nb:allows for\nb:alongside the\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:always auth\nb:always error\nb:always fails\nb:amd64 components\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an argument\nb:an error\nb:an exception\nb:an existing\nb:an explicit\nb:an item\nb:an iterator\nb:an s\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and aliases\nb:and audited\nb:and cache\nb:and contributors\nb:and d\nb:and declarations\nb:and deleting\nb:and determine\nb:and file\nb:and firewall\nb:and handle\nb:and has\nb:and hooks\nb:and installed\nb:and instead\nb:and is\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and should\nb:and test\nb:and the\nb:and upgrading\nb:and use\nb:and value\nb:and word\nb:and writing\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android kt\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:ankitshubham workspace\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:annotations should\nb:anonymous file\nb:anonymous test\nb:answer action\nb:any branches\nb:any changes\nb:any empty\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:anything in\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache pulsar\nb:api 0\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api gradle\nb:api internal\nb:api proto\nb:api src\nb:api tasks\nb:api users\nb:apis proto\nb:apk add\nb:app 0\nb:app beringin\nb:app build\nb:app compile\nb:app css\nb:app data\nb:app features\nb:app git\nb:app help\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application ex\nb:application spec\nb:applies a\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt get\nb:archinstall archinstall\nb:archinstall lib\nb:architecture x64\nb:archive ubuntu\nb:are 0\nb:are allowed\nb:are available\nb:are behind\nb:are deprecated\nb:are enabled\nb:are equal\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are test\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument named\nb:arguments but\nb:arguments no\nb:arm64 0\nb:arm64 contents\nb:arm64 main\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:arrays are\nb:artifact junit\nb:artifact org\nb:artifact v4\nb:artifacts for\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:assembling a\nb:assert 0\nb:assert a\nb:assert are\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assets familjen\nb:assignable to\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at clojure\nb:at error\nb:at file\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at t\nb:at test\nb:at the\nb:at trace\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth supabase\nb:authenticating and\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available checksums\nb:available for\nb:available v0\nb:avg c\nb:avoid a\nb:avoid using\nb:awaiting headers\nb:awesomeness has\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b l\nb:b linting\nb:b main\nb:b master\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b1a9 travis\nb:b1f0ba2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b8ej_ z\nb:b_ a\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ t\nb:b_ w\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bb code\nb:bc run\nb:be 0\nb:be a\nb:be auto\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be of\nb:be on\nb:be one\nb:be ordered\nb:be packed\nb:be reformatted\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be run\nb:be src\nb:be strictly\nb:be suffixed\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be used\nb:be within\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because of\nb:because pnpm\nb:because the\nb:become dashes\nb:been deprecated\nb:been fixed\nb:been moved\nb:been received\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before expression\nb:before it\nb:before making\nb:before operand\nb:before the\nb:before token\nb:begin with\nb:behind a\nb:being treated\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:between with\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing rb\nb:bin 0\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin go\nb:bin links\nb:bin ninja\nb:bin node\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:bind home\nb:bind p\nb:bintray com\nb:bitwise warnings\nb:bk ci\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blockchain client\nb:blocks its\nb:bluetooth 0\nb:bodies of\nb:body expression\nb:body should\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:br l\nb:branch can\nb:branch linting\nb:branch m\nb:branch main\nb:branch master\nb:branch name\nb:branch refactor\nb:branch this\nb:branch to\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridgecrewio checkov\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:buf push\nb:buf u8\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build container\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build environment\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build g\nb:build gradle\nb:build has\nb:build id\nb:build itself\nb:build j2\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build or\nb:build output\nb:build prod\nb:build property\nb:build queued\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build work\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds timekit\nb:builds will\nb:buildtree default\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler audit\nb:bundlers node_modules\nb:busted test\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by adding\nb:by an\nb:by authenticating\nb:by calling\nb:by d\nb:by default\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by severity\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c e\nb:c f\nb:c g\nb:c gcc\nb:c git\nb:c h\nb:c home\nb:c i\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c r\nb:c s\nb:c s0103\nb:c skipped\nb:c t\nb:c test\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c1d2e3 update\nb:c1e 0\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2_ c\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache bazel\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache pip\nb:cache restored\nb:cache service\nb:cache size\nb:cache true\nb:cache v2\nb:cache v4\nb:cached dependency\nb:cachedir pytest_cache\nb:caches 0\nb:caches jars\nb:caches kotlin\nb:caches modules\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:call failed\nb:call last\nb:call to\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:can be\nb:can cause\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:canceled while\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo deny\nb:cargo output\nb:cargo test\nb:cargo toml\nb:cart applies\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart src\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:cell 0\nb:central https\nb:cfg conf\nb:cfg dotfiles\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed but\nb:changed significantly\nb:changed source\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check default\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout progress\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:chunks test\nb:ci 0\nb:ci agent\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:click 0\nb:client api\nb:client component\nb:client git\nb:client kotlin\nb:client py\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client timeout\nb:client ts\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone v\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud agent\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code c\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code loomy\nb:code paisa\nb:code title\nb:code_ title\nb:codebuild output\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:col 0\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting collected\nb:collecting py\nb:collecting pytest\nb:collecting tests\nb:collection 0\nb:collection import\nb:colors in\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com data\nb:com default\nb:com docs\nb:com embedded\nb:com en\nb:com ethereum\nb:com example\nb:com extraheader\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com increase\nb:com infra\nb:com instead\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com mani\nb:com maps\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com ratelimit\nb:com retry\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com usnistgov\nb:com zerox80\nb:come from\nb:comma before\nb:comma separated\nb:command 0\nb:command bin\nb:command c\nb:command command\nb:command did\nb:command exited\nb:command failed\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit s\nb:commits you\nb:common main\nb:common ui\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compatible set\nb:compatible versions\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling c\nb:compiling distribution\nb:compiling futures\nb:compiling stackage\nb:compiling stg\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:compliant with\nb:component 0\nb:component browser\nb:component clippy\nb:component html\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components mavi\nb:components small\nb:composer plugin\nb:composer update\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:config 0\nb:config as\nb:config c\nb:config changes\nb:config cmake\nb:config config\nb:config deploy\nb:config file\nb:config global\nb:config is\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config nim\nb:config remote\nb:config rules\nb:config set\nb:config trim_trailing_whitespace\nb:config variable\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection anything\nb:connection client\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider removing\nb:consider using\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:consumer http\nb:contain a\nb:container 0\nb:container build\nb:container for\nb:container fragment\nb:container_test_runner py\nb:content differs\nb:content hash\nb:content security\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context null\nb:context of\nb:continue due\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core app\nb:core csproj\nb:core jar\nb:core kt\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core ssh\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could be\nb:could have\nb:could n\nb:could not\nb:couldn t\nb:count 0\nb:count of\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coupon 0\nb:coupon takes\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu 0\nb:cpu family\nb:cpu x86_64\nb:cr 0\nb:cr me\nb:crates corp\nb:crates io\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials ab284314\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:critical 0\nb:cronjs parser\nb:cross site\nb:crossbeam epoch\nb:crypto aes\nb:crypto pbkdf2\nb:crypto pure\nb:crypto_sign falcon\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:cspell json\nb:csproj error\nb:csproj in\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:curl 0\nb:curl f\nb:curl fs\nb:curl ls\nb:current agent\nb:current context\nb:current image\nb:current node\nb:current npm\nb:current runner\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d ds\nb:d e\nb:d e_\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d i\nb:d in\nb:d is\nb:d k\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d_ a\nb:d_ e\nb:d_ t\nb:daemon at\nb:daemon get\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:daemon toomanyrequests\nb:dangerously allow\nb:dart 0\nb:dart md\nb:dart pub\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data local\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:database 0\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date time\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbkit integration\nb:deadline exceeded\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug deps\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations and\nb:declarations move\nb:declarations with\nb:declarative checkout\nb:declared to\nb:decorator makes\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default instance\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default test\nb:default the\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:demospring rest\nb:denial of\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies so\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency and\nb:dependency is\nb:dependency lock\nb:dependency of\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps foreground\nb:deps get\nb:deps is\nb:depth 0\nb:depth set\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:details feature\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev 0\nb:dev null\nb:dev optional\nb:dev rnp\nb:dev server\nb:dev src\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development the\nb:device home\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:differs from\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir retries\nb:dir src\nb:dir var\nb:direct dependencies\nb:directly in\nb:directory all\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:disable incremental\nb:disable the\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:discount code\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:do echo\nb:do not\nb:do s\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker build\nb:docker com\nb:docker daemon\nb:docker dockerfile\nb:docker driver\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker io\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet sdk\nb:dotnet temporalio\nb:double quote\nb:download 0\nb:download action\nb:download all\nb:download complete\nb:download immutable\nb:download info\nb:download page\nb:downloading amphp\nb:downloading cryptography\nb:downloading flutter\nb:downloading https\nb:downloading laravel\nb:downloading phpunit\nb:downloading psr\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloads example\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:e 0\nb:e a\nb:e assertion\nb:e b\nb:e build\nb:e c\nb:e c2_\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e current\nb:e d\nb:e d_\nb:e f\nb:e failed\nb:e false\nb:e file\nb:e fix\nb:e full\nb:e g\nb:e home\nb:e if\nb:e is\nb:e l\nb:e l_\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e o\nb:e opt\nb:e p\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e s\nb:e s_\nb:e specification\nb:e switch\nb:e t\nb:e u\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e x\nb:e0277 a\nb:e0308 mismatched\nb:e0401 unable\nb:e0425 cannot\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ c\nb:e_ d\nb:e_ j\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ w\nb:e_path cc\nb:each npm\nb:echo build\nb:echo c\nb:echo n\nb:echo toolchain\nb:edeandrea xjc\nb:edge proxy\nb:editor config\nb:eebxo6ax project\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:elapsed time\nb:elements of\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty lines\nb:empty space\nb:empty subject\nb:en latest\nb:enable colors\nb:enable full\nb:enable running\nb:enabled for\nb:encoding u\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries plus\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:env 0\nb:env g\nb:environment 0\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variable\nb:environment variables\nb:environment will\nb:eo pipefail\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality 0\nb:equality of\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error c\nb:error c2065\nb:error cache\nb:error can\nb:error cannot\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0277\nb:error e0308\nb:error e0425\nb:error empty\nb:error enable\nb:error encountered\nb:error errno\nb:error error\nb:error executing\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error file\nb:error files\nb:error foreground\nb:error function\nb:error fund\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error log\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error timed\nb:error timeout\nb:error title\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors in\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl py\nb:ev issue\nb:evaluate option\nb:evaluator test\nb:even 0\nb:events 0\nb:ever returns\nb:ex 0\nb:ex unit\nb:example 0\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example github\nb:example left\nb:example lint\nb:example net\nb:example org\nb:example platform\nb:example port\nb:example reports\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exceeded while\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exception the\nb:exception was\nb:exclude tests\nb:exe submodule\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist in\nb:exist with\nb:existing false\nb:existing resource\nb:exit code\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit force\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression body\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions worktree\nb:extra node_modules\nb:extra semicolon\nb:extracting archive\nb:extracting sha256\nb:extraheader a\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f o\nb:f p\nb:f parameters\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f20251215 0\nb:f20260105 0\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:fail package\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:fall through\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features plugins\nb:features seeds\nb:features steps\nb:features were\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch https\nb:fetch js\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching the\nb:few minutes\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file based\nb:file builds\nb:file c\nb:file content\nb:file could\nb:file details\nb:file does\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file sync\nb:file test\nb:file this\nb:file to\nb:file usr\nb:file was\nb:file would\nb:files 0\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files file\nb:files found\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed in\nb:fixed value\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flush true\nb:flutter 0\nb:flutter release\nb:flutter s\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for action\nb:for addresses\nb:for async\nb:for build\nb:for c\nb:for changes\nb:for configuration\nb:for connection\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for pod\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for registry\nb:for rust\nb:for setup\nb:for stable\nb:for swift\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for this\nb:for ubuntu\nb:for url\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force b\nb:force evaluate\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:fork src\nb:form tsx\nb:form vue\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting delete\nb:formatting output\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found composer\nb:found error\nb:found errors\nb:found fatal\nb:found for\nb:found github\nb:found ignoring\nb:found in\nb:found packages\nb:found return\nb:found warn\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fp4 home\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework quasar\nb:framework src\nb:framework test\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from c\nb:from cache\nb:from commit\nb:from daemon\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full stack\nb:func returns\nb:func1 0\nb:function body\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g failed\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g org\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g4q xg66\nb:g_ c\nb:g_ m\nb:g_ p\nb:garbage collection\nb:gateway addresses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gconnect 0\nb:gcr io\nb:gem install\nb:gemfile lock\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate debug\nb:generate job\nb:generate the\nb:generated 0\nb:generated gradle\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator has\nb:generator next\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:ghc 0\nb:ghcr io\nb:gi b\nb:git 0\nb:git all\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git corp\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git fetch\nb:git file\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git p\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git vdx\nb:git version\nb:gitdir home\nb:github aashish\nb:github actions\nb:github com\nb:github edeandrea\nb:github formatter\nb:github iml1s\nb:github io\nb:github repo\nb:github src\nb:github token\nb:github workspace\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob versions\nb:global add\nb:global config\nb:global git\nb:global init\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu 0\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got key\nb:got other\nb:gpg could\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle jars\nb:gradle kts\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greeting component_test\nb:grep q\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group build\nb:group run\nb:groups get\nb:gui is\nb:guide rules\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h e\nb:h e_\nb:h h600\nb:h i\nb:h o\nb:h opt\nb:h p\nb:h r\nb:h ref\nb:h s\nb:h t\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h600 compilation\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has changed\nb:has correct\nb:has exceeded\nb:has incompatible\nb:has no\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash fast\nb:hash validation\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have an\nb:have been\nb:have comment\nb:have no\nb:have printed\nb:have reached\nb:have valid\nb:head 0\nb:head to\nb:header filter\nb:header in\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help is\nb:help organize\nb:help the\nb:help to\nb:help you\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:here is\nb:hhp hs\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint to\nb:hint used\nb:hint using\nb:hint will\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home dev\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hosted runner\nb:hostedtoolcache dart\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html doc_markdown\nb:html entities\nb:html erb\nb:html must_use_candidate\nb:html needless_borrow\nb:html needless_return\nb:html sec\nb:html shell\nb:html uninlined_format_args\nb:http 0\nb:http archive\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http request\nb:http server\nb:http_client 0\nb:httpcore 0\nb:https aka\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https go\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https npm\nb:https osv\nb:https packages\nb:https pip\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https stylelint\nb:https www\nb:httpx 0\nb:hu voidcontext\nb:hub action\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i get\nb:i in\nb:i info\nb:i instead\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i o_\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i t\nb:i try\nb:i u\nb:i unsafe\nb:i x\nb:i z\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identical details\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:identifier read\nb:idx 0\nb:ie preinstall\nb:if c\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if n\nb:if no\nb:if out\nb:if returning\nb:if set\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image release\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images releases\nb:images ubuntu\nb:images windows\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc src\nb:iml1s crypto\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:impacting any\nb:implementation of\nb:implemented for\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import os\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib report\nb:imports are\nb:imports must\nb:imports on\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in apt\nb:in assignment\nb:in async\nb:in between\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in directory\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in home\nb:in import_module\nb:in lexicographic\nb:in module\nb:in multiline\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in source\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in top\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:include hidden\nb:include if\nb:include prod\nb:include the\nb:include workspace\nb:included software\nb:includeif gitdir\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:inconsistent vendoring\nb:inconsistent with\nb:incorrect usage\nb:incorrectly sorted\nb:increase rate\nb:increase the\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:index url\nb:indicate success\nb:indicates a\nb:indicates that\nb:individual deprecation\nb:ineffective mark\nb:infallibly using\nb:info 0\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info latest\nb:info msg\nb:info or\nb:info syncing\nb:info there\nb:information 0\nb:information about\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:init d\nb:init default\nb:init home\nb:init users\nb:init__ py\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inlang settings\nb:inner declarations\nb:inner t\nb:input files\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install g\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install packages\nb:install registry\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing environment\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance of\nb:instance travis\nb:instance using\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:insufficient cpu\nb:insufficient memory\nb:int as\nb:int cannot\nb:int error_count\nb:integration integration\nb:integrity check\nb:interface tools\nb:internal 0\nb:internal artifacts\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal operations\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io en\nb:io github\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io index\nb:io library\nb:io reviewdog\nb:io rust\nb:io user\nb:io v2\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipfs podcasting\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is an\nb:is assigned\nb:is available\nb:is being\nb:is called\nb:is canceled\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is disabled\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is imported\nb:is inconsistent\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is required\nb:is stopped\nb:is subject\nb:is the\nb:is undefined\nb:is users\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:issues reached\nb:ist is\nb:it before\nb:it can\nb:it for\nb:it has\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it should\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item str\nb:item yesterday\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:its it\nb:its network\nb:its progress\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:jar 0\nb:jar and\nb:jar c\nb:jars 0\nb:jars and\nb:jars gradle\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java javax\nb:java lang\nb:java linux\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:javax kotlin\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:jl 0\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jonesn idea\nb:jooq gradle\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json files\nb:json has\nb:json main\nb:json npm\nb:json or\nb:julia nightly\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:k 0\nb:k b\nb:k but\nb:k e\nb:k e_\nb:k f\nb:k f_to_c\nb:k g_\nb:k i\nb:k n\nb:k s_\nb:k t\nb:k version\nb:k8s deploy\nb:kata check_s390x_test\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key dependencies\nb:key error\nb:key failed\nb:key generated\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key should\nb:key the\nb:key v8\nb:key wrapper\nb:keycloak token\nb:keygen c\nb:keymanapp dependency\nb:keys linux\nb:keystore models_test\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:kiriyaga nami\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known discount\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:knows sunday\nb:koans builders\nb:kotlin address\nb:kotlin and\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin io\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kts 0\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l n\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ o\nb:l_ p\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lang github\nb:lang modules\nb:lang r\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest run\nb:latest update\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger ledger\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:let or\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level error\nb:level high\nb:level info\nb:level node_modules\nb:level package\nb:level template\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lexicographic order\nb:lfs false\nb:lib buildkite\nb:lib cabal\nb:lib due\nb:lib example\nb:lib gconnect\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib jenkins\nb:lib kt\nb:lib legacy\nb:lib lib\nb:lib p\nb:lib pkgconfig\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libc6 dev\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license needs\nb:license or\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit by\nb:limit exceeded\nb:limit for\nb:limit manager\nb:limit of\nb:limit you\nb:limits the\nb:line 0\nb:line before\nb:line for\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines in\nb:lines of\nb:link build\nb:link plugins\nb:link type\nb:link u\nb:linked legacy\nb:linked openproject\nb:linker for\nb:linkid 0\nb:linking c\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint suspicious\nb:lint windows\nb:linted 0\nb:linting refs\nb:linting set\nb:linux 0\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:list allow\nb:list any\nb:list of\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:littpi net\nb:live log\nb:llama cpp\nb:load 0\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load error\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local unset\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low 0\nb:low go\nb:low on\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d\nb:m d013\nb:m docs\nb:m e\nb:m echo\nb:m enable\nb:m error\nb:m execution\nb:m failed\nb:m first\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m updating\nb:m v\nb:m value\nb:m variables\nb:m w\nb:m0s this\nb:m104 0\nb:m12 0\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:m_ o\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:macos latest\nb:macos macos\nb:made by\nb:maierj fastlane\nb:main activity\nb:main c\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main refs\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main yml\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager go\nb:manager kt\nb:mani fork\nb:mani lang\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masque rs\nb:master are\nb:master as\nb:master https\nb:master index\nb:master refs\nb:master set\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match the\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:maven2 org\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:max git\nb:max issues\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may be\nb:may increase\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:me br\nb:me kiriyaga\nb:measured 0\nb:medium 0\nb:megalinter io\nb:melos 0\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:memory or\nb:merge 0\nb:merge request\nb:merror 0\nb:meson build\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata 0\nb:metadata for\nb:metadata org\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method parentheses\nb:method running\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minutes 0\nb:minutes are\nb:minutes marking\nb:mirror sync\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode disable\nb:mode m\nb:mode true\nb:model bin\nb:model kt\nb:model state\nb:model test\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules files\nb:modules find\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:money rb\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more information\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms could\nb:ms d\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:multiline condition\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple versions\nb:multiple___ spaces\nb:multiplication with\nb:must be\nb:must end\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:my project\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n h\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n skipping\nb:n t\nb:n t_\nb:n target\nb:n test\nb:n tools\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ a\nb:n_ c\nb:n_ e\nb:n_ f\nb:n_ m\nb:n_ p\nb:n_ s\nb:nabucasa 0\nb:name actionpack\nb:name assertion\nb:name azure\nb:name build\nb:name e2e\nb:name err\nb:name for\nb:name fv\nb:name gateway\nb:name level\nb:name lint\nb:name mid0064\nb:name not\nb:name only\nb:name or\nb:name to\nb:name w\nb:name_ should_\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace runner\nb:naming to\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need to\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:netplus netplus\nb:netplus projects\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new repositories\nb:new tag\nb:newest version\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:next anonymous\nb:next headers\nb:next js\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:nix config\nb:nix ipfs\nb:no any\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no untyped\nb:no unused\nb:no update\nb:no var\nb:no versions\nb:noble universe\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node net\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node was\nb:node_config in\nb:node_modules install\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules ts\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodes are\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none any\nb:none func\nb:none listed\nb:none no\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not run\nb:not set\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not use\nb:not used\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note referenced\nb:note some\nb:note warn\nb:notebook cleanup\nb:notes app\nb:notes html\nb:nothing provides\nb:notice s\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm ci\nb:npm command\nb:npm config\nb:npm corp\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu get\nb:nuget org\nb:null 0\nb:null continue\nb:null null\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o c\nb:o compiling\nb:o d\nb:o detecting\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o g\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ h\nb:o_ i\nb:o_ l\nb:o_ m\nb:o_ p\nb:o_ r\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object to\nb:object where\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:oes src\nb:of 0\nb:of all\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of dependencies\nb:of different\nb:of each\nb:of false\nb:of get\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of org\nb:of p\nb:of package\nb:of packages\nb:of pip\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline packages\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omit dev\nb:omit from\nb:on 0\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on resource\nb:on runner\nb:on swift\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:one of\nb:one or\nb:onepager component\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:op date\nb:opam 0\nb:opam opam\nb:open deep\nb:open metadata\nb:open protocol\nb:open t\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:openproject gitlab_integration\nb:operand in\nb:operating system\nb:operation runner\nb:operation timed\nb:operation was\nb:operation with\nb:operations default\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or higher\nb:or incorrect\nb:or later\nb:or more\nb:or npm\nb:or one\nb:or package\nb:or pass\nb:or patterns\nb:or plugins\nb:or s\nb:or service\nb:or something\nb:or undo\nb:or use\nb:or windows\nb:order java\nb:order older\nb:order service\nb:order without\nb:ordered fetch\nb:ordered in\nb:orders db\nb:orders git\nb:orders order\nb:orders service\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org example\nb:org gradle\nb:org junit\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin refactor\nb:origin url\nb:orphan processes\nb:os imported\nb:osv dev\nb:other 0\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output package\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over test\nb:override d\nb:overriding h\nb:overwrite existing\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p k\nb:p l\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p netplus\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p t\nb:p t_\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:p1 r5\nb:p_ c\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package cosmos\nb:package d\nb:package dependencies\nb:package example\nb:package for\nb:package github\nb:package handle\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package level\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package lock\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package ms\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages lock\nb:packages microsoft\nb:packages net\nb:packages nuget\nb:packages please\nb:packages react\nb:packages read\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:pad failed\nb:padding spaces\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parameters json\nb:parentheses are\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser py\nb:parser test\nb:parsing a\nb:part of\nb:partial eq\nb:partition 0\nb:pasha code\nb:pass 0\nb:pass an\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:patched versions\nb:path 0\nb:path home\nb:path is\nb:path kotlin\nb:path opt\nb:path tex\nb:path users\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pedantic add\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:percent coupon\nb:percentage off\nb:perf data\nb:performance tests\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php v2\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:pid 0\nb:pin versions\nb:pinot tools\nb:pip 0\nb:pip audit\nb:pip install\nb:pip instead\nb:pip is\nb:pip pypa\nb:pip tools\nb:pip vendor\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:planet myplanet\nb:platform deploy\nb:platform git\nb:platform ops\nb:platform satu\nb:platform shared\nb:please check\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins are\nb:plugins linked\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnpm install\nb:pnpm lock\nb:podcasting nix\nb:pods 0\nb:poetry lock\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:power shell\nb:pr 0\nb:pr go\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparer java\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:prettier check\nb:prettier code\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:print 0\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proceed with\nb:process completed\nb:process did\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:production only\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress force\nb:progress meter\nb:progress true\nb:project 0\nb:project actions\nb:project dependencies\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project test\nb:project version\nb:projectcleverweb lastautoindex\nb:projects cmake\nb:projects egeria\nb:projects openemr\nb:projects users\nb:promise anonymous\nb:promise ensure\nb:properly see\nb:properties of\nb:property line\nb:property or\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:pub fn\nb:public acls\nb:public build\nb:public class\nb:publish py\nb:pull 0\nb:pull complete\nb:pull image\nb:pull rate\nb:pull request\nb:pulling docker\nb:pulling fs\nb:pure build\nb:pure kotlin\nb:pure src\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_low_stock_threshold\nb:py test_timeout_is_retried\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pypa io\nb:pyproject toml\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python location\nb:python m\nb:python names\nb:python sha256\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q release\nb:q u\nb:qty 0\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue js\nb:queue lib\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r dependency\nb:r e\nb:r e_\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r home\nb:r https\nb:r i\nb:r im\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r load\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r p\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r retrying\nb:r s\nb:r script\nb:r see\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:range 0\nb:range start\nb:range test\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:ray6y documents\nb:rb 0\nb:rb git\nb:rb money\nb:rdk rules\nb:re run\nb:reached the\nb:reached your\nb:react 0\nb:react cssx\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read errors\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:ref 0\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refused connect\nb:refused simple\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp include\nb:region westus\nb:register layer\nb:register passkey\nb:registry 0\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry terraform\nb:registry ts\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release 0\nb:release cmake\nb:release gpg\nb:release https\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:releases download\nb:releases protoc\nb:releases tag\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote git\nb:remote origin\nb:remotes origin\nb:remotes pull\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:remove unused\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report ui\nb:reported issue\nb:reporter github\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repositories which\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository codecov\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository maps\nb:repository maven\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request canceled\nb:request for\nb:request handler\nb:request py\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset by\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolved 0\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response status\nb:rest src\nb:restore cache\nb:restore can\nb:restore keys\nb:restore locked\nb:restore to\nb:restore v8\nb:restored from\nb:restored successfully\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retries 0\nb:retries left\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry in\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retrying fetch\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned a\nb:returned by\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:rev parse\nb:review other\nb:reviewdog action\nb:revision 0\nb:revive exported\nb:right failed\nb:ring c\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root directory\nb:root install\nb:root md\nb:root project\nb:root when\nb:rootdir home\nb:ropenscilabs available\nb:routes and\nb:rpc api\nb:rpmbuild b\nb:rs 0\nb:rs cargo\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs tmp\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby json\nb:ruby setup\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules config\nb:rules e\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run bash\nb:run build\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run create\nb:run curl\nb:run default\nb:run disable\nb:run dtolnay\nb:run elm\nb:run every\nb:run failed\nb:run format\nb:run go\nb:run gradlew\nb:run in\nb:run index\nb:run js\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run pip\nb:run poetry\nb:run profiler\nb:run python\nb:run restore\nb:run ruby\nb:run rustup\nb:run scripts\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run tsc\nb:run uv\nb:run with\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner eebxo6ax\nb:runner git\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner java\nb:runner m2\nb:runner namespace\nb:runner npm\nb:runner process\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs of\nb:runtime test\nb:rust 0\nb:rust clippy\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s build\nb:s c\nb:s c2086\nb:s chars\nb:s ci\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s js\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s microsoft\nb:s n\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s src\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s transform\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ c\nb:s_ i\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample rdk\nb:samples sample\nb:sardonyx xenial\nb:satisfies the\nb:satu platform\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:scikit base\nb:scikit learn\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:screen kt\nb:screens settings\nb:screens vpn\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts dangerously\nb:scripts deploy\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk 0\nb:sdk api\nb:sdk dotnet\nb:sdk js\nb:sdk linux\nb:sdk telemetry\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:second 0\nb:seconds 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security cryptography\nb:security implications\nb:security issue\nb:security policy\nb:security vulnerabilities\nb:security vulnerability\nb:see a\nb:see also\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:send email\nb:sensor c\nb:sensor sensor\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:server 0\nb:server anything\nb:server client\nb:server compiled\nb:server component\nb:server exec\nb:server failed\nb:server id\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service kt\nb:service not\nb:service notification\nb:service php\nb:service responded\nb:service run\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings component\nb:settings screen\nb:settings true\nb:settings xml\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup uv\nb:several a\nb:severity 0\nb:severity e\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:shallow linked\nb:share cmake\nb:shared config\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:side of\nb:signal terminated\nb:signal this\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since poetry\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site scripting\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size is\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping git\nb:skipping integrity\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger php\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so restore\nb:socket emit\nb:sockeye image_captioning\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:sorted and\nb:source actions\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source s\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:sources from\nb:space berui\nb:space between\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified in\nb:specs from\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:sr ht\nb:src android\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src c\nb:src cart\nb:src chapter3\nb:src client\nb:src codegen\nb:src com\nb:src common\nb:src components\nb:src copy\nb:src css\nb:src d\nb:src drone\nb:src ethereum\nb:src features\nb:src fetch\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src microsoft\nb:src node_modules\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src registry\nb:src ring\nb:src scene\nb:src scripts\nb:src search\nb:src src\nb:src storefront\nb:src styles\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable aarch64\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start at\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state java\nb:state run\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdune 0\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:stored in\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string instead\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:structure test\nb:stub files\nb:studio 0\nb:studio offline\nb:studio threading\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint io\nb:stylelint problem\nb:styles app\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:succeeded 0\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:suffixed with\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:sun nio\nb:supabase client\nb:support appcompat\nb:support for\nb:supported and\nb:supported file\nb:supports git\nb:suppress this\nb:sure it\nb:sure that\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svg from\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch to\nb:switched to\nb:switching back\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync from\nb:sync is\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:system text\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t could\nb:t d\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t exist\nb:t f\nb:t find\nb:t found\nb:t from\nb:t g\nb:t h\nb:t h_\nb:t https\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t slug\nb:t state\nb:t t\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t y\nb:t00 0\nb:t03 0\nb:t06 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t11 0\nb:t12 0\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t18 0\nb:t20 0\nb:t21 0\nb:t_ b\nb:t_ d\nb:t_ p\nb:t_ r\nb:t_ s\nb:tabs tabs\nb:tabs ts\nb:tag must\nb:tag ubuntu24\nb:tag v0\nb:tags false\nb:take a\nb:take empties\nb:takes a\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar posix\nb:tar xf\nb:tar xz\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target s\nb:target t\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets true\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task_queues 0\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temperatures calls\nb:template 0\nb:template section\nb:template ts\nb:templates tests\nb:temporalio sln\nb:temporarily overriding\nb:temporary git\nb:temps js\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terminates the\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform io\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test android\nb:test b8ej_\nb:test browser\nb:test but\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test duration\nb:test environment\nb:test error\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test get\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kotlin\nb:test kt\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test multiplication\nb:test new\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test perf\nb:test php\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests from\nb:tests func1\nb:tests in\nb:tests integration\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text json\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than or\nb:than the\nb:thapa wlctl\nb:that allows\nb:that are\nb:that does\nb:that is\nb:that need\nb:that satisfies\nb:that terminates\nb:that the\nb:that two\nb:the 0\nb:the a\nb:the ability\nb:the action\nb:the agent\nb:the allow\nb:the ammount\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the exception\nb:the expected\nb:the expression\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the hosted\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the license\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the mix\nb:the module\nb:the name\nb:the newest\nb:the node\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the packages\nb:the path\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the query\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the restore\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the strategy\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the types\nb:the update\nb:the value\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:thebeatles item\nb:theme kt\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this declaration\nb:this default\nb:this environment\nb:this error\nb:this expression\nb:this function\nb:this functionality\nb:this id\nb:this install\nb:this is\nb:this message\nb:this might\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout exceeded\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timers 0\nb:timeseries timeseries\nb:timestamp 0\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title cart\nb:title lint\nb:title n\nb:title stylelint\nb:title want\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to azure\nb:to be\nb:to build\nb:to but\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to date\nb:to deserialize\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to get\nb:to git\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to ignore\nb:to image\nb:to import\nb:to java\nb:to load\nb:to main\nb:to make\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to pull\nb:to query\nb:to re\nb:to read\nb:to register\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to update\nb:to upgrade\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:todo 0\nb:token 0\nb:token manager\nb:tokens on\nb:toml 0\nb:toml changed\nb:toml started\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolchain 0\nb:toolchain install\nb:toolchain stable\nb:toolchains xml\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools tests__\nb:toomanyrequests you\nb:top level\nb:top required\nb:top vec\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace deprecation\nb:trace file\nb:trace of\nb:traceback most\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer artifact\nb:transfer metadata\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:transport got\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree 0\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate test\nb:truncate the\nb:trunk and\nb:trusty updates\nb:truthy value\nb:try rustc\nb:try to\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:ts loader\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt line\nb:type annotation\nb:type answer\nb:type coercion\nb:type comparison\nb:type error\nb:type generator\nb:type hard\nb:type ignore\nb:type int\nb:type is\nb:type native\nb:type none\nb:type number\nb:type of\nb:type running\nb:type sequence\nb:type string\nb:type test\nb:type u32\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:u 0\nb:u b_\nb:u c\nb:u d\nb:u e\nb:u g\nb:u i\nb:u l\nb:u m\nb:u memory\nb:u n\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u1004 the\nb:u1101 unable\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u64 can\nb:u64 to\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu ubuntu2404\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe amd64\nb:unknown 0\nb:unknown coupon\nb:unknown in\nb:unknown linux\nb:unknown word\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsatisfiable requirements\nb:unschedulable 0\nb:unset all\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update lock\nb:update model\nb:update on\nb:update or\nb:update the\nb:update to\nb:update xml\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates test\nb:updates tsx\nb:updating 0\nb:upgrade to\nb:upgrade your\nb:upgrading https\nb:upload artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use a\nb:use apt\nb:use const\nb:use eslint\nb:use git\nb:use home\nb:use in\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used s\nb:used staticcheck\nb:used to\nb:used typescript\nb:used unable\nb:user git\nb:user guide\nb:user home\nb:user interface\nb:userguide command_line_interface\nb:username g\nb:users ankitshubham\nb:users api\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users csproj\nb:users david\nb:users jonesn\nb:users js\nb:users julian\nb:users kevin\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users ray6y\nb:users runner\nb:users runneradmin\nb:users users\nb:users usr\nb:using 0\nb:using c\nb:using check\nb:using docker\nb:using first\nb:using from\nb:using master\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:util concurrent\nb:util test\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv lock\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rxs\nb:v s\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dockerfile\nb:v2 net\nb:v2 s\nb:v20 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value for\nb:value is\nb:value it\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vars identifier\nb:vdx hu\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendor urllib3\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verbose grep\nb:verification failed\nb:verification metadata\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version of\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:version verbose\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:virtualenv 0\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:voidcontext nix\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn gui\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability https\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w a\nb:w ampere\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning as\nb:warning error\nb:warning github\nb:warning into\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning s\nb:warning spurious\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was low\nb:was not\nb:was passed\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we have\nb:we location\nb:we stopped\nb:we try\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were used\nb:werror unused\nb:what s\nb:what went\nb:wheel for\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when used\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which types\nb:which will\nb:while assembling\nb:while awaiting\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:while waiting\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will change\nb:will do\nb:will retry\nb:will suppress\nb:win2012 x86\nb:win22 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:with 0\nb:with a\nb:with an\nb:with annotations\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with dependency\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with frozen\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with java\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with this\nb:with timeout\nb:with version\nb:with vulnerabilities\nb:with your\nb:within 0\nb:within the\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work configr\nb:work counter\nb:work crc\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work integration\nb:work inventory\nb:work ipfs\nb:work kotlin\nb:work landing\nb:work ledger\nb:work legacy\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work ops\nb:work orders\nb:work org\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work satu\nb:work sdk\nb:work sensor\nb:work shop\nb:work shorturl\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow job\nb:workflow that\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace geo\nb:workspace home\nb:workspace imgproc\nb:workspace mani\nb:workspace name\nb:workspace queue\nb:workspace root\nb:workspace samples\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:workspaces vs\nb:worktree config\nb:would be\nb:would have\nb:would reformat\nb:wrapper dists\nb:wrapper zips\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www docker\nb:www shellcheck\nb:x 0\nb:x a\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x test_client\nb:x x\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 lib\nb:x64 main\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86 0\nb:x86_64 linux\nb:x86_64 pc\nb:x86_64 unknown\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xg66 0\nb:xjc generation\nb:xml 0\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y a\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:y_ p\nb:yaml 0\nb:yaml is\nb:yaml truthy\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yesterday thebeatles\nb:yml 0\nb:yml line\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you may\nb:you mean\nb:you must\nb:you want\nb:your build\nb:your code\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your new\nb:your own\nb:your package\nb:your pipfile\nb:your plan\nb:your project\nb:your pull\nb:your test\nb:your workflow\nb:z a\nb:z action\nb:z c\nb:z current\nb:z debug\nb:z group\nb:z h\nb:z l\nb:z m\nb:zero code\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zips 0\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nb:zzpmw to\nf:0\nf:a\nf:action\nf:actual\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:api\nf:app\nf:apr\nf:arch\nf:archinstall\nf:artifact\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:benchmarks\nf:beringin\nf:billing\nf:bin\nf:black\nf:body\nf:branch\nf:bucket\nf:build\nf:building\nf:builds\nf:built\nf:bundle\nf:bundler\nf:busted\nf:but\nf:by\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:cancelled\nf:cancelling\nf:cannot\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:client\nf:cloning\nf:cmake\nf:code\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:composer\nf:compression\nf:config\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disabling\nf:distribution\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:e1001\nf:echo\nf:elixir\nf:else\nf:enable\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:explicit\nf:export\nf:exporting\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetching\nf:field\nf:file\nf:files\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:from\nf:frontend\nf:g\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:git\nf:github\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:gulp\nf:gyp\nf:h\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:import\nf:in\nf:include\nf:included\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:internal\nf:interrupted\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:j\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:level\nf:lfs\nf:lib\nf:libfreetype6\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:medium\nf:melos\nf:meson\nf:message\nf:metadata\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:moderate\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:one\nf:open\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:r\nf:rake\nf:ran\nf:range\nf:read\nf:reading\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:release\nf:removing\nf:repository\nf:resolve\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restricted\nf:result\nf:results\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scan\nf:scanned\nf:scikit\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:see\nf:self\nf:sensor\nf:sentry\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:sparse\nf:spec\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:string\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:suites\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:task\nf:team\nf:teamcity\nf:temporarily\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:tmp\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:total\nf:traceback\nf:transferring\nf:tree\nf:trim\nf:true\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unit\nf:unknown\nf:unpacking\nf:unschedulable\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v0\nf:v1\nf:value\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:worker\nf:workflow\nf:working\nf:workspace\nf:workspaces\nf:would\nf:writing\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:acceptance\nnw:access\nnw:account\nnw:action\nnw:actionpack\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:ammount\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:args\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:around\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:assembly\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:available\nnw:avd\nnw:awesome\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:backticks\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:behind\nnw:between\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:blocks\nnw:body\nnw:bom\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:builtin\nnw:bundle\nnw:bundler\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:cargo\nnw:cart\nnw:cart_spec\nnw:case\nnw:case1\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:central\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:closing\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codecov\nnw:codes\nnw:coding\nnw:coercion\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:container\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:cpu\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:def\nnw:default\nnw:defined\nnw:delete\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detecto\nnw:detector\nnw:dev\nnw:dial\nnw:did\nnw:diff\nnw:different\nnw:digest\nnw:dir\nnw:directive\nnw:directory\nnw:disable\nnw:disabled\nnw:discount\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documentation\nnw:documents\nnw:does\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:eebxo6ax\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:em_http\nnw:emit\nnw:empty\nnw:en\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:ependen\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:eslint\nnw:est\nnw:establish\nnw:ethereum\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:fffff\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:forum\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ggml\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goproxy\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:groups\nnw:gui\nnw:guide\nnw:gulp\nnw:gyp\nnw:gz\nnw:h\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hashmap\nnw:hatch\nnw:hatchling\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:holds\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignore\nnw:ignored\nnw:image\nnw:iml1s\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indexes\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instrument\nnw:insufficient\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invocation\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:lenght\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:llama\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:looking\nnw:low\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:macos\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:manual\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:mcomella\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:microsoft\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:more\nnw:most\nnw:mozilla\nnw:ms\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:n_\nnw:name\nnw:namespace\nnw:native\nnw:nav\nnw:ne13\nnw:ne2\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:ng\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:nodes\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:paket\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parsed\nnw:parser\nnw:parsing\nnw:part\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pd\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:phase\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pipenv\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pod\nnw:pods\nnw:poet\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:possibly\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:private\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:proxy\nnw:pub\nnw:public\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pypi\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:ratelimit\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retrun\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rspec\nnw:rubyonrails\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s0246\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:schemas\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:sensor\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:setting\nnw:settings\nnw:setup\nnw:severity\nnw:sh\nnw:sha256\nnw:shade\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:show\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:splitting\nnw:spurious\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:studio\nnw:style\nnw:stylelint\nnw:sub\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:symfony\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:tcp\nnw:teamcity\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_create\nnw:test_error\nnw:test_fail\nnw:test_features\nnw:test_low_stock_threshold\nnw:test_run\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:time\nnw:timed\nnw:timeout\nnw:times\nnw:timing\nnw:tint\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:topic\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unix\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:unschedulable\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:virtualenv\nnw:visit\nnw:visokio\nnw:visual\nnw:vite\nnw:vpn\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yarnpkg\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\nnw:zzpmw\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a07\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a5\nw:a62\nw:a7aef8b1\nw:a_\nw:aa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:activity\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:address\nw:admin\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:affect\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:aiogithubapi\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:aliases\nw:all\nw:allocation\nw:allow\nw:allowed\nw:allows\nw:alongside\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:alternative\nw:always\nw:amd64\nw:ammount\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:and\nw:andi\nw:android\nw:ankitshubham\nw:annotated\nw:annotation\nw:annotations\nw:anonymous\nw:ansi\nw:answer\nw:any\nw:any_\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apis\nw:apk\nw:app\nw:appcompat\nw:appears\nw:apple\nw:application\nw:applied\nw:applies\nw:apply\nw:approval\nw:approx\nw:apps\nw:apr\nw:apt\nw:arch\nw:archinstall\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assert\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:at\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:authenticating\nw:author\nw:auto\nw:automatic\nw:automatically\nw:automation\nw:available\nw:avg\nw:avoid\nw:await\nw:awaiting\nw:awesomeness\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b28\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b4c\nw:b5c67\nw:b6\nw:b7\nw:b7c1d6e3f\nw:b8ej_\nw:b_\nw:b_allowed\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backticks\nw:backtrace\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:bats\nw:bazel\nw:bb\nw:bc\nw:be\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:begin\nw:behavior\nw:behind\nw:being\nw:below\nw:benchmarks\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigquery\nw:billing\nw:bin\nw:binary\nw:bind\nw:bintray\nw:biome\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bluetooth\nw:bodies\nw:body\nw:book\nw:bookmarks\nw:bookworm\nw:bool\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:br\nw:branch\nw:branches\nw:breadcrumbs\nw:break\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:browser\nw:brulee\nw:bs\nw:bucket\nw:buf\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:build_amd64\nw:builddir\nw:builder\nw:building\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c1d2e3\nw:c1e\nw:c2\nw:c2065\nw:c2086\nw:c2_\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:cast_lossless\nw:cast_possible_truncation\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:cell\nw:central\nw:cf\nw:cfg\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:chapter3\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:cinterop\nw:circle\nw:circleci\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closed\nw:closing\nw:closure\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:coder\nw:codespell\nw:coercion\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:color\nw:colors\nw:column\nw:columns\nw:com\nw:come\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:commits\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:compliant\nw:component\nw:component_test\nw:components\nw:composer\nw:compress\nw:compression\nw:compute\nw:computed\nw:concepts\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:considered\nw:console\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:continue\nw:contract\nw:contracts\nw:contrib\nw:contributors\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:converted\nw:cop\nw:copy\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:cosmos\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:coupon\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp314\nw:cpp\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:creme\nw:critical\nw:cronjs\nw:cross\nw:crossbeam\nw:crypto\nw:crypto_sign\nw:crystal\nw:cs\nw:cspell\nw:csproj\nw:css\nw:cssx\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:curl\nw:current\nw:currently\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2c1e0f\nw:d2f6c0b\nw:d55\nw:d_\nw:daemon\nw:daemons\nw:dangerously\nw:dart\nw:dart_web3\nw:darwin\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:days\nw:db\nw:dbkit\nw:dd\nw:dd7935\nw:deadline\nw:deb12u1\nw:debian\nw:debug\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delay\nw:delete\nw:deleted\nw:deleting\nw:delimiter\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:dereferenced\nw:derive\nw:deriving\nw:derliebemarcus\nw:describe\nw:description\nw:deserialize\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detector\nw:detectors\nw:detekt\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:digest\nw:dir\nw:direct\nw:directly\nw:directories\nw:directory\nw:disable\nw:disabled\nw:disabling\nw:discount\nw:discovered\nw:disk\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distribution\nw:distributions\nw:dists\nw:div\nw:django\nw:dl\nw:dll\nw:do\nw:doc\nw:doc_markdown\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotfiles\nw:dotnet\nw:double\nw:down\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:driver\nw:drone\nw:dronelink\nw:dropdown\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:e\nw:e0277\nw:e0308\nw:e0401\nw:e0425\nw:e1001\nw:e1101\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e8f\nw:e_\nw:e_path\nw:each\nw:eadcdc7d\nw:echo\nw:edeandrea\nw:edge\nw:editor\nw:ee\nw:eebxo6ax\nw:efde290b\nw:eff\nw:egeria\nw:either\nw:elapsed\nw:elem\nw:element\nw:elements\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:empties\nw:empty\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:enforce\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:entering\nw:entirely\nw:entities\nw:entity\nw:entry\nw:entrypoint\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:eslint\nw:est\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluate\nw:evaluating\nw:evaluator\nw:even\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:example\nw:examples\nw:exceeded\nw:exceeds\nw:exception\nw:exceptions\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:explain\nw:explicit\nw:explicitly\nw:export\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:external\nw:extra\nw:extracting\nw:extraheader\nw:extras\nw:f\nw:f1d2c3b\nw:f20251215\nw:f20260105\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f7\nw:f841\nw:f909ac5\nw:f_to_c\nw:factory\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fall\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:faster\nw:fastlane\nw:fatal\nw:fc58aa\nw:fc97a4c5\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetched\nw:fetcher\nw:fetching\nw:few\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixable\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:forced\nw:foreground\nw:foreign\nw:forgot\nw:fork\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:forwarder\nw:found\nw:foundation\nw:fp4\nw:fragment\nw:frames\nw:framework\nw:free\nw:freetype\nw:freezing\nw:fresh\nw:from\nw:frontend\nw:frozen\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functionality\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g4q\nw:g8001\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gconnect\nw:gcr\nw:gem\nw:gemfile\nw:gems\nw:gen\nw:generate\nw:generated\nw:generating\nw:generation\nw:generator\nw:generic\nw:geo\nw:get\nw:get_sources\nw:getaddrinfo\nw:getter\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:ghcr\nw:gi\nw:git\nw:gitdir\nw:github\nw:gitlab\nw:gitlab_integration\nw:gitleaks\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greeting\nw:grep\nw:grgit\nw:grotesk\nw:group\nw:groups\nw:guide\nw:guilouro\nw:gulp\nw:gyp\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:healthy\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hhp\nw:hi\nw:hidden\nw:hierarchy\nw:high\nw:higher\nw:highlights\nw:hint\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:httpcore\nw:https\nw:httpx\nw:hu\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implement\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importlib\nw:imports\nw:in\nw:inc\nw:include\nw:included\nw:includeif\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:increase\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:individual\nw:ineffective\nw:infallibly\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initial\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inlang\nw:inner\nw:input\nw:insensitive\nw:inside\nw:insights\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:insufficient\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ipfs\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:itoa\nw:its\nw:j\nw:j2\nw:j30\nw:jar\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:javax\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:jl\nw:job\nw:jobs\nw:jonesn\nw:jooq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julia\nw:julian\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:k\nw:k8s\nw:kata\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:kiriyaga\nw:km_to_miles\nw:knob\nw:known\nw:knows\nw:koans\nw:koch\nw:kotlin\nw:kt\nw:ktlint\nw:kts\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:l_\nw:lab\nw:label\nw:lambda\nw:landing\nw:lang\nw:language\nw:laravel\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:lazy\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lexicographic\nw:lfs\nw:lib\nw:libc\nw:libc6\nw:libfreetype6\nw:library\nw:libs\nw:libtonode\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:literal\nw:littpi\nw:live\nw:llama\nw:lloc\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:locate\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:low\nw:lower\nw:lower_snake_case\nw:lru\nw:ls\nw:lspconfig\nw:lua\nw:m\nw:m0s\nw:m104\nw:m12\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malformed\nw:malicious\nw:manager\nw:mani\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:mb\nw:mcgdiff\nw:md\nw:mdi\nw:mdurl\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:mecho\nw:media\nw:medium\nw:meeting\nw:megalinter\nw:melos\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:metadata\nw:meter\nw:method\nw:methods\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:middleware\nw:mif\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minitest\nw:mintimeout\nw:minutes\nw:mirror\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:money\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:multi\nw:multiline\nw:multiple\nw:multiple___\nw:multiplication\nw:musl\nw:must\nw:must_use\nw:must_use_candidate\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:nami\nw:naming\nw:native\nw:native_lib\nw:nav\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netkit\nw:netlib\nw:netops\nw:netplus\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newline\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodejs\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:nuget\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:odder\nw:oder\nw:odor\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:ole\nw:omit\nw:on\nw:once\nw:one\nw:onepager\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:openemr\nw:opening\nw:openproject\nw:openssh\nw:opentelemetry\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outdated\nw:outer\nw:output\nw:output_prefix\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p1\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parameters\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partial\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pc\nw:pdf\nw:pedantic\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:percent\nw:percentage\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:plans\nw:platform\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnpm\nw:pod\nw:podcasting\nw:pods\nw:podspec\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:power\nw:pp\nw:pr\nw:pre\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:preinstall\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:prettier\nw:prevent\nw:preview\nw:previous\nw:previously\nw:price\nw:print\nw:printed\nw:println\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:prod\nw:product\nw:production\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:prompts\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:pulsar\nw:punctuation\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pydantic\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyproject\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qt\nw:qty\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queue\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:ray6y\nw:rb\nw:rc\nw:rdk\nw:re\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readme\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:record\nw:recorded\nw:records\nw:recursive\nw:redirect\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:register\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:renamed\nw:render\nw:rendering\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returns\nw:reuse\nw:reused\nw:rev\nw:review\nw:reviewdog\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:rights\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:ropenscilabs\nw:roundtrip\nw:route\nw:router\nw:routes\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:ruleset\nw:run\nw:runner\nw:runner01\nw:runneradmin\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safety\nw:same\nw:sample\nw:samples\nw:sandbox\nw:sardonyx\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scm\nw:scope\nw:score\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:search\nw:sebastian\nw:sec\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secs\nw:section\nw:section_end\nw:section_start\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seed\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:self\nw:semicolon\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sentence\nw:sentry\nw:separate\nw:sequence\nw:sequential\nw:serialize\nw:server\nw:service\nw:services\nw:session\nw:set\nw:sets\nw:setting\nw:settings\nw:setup\nw:setuptools\nw:several\nw:severity\nw:sf\nw:sh\nw:sha\nw:sha256\nw:shallow\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:short\nw:shorturl\nw:should\nw:should_\nw:show\nw:shrinkwrap\nw:shutdown\nw:side\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simdjson\nw:simple\nw:simplified\nw:simulators\nw:sin\nw:since\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skip\nw:skipped\nw:skipping\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:soap\nw:sock\nw:socket\nw:sockeye\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:sorted\nw:source\nw:sources\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spec\nw:specific\nw:specification\nw:specified\nw:specs\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:sql\nw:sqlalchemy\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stack\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:state\nw:statement\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:step\nw:step_script\nw:steps\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:store\nw:stored\nw:storefront\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:strip\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:stylelint\nw:styles\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:sunday\nw:supabase\nw:support\nw:supported\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:svg\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symfony\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t00\nw:t03\nw:t06\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t11\nw:t12\nw:t14\nw:t15\nw:t16\nw:t17\nw:t18\nw:t20\nw:t21\nw:t_\nw:tab\nw:table\nw:tabs\nw:tag\nw:tags\nw:take\nw:takes\nw:talk\nw:tally\nw:taobao\nw:target\nw:targets\nw:task\nw:task_queues\nw:tasks\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:teamcity\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:template\nw:templates\nw:temporalio\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminate\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_core\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:testdata\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:thebeatles\nw:them\nw:theme\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:times\nw:timeseries\nw:timestamp\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tment\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:tooling\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topologies\nw:total\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transferring\nw:transform\nw:transition\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:trusty\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typecheck\nw:typed\nw:types\nw:typo\nw:tzdata\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u16\nw:u1903\nw:u32\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu2\nw:ubuntu24\nw:ubuntu2404\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unifont\nw:uninlined_format_args\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unschedulable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upgrading\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:uuid\nw:uv\nw:uv_manager\nw:uvu\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variant\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:vdx\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verifying\nw:version\nw:versions\nw:via\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:voidcontext\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:wait\nw:wait_for_db\nw:waiting\nw:wall\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:well\nw:went\nw:were\nw:werror\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:wildcard\nw:will\nw:win2012\nw:win22\nw:window\nw:windows\nw:windows2022\nw:windows_\nw:with\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:world\nw:would\nw:wrap\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xf\nw:xfailed\nw:xfonts\nw:xg66\nw:xjc\nw:xml\nw:xs\nw:xz\nw:y\nw:y_\nw:yaml\nw:yamllint\nw:yarn\nw:yesterday\nw:yet\nw:yml\nw:yoke\nw:you\nw:your\nw:z\nw:zero\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zips\nw:zstd\nw:zurichsee_ha\nw:zzpmw",
    causeBias: -127,
    cause: '7P8sANj/1v/h/+n/NQDN/9T/xv/Y/wMApv8UAOr/y/+9/97/NwAnAMP/yf/j/xwA1/+0/67/LgANADAA4P/Z/67/pf8PANj/4f/Y/7r/zP/o/wgAuf8yALz/GgBFANT/KwA9ABsA3P/Y/7z/NACb/z0Axv/h/9L/IADY/9j/5f/h/6L/6P94/7r/EAAwABAAkP/i/87/EAD2/z0AxP8MANj/CgCr/ywATwDq/yIA5/9BAPb/PwAVAEUA1f9AALD/JQDX/yQAFADr/+v/0P/Y/+H/5f/h/+X/5v8hAOL/5P/h/1IAGQB5/+v/DwDp/8n/EQA3AAwAFADd/zcAFgBWABcAIgAbAEoAJgDl/ygA4f+8/+r/zP/g/9L/xf81ACsAQQCA/8r/xv9sALf/SQDf/8T/HgDS//D/n//s/+z/q/9eABkAy//a/+j/sP+0/1oAQwDj/9v/vv8iAOD/TAC5/ysAzf/L/6j/3/8UACYA6P9MABUAFAAUAPP/4P8WAL//GwDQ//7/IADq/yQA2f8lAIQALQDO/2IAHADp/+b/DwD+/7D/x/+V/1oAj/+s/zwA4P9S/+H/1f+j/xgAyf8LAMT/hf8tALX/5/+i//z/GAAgAKX/q/+y/ykAz//Y/5r/BgAeAOb/XQAcAJz/y//H/+P/nP/Q/8D/4//X/xsASwA+AJb/DgCe/yAAzP8sABAAv/8vANf////l/9f/1f/k/9z/4//m/+v/6//S/+v/5f/q/zoAQQCw/8D/2v8kALn/uP+eADMAwP/D/+7/3f8aAJr/OQBQAL//1//U/ykAlP8JAAsA5v/I/9L/IADp/ygAJAAbABsAGwAbABgAFAAIAC0A0/9RAMn/9P/J/97/FwCD/zcAKwAdAMD/tP8WAA0A1v8qAHD/JwALAAkAvP8sABIAvf+6/8f/6/8xAN3///+//9n/zP+0/6H/LQC8/zUAqv/j/+D/yv/L/83/NwDT/6L/0f8UACkAEwAaAMD/KQCq/7r/0f8FAOv/o//X/xYA1/8//xUAkf+3/yMAtf+o/0sA4/94/+H/5v8PAIX/WwDe/ygAwP9BAMP/GQDo/wMA3v83AGsAuP/U/wkAuf9OADYAQAA4ACIA1f/m/7P/QQCi/9b/KQBCAN//LQDd/+v/LwDQ/8//zP+T/9X/zP/s/xoA2f/o/8b/vf/Q/+v/p/+v/93/uP9YAO3/uP/r/0cACADq/wAA0/+y/yUAJAArAF3/JgCv/1QAv/8UANT/p//c/xYA4P8mACQANgBCAL7/TgAmADgAVAAOANb/kv/a/9j/bgA1ACYAHQC8/2wASADr/+D/DgC+/9T/JAAHAFMAv//L/w8AxP8eAPr/wv/O/xsAwf/r/4//IQDI/7b/6/+9/9b/u/8wAB8AFAAFANj/FQDf/y8AEgDc/zMApP/o/y8ACADY/xEAFADv/5T/1f/D/yMArv+6/+r/3v8UABMA5f84AOn/6f8fACsAp/8HABQAsf/F/zkAPQAAAN7/tf9GAPr/zf/4/xIA5P8OABoAw/8UAOT/yv8UAOr/BwDn/yoA5P/Z/7v/5//l/xkAKgAVANX/aADo/ysA6//i/6f/k/8oAO//LQDq/9T/1v8eAOD/2P/h/xoA7P+8////IgDg/+r/2v8PABEA0//X/00A7/8nANT/IgAoACYAwf/m/yUA7P/K/9D/u/++/8L/1P/G/9//1P/R/5f/5f/Q/yUAFQApAOL/zf+z/+v/KQDi/7X/wf/j/xUAFQC5/xYA2P/K/7//6//o/93/x//k/9j/WgDd/8z/6v/p/ycA0//r/6f/3//L/57/yP/O/+f/RQDk/x8AzP/m/xQALgAMAOj/6P+v/+z/4/8pAFoAp//X/0oA6v8pAEwAQwA2ACoALgAGALf/EAAUAMT/LAC7/yMAwP8wAK//N//a/7L/i/+y/+H/7P/p/+z/6/8aACIA0v/R/+L/2f8XAJf/4P/d/7f/0v8rAKz/yf8jAAcAzP/E/7f/2f+5/3f/zP/C/3r/HwDs/w4AFwDM/+n/qf+v/y0Ai//F/6r/r/+1/9L/JgDg/+T/IADj/97/4//N/8//NwDm/3b/FQAbAOP/5v/X/yIAFAAUAMX/CgDJ/4r/HgDQ/+n/KwDe/9r/RgDY/xoA4P8RANj/FwDV/+r/3//r/xkAMwDs/+L/IgDn/wEAFADm/zMAAgDr/9b/JgAgABoA3v/X/zwAi/8ZAKX/6v8ZAOv/xv8bAOv/2v+5/y0Avv8rABkA4v/k/wgAqv8eAM7////j/+L/2f/s/xkAzv/D/xYA3//M/xcA3f/o/9L/xv9iAOX/HQDL/yQAFAAqAOr/CgDh/ykA5v/s/xkA0v+f/yAAk/8pADkAJwCt/8r/1P/O/9L/GgAdADQA9f/k/8T/HwDS/7P/hv8iAL3/7P/x/87/IwDj/wgALAC8//P/AgADAOX/vv8tABkASwANABgAGAA4ACkA/v8iACAA5P/f/+T/GgAUACoA5f8mAMn/4P/W/+H/IwDQ/z4A+P/d/wMAKgA9ABQA0f8fAKb/FQAKABwA4//g/+v/0//j/yYA4/8bANL/uv8ZAB0ACgDJ/+D/yv8aALn/NAAgAMv/3P8UACEAFADT/8b/sv8UAOv/3f/o/7L/tv8qAPn/RQAaABUALABBANf/FAArAEUAJwA0ABMAOQDU/+X/NQAnAP3/BgAwAN//KADm/8z/w//c/xQAw//K/xUA6/+5/ysAxv+J/xAA5v/r/xAAvP++/6//BgCu/8j/1P+q/9n/vf/b/3n/rf+y/+T/sf+8/9z/7P8rAK3/5P8iABYAHgBu/+D/DAA9ACYAJgC2/xAA3v86AJ7/vf/e/+T/MQAiAHb/YAAaANr/GQB7/8X/MADe/+f/GwDA/zoA1P8UAFoAxP/k/+f/GwAUACAAPAAjANj/rf/g/+3/s//h/w4A/v/U/8v/GAAbAIH/4f+7/zMA0f+w/xkA4//g/+H/4f+r/97/3P8hAOX/2P/U/yEA4f/Y/8z/5P+r/+H/uf+Y/7r/2v/f/8//GQDO/93/LQBMAJb/5P/k/7z/5P/k/8z/yP/i/zQANACN/2j/mv9e/97/u//Y/+D/r/83ACIA2//r/zoAMAAUAN//GABKANz/MQAbABoA6v+v//7/IQAXAOr/KABJAEIAJgAXAOb/OgDm/yMANQDb/yMA3//O/xgAKwAmAEMAFQApADYAOQDU/yMAs/8XABgA5P8YADQAu//R/8f/6P8VADwA1P/s/xoAFgAUAEgAJAAzANT/IwAmAEYARgDk/w4A3/+0/x4AFwDc/xgADwAjAE0AFwC8/9r/KQDl/+z/m//6/+z/0v/H/+D/JACg/5H/1/+2/6r/xv/U/7T/1P9AABEApP/p/ysAsv8fABkAvf8oABoAmwDj/+P/5f/A/yMAPAAjAOf/IgDf/+z/IwAxABYA1v/X/+n//f/f/+r/w//s/5v/8v/X/+v/5P/f/xkAyP/e/0kA4v/m/3H/NgBIAOP/7P8dAKL/s/8NABsAvf+x/7L/4f/j/9H/vP/L/+L/0f/a/+X/kP/V/7b/y/8GANT/kf/U/xQAqf8tAM//MgAmAH//HQDW/9//9P8rACAAFQDs/6n/6v8AAMH/uP+Q/7D/FQCx/xUAIwDJ/8f/CQCc/5z/IQDL/xkA0//V/9X/y/8fALz/3v/X/xsA6v+2/9f/3v+E/9L/2P/r/9r/4P8vABQAHgAeAOP/z/8fAMH/5//f/7H/xP+n/73/IADV/+r/7P/P/zMA9P/Y/5//HwDY/zkANAABACcAMgBCAPz/zP8gABoAYAA0AA4Axv/N/67/GQDW/8X/x/8hABoAw//a//z/3//o/xgA6v/f/zUAMADM/xAA6v/X/5P/HQBBAOH/LQDY/8z/7P/I/8j/0//8/yUA1v+d/+n/IgCq/5v/tf/H/xkA0v/c////zP+3/z8AIADM/8j/uv/n/7r/pP8OABQAFADs/7H/iv8hALb/8v8KALj/TQDa/4f/kv/I/yAA2P/Y/xUAKwAgABMAmP/h/+X/4f/o/y0Ajv/e/9r/JwANAAAA1v8cAOT/xv+6/53/3v/l/67/AADm/83/s/+6/7//Of/T/87/pf+a/8z/rf9M/8D/zf/Q/7T/4P/i/83/7P/f/8X/4f/m/9j/JQA5ABQAGQC6//f/IgAWABkA4/9FAEIAvf8dAMD/PADC/xIAIAAhAGQAGAAWACgAsP8XABQANADr/xsAnv+r/6//uf/M/6v/n/8DAJH/CwBNAMT/i/9gABQAof8JAC4AyP8fACAA3P8JACIAGgCb/xkAIgBUAOL/4v/c/8n/0v8cAM7/vv/E/+P/GQAdAOv/o/9DAM7/3f/p/yAAGgDY/9r/UACi/xYAx//a/8X/GwB0ABQAQQDY/9j/9v8wAAAAsP8MAA8Avv/g/9b/bP8iABcAYv83APz/IgDX/6X/zv/U/+L/wP+Q/wkAyf/s/yQA9P/s/zsAz/8VABUAlv/E/+f/6//J/+D/0v+A/7P/vv/q/9j/vv/B/8r/PgAlABQA0/8UAMz/y//g/9H/MwDQ/+T/3P/E/1EAJQCw/+j/zf8ZANH/6f+9/w8AJQDj/9H/IwDk/xcA2P8bAKr/xP+u/9n/7/9R/6b/x//l/yQAMwAqAB8A7P8oAMH/6v/L/9z/6v/M/+P/5f8ZANX/mf/W/xQA/f/H/+T/0f+3/+b/6f87AMz/5P/X/5//1v/W/xYAFwAhAAQAvf+8/9L/HADk/yQALADz/yEAJgA7AEgAIgAWAL7/HwDR/xgAHwAtAAsA1/8AAB4AFwDf/+j/6P9PADEAq//k/9f/zf/I/83/t/8ZAMz/+//q/x8Aqv/d/+j/5v8pAOL/4P/e/93/5v8SAN7/1v/Q/ykAnP/a/9H/IwAiAOT/FAABAOj/FADJ/93/GQDD/9//6//p/ysA///M/x0AsP+0/8T/5P/R/63/xv/k/9D/AwA6ABcAKgDa/9X/yv/D/7b/tP/p/9X/xP/L/+z/IwDa/+P/CgDK/xsAKQAFAKH/yv+X/93/uP9BAAQA0/+i/zMAwv+1/6z/1P/Q/+f/1/8LACwAFQA4ANL/qP/S/+T/qP/k/7P/xv/1/yIA4P/X/xQApv8fACAAPQAzABcAQwD2/1YANQAgAOL/LADB/9D/m//I/+j/CgCZ/1EA4v/c/+f/rv/9/+L/1//i/97/rv/K/9T/zf/T/9X/bv+k/xwA2//e/wkACgD6/8n/p/8kANj/OgDH/yIAJQAsACcAHADV/2//LgC3/xsAGgAaAMn/IQDn/w0A1P+b//7/xv/K/+D/FgAdAEsA///l/+v/6//h/8f/FgDo/9n/AQAiANn/tP/p/93/uf/U/93/uv8lADEA3P82ABsAHQDj/xQAIAACAMD/KwAtAEMAIgApACgA6P/s/63/pv/R/y4A0f9MANj/sv8yAOL/5P/o/ykAFQAOAAQA2f/D/2H/o//G/z4AFADI/93/LQDW/7L/GAA5ANf/kv8tAOP/IwBOAOL/JQDf/9H/GgD2/9H/MAAOAN7/3f8bAOn/6P89AOz/NgBOACUAEACq/83/xv/N/+L/2f/h/w4Am/8lAMn/5P/X/+X/KAAcANr/LQDV/7b//v/9/9v/6P/Q/7f/5P/D/+v/pP/o/+T/5P+4/9//3/+U/x0AMwDZ/9X/4P+u/5f/5f8aABsABgAnAEoAov/Z/+//6v8vACAAFwAIAEAA1f80AMX/wf/K/+v/2v/c/yIA6//L/+n/i/8UAML/1//k/2z/6/9JAOH/xP/d/+r/8P/u/+z/BgC1/9//2/+x/8n/EQBa/xUAIwB2/93/lf/B//n/FADa/wYAGAD4/9//1/+W/x0Auf9NAOb/4/8pAEUAJwC5/9b/6f8UAKz/WwASAAYAIQDh/+X/4f8TAOz/5f8gAB0A3v8gAKb/6v8ZAMz/TgAmANr/zP/X/xkAtP/3/zIAQAAeANb/sP8yABsAYf8vAN3/FgDS/9H/vv+k/yEA1v/J/+T/PgAUAOL/t//q/+X/1v/I/0MAzf/j/8f/2f+u/+j/g//6/xQA0v84AEgASAA3ABkANwAZANj/6P/j/73/HwDU/9//yv8aAJ3/2//K/+f/5//Y/yMA6//X//j/7P8UAEoA5v+v/x0A4P+1/+z/6/8UABMAMQAZAMP/FgAWANz/3v/Q/zIA1v8VAFEAGQA7/xUAKADA/1IA2v/a/yIAFQAjAEwAvf8pAOb/FAA6ADgA9//Q/yoA2//r/xUA5f81ACUA6v/A/9L/wP9v/0UAGQAqAN//ov/Y/+r/2/+6/8D/5//o/83/2/8qANL/DQDs/+j/AgDr/8T/2/8dAMb/zf/k/0YA2P8VAKn/GQAhALn/6P/m/xQA4//e/xkAIQAPADIArv8ZACkA7P+s////zf/h/+z/xf/V/7P/1P/d/9//NwDg/6n/5//r/8n/y//B/9T/5//P/xUAMQCz/wYAOgAgAPv/+/87ABUAKQDl/8//1P/c/+j/3P/s/8P/0v/V/y0A3f/i/x4A7f/W/+f/vv+q/8H/HAAAAMb/wP8oABUA3f/p/6j/5v/r/9P/0P95AMH/nv/V/wsAMgARAIv/0P/O/0YA4//c/9P/1/9SAIv/xP8NABkAGQAJAOf/HAC5/9b/rf8GANT/RwAGAOn/IgAiABsA0v/g/zcAkv8ZACAASwAgAC0A0f8WADUA1f///77/2f/c/xQAbP/R/yEAFAAYAJH/3/+D/5//zf/l/xQArf/k/0MA0P/J/7D/1/+h/4//jf/r/xQAFAAdAKb/zf8kANv/+v/0/ygA4v+g/7r/4v/I/x8ANQDV/0EAPAD0/4D/RgDh/yEAZADK/xYA1//q/x4A9P8UAM3//f8gAC8AHgDm/xoAx/+8/9n/zf8FABYA+//3/y4A1//V/1L/LAAHALf/5f/K/xAA3f8KANT/7P8KABkAkf+u/8//PQBHAPL/HwA8ABcAKAAbABsASgAmAOX/y/+u/yMAKADh/+n/r/8WABIA1//G/xMA1v8VAOL/6f+//yYA3P/k//T/xP8yADAA4P/a/x0Auf8fACIA2//H/zkA1f/F/8v/5f/Y/yMAt//g/w0AFwAZADgAFADM/+P/3f/k/9v/YgCOAMD/RQAhAMT/SgAUABQAzP/F/+r/2v/a/9z/FAAaAKf/JgDX/9T/GgAp/73/u/9k/8n/9//b/5r/HQAxACEAWgA2ABQAQgDy/7f/1f/s/97/JAASAOL/5P8/AOf/2f9Y/97/0f9QAEwA4P+S/0wArP8VAEwA1/8PACQAw/9VANr/3P/E/8z/5f8xAKj/9f86AB8APAAoAM7/3f83ADsAHAATAL3/dwDq/5z/RADn/7n/1f+i/7z/DQDs/xQAwP+u/+v/p//7/y8A2v+W/7//HADD/xQAMwAxAK3/PQA9ANr/dABCAOL/7f9oAAQAQQAaAMz/UQAuAKT/BgCg/63/1f/g/5v/YwD7//j/SAA7AOj/qv/s/z0AOgBjANL/3f8tAPn/LQDI/zMAGQBmAOT/3/8aADQAKwDi/zkA3v8iAFIAFQBbAFsANQA+AC4A4/8VAI3/JQAYABkAyv+V/+z/QACI/1IANADq/7r/0//b/ysAJADe/0UA9v8NANT/vP8kABYAu//v/ykAMADA/z8A0P/Q/73/sP+p/xwAFgAoAM3/6v/F/0MA6f/z/6n/IwAuACsAvf8pADwAKQDr/63/zv89AOj/JQDa/yEARADG/4D/MwAoADEASwAyACwALgAUAOj/NwAnADEANQD6/+X/tP/m/8n/wP/V/+T/2v8mAOv/GgDq/8r/yv/O/xQAJwDk/wUAsv8kADAAJgDm/+v/3f+5/+b/2v/D/xoAFQAWAM7/3//a/ykA8//1/+f/yf/h/0QAQwBzAB8Apv8uAOr/FABPALL/WABUAEIAjv8qACEACgDl/+b/RwA4ABkARAA+AFAA4v8jAA8Akf/P/9L/SwAjANz/NQBIANz/0f+h/7n/0/8VABQAPwCy/97/uf8aACQAHQDu/zkAwP/J/+j/HgDS/7X/3v9r/w4AnP/E/xAA0P/L/xoAs/8hAOH/DADl/7n/7P/s/xkA6P8ZAMv/JwDo/y0Aev8bALv/JQA4ACsA+/89ANH/IgDW/8D/RAD4/67/4P/7/4YAJgCu/1IAWwAQADYAGwAXABQA6P/7/9P/HwBRALX/OgAbABQAJQBEADMALAALANH/2P8TAPj/vP+h/xQAwv8UADgANwAjALH/5f81ABQAYADn/83/vv/o/8////9FACYA5f/V/xgALwAqADEA6/8LAAsAyP/k/+X/yP/q/zQA1f8TAMP/R/+T/+b/EgC7/+b/6P/o/ysAlP/Y/7v/yf/i/9P/U/+6/+L/IgCx/93/4v/Z/8r/KQDf/+b/yP8SACEANQDX/yIA1/9z/8v//f8NACIAJADh/9r/wP8wAOb/2v89APf/9/8WABQAWAC//+v/agDk/xEA5f9LANf/vP/m/6L/yf9BANb/1v83AMX/4//L/zMAsf/S/6r/rv/7/+P/LAC5/+v/p//E/87/3v8OAE4AKwDX/0AAJgDQ/ykAHwBRACgA5/8mAB0AGgAeAMv/m/++/3X/Yv+w/8z/1P8xANP/uv+6/6z/y//D/yIA0P84AEMAQwAbAM7/3P/l/8X/0f8uACAAxf/R/9z/0f8uAC0AKwAcACIAz//P/93/r/8dAEMAGAAjANX/OAC3/73/NgDO/+H/3//s/9H/2P/e/wIAHADx/ygAr/9sAML/vv/j/8b/IwBHACEA0//L/wUA4v/l/xQAAADk/9z/KgAdAOD/kP/R/yIAyf/b/yUA6/8tAMH/LwDd/9X/JAATAND/4v8UABUA2//a/+P/4/+p/zMALQAWAM//0f8VAMX/z//j/xwA5f/D/wwAFQDc/wIA2v/d/97/OADM/7X/PwDe/xkA6v8jALj/UQAaAP//5P8sAOP/hP97ALf/cv8qAC0A3/+z//H/FAApAPz/RQBIABQAIAAnACkA/P8qADkAzf/f/8j/TwBIAKL/HwDD/8z/HwAUAOT/u/8VAMr/2/8fANb/lP8vALX/LgDX/xQA5f+p/zQAJgDm/7D/1f/Q/ykA6P+k/xUA6v+I/xkA2P/e/ygAuP/R/y0A4f84AK//LADF/9X/1f8jALv/vv+K/xoAz//s/yUALgAkAMT/uv/l/xgA1/8XALb/nf/B/8v/tf/Z/+T/p//m/+P/vv8WANT/6v/V/xUAOgDo/+r/3//V/8P/oP+n/yoAIgDo/+z/3//N/+n/rf/X/yIAPgDP/+3/GABNANH/0f8WAGYAuP9LALr/PwBCAKr/3/8EAPD/1v9i/yIAFQC//woA8//d/w4AFADH/xYA6f/A/xQAxf+q/9n/1v9MAA0A8/8xAM//LgAZAM//uv+Y/9X/LgDY/+D/GgDE/3X/9P/0/wcA6/+I/3kAmP+z/8D/FgAcAEoAqP/e/xcALgDA/+f/m/+N/7v/yv8bAB0AO//E/9j/yv8cAAkA4f/Q/97/5v/J/7L/FAC9/8T/9P+3/8n/zv8oAOD/6//b/6T/0v+9/8r/wP8cAOj/uf/n/8z/+v+W/yoAcv/q/9n/IgDT/6j/zv/P/9L/FADJ/6r/5P/N/53/2v8XAP3+6f///7j/+P/0/7P/EgDZ/zkAzP+r//n/GQAVABYAFgDP/+r/6v/n/9T/6v+8/83/GwDW/8D/KQCk/ysA9f8UAGAAJgBO/67/K//M/+j/KQDj/zwAIgARALr/TACT/yEA4P+c/wMA6P80/9j/1/8T/wYAFQAOAMv/JgAyANz/KQAbACkAxf/u/9j/EAC6/3IA2f/T/y0Ayv/q/+r/wf/m/yAAsP/q/8r/r/+f/+D/EgCm/9j/0v/p/7f/sP/U/7//t//O/9v/HwDm/zoA7P/M/xoA5f/i/9X/3v9mAAgAFQBVANH/0v/R////t/+E/+//FgAVALH/2P9JAJn/2//8/xoA3v8FAOr/mf8aANr/1f/Y/+L/QgDg/83/5P/b/x8A5/8ZAK3/XAAgAAEAFADd/yUA0f8yACYAGQCt/+j/0f8VAL//JwDZ/8P/KAAkAEAA2/8ZAOD/FQBSAPH/GQDl/6r/6P/d/14Az//n/9P/FADA/7D/FwAXAC4A3v8iALv/2f/V/+P/sP/a/97/y//W/x8Avf/Y/9H/xv8aAFcAz//j//b/GgC8/93/KgBBADoA5//d/6b/3/+//+H/5f/g/+r/6v/r/+r/5v/Q/+r/3P8nANP/GQCd/8v/DwDV//7/2v/x/+v/qv/g/+j/4f/j/3kAAwAUAMD/wv/J/ycAJAC9/zEAb/8kALv/tf/q/9j/4/+w/7b/5f/s/+r/PQDV/zQAYQCo/9X/FAAKAB4A1v/H//L/4f/H/8L/5v8XAOL/LADk/83/3f9MAJz/v/8UALn/rP/R/yIA6f/k/xoA4/8HAOv/LQAjALb/HgAyACkAy/+y/yIAx//e/x0APwDR/xUA3f8hAB0A0//T/9D/BwC5/9H/FwABAOb/xP/p/+f/1//w/z0Az/+l/9H//v/i/xQArv8BANz/KQD4/8T/CQDd/8D/FwA4AMT/FQAvAMb/uf8UAB8AMQDe/yUA0f9LAN7/IwDZ/6P/LADq/8D/FgBCADMA2v8UANf/KQBiACsACwDd/93/zP/q/6H/xv/i/7X/ov/a/xQA6/+//+z/v/+8/8f/0v/W/5n/QQDf/8f/6f/N/+X/uf+p/5P/1f/o/9n/zP+r/3b/wv+1/xsA4P/j/+j/4//g/9T/1v/F/zAA+/8mAB0Azf/f/xkA3f8oAMX/6f9TAM7/GwAXAOj/LACK/7//1P+4/7D/2f+x/8T/GQApACgAnv/T/9f/4f8YACYAFwAoAOf/6/+6/9//LgD9/8P/FwBNAMD/wv/A/9P/zP8rANL/3f+V/yoA4/8VAC0ATADr/00Ac//K/8b/AwDh/xcAyf8jANn/AwAYADUApP8lADAAMAAWAC0A3v+W/xQA3P8YANz/MQDA/xEAuf8UANz/1v8dALz/zv/k/93/1//g/+n/0f8EANz/PAAjAC8AJgAZABkAKgDU/xUA0v81ACcA6f/s/yYAFQDa/+z/9P8aAPH/0f+V/8T/4f/K/67/5f/Z/8X/KwDe/9j/6f/a/7D/2v/C/+r/rP/L/9D/4f+r/7f/4P+E/+L/HADJ/yUAIAAsADcAw//N/xQA2f/K/9X/MQDY/xMA2f++/yoALgDD/7z/HgAHAN//3v/p/9r/5v+w/73/2v/O/0gASwAyAOX/w//m/73/uv8zAH3/1P+2/+T/zf/i/9b/3f/Y/+v/vf/c/+D/6P/n/ygAIAAnADMALwAZAOL/LQAtABQAGAC9/8j/6//B/9b/2f/a/9//5v/a/ykA6f+B/9j/3//r/xUA2//K/7z/vP8UABQAFADI/+f/OQDa/8f/GwCx/+H/KQAdANv/KgDC/97/IgAUAB8A5P88APf/GwDJ/8j/6f8IABQA2v/c/9r/2v+f/+b/6/8ZAK3/gf+1/8//HwAoALD/FQAUABQAuv/R/6//7f8VAAkAHQAoADgAQgDd/7b/HQD4/yMA3/8gAC0A5P+k/yUAnf8UAPL/BACg/xUATADk/wgAFADh//j/IQC5/zkAJAAmAOH/HgDZ/ywAqf83ABMAoP8RAA0AIADf/wgAIgDJ/xQA6v/o/yAAzf/V/xQA8f8zANj/6f8tAMj/5v/J/83/3P/Z/+T/0//i/+L/HwAgACIAMQDT/3T/HADh/9j/zP/R/+z/5v/i/9//UwDX/+H/4P/Q/8//z//5/xYANgCP/+n/9/+1/xcANgDl/xgA6/+z/xcA2v/Y/6X/6v/o/xcAsv/m//b/zf+e/+n/vv+b/8j/JADj/8T/av8qAM7/zf+T/7H/yf8kANr/GQDl/93/OQBAAB4AOgDY/7H/7v8UABQA1f8UAEcAJABEAOv/FAAVABgAGAA6AN//tP+g//L/0v+7/wQALQDH//T/GgDh/9D/2v8ZACQALADb/8P/7P8UACoA4P/i/83/2v/T/xQAJgAmAOP/5/80AO//6//K/zMAJgBYAJn/MADc/+f/SADE/yYAAwBVAEEAEwAjADEACQAeAN3/FwDn/9n/KQD7/x4A6/+I/6//GQCp/7z/EgDR/8j/BwDf/7r/zf8SACIAOAD0/9j/yP/H/ycAEABHABsA1/+y//7/PwDx/+j/9f/r/9n/MgA5ANT/y/8UAEkAx//o/ncAGQB//zwA4P/S/xgA5v8RAD0AvP/R/77/6f///8z/FACc/xoAFQDf/8v/3//H/+H/6P9i/9X/rv/T/6b/3v+z/9//3P8xAD0Awf/J/xMAvv/U/77/4v+c/ygATAAeADQAOQD2/6v/6//I/7z/MAA9ADkA3P85AOP/HQAlABsAof/Z/+n/k//k/97/5f/V/9b/DgDD/8D/KwAXAGH/FAAlAM3/8/8NAOX/3v/N/7n/BAA9ANv/LwDl/+n/GAAoALj/GgD2/y8AUAAlAP3/xv8bAB0A+/+j/77/FgDQ/+L/t//M/0AAxf/1//n/OAA/APv/SQBQAB0AHQAtAF3/SwC1/9T/5//a/xsA5P8XABkALAAkABUALwAZANr/FAANABUAJQBGACEABgAXAJn/FAAUAB0ABgDq/+T/3P8iAMb/3/+s/8z/z/8fABsAyf8pAI3/UQDr/9v/uf/P/zgA2f/2/+P/6v/r/6H/2P/k/wMAwf+r/9X/2P/R/ywA5v/D/y4A0P+4/ycA1P/B/8r//v/I/xUADADJ/73/yP8cAJn/rv8iADIAwv8HANb/k//M/9j/zP8XANb/xf/S/9v/wv8nAOb/FACy/woA6/8nANL/IQC//9//KQDJ/y4AFwBCABwADAA4ADIAGgAaABgAuP8uABoAHgAYADkA1v9CADsAOQAeAN7/bf/I/xkAHgA6AAUApP/Z/+T/3P80AL3/y//H/wQAMwCr/ykA4/+q/7j/ov/F/9H/5f8UAAwA5P88ACEAFwDm/+n/wf86AMH/yP+p/+//yv/O/97/zv91/9r/cf/i/yIAGgCk/9//BgAiABgA3//Z/xsAMADy/zIA3P+A/+b/RwDo/xQALQDz/+T/wP+7/8P/EQCl/+f/w/9EADkA5f/c/+r/sf/d/+v/wv8dAMT/zP9aAB0Aqf/K/9f/6v8qAEsAFQDX////v//c/+X/1//k/9X/5P/c/+P/5v/r/+v/0v/r/+X/sP8WABYAFACp/9j/sf/U/xQArf+w/9b/4//q/xgAWgAeABYAHACd/63/0/8iAIT/7f94/9//6v8iAOD/of8iAHX/bACw/+D/3P/M/+H/NgDa/0YA4/+Y/9j/DAB6/zcAJQA8ALb/EwDm/9T/4//U/9H/5v8VAFIA/////xQAQQAkACYA5f/n/93/6v+u/7z/HADV/9z/2/8bADIA4P/r/+n/x//h/9v/BAA4ACwA9f8gAMT/MgCq/zEAKwCH/xgAEQCd/9//RQDl/x0APgAlAOL/5/8eANL/DgDH/8n/+P/j/9T/HgAKACUA1v/y/xsA2v8NAE8AJgAbACAA6P8LABkAJQAiALr/IgBYAOr/KwAsANT//f/n/8D/EADH/8D/MwAiAOD/4v9FADAAJADn/93/zQACAMP/6f9JABQAGwAkAKj/FAAmANb/HgA//x4A6/8iABQAr//A/8X/ov+R/ycAJAAVAK7/3//s/x0AFgDm/9D/KwDo/5v/PgAbANr/5P84ADwA1f8tAD0ASwAdAOv/JQA3AE0AKADr/yAAYQA4ACIASgArAEMAPwBEACMA6P9JABQAFAAtABoAIgAZAEQACQDp/6P/GwC//63/n/+z/9z/FgB+/xsAzf8qAOz/HAAjALT/AQBJANj/GQBAABUAMwCs/9H/NAAgAMz/GADa/zcAFwApACUAJQAsABQANwCz/7T/1P/R/9//1P/X/8D/6P/n/+v/yf/U/+f/z//s/x8A5f+v/9z/3f/r/+X/HgDZ/+P/KQDx/9X/uv/0/9n/PQDY/+b/6P83AOj/3v9GABQAxv/p/xQALgA6ANP/6f/p/8z/GgDs/9L/IwA5ACgAHgAVAEYAGQAlACUA7f8iALv/PQDJ/9r/3v+n////4//k/+P/wP/t////FQDr/97/JAAVAB8ALQA1ALT/s/8UAO//LwCu//j/VQAbALT/DAAUABQAyf/l/wIA4//G/9H/LgAOACkAv/8SAOT/9P/r/8b/zv/P//j+t/+n/wMAFgAzABUANQASAAEAtv8EAMH/v/+7/9v/rf90ACwA3v9BAOH/xf8GAM3/2v/h/7r/2f95AHr/N/+t/8z/JADr/63/FADW/8D/FADc/+f/wf/Y/8X/GwA7AOD/GwAwANz/tv/g/z0APQAVACsAIABMAK7/xv9QAGsA6v88AOb/SAC9/+v/JADC/xsAGwAbABsAzP/E/8H/t//m/73/1//q//D/IgAvACIABwDS/7f/5P8ZACcABACt/yQAOQAqANT/Vf/q/9f/z/9nADcAGAAiAOv/GAC1/+v/LwDr/+v/y//j/9//zP/c/xcA6//o/9X/z//f/7H/1/+G/9//0f9RAK7/EAAPALj/IwDF/0sA2f/S/xkA0v8cALf/GQC+/x8AJgAXADcAFgDk/ywA5v9FACgATgAdAN3/CwALABsA0P/Y/+H/r//D/+b/0P/X/83/2f+W/6z/AgDj/4X/5f+M/9L/2v+2/5b/1v8K/zwASgDc/8n/xf/p/8H/2P8NAOj/0P/U/y0A3v/f/yMA3/8sABEAy//q/6P/y//Z/9X/wf/Y/zYA2P+g/+X/MwArADUAMwAOAEYA//8WANb/pf8+AA4AZwAaAOH/5f8LADUAKwA9ACsATQA9ALz/z/8sACYA3//B/y4A3P87AG4AUgAtAEYA6v/r/6n/p/8UACMAFgDj/4z/zP/s/8z/GAAlAL3/nP+9/zoAr//k/xEA4/8dAM3/1v8pAMz/0P+4/8H/0P+w/8z/jf/H/+T/uv8dANX/GgCn/83/tP8bAL7/CAApAOz/iP/e/yQA1v+5/+T/zP/D/zMAvv9p/7T/6P/o/x4A4v+7/9j/t/+6/8z/8/8YAOb/4v/m/+P/FgAVAGv/0f/Y/7T/2v85ANP/GgAlAOP/wP/e/+j/Uv/Z/8P/IwAAACIAAgDL/wcARADg/83/mf+a/zIA5v8GALL/yP/s/97/y//C/+D/2/+2/xgAFQCg/9j/9v/R/7H/zv/F/9//wv/Z/yUA0//X/7r/6/+0/zAAJQD9/93/1v+0/7r/sP+h/2D/KABhAN3/3f+w/6X/sv8dAND/KgBEAM7/zf/v/xkAFwAXABcAFAAOAK7/LgCu/9H/HwCr/yAAOQDg/+n/6f8mABwA3P/I/yAA/P8eAOD/IQDg/wYAJgAbAN////8WACUAEgC3/0QAq/80ABkAIgDi/xgAQQAVAAkA4f+x/x8AKADs/04A3P/d/yQA6P83AFAAGAA2ACYAzf/H/+L/y/8XAOP/xP/l/w0AGgBAABkAuf+9/y0AKADl/8f/sf+//+b/3f85AKH/2P8kACgAJgA8ABgAGAAoAJz/vv8jAMv/CQDf/9v/CgD5/9D/JADq/63/5/8wABYA3f/g/93/HwDa/xQAFQDP/7j/KgDk/yMAb//j/x0A4//T/+P/wP+2/9v/4v/k/+P/u////87/4P8aAOL/7P/J/7v/GgAUANH/FQAiAOT/GwDZ/9r/HAAmAPP/MACY//n/FAD8/x0AIwAaAOz/5f/F/xUA0//Y/9j/JgAXADwAFwATABcAtv+3/ywA0P/S/xoA4//q/x4AGgDd/77/0P/c//D/HQAuAOP/GwC9/83/JwC9/9//0//o/4r/xv/X/9//tf8ZAD8A0P/D//v/IAA0ANr/wP/d/+L/pP8rAKv/wv8pAAMA5P8zAN3/pf8VANX/pv8mAMf/4v/Y/83/FwAfAN7/6v/U/87/r//s/7z/9f+4/9v/PQDE/+H/1P/M/ysAJwD8/yMAs/8QAC4AJgD+/9r/6v/L/+n/8/8PAPX/EwDT/wsAyf+m/wkAAgDW/7r/5f/N/xkA2v8VABgA//8IAAMAZQAhAB8A3P/6/7P/EQBYANb/HQAdAC4Awf8MAPz/qgAbANH/MgAaAEYAVQAqAEAAIwCq/0EAvP8aAB4AHgAJAFYAn//V/87/TwAWAMT/u/8jANH/JAAYADMA0/9r/xQA2v+r/+b/LQAeAK3/FADT/9b/y/8bACcAw/+5/yIAtf8xAOX/8//m/yIAOAAmABQAOQDh/yIA9f8lAN7/PgC7/9L/x//A/8D/0P8bADYAtv++/9H/3P8ZAND/GADE/xwA7v/B/xcAvP/C/8D/zP+x/63/wP/G/9L/KQDr/+T/wP/J/6L/3f/r/7P/5P/f/zMALAA8ANP/DgAOAO3/HgDJ/zAAMAAtAJX/GwA+AM//z/+s/+T/TgDZ/7f/wf+u/4b/sv+w/1UAuP8eACkAGwDP/9v/GADP/xUA4v/7/9j/vv/J/9f/y/+t/47/pv/Q/+X/0v+//+3/4P/p/8X/qv/m/+z/3f+U/yIA6//L/9f/LAAmAN//6//j/9D/6f/B/+n/zv8XAN7/5v8jAB8A7P/W/zEAMQBKAN3/CgAnALb/2P8hAOT/DgAUABgAGQCg/xsA3P/S/8f/3v8YAOv/FQAaADIA6v/e/yAAFADa/zcAwP/N/zIA3v/r/9P/m//F/8n/IgDP/87/3v8VAOP/yv8zAML/JQBKACcA2v8eAN3/o/+R/xcAg//W/+b/1P/a/8D/v/+q/yAAgv/E/xgAFwC4/xQADADi/+H/8f/W/yMAvf/k/5v/LAATABoA1P/U/xYA//8aALb/GgDT/9b/IgDb/zkAu/9PAOT/FQDF/xcA5v/T/xsAMAAuALr/2//I/zEA6v/r/4z/1f/o/yMA4v85AND/HgC6/7T/FQAWABcAt/8UAPD/2v+2/xgA1P8UANr/KAAhACMAMwC0/8//5v8UACEA7P/a/+f/HgDb/ywAEQAUANr/rP/a/+T/u//U/yMAvf8hAM7/wP+6/xUAGQC7/87/wf/W/9v/+/8iAOr/4//9/xQAIwDf/7T/4f8mALz/1v/q/8z/0f/Z/+z/y//f/8j/5//R/7v/FQDi/wQAKgDX////9v/h/7j/rf/b/+v/yv/A/57/5f/P/9n/PP/a//b/tv/f/+T/t//c/xUAov/s/xAAHwC7/xEAzP8aAAIA1f/J/0YAJgBHADcAGAAOAO//sv+1/7L/w//8/0YAu/8vAOH/5P8UACEAHQAXAJD/RgCI/zIAyf8UAPf/3v+m/4L/FADj/x8A1/+SAIP/CQA9AOT/BwAFALD/xP/S//7/FACt/7r/h//W/w0A/f8iAOT/7P9XAEQADgAFAOP/IADP/+b/0/+r/7L/FwD1/7z/QQDJ/4//9f87ACEAzP8pAFoAXP/J/8T/JgDQ/9P/2/+K/4b/fv8YALL/KQAEADUA4P+z/7D/KAA6ABgANQDA/+f/4f++/yYAGQDk////GQArAOb/JgDb/47/KADe/yAAIADs/6P/7P/g/1UA/v/k/8z/vP89ACcA1P9MABkAxv8hADoA2P/X/+r/IADd/53/0f/R/zgA0P8IAN7/uf9v/0YA3//f/0oAFwA3AB0Avf8aAFEALgC+/ywA///V/yUA3f/n/8D/0f/p/8f/MwDr/w8A8f/W/x4ANAC9/zIANQAoABoApP/s/3IA6P8KANT/QADL/7v/KgBDAKr/6//j/yMAFADT/+b/ov/f/9n/y//J/6L/6//P/9z/5v/f/+X/JQAjACQAHQC0/9v/IAAzACYA1P/U/77/3f83AK//5P/U/7j/MgAXABgAFQDq/5H/x//S/7T/tf/n/93/zf+W/87/yf+4/7v/t/+0/yUAKgCY/97/1v/m/9L/zv96/8//zv/k/7v/2v/T/zQAFADl/8z/1v+u/1EA5P8UABgAJACj/+L/3P8cACwAyv8jAIP/GAAdACEA1P/Y/5v/JwAxADsAxv/D/x0Asv8cAMX/IgAmABwASwAZAD4A0f/S/ygAJwAIANj/GAAbALv/q/+w/9//yf/d/8n/zP84ACYAJgAWALv/IwDm/+P/IwDX/9j/nP/c/xYAf/+c/9X/q//k/9X/6/85ANf/wv/T/+v/6//o/+j/1//m/6f/2f/W/9H/OADj/7z/nv/X/zkAJgApAAoADwAUAKv/FADo/+r/6v/Z/6j/GgDO/1AAl/+m/xUANAACAEAApP/L/6b/8f9AADAAsP/s/9b/AAAsAMH/GAAnAMn/2f88ABUA6f98AM3/5P+5/8T/6/8pACcA6v89AOT/v/9IANb/xv9EAMn/kf+t/7z/0//T/ysA0/+s/2n/SAAgAOH/4f/T/wkAzv/V/67/mf8PAKT/q//T/9n/HADD/9f/yP/B/8z/2//q////of/M/9v/t//Y/+n/zv9Z/8L/2P9ZAEj/+P+n/wcAwv/N/xoAMADE/yMA0f/H/9X/nf8VAG3/qf/e/xgA0v/S/6z/GgCj/6n/1f8wABYAkf/e/xkA2v9s/97/FADH/7b/MABP/yQAy/83ABQAFwBs/xEASwDL/zcA5v+0/yIAu/8UALL/1v8bANP/HQAVANb/nf8VAOn/IgDm/7n/6f8vAN//3//U/9v/wf/I/97/6f/m/8P/1P/D/+H/8P8fAIL/k/8hAIX/7/8YAMn/0v8bALz/HgAwALT/9v///08A+P/s/7D/5//k/8v/1f9AAPb/pP/0/xgA6/87ALT/JgD9/xUA1P/D/+H/wf8fACAAGwAvANr/aP8pAOn/yv/H/yEAFAAxABQAMgAWABwAIwDm/+n/3f/d/+X/u//m/67/JQAUAOH/4f/o/y4A6P/r/ywAGwAiAL7/xf/K/xkAPQAPAOX/5f/l/9P/mv/M/+f/w/8fAMj/FQAVACUA8f9E/xcAMgDY/97/q/83AOr/4v/c/93/6P+T/9X/6f/s/8H/6v/Z/9X/FQCq/9f/2P/k/+X/uv/f/+f/WwDv/9L/GwDS/9r/ev8gACAA6/8iAG7/w//e/8j/JgAvAAYAOgAOAKD/DgDI/+X/3f86ANr/BgDi/xEA9/9FADsA0P/e/+b/1f/b/ycA1P9CANr/5v/Q/2P/LADW/9z/FQDQ/xQAwP8kAL7/wP/l/yIAxf/a/xQA1P/N/+P/z/9CABQAPwDF/x0Az//M/y8ANABBAND/GgC8/57/hP/N/8H/5v+9/5T/PgDa/9b/qv/q/53/y//d/+j/1P+Q/+L/FQCv/9L/6f/D/5j/wf/X/9f/wf/E/9L/0/+8/93/JAApAOn/UwD5/xkA4P87AOn/6//p/9z/6v8fALn/IwDJ/0sA2/+7/7n/0v8XACQAdf/C/zcAFwDJ/+T/3v/J/53/xP/d/8P/pv8bAJ3/sv+D/7r/xf/l/0IAOQAxACYABwAVAL7/OQC1/z0AGwAfAIz/7P/S/yQAGQA5ADAAGQAwABoAKgAbAEUA2v/Q/9//GgAgAB8A1v/a/9T/BgDL/7j/uP8+AMD/3//8/8T/v//r/8n/KgC6/7z/AgAnAMn/5v/l/zkAAACl/8P/5v8sAP7/1v8hAEwAnP8hACMA2f8bAOD/QgDe/zgAWQC4/+r/YAAVACYAev/Y/7P/4f8oACAAyv8WALf/vv8WABkAm//e/x4AGQAoAFQAJQADACYAuf8gADcAIwA2ALX/zv8uACgACwAuALP//v/W/ysAUABbADcAGAAcANP/wv80AAcAFAArALL/0//k/9j/LQAZACgACwDs/zYAAAD//+D/5f85AN//dv8UAD8A5f+7/77/6f8rAFcAGgCq/00A2v8dAOL/9/8nAPv/MgAUAP//i/9NADMA0f/m/73/AgDl/73/xv8uADQANAAeAOz/FgANAL3/yf/e/5r/4v8qAG3/7//Y/9H/6/+N/3D/uf/K/+b/3P/p/4//2v9fANr/6f/D/9X/0f8fAM7/2v8VAEEAHwCz/6H/0v/W/93/KQDQ/z8A1f9bAMj/lf8UALn/6P/D/5L/ov/J/9D/z/8iAN3/6//G/8b/2P/V/+P/EADR/8T/y//9/8z/xP+6/6//5P/S/5b/vv/9/+v/zv/O/8j/PAAfANH/LgAUAMv/6f/m/zQAz/+z/93/u//V/9T/1f/d/+r/uf8TAOX/wP+y/43/zf8mAOH/FAAVADkA2/8YAD4AKQAVAN7/GAAUANX/FwDf/9//3/8HADQANADL/zgAQADC/+T/S//J/yQA6v/T/0cA2P/g/4X/FwDa/0wAGADG/8T/4v/S/zcA3f/h/zMAxf+u/9X/3P/a/wgA0P/c/9b/5P/Q/73/5P/l//j/OADd/8r/1f8sAAgAOgCg/0gAt//j/4D/3/++/6P/5P++/9n/+P8UACkAQQDF/5r/w//q/zsA6//o/xUAFAAFAC8AFAC0/1wAFQAqAK//OgAQAAYA4v8tAAUACgAeAB0A3P/l/+L/3f+4/1UA7P/o/9H/DQASANf/BABMANz/yv/M/3sAJQA8AMz/CwA6AH3/6f8GAPf/rv8bAKP/rv/8/zIAFgAcALz/6/8SAMf/GQDB/9r/HgCw/9D/z//M/5P/1f/M/+z/GgDZ/+j/xv+9/9D/6/+n/6//2v+5/9T/6//Q/9b/1v+9/+j/1/+U/8L/PgAOAAwA3P/P/77/5//H/9b/GgDq/9v/sf8ZABcAxf/B/+n/t/8XAMn/3P8wAML/3P/c/8P/2P9H/33/FgDY/yYAuP8ZAJj/Nf+X/5P/HgA+ANf/JQDb/83/vP/K/ycA4P/s/+z/LAAGAN3/y//k/xIAWADC/w4AFgCz/xQA1P/n/7z/6v8MADAAJAA9AL3/x/80ANT/3/+2/xYARQASAOT/5v/W/7P/0v+d/6z/FwDG/9b/oP+t/yUAGwDO/6D/MwCk/9X/+P/c/xUA4v/N/8//p/9eAAoA2P/i/63/lP+S/xoAsf/a//L/y/86ALX/NgAsAC0Agv/x/y4AOQBMACIAKwDu/+X/UAAlAJz/s//4//f/yf+v/x8A7f8YALv/v//U/2UAsP8DABoA0f+8/5D/xv/6//7/XQAZAJ7/2/8eAOD/PwD//+n/4/+i/7D/PgA7APv/xf8IAAcABAAz/8z/MQC3/+L/4f9o/7T/IwC9/xIAxv/R//v/CACc/7X/wf/H/wcAtv/E/xUAjf/l/9X/zf8AAOT/BAAJANj/IQATAEYA6/+7/xsAmP+G/73/uP+5////FAAUANj/QwAeACsA0P+8/zcAnP/e/8X/yf+r/77/+v9AACIANQAVAGcAxv/B/8f/tv/l/83/pf/V/xYAKQAUACEA1f+z/7v/5P/9/z4AHAAPAP//4P/O/xoA2/9MAC4AIgC//yoA5//A/9r/AwAEAOr/1//N/xQA7P9CAL//1f9AALP/GwA4AB0A5v/I/ycA3f8PACcAw//d/yUAHQC3/+n/OgAQAM3/y/8ZANn/5f+v/6X/vv8bAMX/IADq/yoAzf+u/x0AKgDS/93/2P8sAOz/4f/n/7//EgDf/ysAzf/A/xcAQAALAAcAFAA2ACIAuf8uANH/wP/P/zwAKQDk/+D/+/8AAMj/nP///0gA5//g/w8ADQACAJ3/7/6i/zUAa/8UAGIAHACo/6P/6v8JACcAOQDd/ykA5/8vANj/7v+3/9f/LQDt/9//IAA/ANL/2//j/+b/NAA0AOH/6/8rAOr/xP8KAEIA1//s/+j/GQCZ/zcAFQDr/9v/sf/+/zMA6P8WAEgA5f++/xQA0//m/xUADQDd/+3/2P83AN3/HwC//yEAFAAUABQAJQDB/y4AKgAUABQAtv/E/77/rf8mAMz/JgDa/1YAHgDM/8n/cQDQ/9P/4P+3/1oAFAC+/9//JAAuAMv/vP/K/+D/zP/W/7b/4/8tABQAIgAfADQAHwDr/x4A1v+R/9r/KAA3AKv/VQDl/xUALwD7/ycA0P8jAOH/KAAWACEALgDp/zQA5P8cABQAz/8aAO//GQDK/8j/1v+6/y0ACwDh/z0A6P8YAN//8v/v/wwAIQAVAC4A7v8lALH///86ALL/9P/e/xcAGAASAOr/4/9AAOf/NwANAOj/5f8VANv/6v/N/xYATAAQABUAAADE/zEAMwDJ/ywATAC2/+T/y//y/7D/zP+g/0sA4v89AAYAFQDe/9j/jf/9/zwA1f83AOT/MgAaACsA2v80ACgAxP/6/8v/6v/F/8T/xP/I/z0AsP86ADQA3f+v/xoAt/8gADsA3v8mALv/TACd/8H/1f/m/6j/vv8eAOj/t//J/+T/FgAZAOz/wP/Z/x8AoP+n/6H/0f/G/2//0v/k/9T/2P/V/9X/IwBUACcAQQDm/xsACgAeAKX/xv/p/9j/5f+//9P/2P/a/w4A5P8WANn/1P/l/8//wv/q/+H/9/8WACsA6//q/+n/FADV/zkA5P9+/yYA3v/k/yIA4P/g/yYA3v/q/+f/KgDq/97/2P/9/5r/5f8NAM//tv+u/+L/t/+u/8n/VQAZAET/IQDo/97/GQAYABIAEQDR/9T/FgAjABQASwAcAB0A0v8UAAEAtv8YABcAAgA/AOb/GgBS/+r/nf/9/xgA4P+M/+X/yf+5/xwAxP+K/z4ASQDN/93/mf+T//H/ov8yAPr/l/8BACQAGwDZ/7r/jP8mAPL/JgAjABYAFQDi/zQA6//q/xoAHgDs/+n/GgDs/6n/KQD6/9//z/8UAOP/3P8WAOH/4/8iAB0AJgC4/yIAuv8VAM3/NAC5/9L/vv9lAFsA9v+9/zIAJAB5/z0APAA5ADMANgAZACQALAAoACEAMgArACwA0//R/w8AOAAgABUAOgAmAB8AFgAdAEcAGwAvAD4AHwDf/xQAFABDAMz/HQAmAIH/FwDg/9n/0f/K/xQA1v/H/5T/pf8qAN7/YQA4ABoA0v8mANr////q/0UA0f8jACEALQDr/zAAJwBTAJH/VAA5AOP/1f/s/+z/4//X/yAA0v8XANH/LwCG/9z/0v/6/wsA5P+j/6n/qv/S/8L/4v+T//X/of8UAGT/sP9EAOv/GQCu/xQALAAkAOf/OQBUAMX/u//l/9v/yv/S/73/GQDY/8T/yv/Z/9T/IwAvAM//LgAnANv/HQDi/+n/GwC9/y8A1/8YAMT/z//L/+f/7P8sADMA6v8qAOr/s/8YABoADADJ/xkAcP8IALf/wf/Q/8X////A/yIAyP/R/xgAvv/a/yoAFADb/7L/7P8WABgAGADh/8v/GAA0AP7/2v/s/8P/GwAaAOv/IwDR/9n/xP/r/9L/jf/U/9r/FwDg/8v/0P/L////v//T/ykAKQCX/83/6f/d/8L/oP/d/+b/2v+9/2IA1//B/6v/xf/k/9P/u//h/wwA1/8pAPT/0v/D/yEAu/8VAK3/tv/M/+r/HQCy/3v/r//Y/4b/6//I/7r/z//d/wgAjv/X/9z/6v/i/+X/FQCg/zcAEADm/xcA3v/q/0kASgBDACYA0/8VAM//3P8SAEsAGwDa/+j/GADP/wAA5v/r/woAFAAqACYALAAmACYA2v/l/wsAFwDf/5v/3P/7/zwApf8zAOz/NQAlABQArf/c/3P/RQCz/yQAxf+t/5H/5f9ZAMD/LgAVAOn/6f/F/zQAOwAeANr/2v8uALX/1v/o/8v/3/+x/0kAKwASAPn/+P/Q/ycAtv/m/4f/1f/E/xcAyv80ANX/0f9KADQAWgA9ABoAJQA+AM7/FgBJAEkA4v8UAAgArf/g/9r/3f9HAA4ATABLACkADgApAGkAJgAyAD8AtP+t/+b/MwAUAOj/x//6/+P/TAAUAB4AtP+3/yIAvv+v/xQA4P/O/7r/6/8MACMA2v/k/x8AvP8u/zoA3P/V/6b/NACv/9//3v/s/+v/LAAeABQA0f+B/9//CwDS/zwA0f+n/yIADgBE/+n/4//Q/zMAGgA8AP3/FwA0ACoAMwD6/yMA0f/S/7n/3P/a/9z/4v8bAC4AGwD3/57/pf/J/wIA0f9FAC0Axv/U/8j/vP/A/zkAJAAgALH/UADD/9j/KQDf/ykA6v8dAFQA1v/d/+v/5v/F/xsAxP8aAMn/5v8TAN3/FQDk/xQAOQAqANL/8P8iADMA4P/q/yoAFAA0ALn/0/9PANH/wf8dAOT/SgDa/xsAFgBWACAAAgCx/+H/2v+n/5v/EAAfAB8Awv9TALr/6v8qAOv/6v/j/+X/LACb/+T/wv/d/0UAov9GAOX/5f/F/wYA2//E/xkA9f84ABQAIwAsAJL/KwDG/8j/+v/I//L/PgCd/+r/uf/Z/xcAzP+//w8A1//G/y0A6v/a/77/2f/R/+T/7P/m/+b/vv8KACkAOQDe/0sAtf/f/+v/IgDl/xsA6v/a/9j/6v/S/9T/5P/S/w8AvP/W/8H/2f+r/7f/zP/X/9L/6/+p//v/1f/a/9H/uv+s/73/yf/P/9f/yv/M/7//zv8jANT/yP+x/+v/yv++/xMA2//n/+P/vf+t/xQA6f/d/8//if/X/+b/uv8jANf/4P/K/7P/xP+6/8z/0f/x/+n/1//U/+r/5f/t/8P/HgDP/+j/5v/l/wIAyv/j/8H/t//i/63/7P+8/xAAyf/s/4P/nv/p/4P/yP8kAEEA3v+o/0UAv/+l/7z/5f///8j/BQC9/+H/wv/I/+T/6f/d/xQAyf86AAgAcQDO/+f/2P+9/+v/2//P/x4AFQAdAMj/GQDC/7n/UADe/7T/EQAlAKX/WQAxAA0A5//m/+P/w/+E/xsAFwCo/8P/0//l/+b/6/84ABIA4/+2/wIA3v8hAFIA6P/b/9D/0f8UAPT/HgDV/x4A5//Z/9v/8v+o/ykARv98AMT/PAAeAOv/2f8YACEATf+Q/77/l/8rADQA5v83ANr/FgB4/+T/xP/7/+f/+/83AOn/rv/i/wcA1/8fABUAKwDq/8b/FAAvACYA8P8ZAOX/JADe/wMAxv/g/73/1f/k/x0A7/8KAAQAGwC5/+D/tf/X/+f/6v/R/8n/MACr//P/EwBB/6z/sf9aAOD/+P+f/6r/dv8RAIf/2f+//9P/0/9LAK//GACl/yYAiwC6/3H/df+H/3X/s/9D/4z/Jf9QAOT/0v8pADIAHgDh/9X/SACS/5X/0//R/xEAx/8lAKD/EAADAOz/Yf+0/+T/wP88AEMAiP9rAKX/HwAgABwATf9E/5f/xv+6/8b/4/9J/6f/OQDS/5D/mP9g/zEAyP+v/ykA4f8E/6b/BgBRAO7+av+J/9X/qv+0/4j/uv83AHP/tP9MADIAXv8aACgARgDH/6v/AQBFAIv/uf8bAEP/xP+K/yEAx//D/5T/BAB9/6n/w/9RAP3/PQC//9H/lP8yAK7/p/+u/8v/wf9L/0wAMgDA/+j/DwANAL7/JAD6/1cACABJ/9f/+v+e/6D/FQBBAM3/wv+u/5f/m/+o/9X/RwBi/+H/MADA/6b/QwBDAD0ADgCd/9f/w/92/ycALwA5ALv/zf+9/6P/BQAWAFwAuf82AAIAOgCE/5j/BQAiADQAIf9c/+L/5f/l/8j/ev8mALP/vf/A/yIA0v/V/y8Au/+e/7//8f/Q/0X/HADC/vX/MQDV/67/Zv95APX/VP95//r/zf/O/w0ApP9v/6v/df/B/1UA0f+u/93/BgC7/2T/rP8bAEj/t//R/3kAsf9v/+X/LAA0AIv/u/+Q/2P/mf9o/5j/7/+8/+D/1P/K/+v/t/97/5v/MgBW/43/6P+e/8j/2/8iAG4Aaf+k/+z/e//m/4//ff8VACQA4P+H/7H/Cv/A/83/vv+v/6r/Yf8lABUAKQC1//D/kf/1/8f/PQDI/xwA1f+t/6v/q/+X/zgAof+7/8X/p//B/83/xv8yANf/r/+c/7r/DwDp/z//nf8uAOj/NgBDABEALACi/7P/qv+c/18AUgDc//n/bP/J/63/sf/5/13/JAALAI//DwDB/3X/n//I/7T/zf8ZAFoANP8XAMP/HwBv/8D/HADK/ysAh//m/4b/Z//l/9L/t/8mALH/wP+4/9D/o/+E/8z/rf+V/6j/GQAK/zIAk/+V/5D/jv9Q/8b/s//5/5z/JgDF/3L/BAC3/87/n/8aAK7/uP/a/5n/3//k/7z/qf94/5b/kv+j/w8ARADd/zUAnP+3/zz/x/+v/4f//v/a/8T/5//E/7L/nf/7/8T/MACF/wAA///C/4v/KQAuAHT/IwDb/mz/LP/j/7//3f/I/67/pv8GAAMAu/+j/3r/bv/D/9H/vv+//3z/JwC7/1f/aP90/4L/cv+b/zf/o//F//D/mP+A/7//JwCc/yEAGwCF/wwAyf97/xUAs/+d/1//xP+c/13/gP9R/4r/3/+s/5r/mP8BANH/wv+5/8n/OABJ/73/vv/U/5r/DgD1/4D/vv+a/xgA+f8yALz/RgDM/wYAxf/U/1gAr/8LAM7/EgCi/9b/IgDM/7n/t/+k/0IABADt//P/LgC3/xQAyP8DAK3/sv8XAKH/sP8x/z0AkP+w/zQArP+w/xcA9/+C/3b/rf+v/+j///+V/4D/jf5SAPb/mf/6/y8AOwAiAPf/wf8tAEsA3f+V/7j/5/+z//v/1f+V/5H/3/8dAN7/RwDN/+n+Yf+M/xkA+/83AEcASQAdAKb/t//c/1kAhP+t/9H/IgCc/7f/sf/N/6L/UwBG/nD/yP+x/+7/FABxAJz/+/+o/zIACACg/xQAEgC4/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC8/xQAwf97/47/+P/XAKgADAAsAK3/3/9i/6//rv/+/04AhP5OAJwArv96ABUAd//r/6z/FwB7/xMA+//7/+D/2P/W/+H/6f8fAOj/NQDN/9v/IgC6////IgDg/+T/2v8PAGcA7f/P/ysA7/8nANT/2/8MAOf/u//m/yUAIwDH/9T/0f/2/xUAwv+5/1gAn/+S/7r/FgAVADAA+v+m/6z/AgCv/4H/RQC//xUAEwDa/4r/PgBKAOr/tP9jACkA4/8AAPj/4f/s/+n/7P/r/xoAJQDS/9H/rP/k/+j/6v+K/xEA4P/k/8v/IAC5/97/4/9x/zcAsv+//7H/+P8qABQAsv/o/97/GgANAN7/2v8JAP//DQDT//b/uv+9/xYAzf/r/yIAFAD2/zEA3v/R/8b/AAAIAGEADADw/7z/AwC9/0wATgAwAEsADQCV/xgADgD+/zUAFACy/+L/MQDY/+n/CgCh//T/PwDZ/xIAmv/L/6z/KgAkACsALwAaAKr/oP81ACgANADT/w4A0//m/8z/1f/D/wMAYv8MAK//1f86AKP/4P8vACIADgAZADX/vv8TAKr/zP/r/87/5f/M/xQAIAAyAJ3/BgCt/+n/EQDl/9j/1P8FACEA4f8bANj/uv8VAMz/6P/k/+D/4/+u/8f/9P/P/7T/WAAFABcA+f/O/9D/z//I/7L/HwDW/yQAqf8rAGYA2/8+ACsAsP/9/+z/QADV/6H/5P8WAOD/5P/f/7T/HgAWAGkA3P9DAPn/IwDu/ysASAAgALL/4v8ZADcARQDo/xoAmwAtAOf/tf/a/xgA7P+6/9//7P/m/zcAFgDq/7n/pf+w/7L/FgDp/8//y//9/8T/DAAZADIAqP/I/97/SQBAAOb/yf/l/2P/PgDo/yAALwDK/wEAAgDY//D/u/8SANn/3//F/+b/BQCQ/+j/rf8SAEsA2P+a/xcAEgAhAPr/x//9/8n/GgAVAMj/IADY/9j/sv9MABgA4f/l/+H/ov/b/+j/TgDI/wsAjf/I/7T/pP/X/+n/yf++/9//0P8NACAA1v/p/zQAWwDA/zwAeQA0AOv/GwDz/yAAe/8zAC4AyP8QAJL////b/9X/6/8lAOD/GgCf/4X/GQDA/1QA8f8gABkA2P+q/zoAHQDI/+L/3P+z/0MAzv/a/+v/0//j/ykAKwCk/+z/4/8RAMn/HADu/+H/9v8kAA4A8P/p/8f/rv/l/93/JADH/6v/UQDB/8v/4P/R/w4A0v+L//f/1/+9/w8ANADo/+j/2f+h/9j/EgD//6b/FwCr/+b/JwAoANf/i/86APT/sf87AIz/t/+Q/9b/1v8cANT/DgD6//P/r/8kAFQALAAdAC0ACwC8/6L/AAAeABcACAAjAE8A+v8xAK3/hv+L/7f/GAD6/+r/LAAsAPb/1P/Q/+f/1/8LADIACgBVAJz/pP8hAN7/2P/g/9f/HQDJ/+r/JgDz/zoA2/8qABUACQCy//v/mf+U/+j/CgDd/zoAGQD+/xcA1f+//7f/IgAFABoAxf/Y/8n/wP8jAAMAsv/i/6b/4P/I/20A4//d/7r/IwAsAA0AIgApAMb/lf9w/9j/MQBAAPn/7v/o/7D/t//h/08Acf8aAP3/y//r/9L/w//p/7j/3v89ANb/7P8RADQAGQDv/+L/DgCR/97/l/8wABkAGADp/xkATgAaAJj/zf+s/9f/TACx/7L/5P/f/9f/IAAFAPD/VQD6/6v/2v/m/x0A3/9t/+X/EQAbAPj/JwDP/+//IAD//wcAJgCj/+r/wf+Z/7D/6/+U/xoAuv/8/+v/GwDE/93/6v8HAAYA2P8hAMf/4f/l/+H/5f8bAPD/KADB/8z/AQCp/6L/z/+o/9X/xP/0/xMAlP8bAAUAmP/K/7v/k//3/+T/AQDW/0oA4v/Y/8b/7f+9/9L/TABDABwA1//K/7z/3//W/8P/pf/B/7X/KADO/7X/7P+5/+v/DQDx/7v/1/8WABYAhf80AKj/MgAIADQAGgADACUAz/8fALr/CQDr/8P/HQD+/x0Azf8rALH/6f8cAOr/IQCu/87/wP/I/87/UACj/xgAKQAVAKf/qf+1/9j/DADg/5f/5//r/8n/y//B/9T/5//P/zcA1f8eADEArv8PAPb/ZAA3APv/KQDd/3z/rv/4/+b/4v+W/xcAuf8BAFwA5f+s/4f/6f9DAP7/uP/a/7D/VQDj//j/xP/Q/+v/8v/n/8L/AwBQAKn/LwANANX/FwD7/77/uP/Z/9X/t//w/xEAyP8HADD/z//r/+f/KAAUAPH/HQCm/5z/JADb//r/AQAqAN//BwAEAAgAoP+w/yEAKgAAABAAFwD0/0EAIgAbAEoAJgDl/8v/IwAoAEgA4f///+L/1v+8//n/9P8DADIAEQAwAMz/4P/a/97/4v////r/LQCl/yIA2/+F/+f/1f+3/4//wf8+AAsA6f/P/8L/v//R/10AAgAhANr/FACy/0oAxf/Y/8D/6v/H/+b/MQDQ/4r/6f/B/4//BABNABUAJwAAADMAPwBkADoA2P+3/7f/GAA7APn/YgDC/9v/2f+Y/9z/AwCz/6r/JADV/zAArf8gACMAqf/o/5H/tv/s/7j/2P/p/7T/EwBXAPX/kQBBANn/4v+S/7H/u/+q/8H/x//K/9v/ZADM/y8A2v/a//b/1f/x/zwA5//g/+T/QwBGAN//3v8AAFQA1/8qAL3/MADH/9r/GgALAM7/dv/t/yYA8P8OAEUAkP+c/+T/8f+f/+z/7P+r/ywAXgC5/8v/2v8nAOj/LQDh//T/qADI/+T/3P8/APb/z////9n/5v/l/9f/AwDR/xgATADO/+T/AgDU/xQANADJ/8n/tP+s/9X/w//E/53/+/8xABEAGgAcAMv/z/+5/7z/ov/A/zoAKwCW/zYAvP96/8P/IgDP/0sAzv/c/9v/yf+3/8D/CgAuACUAGQADACIA0v/P/93/j/88ACMA1f/6/9D/0f8hAOv/DwDl/8//9//T/xIAOgDR/xcAuP9RADUAFgAwADMAHwDj/zkAAwBqANX/FADk/w0A0v/t/0cAQgCH/xsA2v/t/2//tf/e/6f/5v8QALP/qf8GABUAzv96/8n/2//L/7r/rf+//yIAKwAUAFUAwP8lABQAqf/w/87/SgANAPP/SwC2/1MADgAVALf/Zv/b/wUAGQBjABQAv/8dAPH/nP8cACIA1f/h/9D/6f/S//j/IgDk/zkAAgAyABYAqP9i/xgAzv8DACsAPQAEAAUA8v8LAMP/EAAyAPL/KQDF/+3/tf/Z/wkAsv8GANv/HwDm/zoA/v8mAOX/6//S/wgAFQAIAMz/0f8EAC0Azv/V/9r/2P/f/+L/GQCu/0AA2/8fALn///+8/8f/BgCP/xwA6P9SAPz/s//o/9n/yf8hAAoADAAdAD8AMwD//6n/3f9GAC4A3v8iAJn/o/9tAL3/3v+g//H/EACl/xAA3f82APP/3f9C/7T/t//Q/+r/3P8MAOH/4/9ZAAIALAABALX/5f8YAOr/PQDf/y8AQQAUABsA9v+s/9H/9//R/xcA/f/b/6X/KAAmACMATQDZ/6P/2P9PANr/PADX/0cALADB/93/7P+o/zQA0//A/1j/GwD//73/zv8SAA0As//f/7r/HQDL/wYAEQDF/5r/p/8jAMT/BwAiAAYAZf/P/+n/x//k/4r/KgA9ADcAJgAZACoA1P8VADUAJgDn/+z/9P8aANj/4f8CAJH/l/8YAPn/oP+x/33/RQDi/wAAHQAgAC4Avv83ANz/MgDn/73/yP+7//n/NAC5/xkA4v8tABIA1P94/+v/3/8jAMH/vv8CADAAyP/D/63/wv8CABsAm/9AANv/AgAqANr/GgCf/ysA6//8/8f/2f/h/x4A2f8sALb/qf9LANf/IAACAOf/i//Y/wMA7P8pABUAt/+7/7L/9v/T/5L/z//t/+r/r/8XALL/qP/m/wAAzf+K/9P/6f+b/7v/2v8ZABUAsf8AADEACQDe/xQAKAAYADoAtP/C//r/AwDx/0gAlf/b/xgANADv/+v/rv8aAD4AegAGACgAqgDm/+f/SADJ/wIABwDb/5L/4f8GAHv/EgAjAPT/sv8jAMf/vf8GABgAEAAJAB0ArP/U/z8AHQCU/xcAFADC/7//jP8BAP7/EgCy/8n/GgAVAML/BgA+ANz/vf/j/+L/LgDV/7D/8v/r/w0AAACv/xAAzP+u/8P/wP8rABcAYf8EAPv/FgAVALb/0/9AAIcAHQApAP7/HwDb/73/SQDa/y8A9f8JAM7/IgDp/23/1v/2/+X/pf8MANj/JwDU/wwA7/8aAAUAvP/5/73/yP8cALv/DQCz//L/+v+p/8j/0v/5/wkASADm/+b/CwAxANr/xP/y/6X/y//H//P/EwDg/5D/ov/F/9H/MQDl/0wADwATABcA6v+1/8H/MAD+/y8A1////7b/5f/X/+T/1f/k/9z/4//e/+v/6//S/+v/5f///5P/0f+T/9X/xf/i/xgA8P9CAMv/7f/U/+P/vP/l/wgABADo/9X/GQBNADwAQQAOAN//3//Y/+r/qv+8/xQA3v+s/6H/2P/b/xsAMgAkAA4AxP/U/8T/EgBIAIf/MQDm/wAAwP/h/y4A8P8bAOr/MADo/ysAAACl//7/PwDU/97/OgD+/8L/2v8hAAUAjv/H/43/JgD8/7f/ngD5/97/wv8oANn/6/9qAN//p//A/8P/x/8sABQACgDd/9T/7P8aALz/FgDm/9D/TQDo/xEA2v/D/+T/HgA8ALr/hQASABEAFAAhAOn/4/8YAL//1/8BALX/j/++/xcAzf/r//X/3v8zAOD/BgATAPv/f//e/xoA///Y/+b/KwDo/9z/0f8BALr/7v/S/93/0f84ADsAJQAlAKv/AAAaANP/rv/a/97/6f+X/6//4/9p//b/Rv98AMf/2f9QABsAFgDf/yAA5//c/7z/PQD5/7//FQArACAAIwAMAOf/x//E/zIAJAA8AB8AGwAbABsAGwCZ/73/1//j/zIAEwDN/7T/z/9vAM//z//P/6j/EgDw/6L/y/9LAMD/6f/S/97/+P8kAN7/MgC+/9X/wf/B/0YAoP9UAK//OgB+/wUAff8QAJr/KQCq/+X/p//Y/+j/HQBj/8L/8v/N/+L/EwAxAAQA2P+z/93/KgDa/7n/BgDR/7L/1v+3/9L/OwDP/xYAzv/N/9j/GQAXABcAFwAUAC0AJQA3ABQANQDa//n/y//j/7T/HgDc/+D/0P/7/+j/FgD//zUA1//g/6j/LgDd/8r/BwBv//X/1//7/8b/wf+k/xcA5//g/wsALwAnAMb/EgC9/7r/kP/i/wIAGQAYAOz/JgDZ////4//K/yIAAQAWALL/9//N/8b/t/8DANb/wP/O/2wAuf/n/6H/5v8nAEwAHgAaANv/6f8nAJT/9v/z/8X/IgC+/zgABgCo/9H/tv9MAF0Aw/8lABcAyv/A/7z/pv8HAMr/3P8ZAND/GADd/9j/mf+q/5P/rv/M/6X/8//j//b/JQCt/7X/ov8CAM3/5v8YACwA9f+y/53/6v8OACgA4v/m/+L/yf/3/y0Alf8+AM//z/+y/+r/BQC6/7f/mv/D/zgAEwCh/9L/DADT//v/iP8b/xUA6f/j//7/AwAVAN7/2/8sANz/4/8mAOP/v/8xADEASgCV/93/1f/z/xsA3P+k/yMADADr/z4A+f8uACoAo/+n////2v84AMD/GgDb/+//9v92/7//FwCt/ywAv//j/zAABADk/xYAJgCo/wgAjP8eAN3/rv/t/8z/5v+0/7P/qv8gAFEAEAAeAIb/1f/1/w8A8f+x/9b/IwC1/+T/GQAzAOj/CgCs/9j/+//s/3L/GwAwAN7/qf/K/04ADgAUANv/FQC+/+f/6/8HAAQAz/8JACEA6P/s/6X/qv/H/xUAwv8SABQAk//e/5r/5v8DAMD/v/+v/zwA7P+y/7j/CgAxABoA4/8JAOr/4//w/9//sv/n/53/DgC2/7X/JQD1/+L/3f8aAP//xv+0/+n/2v///9//5P+2/7f/DwDl/x8Au/8RANT/zP/w/+//yf+7/0YANwA3APb/BgAIABwAov+Y/9b/wP/9/wkAWwDG/6//JQDL/yMA4f81AM7/OgCj/xgACgAZAOH/+f8rABQA4//s//L/5f/+/xsA5P/M/+T/2f8oAMf/AwCCABoAGQDR/zEA6v8ZANz/6//R/9H/5P84ALj/q/8aAOv/1/8nAN//SQAFAKD/GgBxACQA/P8lAAMA5/+s/+f/kf///63/5v8yAMz/TAAoAA0Atv8jABQACQDV/zAA2P+h/+X/GQAXACUA0f8aAOb/zP/V/wUA4P/E/7f/2/8qAN3/5v/J/8T///8gADoA+P/i/yYA8f81AM3/xv/6/wgARAAiAEQAJADd/xQAgf8FABsAzP8KALX/mP/G/6H//f+S/6v/5P/a/+H/s//9/ycA4v/h/9v/zv8QAIv/pv8VAOj/wf8MAOP/EAA5APj/LgCV/+z/1v8AABYALwCq/4v/xP+1/5z/7P8jAAAAFwAnAPn/LQDJ/yIACQDT/xAAIwDP/+P/AwD2/2gAy//u/+X/FQD2/9T/FgDB/6T/uf/F/+H/DQAUADIAFgAcACMA5v+2/+b/5v+m/5H/JwArAOH/AQDo/8//LgAtALz/rv/Q/8D/NwDw//z/GAD+/4L/GQCu/9//5f/k/+H/GgC2/73/FADl/9L/FQAVACwA8f/Q/w0AqP/Z/z//qv8MALP/HgDg/zsAbv/D/9H/1f/q/+X////l/xEA6v8KAMH/RP9DALv/GQAPAL7/6v+7/xgAHADQ/9//OgA2AAsAof/X/9T/hP/q/4P/7P/c/zcA/P8nAAUA8v/r/zsA7v8lAA8AeP8uAMn/5P/T/97/yf/U/xEAuv8PAOX/agAbAPr/JAAZADkA/v9XAL3//v8wABoAwP8qAO//3P/Q/9//AQAjACAA4f+z/8L/uP8+AKT/rP/n/67/s/8qALn/sv/l/ycACgC8/7r/0v8oAM7//v/C/yEASACc//f/EAATAK//FAD1/7z/EgDe/xgADQBMAAwAMgD3//3/1f9WAEIARACU//f/o/8FAFD/+v9YAO7/t/8bACIAHACo/xcAEACm/xQAFQDY/7D/g/8qAOj/0f+e/87/xv8VAEEA4v+q/+X/0f9i/43/x/8iALL/KAD0/xoAsf/w/6L/BwCk/+3/sv8NACcAqf+p/8P/CQC1/8n/p/8CAML/5f/a/+n/sv/C/7H/PwBN/87/GgAjAMj/WwAGAK3/KQAkAND/1f/L/wkA2v/V/wwAy/8IACQAxf9s/0IA6v+9/6j/LwCH/4//3f9RAP7/GAAtAND////V/8f/6v/c/wkAx//5/+r/lv+f//j/LACw/xUA6P9OAOH/gP/N/yUAHQC5/+v/lf/D/wQAsf+u/zkA0P/P/8z/k//V/8z/7P8aANn/6P/G/73/0P/r/6f/r/+f/0IA6P+v/4X/qv/z/yMAwP+m/9b/OAD0/+X/2/+q/8D/NwDs/+z/IABKABQAwv+5/+T/x/9YAP3/HwDX/9T/AgC8/4v/DACs/zgA6P8hACIADAAvAFoAkv86ACIAx/+9/9n///8QAMb/EgBiANH/+//F/wcAnP+e/8f/BwC2/9j/xP8HABUAvP/l/9X/zf/q/8v/MADh/wQACQDY/xwAAgBGALX/uf8VANb/3/8pAAUAkf9NAJL/5P/9/0cAYAD//x4ADQDm////5/+X/wAA4/+t/8b/1v8BANP/JAD2/9T/Z/87AKn/qv8UAJj/9/9xALv/SwDC/7z/6/+p/+D/rP/W/5P/GQCy/ygACAA9ALD/oP/I/7//1P/E/yoA/v8MAKj/mP+y//H/s//a/zcA4P+z/+v/9//A/0AA2v+T/5j/vP+j/4gAyP/i/xsAIwCw/5f/2P8QALP/DgC6/+b/qP/h/xYAAwArAOD/GADZ/+T/LADO/+L/IAAUAKH/wf/J/00AGQBb/+v/IQAfAOb/GQAtABIAy/8tACkA+v/e/8v/zf/8/wMAFgAzABUAFgA1AM7/zv/c/xYA4P/h/+P/GQC+/2UAJgBBAFsA9v/a/+X/VwB9ADUAyP89ANP/WgAVACsAOwDd//j/xv/Y/xEAzf/X/9b/x/8LAEAAOgD8/zgAGgDS/yYA1v/B////1P9FAC8ANAAtAPr/OwApAFQAKgA+AM7/QQDT/9//1f/b/8P/DAALAAwAgf++/xkA2v/h/5r/rv/K/zoAYv8bABEAJQDK/yYAJAAWAA4As//a/8X/5v/b/8z/0//E/9P/JwAeAEkA4P/B/9H/CQB+/93/tP/r/+v/CQCt/7b/0v97/4H/of+c/8v/CAC8/9n/vf+8/5X/6/8IADEAKwArANr/QQAbACYA0v8mAKj/JgDl/9L/DAAWABMA+f8XANL/1P/u/+//PACg/zMAs/+c/wkAKgCJ/+v/4P/1/+P/SQA6AC0AOgDS/9j/OQD5//P/qP+h/6z/FwDy//n/4v8wAP//rf/G/ywA2v8/ACEATgDS/+b/+/8UANP/4P+3/9v/6/9IAFwAJwC7//r/KgDz/wsAtv/c/+f/AwDn/y0Ayf+S/9v/wP8kACQAMwAxAOr/IwDH/7z/zP+V//T/QwDc/zgA0P/8/9D/tP/a/9r/vP/q/9b/rv/j/+X/LAAWAOX/xf/8/x8A9P///+X/JgAfAP//y/9k/7v/ov9OAO//SQBJANb/yf8TAFEA8//b/yEA8f/Y/x4Aqv8SACwAHQDp/5j/DQDO/xsAFwDB//z/6/+3/x8AIQDI/7b/LAAKAOj/2/+9/7n/FAD0/8f/tP+x/xEAzf8AAKT/nP+z/9r/FwC5/ygAEwADAEIAtv+2/87/nv/n/9f/qP8wAA==',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-55, -15, -30, -20, 3, -42, -25, -34],
    classWeights: '7v+3/wYAEADM/wgAtv+o/9v/EwDl/97/AADt/+v/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAPn/AADw/+v/+P8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+v/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAADz/wAAFAD7/wAAAAAAAAAA9v8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/+v/q/+T/4v8cAN7/6f8AABQAAAD4//v/9P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8VAPb/9/8AAOv/7P/z/+r/GgDr/+r/6f/p/+T/6v8UAOz/8P/7//b/7P/s//r/8v8AAAAAAAAAACYA7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/MQDR/+b/6f/h/8r/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA8P/s/wAA+//w/xUAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+3/7f/o/+z/9f/t//P/9f8AAAAA7//s/xQA7f/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAPH/AADx/+z/7f/y/+z/7P8VAOv/7P/q/+b/7P/s/+z/7P/p/+v/6/8UAOz/5f/i/+D/2f8nANb/6P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADQ//T/1//a/+//KADd/9n/AAAAAAAAAAAAAAAAAAAAAPX/9v/v/wAA3P/u/+T/HQDb/7v/KADR/9X/AADn/8v/9P8AAPH/AAAAAO3/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/r/+v/7P/s/+z/FQDr/xoA7P/s/+z/7f/Y/+z/7f/s/xQA7f/t/+3/7f/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQDh/+f/4P/l/+n/9//l/+z/7P/s/+v/7P/s/xQA7P/U/9n/2f8UANj/1f8HAN7/AAAAAAAAAAAAAAAAAAAAAN7/6P/m/+n/5v/b/+b/GQAAAAAAAAAAAAAAAAAAAAAA1/8aANb/5v/n/97/8P/o/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/2P/d/+//8f8AAOj/KwDg//T/AAAAAAAAAAAAAA8AAADr/xgA6v/s/wAA6//n/+z/AAAAAAAAAAAAAAAAAAAAABQA7v/u/+//7v/s/+3/7f8oAOL/6P/w/+7/3//Y/9r/7P/s/+z/7v/u/+3/FADt/wAA6//t/wAA9v/3/+b/MQDZ/+D/1v/f/8//2//Y/yoAAAAAAAAAAAAAAAAAAAAAAOz/6f/q/+z/yP/d/+r/GgAAAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAAAAO//7P8TAAAAAAAAAAAAAAAAAAAAAADt/+z/FAD2/+//7P/s/+z/+f/u//n/7P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/n/+n/5v/l/+f/GADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/9f8AAPb/AAAqANH/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/+//r/+j/8v/b/ykA+v/s/xQA7P/s/+n/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/q/xYA5v/p/wAA4f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//g/+v/7v/5/xYA7f/x/+v/8v/t//L/6v/s/+z/FQDp/wAAAAAAAPT/AAAAAB8A7f/t//D/8P/4/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAA6//p/+3/7f/r/+r/6/8VAN3/wf/P/4L/8P/Y/xwA3//s/+//7f/w//n/7P8UAO3/0//g/+X/4v/q/+T/IQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//P/8//z//v/7f8TAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAA7v8TAAAAAAAAAAAAAAAAAAAAAAAAABcAz//Z/7H/qP+C//X/xf/t/xQA8f8AAPH/7P/t//L/s/8AAMP/AADC/73/FACx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6v/o/+z/6f/r/+j/6/8AAAAAAAAAAAAAAAAAAAAA1P8cANT/0v/O/wAA5v/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8AAAAAAAAAAAAAHQAAAAAAAAAAAAAAAAAAAAAAAADR/ygAtf+9//D/xf8OAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/4v/q/+r/8v/p/xwAAADs/+//7f/t//D/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAD4//n/AADt/wAAEwAAAAAAAAAAAAAAAAAAAAAA8v8PAOn/3v/c/9P/8f/r/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/6//s/+v/6/8aANj/5f/m/+n/5v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+//7v/t/xQA7f/m/+r/6//i/9//6f8YAOT/zP+//8L/0v/T/8L/QwDQ/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/7/wAA7P/s/xQA2P/c/yQA5P8AAOn/3v/Z/wAAAAAAAAAAAAAAAAAAAACz/9n/zf/W/9H/AADG/wsA7P/s//P/+P8UAOz/7P/s/+L/6f/h/+z/4//V/yYA4P/r/+j/FwDi/8j/4P/o/woAAAAAAAAAAAAAAAAAAAAAABQA+/8AAAAAAADt/+3/7f/r/+n/7f/4/xYA7f/r/+v/AAAAAAAAAAAAAAAAAAAAAOj/AADv//j/9f/b/wAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+n/6f/q/+r/FwDk/+v/7f/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/FADr/+z/7P/s/+3/8P8VAOz/6v/0/+7/7P/t/+z/7P/s//v/AADs/+z/FADI/+H/FgDL/+L/1//m/wAA7P/s/+b/5P8UAOz/6//k/wAAAAAAAAAAAAAAAAAAAAAAANj/EQDc/+f/AADT/87/7f/0/+3/8/8AABQA7v/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA9v/v/+z/7P/s/+v/7P/2/wAA+P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/7n/z//q/8H/sv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/xwA1v/S/9H/4//D/w8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5f/t/9n/y/8PAO3/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FAAAAPr/9f/v/+z/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/wAAAADz/+//FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/3P8FAOr/yP/Z/xIA3//a/wAA2P/Y/+P/AADY/wAA7//u/+3/8//1/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+T/4//p/+v/HADo/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/r/+v/7P8UAOT/1//m/9//3v/h/+P/HgAAAAAAAAAAAAAAAAAAAAAA5v/W/xwA1//Y/9n/5//f/+X/2v8AANn/7f/d/wgA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/z//X/AAAAAO//7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8VAOz/6f/q/+z/AAAAAAAAAAAAAAAAAAAAAOT/AADb/9n/2f/Y/wAA3f8AAAAAAAAAAAAAAAAAAAAAxv/g/8L/xv/w/9P/PgDs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/8P/s/+z/AAAAAAAAAAAAAAAAAAAAAPL/+P8AAAAA+v/s//n/FADt/+z/FAD2/+//7P/s/+z/3f/R//j/8//Y/83/FwDs/+n/1v/n/+n/LADX/+T/1f8AAAAAAAAAAAAAAAAAAAAAAADn/wAAAAAaAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xcA5f8AAOz/2v/b/9j/AAAAAPH/AAAAAAAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8UAPb/7//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/7v/s/+X/7P/s/xUA6/8LAOH/4v/d//r/9f/n/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+3/7v/5/+7/7f/t/xQAAAAAAAAAAAAAAAAAAAAAAPX/9v/v/wAA3P/u/+T/HQAAAAAAAAAAAAAAAAAAAAAA4//g/9f/4f8qAM//1f/E/7j/zf/Y/7b/uv8VABgA1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAA7v/e/wAA2//5/y4AAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/9P8UAOz/7P8LAOH/4v/d//r/9f/n/+7/AAAAAAAAAAAAAAAAAAAAAA8AEgCv/7z/u/+8/73/1/8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7//0/+z/FADw/wAAAAAAAAAAAAAAAAAAAADT/97/2f/e/9z/4P8nANj/7f/s/xQA9v/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Z/9j/7P/X/+P/AAAAABQA7f/t/wAA8v/s/+z/AAAAAO7/7v8AAAAA8//v/xQAAAAAAAAAAAAAAAAAAAAAAAUA7P/s/+r/6f/r/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADs/wAA5f/Y/+b/5f/o/+f/5//p/+j/6f8YAOn/4P8gAN7/5P/i/9n/3//a//X/9v/v/wAA3P/u/+T/HQDq//D/AAAAAAAA7P/s/xQA7P/t/+3/7P/t/+z/7P8UAAAAFwAAAAAA+P/6/+n/AADi/xAA+//c/wAAAADx/8//AAAAAAAAAAAAAAAAAAAAAOn/7P8kAOz/6f/i/9j/6f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+X/HgDa/+b/5v/n/+H/5//O/0cA3P/a/9X/yf+2/9T/AAAAAAAAAAAAAAAAAAAAAPf/FADw/wAAAADw/+3/8f/x/zoA+v/4/wAAAADN/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/IADq//H/7f/y/9v/8f8AAAAAAAAAAAAAAAAAAAAA3f/t/+r/2v/5/wAA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/Z/9H/5//p/+b/HQDl/wAAAAAAAAAAAAAAAAAAAADY/xQA7P/t/+3/AADr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAA9/8AAAAADAAAABQA9v/s//X/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/u/+//HQDs/+z/4f/p/+T/8f8AAPX/6f/d/ygA6v/W/+D/5P/w/+P/JADj/+3/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P8AAOz/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/3//Y/+j/5f8rANv/x//3/+3/9P8UAAAA7f8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wwA6v/u//D/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7v/s/+3/8P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/g/wAA+v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/q/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/xsAxf/j//X/0v8OAOn/AAAAAAAAAAAAAAAAAAAAAOf/HADl/+r/6P/r/+H/6P8AABcAAAAAAAAAAADq/wAAAADw/wAA+v8AAAAAAAAYAM//BwDV/9D/GQDd/9v/yf/s/+z/FADs/+z/6//s/+z/AAAAAAAAAAAAAAAAAAAAAOD/uf/q/+3/7P/j/97/HgAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/9P8AAPD/FADs/wAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAADl/x8A6P/a/+n/7P/k/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPL/GADt/+//8//u/+f/9f/t/xoA7f/w/+r/5f/k/+r/6f8cANr/2//k/+r/4v/n/9L/EwDV/9j/5v/c/+7/5P8AAAAA7v8AAAAA+f8SAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P8YAOz/7P/r/+r/5v/y/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAeAAAAAAAAAPj/4/8AAOz/1v/s/+z/6//s/yYA6/8AAAAAAAAAAAAAAAAAAAAAz/8vAN//+v/h/+7/0//g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f8SAML/wf/E/+D/8P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7//s/+z/7f/5/wAAAAAAAAAAAAAAAAAAAADt/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/7P/p//j/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAOb/GgDl/+j/5//n/+b/5v/K/ycAuv/N/8T/y//v/6r/AAAAAAAAAAAAAAAAAAAAAOn/HQDn/+H/5f/o/9v/4//q/+z/6f/r/+j/2P/m/yIA6v/o/9f/3f/m//r/5P8VAAAAAAAAAAAAAAAAAAAAAADR//D/+P/b/+v/6/8tAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/y/xQA7v/s/+v/6v/o/+z/7//s/+z/4v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/s/+z/GQDr/+j/5//r/93/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+3/FADs/+3/5f/s//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA+/8AAAAAAAAAAPj/AAAAAAAAAADw//T/EgAZAOv/6v/p/+r/5v/j/+v/RgDa/9v/sf+1/8D/pP/j/9//3P/a/9n/1f/m/yoA3P8AAAAAAAAAAAAAAAAAAAAAAADZ/wAA2f/i/9j/AADc/+7/6//v//f/9v/4/xYA8P8mAN3/3f/e/+H/3f/b/+L/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7v/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwv+5/8f/wv+9/8T/PADd/+r/6f/5/+z/9P/r/xcA6f8AAAAAAAAAAAAAAAAAAAAA7P/r/+v/6v/o/xUA6//s/+z/7P8UAOz/7P/s/+z/7P+7/8H/MwDb/+n/z/+7/73/FADs/9n/yf/h/8L/AADk/wAAAAAAAAAAAAAAAAAAAAC+/7j/sf+7/83/6f80AOX/6//Y/9r/7P/q/9n/HQDd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/wAAAAAAAOz/FADs/+j/7/8AACcA8//m/8//9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+v/7P/n/+P/EgDq//X/AAAAAAAAAAAAAAAAAAAAAO3/6//t/+3/7P/v/xUA7f/r/xUA7P/r/+z/6//r/+r/AADj//n/5/8hAOn/5P/S/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/+7/8f/v//D/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//6v8AABgA7//p/wAAAAAAAAAAAAAAAAAAAADs/wAA2v/m/xMA3P/o/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7v/s/+z/FADr/wAAFADH/83/1v/o/+z/AAANAAAAAAAAAAAA8/8AAM//CwDn/9T/2//h/woA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9j/2f/a/wAA4v/i/wkA0P8JABIAtv/U/+v/+f/K/wAAAAAAAAAAAAAAAAAAAADu/+z/8P/u/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAANH/2P/X/8z/CwDM/+//6//s/+z/7P8AAAAA8v8UAOz/7P/s/xQA7P/s/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P/X/xUA5//m/9j/1//i/wAAAAANAAAAAAAAAAAA8/8AAOz/6f/s//D/AAD1/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+n/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/8f/t/+z/FADy//r/vv+V/9D/s//3/7T/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAPn/AAD0/xQAAADu/xUA9v/v//v/AADr//b/AAAAAAAAAAAAAAAAAAAAAAAA3P8TAOv/+P/X/9v/7P/t/93/BwCn/8//5f/P/yEAAAAAAAAAAAAAAAAAAAAAAAAA6//1/+n/EwDZ/9j/6//s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/y//I/xAA7//n/wAA0//r/+j/5f/s/+3/AAATAOv/AAAAAAAAAAAAAAAAAAAAAOr/6v/u/+f/8P/r/xYA9v/s/+z/7P/t/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAANf/3P/q/wAA6//w/+3/DQDN/+n/5P/Y/9n/LgDF/+T/AAAAAAAAAAAAAAAAAAAAAPT/FQAAAAAAAAAAAOv/AADs/+z/7P/g/+z/FQDs/+v/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADf/8n/6f/Z//L/yP8AAAAADQAAAAAAAAAAAPP/AAD0/wAAAAAAAAAAAAAPAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADk/+P/7P/6//T/6/8WAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT//r/4//b//D/7f8AAND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+v/6//s/xQA7P/s/+z/7P/s/+z/FADs/+7/7v/t//H/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA8P8AANL/sf/S/xcA4v/m/wAAAAAAAAAAAAAAAAAAAADs/yIA4v/l/9n/2f/a/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAA+P/1/wAAAAAgAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/p/xUA6v/d/+v/9f8TAN//AAAAAAAA8P/t//D/yv8AAOX/8//s/wAA6P8AAOb/5v8YAOz/9v/p/+j/7v/n/+v/GwDu/wAA8//l//H/AAAAAAAAAAAAAAAAAAAAAAAA6//w/wAA6f/y/yIA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+7/8P/t//D/FQDr/+//FADs/+v/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPj/+//0/+z/AADr/xgA6v/s/wAA6//n/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/9b/2f/Z/9f/6/8kAN//FgDs/+v/6/8AAPv/6/8AAOz/AADs/+z/7/8UANj/7f8AAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAO3/AAATAOL/7P/b/+P/6//W/+v/KQDr/+z/7P/t/wAA7P8VAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t//n/AAAAABQA7f/s/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/t/+z/7P/s//X/7v/t/wAAAAAAABQA7f/s//r/AAAAAAAAAADx//j/EwAAABIAAAAAAPj/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAPH/+P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+7/7P/s//L/9/8UAOz/+P/u/+z/7P/y//f/FADs/wAAAAAAAAAAAAAAAAAAAAD0//v/AAAAAAAA7P/7/wwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+//8//5/wAAGwD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAOv/7P/x//f/6v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAA6//r/+v/7P/s/+f/FQDr/+z/8f/5/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt//D/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/r/+z/7P/t/+7/FADu/+7/7f/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/+P8AAAAA7P/s/wAAAAAAAPj/+f8AAO3/AAATAOz/7P8UAOz/7P/r/+z/7P/s/+z/FADr/+z/7P/r/+z/4f/o/93/4f8kANf/xv/b/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOn/6//r/+v/6f/r/xYA6v8AAAAAAAAAAAAAAAAAAAAA7//s//H/8/8dAO3/7f/h/+z/7P/s/+3/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAEwAJAAAAAADv/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAOL/AAAAAAAAAAAAAAAAAAAAAPP/8f/r//L/AADr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/9//0/+3/AAAZAPf/5v/t/+z/7P/s/+r/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/z/wAA9//4/yYA9//h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/AAAAAOz/AAAtAMr/xP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/7f/p/+z/6//h/+//AADp/+n/LgDY/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FQD2/+//+/8AAOv/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAVAOv/7P/s/+z/7P/r/+z/6//r//H/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/7P8UAPL/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/8P8UAOz/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s//D/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/EwDx/wAA9v/w/+7/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/5v/s/9v/2f8UAAAAAAATAAAAAAAAAO7/+P/u/wAAEwAAAAAAAADu//j/7v8AAAAAAAAAAAAAAAAAAAAAFADr/+z/6//s/+z/6//s/+v/6v/s/+z/7v8WAOT/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//T/+P/4/+7/7P/t/+3/7//x/xQA7P/x/+3/AAAAAAAAAAAAAAAAAAAAAAAA4f/s//H/6//z/+z/FAAFAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+3/FADs/+z/7P8RANn/AADa/9j/2f/Z/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8UAPD/+v8AAOz/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/+3/8f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/q/wAA4//s/xAA7P8UAOz/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/93/+f8AAAAAAAAaAAAA6v/q//n/7P/w/+v/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+z/7f8AAPH/FADs/wAA9//k/wAAAAAnAPH/AADt/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6//q/+f/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AABQA8P/s/+z/7f/s/+z/7v/u/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPj/+//0/+z/AADx/+f/3P/s/+7/3/8QAO3/AAAAAAAAAAAAAAAAAAAAABgA6P8AAAAAAADz//D/AADt/xgAAAAAAPH/9P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAA9f/t/wAAFAD2/+3/AAAAAAAAAAAAAAAAAAAAAOz/7v/t/9n/7f8UAOz/7P8YAOj/AAAAAAAA8//w/wAAFADv/+3/9P8AAPH/9v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/b/9n/3P8pANj/0v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7//s/+3/FADs/wAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAA7P8AABQA7P/z/+z/7f/v/xQA7P/s/+z/6//q/yMA7P/o/+v/2P/k/+//6//I/9D/1P8AAPb/AAAAAAAA+f8AAOz/AAAUAAAAAADx/wAAAAAUAOz/8f/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPb/7P/1/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7v/s//X/7P8UAOn/9v8AAAAAAAAAABgA6P/w/+z/7P/s/+z/7P/s/xQA7P/0/wAAAAAAAAAA7f8TAAAAAADs/+z/7f/u/+z/BwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADr/9n/7v/n/9H/4P/S/xQA7P/s/+z/7P/r/+z/6/8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/7//6/xQA7P/s/xIAAAAAAAAAAADw//X/AAAAAAAAAAAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAFwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/2//2/+7/AADv/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/5f/l/+r/5//h/xcA6P8AAAAAAAAAAAAAAAAAAAAA8f/o/93/7P/v/+H/EADt/+P/6f/j/9r/5//o/xsA6f/y/wAA9f/t/wAAFAD2/+3/AADs/+z/2f/s/+v/2P8UAAAAAAAAAAAAAAAAAAAAAAAaAOb/+f8AAAAAAADn/wAA6/8UAPH/7//1/+z/7f/s//v/HwD2/wAAAAAAAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/+v/s/+z/7P/w//r/7/8AAPv/7P8VAAAA7P/s//D/6v/s/+z/7P8UAO//6//v/+7/7//q/xYA7//s/+z/7P/v/wAA7f8UAPj/7P/s/+z/7/8AAO3/FAD4/+z/7P/s/+z/7P8UAOz/7P/S//D/9v/T//D/6//s/xYA7P/f//f/8P8AAN3/GQDn/+z/FADs/+z/7P/s/+z/7P8AAO7/7v8AAAAA8//v/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAAAD7//n/9v8AAO3/7f/w//D/+P8UAOz/7P/p/zcA4f/x//P/7//L//L/AAAAAAAAAAAAABAA8P8AAOz/7//s/+3/AADx/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACv/+v/xP/Y/8f/AAD0/7r/8//1/wAAAAAAAO3/FAD5/wAAAAAAAAAAAAAAAAAAAADp/yEA3f/j/9//7P/a/+z/7/8UAO7/8f/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/s/+z/7P/q/+v/7f/s/+z/7P/t/xQA7P/s/9r/IgDd/+f/7P/q/9n/6v8AABMAAAAAAAAA7v/2/+7/AAAAAAAAAAAAAAAAAAAAAAsA4f/i/93/+v/1/+f/7v8AAAAAAAAAAAAAAAAAAAAA4f8AAOH/2//m/wAA3//n/xQA6//s/+v/7P/s/+v/7P8UAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//GgDo//P/AAD3/+f/9v/s/+z/7P/t//D/FADs/+z/AAAAAAAA+f8AAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAD1//P/AAD3//j/JgD3/+H/6//s//b/AAD4/+z/7P8UAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA9P8AACAA8//0/+L/6v/u/wAA3f/n/9r/2f/j/wwA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAUAO3/+/8AAAAA7f/t//P/AAATAAAAAAAAAO7/9v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/4//s//r/9P/r/xYA6f/q/xsA4f/y/+//5//q//T/+/8tAO7/AAD4/wAA0v/o/wAAEAAAAAAA+//5//b/AAAAABIAAAAAAAAAAADu/wAA7P8UAOz/7P/u/+z/7P/s/wAAFgAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAO7/9v/u/+n/MgDb//L/8f/p/9P/7v/F/zIAwv/O/9j/vv/e/8T/3f8uAN//5//r/+P/2//r/+X/IQDo/+f/6v/q/93/5P/q/xoA6//q/+n/6f/k/+r/7f8UAOz/7//u/wAA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAO3/7P/5/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/x/+3/7f8VAO3/5P/k/+b/6f/o/+b/GgDm/xQA7P/w//v/9v/s/+z/+v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAoA6f/n/+j/2v/J/9X/AADt/xMAAAAAAO//8f/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+X/5//p/+r/6f8XAOX/AAAAAAAAAAAAAAAAAAAAAPf/7f/0/xQAAADt/wAA7P8AAAAAAAAAAAAAAAAAAAAAAADc/+v/7P/o/+r/AADc/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAA+P/y/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8UAPL/AADx//n/7P8AAPf/FADw/wAAAADw/+3/8f/Z/wAA2v/g/+r/2P/n/wAAAAAAAAAAAAAAAAAAAAAAAO7/9v8AAAAA6P8UAOz/7P8dAOj/5P/f//X/4//n/+v/AAD6/wAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/t/wAA7P8VAO//6//s/+z/7f8AAOz/FQDv/wAAAAAAAAAAAAAAAAAAAADs//P/7P/t/+//6f8AABYAAAAAAAAAAAAAAAAAAAAAANz/6v8VAOn/6//s/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+z/AAAbAPP/7f/n/+b/9f8AAAAAAAAAAAAAAAAAAAAAFQDs/+r/7P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/u/+7/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t/wAAAAAAABQA6//s/wAAAAAAAAAAAAAAAAAAAADy/9//4P8AAPH/6v/k/yEAAAAAAAAAAAAAAAAAAAAAAO3/7f/w//D/+P8UAOz/7P/p/9z/7P/s/+r/FQDl/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAA9f8AAAAAHgDs/xQA7P/s/+z/8P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/8f/z/x0A7f/t/+H/AAAAAAAAAAAAAAAAAAAAANX/MQDR/+b/6f/h/8r/5v/p/x4A4//p/+f/5P/g/+n/7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//h/+v/6f/v/+n/FQDx/wAAAAAAAAAAAAAAAAAAAADd/+b/3v/n/+X/IADd/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7f/l//X/FAD4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/+z/7P8UAPX/7P/s/+z/LAC1/9j/vv/G/+v/t/+4/+n/HgDh/+n/6P/l/+D/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgA6v/l/9j/2f/p/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/GADe/+7/5v/j/93/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//H/AAAAAAAAFADs/+z/7//x/wAAAAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FgDs/+z/7P/r/+b/7P8AAAAA7v8AAAAA+f8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO3/7f/w//D/+P8UAOz/7P8UAO3/8f/1//P/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOH/6f/o/+n/6v/r/xcA6f8AAAAAAAAAAAAAAAAAAAAA7f8UAO//7f/w/+3/7P/v/+z/FADt/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADu//H/AADs/+z/7P/n/9v/5v/q/+v/3f8cAOb/7P/t/+3/7//t/+3/FADt/wAAAAAAAAAAAAAAAAcAAAAZAAAAAAAAAAAAAADn/wAA6//Z/+z/2P/i/xYA6//s/9f/3P/Y/9L/4//n/yoA4f8AAAAAAAAAAAAAAAAAAAAA7P/m//T/8f/6//j/HADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/m/+f/1v/T/+T/HQDX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/j/9r/0//v/wwA2P8AAAAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAAEgAAAAAAAAANAAAAAAAAAAAA8/8AAO3/FADu/+7/8v/w/+z/7P8AAAAA+f8AAAAA8P8XAAAA7f/s/+z/7P/s/+z/7P8UAPn/KQAAAAAAAAD5/9z/AADs/zEA+P8AAAAA+f/e/+//7P/t/+7/7P/t//D/FADu/9v/3P8FAPH/+P/a/wAA3v/n//P/4v/n/+n/FQDr/93/FwDf/9n/8/8AAOn/3P/U/+z/7P/s/+z/7P/s/xQA7P8AAPD/AADu/wAAFAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+3/9f/i//L/FQDt/+v/7P8AAAAA7P/s/+z/7P8UAAAAAAAAAAAAAAAUAOz/AAAAAO7/9P/a/wAADADY/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v/t//H/FADs/+z/7P/k/+r/6P/s/xYA7P/P/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8//4/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAPD/AADw//D/9//z//L/9v8aAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/r/+v/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/6//v//f/9v/4/xYA8P8cAPH/9f/y/wAA+P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPD/7f/3/+//8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//u/+7/7f/s/+z/7P8UAOz/7f/s/+3/+f/w/xQA7P/s/+3/7P/t//f/7/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8AAPf/7v/5/+z/GwD2/wAAAAAAAAAAAAAAAAAAAADt//P/9f8AAAAA7//s/xQAAAAAAAAAAAAAAAAAAAAAAOn/6v/q/+v/6P/p/+r/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//m/+z/2//u/93/HwDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMH/1P/S/9v/5P/Z/y0A0P/7/+D/6//r/+r/FgDr/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA8v8XAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8NAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/t/+z/7P/t/+3/FADs/+z/zv/T/+j/4//f/9H/IgDa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/9n/5//r/+j/5/8ZAO3/4f/W/+X/6v/o/+X/GwDx/+z/7P8UAOz/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAO3/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8WAPv/AAAAAO7/6v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/9v/x/wAA7P/u/+3/AAAAAAAAAAAAAAAAAAAAAPj/+//7/wAAAAD5/wAAHADs/+3/7P/y/wAA7/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQDi/+r/2f/k/+L/2v/o/wsA0P/X/8D/y//S/wAA0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/8v/s/9r/2f8AAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7f/s/+v/7v/q/+z/FgDs/+z/7P/s/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t//b/AAD6/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/AAD4/wAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAA6f/Z/+b/4v/e/9L/4P8dAO3/7P/s//D/FADs/+3/7P8AAAAAAAAAAAAAAAAAAAAAJACw/9X/vP/j/7D/xv/L/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADg/+D/2P/t/wAA3f/c/+H/4v/i/93/4f/s/+r/JQAAAPb/8P8AABQAAAAAAAAA7v/u/+3/8f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v/u/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/+3/8f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAXAOv/6f/s/+v/6v/n/+D/7v8AAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAD4/+z/+v/s/+f/7P/Z/wAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAOv/6f/t//j/FgDt/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/+//7P/w/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAADr/+//7P8AAOz/6P/s/+z/7P/t/+7/7P/s/xQAFADw/+3/9//v//L/7P8AABQA8P/t//f/7//y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAGwAAAPr/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA+v/s/+3/7P/r/+r/5v/o/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/+z/7f/v/+n/AAAWAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAA9//4/wAAKQDO/+b/0f/V/9b/2P/d/xUA7P/s/+//+P/s/+r/7P8AAAAA8P8AAAAAFADs//D/+f/x/wAAAAAAABQA7P/t/+//6v/r/+v/7v8YAOb/AADZ/xQA7f/2/wAA7P/y/+z/AAAAAAAAAAAAAAAAAAAAAOv/8v/1/+3/7f8XAPL/6f/n/+f/4v/o/+n/6v8ZAOj/2v8eANT/1//Q/+f/5//i/wAAAAAAAAAAAAAXAPn/7P/q/+j/7P/v/+z/7P/i/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/u/+7/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//j/+f/+v8QAA8A6//v/wAA7f/t/wAAFwDo//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/6//s/+z/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FAD2/+//7P/s/+z/GQAAAAAAAAAAAAAA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAN//0f/r/+n/x/8FAOv/7f/s/+z/7P/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADv//f/9P/k/wAAIADc/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/2/+//AADc/+7/5P8dAAYA0P8AALr/wv+8//L/xP+1/9v/HQDi/8P/oP/B/8H/7P8UAOz/7P/6/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/CQDI/wAA1f/D//j/yP/q/+3/7P/r/+7/6v/s/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7f/s/wAA9f/s//X/2v8AANj/3f/v/xMAy//a/wAAAAAAAAAAAAAAAAAAAAAUAOz/6v/p/+7/6P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc//r/2P/e//L/HADs/9D/tP/V/8z/1f8AAAAAJgDT/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P8ZAAAAAAAAAAAA9f/r/+n/6//t/w4A3f/g/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/7P/s/+z/7P/s/+z/7f/v/xQA7P/s/+j/z//M/9b/1P/d/9X/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//t/+r/6P/p/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/wf8LANH/6f8RAMH/3v8AANj/5f/c/+3/7P8AAOH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wgA5v/q/wAA4v8AAMz/AAAAAAAAAAAAAAAAAAAAABQA7//u//H/7//w/+z/7f8AAAAAAAAAAAAAAAAAAAAA2v8cAOL/7P/v//D/4//q/+X/7P/O/9j/3P/3/8v/6/8AAAAAAAAAAAAAAAAAAAAAzf/I/zYA1P/g/8T/4P/G/+n/3/8ZAOf/8v/x/+f/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAA8f8AAAAA7f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPn/7f/w/wAAAADs//D/HQAAAPb/AAAAAAAA5/8AABwAAADx/wAAAAAAAOb/AAAAAPP/4P/t/wAA1v8rAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//r/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/r/+r/6/8VAOn/6/8dAAAA7f8AAAAA4P/x//v/JwDu/+v/7f8AANv/6P/3/wAA4//W/+j/6f8AAN3/2f8gAOn/3//d/+3/2f/p/+3/AAAAAAAAAAAAAAAAAAAAACgA4v8AAAAA7f/Z/9j/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDr/+v/5P/s/+X/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/r/+n/7P/s/+z/FQDr/+3/FADs/+//7v8AAOz/7v/s/xQA7P/t/+3/7P/s/+z/6P8YAOf/6f/o/+n/6P/o/wAAAAAAAAAAAAAAAAAAAADs/+z/FADu/+//7P/s/+z/+f8AAAAAAAAAAO3/AAATAOn/6//r/+v/6f/r/xYA6v/s/+z/7f/s/+v/6//s/xQAAAAAAAAAAAAAAAAAAAAAABMA6//7/+z/9/8AANr/6v8nANz/x//e/9v/8f+x/8H/AAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAA6//r/+r/6/8VAOz/6//r/wAAAAAAAPr/AAAUAPD/7P8rALn/xP/z/8n/w//r/83/7P/k/+v/0//d/+L/7P8VABQA7f/7/wAAAADt/+3/8/8AAOD/7P/q/+z/AADO/+r/0f/f/9//4//m/yYA6//L//D/7P/t/+z/7f8UAPr/7v8pANz/+v8AAAAA6f/d/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADy/wAA9v8AAAAAAAAAAPH/EgAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/t/+z/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/HwD2/wAAAAAAAOf/AAAAAAAAAAAAAAAAAAAAAAAA7P8VAOz/7P/s/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FQAAAAAAAAAAAOv/AAAAAA0AAAAAAAAAAADz/wAAAAANAAAAAAAAAAAA8/8AAOT/5f/Y/+H/3f/U/yIA4//s/xQA7f/t/+3/7f/s/+7/AAAAAAAAAAAAAAAAAAAAAPL/FADu//X/+//s/+3/7P/s/xQA7P/s/+z/8P/s/+z/AAAAAAAAAAAAAAAAAAAAABUA6//s/+3/8P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAO3/AAATAOf/6v/N/+b/3f8OABYA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//s/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+3/7f/w/+z/FADt/wAAAAAAAAAAAAAFAPf/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//L/9f/t/+3/FwDy/+n/AAD6/wAAAAD6/xEA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//e/+v/6//p/ywA0v/t/wAAAAAAAAAAAAAAAAAAAADe/+v/7f/v//H/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwDi/+f/6P/k/+n/3v/l/+z/5v/y//T/9v8AABQA9P/5/+7/+f/s/wAAAAAUAAAA6f/n/+r/6v/q/xcA6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+z/FADs/+n/5//q/+r/6v8XAOr/6f8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/GADq/+z/AADr/+f/7P/1/+z/AAAUAAAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/r/+7/6//s/xUA6//s/wAAAAAAAPj/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/6//r/xUA6//r/+j/7P/z/+//6v/p//H/IADX/+j/7P/2/+3/8f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/x/+3/7P8UAOz/7v/s/+7/7//t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAZAOv/6v/p/+r/5v/j/+v/6//s/+v/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADb/+z/7P/t//X/6v8YAOv/AAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAO7/AAAAABIAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//H/AAAAAAAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//v/+/8AAAAA+f8AABwA5//R/+z/2//0/9//GwDm/+z/7P/s/+7/8f8UAOz/7P/t/+3/8P/w//j/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO3/7f/w//D/+P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDv/wAA7P/s/+7/8v8UAO7/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9f/1//V/9z/1v8RABIA7P/s/+7/8v8UAO7/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/4P8AAPr/FADs/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/5P/u/+z/7f/4/+z/7P8bABQA7f/t/wAA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7f/0/+3/FQD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAPT/6//t/+z/6v/m/+z/JADv/+D/6f/u/9//3v/r//P/AAAAAAAAAADx/xIAAADq/wAAAAAAAAAAAAAXAAAAAAAAAAAAAAAAAAAAAAAAAPv/FwAAAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/2//H/AADs/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAAAAAAPX/AAAAAB4AGAAAAPj/7P/z/+n/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAEQDm/9b/1//Q/9j/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAA7P/s/+z/7P8UAOz/7f/t/+//7f/t/xQA7f8LAOH/4v/d//r/9f/n/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAYAPT/6//t/+z/6v/m/+z/4//r/+r/6//u/xcA5v/s/+n/5v+x/57/qv/J/8z/BQAUAOz/8v/s/+//7P/r/+z/+P8AAAAAAAAAAPD/9f8UANX/w//p/8X/2v8VAND/CADW/9P/3v/d/93/4v/W/yMAAAAAAO7/AAAAAPn/EgAAAN7/2P/m/+H/6f/q/+j/IAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA6//s/wAAAAAAAAAAAAAAAAAAAADs//L/7P/6/wAAFADs/+z/7P8UAO7/7//v/+3/7P/t/wAACwAAAAAAAAAAAPn/AADs/+r/7P/s/+z/FQDo/+v/AAAAAAAAAAAAAAAAAAAAABYA8v/y//r/AAD5/+r/+f8AAPn/AAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3f/v//H/AADo/ysA4P8WAOv/6//r/+n/7P/q/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//t/+3/8P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/AAAAAN7/FADs//T/AAAAAAAAAAAAAA8AAADR/9f/4P8RANz/7P/5/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt//D/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7//s/8r/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/9P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPj/+f8AAO3/AAATAAAAAAAAAAAAAAAAAAAAAADy/yQAAAAAAAAA+//h//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/4P8AAPr/FADs/+z/7P/t/+7/AADt/+z/CwDs//D/7f/s//b/7P/s/xQA7P/z/+z/7f/v/xQA7P/s/+j/AADv/+H/AAAAAO7/KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/u/+7/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f8UAAAA7P/s/+z/FADv/+3/9P8AAPH/9v/v/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7//s/+z/7f/5/+n/0//Y/9X/0/8gANn/3//s/wAAAAAAAPj/7f/s/xQA7P8AAOz/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPP/AAAAAPj/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/8P/t/xQA8P/s/+z/7f/s//P/7v8UAPP/7P/s/wAAv//j/9f/5f/X/+j/FQAgAOP/AAAAAO//4//d/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/5//p/+f/6v8hANX/6v8XAOv/6f/s/+v/6v/n/+D/AAAAAAAAAAAAAAAAAAAAAO3/7f/t//H/AAAAABQA7f8AABQAAAAAAAAA+v/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FwDr//D/7P/q/+j/7f/s/xUA6//s/+z/7v/q//D/7P/t/+7/7P/t//D/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//x/wAAAAAAABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAAPf/+v8WAOj/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+//3v/s/xQAAAAAAAAAAAAAAAAAAAAAAO//FADu//j/AADz/+z/7f/s/xQA7P/s/+z/7P/s/+z/3//m/+T/3//g/+b/HADo/+7/7P/w/+7/7f8UAOz/7P/s/+z/7P/s//D/FADt/+z/FwDc/+v/6v/k/+T/6//l/yEAz//A/8//xP/U/wAA0v8pANf/5//l/+3/6v/k/+H/7P/r/+z/6//r/xUA3//q/xQA7P/s/+7/7P/q/+z/6/8AAAAAAAAAAAAAAAAAAAAAGQDp/+z/AADx/+3/4P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAD4/wAAAAAAAPP/6P/y/wAAAAAAAAAAAAAAAAAAAAAYAOb/6v/q/+r/6v/r/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7v/v/+7/7P/t/+3/AAAAAAAAAAAAAAAAAAAAAPf/x//l/+D/5//Y/9D/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfAOz/7v/7/wAA4v/s/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC1/7P/0/+8/xQA8f/Z/wAAAADy//j/FAD2/+v/7f/s/wAAAAAYAOn/AADv//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/s//v/AADs/+z/7v8AAAAAAAAAAAAAAAAAAAAA5v/r/+b/6//r/+L/FgD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAAAAAAAA8P8AAAAAFADs//D/4P/l/+b/4P/c/x0A5P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDr/+v/5P/s/+X/6/8AAAAAAAAAAAAAAAAAAAAAAADy/xkA6v/w/+z/9v/n/wAA7f/s/+z/7f/t/xQA7P/s/+3/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA9v/6//f/AAD5/xgA+f/p/wAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAADo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8v/v/wAA7P/t/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/y/wAAAADt/+z/AADb/+D/6f/T//D/2/8mANf/6P/j/97/5v/r/+X/3/8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+3/8f/2/+7/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/y/wAA7P/y/xoA1v/L/+v/AAAAAPf/+v8WAOj/6//p/+z/6//s/+z/FADs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//v/AADs/+z/FADq/+v/3//p/+v/3f/l/ykAAAAAAAAAAAAAAAAAAAAGAOH/wv/E/8b/3P+9/9n/PgAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAAAAAOAOz/9v/t//H/7P/s/+z/FADs/+z/7P/t/+7/7P/s/xQAAADy/wAAAAAAAAAA7f8TAOT/0//X/9n/3P/e/9j/KAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/+z/7P8UAOj/6P/0/wAA+//s/+X/JgDs/+L/6f/k//T/6f/o/xgA7P/2/+3/8f/s/+z/7P8UAOv/FgDq/+r/6P/s/+n/6v/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/8P/4/wAA8/8VAPf/AAAAAAAAAAAAAAAAAAAAABUA6//r/+z/5f/s/+v/6v/w/+z/8f/j/+7/FADt/+z/AAAAAAAAAAAAAAAAAAAAAOn/2f/m/+L/3v/S/+D/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7f/t/+3/7P8UAOr/8P/s/+z/7//v/xQA7P/s/9//3/8cAOj/5f/e/+P/4v/r/+r/GgDr/+r/6P/i/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+b/3v/j/yQA3v/j/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/r/+j/7P/s/xYA6f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5/8WAOv/7f/p/9P/3f/7/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P/v/wAAAAAAAAAAFgD0//r/6v/1//H/AAAAABYA6//r/+z/8f/s/wAAAADt/xQA7/8AAAAAAAD6/wAAFADw/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/s/+P/6//p/93/5P/o/+n/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P/3/+r/+v/r/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/7P/s/wAAFQDs/+z/1v+e/7r/AADF/8r/u/8mAAAAyP/r/8b/3f8VAOv/9//s/xQA7P/t/+z/7P/s/+7/9P8YAO3/6//0//H/6v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xUAAAAAAAAAAADr/wAAAAAAAAAAAAAAAAAAAAAAAOr/FQDr/+z/7P/r/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/6/9P/0f/D/8X/AADh/xYAAADs//L/AAAAAOv/8/8AAAAAAAAAAAAAAAAAAAAAAADu/+7/AAAAAPP/7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8cAAAAAAD5//v/9P8AAPL/FgD7/wAAAADu/+r/9v/s/wAAAAAAAAAA8f8AABQA7P8AAOz/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/9v8UAPD/+v8AAOz/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8WAPv/AAAAAO7/6v/2/+3/7P8UAPb/7//s/+z/7P/s//L/7P/6/wAAFADs/+z/7f/s/xQA7v/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P8UAO3/+P8AAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAABQA6P/5/wAAAADs/+z/AADr/+v/7P/t//T/7f8VAPX/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7//s/+z/7P/s/xQA7P/s/+z/8P/s/+z/AADm/+b/2f8AANj/AADZ//b/+f/t//L/AADp/xkAAADk/9n/2v/n/+7/IgDc/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/6P/i/8//6P/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//L/AADv/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8IANL/z/+n/7b/2f/0/9P/BgDU/9j/2/8TAOr/x/8VAO7/AAD2/+7/7P/1/wAAFADs/+3/9v8AAPr/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/9j/6//M/wAAyf8AAM3/6f/r/+z/7P8AABUA7P/s/wAAAAD4//n/AADt/wAAEwDs/+z/7P/7/wAA7P/s/xQA7P/s/+z/4P8AAPr/FADs/wAAAAAAAAAAAAAAAAAAAADT/7r/IwDN/+T/6/8MANL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/9v/3//T/+X/TwDJ/+//7v/r/+//9//2//j/FgDw/+7/7P/s/xQA+f/v/+z/7P/v/+v/7//u/+//6v8WAO//7P/s/+3/7f/v/+z/FADw//f/7//y//v/+v8AABYA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/2P/b/wAA+P/Z/wAA2P/s/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA5f/O/+T/4//Z/9X/3/8AABkAAAAAAAAAAADq/wAA3v/s//T/8v8UAOz/6//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAAAADw/wAA+v8AAAAAAAAYAOj/2P/r/ycA2//o/+z/2P/s/+z/7P/s/+3/7P8UAOz/6//r/+r/6/8AAOD/GQD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/8P/s/+z/FADs/+z/7P/t/+//7f8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/5P/r/9P/3f/i/+z/FQD1/wAAAAAAAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAOz/5P/r/9P/3f/i/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7v/u/+z/FAAAAAAAAAAAAAAAAAAAAAAAHQDC/8b/yv/a/9H/7v/d/wAAAAAAAPf/AAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/+//+v8UAOz/7P/S/xwA2P/c//X/6//k/+j/7P8AAPj/AAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/7P/6/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAO3/6v/s/+z/7P8UAOz/6/8SAAAAAAAAAAAA8P/1/wAA+P/s//H/9P/5/yMA2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk//X/AAD2/wAAKgDR/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/m/97/4/8kAN7/4//k/wAAAAAAAAAAAAD5/wAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+z/6v/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//6v8AAOr/+P/n/xkA8P/Z/+v/5f/X//D/6P8fAO7/AAAAAAAAAAAAAAAAAAAAAOz/FQDr/+n/2//s/+r/7P/w//D/9//z//L/9v8aAAAA8P/w//f/8//y//b/GgAAAOz/7P/r/+3/6f/r/xUA6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7f/p/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9n/AAANAPb/5f/e/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA7v/x/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAADu//b/7v/q/+n/7P/r/+r/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8v8AAAAA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/7v/5/+z/AAAAABQAAADs/xQA7P/s/+v/7f/r/+z/8v8UAO7/9f/7/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAANf/2P8kANv/2P/Y/+T/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/xwA2P/c//X/6//k/+j/AAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAO7/AADt//P/7//2/wAA7P8UAO//8P/6/+//AAD7/+z/FQAAAAAAAAAAAAAAAAAAAAAAAADk/+P/9v/k/+7/AADY/wAA6//Z/+z/2P/i/xYA6//s/wAAAAAAAAAAAAASAAAA9P/Y/+L/EwDZ/+r/AADV//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAAAAD3//r/FgDo/+v/AAASAAAAAAAAAAAA7v8AAO7/AAAAAAAAAAASAAAAAADs/+v/6v8WAOz/6P/q/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/FADs/+z/7P/s//T/7P8AAPH/7v8nANz/9//u/+3/8v/y//v/FADt/+z/6//s//b/AAD4/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADt/+7/4f/o/+L/KADY/93/7P/u/+z/AAD4/+z/FADu/wAAAAAAAAAAAAAAAAAAAAD6/wAA2f8AAAAAKAD3/+b/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/6/8VAN//6v/r/+f/6P/n/+f/DAAAANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/9T/6v/o/+3/6/8nAOz/FADs/wAA7f/s/+z/7P/s/+3/7P/s/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADq/+v/8v/m/+z/5v8AAAAAAAAAAAAAAAAAAAAA6/8UAOr/6//y/+b/7P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA7P8AAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAPj/7v/s/+z/8v/3/xQA7P8AAAAAAAAAAAAAAAAAAAAAFADu//b/8f8AAOz/7v/t/xQA7f/7/wAAAADt/+3/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAAAAAAAO7/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//7f/t//D/7P8UAO3/7P/p/+v/4P/s/xUA6f/p//j/HADl/+n/5//l/+P/+f/s/+z/FQDs/+z/5v/q/+z/AAAAAAAAAAAAAAAAAAAAAO3/GAAAAAAA8f/0/+T/AADy/yQAAAAAAAAA+//h//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+D/6//u//n/FgDt//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAAADu/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//y/+3/8v/q/+z/7P8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+z/7P/v/+//FADs/+z/9//p/+b/9//v/+v/4P8sAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/2/wAA+v/s/+z/8//D/9b/xv8RAM//8v/y/wYA4v/T/+T/3v/r/wAA6v/s//f/8/8AAAAAFADz//n/7P/3//P/AAAAABQA8//5/9r/2v/j/+v/5v/r/xsA2//w/+z/7P/v/+//FADs/+z/6v/s/+3/7f/t/+z/FADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s//X/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA9f/s/+3/6//r/+v/7P/r/+v/5v8VAOf/5//v/+v/AAAUAOz/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+z/7P8VAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDs/+z/7P/s/+r/7P/u/+3/AAAAAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/o/+L/6//n/xcA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO7/AAD2/+7/7P/1/wAA+v8AAPD/AADw/xMA9P8AAB0AAADt/wAAAADg//H/+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/7v/0/wAA7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/+z/AAAUAAAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPb/1v/o/97/8v/m/x0A5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/6//n/+7/6f/2/+v/GQDs/+3/7P/s/+7/7v/s/xQA7P/k/+v/0//d/+L/7P8VAOz/7P/t/+3/7//s/xQA8P8AAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAADu//j/AAD5//T/7f/w/xQAAAAAAAAAAAAAAAAAAAAAAOn/AAAAAAAA9P8AAAAAHwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/4P/n/+z/AADs/w8A2P8AAAAAAAAAAAAAAAAAAAAA7P/2/+3/8f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs//n/AAD3/wYA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAMAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//t/+3/8P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/o/+v/4P/u/+r/FQDq//T/AADx/wAAAADt/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAADY/xQA7P/t/+3/AADr/+v/7f/t//r/AAAAABQA7P/s/83/6v/Z/8n/0f/3/6f/BgDu/+3/8v/y//v/FADt/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//X/7v/2/wAAFADs/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAPH/+P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/5/wAAAAAUAO3/7P8UAO3/7P/t/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+j/6v/l/83/6f/q/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+3/7P/s/+z/FADs/+z/7P/t/+z/7P/s/wAAHgD0//L/9v8AAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5v/s/9v/7v/d/x8A7v8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/6//s/+v/6//q/9n/1P/w/8//AADL/+7/+//r/xgA3v/y/+3/5P/d/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAABsAAAD6//T/5//o/+v/6f/f/+n/6/8XANH/y/8tANb/yv+9/9v/6v/U/wAA0//N/+H/zP/u//D/6/8UAOz/7P/s/+z/7P/s/xQA7P/y/+z/7//s/+v/7P8AAAAAAAAAAAAAAAAAAAAA0v/T/w0AsP+3/8n/0v8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA6f8VAOb/3f/Y/+v/7P/r/wAAAAAAAAAAAAAAAAAAAADa/+P/2f/Y/+//GADs/+r/AAAAAAAAAAAAAAAAAAAAAAAAAADD/93/6v+1/+H/6f8AANX/6//q/+7/FAD7/+r/5v/Y/+r/1v8IAOn/+P8PAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAFADo//n/AAAAAOz/7P8AAOz/3f/s/+r/AADt/x0A8f/s/xcA6P/m/9v/5v/h/+H/5P/k/+b/6f/o/+b/GgDm/xQA8f/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAEwDt/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/8P8UAOz/7P8WAPr/AAAAAAAAAADq//H/7P/s/+3/7f/z/xQA7P/s/+n/6v/t//P/+f8AACsA7v/s/+n/7P/t/+3/FQDr/+z/6f/g/+v/6f/t/+n/FwAAAO7/5//c//T/7P/m/+H/BwAAAMT/6//N/yIA1//W/+j/AAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAPAO//AAAAAAAAAAAAAAAAAAAAAAAA6/8TAOz/7P/t/wAA2P/q/+H/AAC//9L/6P/v/9L/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/+r/0/++/+//HwDe/6H/AAAAAAAAAAAAAAAAAAAAAAAA8v/4/xQA9v/r/+3/7P8AAAAAAAAAAAAAAAAAAAAA1v/Q/9j/6f/v/+b/AAAaAAAA8v/4/xQA9v/r/+3/7P/6/wAA2f8AAAAAKAD3/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/+v/+P/2/+//FQDs/+r/HADo/+z/6f/q/9z/4f/r/yQA7f/q//j/9v/i//X/FADu//T/+P/4/+7/7P/t/yEA6v/o/+P/5f/h/9v/6//s/+//7f/w//n/7P8UAO3/JwDt/+z/7P/v/+T/2P/w/+z/7v/s/+3/7P/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/7f/p//P/7/8VAOv/7v/z//P/8//7/+3/EwD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P/t/+z/7f8UAPr/7v/p/+v/7P/s/wAAFQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+z/7P/t/wAA6/8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfAAAA+f8AAAAAAADh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+z/7P/t/wAA6/8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/7f/s//b/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO3/7f/t//H/9v/u/xQA7f/s/+z/7P/t/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAA+f8QAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/0//j/+P/u/+z/7f8AAAAA7v8AAAAA+f8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/xYA6//s/+v/6//q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/9n/5//r/+j/5/8ZAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//D/9//z//L/9v8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+r/6P/q/+r/6/8WAOr/9f8AAOz/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAAAAO7/EwAAANj/3P/d//b/+P/j/ygA+v/s/+z/7P/t/+7/7P8UAO//6v/q/+7/5//w/+v/FgD2/+z/7f/t/+//7f/t/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/FADs/+3/7f/s/+z/7P/s/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/1/+z/7f/x/xQA7P/s/+z/7P/z//j/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v/r/+//9//2//j/FgDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA+P8AAAAAAAAUAAAA7P/s/+z/7f/v/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/IADq//H/7f/y/9v/8f/s/xQA7P/s/+7/7f/s/+3/AAANAAAAAAAAAAAAAAAAAOz/8v8UAOf/8//s/+z/7P8AAA0AAAAAAAAAAADz/wAA7P8XAOn/8P/7//D/6v/u/+z/7P/s/+z/7P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6v/0/+z/9v/r/xcA+f8AAAAAAAAAAAAAAAAAAAAAGQDr/+r/6f/q/+b/4//r/+P/4v/q//L/7//r/+j/HQDs/+z/7P/7/wAA7P/s/xQAt/+6/+L/6v+u/73/6/8cAOr/5f8GAOf/AADh/wcADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADs/+3/7//s/+v/7P/y/+r/6P/r/9j/AAAAAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xgA3v/u/+b/4//d/+v/AAAAAAAAAAAAAAAAAAAAABQA+v/t//P/AADs/+z/7P8VAOz/6f/r/+7/7f/p/+z/AAAAAAAAAAAAAAAAAAAAABEA5v/t/+3/AADv/8j/3P8HAMr/yv/t//r/CwDE/+D/AAAAAAAAAAAAAAAAAAAAAOv/qf+y/7j/yf/g//D/5f8AAAAAAAAAAAAAAAAAAAAAAADJ/9f/1v/W/w8A3f/o/9v/2//g/9n/7f/n/97/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/5v/W/9n/HgDn/9P/5f8AAAAAAAAAAAAAAAAAAAAA7P8aAPX/AADy/+r/1P/p/9r/AADp/9T/0f/4/+n/AAAUAO7/9P/4//j/7v/s/+3/IQDq/+j/4//l/+H/2//r/ycA7f/s/+z/7//k/9j/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/2f/q/9f/2v8AAN7/EQDp/+H/3v/h/9//5P/f/yAAy//u/8f/xf+0/wgAt//u/ygA4v8AAAAA7f/Z/9j/7f/r/xUA6v/q/+v/6v/o/+v/GAAAAMr/3v/2/83/xf/Q/yYAw//B/7z/tv/b/9X/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAPb/8/8AAOz/7P/t/wAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/x/+z/7P/s/xYA5v/n/wAA+P/r/9H/AAAUAO//7P/s/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAO//wv/G/7j/6v/E/8H/AAAAAAAAAAAAAAAAAAAAAOr/7P/s//H/7f/t/xUA7f/t/+3/8v/s//j/8P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t//H/7P/s/+z/3f/r/+f/4P/e/+r/1P8jABYA6//r/+v/6f/s/+r/5/8AAAAAAAAAAAAAAAAAAAAA3//m/+T/3//g/+b/HADo/xkA6v/s/wAA9P/v/9//6/8AAAAAAAAAAAAAAAAAAAAA7P/m//L/9P/2/wAAFAD0/+//6v/r/+v/7v8YAOb/AADs/wAAAADs/+z/7P/s/xQAAAAIAOr/5f/Y/9n/6f/i/97/6v/i/+r/6//s/x8A5P8NAO7/1//X/9n/w//C/+r/5P/t/+7/7v/s/xUA6P/r/+T/xP8OAN3/6P8QANf/6P8AAAAAAAAAAAAA8P8AABEA+f/X/+f/0P/S/wcA+v/c//n/zf/A/9H/vP8AAAoA1P8AAAAAAAAAAAAAEQDv/wAA1//b/+D/3P/o/wAA0/8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/4/+z/+P/5/xMA7P/s/xQA7P8AAO3/7P/s/+z/7P/F/9T/1v/Y/6T/9//p/xUA7P/u/+z/7f/w/+z/7P8UANv/7P/s/+3/9f/q/xgA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/8P/y/xQA7f/t/xQAAAAAAAAAAADv//D/FADs/+z/7P/r/+z/7P/s/+7/9//x//T/AADs/xQA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/HQDo//T/6f/h/9z/6/8pAAAA9f/u/wAA2P/Z//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAPf/6//s/wAA+f/n//v/FADs/+z/7P/s/+3/7P/s/yQAAAAAANf/AADc/93/7f8AAAAAAAAAAAAAAAAAAAAAy//Y/9n/0P/S/9P/LQDT/+z/1f/r/+r/AAAgANv/3P/s/+z/7P/s/+z/7P8UAOz/6/8UAOz/7//Y/+z/7P/s/+z/FADs/+3/7f/s/+z/7P/0/wAAAAAAAAAA7f8TAAAAAAAAAAAAAAAAAAAAAAAAAB8A5v/b/+P/6f/c/9b/3//c/+z/9f/1/xQA6P/q/+n/7v/t/wAAAAAAABQA7f/s/ygA3v/T/9b/yv/d/8//4f84AMH/0v/G/8v/0P/F/9n/6P/C/9j/w//M/7X/BgD7/9z/6//p/+j/6//o/x4A5/8bAOL/6f/l/+L/6P/a/+b/AAAAAAAAAAAAAAAAAAAAAB4A6f/o/+f/8v/a/+D/2f8AAAAAAAAAAAAAAAAAAAAA1v/s/93/5P/m/+n/KQDn/+z/7P/s/+//AADt/xQA+P/s//L/7P/6/wAAFADs/+z/7P/d/+z/6v8AAO3/HQDx/wAAAAAAAAAAAAAAAAAAAADs/+v/8//0/wAAJgDZ/9v/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADa/+v/5//q/9b/3f8AAAoAAAAAAAAAAAAAABcA+f/s//T/AAAAAAAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA8f8AAPH/7P/t//L/2P/7/9b/5//h/9r/BwD5/wAAAAAAAAAAAAAAAAAAAADb/9X/z//W/+D/3P8qAOf/zf/J/8z/0P/V/8z/PQDq/+j/6//o/+z/7P8WAOn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/4//s//r/9P/r/xYA6f/r/+n/7P/o/+r/FQDq/+r/AAAAAAAAAAAAAAAAAAAAANr/4P8AAOj/AADZ/zMA+P/r/+n/7P/o/+r/FQDq/+r/+v8AAAAA+v8AAPD/GQAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+7/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA6f/s/wAA8f/t/+D/6//p/xgA5//m/+f/6//m/+n/7P/s/+z/AAAAAOz/7P8UABoA5v/5/wAAAAAAAOf/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/4P8AAPr/FADs/+n/AADW/9T/y/8PANX/3//s/+z/7P/4/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPL/AADu/97/AADb//n/LgAAAAAAAAAAAAAAAAAAAAUA8v8kAAAAAAAAAPv/4f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/8P/u/+7/7f/s/+z/FwAAAAAAAAD6/wAAFADw/+z/7P/s/+z/+/8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8TAPH/AAD2//D/7v/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/r/9f/DADX/83/AADh/+H/6v/j/+b/1v/Z/x4A5//T/+X/4v/k/+X/6P/n/+b/GwDj/+n/2f/m/+L/3v/S/+D/HQDn/+X/2//i/xwA0v/Y//P/4/8VAOr/3P/q/+z/6v/d/+r/AAAAAAAA9f8AAAAAHgDs/+z/7P/s/+3/7f/s/xQA7P8AAO7/AAAAABQA5v/s/wAA7P/s/+3/7v/s/wcA7P/x/9b/6P/q/+X/7P8AAAAA3f/r/+j/7P/q/+H/5/8aAOz/7P/t/+z/8v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/7//r//X/0//i//X/9f8AAAAAAAAAAAAAAAAAAAAA7P/s//P/+P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAD4//L/7P/s/xQAAADs/+z/7f/u/+z/BwDs/wAAAAAAAAAAAAAAAAAAAAAMAOr/3//o/9j/6/8AAOn/AAAAAAAAAAAAAAAAAAAAAO3/6//s/+r/FwDs/+H/3//t/+z/+P/u/xQA8//s/+z/6//c/+z/3/8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/8P/0/wAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0/+w/7X/xv/p/9P/DwARAN7/2//X/8v/1v/c/wAAFgDw/+n/3//f/9z/4f/U/9D/8/+9/53/mf+x/8H/JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/ygA3v/i/9f/0v/p/9P/6f8YAOf/5v/n/+v/5v/p/9f/AADc/9b/1f/u/wAA3P/e/+T/4v/p/+r/HADn/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/93/+f8AAAAAAAAaAAAA7P8UAOz/7f/x/+z/7P/s/xwA8//3//T/AAD6/+P/AAAAAAAAAAAAAAAAAAAAAAAADwAdANH/1f/A/9X/zP/g/9L/JQDn/+P/7P/i/+X/3P/s/xcA6f/w//v/8P/q/+7/AAAAAAAAAAAAAAAAAAAAAPX/MgAAAAAAAAD6/9r/9//s/xQA7P/s/+7/7f/s/+3/FADr/+z/6//s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+n/6v/s/+v/7P/s/xQA7f/s/+3/7P/s/+z/AAAMAAAAAAAAAAAA+f8AAAAABgAAAAAAAAAAAAAAAADn/xQA7P/0/9z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOH/HwDk/+P/3P/j/+L/5f8VAOz/7P/s/+7/6//r/+z/AAAAAAAAAAAAAAAAAAAAAO3/FADv/+//8//x/+z/7P8AAAAAAAAAAAAAAAAAAAAA5v/q/+r/6//r/+v/FQDs/+7/AAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/FQDs/+z/6f/s/+3/7P/s/+z/7f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/+z/7f/w/xQA7v/s/+z/7f/s/+z/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+r/7P/s//H/7f/t/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8AAAAAAAAAAAAAHQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/2P/n/+T/+f/s/ygA6v/y//n/vv+L/8j/pv/y/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+r/7P/0/wAA+f8UAOz/4/8AAOz/2v8AAPf/FADs/wAAAAAAAAAAAAAAAAAAAADv/9b/1//P/+7/HAAHAOf/8P/p/+X/2v/j/7b/CQDd//L/7P/n/xUA5v/f/+P/6/8AAAAAAAAAAAAAAAAAAAAA6v8XAAAA6/8AAPr/+P/s/+z/7P/s/wAAAADs/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+f/6f/p/+r/6/8XAOj/AAAAAAAAAAAAAAAAAAAAAOz/7//t/+3/8P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//r/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/9f/3P8oAN3/2f/P/9r/7f8UAOz/7f/s/+z/7P/1/9z/MwDg/+L/xv/U/8P/o//p/zIA2//y//H/6f/T/+7/7P8UAOz/7v/n/+z/6//r/+3/FAAAAAAAAAAAAO//8P8AAAAAAAAAAAAAAAAAAAAA7P/2/+3/8f/s/+z/7P8UAOz/2//r/+z/8//r/+L/JwAAAAAAAAAAAAAAAAAAAAAA2//Z/+b/6f/h/9z/JADk/+//3P8AAPj/FQDm/xkA5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/AADa/9z/wf+s/+n/x//o/xoA6P/l/+D/6P/i/+b/6//c/+z/3/8UAOz/7P/s//v/4f/Z/+P/1//Y/83/AADr/xUA6//o/+r/7P/q/+z/FADu/wAAAADw/+3/7P8AAAAA0v/K/8//vP8JAPr/AAAYABEA+v8AAPX/7P/Q/+7/AAAAAAAAAAAAAAAAAAAAAOv/6//x/+3/7P/s/+z/FAAAABMAAAAAAAAA7v/2/+7/AAAAAAAAAAAAAAAAAAAAAMj/0P/i/+n/5P/T/yAA6v/r/xcA7P/q/+L/7P/p/+r/3/8iAO3/6f/o/+T/3v/d/wAAAAAAAAAAAADz/wAAFQAAAAAAAAAAAAAAAAAAAAAA3P/q/xUA6f/r/+z/6v/r/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA7f/s/xQA7P/s/+7/8v8UAO7/7P/r/+L/GwDn/+L/6//q/+j/0v/l/xsA6P/o/+v/5v/a/+T/5f/Z/+7/AADq/9//5v8TAAAA1v/O/wkAxf/w/8v/AAAvANT/0//l/8v/uP/V/+j/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7P/s/+z/7P/q/+3/7P/r/+7/6v/s/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+H/5//m/wgA6v/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAXAPj/AAAAAPL/8f8AAOz/7P/s/+D/AAD6/xQA7P/q/xkA6v/r/+r/7P/j/+r/AAAAAAAAAAAAAAAAAAAAANz/AADL/9H/4v/m/87/HQDs/wAAAAAAAAAA7f/s/xQA7P8VAOz/7P/q/+v/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/GADZ/+b/6v/r/+n/6v/r/+v/7P/t//T/7f8VAPX/AAD2/wAA7P8AAAAAFAAAAPb/GAAAAAAA+/8MAND/9v/s/+b/9P/x//r/+P8cAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/g/+j/0P/e/+n/0/8RAOT/4//s//r/9P/r/xYA6f/N/9X/wv/O/+L/wf/S/z8A4v8XAO7/7f/u/+z/6f/r/+z/FQDs/+z/7P/s/+r/7P/v/xcA6//w/+z/6v/o/+3/AAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADw//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/6//t/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAAZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/4/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7//u/+3/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+3/7f/t/+z/FADq/wAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAAAAAADu/+7/7v/s//D/7v/t/xQA7P/s/+j/2v/r/wUA7f/r/xUA2P8AACQAAAAAAAAAAADc/wAA8v8UAO7/9f/7/+z/7f/s/wAAAAAAAAAAAAAAAAAAAADf/9r/2v/b/9n/AADZ/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/wAA5f/u/+z/CQDr/9f/7P/s/+z/7P/s/+z/6/8UAOT/7f/y/+r/AAAUAOz/7P/q/+r/7v/n//D/6/8WAPb/7P8UAO3/7f/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAoAOf/6//t/9r/2f/a/9j/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/7P/s/xQA6/8AAAAAAAAAAAAAAAAAAAAA6f/s/+v/7P/s/xQA7P/r/wAA7f8AAO//9f/s/xQA8P8FAOb/5//l/+j/0/8AAOv/6//s/wAA9P8AAAAAFgAAAOz/7P/s/+z/7P/s/xQA7v/t/+3/8P/w//j/FADs/+z/3v/q/+j/3P/y/yEA2v/r/wAAAAAAAAAAAAAAAAAAAADt/+3/+v8AAAAAFADs/+z/5f/m/+f/1v/T/+T/HQDX/7v/6P/C/8n/xP+7/yoAvP/r/+z/6//s/+v/6/8UAOv/AAAAAAAAAAAAAAAAAAAAAOv/7P/r/+z/7f/s/xQA7P/7/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAAAAAAAO7/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/7P/s/xUA6P/f//b/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/5//n/+n/6P/p/xgA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xQA8P/6/wAA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/4f/T/woA2P/d//X/1v8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/AADc/9v/3v8QANb/AADs/+//7P/K/+3/FADs/+z/6/8UAOz/7//Y/+z/7P/s/xQA7P8AAO3/7P/s/+z/7P/c/93/7f/j//D/KgDp/9b/7P8AAO7/7P8AABQA3//r/wAAAAAAAAAAAAAAAAAAAAD2/8r/xv/s/+7/CwDG/7//AADe/+L/7f8AAAAA3P/l/xQA7f/s/+3/8P/v/+z/7v8nAO3/7P/s/+//5P/Y//D/AAAAAAAAAAAAAAAAAAAAAM7/6//g/97/0f8WANT/7P/p/+v/7P/s/wAAFQDs/+z/7P/s//P/+P8UAOz/7P/s/9r/2//p/97/GADs/+b/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA3f/r/+n/6v/q/+n/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//b/7f/x/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/yMA2f/c/+P/1P/f/9n/2v8jANn/3P/j/9T/3//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAD6/xEA9f8AANb/2P/b/97/1v/j/yUA6f/s/93/7P/q/wAA7f8dAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7v/s/+z/7P/p/+z/7P8UAPL/7P/s/+z/7P8AAAAAAAAAAPL/FwAAAOz/7P/s/+3/7v/s/xQA7P/q/+r/7v/n//D/6/8WAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7//v/+z/7f8UAOz/7f/p/+j/6v/l/83/6f/q/xsAAADp/wAA7f8AACQA9P8AAAAA8P8AAO7/AAAUAPb/AAAAAAAAAAAAAAAAAAAAAAAA6//m/9P/3f/h/yAA1P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAN7/2P/l/+L/1//V/9X/IADi/wAA+v/r/+P/3P/j/+T/5//o/+v/7f/q/xYA6v/r/9n/7P/Y/+L/FgDr/+z/5v8YAAAA+P/p/+r/8P/q/8P/zf/r/wkA5f/I/w4A2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/4P8AAPr/FADs/97/1v/b/+r/6//d/yoA4P/s/xQA7P/s/+7/7f/s/+3/8//7/+D/HwAAAOP/6f/3/wAAAAAAAAAAAAAAAAAAAADj/xUA6v/c/+r/7P/q/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+z/7P/s/+z/7P8UAOz/7P/s//n/AAAAAAAAAADt/wAAEwAAAAAAAAAAAAAAAAAAAAAA6//r/+3/2v/t/xYA1P/K//X/AAAAAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/7/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPn/AADs/+3/7P8UAOz/7v8AAAAAAAD3/wAA3f8AACQA7P/s/+z/7P/s/+r/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/t/+//7v8UAOz/7//s/+v/6/8WAOv/6//q/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9f/s/+3/8f8UAOz/7P8RANr/6P/l/wwA5f/b/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+v/DADb/9P/CQDo/9f/5f/S/9H/5v/p/zAAy//p/+j/6//r/97/7f/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAGAPb/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/y//L/+/8UAO3/7P/r/+z/7P/q/+v/6P/j/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//T/5P/r/+X/HwDh/wAA8P/s/+z/7//v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAMAOr/3//o/9j/6/8AAOn/AAAAAAAAAAAAAAAAAAAAAAAAwP/K/wAA4P/1/9T/wf8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xUA8P/s/+r/6//r/wAAAAAAAAAAAAAAAAAAAADY/+z/7P/Z/xQA2P/l/wAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+n/7P/s/+v/FQDr/+3/7P/s/+3/7f8UAOz/7P8UAO//7f/0/wAA8f/2/+//AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/q/+r/5f/g/xkA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9j/4P/e//D/2v8oANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+f/6P/r/+3/6v8WAOr/+f/u//n/7P8AAAAAFAAAAOr/7P/t/+3/7f/s/xQA6v+1/7j/GgCz/7b/rv8OAPH/3f/g/yUA6P/5/+j/2f/r/+z/5v/s/wAA8f/h/xQA2P/s/xQA7P/t//H/7P/s/+z/7P/t/+z/7//0/+z/FADw/wAAAADw/wAAAAAUAOz/8P/6/+j/7P/s/+7/DgDo/+z/1//V/9j/3P/Y/9f/KQDp/+T/4//s//r/9P/r/xYA6f/p/+D/5P/s/+v/FgDl/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/8X/6v/x/8v/AAD3/+f/7P/s/xQA7P/s/+z/7P/s/xgA2//i/+H/5//q/+b/5P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN3/HQAAAAAA6v/o/+z/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/AADi/+T/8v/r/9j/AAAAAAAAAAAAAAAAAAAAAAAA9//5/+z/9//t/+3/7v8UAAAAAAAAAAAAAAAAAAAAAAAUAO3/8f/1//P/7f/s/+z/7P/y/+z/+v8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAADv//H/AAAAAAAAFADs/+z/7P/u/+z/7f/v/+//7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7f/t/+3/7P8UAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAANz/2//j/+3/7v/Y/97/IwDs/+//7f/t//D/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7f/5//n/FADs/+3/AAAAAAAAAAAAAAAAAAAAANv/HwDg/+T/5P/i/97/3P8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/s/+z/3P/a/9v/FAD7/wAAAAAAAAAAAADs/wAAJwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u//H/FADs/+z/7/8AAOX/+v/u/wAA7f8AABgA9P/r/+3/7P/q/+b/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+7/+f/6//D/FADy//H/AAAAAAAAAAAAAAAAAAAAAPH/7P/u/+z/7v8UAAAA7/8AAAAAAAAAAAAAFADs/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FQDs/+z/7P/r/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7f/2/wAA+/8UAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/wAA7f/s/wsAEwDb/9n/7v/2/+z/AADk/wAAAAAAAAAAAAAAAAAAAADr/9b/2P8KAAAAFQDr/+n/+P/c//X/FAAAAO3/AAAAAOb/HgDl/9j/4//i/+v/6/8AAPb/AAAAAAAADgDx/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+T/KgDQ/+L/4/++/97/7v/s/+z/FAD5/+//7P/s/+z/7P/w/+r/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA+f/x//j/7P8AAAAAFgAAANn/7P/s/xUAAADr/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7/8UAOz/7P/c/+D/IADf/9n/5v/k/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+f/5//k/9j/7P/s/yYAFADs//L/7P/v/+z/6//s/wAAAAAAAAAAAAAAAAAAAADS/9L/7v/w/wAA3/8AANX/6v/Y/+f/5P/5/+z/KADq/wAAAAAAAAAAAAAAAAAAAADY/wAA2f/b/+b/2v/p/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+z/7f/s/+3/FAD6/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/4/wAAAADs/+z/AAAYAAAAAAAAAAAAAADo/wAA6//p/+3/+P8WAO3/6//r/+n/6P/p/+j/6P8YAOn/5v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/AAAAAOz/7P8UAA0AAAAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAD6/xEA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+3/7P/2/+z/7P8UAOz/8P/t/+z/9v/s/+z/FADj/93/3v/i/9j/4P8eAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/6P/i/+v/5/8XAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+3/7v/s/xQA7P/q/+n/7P/r/+r/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA7/8AAPv/1/8AADgA7//r/+//7v/v/+r/FgDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8v8AAAAA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAADs//L/AAAAAOv/8//t//P/9f8AAAAA7//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/xQA7P/y//b/8P/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAABkA8//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/e/+v/7f/Z/+v/JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6f/t/+3/7v8AANn/DADt//H/AAAAAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//6//X/AAD1/+v/AAAXAAAAAAAAAAAAAAAAAAAAAADq/+3/7P/r/+7/6v/s/xYAAAAAAAAAAAAAAAAAAAAAABQA7v/t/+z/AAD1/+z/9f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+v/7P/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/+z/7f/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+z/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v/w/+3/8P8VAOv/7/8AAAAAAAAAAAAAAAAAAAAA0v+j//D/9f+6/93/yP/n/+z/8P/t/+z/9v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADp/+f/+v8AAAAA7P/g//j/7v/s/+z/8v/3/xQA7P8eAPL/4f/o/+z/6P/e/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/w8AGADh/+L/7v/n/+T/2v/Y/+z/2//Z/+P/6P8iAAAAFAAAAAAAAAD1/+z/7f/t/+3/7f/x//b/7v8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/t/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/4/wAA+f/0/+3/8P8UAAAAAAAAAAAAAAAAAAAAAADr/+z/6v/s/+z/7f8VAOn/KADY/73/3//t/9H/4f/V/+z/8//s/+3/7/8UAOz/7P8VAOz/6v/s/+z/7P/s/+3/7v/r/+//9//2//j/FgDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAOz/2/8AANv/9v8vAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+//FADs/+7/7P/s/+3/7v8AAO3/7P8LANT/1/8PAM//0P8gAM3/vv8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/6v/r/xUA5v/s/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/v/+3/7f8UAO3/AAAAAAAAAAAAAAAAAAAAABYA9P/y/+z/+f/p/+r/6v/s/+P/7P/t//L/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+D/5f/b/+T/5/8fAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+b/GQDr/+3/6P/l/+j/AAAAAAAA+f8AAAYA9v/6/+T/7//r/8j/0P/U/wAA9v8AAAAAAAAAAAAAAAAAAAAA6//u//H/9v8AABUA+v8AAO3/7f/t//H/9v/u/xQA7f8AAAAAAAAAAAAAAAAAAAAA6P8AAO//4f8AAAAA7v8oAAAAAAAAAAAAAAAAAAAAAADy/wAA7v/e/wAA2//5/y4AAAAAAAAAAAAAAAAAAAAAAAAAFADt/+v/AADw/9v/8v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/x/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/8v/w/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7v/t/9n/7f8UAOz/7P8AANj/7P/X/+r/4v8QAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7v/s//X/7P8UAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADt/wAAAAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAPr/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+3/7P/2/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADm/+v/5v/r/+v/4v8WAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//f/9P/t/wAAGQD3/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAA+/8AAPr/AAAeAAAA7v/t/wAAAAAAABQA7f/s/+z/7P/s/+z/7f/s/xQA7P8AAOn/7f8AAPX/FwDa/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+n/KADY/93/3P/Y/9v/7P/q/+z/7f/x/wgAAADs/wAAAAAAAAAAAAAAAAAAAAAdAAAA7f8AAAAA4P/x//v/8P/s/+3/7P/t/xQA+v/u/9z/AADY/+P/+v8AANL/EgAAAAAAAAAAAAAAAAAAAAAAGQDr/+n/9v/0/+j/5P/m/97/5/8eAMn/5//p/+H/7P8AAPr/AAD6/wAABgAAAPr/AAAAAAAAAAAAAAAAAAAAAOv/EwDZ/97/4v/p/wAA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/3P8VANP/2//b/+v/7P/B/93/0//d/93/2v/r/yYAAAAAAAAAAAAAAAAAAAAAAOz/7P/z//j/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA6//p//b/9P/o/+T/5v8AAAAAAAAAAAAAAAAAAAAA7//q/+v/6//u/xgA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAOH/4v/d//r/9f/n/+7/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/6//r/+z/FAAAAAAAAAAAAAAAAAAAAAAA0P/k/wgA8v/K/+7/1f8AAOz/FADs/+z/7P/w/+z/7P/m/+X/5v/r/xMA1v/d/wAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+n/4P/s/w8A2f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAACgDS/7z/xf+9//L/6f/t/+z/7P/w/xQA7P/t/+z/7P/s/+3/7P/r/+v/7P8UAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/x/+3/7f8VAO3/AAAAAAAAAAAAAAAAAAAAAPD/7P/s/+//7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAJwDu/+v/7f8AANv/6P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAOv/AADp/xUA6//s/+j/0//s/9n/8P/g/xkA6f/s/+z/FADt//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/wAA6P/q/9j/EQDs/9j/7P/t/+7/7P/t//D/FADu/wAA7P/s/xQA6f/p/9f/6v/k/+f/6P/r/+3/6v8WAOr/7P/t/+z/7P/u/+7/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/9j/CwAAAO3/5P/Q/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/x/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//H/7f/s/+z/7P8UAOv/6//x/+3/7P/s/+z/FAD3//n/7P/3/+3/7f/u/xQAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+v/5f/k/+v/6P8AAAAAAAAAAAAAAAAAAAAA5//O/+z/BgD4/wAACwDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAAAAAAAAAAAAXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+b/5f8eAOP/3v/g/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/7P/t/+//6f8AABYAFQD1//T/8f/6/+z/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP/f/xoA1P/M/+v/5v/N/+z/7f8UAO3/8f/t/+z/7P/c/+r/FQDp/+v/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADs/+z/7/8UANj/7f8AAAAAAAAAAAAAAAAAAAAAFADu//b/8f8AAOz/7v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/X/9f/1f/c/9b/EQASAPv/AAAAAAAAAADu/xEAAADs/+z/7P/s/+z/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAOn/9//r/+f/2P8AAAAA8v8AAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAADEAAAD4/+z/AAAAAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/93/6v/f/93/6f8eANv/2f8aANj/2P/l/+v/3P/e/+z/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+7/7P/s/xQA0f/x/+j/3P/i/+n/4P8ZAAAAAAAAAAAAAAAAAAAAAAD1//T/6//1/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8iAN3/5//s/+r/2f/q/wAAAAAAAAAAAAAAAAAAAADs//T/6//3/wAA6/8VAPD/EADX/7n/uf/M/77/9f/O/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/+z/7f/v/xQA7P/s/xQA7v/s//v/AADs/+z/7v8UAPD/7f/3/+//8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA+P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/+z/7P8UAOz/7f/y//D/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r/+z/5f/s/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAA9f8AAAAAHgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+r/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/+v8AAPj/BgDr/+z/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/AAAAAOz/7P8UAO3/7v/u/+3/7v/s/+z/FAAAAM7/EgAMAOP/zf/k/8j/7P/s/+3/7v8AAO3/7P8LAO3/7f/t//H/9v/u/xQA7f/y/wAA7v/e/wAA2//5/y4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//b/7f/x/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAAAAAABAA7P/s/xQA6v/s/+v/7P/u/wAAAAAAAAAAAAAAAAAAAAD1/wAA7P/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOr/7P/p/+z/6v/Y/+f/IgAAAAAAAAAAAAAABQD3/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAPv/AAD6/wAAHgAAAOz/7f/s/+z/7v/u/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/t/+z/7P8UAOX/6//n/+7/6f/2/+v/GQAAAPb/8P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/Z/93/2P8AABQAAADk/wAA2v8KAPP/4P+8/93/2v/e/+P/HQDU/9P/y//C/wAAEwDr/+f/7f/u/+z/7f/t/xQA7P8AAPn/7f/s/+z/AADt/xQAAAAAAAAAAADv//D/6P/n/x4A5f/m/+r/vv/r/+z/7P/s/+z/FADs/+z/7P8eAOT/5P/q/+r/5P/f//P/AAAAAAAAAAAAAAAAAAAAAOz/7P/v/+z/8//u/xQA7v8AAAAAAAAAAAAAAAAAAAAA6f/4/7r/eP/F/wAA8f+t/w4A2P/Y/9j/DgDG/97/2v/U/+X/y//4/93/5f/i/wAA8//5/+j/+P/G/7H/4P8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/x/+v/xf/g/wAA6f8UAOz/FADy//D/9v/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA9/8OAOr/6P/v/xIAwP/Z/+z/7P/s/+z/7P/q/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//r/+v/6f/r/xYA6v8AAOr/y//x/+7/EwDN/9L/7P/H/9b/FwDD/77/4v+6/wAAAAAAAAAAAAAAAAAAAADu/9v/KADd/+v/2//Y/+b/AAAAAAAAAAAAAAAAAAAAAOr/7//5/+r/AADq/xYAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7f/5//D/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAD3/wAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/w//T/AAAAABQA7f/s/+v/6v/p/+v/7P/m/xcA6//s/+v/7P/r/+v/7P8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/x/+z/7P/s/xUA7P/r/+v/7f/s/+r/7P/s/+z/7P8UAPD/7P/s/+z/6//s/wAA9P8AAAAAFgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/V/xQA7f/s/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/t/+z/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//8//x/wAA9v/s/wAAFADo//n/AAAAAOz/7P8AAOz/AADu/+z/AAAUAN//6//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/+z/+v8AABQA7P/s/+z/7//t//D/+f/s/xQA7f/s/+//7f/w//n/7P8UAO3/FAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/v/+3/7f/w/+z/FADt/+f/5v/i/+j/6f/q/xkA6P/7/+n/7P/p/+j/CwDr/+z/AAAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+//AADt/xQA+P/s/+//7P/t/wAA8f8UAOz/AAAAAAAAAAAAAAAAAAAAAO7/8//z//P/+//t/xMA9f/u/83/AAC4/8L/9v8AAM7/AADp/+n/3P/q/9v/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//r/+//7v/v/+r/FgDv/+r/7P/s//H/7f/t/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/5v/g/+b/6//p/xwA1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8UAO7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAEQDd/9r/2//d/+n/AADr/wAAAAAAAAAAAAAAAAAAAADa/yMA2f/c/+L/1f/f/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v+m/7//2v/K//P/1P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/6//s/xQA7P/s/+z/7P/t/+3/7//s/xQA8P/s/+r/6//q/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/8f8UAOz/7P/s/xQA7P/t/+3/7P/s/+z/TQDA/8L/tf/o/8L/uv/S/+z/8P/0/wAAAAAUAO3/7P8WAO3/7P/m/wAA5//r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADw/wAAAAAAAAAAAAAAAAAAAAAAAMD/u//H/9b/AAD6/+7/tv8YAMf/2//Q/8n/t//s/wwA8f/W/+j/6v/l/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAaAOf/2P8AAPj/5v/Y/+n/AAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAPL/AAAAAAAAAAAAAAAAAAAAAAAA2v/W//H/2//f/9r/3/8nAPL/GQDq//D/7P/2/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/5/wAA7f8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t//X/7f/u/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/v/xQA7P/u/+7/AAAAAAAAAAASAAAAAADt/+3/8v/s//j/8P8UAPD/7P/v/+z/7f8AAPH/FADs/+z/7f/s/+z/7v/u/+z/FADs/+3/7P/s/+7/7v/s/xQA6f/r/+v/6//p/+v/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/CwDg/+D/2//Y/+X/CQAdANz/3P/k/+z/wf/1/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAA8P/1/xQA7v/u/+3/8f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/q/wAAAADy/+L/1/8iAAAAAAAAAAAAAAAAAAAAAADt/xQA8f8AAAAA7//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/w/wAAAAAAABQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/+z/7P8UAO3/5P/q/xYA6f/p/+v/5//q//X/8f8AAAAAFgDr/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAA6//r/+v/4P/p/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s//T/7f/s/+z/7P8UAOz/7P/s//D/7P/s/+z/FQDr/+z/7P/u/+r/8P/o/+f/5//p/+j/6f8YAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/o/+n/6P/o/xgA6f/m/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+3/FADs/+z/7//r/+//7v/v/+r/FgDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/n/+n/5v/l/+f/GADm/9H/4v/Y/+L/5v86ALr/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAAAA7f8AAAAA4P/x//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+3/FADs/+3/AAAAAAAAAAAAABQA7P8AAOz/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOv/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/t/+z/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/7v/1/wAA7/8UAPH/4//n/+v/6v/p/9n/GQDs/+//8f8AAPf/AAAAABUAAADr/93/+f8AAAAAAAAaAAAA7f/t//L/7P/4//D/FADw/+z/7//t/+3/8P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAADu/+7/AAAAAPP/7/8UAAAA7v/u/wAAAADz/+//FAARAAAAAAAAAAAAAADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAAAAAAABgA6P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s//H/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA+P8AAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADu//H/AADs/+z/7P8UAAAA7v/x/wAA7P/s/+z/FAAAAO7/8f8AAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+v/7P/p/+v/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8AAPf/7v/5/+z/GwD2/xQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAA7P/2/+3/8f/s/+z/7P8UAPX/AADs/+3/7P8UAOz/7P8AAOf/6P8AAAAAAAAAAM//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+v/7v/s/xQA7P8AAOz/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAD7/wAA+v8AAB4AAADp/wAAAAAAAPT/AAAAAB8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/x/wAAAAAAABQA7f/s/+z/7//t/+3/8P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/8v8AAO//FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAA8P/z/+z/FADu/+z/7v8AAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P/s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOr/6//y/+b/7P/m//D/7P/s/+//7/8UAOz/7P/u/+3/AAAAAAAAFADr/+z/7P8UAO3/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+3/FADs/+3/7//q/+v/6//u/xgA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+v/7P8AAPT/AAAAABYAAADu/wAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//u/+3/8//1/xQAAADp/+z/7P8UAPL/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+j/2v/S/9r/GADw/+v/AAAAAAAAAAAAAAAAAAAAAOT/6v/r/+v/6f/m/xYA6v/n/+b/6f/q//D/GADq/+X/BQCn/6r/2f+W//j/6f/D/wAAAAAAAAAAAAAAAAAAAADn/9f/5//l//L/HADe/+f/wf+7/9H/1P/R/0kAtv+w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgDd//r/7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/9r/8P/E/8X/4v/s/xYAFADt//v/AAAAAO3/7f/z/wAAAAAAAAAAAAAAAAAAAADp/xoA7P/k/+v/5v/b/+r/9/8UAAAAAAAAAAAA7/8AAOn/HwDj/+j/8f/Z/97/5f8AAAAAAAAAAAAAAAAAAAAAKADg/9n/+f8AANv/2P/n/wAAAAAAAAAAAAAAAAAAAAD3/xQA8P8AAAAA8P/t//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAN//0P8AAMv/0//W/xIA1P/s/+7/+P8AAAAA7f8UAOz/AADv/+7/7f/z//X/FAAAAAAAAAAAAPr/AAAUAPD/7P8AANj/FADZ/+X/2P/r/9j/+f8AAAAAAAAAAO3/AAATAPf/7f/0/xQAAADt/wAA7P8RAAAAAAAAAAAAAADy/wAAAAAAAAAAAAAAAAAAAAAAAAAA6v/u/+//8v8UAOv/7P8AAO//7v/t//P/9f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+z/6v8ZAOr/6//q/+z/4//q/+v/6v/r/+v/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//T/+P/4/+7/7P/t/wAA7//u/+3/8//1/xQAAAD5/wAAAAAAAAAA7f8AABMA4//m/9b/2f8eAOf/0//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/6/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAOz/AADt/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAGAPb/+v8AAAAAAAAAAAAAAAAAAAAA7f/s/xQA7P/t/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8//s/+3/7v/c/+z/7v8KAAAAAAAAAAAAAAAAAAAAAADj/8D/IAAAAOj/EwD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/r/+7/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAN7/2v/m/+P/0v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+z/7f/v/9z/7P/v/wAAAAAAAAAAAAAAAAAAAADr/+v/8f/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASANf/7P/y/+L/2P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAO7/AAD0//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/t/+//7v8UAOz/7//s/9H/1//s/8r/FADV/9D/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6v/m/+v/HwDr/+X/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7f/v/+7/FADs/+//7P8AAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAAAA9P8AAAAA3f/X/+P/7P/u/wAA6/8hAAAAAAAAAAAA3/8AAAAA9/8UAAAAAAAAAAAA7/8AAPj/AAAAAAAAAADu/xIAAADr/+v/7P/s/+z/6/8UAOv/HADp/9n/5P/g/+r/3f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/+v8AAOf/FgAAAAAAAAAAAAAAAAAQAPD/AAAAAAAAAAAAAAAAEADw/wAAAAAAAAAAAAAAAAAAAAAAAOz/8f/5/+z/7f8UAOz/7P/e/9b/2//q/+v/3f8qAOD/+/8AABgA5v8AAPf/+P8AAAAAAAD7/wAAAAAQAPH/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/s/+3/EwAAAAAA7//x//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6P/i/+P/2v/g/xkA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xUA9v/v//v/AADr//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/+j/8P/t//H/HQDs/+v/7P8UAOz/7P/6/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/wgA6//c/+3/6/8JAOr/5v/m/wAACwDe/9f/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/wAA7P8AABgA9/8AABQA7P8AAO3/7P/s/+z/7P8ZAOv/6v/p/+r/5v/j/+v/7P8VAOv/7P/s/+7/6v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/8f/s/+z/7P8AAOv/6//t/+z/5//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t//H/7P/s/+z/7v/r/+//9//2//j/FgDw/+7/6//v//f/9v/4/xYA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/t//T/7f8VAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAD0/wAAAAAXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/H/9H/wv+4/8b/v/8kAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD7/wAA3/8pANf/1v/Y/9f/zf/X/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/t/wAA7P8VAO//+/8fAPb/AAAAAAAA5/8AABMAAAAAAAAAAADy//f/AADs/+3/FADt//H/7f/s/+z/6//r/xYA6//r/+r/6v/q/+z/7P8UAOv/7P/s/+v/7P/s/93/FADn/+z/6v/s/+3/9/8UAAAAAAAAAAAA7/8AABQA8P/t//f/7//y/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOj/+f8AAAAA7P/s/wAA6f/r/+z/7P/r/+v/FQDs/xQA6P/5/wAAAADs/+z/AAAUAPD/7f/3/+//8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQAAAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAO7/7P8AABQA3//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/8L/xf/I/9n/+v/L/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcAAAAAAAAAAAD6//T/AADs//b/7f/x/+z/7P/s/xQAu//5/+P/6/+3/8D/+f/F/x0A2P/y/+n/9f/i/+j/xv8AAAAAAAAAAAAAAAAAAAAAKgC2/9f/yP/G/+z/wf/F/wAAAAAAAAAAAAAAAAAAAAAAAAAAs/+R/+D/CADb/8v/7f/r/+f/6v/v/xMAAADj/97/1v/b/+r/6//d/yoA4P/b/+T/2P8nAOD/2v/Y/9D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/0P/1/93/7//a/wAA7P8UAOz/7f/t/+3/7P/s/wAA7f8AAOn/AAAAACsAAAAAAO3/AADp/wAAAAArAAAAFQAAAAAAAAAAAAAA6//0/wAAAAAAAAAAAAAAAAAAAADM/9n/AADL/+D/HAAAAOD/0v8cANj/3P/1/+v/5P/o//f/FAAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+D/5v/o/+v/FgDs/+z/7f/s//L/FADs/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/0UA5v/d//f/4/+8/wAA7/8UAO3/+v8AAPL/7P/t/9v/FADg/9j/2v8AAOv/3v/s/+r/6P/Q/+7/HwDo/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+//7P8UAPD/AAAAAAAAAAAAAAAAAAAAAO7/6//v//f/9v/4/xYA8P/t/+3/7f/x/wAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//t//T/AADx//b/7/8AAAAAAAAAAAAAAAAAAAAA6v/X/+b/2f8XAOv/4//q/wAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAPr/EQD1/wAA8P/s/+z/7//v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6//r/+v/6f/s/+r/5//r/+z/6v/s/+z/7f8VAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/9v8AAPj/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/9P/3P/O/97/zv/Z/yoAAAAAAAAAAAAAAPP/AAAYAO3/6//t/+3/7P/v/xUA7f/l/yEA6P/n/+r/6v/d/+T/6v/p//n/7P/0/+v/FwDp/+f/2//m/+r/6//d/xwA5v8AAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/k/+X/6P/n/+b/GwDj/9//5v/k/9//4P/m/xwA6P/s/+z/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAACAA6f/f/93/7f/Z/+n/7f/s//b/7//4/wAA8P8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z//j/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/FAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD7/wAAAAAAAO3/7f/t/yAA6f/f/93/7f/Z/+n/7f8AAAAAAAAAAAAAAAAAAAAAGgDm//n/AAAAAAAA5/8AABgAAAAAAAAAAAAAAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/u/+7/7f/u/wAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAADgAAAAAA2v8AAAAAAAAAAPr/IQARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7/8AAO3/FAD4/ygA3P/c/9H/4v/W/87/5f8AAAAAAAAAAAAAAAAAAAAA3P8AAAAAAAAAAAAAJQAAANz/HgDV/9b/1//F/+T/y//S/wAAAAAAAAAA+f8uAAAA6//o/+n/6P/q/+n/FwDp/+z/FADy//D/9v/s/+v/7P8VAOz/7P/s/+z/6//q/+z/AAAVAAAAAAAAAPv/7P8AAOz/8v/s//r/AAAUAOz/7P8UAO3/8v8AAAAA7f/s/wAA7P/3//P/AAAAABQA8//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/xUA8/8AAAAA+//r//L/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/xUA6//s/+v/7P/s/+v/7P8jAOz/5//Y/+v/6f/r/+v/FQDr/+v/6P/s/+z/6//s/yEA9P/p/+z/2P/t/+T/6v8WAOn/6f/r/+f/6//q/+v/JADs/+z/6f/Y/+z/7P/s/xQA7f/s/+z/7P8AAAAAAAD0/wAA+f8QAAAAAAAAAAAA9P8AAPn/EAAAAOn/7P/s/xQA8v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//x/+3/7P/s/+z/FADs/+3/7P/s/+7/7v/s/xQA5f/b/+v/2f8AAN7/4/8SAPD/7f/v/+7/FADs/+//7P8AAAAAAAAAAAAAAAAAAAAA0P/Q/9L/2P/0/+v/6v8VAOz/7f/s/+z/7v/u/+z/FAAAAAAAAAAAAAAAAAAAAAAABQDU/7T/pv+i/8P/+P/1//D/8P/3//P/8v/2/xoAAAAAAAAAAAAAAAAAAAAAAAAA2P/k/+z/6//n/+z/JgDr/wAAAAAAAAAAAAAAAAAAAAAUAO3/+/8AAAAA7f/t//P/7P/m//L/9P/2/wAAFAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/s/xQA7P/s/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5f8YAOb/6//q/+r/4v/m/wAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA8P/1/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/AADt/+z/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/xQA6//p/+j/9//q//r/6/8XAAAAAAAAAAAAAAAAAAAAAAAAAPL/JAAAAAAAAAD7/+H/+v8AAAAAAAAAAAAAAAAAAAAA3//P/+r/9v/l/9b/JADi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb//n/7v/1//v/5v8fAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/q/+v/5//j/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnAO7/6//t/wAA2//o//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/2//t//L/7f/t/wAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA9f/s/+3/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAADs//L/AAAAAOv/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/+v/3/wAA+f8YAPn/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADx/wAA8f/s/+3/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA+P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/+//+v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/t//D/8P/4/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAdAOj/5P/f//X/4//n/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAFADt//v/AAAAAO3/7f/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/9P8AAPD/FADs/wAAAAAAAAAAAAAAAAAAAADs/+j/7P/r//D/FADs/+n/AAAAAAAAAAAAAAAAAAAAAOb/1//s/+v/6/8uANj/z//a/9r/5f/b/9n/LADT/9X/AAAAABAA6v8AAAsA8v8AAO//5P/7/+7/7P8nANv/8P/5//H/AAAAAAAAFADs/+3/AAD6/wAAAAD6/xEA9f8AAAAA+v8AAAAA+v8RAPX/AAAAAAAAAAAAAAAAFADs/wAA7v8AAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAFADs/+7/AAD6/wAAAAAAABAAAAAAAAAAAAAAAAAAAAAUAOz/AADr//L/9f/t/+3/FwDy/+n/AAAAAAAAAAAAAAAAAAAAAO//6v/r/+v/7v8YAOb/AADu/+D/5f/k/+L/LADU//j/AAAAAAAAAAAAABYA+v/t/wAA+v8AAAAAAAAQAAAAAADt/+z/7P/s/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xgAAAAAAPH/9P/k/wAA7P/s/+z/7P/s/+z/6/8UABQA7P/s/+z/6//s/+z/7P/p/+//7//t/+z/6/8XAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA+P/7//T/7P8AAN3/2//2/+7/AADv/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+b/8v/0//b/AAAUAPT/7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAADi/9j/7P/e/ykA5//p/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7//e/+z/FADt/+z/FAD2/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/6//r/+z/FADs/+3/7f/v/+3/7f8UAO3/AAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FQDs/+7/7f/r/+r/7P8AAAAAAAAAAAAAAAAAAAAA3f/i/wAA0f/q/+z/EwDo/wAA7P/P/wAA7/8UALT/2P8WAOz/6//r/wAA+//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/g/wAA+v8UAOz/7P/s/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAADB/9n/6v/C/w4A6P/2/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/t/xQA8P/s/+z/7f/s//j/7v8UAPP/7P/s/wAA9f8AAAAAGwAAAPr/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/Z/8j/LQDb/+3/zP/X/wAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAA7v/4/+7/AAAAAAAAAAAAAAAAAAAAABIA2P8MANj/2f/s/+P/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AAOz/8v/x/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA3P/n/9T/2f/G/wAA6//t/+7/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/CADo/83/2P8AAND/3/8AAAAAAAAAAAAAAAAAAAAAIAD5//r/6f/o/w8Ay//j/wAAAAAAAAAAAAAAAAAAAADe/+j/7P/q/xUA6v/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/q/+z/7P/s/xQA7v/u/+3/8f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOf/AAAAABoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P/t/+z/7f8UAPr/7v/s/+z/7v/u/+z/FADu/+z/AAAAAAAAAAAAABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u//H/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkAAAAAAAAAAAAAAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//u//H/7//w/+z/7f8AAAAAAAAAAAAAAAAAAAAAGADz/+r/2//w/xEA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4A3f/s//T/6P/V/97/AAAAAAAAAAAAAAAAAAAAAAAAFADu/wAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAAPf/+v8WAOj/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAzP/A/8n/xP/F/9z/OgDS/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAmAN//2//f/+//4f/a//n/5f8AANf/AADa/9f/0f/p/wAAAAAAAAAAAAAAAAAAAAD1/+v/6f/r/+3/DgDd/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADr/yMA5//w/+f/5//e//r/AAAWAPr/AAAAAPL/6v8AAO3/FADv//L/8v/v/+z/7v8AAAAAAAAAAAAAAAAAAAAA6//N/+P/+f8AABUA+v8AAO3/2//w/w0AAAARAOz/2P/p/+v/6/8VAOv/6//o/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/s/+3/7P/s/+z/FADv/+3/9P8AAPH/9v/v/xQA7//t//T/AADx//b/7//s/+z/7f/s/+z/7P/s/xQAAAAAAPH/AAAAAAAAEQAAAOz/7P/s/+z/7P/s/+z/FAAUAOz/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGADs/+3/7P8AAO3/6v/s/+7/7f/y//L/+/8UAO3/7P/n/xwA5//n/+n/4v/l/+P/FADs//f/7P/v/+z/6//s/wAA4//w/+3/+f8ZAOr/3P8AAAAAAAAAAAAAAAAAAAAA+v8AAPD/AADw/xMA9P8AAAAAAAAAAAAAAAAAAAAAAADq/+7/7P/s/+3/FQDq/+z/6//r/+z/7P/s/+v/FADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAPL/7v8AAOv/6f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAOv/7P/x//f/6v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQD3/w0A5//R/+z/2//0/9//GwDm/+z/7P/s/+7/8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAA5P/v/+v/yP/Q/9T/AAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAO7/8f/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAKAAAAAAAAAPn/AADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7//s/+z/7f/s/yQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/4/wAAAADt/xQA7P/i/+T/5f/o/+f/5v8bAOP/7f/s/+z/8P8UAOz/7f/s//f/7P/w//L/KgDy/+3/zf/z/+3/8f/x/ycA7f/y/9n/AAAAAAAAAAAAAAAAAAAAAOf/7P/x//X/+/8WAOf/6//s/+3/7P/s/+7/7v/s/xQA4//q/+z/6v/r/+v/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/1v/Z/+n/6//q/ycA3v/0/wAAAAAAAAAAAAAPAAAA7P/s/+3/FAAAAOz/7P/s/xQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAA8v8WAPv/AAAAAO7/6v/2/wsAAAAAAAAAAAAAAPv/AAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA9v/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAD3/+v/7P8AAPn/5//7/9P/4P/l/+L/6v/k/yEA7P8AAAAAAAAAAAAAAAAAAAAA7P/s//D/7f/2/+v/6/8UAN7/6v/j/+r/6//t/x8A5P/p/9b/5v/h/9T/0//W/yMA9P8AAAAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAA8P/1/wAA3v/u/+z/5f/s/+z/FQDr/+j/7f/r//D/6/8XAOr/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//L/AADv/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAFAAAAO7/8f8AAOz/7P/s/+3/7v/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/s/+z/7f/s/+z/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/7P/v//r/FADs/+z/3P8AAPv/AAAAACgA4f/m/+z/4P/x/+b/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//b/7/8AANz/7v/k/x0ACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8XAOr/6v/g/+j/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8hAN3/4//f/+z/2v/s/+z/7P/s/+z/FADt/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//5P/7/+7/7P8nANv/8P8hAOr/6P/j/+X/4f/b/+v/FAAAAO7/8f8AAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADM/8z/5v/f/9//KgC6/8r/7P/o/+v/4P/u/+r/FQDq/wAAAAAAAPT/AAD5/xAAAAD2/9b/6P/e//L/5v8dAOX/7P/s/+z/7v/x/xQA7P/s/+z/4//s/+3/8v8UAOz/7P/X/+z/4f8XAAAA5//j/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/s/+z/7P/0/wAA8f8AAAAA7f8VAAAA7P/s/+z/7P/s/+z/FADu/+3/7f/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA5//j/+T/4v/q/xoA6f/l/+z/7P/s/xQA8P/s/+z/7P/X/9n/3//g/9j/GQDm/+r/v//G/7v/yf/V/7r/QwDF/wAAAAAAAAAAAAAAAAAAAADs/wAA8/8AAAAA+P8UAAAA7P/s/+z/7P/t/+z/FADt/xQAAAD2/wAAAADf/+z/8/8UAOz/7P/s/+3/7P/s/+z/FADs/+z/7P/t/+z/7P/s/+j/6//o/+z/7P8WAOn/6v8AAAAAAAD1/wAALgDm/+j/7v/s/+v/7v/r/+z/FQDr/wAA+f/r/+r/AAAgANj/8v/b/9n/5v/p/+H/3P8kAOT/7P/s/+3/8f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHwDi/+f/6P/k/+n/3v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAPf/AAASAAAAAAAAAAAAAAAAAAAAAADr/+v/6//s/+z/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//u/+7/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAO3/+v8AAPL/7P/t/+z/AAD4/wAAAAAAABQAAADs/+3/7v/s/+3/8P8UAO7/9v8AAAAA9P8AAAAAFwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/s/+z/6f/s//T/AADx/wAAAADt/xUAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7/8AAO3/FAD4/wAAAAAAAAAAAAAAAAAAAADr/+n/7f/o//L/6/8WAPn/7P/p/+z/7f/t/xUA6v/s//r/6P/s/+z/7v8OAOj/7P/s/+z/7P/u//H/FADs/+z/FADt/+3/AAD2/+z/6/8AAOv/AAAAAAAAAAAZAPH/AADs//X/7P/t//H/FADs/+z/7P/s/+v/7f/p/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAOH/4v/d//r/9f/n/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/x/+z/7P/s/xQA7P/s/+z/6//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/7P/t/+7/AADg/+j/EQAAAAAAAAAAAAAAAAAAAAAA6f8XAPL/AADu/+z/9f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/r/+3/6f/r/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/6/8RAOr/6/8AAOb/2P/s/wAAAAAAAAAA8f8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+3/7P/s/+z/4/8VAOr/3P/q/+z/6v/d/xcA6v/r/+3/7//n/+j/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/+P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu//P/8//z//v/7f8TAPX/7f/r/+3/7f/s/+//FQDt/+7/7f8AAAAAAAAUAO3/7P/s/wkA7P/r/+r/7P8TAPP/AAAAAAAAAAAAAAAAAAAAAAAAFgD6/wAAAADy/+r/AAD7/xQAAAAAAAAA7f/z/+3/0f/K/8f/1v/U//X/OADU/+r/6v/u/+f/8P/r/xYA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPv/+f8AAAAA8//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/0P8PANz/4v/Z/xMA4/8TAOz/7v/s/wAABgDZ//n/+P/u/+z/7P/y//f/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//k/9n/5P/s/xIAAADy/wAAEgAAAAAAAAAAAO7/AADs/xQA7v/v/+//7f/s/+3/AAALAAAAAAAAAAAA+f8AAM3/1v/H/xEA6P/a/wAA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAOX/3P/3//P/CgAAANj/7f8UAO//7//z//H/7P/s/wwA4v/S/+z/2v/r//H/3/+x/+v/xf/s/+P/6v/M/+X/EwAAAAAAAAAAAPL/9/8AAOz/7P/s/+3/7//t/xQA7P8AAAAAAAAAAAAAAAAAAAAAsf/r/9H/6v/j/+r/z//n/+b/5v8AAAsA3v/X/9n/AADs/+z/8P/s/wAA7v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+D/3/8AAOX/0f/k/yoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDg/9n/CADK/wAA1f/g/+z/7P/u/+7/7P8UAO7/7P/Y/+j/+v/q/9n/IADs/83/AAAAAAAAAAAAAAAAAAAAAN7/4P/f/wAA5f/R/+T/KgAAAAAAAAAAAAAAAAAAAAAAAADH/9j/BgAAANX/AADE/wAAAAAAAAAAAAAAAAAAAADy/+z/7P/j//v/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+z/7P/4/wAAFQDs/+3/7P/w//T/AAAAABQA7f/s/+z/7P/s/+z/7f8UAOz/7P/w/+z/7P/v/+//FADs/+z/7P/s/xQA7P/t/+D/7P/s/87/KwDV/93/4v/b/7//3P/t/+z/7P/t//D/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAB4A1P/h/9r/5P/n/9v/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/wf/c/97/9/8pAOL/6P/Z/9v/2P/Z/+7/KADa/+L/7f/s/+z/7P/t/xQA7P/t/+X/2//k/+H/6/8eAN//3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/y/+z/7//s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3P8uANH/3P/e/8//0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDr/+r/6f/q/+b/4//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAO3/7v8AAOz/7P/s/+z/+P/w//X/8f8UAOz/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/7f/s/+3/FADt/+z/7P/s/+3/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+f/t//D/AAAAAOz/8P8dAAAA9v8AAAAAAADn/wAAHAAAAPH/AAAAAAAA5v8AAOz/6//q/xYA7P/o/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P/0/+L/9/8AAPL/DADs/wAAAAAAAAAAAAAAAAAAAAAAAOv/6//q/+v/FQDs/+v/6/8AAAAAAAAAAAAAAAAAAAAA0//Z/woA3f/w/9D/2f8bAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+//7P/s/+v/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/t/+z/AAD1/+z/9f8UAO7/7f/s/wAA9f/s//X/+f8AAAAAAAAAAO3/AAATAOr/3v/Z/9v/2f/Y/+v/IQDs//b/7f/x/+z/7P/s/xQAwv/E/9H/4f/f/7//JADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAEQDv//H/AAD3/wAAAAAVAAAA2//q/+v/6//q/+b/FwDq/wAAAAAAAAAAAAAAAAAAAAAYAPT/6//t/+z/6v/m/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/u/+f/8P/r/xYA9v8AAAAAAAAAAAAAAAAAAAAAFADu/+//7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOADB/9L/xv/L/9D/xf/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+3/7P/s/xQA7f/x/wAAAAAAABQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/2P/Y/yQA2f/a/9j/5v8AAAAAAAAAAAAAAAAAAAAA8P/v/wAA6/8AANv/KgD4/+3/7v/t/+7/9P/s/xQA9f8AAAAAAAAAAAAAAAAAAAAA4v/Z/+f/6//o/+f/GQDt/wAAAAAAAAAAAAAAAAAAAADm/+r/6v/r/+v/6/8VAOz/6//r/+z/7P/s/+v/FADr/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6//r/+D/6f/r/xUA6/8AAAAAAAAAAAAAAAAAAAAA9f/i/+T/IwDn/+H/2v/c/wAAAAAAAAAAAAAHAAAAAADc//P/2P/r/9z/KQDX/+L/AADd/9L/0f/g/9f/CgDo/+z/6f/s/+3/7f8VAOr/7P/m/+v/5f/r/xwA1//z/97/7P/w//T/AAAAABQA7f/s/wAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAAGQDx/wAAAAAAAAAAAAAAAAAAAAAAANL/5P/W/9X/4P8rANb/1P/i/9P/3P/O/97/zv/Z/yoAAADg/+f/6P/q/xAA2P/X/wAAAAAAAAAAAAAAAAgAAADs/wAA7f/2/wAA+/8UAPn/4v/e/+f/4v/m/9f/KwDi//D/9P8AAAAA+v8WAOz/7f/s//b/7//4/wAA8P8UAPP/+v/t//X/4v/y/xUA7f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/x/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+v/6//s/xQAFQDs/+z/7P/t/+v/6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA+//5/wAAAADz/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A6P8AAAAAAADz/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v8AAAAA8//v/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPf/FADw/wAAAADw/+3/8f/U/wAA5f/W/9T/EQDb/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAOb/6v/q/+r/6v/r/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/w/wAA7P8VAPf/t//U/9H/z//M/wAAEgDm/+z/7P/t/xQAAADs/+z/7P8UAAAAAAAAAAAA7f/s//n/6f/h/+v/5f/q/yIA4P/o/wAA+P/f/w0A6P/R//H/+/8AAAAAAAAAAAAAAAAAAAAAFwDi//L/4//s/9P/7P/r/9v/7P/s/+3/9f/q/xgA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/4/xQA9v/r/+3/7P/l/8f/4//V/9P/z/+9/zUA8P/t//H/5P/v/xQA7f/s/9H/zP/V/9j/1f8HAAAA1f8AAAUAAAAAAAAAAAAAAAAAAADs/+3/7//v/xQA7P/s/xQA7P/s/+v/7P/s/+v/7P/r/+v/6/8VAOz/7P/p/+z/7P/s/+z/+P8AAOz/7P8UAOP/xv/S/53/yP8zALX/zv/W/9X/6//f/yQA3P/j/+r/xv/Y/9r/1//L/9P/LwDU/+D/wv+w/67/q/84ANT/yv/1/+z/AAAUAAAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAADQAxf/Z/9D/6f/X/7//2f/4/wAAAAAAAAAA8P/1/xQA1v/k/9//1//i/ycA0f/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAAAAUAOz/8f/N/x8Au/++/8H/zv/p/8n/6//t/+v/7P/s/+f/FADq/+n/7P/s/xQA8v/s/+z/7P/A/9b/tP/6/+T/3f/N/xkAAAAAAAAAAAAAAAAAAAAAAN3/7P8AAOj/FAD6/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/9r/4P/A/9L/yv8AAAAAAAAAAAAA7P8AACcA+P/s//H/9P/5/yMA2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+z/3f/r/+L/FADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+j/4v/j/9r/4P8ZAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+f/6f/r/+r/FwDq/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7P/s/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/k/9D/yP/v/y0A2v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAASAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAA2v/2/9v/mP+q//H/wf8JANP/0f+3/7f/4v8xALX/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//q/+T/8f/2/ygA2f/q/+r/6f/o//H/6//q/+n/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA6//p/+z/6//q/+f/4P8AAAAAAAAAAAAAEQDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAFAD1/wAA8f/s/+3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+n/2//s//P/0v/r/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/6f/s/+n/2P/m/yIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/k/9//8f8AAAAAAADX/+z/7v/x/wAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAPf/7P/s/wAALgAAAAAAAAAAAAAA0v8AAOf/1//n/+X/8v8cAN7/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/4P8gAN//2f/m/+T/0f/Z/wAA9/8AAOv/6f/d/9z/AAAAAAAAAAAAAAAAAAAAAAAA0f/O/9P/z/8TAOL/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/6P/w/+3/8f8dAOz/6/8AAAAAAAAAAAAAAAAAAAAA7P/r/+v/8f/w/+3/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+3/6f/z/+//FQDr/xsA3//p/+n/6v/k/+b/4//r/9n/6//e/9f/z//o/xYA7f/Y/9//CQDi/+n/8//Y/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t//H/7P/s/+z/3f/r//T/6//q/9r/5P8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+D/6P/b/+//HwDo/8b/AAAAAAAAAAAAAAAAAAAAAO7/5P8AANX/1f/f/9r/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//BwC5//H/z/+9/+3/AAAoANr/7f/r//D/6//r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+f/5P/g/+D/6P/n/xoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/9P/DgDL/9v/vf8AAMD/7f/s/+z/FAD1/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P+u/8v/2//e/97/5v/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+D/+f/s/+r/BgDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAOn/xv/7/9z/CwDg/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/6z/5v+q/xgADQAAANb/5f/p/+X/FwDh/+n/5v/s/+X/3/8HAAsA3v/X/8L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8P/t/+3/AAAAAOz/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7f/s/+z/7P8AAA0AAAAAAAAAAADz/wAA7P/s/+z/7P/s/+z/FADs/wAADAAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/s/+z/7v8WAOT/6v8AAPr/7/8AAAAAFADs/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/t/+z/7P/s/87/+f/W/9//4v/S/+7/FQAAAAAAAAAAAAAAAAAAAAAA7//r/+//7v/v/+r/FgDv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAFwAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/8P/s/+z/0v+4/8j/z//L/0YAuf/e/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+//7v/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/5v/0//H/+v/4/xwA6v/s/+z/7P/t/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/9D/+v/x/wAA+P8xAOP/7f/u/wAA+//2/+z/7P8UAO3/6//t/+3/7P/v/xUA7f8AAAAAAAAAAAAAAAAAAAAAFADt//v/AAAAAO3/7f/z/wAAAAAAAAAAAAAAAAAAAADs/9b/0v/d/8r/1f/X/yEA6//s/+z/7f8AAOz/FQDv/+z/7v/s/+3/7P/t/xQA7f8AAAAAAAAAAAAAAAAAAAAA4f/4//f/6P/t//D/HQAAAOv/7P/2/wAA+P/s/+z/FADj/+z/2//W/+3/FwDq/+n/7P/s/+3/7f/v/+z/FADw/wAAAAAAAAAAAAAAAAAAAADu/xYA7f/0//L/+P/r//T/AAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAAAADx/xIAAADX/9j/JADb/9j/1P/k/9r/4P8eAOT/7f8AAPn/4//r/wAAAAAAAAAAAAAAAAAAAAD6/+3/9f/i//L/FQDt/+v/6f/n/+r/6v/q/xcA6v/p/+z/GQDq/+j/6P/s/+b/7P/d//X/1/8AAML/y/8XAOP/7P8XAOn/8P/7//D/6v/u//D/7f/t//T/7P/s/+z/FADv/y0Aqv/a/8L/qv/Z/7H/KQDc//r/AAAAAOn/3f/j/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA8v8XAAAAAAAAAAAAAAAAAAAAAAAAAO//9//0/+T/AAAgANz/6P/s/xQA7f/t/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOj/5//n/+n/6P/p/xgA6f/q/+n/6//q/+X/7P/r/xYA7P/u//H/AAAAABQA7f/s/9z/3f/m/+L/4//j/x8A2v/N/x8Au/++/8H/zv/p/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/9//5//V/9z/7P/s/yUA7v/s//D/8v8eAOz/7f/g/+n/3v/q/9f/4P8XANn/7P8AAOn/5f/2/wAAJwDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+v/6P/s/+z/FgDp/+r/4v/T/9z/zv/e/87/2f8qAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6f/5/+z/9P/r/xcA6f/s/+7/7P/v/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7//s/+z/7P/u//P/8//z//v/7f8TAPX/5P/v/+v/9f/T/+L/9f/1/+z/6//s/+z/6//r/+z/FAD0/+z/7//x/xcA8P/t/+T/+v/t//X/4v/y/xUA7f/r/9b/2P8AAOv/3f/q/+X/IQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/9f8AAAAAAADt/xQA+f8AAAAAAAAAAAAAAAAAAAAA2P/c/9j/2P/b/wAADQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/Z//j/8v/5/+z/7P8UAOz/7P8UAO3/8f/s/+z/7P8UAO3/7P/4/wAA7P/s/+3/6f/s/+z/FADy/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/wAAAAAQAPH/AADt/+3/7f/x//b/7v8UAO3/EgAAAAAAAAAAAPD/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAUAAAA7v/x/wAA7P/s/+z/7P/s/+z/+/8AAOz/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADw//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1//b/7/8AANz/7v/k/x0A6//q//D/7f/p/+H/6/8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//s/+3/8P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6v/r/+z/6//p/xYA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//P/+P8UAOz/7P/s/+z/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/t/+7/7P/t//D/FADu//n/AAAAAAAAAADt/wAAEwAAAAAAAAAAAAAAAAAAAAAA7P/2/+//+P8AAPD/FADz/wAAAAAAAAAAAAAAAAAAAAAoAOf/6//t/9r/2f/a/9j/7P/y/xQA5f/v/+z/7P/s/+z/7//s/+3/AADx/xQA7P/m/+b/GADs//b/6f/o/+7/7P/r/+z/6//s/+z/FADr/wAAAAAAAAAAAAAAAAAAAADs/+z/FADt//H/7P/s/+z/AAAAAAAAAAAAABAA8P8AAO3/7v8AAPv/9v/s/+z/FAAAAAAAAAD0/wAA+f8QAAAA7v8AAAAAAAAAABIAAAAAAOz/9P/s/+z/8P/z/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/7f/x/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAA8v8AAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAUAO3/7P/s/+7/7v/s/+7/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/6//t/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/7P/t/+//7//s/+//FADt/+z/7P/u/+7/7P/u/wAA9P8AAAAAAAAAAAAADgDy//f/9P/t/wAAGQD3/+b/AAAAAAAAAAAAAAAAAAAAAOT/7//r/8v/0f/J/wAAAAAAAPn/AAAAAAAAAAAAAAoA7f/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/s/+3/7/8AAOz/2P/y/9j/6//X/+z/+/8QAN3/7P/s/+z/7f/w/xQA7P/s/wAAAAAAAOz/AAAGAPj/DQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//u//H/9v8AABUA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/5//p/+n/6v/r/xcA6P/s/+z/FADq/+z/6//s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/5//o/9z/4P8kANj/xv/a/+//8f8AAAAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/wAA2v/b/9H/FgD0/wAAAAAAAAAAAAAAAAAAAAAAAOv/FADs/+//2P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/p/+z/7P8UAN7/7P/4//T/FADt/+v/6f/s/xUA7P/s/+z/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/6//s/+z/7P/w/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO7/7v/t//H/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAASAAAAAAD4//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/0//j/+P/u/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/9P/4//Z/+f/5P/7/xQA2f/l/9j/uf/6/9z/MwDg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/+z/7P8UAOz/7P/t/wAAAADs/+z/FADo/9j/6/8nANv/6P/s/9j/FAAAAOv/6f/z/+z/6//s/+z/7P/s//T/9//s/+z/FADs/wAAAAAAAAAA8v8XAAAA3v/s//T/8v8UAOz/6//p/+v/EwDZ/97/4v/p/wAA6f8HAOn/7P/R/+j/zP/W/xMAAAAAAAAAAAAAAAAAAAAAAA4A2f/j/wAA2P/X/9n/6f/s/+r/6//Y/xIA8v8TAM//2P/o/+r/6v/Z/yAA7P/N/9j/6P/q/+r/2f8gAOz/zf8AAAAAAAAAAAAAAAAAAAAAFADu/+3/7P8AAPX/7P/1/wAAAAAAAAAAAAAAAAAAAADs/+v/AADt/+3/2f8QAOf/5f/u/+X/FwDg/+n/0f/s//X/1f/S/wAA+f8QAOf/xv/n/9X/3//j/9//3v8ZANf/2P/r/+P/3v8TAAAA6P/s/wAAAAAAAAAAAAAAAAAAAADU/zIA4v/q/+z/9v/U/+z/AAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAADt/wAAEwDs/xQA7P/s/+z/7P/s/+z/5//p/xUAAADp/+n/2P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/g/+v/6f/t/+n/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+v/7P/s/xQA7P/r//D/7P/s/+//7/8UAOz/7P/s/+7/8f8AAAAAFADt/+z/AADn/+f/8P8AABoAAAAAAO//AADr/+v/AAAVAOf/6//t/xQA7P/v/+z/7P/t//n/0//c/9H/0P/a/y4A1v/e/+j/AAD6/wAAAAAjAOn/AAALAOH/4v/d//r/9f/n/+7/AAAAAAAAAAAAAAAAAAAAANL/6//s/9r/6/8RAAAA7P8AAAAAAAAAAAAAAAAAAAAA5P/m/+X/6P/r/z4Axf/I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAPn/EAAAAAAAAAAAAPT/AAD5/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAOr/AAALAPL/AADs//H/+f/s/+3/FADs/+z/7f/u/+z/7P/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xUA7P/s/+b/6v/s/9j/2f/Y/9b/2f8nAN7/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAACAAAAOz/7f/s/+z/7P/s/xQA7P/u/+7/8f/m/wAAFgDs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/FADt//H/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/7f8UAOz/7P/s/+f/6f/m/+X/5/8YAOb/7P/n/+n/5v/l/+f/GADm/wAAAADw/wAAAAAUAOz/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/+z/8P/0/wAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+//7P/s/+v/6/8VAOz/7v/x/wAAAAAUAO3/7P/u/+z/8P/u/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/AAATAO3/6//t/+3/7P/v/xUA7f8AAAAAAAAAAAAAAAAAAAAAFADt/+z/7f/u/+z/7P/s/9n/AAD5//r/6f/6//X/LgDt//P/7v/w/wAA7f8UAPH/AAAAAAAAAAAAAAAAAAAAAOz/8v/s//r/AAAUAOz/7P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/5P/r/+b/GQDq/+v/5P8AAAAAAAAAAAAAAAAAAAAA7P8VAOz/6//t/+7/6P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfAAAAAAAAAAAA+P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/5f/a/+f/4P/n/+r/FwDn/xQA7f/t/wAA9v/s/+v/AAAAAAAAAAAAAAAAAAAAAAAA5f8eANr/5v/m/+f/4f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8v/s//r/AAAUAOz/7P/7/8v/2//g/9//3P8NAND/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/+z/+v8AABQA7P/s/+3/FADx/wAA8f/s/+3/8v8AAAAAAAAAAAAAAAAAAAAA6/8dAOj/6//n/+f/1//3/wAAAAAAAAAAAAAAAAAAAAD6//P/AAAAAAAAFADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAA0A+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/9P8AAPD/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//r/9/8AAPn/GAD5/+n/9/8UAPD/AAAAAPD/7f/x//H/OgD6//j/AAAAAM3/7v8AAAAAAAAAAAAAAAAAAAAA9P8VAAAAAAAAAAAA6/8AAPT/FQAAAAAAAAAAAOv/AAD3/x0AAADz/wAAAADt/wAA7P/s/+z/FAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/r/+z/7P8UAOv/7P/r/+z/6//s/+z/FADr/+n/7P/s/xQA8v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA+P8AAAAAAADz/+j/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/l/+v/6v/q/+z/GQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8v/w//b/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOz/5//p/+b/5f/n/xgA5v/s//X/8f8UAAAA8//s/+//6f/p/xYA6//p/+n/6v/o/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+//7P8UAPD/7P/s/+3/7f/v/+z/FADw/wAAAAAAAAAAAAAAAAAAAAD1/wAA7P/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAOr/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/8f/z/x0A7f/t/+H/AAAAAAAAAAAAAAAAAAAAAO3/6v/s/+z/7P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+v/6v/g/9//5/8hAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/6//t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgD6/+z/+//5//X/9P8AAO3/7P/s//D/FADs/+3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/u/+//7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/x/+//7v8UAOz/7P8AAAAAAAAAAAAAHADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/yAA6v/x/+3/8v/b//H/5P8gAOr/8f/t//L/2//x/wAAAAAAAPb/AAAkAAAA5P8AAAAAAAAAAAAAAAAAAAAAzf/u/9X/2//N/9v/9P/2/wAAAADw/wAAAAAUAOz/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/5P/f/9f/4v8nANH/4P8SAAAAAAAAAAAA8P/1/wAA5P/v/+v/yP/Q/9T/AAD2/xQA7P/s/+z/7f/s/+z/7P/s/+z/7P/v/wAA7f8UAPj/DQAAAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AADt//H/AAAAAAAAFADt/+z/3//j/+j/6//w/yIA5//m/wAA+v8AAAAA+v8RAPX/AADS/xwA2P/c//X/6//k/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAAAADt/xMAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAADg/9X/4//q/+3/3f/c/yUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+v/GQDr/+z/6f/l/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v/6//f/AAD5/xgA+f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v/t//H/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQA7//g/+n/7v/f/97/6/8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/8v8UAO7/7P/r/+f/4//k/+L/6v8aAOn/5f/v//H/AAD3/wAAAAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAPj/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/9v/FgDk//n/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+3/7P8UAO3/+v/z/wAAAAAAABQA7P/t/wAAAAAAAAAAAAAAAAAAAADt/+3/8P/w//j/FADs/+z/6/8VAOv/7f/s/+v/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/n/+j/6//t/+r/FgDq/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/g/wAA+v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P8UAOz/7P/s/+f/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+z/7f/s/+3/FAD6/+7/o/+0/7v/vP/l//H/2f8UAOz/7P/z//j/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//P/+P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAO3/AAATAAAAAAAAAAAAAAAAAAAAAADp/+r/6v/r/+j/6f/q/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDr/+n/7P/r/+r/5//g/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAPj/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/s/93/6//n/+j/7f/r/9b/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/+b/1v/Z/x4A5//T/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+z/6//r/+b/FQAAAAAAAAAAAAAAAAAAAAAA6//v//j/FADl/wAA2P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAYA9v/6/wAA4v/f/+j/7P/b/wAA5f/u/xQA7f/u/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOv/7P8UAO7/7f/s/wAA9f/s//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/8f8AAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAKQDc//r/AAAAAOn/3f/j/xQA7f/7/wAAAADt/+3/8//u/wAAAAAAAAAAEgAAAAAA2P/k/+X/7P/n/+f/JgDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADu//H/AADs/+z/7P/s/+3/7f/v/+3/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAOn/7P/r/+z/7P8UAOz/6/8AAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAAAAAAAAAAGQDx/wAA5//n/+n/6//q/xcA6v/n/+z/9f/s/+3/8f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/6//q/+v/AADg/xkA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/u/+7/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOj/+f8AAAAA7P/s/wAAFADo//n/AAAAAOz/7P8AAO7/FgDt//T/8v/4/+v/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALb/yv/D/8r/t/++/0UAy/8AAAAAAAAAAAAAAAAAAAAA7//s/+3/6f/z/+//FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//s/+3/AADx/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAOz/7f/s/xQA7P/s/wAA+v8AAAAA+v8RAPX/AADm/+X/5f/q/+f/4f8XAOj/8/8AAAAAAAAAAPH/EgAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/7P/t//D/7P/r/+v/6v8VAPP/8v8AAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/8j/4P8kANT/yP/P/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/87/2v/W/+X/LgDO/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+v/7//3//b/+P8WAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xMA7P/s/+3/AADY/+r/6/8VAOv/7f/s/+v/6v/s/wAAAAAAAAAAAAAAAAAAAADr/wAA3v/2/+b/7P/a/w8AAAAAAAAAAAAAAAAAAAAAANz/AAAAAAAAAAAAACUAAADc/wAAAAAAAAAAAAAlAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAMAAAA7f/s/+z/7P/t/+z/FADt/9b/7//Z/7T/8f/b//P/HQDk/w4A5f/O/wAA3//o/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//p/+3/+P8WAO3/6//r/xYAzv/p/wAA7P/a/wAA5f/l/8X/5P/X/8//DgDe/wYAAAAAAAAAAAAAAAAAAAAAACwAyf/Z/+n/1v/W/9v/0P/s/+z/7P/s/+3/7f/s/xQAAAD3/+H/3v/l/wAA5//u/+7/6//v//f/9v/4/xYA8P/Z/9z/6v/s/+r/FwDX/+z/y//f/9H/1f/X/w4A3P/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/m/+z/7P/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAqAM7/5//W/9X/1v/Y/9z/AAAAAAAAAAAAAAAAAAAAAMr/FQDm/+X/3P/m/wAA6//s/wAA+//6/+7/AAAAABkAzP+//+T/vv/X/9j/MwDW/+3/7P/s/+3/8P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA+//j/+z/7f/r/93/EgDs/+z/9v/t//H/7P/s/+z/FADP/6P/AADI/+n/EQDc/8j/AAAAAAAAAAAAAAAAAAAAAAkA3f/k/9//5f/y/+D/5//Y/+P/7P/t/xQA6f/b//X/FAD6/+3/6/8AAPr/6/8AAO3/7f/t//H/AAAAABQA7f/r/+z/6//h/+f/6P/r/xYA7f8UAPH/AADx/+z/7f/y/9f/5//g/wAAFQDq/9//6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/1P/Q/8z/1f8yAM3/yv8MAOD/sf/j/9b/0f/B/97/7P/d/+z/7f/0/+z/7P8UAOz/7f/s/+7/5/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAA6/8AABUA4v+Y/8v/4f/e/+T/5//Y/wAAAAAWAAAAAAD7//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/s/+n/6v8WAOr/6v/u/xYA7f/0//L/+P/r//T/4v+z/8D/1P/d/+P/5v/v/9f/DgDj/9n/yf8NAOH/4v8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/t/+n/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/q/8D/t//H/7z/DgDd/+v/6f/t/+3/6//q/+v/FQAAAAAAAAAAAAAAAAAAAAAAAADp/+3/AAD1/xcA2v/Y/wAADQDx/wAA5P/b/+r/4/8AAAAAAAAAAAAAAAAAAAAAyP+5/8z/0f/G/wAACADF/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADgDg/wAA2v/i/9v/5f/g/+z/4//s/+v/7P8VAOf/6//s/+n/6//g/+z/FQDp/+n/AAAAAAAAAAAAAAAAAAAAABQA7f/s/+z/7v/q/+z/6v/s/9f/2f/Y/9j/2v8lANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7//v//P/8f/s/+z/2P/o/+r/6v/Z/yAA7P/N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/v//H/HQDs/+z/4f8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/9P8AAPD/FADs//f/FAAAAAAAAAAAAO//AADh/9j/4f/p/9z/2//m/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7//s/+z/7f/5/+z/7P/v/+z/7P/s/+z/FADs/+7/8f8AAAAAFADt/+z/6P8QAOH/6v/m/+L/DwDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/w/xQA7P/t/+z/7P/t/+z/7P/u/+7/7P8UAOz/7P/t/xQAAADs/+z/7P8VAPv/+f8AAAAA8//r/wAA2f8aANj/2P/l/+v/3P/e/+z/7P/t/xQAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/t/+n/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQDc//r/AAAAAOn/3f/j/wAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAAAAAADt/xMAAADy/wAAAAAAAAAA7f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAIAAAA+P8cAAAAAAD5//v/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDv//H/AAD3/wAAAAAVAAAAAAAAAAAAAAAAAAAAAAAAAOr/GgDr/+z/5f/r/97/4//s/+z/7f/s/+v/6//s/xQAAAAAAAAAAAAAAAAAAAAAAOr/1//m/9n/FwDr/+P/6v/p/xcA4v/m/+v/5f/r/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAAPAAAA6P/b/xYA5P/5/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/8v/y//v/FADt/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA2f/Y/+3/8P8AAOr/2//s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+3/7f8UAOz/7P/s/+v/6//s/+v/7P8VAOv/5f/r/+j/3v/d/9r/JADc/+f/2//m/+r/6//d/xwA5v8UAAAAAAAAAAAA7P8AAAAAFgD0//L/7P/5/+n/6v/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/7/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/x//b/AAD3/+n/3P8jAAAAAAAAAAAAAAAAAAAAAADp/wAAAAAAAPT/AAAAAB8A7P8AAOz/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADq/+z/6f/s/+n/2P/m/yIA7v/u//P/9P/5/xMA7f/u/wAAAAAAAAAAAAAAAAAAAADS/xwA2P/c//X/6//k/+j/6//r/+v/FQDs/+z/6f/s/+b/5P/q/+r/6f8XAOr/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/8v/w/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABgA+P8AAAAAAADz/+j/8v8AAAAAAAAAAAAAAAAAAAAAwf/U/9L/2//k/9n/LQDQ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/j/+z/+v/0/+v/FgDp/+n/6P/q/+X/zf/p/+r/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz//X/AAAAAAAA7f8UAPn/7P8AAAAAAAAAAPH/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAOv/7P/s/+v/6//q/wAAAAAAAAAAAAAAAAAAAAAYAPT/6//t/+z/6v/m/+z/AAAAAAAAAAAAAAUA9/8NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/u/xQA7P/s/+z/FADt/+3/7P/s/+z/7P/r/+z/7P/t/wAA7P8VAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s//b/AAAAAAAAAADv//P/EgAAAAAAAAAAAAAAAAAAAAAA7v/t/wAAAAAAABQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u//H/FADs/+z/7P/t/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAA8f8SAAAA6v8AAAAAAAD1/wAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8AABUAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+D/5v/o/+v/FgAAAAAA7f8AAAAA7P8AABQA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADv/wAA7f/t/wAAFwDo//b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7v/s/xQA7P/r/wAAAAAAAAAAGQDx/wAAAAAAAAAAAAAAAAAAAAAAANb/5P/f/9f/4v8nANH/4P8AAAAAAAAAAAAAAAAAAAAA+v/t//X/4v/y/xUA7f/r/wAAAADt/wAAAADs/wAAFADs/+n/6//g/+z/FQDp/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAABQA7P/w/+n/6P/p/+j/6P8YAOn/5v8AAOn/AADt/wAAJAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9r/4P/l/+7/KADc/+r/AAAAAAAAAAAAAAAAAAAAAO3/9P/t//P/AAAUAO7/8/8AAAAAAAAAAAAAAAAAAAAA6/8AAAAA9//6/xYA6P/r/87/6//g/97/0f8WANT/7P/S//b/AADs//b/MADI/8H/zv/r/+r/yP/t/+v/6v8WABQA7v/2//H/AADs/+7/7f/p/wAAAADr//T/DADr//j/+v8AANn/AAAAACgA9//m/wAAAAAAAAAAAAAAAAAAAADi/+v/2v/i/+r/1v/q/ykAAAD2/+3/AAAAAAAA7P/s/+//AADr/+v/AAAVAOf/6/8AAAAAAAAAAAAAAAAAAAAA+v/t//X/4v/y/xUA7f/r//D/7v/2/+X/AAAWAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+r/6//o/+P/FgDs/+7/7P/t/+//7//s/xQA+P8AAAAAAAAAAPD/9f8UAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAAEgAAAAAA7v8AAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+r/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAA+v8AAAAAAAAYAO3/FADs/+//7v8AAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAA+v8AAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/r/+n/6P/r/+j/HgDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+z/7P/t//X/6v8YAOv/FADs/+z/7P/t/+z/7P/s/xYA+P/o/+X/2P/o/+b/5f/s/+z/7P/t/+//FADs/+z/9P8YAO3/6//0//H/6v/l/+v/7P/r/+D/5v/o/+v/FgDr/+n/7f/t/+v/6v/r/xUA7P8UAOz/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/p/+v/FQDt/+v/4f/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7v/s/+3/8P8UAO7/5f8hAOj/5//q/+r/3f/k/xkAAAD6//f/AAAAAOn/+v/s/xQA7P/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAjAAAAAAAAAAAA6v8AAOz/FADs/+z/7P/s/+z/7f/s/+v/7P/r/+z/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/+v/FADq/+v/8v/m/+z/5v8AAAAAAAAAAAAAAAAAAAAAFgAAAPL/7v8AAOv/6f/4/wAA9v/t/wAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//r/+r/5/8VAOv/6//s/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/3//v/AADs/wAAFAD6/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/wAA7P/s/+//FADY/+3/yP/u/9T/2P/U/9j/BwDM/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//KQDX/9b/2P/X/83/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7f/t/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+j/6f/o/+j/GADp/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q/+v/6//p/+v/FQDq/+j/2/8WAOT/+f/s/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAA1v/o/9//5//R/+v/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/l/+b/4P/c/x0A5P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/yEA6v/r/+L/6//R/+n/AAAAAAAAAAAAAAAAAAAAAOP/7P/6//v/FADs/woA7f8AAAAAAAAAAAAAAAAAAAAA7v8AAAAAAAAAABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAUAPX/AADx/+z/7f/t/wAAAAAAAAAAAAAAAAAAAADs/+z/8f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAPr/EQD1/wAA7P8UAOz/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAAAAEAAAAAAAAAAAAAAAAAAAABcA+f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/6v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7v/s/+z/FAD0//v/AAAAAAAA7P/7/wwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s/+v/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAOv/8v/t//L/6v/s/+z/FQDs/+z/7f/s/+z/7P/s/xQA7P8AAAAAAAD4/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAOb/6//o/9T/+P/6//H/7P/s//D/6v/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr//L/7f/y/+r/7P/s/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xYA7P/l/+//7P/s/+//AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/8f/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/w/+3/FADw/+z/7P8AAAAAAAAAAAAAAAAAAAAA4f/p/+f/2/8fAOv/5P/f/+z/7f/u/+z/7f/v/xQA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/+z/7f/w/xQA7v/4/+7/7P/s//L/9/8UAOz/4P8eAOT/7f8AAPn/4//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/b/wAA0//I/+H/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/C/xAAuP/W/87/EADV/+r/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACADq/+X/2P/Z/+n/4v/u/wAAAAAAAAAAEgAAAAAA7P/s/+X/BwDs/xMA6//s/+3/7P/s/+z/7f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAO7/EwAAAAAAAAAAAAAAAAAAAAAA6f/V/9n/CwDe/+z/9f/Z/83/0f8wANn/1P/O/8n/yv8AAAAAAAAAAAAAAAAAAAAAo//x/9r/5v/D/7j/9f/f/+3/FADu//r/AAAAAOz/7P/n/wsA5//o/93/2P8AAOj/9P8UAAAA9v8AABUA5//r/xQA6v/Z/wAAAADs/97/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/xwA4v/s/+//8P/j/+r/9//t//T/FAAAAO3/AADs//D/FQDz/wAAAAD7/+v/8v/s/+z/7P/r/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAA0A7P/t/+r/6/8UAM7/1//s/+7/8f8AAAAAFADt/+z/AAAAAAAA+f8AAAYA9v/6/xUAzf/o/8H/wv8VAL7/xP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/yv/b/yYAAADy/+v/xv/u/+v/7//3//b/+P8WAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX//r/7v/d/8z/0v/y/8j/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/8P/s/+z/7P8AAO//7v/t//P/9f8UAAAAAADz/97/7/8AAOn/AADx/7P/9P8LALL/v/+s//f/vf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAzP8xANr/5v/U/9f/0P/j/wAAAAAAAAAAAAAAAAAAAADu/8D/xP++/83/AAAOALL/7P8UAOz/7f/x/+z/7P/s/xQA7P/s/+//AADs/+z/7/8AAAAAAAAAAAAAAAAAAAAAFAAAAAAA+f8AAO3/7P/2/wwAAAAAAAAAAAAAAPf/AAAUAAAAAAAAAAAAAADs/wAA7P/s/xQA7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAADu//b/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAA5f/6/+7/AADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/9j/9//6/wAAAAAuAAAAAAAUAPD/8f/5/9v/3f/b/+z/7P/s/+z/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/9v/x/wAA7P/u/+3/7f8UAAAAAAAAAAAA7//w/+f/HADl/+r/6P/r/+H/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADr/+v/8f/t/+z/7P/s/xQA5P/r/+v/7P/o/xUA6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//p/+3/7f/r/+r/6/8VAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/z/+3/8/8AABQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD3//b/7//4/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAA+v8AAAAAAAAYAO//FADs/+3/7P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/2/8WAOT/+f/s/+r/7P/o/9v/FgDk//n/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/q/xUA6f/r/+z/6v/r/+z/7P8UAO3/7//s/+z/7P/s/+z/FADs/+z/7P/s/+z/6//p/xYA5//d/+z/6v/r/9//3/8cAOj/5f/e/+P/4v8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+v/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f8TAO3/7P8AABQA7P/s/+z/6//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2P8NANj/3//d/+v/AADd/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/r/xQA7f/s/+z/7P/s/xQA7P/s/9r/8P/v/93/5v8eANb/6//s/+P/7P/r/+z/FQDn/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/5f/s//L/7v/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/4/wAAAAD6/+z/+f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/+//7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA8f8AABQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/6//t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+//7f/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6/8WAOv/7P/q/+r/6v/s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/wAAAAAAAAAA+f8uAAAA3f/b//b/7v8AAO//JwAAAOD/t//q/+r/6//j/97/HgAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//s/9v/1v/t/xcA6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA9v/v/+z/7P/s/+z/7f/s//T/AADw/xQA7P8AAAAAAAAAAAAAAAAAAAAA4//l/+v/3f/X/xgA8P/Z/wAA7P/s/+//8f8TAOz/2P/e/+j/5v/p/+b/2//m/xkAAAAAAAAAAAAAAAAAAAAAAL3/3//n/+b/6f8aAPL/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/7P/3//b/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAsA4f/i/93/+v/1/+f/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA9P/t//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAA+P/t/+z/FADo/+X/IADm/+f/6P/f/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAA7P8AAAAAAAD4/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAD7/wAAAADY/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/+n/6v+1/6//qv8rAND/7f8UAOz/7//u/wAA7P/u/+T/IADq//H/7f/y/9v/8f/u/+v/7//3//b/+P8WAPD/6//s/+z/3v/s/+b/FQDp/wAAFAAAAAAAAAD1/+z/7f/t/xQA7v/s/+7/7P/s/+7/7P8UAOz/7f/s/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAAAAAAAAABcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDx/wAA7P/s/+3/7P/r/+v/7P8UAOr/6f/5/+z/9P/r/xcA6f/r/+z/6//k/97/6//n/xUA7P/s/+3/7P/r/+v/7P8UAPL/6//m/+r/6//s/xAA7P8AAPr/AAAAAPr/EQD1/wAA4P/d/+n/4//q/xsA4v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAD6/xEA9f8AAAAA7//u/+3/8//1/xQAAAAAAPX/AAAAABsAAAD6//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/IQDd/+P/3//s/9r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAABIAAAD6//r/+P/7//j/AAAaAAAAAAAAAAAA7f8AAOz/HgDl/+n/5v/n/9v/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/r/+7/6//m/xUA6//y/xgA7f/v//P/7v/n//X/5/8aAO7/+f/0//T/6P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7f/t/+//7f/t/xQA7f/t/xoA7f/w/+r/5f/k/+r/AAAAAAAAAAAAAAAAAAAAAO7/7P/i//T/AAAWAOr/7f/u/wAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/+3/7P/t/xQA7f8AAAAAAAAAAAAAAAAAAAAAzv/m/+H/1//h/x8A4f/f/wAAAAAAAAAAAAAAAAAAAADv/+L/6//l//P/4v/p/xEA6v/W/+b/6P/l/xsA6f/r/wAAAAAAAAAAAAAAAAAAAAD1/+z/AAAUAAAA7P/s/+z/6P8dANr/2//k/+f/4f/n/+7/7v/t//H/FADs/+z/7P/s/+//7P/t/wAA8f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/IgDh/+j/6f/n/9r/5//t//j/7P/1/wAA+v8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/0/wAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAADs/+//7f/t//D/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPD/7f/3/+//8v/s/wAAAAAAAAAAAAAAAAAAAAAAAOL/0//c/87/3v/O/9n/KgAAAAAAAAAAAAAAAAAAAAAAAAAWAPr/AAAAAPL/6v8AAOz/FQDs/+z/7P/s/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+//9P/s/xQA8P/r/yMA5//w/+f/5//e//r/7P/r/+v/7P/s/+r/FQDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+3/7f/t/+z/7v/7/xcAAAAAAAAAAADz/wAA7/8XAOv/8P/s/+r/6P/t/+z/FADs/+3/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA+P8cAAAAAAD5//v/9P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/4/wAA7P/s/xQA6//o/+n/6P/q/+n/FwDp/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAQAAAAAAAAAO3/AAAAAPT/EwD5/+z/7P/s/+n/6//r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/JgDc/+L/4v/Z/9j/5v/s/xQA7P/s/+z/7P/r/+z/7P/z/+z/7f/v/xQA7P/s/xgA6P8AAAAAAADz//D/AAAAAAAAAAAAAAAAAAAAAAAAEQDF/+D/1//p/9D/8f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/7P/s/w0AAAAAAAAAAAAAAPT/AAAUAO3/7P/4/wAA7P/s//H/5P/m/9j/4f/e/9X/IgDk/wgAAAAAAAAAAAAAAPn/AAAYAAAA+P/s//P/6f/o/+v/FgDy//L/+v8AAPn/6v/5/xQA7//t//T/AADx//b/7/8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAOv/5/8WAOv/7f/p/9P/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7P/s/+z/7P/u/+7/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//k/+z/3v/u/wAAAADs/+v/7P/q/+z/7P/t/xUA6f/j/+b/5f8eAOP/3v/g/9//FQD1//T/8f/6/+z/5P8AAAAAAAAAAAAAAAAAAAAAAAAeAN3/3v/l/+z/1f/k/+z/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA1P8KANL/yP/N/xMA4f/r/ycA7v/r/+3/AADb/+j/9/8HAOD/6//s/+X/xf8MANj/AAAAAAAAAAAAAAAAAAAAAPn/7v/5/+z/AAAAABQAAAAVAPv/+f8AAAAA8//r/wAAAAAAAAAAAAAAAAAAAAAAAOz/8f/s/wAAAADt/xQA7/8OAOn/2P/a/+//AADs/+H/JAD1/+3/8f8AAAAA3P/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQAAAPr/9/8AAAAA6f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD3//b/7//4/+z/7P/u/ycAAAAAAAAAAAAAANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8P/t//f/7//y/+z/AAAAAAAAAAAAAAAAAAAAAAAALgAAAAAAAAAAAAAA0v8AAN3/6//R/wAA7P/c/xMA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/AADl/+j/+v/m/ygAAAAAAAAAAAAAAAAAAAAAAAAAFgDs/+v/6/8AAPv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/x/+z/7P8UAAAAv//T//L/9/8HANT/4v8AAAAAAAAAAAAAAAAAAAAA9P8YAO3/6//0//H/6v/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAGwAAAPr/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v/t//H/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAACwDh/+L/3f/6//X/5//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/9P8AAPD/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/GwDT/9T/2//h/+b/0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/+7/8f/v//D/7P/t//n/AAAAAAAAAADt/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//l/+z/5v/z/8v/LQD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/m/9v/z//G/+j/3f8gAM3/6P/g/9j/AADP/wAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+7/FADr/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+r/6/8VAOz/6//r/+z/FADs/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9//5/+z/9//t/+3/7v8UAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt//H/9f/z/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADs/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/w/+//7P/s/xQA7P/3/+z/7//s/+v/7P8AAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA8v8AAPT/+/8AAAAAAAAAABIAAAAUAAAAAAD5/wAA7f/s//b/AAAAAAAAAAAAAAAAAAAAAOn/JwDs//L/8f/t/97/8f8AAAYAAAAAAAAAAAAAAAAAAAAeAAAAAAAAAPj/4/8AAAAAFAAAAAAAAAD1/+z/7f/Y/xQA7P/t/+3/AADr/+v/7P/u//H/AAAAABQA7f/s//n/7v/5/+z/AAAAABQAAAAAAAAAAAAAAAAAAAAAAAAA7v/q/+3/3f/o/9j/HADg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAD7/wAA+v8AAB4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+r/6P/q/+r/6/8WAOr/7P/s/+j/6//q/+n/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+X/IADm/+f/6P/f/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/DgAAACgA5//r/+3/2v/Z/9r/2P/s/+z/6//q/+v/FQDm/+z/AAAAAPn/AAAAAPD/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8bAPL/7v/s//b/4//r/wAAAAAAAAAAAAAAAAAAAADs/+P/7P/t//L/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/woA5P/o/+z/7P8AAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAA9f/t/wAAFAD2/+3/AAAAAPj/+f8AAO3/AAATAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA7v/x/+z/7f/s/+z/2//5/+7/9f/7/+b/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAAAhAOn/v//D/8//xf/z/9v/JgDs/+v/6v/k/9j/6P/s/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/wAA9P8AAAAAFgAAAAAAAAAAAAAAAAAQAPD/AADr/xYA6v/q/+j/7P/p/+r/6f/n/+r/6v/q/xcA6v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAdAAAA6v8nAOT/0f/Q/9f/0//W/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/+z/7P/v/+//FADs/+z/7P8AAAAAAAAAAO3/7P8UAN3/6//o/+z/6v/h/+f/GgDs/+z/FADt/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/wAAvf8AANP/t//L/9z/AAATAAAAAAAAAO//AADv/wAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/a/+z/2P/c/xYA6//p/+v/2P/q/9v/4P8AAOz/FAAUAOz/7f/2/wAA+v/s/+z/AAAAAAAAAAAAAAAAAAAAAOj/6//o/+z/7P8WAOn/6v/Y//b/8/8AAAAAKQDe/+H/AAAAAAAA+f8AAOz/AAAUAAAAAAAAAAAAAAAUAOz/AAAUAO3/8v8AAAAA7f/s/wAAAAAAAAAAAAAAAAAAAAAAALD/FQDE/87/9/8KAM7/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/wAA3/8JAN//wv/X/+3/6f/r/+z/7P8AABUA7P/s/+j/6//m/xgA6f/n/+j/6/8AAAAAAAAAAAAAAAAAAAAA7v/r/+//9//2//j/FgDw/xQA4v/m/+v/AADt/9r/6v8AAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAAUAOX/AADx/7b/DgCw//P/wv8AAAAAAAAAAAAAAAAAAAAA2P/h/+f/7P8AAPL/JgDs/wAAAAAAAAAAAAAAAAAAAAAAAPL/AAAAAPf/AAASAAAAAADb/+//3P/t/9n/3v8AAAAAAADs/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/l/+X/6//p//v/AADj//H/y//X/9D/2v8kANT/4/8AAAAAAAAAAAAAAAAAAAAAAADe/w0Aqv+y/67/2v+8/8H/3v/V/8L/1P/Z//L/JgDX/xoA2v/U/8z/0P8HANr/AAAAAAAAAAAAAAAAAAAAABEA5//k/9H/9P/v/8X/9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/DQAAANv/4v/d/+j/2P8UAAAAAAD5/wAA7f/s//b/DAAAAAAAAAAAAAAA9/8AABQAAAAAAAAAAAAAAOz/AAAAABIAAAD6//r/+P/7//j/AAAAAAAAAAAAAAAAAAAAAMH/3//V/8T/2v/Z//L/JgDN/zMA0P/r/+T/9P/e//T/FADs/+z/7P/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8VAPH/7f/r/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+//7P/s/+3/+f8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//P/7v/w/wAA7f8UAPH/7f/z/+7/8P8AAO3/FADx/+z/7P/s/+z/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7//s/+z/7f/5//T/FQAAAAAAAAAAAOv/AADq/xcAAADr/wAA+v/4/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgD2/wAAAAAAAAAA7//z/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/7P/s//j/AAAVAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8//t//P/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+v/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/s/+z/7P/t/+z/GwDs/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7P8HAOz/AAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAAAAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADw/+3/9//v//L/7P8AABgA+P8AAAAAAADz/+j/8v8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/8v8UAO7/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7P8HAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/R/9b/9v/l/9j/6/8oAOX/GADm/+v/6v/q/+L/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+r/7f/s/+//FgDq/+n/5v8aAOX/6P/n/+f/5v/m/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/6/8UAOz/LgAAAAAAAAAAAAAA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FwAAAOv/AAD6//j/7P/r/+z/6//k/97/6//n/xUA9P8AAAAAAAAAAOz/AAAUAAAAAAD4//n/AADt/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v/z//T/+f8TAO3/7v8AAAAAAAAAAAAAAAAAAAAA0/8iAOX/4v/j/9X/0v/j/wAAFwAAAAAAAAAAAOr/AADu/xQA7f/3/wAA8P/s/+3/6/8WAOv/7P/x//f/6v/v/xgA6P8AAAAAAADz//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8UAO7/9f/7/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuANP/yf/O/8//y/+5/9D/8v8ZAOr/8P/s//b/5/8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/9v8UAPD/+v8AAOz/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8UAO7/8f/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADr/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+//7P/s/+z/9/8bAAAAAAAAAAAA6/8AAKP/8/+6/6//rP+0/xgAsv/s/ygA5//p/97/5f/Y/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8dAAAA8/8AAAAA7f8AAAAAAAAAAAAAAAAAAAAAAADn/+z/6//s/+n/7v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUAAAAAAAAA8f/g//T/AAAAAAAAAAAAAAAAAAAAAOb/6//m/+v/6//i/xYA9P8AAAAAAAAAAAAAAAAAAAAA7P8UAPL/8P/2/+z/6//s//f/FADw/wAAAADw/+3/8f/e/w8A5v8PAPD/5P/a//X/AAAWAAAAAAAAAAAA7f8AABgA6P8AAAAAAADz//D/AADs/+z/7P/s/+z/7P8UAO3/AAATAAAAAAAAAPf/+P8AAAAALgDs//X/AADj/9L/AADs/xQA7P/s/+z/7P/s/+z/6/8XAOr/6v/g/+j/6f/s//j/HADl/+n/5//l/+P/+f8AAAAAAAAAAAAAAAAAAAAA0/8qANn/zv/g/93/yv/V//v/FAAAAAAAAADt//P/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FADu//H/7P/t/+z/7P/s/xUA7P/s/+z/7P/q/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xcA7P/q/+L/7P/p/+r/9/8dAAAA8/8AAAAA7f8AAAAA9P/u/+7/9//0/wwA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+X/6v/q/+r/7P8ZAOr/AAAAAAAAAAAAAAAAAAAAAPT/FQDx/+//7P/v/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+v/7P/r/+v/6v/k/yYA6f/q/+H/6v/N/+j/6/8VAOv/6f/p/+z/6v/s/xQA7v/2//H/AADs/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAD1/+z/7f8AAAAAAAAAAAAAAAAAAAAAzv8KAPf/+//4/xQA7P/t/+z/FQD0//j/9//x/+v/AAAAABQA9f8AAPH/7P/t/+3/+P8bAPL/7v/s//b/4//r/wAAAAAAAAAAAAAAAAAAAADu/xQA8v8AAPH/+f/s/wAA7f8UAOz/7//s/+z/7f/5/+v/IwDn/+z/5P/Y/+z/7P/s/xQA7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAOv/FQDr/+v/7P/r/+z/6//n/xoA7v/5//T/9P/o/+3/9/8WAPn/AAAAAAAA7v/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/k/+v/5v8ZAOr/6//k/wAAAAAAAAAAAAAAAAAAAAAAABIA6//r/+v/4v/Y/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/t/+n/7P/r/wAAAAAAAAAAAAAAAAAAAADN/zAA2//q/+//6f/Q/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/r/+z/6/8VAOv/6//s/+v/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/xoA7v/5//T/9P/o/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAPf/FgD5/wAAAAAAAO7/+v/s/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/GgDu//n/9P/0/+j/7f/r/xUA6//r/+z/6//s/+v/9/8WAPn/AAAAAAAA7v/6/+7/FADt//H/8P/t/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P/t/+3/7//t/+3/FADt/+v/6/8WAOv/6//q/+r/6v8AAAAAAAAAAAAAAAAAAAAA7P8ZAOr/6P/o/+z/5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/zQA0v/G/9r/5P/K/9n/AAATAAAAAAAAAO7/+P/u/+z/FADs/+3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA8v8AAAAAEgAAAAAAAAAAAO7/AADt/xQA8f8AAPH/7P/t//L/6f8cANr/2//k/+r/4v/n/wAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s//T/8v8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOj/7P/s/+z/6v8AAOz/FADs/+z/7P/s/+z/7f/s/xQA7P/s/+z/7P/s/+z/7P8UAO3/7f/s/+z/7P/s/wAAEwAAAAAAAADv/wAA7//z/xYA8P8AAAAA6//p/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/FgD5/wAAAAAAAO7/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAADu//j/7v8MAAAAAAAAAAAAAAD3/wAA7P/t/+z/9P8AAPD/FADs/wAAAAAAAAAAAAAAAAAAAAAUAO//7v/x/+//8P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/7P/r/+r/7P/r/93/7P/k/xQA7P/s/+z/7P/y/xQA5f/v/+z/7P/s//P/7P/s//L/AAAUAOz/2P/r/+7/8P/t//D/FQDr/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+3/FADs/+z/5v/m/xgA7P/2/+n/6P/u/+z/6//q/xYA7P/o/+r/7P/v/wAA5f/6/+7/AADt/wAA+f8AAAAAAAAAAO3/AAATAAAAAAAAAAAAAAAAAAAAAADp/zcA4f/x//P/7//L//L/6//p/+v/6//r/+v/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/7P8UAOv/7P/s/+r/6//s/+P/zv/p/+v/KwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/8P/w//j/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOX/5//X/8b/HACr/9T/CAAAAAAAAAAAAAAAAAAAAAAA7f/t//r/AAAAABQA7P/s/+z/7P/w/+z/7v/u/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6f/r/+v/FADs/+7/7f/y//L/+/8UAO3/7P8UAO3/8v8AAAAA7f/s/wAAAAAAANj/y/+9/+j/1//2/+z/7P/s/+z/7P/s/xQA7P/e/+z/9P/y/xQA7P/r/+n/AAAAAAAAAAAAAAAAAAAAAOD/3P/j/+f/+f8iANn/7/8AAAAA8P8AAAAAFADs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xUA6//s/+z/6//r/+r/7f/s/wAA8P/z/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAPn/7P/r//n/6v/k/xsA5P/t/+z/5P/r/9P/3f/i/+z/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/5//T/9X/2//b/wYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/7P8AABQAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/5v/r/wwA4/8VAOL/7P8AAAAAAAAAAAAAAAAAAAAA7v/X/+3/2P/e/zoAzv/t/+7/5//D/+7/rf/z//L/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/8v8AAAAA7f/s/wAA3f8WAO//6v/0/9n/7P/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/+P8AAAAA+v/s//n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf/Y/9j/u/8iANP/y//v/wAAAAAAAAAAAAAAAAAAAADd/+D/6//P/wAAAADj/9f/9//t//T/FAAAAO3/AADs/wAAAAAAAAAAAAAAAAAAAADu/+3/8v/y//v/FADt/+z/4v/a//P/+v8AAB4A6f/Y/+L/2f/j/9z/3/8oANj/1//s/+z/7P/s/+z/7P/r/xQA7P/s/+z/7f/v/+3/7P8UAOv/6//s/+T/JADm/+D/xf/w/+f/5//k/9j/7P/s/yYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+v/6//s/xQA6f/s/+z/FADy/+z/7P/s/+z/7P/0/+7/6v/j/+z/IQAAAAAAAAAAAAAAAAAAAAAA4P/S/9j/2v/V/9n/KgDa//H/7P/s//H/8f8UAOz/7P/u/wAAAAAAAAAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/q/+v/6P/p/+r/FwDs/+n/6f/t/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xgA7f/r//T/8f/q/+X/+P/q/+7/AADs/9v/7P8AAOz/FADs/+z/7f/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/7P/s//r/FADv/+z/6//s/+v/7P/r/+D/5v/o/+v/FgDA/+7/0//j/9z/EwDd//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/d/+b/5//d/9n/3f8oANr/KADi/+H/5v/Y/9n/3P/r/+z/7f/o/+T/3f/s/xQA7f8UAOz/7//u/wAA7P/u/wAAAAAAAAAAAAAAAAAAAADr/xYA6v/q/+j/7P/p/+r/AAAAAAAAAAAAAAAAAAAAAO3/7f/y/+z/+P/w/xQA8P/4/xwA5f/p/+f/5f/j//n/7P/r/+L/7f8RANn/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIADm/+v/1v/q/+n/4v/b/xQA+f/1/+z/AADs/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P/s/+z/FADk/xQA4v/v/+r/2f8AANj/5//m/+n/6v/t/xgA6v/k/+z/FADt/+3/7P/s/+z/7P/s/xcA6f/w//v/8P/q/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/r/+v/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAO3/AAATAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/0/wAAAAAUAO3/7P/t/+z/7P/s/+3/FADs/+3/7f/s/wAA8P/z/+z/FADu/wAAAAAAAAAAAAAAAAAAAADt/+3/8P/w//j/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/7f/x/xQA7P/s/+z/7P/x//n/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/JwDu/+z/7P/w/+T/2P/w/wAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADx/9b/6P/q/+X/7P8AAAAA+f/u//n/7P8AAAAAFAAAAPn/7v/5/+z/AAAAABQAAAD5/+7/+f/s/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/xUA6v/c/+r/7P/q/93/7P8WAOz/5f/v/+z/7P/v/xQAAADu//H/AADs/+z/7P8UAAAA7v/x/wAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/wAA2f/k/xMA3P/o/+z/AAAAAAAAAAAAAAAAAAAAAO3/7P/s//D/FADs/+3/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/8P8UAOz/7f/s/wAAAAAAAAAAAAAAAAAAAADN/9H/uP/E/0EAyv/a/8f/y//o/+j/0f8QANv/yP/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAx//C/8f/vv8uAMP/tv8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAM3/4//R/87/yv/P/wAAAAAAAAAAAAAAAAAAAADl/87/5//s/xIA5f/l//T/6v8AAAAAAAD1/wAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8YAOn/5P/Z/9n/5P/s/+j/5//s/+n/AADs/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/5/wAA7f8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwAAAAAAAAAAAPn/AAAAAA0AAAAAAAAAAADz/wAA8v/6/wAAAAAAAO3/EwD6/+z/FADu/+//7//t/+z/7f8AAAAAAAAAAAAAAAAAAAAA7P8UAO7/7//v/+3/7P/t/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/8v8UAOb/8P/s/+z/7P/u/+z/7P/t/+z/FADt/+z/4v/s/9v/4//r/9b/6/8pAOz/5v/s/+7/9P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA6v/r/+j/6P/s//X/FQDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgA0v8ZAL3/l/+g/+T/xv8ZABcA5v/g/9n/6v/p/+f/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAJwAAAAAAAAAAAAAAAAAAAAAA2//Z/+b/6f/h/9z/JADk/xUA3P/u//T/7v/p/9j/AAAaAOf/6v/x/+b/5f/p/+X/BgDr/+v/5P/s/+X/6/8AAAAAAAAAAAAAAAAAAAAAAADZ/+L/5//p/+3/1f/g/y0AAAAAAO//6v8AABgA7//p/+z/5//w//r/9v/s/+z/FADs/wAAAAAAAAAA8f8AABQAAAAAAAAAAAAAAAAAAAAAAPn/7P/y//X/+/8jANj/7P/s/+z/FADu/+//7P/s/+z/7P/v/+3/7f/w/+z/FADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/+f8SAAAAAAAAAAAAAAAAAAAAAADr/xUA7P/s/+3/7f/r/+z/6P/r/+j/7P/s/xYA6f/q/+T/7//r//X/0//i//X/9f/t/xQAAAAAAAAAAADv//D/AAAAAAAAAAAAAAAAAAAAAAAA8v8AAAAA8f/s/+z/AADs/+z/7P/w/+z/7P/s/xQAxP8AANv/1//F/x8A0P/j/93/4P/k/+T/HwDo/9v/4P/b/+P/3f/a/+L/3/8nANj/FADv/+7/8f/v//D/7P/t/+z/7P/s//v/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//s//b/AAD4/+z/7P8UAPb/9P8AAAAAAAATAOz/7v8AAAAAAAAAAAAAAAAAAAAA6/8VAOr/6v/r/+r/6P/r/9z/6v8VAOn/6//s/+r/6/8AAAAAAAAAAAAAAAAAAAAA6//u//D/7f/w/xUA6//v/wAAAAAAAAAAAAAAAAAAAADs/+//7f/w//n/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//KQDd/9j/2v8AANb/3f8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/7f/p/+v/FQDr/9r/5P/r/+z/6/8HAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//v/AADs/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAD3/wAAKADY/+n/2P/m/9j/4P/m/+3/7P/s/+z/7f8AAAAA6v8AAAAAAAAAAAAAAAAAAAAA5v/r/+v/5P/q/+v/4P8WAAAAAAAAAAAAAAAAAAAAAAAAAPr/+P8AAPL/+v8bAPj/4P/x//b/AAD3/+n/3P8jAAAAAAAAAAAAAAAAAAAAAADi/+b/5P/r/9r/2P/f/ygACgDF/9j/0f/Z/xYA0f/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//6v/r/+z/6//u/xYA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+P/7P/r/+n/FQDm/+v/AAAAAAAAAAAAAAAAAAAAAOv/4P/t//D/+P/Z/+L/KADw/xUA7P/s/+z/6//s/+v/FgDi/+f/5P/k/9H/6f/x/+7/7P/s/+7/8//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/+f/K/9H/yP/O/+b/CQDr/+v/6v/r/xUA7P/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAA+f8AAO3/7P/2/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/4/wAA7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOv/6P/k/+v/7P/s/xUA7P/W/+n/0//i/8z/HwDb/+D/AAAAAAAAAAAAAAAAAAAAAOX/yv/b/+P/5/8oAOD/3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/+b/5P/f/+D/5v8cAOj/AAAAAAAAAAAAAAAAAAAAABwA6f/Z/+T/4P/q/93/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAPr/EQD1/wAAAAAAAAAAAAAAAAAAAAAAANj/6//s/+z/FADs/wAA6/8TAOn/2P/Z/9j/2P/m/wAAAAAXAAAAAAAAAAAA6v8AAOv/3P/s/9//FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+v/6v/r/xUA5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t/9n/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAA9/8AAOz/7f/s/+z/7v/u/+z/FADr/+z/7P/s/+z/6/8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI/+T/KgDY/9b/uv/U/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPP/AAAAAPj/FAAAAAAAAAAAAAAAAAAAAAAAAADW/ykA+P/6//r/8//b//n/2//q/+j/6v/Z/9v/IADk/wAAAAAAAAAAAAAAAAAAAADs//L/7P/6/wAAFADs/+z/AAAAAAAA+f8AAOz/AAAUAAAA+f8AAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/7P/s/+z/7P/r/+z/7P/t/+3/7P/t/+z/7P8UAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/T/+P/5//a/+H/LwDZ/+3/7f/t//H/9v/u/xQA7f/t/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAO7/9v/u/wAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+b/9P/x//r/+P8cAOr/AAAAAAAAAAAAAAAAAAAAAOv/FQDr/+v/7P/r/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+b/9P/x//r/+P8cAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/t/xQA7P/s/wAA4P+0/7X/yf+//xEA0f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+r/7P/s/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A6P8AAAAAAADz/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/+//FADt//r/AADy/+z/7f8AAAAAAAAAAAAAAAAAAAAAIAD4/+z/+v/s/+f/7P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8aAOj/8/8AAPf/5//2/+n/JwDs//L/8f/t/97/8f/s/wAA7v/s/wAAFADf/+v/2P/d/9j/3P/a/yIA6//Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAA9/8AAPP/9f8AAAAAAADt/xQA+f8AAAAAAAAAAAAAAAAAAAAABwDz/7f/xv/J/+j/qv/l/+z/7P/s/+//7P/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAPL/AAATANn/2//k/9//2f8AAOr/AAAAAAAAAAAAAAAAAAAAAOH/IADc/+T/6f/i/9P/2f8nAAAAAAAAAAAAAADb/wAAGQDo/+L/6f/q/+b/5f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDk/+b/6P/6/+z/+v/t/wAAAAAAAAAAAAAAAAAAAAAZAAAAAAAAAAAAAADn/wAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s//H/7f/t/xUA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//T/7f/z/wAAFADu//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/8v8AAO//FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+b/5P/p/wAAEwAAAOn/AAAAAAAAAAAAAAAAAAAAABQA9P/3/+r/8v/r/+r/6/8aAL7/uv+3/7n/5f/i/9P/AAAAAAAAAAAAAAAAAAAAAOX/7P8AANf/3f/s/+f/FAD0/wAAAAAAAAAA7P8AABQA8//r/+T/7//W/7L/AADl/97/7P/0//L/FADs/+v/6f8AAAAAAAAAAAAAAAAAAAAA9v8AANn/3v/T/+P/1v8VAMH/2P/r/+X/3P/R//D/5P/o/8r/6//L/yEAEQDp/9n/AAAUAPX/AADx/+z/7f/t/+7/AAAAAAAAAAASAAAAAADs//D/9P8AAAAAFADt/+z/8P/s/+z/7//v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD0/wAAIADz//T/4v/q/+7/AAAAAAAAAAAAAAAAAAAAABkAAAAAAAAAAAAAAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/0v/w//b/0//w/+v/7P8WABQA7v/2//H/AADs/+7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/r/+3/7P/s/+z/7P8UAO3/8v8AAAAA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/u/+f/7H/z/8HAOH/AAAoAN7/0//W/8r/3f/P/+H/8f8eAAAA+v8AAPX/7f/2/wAAAAAAAAAAAAAAAAAAAAAZAOH/3//l/8z/2P/n/+v/GQDr/+r/6f/q/+b/4//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQDV/9D/6P/b/9v/1P/h/x4A6v/q/+b/5P/g/9n/6/8kAO//4P/p/+7/3//e/+v/JQDi/+r/2f/k/+L/2v/o/+z/7//t/+3/8P/s/xQA7f8YAPT/6//t/+z/6v/m/+z/JgD6/+z/+//5//X/9P8AACkA3P/6/wAAAADp/93/4/8UAO//7v/x/+//8P/s/+3/JgDq/+H/8v/w//L/3P/6/+z/7P/s//j/AADs/+z/FADq/xUA6//s//j/6v/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+7/7f/u//T/7P8UAPX/2//V/9j/2f/Y/9v/LwD1/+v/7P/s/+v/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4AM7/yP/W/8P/3/+9/8P/7f/t/+3/8f/2/+7/FADt/wAAAAAAAAAAAAAAAAgAAADY/+P/6f/b//H/6f8oANj/7P/2/+//+P8AAPD/FADz/+D/3f/f/+j/6P/h/x8A4v8AAPL/+P8UAPb/6//t/+z/7P8UAO7/7//v/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAA7v/2/+7/AAATAAAAAAAAAO7/9v/u/+n/GADn/+b/5//r/+b/6f/u/xQA+P8AAAAA7v/s/+3/AAAAAAAAAAAAAAAACAAAAOr/GQDo/+L/5//Z/+b/1P/s/+z/FADs/+3/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAA7v/4/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADt//b/AAD7/xQA+f/r/+z/7P/q/+v/6P/j/xYA7P/s/+z/7P/u/+v/FADu/9z/6//p/+j/6//o/x4A5//s//T/7P/s//D/8/8UAOz/AAAAAAAAAAAAAAAAAAAAAO7/6//v//f/9v/4/xYA8P8AAAAAAAAAAAAAAAAAAAAA6v/f/+3/7P/v/+3/GgD2//T/AAAAAAAAAAAAAA8AAAAmAN3/3f/e/+H/2f/b/9z/AAAAAAAAAAAAAAAAAAAAAPP/9f8AAAAAAADt/xQA+f/s/+n/6//g/+z/FQDp/+n/AADu/+7/AAAAAPP/7/8UAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/r/+z/7P8UAOv/7P/s/+z/7P/s/+z/FADs/xsA4v/p/+X/4v/o/9r/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+//7v8AAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/u/+3/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAADn//f/AADv/wAA8v8aAAAA4v/z//r/+f8AAAAAIwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A6f/p/+f/8v/a/+H/2P/i/97/5v/i/+b/1/8rAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/+z/8v/1//v/IwDY/+z/AAAAAAAAAAAAAAAAAAAAABQA7f/s/+3/7v/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/2P/f/+T/2f8pANr/2f/t//H/AAAAAAAAFADt/+z/7/8UAO3/+v8AAPL/7P/t/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/q//L/FADs/+z/5v/z/wAAAAAAABYA7P/t/wAAAAAAAAAAAAARAPf/AAAAAAAAAAAAAAAAAAAAAAAA6//y//X/7f/t/xcA8v/p/wAA9v8AAAAAAAAUAOz/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/u/+7/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/e/x0A5//i/9T/4v/k/+3/7f/y/+z/+P/w/xQA8P/d/+P/9//n/wAABgAFAO7/7//r/+//7v/v/+r/FgDv/+//8f8AAPf/AAAAABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/+//+P8AAPD/FADz/wAAAAAAAAAAAAAAAAAAAADo/+T/7P/r/+z/3P8cANn/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7//s/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FADq/+v/8v/m/+z/5v/r/+r/6//r/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM//7P/0/9n/5v/p/y4A+v/s/+z/7P/s/+z/7P8UAOz/7P/s/xQA7v/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+//7f/t//D/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAO//AAD7/wAA+v8AAB4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/+3/9P8AAPH/9v/v//T/AAAAAAAAAADt/xMAAAAAAAAA7v8AAAAA+f8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/8f8AAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/wAA5f/o//r/5v8oAAAAFADs/+z/7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAADs//L/7P/6/wAAFADs/+z/7P/u//H/AAAAABQA7f/s/ygA6v/6/wAAAADg/9j/AADu//r/AAAAAAAAEgD4//v/7P/u//H/AAAAABQA7f/s/+z/7v/s/+//+v8UAOv/6//s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//1/wAAAAAAAO3/FAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/6v/r/+j/6f/q/xcAAAAAAAAAAAAAAAAAAAAAAB0A6P/k/9z/8P/j/+b/CwAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAA+/8AAAAA2P/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAA7v/e/wAA2//5/y4A7f8AAOz/2/8AANv/9v8vAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/t//D/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADF/7X/HQDw/+D/BwDg/6v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt//H/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAPL/AADu/97/AADb//n/LgDo/8v/1//U/9T/IADL/+r/AAAAAAAAAAAAAAAAAAAAAPb/AADw/+D/8f/c//n/LQAaAOf/6v/x/+b/5f/p/+X/AAAAAAAAAAAAAAAAAAAAAO7/7f8AAAAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/wAA9f/t/wAAFAD2/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s/+z/7//v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/xYA7P/s/+z/6//m/+z/7v8VAPb/7//7/wAA6//2/wAAAAAAAAAAAAAAAAAAAAAxAOP/4v/q/+T/0f/Q/8//6v/t/+7/7v/0/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAUAAAA9v8AAAAA3//s//P/FQDs/+z/7P/t/+v/6//u/+z/2//k/+z/7P/Z/xQA2f/s/+b/9P/x//r/+P8cAOr/JQAAAAAA9f8AAOz/5P8AAO//FADu//j/AADz/+z/7f/t/xQA7//v//P/8f/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7v/q/+3/6//m/9L/2P/Z/9b/4P8IAAAA7P/2/+//+P8AAPD/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/p/+v/FQDr/wAAAAAAAAAAAAAAAAAAAADq/+z/7P/x/+3/7f8VAO3/AAAAAAAAAAAAAAAAAAAAAOH/+f/z/+3/9f/q/xgA8v8bAOn/5//n/+v/6//U/9j/EQAAAAAAAAAAAAAA8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/AAD0/wAAAAAWAAAA7P/t/+3/7P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAAAOr/HQDs/+z/7P/s/+//FADs/+7/AAAAAAAAAAAAAAAAAAAAANv/6f/b/+z/8//S/+v/HQAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/6//r/xUA3//q/+z/7P/s/+7/8f8UAOz/7P/s/+z/7f/u//H/7f/s/xQAAAAAAAAAAAAAAAAAAAAAAM//4P/f/wAA5P8QAOL/4/8AAAAAAAAAAAAAAAAAAAAA2v/w/+//3f/m/x4A1v/r/wAAAAAAAAAAAAAAAAAAAAAgAOn/3//d/+3/2f/p/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAABgAAAAAAOr/1v/m/+j/5f8bAOn/6/8AAAAAAAAAAAAAAAAAAAAA7/8AAOX/+v/u/wAA7f8AAO7/7f8AAAAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/v/wAAAAAUAOz/7//v//H/AAAAAAAAFADs/+z/7P/s/+z/7P/w/xQA7f/s/+z/5//p/+b/5f/n/xgA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AADl//r/7v8AAO3/AAD6/+3/9f/i//L/FQDt/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAPL/FwAAAPH/7f8UAOz/7P/s/+z/7f/Y/xQA7P/b/+7/AADu/+v/FADs//b/+P/3/+z/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAPb/7f8AAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/s/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/7v/5/+z/AAAAABQAAAD2//n/7f/y/wAA6f8ZAAAAAAAAAAAAAAAAAAAAAAAAADEAAAD4/+z/AAAAAN7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/1/8rANz/6v/W/9P/4//s/+z/FQDw/+z/6v/r/+v/7P/s/xQA6//s/+z/6//s/+b/1f8rANP/5//N/+D/1v/s/+z/FADt//H/7P/s/+z/6//s/xUA7P/s/+v/7P/T/+z/7P8UAOz/7P/r/+z/7P/P/9L/LQDb/+n/0f+y/9H/7P/s/xQA7f/w/+3/7P/s/+X/3/8rAOH/6//Y/9T/5//s/+z/FQDw/+z/6v/r/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDg/8D/z//g/+P/qP/e/wAAEwAAAAAAAADu//j/7v/f/8j/EwDO//T/2v8SAOj/AAAAAAAAAAAAAAAAAAAAAOz/3f/s/+r/AADt/x0A8f8AAAAAAAAAAAAAAAAAAAAA7P/u/+v/9v/0/+7/FQDr/+b/5v8AAAsA3v/X/9n/AADv//D/8f/6//v/+v8VAPL/AAAAAAAAAAAAAAAAAAAAAOf/6/8bAO7/AADz/+X/8f/r/+z/5/8VAOn/6f/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOH/2P/s/+3/AADs/+v/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/HgDh/+n/6P/l/+D/6P/s/+v/6//s/+z/6v8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/v/+//7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/7P/n/+3/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AACAA8//0/+L/6v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8UAOr/6//y/+b/7P/m/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA8f8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//S/9X/0//V/+v/IgDg/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/n/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+j/6v/s/+z/7P8VAOz/FQDr/+z/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q//D/7f/p/+H/6/8kAAAAAAAAAAAAAAAAAAAAAADr/+r/6//r/+3/7P8UAOz/AAD6/wAAAAD6/xEA9f8AAOz/6//s/+z/6//r/+z/FADr/+3/7P/s/+r/DADr//f/+v/z/wAAAAAAABQA7P/t/wAAAAAAAAAAAAAXAPn/7P/s/xYA7P/l/+//7P/s/+//6//q/+v/6//t/+z/FADs/+z/9//z/wAAAAAUAPP/+f/r/xUA7P/s/+3/6f/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/t/+3/9P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAD3//n/7P/3/+3/7f/u/xQAAAAAAAAAAAAAAAAAAAAAAOz/8f/5/+z/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAD7/wAAAADY/9r/AAAoAAAA+/8AAAAA2P/a/wAA7f8UAAAAAAAAAAAA7//w/8b/1P/q/+j/7f/r/ycA7P/u/+z/7f/5//n/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/xQAAAAAAAAAAADv/wAA7P/w/wAAAAAAAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+v/6v/l/+z/6/8WAPf/+/8AAOz/AAAUAPr/7v8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/+z/7P/s/+v/6//s/+z/7P/r/xQA6//s/+z/FADt//H/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAB0A6f/p/+f/8P/a/+H/2P/t/+z/7P/t/xQA7P/s/+z/9//7/wAA7P8AABQA+v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/AAAAAAAAFADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/r/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7v/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADw/wAA8/8UAO7/9//w//T/7P/u/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAADU/83/4P/i/wAA9v/d/wAAAAAAAAAAAAAAAAAAAAAAAOj/AADy/wAAJAD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+P/7P/6//T/6/8WAOn/6v8AAAAAAAD1/wAAAAAeAO//8f8AAAAAAAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6P/p/+H/6f8kAOj/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAAAAAAADgDs/+z/7P/t/+7/7P8UAO//AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f/t/+3/8f/2/+7/FADt//D/0//j/+f/2v/h/y8A2f/s/93/7P/q/wAA7f8dAPH/5P/s/+n/6f/Y/9j/IwDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv/+z/7P/u/+z/7P/t/+z/7P/s/+z/7f8UAOv/7P/s/+z/7P/s/+3/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAPD/AAD6/wAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAA8P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAA6/8UAOr/6//y/+b/7P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/6//x//B/8n/zv/V/zwA6f/p/+v/6//u/97/FQAAAAAAAAD1/wAAAAAOAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+v/7P/s/xQA7P/r/+z/7P/s/+z/7P8UAOz/7P/s/xQA7P/t//H/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOX/AADN/8b/vv/A/9r/BgAAAAAAAAAAAAAAAAAAAAAA9f8AAOz/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwC6/87/0P/I/8f/vv/x/wAAAAAAAAAAAAAAAAAAAADs/6z/uP+3/9f/7//Y/woAAAD3/wAAAAAAABQA7P/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9f/2P8ZAOn/1//f/+z/7P/s/+z/7P8UAOz/7P/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/AAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADf/8z/6P/S/xMA0v/N/wAAFADu/+7/7//u/+z/7f/t/8r/yf/m/77/6P/1/+b/HADs//D/9P8AAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAA8//6/xQA9//s/+//7P/s/+z/FADt//H/7P/s/+z/3f/c/9n/3//Z/wAA6f8AAN3/4P/k/+T/HwDo/9v/4P/m/+r/4//f//b/1f/e/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+v/FADs//P/6P/s/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+3/7P8UAO3/9P8AAAAAAAAAAAAADwAAAAAA8//e/+//AADp/wAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+7/7v/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//f/8/8AAAAAFADz//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+3/+f/w/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/AAAAAAAAFADt/+z/FADo//n/AAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADr/+z/9v8AAPj/7P/s/xQA+P8AAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7v/x/wAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//7P/t/+n/8//v/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAIwAAAAAAAAAAAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAA+/8AAAAA2P/a/wAAAAAAAAAAAAAAAAAAAAAAAOr/+f/s//T/7f/m/wkA6/8AAAAAAAAAAAAAAAAAAAAAFADw/+3/9//v//L/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+r/7f/s/+//FgDq/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/x//n/7P/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO//7P/s/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAAADs/wAAFAAAAPr/AAAAAAAA+v8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA6//s//H/9//q/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu//D/7/8AAPL/7P/6/xQA7//t//T/AADx//b/7/8AAAAAAAAAAAAAAAAAAAAA2v8AAAAAAAAAAAAAJgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/+7/+f/s/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAOX/5v/n/9b/0//k/x0A1//l/+r/5v/Y/+v/FADw/+r/6v/q/+n/5P/q/+r/GADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/8P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADt/+v/7f/t/+z/7/8VAO3/7v/u/+3/8f8UAOz/7P/s/9v/KQDY/9b/1//c/9f/2f8AAAAAAAAAAAAAAAAAAAAA7P/t/+z/7P/u/+7/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/v//n/6v8AAOr/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQDy/9r/x//X/9X/0v/U/+X/xv/o/+v/6//s/xwA+P8AAAAAAAAAAAAAAAAAAAAAJQAAAAAA9f8AAOz/5P8AABQA7P/s/+//AADs/+z/7//s/+v/7P8hAPT/6f/s/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/q/xkA6v/r/+r/7P/j/+r/9v8AAAAAAADw/wAAAAAUAAAAAAAAAAAAAAAAAAAAAADu//j/AAD5//T/7f/w/xQA6//s/+z/6v/r/+j/4/8WABQA7//u//H/7//w/+z/7f/v/wAA6//r/wAAFQDn/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//D/7f/s//b/7P/s/xQA7P/s/xQA7f/v/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAA7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKL/6P+3/8j/4/8gAOb/yv8AAAAAAAAAAAAAAAAAAAAA7v/s/+z/FAD5/+//7P/s/xMA1/8AANf/5f/W/+r/7P8AAAAAAAAAAAAAAAAAAAAAxv/U/+r/6P/t/+v/JwDs/wAAAAAAAAAAAAAUAOz/AAD0/+j/9//0//r/9/8ZAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/xQAAADs/+z/7P8AAAAAAAAAAAAAFwD5/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAA3f/a/93/6f/t/wAAAADa//D/7f/t//T/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/4v/n/93/6//s//n/AADs/9v/7P/s/+7/AADh/wwAFADr/+z/6//s/+z/6//s/xQA7P/s/+z/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8P/n/+f/5P/Y/+z/7P8mAAAAFAD1/wAA8f/s/+3/7f/t/+3/+f/s//H/FgDz/+r/AAAAAAAAAAAAAAAAAAAAAPD/6//v//D/7v8oANn/6f8AAAAAAAAAAAAAFgD6/+3/7f/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAA8P8AAO3/6v/s/+z/7P8UAOz/6//t/+z/7P/w/xQA7P/t/+z/AADy//j/FAD2/+v/7f/s/+z/7f/s/+z/7v/u/+z/FAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/v/+z/7P/t//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/7P/s/wAAFQDs/+z/FgDs/+v/6/8AAPv/6/8AAOz/7P/s/+3/7/8UAOz/7P/j/xgA5//q/+f/5//Z/+n/AAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAWAOb/6v/i/+3/7P/c/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/u/+z/7P8UAKD/HgDT/6z/wv94/y4Agv/G/7P/2v/w/7r/x/8nAOD/4f/p/+n/6v/q/xcA5P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v8UAO7/7v/t/+z/7v/r/+v/7P/s/+v/7P/s/xQA7P/q/+z/7P/s/xUA6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6//r/+n/7P/v/+r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOv/7f/s/+v/6P/m/+7/7P/w/+z/7P/u/xQA7P/s/+z/7P/w/+r/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7/8AAO3/FAD4/wAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAADd//r/uv8vALH/wP/W/8P/2v/V/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/l/+f/6f/q/+n/FwDl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/AADp/+T/4P8VANn/6//t//f/FwDt/+3/6v/p/+r/AAAAAAAAAAAAAAAAAAAAAOb/AAD3/+7/+f/s/xsA9v/R/+r/6//o/+v/EAAAAOz/9v/g//r/AADs/+7/IgDk/+z/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAACwDQ/9f/wP/L/9L/AADQ/+P/+P/X/+j/DQDi/+n/zf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAA9//s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA9v/v/+z/7P/s//H/1f/x/9n/3P/o/+D/AAAAAPn/6//q/+//AADk/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//q/+v/FQDs/+v/6/8IAMv/y//Z/+H/1f/K/w8AAAAAAAAAAAAAAAAAAAAAAPD/FAD6//j/AAD5/+z/AAAAAAAAAAAAAAAAAAAAAAAA5//r/+P/5/8AABAAFgDZ/xQA7P/s/+z/+P/v/+v/7P8VAOv/7P/s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P8fAOD/5f/k/+H/2f/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHgDy/+H/6P/s/+j/3v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOv/6//r/+n/7P/q/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/yQAAAAAAAAA+//h//r/4P/X/9L/1v8AACEAuP/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADK/+r/6f/k/+T/6//T/xsA2v/p/+r/6v/q/+j/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDq/+r/6P/s/+n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//r/+z/5f/s/+v/6v/p/9n/5v/i/97/0v/g/x0AAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/A/8D/xP+z/9P/AADB/xcAGADq/+T/7P/r/+n/0f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+v/7P/r/+v/5v8VAOv/4f8dAM//zP/k/+r/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/o/+L/0P/o/+v/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/s/+r/5//Y/wAA2P/r/+v/6v/r/wAA4P8ZAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//u/+7/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/1//X/wAA2v8AAN3/2f/s/+v/7P/r/+v/FQDf/+r/xv/U/+r/6P/t/+v/JwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8VAOz/7P/m/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/8b/2//j/+P/DwAAAOH/0f8pANb/4P/Z/9r/zv/Y/wAAAAAAAAAAAAAAAAAAAAAVAO7/AAD2/+7/7P/1/wAA4//p/+r/6//s/+z/FgDr/wAA7P/s/+X/2P/k/xQA9f8AAAAAAAAAAAAA9/8MAAAA5f/W/9v/6f/r/+H/JwDe/97/4//j/+f/5v/i/xsA3v/s/+z/7P/s/+z/7P8UAOz/6P/j/97/5v/r/+X/3/8dAAAAAAAAAAAAAAAAAAAAAADp/+j/6v/l/83/6f/q/xsA6/8VAOz/6//s/+v/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P8AAM7/1//e/wAA0//G/9j/3f/o/+P/5f/W/yAA2f/w/+z/7P/t/wAA6/8VAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAADz//b/GgAAAO3/7P/s/+3/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAEgCO/7j/uf/S/+j/4f/q/wAAAAAAAAAAAAAAAAAAAADe/93/AADp/wAA5/8hAPT/+v8AAAAA+v8AAPD/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8YAOf/5v/n/+v/5v/p/8//4v/V/9b/5P/Y/zAA2v/e/9f/4f/l/x4A1v8AAN//8f/W/+j/6v/l/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOADz//b/AAAAAO//3//l/wAAAAAAAAAAAAAAAAAAAADa/9H/3f/N/9P/6f/h/ycA6f8XAOH/5v/r/+X/6//h/9L/KwDL/9b/4P/m/8v/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf8AAM//rv+z/73/AADz/+X/3f/c/9b/3v/n/x4A5P/p/+f/4v/k/+n/6P8ZAOj/AAAAAAAAAAAAAAAAAAAAANX/DADj/9X/5v8VAMr/3v/e/xIA6P+y/6r/BgDH/+n/6v8bAOn/2f/M/+n/2f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAv//W/9L/w//W/9T/x/8wAOz/FQDs/+z/7P/s/+r/7P8UAOz/7P/t/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwDO/9P/1P/U/9X/8//R/+r/6v/U/ysA6P/p/8r/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FgDp/+v/5//q/+n/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/7v/n//D/6/8WAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+b/3f/g/+r/HADV/+b/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/n/+j/6//t/+r/FgDq/+b/1P8sANz/3v/N/+H/yf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+//6//s/+v/7f/r/yAA6f/o/+n/6P/o/xgA6f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/o/+L/6//n/xcA6v/s/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/2P8AANj/7P/s/+z/FADU/+7/5//M/+D/1f/c/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/7r/zP/N/9X/EAD2/9L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/AADp/+3/AAD1/xcA2v/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/8iAO3/6f/o/+T/3v/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/1/8jANb/5f/l/9T/xf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/+f/U/+D/AAAAAAAA4v/h/93/6v/f/93/6f8eANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAOv/7P/4/+r/7P/r/+z/9P/r//f/AADr/xUA8P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA6//s/+z/7P/t/9//x/8MAOL/AAC5/wAAyv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/X/9b/2f/b/+n/JQDT/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6v/p/+n/7v/r/xUA6f/B/w8Av//C/9T/wf/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/2P8AAOv/3f/q/+X/IQDa/+r/JQDJ/+r/5f/W/8P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8VAPb/7//7/wAA6//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/EwAAAAAA7//x//P/AAAZAOv/6v/p/+r/5v/j/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/m/+X/6//p/+f/GQDi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/xf/P/+P/2f/p/xMAzP8AAAAACwD7/wAAAAAAAAAA7P/s/+z/FADt/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADn/+n/7P/t//j/6/8YAOf/AAAAAAAAAAAAAAAAAAAAAN//z//q//b/5f/W/yQA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAAAA7P/y/wAAAADr//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+T/+//u/+z/JwDb//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+r/4f8nAOn/5v/Y/+D/AAAAAAAAAAAAAAAAAAAAAPb/6f/o/+b/4v/r/w8A4v/4/+v/6f8VAOv/1f/n/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/t/+v/8P/r/xcA6v/o/+z/7f/s//T/AADw/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FADs/+3/7P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAyf/X//T/GwC//73/3//L/9r/yf/U/9X/5P8AAAAA1f/s/+z/FADs/+z/7P/s/+z/FAC4/93/8P8AAO//uP/X/+b/GAAAAPj/6f/q//D/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/9L/5/8AALD/AADg/8z/tf+//z4AwP+5/87/qf/T/wAAAAAAAAAAAAAAAAAAAAAhAPb/9//n/+H/8//a/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/xv/H/8r/AADM//P/CwAAAAAAAAAAAAAAAAAAAAAA4/8YAOf/6v/n/+f/2f/p/83/HwC7/77/wf/O/+n/yf8AAAAAAAAAAAAAAAAAAAAA5//n/+n/6//q/xcA6v/n/8H/2//R/5//tv8AAJv/KwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/v/wAAAAAUAOz/7//c/93/5v/i/+P/4/8fANr/AAAAAAAAAAAAAAAAAAAAAOn/3v/q/9f/4P8XANn/7P/s/+z/FADs/+7/7P/s/+z/7P/s/+z/7P/t/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/7f/w/+z/6//r/wAAAAAAAAAAAAAAAAAAAADs/xMA5f/q/+v/2f/x/+D/AAAAAAAAAAAAAAAAAAAAAOb/IQDp/+r/6P/k/8//4f8AAAAAAAAAAAAAAAAAAAAAAADj//n/5/8hAOn/5P/S/+f/AAAlABcA9f/L/9P/6f/r/+v/7//s/+z/6//r/xUAAAAAAAAAAAAAAAAAAAAAAO3/5P/r/+v/GQDr/+v/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/W/xQA5v/b/+X/1v8PAAAAAAAAAAAAAAAAAAAAAAAAANv/2f/Y/9j/1/8IAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3P/e/93/4//b/yMA2/8AAAAAAAAAAAAAAAAAAAAAt//f/8z/2/8AAL3/yf8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/6//v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAA+v8RAPX/AAAAAAAAAAAAAAAAAAAAAAAA8P/f/+P/3v8AAB8A6P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/wAA2P/Y/+z/6/8UANT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+f/5P/g/+D/6P/n/xoAxv/y/8b/yf/G/8T/wf8RAAAAAAAAAAAAAAAAAAAAAADr/+v/6/8VAOz/7P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/r/+z/6//p/xYA6f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/xQA7P/q/+v/5//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/6v/q/xUA7f/r/+H/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/6//s/+z/FADr/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/FgAAAPL/7v8AAOv/6f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/FQDs/+z/5P/s/+v/7f8AAAAAAAAAAAAAAAAAAAAA6v/n/+j/6v/a/+b/GgDl/x4A5P/k/+r/6v/k/9//8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/z/8SANH/4f/M/+3/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO7/7P/s/+v/7P/2/+//GAD7//L/7f/p/+7/AAAAAAAAAAAAAAAAAAAAABIA9P/4/wAAAADx//f/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDs/+X/7P/y/+7/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xkA6//s/+z/7P/j/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8eAOX/6f/m/+f/2//u/wAAAAAAAAAAAAAAAAAAAADu/+z/4v/0/wAAFgDq/+3/7P/u/+z/7f/s/+3/FADt/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAPj/AAAAAMv/AAAAALz/l//4/83/7P/t/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/q/+j/6v/q/+v/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/w//L/FADt/xQA7v/u/+//7v/s/+3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfAN//1v/X/+P/5//H/8f/6v/s/+v/7P/r/+z/6/8VALH/DADO/8T/AADV/7X/1v8AAAAAAAAAAAAAAAAAAAAAFwDm/+j/5f/q/+v/5//k/+n/6//q/9v/AADX/xUA5//l/xgA5v/r/+r/6v/i/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/zP8eAN7/1//n/+v/AAAAAAAAAAAAAAAAAAAAABcA7f/j/9n/0P/T//v/5f8AAAAAAAAAAAAAAAAAAAAAzf8wANv/6v/v/+n/0P/h/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/t/+z/7P/s/+z/6//r/xYA6//r/+r/6v/q/+z/GQDq/+j/6P/s/+b/7P8AAAAAAAAAAAAAAAAAAAAA4v8OANf/5v/p/+f/9f/c/wAAAAAAAAAAAAAAAAAAAAC4/8n/u//o/wAAxP8AAB8A7P8UAO3/7f/s/+z/7P/s/97/7P/5/9r/3/8AAAAA2P/s/xUA7P/r/+3/7v/o//X/4/8VAOr/3P/q/+z/6v/d/wAAAAAAAAAAAAAAAAAAAAAUAAAA7v/x/wAA7P/s/+z/7f8UAOz/7//s/+z/7f/5/9b/5f/r/+r/FgDn/+z/6P/v/+3/FgDt//H/7P/q/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P8AAOv/8P8AAOn/8v8iAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+n/2v/n/xIA2//h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/93/9//X/97/2f8gAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/6//s/+3/7P/s/+7/8P/T/+P/5//a/+H/LwDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8QANv/1//p/97/1P/J/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA6//o/+X/5/8AAOf/1f/x/x4AAAD6/wAA9f/t//b/AAAAAAAAAAAAAAAAAAAAAOr/+f/0/wAA9P8AACIAAADg/93/3//o/+j/4f8fAOL/AADy//j/FAD2/+v/7f/s/+z/FQDo/+r/7P/p/+r/6v8WAOX/6//k/+j/4P/k/+v/AAAAAAAAAAAAAAAAAAAAAAAA7v/u/wAAAADz/+//FADk/+H/0v/I/83/5P8rAN//FADt/+z/7f/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAhAPP/7f8AAAAA+f/u//H/+f/w/wAAAAAAAAAAHgD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABoA5//q//H/5v/l/+n/5f/u/xYA7f/0//L/+P/r//T/GwDp/+f/5//r/+v/1P/Y/wAAAAAAAAAAAAAAAAAAAADM/9r/2P/h/9z/JgDP/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+3/FADs/+z/7P/s/+3/HQDX/+3/8P/u/+z/7P/y/yYA7P/r//n/AADw/9j/9P/p/9f/KwDc/+r/1v/T/+P/wP/U/yIA4P/D/+H/4f/V/+v/7P8VAOz/7P/r/+z/0/8AAAAAAAAAAAAAAAAAAAAAuP8AAMf/6//x/wAArf8HAOz/7P/s/+3/7v/s/+z/FADl/+r/6//g/+j/4f8cAOP/5//e/+v/7P/s/wAA6P8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Y/+z/5//f/9z/6v8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/+/8AAOz/AAAUAPr/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/9f/5v/f/97/4f/j/x4A+f/u//n/7P8AAAAAFAAAAOr/6v/p/+T/6v/q/xgA5P8AAAAAAAAAAAAAAAAAAAAAFwDr/+v/7f/s/+j/5//o/wAAAAAAAAAAAAAAAAAAAACi/+j/t//I/+P/IADm/8r/9P/o//f/9P/6//f/GQDw/+z/7P/t/xQAAADs/+z/7P8PAOH/6f/Q/+f/CADQ/8//4//g/+r/6//V/yAA3v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAz//W//L/2P/H/8n/8P/K/7z/6f/y/97/6v/p/+r/yf/s/wAA2P/q/9//AAAAAO//7P/k/+r/6/8AABQA6f/3/+r/0f/Y/9r/+/8AAM3/EgAUAOz/6//t/+z/7P/s/+z/5f/6/+X/7v8UANj/0v8AAOv/zf/s/+r/1P/l/+v/FQDB/wAAy//W/wkApP/q//X/5v/m/+n/6//r/xcA6v/n/9T/7v/o/97/6/8LAND/CQDs/wAA4//T/8r/2v8QAOn/7P8UAOz/7f/u/+z/7P/s//X/IwDm/+v/6v/q/+r/6//k/yQAAAAAAAAAAADt//X/xf/r//f/3v8UAOD/2f8AABQA2f8NANL/1v/a/+f/2P8AANf/5//d/7z/5v/X/wYA7f/u/xQA7v/u/+3/7P/u/x4A4f/E/9L/x//Z/wAA2f/i/wAADwDQ/9H/vP/v/9H/3v/x/7f/yv/F/xEAov/f/9H/4f/o/+r/FQDp/+T/AADr/+v/6//r/+v/5/8WAOr/5v/X/y4Ao/++/8X/2P/T/+T/4f8eALf/w//G/+n/5f/U/8n/IADZ/+z/5f+9/9b/rv/p/6v/oP/e/7j/9/8AANL/v/+2/7v/BgDh/8z/JQCb/woAkf8AAL//+//c/+P/yP/Y/+f/3v/q/w4ADADn/+D/1/8RAAwA2//F/9f/2v/s/9z/AADY/+T/FQDX/+v/7P/h/+n/6v/s/xUA5//r/9r/EQDq/9j/6f8AAPr/3f8oAOn/4v/Y/wAA9P/a/+f/7P/s/+z/7P/t/+3/FADt/+z/1//n/+j/3f/q/ycA4/8cAPj/BgDQ/6b/xv+8//L/2P/s/+z/7f/t/+z/HwDc/5j/AADu/+b/1/8KANf/wf+w//v/2v/I/7P/3P8fAOv/FADu/+z/+/8AAOz/7P/u/+f/6f/s/+3/+P/r/xgA5//W/ycA2v/0//X/3P/V//b/7P/t//n/8//0//v/FADx/8f/yP/k/7D/uP8bAAAAv//M/8f/AAAnAL3/z//A//P/1f/W/9D/3P/X/w4ADgDD/+z/7P/s/+7/8f8UAOz/7P/d/8D/BgDN/8n/0v8AAPj/AADs/+z/7P/s/+z/1v8UACAA6f/r/+D/5P/Q/+r/5P8AAPH/5P/U/+X/AADp/+n/BwDh/9//3//3/9z/6P8AAOz/6//q/xYA7P/o/+r/7P/l/ycA2P/m/+z/4//V/+X/2//i/9P/8P/b/wAAAADf/9P/AADR/9L/yf/Y/8z/AADs/+n/LQDd/+D/2v/V/+f/0v/w//b/0//w/+v/7P8WALr/EADc/+H/wv+8/xEA7/8AAL7/2P/e//H/BQDm/9L/FwAAAMn/0v/Z/9z/3//h/wAA+v/j//n/+f/7/wAAAADk/+v/3//r/+X/GwDX/+z/JQDk/+r/6v/p/8j/5//l/+z/9v/0//P/+v/q/+z/FADs/+z/7P/u/+7/7f8UAO3/2f/L/wAA0v/J/wcA1P8AANL/NADV/9H/0f/e/87/yP/c/8D/uf/T/7n/5f8TAO3/AAD0/97/8P8AAAgA2P/b/9v/NwDU/7n/u//X/8r/1f/r/xUA6v/s/+v/7P/q/+z/6f8kAN//0v/H/9j/yP/S/9b/NQC6/73/vf/P/8r/5v8UANj/6//d/+r/rP/u/+r/FAAAAAAA9/8AAO3/7P/2/+j/6f/x//r/AAD1/xgA+v8AAAAA2v/i/97/7v/S/+L/+P8WANr/rf+S/+z/yf/y/+X/BwDj/9v/4v/O//r/w//Q/9H/OgDZ/8P/vf/G/+b/HADZ/+r/6//h/+3/4v/j/9z/1f8HAM//xf/T/+L/IADs/+n/LQDd/+D/2v/V/+f/6f8UAOz/7P/r//L/7P/s/9H/sv8NANb/0f/K/9v/FADq/+z/6v/s/wAA5f/r/w4A9v/4/+L/AADJ/9L/4f/Q/+z/AADY/+r/3/8AAAAA7//P/+H/5//s/wAAKgDk/+v/0//k/+b/EwDc/9j/2f8RAOz/7P/s/+z/7P/s/xQA7P/R/woA2//R/+7/6//U/xQA0/8qAND/1//X/+H/0v/X/8f/0P/K/8b/zP84AOX/p//n/+L/4f8KAAAA2P/v/wAADQDU/+7/6v/r/xAA4f/r/9z/of/E/7f/4v/f/xMA6f8bABMA0f/I/9j/v//G/9j/JADr/9H/0f/S/7z/4v/Q/+T/7v/b//X/AAAAAAAA2/+7/wwAkP/X/7j/uf8AAOf/5P+1/7z/qP8IAB0Aq//E/+b/5f/b/8D/JgC8/8T/5//z/8L/z//J/woA4/8AAOr/6v/l/+r/6v/q/+z/GQDq/+z/4P/s/+3/9//s/+z/FADs/wAA6//n/+T/2P8PAAAA4//s/+v/0//r/xMA7P8AAOn/f//L/6v/DgARAOf/1f/c/9j/DgDd/9X/5f8AANf/7P/s/+3/7v/z/+z/FADs/yEAAAAAAAAA+f/t/+n/4v/r/+v/6f/o/+H/5v8WAOj/2P/Y/9b/zf/s/93/JgDs/+z/7P/s/+3/7v/s/+z/FADu/+z/6//r/+v/5f8UAOz/7P/s/9j/6//e/97/FAAAABQA6//s/+z/7P/c/+z/8//U//T/AAAAAAAALwD6/wAA9P/s/+v/AAAAAPT/EwDY/8n/2v/e/+f/5f/s/9j/IADV/87/BwDX/+f/HADW/8//EQAUANr/xf/h/+v/xv/Y/7v/rP+t/wAA0P/i/9T/AAAcAIz/s/+Q//T/q/+t/xAAFAAHAAAA7/8AAAcA2f/q/wAAs/+n/7T/3P/Q/8L/DgAAAOD/4/8VAOr/1//U/9j/x/8HAMH/7P8AAAAA7P+y/+v/2v/S/8v/7/8YAM7/6v/M/+//6v/f/+H/EwDn/wwA7P8OAOP/3v/W//j/3P/S/+j/6v/3/xQA6P/q/+P/7v8VABYAzf/f/9f/3/+4/+b/zf+d/+r/gv+p/+//1f8PAPT/yv/Y/8P/4//G/xYAzv8KANX/3//X/+T/w//m/wAA2P+Z/xMAAADp//L/wP8TAOz/7P/s/+z/7P/s/xQA7P8UAOz/6v/s/+7/7f/r/+z/3f/T/9r/2v/p/9n/KgDm/+b/5f/l/+7/8f/f/x4A3//s/wAA2P/q/9//AAAAAO//+f/I/9//x//i/yEAyP/K//D/HADr/+v/5P/p/9r/6P8lANf/6//p//X/t//p/9//3f83AM3/uP/I/97/t//K/7f/FwAAANX/vv/p/9T/zP8AALX/5P+z/6H/GADI/+r/0f8KAND/2v/4/9P/4P/0/+v/6//q/+v/FQDs/+v/6/8kAPf/3/8AAN7/vv/p/83/t/+s/+H/LgDZ//n/6/+r/+f/GQDK/9L/0v/D/xEAvf/s/xQA7f/t/+3/7f/s/+7/0f8iAMn/vP/Z//T/AADG/+z/FADx/+//9f/s/+z/7P/w/wcA6//g/9z/AADq/wUAsv/L/wAA0f/P/8T/1v8gACUA4//b//v/3f/S/9X/tv/a/93/3P/Q/9D/HwDr/+b/7P/h/+n/6v/s/xUA5//r/wAAAAAAAAAAAADs/wAAJwDw/xUA8/8AAAAA+//r//L/2P/o/+D/FADe/+v/8v/s/9L/AADL/9D/7v/n/9n/xP/q/8P/6f/K/8L/xP/X/yEAAADH/8P/tv/B/8f/BwDR/7//sP/G/7D/t/8JAAAAsP/s/+n/6//k/wAANgDa/+P/3P/L/xUA7//V/8X/DQCY/+r/5f/Q/9T/2f/q/yAA6v8AAOj/qf+2/7n/u/8lAN3/FADv/9z/5f/Z/9r/7v/V/9n/2f/h/93/4P8jANv/7P/s/+v/6//s/+v/7P8VAOv/x/8tAMX/xf/F/+z/wv/J/+j/xf/f/7z/AAAAAML/9P/Y/+v/6//q/wAA7P/p/xIAAADY/+b/4//s/9f/FwDa/+b/3v/j/83/1f8kAM3/3P/T/yAACQDd/+n/+f/e/8z/6P/j/+b/DAAFANj/8P8AAAAA5//Q/+7/7v+2//f/tP/n/+L/4f8KAAAA2P/v/wAA5v8gANL/3//k/8X/6f/w/8H/xP/X/73/2v/k/xUAAAD0/xgA7f/3//H/7P/o//P/AADH/+z/2P/L/7//BwDr/8L/wf/V/9z/3P/o/ywA0P/6//f/7v/u/wAA7P/1/xQA2v/v//j/7P8AAAAAKAAAAML/5P/Z/9f/1f/I/wAAIgAAAOP/6v/i/+z/BwDa/9j/4P+t/+X/xP/a/xQAAADh/x4A8v/h/+j/7P/o/97/6v/k/+v/3//r/+X/GwDX/+z/0f+b/+L/2v+2/wUA0//w/+z/LQDZ/+b/6//l/8j/8f/5/9T/AAAAAAAA8f8VABEA7P8UAO3/7f/t/+3/7P/u/+z/6P/q/97/4f/q/xUA8P/O/8n/4//q/+3/yv83ANb/5f/n/9//4//o/+X/GwDm/xIA5f/m/+T/6//p/xAA2f/a/+v/2f/r/93/2/8gANj/zv+v/8r/AAD1/+f/8v/5/+z/7P/s/+z/7P/s/xQA7P/6/+H/tv+9/wAAAADE/9P/9P8JALf/q/+t/8T/7f/t/+r/1f/Y/8T/xv/V/yUA3f/n/wAA8f+2/wAAwf/s/8v/5//K/97/1P8AAMD/GwDT/9j/6v/X/9b/2v8AAOr/DQAQALT/xf++/8r/xv/S/wcATACd/9n/wv+9/+v/0//A/xwAuv/j/8H/wf+3//j/2/9CALL/pv+f/wAA0f+t/+f/8v/d/8f/zf/X//X/AADl/8L/DwCz/+D/0v/C/9j/6//5/+j/xf/V/xMA6//X/wAA5P/r/+f/6v/s/+H/FgD5/+v/2P/q/9j/6//n/yMA2P/s/+z/FADr/+z/AADl/9f/9v/5/wAAAAAAAAAAFwAAALj/vP/Q/8L/vf9AAKn/wP/I//H/1//G/+L/0f/q/wAAwv/e/xgA6//m/9j/0f8AANj/3/8YAOf/6//p//b/2/8AAPv/4v/X/+b/wP8OAM7/tv8MAOL/7P/5/xQA9P/T/9j/7P/r/+r/5f8vAOL/2P/o/93/5P/f/+X/HQDg/9T/u/+t/9n/v//P/8X/rv9WAPT/5P/U/+j/6v/b/9P/NQDq/8X/5//t//n/6v/s/xYA4v/Y/+z/6v8SANj/yv8AABkA1P/I/9j/5P/g/+f/3/8HAAAA4P/k/9z/3P/Y/+T/7P/t/+z/7f8AAAAAFADs/8f/0P/R/87/2P8AAOz/9f/b/xgA5P/e/93/6P8AAOf/tf/N/9//zf+9/wAAEgDW/9//2P/Y/+//8f8lANn/7P/q/wkAw/+0/97/5f/h/9z/3f/e/93/4P/c/xQAx//7/9j/6//J/+X/AAAjANH/z//s//X/FQDr/+3/6//m/+r/4f/Y/9D/MgDo/+D/vf/f/6//6P/D/7//3f/6//v/GQDa/9f/1P/L/83/xP/h/zkABwDZ/7//zP8AAMD/wv8AAD0Azv/U/9f/9//g/8f/9P/X/yAA1P/K/9D/xf/3/+f/4v8pANj/2P/n/9n/4//W/+z/7P/r/+r/6/8VAOb/7P/o/wAA5//q/+n/4v8TAOX/6/8AALD/0v/T/7//AAAJAOf/2P/s/+z/AADs/+v/EwDr/+z/FwDq/+v/0f/q/+j/pf/V/wkA+v/d/xIA5f8AACQAuv/R/9j/+v/L/wAA0//T/xkAy//E/8X/7P/l/+H/7P8TAN7/8//3//L/0v/s/8T/yf82ANP/0f/P/8//y//L/8f/OADF/8v/yP/I/8L/AADX/9//1P8AAAcA2v/c//D/5//W/8z/AAAWAM7/zv/b/wAA3//b/9v/4/8AANz/yP/N/9X/zv+8/+P/+f8lACkA7f/E/9f/0v/n/87/3P/2/+j/3v/U/+z/8/8AABoA6f/S/+n/0f8AANf/JwDl/+b/1//K/9D/zv/h/zAA1//j/+3/OwDQ/97/2f/V/+P/2P8UAOz/2v/g/9v/4/8AAN3/EwD4/9//5f/Q/8L/uv/s/9j/6P/p/+3/7P8fAOz/7P/o/+v/4P/u/+r/FQDq/+z/AADY/+r/3/8AAAAA7/8LANb/6v+8/9f/xv8JAN//9f/7/7f/4P/t//X/8//M/+v/AADT/+v/5//o/wgAAAALACMAAAAAAAAAAADi/wAA2v8MAAcAx//C/xMA4/+4/9b/6/8AANr/yf8fAOv/vv8AAOf/2f/X/+b/FADn/7r/4v/d/+H/7f/u/9r/KADc/+z/FQDr/+n/2//s/+r/7P8LAOH/4P/h/9f/2P8AAOT/4v8ZAOn/0f/Q/+v/3f/p/9X/zv/k/9n/8f8SAPf/3f/X/93/1//X/+n/9P8ZAOf/+//u//T/6/8AABUAEwDv/+L/vf/U/zcA4v/S/9r/1//s/+z/7P8UAO7/7P/s/+z/7P/0/+v/9/8AAOv/FQDw/7z/j/8KAO3/nP8vANb/y/+1/6H/AADC/8P/MADi/7v/0f/T/7b/vv/F/zgAyv/J/7j/5f/v/+7/JQC6/8f/2f/g/9z/6//e/wAA2f/m/woA6//t/+H/FADs/+v/7f/s/+L/FADr//f/8v/o/+7/6//c/+n/AADb/9n/DADj/93/AADr/+n/6P/o/wAA6P/t/+z/7P/s/+3/7v/s/+z/FADq/9j/AAAAAOH/v//o/6v/vv/A/8T/wP+8/7//QQC+/+z/7P/s/+z/7P/s/xQA7f/S/wAAEQDa/9j/zf/S/9n/0//I/wgA6//r/8//8f/v/wAAAADq/wAAAADu/wAAHwAAANb/t/+0/ygAAADT/6b/6P/p/9T/3//n/+r/GQDo/9j/yf/J/9z/3v8kAAAA3f/e/+r/4v/q/+v/7P8fAOT/2//0/+T/yv/Z/8//z/8AAAAA8//e/+7/AAAIANj/2//u//j/7f/i/5z/2v+//xIA4v/d/wcA3v/m/wAA1v/W/wAAAAD1/wAAAADr/wAAFQDd/ycA2P/g/+v/2P/n/9n/FgCx/8b/x/+6/9L/3f/5/wcA6f/k/9v/4f8GAOv/AADZ/9H/AADa/+f/5v8AANj/2P/O/9X/1v/d/yMA3v/k/wUAwf/c/9//3f8IANf/5f8AAKj/0f++/9D/AAAVAJD/1v+k/9r/6//U/7n/6v8sANj/4P/m/+v/AADs/w8A2P/l/97/zf/p/wcAuv/5/+r/2P/V/9f/zv/k/9b/KQDa/9X/3v/3/9b/wP/G/wYAAADT/+z/7P/h/+r/AADa/wsA4P+7/8b/yv/h/wkALQDW/+T/3P/s/9b/6/8LAPb/4f8AAOL/EADq/wAA1//l/9f/7P8NAOz/8f/b/xQA6v/r/9f/xf/U/93/7v/F/z4A2//s/+j/6//g/+7/6v8VAOr/6f/R/+n/zP/B/wcA1/8AAOv/5v/d/9n/6f8dAM3/5v/l/9D/3P/E/+7/6//3/ycAFADs/+z/5//t//r/7P/s/+P/5v/s/9v/7v/d/x8A7v/f/9f/3v/c/wcAzP/n/xgA1//W/9b/1P/W/9j/KgDX/9n/6v/s/+j/7f/r/x0A7P/Z/+r/7P/o/+3/6/8dAOz/y/8IAOH/1/8AAOf/DQDX/+D/KQDO/9D/0v/i/8f/3f/i/ycA1P/a/+f/1f/W/+X/9f/K/+b/1f+1/+r/wP8QAOr/AADj/7r/4f/I/+7/tf/1/wAA9P8AAAAA7v8VAAAA7P8AANj/6v/f/wAAAADv/+j/5//Y/8f/2P8wAL7/1P/c/+v/6v/g/9//5/8hAOn/2//i/9D/yv8AAOr/HgDV/+z/7P/s/+3/8P/s/+z/FAA4AM//wP/W//D/2f/V/9H/AAC6/93/3f/Z/9n/CQAAANP/JgDY/93/2v/Z/9z/4/8AAN//6v/Z/9r/2v8SAOr/7P/r/+z/FQDt/+r/6//s/zkAvv/P/9b/8v/X/9T/BgDb/wAA3v/h/93/1/8RAOj/0//s/+z/4f/q/wAA2v8LABUA2P8AANT/2P/j/9z/zf/X/8r/1v/h/87/7/8AAPr/7P/s/+z/7P/s/+z/FADs/9//5/+x/8f/0v+2/xMAtv/o/93/5v/g/87/4P8iAOD/7P/t//n/8//0//v/FADx/+z/7f/5//P/9P/7/xQA8f/s/+v/7P/s/+3/7P8UAOz/AADZ/+r/3f/j/wwA2//a/7//xf8AAMb/xP8AAOr/yP/L/8H/1//I/83/NgDb/8//AADA/7v/vv/a/+P/AADL/wAAIQAAAAAAAAD5/+f/AADI/xYA2f/l/+j/0//r/+H/t/8WABEA3v/J/7n/0//D/+r/FQDq/+n/7v/s/+v/6f8sAOT/4P/Q/83/x//D/+3/7P/s/+3/7v/z/+z/FADs/9T/5f/C/+D/6v/T/9P/IgAVANb/xP+W/9j/sf8AAOD/7P/3/+v/7P/r/+v/FADr/5P/AADA/7D/a/8AABYApP/Z/+j/2P/s/+r/AAAUANb/7P/s/+z/7P/s/+z/FADt/wAAAAAAAAAAAADa/wAAKADs/+z/7P/u/+7/7f8UAO3/7f8UAOz/9//6/+z/7P/s/+P/7v/r/wAA2f/s/+b/FQDI/wAA7f/x//n/6v8AACAA+P/W/+j/6f/q/8H/HQDz/wAA+f/c/+z/3f/H/+7/z//k/9j/1v8AAOz/2/8NAOX/FQDO//D/uP+x/73/wf/2//L/EQDQ/8X/yf/m/+r/4f/G//H/6f/K/yAA1//b/+L/5f/m/wAAr/+0/+f/uP/0/+X/8v/n/+j/AADr/w4A2v8AANf/5v/r/93/1f8HAMz/7P/s/9z/5/8UAOz/AADY/+T/FwDn/9D/6/8VAOb/0v8AAOz/+v/r//X/2P8GAPH/DgAAAOL/xv/W/+H/1/8AAA0A5v/b/7L/+f/W/+z/wf/X/+v/+v/r//v/5f8nAOf/6P/s/+v/7P/t/xcA5P/h//L/5P/d/+j/3//a/+r/GgAAAND/AAAAAPT/FADc/9//zf/b/4b/6P/j/+3/+f/v//X/zP/D/6j/tP/w/8j/JQDl/ycA2P/m/+z/4//V/+X/0/8+AM3/wP+2/9T/w//F/8//JQDo/+P/3v/k/+b/6//q/1IA2/+1/6//lf/B/5b/0/8PAAAAzv+7/+b/2f/r//T/xv/N//P/0/8HANv/6/8VAOr/4//d//D/4P/s/+X/6//p/+n/3//i/+r/FwDp/83/DQDl/xoA4P/I//b/4P/E/7n/EgAYAMf/xf8AAMv/6v/s/97/2f/r/+7/FADq//T/3v/r/wAA6v8UAN3/7P/R/8b/z//W/9//2P84APD/AAAfAMf/yP+L/+D/xP/Z/8//y//N/8j/7P/R/0kA5P/q//n/6f8AAOr/BwDm/wAA+P8rAHH/wf/s/9n/r/+8/7//AACy/7//FwC9/7f/6f+8//P/1v/o/xoAyv8AAMf/AAAKAO//n/+x/7f/8P/l/w4A9f/i/97/y//h/+v/5f/d/zAA1v8AANn/w//V/9z/5//A/9L/MQDk/9f/yP/c/+z/6//s/xUA7f/q/+v/7P/r/+r/8P/t/+n/4f/r/yQAwv/F/9H/xP/V//D/7v8HACgA6P/h/9j/+P/k/9r/5//Q/+P/2//W/93/0v8eANT/o/8lAMb/6f+0/7T/0v+7/xQA7P/s/+3/7f/s/+z/7P8UAOz/7P/t/+3/7f/s/+z/1v8AAL3/s/+6/8T/zf8kAO3/AAD4/wAA9/8AACAAAAAAAO//zv/U/9H/2v/v/97/6f8kAMH/2//U/+D/2f+R/8//6//s/xQA7P8JAOz/7P/E/6r/rP/d/9n/mv8jAOD/7v8UAO//AADs/9j/3f/r/+f/xv/G/9D/2f8AAOj/EADm/9j/3//V/+r/6/8AABYA5P/h/93/7/8UAMf/2f8AANf/DQDU/7D/EADq/8j/wf/c/+r/6//S/+f/AADV/xQA6P+6/+f/y//5/9//FADo/9r/wP/0/7n/5//B/yQAvf/n/9L/7f/n//n/9f8xAAAA6v/f/wAA6P/q/9j/HgDX/+z/FADs/+3/7v/s/+z/7P/o/wAA5//L/9b/5/8GAOv/7P8UAOz/7f/u/+z/7P/s/9n/2P/k/+7/9f8RAPf/2P/l/xYA7P/l//D/7P8AAPD/9f8WALj/5P/O/xUA0P/R/+X/1v8QANj/1v/m/xIA2f/J//r/0//Y/+T/2P8GAMn/2f8UANv/6/8AAAAA2P/Z/+z/3v/i/9X/AAD1/xoA7P/c/wwArf/Y/5n/AADn/7//1P/b/9L/wv/R/8H/LgDQ/8v/ef8PAKD/5P+w/8z/9P+//9r/vv/P//D/JwC4//n/6v/p/9r/6P/p/9j/IwDi//b/+f8AAAAAAAAAABcAAADQ/9T/2v/C/87/s/84AOD/1v/Q/+j/2f/P/7//JwDp/+v/2v/r/+r/6v/b/xwA2//Z/9X/5P/A/8f/2v8sANr/7f/u/xQA7v/u/+3/7P/u//L/pP8AANb/qv8AAAAAof/u/xYA5v/l/+r/7P/q/9v/7P/r/+v/6v/r/xUA5f/s/7r/6P/A/8j/wP8PAM7/5P/o//H/9f/r/+j/FgDr/9f/7P8VAM7/+P/Z/+T/6v/Z/wsAyv+3/9L/yP/Q/+r/xf/Z/9v/6P/r/+P/6v8dANn/sf+8/wAAx//q/wAAzf/X/xQAAAD7/wAAAADs/xIA7P8AAPb/4v/v/+v/6f/L/wsA6P/Q/wAAxP/q/93/DwDt/9v/6//5/+f/6f8TAOj/6//r/+v/6v/V/+v/7v/s/xQAAADX/93/4f/x/w8A5//Y/+T/CAC//8z/FADs/8b/6//n/9j/4P/X/9f/4P8jANj/AADJ/8n/sf+s/x4A4/8AAOT/6P/q/+f/6P/q/+z/FwDZ/9f/9f8GAPb/EQDV/+X/FgAAAOz/8v8AAAAA6//z/wwA7f/f/+n/8v8AAM//4v/3/6//wv/6/9X/1//f/8P/z//e//L/DQDh//j/+f+t/6z/2P/W/9b/AADe/+L/HQDU/xAADAC4/8z/1v/k/8H/8v8AAOz/6v/Y/9v/3v8SAN3/0//a/9r/6f/Z/yoA5v8AANr/3f/c/+7/5//X/wAA3v/q/+L/6v/r/+z/HwDk/+H/2f/t/7P/GQAGALP/mv/4/9X/yv/h/9X/4P/v//f/3f/p/xcA6//s/+3/6//N//X/9P/t/+H/+v/g/xEA7f/w/9f/8f/i/9b/7P8QANj/9f8AAO3/7P8AAPj/+P8lAOb/HADY/8P/AADV/+H/6/+x/wAA5f/W/9n/EgDh/97/zv/r/+r/yP/t/+v/6v8WAPT/AADa/8v/4v/p//b/wv/s/+z/6//q/+v/FQDm/+z/7f/s/xQA7P/t/+3/7P/t/+T/6//n/+r/7P/h/xYA+f8VAOz/6//r/+v/7P/o/+z/7f/u/xQA7v/u/+3/7P/u/+j/2f/p/9n/5//t/yAAzf/v/wAA+/8AAPr/AAAeAAAA8f/r/+T/5//r/+n/FADW/wAA6P/Y/97/4f8VAM//2P8AAMX/1v/f/wAAAADk/+P/BgCy//H/v/93/8f/+P/0/xcA5f/f/+n/6P8GAMb/2P8oAPf/0//L/9H/0f/V/8P/6P/q/+P/1//p/+z/FgDd//D/6v/s/xQA7f/r/+z/8P/s/xkA+/8AAPj/7f/s/xQAAADS/9X/5P8AAMv/y//W/9n/tf8AANv/CAD0/8b/1f8TAOv/6//p/+r/FQDZ/+H/yP/O/woA6v/Z/8P/3f8WABQA8f/v//T/8v/y/+z/6v/r/wAA6P/1/+r/IgDJ/+7/7v8AAOz/AADq/xUA7P/t//L/0/8AAPL/uv/B/9b/7P/b/+n/1P8fANv/2v/q/9j/x/8tAMX/xf/F/+z/wv/J/8n/FwC+/8n/z//V/+v/3P/t/xwA2v/m/+//6//m/+//AADO/7f/v//W/8L/DADi/+L/5P8XAOr/8/8AANr/3//h/8//2v/m/93/PQDF/9L/4f/n/xsA6f/r/+j/4//V/+T/6//f/+v/5f8bANf/7P8qAOX/y//R/9H/4//K/8P/5//K/+P/GwDt//P/6v8AALv/uv8GAOz/4v8AANT/4v/M/77/0P/F/7v/xP8/AMH/AADY/7//4f/q/8P/z/8wAOX/BwDr/+n/3v/N/wAA6//s//T/6//3/wAA6/8VAPD/MQDN/+H/xP/n/8L/4P/f/73/nv+7/+v/AAC1/ywAxP/a/8n/DgDh/9j/w/8AAO7/zP+Z/wAABgDu/7T/2v/y/+v/y//s/+H/1f/n//D/FQC///n/3f8gAPb/yP/Q/8j/3f/K/9r/0v/a/xEA7//Y/8j/y//R/8r/AADz/ywAxf/r/xUA6v/s/+v/7P/q/+z/3P/p/xQA7P/o/8j/7f/e/xMA1//j/w0A4f/a/9n/2//2/+H/uf+Y/5z/CADb/+j/7P/w/+v/+f/2//P/FQDr/8D/DwDu/9v/2P/E/9z/AAAhAMD/uP+8//D/wP/o/8n/FADt//n/AAAAAO7/6v/l/+n/2f8UANv/7P/Z/wAA7P/S/77/xf+7/8b/AAArAMn/4f/H/9f/v//o/wAAAADY/9n/1v/l/9X/2P/Y/yMA6P/s/+v/2//d/8H/BwDg/9n/1/8pANj/1//p/+b/5P/W/xQA7f/s/+z/AADX/+z/8f/1/+3/FADo/+z/AADT/9D/5P/r/9//6//l/xsA1//s/+f/7P/s//f/AAAVAOz/7f/r/9v/AADT/9j/2P8NANn/7P/v/+z/7f8AAPH/FADs/+z/AADs/+z/6f/h/+T/FAAzALv/qf/S/6D/4//U//f/AAAAAO3/AAAAAOz/AAAdAOH/5//u/wAA8v/Y/9z/KAC//+n/9f+z/77/6f+0/wAAv//Q/7T/AAC5/wAA6f8AAOn/6v/d/9L/5P/Z/x0A6f/g/9//5P/n/wAA1/8mAOj/7f8UAO3/7v/t/+z/7P/w/wwA5f/e/+j/5v/p/wYA5P/a/woA3//p/+X/5f8AAN//tP+9/9n/vP+q/z4AzP/O/+n/7P/o/+v/6//r/xUA6P/A/9X/CAC6/7L/IgD2/+r/wf/l/7f/1f/M/ygA5P/h/87/xP/i/87/6P/K/ykA9f+7/9j/AADW/+r/AAAAAOL/5v/n/9//4//o/+T/GwDm/+z/7P/s/+3/8P/s/+z/FABGANH/1P+7/8v/sv+//8n/0f8TANb/2P+k/9P/0f8cAO3/7P/s/+3/6//s/+z/FADT/+j/CwDP/8j/CgDp/8b/FAD3/+f/8P8AAOz/7P/s/+v/6//q/+v/FQDs/+v/6/8AAA4At//P/8P/wv/7//n/7P/c/9n/2f/s/+z/AAAUANn/6v8UAOj/6/8AAOb/+/8AAN3/2f/i/+v/3/8cANj/5//3/5b/xv/u//T/BgCt/0EA8//L//f/9f/v/+T/+//j/+//EADa/4b/3v/U/+T/7P/s/+z/7v/t/+3/FADt/9n/5//s/97/LQDi/yYAzP/L/8z/1P/d/7r/0f88ALz/6f/s/+j/7P/s/+v/FQDo/w8A4/+0/9X/uv/h//T/4f/r/xgA5P/X/9z/5v/o/+T/zv8qAOP/9v/0/9f/DgDo/+n/7P/U/+z/3f/l/xUAAAAAAPv/7v+v/9//tv8AAOv/2v/Y/xQA3//h/+f/6P8AAOL/FwDm/+r/7P/p/+r/6f/X/6f/2f+3/+7/zv8AACEAAADp/+r/6v8UAOz/2P/s/xYA2f/a/9//+v8AANn/+f/p/9f/7P/b/83/2P/e/yMADwDl/9z/0//g/8f/4/8KANb/IgDI/+z/5//u/9D/5v/a/8r/yP/t/y0Akf8AANP/1P/H/9n/2P/L//L/1/82ANf/DgB//4L/t//K/wAAmP/P/9D/2f+U/6b/o/9FAKv/6/8OAOv/3v/o/xQA5f/Z/+r/6//j/9j/4/8UAAAA6/+a//D/3f/x/+3/6P/0/8z/5f8eANv/5v/m/+j/4f/n/9r/5P/5/+f/2f/F/xAA8v8UAOj/7f/s/+v/1v/r/+z/4/8AABMA6v/m/+D/6//y/xUA8P/s//f/7v/o/+z/+/8fAOX/6//m/+j/2P/m/9v/AADP/8v/zf/J/9j/AACx/9j/6//s/+3/7P/r/yMA7P/p/+v/7f/t/+z/7P8VAOz/2P/c/9n/3P/x/yAA7P/F/9P/CwDq/8X/k//y//j/4f8AANj/xv/L/9P/1P8IAOX/6P8aAOj/5f/g/+j/4v/m/9n/3/+3/+v/EwDU/wAA2P/C/7X/0//R/8b/RACt/7z/sP8kAMf/q/+u/9b/tv8NAL7/0f/P/+v/3//A/9L/SwAUAPH/7//0//L/8v/s/+r/FAD2/+3/8v/t//D/6//t/97/6v/i/+r/6//s/x8A5P/q/wAA+/8AAAAAJgC+/xMA3f8AANn/AADJ/8v/5f/g/+z/7P/s/+z/7P/s/xQA7P/s/xQA7P/t/+3/7f/s/+z/FQAAAAAA8v8AAAAA+/8AANn/0//m/+j/5//s/ysA7P/H/9f/zf/b/+r/3P8tAM3/3//Y/+T/6v8AANj/GADV/+z/6//q/xYA7P/o/+r/7P+2//D/0P+Y/7H/z/8gANz/6v/s/+n/2P/g/wAAFADd//D/7v/s/+7/8P8UAOz/7P/w/xUA8/8AAAAA+//r//L/yP/E/87/UwDm/7n/zv+u/+z/6//s/xUA7f/q/+v/7P/R/9b/0v9CANH/xP/X/8f/4v/l/+T/JQDj/97/1v/Y/+v/CQDm/8f/yP/X/xAA6v8AAAAA3//m/+r/+P/o/+P/6P/b/+z/7P8AANj/6v8TAN3/3f+u/7P/0P/c/x4Aw//1/+X/1v/n/9P/yP8fANH/GADy/9T/4P/j//j/3//r/xsAAADw/wAA9//i//n/CACg/7D/ov/0/7b/xf9SALH/0P/A/93/yf/Y/+v/GADT/+3/4//Y/9z/8f/z/ygA2P+9/6j/rv+1/7b/+v8SALL/6v/P/9P/zP/S/xwA0P8AAN3/+//1//H/1P/H/wAA5v8WAAAA7P/y/wAAAADr//P/5P/V/9D/wP/W/ygA3P8AAOz/0P/i/9//6/8QAOD/1P/r//H/6f/j//r/CwAQAND/KwDc/9X/3//d/wcAuv/q/8j/EgDl/+v/3P8AAN7/8f8NAM7/AADR/8r/5//q/9n/6//Z/wAA2//k/xQA2//s/3z/sP/d/53/xv9CAN3/yP/d/+v/2P8VAOn/BwDc/8//4f/o//H/2f/s/x8A6f/a/+z/0/+m/97/y//V/wAACgDq//T/1//V/97/4/8MAOv/2/8AAMD/uP/s/w8A3f8KAAAAAADh/+n/3f/k//H/6v+//9b/xf/J/8//AAAVAAsA0//S/ycAxP/f/+L/3v/E/wAAAAD6/wAAAADz/xQAAADs/xQA7P/v//D/7P/s/+z/zP/H/7//KgDx/93/3f/x/+z/6//p/+//FADs/+b/4/8AANb/xf/M/9P/CADr/8f/2/8tANf/2v/Z/9b/z//Y/9r/8f/Z//D/7P8MANv/AAAUAOz/9/8AAPj/6//s//X/6//q//D/7f/p/+H/6/8kAOD/zv/W/9H/y//L/7j/JQASAML/fP+u/5v/o/8XANL/+/+w/8//zP+3/9f/CADh/ycA1//c//j/0f/M/8P/5v/s/+z/2P/s/+v/7/8UAOz/2P/r/+r/7P/t//T/IgDr/9j/6//p/+H/6v8AAA4A4f/Z/+r/7P/o/+3/6/8dAOz/7/8AAAAAAAAAAO7/HAAAANP/AADj/9b/2f8AAOf/FADa//D/yP/v/9//wP8HAPT/7P8iAM3/1f+6//n/xv+6/+D/+f8UAN7/5P/s/+H/6f/L/w0A0f/V/77/AADk/wAA5/8AAOP/3//i/9v/FgDn/+L/z/8AABIA9/8MANn/4P/o/+X/7f/y/+7/BQDi/w4A2P8AAPL/7f8AAAAAKADw/8z/uv/d/+P/0P/S/x4A8f/1/8L/0f/Y/+z/6P8AAAAAFQDv/+v/7f/2/+j/7P8AAOz/7P/s/+z/7P/s/xQA7v/F/7//2P/T/9D/zf9FANf/7P/r/+r/FgDs/+j/6v/s/+z/FQDs/+z/7P/s/+r/6/8MAN3/0f/V/9T/EwDF/+v/FwDo/+n/3P/t/+z/6f/a/+T/vP8iAMv/t//O/+P/6P/K/+z/5//r/8f/6v/w/xAAAAAQAMr/tP+v/8r/+v/T/xQANADu//D/8P/s/+n/7P/s/+3/+f/z//T/+/8UAPH/zf+//9r/0//S/xgACAAAAAAA7P/M/9//7v8PAPL/6v/K/xkA0v/R/+3/EADT/8f/7P/u/+n/6//V/+z/5/8UAOv/FgDj/+P/4/8AAOL/4v+//+v/yv++/xcAvv/D/9X/6//s/xUA7P/q/+X/6v/z/xQA4//Z/+v/3//x/+f/4P/y/67/nf/3/6n/HQD1/8//FADu/+z/7P/t/+3/7P/s/+D/rv/J/+n/5P8MAAAAvP/o/93/5v/g/87/4P8iAOD/8P8gAMX/z//I/8b/5f/B/+H/wf+4/8L/v/8vALv/3//Y/9f/3P/a/9//9P8AABMA7P/f/+P/6P/p/9z/GgDs/8//+v/U/83/u//A/xUAxv8XAM7/v/+u/7n/DwDS/7H/9f/J/w8A3f/a/+7/z//k/+f/2v8TAO3/8v/s//L/+f8AAMv/CQDR/+b/xP/I/7H/+f8AAL3/ov+///r/vf/5/+z/7P/s/+z/7P/s/xQA7v8AABkAs//R/8D/sv/e/8T/vf/7/8b/0P/c/wAA9//Y/+//KwDq//X/7//c/9b/AADM/9n/1v/g/9v/2P8pAMj/CwDs/+P/7P/u/8n/5v/w/7//4f/G/yAA5f/0/+X/yP+i/+n/tf/P/+T/HgDm/87/zf++/8f/y//u/zkAzf/c/+j/2//m/9T/5//U/yIAxv/w/7D/EwDm/8b/5v/e/8X/5f/o/9v/x//N//v/2f8RABQA1f/K/9P/2v/o/9f/CAAAAO3/+v/v//X/6/8WAO//FQD6/+z/8f8AAAAA6//x/xUA+v/t//H/AAAAAOv/8v8LAMT/0P8AAPX/AADm/8f/2f/q/wAA2P8UAOn/2f/k/7r/5f/e/7j/1v/k//L/GQDi/9X/yP/M/+j/AAD6/x4A2v/z/9f/4v/v/9L/HgDZ/7P/5v/D/+f/3f/J/x4A6//X/+r/7P/s/+z/7P8jAO//GADP/9n/5//l/wAA0v/R/xQA7v/s//v/AADs/+z/7v8SAOz/7P/s/+3/4P/w/+L/6//X/+z/2f/U/97/5/8ZAAAA3P/t/wAA7f/u/+T/AADJ/7n/2f8XANr/AADr/93/GgDC/8L/q/+3/+j/0v8HAAUAvv+7/8T/uv8AAOP/qf/k/xAA2f/r/+v/2P/d/wAA3f/d/+j/2//E/xcA2f8AAL7/x/+u/wYAyv/z//L/AAAdAOP/6f/e/+P/4P/p/93/3P/y/7r/7//4/wgAzP/C/+z/7P/s/+z/7P/s/xQA7P8AAO3/8v/S//T/EgDe//j/AAAAAMT/AAAAAD0AAADy/+z/FADt/+3/7f/s/+z/7//s/xQA7f/t/+3/7P/s/+//1v/M/+//6v/P//P/u/8bAOr/6v/m/+j/5P/U/9v/HQAAAOH/6P/v/+D/vv8fAOv/2P/r/97/6v/p/ygA2f/b/+T/2P/Z/+b/7f8iAN//3v/n/woA7P/b/+z/2/8AAOz/CADo/83/0v/M/wsAx//I/+z/6f8tAN3/4P/a/9X/5//q/9z/2v8QAOz/4f/n/9b/KADo/+H/2P/4/+T/2v/n/zcA6P/Z//L/9v/i/7j/9/8TAOz/6//s/97/6v/s/wwA+f/o/8//zf+//wkA4//F//X/9f/B/63/xv+9/7r/EgDo/wAACADg/+j/2P/a/+X/DQDJ/wAAvv/A/wAA1/+8/+j/5v/m/+f/+f8cAOX/7f/X//T/mP/g/+P/v//y/9T/xf/5/9//2P/X/8T/8/8AANf/zf/n/9r/3v8KAOL/EgDU/wUA2P/p/+v/5v8AAOf/6P/q/+n/1v/a/+r/GQDc/8D/HgDU/8T/8v+//+P/0v/m/+z/pv/c/9n/6f/z/8n/7P8UAOz/7f/s/+z/7P/u/8T/5f8MAMf/vf+7//v/y//Y/w0A3v/T/9r/7v/y//D/8P/c/8f/3P/l/yIA0P/P/wAAzf/D/7//EADX/+D/+P/p/9//6f/c//H/FADs/+P/6v/q/97/0//d//L/0/8NAOz/9P/w//P/9v8UAOz/8v/o/wcA6//o/+j/zv8AAOv/FADn/+r/6v/u/+r/7v/s//D/zP+//8D/wv8YAPT/6v/C/8D/9v/c/6D/pP8PAMn/FADt/+z/7f/u/+7/7P/t/xQA7f/s/+3/7//u/+z/7f8OANT/0P/T/6j/CQC1/+3/7P/o/+v/4P/u/+r/FQDq/+H/1v/X/9f/2P/X/wAACgDg/9P/2P/o/+n/2P8WAPD/4f/l/9z/4P/n/wAAAADd/+r/1f/o/xIA4//o/wAA7P8JAOD/yP/c/wUAqP/0//T/AAAMAL//tP/F/7b/AACx/+v/zP/Q/9j/5f8TABMA6v/L/+b/7f/1/8z/z//n/8T/xv/S//X/tP+e/xUA2v+v/77/zf8AAMv/z/8wAL3/rv/s/+b/6v/h//H/7f8WAOz/zv/U/+H/DADq/+f/1/8NAO3/6//t/+3/7P/v/xUA7f8AABMA0//k/+L/xf8AANv/7P/m/+r/4f/x/+3/FgDs/+3/AADh/+n/5//h/wgA3/8PAB0A8P/s/+j/AADG/+r/6//s/+r/7P/s/+z/FADr/wAAEwDK//D/0v/k/+L/xP/n/8r/4/8bAO3/8//q/wAAKgDZ/+b/6//r/+b/1P/k/+z/AADr/+z/5P/r/xQA6/8UAO7/7P/7/wAA7P/s/+7/2P8VAOT/2//M/+r/+//s/43/CgCk/47/0P+X//T/6v/f/9f/AADY/+X/AADT/9T/DADh//T/0v/P/9v/AADj/+v/FgDX/9n/0//Y/wAA2v/d/+X/3f/n/9//2//r/xoA3P8SANj/4f/t/9j/5P8AANL/FADK//v/1//K/8n/xf8XAOj/6f/c/+3/7P/p/9r/2f/r/9v/4P8UAOz/AADd/9z/4//l/9r/6/8UAAAA4f/U/9z/uf+z/77/xP8nANH/7P8UAPL/8P/2/+z/6//s/97/3//z/83/1//7/woA9/8AAOj/6f/Z/+z/7P8QANj/AADA/7v/vv/a/+P/AADL/83/0//c/6r/DQDh/9j/AADb/+D/5v/q/xYA7P/p//r/7f/q/+z/7P/s/xQA7P/r/7z/5f8OANH/xv82ANP/z/8VAOz/6v/s/+z/7P/s/+3/8P/E/9v/3v/l/x0A8P/U/woA4f/y//H/6/8SAOb/6//u//r/wP+p/6f/HgDa//P/3P/h/w4AAADd//L/6f/p/xIA4f/e/+b/4//B/wAA+v/I/9v/IwDa/9z/CgDk/7j/6v/r/+v/7f/q/+z/7P8UABMA6f/j/9z/AAAGAN//6P/s/+z/7P/s/+z/7P8UAOz/1P8cANv/4f8AAAAA5P/o/+j/4v/O/9T/7v8OANf/8//U/+P/0v/V/+v/wf/q/yEA0f/G/9r/4v/Z/9f/9v8rAOz/AADr/9z/7P8VAOb/6f/y/wAA7P/b/wAA4v8PAO//AADi/9H/7v8HANP/8f+u/+b/zf/f/9X/GQDn/yAAvP/r/+7/7P/o/+v/7P/r/xQAAADZ/9j/1//X/9f/AADY/9//5//a/+H/EwALABoA5//Y/9r/3P/c/wAAGwDZ/9n/7P/t/+//AAAAANn/FAARAPb/AADE/wAAAABBAPr/zv/k/+P/6v/a/8D/6v8aANz/3f/T/9r/2v/p/9n/KgDm/+z/FQDr/+j/3f/s/+n/7P8oANj/3f/Y/9n/2f/Z/9j/zv/Y/+v/1v/t/x4A7f/k/+D/AADR/7z/2v8JABwA3P+2/7//AADR/wAA6v8LALf/6f/T/5f/6/8IAAAA3f/k/xUA5P/P/9P/EQDo/+P/5P/0/xwAzv/Y/+j/IACu/9L/1f+z/6j/5f/c/xoA8P/x/8H/5P/e/+r/xf8AANv/DwD0/xgA7f/3//H/7P/o//P/6f/r/9r/+P/x/+n/FADs/93/5P/l/+z/5//l/yUA3v/W/+v/FwDN/9j/6f8AAMz/0v/Y/9f/6v/T/wAA1P8AAN7/8f/l/+r/6f8WANr/6v/a/9n/3//Z/9r/JQDm/+T/5P/a/9j/6P/4/wAA6P8AAK//6P/L/7v/0f8AAPX/zf/I/8P/9f/j/wAAx/8kANX/7P/s/+z/7f/z/+z/7P8UAOz/FADs/+z/7P/y/+z/6//V/yMA4f/q/wAACgDS//n/i//r/9//0/+H/87/HAAJAOv/7P/r//D/9P8VAOv/7/8AAAAA7f8AAAAA7P8AAB0A1f/O/9f/1v/e/8P/NADU/93/DADr/x8A6v/1/wAA6v+8/+r/2P/Y/+H/8f+2/ygABwDX/8P/s//C/xEABgDY/+z/FQDr/+n/2//s/+r/7P/p/ycA2P/w/+T/5v/a/+L/7P/s/+v/6v/r/xUA5v/s/9L/EADK/8z/2v/D//X/yf/q/9n/2//X//j/+/8rAPD/6v/Z/9v/1//4//v/KwDw/+n/3P/r/+P/7P/k/ycA6v/d/9P/2v/a/+n/2f8qAOb/6/++/wAA3v/h/9//1f/Y/8v/FgDm/77/EwANAOf/xf/f/wAA+//p/xAA4f/j/9j/zP8IANL/3v/n/97/0v/1/+j/FQDh/9z/6/8bAOH/z/8RABQA2v/G/+H/6//G/9j/FQDs/+3/7P/u/+r/6//v/9L/LQDO/8T/y//S/+P/4f/i/7v/4P8GAMD/2/8HAO7/yf/b/9j/2//Y/9j/7v8kAA8Ayf/V/wAA2f/c/+T/6P/X/xkAx//t/+H/tP8AAPH/7//N/+H/2f/Z/6r/AAALAOL/6f/k/9n/6P8SAAAA2f/s/+r/6v/r/+3/6/8WAOv/5v8AANX/y//r/8T/1f8TAOX/IgDm/8v/3P/w/9b/3f/s/+r/6v/r/+3/6/8WAOv/JwDy/+P/zv/V/7T/1f/k/93/zv/a/9f/3P8RAO//7//s/+z/6f/s/+3/2P8UAAAA6//p/+z/AADm/9r/6/8QACQA1f/0/+j/8f/y/8L/y//p/+H/5f/V/+X/1/8jANz/yv/J/9P/0f/Q/8//MwDH/8f/LADi/+X/8f8AAN//3P/i/ygA7P/1/wAA9//i//X/1v/e/93/5P/j/8//8P9JAOT/4v/U//H/2P/B/9P/IADr/+v/6/8VAOz/7P/p/+v/5/8aAOn/6//n/+D/5P/m/+H/v/8AAOT/+P/W/+P/FAAoAAAA+v8AAAAA2P/t/wAAHQDc/9//xf8AANX/4f/l/87/yf/j/+r/7f/K/zcA1v/m/+z/7P/s/+z/6P8SAPn/2P/n/8T/5f/h/wAA1/8AALf/0//c/7H/z/8MAAAAsf/Z/+v/5f/X/9f/AAAUANj/6/8UAPj/9P8AAOz/7//s/9H/tf/D/7T/v/8LAOv/9P/Z/+r/7P/o/+3/6/8dAOz/JwDD/+//y//W/8b/tv8AAOP/wf8PABoAvP/a/87/y//x/xQA6v/V/+z/7v/s/+z/sv/a/9X/1//c/8L/+f8kAOf/7f/d/9n/AAAVANn/6/8AALn/3/8OAMn/7v/b/+L/7P/t/+z/7f/u/+z/FADs/8j/AADY/9n/4P8AANH/+P/X/9n/1//W/9b/AADj/xIAAAAAAO3/AAAAAOz/AAAdANn/3v/Y/9f/5P8JAAAA2/+h/8L/r/+k/83/QwAFANX/1f8AANP/AADq/ysA+f8AAO3/7P/s/9v/+/8UAOz/+P/a/8X/vv/O/9b/QgDX/+T/xP/Y/wAA0v/k/xAA2//5/+b/n//P//X/tf8pAOH/0v/G/93/6f8ZAOH/AADi/+f/AADe/7j/AADS/yYAvf/C/ycA3f/o/9X/3v/R/9H/AAAMALP/wv/P/7z/1P8PAM//+v8AAPv/AAAAANf/2/85APf/1P/l/+D/5/8bAN3/3P/X/+j/1//p/+j/MgDO/9j/2P/r/+j/6P/t/wAADwDY/8T/4P/b/+r/+v/E/xAA9P/m/wYA9v/d/wsAyP/L/8P/4f8UAOv/2P8AAOD/7P/0/+D/3//O/9b/zP/1/9f/FgDs/+z/7P/s/+3/7f8UAO3/1P/L/87/0v/E/wAAw/8SAN3/2P/b/+H/4f8AANb/EgANAN3/1v/i/+j/0f8IANb/1P/F/+L/5v/1/xYA6//s/+z/FADs/+3/7v/s/+z/7P/V/9f/x/8dAO3/6v/L/+z/7P8VAOz/7P/s/+z/6//s/+L/JwDf/+z/9P/z/9r/7v8HACMA4f/u//j/9v/N//L/7P/t//n/8//0//v/FADx/wAA1v/T/9j/0v8LANj/5P/L/9r/5f/Z/9f/KgAIAKr/7P/s/+z/7P/s/+z/FADs//X/IwDm/+v/6v/q/+r/6//i/9X/wf/q/7n/r/8nAMP/7P8UAO3/7f/t/+3/7P/u/+3/7v8UAO7/7v/t/+z/7v/q/+f/6P/p/9r/5v8aAOX/6v/r/wAA0P/h/+v/AADo/+v/5P/n/9v/6P/q/x4A2v/5/93/u//R/83/0v+y//b/9/+y//r/2v+B/+r/1P8cAOf/7P/e/+P/1//s/+H/FgCk//j/3P+e/+//GwDF//f/4f8eANX/yv/M/9f/8P/3/+D/IgDn//H/6f/U/wsA5v/g/w4AEADn/wAA9v/e/9b/wv+5/77/EQDL/+L/GADh/8H/xv8TAL7/8f/M/+v/AAAAAPP/3v/u/wAACADY/9v/AADg/+b/2//o/9n/BgDM/9v/NQDg/+X/AADW//j/7v/i/+r/1P/H/9X/2/8hANr/+P/K/9L/tv/B/9D/5/8RAAAAAADS/+H/2P/O/8z/CgDO/yUA1P/V/9X/7//K/8n/5f/t/xQA9//r/+z/7P/q/+r/1/8lAN3/3//N/+v/zP/i/xcA7v/t/+7/7P/p/+v/x//e/7z/qP/V/8P/FwAbABQA7v/s//v/AADs/+z/7v8+ANj/uv+8/7P/vf/W/7n/7f/s/xQA7P/t/+3/7P/t/8H/uf/c/5H/IQDl/wAA4P+6/9f/0v/V/9b/FgAAALv/5P/m//f/2f/Y/w8A6//U/+v/4P/m/+v/6/8AAAwA8f/l/+3/6//d/+r/FQDm/+v/6v/d/+z/5v8jAOz/6//Y/xQA6f/v/+z/9P/r/+z/9/+5/+L/rv/A/8X/AADt/+7/3v/b/8X/BgD0/+f/yP8QAMf/0P/p//f/8P+9//f/8//G/9j/GACz/97/6P+8/xMA5//u//r/CgDx/7f/4/+a/8v/GwDr/+r/4f/l//n/2f/u/+//7f/u//b/7f8UAPf/7v/v/+3/7v/2/+3/FAD3/+j/AADp/+j/4//n/9f/AADo//D/8v8AAAAA9v8YAAAA0P/C/8X/zP/d/9b/MwDY/83/IgDr/+r/5f/Y/+b/8f8pANf/1v/X/9n/2P/Y/9j/7P/s/+z/7P/s/+z/FADs/9X/2/8XAOn/8//V/wAA3P/q//j/xf+k/xAAqf/L/w0A9P+m/9D/0//y/7L/IwD0/xcAzf/V/9b/3P/7/+z/0v+v/8//1v/A/w4ADQDw/+v/8P8AAOz/AADs/xUA7P/i/9r/7P/F/+L/2f8AANX/AADQ/+T/3f/l/83/1/8AAAoA2P+s/ykAlP/X/6z/6f/W/+//uP/j/8//qv8PAPf/sv/r/+r/4f/r/9r/JgDF/wAA5v8AAAAAAADy/wAAAAAkAOf/6f/w/+r/6f8YAMT/z/8AAN3/FADq/+v/2P/d/93/uP+e/8f/3P+U/9b/8P8XAAgA6//s/+z/7P/T/xQA6//r/wsA6v/m/+X/EwDM/+r/kf85AKn/xv+7/9X/3P+9/wAA6//i/9n/2v+f//b/+//Q/9z/CQDe/9b/6//j/xUA6v/v/+b/6/8VAOL/zP/u/wAADgDZ//X/AADe/9//GADY/9L/8v/7/wwAFAD5//P/6f/s/+j/7P/s/+v/FQDo/6n/1v+r/8f/AAC9/8r/9f/j/ygA7v/3/wAAAADj//f/4f8sAOH/6v/q/xQA4v/S/+v/vP/r/wgA5f/s/xQA7P/s/+j/6v/e/+H/6v8VAPD/2f8KAOH/6//q/+j/AADk/+z/OgDa/+n/7f/e/8H/8f/a/wAA2f/c/93/2P8AANz/0v8AANz/3P/v/+n/DwDp/8f/LgC9/8P/z//k/8D/0f8cAOz/8v/0/+z/7v/C/+L/1//p/9D/5v/c/8b/2f8iAKr/xP8uALz/wP/h/9L/2v/i/9b/1//W/93/OgDG/9T/5f8HANz/v//T/6//EADe/8b/7P/Y/+r/EgDG/xYA7P/a/+z/6P/V/9D/2f8PAOr/5P+k/woAmP/v/9//wP8IABkA6f/c/9//4//u/+r/5/8AAOv/6v/s/+v/7P8SAOz/p/8YALn/nf+x/53/8//H/+z/6P/q/97/4f/q/xUA8P/s/+z/7P8AAOv/5/8UANn/1v84ANr/xf/T/8n/vf/W/8L/HwDr/wAA0f/P/9H/1P/J/+L/BgDi/9b/7v8AANL/7P/y/+r/3//y/+b/6/8WAOv/6P/p/+r/7f/o/xgA6v/d/9P/2v/a/+n/2f8qAOb/2//i/wAAAAAAANj/4v8oAAkApP/D/woA5f/Z//D/qv/Y/+T/3//r/9b/xf/d/yoA5P/j/8z/uf+n/wkA7v/m/9r/0//l/9D/3//4/+T/AADo/+n/8P/7/wAA8/8YAPj/7//x/9b/6f/m/9X/EwDd/+n/BgDp/+L/8f/O/wAA6f/Y/yYA0v/m/+v/AADH/83/2P/u/8r/1f8fAAgA9v+n//j/7f/x/xQAAADt/wAA7P/z/8L/uv/C/9v/xf/1/+n/2P/Z/93/4v/s/9r/KQDX/+n/ov/n/97/GgDq/y8A8v/r/+z/6f/W/93/4v8TAAAA5P/Q/+P/h/+b/6v/6f8aABUA4P/Q/+j/zf/H/9n/BgAVAPr/1P/g/9b/7P/a/+X/uv/Z/77/nf/5//r/AAAAALn/wf/j/+3/FADi/+D/6P8UAOr/4//e/woA2v/I/+n/6P8ZAOv/6v/r/+r/5P/q/ycA8v/j/9b/1P/N/9n/xP/L/w8A4//g/+n/zv8AAMn/tv8NAMj/HADd/9L/0P/H/ygA1f/q/9X/6//I/93/4P/U/ywA5v/U/8n/2P+2/9f/0P8UANz/3f/p/xsA7P/b/+z/4P/x/+b/AAAUAAAA7P/Z/77/2P/q/+r/1/84AN3/7/8AAPv/AAD6/wAAHgAAAOz/FADs/+3/7P/s/+z/7v/g/ykAzv/Q/9L/4v/H/93/0P8PAMn/s//G/wYA9f/L/8r/+v/Q/93/5P/N/8T/FQAAAN3/6//Z/9r/2v8GAAAAEwDr/8z/x//P/xEA5P/l//L/0v/o/8z/1/8RAPn/xP/s/+z/7P/s/+z/7P8UAOz/2P8nANz/zf/a/+n/0v/m/+D/FQDk//D/y//Z/+z/6//d/wwA5P/t/8X/HADK/+L/AAAAAAAA8v8AABgA5//J/woAyf/o/+T/6//r//b/2f/e/+r/6/8hAPP/8//s/9n/6P/t/8H/7P/v/wAA4v8AAB0A3v/g/8j/0f/F/wAA1//q/+f/6f/N/7z/AAAYAMb/GwDR/+z/5v/k/8P/5f/g//b/7P/z//L/+f8WAOX/7P/j/xQA8P/z/+3/7P/t//X/LgDG/9D/3P+//8L/2P/p/9P/CgDa/9b/4P/S/+//1f/o/+L/6P/Y/+r/5//r/xkA1//5/8X/0/8OAPD/1P/Q/9r/yf/O/xMA9P/O/9//DAAeAOD/4v/Y/9b/0f/m/+L/7P/j/+v/6/8OAOz/FADd/+P/5v/h/8z/+f8RABoA7P/r/wkA5P/V/wAA6v/F/9X/FwDv//H/+v/5/+X/6f/s/+7/y//f/93/AAAeAOn/2f/g/+j/8//t/+n/2v/d/ykAGgDv/93/rP++/4r/BQC4/9n/2P/Y/9z/2/8MANj/AAAZAPX/zP/E/6v/0/+b/7z/AADo/9r/z//h/8//AAC5/9v/4f/U/83/z//k/wAAEAAAAAAA6v8AAAAA7v8AAB8A3v/l/93/6P/f/9v/6/8aANj/9v/F/9L/9f8XAOz/k/8FANf/3v+//+n/AAD3/9r/8f/Y/+H/1f/v/93/7/8SAAAA0//X/9f/2P/U/wAA0v/x/9H/0//A/xYAtv+7/woA5f/p/+X/FwDk/+n/5v/s/xMA2//l/9j/2P/r/wAA2v+B/zUAqv+W/zgAwP+v/4f/AAAcAAAAAAAAAPn/5/8AAOz/FgDk/+X/3f/q/+L/6v/X/z0Ax//P/+D/6//L/9j/AAAcAAAAAAAAAPn/5/8AAO3/FwDj/wAA+//t/+z/+/8AACEAAAAAAAAA+f/n/wAA7P8iAN//+f/p/+v/2//k/97/OQDr/+7/4f/M/7//6/+i/zUAs//L/9n/x//P//v/AAAQAPD/8v/v/+L/3f/s/9L/MgDW/9P/0P/a/9j/z//0/x8AyP/F/7//pP/O/6X/GADI/wAAuv+5/9n/AADS/+r/6v/f/+r/5f/a/+b/HAC8//D/+P/a/wYA6v8AALz/0v8JAPX/AADi//D/zP/X/5v/1v/y/+n/8f/r/7f/5/8AAPP/z//g//L/6/8AAOf/5f/v/9n/6//b/8j/EgAAAAAAw//O/+L/z/8AANz/s//G/xIAEADp/+7/8P/R/9P/4v8oAOz/9f8AAPf/4v/1/77/2/+a//L/zP8IAO3/7//Y/woA4v/Y/+n/2P/7/+L/2f/Z/+P/7f8TABQA5v/Z/9j/FADg/+b/5f/q/wAA2v/s/+j/+f/I/9r/xf8TAOT/6/8WAOr/6v/o/+z/6P/q/9D/CAC7/7H/EACu/9z/2f/c/+b/5//p/wsA1//b/x4Awf8AANH/vv8MAJ//5//z/+j/5//e//L/EgAAANX/1//V/+j/9v/X/97/0f/k/x0A7P/s/+z/7P/s/+z/FADt/9n/1f8iANj/2//I//b/1//u/7b/1v+X//r/s/8AAN3/8P/t/+n/wf8AAPT/wv/t/xQAIQDD/7r/yf/F/8P/xv8UAO3/7f/0/wAA7P/s//P/v//C/9L/AADX/wAA6v8AAOz/4//0//P/+P8AABQA9f/m/+v/6f8AAAAA7P8IANP/7P/s/+v/6v/r/xUA5v/r/+T/6/8ZAOr/7P/p/+X/5P/e/+z/7f/t/+z/7P8aANj/DQDk/+b/8f/P/wAA2//W/+3/7v8UAO7/7v/t/+z/7v/H/xwA0/+9/8r/uv/v/+n/2v/R/+v/8//Z//v/AADk/9j/IwDn/9X/3P/U/93/4v/d/wAA6v/S/8n/6P8TAOX/AAAAAAAAAAAAAOz/AAAnABoA4//r/+3/7P/j/+D/6P/r/9H/7P/q/9X/7f/s/xUAov/7/7r/t//w/9f/3//o/woA3P/R/+T/y/8TAOL/t//k/w4A6//L/8T/4v8LAOb/9P8dAOv/8P/r/+3/3/8AANP/4f/j/97/4//2/9j/FADW/xYA6f/p/97/6f/3/9f/zv/r/+r/yP/t/+v/6v8WAAAAzP+3/9v/AADy/wAAw//A/9v/xf8TANX/4v/M/wUA5v8AALr/qf+p/8T/DQCt/ycAAAAAAAAAAAAAANn/AADs/+z/7P/s/+3/7P8UAOz/7P8UAOz/7f/s/+z/7P/u/+L/AADn/+z/6v/R/woA8//X/+z/3v/D/+v/DwAAAOj/HgDA/+b/0P/g/9P/6//H/+L/6f/d/+b/5//q/xwA6v/S/8j/z//U/9b/0f8vANH/xP/2/wAA3/8AAPP/vv/w/+X/2v/c/9b/2v/m/87/IQAXAOP/1f/c/+3/AADp/8//4P+1/+j/rP/L/xgA1f/u/+b/4f/V/83/0f/Q/wsAEQDZ/9b/1//a/9j/1/8pANf/AAAAAAAA+f8AACMA6P/4/xQA7P/q/+z/7v/t/+v/7P84ANz/4v/A/83/yf/K/+T/6f/o/xQA7P/s/9z/3/8AAPj/zv/B/9v/3f/C/wwA1f/z/ykA6f/r/+n/5//R/wAAw/8lAO7/t//M/9H/u//N/+j/GgDo/+X/5P/o/+L/4//a/wAAAADs/+3/7P8AABQA6P/f/w0A5f++/9D/DgCh/9j/0f/Y/9r/1P/Y/ysA7//q/+z/7v/s/+//7f8VAAAA9P/q/+n/5//m/+v/EwDr/+r/9v8UAOr/3//V/+//5//s/+z/7P/t//D/7P/s/xQA3/8AAAAA1//f/9f/0/8AAM3/yv/F//D/v//Q/zYAzv/k/9P/4//g/8b/BwAAANr/yP/l//f/s/+z/wgAt/+//8r/0f/4/8P/AAAiANX/1v/m/+n/7P/n/+X/1//r/yMAy//K/83/1v/2/w0A6f/O/8f/2v8aAMr/IQDB/7v/2P/R/zQA1f/R/9H/yv/O/8n/6v/p/9r/6P/p/9j/IwDh/wAA+f8AAAAAAADd/+v/IwDb/9T/yv/L/9//0/8yANT/1//2/+v/3//v/+v/6/8UAOD/6P/s/+v/7P8UAO7/6v/p/8H/0P/A/7D/9f8AAOP/7/+4/7v/AADH/8z/IwDK/w0A3P/F/8f/EQDW/+b/tv8IANL/wv/R/9D/+//3/9//7/+s/+7/k/+2/8z/DADW/+3/rP/Y/67/7//h//n/4//v/+f/GAAAANn/1P/h/+v/+P/m/+j/0v/k/6n/HAAAABIA7f/c/+n/AADz/+f/AACs/5z/MwDZ/wYAuf/z/8b/7/+T//H/AADI/9f/3f8FAMb/2v/Z/+v/5P8AAAAA6P/X/9P/6f/k/+v/AADQ/wAA2f/Q/+n/3v/i/wAA6f8MAAAA2f/p/+b/2f/e/xIA6P/Y/+z/6f/t/9n/AAAAANz/8f8AANn/2f/S/8b/AADL/83/SADQ/9H/AADj/6v/0v/Z/8n/1P/A/83/8P/p/+3/AADG/7r/s/++/8r/EADK/wAA4//p/woABQDY/+L/AADe/9r/2f/l/+//AAAAANr/4//c/+v/6//w/xEA1v8ZAOX/5v8RAO7/7P8AANj/7P83ALz/4P/H/8z/xP/e/9X/6f/e/+r/1//h/xcA2f/s/wUA6P/O/+v/FADT/9f/9/+8/9z/MgDj/+H/9f/f/5f/yf/N/93/lP+z/xQA3v+x/+z/3f/g/wAA6v/b/xMA2f/1/+z/6//s/+L/6/8TAOv/2//Y/xEA2P/k/wAA1//b/7n/1v/Y/+H/1f/x/xYA8v/d/+X/3f/n/9//2//r/xoA7P/g//H/5v8AABQAAADs/ykA2//i/+b/5v/b/9j/6P/Y/wAA8v/t/wAAAAAoAPD/7P8AAMf/6P/d/+7/9P/X/+r/4f8gANb/2P/R/+n/yf/I/7z/NgDR/8X/vP/c/8D/6//X/yYA3//q/9j/3P/p/+r/5/8mAN//1P/H/9n/2f/z/67/+P8fAPr/2v/Z/9z/6//j/wAAAAAsAPT/1//b/9T/2//a/9L/FgDo/9r/AAAWAOz/5P/r//L/7//q/wAABwD6/8L/uP+6/9z/2v++/+X/7P/r/+D/6v/h/xwA4//4/+7/BwDW/8//uP/o/wsAwv/Y/yEA0P/U/8L/FADZ/9L/9P/C/8D/AACk/+X/7//W/xQA3f/q/+z/5v/5/+r/6P/D/8v/9P/Q/6v/9P8ZANr/AADr/9//2P/p/+D/EACt/7j/DQDK/7X/6/8AALv/FADs/+v/7P/w/+3/7P/w/xgA+f/p/+z/AAAAAOj/AADX/xEAyv/y/+X/8f/b/+f/7//s/+z/+P/6/xQA7P/o/6f/DgAAAPf/yf/T/8//6f/r/xUA7P/s/+f/7P/r/+z/mv/T/wAAv//w/wsA0//H//r/CADE/8f/uv8AAPD/tv/Y/+j/6P/V/9//3P8iAOf/7//s/+z/+P/6/xQA7P/o/xUA7P/t/+j/7P/r/+v/7f/J/wgA4f/g/wAAwv/d//T/wP/O/8z/3P/T/8D/1P81AOb/zv/d/+v/kf8KALv/6f/Q/wwA0f/S/xMAx//M/+v/xf/X/9X/HgDe/xIA5v/N/+v/0v/X/+j/5f+6/ysAzv/e/wgA3//n/+n/5/8AAOn/7v/W//X/0f+k//T/4v8JANz/0v/g/+L/4//C/wAAJwAUAOz/7P/t/+3/7P/s/+z/2f/X/9T/AADd/9//AADd/wAAu/+U/5T/8//Y/77/3f/h/ysA2P/b/+T/7v/g/9r/4f8rANj/2//k/+7/4P/a/8T/HAC4/9D/xP/5/+T/y//Y/+D/1//S/+P/zv8qANv/0P8AANf/3f/o/9f/AADf/9T/AADO/9b/7v8AAAAA6P/a/zEA3v/g/9r/1P+t/+D/AADZ/9b/AADo/9r/3v8AAPb/AACz/9r/fP+v/7z/5v/k/wgA6//o/8z/xP8AAOr/9P+z/8z/xP/E/w4A1f/2/yUAAAAAAAAAAAAAAPf/4/8hAOP/6//g/+T/0f/p/+T/AADY/83/1f8AACgA2v/a/97/2f/o/+//6v/c/xgA+v/s//n/6//z/6P/4v/j/57/0P+2/8b/l//W/wAADgCo/8//wv/r/+3/7f/u/yAA7P/a/9z/EQAAAOj/8v/n/9H/0//s/+z/4f/q/wAA2v8LAOv/FADt/+3/6f/s/+z/4f/T/8b/v//x/7//vf89AMH/AADn/8D/3f+9/wAAzv/N/+z/2v8HAO//1//o/+r/4v/H/wAAsP+7/xMAEQDM/7z/4f8fAOr/4f/T/xwA6f/L/wcAHgDm/+v/5//U/9P/yf/v/wAA6//t/+//5P/g/xQA7P/s/+z/7f/w/+z/7P8UAOv/6f/o/+L/6//n/xcA6v/g/87/AAAIAOT/0f/Y/7f/uf/B/5r/3v/N/+//IgCb/+D/2/8QAOP/8//l/wAA4v/Y/7j/lf/F/7f/AADh/wwAof/R/6//8P+u/5b/NACv/93/+f/C/+H/yf/n/xkApv/R/xQAyf+4/77/DADJ/+T/1/8KAOT/AAC8/wAAsf/I//L/1v+7/8z/t//6/xAAxP/5/wAAAAAAAAAA7/8SAAAA4P8JANb/1f9K/8D/6//P/+X/BgDs/9n/kv/I/9H/yP/F/+X/6v/a/+H/xv8AAMv/y//T/xIA4P/n/9n/+P+p/+v/2//D/+v/xf8KAPP/5//y/7b/7P/s//v/vP/r/+3/AAAAAAAAAAAAAAAAAAAAAN//EADA/5z/0//S/wAA6v8jAJj/ov+2/6T/p/8VAI//uP/A/9X/2v/W/8j/RADG//n/wf/Z/8P/t/+t/xMAq//o/+D/v//M/8z/vv/j/8H/5v/l/+f/6f/q/+n/FwDl/wAADwDs/+v/xP+l/9D/xv8AAAAAAAAAAAAAAAAAAAAAAADi/+v/3v/0/+z/6v8SAO3/FADl/+D/7v/s/wAA8f+//wwA9//k/wAAz//Y/9n/xf8AAMf/2v/V/6P/4/+9/xUA7P/s/+z/7v/r/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAASAPn/AADw/+v/+P8FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/U/+P/5P/n/+P/GADm/wAAAAAAAAAAAAAAAAAAAADr/+7/8P/t//D/FQDr/+//FADs/+v/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPj/+//0/+z/AAD3/+z/5v/N/+z/uv/S/yIA6f/r/+v/9P/t/+r/FgDq/+j/EQDZ/+7/AAAVANb/6f/F/8L/DgDM/8b/5v8JAM//FgDs/+v/6/8AAPv/6/8AAOz/AADs/+z/7/8UANj/7f8AAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/0/+z/FADs/8T/1v8AANb/2//b/+b/8v8AAAAAAAAAAAAAAAAAAAAA7v/s/+7/7//t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALL/9//U/9r/8f8FAL//4//4/+7/7P/s//L/9/8UAOz/AAAAAAAAAAAAAAAAAAAAAPj/7v/s/+z/8v/3/xQA7P/Y/9z/LgDR/9z/3v/P/9P/9v/o/+T/6v/0/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v/k/x4A5v/e/+H/4v/h/9j/3P8iAOL/2P/h/9v/1v8AAAAAAAAAAAAAAAAAAAAA9f8OAOD/1P/o/9b/DwDf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv8AAMb/y//Y/wAA7v/S/+7/7f/t/+z/7f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA6/8WAOv/7P/x//f/6v/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//r/+v/8//r/wAABQDm/wAAAAAAAAAAAAAAAAAAAADs/+z/FADt//D/7f/s/+z/6//s/xUA7P/r/+n/6f/q/xQA7f/4/wAAAADs/+z/AAAAAAAA+P/5/wAA7f8AABMA7//6/xQA7P/2/+//8f/v/+v/6/8eAOj/2v/e/9v/6f+c/9L/2P/H/w4AAAAAANT/AAAAAAAAAAAAAAAAAAAAAND/yP/A/7z/4P++/+T/LwDs/+r/7P/s/+z/FQDo/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//f/9P/t/wAAGQD3/+b/2v/j/+n/7P/q/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/xYAzv+x/9//7P/w/9T/6//r//H/7f/s/+z/7P8UAOn/7P/s/xQA8v/s/+z/7P/d/wcA1v8AAAAAy//7/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s//D/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/AAD1/+j/9f/Z/wAA6P8AAAAAAAAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAFgAAAOz/6//n/+3/2//Z/xQAAAAAABMAAAAAAAAA7v/4/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlANT/zf/L/77/yv/e/wAA7f/s/+z/7f/t/xQA7P/s/xYA2v/n/+D/7P/m/8z/5P/e/wAAxf8AAPP/8P/o/9r/AAAAAAAAAAAAAAAAAAAAAMn/DwDW/7f/1v8AAND/2v8UAO//7f/0/wAA8f/2/+//7P/s/+z/6f/r/+v/FADs/+r/AADo/wAAAAD5/yIAAADf//D/AAAAAAAAAAArAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAD3/wAAw//0/9P/wf+8/xEA8P+9/wAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAA7f8AABMA7P/z/+z/7f/v/xQA7P/s/+j/AADl/yIA5v/c/+z/2v8AAMT/wP/R/9n/6/8RALD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//L/9X/0f+7/woA+/+v//L/AAD1/+3/AAAUAPb/7f8AAOz/7P/Z/+z/6//Y/xQAFADs/+z/7P/s/+z/7P/s/yQAAADk/8v/3f/I/9j/z/8AAAAAAAAAAAAAAAAAAAAA+/8fAPb/AAAAAAAA5/8AAO3/8//1/wAAAADv/+z/FADs/+v/6v8WAOz/6P/q/+z/5/8mANj/5//t/+P/3//l/9r/CADt/wAAAAAAAAAA5f/s/+z/8P/q/+z/7P/s/xQA7//r/+//7v/v/+r/FgDv/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/wAA7f8UAPj/7P/s/+z/7P/s/xQA7P/s//T/2f/p/8//8P/r/9z/FgDG/x0Ayv/O/6v/3/8NALn/AAATAAAAAAAAAO7/9v/u/wAAAAAAAAAAAAAAAAAAAAALAOH/4v/d//r/9f/n/+7/MADl/9L/wv/B/9j/vv/B/xQAAAAAAAAAAAAAAOz/AAAYAOb/6v/q/+r/6v/r/+X/GQD4/+z/+f8AAAAA5/8AABgA6P8AAAAAAADz//D/AADv/xoA6P/z/wAA9//n//b/7P/s/+z/7v/u/+3/FADt/wAAAAAAAAAAAAAAAAAAAADp/93/6P/X/9n/GADQ/+n/+v/7/wAAAAAAACYA7v/r//v/1//h/9j/AADO/wkA2v8AAAAAAAAAAAAAAAAAAAAA5P/j/+z/+v/0/+v/FgDp/+f/KQDr/+z/7//p/9H/5f/p/zIA2//y//H/6f/T/+7/s/8+ALb/v//P/6n/1v/B/+f/IQDp/+r/5f/q/9r/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADt/+z/+f/s/+7/AAAAAAAAAAAUAAAA+P/C/9D/zv/B/+X/IgC0/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAOj/6P/l/+T/4f/Z/wAAAAAAAAAAAAAAAAAAAADY/x0A8f/f/7H/5v/Q//H/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/BwDi/9r/5//O//v/t/8AAAAAAAAAAAAAAAAAAAAA2P/q/xUA4v/r/+H/6v/u/+z/7P8UAOz/7P/s/+z/7P/s/wAAGwDz/+3/5//m//X/LADV/+X/1//x/9j/0v/Z/+z/7f/s/+z/7v/u/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f8AAAAAAAAUAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMX/0v/E/9D/tf8LAMT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAAAAAAAPX/AAAAAB4A7P8UAOz/7P/s//D/7P/s/9j/7P8VAOz/2//q/+j/AAAAAAAAAAAAAAAAAAAAAAAA7//t/ygA6//0/+f/0v/k/wAAAAAAAAAAAAAAAAAAAADx/+z/9f/4/x0A7f/t/+H/2/8TAJP/DQCs/+z/1P+P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO7/7//s/+z/7P8AAAgA6v/l/9j/2f/p/+L/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AADf/wAAIgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+v/7P/s/wAAFQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAA4A5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwAAAOz/FADs/+3/8f/s/+z/7P/r/xgA3v/b/+n/5P/d//H/6v8VAOv/7P/s/+v/6//q/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACwD7/wAAAAAAAAAA7//x/wAAAAAAABQA7P/s/9T/4//o/+n/FADb/+v/AADp/xYA6//c/+r/6f/w/+b/AAAAAAAAAAAAAAAAAAAAADsA3v/5//L/4f/P/8f/2P/h/8r/z//m/93/5v8sAM//AAAAAAAAAAAAAAAAAAAAAM3/8P+a/9b/qP/L//n/4v/6/wAA5//S//b/JACy/+7/AAAAAAAAAAAAAAAAAAAAAMH/+v/V/9j/AAAbAOr/1/8AAAAAAAAAAAAAAAAAAAAAxv/G/8j/w/8MAPD/JQC+/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//s/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7f/3/xcA7f/t/+r/6f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADw/+3/9//v//L/7P8AABQA7P/u/wAAAADz/+z/6v/s/xQA7//u/+3/6P/t//b/AAAAAAAAAAAAAAAAAAAAAOz/6f/r/+v/6//s/xQA6//r/+7/7v/t/+z/7P/s/xQA7P/t/+z/7f/5//D/FADs/+X/7P/u/+H/7f/s/wAAFAAMAKP/4P/J/5z/BgDP/+//5f/q/8X/2P/K/xcACwDm/wAA5f/r/wAAAADa/wAA5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAAAAPT/AADs/+v/7P/s/+v/6v8VAOr/5P/r/xkA6//s/+n/5f/l/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/t/+3/FADs/+z/zv/T/+j/4//f/9H/IgDa/9z/2v8iANf/4f/Z/9v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/6v/s/+z/7P/3/wAAAAAAAAAA7f8FABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/3v/V/93/EwDr/+P/AADi/+b/5v/n/+v/6v8WAOn/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+X/9v8AACcA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/FgD7/wAAAADu/+r/9v/Z/9n/5f8UAAAA6//q/9j/7P/s/+z/7P/s/+z/FADs/xQA7v/2//H/AADs/+7/7f8AAPb/AADs/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//v/+/8AAAAA+f8AABwA7P/t/+z/8v8AAO//FADs/wAAAAAAAAAAAAAAAAAAAADs/wAA7P/t/+7/2//r/xQA7P/r/+z/7P/s/xQA7P/s//L/FgD7/wAAAADu/+r/9v8AAAAAAAAAAAAAAAAAAAAACwDR/9f/wf/M/9L/AADQ/+//+v8UAOz/9v/v//H/7//s/+z/FQDr/+3/6//m/+z/GwDf/+n/6f/q/+T/5v/j/+z/7P/s/+n/6//r/xQA7P/s/+z/7P/p/+v/6/8UAOz/QgDT/9f/pv8AALH/oP/L/wAAAAAAAAAAAAAAAAAAAAAUAO7/7f/s/wAA9f/s//X/AAAAAAAAAAAAAAAAAAAAAPH/7P/e/+z/2P/x/+H/DwAlAOr/8v/s/+7/2P/q/+b/AAAAAAAAAAAAAAAAAAAAAOX/3v/e/+P/FAAAANj/4P8AAAAAAAAAAAAAAAAAAAAAGQDs/+z/4//s/+n/7P/l/xQA7f/x//X/8//t/+z/7P/t//T/7f/z/wAAFADu//P/AAAAAAAAAAAAAAAAAAAAAOz/AADw/+b/6f/o/wAA4//j/+n/6P/z/+D/6f/r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAA9//4/wAAEgD2/6D/0f/L/wAA4f+s/wAAAAAAAAAAAAAAAAAAAADF/6r/8v/x/6D/AADg/woAAAAAAAAAAAAAAAAAAAAAABgA6P8AAAAAAADz//D/AAD2//j/7/8AAN3/3P/l/yAA7f/s/+z/7f/t/xQA7P/s/9n/yP84ALf/a/+s/9r/0f8AAAAAAAAAAAAAAAAAAAAA9P8AAPH/AAAAAO3/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/p/+v/7v/t/+n/7P/t/+z/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8mANj/5//t/+P/3//l/xUA7v8AAPb/7v/s//X/AAAIAMf/z/+1/9D/DgDE/7//LgC+/9r/yP/q/7j/yf/l//j/AADx/wAAAAAUAPL/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//z/9v/5f/a/xMA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+//7v8AAOz/7v/L/xoA4f/X/9f/AADa/+v/AAAAAAAAAAAAAAAAAAAAAOb/GgDl/+j/5//n/+b/5v8kAKX/3v+Q/6D/9P+g/wAAvv/p/97/0f/N/8//6v8lAAAAAAAAAAAAAAAAAAAAAADr/+v/6v/r/xUA7P/r/+v/HwDW/+r/0//I/yMAqv/s//b/AAAAAAAAAADx/xIAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/7f/s/+3/FADt/xQA7f/s/+3/7v/s/+z/7P/q/xQA7P/s/+v/7P/s/+z/+v/z/wAAAAAAABQA7P/t/+P/AADM/93/0f+8/xsAzf/s/xQA7f/t/+3/7f/s/+7/AAAAAAAAAAAAAAAAAAAAAMn/IADJ/6T/rP/R/wAA7v8AAAAAAAAAAAAAAAAAAAAAFQDr/+z/7f/w/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+3/9P/t/xUA9f8UAPH/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8AAAAAAADr/+z/EgDn/+r/zf/m/93/DgAWAPX/KADi/+X/7P8AAOb/1//Y/wAA2P/Z/9j/2P/Y/9f/AADd/+v/5//o/+3/6//W/yIA8P/w//D/7//0/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAHAOb/6v/s//D/6/8JAOL/AAAAAAAAAAAAAAUA9/8NAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADy/wAAAAAAAAAAAAAAAAAAAAAAAO7/7f/t/+z/7f8UAOz/7f/t//b/AADs/+b/KADz/+D/AAAAAAAAAAAAAAAAAAAAAOz/6P/k/9r/5/8AABIA2v/t/+z/7P/s/+3/FADs/+z/6//G/+r/y//a/9f/2P8eAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAD5/wAA6//r/+z/7f/0/+3/FQD1/xYA2P/n/9v/5P/Y//b/2f8AAAAAAAAAAAAAAAAAAAAA6//q/xoA6//q/+j/4v/q/9f/7P/p/8j/4v8JAAAA2f8UAOz/7P/s/+z/7P/s/+z/sv/w/8T/3P+P/77/BwDw/xkA6//q/+n/6v/m/+P/6//Y/+n/2//l/+j/2/8hAOr/7P/s/+v/8P/t/+3/FADt/9L/KwDg/+T/4/8AANL/2f/s/+z/7P/s/xQA7P/s/+z/+P/7//v/AAAAAPn/AAAcANn/2v/Y/97/1//n/ycA2P/n/9H/7P/b//T/3/8bAOb/5P/W/9n/xP/J/xwAtf/s/+7/7f/y//L/+/8UAO3/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+v/7P/r/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/z//T/xwA4v+4/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9f/1//V/9z/1v8RABIA2P/r/9//7P8AAOz/4/8RABQA4f/s/+3/7f/l/+z/+f/o/+n/6P/s/+n/6P8XAOz/2v8OANn/7P/s/+v/AADm/wAAAAAAAAAAAAAAAAAAAADk/+7/7P/t//j/7P/s/xsA7P/r/+z/2f/r/xUA3v/i/w4ACQDK/9z/3P/q/9z/6/8AAAAAAAAAAAAAAAAAAAAA4v8PAOj/2P/e/9r/AADV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/Y/+n/6//q/+n/IwDo//v/FwAAAAAAAAAAAPP/AAAAAAAAAAAAAAAAAAAAAAAAJwDT/8//2f/W/+n/2v/Y/93/5P/m/+b/6v/n/yAA6P/4/wAAAAAAAAAAGQDz//r/AAAAAAAAAAAAAAAAAAAAAAgAEQDm/9b/1//Q/9j/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7P/6/+3/7P8UAOz/7P/w/+z/AADu/+z/FAAAAAAAAAAAAAAAAAAAAAAA5P/j/+H/0//b/8b/GwDu/9v/9P/q/wAA9f8UAOz/5f8LANz/3f/X/+z/9v/Q/9n/7f/s/+z/7f/q/+z/FADs/xgA9P/r/+3/7P/q/+b/7P/S/yUA5//j/+z/4v/l/9z/4//r/+r/6//u/xcA5v/s/8b/0//X/2L/ff/2/8r/AAAAAAsAAAAAAAAAAAD5/wAA7P/q/+z/7P/s/xUA6P/r/wAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAA7//z/xIAFgDy//L/+v8AAPn/6v/5/wAA+f8AAAAAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAzP/Y/9r/3v/e/9z/JwDW//P/9f8AAAAAAADt/xQA+f/Y/93/7//x/wAA6P8rAOD/FQDc/+7/9P/u/+n/2P8AABYA6//r/+v/6f/s/+r/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/EQDe/9v/6f/n/wAA3v8VAOv/7f/r/+v/6//q/+z/GADm/+f/5//o/+T/6P/o/+z/6f/s/wAA4v/K/xIA9f/0/wAAAAAAAAAAAAAPAAAAvP/F/97/AADG/93/9//0/+L/5P/h/+b/5f/j/9//HgDg//j/nv+h//H/CQDW/7r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FwDr//D/7P/q/+j/7f/o/97/5f/O/9D/3//X/x0A7P8VAOv/7P/s/+7/6v/w/9v/7f/k/9z/5f/s/+7/FADd/xUA1//3/wAAFADP/+z/AAAAAAAAAAAAAAAAAAAAAPD/7/8AAAAAAAAUAOz/7P8GAB0A1v/t/+//AADT/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/k/+X/2//a/9P/AAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDp/+b/4f/l/+v/3P/n/+//FADu//j/AADz/+z/7f8AAA8A5v/X/+H/1f/i/9z/6f/r/+v/6//p/+n/FgDp/93/5P/c/9r/7P8WAOv/7P81ALf/4f/Q/7P/yv/6/8H/QgCu/9r/3P/E//f/0//X/xQA7v/u/+//7v/s/+3/7f8IAM7/0v/P/9j/wv/5/+v/MADC/8X/0P/T/8X/1/+3/x8A7P/u//v/AADi/+z/2P+1/7T/0//C/xQA8f/Z/wAAAADy//j/FAD2/+v/7f/s/wYA6P/G/7z/EwDq/9X/+P/m/+v/5v/r/+v/4v8WAPT/IQDl/+X/2P/m/+P/EgDX/+T/5f/h/+T/4P8fAN3/4v8AACQAAAAAAAAAAADc/wAAAAAAAAAAAAAAAAAAAAAAAAYA6//r/+T/7P/l/+v/AAAAAAAAAAAAAAAAAAAAAAAA7P/2/+3/8f/s/+z/7P8UAOz/7v/s/+z/6//s/+z/FADt/+z/7P/t/+3/FADs/+z/3v/s//T/8v8UAOz/6//p/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5/8JANT/0//L/wAAzv/7/7r/uP/B/8//o//m/yUAAAAAAAAAAAAAAAAAAAAAAOf/5v/U/8H/5v8AAB0Aov8AAAAAAAAAAAAAAAAAAAAA7P/x//n/7P/t/xQA7P/s//f/+/8AAOz/AAAUAPr/7v/l/9r/5P/U/+P/IwDT/9r/9f8AAOz/7f/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/x/+z/7P8UANH/0P/y/6//rf/L/9T/TADY/7L/4v/O/7b/qf/K/0QA7P/2/+3/8f/s/+z/7P8UAOv/FgDq/+r/6P/s/+n/6v/c/+r/FADr/+z/7P/u/+z/AAAAAAAAAAAAAAAAAAAAABQA7f/u//j/AADv/+z/8/8AAAAAAAAAAAAAAAAAAAAABwAAAOP/5v/g/+v/3P/p/+n/FgDr/+z/6//r/+r/8v/u/+//6v+9/+T/AADW/9v/1f/M/9P/2//A/9T/5/8uAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACe/7L/AADC/7L/5P8AAK3/AAAAAAAAAAAAABMA7f8AAOP/zP/c/+H/JADV/+D/2//X/+j/5v/Z/+v/IwDm/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/7v/0/wAA7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOf/9P8AAPD/FAAAAAAA7P8KAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6P/j/+r/7P/r/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANH/0P/O/9b/0f/V/y8A0f/Z/+b/FgDr/+3/2P/Q/wAA7P/Y/9j/JADZ/9r/2P/m/8T/3//n/+v/7P/1/yUAwf/s/xQA7P/t/+3/7P/s/+z/4//r/+n/3f/k/+j/6f8ZAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+j/9//q//r/6/8XAAAA7P/u//H/AAAAABQA7f/s/wAAAAAAAAAAAAAAAAAAAADV/47/uf8AALL/y/+5/yoAAADI/+v/xv/d/xUA6//3/+z/FADs/+b/7P/s/+z/7P/r/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/xUAAAAAAAAAAADr/wAA7P/s/+v/6v/r/xUA5v/s/wAAAAAAAAAAAAAAAAAAAADr/wAA2//Y/9z/4v8UAOv/AAAAAAAAAAAAAAAAAAAAAOv/6//r/+z/6//r/+b/FQAAAAAAAAAAAAAAAAAAAAAA+//6/9P/0f/E/8X/AADh/xwA6P/W/9f/3v/o/+X/5v/s/+z/7P/s//D/FADt/+z/6v/Y/xwA9v/H/9z/4f/f/9f/7/8KAAAA4P/U/8//7f8AAAAAAAAAAAAAAAAAAAAA6//r/+v/7P/r/+v/5v8VAO3/7P/s/+z/7f8UAOz/7f/s/+z/7P/s/+z/7P8UAOz/4v8UAO3/9//g/+z/7f/0/wAAAAAAAAAAAAAAAAAAAADy/xYA+/8AAAAA7v/q//b/7f/s/xQA9v/v/+z/7P/s/+z/8v/s//r/AAAUAOz/7P/t/+z/FADu/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/xQA6P/5/wAAAADs/+z/AADr/+v/7P/t//T/7f8VAPX/7P8UAOz/7P/s//D/7P/s/wAA5v/m/9n/AADY/wAA2f/2//n/7f/y/wAA6f8ZAAAA4f/V/w8Ay//p//b/4P/m/wAAAAAAAAAAAAAAAAAAAAAVAPv/+f8AAAAA8//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/+n/5f/g/8r/6P8AABYA7P8AAOz/AAAAABQA7f/s/9j/6P/p/83/5//j/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P/i/+n/7//V/9b/EgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMn/6//F/wkAAADN/+z/uP/s/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOv/6//q/+v/AADg/xkA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/6P/k/+P/AADo/xQA4f/o/+z/6v/t/9b/4P8aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADC/8b/yv/c/9H/7v/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxP/q/67/rf/z/wAAyv8UAO3/7P/s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/8v/s//r/AAAUAOz/7P/O/9z/1P/H/8P/LwDS/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v/Z/9j/4//f/wAA2f8AAAAAAAAAAAAAAAAAAAAA6//u/+7/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADU/9P/1f/g/zIA0P/e/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/4//o/9f/EADY/87/2f/r/+X/1//w/+j/HwDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOv/6f/d/+z/6v/s/xkA1P/C/7//3f/L/wkAuv/r/+v/6//g/+n/6/8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDo/wAA6f/4/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/9P/X/+n/1v8FAOf/+v8AAAAAAAAAAAAAAAAAAAAA2/+//7r/+v/A/wAABgDP/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/+//u//T/6/8AABUAEwDv/+z/FADs/+z/6//t/+v/7P/2/xQA8P/6/wAA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAADX/9j/JADb/9j/2P/k/9f/AAAAAAAAAAAAAAAAAAAAANz/0v/b/+H/5f8AAAUA1P8AAAAAAAAAAAAAAAAAAAAA0v8cANj/3P/1/+v/5P/o/+r/7P/s/xUA+f/o/+z/FADs//T/6//3/wAA6/8VAPD/rv+z/wkAxv+T/yUAqf/r/7r/0P+v/9X/wv8dAPD/3//r/+f/6P/n/+f/DAAAANn/AADP/+P/2P/e/9j/AAD3/8//2//b/9b/CgAPANP/0v/r/xQA6v/r//L/5v/s/+b/6/8UAOr/6//y/+b/7P/m/wAAAAAAAPb/AAAsAOj/6v/s/+3/7f/s/+3/7P/s/xQA7P/s/+z/7P/s/+z/FADs/xgA6P8AAAAAAADz//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA4//o/+n/6P/r/+L/5f8AAAAAAAAAAAAAAAAGAAAA7P/s/xQA7v/v/+z/7P/s/+z/7P/s/+z/7P/s/xQA7P8UAPH/AAD3/wAA7P/w/+//FADt//v/AAAAAO3/7f/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A2f/c/+f/1//m/wAA2P/s/+//7f/t//D/7P8UAO3/z/+y/yAA6v+z/+7/7f+8/wAAAAAAAAAAAAAAAAAAAADt/xgAAAAAAPH/9P/k/wAA8v8kAAAAAAAAAPv/4f/6/83/7P/s/+3/7v/s/yEA3v8AAAAAAAAAAAAAAAAAAAAA3v/Z//n/4v/p/+j/9//C/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/4v/T/9z/zv/e/87/2f8qAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//L/7f/y/+r/7P/s/xUA7P/s/+z/7P/s/+z/FADs/wAA2//s/+7/8f8UAOr/6//3/+n/5v/3/+//6//g/ywAAAAAAAAAAAAAAAAAAAAAACMA1v+k/7D/DwC4/+b/2v/s//f/8/8AAAAAFADz//n/2/8NAN//0v/O//v/7v/f/9T/NwDC/8z/0v/K/7//x/8AAOv/7P/j/+z/FADa/+r/6v/s/+3/7f/t/+z/FADq/+v/7P/q/+z/7P/t/xUA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//4v/v/+3/8//d/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAANr/1P/b/9n/AADE/+7/AAAAAAAAAAASAAAAAADZ/9j/4//j/+X/KADc/+H/AAAAAAAAAAAAAAAAAAAAAO3/FQDt/+3/7v/s/+n/7P/X/+X/JQDi/+L/yf/X/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALj/xP/U/9P/2//4/wAAEgAZAAgA5/8AAO3/AADo/woAAAAAAAAAAAAAAAAAAAAAAOz/7f/y//D/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7f/Z/wkA4P/o/+j/CgDv/wAAAAAAAAAAAAAAAAAAAADr/xQA7P/s/+z/7P/s/+z/3//P/+v/AADa/9f/EADo/wAA2f/g/9T/2//d/yYA1v8AAAAAAAAAAAAAAAAAAAAA4v+4/+n/7v/V/7v/2P8kANj/4P/n/+z/AADs/w8A2P8AAAAAAAAAAAAAAAAAAAAA8v/F/9D/1P/i/7n/DgAAAOz/6P/q/+D/7//q/xYA6/8AAAAAAAAAAAAAAAAAAAAA1v/V/9f/2f/q/9j/KgDk/+n/6//r/+v/6f/p/xYA6f/Y/xQA7P/u/+//CADq/+r/AAAAAAAAAAAAAAAAAAAAAMj/5P/O/7v/w//1/8X/AADu/+3/8v/y//v/FADt/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/r/xMA1P/U/9//5/8AAOz/AAAAAAAAAAAAAAAAAAAAAOz/+P/u//r/AAAUAOv/7P/s/+z/7P/s/+3/5/8VAO3/7P/s/+7/7P/6/+3/7P8UANP/y//M/9X/xv/h/83/JQAAAAAAAAD6/wAAFADw/+z/6f/o/+r/5f/N/+n/6v8bAPH/7v/r/xQAAADv/+r/9P8AAAAAAAAAAAAAAAAAAAAAEADU/+L/3f8AANf/AADe/xQA7P/s/+z/7f/s/+z/7P8ZAAAAAAAAAAAAAADp/wAAAAAeAPT/8v/2/wAA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//m/+z/2//u/93/HwDu/wAAAAAAAAAAAAAAAAAAAADr/xUA7P/r/+z/6//r/+r/2f/T/+//5v8AAMn/6v/6/+z/7P/s/+z/7P/s/xQA7v/s/+z/7P/t/+3/FADs/+z/7f/u/+3/7v/0/+z/FAD1/93/0v/j//b/AADz/yQA+f/r/xgA3v/y/+3/5P/d/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/wcA1//X/83/1f/g/wAA5P/4/9j/wv/u/9r/uP/d/xQA7v/0//j/+P/u/+z/7f8hAOr/6P/j/+X/4f/b/+v/7P/v/+3/8P/5/+z/FADt/ycA7f/s/+z/7//k/9j/8P/Y/93/6P/j/+X/1v8gANn/0//g/+X/4v/q/+T/IQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//s/+3/6f/z/+//FQDr/+7/8//z//P/+//t/xMA9f/W/9P/3v/d/93/4v/W/yMAAAAAAAAAAAAAAAAAAAAAANH/6f/W/97/7/8ZAAAAy/8fAAAA+f8AAAAAAADh/wAA8P/t/+3/9P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADn/9j/5v/e/+3/6/8WAN//7P/w/+3/7P/2/+z/7P8UAOn/FgDr/+z/6//r/+r/6//t/+3/7f/x//b/7v8UAO3/3f/s/wAA6P8UAPr/AADs/+z/7P/s/+3/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAACgAAAAAA7f8UAOz/7//s/+z/7f/5/+f/1f/f/+P/3//e/xkA1//V/yEA6//a/9T/6v/c/+v/FADw//b/AAAAAPD/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA7v8AAAAA+f8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIABMA5v/Y/9r/2P/X/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+//7P/s/+3/+f/h/+n/5v/n/+j/6v8YAOn/FgDl/+v/5P/o/+D/5P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADA/8T/CAAAALT/7P/D/w4A9P++/9n/x//E/7n/FADC/+z/7f/t/+//7f/t/xQA7f8AAAAAAAAAAAAAAAAAAAAA7v/t/+3/7P/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAAAAAAAAAAAAAADp/wAA7P/j/+z/7f/y/xQA7P/s/+z/7P/z//j/FADs/+z/7P/Z/+//7f/4//T/EgAAAO3/wf/r/+X/5//t/xQA7v/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQAAAPv/5f/x//L/3f/5/9v/4P/W/+D/5//s/yAA4f8AABIAAAAAAAAAAADu/wAA7P/s/xQA7P/s/+z/7P/s/+r/GQDq/+v/6v/s/+P/6v/r/93/+f8AAAAAAAAaAAAAtf8jAN3/y//W/8n/3P/D/+T/9//m/9z/4P/n/xUA4v/w//f/AAAAAAAA7P8UAPf/7P/s/+z/7P/s/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgDY/9b/u/+4/7v/3//R/9v/7P/s/+3/9f/q/xgA6//q/+H/3//v/+z/5P/f/yAAHAC4/6z/lf+s/+3/tv/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAPH/AADx/+z/7f/y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/q/5P/8/+u/7L/KwC3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t/xYA7f/x/+z/6v/s/9j/5f/r/93/6/8AAAAA6v/6/wAAAAD6/wAA8P8ZAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7v/t/xQA7f/r/xgA6f/t/+X/+v/o//D/AAAAAAAAAAAAAAAAAAAAAO7/AAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAPj/AADu/wAA7v/o/+r/6//s/+z/GADq/wAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAADQD4/wAAEAD4/9z/2v8AANH/uP/X/wAA4v/c/7z/t//v/+L/5f/P/+L/1f/W/+T/2P8wANr/t//1/7z/0/89ALv/w//i/9n/AADr/+v/5//h/+z/FADj/6//3v+s/7j/4f8AACQAAADv/wAAAAD3/wAA7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+r/5v/o/+z/FgDs/wAAAAAAAAAAAAAAAAAAAADX/+3/6//r/wAA2P/1//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/9P/5/9//FADq/97/8f/m/9L/u/8TALz/1f/A/+v/6f/t//j/FgDt/+v/6/8XAOv/7P/t//j/6v/M/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/8f8gAOn/6f8AANv/AADs//T/5/8AAOH/IQDE/9D/0P/G/83/v/8gANr/8/+7/5f/k/+k/8D/IgDM/9f/4P8VAM3/8//n/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/ygA3v/i/9j/0v/p/9P/6f8YAOf/5v/n/+v/5v/p/xoAPwCt/8X/qP+W/63/nf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6//r/+v/7P/s/xUA8P/Y/+X/2f8AANr/CwDq/9v/FADt/+z/+P8AAOz/7P/t//n/7v/u/+z/7v/Z/xIA7v8AAAAAAAAAAAAAAAAAAAAA6//q/+r/5//o/+v/FgDq/wAAAAAAAAAAAAAAAAAAAADr/+r/GgDr/+r/6P/i/+r/AAAAAAAAAAAAAAAAAAAAAPX/vv/f/+v/0f/X/xEA4v8UAOz/7P/t/+//7v/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/8//s/+//7P/s/+z/FADo/9v/7P8FAO3/6/8VANj/6P/w/+3/7P/s/+v/FQDv/ygA5P8AAAAA8P/a/9j/8f8AAOT/2v/m/+P/1/8ZANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAA3f8AACQA7//u/7T/BgC9/9D/5P/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/9z/1v/U/93/5v8fAOX/5v/n/9//4//o/+T/GwDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/+f8AAO3/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/6/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAC2/xMAzP/K/8f/8P+r/+n/3f8IAIb/kv+y/9r/3//5/wAAAAAAAAAAAAAAAAAAAADp/xQA2P8AAOf/3P/f/+v/3P/5/+b/4P/r/+z/EwDz/8X/HgDM/8z/3P/C/+j/EADY/zEAzP/j/83/3P/V/8v/6//r/+z/7f/0/+3/FQD1/wAA9v8AAOz/AAAAABQAAADq//X/8f8AAAAAFgDr/+v/y//v/7//+f/w/+T/4P++/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8VAO7/AAAAAPT/6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/I/7r/wP/S/7L/y/8sAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4P/t/+P/3f/g/9r/FADZ/+//GQDl/+z/5//m/+X/6//s//P/7P/t/+//FADs/+z/FADs/+z/7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADf/wAA2P/K/8//2v/v/wwAAAAAAAAAAAAAAAAAAAAAAOz/7P/s//T/9//s/+z/FADs/+v/7//t//n/AAARAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/1//i//X/8v/d//P/yv+r/7v/0v/e/+//9v8OAOf/5v8UAPn/5f/f/9j/7P/H/6P/JgDL/53/KQC7/xQAAAAAAAAA8f/t//P/7f8AAO7/7v/t/+7/2P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANAPX/6v/G/8X/FACc/8j/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADE/8f/2P/V/yQA2P/X/wAAEwDd/+v/2P/n/9v/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/2/+3/8f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAC//w8Ay//J/9H/xv/2/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/83/0v/V/9T/vP9AAMb/AAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/+v/7P/p/+7/FADs/+z/FADs/+3/7v/s/+z/7P/r/+j/1f/x/93/5f8AAOv/5//5/wAA9P8AAPT/GQAAAN7/5P/y/+7/7/8nANj/6//q/+r/7v/n//D/6/8WAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/X/8j/uv/r/9T/BwAAAPD/AADu/wAAFAD2/wAAAAAAAAAAAAAAAAAAAAAAAOv/5v/T/93/4f8gANT/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7//u//H/7//w/+z/7f/f/+D/5f/b/+T/5/8fAOL/6/8AAPj/AAAAABUA7P/s/+7/5//D/+7/rf/z//L/1/8AAAAAAAAAAAAAAAAAAAAAyv/V/8L/2P/a/9f/LADS//P/+//g/x8AAADj/+n/9//5/7X/8f/Q/wUAFgCn/+b/z//e/+T/AADj/yYA3v/m/+7/7f8AABMAAAAAAOn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//p/+z/7P/r/xUA6//r/+r/6v/r/+r/6f8WAOr/7P/s/+v/7P/t/+z/FADr/xEAAADZ/+f/2//r/9b/FADf/9f/4v/U/+D/uP8xAOf/vf+8/+v/wv+2/7P/NwDb/9f/5//m/9f/6v/X/x4A5f/T/9r/2f/W/+n/zv8+AOD/7P/s/+z/7f/v/+3/FADs/97/qf8TAL3/bf8gAN3/rf/s/+z/7P/s/+3/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAO7/s//4/8f/2f/a/wkA0v/G/xIA2f/n/9//1v/Y/+T/CgDp//L/7P/o/+n/FgDq/+r/1P8qAM7/3P/p/+H/z//f/wAAAAAAAAAAAAAAAAAAAADn/7n/yf+k/6T/9f+9/xAAAAAAAAAAAAAAAAAAAAAAAPf/1f/o/9j/5v8eAOv/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FwDo/+b/2//m/+H/4f/s/+z/8//4/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAANr/7v/W/8X/wf+2/y0Av/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/wAA7f/s/wsAo/+8/yYA0P/b/9L/2f/B/wAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAAAA8v/3/wAAAAAAAAAAAAAAAAAAAAAAABQAAADs/9//7P/s/+z/7P8AAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAPH/7P/o/+3/6//b/9z/DgAAAAAAAAAAAAAAAAAAAAAAFADt//j/AAAAAOz/7P8AABgAAAAAAAAAAAAAAOj/AADr/+n/7f/4/xYA7f/r/+v/uv+8/8T/wf/S/yMA0P/x/+3/7f/5/+z/8f8WAPP/6v/r/+z/7P/o/+j/8P/s/xQAGQAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAPr/AAAAAPr/EQD1/wAAAAAAAAAAAAAAAAAAAAAAAOz/8P/t/+z/9v/s/+z/FADS/wkAxf/X/9v/6/8AAN3/AAAAAAAAAAAAAAAAAAAAAOv/6f/o/+H/5v/l/xgA6P/O/+H/yP+0/9z/7P8pANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/wAAEAAUAO3/8v8AAAAA7f/s/wAA7//s/+3/7v/w/xQA7P/s/xYAAADs//L/AAAAAOv/8//h/+T/5P/n/9X/GwDo/9z/7f/z//X/AAAAAO//7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f+z/9P/5v+3/wcAmf/x/wAAAAAAAAAAAAAAAAAAAADQ/5b/8f/z/7r/5f/C/+j/0//Y/+z/3P/r/+P/4f8bABIAAAAAAAAAAADw//X/AADZ/9f/IwDf/+H/4P/Z/9v/3f8WAPT/7v/5/9n/7P/b/+3/7f/t//H/9v/u/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+3/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+r/6//n/+P/FgDr/+z/6v/s/+z/7f8VAOn/9P+p/8L/xv/c//P/AADm/+f/5v8ZAOv/7f/o/+X/6P/k/+//6//1/9P/4v/1//X/2//q/+z/0//N/93/LADX/+7/8P/0//n/AAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//p/+v/6//r/+v/FQDr/+3/7f/t//H/9v/u/xQA7f/r/wAA8P/i/wAAAADv/ygA8v8AAO7/3v8AANv/+f8uAAAAAAAAAAAAAAAAAAAAAAAAAAsA1P+s/77/y//c/wAA7P/t//L/8P/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADi/97/1v+3/97/8v8eAMP/AAAAAAAAAAAAAAAAAAAAAOz/BwDs//j/+f/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADm/+v/5v/r/+v/4v8WAPT/5f/k/+n/6P/q/9f/5f8ZAA0A9P/y/+//AAAGAPb/2/8AAAAAAAAAAAAAAAAAAAAAEAAAAPr/AAAAAAAA+f/z/wAAAAAAAAAAAAAAAAAAAADv/wAA+/8AAPr/AAAeAAAA7v/t/wAAAAAAABQA7f/s/+z/7P/s/+z/7f/s/xQA7P8AAOn/7f8AAPX/FwDa/9j/AAAAAAAAAAAAAAAAAAAAAKH/CwAAAM7/3P/S/+3/9f/s/+z/5v/k/xQA7P/r/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDr/+n/9v/0/+j/5P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+X/6P/j//L/EwDv/wAAAAAAAAAAAAAAAAAAAADo/93/5v/g/+f/GwDk/93/AAAAAAAAAAAAAAAAAAAAAAUABgDh/9L/3f/1/8f/4v/s/+z/7f/s//X/7P8UAOz/FADu/+//8f/t/+7/7P/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/r/+v/7P8UAAAAAAAAAAAAAAAAAAAAAADr/+z/7P/4/wAA8v8VAPH/8f/u/wAAAAAAABQA7P/s/8r/7v8AAL//CADq/8X/6f/w/+z/6//s//P/FQDr/+r/AAAAAAAAAAAAAAAAAAAAACcA7v/r/+3/AADb/+j/9/8AAAAAAAAAAAAAAAAAAAAAAAAlAAAAAAAAAPH/4P/0/+7/AADs/wAA6v8VAOz/7f/e/7n/8f/4/6b/4//l/wAA7P8AAPv/+v/u/wAAAAAZAOX/yv/u/zgA7P/g/8X/5//t/+f/5P8KAOL/1f/c//j/7P/r/+z/7P/s/xQA7P/s/xYA9P/y/+z/+f/p/+r/6v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/x/+3/7P8UAOz/2P/y/9L/3//Y/9n/IAD3//n/7P/3/+3/7f/u/xQAAAAAAAAAAAAAAAAAAAAAAOz/FQDr/+v/5f/k/+v/6P8AAAAAAAAAAAAAAAAAAAAA3//P/+L/8v/Y/w0ACwDY/+P/5v/l/x4A4//e/+D/3//l/9r/5//g/+f/6v8XAOf/AAAAAAAAAAAAAAAAAAAAABQA6//p/+n/7P/r/+v/9P/v//f/9P/k/wAAIADc/+j/FQD1//T/8f/6/+z/5P8AAAAAAAAAAAAAAAAAAAAAAADw/xUA7P/s/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAANz/tv9HAK3/uv/E/7n/3P/m/+b/GADs//b/6f/o/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/5//T/+f/0P8eAOn/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/3v/q/93/2//p/x4A2//i/ycA0v/Z/+b/1//o/+L/1P/S/+f/1P/X/8b/xP82ANr/2//Q/+b/0//W/9r/OwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/FQDq/+z/7f/r/+z/6/8AAAAAAAAAAAAAAAAAAAAA2v8iAN3/5//s/+r/2f/q/+n/7P/r/+v/6f/r/xYA6v/s//T/6//3/wAA6/8VAPD/EADX/7n/uf/M/77/9f/O/+z/8//s/+3/7/8UAOz/7P8AAAAA3P/r/+//0f8AAOH/+v/c/+f/1//S/9D/2v8XAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0f+e/wAA8f/F/53/0f8SAAAAAAAAAAAAAAAAAAAAAADs/+3/7f/s/+3/7P/s/xQA7P/u/+z/7f/x/9j/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/d/wwA7v/Y/7z/0v/0//D/7P/s/+3/AADr/xUA7f/s/+3/7P/t//n/8P8UAOz/7P/t/+z/7f/3/+//FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAM7/3f/q/+D/4P8AAB4A1f8AAAAAAAAAAAAAAAAAAAAA7P/0/+r/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADq/9f/FAAAAOL/7P/o/+v/PgC+/6z/CQCw/5r/v//X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8bAOP/5v/d/9f/3P/s/+v/7v/w/+3/8P8VAOv/7//p/wAAEwDO/+b/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7v8AAOz/7P/u/+z/7f/s/+3/FADt/9j/6//p/+r/6f/S/xgA6/8AAAAAAAAAAAAAAAAAAAAAFADv//P/8f8AAPb/7P8AAAAA6f/n//r/AAAAAOz/4P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7P/s/+z/6v/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADr/8z/0//f//P/7v8OANj/AAAAAAAAAAAAAAAAAAAAAOv/0//j/9T/2P8HAAAA4//s/+z/7P/v/wAA7f8UAPj/7P/u/+z/7f8AAOn/FADs/+f/6P+z/+j/s//7/+H/s//2/xgA6P/y//L/DgDV/wAAAAAAAPj/+f8AAO3/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t//X/7f/u/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAA9/8AAOz/7f/t/+3/9P8UAO3/8f/o/+L/6//a/+z/7P8VAOv/7P/v/+z/7f8AAPH/FADs/+z/7f/s/+z/7v/u/+z/FADp/+v/6//r/+n/6/8WAOr/AAAAAAAAAAAAAAAAAAAAAOz/7v/y/+3/AADv/xQA9v8dAAAA0P8AANz/u//m/9//+P8AAAAAAAAAAPD/9f8UAO7/7v/t//H/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA4f/q/wAAAADy/+L/1/8iAAAAAAAAAAAAAAAAAAAAAADE/w4Ar//O/8v/7v/t/+n/yf/Z/9X/BQDr/7f/4f8YAOL/7P/p/+n/FADs/+z/AADs/+z/7f/s//X/7P8UAOz/6f/Z/+n/2f/n/+z/FgDp/93/3P/a/+f/+//X/yQA2//Y/xMA4f/j/+T/6v8AANn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/q//r/6//s/+v/FQDp/wAAAAAAAAAAAAAFAAAAAADr/+v/6//g/+n/6/8VAOv/HADV/9D/1v/W/+j/AADa/+z/FADs/+z/7P/w/+z/7P/p/wAA6//i/+3/6v8AAPH/AAAAAAAAAAAAAAAAAAAAAOj/5//n/+n/6P/p/xgA6f+j/8z/0v+4/77/QwDX/93/7P/s/+z/6//s/+z/FADs/9j/4//Y/+X/2f8TANv/AADB/9D/EQDQ/9j/FADJ/7//2P/o/+n/4f/p/yQA6P/i/wAAAAAAAAAAAAAAAAAAAAC0/93/0v+6/8b/2f8AAB4A2f/l/+v/5f/r/9n/HADs/wAAAAAAAAAAAAAAAAAAAADs/+//7f/t//D/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAA7v/u/wAAAADz/+//FAAAAOT/3//q/+z/2P8PAOz/8//s/+r/7P/s/+z/DwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AACw/9b/5v/z/wAA1/8RAMr/xv/D/+X/AADm/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+v/7P/p/+v/FgDq/+n/0P8RANv/z//s//L/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAO3/AADt//T/AAAAAAAAAAAAAAAAAAAAAAAA7P8VAOz/7P/s/+z/6//s/+z/7P/s/+z/7P/s/xQA7P/d/7r/5f/2/wAA3P/s/wwA7f/t/9v/7f/n/xcA6P/s/wAAAAAAAAAAAAAAAAAAAAAUAM3/6v/k/9z/6/8AAOj/7f/x/wAAAAAAABQA7f/s/9f/5P+U/xQAof/6//X/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAOD/2f/5/wAA2//Y/+f/AAAAAAAAAAAAAAAAAAAAAPf/FADw/wAAAADw/+3/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMj/6P8kAMn/6v/k/9v/xf+0/+f/2/+p/7L/uv8oAKj/AADv/+7/7f/z//X/FAAAAAAAGADq//T/yP8AALz/xf8HAAwA4/8AAPX/+v/d/+b/6P/m/+f/7P/w/+z/JwAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/FADu//T/+P/4/+7/7P/t/+D/7f/x/wAA+/8AANf/AADS/9L/z//l/wkAxP/a/xwANwDi/+f/6//a/9P/yf/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/T/xQA5//n//T/6//m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/k//j/3v+//8L/FwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARANb/7P/y/9r/1//f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAADu/wAA9P/2/8v/uv/r/5z/NwC9/8f/6//w/+3/7//u/xQA7P/v/+z/AAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAAAAAAAPT/AAAJAMb/wv/W/8v/2v8NAMz/AAAAAAAAAAAAAAAAAAAAAKP/vP+1/8n/1P9FAPP/AAAUAOz/7P/v/wAA7P/s/+//7P/q/+z/7P/s/xUA6P/r/wAAFAAAAAAA7v8AAPT/9v8UAOz/7P/s/+3/7P/s/+z/7P/u/+3/7v/k/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADp/+j/4v/j/9r/4P8ZAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/3P/6/8z/FwDg/9f/AADs//X/4v8UAN//2P/o/xkA6//q/+n/6v/m/+P/6//a/ygA2P/a/+D/6f/Y/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAxv+9/8j/1f/M/8j/AAAAAAAAAAAAAAAAAAAAAOv/6//s/+3/9P/t/xUA9f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/l/+j/6//s/+//6v8YAO7/7P/w/+z/8P/t/+z/7P8UAOz/6//s/+z/6//r/+z/FADs/+z/7P/s/xQA7P/s/+z/v/+w/57/pv+Y/6T/sv9ZAAAAAAAAAAAAAAAAAAAAAAALAAAAAAAAAAAAAAD7/wAA3/8pANf/1v/Y/9f/zf/X/wAAAAAAAAAAAAAAAAAAAAD6/8D/MQDB/8H/sf/B/+r/9/8UAAAAAAAAAAAA7/8AABQA8P/t//f/7//y/+z/AAAAAAAAAAAAAAAAAAAAAAAAFgDq/9f/7P/Y/+r/9v/V/wAA0v/C/8X/yP/Z//r/y/8AAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAPr/9P8AAOz/5v/s/9v/7/8kANj/5//s//b/7f/x/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOT/5f/o/+j/rP8AANX/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//6//v/+7/7//q/xYA7//s/+z/7f/t/+//7P8UAPD/AADs//D/+f/5//r/DwDt/+r/7f/s/+v/7v/q/+z/FgAoAOX/5//q/+7/7v/L/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/9L/2P8AAM//xf/P/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/9v/6f/E/+7/9//V/wAA7P/s/+z/7P/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/5//I/87/8P8AAPr/8P/s/+v/7P/s/+z/FADs/+z/6//s/+j/7P/O/+T/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/x/+j/7P/o/xgA6P/v/xYA6//r/+v/6f/s/+r/5/8AAAAAAAAAAAAAAAAAAAAA3v/q/+P/6v/r/+3/HwDk/9f/5/8jAN//4f/T/9T/zv/i/+b/5v/n/+v/6v8WAOn/AAAAAAAAAAAAAAAAAAAAAOv/7P/2/wAA+P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAzP8AAMf/xP/I/7j/5/8VAPr/AAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f8gANz/5P/p/+L/0//Z/wAAAAAAAAAAAAAAAAAAAADR/8//5P/m/9v/1P82ANX/IADp/9//3f/t/9n/6f/t/wAAAAAAAAAAAAAAAAAAAAAWAAAA8v/u/wAA6//p//j/7P/2/+//+P8AAPD/FADz/+L/7P/Z/9r/FADs/wYA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/xQAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA1f/l/83/u//y/wAAtP/s/+z/8f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAALAPv/AAAAAAAAAAAOAOz/zv8WAOT/0P/m/9D/FADs/+z/7P/s/+z/7P/s//D/FQDz/wAAAAD7/+v/8v/H/6z/yv9hANz/r/+1/7L/AAAAAAAA9P8AAPn/EAAAAOb/6v/r/xUA9P/r/+v/6//o/+v/1P8yANb/5f/U/9P/3f/j/+X/5P/p/+f/IADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP+o/9v/xP8AAM//xv8/AAAAAAAAAAAAAAAAAAAAAADb/+X/qf+1/6H/1f8mAN7/5f8AANv/2f/Y/9n/AADd/xQAAADq/+j/5P/j/+v/7P8SAAAAAAAAAAAA8P/1/wAA7P/s/+3/7v8AAO3/7P8LAB0AAADt/wAAAADg//H/+/8AAAAAAAAAAAAAAAAAAAAArf/B/8//vf/L/wcAGQDE/+z/7P/s/+v/7P/s/xQA7P/R/87/y//J/8z/y/8pAOL/AAAAAAAAAAAAAAAAAAAAAN7/4//j/+f/5v/i/xsA3v/X/+v/2P/i/9f/EwDc/wAAJwDu/+v/7f8AANv/6P/3/wAAAAAAAAAAAAAAAAAAAADf/yMA4f/2/+P/0P/d/8f/6//s//T/6//u/xYA7//q/+T/4f/m/+b/6P/q/x8A6//s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAABkA6//t/+z/6//o/+b/7v8AAAAAAAAAAAAAAAAAAAAA6v/7/wAAAAAAABYA7f/r/xYAAADs//L/AAAAAOv/8/8AAAAAAAAAAAAAAAAAAAAA0//w/+r/4//r/x0A5f/q/wAAAAAAAAAAAAAAAAAAAADs/9r/+P8AAAAAFADQ//r/7P8OAAAAAAD4/+3/2P8UAAAAAAAAAAAAAAAAAAAAAAD3/9D/w//W/9P/BwDy/9b/AAAAAAAAAAAAAAAAAAAAAPH/9f/u//n/AAAVAO7/6/8UAO3/+/8AAAAA7f/t//P/zP/J/+H/1P/T/0YAyv/O/+r/+P/r/+r/AAAVAOv/7//i/9T/4v/O/9z/LwDX/8n/6v/r/+P/5v/s/wAAAADY/w4Ayv/s/8D/5f/K/+n/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/BwD5/+//AADt/wAAAADr/97/6f/a/+n/4f/r/xcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/+L/6//q/xQA0v8MANr/4//Y/+z/4f8pAOf/6f/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr/+z/7v/p/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADe/9v/1v/X/8//0//r/xsA6v/Y/wAA7P/q/9j/5v8UAOz/6f/u//H/7//t/xQA7P8AAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOz/7v/t/+v/6v/s/9j/s//S/wsAAADA/wAA5P/p/9b/5//p/ywA1//k/9X/AAAAAAAAAAAAAAAAAAAAAAAA5/8AAAAAGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/6P/q/+r/2f8gAOz/zf8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/x/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkAAAAAAAAAAAAAAOf/AAAAAAAAAAAAAAAAAAAAAAAAIQD2//f/5//h//P/2v/k/xYAwP/k/9v/tf+W/wwAyv8AAAAAAAAAAAAAAAAAAAAA6P/y/8f/+v/E/wAAqP+O/+n/6//r/xUA6//r/+j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+r/AAAYAO//6f/s/+z/FADs/+z/7P/s/+z/+//s/9z/1f/g/+7/+v/N/xQA7//t//T/AADx//b/7/8AAAAAAAAAAAAAAAAAAAAA7P/0/+z/9P/s/+z/FADt/wAAAADx/wAAAAAAABEAAADs/+z/7f/s/+z/7P/s/xQAAAAAAPH/AAAAAAAAEQAAABMA6f/Y/9n/2P/Y/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/7P/t/+//FADs/+z/7P/s/+z/7f/u/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA2f/q/9r/6/8UANf/2f/1//X/sv+s/8n/FACn/7//AAAAAAAAAAAAAAAAAAAAAO7/7f/t/+z/7f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA0f8OAPr/6P/e/9j/yv/X/9P/8v/R/9b/xf8kAOz/2v8AAAAAAAAAAAAAAAAAAAAAAAAWAOv/6v/3/9z/4//x/8n/y//s/wAAAAA5AMf/1v8ZAN7/3P/k/+j/FQDN/+T/AAAAAAAAAAAAAAAAAAAAAOb/7f/Y/+f/0f8SANf/9/8AAAAAAADs/wAABgD4/w0A2P/v/+z/7P/t/+z/JADt/wAAAAAAAAAAAAAAAAAAAAAAAM3/4P/p/+T/6f8GANn/6//r/+z/5P8kAOb/4P/F/wAAAAAAAAAAAAAAAAAAAADi/9L/6v/Z/9j/7f8AAAoA6/8jAPb/9P/7//H/4f/0/wAAAAAAAAAAAAAAAAAAAADa/8//2P/t/+H/1v80ANr/FADs/+3/FAAAAOr/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAB0AAAAAAAAA8v/j/wAAAAAAAM//4v/c/+v/6//p/+z/FADt/+3/7P/s/+z/7P/w/+3/7f/0/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOn/6//s/+z/6//r/xUA7P/t/+z/FAD2/+//7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/9L/0f/g/9f/CgDo/8z/4//O/83/v/+6/w0AMQASAAAAAAAAAAAA8P/1/wAA3v/u/+z/5f/s/+z/FQDr/+j/7f/r//D/6/8XAOr/6P/1/7b/0/+0/8L/xv8gAAgAFAAAAO7/8f8AAOz/7P/s/+v/2f/s/9j/4v8WAOv/7P/n/9n/2f/Z/9v/CgD2/wAAAAAAAAAAAAAAAAAAAAAAAO7/DAD4/+H/4//X//P/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//t/+7/+f/u/+3/7f8UALT/AAAAAMT/9v8AANr/AAAUAAAA7f/u/wAA7P/s/+z/7f/s/xQA7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/+3/8P/w//j/FADs/+z/AAAAAAAAAAAAAAAAAAAAAPX/9v/v/wAA3P/u/+T/HQAlAOL/6v/Z/+T/4v/a/+j/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8WAOj/5f/d/wUA5//W/wAAAAAAAAAAAAAAAAAAAADi/+D/1v/g/yoAz//I/8T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAPf/6v/h/+3/6v/f/yEA6v/o/+P/5f/h/9v/6/8AAAAAAAAAAAAAAAAAAAAAs/+g/63/AABx/yoA5P/M/xQAAAD2/wAAAADf/+z/8/8UAO3/7P/s/+3/7f/s/+z/FADs/+z/7P/t/+z/7P/s/9//u//V/9b/5f8XAO3/zv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8A4v/n/+j/5P/p/97/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/AAD6/xQAAAAAAO7/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/9f/DwDP/9H/GgDN/9//AAAAAAAAAAAAAAAAAAAAAOf/7P/s/+3/7v8mAOz/2P+p/xEAzP/F/9P/rv/z/wAA2P/u/+7/7f/u//H/KADv//b/AAAAAPT/AAAAABcAAADs/+z/FADs/+z/7P/s/+z/6//u//D/7f/w/xUA6//v/7z/4//w/7z/vf8fAOP/0P/p/+D/6//p/+3/6f8XAAAACwDV/wAA1v/u//T/2P/j/wAA+f8AAAAAAAAAAAAACgDT/yoA2f/O/+D/3f/K/9X/HgDZ/wAAyv8KANL/1//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//a/+D/6v/Y/+D/IgDn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/DwAOAN3/0f/H/8j/zv8AAAAAAAAAAAAAAAAAAAAA6P/s/9j/2v8UAOv/CADf/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACy/wAAyv/M/9T/7/8AANj/AAAWAPr/AAAAAPL/6v8AAPv/FAAAAAAAAADt//P/7f8AAAAAAAAAAAAAAAAAAAAA8f/H/77/1P/R/+D/IwDO/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPv/+f8AAAAA8//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo//T/wP8NAJH/6P/A//H/AAAAAAAAAAAAAAAAAAAAAKL/6P+3/8j/4/8gAOb/yv8nANr/8f/r//L/6//r/+n/AAAAAAAAAAAAAAAAAAAAAAwAfP8YAIT/nv/r/7P/GAAAAAAAAAAAAAAAAAAAAAAAAADZ/+j/1f/P/wwA0P/t/9n/DQDb/+r/5P/f/wAA6f/6/+n/3P/G/9r/6P/d/xIACwAAAAAAAAAAAAAA+/8AAAAAAAAAAAAAAAAAAAAAAAAUAOz/9/8AAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOv/7P/s/+r/8P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFAD5/+3/8P8AAAAA7P/w/x0AAAD2/wAAAAAAAOf/AAAcAAAA8f8AAAAAAADm/wAA2f8AANf/EgDa/9v/2f/n/+v/6//r/+z/7P8VAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/9j/5f8HAOT/CQDm/+X/7f/s/xQA9v/v/+z/7P/s/+v/6//q/+v/FQDs/+v/6//g/9P/7P/R/+v/zv/I/zsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v/t/+z/AAD1/+z/9f/N/9T/zf+4/9L/v/8OAB4A1/8AAOf/6//q/9j/FADY/+f/1v/Q/+n/5f/q/yIA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/s/+v/7P/s/xUA7/8UAO7/7//s/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgCv/8T/vf+6/+T/sv8KAPL/7//s/9n/8//s/+7/FAAAAAAAAAAAAAAAAAAAAAAA6P/r/+3/7f/t//j/6v8SAMD/uP/V/+z/FAAaANX/vv8AAAAAAAAAAAAAAAAAAAAA+f/W/+X/6//q/87/6f8jABUA7P/s/+z/7f/r/+v/7v/y/8X/0v/o//T/EADX/+T/7v/s/+7/7//t/+z/7P8UAPL/AADu//r/AADw/+b/EwAAAAAAAAAAAAAAAAAAAAAA6P8AAN//0f/o/wYAxf/J/8j/HwDY/97/1v8AAL3/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOD/6v/q/+r/6v/r/+X/AAAAAAAAAAAAAAAAAAAAANb/u/+w/+b/xP8WAL//2v8TAN3/3f/Z/wYA3//r/9j/6f/o/+L/4//a/+D/GQDp/wAAAAAAAAAAAAAAAAAAAADn/+f/6f/r/+r/FwDq/+f/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/u/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+7/7P8AAAAA7P/s/+z/7P8UAND/vP/J/6r/pv8ZALX/DwAAAAAAAAAAAAAAAAAAAAAA6v/s/+n/7P/p/9j/5v8iAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/k/9//8f8AAAAAAADX/+z/7//z/wAAAAAUAO3/7P/r/xcA6//p/+r/6v/l/+v/6v/q//n/7P/w/+v/FgDs/x8AAAD5/wAAAAAAAOH/AAAAABUA1f/O/+3/+//X/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q/+n/6f/u/+v/FQDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/J/+z/5//T/9z/yP/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+v/4P/i/+z/FADZ/+z/GwDf/+n/6f/q/+T/5v/j/9n/GgDp/8//vP/E/wkA4v8UAOz/8f8AAAAA9f/s//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADF/9f/5v/c/+H/AADG/xQAAAD6/+//AAAAABQA7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7f/s/+z/7P+6//T/t//i/6z/uf8OAPT/6/8VAPD/4P/2/+z/6v/s/+j/5//n/+n/6P/p/xgA6f/a/+n/6//q/+X/EADr/wUA3P/d/+b/4v/j/+P/HwDa/8D/LQCp/6j/qf/N/97/wP/g/+H/3//g/+H/2/8hANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAw//S/6b/zf/u/wAA2/8AAOv/FADs/+z/6P/s/+z/3//h/9z/DQCz/7//5f/w/wAAFADt/+z/+P8AAOz/7P/t/wwAyv/R/wAAxf/s/+7/uP8AAAAAAAAAAAAAAAAAAAAA7f/t/+3/8f/2/+7/FADt/83/MwD6//L/3//Y/8T/3v8JAN3/1f/h/+b/xf/1/93/7P/s/+z/7f/t/xQA7P/s/wAAw//C/67/zP/n/9z/CwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAADw//X/AAAAAAAAAAAAAAAAAAAAAAAA5//n/+//6/8AABQA7P/j/wAAAAAAAAAAAAAAAAAAAADi/+H/7v/p/9P/2v/V/y4A1v/d/+n/AAAAAOz/KgDs/+r/6//o/+n/2//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6//s/+3/8P/s/+v/6//t/+r/6//s/+v/6f8WAOz/+P8AAPv/AAAAABoAAADo//f/0P/n/+v/AADQ/wwA1f8LALz/AADe/6X/sf/5/9P/FAAAAOz/6P/j/+7/2P/h/+z/FADs/+z/6//t/+v/7P8UAO7/7P/t/+//7//s/+//9f/p/9r/xv+5/9v/yP8AAAAAAAAAAAAAAAAAAAAAAAAAANv/2P/Z/9b/3f/Z/w8AAAAAAAAAAAAAAAAAAAAAAO7/5//l/+f/4P/q/xcA2/8VAOz/7P/s/+z/7P/r/+v/7P/s/xQA6v/s/+v/7P/u/+z/6//s/xUA7f/q/+v/7P/s/wAA+P/s/+3/7P/t/xQArP/Q/7D/yv8oANr/3f8GAO//7P/t/+7/8P8UAOz/7P/s/xUA7P/s/+z/7P/q/+v/zv8MANz/3P8cAOD/2P/y/wAAAAAAAAAAAAAAAAAAAAAXAN//2f/z/wAA6f/c/9T/FADt//f/7/8AAO//7P/Y/+3/7P8UAO7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//q/+r/6//q/+n/FgDq/+r/+/8AAAAAAAAWAO3/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMH/2P/K/xoAEgDx/93/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACr/7r/DgC3/5v/HgDB/47/AAAAAAAAAAAAAAAAAAAAAOL/sf8AALH/zf8FAMP/xf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAA8/8AABgA7f/r/+3/7f/s/+//FQDt/x0AEgDD/8L/vP/f/7v/2/8AAOX/5v/Z/+T/2P8AAOT/7P/y/+z/+v8AABQA7P/s/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7v/k/+v/5v8ZAOr/6//k/+z/FQDs/+v/7f/u/+j/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8dAOv/7f/n/+n/1f/l/wAAAAAAAAAAAAAAAAAAAAAnAOr/AAAAAO//4//Z/wAAAAAAAAAAAAAAAAAAAAAAABgA6P/j/+n/6v/j/+X/7v/o/9f/6//i/+z/4/8oAOz/AAAAAAAAAAAAAAAAAAAAANv/FADq/+v/6//r//P/7P8AAAAAAAAAAAAAAAAAAAAAFQAGAMP/2//F/8X/5//I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/X/9H/1v/f/xQABQDr/+f/1f/f/+P/3//e/xkA1/8AANr/7f/o/9n/2P8AANv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/y/+z/+v8AABQA7P/s/+r/8f/o/+z/6//o/xIA6f/q/x8A6P/q/+L/AADU/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/2f/N/8b/FQAAAOD/7/8AAO3/7f8AABcA6P/2/wAAAAAAAAAAAAAAAAAAAADr/+v/7P/s/+z/6/8UAOv/7P/4/+7/7P/0/wAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/+P8AAPn/9P/t//D/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6f/s/+n/6v8WAOr/6v/3/xQA8P8AAAAA8P/t//H/7P/u/+z/7f/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8VAAAAAAAAAAAA6/8AAPT/FQAAAAAAAAAAAOv/AADo/x0A7P/s/+j/6v/U/+X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//s/+v/7P/s/xQA6//p/+z/7P8UAPL/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABgA+P8AAAAAAADz/+j/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+T/4f/m/+X/4//f/x4A5//Q/9f/4f/n/wAAKwDa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA8v/w//b/7P/r/+z/5P/r/xkA6//s/+n/5f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//m/+T/0f/T//r/CADW/+z/9f/x/xQAAADz/+z/7//X/9b/7v/P/9L/9f8GAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/+z/7f/t/x0A4v/s/+P/7f/q/+z/7P/s/xQA7P/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/yv/Q/8T/y/+3/yMA+P/W/+j/7f/r//D/6/8XAOr/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA+v/s//v/+f/1//T/AADt/+z/7P/w/xQA7P/t/+z/AAAAAAAAAAAAAAAAAAAAAO7/7P/u/+//7f/s/+z/FADy/+z/1P/Y/8z/IQDU/+j/uf+p/8v/y/+2/xoAnP8LAOT/IADq//H/7f/y/9v/8f/k/yAA6v/x/+3/8v/b//H/AAAAAAAA9v8AACQAAADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsv/i/8H/0f/L/+z/4P/p/wgA9v+//9H/vv/u/+b/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAADu//P/JQDb/+L/yf/j/+n/xP/P/+T/6f8hAO3/8f8AAAAAAAAUAO3/7P8VAOX/6//p/+z/8v/r/+z/9f/0/+T/6//l/x8A4f8AAOz/7P8UAOz/6v/s/+z/7P+5/wYABgAMANX/6P++/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/+3/6v/a//n/AADg/wAAAAAAAAAAAAAAAAAAAAAAAKz/2f+8/83/tf+l/x0A8f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADj/+z/GQDp/+z/6f/l/+D/FwAAAAAA8v/4/+z/6f/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/xUA7P/t//b/6//n/wAAAAAAAAAAAAAAAAAAAADN/9H/MADZ/9T/zv/J/8r/7v/u/+3/8f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAOn/3f/h/9j/3f8AAOP/JADv/+D/6f/u/9//3v/r/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/y/xQA7v/s/+v/5//j/+T/4v/q/xoA6f/l/wAAAAAAAAAAAAAAAAAAAADv//H/AAD3/wAAAAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AAAAAAAA+f/t/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/2/8WAOT/+f/s/+r/7P+y/7T/zv/Y/8D/6/8cALj/7f/s/+z/7P/t/wAAAADq/+3/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/t//D/8P/4/xQA7P/s/93/KQDc/+D/4//n/9//5P/c/+P/3v/o/+j/4/8cAOb/5P/n/+j/6//t/+r/FgDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/4P8AAPr/FADs/wAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAwP+y/wkAt//N/xgAvP/u/9X/0v/K/+X/4f8AABwA1v8AAAAAAAAAAAAAAAAAAAAA2f/M/6z/tP8SAOn/z/8VAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAO3/FwDr/+n/7P/r/+r/5//g/+//AADt/+3/AAAXAOj/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/7f/s/+z/7P/d/+v/5//h/+D/6v/V/yMADAAAAAAAAAAAAAAA9/8AAOP/5v/W/9n/HgDn/9P/5f/q/+X/6v/q/+r/7P8ZAOr/0v8LAND/+P/E/9P/7f/4/+z/7P/s/+z/7P8UAOv/7P/Y/xQA5P8AANv/BgDO/+r/5//n/+//6/8AABQA7P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDJ/83/4P/y/+T/+P/T/wYAyf/l/+T/9P/u//r/6f/Y/+T/5f/s/+f/5/8mAOH/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/Y/+L/3f/s/+3/7f/v/+3/7f8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//s/+v/7P8YAOv/6v/m/+v/6//k/+r/6//g/xYAAAAAAAAAAAAAAAAAAAAAANr/AADY/9f/4P8AANb/1P/s//X/7P/t//H/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+v/7//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/t/+z/7f8UAOz/7f/J/9H/IADN/+P/zP8HAOr/4P/f/9f/EwDX/wsA1P/N/+z/3P/s/wAA3v/Y/+j/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAOz/AAAUAAAAIQD5//f/+v8AAOL/AADs/+z/7P/s/+n/7P/s/xQAGwDf/8z/yv/V/+v/4//b/+//FQD0//f/9f/7/+z/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJv/1P/O/+f/yP+q/y0A3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAPP/8v8AAOr/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P/m/+v/1//o/yQA2v/p/+H/6f/m/+j/1/8bAOj/3f8AAPr/AAAAAPr/EQD1/wAA2P/h/+f/7P8AAPL/JgDs/9j/2f/X/9r/5v/b/ysA2v8VAOv/7P/t//D/7P/r/+v/1f8gAOD/5P/k/+H/1P/c/wAAAAAAAAAAAAAAAAAAAADP/8f/3f8kANb/AAC5/9T/AAAAAAAAAAAAAAAAAAAAAMz/zv/a/9b/5f8sAM7/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P8AANf/2v/h//n/FwDZ/wAAAAAAAAAAAAAAAAAAAADr/xUA6//t/+z/6//q/+z/AAAAAAAAAAAAAAAAAAAAAOv/AADe//b/5v/s/9r/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AADt/+3/AAAXAOj/9v/m/+7/6//Y/+r/6//e/xYA3P8AAAAAAAAAAAAAJQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAADAAAAAAAAAAAAPf/AAAAAAwAAADs/+z/7P/s/xQA7P/u/+z/7f/s/+z/7P/t/+z/FADt/+z/FQDr/+z/7P/u/+r/8P/h/+P/1v/b//T/4P/D//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/DgDi/9n/yf8NAOH/4v/s/xkA6v/o/+j/7P/m/+z/xP/A/xsAzf/O//H/vP/D/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/n/+v/6P/n/yEA6P/X/+7/7P/v//H/HQDs/+z/4f/a/xcA3v/d/9n/6//n/+z/7P/v/+z/9/8AAPL/FADs/+H/2P/h/+n/3P/b/+b/IADt/xQA7P/v/+z/7P/t//n/7P/s/+//7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+7/8f8AAAAAFADt/+z/6P8QAOH/6v/m/+L/DwDn/+f/+v8AAPf/AAAbAOj/5v8AAAAAAAAAAAAAAAAAAAAAAADh/+//7P/m/wAA2P/Y/9r/1//o/+v/AAC1/+L/HgAXAPL/uP8AANj/1P/X/8X/GgDa//b/4v/p/8z/v/8tAAAAAAAAAAAAAAAAAAAAAAAoANj/7f/d//D/4P/Z/+H/AAAAAAAA+v8AAAAACAAAAPj/HAAAAAAA+f/7//T/AADr/+v/6//s/+z/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/n/+T/4P/i/+j/5/8aAAAA8/8AAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+r/7P/s/+r/FADo/4v/AACT/5X/2/+s/7z/JQDY/9j/6f/Z/9j/6P/Y/yQA7P/p/+r/7P/s/+r/FADo/xgA5//p/+j/6P/r/+X/6P/s/xUA7P/t/+z/6//r//H/9P8AAAAAAAAAAAAADwAAAOj/2/8WAOT/+f/s/+r/7P8AAAAAAAAAAAAAAAAAAAAA7//s/+3/7v/w/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/y//L/+/8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/6/wAA+P8AABQAAADs/+r/2f/x/+D/AADe/wYAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAIQDa/8T/x//l/9r/8//k/+z/7P/s/+z/7P/s/xQA7f8AAAAAAAAAAAAAAAAAAAAA7f/s/+z/7f/t/xQA7P/s/+r/6v/p/+T/6v/q/xgA5P/l/+b/5//W/9P/5P8dANf/FAAAAAAAAAAAAOz/AAAAAAAAFwDa/wAA3P/X/+D/xP/k/9T/1//a/9z/3v/Y/ygAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/8f/2/wAA9//p/9z/IwAAAAAAAAAAAAAAAAAAAAAA6v/r/+D/AADl/93/3f8YANL/HADY/9z/9f/r/+T/6P8AAAAAAAAAAAAAAAAAAAAA4//o/9//JgDh/83/AADV/+b/5P/q/+r/6f8XAOr/4v8AAOD/3P/e/7//u//q/yAAAAAAAAAAAAAAAAAAAAAAAPP/9f8AAAAAAADt/xQA+f/s/wAAAAAAAAAA8f8AABQA2f/Z/xwA3P/m/+f/2/8AAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+v/7v/s/xQA6//y/+z/7P/k/+j/FwDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAOz/7P/v/+z/6//r/xQA7v/v/+z/7f/s/+z/7P/q/xUA6//s/+z/6//r/+r/AAAAAAAAAAAAAAAAAAAAANP/3v/Z/97/3P/g/ycA2P8AAAAAAAAAAAAAAAAAAAAAGQDx/+T/7v/u//H/1P/5/97/AADM/+r/3f/n/xMAxv/t/+j/AAD6/wAA6P8sAOP/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7f/s/wAA7P/Y/9j/4f/g/+f/9//V/wcAAADY/9z/5//f/wAAFAAAAOj/2//F/8b/0f+x/wcACwD1/wAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAA8f8SAAAAzv/U/87/0//T/wAAAAAYAOz/3v/X/9b/1/8AANj/DgDk/+z/6//s/+z/2P/n/y4A6f/T/9j/1f/T/yAA2f/f/+T/0P/O/8L/zP8AAAsA3v+4/+z/vv/U/9f/IwDI//L/6//N/+v/7//n/wgAzP+1/8n/sP/Y/9r/3f8uANf/xv/6/+7/+f/6//D/FADy//H/AAAAAAAAAAAAAAAAAAAAAOX/6P/r/+z/7//q/xgA7v/s/+z/7P/s//H/7P/s/xQAv//L/6P/u//Q/wAAs/8IAOv/AAAAAPf/+v8WAOj/6//w/7v/ov/n/8r/BwC6/+H/0//b/93/0P/1/x8Ax//s/+v/3P/s/wAA+f8AAA8A2P/s/xQA7P/t/+3/7P/s/+z/9//t//T/FAAAAO3/AADs/+z/6//s/+z/6//r/+z/FADU/87/6f/r/+r/5P8oAOr/AAAAAAAAAAAAAAAAAAAAANn/2v/p/+v/2P/V/+j/HwDn/+j/2P/q/+j/IQDa/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/s//X/7P8UAOz/1//W/xwAzv/Z/9//6f/s//D/7f/t//T/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/DADr//D/8f8AAOv/AADg/9T/1//V/9X/IADV/+z/5P8AAM7/zf/O/8f/3/8YABQAxP/D/8D/yv+x/xUAzP8RAPX/2f/d/8v/2f/M/wAA7P/r/+r/5v/o/+z/FgDs/9z/6v/q/xUA7f/r/+H/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/u/+z/7f/w/xQA7v/s/+z/FADs/+3/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOX/IQDo/+f/6v/q/93/5P8AAAAA+P/5/wAA7f8AABMAGQAAAPr/9/8AAAAA6f/6/+z/FADs/+z/7P/s/+z/7f/t/xQA7P/s/+z/7P/s/+3/7P/r/+z/6//s/+z/FADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P/r/xQA6v/r//L/5v/s/+b/DwDY/97/3P/s//v/2P/l/7P/uv/K/9L/vf/f/zwAsv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs/xkAzP/U/+r/3f/d//X/y//0/xgA7f/r//T/8f/q/+X/AADk/+P/6//l/9j/DgDY/+z/AADs/+z/7/8UANj/7f/z/wwAwv+6/9P/vf/m/9D/7P8VAOz/7P/k/+z/6//t/wAAAAAAAAAAAAAAAAAAAADs/+v/6v/m/+j/7P8WAOz/1//X/9n/1//Z/ykA1v/n/wAAAAAAAAAAAAAAAAAAAADq/+f/6P/q/9r/5v8aAOX/5v/r//b/3P/p/8z/DQDm/+//AAD7/wAA+v8AAB4AAADs/9//9//w/wAA3f8ZAOf/4f/6/8j/3P8GANr/+v+O/+D/1v/U/9X/zv/n/9z/OQDn/+z/3v/j/9f/7P/h/xYA7v/6/wAAAAAAABIA+P/7/+r/8P/t/+3/AADs/+3/AAC//9r/zv++//r/t//v/xEA7P/t/+7/7P/t//D/FADu/9r/CgDs/+r/9P/4/xQA7P8AABQA6//i/+n/4v/g/+v/1f/F/87/AADG/77/3f8hAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAl//7/wAAAADq/+b/3v+6/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAD5/wAA7f/s//b/DAAAAAAAAAAAAAAA9/8AABQAAAAAAAAAAAAAAOz/AADs/+z/FADs/+7/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2/8qANz/zf/n/9f/1//c/yIA2P/m//T/8P/e/+f/6/8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAOX/+v/u/wAA7f8AANb/AADk/xYA5v/q/+D/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//h//r/5//s/+f/EwATAPj/6P/V/+P/5//u/xAA5v/r/wAA7P/s/+3/6v8UAOz/2f8KAAAA4v/i/9n/1f/Y//b/7/8YAPv/8v/t/+n/7v8AAAAAAAAAAAAAAAAAAAAAFADu//b/8f8AAOz/7v/t/+3/FAAAAAAAAAAAAO//8P/n/xwA5f/q/+j/6//h/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/3v/2/wAAFADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPADC/8//t//j/7D/0P/H/+z/7P8UAO3/8P/s/+z/7P8UAOz/AAAAAPf/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC1/9r/0//X//b/AADo/+r/7f/s/xQA7v/s/+z/7P/s/wAA6//P/8n/1v/p/xQAw//Z/+z/4v/z//n/IgDr/9n/FAAAAPr/8v8AAOz/7P/w/wAAAAAAAAAAAAAAAAAAAAAAABcAAAAAAAAAAADq/wAAAADw/wAA+v8AAAAAAAAYALz/DwDX/63/CwDP/+n/0f/n/+v/GwDu/wAA8//l//H/6P/b/xYA5P/5/+z/6v/s/wAAAAAAAAAAAAAAAAAAAADO/+7/0v/Z/9n/7P/0/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy//M/0UA0//F/8H/1P+//wAAAAAAAAAAAAAAAAAAAAAOAOf/2P/a/+v/1P/q/+L/GADo/wAAAAAAAPP/8P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/r/xQA7f/s/+z/7P/s/xQA7P/s/+v/4//s/+v/6f8VAOb/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL//xv+8/8n/1v+6/0MAxf8AAAAAAAAAAAAAAAAAAAAA3v/o/+z/6v8VAOr/7P/r/xUA7P/l/+z/8v/u/+v/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6//r/+z/6/8VAOv/7//t/xYA7f/x/+z/6v/s/wAAAAAAAAAAAAAAAAAAAADq//v/AAAAAAAAFgDt/+v/AAAAANX/qf/H/7b/3v8iAA8AxP8AAMX/zf/N/9P/DQAIAOT/5f/p/93/2f8JAOf/AAAAAAAAAAAAAAAAAAAAAAsAw//P/8X/2/8SANX/yv/l//H/6P/s/+j/GADo/+//AAAAAAAAAAAAAAAAAAAAANn/7f/a/+v/2f/r/9j/GgDv/xQA7v/w/+z/7f/s/+z/+/8AAAAAAAAAAPb/AAASAAAAAAAAAAAAAAAAAAAAAADU/7P/IgC6/+z/tf/0/9H/7P/y/+z/7P/s/xQA7P/s/+H/sf/m/7r/sv8VAAAAz/8YAAAAAAAAAAAAAADo/wAA1f/W/93/4f/n/wAA2P8UAO3/8f8AAAAAAAAUAO3/7P/s/+r/7P/t/+z/FADs/+z/CwDs/+P/7f/w//X/6P/3//T/7P/v//H/FADs/+v/7P/s/+z/DwD1/+j/7P/q/xQAAAAAAAAAAAAAAAAAEAAAAOz/CwDr/+b/3P/f/+v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/FADu//T/7//s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA4//l/+v/7P/Y//n/6P/s/+z/7P/s/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAO//FADu//P/9P/t/+z/8v8AAAAAAAAAAAAAFADt//n/nv8aAMT/ov+2/6z/CgCS/wAAAAAAAAAAAAAAAAAAAADW//L/0v8LAOX/AADw/+T/AAAAAAAAAAAAABEA8f8AAOz/7P/t/+z/6//r/+z/FADq/+n/+f/s//T/6/8XAOn/8v/r/+b/6v/r/+z/EADs/+n/sf/F/77/7v/A/87/JQAAAAAAAAAAAAAAAAAAAAAA6//o/+r/7P/s/+z/FQDs//L/6//m/+r/6//s/xAA7P8AAPr/AAAAAPr/EQD1/wAAAAAAAAAAAAAAAAAAAAAAAOD/3f/p/+P/6v8bAOL/4//k/ykA9f8AAPb/AADb//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/+v8AAPD/7P/t/+n/FADs/9v/7f8AANj/7P8AAO//7v/t//P/9f8UAAAA3P/n/xQAAADc/+r/6v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/IQDd/+P/3//s/9r/7P8QAAAA+v8AAAAAAAD5//P/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/t/+//8f8UAOz/8f/t/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANwAAAAAAAAAAANn/AADs/x4A5f/p/+b/5//b/+7/2f8AANz/7v/g/9T/AADc/+f/GgDu//n/9P/0/+j/7f8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAANf/0f8lAOD/1//O/9L/1/8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/v/+3/7f8UAO3/4P8hAMj/1P/Y/93/1v8AAAAAAAAAAAAAAAAAAAAAAADp/+r/FADs/+z/AADk/+z/7P/t/+z/FAAAAO3/7P/x/+7/7P/w/93/3f/s/9P/HAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/7f/s/+3/FADt/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA0v/k/9b/1f/g/ysA1v/U/wAAAAAAAAAAAAAAAAAAAAAWAOL/5//l/+T/0f/p//H/5v/l/8v/1P/S/yMA2//W/9b/zf/g/9n/2P8pAOb/3//z/w8Az//7/9D/z//h/7//wv/2/8f/1v8LANf/8f/Y/+z/7//s/+3/AADx/xQA7P8WAOn/5P/O/9X/AADm/8//FQDr/+v/4f/p/wAA5f/k/9n/0f/k/8P/uf+4//L/GgDR/wAA0v/k/+b/4/8AAOj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/y4A3//F/77/0//I/9X/AAAAAAAAAAAAAAAAAAAAAAAA8v/4/xQA9v/r/+3/7P8AAAAAAAAAAAAAAAAAAAAA5v/a/+H/2//e/wAA5v8UANv/1f/k/97/4P/r/xwA3f/X/8L/3v/U/9j/0v8oAOz/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7f/s/xQA7f8AAAAA7v8AAAAA+f8SAAAA7P/s/+z/6f/r/+v/FADs/wAAAAAAAAAAAAAAAAAAAADr/xcA6v/q/+D/6P/p/+z/5//s/+v/7P/p/+7/FADs/wAAAAAAAAAAAAAAAAAAAADs//P/7P/t/+//FADs/+z/OQCM//L/6P+t/8T/3P+Y/wAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAN//AADF/8n/+f/x/8D/+/8UAOz/7P/s//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+j/8//z//D/6v/v/xMAAAAAAAAAAAAAAAAAAAAAAO7/7v/t//H/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAACwDh/+L/3f/6//X/5//u/9b/BQDW/9T/1v/q/+r/DwDZ/9n/2v/Z/9j/6v/Y/yAAFADh/+z/7f/t/+X/7P/5/xQA7P/t/+7/7f/t/+z/1v/3/+3/9P8UAAAA7f8AAOz/FADv/+7/8f/v//D/7P/t//n/AAAAAAAAAADt/wAAEwARAAAAAAAAAAAAAADz/wAAx//Y/97/zv/a/9b/MwDT/+T/2P/s/9v/7P/o/+r/HwDs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAL7/9f/0/+f/AAA0ANX/8f8AAAAAAAAAAAAAAAAAAAAAAADF/7//u//f/6b/9P8ZABQA7//t//T/AADx//b/7//t//P/9f8AAAAA7//s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOv/7P/s/+z/7f/o/xgA7P/s/+v/6v/m//L/AAAAAAAAAAAAAAAAAAAAAOr/7P/s/+7/FADr/+z/6//d/+z/AADo/xQA+v8AAOz/5f8FAOf/5/8AAN3/5v/X/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/3/wAA9/8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/Y/+z/6//n/+v/JQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAO3/8//1/wAAAADv/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIACwDR/93/7v/T/+z/6f8AAAAAAAAAAAAAAAAAAAAAGAAAAMD/AADW/+b/3f/L/wAAAAAAAAAAAAAAAAAAAADt/xQA7v/u//L/8P/s/+z/FgCu/8b/x//l/+//4/+//+//MADp//X/8v/v/+L/9f8AAAAAAAAAAAAAAAAAAAAALgDp/+r/2P/i/9v/0v/u/wAAHgAAAAAAAAD4/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAPf/7P/t/+v/6//v/+z/7P/r/+v/FQDY/xQA7P/b/+7/AADu/+v/AAAAAAAAAAAAAAAAAAAAAOj/1v/r/+v/6//R/y4A6P/s/+z/7f/x/+3/7P8UAOz/7/8AAPv/AAD6/wAAHgAAAAAAAAAAAAAAAAAAAAAAAADs/xwA7P/t/+z/7P/h/+7/AAAAAAAAAAAAAAAAAAAAAOj/6v/o/+r/6v/r/xYA6v/s//D/7P/6/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xYAAADN/97/6//m/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s//j/AAAAAAAAAADw//X/FAAAAAAAAAAAAAAAAAAAAAAAHwDs/+7/+/8AAOL/7P/Y/wAA4f/n/+j/6v8QANj/1//l/+T/6f/o/+r/1//l/xkAAAAAAPn/AAAAAPD/FwAAAOz/7P/s/+z/7P/s/xQA7P8AABQA9f8AAPH/7P/t/+3/9/8wANn/1v/T/9n/z//t/+z/4//s/+3/8v8UAOz/7P/s/woA5P/o/+z/7P8AAOv/GQAAAAAAAAAAAAAA5/8AAAAAAAAAAAAAAAAAAAAAAAD3/xQAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAO7/AAAXAAAA+v8PAPD/8f/o/+7/9//n/+z/AAAAAAAAAAAAAAAAAAAAAO3/2//w/w0AAAARAOz/2P/v/xQA7v/x/+z/7f/s/+z/2//5/+7/9f/7/+b/HwAAAAAAAAAAAAAAAAAAAAAAAAD2//r/9/8AAPn/GAD5/+n/FAAAAAAAAAAAAOz/AAAAABwA5P/n/+b/5f/a//X/5P/s/+z/7P/g/wAA+v8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAqAMv/6//h/9H/w//I/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/xQA4f/i/+T/FgDD/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnAOT/0f/Q/9f/1//U/+L/AAAAAAAAAAAAAAAAAAAAAMj/yP8AAMr/wP8GANX/AAAAANX/t//U/+D/1v+r/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/v/+z/7P/t//n/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/q/+v/6/8UAOz/BgAAAAAAAAAAAAAA+v8AAO3/8//u//D/AADt/xQA8f/s/+z/7P/s/+z/6/8UAOz/7P/t/+3/7P/t/+z/7P8UAO3/FADs/+//7P/s/+3/+f/d/yQAAADi/wAAAADr//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATQCV/7j/i//I/9X/ov+k/+z/LADn/+z/zv8UAOr/7P/3/+X/yv/T//f/1v8NAMj/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/s/wcA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/FAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/R/9b/9v/l/9j/6/8oAAAAAAAAAAAAAAAAAAAAAADY/xgA5//b/9z/2P/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+//Y/+L/6v/v/xUA6f/m/+b/GgDl/+j/5//n/+b/5v8AAKT/vf/B/8H/EwDn/7P/FwDh/+b/5v/B/+P/9P/M/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/k/83/0v/j/+b/0P8dAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8XAAAA6/8AAPr/+P/s/wAAAAAAAAAAAAAAAAAAAAAAANP/1//X/9j/1P8AANL/AAAAAAAAAAAAAAAAAAAAAOv/5f/r/+D/8//f/9b/EQD5/wAAAAAAAAAA7f8AABMA7f/s/+z/7f8UAOz/7P/s/+3/7f/y/+z/+P/w/xQA8P/r/+r/zP8eAN7/1f/n/+v/7v/u//P/9P/5/xMA7f/u/7//TACc/97/1f+h/9j/h//4/yQA+v/1/+7/9v/d/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzf8wANv/6v/v/+n/0P/h/wAAJQAAAAAAAADx/+D/9P8AAAAAAAAAAAAAAAAAAAAA0/8mANz/4v/i/9n/2P/m/+D/HwDk/+X/0v/o/93/6/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAADr/xUA6//r/+z/6//s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8aAO7/+f/0//T/6P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FADt//H/8P/t/+z/7f8AABIAAAAAAAAAAADu/wAAAAAAAAAAAAAAAAAAAAAAAPf/FgD5/wAAAAAAAO7/+v/s/xQA7f/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/FQDr/+v/7P/r/+v/6/8AAAAAAAAAAAAAAAAAAAAA5f8bAOj/4//o/+n/3P/n/wAAAAAAAAAAAAAAAAAAAAD3/xYA+f8AAAAAAADu//r/7v8UAO3/8f/w/+3/7P/t/wAAAAAAAAAAAAAAAAAAAADs/+3/7f/v/+3/7f8UAO3/6//r/xYA6//r/+r/6v/q/wAAAAAAAAAAAAAAAAAAAADt/xkA6//q/+n/7P/m/+3/AAAAAAAAAAAAAAAAAAAAAIj/UADL/9f/ov+R/9X/nv8MAAAAAAAAAAAAAAD3/wAA6/8jAPb/9P/7//H/4f/0/+z/7f/s//T/AADw/xQA7P8AACQA4v/m/+n/0f/Y/8r/AAAAAAAAAAAAAAAAAAAAAMz/wP/J/8T/xf/c/zoA0v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/s/+z/7P/r/+r/7P/q/+z/6f/r/+j/2P/m/yIA0//N/wwAvP8TAOz/u//L/+v/7v/w/+3/8P8VAOv/7//b/8z/AADl/6f/DQC//9X/zf/O/77/LgAnAOH/w//x/wAAAAAAAAAAAAAAAAAAAAD2/wwA9v/w//X/DQDU/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC7/wsA0f/Q/8T/AADU/+b/1f8QAOf/2P8AAAAA1//c/+3/8f8AAAAAAAAUAO3/7P/i/6n/2f/g/+T/CwAAANT/AAAAAAAAAAAAAAAAAAAAAPH/5f/e/+b/4P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/AAAAAPP/FQDx/8P/0v8OANf/0P/Q/8X/9/8AAPb/AADs/wAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAOz/IwDg/+T/1//Z/9j/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADu//H/AADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/j/9D/lP8kANr/rP/O/8f/wv/H/77/LgDD/7b/GAAAAAAAAAAAAAAAAAAAAAAA0f8aALr/sf8WALX/t//M/93/7P8AAOj/FAD6/wAA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/t/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAA+P/5/wAA7f8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8AAOn/2f/b/8b/EQDW/wAAAAAAAAAAAAAAAAAAAADt//b/xv/K/7X/zv/J/xIAvv/Z/77/wP+5/+n/zv/n/+j/2v/s/9v/9f8iAN7/3/8AAAAAAAAAAAAAAAAAAAAAUwC9/7r/z/+//8j/pP+3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/Z/wAA2v/Z/9//4/8MAAAAAAAAAAAAAAAAAAAAAADw/9r/0//m/xIA2P/l/wAA6//l/+z/5P8UAOz/7P/s/wAAx//i/+f/6v/7//L/xP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/+P8AAAAA7f8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/x//K/9//xf8AALr/7//o/9z/4v/e/9j/2P/f/yEA6//s/+z/7P/s/+v/FADs/wAAAAAAAAAAAAAAAAAAAAAaAOb/+f8AAAAAAADn/wAA1f/i//X/1//b/9j/HADv/wAAAAAAAAAAAAAAAAAAAADR/8f/3f/S/9j/3v8kANX/+f8VAPH/6f/4/wkA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/+v/6P/q/9n/2/8tAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/7P/6/wAAFADs/+z/AAAAAAAAAAAAAOz/AAAnAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6P/q/wAA7v/m/+j/FAAAAAcAAAAAAAAAAAAAAAAAFQDr/+z/7P/s/+z/6//s/xQA7P/m/+v/5P/l/+z/AADo/+3/6//w/+v/FwDq/+j/AAAAAAAAAAAAAAAAAAAAAPT/3P/k/+z/3f/l/yYA3P/t/+3/7f/x//b/7v8UAO3/7P8VAOz/7P/s/+z/6v/r/+3/7P/s/+z/7P/s/+z/FADU/wAA7f/Y/9f/1v8FANX/6/8VAOv/6//s/+v/7P/r/wAAAAAAAAAAAAAAAAAAAADs/+3/8v/w/+3/7P/s/xQA7P/x//b/9P8AAPr/GQDr/+z/AAAAAAAAAADx/wAAFAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/t/xQA7P/s//D/3f+c/6X/qf8AAAAA1v8AAAAAAAAAAAAAAAAAAAAA7v/s/+7/7//t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/7P8UAOz/7/8UAO3/+v8AAPL/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAD4/+z/+v/s/+f/7P/Z/zEA4P/k/+P/4f/i/8r/y/8AAAAAAAAAAAAAAAAAAAAA7P/v/+3/7f/w/+z/FADt/+f/5v/W/+//5//p/xoA8P/s/wAA7v/s/wAAFADf/+v/1//d/9j/2/+8/xYA+f/r/zcAwv+h/2n/i/+j/9//uv8NAOn/6P/o/+j/AADU/9f/4v8AAO3/+v8AABYAAADx/yQA2P/i/9b/2//b/+X/5v/s/+3/7P/y/wAA7/8UAOz/AAAAAAAAAAAAAAAAAAAAANz/u/+x/9X/3v/H/7n/AADg/+z/7P/4/wAAFQDs/+3/7P/w//T/AAAAABQA7f/s/+z/7P/s/+z/7f8UAOz/7P/w/+z/7P/v/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/g/+z/7P8ZAAAAAAAAAAAAAADn/wAAAADq/+z/6//q/wgA6v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA+/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQDV/9r/1//k/9b/AADo/wAAAAAAAAAAAAAAAAAAAADY/7v/n/+x/8//BwDh/wAA+P8AAAAAAAAAAPD/9P8SAOD/t//q/+r/6//j/97/HgAoAN7/0//W/8r/3f/P/+H/8f8eAAAA+v8AAPX/7f/2/+f/2//m/+r/6//d/xwA5v8AAAAAAAAAAAAAAAAAAAAAHADa/9H/3P/G/7j/8//q/1MAuf/D/47/mP+i/9b/xv/p/+z/7P8UAPL/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANr/IgDd/+f/7P/q/9n/6v8AAAAAAAAAAAAAAAAAAAAA6P/F/7n/v/+3/7r/DAAAAOz/7f/u/+z/7f/w/xQA7v/g/93/3//o/+j/4f8fAOL/AADy//j/FAD2/+v/7f/s/+z/FADu/+//7//t/+z/7f/p/+v/6//r/+n/6f8WAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADI/x0AAADp/97/3v/f/9f/AAATAAAAAAAAAO7/+P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/w/93/3f/s/9P/HAAAAL3/6f/u/7P/z/8AANn/2f/s/9j/IQDp/+z/4f/Y/+X/6f/o/+H/5f/q/xkA6P/c/+v/6f/o/+v/6P8eAOf/7P/0/+z/7P/w//P/FADs/wAAAAAAAAAAAAAAAAAAAADu/+v/7//3//b/+P8WAPD/7P/t/wAA+P/y/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADq/9//7f/s/+//7f8aAPb/9P8AAAAAAAAAAAAADwAAACYA3f/d/97/4f/Z/9v/3P/o/zIA5v/K/8b/xv/o/8T/5v/X/+r/1v/h/yEA1P/W/wAA7v/u/wAAAADz/+//FADs/+v/7P/r/+z/7P8UAOv/8v/n/9//6f/r/+v/EQDs/xsA4v/p/+T/4v/o/9r/5v8AAAAAAAAAAAAAAAAAAAAA7P8KAOP/6//p/+z/2P8UAOz/7P8UAO7/7//s/+z/7P/s/wAA7f/2/wAA+/8UAPn/CQDJ/7L/t/+r/8D/HAC5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+X/6v/r/+j/DwAGANv/1v/n/7D/yf/Q/xgA+f/W/+j/9P/k/+j/6v8VAOv/3f/q/xMA4//Z/9//AADq/93/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+7/7v/s/xQA1/8WAOT/3v/g/9f/6//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+n/7//o/+r/7P8UAOv/AAAAAAAAAAAAAAAAAAAAAOj/3f/4/wAAAADf/+H/JgAAAM7/GwDk/97/1f/O/xIA6P/d//j/AAAAAN//4f8mAAAAAAAAAAAAAAAAAAAAAADb/9z/6v/b/+z/7P/y/xQA6f/r/+v/6//p/+n/FgDp/8v/9f/A/9n/yv/W/yIA1P/q/9D/+v/q/+T/tf8gAPb/9P8UAO7/2f/p/+L/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//s/8b/4//g/97/yf/q/wAAAAAAAAAAAAAAAAAAAAAAAPL/6f/s/+r/zv/k/xIAFADu//T/+P/4/+7/7P/t/wAAAAAAAAAAAAAAAAAAAAANAND/1v/M/8H/8//R//v/+P8kAPr/9f/u//b/3f/h/8f/DQDP/+n/6P+9/wAACgDf/9v/FADe/9r/5P/3/+z/AAAAAAAAAAAAAAAAAAAAACgA7P/s/+3/8P/L/+v/7f8AAAAAAAAAAAAAAAAAAAAA6P8AAO//4f8AAAAA7v8oAAAA+v8AAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALn/wP8lAO3/0f/0/9n/5P/o/8v/1//U/9T/IADL/+r/BQDq/9X/2v/k/xMA3//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/z/+j/6v/T/xUA5f/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAPX/7f8AABQA9v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/yf/W/wUA3v/h/xIA3P8AAAAAAAAAAAAAAAAAAAAA4v/G/9n/7//f//v/FwDo/+z/FgDs/+z/7P/r/+b/7P8VAL//vf/o/+T/o/8FAMz/AAASANf/2//e/9r/4v/d/w0Awv/r/9v/0f+//xcAAAAAAAAAAAAAAAAAAAAAAAAAGQDG/8f/0//G/8v/AAC7/wAA5//a/9v/6P/f/wAA6/8AAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/e/+b/3v/m/8n/KgDh/+3/7f/t//H/9v/u/xQA7f/s/wAA7P8UAO3/7P/s/+z/FQDs/+v/6//t/+z/6v/s/+z/7f/t/+z/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/AADs/zIA4//l//H/+f/Y/9D/5P8AAPj/AAAAAAAAAADq/x0A7P/s/+z/7P/v/xQA7P/u/wAAAAAAAAAAAAAAAAAAAADb/+n/2//s//P/0v/r/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/9n/4f/d/+D/IwDb/+z/4//r/xYA6//p/+T/4P/k/wAAAAAAAAAAAAAAAAAAAADO/7z/6f/w/8H/LQDK/9v/6v/h/8n/1v/b//X/CwC7/9//1v/x/8b/yP8AAAAA3v/G/9X/2//m/9D/1f8XAOr/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7v/S/8X/1//B/8r/0/8rAOn/CwD4/+//8//t/9v/+v/f/wAAAAAAAAAAAAAAAAAAAADx/+3/FADs/+z/7P/s/+3/6f8aAOz/5P/r/+b/2//q/9j/FADs/9v/7v8AAO7/6/8IAMj/5P/q/+r/AADY/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/+3/7P/t/+z/7P8UACYA7P/r//n/AADw/9j/9P/Y/+//7P/s/+3/7P8kAO3/AAAAAAAAAAAAAAAAAAAAANv/1//b/9f/6v/r/ykA6//2//n/7f/y/wAA6f8ZAAAAAAAAAAAAAAAAAAAAAAAAADEAAAD4/+z/AAAAAN7/AAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAOn/1/8rANz/6v/W/9P/4/+8/6z/TQCt/63/y/+n/8//y//P/0UA0v+//6//x//C/+z/7/8VAOz/7f/q/+n/7P8AAAAAAAAAAAAAAAAAAAAA8v/U/6z/+P+X/9D/zP/O/+z/7P/s/+3/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/2P/s/+3/AADs/+v/EwAUAOz/AAD5/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAANb/AADR/8z/0//U/wAA1f/f/xkA3f/j/9n/6//n/+n/5f/q/+v/4P/o/+H/HADj/8r/8f/b/+f/2//5/+T/CwDg/73/z//l/93/zf8pAMH/4//5/93/rv/B/+f/wv8UAOz/9//z/wAAAAAUAPP/+f/r/xUA7P/s/+3/6f/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADR/9z/2P/c/9v/1//q/zkAAADB/9z/x//b/+H/8/8HAO3/7P/s//T/9v8UAOz/7P/u/+z/7f/5//n/FADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/FAAAAAAAAAAAAO//AADs//D/AAAAAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOr/6f/r/9z/5f/w/+v/FgDO//P/AADa/+L/w/8XAM7/IQDp/+f/5//u/9b/3P/H/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/Z/xQA7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/8n/AADT/9L/DgDA//n/7P/0/+r/6//l/+r/FADs/+3/yf/Q/+3/y//t/97/DgDk/+//u/+4/7n/HADN/7n/7P/s/+z/7f/u/+z/FADv/8T/5v/Z/9T/zv/O/zMA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//P/7P/t/+//6f8AABYAFADv/+z/7P/u/+z/7P/t/+z/7P/s/+z/7f8UAOv/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/t/+z/FADs//b/AAAAAAAA8P8AAAAAFAAAAAAAAAAAAAAAAAAAAAAA6/8UAOr/6//y/+b/7P/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKb/rP/P/+X/FgDo/6n/9P/Z/8j/4//q/+7/2P8IAPL/6v/j/+r/FAAAAOr/5//c/+v/7v/w/+3/8P8VAOv/7/8AAAAAAAAAAAAAAAAAAAAA2P/i/+X/5f/q/+b/JQDr/+P/HQDj/+//7P/z/+T/6P8HAOX/6v/o/9L/+P/5//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/9b/3v/i/9n/z//R/zEAAAAAAAAAAAAAAAAAAAAAAAAAFQDn/9f/3v/b/9j/2P8UALj/6P/d/8//xf/D/wAA4f8oANj/2v/i/+v/5f/x/+H/KADY/9r/4v/r/+X/8f8AAO//+v/s/wAAAAATAPf/AAAAAAAAAAAAAAAAAAAAAOz/FQDr/+v/5f/k/+v/6P/V/8v/1f/F/+H/8/8fAMn/7P/s/xQA7v/v/+z/7P/s/xkA6P/i/+n/6v/m/+X/5//p/9j/7P/Z/9n/BgDk/wAA6//D/+H/xv/a/9n/CQAUAAAAAAAAAAAAAAAAAAAAAADa/+v/5//q/9b/3f8AAAoAAAAAAAAAAAAAAAAAAAAAANL/6//i/9n/AADZ/xUA2P/s/9n/7P8oAAAA2P/Y/9r/2/8pANj/1v/X/9z/1//Z/xYA7P/z//n/7v/s/+r/+v/s/+3/7P/s/+7/7v/s/xQAAADi/7P/IQB1/9b/9P+w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAOz/7f/s/+z/6/8UAOz/7P/q/xkA6v/r/+r/7P/j/+r/AAAAAAAAAAAAAAAAAAAAAPb/AAAAAAAA8P8AAAAAFAAAANn/3//j/+f/1//P/wAAFADv/+7/8f/v//D/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQDe/+n/6v/m/9j/2f/s/xQA7v/Z/+r/7v8AAOr/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/t/+z/9v/s/+z/FADo/9r/EwDt//L/6v/r//v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxAMv/xv/J/8H/AAC6/9L/FADs/wAA+f/t/+z/7P8AAOf/vf/N//H/xf8AAPn/qv8AAAAAAAAAAAAAAAAAAAAA7f/s/+7/FAAAAO3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAB0A+v8AAAAA8f/h/wAA3/+1/+D/CQDq/9z/KADl/wAAAAAAAAAAAAAAAAAAAAAUAKv/4P/A/7X/+P/r//b/5v/A/93/yv/i//j/0/8ZAPf/AAC1//H/EwDQ/8v/xf+5//r/y//I/8n/+f8AAM3/AAAAAAAAAAAAAAAAAAAAABcA5f/q/+L/7v/s/9n/7P8AAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAA3P8AAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7v/s/+z/FAA='
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