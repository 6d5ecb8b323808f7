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
    features: "b:0 0\nb:0 a\nb:0 a07\nb:0 a1082be0\nb:0 a1b2c3d4e5f\nb:0 a3e1d2\nb:0 a62\nb:0 a7aef8b1\nb:0 ac6\nb:0 actionable\nb:0 actions\nb:0 actual\nb:0 ad613ffba\nb:0 after\nb:0 all\nb:0 alpha1\nb:0 alpine\nb:0 alpine3\nb:0 als\nb:0 and\nb:0 android\nb:0 app\nb:0 appcompat\nb:0 arguments\nb:0 arm64\nb:0 as\nb:0 assert\nb:0 assertion\nb:0 assertions\nb:0 assigned\nb:0 assignment\nb:0 at\nb:0 attempt\nb:0 available\nb:0 await\nb:0 b\nb:0 b1f0ba2\nb:0 b3a\nb:0 b4c\nb:0 b5c67\nb:0 b7\nb:0 b7c1d6e3f\nb:0 bad\nb:0 bash\nb:0 bd\nb:0 be95da1\nb:0 between\nb:0 bin\nb:0 binutils\nb:0 bladiebla\nb:0 blank\nb:0 branch\nb:0 branchpoint\nb:0 broken\nb:0 buffer\nb:0 bug\nb:0 build\nb:0 build1\nb:0 building\nb:0 builds\nb:0 built\nb:0 but\nb:0 by\nb:0 bytes\nb:0 c\nb:0 c0114\nb:0 c1d2e3\nb:0 c1e\nb:0 c55\nb:0 c5d\nb:0 c6eae8d7\nb:0 c9a1\nb:0 cabal\nb:0 cache\nb:0 call\nb:0 cannot\nb:0 cart\nb:0 catch\nb:0 cc\nb:0 cgen\nb:0 chan\nb:0 characters\nb:0 chart\nb:0 check\nb:0 checks\nb:0 ci\nb:0 class\nb:0 clean\nb:0 cleanup_file_variables\nb:0 client\nb:0 code\nb:0 codex\nb:0 col\nb:0 columns\nb:0 comment\nb:0 compile\nb:0 compiler\nb:0 compiling\nb:0 confidence\nb:0 connect\nb:0 connection\nb:0 console\nb:0 container\nb:0 contract\nb:0 core\nb:0 could\nb:0 cp314\nb:0 critical\nb:0 cs\nb:0 csys\nb:0 cusr\nb:0 d\nb:0 d0f5f1b7a60\nb:0 d1c2f4a\nb:0 d1f\nb:0 d2c1e0f\nb:0 d2f6c0b\nb:0 d4ba2\nb:0 date\nb:0 db\nb:0 dbe9cd2fc\nb:0 deb12u1\nb:0 debian\nb:0 debugger\nb:0 decimal\nb:0 declarations\nb:0 def\nb:0 default\nb:0 dependencies\nb:0 deprecation\nb:0 descriptors\nb:0 dev\nb:0 diag\nb:0 docker\nb:0 doesn\nb:0 don\nb:0 done\nb:0 double\nb:0 during\nb:0 e\nb:0 e04\nb:0 e0401\nb:0 e1101\nb:0 e225\nb:0 e231\nb:0 e251\nb:0 e2a1c0b\nb:0 e401\nb:0 e8f\nb:0 eadcdc7d\nb:0 echo\nb:0 efde290b\nb:0 efe31b98f2\nb:0 eff\nb:0 entering\nb:0 error\nb:0 errored\nb:0 errors\nb:0 examples\nb:0 execute\nb:0 executed\nb:0 executing\nb:0 exit\nb:0 expect\nb:0 expected\nb:0 expected2\nb:0 export\nb:0 extra\nb:0 extracting\nb:0 f\nb:0 f1d2c3b\nb:0 f20251215\nb:0 f20260105\nb:0 f20260413\nb:0 f242abd9c8e\nb:0 f401\nb:0 f403\nb:0 f53616\nb:0 f909ac5\nb:0 failed\nb:0 failing\nb:0 failure\nb:0 failures\nb:0 fb\nb:0 features\nb:0 fetch\nb:0 fi\nb:0 field\nb:0 file\nb:0 files\nb:0 filtered\nb:0 find_package\nb:0 finished\nb:0 fixable\nb:0 flash\nb:0 fn\nb:0 for\nb:0 format\nb:0 from\nb:0 func\nb:0 function\nb:0 g\nb:0 gcc\nb:0 gcr\nb:0 gdb\nb:0 generated\nb:0 get\nb:0 get_sources\nb:0 getaddrinfo\nb:0 gi\nb:0 git\nb:0 glob\nb:0 go\nb:0 got\nb:0 gradle\nb:0 gz\nb:0 h\nb:0 h0m0s\nb:0 h0s9kvb6g2sinako7ub77ku\nb:0 has\nb:0 hash\nb:0 hass\nb:0 head\nb:0 high\nb:0 home\nb:0 homeassistant\nb:0 html\nb:0 http\nb:0 https\nb:0 i\nb:0 i128\nb:0 if\nb:0 ignored\nb:0 images\nb:0 import\nb:0 importlib\nb:0 imports\nb:0 in\nb:0 incompatible\nb:0 index\nb:0 info\nb:0 install\nb:0 installing\nb:0 insufficient\nb:0 int\nb:0 into\nb:0 invalid\nb:0 invoke\nb:0 is\nb:0 issues\nb:0 ist\nb:0 it\nb:0 item\nb:0 items\nb:0 j30\nb:0 jar\nb:0 jasmine__\nb:0 job\nb:0 k\nb:0 ki\nb:0 killed\nb:0 kind\nb:0 known\nb:0 l\nb:0 last\nb:0 lat1\nb:0 lat2\nb:0 length\nb:0 let\nb:0 level\nb:0 levels\nb:0 lib\nb:0 library\nb:0 license\nb:0 line\nb:0 lines\nb:0 linking\nb:0 lint\nb:0 linux\nb:0 list\nb:0 log\nb:0 lost\nb:0 low\nb:0 m\nb:0 m0s\nb:0 m104\nb:0 m21\nb:0 m237\nb:0 m309\nb:0 m47\nb:0 m49\nb:0 m62\nb:0 m64\nb:0 m67\nb:0 m7\nb:0 m78\nb:0 m84\nb:0 m88\nb:0 make\nb:0 manuell\nb:0 matching\nb:0 measured\nb:0 mecho\nb:0 medium\nb:0 memory\nb:0 merge\nb:0 merror\nb:0 message\nb:0 mfi\nb:0 mhelp\nb:0 mi\nb:0 mif\nb:0 milliseconds\nb:0 min\nb:0 minutes\nb:0 missing\nb:0 mnote\nb:0 mnpm\nb:0 mnt\nb:0 mod\nb:0 moderate\nb:0 module\nb:0 modules\nb:0 mother\nb:0 ms\nb:0 mshared\nb:0 multiple\nb:0 mvalue\nb:0 name\nb:0 nanopb\nb:0 negligible\nb:0 net462\nb:0 net6\nb:0 net7\nb:0 net8\nb:0 newlib\nb:0 newline\nb:0 no\nb:0 nodes\nb:0 none\nb:0 normal\nb:0 not\nb:0 note\nb:0 npm\nb:0 o\nb:0 o0\nb:0 oder\nb:0 of\nb:0 offenses\nb:0 ok\nb:0 operation\nb:0 or\nb:0 origin\nb:0 outer\nb:0 p\nb:0 p1\nb:0 package\nb:0 packages\nb:0 paket\nb:0 parse\nb:0 passed\nb:0 passing\nb:0 pelago\nb:0 pending\nb:0 phase\nb:0 pip\nb:0 pkg\nb:0 please\nb:0 plop\nb:0 pluggy\nb:0 pom\nb:0 post0\nb:0 pre\nb:0 prepare\nb:0 prepare_executor\nb:0 previous\nb:0 print\nb:0 problems\nb:0 process\nb:0 projects\nb:0 pub\nb:0 pull\nb:0 pwsh\nb:0 py2\nb:0 py3\nb:0 pytest\nb:0 python\nb:0 quickstart\nb:0 r\nb:0 r0\nb:0 r2\nb:0 ran\nb:0 rc1\nb:0 rc2\nb:0 rc3\nb:0 read\nb:0 recieve\nb:0 refers\nb:0 refs\nb:0 registry\nb:0 rejects\nb:0 release\nb:0 releases\nb:0 repack\nb:0 requires\nb:0 resolving\nb:0 resource\nb:0 resources\nb:0 retries\nb:0 retry\nb:0 return\nb:0 revive\nb:0 ring\nb:0 roundtrip\nb:0 rule\nb:0 rules\nb:0 run\nb:0 runner01\nb:0 running\nb:0 runs\nb:0 s\nb:0 saas\nb:0 scenarios\nb:0 sec\nb:0 second\nb:0 seconds\nb:0 security\nb:0 self\nb:0 service\nb:0 set\nb:0 severity\nb:0 sh\nb:0 sha256\nb:0 shellcheck\nb:0 should\nb:0 sid\nb:0 simple\nb:0 site\nb:0 skipped\nb:0 slim\nb:0 slugger\nb:0 snapshot\nb:0 some\nb:0 soroban_sdk\nb:0 source\nb:0 spond\nb:0 src\nb:0 state\nb:0 status\nb:0 stdout\nb:0 step_script\nb:0 steps\nb:0 structure\nb:0 style\nb:0 stylelint\nb:0 succeeded\nb:0 sum\nb:0 sys\nb:0 t\nb:0 t00\nb:0 t03\nb:0 t06\nb:0 t08\nb:0 t09\nb:0 t10\nb:0 t10_00_00_000\nb:0 t12\nb:0 t14\nb:0 t15\nb:0 t16\nb:0 t17\nb:0 t18\nb:0 t20\nb:0 t21\nb:0 target\nb:0 task\nb:0 temperatures\nb:0 test\nb:0 testing\nb:0 tests\nb:0 tgz\nb:0 than\nb:0 the\nb:0 then\nb:0 this\nb:0 threads\nb:0 throw\nb:0 timed\nb:0 timeout\nb:0 title\nb:0 tmp\nb:0 to\nb:0 too\nb:0 toolchain\nb:0 total\nb:0 trailing\nb:0 true\nb:0 type\nb:0 u\nb:0 ubuntu\nb:0 ubuntu0\nb:0 ubuntu1_amd64\nb:0 unauthorized\nb:0 undeclared\nb:0 undefined\nb:0 unexpected\nb:0 units\nb:0 unknown\nb:0 unordered\nb:0 unresolved\nb:0 unter\nb:0 unused\nb:0 urllib\nb:0 use\nb:0 userguide\nb:0 v\nb:0 v0\nb:0 v1\nb:0 var\nb:0 variable\nb:0 variante\nb:0 version\nb:0 vulnerabilities\nb:0 vulnerability\nb:0 w\nb:0 wallclock\nb:0 warning\nb:0 warnings\nb:0 was\nb:0 webpack\nb:0 weighted\nb:0 which\nb:0 wildcard\nb:0 will\nb:0 windows\nb:0 with\nb:0 working\nb:0 wrong\nb:0 wstat\nb:0 x\nb:0 x0\nb:0 x000001\nb:0 x64\nb:0 x8000_0000\nb:0 x86_64\nb:0 xc\nb:0 xc000130340\nb:0 xc00021c000\nb:0 xcodebuild\nb:0 xfailed\nb:0 you\nb:0 z\nb:0 zephyr\nb:0 zig\nb:0 zzpmw\nb:a 0\nb:a b\nb:a bash\nb:a blank\nb:a branch\nb:a build\nb:a c\nb:a command\nb:a compatible\nb:a complete\nb:a d\nb:a default\nb:a denial\nb:a directory\nb:a e\nb:a f\nb:a failure\nb:a feeds\nb:a few\nb:a file\nb:a free\nb:a full\nb:a g\nb:a gradle\nb:a hard\nb:a healthy\nb:a i\nb:a in\nb:a invoices\nb:a is\nb:a key\nb:a known\nb:a l\nb:a list\nb:a m\nb:a manually\nb:a mavi\nb:a missing\nb:a multiline\nb:a must_use\nb:a n\nb:a new\nb:a newer\nb:a newline\nb:a notifier\nb:a p\nb:a package\nb:a pathutil\nb:a problem\nb:a project\nb:a promise\nb:a proxy\nb:a r\nb:a recognized\nb:a reference\nb:a reg\nb:a release\nb:a repository\nb:a required\nb:a return\nb:a s\nb:a safe\nb:a shutdown\nb:a slice\nb:a stalled\nb:a sync\nb:a t\nb:a temp\nb:a test\nb:a tunnel\nb:a type\nb:a u\nb:a userland\nb:a v\nb:a valid\nb:a value\nb:a version\nb:a w\nb:a warning\nb:a while\nb:a01e7751d80c config\nb:a07 0\nb:a1b2c3d4e5f sh\nb:a4006 this\nb:a_ m\nb:aaa api\nb:aaa go\nb:aarch64 apple\nb:aashish thapa\nb:ab0x go\nb:ab284314 0\nb:abi3 manylinux_2_34_x86_64\nb:ability for\nb:able to\nb:about a\nb:about the\nb:about this\nb:above file\nb:abs hs\nb:abuild rpmbuild\nb:ac6 0\nb:access can\nb:access https\nb:access issue\nb:access services\nb:accum rs\nb:acks threshold\nb:acme 0\nb:acme deploy\nb:acme healthy\nb:acme inventory\nb:acme reports\nb:acme slugs\nb:acme toolbox\nb:acme users\nb:acme webshop\nb:act_container_manager py\nb:act_linter py\nb:action actionlint\nb:action cogni\nb:action download\nb:action executor\nb:action fail\nb:action guilouro\nb:action https\nb:action output\nb:action package\nb:action repository\nb:action step\nb:action tarball\nb:action use\nb:action v2\nb:action v3\nb:action v4\nb:action_actionlint 0\nb:actionlint https\nb:actionlint v1\nb:actions 0\nb:actions are\nb:actions cache\nb:actions checkout\nb:actions codecov\nb:actions codespell\nb:actions runner\nb:actions runs\nb:actions setup\nb:actions task\nb:actions upload\nb:activity kt\nb:actual 0\nb:actual behavior\nb:add allow\nb:add an\nb:add it\nb:add origin\nb:add safe\nb:add the\nb:add url\nb:added 0\nb:added go\nb:added to\nb:adding 0\nb:adding repository\nb:addition works\nb:additional logging\nb:address 0\nb:address all\nb:address range\nb:addresses should\nb:ade2 ce061790ffbc\nb:admin py\nb:admin rs\nb:admin web\nb:advice by\nb:advice detached\nb:advisories 0\nb:advisories g\nb:advisories search\nb:advisory affecting\nb:advisory c\nb:advisory db\nb:advisory shellcheck\nb:aes gcm\nb:affecting 0\nb:affecting installed\nb:after 0\nb:after catch\nb:after changing\nb:after opening\nb:after running\nb:agent 0\nb:agent action\nb:agent azure\nb:agent builder\nb:agent builds\nb:agent cache\nb:agent environment\nb:agent has\nb:agent hooks\nb:agent hosted\nb:agent machine\nb:agent md\nb:agent name\nb:agent process\nb:agent running\nb:agent version\nb:agent_1 container\nb:agents a\nb:agents cogni\nb:ai agent\nb:ai architect\nb:ai code\nb:ai config\nb:ai devops\nb:ai elite\nb:ai plan\nb:ai reviewer\nb:ai security\nb:aiogithubapi 0\nb:aiohasupervisor 0\nb:aiohttp 0\nb:aiooui 0\nb:aiosignal 0\nb:ajoberstar grgit\nb:aka ms\nb:alarm func1\nb:alerts notifier\nb:alias configuration\nb:aliases clean\nb:all 0\nb:all artifacts\nb:all build\nb:all check\nb:all configured\nb:all dependencies\nb:all error\nb:all extensions\nb:all false\nb:all files\nb:all issues\nb:all matched\nb:all non\nb:all none\nb:all of\nb:all required\nb:all scripts\nb:all targets\nb:all test\nb:all tests\nb:all to\nb:all warnings\nb:allocation failed\nb:allow all\nb:allow clippy\nb:allow directory\nb:allow file\nb:allow flag\nb:allow git\nb:allow m\nb:allow prereleases\nb:allow remote\nb:allow scripts\nb:allowed 0\nb:allowed time\nb:allows for\nb:alongside the\nb:alphabetical case\nb:alpine v3\nb:alpine3 0\nb:alpinelinux org\nb:already exists\nb:already the\nb:als also\nb:also home\nb:alternative instead\nb:always auth\nb:always false\nb:ambroisie test\nb:amd64 components\nb:amd64 runners\nb:ammount and\nb:amount of\nb:ampere ampere\nb:ampere tests\nb:amphp http\nb:an argument\nb:an assembly\nb:an error\nb:an exception\nb:an existing\nb:an explicit\nb:an item\nb:an iterator\nb:an underscore\nb:an unexpected\nb:an update\nb:anaconda org\nb:and 0\nb:and a\nb:and actual\nb:and audited\nb:and cache\nb:and commit\nb:and contributors\nb:and d\nb:and declarations\nb:and deleting\nb:and determine\nb:and file\nb:and firewall\nb:and handle\nb:and hooks\nb:and installed\nb:and instead\nb:and is\nb:and legacy\nb:and may\nb:and or\nb:and package\nb:and platform\nb:and possible\nb:and retrun\nb:and root\nb:and run\nb:and s\nb:and should\nb:and sub\nb:and test\nb:and that\nb:and the\nb:and value\nb:and word\nb:and writing\nb:and you\nb:andi i\nb:android 0\nb:android app\nb:android gradle\nb:android kt\nb:android log\nb:android main\nb:android sdk\nb:android support\nb:android test\nb:android tools\nb:android unit\nb:annotated types\nb:annotation for\nb:annotation no\nb:annotation unchecked\nb:annotations should\nb:anonymous file\nb:anonymous test\nb:ansible galaxy\nb:ansible role\nb:answer action\nb:any branches\nb:any changes\nb:any commits\nb:any expected\nb:any from\nb:any no\nb:any none\nb:any of\nb:any return\nb:any variable\nb:any whl\nb:ap fedbox\nb:apache 0\nb:apache maven\nb:apache org\nb:api aaa\nb:api api\nb:api client\nb:api deploy\nb:api gateway\nb:api geo\nb:api git\nb:api gradle\nb:api internal\nb:api proto\nb:api tasks\nb:api test\nb:api users\nb:apis proto\nb:apk add\nb:app 0\nb:app beringin\nb:app build\nb:app compile\nb:app css\nb:app data\nb:app export\nb:app git\nb:app help\nb:app kt\nb:app ktlint\nb:app lint\nb:app login\nb:app notes\nb:app prototypes\nb:app py\nb:app run\nb:app src\nb:app ts\nb:appcompat v7\nb:appears to\nb:apple darwin\nb:application ex\nb:application spec\nb:applies a\nb:apply 0\nb:apply coupon\nb:approx c\nb:apps py\nb:apr 0\nb:apt get\nb:archinstall archinstall\nb:archinstall lib\nb:architect agent\nb:architecture x64\nb:archive false\nb:archive ubuntu\nb:are allowed\nb:are available\nb:are behind\nb:are deprecated\nb:are enabled\nb:are for\nb:are identical\nb:are in\nb:are incorrectly\nb:are looking\nb:are main\nb:are missing\nb:are no\nb:are not\nb:are relying\nb:are running\nb:are sixty\nb:are test\nb:are the\nb:are trimmed\nb:are trying\nb:are understood\nb:are you\nb:area tests\nb:arg type\nb:args cmake\nb:argument 0\nb:argument error\nb:argument named\nb:arguments but\nb:arguments no\nb:arguments were\nb:ark ff\nb:arm64 0\nb:arm64 main\nb:arm64 readme\nb:around keyword\nb:around make\nb:around operator\nb:around spurious\nb:array 0\nb:array v0\nb:arrays are\nb:artifact junit\nb:artifact v4\nb:artifacts clone\nb:artifacts for\nb:as a\nb:as aborted\nb:as detached\nb:as error\nb:as errors\nb:as expected\nb:as explicit\nb:as gateway_addresses\nb:as it\nb:as m\nb:as root\nb:as the\nb:as they\nb:as type\nb:as u32\nb:as u64\nb:as u8\nb:as vsts\nb:as well\nb:assembling a\nb:assembly reference\nb:assert 0\nb:assert a\nb:assert checking\nb:assert decimal\nb:assert equal\nb:assert php\nb:assert true\nb:asserting that\nb:assertion error\nb:assertion failed\nb:assertion left\nb:assertions 0\nb:assertions pass\nb:assets assets\nb:assets familjen\nb:assignable to\nb:assigned a\nb:assigned to\nb:assignment expression\nb:assignment to\nb:assignment type\nb:assistant bluetooth\nb:associated with\nb:astral sh\nb:astrogilda tsbootstrap\nb:async 0\nb:async scope\nb:async test\nb:async tests\nb:async_hooks 0\nb:at 0\nb:at android\nb:at async\nb:at builds\nb:at c\nb:at call\nb:at clojure\nb:at end\nb:at error\nb:at file\nb:at fulfilled\nb:at generator\nb:at home\nb:at http\nb:at https\nb:at java\nb:at line\nb:at module\nb:at n\nb:at new\nb:at object\nb:at on\nb:at org\nb:at packages\nb:at parser\nb:at process\nb:at run\nb:at rustc\nb:at socket\nb:at src\nb:at sun\nb:at test\nb:at the\nb:at trace\nb:at users\nb:at usr\nb:at uv\nb:attempt 0\nb:attempt i\nb:attempting to\nb:attribute 0\nb:attribute access\nb:attribute of\nb:attrs 0\nb:audit audit\nb:audit due\nb:audit fix\nb:audit for\nb:audit level\nb:audit reports\nb:audited 0\nb:auditor bundle\nb:auth false\nb:auth go\nb:auth helper\nb:auth supabase\nb:author microsoft\nb:auto 0\nb:auto corrected\nb:auto provisioning\nb:auto update\nb:automatic dependency\nb:automatic garbage\nb:available 0\nb:available at\nb:available checksums\nb:available for\nb:available v0\nb:avg c\nb:avoid a\nb:avoid using\nb:awaiting headers\nb:awesomeness has\nb:awk allow\nb:aws 0\nb:aws s3\nb:aws sdk\nb:az1190 0\nb:azure archive\nb:azure devops\nb:azure pipelines\nb:azure region\nb:b 0\nb:b a\nb:b b\nb:b b28\nb:b build\nb:b c\nb:b d55\nb:b done\nb:b e\nb:b err\nb:b f\nb:b go\nb:b gzip\nb:b i\nb:b l\nb:b main\nb:b o\nb:b r\nb:b s\nb:b u\nb:b want\nb:b y\nb:b1a9 travis\nb:b1f0ba2 0\nb:b28 a\nb:b3073 the\nb:b3a 0\nb:b4c 0\nb:b7 0\nb:b8ej_ z\nb:b_ a\nb:b_ e\nb:b_ o\nb:b_ p\nb:b_ r\nb:b_ t\nb:b_ w\nb:babel parser\nb:back to\nb:backend api\nb:backend ci\nb:backend svc\nb:backoff 0\nb:backticks 0\nb:bad duration\nb:bad licenses\nb:badge badge\nb:bandit readthedocs\nb:base 0\nb:base base\nb:base container\nb:base h\nb:base64 v0\nb:based variables\nb:baseline from\nb:baseline json\nb:bash 0\nb:bash e\nb:bash eo\nb:bash exited\nb:bash home\nb:bash noprofile\nb:bash script\nb:bash true\nb:bash wait_for_db\nb:basic t\nb:basic validator\nb:bazel 0\nb:bb code\nb:bc run\nb:bd 0\nb:be 0\nb:be a\nb:be auto\nb:be because\nb:be built\nb:be converted\nb:be empty\nb:be enabled\nb:be equal\nb:be expected\nb:be expressed\nb:be faster\nb:be found\nb:be left\nb:be lower\nb:be lower_snake_case\nb:be made\nb:be met\nb:be of\nb:be on\nb:be one\nb:be packed\nb:be reformatted\nb:be removed\nb:be renamed\nb:be replaced\nb:be resolved\nb:be reused\nb:be run\nb:be src\nb:be strictly\nb:be suffixed\nb:be trouble\nb:be true\nb:be truthy\nb:be unexported\nb:be unsafe\nb:be updated\nb:be used\nb:be within\nb:be95da1 0\nb:because flutter_api_samples\nb:because it\nb:because locked\nb:because no\nb:because of\nb:because pnpm\nb:because the\nb:become dashes\nb:been created\nb:been deprecated\nb:been fixed\nb:been moved\nb:been received\nb:been terminated\nb:been written\nb:beepboop app\nb:before 0\nb:before closing\nb:before continuing\nb:before declaration\nb:before it\nb:before making\nb:before operand\nb:before the\nb:before token\nb:begin with\nb:behind a\nb:being treated\nb:belanyi fr\nb:below zero\nb:bergmann and\nb:beringin app\nb:berui kotlin\nb:bfd 0\nb:big decimal\nb:bigdata bigdata\nb:bigint v0\nb:bigquery ibis\nb:bigquery ibis_bigquery\nb:bigquery tests\nb:billing billing\nb:billing git\nb:billing invoice\nb:billing rb\nb:bin activate\nb:bin bash\nb:bin c\nb:bin cc\nb:bin debug\nb:bin docker\nb:bin dsafio\nb:bin g\nb:bin git\nb:bin go\nb:bin links\nb:bin ninja\nb:bin node\nb:bin pip\nb:bin python\nb:bin python3\nb:bin release\nb:bin sh\nb:bin tar\nb:bind home\nb:bind p\nb:bintray com\nb:binutils 0\nb:binutils csl\nb:bitwise warnings\nb:bk ci\nb:black check\nb:blacklist consider\nb:bladiebla tar\nb:blank line\nb:blob macos\nb:blob ubuntu24\nb:blob win22\nb:block 0\nb:block block\nb:block no\nb:block public\nb:blockchain client\nb:blocks its\nb:bluetooth 0\nb:bodies of\nb:body expression\nb:body should\nb:bookmarks bookmark\nb:bootstrap gcd_import\nb:bootstrap line\nb:boto3 0\nb:br l\nb:branch can\nb:branch cygwin\nb:branch linting\nb:branch m\nb:branch main\nb:branch master\nb:branch name\nb:branch refactor\nb:branch refs\nb:branch to\nb:branch unlabeled\nb:branch zephyr\nb:branches by\nb:breadcrumbs ubuntu\nb:brianbancroft programming\nb:bridgecrewio checkov\nb:british spelling\nb:browser doesn\nb:browser updates\nb:bs sec\nb:bucket bucket\nb:bucket go\nb:buf push\nb:buf u8\nb:build 0\nb:build action\nb:build agent\nb:build and\nb:build as\nb:build assets\nb:build base\nb:build build\nb:build c\nb:build cache\nb:build check\nb:build codec_test\nb:build command\nb:build container\nb:build context\nb:build ctest\nb:build d\nb:build date\nb:build default\nb:build definition\nb:build dependencies\nb:build dev\nb:build did\nb:build dir\nb:build directory\nb:build distribution\nb:build dronelink\nb:build duration\nb:build environment\nb:build example\nb:build exceeded\nb:build execution\nb:build exited\nb:build failed\nb:build failure\nb:build g\nb:build gradle\nb:build has\nb:build itself\nb:build libs\nb:build log\nb:build making\nb:build model\nb:build o\nb:build offline\nb:build ok\nb:build operation\nb:build output\nb:build prod\nb:build property\nb:build queued\nb:build reference\nb:build release\nb:build reports\nb:build result\nb:build run\nb:build scope\nb:build scripts\nb:build src\nb:build stackage\nb:build step\nb:build stg\nb:build stopped\nb:build summary\nb:build system\nb:build t\nb:build test\nb:build timed\nb:build tree\nb:build type\nb:build u\nb:build ubuntu\nb:build variables\nb:build watchos\nb:build wheel\nb:build wheels\nb:build work\nb:build_dir tmp\nb:builddir meson\nb:builder 0\nb:builder w10\nb:builders html\nb:builders src\nb:building c\nb:building orders\nb:building site\nb:building wheel\nb:building with\nb:buildkite agent\nb:buildprocess execution\nb:builds acme\nb:builds ci\nb:builds jobsys\nb:builds platform\nb:builds private\nb:builds shopco\nb:builds timekit\nb:builds will\nb:buildtree default\nb:bun install\nb:bundle command\nb:bundle exec\nb:bundle install\nb:bundle js\nb:bundler audit\nb:bundlers node_modules\nb:busted test\nb:but 0\nb:but are\nb:but does\nb:but found\nb:but got\nb:but it\nb:but locked\nb:but lockfile\nb:but never\nb:but not\nb:but the\nb:but they\nb:but unused\nb:but was\nb:but yarn\nb:by 0\nb:by a\nb:by adding\nb:by an\nb:by calling\nb:by d\nb:by default\nb:by github\nb:by org\nb:by package\nb:by peer\nb:by running\nb:by s\nb:by sebastian\nb:by setting\nb:by severity\nb:by summing\nb:by switching\nb:by the\nb:by this\nb:by time\nb:by using\nb:bypass the\nb:byte as\nb:bytes 0\nb:bytes received\nb:c 0\nb:c a\nb:c approx\nb:c b\nb:c builddir\nb:c c\nb:c c0\nb:c compile\nb:c compiler\nb:c d\nb:c date\nb:c e\nb:c f\nb:c g\nb:c gcc\nb:c h\nb:c home\nb:c i\nb:c in\nb:c is_alphanumeric\nb:c k\nb:c l\nb:c linker\nb:c m\nb:c make\nb:c new\nb:c no\nb:c npm\nb:c o\nb:c object\nb:c opt\nb:c p\nb:c program\nb:c python\nb:c r\nb:c s\nb:c s0103\nb:c skipped\nb:c src\nb:c t\nb:c test\nb:c text\nb:c to\nb:c u\nb:c users\nb:c usr\nb:c v\nb:c w\nb:c with\nb:c x\nb:c y\nb:c0 0\nb:c0114 missing\nb:c12 g\nb:c1d2e3 update\nb:c1e 0\nb:c2065 ne12\nb:c2065 ne13\nb:c2065 ne2\nb:c2086 double\nb:c2086 info\nb:c2_ c\nb:c55 b1a9\nb:c5d 0\nb:c9a1 travis\nb:c_to_f c\nb:cab 0\nb:cabal 0\nb:cabal cabal\nb:cabal hs\nb:cabal install\nb:cabal lenses\nb:cache 0\nb:cache bazel\nb:cache dir\nb:cache disabled\nb:cache failed\nb:cache go\nb:cache hee\nb:cache hit\nb:cache is\nb:cache key\nb:cache linux\nb:cache logs\nb:cache maven\nb:cache miss\nb:cache not\nb:cache npm\nb:cache opt\nb:cache overwrite\nb:cache paths\nb:cache pip\nb:cache provider\nb:cache restored\nb:cache service\nb:cache size\nb:cache targets\nb:cache true\nb:cache tzst\nb:cache v2\nb:cache v4\nb:cached dependency\nb:cachedir pytest_cache\nb:cachekey echo\nb:caches 0\nb:caches jars\nb:caches kotlin\nb:caches modules\nb:caching generated\nb:caching gradle\nb:caching instrumented\nb:caddy api\nb:caddy caddy\nb:caddy latest\nb:call failed\nb:call last\nb:call to\nb:callback until\nb:called if\nb:calls 0\nb:calls runtime\nb:can be\nb:can cause\nb:can discard\nb:can fix\nb:can happen\nb:can look\nb:can only\nb:can t\nb:can use\nb:canceled while\nb:cancelled 0\nb:cancelling nested\nb:cannot access\nb:cannot be\nb:cannot connect\nb:cannot destructure\nb:cannot find\nb:cannot install\nb:cannot proceed\nb:cannot read\nb:cannot remove\nb:cannot update\nb:cannot use\nb:capability is\nb:capsules r\nb:captioner py\nb:cardreader cs\nb:cargo bin\nb:cargo build\nb:cargo chef\nb:cargo clippy\nb:cargo deny\nb:cargo fmt\nb:cargo output\nb:cargo registry\nb:cargo sparse\nb:cargo test\nb:cargo toml\nb:cart applies\nb:cart cart\nb:cart feature\nb:cart fixed\nb:cart git\nb:cart js\nb:cart percent\nb:cart test\nb:cart ts\nb:cart_spec rb\nb:cart_steps py\nb:case files\nb:case insensitive\nb:case php\nb:cassandra build\nb:casting u64\nb:casts from\nb:catch err\nb:categories metadata\nb:cause this\nb:caused by\nb:cc debian\nb:cc gcc\nb:cc ld\nb:cc o2\nb:cc skipped\nb:cc1 all\nb:cd example\nb:cd exit\nb:cd server\nb:cd var\nb:cdn alpinelinux\nb:ce061790ffbc config\nb:cell 0\nb:central https\nb:cf cache\nb:cfg conf\nb:cfg dotfiles\nb:cgen snapshot\nb:chain_generics chain_generics\nb:chan receive\nb:change this\nb:change to\nb:changed but\nb:changed significantly\nb:changed source\nb:changes and\nb:changes but\nb:changes from\nb:changes in\nb:changes with\nb:changing into\nb:channel updates\nb:characters 0\nb:characters line\nb:characters workspaces\nb:chart lock\nb:chart repo\nb:chart repository\nb:chart s\nb:chart yaml\nb:chat android\nb:chat chat\nb:check 0\nb:check diff\nb:check fails\nb:check files\nb:check for\nb:check formatted\nb:check https\nb:check latest\nb:check license\nb:check locked\nb:check network\nb:check o\nb:check output\nb:check over\nb:check s\nb:check setup\nb:check skipped\nb:check src\nb:check styled\nb:check the\nb:check untyped\nb:check_s390x_test go\nb:checked 0\nb:checked consider\nb:checked errcheck\nb:checking ark\nb:checking cached\nb:checking dep\nb:checking dependencies\nb:checking formatting\nb:checking job\nb:checking out\nb:checkout code\nb:checkout cone\nb:checkout deploy\nb:checkout disable\nb:checkout f\nb:checkout info\nb:checkout ledger\nb:checkout s\nb:checkout site\nb:checkout v4\nb:checkov action\nb:checkstyle plugin\nb:checksum is\nb:checksums are\nb:checksums crc\nb:checksums previously\nb:child process\nb:cholerae test\nb:chosen instead\nb:christophe documents\nb:chrome headless\nb:chunks dep\nb:chunks test\nb:ci 0\nb:ci agent\nb:ci can\nb:ci dockerfile\nb:ci for\nb:ci sardonyx\nb:ci service\nb:ci src\nb:ci test\nb:ci worker\nb:circle c\nb:circleci project\nb:cirrus ci\nb:cjs loader\nb:clang tidy\nb:class 0\nb:class php\nb:class test\nb:classnames 0\nb:clean build\nb:clean error\nb:clean ffxdq\nb:clean install\nb:clean isntall\nb:clean keygen\nb:clean true\nb:cleaning up\nb:cleanup sh\nb:cleanup_file_variables cleaning\nb:cli cmds\nb:cli pr\nb:cli py\nb:cli show\nb:cli tclsp\nb:cliargs_spec lua\nb:click 0\nb:client api\nb:client component\nb:client escrow_id\nb:client get_settled_at\nb:client git\nb:client init\nb:client kotlin\nb:client py\nb:client retry\nb:client server\nb:client src\nb:client sync\nb:client test\nb:client test_retry\nb:client timeout\nb:client ts\nb:clippy is\nb:clippy llvm\nb:clippy master\nb:clippy needless\nb:clippy needless_return\nb:clippy nursery\nb:clippy pedantic\nb:clippy rust\nb:clj 0\nb:clojure lang\nb:clone depth\nb:clone src\nb:clone v\nb:clone v1\nb:cloning into\nb:close the\nb:closed during\nb:closing parenthesis\nb:cloud endpoints\nb:cmake 0\nb:cmake build\nb:cmake s\nb:cmd compile\nb:cmd mark\nb:cmd shims\nb:cmds go\nb:cocoa pods\nb:code 0\nb:code does\nb:code e\nb:code e503\nb:code elliot\nb:code exit\nb:code failure\nb:code foundation\nb:code loomy\nb:code paisa\nb:code reviewer\nb:code title\nb:code unknown\nb:code_ title\nb:codebuild output\nb:codecov create\nb:codegen cpp\nb:codehaus mojo\nb:coder odder\nb:codespell 0\nb:codespell project\nb:codespell v2\nb:cogni a\nb:cogni ai\nb:col 0\nb:collect2 error\nb:collected 0\nb:collected packages\nb:collecting collected\nb:collecting py\nb:collecting pytest\nb:collecting tests\nb:collection 0\nb:collection import\nb:colors in\nb:colr property\nb:column 0\nb:columns 0\nb:com 0\nb:com acme\nb:com actions\nb:com advisories\nb:com andi\nb:com android\nb:com apis\nb:com azure\nb:com backend\nb:com cogni\nb:com data\nb:com default\nb:com docs\nb:com embedded\nb:com ethereum\nb:com example\nb:com extraheader\nb:com finance\nb:com fintech\nb:com foo\nb:com fwlink\nb:com github\nb:com go\nb:com google\nb:com gravito\nb:com http\nb:com ic3bur\nb:com im\nb:com infra\nb:com instead\nb:com inverse\nb:com keymanapp\nb:com ledgerly\nb:com levrik\nb:com liquifact\nb:com lowagie\nb:com maps\nb:com mavi\nb:com metrics\nb:com netkit\nb:com netops\nb:com oldcode\nb:com ops\nb:com pixels\nb:com platform\nb:com pre\nb:com rails\nb:com retry\nb:com runner\nb:com rust\nb:com rusty\nb:com shopco\nb:com shopfront\nb:com syndtr\nb:com textkit\nb:com timekit\nb:com travis\nb:com trusty\nb:com usnistgov\nb:com zephyrproject\nb:com zerox80\nb:come from\nb:comma before\nb:comma separated\nb:command 0\nb:command c\nb:command command\nb:command did\nb:command example\nb:command exited\nb:command failed\nb:command git\nb:command home\nb:command in\nb:command line\nb:command not\nb:command npm\nb:command opt\nb:command output\nb:command test\nb:command to\nb:command type\nb:command usr\nb:command v\nb:command_dispatcher py\nb:command_line_interface html\nb:command_line_warnings in\nb:command_runner py\nb:command_spec lua\nb:commas inside\nb:comment or\nb:comment paragraph\nb:comment unused\nb:commit 0\nb:commit date\nb:commit hash\nb:commit hooks\nb:commit message\nb:commit pre\nb:commit s\nb:commit them\nb:commits you\nb:common main\nb:common ui\nb:common v0\nb:common v25\nb:commonly chosen\nb:comms notify\nb:communication with\nb:compared using\nb:compared values\nb:comparison failure\nb:comparison to\nb:compatible set\nb:compatible versions\nb:compilation error\nb:compilation failed\nb:compilation of\nb:compile classpath\nb:compile debug\nb:compile default\nb:compile error\nb:compile features\nb:compile internal\nb:compile java\nb:compile kotlin\nb:compile orders\nb:compile release\nb:compile sdk\nb:compile swift\nb:compile tally\nb:compiled waiting\nb:compiled with\nb:compiler a\nb:compiler error\nb:compiler for\nb:compiler identification\nb:compiler plugin\nb:compiler usr\nb:compiling 0\nb:compiling ark\nb:compiling base64\nb:compiling c\nb:compiling crate\nb:compiling distribution\nb:compiling dyn\nb:compiling futures\nb:compiling hashbrown\nb:compiling itertools\nb:compiling libc\nb:compiling num\nb:compiling rand_core\nb:compiling serde_json\nb:compiling soroban\nb:compiling stackage\nb:compiling stellar\nb:compiling stg\nb:compiling thiserror\nb:complete job\nb:complete log\nb:complete successfully\nb:completed in\nb:completed process\nb:completed with\nb:component 0\nb:component browser\nb:component clippy\nb:component html\nb:component llvm\nb:component rustfmt\nb:component s\nb:component_test ts\nb:components 0\nb:components common\nb:components mavi\nb:components rustfmt\nb:components small\nb:composer json\nb:composer plugin\nb:composer update\nb:compress program\nb:compression level\nb:compute agent\nb:compute cache\nb:computed to\nb:concurrent inc\nb:conda anaconda\nb:conda forge\nb:cone mode\nb:config 0\nb:config as\nb:config changes\nb:config cmake\nb:config config\nb:config dactyl\nb:config deploy\nb:config file\nb:config files\nb:config git\nb:config global\nb:config isn\nb:config js\nb:config json\nb:config local\nb:config modules\nb:config nim\nb:config remote\nb:config rules\nb:config set\nb:config trim_trailing_whitespace\nb:config variable\nb:config zephyr\nb:configr configr\nb:configuration classpath\nb:configuration common\nb:configuration file\nb:configure project\nb:configure the\nb:configured workspaces\nb:configuring done\nb:configuring root\nb:conflicts passed\nb:confluence display\nb:congratulations your\nb:connect 0\nb:connect connection\nb:connect e\nb:connect to\nb:connection anything\nb:connection client\nb:connection failed\nb:connection for\nb:connection pool\nb:connection refused\nb:connection reset\nb:connection retrying\nb:connection timed\nb:connection to\nb:connection was\nb:connectivity and\nb:connects to\nb:consider possible\nb:consider removing\nb:consider using\nb:console error\nb:console log\nb:console statement\nb:const instead\nb:const label\nb:construct rustup\nb:consumer http\nb:contain a\nb:contain package\nb:container 0\nb:container build\nb:container for\nb:container fragment\nb:container_test_runner py\nb:contains a\nb:content differs\nb:content hash\nb:content security\nb:content type\nb:contents home\nb:contents of\nb:contents read\nb:context 0\nb:context anonymous\nb:context deadline\nb:context home\nb:context no\nb:context null\nb:context of\nb:continue allow\nb:continue due\nb:contracts escrow\nb:contracts liquifact\nb:contracts target\nb:controller lambda\nb:controller schedule\nb:converted to\nb:copy c\nb:copy feature\nb:copyright information\nb:copyright u\nb:core 0\nb:core app\nb:core csproj\nb:core jar\nb:core kt\nb:core ops\nb:core panicking\nb:core services\nb:core src\nb:core ssh\nb:core_test clj\nb:corp example\nb:corpus tools\nb:correct tokens\nb:correctness no\nb:costing 0\nb:could have\nb:could n\nb:could not\nb:couldn t\nb:count 0\nb:count of\nb:counter counter\nb:counter counter_test\nb:counter test\nb:counter_test go\nb:counts i\nb:counts iter\nb:coupon 0\nb:coupon never\nb:coverage 0\nb:coverage badge\nb:coverage none\nb:covered class\nb:cp314 cp314\nb:cp314 manylinux2014_x86_64\nb:cpp 0\nb:cpp ggml\nb:cpp o\nb:cpu 0\nb:cpu family\nb:cpu x86_64\nb:cpufeatures v0\nb:cr 0\nb:cr me\nb:crate git\nb:crates corp\nb:crates false\nb:crates io\nb:crc builddir\nb:crc crc\nb:create a\nb:create cachekey\nb:create commit\nb:create meeting\nb:create seed\nb:create symlinks\nb:create you\nb:created at\nb:created branch\nb:created by\nb:created fresh\nb:creates a\nb:creating and\nb:creating settings\nb:creating toolchains\nb:credentials 0\nb:credentials ab284314\nb:credentials config\nb:credentials specified\nb:credentials true\nb:creme brulee\nb:critical 0\nb:cronjs parser\nb:cross os\nb:cross site\nb:crossbeam epoch\nb:crypto aes\nb:crypto bigint\nb:crypto common\nb:crypto pbkdf2\nb:crypto pure\nb:crypto_sign falcon\nb:cryptography 0\nb:cryptography xml\nb:crystal awesomeness\nb:cs 0\nb:csl sourcerygxx\nb:cspell json\nb:csproj 0\nb:csproj error\nb:csproj in\nb:css line\nb:css lint\nb:cstuff hashmap\nb:csv export\nb:csys 0\nb:ctest changing\nb:ctest test\nb:curl 0\nb:curl f\nb:curl fs\nb:curl ls\nb:curl sf\nb:current agent\nb:current context\nb:current image\nb:current node\nb:current npm\nb:current runner\nb:current scope\nb:curve25519 dalek\nb:cusr 0\nb:custom british\nb:custom component\nb:custom_components zurichsee_ha\nb:cwiki apache\nb:cygwin 0\nb:cytopia yamllint\nb:d 0\nb:d a\nb:d b\nb:d build\nb:d c\nb:d clippy\nb:d d\nb:d dactyl_left\nb:d ds\nb:d e\nb:d e_\nb:d f\nb:d failed\nb:d failure\nb:d h\nb:d i\nb:d in\nb:d is\nb:d k\nb:d key\nb:d l\nb:d l3008\nb:d l3013\nb:d m\nb:d math\nb:d n\nb:d o\nb:d r\nb:d ref\nb:d ring\nb:d s_6b1e4f7ab1ec\nb:d see\nb:d state\nb:d t\nb:d tests\nb:d timed\nb:d true\nb:d u\nb:d v\nb:d variable\nb:d warnings\nb:d will\nb:d x\nb:d z\nb:d013 line\nb:d101 missing\nb:d1c2f4a before\nb:d1f 0\nb:d2c1e0f 0\nb:d4ba2 0\nb:d_ a\nb:d_ b\nb:d_ e\nb:d_ t\nb:dactyl zmk\nb:dactyl_left d\nb:daemon at\nb:daemon get\nb:daemon j\nb:daemon running\nb:daemon server\nb:daemon subsequent\nb:dalek v4\nb:dangerously allow\nb:darling_macro v0\nb:dart 0\nb:dart md\nb:dart pub\nb:dart_web3 dart_web3\nb:dashboard dashboard\nb:data bk\nb:data etl\nb:data from\nb:data local\nb:data main\nb:data models\nb:data prefs\nb:data roaming\nb:database 0\nb:database failed\nb:datasert cronjs\nb:date 0\nb:date expected\nb:date s\nb:date with\nb:dates dates\nb:dateutil 0\nb:david projects\nb:days test\nb:db 0\nb:db git\nb:db orders\nb:dbe9cd2fc config\nb:dbkit integration\nb:deadline exceeded\nb:deb unable\nb:deb12u1 0\nb:debian 0\nb:debian bookworm\nb:debian sha256\nb:debug 0\nb:debug deps\nb:debug java\nb:debug kotlin\nb:debug log\nb:debug logging\nb:debug net8\nb:debug option\nb:debug source\nb:debug target\nb:debug unit\nb:debugger debugger\nb:debugger statement\nb:debuginfo target\nb:decimal 0\nb:declaration declaration\nb:declaration empty\nb:declaration to\nb:declarations and\nb:declarations move\nb:declarations with\nb:declarative checkout\nb:declared to\nb:decorator makes\nb:deep equal\nb:deep foundation\nb:deep wiki\nb:deeplinks 0\nb:def file\nb:def run\nb:default and\nb:default branch\nb:default build\nb:default cli\nb:default compile\nb:default instance\nb:default l\nb:default on\nb:default plan\nb:default resources\nb:default skill\nb:default stable\nb:default test\nb:default the\nb:default toolchain\nb:default units\nb:default uri\nb:default x\nb:defined but\nb:defined for\nb:defined here\nb:defining which\nb:definition from\nb:defs annotation\nb:delay 0\nb:delete 0\nb:deleted consumer\nb:deleting file\nb:deleting folder\nb:deleting the\nb:demospring rest\nb:denial of\nb:deny 0\nb:deny action\nb:deny toml\nb:deny_test rego\nb:dep 0\nb:dep ependen\nb:department_app admin\nb:department_app apps\nb:dependencies 0\nb:dependencies could\nb:dependencies couldn\nb:dependencies file\nb:dependencies for\nb:dependencies from\nb:dependencies in\nb:dependencies metadata\nb:dependencies n\nb:dependencies so\nb:dependencies that\nb:dependencies to\nb:dependencies were\nb:dependencies will\nb:dependency conflicts\nb:dependency is\nb:dependency lock\nb:dependency of\nb:dependency records\nb:dependency resolution\nb:dependency resolver\nb:dependency ssh\nb:dependency tree\nb:dependency types\nb:dependency verification\nb:depends on\nb:deploy api\nb:deploy config\nb:deploy git\nb:deploy scripts\nb:deploy sh\nb:deploy web\nb:deploy yaml\nb:deployment mode\nb:deprecated because\nb:deprecated deprecated\nb:deprecated glob\nb:deprecated gradle\nb:deprecated humanwhocodes\nb:deprecated in\nb:deprecated licenses\nb:deprecated minimatch\nb:deprecated npmcli\nb:deprecated please\nb:deprecated raise\nb:deprecated use\nb:deprecation to\nb:deprecation warning\nb:deprecation warnings\nb:deps foreground\nb:deps is\nb:depth 0\nb:depth set\nb:der v0\nb:dereferenced by\nb:derive v0\nb:derliebemarcus zurichsee_ha\nb:description elite\nb:description get\nb:description metadata\nb:description run\nb:descriptors action_actionlint\nb:design assets\nb:desktop lando\nb:desktop test\nb:destructure property\nb:detached h\nb:detached head\nb:detailed explanations\nb:details feature\nb:details home\nb:details https\nb:details see\nb:detect undefined\nb:detected for\nb:detected in\nb:detected invalid\nb:detecting c\nb:detector test\nb:detectors android\nb:determine if\nb:determining the\nb:dev null\nb:dev optional\nb:dev profile\nb:dev rnp\nb:dev server\nb:dev templates\nb:dev txt\nb:dev vuln\nb:development the\nb:device home\nb:devops pipelines\nb:dht dht\nb:dhtl_commands py\nb:dhtl_commands_standalone py\nb:dhtl_commands_workflows py\nb:dhtl_entry py\nb:dhtl_entry_windows py\nb:dhtl_github py\nb:dhtl_guardian_command py\nb:dhtl_version py\nb:diagnostics debug\nb:dial tcp\nb:dict str\nb:did n\nb:did not\nb:did you\nb:didkit didkit\nb:didkit lib\nb:diff in\nb:different than\nb:differs from\nb:digest node\nb:digest python\nb:digest rust\nb:dir all\nb:dir build\nb:dir home\nb:dir src\nb:dir var\nb:direct dependencies\nb:directly in\nb:directory all\nb:directory and\nb:directory f\nb:directory home\nb:directory is\nb:directory to\nb:directory tree\nb:directory true\nb:disable incremental\nb:disable the\nb:disabled by\nb:disabled false\nb:disabling automatic\nb:discard any\nb:discount code\nb:dispatch v1\nb:display m\nb:displays the\nb:dist build\nb:dist chunks\nb:dist codecov\nb:dist index\nb:dist node\nb:dist py\nb:dist shared\nb:dist widgets\nb:dist x86_64\nb:distribution cab\nb:distribution found\nb:distribution solver\nb:distribution temurin\nb:distributions gradle\nb:dists gradle\nb:django contrib\nb:dl cdn\nb:do echo\nb:do not\nb:do s\nb:do so\nb:doc comment\nb:doc tests\nb:docker 0\nb:docker allow\nb:docker build\nb:docker daemon\nb:docker driver\nb:docker error\nb:docker executor\nb:docker failed\nb:docker image\nb:docker io\nb:docker machine\nb:docker md\nb:dockerfile 0\nb:dockerfile home\nb:docs concepts\nb:docs faq\nb:docs for\nb:docs gitlab\nb:docs gradle\nb:docs microsoft\nb:docs quickstarts\nb:docs site\nb:docs source\nb:docs template\nb:docs welcome\nb:docstring in\nb:docstring missing\nb:documentation is\nb:documents code\nb:documents source\nb:documents visual\nb:documents workspace\nb:does not\nb:doesn t\nb:don t\nb:done g\nb:done is\nb:done your\nb:dotfiles dotfiles\nb:dotnet 0\nb:dotnet dotnet\nb:dotnet sdk\nb:dotnet10 dotnet\nb:double quote\nb:downgrade g\nb:download 0\nb:download action\nb:download all\nb:download complete\nb:download immutable\nb:download info\nb:download page\nb:downloaded ark\nb:downloaded crypto\nb:downloaded curve25519\nb:downloaded hashbrown\nb:downloaded hex\nb:downloaded num\nb:downloaded rand\nb:downloaded soroban\nb:downloaded thiserror\nb:downloaded time\nb:downloading amphp\nb:downloading component\nb:downloading cryptography\nb:downloading flutter\nb:downloading https\nb:downloading laravel\nb:downloading phpunit\nb:downloading psr\nb:downloading sebastian\nb:downloading symfony\nb:downloading task\nb:downloads example\nb:drone git\nb:drone link\nb:dronelink vcxproj\nb:drops punctuation\nb:dry run\nb:ds queue\nb:dsafio config\nb:dtolnay rust\nb:dubious test\nb:due to\nb:duplicate selector\nb:duplicate selectors\nb:duration 0\nb:duration test\nb:duration_ms 0\nb:durations durations\nb:durations test\nb:during collection\nb:during stage\nb:during the\nb:dyn clone\nb:e 0\nb:e a\nb:e assertion\nb:e bin\nb:e build\nb:e c\nb:e c2_\nb:e cannot\nb:e check\nb:e command\nb:e could\nb:e current\nb:e d\nb:e d_\nb:e e\nb:e f\nb:e failed\nb:e false\nb:e file\nb:e fix\nb:e full\nb:e g\nb:e h\nb:e home\nb:e is\nb:e l\nb:e m\nb:e md\nb:e module\nb:e module_c\nb:e n\nb:e noprofile\nb:e o\nb:e opt\nb:e p\nb:e p0040\nb:e package\nb:e q\nb:e r\nb:e r_\nb:e release\nb:e required\nb:e s\nb:e s_\nb:e switch\nb:e t\nb:e unable\nb:e unsupported\nb:e users\nb:e v\nb:e w\nb:e where\nb:e work\nb:e workflow_dispatch\nb:e x\nb:e y\nb:e0061 this\nb:e0277 a\nb:e0308 mismatched\nb:e04 0\nb:e0401 unable\nb:e0425 cannot\nb:e0599 no\nb:e1101 instance\nb:e225 missing\nb:e231 missing\nb:e251 unexpected\nb:e2a1c0b 0\nb:e2e git\nb:e2e web\nb:e3 py\nb:e401 multiple\nb:e8f 0\nb:e_ a\nb:e_ b\nb:e_ d\nb:e_ j\nb:e_ n\nb:e_ o\nb:e_ p\nb:e_ r\nb:e_ v\nb:e_ w\nb:e_path cc\nb:each npm\nb:echo build\nb:echo c\nb:echo cachekey\nb:echo d\nb:echo h\nb:echo n\nb:echo toolchain\nb:edeandrea xjc\nb:edge proxy\nb:edit deny\nb:edit true\nb:editor config\nb:eebxo6ax project\nb:efe31b98f2 found\nb:eff a01e7751d80c\nb:egeria open\nb:either package\nb:elapsed time\nb:elements of\nb:elite agent\nb:elite autonomous\nb:elite cogni\nb:elliot 0\nb:elm 0\nb:else if\nb:email test\nb:embark studios\nb:embedded ringbuf\nb:embedded units\nb:emit node\nb:emitted while\nb:empty block\nb:empty git\nb:empty input\nb:empty line\nb:empty space\nb:empty subject\nb:en latest\nb:enable cargo\nb:enable colors\nb:enable cross\nb:enable full\nb:enable running\nb:enabled for\nb:encoding u\nb:encoding v2\nb:end column\nb:end line\nb:end of\nb:end with\nb:endpoints proto\nb:enforce required\nb:engine render\nb:engineers root\nb:ensure done\nb:ensure it\nb:entering directory\nb:entering test\nb:entirely and\nb:entities js\nb:entities lib\nb:entries plus\nb:entries pointing\nb:entry for\nb:entrypoint file\nb:entrypoint sh\nb:env 0\nb:env a\nb:env common\nb:env g\nb:env target\nb:environment 0\nb:environment considered\nb:environment default\nb:environment details\nb:environment for\nb:environment hook\nb:environment true\nb:environment variables\nb:environment will\nb:eo pipefail\nb:eq 0\nb:equal 0\nb:equal bar\nb:equal failed\nb:equal to\nb:equality of\nb:equivalent v1\nb:erb 0\nb:erl 0\nb:err http\nb:err is\nb:err message\nb:err typecheck\nb:errno 0\nb:errno e\nb:error 0\nb:error a\nb:error accordingly\nb:error aliases\nb:error allow\nb:error and\nb:error argument\nb:error assert\nb:error at\nb:error attempt\nb:error audit\nb:error bad\nb:error bin\nb:error c\nb:error c2065\nb:error cache\nb:error call\nb:error can\nb:error cannot\nb:error clean\nb:error code\nb:error comma\nb:error command\nb:error could\nb:error dangerously\nb:error dependency\nb:error deployment\nb:error dry\nb:error during\nb:error e\nb:error e0061\nb:error e0277\nb:error e0308\nb:error e0425\nb:error e0599\nb:error empty\nb:error enable\nb:error encountered\nb:error errno\nb:error error\nb:error expect\nb:error expected\nb:error failed\nb:error false\nb:error fetch\nb:error file\nb:error foreground\nb:error function\nb:error fund\nb:error funding\nb:error global\nb:error got\nb:error h\nb:error home\nb:error if\nb:error ignore\nb:error in\nb:error include\nb:error incompatible\nb:error incorrect\nb:error indicates\nb:error install\nb:error instead\nb:error invalid\nb:error is\nb:error key\nb:error killed\nb:error ld\nb:error legacy\nb:error length\nb:error lib\nb:error limits\nb:error line\nb:error lockfile\nb:error m\nb:error memory\nb:error message\nb:error missing\nb:error n\nb:error network\nb:error no\nb:error not\nb:error npm\nb:error occurred\nb:error omit\nb:error on\nb:error only\nb:error option\nb:error options\nb:error package\nb:error parsing\nb:error process\nb:error response\nb:error return\nb:error returning\nb:error run\nb:error running\nb:error s\nb:error scenario\nb:error see\nb:error semicolon\nb:error set\nb:error sets\nb:error some\nb:error src\nb:error stamp\nb:error strict\nb:error struct\nb:error symbol\nb:error t\nb:error tells\nb:error test\nb:error the\nb:error this\nb:error time\nb:error timed\nb:error timeout\nb:error try\nb:error type\nb:error u\nb:error unable\nb:error unbound\nb:error undeclared\nb:error unexpected\nb:error unit\nb:error unneeded\nb:error unsupported\nb:error untyped\nb:error unused\nb:error usage\nb:error use\nb:error util\nb:error vite\nb:error w\nb:error when\nb:error while\nb:error whitespace\nb:error workspaces\nb:error writing\nb:error your\nb:error zstd\nb:error_count 0\nb:error_count wunused\nb:error_handler is\nb:errored 0\nb:errors 0\nb:errors and\nb:errors found\nb:errors have\nb:errors in\nb:errors on\nb:errors re\nb:errors were\nb:errors while\nb:escrow error\nb:escrow src\nb:escrow_id sme\nb:escrow_id token\nb:eslint 0\nb:eslint lib\nb:eslint no\nb:eslint plugin\nb:est kt\nb:etc buildkite\nb:ethereum arrow_glacier\nb:ethereum hive\nb:ethereum sync\nb:etl etl\nb:etl py\nb:ev issue\nb:evaluate option\nb:evaluator test\nb:even 0\nb:event name\nb:events 0\nb:events events\nb:ever returns\nb:ex 0\nb:ex allow\nb:ex unit\nb:example application\nb:example cart\nb:example class\nb:example com\nb:example due\nb:example exs\nb:example github\nb:example left\nb:example lint\nb:example net\nb:example orders\nb:example org\nb:example port\nb:example reports\nb:example specs\nb:example strutil\nb:example test\nb:example tests\nb:example tinyhttp\nb:examples 0\nb:exceeded 0\nb:exceeded for\nb:exceeded its\nb:exceeded max\nb:exceeded memory\nb:exceeded the\nb:exceeded timeout\nb:exceeded while\nb:exception connection\nb:exception could\nb:exception execution\nb:exception in\nb:exception no\nb:exclude tests\nb:exe submodule\nb:exe version\nb:exec portal\nb:exec stack\nb:execute actions\nb:execute default\nb:execute goal\nb:execute mojo\nb:execute process\nb:execute untyped\nb:executer execute\nb:executer java\nb:executing step_script\nb:execution default\nb:execution exception\nb:execution execute\nb:execution failed\nb:execution plan\nb:execution time\nb:execution timed\nb:execution took\nb:executor execute\nb:executor executor\nb:executor java\nb:executor with\nb:executor worker\nb:exhaustion in\nb:exist and\nb:exist https\nb:exist with\nb:existing false\nb:existing install\nb:existing resource\nb:exit 0\nb:exit code\nb:exit or\nb:exit status\nb:exited 0\nb:exited with\nb:exp do\nb:expect actual\nb:expect apply\nb:expect received\nb:expect settled_at\nb:expectation error\nb:expected 0\nb:expected a\nb:expected actual\nb:expected after\nb:expected and\nb:expected argument\nb:expected before\nb:expected behavior\nb:expected but\nb:expected cocktail\nb:expected equality\nb:expected error\nb:expected false\nb:expected foo\nb:expected here\nb:expected i\nb:expected list\nb:expected newline\nb:expected null\nb:expected object\nb:expected objects\nb:expected strings\nb:expected to\nb:expected trim\nb:expected true\nb:expected type\nb:expected u32\nb:expected values\nb:explain e0425\nb:explicit any\nb:explicit force\nb:explicit in\nb:explicitly allowed\nb:explicitly forbidden\nb:explicitly required\nb:export buttons\nb:export const\nb:export function\nb:export to\nb:export utils\nb:exported exported\nb:exported method\nb:exported type\nb:exporting layers\nb:exporting to\nb:express typescript\nb:expressed infallibly\nb:expression creates\nb:expression has\nb:expression should\nb:extensions 0\nb:extensions worktree\nb:external packages\nb:extra argument\nb:extra node_modules\nb:extra semicolon\nb:extra_cmake_args d\nb:extracting archive\nb:extracting sha256\nb:extraheader a\nb:f 0\nb:f a\nb:f c\nb:f d\nb:f e\nb:f f\nb:f home\nb:f i\nb:f l\nb:f o\nb:f p\nb:f parameters\nb:f r\nb:f takes\nb:f u\nb:f1d2c3b as\nb:f20251215 0\nb:f20260105 0\nb:f20260413 0\nb:f401 os\nb:f401 sys\nb:f403 from\nb:f53616 js\nb:f841 local\nb:f909ac5 via\nb:f_to_c c_to_f\nb:fail 0\nb:fail net9\nb:fail on\nb:fail package\nb:failed 0\nb:failed asserting\nb:failed at\nb:failed but\nb:failed cache\nb:failed check\nb:failed connection\nb:failed dependencies\nb:failed due\nb:failed during\nb:failed e\nb:failed err\nb:failed error\nb:failed example\nb:failed execution\nb:failed exit\nb:failed expected\nb:failed failed\nb:failed for\nb:failed from\nb:failed invalid_\nb:failed java\nb:failed m\nb:failed name\nb:failed network\nb:failed out\nb:failed output\nb:failed reason\nb:failed retrying\nb:failed security\nb:failed simple\nb:failed system\nb:failed task\nb:failed test\nb:failed tests\nb:failed the\nb:failed to\nb:failed with\nb:failed_e2e node_modules\nb:failing tests\nb:failing to\nb:failing x\nb:fails on\nb:fails with\nb:failure 0\nb:failure actual\nb:failure at\nb:failure busted\nb:failure com\nb:failure error\nb:failure exception\nb:failure in\nb:failure prepare\nb:failure spec\nb:failure threshold\nb:failure to\nb:failure type\nb:failures 0\nb:falcon 0\nb:false to\nb:false true\nb:familjen grotesk\nb:family x86_64\nb:fastlane action\nb:fatal error\nb:fatal errors\nb:fatal unable\nb:fb ade2\nb:feature 0\nb:features cart\nb:features command_spec\nb:features done\nb:features seeds\nb:features steps\nb:features were\nb:feed go\nb:feeds feeds\nb:fetch deleted\nb:fetch dependencies\nb:fetch depth\nb:fetch failed\nb:fetch fetch\nb:fetch js\nb:fetch py\nb:fetch retries\nb:fetch retry\nb:fetch specs\nb:fetch tags\nb:fetch test\nb:fetch v\nb:fetcher fetcher\nb:fetcher test\nb:fetching changes\nb:fetching need\nb:fetching the\nb:few minutes\nb:ff v0\nb:field browser\nb:field name\nb:file 0\nb:file all\nb:file based\nb:file builds\nb:file c\nb:file content\nb:file could\nb:file details\nb:file does\nb:file extension\nb:file f\nb:file failed\nb:file file\nb:file from\nb:file frozen\nb:file go\nb:file home\nb:file in\nb:file is\nb:file must\nb:file on\nb:file opt\nb:file or\nb:file pattern\nb:file permissions\nb:file protocol\nb:file provided\nb:file run\nb:file src\nb:file test\nb:file this\nb:file to\nb:file users\nb:file usr\nb:file would\nb:files 0\nb:files are\nb:files c\nb:files checked\nb:files copy\nb:files false\nb:files file\nb:files found\nb:files from\nb:files git\nb:files have\nb:files ignore\nb:files imgproc\nb:files inspected\nb:files passed\nb:files power\nb:files ringbuf\nb:files tests\nb:files to\nb:files took\nb:files use\nb:files were\nb:files with\nb:filter 0\nb:filter form\nb:filtered out\nb:final post\nb:finalize job\nb:finance billing\nb:finance ledger\nb:finance money\nb:find a\nb:find com\nb:find element\nb:find expected\nb:find gem\nb:find io\nb:find links\nb:find module\nb:find package\nb:find symbol\nb:find value\nb:find variable\nb:find version\nb:find z\nb:finish before\nb:finish within\nb:finished at\nb:finished checking\nb:finished dev\nb:finished f\nb:finished in\nb:finished name\nb:finished s\nb:finished test\nb:finished with\nb:finishing build\nb:finishing checkout\nb:finishing finalize\nb:finishing initialize\nb:finishing job\nb:fintech billing\nb:firewall settings\nb:firmware fw\nb:first doc\nb:first in\nb:first out\nb:first person\nb:first used\nb:first_upper s\nb:fits several\nb:fix lib\nb:fix option\nb:fix the\nb:fix this\nb:fix whitespace\nb:fixable with\nb:fixed coupon\nb:fixed in\nb:fixed value\nb:fixing doc\nb:fixtures_spec lua\nb:flag exiting\nb:flag is\nb:flag required\nb:flavor module\nb:flotilla backend\nb:flotilla flotilla\nb:flow id\nb:flush true\nb:flutter 0\nb:flutter packages\nb:flutter pub\nb:flutter release\nb:flutter s\nb:flutter_api_samples requires\nb:fmpy 0\nb:fmt 0\nb:fmt all\nb:fmt build\nb:fmt check\nb:fn 0\nb:fn first_upper\nb:fn init\nb:fn is_empty_list\nb:fn once\nb:fn read_capsule\nb:fnv hash\nb:following actions\nb:following articles\nb:following build\nb:following command\nb:following content\nb:following dependencies\nb:following error\nb:following files\nb:following options\nb:following source\nb:following vulnerability\nb:fonts unifont\nb:foo example\nb:foo json\nb:foo to\nb:foobar 0\nb:for 0\nb:for a\nb:for action\nb:for addresses\nb:for async\nb:for build\nb:for changes\nb:for configuration\nb:for connection\nb:for defining\nb:for details\nb:for docker\nb:for function\nb:for funding\nb:for further\nb:for gems\nb:for git\nb:for help\nb:for https\nb:for input\nb:for installation\nb:for installing\nb:for j\nb:for jobs\nb:for known\nb:for licensed\nb:for liquidhaskell\nb:for module\nb:for more\nb:for node\nb:for npm\nb:for object\nb:for one\nb:for other\nb:for package\nb:for path\nb:for postgres\nb:for production\nb:for project\nb:for projects\nb:for python\nb:for rust\nb:for setup\nb:for stable\nb:for struct\nb:for swift\nb:for system\nb:for t\nb:for task\nb:for that\nb:for the\nb:for ubuntu\nb:for url\nb:for var\nb:for vulnerabilities\nb:for working\nb:for your\nb:force evaluate\nb:foreground scripts\nb:foreign title\nb:forge linux\nb:form tsx\nb:form vue\nb:format 0\nb:format args\nb:format check\nb:format failed\nb:format github\nb:format h\nb:format string\nb:format violations\nb:formatter github\nb:formatter is\nb:formatter would\nb:formatting delete\nb:formatting output\nb:found 0\nb:found a\nb:found at\nb:found b\nb:found before\nb:found but\nb:found composer\nb:found error\nb:found errors\nb:found fatal\nb:found for\nb:found github\nb:found ignoring\nb:found in\nb:found packages\nb:found python3\nb:found return\nb:found warn\nb:foundation csproj\nb:foundation deeplinks\nb:foundation npm\nb:foundation open\nb:fr ambroisie\nb:fragment kt\nb:framework assert\nb:framework assertion\nb:framework constraint\nb:framework quasar\nb:framework src\nb:framework test\nb:fresh repository\nb:from 0\nb:from a\nb:from agent\nb:from aiohttp\nb:from an\nb:from c\nb:from cache\nb:from commit\nb:from daemon\nb:from directories\nb:from distribution\nb:from dockerfile\nb:from file\nb:from formatting\nb:from function\nb:from git\nb:from home\nb:from homeassistant\nb:from https\nb:from instrument\nb:from key\nb:from ledger\nb:from lock\nb:from manifest\nb:from material\nb:from node\nb:from path\nb:from pip\nb:from pytest\nb:from r\nb:from src\nb:from tarball\nb:from temurin\nb:from the\nb:from to\nb:from tool\nb:from tsbootstrap\nb:from typing\nb:from u8\nb:from urls\nb:from users\nb:from verification\nb:from versions\nb:from viper\nb:from your\nb:frontend lint\nb:frontend src\nb:frozen false\nb:frozen importlib\nb:frozen installation\nb:frozen lockfile\nb:fs js\nb:fs layer\nb:fs s\nb:fsevents 0\nb:fsfe reuse\nb:fsfe tools\nb:fsutil pathutil\nb:fulfilled null\nb:full debug\nb:full insights\nb:full output\nb:full stack\nb:func returns\nb:func1 0\nb:function body\nb:function could\nb:function declared\nb:function execute\nb:function fn\nb:function is\nb:function j\nb:function spec\nb:function total\nb:function unknown\nb:function which\nb:functionality has\nb:functions are\nb:fund dry\nb:fund for\nb:funding batch\nb:further information\nb:fv az1190\nb:fw fw\nb:fwlink linkid\nb:g 0\nb:g a\nb:g c\nb:g could\nb:g d\nb:g e\nb:g glibc\nb:g h\nb:g i\nb:g job\nb:g l\nb:g md\nb:g missing\nb:g n\nb:g ninja\nb:g npm\nb:g o\nb:g o111\nb:g o_\nb:g on\nb:g p\nb:g r\nb:g s\nb:g std\nb:g u\nb:g_ c\nb:g_ m\nb:galaxy allow\nb:garbage collection\nb:gateway addresses\nb:gc auto\nb:gcc 0\nb:gcc o2\nb:gcd_import name\nb:gcm native\nb:gcr io\nb:gdb csl\nb:gem install\nb:gemfile lock\nb:gemini 0\nb:gems corp\nb:gen jooq\nb:gen lint\nb:gen proto\nb:generate debug\nb:generate job\nb:generate the\nb:generated 0\nb:generated gradle\nb:generated run\nb:generating done\nb:generating script\nb:generation com\nb:generation gradle\nb:generator has\nb:generator next\nb:generic array\nb:geo api\nb:geo dist\nb:geo tiles\nb:geo utils\nb:get 0\nb:get a\nb:get cmd\nb:get default\nb:get full\nb:get h\nb:get https\nb:get install\nb:get more\nb:get regexp\nb:get selected\nb:get sources\nb:get the\nb:get_settled_at is_none\nb:get_sources getting\nb:getaddrinfo failed\nb:getter config\nb:getting action\nb:getting git\nb:getting requirements\nb:getting source\nb:ggml c\nb:gh issue\nb:gh pr\nb:ghcr io\nb:gi b\nb:git 0\nb:git all\nb:git allow\nb:git belanyi\nb:git bin\nb:git branch\nb:git c\nb:git checkout\nb:git clean\nb:git cliff\nb:git clone\nb:git config\nb:git could\nb:git credentials\nb:git dependency\nb:git depth\nb:git diff\nb:git dir\nb:git example\nb:git exe\nb:git failed\nb:git fetch\nb:git file\nb:git github\nb:git global\nb:git https\nb:git hub\nb:git init\nb:git lab\nb:git log\nb:git path\nb:git references\nb:git refs\nb:git remote\nb:git repository\nb:git rev\nb:git revision\nb:git service\nb:git sparse\nb:git sr\nb:git submodules\nb:git switch\nb:git tfs\nb:git timeout\nb:git tool\nb:git varfish\nb:git version\nb:git worktrees\nb:gitconfig to\nb:gitdir home\nb:github aashish\nb:github actions\nb:github com\nb:github edeandrea\nb:github formatter\nb:github iml1s\nb:github pr\nb:github repo\nb:github runner_temp\nb:github skills\nb:github src\nb:github token\nb:github workflows\nb:github workspace\nb:gitlab com\nb:gitlab runner\nb:given directory\nb:gl oo8i\nb:glibc libc6\nb:glob 0\nb:glob allow\nb:glob versions\nb:global add\nb:global config\nb:global git\nb:global style\nb:global test\nb:globbing and\nb:gmake 0\nb:gmake makefile\nb:gnu unchanged\nb:gnutls_auth cpp\nb:go 0\nb:go ap\nb:go auth\nb:go before\nb:go build\nb:go caddy\nb:go dev\nb:go env\nb:go func\nb:go git\nb:go github\nb:go here\nb:go inconsistent\nb:go microsoft\nb:go mod\nb:go modules\nb:go no\nb:go pkg\nb:go protoparser\nb:go quasar\nb:go src\nb:go sum\nb:go svc\nb:go test\nb:go to\nb:go v5\nb:go version\nb:go1 0\nb:goal on\nb:goal org\nb:goes below\nb:golang 0\nb:golang org\nb:goo gl\nb:google errorprone\nb:google uuid\nb:google we\nb:goproxy corp\nb:goroutine 0\nb:got 0\nb:got an\nb:got key\nb:got other\nb:gpg could\nb:gpt 0\nb:graceful fs\nb:gradle 0\nb:gradle api\nb:gradle build\nb:gradle caches\nb:gradle daemon\nb:gradle daemons\nb:gradle documentation\nb:gradle exception\nb:gradle execution\nb:gradle features\nb:gradle gradle\nb:gradle home\nb:gradle internal\nb:gradle jars\nb:gradle launcher\nb:gradle linux\nb:gradle mac\nb:gradle notifications\nb:gradle org\nb:gradle plugin\nb:gradle properties\nb:gradle state\nb:gradle user\nb:gradle wrapper\nb:gravito framework\nb:greater than\nb:green 0\nb:greeting component_test\nb:grep allow\nb:grep v\nb:grgit 0\nb:grotesk 0\nb:group build\nb:group run\nb:groups get\nb:gui is\nb:guide rules\nb:guilouro multiple\nb:gulp tslint\nb:gyp e\nb:gz 0\nb:gzip 0\nb:h 0\nb:h a\nb:h amd64\nb:h c\nb:h cannot\nb:h e\nb:h e_\nb:h h600\nb:h head\nb:h i\nb:h o\nb:h p\nb:h r\nb:h ref\nb:h s\nb:h t\nb:h u\nb:h0m0s timeout\nb:h0s9kvb6g2sinako7ub77ku gradle\nb:h11 0\nb:h600 compilation\nb:habluetooth 0\nb:had changes\nb:hadolint action\nb:hadolint hadolint\nb:hadolint v2\nb:handbook docs\nb:handle standard\nb:handle the\nb:happen when\nb:happy path\nb:has a\nb:has alphabetical\nb:has been\nb:has correct\nb:has exceeded\nb:has incompatible\nb:has no\nb:has not\nb:has reached\nb:has received\nb:has the\nb:has type\nb:hash fast\nb:hash validation\nb:hashbrown v0\nb:hashmap hashmap\nb:haskell cabal\nb:hass nabucasa\nb:hatch test\nb:hatchling 0\nb:have 0\nb:have a\nb:have added\nb:have an\nb:have been\nb:have comment\nb:have detailed\nb:have no\nb:have printed\nb:have valid\nb:head 0\nb:head c12\nb:head to\nb:header filter\nb:header in\nb:heads main\nb:healthy 0\nb:healthy go\nb:healthy java\nb:healthy network\nb:healthy py\nb:healthy rs\nb:heap limit\nb:heap out\nb:hearing from\nb:hee corpus\nb:hello world\nb:helm lint\nb:help 0\nb:help at\nb:help change\nb:help ci\nb:help config\nb:help for\nb:help gradle\nb:help https\nb:help is\nb:help organize\nb:help remove\nb:help the\nb:help to\nb:help you\nb:helper kt\nb:helper py\nb:here are\nb:here for\nb:hex literal\nb:hhp hs\nb:hidden files\nb:hierarchy template\nb:high 0\nb:high severity\nb:high vulnerabilities\nb:higher to\nb:highlights of\nb:hint call\nb:hint development\nb:hint git\nb:hint is\nb:hint make\nb:hint names\nb:hint to\nb:hint used\nb:hint will\nb:hit for\nb:hive simulators\nb:hoisted nested\nb:hoisting package\nb:home abuild\nb:home assistant\nb:home breadcrumbs\nb:home cache\nb:home cholerae\nb:home circleci\nb:home jenkins\nb:home max\nb:home runner\nb:home select\nb:home travis\nb:home vsts\nb:homeassistant 0\nb:homeassistant custom\nb:homebrew bin\nb:hook id\nb:hooks 0\nb:hooks ensure\nb:hooks environment\nb:hooks use\nb:hooks webhooks\nb:host git\nb:host github\nb:host machine\nb:hosted agent\nb:hosted compute\nb:hostedtoolcache dart\nb:hostedtoolcache go\nb:hostedtoolcache java_\nb:hostedtoolcache julia\nb:hostedtoolcache node\nb:hostedtoolcache python\nb:hostedtoolcache ruby\nb:hostname 0\nb:hot middleware\nb:hotspot_jdk 0\nb:hours are\nb:how to\nb:hrm department_app\nb:hs 0\nb:hs dist\nb:hs stack\nb:ht mariusor\nb:html 0\nb:html builders\nb:html doc_markdown\nb:html entities\nb:html erb\nb:html must_use_candidate\nb:html needless_borrow\nb:html needless_return\nb:html sec\nb:html shell\nb:html uninlined_format_args\nb:http 0\nb:http archive\nb:http client\nb:http cwiki\nb:http go\nb:http https\nb:http localhost\nb:http request\nb:http server\nb:http_client 0\nb:httpcore 0\nb:https aka\nb:https astral\nb:https bandit\nb:https conda\nb:https dl\nb:https docs\nb:https downloads\nb:https gems\nb:https git\nb:https github\nb:https goo\nb:https goproxy\nb:https help\nb:https jcenter\nb:https kubernetes\nb:https megalinter\nb:https nodesecurity\nb:https opencode\nb:https osv\nb:https packages\nb:https pip\nb:https pkg\nb:https registry\nb:https repo\nb:https rubygems\nb:https rust\nb:https services\nb:https spdx\nb:https stylelint\nb:httpx 0\nb:hub action\nb:hub does\nb:i 0\nb:i a\nb:i add\nb:i as\nb:i b\nb:i c\nb:i d\nb:i e\nb:i f\nb:i files\nb:i g\nb:i g_\nb:i get\nb:i in\nb:i info\nb:i items\nb:i l\nb:i m\nb:i n\nb:i o\nb:i o_\nb:i on\nb:i p\nb:i phreeqc\nb:i price\nb:i r\nb:i rate\nb:i received\nb:i resolve\nb:i run\nb:i s\nb:i s_\nb:i t\nb:i t_\nb:i toolchain\nb:i try\nb:i u\nb:i unsafe\nb:i uw\nb:i x\nb:i z\nb:i_ k\nb:ibis bigquery\nb:ic install\nb:ic3bur g\nb:icons mdi\nb:id 0\nb:id github\nb:id in\nb:id prettier\nb:id trailing\nb:idea projects\nb:identical details\nb:identification is\nb:identified with\nb:identifier c\nb:identifier header\nb:identifier of\nb:idx 0\nb:ie preinstall\nb:if c\nb:if entries\nb:if gitdir\nb:if i\nb:if it\nb:if items\nb:if n\nb:if needed\nb:if no\nb:if out\nb:if returning\nb:if set\nb:if the\nb:if they\nb:if this\nb:if true\nb:if v\nb:if you\nb:if z\nb:ignore comment\nb:ignore optional\nb:ignore scripts\nb:ignored 0\nb:ignoring config\nb:im l1s\nb:image debian\nb:image docker\nb:image golang\nb:image macos\nb:image node\nb:image provisioner\nb:image python\nb:image release\nb:image ruby\nb:image rust\nb:image sha256\nb:image ubuntu\nb:image version\nb:image windows\nb:image_captioning captioner\nb:images blob\nb:images macos\nb:images releases\nb:images ubuntu\nb:images windows\nb:imaging imaging\nb:imgproc dir\nb:imgproc git\nb:imgproc src\nb:iml1s crypto\nb:iml1s kotlin\nb:immediately dereferenced\nb:immutable action\nb:impacting any\nb:implemented for\nb:implications associated\nb:implied by\nb:import 0\nb:import cannot\nb:import com\nb:import datasert\nb:import django\nb:import error\nb:import icons\nb:import list\nb:import math\nb:import package\nb:import pickle\nb:import read\nb:import subprocess\nb:import sys\nb:import used\nb:imported but\nb:imported by\nb:imported from\nb:importing test\nb:importlib bootstrap\nb:importlib init__\nb:importlib report\nb:imports are\nb:imports on\nb:in 0\nb:in a\nb:in action\nb:in all\nb:in apt\nb:in assignment\nb:in async\nb:in bin\nb:in block\nb:in builds\nb:in c\nb:in cache\nb:in cargo\nb:in connect\nb:in curl\nb:in d\nb:in deploy\nb:in deployment\nb:in detached\nb:in documentation\nb:in file\nb:in final\nb:in first\nb:in function\nb:in git\nb:in go\nb:in home\nb:in import_module\nb:in liquifact\nb:in locked\nb:in module\nb:in multiline\nb:in node_modules\nb:in package\nb:in pip\nb:in public\nb:in release\nb:in repository\nb:in run\nb:in scope\nb:in source\nb:in src\nb:in state\nb:in stdlib\nb:in sync\nb:in targets\nb:in the\nb:in this\nb:in thread\nb:in tmp\nb:in top\nb:in typed\nb:in users\nb:in var\nb:in variable\nb:in vendor\nb:in your\nb:inc 0\nb:inc packetfence\nb:include hidden\nb:include if\nb:include prod\nb:include workspace\nb:included software\nb:includeif gitdir\nb:incompatible type\nb:incompatible types\nb:incompatible with\nb:inconsistent vendoring\nb:inconsistent with\nb:incorrect usage\nb:incorrectly sorted\nb:incremental compilation\nb:incubating problems\nb:indentation 0\nb:index find\nb:index html\nb:index js\nb:index mjs\nb:indicate success\nb:indicates a\nb:indicates that\nb:individual deprecation\nb:ineffective mark\nb:infallibly using\nb:info 0\nb:info component\nb:info default\nb:info done\nb:info double\nb:info downloading\nb:info error\nb:info https\nb:info latest\nb:info msg\nb:info or\nb:info syncing\nb:info there\nb:info using\nb:information 0\nb:information about\nb:information see\nb:information visit\nb:infra mirror\nb:infra retry\nb:infrastructure auth\nb:init d\nb:init home\nb:init users\nb:initial branch\nb:initialize job\nb:initialized empty\nb:initializing environment\nb:initializing the\nb:inlang settings\nb:inner declarations\nb:inner t\nb:input 0\nb:input files\nb:input keys\nb:inputs itself\nb:insensitive order\nb:inside quotes\nb:inspected 0\nb:install a\nb:install and\nb:install before\nb:install clean\nb:install dependencies\nb:install direct\nb:install error\nb:install for\nb:install frozen\nb:install ic\nb:install immutable\nb:install in\nb:install instead\nb:install links\nb:install no\nb:install package\nb:install packages\nb:install registry\nb:install rustup\nb:install script\nb:install sh\nb:install solver\nb:install stable\nb:install strategy\nb:install the\nb:install time\nb:install upgrade\nb:install v1\nb:install which\nb:install with\nb:install_gui_linux py\nb:installation tree\nb:installed 0\nb:installed as\nb:installed distributions\nb:installed this\nb:installed version\nb:installed versions\nb:installing amphp\nb:installing build\nb:installing collected\nb:installing environment\nb:installing laravel\nb:installing openssh\nb:installing packages\nb:installing psr\nb:installing sebastian\nb:installing symfony\nb:installs in\nb:instance travis\nb:instance using\nb:instead no\nb:instead of\nb:instead prefer\nb:instead saw\nb:instead terminology\nb:instrument collection\nb:instrumented jars\nb:insufficient cpu\nb:insufficient memory\nb:int as\nb:int cannot\nb:int error_count\nb:integer v0\nb:integration integration\nb:integration rs\nb:integrity check\nb:interface tools\nb:internal 0\nb:internal artifacts\nb:internal build\nb:internal buildprocess\nb:internal buildtree\nb:internal ctest\nb:internal errors\nb:internal heap\nb:internal load\nb:internal model\nb:internal modules\nb:internal mojo\nb:internal operations\nb:internal process\nb:internal tasks\nb:internal test_runner\nb:internal timers\nb:interpreter csproj\nb:interpreter open\nb:interpreter src\nb:interrupted 0\nb:into 0\nb:into a\nb:into directory\nb:into example\nb:into home\nb:invalid s\nb:invalid_ testing\nb:inventory inventory\nb:inventory svc\nb:inverse inc\nb:invoice py\nb:invoice ts\nb:invoices ts\nb:involves a\nb:io 0\nb:io advisories\nb:io docs\nb:io en\nb:io github\nb:io hadolint\nb:io hashicorp\nb:io i\nb:io index\nb:io library\nb:io reviewdog\nb:io rust\nb:io user\nb:io v2\nb:ios arm64\nb:ios main\nb:ios simulator\nb:ios x64\nb:iot sensor\nb:ip address\nb:ipynb cell\nb:is 0\nb:is a\nb:is allowed\nb:is already\nb:is an\nb:is assigned\nb:is available\nb:is bot\nb:is called\nb:is canceled\nb:is compliant\nb:is d\nb:is defined\nb:is deprecated\nb:is different\nb:is disabled\nb:is equality\nb:is even\nb:is explicitly\nb:is frozen\nb:is g\nb:is home\nb:is immediately\nb:is in\nb:is inconsistent\nb:is intentional\nb:is it\nb:is licensed\nb:is likely\nb:is main\nb:is missing\nb:is n\nb:is never\nb:is no\nb:is not\nb:is now\nb:is number\nb:is out\nb:is probably\nb:is stopped\nb:is subject\nb:is the\nb:is undefined\nb:is up\nb:is users\nb:is visible\nb:is weekend\nb:is zero\nb:is_empty_list v\nb:is_settleable found\nb:isn t\nb:isntall clean\nb:iso8601 r\nb:issue comment\nb:issue in\nb:issues 0\nb:issues by\nb:issues found\nb:issues reached\nb:ist is\nb:it before\nb:it can\nb:it does\nb:it for\nb:it has\nb:it i\nb:it incompatible\nb:it is\nb:it its\nb:it only\nb:it py\nb:it resolves\nb:it s\nb:it should\nb:it starts\nb:it was\nb:it with\nb:item costing\nb:item in\nb:item str\nb:items any\nb:items i\nb:items length\nb:iter collect\nb:iter iterator\nb:iter sum\nb:iter traits\nb:iterator item\nb:iterator over\nb:itertools v0\nb:itoa v1\nb:its it\nb:its network\nb:its progress\nb:itself https\nb:j a\nb:j d\nb:j n\nb:j o\nb:j s\nb:j unit\nb:j v\nb:j w\nb:j2 c\nb:jar 0\nb:jar and\nb:jar c\nb:jars 0\nb:jars and\nb:jars gradle\nb:jars with\nb:jasmine js\nb:jasmine__ jasmine\nb:java 0\nb:java bookmarks\nb:java com\nb:java configuration\nb:java healthy\nb:java io\nb:java java\nb:java lang\nb:java linux\nb:java math\nb:java org\nb:java package\nb:java script\nb:java util\nb:java v4\nb:java version\nb:java_ temurin\nb:javac debug\nb:jcenter bintray\nb:jects openemr\nb:jenkins workspace\nb:jenkinsfile from\nb:jest ci\nb:job 0\nb:job cleanup\nb:job context\nb:job exceeded\nb:job failed\nb:job knob\nb:job name\nb:job running\nb:job script\nb:job status\nb:job succeeded\nb:job summary\nb:jobs 0\nb:jobs and\nb:jonesn idea\nb:jooq gradle\nb:jq allow\nb:js 0\nb:js in\nb:js is\nb:js line\nb:js ts\nb:js unexpected\nb:js v3\nb:jshint all\nb:json 0\nb:json and\nb:json are\nb:json artifacts\nb:json csproj\nb:json files\nb:json has\nb:json lodash\nb:json main\nb:json newtonsoft\nb:json npm\nb:json or\nb:julia nightly\nb:julia stdlib\nb:julian oes\nb:junit framework\nb:junit jupiter\nb:jupiter junit\nb:jupyter notebook\nb:just created\nb:k 0\nb:k b\nb:k e\nb:k e_\nb:k f\nb:k f_to_c\nb:k g_\nb:k i\nb:k n\nb:k s_\nb:k t\nb:k version\nb:k8s deploy\nb:k_ e\nb:kata check_s390x_test\nb:keccak v0\nb:keeps commas\nb:kevin bc\nb:key 0\nb:key dependencies\nb:key error\nb:key failed\nb:key generated\nb:key instrumented\nb:key kotlin\nb:key linux\nb:key node\nb:key not\nb:key setup\nb:key should\nb:key the\nb:key true\nb:key v0\nb:key v8\nb:key wrapper\nb:keycloak token\nb:keygen c\nb:keymanapp dependency\nb:keys linux\nb:keystore models_test\nb:keyword parameter\nb:keywords metadata\nb:ki b\nb:killed signal\nb:kind fixed\nb:km_to_miles line\nb:knob settings\nb:known attribute\nb:known discount\nb:known element\nb:known high\nb:known issues\nb:known vulnerabilities\nb:known vulnerability\nb:knows sunday\nb:koans builders\nb:koen desktop\nb:kotlin address\nb:kotlin blockchain\nb:kotlin crypto\nb:kotlin gradle\nb:kotlin io\nb:kotlin koans\nb:kotlin lint\nb:kotlin mpp\nb:kotlin native\nb:kotlin plugins\nb:kotlin script\nb:kotlin solana\nb:kotlin tx\nb:kotlin utxo\nb:kotlin watchos\nb:kt 0\nb:ktlint android\nb:ktlint check\nb:ktlint test\nb:kubernetes io\nb:l 0\nb:l a\nb:l b\nb:l d\nb:l d_\nb:l e\nb:l e_\nb:l foo\nb:l for\nb:l g\nb:l https\nb:l i\nb:l in\nb:l l\nb:l md\nb:l no\nb:l o\nb:l policy\nb:l range\nb:l report\nb:l retry\nb:l returned\nb:l s\nb:l set\nb:l sparse\nb:l t\nb:l test\nb:l tst\nb:l u\nb:l v\nb:l y\nb:l1s dart_web3\nb:l1s kotlin\nb:l3013 pin\nb:l_ o\nb:l_ u\nb:lab temps\nb:label n\nb:landing landing\nb:lando lando\nb:lando master\nb:lando netfx40\nb:lang github\nb:lang r\nb:last 0\nb:last err\nb:last generated\nb:last restore\nb:lat1 0\nb:lat1 lon1\nb:lat2 lat1\nb:lat2 lon2\nb:later by\nb:latest 0\nb:latest blacklists\nb:latest false\nb:latest run\nb:latest update\nb:latest v0\nb:latest version\nb:launcher daemon\nb:layers 0\nb:layout engine\nb:lazy property\nb:ld bfd\nb:ld returned\nb:leak digest\nb:learn more\nb:ledger git\nb:ledger ledger\nb:ledger main\nb:ledger parse\nb:ledger report\nb:ledgerly invoices\nb:left e\nb:left on\nb:left pad\nb:left padding\nb:left right\nb:left side\nb:left unchanged\nb:legacy bundling\nb:legacy lib\nb:legacy peer\nb:len 0\nb:length 0\nb:length comparison\nb:length expected\nb:length i\nb:length line\nb:length mutual\nb:length zero\nb:lenses version\nb:let client\nb:let or\nb:let stored\nb:let sum\nb:let top\nb:let v\nb:level 0\nb:level high\nb:level info\nb:level node_modules\nb:level package\nb:level template\nb:leveldb util\nb:levels in\nb:levrik mdi\nb:lfs false\nb:lib buildkite\nb:lib cabal\nb:lib due\nb:lib example\nb:lib generated\nb:lib git\nb:lib go\nb:lib index\nb:lib kt\nb:lib lib\nb:lib p\nb:lib plugins\nb:lib pure\nb:lib python3\nb:lib queue\nb:lib rs\nb:lib service\nb:lib spell\nb:lib test\nb:lib tg2\nb:lib there\nb:lib transaction_sequence\nb:lib ui\nb:lib wasm\nb:lib web\nb:lib zig\nb:libc v0\nb:library core\nb:library for\nb:library python\nb:library rust\nb:libtonode tests\nb:license checker\nb:license expression\nb:license header\nb:license headers\nb:license identifier\nb:license information\nb:license is\nb:license list\nb:license needs\nb:license or\nb:license ref\nb:license_file metadata\nb:licensed under\nb:licenses 0\nb:licenses m\nb:licenses or\nb:licenses without\nb:lifecycle controller\nb:lifecycle internal\nb:lifecycle scripts\nb:like we\nb:likely additional\nb:limit allocation\nb:limit exceeded\nb:limit for\nb:limit of\nb:limits the\nb:line 0\nb:line before\nb:line for\nb:line length\nb:line must\nb:line of\nb:line too\nb:lines of\nb:link build\nb:link plugins\nb:link type\nb:link u\nb:linked legacy\nb:linker for\nb:linkid 0\nb:linking c\nb:links allow\nb:links no\nb:links shorturl\nb:links wheels\nb:lint 0\nb:lint check\nb:lint correctness\nb:lint css\nb:lint detectors\nb:lint done\nb:lint found\nb:lint https\nb:lint install\nb:lint report\nb:lint run\nb:lint suspicious\nb:lint windows\nb:linted 0\nb:linting set\nb:linux 0\nb:linux amd64\nb:linux ci\nb:linux extras\nb:linux gnu\nb:linux go\nb:linux musl\nb:linux nopie\nb:linux or\nb:linux python\nb:linux r\nb:linux small\nb:linux uv\nb:linux vpn\nb:linux x64\nb:linux x86_64\nb:liquid haskell\nb:liquidhaskell cabal\nb:liquifact contracts\nb:liquifact liquifact\nb:list allow\nb:list any\nb:list found\nb:list of\nb:list str\nb:list stub\nb:lists txt\nb:lite badge\nb:lite86 v0\nb:literal v0\nb:littpi net\nb:live log\nb:llama cpp\nb:llvm tools\nb:load 0\nb:load build\nb:load config\nb:load database\nb:load dockerignore\nb:load metadata\nb:load sh\nb:loaded prototype\nb:loader dist\nb:loader js\nb:loading for\nb:local bin\nb:local gc\nb:local go\nb:local http\nb:local lib\nb:local microsoft\nb:local name\nb:local package\nb:local pf\nb:local share\nb:local unset\nb:local variable\nb:localhost 0\nb:locate as\nb:location class\nb:location opt\nb:location path\nb:location users\nb:lock 0\nb:lock because\nb:lock file\nb:lock is\nb:lock json\nb:lock mismatch\nb:lock needs\nb:lock no\nb:lock was\nb:lock yaml\nb:locked mode\nb:locked to\nb:locked was\nb:lockfile at\nb:lockfile because\nb:lockfile can\nb:lockfile check\nb:lockfile had\nb:lockfile is\nb:lockfile lodash\nb:lockfile needs\nb:lockfile run\nb:lockfile would\nb:lodash 0\nb:log 0\nb:log call\nb:log detector\nb:log file\nb:log for\nb:log level\nb:log of\nb:log output\nb:logging output\nb:login page\nb:login service\nb:logs 0\nb:lon1 a\nb:lon2 b\nb:long 0\nb:long with\nb:longer supported\nb:longer than\nb:look around\nb:looking for\nb:looking in\nb:looks like\nb:lookup only\nb:loomy mqtt_duper\nb:loosely deep\nb:lost communication\nb:low go\nb:low on\nb:lowagie pdfkit\nb:lower snake\nb:lower_snake_case such\nb:lru dict\nb:ls sf\nb:lspconfig rust_analyzer\nb:lua 0\nb:lua lspconfig\nb:m 0\nb:m a\nb:m abs\nb:m add\nb:m adding\nb:m auto\nb:m available\nb:m b\nb:m beringin\nb:m bs\nb:m buf\nb:m casting\nb:m casts\nb:m change\nb:m d\nb:m d013\nb:m docs\nb:m e\nb:m echo\nb:m enable\nb:m error\nb:m execution\nb:m first\nb:m fits\nb:m for\nb:m git\nb:m i\nb:m if\nb:m is\nb:m item\nb:m k_\nb:m l\nb:m let\nb:m m\nb:m must_use\nb:m name\nb:m npm\nb:m o\nb:m or\nb:m other\nb:m p\nb:m package\nb:m panic\nb:m pub\nb:m pv4\nb:m pytest\nb:m r\nb:m remove\nb:m run\nb:m s\nb:m start\nb:m t\nb:m this\nb:m to\nb:m try\nb:m u\nb:m updating\nb:m v\nb:m value\nb:m variables\nb:m version\nb:m w\nb:m0s this\nb:m104 0\nb:m2 settings\nb:m2 toolchains\nb:m21 0\nb:m237 0\nb:m2repository com\nb:m309 0\nb:m47 0\nb:m49 0\nb:m62 0\nb:m64 0\nb:m67 0\nb:m7 0\nb:m78 0\nb:m84 0\nb:m88 0\nb:m_ c\nb:m_ l\nb:m_ n\nb:m_ o\nb:mac o\nb:machine cc\nb:machine cpu\nb:machine executor\nb:machine is\nb:machine name\nb:macos 0\nb:macos latest\nb:macos macos\nb:macro2 v1\nb:macros v0\nb:macros v25\nb:made by\nb:maierj fastlane\nb:main activity\nb:main c\nb:main g\nb:main go\nb:main i\nb:main in\nb:main ios\nb:main java\nb:main js\nb:main kotlin\nb:main main\nb:main native\nb:main refs\nb:main resolvable\nb:main resources\nb:main rs\nb:main scala\nb:main set\nb:main tf\nb:main to\nb:main trunk\nb:main watchos\nb:main zig\nb:make 0\nb:make any\nb:make error\nb:make experimental\nb:make files\nb:make in\nb:make j2\nb:make lists\nb:make makefile\nb:make multiple\nb:make multiple___\nb:make n\nb:make output\nb:make share\nb:make sure\nb:makefile 0\nb:makes function\nb:making global\nb:making it\nb:manager gitlab\nb:manager kt\nb:manifest txt\nb:manually started\nb:manuell manual\nb:many requests\nb:many return\nb:manylinux2014_x86_64 manylinux_2_17_x86_64\nb:manylinux_2_17_x86_64 manylinux_2_28_x86_64\nb:manylinux_2_28_x86_64 whl\nb:manylinux_2_34_x86_64 whl\nb:maps geo\nb:mapworks geo\nb:mark flag\nb:markdown it\nb:marked as\nb:marketing landing\nb:marking the\nb:masque rs\nb:master are\nb:master index\nb:master refs\nb:master set\nb:master src\nb:match any\nb:match snapshot\nb:match spec\nb:match specs\nb:matched files\nb:matching distribution\nb:matching files\nb:matching package\nb:matching the\nb:material ui\nb:math big\nb:math js\nb:math os\nb:math sin\nb:math test\nb:maven 0\nb:maven apache\nb:maven checkstyle\nb:maven checksum\nb:maven compiler\nb:maven lifecycle\nb:maven metadata\nb:maven plugin\nb:maven plugins\nb:maven pmd\nb:maven resources\nb:maven surefire\nb:maven using\nb:maven with\nb:maven2 connect\nb:mavi core\nb:mavi v\nb:mavi vpn\nb:mavivpn is\nb:mawk allow\nb:max git\nb:max issues\nb:max line\nb:maximum allowed\nb:maximum execution\nb:maximum time\nb:maxtimeout 0\nb:may be\nb:may not\nb:may panic\nb:may take\nb:may truncate\nb:md 0\nb:md line\nb:mdi react\nb:mdi refresh\nb:mdurl 0\nb:me br\nb:measured 0\nb:megalinter io\nb:melos 0\nb:member named\nb:member no\nb:memory 0\nb:memory error\nb:memory leak\nb:memory limit\nb:merge 0\nb:merge pull\nb:merror 0\nb:meson build\nb:meson setup\nb:message at\nb:message custom\nb:message failed\nb:message google\nb:message toomanyrequests\nb:message update\nb:messages cs\nb:metadata 0\nb:metadata for\nb:metadata org\nb:metadata read\nb:metadata xml\nb:meter retry\nb:method defined\nb:method named\nb:method not\nb:method parentheses\nb:method running\nb:method takes\nb:metrics counter\nb:mfi 0\nb:mhelp 0\nb:mi b\nb:microsoft com\nb:microsoft corporation\nb:microsoft dotnet\nb:microsoft n\nb:microsoft visual\nb:microsoft windows\nb:mif z\nb:mike dev\nb:milliseconds with\nb:minchanglong documents\nb:minimal no\nb:minimatch 0\nb:minitest sprint\nb:mintimeout 0\nb:minutes 0\nb:minutes are\nb:minutes marking\nb:mirror sync\nb:miscellaneous lint\nb:mismatch the\nb:mismatched types\nb:missing a\nb:missing backticks\nb:missing binary\nb:missing docstring\nb:missing either\nb:missing file\nb:missing from\nb:missing go\nb:missing header\nb:missing is\nb:missing licenses\nb:missing module\nb:missing newline\nb:missing package\nb:missing panics\nb:missing prebuilt\nb:missing s\nb:missing script\nb:missing semicolon\nb:missing spacing\nb:missing trailing\nb:missing whitespace\nb:missing_offset in\nb:mission mission_impl\nb:mission_impl cpp\nb:mix can\nb:mix deps\nb:mix format\nb:mix lock\nb:mix mix\nb:mix style\nb:mjs 0\nb:ml bigdata\nb:ml line\nb:mnote 0\nb:mnt sata\nb:mnt vss\nb:mocha test\nb:mock open\nb:mod but\nb:mod dial\nb:mod download\nb:mod readonly\nb:modal tsx\nb:mode after\nb:mode all\nb:mode disable\nb:mode m\nb:mode primary\nb:mode true\nb:model bin\nb:model kt\nb:model opencode\nb:model state\nb:model test\nb:models kt\nb:models running_processor\nb:models_test go\nb:moderate go\nb:moderate severity\nb:module because\nb:module build\nb:module docstring\nb:module github\nb:module home\nb:module importlib\nb:module is\nb:module kt\nb:module named\nb:module not\nb:module org\nb:module parse\nb:module provides\nb:module providing\nb:module root\nb:module stats\nb:modules 0\nb:modules act_container_manager\nb:modules act_linter\nb:modules cjs\nb:modules command_dispatcher\nb:modules command_runner\nb:modules commands\nb:modules container_test_runner\nb:modules dhtl_commands\nb:modules dhtl_commands_standalone\nb:modules dhtl_commands_workflows\nb:modules dhtl_github\nb:modules dhtl_guardian_command\nb:modules dhtl_version\nb:modules files\nb:modules find\nb:modules hal\nb:modules lib\nb:modules packages\nb:modules py\nb:modules txt\nb:modules uv_manager\nb:mojo executor\nb:mojo failure\nb:mojo maven\nb:molecule allow\nb:money rb\nb:more arguments\nb:more dependencies\nb:more details\nb:more help\nb:more info\nb:more information\nb:more log\nb:more than\nb:most recent\nb:mother 0\nb:move file\nb:move variable\nb:moved to\nb:mqtt_duper lib\nb:ms 0\nb:ms c\nb:ms could\nb:ms d\nb:ms environment\nb:ms exceeded\nb:ms for\nb:ms lib\nb:ms on\nb:ms setup\nb:ms tests\nb:msg loaded\nb:msg process\nb:msg reading\nb:mshared src\nb:multiline condition\nb:multiline expression\nb:multiple imports\nb:multiple of\nb:multiple repositories\nb:multiple spaces\nb:multiple versions\nb:multiple___ spaces\nb:multiplication with\nb:must be\nb:must end\nb:must not\nb:must_use 0\nb:must_use attribute\nb:mut payload\nb:mutmut 0\nb:mutual groups\nb:mvn b\nb:myplanet app\nb:myplanet base\nb:myplanet myplanet\nb:mypy 0\nb:n 0\nb:n a\nb:n actionlint\nb:n and\nb:n basic\nb:n c\nb:n checking\nb:n code\nb:n code_\nb:n d\nb:n d_\nb:n deprecated\nb:n duration\nb:n e\nb:n expected\nb:n f\nb:n g\nb:n g8001\nb:n h\nb:n hatch\nb:n i\nb:n k\nb:n l\nb:n m\nb:n mojo\nb:n n\nb:n notice\nb:n npm\nb:n number\nb:n o\nb:n o_\nb:n p\nb:n permissions\nb:n r\nb:n repositories\nb:n s\nb:n s_\nb:n skipping\nb:n t\nb:n t_\nb:n target\nb:n test\nb:n tools\nb:n u\nb:n u1004\nb:n u1101\nb:n u1102\nb:n u1403\nb:n u1903\nb:n unit\nb:n v\nb:n v4\nb:n x\nb:n0000 0\nb:n0000 completed\nb:n0000 link\nb:n0000 post\nb:n0000 resolution\nb:n0028 is\nb:n0028 resolution\nb:n0028 the\nb:n0028 version\nb:n_ a\nb:n_ c\nb:n_ f\nb:n_ m\nb:n_ n\nb:n_ p\nb:n_ s\nb:nabucasa 0\nb:name actionpack\nb:name assertion\nb:name azure\nb:name build\nb:name e2e\nb:name err\nb:name fmt\nb:name fv\nb:name gateway\nb:name level\nb:name lint\nb:name mid0064\nb:name mid0065\nb:name not\nb:name only\nb:name or\nb:name should\nb:name test\nb:name to\nb:name w\nb:name_ should_\nb:named is_settleable\nb:named shapely\nb:names commonly\nb:namespace has\nb:namespace name\nb:namespace runner\nb:naming to\nb:nanopb 0\nb:native build\nb:native castle\nb:native lib\nb:native_lib native\nb:ne s\nb:ne12 undeclared\nb:ne13 undeclared\nb:ne2 undeclared\nb:need approval\nb:need revision\nb:need to\nb:needs network\nb:needs review\nb:needs to\nb:nested shallow\nb:nested steps\nb:net fetcher\nb:net http\nb:net node_modules\nb:net releases\nb:net stubbing\nb:net wiki\nb:net462 debug\nb:net6 0\nb:net7 0\nb:net9 0\nb:netfx40 csproj\nb:netkit backoff\nb:netkit fetcher\nb:netkit notify\nb:netkit ratelimit\nb:netkit retry\nb:netlib tinyhttp\nb:netops edge\nb:network access\nb:network connection\nb:network connectivity\nb:network error\nb:network errors\nb:network git\nb:network if\nb:network request\nb:never goes\nb:never reassigned\nb:never used\nb:new branch\nb:new github\nb:new line\nb:new object\nb:new promise\nb:new ref\nb:new repositories\nb:new tag\nb:newest version\nb:newlib 0\nb:newlib csl\nb:newlib snapshot\nb:newline after\nb:newline before\nb:newline expected\nb:newline n\nb:newtonsoft json\nb:next anonymous\nb:next headers\nb:next js\nb:nightly x64\nb:nim 0\nb:nim cfg\nb:nim config\nb:ninja build\nb:ninja c\nb:ninja cmake\nb:ninja entering\nb:nio ch\nb:no any\nb:no attribute\nb:no audit\nb:no bin\nb:no cache\nb:no cacheprovider\nb:no color\nb:no config\nb:no console\nb:no copyright\nb:no credentials\nb:no debugger\nb:no duplicate\nb:no emit\nb:no empty\nb:no errors\nb:no explicit\nb:no files\nb:no fund\nb:no i\nb:no index\nb:no inner\nb:no issues\nb:no license\nb:no longer\nb:no matching\nb:no member\nb:no method\nb:no module\nb:no output\nb:no packages\nb:no progress\nb:no required\nb:no self\nb:no solution\nb:no space\nb:no such\nb:no unit\nb:no unknown\nb:no untyped\nb:no unused\nb:no update\nb:no var\nb:no versions\nb:noble universe\nb:noble updates\nb:node 0\nb:node async_hooks\nb:node cache\nb:node chunks\nb:node e\nb:node events\nb:node fs\nb:node gyp\nb:node http_client\nb:node internal\nb:node js\nb:node net\nb:node sha256\nb:node test\nb:node trace\nb:node v10\nb:node v18\nb:node v20\nb:node v4\nb:node version\nb:node was\nb:node_config in\nb:node_modules babel\nb:node_modules install\nb:node_modules material\nb:node_modules node\nb:node_modules react\nb:node_modules rollup\nb:node_modules testcafe\nb:node_modules uvu\nb:node_modules vite\nb:node_modules vitest\nb:nodes are\nb:nodesecurity io\nb:non existing\nb:non interactive\nb:non lazy\nb:non matching\nb:non zero\nb:none any\nb:none func\nb:none listed\nb:none no\nb:none root\nb:nopie cabal\nb:noprofile norc\nb:norc e\nb:normal arm64\nb:normal d\nb:nosec 0\nb:not a\nb:not allowed\nb:not approved\nb:not assignable\nb:not available\nb:not be\nb:not begin\nb:not build\nb:not checked\nb:not closed\nb:not compile\nb:not compliant\nb:not connect\nb:not contain\nb:not defined\nb:not enforce\nb:not equal\nb:not exist\nb:not expected\nb:not explicitly\nb:not fetch\nb:not find\nb:not finish\nb:not formatted\nb:not found\nb:not have\nb:not implemented\nb:not in\nb:not indicate\nb:not installed\nb:not known\nb:not locked\nb:not marked\nb:not match\nb:not ok\nb:not pass\nb:not permitted\nb:not resolve\nb:not return\nb:not run\nb:not set\nb:not sure\nb:not the\nb:not transfer\nb:not up\nb:not use\nb:not used\nb:not valid\nb:note by\nb:note d\nb:note double\nb:note in\nb:note method\nb:note referenced\nb:note some\nb:note switching\nb:note warn\nb:notebook cleanup\nb:notes app\nb:notes html\nb:nothing provides\nb:notice s\nb:notice to\nb:notification helper\nb:notifier notifier\nb:notify client\nb:notify if\nb:notify notify\nb:notify svc\nb:notify test\nb:now at\nb:now or\nb:npm 0\nb:npm audit\nb:npm automation\nb:npm cache\nb:npm ci\nb:npm command\nb:npm config\nb:npm does\nb:npm e\nb:npm error\nb:npm fund\nb:npm help\nb:npm http\nb:npm i\nb:npm install\nb:npm latest\nb:npm logs\nb:npm notice\nb:npm run\nb:npm shrinkwrap\nb:npm taobao\nb:npm test\nb:npm there\nb:npm timing\nb:npm to\nb:npm verb\nb:npm version\nb:npm w\nb:npm warn\nb:npmcli fs\nb:npmcli move\nb:npmjs org\nb:npx biome\nb:npx eslint\nb:npx jest\nb:npx oxlint\nb:npx vitest\nb:ntp verify\nb:nu get\nb:null 0\nb:null continue\nb:null null\nb:null then\nb:num integer\nb:number 0\nb:number is\nb:number npm\nb:number of\nb:number total\nb:numeric matrix\nb:numpy 0\nb:nvm versions\nb:o 0\nb:o a\nb:o auth\nb:o b\nb:o b_allowed\nb:o building\nb:o c\nb:o compiling\nb:o d\nb:o detecting\nb:o e\nb:o e3\nb:o error\nb:o exception\nb:o f\nb:o finished\nb:o g\nb:o i\nb:o initializing\nb:o installing\nb:o jar\nb:o k\nb:o l\nb:o l_\nb:o m\nb:o main\nb:o maven\nb:o n\nb:o n_\nb:o no\nb:o ntp\nb:o o\nb:o once\nb:o org\nb:o p\nb:o package\nb:o pinot\nb:o pipefail\nb:o r\nb:o recompiling\nb:o running\nb:o s\nb:o scanning\nb:o skip\nb:o spotbugs\nb:o src\nb:o t\nb:o t_\nb:o tetrad\nb:o this\nb:o tmp\nb:o total\nb:o u\nb:o v\nb:o w\nb:o w_\nb:o0 o\nb:o111 m\nb:o2 g\nb:o2 wall\nb:o_ c\nb:o_ h\nb:o_ i\nb:o_ m\nb:o_ p\nb:o_ r\nb:o_ t\nb:object anonymous\nb:object c\nb:object is\nb:object to\nb:object where\nb:objects to\nb:observe telemetry\nb:obtained jenkinsfile\nb:occurred configuring\nb:occurred while\nb:ocramius package\nb:odder odor\nb:oder order\nb:odor over\nb:oes src\nb:of 0\nb:of all\nb:of apt\nb:of build\nb:of changed\nb:of cli\nb:of code\nb:of crystal\nb:of date\nb:of dependencies\nb:of different\nb:of each\nb:of false\nb:of get\nb:of hoisting\nb:of home\nb:of is\nb:of its\nb:of l\nb:of left\nb:of list\nb:of locate\nb:of master\nb:of memory\nb:of module\nb:of namespace\nb:of node\nb:of org\nb:of p\nb:of package\nb:of packages\nb:of pipeline\nb:of r\nb:of range\nb:of req\nb:of service\nb:of spaces\nb:of statements\nb:of swift\nb:of sync\nb:of test\nb:of the\nb:of these\nb:of this\nb:of type\nb:of undefined\nb:of untyped\nb:of viper\nb:of warn\nb:of your\nb:off failed\nb:off this\nb:offenses detected\nb:offline during\nb:offline mode\nb:oh no\nb:ok 0\nb:ok cmd\nb:ok example\nb:ok units\nb:oldcode legacy\nb:older coder\nb:ole planet\nb:omit dev\nb:omit from\nb:on 0\nb:on agent\nb:on artifact\nb:on both\nb:on build\nb:on by\nb:on dependencies\nb:on device\nb:on disk\nb:on empty\nb:on error\nb:on failure\nb:on green\nb:on idx\nb:on left\nb:on line\nb:on mac\nb:on off\nb:on one\nb:on project\nb:on resource\nb:on runner\nb:on swift\nb:on that\nb:on the\nb:on this\nb:on type\nb:on windows\nb:on your\nb:once call_once\nb:once installed\nb:once_cell v1\nb:one of\nb:one or\nb:only allow\nb:only ever\nb:only false\nb:only get\nb:only install\nb:oo8i vb\nb:opam 0\nb:opam opam\nb:open a\nb:open deep\nb:open metadata\nb:open protocol\nb:open t\nb:opencode ai\nb:opencode gemini\nb:opencode gpt\nb:openemr services\nb:openemr sites\nb:opening parenthesis\nb:operand in\nb:operating system\nb:operation runner\nb:operation timed\nb:operation was\nb:operation with\nb:operations default\nb:operator strict\nb:ops deploy\nb:ops function\nb:ops scripts\nb:opt android\nb:opt homebrew\nb:opt hostedtoolcache\nb:opt pyspark\nb:option char\nb:option that\nb:option to\nb:option u16\nb:option u64\nb:option vec\nb:optional peer\nb:options execute\nb:or a\nb:or any\nb:or be\nb:or blocks\nb:or cd\nb:or cmd\nb:or const\nb:or debug\nb:or directory\nb:or equal\nb:or formatted\nb:or incorrect\nb:or later\nb:or more\nb:or namespace\nb:or npm\nb:or one\nb:or package\nb:or pass\nb:or patterns\nb:or plugins\nb:or service\nb:or something\nb:or that\nb:or undo\nb:or windows\nb:order java\nb:order older\nb:order service\nb:ordered fetch\nb:orders db\nb:orders git\nb:orders order\nb:orders service\nb:orders src\nb:org 0\nb:org ajoberstar\nb:org alpine\nb:org apache\nb:org codehaus\nb:org conda\nb:org confluence\nb:org directory\nb:org distributions\nb:org example\nb:org gradle\nb:org junit\nb:org licenses\nb:org maven2\nb:org ole\nb:org ref\nb:org scm\nb:org tree\nb:org x\nb:organize imports\nb:origin 0\nb:origin https\nb:origin linting\nb:origin main\nb:origin master\nb:origin refactor\nb:orphan processes\nb:os archive\nb:os imported\nb:osv dev\nb:other 0\nb:other panic\nb:out 0\nb:out after\nb:out baseline\nb:out ends_with\nb:out finished\nb:out is_empty\nb:out of\nb:out push\nb:out retrying\nb:out revision\nb:out the\nb:out waiting\nb:outer spaces\nb:output above\nb:output exceeded\nb:output file\nb:output format\nb:output has\nb:output is\nb:output log\nb:output member\nb:output on\nb:output package\nb:output src1489103279\nb:over android\nb:over doer\nb:over elements\nb:over test\nb:override d\nb:overriding h\nb:overwrite existing\nb:overwrite settings\nb:own scripts\nb:p 0\nb:p a\nb:p c\nb:p c863536a\nb:p code\nb:p connection\nb:p d\nb:p e\nb:p error\nb:p flag\nb:p g\nb:p h\nb:p i\nb:p i_\nb:p k\nb:p l\nb:p liquifact_escrow\nb:p m\nb:p m_\nb:p n\nb:p n_\nb:p no\nb:p o\nb:p p\nb:p r\nb:p request\nb:p t\nb:p t_\nb:p to\nb:p tsconfig\nb:p u\nb:p unit\nb:p y\nb:p0040 deprecation\nb:p1 r5\nb:p256 v0\nb:p_ c\nb:package a\nb:package actions\nb:package categories\nb:package configuration\nb:package content\nb:package d\nb:package dependencies\nb:package for\nb:package git\nb:package github\nb:package handle\nb:package installs\nb:package is\nb:package jdk\nb:package json\nb:package keywords\nb:package level\nb:package license\nb:package license_file\nb:package linux\nb:package list\nb:package lock\nb:package manager\nb:package mavi\nb:package mavivpn\nb:package metadata\nb:package ms\nb:package pkg\nb:package quic\nb:package readme\nb:package repository\nb:package resolved\nb:package shared\nb:package supabase\nb:package system\nb:package tests\nb:package that\nb:package use\nb:package version\nb:package versions\nb:package windows\nb:packages 0\nb:packages and\nb:packages are\nb:packages audited\nb:packages exist\nb:packages have\nb:packages in\nb:packages lock\nb:packages microsoft\nb:packages net\nb:packages please\nb:packages react\nb:packages read\nb:packages src\nb:packages when\nb:packages whose\nb:packaging 0\nb:packed and\nb:packetfence go\nb:pad failed\nb:padding spaces\nb:page tsx\nb:page zig\nb:pages 0\nb:pages tabs\nb:paisa node_modules\nb:paisa src\nb:paket packet\nb:panic expected\nb:panic free\nb:panic missing\nb:panic ok\nb:panic test\nb:panic varint\nb:panicked at\nb:panicking rs\nb:panics section\nb:paragraph is\nb:parameter equals\nb:parameter of\nb:parameter should\nb:parameters json\nb:parentheses are\nb:parentheses around\nb:parse error\nb:parse failed\nb:parse import\nb:parse line\nb:parse maybe\nb:parse queues\nb:parse resolve\nb:parse test\nb:parse toolchain\nb:parse units\nb:parse_test go\nb:parser 0\nb:parser from\nb:parser hs\nb:parser lib\nb:parser py\nb:parser test\nb:parsing a\nb:part of\nb:partition 0\nb:pasha code\nb:pass 0\nb:pass an\nb:passed 0\nb:passed in\nb:passed to\nb:passing 0\nb:passkey test\nb:password g\nb:paste v1\nb:patched versions\nb:path 0\nb:path home\nb:path is\nb:path kotlin\nb:path opt\nb:path tex\nb:path users\nb:path version\nb:pathutil pathutil\nb:pattern go\nb:payload u8\nb:pbkdf2 native\nb:pc windows\nb:pdfkit core\nb:pdfkit pdfkit\nb:pedantic add\nb:peer deps\nb:peer include\nb:peer omit\nb:peer optional\nb:pelago non\nb:pending 0\nb:pending subtests\nb:perf data\nb:performance tests\nb:perl 0\nb:permissions file\nb:permissions unset\nb:permitted by\nb:persist credentials\nb:person plural\nb:persona_flutter compile\nb:pest plugin\nb:pestphp pest\nb:php 0\nb:php array\nb:php return\nb:php v2\nb:phpkit slugger\nb:phpunit 0\nb:phpunit php\nb:phpunit phpunit\nb:phpunit src\nb:phpunit tests\nb:phreeqc lib\nb:pid 0\nb:pin versions\nb:pinned packages\nb:pip 0\nb:pip audit\nb:pip instead\nb:pip is\nb:pip pypa\nb:pip tools\nb:pipefail 0\nb:pipeline build\nb:pipeline checkout\nb:pipeline declarative\nb:pipeline end\nb:pipeline node\nb:pipeline sh\nb:pipeline stage\nb:pipeline start\nb:pipeline test\nb:pipeline unit\nb:pipeline with\nb:pipelines 0\nb:pipelines tasks\nb:pipfile lock\nb:pixels imaging\nb:pixels imgproc\nb:pixels render\nb:pkg config\nb:pkg go\nb:pkg mod\nb:pkg server\nb:pkg src\nb:pkg types\nb:pkgtool pkgtool\nb:pl err\nb:plan 0\nb:plan default\nb:plan executor\nb:plan reviewer\nb:planet myplanet\nb:platform deploy\nb:platform git\nb:platform ops\nb:platform satu\nb:please make\nb:please read\nb:please refer\nb:please run\nb:please update\nb:please upgrade\nb:please use\nb:plip should\nb:plop plip\nb:plotkit 0\nb:pluggy 0\nb:plugin 0\nb:plugin api\nb:plugin legacy\nb:plugin php\nb:plugins are\nb:plugins maven\nb:plugins mission\nb:plugins py\nb:plugins task\nb:plugins timeout\nb:plural like\nb:plus a\nb:pmd foo\nb:pmd plugin\nb:pnc i\nb:pnpm install\nb:pnpm lock\nb:pods 0\nb:poetry lock\nb:pointing to\nb:policy deny_test\nb:policy entirely\nb:policy from\nb:pool host\nb:pool main\nb:populate work\nb:port 0\nb:portal portal\nb:portal template\nb:possible security\nb:possible solutions\nb:post action\nb:post checkout\nb:post job\nb:post resolution\nb:post run\nb:post setup\nb:postcss load\nb:postgres at\nb:postgres ci\nb:potentially fixable\nb:potentially indicates\nb:ppv lite86\nb:pr 0\nb:pr go\nb:pr review\nb:pre commit\nb:prebuild cirrus\nb:prebuilt package\nb:prefer const\nb:prefix it\nb:prefix key\nb:prefs manager\nb:preinstall install\nb:prepare all\nb:prepare build\nb:prepare environment\nb:prepare workflow\nb:prepare_executor preparing\nb:preparer java\nb:preparing the\nb:preparing to\nb:preparing working\nb:preprocessing library\nb:prereleases false\nb:preset recommend\nb:prettier check\nb:prettier code\nb:prettyplease v0\nb:prevent globbing\nb:prevent this\nb:previous errors\nb:previously recorded\nb:price 0\nb:price null\nb:print 0\nb:printed the\nb:prior to\nb:priority 0\nb:private littpi\nb:probably not\nb:problem 0\nb:problem occurred\nb:problem unexpected\nb:problem with\nb:problems 0\nb:problems problems\nb:problems report\nb:proc macro2\nb:proceed with\nb:process completed\nb:process did\nb:process env\nb:process exit\nb:process level\nb:process pending\nb:process process\nb:process starves\nb:process task_queues\nb:process usr\nb:processing wheels\nb:processor should\nb:prod dev\nb:prod exited\nb:production only\nb:profile loading\nb:profile minimal\nb:profile unoptimized\nb:profile_ name_\nb:profiler core_test\nb:program cc1plus\nb:program files\nb:program unzstd\nb:programming scratch\nb:progress deadline\nb:progress meter\nb:progress true\nb:project actions\nb:project dependencies\nb:project directory\nb:project git\nb:project home\nb:project is\nb:project kotlin\nb:project name\nb:project org\nb:project src\nb:project version\nb:project w\nb:projectcleverweb lastautoindex\nb:projects egeria\nb:projects openemr\nb:promise anonymous\nb:promise ensure\nb:prompt file\nb:properly see\nb:properties of\nb:properties rs\nb:property colr\nb:property line\nb:property no\nb:property or\nb:proto 0\nb:proto gen\nb:protoc gen\nb:protocol dependencies\nb:protocol interpreter\nb:protoparser testdata\nb:prototype from\nb:provided by\nb:provided path\nb:provided to\nb:provider plugins\nb:provides package\nb:provides requested\nb:providing package\nb:proxy config\nb:proxy edge\nb:proxy git\nb:proxy please\nb:prune origin\nb:pub fn\nb:pub get\nb:public acls\nb:public build\nb:public class\nb:publish py\nb:pull 0\nb:pull complete\nb:pull request\nb:pulling docker\nb:pulling fs\nb:punycode module\nb:pure build\nb:pure kotlin\nb:pure src\nb:push 0\nb:pv4 transport\nb:pwsh e\nb:py 0\nb:py assertion\nb:py d\nb:py e\nb:py git\nb:py healthy\nb:py imports\nb:py line\nb:py p\nb:py r\nb:py reports\nb:py syntax\nb:py test_comma_decimal_fails\nb:py test_low_stock_threshold\nb:py test_restock_adds\nb:py test_timeout_is_retried\nb:py2 py3\nb:py3 none\nb:pycognito 0\nb:pydantic 0\nb:pydantic core\nb:pypa io\nb:pypi corp\nb:pyproject toml\nb:pyserve app\nb:pyserve cli\nb:pyserve pyserve\nb:pyspark cassandra\nb:pytest 0\nb:pytest homeassistant\nb:pytest q\nb:pytest tests\nb:pytest v\nb:python 0\nb:python dateutil\nb:python linux\nb:python location\nb:python m\nb:python names\nb:python sha256\nb:python v5\nb:python version\nb:python2_ r\nb:python3 0\nb:python3 m\nb:python3_ r\nb:python_ r\nb:pyyaml 0\nb:q a\nb:q l_\nb:q p\nb:q u\nb:qty 0\nb:quant timeseries\nb:quantity 0\nb:quasar go\nb:queue js\nb:queue lib\nb:queue queue\nb:queued 0\nb:quic tester\nb:quickstart dart\nb:quickstart docker\nb:quickstarts 0\nb:quote to\nb:r 0\nb:r a\nb:r a_\nb:r always\nb:r at\nb:r attempt\nb:r build\nb:r c\nb:r code\nb:r collecting\nb:r command\nb:r connection\nb:r could\nb:r d\nb:r dependency\nb:r e\nb:r errno\nb:r error\nb:r exit\nb:r expected\nb:r f\nb:r failed\nb:r for\nb:r found\nb:r g\nb:r help\nb:r https\nb:r i\nb:r im\nb:r in\nb:r job\nb:r k\nb:r key\nb:r l\nb:r m\nb:r m_\nb:r material\nb:r missing\nb:r n\nb:r network\nb:r no\nb:r node\nb:r node_modules\nb:r notify\nb:r npm\nb:r o\nb:r one\nb:r opt\nb:r p\nb:r peer\nb:r push\nb:r r\nb:r r_\nb:r re\nb:r react\nb:r requirements\nb:r retrying\nb:r reuse\nb:r s\nb:r s_\nb:r script\nb:r see\nb:r set\nb:r stack\nb:r t\nb:r t_\nb:r templates\nb:r test\nb:r this\nb:r to\nb:r u\nb:r unable\nb:r unsatisfiable\nb:r users\nb:r var\nb:r x\nb:r y\nb:r y_\nb:r_ a\nb:r_ p\nb:rails rails\nb:rails security\nb:raise parse\nb:rake foo\nb:ran 0\nb:ran all\nb:ran longer\nb:rand v0\nb:rand_core v0\nb:range 0\nb:range start\nb:range test\nb:rate limit\nb:ratelimit git\nb:ratelimit ratelimit\nb:ratelimit supported\nb:ratelimit test\nb:rather than\nb:rb 0\nb:rb git\nb:rb money\nb:rc2 v1\nb:rdk rules\nb:re run\nb:reached the\nb:react hooks\nb:react not\nb:react runtime\nb:react scripts\nb:react test\nb:read errors\nb:read more\nb:read properties\nb:read the\nb:read timed\nb:read timeout\nb:read_capsule buf\nb:reading database\nb:reading prototype\nb:readme md\nb:readme metadata\nb:readme_spec cr\nb:readthedocs io\nb:real 0\nb:realtime sync\nb:reason connect\nb:reassigned use\nb:receive 0\nb:received 0\nb:received a\nb:received exit\nb:received in\nb:received to\nb:recent call\nb:recieve the\nb:recognized word\nb:recommend secretlint\nb:recommendation upgrade\nb:recommended git\nb:recompile with\nb:recompiling the\nb:recorded in\nb:records for\nb:ref 0\nb:ref and\nb:ref henv\nb:ref is\nb:ref origin\nb:ref ref\nb:refactor 0\nb:refer to\nb:reference c\nb:reference packages\nb:reference td\nb:reference text\nb:reference to\nb:reference which\nb:referenced here\nb:refers to\nb:reformat chemie\nb:reformat home\nb:reformatted 0\nb:refresh svg\nb:refs heads\nb:refs remotes\nb:refs west\nb:refused connect\nb:reg exp\nb:regex 0\nb:regexp core\nb:regexp include\nb:region westus\nb:register layer\nb:register passkey\nb:registry 0\nb:registry https\nb:registry npm\nb:registry npmjs\nb:registry ts\nb:rego data\nb:rejected license\nb:rejecting cabal\nb:rejects when\nb:release 0\nb:release cygwin\nb:release gpg\nb:release https\nb:release kotlin\nb:release notes\nb:release sh\nb:release skipped\nb:release source\nb:release target\nb:release timed\nb:release yml\nb:releases download\nb:releases protoc\nb:releases tag\nb:relying on\nb:remaining 0\nb:remote add\nb:remote all\nb:remote git\nb:remotes origin\nb:remotes pull\nb:remove build\nb:remove return\nb:remove stale\nb:remove the\nb:removing include\nb:renamed to\nb:renamed via\nb:render engine\nb:renders the\nb:replaced with\nb:repo from\nb:repo maven\nb:repo repo\nb:repo update\nb:report api\nb:report at\nb:report attribute\nb:report html\nb:report is\nb:report py\nb:report ui\nb:reported by\nb:reported issue\nb:reporter github\nb:reports alongside\nb:reports problems\nb:reports py\nb:reports tests\nb:repos codecov\nb:repos maierj\nb:repositories dispatch\nb:repositories which\nb:repository acme\nb:repository actions\nb:repository andi\nb:repository apis\nb:repository codecov\nb:repository directory\nb:repository dtolnay\nb:repository embedded\nb:repository finance\nb:repository fintech\nb:repository https\nb:repository ic3bur\nb:repository im\nb:repository in\nb:repository liquifact\nb:repository maps\nb:repository maven\nb:repository metadata\nb:repository netkit\nb:repository netops\nb:repository oldcode\nb:repository pixels\nb:repository platform\nb:repository rusty\nb:repository shopco\nb:repository shopfront\nb:repository stats\nb:repository supports\nb:repository textkit\nb:repository timekit\nb:repository zerox80\nb:req capability\nb:request 0\nb:request canceled\nb:request for\nb:request handler\nb:request py\nb:request timed\nb:request to\nb:requested tasks\nb:requested u\nb:requests 0\nb:requests server\nb:required actions\nb:required by\nb:required in\nb:required is\nb:required module\nb:required node\nb:required plugins\nb:required tasks\nb:required true\nb:requirement 0\nb:requirement requests\nb:requirements detected\nb:requirements dev\nb:requirements to\nb:requirements txt\nb:requires composer\nb:requires ruby\nb:requires the\nb:reserve cache\nb:reset branch\nb:reset by\nb:resolution is\nb:resolution step\nb:resolution typescript\nb:resolution validation\nb:resolvable dependencies\nb:resolve action\nb:resolve all\nb:resolve archive\nb:resolve config\nb:resolve dependencies\nb:resolve dependency\nb:resolve git\nb:resolve host\nb:resolve import\nb:resolve package\nb:resolve s\nb:resolved 0\nb:resolved because\nb:resolved file\nb:resolved java\nb:resolving dependencies\nb:resolving to\nb:resource aws_s3_bucket\nb:resource directory\nb:resources default\nb:resources orders\nb:resources plugin\nb:responded with\nb:response body\nb:response from\nb:response status\nb:rest src\nb:restore cache\nb:restore can\nb:restore keys\nb:restore to\nb:restore v8\nb:restored from\nb:restored successfully\nb:restoring cache\nb:restricted to\nb:result 0\nb:result f\nb:result failed\nb:result ok\nb:retail web\nb:retain commits\nb:retries 0\nb:retries the\nb:retrun the\nb:retry 0\nb:retry client\nb:retry delay\nb:retry maxtimeout\nb:retry mintimeout\nb:retry retry\nb:retrying fetch\nb:return 0\nb:return a\nb:return bootstrap\nb:return dict\nb:return statement\nb:return str\nb:return sum\nb:return type\nb:return v\nb:return value\nb:return values\nb:returned 0\nb:returned by\nb:returned error\nb:returned exit\nb:returning a\nb:returning any\nb:returns none\nb:returns value\nb:reuse docs\nb:reuse latest\nb:reuse lint\nb:reuse project\nb:rev parse\nb:review allow\nb:review other\nb:reviewdog action\nb:reviewer agent\nb:reviewer cogni\nb:revision 0\nb:revision v0\nb:revive exported\nb:right failed\nb:ring c\nb:ring test\nb:ring_test cpp\nb:ringbuf build\nb:ringbuf dir\nb:ringbuf git\nb:ringbuf ringbuf\nb:ringbuf tests\nb:risky file\nb:rm cannot\nb:rnp beepboop\nb:roaming npm\nb:rocket chat\nb:role wine\nb:rolling_mean is\nb:rollup dist\nb:rollup error\nb:rollup failed\nb:rollup js\nb:root allow\nb:root depends\nb:root directory\nb:root install\nb:root md\nb:root project\nb:root when\nb:rootdir home\nb:ropenscilabs available\nb:routes and\nb:rpc api\nb:rpc error\nb:rpmbuild b\nb:rs 0\nb:rs git\nb:rs healthy\nb:rs km_to_miles\nb:rs tmp\nb:rspec no\nb:rspec spec\nb:rss feeds\nb:ruby 0\nb:ruby advisory\nb:ruby json\nb:ruby setup\nb:ruby v1\nb:ruby version\nb:rubygems org\nb:ruff 0\nb:ruff check\nb:ruff format\nb:rule preset\nb:rules config\nb:rules e\nb:rules property\nb:rules using\nb:run 0\nb:run a\nb:run actions\nb:run all\nb:run bash\nb:run build\nb:run can\nb:run cargo\nb:run cd\nb:run cmake\nb:run composer\nb:run construct\nb:run create\nb:run curl\nb:run default\nb:run disable\nb:run dtolnay\nb:run echo\nb:run elm\nb:run enable\nb:run every\nb:run failed\nb:run format\nb:run go\nb:run gradlew\nb:run in\nb:run index\nb:run install\nb:run ktlint\nb:run lint\nb:run make\nb:run maven\nb:run mix\nb:run node\nb:run npm\nb:run npx\nb:run of\nb:run on\nb:run parse\nb:run pip\nb:run poetry\nb:run profiler\nb:run python\nb:run restore\nb:run ruby\nb:run rustc\nb:run rustup\nb:run scripts\nb:run set\nb:run test\nb:run test_run\nb:run tests\nb:run the\nb:run tsc\nb:run with\nb:run work\nb:run yarn\nb:runner 0\nb:runner cache\nb:runner cargo\nb:runner dist\nb:runner eebxo6ax\nb:runner git\nb:runner gitconfig\nb:runner go\nb:runner gradle\nb:runner has\nb:runner hostedtoolcache\nb:runner image\nb:runner images\nb:runner is\nb:runner issues\nb:runner java\nb:runner m2\nb:runner namespace\nb:runner npm\nb:runner run\nb:runner runners\nb:runner service\nb:runner shells\nb:runner version\nb:runner work\nb:runner01 gitlab\nb:runner_temp git\nb:runneradmin cargo\nb:runners 0\nb:runners manager\nb:running 0\nb:running a\nb:running agent\nb:running and\nb:running as\nb:running checks\nb:running command\nb:running in\nb:running on\nb:running processor\nb:running unittests\nb:running with\nb:running_processor go\nb:runs 0\nb:runs of\nb:runtime test\nb:rust 0\nb:rust cache\nb:rust clippy\nb:rust fmt\nb:rust lang\nb:rust lint\nb:rust rust\nb:rust sha256\nb:rust toolchain\nb:rust_analyzer lua\nb:rustc 0\nb:rustc explain\nb:rustc stable\nb:rustfmt clippy\nb:rustup command\nb:rustup default\nb:rustup dev\nb:rustup if\nb:rustup toolchain\nb:rusty configr\nb:rusty tally\nb:rx x\nb:rxs tests\nb:s a\nb:s a4006\nb:s add\nb:s b\nb:s b3073\nb:s build\nb:s c\nb:s c2086\nb:s c2164\nb:s chars\nb:s ci\nb:s commit\nb:s connection\nb:s create\nb:s d\nb:s detected\nb:s done\nb:s e\nb:s e_\nb:s f\nb:s failed\nb:s h\nb:s i\nb:s in\nb:s issue\nb:s js\nb:s k\nb:s l\nb:s libtonode\nb:s linted\nb:s linux\nb:s m\nb:s md\nb:s n\nb:s o\nb:s o2\nb:s on\nb:s p\nb:s pf\nb:s q\nb:s r\nb:s rx\nb:s s\nb:s s_\nb:s score\nb:s sit\nb:s t\nb:s t_\nb:s test\nb:s the\nb:s then\nb:s transform\nb:s u\nb:s v\nb:s w\nb:s with\nb:s x\nb:s0103 the\nb:s2322 type\nb:s2345 argument\nb:s2554 expected\nb:s3 block\nb:s6 vzpvo\nb:s_ a\nb:s_ c\nb:s_ i\nb:s_ r\nb:s_ t\nb:saas linux\nb:safe directory\nb:same passed\nb:same unit\nb:sample rdk\nb:samples sample\nb:sardonyx xenial\nb:sata dotnet10\nb:satisfies the\nb:satu platform\nb:save always\nb:save if\nb:saving state\nb:saw eqeqeq\nb:scala 0\nb:scala org\nb:scan to\nb:scanning for\nb:scanning is\nb:scdm client\nb:scenario web\nb:scenarios 0\nb:scene c\nb:scene o\nb:schedule requested\nb:schema https\nb:scikit base\nb:scikit learn\nb:scm orders\nb:scope find\nb:scope node\nb:score greater\nb:scratch failed_e2e\nb:screen kt\nb:screens settings\nb:screens vpn\nb:script build\nb:script contents\nb:script heap\nb:script lint\nb:script on\nb:script policy\nb:script returned\nb:script s\nb:scripts dangerously\nb:scripts deploy\nb:scripts git\nb:scripts ie\nb:scripts ignore\nb:scripts load\nb:scripts no\nb:scripts ops\nb:scripts or\nb:scripts package\nb:scripts policy\nb:scripts run\nb:scripts specified\nb:sdk 0\nb:sdk api\nb:sdk dotnet\nb:sdk js\nb:sdk linux\nb:sdk macros\nb:sdk telemetry\nb:sdk v25\nb:search ts\nb:sebastian bergmann\nb:sec command_line_warnings\nb:sec1 v0\nb:second 0\nb:seconds files\nb:seconds must\nb:seconds to\nb:secret scanning\nb:secret source\nb:secretlint rule\nb:secretlint secretlint\nb:secs 0\nb:section 0\nb:section_end 0\nb:section_start 0\nb:securedrop_client api_jobs\nb:security advisories\nb:security audit\nb:security auditor\nb:security cryptography\nb:security implications\nb:security issue\nb:security policy\nb:security vulnerabilities\nb:security vulnerability\nb:sed ne\nb:see a\nb:see also\nb:see https\nb:see log\nb:see npm\nb:see the\nb:seed 0\nb:seem to\nb:seems to\nb:select a\nb:select packages\nb:selected output\nb:self counts\nb:self update\nb:semicolon app\nb:semver v1\nb:send email\nb:sensor c\nb:sensor sensor\nb:separate line\nb:separated list\nb:sequence any\nb:sequential filter_numbers\nb:serde v1\nb:serde_derive v1\nb:serde_json v1\nb:serde_with v3\nb:server 0\nb:server anything\nb:server client\nb:server compiled\nb:server exec\nb:server failed\nb:server id\nb:server message\nb:server npm\nb:server password\nb:server request\nb:server ui\nb:server username\nb:server variants\nb:server verify\nb:service 0\nb:service found\nb:service git\nb:service github\nb:service in\nb:service is\nb:service java\nb:service kt\nb:service not\nb:service notification\nb:service php\nb:service responded\nb:service run\nb:service src\nb:service ts\nb:service unavailable\nb:services gradle\nb:services keystore\nb:services user\nb:session starts\nb:set build\nb:set c\nb:set check\nb:set file\nb:set interval\nb:set n\nb:set o\nb:set of\nb:set properly\nb:set registry\nb:set safe\nb:set then\nb:set to\nb:set up\nb:sets the\nb:setting config\nb:setting java\nb:setting up\nb:settings component\nb:settings screen\nb:settings true\nb:settings xml\nb:settled_at must\nb:settlement rs\nb:setup 0\nb:setup builddir\nb:setup go\nb:setup gradle\nb:setup java\nb:setup node\nb:setup p\nb:setup php\nb:setup python\nb:setup ruby\nb:setup uv\nb:several a\nb:severity 0\nb:severity e\nb:severity error\nb:severity vulnerability\nb:sf https\nb:sh 0\nb:sh c\nb:sh exited\nb:sh head\nb:sh line\nb:sh sh\nb:sh tmp\nb:sh uv\nb:sha256 0\nb:shallow linked\nb:share cmake\nb:share julia\nb:shared is\nb:shared rollup\nb:shared src\nb:shared updates\nb:shell 0\nb:shell bin\nb:shell c\nb:shell profile\nb:shell true\nb:shell usr\nb:shellcheck net\nb:shellcheck reported\nb:shells index\nb:shields lite\nb:shims on\nb:shivammathur setup\nb:shodh memory\nb:shop cart\nb:shop git\nb:shop web\nb:shopco cart\nb:shopco orders\nb:shopco report\nb:shopco shop\nb:shopco storefront\nb:shopco web\nb:shopfront cart\nb:short test\nb:shorturl shorturl\nb:should be\nb:should callback\nb:should equal\nb:should go\nb:should have\nb:should list\nb:should not\nb:should notify\nb:should panic\nb:should start\nb:should_ fail\nb:show app\nb:show error\nb:show progress\nb:show the\nb:show where\nb:shrinkwrap json\nb:shutdown signal\nb:sid snapshot\nb:side of\nb:signal terminated\nb:signal this\nb:signedness int\nb:significantly since\nb:simdjson 0\nb:simple hatchling\nb:simple requests\nb:simulator arm64\nb:simulators ethereum\nb:sin lat2\nb:since it\nb:since poetry\nb:sit list\nb:site command\nb:site deploy\nb:site docs\nb:site packages\nb:site scripting\nb:site tools\nb:sites default\nb:six 0\nb:sixty seconds\nb:size is\nb:skills a\nb:skip non\nb:skipped 0\nb:skipped due\nb:skipping git\nb:skipping integrity\nb:sleep go\nb:slice will\nb:sln t\nb:slug t\nb:slug test\nb:slug_test go\nb:slugger git\nb:slugger php\nb:slugger slugger\nb:slugger test\nb:slugify test\nb:slugs git\nb:slugs slugs\nb:small amd64\nb:small variant\nb:sme env\nb:smol toml\nb:smtp internal\nb:snake case\nb:snapshot 0\nb:snapshot failed\nb:snapshots 0\nb:so because\nb:so now\nb:so restore\nb:socket emit\nb:sockeye image_captioning\nb:software https\nb:solution found\nb:solutions please\nb:solve failed\nb:solve rpc\nb:solving failed\nb:some errors\nb:some files\nb:some tests\nb:something wrong\nb:soroban env\nb:soroban sdk\nb:soroban_sdk address\nb:soroban_sdk events\nb:sorted and\nb:source actions\nb:source build\nb:source code\nb:source commit\nb:source dir\nb:source file\nb:source files\nb:source from\nb:source s\nb:source set\nb:source sets\nb:source tree\nb:source tutor\nb:source venv\nb:sourcerygxx 0\nb:sources from\nb:space berui\nb:space between\nb:space left\nb:space s\nb:spaces 0\nb:spaces are\nb:spaces around\nb:spaces become\nb:spaces found\nb:spaces multiple\nb:spaces want\nb:spacing after\nb:sparse checkout\nb:sparse g\nb:sparse registry\nb:spdx org\nb:spec 0\nb:spec cart_spec\nb:spec cliargs_spec\nb:spec features\nb:spec fixtures_spec\nb:spec js\nb:spec readme_spec\nb:specified in\nb:specifiers in\nb:specs from\nb:specs in\nb:spell py\nb:splitting s\nb:splitting shellcheck\nb:spond spond\nb:spot bugs\nb:spotbugs checkstyle\nb:spotbugs maven\nb:sprint test_error\nb:sprint test_fail\nb:spurious network\nb:sr ht\nb:src android\nb:src api\nb:src app\nb:src avg\nb:src aws\nb:src b\nb:src backend\nb:src c\nb:src cart\nb:src chapter3\nb:src client\nb:src codegen\nb:src common\nb:src components\nb:src copy\nb:src css\nb:src d\nb:src drone\nb:src ethereum\nb:src external\nb:src features\nb:src fetch\nb:src flutter\nb:src framework\nb:src github\nb:src gnutls_auth\nb:src helper\nb:src hhp\nb:src hooks\nb:src index\nb:src infrastructure\nb:src invoice\nb:src iter\nb:src lando\nb:src lib\nb:src liquid\nb:src main\nb:src masque\nb:src microsoft\nb:src newtonsoft\nb:src notify\nb:src nu\nb:src open\nb:src page\nb:src panicking\nb:src registry\nb:src ring\nb:src scene\nb:src scripts\nb:src search\nb:src source\nb:src src\nb:src storefront\nb:src styles\nb:src task\nb:src tclint\nb:src template\nb:src test\nb:src testing\nb:src tests\nb:src time\nb:src tools\nb:src ts\nb:src tsbootstrap\nb:src users\nb:src utils\nb:src z\nb:src1489103279 src\nb:ssh command\nb:ssh git\nb:ssh strict\nb:ssh user\nb:stable 0\nb:stable aarch64\nb:stable profile\nb:stable s\nb:stable version\nb:stable x86_64\nb:stable_deref_trait v1\nb:stack at\nb:stack error\nb:stack exhaustion\nb:stack trace\nb:stack traceback\nb:stack work\nb:stacktrace option\nb:stage building\nb:stage of\nb:stage release\nb:stalled build\nb:stamp is\nb:standard args\nb:standard library\nb:start 0\nb:start alarm\nb:start at\nb:start cleaning\nb:start line\nb:start of\nb:start on\nb:start tracking\nb:start with\nb:started by\nb:started name\nb:started runner\nb:starter 0\nb:starting a\nb:starting build\nb:starting checkout\nb:starting command\nb:starting finalize\nb:starting initialize\nb:starts with\nb:startup 0\nb:starves it\nb:state 0\nb:state and\nb:state java\nb:state run\nb:state transition\nb:state without\nb:state you\nb:statement is\nb:statement no\nb:stats tally\nb:status 0\nb:status code\nb:status done\nb:status none\nb:status ok\nb:status success\nb:std c\nb:std iter\nb:stderr src\nb:stdlib go1\nb:stdlib v1\nb:stdune 0\nb:stellar strkey\nb:step 0\nb:step saving\nb:step_script executing\nb:step_script stage\nb:steps cart_steps\nb:steps due\nb:steps succeeded\nb:steps to\nb:stopped hearing\nb:stopped or\nb:stopped subcommand\nb:stored client\nb:stored in\nb:stored settle_ts\nb:storefront git\nb:storefront src\nb:storefront storefront\nb:str any\nb:str arg\nb:str assignment\nb:str has\nb:str none\nb:str usize\nb:strategy for\nb:strategy hoisted\nb:stream 0\nb:stream vbyte\nb:strict allow\nb:strict equal\nb:strict peer\nb:strict true\nb:strictly equal\nb:string 0\nb:string bool\nb:string in\nb:string is\nb:string message\nb:strings are\nb:strings to\nb:strkey v0\nb:strsim v0\nb:struct liquifact\nb:structure test\nb:stub files\nb:studio 0\nb:studio threading\nb:studios cargo\nb:style issues\nb:style omit\nb:stylelint 0\nb:stylelint formatter\nb:stylelint io\nb:stylelint problem\nb:styles app\nb:sub count\nb:subcommand failed\nb:subject empty\nb:subject must\nb:subject to\nb:submit audit\nb:submodules false\nb:submodules setup\nb:subprocess call\nb:subsequent builds\nb:subtests node\nb:succeeded 0\nb:successfully got\nb:successfully installed\nb:successfully set\nb:such as\nb:such file\nb:such tool\nb:suffixed with\nb:suite php\nb:suite test\nb:suites 0\nb:sum 0\nb:sum entry\nb:sum items\nb:sum u32\nb:summary 0\nb:summary info\nb:summary report\nb:summary true\nb:sun nio\nb:supabase client\nb:support appcompat\nb:supported and\nb:supported file\nb:supports git\nb:suppress this\nb:sure it\nb:sure that\nb:sure the\nb:sure your\nb:surefire plugin\nb:suspicious no\nb:svc git\nb:svc go\nb:svc notify\nb:svg from\nb:swatinem rust\nb:swift 0\nb:swift compiler\nb:swift format\nb:swift normal\nb:switch c\nb:switch command\nb:switch to\nb:switched to\nb:switching back\nb:switching to\nb:symbol class\nb:symfony polyfill\nb:symlinks or\nb:sync client\nb:sync from\nb:sync please\nb:sync server\nb:sync with\nb:syncing channel\nb:syncing repository\nb:syndtr goleveldb\nb:syntax 0\nb:syntax error\nb:sys 0\nb:sys imported\nb:system diagnostics\nb:system failure\nb:system i\nb:system security\nb:t 0\nb:t a\nb:t assert\nb:t b\nb:t basic\nb:t be\nb:t c\nb:t complete\nb:t contain\nb:t continue\nb:t core\nb:t d\nb:t defined\nb:t done\nb:t e\nb:t e_\nb:t entries\nb:t exist\nb:t f\nb:t find\nb:t found\nb:t from\nb:t g\nb:t h\nb:t h_\nb:t i\nb:t in\nb:t is\nb:t java\nb:t key\nb:t l\nb:t license\nb:t load\nb:t m\nb:t match\nb:t modules\nb:t o\nb:t p\nb:t r\nb:t request\nb:t resolve\nb:t run\nb:t runner\nb:t s\nb:t s2322\nb:t s2345\nb:t s2554\nb:t slug\nb:t state\nb:t t\nb:t test\nb:t type\nb:t u\nb:t want\nb:t wstat\nb:t y\nb:t00 0\nb:t03 0\nb:t06 0\nb:t08 0\nb:t09 0\nb:t10 0\nb:t10_00_00_000 z\nb:t12 0\nb:t14 0\nb:t15 0\nb:t16 0\nb:t17 0\nb:t18 0\nb:t20 0\nb:t21 0\nb:t_ b\nb:t_ c\nb:t_ d\nb:t_ i\nb:t_ n\nb:t_ p\nb:t_ s\nb:tabs tabs\nb:tabs ts\nb:tag 0\nb:tag binutils\nb:tag cgen\nb:tag cygwin\nb:tag gdb\nb:tag must\nb:tag nanopb\nb:tag newlib\nb:tag releases\nb:tag sid\nb:tag ubuntu24\nb:tag v0\nb:tag v1\nb:tag v2\nb:tag zephyr\nb:tags false\nb:take a\nb:take empties\nb:takes 0\nb:takes ten\nb:talk chat\nb:tally c\nb:tally git\nb:tally lib\nb:tally tally\nb:taobao org\nb:tar bz2\nb:tar gz\nb:tar posix\nb:tar xf\nb:tar xz\nb:tarball 0\nb:tarball error\nb:tarball files\nb:target 0\nb:target classes\nb:target debug\nb:target framework\nb:target s\nb:target t\nb:target w\nb:targets 0\nb:targets d\nb:targets do\nb:targets for\nb:targets true\nb:task app\nb:task bash\nb:task compile\nb:task detekt\nb:task executer\nb:task execution\nb:task failed\nb:task gen\nb:task generate\nb:task get\nb:task java\nb:task key\nb:task kt\nb:task persona_flutter\nb:task pre\nb:task prebuild\nb:task_queues 0\nb:tasks 0\nb:tasks default\nb:tasks execution\nb:tasks task\nb:tasks utility\nb:tclint cli\nb:tclsp py\nb:tcp 0\nb:team link\nb:teamcity test\nb:telemetry sdk\nb:tells npm\nb:temp 0\nb:temp agents\nb:temp git\nb:temp skills\nb:temp then\nb:temp true\nb:temperatures calls\nb:template 0\nb:template section\nb:template ts\nb:templates tests\nb:temporarily overriding\nb:temporary git\nb:temps js\nb:temurin hotspot_jdk\nb:ten off\nb:terminated program\nb:terms of\nb:terraform fmt\nb:terraform init\nb:terraform plan\nb:test 0\nb:test a\nb:test add\nb:test addition\nb:test b8ej_\nb:test browser\nb:test but\nb:test c\nb:test cart\nb:test case\nb:test cases\nb:test check\nb:test class\nb:test client\nb:test close\nb:test code\nb:test command\nb:test compile\nb:test concurrent\nb:test context\nb:test count\nb:test coverage\nb:test creating\nb:test days\nb:test debug\nb:test default\nb:test dir\nb:test dll\nb:test drone\nb:test duration\nb:test environment\nb:test f\nb:test failed\nb:test failures\nb:test fetch\nb:test fetcher\nb:test file\nb:test files\nb:test fixed\nb:test fixtures\nb:test from\nb:test frontend\nb:test get\nb:test go\nb:test greeting\nb:test home\nb:test i\nb:test iso8601\nb:test java\nb:test js\nb:test kt\nb:test linux\nb:test lua\nb:test make\nb:test method\nb:test minitest\nb:test module\nb:test modules\nb:test money\nb:test multiplication\nb:test new\nb:test offline\nb:test on\nb:test outer\nb:test package\nb:test parse\nb:test passed\nb:test perf\nb:test php\nb:test post\nb:test process\nb:test profile\nb:test proj\nb:test project\nb:test rb\nb:test rejects\nb:test release\nb:test result\nb:test results\nb:test retry\nb:test returned\nb:test run\nb:test s\nb:test scdm\nb:test session\nb:test shared\nb:test should\nb:test source\nb:test src\nb:test sub\nb:test suite\nb:test suites\nb:test summary\nb:test t\nb:test take\nb:test test\nb:test test_minitest_sprint\nb:test test_money\nb:test test_none\nb:test test_punctuation\nb:test test_unicode\nb:test tests\nb:test time\nb:test timed\nb:test timeout\nb:test ts\nb:test ubuntu\nb:test v\nb:test validate\nb:test watch\nb:test_client py\nb:test_convert cpp\nb:test_distance py\nb:test_low_stock_threshold 0\nb:test_minitest_sprint rb\nb:test_none test_textkit\nb:test_ok py\nb:test_parse cpp\nb:test_parse py\nb:test_parser parse\nb:test_punctuation test_textkit\nb:test_report py\nb:test_retry py\nb:test_run py\nb:test_runner test\nb:test_slugs slug\nb:test_stats cpp\nb:test_stock py\nb:test_textkit slugify\nb:test_textkit truncate\nb:test_unicode tests\nb:test_window py\nb:testcafe src\nb:testdata cloud\nb:tested 0\nb:tester is\nb:testing go\nb:testing m\nb:testing profile_\nb:testing run\nb:testing t\nb:testing testing\nb:testing zig\nb:testmain go\nb:tests 0\nb:tests admin\nb:tests ampere\nb:tests and\nb:tests bundlers\nb:tests chain_generics\nb:tests cli\nb:tests csproj\nb:tests did\nb:tests failed\nb:tests failing\nb:tests feature\nb:tests files\nb:tests from\nb:tests func1\nb:tests in\nb:tests none\nb:tests panics_on_zero\nb:tests passed\nb:tests properties\nb:tests ring_test\nb:tests run\nb:tests see\nb:tests settlement\nb:tests swift\nb:tests test\nb:tests test_distance\nb:tests test_parse\nb:tests test_parser\nb:tests test_report\nb:tests test_slugs\nb:tests test_stock\nb:tests u\nb:tests unit\nb:tests__ evaluator\nb:tex range\nb:text startup\nb:textkit parser\nb:textkit slugger\nb:textkit slugify\nb:tfs v\nb:tg2 ex\nb:than 0\nb:than initial\nb:than once\nb:than or\nb:than the\nb:thapa wlctl\nb:that allows\nb:that are\nb:that does\nb:that it\nb:that need\nb:that satisfies\nb:that terminates\nb:that the\nb:that two\nb:that were\nb:the 0\nb:the a\nb:the ability\nb:the action\nb:the agent\nb:the allow\nb:the ammount\nb:the attribute\nb:the available\nb:the bodies\nb:the build\nb:the c\nb:the changes\nb:the channel\nb:the checkout\nb:the checks\nb:the checksums\nb:the class\nb:the command\nb:the compiler\nb:the condition\nb:the configured\nb:the conflict\nb:the constraint\nb:the contents\nb:the context\nb:the coverage\nb:the current\nb:the debugger\nb:the default\nb:the dependencies\nb:the dependency\nb:the docker\nb:the e\nb:the end\nb:the error\nb:the errors\nb:the expected\nb:the expression\nb:the extra\nb:the failure\nb:the file\nb:the fix\nb:the flutter\nb:the following\nb:the format\nb:the full\nb:the gemfile\nb:the getter\nb:the given\nb:the gradle\nb:the highlights\nb:the host\nb:the hosted\nb:the individual\nb:the initial\nb:the install\nb:the installation\nb:the job\nb:the just\nb:the last\nb:the latest\nb:the license\nb:the lint\nb:the local\nb:the lock\nb:the lockfile\nb:the log\nb:the machine\nb:the maximum\nb:the memory\nb:the meson\nb:the method\nb:the mix\nb:the module\nb:the name\nb:the newest\nb:the node\nb:the only\nb:the operation\nb:the output\nb:the p\nb:the package\nb:the packages\nb:the path\nb:the plugin\nb:the process\nb:the project\nb:the provided\nb:the proxy\nb:the punycode\nb:the query\nb:the r\nb:the react\nb:the recommended\nb:the ref\nb:the remote\nb:the report\nb:the repository\nb:the requested\nb:the requirement\nb:the restore\nb:the result\nb:the root\nb:the runner\nb:the same\nb:the server\nb:the should\nb:the strategy\nb:the switch\nb:the sync\nb:the temporary\nb:the term\nb:the test\nb:the time\nb:the top\nb:the totla\nb:the type\nb:the types\nb:the update\nb:the upstream\nb:the version\nb:the warning\nb:the workspace\nb:the x\nb:them and\nb:theme kt\nb:theme theme\nb:then 0\nb:then any_\nb:there appears\nb:there are\nb:there is\nb:there were\nb:these values\nb:they are\nb:they come\nb:this advice\nb:this can\nb:this command\nb:this could\nb:this declaration\nb:this environment\nb:this error\nb:this expression\nb:this function\nb:this functionality\nb:this id\nb:this install\nb:this is\nb:this may\nb:this message\nb:this method\nb:this might\nb:this operation\nb:this please\nb:this potentially\nb:this project\nb:this release\nb:this run\nb:this scope\nb:this script\nb:this to\nb:this value\nb:this warning\nb:thiserror impl\nb:thiserror v1\nb:thread main\nb:threading csproj\nb:threading microsoft\nb:threading src\nb:threshold should\nb:throw last\nb:thrown exceeded\nb:thrown running\nb:tightening messages\nb:tightening tightening\nb:tiles geo\nb:tiles git\nb:time 0\nb:time elapsed\nb:time for\nb:time go\nb:time has\nb:time lifecycle\nb:time limit\nb:time of\nb:time real\nb:time sleep\nb:timed out\nb:timekit dates\nb:timekit durations\nb:timeout 0\nb:timeout computed\nb:timeout error\nb:timeout exceeded\nb:timeout file\nb:timeout node\nb:timeout of\nb:timeout was\nb:timeouts are\nb:timers 0\nb:timeseries timeseries\nb:timing reify\nb:tiny db\nb:tinyhttp p\nb:tinyhttp tinyhttp\nb:title 0\nb:title n\nb:title stylelint\nb:title want\nb:tmp pnc\nb:tmp protoc\nb:tmp ringbuf\nb:tmp target\nb:tmp tmp\nb:tmp zmk\nb:to 0\nb:to a\nb:to access\nb:to add\nb:to address\nb:to an\nb:to apply\nb:to avoid\nb:to azure\nb:to be\nb:to build\nb:to but\nb:to capture\nb:to central\nb:to change\nb:to check\nb:to collect\nb:to compile\nb:to compute\nb:to configure\nb:to connect\nb:to continue\nb:to copy\nb:to crates\nb:to create\nb:to credentials\nb:to deserialize\nb:to detect\nb:to display\nb:to docker\nb:to download\nb:to enable\nb:to equal\nb:to errors\nb:to execute\nb:to fail\nb:to false\nb:to fetch\nb:to file\nb:to find\nb:to finish\nb:to fix\nb:to fnv1a\nb:to gems\nb:to generate\nb:to get\nb:to git\nb:to gradle\nb:to have\nb:to high\nb:to home\nb:to https\nb:to ignore\nb:to image\nb:to java\nb:to l\nb:to load\nb:to main\nb:to make\nb:to match\nb:to minimatch\nb:to module\nb:to no\nb:to npmcli\nb:to omit\nb:to open\nb:to opt\nb:to override\nb:to p\nb:to parameter\nb:to parse\nb:to prevent\nb:to query\nb:to re\nb:to read\nb:to refs\nb:to register\nb:to reproduce\nb:to request\nb:to resolve\nb:to restore\nb:to retain\nb:to return\nb:to run\nb:to s\nb:to save\nb:to see\nb:to select\nb:to self\nb:to server\nb:to show\nb:to solve\nb:to start\nb:to suppress\nb:to target\nb:to the\nb:to timeout\nb:to track\nb:to transfer\nb:to true\nb:to type\nb:to u64\nb:to underlying\nb:to unpack\nb:to unsigned\nb:to untyped\nb:to update\nb:to upgrade\nb:to use\nb:to users\nb:to v9\nb:to version\nb:to versions\nb:to when\nb:to your\nb:to zero\nb:todo 0\nb:token 0\nb:token manager\nb:token sme\nb:tokens on\nb:toml 0\nb:toml changed\nb:toml started\nb:too long\nb:too many\nb:took 0\nb:took longer\nb:tool cache\nb:tool covdata\nb:tool is\nb:toolbox toolbox\nb:toolchain 0\nb:toolchain install\nb:toolchain none\nb:toolchain stable\nb:toolchain version\nb:toolchains xml\nb:tools build\nb:tools extra\nb:tools no\nb:tools node_modules\nb:tools pkgtool\nb:tools preview\nb:tools tests__\nb:top level\nb:top required\nb:top vec\nb:total 0\nb:total issues\nb:total items\nb:total lines\nb:total n\nb:total test\nb:total time\nb:trace deprecation\nb:trace file\nb:trace of\nb:traceback most\nb:track origin\nb:tracking orphan\nb:trailing comma\nb:trailing space\nb:trailing spaces\nb:trailing whitespace\nb:traits accum\nb:transaction_sequence ts\nb:transfer metadata\nb:transferring context\nb:transferring dockerfile\nb:transform 0\nb:transition controller\nb:transport got\nb:travis build\nb:travis ci\nb:travis job\nb:travis nvm\nb:treated as\nb:tree 0\nb:tree demospring\nb:tree git\nb:tree node_modules\nb:tree on\nb:tree org\nb:tree sitter\nb:tree src\nb:trim me\nb:trim trailing\nb:trim_trailing_whitespace https\nb:trouble with\nb:true and\nb:true bypass\nb:true displays\nb:true failed\nb:true inputs\nb:true npm\nb:true object\nb:true submit\nb:true to\nb:true truthy\nb:true turn\nb:truncate test\nb:truncate the\nb:trunk and\nb:trusty updates\nb:truthy value\nb:try rustc\nb:try_from and\nb:trying to\nb:ts 0\nb:ts cart\nb:ts client\nb:ts format\nb:ts git\nb:ts invoices\nb:tsbootstrap backends\nb:tsbootstrap pyproject\nb:tsbootstrap services\nb:tsbootstrap src\nb:tsbootstrap tsbootstrap\nb:tsc p\nb:tsconfig json\nb:tslint error\nb:tst update\nb:tsx 0\nb:turbo run\nb:turn off\nb:turn the\nb:two arrays\nb:two strings\nb:tx builder\nb:txt 0\nb:txt line\nb:type annotation\nb:type answer\nb:type coercion\nb:type comparison\nb:type error\nb:type generator\nb:type hard\nb:type ignore\nb:type int\nb:type is\nb:type native\nb:type none\nb:type number\nb:type of\nb:type or\nb:type remote\nb:type running\nb:type sequence\nb:type str\nb:type string\nb:type test\nb:type u32\nb:typed context\nb:typenum v1\nb:types 0\nb:types in\nb:types int\nb:types of\nb:types react\nb:types to\nb:typescript eslint\nb:typescript starter\nb:typescript version\nb:typing extensions\nb:typing import\nb:typing list\nb:typo location\nb:tzdata 0\nb:tzst p\nb:u 0\nb:u b\nb:u b_\nb:u c\nb:u cogni\nb:u d\nb:u e\nb:u e_\nb:u g\nb:u i\nb:u l\nb:u m\nb:u n\nb:u p\nb:u p_\nb:u r\nb:u s\nb:u t\nb:u to\nb:u1004 the\nb:u1101 unable\nb:u1403 package\nb:u16 u16\nb:u1903 warning\nb:u32 0\nb:u32 cannot\nb:u64 can\nb:u64 to\nb:u64 u8\nb:u8 option\nb:u8 to\nb:u8 usize\nb:ubuntu 0\nb:ubuntu com\nb:ubuntu desktop\nb:ubuntu latest\nb:ubuntu noble\nb:ubuntu pool\nb:ubuntu python\nb:ubuntu ubuntu2404\nb:ubuntu0 0\nb:ubuntu1_amd64 deb\nb:ubuntu24 0\nb:ubuntu2404 readme\nb:ui ab0x\nb:ui app\nb:ui components\nb:ui core\nb:ui kt\nb:ui report\nb:ui screens\nb:ui styles\nb:ui theme\nb:ui types\nb:ui widgets\nb:uikit widgets\nb:unable to\nb:unbound value\nb:uncaught assertion\nb:unchanged rustc\nb:undeclared identifier\nb:undeclared name\nb:undefined 0\nb:undefined b\nb:undefined body\nb:undefined err\nb:undefined github\nb:undefined min\nb:undefined names\nb:undefined new\nb:undefined pl\nb:undefined reading\nb:undefined reference\nb:undefined target\nb:underlying error\nb:understood 0\nb:undo this\nb:unexpected argument\nb:unexpected console\nb:unexpected duplicate\nb:unexpected empty\nb:unexpected error\nb:unexpected indentation\nb:unexpected newline\nb:unexpected spaces\nb:unexpected token\nb:unexpected trailing\nb:unexpected unit\nb:unexpected unknown\nb:unexpected use\nb:unexpected var\nb:unformatted file\nb:unfortunately your\nb:unicode title\nb:unit 0\nb:unit area\nb:unit as\nb:unit expectation\nb:unit framework\nb:unit length\nb:unit test\nb:unit tests\nb:unit util\nb:units git\nb:units lib\nb:units ok\nb:units v0\nb:units x\nb:unittests src\nb:universe amd64\nb:unknown 0\nb:unknown coupon\nb:unknown desc\nb:unknown https\nb:unknown in\nb:unknown linux\nb:unknown property\nb:unknown word\nb:unlabeled 0\nb:unneeded return\nb:unnested or\nb:unoptimized debuginfo\nb:unordered key\nb:unpack 0\nb:unreachable code\nb:unrecognized spelling\nb:unresolved reference\nb:unsafe fix\nb:unsafe if\nb:unsatisfiable requirements\nb:unschedulable 0\nb:unset all\nb:unset or\nb:unsigned long\nb:unsupported argument\nb:unsupported engine\nb:unter under\nb:until assertions\nb:untyped call\nb:untyped decorator\nb:untyped def\nb:untyped defs\nb:untyped function\nb:untyped functions\nb:untyped misc\nb:unused 0\nb:unused function\nb:unused ignore\nb:unused import\nb:unused imports\nb:unused is\nb:unused licenses\nb:unused on\nb:unused type\nb:unused variable\nb:unused vars\nb:unused_variables part\nb:up auth\nb:up c\nb:up go\nb:up j\nb:up job\nb:up orphan\nb:up project\nb:up task\nb:up to\nb:update dependencies\nb:update download\nb:update environment\nb:update from\nb:update it\nb:update model\nb:update on\nb:update or\nb:update run\nb:update the\nb:update to\nb:update xml\nb:update your\nb:updated because\nb:updated but\nb:updates for\nb:updates in\nb:updates test\nb:updates tsx\nb:updating 0\nb:updating crates\nb:upgrade pip\nb:upgrade to\nb:upgrade your\nb:upload artifact\nb:uploading artifacts\nb:ureq v2\nb:url https\nb:urllib request\nb:urllib3 0\nb:usage of\nb:use a\nb:use apt\nb:use cd\nb:use compress\nb:use const\nb:use eslint\nb:use git\nb:use home\nb:use in\nb:use let\nb:use node\nb:use of\nb:use passkey\nb:use pip\nb:use prettier\nb:use search\nb:use the\nb:use try_from\nb:use warning\nb:use window\nb:used at\nb:used before\nb:used config\nb:used directly\nb:used in\nb:used licenses\nb:used no\nb:used s\nb:used staticcheck\nb:used to\nb:used typescript\nb:used unable\nb:user git\nb:user guide\nb:user home\nb:user interface\nb:userguide command_line_interface\nb:userland alternative\nb:username g\nb:users bb\nb:users brianbancroft\nb:users christophe\nb:users david\nb:users jonesn\nb:users js\nb:users julian\nb:users kevin\nb:users koen\nb:users kyryl\nb:users mike\nb:users minchanglong\nb:users pasha\nb:users runner\nb:users runneradmin\nb:users usr\nb:using 0\nb:using c\nb:using check\nb:using docker\nb:using existing\nb:using first\nb:using from\nb:using may\nb:using the\nb:usize counts\nb:usnistgov dastard\nb:usr 0\nb:usr bin\nb:usr lib\nb:usr local\nb:util concurrent\nb:util is\nb:util java\nb:util test\nb:utility bash\nb:utils 0\nb:utils csv\nb:utils export\nb:utils format\nb:utils geo\nb:utils test\nb:uuid v\nb:uuid v1\nb:uv 0\nb:uv cache\nb:uv install\nb:uv pip\nb:uv sync\nb:uv_manager py\nb:uw u\nb:v 0\nb:v a\nb:v a_\nb:v c\nb:v e\nb:v https\nb:v i\nb:v len\nb:v m\nb:v n\nb:v p\nb:v prune\nb:v rustup\nb:v rxs\nb:v v\nb:v v1\nb:v0 0\nb:v0 rust\nb:v1 0\nb:v1 app\nb:v1 s\nb:v1 unable\nb:v10 0\nb:v18 0\nb:v2 0\nb:v2 dockerfile\nb:v2 net\nb:v2 s\nb:v20 0\nb:v25 0\nb:v3 0\nb:v3 tests\nb:v4 0\nb:v4 dist\nb:v4 s\nb:v5 0\nb:v5 s\nb:v6 0\nb:v7 0\nb:v8 0\nb:v8 gradle\nb:v8 internal\nb:v9 are\nb:valid alias\nb:valid python\nb:validation failed\nb:validator 0\nb:validator test\nb:value 0\nb:value as\nb:value but\nb:value for\nb:value is\nb:value it\nb:value missing_offset\nb:value node_config\nb:value of\nb:value should\nb:value x\nb:values are\nb:values to\nb:var i\nb:var lib\nb:var log\nb:var use\nb:varfish server\nb:variable advice\nb:variable declaration\nb:variable error_count\nb:variable for\nb:variable has\nb:variable home\nb:variable name\nb:variable not\nb:variable of\nb:variables can\nb:variance variate\nb:variant filter\nb:variant variance\nb:variante variant\nb:variants vueapp\nb:varint out\nb:vec u8\nb:vendor bin\nb:vendor modules\nb:vendoring in\nb:venv bin\nb:verb stack\nb:verbose sed\nb:verification failed\nb:verification metadata\nb:verify the\nb:verifying checksum\nb:version 0\nb:version file\nb:version for\nb:version go1\nb:version hs\nb:version info\nb:version intervals\nb:version is\nb:version of\nb:version solving\nb:version spec\nb:version that\nb:version v1\nb:version v6\nb:version verbose\nb:versions 0\nb:versions baseline\nb:versions for\nb:versions in\nb:versions may\nb:versions node\nb:versions none\nb:versions of\nb:versions prior\nb:via amqp\nb:via pandas\nb:via this\nb:view model\nb:viewmodel vpn\nb:viper bind\nb:virtualenv 0\nb:visit https\nb:visual studio\nb:vite build\nb:vite dist\nb:vite rollup\nb:vitejs plugin\nb:vitest dist\nb:vitest run\nb:vitest runner\nb:viz dashboard\nb:vpn cargo\nb:vpn data\nb:vpn git\nb:vpn gui\nb:vpn is\nb:vpn keycloak\nb:vpn main\nb:vpn native_lib\nb:vpn o\nb:vpn screen\nb:vpn service\nb:vpn shared\nb:vpn ui\nb:vpn view\nb:vpn viewmodel\nb:vpn_mtu option\nb:vs threading\nb:vscode cspell\nb:vss work\nb:vsts work\nb:vueapp node_modules\nb:vuln g\nb:vuln i\nb:vulnerabilities 0\nb:vulnerabilities affecting\nb:vulnerabilities found\nb:vulnerabilities that\nb:vulnerability 0\nb:vulnerability advisory\nb:vulnerability found\nb:vulnerability in\nb:vulnerability matches\nb:vulnerable to\nb:vulnerable versions\nb:vzpvo system\nb:w 0\nb:w a\nb:w ampere\nb:w d_\nb:w dactyl\nb:w e\nb:w file\nb:w h\nb:w home\nb:w i\nb:w n\nb:w o\nb:w repo\nb:w s\nb:w t\nb:w the\nb:w workspace\nb:w10 lost\nb:wait_for_db sh\nb:waiting for\nb:wall c\nb:wallclock secs\nb:want a\nb:want multiple\nb:want npm\nb:want to\nb:want unicode\nb:warn deprecated\nb:warn e\nb:warn src\nb:warn unused\nb:warn unused_variables\nb:warning 0\nb:warning as\nb:warning error\nb:warning failed\nb:warning github\nb:warning into\nb:warning mode\nb:warning no\nb:warning rolling_mean\nb:warning s\nb:warning spurious\nb:warning unexpected\nb:warning unused\nb:warning unused_variable\nb:warning use\nb:warning was\nb:warnings 0\nb:warnings add\nb:warnings and\nb:warnings as\nb:warnings being\nb:warnings generated\nb:warnings run\nb:was canceled\nb:was created\nb:was defined\nb:was last\nb:was low\nb:was not\nb:was passed\nb:was run\nb:was thrown\nb:was used\nb:wasm loader\nb:wasmi_core v0\nb:watch all\nb:watch o\nb:watchos 0\nb:watchos arm64\nb:watchos main\nb:watchos simulator\nb:watchos x64\nb:we have\nb:we location\nb:we stopped\nb:we try\nb:web admin\nb:web e2e\nb:web p\nb:web shop\nb:web src\nb:web u\nb:web yaml\nb:web3_universal_ledger from\nb:webpack 0\nb:webpack hot\nb:webpack mode\nb:webshop webshop\nb:webtools pyserve\nb:weekend knows\nb:weighted issues\nb:welcome md\nb:welcome to\nb:went offline\nb:went wrong\nb:were emitted\nb:were failing\nb:were found\nb:were identified\nb:were supplied\nb:were used\nb:werror unused\nb:west cygwin\nb:west main\nb:west master\nb:west unlabeled\nb:west zephyr\nb:what s\nb:what was\nb:what went\nb:wheel for\nb:wheels macos\nb:wheels r\nb:when a\nb:when automatic\nb:when conditional\nb:when full\nb:when i\nb:when set\nb:when the\nb:when true\nb:when used\nb:when workspaces\nb:when your\nb:where 0\nb:where a\nb:where the\nb:which is\nb:which may\nb:which requires\nb:which types\nb:which will\nb:which you\nb:while assembling\nb:while awaiting\nb:while checking\nb:while executing\nb:while importing\nb:while installing\nb:while parsing\nb:while running\nb:while waiting\nb:white space\nb:whitespace after\nb:whitespace app\nb:whitespace around\nb:whitespace editor\nb:whitespace failed\nb:whitespace formatting\nb:whitespace found\nb:whl 0\nb:whl metadata\nb:whose install\nb:widgets git\nb:widgets js\nb:widgets widgets\nb:wiki code\nb:wiki framework\nb:wiki s\nb:wildcard import\nb:will be\nb:will change\nb:will do\nb:will suppress\nb:win2012 x86\nb:win22 0\nb:window mean\nb:windows 0\nb:windows for\nb:windows latest\nb:windows msvc\nb:windows r\nb:windows server\nb:windows vpn\nb:windows windows2022\nb:windows2022 readme\nb:windows_ n\nb:wine git\nb:with 0\nb:with a\nb:with an\nb:with annotations\nb:with any\nb:with architecture\nb:with backtrace\nb:with body\nb:with code\nb:with copyright\nb:with default\nb:with dependency\nb:with digest\nb:with env\nb:with error\nb:with errors\nb:with exit\nb:with frozen\nb:with git\nb:with gitlab\nb:with gradle\nb:with image\nb:with info\nb:with javac\nb:with key\nb:with license\nb:with no\nb:with non\nb:with package\nb:with path\nb:with r\nb:with scan\nb:with server\nb:with stacktrace\nb:with status\nb:with swift\nb:with the\nb:with timeout\nb:with vulnerabilities\nb:with your\nb:within 0\nb:within a\nb:within the\nb:without file\nb:without impacting\nb:without starting\nb:without the\nb:woff2 0\nb:word splitting\nb:word unrecognized\nb:work 0\nb:work actions\nb:work api\nb:work around\nb:work assets\nb:work badge\nb:work beringin\nb:work bigdata\nb:work billing\nb:work cart\nb:work chat\nb:work cogni\nb:work configr\nb:work counter\nb:work crc\nb:work dart_web3\nb:work dashboard\nb:work dates\nb:work deploy\nb:work dht\nb:work didkit\nb:work dist\nb:work docs\nb:work dotfiles\nb:work durations\nb:work edge\nb:work etl\nb:work fetcher\nb:work flotilla\nb:work fw\nb:work geo\nb:work graph\nb:work hashmap\nb:work healthy\nb:work ibis\nb:work imaging\nb:work integration\nb:work inventory\nb:work kotlin\nb:work landing\nb:work ledger\nb:work liquifact\nb:work money\nb:work myplanet\nb:work notes\nb:work notify\nb:work open\nb:work ops\nb:work orders\nb:work org\nb:work phpunit\nb:work pkgtool\nb:work preparer\nb:work proto\nb:work py\nb:work pyserve\nb:work quasar\nb:work queue\nb:work ratelimit\nb:work render\nb:work report\nb:work reports\nb:work retry\nb:work ringbuf\nb:work satu\nb:work sdk\nb:work sensor\nb:work shop\nb:work shorturl\nb:work slugger\nb:work slugs\nb:work space\nb:work storefront\nb:work svc\nb:work tally\nb:work telemetry\nb:work temp\nb:work timeseries\nb:work tinyhttp\nb:work toolbox\nb:work tsbootstrap\nb:work units\nb:work users\nb:work web\nb:work webshop\nb:work widgets\nb:work zurichsee_ha\nb:worker execute\nb:worker i\nb:worker information\nb:worker tree\nb:workflow directory\nb:workflow is\nb:workflow job\nb:workflows release\nb:working c\nb:working directory\nb:works math\nb:workspace build\nb:workspace geo\nb:workspace home\nb:workspace imgproc\nb:workspace name\nb:workspace orders\nb:workspace queue\nb:workspace root\nb:workspace samples\nb:workspace units\nb:workspace workspace\nb:workspaces are\nb:workspaces include\nb:workspaces of\nb:workspaces vs\nb:worktree config\nb:worktrees path\nb:would be\nb:would have\nb:would reformat\nb:wrapper dists\nb:wrapper zips\nb:write true\nb:writely notes\nb:writing image\nb:writing summary\nb:writing to\nb:written to\nb:wrong amount\nb:wrong with\nb:wstat 0\nb:wunused variable\nb:www shellcheck\nb:x 0\nb:x a\nb:x c\nb:x compile\nb:x compiler\nb:x e\nb:x expected\nb:x f\nb:x in\nb:x jsx\nb:x license\nb:x object\nb:x s6\nb:x switch\nb:x t\nb:x test_client\nb:x x\nb:x000001 b\nb:x32_2 0\nb:x64 bin\nb:x64 lib\nb:x64 main\nb:x64 maven\nb:x64 npm\nb:x64 share\nb:x64 was\nb:x8 a\nb:x86 0\nb:x86_64 linux\nb:x86_64 unknown\nb:xc undefined\nb:xcodebuild error\nb:xenial 0\nb:xf home\nb:xfailed in\nb:xfonts encodings\nb:xjc generation\nb:xml for\nb:xml from\nb:xml s\nb:xml with\nb:xs iter\nb:y a\nb:y c\nb:y f\nb:y n0000\nb:y n0028\nb:y p\nb:y r\nb:y s\nb:yaml 0\nb:yaml is\nb:yaml safe_load\nb:yaml truthy\nb:yarn 0\nb:yarn audit\nb:yarn frozen\nb:yarn install\nb:yarn mdi\nb:yarn was\nb:yml 0\nb:yml line\nb:you are\nb:you can\nb:you create\nb:you don\nb:you have\nb:you make\nb:you mean\nb:you missing\nb:you must\nb:you need\nb:you want\nb:your build\nb:your code\nb:your gemfile\nb:your gradle\nb:your lock\nb:your lockfile\nb:your network\nb:your new\nb:your own\nb:your pipfile\nb:your plan\nb:your test\nb:z a\nb:z c\nb:z current\nb:z debug\nb:z group\nb:z h\nb:z l\nb:z m\nb:zephyr module\nb:zephyr v1\nb:zephyrproject rtos\nb:zero exit\nb:zero no\nb:zerox80 mavi\nb:zig 0\nb:zig build\nb:zigler 0\nb:zips 0\nb:zmk config\nb:zmkfirmware zmk\nb:zstd is\nb:zurichsee_ha requirements\nb:zurichsee_ha zurichsee_ha\nb:zzpmw to\nf:0\nf:a\nf:action\nf:actual\nf:add\nf:added\nf:adding\nf:advisory\nf:agent\nf:agent_1\nf:all\nf:allow\nf:always\nf:an\nf:and\nf:android\nf:annotated\nf:ansible\nf:api\nf:app\nf:apr\nf:arch\nf:archinstall\nf:artifact\nf:assert\nf:assertion\nf:asset\nf:async\nf:at\nf:attempt\nf:author\nf:azure\nf:b\nf:bad\nf:bash\nf:because\nf:benchmarks\nf:beringin\nf:billing\nf:bin\nf:black\nf:branch\nf:bucket\nf:build\nf:build_dir\nf:building\nf:buildx\nf:built\nf:bundle\nf:bundler\nf:busted\nf:but\nf:by\nf:c\nf:cabal\nf:cache\nf:cachedir\nf:caching\nf:caddy\nf:cancelled\nf:cancelling\nf:cannot\nf:cardreader\nf:cargo\nf:cart\nf:cat\nf:caused\nf:cc\nf:cc1\nf:cd\nf:changes\nf:check\nf:checked\nf:checking\nf:ci\nf:circle\nf:clang\nf:clean\nf:cleaning\nf:cli\nf:client\nf:cloning\nf:cmake\nf:cmd\nf:code\nf:cogni\nf:collect2\nf:collected\nf:collecting\nf:com\nf:command\nf:commit\nf:compared\nf:compilation\nf:compile\nf:compiling\nf:complete\nf:components\nf:composer\nf:compression\nf:config\nf:configure\nf:configuring\nf:congratulations\nf:connects\nf:console\nf:const\nf:consumer\nf:container\nf:contents\nf:context7\nf:continue\nf:copying\nf:core\nf:could\nf:couldn\nf:counts\nf:coverage\nf:cp\nf:crate\nf:create\nf:created\nf:creating\nf:curl\nf:current\nf:custom_components\nf:d\nf:d101\nf:d12341ef4ed7\nf:daemon\nf:datacenter\nf:dd\nf:def\nf:default\nf:deleting\nf:dependencies\nf:dependency\nf:deploy\nf:deprecated\nf:description\nf:details\nf:detected\nf:detecting\nf:determining\nf:dev\nf:dhtl_entry\nf:dhtl_entry_windows\nf:did\nf:diff\nf:difference\nf:disabling\nf:distribution\nf:do\nf:doc\nf:docker\nf:dockerfile\nf:docs\nf:done\nf:double\nf:download\nf:downloaded\nf:downloading\nf:dubious\nf:duration\nf:duration_ms\nf:e\nf:e1001\nf:echo\nf:edit\nf:elif\nf:elixir\nf:else\nf:enable\nf:end\nf:env\nf:environment\nf:err\nf:error\nf:errors\nf:escrow\nf:eslint\nf:est\nf:etc\nf:evaluating\nf:ex\nf:examples\nf:exceeded\nf:exception\nf:exec\nf:executing\nf:execution\nf:exit\nf:exited\nf:expect\nf:expected\nf:explicit\nf:export\nf:exporting\nf:extra_cmake_args\nf:extracting\nf:f\nf:f401\nf:f403\nf:f420ae9f738c\nf:fail\nf:failed\nf:failure\nf:failures\nf:false\nf:fatal\nf:features\nf:feed\nf:fetch\nf:fetching\nf:fi\nf:field\nf:file\nf:files\nf:find\nf:finished\nf:finishing\nf:first\nf:fix\nf:fixed\nf:fixing\nf:flavor\nf:flawfinder\nf:fmpy\nf:fmt\nf:foo\nf:for\nf:format\nf:formatter\nf:found\nf:from\nf:frontend\nf:g\nf:gcc\nf:gem\nf:generate\nf:generated\nf:generating\nf:geo\nf:get\nf:getting\nf:gh\nf:git\nf:github\nf:glob\nf:global\nf:gmake\nf:go\nf:goroutine\nf:got\nf:gpg\nf:gradle\nf:gradlew\nf:grep\nf:gulp\nf:gyp\nf:h\nf:has\nf:hello\nf:helm\nf:help\nf:here\nf:high\nf:hint\nf:hits\nf:home\nf:hook\nf:host\nf:hosted\nf:hostname\nf:hours\nf:hrm\nf:http\nf:https\nf:i\nf:if\nf:ignore\nf:image\nf:import\nf:in\nf:include\nf:included\nf:includeif\nf:incubating\nf:index\nf:info\nf:initialized\nf:initializing\nf:install\nf:install_gui_linux\nf:installed\nf:installing\nf:instance\nf:instructions\nf:internal\nf:interrupted\nf:invalid\nf:ios\nf:is\nf:issue\nf:issues\nf:it\nf:java\nf:jects\nf:jest\nf:job\nf:junit\nf:kata\nf:key\nf:knows\nf:kotlin\nf:l\nf:laravel\nf:learn\nf:ledger\nf:lerna\nf:let\nf:level\nf:lfs\nf:lib\nf:license\nf:licenses\nf:line\nf:lines\nf:lint\nf:linting\nf:linux\nf:live\nf:llama\nf:loaded\nf:loading\nf:loc\nf:local\nf:location\nf:lock\nf:logs\nf:looking\nf:lookup\nf:low\nf:lua\nf:m\nf:mac\nf:main\nf:make\nf:markdownlint\nf:mcp\nf:medium\nf:melos\nf:meson\nf:message\nf:meta\nf:metadata\nf:method\nf:microsoft\nf:minutes\nf:miscellaneous\nf:missing\nf:mix\nf:mnt\nf:mode\nf:model\nf:moderate\nf:module\nf:more\nf:multi\nf:mvn\nf:mypy\nf:n\nf:name\nf:naming\nf:network\nf:new\nf:next\nf:ninja\nf:nix\nf:no\nf:node\nf:non\nf:not\nf:note\nf:nothing\nf:notice\nf:npm\nf:npx\nf:number\nf:numpy\nf:o\nf:obtained\nf:ocramius\nf:oh\nf:ok\nf:on\nf:one\nf:open\nf:opencode\nf:operating\nf:operator\nf:opt\nf:or\nf:org\nf:out\nf:output\nf:overwrite\nf:p\nf:package\nf:packages\nf:pandas\nf:panic\nf:parse\nf:parse_test\nf:parser\nf:partition\nf:pass\nf:passed\nf:patched\nf:path\nf:persist\nf:php\nf:pip\nf:pipeline\nf:pkg\nf:platform\nf:plug\nf:plugins\nf:post\nf:pre\nf:prefix\nf:prepare\nf:preparing\nf:preprocessing\nf:prettier\nf:print\nf:process\nf:processing\nf:project\nf:prompt\nf:provider\nf:psql\nf:public\nf:pulling\nf:pydantic\nf:pyproject\nf:pytest\nf:python\nf:python2_\nf:python3\nf:python3_\nf:python_\nf:r\nf:rake\nf:ran\nf:range\nf:read\nf:reading\nf:reason\nf:received\nf:recommendation\nf:rejected\nf:release\nf:removing\nf:repository\nf:reset\nf:resolve\nf:resolved\nf:resolving\nf:restore\nf:restored\nf:restoring\nf:restricted\nf:result\nf:results\nf:return\nf:returns\nf:reuse\nf:reviewdog\nf:risky\nf:rm\nf:rocket\nf:rollup\nf:root\nf:rootdir\nf:rpc\nf:rspec\nf:ruby\nf:ruff\nf:run\nf:runner\nf:running\nf:rust\nf:rustc\nf:rustup\nf:s\nf:safety\nf:save\nf:scan\nf:schema\nf:scikit\nf:script\nf:secret\nf:section_end\nf:section_start\nf:securedrop_client\nf:security\nf:see\nf:self\nf:sensor\nf:sentry\nf:server\nf:set\nf:setting\nf:setup\nf:sh\nf:sha256\nf:shell\nf:shellcheck\nf:short\nf:should\nf:show\nf:skill\nf:skipped\nf:skipping\nf:slug_test\nf:snapshots\nf:so\nf:sockeye\nf:some\nf:source\nf:sparse\nf:spec\nf:specifiers\nf:src\nf:ssh\nf:stable\nf:stack\nf:stage\nf:standard\nf:start\nf:started\nf:starting\nf:startup\nf:state\nf:statsmodels\nf:status\nf:stderr\nf:step\nf:steps\nf:stopping\nf:stored\nf:string\nf:stylelint\nf:subject\nf:submodules\nf:subtest\nf:success\nf:successfully\nf:suites\nf:summary\nf:swift\nf:switched\nf:symbol\nf:syncing\nf:syntax\nf:system\nf:t\nf:tally\nf:target\nf:targets\nf:task\nf:team\nf:teamcity\nf:temporarily\nf:terms\nf:terraform\nf:test\nf:test_client\nf:test_convert\nf:test_ok\nf:test_stats\nf:tested\nf:testing\nf:testmain\nf:tests\nf:tflint\nf:the\nf:there\nf:this\nf:thread\nf:thrown\nf:throws\nf:tightening\nf:time\nf:timeout\nf:title\nf:tment\nf:tmp\nf:to\nf:todo\nf:token\nf:too\nf:took\nf:toolchain\nf:tools\nf:total\nf:touch\nf:traceback\nf:transferring\nf:tree\nf:trim\nf:true\nf:try\nf:tsbootstrap\nf:tsc\nf:turn\nf:type\nf:typing\nf:u\nf:ubuntu\nf:unable\nf:uncaught\nf:undefined\nf:unexpected\nf:unformatted\nf:unfortunately\nf:unit\nf:unknown\nf:unpacking\nf:unschedulable\nf:unused\nf:update\nf:updating\nf:uploading\nf:use\nf:used\nf:users\nf:using\nf:usr\nf:uv\nf:v0\nf:v1\nf:value\nf:var\nf:variable\nf:venv\nf:version\nf:via\nf:view\nf:virtualenv\nf:vite\nf:volumes\nf:vuln\nf:vulnerabilities\nf:vulnerability\nf:vulnerable\nf:w\nf:waiting\nf:warn\nf:warning\nf:warnings\nf:watch\nf:we\nf:web\nf:webpack\nf:welcome\nf:what\nf:when\nf:windows\nf:with\nf:worker\nf:workflow\nf:working\nf:workspace\nf:workspaces\nf:would\nf:write\nf:writing\nf:x\nf:xml\nf:y\nf:yaml\nf:yarn\nf:you\nf:your\nf:zig\nf:zigler\nnw:0\nnw:a\nnw:a1b2c3d4e5f\nnw:a_\nnw:aarch64\nnw:ab0x\nnw:able\nnw:abort\nnw:aborted\nnw:aborting\nnw:about\nnw:above\nnw:absolute\nnw:abuild\nnw:acceptance\nnw:access\nnw:account\nnw:action\nnw:actions\nnw:actual\nnw:add\nnw:adjust\nnw:admin\nnw:advisories\nnw:advisory\nnw:affected\nnw:after\nnw:again\nnw:agent\nnw:all\nnw:allow\nnw:allowed\nnw:alpine\nnw:alpinelinux\nnw:also\nnw:always\nnw:amd64\nnw:amount\nnw:an\nnw:analysis\nnw:and\nnw:android\nnw:angular\nnw:angular2\nnw:anonymous\nnw:ansible\nnw:any\nnw:apache\nnw:api\nnw:apiguardian\nnw:app\nnw:appears\nnw:apple\nnw:application\nnw:appropriate\nnw:approved\nnw:approx\nnw:apps\nnw:apr\nnw:aquasec\nnw:archive\nnw:are\nnw:args\nnw:argument\nnw:arguments\nnw:arise\nnw:arm64\nnw:around\nnw:arrow_glacier\nnw:artifact\nnw:artifacts\nnw:as\nnw:assert\nnw:asserting\nnw:assertion\nnw:assertions\nnw:assets\nnw:assignable\nnw:assigned\nnw:async\nnw:at\nnw:attribute\nnw:audit\nnw:auth\nnw:authenticating\nnw:available\nnw:avd\nnw:aws\nnw:azure\nnw:b\nnw:b3a\nnw:b_\nnw:back\nnw:backticks\nnw:bad\nnw:badge\nnw:base\nnw:based\nnw:baseline\nnw:bash\nnw:basic\nnw:bazel\nnw:bb\nnw:be\nnw:because\nnw:been\nnw:before\nnw:begin\nnw:between\nnw:bigquery\nnw:billing\nnw:bin\nnw:binaries\nnw:bind\nnw:bk\nnw:black\nnw:blank\nnw:blob\nnw:block\nnw:body\nnw:break\nnw:broken\nnw:browser\nnw:bucket\nnw:bug\nnw:build\nnw:builder\nnw:building\nnw:buildkite\nnw:builds\nnw:built\nnw:builtin\nnw:bundle\nnw:bundler\nnw:busted\nnw:but\nnw:by\nnw:byte\nnw:bytes\nnw:c\nnw:c2006\nnw:c2013\nnw:c2065\nnw:c2086\nnw:c2164\nnw:c5d\nnw:cabal\nnw:cache\nnw:cached\nnw:call\nnw:calls\nnw:can\nnw:canceled\nnw:cancelling\nnw:cannot\nnw:capability\nnw:cargo\nnw:cart\nnw:cart_spec\nnw:case\nnw:cases\nnw:caused\nnw:cc\nnw:cd\nnw:cdn\nnw:central\nnw:chain_generics\nnw:changed\nnw:changes\nnw:channel\nnw:characters\nnw:chart\nnw:chartlib\nnw:check\nnw:checked\nnw:checking\nnw:checks\nnw:checksum\nnw:chemie\nnw:chrome\nnw:ci\nnw:cirrus\nnw:class\nnw:classpath\nnw:clean\nnw:cleaning\nnw:cleanup\nnw:cleanup_file_variables\nnw:clear\nnw:cli\nnw:cliargs\nnw:client\nnw:clippy\nnw:clone\nnw:cloud\nnw:cmake\nnw:cmd\nnw:cmds\nnw:cocoa\nnw:code\nnw:code_\nnw:codecov\nnw:codes\nnw:coding\nnw:coercion\nnw:col\nnw:collection\nnw:color\nnw:column\nnw:com\nnw:combined_key\nnw:command\nnw:commands\nnw:comment\nnw:commit\nnw:common\nnw:community\nnw:compilation\nnw:compile\nnw:compiler\nnw:compiling\nnw:complete\nnw:completed\nnw:component\nnw:component_test\nnw:components\nnw:composer\nnw:compute_header_hash\nnw:conan\nnw:concurrent\nnw:condition\nnw:confidence\nnw:config\nnw:configuration\nnw:configuring\nnw:conflict\nnw:connect\nnw:connection\nnw:connectivity\nnw:consider\nnw:const\nnw:consumer\nnw:contain\nnw:container\nnw:contains\nnw:content\nnw:contents\nnw:context\nnw:continue\nnw:contracts\nnw:control\nnw:copy\nnw:copyright\nnw:core\nnw:corp\nnw:correctly\nnw:could\nnw:couldn\nnw:count\nnw:counter\nnw:covdata\nnw:coverage\nnw:cpp\nnw:cpu\nnw:crate\nnw:crates\nnw:create\nnw:created\nnw:creating\nnw:critical\nnw:criticality\nnw:cs\nnw:csproj\nnw:css\nnw:curl\nnw:current\nnw:currently\nnw:custom\nnw:customprofile\nnw:cve\nnw:cypress\nnw:d\nnw:d013\nnw:d101\nnw:d2c1e0f\nnw:d_\nnw:dart\nnw:data\nnw:database\nnw:datatypes\nnw:date\nnw:db\nnw:debug\nnw:debugger\nnw:decimal\nnw:declaration\nnw:def\nnw:default\nnw:defined\nnw:deleting\nnw:deny\nnw:dep\nnw:department_app\nnw:dependencies\nnw:dependency\nnw:depends\nnw:deploy\nnw:deployment\nnw:deprecated\nnw:deprecation\nnw:deps\nnw:description\nnw:detailed\nnw:details\nnw:detected\nnw:detector\nnw:dev\nnw:dial\nnw:did\nnw:diff\nnw:different\nnw:differs\nnw:digest\nnw:dir\nnw:directory\nnw:disable\nnw:discount\nnw:dispatch\nnw:dist\nnw:distribution\nnw:django\nnw:dl\nnw:do\nnw:doc\nnw:docker\nnw:dockerfile\nnw:docs\nnw:docstring\nnw:document\nnw:documentation\nnw:documents\nnw:does\nnw:doesn\nnw:done\nnw:dotnet\nnw:double\nnw:dovseries\nnw:download\nnw:downloaded\nnw:downloading\nnw:drone\nnw:dsafio\nnw:due\nnw:duplicate\nnw:duplicates\nnw:duplication\nnw:duration\nnw:duration_ms\nnw:durations\nnw:during\nnw:e\nnw:e0401\nnw:e8f\nnw:e_\nnw:ec2\nnw:echo\nnw:either\nnw:elapsed\nnw:element\nnw:else\nnw:elsewhere\nnw:em_http\nnw:emit\nnw:empty\nnw:en\nnw:enable\nnw:encountered\nnw:encrypt\nnw:end\nnw:ending\nnw:enol\nnw:enolfc\nnw:ensure\nnw:entry\nnw:env\nnw:environment\nnw:eo\nnw:ependen\nnw:eq\nnw:equal\nnw:equality\nnw:err\nnw:errcheck\nnw:errno\nnw:error\nnw:errored\nnw:errors\nnw:escrow\nnw:eslint\nnw:establish\nnw:ethereum\nnw:eval\nnw:evaluate\nnw:event\nnw:events\nnw:ex\nnw:exactly\nnw:example\nnw:examples\nnw:exceeded\nnw:exception\nnw:exceptions\nnw:exe\nnw:exec\nnw:executable\nnw:execute\nnw:executing\nnw:execution\nnw:executor\nnw:exist\nnw:existing\nnw:exists\nnw:exit\nnw:exited\nnw:expansion\nnw:expect\nnw:expectation\nnw:expected\nnw:experiment\nnw:explicit\nnw:explicitly\nnw:export\nnw:exported\nnw:expression\nnw:extension\nnw:extensions\nnw:external\nnw:extra\nnw:f\nnw:f401\nnw:fail\nnw:failed\nnw:failing\nnw:fails\nnw:failure\nnw:failures\nnw:false\nnw:faq\nnw:faraday\nnw:fastlane\nnw:fatal\nnw:fdiagnostics\nnw:feature\nnw:features\nnw:feed\nnw:feeds\nnw:fetch\nnw:field\nnw:file\nnw:filename\nnw:files\nnw:final\nnw:find\nnw:finding\nnw:finish\nnw:finished\nnw:finishing\nnw:first\nnw:fix\nnw:fixable\nnw:fixed\nnw:fixture\nnw:fixtures\nnw:fixtures_spec\nnw:flag\nnw:flags\nnw:flutter\nnw:fmt\nnw:fn\nnw:folder\nnw:followed\nnw:following\nnw:foo\nnw:for\nnw:force\nnw:foreign\nnw:fork\nnw:format\nnw:formatted\nnw:formatter\nnw:formatting\nnw:formed\nnw:found\nnw:foundation\nnw:framework\nnw:from\nnw:frozen\nnw:full\nnw:function\nnw:further\nnw:g\nnw:gateway\nnw:gcc\nnw:gem\nnw:gemfile\nnw:gems\nnw:generate\nnw:generated\nnw:geo\nnw:get\nnw:getaddrinfo\nnw:getting\nnw:ghc\nnw:git\nnw:github\nnw:gitlab\nnw:given\nnw:global\nnw:globbing\nnw:gnu\nnw:gnutls_auth\nnw:go\nnw:goal\nnw:golang\nnw:golangci\nnw:google\nnw:goproxy\nnw:goroutine\nnw:got\nnw:gpg\nnw:gradle\nnw:gravito\nnw:greater\nnw:greeting\nnw:group\nnw:gui\nnw:guide\nnw:guilouro\nnw:gulp\nnw:gyp\nnw:gz\nnw:h\nnw:had\nnw:handle\nnw:handler\nnw:happened\nnw:happens\nnw:hardhat\nnw:has\nnw:hash\nnw:hashicorp\nnw:hashmap\nnw:hatch\nnw:have\nnw:header\nnw:headless\nnw:hello\nnw:hello_\nnw:help\nnw:here\nnw:hex\nnw:high\nnw:higher\nnw:hint\nnw:holds\nnw:home\nnw:hook\nnw:host\nnw:hostedtoolcache\nnw:hrm\nnw:hs\nnw:html\nnw:http\nnw:https\nnw:hub\nnw:i\nnw:ibis\nnw:ibis_bigquery\nnw:icon\nnw:id\nnw:identical\nnw:identified\nnw:identifier\nnw:if\nnw:ignore\nnw:ignored\nnw:image\nnw:impl\nnw:import\nnw:imported\nnw:imports\nnw:in\nnw:inc\nnw:include\nnw:including\nnw:incompatibility\nnw:inconsistent\nnw:incorrect\nnw:incorrectly\nnw:increase\nnw:index\nnw:indexes\nnw:indicate\nnw:info\nnw:information\nnw:init\nnw:init__\nnw:initial\nnw:input\nnw:inside\nnw:install\nnw:install_gui_linux\nnw:installed\nnw:installing\nnw:instance\nnw:instead\nnw:instrument\nnw:int\nnw:integration\nnw:intellij\nnw:internal\nnw:interpreter\nnw:interrupt\nnw:into\nnw:introduction\nnw:invalid\nnw:invalid_\nnw:invocation\nnw:invoice\nnw:io\nnw:ip\nnw:is\nnw:is_account_empty\nnw:iso8601\nnw:issue\nnw:issues\nnw:ist\nnw:it\nnw:item\nnw:items\nnw:its\nnw:j\nnw:jar\nnw:jasmine\nnw:java\nnw:javac\nnw:jenkins\nnw:jenkinsci\nnw:jetbrains\nnw:jl\nnw:job\nnw:jobs\nnw:js\nnw:json\nnw:julia\nnw:junit\nnw:k\nnw:keeps\nnw:key\nnw:kit\nnw:known\nnw:koans\nnw:kotlin\nnw:kt\nnw:ktlint\nnw:kts\nnw:kube\nnw:l\nnw:l_\nnw:lab\nnw:lang\nnw:language\nnw:last\nnw:latest\nnw:ld\nnw:ldflags\nnw:leak\nnw:ledger\nnw:left\nnw:legacy\nnw:lein\nnw:lenght\nnw:length\nnw:let\nnw:level\nnw:levrik\nnw:lib\nnw:libc6\nnw:library\nnw:libs\nnw:libtonode\nnw:license\nnw:licensed\nnw:licenses\nnw:licensing\nnw:like\nnw:likely\nnw:limit\nnw:line\nnw:lines\nnw:link\nnw:linking\nnw:lint\nnw:linted\nnw:linter\nnw:linting\nnw:linux\nnw:list\nnw:load\nnw:loader\nnw:loading\nnw:local\nnw:locally\nnw:location\nnw:locations\nnw:lock\nnw:locked\nnw:lockfile\nnw:log\nnw:login\nnw:logs\nnw:long\nnw:looking\nnw:loop\nnw:low\nnw:lower\nnw:lower_snake_case\nnw:lua\nnw:m\nnw:m0s\nnw:m_\nnw:mac\nnw:machine\nnw:maierj\nnw:mail\nnw:main\nnw:make\nnw:makefile\nnw:managed\nnw:manager\nnw:manual\nnw:mapping\nnw:mark\nnw:marked\nnw:master\nnw:match\nnw:matches\nnw:matching\nnw:math\nnw:maven\nnw:maven2\nnw:mavi\nnw:max\nnw:may\nnw:maybe\nnw:md\nnw:mdi\nnw:me\nnw:mean\nnw:meant\nnw:medium\nnw:memory\nnw:message\nnw:messages\nnw:meta\nnw:metadata\nnw:method\nnw:microsoft\nnw:milliseconds\nnw:minitest\nnw:minutes\nnw:mirror\nnw:mismatch\nnw:missing\nnw:mission\nnw:mix\nnw:mixed\nnw:mnt\nnw:mock\nnw:mod\nnw:mode\nnw:models\nnw:modified\nnw:module\nnw:modules\nnw:mojo\nnw:more\nnw:most\nnw:ms\nnw:multi\nnw:multiple\nnw:multiple___\nnw:must\nnw:my\nnw:n\nnw:n0000\nnw:n0028\nnw:n_\nnw:name\nnw:name_\nnw:named\nnw:namespace\nnw:native\nnw:need\nnw:nested\nnw:net\nnw:network\nnw:never\nnw:new\nnw:newline\nnw:next\nnw:ng\nnw:nil\nnw:nio\nnw:nix\nnw:no\nnw:node\nnw:node_modules\nnw:non\nnw:none\nnw:normal\nnw:not\nnw:notation\nnw:note\nnw:notice\nnw:notified\nnw:notify\nnw:npm\nnw:npmjs\nnw:npx\nnw:nu\nnw:nuget\nnw:null\nnw:number\nnw:nvd\nnw:o\nnw:o0\nnw:o2\nnw:o3\nnw:o_\nnw:object\nnw:objects\nnw:occurred\nnw:odd\nnw:of\nnw:off\nnw:offline\nnw:often\nnw:oh\nnw:ok\nnw:on\nnw:once\nnw:one\nnw:only\nnw:opam\nnw:open\nnw:opentelemetry\nnw:operation\nnw:operator\nnw:opt\nnw:option\nnw:options\nnw:or\nnw:order\nnw:orders\nnw:org\nnw:orig\nnw:origin\nnw:original\nnw:os\nnw:other\nnw:out\nnw:output\nnw:override\nnw:p\nnw:package\nnw:packages\nnw:packet\nnw:pad\nnw:padding\nnw:page\nnw:paket\nnw:parallel\nnw:parameter\nnw:parentheses\nnw:parse\nnw:parsed\nnw:parser\nnw:parsing\nnw:part\nnw:pass\nnw:passed\nnw:patch\nnw:path\nnw:pattern\nnw:pd\nnw:pelago\nnw:pending\nnw:performance\nnw:perhaps\nnw:period\nnw:phase\nnw:php\nnw:phreeqc\nnw:pip\nnw:pipe\nnw:pipefail\nnw:pipeline\nnw:pipelines\nnw:pipenv\nnw:pkg\nnw:pl\nnw:platform\nnw:platforms\nnw:please\nnw:plugin\nnw:plugins\nnw:pnpm\nnw:pod\nnw:pods\nnw:poet\nnw:policy\nnw:pom\nnw:pool\nnw:port\nnw:possible\nnw:possibly\nnw:post\nnw:potentially\nnw:power\nnw:pr\nnw:pre\nnw:prebuild\nnw:prefer\nnw:preprocess\nnw:prettier\nnw:prevent\nnw:price\nnw:printf\nnw:private\nnw:problem\nnw:problems\nnw:process\nnw:processing\nnw:profile_\nnw:program\nnw:project\nnw:projects\nnw:propagates\nnw:property\nnw:proto\nnw:provided\nnw:provider\nnw:provides\nnw:providing\nnw:pub\nnw:public\nnw:pull\nnw:pulling\nnw:push\nnw:pwsh\nnw:py\nnw:py3\nnw:pypi\nnw:pyserve\nnw:python\nnw:python3\nnw:q\nnw:qty\nnw:quantity\nnw:quasar\nnw:queue\nnw:quickstart\nnw:quickstarts\nnw:quiet\nnw:quote\nnw:r\nnw:r_\nnw:race\nnw:raise\nnw:rake\nnw:range\nnw:rate\nnw:ratelimit\nnw:rather\nnw:rauthy_config\nnw:rb\nnw:re\nnw:reached\nnw:react\nnw:read\nnw:reading\nnw:reason\nnw:receive\nnw:received\nnw:recent\nnw:recieve\nnw:recipe\nnw:recommended\nnw:redirect\nnw:ref\nnw:reference\nnw:reformat\nnw:reformatted\nnw:refs\nnw:refuse\nnw:refused\nnw:registry\nnw:rejected\nnw:rejects\nnw:related\nnw:relative\nnw:release\nnw:relying\nnw:remaining\nnw:remote\nnw:remove\nnw:removing\nnw:render\nnw:replace\nnw:replicas\nnw:repo\nnw:report\nnw:reports\nnw:repos\nnw:repositories\nnw:repository\nnw:req\nnw:request\nnw:requested\nnw:requests\nnw:require\nnw:required\nnw:requirement\nnw:requirements\nnw:requires\nnw:resolution\nnw:resolve\nnw:resolved\nnw:resolving\nnw:resource\nnw:resources\nnw:response\nnw:rest\nnw:restore\nnw:restoring\nnw:result\nnw:results\nnw:retries\nnw:retrieve\nnw:retry\nnw:retrying\nnw:return\nnw:returned\nnw:returns\nnw:reuse\nnw:ring\nnw:ring_test\nnw:ringbuf\nnw:role\nnw:rollup\nnw:root\nnw:rpc\nnw:rpmbuild\nnw:rs\nnw:rspec\nnw:ruff\nnw:rule\nnw:rules\nnw:run\nnw:runner\nnw:runner01\nnw:running\nnw:runs\nnw:runtests\nnw:runtime\nnw:rust\nnw:s\nnw:s_\nnw:same\nnw:sample\nnw:samples\nnw:satisfies\nnw:save\nnw:sbt\nnw:scan\nnw:scanning\nnw:scenarios\nnw:schema\nnw:schemas\nnw:scope\nnw:score\nnw:script\nnw:scripts\nnw:sdk\nnw:search\nnw:searched\nnw:sec\nnw:second\nnw:seconds\nnw:section_end\nnw:section_start\nnw:security\nnw:see\nnw:seed\nnw:selector\nnw:selectors\nnw:self\nnw:semi\nnw:semicolon\nnw:send\nnw:sensor\nnw:serde\nnw:serve\nnw:server\nnw:service\nnw:services\nnw:set\nnw:settings\nnw:severity\nnw:sh\nnw:sha256\nnw:share\nnw:shared\nnw:shell\nnw:shop\nnw:short\nnw:should\nnw:should_\nnw:show\nnw:shrinkwrap\nnw:shutdown\nnw:signal\nnw:simple\nnw:single\nnw:sit\nnw:site\nnw:size\nnw:skipped\nnw:skipping\nnw:slevomat\nnw:slug\nnw:slug_test\nnw:slugger\nnw:slugify\nnw:snapshot\nnw:so\nnw:socket\nnw:solution\nnw:solving\nnw:some\nnw:something\nnw:sorted\nnw:source\nnw:sources\nnw:space\nnw:spaces\nnw:spacing\nnw:spdx\nnw:spec\nnw:specification\nnw:specified\nnw:specs\nnw:spell\nnw:splitting\nnw:spurious\nnw:src\nnw:stable\nnw:stack\nnw:stage\nnw:stamp\nnw:standard\nnw:start\nnw:started\nnw:starting\nnw:starts\nnw:state\nnw:statement\nnw:statements\nnw:static\nnw:status\nnw:std\nnw:stdlib\nnw:step\nnw:step_script\nnw:steps\nnw:storage\nnw:store\nnw:str\nnw:stream\nnw:string\nnw:strings\nnw:stub\nnw:style\nnw:stylelint\nnw:sub\nnw:subtest\nnw:succeeded\nnw:success\nnw:successful\nnw:successfully\nnw:such\nnw:suffixed\nnw:suite\nnw:suites\nnw:summary\nnw:support\nnw:suppress\nnw:sure\nnw:svelte\nnw:swift\nnw:switch\nnw:symbol\nnw:sync\nnw:syntax\nnw:sys\nnw:syscall\nnw:system\nnw:t\nnw:t_\nnw:tabs\nnw:tag\nnw:tags\nnw:take\nnw:tally\nnw:tar\nnw:tarball\nnw:target\nnw:targeting\nnw:targets\nnw:task\nnw:tasks\nnw:tcp\nnw:teamcity\nnw:temp\nnw:template\nnw:templates\nnw:term\nnw:terminated\nnw:terms\nnw:terraform\nnw:test\nnw:test_create\nnw:test_error\nnw:test_fail\nnw:test_features\nnw:test_low_stock_threshold\nnw:test_run\nnw:test_stock\nnw:testing\nnw:tests\nnw:tests__\nnw:testthat\nnw:text\nnw:tf\nnw:tfm\nnw:tgz\nnw:than\nnw:that\nnw:the\nnw:then\nnw:there\nnw:these\nnw:they\nnw:third\nnw:this\nnw:thread\nnw:threads\nnw:threshold\nnw:through\nnw:thrown\nnw:time\nnw:timed\nnw:timeout\nnw:timing\nnw:title\nnw:tmp\nnw:to\nnw:to_celsius\nnw:token\nnw:toml\nnw:too\nnw:took\nnw:tool\nnw:toolbox\nnw:tooling\nnw:tools\nnw:total\nnw:trace\nnw:traceback\nnw:trailing\nnw:transfer\nnw:transformed\nnw:transport\nnw:travis\nnw:tree\nnw:trim\nnw:trim_me__\nnw:trouble\nnw:true\nnw:trusty\nnw:try\nnw:trying\nnw:ts\nnw:tsc\nnw:tslint\nnw:twice\nnw:two\nnw:txt\nnw:type\nnw:types\nnw:typing\nnw:u\nnw:ubuntu\nnw:ui\nnw:unable\nnw:unavailable\nnw:unchanged\nnw:unchecked\nnw:undeclared\nnw:undefined\nnw:underlying\nnw:unexpected\nnw:unicode\nnw:unit\nnw:units\nnw:unix\nnw:unknown\nnw:unordered\nnw:unreachable\nnw:unresolved\nnw:unsafe\nnw:until\nnw:unused\nnw:up\nnw:update\nnw:updated\nnw:updates\nnw:updating\nnw:upgrade\nnw:upgrading\nnw:uploading\nnw:uri\nnw:urllib3\nnw:urls\nnw:us\nnw:usage\nnw:use\nnw:used\nnw:user\nnw:users\nnw:using\nnw:usr\nnw:util\nnw:utils\nnw:uuid\nnw:v\nnw:v0\nnw:v1\nnw:v2\nnw:v3\nnw:valid\nnw:validation\nnw:value\nnw:values\nnw:var\nnw:variable\nnw:variables\nnw:vars\nnw:vendor\nnw:venv\nnw:verbose_failures\nnw:verification\nnw:verify\nnw:version\nnw:versions\nnw:view\nnw:viper\nnw:visit\nnw:visokio\nnw:vite\nnw:vpn\nnw:vsts\nnw:vuln\nnw:vulnerabilities\nnw:vulnerability\nnw:vulnerable\nnw:w\nnw:wait\nnw:waiting\nnw:wall\nnw:want\nnw:warn\nnw:warning\nnw:warnings\nnw:was\nnw:we\nnw:web\nnw:went\nnw:were\nnw:werror\nnw:wextra\nnw:what\nnw:wheels\nnw:when\nnw:where\nnw:which\nnw:while\nnw:whitespace\nnw:whl\nnw:widgets\nnw:will\nnw:windows\nnw:with\nnw:within\nnw:without\nnw:word\nnw:words\nnw:work\nnw:workaround\nnw:workers\nnw:workflows\nnw:workspace\nnw:workspace_crate2\nnw:workspace_integration\nnw:world\nnw:would\nnw:write\nnw:wrong\nnw:wstat\nnw:www\nnw:x\nnw:x64\nnw:x86_64\nnw:xc\nnw:xcode\nnw:xcodebuild\nnw:xml\nnw:y\nnw:y_\nnw:yaml\nnw:yamllint\nnw:yarn\nnw:yarnpkg\nnw:yet\nnw:yml\nnw:you\nnw:your\nnw:z\nnw:zero\nnw:zig\nnw:zip\ns:arrow\ns:caps\ns:caret\ns:check\ns:command-echo\ns:count\ns:cross\ns:e-line\ns:ends-colon\ns:fat-arrow\ns:gh-error\ns:indented\ns:len0\ns:len1\ns:len2\ns:len3\ns:len4\ns:no-words\ns:path-line\ns:path-line-col\ns:rule-brackets\ns:rule-code\ns:severity-start\ns:stack-frame\ns:stars\ns:traceback\ns:warn-sign\ns:zero-count\nw:0\nw:a\nw:a0\nw:a01e7751d80c\nw:a07\nw:a1\nw:a1082be0\nw:a1b2c3d4e5f\nw:a3e1d2\nw:a4006\nw:a5\nw:a62\nw:a7aef8b1\nw:aa\nw:aaa\nw:aarch64\nw:aashish\nw:ab0x\nw:ab284314\nw:abi3\nw:ability\nw:able\nw:aborted\nw:aborting\nw:about\nw:above\nw:abs\nw:abuild\nw:ac6\nw:accept\nw:access\nw:accordingly\nw:account\nw:accum\nw:acks\nw:acls\nw:acme\nw:act_container_manager\nw:act_linter\nw:action\nw:action_actionlint\nw:actionable\nw:actionlint\nw:actionpack\nw:actions\nw:activate\nw:active\nw:activemodel\nw:activerecord\nw:activity\nw:actual\nw:ad613ffba\nw:adapter\nw:add\nw:added\nw:adding\nw:addition\nw:additional\nw:addresses\nw:ade2\nw:admin\nw:advice\nw:advisories\nw:advisory\nw:aes\nw:affected\nw:affecting\nw:after\nw:again\nw:agent\nw:agent_1\nw:agents\nw:ai\nw:aiogithubapi\nw:aiohasupervisor\nw:aiohttp\nw:aiooui\nw:aiosignal\nw:ajoberstar\nw:aka\nw:alarm\nw:alerts\nw:alias\nw:all\nw:allocation\nw:allow\nw:allowed\nw:allows\nw:alongside\nw:alpha1\nw:alphabetical\nw:alpine\nw:alpine3\nw:alpinelinux\nw:already\nw:als\nw:also\nw:alternative\nw:always\nw:ambroisie\nw:amd64\nw:amount\nw:ampere\nw:amphp\nw:amqp\nw:an\nw:anaconda\nw:analysis\nw:and\nw:andi\nw:android\nw:annotated\nw:annotation\nw:annotations\nw:anonymous\nw:ansi\nw:ansible\nw:answer\nw:any\nw:any_\nw:anything\nw:ap\nw:apache\nw:api\nw:api_jobs\nw:apk\nw:app\nw:appcompat\nw:appears\nw:apple\nw:application\nw:applied\nw:applies\nw:apply\nw:approval\nw:approved\nw:approx\nw:apps\nw:apr\nw:apt\nw:arc\nw:arch\nw:archinstall\nw:architect\nw:architecture\nw:archive\nw:are\nw:area\nw:arg\nw:args\nw:argument\nw:arguments\nw:ark\nw:arm\nw:arm64\nw:around\nw:array\nw:arrays\nw:arrow_glacier\nw:articles\nw:artifact\nw:artifacts\nw:as\nw:asd\nw:assembling\nw:assembly\nw:assert\nw:assert_eq\nw:asserting\nw:assertion\nw:assertions\nw:asset\nw:assets\nw:assignable\nw:assigned\nw:assignment\nw:assistant\nw:associated\nw:ast\nw:astral\nw:astrogilda\nw:async\nw:async_hooks\nw:at\nw:attempt\nw:attempting\nw:attempts\nw:attr\nw:attribute\nw:attrs\nw:audit\nw:audited\nw:auditor\nw:auth\nw:author\nw:auto\nw:automatically\nw:automation\nw:autonomous\nw:available\nw:avg\nw:avoid\nw:await\nw:awaiting\nw:awesomeness\nw:awk\nw:aws\nw:aws_s3_bucket\nw:axios\nw:az1190\nw:azure\nw:b\nw:b1a9\nw:b1f0ba2\nw:b28\nw:b301\nw:b3073\nw:b3a\nw:b403\nw:b404\nw:b4c\nw:b5c67\nw:b6\nw:b7\nw:b7c1d6e3f\nw:b8ej_\nw:b_\nw:b_allowed\nw:babel\nw:back\nw:backend\nw:backends\nw:backoff\nw:backticks\nw:backtrace\nw:bad\nw:badge\nw:bandit\nw:bar\nw:base\nw:base64\nw:based\nw:baseline\nw:bash\nw:basic\nw:batch\nw:bats\nw:bazel\nw:bb\nw:bc\nw:bd\nw:be\nw:be95da1\nw:because\nw:become\nw:been\nw:beepboop\nw:before\nw:behavior\nw:behind\nw:being\nw:belanyi\nw:benchmarks\nw:bergmann\nw:beringin\nw:berui\nw:beta\nw:between\nw:bfd\nw:big\nw:bigdata\nw:bigint\nw:bigquery\nw:billing\nw:bin\nw:binary\nw:bind\nw:bintray\nw:binutils\nw:biome\nw:bit\nw:bk\nw:black\nw:blacklist\nw:blacklists\nw:bladiebla\nw:blank\nw:blob\nw:block\nw:blockchain\nw:blocked\nw:blocking\nw:blocks\nw:blog\nw:blt\nw:bluetooth\nw:bodies\nw:body\nw:book\nw:bookmarks\nw:bookworm\nw:bool\nw:boolean\nw:boot\nw:bootstrap\nw:bot\nw:both\nw:boto3\nw:bound\nw:bounds\nw:br\nw:branch\nw:branches\nw:branchpoint\nw:breadcrumbs\nw:break\nw:breaking\nw:brianbancroft\nw:bridgecrewio\nw:british\nw:broadcast\nw:broken\nw:browser\nw:brulee\nw:bs\nw:bucket\nw:buffer\nw:bufferutil\nw:bug\nw:bugs\nw:build\nw:build1\nw:build_dir\nw:builddir\nw:builder\nw:building\nw:buildkite\nw:buildprocess\nw:builds\nw:buildtree\nw:buildx\nw:built\nw:builtin\nw:bun\nw:bundle\nw:bundler\nw:bundlers\nw:bundling\nw:busted\nw:but\nw:button\nw:buttons\nw:by\nw:bypass\nw:byte\nw:bytes\nw:bz2\nw:c\nw:c0\nw:c0114\nw:c12\nw:c1d2e3\nw:c1e\nw:c2\nw:c2065\nw:c2086\nw:c2164\nw:c2_\nw:c3\nw:c55\nw:c5d\nw:c6eae8d7\nw:c863536a\nw:c9a1\nw:c_to_f\nw:cab\nw:cabal\nw:cache\nw:cached\nw:cachedir\nw:cachekey\nw:cacheprovider\nw:caches\nw:caching\nw:caddy\nw:call\nw:call_once\nw:callable\nw:callback\nw:called\nw:calling\nw:calls\nw:can\nw:canceled\nw:cancelled\nw:cancelling\nw:cannot\nw:capability\nw:capsules\nw:captioner\nw:capture\nw:card\nw:cardreader\nw:cargo\nw:cart\nw:cart_spec\nw:cart_steps\nw:case\nw:cases\nw:cassandra\nw:cast\nw:cast_lossless\nw:cast_possible_truncation\nw:casting\nw:castle\nw:casts\nw:cat\nw:catch\nw:categories\nw:cause\nw:caused\nw:cc\nw:cc1\nw:cc1plus\nw:cd\nw:cdn\nw:ce061790ffbc\nw:cell\nw:central\nw:cf\nw:cfg\nw:cgen\nw:ch\nw:chain\nw:chain_generics\nw:chan\nw:change\nw:changed\nw:changelog\nw:changes\nw:changing\nw:channel\nw:channels\nw:chapter3\nw:char\nw:characters\nw:chars\nw:charset\nw:chart\nw:chat\nw:check\nw:check_s390x_test\nw:checked\nw:checker\nw:checking\nw:checkout\nw:checkov\nw:checks\nw:checkstyle\nw:checksum\nw:checksums\nw:chef\nw:chemie\nw:child\nw:cholerae\nw:chosen\nw:christophe\nw:chrome\nw:chunk\nw:chunks\nw:ci\nw:cinterop\nw:circle\nw:circleci\nw:cirrus\nw:cjs\nw:clang\nw:class\nw:classes\nw:classnames\nw:classpath\nw:clean\nw:cleaning\nw:cleanup\nw:cleanup_file_variables\nw:clear\nw:cli\nw:cliargs_spec\nw:click\nw:client\nw:clients\nw:cliff\nw:clippy\nw:clj\nw:clojure\nw:clone\nw:cloning\nw:close\nw:closing\nw:closure\nw:cloud\nw:cluster\nw:cmake\nw:cmd\nw:cmds\nw:cmsis\nw:cocktail\nw:cocoa\nw:code\nw:code_\nw:codebuild\nw:codec\nw:codec_test\nw:codecov\nw:codegen\nw:codehaus\nw:coder\nw:codespell\nw:codex\nw:coercion\nw:cogni\nw:col\nw:collect\nw:collect2\nw:collected\nw:collecting\nw:collection\nw:collision\nw:color\nw:colors\nw:colr\nw:column\nw:columns\nw:com\nw:come\nw:comma\nw:command\nw:command_dispatcher\nw:command_line_interface\nw:command_line_warnings\nw:command_runner\nw:command_spec\nw:commands\nw:commas\nw:comment\nw:commit\nw:commitlint\nw:commits\nw:common\nw:commonization\nw:commonly\nw:comms\nw:communication\nw:community\nw:compact\nw:compare\nw:compared\nw:comparison\nw:compatibility\nw:compatible\nw:compilation\nw:compile\nw:compiled\nw:compiler\nw:compiling\nw:complete\nw:completed\nw:component\nw:component_test\nw:components\nw:compress\nw:compression\nw:compute\nw:computed\nw:concepts\nw:concurrent\nw:conda\nw:condition\nw:conditional\nw:cone\nw:conf\nw:confidence\nw:config\nw:configr\nw:configuration\nw:configure\nw:configured\nw:configuring\nw:conflict\nw:conflicts\nw:confluence\nw:conftest\nw:congratulations\nw:conn\nw:connect\nw:connection\nw:connectivity\nw:connects\nw:consider\nw:considered\nw:console\nw:const\nw:constraints\nw:construct\nw:constructor\nw:consumer\nw:contact\nw:contain\nw:container\nw:container_test_runner\nw:containers\nw:containing\nw:contains\nw:content\nw:contents\nw:context\nw:context7\nw:continue\nw:contract\nw:contracts\nw:contrib\nw:contributors\nw:control\nw:controller\nw:controllers\nw:conversion\nw:convert\nw:cop\nw:copy\nw:copying\nw:copyright\nw:core\nw:core_test\nw:corp\nw:corporation\nw:corpus\nw:correct\nw:corrected\nw:correctness\nw:costing\nw:could\nw:couldn\nw:count\nw:counter\nw:counter_test\nw:counts\nw:coupon\nw:cov\nw:covdata\nw:cover\nw:coverage\nw:covered\nw:cp\nw:cp314\nw:cpp\nw:cpufeatures\nw:cr\nw:crashlytics\nw:crate\nw:crates\nw:crc\nw:create\nw:created\nw:creates\nw:creating\nw:credentials\nw:creme\nw:cronjs\nw:cross\nw:crossbeam\nw:crypto\nw:crypto_sign\nw:crystal\nw:cs\nw:csl\nw:cspell\nw:csproj\nw:css\nw:cssx\nw:cstuff\nw:csv\nw:csvkit\nw:csys\nw:ctest\nw:curl\nw:current\nw:currently\nw:curve25519\nw:cusr\nw:custom\nw:custom_components\nw:cwiki\nw:cygwin\nw:cytopia\nw:d\nw:d013\nw:d0f5f1b7a60\nw:d101\nw:d12341ef4ed7\nw:d1c2f4a\nw:d1f\nw:d2\nw:d2c1e0f\nw:d2f6c0b\nw:d4ba2\nw:d55\nw:d_\nw:dactyl\nw:dactyl_left\nw:daemon\nw:daemons\nw:dalek\nw:dangerously\nw:darling_macro\nw:dart\nw:dart_web3\nw:darwin\nw:dashboard\nw:dashes\nw:dashmap\nw:dastard\nw:data\nw:database\nw:datacenter\nw:datasert\nw:date\nw:dates\nw:dateutil\nw:david\nw:days\nw:db\nw:dbe9cd2fc\nw:dbkit\nw:dd\nw:dd7935\nw:deadline\nw:deb12u1\nw:debian\nw:debug\nw:debugger\nw:debugging\nw:debuginfo\nw:decimal\nw:declaration\nw:declarations\nw:declarative\nw:declared\nw:decode\nw:decorator\nw:deep\nw:deeplinks\nw:def\nw:default\nw:defaults\nw:defined\nw:defining\nw:definition\nw:defs\nw:degraded\nw:delete\nw:deleted\nw:deleting\nw:delimiter\nw:demo\nw:demospring\nw:denial\nw:denis\nw:deno\nw:deny\nw:deny_test\nw:dep\nw:department_app\nw:dependencies\nw:dependency\nw:depends\nw:deploy\nw:deployment\nw:deprecated\nw:deprecation\nw:deps\nw:depth\nw:der\nw:dereferenced\nw:deriving\nw:derliebemarcus\nw:desc\nw:describe\nw:description\nw:deserialize\nw:design\nw:desktop\nw:destructure\nw:detached\nw:detail\nw:detailed\nw:details\nw:detect\nw:detected\nw:detecting\nw:detection\nw:detector\nw:detectors\nw:detekt\nw:determine\nw:determining\nw:dev\nw:develop\nw:development\nw:device\nw:devops\nw:dht\nw:dhtl_commands\nw:dhtl_commands_standalone\nw:dhtl_commands_workflows\nw:dhtl_entry\nw:dhtl_entry_windows\nw:dhtl_github\nw:dhtl_guardian_command\nw:dhtl_version\nw:diag\nw:diagnostic\nw:diagnostics\nw:dial\nw:dict\nw:did\nw:didkit\nw:diff\nw:difference\nw:different\nw:differs\nw:digest\nw:dir\nw:direct\nw:directly\nw:directories\nw:directory\nw:disable\nw:disabled\nw:disabling\nw:discard\nw:discount\nw:discovered\nw:discovery\nw:disk\nw:dispatch\nw:dispatcher\nw:display\nw:displays\nw:dist\nw:distribution\nw:distributions\nw:dists\nw:div\nw:division\nw:django\nw:dl\nw:dll\nw:do\nw:doc\nw:doc_markdown\nw:docker\nw:dockerfile\nw:dockerignore\nw:docs\nw:docstring\nw:doctrine\nw:document\nw:documentation\nw:documents\nw:doer\nw:does\nw:doesn\nw:domain\nw:don\nw:done\nw:dotfiles\nw:dotnet\nw:dotnet10\nw:double\nw:down\nw:downgrade\nw:download\nw:downloaded\nw:downloading\nw:downloads\nw:driver\nw:drone\nw:dronelink\nw:drops\nw:dry\nw:ds\nw:dsafio\nw:dtolnay\nw:dubious\nw:due\nw:dummy\nw:dune\nw:duplicate\nw:duplicates\nw:duration\nw:duration_ms\nw:durations\nw:during\nw:dyn\nw:e\nw:e0\nw:e0061\nw:e0106\nw:e0277\nw:e0308\nw:e04\nw:e0401\nw:e0425\nw:e1001\nw:e1101\nw:e225\nw:e231\nw:e251\nw:e2a1c0b\nw:e2e\nw:e3\nw:e401\nw:e503\nw:e8f\nw:e_\nw:e_path\nw:each\nw:eadcdc7d\nw:ec\nw:echo\nw:ed25519\nw:edeandrea\nw:edge\nw:edit\nw:editor\nw:ee\nw:eebxo6ax\nw:efde290b\nw:efe31b98f2\nw:eff\nw:egeria\nw:either\nw:elem\nw:element\nw:elements\nw:elif\nw:elite\nw:elixir\nw:elliot\nw:elm\nw:else\nw:email\nw:embark\nw:embedded\nw:emit\nw:emitted\nw:empties\nw:empty\nw:en\nw:enable\nw:enabled\nw:encode_chunked\nw:encoding\nw:encodings\nw:encountered\nw:end\nw:endpoints\nw:ends_with\nw:enforce\nw:engine\nw:engineers\nw:enhancements\nw:enough\nw:entering\nw:entirely\nw:entities\nw:entry\nw:entrypoint\nw:enum\nw:env\nw:environment\nw:envs\nw:eo\nw:eo2\nw:eof_ending\nw:ependen\nw:epoch\nw:eq\nw:eqeqeq\nw:equal\nw:equality\nw:equals\nw:equivalent\nw:erb\nw:erl\nw:erl_eval\nw:err\nw:errcheck\nw:errno\nw:error\nw:error_count\nw:error_handler\nw:errored\nw:errorkit\nw:errorprone\nw:errors\nw:errs\nw:es\nw:escape\nw:escaped\nw:escrow\nw:escrow_id\nw:eslint\nw:est\nw:etc\nw:ethereum\nw:etl\nw:ev\nw:evaluating\nw:evaluator\nw:event\nw:events\nw:ever\nw:every\nw:ex\nw:exactly\nw:example\nw:examples\nw:exceeded\nw:exceeds\nw:exception\nw:exceptions\nw:exclude\nw:exe\nw:exec\nw:executable\nw:execute\nw:executed\nw:executer\nw:executing\nw:execution\nw:executor\nw:exercises\nw:exhaustion\nw:exist\nw:existing\nw:exists\nw:exit\nw:exited\nw:exiting\nw:exp\nw:expanded\nw:expect\nw:expectation\nw:expected\nw:expected2\nw:experimental\nw:explain\nw:explanations\nw:explicit\nw:explicitly\nw:explore\nw:export\nw:exported\nw:exporting\nw:exports\nw:expr\nw:express\nw:expressed\nw:expression\nw:expressions\nw:exs\nw:extend\nw:extension\nw:extensions\nw:extra\nw:extra_cmake_args\nw:extracting\nw:extraheader\nw:extras\nw:f\nw:f1d2c3b\nw:f20251215\nw:f20260105\nw:f20260413\nw:f242abd9c8e\nw:f401\nw:f403\nw:f420ae9f738c\nw:f53616\nw:f841\nw:f909ac5\nw:f_to_c\nw:fail\nw:failed\nw:failed_e2e\nw:failing\nw:fails\nw:failure\nw:failures\nw:falcon\nw:fallback\nw:false\nw:familjen\nw:family\nw:fast\nw:faster\nw:fastlane\nw:fatal\nw:fb\nw:fc58aa\nw:fc97a4c5\nw:feature\nw:features\nw:fedbox\nw:feed\nw:feeds\nw:fetch\nw:fetched\nw:fetcher\nw:fetching\nw:few\nw:ff\nw:ffxdq\nw:fi\nw:field\nw:file\nw:filename\nw:files\nw:filesystem\nw:filter\nw:filter_numbers\nw:filtered\nw:final\nw:finalize\nw:finance\nw:find\nw:find_package\nw:findings\nw:finish\nw:finished\nw:finishing\nw:fintech\nw:firewall\nw:firmware\nw:first\nw:first_upper\nw:fits\nw:fix\nw:fixed\nw:fixes\nw:fixing\nw:fixtures\nw:fixtures_spec\nw:flag\nw:flags\nw:flake\nw:flash\nw:flavor\nw:flawfinder\nw:flotilla\nw:flow\nw:flush\nw:flutter\nw:flutter_api_samples\nw:fmpy\nw:fmt\nw:fn\nw:fnv\nw:fnv1a\nw:fo\nw:folder\nw:following\nw:fonts\nw:foo\nw:foobar\nw:for\nw:forbidden\nw:force\nw:foreground\nw:foreign\nw:forge\nw:forgot\nw:fork\nw:form\nw:format\nw:formatted\nw:formatter\nw:formatting\nw:forwarder\nw:found\nw:foundation\nw:fr\nw:fragment\nw:frames\nw:framework\nw:free\nw:freetype\nw:freezing\nw:fresh\nw:from\nw:frontend\nw:frozen\nw:fs\nw:fsevents\nw:fsfe\nw:fsutil\nw:fulfilled\nw:full\nw:func\nw:func1\nw:function\nw:functionality\nw:functions\nw:fund\nw:funding\nw:further\nw:future\nw:futures\nw:fv\nw:fw\nw:fwlink\nw:g\nw:g8001\nw:galaxy\nw:garbage\nw:gateway\nw:gateway_addresses\nw:gc\nw:gcc\nw:gcd_import\nw:gcm\nw:gcr\nw:gdb\nw:gem\nw:gemfile\nw:gemini\nw:gems\nw:gen\nw:generate\nw:generated\nw:generating\nw:generation\nw:generator\nw:geo\nw:get\nw:get_settled_at\nw:get_sources\nw:getaddrinfo\nw:getting\nw:ggml\nw:gh\nw:ghc\nw:ghcr\nw:gi\nw:git\nw:gitconfig\nw:gitdir\nw:github\nw:gitlab\nw:gitleaks\nw:given\nw:gl\nw:glibc\nw:glob\nw:global\nw:globbing\nw:gmake\nw:gnu\nw:gnutls_auth\nw:go\nw:go1\nw:goal\nw:goes\nw:gofmt\nw:golang\nw:goleveldb\nw:gone\nw:goo\nw:good\nw:google\nw:goproxy\nw:goroutine\nw:got\nw:gpg\nw:gpt\nw:graceful\nw:gradle\nw:gradlew\nw:graph\nw:gravito\nw:greater\nw:green\nw:greeting\nw:grep\nw:grgit\nw:groovy\nw:grotesk\nw:groups\nw:guide\nw:guilouro\nw:gulp\nw:gyp\nw:gzip\nw:h\nw:h0m0s\nw:h0s9kvb6g2sinako7ub77ku\nw:h11\nw:h2\nw:h600\nw:h_\nw:habluetooth\nw:had\nw:hadolint\nw:hadrian\nw:hal\nw:handbook\nw:handle\nw:handled\nw:handler\nw:handles\nw:hang\nw:happen\nw:happy\nw:hard\nw:harness\nw:has\nw:hash\nw:hashbrown\nw:hashmap\nw:haskell\nw:hass\nw:hatch\nw:hatchling\nw:have\nw:head\nw:header\nw:headers\nw:headless\nw:heads\nw:health\nw:heap\nw:hearing\nw:hee\nw:hello\nw:helm\nw:help\nw:helper\nw:helpers\nw:henv\nw:here\nw:hex\nw:hhp\nw:hi\nw:hidden\nw:hierarchy\nw:high\nw:highlights\nw:hint\nw:hit\nw:hits\nw:hive\nw:hoisted\nw:hoisting\nw:home\nw:homeassistant\nw:homebrew\nw:hook\nw:hooks\nw:host\nw:hosted\nw:hostedtoolcache\nw:hostname\nw:hot\nw:hotspot_jdk\nw:hours\nw:how\nw:hrm\nw:hs\nw:ht\nw:html\nw:http\nw:http_client\nw:httpcore\nw:https\nw:httpx\nw:hub\nw:humanwhocodes\nw:husky\nw:i\nw:i128\nw:i_\nw:ibis\nw:ibis_bigquery\nw:ic\nw:ic3bur\nw:icons\nw:id\nw:idea\nw:identical\nw:identification\nw:identified\nw:identifier\nw:idx\nw:ie\nw:if\nw:ignore\nw:ignored\nw:ignoring\nw:im\nw:image\nw:image_captioning\nw:images\nw:imaging\nw:imgproc\nw:iml1s\nw:immediately\nw:immutable\nw:impacting\nw:impl\nw:implement\nw:implemented\nw:implications\nw:implicit\nw:implied\nw:import\nw:import_module\nw:imported\nw:importing\nw:importlib\nw:imports\nw:in\nw:inc\nw:include\nw:included\nw:includeif\nw:includes\nw:including\nw:incompatible\nw:incomplete\nw:inconclusive\nw:inconsistencies\nw:inconsistent\nw:incorrect\nw:incorrectly\nw:incremental\nw:incubating\nw:indentation\nw:index\nw:indicate\nw:indicates\nw:individual\nw:ineffective\nw:infallibly\nw:info\nw:information\nw:infra\nw:infrastructure\nw:init\nw:init__\nw:initial\nw:initialize\nw:initialized\nw:initializing\nw:injection\nw:inlang\nw:inner\nw:input\nw:inputs\nw:insensitive\nw:inside\nw:insights\nw:inspected\nw:install\nw:install_gui_linux\nw:installation\nw:installed\nw:installing\nw:installs\nw:instance\nw:instead\nw:instructions\nw:instrument\nw:instrumented\nw:insufficient\nw:int\nw:integer\nw:integration\nw:integrity\nw:intentional\nw:interactive\nw:interface\nw:interfaces\nw:internal\nw:interpreter\nw:interrupted\nw:interval\nw:intervals\nw:into\nw:invalid\nw:invalid_\nw:inventory\nw:inverse\nw:invoice\nw:invoices\nw:invoke\nw:involves\nw:io\nw:ios\nw:iot\nw:ip\nw:ir\nw:is\nw:is_alphanumeric\nw:is_empty\nw:is_empty_list\nw:is_none\nw:isn\nw:isntall\nw:iso8601\nw:isolate\nw:isort\nw:issue\nw:issues\nw:ist\nw:it\nw:item\nw:items\nw:iter\nw:iterating\nw:iterator\nw:itertools\nw:itoa\nw:its\nw:itself\nw:j\nw:j2\nw:j30\nw:jar\nw:jars\nw:jasmine\nw:jasmine__\nw:java\nw:java_\nw:javac\nw:jcenter\nw:jdk\nw:jects\nw:jenkins\nw:jenkinsfile\nw:jest\nw:jetbrains\nw:job\nw:jobs\nw:john\nw:jonesn\nw:jooq\nw:jq\nw:js\nw:jshint\nw:json\nw:jsx\nw:juawefhkejfhekj\nw:julian\nw:junit\nw:jupiter\nw:jupyter\nw:just\nw:jvm\nw:k\nw:k8s\nw:k_\nw:kata\nw:keccak\nw:keeps\nw:kernel\nw:kevin\nw:key\nw:keycloak\nw:keygen\nw:keymanapp\nw:keys\nw:keystore\nw:keyword\nw:keywords\nw:ki\nw:kill\nw:killed\nw:kind\nw:km_to_miles\nw:knob\nw:known\nw:knows\nw:koans\nw:koch\nw:koen\nw:kotlin\nw:kt\nw:ktlint\nw:kube\nw:kubernetes\nw:kyryl\nw:l\nw:l1s\nw:l3\nw:l3008\nw:l3013\nw:lab\nw:label\nw:labs\nw:lambda\nw:landing\nw:lando\nw:lang\nw:language\nw:laravel\nw:large\nw:last\nw:lastautoindex\nw:lat1\nw:lat2\nw:later\nw:latest\nw:launcher\nw:layer\nw:layers\nw:layout\nw:ld\nw:league\nw:leak\nw:leaks\nw:learn\nw:leaving\nw:ledger\nw:ledgerly\nw:left\nw:legacy\nw:leiningen\nw:len\nw:len_zero\nw:length\nw:lenses\nw:lerna\nw:lerp\nw:let\nw:level\nw:leveldb\nw:levels\nw:levrik\nw:lfs\nw:lib\nw:libc\nw:libc6\nw:library\nw:libs\nw:libtonode\nw:license\nw:license_file\nw:licensed\nw:licenses\nw:lient\nw:lifecycle\nw:like\nw:limit\nw:limits\nw:line\nw:lines\nw:link\nw:linked\nw:linkid\nw:linking\nw:links\nw:lint\nw:linted\nw:linter\nw:linters\nw:linting\nw:linux\nw:liquid\nw:liquidhaskell\nw:liquifact\nw:liquifact_escrow\nw:list\nw:listed\nw:listener\nw:lists\nw:lite\nw:lite86\nw:literal\nw:littpi\nw:live\nw:lloc\nw:llvm\nw:load\nw:loaded\nw:loader\nw:loading\nw:loc\nw:local\nw:localhost\nw:locally\nw:locate\nw:location\nw:lock\nw:locked\nw:lockfile\nw:lodash\nw:log\nw:logger\nw:logging\nw:login\nw:logs\nw:lon1\nw:lon2\nw:long\nw:longer\nw:look\nw:looking\nw:looks\nw:lookup\nw:loomy\nw:loop\nw:loosely\nw:lost\nw:low\nw:lowagie\nw:lower\nw:lower_snake_case\nw:lru\nw:ls\nw:lspconfig\nw:lua\nw:m\nw:m0s\nw:m104\nw:m2\nw:m21\nw:m237\nw:m2repository\nw:m309\nw:m47\nw:m49\nw:m62\nw:m64\nw:m67\nw:m7\nw:m78\nw:m84\nw:m88\nw:m_\nw:mac\nw:machine\nw:macos\nw:macro\nw:macro2\nw:macros\nw:made\nw:maierj\nw:mail\nw:main\nw:major\nw:make\nw:makefile\nw:makes\nw:making\nw:malicious\nw:manager\nw:mani\nw:manifest\nw:manifests\nw:manual\nw:manually\nw:manuell\nw:many\nw:manylinux2014_x86_64\nw:manylinux_2_17_x86_64\nw:manylinux_2_28_x86_64\nw:manylinux_2_34_x86_64\nw:maps\nw:mapworks\nw:mariusor\nw:mark\nw:markdown\nw:markdownlint\nw:marked\nw:marketing\nw:marking\nw:masque\nw:master\nw:match\nw:matched\nw:matcher\nw:matchers\nw:matches\nw:matching\nw:material\nw:math\nw:matplotlib\nw:matrix\nw:maturin\nw:maven\nw:maven2\nw:mavi\nw:mavivpn\nw:mawk\nw:max\nw:maximum\nw:maxtimeout\nw:may\nw:mb\nw:mcgdiff\nw:mcp\nw:md\nw:mdi\nw:mdurl\nw:me\nw:mean\nw:mean_suite\nw:measured\nw:mecho\nw:media\nw:meeting\nw:megalinter\nw:melos\nw:member\nw:memory\nw:merge\nw:merror\nw:meson\nw:message\nw:messages\nw:met\nw:meta\nw:metadata\nw:meter\nw:method\nw:metrics\nw:mfi\nw:mhelp\nw:mi\nw:microsoft\nw:mid0064\nw:mid0065\nw:middleware\nw:mif\nw:might\nw:mike\nw:milliseconds\nw:min\nw:minchanglong\nw:minimal\nw:minimatch\nw:minimum\nw:minitest\nw:mintimeout\nw:minutes\nw:mirror\nw:misc\nw:miscellaneous\nw:mismatch\nw:mismatched\nw:miss\nw:missing\nw:missing_offset\nw:mission\nw:mission_impl\nw:mix\nw:mjs\nw:mkdir\nw:ml\nw:mnote\nw:mnpm\nw:mnt\nw:mobile\nw:mocha\nw:mock\nw:mod\nw:modal\nw:mode\nw:model\nw:models\nw:models_test\nw:moderate\nw:modified\nw:module\nw:module_c\nw:modules\nw:mojo\nw:molecule\nw:money\nw:mono\nw:more\nw:most\nw:mother\nw:move\nw:moved\nw:mpp\nw:mqtt_duper\nw:ms\nw:msbuild\nw:msg\nw:mshared\nw:msvc\nw:multi\nw:multiline\nw:multiple\nw:multiple___\nw:multiplication\nw:musl\nw:must\nw:must_use_candidate\nw:mut\nw:mutmut\nw:mutual\nw:mvalue\nw:mvn\nw:my\nw:myplanet\nw:mypy\nw:n\nw:n0000\nw:n0028\nw:n_\nw:nabucasa\nw:name\nw:name_\nw:named\nw:names\nw:namespace\nw:naming\nw:native\nw:native_lib\nw:nav\nw:ne\nw:ne12\nw:ne13\nw:ne2\nw:need\nw:needed\nw:needless_borrow\nw:needless_return\nw:needs\nw:negligible\nw:nested\nw:net\nw:net462\nw:net6\nw:net7\nw:net9\nw:netfx40\nw:netkit\nw:netlib\nw:netops\nw:network\nw:never\nw:new\nw:newer\nw:newest\nw:newlib\nw:newline\nw:newtonsoft\nw:next\nw:nginx\nw:nightly\nw:nil\nw:nim\nw:nimble\nw:ninja\nw:nio\nw:nix\nw:no\nw:noble\nw:node\nw:node_config\nw:node_modules\nw:nodes\nw:nodesecurity\nw:non\nw:none\nw:nopie\nw:noprofile\nw:norc\nw:normal\nw:nosec\nw:not\nw:note\nw:notebook\nw:notes\nw:nothing\nw:notice\nw:notification\nw:notifications\nw:notified\nw:notifier\nw:notify\nw:now\nw:npm\nw:npmcli\nw:npmjs\nw:npx\nw:ntp\nw:nu\nw:null\nw:nullable\nw:num\nw:number\nw:numeric\nw:numpy\nw:nunomaduro\nw:nursery\nw:nvm\nw:nx\nw:o\nw:o0\nw:o1\nw:o111\nw:o2\nw:o_\nw:obj\nw:object\nw:objects\nw:observe\nw:obtained\nw:occurred\nw:ocramius\nw:odder\nw:oder\nw:odor\nw:oes\nw:of\nw:off\nw:offenses\nw:offline\nw:oh\nw:ok\nw:old\nw:oldcode\nw:ole\nw:omit\nw:on\nw:once\nw:once_cell\nw:one\nw:only\nw:onwarn\nw:oo8i\nw:oops\nw:op\nw:opam\nw:open\nw:opencode\nw:openemr\nw:opening\nw:openproject\nw:openssh\nw:opentelemetry\nw:operating\nw:operation\nw:operations\nw:operator\nw:operators\nw:ops\nw:opt\nw:option\nw:optional\nw:options\nw:or\nw:order\nw:ordered\nw:orders\nw:org\nw:organize\nw:origin\nw:orphan\nw:os\nw:osproc\nw:osv\nw:other\nw:our\nw:out\nw:outer\nw:output\nw:output_prefix\nw:outside\nw:over\nw:override\nw:overriding\nw:overwrite\nw:owid\nw:own\nw:oxlint\nw:p\nw:p0040\nw:p1\nw:p256\nw:p_\nw:pack\nw:package\nw:package_name\nw:packages\nw:packaging\nw:packed\nw:packet\nw:packetfence\nw:pad\nw:padding\nw:page\nw:pages\nw:paisa\nw:paket\nw:pandas\nw:panic\nw:panicked\nw:panicking\nw:panics\nw:panics_on_zero\nw:paragraph\nw:parallel\nw:param\nw:parameter\nw:parameters\nw:parcel\nw:parens\nw:parent\nw:parentheses\nw:parenthesis\nw:parse\nw:parse_test\nw:parseopt\nw:parser\nw:parsers\nw:parsing\nw:part\nw:partition\nw:pasha\nw:pass\nw:passed\nw:passing\nw:passkey\nw:password\nw:paste\nw:patched\nw:path\nw:paths\nw:pathutil\nw:pattern\nw:patterns\nw:payload\nw:pb\nw:pbkdf2\nw:pdf\nw:pdfkit\nw:pedantic\nw:peer\nw:pelago\nw:pending\nw:pepr\nw:per\nw:perf\nw:perform\nw:performance\nw:perhaps\nw:perl\nw:permissions\nw:permitted\nw:persist\nw:person\nw:persona_flutter\nw:pest\nw:pestphp\nw:pf\nw:phase\nw:php\nw:phpcs\nw:phpkit\nw:phpstan\nw:phpunit\nw:phreeqc\nw:pickle\nw:pid\nw:pillow\nw:pin\nw:pinned\nw:pinot\nw:pip\nw:pipefail\nw:pipeline\nw:pipelines\nw:pipfile\nw:pixels\nw:pixi\nw:pkg\nw:pkgconfig\nw:pkgs\nw:pkgtool\nw:pl\nw:plan\nw:planet\nw:platform\nw:please\nw:plip\nw:plop\nw:plotkit\nw:plug\nw:pluggy\nw:plugin\nw:plugins\nw:plural\nw:plus\nw:pmd\nw:pnc\nw:pnpm\nw:pod\nw:pods\nw:podspec\nw:pointing\nw:policies\nw:policy\nw:polyfill\nw:polymer\nw:pom\nw:populate\nw:port\nw:portal\nw:positive\nw:posix\nw:possible\nw:possibly\nw:post\nw:post0\nw:postcss\nw:postgres\nw:potential\nw:potentially\nw:pp\nw:ppv\nw:pr\nw:prebuild\nw:prebuilt\nw:precompiled\nw:prefer\nw:prefix\nw:prefs\nw:preinstall\nw:prelude\nw:prepare\nw:prepare_executor\nw:preparer\nw:preparing\nw:preprocessing\nw:prereleases\nw:preset\nw:prettier\nw:prettyplease\nw:prevent\nw:previous\nw:price\nw:primary\nw:print\nw:printed\nw:printf\nw:println\nw:prior\nw:priority\nw:private\nw:probably\nw:problem\nw:problems\nw:proc\nw:process\nw:processes\nw:processing\nw:prod\nw:product\nw:production\nw:profile\nw:profile_\nw:profiler\nw:program\nw:programming\nw:progress\nw:proj\nw:project\nw:projectcleverweb\nw:projects\nw:prometheus\nw:promise\nw:prompt\nw:prompts\nw:properly\nw:properties\nw:property\nw:proto\nw:protoc\nw:protocol\nw:protoparser\nw:prototype\nw:prototypes\nw:prove\nw:provide\nw:provided\nw:provider\nw:providers\nw:provides\nw:providing\nw:provisioner\nw:provisioning\nw:proxy\nw:prune\nw:psql\nw:psr\nw:ptr_arg\nw:pub\nw:public\nw:publish\nw:pull\nw:pulling\nw:punctuation\nw:punycode\nw:purchased\nw:pure\nw:push\nw:pv4\nw:pwsh\nw:py\nw:py2\nw:py3\nw:pycognito\nw:pydantic\nw:pygments\nw:pylint\nw:pyo3\nw:pypa\nw:pypi\nw:pyproject\nw:pyright\nw:pyserve\nw:pyspark\nw:pytest\nw:pytest_cache\nw:python\nw:python2_\nw:python3\nw:python3_\nw:python_\nw:pytz\nw:pyyaml\nw:q\nw:qt\nw:qty\nw:quant\nw:quantity\nw:quartz\nw:quasar\nw:queries\nw:query\nw:queue\nw:queued\nw:queues\nw:quic\nw:quickstart\nw:quickstarts\nw:quiet\nw:quote\nw:quotes\nw:r\nw:r0\nw:r2\nw:r5\nw:r7\nw:r_\nw:race\nw:rack\nw:rails\nw:raise\nw:rake\nw:ran\nw:rand\nw:rand_core\nw:random\nw:range\nw:rate\nw:ratelimit\nw:rather\nw:raw\nw:rb\nw:rc\nw:rc1\nw:rc2\nw:rc3\nw:rdk\nw:re\nw:reached\nw:react\nw:read\nw:read_capsule\nw:reading\nw:readme_spec\nw:readonly\nw:readthedocs\nw:real\nw:realtime\nw:reason\nw:reassigned\nw:rebuild\nw:receive\nw:received\nw:recent\nw:recieve\nw:recipe\nw:recipes\nw:recognized\nw:recommend\nw:recommendation\nw:recommended\nw:recompile\nw:recompiling\nw:record\nw:recorded\nw:records\nw:recursive\nw:redirect\nw:ref\nw:refactor\nw:refactoring\nw:refer\nw:reference\nw:referenced\nw:references\nw:refers\nw:reformat\nw:reformatted\nw:refresh\nw:refs\nw:refused\nw:reg\nw:regex\nw:regexp\nw:region\nw:registration\nw:registry\nw:rego\nw:reify\nw:rejected\nw:rejecting\nw:rejects\nw:related\nw:release\nw:releases\nw:relying\nw:remaining\nw:remote\nw:remotes\nw:remoting\nw:remove\nw:removing\nw:rename\nw:renamed\nw:render\nw:rendering\nw:renders\nw:repack\nw:replace\nw:replaced\nw:repo\nw:report\nw:reported\nw:reporter\nw:reporters\nw:reporting\nw:reports\nw:repos\nw:repositories\nw:repository\nw:reproduce\nw:req\nw:request\nw:requested\nw:requests\nw:require\nw:required\nw:requirement\nw:requirements\nw:requires\nw:rerun\nw:res\nw:reserve\nw:reserved\nw:reset\nw:resolution\nw:resolvable\nw:resolve\nw:resolved\nw:resolver\nw:resolves\nw:resolving\nw:resource\nw:resources\nw:responded\nw:response\nw:restore\nw:restored\nw:restoring\nw:restricted\nw:result\nw:results\nw:retail\nw:retain\nw:retries\nw:retry\nw:retrying\nw:return\nw:returned\nw:returns\nw:reuse\nw:reused\nw:rev\nw:review\nw:reviewdog\nw:reviewer\nw:revision\nw:revive\nw:rf\nw:rich\nw:right\nw:ring\nw:ring_test\nw:ringbuf\nw:risky\nw:rm\nw:rnp\nw:roaming\nw:rocket\nw:role\nw:rolling_mean\nw:rollup\nw:root\nw:rootdir\nw:ropenscilabs\nw:roundtrip\nw:route\nw:router\nw:routes\nw:rows\nw:rpc\nw:rpmbuild\nw:rs\nw:rspec\nw:rss\nw:rtos\nw:rubocop\nw:ruby\nw:rubygems\nw:ruff\nw:rule\nw:rules\nw:run\nw:runner\nw:runner01\nw:runner_temp\nw:runneradmin\nw:runners\nw:running\nw:running_processor\nw:runs\nw:runtime\nw:rust\nw:rust_analyzer\nw:rustc\nw:rustfmt\nw:rustup\nw:rusty\nw:rx\nw:rxs\nw:s\nw:s0103\nw:s2322\nw:s2345\nw:s2554\nw:s3\nw:s6\nw:s_\nw:s_6b1e4f7ab1ec\nw:saas\nw:safe\nw:safe_load\nw:safety\nw:same\nw:sample\nw:samples\nw:sandbox\nw:sardonyx\nw:sata\nw:satisfied\nw:satisfies\nw:satisfy\nw:satu\nw:save\nw:saved\nw:saving\nw:saw\nw:sbt\nw:scala\nw:scan\nw:scanned\nw:scanning\nw:scdm\nw:scenario\nw:scenarios\nw:scene\nw:schedule\nw:scheduler\nw:schema\nw:scikit\nw:scm\nw:scope\nw:score\nw:scratch\nw:screen\nw:screens\nw:script\nw:scripting\nw:scripts\nw:sdk\nw:search\nw:sebastian\nw:sec\nw:sec1\nw:second\nw:seconds\nw:secret\nw:secretlint\nw:secs\nw:section\nw:section_end\nw:section_start\nw:securedrop_client\nw:security\nw:sed\nw:see\nw:seeds\nw:seem\nw:seems\nw:select\nw:selected\nw:selector\nw:selectors\nw:self\nw:semicolon\nw:semver\nw:send\nw:sending\nw:sensor\nw:sensors\nw:sentence\nw:sentry\nw:separate\nw:sequence\nw:sequential\nw:serde\nw:serde_derive\nw:serde_json\nw:serde_with\nw:serialize\nw:serve\nw:server\nw:service\nw:services\nw:session\nw:set\nw:setting\nw:settings\nw:settle\nw:settle_ts\nw:settled_at\nw:settlement\nw:setup\nw:setuptools\nw:several\nw:severity\nw:sf\nw:sh\nw:sha256\nw:shapely\nw:share\nw:shared\nw:shell\nw:shellcheck\nw:shells\nw:shields\nw:shims\nw:shipkit\nw:shivammathur\nw:shodh\nw:shop\nw:shopco\nw:shopfront\nw:shorturl\nw:should\nw:should_\nw:show\nw:shows\nw:shrinkwrap\nw:shutdown\nw:sid\nw:side\nw:sign\nw:signal\nw:signature\nw:signed\nw:signedness\nw:significantly\nw:silent\nw:simdjson\nw:simple\nw:simplified\nw:simulators\nw:sin\nw:since\nw:single\nw:sit\nw:site\nw:sites\nw:sitter\nw:six\nw:sixty\nw:size\nw:skill\nw:skills\nw:skip\nw:skipped\nw:skipping\nw:sleep\nw:slice\nw:slim\nw:sln\nw:slug\nw:slug_test\nw:slugger\nw:slugify\nw:slugs\nw:small\nw:smallvec\nw:sme\nw:smoke\nw:smol\nw:smtp\nw:snake\nw:snapshot\nw:snapshots\nw:so\nw:soap\nw:sock\nw:socket\nw:sockeye\nw:software\nw:solana\nw:solution\nw:solutions\nw:solve\nw:solver\nw:solving\nw:some\nw:something\nw:soroban\nw:soroban_sdk\nw:sorted\nw:source\nw:sourcerygxx\nw:sources\nw:space\nw:spaces\nw:spacing\nw:sparse\nw:spdx\nw:spec\nw:specific\nw:specified\nw:specifiers\nw:specs\nw:spell\nw:spelling\nw:split\nw:splitting\nw:spond\nw:spot\nw:spotbugs\nw:sprint\nw:spurious\nw:sql\nw:sqlalchemy\nw:sr\nw:src\nw:src1489103279\nw:ssh\nw:stable\nw:stable_deref_trait\nw:stack\nw:stackage\nw:stacked\nw:stacktrace\nw:stage\nw:stale\nw:stalled\nw:stamp\nw:standard\nw:start\nw:started\nw:starter\nw:starting\nw:starts\nw:startup\nw:starves\nw:stat\nw:state\nw:statement\nw:statements\nw:static\nw:staticcheck\nw:stats\nw:statsforecast\nw:statsmodels\nw:status\nw:std\nw:stderr\nw:stdin\nw:stdlib\nw:stdout\nw:stdune\nw:stellar\nw:step\nw:step_script\nw:steps\nw:still\nw:stmts\nw:stop\nw:stopped\nw:stopping\nw:storage\nw:store\nw:stored\nw:storefront\nw:str\nw:strategy\nw:stream\nw:strict\nw:strictly\nw:string\nw:strings\nw:strip\nw:strkey\nw:strsim\nw:struct\nw:structure\nw:strutil\nw:stub\nw:stubbing\nw:studio\nw:studios\nw:style\nw:styled\nw:stylelint\nw:styles\nw:sub\nw:subcommand\nw:subject\nw:submit\nw:submodule\nw:submodules\nw:subprocess\nw:subsequent\nw:subtest\nw:subtests\nw:succeeded\nw:success\nw:successful\nw:successfully\nw:such\nw:sudo\nw:suffixed\nw:suggestions\nw:suite\nw:suites\nw:sum\nw:summary\nw:summing\nw:sun\nw:sunday\nw:supabase\nw:supplied\nw:support\nw:supported\nw:suppress\nw:sure\nw:surefire\nw:suspicious\nw:svc\nw:svelte\nw:svg\nw:swatinem\nw:swift\nw:switch\nw:switched\nw:switching\nw:symbol\nw:symfony\nw:symlinks\nw:sync\nw:syncing\nw:syndtr\nw:syntax\nw:sys\nw:system\nw:t\nw:t00\nw:t03\nw:t06\nw:t08\nw:t09\nw:t10\nw:t10_00_00_000\nw:t12\nw:t14\nw:t15\nw:t16\nw:t17\nw:t18\nw:t20\nw:t21\nw:t_\nw:tab\nw:table\nw:tabs\nw:tag\nw:tags\nw:takes\nw:talk\nw:tally\nw:taobao\nw:tarball\nw:target\nw:targets\nw:task\nw:task_queues\nw:tasks\nw:tauri\nw:tb\nw:tclint\nw:tclsp\nw:tcp\nw:td\nw:team\nw:teamcity\nw:telemetry\nw:tells\nw:temp\nw:temperatures\nw:template\nw:templates\nw:temporalio\nw:temporarily\nw:temporary\nw:temps\nw:temurin\nw:ten\nw:tensorflow\nw:term\nw:terminate\nw:terminated\nw:terminates\nw:terminating\nw:terminology\nw:terms\nw:terraform\nw:test\nw:test2\nw:test_avg\nw:test_client\nw:test_comma_decimal_fails\nw:test_convert\nw:test_core\nw:test_distance\nw:test_error\nw:test_fail\nw:test_low_stock_threshold\nw:test_minitest_sprint\nw:test_money\nw:test_none\nw:test_ok\nw:test_parse\nw:test_parser\nw:test_punctuation\nw:test_report\nw:test_restock_adds\nw:test_retry\nw:test_rolling_mean\nw:test_run\nw:test_runner\nw:test_slugs\nw:test_stats\nw:test_stock\nw:test_textkit\nw:test_timeout_is_retried\nw:test_to_s_shows_cents\nw:test_total_rounding\nw:test_unicode\nw:test_window\nw:testcafe\nw:testdata\nw:tested\nw:tester\nw:testing\nw:testmain\nw:tests\nw:tests__\nw:tetrad\nw:tex\nw:text\nw:textkit\nw:tf\nw:tflint\nw:tfs\nw:tg2\nw:tgz\nw:than\nw:thapa\nw:that\nw:the\nw:their\nw:them\nw:then\nw:there\nw:these\nw:they\nw:this\nw:thiserror\nw:thread\nw:threads\nw:three\nw:threshold\nw:through\nw:throw\nw:thrown\nw:throws\nw:tidy\nw:tightening\nw:tiles\nw:time\nw:timed\nw:timekit\nw:timeout\nw:timeouts\nw:timers\nw:times\nw:timeseries\nw:timing\nw:tiny\nw:tinyhttp\nw:title\nw:tment\nw:tmp\nw:to\nw:tobs\nw:todo\nw:token\nw:tokens\nw:tokio\nw:toml\nw:tomli\nw:too\nw:took\nw:tool\nw:toolbox\nw:toolchain\nw:toolchains\nw:tooling\nw:toolkit\nw:tools\nw:toomanyrequests\nw:top\nw:topic\nw:topologies\nw:total\nw:touch\nw:tower\nw:tpl\nw:trace\nw:traceback\nw:traces\nw:track\nw:tracking\nw:trailing\nw:trait\nw:traits\nw:transaction_sequence\nw:transfer\nw:transferring\nw:transform\nw:transition\nw:transitive\nw:transport\nw:travis\nw:treated\nw:tree\nw:tried\nw:triggers\nw:trim\nw:trim_trailing_whitespace\nw:trimmed\nw:trouble\nw:true\nw:truncate\nw:trunk\nw:trusty\nw:truthy\nw:try\nw:try_from\nw:trying\nw:ts\nw:tsbootstrap\nw:tsc\nw:tsconfig\nw:tslint\nw:tst\nw:tsx\nw:tunnel\nw:turbo\nw:turbopack\nw:turn\nw:tutor\nw:two\nw:tx\nw:txt\nw:type\nw:typecheck\nw:typed\nw:typenum\nw:types\nw:typescript\nw:typo\nw:tzdata\nw:tzst\nw:u\nw:u1004\nw:u1101\nw:u1102\nw:u1403\nw:u1903\nw:u32\nw:ubuntu\nw:ubuntu0\nw:ubuntu1_amd64\nw:ubuntu24\nw:ubuntu2404\nw:ui\nw:uikit\nw:unable\nw:unauthorized\nw:unavailable\nw:unbound\nw:uncaught\nw:unchanged\nw:unchecked\nw:undeclared\nw:undefined\nw:under\nw:underscore\nw:understood\nw:undo\nw:unexpected\nw:unexported\nw:unformatted\nw:unfortunately\nw:unicode\nw:unified\nw:unifont\nw:uninlined_format_args\nw:unit\nw:units\nw:units_rs\nw:unittests\nw:universe\nw:unix\nw:unknown\nw:unlabeled\nw:unlicensed\nw:unnecessary\nw:unneeded\nw:unnested\nw:unoptimized\nw:unordered\nw:unpack\nw:unpacking\nw:unreachable\nw:unrecognized\nw:unresolved\nw:unsafe\nw:unsatisfiable\nw:unschedulable\nw:unset\nw:unsigned\nw:unsupported\nw:unter\nw:until\nw:untrusted\nw:untyped\nw:unused\nw:unused_error\nw:unused_variable\nw:unused_variables\nw:unzstd\nw:up\nw:update\nw:updated\nw:updates\nw:updating\nw:upgrade\nw:upload\nw:uploaded\nw:uploading\nw:upstream\nw:ureq\nw:uri\nw:url\nw:urllib\nw:urllib3\nw:urlopen\nw:urls\nw:us\nw:usage\nw:usb\nw:use\nw:used\nw:user\nw:userguide\nw:userland\nw:username\nw:users\nw:uses\nw:using\nw:usize\nw:usnistgov\nw:usr\nw:utest\nw:util\nw:utilities\nw:utility\nw:utils\nw:utxo\nw:uuid\nw:uv\nw:uv_manager\nw:uvu\nw:uw\nw:v\nw:v0\nw:v1\nw:v10\nw:v18\nw:v2\nw:v20\nw:v25\nw:v3\nw:v4\nw:v5\nw:v6\nw:v7\nw:v8\nw:v9\nw:v_\nw:valid\nw:validate\nw:validation\nw:validator\nw:value\nw:values\nw:var\nw:varfish\nw:variable\nw:variables\nw:variance\nw:variant\nw:variante\nw:variants\nw:variate\nw:varint\nw:varint_len\nw:vars\nw:vb\nw:vbyte\nw:vcxproj\nw:ve\nw:vec\nw:vector\nw:vendor\nw:vendoring\nw:venv\nw:verb\nw:verbose\nw:vercel\nw:verification\nw:verified\nw:verify\nw:verifying\nw:version\nw:versions\nw:via\nw:view\nw:viewmodel\nw:views\nw:violations\nw:viper\nw:virtual\nw:virtualenv\nw:visible\nw:visit\nw:visual\nw:vite\nw:vitejs\nw:vitest\nw:viz\nw:volumes\nw:vpn\nw:vpn_mtu\nw:vs\nw:vscode\nw:vss\nw:vsts\nw:vue\nw:vueapp\nw:vuln\nw:vulnerabilities\nw:vulnerability\nw:vulnerable\nw:vzpvo\nw:w\nw:w10\nw:w_\nw:wait\nw:wait_for_db\nw:waiting\nw:wallclock\nw:want\nw:warm\nw:warn\nw:warning\nw:warnings\nw:was\nw:wasm\nw:wasmi_core\nw:watch\nw:watchos\nw:wdio\nw:we\nw:web\nw:web3_universal\nw:web3_universal_ledger\nw:webhooks\nw:webpack\nw:webshop\nw:webtools\nw:weekend\nw:weighted\nw:welcome\nw:well\nw:went\nw:were\nw:werror\nw:west\nw:westus\nw:what\nw:wheel\nw:wheels\nw:when\nw:where\nw:which\nw:while\nw:white\nw:whitespace\nw:whl\nw:whole\nw:whose\nw:why\nw:widgets\nw:wiki\nw:wildcard\nw:will\nw:win2012\nw:win22\nw:window\nw:windows\nw:windows2022\nw:windows_\nw:wine\nw:with\nw:withdraw\nw:within\nw:without\nw:wlctl\nw:woff2\nw:word\nw:words\nw:work\nw:workdir\nw:worker\nw:workflow\nw:workflow_dispatch\nw:workflows\nw:working\nw:works\nw:workspace\nw:workspace_crate2\nw:workspace_integration\nw:workspaces\nw:worktree\nw:worktrees\nw:world\nw:would\nw:wrap\nw:wrapped\nw:wrapper\nw:write\nw:writely\nw:writer\nw:writing\nw:written\nw:wrong\nw:wsc\nw:wstat\nw:wunused\nw:www\nw:x\nw:x0\nw:x000001\nw:x32_2\nw:x64\nw:x8\nw:x8000_0000\nw:x86\nw:x86_64\nw:x_\nw:xc\nw:xc000130340\nw:xc00021c000\nw:xcode\nw:xcodebuild\nw:xenial\nw:xf\nw:xfailed\nw:xfonts\nw:xjc\nw:xml\nw:xs\nw:xz\nw:y\nw:yaml\nw:yamllint\nw:yarn\nw:yesterday\nw:yet\nw:yml\nw:yoke\nw:you\nw:your\nw:z\nw:zephyr\nw:zephyrproject\nw:zero\nw:zerox80\nw:zig\nw:zigler\nw:zip\nw:zips\nw:zmk\nw:zmkfirmware\nw:zstd\nw:zurichsee_ha\nw:zzpmw",
    causeBias: -148,
    cause: '7P8WAN7/sf/h/+b/KADM/7T/1f/e/wEAsP/0/8X/1f+q/+L/SABBAMn/s//Z/9r/t/+6/8P/JAAWAPP/TADm/87/m/+r/w0A3v/h/97/0//p/+X/8P/i/+n/6/8WALb/2/8cAC4Apv/R/ycANwAsABAA3v/W/xUAtf8pAN7/8v/d/xcAyP/e/+b/4f+y/+b/av/S/zcAOQD4/77/6v/W/87/EgDx/ysAsf8QANn/EAC6/8P/HQDd/1gA5P8yAOH/PwD//zsAFwA7AMP/MADE/8P/NADh/yEAFADp/+n/2f/e/+L/5v/h/+n/6f/f/xMA6f/q/+X/yf85AB0A3//h/wMA6P/A/yEAGQDm/xUACADN/ywACgBPAOn/GAAfAC8AaAAtAOb/HADh/7z/1//C/xQA6v++/yYAJwBXAM7/2v/V//7/VQDW/z8A5f+//ygAvf/t/77/6P/m/+z/uv9PABUA5//m/7j/sP9EAEcA3v/k/9b/2f8bANX/VADC/ygAs//h/8r/zv+p/7//IQDf/0wAHAAnAPr/y//p/xoAv/8bAM//FQDf/yMA4f8GACAAbgAkAOX/VQAkAOn/4v8cANz/6f/Q/7L/agDI/8H/uv8/ANj/aP/k/97/pP8jANL/+P/S/7j/JwCy/8r/3/+m/+X/HAA4ANn/3v+//7v/JADi/8v/m/8hACwA4f9aACYApv/Q/8D/5v+d/83/x//U/9//JAA6ACEAlf8aAKz/JgCd/xcAHAC2/zoA4P/g/8H/5P/P/+v/3//J/+r/zf/c/+z/3f8jADAAv//D/+v/IQDF/8X/qQBFALT/zP/f/9//HACb/ykAWgDi/9H/1P8dAJ7/7f8JAND/y//S/ygA1P8+AMv/IQAYABgAGAAYAOb/KgD+/ycAjv/d/zAAwP8GAKP/5P8eAIP/NwArAB4A1f+i////GwDY/xIAdP89ABAAAgC1/zQABgDC/8X/m//j/zsAvf8XANX/LADT/6r/rv+5/yoAw/89AM//4v/m/9z/xv/i/8b/OACw/3j/tP8VANf/5//T/y0ABQAcAOP/IADI/5r/5v/U/wwA4/+g/9X/GgC3/3X/FgCi/9f/HwDW/+D/UADY/3v/3f/i/xcAdf8YAN3/LwCX/1UAiP8aANz/zv8sAGwAxv+z/+f/CwDS/1MATABNAMD/QQA2ANH/6P+x/y4AuP/x/zEANQDf/yEAvf/p/ywAw//Q/8z/pf/l/9D/0//l/8D/6v+u/83/6v+b/8L/0v/Y/1cA9v/T/+X/VwAVAAsA4f/S/+f/vv8XABIAKwAaAIf/JADk/+7/VADG/xQA6P+d/9//FABUACIAPQBOAM7/YQAtACoAOAAPANX/sv/e/xoAx/+6/2IAJQAoACAAtv94AFMA6f/w/woAwf/i/y8AFgBeAMD/qv8CALX/IAAAAJD/vv8bAK3/6v+W/yIAyf/Q/+b/vv/F/+T/4//W/zUABwAOAOD/HQDo/xYAHQDS/xYAz//6/z0ABQDj/w4ABACs/9T/tf8YABEA3/+c/97/2f8UABIAZgDN/08A6f8fABAAu/8wABQA3P+z/zEARQDd/87/yf9eALj/EAAFANn/BwC0/xQAzP/k/+T/AwDr/ycA4v/S/9n/nP/m/x0AKAAVAOz/SgDS/1IA7P/f/5//6P+V/yIA8P8pAPP/wf8cAOr/3v/h/xwA4P8UABQAuP/9/y4A6v/Y/83/EAAzALf/0P9TAPD/OQC0/xQAPAAVANH/3v8WANv/4/+t/9z/1f+q/8z/vf/o/87/6f+j/87/p//T/xsAGAAtANn/3//L/+f/LQDk/8r/5f/G/xcAFwC5/xQA2f/N/7r/2P/V/97/4P/I/+n/w/9jAPj/z//h/9b/PADn/+v/xv/o/7T/wv+s/83/5v9HAOn/NQDG/+r/HgDr/ywAJwARAOb/5v+9/93/5f8wAFkAiP+0/0MAMABHADEALwA0ACQAEwDL/87/IwAaAMn/GgC1/wsA0/8oAKj/3P9r/9f/d/+D/7//yv/c/6v/qv+4/97/uf/o/+f/5P+x/9j/2f/l/9T/5f8eABgA2//q/+T/2/+8/+z/3v/A/+r/QgCa/8//KgAjAMb/0f/E/83/2P+g/7P/xf+m/w4A6/8MACIAs//g/77/qv8tAKj/z/+x/6X/sf/a/xgA2v/k/yYA4//i/+P/4v/S/0gAtv/o/2X/wv/8/7L/4v/g/yMAGQAZAM3//f8UAMb/n/8jANv/6v8kAND/RwDL/xwA/v8NAMz/vP/n/+L/4f/s/x0ARwDr/+T/KADj/xQA5f80AA4A6//W/yYAFQAcAN3/4P8WAL3/BQAkABUAxv/g/+L/yf8kAOf/4v/P/7j/MQDQ/y8AGgDa/+H/FQCu/zgA5f/A/9//2f/r/x0Ay/++/8P/w/8cAOj/xv/i/+j/5v/g/9f/UgDl/ygAzP8gADkA3f/f/xQALwDA/9r/EgDa/8v/LACY/y8AMQDp/7L/of+s/6//uP8FACwAMADc/+j/zv8fAML/1v+5/xgAqf/q/wcAw/8eAOv/FQAqALj/+f/s/wAA5v+o/zMAFgBQAAsAFAAUAOX/LQDL/yUAKAAmAMz/v//j/xUALwDG/yYA0//j/8f/5//Y/y0Ayv89AP7/0v8IADQAPwAUABUA1/8OAKj/JAD9/9r/4P/Z/9X/3f/f/+n/LQDY/y8Azf+F/8P/HgAfAM//GQDr/9j/GwDH/zMAOwDc/+j/HgAzABUA2P++/7b/FgDq/8X/5f93/8D/JwAUAO7/OwAWADoAPADK/xUAMAA7ACkANAATADUAyf/o/xYABQAmAAIABQBMAOL/IwDl/9//q/+z/+v/FACz/7f/FQDq/5n/KADm/5r/IwBq/wwA6P/k/wwAx/+1/77/BAC+/7b/wv+M/+f/f//M/7v/v//j/+n/kf+s/8j/HgDC/97/GQAJABYAZ//g/xsARQAVABUAxP/T/zEAl//k/9P/5P8xACMAZf9UACQA3P9+/83/NQDb/+H/JgC6/zEA1P8VACQAw//W/+v/IAAmACYAx/8gAC4A3P+m//v/4f/l/6z//v/h/wIA3v/V/ycAGwB+/+r/HADc/zEAuv+5/x4A1v+u/6L/yf/n/x4ACgDm/97/3v88AOH/3v/p/97/mv+m/8b/uf+v/9v/4//q/+j/uf8ZAM3/4f85AEQAk//T/9r/2//m/+b/qf/J/+T/NgA2AIX/mP+M/33/2P+l/+D/uv/c/5D/JgDm/zYA4v/p/9D/RgA1ABUA0f8jAEkA4/87AEUAHADe/6n/AgAXACUA7v8rAEYAOgAqAOX/OQDr/9P/LQAwAN7/FQDr/7v/JQAqADkAGAAWADYATgBPAMb/6/8XAOb/IwAsAN7/LgBNALj/FACY/77/5/8VAEgA2v/q/xoAGQAVACMANADN/xYALQA8ADoAzP8MAPz/FQDh/4v/LwDc/yMAFACh/yUAHAA7AKr/5f80ANb/0f8KAOr/6P/i/67/MQC0/4n/6P+b/7n/2v/W/8v/yf8/AP//rv/d/ygAuv/g/8j/JwAZAKj/IwAcAHYA6f/d/9//x/8fADUALgDS/xQA4v/r/y0AQwAXAND/1//i////6v/c/+H/vf/q/5P/DADe/5//3v/E/7P/6P8UAN//+f8fAOT/6P+G/0MANgDf/+X/BgC7/8X/FQAdAMD/rP+X/7r/2v+y/7r/uf/k/7D/6//q/3f/GADc/57/nP8SAMr/hf/F/xQAqf8zAOb/OQAYAI7/HgDT/+D/AAAeABUA8v/L/+v/9/+y/8n/z/+x/67/DgAVANP/GQC3/xIAsf/o/ysAyP8ZAMn/5P/W/9H/JwDO/87/tf8dANL/wv+t/87/Z//Q/77/6f/j/77/0P9IABoALwAvAMn/tP8WAOX/4//r/+H/sv/J/xQArP+k/xcAzP/e/+v/1f8nAAUAnv/I/yIA3P88ANn/4f8UACMA7f8aACsAPQAMALH/AgDl/x8AYwAjAB8Awv+9/7D/2v/m/7D/3P80ABQA0v+3/wYA4f/m/xYA7v/o/0wACgC8/xEA6//g/67/HgBPAPH/MwDM/9b/0P/H/9P/tf/o/8P/GwAcAMP/rP/i/7H/nf/X/+b/FgDa/9z/9f/Y/6//OAAoAAUAnf/d//X/x/+l/w0AFAAhAOr/DgCk/53/IgCx//n/BwDS/0EA/f/m/4H/gv/H/xcA2P/I/97/LQApADMACACZ/93/5v/h/+b/MwCX/9j/2v8eAPX//P/o/xYA6v+9/6z/k//X/9P/pP/6/+P/xP+v/83/1v87/9D/z/+1/83/r/+6/9r/0//B/3r/7P/Z/9P/3/+x/9j/6f/k/+v/1f/o/7z/4/8UABQAFADH/9v/IAA1ABQAJwC3/9r/FADi/xMAHQDY/z0AVgDk/xQArP8/AMv/CgAuADMAVwAGADQAJACZ/yMAFgAvAM3/GAAVAJv/kP+q/8H/wf/S/+b/1f/Y/7H/y/8AAMz/EgBhAMP/qv9NAJj/FAA3AM//NAAmAL3/GQArABwAxP8lABQAUwDq/+r/3P+x/+j/HAC7/xUA0f/J/+P/6/8VAB0A7P/p/+T/1v8mAM7/6f/r/xUALADi/7T/QwDA/xYAyv/J/+D/HwBxABQAMwCu/8v/8f8UAA0Azv8vAJn/6v/D/6v/HwAqAF3/MgDp/ygAuP/B/8P/3P/K/8L/pv8LANL/6/8iAAUA6/88AIb/vf8WABYAmf+5/9r/2P/A/8b/zP+q/7D/1P/N/9D/wP/i/x4AJwAVAND/FQCd/8b/4//a/yoA5//e/8n/yf8iABcAzP/m/8n/GQDe/+b/0/8GABcA2/+3/x8A0v8LAAcAGQBt/7L/tP/b//v/Qv+y/63/5v8kADAALAAfAOv/IgC7/9r/wf/i/9b/7P/U/97/7//O/+D/FADs/7//3/8mAA4Auv/d/9X/5P/k/+v/0P/r/zcAzv+7/xkA5P/i/63/2v/a/xkAFwAJALr/sf/Q/yoA5f8kAC0A9/8sAEUATwA2ADMAtv8aANr/AQC4/x4AAwApABkA1//t/x0AHgDS/9X/1f/k/6H/WAA1AKz/3v/Y/8H/zP/G/6z/FQDm/xoADgDk/ywAkv/e/+D/1/85AMH/4f+z/+T/3f/i/wAA0f/Z/ygAm/+r/6P/HwBKAOP/IAARANH/GQC9/7H/wP/o/xQA6//c/yQA4f/j/8L/MgC8/6//1f+z/8//qv+m/+j/5/8+ACoAIAC6/7f/1//Y/7r/wv/m/9f/0//H/7//6/8nANf/5v/A/0kAGQDm/wAAr//I/7H/0f+l/0cADgDV/6T/JwDF/8X/tv/V/8z/3v/n/83/EwAiABYAOADj/4P/6f+P/8n/uf/J/6v/4v/Q/+//FQDX/+n/4//E/xQAxv8hACQANgAWADIAMQDi/yEAJwABANj/NADN/8b/wv+7/9X/DQDZ/1IAzf/l/9v/0f/y/+r/zf/Y/+P/u//U/9b/t//Z/8X/4v/Q/87/yf/T/+j/zf/K/8v/yf/Q/9b/0/+A/8//FQCc/7v/CwADAMr/yv8KAN3/3//Z/z8Auf8VAB4Ayv8jAOT/GgAlAOz/wf9K/yEAxP8VABwAHADA/xEA5v/N/3T/wv/g/7b/zP/o/yIA6v8VAF8A9//m/+D/4f/p/93/v/8WAOb/EgDX/wAAHQDM/6n/6//i/8//9//Q/93/0v8gAC8Ay/9CABQAFADW/xoAKgABAL3/KgBJAEIA9P8oACIAIwDl/+v/of/G/93/QQDa/73/NwD+/xQAv/85AOT/5v/V/+r/KAAUABQADQDB/7X/Uv+9/7D/RgAhAPj/1v/R/7n/JgBBABMAof/n/+b/IwAoAOb/r/8oAAkACABOAM3/HgDi/7r/HAD5/9L/KAADANf/4f8cAOr/RQDx/ycAZgAdAAMAt//V/8P/1f/R/+b/1P8VAJn/JACt/9L/4f/o/ygAFgDQ/ycA2/+w/8f/8f///9L/3/+5/wAA2//M/97/yf/H/9L/nf/l/97/1//q/wMAqP8YAEcA2P/o/+T/6v/n/5r/t//z/xoAGADL/xMANwBDALL/1/+r/+D/+//q/xoAJgAeAOn/EQAUAC0Azf8wAMn/0v+4/+n/yf/r/x4A6v/h/93/2v+I/yEAyP/X/+T/i/8eAN7/6f8fAN//0v/d/8n/y//9/9v/5v8SAKP/5v/n/+D/vP/J/xAAyf8VAB8AZf/9/7//sf8PACMAyP8TABYA+//d/+r/hv8rAMf/TwDi/x4A2P8nAHoANQC4/87/6/8WAJ7/GAD+/+D/9v8kAOL/5v/h/+n/BwDD/9H/6v/Q/+D/LgAUANv/LgC2/97/6f+z/8b/TgAzAML/q//P/xkAv//Y/+b/KQA7ABgA1/+v/zMAGACR/ysA4P8VAML/1f/A/7X/EwDN/87/6f/Q/0YAGQDq/+n/6//n/x4A2//G/z0AxP/j/+L/vv/e/+L/yP/9/zIA3v85ACMAIwAfAB0AHwAdAM3/5v/f/+3/yf8aAM7/5/+v/xwAkf+v/9L/4f/j/93/HADk/9X/rf+5/9X/6//B/xUASwDi/8X/FQDh/9r/xv/r/+X/FAAVAC8AOwC1/xcAIADG/+r/1f8pAOf/FgA9ABYAYP9ZACsAvP9SAM3/5f8dABYAFQBOAMb/IgDl/w8AOQAhABAA3/8pAMH/6/8PAOj/JwAeAMn/1f/g/6H/rf9HABgANADn/+H/7P/r/7H/3P+q/+v/5/+y/83/HwDM/wYA6//l/+v/tv/i/7n/GADk/9f/zf/i/1QA4P8XANL/5v8UADMAuv/m/8b/2f8UAOX/sf8VADMADgA4ALf/GgAoAOv/qP/e/8n/zP/q/9P/3v/T/9v/6v8ZAOH/sf/r/+D/5v/T/9T/6P/Y/8v/FAAvAML/EgAkABUA9//3/1gAFAAoAMr/1v+5/87/u//k/8D/2v/l/00A5v/k/xoA6//g/+b/lv/J/6D/GAADAL3/uv/i/yMAGADd/9n/pv/b/9j/x//n/3kAwP+r/9b/HwA2APP/bv/P/+X/OQDj/9r/0v/q/+b/RgCC/8L/wP/Q/ysA4/8eAM//7P+z/9v/0/8sAB4A5/8oAOj/GAAsAMb/4f84AKD/FQDl/40ARQAXADkA2v8XAD0A0P8KAJz/2v/j/xQAof/T/xkAGQAbABkADwC9/8n/0/+V/5z/3/+n/xAAzv/U/9n/1//p/53/3v/o/9H/uv/G/77/uP9DAM//mv/Y/77/xf+p/6D/5v/8/xQAFAAhAKT/t/8xANv/AADx/wEAAQAyAMX/l//M/8X/yP8WAC8A4v/o/1EAagDP/5r/OQDd/zcAYgDH/xcA1/8DABIAx//3/xkAxf/+/x0AKAD7/+z/2v/O/+3/7//5/y0A+v/j/+v/MwDh/+H/6P/E/ywA/P+8/+r/t////9X/vv8BACsAtv+1/9D/MwBGACcA2v/v/8H/2f80ADoA6f8YACkAHgAYAC8AaAAtAOb/xf+3/ygAHADh/+n/sP8nAMz/2f/F/xUAwP/V/xUA6v/Z/+P/MgDY/9j/yv/j/7j/7v/H/8H/k/8qADUAFADq/9b/GQDM/zQA6v/N/+r/NgDi/+f/OQDq/7z/6P/S/8X/HwCr/8j/EwAdADUAJwDY/+b/y//j/+L/4/+3/9P/FAAiAKD/MwAXAOb/4/8XABQAFADC/73/6//m/+b/6//o/xcAGgCz/ysAzv/p/+j/yv/T/53/HAA//9j/tf9k/wIA3v+M/ygAOwAfADQAOQA5ANH/7v+7/9f/7P/b/yIAEwDf//T/NADj/9v/R//c/9f/fABeAOD/jv9EAKL/RgAgAN//+P8aADoAtP89ANf/zv+6/87/6P8iALf/3f8sANn/NAA6ACkAHgDN/+L/QAArABcAuv9ZAAAApP8fABYArP/S/7H/v/+7//D/2f8OAMT/u//n/6D/AAAxAN7/iv+x/woAr/8dADUANQCs/zYAMQDN/3EAPQDf/1IA/v8lADQAwP9PACcAt/8NAJX/v//l/9r/jP8/APr/1P8YADwA5v+3/+b/5f8eADUAKQDq/+f/OgDG/yoAuf89AB4AMQDl/9H/MwAxANv/RgDd/+P/OwA2ABgAVABKAEAA4v9DAEUA3/8uAI3/OgAUABYA9v+k//f/XQCR/zcAIwDk/9f/z//N/ycAKADd/z0Axv8FAAoAvv/E/yMA2v/3/8P/6P8mALz/7v8iACcA0/87ANn/2f/h/+D/sP8YABwALgCN/5P/6v/p/7n/uv9HAPn/zf8fADoAJQDE/x0AOgAoAOb//P+o/zoA2P8gALr/HQBJAOT/zv8nADgAIgAoADkAKQAiACYA8/8WADEAIgAjAKT/6P/R/7j/0v/p/7P/MQDk/xoA6v/U/9T/zv8TADEA6f/w/9X/JgAgAC0A1P/k/7z/z//F/+H/w/8cABQAz//F/8D/2P/P/xUADwDt/+7/6//j/9T/RAC//0cAewA7AJv/JADg/x0AXQCl/1oATgA5AIv/OwAfAP3/wf/q/zAAMAAlABcAIAAzAN7/JQATAKX/0v/p/0wAFQDo/y8AIADo/+j/2v++/7L/1/8WACEAFADB/8X/0f8cABgA9v8xALz/z/8ZAMn/6f8oAOD/vf+w/8//g/8RAJr/1v/y//X/2P8XAOX/x/81AN3/GQAJAOr/x//o/+b/7P8IANf/FQDn/yYA5v8zAJD/GADD/xsAMQAwAPD/HgDl/ygA2v+9/zkAGQCl/+D/8f94AC0Awf9MABUABQA8ABgAIgAVAOD/+//Y/yIATwC3/zEAGwAXABcAWABMAFEABADV/9v/IgD3/8n/sP/8/7z/FAA+ADsAHwDB/+f/TAAXAGUA4f+6/7b/6v/a/0cAKgDo/9v/JgA4ACcATADr//z/EgATAN7/5f/P/+v/JQDU/xUAuv9w/6H/2v+t/9r/3//f/yUAif/T/8v/0P/Z/9T/tv90/7//sv/k/xsAvv/m/+T/4v/c/ygA4P/Z/9//DAAvACEA5/8tANf/dP/V//L/9v8sACAAw//i/73/MQDl/9//VgD+/xwAFQBpABAAr/9lAOr/DQCt/0YA5v/L/9n/sf/s/9T/MgDD/9H/NwDJ/+b/v/9HAKr/4f/L/7H/MADm/yMAwv/n/6X/sv/R/9X/BABRAEYAwf8xADcA1/9GADAAOQApAOP/OQAoABoAFACH/9r/x/+O/4r/r/+b/+H/QgDK/9b/wf+9/5j/xP8oALv/GABGAEYAIAABANn/6//m/9H/zP81AB0A0f8VAOL/3P/J/yQALQAoACoALAC5/7n/2f+5/ywABAATAEMABwAXAMT/LQDA/67/yP9FANn/tf/Z/+L/5f/m/97/3f8PACIA8/8rAI7/aQC+/6//5f/j/x8ATgAfANz/sv8SAOT/4P8UAAQA5f8kABQA2v+h/77/GADT/+n/IADr/y8A2f/Y/xQA5//o/xkAGADf/9P/FwAXAOL/zf/h/+D/vP8aADMA2v/c/xkAwf/W/zcA6f/f/x4AEgAUAOn/6//Y//X/LQDO/6T/PADj/ywAFQCq/00AHADY/yMAvP/i/4f/ewC9/4v/OwAwANj/tf/z/xQAKAAAABYANwAdACgAFAAaACwA7/8nAEYAyf/g/9P/TgAdADQAsf8aAMz/sv8aAPz/5v+g/xYA4//c/xoAq/+o/xoAtP86ANP/HADo/7r/NgAVAMD/vP/c/7//KADm/6r/FACo/5z/FQDQ/8P/LgDs/8f/5f8oANX/LADk/yMA5v/o/7//FwC6/93/nf8cAND/6v8nADUAJAC5/7L/5f8sANf/RgC+/5f/0f/h/8X/4v/X/73/6P/j/+L/EQC+/+n/uv8XAEEA5v/q/+L/0v/U/6X/wv8yABgA5//r/+L/yf+//+r/pv/L/0oARQDV/xkAKgBUAOL/FABeAMH/UACs/1kAQwC4/8r/6//h/9n/Nf8vAK7/AQDq/+T/HAC3/zQAzv+6/x4Azf/N/9n/0P9bAPr/xv8/ALT/xf88ABkAxP+5/7X/zf8qANn/6f8sAL7/eP/u/+7/+f/k/8P/o/95AOj/sv/H/xAAKgBLAN//4/8fACYA5P/s/9z/jf+g/9b/zP8bABUAfP+y/77/zP8WAKv/tf/d/8//4f/h/6n//P/U/5H/LwCz/7L/EACG/8n/KwDp/+v/4v+//9r/wf/A/8b/EADs/9n/5v/F/wkAov87AIv/x//h/zgA5/+W/9f/0v/i/8z/IAC1/2r/4v/Y/5X/1f8y/+v/1f/k//3/nv/w/+7/tf/8/73/NgDq/8T/1/+c/+r/BwASABsAFgAWABQA4/+9/9//6//m/83/u//D/yQA0f/Z/7b/PAAIACAAVAAtAEX/FAC3/z3/vP+8/xwA5f8oAEoAGADS/0sAaP8XAMj/m//o/9n/R//m/6X/R//0/xkACQAVAOD/GAAqAM3/HwAgAB0Ak/8BAMv/8//g/0oAsf/c//7/NgC+/+j/3v/k/+b/LADV/+v/vv/D/+f/6f+1/9r/0P/V/8b/zP+7/6T/4P/l/9z/HQDi/z8Atv/F/x4A6P/k/+L/4/9iAP//GABHAOH/0f+6/wcAvv+U//z/NAD3/6P/1v/Y/1EAwP8DABQA4/8aANv/jP8aAL3/2f/W/+L/PQDB/9v/5f/I/w4A4/8dALP/UQAmAPf/4f8fANf/GwDo/xgAHQC///D/5v8UAKz/0P8eANv/uv8qAAgASADK/x0A8P8WAMb/XQDz/+L/qP/Y/+b/uP9hAJj/w//c/9T/FADN/8f/IgAiADoA1/8pAMD/4v+o/7v/zP/K/6P/2P/E/x8AzP/N/9D/4/+5/ykAUADd/+X/4v8gAMv/tv8kACcAMQDr/9L/pP/q/9P/5f/i/+P/6v/o/+v/0//Z/+f/zP85ANb/FACn/8b/BgDy/9X/9v/h/9b/4P/m/9//6v95ABAAFADT/4v/x/8qABYAvv8oAEr/1//C/+z/6f/i/8P/vv/m/9n/7P8/AK//MgCJAKb/1v8gAAUALwDg/9D/7v/Z/9X/3//m/yoA2/8OAOH/2P/d/zcAm//W/yYAxP+2/9P/GADd/9r/HADj/wcA6v8tAPP/uf8qAB0A2P+6/ygAwP/k/9j/QQDG/yQA2/8wAB0AsP/n/8//GAD//9L/0v/m/9j/xP/q/93/3f8RAEUAFQDO/9P/CwDn/+3/9v/R/9j/MwDg/9L/FwDV/8D/NABNAMr/MgAUAL3/uv/9////0P9JAMv/w/+4/yQAv//h/0AAz//H/yUA2/+v/yMA0f+T/xQARgA0ANb/FADN/yIALAAoABgA4f/e/+f/6P/d/4//z//i/7r/wP+x/+f/FADr/7j/6//Y/8f/pv8LALn/4//D/7X/QADg/7v/tP/I/+T/x//j/4n/pf/r/8b/vv/U/0f/yP+m/xgA2P/p/+v/3P/R/7z/0f+3/zcA7f83ABgA3//o/+P/IwDm/+T/XgDF/xgAGADD/yMAnf+n/8X/zf/n/9D/xf8VAC0AUgCu/7j/1//k/xQAJgAcAN7/BwC4/8j/JgACALP/TQDH/8P/t//Q/+b/LgDN/9z/sP80ANj/OQBLAOf/VgCF/8z/4/80AOT/3//s/7L/FgDM/xcAFgA5AKj/JwAoADgAFAAvAOH/nf8VAOn//v/j/yIAxv/H//j/JQDM/xYA6P/+/yEAFADL/87/2/++/9j/5P/X/wMA4P8oABUAMQAmAAMA1P8XANf/LwA0ANP/LAAVAN7/6/8aABwA8/+9/9L/zP+G/5f/wf+2/7z/4v++/+D/KgDF/+D/6v/W/+r/5P/F/9z/2P+w/8T/5/+y/6v/2f+H//b/HwDY/7b/KQDY/+b/JgAiADcAtP/L/xUA2/+z/+X/PwC4/9f/2//K/zQAJgCk/5H/GwAYALr/wP/Z/93/2v/k/6T/mf/X/73/of8gAE4ALgDo/+P/5f+9/8//LgCB/9T/nv/M/+D/4v/Y/+f/1P/d/+H/zP/m/+P/JAAoACYANAAxABUA5P8nACcAFgAjANH/6v/A/ygA6//R/9//7P/i/+H/3P/J/z0Axf+0/9v/0//d/x8Azv/U/6n/uP8fAB8AHwDI/9P/PgDJ/8X/rP8KABgAsv/p/xQANAAXAMT/KADP/+T/KAAnAA4A5f8gAPr/HADU/8X/6v///zkA3v/T/97/3v+8/+r/FQCf/8T/of/S/wYAIgCi/+b/FAAUANL/3v/F/+7/FAAVAD8ALgAKAD0A4P+x/xgAGAAVAOj/OAAtAOn/v/8QAJX/IQALAA0Aiv8RAFIA6f8UAOX//f8zAL3/0f84ACoALwDZ/2YAFQDb/zQAsP8sAAQApP8QAAgAOADf/xYAFwAUAMj/FgDr/9j/OADG/+P/FADa//b/GAA0AKD/6v85AOf/1f/W/9j/7P/p/9P/1f/o/zQAwP/N/zgAFAAiAOb/wP+j/xcA1v/s/8b/1//r/+L/4f/o/1oA5//j/+n/0//i/+L/8P8XAEUAlP++//r/pv8ZAOn/IwARALj/IgCm/9L/p//s/+L/uv/Z//H/zv+h/9b/r//W/xkA4f+5/37/KQDO/8j/r/+z/8X/GQDW/xkAtf/1/w8APwAiACcANQDc/7D/7v8VABUAGQAZAOD/BAAIAE4AGQAbADwA3P8XABQAFQAZABkAOwDq/9D/oP/N/7b/5P8zAM3/+P8gAN3/6//0/xgA4P8iALT/IgDi/7//1f8dAEcA6f/k/+v/zf/P/x0A2f8tAC0Anf/A/9T/6/8xAPv/6//W/xgALQA8ALv/NwDc/1EAuf8VAAAAXQAnABgAIQA0AAMALwDm/7P/0v/g/zsA7f8vAMr/zv/V/xkAnf/c/zYA4f+7//P/4/+4/7v/KABGAOH/3f/0/83/JQAsAE4A+//p/7j/9P8jALb/1f/q/+n/KQA/ALj/5f8SADIA3P/l/6L+gQAaAKL/QQD//9X/qv8WAM3/FgDL/9r/zf8VAOb/FQDq/87/JgCm/ywAFADd/9D/3f/A/+b/xv/l/13/6/+8/xQA0v+2/+L/wP/n/9z/NQBVALf/uv8TANT/vf/H/8v/p/85AEcAIAA0AD0A+/+o/+X/xf+K/yMANgA6ANj/OgDm/x8AKgDf/ykA6v+u/+z/4/+4/9P/4v/l/9D/FQDY/8f/JABf/xcAKgDK//n/5v/a/8r/sP8vADEA5v8UADAAy/8pANP/OABNAB0ABADO/xgAFQD3/7f/1P/T/+f/0//o/9r/NwDP//f/AwAeACgA9f8vABgATwAZABgAGQAtAFr/UgAYAKz/4v+//9f/IADp/yIALwAZAEwAzf/8/xQAHQAlADoAMwDz/4j/FAAUAB0ABADn/9z/SgDD/9L/4v/O/9H/wv8SABwAo/8oAKb/TQDq/7X/uf/m/ykA6v/x/8f/5v+//9r/4f8LAMz/rv/W/+D/pv9XAOL/vP8lAM3/3f8eALn/DwDF/9P/2P8YAAQA2f8WAAgAzv/M/+L/pP/F/xYAy/+X/9P/HQAzAMr/xf+0/9b/3P/N/yoApv/N/7T/zv/k/z0A6/8VAKP/5f/q/y4Ar/8zAMP/xf8xAM3/VgAjADwAVwADAEwAKwAsACwALgDC/yoALwAWAC4ALADD/z0AIwAIACQAFgDj/wgAiP/F/xoAGAA1ABUAz/++/+n/6/9RAMH/0P/A/w4AJwCw/zIA2P+y/87/nv+0/9r/6P8UAOb/OwDj/xcAJQDE/93/vf8zAL3/sf+9//D/0P/N/9v/zf9i/8//hv/e/ysAHADb/+//9v8YABcA6//o/0kAIAAsAOv/vf/f/yQA1v8ZADkA4P8RANL/o//L/73/AwCG/+P/1f8iAG4A3f/M/9v/2v/e/+z/sv/w/8//0v9sACEAz//T/8j/4P/n/zsAsv9QABUA4P+2/8v/4P/B/+H/5P/P/+v/3//J/+r/zf/c/+z/3f+R/zQAHwAVAKX/2P/A/9P/FACm/6X/3v/p/87/z//M/+7/JgBjAAkAFAAeAJD/zv/f/zkArv/4/3//2P/V/x0Asf+G/y4A0P9aAMT/4//T//r/NwDe/2IA2P+L/+L/vP8IAIL/NQAgAC4Ay/8UAOb/3v/f/83/1f/i/y4A7P8UADAANgAkAOj/6P/k/9j/nf/L/yoA4//o/8T/HQAcAOP/1f/D/9r/8/8hADIA+P8IANH/NgCf/zcAGwCv/yMAFQDS/93/RwDp/x0AHgAnANj/v/8dAKr/CQDl/8f/5//j/77/HQAeAOX/9f9IAMb/1f8IACgAGAAYAB8A3/8PACkAGAC//ysARgDk/yQAIwDa////w//A/6v/PQAfAJ7/0v9VACUAyv/V/9MA7f/K/9n/HwAUACAANgC5/x8ALgDF/x0AQf8dAOr/4f8eAM//KAAhANn/uv+0/87/qP+//6j/PQAaABYArv/n/+r/HgAXAOT/4v8rAN//j/89AB0A5P/h/0wAOgDS/zkAZgBFABkABQAnADsAWQAuAAAAFwBeAGkAGAA7ACgATAA7AD8AJwDr/0sAFAAUACYAEwAfAFUAOQALANP/w/8fAOL/GQC9/4v/1v/o/xUAj/8bANz/NACJ/xgAFQCw/+L/AAA0AMD/2/8aADsAFgAYAMn/tP/c/1EAFwAUAMn/FADn/z4AQgAsACcAKwAZABcAHwC//5D/zv/p/9P/zP/N/6v/1f/r/+D/5v/o/9j/y//V/w4A3f/O/+L/zP/o/97/3f/n/x0Ax//Q/+D/IgAKAKj/vf/V/77/NwDb/9D/5/8fAOf/u/85AA4AJAC7/+T/FAAiACoA5//k/+T/1v8aAOr/0v8WADEAHAAgABgAQAAWACAAFADz/ywAyv/L/0UA5//e/+P/rP/i/+b/4v/G/+v/3f8XAM3/z/8RABYAHgApADMAof+k/xQA7f9XAKH/EABdABoAsv8AABgAKADP/+b/CwDl/73/2v87ABQAKQDg//3/4v/c/3X/6//P/8D/4f9x/9H/pf/v/xQAGgAUADMAFwDi/8H/CACq/7b/qP/N/5z/TgAvAOP/RQDd/9v/xv/g/xIA3f/g/9v/dQB2/2v/rP/S/yIAyf+m/x4A0P+t/yEAHQDZ/+z/tf8jAOD/x/+t/xgAZgAdAOP/GAAUADUA1f/L/8L/4v8vAC8A4P8tACkAMwBOALb/qf+s/08ANADn/z8Auv9DAKT/6v82AMT/GAAYABgAGAAVAND/z/+//7n/1P/c/8L/FAAqACgAAQDN/9T/zv8eABUAJgACAKb/JAAxACgAwv9U/+z/d//S/9b/6v/F/1IAOgAqACwAGQDk/xcA1//c/z8A4P/Q/9H/6f/K/8L/yP/m/+b/uv/i/4//zf+N/+D/3f9OAJr/CwAXANP/HwDP/0wA8f/I/x4A1/8fALv/CgC9/zoAIAAeAEIAOQAUAMb/GQDk/0kAOQBPAB8A9P/T/wcAAAApAN7/4v/o/5//s//j/+f/qv+T/+f/yP+2/wUA0P9x/8r/nP/M/+X/v/+i/+L/jP87AFAA6v/M/7n/0P/T/8D/2//L/+f/xP8nAOT/wP8SAOf/NAATAMz/6f/Q/+r/zf/W/9D/4P81ALj/q//h/zUAJAAWAC4AGQA6AOz/MADa/6D/VQAWACgALQDm/+H/4/8FAC8AJQA7ABsASAAoAMv/sf82ACwAz/+x/yoA6P8bAEsAUwAtADQA6f/m/6j/vv8PABcAFQDY/5z/4f/r/8D/HwAnAOH/y/+c/+D/2/87AKT/2v8MAOX/uf8ZALj/3/8zAMT/w//V/7H/5v/U/8n/sv+V/+X/5P/O/+D/GwCl/8n/vP8WAMX/CQAXANP/dP+M/xsAwv+f/+n/y//U/0AA1v9o/53/5//n/zYA4P+8/9b/wv+9/9H/BgDo/+L/6P/V/+r/5/81ABEAnf/a/9v/r//l/zMA1v8kABwA1/+N/+D/4v+V/8r/zv8oAAcAEQA8AIf/7/8qANn/4P+M/2n/QwDN/xYAyv/F/+n///+//8f/IADe/57/AgAgANT/4P8JANz/q/+1/8H/wP/U/9n/OQDY/+j/2//q/5b/NQD9/x0A2f/k/9n/2P/H/+L/xv9W/zoA1f/V/5H/lf/U/z8A4P8oABcA5f/O//f/9v9PAB4AHgAeABQAAQDj/yYAr//c/x8Akv8mADkA2v/r/9n/KgAqAMz/vf83AOb/GAAgAOn/MwDj/+v/FQAYAOz/6P/4/xEAGAC1/0gAsv8vACoAHwDf/ywAMwAiAAEAAwDO//T/JADr/0YA5P/R/yAA5v83AEwA2f87ACYAw/+L/9D/rf8eAOL/3f/o/wgALgBEABkAzP/b/yYAOQDo/9L/jv+3/+L/4f89AMX/4P8gABwAMQA7ABYALAAgAMv/tf8tAOX/+//i/97/xf/6//3/GQDp/6j/7P8nABYA3//P/8D/GgDW/x8AFQDY/8X/3f/g/8r/IwAWAH7/2P8eANr/0P/Y/7v/qf/m/7b/4f/q/6z/DQDZ/9r/HwDi/+X/5/+n/xoAFADC/xYAFAAVAOX/KQC+/+L/HwAmADEApP/9/xQAFQDm/xkAFQAXAOv/u/8VABgA0P/g/xgAHgBUABUAvf/I/xkA0P8UAMD/HgDj/wAAHQAcAN3/lv/P/+X/DwAfABgANQDi/xYAwf+j/zsAzP/X/+f/wv/A/5b/3v+7/8v/CABBAKv/1f8LADAANgDn/8P/6P/a/9n/RgCp/8H/NQAIAOn/JwDG/8H/FQCu/63/FQDD/9n/3P/p/x4ANADU/+H/zf/P/5T/6/+c/wgA6//S/zAAwP/q/4f/z/8oADUAAwA5AMf/1v8aAM//DgA4AOL/4P+7/+3/+/83APr/7f+x/xMAsv/d/wsAFwDo/9j/0P/g/+3/3/8lAN//FADe/x8ASgDi/yIADgDM/w8AuP8WADwA0P8ZABkAJQDT/wMAAABCAEgA1P84ACcATgArACYAPgAxAN3/JwDJ/xwAGwAbABoAIwC6/7z/2/9OABQA6/+w/xUAxv82ABYA5P9x/xkAFQDX/73/5f8UACMAIACV/xAAAADW/+f/GAA9ANX/3P8YALr/SADd/wIAzf8YADgALQA0AD0A3f8oAPr/AwArAMP/OwDs/6//2v/U/7r/x//C/9n/GABBAOr/wf+j/8L/5P/P/wEAtv8YAPr/u/8jALX/wf/M/9D/pv+0/+f/xP/H/+z/MQDU//3/2f+9/+f/q//l/+P/4//j/7v/2//k/zMANAA+ANz/2/8lAM7/MQAxAC0Atv8gAD0A0v/S/5n/0v9OANT/rP/Z/9v/r//K/8D/ZQCl/xsA9P8IAKH/FgDN/yQA0v/g/7//rv/M/87/qP+g/8P/yP/Q/8L/qf/l/+H/8P/Z/8n/tv8HANv/av8uANz/3P/e/y4AGACx/+T/5//i/9n/2//O/9z/6P/d/+b/GAABAOf/uf87ADsAQgC9/wAAGgC+/93/IgAJABQAFAAZAKz/IADr/+f/5f/h/77/LgAmACwA6P8pAOv/2f8qABkA4v9BALj/pP8xAN3/5//f/6//sf/j/+b/HQDa/+T/3P8VAMz/1/8wAMj/kP8XADsAJgDQ/8D/GADe/7j/hf8qAGb/1v/m/9P/3P/T/8H/sf8ZAJX/0f/D/w8AIwC5/xUAFwDi/73/8//T/x8ApP/p/63/9/8gAAEAEQDU/9T/zv80AAEAGgDb/8n/GgDc/+j/FADO/yUA5v8VANv/DgDP/yoA5P/e/xgAKAAxAMf/0//f/yIA6v+W/9X/FQDk/xQA2f8fAM3/s/8ZABUAsv8YABoA1v/F/8L/FADc/8r/JADI/xoAMwAaABUAMAC0/8T/5f8fABcA6v/f/+n/FgDQ/xkADAAXAMr/1//s/8z/y//E/xAALgDA/yQArP+3/7P/sf+4/9H/6P/n/+H/7f8SANv/5v/9/xUAKADS/7z/4v8mAKb/wf/H/7j/wv/G/9n/6P/I/9r/xf/g/6v/vf8kADIA2P8OACwAv/8NAO7/3/+f/7v/3P8OANH/4f/J/9D/4v/W/83/UP/g/wIAu//Y/8X/uv/b/yIAlP8JABcAzv8VANP/KgAOAL7/0/9OADMALAA4AA8AJgDZ/+D/l/+v/7j/1f8DAEkAsf86ANr//v8jAF8A/P+B/zQAnf8iAMv/+//z/9n/tv99/9r/LADo/3UAdP/0/xYA8P/w/5H/uf/o/x8AOACu/5v/aP/f/xUA/P8gAOP/7P9VAEgAEQAYAOP/KgDS/9r/6P/P/zYAr//F/+z/HQASAMf/NwDd/+H/pv/7/zsAMwDc/xoAWwCA/7f/vv84AOf/5//N/6f/rf+q/xkA0f+g/7//MQARAB4A3P+d/73/KQBFAD4A5v/h/+f/3f/W/xgAGgAkAOj/KADM/3r/FwAkAN3/KgAqAOX/oP/q/9j/KwAGANr/0f+4/0QAJgDV/04AHQC9/ysANwDb/+D/5P8ZAOH/lf/b/9z/IQDf/wsAGADj/8f/cf9EAMj/yP8VABkASAAaACYAGADL/xwASQA1AMX/IwD4/9b/0f8gAOv/tP/S/9r/3P8cAMb/8P///8L/NgC6/ykALwAnAB0AhP/V/0oA6/8NANb/PwDR/8v/JwBDACUAtv/q/+r/LQAsAOf/4f/A/9n/4v++/7f/7P+s/+j/5//q/9z/JAAtACQAHQC2/7P/GAA5ABUA1P/U/8f/tv8bABcAyP/k/9T/p/8eAEYAJgAYAOz/v/+f/9//yv/b/+b/3f/S/8f/zv+1/8n/wv+r/7v/qf8nACYAwf/Y/9T/yf/W/9T/gP+u/8D/4v+i/9H/tP8vAMP/JgDg/6n/1f+l/08A2v8SABIANgC4/+v/6P/x/xkAt/84AJX/5v8sAD8AMwDT/77/vv8aAD8AJQDO/7T/0v8mAKT/JACx/x0AOQAaAFMAFAAoAN7/2v8sACMAHwAYAMD/LAAmALr/rP8YANf/wP/H/9r/x//a/yQAFQAsABcAs/8VAMP/FQDf/9D/uv/G/+T/IgCO/7H/2v+0/97/3/81AOD/o/+3/+X/3//f/8z/2v+q/9T/0P/g/y0A6v+I/6T/zv8eACQAJwD5/xIAr/8UAOb/6f/p/+j/4v+r//r/1//h/08Ao//m/+b/g//S/xYANAAMABUAPQCG/7//oP8aAD0AMQCZ/+r/1/8NAMP/NADA/zIAIwDG/83/FgAWAOT/GgDD/+P/qv+x/+z/LwADADkA+f/N/9b/UQDb/7r/QgDW/7X/qv+7/8//z/8jALD/v/+d/0EAGQDd/93/GgDn/xgA0f/H/63/sP8TAM//pP/I/+n/JQDj/7X/5f/F/8P/2v/f/+L/wP/r/x4A1f/b/9f/5v+s/6D/w/+A/6n/4f8vAHX/8//C/x0Av//Z/7//LAAoAOb/FQDG/+T/x//g/8v/WP8WAKH/t//b//P/5v+u/xkAnv+5/8b/NQAUANX/eP/g/x0Awf9r/9//FADm/83/uP81ANb+1v8ZABQAKgCL/xAAUADq/8r/GQDi/5j/FgC1/xQAd//C/zcAqv8cABYA2/+v/xYAzf8fAOj/4v/f/+r/t/8gAL//2f+5/9v/vf/J/+P/yf/K/73/uf/V/8D/5P+7/9//1v/R/wgAMwCV/6P/PADk/9T/DwAVAOH/0P/g/y8Auf8hADQAwv8FANz/6P9DABYAz//H/+v/3v/Z/7j/NwDx/5b/7f+d/+n/VgDY/yQAFwDh/yIAZf/W/9P/4P8dADgAKgCz/47/HQC6/+T/3f/R/wUAHQAmACEAFgAcAC4ALgDi/+v/1f+h/9v/xP/i/8j/MgAVAN3/3f/m/xkANQDY/8L/sP/n/zAA/f8uAOL/wf/q/xQAHgAXAOT/5P/Z/97/zf+9/97/4/+z/x0A3/8mACgAIwDw/zr/IgAmAOD/2f+v/ywA5v/g/9j/3v/l/7T/tP/U/+v/0//r/8z/4P8KAMn/4//c/+H/3//c/+H/uf/h/+f/qf8YAOH/FQDh/+r/ef8ZABkA6f8YAG//wP/V/+b/BQDX/xoAEAA9ABQAkP8QAOD/1v+g/7f/NQDK/+P/q/8QAPX/HAA7AMr/yf/k/8L/1f/W/yoA0f86ANf/6v+w/9z/2f+//8z/df8XAOH/5f+t/yQAk/82ANH/zP/g/y4Az//V/xQAyf/J/8f/4v9CABQAAgAfALv/GQDg/9r/OAAyAFEAVADP/xwA0P+n/2f/sv/Z/+X/u//G/9r/LgDK/8L/yf/n/6j/yv/n/+b/3v+q//b/KACU/7r/v/8rAOT/yv/i/8r/yv/h/7D/z//A/8//y//r/yEAMQDb/xMAuP9kAN7/FgDc/0UA3f/q/93/0v/n/w4AFwAxAMb/UgDM/9b/1f/T/yoAGQAp/8T/LAAqAM7/5f/W/9f/p/+2/+j/nP/T//H/rv/h/7H/yP+8/8//TgA1ADsALQD4/xYAtP84ALr/OAAYAB8Axf+W/+v/zP8bAB0Axv89ABoAHQA1ACwAOQAbAEAA3v/Z/93///8sADgAFgDE/8f/5/8TAMj/yv+t/z0Awv+9/8D/8v/M/5X/6//T/ygAuf/A//j/IwCe/+D/2P9DAAMAzv/H/+L/IwDn//r/3/8XAKL/TgCW/ysA5v8VANT/GADY/0YA3f8bAAMAZwCh/+f/XQAVAOP/3f/d/+r/JgB+/xkA4v+r/+n/FQAqAMz/FADG/6//FwAVANH/6f/a/y8AHQA5AFQAIAAIAC0ArP8oADUAJQAvAMD/5f/Y/xgArf83ACIAEwAkAM3/BgDV//r/JQAIAE0AWQAsADEAGQDe/9T/IQAVAM3/IAAvALH/1v/W/9z/KAAZACkAEADn/0UA7f/l/9b/KADY/2X/FAA7ABkA5f+t/w4A0P/d/zwAUAAgAIX/LgDc/xcA1f/m/wMAHgASABwAFAAZALP/IAAaAMT/zf+6//j/5P+7/8j/GQAaADAAMAAvAOv/NQAjALz/CADT/9z/w//g/ygAZv/w/9z/0v/r/4b/e/+0/9n/uf/K/8n/0f/W/xMAXADh/+f/vf/W/9//FgDO/6//FQAtAA4Aq/9r/9v/3P/I/zEAyP85AL3/VgCz/67/FADR/+j/y/+M/6T/vv/F/xgA4f8UAOn/5/+0/7T/2//I/9j/IQDd/7T/r//y/+r/6f/C/7j/xf/p/9X/nf8XAM3/3P8UAOf/zv/O/8//PwAnAMP/OgAUANH/6v/S/8H/wv8wANT/wv/o/8b/5v/d/7n/5//n/7H/GwDg/7v/tP+G/7n/MgDZ/xYANACw/xkAIADc/7z/ZgAxABYA3/8UAOr/DADk/9//2P///zAAMAAVANH/NQAxALf/5P9l/7X/GQDe/9z/NQDL/8z/l/8nAOL/SwAlALz/0P+6/7X/OwC9/+L/NQC8/67/zf/I/9z/FQDb/83/4v/Y/77/zP/o/+L/5/8pAOT/s//H/yMA3/9DAB8Aef9DAK//5v/j/5T/6P/g/6z/yf/l/+v/5/8VACIAMwDg/3//2P/q/y4A6f/X/xQAFwAMABoAt/9hACsANACQ/yMACwASAOT/JgAHACYAFQDp/+P/6P/r/9H/ZwDx//L/wv8dAAMA2f9QAOn/wP/O/yMAGwBCAM7/KgAkAGv/1v/n/xcApf8nALz/i//n/xYAHAAuAMD/7P8FANb/HgDD/97/JwDL/8P/0P/M/6X/5f/Q/9P/5f/A/+r/rv/N/+r/m//C/6z/0P/E/73/3v++/+b/1v/W/87/1v/T/83/y//C/8v/5v/q/8b/6//B/8H/zP/j/4n/kP8+ANn/CQDX/8j/5v/d/8T/wv8cAOf/3v/T/7L/KgBGAOb/0v/V/67/FgDb/+n/yv8jAMX/6f/p/77/t/+S/6b/DgDc/x0A2P8ZALX/Wv+9/5z/LwA9AK3/FwDO/7v/s//U/zEA4f/r/+v/NwAEANn/4P/l/wsAtP/K/8P/2v+t/1cA2/8VADUA3v/N/+b/y//s/wkAGgAVAMj/xv+7/6H/w/8YAEcA3v/o/9r/y/+k/8T/oP+1/wsA2P/a/6b/tv8aABUAy/8hAJv/RwC1/6b/5//r//v//P/F/8P/qP9LABoA0//Z/9L/m/98/y8Awf+P//n/xv8/AMz/OAA0ABwAjP9RALf/PABXACgAKwADAOL/UQAUAJP/uP/+//7/vf+V/zsA2/8WANX/tv/h/2MAnP/4/x0A3//B/5f/5P8AAAsAWAAUAKf/zP8aANr/MQD6/8//vP+a/63/PgAyAP//sf8NAAkA/v9A/9H/SADE/+X/yf9+/6P/KgC6/w0AwP/I////DQCZ/7L/rf/U/wkAo//X/xYArv/w/+7/1P8DAPn//v/6/9v/FwAYAE4A7v+o/xgAwf9y/7z/0/+5/+j/JwAZABQA3P8mADAA6/8nAM7/yf9JAOj/oP/H/7n/sP+6/w0AyP89AC4AOgArACsAbADA/63/1P+j//D/1P/E/7j/HAAxACIAtP+r/8j/4v8EADwAFQAkAB8A/P/9/9r/xP8cAOD/TgA1ABQAtv8vANX/AgDA/83//P8BAOv/4P+z/xUA6/8nALD/xf84ALD/GAAhABUAyv/W/zUA4v8aABoAtf/R/yQA9f83ALH/9f8nAAwAtP/j/xwArv+4/7r/yf+c//r/0f84ANn/OwDG/5z/FQBJANT/0v/Y/xcA6//n/9T/1P8dAOr/KQDr/7n/tP8VADsACgAUABQAMAAvAMP/zf8qANz/mP/S/zsAGQDu/8v/AgAHAMD/wf/r/wIAOADp/+r/6P/5/xAAAQCV/zn/wP86AFT/EgAdABgAq/+P//X/HAApADUA5//m/yIA5v8xAN3/+//i/+D/HADz/9v/yf81AMz/z//j/+L/OwA7ANT/6/8qANf/wf8gADkA2P/r/+b/HQDA/0YAHQDe/97/CgAdAOf/FAAgANf/CQDX/9v/FQDQ/+b/FQASANL/6P/E/ywA6f8zANf/5v/O/x8AFAAUABQAFgC//yIALQAfAB8A6f+z/7n/kP8YALz/GADX/0gAHwDR/9P/dwDA/7r/0//E/14AJgDo/7r/LAA0AMj/uP/W/8v/wP+y/77/KQAeADAAHgDh/+r/IgDb/+H/7v+P/+z/PABOAKr/SQDm/+j/GwBBAB0AJgDM/xcA5f8hAEUAIwAhAOv/PADg/y4AJADk/+j/9P8VAMb/vP/E/7X/MQAWAM//HgDm/zAA1P/l//P//P8iABUAKgD//zUAu/8FADEAzf8eAP7/xf8jABgA8//r/+L/QwDr/x8ABADn/+j/FQDa/+H/s/8cADsABwATAL7/IADg/xwAtf9CAGQAwf/e/9L/GwDE/9D/vP8uAMf/QwD0/xcA8//s/5P/zP8/AM7/FQDc/xYAHAAlANz/MAD4/ygA2P/y/8n/3//D/93/zP+c/zYAvf81ADEA6P/h/77/LAC9/xIANQDW/y0Auv9LAJX/1P/H/+T/1P+l/7r/2P84AOn/0f/S/9f/2P8cAP//x//s/xAApP/C/6j/2v/L/1v/zP/e/77/2//O/73/JwBUADgATgDe/xgAHQDH/8L/5P/b/8H/2/+9/9z/5f8MAOH/FwDb/8T/6P+4/7P/4//d//3/FgAqAOv/6//Z/xUA5v/g/xcA5P+y/yoA2f/5/ysA4//b/yoA4//j/ycA+/+y/97/AwC+/83/2//H/9f/4P/F/6X/sv9HABoAX/8rAOb/2f8eABkANgAPAMn/0f8cAC0AFABLACoAHQDj/xYAAADC/yAAFAASABQAjP8UAOr/6f8jAFL/7v/4/9D/tP8CACMA2v+//+j/1f/R/yQAwv+d/zUAHwC6/+z/4P/E/4v/Wv/k/97/l/+i/yoA8f+J/xYAFgDY/8f/rP8kABEAFAAVABQAFADi/zMA6v/u/xwAKQDl/97/HADl/7H/JQARAML/5P8ZAOH/3f/f/xQA4f/d/y4AFQAtALj/FQCs/yYA2/87AK7/zv+i/44AVADw/+T/JAAiAJj/OQBCAC0AMABDABUAJAAuACQAIgBFACUAKwDQ/9b/3f8XADUAFAAXACAALQAqABYAHwASADsAKQAuAFUAHgDh/xUAFQBHALz/HwAGAKL/CwDV/9n/0//Z/xkA2//Y/5n/of8DABIAMgDQ/xoAVADE/y0AFwDe/y0A3P8MAOT/OAC//y0AMwAnAOr/MQAbAFIAtv84ADUA+P/f/9L/6//4/+v/3/+5/y4A4/8zAOH/LAB1/+T/4//m/wcA6f+B/6P/yf/D/+r/w//k/5z/4/+o/xAAZP+y/0UAGgC8/xkAuf84ABkA4f/7/ywAKwDg/9X/4P/M/8j/zP+9/7r/1//D/9D/2f/A/8j/NgAxAOP/JgAVAOz/JgCx/ykA5P/n/ykAyP8oAKz/FgDR/7v/t//j/+v/NAABADQA6P87AOv/n//8/0YAHAAAANX/FQB7////4P/R/97/6P/P/zYA3//a/8D/1v8oABQA4v/m/9P/6v8XAAEAAwDK/00A///m/+v/tv/F/yAAHAAtAMj/7P/T/+n/zP+X//P/pv8FAC0ACwDh/77/2P/U//b/y//X/x0AHADQ/9n/3f/D/8P/3v/h/+X/9f/P/8r/SgDk/7b/vP92/+L/2P/L/9X/0f/g/x0A4P+w/93/NgCw/xgAzf+//9r/6f8UAL7/fv/e/7n/3P+x/9j/pf+x/6X/wv8BAKn/2f+9/9//5P/i/xQAv/8mAAsA0//6/w0ACQDp/0sAUABNACoA9P8NANL/2P/9/0oAKQDV/+b/MgDJ/87/EADi//T/CgAWADsAKAAjACgAKADV/93/zv+8/+j/KACp/0AA4P8nACcAFACz/7X/dP8cAMb/KACy/77/fv/v/2cAqP81ABgA5v/J/7j/NgA1ABsA6//l/zUAtP/T/+b/yv/q/97/NAAoABUA7f/7/+L/5/8jAL7/2/+c/8b/uf/k/zgArv/a/08AMQBjAC8AJAAjAB8Awf8vADQANADi/xQAEQC9/+D/1f/b/0gAEABHAEcAIgAaADAAWwA4ADwAr/+5/+L/vv8jABkAyv/g/w0A2P/9/+L/LQAYAAoAtv/l/ycA1/+F/xoA3P/W/8f/6f8MACUA3v/A/x4Axf+u/zEA5P/n/6//MwC4/y8A3//Z/+v/yP80ABQALADd/6j/2P8IAMz/VADj/7z/MQAMAFn/6P/a/6n/NAAsADsA9/8jACMALQA0AOL/tP8qALL/0P/A/9P/3v/e/+L/IAA6ACAADgDN/7j/4//6/9P/RwAoANP/4v/e/+T/u/8/AC8AjQC7/0wAmP/F/yQA3/8iANn/6/80ANz/pv/Q/8T/s/8zAMf/t//M/+n/1/+5/yYAzP8dAJr/5f8AANT/FQDj/xUARAAoAMz/AgAYACUA2v/s/9//JwAmADYArf+4/zgAwv+f/xQA/P9oANj/LwAWAFIAHQD3/8j/3//X/9L/o//0/xoAGgDE/14AvP/r/ygA7P/g/9//NACQ/+X/t//l/0oAoP8jAN//3/+1/+z/BADk/7//HQAIAC0AHQAtAEAAr//k/xYA4/+3//z/uP8CACkABQCv/+v/z/++/8X/rf/1/9f/0f8dAOX/s//i/9j/3//Z////BADo/yIANwDO/+X/KwCs/+j/7P8RANL/JADk/9n/1//a/83/yf/T/7j/FACq/6n/2P/O/9f/uf/M/6v/z//C/8H/sf/3/9b/x//T/8z/1//h/9D/uf/L/97/3f/Q/7//JQC8/8D/sv/h/83/EwATAOH/4v+p/7D/HwDU/9//uP+y/97/5v+5/ygAv//I/5z/nf/j/6z/uP+4/xoA3P/j/9H/8//P//T/x/8vANT/2f/m/9z/8P/W/77/1P/F/9D/sv8MAOT/9P/h/+b/hv+H/+b/Zv9CANb/MwDj/5//RwCe/6D/5v/V/7f//v8IAML/3f+5/7f/4//k/+L/FADP/+v/OQAKAG4A5f/r/6X/sv+6/+f/2//Z/yAAFQAjAMb/xP+5/1QA5v/V/7T/EwAqAKf/UAAmAPf/3f/i/+P/3f/W/4D/GwAUAND/wP/f/+n/4//c/y0ACADg/8L/0P8iACcA5v/T/7b/wP/u/+j/HQDh/9j/wf8WAJb/IABU/4gA0P8zAPn//f8uAML/JQB6/4//uv9v/yQAIwAsAOP/JACh/97/tP8XAOL/7f8UACcAzP/b/7P/vv8BAMP/JgAcACoA7P/D/ysAGADi/8//1P/H/8H/4v/e/ygA2//S/+P/vP8JABwAsP/P/7n/zv/r/+X/0//k/+X/4f81ALj/1v8cAFf/xP+p/6X/WQD2//j/uv+x/2X/DwCL/9L/wP+f//H/tv9QAKP/FAC7/xUAlQDL/4b/nf+S/3b/rP+l/47/F/9fAOL/xv80ABkAMADO/zYAsP++/4D/7//L/xcAof8yAKH/GwASAPv/av+x/+P/FACs/z8ATQAVAHf/bACn/xoANQAcAHb/4v94/6z/vP/f/73/uP85/7j/NgDG/57/jv+j/2b/qv81ALf/oP8oAOv/+P7G/xIAWADr/n7/yv+G/8H/rP+p/63/0v8pAG3/if83ADkAUv+Z/7P/1f8cAB4ASgC1/7v/BwBVAMv/iv+u/x0AXv/S/7P/JAC7/9b/lP8UAHP/kv+1/z0AFgBDAM7/rv+L/zgAt/+g/9D/0//U/0b/YQA3ALr/6P/m/wkAEgDS/y8ABABVAA0ASv/f/wAAfP+X/xkAPAAIAMT/0v/V/3b/kf/E/5z/uP/X/z4AX/+b/97/JwDT/7b/MgBMADIABgCv/8H/2P+S/0sAJwAxAKn/s/+q/+D/lv/9/x8AXQCq/x8AGAA9AHf/ov8DABUAJQBB/3P/Wv/k/8f/JQDc/8//Yf8nAK//o/+6/ywA0v/E/ycAyv+z/8H/8//P/yL/HwCx/uj/PwDN/7D/Zv95ABkAcv94/5v////H/8P/xf8dAKL/hv+1/37/tv/U/0cA4f+j/7f/BADA/3b/mP8jAFD/x//E/3kArv9K/+b/KwAyAFT/yf+g/5v/r/+E/3T/3f/L/9j/5P/U/+H/8P+r/4H/if8uAFr/YP/m/6D/pP/I/woA3v8ZAIYAff+p/5T/2f+f/5j/FQAiAMr/kf+3/3X/uv/b/8f/nf+k/6f/X/8hACIArP/2/5b/+f+w/0YAxf8WAL//nf+7/4r/nP9MALf/v/+0/6b/vf/b/7L/UADJ/8z/sv+S/7L/BQDs/8b/Qf/P/5H/KQDi/0IASgAZAH//wP8jADQAmf/E/6P/pP9aAIIA1f8AAHH/p//F/5//CwBU/ygAJABl/wkA3/+0/4X/0P/D/17/zv9PAFsAGP/9/77/GgCx/37/u/8nAL//OACb/wQAoP9W//v/8f+x/zAAr//C/4z/z/+f/4r/pv+W/7b/lv8rADH/QQCX/5r/mf+m/7n/sv9w/6X/0/8GAJ3/5P+Y/2P/yf+v/wQAtv+4/6D/LACO/77/4P+e/9j/xf/M/4L/gf+D/3T/oP8dAEEA4f8vAJ//kP8g/7T/1P+l/4j/AgDW/7P/3f8CALf/gv+z/+j/y/8xAKf/DQDw/7b/mP8vADwAkP9DABn/a/8R/6n/rP/L/7//tf+0/wEA3v+r/8z/ef9v/8D/wv+p/7r/Z/8qALr/bP+0/5//Y/9x/3P/a/+m/7z/+P+N/9j/gf+V/yMAlv8rABgAs/8YAMD/w//6/xwA1P/d/3T/zP+V/27/fv89/1v/6P+u/6j/sf8iAMP/s//I/57/0v81AGP/ov+Y/5f/nP8KAOL/lP+s/3//GAAAAD8Aw/9JAK3/v/8EAND/zf9WAKz/FQDO/wYApP/y/xUA7/+5/7z/s/9bAAcA7v8CACIAxP8fALz/FgCo/8X/BwCo/73/rf47AIn/lP+B/zwAsf+l/5v/AAD9/5H/e/+1/9b/5v8OAJb/g/+q/jgA8P+Y/+T/LgBQADAA+//F/ycAJgDg/5D/wv/g/5//7P/S/3L/jf/L/w8A8//x/y8Awv9R/1j/i/8ZAAYASwBIADwALgC0/7T/5P9HAIH/xv+1/yMAhf/E/7v/qv+Y/1YAjP57/9b/qP8MAN7/bgCl/4r/6P+0/zEACQDD//f/GQC+/87/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwf8jAM7/bf+Z//b/7gCkAA0AMADk/+D/a/+s/7T/+P9HAJ/+WgCKAK//hwAkAKH/GwCl/w0Abv8TAAEABADq/97/FwCx/+H/5v8zAN//KADM/xsAFAC1//3/LgDq/7n/zf8QAH4A/P/g/y8A8P85ALT/4/8KAOP/t//e/xYALgCa/87/6f/w/xcAzv/N/2YAqv+m/8j/GAAYAC4A+f+w/9//5f+W/6H/RwDK/+X/6/8OAOf/qf9hAEMAnf9YABYA3/8YAPj/tP+Y/9j/2f/l/9T/5f8eAB4A2//q/7H/5f/f/4D/FgDa/+T/1f8mAKL/4v/j/4n/SADp/67/CgD8/7L/IQAZALH/5v/s/xwA9//l/8//6v8UANz/8P+m/5//vv8cAOL/6/8UACAACgBGANX/vv8LABUAVwAYAPv/0f8AAKj/TgAiAFcAMwBQAAsAxv+D/xQAqv8RAA4AIwAVAND/9v8cAMX/lP+1/xoA4P/J/+f/OwDR//f/of/T/7j/JwAUACAAuP8wACQAEwC7/6v/FgAcACYA1v8WAL//5f/f/+P/s//4/1//GwCx/+b/OgC8/+T/IQAgABwAc/+L/8//r/+1//v/0/+5/5//JgAmAMf/RADW/xAApv+4//r/5v/e/97/AQA8AOH/GgAfAN7/0/8XAOn/5f/e//X/1/+1/7j/8P/b/9D/WwD//wIA8/++/97/wf/K/8f/AADl/ygAzP/B/x0ASQDi/+n/OgDr/y4Axf8CAOr/RAB9/8z/AwD8/+L/4f+L/y8ACgA2ANz/GAASAKH/JQAWAB8AHQAXALr/0P/g/9P/GQA4ADkA5f8cAHYAxf8bANL/5P/J/xoAwf++/+L/6//h/zcAFwDr/9P/rP+2/7j/nv8QAOL/vf/P////x/8FAM3/FAAXAMb/3//5/x8ALgDz//T/8/96/zUAGgANALj/AgD3/97/vv/B/wMA1v/r/+H/xf/c/wkAof/h/8n/GgBFANz/qf8fACAAFwDo////xP/a/9n/HAAkALr/FwDY/8j/3v+7/yAADwAVAN3/sf/m/+H/sv/S/+b/VwDD/xQAkf/g/7H/xv/N/+f/1v8UAO7/4v/X/ycAKADa//f/NwBcAKz/PwCDAC8Azf8YAAEAHAAVAIL/IgA3AM//HgCT/w0A1f/m/+f/MgDi/xwAo/+0/yUA5f9TANP/IAAhAKL/sP/r/ywAHQDr/8r/0//I/7L/JgDO/87/0v/M/+7/FgAgAJr/5//7/xIA4f8OAA8A8v/l/yIAEgDe/9T/n//B//r/4f8qANP/qv9JAJ3/xv/j/9r/HwC7/8P/BwDZ/9P/BgAjAAEADgD7/9v/BwAPAAwAsv8WALr/6f83ACIA6/9n/04AEADR/zcApP95/57/2v8hAOr/GgAAAOD/wP8kANj/TgAtACQAKQAZAAQAuv+l/+3/HQAeAPj/3f8tAKH/WADn/zUAoP92/7j/4//L/xoAGgD+/+T/NwAuANn////M/97/5//N/xMAHwAIAGQAx/+2//7/0f/D/+P/xP8fAKz/5f8rAOb/OQDT/x4AJQAPALr/8//N/5//+//j/z8AKAAHAMH/5P/E/ygAEAAcAPH/+f/A/7j/KQAiANX/6P+L/+n/v/9oAAMA3f+x/9L/MgAvAB0AKAAiANH/n/9V/+P/4f+9/83/PAA/APj/2f/V/6v/u//p/1cAnf/T/47/9P+n/w4A2//F/8f/kP/N/0gAuv8FAFMA1f8cAO7//P8DAKj/1/+C/zUAGQDq/ygAZgD//6v/1f+t/+b/vv9LAKf/p//S/9b/4f8hAMf/BQDV/10A+/+B/8j/5/8YAK7/mv/z/xgA7v83AN7/+/8mAPb/5v8QAC8Aqv/o/9L/sf/C/+n/mv8TAK7//f/e/+n/IQDS/93/yf/L//j/9v/e/yQAu//i/+b/GADh/+n/6f8bAAYA0P8QADQA5P/C/7P/xv8PAH7/lv/L/77/1P/T/wEAFQCU/xgA+f+Y/9H/zP+g/y8A6f/Q/wAAuf9YAOr/1P/o/+v/uv/e/zkAMAAfAMz/0v/m/8v/4v/M/7z/yP+3/xEAtv/G/+v/t/8aAPD/vP+6/wMAFwAgAKH/PQB//ykAFAAyABUADQAeALT/RADM/+7/+v/D/7n/GAAoANf/AwAyAKj/5P8VAPP/MwC3/9f/zP+//9D/SQCi/8r/GgAoABAA6/+g/9L/w//a/wwA2/+j/+v/4P/m/9P/1P/o/9j/y/8ZAOT/LwAvALj/HwDK/3YARQAPACgAyv9r/9n/2//A/+j/x/8BALD/4v/w/1oALQDo/+7/xf+v/9n/WQATALr/5v+6/8L/UQDj//n/yv/e/+D/6//3/8r/IABNALT/PgAHANf/HgAIAJz/xv/a/9P/4P/9/xkAIQCj/73/9f86/9f/8v/j/0QAFAAhAKT/p/8xANv/AAD//y0A/v8TAAIAKgCX/5n/MwDf/zgA5v/V/yAAJwACAOn/GAAEADwAHwAvAGgALQDm/6z/KAAcAE8A4f8iAOr/1f+8/7j/6/+4/+7/+//D/yoAOwA1AML/FADq/9b/9f8WABkAKQDS/7v/nf82AOL/yv/x/+r/s/+u/6j/PgAMAAEA3/+p/8//tP/A/1wADgAXAOf/DQBj/xcAzf/D/7D/6//Q/xcAyv/l/2b/r//R/7L/8v9NABYANwAOADQASwCEABgAxP/c/7v/u/8jADwAEABtALT/zf/X/5j/zf8AAK3/sv8aAKb/1v/i//b/JwDE/xEAEgCw/6D/t/+J/+D/1f+y//z/FQBVAPn/oQA7ANf/8/+w/6r/3//a/6v/vP/U/9X/VwCr/ywA4f/Q/wUA8P/d//D/QgDr/8X/1f9HAFAA5f8AAOP/xv/5/yUAtf/b/y8Aqv8iANT/8f8cAA8AyP+X/+D/BADq/zcA4P+B/5v/4f/6/77/6P/m/+z/uv81AGQAqv/n/yYA5v8zAO7/pgDf/8v/3f81APr/2v/f/+j/6P/S/xoAu/8mAEUA3v/Z/73/HgCl/yAAJQC//9r/p/+A/63/tf+k/7L/j//n/z4ADgAZABAAyv+r/8L/1/+f/57/KwAoAKD/MwDS/2H/xP8oAKz/PwDZ/+v/2P/k/8H/uv8hACQABQABAPL/yv8sANL/uf/Z/7T/JwAXAMT/CgDE/+X/IgDl/wIA1P/M/wYA3P8dAEQA/P+q/00AGgAeAB4AOQA/ACwA5f9AAAMAdQDo//z/5v8FAPL/8v8jAEAAn/8xAOn/+v9u/8X/y/+9/+j/EwDK/5j/CAAqAK7/af+e/+n/0P/E/6b/n/9KACwAXQDD/7r/NAAeAMP/5v/G/0MA+v/G/2gAu//F/1AACQDq/5T/Zv/k/xAAXgAEAMD/v/8vALz/FgDK/8X/3f/P/9L/1f/Q//f/CAA8AO//KgAUAL//aP8PAMX/CwA8AEEA6/8DABUADAAVANj/FAAqAOj/DgAdAJP/0f/c/7H/3P/2/7X/0//c/x0A4v8/AP3/OAAZAOj/0////xgAHgDl/7r/DwAkAOX/2f/s/9b/3P/i/zIAl/8+AN3/yP8aAND/GwDW/7X/AgCV/wcA6v9VAAsArP/G//T/2//F/zIAFwC8/xEAMAAqAPj/wf9BADoA1/8pAL3/uP+eAMf/4/+f//L/AQC3//T/rP9MANL/R/+e/8f/2f/n/8z/GADf/+r/SAAkABkAHgCZ/+b/IQDs/z8ADwAcAEkAIAAOAPv/tv/T//X/0v8IALH/r/8aAMH/LgAlABwA2/+v/93/ZgDW/xsAzf89AC8Axf/e/9X/k/86AMb/uf+Z/xgABgC3/9P//P8RALz/6P+a/yoA0/8QAAMA5v+E/67/HADq/+X/FAAfAAQA3f/B/+T/2P/r/83/fv8wAN3/KwA3ACYAAwDU/xcANQAsANH/6/8aABwA4v+u//7/lv+c/yUACgCh/6P/WP83APb/9v8TALL/JgBOAOL/NwDp/y4A1v/M/9r/wP/6/0EAsf8VAOT/JwD9/9H/2f/r/+j/EgDR/9z/+f83AMj/j/++/9f/NgAYAMb/FAA+AMT/8/8oANr/EwC8/xoA6f/8/+b/6P/Z/9b/FQDb/zQArv+5/zUA2P84APT/1f+D/6j/CAD7/8D/GwAsANL/ff+4/7v/IADU/7n/4v/w/+z/nP+6/5//2f/9/87/iP/j/47/zP/4/9b/GQC1/yIAsP8HACYAEgAUACgAGQA7ANX/y//9/wAA4P8FALT/PwCl/+L/AQAxAOr/6/+f/xwAOABUACEAJgCjAOH/UQCm/zAA///k/47/5v8GAPL/lP8mAP3/0/8ZALv/sv8TABYAJAAvALz/pP+t/+b/FwAoAIP/uf8kABoAv/+7/5///f8eABUAwf/N/yYArP/6/0EA5v+Z/8r/y/8qAOP/uv8bAOT/KwD8/53/8/+W/8H/2P/H/yQAX/8BAOz/FAC5/6//NwCBABkAKQATACcAyf++/0YAzf9RAPf/HgDT/0oA0/9+/+T/8f/h/53/AADX/x4Auf/4/8f/9v/V/x4A6//J/8z/BQCk/8f/zf+r//r/e//a/+z/pv/R/6////8FAOn/RgC5//H/DQASAKL/zP/7/9L/0P/A//j//P/V/6v/nv+0/9r/SADo/0wAHQDj/yAAJQDl/5f/vf8oAAcAOgDg/7T/4P/B/+H/5P/P/+v/3//Q/+r/zf/c/+z/3f8AAIP/6/+W/7P/zv/U/8v/JgDm/zMA2v/0/97/3/++/wUAGADj/9z/FQBGAE0AMAAWAOf/5//i/9j/iP/L/yAA6/+//6v/xP/E/x0AHAD4//7/0f+9/9z/CQBAAK//GwDZ/w0Aw//0/zUA8/9IAMb/9v8oAN//NQAbAL//p//4/z0A2v/T/1IABwDO/+v/MQCQ/8D/kv8gACMAg/+pAMz/8P+h/ysA6v/d/+r/IgCx/7T/zP+m/xUAIQAdAAIA3//S/+r/HADT/xcA5P/i/8X/NwDf/xcA5P+u/+H/JQA6AKP/ZAAXACEAFAAuANP/tP/7/+L/0f/v/8j/kf/B/yEA3P+8/+z/6v8YAPj//P8OAPr/mv/l/8z/IQAmAAgA2//Q/zYA5//U/9r/DgC5/+f/0v/l/8n/MgA2ACAAFACu//r/2P/M/97/4//U/6D/lf/i/5b/9v9U/4gA3//b/zcAGAA+ANP/DADV/8X/LwAeAKv/LQApADMAIgASANX/zP9AACEAKwAhABgAGAAYABgAFQCX/9z/wv8sABgAuP+2/9L/4v+pABkAqf+2/83/nP8gAPX/pf8AAPr/OwDH/8L/yf/G/yYA5P8uAMT/1v/Q/9D/UgCr/1IAnv8nAJP//P+///f/z/8zAOf/8v+T/+z/5/81AET/x//y//D/CgAPAAAA2/+u/8P/FgDl/8v/9v/V/7n/2f+x/7f/JwDP/xEA5f/O/+j/TwAeAB4AHgAUACYAOAA3ACAAOgDm//b/rf/i/9L/HAAPAMX/7P/a/8v/FgALADEAxv/H/1f/wP8kAMv/1v8JAH3/8P/d//f/0//b/4j/CQDh/wAAEAA+ACkA5//6/8z/1v+s/+f/DgAfABkACAAoAAEA9f/N/ygA0P8EAMH/AgDm/8P/wv/v/+j/2P/Q/43/v/9tALz/5v+7/+X/PQAUAEcAIAArAAYA7P89AIz/+f8CAJj/GAC6/xgAHwCu/+b/pf8uAEoAwv9GACMAzf/C/6j/qf/9/8j/5P/P/wEA6v/U/43/fv+f/5//pv+R/wIAvf8GAD4A0//T/6v/xP/j/9D/GAA0APD/r/+1/yAA4P/c/8P/zv/u/y0Atv8dAD0A0v/S/7T/xv8LAL7/rP+r/8b/TQAOAJb/tv8jAPT/1//t/43/LP8AAPD/o/8AAAgAIwDF/8n/LgAKAOL//f/j/zsAOwBCAJr/vf/q/wkAIADr/93/4f8NAAAASwAMAOj/KABAAMn/qv8XAOL/LAC4/ycA6v/1//f/j//V/xoAuP8xAL//PwDM/+P/DQAiAMP/9f+a/xgA3v+t/8v/qv/m/5j/0/+x/xkAUwDD/wcAnf8eAMP/IwDz//z/q//T/x8Atf/p/xIAKgCy/xkAt//P//b//P+s//X/GAAoAOX/1v/R/1cA9/8aANH/EAAUAMD/uP/H/8////8TAL//8f8XAMb/6v+0/6f/2v/x/9D/HAAXAIn/2/+5/9j/AQCu/9X/mv8vAO3/3/+N/xwA6P8NAO3/CADb/+b/BQDa/6P/4P+e/wEAu/+5/zUA/f/Y/+f/CAANAMf/sf/x/+D/3//Y/8X/2/+6/wUA6v8XAM7/FQDL/9P/BQDg/7//5v+v/04AOAA4APD/2v/+/wsAeP+z/9j/6P8LAAUAaADd/5D/DACz/9H/oP81ANj/HgDW/0UAn/8KABIA1//n/9P/3f/z/y8AFwCj/+X/BQAGABsA2v/R/9L/9P87AN3/IgCAABwAIQDZ/xwA5P8KANb/3P/b/9z/5P8hAJX/qP8fAMP/3v8qAMj/OgD//6z/HABuAB0A6v8qAAQA6/+l/+z/lP+o/+L/KQDL/1EAJwDd/6T/DAC0/y0ALAATANb/OgDg/3P/0v/S/xwAFQAkANT/IADS/+L/5//9//f/yf/T/+//KgDP//r/tf+W/xwAFQAnAPH/5P8kAOD/NQC1/7D/zv8CAAoAMQAdAD8AGgDE/xQAh//0/y0A2v8ZAOH/pv+0/8P/9/9a/7T/3v/v/+v/sv8MACcA8P/m/97/1/8eAMH/4f+X/xYAuf+6/x4AHAAmAPz/MACn/+r/1/8NALL/IwAqAL//mP+x/9L/j//1/y8A/v8gADkABAA7ANb/vP8fAOH/sP8mABsAw//y//b/bgDq/8r//f/s/xYAAgD7/xIAvf+t/8P/4v/G/9f/0f8iACEAFgAcAC4ALgDi/+b/4v/i/5b/wv+d/z0AIgDd/+f/5v8ZAMn/NQBAAKr/rf+6/87/PwAMAN3/CgDm/8//FACs/wAA5P/a/8b/8/+m/8H/FgDr/9n/JgAmABAA/v/1//f/tP+v/0r/qf/X/yAA//8YAOT/OwBv/8D/wv/M/9H/6P/l/xAA2v8QALn/9f8BAKX/QwDV/6//HgAHAKL/1/+6/xoACACw/9z/2f+//8z/6//Z/zkAKQDv/5v/5f+I/7b/xv+6/7//KwC6/+v/6/8jAPL/NQD3/x0AAABEAO3/pf9GABsA5f/o/9b/1//4//P/yP+w/2UAGAAAAN7/GwAdAMb/PQAYAFoAz/8EADUALADF/zkAyf/X/9n/3f/p/zcAOAD6/7P/s/+t/z0Atv/G/7z/tv/o/93/zf8oANL/vf8EACMA///A/3f/0P8oAMn/z//6/8n/FwBDAJb/6f8kACAAlP8VAAEA3P8bAN3/LgD5/18AGAA0ANj/rf/y/9H/6f/5/2cATQA/AKb/GAAEAMP/Tf8RAPH/WwAOALj/JAA2ABkA0P8hAM3/FgDB/x8AIQDc/8n/ef/W/xwA4P/U/5v/6P/c/xUALQDq/8f/AgDq/7//kP/Z/xQAHADr/ycA5/8AABwAvv/8/6r/DgCe/7T/rf8ZAP7/rf+j/63/y/8DAJv/vf/F/+n/s//8/9f/rv/W/+j/0f9IAFT/u/8XAC4A1P/c/7z/OQAKALr/HgA2AN//6v/3/wsA6P/c/wAA0f8GABkAxf9r/y0A3v+i/6X/FgCb/3n/xf9QABMAJQAyANn/HgDO/+L/7v/I/wMAzv/Z/wUA2P/H/5//5/8kAK7/GQDv/9//SgD4/5T/5f8eACYA1v/w/3//2P8QALn/t/81AMP/0P/M/6X/5f/Q/9P/5f/A/+r/rv/N/+r/m//C/4b/QADn/8D/df++/wAAqv9m/8L/FAAsAPn/3f/O/5b/tf8uAOv/6/8WAEgACgDK/6P/5f/A/1cA8v8XAOP/zf/q/8v/h/8JAMf/KADV/y4AFAAGADEAYwCa/z0AFwC7/7r/xv8GAP//wP8RAFEAyP///7H/+P+Z/5T/1P8JAKP/0f/X/+z/FgCp//D/7v/U//D/yP8vAOD//v/6/9v/FQD2/+r/of+5/xEA1f+1/zEADACY/08AkP/i/wQAVwBjAP3/LQAcAN//AACC/xAA7P/b/7n/xf8YAOf/OgAWAOf/aP89ALz/ov8fAOj/BAB3AKH/QQC6/7j/6v/B/83/wP+k/yYAxf8vAAoALgC9/6H/6P/B/8j/qf8pAAkAHACm/1n/z//8/8v/6/8kAML/lf/z//j/qv/h/y8ABwCH/63/vv+v/6oA1f/U/xgAFwCb/6//2//I/xEAn/8MAMj/2/+a/+n/FgAIACoA1/8LAN7/4f82AKz/4f8bABgAqf/H/7L/QQAaAEX/6/8rAC4A0P8VADAANgC5/ycAJQD5/9D/yv/U/+P/uv/s//P/7/8UABoAFAAzAKz/4f/f/xQA4f/d/wgAov+OAFQAVABUAPD/5v/X/z8AcgA1AKr/PwDQ/3MAFgAqAFAAy//2/+P/2/8dAIL/1f/b/9j/6/9AAMT/NgDp/y0AFwDe/y0AqP/F/wwA4P84AEUATAAnAAEAIAAbADgALQAvAMz/OgC+/9j/5//T/77/NgDw//D/g/+//8v/5f+o/8L/2f9RAG7/DwAXACAAFwDH/xEAMwAaABQAsv/e/+j/z//z/6f/sf++/9P/z/8dABMALgDh/67/4f8eAHv/3v+U/+H//v/c/wEAzf+//87/fv/e/8n/jP+N/6j/AQCf/7j/tv/L/6j/CgAGACYAKAAmANX/SQARACgA5/8oALr/KADd/9L/EAAWABsADgC5/8T/CgDH/ygAgv9AAKT/mv81ADsAJwCJ/+v/7v/1/+H/NAA/ACsAFwDD/8r/OADn//v/+/+9/4r/of8WAP7/4v8lAA0Avf/a/yMA1f8pADMAXADK/+L/9P8aALf/xf/c/83/6f9QAFUAJQCh/wUAKQCo/7T/JwC7/8D/5f8FAOb/KADH/5//4v+7/yoALwDF/y4APgDd/0IAx//c/9L/x/+1/+//SADm/y0A+f/P/87/zv/X/+P/qP/p/97/vf/g/9//NAAiAN//tf/D/+3/xP8PAPz//f/S/ywAKgD4/9P/hv/h/9r/6v+U/1kA+/9BAEEA1//P/+v/IgBNAAYA7P8BAO//sv/c/wUArv8UADAAIwANAOH/NgC+/xsAFADC/wYA6v+8/wsAvP8iAMn/0P8oACUA5v/T/77/tv/u/8X/oP+y/wcAAwCe/7j/wf8DABMAuf8lABUACQDw/7z/NwCv/8n/tP+2/+v/1v/T/9D/uv81AA==',
    classes: ["PAT-001", "PAT-002", "PAT-003", "PAT-004", "PAT-005", "PAT-006", "PAT-007", "PAT-008"],
    classBias: [-51, -44, 9, -7, -30, -102, -3, -14],
    classWeights: '+f+6/+X/6P/k/xIAvP+O/9T/8v/X/93/7f/o/wsAx/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8TAAAA+f/u/+P/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+r/8//6//H/7v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAAADp/wAAGwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALz/3//L/8P/w/8dALz/6v/y/xQAAAAAAO//8v/s//r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAAAAAAA9f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8pAOn/6f/p/9f/1//5/+v/GADq/+n/6//n/+f/6v8WAOr/7P/s/+3/6v/p/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAA7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/xwA2//R/97/6v/q/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/x/wAA6//y/+L/1f8cAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/FQDu/+3/6P/q/+r/EwDs/+z/7f/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAOz/7f/t/wAA6//P/xYA5v/s/+L/6//q/+v/6//s/+v/7P/p/xQA7P/r//D/7f/s/xQA2P/s//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/0/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAM//BQDo/+L/5v8AANv/2P8AAAAAAAAAAAAAAAAAAAAA7P/t//T/8P/s/+3/7P8UAN//EwAgAL//1P/P/+H/0f/s/+z/8P/u/+3/7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+v/6//s/+r/5v8WAOr/WADe/wAA6//q/8//vv/x/+z/FADs/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDe/+L/6f/n/9L/6//e/+z/6//s/+z/7P/q/xUA7P/q/8//7P8iAOX/1/8AAMn/AAAAAAAAAAAAAAAAAAAAANj/2P/i/+f/5P/Z/9P/JQAAAAAAAAAAAAAAAAAAAAAA1/8SAOv/5v/q/9v/9P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+r/9P/r/+j/FgDr/wAAAAAAAAAAAAAAAAAAAADs/+f/7f/v/+z/5f8YAOz/AAAAAAAAAAAAAAAABgAAAPr/FgDs/+3/8P/t/+f/7v8AAAAAAAAAAAAAAAAAAAAAFADs//r/7P/s/+z/7P/t/ycA6v8AAPn/9f/u/+z/6//t/+3/AADz//H/7/8VAPb/9P/t/+3/+/8AAOz/AAAUANj/xP/N/9f/6//q/8v/JQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/m/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/7v/u/+z/7v/w/wAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+7/7P/s/+z/9f8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u/+z/+P/6/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/+P/2//r/FADs//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0/8AAPr/7f8AANr/LgAAAOn/NwDy//L/7v/X/+D/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9j/AADY/9j/AADW/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//D/8P8AAPL/FADs//T/7P/3/wAA8v/t/+3/7v8VAOz/7P/v/+3/7P/s/+z/FAAAAAAAAAAAAAAAFAAAAOz/7P/s/+z/7P/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA7/8UAAAA5//n//P/5//s/+j/6f8WAOT/3f/m/6P/x/8AABAA2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/DQAAAOv/6//s/+r/7P/q/xUA9P8AAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAfANH/4f+J/5//uf/j/7r/7f8UAAAAAADs/+3/7f8AAK3/5f/B/87/tv/o/xUAov8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/AADs/wAAFADs/+7/GQDU/9P/AADl/9f/0//n/wAAAAAAAAAAAAAAAAAAAACp/zsAzv/M/83/8P+3/7//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAAAAAAAAAAAAAeAAAAAAAAAAAAAAAAAAAAAAAAAMD/OgC4/6f/4f/g/+//xv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//t/+7/7v/s/xQA7f/s/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/yAAzP++/7//tf/T/9n/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+r/7P/m/xcA5f/o/+r/7P/g/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/wAA7f/s/xQA8P/n/+T/6f/j/9f/6f8dANP/5v/U/9D/4P/l/+b/MADa/wAAAAAAAAAAAAAAAAAAAADs/+v/3f/x//v/FADm/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t/wAA8f/s/+7/FADo/+n/FwD3//j/7//p/+n/5//J/+D/xP/I/wAA5v8AAO3/7P8AAAAAFADt/+z/AADZ/+f/6//o/9j/2f8mAOD/5v/n/wYA0P/i/93/1/8RAA8AAAAAAAAAAADy/wAAAADq//n/AADt/xYA7v/u/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAA7f/7//H/2f8AACYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/m/+j/6f/o/xoA5//m/wAAAAAAAAAAAAAAAAAAAADr/9z/FQDr/+r/6P/q/+v/5P8bAAAA5f8AAOf/6P/m/+z/AADw/+z/7f8UAPL/7P/s/+7/7f8AAPH/7P/u/xQAyf8OAAsA1//W/97/2//2/9n/7P/v/+X/HADY/+X/4P8AAAAAAAAAAAAAAAAAAAAA5//F/+//1//q/x8A0f/g//L/8v/y/wAA9P8UAO3/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8UAOz/7v/s/+z/7P/s/+z/7/8AAOz/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/i/8X/AADO/8H/EwDd/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/BgDZ/+P/3v/k/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvP/s/wcA+P/x/xIA3v/s/xQA7P8AAAAAAADs/+7/8f8AAAAAAAAAAAAAAAAAAAAA4P8XAOz/9f/s//b/5//3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAN7/3P8AAOv/2f/Y/wAA6//r/xYA6//s/+n/6v/r//j/9//r//D/AADs/xYAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7//t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/S/xQA6v/p/wAA6v/g/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P/s/+z/FADo/+j/6P/k/+n/4f/j/xkAAAAAAAAAAAAAAAAAAAAAAOz/7P8XAO3/7P/k/+r/7P/r/+z/AADo/+j/7/8TAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/k/+z/FQDs/+r/5v/s/wAAAAAAAAAAAAAAAAAAAADs//D/3f/n/+r/6/8TAOz/AAAAAAAAAAAAAAAAAAAAAMT/5P/3/+r/7f/M/zMAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/r/+z/7P/r/wAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAA7P8AABQA7f/s/xQA7P/u/+z/7P/s/9L/3P/M/wAAzf/J/xEAuf/i/9T/6f/g/zQA2v/i/8b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/FQDs/wAA+f/W/+v/2P8AAPX/8v8AAAAA7P8VAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7P/u/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/r/+z/6P/s/+z/FQDs/xkA6//p/9n/7f/k/+n/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/t//T/8P/s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAADM/wAA5v/Y/yYA6f/a/9f/0v/d/8j/zv/o/wkAJADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+P/u/93/9f/Y/+r/KwAAAAAAAAAAAAAAAAAAAAAA2P/s//H/+P/w/xsA6v/s/wgA5P/r/+z/AAD4/+v/5f8AAAAAAAAAAAAAAAAAAAAA7P9DALf/1P+4/9X/t/+6/wAAAAAAAAAAAAAAAAAAAADp/wAAAAAAAAAA6v8mAAAAAAAAAAAAAAAAAAAAAAAAAOT/4//o/+f/5f/h/xwA3v8AAAAAAAAAAAAAAAAAAAAA7f/s/xQA7P/u/+z/7P/s/+7/FAD3//r/7f/t/wAA7f/u/xQA9//6/+3/7f8AAO3/7v8UAPf/+v/t/+3/AADt/+7/FAD3//r/7f/t/wAA7f8AAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAAAABwAAAM7/xf/g/+b/0f8ZAPj/DADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/r/+z/5//c/xQAAAAAAAAAAAAAAAAAAAAAAPD/6//r/+v/8f8VAOn/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xwAAAAUAPL/7P/s/+3/6//l/+b/5v/o/+v/GADq/97/HwDk/+X/5f/b/97/3//s/+3/9P/w/+z/7f/s/xQA2f/Y//X/9/8AAAAAxf8AAPH/AAAAAAAAAADu/wAAEwAAACAAAAD7//n/+f/h//b/1P/i/wAAwv/6/8z/BgDI/wAAAAAAAAAAAAAAAAAAAADr/+z/GADt/+3/3//q/+z/AAAAAAAAAAAAAAAAAAAAAOz/6f/s/+L/9f/s/xUA6//k/xoA5P/b/+r/5//n/+n/zv85AN//6v/P/9v/wf/Y/wAAAAAAAAAAAAAAAAAAAAAAABUA+v8AAPn/+v/t/wAA7v8VAPD/9//v/+//6P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/x4A6v/s/+v/6//a/+v/AAAAAAAAAAAAAAAAAAAAAOX/+P/w/9//7v8AAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/77/3f/X/+D/3P8wAOT/AAAAAAAAAAAAAAAAAAAAANr/FADt/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/EQD0//T/+f8AAAAAAAAAAAAACQAAABkA7/8AAAAA7//m/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/7P/2/+//FADo/+T/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAO//7P/2/xQA5f/f/+X/5P/o/+D/IgDe/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/97/2f/b//X/GwDm/97/7f8AAAAAFAAAAOz/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8UAOz/8//2/wAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//T/+v/v/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/+z/4//w/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/r/wAAAAAfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P8YAJH/oP/v/87/IQDe/wAAAAAAAAAAAAAAAAAAAADp/xYA7P/t/+r/9f/j/+v/7P8UAPj/+P/t/+3/7f/s/wAAAAAAAAAAAAAAAAAABgDF/+z/3P/a/ycAz//J/83/7P/s/xQA7f/t/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADV/+b/6//l/+7/6//q/xUAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADv/xQAAADv/ygA7f/v/+3/7f/Y//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8XAPL/+P/w/+//5v/u/wAAAAAAAAAAAAAAAAAAAADv/xUA7v/u/+3/9v/o/+3/7P8UAO3/8P/s/+v/6v/s/9b/LgDR/9L/0//d/9P/3f8AAAAAAAAAAAAAAAAAAAAAyP8OANT/3P/d/9L/9P/Y/+//AAAAAAAAAADt/xQA7//w/+z/7f/t/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA5//f/+T/7P/W/xQAAAAAAAAAAAAAAAAAAAAAAOz/FADt/+7/7P/s/+z/7P/s/xQA8f8AAO//7f/u/+z/3f/r/+f/2f/d/9X/FgDW/wAAAAAAAAAAAAAAAAAAAADt/ycA7P/w/+f/AADT//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+z/6f/P/9b/AAATAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/u//b/9f/5/xcA7P/0/wAAAAAAAAAAAAAAAAAAAADi/yEA4//k/9z/5v/b/+P/zP8yALf/vf+0/9D/7P/L/wAAAAAAAAAAAAAAAAAAAADq/xwAyP/K/+r/4f/j/9X/3//r/+7/7P/2/+f/5f8gAO//FADs/+3/7f/t/+z/8v/W/9n/3f/H/9D/EwDX/wAAAAAAAAAAAAAAAAAAAAAAAN7/2v/4/wAAAADi/yMA9/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/s/+v/7P/w/+3/6f/n/xUAAAAUAAAAAAAAAAAA7f8AABEAAAAAAAAAAADy//r/+f8AAAAAAAAAAAAAAAAAAAAAFgDs/wAAAAAAAPf/5v8AAAAAAAAAAAAAAAAAAAAAAADl/yoA6P/t/9//6P/Y/9z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAA9v/n/xQA7P/x/+f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//r/AADs/+z/8v8UAOz/8P8AAAAAAADt//r/FAAVAOP/3//y/+f/6P/s/+z/NADW/87/1P/Y/9f/w//U/w8Ax//T/83/zP/q/wAA5P8AAAAAAAAAAAAAAAAAAAAAAADe/+r/+v/6/9j/AAD6/+7/7v/u/wAAAADs/xQA7P8gAOj/5v/c/+v/4//f/+H/AAAAAAAAAAAAAAAAAAAAAO3/7f8AAPP/8f/v/xUA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9T/1v+8/9n/x/8WAAAA7v/l/+z/8/8AAOv/GQDs/wAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/FQDq/+v/7P/s/xQA7f/s/+z/7P/s/9n/5/8gANv/0//W/+H/5v8iAMz/5v/Q/9n/2P8UANj/AAAAAAAAAAAAAAAAAAAAANP/2v/Y/9n/3P/X/ywA2v/p/8//6v/s/+T/4P8ZAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//T/AAAAAPb/6/8UAOr/7v/6/wAAHgAAAPL/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/4P/s/+r/5P8FAPL/7f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/+n/FgDr/+r/6//q/+r/6v/t/+z/7f/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//+v8AAPf/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+3/+v/3//D/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wYA7f/x/wAA7P/Z/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAxf8cAAYAyf/T/7b/1f+y/9j/8v/S/9f/y//H/w0A1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/97/5v/q/xMA3v/g/wAA6/8JAOn/0f/X/97/HADD/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADz//L/AAAAAAAAAAAAAAAAAAAAAOn/6//i/8X/FADY/wAA9v/y/+7/7P/4//D/7P8UAOz/7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAD0/w0AAADc/xQA7P/r/9n/2P/r/wAA7f/s/+z/7P/u/+7/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAABQAAADs/wAA7P/s/+z/7v/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAUAPL/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/7f/s/+3/FACr/wgAuv8x/67/mf/k/5X/FADx//D/AADv/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAPD/AAAAAAAAAAAbAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/s/+P/+P/Y/+L/6P8AANr/EQCg/8b/pf/X/x0AAAAAAAAAAAAAAAAAAAAAAAAA7P/s/9f/EQDc/9r/5v/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6v/S/xEA3f/q//D/y//P/+v/9//2//f/7P8OABQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA2P/p/+j/FQDY/+7/5v/6/9b/2P/Z/93/5P84AMT/xf8AAAAAAAAAAAAAAAAAAAAA2P/s/+v/5v/g/xcA6//q/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/u/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAO7/+f++/+P/AADn/8f/+v8AAAAAAAAAAAAAAAAGAAAA7P8AAO3/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4/8iAOj/AADY/93/4v/X/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA5f/n/+//6f/u/+//IQDf/+3/7P/t/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAADk/9X/mv/J/93/zv/0/wAAAAAAAAAAAAAAAAAAAADj/ycA6f/Y/+r/6v/r/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/xQA+P8AAPX/7P/2//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADT/9b/1v8GANn/5//R/xMAAADj//X/AAD7/+j/AADs/9r/2P/c/wAA3P8hAOv/8//s/+z/FADu/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAO7/6P/q//v/9v/p/x0A7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/8P/u//j/7v8UAO3/AAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAAAUAO3/AADs/+3/AAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7f8UAOz/7f8WAO3/7P/2/+7/5P/r//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8UAAAAAADv//L/7P/6//r/FgDs/+3/8P/t/+f/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/1v/e/9r/3v/c/ygA2P8WAOr/6v/r//L/+P/q/wAA2P8AAN7/3v/f/wAA6v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AABMA2P/m/+n/2//r/+D/6v8gAOz/6P/t/+z/AADt/xQA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw/wAAAAAAABsAAADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s/wAAAAD0/xYA9v/q/+3/8v8AAAAAAADu//v/FADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/y/wAAAAAAAO7/+/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+3/7P/s//D/AAAUAOz/7v/t/+z/7P/w/wAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwA7f8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/t/+z/7P/w/wAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/8//6//H/8f8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+3/7P/w/+r/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAAAAA9v8jAPj/5f/l/wAAAAAAAPD/MgAAAO3/9//4/+z/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADu//L/7P/s/+//AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7f/s/+z/7P/s/+z/FADu/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAAAADt/wAA7P/s/xQA7f/t/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/N//D/5P/l/xcA5v/U//D/AAAAAAAAAAAAAAAAAAAAAO3/7f/u//H/7v8UAO3/7f8AAAAAAAAAAAAAAAAAAAAA6f/r/+v/6//r/+j/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/1//r/+P8UAPH/7//s/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7/8UAAAAAADw/+z/8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAAAANj/AAAAAAAAAAAAAAAAAAAAAAAA+P/r//P/AADt/+7/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/9v8AAOn/AAAZAAAA6f/n/+r/8v/u/+v/EgDg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/wAAAAAAAAAAHgAAAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAPj/7f/x/xgA3P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAO3/6f/0/+b/6f/r/+z/7P/s/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/8f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/y8AAAAAAAAA1P/0//X/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+r/7P/r/+z/6f/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7v/t/xQA8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+X/9P/u/xsA6v/5/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+v/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7f8AAPX/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+H/6v/l/9r/2v8SAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+v/6//r/+r/6//q/xsAAAAAAAAAAADs/+X/AADr/+v/7f/s//D/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAPL/AAD6/wAAAAAXAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f/v//X/8//s/+v/7f8AAAAAAAAAAAAAAAAAAAAA4P/j//r/7//y/+n/AAAHAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/1/8AAOX/FADc/+v/6v/s/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8VAAAAAAAAAO//7v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA8//s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/u/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOv/7P/t//H/7f/t/xQA7v/s/+j/7P/v//n/6v8XAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi//D/AADw/wAA7f8ZAO3/AAD5/wAAAAAAABQAAADt/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//s/+v/7P8VAOr/6/8AAAAAAAAAAAAAAAAAAAAA7f/s//D/7f/s/xQA7P/t/wAA+f8AAAAAAAATAPL/8P/v/xQA7P/t/+3/7f/s//L/AAAAAAAAAAAAAAAAAAAAAO3/AAAAABQAAADs/wAA7P/u/wAAAAD5/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAOD/7P/s//L/7v/r/xcA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/xQAAAAAAO//8v/s//r/9//g/+v/7P/v/9j/CgDr/wAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAAAA7v/t/wAA+P8YAAAAAADu/wAA6P/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/7/wAA9P8AABUAAADu/wAAAAAAAAAAAAAAAAAAAADs/wAA8//t/+//FAD2/+z/FADu/wAAAAAAAO7/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v8AAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//r//P/5P/s/y4A3f/H/wAAAAAAAAAAAAAAAAAAAADf/9z/7P/3//L/8v8hAPr/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAOz/7v/n/9r/5/8gAOb/2P/c/+n/6/8JAPL/v//s/8v/DQDq/+r/9v/2/wAAAADu/wAAEgDs/+3/AAAAAAAAFADt/wAA9P/z//f/AAAAAOr/HQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQDv/wAAAADv/+b/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/s/+7/7P/s/+z/IADq/+//AAAAAAAAAAAVAOv/8//0//P/9/8AAAAA6v8dAAAA+v/t//L/+//s/+z/BgDq//X/FAAAAAAA8P/t/+//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEA2P/s/+z/7P/r/9z/6v8kAAAAAAAAAOT/4v/j/+//AAAAAAAAAAAAAAAAAAAAAOz/7/8AAAAAAAAUAO3/7f8UAAAAAAAAAAAA+v/v//n/AAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAD6/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+v/AAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/6//r/+z/7f8VAOv/AAAAAAAAAAAAAAAAAAAAAOP/6v/q/+3/8P8KAPb/4P+3/+r/0v/K/+P/zf8vAOv/7v/7/wAA9P8AABUAAADu/wAA7P/1/+L/9//s/9b/FAAAAAAAAAAAAAAAAAAAAAAAGwDp/wAAAAAAAAAA6v8AAOz/FADw/+z/7P/s/+z/7P8AAB0A9P8AAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t//L/7P/r/+3/7P/s/+7/7f/s/+z/FADu/wAAAAAAAPH/6/8AAAAAHwDy//b/7v/0/wAA6f8XAPj/8v/v//r/AAAAAPb/GQD2//L/7//6/wAAAAD2/xkA9v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/p/wAAAAAAAAAAAAAAAAAAAADe/+T/6f/R/93/3v/t/yMA9/8VAO//9P/w/wAA6//y/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAOz/5f8ZAOb/7P/s/+v/5//o/wAA+/8AAAAAAAATAAAA7f/i//D/AADw/wAA7f8ZAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALL/6P+w/7L/r/8AAM7/tv/w/+z/AAAAAAAA7P8UAPP/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/v/+z/7P/s/xQAAAAAAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FQDt/+//7P/x/+v/7P/t/+3/7v/x/+7/FADt/+3/4/8mANn/2P/Z/+H/3f/Z/xsAAAAAAAAAAADs/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgA5P/r/+z/AAD4/+v/5f8AAAAAAAAAAAAAAAAAAAAA4/8UAOz/7f/w/+7/5//s/xUA6//r/+v/6//q/+v/6v8UAO3/AAAAAAAA9f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8hAOj/9P/6//H/2v/o//H/7P/u//P/7v8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+L/AAAAAAAAAAAeAAAA8//s/+z/7/8AAOz/7P/s/xQA7f/s/+z/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADu/+//FADs/+3/7P/s//H/EADm/9j/3v/d/+b/9//f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAADwAAABgA7v8AAAAA7v/u/+z/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD4/wAAAAAAAPX/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/xsAAAAAAAAAAADs/+X/AADs/xUA6P/n/+z/7f/r/+7/7P8VAOv/3P/j/+v/7P/m/wAAEwAAAAAAAADt/wAA8P8AACcA9v/z/wAA7//5/wAA+v8WAAAAAAAAAPX/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v8ZAOb/7P/s/+z/5//o/8b/OgDb/+j/2P/i/8H/1//h/zoAAADo/wAA7//X/9r/6P8aAOX/6P/m/+X/4//n/+v/GADq/+n/6//n/+f/6v/2/ygA6//y//P/AADj//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAO7/AAAAAAAA2f/a/wAA7P/u/wAAAAAAAAAAFgAAAAAAAAAAAAAAAAAAAAAAAADr/+j/7f/6//X/7P8UAO7/3//g/+f/5v/o/9r/GADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7v/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAADb/+P/+f/l/+v/6v/f/yEAAAAUAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/93/8f/7/xQA5v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//e/+3/+f8AAAAAGgAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+v/3//Q/+z/0/8ZAOH/AAAAAAAAAAAAAAAAAAAAAO3/AAAAABQAAADs/wAA7P8AAAAAAAAAAAAAAAAAAAAAAADp//P/8f/t/+3/AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA5v/s/+7/7P/w/+z/1P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPr/AAD5//r/7f8AANv/EgDk/+r/1v/F/8X/+v8AAAAAAAAAAAAAAAAAAAAA7f8UAAAAAADw/+3/8v/s/yAA5P/q/+z/+P/g/+v/5f8AAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/6P/t/+z/AADt/xQA+P/s/+j/7f/s/wAA7f8UAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/+r/FwDs/+v/4f/h/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7P/s/+z/7P/r/wAAFgDy//T/6//q/+r/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAAAAAABMA8f/v/wAAAAAAAAAAAAAAAAAAAADm/9//3f/d/9r/6v/n/xkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7P/s/97/7P/P/+z/FgDl/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7P/s/+z/FADs/xQA7P/s/+v/7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/FQDs/+3/6v/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/+v/w/93/7P/t/xUAAAAAAAAAAAAAAAAAAAAAAO3/9f/6//j/FADx/+//7P8AAAAAAAAAAAAAAAAAAAAA6P8cANv/0f/e/+r/6v/b/+r/FgDr/+b/6//k/+r/6//s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/5f8UAPj/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/8v/3/wAA0/8QAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/9f/3//a/+D/HwDf/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9r/7v/t/wAAAAATAOX/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+7/8P/s/+z/7P/s/+z/7P/s/+z/FADs/+z/7P/t/+z/FADx/+z/7P/s/xgA0P+Z/57/nf/r/9X/q//p/xYA6//k/+n/4f/q/+r/7P8UAAAABwD2/9j/7v/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDq/+X/4//X/+X/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA6//s/+z/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/wAAAADt/xQA6//s/+z/6/8AAAAA7f8UAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf8uAPL/7f/u/9z/0//o/w8AAAAAAAAAAADy/wAAAADv/wAAAAAAAAAA7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/r/+v/7P/t/xQA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAOz/FADt/+3/8f/w/+z/7P/t/xQA7P8AAAAAAADs/+7/8f/l/+r/5v/p/+z/6/8XAOT/AAAAAAAAAAAAAAAAAAAAAAAAGAAAAOr/9P/q/+n/7v/r/xgA7P/q//T/9v/r/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/s/wAA6P/l/+T/8P/s/+T/HQDj/+z/7P/u/wAA7f/s/xQA7/8AAAAA+f8AAAAAAAAPAAAAFwAAAAAAAAAAAPr/6f8AAOf/xf/a/97/7P8bAOr/1//a/+T/4//Y/+L/4P8kAOL/AAAAAAAAAAAAAAAAAAAAAOz/6f/r//b/+f/y/xcA8P8AAAAAAAAAAAAAAAAAAAAA4f/k/+f/2P/b/+T/HgDm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/2v/s/+v/7P8GAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AADs/xQA7P/s/+z/7P/s/+z/8P/s//X/AAAAAOj/HQAAAPf/7P/z//P/+v/s/+7/FADq/xoA7v/k//D/7f/k/+3/4v8ZAOn/7P/s/+n/6v/4/+z/7P/0//r/7//s/xQA7P/l/+j/EQD3//n/6v8AANz/6f/q/+b/6f/n/xoA1f/j/ykA6f/t//D/+P/X/+z/5v8AAAAAAAAAAAAA9P8NAAAAAAAAAAAAAAAAAAAAAAAAAPj/6v8AAAAAAAAXAPn/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8A+f/7//j/AAAAAPH/AAAiAAAA8P/s//j/AADz/+z/7P/5/xQAAAD6/wAAAAAAAAcAAAAAAAAA5f8AAOz/FADw/9X/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAA7f/t/xQA6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+3/FADs/+z/7P/s/+z/7P/r/xQA7P/z/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAAABQA7f/s/wAA9P8AAAAAAAAAAAAADAAAAAAA+/8AAAAAAAATAAAA7f/q/+z/7v/w/+3/7f8VAPf/4//i/+r/5v/q/9z/HgDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/u/+7/AAAAAOz/FADs/xQA7P/t/+3/7f/s/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+r/7P/r/+z/6f/4/+3/AAD1/+3/7P/s/xQAAAAUAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/8P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7P/u//H/7P/t/wAA7v/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADu/+b/AADm/wAA+f8YAPT/7v/w/wAA7v8AAPn/FQDy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/6f/r/+r/5v/p/+v/GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMb/5P/r/+z/5f/c/yAA2v8AAOv/4f/o/93/CgDs/8j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz//r/AAD7/wAA5f8mAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/+z/FADs/xIAAAAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+z/7P/s/+z/7P/s/+z/7P8UAOz/7P/o/+j/6f/S/+n/6P8ZAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//3P/j//X/6f/d/yQA8//D/9X/4//2/+z/2v8wAPb/7P/r/xUA7P/t/+r/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAPH/AADt/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/xUA8/8AAAAA7v/r//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/7/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUA+/8AAAAAAADZ/+v/9v8AAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAAAA8/8ZAOz/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAOf/6//V/+D/5v/l/+v/EQDm/+r/uf/c/8//AADj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//4/wAA9//t/+z/3/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//r/+7/8f/s/+z/6/8VAOr/7P/s/+7/FQDs/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAAAAAADu/+z/7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+v/7P/z/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAAADs/xQA7v8AAAAAAAAAAAAAAAAAAAAA1//n/+b/6f/l/+P/6v8bAPT/5f/0/+7/GwDq//n/5P8AAAAAAAAAAAAAAAAAAAAAHAC0/9r/tf/1/8//1f/m/+z/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f8AAPb/7f/w/xQA9//s/+z/7P/r/+7/AADm/+z/BQDt/+z/7f/t/xQA7P/s/+z/FADs/+//7f/t/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAA7v/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDq/+v/6//r/+r/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAO7/AAAAAOv/6v/x/+v/AAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAA6v/5/wAA7f8WAO7/7v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO3/7v/s/+z/7P/s//v/8//5/wAA9f8AAPX/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/7P/s/+7/FQDs/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAA9P8AAPT/2v/s/+z/7P/t/+z/7P/s/xQAFADs/+7/8P/s/+z/7P/t/xQA7P/u//D/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9v8AAAAAEwDu/wAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8AAAAAAAAAAADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD7/+7/AAAAAAAAAAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/0/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/KAAAAAAA9/8AANj/AADs/+z/7P/r/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/7f/x//X/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAFQD1/wAA8f/t/+z/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAAAUAO3/AAAfAOL/7P/q/+3/4P/h/+r/KADi/wAAAAAAAOP/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAFADs//T/7f/s/+3/8P/s/xQA7P/w/9//AAAAAAAAAADu/xUAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+v/6v/t/xgA7f/l/+z/7P/w/+//AAAUAOz/7//V/9v/2P/e/9v/7P8WAN3/v/8jAMz/wf/A/77/5//S/+z/7P/s/+z/7P8UAOz/7P/s/+v/7P/w/+3/6f/n/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7P/u/9r/7P/v/+3/7P/t/yAA6v/t/+3/7P/u/wAAFQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+z/7v/1/wAAFwDp/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+7/7P/s/+z/FwAAAAAAAAAAAPr/6f8AAAAAAAAAAAAAAAAAAAAAAADs/+j/uP8XAMf/6v/x/87/7P/s/wAA7f/t/xQA6f/s/wAAAAAAAAAAAAAAAAAAAADw/+//6//r/+z/FADq/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//T/8P/s/+3/7P8UAPH/DQAQALH/0//B/97/xP/U/wAAIwDV/8D/1/+x/6z/7P8UAOz/7f/y/+z/6//t/+z/AAAAABQAAADs/wAA7P8AAAAAAAAAAAAAAAAAAAAA2/8AAPj/JwAAAOj/+v/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/7/wAAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA2v8JAMT/3P/K/83/GgDD/+f/6//u//H/7P/s/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AADY/+r/7P8UANj/7P8AAAAAAAAAAAAAAAAAAAAAHADT/9P/6v/s/+T/5//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/t/9j/6//t/ycA2f/m/9v/2P/e/9v/AAAAABQA4P8AAAAAAAAAAAAAAAAAAAAA7v8AAPP/GQAAAAAA9f8AAAsA6f/h/9r/7/8AAOn/1f8AAAAAAAAAAAAAAAAAAAAAFADo/+n/EwD4/+v/3v/a/+z/7P8AAPv/7f8UAOz/7P/s/9z/2v/f/8f/4f/t/x4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+b/AAD0/+j/2//t/ywAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/IQDP/9b/EQDC/9f/AADZ/9n/2f/a/+v/AADs/xQA8/8AAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAGgDn/wAAAAAAAOT/6f8AAAAAAADX/9f/4//Z/wAA5f8AAAAAAAAAAAAAAAAAAAAAFADv//r/AAD3/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADU/xYA6v/t//j/AADq//L/3//Q/+b/8//Q/+z/1//u/wAAAAAAAAAAAAAAAAAAAADD/8v/PwCz/9T/vv/Q/8L/6f/q/xcA+v/x/+r/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8P/u/+3/7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/9P/u/+7/7P/x/w4AAAAAAAAAAAAAAPj/AAAOAAAAAAAAAAAAAAD2/wAAAADX/+H/9P8AAM//MgDv/+z/AAAAAAAAAADv/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/y/+z/6//t/wAAAAAAAAAAAAAAAAAAAADO/9X/2f/V/9f/KADc/93/FAAAAAAAAAAAAOz/7f8AACMA7f/s//D/AADh/+T/7f8AAOv/6//s/+z/EQDr/+v/KQDi/+r/7P/z/9b/1//o/wAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoA2f/y/+v/4//b/9j/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAAAUAO3/AADs/+3/AAAAAAAAFADt/wAA7P/t/wAAAAAAABQA7f8AABQA7P/v/+3/7f/s/+3/7P8AAAAAAAAAAAAAAAAAAAAA4P/r/+v/7P/r/+b/FgDq//b/KADr//L/8/8AAOP/8P/t/xQA7P/u/+z/7f/s/+z/6f8WAOj/6//q/+n/6v/q/wAAAAAAAAAAAAAAAAAAAADt/+z/FADv//D/7P/s/+z/AAAAAAAAAAAAAO3/AAATAAAAAAAAAAAAAAAAAAAAAADp/+v/6//r/+v/6P8WAOv/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAOz/9f/t/+z/7v/s/+r/6f8AAOP/4//e/wAAw//Z/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANz/4//o/+r/FwDn/93/6v/u/wAAAAD5/wAAFAAAAOz/OwDZ/+3/1f/W/8T/wP/B/+z/7P8AAPj/7P/w/+z/FAAYAO7/AAAAAO7/7v/s//X/AADi/+H/7f/s/wAA2v/g/9//0//o/+X/5v8uAOD/3//u/+z/8f/s/+z/FADw/+z/FQDr/+z/8v/v/+v/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADwD5//v/FAD4/wAAAAAAAPX/7f8AAOj/8P8AAAAAAADp/xkAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/9f/s/+z/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHQD0/wAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAA2P/K/9z/3f/c/9f/LADg/+z/FADs/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8v8TAAAAAAAAAPH/7f/v/+z/FADs/+z/6//s/+z/6/8AAAAAAAAAAAAAAAAAAAAAFgDs/+r/7f/t/+r/6v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AABMA1//c/9n/2v/q/+//HwDu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/6v/s/+v/7P/p/wAAAAAAAAAAAAAAAAAAAADw/wAAAAAAAAAA7v8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/q//b/9v8AAAAA7v8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGQD2/wAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/6//q/+3/GADt/+X/AAD3/wAAAAAAABIA8v/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/o/+z/6v/s/ycA2f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDf/+P/5v/l/9L/5v/d/+j/zf/p/wAA9P/r/xgAAAD1/wAAAAAAAAAAAAANAAAA6P/u/+z/7f/p/xgA1v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/7P/s/+r/FQDs/+j/7v/s/+3/6f8YANb/7P8UAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPr/FgDs/+3/8P/t/+f/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+7/6//r/+r/FgDs/+z/7P8AAO7/4f/w/+v/FQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/FADs/+z/6//s/+7/7f/s/+z/7P8UAOz/7P/s/+z/AADz/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/7P/6//n/7//p/xYA7v/s/+z/7f/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAABUA4//f//L/5//o/+z/7P/k//D/3v8AAAAA0P85AAAAAAAAAAAAAAAAAAAAAAAAAOL/7P/x//j/9v/s/xsA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAADt/wAA8P8AABMAAAAAAAAA7f8AAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/AAAAAO3/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAPP/GQDq/+n/AADM//b/7P8iANr/9P/s//D/9f/v/xQA7P/s/wAAAAAAAAAAAAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7f/i/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8AAAAAAAAUAAAA7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/2P/d/9j/7P/Y/wAADwDs/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+z/7P/j//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAPf/FQDv//T/8P8AAOv/8v/o/+r/9f/r/+7/5P/n/xoAFADs/wAAAADz/+z/7f/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/8/8AAPr/7v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYAAAAAAAAA+v/s/+r/9f8UAOz/7f/v/+z/7f/s/+z/AAAAAAAAAAAAAAAACwAAAOz/AAAAAAAAAAD6/xQAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO//+//w/wAA7f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/0/wAA+v8AAPX/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQD7/wAAAAAAANn/6//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+3/7P/s/+z/FAAXAOf/AADs//T/2f/p/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAPr/4//q/+b/3//H/9T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAAAAAMAAAA7P/s/+7/AADt/+z/FADv/xkA6//p/9n/7f/k/+n/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+7/7P8UAO3/AAAAAAAAAAAAAAAAAAAAABYAAAAAAAAA+v/s/+r/9f/l/+7/+P/u/+3/JQD1/+L/+P/E/8v/n//Q/+//yf/5/+3/8f8AAAAAAADu//j/FADR/+v/5f/Q//L/AADp/w4A5f/E/97/3f/r/+j/2f8aAO//AAAAAAAAAADt/xQA7//Z/9n/2f/g/9n/7P/Y/xcAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/u/wAAAAAAABQA8P/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//j/7P/s/+//FADs/+//7f/t/+z/7f/s//r/FADs/+7/AAD6/+z/AADp/+v/6//r/+r/FgDr/+n/AAAAAAAAAAAAAAAAAAAAABUA7P/0//X/9//v/+v/8v/v//H/8f8AAPb/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/n/+3/7//s/+X/GADs/xwA2f/b/+H/5v/d/9n/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAPn/9/8gAPj/7P/m/+7/8f/u/+n/FwDs/wAAAAAAAAAAAAAAAAYAAAC3/+D/y//s/8n/0P/i/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADu//L/7P/s/+//AAAAAAAAAAAAAAAAAAAAANn/AAD0/+n/7/8oAPf/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/9f/6v/q/+j/6/8VAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/xcAAAAAAO3/+//p//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/s/+z/4//w/+z/FADs/+z/7P/t//D/AADs/+3/AADs//f/9//s/wAA7P/u/xQA7P8AAAAAAAAAABQA7P/u/+v/8//t/9//+f8QAOz/IgAAAAAAAAAAAAAAAAAAAAAA7P/s//r/AADs/+z/8v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7v8UAO3/7P/s/+//AAAAAAAAAAAAAAAAAAAAAO7/AAAAAPn/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA7P/u/wAAAAAAAO7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/2P/h/+L/5P8iANj/1//s/+z/AADu/+H/8P/r/xUA7P/u/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAAAADs/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/0/xQA7P/s/+z/6P/s/+7/+P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAMv/5//L/8//5f/f/xIAFADs/+z/7f/r/wAA6//Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/8H/2f/O/87/JADd/8X/FQDq/+v/6//r/+r/6f/r/wAAAAAAAAAAAAAAAAAAAADt/+3/7f8AAAAA7P8UAOz/7P8oAAAAAAD3/wAA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8bAOr/7f/t/+3/6v/z/+//FgDv/+//+v/y//D/7P/s/+z/9P/6/+//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/AAAAAO3/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAAAAAAAAAAJwDq/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/v/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAIAD0/+v/+f8AAOX/AAD5/ycAAAAAAAAA+f/Z/wAA5v/R/93/0v/e/9L/HgDc/wAAAAAAAAAAAAAcAPP/8v/s//n/9//0//f/FQD6//D/FQDs/+z/7v/k/+j/7P/r/y8Awv/b/8T/xP/p/wAA1v8hAN//7P8AAO7/7f/b/+P/2P/Y/+z/7f/l/ygA2v/a/xQA7P/y//j/4P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAGQDk/+7/7P/p/+X/6P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIQAAAAAAAAAAAAAA3//o/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/+v/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAA0A0P/j/+D/3P/Y/9T/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJgDn/+X/6//c/+z/2f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAp/+6/6n/0/8TAOb/uv8AAAAA8v8VAOb/AADs/+r/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+P/u/wAAAADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADr/wAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPf/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKANn/8v/r/+P/2//Y//j/AAAAAAAAAAAAAAAAAAAAAAAAHQAAAAAAAAAAAOT/AADs/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADs/+7/9f/u//H/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAANj/5f/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/wAAAAAAAAAA5P8AAB4AAAAAAAAAAAAAAAAAAAAAABQA7P/w//b/7//s/+z/7f/o/+z/7f/t/+3/6/8VAOj/6f/X/+L/4P/q/97/0v8lAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9f/u/+7/8v8AABMAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/c/+r/FQDs/+r/6P8AAAAAAAAAACcA6v/v/+L/7P/u//X/AAAXAOn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPD/7P/t/xQA8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t/wAA8f/s/+7/FADu/+z/3P/s/+z/3P/s/xQAAADs/wAAAAAAAAAAAAAUANP/vv/G/9H/v//X/57/MAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7f/s/+z/7P8UAOz/7P8AAPP/7P/s/+z/FADs/+z/7P/t/+z/7P/s/xQAAAD1/wAAAAAAAAAA9v8RAMv/zP/b/9D/8f/r/7X/GQAAAAAAAAAAAAAAAAAAAAAA9//s//P/8//6/+z/7v8UANn/5/8AAPP/6//Z//T/KAD0//H/AAD2/wAA6v/r/xcA6v8AAAAA+P/5/+7/9v8YAOz/7P8AAPP/7P/s/+z/FADq/xUA6//r/+v/6v/q/+r/7P/s/xQA7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//a/wAAAAAAAPT/JwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMQDW/93/7f/Y/9n/1f/R/wAAAAAAAPD/AAAVAAkA9v/s/+3/AAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAANf/5//m/+n/5f/j/+r/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+3/7f/t/+r/FQDs/+z/7f8AAAAA8f8UAO3/7P/r/+r/FgDf/+v/5v/q/+n/AADr/y8A0P8AAOH/4v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/U/+v/zP8YAOz/6v/r/xQA8/8AAAAAAADs/+z/AADt/+z/AAAAAAAA7v8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/+n/8P/w/xUA7v/u/+z/6P/s/+X/7P/s/xUA6//s/+j/7P/l/+z/7P8VAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAOz/7v/x/+b/w/8YAOb/7f/h/+r/4/8AAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/l/xQA+P/s/+v/7P8AAAAAAAAAAAAAFgDv//r/7P/s/wAAAAAAABQA7P/s/wAA7P/6/wAA8v/e/woA7P/u/wAAAAD5/wAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//D/7v/4/+7/FADt/+z/8P/t/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA8/8nAO7/AAD3//r/4P8AAOz/3v/o/+3/+f/r/+//FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/2/8AAPH/AADi/zAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/AAAUAPP/7f8NAL3/vP/x/9X/8v+l/9D/AADX/9r/4//q//D/5v8UAOv/JQDs/+3/6//p/+D/8//1/xQA7P/s/+//7v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA5f8ZAOj/5//o/+j/6P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAA2v/b/+b/2P/2/9//FADt/+3/+f/x/+//7P/0/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v8dAO//8f/s/wAA6//s//X/FQDz/wAAAADu/+v/9f8AAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAPH/AAARAAAAAAAAAAAAAAAAAAAAAADs/+7/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADt/+3/FADp/+z/AAAAAAAAAAAAAAAAAAAAAOz/AADt/+z/7v/t/xQA7P/0/xUAAAAAAAAA7//u//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/FQDz/wAAAADu/+v/9f/t/+z/FADs/+7/7P/s/+z/7P/u/wAAAAAAABQA8P/s/wAAAAAAAAAAAAAAAAAAAADu/+z/FADt/+z/7P/s/+z/6//r/xQA7f/t/+z/7P/s/xQA7P8AAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/AAAAAAAA8v/q/wAA6//r//P/AAD6/+7/FQAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt//D/7P/s/+7/7P8UAOz/7P/r/+z/7P/r/xcA2f8AAAAAAADo//X/4P8AAAAAAAAAAAAAAAAAAAAA7v8AAAAA9P8AAOT/HQD3/+z/6/8UAO3/8P/x/+j/7v/Y/+z/8v/S/9j/HQDO/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/9r/2P/G/+n/yv/b/yQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPP/AAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f/w/wAA7//s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/+v8AAOD/zf/H/+f/DgDr/wkA2v/Q/9j/5f8OAMf/GgD7/wAAAAAAAOb/+v8AABQA7P/s/+v/7P/z/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxv/p/9z/8v/m/wAA0v/s/+z/7P/s/wAAFADz/+3/AADw/wAA9//5/+3/8/8UAAAAAAAAAAAAAAAAAAAAAADy/+z/7P/j//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANn/yP/5/7//9v8AABEAzP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/6f/i/+r/4P8iAMn/2f/u/+7/7v8AAAAA7P8UAOz/3//y/+7/GAAAAPH/5v/s//L/9v/u//T/AADp/xcA+P/t/+7/7P8AAPb/7P8UAOz/9P/s/+z/7P/4/+//FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/Y/+D/AADe/9n/AADi/8b/zP8ZAOb/4//q/9b/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAACsA2P/O/9D/yP+9/8H/xP8AAB4AAAAAAAAA7//o//b/7P/s/+z/8P8UAOn/5v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA+P8AAAAAAAD1/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGANP/6//e/zUA7P/B/8b/x/8AAAAAAAAAAAAAAAAAAAAA7P/n/93/0f/w/+7/KADc/+n/7P/0/wAAAADu/yQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA+P/s//D/7P8UAOz/7P/u/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA+P/s//D/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADADD/9f/2v/j/9f/+v/W//n/AAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//AAAAAAAAFADt/+3/0v8bAOj/2//r/+z/5f/X/+z/7f8AAAAAAADt/xQAAAD5/wAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoAAAAAAAAAAAD4/wAA7P/u/wAAAAAAABQA8P/s/wAAAAAAAAAAAAAAAAAAAADo/+v/3//Z/+//IADb/+j/AAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//j/9v/6/xQA7P/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/9T/6//M/xgA7P/q/+v/7P/s//r/AADs/+z/8v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wAA+P8AANv/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8v/4/+D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/s/xQA7P/r/+z/7P/r/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOf/IgDq/+7/6v/e/+b/6//q/+z/7v/w/+3/7f8VAPf/6v/s/+7/8P/t/+3/FQD3/+z/6v/s/+z/7P/p/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/q/+z/7P/s/+n/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/p//H/AADw/+v/2P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQAAAAAAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/c/9f/4f/f/9b/JwDg/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/9v/v/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAADQAAAMT/GgDp/+n/5//s/+T/5v/y/xMAAAAAAAAA8f/t/+//+/8PAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AADx/wAA7f/s//j/2P/j/yAA2v/Z/+T/3//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/GwDo/9v/6//s/+X/1/8AAAAAAAAAAAAAAAAAAAAAAAATAAAAAAAAAO3/AADw/wAAAAAAAAAAAAD0/xAAAADs/+z/7v/t/+z/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOf/7P/z/+3/+P/s/9X/FADn/8X/2v/e/+z/GwDq/9f/7P/u/+z/7P/s/xQA7P/s/8f/6/8WAOT/6P8AAOn/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+j/AAAAAAAAAAAnAOr/7/8AABMAAAAAAAAA7f8AAPD/AAAAAAAAAAAAAAAAAAAAAOv/6v/s/xUA7f/p/+z/6/8AAAAAAAAAAAAAAAAAAAAA5//s/xkA2v/i/9//5v/r/wAAAAAAAAAAAAAAAAAAAADu/+7/8f/s/+z/FADs/+z/7P/s/+z/7f/s/xQA7P/s/wAAAAAAAAAAAAAUAAAA7P/s/+z/7/8AAOz/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO//7P/g/+T/7P8hANX/3v/s/+z/9v8AAO//7P8UAOz/AAAAAAAAAAAAAAAAAAAAAO3/7P/r//T/7/8YAOz/2v8AAAAAAAAAAAAAAAAAAAAA2P/Y/+z/7f/l/ygA2v/a/9n/1//b/9r/1/8TAO7/x/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t//P/7//p/xUA8/8VAOz/7//s/+z/7P/p/+z/7f/t/+7/8f/u/xQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8VAOz/8f/4/+n/6//q/wAAAAAAAAAAAAAAAAAAAADy/xUA7P/x//j/6f/r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f8AAAAAAAAAAO7/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAO3/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAO7/7f/s/+z/8P8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACUA+/8AAAAAAADZ/+v/9v8YAO7/AAAAAO7/7v/s//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA8v8AAAAACQAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/Z/9//zf/h/9v/HADr/+r/7P8UAOz/7P/r/+z/6v/s/+r/6v8YAOv/7P/o/+X/6f8AAAAAAAAAAAAAAAAAAAAA+P8YAAAAAADu/wAA6P/6//X/FwAAAAAA7f/7/+n/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAPL/7f/t/+7/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAADx/xQA7f/s//f/9//t//X/+v/f//P/GwAAAAAAAAAAAAAAAAAAAAAAFADs/+z/6//s//P/7P/s/+n/2v/V/7P/GQC4//L/4/8LAL//y//K/9P/1f8AANL/6//v//L/9f8AABUA6//r/+v/7//y//X/AAAVAOv/6//q/+T/6P/a/+z/2P8dAOf/7P/t/wAAAADx/xQA7f/s/+v/6//t/+3/7f/q/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s//P/7P8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA+/8AAAAAAADs/wAA6//r//T/7P/t/+v/6P8WAAAA8P8AAPv/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/8P/s/wAAAAD0/xYA9v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/6v/o/+v/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGgD7/wAAAAAAAOb/+v8AAOz/7//2/wAA7f8UAOz/7P8UAAAAAAAAAAAA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAFAD4/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/C/9z/0/8AAMz/NgDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FADs/+z/AAD4/+z/8P/s/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/+7/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAAAA+P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/2P/t/xQA2v8AANr/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAPP/7P/s/+z/FADs/+3/AAAUAAAA7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOL/3P8AAPH/EwDs/+j/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/xUAAAAAAAAAAAD1/+z/9P8AAAAAAAAAAAAAAAAAAAAA5//r/+v/7P/x/+f/FwDu/+z/7P/w/+7/7f/s/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAPH/AADt/+z/+P/a/xQA7f/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO3/+f/U/83/2f8SAMj/AAAAAAAAAAAAAAAAFAAAAOz/7P/s/+z/7P/s/xQA6//s/wAAAAAAAAAAAAAAAAAAAADt/xQA7P/u/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/9//7P8AAAAAAAAXAN7/5P/s/+z/7P/s/+z/FADs/+z/4P/s/+z/8v/u/+v/FwDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/y/wAAAAAAAO7/+/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAbAAAA5f8VAOz/7P/y/+7/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/5f/q/+X/3v/h/+X/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/7f8AAPX/7f/s/+z/FAARAAAAAAAAAAAAAADv/wAAEQAAAAAAAAAAAAAA7/8AAPP/IwAAAAAA9/8AAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6f8WAOv/6v/r/+r/6v/q/9L/sf/v/8H/6f8KAPH/s//s/+z/8v/y/+3/7f8UAOv/7P/s//L/8v/t/+3/FADr/+z/FADr/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9v8AAAAAEwDu/wAA9v/q/9b/6v/e/+b/1v/i/xoAAAAAAAAAAAAAAAAAAAAAAMH/zP8/ALn/1P+//8j/zf/Z/xYA6P/T/+n/2P8AAPn/5/8WAOv/6v/g/+r/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/e/xQAtf/V/7D/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAA1v9IAN//1//C/9P/v/+6/wAAAAAAAAAAAAAAAAAAAADO//r/3f/T/wAAMAAAAOT/AAAAAAAAAAAAAAAAAAAAAMv/5/+6/9j/0P/Q/7f/7v/s/9r/7f/s/+7/AAAUAPL/FADs/+7/8P/s/+z/7P/t/9n/3P/b/9b/AADs//r/DwDs/+3/AAAAAO3/7P/0/xQAAAAAAAAAAAAAAAAAAAAAABUA7P8AAAAAAADy/+r/AADs/+z/+/8AAPT/7P8UAOz/0v8dAOH/2f/f/+D/6f/V/9//4P/n/+b/6P/a/xgA6f8AAO3/AAAAAAAAFADy//P/FgDr/wAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAOz/7P/n/+z/AADs/9v/6f/j//P/7/8AABUA7P/s/9r/5//f/+r/+v/v/ygA7P/q/+r/7f/w/+//FQDr/+z/3P/g/+r/8v/4/9P/LAAAAOP/9f/P/7X/yP+d//b/+v8AAAAAAAAAAAAAAAAAAAAA7P/d/9j/3P8dAOv/xf/q/wAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAPb/8f/s//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/V/+3/+//s/+v/4f8AAOb/CgD6/9f/7//l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/3f/N/7f/6P8iAAAAuf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANP/4v/j/+j/7v8FAPj/FQDt/+z/6//0/+//GADs/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8IANr/6v/j/9n/AADa/+j/GADl/+v/5P/l/+j/6/8UAOz/7v/w/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOL/KQDZ/+T/8//s/9f/8v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7f/v//X/8//s/+v/7f8eAN3/5v/k/+j/2v/j/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/w0AAAAVAOz/7f/x/+7/6//r/+z/FADx//D/AADv/+z/7P/v/+z/7P/u//X/7P/s/xQA8/8AAAAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/0//P/8f8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/AAAUAPP/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/6v8AAAAA6v8XAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+r/AAAAAOr/FwDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3//f/7P8AAOz/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9f/u/+7/8v8AABMAAAAAAAAAAAAAAAAAAAAAAAYA7P/t/wAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAVAO3/7//1//P/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAAAAO3/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8VAOz/7f/s/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//c/+P/9f/p/93/JADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+7/8P/t/+3/FQD3/wAAAAAAAAAAAAAAAAAAAADq/+v/5v/q/+z/6/8WAOT/7v/u//H/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f/s/wAAAAAAAO3/FAD4//D/7P/5/wAAAADt/xQA+P/r/97/7f/5/wAAAAAaAAAA7P/s/+z/7P/s/+z/FADs/+z/7P/u/wAA7f/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//H/7f/t/xQA8f/t/xQA7P/u/+z/7f/s/+z/7f8UAOz/7v/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+z/AAAAAAAAJgDY/+//7f/s/wAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAADu/+7/7v8AAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8eAOr/7P/r/+v/2v/r/+z/FQDs/+3/7f/r/+v/7P/3/xgAAAAAAAAA+/8AAAAA4f8UABEA2P/s/9n/z//j/+//FQDu//H/AADw/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v/p/+v/8f/s/+r/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/g//j/AAAAAOb/JgD6/wAAAAAAAAAAAAAAAAAAAAAVAOP/3//y/+f/6P/s/+z/zP/M/9P/2//q/+v/1P8YAAAAAAAAAAAAAAAAAAAAAADa/73/7f/4/8H/v//y/w4A7P/s/xQA8f/t/+j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3f8qAOf/3f/Z/9f/4P/S/wAA6P/h/9D/2P8AAAAA1f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADr/+z/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAAFADu/+//7f8AAOr/7v8AABUA7P/u/wAA9f/x/+r/+v8AAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAAAAO7/FADw/w0Avv/r/9L/+v/0/+v/xP8HAMn/4f/l/+P/IgC6/87/AAAAAAAAAAAAAAAAAAAAAPr/6v/r/87/5v/q/wAACgAAAAAAAAAAAAAAAAAAAAAAFADm/9r/4v/r//j/1f/n/83/1v/b//D/2v/p/9r/JgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v/e/9//GwDl/9v/5P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/s/+3/7P/s/+D/EwDm/+L/3P/q/wAA1f8AAAAAAAAAAAAAAAAAAAAAFQDt/+//9f/z/+z/6//t/x4A3f/m/+T/6P/a/+P/5/8VAOz/7f/x/+7/6//r/+z/FADx//D/AADv/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/W/+P/1//r/wAA1f8SAMz/3v/Q/9X/3v/G/9X/KwDe/+j/wP+r/8X/7P+m/wAA6/8UAOz/7P/s/+v/7P/s/xQA6v+5/8n/2f/q/+T/6f8AANT/z//T/+L/9v+o/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/yIA9P/5/+3/7//Z//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/u//D/7P/s/+z/FADs/+z/7//t/+z/6//s/xQA7f/u//n/7f/s/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAA5P/N/8P/2v/3/8v/2f8AAAAAAAAAAAAAAAAAAAAA6//o/+3/+v/1/+z/FADu/+z/7P/s/+7/7P/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/0/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+7/8P/s/+z/7P/Z/9T/6f/h/+z/4//p/ycAHADZ/9v/4f/m/93/2f/l/wAAAAAAAAAAAAAAAAAAAADm/9H/3f/S/97/0v8eANz/FgDU/+v/7f/g/+z/1f/W/wAAAAAAAAAAAAAAAAAAAADo/83/6f8AAPT/6/8YAAAA7f/s/+3/8P/s/xQA7P/w/wAAEgDq/+X/4//X/+X/4P/m/+T/4f/k/9//4v8bANv/AADV/+D/7v/Y/9n/0/8AAOT/1P/r/+3/6f8rAMz/6P/g/+j/AADR/9n/IwDP/9f/AAAAAAAAAAAAAAAAAAAAAOf/5v/P/7z/yP8TAPP/zv/j/8T/6P/N/+r/7v8bAOj/AAD4/wAAAAAAABQAAADs/+j/6f/t/+r/6P8VAOL/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/6f8AAPf/AAAIAOP/AAAVAOz/7//s/+z/7P/p/+z/tP/W/8j/u//I//f/vv8YAOf/7P/4//H/7P/r/+z/FQDi/+z/8f/4//b/7P8bAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/0/xQA7P/s/+z/7P/s/+z/7P/6//D/FADs/wAAEAAAAAAAAAAAAPT/AAAuAN7/7v8AAOH/4f/f/+P/7P/s/+//8//t/+z/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8oAPX/4//l/9r/2f/l/xkA6//s//T/+P/c/+j/7P/3/+3/AAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAABsA8P/1//T/AADw/+X/7v8UAO//8P/u/+z/7P/s/+z/GgDW/wAA8v8AALf/5v/p/wAAAAAAAAAAAAAAAAAAAADR/+f/1//A/8b/uP8VAMf/AADc/8r/zv/Y//n/CgDE/+z/AADt/+z/7v/t/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAPL/7v/s/+n/7P/s/+3/FADs/+7/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAALgDM/+L/0P/j/8//y//e/+v/6v/r/+z/FADi/9f/8v/w/+z/AAAAAPT/FgD2/+r/KQDd/9j/zP/b/9n/zP/g/x4A3v/k/+P/4//l/+L/4//y/7z/yf+8/9f/vP8VAPj/AAAAAAAAAAAAAAAAAAAAAOb/z//f/9L/5v/E/xsA1/8fAOP/5v/l/+b/1P/X/+f/AAAAAAAAAAAAAAAAAAAAABEAx//Z/+r/AADO//H/4/8AAAAAAAAAAAAAAAAAAAAA1P/r/+r/3P/o/97/KgDm//L/7//6/wAAAAD2/xkA9v/t/+7/AAAAAAAAEwDw/+z/7P/s//v/AAD0/+z/FADs/wAAAAAAAAAAAAAAAAAAAADo/+r/AAAAAOv/KADr/9j/9v8AAAAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAADs/+r/8v/s/+v/7P/s/xQA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQAAAAAAOz/7f/t/wAAtv8TAND/1f/O/7v/5v/d/wAAAAAAAAAAAAAAAAAAAADP/+P/rf/b/+L/z/8yANT/AAAAAAAAAAAAAAAAAAAAAMn/2//s/+n/2v/W/ycA7P/u/+z/6f/w//D/FQDu/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/6P/s/+X/7P/s/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6P/q/+v/6v8XAOv/5v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+z/FADs/+v/6P/q/+v/6v8XAOv/5v8AAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f8AAPP/8f/v/xUA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAAAA7P/s/wAAAAD2/wAAAAAAABEA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAOT/7v/s/+n/5f/o/+n/AAAAAAAAAAAAAAAAAAAAAOr/FgDr/+r/6//r/+r/6/8bAOn/AAAAAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAPL/7P/s/+P/8P/s/xQA7P/M/w4Azf/O/9H/DQDJ/8X/AAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAADs//j/7v/d//X/2P/q/ysAAADs/wAAAAAAAAAAAAAUAPX/FwAAAAAA7f/7/+n/9v8AAAAAAAAAAAAAAAAAAAAAFADt/wAA+f8AAOz/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAA6//4/xwA7v8AAAAA+f8AABQAAADs/+z/7v/t/wAA8f/s/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/FADu/+7/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//p/+v/FQDq/+L/6//m//r/zf/h/xcA3v/W/+f/6v/q/97/3/8bAOX/2//k/+X/5P/r//D/6v/t/xgA6//X/+f/5v/p/+X/4//q/xsA7P/s/+z/7f8HAOz/7P8AAOv/GQDe/+L/6f/s/+L/6//s/+z/7//t/+z/7P/s/xQA6v8AAAAA+P/5/+7/9v8YAOj/AAAAAAAAAAAoAOX/9//6/+3/8v/7/+z/7P8GAOr/AADL/+7/6//q/+v/+f8AANn/5//q/+j/5P/g/+T/IwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0P8GAPn/9v/p/+3/AAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAAABQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/7P/u/+z/8P/s/9T/FAD6/+3/8v/7/+z/7P8GAOr/AAAAAAAAAAAAAAAAAAAAAAsA2f/v//v/6v/Y//X/3/8AAAAAAAAAAAAAAAAAAAAA+v/y//j/8P8UAPX/9//s//f/7f8AAAAAFADu/wAA7v/r/97/7//s/x0A7P/s/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/t/+z/7f/t/+3/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/wAAFAAAANn/AADs//b/r//S/6L/1//7/8b/AADw/wAAAAAAAAAA7v8TAAAA3v/a/7n/s/+0/+j/r/8KAAAAAADp/9H/2P/W/+T/1//C/8T/u/+n/6z/0v+y/ycAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8uANf/1//Y/9r/2P/W/wAAAAAAAAAAAAAAAAAAAADq/xYA6//q/+v/6//q/+v/6f8AANT/tf/Q//n/DgDZ/+b/5P/o/+b/6P8cAN//4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/t//H/7f/t/xQA7v/s/xQA7P/u//D/7P/s/+z/FADs/+7/7v/u/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAdABQAy//B/8f/2f/d/9D/6/8VAOn/6//p/+z/6v/s/+//FQDu//H/AADw/+z/7P8AAAAAAAAAAAAAAAAAAAAA5v8hAN7/4//n/+T/3v/t/+z/FQDs/+3/7f/r/+v/7P8VAOv/6//r/+v/6v/r/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8pAOL/3v/Z/+3/1v/b/+v/GADs/+r/9P/2/+v/4/8AABQA8/8AAPb/7f/s//H/+P8SAAAAAAAAAPr/AAAAAOz/FAD4//H/7P/p/+7/7P8AAAAAAAAAAAAAAAAAAAAA3v8iAOn/5f/g/9j/2P/h/x0A4//v//P/+P/l/+n/+f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADW/+z/5f/g/+n/zf8xAPb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAO3/7P/s/+z/7P/s/wAA7f/t/xQA6f/s/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA+v/v//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/0//r/7//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7f/s/+7/7f8UAOz/6//o/+3/+v/1/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/AAAAAAAAAAAAAB4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/Y/+z/2f8AAOz/HADg/5n/AAC6/0T/rv+M/8r/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/2P/r/+z/8P/r/xQAAADj/wAA4P/Y/+P/4v8AANn/AAAAAAAAAAAAAAAAAAAAAPP/vf/f/8z/6f/5/yIAyv/t/wAA4P8HAN3/2P/Y/+L/5P/S/+n/AADt/8j/EwDo/+b/6P/s/xYA5f/U/+j/5/8AAAAAAAAAAAAAAAAAAAAAAAARAAAAAAD4//H/7f/z//T/FQD5/+n/9v/u/+z/6//t/+z/7P/v//r/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/3P/X/9z/2v/s/xYA3P/5//X/AAAAAAAA9v8QAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/8v/s/+v/7f8AAAAAAAAAAAAAAAAAAAAA7v8UAPf/+v/t/+3/AADt/+b/6v/q/xcA6f/l/+n/6v8AAAAAAAAAAAAAAAAAAAAA0P9CAKX/tf+v/8T/z/+j/+b/GQDm/+z/7P/s/+f/6P/k/xQA7//3/+r/7P/s/+v/AAAQAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAADs/+z/AADz/+z/7P/s/xQA7//s/wAA8f8AAOn/5/8YAAAAAAAAAAAAAAAAAAAAAADo/9n/8P/r/+n/5/8aAOf/7f/c/wAA9P8TAO7/EQDb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P8KAOz/6v/r/9b/8//c/+j/GwDl/93/6v/d/9//5//r/97/7//s/x0A7P/s/9r/7P/s/+z/7f/r/+z/7P8UAM//PADb/83/zv/c/8T/yP8AAAsAAAAAAAAA+P8AAAAA8/+0/7X/yv+//wgA4f/7/xQA7P/0//f/7f/s/+z/6//u/xQA9//6/+3/7f8AAO3/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAA5//b/9f/2P/Y/+b/JgDX/+P/HADp/+j/6P/k/9//4//e/xcA7P/r/+v/6f/p/+r/AADt/wAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAADn/+r/FwDs/+v/4f/h/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P8AAAAA7P/z/+3/FADs/+z/7P/s/xQA7P/s/+z/3v8YAOX/4//c/+X/1//r/8n/MgDX/+b/6f/i/9H/6P/a/+P/5v8AANj/4f/s/xQACgC4/6r/6/+j/87/rv8WABMA6P/h/9f/wP/3//n/2P8AAAAAAAAAAAAAAAAAAAAA7P8UAO7/7P/s/+z/7P/s/+f/6//u//H/7P/s/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/3//Z/9//EwDY/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AAPr/KQAAAAAA+//2/9f/AAAAABIAAAAAAPX/AADz//D/8v/s/+z/4//w/+z/FADs/+z/FQDs/+v/7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAyf8AANT/0v/P/8b/zv8VAOz/7P8AAAAA7P/z/+3/FADk/yYA3P/o/93/7//c/+P/AAAAAAAAAAAAAAAAAAAAAO7/7v/u/wAA8v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAA4f8fAOP/4//m/+v/4P/c/+v/6//z/wAA+v/u/xUAAADl/yEA3v/j/+T/8v/d/+j/7P/p/+v/9v/5//L/FwDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7//s/+z/7P/j/+z/FQDs/+z/7P/t/+z/7P8UAOz/1//b/+D/2v/r/9//6f8hAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s//L/GwDq/+3/7f/t/+r/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQDb/wAAAAAAAPT/1/8AAAAAAAAAAAAAAAAAAAAAAADE/xoA6f/p/+f/7P/k/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v8AAO3/7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7f/t/+3/6v8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAPL/AAAAAAAAAAAAAAAAHADz//L/0//l/wAAFADo/9j/FQDl/wAAFAD2/wAA8P8AAOz/AADy/xQAAAAAAAAA8f/t/+//AAAAAAAAAAAAAAAAAAAAAOr/4f/v//X/7f/u/+z/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/9P8AAAAAAAAAAAAA9//r/+z/7P/s/+z/7P/s/xQA+v/w/wAAAAAAABQA7P/s/+z/7P/s/+z/7P/s/xQA7P/s/xQA7f/u/+z/7P/s/+7/AAAAAAAAAAAAAAAAAAAAABcA2P/q/+//5v/r/+n/2P8AAAAAAAAAAAAAAAAAAAAA5//p/+z/2v/s/+D/JQDY/wAAAAAAAAAAAAAAAAAAAADi/+z/7v/1/wAAFwDp/+r/5//s/+3/6//s/xMA7//s/xYA6f/r/+3/6//q/+v/6//q/+n/6//x/+z/6v8WAOv/AAAAAAAAAAAAABQAAADs/+z/6//s/+7/6/8cANj/3P/0/wAA7v/n/+T/AADW/9n/AAAAAAAAAAAAAAAAAAAAAOH/5P/n/9j/2//k/x4A5v/K/+r/wv/I/8v/yv8fAMX/5f/o/+j/6P/q/+H/GQDl/wAAAAAAAAAAAAAAAAAAAADk//D/3v8AAAAA0P85AAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/W/+v/FQDb/9H/8P/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//l/+b/5v/o/+v/GADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FQAAAAAAAADv/+7/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0//S/9n/GgDX/9r/5//o/wAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6/8AAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//i/93/+P/5/w0A7P8AANn/AAD0/+n/7/8oAPf/2f/s/xQA8v/u/+z/6f/s/+z/FQDs/+//7P/s/+z/6f/s/+b/4v/u/+n/7P8aAOr/4//m/wAAAAAAAAAAGgDx//L/AAAAAAAAAAAAAAAAAAAAAAkA5P/T/9P/3f/4/8P/0f/0/+v/4P/j/+3/EADZ/+n/UgDm//H/9v/2/9f/qv/j/xUA7P/t//H/7v/r/+v/7P8AAAAAAAAAAAAAAAAAAAAA1v/j/+D/6f/V/ysA0f/a/+z/7P/s/+z/AAAUAPP/7f/t/+z/AAAAABQA7f/s/wAA0//q/+f/2P8jANn/3v/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDm//D/4v/r/+r/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAPP/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/GgDo/+j/5f/g/+f/4f/o/xoA6P/o/+X/4P/n/+H/AAAAAAAAAAAAAAAAAAAAAOz/7P/y//L/7f/t/xQA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAABIA8v/w/9j/1//Y/9n/1//s/yYA1//s/+z/+/8AAPT/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA7//2/+//+f/t//H/6v/u/+3/FADx/+z/7P/s//P/+v8AAPv/AADl/yYAAADs/+z/7f/u/+7/7P8UAO3/7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAADu/+3/8//u/+3/FADs/+7/GgDn/wAAAAAAAOT/6f8AAO3/7P/w/+3/7P8UAOz/7f/c/+X/6v/l/97/4f/l/yIA8v/n//H/7v/w/xUA7P/s//j/6v8AAAAAAAAXAPn/+f8AAAAAAAAAAAAAAAAAAAAA4P/n/8X/xv/X/yIA1P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA0f/j/8j/5//e/+b/1v8UAOz/7P/t/+z/7P/s/+z/5//p/+j/6P/z/+f/GADr/+f/xf/a/97/7P8bAOr/1//s/xQA8P/t/+z/7P/w/+z/4P+9/9f/AADi/+D/DQDo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+z/7P/j//D/7P8UAOz/3f/X/9n/8P/2/+b/KQDY/+z/FQDs/+3/7f/r/+v/7P/p//n/8P8kAPP/3P/i//v/AAAAAAAAAAAAAAAAAAAAAOv/GQDe/+L/6f/s/+L/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FADs/+7/7P/t/+z/7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/1//p/9r/5/8cAOD/6f/s/+z/7v/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+3/AADx/+z/7v8UAAAAAAAAAAAAAAAAAAAAAADx/+f/8//s/+z/FADs/+z/AAAAAAAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAADp/+T/7P/r/+z/3v/q/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3//L/9P/x/xQA9/8AAOz/7P/r/xYA6//s/+r/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/s/wAAAAAAACYA2P/v/+7/1f/u//L/DgDp/+X/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALL/zv8AAMf/u/8SAMP/0P/X/9n/2//r/+X/KQDm/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/7P/s/+z/6v/p/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPH/8P8AAO//7P/s/+//6f/1/+z/AAD5/xUA7P/5/+z/7f8AAAAA8f8UAO3/7P8AAAAAAAAAAAAAAAAAAAAACwDZ/+//+//q/9j/9f/f/wAAAAAAAAAAAAAAAAAAAAAAANX/tf/t/+z/AADo/8P/7P/s/+z/7P/s/xQA7P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADZ/+r/9v/t/woA2//6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+n/6//r/+z/5/8WAOv/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6/8AAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/p/+v/6P/o/97/GwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//t/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6f/o/+j/8//n/xgA6//1/wAAAAAAAAAAAAANAAAA6//r/+3/7f/t/+r/FQDs/7H/xf/j/5X/mv/e/ygA2P/s/9j/IADn/+z/3f/s/9r/6//k//L/FAAAAOz/FwDs/+z/FADs/+7/8P/s/+z/7P/p/wAAAAAAAAAA6v8mAAAA7P/t/wAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAADr/+f/6//c//H/GADc/+f/3P/c/+f/1P/s/+r/HADu/+z/7P/s/+3/7P/s/xQA7P/m/8T/1v/h/9T/GwDk/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADS/9f/9P/t/+X/4f8AANj/7P/s/xQA7f/s/+z/7P/s/+b/5P/j/9r/5P8cAOD/5/8fAOr/7P/n/+v/5f/g/+n/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/4/+3/AAD1/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7v/s/+z/4v/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAADv//j/8//u//D/FAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/8f/w/+z/7P/t/+z/7v8AAAAAAAAUAPD/7P8AAAAAAAAAAAAAAAAAAAAA7P/r/wAAAADt/xQA6//s/+3/7f/2//D/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+3/7f/t/+r/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/j/wAA9v/3/x0A5f/k/wAAAAAAAAAAAAAAAAAAAADU/+v/6v8AAOf/9//Z/xQA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAABEA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/7P/v/+7/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA4f8eAOT/5f/l/9r/4v/i/wAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6/8AAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//D/7v/s/9z/2v8UAAAA8v/1//T/AAD6/9r/AAAmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/7P/w//X/7/8UAOz/7P/s//L/9P8AAPf/EgDs//j/FgAAAAAAAAD6/+z/6v/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7//y//T/7f8VAOv/7f8AAAAAAAAAAAAAAAAAAAAA7//s//P/7P/t/xQA8v/s/+3/7P/t/+3/7f8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8VAOz/7//v/+z/6//w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAAAADu/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/w/wAA7P/t/wAA7//s/+z/7P/w//D/FADs/wAAAAAAAAAAAAAAAAAAAADk/93/8f8YAAAAHADm/+z/7f8AAAAAFAAAAOz/AADs/8n/IQDm/9P/6v/W/+v/2/8AAOf/AAAAAAAADwD7/xMA7P/s//r/AADs/+z/8v8UANr/3v8lALr/sP/C/77/yP/f//L/7v8YAAAA8f/m/+z/AAAAAAAA8f/r/wAAAAAfAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAD2/wAA+/8UAAAA7P/Y//f/GgDl/+v/6P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA+//t/xQA7P/s/+n/6v8nANf/4P/g/+T/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/5v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA2P/Y/9r/8f8OAOv/EwDi/+z/2P/s/9n/AADs/xwA4P8AAAAAAAAAAAAAAAAAAAAA2/8UAOP/2P/Z/+v/2P8AAAAAAAAAAAAAAAAAAAAAAADu/+z/8f/s/+z/FADw/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAAAAAO3/AADq//n/AADt/xYA7v/u/+v/AAAAAAAAAAAAAAAAAAAAAOv/6v/q/+b/6/8VAOv/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//t/wAA9P/s/+//FAASAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAAAAAASAPL/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//3/+z/AADs/+7/FADs//f/9//s/wAA7P/u/xQA0f/J/9v/0//X/9L/MAD5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/q/+j/6//r/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/xQA7P/s/+z/7P/s/+3/7v/u/+z/FADt/9n/3P/X/+H/3//W/ycA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/e/+7/7P/p/+z/FQDy//b/7v/0/wAA6f8XAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/8P/2/+//7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t//n/8f/v/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/t/wAA9f/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/0//D/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAABsA6v/2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/o/+7/7P/d/9n/5v8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAgA1f/n/wAAAAAAAAcA4P8AAOz/7P/w/+//AAAUAOz/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+r/1//k/9b/DgAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6//u//H/7P/s/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/+f8UAOz/6//q/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAAL3/y/+t/wsAsf/o//j/5f/s//f/9//s/wAA7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAA3v8AAAAAAAATANr/AAAAAAAAAAAAAAAAAAAAAAAAFwDs/+3/8f/s/+P/5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA7/8UAAAA2f8XAAAA6//q/9r/1P/m/+L/3P8AAPH/EwDs/+j/8f8AAAAAAAD3/+7/AAAAAB8A7P8UAPv/AAAAAAAA7P8AAO7/9f/u/+7/8v8AABMAAADs/+z/+v8AAOz/7P/y/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+z/7P/y/+7/6/8XAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//j/+L/7P/s/+v/JQDk/xgA+P/M/8f/6P/h/93/2f/s/wAAAAAAAAAAFADs/+7/FADs/+z/7P/s/+z/7P/s/+7/7v/u/wAAAADs/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq//b/7f/a//H/1//k/ysAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+7/7/8UAOz/7//s/+z/7f/w/wAA7P/t/wAAzv/j/wAA1//Y/y8Axf/T/wAAAAAAAAAAAAAAAAAAAADr/+n/6//r/+v/FQDp/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/wAA7f/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAFADs//j/7/8AAOj/7P/s/+b/7v8AAAAAAAAmANj/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5v/q/+n/5f/i/xgA4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7f/s/+z/7P/t/wAAAAD6/wAAAAAAAAAA6/8JAPL/v//s/8v/DQDq/wAAFAAAAAAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA7P8AAO7/9f/u/+7/8v8AABMAAAAAAAAAAAAAAAAAAAAAAAAA6//z/+3/3//5/xAA7P8iAAAAAAAAAAAAAAAAAAAAAADs//j/7v/d//X/2P/q/ysAAAAAAAAAAAAAAAAAAAAAABMAAAAAANz/AADh/+v/5v8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8//t/+//FAD2/+z/AADO/+r/6v/i/+r/BwDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/s/+7/7P/s/+z/IADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAAAAAAFADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3//f/7P8AAOz/7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7//0/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm//b/AADp/wAAGQAAAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPT/8P/s/wAAAAD0/xYA9v/q/+z/7P/x//j/7//t/xQA+P/6/83/9//x//j/BgDY/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/FgDf/+b/7P/j/+r/7P/q/+z/7P/s//b/FADs/wAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7P/t/wAA7v/s//H/7P/s/xQA8P/s/+f/FADs/9v/+f/Y/+r/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7f/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAJAN3/DwDT/9n/yf/6/9X/8P8AAAAA+v8AAAAAAAAAAOj/AADk/9X/8v/z/wcA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/3f8fAN//6v/Y/+v/6v/R/+n/0//1/83/6f8AABkAAAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7f/s/+3/8P/s/xQA7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAOT/6//s/wAA+P/r/+X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAx//R/w0A4v/Y/+n/x/8IAOz/FADs/+z/6//s/+z/6//a/9T/1v/L/xwA3//W/+X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s//D/AADs/+z/BQAAAAAAAAAAAAAAAAAAAAAA5P8JAM7/vP/W/9//AACr/+7/AAAAAPn/AAAUAAAA7P/0/+X/9P/u/xsA6v/5/+T/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADr/+j/7f/6//X/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAA8f8UAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA7f/s//D/AADh/+T/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7//2/wAA7f8UAOz/7P/q/+v/AADe//H/7P8UAOz/7f/s/xQA7//0/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8UAO3/2//o/wAA6v/Z/+z/7P/0//r/7//s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAADc/+v/FQDr/+T/6P/j/+f/6f/o/+j/8//n/xgA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/yf8AAA4A4v/T/8b/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/+z/FAAAAAAA7//4//P/7v/w/xQAAAAAAAAAAAAAAAAAAAAAAOz/JQDr/+X/2f/X/83/2P8AAAAAAAAAAAAAAAAAAAAA1f/a/wAADQD4/wsAEwDW/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA+v8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/e/+D/HADl/+b/3//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB8AAAAAAAAAAAD4/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/4P8fANH/yv/m/+L/6f/s/+z/FADu//T/7P/s/+//5//q/xcA7P/r/+H/4f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/AADe/97/3/8AAOr/5/8AAAAAAAAAAAAAAAAAAAAAJQD7/wAAAAAAANn/6//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/Y/93/2P/s/9j/AAAPAOv/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAADl/9//6v/Z/wAA6f/0/wAAAAAAAAAAAAAAAAAAAAD7/w8AAAAAAAAA9f8AAAAAGwAAAAAA+P8AAAAA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/xv/n/9f/1v/L/ywA3//r/xgA5//Y/+z/7P/s/+L/7f8UAOz/7v/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v8AAPn/7f/s/+z/FADY/+f/6f/b/+z/6f/r/xsAAAAAAAAAAAAAAAAAAAAAAAAA+v/s//b/DwDt/+//EAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/JgDZ/9j/2f/h/93/2f8AAAAAAAAAAAAAAAAAAAAA7P/t//P/8f/u/+z/FADz/wAAqf++/8f/5P+w/wAA1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAUAOz/7v8UAPj/7v8AAAAA7P/s/+z/FADs/+7/8P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+v/8f/s/+r/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADu/+H/8P/r/xUAAAAAAAAAAAAAAAAAAAAAAPr/AADu/+3/AADt/wAAFAD5/wAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxANb/3f/t/9j/2f/V/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q//L/7v/r/xIA4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADk/8n/AADy/xMA6//X//H/AAAAAAAAAAAAAAAAAAAAAOz/7//t/wAA8//s/+7/FADx/+//AAAAAO7/3v/t/yIA1f/l/+D/EQDW/87/3P/4/+7/9f/u/+7/8v8AABMAAADs//j/7v/d//X/2P/q/ysAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADz/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//b/xUA6//r/+L/5//q/wAAAAAAAAAAAAAAAAAAAADu/+7/8f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAN7/2//j/9z/4//Y/9n/KQDq//b/9v8AAAAA7v8AABIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAFAAAAOz/AADs/wAAAAAAAAAAAAAAABUA9P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAPb/AAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/Z/+f/2/8AAAkAEwDt/wAAyf8NANn/zf/N/wAAy//f/9r/HACu/8z/1P/n/wYACwDs/+v/2f/s/+v/AADs/wkAAAAAAAAAAAD4/wAAAAAAABAAAAAAAAAAAAD0/wAA5v/d/yMA3v/Y/+r/yf/j/+7/7P/x/+z/7P8UAPD/7P/s/+z/7P/s/xQA7P/s/+z/JADj/+P/5//k/8//2//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v8SALj/L/+V/73/2P+L/97/3v/Y/9v/HQDp/9X/7P/O/+f/0f/3/+n/8f/a//T/6/8KAOj/7//Y/9v/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/z/9b/4v/J/xMA1v8QAOz/FADw//T/7f/t/+v/8/8AAAAAAAAAAAAAAAAAAAAA5/8HAOr/0//w/wAA6//L/+n/5P/s/+v/7P/e/+r/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//r/+v/6//o/xYA6/8AAOz/6f/d/+z/EwDN/+n/AAAAAAAAAAAAAAAAAAAAAO3/4f+8/ygAuP/O/wAA0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2//D/IgDr//P/AADn/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+7/AAD6/wAA9f8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+b/AADm/wAA+f8YAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6/8AAPH/AAAAAAAAAAAGAAAA+v8AAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/+3/FADt/+z/7P/s/+z/7P/s/+v/FADs/9T/1P/k/+b/5f/W/ysA1f8AAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAAAAA9/8AAAAAAAAAAAAAAAAAAAAAAADn/+z/GQDa/+L/3//m/+v/KADu/wAAAAAAAAAA2f8AAOz/7f/t/xQA8//s/+z/7f/t/wAAAAAUAAAA7P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7v/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/6/8AAAAAAADt/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/Y/xkA+v/v/+T/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/1/+z/7P8UAPP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+3/7P/t/+z/FQDs/wAAAAAAAPL/6v8AAOb/AAAAAAAAAAAaAPH/8v/s/wAA7f/s/+7/7f8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAAAAAAAFADw/+z/AAAAAAAAAAAAAPX/DQAAAAAAAAAAAAAAAAD1/w0AAAAVAAAAAAAAAAAA6/8AAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/V/9v/2P/f/9z/7P8WAN7/AADD/wAA3P/h/woA0P/f/wAAAAAAAAAAAAD4/w0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+//+v8AAAAA9v8ZAPb/4v/w/wAA8P8AAO3/GQDt/wAAAAAAAAAAAAAAAAAAAAD6/8j/8v/W/9f/3f8XAOP/AADt/+L/2P/c/97/3v8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/2/+7/9P8AAOn/FwD4/+v/6P/t//r/9f/s/xQA7v8AAAAAAAAAAAAAAAAAAAAAxv/j/+v/7P/l/9z/IADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/xQA7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7f/u//H/7v8UAO3/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA6//o/+z/6//o//j/6f8AAAAAAAAAAAAAAAAAAAAA1P8mANT/1f/S/+j/1P/f/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANX/yP/V/9b/5/8OAA8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/5f/p/+3/FQDb/+j/7f/u/+z/AAD2/+z/FADs/9r/4f/r/wAAAADh/yUAAAAAAAAAAAAAAAAAAAAAAAAA9P/s//D/9f/v/xQA7P/s//P/JwDu/wAA9//6/+D/AAAjANf/3v/c/+f/5v/g/9b/7f/s/+3/7f/t/xQA7f/s/y0A8P8AAPj/AADW/9v/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAATAAAA7f8AAAAAAAAAAAAAAAAAAAAA7P8QANr/4P8GALD/1f/B/xUA0P/O/9P/yv/k/9z/AAAAAMv/7v/r/+r/6//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAAAAAA7v8UAPD/GgDq/+z/FADv/8z/6//s/wAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAAAA9f/t/wAAAAAAAAAAAAAAAAAAAAAAAMb/4//n/9r/2P8AANf/AAAAAB0AAAAAAAAAAADk/wAA7P/t/wAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAOn/8P8AAPn/2v8AAOT/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+7/7/8UAOz/7/8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7v/s/+z/FADv/+L/8P8AAPD/AADt/xkA7f/p/+v/6//r/+v/6P8WAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8OAPD/7P/i/+z/5/8AACsA2P/G/6//6f/a/9r/7P8AAAAAAAAAAAAAAAAAAAAA7f/x/wAAAAAAAO7/+P8UAO3/7P/t/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/9P8AAAAA9f/7//f/JQAAAAAAAAAAAAAAAAAAAAAA5P8pANz/AADt/+j/+v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8TAAAAAADu/wYA8v/d/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//s//P/8//6/+z/7v8UAAAAAAAAAAAAAAAAAAAAAADr/+j/5v8ZAOr/5v/p/+j/7P/s/wAAAAAAABQA7P/s/+z/7P/t//D/AADs/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAGQAAAAAA7P/p/+z/7P/s/+n/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPwAAAAAA8v8AAM3/7v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/r/+z/7P/r/+//FgDv/+//+v/y//D/7P/r/+X/5v/m/+j/6/8YAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAEwAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//q/+r/5v/r/xUA6//q/wAAAAAAAAAAAAAAAAAAAADu/+//8v/0/+3/FQDr/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7v/x/+7/FADt/+3/8v/2/+7/9P8AAOn/FwD4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/u/+z/+P/6/+v/FQDs/9z/0//l/+T/5f8wAOD/0/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAO3/7f8UAOn/7P8AAPv/AAAAAAAAEwAAAPn/7P/p/+f/4/8AANv/GgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/s/wAAAAAAAPT/FAAAANn/6v/s//H/8v/r/xUA6//2/+3/AAAAAAAA9/8VAAAA6//s/+3/8f/t/+3/FADu/+z/7P/s/+7/7P/s/xQA7//s/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FADs/+z/7P/t/+z/7P/s/xQAFAD4/wAAAAAAAPX/7f8AABQA7P8AAAAAAADs/+7/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7/8AAAAAAAAAABUA6//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAA7P8UAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9/8AAAAAAADs/+z/AAAUAPf/AAAAAAAA7P/s/wAAFAD3/wAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5/8IANz/6f/Y/+H/AADl/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+3/7P/s/+z/7P/u/xQA9//6/+3/7f8AAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAAFADt/wAA7P/s/+7/7f/u/+z/FADs/xYA7f8AAAAAAAD6/+r/AAAAAAAAAAAAAAAAAAAAAAAA5f/n/+//6f/u/+//IQDf/wAAAAAAAAAAAAD7/wAABwAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA8//s/+z/7P8UAO7/7v/x/+z/7P8UAOz/7P8AAN7/AAAAAAAAEgDk/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+7/7P/s/xQA7P/u/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9P/s/+z/7//t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz//T/AAAAAAAA+P8YAO//7P/u/wAAAAAAAAAAFgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7v/s/+3/7P/s/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/xUA7P/x//j/6f/r/+r/7P/t/wAAAADx/xQA7f/s/wAA+P8AAAAAAAATAPH/7//s/ygA5P/g/+7/7v/Y/+D/AAD2/wAAAAAAABEA8f8AAOz/7P8AAO3/7f8UAOn/7P/t/+z/7f/w/+z/FADs//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA7f/s/+7/7f8UAOz/7f8AAAAAFAAAAOz/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P/3/+v/8P8AAOz/FgAAAOr/7v/t/xQA8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/7P/Y/9v/2f8iAO7/1/8AAAAAAAAAAAAAAAAAAAAA6//S/9j/1//m/8P/GADf/9//6//r/+3/6f8oANr/2//w/8v/0f8QAL//2/8HALb/AAAAAAAAAAAAAAAAAAAAAOv/6P/l/+r/7P8VAOz/7P/I/9n/1v/F/9v/NQDg/8b/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA3v/r//j/5P/b/9T/6f8aABgA7v8AAAAA7v/u/+z/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/JgDr/+H/7P/a/9P/7P8AABUAAAAAAAAAAAD0//j/AAAoAOT/2v/3/97/3v/k/wAAAAAAAAAAAAAAAAAAAAAUAPH/8P8AAO//7P/s/+//FADs//L/+P/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABUA+v8AAPn/+v/t/wAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAADv/xQAAADr/+r/6v/0/+v/6P8WAOv/AAAAAAAAAAAAAAAAAAAAANn/2P8HANn/3v/W/wAA2P/r/wAAAAAAAAAA7/8VAOz/+P/3/+v/8P8AAOz/FgAAAO7/AAAAAPn/AAAUAAAA7P8UAOr/AADr/+z/6//b/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAEwDt/wAAAAAUAAAA7P8AAOz/FAD4/wAAAAAAAPX/7f8AAAAAAAAAAAAAAAAAAAAAAAAYAPD/AAAAAPH/7//t//n/+P/3/+v/8P8AAOz/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7v/s/+3/7P/s//j/9//r//D/AADs/xYAAADs/xUA7P/r/+z/7P/r/+v/7f8AAAAAFAAAAOz/AADs/+P/4v/q/+b/6v/c/x4A5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAO3/7//1//P/7P/r/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4//f/6//w/wAA7P8WAAAAAAAAAAAAAAAAAO3/AAATAOr/6v/e/9//GwDl/9v/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/s/+z/7f/s/xQAAAAAAAAAAAAAAAAAAAAAABUA7P/v/+z/7P/s/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/FwDp/+v/5//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDb//T/+f/3/+v/sf/m/xQA7f8AAPH/AADt/+z/+P/q/9T/6P8eAOr/zv8PAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+7/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAPP/FADt/+P/6//Z/9P/AAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAOz/7v/x/xUA7f8AAPr/AADs/+D/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAND/3f8AAN//1P/A//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3//L/9P/x/xQA9/8AAOz/1f/S/+v/1P8MANv/5v8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/0//X/9/8iAPP/7P/e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//y//T/8f8UAPf/AADs/wAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAABEA4P/c/9T/6v/p/w0A6v8UAPj/AAD5/wAA7P/s//X/AAAVAAAAAAAAAAAA9P/4//T/9f8AAAAAAADt/w0A+f/k/+z/6//o/+z/6v8VAOz/FADt//H/AADv/+3/7P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8AAAkA+v8AAOT/GgAAAAAA+/8AAAAAAAATAAAA7f8AAPv/AAAAAAAAEwAAAO3/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/3//j/7P/v/xQA7P/s/+z/7P/s/+z/7P8UAOv/7P/d/9f/2f/w//b/5v8pANj/7P/s/+z/7P/s/xQA7P/s/wAA8/8ZAOb/AADn/+r/7P8AAAAAAAAAAAAAFQAAAOz/AAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAA7v/s/+//7P8RAAAAAAAAAAAAAADv/wAAAAAUAAAAAAAAAAAA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/m/+r/6v/o/+j/GADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//a//n/7f/t/ycA+P/n/+z/FADs/+3/8v/s/+v/7f8AAAAAAAAAAAAAAAAAAAAA7P8AAOj/3v/u/+z/DQDs/9r/6f8AABEAzv/Y/9r/+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8AAAAAAAAXAAAAAAAVAOz/7//s/+z/7P/p/+z/AAAAAAAAAAAAAAAAAAAAABUA4//f//L/5//o/+z/7P8AAAAAAAAAAAAAAAAAAAAA7/8WAO//7//6//L/8P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+7/8P/s/+z/7P8AANn/8v/v/+L/3//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/u//D/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAO7/7v/u/wAAAADs/xQA7P/u/+7/7v8AAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/8/8AAPr/7v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAAAAAAAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/E/8X/w//G/8H/yP8jAAAAAAAAAAAAAAAAAAAAAADU/ysA5f/d/9v/3P/V/9j/AAAAAAAAAAAAAAAAAAAAAOz/6P/t/+z/AADt/xQA+P8AAB0A9P8AAAAAAADv/wAAFAD1/+3/AAAAAOz/7P/t/+z/7P8UAO7/9P/s/+z/7//s/+v/FgDr/+z/6v/q/+v/7P/s/xQA7P/s/+z/7P/s/+n/6f8dAAAAAADk/+D/8P8AABUAAAAAAAAAAAD0//j/FADs/+7/8P/s/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P8AAAAAAADy/+r/AADW/+z/7P/s/+v/6v8YAOr/FQDs/wAAAAAAAPL/6v8AABQA7P/u//D/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/wAAAAAAAAAAGgDx//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANANH/2//V/+L/1f8AANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAA8//s/+z/7P8UALL/9P/3/+//tv+x//n/sf8UAOz/9//t//P/7P/s/+n/AAAAAAAAAAAAAAAAAAAAACwAxf/G/7T/2P8AANP/5v8AAAAAAAAAAAAAAAAAAAAAu//2/9P/OP/f/8D/0P+3/+z/7P/k/+z/7f8UAAAA6//d/9f/2f/w//b/5v8pANj/3P/s/+b/HQDp/+T/2//l/wAA7P8AAAAAAAAAAAAAFAAAAAAAAAAAAAAAAAAAAAAAEwDI/63/t//U/87/5v/l//b/JgDz/wAA+v8AAOH/AAAAAO//AAD6/wAAAAAVAAAAAADv/wAA+v8AAAAAFQAAAAAAAAAAAAAAAAAAAAAAAADG/9X/FwC6/+L/DgDn/8//0v8bAOj/2//r/+z/5f/X/wAAFQAAAAAAAAAAAPT/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/5P/r/9L/4v/b/+v/FgDo/+v/8v/u//b/FAD1/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAy/9WANP/2v8AAOX/tv/r/wAAFgD0/wAA+P8AAOv/AADZ/zUAwv/A/8b/AACm/63/3v/q/93/sf/v/zgA6v/J/xQA7f/z/+z/8//s/+z/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v/s/wAA9v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7f/t/+3/AAAAAOz/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/n/+L/4f8VAOf/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAPf/AAAAAAAAEgDy//D/7P/t/wAAAADx/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAAAAFADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHADZ/9v/4f/m/93/2f/l/9f/4//i/+z/7P/r/yUA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/v/wAA7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANv/3v/Q/9L/1f/K/9L/LAAAAO3/AAAAAAAAAAAAABMA7P/s/+z/7f/s/+z/FADs/+j/GgDl/+j/5v/l/+P/5//u/+X/7P/z/wAA6/8ZAOz/6P/l/+T/8P/s/+T/HQDj/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+T/6//w/+r/7f8YAOv/5v/R/93/0v/e/9L/HgDc/+z/6v/y//j/8P/w/xYAAAAAAAAAAAAAAAAAAAAAAAAA7P/q//L/+P/w//D/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALAAAAKQDi/+r/7P/z/9b/1//o/wAAAAAAAAAAAAAAAAAAAADv/+3/AAAAAAAA9/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//6/97/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+7/FADt/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAPAAAAAAAAAAAA8v8AAAAAKQDi/+r/7P/z/9b/1//o/wAAAAAAAAAAAAAAAAAAAAAbAOn/AAAAAAAAAADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/9j/8P/x/+z/5f8AAA8AAAAAAAAAAAAAAAAAAAAAAPL/7//6/wAAAAD2/xkA9v8WAOz/6//r/+v/6//o/+v/AAAAAAAAAAAAAAAAAAAAAOf/8P8AAAAAAAAAABcAAACo/yAA4v/J/9z/rv/q/87/7P8AAAAAAAAAAAAAFAAAAOr/5v/q/+v/6//j/xkA6f/s/xQA8P/0/+3/7f/r//P/FADs/+z/7P/s/+z/7P/s/wAAEAAAAAAAAAAAAPL/AADs/+7/AAAAAAAAFADw/+z/FADs//D/9v/v/+z/7P/t/+v/7//y//X/AAAVAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAnAPn/AAAAAAAA4v8AAAAAAAAAAAAAAAAAAAAAAADn/+b/6v8ZAOr/6P/l/+L/7P/Y/+z/IgDs/+j/2P/q/+z/7P/s/xQA7P/s/+v/7P/r/+3/7v8eAPf/2f/s/9j/6//o/+b/GQDq/+b/6f/o/+L/7P/s/xwA7v/d/+z/2f/t/wAAAAAUAAAA7P8AAOz/7P/s/+z/FADs/+z/7P/s/+z/7v/s/+z/7P/s/xQA7P/t/wAAAAAUAAAA7P8AAOz/7P/u/+z/7P/s/+z/FADs/+r/7v/t/xQA8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7f/r/+z/FADs/+3/7P/s/+3/AAAAABQAAADs/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQA6P/s/9n/5P8HAOv/4/8AAPf/8v/0//H/FAD3/wAA7P/r/+z/6v/s//f/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAO//7v+2/6P/s//p/wAA8//q/+z/7v/w/+3/7f8VAPf/AAAAAAAAAAAAAAAAAAAAANX/5P/U/8z/3f/r/zoAxv8AAAAAAAAAAAAAAAAAAAAAGADu/wAAAADu/+7/7P/1/+j/zf/p/wAA9P/r/xgAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA7/8AABEAAAAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAA5P8aAOn/7P/p/+T/5v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P8AAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/V/9v/AADx/wAA4v8wAAAAAAAAAAAAAAAAAAAAAAAAAPX/FwAAAAAA7f/7/+n/9v8AAAAAAAAAAAAAAAAAAAAA2P/r/+z/7v/Z/9r/IQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/AAAAAAAA7P8UAPP/AAAAAAAAAAAAAAAAAAAAAOz/6//s/+z/7P/q/xUA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7v/s/+z/7P/q/+n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACMA7f/s//D/AADh/+T/7f8AAAAAAAAAAAAAAAAAAAAA7P/o/+z/5f/s/+z/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAABQAAADs/wAA7P/s/xQA7P/s/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/FAD7/wAAAAAAAOz/AADs/+v/3f/x//v/FADm/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/5//H/7//s//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//X/7v/x/xQA7f/s/wAACgAAAAAAAAAAAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADu/+H/8P/r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+//AAAAAAAAFADt/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAIADk/+r/7P/4/+D/6//l/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAABgA7v8AAAAA7v/u/+z/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA2P/Y/+P/3//l/ygA3//r/wAAAAAAAAAAAAAPAPn/+//K/9r/2f/p/+r/LgDW/+D/1v/j/+D/3f/f/yQA5f/Y/wAA+P8VAOf/AAAPAOr/6/8AAAAA9P/5/wAAFwD3/+7/AAD0/wAAAAAAABQA7P/0/wAA9/8AAAAAAAASAPL/8P8AAPf/AAAAAAAAEgDy//D/AAD6/wAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/FADs/+z/AAD4/wAAAAAAABQA7f/1/wAAAAAAAAAAAAAGAAAAAAAAAPr/AAAAAAAABwAAAAAA6f/s/+v/6v/t/xgA7f/l/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/w/+z/FADs//D/6//s/+z/7//s/xQA7P/m/+z/7P/s/+z/7P8UAOv/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAYAAAAAAOz/7P8AAO3/7f8UAOn/7P/s/+z/7P/s/+z/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/xgAAAAAAO7/AADo//r/6//s/+z/7P/s/+z/7P8UAC4A3v/u/wAA4f/h/9//4//s/+z/7f/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8UAAAAAADv//L/7P/6/+j/6/8AAAAAAAAAACgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/83/6f8AAPT/6/8YAAAA6//r/+n/6/8VAOr/4v/r/wAAAAAAAAAAAAAAAAAAAADq/97/8P/s/yEA7P/s/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAA6/8AAAAAAAAAAOz/7P/t/+//7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P/s/+z/7P8UAO7/AAAAAPn/AAAUAAAA7P/s/+z/7v8AAO3/7P8UAO//AAAAAPn/AAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/KgDZ//X/1P/u/9//3v8AAAAAAAAAAAAAAAAAAAAA2f/o/+//3f/s/+z/FADs//X/7P/u//r/7f8UAMn/6f8WAOr/6v/r//L/+P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+z/7P/j//D/7P8UAOz/7P/n/93/0f/w/+7/KADc/wAAAAAAAAAAAAAAAAAAAADC/+X/yv+q/wYA1P/R/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/0/xQA7P/s/+z/9//t/wAAAAAUAO7/AADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/+P/xP8uANP/AADb/8L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOD/2//a/9//6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8AAO7/+P8AACEAAAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA3f/s/9P/2P/M/wAA2P/t//L/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAADc/+v/0v/h/+j/yf8AAAAAAAAAAAAAAAAAAAAAFQDe/+3/7f/s//L/6//r/wAAAAAAAAAAAAAAAAAAAADn/+P/7P/r/xUA5f/d/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/6/8AAAAAHwDt/+z/7f/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/8f/s/+z/FADw/+z/7P/s/+3/7f/t/xQA7P/s/wAA+P8AAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAAAA+v/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO//+v8AAPf/7P/s/+z/7P/s//r/AADs/+z/8v8UAAAA4f/x//n/5v8fAMb/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVANj/8P/d/8//z//h//r/AAAAAAAAAAAAAAAAAAAAACcA6f8AAAAAAAAAANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/wAAAAAAAAAAJwDq/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAOz/5f/a/97/5P8AANn/AAAAAAAAAAAAAAAAAAAAAMf/0P/i/9//4//U/zMAzf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAOX/5P/q//v/1//p//b/7P/x/+z/FADs/+z/6f/s/wAAAAAAAAAAAAAAAAAAAAALAOn/4f/a/+//AADp/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6//d//H/+/8UAOb/6/8AAAAAAAAAAAAAAAAAAAAA8f8jAO7/7v/0/+b/3P/7/wAAFwD6/wAAAADt/+n/AADh/ygA4v/b/wAA4f/Y/+7/AAAAAAAAAAAAAAAAAAAAAOT/6P8AAAAAAAAcAAAA+//t/wAAAAAUAAAA7P8AAOz/7P/s/+z/FADs/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7v/s/+7/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAPX/8v8AAAAA7P8VAPj/7P/v/+3/7P/s/+r/6P8cABYA7P8AAAAAAAD0/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+7/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/s/+z/7v8VAOz/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDr/wAA7P8AAOz/5f/2/wAAAAAAAAAAAAAUAAAA7P/r/xUA6//r/+r/6v/q/+r/FADs/+7/7P/s/+z/7P/s/+z/7P/s/+z/7P8UAOv/7P8AAAAAAAAAAAAAAAAAAAAA7P/v//b/AADt/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADp/+z/7P/s//L/FQDq/+3/5P/s/+v/6P/s/+r/FQDs/wAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7P/u//H/FADy//X/8v/2/+z/7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOz/7f/s//D/6v/u/wAAAAAAAAAAAAAAAAAAAADq//b/9v8AAAAA7v8AABIA6v/p/wAAzP/2/+z/IgDa//T/7P/w//X/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//8f/x/wAA9v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAA6/8JAPL/v//s/8v/DQDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//x//H/AAD2/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+b/7f/r/9j/HwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAAAAAAADv/xUA7P/l/+T/6//w/+r/7f8YAOv/9P/l//T/7v8bAOr/+f/k/wAAAAD5/wAAFAAAAPb/7P8AAPT/9f/0/xQA+/8AAOz/AAAAAAAAAAAAAAAAAAAAANr/7P8AAAAAAADx/xQA5P/l/+v/7P/q/+z/7P8XAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f/R/9L/tf/g/9j/QQC//wAAAAAAAAAAAAAAAAYAAADt/+z/7v8UAO3/7P/s/+//FQAAAAAAAAAAAOv/AADx/wAAAAAAAAAAAAAAAAAAAAD1/xUA8/8AAAAA7v/r//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGwDw//X/9P8AAPD/5f/u/+v/6//s/+r/7P/q/xUA9P8AAAAAAAAAAAAAAAAAAAAA2v/r//f/7f/u/+r/7P8WAOb/5P/j/+X/4P/j/xsA2//e/+X/0v/V/9H/3v/c/yYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+v/7P/o/+z/7P8VAOz/5P/5/wAAAAAAABsA6v/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAACQAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAA7P/v/+3/7P/s/+r/6P8cAAAAAAAAAAAAAAAAAAAAAAAUAPf/AAAAAAAA7P/s/wAA7f/y/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADv//H/8f8AAPb/7P8AABQAAAAAAAAAAAAAAAAAAAAAAO//8f/x/wAA9v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA8f/w/wAA7//s/+z/7/8AAAAAAAAAAAAAAAAAAAAA9/8VAO//9P/w/wAA6//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/AADs/+3/AAAAAAAAAAAAAAAAAAAAAAAA7P/v/wAAAAAAABQA7f/t/9j/6/8AAAAAAAAmANn/2P/6/wAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//T/8P/s/+3/7P8UABQA7f8AAPH/AADt/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/GQDr/+v/6//q/9v/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/v/+z/7P/q/+z/7P/u/xUA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/5/wAAFwD3/+7/HgDd/+b/5P/o/9r/4//n/xQAAAAAAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA4P/s/+n/6v/Y/xcA1//s/+f/6//r/+z/8f/n/xcA7v/s/+7/7P/s/+z/7P8UAOz/2f/C/9z/0/8AAMz/NgDh//T/7P/w//X/7/8UAOz/7P/m/+7/AAAAAAAAJgDY//D/5P/Z/+z/IgDi/+H/2f/q/wAA9v8AAAAAAAARAPH/AADt/+v/7P8UAOz/7f/s/+z/7P/s//D/7v/t/+z/FADw//D/8v8AAAAA7//w/xMAAAAAAAAAAAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAAAAAAAND/5f/U/83/1/8uANX/3//s/+3/7f8UAPP/7P/s/+3/5P/s/9z/4P/Y/ykA0//V/8b/5v/l/9//6//b/yIA6f8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAOz/FAAAAPv/AAAAAAAAAAAAAAsAAABBAAAAAAAAAAAAxv/e/+3/EQAAAAAAAAAAAAAA7/8AABEAAAAAAAAAAAAAAO//AADu/+z/6f/w//D/FQDu/+7/7P/s/+r/4f/s/x4A6v/a/+v/6//u/+v/6//q/xYA7P/s/+z/4v/n/+r/FgDp/+v/6P/Z//D/6//p/+f/GgDn/+n/7P/6//n/7//p/xYA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA3//j/+b/5f/S/+b/3f8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAA7v/7/xMAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7f/t/+7/8f/u/xQA7f/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAA7v/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgD0/wAA+P8AAOv/AADs/+3/AAAAAAAA7f8UAAAA7P/s//T/+v/v/+z/FADs/+7/AAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOr/9//5/+j/7P/p/+3/7P/s//D/7v/t/+z/FADw/+z/7f8AAAAAAAAUAO3/AAAAAAAAAAAAAAAAAAAAAAAA8v/v//r/AAAAAPb/GQD2/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAO3/2f/o/+z/5v/v/xkA6P/r/+v/5//r/9z/8f8YANz/5//0/+z/8P/1/+//FADs/+z/FADs/+3/8//0/+z/7P/s/+z/7P8AAAAAAAAUAOz/AADm/+z/AAAAAAAAJgDY/+//7P/q/+z/7P/s/+n/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAOT/6//s/wAA+P/r/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv//H/8f8AAPb/7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//s/xkA2v/i/9//5v/r/y4A3v/u/wAA4f/h/9//4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/2f/u/+//AADs/+X/BwAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5//Y/9r/6f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/s/+z/7P/p/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/5/8AANn/2P8AANH/1/8aAOf/AAAAAAAA5P/p/wAAAAD1/wAAAAAAAPH/AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7v/s/+3/7P/s/+v/GQDe/+L/6f/s/+L/6/8aAOX/7f/3/+z/6//m/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/w/+z/AAAAAPT/FgD2/+r/4/8hAPP/8v/6/97/7v8AAAAAAAAAAAAAAAAAAAAAAAAAABcA+v8AAAAA7f/p/wAAAAAAAAAAAAAAAAAAAAAAANj/1//O/9H/3f8HAAAA3P/s/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/9b/+v/K//H/7f8RANj/+f/f/wAA7P8AAAAA6/8AAO7/7f/s/+z/8P8AABQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/+P/W/9T/2P/2/wAA3v8AABMAAAAAAAAA7f8AAPD/7P8UAOz/7P/4/+z/7P/v//r/FADs/+7/AAD6/+z/AADk/9v/1f8QAOv/6/8AAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAAAADY/+r/7P/t/wAAAADG/+z/FADs/+z/7P/s/+z/7P/m/9j/1//z/8f/1//1/8z/o/8AAML/6/8AAPL/6v/w/xQA9f/t/wAAAADs/+z/7f/s/+z/7P/s/+z/7P8UAO7/AAAAAAAAAAAAAAAAAAAAAKv/CQDE/wAAAADy/9T/8P/Z/+b/AAARAM3/2P/a//r/7f/s/+7/7P/s/+3/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/8P8AANr/7P8fAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/yf/s/x4A2P/3/9T/CADs/+z/7f/t/+3/FADs/+z/7P/i//r/zv/T/xoA2//j/wAAAAAAAAAAAAAAAAAAAADt/+z/7P/w/wAA2v/s/x8AAAAAAAAAAAAAAAAAAAAAAAAA7P/4/+r/+v/X/wYA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/yf/b/9j/5//a/wYADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/9P8AAAAAAAAZAPn/AADt/+z/7f/t/+3/FADt/+z/7P/s/+z/7P/s/xQA7P/t/+z/7f8AAAAA8f8UAO3/7P/Y/9j/KADp/+v/2f/j/+D/1/8rAN//2f/k/9j/1v/Y/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAGADl/+P/0f/q/+f/4f/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//o/+b/6v/s/xUA7P/s/+j/6P/q/wAA9f8gAOH/7//s/+z/AADt/+3/FADp/+z/1P/c/8z/3f/u/y4A3v/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOv/AAD6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q/xkA3//m/+r/6f/m/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOP/3//y/+f/6P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPP/AAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAOz/8v8AAOz/AAAUAOz/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA9//6/+3/7f8AAO3/FADx//D/AADv/+z/7P/v/+z/6//s/+7/7f8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/9f/s/+z/FADz/xsAAAAAAAAAAADs/+X/AAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDr/wAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/s//T/7v/u/+z/8f8OAAAAAAAAAAAAAAD4/wAADgAAAAAAAAAAAAAA9v8AAOv/6v/s/xUA7f/p/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/6P/r/+z/6f/i/wAA4P8AAAAAAAAAAAAAAAAAAAAAAADc/+P/6P/q/xcA5//d/+r/AAAAAAAAAAAAAAAAAAAAANn/2v8AAOD/6//c/9v/BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z//D/9P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7v8UAPf/+v/t/+3/AADt/+7/FAD3//r/7f/t/wAA7f/u/xQA9//6/+3/7f8AAO3/7v8UAPf/+v/t/+3/AADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAATAOz/2v/t/+3/7f/e/+r/IgDs/+z/AADz/+z/7P/s/xQA1f/G/+v/xf/m/9X/KgDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAA9v/t/wAAAAAAAPf/FQAAANn/0v/Z/9j/6f+//ywA2/8AAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAD6/+z/6v/1/wAAAAAAAAAAAAAAAAAAAADl/+f/7//p/+7/7/8hAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADw//L/AAAAAO//8P8TAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAAcAAADs/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAO3/7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAeAN7/5P/j/+P/5f/i/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/6P/s/xYA7//Y/+z/6P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/+v/6//y//L/7f/s/xUA6/8AAAAAAAAAAAAAAAAAAAAA3//c/+P/9f/p/93/JADz/wAAAAAAAAAAAAAAAAAAAADW/+z/5f/g/+n/zf8xAPb/5P/s/+v/6P/s/+r/FQDs/wAAAAAAAAAAAAAAAAAAAAAUAO//8P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/6f/s/+z/7P/p/xUA7P8AAAAAAAAAAAAAAAAAAAAA7P/r/+3/FQD0/+v/6v/s/wAAAAAAAAAA+P8RAPT/9P/k/9r/2f/i/+z/IADi/+r/+f/r/+z/6v/s/+r/EADp/xQA8f/w/wAA7//s/+z/7//Z/+j/7P/m/+//GQDo/+v/4//M/+H/1P8QAOD/EQDN/+3/7P/t/+3/7f8UAO3/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAABQA7P8AAAAAAAAAAAAAAAAAAAAAAADW/+L/4P/M/+T/HwDn/9f/2//e/9D/0v/V/8r/0v8sAPr/6P/V/9H/zf8QANz/y/8AAAAAAAAAAAAAAAALAAAA+P8AAAAAAAAAAPr/FgAAAO3/7P8AAAAAAADu/xQA8P/C/9z/6v/o/+7/1P80ANv/7P/s//b/9P8AABQA7P/j/+//7f8AAAAAAAD3/xQAAAD4/wAAAADx/wAAIgAAAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7P/s/+z/FAAkAPX/AAAAAAAA4f/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t//D/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAVAPr/AAD5//r/7f8AAOL/AADk/+D/1/8QAOf/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA8P/s//L/7P/q/+//7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA4//e/+r/AADs//b/7f/e/+z/7P/o/+z/AAAIAOz/7f/s/+7/FADt/+z/7P/v/ygA7v8AAAAAAADZ/9r/AADs/9v/6v/P/+v/JgDc/9j/5//K/8v/9f/E//j/9v8JAAAAAAAAAAAAAAAAAAAAAAAUANz/AADz/+z/7P/2/+7/4v/s//H/+P/2/+z/GwDw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/5/wAAFAD2/+z/7P/w/7P/wv/G/7z/w//N/7X/RQDs/+7/AADw/wAAHwDx//r/5f/Z/+v/2P/r/wAACQDm/wAAAAAAAAAAAAAAAAAAAAAAAA0AAAAAAAAA+P8AAAAAEwDa/+z/7P/s//j/6//j/xQAAADr/+v/6//o/9r/6v/s/+z/7P8UAO3/7P/s/+z/AAAAAAAAAAAAAAAAAAAFABYA6v/i/8H/xf/0/9H/6//T/9z/7P/c/y4A2f/N/9j/yP/X/9j/0//W/8D/NgDL/73/6v+m/4f/pv9DANz/xP/t/+z/AAAUAPj/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAB8A2v/n/9z/6v/q/+L/1v/t//H/AAAAAAAA7v/4/xQA1//d/93/3//c/yYA2f/c/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADP/zUAxf/N/8r/1f/Y/8n/6//0/+z/7P/q/+v/FADs/+r/7v/t/xQA8f/s/+z/7P/m/+f/5P/R/+X/FADS//f/AAAAAAAAAAAAAAAAAAAAAAAA9v8AAAAAFADs/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAADj/8v/3P/c/8r/3//y//X/9P8AAPr/2v8AACYAAAD6/wAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgDr//H/5v/s/9j/AADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5v/q/+r/6P/o/xgA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//r/+v/7P8VAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FADs/+3/7f/t/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/3//j/+v/6v8aAOT/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5//r/AAAAAAAAFQAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsP8AALv/sP/C/+L/y/8XANL/3f/Y/7j/0P8iAMn/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/+//t/+3/AADs/wAAFQAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAADv/xUA7P/g/+z/6//r/+r/7f/r/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA6v/r/+v/6//q/+n/6/8AAAAAAAAAAAAAFAAAAO3/AAAAAAAAAAAAAAAAAAAAAAAAFwAAAAAA9v/q/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6v/r/+z/6v/r/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+n/7P/p//f/4P/g/zAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/s/wAAAAD1/wYAEwDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAADv//H/7P8AABwA9P8AAPb/AADt/+T/AADr/+j/5f/q/+z/FQDs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+r/JwDX/+D/4P/k/+f/6v8SAOr/AADY/+j/7P/j/wAAAAAAAAAAAAAAAAAAAAAXAMT/uv+8/8T/EgCu/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADz/9r/+f/t/+3/JwD4/+f/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7v/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//T/8//x/xQA9f8WAOv/6f/s/+z/6f/r/+n/7P/q/97/3f/W/+X/5v8VAAAA7P/Y/xQA7f/s/93/wf8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/w/+z/7P/s/9T/2/8TAOn/5f/q/+n/DwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/p/93/v//v/zgA6v/J/wAAAAAAAAAAAAAAAAAAAAAAANT/CgDO/9L/4P/X/wsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUA4//r/9L/yf/n/wkAFADs//P/7v/v/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/b/+H/4//c/9X/4/8gAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/U/wYAxP/W/9D/AADn/+z/7f/s/xQA8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/3f+4/8f/2v/1/+f/wP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//v/wAA+f/h/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC7/9b/AADp//H/2P/a/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P+t/9n/q/8cAOr/DQDW/+z/6f/r/xUA7P/q/+v/6/+8/+z/GAAAAMP/xP+6/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAASAPD/8f8AAAAADADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/ygA5P/g/+7/7v/Y/+D/AAAUAAAAAAAAAAAA7P8AAOX/5//v/+n/7v/v/yEA3/8AABQA8/8AAPb/7f/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAA8P/s/+3/FADy/+z/6//r/+3/7P/w/xUA6//r/wAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAAAADv/wAAw/8AAMv/u//d/9n/9f/q/wAAAAAAAAAAAAAAAAAAAADy//b/7v/0/wAA6f8XAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAA+v8UAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/6//s/+z/6//Y/9z/4P/T/+f/KQDm/9T/AAAAAAAAAAAAAAAAAAAAABgA7P/r//b/AADq/+j/6/8AAAAAAAAAAAAAAAAAAAAA7P/p/+v/9v/5//L/FwDw/+z/7P/t/+7/7v/s/xQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPv/4P/0/wAAAAAAACoA7v/d/+v/8P/u/+3/AADD/wAA7f8AAAAAFAAAAOz/AADs/+z/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAGADu/wAAAADu/+7/7P/1/wAAAAAAAAAAAAAAAAAAAADi/+n/4f/Y/9n/3//K/ysA7P/o/+3/7P8AAO3/FAD4/+z/7P/u//X/7P/s/xQA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/8P/1//r/AADk/yAA8f/s/+z/7/8AAOz/7P/s/xQA7P/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD6/xYA7//u//n/9//s/+7/AAAAAAAAAAAAAAAAAAAAAOj/8P8AAAAAAADp/xkAAADY/+P/IADb/9n/5P/f/+P/3P8gAOD/9v/u//T/4f/j/wAAAAAAAAAAAAAAAAAAAAD4/wAAAADx/wAAIgAAAPD/6P/u/+z/7f/p/xgA1v/s/+3/FQDr/+z/7P/v/+r/6//A/+H/vf8AAL//4f8AABoA7/8VAO7/8f8AAPD/7P/s/+z/7P/s/+3/7P/s/+z/FAARAAAAr//K/8H/6v/d/8H/FQDr/+z/8v/v/+v/6//s/wAAAAAAAAAAAAAAAAAAAADz//r/AAD7/wAA5f8mAAAAAAAAAAAAAAAAAAAAAAAAAPD/7//r/+v/7P8UAOr/7P/s/xQA7f/u/+z/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOv/5f/m/+b/6P/r/xgA6v/r/97/6v/h/+r/1//j/xgA7v8AAAAA+f8AABQAAADs/9v/z//e/83/3v/U/zQA0P/P/zUAxf/N/8r/1f/Y/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/6P/c/wAA6//q/xMA6//w//X/9f8iAO7/6v/e/9//6f/p/+j/5/8XAOj/6/8AAPf/+v8AAAAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+z/6f/w//D/FQDu/+7/2//e/9D/0v/V/8r/0v8sAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/5f/s//P/AADr/xkA7P/k/+z/8v/v/+3/6P8ZAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADt/+7/7P/s/+z/7v8AAAAAAAAAAAAAAAAAAAAA0P8GAPn/9v/p/+3/AAAAAO3/7P/s/+z/7P/s/+z/FAAAAPr/+P8AAEgAAADz/7//+P8AAAAA8f8AACIAAADw/+f/5v/2/+H/6f/n/9v/GQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P8AAAAAAADs/xQA8/8AAAAAAAAAAAAAAAAAAAAA7P/o/+r/4P/r/wAAAADV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/2P/q/+7/9P/m/w0A+P/n/+z/GQDa/+L/3//m/+v/6v/u/+3/FADx/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAA7P/u//X/7v/u//L/AAATAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAUAPf/AAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/0//D/7P/t/+z/FADg/9//7v/t/+n/5f/i/xwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFgDs/+r/7f/t/+r/6v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/q/+z/7P/r/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/AAAAABQA7f/s/wAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/6/+//7P8UAOz/AAAAAAAAAAAAAO3/AAATAPD/AAAAAAAAAADu/xMAAAAAAAAAAAAAAAAAAAAAAAAA7//t/wAAAAAAAPf/FAAAAAAAAAAAAAAAAAAAAAAAAAAXANj/6v/v/+b/6//p/9j/7f8AABEA2f/o/+v/3f/m/+L/8P8AAPD/AADt/xkA7f/n/+n/7P/a/+z/4P8lANj/AAAAAAAAAAAAAAAAAAAAAOf/7P8ZANr/4v/f/+b/6/8bAAAAAAAAAAAA7P/l/wAAAAD7/wAAAAAAABMAAADt/93/6//w/+7/7f8AAMP/AADs/+7/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOn/5f/q/+n/7P/s/xcA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+3/FADs/+z/7P/t/wAAAAAUAAAA7P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAD5/wAA9f/g/wAAAAAAAAAAAAAAAAAAAAAAABQA7P8AAPn/AADs/+7/+v/E/xoA6f/p/+f/7P/k/+b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAD5/wAA7P/g/wAAFADs/wAA+f8AAOz/7v/6/xIAAAAAAAAAAADy/+//AAAAAAAAAAAAAAAAAAAAAAAA5v/2/wAA6f8AABkAAADp/wAAAAAAAAAAAAAAAAAAAADk/wkA9v/D/+j/vf8NAA0A7//x//H/AAD2/+z/AAAUAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/AAD5/wAAAADh/9r/AADO/+v/6v/i/+r/BwDp//H/7P/u//P/7v8UAOz/7P/t/wAAAAAUAAAA7P8AAOz/zv/3//H/7P/o/+//AAASAAAAAAAAAAAAAAAAAAAAAAD4//v/7f/t/wAA7P8AABUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/c/9f/3P/a/+z/FgDc/+v/2/8VAOv/6//i/+f/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/h/9z/5P/m/xoA6P/U//L/7P/r/wAAAADt/xQA6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIb/w//I/7T/wf8lAMP/5v8AAAAAAAAAAAAAAAAAAAAA7P8UAPL/7v/s/+n/7P/s/wAAAAAAAAAAAAAAAAAAAADs/+z/7v/s/+z/6//s/xQA7P/s/+z/8v8UAOr/5v/r/+z/FQDt/+//7P/x/+v/7P8AAAAAAAAAAAAAAAAAAAAA6//r/+n/6/8VAOr/4v/r/+//9P8AAAAA+//u/+b/HQAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/8f/s/+z/FADw/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt/+//9f/z/+z/6//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMz/8P/m/8f/2P/Y/xMAAADs/+//x//t//r/2v8dANj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADk/+b/3P/k/+r/2f/V/yAA9P/t/wAAAAAAAOz/AAAUANP/6//e/zUA7P/B/8b/x/8TABUA6v/Y//D/6//Y/+f/AAAAAAAAAAAAAAAAAAAAAPP/+v8AAPv/AADl/yYAAADs/+z/7P/w/xQA6f/m/+v/6P8AAOT/1f/y//P/BwDv/xQA6//Z/9j/2P/V/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIA2f/Y/wAA6f/f/93/1P8AAAAAAAAAAAAAAAAAAAAA7P/a/+z/7P8QANv/EADZ/+z/4v/v/9v/3v8bAOz/4//s/+L/7//b/97/GwDs/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+X/AADl/+f/5v8TAOz/6v/0/+r/FQDs/+r/5f/r/+r/1v/X/wAADADM/9f/xP/n/+j/5P/n/+v/4P8ZAOL/6/8AAOD/4P/k/wAA2P/Z/wAAAAAAAAAAAAAAAAAAAADl/xkA6P/q/+j/2v/m/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAEwD6/xUA8P/2//L/AADr//T/6//q/xUAAADs/+z/6f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+D/6v/y//j/0/8sAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+z/7v/1/wAAFwDp/+r/7P/t/wAAAADx/xQA7f/s/wAA9f/3/wAAAAAbAPv/AADZ/+z/5P/o//T/FwDs/+v/0P/m/9n/0v/Y/zEA1v/O/+z/AAAAAAAAAAAUAOz/7v/Y/93/AAAAAAAAJwDr/wAACADk/+v/7P8AAPj/6//l/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+v/AAAUANj/AAAAAAAAAAAAAAAAAAAAAOr/7P/x/9z/7v8pANj/yv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/s/+z/7P/s/xQA7P/s/+7/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/FQDn/wAADwDq/+v/7f/3//j/7P/v/xQA7P/s/+3/8v/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6v8YAOv/7P/o/+X/6f/V/9n/y//L/+z/LADU/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAALAAAA8f/t/wAAAAD0/xQA7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7v/0/+z/7P/v/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7f/u/+z/+P/6/+v/FQDs/+3/7v/s//j/+v/r/xUA7P8AAOf/AAAAAAAAJAD4//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7P/s/+z/7P/t/+z/7f/t/+3/FADt/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/z//D/9P/s/+z/FAAAAAAAAAAAAAAAHADz//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAD7/wAAAAAAABMAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAAAUAO3/AAAAAO3/AAAAAAAAAAAAABMA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAVAOz/7P/y/+7/6//s/+z/7P8AAAAA7//t/+3/7v8UAPP/+v8AAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/wAAAAAAABQA8P/s/+z/6f/s/+L/9f/s/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//k/+v/6P8ZAOv/6//l/wAAAAAAAAAAAAAAAAAAAADs/xQA7P/r/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/u/+7/7v/s/9n/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/FQDv//T/8P8AAOv/8v8UAPH/+v8AAPr/AADs//X/6f/Z/+f/6f/r/9X/FgDp/xQA7P/t//P/9P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA5P8aAOT/2//q/+f/5//p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/wAAAAAAABQA8P/s//v/3v/i/9//7P/O/wYA4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAAAAAAAFADw/+z/7f8UAAAAAADs/+3/7f8AAAAAAAAAAAAAAAAAAAAAAADX/ykAwv/q/8T/zf/U/+H/AAAUAPH/+v/z/+3/7P/w/wAA9f8AAAAAAAAUAOz/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8f/s/+7/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAD6//H/AAAAAAAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/wAAAAD5/wAAFAAAAOz/7v8AAAAA+f8AABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/9f/u//H/FADt/+z/AAAVAPr/AAD5//r/7f8AAO7/FQDw//f/7//v/+j/7v8AAAAAAAAAAAAAAAAAAAAAAAAVAPn/7v8AAAAA7P8AAPD/7P/3/xQA7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAA5//p/+z/2v/s/+D/JQDY/+f/6f/s/9r/7P/g/yUA2P/q/+7/7f8UAPH/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAADf/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAANv/4P/l/+H/5v/n/yAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAPD/9P/t/+3/6//z/wAAAAAAAAAAAAAAAAAAAADt/+7/7P/4//r/6/8VAOz/7f/s//D/7f/s/xQA7P/t/+z/6v8VAOv/7P/s/+v/7P8AAAAAAAAAAAAAAAAAAAAA7f/u/+z/AAD2/+z/FADs/wAAAAAAAAAAAAAAAAAAAADu/+7/8f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9f/6//j/FADx/+//7P8AAAAAAAAAAAAAAAAAAAAA6P/r/9//2f/v/yAA2//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7P/u/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7f/s//b/7v/k/+v/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/9P/l//T/7v8bAOr/+f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB0A8//x/+7/3P/u/+//7/8ZAO3/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/HgDq/+z/6//r/9r/6//l/x4A6v/s/+v/6//a/+v/7P/v//D/+P/z/xQA7P/s/wAAAAAAAAAAAAAAAAAAAADr/wcA2P/Y/+v/yv8AAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1//d/93/3//c/yYA2f/c/+v/CQDy/7//7P/L/w0A6v8RAAAAAAAAAAAAAADv/wAA8v/v//r/AAAAAPb/GQD2/xIAAAAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/wAAAAAAAAcAAAAAAN3/7f/6/+v/6/8kAPL/6P8AAPf/AAAAAAAAEgDy//D/AAAAAAAAAAAAAAAAAAAAANL/GwDo/9v/6//s/+X/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAPb/EQDs/+3/AAAAAO3/7P/0/xQAAAAAAAAAAAAAAAAAAAAAAPX/6v8AAPn/AADH/+X/PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5P8eAOv/7P/o/+H/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u//X/7v/x/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P/t/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/t/+//7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/FADs/+z/7P/Q/+X/1P/N/9f/LgDV/9//9v/t/wAAAAAAAPf/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAO7/4f/w/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6/8YAO3/7P/o/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/+z/7P/y/+7/6/8XAO3/AAD1/wAAAAAAABQA7P/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAOz/6v8WAOr/6//s/+n/6v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//p/+j/6P/z/+f/GADr/wAAAAAAAAAAAAAAAAAAAADy/+z/7P/j//D/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPD/7P/t/xQA8v/s/wAAAAAAAAAAAAAAAAAAAADt/+z/6//s/+7/FADs/+z/5P/S/+n/7v/s//D/IwDx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P/x/+z/7P8UAPD/7P+q/77/sP+2/+7/7f+X/w0A7f/s/wAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/wAAAAAUAO3/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAATAAAAAAAAAAAAAAAAAAAAAADh/+n/6//q/+b/6f/r/xgAAAAAAAAAAAAAAAAAAAAAAOz/7P/w//X/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAFQDq/+v/6//r/+r/6f/r/wAAAAAAAAAAAAAAAAAAAADs/+z/AADu/+H/8P/r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xQA9//6/+3/7f8AAO3/8/8nAO7/AAD3//r/4P8AAOb/1P/W/9j/AADK/8j/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/3v/f/xsA5f/b/+T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+v/9P/s/+3/6//o/xYAAAAAAAAAAAAAAAAAAAAAAOj/+P8AABQA7f/3/+D/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAPr/AAAAAAAAAAARAN7/4P/Y/+3/2v8AAOn/AAAAAAAAAAAAAAAAAAAAAO3/AAAAABQAAADs/wAA7P/s/+v/7P/s/+7/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAOz/7v/s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDr/+z/8v/v/+v/6//s/wAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAPn/9/8gAPj/GADu/wAAAADu/+7/7P/1//X/AAAAAAAA+f/3/yAA+P8AAAAAAAAAAAAAAAAAAAAA7P/s/+//AADu/+z/FADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9/8AAAAAAADs/+z/AADs/+z/7v8AAO3/7P8UAO//AAAAAAAAAAAAAAAAAAAAAOL/7P/u//X/AAAXAOn/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAAFADs/wAA6v/r/+v/6//s/xUA6//r/+b/7P8AAAAAAAAmANj/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/8P/t/+z/FADs/+3/7P/r/xUA7P/t/+r/6//s/wAAAAAAAAAAAAAAAAAAAADp/+z/9P8AAAAA7v8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/AAAAAAAA8v/q/wAAFQDs/wAAAAAAAPL/6v8AAPr/FgDv/+7/+f/3/+z/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKT/zv/D/7X/x//e/zYA0f8AABQAAAAAAAAA7f/7/+7/7P/s//H/9P/z//H/FAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/8P8AAPD/AADt/xkA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7v/x/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAABIA8v/w/+z/6//r/+v/7P/t/xUA6/8AAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/q/+3/7f/q/+r/7f/r/xUA9P/z//D/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/3f/i/zIA3//N/9L/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+T/4//a/+T/HADg/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/7v8AAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADs/9X/7f/7/+z/6//q/xYA6v/r/+z/6f/q/+v/AAAAAAAAAAAAAAAAAAAAAOb/BgDc/9n/2P/Z/9r/AAAAAAAAAAAAAAAAAAAAAAAA5//w/wAAAAAAAAAAFwAAAOf/8P8AAAAAAAAAABcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAAkAAADg/+z/7P/y/+7/6/8XAO3/yP8AAND/wv8AALr/AADm/9f/KQDQ/8b/7P/R/9X/vf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/5/wAA7f8WAO7/7v/r/xMAyv8AAPr/AADZ/wAA2v/Q/63/tP/C/9v/AADG/wAAAAAAAAAAAAAAAAAAAAAAACkA0//y/93/2f/Z/9n/2P/q/wAAAAD4//n/7v/2/xgAAADo/+b/9v/i//n/7P8AAO7/7v/u/wAAAADs/xQA7P/s/+D/7P/Q/+z/FgDk/+D/x//q/73/AADp/wAA2//u/wAAAAAAAAAAAAAAAAAAAADh/8j/7v/i//n/7P8UAO3/AAAAAAAAAAAAAAAAAAAAACAA4v/s/+j/7P/h/+D/6v8AAAAAAAAAAAAAAAAAAAAAxv8eAPj/AADY/+3/+f/a//L/AAAAAAAA8P8AAAAAHgDI/9b/1f+x/9v/6f8cAOX/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/AADz/+z/7P/s/xQA2P/n/w0Awv/K/xEAAADT/wAAAAAAAAAAAAAAAAAAAAAeAOn/6P/R/9b/+P/I/9L/3f/K//X/7P8cAOz/6v/o/xEAEwD6/wAA9f/s/+n/9v/t/+3/7f8AAAAA7P8UAOz/6v/U/+r/0v/i/9n/6v8YAOf/4//n/+v/FQDk/87/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/6//a/9T/yf8bAM//7P/r/+T/vv/u/+7/5/8AAO//7P/s/+3/7f/t/+z/6/8UAOP/7P/u/+D/3/8YAOr/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAA2P/0/ygA6//Y/6P/BgDZ//P/5f+9/+b/7f8bAOT/7f/m/+X/6P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+P/1P/b/9j/2v8qANf/1P/6/xYA7//u//n/9//s/+7/yv/b/6H/uv/N/+T/0//6/9z/DADs/+n/6v8GAOn/5f8AAAAAAAAAAAAAAAAAAAAA6v8VAO3/6f/0/+b/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAFAAAAOz/7P/u/9z/9//K/7T/0v/W/wAAEAAAAAAAAAAAAAAAAAAAAAAA5//n//P/5//s/+j/6f8WAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v/N//f/8f/4/wYA2P/o/+v/EgDs/wAA2f/q/+r/6/8AAAAAAAAAAAAAAAAAAAAA4v/S/+//1P/r//L/FQDS/+//7/8AAPr/7f/u/xQA+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/CQAAANL/0f/G/6n/2v/N/7//+v/Y/wAASwDg/8v/2f/f/83/4f/b/xwA6//q/wAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAA7P/r//n/7P/r/+b/0f/5/+v/FQDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+z/4v/v/9v/3v8bAOz/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+z/8//z/xQA6//n/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/s/+z/FADs/wAAFQAAAAAAAAAAAPT/+P/o//X/7P/s/+r/4v/p/x4AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/s/+z/7P/s/+z/7P/r/+7/7P/s//H/FADd/xUA4//U/+T/4v/x/9n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/+X/9P/u/xsA6v/5/+T/6/8YAOf/2P/s/+z/7P/i/+3/7P/u/xQA7f/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA6v8VAO3/6f/0/+b/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+z/7P/s/+z/7P/s/xUA6//s//L/7//r/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAA9v8RAAAA9f8AAAAAAAAAAPb/EQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAO7/HQDv//H/7P8AAOv/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAAAAAAAAAAABQA9v/t/wAAAAAAAPf/FQAAAAAAAAAAAAAAAAAAAAAAAADl/y0A6v/q/+j/6P/c/+L/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADl/+f/4v/h/xUA5//q/+z/6v8pAOv/6//q/+r/3P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAOL/6/8YAO3/7P/o/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAD4//v/7f/t/wAA7P8AABUA7f8AAAAAFAAAAOz/AADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/+//t/+3/AADs/wAAFQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/+P/6//b/AADb/9v/7P8AAO3/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7f/s/+z/7P/t/+3/FQDs/+z/7f/z//H/9P/i/xUA8//o/+X/5P/w/+z/5P8dAOP/FQAAAAAAAAAAAOv/AADx/xQA7P/4/+//AADo/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/t/wAA8f/s/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7f/s/+z/7P8UAOz/7v/s/xQA7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA2f/p/+z/6f/3/+D/4P8wAAAAAAAAAAAAAAAAAAAAAADS/xsA6P/b/+v/7P/l/9f/7P/s/+z/FADt/+z/7P/s/+r/6//r/+z/7P8VAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAAAAAN//6P8AAAAAAAAAAAAAAAAAAAAAxv/k/+v/7P/l/9z/IADa/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/9z/5f/q/+X/3v/h/+X/IgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/s/wAAAAAAAOz/FADz/wAA9f8AAAAAAADx/wAAEQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8ZAOj/5//o/+j/6P/o/wAAAAAAAAAAAAAAAAAAAAAWAAAAAAAAAPr/7P/q//X/6v/2//b/AAAAAO7/AAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/9P/u/xQA7P/s/+z/FADu/+z/7P/s/+z/7P/s/+j/7f/s/wAA7f8UAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPD/AAAAABQA7P/s/wAAAAAAAAAA7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+z/7P/s/+z/7P/s/+//AAAAAAAA7f/5/xQAAAAAAAAAAAAAAAAAAAAAAPD/7P8AAAAA9P8WAPb/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/7P/w//X/7/8UAOz/7P8AAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/8P8AAAAAAADp/xkAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAOr/5P/r/9L/4v/b/+v/FgAAAAAAAAAAAAAA4P8AACAA7P/v/+3/7P/s/+r/6P8cAAAAAAAAAAAAAAAAAAAAAADt/+3/7P/u/wAAFQDr/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7v/s/xQA7f/s/+z/AAAAAAAAFADs/wAAAAAAAAAAAAAAAAAAAAAAANf/3f/d/9//3P8mANn/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAPH/AAAiAAAA8P8AAAAAAAAAAAAA4P8AACAA2f/f/83/4f/b/xwA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+r/6v/m/+v/FQDr/+r/8v/n//H/7v/w/xUA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7f/v/wAAAAAYAOv/5P8AAAAAAAAAAAAAAAAAAAAA8v/y//L/AAD0/xQA7f/2/wAAAAAAAAAAAAAAAAAAAADo/wAAAAAAAAAAJwDq/+//1v/j/+D/6f/V/ysA0f/a/+v/7P/s/97/6v8VAOb/6f/j/+n/7f/q//P/6v/1/xcAJQD7/wAAAAAAANn/6//2/+L/AAAAAPj/AAAAAAAAAADt/+z/6//0/+//GADs/9r/AAAAAAAAAAAAAAAAAAAAANj/5v/p/9v/6//g/+r/IAAAAPD/AAAAAAAABQDz/+z/2f/s/+T/6P/0/xcA7P/r/+3/AAAAABQAAADs/wAA7P8AAAAAAAAAAAAAAAAAAAAA+P8AAAAA8f8AACIAAADw//P/7f8AAAAA9v8UAOz/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAABQAAADs/wAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+H/6f/o/+P/1v/W/ygA7f/t//b/8P/s/+z/7P8UAO3/8f8AAAAAAADu//j/FAAUAO3/AADx/wAA7f/s//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/xUA7P/s/+v/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPb/KADr//L/8/8AAOP/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/8//3//S/+b/xP8bANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/7P/x//j/9v/s/xsA8P8WAOz/AAAAAAAA9P/q/wAAHAAAANn/1f/X/9T/zv/l//X/FADs/+z/7//u/+z/7P/q/+T/6//S/+L/2//r/xYA5//n//P/5//s/+j/6f8WAO3/FADs/+7/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAUAAAA7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+7/AAAbAAAA2P/s/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/6/+//7P8UAOz/6P8aAOX/6P/m/+X/4//n/xgA+/8AAAAAAAAAAOn/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAHgDx//j/AAD6/+3/AADs/xQA7P/s/+z/7P/s/+z/5//p/+z/2v/s/+D/JQDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8v8VAOz/8f/4/+n/6//q/wAAAAAAAAAAAAAAAAAAAAAUAPL/9f/y//b/7P/s//P/AADw/wAAAAAAAAUA8//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/6//s/xUA6v/r/+z/8P/t/+z/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/9P/t/+7/FAD0/+z/AADw/+z/7f8UAPL/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9P/z//f/AAAAAOr/HQAAABQA7P/v/+3/7f/s/+3/7P/Y/wAA3v/e/9//AADq/+f/5f8AANn/2P/d/9f/EwDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P8rAOX/3f/b/9z/1f/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6v/q/+b/6/8VAOv/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+f/5//v/+z/5f8bAOb/4v/r/xgA7f/s/+j/6f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAD5//f/IAD4/wAAAAAAAAAAAAAAAAAAAAD3/yAAAAD7/wAA+f/o//f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgA0v/t/+3/2P/g/9b/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9//2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/xoA8P/x/+j/6v/h/+j/AAAAAAAAAAAAAAAAAAAAAOv/5f8AAAAAEADd/wcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAD2/+r/6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/t/+z/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAABIA8v/w//P/JwDu/wAA9//6/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEwAAAAAAAADt/wAA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADx/+v/AAAAAB8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAADADt/wAAEgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAPL/7f/t/+7/FQDs/+z/7P/s/+z/7P/s/xQA7P/s/wAA7v/h//D/6/8VAAAAAAAAAAAAAAAAAAAAAAAAAPH/3v/h/8n/9v/o/+v/AAAAAAAA8f/r/wAAAAAfAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/3/wAA8v/t/+3/7v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8UAO3/7P8AAOb/7v/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/w/+3/7P/t/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/0/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOb/3//0/+v/IgDk/9v/3//s/+z/8v/3/+7/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/6/+//7P8UAOz/7v/t/+z/7P/w/wAAFADs/9z/IADg//b/7v/0/+H/4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/2P/I//D/1f/p/9T/DQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/8L/CwDX/+b/tP8KALz/6//n//D/7v8AAN//FQDs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAASAOr/5f/j/9f/5f/g/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/2/+z/FADr/+z/4P/s/+z/8v/u/+v/FwDt//D/AAAAAAAAAADu/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAD6/w4AAAAAAAAAAAAAAAAAAAAAANj/2P/B//L/1P8AAPf/zP/c/9L/KwDf/9//1f/X/9z/AAAAAAAAAAAAAAAAAAAAANv/CQAAAA4A1f+8/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAJAO//AAAAAAsA5f/r/8X/HADP/8b/yP/Q/+3/xv8TAAAA6//t/+n/6v/Y/+X/FADc/+v/7/8AAO7/7P/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/FgDq/+3/+P8AAOr/8v/t/wAAAAAUAAAA7P8AAOz/AAAnAPn/AAAAAAAA4v8AAOz/6//s/+z/7P/q/xUA7P8AAAAAAAAAAAAAAAAAAAAAFADY/+r/2f/d/wAA6//Z/wAAAAAAAAAAAAAAAAAAAADt/wAAAAD6/wAAAAAAAAAABgDm/93/z//U/zAA0//I/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/o/9L/MADZ/97/AADK/wAAAAAAAAAAAAAAAAAAAADu/+7/7v8AAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW//f/8v8AAND/9//3/+7/AAAAAAAAAAAAAAAAAAAAAO3/7P8UAO//9P/s/+z/7P/4//f/6//w/wAA7P8WAAAAt/8IAOT/s//O/83/9f/M/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f8oAOP/8f/z//b/1//n/wAAAAAAAAAAAAAAAAAAAAD2/+H/xf/I//r/AADx/9j/7P8UAOz/7v/w/+z/7P/s/xQA7P/t//H/9P/s/+z/7P8UAPP/AAAAAAAA7P/s/wAAHgAAAAAAAAAAAPH/4v8AABQA7v8AAAAAAADs/+z/AAAUAO3/AAAAAAAA9f/s/wAA7P/r/xUA7P/t/+r/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPH/+v/z/+3/7P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/7P/y//T/AAD3/xIA7P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/+3/7f8UAO3/CAAAAOv/2v/Z/+z/2f/d/xAA7P/l/9r/3v/k/wAA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAPv/AAAAAAAA2f/r//b/AAAQAAAAAAAAAAAA9P8AAOn/FgDs/+3/6v/1/+P/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADv//T/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAOT/4v/o/+z/6f8XAOD/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/5//z/+f/7P/o/+n/FgDs/wAAAAAAAAAA7/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/7P8AAAAAAAAXAN3/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJQAAAAAAAAAAAAAA2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/+P/t/+z/FADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/6/8YAO3/7P/o/+n/7P/i/+v/GADt/+z/6P/p/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//q/xcA7P/r/+H/4f/r/wAAAAAAAAAAAAAAAAAAAADs/+z/FADt//D/7P/s/+7/7P/s/xQA7f/s/+z/7P/s/+n/6f8WAOb/6//o/+v/6P/r/+r/FgDf/+v/5v/q/+n/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/w/w4A6f/t//f/LgDe/+7/AADh/+H/3//j/wAAAAAAAAAAAAAAAAAAAADX/xEA2P/Z/9n/7P8AANj/AAAAAAAAAAAAAAAAAAAAAOv/7P/s/+z/7P/s/+z/FADt/+z/6//s/+7/FADs/+z/7P/u/+z/9//s/xQA7P/s/83/v//6/9j/AABLAOD/y/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/w/+3/7P8UAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArAOT/5//6/wAA6v/V/97/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAA8f8AABEAAAAAAAAAAAAAAAAAAAAAAOz/7//t/+z/7P/q/+j/HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAO3/7P/2/+7/5P/r//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P/s/+z/7P/s/+z/7P/s/xQAFADs/wAA+f8AAOz/7v/6/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAAAAFAAAABQA7P8AAPn/AADs/+7/+v/o/+v/AAAAAAAAAAAoAAAA1P/m/+v/4v/s/+v/6f8VAAAAAAAAAAAAAAAAAAAAAADs/+7/8P/u//j/7v8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/t/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAGQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/FADs/+7/7P/s/+z/7P/s/+3/7v/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/FADu//T/7P/s/+//AAAAAAAAAAAAAAAAAAAAAM//1f/Z/9j/1f8UAPD/4/8AAOz/AAAAAN3/AADs/9j/2P/Y/+L/5//k/9n/0/8lAAAAAAAAAAAAAAAAAAAAAADb/8X/1//Z/9b/JADo/8f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/7P8AABEA6P/z/wAAAAAAAAAAAAAAAAAAAAAIAOT/6//s/wAA+P/r/+X/7f8UAAAAAADu/+z/7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7f/t/+z/7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AADu/+H/8P/r/xUA5v/e/yMA5//s/+L/3f/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAO//FAAAAOz/7P8AAO7/4f/w/+v/FQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAPn/AADz/wAA5v/s//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/0/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuP/r/+n/xf/N/7P/LQDp//b/KADr//L/8/8AAOP/8P/l/x4A6v/s/+v/6//a/+v/7v/u/+7/AAAAAOz/FADs/+z/4//Y//f/6v/j/yQA2P/s/xQA+/8AAAAAAADs/wAAAAAYAPv/6P/u/+b/6f/r/+//FADs/+3/7f/t/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FAD3//r/7f/t/wAA7f/s/wAAAAAAAAAA+v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7f/s/+z/7P/s/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAO7/5f/s//P/AADr/xkA7P/r/+7/7P/s/+z/6//s/xUA7P/s/+z/7P/s/+z/7P8UAOz/6f/p/+v/6//m/xQA3/8AAPf/AAAAAAAAEgDy//D/2P+7/9f/wP/i/yIA5P/g/wAAAAAAAAAAAAAAAAAAAADw/+z/AAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAPX/7P/0/wAA9/8AAAAAAAASAPL/8P/4//f/6//w/wAA7P8WAAAA7f/2/wAAAAATAO7/AAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/7P8UAO3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8jAAAAAAAAAAAA6f/7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+f/7//p/+7/7/8hAN//AAAAAAAAAAAAAAAAAAAAAPH/FADu//T/7f/u/+z/7P/2/xQA7P/0/+3/7//s/+3/6/8VAOv/6f/z/+n/6//x/wAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAD3/wAA1P/V//L/+v/1/9b/LADb/+//FQDu/+7/7f/2/+j/7f/g/x0A5//4/+j/6f/k/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAOv/AADx/wAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/wAA7f/s/xQA7/8AAAAAAAAAAAAAAAAAAAAA7P8UAO3/8P/s/+v/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAPT/AAAAAAAAGgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/9f/s/+z/FADz/wAAAAAAAAAAAAAAAAAAAADZ/+L/4P/Y/+b/HgDp/9j/AAAAAAAAAAAAAAAAAAAAAPb/7P8AAPH/7v/m/97/DAAUAOz/7//t/+3/7P/t/+z/yP/A/9T/2//i/z4A1//Q/wAAAAAAAAAAAAAAAAAAAADt/+z/AAAUAPj/7P/s/+z/x/83AM//yf/X/+L/wv/W/+3/7P/t/+3/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/w/wAA8P8AAO3/GQDt/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v8gANn/3P/d/9r/4P/X/+//7f8AAAAAAAD5/xYAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f/t/xQA7f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/wAA8f8AAO3/7P/4/+z/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/w/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAANv/3v/Q/9L/1f/K/9L/LAAAAAAAAAAAAAAAAAAAAAAAAAAXAPr/AAAAAO3/6f8AAOz/FQDt/+//7P/x/+v/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/AAAAAAAAAADq/yYAAADx/yMA7v/u//T/5v/c//v/7P/t/+z/6//s/+z/EwDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAUAAAA7P8AAOz/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+7/7P/s/+z/7P/t/xQA7//7//D/AADt/+//8v8bAOr/7f/t/+3/6v/z/+//FADv//b/7//5/+3/8f8AAAAAAAAAAAAAAAAAAAAA7v8dAO//8f/s/wAA6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADr/+z/AAAAAAAAAAAAAAAAAAAFAOz/7P/s/+z/7P8UAOv/7P/q/+b/6v/r/+v/4/8ZAOn/7P/s/+z/7//t/+z/FADs/+z/AAAAAAAAAADv/xQAAAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/6//s/+n/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOz/7P/s/+v/6//s/+L/GQDr/+r/6//s/+j/5/8AAPX/AAAAAAAA8f8AABEA7P8AAAAAAAAAABQA7P/u/xQA7v8AAAAAAADu/+3/AAAAAAAAAAAAAAAAAAAAAAAAEQDB/9//1//b/+j/8P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+X/FAD4/+z/6//s/xIAAAAAAAAAAAAAAO//AAAUAOz/7f8AAPb/7P/s/+z/2P/c/9//3v/d/9f/JADh/wgAAAAAAAAAAAAAAPn/AAAXAOf/AADs//T/2f/p/97/FQDs//T/9f/3/+//6//y/wAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6/8AAPH/5v/D/xgA5v/t/+H/6v/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEQAAAAAAAAAAAAAA7/8AAO3/7f8AAPP/8f/v/xUA9v/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAaAOf/AAAAAAAA5P/p/wAAAAAAAAAAAAAAAAAAAAAAAOv/5v/u/+z/7P8NAAAA7P/X/+P/4v/s/+z/6/8lAOT/5v/e/+D/HADl/+b/3//q/x8AAAAAAAAAAAD4/+b/AAAAAAAAAAAAAAAAAAAAAAAANAC6/9H/yP/v/+j/zf/1/wAAAAAAAAAAAAAAAAAAAAAWAO3/AAAAAAAA+v/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC3/yAA5f/L/97/4P/q/8H/IwDt/+z/8P8AAOH/5P/t/xAA2//T/9L/z//b//P/yf8AAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAADQAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/s//r/AADy/+z/FADs/wsA2v/r/+z/6/8AAOr/4v8XAOr/8f/x//r/7//p/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAPv/AAAAAAAAAADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlAAAAAAAAAAAAAADb/wAA7P/s/+z/7P/s/xQA7P/s/ygA7/8AAAAAAAD1/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/u//D/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAHAD0/wAA9v8AAO3/5P8AAOz/6P/b/wAA7P/Y/xIA2P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAUAO7/AAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/+z/AAD5/wAA7P8VAPX/AAAAAAAAAAAAAAAAAAAAABYA6v/q/+v/8v/4/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/v/+3/7P/s/xQA+f+m/9X/7P/y/wAAyv8dAAAAAAAAAAAAAAAAAAAAAAD1/xQA7P/s/+//7v/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/2/wAAAAATAO7/AAD2/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f8UAOz/7P/s//r/7v8AAAAAAAAAABIAAAAIAOT/6//s/wAA+P/r/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAAAAUAAAA7P8AAOz/FADv//r/AAD3/+z/7P/s/wAAAAAAAAAAAADt/wAAEwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+z/6//s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwf/U/8H/yf+3/+n/uf8YAOL/2P/5/+n/5P/F//T/IAAAAAAAAAAAAAAAAAAAAAAA8//s/wAAAAAAAOz/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAA7v/s/+//7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/0f/s/+//KQDW/9v/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P/j/+j/6v8XAOf/3f/q/+z/FADt/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAO//+P/z/+7/8P8UAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAO3/7f/x//D/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/u/+z/FADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACAAAADh/wAAAAAAAAAAFADs/+7/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAAAA9f/t/wAAFgDx/wAAAAAAAOz/6P8AAAAAAAAAAAAAAAAAAAAAAADm/xcA6v/s/+z/6//q/+r/+P8SAAAAAAAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADx//D/AADv/+z/7P/v/+z/FADx/wAA7//t/+7/7P/s/xQA+/8AAAAAAADs/wAA2v8UAO3/7v/s/+z/7P/s//X/AAAAAAAAAAAAAA0AAAAAAAAAAAAAAAAAAAAAAAAA7f/Y/9//5v8AAOz/KADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//FADs/+3/7f/t/+z/8v8AAAAAAAAAAAAAAAAAAAAA6v/r/+b/6v/s/+v/FgDk/8L/tv/Q/+H/4f+4/z8Ay/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/e/yMA5//s/+L/3f/c/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAO//8v/s/+3/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/+v8AAAAAAADw/xQAAAAXANj/6v/v/+b/6//p/9j/6//p/+v/6//r/xUA6f/r//D/7P/1/wAAAADo/x0AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwAAAAAA+P8AAOr/8f8AAAAAAAAAAAAAAAAAAAAA5v/u/wAAAAAAACYA2P/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8GANj/2f/s/+z/AADZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/7/wAA9P8AABUAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAABQAAADs/wAA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAAAAAADs/+z/7P/s/+n/7P8AAAAAAADs/xQA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6/8AAPH/AAAAAAAAAAAAAAAAAAAAAPr/8v/f/+z/4v/U/+f/7v8XAOv/8v/s/+P/6//p/+j/AAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8AAAAAAAATAAAA7f/q/xUA6//r/+v/6v/q/+r/6P/u/+z/7f/p/xgA1v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAAAAbAAAA7/83AMX/1P/K/8//s//T/87/AAAAAAAAAAAAAAAAAAAAAPn/9f8AAAAAAAD2/xAAAADs/+3/AAAAAPH/FADt/+z/7P/s/wAAAADs//P/7f8UANn/5//q/+j/5P/g/+T/IwDs/+z/FADt//D/7P/s/+7/7f/s/wAAAAAAABQA8f/t/7v/9/+//yAAsv/b/8f/4f8AAAkAAAAAAAAAAAAAAAAAAAAUAPj/AADz/+z/7f/z/wAAAAAAAAAAAAAAAAAAAADZ/+n/6f/L/+T/KgDX/+H/1v/W//f/7P/a/w0A4/8XABQA7P/s/+v/7P/z/+z/7P8AAAAAAAAAAAAAAAAAAAAA7v/s/+n/8P/w/xUA7v/u/+z/7f8AAAAAAAAUAOz/7P8AAPr/AAAAAAAABwAAAAAAFADs//D/9v/v/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADj//X/p/+H/9f/+v8AANf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyf8WAMb/5P/X/9r/uP/2/+z/7P/s/+z/AAAUAPP/7f/r/+n/7P8UAO3/3v/p/+j/AAAAAAAAAAAAAAAAAAAAAO7/7v/u/wAAAADs/xQA7P8UANj/4v/s//r/7//s/9n/AAAAAAAAAAAAAAAAAAAAAOj/AAAAAN3/AADR/+D/1v8AAAAAAAAAAAAAAAAAAAAA7P/u/+z/7P8AAO3/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAFADs//L/7f/s/9//7P8AAO7/AADz/xkAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAA7f/s/+z/8P/u/wAAFADs/wAA2P/Z/9n/5P8VANf/1/8AAAAAAAAAAAAAAAAAAAAAEQC8/yQAwf/U/9T/1v/e/+T/2v/Q/9f/1//p/wAAGQDo/xMA1//Y/9//4f8AAM3/AAAAAAAAAAAAAAAAAAAAAPr/5v/r/+v/7P/p/9v/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/6P8AANz/2/8TAMX/0/8eAAAAAAAAAAAA8f/i/wAAFADu/wAAAAAAAOz/7P8AABQA7f8AAAAAAAD1/+z/AADx/xQA7v/0/+3/7v/s/+z/AAAAAAAAAAAAAAAAAAAAANH/6//T/9z/y//p/wAAGQDY/xYA5//a/+X/7P/W/+z/FADv//D/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9v8UAPL/+v/u//H/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8//6/wAAAAAAAAAAEwAAAPP/+v8AAAAAAAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/0//p/+f/9f/i/x0A6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA9P8VAPn/6f/2/+7/7P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAACgAAAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8MAOz/7/8AAAAAAADt//n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/s/wAAAAAAABUA7//t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/7P8AAAAAAAAXAN3/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJAAAAAAAAADk/+L/4//v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzP/s/+//9v/s/+z/NADr/wAAAAAAAAAAAAAAAAAAAAD6/+3/8v/7/+z/7P8GAOr/AAAAAAAAAAAAAAAAAAAAABIAAAAAAAAAAAAAAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+7/8P/s/+z/7P/t/yEAAAAAAAAAAAAAAN//6P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD6/+3/8v/7/+z/7P8GAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/Z/+7/+f/M/9f/2P8tAOT/GgDp/+z/6f/k/+b/6P8AAAkAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/9n/+//w/+3/GwDn/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/yEA4//k/9z/5v/b/+P/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/+v/e/xYA6/8cAPT/AAD2/wAA7f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/xUA+f/p//b/7v/s/+v/6//u/+z/7P/s/+v/7P8VAAAA8P8AAPf/+f/t//P/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/t/+z/6v/o/+z/7P8UAPj/+P/t/+3/7f/s/wAAFQDy/wAA9f/6/+z/+f/r/xUA7P/t/+z/8P/q/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAAAAADgAAAAAAAAAAAAAAAAAAAAAAAADy/xMAAAAAAAAA8f/t/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/xUA7//0//D/AADr//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAw//i/+b/2//y/7j/0v8AAB0AAAAAAAAAAADk/wAAAAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAPj/AADr/+r/6//r/+v/6f8VAOz/9P8VAAAAAAAAAO//7v/x/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAAAAAADs/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADa/xQA7P/s/+z/7P/s/+z/+P/t/wAA9f/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8VAPf/+v/s//f/6//z/87/8//R/8P/q/+n/wYAtf/s/xUA3v/e/+v/6//n/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPn/7v8AAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+7/7v8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAPD/9P/t/+3/6//z/wAAFQD6/wAA+f/6/+3/AAAAAAAA7P8TAAAA6//Y/+P/AAAnAAAAAAAAAAAA5v8AAO3/AAAAAAAA7v/v/xAA+f8AAAAAAAAAAAAAAAAAAAAAAAAVAPX/AADx/+3/7P/o/wAALQDs//L/AADk/9D/9P/3/xUA7//0//D/AADr//L/6v8ZAOv/6//r/+r/2//q/+z/FADs/+z/6//s/+r/7P8AAAAAAAAAAAAAAAAAAAAA2/8kAOT/3//g/93/1v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAAAA7P/s/+z/7P/s/xUA7f/u/+z/8f/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADj/xwA6f/o/+j/5P/f/+P/AAAVAPn/7v8AAAAA7P8AAPX/7f8AAPP/AADz/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/97/6v/p/+X/2v8fAOn/AAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FgDr/+r/6//q/+r/6v/u/xoA8P/x/+j/6v/h/+j/2f8pAOP/3//Z/+v/1P/a/yUA+/8AAAAAAADZ/+v/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAD7/wAAAAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAA8/8VAO7/9P/v/wAA6//2/8z/NwD7/wAA+v8AANb/AAAAABcAAAAAAPb/6v/r/+z/AAAXAAAAAAD4/wAA6v/x/wAAAAAAAAAAAAAAAAAAAADs/xQA7f/w/+z/7P/s/+z/7P8UAOz/7v/s/+z/7P/s/+X/FgDq/+b/5P/s/+X/4f/i/xkA6//q/+v/7P/o/+f/AAAAAAAAAAAAAAAAAAAAAOf/FgDr/+X/6//r/+v/6//g/x0A5//4/+j/6f/k/+j/7/8UAOz/7//s/+3/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//k/+v/6P8ZAOv/6//l/wAAAAAAAAAAAAAAAAAAAAD7/xUA7f/u/+z/4//k/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAO3/6f/0/+b/6f/r/wAAAAAAAAAAAAAAAAAAAADA/yMA3//n/+n/9f/L/9r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/xkA6//q/+v/7P/o/+f/5/8WAOv/5f/r/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADg/x0A5//4/+j/6f/k/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMAAAAAAAAA7f8AAPD/AAAAAAAAAAAAAAAAAAAAAO//FADs/+//7P/t/+z/7P/r/xUA7P/s/+v/6//r/+v/AAAAAAAAAAAAAAAAAAAAAOD/HQDn//j/6P/p/+T/6P/n/xYA6//l/+v/6//r/+v/7/8UAOz/7//s/+3/7P/s/wAAMQAAAAAAAAD6/8//+P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/AADt/+z/FADv/+z/6/8WAOv/7P/q/+r/6/8AAAAAAAAAAAAAAAAAAAAA7f8VAOv/7P/s/+//6v/r/wAAAAAAAAAAAAAAAAAAAADu/xQA9//6/+3/7f8AAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/y0A1P/U/9b/1P/T/9X/5f/l/wAAAAAAAPD/MgAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7P/u/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAGQD2/wAAAAAAAPX/AAAAABMAAAAAAAAA7v8AAPL/7P/s/xQA7f/u/+z/7P/t/+3/FAAAAAAA7P/t/+3/AADW/y4A0f/S/9P/3f/T/93/AAAAAAAAAAAAAAAAAAAAAPL/7P8AAPD/AADw/xQAAAD7/w8AAAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xAA2P/u/+z/6//r/wAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/3/yAAAAD7/wAA+f/o//f/7P8UAO7/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAkAAAAAAAAAAAAAAAAA0/8pAOj/3v/Y/9j/0v/Z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA7P/v/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAAAAAAAOz/7P8AAOz/7P/t/+7/7P/s/xQA7P8UAO//+v8AAPf/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P/r/97/8P/s/x0A7P/s/9r/7/8UAOz/7f/t/+3/7P/y/wAAAADr/+b/2P/a/+n/2P/t/wAAEQDZ/+j/6//d/+b/7f/t//v/AAAAABQA7v/a/+z/7P/s/+3/7f8UAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/t/wAAAAAUAAAA7P8AAOz/6//q/+z/FQDt/+n/7P/r/+z/8v/0/wAA9/8SAOz/+P8AAAAAAAAAAAAA7f8AABMAAAAAAAAAAAAAAAAAAAAAAOX/GQDm/+z/7P/r/+f/6P8AAAAAAAAAAAAAAAAAAAAA6P/m/+j/6//q/+r/FgDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/g/+n/6v8VAOP/4P/s/+b/6f/b/8z/zv/s/9T/LgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAOb/xf/N/8H/GQC0/7n/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/2P/o/9n/2P/o/9j/IQAAAAAAAAAAAAAAAAAAAAAA6//r/+z/6//s/+n/FADs/wAAAAAAAAAAAAAUAAAA7P8UAOz/8P/2/+//7P/s/+3/4/8AAMX/2/++//L/4f/n/+z/AADt/+z/7v/t/xQA7P/s/+z/7P/w/xQA6f/m/+v/AAAAAAAAAAAAAAAAAAAAAOv/2P/c/9v/4/8mANX/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/xkA6P/n/+j/6P/o/+j/DQDs//T/AADz//D/0//q//P/9P8AAAAAAAD4/xgA7/8AAAAAAAAAAAAAAAAAAAAA3v/r/97/4v/h/x8A3f/g/+z/7P/t/+7/7f8VAOz/6v/s/+z/AAD4/+z/8P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/wAA0P/C/8v/4P8AAPf/AAAAAAAAAAAAAAAAAAAAAO3/7P8AABQA+P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+L/AAAHAPj/EADY/+n/AAAAAAAAAAAAAAAAAAAAAN7/4f/s/+X/3f8eAN7/6/8AAAAAy//l/6//2v/4/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/9v/v/+z/7P/t/+z/GADz/+z/7P/s/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAA7P8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/yP/c/+D/IwDr/9H/7/8AAAAAAAAAAAAAAAAAAAAA4v/U/9n/1v8AABMA1//c/wAAAAAAAAAAAAAAAAAAAADt/wAAAAAUAAAA7P8AAOz/AAAAAAAAAAAAAAAAAAAAAPH/8//y/wAA+P/y/wAADwDo//L/7f/v/+3/JwDm/9n/0f/Y/+P/1f/d/zAAzv/U/+v/7P/s/+z/7P/s/+z/FADs/+z/7f/u/+3/7P/s/xQA+v/z//f/5v8jAPj/+f/d/+z/7P/s/+3/5v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAFADz/wAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADt/+z/7P/s/+z/7P/s/xQA6v/u/+3/FADx/+z/7P/s/97/8//x//L/3//n/+T/GQAAAAAAAAAAAAAAAAAAAAAA6v/P/+b/4f/6/+z/FQDs/+3/5v8AAAAA8/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/+P8AAPP/7P/s//n/FADh/+n/6//q/+b/6f/r/xgA5P/b//P/7f/Z/+r/GADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/FADs/+z/7//u/+z/7P/r/+z/7f8AAOz/2P/Z/xQA7P8UAO3/8//s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADu/+z/7P/s/+z/7P/s/+z/7v8UAOz/7f/s/+z/6v/k/+v/0v/i/9v/6/8WANr/5f/b//n/2v8fAOv/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6v/s/xQA3/8/APP/8v/3/9b/vP/q/+X/5//t/+r/2f/r/+v/FgD2/ygA6//y//P/AADj//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/xUA6//r/+v/6v/q/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+7/7P/s/xQA7//s/xQA7P/s/+v/7P/q/+z/6v/c/+T/7f8AANv/3f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKgDV/+3/6f/p/9b/4v/a/xYA6/8AAO3/7//p/+r/7P/u/+7/7v8AAPL/7P8AABQAAAAAAAAAAAAAAAAAAAAAAOz/7P/q/+X/6/8bANj/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/7P/z//P/+v/s/+7/FADs/xQAAADu/+z/7P8AANj/6f/s/+v/7P/v/xQA7P/s/+z/FADu/+z/7P/s/+z/7P/v/xUA7v/x/wAA8P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AABMA7P8AAO3/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f/t/xQA7f/s/+z/7P8AAO3/7f8UAOn/7P/z//T/AAAAAAAA+P8YAO//5v/m/wAAAAAAABsA5f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/+3/7f8UAOz/7P/s/+3/9//4/+z/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/w/+3/7P/t/+z/FADs/yIA2v/c/+X/3f/g/9f/2//s/wAAAAAAAAAA7/8UAAAAAAAAAAAAAAAAAAAAAAAAAOv/5//w/+7/AADf/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/7v/r/+r/6//5/wAA9f8AAAAAAAAAAAAADQAAAPX/AAAAAAAAAAAAAA0AAAD1/wAAAAAAAAAAAAANAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xkA3v/i/+n/7P/i/+v/7f8UAO3/7P8AAOb/7v/t/xQA9/8AAAAAAADs/+z/AAAUAPf/AAAAAAAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/wYA7P/w/wAA7P/Z/+z/AAAAAAAAAAAAAAAAAAAAAPT/5f/0/+7/GwDq//n/5P8AAAAAAAAAAAAAAAAAAAAA9P/l//T/7v8bAOr/+f/k/wAAAAAAAAAAAAAAAAAAAADj/9v/6f/r/yMA2//f/+T/0f/T/9r/2v8NANP/1//0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyv/D/8T/xv8oAM3/wP/3/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9/8KAOP/4f/U/97/zv/P/wAAAAAAAAAAAAAAAAAAAADn/+j/7P/n/xgA7v/n/+j/7P/s/+//7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f8rAMz/2f/W/+j/z//i/+L/2//r/+//FADp/+P/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+v8UAOz/7v8AAPr/7P8AAOz/FADs/+z/+P/s/+z/7/8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/4/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/s/+z/7P/s/+3/AAARANn/6//r/93/5v/s/+z/7P/s/+z/FADt/+z/2P/m/+n/2//r/+D/6v8gAOL/7P8AAAAAAAAnANP/7f8AAAAAAAAAAAAAAAAAAAAA5v/Z/9j/2f/i/xMAAADX/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t//r/8P/d/+z/7f8VAOn/EADa/87/4v/p/7H/BgAVAOf/4v/q/+n/4P/X//T/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//X/9P8AAPr/2v8AACYAAAAAAAAAAAAAAAAAAAAAAOj/2f/w/+v/6f/n/xoA5/8TAOz/8P/w/+v/6P/P/xQAFADs/+z/7P/s/+z/7P/s/woA2f/y/+v/4//b/9j/+P8AAAAAAAAAAAAAAAAAAAAA6//c/9P/0v/t/+v/uv8WAO//7f/6//f/8P8UAOz/7P/s/+z/AAAAAO7/6f/7/xsAAAD1/wAAAAAAAPH/AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7//w/+z/7P/s/+z/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/8/8AAAAAAADv/wAAFAAAAAAAAAAAAAAAAAAAAAAA3f8nANX/1//i/+P/3f/l/+7/7P/p//D/8P8VAO7/7v/Q/wYA+f/2/+n/7f8AAAAAAAAQAAAAAAAAAAAA9P8AAAAAAAAAAAAAAAAAAAAAAAAAAO3/AAAAAOj/4f/u/xAA7//0/wAAAAD7/+7/5v8dANf/+f/q/+X/2P8WANz/zf/m/+j/6f/m/xkA6P/n/+j/2P/s/+v/3P/k/9j/KADY/xQA7//6/wAA9//s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7f/s/xQA7P/s/+z/7P/v/wAA7P/s/+z/FADm/9z/AAAAAAAA+P/d/xgAAAAAAAAAAAAAAAAAAAAAAOv/FADs/+z/7P/r/+z/7P/n/+r/FwDs/+v/4f/h/+v/AAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAAAAAAAAAEwDs/+z/7P/t/+3/FADs/+3/AAAAAAAAAAAAAAAAAAAAABQA7P8AAAAAAADs/+7/8f/t/wAAAAAUAAAA7P8AAOz/4v/j/wAA9v/3/x0A5f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8AANj/2P/X/wAA1//X/wAAAAAAAAAAAAAAAAAAAADs/+r/7P/s/+z/6f8UAOz/6v/l/+P/7f/o/xEA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v8AAAAAAADs/+z/AAAYAOD/5//s/+z/6//m/+n/4P/s/+3/9P/u/+7/FQDs/+L/6P/m/+H/5//l/+b/GwAAAAAAAAAAAAAAAAAAAAAA9P8AAPP/AAD7/+n/DgDz/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/u/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANz/3P/k/+D/4v/f/9z/KADv/9X/4P/U/9L/GQDX/6//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/p/+z/7f/s/+//EgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANr/wP/q/9j/6v8oAN3/6P8AAAAAAAAAAAAAAAAAAAAA7f/p/wAA9v8AAMv/6/84AO3/FQDs/+//7//s/+v/8P8fANn/9P/t/9f/1v/U/+b/7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8AAOv/6//f/+n/3v8AANz/4//o/+r/FwDn/93/6v8AAAAAAAAAAAAAAAAAAAAA7//x//H/AAD2/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAeAAAAAAAAAAAA8f/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAA6v/f/+v/7P/r/+j/FgDu/+3/7P8AAAAAAADu/xQA8P/R/9v/2//e/8//QADE/8n/+f8AAAAA+f/4//D/+/8fAOj/5f/o/9j/6v8pANf/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/9H/3f/S/97/0v8eANz/AAAAAAAAAAAAAAAAAAAAABQA7f/x/wAA7//t/+z/+P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAABIA8v/w/wAAAAAAAAAAAAAAAAAAAADV/+v/3//v/xUA6v8AAOv/EgDq/+T/6f/r/+D/2f8WAOz/FAD4//j/7f/t/+3/7P/r/97/7//s/x0A7P/s/9r/AAAAAAAAAAAAAAAAAAAAAOv/6f/r/+v/6/8VAOn/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AADz/+3/7/8UAPb/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v8AAAAAAADs/+z/AADs/+z/7P/r//r/3v8WAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/9P/AADM/9z/6v8JABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/wAAAAAAAOz/FAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA7v/u/+z/7P/s/+z/tP+n/8z/xv+7/9f/VACw/wAAAAAAAAAAAAAAAAAAAADs/+7/AAAAAAAAFADw/+z/7//x//H/AAD2/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+/8PAAAAAAAAAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+r/7P/r/+z/6f/x/wAAAAAAAAAA7v8AABMAFADt/wAA8f8AAO3/7P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/+D/2v/i/9r/3v8kAN//7v/1/+7/7v/y/wAAEwAAAPf/7P/z//P/+v/s/+7/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/xQA7v/u/+7/7f/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/6//2//n/8v8XAPD/AAAAAAAAAAAAAAAAAAAAAOf/FgDr/+X/6//r/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/6//2//n/8v8XAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+3/7v/y/+7/EQDs//n/6v/6/9r/1P/h/8b/9v/U/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/s/+j/5P/r/+z/FgDs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x//j/7//t/xQA+P8AABYA9P8AAPj/AADr/wAAAAAAAAAAAAAAAAAAAAAAABYA7v8AAAAA6//q//H/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/IQDo//T/+v/x/9r/6P/m/xcA6v/s/+z/6//q/+r/5v8AAAAAAAAAABoA8f/y/+n/6//e/+P/AAAjANj/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v8AAAAAAADs/+z/AADw/+z/AAAAAAAA7P8UAPP/AAAJAAAAAAAAAAAA9/8AACEA8P/W/8f/zP+q/77/uv/f/9z/7P/3//L/8v8hAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPj/AAAAAAAA9f/t/wAAAADi//T/7P/5/+H/CwAAAAAAAAAAAAAAAAAAAAAAAADj/x4A5f/l/+P/1//i/97/HQD5/wAAAAAAAPD/4/8AABgA5f/p/+r/6v/k/+j/6f8bAAAAAAAAAAAA7P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/8f/w/+z/7P/t//D/6//t/+z/7v/V/xEA+P8AAAAAAAAAAAAAAAAAAAAAFwAAAAAAAAAAAPr/6f8AAO3/7P8AAAAAAADu/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6P/t//r/9f/s/xQA7v8UAOz/AAAAAAAA7P/u//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy//L/8v8AAPT/FADt//b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+j/3//q/wAAEgAbAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAAAA6//k/+L/3v/Y/9z/4v8AAKv/kf+c/97/4f+e/wAAAAAAAAAAAAAAAAAAAADs/+r/AADq/+z/7P/r/xQAzf8AAOP/x//F/6f/FADv/+z/7P/s//D/FADp/+b/6/8AAAAAAAAAAAAAAAAAAAAA1v8SAMr/t/+9/7X/1P/z/9D/8v/m/xMAy//Z//n/4f/Y/wAAx//S/wsA2P+7/9j/AAAXAAAAAAD2/+r/6//s/wAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/+3/FADt/+z/7P/t/wAAAADx/xQA7f/s/wAAAAAAAAAAAAAAAAAAAADu/+//FADs/+3/7P/s//H/AAAAAAAAAAAAAAAAAAAAABcAAAAAAAAAAAD6/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+n/3v/k/+n/0f/d/97/7f8jACUA+/8AAAAAAADZ/+v/9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAA7f/s//T/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/+v8AAOz/7P/y/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAO3/7P/2/+7/5P/r//n/FADs//D/9v/v/+z/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADO/+X/vP+8/7z/AADi/w8AKQDd/9j/zP/b/9n/zP/g/+7/FADz/+3/AADy/+z/8/8AAAAAAAAAAAAAAAAAAAAAKgDP/9L/0//S/9f/4v/X/xUA4//f//L/5//o/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABkA4P/p/+3/6f/g/+T/6P8eANz/5//0/9z/4P/p/9f/FADs/+3/7//s/+3/7P/s/xoA5//r/9X/4P/m/+X/6//s/+z/7P/t/+z/7P8UAOz/FgAAAAAAAAD6/+z/6v/1/xQA7P/s/+z/7P/s/+z/7P8VAOv/7P/y/+//6//r/+z/FADv//r/AAD3/+z/7P/s/zMA4f/u//L/6v/N/8j/6v8AAAAAAAAAAAAAAAAAAAUA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//y//L/7f/s/xUA6//o/+f/5v/v/+z/3P8aAPb/5f/g/+z/6//s/+X/6v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADkAvf+//8L/x//U/9T/wP/u//X/7v/u//L/AAATAAAAAAAAAAAAAAAAAAAACwAAAPj/AAAAAAAAAAD6/xYAAADs/+z/8v/t//j/7P8UAOj/7//t/wAAAAAAAPf/FAAAAOr/6f/o/+j/6//q/xcA6f/t//n/AAAUAPb/7P/s//D/7P8UAOz/7P/4/+z/7P/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FgDr/+r/6//r/+r/6/8AAAwAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAACwAAANf/LQDn/+j/0f/J/93/1//s/+z/FADt/+7/7P/s/+3/9/8VAO//9P/w/wAA6//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/v/+3/7f/s/+3/7P/4/wAAAAAAAAAA+v8WAAAA7f/s/wAAAAAAAO7/FADw/+v/6//s/+z/7P/q/+n/FAD1/wAAAAAAAPn/9/8gAPj/7P/y/wAAAAAAAOf/FQAAAAAAAAAAAAAAAAAAAAAAAADm/8//3//S/+b/xP8bANf/6f/l/+r/6f/s/+z/FwDp/wAAAAAAAAAAAAAAAAAAAADu/+7/7v8AAAAA7P8UAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAGAAAAIADo/+f/3P/r/+P/3//h/wAAAAAAAAAAAAAAAAAAAADw/+z/AAAAAAAA7P8UAPP/2f/f/83/4f/b/xwA6//q/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA5//p/+z/2v/s/+D/JQDY/+v/6v/r/+v/6//p/xUA7P8fAOP/5v/l/+b/1P/X/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/ygA6//y//P/AADj//D/7f/s/wAAAAAAAO7/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAAAADu/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7P/u/+7/AADy//D/7v8UAPX/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+7/7v/s/xQA7P8AAAAAAAD4/wAAAAAMAAAA3//t/wAAAAAAAPb/GwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA2f/c/+z/+v/o/+r/4P/B/9v/6v/o/+3/1P80ANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7P/y/+7/6//s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/9n/2f/b/9n/KADY/9j/AAAWAPT/AAD4/wAA6/8AAAAAAAAAAAAAAAAAAAAAAAD0//P/7P/r/+7/FADr/+z/AAAAAAAAAAAAAAAAAAAAAPD/5v/w//L/8v8VAO7/7P8AAPn/AAAAAAAAFQDw/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAmAAAA3P/p/+z/6//q/+3/GADt/+X/7P/s/+3/7f/t/xUA5P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7P/s/+v/7P/s/+z/7P/s/+7/7P/s/xQA7//u/+z/AAAAAAAAFAD0/+7/8v/2/+7/9P8AAOn/FwD4//D/AAAAAAAAAADu/xMAAAAAAAAAAAAAAAAAAAAAAAAA9v/t/wAAAAAAAPf/FQAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+3/AAAAAAAA9/8UAAAAAAAAAAAAAAAAAAAAAAAAAOb/5f/X/+L/3//m/x8Azf8AAAAAAAAAAAAAAAAAAAAA7f/u/+z/AAD2/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8VAOz/8f/4/+n/6//q/+z/7P/y//L/7f/t/xQA6//j/+L/6v/m/+r/3P8eAOT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/7f8AAAAAAAAAABcAAADe/9X/9P/7/wAA4f8jAPT/7P/u//D/7v/4/+7/FADt/+3/7P8UAO//8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAPT/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/wAAAAAAAAAA7f8UAO//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMv/7P8AAPn/AADs/xUA9f8RAAAAAAAAAAAAAADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f8AAPH/AADt/+z/+P/s/+7/AAAAAAAAFADw/+z/AAATAPH/7v/s/+z/6P/s/wAAAAAAAAAAAAAAAAAAAADY/9r/AAAAAAAAKADY/9j/AADP//b/9v/x//j/4P8pAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/7P8AAAAAAADs/xQA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/p/+v/6v/m/+n/6/8YAAAAAAAAAAAAAAAAAAAAAAAgAOT/6//s//v/4P/r/+f/AAAAAAAAAAAAAAAAAAAAAPL/7//6/wAAAAD2/xkA9v8YAAAAAAAAAAAA6//0/wAA9/8VAO//9P/w/wAA6//y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAPn/AADz/wAA5v/s//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/7v/d//X/2P/q/ysA6v/2/+3/2v/x/9f/5P8rAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/AADz/+z/7P/5/xQA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAuf+3/y0A6P/E/wAAwf+1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//j/7v/d//X/2P/q/ysA1f+x/8f/0//Q/zMAs/8AAAAAAAAAAAAAAAAAAAAAAADp/xMA6f/g//H/0v/t/w0AFADs/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADw/+z/AAAAAPT/FgD2/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACgAAAPr/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/+/8AAPT/AAAVAAAA7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AAAAAPH/FADt/+z/AAAAAAAAAAAAAAAAAAAAAMX/LgDy/+3/7v/c/9P/6P8AABQA2f/b/+j/5P/r/+j/AAAAAAAAAAAAAAAAAAAAAOz/7v8AAAAAAAAAABYAAAAdAOr/5f/p/9j/6P++/9T/zP8AAAAAAAAAAPn/NAAAAAAAAAAAAAAAAAAAAAAAAABBAAAAAAAAAAAAxv/e/+3/JAD1/wAAAAAAAOH/4f8AANf/7P/q/+f/9v/r/yQA2//s/+n/6//2//n/8v8XAPD/IgDd//b/AAD4/+L/7f/1/wAAIAD0/+v/+f8AAOX/AADs/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAABQA7f8AAAAAAADs//T/AADq/9v/2P/m/9r/2/8IAAAA7//t/wAAAAAAAPf/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+r/6//m/9f/AADr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//o/+3/+v/1/+z/FADu/wAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAA9v8XAAAAHwDa/+b/2//n/+r/4v/T/xQA+P8AAAAAAAD1/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAADr/wAA8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/7v/v/xQA7P/v/wAAAAAAAAAAAAAAAAAAAADr/+r/6v/r/+z/6v/r/xYAAAAAAAAAAAAAAAAAAAAAANj/2P/s/+3/5f8oANr/2v/0/+z/8P/1/+//FADs/+z/7P/s/+3/8P/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAC1/6n/v/8AAK7/IgC0/7n/AAAAAAAAAAAAAAAAAAAAAOz/7v/s//f/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAKQDi/+r/7P/z/9b/1//o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/6v/w/+//8v8cANr/2v/I/8D/1P/b/+L/PgDX/9D/AAAAAAAAAAAAAAAAAAAAAOz/8v/0/wAA9/8SAOz/+P/w/+z/AAAAAPT/FgD2/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgAAAAAA7P/r/wAAAADt/xQA6//s/+z/+f/3//T/9/8VAPr/8P/t/+7/7P/4//r/6/8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs//L/9P8AAPf/EgDs//j/+P8AAAAA8f8AACIAAADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/+v8AAPv/AADl/yYAAAAAAAAAHAAAAAAA7//2/wAA7v/u//H/7P/s/xQA7P/s/9r/FADt//D/7P/s/+z/7P8UAPf/+/8AAO//+P/y//n/AAAAAAAAAAAAAAAAAAAAAAAA8P8AAAAAAAAFAPP/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAAAAAAA7v8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//L/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAAAAAAANAAAA7v8AAAAA9P8AAOT/HQD3/wAAAAAAAAAAAAAAAAAAAAAbAAAAAAD4/wAAAADm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADt/+z/7P/s/+z/7P/s/xQA7f/s/+z/7P/s/+z/7P8UAOz/7P/s/+z/7P/a/+T/JwDO/+b/0P/d/9P/5//s/xkA2v/i/9//5v/r/+v/6/8XAOz/5//k/+v/6f/s/+z/FADt/+3/7P/s/+z/w/+z/zsAvv/H/8//zf++/+//6f9CAPb/+v/X/77/7v/s/+z/FADt/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v/u/xQA7P/w/wAA7P/t/wAA+f/B/+P/AADn/8f/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9b/AADY//P/5f8FANf/AAAAAAAAAAAAAAAAAAAAAOz/7P/7/wAA9P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/8f/v/+z/FADs/9n/5v8AABEAzf/Y/9r/+v/v/xAA4f8AAPj/2P8AANn/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO7/7P/s/+z/7f/X/+j/7P8WAOL/4f/p/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANz/2P/a/+z/AADr/+X/BgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FgDr/+T/6f/h/+r/6v/s/+3/7P/r/+z/7P8TAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s//j/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/n/+r/7P8VAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/v/xQA7P/t/+z/7P/x/wAAAAAAAAAAAAAAAAAAAADt//H/AAAAAAAA7v8AABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/FQDs//H/+P/p/+v/6v8AAAAAAAAAAAAAAAAAAAAAAAD1/wAAAAAAAPH/AAARAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6//r/+v/7P/q/xUA7P8AAAAAAAAAAAAAAAAAAAAA6//b/+r/6//k/+D/GADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/b/+z/7v/u/+z/FwDs/xQA7P/s/+r/7P/r/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/3//u/+3/6f/l/+L/HAAAAAAAAAAAAAAAAAAAAAAA4//i/+r/5v/q/9z/HgDk/wAA9/8AAAAAAAASAPL/8P/t/+z/7P/s/+z/7P/s/xQA7P/h/+r/5v/e/wYA4f8AAAAA9f8AAAAAAAAUAOz/8//s/+z/7P/s/+z/FADs/+z/7f8UAO3/7P8AAOb/7v/t/+P/4v/q/+b/6v/c/x4A5P/r/+//8v/1/wAAFQDr/+v/AAAAAAAAAAAAAAAAAAAAAOr/FQDt/+n/9P/m/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAADv//j/8//u//D/FAAAAAAAAAAAAAAAAAAAAAAA7f/3//j/7P/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwD5/wAA8/8AAOb/7P/4/xcA+f8AAPP/AADm/+z/+P8AABAAAAAAAAAAAAD0/wAA6//s/+3/8//v/+n/FQDz//P/7P/v/+7/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAPT/+P/s//T/AAAAAPb/6/8UAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/97/6v/h/+r/1//j/xgA7P8AAPD/7P/t/xQA8v/s/wAAAAAAAAAAAAAAAAAAAADs/xQA7v/s/+z/7P/s/+z/5P/s/+v/6P/s/+r/FQDs/+f/7P8ZANr/4v/f/+b/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA5f/a/+z/+f/p/+v/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/x/+z/FADs/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P8AAPD/7P/t/xQA8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPj/AAAAAAAAEwDx/+//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7//w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAPv/AAAAAAAAEwAAAO3/7P8UAOz/7//t/+z/7P/s/+X/5//v/+n/7v/v/yEA3/8AAAAAAAAAAAAAAAAAAAAADwDU/9j/AADr/9z/5P/l/wAAAAAAAAAAAAAAAAAAAAD0/+z/7//u/+//FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQA7P/s/+z/7f/s/+z/FADs/+z/7P/v/+3/7P/s/+z/FADs/+v/AAAAAO3/FADr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+r/8//t//T/JwDr/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/t/+z/7P/s/xQA6//e/+3/+f8AAAAAGgAAAAAAAAAAAAAAAAAAAAAAAAD2/wAAAAAAAAAAAAAOAAAAAAAAAAAAAAAAAAAABwAAAO7/9f/u/+7/8v8AABMAAADc/+D/2v/i/9r/3v8kAN//7P/s//v/AAD0/+z/FADs/+D/4f/j//H/7v/o/xsA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/u//n/7f/s/+z/9P/s/+z/7P/s/+z/FADs/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADl/+f/7//p/+7/7/8hAN//AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA8v8VAOz/8f/4/+n/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/8//wv/V/87/4/8aAMT/2P/E/9f/CgDW/w4A9f/y/wAA+v8AAAAAFwAAAO3/AAAAAAAAAAAAAAAAAAAAAOL/7P/u//X/AAAXAOn/6v/s/+z/7P/s/+z/FADs/+n/7P8UAOz/7v/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADX/9v/xf/I/73/5P/A/wkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/+7/8f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAML/2f+9/73/xP+z/wAAAAAAAAAAAAAAAAAAAAAAALT/pv+h/6X/4f8JAJ//9f/s/+z/7f/t/+z/FADs/+z/5v/m/wAAAAAAABsA5f/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/5P/n/xcA7f/q/+n/7P/r/+v/6f/r/xUA6v/i/+v/AAAAAAAAAAAAAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/0//W/9b/AADE/9b/EQAUAOz/+v/s/+z/7P/s/+3/0//T/9z/yf/Z/+L/0v8ZAAAAAAAAAAAAAAAAAAAAAADn/+z/GQDa/+L/3//m/+v/4v/o/9n/2f/o//X/2f8OAOb/6P/p/+b/GQDo/+f/6P8AAAAAAAAAAAAA9P8NAAAA1f/s/9T/yf8AAOr/5/8LAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2f/Y/wAA2v8AANn/2P8AAAAAAAAAAAAAAAAAAAAA4P/s/+z/8v/u/+v/FwDt/wAAAAAAAAAAAAAAAAYAAADs/+z/AAD5//b/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAA7v/v/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/7//y//X/AAAVAOv/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/m/wAA5v8AAPn/GAD0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P8AAAAAAADy/+r/AAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//AADs/+z/7P8UAOz/6P/s/+X/7P/s/xUA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAD3/wAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAPAAAAAAD1/wAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/0//P/8f8UAPX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAB4A8f/4/wAA+v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOAAAAAAD1/wAAAAAAAAAAAAAAAAAAAAAAAAAAFwD5/wAA8/8AAOb/7P/4/wAAAAAAAAAAAAAAAAAAAADV/9b/+/8AAAAA3f8rAOX/AAAAAAAAAAAAAAAAAAAAABQA7P/u//D/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/Z//v/8P/t/xsA5//j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/9//4/+z/7/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAFADt/+7/+f/t/+z/7P/0/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6P/r/9v/6v/n/+T/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8VAOz/7f/s//D/6v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/wAAAAAAAOz/6v/4/+D/+/8AAAAAAAAAACIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9f8AAAAAAAAAAAAADQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4f/k/+f/2P/b/+T/HgDm/9//1v/j/9//7f8UAAAA7P/o/9f/zv/M/9r/2P8tANP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//0/wAAAAD7/+7/5v8dAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P8UAOz/7f/s/+3/7f8UAOz/7P/s/9v/KgDg/9v/1//Y/9f/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+7/AAD6/wAA9f8WAAAAAAAUAAAAAAAAAO3/8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwAAAOj/vv/d/+X/2//d/+z/7P/s/+//9f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAIgDd//b/AAD4/+L/7f/1/xQA7P/t//H/9P/s/+z/7P/r/+3/7v8eAPf/2f/s/9j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/3/wAA7P/s//D/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/FADs/+n/7P8VAOz/6//s/+z/6//r/+z/7P/s/+3/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA6//r/+z/7P/s/+r/6f8UABQA7//6/wAA9//s/+z/7P/Z/+z/5P/o//T/FwDs/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//3/+z/AADs/+7/FAAAAAAAAAAAAAAAAAAAAAAA7//x//H/AAD2/+z/AAAUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA7P/v/+z/7P/s/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAUAPj/AADz/+z/7f/z/wAAAAAAAAAAAAAAAAAAAADO/+H/xv/O/+j/HgDj/+b/AAAAAAAAAAAAAAAAAAAAAN//8v/u/xgAAADx/+b/7P8AAOn/FQDr/+z/1P/Y/9j/6//s/+3/8//v/+n/FQDz/wAA+v8AAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+z/8v/2//H/FQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7v8UAO3/7P/s/+//7P/s/+z/7P/s/xQA7P/s/+z/AAAAAAAAAADv/xQAAAAAAAAAAAAAAAAAAAAAAAAA3P/r/+v/9v/w//v/EwDc/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/1//3/+L/8v8JAAAA6/8AAAAAAAAAAAAAAAAAAAAAKQDX/9j/2P/e/9v/1//Y/xsAAAAAAAAAAADs/+X/AAAVAOz/7v/x/+z/6//q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+b/7P/s/xQAAAAXAAAAAAD2/+r/6//s/9f/6//s/+X/6P8iAOP/5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB4A+v/m/+z/7P/s/+z/7P8UAOz/7P/3/+z/8//z//r/7P/u/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/+v/3//Z/+//IADb/+j/9P/l//T/7v8bAOr/+f/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/wAAFADz/+3/FgDq/+r/6//y//j/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/FgDs/+v/6//n/+P/6v8AAAAAAAAAAAAAAAALAAAAAAAAAAAAAAAAAAAAAAAAACsA5//p/+n/7//q/9X/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgCv/y0A8f9a/+z/rf/r/2X/5v/T/9n/3P/i/8b/FgAAANz/5v/o/+n/6P8aAOf/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/xQA7v/s/+z/7P/s/+L/5f/q/+n/6v/p/+f/GADp/+v/6//r/+r/FgDr/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9f/1v/O/wkA0P/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+//7P/s//H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/6/8AAAAAHwAAAAAAAAAAAAAAAAAAAAAA8v/v//r/AAAAAPb/GQD2/wAAAAAAAAAAAAAAAAAAAADw/yEAAAAAAAAA+P/1//j/0/8nAOb/5P/q/+n/yP/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5v/r/9//0P/s/9P/GQDh/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM7/AADX/9D/xP8hANb/1P/t/+3/FADs/+z/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAOz/7P/u/+3/7v/s/xQA7P/s/+z/6//s/+3/9/8UANf/7f/i//r/AAAAAOv/IQDz/wAAAAAAAAAAAAAAAAAAAAARAOb/6v+5/9z/z/8AAOP/6/8OANn/2v8AAN7/6v/X/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+//7f/t/+z/7f/s/wAAAAAAAAAAAAAAAAAAAADt/ygA+P8AAPX/AADY/wAAAAAAAAAAAAAAAAAAAAAAAAAAFADx//r/8//t/+z/8P8AAAAAAAAAAAAAAAAAAAAA7f/s/xQA7P/u/+z/7P/s/+n/4f/1/8P/5//o/+T/8P8AAPb/AAD0//r/AADq//D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAADc/+P/6P/q/xcA5//d/+r/AADb/+v/6v/s/8P/6f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA+P8AAAAAAAAAAAAAAAAAAAAAAADa/+z/8P/t/+z/7P8gAOr/FADt/+7/9v8AAOz/7P/s/xQA7P/s/+r/7P/r/+z/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAxf8xANH/z//Z/83/0P/T/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDs/+3/8f/s/+P/5v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwA2f/b/+H/5v/d/9n/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/FwAAAAAA7f/7/+n/9v/l/9f/2f/c/wAAGQDR/+D/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/5//u/+L/6P/n/+f/JQDY/+z/6v/r/+T/zv/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/FQDr/+v/6//q/+r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADEA1v/d/+3/2P/Z/9X/0f/X/+f/5v/p/+X/4//q/xsAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7v/w/+7/+P/u/xQA7f/Z/+H/4v+1/9z/EQDm/w8AFQDs/+z/7P/t/+b/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//T/7P/t/+v/6P8WANv/0v8qAOT/4v/X/9f/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/9v/2P/H/+n/y//b/yQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOH/5//q/9//5v8JAOv/6f/s//T/AAAAAO7/JAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAO7/7//s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/7P8VAO//6v/s/+v/2P/Y/+z/7f/l/ygA2v/a/+v/7P/t//P/7//p/xUA8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+r/GADr/+z/6P/l/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//f/8z/zf/g/wAAEQDQ/9X/JwDb/9n/3P/X/9r/2f8AAAAAAAAAAAAAAAAAAAAAGgD7/wAAAAAAAOb/+v8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/9v/a/8X/4P/p/87/AAAMAAAAAAAAAAAAAAAAAAUAAADY/83/yf/T/9T/2P8xANj/1v/h/+D/2//i/9f/IgDf/+z/7P/s/+3/7P/s/xQA7P/p/9f/4v/g/+r/3v/S/yUAAAAAAAAAAAAAAAAAAAAAANz/5f/q/+X/3v/h/+X/IgDp/xYA6//q/+v/6v/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/woAif+L/9z/DADA/8//2P/X/+n/6f/4/83/KQDW/+v/6//q/wAAAADq/xcA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAA7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAD5/8T/yP/F/73/9//T/7v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/r/+z/7P8UAOz/AAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v8WAOv/6v/r/+v/6v/r/+v/4v/r/+v/7P/q/xUA6v/O/83/1v/k/yEA1P8AAML/AADL/+7/6//q/+v/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//P/+f/w/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADT/8T/yv/C/8j/6//V/xkA6/8WAOv/6//q/+r/6f/q/8b/KgC5/87/1P/p/8T/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKH/BwDI/4H/mv+1/7r/4v/G/77/0f/N/+j/u/83ANH/zf/d/+P/3f/c/9v/IwDY/wAAAAAAAAAAAAAAAAAAAADm/wAA4P/Z/+L/EgDX/+H/2f9DANP/mf+n/8j/lP/r/6//aACu/6r/nv+//5f/qP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/2//f/9r/6//f/+n/IQDs/xQA7P/s/+z/7P/s/+z/KQDb/wAAAAAAAPT/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAMv/0f/Z/9P/0P/6/9L/6//a/+T/JgDk/9z/1P/b/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAM3/LgDS/9b/1//U/9D/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADe/+L/2f/V/+r/HADo/8T/7P/s/+z/7f/t/+z/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//p/+j/6P/z/+f/GADr/8b/zv8xAOT/zf/H/9L/1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/7P/s/+z/7P/s/xQA6//q/+r/5v/r/xUA6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v/q/+j/6//r/xUA7P/s/+z/7P/u/+7/6/8VAO7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/+z/FADs//n/4P/t/wAAuf/4/+j/0v/K/77/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPP/x//N/8r/1v8TAPb/0P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/8f/4/+//7f8UAPj/+v/N//f/8f/4/wYA2P/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3v8XAOz/6//r/+n/6f/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/z/8mANP/4v/Y/8//4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/7v/l/9z/7/8GAPn/7P/h/8b/5//X/9b/y/8sAN//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/+z/7f/z//H/7v/s/xQA8/8AAAAAAAAAAAAAAAAAAAAA6//c/xUA6//q/+j/6v/r/+f/4f/q/wkAFADJ//P/yv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvP/e/+r/7P/k/9X/JQDZ/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+z/7f/s/+7/6f8YAPL/tf8kAMD/u/+x/8//wv/k/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6f/n/+P/AADb/xoA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAABQA7P/t/wAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOf/5v/2/+H/6f/n/9v/GQDl/+f/IQDg/93/6f/S/+L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/x/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAA7f8AABUA4//f//L/5//o/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/s/+3/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPH/xf+9/8X/w/++/xQAuP/s/+z/7P8UAOz/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA2P/r/+z/7v/Z/9r/IQDr/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7f/t//n/8f/v/+z/9P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0//n/AAAXAPf/7v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/5//s/xUA8P/d/+L/2f8AAAAAAAAAAAAAAAAAAAAA4P/R/8P/yP/X/xkA6f+k/wAA5P/s/xQA6f/V/+X/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5P/5/wAAAAAAABsA6v/z/+z/7P/t/+7/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8RAAAAAAAAAAAA+v8AAAAAAAAAAAAAAAAAAAAAAADD/9H/EwAKAN3/y//b/9j/xv/L/+T/yf/e/xUAAADM/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8tANP/6P/R/+b/3P/I/+b/7P8UAPD/7f/s/+z/8P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/q/xMA1v/c/+T/zf/W/9j/LQDB/87/1v/f/8//AAAAAAAAAAAAAAAAAAAAABUA7f/t/+z/7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC3/7r/ov/u//D/+f/M/wAAAAAAAAAAAAAAAAAAAADi/xYA7P/r/+v/5//j/+r/z/81AMX/zf/K/9X/2P/J/wAAAAAAAAAAAAAAAAAAAADq/+v/6//r/+z/FQDr/+v/AAAAAAAAAAAAAAAAAAAAAKf/4f+q/5P/uv/6/67/HwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAADb/8//3v/N/97/1P80AND/AAAAAAAAAAAAAAAAAAAAAN//6f/p/+j/5/8XAOj/6//t/+z/FADt//D/7P/s/+z/7P/s/+z/7P/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7P/q/+3/7f/q/+r/7f8AAAAAAAAAAAAAAAAAAAAA+v8dAPP/8v/s/+r/BQDp/wAAAAAAAAAAAAAAAAAAAADc/zAA7//k/9X/1v/N/+P/AAAAAAAAAAAAAAAAAAAAAO3/7P/t/+z/FADs/+z/7P/Z/+7/EAAJAPT/DQDm/+b/7P/s//P/8P/0/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADs/+f/7P/s/xYA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/6v8VAOv/7P/s/+v/7f8AAAAAAAAAAAAAAAAAAAAA7v/s/+H/7f/r/+z/EwDt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN//5v/m/+T/5P/l/xsA5P8AAAAAAAAAAAAAAAAAAAAA0f/S/+v/0f8AAKj/6f8MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+n/AADu//r/6f/l/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD3/wAAAAAAABIA8v/w/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+3/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/FADn/9X/3f/g//H/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/2//h/+P/3P/V/+P/IADJ/wAAxf/D/8b/vv/N/xQAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/k/+f/6P/p/xoA2P/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/2P8VAOz/6//r/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/+7/AAAkAAAAy//s/8X/AAAAAAAAAAAAAAAAAAAAAOf/6f/s/9r/7P/g/yUA2P8AAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s/xQA8v/1//L/9v/s/+z/8/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/8//3/wAAAADq/x0AAADp/xcA5f/f/+b/6//r/+X/AAAAAAAAAAAAAAAAAAAAAOP/6P/p/+r/6//o/xgA6f8kAOP/4//n/+T/z//b/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+j/HQDa/+n/4v/p/+H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/JQAAAAAA9v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAAAAAAAAAAAA8v/6//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACsA5P/n//r/AADq/9X/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8aAOL/8P/o/9X/6v/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA6//p//P/6f/r//H/AAAAAAAAAAAAAAAAAAAAAAAA9P8AAAAAAAAaAAAAAADs/+z/7v/1/+z/7P8UAPP/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA+v8RAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOv/7P/p/9j/9f/2/9L/of8AAMX/AAD6//X/+P/3/wAA7/8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/2//s//j/JwDk/+r/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/6//m/+r/7P/r/xYA5P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/+v/w/xQA7P8UAOz/+v/s/+z/7P/s/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFwDW/9z/4f/a/9b/7P/Y/9j/5//q/+f/4//f/+T/IwDX/yEAyv/E/wAA1v/H/9P/AAAAAAAAAAAAAAAAAAAAABYA6P/w/+v/6v/r/+j/6/8AAAAAAAAAAAAAAAAAAAAA1v/s/+z/3//1/+D/GADn/+T/GgDp/+z/6f/k/+b/6P8AAAkAAAAAAAAAAAD3/wAAAAAAAAAAAAAAAAAAAAAAAM//yf/i/ykA1P/P/9L/4v8AAAAAAAAAAAAAAAAAAAAA0v8AAL//pP+I/5z/8/+g/wAAAAAAAAAAAAAAAAAAAADA/yMA3//n/+n/9f/L/9r/AAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/6//r/+v/6//s/+v/FgDr/+z/6v/q/+v/7f8VAOv/7P/s/+//6v/r/wAAAAAAAAAAAAAAAAAAAADr/w0A6//p/+v/5v/2/+r/AAAAAAAAAAAAAAAAAAAAALz/2f/R/wAABgD4/8D/9//s/xQA7v/s/+z/7P/s/+z/4f/u//j/3v/s/w0AAADY/+z/FADs/+v/7P/s/+z/7P/r/xkA3v/i/+n/7P/i/+v/AAAAAAAAAAAAAAAAAAAAABQA9/8AAAAAAADs/+z/AADs/xQA7P/u/+z/7P/s/+z/4P/S/93/6/8XAOT/z//c/wAA8/8XAPT/+P8AAO//7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/+7/6P/q//v/9v/p/x0A7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/6//Y/9j/FQDq/9X/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADN/7b/+//E/8//xP8qANz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr/+z/7P8AANz/6//o/9z/4P/a/+L/2v/e/yQA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/AADd/9H/0v++/+j/w/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOv/6f/f/9//9//b/9z/7v8UAPP/7f8AAPL/7P/z/wAAAAAAAAAAAAAAAAAAAAD3//n/AAAAAAAA+P8bAO//6v/p/+j/6P/r/+r/FwDp/+3/+f8AABQA9v/s/+z/8P/k/xwA5//o/+n/0//j/+b/FwDo/+b/3f/m/9v/5P/q/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+z/7P/s/xQA1v/C/9n/yv/X/8X/MwDU/xUA7P/s//L/7v/r/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//8P/v//b/9f/t/xQA7v8AAAAAAAAAAAAAAAAAAAAAHQDr//D/7v/w/93/2//x/wAA5P8AAAAAAAAAACEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/+v8WAO//7v/5//f/7P/u/+T/AAAAAAAAAAAAAB4AAAAfANr/5v/b/+f/6v/i/9P/AAAAAAAAAAAAAAAAAAAAAOP/6v/p/+n/6f8XAOL/6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcAAAAAADv//b/AAAVAMv/AAAAAPX/7P/V//X/JgDk//j/+f/6/+7/3v/2/+z/7P8UAO3/7P/s/+z/7P/F/9r/HwDf/8r/3f/l/+f/6//r/xcA7P/n/+T/6//p/wAAAAAAAAAAAAAAAAAAAAC8/woA0//5/wAA9f/E//H/AAAAAAAAAAAAAAAAAAAGAOP/7P/t/+b/6//q/xcA6f/t/+X/AAAAAAAA7f/q/xgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/9z/6//j/9j/3f/i/yoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8AAPD/7P/t/xQA8v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOj/6P/o/+T/6f/h/+P/GQD1/wAAAAAAAAAAAAANAAAA6P/X/87/zP/a/9j/LQDT/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/+//Y/9P/1f/W/wAAAAAAAAAAAAAAAAAAAADO/+H/xv/O/+j/HgDj/+b/7P/r/+z/8v/2//H/FQDr/+3/7P/u/xQA7f/s/+z/7/8JANP/2//Y/9j/7//W/9f/3f/a/+L/1P/T/xEA2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5f/K/wAA4v/2/8L/AADU/6//AAAAAOP/+P+1/+j/8v/Y/+7/4P/S/9r/8P8AAAAA7P/s/+7/7P8AABQA4f/w/+z/7P/s/+z/7v8UAOz/8P8WAO3/7P/2/+7/5P/r//n/2P/q/9n/5v8LAOz/xP8KAAAA2f/a/97/2P/c/9z/AADF/wkAxP/W//D/0/+7/wAAxf/W/9j/1v/Y/y0A1P/W/8v/6//m/+v/6v/6/97/CwAoANX/sv/M/73/3v/z/8z/7/8UAO//9v/v//n/7f/x/+7/FQDs//X/9f/t/+v/9v/w/xQAAAAAAO7/7//6/+//6//f/yIA9P/4/9f/2f8AAA0A6/8UAO7/6//q/+f/7P/w/wcA2v/N/8P/7f/3/8r/AADT/9b/4v/W/8b/9P8jAOn/CwAIAN7/1v+9/+j/z/8GAMn/vP/Q/7v/AADM/9v/2P/Y//T/AAAUAN7/8v/6/+7/7P/t/+3/7v/t/xUA7f/S/9//MADM/83/2P/a/8n/6f/j/x0AtP/B/+j/1P/e/+r/7P8UAO//7P/q/+z/7P+1/9r/0P/A/wcA9f/y/ygA+P/v//X/8/8UAO3/4f/r/8z/x//n/9b/AADS/8z/GwCp/wAApf8AALH/5f/W/w0A2P/X/+z/4f/f/wAAHwDY/+j/5v8HACAA5//D/8r/0f/s/+v/AADX/+z/FADn/+v/7P/r/+z/5v/u/xQA7P/s/+X/3//0//f/5/8AAAAAz/8UAO//8f/7/wAA7P/e//T/4//1/wAA8//r/9r/FQANAOz/7P/s/+//7f/s/xQA7P83AMn/AADn/8v/2/+q/+L/6f/s/9z/7P/h/xQACQDl/8D/0//J/wAAy/8FANz/3f/a/+z/xv/q/9n/EQAAAOn/FAD4/+7/AAAAAOz/7P/s/+z/7P/s/+3/7P/s/xQA7P/s/xQA7P/s/+z/7P/s/+//7P/u//D/AAAAAPL/FAD6/+n/wf/Y/6L/4v8jAAAA0P+2/7//2/81ANn/sP/g/+z/2//N/wAA4f+z/wAAv//F/+f/7P/v//X/7v8UAOz/7P/5/7v/r//L/6T/6/8mAO//AADs//X/9P8AAOz/2P8UACYA4v/Y/8r/1//S/+T/1f8YAPP/8P/d/8j/5P/N/8f/AADk/+j/2f/0/+z/7P8FAOv/6v/s/xUA7f/p/+z/6//Z/yAA1P+7/97/3//r/9b/EADo/+v/6v/l/+r/AADb/+r/AADs/+T/3v/s/+z/CgDs/+z/FgDq/+z/7v/s/+z/3v/k/+n/0f/d/97/7f8jAOb/CQAAALj/xP+9/+//+v8PAMz/0v/Y/+7/AADW/9L/FAAAANn/5//h/+T/vv/b/xwA2f/5/wAA8f/v/+b/8//a/+7/7P/y/+//IgDs/97/IgDZ//j/7f/l/+v/2v/r/+z/6v8AAAAA7P/2//D/FADt/+3/AADz//H/7/8VAPb/w//l/wAAv//Z/wAA3f/z/77/CwDQ/7H/vv8RAMz/w/+4/9//w/+p/4n/AAAXAMP/uv8kAMr/0v/E/+T/6P/A/9X/MQDP/9f/1f/i/8L/1//M/1oAt//g/8H/tf+y/7//vf8+AMT/yv/Q/8j/wv/B/wgA6//s/+v/7P/Q/wwA3f8lAOn/AAAAAAAA2v/e/wAA6v/r/+7/9f/w/+3/FQDx/+f/FADo/+//3P8AAOv/6f8OAB0AtP/n/6H/6P+x/+H/7P8UAOz/7P/s/+z/7f/s/93/0f86AMr/0P+z/8b/CAAVAOz/7P/s/+z/6//q/+z/6//2/+//7P/u//H/7P8ZANf/xv8KALX/1v/d/+X/EwDs/+z/FgDq/+z/7v/s/+z/BgDk/+j/0//X/+P/AAAXAOz/5P/v/97/+v/s/9z/CQDa/+b/1f/j/6f/EQCp/9v/2P/u/+D/0v/a//D/AAAAAND/3f/k/+v/AAAwAN3/3//o/9D/7/8PAND/2P/b/wAA7P/s/+z/7v/s/+z/FADs/8T/BwDZ/9f/zv/r/9P/FADX/ycA1//X/9v/2P/W/+T/7f/l/+T/0v/n/xgA6f/n/+X/2v/q/+P/AADg/9z/DgAgAOv/7P/t/+f/AADX/9b/8v+d/6f/nP+t/wgAAADn/xYAGADG/8P/1f+2/8D/3/8kANn/7P/p/77/6//M/8T/xv/Q/wAAAAAAAA8AAADJ/8n/8P+d/6n/qP/T/wAA5P/o/7H/vf++/xMAHACz/+P/6//5/7X/vP8kALn/rP/e/8P/z//A/9P/6P/e/zYAxf/n/97/6v/p/+X/2v8fAOn/vf8SAOv/9f/5//f/FwAAAO7/5v8AAOb/AAD5/xgA9P/p/9j/zP/W/+//9v8SAAAA7P+i/6z/y//m/xAA6f/0/9r/6//v/9b/0/8TAAAA6P/s/+z/7//z//P/7P8UAO//NwAAAAAAAAAAALX/8P8AAOL/5//5//b/+P/a/x4A6P/W/+v/5f/r/+L/1P8XAOf/7P/n/93/2P/s/+z/AAAQAOv/5v/n/+b/6f/q/xcA7P8dAOn/7/8AAOz/0v/g/wAA5//r/+z/+v/0//H/FADp/9j/4//r/+//6//q/+z/IgDB//T/9v+6/8//EQDD/8f/GgDn/+z/2P/g/+b/5f/r/8L/vf/D/ysAyf/F/8r/DQAQAJX/bv9u//r/BgDI/+7/FADq/wAA+v/v/+z/9P/s//r/2f+7/9z/wv8AALv/AADt/+z/7P8UAOz/0P/r/+z/9f/2/8P/7//O/xUA0/+//+n/6//y/+j/3P8ZAOT/6//Y/+f/2//i/9z/EADd/wAAAADY/+r/0v/N/wkAz//c/+b/6//s/xUA6v/g/93/AAAAABUA9/8AAPb/7v/s/+z/zf8NAJ//hv+z//n/5f+j/7b/5//h/3f/jP8AAPj/CwD4/+X/yP/O/+D/3f8QAMr/GwDC//H/7P/d/7j/4v8YAO//jf8WAAAAtv/g/8z/IgDs/+z/7P/u/+z/7P8UAOz/7P/s/+z/7f/s/+z/FADs/xQA7v/t/wAA9P/x/+z/+f/Z/9n/2f/f/97/1P8qANf/1//b/9T/8v/i/9X/JwDd/9j/7v/g/9L/2v/w/wAAAAAAAMX/1f/P/9j/DADC/+P/AAAPAOf/7P/Y/9r/1/8AACcA6//r/+v/5f/T/9D/1P/n/xcApf+S/6b/+P+h/8H/tv8dAPD/pv/F/+X/rf+//9D/xf8AALr/tP8gAIL/7//r/+f/6v/s/wAA7P/q/wcA7P/Q/9T/2v8AANP/3v8AAPr/DgDg//f/5//H//H/4P/s/+z/7v/x//D/7P8UAO3/yv/G/xAADQDC/+X/3f/G/9D/EgDa/+P/3P/Z/wwA4f/s/xQA7P/u/+z/7P/s/+z/sP8kAOf/5f/a/8H/7f+0/+f/CgDp/+r/6P/Z/+P/AACr//H/3f/O/9H/xf/a/x4AFwDY/8n/EwDo/+n/1v/I/9f/t//a//P/0P8TANv/9f/s/+v/7P/m/+7/FADs/+z/8v/1//T/AAD6/9r/AAAmAAAAJwD5/wAAAAAAAOL/AADW/+z/7v8UAOv/7P/v/+b/EAAAAM7/yv/r/+r/7P/E/8z/6v/G/+b/2P/E/+n/MQAmANz/5v/S/97/yP/Z/+T/4v/A/+//1P/r/xYAAADr/+z/1//i/83/5/8VAOz/6v/J/8n/5/8HAPr/EgAUAK3/7P/r/83/5P/h/+z/FQDm/8r/6/+7/9H/uv+v/xwAr//x/+//t//t/8P/1f8AANX/yv/n/+T/4v/k/xwA5v/s/+3/7P/s/+z/7f/t/xUA7P/T/yMAwf/G/9f/AADL/9P/7P/0/7b/zf8jAAAA3f/e/+n/6//d/9j/EQDp/9j/AAD1/8j/0P/b//P/4P8OAPn/yv/p/+r/3v/o/xcA6P/q/8r/CQD0/83/2P/V//D/y//l/9r/6//j/wAA4P/c/w4AAADX/7H/+f/l/9b/+P+e/+X/2v/q/+P/AADg/9z/DgDn/x4A6f/t/+z/xv/m//H/5P/K/8f/6v/i//H/BQATAO3/GQDr//H/7P/z/+j/7/8AAOr/2v/o/+v/4P8GAOb/0P/V/+v/1//q/+v/JwDc/9j/7P/p/9j/6/8SAN7/AADQ/9H/6f/u/+X/zP8AACgACgDo/+T/1v/s/wAA6v/c/9D/1P/Z/9n/EgAAAPr/2v8XAOz/7f/x/+z/4//m/+z/2v/u/+z/8v/v/yIA7P/e/9j/u/+t/+X/t//6/9L/DwDt/xYA6//r//j/5v/q//b/7P/e/wAAAAAAAO7/EwAUAOz/FADs/+7/7P/s/+z/7P/s/+z/6//w//j/7P8UAOz/2P/q/+v/7v/w/+f/HQDb//X/7P8AAAAAAADt/xQA+f/S/xAAvP++/9P/w/8AANT/FQDI/+v/8//s/+z/3P/h/8H/1P/Z/+X/1v/o/ycA6f/G/9f/7P/4/9//4v+s/wwA7P8AAO3/7P/u/+3/FADs/+n/3//O/+L/6f8IAJ3/8P8cAMr/2v+0/+H/3//q/wAA7P/d/8T/yf/q/+z/FQAAALz/4v8AAL3/zv8IAAAAzf+2/9r/0P/L/xMA1v8NAOX/4v/r/+P/1//Y/xQA2P8AACsAqf/P/+j/z//N/6H/7/82ALL/1f/F/8v/CwC9/9b/TwDD/9r/2f/Y/7f/p//R/yQAtP+h/47/+v/J/5//9P8AAOr/1//h/9//AADg/wAAt//a/7L/yf/P/93/8P/V/xEA2v/a/+T/DADm/+b/AADs/+z/7f/u/+z/7P8UAO3/0//V/+f/2v/a/87/LQDW/+z/7P/v/+7/7f8UAOz/7P/t/+3/AADy//D/7v8UAPT/2//R/8//zf/l/x8A6f/S/9j/9//d/8v/3v/l/wAADgDp/+b/FADp/9L/yv/q/w8A2P/P/xIA2//a/9T/9P/P/wAAvf/X/9L/2//s/wAAyf+h/7z/sv/S/wsADACr/wAA1P/r/9j/7v/t/yoA6//r/+v/5//q/93/3v8cAOP/2P+m/7L/8/+z/8L/0v+0/0cArv/A/7z/1f/B/87/nf8+AO3/7P/t/+7/7v/s/+7/FADO/9H/+v/1/wAA0v8AAOH/KQDs/8r/0//V/+r/0v/X/xgAGQC3/9H/wv/r/+f/0P/Y/xMA2P/z/+r/8P/6/9j/1f/Y/+H/3P/o/wAA5/8RANj/HADb/9b/3v/n/wAA2P/B/7v/0v8AAMv/EADz/+v/7f/r/+v/6v8AACoA4v/f/wAAEgDb/93/AADe/9b/4//Z/9P/zv/x/+H/IgDe//f/RQC+/8X/wf/L/6T/vP/E/9j/1//W/+j/9v8PAAAAx//r/9D/FgDm/+3/4//r/+r/4v/J/+v/KQDV/9T/zf/Y/9z/2P/W/8j/3P8AAAAAFwDG/9v/4//v/+T/4v/c/yQA+v/x//X/AAAAAOv/KgAAAO3/2v+s/+X/z//r/7f/JgAwAMn/5v/j/+//1//S/+3/7P/4/9z/3P/V/+v/DgDs//v/FQDI/87/uv/H/83/xP/r/+n/6//r/+v/FQDp/+v/DgAAANf/3//3/+r/5f/W//j/AACy/8X/0f/o/9X/+v/Z/9j/3f/s/wAA7P/r/w8A6//p/xkAvP/j/+j/1//s/7j/lf/X//n/yf8hAK//6v/v/+b/7P/s//H/7P8TAOz/y/8RAMz/4f/Y/wcAzP/h/9T/AADx//n/5f/5/9f/8v/k/+X/GADO/97/7//q/+n/zf/Q/zAAzv/O/97/2f/R/xQA7f/b/+D/3P/s/wAA5f8AAOz/7//v/+//EADX/9n/7v8AANn/6//f/9j/AADY/8n/w//X/7//2//J/97/JwAMAM7/x//S/8v/+f/f/8L/7P/s/+z/6//s/+n/FADt/9j/2//h/8b/3f/d/ygA4P/t/+z/7P/s/+3/7f8VAOz/5P/s/ycA6f/s/9f/2f/g/9j/CgD3//P/9P/Y/+D/AADw//n/yf+0/8j/rv/y/4f/6v/W/9j/1f/w//D/KQDd/+f/6//r/+z/8f/n/xcA7v/Y/+7/4P/S/9r/8P8AAAAAFgDT/9v/3P/6/+z/8v/R/wcAvv/J/7H/6//z/wkAxf/r/wAAz/+x/87/4/8HAAkAEAAaAAAAAAAAAAAA6/8AAO7/6/8AAO3/AAD5/xYA8/8TALD/CwDC/73/AADr/8j/6//r/xQA5//s/wUAAADQ/wAA6v/n/8r/w/8XAM3/xP/Y/+r/6//u/+//5/8cANv/5/8iAOr/7v/q/97/5v/r/+v/2f/a/+H/2//X/yAAzP/a/zAA2//X/9f/4f/V/+H/+/++/7X/xP/S/+3/EgCq/+r/1f/q/+n/6/8TAAAA6//0/xUAAAAAAAAA7//u//H/z/+8/8f/NgDC/9T/v//n/+L/AADo/xMA7P/Y/+D/2f/s/+3/8//x/+7/7P8UAPP/nf/N/9f/0P+d/08AoP+x/8L/z//P/63/tf9NAOD/tf/Q/8z/z//K/9D/MgDK/83/v//Q/+X/AAANANf/0/8NANf/2P/J/8//8f8AAMj/7P/e/+3/4P8TAN//1P/v/+P/9/8UAPP/+v/7/+r/8P/v/+v/5P/f/9r/7P8eAOv/2/8lAM3/xP/C/9X/6//h/9b/7P/n/93/2P/s/+z/AAAQAPX/v//L/+T/FADg/9j/4//X/8P/3f/H/9T/xP8uANX/7P/r/xUA3P/m/+z/6v/s/6j/rf/L/8D/3f/1/+v/+f/1/wAA2//6/wAA6f/y/x0A8P+//8H/xP85AM//zv/B/+H/BQDP/8v/zv/h/wYA2f/k/+r/8f8AAPb/FAAOAOv/+P/r/wAAAAAAAAAAGwD0/+b/5P/h/+T/3//i/xsA2//7//j/5P/P/8D/1f+0/wAAvP/Z//v/wP/4/+P/tf8IANr/1v8AANz/4f/5/wYA1//a/yQA2//k/+z/2P/r/9//8P/s/wAAAAD0/xYA9v/q/xwAuf+9/67/uv/Q/+X/9//i/9n/wP/U/9n/9v/b/xUA2v/q/xQA5v/o/9j/9//s/+z/6//s/+b/7/8UAOz/6/8TANH/5P/m/+v/+P/o/8j/AADX/8X/wf8TAPn/2//e/9L/0v/G/9r/5P/S/w8AJQDs/+z/2P/t/xQA2v8AANr/rP/O/87/0f/x/wcA7f/3/+P/6P/r/+3/8v/X/ykA7v/K/9P/FADp/+v/2/8QAOz/zf/r/+j/6//q//n/4v8LABUAzf/s/8j/7P/M/yIA2f/s/w4A6//W/+r/6v/d/9T/2/8AAOb/2f/P/wAA6v/M//P/1v8AANv/2P/D//b/2v/J/+v/7f/t/9j/GgDH/9P/1P/g/9b/3//e/97/KADM/+f/6//r/+z/8f/n/xcA7v+5/8j/+v/L/9T/BgDP/x4Azf/P/8b/wv/h/y0A2P+1/8P/6P/6/8P/1v8OAOz/4P8AAOX/+v/t/+D/8P/c/wAA7P/s/+3/7f/t/+z/FADs/+T/sf8AAN7/6//L/8v/DgDh/97/1v/Y/9j/5P8oAN7/1f/w/wAAAAAAANT/LAD3/9X/8P8AAAAAAADU/ywA9//N/xoA3f/l/9n/6//t/93/1v8vANn/4f/W/8v/x//c/9z/GADl/+v/6f/s/9z/6f/U//T/0v/c/7n/8P/R//X/6//o//T/4P/N/83/5P/e/+z/7P/x//D/7f/s/xQA8v/Y/+7/4P/S/9r/8P8AAAAA7P+4/7z/wf/h/xoA2//D/+v/7P/u/+7/7P/s/xQA7P/p/9P/yf/r/wgA5P8YANb/FgDT/9P/2f/k/wsAxv/f/wkAEwDi/9j/2f/r/wAA1P/k/ygA2P/l/+f/4v/X/9j/+f/c/9z/3v/s/9j/DQDd/97/6P/i/+r/5f8bANv/6f/q/+z/7P8VAOz/6v/h/+z/FADE/+H/5v/g/8b/yf8AANz/AADX/9b/2//m/xIA1v/N/+v/6P/r/+r/+f/i/wsAFQDU/wAA1f/r/+v/2//q/9n/5v/d/+X/x//2/xEA+P/s/wAA7f/s/+7/7f8UAOz/8P/T/7D/4P+5/9L/FQC5/8T/vP/a/9j/2P+9/0QAx//s/+7/8P8AAAAA8v8UAPr/7P/u//D/AAAAAPL/FAD6/+X/4P/r/9n/7P/e/ycA2P8AAOT/8v/4/+7/AADb/9f/4P/d/wAA5f/W/wYACgDO/7r/vv/D/7z/0f9CAMz/zf8PANf/zv/E/9z/9v/4/8T/AAAgAAAAAAAAAO7/4//y/+b/JADf/9z/1P/f/9r/x/+g/2AAyv+z/8n/rf+N/7j/6P8eAOv/6//p/+n/0//j/y0A1f/X/9T/4//Q/9T/CADs/+z/7//z//P/7P8UAO//wv/e/+P/9//x/8z/wv8yAA0A2v+t/0L/yf/A/83/xf/f/w4AAAAAAOf/6P8AAAAA7v/v/8r/wP+Z/+r/EgDT/xwAyP/h/9z/1//R/93/zP/X/8r/5//m/+7/EQAAAOL/8//s/wAAAAAAAOr/AAAWAO3/7f8AAPP/8f/v/xUA9v/v/xUAAAAAAAAA8/8AAO3/2P/j/+L/4v/l/9T/3/8rAMz/DwD3/+b/9//f/+z/EQDi/8X/2v/b/9n/sf8lANv/AAARAOz/6v/p/8L/4P/W/97/2P/f/xIA6v/s/wAA7P8JAAkA4/+r/77/2v/c/wUABgAAANH/z//h/+3/AADK/+v/AADo/+D/HQDf/+r/xv/u/wAA1//J/8n/mv/N/wAA1P/3/9n/8f/u/+L/EgDP/xwA2f/r/+f/4//R/wAAyv/p/+v/4v/Z/xQA7P8AAOj/zf8GAOb/6v/h/ykA1f/a//T/1/8HAAAA6//r/xEAAADr/wAAAADV/9D/8f8LAOD/sP8AALv/u/8NANb/3P+7/9f/6v8AAOX/4v8NAA0Ax/8AAOz/7v/u/+7/DQDY/+H/AADW/+r/7P/o/+T/2P8ZAA0AAAD1//v/x//s/9T/0//H/+H/y//r/+f/4//u//H/AAC6/8n/tP/F/+v/yf8KANn/IADU/7v/3v/f/+v/1v+0/1cAov+i/6z/zP+w/7X/zv8eAOv/6//p/9z/5v/V/8r/UADS/7z/sf+u/8j/nf/s/+z/7v/0/+3/9P8UAOf/2P/W/xcAyv/m//b/4v/g/9T/2f/r/xQA6/8AAOz/2v8UAO7/8/8AAPD/7f/s//X/9f/l/9T/z//W/9j/FgDd/73/KwAAAAYA2f/E/9r/6P/T/8L/CAAJAMz/vP8AAL//3f/c/+j/2P/h/w0AAADY/9z/7P/t/+3/7f8fAOn/3v/G/9b/6v/3/+z/yf8vAOT/4v8IAIX/zP+n/67/zP/O/+f/2P/0//D/7v/e/ygA+v/h/xQAz//n/9n/4f/M//v/AAAfAG7/uP/3/+D/p//i/9L/FQDO/9f/AADX/9T/3P/A/8f/0//1/ycAxP8SAMH/zf/x/7T/rv+h/9//+P/A/wAAAAC+/8X/1f/T/9z/1v/X/w4A2P8AAOf/zP/l//X/2P/f//D/KAAAANn/2P/q/+r/7P/s/xUA7P/q/+H/7P/g/9//7v/t/+n/5f/i/xwADwC5/+z/0P+3//D/1f/V/xQA7v/u//f/AADs/93/7v/r/+n/6v/k/wAA1/8XAOv/yP8SANX/8v/f/8f/+v/O/ykA2/8AAAAAAAD0/9f/AAANAN3/AAAAAPX/FADG/+z/1v8AAM3/v//W/+r/3P8cAAgAAADY/+v/0P/N/+z/2P+//wAAuv8AAMn/1//r/57/0v/r/+z/FADs/wcA5//p/9L/xv9+//L/vf/h/0IA5f/s/xIAAAAJAOz/6P/Y/+L/xf/M/7f/x//B/xsAnP8AAOv/1v/l/97/5f8GAAAABQDd/7T/1P8AACIAy//J//L/AADw/8b/uv8MAPP/y//E/83/2f8RANL/u//6/+b/AAATANv/3v/O/+b/7v/m/+X/wP/K/wAAxv8SAL//AADa/97/0P/r/+//7f/s/zQA8f/Y/9f/JgC//+X/2f/2/9T/7/8UAO//9v/v//n/7f/x/+H/3f/c/97/2//q/yMA6f/v/xQA7//2/+//+f/t//H/7P/s//D/9v/1/+3/FADt/9H/KADf/9//9f/o/wAA3v/w/xUA1v/V/9b/CADc/+L/wf/q/xAAy//G/wYAEQDG/+r/6P/p/+L/7P/Y/xwA6P/w/xEAAAAAAAAA9v/S/9//5//s/+r/7P/0/9n/FADs//L/DwCS/9j/rP/W/8n/ov/B/97/5v/h/9D/x/8fANf/rP/J/w0AqP/E//L/3v/g/9r/5f/l/9L/+P8NAOn/AADo/+j/6v/q/+v/4f8XAOr/7f/t/wAA8v/w/+7/FAD0/93/zf/s/8D/5P/D/yoAzP/Y/9z/3f/S/+P/v/8yANv/5v/g/+r/5f/r/+X/GwDo/8//5v/Z/9b/2P/f/yYA2f/6//H/9f8AAAAA6/8qAAAA0/+y/+n/tf+Q/xUABwDN/xQA9f/X/9b/6v/3/+j/5f8IAOj/1//Y/9j/DgDc/9b/DQC7/wAAgP+F/9z/n//2/+r/6f/p/+z/4v8dANn/6v/r/xIA0f/6/+f/7//Y/97/9//r/8T/3v/q/wAAzf8AANj/8//s/9n/7P/s/x0A3f/J/+H/FwAGAND/z//o//X/FADw//f/AADt/+z/CQDs/+z/8f/u/+3/6v/A/+X/FQDA/7H/AAC//8j/5v/m/wYAyf/a//b/1P/Q/w8Axf/d/+L/6f/p/93/5v/k/97/HQAAANv/6f/u/+v/DQDq/+n/3//t/9j/3P/b/xkA8P/i/97/zf/n/9z/5//F/ygA4//L/+//yv/O/7n/JADM/+X/9P/s//r/7P8AAO//7f8UAPT/7P8YABQA7//s/+z/z/8FAOP/4v/t/wAAAADU/+P/7P+2/7X/6P8GAOz/FQCp/9f/2f/y/wAAoP/t/8L/7//l/97/6P/d//L/2f/i/yAA2f8NAAcA1P/o/+T/x//d//f/JAAAAPb/7v/E/+7/7//Z/9n/2f/f/97/1P8qANf/CADY/9r/AADw//r/5v/Z/+b/5P/h/+T/3//i/xsA2/8JAND/4/+k/8z/HADY/4T/6P/X/93/2v/Z/wAA9v8AANX/3v8bAOP/6v/y/+j/3f8AANz/AAAAAPj/yv8AAOb/+f/A/wkA8//i//T/w//V//P/+P/t/+H/9//o/+X/HgDq/woA1//C/xAA6P/Y/8j/tf8LAMr/0//j/+r/zv/X/+P/6f/t/+r/8//q//X/FwDx/8H/xf/I/7L/AAAaAN7/6//p/+v/6//r/xUA6f/r/+f/6/8ZAOL/6P/k/+n/6f/s/+z/7f/u/+z/7P8UAO3/IAAIAOT/6P/o/9//z//m/wAA2//p/8j/2P/l/xYA2P8AAAAAAAAAAAAAAAAVAPT/8P/s/wAAAAD0/xYA9v/q/wAA5//g/9r/3f/V/w4A2P8PANb/6v/m/+L/8v/W/9b/6v/m/9f/2/8AAAwA6v/r/+3/xP8dANX/sv/q/+v/8f8KAOP/2P/Y/9j/+v/T/9j/AAAPANT/0v/s/9P/2f/U/9P/8//k/8n/2P/L/xUAwv/v/+P/+P8UAO3/5v/s/wAA3P8AAAAAAADa/+r/2v8AACQA2P/p/+X/AADr/9T/2P+i/7T/EgDL/xoAtv/6/87/BQDp//D/AADx/xQA1v/s/+b/4v8UAOj/6//Z/+v/CAAzAPH/AAAAAPv/3//k/8b/zf/5/+L/AADd/wYA4P/Z/+D/8//A/+r/rf/v/+3/BgDs/+v/6/8XAPf/3//q/+H/5/8LAMj/1P/q/xMA3//i/+D/+//D/8z/6//p//v/DgDu/xQA7P/t//j/7f/s//P/1//m/8f/0v/U/9z/HQD3/+z/7P8UAO3/7v/s/+z/7P/s/+n/6//s/+z/FQDs/+z/2f/W/0QAxf/h/8v/w//C/9r/7v/s//L/7/8iAOz/3v8uAM//4P/g/9f/1P/M/9n/7P/r/wAAFAAAAOz/7P/w/9v/8P8AAAYA5f8AANX/3v/U/9H/tv+l/7b/x/85ALD/EgDg/9//6f/r/+D/2P8TAOz/FADs/+z/7P/s/+3/7P/s/+3/8//x/+7/7P8UAPP/PgDT/9P/z//Y/87/zf/L/wAAzv++/8P/wf/C/xIAuv+3/6v/CgDJ/7n/3f/a/woA2/+p/wwACAD0/7L/yP8hAOz/7f/t/+7/7P/s/+z/FAD4/+n/uv/U/7b/yv+o/8P/7v/m/wAA5v8AAPn/GAD0/+7/5v8AAOb/AAD5/xgA9P/e/87/AADn/+f/FwDo/+v/x//g/7D/pP/T/woAJQCu/9X/MQDO/9f/1f/g/8L/1//p/9n/DgDl/+r/3v8RANj/+P/c/+f/IAD3/7P/x/+w//P/EACo/4z/xP/C/9j/4//q/+v/2f/s/+z/EQAAAOr/6P/j/xoA3v/Y/+j/5//k/xAA5f/Y/9b/CgDW/83/3f/r/9j/EgDZ/+j/5f8QANz/0v/N/67/1P/Z//D/KwDS/wAA0P/Y/9//8f8LAOL/3v+4/8b/6P/g/93/2P9DANT/9v/I/6r/nP/B/9r/pv/1/9n/BQDn/9j/6f8AAOD/CQAiANj/2P/u/+H/4f/Y/+z/7f/s/+3/7f/t/xQA6f/s/9r/7v/s//L/7/8iAOz/3v/t//P/AAAAAAAAGQD4/wAA2f/m/wAA2P/L/8r/FwDc/+L/8P8AAPD/AADt/xkA7f/o/xQA5v/a/+r/7P/k/wAAEQDd/8z/0/+w//D/7v/K//L/7P8AAAAAAADs/wAAFADZ/+z/9f8AAAAA7P/u/xUA0f/l//D/wf+t/+3/2/8NALv/y//A/wkAuv/w/8T/+P/s//b/2P/h/9//5/8UAOr/2f/b/+r/6f/t/9r/KQDe//L/FADt/+7/7v/u/+z/+P8AANz/6f/q/+H/2f8YANX/5v8iANn/6v/h/+r/1f/o/7//1/++/6//xf8UAN7/+f/p/+f/6//l//D/6/8WAOX/4P/X/woAxv/V/9X/BgC//8L/6v/V/8v/yv8tAM//5//c/93/7v/E/+f/x/8nAOz/0P+//+b/wv/Z/87/KADK/+X/zf/P/8//4//V/ykA5/8lAOf/6v/q/+7/6P/W/+H/8f/o/9n/1v+9/5//wP8AAAsA4f/g/+b/6v+y/9b/GwDH/8r/AAC5/8T/3v8rAMH/FgDZ/+//AADv/+z/6//x/+z/0P/U/9r/AADT/97/AAAJAOz/1v/X/93/0f8AAAAA7P/Y/+j/2v/s/+z/AAAUABIA6/8RAMb/3f/b/9//2//u/xQAAAAAAO3/7v8AAO7/3f/I/wAA4v/O/+n/JQDG/wAA6P/x//D/8f/s/xMA7f+//9H/4f/Z/9n/4P8yAPr/FADs/+z/7P/s/+z/7P/s/5f/9v+f/7r/ff/y/7L/AADt/+z/AADy//D/7v8VAPP/AAAVAPr/AAD5//r/7f8AAOv/6//w/+7/FQDr//D/6/+r/8D/0//z/9n/uv9MALz/6f/n/+v/6f/v/+v/FgDl/+H/4P+r//T/w//0/+T/EwDc/yEA2P/K/8//4v/n/8n/3v8OAOT/3P/T/9f/+v/a/+n/5//r/+X/5f/q/xYA8P8AAAAA4f+5/77/uP8AAPf/1P/Y/xQA5f/j//r/5f8JANj/KADe/9D/2//b/9f/1P/o/6//if/F/wAAxP8WAPj/AADo//X/7P8UAOz/2P/m/xQA2P/d/9//+/8AAOr/2f/r/9j/2f/Y/+z/2P/Y/yQAEQDf/9f/2P/E/9n/6/8GAN7/CgD3/+//2f8NAOr/7P/q/wAAyf/s/xkAu//d/wcAyP/Y/9j/6P/Q/+3/yv8cAO7/BwCx/87/w//b/+z/1v/f/8T/tv/P/8b/DwAsAMb/0/8AANb/4//G/xUA6f/q/8v/7P/r//b/4v8UAAAA6//a//v/4//W/8z/AADo/8v/5v8iANn/6v/h/+r/1P/o/wAA1//f/7X/1//f/x0A1/8kAOz/5v/t/+z/2P/q/+z/6f8UAAYA2f/n/8z/6f/s/xQA7P/u//H/7P/r/+z/7f8vANT/8f/y/+f/1v/b/97/EADP/9v/y//j/9j/+f/U/+b/2P/l/+3/6//Z/yQA5//q/+j/7P/t/97/3P8AAOf/5//s/+7/2f8LACQA2P/K/53/4v/t//X/fv/T/xAAs/8HAMz/2P/j//D/6f8WAOz/6P8bAOX/3f/q/93/3//n/+7/3f/J/+X/DgDL/93/0f/S/+b/yf/X/+n/HADk/+r/q/8cAMz/sf/p/+r/dv/m/9j/zf/Y/93/2P/q/9n/MwAzAPH/AAAAAPv/3//k/8b/+f8AAAAAAAAAABIA2v/t/+b/5P/h/+T/3//i/xsA2/8AAMf/5//q/+7/6v/U//H/sv8UALr/AADK/9b/AACx/+z/7P/s/+7/7P/s/xQA7P/2/yYA8/8AAPr/AADh/wAAIAAAAAAA+f8AAPX/4P8AANP/1v/Y/93/3//v/y8A0f/q/9z/6P/c/+v/5f8ZAOb/3//I/+z/7v8AAN7/IADZ/+v/6v/s/xUA7f/p/+z/6//F/wAAqf+m/7v/6P/k/+X/7P/t//r/8P/d/+z/7f8VAPr/6P+//7H/xv8AAPL/+P8AABQA7f/i/9z/7//X/9//AAAnAPn/AAAAAAAA4v8AALH/yf/U/1MAuv/H/7P/pP/q/+z/7P8VAOz/6v/h/+z/zf/f/+P/PQDN/7T/0P/F/+b/3v/f/x0A5f/m/9//6f8UAAkA5v/c/9j/7P/Q/+D/5/8UAPP/AADu//H/7P/p/9r/xv/f/+D/HQDL/8z/8P/c/+//tv+O/4z/4P8VAMv/DADd/9n/vP+8/8P/FgDQ/wgAAADW/+3/5v8aAMz/1f/w/+z/7f/v//H/2P/q/xQA2P+b/7f/pf/D/3r/dwCj/+b/v//v/93/6/8GABEA6//n/+H/2v/l//L/7P8lAOv/zv/d/9j/vP/X/+n/MwDP/xUAtP/G/8P/0f/4/8T/7f+5//X/3v/1/9z/s/8hAOP/3/+y/8P/xf/T/wAA4/8cAPP/3f/V/9f/1P8aAMz/0v/a/9r/7P/s/+r/EgAAANv/PQDB/7n/w//P/+v/nf/B/9j/AADn/+j/2f/v/+z/DADz/+b/AADP/9f/9f8LAOr/6//b/wAA3P/f/xMA2P/i/6n/hf8AAK//w/9AAKr/yv/Y//L/2f8AAOL/DADP/9v/5//Z/wAA4//d/xMA1f/6/6n/7v/G/8X/t//c//j/GQDb/wAA7P/i/+z/2v8RAOv/2P/t/9L/z//n/wAAu/8MAPP/EADq/+3/7f/q//P/7P/E/77/0P++/8b/+P8RAA8A7P/s/+z/7f/s/+z/FADs/9H/yv8zALP/x//R/83/3//Y/9r/6v8AAO3/DQAAAOj/8v/w//X/AAAAAOr/HQAAANf/KADZ//f/1P/u/+H/3f+4/8L/5/8YAAAA5v/x/+z/7//k//b/AAAUAOz/8f/s/wYA2P/i/+P/3v/2/+z/z/8TAPf/1P/a/+f/6P/X/+n/0v/6/+z/8f/w/xAA7f8NAOD/3//u/+3/6f/l/+L/HADt/7//yv+//8r/t//Q/xUA8P/W/5P/zP+P/87/FwAHABAAzP+5/8L/pv/w/8H/7/8tAOD/2//w/8b/1//q/9f/5//Z/+L/7P/o//j/EwDs/+v/1//n/+z/6//U/yEA8P/W/9f/3v/U/+z/+v8AANr/1f/w/wAAAAAAANT/LAD3/+v/9P8AAAAAAADl/yIAAADr//D/0v/T/8T/EgDE//L/zP/a/8P/DgDc//D/8//j/8n/JACz/6r/xP8AALj/1P/q/xMAAADb/+f/3v/p/9n/z/8AAM//zf/Q//X/1f8XAOr/AADY/9r/5f/p/xIA5/+m/83/7/8MANP/AADm/9v/8f/2//b/AAAAANr/AAAmAOz/6v/n/+v/9P/u/xUA+v/h/9D/8/8AAMn/4v8nAPn/8P/L/8//w/8AAPP/EgDR/wkA4P/l//D/+v/f/wAA4//A/9r/z//z/8T/0f80ALf/6//q/+z/FQDt/+n/7P/r/+7/FQDt/+//7P/o/+r/7P8FAOL/0v/Z/9f/FwC7/+n/OwDV/9r/4P/r/8j/y//f/9T/0P8vALr/1f/b/9D/2P/A/9//2f/l/8r/5v/x/xgACgD3/7n/qv+2/+n/AADf/xQAAADr//L/6//r/93/3//s/+7/8P8AAAAA8v8UAPr/uP/T/+7/yP+8/wsAz//6/wAA4//J/+H/5//X/xMA6P/A//D/4v/l/+f/GgC4/9P/6//n//b/7//d/+z/7P8ZALX/KQDG/9L/wP8WALb/zv/q/wAA6v/j/xgA1//V/9n/6v/q/xgA6//s/+j/5f/q/wAA2v/x//j/9/8UANv/8v/i/+b/tf/z/8H/+v8PAK7/AAATAAAAAAD7/+//4f/u/9n/5f/f/9j/5f8aAPj/2P/E/7z/2v/Y/9j/vf9EAMf/7P/s/+r/7f/t/xQA9v/s//L/EQDk/+f/4P/q/8X/5P/Y/+H/wv/G/7r/IgCo/+j/0//U/+//6f/r/w0AAAAAAAAA4//t//H/6f/r/xEA3v/X/8b/2f/O/9P/1f8vAMv/3f+z/7b/l/+4/yMA2v+1/wUAz//u/8L/y/8PAOz/8//d/83/AADq//D/5f/4//H/FAAFAOn/x//o/63/1/+7//b/4/+v/6X/qP8AALr/DwDr/yUA0P/U/8z/yP+4//D/7v8UAAAAAADt/+7/AADu/+T/6//W/+H/3v/s/xcAz//x/y8A6//n//f/4P/O//H/0f8AAOb/1//k/9X/JQDd/93/6v8AANb/6//Y/8j/AACi/9r/jP8hAJv/9/+9/wAAzv/h/8f/zf/o/x4A4//m/7j/nf/E/+b/8f9AANz/1f/n/8//6//J/+3/6/8XAOv/AACn/w8Aov+y/+z/7P/Q/+7/FAAAAAAA7f/u/wAA7v/2/9n/8P/7//H/2f8KAOv/EQC0/9v/4P/c/+X/4v/z/xEA5//X/9P/x/8AAMf/AAAAAOr/6P8UAO//y//1/83/2P/c/xMA6P8AANf/6f/w/5D/6f/w/97/xv8MANz/AADa/+T/1//O/9b/0v/r/yMA1/8AAN//9P/j/+v/AADp/9f/+P/A/7v/yf/V/xIA+v/r/9T/4P/c/9r/0P8cANv/EgDY/+r/7P/s/xEA0//Y/xQA+P/u/wAAAADs/+z/7P8jANz/AAAAAAAA6//f/wAA2P/r/9n/5//Y/9j/6/8kABIA7P/t//v/7f/6/9j/2v/R/9X/0v8NAPv/AADT//b/CACs/6j/rP+d/wAAp//f//v/3f/Y/7z/y/8FAPH/n//r/wAA5v/l/+X/CQDV/wAAzv/I/6X/7v/B/wUA4v8QABcA6//s/+T/6//j/+r/6f/j/97/tv/u/7D/+P+t/7z/7P/s/+z/7v/s/+z/FADs/wAA7f/w//n/7f8UAOv/+v8AAAAA5//5/wAALQD4/8n/4/8oANv/3P/m/9z/2P/t/+P/KADb/9z/5v/c/9j/7f+8/9P/3P/n/7P/FQCh/wAA5//O//f/2f/s/9j/2v8lANz/uP8AAAAA2//H/zIAx//X/+P/6f/p/+n/JADG/+X/2P/b/97/3v/a/yIA2P/s/+z/+f/p/+z/7P/s/xQA7P8AAAAA4P/q/+z/FwDB/+f/7P/s/xYA6v/s/+7/7P/s/wsAuP+K/xIA7//n/9v/8f8UAO7/7v/3/wAA7P/d/+7/HwDn//b/7P/f/8n/4P/s/+7/5P/Y/+L/7P/o/9r/FAAAANz/2f/X/8z/BwDm/8//9f8AALz/z/++/9b/uv8XANn/EwAAANX/2//X/8T/yv8AAL3/5v+5/6//AADV/8H/7P/s/+z/7v/s/xQA7P/s/8H/DADn//f/ov/0/+D/wf/j/yIAyP/h/93/zP/V/woAq//X//L/+P8AAAAAAAASAOv/FADy//v/8v/s/+z/6//V/8f/5f/Y/9f/1P8uAMj/2v8UAOn/4/8TANf/wP/h/+z/yf95/+T/HADl//f/n//v/xQA7P/t/+3/7f/s//T/1//u/+n/xf/F/+L/DAAQAM//5v/f/8j/7v/c/wUA0v/x/9T/1f/S/8H/EwDB/+b/CQC6/9P/xv8AAM//BgDu/+b/7P/t/9n/7P8AAAAA6P/f/+b/5f/k/+f/AADU/xYA7P/3/wAA7P8AABMA7//y/9n/FADm/+v/7P/7/9j/2f/j/+r/6P/t/87/AAAUANj/0P/m/9j/6//U/yEAAADg/+H/2v/a/+P/5//G/wsA9/8VAOv/AAD2/wAA7P/v//D/FQDr/wAA+P8AAOz/8P/z//r/xf/d//H/o/8UAMr/xf/n/+v/6//s//H/5/8XAO7/5f/V/+7/5f/b/9j/FQAAAOb/3v/q/+n/5f/O/x8A6//q/+r/6v/V/+n/AAASAOn/2//Z/9f/AADk/9b/EADa/wsA5f+z/7T/DQCv/8L/2v/d/xgAx/+v//b/3v/q/7X/2P/Y/+z/6//q/+v/HwDr/6L/9//I/woA4P8SAOD/1f+3/9P/6P+P/4z/MwCk/6n/yP/f/6H/u/+e/yEAm//c/+z/7P/s/+v/8f/r/xQA7P/o/9j/1/8nAPD/2P/a/wAA7P/s/+z/7f/s/+z/FADs//T/AADN/8n/s//B/+7/xf/s/+z/7P/r//H/6/8UAOz/7P8AAO3/5//s/+r/AADs/wAAFADt/+//7v/Z/9z/8P/s/+//6//s/+z/7P8UAOz/0P8YAOX/BwDp/+P/yP/b/+z/6/8AABQAAADs/+z/8P8dAOT/2f/Z/+r/6P/n/+n/6P8WAPL/9v/2/+f/EwD7/xQA+P/u/wAAAADs/+z/7P8TAPb/8P/t/+X/6/8AAN7/vf80AMD/u//i/7r/2//O/9v/1/8AAOL/3P8AANX/2f8cAOH/AADJ/+L/x/8KAOH/0v8cANb/xf/X/+j/AADa/+v/2//q/+z/6P/s/+r/GgAAABUA+v8AAPn/+v/t/wAA6f/v/+r/7v/s/+z/7P8UAOn/DwDr//n/3//S/8P/2/87ANX/2v/g/+v/yP/L/9//2P/m/+3/AAAUANn/AADn/+n/1v/Y/9r/3f8AAAAA1/+2/9L/yv+o/7//r/9IALv/7P8UAPD/9P/t/+3/6//z/8T/1/8PAN//1//l/wAAEAAUANn/2P/t/+L/6v8AANj/DwDX/87/xP/c//b/+P/E/+n/xP8AAMj/AADC//L/4//P/9T/3P/e/w8A1//L//L/6P/r/9//2f/v/yAA2//o/7D/3f8NAM//1P8gAND/wv8UAOz/7P/s/+z/7P/s/+z/FADq/+v/7P/s//T/8P/i/xQA7P/t/+//7P/v/+z/5f/3/+T/rf/F/6j/2P/S/87/vv++/xAA7v/O/8f/4P/P/wAAvf/k/+H/4f+5//X/7f/Y/9b/JgDa/9j/+//a/8//5v/f/93/3v/a/+r/5/8ZAO7/vv/s//P/8f8YANL/uf/0/wAAAAAAAAAA8P8UAAAA0f8aAOn/4f/z/wAA5f/d/9T/2P/f/wAAAADz/9X/9//b/9T/6v/n//b/2P/q/x0A1v/L/+v/6//E/87/EAAFAOb/FADj/9n/4v8HAOv/1//v/+P/AADv//j/6P8RAOz/AADT/7P/5v8fANj/8f/D/9r/1P/f/+T/FADr/wgA7P/g/wkA0//c/+r/6f/K/xcABwDc/9j/2f/Y/9T/+//Y/8P/0v/S/8//EQDX/w8A3//s/+f/6v/k/xQA8f/q/+v/5//4/wAAAAAAAOz/HwAUANn/5//l/+b/8f8ZAOD/6P/W/+T/1//U/9b/5P8iANr/2f/Z/9n/3//e/9T/KgDX/9f/AADe//H/4/8RANj/2v8VAOz/6P/s//H/6v/r/+j/v//Y/9n/5v/n/ycAAADk/7v/5f+t/8n/sf8HAMv/CgDR/7z/5/++/xMA6/8AAOT/wP/E/7v/2v/O/wAA5v/Q//n/1/++/8X/AAAQAOT/5P/u/xQAAAAAAO3/7v8AAO7/7f/6/8//0P/s/xQA2f/n/9n/q/+6/+v/6f8YANT/3v/k/9L/xf/Q/9D/yP8MAMj/7f8ZAOv/8f/s//P/6P/v/+P/zf/W/wAAAADO/xsAxv/s/+z/8P8AAO//5v8UAPL/4P/b/wAAz//p/wAA7f/f/8//2P/U/93/5f/i/9P/HwDM/w0A1//Z/9r/EADE/9r/2P/i/93/9/8AACgA5v/X/9v/EgDm/+L/6f/g/wAA5f/Z/6P/4P/B/9n/rv8uAMb/6//2/+//7P/u//H/7P8ZAN//5v/g/+b/6P/Z/9b/KAAAACQA7f/z/wAAFADt/+v/+f8eAOX/6//5/+v/zv/m/2z/GgCv/8j/g//a/wAAzv/m/8D/x//L/9j/JwDn/+b/8v/s/wAAAAAAAOz/AAAUAPD/1P8AAOX/AADT/zMA5//H/wcAyP8AAMr/8f/F//D/zP8QAOX/6f/c/+D/vv8GABIA3v+//8v/6v/3/wAA1//n/yIA6v/u/+r/3v/m/+v/3f8nANn/3//i/9r/2f/Z/+v/6f/r/+v/6/8VAOn/6//P/yUA1f/U/9P/6P/i/+D/2v/U/+P/2v8AAPj/NwDr/9r/1P/j/9r/AAD4/zcA6//s/+z/7f/z/+z/7P8UAPH/2f/Z/9n/3//e/9T/KgDX/8v/2v8KAAAA3/8AAMf/4v/b/+7/0v/k/wAAGQDL/93/6v8UAOz/6f/s/+L/6//s/+n/EgDs/+v/6//s/+f/AADi/wAA6v/n/+r/GADq/8r/2/8AANr/3v/a/9j/AADY/+v/9v/v/+z/7v/x/+z/GQAAABMA6f/Z/+L/7P/Y/+X/7P/s/+z/7f/s/+z/FADs/xQA7P/s/+7/7f/s/+z/7P/J/y0A0P/D/87/zv/l/+//xv/F/+v/DgDP/xcA5v/L/9j/6//i/+T/4P/r/wAAFwASANH/2P8AANH/7f/N/9P/7//p/9L/x//T/97/+P8AABQA6//1/+7/2v/p//f/HwDl/+n/6v/t/+r/EwAAAN3/6P/W/9z/4//a/9//KQDg/7H/LADN/8z/9f/L/8L/6v8OAPX/zP+t/8P/7P/T/9j/6P/W/9z/4//a/9//KQDg/xEAAADe/+D/1v/Z/8//x//b/9L/AADn/+n/EADo//b/2f/e/+r/8f/t/+j/FAAVANn/z//W/+z/5v8AAOz/AAAPAN//+//s/9z/CgDM/9//6v/S/9n/0P/a/8X/LQDW/+z/0v/m/8H/4f/F/yIAzf/m/xwAyP/s/9n/DgDr/wAA7P8UAOz/7P/s/+z/7P/s/8T/4//a/+//1//m/+P/GwC+/+j/9/8AANP/9P/G/wAA7f/s/+z/FADu/+z/7P/s/+3/FADs/+v/7P/s/+z/7P/t/+z/9P/u/+7/7P/t/xQAFwDv//f/+v8AAOb/7P8AAAAA6v/Z/8v/7v/q/9L/5f/Y/+r/6//u//D/5/8dANv/7P/s//L/AADu/+v/8/8UANX/0//d/+//2/8AAMz/AADm/+P/+/+//+b/9f8XAMz/2P/s/+n/4//e/wAAEgDp/+z/FAD2/+3/7f/s/+z/7f/N/9b/4P/i/+T/IQAGANb/1f/w/wAAAAAAANT/LAD3/xYA1v8AANj/5v+3/9f/AAD0//L/zP8PAKn/r/+W/8f/2P8AAOz/7P/Z/9j/DwDn/9//wP/o/+P/z//H/xAAHQDs/+z/7P/t/+z/FgDs/9n/7v/3/8r/DQDN/+z/1P/Q/9j/EADd/+X/6f/k/wAA6f+9/+n/2P/Y/wAA7P/R/wcA1v/S/9n/wP/U/wAA5v8UAPP/7P8AAAAAAADq/wAAFgDg/+b/2f/c/9j/DAAAANn/wf/O/9z/uP/N/z0AAADB/7//4v/1//T/6//x//b/EwDu/+z/7P/h//P/FQDq/+X/2//W/9b/3f/X/ysA2f/Z/9f/5//j/8v/5P8AAN7/3P/W/+L/sv/Z/93/FADY/9//sf/V/7z/+f/X/yMAwf/Q//T/1v+1//b/xP8YAL//7P8ZAND/0//Q/9z/3f+6/xUACgDP/9T/4v/m/7n/EgDm/97/FAD1/wAA7//d/+3/CgAAANT/3P/T/+X/AADS/9f/zv/R/+T/4f/X/ykAw//f/8f/2//d//v/AAASAPr/zP/S//P/EwDG/+L/2P8AANz/xP8MAOr/8f8NAMz/yf/l/+3/4v8AAOX/EgDg/9z/JwC//wAA1f/c/+H/3v/V/x0Auv+8/93/4P/O/wAAzf8RAPD/2P8AAAAAAADi//H/HwAXAOT/yP/M/9b/2v8JANT/0v+t/8L/xf/0/xQA4f/a/+//FADv//b/7//5/+3/8f/Z/+v/+P8kAAAAy//s/8T/7P8UAOz/7P/s/+z/6//s//H/JADq/+f/+//x/9r/6f8AACMA7f/t/wAA9f/X/+v/7P/u//D/AAAAAPL/FAD6//n/xP/e//n/1/8PAMH/1P/l/9X/3f/R/97/IQD4/87/9P/z//f/AAAAAOr/HQAAAO7/FQDs//X/9f/t/+v/9v8AANb/uf/q/7L/1f8OAKb/7P8UAOz/7v/s/+z/7P/s/9b/1v/W/9f/2P/c/ykA2f/i/+D/DwDp/9b/2v/4/9j/6//g/+r/yP/w/+z/GQDl//L/w/+t/6v/rP/3/9T/vf/p/+7/4//4/6v/7P/O/xYA7P/s/+z/7P/r/+z/7P8UAJ7/AADR/7v/9f8VALD/wf/P/wgAz//g/9f/2P/k/xsA2P8bAAAA9v/s/9b/AADo/+b/8P/L/67/1f8VAMP/7f+j/8L/2P8NANf/5P8XAOD/y//a//r/wP8FANb/sv/t/wAA6//r/9z/7v/k/wYA6//b/xcAAADr/wAA4f8AAOz/+f/E/97/zf/F/9f/IwDn/wAA2P/r/87/6//p/wcA7f/a/+v/AAAAAO//9P/r/xMAAAARAOf/2P/k/8b/5P/u/9X/HQDr/+v/4f/5/8P/3//s/xQA7v/z/+z/7f/q/+z/6//Z/yMAyv/Y/+P/zf/g/+z/FADs/+z/7P/s/+z/7P++/8D/xP+k/7v/+v/3/xUAFAD4/+7/AAAAAOz/7P/s/xAA8f/A/73/uf/a//j/tf/n/+v/GQDi/+j/5P/p/+n/AAC//+b/r/8AAPT/AADe/+X/vf/N/8n/zf8iAAAArv8hAOL/2P/n/+f/7f/X/9T/3v/d/+D/7v/i/wAAEQDs/+D/7P/e/+v/2f8gANv/5//r/9v/9P8AACwA5P/q/+r/HADk//r/+v8AAOb/8P8TAL//HACu/87/AADG/+z/6//c/+v/2//a//D/BwDW//r/2f+8/wAAzP8AAMn/6P8TAOn/5v8bAL3/w//n/8H/8f8AALj/pv8GAOD/+/+9/7//uf8OAN7/3f/f/9f/GwDa/+v/7P/z//T/7v/s/xUA7f/r/+z/8//0/+7/7P8VAO3/3P8KAOv/7v/u/+T/9f/s/9n/1//u//b/7v/o/ykA7v/b/9f/x//W/9z/2P8qANv/3f8AAOz/2v/Z/97/3P8UABUA7P/o/+v/8P/q/+v/6P/s/wAA7f/s/+7/7f8UAOz/7P/s/xQA7f/u/+z/7P/s/7z/4v/6/4L/7/+b/7H/0f/x/9T/v//M//H/zf8LANn/BgDO/8z/xP/O/xEA3//r/8T/5P/g/+X/4f8gAPv/zv/Y/9f/3v/M/87/AADd/xAAv//A/0EAxf+7/8v/6f/Q/5X/3v/j/8n/0v9AAOD/2P/Y/9j/6v/g/+H/AADa/xsA5P/Z/7//tP/E/ycAsv/B//T/1v8QANX/zv/O/8v/DADE/7b/1//R/3n/5f8AAAAACgDr/wAA+f8AANj/AAARAOj/8P/n/+r/2/8RAOn/AADG/y4Amf+t/77/w/8MALj/7v8UAAAAAADt/+7/AADu/wsA8//X/+f/2f/E/wcAzP/6//j/AAAAAAAAGgDz//T/6P/l/xQA5//J/8n/6v8RAOv/9f/L/9T/6//M/9b/AAAAABMA3//3/+7/2f/q/wAA6v/Z/wAA7P8qAAAABwDw/+n/5//r/+n/7//r/xYA5f+s/wAA2v8LAOb/9//W/93/7P8UAOz/7P/s/+z/7P/s/+n/JQDo/+z/7P/s/9n/6//X/9v/+P8AAPD/2v8AAOP/7P/s/+v/8P/4/+z/FADs/8H/DQDY/+b/1f/W//f/zf/j/yoA4f/c//j/2//W/+3/zP8WAOn/5//r/+r/9P/k/+r/FgDs/+7/8P/p/+f/7P/x/yYAxv+//9r/xv/J/+T/2//r/9X/7f/a/xAArv+5/+r/5v/k/9H/5f/o/+H/GQBq/8H/IwC5/4T/8P+g//j/wv/G/8j/zP/D/zgAxf/R/97/6//W/+X/4f/Z/yMA8v/Y/8T/1//P/xQA3v8QAPr/4v8AANj/2f/n/+P/CgDo/97/3v8OAM//6//1/+b/6f8XAOv/6//j/+v/1f/q//r/FADn//D/9P/s/+z/7P/u/8j/AADH/7v/wv/k/xAA0//s/+z/6//w//j/7P8UAOz/2P/b/+f/IADs/9//CwDF/7v/NADP/9f/3P/c/+H/0v/r/xMA8P8AAOr/1//P/9z/vf/p//H/zP/W/woAAADU/9j/DgDX//f/6P/M/9n/CgDq/+b/6//r/+v/3v8ZAOn/2f/Z/9n/3//e/9T/KgDX/+z/7P/1/wAA7f/r/+3/FAAxAKz/lP/L/6j/zf/3/7D/6v/a/9n/7v/h/+z/4v8WABMA1P/O/7b/yf/z/8T/1//q/8v/AADK/wAAu//n/ygA6v/r/+3/8//v/+3/FQDw/93/8P/W/9P/2v/l/xUA0//K/wsA3P/n/93/5f8LANj/7f8VAAAAAAD6/+z/6//r/6n/7v+7/7P/CQDl/9n/n//r/wAAAAAgAAAA3/8AANj/7//P/8v/z/8RAOf/vf8HANL/4//n/9//4f/f/ykA2P/s/+j/6//W/y0A7P8UAOz/AADo/+z/8P/u/+7/1/8VAKr/+v/g/4f/qv/H/9r/KQAOANv/2//j/+n/6v/X/xkAAAD3/+n/3v/W/w0A1//i/6n/0v+6/9H/CwDR//H/CwDe/+v/7//c/+//CQDe/wAA+f/X/8z/w//r/87/0f8AAOv/FwDr/+n/6//n/+j/6v8cAOn/zv+8/8z/z/8AAMj/5/8UAOn/6//p/+v/CADs/8r/FgDH/xkA1f/X/93/7P8tAL7/z//K/9T/nv/a/8j/wP8tAOn/1//V/9v/uP/P/9P/JQDM/+T/3v8bANX/zf/i/9H/4P/P/+D/6/8lAOX/AAAAAAAAAAAAAAAAFQD0/+//FADs/+3/7f/t/+z/9P/W/y8A2f/h/9b/y//H/9z/4P/4/9L/0//Z/xYAz//X/9n/+f/q/+f/6f/X/9r/IAD5/9j/2v/f/+T/2P8AAAAAEgD1/8f/zv/J/+j/vP+2/+v/2P/u/+r/6/8oAOj/5f/0//P/9/8AAAAA6v8dAAAA5f8aANj/1//o/+T/zf/q/+T/PADh/wAA9//l/8T/4/+y/w4Av//5/7T/FQDU/8r/6P/s/wAAAAAAABUA9P/p/wYA1//f/+f/6v/r/wAA2//U/wAA3v8UANz/vP/Y/6//xv/M/+X/4//v/wcA2v/6/wAA2P/e/9T/3f/a/xUA1//R/8z/1//1/+b/HwAAALz/IwDc//b/7v/x/+j/v//R/+z/7v8AAAAAAAAUAOz/AAAnAMb/zv/R/8n/1f/r/87/7f8UAO3/7v/s/+z/6v/s/+v/7P/s/9j/9f/s/+r/FwAFANn/1/+7/wAABgDR/8j/yv/o/8T/2f/T/9D/yv8AABYAyf/Y/9D/3f/q/73/5P/R/+L/6P/r/xUA5v/x/+v/6P/s/+r/7P/z//b/FADr/+z/6v8AAAAA7v8AAOb/AADs/woA2P/V/wAA6//H/+f/FwDu//D/+P/1/9//7P/p/+j/5v/Y/9v/AAATAOr/1v/r/9X/8f/z/+L/6//n/yYAKQDy/8j/vf/E/9D/AAC//+3/7P/o/+v/6P8WAMT/7f8RAOD/xP/A/9D/IwCV/7f/7f/t/8f/zP8RANf/9/+a/+b/6P/X/83/1P/h/xsA6f/1/wAA2//6/wAA6f/y/x0A6//b/+r/7f/p/+z/6v8aANP/3v/V/8L/0//w/xUA1//i/9P/3P/S/9T/AAAlAOX/3//e/9n/2P8AAPn/7//1/wAA1f/W/9X/3v/k/wwA1P8AALv/u//O//f/6v/B/wAA7P/p/+v/FQDs/+n/7P/r//f/w//D/8n/1f/E/+z/7P9//0MAV/98/8X/x//I/37/AAAgAAAAAAAAAO7/4//y/9n/HwDa/+r/6f/b/9n/6P/r/xYA3v/g/+v/6//q/9//AAAgAAAAAAAAAO7/4//y/+f/GADq/+b/5P/m/+r/3P8AACAAAAAAAAAA7v/j//L/7P8XAO3/8f/t/+z/6//s/9z/OADs/+v/wv++/8L/2f+8/zIAgf90/7X/1P/C//r/+P8UAO3/8v/s/+D/2f/s/8j/JQDm/8X/0P/I/+n/1/+3/woA7f+6/8f/pf/h/73/GgCz/93/u/+3/5r/AAC2/+7/FAAAAAAA7f/u/wAA7v/o/9L/3P/Y/+z/6//q/xYAv//l/+r/r//w/wAABQDZ/77/wP+1/wUAqP/b/8f/EgAKAMD/yf8NABIA7f+9/+L/FADe/+P/4v/o/+T/8f/V/xIA9f/J/8L/x//a/+P/3P/N/xEA2//7/97/BwDH/8//4P8AABQA8v8AAPT/4P/l/+z/FADs/+z/7P/s/+z/7P/m/7z/0//P/9v/AAC+/+7/2/8GANr/1//m/+v/DADm/+T/2f/t//r/JwDy/+L/7P/Y/wwA6//y/+L/3P8AAOr/6f/n/wsA7P/r/+T/AADZ/+z/OQDc/+D/2f/m/9T/2P/u/woAvf+n/wkA3//J/9r/5//X/+L/6f8aAMj/xv8QAM3/HQDF/73/8v+3/+f/8//X/9r/FADn/+r/1v/q/wAAzf/f/yAAyP/Y/8D/AAC+/wAAz//s/8//9v/D/xcAu//s/93/yP+b//T/0v+0/wAAAAAKAOf/3//s/9b/1//h/yEA9P8AAPv/AADb/+z/AADR/9L/2f8AANj/5f/I/wAAAAC7/+j/AAD4/+n/BQAAANH/y//X/xEAFADq/wAA7P/s/+n/6//r/+v/FQDp/+v/6P/j/x8A6v/s/+f/4P/f/9j/8P8AAAAA7v/f/ygA2P/n/9v/1v/t/9b/6f8NAOH/m/8kALz/r//O/9z/7f8AANP/vf/f/+z/1/8JABMA7//P/zgA1P+7/8T/vv/K/8//6P8AANf/vP+2/93/EwCu//L/9f/0/wAA+v/a/wAAJgApAN3/4/8AANj/4v/X/+T/5P/Z/+z/7P/s/wAA3v8PAL//w//B/8v/EwDD/wAA+P/b/9P/uv/X/9f/JQDF/+//zf8nAND/uP/Z/8H/4f/L//b/GwDr//H/8v/s/+X/AADs/9n/7P/r/+z/CgDr/wAA4v/v/wAA7v/0/8f/0P/F/+P/6f/t/+r/8//q//X/FwAGAPj/4P/c/9H/6P8AANj/xf/F/9f/AADI/wcA3P/m/9v/4f/E/9L/0f/T/x8A0/82APn/AAAAAAAAAADM/wAA7P/s//H/+P/v/+3/FAD4/+//FADs/+3/7f/t/+z/9P/l//r/vf/Y/9X/vf/4/+L/5v/W/9j/1//Y/xwAAADq/wAA4v8AANT/4/+5/woArv8AANn/5//n/+n/7P8GANX/5P/q/+v/6f/s/+r/FgDs/47/BgAwAMj/8P+//9T/0f/4/9r/6//N/8j/3//D/ykAFgDr/9r/yf/o/wAA6//R/9T/4f+4/8X/v/8KAN//AADV/7r/1//W/9j/5/8AAAwA7P/f/+f/1v/i/9n/GgDi/+z/7P/s/+3/7P8UAOz/7P8UAO7/7f8AAPT/8f/s//n/LgDY/8T/1v/Y/9D/2//W/+r/zv8SAOP/2P/m/8z/BgCv/9P/zP/e/9r/3/8yANb/8v8mAOv/5//1/+b/1/8AANT/GQAAALz/1f/Y/9X/0v/o/xsA5v/h/+r/3v/f/+f/7P8AAAAA+v/t/+z/AAAUAPH/5f8IAM3/vP8KAN7/1f/T/8//6f/e/+v/6v8YAOz/4//Y/wAA9P/x/+v/KAD4/xMA3v/X/9f/2v/r//T/2f/V/woA0v/h/83/3f8PAML/2v8AAA4A5v/c/9X/2P/b/6D/yv+p/+v/pv+K/zAApP/A/7n/zf/a//n/AAD4//n/6P/r/xIAyf/Q/yEAtv/T/8T/vP/h/7j/9v8xAKr/zP/U/9f/3P/V/+r/yP/Z/zUA2v/h/9T/z//5/yoAwf/U/8j/2P8KAMb/JgDH/73/z//r//b/7//s/+7/8f/s/xkA0f8pAOP/xP/Q/8j/4P/U/+j/5//q/+n/6//k/xgA6f/0/+z/AAAAAAAA6v8AABYA5v/q/+z/6//g/9f/KgDV/+f/9P/q/+z/7f/j/+v/FADs/+z/5//Z/+z/7/8UANr/zP8NAMT/of+2/+b/BwCp/+H/w//O//D/zv/3/wAA6f8AAN//wf+1/yAAAACd/+b/5//L/8//tv/n/9//LwDE/wAAyP8jAL//3v/F/97/9f/d/7//vf+3/9r/8P/5/9n/x//O/xkA9f/O/+P/wP8XAAoA1f/f/9T/5P/f/wsA5f8AAOf/1/8AAAAAAADk//r/3v+o/0EAtv/U/8b/5P/h/+j/qf/X/8P/i//s/+H/2v+8/9v/CwDR/7z/EgC//+r/6P8AAAAAFADh/xAA8v8SAAAA4//s/+b/5P8YAN//2P/3/9j/2f/e/9n/1v8SANf/2v8AANT/1f/H/xMA7P/r/9r/HQDl/9z/3v/N//b/zf/t/yUA6//s//D/6//V/+r/CQDa/8X/w//h//P/AADY/9j/wf+//8//x//u/ygAx/8GALv/1P/c/+3/w//A//X/5P/r/+3/2P/l/wAAEQDf/9j/2P/y//T/9v/2/+7/FgDv//P/GwAAAAAA5P/m//T/GgDh//f/0v/j/+j/yf/o/9j/6P/q/+v/5/8XAOj/6/8AAOr/5v/x/xQA1//Y/+z/sf/N/xkA4P/Y/wcAs/+2/4//tP8iAKn/q/8MANX/CwDg/9D/6f8AANv/y/8TAM//AADa/+T/7f/r/9j/AADn/8L/6//V/8//1//3/wUACADr/9v/6v/s/+j/7P/q/xoAQwDB/9v/AADU/8P/wf/X/+z/6v/n/+v/9P/u/xUA+v/Y//b/yv/H/9r/5v8AAAAA0//d/yUAzf/k/87/5//R/+r/3P8qALf/yv/g/7v/3//k/+T/IwDG/+D/xP/j/9H/1P/h/xwAtv/f/+D/6//b//f/z/8lAAAA0f/Z/7b/AADR/wAAAAAAACIA5//L/9j/x//X/wAAvf8bAOP/5v/5/ykA6v/a/+P/6//W/9r/8//Z/wAA6P/F/+3/4/8QAM7/4/8AAOn/5f/r/+r/CADp/+7/z/8UALr/4P/P/wAAAACz/+z/8P+v/7z/v/82AML/rv8AANT/2v8MAL3/3/8IAMf/EwD1//D/y//g/87/8v/2/6n/rv8AAOD/3v/k/w0A9f/6/+X/2v/M/wAA5//n//r/yv/I/6r/rf/u/x4Aof8WAOv/7P/u/wAA5f/n/+r/KAD4/wAAAAAAAAAA2P8AAPT/+//k/+7/yP8AAN3/1P/s/9j/2f/b//f/JADn/+b/sP/X/xoAAACm/xkAvf/6/+v/HwDr//H/6//j/+v/7//A/+r/7//M/+H/AADN/9H/wv8AAKT/qf94//n/6P+w/9H/1v/T/8z/x//b/zAAtP/s/9j/2f/b//f/JADn/+b/GgDs/+3/7P/u/9z/6P/s//L/2v/l/+b/3//j/8v/JADL/9z/4//l/9H/3P8AACUA3P/0/6L/4f+0/+b/y/+3/8v/+P/a/+L/CgC+/+j/w//N/+H/2P8AANz/EQDX/83/5f/T/8r/2f/V/8f/LQDN/8j/BgDN/83/3//g/wcA4P/v//D/5f/2/8D/8f/V//X/yf/Y/+T/1//T/+j/5/8ZABQA6f/0/wAA8v/s/+z/7f/r/8T/7P8UAPT/4v/u/+r/xv/T/9L/tf/7/wYAAADr/+z/FgDf/+b/6//r/+v/4//s/xYA3//m/+v/6//r/+P/5f8AANz/yf/X/xEAzv/6/9r/w//H/8L/zf/V/zYAzP/k/+3/6f/g/+X/6/8WAO7/5v/e/9b/zv/s/wAADgDU/93/JQDp/9j/2f/T/87/3P8AANb/5f8AAOv/0f8AAOf/HADs/8j/1P+g/8v/3/+r/+z/FQDs/+z/7P/r/+3/7P8QAMT/0P/V/93/9/+u/97/HwD5/wAAAAAAAOv/EwC9/yYA2P/s/9v/6v/a/9v/6P8AAL7/5P/q/wAAEwC3/7v/1P/F/9z/4/+8/8b/CQD1/wAA5//n//D/0P8AAOP/t//s/+z/FADr/+z/7P/s/+z/6/+v/7v/rP/f/w4AGwDi/+z/7P/t//L/7v/s/xQA8v/K/9j/+f8AANv/FADT/9L/zf/r/+j/6//q//n/4v8LANj/LgDL/9H/4//R/9f/2v/G/+T/0P8dAM7/1P8iAL//FgCz/9X/AADd/9b/8P8GAK3/x//a/9H/DQDr/wAAzf+s//r/3v/q/wAAJwDi/8v/zP86AMz/0P/E/wkA1P+t/xMA+//S/9b/0f/b/87/2/8AAOz/7f/v/+3/5//q/xQA7P/q/+r/6P/r/+v/FQDs/+X/s/8AAAkA4//r/93/sP+0/8v/vf/L/8n/HwARAKj/6v/Z/wAA2v/n/+f/CgDY/wAAvP+3/+f/wP8AANj/EgCj/+v/wP/b/67/zv8dAM//HQAHAKn/iv+v/87/+P+O/9D/HgDB/8D/vP8UAMv/yP/u/xoA7P8PALD/7v+0/83/3f+1/9X/vP/B/wAAJQC9//f/9v8AAAAAAADt/wwA+v+p/xMA6P/m/1r/8P/v/5X/6P8XAPH/2P/U/7b/y//e/9j/0/8FAOL/uP/g/+P/u//O/7r/3v/n//v/1v8OALP/xP/e/9j/AADV//j/AAAJAPn/4P/c/7v/tP/Z/9H/7P8AAAAAAAAAAAAAAAAAAAAAxP8cAL3/uv/P//X/4v/1/y4Arv92/5T/jf/F/wsAkP8AAMf/x//X/83/4v8LALf/EgDi/7b/ef+a//H/BQCd/9T/2//C/8f/7f/s/+7/r//m/+v/3//Q/+z/0/8ZAOH/4v8HAAAAAADX/9b/0P/R/wAAAAAAAAAAAAAAAAAAAADn/+v/5v/Z/9j/6v8KAAAA7P/s/+z/6//s/+z/FADs/9H/AAD2//P/7v+u//v/zv/P/9z/7//x/wAAtf/p//T/HQDj/+//8//4/+X/6f/5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/5//w/+7/AADf/xUA7P8AAAAAAAAAAAAAAAAAAAAA7f8TAAAA+f/u/+P/7P/0/wAAAAAAAAAAAAAAAAAAAADk/97/5P/r/+r/3/8cAOn/7P/t/wAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/t/+3/FADs/+3/FgDt/+z/9v/u/+T/6//5/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/FAAAAAAA7//y/+z/+v/F//n/wv/Q//D/5//Q/x0A7P/s/wAAAADs/+z/FADu/+H/DQDt//H/8v8AANj/2P8PAOf/CgC8/8j/0v/o/83/FgDq/+r/6//y//j/6v8AANj/AADe/97/3/8AAOr/5/8AAAAAAAAAAAAAAAAAAAAA3v/X/+r/6v/o/+v/FQDp/9L/3v8aAMD/y//x/+3/7v8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/xUA7P/t/+r/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAND/EQDS/7//9/8AAM3/8v/u/+3/7P/s//D/AAAUAOz/AAAAAAAAAAAAAAAAAAAAAO7/7f/s/+z/8P8AABQA7P/n/+r/GQDf/+b/6v/p/+b/7f/p/+z/6v8AAO3/CgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3//h/yAA4f/h/9v/2v/j/9r/3v8lAOL/4v/a/93/2v8AAAAAAAAAAAAAAAAAAAAA1v8JAMn/xf/Q/8b/9f/N/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/s/9f/8//s/xQA6//a/+3/7P/w/+3/7P8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA6/8VAOz/7f/s//D/6v/u/wAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAPAAAAAAAAAAAAAAAAAAAAAAAAALv/zv8AAPn/2P/z/w0A3P8AAAAAAAAAAAAAAAAAAAAA7P/s/xQA7v/y/+z/7P/v/9//2v8nAN3/3//b/9j/5/8UAOz/AAAAAAAAAADt/wAAAAAAABIA8P8AAAAAAAD5/+P/3v8fAOH/5v/i/9//6/+u//X/3//Z/xUA1//l/wAAAAAAAAAAAAAAAAAAAAAAANP/4f/J/7v/8P/Y/8b/FgDp/+v/6//r/+r/FgDr/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/9v8AAOn/AAAZAAAA6f/X/+T/7P/u/+P/EgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8v8AAM//wP/e/xQA1f/T/+z/7P/s/+z/7P/s/+z/FADq/+7/7f8UAPH/7P/s/+z/2//m/9//AADu//r/AADp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/6//s/+z/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8TAOv/7v/u/+j/+f/s//j/7f8AAPX/7f/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA1v/h/+r/5v/a/9n/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADF/9X/xv/u/8z/1v/s/+z/7P/s/+z/FADs/+z/OQDI/wAA4f/O/87/y//T/+L/2f+5/+3/AAAAAL3/6v8AAAAAAAAAAAAAAAAAAAAA9v8QAOX/3P/b//b/AADS/+v/6//s/+v/7P/p/xQA7P/u//j/AAAAAAAA1f8wAAAA1P/d/wAAAAAAAO7/LgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7v8AAAAAAADs/+z/AADJ//T/0f/H/9T/NwDt/8H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAAEwDs/wAAAAAAAAAAFADs/+7/xP/h/9T/HgDF/8r/+P/2/wgA3f/r/+H/yP8RAN3/3P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAqf+3/+P/zf/m/wcAu//u//v/AAD0/wAAFQAAAO7/AADs//X/4v/3/+z/1v8UABYA7//z//L/7P/q/+3/7v8HAOv/7P/q/+j/4P/m/+z/AAAAAAAAAAAAAAAAAAAAAAAAHQD0/wAAAAAAAO//AADs/+z/7f/t/+z/7P/s/xQA6//q/+z/FQDt/+n/7P/r/+3/7P/u/xQA7f/s/+z/7//Z/x4A2P/J/+r/3//r/+b/3//n//H/8P/t//f/EwDY/wAAAAAAAPH/6/8AAAAAHwDy//b/7v/0/wAA6f8XAPj/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+//+v8AAAAA9v8ZAPb/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/6f/1/9D/6v/R/93/3f/J/yIAsP8QAKj/qv+b/8v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACADk/+v/7P8AAPj/6//l/yEABQDR/7b/xP/k/63/wv8UAO3/AAAAAAAA9f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAPD/7P/y/+z/6v/v/+3/FAD0/wAAAAAAAAAA7v/5/xQA7v8AAAAAAADu/+3/AADq/yEA6P/0//r/8f/a/+j/7f/t/wAA8//x/+//FQD2/wAAAAAAAAAAAAAAAAAAAADs/9v/6f/q/+v/DwDo/wAA6P/s/+3/7f/t/xQA5f/s/+j/6//m/8b/AACq/87/5v8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/FADs/xsAAAAAAAAAAADs/+X/AADW/yAA2P/o/9j/6//X/+P/AAAAAAAAAAAAAAAAAAAAAOb/GQDm/+z/7P/s/+f/6P+7/0gA2f/S/9j/4f+5/8r/6/8YAOf/6f/r/+f/5//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKADu/wAAAAAAANn/2v8AAAAA1//s/+//8f/m/wAA7f/g/8j/5f/S/9P/3f8rANf/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/xQA7P/u/+z/7f/s/+z/AAAAAAAAAAAAAAAAAAAAAM3/EADO/6L/m//X/6j/HQAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P8UAOf/4P/s/+z/AADs/wAAAAAAAAAAAAAAAAAAAADT/9f/AADc/9v/6v/O/woA7P/s/xQA7f/s/+z/7P/s/+v/AAAWAPL/9P/r/+r/6v8lAOP/6P/q/wAA1f/Y/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/9P/yv/B/87/BgDX/xYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+//7f/s/+z/7P8UAOz/FADs/+z/6//s/+z/6/8AAAAAAAAAAAAAAAAAAAAA5//a/xkA2P/V/9b/6//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAFgAAAAAAAAAAAO3/AAAAAAAAAAAAAAAAAAAAAOz/7f8AAPX/AADs/+3/AADd/+D/l//5/9v/JgCe/5n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s/xQA7//w/+z/7P/s/wAAEgDq/+X/4//X/+X/4P8AAAAAAAAAAAAAAAAAAAAAAADq/xoAAAAAAAAA7P8AAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/wAAFADz/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//D/8P/v/+z/4//u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7//w/+//9v/1/+3/FADu/+z/FADs/+7/8P/s/+z/7P/s/xQA6//r/+z/7P/q/+3/5f8ZAOj/5//o/+j/6P/o/wAAAAAAAAAAAAAAAAAAAADs/xUA7P/t/+3/6//r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FAD5/+3/7P/s/+z/7P/r/wAAAADt/xQA6//s/9P/1P/h/9f/AADj/9//DQDq/xoA6v/p/+7/3/8GAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOv/AAAAAO//7P/5//f/yv/K/+L/5//a//r/LwDN/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArf/0/8P/9v+0/9j/GADx/wAAAAAAAAAAAAAAAAAAAADS//H/xf+1/+f/CACt/9v/AAAAAAAAAAAAAAAAAAAAAMv/AADV/8H/HADx/9D/1/8AAAAAAAAAAAAAAAAAAAAAAADV/8f/5P/s/+H/IACm/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/6v/s/+v/7P/p//j/7f8AAPX/7f/s/+z/FADt/+3/FADs/+z/7P/s/+7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7v/w/+z/7P/s/+3/KADY/wAAAAAAANn/2P/b/87/AADu/+3/6f/q/wAAEwAAAAAAAAAAAAAAAAAAAAAADADX/+T/4f/h/+v/AADX/+z/7f8AAO7/7//s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7v/m/wAA5v8AAPn/GAD0/+P/5f/i/9v/2f/g/xQAAADv/8v/v/+1/5n/4v/5/yAAvv/r/87/1f/F/yAA1v/p/wAAAAAAAAAAAADn/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA7/8AAOf/5//4//v/+P/n/xsA6P/p/+T/HgDr/+z/6P/h/+L/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P/o/+j/6f/S/+n/6P8ZAOn/FADt//P/7P/z/+z/7P/v/9X/EAAOAMj/2P/q/9H/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6/8VAOz/7P/r/+v/6v8AAPj/AAAAAAAA7f8PABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANL/2f/V/+T/BgDX/9X/EQDg/+b/6P/m/+f/4/8cAOv/FADt/wAA8f8AAO3/7P/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA9//6/wAAAAAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD1/xUA8/8AAAAA7v/r//X/2P/Y/+P/FAAAAOH/6//r/+f/4f/o/+r/6v/k/xwA5/8AAAAAAAAAAAAAAAAAAAAAJQD7/wAAAAAAANn/6//2/wAAAAAAAO3/AAAAABMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAPP/GQDs/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAANz/AAAAAAAA7P/s//D/FADs/+v/7f/i/+z/FADs/+z/9f8VAPP/AAAAAO7/6//1/wAAAAAAAAAAAAAAAAAAAAAAABMA6f+7/+D/6f/v/+L/3v/Q/yYA2f/d/+z/1//n/xYA6//p/+z/7P/p/+v/6f/r/+v/7P/r/+z/6f8UAOz/6//r/+z/6//s/+n/FADs/yAAuv+y/4X/DgDY/4//1/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4/+z/7f/v/+z/6//s/xQAEADh/+b/7P/2/9P/1f/H/w8AAAAAAAAAAADy/wAAAAAAAAAAAAAAAAAAAAAAAAAA5P/q/+z/3P8AAA8A4P/Y/wAAAAAAAAAAAAAAAAAAAAAnAOv/7//q/+7/5//Y/9j/FADt/+3/8f/w/+z/7P/t//L/8v/y/wAA9P8UAO3/9v8AAAAAAAAAAAAAAAAAAAAA6v/x//j/6//s/+j/EgDs/8n/zf/d/wAA7f/v/9f/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQD1/wAA8f/t/+z/6P/t/w8Av//N/7r/IQDS/8v/7v/w/wAAAAAAAPn/JAAAABQAAAAAAAAAAAD6/+//+f+//9L/7P/u/9b/6f/z/wAAAAAAAAAAAAAAAAAAAAAAABQA7v8AAAAAAADu/+3/AADs/+3/9f/w/+z/2P/s/xYA7P/s/+z/7P/s/xQA7P/s/+r/6v8rAFn/nf/J/93/0P8AAAAAAAAAAAAAAAAAAAAA7P/s//D/7v/t/+z/FADw/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAOz/7v8AAPX/8f/q//r/4P/s/+z/8v/u/+v/FwDt//D/AAAAAAAAAADu/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2f8eANj/yf/q/9//6//m/xoA+/8AAAAAAADm//r/AADg/9X/w//D/8X/CwC9/xIA9f/j/93/3P/j/7f/tv/k/8r/8f/w//j/9f/y//b/EwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f8AAAAAAAAUAO3/AAANAMT/yf/I/9T/2//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/ygA6//y//P/AADj//D/z/8fANj/3f/Y/wAAyP/Y/wAAAAAAAAAAAAAAAAAAAADi/yEA4//k/9z/5v/b/+P/7f/r//n/5f/M/9v/yf8YAOD/5P/q/+v/3v/L/+L/KQAAAAAAAAAAAAAAAAAAAAAA3P/j/+j/6v8XAOf/3f/q/wAA9v+u/+L/w/8AAKL/6v/o//D/AAAAAAAA6f8ZAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//X/7P/s/xQA8/8VAOz/7P/y/+7/6//s/+z/3v8mAPL/8P/7/9n/2//j/wAAAAAAAAAAAAAAAAAAAAAAAPX/AAAAAAAAFADs//P/yv8fAOf/3P/h/9P/5//n/+z/FADs/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAw/8SAOn/6//U/6X/6v/p/wAAAAAAAAAAAAAAAAAAAAAWAOz/6v/t/+3/6v/q/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//r//P/AAD6/+7/FQAAABYA6/8AAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABwDl/+z/+v/z/9f/6P8AANf/3P/Z/9r/6v/v/x8A7v8UAO7/7//6/wAA7P/q//D/+v/Y/+b/4P/p/9f/2P8UAOb/1P/W/9j/AADK/8j/GgDw/wAAAAAAAAAA7v8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADv/+z/7P/s/+z/7P8TAOv/6v/2//b/AAAAAO7/AAASAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAZAPb/AAAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAADt/+z/8P/t/+z/FADs/+3/6//s/+z/7P/t/xkA6v/l/wAAAAAAAAAAAAAAAAAAAACz/9b/4v/Q/+L/JQDv/9b/7f/t/+7/8f/u/xQA7f/t/+X/2P/m/9r/1//U/9f/LQAAAAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAA+f8AAOv/6//z/wAA+v/u/xUAAAAlAN7/0P/h/+v/6v/X/+n/AAAAAAAAAAAAAAAAAAAAAAAA6/8vAND/AADh/+L/6f/X/8b/2P/X/9f/EQAAAOr/FADs/+z/7P/s/+z/7P/s/8z/v//T/wcA1v/K/yEA9P8VAOP/3//y/+f/6P/s/+z/4v/s/+z/+P/3/+z/GwDx/9//3v/v//r/9v/U/yUAAADg/x4A5P/N/8n/AADf/9j/7P/s/+z/7P8UAOz/7P/s//n/AAAAAAAAAAAAAPP/GQDd/97/1//M/9f/z/8pANf/6v/p/wAAzP/2/+z/IgDa/7X/6P/L/9H/1f8gAMT/6f8AAAAAAAAAAAAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAO3/7P/s/+z/7f/t/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/r/+3/4v/s/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/V/9T/1P8iAM7/5f/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v/Y/93/2P/s/9j/AAAPAOf/5//n/+v/EwDp/+n/AAAfANn/+v8AAAAA5P/l/wAA+v/o/+z/7f/r/9z/FADv/wAA6f/s/+n/5f/d/wkA7P8AAAAAAAAAAAAAAAAAAAAA6P/q//X/6//u/+T/5/8aAOf/1//o/9j/5v8bAOX/6f8JAAYA5P/U/97/6//Z/9X/AAAAAAAAAAAAAAAAAAAAAOX/AADj/+r/5P/h/xcA6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/6v/V/9v/6f/F/wcA0P/t/xQA7//7//D/AADt/+//AAAAAAAAAAAAAAAAAAAAABIA5v/M/+L/6//V/9D/EwDn/9n/6v/W/+n/2f8aAOP/+v8AAAAAAAAAABsA6v/2/wAAAAAAAAAAAAAAAAAAAAAlAPr/4//q/+b/3//H/9T/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAA6f/s/+v/9P/i/9X/FgDs/9//2v8AAAAA7P8QAOn/2f8ZAOv/6f/a/+7/5P/p/9v/6//s/+7/8f/v/+//FADn/xYAAAAAAAAA+v/s/+r/9f8AAAAAAAAAAAAAAAAAAAAA6/8VAOn/6//p/+z/6v/s/+X/7v/4/+7/7f8lAPX/4v/c/9//tP97/6P/5f/n/xsA+v8UAOz/7v8AAPr/7P8AAOn/6//r/+v/6v8WAOv/6f8YAAAAAAAAAAAA6//0/wAAAAAAAAAAAAAAAAAAAAAAAOz/7/8AAAAAAADt//n/FAAVAOz/9P/1//f/7//r//L/7//x//H/AAD2/+z/AAAUAAAAAAAAAAAAAAAAAAAAAADU/9H/2f/N/9f/0f8vAMn/AAAAAAAAAAAAAAAAAAAAAPD/7P8AAAAAAADs/xQA8/8AAAAAAAAAAAAAAAAAAAAA7P/n/+3/7//s/+X/GADs/xMA7P/w//D/6//o/8//FAAcANn/2//h/+b/3f/Z/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADZ/xMA2f/b/9v/2P/2/9j/AAAAAAAAAAAAAAAAAAAAAAgA4//h/+j/6f/V/wAA5/8WAOn/6f/r/+r/6v/q/+n/9f8AAAAAAAD5//f/IAD4/9j/2P/j/+v/2v/g/xUAAAAAAAAAAAAAAAAAAAAGAAAAv//c/7X/DwDl/9T/+f8AAOv/6P/r/9v/6v/n/+T/FgDs/+z/AAAAAAAA7P8UAAAABQDl/6z/wf8QAAYAvv/K/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/xsA6v/t/+3/7f/q//P/AADx/9H/z//U/83/zv8AAO//FgDv/+//+v/y//D/7P/s/+3/1//R/8v/6/8UAAAA2P8RAO7/8v/d/wAA6P/Y/wAAAAAAAAAAAAAAAAAAAADm/+b/AAAAAAAAGwDl/+f/AAAYAOj/7f/s//v/2//z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANf/3f/k/+b/3v/r/wAAFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABcA6f/q/93/6//p/+X/6v8AACAA9P/r//n/AADl/wAA8P/e/97/y//g/8z/FQDS/+r/6v/p/+v/6//q/xYA6//v/wAAAAD6/wAAIAD1/+3/PwC6/77/s/+y/9D/6/+7/1IAm//T/8H/yP/g/7j/wv8UAOz/+v/s/+z/7P/s/+3/FQDX/9b/v//H/8T/4f/b/ygA5v/s/+r/6v/o/9j/2P8mAOf/5f/r/9z/7P/Z/+v/l//O/6f/0f8HANL/qf/q/x0A2v/U/93/CwDY/+T/5v/s/+z/7f/t/+z/7P8UAOz/IwDT/9r/6f/p/9L/BgDq/wAAFAD2/wAA8P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAACgDZ//L/6//j/9v/2P/4/wAAAAAAAAAAAAAAAAAAAADs/+z/AADz/+z/7P/s/xQAAAAZAAAAAAAAAAAA4/8AAOz/7P/s/+z/7P8UAOz/7P/s/+z/7P/w/xQA6f/m/+v/5//h/+j/6v/q/+T/HADn/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAyP/T/woAzf/Y/9L/AADW/wAAx/+p/7z/wf/Q/xsA8/8AAAAAAAAAAAAAAAAAAAAA6P/E/9T/0P/Z/wwAHgDW/wAAAAAAAAAAAAAAAAAAAADt//f/+P/s/+//FADs/+z/7P8AAPD/7P/t/xQA8v/s/+r/1//Y/9L/2f8iANX/3P/u/+7/8f/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7//t/+z/7P8UAK7/tf8OAMH/nf/b/9L/QgC8/6P/z//Z/8P/yf+z/04A7P/s/wAA8//s/+z/7P8UAOr/FQDr/+v/6//q/+r/6v/Y/+H/FADt/+z/7P/y/+3/AAAAAAAAAAAAAAAAAAAAAA8A+v8AAAAAAAAAAPb/AADw/9f/AAAAAAAA7f8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALQD3/8L/1f/S/9n/vP/I/9j/EgDa/+P/6//m/+b/AAD7/xAA7P/a/9j/6f/p/9j/3v/l/9L/1f/R/97/3P8mAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACv/63/9v+u/8H/CAD4/+r/AADt/wAAAAAAABQA8v/z/wgA0//l/7v/GADX/9n/5v8AAAAAAAAAAAAAAAAAAAAAyP/Q/93/0v/h/yIA6//U/wAAAAAAAAAAAAAAAAAAAADs/+j/7P/l/+z/7P8VAOv/AAAAAAAAAAAAAPX/DgAAAAAAAAAAAAAAAAAAAAAAAADs//b/AAAAABMAAADs/9j/FADt/wAA8f8AAO3/7P/4/wAAAAAAAAAAAAAAAAAAAAAAAMz/2v/c/9n/0f8AANL/AAAAAAAAAAAAAAAAAAAAANr/yP/V/8b/1P/P/y0A1f/n/9z/GADk/+D/5v/Z/xsAAAAAAAAAAAAAAAAAAAAAAOH/6P/s/xYA7//Y/+z/6P/c/9v/3P/a/+D/+f8qALr/8/8nAO7/AAD3//r/4P8AAOz/3v/o/+3/+f/r/+//FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/b/wAA8f8AAOL/MAAAAAAAAAAAAAAAAAAAAAAAAAAAALv/uP/u/9T/+P+l/9P/AADX/9r/4//q//D/5v8UAOv/KwDc/9j/6f/m/97/2P/a/xQA7P/s/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOv/6f/r/+v/6/8VAOn/6/8AAAAAAAAAAAAAAAAAAAAA6//1/+X/2f/e/+b/FQDV/wAAAAAAAAAAAAAAAAAAAADr/+v/9P/s/+3/6//o/xYAAAAAAAAAAAAAAAAAAAAAAPj/AADY/9v/5f/Y/+n/3/8AAAAAAAAAAAAAAAAAAAAAHgDn/+X/1f/j/9L/4//l/+z/+f/3//T/9/8VAPr/8P/K/87/KAAAANb/y//O/9X/6//s/xQAAADc/+v/2f/Y/wAAAAAAAAAAAAAAAAAAAADr/+v/9P/s/+3/6//o/xYA7P/s/wAA7f/t/xQA6f/s/+z/AADt/+z/7v/t/xQA7P/s/+7/7f/u/+3/7P/m/xQAAAAAAAAAAAAAAAAAAAAAAPX/FQDz/wAAAADu/+v/9f/s/+7/AAAAAAAAFADw/+z/7v/s/xQA7f/s/+z/7P/s/+v/6/8UAO3/7f/s/+z/7P8VAOz/AAAAAAAA8v/q/wAA6//r//P/AAD6/+7/FQAAAOz/FADs/+z/6//s/+z/6/8XANn/AAAAAAAA6P/1/+D/AAAAAAAAAAAAAAAAAAAAAO7/AAAAAPT/AADk/x0A9//r/97/BQDS/9n/FQDd/8n/AAAAAAAAAAAAAAAAAAAAABQA7P/t//D/8P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANT/1P/G/73/6f/D//L/IwANAOz/9v8AAPX/8f/T/+v/5//o/+v/6f8AANz/FADz/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/x/97/AADl/93/EADb/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADu/73/z/8OAJz/rv/d/6r/7P/n/93/0f/w/+7/KADc/wAAAAAAAAAAAAAAAAAAAADp/+z/9P8AAAAA7v8kAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/9f/4f/Z/9j/6/8JAPv/AAAAAAAAAAAAAAAAAAAAACkA0//h/9r/3f/T/8//0//i/9n/9v/w/+f/7P/p/yAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwAw//Y/9z/5f/X//r/1v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm//D/vv+s/83/mv8cALX/EwDy/+7/7P/u/+z/6P/t/wAAAAAAAAAAAAAAAAAAAADs/+7/AAAAAAAAFADw/+z/7f/f/97/1f/q/xcA1v/R/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/4v/X/+L/AAAAAOn/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+3/AADu/+//7P/s/xQAAAAAAAAAAAAAAAAAAAAAANb/0//P/7H/JwDk/9//4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEA5//0/wAA1/8AAM//7P/r/+z/7P/r/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAATAPj/6P/z/+b/6//X/+H/DwDL/8P/wv/F/63/AADF/+z/6f/s/+z/7P/p/xUA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8aAOX/AADl/+r/6f8AAAAAAAAAAAAAAAAAAAAA2f8UAOr/6f/q/wAA5f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v8IAOX/uv/G/7v/8f/o/wAAAAAAAAAAAAAAAAAAAAAAAL7/w//N/8j/7v/y/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/7v8AAAAA9v8UAOz/7f/E/xoA6f/p/+f/7P/k/+b/9P8VAAAAAAAAAO//7v/x/wAAAAAAAAAAAAAAAAAAAADt/+z/AAAAAAAA7v8UAPD/FADt/wAA8f8AAO3/7P/4/9j/4/8gANr/2f/k/9//4/8AAAAAAAAAAAAAAAAAAAAA5v/q/93/0P/n/97/GQDe/wAAAAAAAAAAAAAAAAAAAADS/xsA6P/b/+v/7P/l/9f/1v/v/+f/EwD2/8X/2v/0/+z/7f/z//H/7v/s/xQA8/96/7L/+v/O/8D/OQC6/83/uv+7/83/4P/K/ygAAADo/9n/1//b/9r/1/8TAO7/x//5/+v/6f/a/9j/zP8QAOb/1v/W/8r/zP8HAPv/yP/Q//L/FQDs//H/+P/p/+v/6v/y/xUA7P/x//j/6f/r/+r/7P/s/+r/4f/s/x4A6v/a//H/AAAAAAAAAADu/wAAEwAAAAAAAAAAAAAAAAAAAAAA7P8AAO3/7P/u/+3/FADs/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+//7f/t/+z/7f/s/xoA4P/l/+n/6v/d/+b/3/8AAAAAAAAAAAAAAAAHAAAA7f/s/xQA7//w/+z/7P/s/+v/6v/q//T/6//o/xYA6/8qAAAAAAAAAAAA2f/o/wAAGADu/wAAAADu/+7/7P/1/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAzP/N/+f/0P/V//n/yf/s/+z/7P/t/+z/7P8UAOz/u//g/wkA2P+//8b/AAC7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8YAAAAAADu/wAA6P/6//X/FwAAAAAA7f/7/+n/9v/M/+3/8v/7/+z/6/81AOH/7P8UAO3/8P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADy//L/6v/P/+7/9//3/73/AAAAAAAAAAAAAAAAAAAAAOL/4/8AAPb/9/8dAOX/5P/b/97/0P/S/9X/yv/S/ywAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9/8AAPL/7f/t/+7/FQDr/+r/6//r/+v/6f8VAOz/AADY/wAAAADz/xIA2P/s//f/9//t//X/+v/f//P/GwAAAAAAAAAAAAAAAAAAAAAA9P/K/8P/lf8YALf/+v/i/+v/7//y//X/AAAVAOv/6//e/+P/xf/L/9T/AAAQAOL/0f8pANv/2f/V/8//2P/T/wAA6v/s/wAA9P8UANj/7P/r/+v/7f/t/+3/6v8VAOz/1//j/+L/7P/s/+v/JQDk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/m//H/7f/j/+z/FADx/wAAAAAAAAAAAAAAAAAAAAAeANz/0v/E/73/8//p/8//AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+z/7P/s/+z/7P/H/8L/KgDK/9H/6v/H/8//8P/2/+//+P8AAOz/7/8UAAAAAAAAAAAAAAAAAAAAAADw/+z/AAAAAPT/FgD2/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvf/Z/+T/3//p//X/EwAAAAAAAAAAAAAA8P8OAOz/7P8AAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAJAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/v/xYAAAD4/+j/7P8AAAAAAAAAAAAAAAAAAAAAAADa/xQA7P/s/+z/7P/s/+z/6v/i/+r/AADl/9r/CgDX/wAA2P/c/9n/6v/r/xMA6/8AAAAAAAAAAAAAAAAAAAAA7f+//8X/8v/j/87/AAAZAOz/7P/Y/+3/FADa/wAA2v8AAAAAAAAAAAAAAAAAAAAA4P+7/7H/4f/y/5j/GgDi/+n/2P/Z/93/6v/q/xoA4v8AAAAAAAAAAAAAAAAAAAAA1P/Y/+b/4//j/9H/LADW/+r/6v/p/+v/6//q/xYA6/8jAAAA5v/m/+n/y//I/9r/AAAAAAAAAAAAAAAAAAAAAOX/+P/M/8n/xv8SAOH/6f8AAAAAAAAAAAAAFAAAAOz/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOv/7P/X/xMA1P/Q/+v/1//y/+v/AAAAAAAAAAAAAAAAAAAAAPb/6v/u/+7/7v8ZANX/1v/s/+z/7P/s/+z/FADs/+z/zf/n/+f/8v/t/9j/JwDa/+3/7P/t/+z/7P/t/+z/FAAAAAAAAAAAAAAAAAAAAAAAxP/F/9n/3v/W/+z/uP8hAO7/AAAAAPn/AAAUAAAA7P/c/+X/6v/l/97/4f/l/yIACwDs/+z/FAAAAOz/7P/s/wAAAAAAAAAAAAAAAAAAAADZ/+z/7P/m/xQAz/8AAPn/EQAAAAAAAAAAAAAA7/8AAPP/IwAAAAAA9/8AAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7f/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA6f8WAOv/6v/r/+r/6v/q/9L/sP/v/9//4P8FAOz/o//q/+n/6//x/+z/6v8WAOv/6v/w//D/7P/s/xUA6//s/+v/6//y//L/7f/s/xUA6//s/+z/7P/u/+3/7P8UAPL/7P8UAOv/7P/s/+z/6//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAw/8KAM3/xP/n/7T/0v/j/wAAAAAAAAAAAAAAAAAAAAAJAPr/9/8aAAAAxf/V/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcANr/6v/p/+v/2//o/9v/FQDt/+//9f/z/+z/6//t/x4A3f/m/+T/6P/a/+P/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPX/DQAAABUA7P/t//H/7v/r/+v/7P/Y/9f/6f/p//j/zf8pANb/6//r/+z/6v/s/+r/FQD0/wAAAAAAAAAAAAAAAAcAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/9P/z//H/FAD1/wAAAAAAAAAAAAAAAAAAAADl/8T/3v/d/+v/6P/Z/xoAAAAAAAAAAAAAAAAAAAAAANj/6f/Y/93/7f8nAAAA6v8WAAAAAAAAAAAAAADq/wAA7P/s/+z/7f/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/W/+z/zf/m/9f/KQDW/wAAAAAAAAAAAAAAAAAAAADs//f/9//s/wAA7P/u/xQA7P8VAOz/7f/s/+z/6v/s/wAAAAAAAAAAAAAAAAAAAADu//X/7v/u//L/AAATAAAAAAD2/wAAAAAUAOz/AADs/wAAAAAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAABQA7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//s/+f/7P/r/wAAAADY/+f/6P/k/+f/6//g/xkA4v/3/ysA5v/e/9j/1P/W/8z/FwDj//H/+v/3/+z/6v/i/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO//AAAAAAAAAADt/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFQDt/+3/7P/s/9j/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAPn/AAAAAAAAAAAAAAAAAAAAAAAA7P8UAOz/7v/s/+z/7P/s/9H/DQDU/9X/2P/h/wAA5P/x/+f/8//s/+z/FADs/+z/FwDo/+b/3f/m/9v/5P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC3/8z/GgAFANb/AADA/wAAFADG/+H/z//f/9D/AADP/+z/7P/u/wAA7f/s/xQA7/8AAAAAAAAAAAAAAAAAAAAA7f/s//D/7f/s/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADs/+z/7f/x/+3/7f8UAPH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/+7/AAAAAAAAJgDY//D/7f/s/wAAAAAUAO3/7P8AAA8A+v8AAAAAAAAAAPb/AADY/+3/7//l/wAAAAAAAOz/5//E/97/2v/E/+n/GgDe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKQAAAAAA+v8AANr/1f/5/+r/5//s/+v/6//r/xcA7P8AABMAAAAAAAAA7f8AAPD/6//r/xQA7f/t/+z/7P/s/+z/FQDs/+v/7P/s/+v/6//r/+z/7f/x/+3/7f8UAO7/6f8MAAAA5f/q/+b/1//e/9H/+f/S/7n/0P/B/wgAx//u/+z/AAAAAAAA7P8UAPD/AAAAAAAAAAAAAAAAAAAAAOr/6f/r//H/7P/q/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC0A1v/J/8f/1P/k/+b/0P/i/+z/8f/4//b/7P8bAPD/z//M/9f/4P/x/+v/1f8YAAcA2f/K/9H/0v/t//L/1P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO3/FAAAAAAA7P/t/+3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgA3P+P/7b/pP/G/xYAs/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8/8XAPT/+P8AAO//7P8AAAAAAAAAAAAAAAAAAAAAAADo/+r/5f/r/9j/EwDq/wAAAAAAAAAAAAAAAAAAAADq/+v/6//l/+v/AAARANz/AAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAADt/+3/AADz//H/7/8VAPb/6v8WAOz/9v/p/+z/6v/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADu/wAAAAAAAOz/7P8AAPX/FAAAAAAA8P/t/+//7P/3/+T/+v/4//r/+f8cAO//AAAAAAAAAAAAAAAAAAAAAPH/7P/u/+3/7f8UAOz/7P8WAO//2f/e/+P/5v/Y/9f/5P/T/+n/5//1/+L/HQDp/9v/FQC7/7D/u/8IAOn/uv/r/+L/6//r/+z/6v8VAOr/p//b/5r/qP8+AKv/pv/0/+j/AADj/+T/2//m/9f/AADY/8H/5P+q/77/xf8bAAwAAADx/wAAAAAAAAAA8v8VAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/6//s/+z/FADs/wAAAAAAAAAAAAAAAAAAAAC8//H/+v/z/xAA7f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPf/AADs/wAAAADr//L/6f+2/9D/s/8yAJ//4P+4/+r/+f8AAO3/FgDu/+7/6/8hAN//6//6/+3/7P/b/+L/AAAAAAAAAAAAAAAAAAAAAAAA6v/d/9n/4/8SANf/2v/y/wAA+v8AAAAAFwAAAO3/+P/p/+//8/8AAOn/FwDy/9f/pv+x/8P/tv/h/6P/EgDU/8r/u/+k/6b/z/+w/yMA1f/i/9b/BgDj/w8A2//n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/8uANf/1//Y/9r/2P/W/+r/FgDr/+r/6//r/+r/6/8dACgAnv/P/7L/wP+1/6n/AAAAAAAAAAAAAAAAAAAAAO3/7P8AAAAAAADu/xQA8P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/+f/z/+X/+P/a/yoAAADf/+v/7P8UAOT/9P/s/9n/AAAAAAAAAAAAAAAAAAAAABQAAAAAAAAAAAD6/+//+f/2/+z/8//2/+//2f8OAOz/AAAAAAAAAAAAAAAAAAAAAOb/5P/q/+r/6//m/xcA6v8AAAAAAAAAAAAAAAAAAAAAAADr/y8A0P8AAOH/4v/p/wAAAAAAAAAAAAAAAAAAAAAAAN7/DwDt/9b/0//x/+T/GADs/+v/9v8AAOr/6P/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/xIAyf/m/wAAEgDh/+z/BgDU/93/6f8AANH/2v8AAAAA2P/5/+j/5f/j/+j/2P8XAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/AAAUAJX/4P+J/wYAkv+G/8//4/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMH/zf+//7//2v/q/xwAz//l/83/z//P/+P/1f8pAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+3/8v/s/+v/7f/N/w4Axv/g/8X/AAC6/+r/BwDw/2D/jv/A/6z/3v8GAAAAAAAAAAAAAAAAAAAAAADj/xQA6v8AAOr/3v/X/93/x//4/83/0P8AANL/2f/s/8//EQDA/8z/AADB/+f/7P/Y/ygA3v/k/9n/4v/Q/+b/6//r//P/AAD6/+7/FQAAAOz/7P8AAAAAAAAUAOz/7P/T/ywA0P/v/9j/2P/V/8P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACEAAAAAAAAAAADi/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/+f/2f+4/9D/y/8AABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8GAOz/6//s/+z/AADs/wAAFADr/+z/7P/b/9n/6v/s/wAAAAAAAAAAFADs/+7/KQDb/wAAAAAAAPT/1/8AAAAAAAAAAAAAAAAAAAAAAADy/+j/zP/n/+b/4f/t/xAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/8f/t//f/8/8UANr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwA2P/f/9b/2//v//T/xv/t/83/lP+a/8D/7v/n/wcAEADZ/9v/AADs/+T/2f/q/8//vv+p/x4Azf/v/yUAoP85AAAAAAAAAAAAx/8AAO7/FQAAAAAAAAAAAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADo/8X/s/+r/wsApf/0/+z/6//d//H/+/8UAOb/6/8AAAAAAAAAAAAAAAAAAAAA0v/b/+b/2P8vANn/zP/V/xQA5v/z/+L/5//Y/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8AAPP/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAvv8kAMv/xf/H/+j/8f/W/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvP/W/7//tv+s/9D/QADA/+f/EwAGAAAAAAAaAOz/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/u/xQA7//v/xQA7//2/+//+f/t//H/7P/n/77/7P/L/+H/BwDN/8z/AAAAAAAAAAAAADQAAADa/+r/7P/n/+3/KADY/+r/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAA5//X/+j/3f/e/wAA0P8hAPj/6v8AAAAAAAAXAPn/+f8AAAAAAAAAAAAAAAAAAAAA4P/n/8X/xv/X/yIA1P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADv//r/AAD3/+z/7P/s/+v/5v/q/+n/5f/i/xgA4//e/wAAAAAAAAAAAADg/+r/AAAAAMv/5f+v/9r/+P/Y/wAAAAAAAAAAAAAAAAAAAADF/8T/5P/P/9T/3/86AOr/6f/5//D/JADz/9z/4v/7/wYAr//k/5v/AAAAAHr/3f/S/+T/3v/1/9z/JQDb/9b/8P/s/wAAEwAAAPP/6v/p/wAAAAAAAAAAAAAAAAAAAADr/+n/6//r/+z/5/8WAOv/7P/s/+z/7P/s/xQA7P/s/+v/6f/r/+z/6//r/xUA7P8UAOz/7v8AAO7/8P/s//H/AAAUAOr/4f/Y/9f/6v8AAO3/2v8AANH/1f+7/yYA0//N/63/5P++/8L/zP86AMj/1v/i/+j/4P/r/+n/GwDr/+T/6//g/+H/0v/X/xkA6P/s/+z/7P/s/+z/7P8UAO7/7f+K/wcAdP9Q/xAA7P9Y/+z/7P/s/+z/7P8UAOz/7P/4/+3/AAD1/+3/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOr/6f/r//H/7P/q/xYA6//S/+n/3P/h/+L/KADV/9//+v/r//D/7f/s/93/7P8UAOr/7P8UAOX/1//u/+z/7P/d/yQA4f/d/9z/4f/a/9n/AAAAAAAAAAAAAAAAAAAAAO3/xP+E/5L/qv8RAO3/CgAAAAAAAAAAAAAAAAAAAAAA5//f/+b/4f/a/yYA1v/h/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA0v8dAOH/2f/f/+D/6f/V/+3/7P8AAAAAFADt/+z/AAAAAAAAAAAAAAAAAAAAAAAA2//W/9f/1P/D/8X/NADO/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/t//D/AADs/+3/AACt/9//EQCV//r/6P/V/wcAFAD1/+3/AAAAAOz/7P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/wAA7P/x/83/7/8AAAAAAAD5/wAAAAAAAA8AAAAAAAAAAAAAAAAAAAAAAAAA7P/w/+3/7f/t/+v/7P8UAAAAAAAAAAAAAAAAAAAAAAAUAOz/AAAAAAAAAADt/wAA6v/5/wAA7f8WAO7/7v/r/wAAAAAAAAAAAAAAAAAAAADN/9f/1v/S/9r/AADX/xEA1//r/+z/5f/o/yIA4//k/wAAAAAAAAAAAAAAAAAAAADp/+7/7P/0//T/7//v/xMAFADs/+//7//v/+z/4v/u/+z/7P/t/+3/7P8UAOz/7P8AAPf/AAAAAAAAEgDy//D/AAAAAAAAAAAAAAAAAAAAAOz/9//3/+z/AADs/+7/FADB/wAA6f/h/+n/uf8AAO//7P/q/+v/6P/r/+v/FQDs/7j/0//Z/9//EgDk/wkA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADt/+3/+f/x/+//7P/0/+r/6f/p/+r/4/8YAOP/6P/s/+z/7f/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD0/9n/zf/g/73/DwDU/woAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/6z/y//s/7j/5f8AAN7/5v/b/wAA9f8TAOv/5f/3/9v/6P8dANr/6f/k/+n/4f/Y/ygA7//s/+z/5//a/+j/7v/1/+7/7v/y/wAAEwAAAOz/7P/6/wAA7P/s//L/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/7P/s//L/7v/r/xcA7f8AAAAAAAAAAAAAAAAAAAAA6//u/+z/7P/s/+r/6f8UANf/4//i/+z/7P/r/yUA5P/2/93/rv+V/+7/8/8GAM//7P/s/xQA7P/t/+z/7P/s/9D/BgD5//b/6f/t/wAAAAAAABQAAAAAAAAAAADs/wAA1v/m/+3/1//Z/9b/KgDW/+z/7f8AAAAAAAAUAOz/AAAAAAAAAAAAAAAAAAAAAAAA6P/m/+j/6//q/+r/FgDr/+7/9f/u/+7/8v8AABMAAAAAAAAAAAAAAAAAAAAAAAAA6//0/+7/4P/6/xAA7f8iAOz/+P/u/93/9f/Y/+r/KwAAAAAAAAAAAAAAAAAAAAAA4v8SAOr/1v/G/9j/0P8VAPn/AAAAAAAAAAAAAAAACQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAvv/O/9j/zv/c/xEA8/8AAAAAAAAAAAAAAAAAAAAA7P/t//b/AADc/+z/FADq/wAAAAAAAAAAAAAAAAAAAADt/+z/FADv//T/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+3/7P/s/xQA7P/s/+z/7P/r/+z/7P/s/xQA+f/6/wAA7P8AAAcAAADe//P/FQAAAAAAAADz/+v/+f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUA9P/w/+z/AAAAAPT/FgD2/+r/7P/s//H/+P/v/+3/FAD4//r/zf/3//H/+P8GANj/6P8AAAAAAAAAAAAAAAAAAAAA6P8LAAAAtv/D/9L/0P8AANn/7P/v/+X/HADY/+X/4P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/t/+z/7P/r/+z/AADs/wAAAAAAAAAAAAAUAAAAAAAAAAAAAAAAAAAAAADY/+f/5//Z/9//CAAAANj/AAAAAAAAAAAAAAAAAAAAAOv/5//q/+b/6/8WAOT/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/IADd/9b/7P/k/8z/4P/s/+z/7//s//P/7P8UAO//AAAJAAAA+P/r/+z/2P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADD/97/+/8AAAAA+f89AAAAAAAAAAAAAAAAAAkA+v8AAJb/6P8GAOr/CgDi/7r/AADs/+v/7P8AAO7/FQDa/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAjAO3/7P/w/wAA4f/k/+3/AAAAAAAAAAAAAAAAAAAAAAAAFAAAAAAAAAAAAOz/AADt//H/AAAAAO//FADs/+z/1//n/87/+//c/8//AAAFAPL/AAAAAAAA8P8AAAAAHgDh/7P/6v88AOD/w/+5/9j/7P/a/9f/AADW/9z/z//3/+z/6//t/+L/7P8UAOz/7P8UAOz/+P/v/wAA6P/s/+z/AAAAAAAAAAAAAAAAAAAAAOH/2f8UAN//2P/m/8r/DAAAAAAA7//4//P/7v/w/xQAAAAAAAAAAAAAAAAAAAAAAOz/JQDr/+X/2f/X/83/2P8AAAAAAAAAAAAAAAAAAAAA1//I//H/7P/Z//j/KAC+/+b/3v/g/xwA5f/m/9//6v/p/9n/5//p/+v/1f8WAOn/AAAAAAAAAAAAAAAAAAAAAAAA2P/Y/9n/2v/q/9f/EgDw/+//6//r/+z/FADq/+z/HwAAAAAAAAAAAPj/5v8AAAAAAAAAAAAAAAAAAAAAAADt/xUA7P/v/+//7P/r//D/AAAAAAAAAAAAAAAAAAAAAL7/rv87ALD/yf/B/+H/tv8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//Y/8H/2f/X/w8A8f/j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/w/9n/yP/J/7n/GADL/93/IADY/8v/2P/r/97/4f/T/9v/AADb/+T/3P/o/yEA5f/c/+v/4f/T/9v/4f8zAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3P8iAOL/5v/l/9H/4v/b/wAAAAAAAAAAAAAAAAAAAADj/yYA2f/Y/9n/4f/d/9n/6f/r/+v/6//r/+P/FgDs/+z/7f/z//H/7v/s/xQA8/8AAKn/vv/H/+T/sP8AANf/7P8AAAAAAAAAABQA7P/u/xgACwDY/8v/7v/Q/93/xP/d/8j/7v/T/9b/5v/H/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC4/6P/2v/4/+n/wv/c/wwAAAAAAAAAAAAAAAAAAAAAANf/6v/X/+X/1v8OAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/1P/k/x4AEwDJ/9z/2v8AAAAAAAAAAAAAAAAAAAAA6//r/+r/AAAAAOr/FwDr/+7/5v8AAOb/AAD5/xgA9P/u//D/AADu/wAA+f8VAPL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVAAAAAAAAAAAA6/8AAPH/z//p/9z/3P/W/xQAGADV/wAAAAAAAAAAAAAAAAAAAADU/xIA5P/i/+n/2f8AANv/AAAAAAAAAAAAAAAAAAAAANj/2P8cAAAA2f/d/9T/6f86AKn/rP8JAMD/q/+5/6X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/wkA4f/i/+r/5f/2/97/7P/s/+z/7f/t/xQA7P/t/9n/BgAAAOP/4P/S/8n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABIAAAAAAAAA7f/r//T/7//s/+z/7v/1/+z/7P8UAPP/6//q/+j/6P/q/+r/FgDq/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/t/+3/7P/t/+z/AADe/wAAAAAAABMA2v8AAOz/AADt/+z/7v/t/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7P/s/+z/7P8GAOL/3P/f/9n/7P8AAOn/AAAAAAAAAAAAAAAAAAAAANT/2//a/9//2//s/x0A0P8AAAAAAAAAAAAAAAAAAAAA7//X/9r/0v/T/+v/EQDY/xQA7f/s/+z/7P/s/+z/7P/y/+//+v8AAAAA9v8ZAPb/4//y/wAA8v8AAO3/GQDv/+z/1P/O/8H/0//f/8j/q//s//f/AAAAAAAAFADk/wAAAADw/wAA9//5/+3/8/8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAKAOn/8P8AAPn/2v8AAOT/AAAAAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAPj/AAAAAAAAAAAAAAAAAAAAAAAA7P/r//L/8v/0/xkA6v/0/+r/3P/Y/8j/4v/r/ykAxP/i//D/AADw/wAA7f8ZAO3/6f/r/+v/6//r/+j/FgDr/wAAAAAAAAAAAAAAAAAAAADp//n/9/8AAPr/6v8XAPb/KgDz/7v/7f/M/9D/x//K/+3/8f8AAAAAAADu//j/FADt/+z/7f/t/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAPf/9P8AAAAA9f/7//f/JQAAAAAAAAAAAAAAAAAAAAAA5P8IAJ//1P+M/7L/y//i/8j/1P/Y/wAAAADe/9f/EADX/+z/+v/q/xMA4f/s/wwA7P/s/+//7P/z/+z/FADv/+z/7P/s/+z/6//p/xQA7P/r/+v/7P/r/+3/6/8VAOz/2P8HAOb/7P/d/9j/AADe/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/2f8AAOX/3v/i/wAA5P8AAAAA7P8AAAAAGQAAAAAA7P/p/+z/7P/s/+n/FQDs/wAA3v/s/+v/7P/d/xQA6P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/r/+z/7P/r/9T/AADn/+7/8//c/yQA5v8AAAAAAAAAAAAAAAAAAAAA6//l/+b/5v/o/+v/GADq/73/ov+v/7H/tf9MANP/nv/s/+n/5//j/wAA2/8aAOz/1//s/9j/4//Y/xMA1/8AAMT/z/8SAMz/2f8SAMz/3//o/+r/8//t//T/JwDr/9//AAAAAAAAAAAAAAAAAAAAAMn/0v/T/8H/xv/X/xkAAADr/9f/zf/u/+r/2v8oAMj/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/s/+z/7P8UAAYAyv/c/+b/1P/q/9b/y//w/+z/7P/t/+7/6v8TAOr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P8UAOz/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAwf++/9b/5f/o/+r/+v8AAAYAwP/R/87/0P8LAOH/z/8AAAAAAAAAAAAAAAAAAAAA7v/u/+7/AADy/+z/AAAUAAAAAAAAAAAAAAAAAAAAAADn/wgA3P/p/9j/4f8AAOX/9//N/9z/n/+v//X/z//5/+7/FAD3//r/7f/t/wAA7f8AAAAAAAAAAAAAAAAAAAAA7P/t/wAAAAAAABQA7f8AAAAA6P/x//D/8f/s/xMA7f8AAAAAAAAAAAAAAAAAAAAA5v8aAOr/AADr/+n/4P/o/+X/5//v/+n/7v/v/yEA3//P/8b/yP/o/+n/3f/V/ysA7P/6/+3/AAAAABUA7f8AAAAAAAAAAAAAAAAAAAAAAAAYAMn/z//e/9b/1/8RAO//FADs/+3/7f/t/+z/7f/s/6n/u//e/xoAov/i/wAA9v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs//L/+P/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAABUA+v8AAPn/+v/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADL/+f/IQDW/97/6P/x/+L/xf/W//P/y//M/9T/KgC6//j/9//r//D/AADs/xYAAAD6//H/v//a/97/GgC0/8X/9f8TAO3/8//u/+z/7P/q/9f/1//0//n/+f/i/ysAAAAAAAAAAAAAAAAAAAAAAAAA6v8VAPv/+v8AAOn/6//s/xUA7f/v//X/8//s/+v/7f8AAAAAAAAAAAAAAAAAAAAA2P/s/+//AADt/wAA1P8SAOn/2P/e/9//GwDV/9f/AADt/+z/7f/t/xQA7P/s/+z/DgDs/+r/2//U/9D/5f8PAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAzv/R/xcA6P/m/wAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA+P+9/87/x/+4/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAYAzv/U//H/5P/U/7n/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADH/87/6v/O/yMAvv/m//j/9//y//T/8f8UAPf/AADs/wAAAAAAAAAA7f/t/97/AAAAAAAAAAAAAAAAAAAAAAAAEgAAAAAAAAAAAAAA7/8AAAAAAAAAAAAAAAAAAAAAAAAoANL/0v/O/8H/1f8KAL7/AAAAAAAAAAAAAAAAAAAAAKr/wv/M/8X/0v8zAPD/AAAUAOz/7f/x//T/7P/s/+z/6f/r/+v/6//q/xYA6//p/xEAAAAAAAAAAAAAAO//AAD0/+z/8f/3//D/FADr/+z/AAAAAAAAAAAAAAAAAAAAAOn/5v/q/+r/6P/o/xgA6f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN7/AAC8/6r/yP8HAM7/uf8AAOz/8v/l/xEA2P/j/+H/AAAAAAAAAAAAAAAAAAAAABUA4//f//L/5//o/+z/7P8AAAAAAAAAAAAAAAAAAAAA6v8YAOr/6//u/+3/6v/o/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2v/y/xMAu/+//8T/AADF/wAAAAAAAAAAAAAAAAAAAADr/+v/8/8AAPr/7v8VAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/t/+3/8f/s/xQA7P/s/+7/8P/u//j/7v8UAO3/7P/s/+z/7P/s/+z/FADs/wAA+v8AAAAAAADU/wAALwDt/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P8UAOz/7P/s/7//kP+x/8P/pv+9/57/YAAAAAAAAAAAAAAAAAAAAAAA1P8rAOX/3f/b/9z/1f/Y/wAAAAAAAAAAAAAAAAAAAADw/9X/LgDO/+L/xv/Y/+j/AAAVAAAAAAAAAAAA9P/4/xQA7P/u//D/7P/s/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADYAv//X/+f/2v/Z/9z/yf8NANH/2//V/+L/1f8AANj/AAAAAAAAAAAAAAAAAAAAAOv/2f/u/+3/7v8fAOr/7P/s/+z/AADz/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAACIAkf8AAPr/2v8LAMz/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/9v/u//T/AADp/xcA+P/t/+7/7P8AAPb/7P8UAOz/5//r/+7/8f/s/+z/6/8VACYA5f/m//D/7v/k/9r/8f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f8SAMj/4//J/8//z/8GAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL//uv/T/8P/9P8AAML/9v/s/+v/7P/s/+7/FQDr/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1/+4/9j/5v8AAOz/0P/o/+z/6//t/+L/7P8UAOz/7P/c/9f/2f/R/93/3P8AABkAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcANn/2//h/+b/3f/Z/+X/AAAAAAAAAAAAAAAAAAAAAOb/5P/j/+X/4P/j/xsA2//H/wAACgDI/9X/3//W/87/4P/m/+j/5v/n/+P/HADr/wAAAAAAAAAAAAAAAAAAAADs/+z/7/8AAOz/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAL//+f/m/7n/1P+6/wcAFgDx//T/8f/6//n/7/8TAPD/AAAAAAAAAAAAAAAAAAAAAOP/HgDl/+X/4//X/+L/3v8AAAAAAAAAAAAAAAAAAAAAyf/P/8b/w//L/8n/QgC+/ykA4v/q/+z/8//W/9f/6P8AAAAAAAAAAAAAAAAAAAAAFADy//X/8v/2/+z/7P/z/+//7f8AAAAAAAD3/xQAAADr/9j/3P/e/wAA6v8MAOX/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt/+z/7v8UAO3/7P/s/+//AAAAAAAAAAAAAAAAAAAAAAgA7v+F/5L/sf/h/9P/x//s/+z/7f/t/+z/7P/r/xQA7P/s//r/AADs/+z/8v8UAAAA2v/o/x0A7v/V/9T/4v8UAOz/7//t/+3/7P/t/+z/AAAnAPn/AAAAAAAA4v8AALv/z//J/1sAr/+d/7X/qv/s/+7/7P/s/+z/7P8UAOz/4P/l/9z/KADu/9j/2P/a/7f/4f/j/ywA6v+z/9n/yv/n/9n/6v/S/+j/0/8fAOL/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADG/8n/wP/L/w4Asv+2/y4AAAAAAAAAAAAAAAAAAAAAANv/7f+n/4T/pf/n/w0A7P/s//D/3f/p/+z/6/8TAOz/5//t/+n/7P/p/xQA4P/p/xQA8f/t/wAAAADs/+z/7P/s/+z/7f/w/wAA7P/t/wAAFAAAAAAAAAAAAOz/7f8AAAAAAAAAAAAAAAAAAAAAAAC0/9D/3f/N/+T/1/8+AL3/7P/r/+z/7P/s/+r/FQDs/9X/x//N/87/1v/I/zoA2v8AAAAAAAAAAAAAAAAAAAAA1v/h/+D/2//i/9f/IgDf/9j/7P/e/+v/2P8TAOP/AAAjAO3/7P/w/wAA4f/k/+3/AAAAAAAAAAAAAAAAAAAAAAAA6P/q/+X/6//Y/xMA6v8AAAAAAAAAAAAAAAAAAAAA1/8oANz/AADs/9D/2P/T/+v/4P/x/+r/7P8WAOv/5//X/9v/3f/f/+L/4v8lAO//7P/r/93/8f/7/xQA5v/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/7f/v/+z/7P/x/wAAAAAAAAAAAAAAAAAAAADr/+z/7//2/wAAFQDh/+f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/+z/5f/q/9r/JwDI/9v/AAAAAAAAAAAAAAAAAAAAAAAA7P/s//D/7v8AAOz/6f/b/xEAAADx/87/7f/r/w0AAAAAAAAAAAAAAAAAAAAAAPf/wf/X/9r/4P+6/wsAAAAAAAAAAAAAAAAAAAAAAAAA3P/3//H/7//1/yYA7P/Y/xgA7v8AAAAA7v/u/+z/9f/0/+z/7f/v/+3/7P8UAOz/t//G/9r/zf/o/z4A0v/b/+z/7P/l/+v/6v8XAOj/6//Z/+D/5f/k/9v/KQDS/9v/6//r/+v/6//c/wAAAADV/9X/3v/P/9P/EwC8/+z/GgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/DwAAAAAA9f/2/wAAAADe/+P/9//u/+v/3//U/ysAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/9X/2f/o/xUA5v/0/+v/6v/e//H/7P8hAOz/7P/l/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACQDZ/9r/8f/o/9j/AADZ/wAAFQAAAOv/AAAAAAAAAADo/+D/2f/R/9X/6//m/xcA3v/g/wAA4P/r/+j/2/8RAO7/AAAAAPn/AAAUAAAA7P/o/8j/1//5/+v/AAAAANH/AAAAAPn/AAAAAAAADwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/KgDZ//X/1P/u/9//3v/v/8P/6P8AABgAsf/l/8X/4v/U/+n/4P80ANr/4v/G/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/4v/v/9v/3v8bAOz/4/8AAAAAAAAAAAAAAAAAAAAA7P/s/+3/8P/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAXAAAAAAAAAAAA+v/p/wAAAAAAAAAAAAAAAAAAAAAAABUA7f/t/+z/7P/s/+v/6/8AAMz/lP/S/5//wP8AAOz/AAAAAAAAAAAAAAAAAAAAAAAA+f/V/wYA1//u/8j/t//s/+z/7P8UAOz/7P/r/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/FADs/+z/7P/s/+z/7f/X/97/2P/U/wAA7f/s/xQA7P/t/wAA7f/u/+z/7/8AAAAAAAAAAAAAAAAAAAAA5f/w//r/9//u/+j/GAD2/wAA9f/y/wAAAADs/xUA+P/s/+z/7P/s/+z/7P/s/xQAAAD1//L/AAAAAOz/FQD4/xIA6v/k/+n/6//g/9n/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADs/+7/7P/s/+3/8P/u/+z/FADv/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADq/+z/7P/u/xUA7P/s/+v/AAAAAAAAAAAAAAAAAAAAAO//BwDn/9b/6/8AAMT/5f8AAN7/vf+y/9b/AAC9/8b/AAAAAAAAAAAAAAAAAAAAAO3/7P/w/+3/7P8UAOz/7f8AAAAAAAAAAAAAAAAAAAAA4f8SAAAA2//c/9n/4//Y/9P/6f/a/9r/6/8LAPr/3/8AAAAAAAAAAAAAAAAAAAAAJQAAAOb/5P/j/97/xP/f/8L/y/8AAAAAAAA5AMf/+v8eANz/6v/x/+z/CwC6/83/AAAAAAAAAAAAAAAAAAAAAML/3v/q/97/x/8AAOP/8v/O//f/8f/s/+j/7/8AABIA7P/p/+b/7f/r/9j/HwDq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc//D/+v/q/+X/HQDO//r/8//3/+b/IwD4//n/3f8AAAAAAAAAAAAAAAAAAAAA5f/i/+3/7P/t/+r/GQDw/+r/FgD6//r/7P/s/+n/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALT/wv/R/+r/0/+4/ysAr/8AAOz/7/8UAO7/2P/s/+//AAAAAAAAAAAAAAAAAAAAAAUAFAD6/wAAAADv/+v/AAAKAOz/yv+9/9D/yf/s/8P/6/8VAOz/7P/r/+v/6//r/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA1v/s/+z/7P/r/+r/GADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPn/6//s/+r/7P/q/xAA6f/H/9P/y//F/8P/yf/O/0UAFADx/+3/AAAAAOz/7P/s/9n/6//s/+j/7P/s/xUA7P/k//n/AAAAAAAAGwDq//P/AADX/8r/tf+7/9b/HwAAABQA9/8AAAAAAADs/+z/AADn/8X/2v/e/+z/GwDq/9f/7f/s//D/7f/s/xQA7P/t/9L/2P/H/9n/xv8AAPj/+v8AAAAAAAAAAAAAAAAAAAAADADM/woA2P/c/8T/4//e/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/+z/FACy/+z/8v/k/+L/DAC6/+7/FADz/wAAAAAAAOz/7P8AAAAAAAAAAAAAAAAAAAAAAADu/+z/FADt/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA7P/t//T/8P/s/+3/7P8UABoA5//r/9X/4P/m/+X/6/8UAO3/AADx/wAA7f/s//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1v8YANb/0P/q/w0Az//a/wAAAAAAAAAAAAAAAAAAAADM/wAA5v/Y/yYA6f/a/9f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAARAPH/8//x//D/3P/q/x4A3f/m/+T/6P/a/+P/5/8AAAAAAAAAAAAAAAAAAAAAsP/a/73/3P+v/0MA9/+s/0EAAAAAAAAAAADG/97/7f8AABIAAAAAAPr/8P/h/+7/EQAAAAAAAAAAAAAA7/8AAN7/5f/f/9b/6P8aAPb/2f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABsA3//j/+b/5f/S/+b/3f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/7P/t/wAA5P8QANj/5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADE/+H/6//J/8H/IQCn/+n/AAAAAAAAAAAAAAAAAAAAAN7/6P/l/+z/5/8vAN3/1f/L/wAAzf/C/8z/z/8AAPD/2v/r//b/AADw/+r/JQDt/+7/AAAAAAAAAAAAABMAAADs/+z/FADs/+z/7P/s/+z/7P/s/+z/7f/t/xQA7P/t/9v/8f/s/9H/0/8KAOf/zv/c/+D/6v/y//j/0/8sAAAAGwDo/wAA2P/k/+L/3P/M/+//8f/x/wAA9v/s/wAAFAAAAAAAAAAAAAAAAAAAAAAA2/8kAOT/3//g/93/1v/i/+r/AAAAAPj/+f/u//b/GAAAAPD/7f/J/wsA5P/C//P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/73/1//Q/9b/AAAAAMz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3/8XAOP/wv+a//H/q/+3/wAAAAAAAAAAAAAAAAAAAADX/+z/6P/h/xQAyf/x/9H/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7f/s/+7/7P8AABMA2/8AABcA+v8AAAAA7f/p/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/6j/yv/H/8X/9f8NAMH/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+3/8P/w/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/4/8n/HADT//T/0v/j/wAAAAAAAAAAAAAAAAAAAADO/+H/xv/O/+j/HgDj/+b/FADs//X/7//w/+z/7P/u/wAAAAAAAAAAAAAAAAAAAAASAKr/IQCs/+P/zf/E//L/7v8UAPf/+v/t/+3/AADt/yEA1/+7/6n/0P/n/7//EADY/xMA2f/a/93/6P8AANr/AADY/+r/9f/t//r/9v/e/wAAAAAAAAAAAAAAAAAAAAAVAOv/AAAAAAAAAADt/wAAAAAAAAAAAAAAAAAAAAAAAOT/5P8AAOv/8//f/yEA3/8AAAAAAAAAAAAAAAAAAAAAFADt/+z/9P/u/+7/7P/x/w4AAAAAAAAAAAAAAPj/AAAOAAAAAAAAAAAAAAD2/wAA2P8PANj/AADn/+v/2f/Y/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/3P/Y/wAAzf8AAMP/4//t/+z/FADs/+7/7P/s/+z/3P/j/+j/6v8XAOf/3f/q/8L/7f/6/9//2P+1/8f/AADu/xQA9//6/+3/7f8AAO3/7v8UAPf/+v/t/+3/AADt/+7/FAD3//r/7f/t/wAA7f/u/xQA9//6/+3/7f8AAO3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAALX/2//G/7H/vv/R//H/JwDZ/+3/2v/Z/+v/uv8qANv/2P/A/8j/4P/i/+v/FQAVAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANj/2P/k/9z/2v/Y/ygA3f/s/+z/7P/s/+z/FADs/+z/FADt/+z/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABMA1v/i/9f/4v/X/9z/AADs/+z/7P/s/+3/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAOr/AAAAAPj/+f/u//b/GADs/+z/9P/x/wAAFADs/wAAuv/O/33/y/+0/zEA2//D/wAAAAAAAAAAAAAAAAAAAADY/9n/3v/s/+v/2P/d/ycAJAD1/wAAAAAAAOH/4f8AAAAA5f/d/+r/3v8UAM7/1//j//H/7P/t/+v/7P/r/xQAAAAAAAAAAAAAAAAAAAAAAPj/AADE/8L/6v8GAOT/0/+9/wkA0v/b/9X/9v/c/xIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIwDZ/+z/7P/s/+X/3f/r/wAAAAAAAAAAAAAAAAAAAAAAAJj/dP8AAMf/DQDT/7X/7//s/+z/7P8UAOz/6//s/+n/5v/q/+r/6P/o/xgA6f8AAAAAAAAAAAAAAAAAAAAA6v/r/+v/6//s/xUA6//r/wAAAAAAAAAAAAAAAAAAAADr/+r/6//r/+v/6f8VAOz/AAAAAAAAAAAAAAAAAAAAAO//FADs/+3/7f/t/+z/9P8AAAAAAAAAAAAAAAAAAAAA7/8UAOz/7f/t/+3/7P/0/+z/+P8AAPP/7P/s//n/FAC4/9v/oP+O/7n/DQCn/xMAAAAAAAAAAAAAAAAAAAAAANn/6f/s/+n/9//g/+D/MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/7P8AAAAA9f8GABMA2f/O/zYA4v/c/9j/3f+7/9r/7P/o/+z/7//5/+r/FwDu/xYAAAAAAAAAAAAAAOr/AAAHAAAA1//h/+f/FADX/+P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/s/+3/7P/u/+n/GADy/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDW/w8AHADn/9H/3P/P/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7v/u/+3/FADs/+z/FgDr/+n/7P/s/+n/6//p/+P/KwC4/8P/zv/V/67/AAAKAAAA9P8AAPj/2P/Z/9v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/+D/6v/j/9X/DQDS//T/AAAAAAAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABEAAAAAAAAAAAAAAO//AADX/8T/+//H/5b/wf/t/wAA7P8YAPD/3v/s/+r/4P/b/+v/5f/m/+b/6P/r/xgA6v/X/97/6v/k/+n/EgDj//r/2//P/97/zf/e/9T/NADQ/8n/RACx/8b/v//B/8v/xv/h/93/5f/k/+f/5v8dAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAApP8AAKr/k//1/+n/v/8AAAAAAADs/+f/2P/a/+n/2P8AAAAAAAAAAAAAAAAAAAAAvP/U/wAAmv+x/8T/DQDt/x8A5v+2/+v/4f/P/+L/xP8AAAAAAAAAAAAAAAAAAAAA7v/1/+7/7v/y/wAAEwAAAOX/GwAAAOv/6f/f/9v/5v8nALz/0P/a/9r/1//n/8n/6v/w//D/7P/s/xUA6//s/xkAzv/q/9T/7P8AANn/4v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAPH/7f8AAAAA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAA8P8AAPv/AAAUAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/n/+//7v/r/+v/7P8UAOb/7P/6/wAA9P/Z/xoA7P/r/9r/7P/u/+//FAAAAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAWAOz/6v/t/+3/6v/q/+3/7f/q/+z/7P/r/+v/FQDs/+z/8f/5//D/8f8UAOz/7P8AAOn/3f/V/xQA1//x/9T/AADf/wAA9v/b/6P/9v8aAAwAAADg/+X/6v/r/8D/4//E/xoA6f/p/+f/7P/k/+b/FADt/wAA+f8AAOz/4P8AABYAyP+z/7D/lv/n/+T/0P8AAAAAAAAAAAAAAAAAAAAAFADt/+7/7P/u/+v/7P/w/wAAAAAAAAAAAAAAAAAAAADf/9z/1P/U/9j/7P8WANz/FADs/+z/7P/s/+z/6//s/+v/2/8VAOv/6//i/+f/6v/q/+z/7P8VAOz/6v/h/+z/7P/o/wAA8v/s/+z/8P8UAML/zf+t/6X/IwDq/6L/AADs/xUA7f/v/+z/8f/r/+z/wf8RAMr/nf8AAOb/AAC5/wAAAAAAAAAAAAAAAAAAAAApAOn/7f/w//j/1//s/+b/CwDf/+//9P8UAOr/5//s/+7/7P8UAO3/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA6//p/+v/7P/r/+v/FQDs/+v/7P/v//b/AAAVAOH/5/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/vv/M/w4A3/8MAAAA6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIX/3P/j/8H/m/8hAOn/pf8AAAAAAAAAAAAAAAAAAAAAwP/d/+n/w//L/xoAvv/w/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/+z/4v/1/+z/FQDr/+z/7f8AAAAAAAAUAO3/AAAAAO3/AAAAAAAAAAAAABMA7P/s/+z/7f/s/+z/FADs/xcA4P/N/9z/0P+u/+3/xf8AAOr/6//r/+b/5/8AAOv/7P/u/wAAAAAAABQA8P/s/+z/6f/s/+L/9f/s/xUA6/8AAAAAAAAAAAAAAAAAAAAA6//k/+v/6P8ZAOv/6//l/+z/FADs/+v/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6/8WAO//8f/r/+n/5v/r/wAAAAAAAAAAAAAAAAAAAAAVAOz/7//v/+//7P/Z/+3/AAAAAAAAAAAAAAAAAAAAAAoA0//n/+b/4f/R/9T/AADW/9X/7//p/+X/0/8rAOn/AAAAAAAAAAAAAAAAAAAAAOz/DwDv/+//5//p//P/7f/5/wAAAAAAAAAAAAAHAAAABwAQAOP/7v/I/7n/8f/C/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8P/Z/+P/4//y/wAA9P/q/+f/6P/k/+f/6//g/xkA4v8AAOz/6//b/9j/4v8RAOP/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAAAAAAAFADw/+z/6//4/+j/7f/q/+v/FADs/9b/PAC2/+n/uv/W/7//yP8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAsA1v/n/+X/5v/6/wAA6v/t/+3/7P/u/wAAFQDr/+z/AAAAAAAAAAAAAAAAAAAAAOT/7P/r/+j/7P/q/xUA7P/p/+j/6v/p/+7/+/8XAPD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/AAAAAPn/AAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAA4//U/9v/2P/a/yoA1//U/wAAFQD6/wAA+f/6/+3/AADw/xUA8/8AAPH/8f/q//L/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xYA8P/h/+v/6//k/+v/AAAAAAAAAAAAAAAAAAAAAPD/7P/3/xQA7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/6f/s/9r/7P/g/yUA2P/q/+7/7f8UAPH/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAhAAAAAAAAAAAAAADf/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//o/+v/2//q/+f/5P8WANv/t//m/9v/2f8UABcA5v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADAD6/wAA7P8UAPD/9P/t/+3/6//z/+7/2v8oAPH/8f/o/9r/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOP/3v/s/+n/3v/s/xQA6//t/+z/8P/t/+z/FADs/+3/7P/s//r/FADs/+z/7P/s/7j/2f8AANP/x//m/xoADgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOb/6P/6/+//EwDn/+j/7v/o/+v/3//Z/+//IADb/+j/AAAAAAAAAAAAAAAAAAAAAOL/4/8AAPb/9/8dAOX/5P/S/+T/yv/a/9b/HQAAANX/5P/5/wAAAAAAABsA6v/z/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7P/s/+z/7P/s//T/5f/0/+7/GwDq//n/5P8AAAAAAAAAAAAAAAAAAAAAAADF/9j/0//Y/wsA1f/F/8j/wv/j/9r/s/8AAND/DgDl/x4A6v/s/+v/6//a/+v/5f8eAOr/7P/r/+v/2v/r/+z/7//w//j/8/8UAOz/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOn/BQDd/9r/6v/A/wAAAAAAAOf/yP/H/9n/2//2/9b/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPD/+f8AAO3/+P8nAOv/5v/r/+j/6//d/+r/6P/k/xYACwDa//T/8//y/wAA3P/X/+n/9f/s/wAA+f8VAOz/+f8AAAAAAAAAAAAAAAAAAAAA5//q/xUA7P/q/+v/6//w/+b/AAAWAAAA6P/W/9T/2/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOX/+P/w/9//7v8AAOD/AAAAAAAAAAAAAAAAAAAAAAAAxv8SAOv/wP/F/7b/FADD/wAAAAAAAAAAAAAAAAAAAADq/xUA+//6/wAA6f/r/+z/AAAAAAAAAAAAAAAAAAAAAOn/EwAPANr/2//X/+P/1v8UAAAAAAAAAAAA7P/s//n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/+z/FADr/+z/8v/s/+n/AAAAAAAAAAAAAAAAAAAAANz/0v8rAN//3//V/9f/3P/t/+z/7f/t/xQA7P/s/+z/FgDp/+r/3f/q/+f/7f/q/wAAAAAAAAAAAAAAAAAAAAAUAOz/7f/v/+z/7f/s/+z/7P/s/+z/7P8UAOz/7P/s/9D/5f/U/83/1/8uANX/3/8AAAAAAAAAAAAAAAAAAAAA9v/t/wAAAAAAAPf/FQAAAAAAAAAAAAAAAAAAAAAAAAD5/wAAAAAAAAAAAAAHAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9j/AADx/97/7P8TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+v/GADt/+z/6P/p/+z/1v+0/9v/0P/a/+P/MwDV/wAAAAAAAAAAAAAAAAAAAADg/+z/7f/0/+7/7v8VAOz/AAAAAAAAAAAAAAAAAAAAAOv/FADi/+z/5f/m/+z/6f8AAAAAAAAAAAAAAAAAAAAA5//M/9f/0v/U/+j/KgDV/+f/6f/o/+j/8//n/xgA6//o/+n/FwD3//j/7//p/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADy/+z/7P/j//D/7P8UAOz/AAAAAAAAAAD4/xEA9P/0/wAAAAAAAAAAAAAAAAAAAADU/7j/EgDF/97/EwCz/+n/xv+4/9D/xP/L/wAADgDQ/wAAAAAAAAAAAAAAAAAAAADs/+D/tP+x//L/0f+z/x0AAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P8VAOr/6//r/+v/6v/p/+v/7f/t/+z/7v8AABUA6//s/wAAAAAAAAAAAAAAAAAAAADs/+z/AADu/+H/8P/r/xUA7v8UAPf/+v/t/+3/AADt//P/JwDu/wAA9//6/+D/AADh/9P/6f/i/+3/2P/Y/ycAFAD0/wAAAAAAAOz/7P/2/+r/6v/e/9//GwDl/9v/5P/n/97/6v/p/+X/2v8fAOn/+/+0/+f/MACu/9b/9P/F/+z/6//s/+z/7v8VAOv/7P/p/9v/3/8AANL/DAD4/9f/AADw/wAA+/8AABQA7P/s/+3/FADs/+7/7P/t/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD5/9f/4P/s/+v/1/8UANf/AADr/+z/6f/t/+P/AADx/+z/7P/v/wAA7v/s/xQA8v8AAAAAAAAAAAAAAAAAAAAAEwDX/xMA6//q/9z/6P/f/+z/7P/u/wAA7f/s/xQA7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4//t//P/+/8AABcA7P/r/+L/6P/m/+H/5//l/+b/GwAAAAAAAAAAAAAAAAAAAAAA6P/l/8//1f/P/ykA1//a/+b/7P8AAAAAAAAmANj/7/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/p/wAA7v/6/+n/5f8YAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/s//D/7f/s/xQA7P/t/9P/xP8iANr/6//K/wAA1P/Y/9j/6v8AANf/AADX/+H/8f/v/wAAFADt/+r/6f/3/wAAAAAAAAAAAAAAAAAAAAD4/ykAAAAAAPv/AADe/wAAAAAAAAAAAAAAAAAAAAAAAOz/7P/u/+z/7P/r/+z/FAAbANr/7P/r/+z/6v/k/+3/AAAWAPb/8f8AAPr/7P/u/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlv/J/67/4v+7/9r/LQC7/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xUA9P/z//D/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADW/9r/2v/k/+v/GQDR/+n/6v/q/+r/6//k/xgA4//o/wAA9/8AAAAAAAASAPL/8P/s/+7/7P/s/wAA7f8UAAAA4//h/+z/6v/w/+z/KADt/xYA7P/q/+3/7f/q/+r/7f/N/zIA0//T/9L/xv/S/9j/AAAAAAAAAAAAAAAAAAAAAOv/5//Q/xsA1v8TAN3/4/8AAAAAAAAAAAAAAAAAAAAA5v/k/+T/2v/k/xwA4P/n/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADF/wAA2f/P/+z/7P8AAOz/AAAAAAAAAAAAAAAAAAAAAOr/FgDq/+v/7P/p/+r/6/8AAAAAAAAAAAAAAAAAAAAA5v8GANz/2f/Y/9n/2v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/t/+z/7v8AABUA6//s/9H/DADf/+v/2//R/9z/BwDq//D/AAAAAAAAAAAWAAAA9f8UAAAAAADw/+3/7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAAAACQAAAPn/AAAAAAAAAAAAAAkAAADs/+z/7f/t/xQA7P/s/+z/4P/s/+z/8v/u/+v/FwDt/+//FgDv/+//+v/y//D/7P/Z/+j/yv8kAAYA5P/i//X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANz/DADs/+n/6v8GAOn/5f/t/xUA6//s/+z/7//q/+v/0//I/zgA4v/O/+T/0f+9/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/p/+z/6//s/xUA7P/c/+j/7P/z//P/FADr/+f/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOf/KQDi/+z/2//g/9f/8//t/+z/7f/u/+3/7P8UAOz/6P/1/+z/7P/q/+L/6f8eAOz/FADs/+7/7P/s/+z/7P/s/+z/6//u/+z/7P/x/xQAAAAAAAAAAAAAAAAAAAAAAN3/FQDj/9T/5P/i//H/2f/W/wAAAAAAAAAAJAAAAOb/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6f/a/9j/5f8SAOr/2P/c/9j/5v/M/+n/1f/V/zUAEwARANH/AADi/7r/1v/f//n/xP/d/+v/4f/o/9f/GQAAAAAAAAAAAAAAAAAAAAAAJgDr/+z/3P/t/+r/2P/d/+7/HQDv//H/7P8AAOv/7P/s/+z/7P/s/+z/FADs/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1P/I/+D/4//c/9D/4/80APn/7v8AAAAAAAD6/xQAAAAAAAAAAAAAAAAAAAAAAAAA5v/f/+r/6v/r/+X/LgDi/8T/CQDN/8//6P/D/83/JADY/9r/3v/q/9r/6//e/xsA5v/f/+r/6v/r/+X/LgDi/yMA3f/l/+3/3f/O/97/3//h/xkA6//t/+v/3v/m//X/AAAAAAAAAAAAAAAABgAAAOL/6/8YAO3/7P/o/+n/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPL/7P/5/wAAAADs/xUAFAAUAOr/1//j/+3/7f/X/+L/AAAAAAAAAAAAAAAAAAAAAOv/6v/q//T/6//o/xYA6/8AAAAAAAAAAAAAAAAAAAAAFADr/+H/1f/a/xAAyv/T/+z/7P/s/+z/7P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+z/7P/s/xQA7P/s/+j/1//O/8z/2v/Y/y0A0//h/+T/5//Y/9v/5P8eAOb/FQAAAAAAAAAAAOv/AADx//v/HADh/wAA3f/X/9v/zf/X/8r/2P/Q/+7/5v+9/x8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADV/9v/0f8AAOH/1P/G/xYA0v8bAOj/2//r/+z/5f/X/wAAAAAAAAAAAAAAAAAAAADY/+H/2v8lANX/yP/7/8n/6v/r/+v/7P/s/xUA6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAC6/8j/w//d/7j/7v8eAAAAAAAAAAAAAAAAAAAAAADw/+z/AAAAAAAA7P8UAPP/AAD1/wAAAAAAAPH/AAARAMv/5f8NANP/0f/1/+P/CAAAAAAAAAAAAAAAAAAAAAAA7P/s/+3/7v/u/+z/7P8UANX/AADt/+X/2P/s/xUA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADU/zIAAAAAAPb/8P/Q/9f/FADt/+z/7P/s/+z/7P/s/+X/GQDo/+f/6P/o/+j/6P8AAAAAAAAAAAAAAAAAAAAA5P/j/+j/5//l/+H/HADe/wAAAAAAAAAAAAAAAAAAAAAXAOz/7f/0/+z/2v/m/wAA1f/5/8z/x//Y/wkA8f/V/+3/6f8AAPn/AADv/ygA5//n/+H/6P/q/+r/5P8cAOf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr/xQA7v/t/+z/AADs/9j/3f/q/+f/5//x/87/GQAAAOz/6v/y/+7/7f8AABQA1v/H/8T/sP/t/7H/AADr/woAAAAAAAAAAAAAAAAAAAAAAOj/8P8AAAAAAADp/xkAAADb/8//tP/N/9f/7P/j/ykA7//S/9v/v//b/wAA5/8PAN3/7P/u/+z/7//q/+n/FwDg/9j/4f/i/+T/IgDY/9f/2P+0/6n/rP+j/xQA8v+y/9n/yf/Z/9P/2f8tAOb/1v/Y/+f/1/8AANL/GADG/7b/2v/E/73/vf/S/ykA3//O/+7/7//y//T/7f8VAOv/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P/s/xQA7P/s/+z/7P/v/+3/7P/s/xQAsP/F/8H/u//J/x0AtP8AAOj/AAAAAAAAAAAnAOr/7//y/8n/xv/P/9D/FACk/wAA6//a/+z/6//s/wkA2P8AAOz/7P/6/wAA8v/s/xQA7P/t/xQA7P/u/+z/7f/s/+z/7f8AAAAAFAAAAOz/AADs/wAA6//s/+3/7P/s/+z/FADr/9j/1//c/9z/2P8hAM3/AAAAAAAAAAAAAAAAAAAAAMX/2//a/+P/0P/U/9P/OgDP/9H/4//h/9j/KQDJ/9//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/7//s//P/7P8UAO//0//M/x8A1v/W/+b/8P/2/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAJwDs//X/+P8AAOb/9//N/8X/3//i/+T/AADY/w4A0f/s//f/7//Z/+L/7/8dAPr/wf+z/7P/zP/L/xQA1f/z/wkAyP+n/6n/DADV//P/7P/s/+z/6//s/+z/FADs/9n/7v8AACQAAADL/+z/xf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/xQA7P/r/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/9P/6/+//7P8UAOz/7P/s/xQA7f/u/+z/7P/t/wAAAAAAAAAAAAAAAAAAAADo/xoA5f/o/+b/5f/j/+f/GAD7/wAAAAAAAAAA6f8AAOz/FADs/+z/7P/s/+z/7P/s/xQA7P/s/+z/7P/s/+z/5//p/+z/2v/s/+D/JQDY/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA7P/s/+z/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA8v8VAOz/8f/4/+n/6//q/xYAxv/u//f/5f/t/+v/0v+8/8//u/+i/6X/y/8+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/8P/t/+z/7f/s/xQA7P8UAM7/4P/g/+z/6f/v/9f/9f8UAOz/7P/v/+7/7P/s/xQA7P/0//P/8v/s/wAA7P/Y/wAA3v/e/9//AADq/+f/5v8AANP/1f/a/9f/EADa/+n/FwDl/9//5v/r/+v/5f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P/s/+v/7P/s/xQA7P/j/+r/6v/l/+v/GADr/9f/AAAAAAAAAAAAAAAAAAAAAOP/6P/p/+r/6//o/xgA6f/k/87/+//h/97/6v8PAN//AAAAAAAAAAAAAAAAFQD0/8v/0f/a/9b/AAAAAAkAuv/j/9v/5v/u/9L/5P/m/zEA7P/s/+z/7P/r/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4v/3/wAA8v8UAOv/7//s/+D/w//Q/7z/DwDe/wwA8v/s/+z/9P/6/+//7P8UAOz/6f8MAOD/7P/t//f/EwDr/wAA8f/W/9X/0P/I/wAA2f/Y/9f/tv/w/8H/6f/R/xMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+7/9v/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANb/9v8cAAgAyP/t/8v/3/8UAPP/AAAAAAAA7P/s/wAAHgAAAAAAAAAAAPH/4v8AABQA7v8AAAAAAADs/+z/AAAUAO3/AAAAAAAA9f/s/wAA4//X/xEA5f/o/wAA2P/Y/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADh/0AA8v/b//j/1v+8/+r/KADY/wAAAADt/9z/2P/c/wAAAAAAAAAAAAAAAAAAAAAcAPr/7f/2//X/+f/5//X/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA7P/y//T/AAD3/xIA7P/4/9r/AADr/xUA5P/p/+T/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2//s/+3/7//e/9j/FAAAAAAA0f/k/9X/0//3//L/xv8AAAAA5P/N/8z/5P8AANL/6/8WAAAA9P/r/+r/5v/r/+z/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAJQD7/wAAAAAAANn/6//2/wAAEAAAAAAAAAAAAPT/AADp/xYA7P/t/+r/9f/j/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADY/wAA6v/x/xQAAADt/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANQDV/8T/yf/Q/8//vv/A/+3/7P8UAO//9P/s/+z/7P8UAOz/AAAAAO//8f/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADK/wAAnf+d/+7/EwDi/9v/7v/s/xQA7f/s/+z/7P/s/xMAAADn/8z/6f/X/wAA4P/c/+z/8f8AAAAAGADR/+X/IAAAAAAAAAAAAPr/5P8AAAAAAAAAAAAAAAAAAAAAAADs/xQA+P/4/+3/7f/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgDD//T/xP/V/yIAyf/q/7v/7P/s/xQA7v/s/+z/7P/t/+L/6/8YAO3/7P/o/+n/7P8AAAAAAAAAAAAAAAAAAAAAz/8UAM//z//a/9z/9f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAK//t/87ALf/uv/J/97/r/8AAAAAAAAAAAAAAAAAAAAAAADk/8T/vf/o/9v/5//v/wAAAAAAAAAAAAAAAAAAAADr/+z/7P/s/+z/7P/s/xQA7f/s/+v/7P/u/xQA7P/s/9r/wP/q/9j/6v8oAN3/6P8AAAAAAAAAAAAAAAAAAAAA7P/s//L/8v/t/+3/FADr/+z/7P/y//L/7f/t/xQA6/8AAAAAAAAAAAAAAAAAAAAAxv/m/+X/4P/r/9v/IgDp/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA5//j/+z/6/8VAOX/3f/r/ysA5P/n//r/AADq/9X/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/7P/s/+z/6/8VAOv/AADz/xcA9P/4/wAA7//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6//s/+//9v8AABUA4f/n/wAAAAAAAAAAAAAAAAAAAAAMAAAAyf/G/8n/3P/D/xUA2v/T/wwA5f/d/7j/2/8YAAgA1v/W/8z/2v/J/wwA2/8AAAAAAAAAAAAAAAAAAAAAxf/V/8X/y//t/zcAyP/O/wAAAAAAAAAAAAAAAAAAAADs/9//6//b/+v/2P/m/yEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FAAAAOj/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMT/1P8oAL3/z//a/woA2v/h/+r/+P/P/wAAHgDh/+j/2/+q/8L/uv+m/yYA4v/i/+z/1v/Y/9z/5f8AANT/GgDs/+v/7P/u/+3/FADs/+z/6v/o/+H/6v/1/wsAz//T/xQA7P/t/+z/AADs/+r/7f/s/+v/IQDq/+H/5P/T/xUA7P8AAAAAAAAAAO//FAAAAOn/AAAAAPH/2P/y/+b/CwAUAOz/7P/u/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAANT/IADu/+3/6//o/+H/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s/+z/7f/S/wAA7P/s/+z/7f/0/+7/FADs/+z/AAAAAAAAAAAAAAAAAAAAAOz/7v8AAAAAAAAUAOz/AADC/xMAtP+a/6D/uf8mAMP/7v8UAPf/+v/t/+3/AADt/+b/CQDp/wAA2v/H/wkA2P/s/+z/7P/t/+z/7P/s/xQAAAAAAAAAAAAAABQAAADt/+z/7P/s/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7v/l/+z/8/8AAOv/GQDs/+z/6f/p/+v/6//m/xQA3//V/9z/1v/V/wAA5f/a/y0AAAAAAAAAAAAAAAAAAAAAAOj/2//s/+7/7v/s/xcA7P/s/+n/6f/r/+v/5v8UAN//AAD3/wAAAAAAABIA8v/w/wAAAAAAAAAAAAAAAAAAAADY/7v/1//A/+L/IgDk/+D/8v/z//P/AAD6/+z/2f8UAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA4A+P8AAAAAAAAAAOX/5f/Z/wAA7P/t/+v/EwDg/9//+P/3/+v/8P8AAOz/FgAAAN3/6/8UAPH/+v/j/+z/7f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/xQA7P/s/+z/7//s/+z/EwDu/wAAAAAAAPT/8P/t/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAO7/FwDy//j/8P/v/+b/7v/s/+3/AAAUAAAA7P/s/+//AAAAAAAAAAAAAAAAAAAAAOX/5//v/+n/7v/v/yEA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAA4AAAAAAPX/AAAAAPD/JwDZ/+//3f/k/+L/5f/r/xUA6//p//P/6f/r//H/1P/w/+X/8P/n/9r/JgDf/+D/HQDn//j/6P/p/+T/6P8AAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAOv/AADx/+L/2v8dAOT/5P/Z/+f/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/7P8UAOz/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/AADt/+z/FADv/9f/CgDP/9H/1f/b/+H/CgAAAAAAAAAAAAAAAAAAAAAA6v/o/wAA2f/Z/+z/0f8TAAAA7P/s/xQAAADs/+z/7P8AAAAA+v/0/+v/8//5/yUAAAAAAAAAAAAAAAAAAAAAAOz/7P/u//X/7P/s/xQA8//r/+r/6v/0/+v/6P8WAOv/AAAAAAAAAAAAAAAAAAAAANb/4v/g/8z/5P8fAOf/1/8AAAAAAAAAAAAAAAAAAAAAHwDZ//b/7f/X/9f/0P/m//b/4P/j/+L/5P8ZAN7/4/+1/7b/wf/G/9z/UQDC/7v/0P82AMX/xf/F/6j/k/+h/9v/6//r/9v/AADZ/xIA2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/8P8AAPD/AADt/xkA7f/6//r/z//E/9b/CgDv/7n/AAAAAAAAAAAAAAAAAAAAABEA1//y/9v/4/8AAM//1P8AAMv/x//K/+D/xP/X/yMA4P8AAOn/5P/W/+j/CwDV/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f8AAAAAFAAAAOz/AADs/+b/MgDT/7//w//M/9L/z/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAcA6P/Y/9r/4/8OANT/5f/X/+z/3f/v/+n/AADe/wAA6f/m/+T/6//r/8//GgDp/9D/6P/U/+f/2P/r/x8A7P8AAAAAAAAAAAAAAAAAAAAA4P/s/+z/8v/u/+v/FwDt/+//AAAAAAAAAADt/xQA7//r/+v/7P/r/+z/6f8UAOz/AAAAAAAAAAAAAAAAAAAAAOr/GQDr/+v/6//q/9v/6v8AAPX/AAAAAAAA8f8AABEAAADs/+z/7f/u/+7/FADv/wAAAAAAAAAAAAAAAAAAAADs/wAAAAAAAAAAFADs/+7/KQC4/8H/7/+z/+D/9P+O/wAAAAAAAAAAAAAAAAAAAAAAAPr/9f/4//f/AADv/xMA7P/s/+7/9v/t/+z/7P8UAAAAAAAAAAAAAAAAAAAAAADm/87/3P/R/+f/IADT//n/PwDq/wAAAAAAAMn/yf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1f/X//r/7f8AANv/6v8AAAAAAAAAAAAAAAAAAAAAAADt/+z/7f/t/xQA7P/s/+z/+v/u/wAAAAAAAAAAEgAAAAgA5P/r/+z/AAD4/+v/5f/G/w0A2P/T/8r/5v/3/+r/6//r/+z/6//o/9j/6/8hAB8A2f/6/wAAAADk/+X/AAAUAOz/AAD1//L/9P/s/+z/7f8AAAAAFAAAAOz/AADs/xQA7//6/wAA9//s/+z/7P8AAAAAAAAAAAAA7f8AABMAKQDm/97/2P/h/9b/2P/o/wAAAAAAAAAAAAAAAAAAAADS/+r/5P/i/+r/6/8oAOv/7//s/+z/8//u/+z/FADs/9j/7P/k/+z/6v/Y/+v/IwDs/+7/8P/u//j/7v8UAO3/AAAAAAAAAAAAAAAAAAAAAOf/7P/v/+3/AAAXAOn/7P8AAAAAAAAAAAAAAAAAAAAAqP+l/5v/q//e/7//1/8mABQA7P/t/wAA7f/u/+z/7//s/+z/7f/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAANz/DwAPAOj/3f/W/9f/2//s/wAA5//f/+T/7P/W/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADn/9H/7P/v/ykA1v/b/9z/AAD2/wAAAAAUAOz/AADs/+v/DwDU/9n/AADT/+v/1v8AAAAAAAAAAAAAAAAAAAAA7//s/+z/8//u/+z/FADs/wAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/6//s/xQAAAAAAAAAAAAAAAAAAAAAAAAAz//2//b/8f/4/+D/KQDs/+z/7f/t/+z/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD2/xQA6v/s/+v/6//c/+v/AAAAAAAAAAAAAAAAAAAAAAAAFwDL/+z/yv/P/87/0f8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7P/s/+z/7P/s/w4A0//S/9D/2f/x//H/2P/n/xcA6v/t/+z/7P/q/+r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIgDp/+T/9v/h/9j/6P/W/+z/FADx/wAA7//t/+7/7P8AAAAAAAAAAAAAAAAAAAAA7f8oAPj/AAD1/wAA2P8AAOz/7P/z//D/9P/s/+z/FADa/xQA7f/w/+z/7P/s/+z/AAAAAAAAAAAAAAAAAAAAAML/yv/S/8//1P/E/z8Ayv/p/+z/+v/5/+//6f8WAO7/AAAAAAAAAAAAAAAAFQD0/wAAAAAAAAAAAAAAAAAAAADS/ygA4v/s/+b/7P/k//T/AAAAAAAAAAAAAAAAAAAAAOr/6//m/+r/7P/r/xYA5P/s/+z/7//s/xQA7P/s/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADd/xYAAADT/9j/5v/d/+n/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8UAOb/8f/s/+3/7P/t/+3/8f8AAAAAAADu//j/FAAAAAAAAAAAAAAAAAAAAAAAJgDn/+X/6//c/+z/2f/r//r/6P/V/9H/zf8QANz/y//s/+z/7P/r/+z/7P/s/xQA8P/s//X/AAAAAOj/HQAAAOv/6v/q//T/6//o/xYA6/8AABcAAAAAAPb/6v/r/+z/7P8UAOz/7P/r/+z/6P/s/+b/7v8AAAAAAAAmANj/8P/s/wYA2P/Z/+z/7P8AANn/FwAAAAAAAAAAAPr/6f8AAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAD0//j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+z/AAAAAAAAFADy//b/FADu/+3/7P/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAADt/wAAAAAUAAAA7P8AAOz/7P8UAAAAAADs/+z/7P/s/+n/7P8AAAAAAADs/xQA8/8AAAAAAAAAAAAAAAAAAAAA7P/u//X/7v/x/xQA7f/s/xUAAAAAAAAAAADr/wAA8f8AAAAAAAAAAAAAAAAAAAAAFADr/+n/4v/r/+r/+f/r//L/7P/s/+P/8P/s/xQA7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHEA0v/M/9D/0f+t/5f/t/8AAAAAAAAAAAAABwAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/AADR/9T/zP8gAN3/2P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADcAxf/U/8r/z/+z/9P/zv/5//X/AAAAAAAA9v8QAAAA1v/G/wcA3v+2/w4Azv/1//f/3v/y/wYA5v/o/73/4f8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/FADs/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX/+P/6f/l/9f/AADY/wAAAAAAAAAAAAAAAAAAAADz//r/AAAAAAAAAAATAAAA5P/T/+n/5//1/+L/HQDp//H/AAAAAAAAAADu/wAAEwD5/xUAAADs/wAA8f/t/+z/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7f/y/wAAAAAAAO7/+/8UACgAxf/R/5//rf/p/+H/uv/X/wAA5//u/+X/FwC2/9//DADH/8//3v8TAM7/2P+9/wAAAAAAAAAAAAAAAAAAAAD6/+3/8v/7/+z/7P8GAOr/AAAAAAAAAAAAAAAAAAAAAPD/7P/3/xQA7P/s/+v/6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOr/2f/u//n/zP/X/9j/LQAAAAAAAAAAAAAAAAAAAAAA6P8LAOX/4f/k/+z/2f8UAAAACQAAAAAAAAAAAPf/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOL/1P8AAPT/8v8bAOf/5//i/yEA4//k/9z/5v/b/+P/0//Y/9v/wv/r/8v/FwDJ/+r/yP/t/9X/6//x/xMA0v8AAAAADgAAAAAA9f8AAAAAAAAAAAAAAAAAAAAAAAAAANr/5P/n/+b/4//a/+H/HAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPT/FQD5/+n/9v/u/+z/6/8AAAAAAAAAAAAAAAAAAAAAAADV/9b/1f/e/+T/DADU/wAAAAAAAAAAAAAAAAAAAADX/+n/2v/g/xQA6v/Z/wAAAAAAAAAAAAAAAO3/AAATAOz/7P/x/+z/FADs/+z/7P/s/+z/7P/u/+z/7P8UAO//z//F/+L/KQDS/8r/0v/k//f/AAD1/wAAAAAAAPf/AACL/0MAef/P/wAAmP/Y/4D/6v8XAOv/6//r/+b/5P/q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMD/IwDf/+f/6f/1/8v/2v8AABQAAAAAAAAAAADs/wAAAAAAAAAAAAAAAAAAAAAAAOv/FQDs/+z/7P/r/+v/7P/s/xcA1//e/+f/6//p/+n/AAAAAAAAAAAAAAAAAAAAAOL/GQDr/+r/6//s/+j/5/8AAAAAAAAAAAAAAAAAAAAA5/8WAOv/5f/r/+v/6//r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOD/HQDn//j/6P/p/+T/6P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADEAAAAAAAAA+v/P//j/AAATAAAAAAAAAO3/AADw/wAAAAAAAAAAAAAAAAAAAADv/xQA7P/v/+z/7f/s/+z/6/8VAOz/7P/r/+v/6//r/wAAAAAAAAAAAAAAAAAAAADn/xYA4f/l/+v/6v/p/+r/AAAAAAAAAAAAAAAAAAAAAOL/HwDr/+L/5P/f/9//5/8AAAAAAAAAAAAAAAAAAAAA7/8UAOz/7//s/+3/7P/s/wAAMQAAAAAAAAD6/8//+P8AAAAAAAAAAAAAAAAAAAAA7P/s/+7/AADt/+z/FADv/+z/6/8WAOv/7P/q/+r/6/8AAAAAAAAAAAAAAAAAAAAA5/8pANr/3P/l/+z/2//d/wAAAAAAAAAAAAAAAAAAAACn/1oA4P/i/6b/qv/u/6v/FADu/wAAAAAAAOz/7P8AAOr/FgD6//r/7P/s/+n/6//s/+z/7f/u/+z/7P8UAOz/7f8nAPD/2//Z/8r/yf/S/wAAAAAAAAAAAAAAAAAAAADH/9D/4v/f/+P/1P8zAM3/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAOz/7P/s/+z/7P/s/+z/3//r/+7/7P/2/+f/5f8gANT/6/8HAJ//BwALAJz/1v/s/+z/7P/t/+3/FADs/+3/+f/X/9z/3P+h/xAAy//K/8D/0f+6/ygAJAC8/9H/8/8AAAAAAAAAAAAAAAAAAAAA9/8AAO3/7P/u/ygA2P/a/wAAAAAAAAAAAAAAAAAAAADX/x8A0f/Y/93/7f/U/9r/8f8AAO//8v8AABQA6//s/+z/7P/w/+//AAAUAOz/7//7/8f/4P/U/+r/1v8MABgAAAAAAAAAAAAAAAAAAAAAAPD/AADZ/+f/2P/r//D/9/8AAAAAAAAAAAAAAAAAAAAA7P8AAOn/AADt/+7/AADs/8f/2f8MANP/1f/h/8v/AAAAAAAAAADt/wAAAAATAAAAAAAAAAAAAAAAAAAAAAAAAOn/KQDb/8z/6f/r/+L/6v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA9/8AAAAAAADs/+z/AAAAAAAAAAAAAAAAAAAAAAAA3//f/8//1v8zAMz/s//y/8r/w//E/8b/KADN/8D/9/8AAAAAAAAAAAAAAAAAAAAAxP8aAKD/ov8TAKn/ov/b/wAA9v8AAAAAFADs/wAA7P8AAAAAAAAAAAAAAAAAAAAA7P8UAOz/7f/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADX//D/5v/o/+v/2f8ZANn/AAAAAAAAAAAAAAAAAAAAAO7/AADZ/9j/6P/q/7//AADO//f/xP/A/+X/5//j//P/6//r/wAA6/8AACIA2P/s/wAAAAAAAAAAAAAAAAAAAAA3AN3/z//X/8z/2//A/8f/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADb/+v/FADs/+z/2f/p/wAAAAAAAAAAAAAAAAAAAAAAAOz/1//M/9b/EgDY//L/7//Z/wAA5v/e/wkA2P/Y/8b/4v/X/+r/6P/p/xQAAADk/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/AAAAAAAAAADv/xUA7P8AAAAAAAAAAAAAAAAAAAAA2/+o/9D/AAC0/+r/sP/4/+r/+P/w/+f/7f/y/97/LADs/+z/7P/r//r/3v8WAOv/AAAAAAAAAAAAAAAAAAAAABsA6f8AAAAAAAAAAOr/AAC5/8z/+f/G/83/6v8pABEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADm/9L/7P/d/+v/1/8lANb/+f8HAOz/7P/x/wAA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADr//n/xv/E/+H/u/8UAM7/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+7/AAAAAAAAFADw/+z/8v/1//T/AAD6/9r/AAAmAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+P8RAPT/9P/s/+j/7P8TAAAA2f/k/wAA+/8PAAAAAAAAAPX/AAAAABQA7P/s/+r/7P/r/+z/6f8TAOf/2f/X//L/FwDP/9v/5P/5/wAAAAAAABsA6v/z/wAAAAAAAAAAAAAAAAAAAADd/+D/3f/l/9z/4P8kAOD/7v/1/+7/7v/y/wAAEwAAAOz/FQDt/+//7P/x/+v/7P/3/+z/8//z//r/7P/u/xQAvP8aAMf/s//G/9b/9v/K/+f/FgDr/+X/6//r/+v/6/8AAAAAAAAAAAAAAAAAAAAA+f8AAAAAAAAAAAAAAAAJANj/AADb//D/7v/m/wAA8P/7//P/AAAAAAAA8P8AABEAAAAAAAAAAAAAAAAAAAAAAO3/7f/u//L/7v8RAOz/+f/g/+r/uv+u/83/zv8AAKz/AAAAAAAAAAAAAAAAAAAAAOz/7P/t/+z/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA7P/s//H/+P/v/+3/FAD4/wAAFgD0/wAA+P8AAOv/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABYA7v8AAAAA6//q//H/6/9AAMz/AAAAAOf/yf+//+L/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7P/s/xQA7P/Z/wAA0P/b/9z/7P/x/97/5v8AAAAAAAAAABoA8f/y/9T/6f/Q/9T/6/8AAOj/EQAyAOr/jf+m/5X/1P/X/3//FADe/9L/8P/l/wAA6//W/+f/7f8AAAAAAAAAAAAA7P8AAAAAAAAAAAAAAAAAAAAAHgDd/9n/3P/j/+T/3v/U//L/8v/y/wAA9P8UAO3/9v/s/+z/7P/t/+z/7P8UAOz/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAC5/+r/kf8JANX/2v/R//H/7v/0/wAAAAAAABkA+f8AAO3/7P/t/+3/7f8UAO3/7P/s/+z/7P/s/+z/FADs/+3/7P/t/wAAAADx/xQA7f/s/9j/2P8oAOn/6//Z/+P/4P8XAAAAAAAAAAAA+v/p/wAA2P/Z/9r/1v/R/+//zf8iAAAAAAAAAAAAAAAAAAAAAADs/+z/+v8AAOz/7P/y/xQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAOD/z//D/9n/2//y/+z/AAAAAAAAAAAAAAAAAAAAAM7/5f+8/7z/vP8AAOL/DwDs//D/AAAAAAAA7f/6/xQA1P/m/+v/4v/s/+v/6f8VACkA3f/Y/8z/2//Z/8z/4P/u/xQA8//t/wAA8v/s//P/6P/l/+T/8P/s/+T/HQDj/wAAAAAAAAAAAAAAAAAAAAArAMf/0f/L/8v/tP/h/8v/QwCu/7D/yf/T/7n/6v+z/+r/7v/t/xQA8f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA4/8mANn/2P/Z/+H/3f/Z/wAAAAAAAAAAAAAAAAAAAAATAIv/q/+l/6H/vv/u/w8A7P/s//T/+v/v/+z/FADs/+r/6f/o/+j/6//q/xcA6f/t//n/AAAUAPb/7P/s//D/7P8UAOz/7P/4/+z/7P/v/+r/6v/p/+v/6//q/xYA6/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMf/OAD5/7j/uf/F/73/vf8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPr/9P/r//P/+f8lAAAAlf+6/9D/n/+4//r/2/8AAAAAAAAAAAAAAAAAAAAA6v/a/+z/IgDg/9j/3P/g/+X/4v/m/8//4f/T/x0A3//m/8//3//S/+b/xP8bANf/6f/l/+r/6f/s/+z/FwDp/wAAAAAAAAAAAAAAAAAAAADu/+7/7v8AAAAA7P8UAOz/5v/s/+7/7P/w/+z/1P8UAAAAAAAAAAAAAAAAAAAAAADs/+z/7P/s/+z/7P8UAOz/AAAAAAAAAAAAAAAABgAAACAA6P/n/9z/6//j/9//4f+y/wwA9v/H/8T/0//r/7D/wv/N/87/1f/D/zEA1P/U/+z/7P/s/+3/7P/s/+z/FADn/+n/7P/a/+z/4P8lANj/6//e/+n/7P/r/+X/FgDg/wwAz//a/9j/0v8AAMb/0/8AAAAAAAAAAAAAAAAAAAAA2P8MANn/7f/b/9j/2f8oAO3/7P8UAO//8P/s/+z/7P/t/+z/AAAAAAAA7v8UAPD/9/+6/4z/kv+q/+j/FACo/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADQ/wAA3f/k/9z/AADx/9X/r//U/6r/tf+z/w8A0v/G/+n/6v/m/+n/6P8bANX/4//U/+P/2P/q/9n/AADf/wAAAAAAAAAAAAAAAAAAAAAAAPn/AAAAAPn/+P/w//v/HwDf/zMA3v/g/+f/zf/O/9X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAANn/3P/r/9H/4P/R/yYA2/8AAAAAAAAAAAAAAAAAAAAA8P/r/+3/8P/y/+X/6/8VANn/2f8SAO3/7//s/+v/EwDw/+v/7f/w//L/5f/r/xUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADa/+r/3//k/9//2v8AABQA6v/q/+n/6//r/+r/FgDr/5P/5P+0/5z/yP8QABQAk//j/+X/1/+3/+T/uP8TABEAAAALAAAAAADu/8r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOT/AADF//D/0//H/+T/wP8AAAAAAAAAAAAAAAAAAAAA6P8AAOj/3v/r/+v/AADH/xUA7f/v//X/8//s/+v/7f8AAAAAAAAAAAAAAAAAAAAA9v/g/9P/2//m/+//tf/2/+r/FwDr/+v/6//m/+T/6v/m/9b/yf8SANX/wf/t/wAA6P/s/xQA6//k/+z/AADr/wAAAAAAAAAAAAAAAAAAAAAIAMv/7f/t/+z/0v/3//H/AAAAAAAAAAAAAAAAAAAAAOv/8//t/9//+f8QAOz/IgAAAAAAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAArf+2/y8A5f+x/+3/sP/a/9X/sf/H/9P/0P8zALP/AAAUAO//5v/p/+v/7f/s/+X/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADi/+v/4//e/+v/+//n/xEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7v/7/wAA9P8AABUAAADu/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2P/P//L/2v/J/+P/BwAAAAAAAAAAAAAAAAAAAAAAz//O/+v/BwDZ/wcA7v/f/8X/LgDy/+3/7v/c/9P/6P8xANL/q/+w/7L/zv/Q/6//8f8UAOz/7P/s/+z/6P/s/w0Awf/K/7//yP/d//X/7v8AAAAAAAAAAAAAAAAAAAAADgDT/9T/u/+7/8r/FgDn/wAA1f/Y/+b/2f/a/wAA3f8AAAAAAAAAAAAAAAAAAAAAFQAAAAAAAAAAAOv/AADx/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFADr/9z/1//p/+v/AADh/+7/9f/u/+7/8v8AABMAAADs/+7/7P8UAOz/7P/s/+z/KADx/wAAAAAAAAAA2v8AAAAAAAAAAAAAAAAAAAAAAAATAOv/7f/m/+7/7P/u/+f/OADa//X/8v/z/9L/xf/a//P/7P8AAAAAAADs/wAAFADs/+z/7v/u/+//FADs/+//AAAAAAAAAAAAAAAAAAAAAOv/6v/q/+v/7P/q/+v/FgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAMr/5//k/+L/5P8cAOb/7P/r/+b/FQDV/+z/6//s/+z/7P/s/+3/8P/t/+z/7f8UAAAAAAAAAAAAAAAAAAAAAADE/6T/9//v/57/HwDS/9v/4P/J/9n/+//c/xMAAADh/9n/5f8UAOj/6//t/wAA7P/r/+j/7P/k/+z/6f8VAOr/AAAAAAAAAAAAAAAAAAAAAOr/6f/r//H/7P/q/xYA6//p/9T/zf/U/+r/2f8mANv/AAAAAAAAAAAAAOD/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAHAAAAAAA7//2/wAA6/8mAOv/4f/s/9r/0//s/+7/7v/x/+z/7P8UAOz/7P/a/xQA7f/w/+z/7P/s/+z/AADI/wAAAAD3/wAA0//s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACYA5P/4//n/+v/u/97/9v/s/+n/5v/t/+v/2P8fAOr/AAAAAAAAAAAAAAAAAAAAAOj/5v/p/+v/6//r/xYA6//u/wAAAAD0/wAA5P8dAPf/AAAAAAAAAAAAAAAAAAAAABsAAAAAAPj/AAAAAOb/AAAVAAAAAAAAAAAA6/8AAPH/AAAAAAAAAAAAAAAAAAAAAOz/7P8UAO3/7P/s/+z/7P+k/7z/SwCs/73/yf/F/6P/q//j/0MAtP+2/5//v//A/+z/7P8UAO3/7f/s/+z/7P8AAAAAAAAAAAAAAAAAAAAA4//J//X/xv/J/9r/7P/y/+z/7P/s/+3/7P/s/+z/FAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADc/9j/2v/s/wAA6//l/wYAAAAAAAAAAAAAAAAAAAAAANz/FgDS/8v/3v/q//D/4P/a/x8A3f/W/+n/xf/m/9//4//s/+3/5v/r/+r/FwDp/8v/4P/p/8f/yv/I/wYADwAAAM//2//g/+H/0P8OAOP/wP8PALD/xP/f/xIA0v8AAOv/7//y//X/AAAVAOv/6/8AAAAAAAAAAAAAAAAAAAAA6v8VAO3/6f/0/+b/6f/r/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6P/s/+v/6f/a/9f/7P8kAOz/y//l/9P/4P8AAPX/2f/6//H/AAAAAAAAFQAAAAAA8//s/+//7v/v/xQA7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUAAAAAAAAAAAD0//j/7P/0/wAAAAD2/+v/FADq/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA6v/e/+n/1v/p/+3/4/8XANL/AAAAAMz/5f/W/xAAzf8ZANb/2v/s//r/5P/p/9P/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADp/+z/6//m/xQA7v/s/+v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+v/AADs/+z/7f/b/xQA4/8YAOX/6f/j/+X/7f/q//v/6//U/9z/2//X/9X/CAD4/8D/4f+y/8r/AAAAAOb/6//e/+3/+f8AAAAAGgAAAOr/5//K/8n/sv/j/xoA3/8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADt//H/7f/x//X/7P/u/xQAFADt/+7/+f/t/+z/7P/0/+z/7P/s/+z/7P8UAOz/7P8AAAAAAAAAAAAAAAAAAAAA2P/s/+7/8//x/+z/GgATAOz/7P/s/+3/7v/s/+z/FAAAAAAAAAAAAAAAAAAAAAAA8v8VAOz/8f/4/+n/6//q/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADD/+H/rP/u/9P/3v+I/wAAAAAAAAAAAAAAAAAAAAAAAND/6v/Q/83/EQDZ/9n/9v/X/8X/2P8AAO7/9P/Y/9X/7P/s/+z/7f/t/xQA7P/t/wAAAAAAAAAAAAAAAAAAAADX/9r/3f/v/9//1/8qAOP/2/8NAM7/9//u/+n/9f/X/wYA4//c/9//vv/s/+v/3v8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOv/6P/s/93/6v/i/+T/FgAAAAAAAAAAAAAAAAAAAAAA7P8AAAAAAAAAAO//FAAAAAAAAAAAAAAAAAAAAAAAAAAAABQA6f/Y/9n/2P/Y/9j/+f/I/+X/5f+t/8j/h//p/+z/FgDf/+n/7P/s/+v/7P/s/xYA3//p/+z/7P/r/+z/EgDv/wAAAAAAAPn/+f/v/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P8lAOv/5f/Z/9f/zf/Y/8v/uv+9/6f/s//X/0UAt//t/+z/FADv//D/7P/s/+z/GADl/+n/6v/q/+T/6P/p/+v/7P/s/+z/7P/s/+z/FADS/9T/5f/G/8f/AAAHAPr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADs/+r/8v/s/+v/7P/s/xQAAAAAAAAAAAAAAAAAAAAAAOH/6//r/9X/AAD0/xQAzf/n/97/7P8kAPr/6//Y/+r/2/8qAOD/2//X/9j/1//h/yQA7P/4//n/+//p/+v/9v8AAAAAAAAAAAAAAAAAAAwA+P/2/8P/5f+x/8f/1v+j/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA7P/s//f/AADs/+z/8P8UANj/BwDm/+n/2f8AANn/3P/s/xUA7P/r/+z/7P/r/+v/AAAAAAAAAAAAAAAAAAAAAOz/7P/s/+3/7v/s/+z/FAARAOz/5f/l/93/6f/k/wAAAAAAAAAAAAAAAAAAAAAAABQA7//6/wAA9//s/+z/7P8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAACoA1//0/+z/5P/Z/9X/1v8AAN3/5v/q//D/BwDr/+j/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAOz/9//3/+z/AADs/+7/FADY/9f/AADr/+r/2f/4/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAFAOD/6P/C/8j/EwDO/97/9//X/9n/2v/F/9X/IgDB/wAAAAAAAAAAAAAAAAAAAADq/93/6/8AAOr/DwDY/+z/AAAAAAAAAAAAAAAAAAAAAPv/KgD7/wAAAAD0/9f/AADB/9D/1P8JANX/u/8oAL7/AAAAAAAAAAAAAAAAAAAAABQA2/+//7P/y//U//n/9//N/8f/zv/3/7T/AAC0/wYA7f8FAOf/AAAAAPL/zf/Y/xQA7P/s/+7/7P/s/+z/7P8AAAAAAAAAAAAAAAAAAAAAvv8hANr/xP+8/w0A+//D/wAAAAAAAAAAAAAAAAAAAAAtAOH/6f/p//D/6v/T/+z/AAAAAAAAAAAAAAAAAAAAAAAAFAD2/wAA8P8AAOz/AAAAAAAAAAAAAAAAAAAAAAAAFADs/+z/7v/s/+z/7P/s/wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABgA='
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